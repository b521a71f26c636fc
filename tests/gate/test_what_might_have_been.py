"""MA103: what might have been, what a licence says and what may or may not happen decide nothing. A modal with a
perfect ("would have been tapered", "should have been reviewed") or a past condition opening its clause ("had the
drug service been told") states what might have been ([claim] counterfactuals); a verdict said of a population
or under a licence's condition ("not recommended in breastfeeding mothers", "contraindicated ... unless the
conditions of the programme are met") is a licence restated, said of no one ([general] licence_verdicts); "may
or may not" leaves the question open ([claim] possible). Each both ways, and disguised. Worded apart from the
red-team cases (tests/redteam/fresh68_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion
from tests.gate.test_what_a_conclusion_decides import refused_as_hollow

MIGHT_HAVE_BEEN = [
    "Had the drug service been told in time, methadone would have been tapered and the newborn would have been "
    "scored for withdrawal on the ward.",
    "Methadone and sertraline would ideally have been reviewed together, and the infant might have had "
    "withdrawal scoring on the postnatal ward.",
    "Sertraline could have been stopped in the first trimester; methadone ought to have been lowered before "
    "the birth.",
]
DECIDED_NOW = [
    # the counterfactual set aside, the decision beside it stands
    "Methadone would have been tapered had there been time; instead 60 mg continues. The newborn is scored for "
    "withdrawal on the ward for 72 hours and sertraline is unchanged.",
    "Sertraline should have been reviewed sooner, but it now continues at 50 mg; methadone stays at 60 mg and the "
    "baby is observed for withdrawal for 72 hours.",
    # "should have" with what is to be had is an instruction, no perfect
    "The baby should have withdrawal scoring for 72 hours on the ward; methadone and sertraline continue "
    "unchanged.",
]
LICENCE_RESTATED = [
    "Methadone is not recommended in breastfeeding mothers unless the benefit outweighs the risk, and sertraline "
    "is licensed for depression in adults (SmPC section 4.6).",
    "Sertraline is contraindicated in pregnancy unless the expected benefit justifies the potential risk; "
    "methadone is licensed for opioid dependence.",
    # a prohibition in the licence's words, of a population or under its condition (found by fresh72)
    "Sertraline must not be used in women who may become pregnant unless the benefit outweighs the risk, and "
    "methadone is licensed for opioid dependence.",
    "Methadone should not be given to pregnant women unless no safer option exists; sertraline is licensed for "
    "depression in adults.",
]
LICENCE_APPLIED = [
    "Methadone is not recommended in breastfeeding mothers unless the benefit outweighs the risk; for her it "
    "does, so she breastfeeds while methadone continues at 60 mg, sertraline continues unchanged and the baby is "
    "watched for drowsiness.",
    "Sertraline is recommended for her in this pregnancy and continues at 50 mg; methadone is contraindicated "
    "with alcohol, so she does not drink, and the baby is observed for withdrawal for 72 hours.",
    "Methadone must not be used with alcohol, so she does not drink; sertraline continues at 50 mg and the baby "
    "is observed for withdrawal for 72 hours.",
    "Sertraline is contraindicated with pimozide unless no suitable alternative exists; she takes no pimozide, so "
    "sertraline continues at 50 mg and methadone at 60 mg, and the baby is scored for 72 hours.",
]
LEFT_OPEN = [
    "The newborn may or may not show methadone withdrawal on the ward, and the sertraline dose might or might not "
    "need changing after the birth.",
    "Methadone could conceivably be tapered, and the infant may or may not show sertraline jitteriness.",
]
OPEN_THEN_DECIDED = [
    "The newborn may or may not withdraw from methadone, so the ward scores him for 72 hours; sertraline "
    "continues at 50 mg.",
]


@pytest.mark.parametrize("text", MIGHT_HAVE_BEEN + LICENCE_RESTATED + LEFT_OPEN)
def test_what_might_have_been_a_licence_restated_or_a_question_left_open_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED_NOW + LICENCE_APPLIED + OPEN_THEN_DECIDED)
def test_a_decision_beside_what_might_have_been_a_licence_or_an_open_question_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from(
        [*MIGHT_HAVE_BEEN, *DECIDED_NOW, *LICENCE_RESTATED, *LICENCE_APPLIED, *LEFT_OPEN, *OPEN_THEN_DECIDED]
    ),
)
def test_what_might_have_been_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# The future subjunctive inverted ("were X to ...", "should X prove ...") opens a clause of what might be, as the
# past condition does; the clause is set aside and every other clause is read. Found passing by the
# seventy-fourth fresh corpus; worded apart from its cases.
WHAT_MIGHT_BE = [
    "Were methadone to be kept up, the newborn might show jitteriness, and feeding could be harder, should "
    "poor tone become a worry.",
    "Were it to be reduced, methadone withdrawal in the infant might perhaps be milder; should drowsiness "
    "occur, bed-sharing could be risky.",
]
DECIDED_BESIDE_WHAT_MIGHT_BE = [
    "Methadone 60 mg carries on. Should poor tone become a worry, the neonatal registrar reviews the newborn "
    "before discharge.",
    "Methadone continues at 60 mg; were it ever to be reduced, the drug service would lead it. The infant is "
    "scored for withdrawal for 72 hours and never shares a bed.",
]


@pytest.mark.parametrize("text", WHAT_MIGHT_BE)
def test_an_inverted_condition_of_what_might_be_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED_BESIDE_WHAT_MIGHT_BE)
def test_a_decision_beside_an_inverted_condition_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(WHAT_MIGHT_BE + DECIDED_BESIDE_WHAT_MIGHT_BE))
def test_an_inverted_condition_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
