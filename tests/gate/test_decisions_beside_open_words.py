"""Decisions stated beside the words that leave something open (MA103, MA119, MA127), read as decisions: a fixed
plan after "depending on ...; either way ...", an option chosen by its label ("Decision: (2).") deciding the
medicines its list was about, and a hope to stop some day beside recommendations that continue the medicine.
Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh81_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from tests.gate.disguise import disguised
from tests.gate.test_concerns import _contradicted, _sertraline_plan
from tests.gate.test_substance import TODAY, errors, with_conclusion

# "Depending on ..." whose alternatives end at a semicolon, the clause after it saying what holds whichever comes
# true ("either way", "in either case"): that clause is the decision.
DEPENDING_THEN_FIXED = [
    "Depending on her clinic slot she collects methadone at 8 or 9 am; either way the dose stays at 60 mg and the "
    "newborn is scored for withdrawal for 72 hours in a cot beside her.",
    "Depending on the ward's beds, she will be on the labour ward or the birth centre; in either case methadone "
    "continues at 60 mg and the newborn is scored for withdrawal for 72 hours.",
]
# The alternatives alone, or a second set of them in the same sentence: nothing decided.
DEPENDING_ONLY = [
    "Depending on the drug team's view, methadone will either stay as it is or come down slowly, and the newborn "
    "will either be scored on the ward or go home early.",
]


@pytest.mark.parametrize("text", DEPENDING_THEN_FIXED)
def test_what_holds_either_way_after_a_depending_clause_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("text", DEPENDING_ONLY)
def test_alternatives_after_depending_on_still_decide_nothing(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


# Options listed by label, one of them chosen by its label: the choice decides every medicine the options were for,
# the one the chosen option leaves unnamed ("(2) lower it after the birth") too.
OPTION_CHOSEN_BY_LABEL = [
    "Choices weighed: (a) keep methadone and sertraline as they are; (b) bring methadone down slowly. Opted for "
    "(a). The newborn is scored for withdrawal for 72 hours on the ward; no co-sleeping after her dose.",
    "Options: (1) lower sertraline now; (2) lower it after the birth, methadone unchanged. Decision: (2). The "
    "newborn is scored for withdrawal for 72 hours on the ward; no co-sleeping after her dose.",
]
# The same list with no label chosen: sertraline is named only among options.
OPTION_NOT_CHOSEN = [
    "Options: (1) lower sertraline now; (2) lower it after the birth. Methadone stays at 60 mg. The newborn is "
    "scored for withdrawal for 72 hours on the ward; no co-sleeping after her dose.",
]


def _overall_codes(text: str) -> set[str]:
    return {
        i.code
        for i in check(with_conclusion(text, where="overall"), today=TODAY)
        if i.severity == "error" and i.path == "$.overall_conclusion.text"
    }


@pytest.mark.parametrize("text", OPTION_CHOSEN_BY_LABEL)
def test_an_option_chosen_by_its_label_decides_what_the_options_were_for(text: str) -> None:
    assert _overall_codes(text) == set()


@pytest.mark.parametrize("text", OPTION_NOT_CHOSEN)
def test_a_medicine_named_only_among_options_not_chosen_is_refused(text: str) -> None:
    assert "MA119" in _overall_codes(text)


# A hope to stop some day is no stop now: beside recommendations that continue the medicine, it contradicts nothing.
HOPE_TO_STOP = "She hopes to come off sertraline in a year or two; for the present it carries on at 100 mg."
STOP_BESIDE_A_HOPE = "She hopes the newborn settles quickly; sertraline is discontinued today."


def test_a_hope_to_stop_some_day_does_not_contradict_continuing() -> None:
    assert _contradicted(_sertraline_plan(HOPE_TO_STOP)) == set()


def test_a_stop_today_beside_a_hope_about_something_else_still_contradicts() -> None:
    assert _contradicted(_sertraline_plan(STOP_BESIDE_A_HOPE)) == {("MA127", "$.assessments[1].recommendations")}


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(DEPENDING_THEN_FIXED + DEPENDING_ONLY))
def test_depending_clauses_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(OPTION_CHOSEN_BY_LABEL + OPTION_NOT_CHOSEN))
def test_options_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _overall_codes(hidden) - {"MA115"} == _overall_codes(text)


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from([HOPE_TO_STOP, STOP_BESIDE_A_HOPE]))
def test_hopes_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _contradicted(_sertraline_plan(hidden)) == _contradicted(_sertraline_plan(text))


# Inverted conditions that open a later clause of the sentence (after ", and" or ";"), or hold a wish ("should she
# wish to ..."), with only what would, could or might follow each: nothing decided.
CONDITIONS_ONLY = [
    "Should she wish to come off sertraline, her psychiatrist would urge caution, and were the newborn to feed "
    "poorly, a neonatal opinion could be sought.",
    "Were methadone to be lowered, she might use on top, and should the newborn be unsettled on day 2, the ward "
    "might score him.",
]
# The same conditions beside a plan, or "were" as a plain past after ", and": decided.
CONDITIONS_BESIDE_A_PLAN = [
    "Methadone stays at 60 mg, and should the newborn be unsettled on day 2, the ward will score him for 72 hours.",
    "Methadone and sertraline were reviewed today, and were both kept as they are, with the newborn scored for "
    "withdrawal for 72 hours on the ward.",
]


@pytest.mark.parametrize("text", CONDITIONS_ONLY)
def test_later_inverted_conditions_with_only_suppositions_decide_nothing(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", CONDITIONS_BESIDE_A_PLAN)
def test_a_later_inverted_condition_beside_a_plan_stands(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(CONDITIONS_ONLY + CONDITIONS_BESIDE_A_PLAN))
def test_later_inverted_conditions_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# A wish whose object is a clause, named before its verb ("would like sertraline to stay") or joined by "and that":
# the decision it hopes for is not made.
WISHES_ONLY = [
    "The midwives would like methadone to stay at 60 mg through the birth and hope the newborn will room in with "
    "her on the postnatal ward without withdrawal scoring.",
    "We hope methadone can stay at 60 mg through the birth and that the newborn will not need withdrawal scoring on "
    "the neonatal unit.",
]
# The same wishes beside a decision, after "and" or in another clause: decided.
WISHES_BESIDE_A_PLAN = [
    "The midwives would like her to breastfeed, and methadone stays at 60 mg; the newborn is scored for withdrawal "
    "for 72 hours on the ward.",
    "We hope she can breastfeed; sertraline continues at 50 mg and the newborn is watched for adaptation for 72 "
    "hours.",
]


@pytest.mark.parametrize("text", WISHES_ONLY)
def test_wishes_whose_object_is_a_clause_decide_nothing(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", WISHES_BESIDE_A_PLAN)
def test_a_wish_beside_a_plan_stands(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(WISHES_ONLY + WISHES_BESIDE_A_PLAN))
def test_wishes_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
