"""Dates written inside free text, and whether each can be true, for the share gate's rule MA017. The month
names, their abbreviations, the ordinal words and the phrases that mark a date as the wrong one being corrected
are data, in ``mappings/calendar.toml``, with their sources; how many days a month has is the Gregorian
calendar's (Python's :mod:`calendar`).

A date is read only where its reading is safe: numbers in three parts with a year ("31/09/2026", "31.09.26",
"2026-09-31"), or a day beside a month name ("31 September", "Sept 31st", "the thirtieth of February"). Two
parts without a year ("36/40", "6/52", "10.30") are gestations, ratios, scores and times, never dates; a day
after a month name with neither a suffix nor a year is read only at the end of a clause ("Sept 31." but not
"Feb 30 mg"); the second day of a range is read only with its year ("3-6 June 2025", not "30-31 March").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from ..core.resources import data_path
from . import memo
from .phrases import alternation
from .text import normalise

_LEAP = 2000
"""A leap year: a day read without a year is judged by the longest its month can be (29 February may be true)."""


@dataclass(frozen=True, slots=True)
class DateReaders:
    """The patterns built from ``mappings/calendar.toml``, read once."""

    months: dict[str, int]
    month_stems: tuple[str, ...]
    """The month words no other holds ("sep", not "sept" or "september"): a text without one names no month, so
    the patterns that read a day beside a month's name, tried from every place in a text, need not run."""
    ordinals: dict[str, int]
    day_first: re.Pattern[str]
    month_first: re.Pattern[str]
    corrected_before: re.Pattern[str]
    corrected_after: re.Pattern[str]


_NUMERIC = re.compile(
    r"(?<![\w./-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w]|[./-]\d)"
)
_ISO = re.compile(r"(?<![\w./-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w]|[./-]\d)")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[;!?]|\.(?!\d)")
_TELLS_OUTCOME = frozenset({"", "and", "but", "then", "so", "was", "were"})
"""The word before a past after a planned date that makes it the plan's outcome (none: right after the date)."""
_CLAUSE_END = re.compile(r"\s*(?:$|[,;:)!?]|\.(?!\d))")
_SUFFIX = "(?:st|nd|rd|th)"
_YEAR = r"(?:,? (?P<year>(?:19|20)\d{2})(?![\w]|[./-]\d))?"


@functools.cache
def calendar_data() -> dict[str, Any]:
    """``mappings/calendar.toml``, read once for both its readers."""
    return tomllib.loads((data_path("mappings") / "calendar.toml").read_text(encoding="utf-8"))


@functools.cache
def date_readers() -> DateReaders:
    raw = calendar_data()
    months: dict[str, int] = {}
    for number, (name, short) in enumerate(zip(raw["months"]["names"], raw["months"]["abbreviations"], strict=True)):
        months |= {word: number + 1 for word in (name, *short)}
    words = raw["ordinals"]
    ordinals = {w: i + 1 for i, w in enumerate(words["units"])} | {w: i + 10 for i, w in enumerate(words["teens"])}
    ordinals |= {words["twentieth"]: 20, words["thirtieth"]: 30}
    for ten, value in words["tens"].items():
        for unit, n in list(ordinals.items())[:9]:
            ordinals |= {f"{ten}-{unit}": value + n, f"{ten} {unit}": value + n, f"{ten}{unit}": value + n}
    ordinal = alternation(list(ordinals))
    month = rf"(?P<month>{alternation(list(months))})\b\.?"
    day = rf"(?P<day>(?P<digits>\d{{1,2}})(?P<suffix>{_SUFFIX})?|{ordinal})"
    corrections = raw["corrections"]
    return DateReaders(
        months,
        tuple(sorted(w for w in months if not any(o != w and o in w for o in months))),
        ordinals,
        re.compile(rf"(?<![\w./-])(?:(?P<first>\d{{1,2}}){_SUFFIX}?-|the )?{day}(?: of)? {month}{_YEAR}"),
        re.compile(rf"\b{month} (?:the )?{day}(?![\w/-]|[.:,]\d){_YEAR}"),
        re.compile(rf"\b(?:{alternation(corrections['before'])})\s*$"),
        re.compile(rf"^[\s,(]*(?:{alternation(corrections['after'])})\b"),
    )


def month_words() -> frozenset[str]:
    """Every month's name and abbreviation ``mappings/calendar.toml`` lists, in lower case ("sept", "september")."""
    return frozenset(date_readers().months)


def _exists(day: int, month: int, year: int | None) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(_LEAP if year is None else year, month)[1]


@functools.cache
def _ordinal_stems() -> tuple[str, ...]:
    """Words one of which every ordinal word of ``mappings/calendar.toml`` holds ("twenty-first" holds "first")."""
    words = calendar_data()["ordinals"]
    return (*words["units"], *words["teens"], words["twentieth"], words["thirtieth"])


@functools.cache
def _date_openers() -> re.Pattern[str]:
    """Words right before a day that make it a day of a date, whatever its number (mappings/calendar.toml,
    [day_openers]): "since 32 January" is no count."""
    words = calendar_data()["day_openers"]["words"]
    return re.compile(rf"\b(?:{alternation(words)}) (?:the )?$")


def _opens_a_date(text: str, start: int) -> bool:
    """Whether one of the [day_openers] words ends right before ``start`` in ``text``."""
    return _date_openers().search(text, max(0, start - 40), start) is not None


