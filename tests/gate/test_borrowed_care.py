"""MA124 and MA103: the baby's care given only as a copy of someone else's ("managed exactly as her cousin's baby
was") ([pointer] borrowed_care in mappings/hollow-phrases.toml), both ways and disguised. Texts worded apart from
the red-team corpora (tests/redteam/fresh127_cases.py):

* a clause that says only that the baby is cared for as another baby was, with nothing of what that care is,
  points the reader to care they have no record of: it says nothing of this baby;
* the same comparison beside the care written out ("as with her first child, the newborn stays ... 5 days"), or
  followed by it after a colon, stands.
"""

from __future__ import annotations

import random

import pytest

from tests.gate.disguise import disguise
from tests.gate.test_substance import errors, with_conclusion

MEDICINES = "Methadone 60 mg and sertraline 100 mg continue at today's doses, dispensed daily by the pharmacy."
CARE = (
    "the newborn is scored for withdrawal on the postnatal ward for 5 days, she breastfeeds with midwife support, "
    "and the baby sleeps in its own cot"
)

BORROWED = [
    MEDICINES + " The newborn is to be cared for just as her cousin's baby was at the same hospital.",
    MEDICINES + " Her baby will be looked after exactly as the twins were in 2023.",
    MEDICINES + " The infant is to be handled in the same way as her friend's baby was.",
]
STANDS = [
    MEDICINES + " As with her first child, " + CARE + ".",
    MEDICINES + " The newborn is to be cared for just as her first baby was: " + CARE + ".",
    MEDICINES + " As her first baby was, " + CARE + ".",
    MEDICINES + " The baby will be observed as her first baby was, for 72 hours on the postnatal ward.",
    MEDICINES + " The newborn is managed as her first baby was; scored on the postnatal ward for 5 days with the "
    "health visitor checking to day 8.",
]


@pytest.mark.parametrize("text", BORROWED)
def test_care_given_only_as_another_babys_says_nothing_of_this_baby(text: str) -> None:
    assert errors(with_conclusion(text)) & {"MA103", "MA124"}


@pytest.mark.parametrize("text", STANDS)
def test_another_babys_care_beside_this_babys_written_out_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", BORROWED + STANDS)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    hidden = disguise(text, random.Random(seed))
    assert errors(with_conclusion(hidden)) - {"MA115"} == errors(with_conclusion(text))
