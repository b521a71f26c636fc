"""MA127: the baby's nights given to the partner the record says is sedated, in more shapes (mappings/concerns.toml
[night_care] verbs, watch_verbs, night_spans, night_leads; medassess/gate/night_care.py): giving a feed or bottle in
the small hours ("gives the 4 am feed"), watching the baby through the night ("will check on the baby overnight"),
and the nights done on some of the nights ("on the other nights he does them", "at weekends Dad does the night
feeds"), as he is sedated on every night he takes his dose. An evening bottle before the dose, a check at bedtime,
the nights with the mother and a watch through the night by her stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.night_care import night_care_to_the_sedated_partner
from medassess.gate.text import normalise
from tests.gate.conclusions import PARTNER
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_HEAD = "His quetiapine at bedtime leaves the father very heavy to rouse until morning. "
GIVEN = [
    _HEAD + "No bed or sofa sharing with the newborn; Daniel will give the 4 am feed so that the mother gets sleep.",
    _HEAD + "No bed or sofa sharing with the newborn. Dad is going to check on the newborn overnight in the crib.",
    _HEAD + "No bed or sofa sharing with the newborn. The mother feeds on weeknights; at weekends Dad does the night "
    "feeds.",
    _HEAD + "No bed or sofa sharing with the newborn. Mum takes the night feeds when she is well rested; on the other "
    "nights he does them.",
]
KEPT = [
    _HEAD + "No bed or sofa sharing with the newborn; Daniel gives the 7 pm feed before his tablet and the mother does "
    "every feed after that.",
    _HEAD + "No bed or sofa sharing with the newborn. Dad checks the crib at bedtime; the mother does the night feeds "
    "and watches the newborn through the night.",
    _HEAD + "No bed or sofa sharing with the newborn. The mother gives every night feed, and the health visitor keeps "
    "checking the crib by her side.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_the_nights_given_to_the_sedated_partner_are_refused(text: str) -> None:
    assert "MA127" in _codes(PARTNER, text)


@pytest.mark.parametrize("text", KEPT)
def test_the_nights_kept_from_him_pass(text: str) -> None:
    assert "MA127" not in _codes(PARTNER, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", GIVEN + KEPT)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA127" in _codes(PARTNER, text)
    assert ("MA127" in _codes(PARTNER, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("he gives the 3 am bottle.", True),
        ("he gives the 9 pm bottle, then takes his tablet.", False),
        ("he will sit up with the baby all night.", True),
        ("he will watch the baby through the night until his dose.", False),
        ("he checks the cot every night before bed.", False),
        ("every other night he does the night feeds.", True),
        ("on other nights she does them.", False),
    ],
)
def test_what_gives_him_the_nights(text: str, given: bool) -> None:
    assert night_care_to_the_sedated_partner(normalise(text), frozenset({"daniel"}), True, True) == given