def _named_dates(text: str) -> list[tuple[re.Match[str], bool]]:
    """Each day beside a month name in ``text`` (normalised) and whether it exists."""
    readers = date_readers()
    found: list[tuple[re.Match[str], bool]] = []
    if not any(stem in text for stem in readers.month_stems):
        return found
    if _DIGIT.search(text) is None and not any(w in text for w in _ordinal_stems()):
        return found  # cheap: every day is in figures or an ordinal word
    for pattern in (readers.day_first, readers.month_first):
        for m in pattern.finditer(text):
            digits = m.group("digits")
            bare = digits is not None and not m.group("suffix") and not m.group("year")
            if pattern is readers.day_first and m.group("first") and not m.group("year"):
                continue  # a range's last day is read only with its year ("3-6 June 2025")
            if bare and pattern is readers.month_first and not _CLAUSE_END.match(text, m.end()):
                continue
            day = int(digits) if digits is not None else readers.ordinals[m.group("day")]
            # A day over 31 is read only as an ordinal ("the 32nd of March") or after a word that opens a date
            # ("since 32 January"): bare, "32 March" may be a count.
            if 1 <= day <= 31 or (day > 31 and (m.group("suffix") or _opens_a_date(text, m.start()))):
                year = int(m.group("year")) if m.group("year") else None
                found.append((m, _exists(day, readers.months[m.group("month")], year)))
    return found


def _numeric_dates(text: str) -> list[tuple[re.Match[str], bool]]:
    """Each date in numbers with a year in ``text`` (normalised) and whether it exists."""
    found: list[tuple[re.Match[str], bool]] = []
    if _DIGIT.search(text) is None:  # both patterns, tried from every place in a text, open on a digit
        return found
    for m in _NUMERIC.finditer(text):
        d, sep, month, y = m.group("d", "sep", "m", "y")
        # A dotted pair of single digits ("1.3.12") is a section number as often as a date; a year of four
        # digits is one of this or the last century, or the numbers are not a date.
        if (sep == "." and (len(d) < 2 or len(month) < 2)) or (sep == "-" and len(y) < 4):
            continue
        if len(y) == 4 and not y.startswith(("19", "20")):
            continue
        found.append((m, _exists(int(d), int(month), int(y) if len(y) == 4 else 2000 + int(y))))
    for m in _ISO.finditer(text):
        found.append((m, _exists(int(m.group("d")), int(m.group("m")), int(m.group("y")))))
    return found


@functools.lru_cache(maxsize=memo.TEXTS)
def dates_in(plain: str) -> tuple[tuple[re.Match[str], bool], ...]:
    """Every date in ``plain`` (normalised) and whether it exists, read once for the two questions MA017 asks of a
    text (:func:`writes_impossible_date`, :func:`reports_done_after`)."""
    return (*_named_dates(plain), *_numeric_dates(plain))


def writes_impossible_date(text: str) -> bool:
    """Whether ``text`` gives a date that does not exist in the calendar (a day its month does not have, 29
    February of a year that is not a leap year, a month over 12), other than one it marks as the wrong date
    being corrected. Judged on the normalised text, so disguised text is judged like the plain."""
    plain = normalise(text)
    readers = date_readers()
    return any(
        not exists
        and not readers.corrected_before.search(plain, 0, m.start())
        and not readers.corrected_after.match(plain[m.end() :])
        for m, exists in dates_in(plain)
    )


@functools.cache
def _weekday_before() -> re.Pattern[str]:
    """A weekday's name or abbreviation (``[weekdays]`` of ``mappings/calendar.toml``) ending right before a date,
    with at most a full stop and a comma between: group ``name``. The abbreviations that are also words (group
    ``word``) are read only with a full stop or a comma after them, or after one of ``word_openers`` ("on Sat")."""
    raw = calendar_data()["weekdays"]
    plain = [w for w in (*raw["names"], *(a for group in raw["abbreviations"] for a in group))]
    words = [w for w in plain if w not in raw["words_too"]]
    too = alternation(raw["words_too"])
    return re.compile(
        rf"(?<![\w-])(?:(?P<name>{alternation(words)})\.?,?|(?P<word>{too})(?:\.,?|,)"
        rf"|\b(?:{alternation(raw['word_openers'])}) (?P<opened>{too})) $"
    )


@functools.cache
def _weekday_numbers() -> dict[str, int]:
    raw = calendar_data()["weekdays"]
    return {
        word: number
        for number, (name, short) in enumerate(zip(raw["names"], raw["abbreviations"], strict=True))
        for word in (name, *short)
    }


def _yearless_days(m: re.Match[str], near: dt.date) -> list[dt.date]:
    """The days a day and month named with no year (read by :func:`_named_dates`) may be: in the year before, of
    or after ``near``, within ``[weekdays] yearless_within_days`` of it (mappings/calendar.toml)."""
    groups = m.groupdict()
    if "month" not in groups or groups["year"] is not None:
        return []
    readers = date_readers()
    day = int(groups["digits"]) if groups["digits"] else readers.ordinals[groups["day"]]
    month = readers.months[groups["month"]]
    within = int(calendar_data()["weekdays"]["yearless_within_days"])
    return [
        dt.date(y, month, day)
        for y in (near.year - 1, near.year, near.year + 1)
        if _exists(day, month, y) and abs((dt.date(y, month, day) - near).days) <= within
    ]


def names_wrong_weekday(text: str, near: dt.date | None = None) -> bool:
    """Whether ``text`` writes a weekday right before a date with its year that falls on another weekday
    ("Tuesday 12 March 2026", a Thursday), other than a date it marks as the wrong one being corrected. With
    ``near`` (the day the record was signed), a date named with no year ("Tuesday 1 June") is judged too: wrong
    where the weekday is that of none of the days it may be near then (:func:`_yearless_days`). Judged on the
    normalised text, so disguised text is judged like the plain."""
    plain = normalise(text)
    found = dates_in(plain)
    if not found:
        return False
    readers = date_readers()
    before = _weekday_before()
    numbers = _weekday_numbers()
    for m, exists in found:
        day = day_of(m) if exists else None
        days = [day] if day is not None else _yearless_days(m, near) if exists and near is not None else []
        if not days:
            continue
        weekday = before.search(plain, max(0, m.start() - 16), m.start())
        if weekday is None or weekday.end() != m.start():
            continue
        named = numbers[weekday.group("name") or weekday.group("word") or weekday.group("opened")]
        if any(named == d.weekday() for d in days):
            continue
        if readers.corrected_before.search(plain, 0, weekday.start()) or readers.corrected_after.match(
            plain[m.end() :]
        ):
            continue
        return True
    return False


