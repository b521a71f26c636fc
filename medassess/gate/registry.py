"""The share gate's rule registry: what a rule is, what it yields, and how it is registered.

Rules are small generator functions registered with :func:`rule`. Each yields :class:`Problem` (a message and
the JSON path it concerns); the engine (:mod:`medassess.gate.engine`) stamps the rule's code, name and severity
to make an :class:`Issue`.

Every rule has a stable code (``MA`` + number; codes are never reused), a kebab-case name describing the
problem, a severity, and documentation with fixed sections (what it checks, why it matters, example, what
to do instead) kept in the rule function's docstring and printed by ``medassess rules CODE``.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from ..core.exceptions import Problem as Problem  # what a rule yields; defined with the errors that list them
from ..record.model import Record
from .facts import RecordFacts
from .settings import GateSettings

Severity = Literal["error", "warning"]
RULE_CODE_SYSTEM = "https://medassess.uk/fhir/CodeSystem/share-gate-rule"
"""The local code system of share-gate rule codes (MA001...), used in OperationOutcome.issue.details."""
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Instead")
_FIRST_SENTENCE = re.compile(r"(?<=[.;:])\s|,? e\.g\.|\s\(")


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
    """What a rule may consult besides the record: today's date, the configurable settings, and the facts
    about the record that several rules share (computed once per record, on first use)."""

    today: dt.date
    settings: GateSettings
    facts: RecordFacts


RuleFunction = Callable[[Record, GateContext], Iterable[Problem]]


@dataclass(frozen=True, slots=True)
class Area:
    """What a group of rules is about, declared once in the module that holds them (its ``AREA``)."""

    id: str
    title: str
    written_conclusions: bool
    """Whether these rules decide that a record's written conclusions are complete (the audit's "complete"
    figure): the assessments and conclusions themselves, and who wrote them."""


OTHER_AREA = Area("other", "Other rules", written_conclusions=False)
"""The area of a rule registered from a module that declares none (a site's own rule, a test's)."""


def _sections(doc: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    current: str | None = None
    for line in doc.splitlines():
        # A heading is a line of its own ending in a colon; an editor's trailing spaces do not hide it.
        heading = line.strip().removesuffix(":").strip()
        if heading in DOC_SECTIONS and line.rstrip().endswith(":"):
            current = heading
            sections[current] = ""
        elif current is not None:
            sections[current] += line + "\n"
    return {k: v.strip() for k, v in sections.items()}


@functools.cache
def _fix(doc: str, summary: str) -> str:
    """A rule's fix, worked out once per rule: ``validate`` names it beside every problem it prints."""
    instead = " ".join(_sections(inspect.cleandoc(doc)).get("Instead", "").split())
    return _FIRST_SENTENCE.split(instead)[0].rstrip(".;:, ") or summary


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule with its documentation."""

    code: str
    name: str
    severity: Severity
    summary: str
    function: RuleFunction = field(repr=False)

    @property
    def area(self) -> Area:
        """The area its module declares (``AREA``), so what a rule is about is data, not its code's digits."""
        declared = getattr(sys.modules.get(self.function.__module__), "AREA", None)
        return declared if isinstance(declared, Area) else OTHER_AREA

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def fix(self) -> str:
        """What to do instead, in one short sentence: the first of the rule's "Instead" section, without its
        example (``Write the conclusion itself``); the summary when a rule has no such section."""
        return _fix(self.function.__doc__ or "", self.summary)

    def doc_sections(self) -> dict[str, str]:
        """The rule's documentation split into its fixed sections."""
        return _sections(self.doc)


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


def registered() -> dict[str, Rule]:
    """The registry as it stands (the catalogue modules fill it when imported)."""
    return _REGISTRY
