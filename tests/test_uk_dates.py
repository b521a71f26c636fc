"""UK date style for letters: "14 June 2026", and date-times in Europe/London across the GMT/BST changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from medassess.formats.narrative import FHIR_STYLE, LETTER_STYLE
from medassess.formats.uk_dates import london_date, uk_date, uk_datetime

UTC = dt.UTC


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (dt.date(2026, 6, 14), "14 June 2026"),
        (dt.date(1990, 5, 1), "1 May 1990"),  # no leading zero
        (dt.date(2026, 1, 31), "31 January 2026"),
        (dt.date(2026, 9, 9), "9 September 2026"),
        (dt.date(2026, 12, 25), "25 December 2026"),
        (dt.date(1, 1, 1), "1 January 1"),
        (dt.date(9999, 12, 31), "31 December 9999"),
    ],
)
def test_dates_are_day_month_name_year(value: dt.date, shown: str) -> None:
    assert uk_date(value) == shown


def test_every_month_has_its_english_name() -> None:
    names = [uk_date(dt.date(2026, month, 1)).split()[1] for month in range(1, 13)]
    assert names == [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        # Winter: GMT is UTC.
        (_utc(2026, 1, 14, 15, 10), "14 January 2026, 15:10"),
        # Summer: BST is UTC+1.
        (_utc(2026, 6, 14, 15, 10), "14 June 2026, 16:10"),
        # Clocks go forward at 01:00 UTC on the last Sunday of March (29 March 2026): 00:59 GMT, then 02:00 BST.
        (_utc(2026, 3, 29, 0, 59), "29 March 2026, 00:59"),
        (_utc(2026, 3, 29, 1, 0), "29 March 2026, 02:00"),
        # Clocks go back at 01:00 UTC on the last Sunday of October (25 October 2026): 01:59 BST, then 01:00 GMT.
        (_utc(2026, 10, 25, 0, 59), "25 October 2026, 01:59"),
        (_utc(2026, 10, 25, 1, 0), "25 October 2026, 01:00"),
        (_utc(2026, 10, 25, 2, 0), "25 October 2026, 02:00"),
        # Late in a summer evening (UTC) is already the next day in London.
        (_utc(2026, 6, 14, 23, 30), "15 June 2026, 00:30"),
        (_utc(2026, 12, 31, 23, 30), "31 December 2026, 23:30"),
        # Any offset is converted, not just UTC; seconds are not shown.
        (dt.datetime(2026, 6, 14, 17, 10, 59, tzinfo=dt.timezone(dt.timedelta(hours=2))), "14 June 2026, 16:10"),
        (dt.datetime(2026, 6, 14, 16, 10, tzinfo=ZoneInfo("Europe/London")), "14 June 2026, 16:10"),
        (dt.datetime(2026, 2, 1, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "1 February 2026, 14:05"),
    ],
)
def test_date_times_are_shown_in_london_time(value: dt.datetime, shown: str) -> None:
    assert uk_datetime(value) == shown


def test_an_instant_s_date_is_its_london_date() -> None:
    assert london_date(_utc(2026, 6, 14, 23, 30)) == dt.date(2026, 6, 15)  # BST
    assert london_date(_utc(2026, 1, 14, 23, 30)) == dt.date(2026, 1, 14)  # GMT
    # A date-time given where a date is shown is its London date, never its UTC date.
    assert uk_date(_utc(2026, 6, 14, 23, 30)) == "15 June 2026"


def test_the_earliest_and_latest_instants_a_record_holds_are_shown() -> None:
    # Records hold instants from 0001-01-02 to 9999-12-30 UTC (_record.Instant); London time exists for all of them.
    # Before 1847 London kept local mean time, 1 minute 15 seconds behind Greenwich.
    assert uk_datetime(_utc(1, 1, 2)) == "1 January 1, 23:58"
    assert uk_datetime(_utc(9999, 12, 30, 12)) == "30 December 9999, 12:00"


def test_a_date_time_without_an_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        uk_datetime(dt.datetime(2026, 6, 14, 15, 10))


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("seen at the new birth visit on 2026-05-28.", "seen at the new birth visit on 28 May 2026."),
        ("2026-03-29 and 2026-10-25", "29 March 2026 and 25 October 2026"),
        # Not calendar dates, or part of a longer run of digits: left exactly as typed.
        ("batch 2026-13-45", "batch 2026-13-45"),
        ("2025-02-29", "2025-02-29"),
        ("ref 12026-05-281", "ref 12026-05-281"),
        ("no dates here", "no dates here"),
    ],
)
def test_letters_write_iso_dates_typed_in_free_text_the_uk_way(typed: str, shown: str) -> None:
    assert LETTER_STYLE.text(typed) == shown
    assert FHIR_STYLE.text(typed) == typed  # the FHIR narrative keeps the clinician's text as typed
