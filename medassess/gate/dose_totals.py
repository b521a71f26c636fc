"""A day's total that a conclusion's own dose contradicts, for the share gate's rule MA130: "500 mg twice a day,
250 mg a day in all" (a day's total smaller than, or other than, the dose it sums). The words are those of
``mappings/doses.toml`` (``[times_a_day]``, ``[conclusion]`` daily and totals, ``[told_total]``).

A cheap check first: a text with no word of a total is not read.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from ..core.resources import mapping_table
from .doses import Amount, amount_matches, dose_words, in_grams_or_ml, number_value
from .phrases import alternation
from .text import normalise


@dataclass(frozen=True, slots=True)
class _Told:
    cheap: tuple[str, ...]
    gap: re.Pattern[str]
    total: re.Pattern[str]
    tolerance: float
    at_most: re.Pattern[str]
    """A bound right before a dose's amount ("up to 150 mg"): the dose is its most, and the total may be less."""
    bounded_times: re.Pattern[str]
    """A bound right after a dose's amount, before how often ("1 g up to four times a day"): the count is its most,
    and the total may be less, never more."""
    bounded_gap: re.Pattern[str]
    """What stands between a counted dose and a day's total told as its most (" a day, no more than ")."""
    bounded_day: re.Pattern[str]
    """A span of a day right after a total told as its most ("in 24 hours"): with the bound, the day's ceiling."""
    bound_words: tuple[str, ...]


@functools.cache
def _told() -> _Told:
    raw = mapping_table("doses.toml")
    totals = [normalise(w) for w in raw["conclusion"]["totals"]]
    told = raw["told_total"]
    return _Told(
        tuple(normalise(w) for w in told["cheap"]),
        re.compile(rf"(?:\s*(?:{alternation(raw['conclusion']['daily'], normalised=True)})(?!\w))?\s*[,(]?\s*$"),
        re.compile(
            rf"(?:\s*(?:{alternation(raw['conclusion']['daily'], normalised=True)})(?!\w))?\s*,?\s*"
            rf"(?:{alternation(totals)})(?!\w)"
        ),
        float(told["tolerance"]),
        re.compile(rf"(?<!\w)(?:{alternation(told['at_most'], normalised=True)})\s*$"),
        re.compile(rf"\s*(?:{alternation(told['at_most'], normalised=True)})(?!\w)"),
        re.compile(
            rf"(?:\s*(?:{alternation(raw['conclusion']['daily'], normalised=True)})(?!\w))?\s*[,(;]?\s*(?:and\s+)?"
            rf"(?:{alternation(told['at_most'], normalised=True)})\s*$"
        ),
        re.compile(rf"\s*(?:{alternation(told['bounded_day'], normalised=True)})(?!\w)"),
        tuple(normalise(w) for w in told["at_most"]),
    )


def total_contradicts_its_dose(conclusion: str) -> bool:
    """Whether ``conclusion`` gives a dose taken a known number of times a day ("500 mg twice a day") and, right
    after it, a day's total told as one ("250 mg a day in all", "(1.5 g in total)") that is not that dose times
    that number: the two cannot both be true, and the reader cannot tell which dose she takes."""
    plain = normalise(conclusion)
    told = _told()
    if not any(word in plain for word in told.cheap) and not any(word in plain for word in told.bound_words):
        return False
    words = dose_words()
    found = list(amount_matches(plain))
    for dose, total in itertools.pairwise(found):
        bound = told.bounded_times.match(plain, dose.end())
        several = words.times_after.match(plain, dose.end() if bound is None else bound.end())
        if several is None:
            continue
        between = plain[several.end() : total.start()]
        ceiling = told.bounded_gap.match(between) is not None and told.bounded_day.match(plain, total.end()) is not None
        if not ceiling and (not told.gap.match(between) or told.total.match(plain, total.end()) is None):
            continue
        if dose["sign"] or total["sign"]:
            continue
        a, b = number_value(dose["number"], words.numbers), number_value(total["number"], words.numbers)
        if a is None or b is None:
            continue
        each, day = in_grams_or_ml(Amount(a, dose["unit"])), in_grams_or_ml(Amount(b, total["unit"]))
        if each is None or day is None or each[0] != day[0]:
            continue
        expected = each[1] * words.times_a_day[several.group().strip()]
        if ceiling:
            if day[1] > expected * (1 + told.tolerance):
                return True  # "1 g up to four times a day, up to 6 g in 24 hours": a ceiling the dose never reaches
            continue  # a ceiling at or below the most (a stricter limit of its own)
        if day[1] < expected and told.at_most.search(plain, max(0, dose.start() - 40), dose.start()):
            continue  # "up to 150 mg twice a day, 200 mg in total": a total within its most
        if bound is not None and day[1] <= expected * (1 + told.tolerance):
            continue  # "1 g up to four times a day, 3 g a day in all": a total within its most
        if abs(day[1] - expected) > told.tolerance * expected:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Maxima:
    most: dict[str, float]
    """Each ingredient's adult daily maximum by mouth in grams."""
    once: re.Pattern[str]
    """One dose of the day right after an amount ("once daily", "at night"), after an aside or a closing bracket."""
    aside: re.Pattern[str]
    """A bracketed aside, or the bracket closing round the amount, between an amount and how often it is taken."""
    forms: dict[str, str]
    """Each counted unit ("tablets", "caps") by the form it counts ("tablet", "capsule")."""
    unless: dict[str, re.Pattern[str]]
    """Each ingredient's products whose maximum is not its listed one, by a word of their name (``unless_named``)."""


