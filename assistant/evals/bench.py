"""`assistant bench`: speed and scale, every figure beside a baseline measured in the same run.

Sections (each can be skipped): encoders (throughput and agreement vs sentence-transformers
fp32), quality (the evaluation harness with each encoder), scale (build time, size, peak
memory and latencies at 1k/10k/100k chunks vs a flat scan and BM25 alone), a 1M-vector index
alone, cold start (ask; chat first paint and ready), and a real library (the 120 Ofsted PDFs:
build beside plain sentence-transformers, adding one report, opening cold, warm answers). The machine drifts by tens of per cent
over minutes, so compare figures within one run only.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant import paths

SQUAD_CORPUS = paths.EVALS_DIR / "squad" / "corpus"
SQUAD_QUESTIONS = paths.EVALS_DIR / "squad" / "squad-tune-400.jsonl"
SQUAD_SOURCE = paths.SQUAD_DEV_FILE


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model or platform.processor(), "cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}


def peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM): ru_maxrss would count the parent before exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mixtures(base: np.ndarray, count: int, seed: int, keep_first: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Realistic stand-ins for more embeddings: blends of two real vectors plus a little noise.

    Copies of one vector with tiny noise would make exact top-10 a coin toss among near-ties;
    random vectors have no structure at all. Blends keep the real data's spread.
    """
    rng = np.random.default_rng(seed)
    first = np.arange(count) % len(base)
    second = rng.integers(0, len(base), count)
    weight = rng.uniform(0.55, 0.95, count).astype(np.float32)[:, None]
    out = weight * base[first] + (1 - weight) * base[second] + rng.normal(0, 0.01, (count, base.shape[1])).astype(np.float32)
    if keep_first:
        n = min(count, len(base))
        out[:n] = base[:n]
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out.astype(np.float32), first


def pct(values, fraction):
    from assistant.evals.evaluation import percentile

    return percentile(values, fraction)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ensure_squad_corpus() -> Path:
    if not SQUAD_CORPUS.exists():
        from assistant.evals.squad import import_squad

        if not SQUAD_SOURCE.exists():
            raise SystemExit(f"assistant: bench needs SQuAD 2.0 at {SQUAD_SOURCE}")
        import_squad(SQUAD_SOURCE, SQUAD_CORPUS, Path(tempfile.mkdtemp()) / "q.jsonl", sample=10)
    return SQUAD_CORPUS


