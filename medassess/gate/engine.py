"""The share gate's engine: runs the rule catalogue over a record and returns issues as data.

Three ways in, as with jsonschema: :func:`iter_issues`, :func:`is_shareable`, :func:`require_shareable`
(raises :class:`ShareGateRefused`). Results are data, and convert to a FHIR OperationOutcome.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from ..core.exceptions import ShareGateRefused
from ..record.model import Record
from . import rules as _catalogue  # noqa: F401  (importing the catalogue registers every rule)
from .facts import RecordFacts
from .registry import RULE_CODE_SYSTEM, GateContext, Issue, Rule, registered
from .settings import GateSettings, shipped_settings


def rules() -> list[Rule]:
    """The whole catalogue, by code."""
    catalogue = registered()
    return [catalogue[c] for c in sorted(catalogue)]


def get_rule(code_or_name: str) -> Rule:
    """A rule by code (``MA101``, any case) or by name."""
    catalogue = registered()
    key = code_or_name.upper()
    if key in catalogue:
        return catalogue[key]
    for r in catalogue.values():
        if r.name == code_or_name:
            return r
    raise KeyError(code_or_name)


def default_settings() -> GateSettings:
    """The shipped settings (placeholder phrases, minimum conclusion length)."""
    return shipped_settings()


def iter_issues(
    record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None
) -> Iterator[Issue]:
    """Every share-gate issue for a record, rule by rule in code order."""
    settings = settings or default_settings()
    context = GateContext(today=today or dt.date.today(), settings=settings, facts=RecordFacts(record, settings))
    for r in rules():
        for problem in r.function(record, context):
            yield Issue(r.code, r.name, r.severity, problem.message, problem.path)


def check(record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None) -> list[Issue]:
    """All share-gate issues for a record."""
    return list(iter_issues(record, today=today, settings=settings))


def is_shareable(record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None) -> bool:
    """True when the share gate finds no errors (warnings do not block sharing)."""
    return not any(i.severity == "error" for i in iter_issues(record, today=today, settings=settings))


def require_shareable(
    record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None, source: str | None = None
) -> list[Issue]:
    """Raise ShareGateRefused when the gate finds errors; otherwise return the warnings."""
    issues = check(record, today=today, settings=settings)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise ShareGateRefused(
            f"refused by the share gate: {len(errors)} error{'s' if len(errors) > 1 else ''} "
            f"({', '.join(sorted({e.code for e in errors}))})",
            issues=issues,
            source=source,
        )
    return issues


def operation_outcome(issues: Iterable[Issue]) -> dict[str, Any]:
    """Share-gate issues as a FHIR R4 OperationOutcome (one issue per finding; an empty check gives one
    informational issue, since OperationOutcome.issue is 1..*)."""
    entries: list[dict[str, Any]] = [
        {
            "severity": i.severity,
            "code": "business-rule",
            "details": {
                "coding": [{"system": RULE_CODE_SYSTEM, "code": i.code, "display": i.name}],
                "text": i.message,
            },
            "expression": [i.path],
        }
        for i in issues
    ]
    if not entries:
        entries = [
            {"severity": "information", "code": "informational", "details": {"text": "The share gate found no issues."}}
        ]
    return {"resourceType": "OperationOutcome", "issue": entries}
