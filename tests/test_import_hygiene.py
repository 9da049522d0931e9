"""The core library must not import Textual (nor torch until a model is needed)."""

import subprocess
import sys

CORE_MODULES = [
    "assistant.core", "assistant.cli", "assistant.domain", "assistant.settings", "assistant.paths", "assistant.safety",
    "assistant.documents.loading", "assistant.documents.chunking", "assistant.documents.locations",
    "assistant.search", "assistant.search.embedding", "assistant.search.encoders", "assistant.search.indexing",
    "assistant.search.retrieval", "assistant.answers.answering", "assistant.answers.history",
    "assistant.evals.evaluation", "assistant.tui.render",
]


def test_importing_the_core_never_imports_textual_or_torch():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'torch', 'sentence_transformers'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""



def test_importing_a_subpackage_loads_no_heavy_library():
    """The subpackages' ``__init__`` files stay nearly empty: ``import assistant.search`` loads no faiss."""
    code = (
        "import sys\n"
        "import assistant.documents, assistant.search, assistant.answers, assistant.evals\n"
        "heavy = ('faiss', 'onnxruntime', 'numpy', 'textual', 'torch', 'bm25s', 'tiktoken')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

def test_the_domain_is_frozen_dataclasses():
    import dataclasses

    from assistant import domain

    for name in ("Document", "Chunk", "Passage", "Citation", "Answer"):
        cls = getattr(domain, name)
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen, name
