"""The share gate's engine: runs the rule catalogue over a record and returns issues as data.

Three ways in, as with jsonschema: :func:`iter_issues`, :func:`is_shareable`, :func:`require_shareable`
(raises :class:`ShareGateRefused`). Results are data, and convert to a FHIR OperationOutcome.

The gate runs once, at the boundary: :func:`require_shareable` returns a :class:`Shareable`, the record with
the day and settings it passed on, and every exporter takes that value as it is, without judging the record
again. Only the gate makes a ``Shareable``. An exporter given a plain :class:`Record` runs the gate itself,
once, as ``require_shareable`` would (``to_fhir_json(record)`` is ``to_fhir_json(require_shareable(record))``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from ..core.exceptions import ShareGateRefused, UnknownRule
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
    """A rule by code (``MA101``, any case) or by name; ``UnknownRule`` (a ``KeyError``) when none has it."""
    catalogue = registered()
    key = code_or_name.upper()
    if key in catalogue:
        return catalogue[key]
    for r in catalogue.values():
        if r.name == code_or_name:
            return r
    raise UnknownRule("no share-gate rule has this code or name; `medassess rules` lists them")


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


class Shareable:
    """A record the share gate has passed: the record (frozen, so it cannot change after), the day and the
    settings it was judged with, and the warnings the gate gave (which do not block sharing).

    Made only by :func:`require_shareable`, and never changed after (not even by ``dataclasses.replace``, as
    it is not a dataclass); exporters take it without running the gate again, so a record is judged once,
    with one day and one set of settings, however many payloads are made from it."""

    __slots__ = ("record", "settings", "today", "warnings")
    record: Record
    today: dt.date
    settings: GateSettings
    warnings: tuple[Issue, ...]

    def __init__(self) -> None:
        raise TypeError("a Shareable is made only by the share gate: use medassess.require_shareable(record)")

    @classmethod
    def _judged(cls, record: Record, today: dt.date, settings: GateSettings, warnings: tuple[Issue, ...]) -> Shareable:
        made = object.__new__(cls)
        for name, value in (("record", record), ("today", today), ("settings", settings), ("warnings", warnings)):
            object.__setattr__(made, name, value)
        return made

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Shareable cannot be changed: change the record and pass it through the gate again")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a Shareable cannot be changed")

    def __copy__(self) -> Shareable:
        return self  # nothing in it can change, so a copy is the same verdict

    def __deepcopy__(self, memo: dict[int, object]) -> Shareable:
        return self

    def __reduce__(self) -> str | tuple[Any, ...]:
        raise TypeError("a Shareable does not leave the process that judged it: pass the record and judge it there")

    def __repr__(self) -> str:
        return f"Shareable({self.record.masked_id}, today={self.today.isoformat()}, warnings={len(self.warnings)})"


def require_shareable(
    record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None, source: str | None = None
) -> Shareable:
    """The record as :class:`Shareable` when the gate (as of ``today``, default the system date, with
    ``settings``, default the shipped ones) finds no errors; raises :class:`ShareGateRefused` otherwise."""
    today = today or dt.date.today()
    settings = settings or default_settings()
    issues = check(record, today=today, settings=settings)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise ShareGateRefused(
            f"refused by the share gate: {len(errors)} error{'s' if len(errors) > 1 else ''} "
            f"({', '.join(sorted({e.code for e in errors}))})",
            issues=issues,
            source=source,
        )
    return Shareable._judged(record, today, settings, tuple(issues))


def passed(
    subject: Shareable | Record,
    *,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    source: str | None = None,
) -> Shareable:
    """What an exporter works from: a :class:`Shareable` as it is, or a record after the gate, once.

    A ``Shareable`` was judged with its own day and settings; being given others as well is a mistake in the
    caller, which would otherwise believe the payload judged by them (a TypeError, as for a wrong argument)."""
    if isinstance(subject, Shareable):
        if today is not None or settings is not None:
            raise TypeError(
                "this record has passed the share gate already, with its own day and settings: "
                "pass today and settings with a Record, not with a Shareable"
            )
        return subject
    return require_shareable(subject, today=today, settings=settings, source=source)


def record_of(subject: Shareable | Record) -> Record:
    """The record itself, whether or not it has passed the gate (for drafts, which are never gated)."""
    return subject.record if isinstance(subject, Shareable) else subject


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
