"""Praise of the assessment is no conclusion about mother and baby (MA103): what a praised assessment does or will
be ("gives full weight to ...", "will be a model for ...") states nothing of what follows for them. Praise beside
a decision, or of the mother's engagement, leaves the decision to stand; disguise does not change the verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import _conclusion_codes

PRAISE_ONLY = [
    "Methadone: a meticulous and sensitive review that weighs the newborn's withdrawal and feeding with great care.",
    "Methadone: excellent, rigorous work on neonatal abstinence and safe sleeping which will serve as a model for "
    "the surgery.",
]
PRAISE_AND_DECISION = [
    "Methadone: a meticulous review that shows the dose must stay at 60 mg; the newborn needs withdrawal scoring on "
    "the ward for 72 hours and sleeps in a cot.",
    "Methadone: excellent work by the team; the dose continues at 60 mg and the newborn sleeps in a cot, never in "
    "her bed.",
    "The mother engaged superbly with the drug service, which means methadone continues at 60 mg and the newborn is "
    "watched for withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", PRAISE_ONLY + PRAISE_AND_DECISION)
def test_what_a_praised_assessment_does_states_nothing_of_mother_and_baby(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in PRAISE_ONLY)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PRAISE_ONLY + PRAISE_AND_DECISION).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_praise_of_the_assessment_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])
