"""Plans left to whoever reads the record, to a wish, to no one or to the couple, a stop told as "is to cease", and
"urgent" weeks away (found passing by the hundred-and-sixteenth fresh corpus).

* MA103: what a conclusion gives to whoever the record reaches ("any professional receiving this letter must ...",
  "receiving service to arrange"), states as a wish ("the team's hope is that ...", "our wish is that ..."), gives
  to no one in any tense ("no one is due to take levels"), leaves to the couple as the sole deciders ("... are the
  family's decision") or hangs on her wish pointing back at it ("if Maria wants that") is set aside; what is left
  must still decide.
* MA127: an overall conclusion stopping a medicine now as "is to cease" or "to be ceased" beside an assessment that
  continues it.
* MA017: "urgent" put more than four weeks off ("in 9 weeks' time", "16 weeks from now").
* Near misses stand: a named receiving team with its act, a copy to the receiving health visitor who visits, a wish
  with the act that meets it, "nobody is going to share a bed with the infant" (a rule), the parents choosing the
  crib with the health visitor's check, a second opinion on her wish beside the plan, a dose that "may cease to be
  needed" later, "urgent, seen within 2 weeks" and a routine review weeks off beside an urgent referral today.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import without_her_wish
from medassess.gate.text import normalise
from medassess.gate.unheld import without_unheld
from medassess.gate.written_times import times_clash
from tests.gate.conclusions import CITALOPRAM, EXAMPLES, LITHIUM, METHADONE, PARTNER, TODAY
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise


def _overall_codes(text: str) -> set[str]:
    """The error codes of the methadone and sertraline example once its overall conclusion holds ``text``."""
    data: dict[str, Any] = json.loads((EXAMPLES / METHADONE[0]).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


UNHELD = [
    # whoever the record reaches
    (CITALOPRAM, "Citalopram 20 mg carries on. Any professional receiving this letter must arrange a 48-hour watch "
     "of the newborn and a mood check at six weeks."),
    (CITALOPRAM, "Citalopram 20 mg carries on. The newborn's watch after delivery and her mood check at six weeks: "
     "receiving service to arrange."),
    # a wish in place of an act
    (PARTNER, "His quetiapine 400 mg at bedtime. The team's hope is that the infant sleeps in the crib every night "
     "and that the mother covers the night feeds."),
    # a wish or hope told impersonally ("it is our aim that", "it is hoped that"), no one named
    (METHADONE, "Methadone 60 mg daily carries on. It is our aim that the infant is watched for abstinence signs "
     "and that feeding at the breast goes well."),
    (PARTNER, "His quetiapine 400 mg at bedtime. It is hoped that the infant sleeps in the crib and that the mother "
     "covers the night feeds."),
    # no one, in another tense
    (LITHIUM, "Lithium 800 mg carries on. No one is due to take levels in late pregnancy or to review the infant "
     "after delivery."),
    # the couple as sole deciders; an act hung on her wish pointing back at it
    (PARTNER, "His quetiapine 400 mg at bedtime. The crib and who covers the night feeds are the family's decision."),
    (LITHIUM, "Lithium 800 mg carries on. Monthly levels and a paediatric check of the infant can be booked if "
     "Maria wants that."),
]
HELD = [
    # a named receiving team with its act; a copy to the receiving health visitor, who visits
    (METHADONE, "Methadone 60 mg daily carries on. The receiving midwifery team at the Royal will score the infant "
     "for 72 hours on the postnatal ward; breastfeeding supported; no co-sleeping, and the HV checks the crib on day "
     "10."),
    (METHADONE, "Methadone 60 mg daily carries on. The midwife scores the infant for 72 hours on the postnatal ward; "
     "breastfeeding supported; the letter is copied to the receiving HV, who visits on day 10 and checks the crib."),
    # a wish with the act that meets it
    (METHADONE, "Methadone 60 mg daily carries on. Our wish is that she breastfeeds, so the midwife supports the "
     "first feeds and scores the infant for 72 hours; no co-sleeping, and the HV checks the crib on day 10."),
    (METHADONE, "Methadone 60 mg daily carries on. It is our hope that she breastfeeds, and the midwife supports "
     "the first feeds and scores the infant for 72 hours; no co-sleeping, and the HV checks the crib on day 10."),
    # a rule of no one, in another tense
    (PARTNER, "His quetiapine 400 mg at bedtime: nobody is going to share a bed with the infant; the mother does "
     "the night feeds and the health visitor checks the crib at each visit."),
    # the parents' choice with the check; a second opinion on her wish beside the plan
    (PARTNER, "His quetiapine 400 mg at bedtime. The parents chose the crib, and the health visitor checks it on "
     "day 10; the mother does every night feed and the infant never sleeps beside him."),
    (LITHIUM, "Lithium 800 mg at night carries on with levels monthly, weekly from 36 weeks and within 24 hours of "
     "delivery. If she would like a second opinion, the consultant will refer her; meanwhile the plan is a "
     "paediatric review of the infant after delivery and formula feeding, as breastfeeding is not advised."),
]


@pytest.mark.parametrize(("where", "text"), UNHELD)
def test_a_plan_left_to_the_reader_a_wish_or_no_one_decides_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), HELD)
def test_a_plan_held_by_someone_stands(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


# The reader as the only holder of a concern's plan, with enough else said that the conclusion is not hollow: the
# concern is answered by no one (MA122); the reader told only to take note, or a role after the reader, stands.
READER_HOLDS_A_CONCERN = [
    (METHADONE, "Methadone 60 mg daily carries on unchanged at the same chemist. Any unit that comes to read this "
     "record will have to plan the infant's abstinence scoring and where the infant sleeps. Breast milk is "
     "encouraged."),
    # the verb's particle after "this", and where it is read
    (METHADONE, "Methadone 60 mg daily carries on unchanged at the same chemist. Whichever team takes this referral "
     "on at the birth centre must plan the infant's abstinence scoring and where the infant sleeps. Breast milk is "
     "encouraged."),
]
READER_TOLD_ONLY = [
    (METHADONE, "Methadone 60 mg daily carries on unchanged at the same chemist. Any unit that comes to read this "
     "record will see that the postnatal ward scores the infant for 72 hours; no co-sleeping, and the HV checks "
     "the crib on day 10. Breast milk is encouraged."),
    (METHADONE, "Methadone 60 mg daily carries on unchanged at the same chemist. Whoever picks this up at the birth "
     "centre will see that the postnatal ward scores the infant for 72 hours; no co-sleeping, and the HV checks "
     "the crib on day 10. Breast milk is encouraged."),
]


@pytest.mark.parametrize(("where", "text"), READER_HOLDS_A_CONCERN)
def test_a_concern_left_to_the_reader_is_unanswered(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(3)))) is True


@pytest.mark.parametrize(("where", "text"), READER_TOLD_ONLY)
def test_the_reader_told_to_take_note_holds_nothing_away(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()
    assert _codes(where, disguise(text, random.Random(3))) == set()


@pytest.mark.parametrize(("where", "text"), [*UNHELD[::2], *HELD[::2]])
@pytest.mark.parametrize("seed", [5, 17])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


@pytest.mark.parametrize(("where", "text"), [UNHELD[3], UNHELD[4], HELD[3]])
def test_an_impersonal_wish_disguised_gets_the_plain_verdict(where: tuple[str, str], text: str) -> None:
    assert _codes(where, disguise(text, random.Random(11))) == _codes(where, text)


def test_only_the_clauses_left_to_no_one_are_set_aside() -> None:
    anyone = normalise("Sertraline goes on. Whichever service gets this referral should weigh the infant on day 5, "
                       "and the midwife observes for 72 h.")
    kept = without_unheld(anyone)
    assert "weigh" not in kept
    assert "the midwife observes for 72 h" in kept
    # where the reader reads it may follow "this" ("... reading this at the birth unit will have to ...")
    placed = normalise("Whoever happens to read this at the birth unit will have to arrange the infant's scores.")
    assert "scores" not in without_unheld(placed)
    placed_held = normalise("Whoever reads this at the birth unit: the midwife scores the infant for 72 h.")
    assert without_unheld(placed_held) == placed_held
    # the particle of the reader's verb may follow "this" ("picks this up", "takes this letter on")
    split = normalise("Whoever picks this up on the birth unit will need to plan the infant's scores.")
    assert "scores" not in without_unheld(split)
    split_held = normalise("Whoever picks this up: the midwife scores the infant for 72 h.")
    assert without_unheld(split_held) == split_held
    # a role that picks something up is no reader
    picked = normalise("The health visitor picks the infant's scores up on day 5 and will weigh the infant.")
    assert without_unheld(picked) == picked
    # seeing the baby is not "this": no reader
    seeing = normalise("Any clinician seeing the infant should note the 72 h watch.")
    assert without_unheld(seeing) == seeing
    wish = normalise("My hope is that the infant settles; the midwife scores for 72 h.")
    assert "settles" not in without_unheld(wish)
    assert "the midwife scores for 72 h" in without_unheld(wish)
    heading = normalise("Sertraline goes on. The infant's watch and her mood check: recipient to arrange.")
    assert "watch" not in without_unheld(heading)  # the heading goes with the clause given away
    nobody = normalise("Nobody has been asked to review the infant after delivery.")
    assert "review" not in without_unheld(nobody)
    rule = normalise("Nobody is going to share a bed or a sofa with the infant.")
    assert without_unheld(rule) == rule


def test_the_couple_as_sole_deciders_and_her_wish_pointing_back() -> None:
    couple = normalise("Where the infant sleeps at night is the parents' call.")
    assert "sleeps" not in without_her_wish(couple)
    chose = normalise("The parents chose the crib, and the health visitor checks it on day 10.")
    assert without_her_wish(chose) == chose
    feeding = normalise("Breast or bottle is their choice.")
    assert without_her_wish(feeding) == feeding  # her feeding alone is theirs to choose
    asked = normalise("A paediatric review of the infant is booked if Maria would like that.")
    assert "review" not in without_her_wish(asked)


@pytest.mark.parametrize(
    "overall",
    [
        "Methadone carries on unchanged. Sertraline is to cease today. The infant is scored on the postnatal ward for "
        "72 hours; no co-sleeping, and the health visitor sees the crib before discharge.",
        "Methadone carries on unchanged; sertraline to be ceased this week. The infant is scored on the postnatal "
        "ward for 72 hours; no co-sleeping, and the health visitor sees the crib before discharge.",
    ],
)
def test_an_overall_stop_told_as_ceasing_against_a_continue_is_refused(overall: str) -> None:
    assert "MA127" in _overall_codes(overall)


@pytest.mark.parametrize(
    "overall",
    [
        "Methadone carries on unchanged and sertraline continues; the dose may cease to be needed after 6 months. "
        "The infant is scored on the postnatal ward for 72 hours; no co-sleeping, and the health visitor sees the "
        "crib before discharge.",
        "Methadone carries on unchanged. Sertraline is to cease once the infant is 6 weeks old. The infant is scored "
        "on the postnatal ward for 72 hours; no co-sleeping, and the health visitor sees the crib before discharge.",
    ],
)
def test_a_later_or_possible_cease_is_no_stop_now(overall: str) -> None:
    assert "MA127" not in _overall_codes(overall)


@pytest.mark.parametrize(
    ("text", "clash"),
    [
        ("An urgent neurology review is booked for 16 weeks from now.", True),
        ("Urgent fetal echo in nine weeks' time.", True),
        ("Urgent review in 12 weeks.", True),
        ("Urgent neurology referral, seen within 2 weeks.", False),
        ("Urgent referral sent today; routine review in 16 weeks.", False),
        ("Urgent review in 3 weeks.", False),
        ("Urgent anomaly scan at 20 weeks.", False),
    ],
)
def test_urgent_weeks_away(text: str, clash: bool) -> None:
    assert times_clash(text) is clash
    assert times_clash(disguise(text, random.Random(7))) is clash
