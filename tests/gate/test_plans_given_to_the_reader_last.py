"""MA122: a plan given to whoever the record reaches with the reader told last ("... are for any unit that
receives this to book", "... is left to the receiving service", "... rests with the recipient") is given to no one,
as when the reader opens the clause; the sentence's subject is what was given away. Near misses stand: a named
role after the same words ("... are for the GP to book"), a note for the reader ("... is for the reader to note"),
the reader's possessive ("for the recipient's information"). Worded apart from the red-team corpora; a disguise
changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.text import normalise
from medassess.gate.unheld import without_readers
from tests.gate.conclusions import LITHIUM
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_LEAD = "Priadel 800 mg nightly carries on, as relapse after delivery is likely. "
_TAIL = " Formula feeding, since lithium enters breast milk."

GIVEN = [
    "Serum levels and the newborn's check after delivery for tone and thyroid function are for any unit that "
    "receives this letter to book.",
    "The newborn's check after delivery for tone and thyroid function is left to the receiving service.",
    "Serum levels and the newborn's check after delivery for tone and thyroid function rest with the recipient.",
    "Serum levels and the newborn's check after delivery for tone and thyroid function are up to whoever gets "
    "this referral.",
]
HELD = [
    "Serum levels and the newborn's check after delivery for tone and thyroid function are for the GP and the "
    "paediatric team to book.",
    "The newborn's check after delivery for tone and thyroid function is booked by the paediatric team; the "
    "summary is for the reader to note.",
    "This is for the recipient's information: the paediatric team checks the newborn after delivery for tone and "
    "thyroid function.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_a_plan_given_to_the_reader_last_is_set_aside(text: str) -> None:
    assert without_readers(normalise(text)).strip() in {"", "."}


@pytest.mark.parametrize("text", HELD)
def test_a_plan_with_its_holder_stands(text: str) -> None:
    assert without_readers(normalise(text)) == normalise(text)


@pytest.mark.parametrize("text", GIVEN[:2] + HELD)
def test_ma122_refuses_the_plan_given_to_the_reader_last(text: str) -> None:
    assert ("MA122" in _codes(LITHIUM, _LEAD + text + _TAIL)) == (text in GIVEN)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", GIVEN + HELD)
def test_a_disguised_hand_over_is_read_as_the_plain_one(text: str, seed: int) -> None:
    plain = without_readers(normalise(text)) == normalise(text)
    hidden = disguise(text, random.Random(seed))
    assert (without_readers(normalise(hidden)) == normalise(hidden)) == plain
