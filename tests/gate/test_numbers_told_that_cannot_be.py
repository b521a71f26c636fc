"""MA017, both ways and disguised, worded apart from the red-team cases (tests/redteam/fresh129_cases.py,
fresh134_cases.py: numbers and dates told that cannot be true):

* a lithium level told as a result above the ceiling a text can tell it at ([narrowed] told_levels in
  mappings/concerns.toml), with an aside between commas after the level's word; levels in the range, a toxic
  result, a condition under the ceiling no one lives at and another analyte's level stand;
* a check named by weeks with no kind of the baby's, dated after a known birth sooner than its first week allows
  ([baby_age] in mappings/calendar.toml); the same check on a date that fits, later, or before the birth stands;
* a check of a day of life with the place it goes to between it and its date ("the day-10 visit to the foster
  home is on ...", [baby_age] place_prepositions);
* a withdrawal watch that ends days before day 8 with the next contact told past it and nothing between
  ([clash] next_* in mappings/neonatal-watch.toml); a day inside the window, advice, another watch, a carry of the
  watch, a watch reaching day 7 or another watch's concern stands.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from medassess.gate.dated_ages import dates_off_the_babys_age
from medassess.gate.narrowed import names_impossible_level
from medassess.gate.written_times import times_clash
from tests.gate.conclusions import LITHIUM, METHADONE, PARTNER, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguise

_LITH = "Lithium (Priadel) 600 mg at night goes on, with levels every 4 weeks and weekly from 36 weeks."
LEVELS_TOLD_WRONG = [
    _LITH + " Her most recent lithium level, drawn in March, came to 14.2 mmol/L.",
    _LITH + " Her lithium level was 12 mmol/L at the booking bloods.",
    _LITH + " Her level, checked in clinic, was 10.8 mmol/L.",
]
LEVELS_TOLD_RIGHT = [
    _LITH + " Her most recent lithium level, drawn in March, came to 0.6 mmol/L.",
    _LITH + " Her lithium level was 0.72 mmol/L at the booking bloods.",
    _LITH + " Her lithium level, after the overdose in 2019, was 4.9 mmol/L; she has been well since.",
    _LITH + " Her level, checked in clinic, was 1.7 mmol/L, so the dose came down and was rechecked.",
    _LITH + " Her sodium level, checked in clinic, was 139 mmol/L.",
    # A condition keeps the ceiling no one lives at (never_levels): a dialysis plan above 12 mmol/L is not a result.
    _LITH + " Dialysis is arranged only if her lithium level ever exceeds 12 mmol/L.",
]


@pytest.mark.parametrize("text", LEVELS_TOLD_WRONG)
def test_a_level_told_past_its_ceiling_is_refused(text: str) -> None:
    assert names_impossible_level(text)
    assert "MA017" in conclusion_codes(LITHIUM, text)


@pytest.mark.parametrize("text", LEVELS_TOLD_RIGHT)
def test_a_level_in_range_toxic_or_of_another_analyte_stands(text: str) -> None:
    assert not names_impossible_level(text)
    assert "MA017" not in conclusion_codes(LITHIUM, text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", LEVELS_TOLD_WRONG + LEVELS_TOLD_RIGHT)
def test_disguised_levels_told_are_judged_like_the_plain(text: str, seed: int) -> None:
    assert names_impossible_level(disguise(text, random.Random(seed))) == names_impossible_level(text)


# The partner example's baby was born on 18 May 2026; the foster example's on 8 June 2026.
_BORN = dt.date(2026, 5, 18)
_PARTNER = (
    "His quetiapine 300 mg at night leaves him hard to wake, so he never holds the baby asleep on the sofa or in bed. "
    "Chloe feeds at night and the baby sleeps in a cot beside her."
)
WEEK_CHECKS_TOO_SOON = [
    _PARTNER + " The GP sees them all at the 6-week check on 29 May 2026.",
    _PARTNER + " The HV will look at the cot again at the 6-8 week review, set for 4 June 2026.",
]
WEEK_CHECKS_THAT_FIT = [
    _PARTNER + " The GP sees them all at the 6-week check on 29 June 2026.",
    _PARTNER + " The HV will look at the cot again at the 6-8 week review, set for 6 July 2026.",
    _PARTNER + " His 12-week medication review is on 1 October 2026.",
    _PARTNER + " She was last seen at the 36-week visit on 20 April 2026.",
]


@pytest.mark.parametrize("text", WEEK_CHECKS_TOO_SOON)
def test_a_check_named_by_weeks_dated_too_soon_after_the_birth_is_refused(text: str) -> None:
    assert dates_off_the_babys_age(text, _BORN, _BORN)
    assert "MA017" in conclusion_codes(PARTNER, text)


@pytest.mark.parametrize("text", WEEK_CHECKS_THAT_FIT)
def test_a_check_named_by_weeks_on_a_date_that_fits_stands(text: str) -> None:
    assert not dates_off_the_babys_age(text, _BORN, _BORN)
    assert "MA017" not in conclusion_codes(PARTNER, text)


def test_a_check_named_by_weeks_before_a_birth_not_yet_known_is_not_read() -> None:
    # Before the birth "the 6-week visit" may be an antenatal one: its date is not judged against a birth to come.
    text = "Sertraline continues; she is seen at the 6-week visit on 2 March 2026."
    assert not dates_off_the_babys_age(text, dt.date(2026, 3, 1), dt.date(2026, 3, 20))


_FOSTER = dt.date(2026, 6, 8)
_SEDATED = (
    "Diazepam and pregabalin go on; both sedate Kayleigh, so she never shares a bed, sofa or chair with the baby and "
    "the foster carer does the nights. Withdrawal is watched for until day 8."
)
DAY_VISITS_TO_A_PLACE_OFF = [_SEDATED + " The health visitor's day-10 visit to the foster home is on 30 July 2026."]
DAY_VISITS_TO_A_PLACE_ON = [
    _SEDATED + " The health visitor's day-10 visit to the foster home is on 18 June 2026.",
    _SEDATED + " The baby is weighed from day 5 to discharge on 30 July 2026.",
]


@pytest.mark.parametrize("text", DAY_VISITS_TO_A_PLACE_OFF)
def test_a_day_of_life_visit_to_a_place_is_dated_from_the_birth(text: str) -> None:
    assert dates_off_the_babys_age(text, _FOSTER, _FOSTER)
    assert "MA017" in conclusion_codes(SEDATIVES, text)


@pytest.mark.parametrize("text", DAY_VISITS_TO_A_PLACE_ON)
def test_a_day_of_life_visit_to_a_place_on_its_day_or_an_end_after_to_stands(text: str) -> None:
    assert not dates_off_the_babys_age(text, _FOSTER, _FOSTER)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", WEEK_CHECKS_TOO_SOON + WEEK_CHECKS_THAT_FIT)
def test_disguised_week_checks_are_judged_like_the_plain(text: str, seed: int) -> None:
    plain = dates_off_the_babys_age(text, _BORN, _BORN)
    assert dates_off_the_babys_age(disguise(text, random.Random(seed)), _BORN, _BORN) == plain


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", DAY_VISITS_TO_A_PLACE_OFF + DAY_VISITS_TO_A_PLACE_ON)
def test_disguised_day_visits_to_a_place_are_judged_like_the_plain(text: str, seed: int) -> None:
    plain = dates_off_the_babys_age(text, _FOSTER, _FOSTER)
    assert dates_off_the_babys_age(disguise(text, random.Random(seed)), _FOSTER, _FOSTER) == plain


_OPIOID = (
    "Methadone 70 mg daily goes on unchanged to the birth. She breastfeeds, since the dose is steady, and the baby "
    "sleeps in its own cot."
)
NEXT_CONTACT_PAST_THE_WINDOW = [
    _OPIOID + " On the postnatal ward the baby is scored 3-hourly for 48 hours; the next contact is the GP's check on "
    "day 21.",
    _OPIOID + " Her mother watches for withdrawal until day 4, and the midwife next sees the baby on day 12.",
    # "looks (out) for" the signs is a watch (found passing by fresh139)
    _OPIOID + " Her partner looks out for withdrawal until day 3; the midwife next sees the baby on day 11.",
]
NEXT_CONTACT_WITH_THE_WINDOW_COVERED = [
    _OPIOID + " On the postnatal ward the baby is scored 3-hourly for 48 hours; the next contact is the GP's check on "
    "day 21, with the community midwife at home on day 6.",
    _OPIOID + " On the postnatal ward the baby is scored 3-hourly for 48 hours; the next contact is the GP's check on "
    "day 21. Her mother knows to ring the ward with any sign of withdrawal before then.",
    _OPIOID + " On the postnatal ward the baby is scored 3-hourly for 48 hours, then her mother watches for it at "
    "home; the next contact is the GP's check on day 21.",
    _OPIOID + " The baby is scored for withdrawal for 7 days; the next contact is the GP's check on day 21.",
    _OPIOID + " The baby is observed for low blood sugar for 24 hours; the next contact is the GP's check on day 21.",
    _OPIOID + " The baby is scored 3-hourly for 48 hours, as withdrawal may show until day 8; the GP next sees the "
    "baby on day 5.",
    _OPIOID + " Her partner looks out for withdrawal until day 9; the midwife next sees the baby on day 11.",
    _OPIOID + " Her partner looks out for withdrawal until day 3; the midwife next sees the baby on day 11. He rings "
    "the ward with any tremor before then.",
]


@pytest.mark.parametrize("text", NEXT_CONTACT_PAST_THE_WINDOW)
def test_a_next_contact_past_the_withdrawal_window_after_a_short_watch_is_refused(text: str) -> None:
    assert times_clash(text)
    assert "MA017" in conclusion_codes(METHADONE, text)


@pytest.mark.parametrize("text", NEXT_CONTACT_WITH_THE_WINDOW_COVERED)
def test_a_next_contact_with_the_window_covered_or_no_withdrawal_watch_stands(text: str) -> None:
    assert not times_clash(text)
    assert "MA017" not in conclusion_codes(METHADONE, text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", NEXT_CONTACT_PAST_THE_WINDOW + NEXT_CONTACT_WITH_THE_WINDOW_COVERED)
def test_disguised_next_contacts_are_judged_like_the_plain(text: str, seed: int) -> None:
    assert times_clash(disguise(text, random.Random(seed))) == times_clash(text)
