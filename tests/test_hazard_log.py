"""docs/safety/hazard-log.md holds together: every hazard has its cause, its effect on the child, its
control and its ratings, and names tests that exist (found by parsing the test files, so a renamed or
deleted test fails here rather than leaving a hazard unproven)."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "docs" / "safety" / "hazard-log.md"
FIELDS = ("Cause", "Effect on the child", "Control", "Initial risk", "Residual risk", "Evidence")
_HEADING = re.compile(r"^## (HZ-\d{2}) (.+)$", re.M)
_NODE = re.compile(r"`(tests/[\w/]+\.py)::(\w+(?:::\w+)?)`")
REQUIRED_HAZARDS = (
    "hollow conclusion",
    "not recognised",
    "lost or altered in transit",
    "wrong pregnancy",
    "wrong clinical code",
    "patient data leaks",
    "refused, and sharing is delayed",
    "gate refuses is shared anyway",
)
"""The hazards issue 9 names; each must stay in the log, whatever else is added."""


def hazards(text: str) -> dict[str, tuple[str, str]]:
    """Each hazard's id: (title, body)."""
    found = list(_HEADING.finditer(text))
    return {
        m[1]: (m[2], text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)])
        for i, m in enumerate(found)
    }


@functools.cache
def defined(path: str) -> frozenset[str]:
    """Test functions a test file defines: ``test_x`` at module level, ``TestY::test_x`` in classes."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef):
            names |= {f"{node.name}::{f.name}" for f in node.body if isinstance(f, ast.FunctionDef)}
    return frozenset(names)


LOGGED = hazards(LOG.read_text(encoding="utf-8"))


def test_the_log_has_hazards_numbered_in_order() -> None:
    assert list(LOGGED) == [f"HZ-{n:02d}" for n in range(1, len(LOGGED) + 1)]


@pytest.mark.parametrize("topic", REQUIRED_HAZARDS)
def test_the_hazards_the_issue_names_are_logged(topic: str) -> None:
    assert any(topic in title.casefold() for title, _ in LOGGED.values()), topic


@pytest.mark.parametrize("hazard", sorted(LOGGED))
def test_every_hazard_has_each_field(hazard: str) -> None:
    _, body = LOGGED[hazard]
    for field in FIELDS:
        assert re.search(rf"^\*\*{field}:\*\*\s*\S", body, re.M), f"{hazard} has no {field}"


@pytest.mark.parametrize("hazard", sorted(LOGGED))
def test_every_hazard_names_tests_that_exist(hazard: str) -> None:
    _, body = LOGGED[hazard]
    evidence = body[body.index("**Evidence:**") :]
    nodes = _NODE.findall(evidence)
    assert nodes, f"{hazard} names no test"
    missing = [
        f"{path}::{name}"
        for path, name in nodes
        if not (ROOT / path).is_file() or name not in defined(path)
    ]
    assert not missing, f"{hazard} names tests that do not exist: {missing}"


def test_a_missing_test_is_noticed() -> None:
    # The check above is only worth having if it can fail: a made-up name and a made-up file are both caught.
    text = "## HZ-01 x\n\n**Evidence:**\n- `tests/test_rules.py::test_no_such_test`\n- `tests/nope.py::test_x`\n"
    _, body = hazards(text)["HZ-01"]
    nodes = _NODE.findall(body)
    assert [(p, n) for p, n in nodes if (ROOT / p).is_file() and n in defined(p)] == []
    assert len(nodes) == 2
