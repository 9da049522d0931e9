"""Documents: file → text (formats, loading) → spans, locations → chunks. No numpy or faiss."""
