"""The amounts a dose line states ("½ tablet", "1.2 g", "two puffs", "-100 mg"), read from the normalised text
so full-width digits, the minus sign U+2212 and invisible characters read as the plain line does. Units,
number words and sign words are data in ``mappings/doses.toml`` with their rationale.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import NamedTuple

from ..core.resources import data_path
from .names import Mention, mentions
from .text import normalise

_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?[\u2044/]\s?\d+)?|[.,]\d+"
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount of a dose line: its value (negative when written below zero) in its unit."""

    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class DoseWords:
    """``mappings/doses.toml``, read once."""

    amount: re.Pattern[str]
    numbers: dict[str, float]
    grams: dict[str, float]
    millilitres: dict[str, float]
    nothing: re.Pattern[str]
    stopped: re.Pattern[str]
    reach: int
    continuing_reach: int
    continuing: re.Pattern[str]
    multiples: int
    change: re.Pattern[str]
    limit: re.Pattern[str]
    limit_number: re.Pattern[str]
    limit_reach: int
    once: re.Pattern[str]
    daily: re.Pattern[str]
    once_in_line: re.Pattern[str]
    several: re.Pattern[str]
    reasons: re.Pattern[str]
    joins: re.Pattern[str]
    as_needed: re.Pattern[str]
    times_a_day: dict[str, int]
    times: re.Pattern[str]


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@functools.cache
def dose_words() -> DoseWords:
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))
    units = [normalise(u) for group in raw["units"].values() for u in group]
    numbers = {normalise(w): float(v) for w, v in raw["numbers"].items()}
    signs = [normalise(w) for w in raw["signs"]["words"]]
    # A minus straight before the digits, not after a number or word: "10-20 ml" and "5 -10 mg" are ranges,
    # "4-hourly" a time, and "- 100 mg" a bullet.
    amount = re.compile(
        rf"(?<![\w.,\u2044/])(?<!\d\s)(?P<sign>(?:(?:{_alternation(signs)})\s|-)?)"
        rf"(?P<number>{_NUMBER}|(?:{_alternation(list(numbers))})(?!\w))\s?(?:x\s?)?"
        rf"(?P<unit>{_alternation(units)})(?![\w\u2044])"
    )
    zero_words = [w for w, v in numbers.items() if v == 0]
    # A line that is only nothing ("nil", "0"), or opens on the digit 0 alone ("0 at night"; "0800" is a time).
    nothing = re.compile(rf"^(?:(?:{_alternation(zero_words)})|0+(?:\.0+)?)\W*$|^0+(?![\d:.,])")
    stopped = re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in raw['stopped']['words']])})(?!\w)")
    conclusion = raw["conclusion"]
    stems = _alternation([normalise(w) for w in conclusion["change_stems"]])
    phrases = _alternation([normalise(w) for w in conclusion["change_phrases"]])
    # A number after a limit word: digits, or a number word other than an article ("over a week").
    counted = _alternation([w for w in numbers if w not in ("a", "an")])
    return DoseWords(
        amount=amount,
        numbers=numbers,
        grams={normalise(u): float(g) for u, g in raw["grams"].items()},
        millilitres={normalise(u): float(ml) for u, ml in raw["millilitres"].items()},
        nothing=nothing,
        stopped=stopped,
        reach=int(conclusion["reach"]),
        continuing_reach=int(conclusion["continuing_reach"]),
        continuing=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['continuing']])})(?!\w)"),
        multiples=int(conclusion["multiples"]),
        change=re.compile(rf"(?<!\w)(?:(?:{stems})|(?:{phrases})(?!\w))"),
        limit=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['limit_phrases']])})(?!\w)"),
        limit_number=re.compile(rf"(?<!\w)(?:\d|[.,]\d|(?:{counted})(?!\w))"),
        limit_reach=int(conclusion["limit_reach"]),
        reasons=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['reasons']])})(?!\w)"),
        once=re.compile(rf"\s*(?:{_alternation([normalise(w) for w in conclusion['once']])})(?!\w)"),
        daily=re.compile(rf"\s*(?:{_alternation([normalise(w) for w in conclusion['daily']])})(?!\w)"),
        once_in_line=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['once']])})(?!\w)"),
        several=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['several']])})(?!\w)"),
        joins=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['joins']])})(?!\w)"),
        as_needed=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['as_needed']])})(?!\w)"),
        times_a_day={normalise(w): int(n) for w, n in conclusion["times_a_day"].items()},
        times=re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in conclusion['times_a_day']])})(?!\w)"),
    )


