"""The core library must not import Textual (nor torch until a model is needed)."""

import subprocess
import sys

CORE_MODULES = [
    "assistant.core", "assistant.cli", "assistant.domain", "assistant.indexing", "assistant.retrieval",
    "assistant.answering", "assistant.loading", "assistant.chunking", "assistant.settings", "assistant.evaluation",
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


def test_the_domain_is_frozen_dataclasses():
    import dataclasses

    from assistant import domain

    for name in ("Document", "Chunk", "Passage", "Citation", "Answer"):
        cls = getattr(domain, name)
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen, name
