"""MA103 and MA125: views of others reported and never adopted, hedged negatives, the future perfect of assumption
and relevance claimed for this case after facts in general decide nothing; the same words adopted, decided or
drawn on stand. Each both ways, and disguised. Worded apart from the red-team cases
(tests/redteam/fresh94_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.gate.test_substance import TODAY, complete, errors, with_conclusion

# Another service's or professional's view, with an opinion verb, never adopted by the author.
OPINIONS_ONLY = [
    "The keyworker thinks methadone at 60 mg is about right and that the newborn will likely need scoring; the "
    "health visitor believes bed sharing should be avoided.",
    "Obstetrics is of the opinion that methadone stays as it is; the midwives feel the newborn may need a few "
    "days on the ward.",
    "The neonatologist's view is that the newborn should be scored for withdrawal for 72 hours, and the pharmacist "
    "suggests methadone remains at 60 mg.",
    # A holder whose words are set aside as a report word leaves its "'s" behind ("the health visitor's view is"):
    # still a holder (a hundred-and-first fresh corpus).
    "The community midwife's view is that the newborn needs scoring on the ward; the health visitor's opinion is "
    "that a separate cot is wise; the keyworker thinks 60 mg is right.",
    # A preference, a proposal or what one would do, in the present or the conditional, listed with none adopted
    # (a hundred-and-fifth fresh corpus).
    "Methadone: the keyworker favours continuing 60 mg; the obstetric registrar would switch to a split dose; the "
    "pharmacist suggests a slower reduction. Opinions on the newborn's scoring vary.",
    "Neurology prefers keeping methadone at 60 mg and the midwife would change the newborn to bottles; the "
    "keyworker proposes stopping the top-up.",
]
# The same views adopted, acted on, or beside the author's own decision: decided.
OPINIONS_ADOPTED = [
    "The keyworker thinks methadone at 60 mg is about right; I agree, so it stays at 60 mg and the newborn is "
    "scored for withdrawal for 72 hours on the ward.",
    "Obstetrics is of the opinion that methadone stays as it is. We concur: 60 mg daily continues, and the newborn "
    "is scored for withdrawal for 72 hours.",
    "Following the keyworker's advice methadone remains at 60 mg; the newborn is scored for withdrawal for 72 "
    "hours on the postnatal ward.",
    "The health visitor's view is that a separate cot is wise, and we agree: the newborn sleeps in its own cot and "
    "is scored for withdrawal for 72 hours on the ward; methadone stays at 60 mg.",
    "The pharmacist reports she is settled on methadone, but the newborn is scored for withdrawal for 72 hours on "
    "the ward and she never shares a bed with the baby after her dose.",
    # A preference or a proposal adopted.
    "The keyworker favours continuing methadone at 60 mg, and we agree: it stays at 60 mg and the newborn is scored "
    "for withdrawal for 72 hours on the ward.",
    "The obstetric registrar would prefer a split dose; the pharmacist proposes a slower reduction, and we agree: "
    "methadone drops to 50 mg from Monday and the newborn is scored for 72 hours on the ward.",
]

# Hedged negatives: "may not need to", "not necessarily", "not always" leave everything open.
HEDGED_NEGATIVES = [
    "Methadone might not have to go up. The newborn will not necessarily withdraw, and bed sharing may not always "
    "be unsafe.",
    "The newborn may not need scoring on the ward, and the dose may not be required to change.",
    # Under a label of the medicine and its dose and times only ("Methadone 60 mg daily:"), which names
    # what she takes, not what follows (a hundred-and-first fresh corpus).
    "Methadone 60 mg daily: newborns do not always withdraw, she might not have to cut down, and a "
    "relapse is not necessarily near.",
]
# Plain negatives decide.
PLAIN_NEGATIVES = [
    "Methadone does not need to change: 60 mg daily continues. The newborn will not need morphine unless two "
    "scores in a row exceed 8.",
    "The newborn must not leave the ward before 72 hours of withdrawal scoring; she must not share a bed after "
    "her dose.",
    "Methadone 60 mg daily: newborns do not always withdraw, but this one is scored on the ward for 72 "
    "hours.",
]

# The future perfect of assumption: what will have been done, presumed, with nothing of what it is (read as the past
# account it presumes: "has been arranged").
PRESUMED = [
    "Before delivery methadone will have been reviewed at the planning meeting and the newborn's scoring will "
    "have been arranged, as usual.",
    "The newborn will, presumably, have been scored for withdrawal in hospital, and the carer will surely have "
    "been advised about bed sharing by then.",
    # An active future perfect: an outcome reached by some time that no one is planned to bring about, and a
    # prediction drawn from it (found passing by the ninety-seventh fresh corpus).
    "Before she goes home the mother will have reduced her methadone to 40 mg, so the newborn's withdrawal will "
    "be mild.",
]
# A dated plan in the future perfect that says what it holds: decided.
PRESUMED_WITH_CONTENT = [
    "By 34 weeks the birth plan will have been drawn up by the specialist midwife, giving 72 hours of "
    "withdrawal scoring on the postnatal ward; methadone continues at 60 mg.",
    # An active future perfect beside a plan: the plan decides.
    "By the birth she will have finished the reduction to 40 mg of methadone; the newborn is scored for withdrawal "
    "on the postnatal ward for 72 hours, so any signs will be caught early.",
]

# Facts in general with relevance to this case tacked on.
RELEVANCE_TAIL = [
    "Methadone: synthetic opioid, long half-life, licensed for opioid dependence; it crosses the placenta and is "
    "found in breast milk in small amounts - all relevant to this pregnancy.",
    "Methadone: synthetic opioid with a long half-life; it crosses the placenta and enters breast milk - relevant "
    "here.",
]
RELEVANCE_DRAWN = [
    "Methadone passes to the fetus and has a long half-life, so in this pregnancy it stays at 60 mg and the "
    "newborn is scored for withdrawal for 72 hours on the ward.",
]


@pytest.mark.parametrize("text", OPINIONS_ONLY + HEDGED_NEGATIVES + PRESUMED + RELEVANCE_TAIL)
def test_views_hedges_presumptions_and_relevance_tails_decide_nothing(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", OPINIONS_ADOPTED + PLAIN_NEGATIVES + PRESUMED_WITH_CONTENT + RELEVANCE_DRAWN)
def test_views_adopted_plain_negatives_dated_plans_and_drawn_facts_stand(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


def _withdrawal_plan_codes(text: str) -> set[str]:
    data = complete()
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


@pytest.mark.parametrize(
    ("text", "hollow"),
    [
        ("The newborn may not need scoring, and may or may not need to stay on the ward.", True),
        ("Not necessarily any scoring; might need a review.", True),
        ("The newborn may not need morphine; scored 4-hourly for 72 hours on the postnatal ward.", False),
        ("The newborn does not need the neonatal unit: scored 4-hourly for 72 hours on the postnatal ward.", False),
    ],
)
def test_an_item_answer_of_hedges_only_answers_nothing(text: str, hollow: bool) -> None:
    assert ("MA125" in _withdrawal_plan_codes(text)) is hollow


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from(
        OPINIONS_ONLY + OPINIONS_ADOPTED + HEDGED_NEGATIVES + PLAIN_NEGATIVES + PRESUMED + PRESUMED_WITH_CONTENT
    ),
)
def test_in_disguise_they_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
