"""MA122: a hands-on act and a second act of the same subject joined to it by "and", the one contact named after
both a phone or video contact ([holders] hands_on_joined_not in mappings/concerns.toml): the hands-on act is given no
other place, so it is set at the call, as the single act is. "And" opening a new subject, a time or a place, a
second act that is talk (which a call carries), and a place named for the first act before "and" stand. Each both
ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh144_cases.py)."""

from __future__ import annotations

import random

import pytest

from medassess.gate.holders import remote_hands_on
from medassess.gate.text import normalise
from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

JOINED = [
    "The community nurse measures the infant and looks over the moses basket during the video contact on day 9.",
    "The midwife will examine the newborn and review the feeding chart by phone on Friday.",
    "The visitor weighs the infant and also goes through the sleeping space over the phone next week.",
]
APART = [
    # a new subject after "and"
    "The community nurse measures the infant and the GP goes through the plan during the video contact.",
    # a time for the second act, or a turn to a later one
    "The midwife will examine the newborn and then review the feeding chart by phone on Friday.",
    "The midwife will examine the newborn and on day 9 reviews the feeding chart by phone.",
    # a place for the first act before "and"
    "The visitor weighs the infant at the surgery and goes through the sleeping space over the phone.",
    # the second act is talk, which a call carries
    "The visitor weighs the infant and asks about the nights over the phone next week.",
    # a mark between them
    "The visitor weighs the infant, and goes through the sleeping space over the phone.",
]
_PLAN = (
    "Diazepam and pregabalin continue for now; together they leave her heavily sedated, so she never shares a bed, "
    "sofa or armchair with the infant, and her foster carer does every feed overnight. The health visitor watches "
    "for late withdrawal to day 8."
)


@pytest.mark.parametrize("text", JOINED)
def test_a_hands_on_act_joined_to_another_at_a_call_is_set_at_the_call(text: str) -> None:
    assert remote_hands_on(normalise(text))


@pytest.mark.parametrize("text", APART)
def test_another_subject_time_place_or_talk_leaves_the_act_elsewhere(text: str) -> None:
    assert not remote_hands_on(normalise(text))


def test_the_gate_refuses_the_joined_acts_at_a_call() -> None:
    assert "MA122" in _codes(SEDATIVES, _PLAN + " " + JOINED[0])


def test_the_gate_passes_the_act_at_a_place_of_its_own() -> None:
    assert "MA122" not in _codes(SEDATIVES, _PLAN + " " + APART[2])


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", JOINED + APART)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = remote_hands_on(normalise(text))
    assert remote_hands_on(normalise(disguise(text, random.Random(seed)))) == plain
