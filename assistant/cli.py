"""Command line: a thin layer over the ``Assistant`` facade. Readable output, ``--json`` for programs."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Sequence

from assistant import __version__, paths

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line, not a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _path(text: str) -> Path:
    """A path argument; an empty one is refused, since Path("") is the current folder (`--index ''`
    would write an index among whatever files are here, `--corpus ''` index them)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path names no file or folder")
    return Path(text)


def _add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=_path, metavar="DIR", help="folder of review texts (default: corpus/ or $ASSISTANT_CORPUS)")
    parser.add_argument("--index", type=_path, metavar="DIR", help="index folder (default: index/ or $ASSISTANT_INDEX)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="assistant", description="Answers questions from review texts, citing every statement.")
    parser.add_argument("--version", action="version", version=f"assistant {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    chat = sub.add_parser("chat", help="open the terminal chat (the default)")
    _add_paths(chat)
    chat.add_argument("--no-build", action="store_true", help="report a stale index instead of rebuilding it")

    index = sub.add_parser("index", help="build or refresh the index")
    _add_paths(index)
    index.add_argument("--json", action="store_true", help="print the build report as JSON")
    index.add_argument("--no-wait", action="store_true", help="fail at once if another build holds the lock")

    status = sub.add_parser("status", help="say whether the index matches the corpus")
    _add_paths(status)
    status.add_argument("--json", action="store_true")

    ask = sub.add_parser("ask", help="answer one question ('-' reads one per line from stdin)")
    _add_paths(ask)
    ask.add_argument("question", help="the question, or - to read questions from standard input")
    ask.add_argument("--json", action="store_true", help="print JSON (one object per question)")
    ask.add_argument("-k", "--top-k", type=int, metavar="N", help="passages to retrieve")
    ask.add_argument("--mode", choices=["hybrid", "dense", "keyword"], help="retrieval mode")
    ask.add_argument("--doc", action="append", metavar="SOURCE", help="limit to this document (repeatable)")
    ask.add_argument("--no-build", action="store_true", help="report a stale index instead of rebuilding it")
    ask.add_argument("--explain", action="store_true", help="also show why: passages, sentences weighed, scores, threshold")

    docs = sub.add_parser("docs", help="list the indexed documents")
    _add_paths(docs)
    docs.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="print a document's text, or the span a citation names")
    _add_paths(show)
    show.add_argument("source", help="document id as cited (path relative to the corpus)")
    show.add_argument("--span", metavar="START:END", help="character span, as in a citation")

    evaluate = sub.add_parser("eval", help="score the pipeline on a question set")
    _add_paths(evaluate)
    evaluate.add_argument("questions", type=_path, help="question set (JSON Lines)")
    evaluate.add_argument("--out", type=_path, metavar="DIR", help="where to write results")
    evaluate.add_argument("--compare", action="store_true", help="also run the other answerers: model, scorer, model without reranking")
    evaluate.add_argument("--compare-modes", action="store_true", help="also run dense-only and keyword-only retrieval")
    evaluate.add_argument("--split", choices=["tune", "test"], help="only the questions of this split")
    evaluate.add_argument("--sweep", action="store_true", help="also print what each abstention threshold would give (tune the threshold on a tune split)")
    evaluate.add_argument("--limit", type=int, metavar="N", help="only the first N questions")
    from assistant.evals.evaluation import METRICS

    for metric in METRICS:
        evaluate.add_argument(
            f"--min-{metric.replace('_', '-')}", dest=f"min_{metric}", type=float, metavar="VALUE",
            help=f"exit non-zero when {metric} falls below VALUE",
        )
    bench = sub.add_parser("bench", help="measure speed and scale beside baselines (minutes; --quick for a smoke run)")
    bench.add_argument("--quick", action="store_true", help="small sizes, one run each")
    bench.add_argument("--sizes", metavar="N,N", help="chunk counts for the scale section (default 1000,10000,100000)")
    bench.add_argument("--million", type=int, nargs="?", const=1_000_000, metavar="N", help="also the vector index alone at N random vectors")
    bench.add_argument("--memory", metavar="SIZE,SIZE", help="also peak build memory for corpora of these sizes: MB of text (10,40) or chunks (10k,100k)")
    bench.add_argument("--skip", action="append", default=[], choices=["encoders", "quality", "scale", "pdf", "cold", "library"])
    bench.add_argument("--library", type=_path, metavar="DIR", help="real documents the library section builds (default: the 120 Ofsted reports)")
    bench.add_argument("--library-docs", type=int, metavar="N", help="only the first N documents of the library (minutes instead of half an hour)")
    bench.add_argument("--flat-limit", type=int, default=200_000, metavar="N", help="chunks above which the vector index is IVF-PQ (re-scored exactly)")
    bench.add_argument("--out", type=_path, metavar="FILE", help="JSON results (default evals/results/bench-DATE.json)")

    train = sub.add_parser("train-answer-model", help="train the answer model on CPU (seeded; 30-60 minutes) and write it into the package")
    train.add_argument("--squad", type=_path, default=paths.SQUAD_DEV_FILE, help="SQuAD 2.0 dev JSON (default: %(default)s)")
    train.add_argument("--reports", type=_path, default=paths.OFSTED_REPORTS_DIR, help="folder of the Ofsted PDFs the in-domain questions are about")
    train.add_argument("--out", type=_path, default=None, help="where to write the weights and model card (default: the package's model folder)")
    train.add_argument("--seed", type=int, default=13)
    train.add_argument("--epochs", type=int, default=1, help="passes over the training pairs (time: about 22 minutes each on 2 idle cores)")
    train.add_argument(
        "--soup", type=int, default=1, metavar="N", help="models trained from one start on differently ordered batches, their weights averaged (time: N times one)"
    )
    train.add_argument("--squad-questions", type=int, default=3600, help="SQuAD training questions sampled (time budget)")
    train.add_argument("--max-pairs", type=int, default=None, help="stop after this many training pairs (smoke runs)")
    train.add_argument("--eval-questions", type=int, default=300, help="tune/test questions scored after training")
    train.add_argument(
        "--squad-plausible", type=int, default=0, metavar="N", help="unanswerable SQuAD questions added, each against its nearest miss (0, the shipped model: none)"
    )
    train.add_argument("--mined-negatives", type=int, default=0, help="per in-domain question, near misses from `mine-negatives` (0, the shipped model: none)")
    train.add_argument(
        "--questions",
        type=_path,
        nargs="+",
        default=None,
        metavar="FILE",
        help="the in-domain question files trained on (default: the shipped model's, in assistant/evals/data/)",
    )

    mine = sub.add_parser("mine-negatives", help="ask the answer model's training questions of the training reports and keep its near misses")
    mine.add_argument("--reports", type=_path, default=paths.OFSTED_REPORTS_DIR, help="folder of the Ofsted PDFs the in-domain questions are about")
    mine.add_argument("--index", type=_path, required=True, metavar="DIR", help="where to build the index of the training reports alone")
    mine.add_argument("--out", type=_path, default=None, help="where to write the negatives (default: the package's training data)")
    mine.add_argument("--per-question", type=int, default=3, help="negatives kept per question")

    squad = sub.add_parser("import-squad", help="turn SQuAD 2.0 into a corpus and a question set")
    squad.add_argument("source", type=_path, help="SQuAD 2.0 JSON file (e.g. ../shared/datasets/squad-v2-dev/dev-v2.0.json)")
    squad.add_argument("--corpus-out", type=_path, required=True, metavar="DIR")
    squad.add_argument("--questions-out", type=_path, required=True, metavar="FILE")
    squad.add_argument("--sample", type=int, default=2000, metavar="N", help="questions, half unanswerable (0: all)")
    squad.add_argument("--seed", type=int, default=13)
    squad.add_argument("--exclude", type=_path, metavar="FILE", help="question set whose ids to leave out (a disjoint split)")
    squad.add_argument("--split", choices=["train", "tune", "test"], help="questions only from this split's articles (the answer model trains on train)")
    return parser


def _settings(args: argparse.Namespace, **extra):
    from assistant.settings import Settings

    return Settings.from_env(corpus_dir=getattr(args, "corpus", None), index_dir=getattr(args, "index", None), **extra)


def _err(message: str) -> None:
    _out(f"assistant: {message}", file=sys.stderr)


def _out(text: str, file=None) -> None:
    """Every line of text the CLI prints passes here: the one sanitiser (assistant.safety), no escape sequences."""
    from assistant.safety import repair_text, strip_control

    print(strip_control(repair_text(str(text))), file=file or sys.stdout)


def _json_out(value) -> None:
    """JSON output: C0 escaped by json, DEL, C1 and bidirectional controls escaped too."""
    from assistant.safety import safe_json

    print(safe_json(value))


class _Progress:
    """A progress bar on a terminal, nothing when output is piped."""

    def __init__(self) -> None:
        self._bar = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not sys.stderr.isatty() or total < 3:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="indexing", unit="file", file=sys.stderr, leave=False)
        self._bar.update(done - self._bar.n)
        if done >= total:
            self._bar.close()
            self._bar = None


