"""MA011: a gestation a conclusion states as the pregnancy's present state, against the one the record gives on the
conclusion's date (found passing by the hundred-and-fourteenth fresh corpus). The example record is at 29+2 on its
assessments' date; texts here are worded apart from the corpus's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.written_times import present_gestations
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)

PRESENT = {
    "Methadone continues; currently 29+2/40 and she is well.": 29 * 7 + 2,
    "She is now 30 weeks, and the drug service keeps her dose steady.": 30 * 7,
    "Today at 29/40 the plan for the baby is agreed.": 29 * 7,
    "At 31 weeks now, methadone continues at 60 mg.": 31 * 7,
    "Gemma is 28 weeks pregnant; methadone continues.": 28 * 7,
    "An unexpected pregnancy at 29 weeks in a woman on methadone.": 29 * 7,
    "The pregnancy is at 30/40 and the baby's plan is agreed.": 30 * 7,
    "As agreed with her, she is now at 30 weeks.": 30 * 7,
}
NOT_PRESENT = [
    # history, plans and a time to come name other gestations
    "Methadone was reduced at 10 weeks and she booked at 12/40.",
    "Levels and growth scans at 32 and 36/40; the 34-week appointment with the consultant midwife.",
    "Her birth is planned at 39 weeks on the delivery suite.",
    "Once she is 36 weeks the midwife rechecks the cot.",
    "Depending on how she is at 37 weeks, induction may be offered.",
    "She found she was pregnant at 7 weeks and told the drug service.",
    "Her previous pregnancy at 34 weeks ended in an early birth.",
    "From 36/40 now the team sees her weekly.",
    # a condition the pregnancy may meet later, however far back in its clause the condition opens
    "If by then she is still pregnant at 41 weeks, an induction is booked.",
    "Should she remain pregnant at 42/40 the consultant reviews the plan.",
    "In case she is currently pregnant at 40 weeks with no labour, the ward admits her.",
    # a length of time, not a gestation
    "She is now 3 weeks into the reduced dose.",
    "The baby, if born now, would be 4 weeks early; she is currently 2 weeks off work.",
]


@pytest.mark.parametrize("text", list(PRESENT))
def test_a_present_gestation_is_read(text: str) -> None:
    assert present_gestations(text) == (PRESENT[text],)


@pytest.mark.parametrize("text", NOT_PRESENT)
def test_other_gestations_and_lengths_are_not_read(text: str) -> None:
    assert present_gestations(text) == ()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_gestation_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from([*PRESENT, *NOT_PRESENT]))
    assert present_gestations(data.draw(disguised(plain))) == present_gestations(plain)


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def _ma011(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA011"]


FAR = "She is now 36 weeks; methadone continues at 60 mg and the baby is watched for 72 hours on the ward."
NEAR = "She is now 31 weeks; methadone continues at 60 mg and the baby is watched for 72 hours on the ward."


def test_a_present_gestation_weeks_from_the_records_is_refused_at_its_conclusion() -> None:
    data = _data()
    data["assessments"][0]["conclusion"] = FAR
    [(path, message)] = _ma011(data)
    assert path == "$.assessments[0].conclusion"
    assert "36" not in message and "methadone" not in message  # quotes nothing


def test_one_within_the_tolerance_stands() -> None:
    data = _data()
    data["assessments"][0]["conclusion"] = NEAR
    assert _ma011(data) == []


def test_it_is_judged_on_the_conclusions_own_date() -> None:
    # Written seven weeks after the gestation was recorded, 36 weeks is the pregnancy's present state.
    data = _data()
    data["assessments"][0]["conclusion"] = FAR
    data["assessments"][0]["date"] = "2026-04-20"
    data["attestation"]["at"] = "2026-04-20T12:00:00+00:00"
    data["updated"] = "2026-04-20T12:05:00+00:00"
    assert _ma011(data) == []
    # ... and the recorded gestation quoted as written, in a conclusion written later, is no claim of today's.
    data["assessments"][0]["conclusion"] = FAR.replace("36", "29")
    assert _ma011(data) == []


def test_the_overall_conclusion_is_read_and_a_postnatal_record_is_not() -> None:
    data = _data()
    data["overall_conclusion"]["text"] = FAR
    assert [p for p, _ in _ma011(data)] == ["$.overall_conclusion.text"]
    data["pregnancy"] = {"stage": "postnatal", "delivery_date": "2026-03-01", "infant_feeding": "breast"}
    assert _ma011(data) == []
