"""A plan held by no one (found passing by the hundred-and-ninth fresh corpus; medassess/gate/unheld.py, [unheld]
in mappings/concerns.toml).

* MA103: what a conclusion gives only to the record's reader ("you will need to ...", "the reader should ...",
  "whoever receives this letter should ...", "Recipient to action: ...", "please ensure ..." with no role after it),
  states as a goal or a hope ("The aim is ...", "Objectives: ...", "Target: ...", "Desired state: ...", "we hope
  ..."), gives to no one in a double negative ("no one will fail to ...", "nobody will neglect ...") or negates ("no
  levels will be taken") is set aside; what is left must still decide.
* Near misses stand: a letter addressed to a role or to the mother, a request naming a role, a goal beside the acts
  that meet it, a target inside a plan, "no one shares a bed with the baby" (a rule), and "no extra levels beyond
  the monthly ones" beside a plan.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.text import normalise
from medassess.gate.unheld import without_unheld
from tests.gate.conclusions import CITALOPRAM, LITHIUM, PARTNER
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

UNHELD = [
    # the reader
    (CITALOPRAM, "Citalopram 20 mg carries on. For the recipient to action: watch the newborn two days for "
     "jitteriness and check her mood at the six-week visit."),
    (PARTNER, "His quetiapine 400 mg at bedtime. Kindly ensure the infant never sleeps beside him, and please make "
     "sure the mother covers the night feeds."),
    (PARTNER, "His quetiapine 400 mg at bedtime. Whoever reads this should confirm the crib is used every night."),
    # goals and hopes
    (CITALOPRAM, "Citalopram 20 mg daily. The main goal is a settled infant and a well mother after delivery."),
    (PARTNER, "Quetiapine for the father at bedtime. It is hoped the infant stays in the crib overnight."),
    # no one, in a double negative
    (PARTNER, "Quetiapine for the father at bedtime. No-one will forget to check the crib, and nobody will miss a "
     "night feed."),
]
HELD = [
    # a letter to a role; a request naming a role; "you" to the mother beside a professional's plan
    (PARTNER, "Dear health visitor, his quetiapine 400 mg at bedtime leaves him heavily sedated: please check at "
     "each visit until 8 weeks that the infant sleeps in the crib and that the mother does the night feeds."),
    (PARTNER, "His quetiapine 400 mg at bedtime leaves him heavily sedated. Please ensure the health visitor checks "
     "the crib at each visit; the mother does every night feed."),
    (PARTNER, "Dear Amy, Tom's quetiapine makes him very drowsy, so you will do the night feeds and the baby sleeps "
     "in the crib; the health visitor will check this at each visit to 8 weeks."),
    # a goal with the acts that meet it; a target inside a plan
    (CITALOPRAM, "Citalopram 20 mg carries on. Goal: a settled infant. The midwife watches the newborn for 48 hours "
     "for jitteriness; breastfeeding supported; the GP reviews her mood at 6 weeks."),
    (LITHIUM, "Lithium 800 mg at night continues, aiming for levels of 0.4-0.8 mmol/L: the GP checks levels every 4 "
     "weeks, weekly from 36 weeks, and within 24 hours of delivery; paediatric review of the baby after birth; "
     "bottle feeding, as breastfeeding is not advised on lithium; perinatal team visit within a week."),
    # a rule of no one
    (PARTNER, "Quetiapine for the father at bedtime makes him drowsy, so no one shares a bed or sofa with the "
     "infant; the mother does the night feeds and the health visitor checks the crib at each visit."),
]


@pytest.mark.parametrize(("where", "text"), UNHELD)
def test_a_plan_held_by_no_one_decides_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), HELD)
def test_a_plan_held_by_someone_stands(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*UNHELD[:3], *HELD[:3]])
@pytest.mark.parametrize("seed", [3, 11])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_clauses_held_by_no_one_are_set_aside() -> None:
    reader = normalise("Sertraline goes on. You will need to weigh the infant on day 5, and the midwife observes "
                       "for 72 h.")
    kept = without_unheld(reader)
    assert "weigh" not in kept
    assert "the midwife observes for 72 h" in kept
    # what the reader is told to take note of is no act of the reader's
    noted = normalise("You will see that the ward scores the infant for 72 h.")
    assert without_unheld(noted) == noted
    # a text speaking to the mother of her own addresses her: its "you" is the mother
    mother = normalise("Your infant is weighed by your midwife on day 5, and you will give formula at night.")
    assert without_unheld(mother) == mother
    # a goal ends at a semicolon or a heading after it
    goal = normalise("Aim: levels 0.4-0.8; the GP takes them monthly.")
    assert "the gp takes them monthly" in without_unheld(goal)
    assert "0.4-0.8" not in without_unheld(goal)
    # a goal naming who meets it stands
    owned = normalise("The aim is for the midwife to watch the infant for 72 h.")
    assert without_unheld(owned) == owned
    # no one as a double negative's actor goes; no one doing a risky act is a rule
    double = normalise("No one will fail to check the crib.")
    assert "crib" not in without_unheld(double)
    rule = normalise("Nobody shares a bed with the infant.")
    assert without_unheld(rule) == rule
    # a care act negated goes; a need negated beside a plan stands
    negated = normalise("No scan will be booked after 20 weeks and the infant will not need a hearing check.")
    assert "hearing" not in without_unheld(negated)
    need = normalise("No extra levels are needed beyond the monthly ones.")
    assert without_unheld(need) == need
