"""MA122: a helper's part in the plan told in the main clause, their withdrawal after it ("her brother was to take
the overnight feeds but has backed out", [ended_bare] holder_intents), or told as an inability ("had offered to do
the night feeds but can no longer", holder_ends), takes the plan with them when nothing stands in its place; the
same with the replacement told after it, in the clause or a later sentence, stands, as does a helper who withdrew
told without what they were to do. Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_SED = (
    "Diazepam and pregabalin continue for now; together they leave her heavily sedated, so she never shares a bed, "
    "sofa or armchair with the infant or feeds lying down. The health visitor watches for late withdrawal to day 8. "
)

REFUSED = [
    _SED + "Her brother was to take the overnight feeds but has backed out.",
    _SED + "Her neighbour was going to do the night feeds but dropped out last week.",
    _SED + "Her mother had offered to do the night feeds but can no longer.",
    _SED + "Her cousin was meant to give the overnight feeds, but has pulled out.",
]
PASSED = [
    _SED + "Her brother was to take the overnight feeds but has backed out, so her partner does them from tonight.",
    _SED + "Her brother was to take the overnight feeds but has backed out; her partner now does them.",
    _SED + "Her neighbour was going to do the night feeds but dropped out last week. Her partner has agreed to do "
    "them instead.",
    _SED + "Her brother has backed out.",
    _SED + "Her mother does the night feeds and can no longer drive, so the health visitor comes to the house.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_helper_gone_from_the_plan_with_nothing_in_its_place_is_refused(text: str) -> None:
    assert "MA122" in _codes(SEDATIVES, text)


@pytest.mark.parametrize("text", PASSED)
def test_a_helper_replaced_or_told_bare_passes(text: str) -> None:
    assert "MA122" not in _codes(SEDATIVES, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert ("MA122" in _codes(SEDATIVES, disguise(text, random.Random(seed)))) == (text in REFUSED)
