"""MA122 and MA103, both ways and disguised, worded apart from the red-team cases (tests/redteam/fresh130_cases.py,
plans):

* MA122: a watch called off with nothing in its place is not answered by a clause in the watch item's own words that
  points back to the clause before it ("and the midwife supports it", "which the health visitor checks"): what it
  supports or checks is that clause's concern ([conclusion] plan_back_references in mappings/concerns.toml);
* MA122: a dose supervised ("a supervised pregabalin taper") is no adult supervising the baby, so it does not hold
  the night cover its text withdraws ([conclusion] dose_supervision), and "no one has replaced it" says nothing is
  in the plan's place ([claim] retraction_unreplaced in mappings/hollow-phrases.toml);
* MA103: a closing in which the author does not stand behind the plan disowns the whole ([disowned_whole]).
"""

from __future__ import annotations

import random

import pytest

from tests.gate.conclusions import CITALOPRAM, METHADONE, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguise

_METH_HEAD = "Methadone 70 mg daily, collected from the chemist, is kept as it is until she delivers."
_METH_FEED = "She plans to breastfeed and the ward midwife supports it."
_METH_COT = "She gets sleepy after a dose, so the infant has its own Moses basket, which the health visitor checks."

WATCH_CALLED_OFF = [
    (METHADONE, f"{_METH_HEAD} The infant's abstinence watch was stood down, as beds are short, and nothing else has "
     f"been set up. {_METH_FEED} {_METH_COT}"),
    (METHADONE, f"{_METH_HEAD} {_METH_FEED} The newborn observation arrangement has been cancelled and nothing has "
     f"been put in its place. {_METH_COT}"),
]
WATCH_STANDS = [
    # the watch replaced
    (METHADONE, f"{_METH_HEAD} The 2-day stay was cancelled, as signs can come late; instead the unit observes the "
     f"infant for abstinence for 4 days and the health visitor looks for late signs to day 8. {_METH_FEED} "
     f"{_METH_COT}"),
    # no watch withdrawn: the pronoun clauses beside a watch that stands
    (METHADONE, f"{_METH_HEAD} The unit observes the infant for abstinence for 4 days. {_METH_FEED} {_METH_COT}"),
]

_DZP_HEAD = "Diazepam and pregabalin go on at today's doses, with a supervised pregabalin taper from next month."
_DZP_WATCH = "The carer and the health visitor look for late withdrawal signs in the infant until day 8."

COVER_CALLED_OFF = [
    (SEDATIVES, f"{_DZP_HEAD} Both make Kayleigh drowsy, so her aunt was to have the infant overnight, but that "
     f"arrangement has been cancelled and no one has replaced it. {_DZP_WATCH}"),
]
COVER_STANDS = [
    (SEDATIVES, f"{_DZP_HEAD} Both make Kayleigh drowsy, so her aunt was to have the infant overnight; that "
     f"arrangement has been cancelled, so the foster carer does every night feed instead. {_DZP_WATCH}"),
    (SEDATIVES, f"{_DZP_HEAD} Both make Kayleigh drowsy, so the foster carer has the infant overnight and she is "
     f"supervised with the infant by day. {_DZP_WATCH}"),
]

_CIT = (
    "Citalopram 20 mg daily goes on, as she relapsed when it was stopped. The midwife looks for jitteriness and "
    "poor feeding in the infant for 2 days, breastfeeding is supported, and the GP sees her at 6 weeks."
)
DISOWNED = [
    _CIT + " I was asked to sign this, but I do not stand behind this plan.",
    _CIT + " Written as instructed; I don't stand behind any of this.",
]
OWNED = [
    _CIT + " I stand behind this plan and have gone through it with her.",
    _CIT + " She asked to stop citalopram at 36 weeks; I do not stand behind her wish, and we agreed to continue.",
]

@pytest.mark.parametrize(("where", "text"), WATCH_CALLED_OFF + COVER_CALLED_OFF)
def test_a_plan_called_off_bare_is_not_held_by_the_clauses_beside_it(where: tuple[str, str], text: str) -> None:
    assert "MA122" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), WATCH_STANDS + COVER_STANDS)
def test_a_plan_replaced_or_standing_beside_them_stands(where: tuple[str, str], text: str) -> None:
    assert conclusion_codes(where, text) == set()


@pytest.mark.parametrize("text", DISOWNED)
def test_a_closing_that_does_not_stand_behind_the_plan_disowns_it(text: str) -> None:
    assert "MA103" in conclusion_codes(CITALOPRAM, text)


@pytest.mark.parametrize("text", OWNED)
def test_a_closing_that_owns_the_plan_or_declines_one_wish_stands(text: str) -> None:
    assert conclusion_codes(CITALOPRAM, text) == set()


@pytest.mark.parametrize(("where", "text"), WATCH_CALLED_OFF + WATCH_STANDS + COVER_CALLED_OFF + COVER_STANDS)
def test_the_disguised_plans_are_judged_like_the_plain(where: tuple[str, str], text: str) -> None:
    hidden = disguise(text, random.Random(len(text)))
    assert conclusion_codes(where, hidden) - {"MA115"} == conclusion_codes(where, text)


@pytest.mark.parametrize("text", DISOWNED + OWNED)
def test_disguised_closings_are_judged_like_the_plain(text: str) -> None:
    hidden = disguise(text, random.Random(len(text)))
    assert conclusion_codes(CITALOPRAM, hidden) - {"MA115"} == conclusion_codes(CITALOPRAM, text)
