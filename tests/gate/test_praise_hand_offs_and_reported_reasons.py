"""Readings found by review and by the ninety-first fresh corpus: "to be arranged" with who or where is a plan;
praise of the review; a hand-off to a carer or family; a reason that only names who cleared the medicine; an item
answer that only asks to attend. Texts worded apart from the corpus; each is judged the same in disguise."""

from __future__ import annotations

import random

import pytest

from tests.gate.disguise import disguise
from tests.gate.test_concerns import _item_findings
from tests.gate.test_substance import errors, with_conclusion


def _refused(text: str) -> bool:
    return "MA103" in errors(with_conclusion(text))


def _same_in_disguise(text: str, refused: bool) -> None:
    for seed in range(2):
        assert _refused(disguise(text, random.Random(seed))) is refused, seed


_PLAN = "Methadone 60 mg daily continues through labour, with no co-sleeping after her dose. "

ARRANGED = [
    # Who arranges it, or where and how long: a plan.
    (_PLAN + "Scoring of the newborn for NAS to be arranged by the postnatal midwife.", False),
    (_PLAN + "Newborn scoring for NAS to be arranged on the maternity ward for three days.", False),
    (
        "Newborn NAS scoring for 3 days to be arranged by the labour ward coordinator; methadone 60 mg to carry on; "
        "the crib to be seen by the health visitor at the first visit.",
        False,
    ),
    # "To be arranged" alone, or put off in words: a deferral.
    ("Methadone in pregnancy: scoring of the newborn for withdrawal to be arranged.", True),
    ("Methadone in pregnancy: scoring of the newborn for withdrawal to be arranged later.", True),
]


@pytest.mark.parametrize(("text", "refused"), ARRANGED)
def test_to_be_arranged_with_an_actor_or_place_is_a_plan(text: str, refused: bool) -> None:
    assert _refused(text) is refused
    _same_in_disguise(text, refused)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("NAS scoring on the postnatal ward for 72 hours, to be arranged by the named midwife.", False),
        ("Scoring for NAS to be arranged.", True),
    ],
)
def test_to_be_arranged_in_a_withdrawal_plan(text: str, refused: bool) -> None:
    assert bool(_item_findings("opioid", "neonatal-withdrawal", text)) is refused


PRAISED = [
    # Praise of the review, with what it was about and what it "gives" or is: decides nothing.
    ("A meticulous, caring appraisal of sertraline that pays full attention to mother and newborn alike.", True),
    ("It was an excellent and rigorous evaluation of methadone in pregnancy, mindful of the newborn's safety.", True),
    # Praise beside a decision, and a relative clause that decides: stand.
    (
        "A careful review of methadone that found she must stay on 60 mg daily; the newborn is scored on the "
        "postnatal ward for 72 hours.",
        False,
    ),
    (
        "This is a careful plan: methadone 60 mg daily continues and the newborn is scored on the postnatal ward "
        "for 72 hours.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "refused"), PRAISED)
def test_praise_of_the_review_states_nothing(text: str, refused: bool) -> None:
    assert _refused(text) is refused
    _same_in_disguise(text, refused)


HANDED = [
    # Handed over whole: a possessor before "discretion" after a list, a verb that only takes things on.
    (
        "Methadone: cot checks, bottle feeds at night and scoring for withdrawal are at the paternal grandmother's "
        "discretion.",
        True,
    ),
    ("Methadone: the grandparents will sort out night feeds and the cot as they wish.", True),
    ("Methadone: the parents will organise feeding and where the newborn sleeps as they think best.", True),
    # A watch of "things" or "everything" names no sign, time or threshold: it takes on the watch whole.
    ("Methadone: the grandmother will keep an eye on everything with the newborn as she sees fit.", True),
    ("Methadone: the aunt is to keep an eye on things for the little one as she sees fit.", True),
    # Near misses: a decision beside the hand-off, a number after the modal, a verb that does something.
    (
        "Methadone 60 mg daily continues through labour with no co-sleeping after her dose; the newborn is scored "
        "for withdrawal on the postnatal ward for 72 hours and breastfeeding is supported; the side room is at the "
        "ward sister's discretion.",
        False,
    ),
    (
        "Methadone 60 mg daily continues through labour with no co-sleeping after her dose; the ward will arrange "
        "72 hours of withdrawal scoring and the cot checks as it sees fit.",
        False,
    ),
    # The watch with its sign and its span is a plan of its own, however the carer goes about it.
    (
        "Methadone 60 mg daily continues through labour with no co-sleeping after her dose; the grandmother will "
        "keep an eye on the newborn's feeding and tremor for 72 hours as she sees fit and rings the ward if he "
        "scores.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "refused"), HANDED)
def test_a_hand_off_takes_what_it_hands_over(text: str, refused: bool) -> None:
    assert _refused(text) is refused
    _same_in_disguise(text, refused)


def _reason_refused(reason: str) -> bool:
    from tests.gate.test_medicine_rules import issues, with_medicine

    return bool(issues(with_medicine(name="Doublebase gel", not_of_concern_reason=reason), "MA117"))


@pytest.mark.parametrize(
    ("reason", "refused"),
    [
        ("Cleared with Priya Natarajan, senior pharmacist.", True),
        ("Consulted with Tom Riley (health visitor).", True),
        (
            "Checked by Priya Natarajan, community pharmacist: an emollient that is not absorbed through the skin.",
            False,
        ),
        ("An emollient that is cleared by the skin barrier, not absorbed.", False),
    ],
)
def test_a_reason_that_only_names_who_cleared_it_gives_none(reason: str, refused: bool) -> None:
    assert _reason_refused(reason) is refused
    for seed in range(2):
        assert _reason_refused(disguise(reason, random.Random(seed))) is refused


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Keep withdrawal in mind.", True),
        ("Bear the newborn's scoring in view.", True),
        ("Keep withdrawal in mind; the ward midwife scores the newborn 4-hourly for 72 hours.", False),
    ],
)
def test_an_item_answer_that_only_asks_to_attend_plans_nothing(text: str, refused: bool) -> None:
    assert bool(_item_findings("opioid", "neonatal-withdrawal", text)) is refused
    for seed in range(2):
        hidden = disguise(text, random.Random(seed))
        assert bool(_item_findings("opioid", "neonatal-withdrawal", hidden)) is refused
