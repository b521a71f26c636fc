"""MA103: an earlier pregnancy's plan given as now, with no plan of its own for this pregnancy, decides nothing
("Same again.", a plan copied from, or as for, her previous pregnancy or child and re-dated or carried forward);
the plan restated for now, or a history the plan is drawn from, stands. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh104_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.earlier_plan import copies_an_earlier_plan
from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

COPIED = [
    "In her 2021 pregnancy methadone was cut to 40 mg, sertraline was paused and the newborn went to SCBU for "
    "five days of scoring; she formula fed. Same again.",
    "Carried over from her previous pregnancy's assessment: methadone 50 mg, sertraline 50 mg, ward scoring, "
    "formula feeding.",
    "Plan as per her first baby (2020): methadone, sertraline, NAS scoring on the ward, bottle feeding. Redated.",
    "Rolled forward from the plan for her earlier pregnancy: methadone, sertraline, scoring, cot checked.",
    # the copy given as the plan itself ("the plan is as in ..."): its copula is the copy's, not a plan for now
    "Methadone and sertraline: our plan will be exactly as in her last pregnancy, when the scoring on the ward "
    "and the drug team's follow-up went smoothly.",
    "Her plans remain the same as with her older child: same withdrawal scoring, same drug worker, same bottle "
    "feeding.",
    "Methadone and sertraline as we did for her first baby in 2019, with the ward scoring and formula feeding.",
    # an earlier baby's own arrangements told, with no plan for this baby
    "Methadone and sertraline: with her older son in 2021 the ward scored him for four days and she bottle fed; "
    "the same plan was followed then.",
    "During her first pregnancy the drug team supervised her methadone and the newborn had a SCBU stay. It all "
    "went smoothly at the time.",
    # the dose carried on, and only the earlier baby's care told after it
    "Sertraline 50 mg and methadone 60 mg daily remain unchanged. During her last pregnancy the newborn had four "
    "days of ward scoring, was bottle fed and slept in a crib by her bed.",
]
FOR_NOW = [
    "Same as last time: methadone continues at 60 mg and sertraline at 50 mg; the newborn is scored for "
    "withdrawal for 72 hours on the ward and she breastfeeds with support.",
    "Her previous baby went to SCBU for NAS in 2021; this time methadone 60 mg and sertraline 50 mg continue, the "
    "ward scores the newborn for 72 hours and she breastfeeds.",
    "Plan copied from her earlier pregnancy and checked with her today: methadone 60 mg and sertraline 50 mg "
    "continue; the newborn stays on the ward for 72 hours of withdrawal scoring.",
    # the earlier pregnancy beside a plan stated for now
    "As in her previous pregnancy, methadone 60 mg and sertraline 50 mg continue; the newborn is scored for "
    "withdrawal for 72 hours on the ward and she breastfeeds with the midwife's support.",
    # an earlier baby's arrangements beside a plan for this one
    "With her older son in 2021 the ward scoring went well, so the newborn will again be scored for 72 hours and "
    "she will bottle feed; methadone and sertraline are unchanged.",
    # the dose carried on and the earlier baby's care told, then the same plan stated for this one
    "Sertraline 50 mg and methadone 60 mg daily remain unchanged. During her last pregnancy the newborn had four "
    "days of ward scoring, and this newborn will have the same: the ward scores for 72 hours and she bottle feeds.",
    "The plan is as for her last baby in one respect only: the newborn will stay 72 hours on the ward for "
    "withdrawal scoring; methadone 60 mg and sertraline 50 mg continue and she breastfeeds.",
]


@pytest.mark.parametrize("text", COPIED)
def test_an_earlier_plan_given_as_now_is_refused(text: str) -> None:
    assert copies_an_earlier_plan(text)
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", FOR_NOW)
def test_a_plan_restated_or_drawn_from_history_stands(text: str) -> None:
    assert not copies_an_earlier_plan(text)
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(COPIED + FOR_NOW))
def test_a_disguised_earlier_plan_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert copies_an_earlier_plan(data.draw(disguised(text))) == copies_an_earlier_plan(text)