def _log(message: str) -> None:
    _out(message, file=sys.stderr)


def format_answer(answer) -> str:
    """The answer, then its numbered sources with location and quoted passage.

    Document text is cleaned of escape sequences and control characters piece by piece (never
    across a marker), so a review cannot drive the terminal.
    """
    from assistant.domain import LIST_ITEM, MARKER
    from assistant.safety import strip_control

    pieces = MARKER.split(answer.text)
    text = "".join(f"[{p}]" if i % 2 else strip_control(p) for i, p in enumerate(pieces))
    lines = []
    if answer.read_as and answer.read_as != answer.question:  # a follow-up in context, a name's slip mended
        lines += textwrap.wrap(f"(read as: {strip_control(answer.read_as)})", width=100) + [""]
    for line in text.split("\n"):  # an answer quoting a list: one item a line
        lines += textwrap.wrap(line, width=100, subsequent_indent="  " if line.startswith(LIST_ITEM) else "") or [line]
    if answer.abstained:
        related = answer.passages[:2]
        if related:
            lines += ["", "Possibly related (not cited):"]
            for p in related:
                snippet = " ".join(strip_control(p.chunk.text).split())[:140]
                lines.append(f"  - {strip_control(p.chunk.doc_id)}: {snippet}…")
        return "\n".join(lines)
    lines += ["", "Sources"]
    for c in answer.citations:
        lines.append(f"[{c.n}] {strip_control(c.source)} ({strip_control(c.location)})")
        quote = " ".join(strip_control(c.text).split())
        lines += textwrap.wrap(f"\u201c{quote}\u201d", width=96, initial_indent="    ", subsequent_indent="    ")
    return "\n".join(lines)


