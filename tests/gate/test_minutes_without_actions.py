"""MA103: meeting minutes that decide nothing. An action list left empty ("Actions: none.", "No actions today.")
says nothing will be done; a list under a heading of talk alone ("Topics discussed:") names what was talked of,
its items deciding nothing unless they hold a decision; a medicine with its dose as a label, a brand in brackets
beside it, or as a sentence of its own ("Methadone 60 mg od at 30/40.") says what she takes, not what follows.
Real plans beside an empty action list, or under a heading of talk, stand. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh114_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

DECIDE_NOTHING = [
    "Team meeting 4 March. Topics discussed: methadone 60 mg od, withdrawal risk, safe sleeping, feeding. "
    "Everyone agrees the risks are as described. Actions: none.",
    "Ward huddle. Methadone: sedation, late withdrawal, sleeping arrangements. Items deferred to the next MDT for "
    "discussion. No actions today.",
    "Methadone (Physeptone) 60 mg: withdrawal risk discussed; feeding discussed; safe sleep discussed. Notes "
    "accepted.",
    "Joint review: methadone 60 mg od at 30/40. Baby obs - who? Cot check - who? Chair to confirm names.",
    "Discussion points: methadone 60 ml daily, the baby's withdrawal, bed sharing. Action points - nil at present.",
    "Case review 3/3 regarding her methadone 60 mg daily. Withdrawal and sleep looked at. Actions required: none "
    "at present. Revisit if things change.",
]
DECIDE = [
    "Discussed: methadone 60 mg continues. Actions: the midwife scores the baby every 4 hours for 72 hours; the "
    "health visitor checks the cot on day 10.",
    "Methadone 60 mg continues; the baby is scored for 72 hours on the postnatal ward and she must not co-sleep. "
    "No further actions needed beyond the plan above.",
    "Actions: nil new - the plan agreed on 3 March stands: the ward scores the baby for 72 hours and the health "
    "visitor sees the cot before discharge.",
    "Topics discussed: she stays on methadone 60 mg; the ward scores the baby for 72 hours; no co-sleeping after "
    "her dose.",
    "Methadone (Physeptone) 60 mg: continues unchanged; the baby is scored on the ward for 72 hours.",
    "Case review 3/3 regarding her methadone 60 mg daily, which sedates her: the ward scores the baby for 72 hours "
    "and she never shares a bed with the baby after her dose.",
]


@pytest.mark.parametrize("text", DECIDE_NOTHING)
def test_minutes_that_decide_nothing_are_hollow(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", DECIDE)
def test_minutes_with_a_plan_stand(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(DECIDE_NOTHING + DECIDE))
def test_disguised_minutes_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert ("MA103" in errors(with_conclusion(data.draw(disguised(text))))) is (text in DECIDE_NOTHING)
