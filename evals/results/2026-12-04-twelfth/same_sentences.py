"""The run-on change leaves every passage's sentences (and their predecessors' tails) as before, on the evaluation corpora."""
import sys
from pathlib import Path
from assistant.search.retrieval import LoadedIndex
from assistant.documents.spans import sentence_spans
from assistant.answers.model_answering import ModelAnswerer, MIN_WORDS, CONTEXT_WINDOW
from assistant.answers.model import CONTEXT_CHARS
from assistant.domain import Passage

def old(passages, document_text):
    seen, found = set(), []
    for passage in passages:
        chunk = passage.chunk; text = document_text(chunk.doc_id)
        window = max(0, chunk.start - CONTEXT_WINDOW)
        spans = sentence_spans(text, window, chunk.end)
        for i, (start, end) in enumerate(spans):
            if end <= chunk.start or start < chunk.start - 1: continue
            key = (chunk.doc_id, start, end)
            if key in seen or len(text[start:end].split()) < MIN_WORDS: continue
            seen.add(key)
            found.append((start, end, text[spans[i-1][0]:spans[i-1][1]][-CONTEXT_CHARS:] if i > 0 else ''))
    return found
for path in sys.argv[1:]:
    idx = LoadedIndex.load(Path(path), verify=False)
    text = lambda d: idx.documents[d].text
    m = ModelAnswerer(model=None)
    diff = 0
    for c in idx.chunks:
        p = [Passage(c, 1.0, 1)]
        new = [(s.start, s.end, text(c.doc_id)[s.previous[0]:s.previous[1]][-CONTEXT_CHARS:] if s.previous else '') for s in m.sentences(p, text)]
        if new != old(p, text): diff += 1
    print(path, len(idx.chunks), 'chunks; differing:', diff)
