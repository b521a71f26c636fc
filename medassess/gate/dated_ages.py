"""Whether a text dates an event of the baby's age where that age cannot put it, for the share gate's rule MA017
("the 6-week check on 1 April 2026" six weeks before the EDD; "until day 8, 30 June 2026" for a baby born on 8
June). The words and margins are data, in ``mappings/calendar.toml`` (``[baby_age]``), with their sources.

An age is read only right before a date, joined by "on", "around", "by", a comma or a bracket (a short place may
stand before the joining word: "the day-5 visit is at the family home on ...", "the day-14 visit to the placement
is on ..."): a check, review or visit named by the baby's age in weeks and said to be the baby's ("the baby's
6-week check", "six-week baby check", "the 6-8 week postnatal review": "the 34-week visit" may be an antenatal one,
so a check named by weeks with no kind of the baby's is read only dated after a known birth, and only for a date
too soon after it), a day of life ("day 8", not "day 3 of her detox") and a span of visits to an age ("visits to 8
weeks, the last on ...") in a sentence naming the baby, that last only against its latest date, and an age said as
one ("at 6 weeks of age"). A sentence naming another baby is not read. A day and month without a year ("the day-14
visit is on 12 June") is read in the year that puts it nearest the day the age names, counted from the earliest
birth (found passing by the hundred-and-thirty-third fresh corpus, f133-dt-po-day-14-visit-wrong).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .dates import TERM_DAYS
from .phrases import alternation
from .text import normalise
from .written_dates import calendar_data, date_readers, dates_in, day_of, yearless_day_of


@dataclass(frozen=True, slots=True)
class _Ages:
    numbers: dict[str, int]
    baby_kinds: frozenset[str]
    the_baby: re.Pattern[str]
    """The baby named, or a day "of life": what a day of life or a span of visits to an age needs in its sentence."""
    age: re.Pattern[str]
    link: re.Pattern[str]
    other_baby: re.Pattern[str]
    other_starts: re.Pattern[str]
    """Another start a day may count from (``day_other_starts``: a detox, a taper)."""
    latest_after_edd: int
    earliest_before_edd: int
    weeks: tuple[int, int]
    days: tuple[int, int]


_SENTENCE_START = re.compile(r"[.;!?](?!\d)")


@functools.cache
def _ages() -> _Ages:
    raw = calendar_data()["baby_age"]
    numbers: dict[str, int] = dict(raw["numbers"])
    number = rf"(?:\d{{1,2}}|{alternation(list(numbers))})"
    babys = alternation(raw["baby_words"])
    kinds = alternation([*raw["baby_kinds"], *raw["check_kinds"]])
    check = rf"(?:(?P<kind>{kinds})\s+)?(?:{alternation(raw['check_nouns'])})"
    age = re.compile(
        rf"(?:\b(?P<whose>{babys})\s+)?\b(?:(?P<from>{number})\s*(?:-|to)\s*)?(?P<weeks>{number})[\s-]*(?:weeks?|wks?)"
        rf"[\s-]+{check}\b"
        rf"|\bday[\s-]*(?P<day>\d{{1,2}})\b(?!\s+of\s+(?!life\b|age\b))"
        rf"(?:[\s-]+(?P<daycheck>{alternation(raw['check_nouns'])})\b)?"
        rf"|\b(?P<aged>{number})\s+(?P<unit>weeks?|days?)\s+(?:of\s+age|old)\b"
        rf"|\b(?:to|until|till)\s+(?P<upto>\d{{1,2}})\s+weeks\b"
    )
    place_word = rf"(?!(?:{alternation(raw.get('place_breaks', []))})\b)[a-z][a-z'-]*"
    # The object's words: letters, none of `place_breaks` nor a word that joins a date ("on"), each perhaps followed
    # by one of `object_joins` and the next ("mum and baby").
    bare_word = rf"(?!(?:{alternation([*raw.get('place_breaks', []), *_DATE_JOINS])})\b)[a-z][a-z'-]*"
    object_word = rf"{bare_word}\s+"
    if raw.get("object_joins"):
        object_word += rf"(?:(?:{alternation(raw['object_joins'])})\s+(?={bare_word}))?"
    places = []
    if raw.get("place_prepositions"):
        most = int(raw.get("place_words_most", 0)) or 1
        places.append(rf"(?:{alternation(raw['place_prepositions'])})\s+(?:{place_word}\s+){{1,{most}}}")
    if raw.get("object_prepositions"):
        places.append(
            rf"(?:{alternation(raw['object_prepositions'])})\s+(?:{object_word})"
            rf"{{1,{int(raw.get('object_words_most', 0)) or 1}}}"
        )
    place = rf"(?:{'|'.join(places)})?" if places else ""
    link = re.compile(
        r"\s*,?\s*(?:\(\s*|(?:with\s+(?:the\s+)?[\w'-]+\s+)?" + place + r"(?:the\s+last\s+(?:one\s+|visit\s+)?)?"
        r"(?:(?:is|are|will\s+be)\s+)?"
        + place
        + r"(?:(?:booked|planned|set|arranged|scheduled)\s+(?:for|on)|due\s+on|on|around|about|by|due|being)\s+)?"
        rf"(?:(?:{_WEEKDAYS})\.?,?\s+)?"
    )
    return _Ages(
        numbers,
        frozenset(raw["baby_kinds"]),
        re.compile(rf"\b(?:{babys})\b|\bof\s+life\b"),
        age,
        link,
        re.compile(rf"\b(?:{alternation(raw['other_baby'])})\b"),
        re.compile(rf"\b(?:{alternation(raw.get('day_other_starts', ['detox']))})\b"),
        int(raw["latest_birth_after_edd"]),
        int(raw.get("earliest_dated_birth_before_edd", 300)),
        (int(raw["weeks_early"]), int(raw["weeks_late"])),
        (int(raw["days_early"]), int(raw["days_late"])),
    )


_PREFILTER = ("week", "wk", "day")
_DATE_JOINS = ("on", "around", "about", "by", "due")
"""The words that join a check to its date (the link's): never a word of what the check is of."""
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
"""A weekday's full name may stand between the link and the date ("is on Monday 8 June 2026")."""


def latest_birth(edd: dt.date | None) -> dt.date | None:
    """The latest day a baby due on ``edd`` is born (``latest_birth_after_edd`` days after it); None where unknown or
    past the calendar's end (an EDD in 9999 is refused by other rules, never a crash here)."""
    if edd is None:
        return None
    try:
        return edd + dt.timedelta(days=_ages().latest_after_edd)
    except OverflowError:
        return None


def earliest_dated_birth(edd: dt.date | None) -> dt.date | None:
    """The earliest day a plan written before the birth dates the baby's age from (``earliest_dated_birth_before_edd``
    days before ``edd``); None where unknown or before the calendar's start."""
    if edd is None:
        return None
    try:
        return edd - dt.timedelta(days=_ages().earliest_before_edd)
    except OverflowError:
        return None


def dates_off_the_babys_age(text: str, born_from: dt.date, born_by: dt.date | None) -> bool:
    """Whether ``text`` dates an event of the baby's age (read as the module says) before the baby, born no earlier
    than ``born_from``, can be that old, or after it, born no later than ``born_by`` (unknown: not judged), is well
    past that age. Judged on the normalised text, so disguised text is judged like the plain."""
    plain = normalise(text)
    if not any(word in plain for word in _PREFILTER):
        return False
    found = dates_in(plain)
    if not found:
        return False
    starts = {m.start(): m for m, exists in found if exists}
    ages = _ages()
    for m in ages.age.finditer(plain):
        link = ages.link.match(plain, m.end())
        date_match = starts.get(link.end()) if link is not None else None
        if date_match is None or (on := day_of(date_match) or _yearless(date_match, m, born_from, ages)) is None:
            continue
        readers = date_readers()
        if readers.corrected_after.match(plain[date_match.end() :]):
            continue
        sentence = plain[_start(plain, m.start()) : m.end()]
        if ages.other_baby.search(sentence):
            continue
        if m.group("weeks") is not None:
            if m.group("whose") is None and m.group("kind") not in ages.baby_kinds:
                # "the 34-week visit" may be an antenatal one; dated after a known birth it is timed from the birth,
                # hers or the baby's, or from a later start, never sooner: only a date too soon is judged then.
                if born_by == born_from and on >= born_from and _too_soon(m, on, born_from, ages):
                    return True
                continue
        elif m.group("aged") is None and not ages.the_baby.search(plain, _start(plain, m.start()), date_match.end()):
            # "day 1, 12 March 2026" may be a detox's first day. A day's named check ("the day-10 visit is on ...")
            # dated after a known birth is timed from the birth, hers or the baby's, or from a later start, never
            # sooner: only a date sooner than its day allows (less ``days_early``) is judged then.
            if (
                m.group("daycheck") is not None
                and born_by == born_from
                and not ages.other_starts.search(plain, _start(plain, m.start()), date_match.end())
                and on >= born_from
                and (on - born_from).days < int(m.group("day")) - ages.days[0]
            ):
                return True
            continue
        if _off(m, on, born_from, born_by, ages):
            return True
    return False


def _yearless(date_match: re.Match[str], m: re.Match[str], born_from: dt.date, ages: _Ages) -> dt.date | None:
    """A date written without its year ("the day-14 visit is on 12 June"), read in the year that puts it nearest the
    day the age names counted from the earliest birth: the year the age itself points to, so only a day and month
    that age cannot reach are judged off."""
    if m.group("weeks") is not None:
        days = 7 * _count(m.group("weeks"), ages)
    elif m.group("day") is not None:
        days = int(m.group("day"))
    elif m.group("aged") is not None:
        n = _count(m.group("aged"), ages)
        days = 7 * n if m.group("unit").startswith("week") else n
    else:
        days = 7 * int(m.group("upto"))
    try:
        return yearless_day_of(date_match, born_from + dt.timedelta(days=days))
    except OverflowError:
        return None


def _start(plain: str, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    return max((s.end() for s in _SENTENCE_START.finditer(plain, 0, at)), default=0)


def _count(word: str, ages: _Ages) -> int:
    return int(word) if word.isdigit() else ages.numbers[word]


def _too_soon(m: re.Match[str], on: dt.date, born: dt.date, ages: _Ages) -> bool:
    """Whether a check named by weeks (``m``) is dated on ``on`` sooner after the birth on ``born`` than its first
    week allows, less ``weeks_early`` days."""
    first = _count(m.group("from") or m.group("weeks"), ages)
    return (on - born).days < 7 * first - ages.weeks[0]


def _off(m: re.Match[str], on: dt.date, born_from: dt.date, born_by: dt.date | None, ages: _Ages) -> bool:
    if m.group("weeks") is not None:
        first = _count(m.group("from") or m.group("weeks"), ages)
        low, high = 7 * first - ages.weeks[0], 7 * _count(m.group("weeks"), ages) + ages.weeks[1]
    elif m.group("day") is not None:
        n = int(m.group("day"))
        low, high = n - ages.days[0], n + ages.days[1]
    elif m.group("aged") is not None:
        n = _count(m.group("aged"), ages)
        if m.group("unit").startswith("week"):
            low, high = 7 * n - ages.weeks[0], 7 * n + ages.weeks[1]
        else:
            low, high = n - ages.days[0], n + ages.days[1]
    else:  # visits to an age: only the latest is judged
        if born_by is None:
            return False
        return (on - born_by).days > 7 * int(m.group("upto")) + ages.weeks[1]
    if (on - born_from).days < low:
        return True
    return born_by is not None and (on - born_by).days > high


@dataclass(frozen=True, slots=True)
class _Gestations:
    dated: re.Pattern[str]
    other_baby: re.Pattern[str]
    after: re.Pattern[str] | None = None
    """A gestation right after its date ("on 2026-09-17, at 12 weeks", "on the seventeenth of September at 12
    weeks"): ``after_date`` of ``[gestation_dates]``; not an age told as one ("at 6 weeks old")."""


@functools.cache
def _gestations() -> _Gestations:
    raw = calendar_data()["gestation_dates"]
    gestation = r"(?P<weeks>\d{1,2})(?:\s*\+\s*(?P<days>[0-6]))?(?:\s*/\s*40(?!\d)|\s*(?:weeks?|wks?)\b)"
    booked = rf"(?:(?:is|are|was|were)\s+)?(?:{alternation(raw['booked'])})\s+(?:for|on)\s+"
    link = rf"\s*(?:\(\s*(?:from\s+|on\s+)?|,?\s*(?:{booked}|(?:(?:is|are|will\s+be)\s+)?on\s+|from\s+)?)"
    after = None
    if raw.get("after_date"):
        after = re.compile(
            rf"\s*(?:,\s*)?(?:{alternation(raw['after_date'])})\s+"
            rf"{gestation}(?:\s+(?:of\s+)?(?:gestation|pregnancy))?"
            rf"(?!\s*(?:{alternation(raw.get('after_date_not', ['old']))})\b)"
        )
    return _Gestations(
        re.compile(rf"\b(?:{alternation(raw['before'])})\s+{gestation}(?:\s+(?:of\s+)?(?:gestation|pregnancy))?{link}"),
        _ages().other_baby,
        after,
    )


_PREGNANCY_REACH = (-300, 14)
"""The days around the EDD a date of this pregnancy falls in: from conception, 266 days before a birth at 42
weeks, to that birth (no gestation is stated after it); a date further off is another pregnancy's, or a year
written wrong (MA017's concern, not this)."""
_BORN_SOON = 21
"""From three weeks before the EDD (37 weeks, term) the baby may be born: weeks stated for a date that put a birth
that many weeks before it at term may be the baby's age ("the health visitor sees the baby at 2 weeks, on ...")."""


def dated_gestations(text: str, edd: dt.date | None = None) -> list[tuple[int, dt.date]]:
    """Each gestation (in days) ``text`` ties to a date with its year, as the module says, with that date; with
    ``edd``, only dates within the pregnancy it dates. Judged on the normalised text."""
    plain = normalise(text)
    if not any(word in plain for word in ("week", "wk", "/40", "/ 40")):
        return []
    found = dates_in(plain)
    if not found:
        return []
    starts = {m.start(): m for m, exists in found if exists}
    readers = _gestations()
    told: list[tuple[re.Match[str], re.Match[str], int]] = [  # the gestation, its date, where the two begin
        (m, date_match, m.start()) for m in readers.dated.finditer(plain) if (date_match := starts.get(m.end()))
    ]
    if readers.after is not None:
        told += [
            (m, date_match, date_match.start())
            for date_match in starts.values()
            if (m := readers.after.match(plain, date_match.end())) is not None
        ]
    out: list[tuple[int, dt.date]] = []
    for m, date_match, begins in told:
        days = int(m.group("weeks")) * 7 + int(m.group("days") or 0)
        on = day_of(date_match)
        if on is None and edd is not None:
            # "on the seventeenth of September, at 12 weeks": the year that puts it nearest the day the weeks name
            try:
                on = yearless_day_of(date_match, edd - dt.timedelta(days=TERM_DAYS - days))
            except OverflowError:
                continue
        if on is None:
            continue
        if readers.other_baby.search(plain, _start(plain, begins), max(m.end(), date_match.end())):
            continue
        if edd is not None and not _PREGNANCY_REACH[0] <= (on - edd).days <= _PREGNANCY_REACH[1]:
            continue
        try:
            born = on - dt.timedelta(days=days)
        except OverflowError:  # a date in the first weeks of year 1: no birth of this pregnancy
            continue
        if edd is not None and -_BORN_SOON <= (born - edd).days <= _PREGNANCY_REACH[1]:
            continue  # "at 2 weeks, on ...": a birth that many weeks before the date falls at term, the baby's age
        out.append((days, on))
    return out


@dataclass(frozen=True, slots=True)
class _EddTold:
    lead: re.Pattern[str]
    words: tuple[str, ...]
    """The words one of which a text naming an EDD holds ("edd", "due"): the cheap first look."""
    due_date_before: frozenset[str] = frozenset()
    other_due: re.Pattern[str] | None = None


_LEAD_REACH = 80
"""How far before a date its EDD's words are looked for (characters)."""


@functools.cache
def _edd_told() -> _EddTold:
    raw = calendar_data()["edd_told"]
    links = alternation(raw["links"])
    return _EddTold(
        re.compile(
            rf"\b(?:(?:{alternation(raw['subjects'])})(?:\s+(?:is|are)|'s)?(?:\s+(?:now|currently))?\s+due"
            rf"|(?:{alternation(raw['dates'])}))"
            rf"(?:\s+(?:{links})){{0,2}}\s*(?:[:=]\s*|-\s+|\(\s*)?$"
        ),
        ("edd", "edc", "due", "date of delivery", "date of confinement"),
        frozenset(raw.get("due_date_before", ())),
        re.compile(rf"\s*,?\s*(?:{alternation(raw['other_due'])})\b") if raw.get("other_due") else None,
    )


def told_edds(text: str) -> list[dt.date]:
    """Each date with its year ``text`` gives as the EDD ("EDD 15/05/2026", "her due date is 15 May 2026", "the
    baby is due on 2026-05-15"): read right after the EDD's words as ``[edd_told]`` of mappings/calendar.toml says;
    not one told in the past, marked as corrected, or in a sentence naming another pregnancy or baby. Judged on
    the normalised text, so disguised text is judged like the plain."""
    return [on for m in _edd_dates(normalise(text)) if (on := day_of(m)) is not None]


def told_edd_days(text: str) -> list[tuple[int, int]]:
    """Each day and month without a year ``text`` gives as the EDD ("the baby is due 3 August", "EDD August 3."),
    read as :func:`told_edds` reads a date with its year: (month, day) pairs, for the year nearest the EDD."""
    readers = date_readers()
    out: list[tuple[int, int]] = []
    for m in _edd_dates(normalise(text)):
        groups = m.groupdict()
        if "month" not in groups or groups["year"] is not None:
            continue
        day = int(groups["digits"]) if groups["digits"] else readers.ordinals[groups["day"]]
        out.append((readers.months[groups["month"]], day))
    return out


def nearest_day(edd: dt.date, month: int, day: int) -> dt.date | None:
    """The day ``month``/``day`` nearest ``edd`` in its year or the years either side; None if none has it."""
    days = []
    for year in (edd.year - 1, edd.year, edd.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - edd).days), default=None)


def _edd_dates(plain: str) -> list[re.Match[str]]:
    """The dates (with or without their year) ``plain`` (normalised) gives as the EDD, as :func:`told_edds` says."""
    r = _edd_told()
    if not any(word in plain for word in r.words):
        return []
    found = dates_in(plain)
    if not found:
        return []
    readers, other = date_readers(), _ages().other_baby
    out: list[re.Match[str]] = []
    for m, exists in found:
        if not exists:
            continue
        before = plain[max(0, m.start() - _LEAD_REACH) : m.start()]
        lead = r.lead.search(before)
        if lead is None:
            continue
        if lead.group().startswith("due date") and r.due_date_before:
            words_before = before[: lead.start()].split()
            if words_before and words_before[-1].strip(",;:(") not in r.due_date_before:
                continue  # "her review due date": another thing due
        if r.other_due is not None and r.other_due.match(plain, m.end()):
            continue  # "due on ... for her depot": another thing due
        if readers.corrected_after.match(plain[m.end() :]) or readers.corrected_before.search(before):
            continue
        if other.search(plain, _start(plain, m.start()), m.end()):
            continue
        out.append(m)
    return out
