"""The package layout follows the pipeline, and imports point one way: down (docs/architecture.md).

The import graph is read with :mod:`ast` from every ``medassess/**/*.py``: module-level imports, imports inside
functions, and ``importlib.import_module`` all count (with a computed name, as in the CLI's commands and the
format registry's ``module:function`` specs, every string in the module that names a module relative to its
package). An import under ``if TYPE_CHECKING:`` does not count: it names a type for mypy and never runs.
The test fails on:

- an upward import: a module importing from a layer above its own (``LAYERS``, bottom first);
- an import cycle between subpackages: the layers, and inside ``formats`` each format's subpackage and each
  module beside them (the registry, and what several formats share);
- an import cycle between modules outside the share gate (whose inside is one package with its own tests);
- a module in no layer (a new top-level module must be given one here).

``python -m tests.test_architecture [package-folder]`` prints the figures docs/architecture.md quotes.
"""

from __future__ import annotations

import ast
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "medassess"

LAYERS = ("core", "record", "gate", "formats", "transports", "sharing", "audit", "cli")
"""The layers, bottom first: each may import only from itself and the layers before it."""

TOP = "top"
"""``medassess/__init__.py`` (the public API) and ``__main__``: above every layer, so they may import anything."""

TOP_LEVEL_MODULES = {
    "medassess": TOP,
    "medassess.__main__": TOP,
    "medassess._apidoc": TOP,
    "medassess.examples": "record",
}
"""Modules directly in medassess/ and their layer: ``_apidoc`` writes docs/api.md from the public API, so it sits
with it; ``examples`` (public: the shipped example records) sits with the record."""

Graph = dict[str, set[str]]


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterable[ast.AST]:
    """Every node of the tree but those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                stack.extend(child.orelse)
            else:
                stack.append(child)


def import_graph(root: Path = PACKAGE) -> Graph:
    """Module -> the medassess modules it imports at run time (a package stands for its ``__init__``)."""
    paths = {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: Graph = {}
    for module, path in paths.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        targets: set[str] = set()
        runtime = list(_runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))))
        for node in runtime:
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - node.level + 1]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                for alias in node.names:  # `from . import rules` imports the module rules
                    submodule = f"{target}.{alias.name}"
                    targets.add(submodule if submodule in paths else target)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute | ast.Name)
                and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
                and node.args
            ):
                first = node.args[0]
                names: list[object]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    literal, names = True, [first.value]
                else:
                    literal, names = False, [n.value for n in runtime if isinstance(n, ast.Constant)]
                for name in names:
                    if isinstance(name, str):
                        name = name.partition(":")[0]  # a "module:function" spec names its module
                    if not isinstance(name, str) or not name.lstrip(".").replace(".", "").isidentifier():
                        continue
                    if name.startswith(".") or not literal:
                        dots = max(1, len(name) - len(name.lstrip(".")))
                        base = package.split(".")
                        name = ".".join([*base[: len(base) - dots + 1], name.lstrip(".")])
                    if literal or name in paths:
                        targets.add(name)
        graph[module] = {t for t in targets if t.split(".")[0] == root.name and t != module}
    return graph


def layer_of(module: str) -> str | None:
    if module in TOP_LEVEL_MODULES:
        return TOP_LEVEL_MODULES[module]
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def unit_of(module: str) -> str:
    """The subpackage a module belongs to: its layer, or inside ``formats`` the format's own subpackage (a
    module directly in formats/ is a unit of its own)."""
    parts = module.split(".")
    if len(parts) > 2 and parts[1] == "formats":
        return ".".join(parts[:3])
    return ".".join(parts[:2]) if len(parts) > 1 else module


def upward_imports(graph: Mapping[str, set[str]]) -> list[tuple[str, str]]:
    """(importer, imported) where the imported module's layer is above the importer's."""
    rank = {name: i for i, name in enumerate(LAYERS)}
    rank[TOP] = len(LAYERS)
    found = []
    for module, targets in sorted(graph.items()):
        own = layer_of(module)
        for target in sorted(targets):
            theirs = layer_of(target)
            if own is not None and theirs is not None and rank[theirs] > rank[own]:
                found.append((module, target))
    return found


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan), each sorted, in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def unit_graph(graph: Mapping[str, set[str]]) -> Graph:
    units: Graph = {}
    for module, targets in graph.items():
        if layer_of(module) == TOP:
            continue
        units.setdefault(unit_of(module), set()).update(
            unit_of(t) for t in targets if unit_of(t) != unit_of(module) and layer_of(t) != TOP
        )
    return units


def module_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Module-level import cycles outside the share gate's package."""
    outside = {m: {t for t in ts if layer_of(t) != "gate"} for m, ts in graph.items() if layer_of(m) != "gate"}
    return cycles(outside)


