"""Dates as UK letters write them: "14 June 2026", and date-times in UK time: "14 June 2026, 16:10".

Records hold instants with a UTC offset (``_record.Instant``); a reader in the UK expects the wall-clock time
in London, so every date-time is converted to Europe/London (GMT in winter, BST in summer) before it is shown,
and the date of an instant is its London date (23:30 UTC on a summer evening is already the next day). Month
names are spelt out here rather than taken from ``strftime("%B")``, which follows the process's locale.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def london_time(value: dt.datetime) -> dt.datetime:
    """The instant as wall-clock time in London; raises ValueError for a date-time without a UTC offset."""
    if value.utcoffset() is None:
        raise ValueError("a date-time needs a UTC offset to be shown in UK time")
    return value.astimezone(LONDON)


def london_date(value: dt.datetime) -> dt.date:
    """The date in London at the instant ``value``."""
    return london_time(value).date()


def uk_date(value: dt.date) -> str:
    """ "14 June 2026". A date-time given here shows its London date, never its UTC one."""
    if isinstance(value, dt.datetime):
        value = london_date(value)
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def uk_datetime(value: dt.datetime) -> str:
    """ "14 June 2026, 16:10" in London time (24-hour clock, no seconds)."""
    local = london_time(value)
    return f"{uk_date(local.date())}, {local:%H:%M}"
