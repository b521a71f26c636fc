"""Times written inside free text that cannot be true, for the share gate's rule MA017 (beside the dates of
:mod:`medassess.gate.written_dates`): a gestation past the end of any pregnancy ("levels weekly from 56 weeks"), and
a watch for the baby's withdrawal or adaptation timed so it cannot cover it ("NAS observation for 72 minutes", "NAS
scored 4-hourly for 72 years", "watched for adaptation on day 40 of life", "first check at 3 months"). The words
and the windows are data, in ``mappings/neonatal-watch.toml``, with their sources.

Read only where the reading is safe: a gestation after "from", "at", "by" and the like, not the baby's age ("at 52
weeks of age", "the baby's review at 52 weeks"); a watch's times only in a sentence that names the concern
(withdrawal, NAS, adaptation) and a watch ("observed", "scored", "checked"), and of its points only a day of life
("on day 40", "from day 30", "day 40 of life") or the first look ("first check at 3 months"): a routine check at a
later age ("HV review at 6-8 weeks") is not the withdrawal plan.

Times in one plan that contradict each other (``[clash]``): a ward watch of the baby longer than the stay it sits
in ("observed for 5 days; discharged home at 24 hours"), unless the text carries the watch on at home or the stay is
the mother's (only where the baby is not watched on the postnatal ward it shares with her, or has a unit of its
own), advised against or of another time; a count of looks that cannot follow from its interval and window
("4-hourly for 72 hours: that is 40 scores", ``[count]``); and a window that ends before it starts ("weekly from
36/40, stopping at 32/40", "from day 9 until day 4").
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path, mapping_table
from .phrases import alternation
from .text import normalise
from .written_dates import date_readers, tells_past

_HOURS = {
    "second": 1 / 3600,
    "sec": 1 / 3600,
    "minute": 1 / 60,
    "min": 1 / 60,
    "hour": 1.0,
    "hr": 1.0,
    "h": 1.0,
    "day": 24.0,
    "d": 24.0,
    "week": 168.0,
    "wk": 168.0,
    "month": 730.0,
    "year": 8766.0,
    "yr": 8766.0,
}
"""Hours in each unit a watch's length is written in (a month as a twelfth of a year)."""
_UNIT = r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)(?![^\W\d_])"
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,5}(?:\.\d+)?)"
"""A count: digits, with a decimal part or thousands parted by commas ("72", "1.5", "2,000")."""
_DURATION = re.compile(
    rf"\b(?:for|x)\s*(?:(?:at\s+least|a\s+further|another|up\s+to|around|about)\s+)?{_NUMBER}\s*{_UNIT}"
)
"""How long the watch lasts ("for 72 hours", "for at least 5 days", "x72h")."""
_WINDOW = re.compile(
    rf"\b(?:for|x)\s*(?:(?:at\s+least|a\s+further|another|up\s+to|around|about|the\s+(?:first|next))\s+)?"
    rf"{_NUMBER}\s*{_UNIT}"
)
"""As ``_DURATION``, and a part of the baby's life ("for the first 72 hours", "for the next 2 days"): the window a
count of looks is taken in, though not always the whole watch ("hourly for the first 6 hours, then ...")."""
_END = re.compile(r"\b(?:until|till|til|to|through)\s+(?:the\s+)?(?:day|d)\s*(?P<n>\d{1,3})\b")
"""When the watch ends, as a day of life ("until day 8", "to D8")."""
_DAY_POINT = re.compile(r"\b(?:on|from)\s+(?:the\s+)?(?:day|d)\s*(?P<n>\d{1,3})\b|\bday\s+(?P<m>\d{1,3})\s+of\s+life\b")
"""A day of life a look comes on ("on day 40", "from day 30", "day 40 of life")."""
_SENTENCE = re.compile(r"[^.;!?\n]+(?:\.\d[^.;!?\n]*)*")
_CLAUSE = re.compile(r"[^,;:.!?()\n]+")


@dataclass(frozen=True, slots=True)
class _Readers:
    """The patterns and windows built from ``mappings/neonatal-watch.toml``, read once."""

    max_weeks: int
    gestation: re.Pattern[str]
    age_after: re.Pattern[str]
    age_before: re.Pattern[str]
    concern: re.Pattern[str]
    watch: re.Pattern[str]
    first: re.Pattern[str]
    min_hours: float
    max_hours: float
    latest_first_day: int
    length_words: frozenset[str]
    """Of the words before a gestation, those that also open a length ("after 52 weeks of treatment")."""
    length_after: re.Pattern[str]
    """What after such a word's "N weeks" makes it a length, not a gestation."""
    birth_before: re.Pattern[str]
    """A birth's verb in the three words before a gestation's word: the pregnancy's time, whoever the clause named."""


@functools.cache
def _readers() -> _Readers:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))
    g, w = raw["gestation"], raw["watch"]
    return _Readers(
        g["max_weeks"],
        re.compile(
            rf"\b(?P<w>{alternation(g['before'])})\s+(?P<n>\d{{2}})(?:\s*\+\s*[0-6])?\s*(?:weeks?\b|wks?\b|/\s*40(?!\d))"
        ),
        re.compile(rf"^\W*(?:\S+\s+){{0,2}}?(?:{alternation(g['age_after'])})"),
        re.compile(rf"\b(?:{alternation(g['age_before'])})"),
        re.compile(rf"\b(?:{alternation(w['concerns'])})\b"),
        re.compile(rf"\b(?:{alternation(w['watch'])})"),
        re.compile(
            rf"\b(?:{alternation(w['first'])})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:at|on|in)\s+(?:(?:day|d)\s*(?P<d>\d{{1,3}})\b|{_NUMBER}\s*{_UNIT})"
        ),
        float(w["min_hours"]),
        float(w["max_hours"]),
        w["latest_first_day"],
        frozenset(g.get("length_words", ())),
        re.compile(rf"\s*(?:{alternation(g.get('length_after', ['of']))})"),
        re.compile(rf"\b(?:{alternation(g.get('birth_before', ['delivers']))})\s+(?:\S+\s+){{0,2}}$"),
    )


def writes_impossible_gestation(text: str) -> bool:
    """Whether ``text`` gives a gestation past the end of any pregnancy ("from 56 weeks", "at 44/40"), not the
    baby's or mother's age after birth ("at 52 weeks of age", "the baby's review at 52 weeks")."""
    plain = normalise(text)
    if "week" not in plain and "wk" not in plain and "/40" not in plain.replace(" ", ""):
        return False
    r = _readers()
    for clause in _CLAUSE.finditer(plain):
        part = clause.group()
        for m in r.gestation.finditer(part):
            if int(m["n"]) <= r.max_weeks:
                continue
            if r.age_after.match(part[m.end() :]):
                continue
            births = r.birth_before.search(part, max(0, m.start() - 60), m.start())
            if r.age_before.search(part, 0, m.start()) and births is None:
                continue  # the baby's age ("the baby's review at 52 weeks"), not after a birth's verb
            if m["w"] in r.length_words and r.length_after.match(part, m.end()):
                continue  # "after 52 weeks of treatment": a length, not a gestation
            return True
    return False


@functools.cache
def _late_scan() -> tuple[re.Pattern[str], int]:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["late_scan"]
    return (
        re.compile(
            rf"\b(?:{alternation(raw['scans'])})\b(?:(?!\b(?:{alternation(raw['scan_breaks'])})\b)[^,;:!?()\n\d])*?"
            rf"\b(?:{alternation(raw['scan_at'])})\s+(?:the\s+)?"
            r"(?P<n>\d{2})(?:\s*\+\s*[0-6])?\s*(?:weeks?\b|wks?\b|/\s*40(?!\d))(?!\s*(?:of\s+age|old|postnat|after))"
        ),
        int(raw["scan_latest_weeks"]),
    )


def times_scan_at_term(text: str) -> bool:
    """Whether ``text`` puts the unborn baby's anomaly scan at term or later ("the detailed anomaly scan is booked
    for 39 weeks"), when it can change nothing (``[late_scan]``)."""
    plain = normalise(text)
    if "scan" not in plain and "echo" not in plain and "anomal" not in plain:
        return False
    pattern, latest = _late_scan()
    return any(int(m["n"]) >= latest for m in pattern.finditer(plain))


@dataclass(frozen=True, slots=True)
class _GestationNow:
    """The ``[gestation_now]`` readers of ``mappings/neonatal-watch.toml``: a gestation stated as the present."""

    shapes: re.Pattern[str]
    after_not: re.Pattern[str]
    before_not: re.Pattern[str]
    other: re.Pattern[str]
    past: re.Pattern[str]
    to_come: re.Pattern[str]
    condition: re.Pattern[str]
    """One of ``conditions``: a condition opening anywhere before the gestation in its clause."""


_GESTATION = r"(?P<{0}>\d{{1,2}})(?:\s*\+\s*(?P<{0}d>[0-6]))?(?:\s*/\s*40(?!\d)|\s*(?:weeks?|wks?)\b'?)"
"""A gestation in weeks (and days): "28 weeks", "32+1/40", "30 wks"; each shape names its groups."""


