"""A foster placement's plan in a record that discharges the baby home with its parents (rule MA127).

Where the record gives the baby's discharge as home with its parents, a conclusion giving the baby's care or sleep
to a foster carer ("the foster carers do the night feeds", "the crib stays in the foster carer's room") tells a plan
no one in that home holds. Near misses pass: another child with a foster carer, a condition or a plan for if the
baby cannot go home, a negation, the past. The placement example, whose record discharges to the placement, keeps
its plan. A disguise changes no verdict. Worded apart from any corpus."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
HOME = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
DESTINATION = ("MA127", "$.safeguarding.discharge_to")

PASTED = [
    "His quetiapine leaves him heavily asleep. The foster carers do the night feeds and the crib stays in the foster "
    "carers' bedroom; the health visitor checks at each visit.",
    "The baby sleeps in a crib in the foster carer's room and the foster carer feeds him overnight; his quetiapine "
    "makes him too drowsy for nights.",
]
KEPT_HOME = [
    "Her older son lives with a foster carer. The baby goes home with both parents: mum does the night feeds, crib "
    "on her side, and his quetiapine keeps him off the nights.",
    "If the baby could not go home, the foster carer would do the night feeds; he goes home with both parents and "
    "mum does the night feeds with the crib on her side.",
    "No foster carer is involved: mum does the night feeds with the crib on her side while his quetiapine keeps him "
    "off the nights.",
    "Mum grew up with a foster carer who does the night feeds for babies like this one; here mum does them, crib on "
    "her side, and he does none after his quetiapine.",
]


def _issues(conclusion: str) -> set[tuple[str, str]]:
    data: dict[str, Any] = json.loads(HOME.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return {(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


@pytest.mark.parametrize("text", PASTED)
def test_ma127_refuses_a_foster_carer_s_plan_where_the_baby_goes_home(text: str) -> None:
    assert DESTINATION in _issues(text)
    assert DESTINATION in _issues(disguise(text, random.Random(5)))


@pytest.mark.parametrize("text", KEPT_HOME)
def test_ma127_passes_a_foster_carer_who_holds_no_part_of_this_baby_s_care(text: str) -> None:
    assert DESTINATION not in _issues(text)
    assert DESTINATION not in _issues(disguise(text, random.Random(6)))


def test_the_placement_example_keeps_its_foster_carer_s_plan() -> None:
    placement = ROOT / "examples" / "pass" / "postnatal-foster-placement-diazepam-pregabalin.json"
    data = json.loads(placement.read_text(encoding="utf-8"))
    assert not [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"]