@dataclass(frozen=True, slots=True)
class _Reports:
    """The ``[reported_done]`` patterns of ``mappings/calendar.toml``: what reports an event as done."""

    done: re.Pattern[str]
    unless: re.Pattern[str]
    clause_marks: re.Pattern[str]
    reach: int
    past: re.Pattern[str]
    """A simple past or a past participle (an -ed word, an irregular past or participle), not one of ``not_past``;
    ``present`` is the present auxiliary or the determiner before it, which makes it no report."""
    span_ends: frozenset[str]
    object_nouns: frozenset[str]
    """Of ``unless``, the nouns that a simple past before them may act on ("gave her the plan on ...")."""
    object_links: frozenset[str]
    participles: frozenset[str] = frozenset()
    """Irregular past participles ("seen", "taken"): after a comma, opening their clause, they tell of the thing
    named before it ("Moses basket by the bed, seen on ..."), so they report though they open it."""
    opener_plans: re.Pattern[str] | None = None
    """What makes a past opening its clause with no subject a follow-up written short ("Reviewed again on ..."),
    not a note of what was done ("Reviewed in the joint clinic on ...")."""
    opener_places: frozenset[str] = frozenset()
    """The words after a past opening a sentence with no subject that tell where it was done ("Seen in clinic
    on ...", "Reviewed at home on ..."): a note of what was done."""
    yearless_days: tuple[int, int] = (0, 0)
    """A date written without its year ("on 29/06") is read as after the attestation when it is more than the
    first of these days after it and at most the second."""
    yearless_birth_days: tuple[int, int] = (0, 0)
    """The same for a birth told on its date ("born on 20 June"): a birth is told by its day, not loosely."""
    complement: re.Pattern[str] | None = None
    """What opens the thing a call or visit is to check ("to check", "to make sure"): the words after it are not
    read for a report."""
    result: re.Pattern[str] | None = None
    """One of ``results`` then a number: a result told ("her level was 0.6")."""
    birth: re.Pattern[str] | None = None
    """One of ``births``, perhaps its gestation, then "on", ending the words before a date: the birth told on it."""


@functools.cache
def _reports() -> _Reports:
    raw = calendar_data()["reported_done"]
    return _Reports(
        re.compile(rf"\b(?:{alternation(raw['done'])})\b"),
        re.compile(rf"\b(?!(?:{alternation(raw['places'])})\b)(?:{alternation(raw['unless'])})\b"),
        # A mark between two digits ("1.5", "10:30", "1,000") is a number's; any other ends the clause, after a
        # date too ("on 03/06/2026; folic acid started today").
        re.compile(rf"[;!?()]|[,:.](?!\d)|(?<!\d)[,:.]|\b(?:{alternation(raw['joins'])})\b"),
        int(raw["reach"]),
        re.compile(
            rf"(?:\b(?P<present>{alternation([*raw['present_auxiliaries'], *raw['determiners']])}) )?"
            rf"\b(?!(?:{alternation(raw['not_past'])})\b)"
            rf"(?:[a-z]{{2,}}ed|{alternation([*raw['irregular_past'], *raw['irregular_participles']])})\b"
        ),
        frozenset(raw["span_ends"]),
        frozenset(raw.get("object_nouns", ())),
        frozenset(raw.get("object_links", ())),
        frozenset(raw.get("irregular_participles", ())),
        re.compile(rf"\b(?:{alternation(raw['opener_plans'])})\b"),
        frozenset(raw["opener_places"]),
        (int(raw["yearless_days"][0]), int(raw["yearless_days"][1])),
        (int(raw["yearless_birth_days"][0]), int(raw["yearless_birth_days"][1]))
        if "yearless_birth_days" in raw
        else (int(raw["yearless_days"][0]), int(raw["yearless_days"][1])),
        re.compile(rf"\b(?:{alternation(raw['complement'])})\b"),
        re.compile(
            rf"\b(?:{alternation(raw['results'])})\s+(?:(?:{alternation(raw['result_hedges'])})\s+)?"
            r"(?!\d{1,3}(?:\s*\+\s*\d)?\s*(?:weeks?|wks?|days?|hours?|hrs?|months?|years?|/\s*40)\b)\d"
        ),
        re.compile(
            rf"\b(?:{alternation(raw['births'])})"
            r"(?:\s+at\s+\d{2}(?:\s*\+\s*\d)?\s*(?:weeks?|wks?|/\s*40)(?:\s+of\s+gestation)?)?\s+on\s*$"
        )
        if raw.get("births")
        else None,
    )


def _sets_aside(before: str, reports: _Reports) -> bool:
    """Whether the words of the date's clause before it hold one of ``unless`` that is no plan's: not one of
    ``object_nouns`` right before the date but for ``object_links``, after a simple past ("gave her the neonatal
    plan on"), which names what was handed over, not an event to come."""
    for found in reports.unless.finditer(before):
        if not (
            found.group() in reports.object_nouns
            and all(w in reports.object_links for w in before[found.end() :].split())
            and any(p["present"] is None for p in reports.past.finditer(before, 0, found.start()))
        ):
            return True
    return False


def day_of(m: re.Match[str]) -> dt.date | None:
    """The day a date read by :func:`_named_dates` or :func:`_numeric_dates` gives, if it exists and has a year."""
    groups = m.groupdict()
    if "month" not in groups:
        y = groups["y"]
        year, month, day = (int(y) if len(y) == 4 else 2000 + int(y)), int(groups["m"]), int(groups["d"])
    elif groups["year"] is None:
        return None
    else:
        readers = date_readers()
        day = int(groups["digits"]) if groups["digits"] else readers.ordinals[groups["day"]]
        year, month = int(groups["year"]), readers.months[groups["month"]]
    return dt.date(year, month, day) if _exists(day, month, year) else None


