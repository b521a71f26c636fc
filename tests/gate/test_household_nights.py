"""MA127: another adult of the household, no parent (a grandparent, an adult son or daughter, an aunt, a lodger, a
foster carer's partner), said to be sedated or to take a sedating medicine now and then given the baby's nights,
its small-hours feed, or the baby in bed, on a sofa or chair or overnight, is the hazard a sedated parent is. The
same adult kept to the daytime, kept from the nights, or with the medicine stopped passes; so does an adult who
takes nothing sedating, and a parent's partner (read by the parents' own readings). Disguises change no verdict.
Worded apart from the red-team cases (tests/redteam/fresh151_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.household_nights import nights_to_a_sedated_householder
from tests.gate.conclusions import PARTNER, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguised

_PARENTS = frozenset({"chloe", "daniel", "kayleigh", "price"})

HAZARDS = [
    "Her aunt, who is on zopiclone and sleeps very deeply, has the baby in bed with her at weekends.",
    "Daniel's mother, drowsy after her evening pregabalin, sits with the baby on the settee until 11 pm.",
    "Chloe's older daughter, 20, who takes quetiapine, does the 2 am bottle on Sundays.",
    "The lodger, who is on methadone and drowsy most nights, has the baby in his room overnight.",
    "Nan takes diazepam at bedtime and has the baby in her bed at weekends.",
    "The childminder's husband, who takes promethazine for hay fever, covers the night feeds when she works late.",
    "Kayleigh's sister takes mirtazapine and is hard to wake, so she does the night feeds on Fridays.",
]
SAFE = [
    # kept to the daytime, or kept from the nights and the bed
    "Her aunt, who is on zopiclone and sleeps very deeply, helps with bath time and never has the baby overnight.",
    "Daniel's mother, drowsy after her evening pregabalin, holds the baby only in the afternoons, sitting up.",
    "Chloe's older daughter, 20, takes quetiapine, so she does not do any night feeds; Chloe does them.",
    "The lodger, who is on methadone, has no part in the baby's care and keeps his doses locked away.",
    # a negation reaching past "or"
    "Grandad takes pregabalin in the evening, so he never minds the baby at night or dozes with the baby.",
    # the medicine stopped, or nothing sedating taken
    "Chloe's older daughter, 20, who stopped quetiapine in the spring, does the 2 am bottle on Sundays.",
    "Her aunt, who takes nothing sedating, has the baby overnight in the travel cot at weekends.",
    # a sedated adult in the house, the nights with someone else
    "Nan takes diazepam at bedtime; Chloe does the night feeds with the crib on her side.",
    # the parents' own partner, read elsewhere
    "Her partner, who takes pregabalin, never has the baby on the sofa after tea.",
]


@pytest.mark.parametrize("text", HAZARDS)
def test_a_sedated_household_adult_given_the_nights_or_bed_is_read(text: str) -> None:
    assert nights_to_a_sedated_householder(text, _PARENTS)


@pytest.mark.parametrize("text", SAFE)
def test_the_adult_kept_from_the_nights_or_not_sedated_is_not_read(text: str) -> None:
    assert not nights_to_a_sedated_householder(text, _PARENTS)


_QUET_OK = (
    "Daniel's quetiapine at night leaves him very hard to wake: he does no night feeds and never shares a bed, sofa "
    "or chair with the baby. "
)


def test_the_partner_record_refuses_a_sedated_grandmother_in_the_baby_s_bed() -> None:
    text = _QUET_OK + "Chloe's nan, on diazepam and drowsy by 9 pm, has the baby in her bed on Saturdays."
    assert "MA127" in conclusion_codes(PARTNER, text)


def test_the_partner_record_passes_a_sedated_grandmother_kept_to_the_daytime() -> None:
    text = (
        _QUET_OK + "Chloe's nan, on diazepam and drowsy by 9 pm, helps only in the mornings and never has the baby "
        "overnight. Chloe does every night feed with the crib on her side; the health visitor checks the crib at "
        "each visit until 8 weeks."
    )
    assert "MA127" not in conclusion_codes(PARTNER, text)


def test_the_foster_record_refuses_the_carers_sedated_partner_on_the_sofa() -> None:
    text = (
        "Diazepam and pregabalin make Kayleigh drowsy, so she never shares a bed or sofa with the baby. The foster "
        "carer's partner, who takes zopiclone, dozes on the sofa with the baby in the evenings."
    )
    assert "MA127" in conclusion_codes(SEDATIVES, text)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([*HAZARDS, *SAFE]), st.data())
def test_a_disguised_text_is_read_as_the_plain_one(text: str, data: st.DataObject) -> None:
    assert nights_to_a_sedated_householder(data.draw(disguised(text)), _PARENTS) == nights_to_a_sedated_householder(
        text, _PARENTS
    )
