"""Every package medassess imports is declared, so ``pip install medassess`` gives a medassess that imports.

A package that is installed here only because something else depends on it (requests under mesh-client) works
in this venv and breaks for a user the day that other package drops it. So the imports are read from the source
(the AST of every module, imports inside functions included) and each top-level module outside the standard
library is mapped to the distribution that provides it (``importlib.metadata.packages_distributions``); that
distribution must be named in pyproject.toml: for medassess/, in ``[project.dependencies]`` or an extra of a
feature users install (``pdf``); for the tests, benchmarks and fuzz harness, in any of them or their extras.
The other way round, a runtime dependency medassess/ no longer uses is flagged, so it moves out.

pyproject.toml keeps, for every requirement, a comment saying why it is there and a lower bound.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT_TEXT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
PROJECT = tomllib.loads(PYPROJECT_TEXT)["project"]

USER_EXTRAS = ("pdf",)
"""Extras that install a feature of medassess (not a development tool): medassess/ may import what they name,
where the feature is used (``render_letter_pdf`` imports weasyprint when called)."""

DATA_ONLY = {
    "tzdata": "zoneinfo falls back to it for Europe/London where the OS has no time zone database",
}
"""Runtime dependencies medassess/ never imports by name, and why they are needed all the same. (A package read
as data through ``importlib.resources.files("name")``, or found with ``importlib.util.find_spec("name")`` to read
its files without importing it, counts as used: the name is read from that call.)"""

LOCAL = {"medassess", "tests", "fuzz", "benchmarks", "disguise"}
"""This checkout's own top-level names (``disguise`` is tests/gate/disguise.py, imported by file location when
the red-team cases run on their own)."""


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement string (PEP 503)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def _declared(*groups: str) -> set[str]:
    """Distributions named in ``dependencies`` ("") and the given extras."""
    extras = PROJECT["optional-dependencies"]
    found = {_name(r) for r in PROJECT["dependencies"]} if "" in groups else set()
    for group in groups:
        if group:
            found |= {_name(r) for r in extras[group]}
    return found - {"medassess"}


def _modules(folder: Path) -> Iterator[tuple[str, str]]:
    """(top-level module, where) for every absolute import in ``folder``, and every package read as data."""
    for path in sorted(folder.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), where)):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield alias.name.partition(".")[0], f"{where}:{node.lineno}"
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield node.module.partition(".")[0], f"{where}:{node.lineno}"
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute | ast.Name)
                and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) in ("files", "find_spec")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                yield node.args[0].value.partition(".")[0], f"{where}:{node.lineno}"


def _third_party(folder: Path) -> dict[str, set[str]]:
    """Distribution name -> where it is imported, for the non-stdlib, non-local imports in ``folder``."""
    providers = importlib.metadata.packages_distributions()
    used: dict[str, set[str]] = {}
    for module, where in _modules(folder):
        if module in sys.stdlib_module_names or module in LOCAL or module.startswith("_"):
            continue
        # A module not installed here (libcst without the mutation extra) is taken to be its distribution's name.
        for dist in providers.get(module, [module]):
            used.setdefault(_name(dist), set()).add(where)
    return used


def _undeclared(used: dict[str, set[str]], declared: set[str]) -> list[str]:
    # A namespace module (fhir) may be provided by several distributions: one of them declared is enough.
    return sorted(f"{dist} ({', '.join(sorted(where)[:3])})" for dist, where in used.items() if dist not in declared)


def test_every_package_medassess_imports_is_a_declared_dependency() -> None:
    used = _third_party(ROOT / "medassess")
    assert used, "the scan found no third-party import in medassess/"
    undeclared = _undeclared(used, _declared("", *USER_EXTRAS))
    assert not undeclared, f"imported by medassess/ but not in [project.dependencies]: {undeclared}"


def test_every_runtime_dependency_is_used_by_medassess() -> None:
    used = set(_third_party(ROOT / "medassess"))
    unused = sorted(_declared("") - used - set(DATA_ONLY))
    assert not unused, f"in [project.dependencies] but never imported by medassess/ (move to an extra?): {unused}"


def test_the_tests_benchmarks_and_fuzz_harness_import_only_declared_packages() -> None:
    declared = _declared("", *PROJECT["optional-dependencies"])
    for folder in ("tests", "benchmarks", "fuzz"):
        undeclared = _undeclared(_third_party(ROOT / folder), declared)
        assert not undeclared, f"imported by {folder}/ but declared nowhere in pyproject.toml: {undeclared}"


def test_the_scan_sees_imports_inside_functions_and_packages_read_as_data() -> None:
    used = _third_party(ROOT / "medassess")
    assert "weasyprint" in used  # imported inside render_letter_pdf
    assert "confusable-homoglyphs" in used  # read with importlib.resources.files
    assert "wordfreq" in used  # its English list read where importlib.util.find_spec finds it (gate/english.py)


def _requirement_lines() -> Iterator[tuple[str, list[str]]]:
    """Each requirement of ``dependencies`` and the extras, with the lines above it back to the previous one."""
    section, inside, above = "", False, list[str]()
    for line in PYPROJECT_TEXT.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]") and not inside:
            section = stripped
        elif re.fullmatch(r"[A-Za-z_-]+ = \[", stripped):
            name = stripped.partition(" ")[0]
            inside = (section, name) == ("[project]", "dependencies") or section == "[project.optional-dependencies]"
            above = []
        elif inside and stripped == "]":
            inside = False
        elif inside and stripped.startswith('"'):
            yield stripped.strip('",'), above
            above = []
        elif inside:
            above.append(stripped)


def test_every_requirement_says_why_and_has_a_lower_bound() -> None:
    requirements = dict(_requirement_lines())
    declared = {*PROJECT["dependencies"], *(r for rs in PROJECT["optional-dependencies"].values() for r in rs)}
    assert set(requirements) == declared
    for requirement, above in requirements.items():
        assert any(line.startswith("#") for line in above), f"{requirement}: no comment saying why it is needed"
        if not requirement.startswith("medassess["):
            assert ">=" in requirement, f"{requirement}: no lower bound"
