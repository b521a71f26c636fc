"""MA122: more ends of a plan with nothing in their place ([ended_bare] and [claim] retraction_ends in
mappings/hollow-phrases.toml; :func:`medassess.gate.concerns.withdrawn_unreplaced`):

- a helper named with what they were to do who went away ("has moved out", "went home to ...", "has left"), or
  who stepped back for a reason of their own ("owing to her job"), takes that plan with them (`holder_ends`,
  `gone_openers`); the same with someone named doing it after, or told as the reason (`reason_not`), stands;
- a going home of the baby, or of the mother from the ward, is a discharge, not a helper gone (`holder_not`,
  `holder_places_not`); nor is a helper who left the baby with someone;
- an arrangement that ends on a day with nothing in place after that ("the foster placement comes to an end next
  week and nothing is in place after that") is the gap told from its end; the same with the next home and its
  night carer named stands;
- a plan dropped, whatever its sentence says of when or why, then a sentence saying only that nothing replaced it
  ("No replacement has been agreed so far."), is gone; replaced by a named one, it stands.

Texts worded apart from the red-team corpora (tests/redteam/fresh150_cases.py, fresh151_cases.py); a disguise
changes no verdict."""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_PART = (
    "His quetiapine leaves him too drowsy to tend the infant after his dose or to share a bed or settee with it. "
)
_SED = (
    "Diazepam and pregabalin continue for now; together they leave her heavily sedated, so she never shares a bed, "
    "sofa or armchair with the infant or feeds lying down. "
)
_METH = (
    "Methadone carries on at 60 mg. Breast milk is encouraged. She is drowsy after dosing, so the infant never "
    "shares her bed or a settee. "
)
_DROPPED = (
    "The idea of him giving the late-evening feed before his tablet was dropped once he dozed off with the infant on "
    "his chest. "
)

REFUSED = [
    # a helper gone away, or stepped back for a reason of their own
    (PARTNER, _PART + "His aunt, who had offered to take the overnight feeds, has moved out this week."),
    (PARTNER, _PART + "His sister, who had agreed to cover the overnight feeds, stepped back owing to her job."),
    (PARTNER, _PART + "The aunt who was to sleep over and do the night feeds went home to Cardiff on Sunday."),
    (SEDATIVES, _SED + "Her cousin, who was meant to do the night feeds, has left for university."),
    # an arrangement that ends, nothing in place after it
    (SEDATIVES, _SED + "The foster placement comes to an end next week and nothing is in place after that."),
    # a plan dropped, the next sentence saying only that nothing replaced it
    (PARTNER, _PART + _DROPPED + "No replacement has been agreed so far."),
]
PASSED = [
    # a helper gone, someone named doing it after, or told as the reason
    (PARTNER, _PART + "His aunt, who had offered to take the overnight feeds, has moved out. His brother Owen does "
     "every overnight feed with the cot beside him."),
    (PARTNER, _PART + "His sister, who had agreed to cover the overnight feeds, stepped back because his mother now "
     "does them."),
    (PARTNER, _PART + "His sister, who had agreed to cover the overnight feeds, stepped back after his mother offered "
     "to cover them."),
    # the arrangement's end with the next home and its night carer named
    (SEDATIVES, _SED + "The foster placement ends on Friday; after that the infant lives with her grandmother, Pat "
     "Lowe, who does all the night feeds."),
    # the plan dropped and replaced by a named one
    (PARTNER, _PART + _DROPPED + "It was replaced by Amy giving every feed from 8 pm."),
    (PARTNER, _PART + _DROPPED + "Amy, the infant's mother, now gives every feed from 8 pm."),
    # a discharge, not a helper gone
    (METHADONE, _METH + "The infant, who was due to stay for three days of scoring, went home on day 2."),
    (METHADONE, _METH + "She was to stay in for three days while the infant was scored but went home from the "
     "postnatal ward on day 2."),
    # the baby left with someone
    (SEDATIVES, _SED + "Her cousin, who was to do the night feeds on Fridays, left the infant with her partner at "
     "midnight."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_a_helper_gone_or_an_arrangement_ended_with_nothing_in_its_place_is_refused(
    where: tuple[str, str], text: str
) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_a_successor_named_a_discharge_or_a_baby_left_with_someone_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = (where, text) in REFUSED
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain
