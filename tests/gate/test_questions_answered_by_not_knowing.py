"""The feeding question answered by nothing but not knowing ("Breastfeeding? Unsure.", "Breastfeeding: not sure.")
takes back an assessment's own "compatible with breastfeeding" and leaves the mother with no advice (MA127,
concerns.py ``said_otherwise_in``; mappings/concerns.toml, the breastfeeding "compatible" [[contradiction]]). A
question and the clause answering it are read as a heading and its answer. An answer with its reason or plan, a
choice still hers to make ("undecided"), and "she is unsure" stand. Worded apart from the red-team corpora."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import Contradiction, concern_map
from tests.gate.conclusions import SERTRALINE, conclusion_codes
from tests.gate.disguise import disguise


def _compatible() -> Contradiction:
    return next(
        c
        for c in concern_map().contradictions
        if c.item == "impact_on_baby.breastfeeding" and c.answer == "compatible"
    )


NOT_KNOWN = [
    "Mood settled; keep the dose. Breast feeding? Not known.",
    "Keep the dose through the birth. Breastfeeding: uncertain.",
    "Keep the dose through the birth. Breastfeeding? Don't know.",
]
"""The feeding question answered only by not knowing."""

ANSWERED = [
    "Keep the dose through the birth. Breastfeeding? Unsure whether she will; the dose is compatible with it.",
    "Keep the dose through the birth. Breastfeeding? She is not sure yet, and the midwife will support either choice.",
    "Keep the dose through the birth. Breastfeeding? Undecided.",
    "Keep the dose through the birth. Drowsiness? Unsure.",  # another question
    "Keep the dose through the birth. Her first baby's breastfeeding? Not known.",  # another child's
]
"""Near misses: a reason or plan with the answer, her own choice still to make, or another question."""


@pytest.mark.parametrize("text", NOT_KNOWN)
def test_the_feeding_question_answered_only_by_not_knowing_says_otherwise(text: str) -> None:
    assert _compatible().said_otherwise_in(text)
    for seed in range(4):
        assert _compatible().said_otherwise_in(disguise(text, random.Random(seed)))


@pytest.mark.parametrize("text", ANSWERED)
def test_an_answer_with_its_reason_a_choice_or_another_question_does_not(text: str) -> None:
    assert not _compatible().said_otherwise_in(text)
    for seed in range(4):
        assert not _compatible().said_otherwise_in(disguise(text, random.Random(seed)))


_PLAN = (
    "Sertraline 100 mg daily goes on, as her mood would relapse without it. The ward midwives look for jitteriness "
    "and fast breathing in the first two days. "
)


def test_in_a_record_whose_item_says_compatible_it_is_refused_and_the_near_miss_stands() -> None:
    assert "MA127" in conclusion_codes(SERTRALINE, _PLAN + "Breastfeeding? Not sure.")
    assert "MA127" in conclusion_codes(SERTRALINE, disguise(_PLAN + "Breastfeeding? Not sure.", random.Random(1)))
    assert "MA127" not in conclusion_codes(
        SERTRALINE, _PLAN + "Breastfeeding? Not sure yet, so the midwife talks it through with her at 36 weeks."
    )
