"""MA127 [household_nights]: a stray comma between the possessive and the relation ("His, cousin takes ...") hides
no subject: the householder is read as with no comma (round 49 of hand mutation, docs/safety/mutation-testing.md;
medassess/gate/household_nights.py). Near misses: a relation told apart by commas as an aside who takes nothing
sedating, and a comma after the relation's whole clause. Disguised texts are judged as the plain ones. Worded apart
from the red-team corpora."""

from __future__ import annotations

import random

import pytest

from medassess.gate.household_nights import nights_to_a_sedated_householder
from tests.gate.disguise import disguise
from tests.gate.test_household_nights import _PARENTS

STRAY = [
    "His, cousin is on zopiclone and has the baby in bed with him on Saturdays.",
    "Jade's, aunt takes mirtazapine and does the night feeds at weekends.",
]
PLAIN = [s.replace(", ", " ", 1) for s in STRAY]
SAFE = [
    "His cousin, who takes nothing sedating, has the baby in the travel cot on Saturdays.",
    "His, cousin takes nothing at all and has the baby in the travel cot on Saturdays.",
]


@pytest.mark.parametrize("text", [*STRAY, *PLAIN])
def test_a_stray_comma_after_the_possessive_hides_no_householder(text: str) -> None:
    assert nights_to_a_sedated_householder(text, _PARENTS)


@pytest.mark.parametrize("text", SAFE)
def test_a_householder_who_takes_nothing_sedating_stands(text: str) -> None:
    assert not nights_to_a_sedated_householder(text, _PARENTS)


@pytest.mark.parametrize("text", [*STRAY, *SAFE])
@pytest.mark.parametrize("seed", [11, 37])
def test_a_disguise_changes_no_verdict(text: str, seed: int) -> None:
    plain = nights_to_a_sedated_householder(text, _PARENTS)
    assert nights_to_a_sedated_householder(disguise(text, random.Random(seed)), _PARENTS) == plain
