"""MA122: the night care given to the mother whose sedating medicines go on, with a short clause telling what another
adult does meanwhile ("... while <someone> sleeps"): a place away from her ("next door", "in the other room") leaves
her the nights alone and is set aside with them (``[night_care_medicated] time_apart``); the other adult beside her,
"next to" her, or the baby's own sleeping place keeps the clause a plan. Good night plans stand: the carer doing the
nights while the mother sleeps, the mother giving only the evening feed. Texts worded apart from the red-team
corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_HEAD = "Diazepam and pregabalin carry on at the same doses. "
_TAIL = " The carer and the health visitor look out for late withdrawal signs until day 8."

REFUSED = [
    "Kayleigh covers every night feed while her sister sleeps next door.",
    "Kayleigh takes all the night feeds while the foster carer sleeps in the other room.",
    "Kayleigh does the overnight feeds while Sandra sleeps.",
]
PASSED = [
    "Kayleigh covers every night feed while her sister sits up next to her.",
    "Kayleigh covers every night feed while her sister stays beside her.",
    "The foster carer covers every night feed while Kayleigh sleeps.",
    "Kayleigh gives the late evening feed; the foster carer covers every night feed.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_the_nights_left_to_her_while_another_sleeps_apart_are_refused(text: str) -> None:
    assert "MA122" in _codes(SEDATIVES, _HEAD + text + _TAIL)


@pytest.mark.parametrize("text", PASSED)
def test_the_nights_with_someone_beside_her_or_kept_from_her_stand(text: str) -> None:
    assert "MA122" not in _codes(SEDATIVES, _HEAD + text + _TAIL)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", REFUSED[:2] + PASSED[:2])
def test_a_disguised_night_plan_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA122" in _codes(SEDATIVES, _HEAD + text + _TAIL)
    assert ("MA122" in _codes(SEDATIVES, disguise(_HEAD + text + _TAIL, random.Random(seed)))) == plain
