"""Sedation answered "no" beside deep sleep or slow waking told as the medicine's effect (rule MA127).

"His amitriptyline leaves him a very deep sleeper", "after his evening dose he is slow to rouse" say he cannot wake
for the baby, as "hard to wake" does, so they contradict sedation "no". Said alone, or of someone else, they are
anyone's nature and pass: the baby that sleeps deeply, the mother who is a heavy sleeper, "he sleeps deeply by
nature", a negation. A disguise changes no verdict. Worded apart from any corpus."""

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
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
SEDATION = ("MA127", "$.assessments[0].impact_on_mother.sedation")
TAIL = (
    " Mum does the night feeds with the crib on her side; he never shares a bed, sofa or chair with the baby. The "
    "health visitor checks the crib at each visit until 8 weeks."
)

THE_MEDICINE_S_EFFECT = [
    "His amitriptyline at night leaves him a very deep sleeper.",
    "After his evening dose he is slow to rouse until the morning.",
    "The tablets at bedtime mean he sleeps very deeply until 6.",
]
ANYONE_S_NATURE = [
    "The baby sleeps deeply between feeds and his amitriptyline is taken at 9 pm.",
    "His amitriptyline is taken at 9 pm and mum is a heavy sleeper, so she sets an alarm.",
    "Mum, who takes nothing, sleeps deeply; his amitriptyline at 9 pm is reviewed in March.",
    "His amitriptyline does not make him sleep deeply.",
    "He sleeps deeply by nature; his amitriptyline is at 9 pm.",
]


def _issues(conclusion: str, sedation: str = "no") -> set[tuple[str, str]]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_mother"]["sedation"] = sedation
    partner = next(m for m in data["medicines"] if m["id"] == "med-partner-quetiapine")
    partner["name"] = "Amitriptyline 25mg tablets"
    partner.pop("code", None)
    return {(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


@pytest.mark.parametrize("text", THE_MEDICINE_S_EFFECT)
def test_ma127_refuses_sedation_no_beside_deep_sleep_from_the_medicine(text: str) -> None:
    assert SEDATION in _issues(text + TAIL)
    assert SEDATION in _issues(disguise(text, random.Random(3)) + TAIL)


@pytest.mark.parametrize("text", ANYONE_S_NATURE)
def test_ma127_passes_deep_sleep_that_is_no_effect_of_the_medicine(text: str) -> None:
    assert SEDATION not in _issues(text + TAIL)
    assert SEDATION not in _issues(disguise(text, random.Random(4)) + TAIL)


def test_sedation_yes_beside_the_same_words_agrees() -> None:
    assert "MA127" not in {code for code, _ in _issues(THE_MEDICINE_S_EFFECT[0] + TAIL, sedation="yes")}