@functools.cache
def _gestation_now() -> _GestationNow:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["gestation_now"]
    now, subjects = alternation(raw["now"]), alternation(raw["subjects"])
    be = r"(?:\s+is|'s)\s+(?:(?:now|currently|presently)\s+)?"
    return _GestationNow(
        re.compile(
            rf"\b(?:{now})\s+(?:at\s+)?{_GESTATION.format('a')}"
            rf"|(?P<lead>\b[\w-]+\s+)?(?:at\s+)?{_GESTATION.format('b')}\s+(?:{now})\b"
            rf"|\b(?:{subjects}){be}(?:at\s+)?{_GESTATION.format('c')}"
            rf"|(?:\bis|'s)\s+(?:(?:now|currently|presently)\s+)?{_GESTATION.format('e')}\s+pregnant\b"
            rf"|\bpregnan(?:cy|t)\s+(?:(?:now|currently)\s+)?at\s+{_GESTATION.format('f')}"
        ),
        re.compile(rf"\s*(?:{alternation(raw['after_not'])})"),
        re.compile(rf"^(?:{alternation(raw['before_not'])})\s+$"),
        re.compile(rf"\b(?:{alternation(raw['other'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['past'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['to_come'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['conditions'])})\b"),
    )


_GESTATION_PREFILTER = ("week", "wk", "/40")


def present_gestations(text: str) -> tuple[int, ...]:
    """The gestations, in days, ``text`` states as the pregnancy's present state (``[gestation_now]``: "at 38/40
    today", "she is now 30 weeks", "unplanned pregnancy at 28 weeks"), not a gestation of its history, its plans or
    a time to come. Judged on the normalised text."""
    plain = normalise(text)
    if not any(w in plain for w in _GESTATION_PREFILTER) and "/ 40" not in plain:
        return ()
    r = _gestation_now()
    found: list[int] = []
    for m in r.shapes.finditer(plain):
        key = next(k for k in "abcef" if m[k] is not None)
        if key in "acf" and r.after_not.match(plain, m.end()):
            continue  # "now 2 weeks overdue", "now 6 weeks postnatal"
        if key == "b" and m["lead"] and r.before_not.match(m["lead"]):
            continue  # "from 36/40 now": the word before makes it another time
        start = max((c.end() for c in _CLAUSE_MARK.finditer(plain, 0, m.start())), default=0)
        stop = _CLAUSE_MARK.search(plain, m.end())
        end = stop.start() if stop else len(plain)
        if r.to_come.search(" ".join(plain[start : m.start()].split()[-3:])):
            continue
        if r.condition.search(plain, start, m.start()):
            continue  # "if by then she is still pregnant at 41 weeks": a condition, not the present
        if key == "f" and (r.other.search(plain, start, m.start()) or r.past.search(plain, start, end)):
            continue
        found.append(int(m[key]) * 7 + int(m[f"{key}d"] or 0))
    return tuple(found)


_CLAUSE_MARK = re.compile(r"[;:!?()\n]|[,.](?!\d)|(?<!\d)[,.]")


@dataclass(frozen=True, slots=True)
class _StageTold:
    """The ``[trimester_now]`` and ``[due_month]`` readers of ``mappings/neonatal-watch.toml``."""

    trimester: re.Pattern[str]
    numbers: dict[str, int]
    weeks: tuple[tuple[int, int], ...]
    due: re.Pattern[str]
    months: dict[str, int]
    condition: re.Pattern[str]
    trimester_tolerance: int | None
    """The days a present trimester may sit outside its weeks (``[trimester_now]`` tolerance_days), if set."""


@functools.cache
def _stage_told() -> _StageTold:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))
    t, d = raw["trimester_now"], raw["due_month"]
    numbers = {str(k): int(v) for k, v in t["words"].items()}
    word = alternation(list(numbers))
    months = date_readers().months
    part = rf"(?:(?:{alternation(d['parts'])})(?:\s+of\s+|\s*-\s*|\s+)(?:the\s+month\s+of\s+)?)?"
    aside = (
        rf"(?:,?\s+(?:{alternation(d['asides'])})"
        rf"(?:\s+(?!(?:{alternation(d.get('aside_breaks', ['and']))})\b)[\w'+/-]+)"
        rf"{{1,{int(d.get('aside_words', 1))}}}?,?)?"
        if d.get("asides")
        else ""
    )
    month = rf"(?P<month>{alternation(list(months))})\b\.?(?!\s*\d{{1,2}}(?!\d))(?:,?\s+(?P<year>20\d{{2}})\b)?"
    return _StageTold(
        re.compile(
            rf"(?:\b(?:{alternation(t['now'])})|\b(?:{alternation(t['subjects'])})(?:\s+is|'s)"
            rf"(?:\s+(?:now|currently))?)\s+(?:well\s+)?in(?:to)?\s+(?:her|the)\s+(?P<t>{word})\s+trimester\b"
        ),
        numbers,
        tuple((int(a), int(b)) for a, b in t["trimesters"]),
        re.compile(
            rf"\b(?:(?:{alternation(d['subjects'])}){aside}(?:\s+(?:is|are)|'s)?(?:\s+(?:now|currently))?\s+due"
            rf"|(?:{alternation(d['dates'])})(?:\s+(?:is|of))?)"
            rf"\s+(?:(?:{alternation(d['before'])})\s+)?(?:the\s+)?{part}{month}(?![\w/-]|[.:,]\d)"
        ),
        months,
        _gestation_now().condition,
        int(t["tolerance_days"]) if "tolerance_days" in t else None,
    )


def trimester_tolerance(default: int) -> int:
    """The days a trimester stated as the present may sit outside its weeks: ``[trimester_now]`` tolerance_days,
    at most ``default`` (MA011's dating tolerance)."""
    own = _stage_told().trimester_tolerance
    return default if own is None else min(own, default)


def _unconditioned(plain: str, at: int, condition: re.Pattern[str]) -> bool:
    start = max((c.end() for c in _CLAUSE_MARK.finditer(plain, 0, at)), default=0)
    return condition.search(plain, start, at) is None


def present_trimesters(text: str) -> tuple[tuple[int, int], ...]:
    """The weeks (first, last, inclusive) of each trimester ``text`` states as the pregnancy's present ("now in her
    third trimester", "she is in her second trimester"), from ``[trimester_now]``; not a trimester of its history,
    its plans or a condition. Judged on the normalised text."""
    plain = normalise(text)
    if "trimester" not in plain:
        return ()
    r = _stage_told()
    return tuple(
        r.weeks[r.numbers[m["t"]] - 1]
        for m in r.trimester.finditer(plain)
        if _unconditioned(plain, m.start(), r.condition)
    )


def due_months(text: str) -> tuple[tuple[int, int | None], ...]:
    """The month (and its year, when written) ``text`` gives as when the baby is due ("her baby is due at the end of
    August", "EDD mid-May"), from ``[due_month]``; not a date with its day, a past ("was due") or another thing due.
    Judged on the normalised text."""
    plain = normalise(text)
    if "due" not in plain and "edd" not in plain and "delivery" not in plain:
        return ()
    r = _stage_told()
    return tuple(
        (r.months[m["month"]], int(m["year"]) if m["year"] else None)
        for m in r.due.finditer(plain)
        if _unconditioned(plain, m.start(), r.condition)
    )


def _hours(n: str, unit: str) -> float:
    unit = unit.rstrip("s") if unit not in {"s"} else unit
    return float(n.replace(",", "")) * _HOURS.get(unit, _HOURS.get(unit[:3], 1.0))


@functools.cache
def _scored_at_intervals() -> tuple[re.Pattern[str], ...]:
    """What a sentence needs to score the baby at an interval of hours (``[watch]`` interval_scores, interval_babies:
    "scores the baby every 4 hours", "the infant is scored 3-hourly"): a scoring word, the baby and the interval."""
    w = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["watch"]
    if not w.get("interval_scores") or not w.get("interval_babies"):
        return ()
    return (
        re.compile(rf"\b(?:{alternation(w['interval_scores'])})\b"),
        re.compile(rf"\b(?:{alternation(w['interval_babies'])})\b"),
        re.compile(r"\bevery\s+\d{1,2}\s*(?:hours?|hrs?|h)\b|\b\d{1,2}\s*-?\s*hourly\b"),
    )


