"""How the red-team tests ask the share gate for a verdict (shared by the corpus and the property tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import medassess

TODAY = dt.date(2026, 12, 3)
"""The day the corpus is judged on: after every date in the shipped examples."""

Verdict = Literal["refuse", "pass", "unreadable"]


def verdict(data: dict[str, Any]) -> tuple[Verdict, list[medassess.Issue], str | None]:
    """("refuse" | "pass" | "unreadable", the gate's issues, the parse error when unreadable).

    ``refuse`` is at least one error-severity issue; warnings never refuse."""
    try:
        record = medassess.record_from_data(data)
    except medassess.RecordError as exc:
        return "unreadable", [], f"{exc.path}: {exc}"
    issues = medassess.check(record, today=TODAY)
    return ("refuse" if any(i.severity == "error" for i in issues) else "pass"), issues, None


def describe(issues: list[medassess.Issue]) -> str:
    if not issues:
        return "  (no issues)"
    return "\n".join(f"  {i.severity} {i.code} {i.name} at {i.path}: {i.message}" for i in issues)
