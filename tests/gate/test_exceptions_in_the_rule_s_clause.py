"""MA127: a rule against sharing the baby's sleep whose exception follows in its own clause with no comma ("must
not bed share apart from overnight", "other than when napping") takes itself back where the exception covers
every time the rule applies, as "..., except at night" does (mappings/concerns.toml, [stacked_negations]
exception_openers; medassess/gate/negations.py). An exception naming a person, a place or a time awake stands.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.text import normalise
from tests.gate.conclusions import METHADONE, PARTNER
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

ALLOWED = [
    (PARTNER, "His quetiapine leaves him hard to rouse, so the mother gives every night bottle. He is not to sleep "
     "in the same bed as the newborn apart from overnight. The health visitor reviews at 6 weeks."),
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. She should never bed share "
     "with him other than when napping after lunch. Breast milk is encouraged."),
]
STANDS = [
    (PARTNER, "His quetiapine leaves him hard to rouse. No one other than the mother gives the night bottles, and "
     "he never shares a bed with the newborn. The health visitor reviews at 6 weeks."),
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. She should never bed share "
     "with him other than to sit up feeding in the day with her sister present. Breast milk is encouraged."),
]


@pytest.mark.parametrize(("where", "text"), ALLOWED)
def test_an_exception_in_the_rule_s_clause_covering_its_times_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA127" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_an_exception_that_leaves_the_rule_standing_passes(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ALLOWED + STANDS)
def test_a_disguised_exception_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA127" in _codes(where, text)
    assert ("MA127" in _codes(where, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("no bed sharing with him apart from overnight.", True),
        ("she is never to co-sleep other than when asleep herself.", True),
        ("never co-sleep save for nap times.", True),
        ("never co-sleep other than when not sleepy.", False),
        ("never co-sleep with anyone other than a sober adult awake.", False),
        ("he must not share a bed with the baby, and the cot stays apart from the bed at night.", False),
        ("no co-sleeping other than in the day while awake.", False),
    ],
)
def test_what_allows_sleep_sharing(text: str, allowed: bool) -> None:
    assert bool(allowed_sleep_sharing(normalise(text))) == allowed
