"""A dose line whose own numbers cannot all be true, for the share gate's rule MA130: a count of the product's
tablets beside an amount that is their strength in another unit ("Two tablets (100 micrograms)" of 50 mg tablets), a
count over a span that the dose and its doses a day do not give ("Two tablets once daily, 28 tablets a week"), and a
long-acting depot given far more often than it lasts ("150 mg by deep intramuscular injection every day" of a
13-weekly contraceptive depot). Words, factors and intervals are data (``[line_counts]`` and ``[depot_interval]``
of mappings/doses.toml), read on the normalised text so a disguised line is read as the plain one.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from ..core.resources import mapping_table
from .administration import form, route_words, routes
from .dose_totals import product_strength
from .doses import Amount, amount_matches, dose_words, in_grams_or_ml, number_value
from .phrases import alternation
from .text import normalise

_RANGE = re.compile(r"\d\s*(?:-|to|or)\s*(?:\d|[.,]\d)|(?<!\w)(?:one|two|three|four)\s+(?:to|or)\s+\w")
"""Two numbers as a range ("1-2 tablets", "one to two tablets"): no one count a day."""

_CLAUSE = re.compile(r"[.;,:\n]+(?=\s|$)|[;\n]")
"""Where a dose line's clauses part (as in ``administration``: "i.m." keeps its inner stops)."""


@dataclass(frozen=True, slots=True)
class _LineCounts:
    slips: tuple[float, ...]
    """The factors a unit slip multiplies an amount by (a thousand: mg for micrograms, g for mg)."""
    tolerance: float
    counted: dict[str, str]
    """Each counted unit ("tablets", "caps") by the form it counts."""
    once: re.Pattern[str]
    """One dose a day right after an amount ("once daily", "at night")."""
    aside: re.Pattern[str]
    """A bracketed aside, or the bracket closing round the amount, right after it."""
    span: re.Pattern[str]
    """A span right after a count ("a week", "per fortnight"), its unit in the group ``unit``."""
    supply: re.Pattern[str]
    """A supply right after a count ("(two weeks' supply)"), its number and unit in ``number`` and ``unit``."""
    days: dict[str, int]
    """The days in each span's unit."""
    uneven: re.Pattern[str]
    """Words of a day that differs from the others ("alternate days", "weekdays", "except"): not judged."""
    bound: re.Pattern[str]
    """A bound right before a count ("no more than", "up to"): a ceiling, not a supply."""
    weekly_after: re.Pattern[str]
    """A span of a week or longer right after a count of doses ("twice a week"): not a count a day."""


@functools.cache
def _line_counts() -> _LineCounts:
    raw = mapping_table("doses.toml")
    counts = raw["line_counts"]
    reading = raw["day_maximum_reading"]
    days = {normalise(unit): int(n) for unit, n in counts["span_days"].items()}
    units = alternation(list(days), normalised=True)
    per = alternation(counts["per"], normalised=True)
    numbers = alternation(list(dose_words().numbers), normalised=True)
    return _LineCounts(
        tuple(float(f) for f in counts["unit_slips"]),
        float(counts["tolerance"]),
        {normalise(unit): form for form, names in reading["counted"].items() for unit in names},
        re.compile(rf"\s*(?:{alternation(reading['once'], normalised=True)})(?!\w)"),
        re.compile(r"\s*(?:\([^()]{0,40}\)|\))"),
        re.compile(rf"\s*(?:{per})\s+(?P<unit>{units})(?!\w)"),
        re.compile(
            rf"\s*\(\s*(?P<number>\d+|{numbers})[\s-]+(?P<unit>{units})(?:'s|s'|'|\u2019s|s\u2019)?\s+"
            rf"(?:{alternation(counts['supply'], normalised=True)})\s*\)"
        ),
        days,
        re.compile(rf"(?<!\w)(?:{alternation(counts['uneven'], normalised=True)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{alternation(counts['bound'], normalised=True)})\s*$"),
        re.compile(rf"\s*(?:a|per|each|every)?\s*(?:{alternation(counts['longer_than_a_day'], normalised=True)})"),
    )


