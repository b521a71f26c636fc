"""Sources named beside an item answer (MA125), a carer named only in a feeding sentence as the safe sleep answer
(MA125), and whom the sleeping arrangements are for beside a verdict (MA109). A source of guidance named after an
answer cites it ("Safe on this dose, as per the BNF."); pointed to with nothing stated before it in its clause it
leaves the box empty ("Refer to UKTIS."). The sources are data ([pointer] sources in mappings/hollow-phrases.toml;
the rarer names are language in mappings/clinical-abbreviations.csv)."""

from __future__ import annotations

import random

import pytest

from tests.gate.disguise import disguise
from tests.gate.test_hollow_in_kind import FEEDING, PLAN, _item_codes, _sleeping_codes

SAFE_SLEEP = "impact_on_mother.safe_sleep"

# An answer with its source after it, worded apart from any corpus.
CITED = [
    (FEEDING, "Fine to breastfeed (UKDILAS)."),
    (FEEDING, "Fine to feed, per LactMed."),
    (FEEDING, "Safe on this dose according to e-lactancia; feed as usual."),
    (FEEDING, "Compatible, as per the BNF."),
    (PLAN, "Postnatal ward 3 days (BAPM framework)."),
    (PLAN, "Obs on PNW for 72h per BAPM; HV to check at day 8."),
]
# A source pointed to with nothing beside it.
POINTED = [
    (FEEDING, "Refer to LactMed."),
    (FEEDING, "See UKDILAS."),
    (FEEDING, "Check the BNF."),
    (FEEDING, "As per e-lactancia."),
    (PLAN, "According to BAPM."),
    (PLAN, "See RCPCH."),
]


@pytest.mark.parametrize(("item", "text"), CITED)
def test_a_source_named_after_an_answer_cites_it(item: str, text: str) -> None:
    assert _item_codes(item, text) == set()


@pytest.mark.parametrize(("item", "text"), POINTED)
def test_a_source_pointed_to_with_nothing_beside_it_is_hollow(item: str, text: str) -> None:
    assert _item_codes(item, text) == {"MA125"}


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("item", "text"), CITED[:3] + POINTED[:3])
def test_a_disguised_source_gets_the_plain_verdict(item: str, text: str, seed: int) -> None:
    assert _item_codes(item, disguise(text, random.Random(seed))) == _item_codes(item, text)


# The carer of a feeding sentence is no sleep arrangement; a carer who has the baby is.
CARER_FEEDING = ["Formula feeds given by her carer.", "Fed formula by the carer.", "Carer bottle feeds her."]
CARER_SLEEP = [
    "Sleepy after her dose, so her carer has the baby until she is alert.",
    "Drowsy in the evening, so the carer has the baby.",
]


@pytest.mark.parametrize("text", CARER_FEEDING)
def test_a_carer_named_only_in_a_feeding_sentence_is_no_safe_sleep_answer(text: str) -> None:
    assert _item_codes(SAFE_SLEEP, text) == {"MA125"}


@pytest.mark.parametrize("text", CARER_SLEEP)
def test_a_carer_who_has_the_baby_answers_safe_sleep(text: str) -> None:
    assert _item_codes(SAFE_SLEEP, text) == set()


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", CARER_FEEDING[:1] + CARER_SLEEP[:1])
def test_a_disguised_carer_answer_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _item_codes(SAFE_SLEEP, disguise(text, random.Random(seed))) == _item_codes(SAFE_SLEEP, text)


# Whom the arrangements are for beside a verdict names no place and no carer; a place beside them does.
FOR_WHOM = ["Appropriate for the infant.", "Fine for the newborn.", "Baby: safe."]
FOR_WHOM_PLACED = ["Suitable for baby: cot in their room.", "Safe for the infant with grandma overnight."]


@pytest.mark.parametrize("text", FOR_WHOM)
def test_a_verdict_for_the_baby_is_no_sleeping_arrangement(text: str) -> None:
    assert _sleeping_codes(text) == {"MA109"}


@pytest.mark.parametrize("text", FOR_WHOM_PLACED)
def test_a_verdict_for_the_baby_with_a_place_passes(text: str) -> None:
    assert _sleeping_codes(text) == set()


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", FOR_WHOM[:1] + FOR_WHOM_PLACED[:1])
def test_disguised_arrangements_for_the_baby_get_the_plain_verdict(text: str, seed: int) -> None:
    assert _sleeping_codes(disguise(text, random.Random(seed))) == _sleeping_codes(text)
