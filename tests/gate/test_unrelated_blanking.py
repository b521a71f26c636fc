"""MA122 (given to no one): a plan is given to no one only where blanking what no one holds takes it from the text.
Blanking an unrelated sentence (a prescriber who has since retired, told as history) leaves a plan in item words
beside another concern's clause ("the small risks to the baby, which the midwife will watch for") as it was; a
plan held by someone who has gone is still refused. Worded apart from the red-team corpora."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import given_to_no_one
from tests.gate.disguise import disguise
from tests.test_rules import COMPLETE, TODAY

CITALOPRAM = COMPLETE.parent / "antenatal-citalopram-template-1.0.0.json"
RAISED = frozenset({"neonatal-withdrawal", "breastfeeding", "relapse-if-stopped"})
OPENING = (
    "Citalopram carries on, since coming off it risks her depression returning more than the slight risks to the "
    "infant, which the community midwife will look out for after delivery. She may breastfeed."
)
HISTORY = [
    OPENING + " Dr Aziz, since retired, started it in 2021.",
    OPENING + " It was first started by a locum who has since left the surgery.",
]
GONE = [
    "Citalopram carries on, since coming off it risks her depression returning. Dr Aziz, who has retired, will "
    "look out for adaptation signs in the infant after delivery. She may breastfeed.",
]


def _issues(text: str) -> list[str]:
    data: dict[str, Any] = json.loads(CITALOPRAM.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = text
    return [i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"]


@pytest.mark.parametrize("text", HISTORY)
def test_a_sentence_of_history_blanked_takes_no_plan_beside_another_concern(text: str) -> None:
    assert given_to_no_one(text, RAISED) == ()
    assert "MA122" not in _issues(text)


@pytest.mark.parametrize("text", GONE)
def test_a_plan_held_by_someone_gone_is_still_given_to_no_one(text: str) -> None:
    assert given_to_no_one(text, RAISED) == ("neonatal-withdrawal",)
    assert "MA122" in _issues(text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", HISTORY + GONE)
def test_a_disguised_text_is_judged_like_the_plain(text: str, seed: int) -> None:
    assert given_to_no_one(disguise(text, random.Random(seed)), RAISED) == given_to_no_one(text, RAISED)