def _value(number: str, numbers: dict[str, float]) -> float | None:
    if number in numbers:
        return numbers[number]
    whole, _, below = number.replace("\u2044", "/").replace(" ", "").partition("/")
    text = whole.replace(",", "") if _THOUSANDS.fullmatch(whole) else whole.replace(",", ".")
    try:
        value = float(text)
        return value / float(below) if below else value
    except (ValueError, ZeroDivisionError):
        return None


def amounts(dose: str) -> list[Amount]:
    """The amounts ``dose`` states, in its own units, in order."""
    words = dose_words()
    found: list[Amount] = []
    for match in words.amount.finditer(normalise(dose)):
        value = _value(match["number"], words.numbers)
        if value is not None:
            found.append(Amount(-value if match["sign"] else value, match["unit"]))
    return found


def impossible(dose: str) -> bool:
    """Whether ``dose`` gives an amount below zero, or nothing at all as what she takes: zero is refused only
    when the line states no amount above zero ("reducing to 0 mg" after "10 mg") and does not say the medicine
    was stopped."""
    words = dose_words()
    stated = amounts(dose)
    if any(a.value < 0 for a in stated):
        return True
    if any(a.value > 0 for a in stated):
        return False
    text = normalise(dose)
    nothing = any(a.value == 0 for a in stated) or words.nothing.search(text) is not None
    return nothing and words.stopped.search(text) is None


def in_grams_or_ml(amount: Amount) -> tuple[str, float] | None:
    """The amount as a mass in grams or a volume in ml; None for counted forms (tablets, puffs)."""
    words = dose_words()
    if amount.unit in words.grams:
        return "mass", amount.value * words.grams[amount.unit]
    if amount.unit in words.millilitres:
        return "volume", amount.value * words.millilitres[amount.unit]
    return None


_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")


class Linked(NamedTuple):
    """An amount a conclusion gives a medicine: its kind ("mass", "volume"), its value in grams or ml, whether it
    is the dose of a day given once, and whether it is said to be a day's ("200 mg a day")."""

    kind: str
    value: float
    once: bool
    per_day: bool


def _owner(text: str, named: tuple[Mention, ...], match: re.Match[str]) -> Mention | None:
    """The medicine an amount belongs to: the nearest named before it, a few words away (or further, where the
    words between say it continues at it), with no sentence end and no second thing joined between; failing that,
    the first named right after it, with nothing between but how often ("At 200 mg a day valproate is ...")."""
    words = dose_words()
    before = [m for m in named if m.end <= match.start()]
    if before:
        nearest = max(before, key=lambda m: m.end)
        gap = text[nearest.end : match.start()]
        far = len(gap.split()) > words.reach
        if not (far and (len(gap.split()) > words.continuing_reach or not words.continuing.search(gap))) and not (
            _SENTENCE_END.search(gap) or words.joins.search(gap)
        ):
            return nearest
    after = [m for m in named if m.start >= match.end()]
    if after:
        following = min(after, key=lambda m: m.start)
        gap = text[match.end() : following.start]
        # Nothing between but how often ("200 mg a day valproate", "50 mg nocte sertraline"): "5 mg because of
        # valproate" and "90 mg of methadone in 2018" give the amount to something else, or to another time.
        often = words.daily.match(gap) or words.once.match(gap)
        if not (gap[often.end() :] if often else gap).strip():
            return following
    return None


def _linked(conclusion: str, ingredients: frozenset[str], once_a_day: bool = False) -> list[Linked]:
    """The masses and volumes ``conclusion`` gives to a medicine of these ingredients: each amount whose medicine
    (see :func:`_owner`) is one of them; each with whether it is the dose of a day, given once (one of ``once``
    right after it: "fifty milligrams once a day"; or, where the dose line is ``once_a_day``, one of ``daily``:
    "40 mg daily"), and whether it is said to be a day's (one of ``daily`` right after it)."""
    words = dose_words()
    text = normalise(conclusion)
    named = mentions(conclusion, fuzzy=False)
    linked: list[Linked] = []
    for match in words.amount.finditer(text):
        value = _value(match["number"], words.numbers)
        measured = None if value is None or match["sign"] else in_grams_or_ml(Amount(value, match["unit"]))
        if measured is None or not named:
            continue
        owner = _owner(text, named, match)
        if owner is None or not ingredients & set(owner.entry.ingredients):
            continue
        sentence = _sentence_of(text, match)
        reason = words.reasons.search(text, match.end(), sentence.stop)
        sentence = slice(sentence.start, reason.start() if reason is not None else sentence.stop)
        if _speaks_of_change(text[sentence]):
            continue
        # A count before it ("2 x 50 mg", "two 50 mg tablets") makes it a tablet's strength, not the dose.
        counted = _COUNTED.search(text, 0, match.start()) is not None
        daily = words.daily.match(text, match.end()) is not None
        given_once = words.once.match(text, match.end()) is not None or (once_a_day and daily)
        linked.append(Linked(*measured, not counted and given_once, not counted and daily))
    return linked


