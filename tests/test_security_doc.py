"""docs/security.md: every test it names as proof of a promise exists, where it says, in every section.

A reference is ``tests/<file>.py::<test>`` or, continuing the last file named, ``::<test>``; a bare
``tests/<file>.py`` (or a helper module) must exist.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    "## What medassess promises",
    "## One validation",
    "## No patient data in messages",
    "## Limits",
    "## XML hardening",
    "## Delivery and the ledger",
    "## Fuzzing",
)
"""Each promise's section; each names the tests that prove it (at least a few)."""


def _text() -> str:
    return (ROOT / "docs" / "security.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    text = _text()
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end >= 0 else len(text)]


def _references(section: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    last = None
    for file, name in re.findall(r"(tests/[\w/]+\.(?:py|sql))?(?:::(\w+))?", section):
        if file:
            last = file
        if file or name:
            found.append((file or str(last), name or None))
    return found


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize("heading", SECTIONS)
def test_every_section_names_tests_that_exist(heading: str) -> None:
    references = _references(_section(heading))
    assert len(references) >= 3, heading  # each section names its proofs; a parsing slip would find none
    for file, name in references:
        assert (ROOT / file).is_file(), file
        if name is not None:
            assert name in _functions(ROOT / file), f"{file}::{name}"


def test_every_section_of_the_doc_is_checked() -> None:
    headings = tuple(line for line in _text().splitlines() if line.startswith("## "))
    assert headings == SECTIONS
