"""The coded entries a record files back into the GP system, as an Arden-style template would.

Each template item with a code (or, for a pick list, the chosen option's code) that the record answers
becomes one entry: code system, code, display, the value, the date it applies to, and the item it came
from. Each assessment also files one medication review, coded with the review code of the medicine class it
covers (``review_code`` in mappings/medicine-classes.toml). The template version the record was captured
with decides which items exist, so an older record files what it was asked.

Entries follow GP-system conventions: a tick box files its code only when ticked, a pick-list option
without a code files nothing, and a record entered in error files nothing at all.

A coded entry is acted on like the record it comes from: a "medication review done" code tells the next
clinician, and every search and audit, that the medicines were assessed. So entries are made only for a
record the share gate passes; ``preliminary=True`` makes them for a draft instead, each entry marked
``status="preliminary"`` for the GP system to hold as unverified, never to file as done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from ...gate.classes import classify
from ...gate.engine import Shareable, passed, record_of
from ...gate.settings import GateSettings
from ...record.codesystems import SNOMED_SYSTEM
from ...record.model import Assessment, Medicine, Record
from ...record.template import Item, Template, get_template
from ...record.value_types import ValueType

UCUM_SYSTEM = "http://unitsofmeasure.org"

GENERIC_REVIEW_CODE = "314530002"
REVIEW_DISPLAYS = {
    GENERIC_REVIEW_CODE: "Medication review done",
    "401062003": "Epilepsy medication review",
    "287031000000100": "Review of opioid medication",
    "413143000": "Mental health medication review",
    "769063007": "Antipsychotic medication review",
    "753951000000101": "Annual review of lithium therapy",
}
"""Preferred terms of the medication review codes (verified SNOMED CT; the class table holds only ids)."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A measured value with its UCUM unit."""

    value: int
    unit: str
    code: str
    system: str = UCUM_SYSTEM


Value = str | bool | dt.date | Quantity | None


@dataclass(frozen=True, slots=True)
class CodedEntry:
    """One coded item for the GP record. ``value`` is None when the code itself is the answer."""

    item_id: str
    system: str
    code: str
    display: str
    value: Value
    date: dt.date
    assessment_id: str | None = None
    status: Literal["final", "preliminary"] = "final"
    """``preliminary`` for entries of a record the share gate has not passed (see :func:`coded_entries`)."""

    def as_dict(self) -> dict[str, Any]:
        """The entry as JSON-ready data (dates as YYYY-MM-DD, quantities as value, unit and UCUM code)."""
        value: Any = self.value
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Quantity):
            value = {"value": value.value, "unit": value.unit, "system": value.system, "code": value.code}
        return {
            "item_id": self.item_id,
            "system": self.system,
            "code": self.code,
            "display": self.display,
            "value": value,
            "date": self.date.isoformat(),
            "assessment_id": self.assessment_id,
            "status": self.status,
        }


def coded_entries(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> list[CodedEntry]:
    """The coded entries a record files, in template order (assessments in record order), from a record that
    has passed the share gate: ``subject`` is a :class:`Shareable` (taken as it is) or a :class:`Record`, which
    the gate then judges once, as of ``today`` with ``settings``: raises ShareGateRefused when it finds errors.

    ``preliminary=True`` skips the gate and marks every entry ``status="preliminary"``. A record entered in
    error files nothing: the gate refuses it, and as a preliminary it gives no entries.
    """
    if preliminary and record_of(subject).status == "entered-in-error":
        return []
    record = record_of(subject) if preliminary else passed(subject, today=today, settings=settings).record
    template = get_template(record.template.id, record.template.version)
    entries = _entries(record, template)
    if preliminary:
        return [dataclasses.replace(e, status="preliminary") for e in entries]
    return list(entries)


def _entries(record: Record, template: Template) -> Iterator[CodedEntry]:
    conclusion = record.overall_conclusion
    record_date = (conclusion.date if conclusion else None) or record.updated.date()
    # By id once: looking each covered medicine up in the list would make a long record quadratic.
    medicines = {m.id: m for m in record.medicines}
    for section in template.sections:
        if section.scope == "record":
            for item in section.items:
                yield from _item_entries(template, item, record, record_date, None)
            continue
        for assessment in record.assessments:
            date = assessment.date or record_date
            yield _review_entry([medicines[mid] for mid in assessment.medicine_ids], assessment, date)
            for item in section.items:
                yield from _item_entries(template, item, assessment, date, assessment.id)


def _review_entry(medicines: list[Medicine], assessment: Assessment, date: dt.date) -> CodedEntry:
    """The medication review an assessment (covering ``medicines``) represents: the class's own review code
    when every covered medicine with one agrees on it, otherwise the general one."""
    codes = {c.review_code for m in medicines for c in classify(m).classes if c.review_code}
    code = codes.pop() if len(codes) == 1 else GENERIC_REVIEW_CODE
    return CodedEntry(
        item_id="medication-review",
        system=SNOMED_SYSTEM,
        code=code,
        display=REVIEW_DISPLAYS[code],
        value="; ".join(m.name for m in medicines),
        date=date,
        assessment_id=assessment.id,
    )


_MEASURED: Mapping[ValueType, Callable[[Any], Quantity]] = {
    "gestation": lambda gestation: Quantity(gestation.weeks * 7 + gestation.days, "days", "d"),
}
"""Value types a GP system files as a measured quantity (UCUM) rather than as text."""


def _item_entries(
    template: Template, item: Item, root: BaseModel, date: dt.date, assessment_id: str | None
) -> Iterator[CodedEntry]:
    kind = item.kind
    value = item.answer(root)
    if value is None or value == [] or value is False:  # a tick box files its code only when ticked
        return
    code = item.code
    answer: Value
    if kind.options:  # the chosen option's code is the answer
        option = item.chosen(value)
        code, answer = (option.code if option else None), None
    else:
        measured = _MEASURED.get(item.value_type)
        answer = measured(value) if measured else kind.plain(value)
        date = (None if kind.many else kind.applies_on(value)) or date
    if code is None or answer == "":
        return
    yield CodedEntry(item.id, template.system_uri(code), code.code, code.display, answer, date, assessment_id)