_YEARLESS = re.compile(r"(?<![\w./-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w]|[./-]\d)")
"""A day and month in numbers with no year ("29/06"): read as a date only right after "on" (see
:func:`_dates_after`), where a gestation ("at 36/40") or a ratio ("1/2 a tablet") does not stand."""
_ON = re.compile(r"\bon (?:the )?$")


def yearless_day_of(m: re.Match[str], near: dt.date) -> dt.date | None:
    """The day a date read by :func:`_named_dates` without its year ("12 June", "the 3rd of July") gives in the year
    that puts it nearest ``near``; None for a date with its year, a numeric one, or a day its month never has."""
    groups = m.groupdict()
    if "month" not in groups or groups["year"] is not None:
        return None
    readers = date_readers()
    day = int(groups["digits"]) if groups["digits"] else readers.ordinals[groups["day"]]
    return _nearest(day, readers.months[groups["month"]], near)


def _nearest(day: int, month: int, near: dt.date) -> dt.date | None:
    """The day ``day``/``month`` nearest ``near`` in the year before, of or after it (none if it does not exist)."""
    days = [dt.date(y, month, day) for y in (near.year - 1, near.year, near.year + 1) if _exists(day, month, y)]
    return min(days, key=lambda d: abs((d - near).days), default=None)


