"""MA017: a medicine's level told with no verb, as a note writes it ("Most recent serum lithium: 37 mmol/L", "Li
level check - lithium level 52 mmol/L"), is a result like one told with "was", so a number no living person has is
read. A level word beside the medicine, or a unit of concentration (mmol/L), makes the number a level. Near misses
stand: a real level (0.52), a toxic one a record may truly tell (1.9), an amount of the medicine in a bare mmol
("lithium 10.8 mmol in each tablet"), and another scale (mmol/mol). Worded apart from the red-team corpora; a
disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.narrowed import names_impossible_level
from tests.gate.conclusions import LITHIUM
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_PLAN = (
    " Priadel 800 mg nightly carries on; levels monthly, weekly from 36 weeks and within a day of delivery; the "
    "paediatric team reviews the newborn after delivery; formula feeding."
)

IMPOSSIBLE = [
    "Most recent serum lithium: 37 mmol/L.",
    "Li check this month - lithium level 52 mmol/L, stable.",
    "Lithium 64 mmol/L on the April bloods.",
    "Lithium levels = 15 mmol per litre.",
]
POSSIBLE = [
    "Most recent serum lithium: 0.52 mmol/L.",
    "Li check this month - lithium level 1.9 mmol/L after a missed dose, dose reduced and rechecked.",
    "Each tablet holds lithium 10.8 mmol in all.",
    "Lithium level 0.6 mmol/L; HbA1c 44 mmol/mol.",
]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_a_level_with_no_verb_no_one_has_is_read(text: str) -> None:
    assert names_impossible_level(text)


@pytest.mark.parametrize("text", POSSIBLE)
def test_a_real_level_an_amount_or_another_scale_is_not_read(text: str) -> None:
    assert not names_impossible_level(text)


@pytest.mark.parametrize("text", IMPOSSIBLE[:2] + POSSIBLE[:2])
def test_ma017_refuses_a_level_with_no_verb_no_one_has(text: str) -> None:
    assert ("MA017" in _codes(LITHIUM, text + _PLAN)) == (text in IMPOSSIBLE)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", IMPOSSIBLE + POSSIBLE)
def test_a_disguised_level_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert names_impossible_level(disguise(text, random.Random(seed))) == (text in IMPOSSIBLE)
