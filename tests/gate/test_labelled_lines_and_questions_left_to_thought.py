"""MA103: a medicine's line used as a label or a sentence, a label over topics, and questions left to thought.

A label over topics as a sentence's subject ("The main issues for this family are ...", "Her concerns are ...")
names what is to be weighed: with only topics after it, it decides nothing. A medicine with whose it is, its dose
and times ("Dad's quetiapine 300 mg nocte: ...") labels what follows, and a medicine's line placed in the pregnancy
("Valproate 500 mg bd in this pregnancy.") says what she takes: neither states what follows, so a list of topics
after them decides nothing. Questions about the baby's care closed only by a note that they still need thought
("Both need working out.") are left unanswered: the note decides nothing and answers none of them. A plan beside
any of them, an item with its own act ("the issue is ..., so he does no night feeds"), or each question answered,
stands. Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh145_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import METHADONE, PARTNER, VALPROATE, conclusion_codes
from tests.gate.disguise import disguised

Where = tuple[str, str]

DECIDE_NOTHING: list[tuple[Where, str]] = [
    (
        PARTNER,
        "Daniel's quetiapine 300 mg nocte: drowsiness, bed sharing, feeds overnight and the sofa all matter here.",
    ),
    (
        PARTNER,
        "Dad's quetiapine 300 mg nocte: matters for the household are drowsiness, bed sharing, feeds overnight and "
        "the sofa.",
    ),
    (
        VALPROATE,
        "Valproate 500 mg bd in this pregnancy. Concerns: spina bifida, heart defects, developmental delay, folate "
        "and seizure control.",
    ),
    (
        VALPROATE,
        "Sodium valproate 500 mg bd during her current pregnancy. Concerns for the fetus: neural tube closure, heart "
        "defects, later learning and folate.",
    ),
    (
        METHADONE,
        "Her methadone makes her drowsy in the evenings. Where will the baby sleep? Who gives the feeds overnight? "
        "Both need working out.",
    ),
    (
        METHADONE,
        "Methadone leaves her drowsy in the evenings. Who settles the baby overnight? Does the cot fit by the bed? "
        "That needs more thought.",
    ),
    (PARTNER, "The main issues for this family are his heavy sleep, night feeds, sofa dozing and the crib."),
    (
        VALPROATE,
        "The considerations for this pregnancy are neural tube defects, folate, the anomaly scan and seizure control.",
    ),
    (METHADONE, "Her concerns are withdrawal, feeding and sleeping arrangements for the baby."),
    (METHADONE, "The key issues for this baby are withdrawal, feeding, safe sleeping and maternal drowsiness."),
]
DECIDE: list[tuple[Where, str]] = [
    (
        METHADONE,
        "The main concern is withdrawal, so the ward midwives score the baby every 4 hours for 72 hours and she never "
        "shares a bed with the baby.",
    ),
    (
        PARTNER,
        "Issues: sedation - Dad does no night feeds after his dose, Mum does them all, and the baby sleeps in the "
        "crib beside her; the health visitor checks it at each visit.",
    ),
    (
        PARTNER,
        "The issue is his heavy sleep after the dose: he does no night feeds, the mother does them, and the baby "
        "sleeps in the crib beside her; the health visitor checks it at each visit.",
    ),
    (
        PARTNER,
        "Daniel's quetiapine 300 mg nocte: he does no night feeds and never shares a bed or sofa with the baby; the "
        "mother does every feed overnight and the health visitor checks the crib at each visit.",
    ),
    (
        VALPROATE,
        "Valproate 500 mg bd in this pregnancy. It continues until the neurologist sees her next week; the GP has "
        "referred her to fetal medicine for a detailed scan at 20 weeks, and folic acid 5 mg daily starts today.",
    ),
    (
        METHADONE,
        "Her methadone makes her drowsy in the evenings. Where will the baby sleep? In its own cot beside the bed, "
        "never in her bed. Who gives the feeds overnight? Her partner, every night; the health visitor checks the "
        "cot on day 10.",
    ),
    (
        METHADONE,
        "Methadone 60 mg continues. The ward midwives score the baby for withdrawal every 4 hours for 72 hours and "
        "she never feeds lying down; breastfeeding needs more thought with the infant feeding team.",
    ),
]


@pytest.mark.parametrize(("where", "text"), DECIDE_NOTHING, ids=[t[:40] for _, t in DECIDE_NOTHING])
def test_topics_after_a_medicine_s_line_and_questions_left_to_thought_are_hollow(where: Where, text: str) -> None:
    assert "MA103" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), DECIDE, ids=[t[:40] for _, t in DECIDE])
def test_a_plan_after_the_line_or_each_question_answered_stands(where: Where, text: str) -> None:
    assert "MA103" not in conclusion_codes(where, text)


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(DECIDE_NOTHING + DECIDE))
def test_disguised_lines_and_questions_are_judged_like_the_plain_text(
    data: st.DataObject, case: tuple[Where, str]
) -> None:
    where, text = case
    hollow = "MA103" in conclusion_codes(where, data.draw(disguised(text)))
    assert hollow is (case in DECIDE_NOTHING)