def _dates_after(
    plain: str,
    signed: dt.date,
    days: tuple[int, int],
    birth: tuple[re.Pattern[str], tuple[int, int]] | None = None,
) -> list[tuple[re.Match[str], dt.date]]:
    """Each date in normalised ``plain`` after ``signed`` and the day it gives: a date with its year, and a date
    without one right after "on" ("on 29/06", "on the 29th of June") read in the year that puts it nearest
    ``signed``, when that is more than ``days[0]`` days after it and at most ``days[1]`` (see
    ``[reported_done].yearless_days``), or the days of ``birth`` where its pattern ends the words before the date
    ("born at 37 weeks on 20 June": ``yearless_birth_days``)."""
    found = [(m, on) for m, _ in dates_in(plain) if (on := day_of(m)) is not None and on > signed]
    if _DIGIT.search(plain) is None and not any(w in plain for w in _ordinal_stems()):
        return found
    readers = date_readers()
    yearless = [m for m, _ in dates_in(plain) if "month" in m.groupdict() and m.group("year") is None]
    if "/" in plain:
        yearless += list(_YEARLESS.finditer(plain))
    for m in yearless:
        if not _ON.search(plain, max(0, m.start() - 8), m.start()):
            continue
        groups = m.groupdict()
        if "month" in groups:
            day = int(groups["digits"]) if groups["digits"] else readers.ordinals[groups["day"]]
            month = readers.months[groups["month"]]
        else:
            day, month = int(groups["d"]), int(groups["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        near = _nearest(day, month, signed)
        low, high = days
        if birth is not None and birth[0].search(plain, max(0, m.start() - _BIRTH_REACH), m.start()):
            low, high = birth[1]
        if near is not None and low < (near - signed).days <= high:
            found.append((m, near))
    return sorted(found, key=lambda found_day: found_day[0].start())


_BIRTH_REACH = 64
"""How far before a date the words telling a birth on it are looked for ("born at 36+1 weeks of gestation on")."""


def tells_past(clause: str) -> bool:
    """Whether normalised ``clause`` tells a past as :func:`reports_done_after` reads one (a simple past or a
    participle, not after a present auxiliary or a determiner), with none of ``[reported_done].unless`` (a plan,
    a booking, a condition) in it."""
    reports = _reports()
    return not reports.unless.search(clause) and any(p["present"] is None for p in reports.past.finditer(clause))


def reports_done_after(text: str, signed: dt.date) -> bool:
    """Whether ``text`` reports an event as done ("the scan on 2026-06-24 was normal") on a written date, with its
    year, after ``signed``: one of the ``done`` phrases or a simple past ("checked", "found") within ``reach`` words
    of the date in its clause, with none of ``unless`` (a plan, a booking, a condition) there. Judged on the
    normalised text."""
    plain, reports = normalise(text), _reports()
    birth = (reports.birth, reports.yearless_birth_days) if reports.birth is not None else None
    for m, _ in _dates_after(plain, signed, reports.yearless_days, birth):
        start = max((c.end() for c in reports.clause_marks.finditer(plain, 0, m.start())), default=0)
        # A month's abbreviation takes its full stop ("12 Apr."), which may end the sentence: the clause ends there.
        end = m.end() - 1 if m.group().endswith(".") else m.end()
        stop = reports.clause_marks.search(plain, end)
        # The date's weekday ("on Sat 14 March 2026") is part of the date, not a word of its clause ("she sat").
        weekday = _weekday_before().search(plain, max(start, m.start() - 16), m.start())
        on_weekday = weekday is not None and weekday.end() == m.start()
        head = weekday.start(weekday.lastindex or 0) if weekday is not None and on_weekday else m.start()
        before, after = plain[start:head], plain[end : stop.start() if stop else len(plain)]
        if reports.complement is not None and (cut := reports.complement.search(after)) is not None:
            after = after[: cut.start()]
        if _sets_aside(before, reports) or reports.unless.search(after):
            continue
        near = " ".join([*before.split()[-reports.reach :], "#", *after.split()[: reports.reach]])
        if reports.done.search(near) or (reports.birth is not None and reports.birth.search(before)):
            return True
        if reports.result is not None and (reports.result.search(before) or reports.result.search(after)):
            return True
        # A simple past after its subject, the date no period's end: "reviewed again on ..." opening its clause
        # and "watched to ..." may be plans written short. An irregular participle opening a clause after a comma
        # tells of what the comma follows ("Moses basket by the bed, seen on ..."); a past opening a sentence, then
        # where it was done, is a note of what was done ("Reviewed in the joint clinic on ..."), not a follow-up
        # ("Reviewed again in clinic on ...").
        words = before.split() or after.split()
        if not words:  # a date alone between marks ("(24/06/2026)") is told by no word of its own clause
            continue
        opener, then = words[0], (words[1:2] or [""])[0]
        opened = plain[:start].rstrip()
        attached = opener in reports.participles and opened.endswith(",")
        noted = (
            then in reports.opener_places
            and (not opened or opened.endswith((".", "!", "?")))
            and not (reports.opener_plans is not None and reports.opener_plans.search(f"{before} {after}"))
        )
        if (before.split() or ["#"])[-1] not in reports.span_ends and any(
            p["present"] is None and (p[0] != opener or attached or noted) for p in reports.past.finditer(near)
        ):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Plans:
    """The ``[planned_past]`` patterns of ``mappings/calendar.toml``: what makes a dated event a plan."""

    markers: re.Pattern[str]
    starts: frozenset[str]
    after_birth: re.Pattern[str]
    """Events only a born baby has: plans in a record marked antenatal."""
    elsewhere: re.Pattern[str]
    """What names another baby or pregnancy before one of ``after_birth`` (``[birth_told].unless``)."""
    after_birth_times: re.Pattern[str] | None = None
    """Words of a time after the birth ("after birth"): a plan only where the words before the date name the baby
    (``subjects``), tell no past, and the sentence names no other baby or pregnancy."""
    subjects: re.Pattern[str] | None = None
    label_words: int = 4
    label_nouns: frozenset[str] = frozenset()
    label_marks: frozenset[str] = frozenset()
    """A label before a colon naming another baby: of at most ``label_words`` words, one of ``label_nouns``, or one
    of ``label_marks`` beside another word ("her first baby:")."""

    def labels_another(self, label: str) -> bool:
        """Whether ``label`` (the words before a colon) names another baby or pregnancy as its subject."""
        words = _LABEL_WORD.findall(_ASIDE.sub(" ", label))
        if not words or len(words) > self.label_words:
            return False
        return any(w in self.label_nouns for w in words) or (
            len(words) >= 2 and any(w in self.label_marks for w in words)
        )


@functools.cache
def _plans() -> _Plans:
    raw = calendar_data()["planned_past"]
    markers = re.compile(
        rf"\b(?!(?:{alternation(calendar_data()['reported_done']['places'])})\b)(?:{alternation(raw['markers'])})\b"
    )
    return _Plans(
        markers,
        frozenset(raw["starts"]),
        re.compile(rf"(?<![\w-])(?:{alternation(raw['after_birth'])})(?![\w-])"),
        re.compile(rf"\b(?:{alternation(calendar_data()['birth_told']['unless'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['after_birth_times'])})\b") if "after_birth_times" in raw else None,
        re.compile(rf"\b(?:{alternation(calendar_data()['birth_told']['subjects'])})\b"),
        int(raw.get("label_words", 4)),
        frozenset(raw.get("label_nouns", ())),
        frozenset(raw.get("label_marks", ())),
    )


def plans_before(text: str, written: dt.date, *, antenatal: bool = False) -> bool:
    """Whether ``text`` plans an event ("will", "is due", "is booked for", "next ... on") on a written date, with its
    year, before ``written``, the day the part holding it was written: one of ``markers`` before the date in its
    clause within ``reach`` words, no past between them nor after the date in its sentence (a report: "was due on
    ... and was done"), the date no period's start ("from ..."). In a record marked ``antenatal`` an event only a
    born baby has ("the 6-week check") is a plan too, unless another baby's. Judged on the normalised text."""
    plain, reports, plans = normalise(text), _reports(), _plans()
    for m, _ in dates_in(plain):
        day = day_of(m)
        if day is None or day >= written:
            continue
        start = max((c.end() for c in reports.clause_marks.finditer(plain, 0, m.start())), default=0)
        words = plain[start : m.start()].split()
        if not words and start > 0 and plain[start - 1] == "," and _ends_clause(plain, m.end(), reports):
            # A date alone after a comma, ending its clause, dates the clause before it ("... after birth, 6 April").
            start = max((c.end() for c in reports.clause_marks.finditer(plain, 0, start - 1)), default=0)
            words = plain[start : m.start()].split()
        if not words or words[-1] in plans.starts:
            continue
        near = " ".join(words[-reports.reach :])
        # What follows the date, to its sentence's end, may tell the plan was carried out ("... and took place").
        end = _SENTENCE_END.search(plain, m.end())
        rest = plain[m.end() : end.start() if end else len(plain)]
        # The last of the markers before the date governs it; the words after it must not tell a past.
        ends = [found.end() for found in plans.markers.finditer(near)]
        if antenatal and not _labels_another(plain, start, plans):
            events = plans.after_birth.finditer(near)
            ends += [e.end() for e in events if not plans.elsewhere.search(near, 0, e.start())]
            ends += _after_birth_times(plain, near, m, plans, reports)
        if not ends:
            continue
        tail = near[max(ends) :]
        if any(p["present"] is None for p in reports.past.finditer(tail)) or reports.done.search(rest):
            continue
        # A past that tells the dated event's outcome stands right after the date, a join or "was" ("... and was
        # cancelled", "... then went ahead"); one after a noun describes it ("with the result sent to ...").
        if any(
            p["present"] is None and (rest[: p.start()].split() or [""])[-1] in _TELLS_OUTCOME
            for p in reports.past.finditer(rest)
        ):
            continue
        return True
    return False


def _ends_clause(plain: str, at: int, reports: _Reports) -> bool:
    """Whether nothing but space stands between ``at`` and the end of its clause."""
    stop = reports.clause_marks.search(plain, at)
    return not plain[at : stop.start() if stop else len(plain)].strip()


def _after_birth_times(plain: str, near: str, date: re.Match[str], plans: _Plans, reports: _Reports) -> list[int]:
    """Where in ``near`` (the words before ``date``) each of ``after_birth_times`` ends that marks a plan: ``near``
    names the baby and tells no past, and the date's sentence names no other baby or pregnancy."""
    if plans.after_birth_times is None or plans.subjects is None or "after" not in near:
        return []
    found = [e.end() for e in plans.after_birth_times.finditer(near)]
    if not found or not plans.subjects.search(near) or any(p["present"] is None for p in reports.past.finditer(near)):
        return []
    opened = max((e.end() for e in _SENTENCE_END.finditer(plain, 0, date.start())), default=0)
    end = _SENTENCE_END.search(plain, date.end())
    sentence = plain[opened : end.start() if end else len(plain)]
    # "after" is itself one of the words that name a condition or time to come: the times are read without it.
    if plans.elsewhere.search(plans.after_birth_times.sub(" ", sentence)):
        return []
    return found


def _labels_another(plain: str, start: int, plans: _Plans) -> bool:
    """Whether the clause opening at ``start`` follows a label and colon naming another baby ("her first baby:
    6-week check on ..."): the label is the subject of what follows it (``_Plans.labels_another``)."""
    if start < 1 or plain[start - 1] != ":":
        return False
    begin = max((c.end() for c in _LABEL_START.finditer(plain, 0, start - 1)), default=0)
    return plans.labels_another(plain[begin : start - 1])


_LABEL_START = re.compile(r"[.;!?:\n](?!\d)|(?<!\d)[.;!?:\n]")
"""What opens a label: the end of the sentence or clause before it, not a comma or an aside ("sister (aged 2):")."""
_ASIDE = re.compile(r"\([^()]*\)")
_LABEL_WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True, slots=True)
class _BirthTold:
    """The ``[birth_told]`` patterns of ``mappings/calendar.toml``: the baby's birth or stay told as done."""

    told: re.Pattern[str]
    unless: re.Pattern[str]
    aged: re.Pattern[str]
    """One of ``age_subjects`` given an age now ("her newborn, now three weeks old"): ``n`` and ``unit``."""
    numbers: dict[str, int]
    max_days: int


_YEAR_WRITTEN = re.compile(r"(?<![\w./-])(?:19|20)\d{2}(?!\w)")


@functools.cache
def _birth_told() -> _BirthTold:
    raw = calendar_data()["birth_told"]
    numbers: dict[str, int] = dict(calendar_data()["baby_age"]["numbers"])
    return _BirthTold(
        re.compile(rf"\b(?:{alternation(raw['subjects'])}) (?:{alternation(raw['events'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['unless'])})\b"),
        re.compile(
            rf"\b(?:{alternation(raw['age_subjects'])})\s*(?:,\s*|\s+is\s+|'s\s+)(?:(?:{alternation(raw['age_now'])})\s+)?"
            rf"(?P<n>\d{{1,2}}|{alternation(list(numbers))})\s+(?P<unit>days?|weeks?)\s+(?:old|of\s+age)\b"
        ),
        numbers,
        int(raw["age_max_days"]),
    )


def _aged_now(plain: str, told: _BirthTold) -> bool:
    """Whether ``plain`` gives the baby an age now of at most ``age_max_days`` ("her newborn, now three weeks old"),
    with no condition, time to come or other baby before it in its sentence and no year in the sentence."""
    for m in told.aged.finditer(plain):
        n = int(m["n"]) if m["n"].isdigit() else told.numbers[m["n"]]
        if n * (7 if m["unit"].startswith("week") else 1) > told.max_days:
            continue
        opened = max((e.end() for e in _SENTENCE_END.finditer(plain, 0, m.start())), default=0)
        end = _SENTENCE_END.search(plain, m.end())
        if told.unless.search(plain, opened, m.start()) or _YEAR_WRITTEN.search(
            plain, opened, end.start() if end else len(plain)
        ):
            continue
        return True
    return False


def tells_birth_done(text: str) -> bool:
    """Whether ``text`` tells this pregnancy's baby as born: one of ``subjects`` ("the baby") right before one of
    ``events``, a past only a born baby has ("went home", "was observed"), with none of ``unless`` before it in
    its sentence (a condition, a time to come, another pregnancy) and no year in the sentence; or the baby's care
    after birth told as done in other words (``[care_told]``: "the midwife watched the baby for 48 hours after
    birth"). Judged on the normalised text."""
    plain = normalise(text)
    if "baby" not in plain and "newborn" not in plain and "infant" not in plain:
        return _tells_care_done(plain)
    told = _birth_told()
    for m in told.told.finditer(plain):
        opened = max((e.end() for e in _SENTENCE_END.finditer(plain, 0, m.start())), default=0)
        end = _SENTENCE_END.search(plain, m.end())
        sentence = plain[opened : end.start() if end else len(plain)]
        if told.unless.search(plain, opened, m.start()) or _YEAR_WRITTEN.search(sentence):
            continue
        return True
    return _aged_now(plain, told) or _tells_care_done(plain)


@dataclass(frozen=True, slots=True)
class _CareTold:
    """The ``[care_told]`` patterns of ``mappings/calendar.toml``: the baby's care after birth told as done."""

    passive: re.Pattern[str]
    """One of ``acts`` after one of ``passives`` ("was taken", "were closely watched")."""
    active: re.Pattern[str]
    """One of ``acts`` with one of ``objects`` right after it ("reviewed the baby"); ``before`` is the word before."""
    note: re.Pattern[str]
    """One of ``acts`` alone; ``before`` is the word before it."""
    time: re.Pattern[str]
    result: re.Pattern[str]
    """One of ``passives``: after the time, the note's result ("... after delivery was 0.6")."""
    before_act: frozenset[str]
    plans: re.Pattern[str]
    intransitive: re.Pattern[str]
    """One of ``[birth_told].subjects`` right before one of ``intransitive`` ("the baby fed well")."""
    times: tuple[str, ...] = ()
    """What :attr:`time` cannot match without: each of ``times`` and each of ``days`` with a space after it."""


_PREFILTER_CARE = ("birth", "deliver", "day", "life", "postnatal", "born")


@functools.cache
def _care_told() -> _CareTold:
    raw = calendar_data()["care_told"]
    acts, passives = alternation(raw["acts"]), alternation(raw["passives"])
    numbers = rf"(?:\d{{1,2}}|{alternation(raw['day_numbers'])})"
    return _CareTold(
        re.compile(rf"\b(?:{passives}) (?:[a-z]+ly )?(?:{acts})\b"),
        re.compile(rf"(?:\b(?P<before>[a-z]+) )?\b(?:{acts}) (?:{alternation(raw['objects'])})\b(?!'s)"),
        re.compile(rf"(?:\b(?P<before>[a-z]+) )?\b(?:{acts})\b"),
        re.compile(
            rf"\b(?:{alternation(raw['times'])})\b"
            rf"|\b(?:{alternation(raw['days'])}) {numbers}\b(?! of (?!life\b))"
        ),
        re.compile(rf"\b(?:{passives})\b"),
        frozenset(raw["before_act"]),
        re.compile(rf"\b(?:{alternation(raw['plans'])})\b"),
        re.compile(
            rf"\b(?:{alternation(calendar_data()['birth_told']['subjects'])}) (?:{alternation(raw['intransitive'])})\b"
        ),
        tuple([*raw["times"], *(f"{d} " for d in raw["days"])]),
    )


def _tells_care_done(plain: str) -> bool:
    """Whether normalised ``plain`` tells the baby's care after birth as done (``[care_told]``): in one clause one
    of ``acts`` as a past with a time after the birth ("the midwife watched the baby for 48 hours after birth"),
    not after a condition, a time to come or another baby in its sentence, no plan in its clause, no year in its
    sentence."""
    if not any(word in plain for word in _PREFILTER_CARE):
        return False
    care = _care_told()
    if not any(map(plain.__contains__, care.times)):  # at C speed: most texts hold no time after the birth
        return False
    reports, told = _reports(), _birth_told()
    for t in care.time.finditer(plain):
        start = max((c.end() for c in reports.clause_marks.finditer(plain, 0, t.start())), default=0)
        stop = reports.clause_marks.search(plain, t.end())
        end = stop.start() if stop else len(plain)
        clause = plain[start:end]
        if care.plans.search(clause):
            continue
        acts = [a.start() for a in care.passive.finditer(plain, start, t.start())]
        acts += [a.start() for a in care.intransitive.finditer(plain, start, t.start())]
        acts += [a.start() for a in care.active.finditer(plain, start, end) if a["before"] not in care.before_act]
        acts += [
            a.start()
            for a in care.note.finditer(plain, start, t.start())
            if a["before"] not in care.before_act and care.result.search(plain, t.end(), end)
        ]
        opened = max((e.end() for e in _SENTENCE_END.finditer(plain, 0, t.start())), default=0)
        close = _SENTENCE_END.search(plain, t.end())
        if _YEAR_WRITTEN.search(plain, opened, close.start() if close else len(plain)):
            continue
        if any(not told.unless.search(plain, opened, at) for at in acts):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _BeforeBirth:
    """The ``[planned_before_birth]`` patterns of ``mappings/calendar.toml``: the pregnancy planned after the
    birth."""

    events: re.Pattern[str]
    markers: re.Pattern[str]
    unless: re.Pattern[str]
    cited: re.Pattern[str]
    """One of ``cited`` (and an article or possessive) ending the words right before an event."""
    to_come: re.Pattern[str]
    """One of ``to_come``: a thing of the pregnancy still to come by its own words, a plan with no marker."""
    gestation: re.Pattern[str]
    """A number of weeks of pregnancy, however written ("32 and 36 weeks", "36/40")."""
    verbs: re.Pattern[str]
    results: re.Pattern[str]
    fronted: re.Pattern[str]
    """One of ``fronted`` opening a phrase of time or place at the head of its sentence."""


_PREFILTER_BEFORE_BIRTH = ("birth", "deliver", "labour", "term", "pregnan", "week", "/40", "antenatal", "scan", "baby")


@functools.cache
def _before_birth() -> _BeforeBirth:
    raw = calendar_data()["planned_before_birth"]
    low, high = (int(w) for w in raw["weeks"])
    weeks = "|".join(str(n) for n in range(high, low - 1, -1))
    gestation = (
        rf"\b(?:{weeks})(?:\+\d)?/40\b"
        rf"|\b(?:{weeks})[- ]weeks?(?: gestation)?[- ](?:visit|appointment|scan|review|clinic|check|antenatal)\b"
        rf"|\b(?:at|from|by|until|till|before|after) (?:{weeks}) weeks\b"
    )
    return _BeforeBirth(
        re.compile(rf"(?<![\w-])(?:{alternation(raw['events'])})(?![\w-])|{gestation}"),
        re.compile(rf"\b(?:{alternation(raw['markers'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['unless'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['cited'])})(?: (?:the|her|his|their|its))? ?$"),
        re.compile(rf"\b(?:{alternation(raw['to_come'])})\b"),
        re.compile(rf"\b(?:{weeks})(?:(?:\+\d)?/40\b| weeks\b)"),
        re.compile(rf"\b(?:{alternation(raw['verbs'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['results'])})\b"),
        re.compile(rf"\s*(?:{alternation(raw['fronted'])})\b"),
    )


def plans_before_birth(text: str) -> bool:
    """Whether ``text``, written after the birth, plans the pregnancy: in one clause one of ``events`` (a birth
    plan, "before the baby arrives", "the rest of pregnancy", "the 36-week visit", "at 36/40") with one of
    ``markers`` ("will", "to be", "continue") and no past, in a sentence with none of ``unless`` (another or a
    future pregnancy, a baby's age), the event not right after one of ``cited`` ("as the birth plan says").
    Judged on the normalised text."""
    plain = normalise(text)
    if not any(word in plain for word in _PREFILTER_BEFORE_BIRTH):
        return False
    found, reports = _before_birth(), _reports()
    to_come = [(m, True) for m in found.to_come.finditer(plain)]
    for m, planned in [*((m, False) for m in found.events.finditer(plain)), *to_come]:
        start = max((c.end() for c in reports.clause_marks.finditer(plain, 0, m.start())), default=0)
        stop = reports.clause_marks.search(plain, m.end())
        clause = plain[start : stop.start() if stop else len(plain)]
        opened = max((e.end() for e in _SENTENCE_END.finditer(plain, 0, m.start())), default=0)
        end = _SENTENCE_END.search(plain, m.end())
        closed = end.start() if end else len(plain)
        if stop is not None and stop.group() == "," and start == opened and found.fronted.match(plain, start):
            # A fronted phrase of time or place ("At the birth plan meeting, the team will agree"): its verb is
            # in the clause after the comma, read with it.
            after = reports.clause_marks.search(plain, stop.end())
            clause = plain[start : after.start() if after else len(plain)]
        if found.cited.search(plain, start, m.start()):
            continue
        if not (planned or found.markers.search(clause) or _verbless_plan(plain, m, opened, closed)):
            continue
        if any(p["present"] is None for p in reports.past.finditer(clause)):
            continue
        if found.unless.search(plain, opened, closed):
            continue
        return True
    return False


_ANY_ED = re.compile(r"\b[a-z]{3,}ed\b")
"""Any -ed word, a past or a participle even where it may ask for a thing to come ("agreed"): a verb in a note."""
_PUNCTUATION_CLAUSE = re.compile(r"[;:!?()]|[,.](?!\d)|(?<!\d)[,.]")


def _verbless_plan(plain: str, event: re.Match[str], opened: int, closed: int) -> bool:
    """Whether ``event`` opens a note written with no verb that holds a gestation ("Growth scans at 32 and 36
    weeks and delivery on the unit"), its clause cut at punctuation only: no past there, and one of ``markers``
    ("... weeks and delivery on the unit will be booked"), or none of ``verbs`` nor any -ed word there and none
    of ``results`` in its sentence ("... weeks: normal", "In pregnancy, growth scans at ...")."""
    found, reports = _before_birth(), _reports()
    start = max((c.end() for c in _PUNCTUATION_CLAUSE.finditer(plain, 0, event.start())), default=0)
    if plain[start : event.start()].strip():
        return False
    stop = _PUNCTUATION_CLAUSE.search(plain, event.end())
    clause = plain[start : stop.start() if stop else len(plain)]
    if not found.gestation.search(clause) or any(p["present"] is None for p in reports.past.finditer(clause)):
        return False
    if found.markers.search(clause):
        return True
    if found.verbs.search(clause) or _ANY_ED.search(clause):
        return False
    return not found.results.search(plain, opened, closed)


@dataclass(frozen=True, slots=True)
class _BornBefore:
    """The ``[born_before_birth]`` patterns of ``mappings/calendar.toml``."""

    reach_days: int
    acts: re.Pattern[str]
    unless: re.Pattern[str]


@functools.cache
def _born_before() -> _BornBefore:
    raw = calendar_data()["born_before_birth"]
    # The baby told seen in a place or state ("the baby was seen asleep in it"): as there as one of `acts`.
    seen = ""
    if raw.get("subjects") and raw.get("states"):
        baby, states = alternation(raw["subjects"]), alternation(raw["states"])
        if raw.get("observed"):
            seen += rf"|(?:{baby})\s+(?:{alternation(raw['observed'])})\s+(?:{states})"
        if raw.get("seers"):
            seen += rf"|(?:{alternation(raw['seers'])})\s+(?:{baby})\s+(?:{states})"
    return _BornBefore(
        int(raw["reach_days"]),
        re.compile(rf"\b(?:{alternation(raw['acts'])}{seen})\b"),
        re.compile(rf"\b(?:{alternation(raw['unless'])})"),
    )


_BABY_WORDS = ("baby", "newborn", "infant")
"""Words one of ``[born_before_birth]``'s acts needs (a cheap test before any pattern)."""


def _apart(a: re.Match[str], b: re.Match[str]) -> int:
    """The characters between two matches (0 where they overlap)."""
    return max(b.start() - a.end(), a.start() - b.end(), 0)


def tells_baby_born_before(text: str, delivered: dt.date) -> bool:
    """Whether ``text`` tells the born baby as there, as done, on a date with its year before ``delivered`` ("checked
    the crib with the baby in it on 2 May 2026" for a baby born on 18 May), as ``[born_before_birth]`` says: the
    date no more than ``reach_days`` before the birth, in a clause telling a past, in a sentence holding one of
    ``acts`` and none of ``unless``. Judged on the normalised text."""
    plain = normalise(text)
    if not any(word in plain for word in _BABY_WORDS) or _DIGIT.search(plain) is None:
        return False
    r, reports = _born_before(), _reports()
    dates = list(dates_in(plain))
    for m, exists in dates:
        if not exists or (on := day_of(m)) is None or not 0 < (delivered - on).days <= r.reach_days:
            continue
        opened = max((e.end() for e in _SENTENCE_END.finditer(plain, 0, m.start())), default=0)
        closed = _SENTENCE_END.search(plain, m.end())
        end = closed.start() if closed else len(plain)
        sentence = f"{plain[opened : m.start()]} {plain[m.end() : end]}"
        if not r.acts.search(sentence) or r.unless.search(sentence):
            continue
        # Another date in the sentence takes the acts nearer to it ("the crib set up on 10 May, before the birth,
        # and the baby asleep in it on 26 May": the baby is the later date's).
        others = [d for d, _ in dates if d is not m and opened <= d.start() < end]
        if others and not any(
            _apart(a, m) <= min(_apart(a, d) for d in others) for a in r.acts.finditer(plain, opened, end)
        ):
            continue
        start = max((c.end() for c in reports.clause_marks.finditer(plain, 0, m.start())), default=0)
        stop = reports.clause_marks.search(plain, m.end())
        # The date itself is no word of its clause ("2 may 2026" holds no modal).
        if tells_past(f"{plain[start : m.start()]} {plain[m.end() : stop.start() if stop else len(plain)]}"):
            return True
    return False
