"""MA103, MA104, MA124: a question no answer follows claims nothing and answers no concern. Its words (from its
interrogative opener at the start of a clause, or else from where its sentence starts, to its mark) are set aside
like a deferral's: "Will she feed the baby herself? Who watches the baby on the ward?" at the end of a conclusion
decides neither. A question answered at once stands with its answer ("Breastfeeding? Yes, ...").

Found passing by the ninety-fourth and ninety-fifth fresh corpora; worded apart from them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.substance import open_questions
from medassess.gate.text import normalise
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
CONCLUSION_CODES = {"MA103", "MA104", "MA124"}


def _faults(conclusion: str) -> set[str]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    issues = check(record_from_data(data))
    return {i.code for i in issues if i.severity == "error" and i.path == "$.assessments[0].conclusion"}


ASKED_ONLY = [
    # Only questions, the answers put off to a later meeting.
    "Points the mother raised in clinic: is 60 mg still right? does the newborn get withdrawal scoring? may she "
    "feed him herself? These will be answered at the 36-week review.",
    # A decision about the mother, then the baby's care asked, not arranged.
    "Methadone 60 mg goes on unchanged. Does the newborn go to the neonatal unit, and who scores him for "
    "withdrawal - the ward or the community team?",
    # A heading, then a choice left open, then a question.
    "Withdrawal scoring: postnatal ward or neonatal unit? Should the baby sleep in a side-car cot or a crib?",
]
ANSWERED = [
    "Can she feed the baby herself? Yes: methadone reaches breast milk only in small amounts, and breastfeeding "
    "is encouraged.",
    "Dose change? No, 60 mg daily continues. Withdrawal watch? The postnatal ward scores the baby 4-hourly for "
    "72 hours.",
    "She asked whether the baby will withdraw: we told her the ward scores the baby for at least 72 hours, and "
    "no co-sleeping after her dose.",
    "Methadone 60 mg daily continues; the baby is scored for withdrawal on the ward for 72 hours and sleeps in "
    "a cot, never in the parents' bed.",
]


@pytest.mark.parametrize("conclusion", ASKED_ONLY)
def test_a_conclusion_that_only_asks_is_refused(conclusion: str) -> None:
    assert _faults(conclusion) & CONCLUSION_CODES


@pytest.mark.parametrize("conclusion", ANSWERED)
def test_a_question_answered_at_once_stands(conclusion: str) -> None:
    assert not _faults(conclusion) & CONCLUSION_CODES


def test_what_is_set_aside_is_the_question_from_its_opener() -> None:
    text = normalise("The baby is scored on the ward - but for how long, and who does the night feeds?")
    (span,) = open_questions(text)
    assert text[: span[0]].strip() == "the baby is scored on the ward -"
    assert open_questions(normalise("Breastfeeding? Yes, encouraged.")) == []
    assert open_questions(normalise("Referral: GP or midwife?")) == [(0, len("referral: gp or midwife?"))]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(ASKED_ONLY + ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_question_is_judged_as_its_plain_form(pair: tuple[str, str]) -> None:
    assert bool(_faults(pair[1]) & CONCLUSION_CODES) == bool(_faults(pair[0]) & CONCLUSION_CODES)


# A need stated, then its who, when or how long asked and not answered (found passing by the ninety-fourth fresh
# corpus): the question takes back the plan's particulars, and the need alone decides nothing.
NEED_ASKED = [
    "Methadone 60 mg goes on unchanged. The newborn will need withdrawal scoring on the ward - but who does it at "
    "night, and for how long?",
    "Methadone 60 mg goes on unchanged. He requires a paediatric check after delivery, though when and by whom?",
]
NEED_ANSWERED = [
    # the particulars given, then a yes-or-no question left open: the need is a plan, and stands
    "Methadone 60 mg goes on unchanged. The newborn will need withdrawal scoring by the ward midwives every 4 "
    "hours for 72 hours, no co-sleeping after her dose - can she also feed him herself?",
    # the particulars asked, then answered at once
    "Methadone 60 mg goes on unchanged. The newborn will need withdrawal scoring - who does it at night? The ward "
    "midwives, 4-hourly for 72 hours, and he sleeps in a cot beside her bed, never in her bed.",
]


@pytest.mark.parametrize("conclusion", NEED_ASKED)
def test_a_need_whose_particulars_are_asked_decides_nothing(conclusion: str) -> None:
    assert _faults(conclusion) & CONCLUSION_CODES


@pytest.mark.parametrize("conclusion", NEED_ANSWERED)
def test_a_need_with_its_particulars_stands(conclusion: str) -> None:
    assert not _faults(conclusion) & CONCLUSION_CODES


def test_a_need_is_set_aside_with_the_question_of_its_particulars_only() -> None:
    text = normalise("The newborn will need scoring - but who does it, and for how long?")
    assert open_questions(text) == [(0, len(text))]
    text = normalise("The newborn will need scoring on the ward for 72 hours - can she feed him herself?")
    (span,) = open_questions(text)
    assert text[: span[0]].strip() == "the newborn will need scoring on the ward for 72 hours -"
    text = normalise("The newborn will need scoring 4-hourly for 72 hours - but who covers the nights at home?")
    (span,) = open_questions(text)
    assert text[: span[0]].strip() == "the newborn will need scoring 4-hourly for 72 hours -"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NEED_ASKED + NEED_ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_need_asked_is_judged_as_its_plain_form(pair: tuple[str, str]) -> None:
    assert bool(_faults(pair[1]) & CONCLUSION_CODES) == bool(_faults(pair[0]) & CONCLUSION_CODES)


# A sentence after the question that only asks the readers for their views is no answer (found passing by the
# hundred-and-ninth fresh corpus): the question stays open. A real answer, then such a request, stands.
ASKED_BACK = [
    "Methadone 60 mg goes on unchanged. Does the newborn go to the neonatal unit? Who scores him for withdrawal? "
    "Any views, thanks.",
    "Methadone 60 mg goes on unchanged. Who checks where the newborn sleeps at home? Grateful for your advice.",
]
ANSWERED_THEN_ASKED_BACK = [
    "Methadone 60 mg goes on unchanged. Who scores the newborn for withdrawal? The ward midwives, 4-hourly for 72 "
    "hours; no co-sleeping after her dose. Views welcome.",
]


@pytest.mark.parametrize("conclusion", ASKED_BACK)
def test_a_question_followed_only_by_a_request_for_views_is_open(conclusion: str) -> None:
    assert _faults(conclusion) & CONCLUSION_CODES


@pytest.mark.parametrize("conclusion", ANSWERED_THEN_ASKED_BACK)
def test_an_answer_then_a_request_for_views_stands(conclusion: str) -> None:
    assert not _faults(conclusion) & CONCLUSION_CODES


def test_a_request_for_views_answers_nothing_but_an_instruction_does() -> None:
    assert open_questions(normalise("Who scores him? Comments welcome, thanks."))
    assert open_questions(normalise("Who scores him? Please advise."))
    assert not open_questions(normalise("Who scores him? The ward midwives."))
    assert not open_questions(normalise("Who advises her? Please advise her to bottle feed."))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(ASKED_BACK + ANSWERED_THEN_ASKED_BACK).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_request_for_views_is_judged_as_its_plain_form(pair: tuple[str, str]) -> None:
    assert bool(_faults(pair[1]) & CONCLUSION_CODES) == bool(_faults(pair[0]) & CONCLUSION_CODES)


# A sentence after the question that is only a hedge is no answer either (found passing by the
# hundred-and-twenty-seventh fresh corpus): the question stays open, and the hedge goes with it. A hedge with its
# plan or reason, and the chance of an outcome asked ("Likely."), answer.
HEDGED_ONLY = [
    "Methadone 60 mg: keep it the same? Maybe. Scoring of the newborn? Hopefully. Sleep? Unsure.",
    "Methadone, 60 mg once a day. Reduce it? Possibly. Newborn watch? Perhaps some. Feeding him herself? No idea.",
]
HEDGED_WITH_A_PLAN = [
    "Will the newborn withdraw? Probably, so the ward midwives score him 4-hourly for 72 hours and he sleeps in a "
    "cot, never in her bed. Methadone 60 mg goes on unchanged.",
    "Maybe reduce methadone? No: 60 mg continues, since reducing it risks relapse; the ward scores the newborn for "
    "72 hours and he sleeps in a cot, never in her bed.",
    "Methadone 60 mg goes on unchanged; the ward scores the newborn for 72 hours and he sleeps in a cot, never in "
    "her bed. Will he need morphine? Likely.",
]


@pytest.mark.parametrize("conclusion", HEDGED_ONLY)
def test_questions_answered_only_with_hedges_are_open(conclusion: str) -> None:
    assert _faults(conclusion) & CONCLUSION_CODES


@pytest.mark.parametrize("conclusion", HEDGED_WITH_A_PLAN)
def test_a_hedge_with_its_plan_or_a_chance_answers(conclusion: str) -> None:
    assert not _faults(conclusion) & CONCLUSION_CODES


def test_a_hedged_answer_is_set_aside_with_its_question() -> None:
    text = normalise("Methadone continues. Dose change? Possibly. Watch? Not sure")
    assert [text[a:b].strip() for a, b in open_questions(text)] == ["dose change? possibly.", "watch? not sure"]
    assert not open_questions(normalise("Will he withdraw? Probably, so the ward scores him for 72 hours."))
    assert not open_questions(normalise("Will he withdraw? Likely."))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(HEDGED_ONLY + HEDGED_WITH_A_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_hedged_answer_is_judged_as_its_plain_form(pair: tuple[str, str]) -> None:
    assert bool(_faults(pair[1]) & CONCLUSION_CODES) == bool(_faults(pair[0]) & CONCLUSION_CODES)
