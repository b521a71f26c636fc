"""Four readings found by the eighty-seventh fresh corpus, each both ways and disguised, worded apart from its cases:

* MA117: a reason for an unrecognised medicine that only points to a person ("Ask the midwife.") or reports
  someone's verdict ("GP said fine.") gives no reason ([report] words in mappings/hollow-phrases.toml); a reason
  someone gave stands ("the pharmacist confirmed it holds no active medicine").
* MA103: a decision handed to someone's discretion in the possessive ("at the paediatrician's discretion") is
  handed over as "at the discretion of" is ([deferral] phrases); a decision beside it stands.
* MA124: what babies do in general ("a third of exposed infants need treatment", "infants exposed in utero ...")
  is no statement about this baby ([general] population_marks, population_after, a rate of a population); the
  same fact followed by what it means for this baby stands.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_medicine_rules import issues, with_medicine
from tests.gate.test_substance import errors, with_conclusion

# ------------------------------------------------------------------------------------------------------------
# MA117: a pointer to a person, or someone's verdict reported, is no reason.

NO_REASON = [
    "Ask the midwife.",
    "Consult the practice pharmacist.",
    "Contact the practice pharmacist.",
    "Pharmacy says okay.",
    "The GP said fine.",
    "Cleared by the pharmacist.",
    "Consultant says no problem.",
]
A_REASON = [
    "The pharmacist confirmed it holds no active medicine, only plant oils applied to the skin.",
    "Asked the pharmacist: a saline nasal spray with no medicine absorbed.",
    "Emollient for dry skin; the pharmacist says nothing in it is absorbed.",
]


@pytest.mark.parametrize("reason", NO_REASON)
def test_a_person_pointed_to_or_a_verdict_reported_is_no_reason(reason: str) -> None:
    assert issues(with_medicine(name="Dermol bath additive", not_of_concern_reason=reason), "MA117")


@pytest.mark.parametrize("reason", A_REASON)
def test_a_reason_someone_gave_stands(reason: str) -> None:
    assert not issues(with_medicine(name="Dermol bath additive", not_of_concern_reason=reason), "MA117")


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(NO_REASON + A_REASON))
def test_a_disguised_reason_is_judged_like_the_plain_text(data: st.DataObject, reason: str) -> None:
    hidden = data.draw(disguised(reason))
    plain = bool(issues(with_medicine(name="Dermol bath additive", not_of_concern_reason=reason), "MA117"))
    assert bool(issues(with_medicine(name="Dermol bath additive", not_of_concern_reason=hidden), "MA117")) == plain


# ------------------------------------------------------------------------------------------------------------
# MA103: someone's discretion in the possessive hands the decision over; MA124: babies in general are not this baby.

HANDED_OVER_OR_GENERAL = [
    "Methadone and sertraline continue; the newborn's observation is at the paediatrician's discretion.",
    "Methadone and sertraline continue, and the baby's feeding is at the ward's discretion on the day.",
    "Methadone and sertraline continue. Around 60% of exposed infants show withdrawal signs.",
    "Methadone and sertraline continue. Infants exposed in utero often need treatment for withdrawal.",
    "Methadone and sertraline continue. Newborns of mothers on opioids develop withdrawal within days.",
]
DECIDED = [
    "Methadone and sertraline continue; the baby has 72 hours of withdrawal scoring on the postnatal ward, and "
    "the choice of side room is at the ward sister's discretion.",
    "Methadone and sertraline continue. Around 60% of exposed infants show withdrawal signs, so this baby is "
    "scored on the postnatal ward for 72 hours.",
    "Methadone and sertraline continue. Infants exposed in utero often need treatment, so the baby stays on the "
    "ward for 5 days of scoring.",
]


@pytest.mark.parametrize("text", HANDED_OVER_OR_GENERAL)
def test_a_possessive_discretion_or_babies_in_general_decide_nothing_for_this_baby(text: str) -> None:
    assert errors(with_conclusion(text)) & {"MA103", "MA124"}


@pytest.mark.parametrize("text", DECIDED)
def test_the_same_beside_a_decision_for_this_baby_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(HANDED_OVER_OR_GENERAL + DECIDED))
def test_a_disguised_conclusion_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    plain = bool(errors(with_conclusion(text)) & {"MA103", "MA124"})
    assert bool(errors(with_conclusion(hidden)) & {"MA103", "MA124"}) == plain
