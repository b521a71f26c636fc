"""MA017: a manual hand-over's description gives its day too ("handed to the foster carer ... on 31 June 2026"): a day
that does not exist, or a weekday the date does not fall on, leaves the carer not knowing when the record comes
(found passing by the hundred-and-twenty-seventh fresh corpus). Only the calendar is read there: a description is
an arrangement, often written in the participle ("Printed copy handed to ... on 20 June 2026"), so it is not read as
a report of something done."""

from __future__ import annotations

import json
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.conclusions import EXAMPLES, TODAY
from tests.redteam.disguise import homoglyphs, inside_words

_FOSTER = "postnatal-foster-placement-diazepam-pregabalin.json"


def _codes(description: str) -> set[str]:
    data: dict[str, Any] = json.loads((EXAMPLES / _FOSTER).read_text(encoding="utf-8"))
    route = next(r for r in data["recipients"] if r["id"] == "rcp-foster-carer")["route"]
    route["description"] = description
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


@pytest.mark.parametrize(
    "description",
    [
        "Printed copy handed to the foster carer by the health visitor at the placement on 31 June 2026.",
        "Letter posted first class to the foster carer's address on file on 30/02/2026.",
        "Printed copy handed to the foster carer by the ward midwife on Tuesday 12 June 2026.",  # a Friday
    ],
)
def test_a_hand_over_on_a_day_that_cannot_be_is_refused(description: str) -> None:
    assert "MA017" in _codes(description)
    assert "MA017" in _codes(homoglyphs(description, "aeo"))
    assert "MA017" in _codes(inside_words(description, "\u200b", every=3))


@pytest.mark.parametrize(
    "description",
    [
        "Printed copy handed to the foster carer by the health visitor at the placement on 30 June 2026.",
        "Printed copy handed to the foster carer by the ward midwife on Friday 12 June 2026.",
        # written in the participle for a day after the record was signed: an arrangement, not a report
        "Printed copy handed to the foster carer by the health visitor at the first home visit, 20 June 2026.",
    ],
)
def test_a_hand_over_on_a_real_day_stands(description: str) -> None:
    assert "MA017" not in _codes(description)


def test_a_disguised_hand_over_on_a_real_day_stands() -> None:
    real = "Printed copy handed to the foster carer by the ward midwife on Friday 12 June 2026."
    assert "MA017" not in _codes(homoglyphs(real, "aeo"))
    assert "MA017" not in _codes(inside_words(real, "\u200b", every=3))
