"""Shared fixtures: a fast hashing embedder for unit and UI tests, and the real stack once per session."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# One ONNX export for the whole run (and later runs), shared with the subprocesses tests start.
ENCODER_CACHE = Path(os.environ.setdefault(
    "ASSISTANT_ENCODER_CACHE", str(Path(__import__("tempfile").gettempdir()) / f"review-assistant-test-encoders-{os.getuid()}")
))

from assistant.search.keyword import content_terms  # noqa: E402
from assistant.paths import DEFAULT_CORPUS_DIR  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DATA = Path(__file__).parent / "data"

# Property tests: a quick profile for CI, a long one for the hand-run battery
# (HYPOTHESIS_PROFILE=long bin/test tests/test_fuzz.py).
from hypothesis import HealthCheck, settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class HashingEmbedder:
    """Bag of stemmed words hashed into a small vector: deterministic, instant, lexical."""

    model_id = "test/hashing-embedder"
    dimension = 64

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts, *, progress=False):
        self.calls += 1
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in content_terms(text) or ["\u2205"]:
                bucket = int(hashlib.md5(term.encode()).hexdigest(), 16) % self.dimension
                out[row, bucket] += 1.0
            out[row] /= np.linalg.norm(out[row]) or 1.0
        return out


@pytest.fixture
def hashing_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def mini_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(DATA / "mini", target)
    return target


@pytest.fixture
def mini_settings(tmp_path: Path, mini_corpus: Path) -> Settings:
    return Settings(corpus_dir=mini_corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def real_embedder():
    """The real all-MiniLM-L6-v2 as the product runs it (onnxruntime, the settings' default precision), loaded once.

    The same encoder the CLI subprocesses of the tests pick, so an index one builds the other opens.
    """
    from assistant.search.encoders import make_embedder

    embedder = make_embedder(Settings(encoder_cache=ENCODER_CACHE))
    embedder.load()
    return embedder


@pytest.fixture(scope="session")
def shipped_copy(tmp_path_factory) -> Path:
    """A copy of the shipped corpus, so tests never touch the project's own index."""
    target = tmp_path_factory.mktemp("shipped") / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, target)
    return target


@pytest.fixture(scope="session")
def shipped_assistant(real_embedder, shipped_copy, tmp_path_factory):
    """The real stack on the shipped corpus, index built once per session."""
    from assistant.core import Assistant

    root = tmp_path_factory.mktemp("shipped-index")
    settings = Settings(corpus_dir=shipped_copy, index_dir=root / "index", data_dir=root / "data")
    assistant = Assistant(settings, embedder=real_embedder)
    assistant.prepare()
    return assistant


OFSTED_SAMPLES = Path(__file__).resolve().parent / "data" / "ofsted"
THREE_REPORTS = ("ofsted-leeds-09-may-2022.pdf", "ofsted-bristol-10-march-2023.pdf", "ofsted-barnsley-27-october-2023.pdf")


def asked_in_turn(assistant, turns, conversation_id: str = "c-test") -> list:
    """Each turn's answer, the turns asked one after another in one conversation."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation(conversation_id)
    return [assistant.ask(turn, conversation=conversation) for turn in turns]


def ofsted_assistant(embedder, tmp_path_factory, reports: tuple[str, ...], name: str, folder: Path = OFSTED_SAMPLES):
    """The real stack on a small library of real Ofsted reports from ``tests/data/ofsted`` (or ``folder``)."""
    from assistant.core import Assistant

    root = tmp_path_factory.mktemp(name)
    corpus = root / "corpus"
    corpus.mkdir()
    for report in reports:
        shutil.copy(folder / report, corpus / report)
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=root / "index", data_dir=root / "data"), embedder=embedder)
    assistant.prepare()
    return assistant


SOUTHAMPTON_2020, SCILLY_2019 = "ofsted-southampton-09-january-2020.pdf", "ofsted-isles-of-scilly-19-december-2019.pdf"


@pytest.fixture(scope="session")
def southampton_and_scilly(real_embedder, tmp_path_factory):
    """Two real reports of 2019-20: a city's and the smallest authority's."""
    return ofsted_assistant(real_embedder, tmp_path_factory, (SOUTHAMPTON_2020, SCILLY_2019), "southampton-and-scilly")


MEDWAY_2013 = "ofsted-medway-23-august-2013.pdf"  # PDF title field "Template  Report template"
HILLINGDON_2014 = "ofsted-hillingdon-11-february-2014.pdf"  # PDF title field "Hillingdon Draft Report 4"


@pytest.fixture(scope="session")
def medway_and_hillingdon(real_embedder, tmp_path_factory):
    """Two real reports of one kind and time whose PDF title fields are working titles."""
    return ofsted_assistant(real_embedder, tmp_path_factory, (MEDWAY_2013, HILLINGDON_2014), "medway-and-hillingdon")


SURREY_BOARD_2015 = "ofsted-surrey-03-august-2015.pdf"  # titled "Surrey Safeguarding Children Board": a board's review alone


@pytest.fixture(scope="session")
def board_reviews(real_embedder, tmp_path_factory):
    """Hillingdon's 2014 report, which grades its safeguarding board, beside Surrey's review of its
    board, whose title holds the words a question about any council's board uses."""
    return ofsted_assistant(real_embedder, tmp_path_factory, (HILLINGDON_2014, SURREY_BOARD_2015, MEDWAY_2013), "board-reviews")


SUNDERLAND_2015, SUNDERLAND_2025 = "ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf"


@pytest.fixture(scope="session")
def two_sunderlands(real_embedder, tmp_path_factory):
    """Sunderland's 2015 and 2025 reports beside Bristol's: one council inspected under two
    frameworks (the older report names its inspection team on its last page)."""
    return ofsted_assistant(
        real_embedder, tmp_path_factory, (SUNDERLAND_2015, SUNDERLAND_2025, "ofsted-bristol-10-march-2023.pdf"), "two-sunderlands"
    )


@pytest.fixture(scope="session")
def sunderlands_among_others(real_embedder, tmp_path_factory):
    """Sunderland's two reports among three other councils': a library where Sunderland's name
    routes a question to its reports (of three documents, two named Sunderland, it does not)."""
    return ofsted_assistant(real_embedder, tmp_path_factory, (SUNDERLAND_2015, SUNDERLAND_2025, *THREE_REPORTS), "sunderlands-among-others")


# Councils whose names share words or letters ("Lincolnshire", "North Lincolnshire", "North East
# Lincolnshire"; "Redcar and Cleveland", "Redbridge"): kept apart from tests/data/ofsted, whose
# every report the regression set checks (tests/documents/test_ofsted_real.py).
NAME_SAMPLES = Path(__file__).resolve().parent / "data" / "ofsted-names"


@pytest.fixture(scope="session")
def councils_alike(real_embedder, tmp_path_factory):
    """Five real reports of councils whose names share words or letters."""
    reports = tuple(sorted(p.name for p in NAME_SAMPLES.glob("*.pdf")))
    return ofsted_assistant(real_embedder, tmp_path_factory, reports, "councils-alike", NAME_SAMPLES)


@pytest.fixture(scope="session")
def three_reports(real_embedder, tmp_path_factory):
    """Three real reports: enough for routing to name one of them."""
    return ofsted_assistant(real_embedder, tmp_path_factory, THREE_REPORTS, "three-reports")
