"""MA017: a watch of the baby for withdrawal or its signs that a verb of starting puts at an age told as a clause
("starts watching for withdrawal when the baby is 4 weeks old", "begins scoring once the infant is five weeks old"),
weeks after the window, with no time of the first days, is read; a later act that is no watch, the mother's own
withdrawal watched, an age within the window and a watch of the first days beside it are not; disguised texts are
judged as the plain ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.written_times import times_impossible_watch
from tests.gate.disguise import disguised

STARTS_LATE = [
    "The midwife begins scoring for withdrawal once the infant is five weeks old.",
    "Checks for jitteriness and poor feeding start when the newborn is 6 weeks old.",
    "Our community nurse will start to look for abstinence signs when the baby is 3 months old.",
]
NOT_LATE = [
    "The health visitor weighs the baby when the baby is 4 weeks old.",
    "The drug worker starts watching for her withdrawal when the baby is 6 weeks old.",
    "Scoring for withdrawal starts at birth and the GP reviews again when the baby is 6 weeks old.",
    "The midwife starts watching for withdrawal when the baby is 2 weeks old.",
    "Her sister starts helping with the night feeds when the baby is 6 weeks old.",
]


@pytest.mark.parametrize("text", STARTS_LATE + NOT_LATE)
def test_a_watch_started_at_an_age_told_as_a_clause_is_read(text: str) -> None:
    assert times_impossible_watch(text) is (text in STARTS_LATE)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_disguised_starts_are_read_as_the_plain_ones(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(STARTS_LATE + NOT_LATE))
    assert times_impossible_watch(data.draw(disguised(plain))) is times_impossible_watch(plain)