def _times_a_day(line_text: str) -> int | None:
    """How many doses a day the dose line gives, where its words say one number ("bd", "three times a day") and it
    gives no range and is not taken as needed; None where the line does not tell."""
    words = dose_words()
    if words.as_needed.search(line_text) or _RANGE.search(line_text):
        return None
    told = {words.times_a_day[m.group()] for m in words.times.finditer(line_text)}
    return told.pop() if len(told) == 1 else None


_RANGE = re.compile(r"\d\s*(?:-|to|or)\s*(?:\d|[.,]\d)")
"""Two numbers as a range: "2.5-5 mg", "1 to 2 tablets"."""


_CLAUSE_END = re.compile(r"[,:;]")


def _speaks_of_change(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a change ("increase to 80 mg", "from 60 to 70 mg") or a limit: a limit word
    with a number at most ``limit_reach`` words after it, in its clause ("under 60 mg", "below about 5 ml"; not
    "under the drug service", "over the weekend", "above all, sertraline 50 mg")."""
    words = dose_words()
    if words.change.search(sentence):
        return True
    for limit in words.limit.finditer(sentence):
        clause = _CLAUSE_END.split(sentence[limit.end() :], maxsplit=1)[0]
        after = " ".join(clause.split()[: words.limit_reach + 1])
        if words.limit_number.search(after):
            return True
    return False


_COUNTED = re.compile(r"(?:\d|\bx|\b(?:one|two|three|four|five|six))\s*$")
"""A count right before an amount: a digit, "x", or a number word."""


def _sentence_of(text: str, match: re.Match[str]) -> slice:
    """Where the sentence of ``text`` that holds ``match`` stands."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END.search(text, match.end())
    return slice(start, end.start() if end is not None else len(text))


def contradicted(conclusion: str, ingredients: frozenset[str], dose: str, name: str) -> bool:
    """Whether ``conclusion`` gives the medicine (of these ``ingredients``, with this ``dose`` line and product
    ``name``) an amount that neither the dose line nor the strength in its name allows: not the line's amount,
    the strength, the total of the line's amounts, nor a whole multiple or part of one of them up to the
    ``multiples`` of ``mappings/doses.toml``; an amount given once a day ("50 mg once a day") must be one the dose
    line states, or their total, where the line states one of its kind. An amount in a sentence that speaks of a
    change or a limit is not read ("increase to 80 mg", "up to 60 mg"; not "at least 72 hours' observation" in
    the sentence after it, nor "because stopping led to relapse", a reason after the amount)."""
    words = dose_words()
    if not ingredients:
        return False
    line = [m for m in map(in_grams_or_ml, amounts(dose)) if m is not None]
    stated = line + [m for m in map(in_grams_or_ml, amounts(name)) if m is not None]
    line_text = normalise(dose)
    once_a_day = words.once_in_line.search(line_text) is not None and words.several.search(line_text) is None
    times = _times_a_day(line_text)
    for kind, value, once, per_day in _linked(conclusion, ingredients, once_a_day):
        allowed = [v for k, v in stated if k == kind]
        if not allowed:
            continue
        allowed.append(sum(allowed))
        near = [x for a in allowed for k in range(1, words.multiples + 1) for x in (a * k, a / k)]
        in_line = [v for k, v in line if k == kind]
        if once and in_line:
            near = [*in_line, sum(in_line)]  # the dose of a day given once: what the line gives, not a tablet
        elif per_day and in_line and times is not None:
            # A day's amount beside a line of a known number of doses a day: the day's total, not a dose.
            near = [v * times for v in in_line] + ([sum(in_line)] if len(in_line) > 1 else [])
        if not any(abs(x - value) <= 0.01 * value for x in near):
            return True
    return False