def unit_contradicts_count(line: str, name: str) -> bool:
    """Whether ``line`` (a medicine's dose line) gives a count of the product's form beside, in brackets, an amount
    that is that count times the strength in ``name`` in another unit ("Two tablets (100 micrograms)" of
    "Sertraline 50mg tablets": 100 mg, never 100 micrograms). The same amount in the right unit, a product whose
    strength is in micrograms, a name of no one strength and an amount neither right nor a unit slip from it are
    not judged."""
    strength = product_strength(name)
    if strength is None:
        return False
    counts, words = _line_counts(), dose_words()
    plain = normalise(line)
    found = amount_matches(plain)
    for first, second in itertools.pairwise(found):
        between = plain[first.end() : second.start()]
        if not re.fullmatch(r"\s*\(\s*", between) or not re.match(r"\s*\)", plain[second.end() :]):
            continue
        if first["sign"] or second["sign"]:
            continue
        for count, amount in ((first, second), (second, first)):
            if counts.counted.get(count["unit"]) != strength[0]:
                continue
            many, much = number_value(count["number"], words.numbers), number_value(amount["number"], words.numbers)
            if many is None or much is None:
                continue
            mass = in_grams_or_ml(Amount(much, amount["unit"]))
            if mass is None or mass[0] != "mass":
                continue
            expected = many * strength[1]
            if _near(mass[1], expected, counts.tolerance):
                continue
            slipped = [expected * factor for factor in counts.slips] + [expected / f for f in counts.slips]
            if any(_near(mass[1], value, counts.tolerance) for value in slipped):
                return True  # the count's strength, in a unit a thousandfold away
    return False


def _near(value: float, expected: float, tolerance: float) -> bool:
    return abs(value - expected) <= tolerance * expected


def count_contradicts_span(line: str) -> bool:
    """Whether ``line`` gives one dose of a counted form taken a known number of times a day ("Two tablets once
    daily", "one capsule twice a day") and a count of that form over a span that dose does not give ("28 tablets a
    week", "28 tablets (one week's supply)": two a day are 14 a week). A line taken as needed, over a range, on
    days that differ ("alternate days", "weekdays"), with more than one count a day ("one in the morning and two at
    night"), a ceiling ("no more than 8 tablets a week") and a supply of days alone ("28 days' supply") are not
    judged."""
    counts, words = _line_counts(), dose_words()
    plain = normalise(line)
    if words.as_needed.search(plain) or _RANGE.search(plain) or counts.uneven.search(plain):
        return False
    counted = [m for m in amount_matches(plain) if m["unit"] in counts.counted and not m["sign"]]
    if len(counted) != 2:
        return False
    dose, told = counted
    if counts.counted[dose["unit"]] != counts.counted[told["unit"]]:
        return False
    per_dose, total = number_value(dose["number"], words.numbers), number_value(told["number"], words.numbers)
    if per_dose is None or total is None or per_dose <= 0:
        return False
    a_day = _doses_a_day(plain, dose.end(), told.start())
    if a_day is None:
        return False
    if counts.bound.search(plain, max(0, told.start() - 20), told.start()) is not None:
        return False
    span = counts.span.match(plain, told.end())
    supply = counts.supply.match(plain, told.end()) if span is None else None
    if span is not None:
        days = counts.days[span["unit"]]
    elif supply is not None:
        many = number_value(supply["number"], words.numbers)
        if many is None:
            return False
        days = round(many * counts.days[supply["unit"]])
    else:
        return False
    expected = per_dose * a_day * days
    return not _near(total, expected, counts.tolerance)


def _doses_a_day(plain: str, after: int, before: int) -> int | None:
    """How many times a day the dose ending at ``after`` is taken, from the words right after it (past a bracketed
    aside) and before the next count: one of ``[day_maximum_reading].once`` is one, a frequency of
    ``[times_a_day]`` its count; None where the line gives another or more than one."""
    counts, words = _line_counts(), dose_words()
    aside = counts.aside.match(plain, after)
    at = after if aside is None else aside.end()
    several = words.times_after.match(plain, at)
    if several is not None:
        if counts.weekly_after.match(plain, several.end()):
            return None  # "twice a week": no count a day
        told = {words.times_a_day[m.group()] for m in words.times.finditer(plain)}
        return told.pop() if len(told) == 1 else None
    once = counts.once.match(plain, at)
    if once is None or words.times.search(plain) is not None:
        return None
    # one dose a day, and no other time of day before the next count ("in the morning and at night")
    if counts.once.search(plain, once.end(), before) is not None:
        return None
    return 1


