"""The sedated partner's bed, sofa and shared nights in the forms a plan also takes (rule MA127).

Where the partner's own assessment answers sedation "yes", a plan that puts the baby in the adults' bed on his side
("in the double bed on his side"), has him nap or doze with the baby on a sofa, chair or his chest (bounded only by
the other parent's return: "until mum is home"), or shares the nights between the adults of the home with no one
named and no bound, gives the sedated partner the baby's sleep. Near misses pass: the baby's own crib, the un-sedated
mother napping with the baby in its basket, a nap bounded by his dose wearing off, a share bounded for him. The
record's "yes" holds whatever the medicine's class. A disguise changes no verdict. Worded apart from any corpus."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.night_care import night_care_to_the_sedated_partner
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
NAMES = frozenset({"marcus", "hale"})
OTHERS = frozenset({"priya", "okafor"})

HIS_SLEEP_WITH_THE_BABY = [
    "To give Priya a lie-in, the infant goes into the double bed on his side for the early hours.",
    "The newborn sleeps in our bed on Marcus's side most evenings.",
    "Marcus dozes in the recliner holding the infant most afternoons.",
    "He has a nap on the couch with the newborn most days until Priya gets home from work.",
    "He lies down on the bed cuddling the baby till mum is back from the shops.",
    "He falls asleep on the settee with the infant on his chest.",
    "Both adults will split the night feeds between them however they like.",
    "They will take it in turns overnight, whoever is less tired.",
]
NOT_HIS_SLEEP_WITH_THE_BABY = [
    "The infant sleeps in its own crib beside the double bed, on Priya's side.",
    "The newborn sleeps in the double bed on Priya's side only when Marcus is away, and never near him.",
    "Priya naps on the couch with the infant in the Moses basket beside her.",
    "He naps on the couch with the infant in the Moses basket next to him.",
    "He dozes in the recliner until his dose wears off, the infant in its crib by Priya.",
    "He never falls asleep on the settee with the infant on his chest.",
    "He naps on the sofa with the baby monitor beside him while Priya feeds.",
    "Both adults will split the night feeds, but Marcus never does one after his 10 pm dose.",
    "They take it in turns during the day; the nights are Priya's with the crib on her side.",
    "Both adults will split the daytime care.",
]


@pytest.mark.parametrize("text", HIS_SLEEP_WITH_THE_BABY)
def test_the_baby_s_sleep_with_the_sedated_partner_is_read(text: str) -> None:
    assert night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True, others=OTHERS)


@pytest.mark.parametrize("text", NOT_HIS_SLEEP_WITH_THE_BABY)
def test_the_baby_s_own_space_the_mother_s_nap_and_bounds_are_not_read(text: str) -> None:
    assert not night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True, others=OTHERS)


@pytest.mark.parametrize("text", HIS_SLEEP_WITH_THE_BABY)
def test_the_partner_whose_record_says_he_is_not_sedated_is_not_read(text: str) -> None:
    assert not night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=False, others=OTHERS)


def test_a_bound_by_someone_else_s_return_needs_that_someone_else() -> None:
    bounded = "He naps on the couch with the newborn until he is back on his feet."
    assert not night_care_to_the_sedated_partner(bounded, NAMES, man=True, sedated=True, others=OTHERS)
    lone = "He naps on the couch with the newborn until Priya is home."
    assert night_care_to_the_sedated_partner(lone, NAMES, man=True, sedated=True, others=OTHERS)
    # "when" with a return keeps her there: a bound
    there = "He naps on the couch with the newborn when Priya is home."
    assert not night_care_to_the_sedated_partner(there, NAMES, man=True, sedated=True, others=OTHERS)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", HIS_SLEEP_WITH_THE_BABY + NOT_HIS_SLEEP_WITH_THE_BABY)
def test_a_disguised_plan_is_read_as_the_plain_one(text: str, seed: int) -> None:
    plain = night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True, others=OTHERS)
    disguised = disguise(text, random.Random(seed))
    assert night_care_to_the_sedated_partner(disguised, NAMES, man=True, sedated=True, others=OTHERS) == plain


def _issues(conclusion: str, sedation: str = "yes", medicine: str | None = None) -> set[tuple[str, str]]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_mother"]["sedation"] = sedation
    if medicine is not None:
        partner = next(m for m in data["medicines"] if m["id"] == "med-partner-quetiapine")
        partner["name"] = medicine
        partner.pop("code", None)
    return {(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


AMITRIPTYLINE = "Amitriptyline 25mg tablets"
"""A medicine whose class names no sedation: the record's own "yes" says he is sedated."""


def test_ma127_refuses_the_baby_on_his_side_where_his_own_item_says_he_is_sedated() -> None:
    text = (
        "His amitriptyline at 9 pm leaves him a heavy sleeper; the infant goes into the double bed on his side so "
        "mum can rest. The health visitor checks the sleeping place at each visit until 8 weeks."
    )
    assert ("MA127", "$.assessments[0].conclusion") in _issues(text, medicine=AMITRIPTYLINE)
    disguised = disguise(text, random.Random(2))
    assert ("MA127", "$.assessments[0].conclusion") in _issues(disguised, medicine=AMITRIPTYLINE)


def test_ma127_passes_the_crib_on_her_side_of_the_same_record() -> None:
    text = (
        "His amitriptyline at 9 pm leaves him a heavy sleeper, so he never shares the double bed, a sofa or chair "
        "with the infant; mum does the night feeds with the crib on her side. The health visitor checks the "
        "sleeping place at each visit until 8 weeks."
    )
    assert "MA127" not in {code for code, _ in _issues(text, medicine=AMITRIPTYLINE)}
