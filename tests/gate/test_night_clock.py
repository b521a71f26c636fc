"""Night care told by the clock, and the baby's sleep on the sedated parent's side of the bed (rule MA127).

A feed given a clock time in the small hours ("the 3 am feed", "the 0300 bottle", "the feeds at 01:30", "the four
o'clock feed") is the baby's night care as much as "the night feeds" is; the baby put to sleep on the sedated
parent's side of the bed gives that parent its wakings. Near misses pass: a feed in the evening before the dose, the
side of the bed that is the other parent's, a negated or bounded clause, the partner whose own record says he is not
sedated. A disguise changes no verdict. Worded apart from any corpus."""

from __future__ import annotations

import random

import pytest

from medassess.gate.night_care import night_care_to_the_sedated, night_care_to_the_sedated_partner
from tests.gate.disguise import disguise

NAMES = frozenset({"marcus", "hale"})

BY_THE_CLOCK = [
    "Marcus takes the 3 am feed so that she can rest.",
    "So that mum sleeps, he will cover the 1am and 4am bottles this week.",
    "Marcus does the 0300 feed; the midwife reviews feeding on day 5.",
    "Dad will do the feeds at 01:30 and 04:30 while she recovers.",
    "He takes the four o'clock feed and mum the rest.",
    "Marcus will do the midnight feed every day this week.",
    "The partner does the 2.30 am bottle with expressed milk.",
    "Mum is worn out, so the baby sleeps in the moses basket on his side of the bed.",
]
NOT_BY_THE_CLOCK = [
    "Marcus gives the 7 pm feed before his dose and mum does all feeds after that.",
    "He does the 7 am feed once he is awake; mum covers the night.",
    "The baby sleeps in the crib on her side of the bed.",
    "He does not do the 3 am feed; mum does it with the crib by her bed.",
    "Marcus will take the 6 pm bottle, then his 10 pm dose, and the 2 am feed is mum's.",
    "The health visitor visits at 2 pm on day 10.",
    "Mum does the 2 am and 5 am feeds, and the baby's crib is on her side of the bed.",
]


@pytest.mark.parametrize("text", BY_THE_CLOCK)
def test_night_care_by_the_clock_given_to_the_sedated_partner_is_read(text: str) -> None:
    assert night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True)


@pytest.mark.parametrize("text", NOT_BY_THE_CLOCK)
def test_day_and_evening_times_and_her_side_are_not_read(text: str) -> None:
    assert not night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True)


@pytest.mark.parametrize("text", BY_THE_CLOCK)
def test_the_partner_whose_record_says_he_is_not_sedated_is_not_read(text: str) -> None:
    assert not night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=False)


def test_the_same_sentence_saying_he_is_sedated_reads_the_clock_too() -> None:
    assert night_care_to_the_sedated("His olanzapine makes him groggy, so he does the 2 am feed.")
    assert not night_care_to_the_sedated("His olanzapine makes him groggy, so he does the 8 pm feed.")
    assert not night_care_to_the_sedated("His olanzapine makes him groggy, so she does the 2 am feed.")


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", BY_THE_CLOCK + NOT_BY_THE_CLOCK)
def test_a_disguised_clock_plan_is_read_as_the_plain_one(text: str, seed: int) -> None:
    plain = night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True)
    disguised = disguise(text, random.Random(seed))
    assert night_care_to_the_sedated_partner(disguised, NAMES, man=True, sedated=True) == plain
