"""Instructions only to attend ("bear X in mind", "keep X in view") name no act, no one and no time; a list of
things left to another team "as it sees fit" leaves them all; "nothing can be excluded" commits to nothing (MA103).
Near misses that say where the baby is, when, or what is done stand, and disguise does not change the verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import _conclusion_codes

EMPTY = [
    "Hold methadone firmly in mind as far as the newborn is concerned, feeding and withdrawal included.",
    "Keep the newborn's withdrawal, feeding and cot sleeping in view with methadone.",
    "Methadone: the neonatal unit will handle the newborn's withdrawal scoring, feeding help and cot advice as they "
    "see fit.",
    "Methadone: nothing can be excluded where the newborn's withdrawal, feeding or sleeping are concerned.",
]
STANDS = [
    "Methadone: keep the newborn in view of the carer at feeds, and never let him sleep on the sofa.",
    "Methadone 60 mg continues; keep the newborn in view at all times during feeds for three days.",
    "Bear in mind that methadone withdrawal can start as late as day 8, so the health visitor checks the newborn "
    "until then.",
    "Methadone: the neonatal unit will score the newborn for withdrawal for 72 hours, and help with feeding as they "
    "see fit.",
    "Methadone continues at 60 mg, and feeding as she sees fit; the newborn is scored for withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", EMPTY + STANDS)
def test_attention_hand_offs_and_open_endings_state_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in EMPTY)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(EMPTY + STANDS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_attention_hand_offs_and_open_endings_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])
