"""The sedated parent's wish to do the baby's nights, supported in its sentence, gives the nights to that parent
([night_care_medicated] wishes, supports, support_refs, wish_pronouns in mappings/concerns.toml): a conclusion
continuing the sedating medicines whose only night plan is "she wants to do the night feeds, and the team agrees
with this" answers the safe sleep concern with the hazard (MA122). A wish under a condition or a later time, a wish
no one supports, and a wish alone are no plan. Found passing by the hundred-and-thirty-seventh fresh corpus; the
texts here are worded apart from it."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_HEAD = "Diazepam and pregabalin continue unchanged. "
_TAIL = " The health visitor and the carer watch for late withdrawal until day 8."
WISHED = [
    _HEAD + "Kayleigh wants to do the night feeds in the placement, and the team agrees with this." + _TAIL,
    _HEAD + "They make Kayleigh drowsy, yet she would like to do all the night feeds, which we support." + _TAIL,
]
NOT_WISHED = [
    # a wish under a condition, the nights with another until then
    _HEAD + "Kayleigh wants to do the night feeds once she is off diazepam, which we support; until then the "
    "foster carer does every night feed and the baby sleeps in a cot in the carer's room." + _TAIL,
    # a wish for after the medicine, the nights another's until then
    _HEAD + "Kayleigh is keen to do the night feeds once she is off diazepam; until then the carer does them." + _TAIL,
    # a wish no one supports
    _HEAD + "They make Kayleigh drowsy; she wants to do the night feeds, which no one supports, so the foster "
    "carer does every night feed and the baby sleeps in a cot in the carer's room." + _TAIL,
    # the pronoun another adult's
    _HEAD + "They make Kayleigh drowsy, and the foster carer says she is keen to do the night feeds, which we "
    "support; the baby sleeps in a cot in the carer's room." + _TAIL,
]


@pytest.mark.parametrize("text", WISHED)
def test_a_supported_wish_gives_the_nights_to_the_sedated_parent(text: str) -> None:
    assert "MA122" in _codes(SEDATIVES, text)


@pytest.mark.parametrize("text", NOT_WISHED)
def test_a_wish_that_is_no_plan_passes(text: str) -> None:
    assert "MA122" not in _codes(SEDATIVES, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", WISHED + NOT_WISHED)
def test_a_disguised_conclusion_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA122" in _codes(SEDATIVES, text)
    assert ("MA122" in _codes(SEDATIVES, disguise(text, random.Random(seed)))) == plain