def prose_chunks(n: int, low: int = 150, high: int = 200) -> list[str]:
    """SQuAD paragraphs cut to ~150–200 cl100k tokens: the size the chunker makes."""
    from assistant.documents.chunking import get_encoding

    encoding = get_encoding()
    out = []
    for path in sorted(ensure_squad_corpus().glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")[1:]:
            tokens = encoding.encode(paragraph)
            if len(tokens) >= low:
                out.append(encoding.decode(tokens[:high]))
            if len(out) >= n:
                return out
    return out


# ---------------------------------------------------------------- encoders


def bench_encoders(n: int, rounds: int, cache_dir: Path) -> dict:
    from assistant.search.torch_encoder import SentenceTransformerEmbedder
    from assistant.search.onnx_encoder import OnnxEmbedder

    chunks = prose_chunks(n)
    questions = [json.loads(line)["question"] for line in SQUAD_QUESTIONS.read_text().splitlines()[:100]]
    encoders = {
        "sentence-transformers fp32 (baseline)": SentenceTransformerEmbedder(),
        "onnx fp32": OnnxEmbedder(cache_dir, "fp32"),
        "onnx int8": OnnxEmbedder(cache_dir, "int8"),
    }
    for encoder in encoders.values():
        encoder.load()
        encoder.embed(chunks[:8])  # warm up
    speeds: dict[str, list[float]] = {name: [] for name in encoders}
    for round_number in range(rounds):
        names = list(encoders) if round_number % 2 == 0 else list(reversed(encoders))
        for name in names:
            started = time.perf_counter()
            encoders[name].embed(chunks)
            speeds[name].append(len(chunks) / (time.perf_counter() - started))
    baseline_name = next(iter(encoders))
    base_docs = encoders[baseline_name].embed(chunks)
    base_queries = encoders[baseline_name].embed(questions)
    base_top = np.argsort(-(base_queries @ base_docs.T), axis=1)
    result = {"chunks": len(chunks), "rounds": rounds, "encoders": {}}
    base_speed = statistics.median(speeds[baseline_name])
    for name, encoder in encoders.items():
        docs = encoder.embed(chunks)
        queries = encoder.embed(questions)
        top = np.argsort(-(queries @ docs.T), axis=1)
        overlap = statistics.fmean(len(set(top[i, :10]) & set(base_top[i, :10])) / 10 for i in range(len(questions)))
        speed = statistics.median(speeds[name])
        one = []
        for question in questions[:30]:
            started = time.perf_counter()
            encoder.embed([question])
            one.append((time.perf_counter() - started) * 1000)
        result["encoders"][name] = {
            "chunks_per_s": round(speed, 1),
            "vs_baseline": round(speed / base_speed, 2),
            "one_query_ms": round(statistics.median(one), 1),
            "min_cosine_vs_fp32": round(float((docs * base_docs).sum(axis=1).min()), 5),
            "top10_overlap_vs_fp32": round(overlap, 3),
            "same_top1_vs_fp32": round(float((top[:, 0] == base_top[:, 0]).mean()), 3),
        }
    return result


def bench_quality(encoders=("onnx", "onnx-int8")) -> dict:
    """The shipped question set through the whole pipeline with each encoder."""
    from assistant.core import Assistant
    from assistant.evals.evaluation import evaluate, load_questions
    from assistant.settings import Settings

    questions = load_questions(paths.EVALS_DIR / "shipped.jsonl")
    out = {}
    for encoder in encoders:
        root = Path(tempfile.mkdtemp(prefix="bench-quality-"))
        settings = Settings.from_env(corpus_dir=paths.DEFAULT_CORPUS_DIR, index_dir=root / "index", encoder=encoder)
        assistant = Assistant(settings)
        assistant.prepare()
        summary = evaluate(assistant, questions).summary
        out[encoder] = {k: summary.get(k) for k in ("recall_at_1", "recall_at_5", "mrr", "citation_precision", "citation_recall", "abstain_unanswerable")}
        shutil.rmtree(root, ignore_errors=True)
    return out


# ---------------------------------------------------------------- scale


def _scale_child(size: int, source_index: Path, work: Path, queries_file: Path, flat_limit: int) -> dict:
    """Runs in its own process, so its peak memory is its own."""
    import faiss

    from assistant.search import index_store as store
    from assistant.core import Assistant
    from assistant.search.keyword import bm25_search
    from assistant.search.retrieval import LoadedIndex, Retriever
    from assistant.settings import Settings

    base = LoadedIndex.load(source_index)
    base_vectors = np.load(base.generation / paths.VECTORS_FILE)
    vectors, rows = mixtures(base_vectors, size, seed=size)
    chunks = []
    for i in range(size):
        row = int(rows[i])
        chunk = base.chunks[row]
        copy = i // len(base.chunks)
        text = chunk.text if copy == 0 else f"{chunk.text} (variant {copy})"
        doc_id = chunk.doc_id if copy == 0 else f"v{copy}/{chunk.doc_id}"
        chunks.append(type(chunk)(**{**chunk.__dict__, "id": f"{i:08d}", "doc_id": doc_id, "text": text}))
    documents = {}
    for chunk in chunks:
        if chunk.doc_id not in documents:
            original = base.documents[chunk.doc_id.split("/", 1)[-1]]
            documents[chunk.doc_id] = store.DocumentRecord(chunk.doc_id, original.title, original.sha256, original.format, original.text, file_title=original.file_title)
    index_dir = work / f"index-{size}"
    index_dir.mkdir(parents=True)
    manifest = dict(base.manifest, files={}, failed={}, counts={"documents": len(documents), "chunks": size})
    started = time.perf_counter()
    generation = store.write_generation(index_dir, manifest, documents.values(), chunks, vectors, flat_limit)
    build_s = time.perf_counter() - started
    disk = sum(p.stat().st_size for p in generation.rglob("*") if p.is_file())
    del documents, chunks

    started = time.perf_counter()
    loaded = LoadedIndex.load(index_dir)
    load_s = time.perf_counter() - started
    retriever = Retriever(loaded)
    queries = json.loads(queries_file.read_text())
    query_vectors = np.array(queries["vectors"], dtype=np.float32)
    texts = queries["texts"]
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)

    def timed(fn):
        times = []
        for q, v in zip(texts, query_vectors):
            started = time.perf_counter()
            fn(q, v)
            times.append((time.perf_counter() - started) * 1000)
        return {"p50_ms": round(pct(times, 0.5), 2), "p95_ms": round(pct(times, 0.95), 2)}

    latencies = {
        "dense": timed(lambda q, v: retriever.dense(v, 10)),
        "keyword (BM25 alone)": timed(lambda q, v: bm25_search(loaded.bm25, q, 10)),
        "hybrid": timed(lambda q, v: retriever.search(q, v, 10, "hybrid")),
        "flat scan (baseline)": timed(lambda q, v: flat.search(v.reshape(1, -1), 10)),
    }
    _, exact = flat.search(query_vectors, 10)
    probe_sweep = []
    for share in ((0.1, 0.25, 0.5) if loaded.compressed else (retriever.probe_share,)):
        probe = Retriever(loaded, probe_share=share)
        found = [probe.dense(v, 10) for v in query_vectors]
        times = []
        for v in query_vectors:
            started = time.perf_counter()
            probe.dense(v, 10)
            times.append((time.perf_counter() - started) * 1000)
        probe_sweep.append({"probe_share": share, "recall_at_10": round(statistics.fmean(len({r for r, _ in f} & set(e)) / 10 for f, e in zip(found, exact)), 4), "p95_ms": round(pct(times, 0.95), 2)})
    recall = next(row["recall_at_10"] for row in probe_sweep if row["probe_share"] == retriever.probe_share)
    settings = Settings.from_env(index_dir=index_dir, corpus_dir=work / "no-corpus")
    assistant = Assistant(settings)  # the encoder that built the source index (the settings' default)
    assistant._index = loaded
    assistant._retriever = retriever
    ask_times = []
    for q in texts[:40]:
        started = time.perf_counter()
        assistant.ask(q)
        ask_times.append((time.perf_counter() - started) * 1000)
    peak_mb = peak_rss_mb()
    return {
        "nprobe_sweep": probe_sweep,
        "chunks": size,
        "vector_index": loaded.manifest["vector_index"]["type"],
        "write_s": round(build_s, 2),
        "load_s": round(load_s, 3),
        "disk_mb": round(disk / 1e6, 1),
        "peak_rss_mb": round(peak_mb, 0),
        "latency": latencies,
        "recall_at_10_vs_flat": round(recall, 4),
        "answer_ms": {"p50_ms": round(pct(ask_times, 0.5), 1), "p95_ms": round(pct(ask_times, 0.95), 1)},
    }