def times_impossible_watch(text: str) -> bool:
    """Whether a sentence of ``text`` that names the baby's withdrawal or adaptation and a watch of it times the
    watch so it cannot cover the concern: lasting less than a day or more than weeks ("for 72 minutes", "for 72
    years", "until day 80"), or its first look, or its only day of life, after late withdrawal would have shown
    ("first check at 3 months", "on day 40 of life")."""
    plain = normalise(text)
    if not _has_digit(plain) and "week" not in plain and "month" not in plain:
        return False
    r = _readers()
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        if r.watch.search(s) is None:
            continue
        if ("week" in s or "month" in s or "wk" in s) and _starts_late(s, r):
            return True
        if not _has_digit(s):
            continue
        if r.concern.search(s) is None:
            # The baby scored at an interval of hours is the withdrawal watch though no concern is named ("score the
            # baby every 4 hours for the next 2,000 hours"): only its window past the longest watch is read.
            scored = _scored_at_intervals()
            if scored and all(p.search(s) is not None for p in scored) and any(
                _hours(m["n"], m["unit"]) > r.max_hours for m in _WINDOW.finditer(s) if _of_the_watch(s, m.start(), r)
            ):
                return True
            continue
        lengths = [_hours(m["n"], m["unit"]) for m in _DURATION.finditer(s) if _of_the_watch(s, m.start(), r)]
        ends = [int(m["n"]) * 24.0 for m in _END.finditer(s) if _of_the_watch(s, m.start(), r)]
        if any(h < r.min_hours or h > r.max_hours for h in [*lengths, *ends]):
            return True
        # A part of the baby's life ("for the next 2,000 hours") may be only the watch's first part, so it is read
        # only against the longest watch: no part of one is longer than the whole.
        if any(
            _hours(m["n"], m["unit"]) > r.max_hours for m in _WINDOW.finditer(s) if _of_the_watch(s, m.start(), r)
        ):
            return True
        for m in r.first.finditer(s):
            day = int(m["d"]) if m["d"] is not None else _hours(m["n"], m["unit"]) / 24
            if day > r.latest_first_day:
                return True
        points = [int(m["n"] or m["m"]) for m in _DAY_POINT.finditer(s) if _of_the_watch(s, m.start(), r)]
        if points and not lengths and not ends and min(points) > r.latest_first_day:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Start:
    """A watch's start at the baby's age (``[watch]`` starts of ``mappings/neonatal-watch.toml``)."""

    start: re.Pattern[str]
    signs: re.Pattern[str]
    early: re.Pattern[str]
    baby: re.Pattern[str]
    counts: dict[str, int]
    units: dict[str, int]
    when: re.Pattern[str] | None = None
    verbs: re.Pattern[str] | None = None
    others: re.Pattern[str] | None = None


@functools.cache
def _start() -> _Start:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))
    w, counts = raw["watch"], {str(k): int(v) for k, v in raw["span_told"]["counts"].items()}
    units = {str(k): int(v) for k, v in w["start_units"].items()}
    babies = alternation(raw["span_told"]["baby"])
    return _Start(
        re.compile(
            rf"\b(?:{alternation(w['starts'])})\s+(?:(?:at|from|when|once|on)\s+)?(?:(?:the|her|his|their)\s+)?"
            rf"(?:(?:{babies})(?:'s)?\s+(?:is\s+)?)?(?:(?:the\s+)?age\s+of\s+|aged\s+)?"
            rf"(?P<n>\d{{1,2}}|{alternation(list(counts))})[\s-]*(?P<unit>{alternation(list(units))})[\s-]*"
            rf"(?:(?:{alternation(w.get('start_kinds', ['baby']))})\s+)?(?:{alternation(w['start_ages'])})\b"
        ),
        re.compile(rf"\b(?:{alternation(w['signs'])})"),
        re.compile(rf"\b(?:{alternation(w['early'])})"),
        re.compile(rf"\b(?:{babies})"),
        counts,
        units,
        re.compile(
            rf"\b(?:{alternation(w['start_whens'])})\s+(?:(?:the|her|his|their)\s+)?(?:{babies})(?:'s)?\s+is\s+"
            rf"(?:(?:the\s+)?age\s+of\s+|aged\s+)?(?P<n>\d{{1,2}}|{alternation(list(counts))})[\s-]*"
            rf"(?P<unit>{alternation(list(units))})[\s-]*(?:old|of\s+age)\b"
        )
        if w.get("start_whens")
        else None,
        re.compile(rf"\b(?:{alternation(w['start_verbs'])})\b") if w.get("start_verbs") else None,
        re.compile(rf"\b(?:{alternation(w['start_others'])})\b") if w.get("start_others") else None,
    )


def _starts_late(s: str, r: _Readers) -> bool:
    """Whether sentence ``s`` starts a watch of the concern or its signs at an age after late withdrawal would have
    shown ("scoring starts when the baby is six weeks old"), with no time of the first days in it."""
    t = _start()
    for m in t.start.finditer(s):
        n = m["n"]
        days = (int(n) if n.isdigit() else t.counts[n]) * t.units[m["unit"]]
        if days <= r.latest_first_day:
            continue
        before = s[: m.start()]
        if r.watch.search(before) is None or (r.concern.search(before) is None and t.signs.search(before) is None):
            continue
        if t.baby.search(before) is None:
            continue  # her own withdrawal, tremor or irritability, watched later, is no watch of the baby
        if t.early.search(s) is None:
            return True
    return _starts_late_when(s, r, t)


def _starts_late_when(s: str, r: _Readers, t: _Start) -> bool:
    """Whether sentence ``s`` starts a watch of the concern or its signs with a verb of starting, at the baby's age
    told in a clause ("starts watching for withdrawal when the baby is 4 weeks old") after late withdrawal would
    have shown, with no time of the first days in it and no other one watched (``start_others``)."""
    if t.when is None or t.verbs is None:
        return False
    for m in t.when.finditer(s):
        n = m["n"]
        if (int(n) if n.isdigit() else t.counts[n]) * t.units[m["unit"]] <= r.latest_first_day:
            continue
        before = s[: m.start()]
        if t.verbs.search(before) is None or r.watch.search(before) is None:
            continue
        if r.concern.search(before) is None and t.signs.search(before) is None:
            continue
        if t.others is not None and t.others.search(before) is not None:
            continue
        if t.early.search(s) is None:
            return True
    return False


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)`` at C speed: ``_DIGIT`` (a decimal digit) finds most, and only a text
    with other letters than ASCII can hold a digit it does not (a superscript or a circled one)."""
    return _DIGIT.search(text) is not None or (not text.isascii() and any(c.isdigit() for c in text))


def _of_the_watch(sentence: str, at: int, r: _Readers) -> bool:
    """Whether the time at ``at`` is the watch's: a watch word before it in its clause, with no conjunction
    between them that starts another ("methadone for 3 years and the baby observed ..." times the methadone)."""
    start = max(sentence.rfind(mark, 0, at) for mark in ",:()")
    before = sentence[start + 1 : at]
    ends = [m.end() for m in r.watch.finditer(before)]
    return bool(ends) and _JOIN.search(before, ends[-1]) is None


_JOIN = re.compile(r"\b(?:and|but|while|whilst|or|then|after\s+(?:she|he|they|her|his)|since)\b")


@functools.cache
def _per_span() -> tuple[re.Pattern[str], dict[str, float]]:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["per_span"]
    spans = {str(k): float(v) for k, v in raw["hours"].items()}
    per, after = alternation(raw["per"]), alternation(raw["not_after"])
    return (
        re.compile(
            rf"(?<![\d.,])(?P<n>\d{{1,5}}(?:\.\d+)?)\s*{_UNIT}\s*(?:{per})\s*(?P<span>{alternation(list(spans))})s?\b(?!\s+(?:{after}))"
        ),
        spans,
    )


def times_more_than_its_span(text: str) -> bool:
    """Whether ``text`` gives a time per span longer than the span holds ("25 hours a day", "8 days a week"):
    ``[per_span]`` of ``mappings/neonatal-watch.toml``."""
    plain = normalise(text)
    if not _has_digit(plain):
        return False
    pattern, spans = _per_span()
    return any(_hours(m["n"], m["unit"]) > spans[m["span"]] * 1.0001 for m in pattern.finditer(plain))


@dataclass(frozen=True, slots=True)
class _SpanTold:
    """The ``[span_told]`` patterns of ``mappings/neonatal-watch.toml``: a span of the baby's life told as done."""

    span: re.Pattern[str]
    counts: dict[str, int]
    units: dict[str, int]
    baby: re.Pattern[str]
    unless: re.Pattern[str]
    recent: frozenset[str]
    age: re.Pattern[str]
    age_margin: int
    age_to_come: re.Pattern[str]
    age_now: re.Pattern[str] | None = None
    """An age told as the present with no baby word right before it ("now nine days old, the baby ...")."""
    age_margin_in_days: int | None = None
    """The margin for an age counted in days (told to the day), where smaller than ``age_margin``."""


