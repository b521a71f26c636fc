"""The share gate: a catalogue of rules that must pass before a record is shared.

Rules are small generator functions registered with :func:`rule`. Each yields :class:`Problem` (a message and
the JSON path it concerns); the engine stamps the rule's code, name and severity to make an :class:`Issue`.
Three ways in, as with jsonschema: :func:`iter_issues`, :func:`is_shareable`, :func:`require_shareable`
(raises :class:`ShareGateRefused`). Results are data, and convert to a FHIR OperationOutcome.

Every rule has a stable code (``MA`` + number; codes are never reused), a kebab-case name describing the
problem, a severity, and documentation with fixed sections (what it checks, why it matters, example, what
to do instead) kept in the rule function's docstring and printed by ``medassess rules CODE``.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ._exceptions import ShareGateRefused
from ._record import Record

Severity = Literal["error", "warning"]
RULE_CODE_SYSTEM = "https://medassess.uk/fhir/CodeSystem/share-gate-rule"
"""The local code system of share-gate rule codes (MA001...), used in OperationOutcome.issue.details."""
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Instead")


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule yields: a message (never patient data) and the JSON path it concerns."""

    message: str
    path: str = "$"


@dataclass(frozen=True, slots=True)
class Issue:
    """One share-gate finding."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
        }


@dataclass(frozen=True, slots=True)
class GateContext:
    """What a rule may consult besides the record: today's date and the configurable settings."""

    today: dt.date
    settings: GateSettings


@dataclass(frozen=True, slots=True)
class GateSettings:
    """Share-gate settings; defaults come from ``mappings/share-gate.toml``."""

    min_conclusion_chars: int = 40
    placeholders: tuple[str, ...] = ()


RuleFunction = Callable[[Record, GateContext], Iterable[Problem]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule with its documentation."""

    code: str
    name: str
    severity: Severity
    summary: str
    function: RuleFunction = field(repr=False)

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    def doc_sections(self) -> dict[str, str]:
        """The rule's documentation split into its fixed sections."""
        sections: dict[str, str] = {}
        current: str | None = None
        for line in self.doc.splitlines():
            heading = line.rstrip(":").strip()
            if heading in DOC_SECTIONS and line.rstrip().endswith(":"):
                current = heading
                sections[current] = ""
            elif current is not None:
                sections[current] += line + "\n"
        return {k: v.strip() for k, v in sections.items()}


_REGISTRY: dict[str, Rule] = {}
_CODE = re.compile(r"MA\d{3}")
_NAME = re.compile(r"[a-z]+(?:-[a-z0-9]+)+")


def rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a stable code."""
    if not _CODE.fullmatch(code) or not _NAME.fullmatch(name):
        raise ValueError(f"rule codes look like MA101 and names like kebab-case-problem: {code} {name}")

    def register(function: RuleFunction) -> RuleFunction:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} is registered twice")
        _REGISTRY[code] = Rule(code, name, severity, summary, function)
        return function

    return register


def rules() -> list[Rule]:
    """The whole catalogue, by code."""
    _load_catalogue()
    return [_REGISTRY[c] for c in sorted(_REGISTRY)]


def get_rule(code_or_name: str) -> Rule:
    """A rule by code (``MA101``, any case) or by name."""
    _load_catalogue()
    key = code_or_name.upper()
    if key in _REGISTRY:
        return _REGISTRY[key]
    for r in _REGISTRY.values():
        if r.name == code_or_name:
            return r
    raise KeyError(code_or_name)


def _load_catalogue() -> None:
    from . import _rules  # noqa: F401  (registers the catalogue)


def default_settings() -> GateSettings:
    """The shipped settings (placeholder phrases, minimum conclusion length)."""
    from ._rules import shipped_settings

    return shipped_settings()


def iter_issues(
    record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None
) -> Iterator[Issue]:
    """Every share-gate issue for a record, rule by rule in code order."""
    context = GateContext(today=today or dt.date.today(), settings=settings or default_settings())
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
