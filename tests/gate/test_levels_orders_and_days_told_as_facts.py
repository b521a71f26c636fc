"""MA017, both ways and disguised, worded apart from the red-team cases (tests/redteam/fresh130_cases.py, watches,
gestation and birth):

* a level told with no medicine beside it is the level of the medicine the text named before it, so a lithium level
  no one lives at is read there too, unless its sentence names another analyte ([narrowed] level_others in
  mappings/concerns.toml);
* an order that cannot happen, told as a fact or a plan and not only as a condition: a trimester with a week past
  its end right after it, or a birth after an event of the baby's own life ([narrowed] trimesters, baby_events);
* a day of life naming its check ("the day-3 review", "day 7 visit") dates that day too, so a date the baby cannot
  be that old on is read ([baby_age] check_nouns in mappings/calendar.toml);
* the baby scored at an interval of hours is the withdrawal watch though no concern is named, so a window of
  thousands of hours is read, and a short first part is not ([watch] interval_scores in
  mappings/neonatal-watch.toml).
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from medassess.gate.dated_ages import dates_off_the_babys_age
from medassess.gate.narrowed import names_impossible_level, names_impossible_order
from medassess.gate.written_times import times_impossible_watch
from tests.gate.conclusions import LITHIUM, conclusion_codes
from tests.gate.disguise import disguise

_LITH = "Lithium 600 mg at night continues, with levels monthly and weekly from 36 weeks."
LEVELS_NO_ONE_HAS = [
    _LITH + " The neonatologist sees the infant after delivery only where her level exceeds 30 mmol/L.",
    _LITH + " Her levels have been at 45 mmol/L all pregnancy.",
]
LEVELS_REAL = [
    _LITH + " The neonatologist sees the infant after delivery, and sooner where her level exceeds 1.2 mmol/L.",
    _LITH + " If her sodium level is over 150 mmol/L, the dose is held.",
    _LITH + " Her blood sugar level reached 24 mmol/L once; the diabetes team sees her.",
    "Sertraline goes on. Her level is at 30 mmol/L.",
]


ORDERS_THAT_CANNOT_BE = [
    _LITH + " The infant was exposed within the first trimester by 24 weeks, which adds a little to the heart risk.",
    _LITH + " The infant is to be born after its newborn examination on the ward.",
]
ORDERS_THAT_CAN = [
    _LITH + " The infant was exposed within the first trimester, and the cardiac scan by 24 weeks looks at the heart.",
    _LITH + " She was seen in the first trimester at 11 weeks.",
    _LITH + " The GP sees the infant at its 6-week check, after the birth.",
    _LITH + " Her levels after the birth are taken with the infant's newborn examination.",
]


@pytest.mark.parametrize("text", ORDERS_THAT_CANNOT_BE)
def test_an_order_that_cannot_happen_is_read_as_a_fact_too(text: str) -> None:
    assert names_impossible_order(text)
    assert "MA017" in conclusion_codes(LITHIUM, text)


@pytest.mark.parametrize("text", ORDERS_THAT_CAN)
def test_the_same_words_in_an_order_that_can_happen_stand(text: str) -> None:
    assert not names_impossible_order(text)
    assert "MA017" not in conclusion_codes(LITHIUM, text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", ORDERS_THAT_CANNOT_BE + ORDERS_THAT_CAN)
def test_disguised_orders_are_judged_like_the_plain(text: str, seed: int) -> None:
    assert names_impossible_order(disguise(text, random.Random(seed))) == names_impossible_order(text)


@pytest.mark.parametrize("text", LEVELS_NO_ONE_HAS)
def test_a_level_told_after_the_medicine_is_that_medicines_level(text: str) -> None:
    assert names_impossible_level(text)
    assert "MA017" in conclusion_codes(LITHIUM, text)


@pytest.mark.parametrize("text", LEVELS_REAL)
def test_a_real_level_or_another_analytes_stands(text: str) -> None:
    assert not names_impossible_level(text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", LEVELS_NO_ONE_HAS + LEVELS_REAL)
def test_disguised_levels_are_judged_like_the_plain(text: str, seed: int) -> None:
    assert names_impossible_level(disguise(text, random.Random(seed))) == names_impossible_level(text)


# Born no earlier than 3 April 2026 and no later than 29 May 2026 (due 15 May).
_BORN = (dt.date(2026, 4, 3), dt.date(2026, 5, 29))
DAY_CHECKS_OFF = [
    "The infant's day-3 review is on 10 March 2026.",
    "The health visitor's day 7 visit will be on 20 July 2026.",
]
DAY_CHECKS_ON = [
    "The infant's day-3 review is on 18 May 2026.",
    "The health visitor's day 7 visit will be on 22 May 2026.",
    "Day 3 of her detox falls on 10 March 2026.",
]


@pytest.mark.parametrize("text", DAY_CHECKS_OFF)
def test_a_day_of_life_naming_its_check_is_dated_from_the_birth(text: str) -> None:
    assert dates_off_the_babys_age(text, *_BORN)


@pytest.mark.parametrize("text", DAY_CHECKS_ON)
def test_a_day_of_life_check_on_a_day_it_can_fall_or_another_day_stands(text: str) -> None:
    assert not dates_off_the_babys_age(text, *_BORN)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", DAY_CHECKS_OFF + DAY_CHECKS_ON)
def test_disguised_day_checks_are_judged_like_the_plain(text: str, seed: int) -> None:
    assert dates_off_the_babys_age(disguise(text, random.Random(seed)), *_BORN) == dates_off_the_babys_age(
        text, *_BORN
    )


SCORED_FOR_THOUSANDS = [
    "The unit scores the newborn 3-hourly for the next 1,800 hours.",
    "Every 4 hours the neonate is scored for the first 3,000 hours.",
]
SCORED_IN_TIME = [
    "The unit scores the newborn 3-hourly for the first 12 hours, then 4-hourly on the ward.",
    "The unit scores the newborn every 4 hours for 5 days.",
    "The newborn is fed every 3 hours for the next 1,800 hours.",
]


@pytest.mark.parametrize("text", SCORED_FOR_THOUSANDS)
def test_a_baby_scored_at_intervals_for_thousands_of_hours_is_read(text: str) -> None:
    assert times_impossible_watch(text)


@pytest.mark.parametrize("text", SCORED_IN_TIME)
def test_scoring_in_time_a_short_first_part_or_feeds_stand(text: str) -> None:
    assert not times_impossible_watch(text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", SCORED_FOR_THOUSANDS + SCORED_IN_TIME)
def test_disguised_scoring_is_judged_like_the_plain(text: str, seed: int) -> None:
    assert times_impossible_watch(disguise(text, random.Random(seed))) == times_impossible_watch(text)
