"""MA126: a conclusion that says, as a fact, that safe sleep advice was not given ("Safe sleep talk: not done, as
the appointment overran", "no safe sleep advice has been given") under a sedating medicine refuses the record, as
safeguarding.safe_sleep_advice_given false does, whatever that field says. Near misses stand: the advice given, a
denial naming who it was not given to, one still to come ("not given yet"), one under a condition, and the advice
not given for a medicine that sedates no one. Worded apart from the red-team corpora; a disguise changes no
verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.advice_untold import says_advice_untold
from tests.gate.conclusions import CITALOPRAM, METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_LEAD = (
    "Methadone 60 mg daily carries on, supervised. The midwife scores the infant for abstinence signs for 72 hours "
    "on the postnatal ward and the HV looks for late signs to day 8; breastfeeding is encouraged. "
)

UNTOLD = [
    "Safe sleep guidance: not provided, because the visit was cut short.",
    "No safe sleep advice has been given.",
    "1. Feeding - done. 2. Safe sleeping advice - never given.",
    "Safe sleep guidance not provided as the clinic ran late, and the infant is in a Moses basket.",
    "Safe sleeping advice not discussed as she was drowsy after her dose; the cot is by her bed.",
    "No safe sleeping advice has been given in hospital. The infant sleeps in a cot beside her.",
    "Safe sleep guidance was not provided at discharge; feeding is by bottle.",
]
TOLD = [
    "Safe sleep advice given: no bed or sofa sharing after her dose, and the infant sleeps in a cot.",
    "Safe sleep advice not given to her partner, who was at work; she had it and the infant sleeps in a cot.",
    "Safe sleep advice not given yet; the HV gives it at the first home visit and checks the cot.",
    "If safe sleep advice was not given on the ward, the HV gives it on day 1 and checks the cot.",
    "Safe sleep guidance not provided as a talk but as a Lullaby Trust handout; the cot is by her bed.",
    "Safe sleeping advice not discussed face to face as the printed card covers it: no sofa or bed sharing.",
    "Safe sleep advice not given in person as the booklet she was sent covers it; the infant sleeps in a cot.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_advice_said_not_given_is_read(text: str) -> None:
    assert says_advice_untold(text)


@pytest.mark.parametrize("text", TOLD)
def test_advice_given_or_still_to_come_is_not_read(text: str) -> None:
    assert not says_advice_untold(text)


@pytest.mark.parametrize("text", UNTOLD[:2] + TOLD)
def test_ma126_refuses_a_conclusion_saying_the_advice_was_not_given(text: str) -> None:
    assert ("MA126" in _codes(METHADONE, _LEAD + text)) == (text in UNTOLD)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", UNTOLD + TOLD)
def test_a_disguised_denial_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert says_advice_untold(disguise(text, random.Random(seed))) == (text in UNTOLD)


def test_the_advice_untold_beside_no_sedating_medicine_is_not_refused() -> None:
    text = (
        "Citalopram 20 mg continues. The newborn is watched for 48 hours for poor adaptation; a mood review at six "
        "weeks. No safe sleep advice has been given."
    )
    assert "MA126" not in _codes(CITALOPRAM, text)
