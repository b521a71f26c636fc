"""Sleep on a sofa, a settee or in a chair with the baby told as a noun after its place ("a couch nap together",
"armchair dozes with the baby"; [stacked_negations] place_nouns, place_sleep_nouns, noun_companions in
mappings/concerns.toml) is read as the sleep on that place: judged fine or granted, it allows what the Lullaby Trust
says never to do, on any night, dosed or not (MA127). The noun without company, or ruled out, allows nothing.
Worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.text import normalise
from tests.gate.conclusions import PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_HERS = (
    "Diazepam and pregabalin go on unchanged for now; the foster carer gives every night feed and the health "
    "visitor looks for late withdrawal signs to day 8."
)
_HIS = "His quetiapine goes on at night; the baby is breastfed and the health visitor sees them at 6 weeks."
ALLOWED = [
    (SEDATIVES, _HERS + " A couch nap together in the afternoon is acceptable when she has skipped a dose."),
    (PARTNER, _HIS + " Armchair dozes with the baby are okay on his nights off the tablet."),
]
NOT_ALLOWED = [
    # ruled out, whatever the night
    (SEDATIVES, _HERS + " A couch nap together is never safe, not even on a day she has skipped a dose."),
    # the parent's own nap, no company
    (SEDATIVES, _HERS + " A couch nap is fine for her while the foster carer has the baby."),
    (PARTNER, _HIS + " No armchair dozes with the baby, on any night."),
]


@pytest.mark.parametrize(("where", "text"), ALLOWED)
def test_a_place_nap_with_the_baby_judged_fine_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA127" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NOT_ALLOWED)
def test_a_place_nap_ruled_out_or_alone_passes(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ALLOWED + NOT_ALLOWED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA127" in _codes(where, text)
    assert ("MA127" in _codes(where, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("a settee snooze together is fine on nights without a dose", True),
        ("chair naps with the infant are acceptable", True),
        ("a sofa nap is never safe, even on nights without a dose", False),
        ("a settee snooze together is not safe on any night", False),
        ("a sofa nap is fine while the carer holds the baby", False),
    ],
)
def test_what_allows_it(text: str, allowed: bool) -> None:
    assert bool(allowed_sleep_sharing(normalise(text))) is allowed
