"""MA122: a plan ended with a later clause in which someone does a thing of its kind ([ended_bare] `kind_acts`,
`kind_act_reach`; :func:`medassess.gate.concerns.withdrawn_unreplaced`).

"The overnight cover fell through last week. Her aunt does the night feeds." tells what stands instead as plainly as
"now does" (a false refusal found by the forty-seventh hand-mutation round's probe). A later clause that only names
the kind ("the nights are a worry"), denies it ("no one does"), puts it under a condition ("if needed, ..."), tells a
thing of another kind ("the day feeds"), or tells the same thing again, stands in for nothing.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_SED = (
    "Diazepam 5 mg tds and pregabalin continue; she is too drowsy to share a bed, couch or armchair with the infant. "
    "The night-time cover from the family support agency was withdrawn on Monday. "
)
_PART = (
    "His quetiapine at night leaves him too drowsy to tend the infant, so he never shares a bed or settee with it. "
    "His brother's overnight care fell through on Friday. "
)

REFUSED = [
    (SEDATIVES, _SED + "The nights are hard for her."),
    (SEDATIVES, _SED + "Nobody does the night feeds at present."),
    (SEDATIVES, _SED + "If it comes to it, her grandmother does the night feeds."),
    (SEDATIVES, _SED + "Her grandmother gives the morning feeds."),
    (SEDATIVES, _SED + "The night feeds will be looked at."),
]
PASSED = [
    (SEDATIVES, _SED + "Her grandmother does the night feeds, with the crib beside her own bed."),
    (SEDATIVES, _SED + "Her grandmother gives every night feed and settles the infant in the crib."),
    (PARTNER, _PART + "The mother covers the nights, with the infant in its crib by her bed."),
    (PARTNER, _PART + "His mother will do all the night feeds from the spare room."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_an_end_with_no_one_doing_its_kind_after_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_an_end_with_someone_doing_its_kind_after_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain
