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