def _render(answer, args: argparse.Namespace) -> str:
    """One answer as ``ask`` prints it: JSON or text, with the explanation when asked for."""
    explain = getattr(args, "explain", False)
    if args.json:
        data = answer.to_json()
        if explain and answer.explanation is not None:
            data["explanation"] = answer.explanation.to_json()
        if getattr(args, "stale", False):
            data["stale"] = True  # answered from an index older than the corpus (ask --no-build)
        from assistant.safety import safe_json

        return safe_json(data)
    text = format_answer(answer)
    if explain:
        from assistant.answers.explain import explain_lines

        text += "\n\nWhy this answer\n" + "\n".join(explain_lines(answer))
    return text


def make_assistant(settings):
    """The one place the CLI builds its facade (``core.make_assistant``); tests swap in a shared, preloaded one."""
    from assistant.core import make_assistant

    return make_assistant(settings)


def _assistant(args: argparse.Namespace, **extra):
    return make_assistant(_settings(args, **extra))


def cmd_index(args: argparse.Namespace) -> int:
    from assistant.safety import safe_json

    assistant = _assistant(args)
    report = assistant.build(log=_log, progress=_Progress(), wait=not args.no_wait)
    if args.json:
        print(
            safe_json(
                {
                    "documents": report.documents,
                    "chunks": report.chunks,
                    "embedded": report.embedded,
                    "reused": report.reused,
                    "removed": report.removed,
                    "failed": [{"source": p.doc_id, "reason": p.reason} for p in report.failed],
                    "ignored": report.ignored,
                    "skipped": [{"source": name, "reason": why} for name, why in report.skipped],
                    "seconds": round(report.seconds, 3),
                    "generation": report.generation,
                }
            )
        )
    else:
        for name in report.ignored:
            _log(f"ignored {name} (not a supported format)")
        _out(report.summary())
    return EXIT_ERROR if report.failed else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    status = _assistant(args).status()
    if args.json:
        _json_out({"state": status.state, "reasons": status.reasons, "added": status.added, "changed": status.changed, "removed": status.removed})
    else:
        _out(status.describe())
    return EXIT_OK if status.usable else EXIT_ERROR


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.core import AssistantError
    from assistant.safety import repair_text

    assistant = _assistant(args, top_k=args.top_k, retrieval_mode=args.mode)
    assistant.prepare(build=not args.no_build, log=_log, progress=_Progress())
    args.stale = getattr(assistant, "stale_status", None) is not None
    options = {"top_k": args.top_k, "mode": args.mode, "documents": args.doc}
    if args.question != "-":
        answer = assistant.ask(repair_text(args.question), **options)  # argv bytes that were not UTF-8: U+FFFD
        _out(_render(answer, args))
        return EXIT_OK
    failures = 0
    conversations: dict[tuple[str, object], object] = {}
    stdin = getattr(sys.stdin, "buffer", None) or sys.stdin  # bytes: a line that is not UTF-8 is decoded with U+FFFD
    for number, line in enumerate(stdin, 1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", "replace")
        # A byte-order mark (Windows editors and PowerShell write one) is no part of a question or a JSON line.
        question = repair_text(line).rstrip("\r\n").removeprefix("\ufeff")
        if not question.strip():
            continue
        conversation = None
        if question.lstrip().startswith("{"):
            # {"question": "...", "conversation": "ID"}: lines with one ID are one conversation, in order.
            try:
                question, conversation = _conversation_line(question, conversations)
            except _BadLine as exc:
                failures += 1
                # Every object carries "question" (README, JSON contract): the line's own, else the line.
                _json_out({"question": exc.asked, "line": question, "error": str(exc)}) if args.json else _err(f"line {number}: {exc}")
                continue
        try:
            answer = assistant.ask(question, conversation=conversation, **options)
        except AssistantError as exc:
            failures += 1
            _json_out({"question": question, "error": str(exc)}) if args.json else _err(f"line {number}: {exc}")
            continue
        _out(_render(answer, args) + ("" if args.json else "\n"))
        sys.stdout.flush()
    return EXIT_ERROR if failures else EXIT_OK


class _BadLine(ValueError):
    """A JSON question line that cannot be asked; ``asked``, its question where it has one, else the line."""

    def __init__(self, message: str, asked: str) -> None:
        super().__init__(message)
        self.asked = asked


def _conversation_line(line: str, conversations: dict) -> tuple[str, object]:
    """A JSON question line: its question, and the conversation (by ID) it belongs to, if any."""
    from assistant.answers.conversation import Conversation

    try:
        data = json.loads(line)
    except ValueError as exc:
        reason = " ".join(str(exc).split())[:100]
        raise _BadLine(f"a line starting with {{ must be a JSON object ({reason})", line) from None
    if not isinstance(data, dict) or not isinstance(data.get("question"), str):
        raise _BadLine('a JSON line needs a "question" string', line)
    key = data.get("conversation")
    if key is None:
        return data["question"], None
    if not isinstance(key, (str, int)) or isinstance(key, bool):
        raise _BadLine('"conversation" must be a string or a whole number', data["question"])
    # 7 and "7" are two IDs, as JSON has them.
    return data["question"], conversations.setdefault((type(key).__name__, key), Conversation(str(key)))


def cmd_docs(args: argparse.Namespace) -> int:
    assistant = _assistant(args)
    status = assistant.status()
    rows = []
    if status.state in ("fresh", "stale"):
        index = assistant.load_index()
        failed = index.manifest.get("failed", {})
        for doc_id, info in index.manifest["files"].items():
            state = "changed" if doc_id in status.changed else "removed" if doc_id in status.removed else "indexed"
            row = {"source": doc_id, "title": info.get("title", ""), "format": info.get("format", ""),
                   "pages": info.get("pages"), "chunks": info.get("chunks", 0), "state": state}
            if doc_id in failed and state == "indexed":
                row.update(state="failed", reason=failed[doc_id]["reason"] + "; previous version kept")
            rows.append(row)
        for doc_id, info in failed.items():
            if doc_id in index.manifest["files"]:
                continue
            state = "changed" if doc_id in status.changed else "failed"
            rows.append({"source": doc_id, "title": "", "format": "", "pages": None, "chunks": 0, "state": state, "reason": info.get("reason")})
        for doc_id, reason in index.manifest.get("skipped", []):
            rows.append({"source": doc_id, "title": "", "format": "", "pages": None, "chunks": 0, "state": "skipped", "reason": reason})
    for doc_id in status.added:
        rows.append({"source": doc_id, "title": "", "format": "", "chunks": 0, "state": "new"})
    if args.json:
        _json_out({"index": status.state, "documents": rows})
        return EXIT_OK
    from assistant.safety import one_line

    _out(status.describe())
    for row in rows:
        extra = f" ({one_line(row['reason'])})" if row.get("reason") else ""
        pages = f"{row['pages']:4} pp." if row.get("pages") else "        "
        _out(f"{row['state']:8} {row['format'] or '-':8} {pages} {row['chunks']:5} chunks  {one_line(row['source'])}  {one_line(row['title'])[:50]}{extra}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from assistant.core import AssistantError

    assistant = _assistant(args)
    doc_id = assistant.document_id(args.source)
    text = assistant.document_text(doc_id) if doc_id is not None else None
    if text is None:
        raise AssistantError(f"unknown document: {args.source}")
    status = assistant.status()
    for state, names in (("removed from", status.removed), ("changed in", status.changed)):
        if doc_id in names:
            _log(f"warning: {doc_id} was {state} the corpus since it was indexed; this is the indexed text (run `assistant index`)")
    if args.span:
        try:
            start, end = (int(x) for x in args.span.split(":"))
        except ValueError:
            raise UsageError(f"--span must be START:END, got {args.span!r}") from None
        if not 0 <= start <= end <= len(text):
            raise AssistantError(f"span {start}:{end} lies outside {args.source} ({len(text)} characters)")
        text = text[start:end]
    from assistant.safety import strip_control

    text = strip_control(text)  # a document's escape sequences never reach the terminal
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def cmd_chat(args: argparse.Namespace) -> int:
    from assistant.tui.app import run_chat

    return run_chat(_settings(args), build=not getattr(args, "no_build", False))


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.core import AssistantError
    from assistant.evals.evaluation import METRICS, QuestionSetError, load_questions, run_eval

    settings = _settings(args)
    try:
        questions = load_questions(args.questions, split=args.split)
    except QuestionSetError as exc:
        raise AssistantError(str(exc)) from None
    if args.limit:
        questions = questions[: args.limit]
    assistant = make_assistant(settings)
    bounds = {m: getattr(args, "min_" + m) for m in METRICS if getattr(args, "min_" + m, None) is not None}
    try:
        return run_eval(
            assistant, settings, questions, args.questions, compare=args.compare, compare_modes=args.compare_modes, out=args.out, bounds=bounds, sweep=args.sweep
        )
    except QuestionSetError as exc:  # met while running: a gold quote not in the indexed documents
        raise AssistantError(f"{args.questions}: {exc}") from None


def cmd_bench(args: argparse.Namespace) -> int:
    from assistant.evals.bench import run_bench

    return run_bench(
        quick=args.quick,
        sizes=[int(s) for s in args.sizes.split(",") if s] if args.sizes else None,
        million=args.million,
        memory=_memory_sizes(args.memory) if args.memory else None,
        skip=args.skip,
        flat_limit=args.flat_limit,
        out=args.out,
        library=args.library,
        library_docs=args.library_docs,
    )


def _memory_sizes(text: str) -> list[str]:
    from assistant.evals.bench import parse_memory_sizes

    try:
        return parse_memory_sizes(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def cmd_import_squad(args: argparse.Namespace) -> int:
    from assistant.core import AssistantError
    from assistant.evals.squad import import_squad

    if not args.source.is_file():
        raise AssistantError(f"SQuAD file not found: {args.source}")
    exclude = None
    if args.exclude:
        exclude = {json.loads(line)["id"] for line in args.exclude.read_text(encoding="utf-8").splitlines() if line.strip()}
    try:
        stats = import_squad(
            args.source, args.corpus_out, args.questions_out, sample=args.sample or None, seed=args.seed, exclude_ids=exclude, split=args.split
        )
    except (ValueError, KeyError) as exc:
        raise AssistantError(f"{args.source}: not a SQuAD 2.0 file ({exc})") from None
    print(json.dumps(stats))
    return EXIT_OK


def cmd_train_answer_model(args: argparse.Namespace) -> int:
    from assistant.answers.model import MODEL_DIR
    from assistant.evals.training import OFSTED_TRAIN_FILES, TrainConfig, train

    if not args.squad.is_file():
        raise UsageError(f"--squad: {args.squad} is not a file")
    if args.epochs < 1:
        raise UsageError(f"--epochs: {args.epochs} is not a positive number of passes")
    if args.soup < 1:
        raise UsageError(f"--soup: {args.soup} is not a positive number of models")
    if args.mined_negatives < 0:
        raise UsageError(f"--mined-negatives: {args.mined_negatives} is negative")
    if args.squad_plausible < 0:
        raise UsageError(f"--squad-plausible: {args.squad_plausible} is negative")
    questions = tuple(args.questions or OFSTED_TRAIN_FILES)
    for path in questions:
        if not path.is_file():
            raise UsageError(f"--questions: {path} is not a file")
    config = TrainConfig(
        seed=args.seed,
        epochs=args.epochs,
        squad_questions=args.squad_questions or None,
        max_train_pairs=args.max_pairs,
        max_eval_groups=args.eval_questions,
        ofsted_mined_negatives=args.mined_negatives,
        squad_plausible_questions=args.squad_plausible,
        soup=args.soup,
    )
    reports = args.reports if args.reports and args.reports.is_dir() else None
    if reports is None:
        _log(f"no report folder at {args.reports}: training on SQuAD alone")
    card = train(args.squad, args.out or MODEL_DIR, ofsted_rows=questions, ofsted_reports=reports, config=config, log=_log)
    print(json.dumps({k: card[k] for k in ("weights", "sha256", "size_bytes", "train_pairs", "total_seconds", "metrics")}, indent=2))
    return EXIT_OK


def cmd_mine_negatives(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from assistant.evals import mining
    from assistant.evals.training import OFSTED_NEGATIVES_FILE, OFSTED_TRAIN_FILE, read_rows

    if not args.reports.is_dir():
        raise UsageError(f"--reports: {args.reports} is not a folder")
    if args.per_question < 1:
        raise UsageError(f"--per-question: {args.per_question} is not a positive number")
    rows = read_rows(OFSTED_TRAIN_FILE)
    missing = sorted({row["doc"] for row in rows} - {p.name for p in args.reports.iterdir()})
    if missing:
        raise UsageError(f"--reports: {args.reports} lacks {len(missing)} training reports, first {missing[0]}")
    with tempfile.TemporaryDirectory(prefix="training-reports-") as folder:
        corpus = Path(folder)
        for name in sorted({row["doc"] for row in rows}):  # the training reports alone: no evaluation set's report is searched
            shutil.copy2(args.reports / name, corpus / name)
        assistant = make_assistant(_settings(argparse.Namespace(corpus=corpus, index=args.index)))
        assistant.build(log=_log)
        mined = mining.mine(assistant, rows, per_question=args.per_question, log=_log)
    target = args.out or OFSTED_NEGATIVES_FILE
    mining.write(mined, target)
    kept = sum(len(row["negatives"]) for row in mined)
    print(json.dumps({"questions": len(mined), "negatives": kept, "out": str(target)}))
    return EXIT_OK


COMMANDS = {
    "mine-negatives": cmd_mine_negatives,
    "train-answer-model": cmd_train_answer_model,
    "bench": cmd_bench,
    "import-squad": cmd_import_squad,
    "chat": cmd_chat,
    "index": cmd_index,
    "status": cmd_status,
    "ask": cmd_ask,
    "docs": cmd_docs,
    "show": cmd_show,
    "eval": cmd_eval,
}


def main(argv: Sequence[str] | None = None) -> int:
    from assistant.domain import CitationError
    from assistant.core import AssistantError
    from assistant.search.embedding import EmbedderError
    from assistant.settings import SettingsError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        command = args.command or "chat"
        code = COMMANDS[command](args)
        sys.stdout.flush()  # output redirected to a file is written here: a full disk is reported below
        return code
    except UsageError as exc:
        _err(f"error: {exc} (see `assistant --help`)")
        return EXIT_USAGE
    except (AssistantError, SettingsError, EmbedderError) as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    except CitationError as exc:
        _err(f"error: an answer failed its citation check and was withheld: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        # A full disk behind `> file`, a file that vanished mid-run: one line, never a traceback.
        # What could not be written is dropped, so Python's own flush at exit does not fail again.
        if exc.filename is None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            _err(f"error: could not write the output: {exc.strerror or exc}")
        else:
            _err(f"error: {exc.filename}: {exc.strerror or exc}")
        return EXIT_ERROR
