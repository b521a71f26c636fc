"""MA122: a role or a place of care that refuses the care act named as its object ("the neonatal unit declined the
request to observe the infant for abstinence", "the paediatric team refused to review the infant") holds that act
no longer: the clause is given to no one, and a concern it alone speaks of is unanswered. Her own refusal, an act
refused with what stands in its place, a refusal taken back in its sentence ("initially ... but has since agreed"),
one under a condition ("if the unit declines ..."), a refused act that is not a care act ("declined the request to
discharge early"), and a refusal that is negated stand. Each both ways, and disguised. Worded apart from the
red-team cases (tests/redteam/fresh122_cases.py, roles).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import METHADONE, conclusion_codes
from tests.gate.disguise import disguised

_METH = (
    "Methadone carries on at 60 mg daily. She keeps the infant in its own cot and is encouraged to breastfeed."
)

REFUSED = [
    _METH + " The neonatal unit declined the request to observe the infant for abstinence signs.",
    _METH + " The midwives have turned down the referral to score the infant for abstinence; nothing else is "
    "arranged.",
    _METH + " The paediatric team refused to review the infant for abstinence after birth.",
    "Methadone carries on at 60 mg daily; the labour ward has declined our request to watch the infant for "
    "abstinence over three days. She keeps the infant in its own cot and is encouraged to breastfeed.",
    # two holders joined, the act as a gerund
    _METH + " The labour ward and the neonatal unit have both declined observing the infant for abstinence signs.",
    _METH + " The midwives turned down scoring the infant for abstinence after birth.",
]
STANDING = [
    # another act refused, the care act held by a role
    _METH + " The neonatal unit declined the request to observe the infant on SCBU; the ward midwives score the "
    "infant for abstinence for three days instead.",
    _METH + " The ward declined the request to discharge her early, and the ward midwives score the infant for "
    "abstinence for three days.",
    # the reason, with the act held by another, in the same clause
    _METH + " The paediatric team declined to review the infant on the unit because the ward midwives score the "
    "infant for abstinence for three days.",
    # taken back in its sentence
    _METH + " The unit initially turned down the request to score the infant for abstinence but has since agreed "
    "to three days of scores.",
    # under a condition, with a fallback
    _METH + " The ward midwives score the infant for abstinence for three days; if the unit declines to observe "
    "the infant overnight, the midwife stays with them.",
    # her own refusal, the act held by a role
    _METH + " She turned down the offer to have the health visitor call daily; the ward midwives score the "
    "infant for abstinence for three days.",
    # a gerund of another act refused, the care act held by a role
    _METH + " The midwives and the unit have both declined visiting her at home; the ward midwives score the "
    "infant for abstinence for three days.",
    # a refusal negated
    _METH + " The ward midwives have never refused to score an infant for abstinence and do so here for three "
    "days.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_care_act_refused_by_its_holder_answers_no_concern(text: str) -> None:
    assert "MA122" in conclusion_codes(METHADONE, text)


@pytest.mark.parametrize("text", STANDING)
def test_her_refusal_another_act_a_condition_or_a_refusal_taken_back_stands(text: str) -> None:
    assert "MA122" not in conclusion_codes(METHADONE, text)


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(REFUSED + STANDING))
def test_refused_acts_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert ("MA122" in conclusion_codes(METHADONE, hidden)) == ("MA122" in conclusion_codes(METHADONE, text))