@functools.cache
def _span_told() -> _SpanTold:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["span_told"]
    counts = {str(k): int(v) for k, v in raw["counts"].items()}
    units = {str(k): int(v) for k, v in raw["units"].items()}
    young = alternation([u for u, days in units.items() if days < 365])  # an age in years is no newborn's
    return _SpanTold(
        re.compile(
            rf"\b(?:{alternation(raw['spans'])}) (?:{alternation(raw.get('determiners', ['the']))}) "
            rf"(?P<first>{alternation([*raw['firsts'], *raw['recent']])}) "
            rf"(?:(?P<n>\d{{1,3}}|{alternation(list(counts))}) )?(?P<unit>{alternation(list(units))})\b"
        ),
        counts,
        units,
        re.compile(rf"\b(?:{alternation(raw['baby'])})"),
        re.compile(rf"\b(?:{alternation(raw['unless'])})"),
        frozenset(raw["recent"]),
        re.compile(
            rf"\b(?:{alternation(raw['baby'])})(?:'s)?\s*(?:,\s*|\s+is\s+|\s+who\s+is\s+)(?:now\s+)?(?:aged\s+)?"
            rf"(?P<n>\d{{1,3}}|{alternation(list(counts))})[\s-]*(?P<unit>{alternation(list(units))})[\s-]+old\b"
        ),
        int(raw["age_margin_days"]),
        re.compile(rf"\b(?:{alternation(raw['age_to_come'])})\s+(?:\S+\s+){{0,2}}$"),
        re.compile(
            # Fronted, opening its sentence or part, the baby named right after it: "now nine days old, the baby".
            rf"^\s*(?:{alternation(raw['age_now'])})\s*,?\s+(?:aged\s+)?"
            rf"(?P<n>\d{{1,3}}|{alternation(list(counts))})[\s-]*(?P<unit>{young})[\s-]+old\s*,\s*"
            rf"(?:(?:the|her|his|their)\s+)?(?:{alternation(raw['baby'])})\b(?!'s)"
            # After the baby as its subject, the age then told as now: "the infant settled and is 8 days old today".
            rf"|\b(?:{alternation(raw['baby'])})\b(?!'s)[^.;:,]{{0,60}}?\b(?:is|'s)\s+(?:now\s+)?"
            rf"(?P<n2>\d{{1,3}}|{alternation(list(counts))})[\s-]*(?P<unit2>{young})[\s-]+old\s+"
            rf"(?:{alternation(raw['age_now'])})\b"
        )
        if raw.get("age_now")
        else None,
        int(raw["age_margin_in_days"]) if "age_margin_in_days" in raw else None,
    )


_SPAN_SENTENCE = re.compile(r"[^.;!?\n]+(?:\.\d[^.;!?\n]*)*")
_SPAN_CLAUSE_BREAK = re.compile(r"[,:()]|\b(?:and|but|then)\b")


def tells_span_past(text: str, days_old: int) -> bool:
    """Whether ``text``, written when the baby was ``days_old`` days old, tells as done a span of the baby's life
    longer than that ("slept in its own cot throughout the first year", "for the past three months" four days
    after the birth): the span (``[span_told]``) in a clause that tells a past, in a sentence naming the baby and
    none of ``unless`` (a recent span, "the past N months" or "the past fortnight", with the baby named in its
    own clause, before or after it); a day of its life or a length of days told as done beyond its age ("the HV
    saw the baby on day 10", "on the ward for 30 days of scoring"); or
    states the baby's age now ("the baby, now six weeks old") older than that by more than a margin."""
    plain = normalise(text)
    if _has_digit(plain) and ("day" in plain or "week" in plain or " d" in plain) and _days_told_past(plain, days_old):
        return True
    if "first" not in plain and "past" not in plain and "last" not in plain and "old" not in plain:
        return False
    r = _span_told()
    for sentence in _SPAN_SENTENCE.finditer(plain):
        part = sentence.group()
        if not r.baby.search(part) or r.unless.search(part):
            continue
        if _age_told_older(part, days_old, r):
            return True
        for m in r.span.finditer(part):
            n = m["n"]
            count = 1 if n is None else int(n) if n.isdigit() else r.counts[n]
            if count * r.units[m["unit"]] <= days_old:
                continue
            start = max((b.end() for b in _SPAN_CLAUSE_BREAK.finditer(part, 0, m.start())), default=0)
            stop = _SPAN_CLAUSE_BREAK.search(part, m.end())
            end = stop.start() if stop else len(part)
            if m["first"] in r.recent and not r.baby.search(part, start, end):
                continue
            if tells_past(_without_others_relatives(part[start:end], r.baby)):
                return True
    return False


def _age_told_older(part: str, days_old: int, r: _SpanTold) -> bool:
    """Whether a sentence naming the baby states its age now ("the baby, now six weeks old"; "now nine days old,
    the baby ...") older than ``days_old`` by more than the margin (an age in days by the smaller
    ``age_margin_in_days``); an age after a word of a time to come ("until the baby is ...") is not read."""
    found = [*r.age.finditer(part), *(r.age_now.finditer(part) if r.age_now is not None else ())]
    for m in found:
        n, unit = m["n"] or m.groupdict().get("n2"), m["unit"] or m.groupdict().get("unit2")
        if n is None or unit is None:
            continue
        count = int(n) if n.isdigit() else r.counts[n]
        margin = r.age_margin
        if r.units[unit] == 1 and r.age_margin_in_days is not None:
            margin = min(margin, r.age_margin_in_days)
        if count * r.units[unit] <= days_old + margin:
            continue
        if not r.age_to_come.search(part, max(0, m.start() - 40), m.start()):
            return True
    return False


_RELATIVE_PERFECT = re.compile(r"(?P<before>\w+),?\s+who\s+(?:has|have|had)\s+(?:not\s+|never\s+)?\w+")
"""A relative clause's perfect right after its noun ("a grown-up who has taken no sleeping tablets")."""


def _without_others_relatives(clause: str, baby: re.Pattern[str]) -> str:
    """``clause`` without the perfect of a relative clause about someone other than the baby ("an adult who has
    taken no sedating medicine is with the baby ..."): it tells of that person, not of the span (found refused by
    the hundred-and-thirtieth fresh corpus). The baby's own ("the infant, who has settled ...") stays."""
    if "who" not in clause:
        return clause
    return _RELATIVE_PERFECT.sub(lambda m: m[0] if baby.fullmatch(m["before"]) else m["before"], clause)


_DAY_TOLD = re.compile(
    r"\b(?:on|at|by|until|till|through)\s+(?:the\s+)?(?:day|d)\s*(?P<d>\d{1,3})\b"
    r"|\bfor\s+(?:(?:at\s+least|over|more\s+than|a\s+full)\s+)?(?P<n>\d{1,3})\s*(?P<unit>days?|weeks?)\b"
    r"|\b(?:at|aged)\s+(?P<a>\d{1,3})\s*(?P<aunit>days?|weeks?)\s+(?:of\s+age|old)\b"
)
"""A day of the baby's life ("on day 10", "by d10", "at 10 days of age", "aged 2 weeks old") or a length of days or
weeks ("for 30 days") in a clause."""
_COPULA_PAST = re.compile(r"\b(?:was|were)\b(?!\s+(?:to|going|due|expected|planned|booked|meant)\b)")
_DAY_TOLD_MARGIN = 1
"""Days a day of life may run past the baby's age and still be today (day 0 or day 1 for the day of birth)."""


def _days_told_past(plain: str, days_old: int) -> bool:
    """Whether a clause of ``plain`` naming the baby or its concern (withdrawal, NAS) tells as done a day of its life
    or a length of days beyond its age when written ("the HV saw the baby on day 10", "the baby was on the ward for
    30 days of scoring", both on day 4), in a sentence with none of ``[span_told] unless``; a plan ("will see the
    baby on day 10") is not read."""
    r, concern = _span_told(), _readers().concern
    for sentence in _SPAN_SENTENCE.finditer(plain):
        part = sentence.group()
        if not _has_digit(part) or r.unless.search(part):
            continue
        for m in _DAY_TOLD.finditer(part):
            if m["d"] is not None:
                days = int(m["d"])
            else:
                n, unit = (m["n"], m["unit"]) if m["n"] is not None else (m["a"], m["aunit"])
                days = int(n) * (7 if unit.startswith("w") else 1)
            if days <= days_old + _DAY_TOLD_MARGIN:
                continue
            start = max((b.end() for b in _SPAN_CLAUSE_BREAK.finditer(part, 0, m.start())), default=0)
            stop = _SPAN_CLAUSE_BREAK.search(part, m.end())
            clause = part[start : stop.start() if stop else len(part)]
            babies = [b for b in r.baby.finditer(clause) if not clause.startswith("'s", b.end())]
            if not babies and concern.search(clause) is None:
                continue  # the baby's mother's or father's days are not the baby's
            words = clause.split()
            # A past opening its clause is a note written short, maybe of a plan ("Observed on the ward for 5 days
            # under the local guideline"): only a past after its subject, or "was"/"were", is read.
            opened = bool(words) and tells_past(words[0])
            if _COPULA_PAST.search(clause) is not None or (tells_past(clause) and not opened):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _AfterBirth:
    """The ``[after_birth_told]`` patterns of ``mappings/neonatal-watch.toml``."""

    events: re.Pattern[str]
    unless: re.Pattern[str]
    acts_on_baby: re.Pattern[str]
    bound: re.Pattern[str]
    """One of ``bounds`` (and an article) ending the text before an event ("... until ", "... pending the "): the
    event is a limit."""
    deferral: re.Pattern[str]
    """One of ``deferrals``: a decision or deferral a limit after the birth may bound."""


