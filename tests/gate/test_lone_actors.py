"""A plan whose only actor is the baby, or a household in which no one is named (MA122; [conclusion] lone_actors
and lone_acts in mappings/concerns.toml): what the newborn does of itself ("will settle", "will let us know", "will
be fine") or what the household does with no one answerable ("will keep watch", "is aware") observes nothing and
keeps no rule, so a conclusion whose only concern words are there speaks of none of its own concerns. Near misses
(a professional who observes, a condition on the baby's settling, the cot beside a named parent's bed, named
parents who call the midwife) pass, and a disguise changes no verdict. Texts worded apart from the red-team
corpora."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from medassess.gate.concerns import without_lone_actors
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]





LONE = [
    (METHADONE, "Methadone goes on at the same dose. The newborn should get used to the world within a few days, "
     "will take the breast when hungry and will let us know if anything is wrong."),
    (CITALOPRAM, "Citalopram is unchanged. The infant is expected to adjust after delivery and should do well "
     "at the breast."),
    (LITHIUM, "Lithium is unchanged. The infant will take a bottle, will be measured and will be all right."),
    (PARTNER, "His quetiapine goes on unchanged, as his psychiatrist advised at the clinic last week. The infant "
     "wakes the mother rather than him in the small hours, so he can rest."),
    (METHADONE, "Methadone goes on unchanged. Everyone at home will look out for signs of withdrawal and will "
     "manage the newborn's feeds."),
    # (What the household only "knows about" beside the line alone is a hand-over that names topics, MA103's since
    # [regimen_only] handed_over: the household here knows the signs and acts.)
    (SEDATIVES, "Both tablets go on. The whole household knows the signs of drowsiness and withdrawal and will do "
     "whatever is needed overnight."),
    # The baby's treatment or feeding moving with, or hanging on, its scores, no one acting (a hundred-and-fifth
    # fresh corpus).
    (METHADONE, "Methadone goes on at the same dose. The newborn's treatment will rise and fall with its NAS "
     "scores, and feeding will hinge on them as well."),
]
NEAR_MISSES = [
    (METHADONE, "Methadone goes on at the same dose. The newborn will be watched by the ward midwives for three "
     "days; if the newborn does not settle, withdrawal scores are taken every four hours."),
    (PARTNER, "His quetiapine goes on unchanged. The infant sleeps in a crib beside the mother's bed; he never "
     "has the infant overnight after his tablet."),
    (LITHIUM, "Lithium is unchanged. The infant will be formula fed; the paediatrician measures the infant's "
     "lithium level on the third day."),
    (METHADONE, "Methadone goes on unchanged. Mum and dad know the signs of withdrawal and will ring the "
     "midwife, who sees the newborn every day until day five."),
    # Someone doses to the scores: the paediatricians score the newborn and titrate morphine to them.
    (METHADONE, "Methadone goes on at the same dose. The paediatricians will score the newborn every four hours "
     "for three days and titrate morphine to the withdrawal scores; breastfeeding is encouraged and she never "
     "shares a bed with the newborn after her dose."),
]


@pytest.mark.parametrize(("where", "text"), LONE)
def test_a_plan_whose_only_actor_is_the_baby_or_the_household_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NEAR_MISSES)
def test_a_plan_someone_carries_out_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), LONE[:3] + LONE[4:] + NEAR_MISSES)
def test_a_disguised_plan_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_lone_clauses_are_set_aside() -> None:
    text = normalise("The infant will settle, and the midwife scores her 4-hourly; if she does not feed, call paeds.")
    kept = without_lone_actors(text)
    assert len(kept) == len(text)
    assert "settle" not in kept
    assert "the midwife scores her 4-hourly" in kept
    assert "call paeds" in kept
    # A sentence whose only actor is the baby, one clause leaning on its own doing: the cot goes with it.
    alone = normalise("The newborn will settle and will sleep in its own cot.")
    assert not without_lone_actors(alone).strip(" .")
    # The same cot with no such verb is a sleeping arrangement and stands.
    assert without_lone_actors(normalise("The newborn sleeps in its own cot.")) == normalise(
        "The newborn sleeps in its own cot."
    )
    # A noun after a semicolon is an instruction, not the baby going on ("...; bottle feed").
    instruction = normalise("The newborn needs a paediatric review; bottle feed.")
    assert without_lone_actors(instruction) == instruction


def test_the_babys_feeding_with_another_verb_stands() -> None:
    # Feeding as the subject of a plain verb is no lone actor's clause, and keeps its sentence from being left to
    # the baby (a sixth fresh corpus's must-pass, read again after the hundred-and-fifth's reading of the baby's
    # treatment hanging on its scores).
    text = normalise("The newborn may show some withdrawal from day 2; breastfeeding is encouraged.")
    assert "breastfeeding is encouraged" in without_lone_actors(text)
    hanging = normalise("The newborn may show some withdrawal from day 2; feeding hinges on the scores.")
    assert not without_lone_actors(hanging).strip(" .;")
