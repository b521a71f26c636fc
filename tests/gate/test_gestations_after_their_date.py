"""MA011: a gestation told right after its date with "at" ("the anomaly scan on 2026-08-12, at 20 weeks") is read
against the record's EDD as one told before it, and a date without its year, in words or not, on either side of its
weeks ("on the twelfth of October, at 20 weeks", "at 20 weeks, on 12 October") is read in the year nearest the day
those weeks name, so only a day and month they cannot reach is judged. Near misses stand: the right day in any of
these forms, a baby's age after a date ("..., at 6 weeks old"), and weeks in brackets after a date. Worded apart
from the red-team corpora; a disguise changes no verdict. (The valproate example's EDD is 2026-12-30: 20 weeks
falls on 2026-08-12.)"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from medassess.gate.dated_ages import dated_gestations
from tests.gate.conclusions import VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_EDD = dt.date(2026, 12, 30)
_LEAD = (
    "Valproate carries on until the neurologist sees her, as stopping abruptly risks seizures. The baby was exposed "
    "early, so an urgent neurology review and fetal medicine assessment are needed; referrals sent and folic acid "
    "5 mg started."
)

WRONG = [
    " The detailed anomaly scan is on 2026-10-12, at 20 weeks.",
    " The detailed anomaly scan is on the twelfth of October, at 20 weeks.",
    " The detailed anomaly scan is at 20 weeks, on 12 October.",
]
RIGHT = [
    " The detailed anomaly scan is on 2026-08-12, at 20 weeks.",
    " The detailed anomaly scan is on the twelfth of August, at 20 weeks.",
    " The detailed anomaly scan is at 20 weeks, on 12 August.",
    " The detailed anomaly scan is on 2026-08-12 at 20 weeks of pregnancy.",
    " The neonatal hearing review is on 2027-02-10, at 6 weeks old.",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_gestation_after_or_before_a_date_it_cannot_reach_is_read(text: str) -> None:
    found = dated_gestations(_LEAD + text, _EDD)
    assert found and all(abs(days - (280 - (_EDD - on).days)) > 14 for days, on in found)


@pytest.mark.parametrize("text", RIGHT)
def test_a_gestation_on_its_own_day_agrees(text: str) -> None:
    assert all(abs(days - (280 - (_EDD - on).days)) <= 14 for days, on in dated_gestations(_LEAD + text, _EDD))


@pytest.mark.parametrize("text", WRONG + RIGHT)
def test_ma011_refuses_only_the_wrong_day(text: str) -> None:
    assert ("MA011" in _codes(VALPROATE, _LEAD + text)) == (text in WRONG)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", WRONG + RIGHT)
def test_a_disguised_dated_gestation_is_read_as_the_plain_one(text: str, seed: int) -> None:
    plain = dated_gestations(_LEAD + text, _EDD)
    assert dated_gestations(disguise(_LEAD + text, random.Random(seed)), _EDD) == plain
