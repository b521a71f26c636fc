"""MA122: a timeline or list heading ending in a number before a colon ("Weeks 1-2:", "Day 4:") ends a clause, as
any colon does, so the sentence after it keeps its subject: the sedated mother given the night care under such a
heading is read as without it. Near misses stand: the nights under the same heading given to the foster carer, a
clock time ("at 02:30") that is no heading. Worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.night_care import medicated_subjects, nights_to_the_medicated
from medassess.gate.text import normalise
from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_LEAD = "Diazepam 2 mg three times daily and pregabalin 75 mg twice daily carry on at the same doses. "
_TAIL = (
    " Late withdrawal (jittery, unsettled, poor feeding) is possible to day 8, so the health visitor and the foster"
    " carer look for it and call the GP if seen. Formula feeds."
)
_SUBJECTS = medicated_subjects("mother", frozenset({"kayleigh"}), False)

TO_HER = [
    "Weeks 1-2: Kayleigh covers the night feeds in the spare room.",
    "Day 4: mum takes every night feed on her own.",
]
KEPT = [
    "Weeks 1-2: the foster carer covers the night feeds and the baby sleeps in a cot; Kayleigh never shares a bed "
    "with the baby.",
    "Day 4: the foster carer takes every night feed, the baby in a crib beside her bed; mum never feeds lying down.",
    "The foster carer covers every night feed, the 02:30 one too, with the baby in a cot; Kayleigh never shares a "
    "bed with the baby.",
]


@pytest.mark.parametrize("text", TO_HER)
def test_the_nights_under_a_numbered_heading_are_read(text: str) -> None:
    assert nights_to_the_medicated(normalise(_LEAD + text), _SUBJECTS) is not None


@pytest.mark.parametrize("text", KEPT)
def test_the_nights_kept_from_her_under_a_heading_are_not_read(text: str) -> None:
    assert nights_to_the_medicated(normalise(_LEAD + text), _SUBJECTS) is None


@pytest.mark.parametrize("text", TO_HER + KEPT)
def test_ma122_refuses_the_nights_under_a_heading_given_to_her(text: str) -> None:
    assert ("MA122" in _codes(SEDATIVES, _LEAD + text + _TAIL)) == (text in TO_HER)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", TO_HER + KEPT)
def test_a_disguised_heading_is_read_as_the_plain_one(text: str, seed: int) -> None:
    hidden = disguise(_LEAD + text, random.Random(seed))
    assert (nights_to_the_medicated(normalise(hidden), _SUBJECTS) is None) == (text in KEPT)