@functools.cache
def _after_birth() -> _AfterBirth:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))
    told, baby = raw["after_birth_told"], raw["span_told"]["baby"]
    return _AfterBirth(
        re.compile(rf"\b(?:{alternation(told['events'])})"),
        re.compile(rf"\b(?:{alternation(told['unless'])})\b"),
        # A past acting on the baby ("checked the newborn's thyroid", "examined the baby"): a participle written
        # short for a plan takes no object ("baby checked after delivery"), so this is a simple past.
        re.compile(rf"(?<=\S)\s+(?P<verb>[a-z]{{2,}})\s+(?:the|her|his|their)\s+(?:{alternation(baby)})\b"),
        re.compile(rf"(?<![\w'])(?:{alternation(told.get('bounds', ['until']))})\s+(?:(?:the|her|his|their)\s+)?$"),
        re.compile(rf"\b(?:{alternation(told.get('deferrals', ['deferred']))})\b"),
    )


def _unbounded_event(clause: str, r: _AfterBirth) -> bool:
    """Whether ``clause`` holds an event after the birth that is not the limit of a decision or deferral before it
    ("set aside until after the birth": the time is its future limit, not an event told as done)."""
    for m in r.events.finditer(clause):
        before = clause[: m.start()]
        if r.bound.search(before) is None or r.deferral.search(before) is None:
            return True
    return False


def tells_birth_past(text: str) -> bool:
    """Whether ``text``, written before the birth, tells as done an event that comes only after it ("the post-birth
    level was normal", "the baby showed no adaptation symptoms", "the 6-week check was normal"): a clause telling a
    past and holding one of ``[after_birth_told] events``, in a sentence with none of its ``unless`` (another
    child or pregnancy, a plan, advice). A past is "was"/"were", a finite past that is no participle, or a simple
    past after its subject acting on the baby ("the paediatrician checked the newborn's thyroid after delivery"). An
    event that is the limit of a decision or deferral in its clause ("set aside until after the birth": ``bounds``,
    ``deferrals``) is not told as done."""
    plain = normalise(text)
    r = _after_birth()
    if r.events.search(plain) is None:
        return False
    for sentence in _SPAN_SENTENCE.finditer(plain):
        part = sentence.group()
        if r.events.search(part) is None or r.unless.search(part) is not None:
            continue
        for clause in re.split(r"[,:()]|\b(?:and|but)\b", part):
            if _unbounded_event(clause, r) and (
                _COPULA_PAST.search(clause)
                or _FINITE_PAST.search(clause)
                or any(tells_past(m["verb"]) for m in r.acts_on_baby.finditer(clause))
            ):
                return True
    return False


_FINITE_PAST = re.compile(r"\b(?:went|showed|saw|came|found\s+(?:no|nothing|it|them|normal)|had\s+(?:no|been|a|an))\b")
"""A past that cannot be a participle of a plan written short ("the review found no problems", "breastfeeding
went well"): "adaptation signs watched on the ward" and "baby reviewed after birth" may be plans."""


@dataclass(frozen=True, slots=True)
class _Clash:
    """The ``[clash]`` patterns of ``mappings/neonatal-watch.toml``: times in one plan that contradict each other."""

    watch: re.Pattern[str]
    baby: re.Pattern[str]
    carried_on: re.Pattern[str]
    carried_from: re.Pattern[str]
    last: re.Pattern[str]
    watchers: re.Pattern[str]
    urgent: re.Pattern[str]
    urgent_not: re.Pattern[str]
    months_off: re.Pattern[str]
    mother: re.Pattern[str]
    shared_ward: re.Pattern[str]
    own_unit: re.Pattern[str]
    not_the_stay: re.Pattern[str]
    window: re.Pattern[str]
    day_window: re.Pattern[str]
    risk: re.Pattern[str]
    covered: re.Pattern[str]
    covered_not: re.Pattern[str]
    carried_other: re.Pattern[str]
    weeks_off: re.Pattern[str]
    """A delay in weeks ("in 20 weeks", "for 6 weeks' time", "12 weeks from now"); its one group the count."""
    week_words: dict[str, int]
    max_weeks: int
    word_stay: re.Pattern[str] | None = None
    """A stay's length as a count word of ``week_count_words`` ("a two-day postnatal stay"), read like the digits."""
    gap_covered: re.Pattern[str] | None = None
    """What covers days inside the risk's window with no day of life named (``gap_covered``)."""


def _watchers() -> re.Pattern[str]:
    """Who may watch the baby (``[conclusion] watchers`` of ``mappings/concerns.toml``; a trailing ``*`` any ending)."""
    raw = mapping_table("concerns.toml")
    words = sorted(raw["conclusion"]["watchers"], key=len, reverse=True)
    alts = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b" for w in words)
    return re.compile(rf"\b(?:{alts})")


@functools.cache
def _clash() -> _Clash:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["clash"]
    counts = alternation(raw["month_counts"])
    week_words = {w: i for i, w in enumerate(raw.get("week_count_words", ()), start=1)}
    weeks = rf"(\d{{1,2}}|{alternation(list(week_words))})" if week_words else r"(\d{1,2})"
    point = (
        r"(?:(?P<{0}>\d{{1,2}})(?:\s*\+\s*[0-6])?\s*(?P<{0}u>weeks?\b|wks?\b|/\s*40(?!\d))"
        r"|(?:day|d)\s*(?P<{0}d>\d{{1,2}})\b)"
    )
    return _Clash(
        re.compile(rf"\b(?:{alternation(raw['watch'])})"),
        re.compile(rf"\b(?:{alternation(raw['baby'])})"),
        re.compile(rf"\b(?:{alternation(raw['carried_on'])})"),
        re.compile(rf"\b(?:{alternation(raw['carried_from'])})\s+(?:the\s+)?(?:day|d)\s*(?P<n>\d{{1,3}})\b"),
        re.compile(
            rf"(?<!\bnot\s)\b(?:{alternation(raw['last'])})\s+(?P<role>(?:[\w-]+\s+){{0,2}}?)(?:{alternation(raw['contact'])})s?\s+"
            r"(?:(?:is|will\s+be|being|falls|comes)\s+)?(?:on|at)\s+(?:the\s+)?(?:day|d)\s*(?P<n>\d{1,3})\b"
        ),
        _watchers(),
        re.compile(rf"\b(?:{alternation(raw['urgent'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['urgent_not'])})\b"),
        re.compile(
            rf"\b(?:in\s+(?:about\s+|around\s+)?(?:{counts})\s+months?\b(?!-)"
            rf"|for\s+(?:about\s+|around\s+)?(?:{counts})\s+months?'?s?\s+time\b"
            rf"|(?:{counts})\s+months?\s+(?:from\s+now|away|hence)\b)"
        ),
        re.compile(rf"\b(?:{alternation(raw['mother'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['shared_ward'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['own_unit'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['not_the_stay'])})\b"),
        re.compile(
            rf"\bfrom\s+(?:the\s+)?{point.format('a')}[^.;!?\n]{{0,40}}?\b(?:{alternation(raw['window_ends'])})\s+"
            rf"(?:the\s+)?{point.format('b')}(?=\s*(?:$|[,.;:)\n]|and\b|then\b|of\s+(?:life|pregnancy|gestation)\b))"
        ),
        # From a day of life to an earlier one, where a place or a time follows ("from day 3 to day 1 on the
        # ward"): a day is never a supply, so the window needs no end of its clause.
        re.compile(
            rf"\bfrom\s+(?:the\s+)?(?:day|d)\s*(?P<ad>\d{{1,2}})\b[^.;!?\n]{{0,40}}?\b(?:{alternation(raw['window_ends'])})\s+"
            r"(?:the\s+)?(?:day|d)\s*(?P<bd>\d{1,2})\b"
        ),
        re.compile(rf"\b(?:{alternation(raw['risk'])})"),
        re.compile(rf"\b(?:{alternation(raw['covered'])})"),
        re.compile(rf"\b(?:{alternation(raw['covered_not'])})\b"),
        re.compile(rf"\b(?:{alternation(raw['carried_other'])})\b"),
        re.compile(
            rf"\b(?:in\s+(?:about\s+|around\s+)?{weeks}\s+weeks?\b(?!-)"
            rf"|for\s+(?:about\s+|around\s+)?{weeks}\s+weeks?'?s?\s+time\b"
            rf"|{weeks}\s+weeks?\s+(?:from\s+now|away|hence)\b)"
        ),
        week_words,
        int(raw.get("urgent_max_weeks", 4)),
        re.compile(
            rf"\b(?P<w>{alternation(list(week_words))})\s*-?\s*(?P<u>hours?|hrs?|h|days?)\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:stay|discharge)\b"
        )
        if week_words
        else None,
        re.compile(rf"\b(?:{alternation(raw['gap_covered'])})\b") if raw.get("gap_covered") else None,
    )


@dataclass(frozen=True, slots=True)
class _Arrival:
    """The ``[clash]`` readers of a visit at a place before the baby arrives there (``arrival_*``, ``visit_*``)."""

    arrival: re.Pattern[str]
    visit: re.Pattern[str]
    hint: tuple[str, ...]