def violations(root: Path = PACKAGE) -> list[str]:
    graph = import_graph(root)
    problems = [f"{m} is in no layer: add it to TOP_LEVEL_MODULES or move it" for m in graph if layer_of(m) is None]
    problems += [f"upward import: {m} imports {t}" for m, t in upward_imports(graph)]
    problems += [f"import cycle between subpackages: {' <-> '.join(c)}" for c in cycles(unit_graph(graph))]
    problems += [f"import cycle between modules: {' <-> '.join(c)}" for c in module_cycles(graph)]
    return problems


# -- the package as it is ------------------------------------------------------------------------------------


def test_imports_point_down_and_no_subpackages_import_each_other_in_a_cycle() -> None:
    assert violations() == []


def test_every_layer_is_a_package() -> None:
    assert sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()) == sorted(LAYERS)


# -- the checks can fail ---------------------------------------------------------------------------------------


def test_an_upward_import_is_caught() -> None:
    graph = {"medassess.core.limits": {"medassess.cli"}, "medassess.cli": {"medassess.core.limits"}}
    assert upward_imports(graph) == [("medassess.core.limits", "medassess.cli")]


def test_a_cycle_between_subpackages_is_caught() -> None:
    graph = {
        "medassess.formats.fhir.writer": {"medassess.formats.hl7v2.writer"},
        "medassess.formats.hl7v2.writer": {"medassess.formats.registry"},
        "medassess.formats.registry": {"medassess.formats.fhir.writer"},
    }
    assert upward_imports(graph) == []
    assert cycles(unit_graph(graph)) == [
        ["medassess.formats.fhir", "medassess.formats.hl7v2", "medassess.formats.registry"]
    ]


def test_bad_imports_in_a_copy_of_the_package_are_caught(tmp_path: Path) -> None:
    copy = tmp_path / "medassess"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "core" / "limits.py").open("a", encoding="utf-8") as handle:
        handle.write("\n\ndef _late() -> None:\n    from ..sharing import ledger  # noqa: F401\n")
    with (copy / "formats" / "fhir" / "writer.py").open("a", encoding="utf-8") as handle:
        handle.write("\nfrom .reader import read_fhir_json  # noqa: E402\n")
    with (copy / "audit" / "html.py").open("a", encoding="utf-8") as handle:
        handle.write("\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..cli import main\n")
    (copy / "helpers.py").write_text("")
    problems = violations(copy)
    assert "medassess.helpers is in no layer: add it to TOP_LEVEL_MODULES or move it" in problems
    assert "upward import: medassess.core.limits imports medassess.sharing.ledger" in problems
    assert any(
        p.startswith("import cycle between subpackages: ") and "medassess.core" in p and "medassess.sharing" in p
        for p in problems
    )
    assert any(
        p.startswith("import cycle between modules: ") and "fhir.reader" in p and "fhir.writer" in p for p in problems
    )
    assert not [p for p in problems if "audit.html" in p]  # a type-only import runs nothing
    assert violations(PACKAGE) == []


# -- figures for docs/architecture.md ------------------------------------------------------------------------


def figures(root: Path = PACKAGE) -> dict[str, object]:
    graph = import_graph(root)
    folders = Counter(
        str(p.parent.relative_to(root.parent)) for p in root.rglob("*.py") if p.name not in {"__init__.py"}
    )
    return {
        "modules per folder": dict(sorted(folders.items())),
        "module cycles outside gate": module_cycles(graph),
        "module cycles inside gate": cycles({m: t for m, t in graph.items() if layer_of(m) == "gate"}),
        "subpackage cycles": cycles(unit_graph(graph)),
        "upward imports": upward_imports(graph),
    }


if __name__ == "__main__":
    for key, value in figures(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else PACKAGE).items():
        print(f"{key}: {value}")
