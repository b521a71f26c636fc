"""The template value types: one table (``medassess.record.value_types``) every reader of template items uses."""

from __future__ import annotations

import datetime as dt
import typing

import pytest

from medassess import examples, get_template, load_record
from medassess.record.model import Contact, Gestation, HumanName, Organisation, Recipient
from medassess.record.template import value_at
from medassess.record.value_types import VALUE_TYPES, ValueType


def test_every_value_type_is_defined_once() -> None:
    assert list(VALUE_TYPES) == list(typing.get_args(ValueType))
    assert all(name == kind.name for name, kind in VALUE_TYPES.items())


@pytest.mark.parametrize("name", examples.names())
def test_every_answer_of_an_example_is_of_its_items_value_type(name: str) -> None:
    # The table's "holds" agrees with the record model: no answer is dropped as being of another type.
    record = load_record(examples.path(name))
    template = get_template(record.template.id, record.template.version)
    for section, item in template.items():
        roots = record.assessments if section.scope == "assessment" else [record]
        for root in roots:
            assert item.answer(root) == value_at(root, item.path), item.id


def test_readable_lines() -> None:
    org = Organisation(ods_code="A81001", name="Castle Street Surgery")
    contact = Contact(name=HumanName(given=["Ann"], family="Lee"), organisation=org, telephone="01632 960000")
    assert VALUE_TYPES["contact"].display(contact) == "Ann Lee, Castle Street Surgery (A81001), telephone 01632 960000"
    assert VALUE_TYPES["contact"].plain(contact) == "Ann Lee, Castle Street Surgery"
    recipients = [Recipient(id="r1", role="health-visitor", organisation=org), Recipient(id="r2", role="gp")]
    kind = VALUE_TYPES["recipient-list"]
    assert [kind.display(r) for r in kind.elements(recipients)] == [
        "health visitor: Castle Street Surgery (A81001)",
        "gp",
    ]
    assert kind.plain(recipients) == "health visitor (Castle Street Surgery); gp"
    gestation = Gestation(weeks=20, days=3, on=dt.date(2026, 5, 1))
    assert VALUE_TYPES["gestation"].display(gestation) == "20+3"
    assert VALUE_TYPES["gestation"].applies_on(gestation) == dt.date(2026, 5, 1)
    assert VALUE_TYPES["text"].plain("  Settled.  ") == "Settled."
    assert VALUE_TYPES["text"].free_text and not VALUE_TYPES["choice"].free_text
    assert VALUE_TYPES["boolean"].typed("yes") is None
