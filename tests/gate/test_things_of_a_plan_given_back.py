"""MA122: a thing the plan needs (a crib, a moses basket) said to go back with nothing in place after it is the plan
gone, though a medicine is named beside it ("the crib lent by the <medicine> service"): what ends is the thing, not
the medicine (``[claim] retraction_plan_things``). A medicine stopped with nothing after it is still a stop, and a
thing given back with what stands after it ("when the cot arrives") stands. Texts worded apart from the red-team
corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import withdrawn_unreplaced
from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_RAISED = frozenset({"neonatal-withdrawal", "relapse-if-stopped", "sedation-safe-sleep"})
_HEAD = (
    "Diazepam and pregabalin carry on at the same doses; they make her drowsy, so no shared bed, sofa or chair, and "
    "the foster carer does the night feeds. Late withdrawal signs are watched for until day 8. "
)
GONE = [
    "The moses basket loaned by the pregabalin clinic has to go back next week; nothing is in place after that.",
    "The bedside crib from the diazepam team goes back on Monday, and nothing has replaced it.",
]
STANDING = [
    "The moses basket loaned by the pregabalin clinic has to go back next week, when her own cot arrives.",
    "The crib goes back on Friday, when the cot arrives.",
]


@pytest.mark.parametrize("text", GONE)
def test_a_thing_of_the_plan_given_back_with_nothing_after_is_the_plan_gone(text: str) -> None:
    assert withdrawn_unreplaced(text, _RAISED) == ("sedation-safe-sleep",)
    assert "MA122" in _codes(SEDATIVES, _HEAD + text)


@pytest.mark.parametrize("text", STANDING)
def test_a_thing_given_back_with_what_stands_after_it_stands(text: str) -> None:
    assert "MA122" not in _codes(SEDATIVES, _HEAD + text)


def test_a_medicine_stopped_with_nothing_after_it_is_a_stop() -> None:
    assert withdrawn_unreplaced("The pregabalin was stopped and nothing is in place after that.", _RAISED) == ()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", GONE + STANDING)
def test_a_disguised_thing_given_back_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA122" in _codes(SEDATIVES, _HEAD + text)
    assert ("MA122" in _codes(SEDATIVES, disguise(_HEAD + text, random.Random(seed)))) == plain
