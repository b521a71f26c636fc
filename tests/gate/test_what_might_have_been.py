"""MA103: "may or may not" leaves the question open, and "conceivably" supposes as "possibly" does ([claim]
possible, possible_alone in mappings/hollow-phrases.toml). Both ways, and disguised. Worded apart from the red-team
case (tests/redteam/fresh68_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion
from tests.gate.test_what_a_conclusion_decides import refused_as_hollow

LEFT_OPEN = [
    "The newborn may or may not show methadone withdrawal on the ward, and the sertraline dose might or might not "
    "need changing after the birth.",
    "Methadone could conceivably be tapered, and the infant may or may not show sertraline jitteriness.",
]
OPEN_THEN_DECIDED = [
    "The newborn may or may not withdraw from methadone, so the ward scores him for 72 hours; sertraline "
    "continues at 50 mg.",
]


@pytest.mark.parametrize("text", LEFT_OPEN)
def test_what_might_have_been_a_licence_restated_or_a_question_left_open_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", OPEN_THEN_DECIDED)
def test_a_decision_beside_what_might_have_been_a_licence_or_an_open_question_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from([*LEFT_OPEN, *OPEN_THEN_DECIDED]),
)
def test_what_might_have_been_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
