"""Template value types, each defined once.

A template item says what kind of answer it asks for (``value_type``). Everything that reads template items
(the HL7 v2 message and its reading back, the coded entries, the share gate, the ``template`` command)
takes what that kind means from the one table here, ``VALUE_TYPES``: the Python value an answer holds (and
whether it is a list of them), how an answer reads as text, the date it applies to when it carries its own,
whether it is written words the share gate judges, and whether it is a pick list, whose coded form is the
chosen option's code (``Item.chosen``).

How a format encodes a kind, where formats truly differ, is declared beside that format as a small mapping
by value type: HL7 v2's OBX line per type (``formats/hl7v2/writer.py``), a coded entry's measured quantity
(``formats/coded_entries/entries.py``). A new value type is one entry here, its name in ``ValueType``, and
an entry in those mappings only where the format sends it.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .model import (
    Attestation,
    Clinician,
    Contact,
    Gestation,
    HumanName,
    Medicine,
    Organisation,
    Partner,
    Recipient,
)

ValueType = Literal[
    "boolean",
    "date",
    "choice",
    "text",
    "gestation",
    "medicine-list",
    "recipient-list",
    "clinician",
    "contact",
    "person",
    "attestation",
]

Plain = str | bool | dt.date
"""An answer as one plain value: text, a yes or a no, a date."""


def who(name: HumanName | None, organisation: Organisation | None, *more: str | None) -> str:
    """A professional contact as one readable line: name, organisation (ODS code), and any more."""
    where = organisation and " ".join(p for p in (organisation.name, f"({organisation.ods_code})") if p)
    return ", ".join(part for part in (name.text() if name else None, where, *more) if part)


def _named(name: HumanName | None, organisation: Organisation | None = None) -> str:
    """A person as the GP record files them: name and organisation name, no codes."""
    return ", ".join(p for p in (name.text() if name else None, organisation.name if organisation else None) if p)


def _recipient_line(recipient: Recipient) -> str:
    return f"{recipient.role.replace('-', ' ')}: {who(recipient.name, recipient.organisation)}".removesuffix(": ")


def _recipient_plain(recipient: Recipient) -> str:
    # What a clinician scanning the GP record needs to recognise a recipient: role, and organisation by name.
    role = recipient.role.replace("-", " ")
    organisation = recipient.organisation
    return f"{role} ({organisation.name})" if organisation and organisation.name else role


def _contact_line(contact: Contact) -> str:
    return who(contact.name, contact.organisation, f"telephone {contact.telephone}" if contact.telephone else None)


def _no_date(_: Any) -> dt.date | None:
    return None


def _stripped(value: str) -> str:
    return value.strip()


def _itself(value: Plain) -> Plain:
    return value


@dataclass(frozen=True, slots=True)
class ValueKind:
    """What one template value type means, for every reader of template items."""

    name: ValueType
    holds: type
    """The Python value an answer is; for a list, each element's."""
    display: Callable[[Any], str]
    """One value (a list: one element) as a readable line: the text HL7 v2 sends for it."""
    plain: Callable[[Any], Plain]
    """The whole answer as one plain value, as a coded entry files it (a list: its elements joined by '; ')."""
    many: bool = False
    """The answer is a list of ``holds``."""
    free_text: bool = False
    """The answer is words a clinician wrote, which the share gate judges (placeholders, deferrals, pointers)."""
    options: bool = False
    """A pick list: the item lists its options, and the chosen option's code is the coded answer."""
    applies_on: Callable[[Any], dt.date | None] = _no_date
    """The date one value applies to when it carries its own (a gestation is as of a day), else None."""

    def typed(self, value: Any) -> Any:
        """``value`` when it is an answer of this type, else None (a path bound to something else answers nothing)."""
        if self.many:
            ok = isinstance(value, list) and all(isinstance(v, self.holds) for v in value)
        else:
            ok = isinstance(value, self.holds)
        return value if ok else None

    def binds(self, annotation: Any) -> bool:
        """Whether a record field annotated ``annotation`` holds answers of this type (so a template item of
        this type may be bound to it)."""
        return (self.holds, self.many) in _held(annotation)

    def elements(self, value: Any) -> list[Any]:
        """The values an answer is made of: a list's elements, else the answer itself."""
        return list(value) if self.many else [value]


def _held(annotation: Any) -> set[tuple[Any, bool]]:
    """The values a field annotation admits, as (type, is a list of it): ``str | None`` admits (str, False),
    ``list[Medicine]`` (Medicine, True), a Literal of strings (str, False); Annotated constraints are looked
    through."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _held(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_held(arg) for arg in typing.get_args(annotation)))
    if origin is Literal:
        return {(type(value), False) for value in typing.get_args(annotation)}
    if origin is list:
        return {(element, True) for element, _ in _held(typing.get_args(annotation)[0])}
    return {(annotation, False)}


def _joined(line: Callable[[Any], str]) -> Callable[[Any], Plain]:
    def plain(values: list[Any]) -> Plain:
        return "; ".join(line(v) for v in values)

    return plain


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _gestation(value: Gestation) -> str:
    return f"{value.weeks}+{value.days}"


def _clinician(value: Clinician) -> str:
    return _named(value.name, value.organisation)


def _attestation(value: Attestation) -> str:
    return _named(value.by.name, value.by.organisation)


def _person(value: Partner) -> str:
    return value.name.text() if value.name else ""


def _medicine(value: Medicine) -> str:
    return value.name


_KINDS = (
    ValueKind("boolean", bool, _yes_no, _itself),
    ValueKind("date", dt.date, dt.date.isoformat, _itself),
    ValueKind("choice", str, str, _stripped, options=True),
    ValueKind("text", str, str, _stripped, free_text=True),
    ValueKind("gestation", Gestation, _gestation, _gestation, applies_on=lambda g: g.on),
    ValueKind("medicine-list", Medicine, _medicine, _joined(_medicine), many=True),
    ValueKind("recipient-list", Recipient, _recipient_line, _joined(_recipient_plain), many=True),
    ValueKind("clinician", Clinician, lambda c: who(c.name, c.organisation), _clinician),
    ValueKind("contact", Contact, _contact_line, lambda c: _named(c.name, c.organisation)),
    ValueKind("person", Partner, _person, _person),
    ValueKind("attestation", Attestation, lambda a: who(a.by.name, a.by.organisation), _attestation),
)

VALUE_TYPES: Mapping[str, ValueKind] = {kind.name: kind for kind in _KINDS}
"""Every template value type by name."""

if set(VALUE_TYPES) != set(typing.get_args(ValueType)):  # pragma: no cover - a value type named but not defined
    raise RuntimeError("every ValueType needs exactly one entry in VALUE_TYPES")
