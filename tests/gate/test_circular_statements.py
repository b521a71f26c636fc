"""A conclusion that says things are what they are states nothing (MA103): the predicate names again its subject's
noun or verb ("the feeding plan is the plan", "scoring will be done as scoring is done", "it will be what it is").
The same words with something said beside or after them stand, and disguise does not change the verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import _conclusion_codes

CIRCULAR = [
    "Methadone: the newborn's scoring will be done as scoring is done, and feeding happens where feeding happens.",
    "Methadone is what it is; the newborn's cot is the cot, and the feeding rules are the usual rules.",
    "Methadone will act as methadone acts, and the newborn's course after delivery will be whatever it proves to be.",
    "Methadone's harm to the newborn is the harm that methadone poses, and the delivery will be as calm as it is.",
    "Methadone and its dose are settled as settled: the newborn's withdrawal stays the withdrawal.",
    "Methadone continues to be a medicine, the newborn continues to be a newborn, and feeding and sleep continue to "
    "be considerations.",
    "The feeding plan for methadone and the newborn is as planned.",
]
NOT_CIRCULAR = [
    "Methadone: the newborn is managed on the ward as per the NAS protocol with Finnegan scoring 4-hourly, and sleeps "
    "where her mother sleeps, in a cot beside the bed.",
    "Methadone continues as it is, since relapse would harm her more; the newborn is scored for three days.",
    "Methadone's main harm to the newborn is the harm of withdrawal from day 2, so scoring runs on the ward.",
    "Methadone: the safest place for the newborn is the cot; feeding is what matters most, so she breastfeeds.",
    "Methadone is managed as before: 60 mg daily; the newborn's cot stays the cot beside her bed, never her bed.",
]


@pytest.mark.parametrize("text", CIRCULAR + NOT_CIRCULAR)
def test_a_thing_said_to_be_itself_states_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in CIRCULAR)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(CIRCULAR + NOT_CIRCULAR).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_thing_said_to_be_itself_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])
