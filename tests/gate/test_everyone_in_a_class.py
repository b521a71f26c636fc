"""What is said of everyone in a class ("every pregnant woman should ...", "all newborns are ...") says nothing of
this mother and baby (MA103). A class narrowed to this case before its verb, or a turn to this baby, stands, and
disguise does not change the verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import _conclusion_codes

FOR_EVERYONE = [
    "Methadone or no methadone, all pregnant women need vitamin D and a flu jab, and any newborn is weighed at the "
    "first visit.",
    "Methadone: every expectant mother must attend her scans and every infant gets a hearing test before discharge.",
]
FOR_THIS_CASE = [
    "All babies of mothers on methadone are observed for 72 hours on the ward, so this newborn will be, with "
    "withdrawal scoring every four hours.",
    "Every pregnant woman on methadone needs a named midwife: she has one, and the newborn is scored for withdrawal "
    "for 72 hours.",
    "Methadone continues at 60 mg; like every newborn, this newborn is weighed on day 5, and in addition is scored "
    "for withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", FOR_EVERYONE + FOR_THIS_CASE)
def test_what_is_said_of_everyone_in_a_class_says_nothing_of_this_case(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in FOR_EVERYONE)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(FOR_EVERYONE + FOR_THIS_CASE).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_what_is_said_of_everyone_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])