def bench_scale(sizes: list[int], work: Path, flat_limit: int) -> dict:
    from assistant.core import Assistant
    from assistant.settings import Settings

    corpus = ensure_squad_corpus()
    source_index = work / "squad-index"
    _say(f"bench: indexing the SQuAD corpus once ({corpus})")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=source_index)
    assistant = Assistant(settings)
    started = time.perf_counter()
    report = assistant.prepare()
    real_build = {"chunks": len(assistant.load_index().chunks), "seconds": round(time.perf_counter() - started, 1), "embedded": report.embedded if report else 0}
    texts = [json.loads(line)["question"] for line in SQUAD_QUESTIONS.read_text().splitlines()[:200]]
    queries_file = work / "queries.json"
    queries_file.write_text(json.dumps({"texts": texts, "vectors": assistant.embedder.embed(texts).tolist()}))
    results = []
    for size in sizes:
        _say(f"bench: scale {size} chunks")
        out = subprocess.run(
            [sys.executable, "-m", "assistant.evals.bench", "--child-scale", str(size), str(source_index), str(work), str(queries_file), str(flat_limit)],
            capture_output=True, text=True,
        )
        if out.returncode != 0:
            raise SystemExit(f"assistant: bench scale {size} failed (exit {out.returncode}): {out.stderr.strip().splitlines()[-3:]}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {"real_build": real_build, "sizes": results}


def _ivfpq_build_child(vectors_file: Path, target: Path) -> dict:
    """The compressed index built from vectors on disk, in its own process so its peak memory is its own."""
    from assistant.search import index_store as store

    mapped = np.load(vectors_file, mmap_mode="r")  # only for its header: the rows are read by the build
    (count, dimension), offset = mapped.shape, mapped.offset
    del mapped
    started = time.perf_counter()
    store.write_ivfpq_index_from_npy(vectors_file, offset, count, dimension, target)
    lists, sub_vectors, bits = store.ivfpq_shape(count, dimension)
    return {"build_s": round(time.perf_counter() - started, 1), "peak_rss_mb": round(peak_rss_mb()), "lists": lists, "code_bytes": sub_vectors * bits // 8}


def bench_million(n: int, work: Path) -> dict:
    """The vector index alone at 1M vectors (blends of real SQuAD vectors): a flat scan beside the
    product's IVF-PQ, built from the vectors on disk and re-scored exactly from them."""
    import faiss

    from assistant.search.retrieval import LoadedIndex, Retriever

    source = work / "squad-index"
    base = np.load(LoadedIndex.load(source).generation / paths.VECTORS_FILE)
    vectors, _ = mixtures(base, n, seed=1, keep_first=False)
    queries = np.array(json.loads((work / "queries.json").read_text())["vectors"][:100], dtype=np.float32)
    vectors_file = work / "million-vectors.npy"
    np.save(vectors_file, vectors)
    flat = faiss.IndexFlatIP(384)
    started = time.perf_counter()
    flat.add(vectors)
    flat_build = time.perf_counter() - started

    def latencies(search):
        times = []
        for q in queries:
            started = time.perf_counter()
            search(q)
            times.append((time.perf_counter() - started) * 1000)
        return round(pct(times, 0.5), 2), round(pct(times, 0.95), 2)

    flat_p50, flat_p95 = latencies(lambda q: flat.search(q.reshape(1, -1), 10))
    _, exact = flat.search(queries, 10)
    del flat
    built, _ = _child(["--child-ivfpq", str(vectors_file), str(work / "million.faiss")], "IVF-PQ build")

    class OnDisk:  # what LoadedIndex gives the retriever: the compressed index and the mapped vectors
        vector_index = faiss.read_index(str(work / "million.faiss"))
        compressed = True
        vectors = np.load(vectors_file, mmap_mode="r")

    sweep = []
    for share in (0.1, 0.25, 0.5):
        retriever = Retriever(OnDisk(), probe_share=share)
        found = [retriever.dense(q, 10) for q in queries]
        recall = statistics.fmean(len({r for r, _ in f} & set(e)) / 10 for f, e in zip(found, exact))
        p50, p95 = latencies(lambda q: retriever.dense(q, 10))
        sweep.append({"probe_share": share, "recall_at_10": round(recall, 3), "p50_ms": p50, "p95_ms": p95})
    index_mb = (work / "million.faiss").stat().st_size / 1e6
    (work / "million.faiss").unlink()
    vectors_file.unlink()
    return {
        "vectors": n,
        "flat": {"build_s": round(flat_build, 2), "p50_ms": flat_p50, "p95_ms": flat_p95, "in_memory_mb": round(n * 384 * 4 / 1e6)},
        "ivfpq": {**built, "index_mb": round(index_mb), "rescored": Retriever.RESCORE_DEPTH, "sweep": sweep},
        "note": "blends of two real SQuAD chunk vectors each; queries are real SQuAD questions",
    }


def bench_pdf(pages: int, work: Path) -> dict:
    """Pages per second for PDF text extraction on a long, text-dense document."""
    from fpdf import FPDF

    from assistant.documents.formats import extract_pdf

    paragraphs = prose_chunks(60)
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 5, f"{page + 1}. " + paragraphs[page % len(paragraphs)].encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, paragraphs[(page + 7) % len(paragraphs)].encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    started = time.perf_counter()
    extracted = extract_pdf(data)
    seconds = time.perf_counter() - started
    return {"pages": pages, "mb": round(len(data) / 1e6, 2), "seconds": round(seconds, 2), "pages_per_s": round(pages / seconds, 1), "chars": len(extracted.text)}


class _InstantEncoder:
    """Vectors from a hash of the text: free to compute, so only the build's own memory shows."""

    model_id = "bench/instant"
    dimension = 384

    def embed(self, texts, *, progress=False):
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = np.random.default_rng(abs(hash(text)) % (2**32)).standard_normal(self.dimension)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out


def _memory_child(corpus: Path, index: Path) -> dict:
    from assistant.search.indexing import build_index
    from assistant.settings import Settings

    started = time.perf_counter()
    report = build_index(Settings.from_env(corpus_dir=corpus, index_dir=index), _InstantEncoder())
    return {"chunks": report.chunks, "seconds": round(time.perf_counter() - started, 1), "peak_rss_mb": round(peak_rss_mb())}


def _model_rss_child() -> dict:
    """Peak memory of the default encoder loaded and embedding one batch: the floor of a real build."""
    from assistant.search.encoders import make_embedder
    from assistant.settings import Settings

    settings = Settings.from_env()
    embedder = make_embedder(settings)
    embedder.load()
    embedder.embed(prose_chunks(settings.embed_batch_size))
    return {"encoder": settings.encoder, "peak_rss_mb": round(peak_rss_mb())}


CHUNKS_PER_MB = 1725  # SQuAD prose at 160-token chunks (8,625 chunks from 5 MB)


def parse_memory_sizes(text: str) -> list[str]:
    """``5,20`` (MB of corpus text) or ``10k,100k`` (chunks); checked, kept as given."""
    sizes = [s.strip().lower() for s in text.split(",") if s.strip()]
    for size in sizes:
        number = size[:-1] if size.endswith("k") else size
        if not number.replace(".", "", 1).isdigit() or float(number) <= 0:
            raise ValueError(f"--memory: {size!r} is neither MB (5) nor thousands of chunks (10k)")
    return sizes


def bench_memory(sizes: list, work: Path) -> dict:
    """Peak memory of a build as the corpus grows: vectors stream to disk, FAISS reads them back in batches."""
    paragraphs = "\n\n".join(p for path in sorted(ensure_squad_corpus().glob("*.txt")) for p in path.read_text().split("\n\n")[1:])
    rows = []
    for given in sizes:
        given = str(given).lower()
        size = float(given[:-1]) * 1000 / CHUNKS_PER_MB if given.endswith("k") else float(given)
        corpus = work / f"memory-{given}"
        corpus.mkdir()
        files = max(1, round(size * 4))  # files of ~250 KB, like long reviews
        per_file = int(size * 1_000_000) // files
        for number in range(files):
            start = (number * 7919) % max(1, len(paragraphs) - per_file)
            (corpus / f"review-{number:04d}.txt").write_text(f"Review {number}\n\n" + paragraphs[start : start + per_file])
        row, _ = _child(["--child-memory", str(corpus), str(work / f"memory-index-{given}")], f"memory {given}")
        row.update(text_mb=round(size, 1), files=files, vectors_mb=round(row["chunks"] * 384 * 4 / 1e6))
        rows.append(row)
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(work / f"memory-index-{given}", ignore_errors=True)
    model, _ = _child(["--child-model-rss"], "model memory")
    floor, _ = _child(["--child-memory-floor"], "import floor")
    out = {"rows": rows, "model": model, "imports_floor_mb": floor["peak_rss_mb"],
           "note": "instant hash encoder, so embedding time and model memory are left out"}
    if len(rows) >= 2:
        a, b = sorted(rows, key=lambda r: r["chunks"])[-2:]
        if b["chunks"] > a["chunks"]:
            slope = (b["peak_rss_mb"] - a["peak_rss_mb"]) / (b["chunks"] - a["chunks"])
            out["per_1k_chunks_mb"] = round(slope * 1000, 2)
            out["projected_1m_mb"] = round(b["peak_rss_mb"] + slope * (1_000_000 - b["chunks"]))
    return out


# ---------------------------------------------------------------- a real library


def _library_build_child(corpus: Path, index: Path) -> dict:
    """Build (or refresh) the index with the product's default settings; runs in its own process."""
    from assistant.search.encoders import make_embedder
    from assistant.search.indexing import build_index
    from assistant.settings import Settings

    settings = Settings.from_env(corpus_dir=corpus, index_dir=index)
    embedder = make_embedder(settings)
    embedder.load()
    after_load = peak_rss_mb()
    started = time.perf_counter()
    report = build_index(settings, embedder)
    seconds = time.perf_counter() - started
    return {
        "encoder": settings.encoder, "documents": report.documents, "chunks": report.chunks, "embedded": report.embedded,
        "reused": report.reused, "pages": report.pages, "seconds": round(seconds, 2),
        "stages_s": {k: round(v, 2) for k, v in report.stage_seconds.items()},
        "failed": [str(p) for p in report.failed], "model_loaded_rss_mb": round(after_load), "peak_rss_mb": round(peak_rss_mb()),
    }


def _plain_st_child(index: Path) -> dict:
    """The baseline: plain sentence-transformers fp32 encoding the chunks the build made."""
    from sentence_transformers import SentenceTransformer

    from assistant.search import index_store as store
    from assistant.search.embedding import bundled_model_path

    generation, _ = store.read_manifest(index)
    texts = [row["text"] for row in store.iter_jsonl(generation / paths.CHUNKS_FILE)]
    model = SentenceTransformer(bundled_model_path(), device="cpu")
    model.encode(texts[:8], batch_size=32)  # warm up
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    seconds = time.perf_counter() - started
    return {"chunks": len(texts), "seconds": round(seconds, 2), "peak_rss_mb": round(peak_rss_mb())}


COLD_OPEN = """
import json, sys, time
spawned = float(sys.argv[4])
from assistant.core import Assistant
from assistant.settings import Settings
from pathlib import Path
imported = time.time() - spawned
assistant = Assistant(Settings.from_env(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2])))
assistant.prepare(build=False)
opened = time.time() - spawned
assistant.ask(sys.argv[3])
answered = time.time() - spawned
rss = [int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(json.dumps({"imported_s": imported, "opened_s": opened, "answered_s": answered, "peak_rss_mb": round(rss)}))
"""


def _warm_answers_child(corpus: Path, index: Path, questions_file: Path, answerer: str) -> dict:
    """Warm question -> answer over a question set, one at a time, with each step's share."""
    from assistant.core import Assistant
    from assistant.settings import Settings

    questions = [json.loads(line)["question"] for line in questions_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    assistant = Assistant(Settings.from_env(corpus_dir=corpus, index_dir=index, answerer=answerer))
    assistant.prepare(build=False)
    for question in questions[:3]:  # warm: first-use caches (locators, router) fill here
        assistant.ask(question)
    steps: dict[str, list[float]] = {}
    for question in questions:
        answer = assistant.ask(question)
        for name, ms in answer.timings_ms.items():
            steps.setdefault(name, []).append(ms)
    out = {name: {"p50_ms": round(pct(values, 0.5), 1), "p95_ms": round(pct(values, 0.95), 1)} for name, values in steps.items()}
    return {"answerer": answerer, "rerank": assistant.settings.rerank, "questions": len(questions), "steps": out, "peak_rss_mb": round(peak_rss_mb())}


def _follow_ups_child(corpus: Path, index: Path, conversation_files: list[Path]) -> dict:
    """Each conversation's last turn asked in its conversation and, as the baseline, alone, one after
    the other: what reading a follow-up with its context costs (the issue's bound: 20 ms added)."""
    from assistant.answers.conversation import Conversation
    from assistant.core import Assistant
    from assistant.settings import Settings

    assistant = Assistant(Settings.from_env(corpus_dir=corpus, index_dir=index))
    assistant.prepare(build=False)
    held = set(assistant.load_index().documents)
    rows = [json.loads(line) for path in conversation_files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("turns") and all(g["doc"] in held for g in r.get("gold", ()))]
    for row in rows[:2]:  # warm
        assistant.ask(row["turns"][-1])
    within, alone, added, reading = [], [], [], []
    for row in rows:
        conversation = Conversation(row.get("id", ""))
        for turn in row["turns"][:-1]:
            assistant.ask(turn, conversation=conversation)
        last = row["turns"][-1]
        started = time.perf_counter()
        conversation.read(last)  # the reading alone (string work), also done inside ask()
        reading.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assistant.ask(last, conversation=conversation)
        within.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assistant.ask(last)
        alone.append((time.perf_counter() - started) * 1000)
        added.append(within[-1] - alone[-1])

    def p(values):
        return {"p50_ms": round(pct(values, 0.5), 1), "p95_ms": round(pct(values, 0.95), 1)} if values else {}

    return {"conversations": len(rows), "in_conversation": p(within), "alone (baseline)": p(alone), "added": p(added), "reading": p(reading)}


def _child(args: list[str], label: str, timeout: float | None = None) -> tuple[dict, float]:
    """Run a bench child (``python -m assistant.evals.bench ARGS``); its JSON and its wall seconds from spawn."""
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "assistant.evals.bench", *args], capture_output=True, text=True, timeout=timeout)
    wall = time.time() - started
    if out.returncode != 0:
        raise SystemExit(f"assistant: bench {label} failed (exit {out.returncode}): {out.stderr.strip().splitlines()[-3:]}")
    return json.loads(out.stdout.strip().splitlines()[-1]), wall


def bench_library(library: Path, docs: int | None, work: Path, questions_file: Path, cold_runs: int = 3) -> dict:
    """Build a real library (default: the 120 Ofsted PDFs) beside plain sentence-transformers, then
    add one report, open the index cold and answer its question set warm."""
    from assistant.search.encoders import make_embedder
    from assistant.settings import Settings

    files = sorted(p for p in library.iterdir() if p.suffix.lower() in (".pdf", ".docx", ".html", ".txt", ".md")) if library.is_dir() else []
    if not files:
        raise SystemExit(f"assistant: bench --library: no documents in {library}")
    chosen = files[: docs or len(files)]
    corpus = work / "library-corpus"
    corpus.mkdir()
    for path in chosen:
        shutil.copyfile(path, corpus / path.name)
    # The report added afterwards: the next one in the folder, else a copy of the first under a new
    # name (chunk ids carry the file name, so it is read and embedded afresh all the same).
    extra_source = files[len(chosen)] if len(files) > len(chosen) else chosen[0]
    extra_name = extra_source.name if extra_source not in chosen else f"added-copy-{extra_source.name}"
    index = work / "library-index"
    settings = Settings.from_env(corpus_dir=corpus, index_dir=index)
    embedder = make_embedder(settings)
    embedder.load()  # the one-time export is not part of a build
    export = {}
    if settings.encoder != "torch":
        from assistant.search.onnx_encoder import ensure_onnx_model

        _say("bench: exporting the encoder into an empty cache, in a fresh process (what every new index folder used to pay)")
        script = "import sys; from pathlib import Path; from assistant.search.onnx_encoder import ensure_onnx_model; ensure_onnx_model(Path(sys.argv[1]), sys.argv[2])"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(work / "fresh-encoder-cache"), embedder.precision], check=True, capture_output=True)
        export["fresh_export_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        ensure_onnx_model(embedder.cache_dir, embedder.precision)
        export["cached_s"] = round(time.perf_counter() - started, 3)
        shutil.rmtree(work / "fresh-encoder-cache", ignore_errors=True)
    _say(f"bench: building {len(chosen)} documents from {library} ({settings.encoder})")
    build, build_wall = _child(["--child-library-build", str(corpus), str(index)], "library build")
    _say(f"bench: plain sentence-transformers fp32 on the same {build['chunks']} chunks")
    plain, _ = _child(["--child-plain-st", str(index)], "sentence-transformers baseline")
    shutil.copyfile(extra_source, corpus / extra_name)
    _say(f"bench: adding one report ({extra_name})")
    added, _ = _child(["--child-library-build", str(corpus), str(index)], "adding a report")
    question = json.loads(questions_file.read_text(encoding="utf-8").splitlines()[0])["question"]
    _say("bench: opening the index cold")
    colds, floors = [], []
    for _ in range(cold_runs):  # a process of its own each time, as `assistant ask` or the chat starts
        floors.append(_first_line_seconds([sys.executable, "-c", "print(1)"], dict(os.environ))[0])
        out = subprocess.run([sys.executable, "-c", COLD_OPEN, str(corpus), str(index), question, repr(time.time())], capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"assistant: bench cold open failed: {out.stderr.strip().splitlines()[-3:]}")
        colds.append(json.loads(out.stdout.strip().splitlines()[-1]))
    cold = {
        "python_start_s (baseline)": round(statistics.median(floors), 2),
        "imports_s": round(statistics.median(r["imported_s"] for r in colds), 2),
        "index_open_s": round(statistics.median(r["opened_s"] for r in colds), 2),
        "first_answer_s": round(statistics.median(r["answered_s"] for r in colds), 2),
        "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in colds),
        "runs": cold_runs,
    }
    _say("bench: warm question -> answer")
    answers = []
    for answerer in _answerers():
        row, _ = _child(["--child-warm-answers", str(corpus), str(index), str(questions_file), answerer], f"warm answers ({answerer})")
        answers.append(row)
    _say("bench: follow-ups, in their conversation and alone")
    conversations = [paths.EVALS_DIR / "conversations.jsonl", paths.EVALS_DIR / "conversations-heldout.jsonl"]
    follow_ups, _ = _child(["--child-follow-ups", str(corpus), str(index), *map(str, conversations)], "follow-ups")
    pages_per_s = build["pages"] / build["stages_s"]["extract"] if build["stages_s"]["extract"] else None
    return {
        "library": str(library), "documents": build["documents"], "pages": build["pages"], "chunks": build["chunks"],
        "build": dict(build, wall_s=round(build_wall, 2), chunks_per_s=round(build["chunks"] / build["seconds"], 1),
                      extraction_pages_per_s=round(pages_per_s, 1) if pages_per_s else None),
        "plain_sentence_transformers (baseline)": dict(plain, chunks_per_s=round(plain["chunks"] / plain["seconds"], 1)),
        "build_vs_baseline": round(plain["seconds"] / build["seconds"], 2),
        "encoder_export": export,
        "add_one_report": {"file": extra_name, "seconds": added["seconds"], "embedded": added["embedded"], "reused": added["reused"],
                           "stages_s": added["stages_s"], "peak_rss_mb": added["peak_rss_mb"]},
        "cold_open": cold,
        "warm_answers": answers,
        "follow_ups": follow_ups,
        "questions": str(questions_file),
    }


def _answerers() -> list[str]:
    """The settings' answerer, and the trained answer model too when it is shipped and loads."""
    from assistant.settings import Settings

    names = [Settings.from_env().answerer]
    if "model" not in names:
        try:
            from assistant.answers.model import AnswerModel

            AnswerModel().load()
            names.append("model")
        except Exception:
            pass
    return names


# ---------------------------------------------------------------- cold start


def _first_line_seconds(command: list[str], env: dict) -> tuple[float, float]:
    started = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    process.stdout.readline()
    first = time.time() - started
    process.communicate()
    return first, time.time() - started


HELLO_TEXTUAL = (
    "from textual.app import App\n"
    "from textual.widgets import Footer, Header, Static\n"
    "class Hello(App):\n"
    "    def compose(self):\n"
    "        yield Header(); yield Static('Review assistant Ready passages'); yield Footer()\n"
    "Hello().run()\n"
)


TMUX = ["tmux", "-L", "assistant-bench"]  # a server of its own: no clash with the user's sessions


def chat_startup_in_tmux(env: dict, timeout: float = 120.0, command: str | None = None, question: str | None = None) -> dict | None:
    """Start `assistant chat` in a real (tmux) terminal; poll the screen for first paint and ready.

    With a question, it is typed the moment the window paints (queued while the model loads),
    and the time to its answer on screen is measured too.
    """
    if not shutil.which("tmux"):
        return None
    session = f"bench{os.getpid()}"
    command = command or f"{sys.executable} -m assistant chat"
    for attempt in range(3):  # a server still shutting down from the previous probe refuses once
        started = time.time()
        started_tmux = subprocess.run([*TMUX, "new-session", "-d", "-s", session, "-x", "120", "-y", "35", command], env=env, capture_output=True, text=True)
        if started_tmux.returncode == 0:
            break
        time.sleep(0.5)
    else:
        raise RuntimeError(f"tmux could not start: {started_tmux.stderr.strip()}")
    painted = ready = answered = None
    try:
        while time.time() - started < timeout and (ready is None or (question and answered is None)):
            screen = subprocess.run([*TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
            now = time.time() - started
            if painted is None and "Review assistant" in screen:
                painted = now
                if question:
                    subprocess.run([*TMUX, "send-keys", "-t", session, question, "Enter"], check=True)
            if ready is None and "Ready" in screen and "passages" in screen:
                ready = now
            if question and answered is None and ("[1]" in screen or "Not found" in screen):
                answered = now
            time.sleep(0.01)
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)
    return {"first_paint_s": painted, "model_ready_s": ready, "first_answer_s": answered}


def bench_cold_start(work: Path, runs: int) -> dict:
    from assistant.core import Assistant
    from assistant.settings import Settings

    corpus = work / "shipped-corpus"
    shutil.copytree(paths.DEFAULT_CORPUS_DIR, corpus)
    index = work / "shipped-index"  # built with the default encoder: what `ask` and the chat open
    default = Settings.from_env(corpus_dir=corpus, index_dir=index)
    Assistant(default).prepare()  # builds; caches the ONNX export
    fp32_index = work / "shipped-index-fp32"  # torch and onnx fp32 give the same vectors: one index serves both
    Assistant(Settings.from_env(corpus_dir=corpus, index_dir=fp32_index, encoder="onnx")).prepare()
    question = "On what date did the intervention provider meet Ali?"
    results = {}
    rows = (("ask, torch encoder (baseline)", "torch", fp32_index), ("ask, onnx fp32 encoder", "onnx", fp32_index),
            (f"ask, default encoder ({default.encoder})", default.encoder, index))
    for label, encoder, folder in rows:
        env = dict(os.environ, ASSISTANT_CORPUS=str(corpus), ASSISTANT_INDEX=str(folder), ASSISTANT_ENCODER=encoder)
        firsts = [_first_line_seconds([sys.executable, "-m", "assistant", "ask", question], env)[0] for _ in range(runs)]
        results[label] = {"first_answer_line_s": round(statistics.median(firsts), 2), "runs": runs}
    env = dict(os.environ, ASSISTANT_CORPUS=str(corpus), ASSISTANT_INDEX=str(index), ASSISTANT_DATA=str(work / "data"), TERM="xterm-256color")
    env.pop("ASSISTANT_ENCODER", None)
    hello = Path(work) / "hello_textual.py"
    hello.write_text(HELLO_TEXTUAL)
    floor, runs_data = [], []
    for _ in range(runs):  # alternating, so drift hits both alike
        floor.append(chat_startup_in_tmux(env, command=f"{sys.executable} {hello}"))
        runs_data.append(chat_startup_in_tmux(env, question=question))
    if all(r and r["first_paint_s"] for r in floor):
        results["hello-world Textual app in tmux (baseline)"] = {"first_paint_s": round(statistics.median(r["first_paint_s"] for r in floor), 2), "runs": runs}
    if all(r and r["first_paint_s"] and r["model_ready_s"] and r["first_answer_s"] for r in runs_data):
        results["chat in tmux"] = {
            "first_paint_s": round(statistics.median(r["first_paint_s"] for r in runs_data), 2),
            "model_ready_s": round(statistics.median(r["model_ready_s"] for r in runs_data), 2),
            "first_answer_s": round(statistics.median(r["first_answer_s"] for r in runs_data), 2),
            "runs": runs,
        }
    else:
        results["chat in tmux"] = {"skipped": "tmux missing or the chat did not come up"}
    results["python start (floor)"] = {"s": round(_first_line_seconds([sys.executable, "-c", "print(1)"], dict(os.environ))[0], 3)}
    return results


# ---------------------------------------------------------------- command


def table(result: dict) -> str:
    lines = [f"Machine: {result['machine']['cpu']}, {result['machine']['cores']} cores, Python {result['machine']['python']}", ""]
    if "encoders" in result:
        enc = result["encoders"]
        lines += [f"Embedding {enc['chunks']} chunks of 150–200 tokens (median of {enc['rounds']} alternating rounds)", "",
                  "| encoder | chunks/s | × baseline | one query (ms) | same top-1 | top-10 overlap |", "|---|---:|---:|---:|---:|---:|"]
        for name, e in enc["encoders"].items():
            lines.append(f"| {name} | {e['chunks_per_s']} | {e['vs_baseline']} | {e['one_query_ms']} | {e['same_top1_vs_fp32']} | {e['top10_overlap_vs_fp32']} |")
        lines.append("")
    if "quality" in result:
        q = result["quality"]
        names = list(q)
        lines += ["Pipeline quality on evals/shipped.jsonl by encoder", "", "| metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        for metric in next(iter(q.values())):
            lines.append(f"| {metric} | " + " | ".join(f"{q[n][metric]:.3f}" for n in names) + " |")
        lines.append("")
    if "scale" in result:
        s = result["scale"]
        rb = s["real_build"]
        lines += [f"Real build of the SQuAD corpus: {rb['chunks']} chunks in {rb['seconds']} s (embedding dominates)", "",
                  "| chunks | index | write s | load s | disk MB | peak RSS MB | dense p50/p95 | flat scan p50/p95 | BM25 p50/p95 | hybrid p50/p95 | recall@10 vs flat | answer p50/p95 |",
                  "|---:|---|---:|---:|---:|---:|---|---|---|---|---:|---|"]
        for r in s["sizes"]:
            lat = r["latency"]
            f = lambda d: f"{d['p50_ms']} / {d['p95_ms']}"  # noqa: E731
            lines.append(
                f"| {r['chunks']} | {r['vector_index']} | {r['write_s']} | {r['load_s']} | {r['disk_mb']} | {r['peak_rss_mb']:.0f} | {f(lat['dense'])} | "
                f"{f(lat['flat scan (baseline)'])} | {f(lat['keyword (BM25 alone)'])} | {f(lat['hybrid'])} | {r['recall_at_10_vs_flat']} | {f(r['answer_ms'])} |"
            )
        for r in s["sizes"]:
            if len(r["nprobe_sweep"]) > 1:
                sweep = ", ".join(f"{e['probe_share']:.0%} of lists: recall {e['recall_at_10']}, p95 {e['p95_ms']} ms" for e in r["nprobe_sweep"])
                lines.append(f"IVF-PQ, re-scored exactly, at {r['chunks']} chunks: {sweep}")
        lines.append("")
    if "memory" in result:
        mem = result["memory"]
        lines += ["Build memory by corpus size (instant encoder: the pipeline's own memory)", "", "| corpus text MB | files | chunks | vectors MB | peak RSS MB | seconds |", "|---:|---:|---:|---:|---:|---:|"]
        for r in mem["rows"]:
            lines.append(f"| {r['text_mb']} | {r['files']} | {r['chunks']} | {r['vectors_mb']} | {r['peak_rss_mb']} | {r['seconds']} |")
        lines.append("")
        if "model" in mem:
            lines.append(f"Imports alone: {mem['imports_floor_mb']} MB; the {mem['model']['encoder']} encoder loaded and one batch embedded: {mem['model']['peak_rss_mb']} MB.")
        if "projected_1m_mb" in mem:
            lines.append(f"Growth {mem['per_1k_chunks_mb']} MB per 1,000 chunks; projected peak at 1,000,000 chunks: {mem['projected_1m_mb']} MB (plus the encoder).")
        lines.append("")
    if "pdf" in result:
        d = result["pdf"]
        lines += [f"PDF extraction (pypdf): {d['pages']} pages ({d['mb']} MB) in {d['seconds']} s = {d['pages_per_s']} pages/s", ""]
    if "million" in result:
        m = result["million"]
        iv = m["ivfpq"]
        lines += [f"Vector index alone, {m['vectors']} vectors ({m['note']}): flat scan (baseline) p50/p95 {m['flat']['p50_ms']} / {m['flat']['p95_ms']} ms, "
                  f"{m['flat']['in_memory_mb']} MB held; IVF-PQ ({iv['lists']} lists, {iv['code_bytes']} bytes a vector) built from disk in {iv['build_s']} s "
                  f"at {iv['peak_rss_mb']} MB peak RSS, {iv['index_mb']} MB, its best {iv['rescored']} re-scored exactly:"]
        for row in iv["sweep"]:
            lines.append(f"  {row['probe_share']:.0%} of lists: recall@10 {row['recall_at_10']}, p50/p95 {row['p50_ms']} / {row['p95_ms']} ms")
        lines.append("")
    if "cold_start" in result:
        lines += ["Cold start (median of runs)", ""]
        for name, row in result["cold_start"].items():
            lines.append(f"- {name}: " + ", ".join(f"{k} {v}" for k, v in row.items() if k != "runs"))
        lines.append("")
    if "library" in result:
        lines += library_table(result["library"])
    return "\n".join(lines)


def library_table(lib: dict) -> list[str]:
    build, plain = lib["build"], lib["plain_sentence_transformers (baseline)"]
    stages = ", ".join(f"{k} {v} s" for k, v in build["stages_s"].items())
    lines = [
        f"Real library: {lib['documents']} documents, {lib['pages']} pages, {lib['chunks']} chunks ({lib['library']})", "",
        "| | wall s | chunks/s | × baseline | extraction pages/s | peak RSS MB |", "|---|---:|---:|---:|---:|---:|",
        f"| build, default settings ({build['encoder']}) | {build['seconds']} | {build['chunks_per_s']} | {lib['build_vs_baseline']} | "
        f"{build['extraction_pages_per_s']} | {build['peak_rss_mb']} |",
        f"| plain sentence-transformers fp32, same chunks (baseline; encoding only) | {plain['seconds']} | {plain['chunks_per_s']} | 1.00 | | {plain['peak_rss_mb']} |",
        "", f"Build stages: {stages}; encoder loaded: {build['model_loaded_rss_mb']} MB RSS.",
    ]
    if lib.get("encoder_export"):
        e = lib["encoder_export"]
        lines.append(f"Encoder export into an empty cache: {e['fresh_export_s']} s (once per user now; every new index folder paid it before); "
                     f"found in the user's cache: {e['cached_s']} s.")
    add = lib["add_one_report"]
    cold = lib["cold_open"]
    lines += [
        f"Adding one report ({add['file']}): {add['seconds']} s ({add['embedded']} chunks embedded, {add['reused']} reused; "
        + ", ".join(f"{k} {v} s" for k, v in add["stages_s"].items()) + ")",
        f"Opening the index cold (median of {cold['runs']}, from process start): imports {cold['imports_s']} s, index and encoder ready "
        f"{cold['index_open_s']} s, first answer {cold['first_answer_s']} s; python start alone (baseline) {cold['python_start_s (baseline)']} s",
        "",
    ]
    steps = ["embed_query", "retrieve", "model", "answer", "total"]
    lines += [f"Warm question -> answer over {lib['questions']} (ms, p50 / p95)", "",
              "| answerer | " + " | ".join(steps) + " | peak RSS MB |", "|---|" + "---|" * len(steps) + "---:|"]
    for row in lib["warm_answers"]:
        cells = [f"{row['steps'][k]['p50_ms']} / {row['steps'][k]['p95_ms']}" if k in row["steps"] else "–" for k in steps]
        lines.append(f"| {row['answerer']} (rerank {row['rerank']}) | " + " | ".join(cells) + f" | {row['peak_rss_mb']} |")
    lines.append("")
    f = lib.get("follow_ups")
    if f and f.get("conversations"):
        def cell(key):
            return f"{f[key]['p50_ms']} / {f[key]['p95_ms']}"

        lines += [
            f"Follow-ups ({f['conversations']} conversations' last turns, ms p50 / p95): in their conversation {cell('in_conversation')}, "
            f"the same question alone (baseline) {cell('alone (baseline)')}, added per question {cell('added')}; "
            f"reading the follow-up {cell('reading')}",
            "",
        ]
    return lines


def run_bench(
    *,
    quick: bool = False,
    sizes: list[int] | None = None,
    million: int | None = None,
    memory: list | None = None,
    skip: Sequence[str] = (),
    flat_limit: int = 200_000,
    out: Path | None = None,
    library: Path | None = None,
    library_docs: int | None = None,
    library_questions: Path | None = None,
) -> int:
    """`assistant bench`: every section not in ``skip`` (and ``memory``, ``million`` when given).

    ``library``: the folder of real documents the library section builds (default the 120
    Ofsted reports); ``library_docs`` takes only the first N of them (10 with ``quick``).
    """
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="assistant-bench-"))
    if sizes is None:
        sizes = [1000] if quick else [1000, 10000, 100000]
    result: dict = {"machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M"), "command": " ".join(sys.argv)}
    try:
        from assistant.settings import Settings

        cache = Settings.from_env().encoder_cache or paths.default_encoder_cache()  # the user's export, made once
        if "encoders" not in skip:
            _say("bench: encoders")
            result["encoders"] = bench_encoders(48 if quick else 192, 2 if quick else 4, cache)
        if "quality" not in skip:
            _say("bench: quality by encoder")
            result["quality"] = bench_quality()
        if "scale" not in skip:
            result["scale"] = bench_scale(sizes, work, flat_limit)
        if memory:
            _say("bench: build memory by corpus size")
            result["memory"] = bench_memory(memory, work)
        if "pdf" not in skip:
            _say("bench: PDF extraction")
            result["pdf"] = bench_pdf(50 if quick else 300, work)
        if million:
            if "scale" in skip:
                raise SystemExit("assistant: bench --million needs the scale section (its SQuAD vectors)")
            _say(f"bench: {million} vectors")
            result["million"] = bench_million(million, work)
        if "cold" not in skip:
            _say("bench: cold start")
            result["cold_start"] = bench_cold_start(work, 1 if quick else 3)
        if "library" not in skip:
            docs = library_docs or (10 if quick else None)
            questions = library_questions or paths.EVALS_DIR / "ofsted.jsonl"
            result["library"] = bench_library(library or paths.OFSTED_REPORTS_DIR, docs, work, questions, 1 if quick else 3)
    except BaseException as exc:  # keep the sections already measured (they take long)
        result["failed"] = f"{type(exc).__name__}: {exc}"
        partial = (out or paths.EVAL_RESULTS_DIR / "bench-partial.json").with_suffix(".partial.json")
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(result, indent=2) + "\n")
        _say(f"bench: stopped; the sections measured so far are in {partial}")
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["seconds"] = round(time.perf_counter() - started, 1)
    out = out or paths.EVAL_RESULTS_DIR / f"bench-{time.strftime('%Y%m%d-%H%M')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(table(result))
    print(f"\nwritten to {out}")
    return 0