@functools.cache
def _maxima() -> _Maxima:
    """``[daily_maximum]`` and ``[day_maximum_reading]`` of mappings/doses.toml."""
    raw = mapping_table("doses.toml")
    reading = raw["day_maximum_reading"]
    return _Maxima(
        {normalise(name): float(entry["mg"]) / 1000 for name, entry in raw.get("daily_maximum", {}).items()},
        re.compile(rf"\s*(?:{alternation(reading['once'], normalised=True)})(?!\w)"),
        re.compile(r"\s*(?:\([^()]{0,40}\)|\))"),
        {normalise(unit): form for form, units in reading["counted"].items() for unit in units},
        {
            normalise(name): re.compile(rf"(?<!\w)(?:{alternation(entry['unless_named'], normalised=True)})(?!\w)")
            for name, entry in raw.get("daily_maximum", {}).items()
            if entry.get("unless_named")
        },
    )


def _strength(name: str) -> tuple[str, float] | None:
    """The one strength by mass of a product's ``name`` ("Paracetamol 500mg tablets": the form "tablet", 0.5 g), or
    None: a name giving no form of ``[day_maximum_reading].counted``, no mass, a concentration ("1mg/ml") or two
    strengths."""
    plain = normalise(name)
    maxima, words = _maxima(), dose_words()
    named = {form for unit, form in maxima.forms.items() if re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", plain)}
    masses = []
    for amount in amount_matches(plain):
        if plain[amount.end() : amount.end() + 1] == "/":
            return None
        value = number_value(amount["number"], words.numbers)
        mass = in_grams_or_ml(Amount(value, amount["unit"])) if value is not None else None
        if mass is not None:
            masses.append(mass)
    if len(named) != 1 or len(masses) != 1 or masses[0][0] != "mass":
        return None
    return next(iter(named)), masses[0][1]


def product_strength(name: str) -> tuple[str, float] | None:
    """The one counted form and strength by mass in grams a product's ``name`` gives ("Sertraline 50mg tablets":
    ("tablet", 0.05)), or None where it gives no one form of ``[day_maximum_reading].counted`` and one mass."""
    return _strength(name)


def _glossed(plain: str, found: tuple[re.Match[str], ...], index: int) -> bool:
    """Whether the count ``found[index]`` is paired by a bracket with a mass beside it ("300 mg (three tablets)",
    "two tablets (400 mg)"): the line tells the dose by mass, and the count only glosses it."""
    count = found[index]
    pairs = []
    if index > 0:
        pairs.append((found[index - 1], plain[found[index - 1].end() : count.start()]))
    if index + 1 < len(found):
        pairs.append((found[index + 1], plain[count.end() : found[index + 1].start()]))
    for other, between in pairs:
        if re.fullmatch(r"\s*\(\s*", between) is None:
            continue
        value = number_value(other["number"], dose_words().numbers)
        mass = in_grams_or_ml(Amount(value, other["unit"])) if value is not None else None
        if mass is not None and mass[0] == "mass":
            return True
    return False


def above_daily_maximum(line: str, ingredients: frozenset[str], name: str = "") -> bool:
    """Whether ``line`` (a medicine's dose line) of a medicine with one ingredient whose adult daily maximum is known
    (``[daily_maximum]``) gives a day above it: a day's ceiling ("no more than 6 g in 24 hours" for paracetamol), a
    mass dose times its doses a day ("2 g four times a day", "1.5 g (three tablets) four times a day"), or one dose
    of the day ("400 mg once daily" for citalopram). A count of tablets or capsules ("up to 12 tablets in 24 hours")
    is read as a mass where the product's ``name`` gives one strength of that form ("Paracetamol 500mg tablets"). A
    line of several ingredients, a volume, a count of no known strength, a medicine with no known maximum, and a
    product named by a word of its ingredient's ``unless_named`` (one whose own maximum is not the listed one), are
    not judged."""
    if len(ingredients) != 1:
        return False
    maxima = _maxima()
    ingredient = normalise(next(iter(ingredients)))
    most = maxima.most.get(ingredient)
    if most is None:
        return False
    unless = maxima.unless.get(ingredient)
    if unless is not None and unless.search(normalise(name)) is not None:
        return False  # a product of the ingredient whose own maximum is not the one listed (valproate semisodium)
    plain = normalise(line)
    told, words = _told(), dose_words()
    strength = _strength(name) if name else None
    ceiling = most * (1 + told.tolerance)
    found = amount_matches(plain)
    for index, amount in enumerate(found):
        if amount["sign"]:
            continue
        value = number_value(amount["number"], words.numbers)
        if value is None:
            continue
        form = maxima.forms.get(amount["unit"])
        if form is not None and strength is not None and strength[0] == form:
            if _glossed(plain, found, index):
                continue  # "300 mg (three tablets)": the mass told beside the count is the dose read
            mass: tuple[str, float] | None = ("mass", value * strength[1])  # "12 tablets" of 500 mg: 6 g
        else:
            mass = in_grams_or_ml(Amount(value, amount["unit"]))
        if mass is None or mass[0] != "mass":
            continue
        aside = maxima.aside.match(plain, amount.end())
        after = amount.end() if aside is None else aside.end()
        bound = told.bounded_times.match(plain, after)
        several = words.times_after.match(plain, after if bound is None else bound.end())
        if several is not None and mass[1] * words.times_a_day[several.group().strip()] > ceiling:
            return True  # "2 g four times a day": a day above the maximum
        if bound is None and several is None and maxima.once.match(plain, after) and mass[1] > ceiling:
            return True  # "400 mg once daily" of citalopram: one dose of the day above the day's maximum
        if (
            told.at_most.search(plain, max(0, amount.start() - 20), amount.start()) is not None
            and told.bounded_day.match(plain, amount.end()) is not None
            and mass[1] > ceiling
        ):
            return True  # "no more than 6 g in 24 hours": a ceiling above the maximum
    return False
