"""MA124: the baby named only as a time for the parent's own doings ("rest when the baby sleeps", "nap while the
baby naps") says nothing of what the medicine means for the baby ([baby] not_this_baby in mappings/concerns.toml).
The baby's care beside it still counts ("while the baby sleeps in the crib, he never dozes beside her"). Both ways,
and disguised. Worded apart from the red-team cases (tests/redteam/fresh100_cases.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_conclusion_of_another_class import PARTNER, SERTRALINE, _codes

ONLY_A_TIME = [
    (PARTNER, "Quetiapine 300 mg each evening for her husband carries on; he should nap whenever he can, ideally "
     "while the baby naps."),
    (PARTNER, "His quetiapine goes on at the same bedtime dose; both of them are to catch up on sleep whilst the "
     "baby is asleep."),
    (SERTRALINE, "Sertraline 100 mg goes on for her mood; she plans to rest when baby sleeps and to see her GP "
     "about her mood at six weeks."),
]
THE_BABYS_CARE = [
    (PARTNER, "Quetiapine 300 mg each evening for her husband carries on; while the baby sleeps in the crib beside "
     "the mother, he never dozes with her on the sofa."),
    (SERTRALINE, "Sertraline 100 mg goes on; she rests when the baby sleeps, and the midwife watches the newborn "
     "for jitteriness for 48 hours."),
]


@pytest.mark.parametrize(("where", "text"), ONLY_A_TIME)
def test_the_baby_only_as_a_time_says_nothing_of_the_baby(where: tuple[str, str], text: str) -> None:
    assert "MA124" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), THE_BABYS_CARE)
def test_the_babys_care_beside_the_time_still_speaks_of_the_baby(where: tuple[str, str], text: str) -> None:
    assert "MA124" not in _codes(where, text)


@settings(max_examples=15, deadline=None)
@given(st.data(), st.sampled_from(ONLY_A_TIME + THE_BABYS_CARE))
def test_a_disguised_time_is_judged_like_the_plain_one(data: st.DataObject, case: tuple[tuple[str, str], str]) -> None:
    where, text = case
    hidden = data.draw(disguised(text))
    assert ("MA124" in _codes(where, hidden)) == ("MA124" in _codes(where, text))
