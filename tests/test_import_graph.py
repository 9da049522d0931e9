"""The static half of the layering: the package's import graph, read with ``ast``.

Every ``import`` counts, including those deferred into functions (a deferred import hides a
cycle; it doesn't remove it). ``if TYPE_CHECKING:`` imports count too. The run-time half is
``test_import_hygiene.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import assistant

ROOT = Path(assistant.__file__).parent

# Imports point down: a module may import its own layer or any layer below it.
LAYERS = [
    ["assistant.cli", "assistant.__main__"],
    ["assistant.tui", "assistant.evals"],
    ["assistant.core"],
    ["assistant.answers"],
    ["assistant.search"],
    ["assistant.documents"],
    ["assistant.domain", "assistant.settings", "assistant.paths", "assistant.safety", "assistant"],
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The assistant modules (and outside top-level packages) ``path`` imports, anywhere in it."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from assistant.search import index_store` names a module; `from x import name` names x.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            if target.split(".")[0] == "assistant":
                while target not in known and "." in target:
                    target = target.rpartition(".")[0]
            found.add(target)
    found.discard(name)
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def ours(graph_: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: {t for t in targets if t in graph_ and t != "assistant"} for name, targets in graph_.items()}


def find_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return cycles


def layer_of(name: str) -> int:
    best, depth = len(LAYERS), -1
    for level, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > depth:
                best, depth = level, len(prefix)
    return best


def test_the_graph_is_read():
    edges = graph()
    assert "assistant.core" in edges and "assistant.cli" in edges
    assert "assistant.core" in edges["assistant.cli"]  # a deferred import is seen


def test_no_import_cycles():
    assert find_cycles(ours(graph())) == []


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_only_the_tui_imports_textual():
    offenders = {
        name: sorted(t for t in targets if t.split(".")[0] == "textual")
        for name, targets in graph().items()
        if not (name == "assistant.tui" or name.startswith("assistant.tui."))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_tui_render_has_no_textual():
    assert not any(t.split(".")[0] == "textual" for t in graph()["assistant.tui.render"])


def test_evals_never_import_the_cli_or_the_tui():
    offenders = {
        name: sorted(t for t in targets if t in ("assistant.cli",) or t.startswith("assistant.tui"))
        for name, targets in graph().items()
        if name.startswith("assistant.evals")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_imports_point_down_the_layers():
    upward = [
        f"{name} -> {target}"
        for name, targets in ours(graph()).items()
        for target in targets
        if layer_of(target) < layer_of(name)
    ]
    assert upward == []


def test_embedding_imports_nothing_of_ours():
    assert ours(graph())["assistant.search.embedding"] == set()
