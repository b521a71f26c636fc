"""MA017: a weekday written beside a full date must be the weekday that date falls on. "Thursday 12 March 2026"
(a Thursday) is a day the reader can find; "Tuesday 12 March 2026" is two days at once, and the midwife or health
visitor cannot tell which was meant. A date with its year is judged; one without it only against the day the record
was signed (the weekday may be of another year's date, but not of one a year or more from the signing), and a
date marked as the wrong one being corrected is not."""

from __future__ import annotations

import datetime as dt

import pytest

from medassess.gate.written_dates import names_wrong_weekday
from tests.gate.conclusions import METHADONE, conclusion_codes
from tests.redteam.disguise import homoglyphs, inside_words

_PLAN = (
    "Methadone 60 mg daily carries on through pregnancy. The neonatal team watch the baby for withdrawal for 72 "
    "hours after birth; breastfeeding is supported. She is drowsy after doses, so no co-sleeping, and the "
    "midwife checks the cot at the home visit"
)


@pytest.mark.parametrize(
    "text",
    [
        "review on Tuesday 12 March 2026",
        "review on Tue 12/03/2026",
        "review on Sunday, 12th March 2026",
        "review on Wednesday the 12th of March 2026",
        "review on Friday, March 12, 2026",
        "seen on Mon. 2026-03-12",
    ],
)
def test_a_weekday_the_date_does_not_fall_on_is_found(text: str) -> None:
    assert names_wrong_weekday(text)


@pytest.mark.parametrize(
    "text",
    [
        "review on Thursday 12 March 2026",
        "review on Thurs 12/03/2026",
        "review on Thursday, the 12th of March 2026",
        "review on Thursday, March 12, 2026",
        "review on Tuesday 12 March",  # no year: the weekday may be another year's
        "clinic every Tuesday; 12 March 2026 is the first",  # the weekday is not the date's
        "not Tuesday 12 March 2026 but Thursday 12 March 2026",  # the wrong one corrected
        "she sat 12 March 2026's exam",  # "sat" as a verb is not a weekday here: the date is a Thursday anyway
    ],
)
def test_the_right_weekday_or_none_is_not_found(text: str) -> None:
    assert not names_wrong_weekday(text)


def test_a_wrong_weekday_in_a_conclusion_is_refused_and_the_right_one_stands() -> None:
    assert "MA017" in conclusion_codes(METHADONE, f"{_PLAN} on Tuesday 12 March 2026.")
    assert "MA017" not in conclusion_codes(METHADONE, f"{_PLAN} on Thursday 12 March 2026.")


def test_the_disguised_weekday_is_judged_as_the_plain() -> None:
    wrong = f"{_PLAN} on Tuesday 12 March 2026."
    right = f"{_PLAN} on Thursday 12 March 2026."
    assert "MA017" in conclusion_codes(METHADONE, homoglyphs(wrong, "aeo"))
    assert "MA017" in conclusion_codes(METHADONE, inside_words(wrong, "\u200b", every=3))
    assert "MA017" not in conclusion_codes(METHADONE, homoglyphs(right, "aeo"))


# A weekday's abbreviation that is also an English word ("Sat", "Wed", "Weds") written with no stop or comma is the
# weekday when a preposition of time opens it ("on Sat 14 March 2026", "from Weds 18 March 2026"): no verb follows
# "on" so. Then it is judged as a weekday, and it is no past telling the date's event done (found refused by the
# hundred-and-twenty-ninth fresh corpus: a plan "on Sat ..." read as "she sat").
@pytest.mark.parametrize(
    "text",
    [
        "home visit on Sat 12 March 2026",  # a Thursday
        "levels from Weds 12/03/2026",
        "review on Wed 12 March 2026",
    ],
)
def test_a_word_like_abbreviation_opened_by_a_preposition_is_a_weekday(text: str) -> None:
    assert names_wrong_weekday(text)
    assert names_wrong_weekday(homoglyphs(text, "aeo"))
    assert names_wrong_weekday(inside_words(text, "\u200b", every=2))