def _memory_floor_child() -> dict:
    """What the build's imports alone take (numpy, FAISS, the readers, the chunker)."""
    import faiss  # noqa: F401

    from assistant.documents import chunking  # noqa: F401
    from assistant.search import indexing, keyword  # noqa: F401

    return {"peak_rss_mb": round(peak_rss_mb())}


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    if arg == "--child-memory":
        print(json.dumps(_memory_child(Path(sys.argv[2]), Path(sys.argv[3]))))
    if arg == "--child-ivfpq":
        print(json.dumps(_ivfpq_build_child(Path(sys.argv[2]), Path(sys.argv[3]))))
    if arg == "--child-memory-floor":
        print(json.dumps(_memory_floor_child()))
    if arg == "--child-model-rss":
        print(json.dumps(_model_rss_child()))
    if arg == "--child-library-build":
        print(json.dumps(_library_build_child(Path(sys.argv[2]), Path(sys.argv[3]))))
    if arg == "--child-plain-st":
        print(json.dumps(_plain_st_child(Path(sys.argv[2]))))
    if arg == "--child-warm-answers":
        print(json.dumps(_warm_answers_child(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), sys.argv[5])))
    if arg == "--child-follow-ups":
        print(json.dumps(_follow_ups_child(Path(sys.argv[2]), Path(sys.argv[3]), [Path(a) for a in sys.argv[4:]])))
    if len(sys.argv) > 1 and sys.argv[1] == "--child-scale":
        size, source, work, queries, flat_limit = sys.argv[2:7]
        print(json.dumps(_scale_child(int(size), Path(source), Path(work), Path(queries), int(flat_limit))))
