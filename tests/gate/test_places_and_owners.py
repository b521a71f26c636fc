"""Where the baby is, and whose a medicine is, told against the record (found passing by the
hundred-and-twenty-third fresh corpus), both ways and disguised: the baby put at home with the parents in a record
that discharges it to a foster placement, or kept on the neonatal unit in a record that saw its crib at home (MA127);
the mother's medicine given to another by a relative clause after its name (MA120). Worded apart from the corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pass"
TODAY = dt.date(2026, 12, 3)


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return data


def _issues(data: dict[str, Any], code: str) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == code]


FOSTER = "postnatal-foster-placement-diazepam-pregabalin.json"
HOME_TOLD = [
    "Both medicines carry on for now. They make her drowsy, so the baby sleeps in a Moses basket in the family home "
    "and the foster carer does the night feeds.",
    "Both medicines carry on for now; the baby is settled at home with both parents, and the foster carer does the "
    "night feeds.",
]
PLACEMENT_KEPT = [
    "Both medicines carry on for now; the baby sleeps in a cot in the foster carer's room, and she never feeds it "
    "lying down.",
    "Both medicines carry on for now; once the placement ends the baby goes home with her parents, and the health "
    "visitor checks the cot there.",
    "Both medicines carry on for now; the baby is not to sleep at home with her parents while the order stands.",
    "Both medicines carry on for now; her older son lives at home with his parents, and the baby stays in the "
    "placement.",
]


def _placed(text: str, discharge_to: str = "parent-and-baby-foster-placement") -> list[str]:
    data = _load(FOSTER)
    data["assessments"][0]["conclusion"] = text
    data["safeguarding"]["discharge_to"] = discharge_to
    return [p for p, _ in _issues(data, "MA127") if p == "$.safeguarding.discharge_to"]


@pytest.mark.parametrize("text", HOME_TOLD + PLACEMENT_KEPT)
def test_the_baby_at_home_is_refused_where_the_record_places_it_in_foster_care(text: str) -> None:
    assert bool(_placed(text)) is (text in HOME_TOLD)


def test_the_same_text_is_read_for_a_foster_carer_and_not_for_a_kinship_carer() -> None:
    assert _placed(HOME_TOLD[0], "foster-carer")
    assert not _placed(HOME_TOLD[0], "kinship-carer")


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_place_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(HOME_TOLD + PLACEMENT_KEPT))
    assert bool(_placed(data.draw(disguised(plain)))) is (plain in HOME_TOLD)


PARTNER = "postnatal-partner-quetiapine.json"
ON_THE_UNIT = [
    "Paracetamol raises no concern. The baby remains still in special care for now, so the nights are the unit's.",
    "Paracetamol raises no concern; the baby has not come home from the unit, and the health visitor sees the crib "
    "later.",
]
AT_HOME = [
    "Paracetamol raises no concern. The baby was on the neonatal unit for two days and came home on day 4.",
    "Paracetamol raises no concern. If the baby is still on the neonatal unit at two weeks, the plan is reviewed.",
    "Paracetamol raises no concern. Her first baby was still in special care at this age; this one is home.",
]


def _unit(text: str, seen: str | None = None) -> list[str]:
    data = _load(PARTNER)
    data["overall_conclusion"]["text"] = text
    if seen is not None:
        data["safeguarding"]["sleeping_arrangements"] = seen
    return [p for p, _ in _issues(data, "MA127") if p == "$.safeguarding.sleeping_arrangements"]


@pytest.mark.parametrize("text", ON_THE_UNIT + AT_HOME)
def test_the_baby_on_the_unit_is_refused_where_the_record_saw_its_crib_at_home(text: str) -> None:
    found = _unit(text)
    assert bool(found) is (text in ON_THE_UNIT)


def test_a_crib_to_be_seen_at_a_visit_to_come_is_no_baby_at_home() -> None:
    assert not _unit(ON_THE_UNIT[0], "Next-to-me crib on her side of the bed, to be seen at the new birth visit.")


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_unit_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(ON_THE_UNIT + AT_HOME))
    assert bool(_unit(data.draw(disguised(plain)))) is (plain in ON_THE_UNIT)


METHADONE = "antenatal-methadone-sertraline.json"
GIVEN_AWAY = [
    "Methadone, which is his, stays at 60 mg once daily and the ward scores the baby for 72 hours.",
    "The methadone that is her husband's stays at 60 mg once daily and the ward scores the baby for 72 hours.",
]
HERS_KEPT = [
    "Methadone, which is hers alone, stays at 60 mg once daily and the ward scores the baby for 72 hours.",
    "Methadone, which is not his, stays at 60 mg once daily and the ward scores the baby for 72 hours.",
    "Methadone, which is what her own GP prescribes, stays at 60 mg once daily; the ward scores the baby.",
]


def _owned(text: str) -> list[str]:
    data = _load(METHADONE)
    data["assessments"][0]["conclusion"] = text
    return [p for p, _ in _issues(data, "MA120")]


@pytest.mark.parametrize("text", GIVEN_AWAY + HERS_KEPT)
def test_a_relative_clause_giving_her_medicine_to_another_is_refused(text: str) -> None:
    assert bool(_owned(text)) is (text in GIVEN_AWAY)


def test_the_partners_own_medicine_told_so_passes() -> None:
    data = _load(PARTNER)
    data["assessments"][0]["conclusion"] = (
        "The quetiapine, which is her partner's own prescription, sedates him at night: he does no night feeds, "
        "and the baby sleeps in the crib on the mother's side."
    )
    assert _issues(data, "MA120") == []


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_owner_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(GIVEN_AWAY + HERS_KEPT))
    assert bool(_owned(data.draw(disguised(plain)))) is (plain in GIVEN_AWAY)
