"""Search: encoders, the keyword index, the index on disk, builds and hybrid retrieval.

Nearly empty on purpose: importing ``assistant.search`` loads neither faiss nor onnxruntime.
"""
