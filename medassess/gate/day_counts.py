"""Counts and spans of time in free text that cannot be true, for the share gate's rule MA017 (beside the times of
:mod:`medassess.gate.written_times`): a count a day more than its interval allows ("every 4 hours, twelve times a
day"), more hours in a day or days in a week than it has ("25 hours a day"), a span restated in another unit as
another span ("for 48 hours, that is for five days"), more weekly checks told in all than weeks of pregnancy are
left ("weekly from 36 weeks, eight weekly levels in all"), and more home visits a day than a health visitor or
midwife makes ("eight visits a day"). The words and limits are data, in ``mappings/day-counts.toml``, with their
rationale.

Each reading starts with a cheap literal check of the normalised text and compiles its patterns once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..core.resources import mapping_table
from .phrases import alternation
from .text import normalise

_SENTENCE = re.compile(r"[^.;!?\n]+(?:\.\d[^.;!?\n]*)*")
"""A sentence (or clause after a semicolon); a decimal point does not end it."""


@dataclass(frozen=True, slots=True)
class _Counts:
    numbers: dict[str, float]
    interval_a_day: re.Pattern[str]
    range_end: re.Pattern[str]
    """A number and a range word right before the count ("8 to 12 feeds a day"): the count closes a range."""
    count_nouns: tuple[str, ...]
    interval_approx: re.Pattern[str]
    approx_before_interval: re.Pattern[str] | None
    """An approximating word right before the interval ("about every 3 hours"): it approximates the count too."""
    spare: int
    per_day: re.Pattern[str]
    per_week: re.Pattern[str]
    max_hours: float
    max_days: float
    restated: re.Pattern[str]
    restated_hours: dict[str, float]
    tolerance: float
    weekly_from: re.Pattern[str]
    weekly_total: re.Pattern[str]
    last_week: int
    visits: re.Pattern[str]
    max_visits: int
    visitors: re.Pattern[str]


@functools.cache
def _counts() -> _Counts:
    raw = mapping_table("day-counts.toml")
    numbers = {str(k): float(v) for k, v in raw["numbers"].items()}
    number = rf"(?:\d+(?:\.\d+)?|{alternation(numbers)})"
    a_day = raw["interval_a_day"]
    gap = rf"(?:[\s,;:()-]+[a-z']+){{0,{int(a_day['gap_words'])}}}[\s,;:()-]+"
    # The interval in digits or number words ("every four hours", "four-hourly"): found passing by the
    # hundred-and-thirty-fourth fresh corpus (f134-dt-quet-every-four-twelve).
    words = alternation({k: v for k, v in numbers.items() if v <= 24})
    interval = (
        rf"(?:every|each)\s+(?P<every>\d{{1,2}}|{words})\s*(?:hours?|hrs?|h)\b"
        rf"|\b(?P<hourly>\d{{1,2}}|{words})\s*-?\s*(?:hourly|hrly)\b"
    )
    per = raw["per_unit"]
    span = raw["restated_span"]
    units = {str(k): float(v) for k, v in span["hours"].items()}
    unit = alternation(units)
    approx = alternation(span["approximate"])
    # Where the first span is counted from, between it and its restatement ("48 hours after birth, that is ...").
    anchor = rf"(?:\s+(?:{alternation(span['anchors'])})\b)?" if span.get("anchors") else ""
    weekly = raw["weekly_total"]
    visits = raw["visits_a_day"]
    return _Counts(
        numbers,
        re.compile(
            rf"(?:{interval}){gap}(?P<pre>(?:{alternation(a_day['approximate'])})\s+)?(?P<count>{number})\s+"
            rf"(?:{alternation(a_day['count_nouns'])})\s+(?:{alternation(a_day['day_words'])})\b"
        ),
        re.compile(rf"(?<![\w.-]){number}\s*(?:{alternation(a_day['range_before'])})\s*$"),
        tuple(normalise(w) for w in a_day["count_nouns"]),
        re.compile(rf"\b(?:{alternation(a_day['approximate'])})\s*$"),
        re.compile(rf"\b(?:{alternation(before)})\s*$") if (before := a_day.get("approximate_interval")) else None,
        int(a_day["spare"]),
        re.compile(rf"(?<![\w.-])(?P<n>{number})\s*(?:hours?|hrs?|h)\s+(?:{alternation(per['per_day'])})\b"),
        re.compile(rf"(?<![\w.-])(?P<n>{number})\s*days?\s+(?:{alternation(per['per_week'])})\b"),
        float(per["max_hours_a_day"]),
        float(per["max_days_a_week"]),
        re.compile(
            rf"(?<![\w.-])(?P<a>{number})\s*-?\s*(?P<ua>{unit})\b{anchor}"
            rf"(?:\s*,?\s*(?:{alternation(span['restatements'])})\s*,?\s+(?:for\s+)?(?P<approx>(?:{approx})\s+)?"
            rf"(?P<b>{number})\s*-?\s*(?P<ub>{unit})\b"
            rf"|\s*\(\s*(?P<pb>{number})\s*-?\s*(?P<pub>{unit})\s*\))"
        ),
        units,
        float(span["tolerance"]),
        re.compile(r"\bweekly\s+from\s+(?:week\s+)?(?P<w>\d{2})(?:\s*weeks?\b|\s*/\s*40\b|\+)"),
        re.compile(
            rf"(?:(?:{alternation(weekly['before_count'])})\s+(?P<k1>{number})\s+weekly\b"
            rf"|(?<![\w.-])(?P<k2>{number})\s+weekly\s+[a-z]+\s+(?:{alternation(weekly['totals'])})\b)"
        ),
        int(weekly["last_week"]),
        re.compile(
            rf"(?<![\w.-])(?P<n>{number})\s+(?:{alternation(visits['nouns'])})\s+(?:{alternation(per['per_day'])})\b"
        ),
        int(visits["max_visits_a_day"]),
        re.compile(rf"(?<!\w)(?:{alternation(visits['visitors'])})(?!\w)"),
    )


def _number(text: str, numbers: dict[str, float]) -> float | None:
    if text[:1].isdigit():
        try:
            return float(text)
        except ValueError:
            return None
    return numbers.get(text)


def counts_impossible(text: str) -> bool:
    """Whether ``text`` gives a count or span of time that cannot be true: more looks a day than its interval in
    hours allows, more hours in a day or days in a week than there are, a span restated as another span, more
    weekly checks in all than weeks of pregnancy left after the week they start, or more home visits a day than
    a health visitor or midwife makes (``mappings/day-counts.toml``)."""
    # "i.e." ends no sentence: read as "ie", one of the restatements.
    plain = normalise(text).replace("i.e.", "ie")
    hourly = ("hour" in plain or "hrly" in plain) and any(noun in plain for noun in _counts().count_nouns)
    hours = "hour" in plain or " h " in plain or "hrs" in plain or "days" in plain or "week" in plain
    weekly = "weekly from" in plain
    visits = "visit" in plain and "day" in plain
    if not (hourly or hours or weekly or visits):
        return False
    r = _counts()
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        if hourly and _too_many_a_day(s, r):
            return True
        if hours and (_beyond_the_day(s, r) or _restated_otherwise(s, r)):
            return True
        if weekly and _weekly_beyond_term(s, r):
            return True
        if (
            visits
            and r.visitors.search(s)
            and any((n := _number(m["n"], r.numbers)) is not None and n > r.max_visits for m in r.visits.finditer(s))
        ):
            return True
    return False


def _too_many_a_day(s: str, r: _Counts) -> bool:
    """An interval in hours and a count a day after it that the day cannot hold ("every 4 hours, twelve times a
    day"): more than 24 over the interval, and ``spare`` more."""
    for m in r.interval_a_day.finditer(s):
        every = _number(m["every"] or m["hourly"], r.numbers) or 0.0
        count = _number(m["count"], r.numbers)
        # The gap may take the approximating word itself ("every 3 hours, about ten times a day"): read what
        # stands right before the count too.
        if m["pre"] or r.interval_approx.search(s, 0, m.start("count")) or every <= 0 or count is None:
            continue
        if r.range_end.search(s, 0, m.start("count")):
            continue  # "every 3 hours, 8 to 12 feeds a day": the count closes a range
        if r.approx_before_interval is not None and r.approx_before_interval.search(s, 0, m.start()):
            continue  # "about every 3 hours, ten times a day": the whole pair approximated
        if count > 24 / every + r.spare:
            return True
    return False


def _beyond_the_day(s: str, r: _Counts) -> bool:
    """More hours a day than 24, or days a week than 7 ("25 hours a day", "8 days a week")."""
    for m in r.per_day.finditer(s):
        n = _number(m["n"], r.numbers)
        if n is not None and n > r.max_hours:
            return True
    for m in r.per_week.finditer(s):
        n = _number(m["n"], r.numbers)
        if n is not None and n > r.max_days:
            return True
    return False


def _restated_otherwise(s: str, r: _Counts) -> bool:
    """A span restated in another unit as another span ("for 48 hours, that is for five days", "72 hours (5
    days)"); the same span ("48 hours, that is two days") and one told about ("that is about two days") stand."""
    for m in r.restated.finditer(s):
        if m["approx"]:
            continue
        a = _number(m["a"], r.numbers)
        b = _number(m["b"] or m["pb"], r.numbers)
        ua, ub = m["ua"], m["ub"] or m["pub"]
        if a is None or b is None or a <= 0 or b <= 0:
            continue
        first, second = a * r.restated_hours[ua], b * r.restated_hours[ub]
        if r.restated_hours[ua] == r.restated_hours[ub]:
            continue  # the same unit twice is another count, not a restatement
        if abs(first - second) > r.tolerance * max(first, second):
            return True
    return False


def _weekly_beyond_term(s: str, r: _Counts) -> bool:
    """More weekly checks told in all than weeks of pregnancy are left from the week they start ("weekly from 36
    weeks, eight weekly levels in all": 36 to 42 holds seven at most)."""
    start = r.weekly_from.search(s)
    if start is None:
        return False
    most = r.last_week - int(start["w"]) + 1
    for m in r.weekly_total.finditer(s):
        k = _number(m["k1"] or m["k2"], r.numbers)
        if k is not None and k > most:
            return True
    return False
