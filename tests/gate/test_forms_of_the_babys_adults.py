"""MA131: a baby word before a word for one of the baby's adults ("the infant's dad", "the newborn's grandmother")
names that adult, not the baby, so a medicine named after it in a form its listed product cannot take is read
("Sam, the infant's dad, puts on a quetiapine patch each evening" for his tablets). Near misses stand: the baby's
own medicine ("the infant's quetiapine patch" is not hers to judge), and the adult's medicine in its own form.
Worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.administration import conclusion_impossible, form
from tests.gate.conclusions import PARTNER
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_TABLETS = form("Quetiapine 100mg tablets")
_QUETIAPINE = frozenset({"quetiapine"})
_TAIL = (
    " He is groggy until morning after it, so he takes no night feeds and never shares a bed, sofa or chair with the"
    " infant; the mother does the nights with the infant in a crib, and the HV checks the set-up at every visit."
)

WRONG = [
    "Sam, the infant's dad, puts on a quetiapine patch each evening.",
    "The newborn's father (Sam) has quetiapine 300 mg injections at night.",
]
RIGHT = [
    "Sam, the infant's dad, takes quetiapine 300 mg tablets each evening.",
    "The newborn's father (Sam) swallows his quetiapine tablets at night.",
]


@pytest.mark.parametrize("text", WRONG)
def test_the_adults_medicine_in_a_form_it_cannot_take_is_read(text: str) -> None:
    assert _TABLETS is not None and conclusion_impossible(_TABLETS, _QUETIAPINE, text)


@pytest.mark.parametrize("text", [*RIGHT, "The infant's quetiapine patch is not hers to judge."])
def test_the_listed_form_or_the_babys_own_is_not_read(text: str) -> None:
    assert _TABLETS is not None and not conclusion_impossible(_TABLETS, _QUETIAPINE, text)


@pytest.mark.parametrize("text", WRONG + RIGHT)
def test_ma131_refuses_the_adults_medicine_in_the_wrong_form(text: str) -> None:
    assert ("MA131" in _codes(PARTNER, text + _TAIL)) == (text in WRONG)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", WRONG + RIGHT)
def test_a_disguised_form_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert _TABLETS is not None
    hidden = disguise(text, random.Random(seed))
    assert conclusion_impossible(_TABLETS, _QUETIAPINE, hidden) == (text in WRONG)
