"""docs/security.md, "Delivery and the ledger": every test it names as proof exists, where it says.

A reference is ``tests/<file>.py::<test>`` or, continuing the last file named, ``::<test>``; a bare
``tests/<file>.py`` (or a helper module) must exist.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Delivery and the ledger"


def _section() -> str:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
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


def test_every_test_the_delivery_section_names_exists() -> None:
    references = _references(_section())
    assert len(references) > 30  # the section names its proofs; a parsing slip would find none
    for file, name in references:
        assert (ROOT / file).is_file(), file
        if name is not None:
            assert name in _functions(ROOT / file), f"{file}::{name}"