@pytest.mark.parametrize(
    "text",
    [
        "home visit on Sat 14 March 2026",
        "levels from Weds 18/03/2026",
        "she sat 12 March 2026's exam",  # no preposition before it: a verb, not read as a weekday
    ],
)
def test_a_word_like_abbreviation_on_its_right_day_or_as_a_verb_is_not_found(text: str) -> None:
    assert not names_wrong_weekday(text)
    assert not names_wrong_weekday(homoglyphs(text, "aeo"))
    assert not names_wrong_weekday(inside_words(text, "\u200b", every=2))


def test_a_weekday_abbreviation_is_no_past_telling_a_planned_visit_done() -> None:
    from medassess.gate.written_dates import reports_done_after

    signed = dt.date(2026, 3, 2)
    assert not reports_done_after("The health visitor calls on Sat 14 March 2026 to see the crib.", signed)
    assert not reports_done_after("Bloods on Weds 18 March 2026.", signed)
    assert reports_done_after("She sat with the health visitor on 14 March 2026.", signed)
    assert reports_done_after("The health visitor saw the crib on Sat 14 March 2026.", signed)
    plan = f"{_PLAN}; the health visitor calls on Sat 14 March 2026 to see the cot."
    assert "MA017" not in conclusion_codes(METHADONE, plan)
    assert "MA017" not in conclusion_codes(METHADONE, inside_words(plan, "\u00ad", every=3))
    assert "MA017" in conclusion_codes(METHADONE, plan.replace("calls", "called"))


# A date named with no year is read against the day the record was signed (found passing by the
# hundred-and-twenty-ninth fresh corpus): it may be that day and month in the year before, of or after, within
# [weekdays] yearless_within_days of the signing, and the weekday must be that of one of them. Signed on 2 March
# 2026 (the example below): 11 March is a Wednesday; 17 November may be 2025's (a Monday) or 2026's (a Tuesday);
# 1 December may be 2025's (a Monday) or 2026's (a Tuesday).
_SIGNED = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "review on Tuesday 11 March",
        "the HV visits Thu. 11th March",
        "bloods on Thurs the 11th of March",
        "seen on Friday 17 November",
    ],
)
def test_a_yearless_date_on_no_day_near_the_signing_is_found(text: str) -> None:
    assert names_wrong_weekday(text, _SIGNED)
    assert not names_wrong_weekday(text)  # without the signing date only a date with its year is judged
    assert names_wrong_weekday(homoglyphs(text, "aeo"), _SIGNED)
    assert names_wrong_weekday(inside_words(text, "\u200b", every=3), _SIGNED)


@pytest.mark.parametrize(
    "text",
    [
        "review on Wednesday 11 March",
        "seen on Monday 17 November",  # last November's
        "the next review is Tuesday 17 November",  # this November's
        "planned for Tuesday 1 December",  # this December's; last December's was a Monday
        "she was seen on Monday 19 January",  # this January's
        "clinic every Tuesday; 11 March is the first",  # the weekday is not the date's
    ],
)
def test_a_yearless_date_on_a_day_near_the_signing_is_not_found(text: str) -> None:
    assert not names_wrong_weekday(text, _SIGNED)
    assert not names_wrong_weekday(homoglyphs(text, "aeo"), _SIGNED)


def test_a_yearless_wrong_weekday_in_a_conclusion_is_refused_and_the_right_one_stands() -> None:
    assert "MA017" in conclusion_codes(METHADONE, f"{_PLAN}; her next review is on Tuesday 11 March.")
    assert "MA017" not in conclusion_codes(METHADONE, f"{_PLAN}; her next review is on Wednesday 11 March.")
    hidden = inside_words(f"{_PLAN}; her next review is on Tuesday 11 March.", "\u00ad", every=3)
    assert "MA017" in conclusion_codes(METHADONE, hidden)