@functools.cache
def _arrival() -> _Arrival:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["clash"]
    places = [normalise(w) for w in raw.get("arrival_places", ())]
    place = rf"(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+)?(?:[\w'-]+\s+){{0,2}}?(?P<place>{alternation(places)})"
    day = r"\s+on\s+(?:the\s+)?(?:day|d)\s*(?P<n>\d{1,2})\b(?!\s*(?:\+|/|weeks?\b|wks?\b))"
    arrivals = alternation(raw.get("arrival_verbs", ()), normalised=True)
    verbs = alternation(raw.get("visit_verbs", ()), normalised=True)
    participles = alternation(raw.get("visit_participles", ()), normalised=True)
    baby = r"(?:the\s+|this\s+|her\s+|their\s+)?(?:baby|infant|newborn)"
    return _Arrival(
        re.compile(
            rf"\b(?:{arrivals})\w*\s+(?:(?:from|out\s+of|off)\s+(?:the\s+)?(?:[\w'-]+\s+){{1,3}}?)?"
            rf"(?:in)?to\s+{place}{day}"
        ),
        re.compile(
            rf"(?<!\bnot\s)(?<!\bnever\s)\b(?:(?:{verbs})\s+{baby}"
            rf"|{baby}\s+(?:(?:will|is\s+to|is\s+going\s+to)\s+)?(?:be\s+|is\s+)?(?:{participles})"
            rf"(?:\s+by\s+(?:the\s+|a\s+|her\s+)?[\w'-]+)?)\s+(?:at|in)\s+{place}{day}"
        ),
        tuple(sorted({p.split()[-1] for p in places})),
    )


def _visit_before_arrival(plain: str) -> bool:
    """Whether normalised ``plain`` has the baby visited at a place on a day of life before the day it is said to
    arrive there (``[clash] arrival_*``: "sees the baby in the placement on day 3" beside "moves to the placement on
    day 10"), both days stated."""
    r = _arrival()
    if not any(h in plain for h in r.hint):
        return False
    arrives: dict[str, int] = {}
    for m in r.arrival.finditer(plain):
        key = m["place"].split()[-1]
        arrives[key] = min(int(m["n"]), arrives.get(key, 99))
    if not arrives:
        return False
    return any(int(m["n"]) < arrives.get(m["place"].split()[-1], 0) for m in r.visit.finditer(plain))


_STAY = re.compile(
    r"(?:\bdischarg\w*\s+(?:home\s+)?|(?<!\bat\s)\bhome\s+"
    r"|\b(?:mov|transfer|go)\w*\s+(?:in)?to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?placement\s+)"
    rf"(?:(?:at|after)\s+(?:about\s+|around\s+)?{_NUMBER}\s*{_UNIT}"
    rf"|{_NUMBER.replace('?P<n>', '?P<bn>')}\s*{_UNIT.replace('?P<unit>', '?P<bu>')}\s+(?:after|post|from)\s+"
    r"(?:the\s+)?(?:birth|delivery)"
    r"|on\s+(?:the\s+)?(?:day|d)\s*(?P<dn>\d{1,2})\b(?!\s*(?:\+|/|weeks?\b|wks?\b)))"
    rf"|\b{_NUMBER.replace('?P<n>', '?P<sn>')}\s*-?\s*(?P<su>hours?|hrs?|h|days?)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:stay|discharge)\b"
)
"""The baby's stay: "discharge(d) (home) at N hours", "home after N hours", "discharged (home) N hours after
birth", "a 6-hour birth-centre stay", "a 6-hour discharge"; ended on a day of life ("discharged on day 2", "home on
day 4": N days, the longest that day can mean); or ended by a move to a placement ("moving to the foster placement
24 hours after birth"), which ends the ward stay as going home does."""


@dataclass(frozen=True, slots=True)
class _Count:
    """The ``[count]`` readers of ``mappings/neonatal-watch.toml``: a count of looks against its interval and window."""

    interval: re.Pattern[str]
    numbered: re.Pattern[str]
    """A number right before an interval word ("4-", "four "): what makes "hourly" after it no one-hour interval."""
    count: re.Pattern[str]
    nouns: dict[str, str]
    approximate: re.Pattern[str]
    below: int
    above: int


@functools.cache
def _count() -> _Count:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["count"]
    nouns = {str(k): str(v) for k, v in raw["nouns"].items()}
    # One hour with no number (``one_hour``): not after a digit or one of ``hour_numbers`` ("4-hourly", "four-hourly").
    numbered = rf"(?<![\w-])(?:\d+|{alternation(raw.get('hour_numbers', ['one']))})\s*-?\s*"
    one = rf"|(?P<one>(?<![\w-])(?:{alternation(raw['one_hour'])})\b)" if raw.get("one_hour") else ""
    return _Count(
        re.compile(
            r"\b(?P<a>\d{1,2})\s*-?\s*(?:hourly|hrly)\b|\bevery\s+(?P<b>\d{1,2})\s*(?:hours?|hrs?|h)\b"
            rf"|\bq\s*(?P<c>\d{{1,2}})\s*h\b{one}"
        ),
        re.compile(rf"(?:{numbered})$"),
        re.compile(rf"(?<![\w.])(?P<k>\d{{1,3}})\s+(?P<noun>{alternation(list(nouns))})\b"),
        nouns,
        re.compile(rf"(?:^|[\s(])(?:{alternation(raw['approximate'])})\s*$"),
        int(raw["below"]),
        int(raw["above"]),
    )


_Q_HOURS = re.compile(r"\bq\s*\d")
"""What an interval written "q4h" opens with: without it (or "hourly", "every"), a text states no interval."""


def _count_off(plain: str) -> bool:
    """Whether a sentence of normalised ``plain`` states one interval in hours, one window and a count of looks
    that cannot follow from them (``[count]``: "4-hourly for 72 hours: that is 40 scores")."""
    r = _count()
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        intervals = [
            m for m in r.interval.finditer(s) if m["one"] is None or r.numbered.search(s, 0, m.start()) is None
        ]
        windows = list(_WINDOW.finditer(s))
        if len(intervals) != 1 or len(windows) != 1:
            continue
        every = 1.0 if intervals[0]["one"] is not None else float(
            next(g for g in intervals[0].group("a", "b", "c") if g is not None)
        )
        window = _hours(windows[0]["n"], windows[0]["unit"])
        if every <= 0 or window < every:
            continue
        looks = window / every
        for m in r.count.finditer(s):
            if m.start() < windows[0].end() and m.start() < intervals[0].end():
                continue  # a count before both is not theirs
            if r.approximate.search(s, 0, m.start()) or r.nouns[m["noun"]] not in s[: m.start()]:
                continue
            if not looks - r.below <= int(m["k"]) <= looks + r.above:
                return True
    return False


@functools.cache
def _within_point() -> tuple[re.Pattern[str], dict[str, float], dict[str, int]]:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))
    w, counts = raw["within_point"], {str(k): int(v) for k, v in raw["span_told"]["counts"].items()}
    units = {str(k): float(v) for k, v in w["units"].items()}
    count, unit = rf"(?:\d{{1,3}}|{alternation(list(counts))})", alternation(list(units))
    return (
        re.compile(
            rf"\bwithin\s+(?P<n>{count})[\s-]*(?P<unit>{unit})\s+of\s+(?:{alternation(w['events'])})\s*,\s*"
            rf"(?:{alternation(w['links'])})\s+(?:the\s+)?(?:(?:baby|infant|newborn)(?:'s)?\s+)?(?:"
            rf"(?P<p>{count})[\s-]*(?P<pu>{unit})(?:[\s-]+(?:(?:{alternation(w['kinds'])})\s+)?"
            rf"(?:{alternation(w['nouns'])})|\s+of\s+age|[\s-]+old)?"
            r"|(?:day|d)\s*(?P<d>\d{1,3}))\s*(?=[;.!?\n]|$)"
        ),
        units,
        counts,
    )


_PART_OPENS = re.compile(r"[;:!?\n]|\.(?!\d)")


def _point_past_window(plain: str) -> bool:
    """Whether ``plain`` gives one act a window from the birth and, as its apposition, a point past it ("within 24
    hours of birth, at the six-week postnatal check"; ``[within_point]``)."""
    pattern, units, counts = _within_point()

    def count(n: str) -> int:
        return int(n) if n.isdigit() else counts[n]

    for m in pattern.finditer(plain):
        opens = max((b.end() for b in _PART_OPENS.finditer(plain, 0, m.start())), default=0)
        if "," in plain[opens : m.start()]:
            continue  # one item of a list of times ("levels monthly, within 24 hours of birth, at 6 weeks")
        window = count(m["n"]) * units[m["unit"]]
        point = count(m["p"]) * units[m["pu"]] if m["p"] is not None else (int(m["d"]) - 1) * 24.0
        if point > window:
            return True
    return False