@dataclass(frozen=True, slots=True)
class _Depots:
    names: re.Pattern[str]
    """Each depot's names (its ingredient and brands), matched whole in a medicine's name."""
    shortest: dict[str, float]
    """Each depot name by the fewest days a dose may be repeated after before it is read as impossible."""
    every: re.Pattern[str]
    """A stated interval ("every 13 weeks", "once a week", "3-monthly", "weekly"): ``number`` and ``unit``."""
    days: dict[str, float]
    """The days in each interval's unit ("week": 7, "month": 28)."""
    daily: re.Pattern[str]
    """One or several doses a day said outright ("once daily", "every day", "bd"): an interval of a day or less."""


@functools.cache
def _depots() -> _Depots:
    raw = mapping_table("doses.toml")["depot_interval"]
    shortest: dict[str, float] = {}
    for entry in raw["depots"].values():
        for word in entry["names"]:
            shortest[normalise(word)] = float(entry["days"]) * float(raw["far_shorter"])
    days = {normalise(unit): float(n) for unit, n in raw["unit_days"].items()}
    units = alternation(list(days), normalised=True)
    numbers = alternation(list(dose_words().numbers), normalised=True)
    every = alternation(raw["every"], normalised=True)
    adverbs = {normalise(word): unit for unit, words in raw["adverbs"].items() for word in words}
    return _Depots(
        re.compile(rf"(?<![\w-])(?:{alternation(list(shortest), normalised=True)})(?![\w-])"),
        shortest,
        re.compile(
            rf"(?<!\w)(?:(?:{every})\s+(?:(?P<number>\d+(?:\.\d+)?|{numbers})\s*)?(?P<unit>{units})s?"
            rf"|(?P<lynumber>\d+|{numbers})[\s-]*(?P<lyunit>{alternation(list(adverbs), normalised=True)})"
            rf"|(?P<adverb>{alternation(list(adverbs), normalised=True)}))(?!\w)"
        ),
        days | {word: days[unit] for word, unit in adverbs.items()},
        re.compile(rf"(?<!\w)(?:{alternation(raw['daily'], normalised=True)})(?![\w/])"),
    )


def depot_given_too_often(line: str, name: str) -> bool:
    """Whether ``line`` gives a long-acting depot named in ``[depot_interval]`` (by its ingredient or a brand in
    ``name``, given as an injection: the name's form a depot, or the line's route injected) at an interval far
    shorter than the one a dose lasts ("every day", "weekly" for a 13-weekly contraceptive injection). A line that
    gives the depot's own interval anywhere ("every 12 weeks", "3-monthly"), a line with no interval, a clause of
    another time or product ("previously the pill daily"), and the same ingredient by mouth are not judged."""
    depots = _depots()
    plain_name = normalise(name)
    named = [depots.shortest[m.group()] for m in depots.names.finditer(plain_name)]
    if not named:
        return False
    if form(name) != "depot-injection" and "injected" not in routes(line):
        return False
    shortest = min(named)
    aside = route_words().aside
    intervals: list[float] = []
    words = dose_words()
    for clause in _CLAUSE.split(normalise(line)):
        if aside.search(clause) is not None:
            continue
        for match in depots.every.finditer(clause):
            if match["adverb"]:
                intervals.append(depots.days[match["adverb"]])
                continue
            unit = match["unit"] or match["lyunit"]
            number = match["number"] or match["lynumber"]
            many = number_value(number, words.numbers) if number else 1.0
            if many is not None:
                intervals.append(many * depots.days[unit])
        if depots.daily.search(clause) is not None:
            intervals.append(1.0)
    return bool(intervals) and all(days < shortest for days in intervals)