def times_clash(text: str) -> bool:
    """Whether ``text`` gives times in one plan that contradict each other: a watch of the baby ("observed for 5
    days") longer than the stay it sits in ("discharged home at 24 hours", "home 6 hours after birth", "a 6-hour
    stay"), with nothing carrying the watch on after the stay (a carry that only begins on a day of life after the
    watch has ended carries nothing) and the stay the baby's, plainly planned; the last contact of the one who
    watches on a day of life before the watch ends ("until day 8, the last contact on day 2"), or before the risk
    itself ends with nothing covering the rest ("withdrawal possible until day 8; the only visit on day 3"); a
    watch split after a colon into timed parts that add up to less ("72 h of scoring: 24 h on delivery suite, then
    24 h on the ward") with nothing after them carrying it on; an act called urgent and put months off in one
    clause ("urgent review in 3 months"), or weeks beyond a few ("urgent review 20 weeks from now"); a withdrawal
    watch ending days before day 8 with the next contact told past it and nothing between ("scored for 72 hours;
    the next contact is on day 14"); or a window from a gestation or day of life to an earlier one ("from 36/40,
    stopping at 32/40")."""
    plain = normalise(text)
    if ":" in plain and _split_short(plain):
        return True
    if "within" in plain and _point_past_window(plain):
        return True
    if (
        "hourly" in plain or "every" in plain or "hrly" in plain or "each hour" in plain or "an hour" in plain
        or _Q_HOURS.search(plain)
    ) and _count_off(plain):
        return True
    urgent_told = ("month" in plain or "week" in plain) and (
        "urgen" in plain or "asap" in plain or "priority" in plain
    )
    if urgent_told and _urgent_months_off(plain, _clash()):
        return True
    if not _has_digit(plain):
        return False
    if "day" in plain and _visit_before_arrival(plain):
        return True
    stay_told = "stay" in plain or "discharg" in plain or "home" in plain or "placement" in plain
    last_told = "last" in plain or "final" in plain or "only" in plain
    if "day" in plain and _gap_in_window(plain, _clash()):
        return True
    if "next" in plain and "day" in plain and _next_contact_past_risk(plain, _clash()):
        return True
    if "from" not in plain and not stay_told and not last_told:
        return False
    r = _clash()
    for m in r.window.finditer(plain):
        if m["a"] is not None and m["b"] is not None and int(m["b"]) < int(m["a"]):
            return True
        if m["ad"] is not None and m["bd"] is not None and int(m["bd"]) < int(m["ad"]):
            return True
    for m in r.day_window.finditer(plain):
        if int(m["bd"]) < int(m["ad"]):
            return True
    if last_told and _last_contact_too_soon(plain, r):
        return True
    word_stay = r.word_stay
    if not stay_told or (_STAY.search(plain) is None and (word_stay is None or word_stay.search(plain) is None)):
        return False
    stays: list[float] = []
    watches: list[float] = []
    # Her stay is the baby's where the baby is watched on a ward it shares with her, and no unit of its own is named.
    hers_too = r.shared_ward.search(plain) is not None and r.own_unit.search(plain) is None
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        for m in _STAY.finditer(s):
            if (r.mother.search(s) and not hers_too) or r.not_the_stay.search(s):
                continue
            if m["n"] is not None:
                stays.append(_hours(m["n"], m["unit"]))
            elif m["bn"] is not None:
                stays.append(_hours(m["bn"], m["bu"]))
            elif m["dn"] is not None:
                stays.append(int(m["dn"]) * 24.0)
            else:
                stays.append(_hours(m["sn"], m["su"]))
        for m in word_stay.finditer(s) if word_stay is not None else ():
            if (r.mother.search(s) and not hers_too) or r.not_the_stay.search(s):
                continue
            stays.append(_hours(str(r.week_words[m["w"]]), m["u"]))
        if r.baby.search(s) is None:
            continue
        watches.extend(_hours(m["n"], m["unit"]) for m in _DURATION.finditer(s) if _watched(s, m.start(), r))
    if not stays or not watches or max(watches) <= min(stays):
        return False
    # Carried on: a carry in a clause that starts no later than the watch ends ("at home after discharge", "midwife
    # visits from day 2"); a clause starting only on a day of life after the watch's end ("HV visit on day 10")
    # leaves the time between the stay and the watch's end uncovered.
    end = max(watches)
    for clause in _CLAUSE.finditer(plain):
        c = clause.group()
        if not any(not _dose_carried(c, m) for m in r.carried_on.finditer(c)):
            continue
        if r.carried_other.search(c) is not None and r.watch.search(c) is None and r.baby.search(c) is None:
            continue  # a visit told only as a check of the cot or car seat carries no watch of the baby
        days = [int(m["n"]) for m in r.carried_from.finditer(c)]
        if not days or (min(days) - 1) * 24.0 < end:
            return False
    return True


_DOSE_AFTER = re.compile(r"\s*(?:a\s+dose\s+of\s+)?\d")


def _dose_carried(clause: str, m: re.Match[str]) -> bool:
    """Whether the carry word ``m`` carries on a medicine at a dose, not the watch at a place ("methadone continues
    at 60 mg" carries no watch home)."""
    return m.group().startswith("continu") and _DOSE_AFTER.match(clause, m.end()) is not None


_PART = re.compile(
    r"(?:^|[:,]|\b(?:and|then|followed\s+by|plus))\s*(?:(?:the\s+)?(?:first|next|last|remaining)\s+|another\s+"
    r"|a\s+further\s+|for\s+)?(?P<n>\d{1,3})\s*(?P<unit>hours?|hrs?|h|days?)(?![^\W\d_]|-)"
)
"""One timed part of a watch split after a colon ("24 h on delivery suite", "then 36 h on the ward"): a length
opening its clause, not a point or an interval ("at 24 h", "every 4 h", "a 4-h score")."""
_GOES_ON = re.compile(r"\b(?:observ|obs\b|watch|scor|monitor|daily|hourly|each\s+day|every|until|till|to\s+day)")


def _split_short(plain: str) -> bool:
    """Whether a sentence gives a watch's length, then after a colon two or more timed parts that add up to less
    ("72 h of scoring: 24 h on delivery suite, then 24 h on the ward"), with nothing after the parts carrying the
    watch on ("then daily at home", "then scored until day 4")."""
    r = _clash()
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        colon = s.find(":")
        if colon < 0 or r.watch.search(s, 0, colon) is None:
            continue
        head = list(_DURATION_ANY.finditer(s, 0, colon))
        if not head:
            continue
        window = _hours(head[-1]["n"], head[-1]["unit"])
        tail = s[colon:]
        parts = list(_PART.finditer(tail))
        if len(parts) < 2:
            continue
        if _GOES_ON.search(tail, parts[-1].end()) is not None:
            continue
        if sum(_hours(m["n"], m["unit"]) for m in parts) < window:
            return True
    return False


_DURATION_ANY = re.compile(rf"\b{_NUMBER}\s*{_UNIT}")


def _watched(sentence: str, at: int, r: _Clash) -> bool:
    """Whether the time at ``at`` in ``sentence`` is the watch's: a watch word before it in its clause, with no
    conjunction after that word starting another."""
    return _watch_before(sentence, at, r) is not None


def _watch_before(sentence: str, at: int, r: _Clash) -> str | None:
    """The clause before the time at ``at`` up to its last watch word, if the time is the watch's, else None."""
    start = max(sentence.rfind(mark, 0, at) for mark in ",:()")
    before = sentence[start + 1 : at]
    ends = [w.end() for w in r.watch.finditer(before)]
    if not ends or _JOIN.search(before, ends[-1]) is not None:
        return None
    return before[: ends[-1]]


def _urgent_months_off(plain: str, r: _Clash) -> bool:
    """Whether a clause of ``plain`` calls an act urgent and puts it months off ("urgent review arranged for 3
    months' time"), or more than ``max_weeks`` weeks off ("an urgent appointment 20 weeks from now"), with nothing
    there ruling the urgency out or making the later time another act's. Acts joined by "and" are read each on its
    own ("urgent review in 8 weeks and a scan at 20 weeks"; "urgent referral today and review in 3 months" stands)."""
    for clause in _CLAUSE.finditer(plain):
        for c in _AND.split(clause.group()):
            if _urgent_too_late(c, r):
                return True
    return False


_AND = re.compile(r"\band\b")


def _urgent_too_late(c: str, r: _Clash) -> bool:
    """Whether the clause part ``c`` calls an act urgent and puts it months or more than ``max_weeks`` weeks off."""
    if r.urgent.search(c) is None or r.urgent_not.search(c) is not None:
        return False
    return bool(r.months_off.search(c)) or any(
        (int(n) if n.isdigit() else r.week_words.get(n, 0)) > r.max_weeks
        for n in (next(g for g in m.groups() if g) for m in r.weeks_off.finditer(c))
    )


def _last_contact_too_soon(plain: str, r: _Clash) -> bool:
    """Whether ``plain`` ends the baby's watch on a day of life ("until day 8", "for 5 days") later than the day after
    the last contact of the one who watches ("the last HV contact on day 2"): a role named in the last contact must
    be named before the watch word (the foster carer's watch beside the midwife's last visit is no clash)."""
    lasts = [(int(m["n"]), {w.group() for w in r.watchers.finditer(m["role"])}) for m in r.last.finditer(plain)]
    if not lasts:
        return False
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        if r.baby.search(s) is None:
            continue
        ends = [(int(m["n"]) * 24.0, m.start()) for m in _END.finditer(s)]
        ends += [(_hours(m["n"], m["unit"]), m.start()) for m in _DURATION.finditer(s)]
        for hours, at in ends:
            watcher = _watch_before(s, at, r)
            if watcher is None:
                continue
            named = {w.group() for w in r.watchers.finditer(watcher)}
            for day, roles in lasts:
                if (day + 1) * 24.0 < hours and (not roles or roles & named):
                    return True
    return _risk_outlasts_contact(plain, r, max(day for day, _ in lasts))


_DAY = re.compile(r"\b(?:day|d)\s*(?P<n>\d{1,3})\b")
_DAYS = re.compile(r"\b(?:days?|d)\s*(?P<n>\d{1,3})\b")
"""A day of life named, or the first of several ("days 5 to 8")."""


_GAP_PART = re.compile(r"(?:[^,;:!?()\n.a]|\.\d|a(?!nd\b)|(?<=\w)and|\Band)+")
"""A part of a text between punctuation and "and": a clause, or an item of a list."""


def _gap_in_window(plain: str, r: _Clash) -> bool:
    """Whether a sentence of ``plain`` lets the risk run to a day of life, ends the watch days before it and puts the
    next contact after the risk has ended ("withdrawal can appear to day 8: the ward watched to day 4 and the HV sees
    the baby on day 14"), with no day between the watch's end and the risk's named anywhere and nothing covering them
    (``gap_covered``)."""
    if r.gap_covered is None or r.gap_covered.search(plain) is not None:
        return False
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        if r.baby.search(s) is None:
            continue
        risk: list[tuple[int, int]] = []
        watched: list[tuple[int, int]] = []
        for m in _END.finditer(s):
            start = max(s.rfind(mark, 0, m.start()) for mark in ",:()") + 1
            before = s[start : m.start()]
            if r.watch.search(before) is None and r.risk.search(before) is not None:
                risk.append((int(m["n"]), m.start()))
            elif _watch_before(s, m.start(), r) is not None:
                watched.append((int(m["n"]), m.start()))
        if not risk or not watched:
            continue
        until, watch_end = max(d for d, _ in risk), max(d for d, _ in watched)
        if watch_end + 1 >= until:
            continue
        own = {sentence.start() + at for _, at in (*risk, *watched)}
        if any(
            r.watch.search(part.group()) is not None and not any(part.start() <= a < part.end() for a in own)
            for part in _GAP_PART.finditer(plain)
        ):
            continue  # another watch, with no day of its own ("the foster carer watches her at home")
        days = [(int(m["n"]), m.start()) for m in _DAYS.finditer(plain)]
        if any(watch_end < d <= until for d, at in days if not any(a <= at < a + 12 for a in own)):
            continue  # a day inside the window named: a contact in it
        if any(d > until for d, at in days if sentence.start() <= at < sentence.end()):
            return True
    return False


def _risk_outlasts_contact(plain: str, r: _Clash, last: int) -> bool:
    """Whether the risk itself runs on a day past the last contact on day ``last`` ("late withdrawal is possible
    until day 8" beside "the only HV visit is on day 3": a clause of the baby's holding a risk word and no watch word
    before its end) with nothing in ``plain`` covering the rest: no later day of life outside the risk's clauses, no
    watch as long, and no clause watching for it ("the foster carer watches for signs"; not one that says no one
    is asked to)."""
    risk_ends: list[tuple[float, int, int]] = []
    for sentence in _SENTENCE.finditer(plain):
        s = sentence.group()
        if r.baby.search(s) is None:
            continue
        ends = [(int(m["n"]) * 24.0, m.start(), m.end()) for m in _END.finditer(s)]
        ends += [(_hours(m["n"], m["unit"]), m.start(), m.end()) for m in _DURATION.finditer(s)]
        for hours, at, stop in ends:
            start = max(s.rfind(mark, 0, at) for mark in ",:()") + 1
            before = s[start:at]
            if r.watch.search(before) is None and r.risk.search(before) is not None:
                risk_ends.append((hours, sentence.start() + start, sentence.start() + stop))
    if not risk_ends or max(h for h, _, _ in risk_ends) <= (last + 1) * 24.0:
        return False
    spans = [(a, b) for _, a, b in risk_ends]
    for m in _DAY.finditer(plain):
        if int(m["n"]) > last and not any(a <= m.start() < b for a, b in spans):
            return False  # a later day of life: a contact or a watch after the last one
    for clause in _CLAUSE.finditer(plain):
        c = clause.group()
        if any(a <= clause.start() < b for a, b in spans):
            continue
        if r.covered.search(c) is not None and r.covered_not.search(c) is None:
            return False
    return True


@dataclass(frozen=True, slots=True)
class _NextGap:
    """The ``[clash]`` next_* readers of ``mappings/neonatal-watch.toml``: the next contact past the risk's window."""

    next_word: re.Pattern[str]
    risk_day: int
    carry: frozenset[str]
    concern: re.Pattern[str]
    other: re.Pattern[str] | None


@functools.cache
def _next_gap() -> _NextGap | None:
    raw = tomllib.loads((data_path("mappings") / "neonatal-watch.toml").read_text(encoding="utf-8"))["clash"]
    if not raw.get("next_words") or "next_risk_day" not in raw:
        return None
    return _NextGap(
        re.compile(rf"\b(?:{alternation(raw['next_words'])})\b"),
        int(raw["next_risk_day"]),
        frozenset(raw.get("next_carry_words", ())),
        re.compile(rf"\b(?:{alternation(raw.get('next_concerns', ['withdrawal']))})"),
        re.compile(rf"\b(?:{alternation(raw['next_not'])})") if raw.get("next_not") else None,
    )


_FULL_SENTENCE = re.compile(r"[^.!?\n]+(?:\.\d[^.!?\n]*)*")
"""A sentence, semicolons and all."""
_CONTACT_DAY = re.compile(r"\b(?:day|d)\s*(?P<n>\d{1,3})\b")
_PART_END = re.compile(r"[,;:()]")


def _next_contact_past_risk(plain: str, r: _Clash) -> bool:
    """Whether a sentence of ``plain`` ends the baby's watch on a day of life or after a length more than a day before
    ``next_risk_day`` and then names the next contact ("next") on a day of life past it, with no risk day told, no
    day inside the window named anywhere, and nothing else in the text covering it (``[clash]`` next_*)."""
    g = _next_gap()
    if g is None or r.gap_covered is None:
        return False
    for sentence in _FULL_SENTENCE.finditer(plain):
        s = sentence.group()
        if g.concern.search(s) is None or (g.other is not None and g.other.search(s) is not None):
            continue
        ends: list[tuple[int, int, int]] = []  # (last day watched, where its clause starts, where it ends)
        risk_told = False
        for m in _END.finditer(s):
            start = max(s.rfind(mark, 0, m.start()) for mark in ",:();") + 1
            if _watch_before(s, m.start(), r) is not None:
                ends.append((int(m["n"]), start, m.end()))
            elif r.risk.search(s, start, m.start()) is not None:
                risk_told = True
        for m in _DURATION.finditer(s):
            if _watch_before(s, m.start(), r) is not None:
                start = max(s.rfind(mark, 0, m.start()) for mark in ",:();") + 1
                ends.append((-int(-_hours(m["n"], m["unit"]) // 24), start, m.end()))
        if risk_told or not ends:
            continue
        watched, _, watch_end = max(ends)
        if watched + 1 >= g.risk_day:
            continue
        nxt = g.next_word.search(s, watch_end)
        if nxt is None:
            continue
        stop = _PART_END.search(s, nxt.end())
        day = _CONTACT_DAY.search(s, nxt.end(), stop.start() if stop is not None else len(s))
        if day is None or int(day["n"]) <= g.risk_day:
            continue
        own = [(sentence.start() + a, sentence.start() + b) for _, a, b in ends]
        own.append((sentence.start() + (s.rfind(";", 0, nxt.start()) + 1), sentence.start() + day.end()))
        if _next_gap_covered(plain, own, watched, g, r, r.gap_covered):
            continue
        return True
    return False


def _next_gap_covered(
    plain: str, own: list[tuple[int, int]], watched: int, g: _NextGap, r: _Clash, covered: re.Pattern[str]
) -> bool:
    """Whether ``plain`` outside the watch's and the next contact's own parts (``own``) names a day inside the
    window after ``watched``, a watch, or one of ``gap_covered`` (a carry only where its sentence names the baby, the
    concern or a watch)."""
    rest = list(plain)
    for a, b in own:
        rest[a:b] = " " * (b - a)
    text = "".join(rest)
    if any(watched < int(m["n"]) <= g.risk_day for m in _DAYS.finditer(text)):
        return True
    for sentence in _FULL_SENTENCE.finditer(text):
        s = sentence.group()
        if r.watch.search(s) is not None:
            return True
        hits = {m.group() for m in covered.finditer(s)}
        if hits - g.carry or (hits and r.baby.search(s) is not None):
            return True
    return False
