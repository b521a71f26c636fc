"""The amounts a dose line states ("½ tablet", "1.2 g", "two puffs", "-100 mg"), read from the normalised text
so full-width digits, the minus sign U+2212 and invisible characters read as the plain line does. Units,
number words and sign words are data in ``mappings/doses.toml`` with their rationale.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..core.resources import data_path
from .names import Mention, mentions
from .phrases import alternation
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
    timed: frozenset[str]
    spans: frozenset[str]
    span_time: re.Pattern[str]
    negation: re.Pattern[str]
    negation_reach: int
    hazard: re.Pattern[str]
    hazard_openers: frozenset[str]
    hazard_articles: frozenset[str]
    limit: re.Pattern[str]
    limit_number: re.Pattern[str]
    limit_time: re.Pattern[str]
    limit_reach: int
    once: re.Pattern[str]
    once_only: re.Pattern[str]
    totals: re.Pattern[str]
    daily: re.Pattern[str]
    once_in_line: re.Pattern[str]
    several: re.Pattern[str]
    reasons: re.Pattern[str]
    joins: re.Pattern[str]
    as_needed: re.Pattern[str]
    times_a_day: dict[str, int]
    times: re.Pattern[str]
    times_after: re.Pattern[str]
    earlier: re.Pattern[str]
    later: re.Pattern[str]
    past: re.Pattern[str]


@functools.cache
def dose_words() -> DoseWords:
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))
    units = [normalise(u) for group in raw["units"].values() for u in group]
    numbers = {normalise(w): float(v) for w, v in raw["numbers"].items()}
    signs = [normalise(w) for w in raw["signs"]["words"]]
    # A minus straight before the digits, not after a number or word: "10-20 ml" and "5 -10 mg" are ranges,
    # "4-hourly" a time, and "- 100 mg" a bullet.
    amount = re.compile(
        rf"(?<![\w.,\u2044/])(?<!\d\s)(?P<sign>(?:(?:{alternation(signs)})\s|-)?)"
        rf"(?P<number>{_NUMBER}|(?:{alternation(list(numbers))})(?!\w))\s?(?:x\s?)?"
        rf"(?P<unit>{alternation(units)})(?![\w\u2044])"
    )
    zero_words = [w for w, v in numbers.items() if v == 0]
    # A line that is only nothing ("nil", "0"), or opens on the digit 0 alone ("0 at night"; "0800" is a time).
    nothing = re.compile(rf"^(?:(?:{alternation(zero_words)})|0+(?:\.0+)?)\W*$|^0+(?![\d:.,])")
    stopped = re.compile(rf"(?<!\w)(?:{alternation(raw['stopped']['words'], normalised=True)})(?!\w)")
    conclusion = raw["conclusion"]
    stems = alternation(conclusion["change_stems"], normalised=True)
    timed = [normalise(w) for w in conclusion["timed_changes"]]
    spans = [normalise(w) for w in conclusion["spans"]]
    phrases = alternation([normalise(w) for w in conclusion["change_phrases"]] + timed + spans)
    # A number after a limit word: digits, or a number word other than an article ("over a week").
    counted = alternation([w for w in numbers if w not in ("a", "an")])
    limit_times = alternation(conclusion["limit_times"], normalised=True)
    # One table of doses a day for every reading that counts them (a dose line's, a conclusion's restated dose).
    times_a_day = {normalise(w): int(n) for w, n in raw["times_a_day"].items()}
    return DoseWords(
        amount=amount,
        numbers=numbers,
        grams={normalise(u): float(g) for u, g in raw["grams"].items()},
        millilitres={normalise(u): float(ml) for u, ml in raw["millilitres"].items()},
        nothing=nothing,
        stopped=stopped,
        reach=int(conclusion["reach"]),
        continuing_reach=int(conclusion["continuing_reach"]),
        continuing=re.compile(rf"(?<!\w)(?:{alternation(conclusion['continuing'], normalised=True)})(?!\w)"),
        multiples=int(conclusion["multiples"]),
        change=re.compile(rf"(?<!\w)(?:(?:{stems})|(?:{phrases})(?!\w))"),
        timed=frozenset(timed),
        spans=frozenset(spans),
        # A time right after a word of `spans`: "from 36/40", "from 36+3 weeks", "from two weeks", "from the
        # birth", "from day 3".
        span_time=re.compile(
            rf"\s*(?:(?:{alternation(conclusion['span_articles'], normalised=True)})\s+)?"
            rf"(?:(?:{alternation(conclusion['span_times'], normalised=True)})(?!\w)"
            rf"|(?:\d+(?:\s*\+\s*\d+)?|(?:{counted})(?!\w))\s*(?:/\s*40(?!\d)|-?\s*(?:{limit_times})(?!\w)))"
        ),
        negation=re.compile(rf"(?<!\w)(?:{alternation(conclusion['negations'], normalised=True)})(?!\w)"),
        negation_reach=int(conclusion["negation_reach"]),
        # A harm the word of change would do, at most `hazard_reach` words after the gerund: "stopping suddenly
        # risks seizures".
        hazard=re.compile(
            rf"(?:\s+[^\W\d]+){{0,{int(conclusion['hazard_reach'])}}}?\s+"
            rf"(?:{alternation(conclusion['hazards'], normalised=True)})(?!\w)"
        ),
        hazard_openers=frozenset(normalise(w) for w in conclusion["hazard_openers"]),
        hazard_articles=frozenset(normalise(w) for w in conclusion["hazard_articles"]),
        limit=re.compile(rf"(?<!\w)(?:{alternation(conclusion['limit_phrases'], normalised=True)})(?!\w)"),
        limit_number=re.compile(rf"(?<!\w)(?:\d+(?:[.,]\d+)*|[.,]\d+|(?:{counted})(?!\w))"),
        # A time right after a limit's number (or a range of two numbers): "over the next 3 months", "two to
        # three weeks", "a 3-month course".
        limit_time=re.compile(
            rf"(?:\s*(?:-|to|or)\s*(?:\d+(?:[.,]\d+)*|(?:{counted})(?!\w)))?\s*-?\s*"
            rf"(?:{limit_times})(?!\w)"
        ),
        limit_reach=int(conclusion["limit_reach"]),
        reasons=re.compile(rf"(?<!\w)(?:{alternation(conclusion['reasons'], normalised=True)})(?!\w)"),
        once=re.compile(rf"\s*(?:{alternation(conclusion['once'], normalised=True)})(?!\w)"),
        once_only=re.compile(rf"\s*(?:{alternation(conclusion['once_only'], normalised=True)})(?!\w)"),
        totals=re.compile(
            rf"\s*,?\s*(?:{alternation(conclusion['totals'] + conclusion['daily'], normalised=True)})(?!\w)"
        ),
        daily=re.compile(rf"\s*(?:{alternation(conclusion['daily'], normalised=True)})(?!\w)"),
        once_in_line=re.compile(rf"(?<!\w)(?:{alternation(conclusion['once'], normalised=True)})(?!\w)"),
        several=re.compile(rf"(?<!\w)(?:{alternation(conclusion['several'], normalised=True)})(?!\w)"),
        joins=re.compile(rf"(?<!\w)(?:{alternation(conclusion['joins'], normalised=True)})(?!\w)"),
        as_needed=re.compile(rf"(?<!\w)(?:{alternation(conclusion['as_needed'], normalised=True)})(?!\w)"),
        times_a_day=times_a_day,
        times=re.compile(rf"(?<!\w)(?:{alternation(list(times_a_day))})(?!\w)"),
        times_after=re.compile(rf"\s*(?:{alternation(list(times_a_day))})(?!\w)"),
        earlier=re.compile(rf"(?<!\w)(?:{alternation(conclusion['earlier'], normalised=True)})(?!\w)"),
        later=re.compile(rf"(?<!\w)(?:{alternation(conclusion['later'], normalised=True)})(?!\w)"),
        past=re.compile(rf"(?<!\w)(?:{alternation(conclusion['past'], normalised=True)})(?!\w)"),
    )


def number_value(number: str, numbers: dict[str, float]) -> float | None:
    """The amount a written number gives ("60", "1.5", "1/2", "ten" by ``numbers``), or None."""
    if number in numbers:
        return numbers[number]
    whole, _, below = number.replace("\u2044", "/").replace(" ", "").partition("/")
    text = whole.replace(",", "") if _THOUSANDS.fullmatch(whole) else whole.replace(",", ".")
    try:
        value = float(text)
        return value / float(below) if below else value
    except (ValueError, ZeroDivisionError):
        return None


@functools.lru_cache(maxsize=64)  # small: a record's few texts, each read for every medicine and reading
def amount_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every amount ``DoseWords.amount`` finds in the whole of ``text``, in order: the same as its ``finditer``
    over the whole text (not over a part: its look backs read what stands before a part), found once where a
    conclusion is read for each medicine it covers and by several readings of doses. Its pattern opens with look
    backs and an optional sign, so it is tried from every place in the text."""
    return tuple(dose_words().amount.finditer(text))


def amounts(dose: str) -> list[Amount]:
    """The amounts ``dose`` states, in its own units, in order."""
    words = dose_words()
    found: list[Amount] = []
    for match in amount_matches(normalise(dose)):
        value = number_value(match["number"], words.numbers)
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
    is the dose of a day given once, whether it is said to be a day's ("200 mg a day"), how many times a day
    the frequency right after it gives ("500 mg bd": 2; None where none is said), and whether its sentence says
    it continues (one of ``continuing``: "200 mg continues"), and whether it is said to be the only dose of the
    day (one of ``once_only`` right after it: "500 mg once daily"; not a time of day, "500 mg at night", which may
    be one dose of a day split), and whether it is said to be the day's total (one of ``daily`` or ``totals`` right
    after it: "100 mg a day", "100 mg in all")."""

    kind: str
    value: float
    once: bool
    per_day: bool
    times: int | None
    kept: bool
    only: bool = False
    total: bool = False


_NAMES_LISTED = re.compile(r"[\s()]*(?:,[\s()]*(?:and[\s()]+)?|and[\s()]+|&[\s()]*)")
"""What stands between two names of a list: "A and B", "A, B", "A (and B)", "A & B"."""
_AMOUNTS_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
"""What stands between two amounts of a list, after any frequency: "60 mg and 100 mg", "5 mg, 10 mg"."""


def _respective(text: str, named: tuple[Mention, ...]) -> dict[int, Mention]:
    """Amounts listed in the order of the medicines listed before them ("A and B continue at 60 mg and 100 mg",
    "A (and B) at current doses, 60 mg and 100 mg daily", with "respectively" or not): the first amount of the
    list is the first medicine's, and so on, where the two lists are as long and no other name is joined to them,
    and the amounts follow the names in the same sentence, within
    ``continuing_reach`` words, with no other amount between. Names of one medicine side by side in the list (a
    medicine and its brand) count once where that makes the lists as long, else each name counts. Keyed by where
    each amount starts."""
    if len(named) < 2:  # cheap: one medicine named lists no amounts of several
        return {}
    words = dose_words()
    found = list(amount_matches(text))
    if len(found) < 2:
        return {}
    runs: list[list[re.Match[str]]] = []
    for match in found:
        if runs:
            gap = text[runs[-1][-1].end() : match.start()]
            often = words.daily.match(gap) or words.once.match(gap) or words.times_after.match(gap)
            if _AMOUNTS_LISTED.fullmatch(gap[often.end() :] if often else gap):
                runs[-1].append(match)
                continue
        runs.append([match])
    paired: dict[int, Mention] = {}
    for run in runs:
        before = sorted((m for m in named if m.end <= run[0].start()), key=lambda m: m.start)
        if len(run) < 2 or len(before) < len(run):
            continue
        # The names joined into one list ending at the last before the amounts ("A, B and C").
        chain = [before[-1]]
        for name in reversed(before[:-1]):
            if not _NAMES_LISTED.fullmatch(text[name.end : chain[0].start]):
                break
            chain.insert(0, name)
        # A medicine and its brand side by side are one medicine ("methadone, Physeptone and sertraline at 60 mg
        # and 100 mg"); where the amounts are as many as the names, each name has its own ("sertraline and Lustral
        # at 100 mg and 60 mg": the 60 mg is sertraline's too).
        groups: list[Mention] = []
        for name in chain:
            if not groups or frozenset(groups[-1].entry.ingredients) != frozenset(name.entry.ingredients):
                groups.append(name)
        listed = groups if len(groups) == len(run) else chain
        gap = text[chain[-1].end : run[0].start()]
        between = [m for m in found if chain[-1].end <= m.start() < run[0].start()]
        if len(listed) != len(run) or between or _SENTENCE_END.search(gap):
            continue
        if len(gap.split()) > words.continuing_reach:
            continue
        paired.update((amount.start(), medicine) for amount, medicine in zip(run, listed, strict=True))
    return paired


def _owner(
    text: str, named: tuple[Mention, ...], match: re.Match[str], paired: dict[int, Mention] | None = None
) -> Mention | None:
    """The medicine an amount belongs to: its medicine where amounts are listed in the order of the medicines
    (see :func:`_respective`, given as ``paired``); else the nearest named before it, a few words away (or
    further, where the words between say it continues at it), with no sentence end and no second thing joined
    between; failing that, the first named right after it, with nothing between but how often ("At 200 mg a day
    valproate is ...")."""
    words = dose_words()
    if paired and match.start() in paired:
        return paired[match.start()]
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


def _linked(
    conclusion: str, ingredients: frozenset[str], once_a_day: bool = False, year: int | None = None
) -> list[Linked]:
    """The masses and volumes ``conclusion`` gives to a medicine of these ingredients: each amount whose medicine
    (see :func:`_owner`) is one of them; each with whether it is the dose of a day, given once (one of ``once``
    right after it: "fifty milligrams once a day"; or, where the dose line is ``once_a_day``, one of ``daily``:
    "40 mg daily"), and whether it is said to be a day's (one of ``daily`` right after it)."""
    words = dose_words()
    text = normalise(conclusion)
    named = mentions(conclusion, fuzzy=False)
    if not named:  # cheap: no medicine named, no amount is linked to one
        return []
    linked: list[Linked] = []
    paired = _respective(text, named)
    for match in amount_matches(text):
        value = number_value(match["number"], words.numbers)
        measured = None if value is None or match["sign"] else in_grams_or_ml(Amount(value, match["unit"]))
        if measured is None or not named:
            continue
        owner = _owner(text, named, match, paired) or _total_after_a_dose(text, named, match, paired)
        if owner is None or not ingredients & set(owner.entry.ingredients):
            continue
        sentence = _sentence_of(text, match)
        if _earlier(text, sentence, match, year) or _of_the_past(text, sentence, match, year):
            continue
        reason = words.reasons.search(text, match.end(), sentence.stop)
        sentence = slice(sentence.start, reason.start() if reason is not None else sentence.stop)
        if (
            _speaks_of_change(text[sentence])
            and not _continues_before_a_limit(text, sentence, match)
            and not _continues_before_a_past_change(text, sentence, match)
        ):
            continue
        # A count before it ("2 x 50 mg", "two 50 mg tablets") makes it a tablet's strength, not the dose.
        counted = _COUNTED.search(text, 0, match.start()) is not None
        daily = words.daily.match(text, match.end()) is not None
        given_once = words.once.match(text, match.end()) is not None or (once_a_day and daily)
        several = None if counted else words.times_after.match(text, match.end())
        times = words.times_a_day[several.group().strip()] if several is not None else None
        kept = words.continuing.search(text, sentence.start, sentence.stop) is not None
        only = not counted and words.once_only.match(text, match.end()) is not None
        total = not counted and words.totals.match(text, match.end()) is not None
        linked.append(Linked(*measured, not counted and given_once, not counted and daily, times, kept, only, total))
    return linked


_TOTAL_SET_OFF = re.compile(r"\s*(?:,|\(|\s-|[\u2013\u2014]|:)\s*(?:(?:that\s+is|i\.?e\.?|so|making)\s*,?\s*)?$")
"""What sets a day's total off from the dose right before it: "500 mg bd, 1 g a day", "500 mg bd (that is 1 g a
day)", "500 mg bd - 1 g in all"."""


def _total_after_a_dose(
    text: str, named: tuple[Mention, ...], match: re.Match[str], paired: dict[int, Mention]
) -> Mention | None:
    """The medicine of a day's total told right after one of its doses ("valproate 500 mg twice a day, 1 g a day
    in all"): an amount said to be a day's or the total (one of ``daily`` or ``totals`` right after it), set off by
    a comma, a bracket or a dash from an amount with at most its frequency before it, in the same sentence, whose
    medicine is that one. The total then states the same regimen as the dose, and is held to the line's day."""
    words = dose_words()
    if words.daily.match(text, match.end()) is None and words.totals.match(text, match.end()) is None:
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    before = [m for m in words.amount.finditer(text, start, match.start()) if m.end() <= match.start()]
    if not before:
        return None
    dose = before[-1]
    end = dose.end()
    frequencies = (words.once, words.daily, words.times_after)
    while True:
        told = [m.end() for p in frequencies if (m := p.match(text, end, match.start())) is not None and m.end() > end]
        if not told:
            break
        end = max(told)
    if _TOTAL_SET_OFF.match(text[end : match.start()]) is None:
        return None
    return _owner(text, named, dose, paired)


def _times_a_day(line_text: str) -> int | None:
    """How many doses a day the dose line gives, where its words say one number ("bd", "three times a day") and it
    gives no range and is not taken as needed; None where the line does not tell."""
    words = dose_words()
    if words.as_needed.search(line_text) or _RANGE.search(line_text):
        return None
    told = {words.times_a_day[m.group()] for m in words.times.finditer(line_text)}
    return told.pop() if len(told) == 1 else None


def taken_every_day(line_text: str) -> bool:
    """Whether the dose line gives the medicine at fixed times every day: one count a day ("bd", "three times a
    day"), no range, not as needed (:func:`_times_a_day`)."""
    return _times_a_day(line_text) is not None


def _counts(line_text: str) -> list[float]:
    """The counts a dose line gives outside its amounts ("Two tablets (100 mg)": 2; "2 x 50 mg": 2)."""
    words = dose_words()
    outside = words.amount.sub(" ", line_text)
    found = [number_value(m.group(), words.numbers) for m in words.limit_number.finditer(outside)]
    return [n for n in found if n is not None and n > 0]


_RANGE = re.compile(r"\d\s*(?:-|to|or)\s*(?:\d|[.,]\d)")
"""Two numbers as a range: "2.5-5 mg", "1 to 2 tablets"."""


_CLAUSE_END = re.compile(r"[,:;]")


def _earlier(text: str, sentence: slice, match: re.Match[str], year: int | None = None) -> bool:
    """Whether the amount at ``match`` is the dose before a change told as one ("was 50 mg, now 60 mg",
    "75 mg previously, currently 100 mg", "in 2022 on 40 mg; now 60 mg"): one of ``earlier`` (or of ``past``, or a
    year before ``year``) in its sentence, and after the amount one of ``later`` with an amount after it. The
    amount after ``later`` is the dose now, and is read as any other."""
    words = dose_words()
    for later in words.later.finditer(text, match.end(), sentence.stop):
        if not words.amount.search(text, later.end(), sentence.stop):
            continue
        if (
            words.earlier.search(text, sentence.start, later.start()) is not None
            or words.past.search(text, sentence.start, later.start()) is not None
            or _past_year(text, sentence.start, later.start(), year)
        ):
            return True
    return False


_YEAR = re.compile(r"(?<![\w.,/:-])(19[5-9]\d|20\d\d)(?![\w.,/:-]?\d)")
"""A year written in digits: "in 2022", "(2019)"."""


def _past_year(text: str, start: int, end: int, year: int | None) -> bool:
    """Whether a year before ``year`` (the year the text was written) stands between ``start`` and ``end``."""
    return year is not None and any(int(m.group()) < year for m in _YEAR.finditer(text, start, end))


def _of_the_past(text: str, sentence: slice, match: re.Match[str], year: int | None) -> bool:
    """Whether the amount at ``match`` is told of a past time ("in 2022 on methadone 40 mg her baby needed ...",
    "in her last pregnancy she was on 40 mg"): one of ``past``, or a year before ``year``, stands before it in its
    clause (back to a semicolon), and its sentence holds no word of ``continuing`` or ``later`` (a dose now)."""
    words = dose_words()
    start = max((m.end() for m in re.finditer(";", text[sentence.start : match.start()])), default=0) + sentence.start
    if words.past.search(text, start, match.start()) is None and not _past_year(text, start, match.start(), year):
        return False
    return (
        words.continuing.search(text, sentence.start, sentence.stop) is None
        and words.later.search(text, sentence.start, sentence.stop) is None
    )


def _speaks_of_change(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a change ("increase to 80 mg", "from 60 to 70 mg") or a limit: a limit word
    with a number at most ``limit_reach`` words after it, in its clause ("under 60 mg", "below about 5 ml"; not
    "under the drug service", "over the weekend", "above all, sertraline 50 mg"), where the number is not a time
    (``limit_times``: "over the next 3 months", "for more than two weeks" are spans, not limits of a dose)."""
    words = dose_words()
    if any(_moves_the_dose(sentence, change) for change in words.change.finditer(sentence)):
        return True
    for limit in words.limit.finditer(sentence):
        clause = " ".join(_CLAUSE_END.split(sentence[limit.end() :], maxsplit=1)[0].split())
        reach = len(" ".join(clause.split(" ")[: words.limit_reach + 1]))
        for number in words.limit_number.finditer(clause, 0, reach):
            if not words.limit_time.match(clause, number.end()):
                return True
    return False


def _continues_before_a_limit(text: str, sentence: slice, match: re.Match[str]) -> bool:
    """Whether the amount at ``match`` is said to continue before a limit that follows it ("1200 mg at night
    continues, kept under 1000 mg a day"): the sentence up to the end of the amount's clause holds one of
    ``continuing`` and speaks of no change or limit, and what follows speaks of no change (only of a limit)."""
    rest = _after_a_continuing_clause(text, sentence, match)
    return rest is not None and not any(_moves_the_dose(rest, c) for c in dose_words().change.finditer(rest))


def _after_a_continuing_clause(text: str, sentence: slice, match: re.Match[str]) -> str | None:
    """The rest of the sentence after the clause of the amount at ``match``, where the sentence up to that clause's
    end holds one of ``continuing`` and speaks of no change or limit; None otherwise."""
    end = _CLAUSE_END.search(text, match.end(), sentence.stop)
    if end is None:
        return None
    head = text[sentence.start : end.start()]
    if not dose_words().continuing.search(head) or _speaks_of_change(head):
        return None
    return text[end.start() : sentence.stop]


@functools.cache
def _past_change() -> re.Pattern[str]:
    """``[past_change]`` of ``mappings/doses.toml``: the words that tell a change as one of the past, right before
    the word of change ("it was stopped", "when she last stopped", "each time it was stopped")."""
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))["past_change"]
    reach = int(raw["reach"])
    return re.compile(
        rf"(?<!\w)(?:{alternation([normalise(w) for w in raw['markers']])})(?:\s+[\w']+){{0,{reach}}}\s+$"
    )


def _continues_before_a_past_change(text: str, sentence: slice, match: re.Match[str]) -> bool:
    """Whether the amount at ``match`` is said to continue before a change told only as one of the past ("1000 mg
    daily continues: she relapsed each time it was stopped", "... continues, as she relapsed when she last
    stopped"): the sentence up to the end of the amount's clause holds one of ``continuing`` and speaks of no change
    or limit, and every word of change after it that moves the dose is a past form ("-ed") with one of
    ``[past_change]`` markers right before it and no amount after it. It tells why the dose stands, not another
    dose."""
    rest = _after_a_continuing_clause(text, sentence, match)
    if rest is None:
        return False
    words = dose_words()
    past = _past_change()
    for change in words.change.finditer(rest):
        if not _moves_the_dose(rest, change):
            continue
        word = _WORD_REST.match(rest, change.end())
        told = rest[change.start() : word.end() if word is not None else change.end()]
        if not told.endswith("ed") or words.amount.search(rest, change.end()) is not None:
            return False
        if past.search(rest, 0, change.start()) is None:
            return False
    return True


def _moves_the_dose(sentence: str, change: re.Match[str]) -> bool:
    """Whether the word of change at ``change`` moves the dose: a word of time (``timed_changes``: "until") only
    with an amount after it in the sentence ("50 mg until 20 weeks, then 75 mg"; "continues until the review"
    bounds the dose now in time). A word of ``spans`` ("from") before a time moves it only right after an amount
    and its frequency ("700 mg each morning from next week"; "levels weekly from 36/40" times the levels). Any
    other word of change moves it unless one of ``negations`` stands at most
    ``negation_reach`` words before it and no amount follows ("not to be stopped suddenly" says the dose stands;
    "do not increase to 80 mg" still names another dose)."""
    words = dose_words()
    if words.amount.search(sentence, change.end()) is not None:
        return True
    if change.group() in words.timed:
        return False
    if _harm_of_a_change(sentence, change):
        return False
    if change.group() in words.spans and words.span_time.match(sentence, change.end()) is not None:
        return _dose_right_before(sentence, change.start())
    negations = [n.end() for n in words.negation.finditer(sentence, 0, change.start())]
    return not (negations and len(sentence[negations[-1] : change.start()].split()) <= words.negation_reach)


_WORD_REST = re.compile(r"\w*")
_CLAUSE_OPENS = re.compile(r"[,:;()\u2013\u2014]|\s-\s")


def _harm_of_a_change(sentence: str, change: re.Match[str]) -> bool:
    """Whether the word of change at ``change`` is the subject of a harm it would do ("continues: stopping suddenly
    risks seizures"): a gerund opening its clause, or the change as a noun after one of ``hazard_articles`` ("as a
    cut now would risk relapse", "any reduction could bring back her low mood"), after at most one of
    ``hazard_openers`` ("as reducing it could bring back her low mood"), with one of ``hazards`` at most
    ``hazard_reach`` words after it. It tells why the dose stands, not a change of it."""
    words = dose_words()
    end = _WORD_REST.match(sentence, change.end())
    if end is None:
        return False
    opening = _CLAUSE_OPENS.split(sentence[: change.start()])[-1].split()
    article = bool(opening) and opening[-1] in words.hazard_articles
    if article:
        opening = opening[:-1]
    elif not sentence[change.start() : end.end()].endswith("ing"):
        return False
    if len(opening) > 1 or (opening and opening[0] not in words.hazard_openers):
        return False
    return words.hazard.match(sentence, end.end()) is not None


def _dose_right_before(sentence: str, at: int) -> bool:
    """Whether an amount, with at most its frequency ("700 mg each morning", "100 mg twice daily"), stands right
    before ``at``: a word of ``spans`` there tells when that dose starts."""
    words = dose_words()
    frequencies = (words.once, words.daily, words.times_after)
    for amount in words.amount.finditer(sentence, 0, at):
        end = amount.end()
        while True:
            told = [m.end() for p in frequencies if (m := p.match(sentence, end, at)) is not None and m.end() > end]
            if not told:
                break
            end = max(told)
        if not sentence[end:at].strip():
            return True
    return False


_COUNTED = re.compile(r"(?:\d|\bx|\b(?:one|two|three|four|five|six))\s*$")
"""A count right before an amount: a digit, "x", or a number word."""


def _sentence_of(text: str, match: re.Match[str]) -> slice:
    """Where the sentence of ``text`` that holds ``match`` stands."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END.search(text, match.end())
    return slice(start, end.start() if end is not None else len(text))


def _another_days_total(value: float, told: int | None, times: int | None, in_line: list[float]) -> bool:
    """Whether a dose given with a count of doses a day (``told``, from ``[times_a_day]``) other than the line's
    (``times``) makes a day's total other than the line's: "150 mg three times a day" beside "150 mg twice a day"
    (450 mg a day, not 300), "75 mg tds" beside "150 mg bd" (225, not 300). The same day split otherwise ("100 mg
    tds" beside "150 mg bd") agrees; a line of no known count, or of more than one amount of the kind, is not read
    here. A change told as one ("from 150 mg bd to 100 mg tds") never reaches this: its sentence is not read."""
    if told is None or times is None or told == times or len(in_line) != 1:
        return False
    line_day = in_line[0] * times
    return abs(value * told - line_day) > 0.01 * line_day


def _another_count(only: bool, told: int | None, once_a_day: bool, times: int | None) -> bool:
    """Whether a dose's frequency in the conclusion and the line's differ as once a day against several times a
    day: a dose given several times a day (``told``, from ``[times_a_day]``) beside a line of one dose a day
    ("50 mg twice daily" beside "100 mg once daily", "400 mg bd" beside "800 mg at night"), or a dose said to be
    the day's only one (``only``: "500 mg once daily") beside a line of several ("500 mg twice a day"). The
    conclusion then states another regimen than the prescription, whatever the day's total. Two counts of
    several a day are left to :func:`_another_days_total` ("100 mg tds" beside "150 mg bd" is the same day)."""
    if told is not None and told > 1 and once_a_day:
        return True
    return only and times is not None and times > 1


def _line_total_told(linked: list[Linked], kind: str, in_line: list[float], times: int | None) -> bool:
    """Whether the conclusion also tells the medicine's day total, and it is the line's ("50 mg twice daily, 100 mg
    in all" beside "100 mg once daily"): the writer gives the same day's dose, split otherwise, and says so. A split
    told alone ("50 mg twice daily") is read as another regimen (:func:`_another_count`)."""
    if not in_line:
        return False
    day = sum(in_line) * (times if times is not None and len(in_line) == 1 else 1)
    return any(g.total and g.kind == kind and abs(g.value - day) <= 0.01 * day for g in linked)


def contradicted(conclusion: str, ingredients: frozenset[str], dose: str, name: str, year: int | None = None) -> bool:
    """Whether ``conclusion`` gives the medicine (of these ``ingredients``, with this ``dose`` line and product
    ``name``) an amount that neither the dose line nor the strength in its name allows: not the line's amount,
    the strength, the total of the line's amounts, nor a whole multiple or part of one of them up to the
    ``multiples`` of ``mappings/doses.toml``; an amount given once a day ("50 mg once a day") must be one the dose
    line states, or their total, where the line states one of its kind; an amount with no frequency said to
    continue, beside a line of one dose once a day, must be the line's amount or the strength (or as many of the
    strength as the line counts). An amount in a sentence that speaks of a
    change or a limit is not read ("increase to 80 mg", "up to 60 mg"; not "at least 72 hours' observation" in
    the sentence after it, nor "because stopping led to relapse", a reason after the amount)."""
    words = dose_words()
    if not ingredients:
        return False
    line = [m for m in map(in_grams_or_ml, amounts(dose)) if m is not None]
    stated = line + [m for m in map(in_grams_or_ml, amounts(name)) if m is not None]
    if not stated:  # cheap: no amount to hold the conclusion's to, so none contradicts it
        return False
    line_text = normalise(dose)
    once_a_day = words.once_in_line.search(line_text) is not None and words.several.search(line_text) is None
    times = _times_a_day(line_text)
    linked = _linked(conclusion, ingredients, once_a_day, year)
    for kind, value, once, per_day, told, kept, only, _ in linked:
        allowed = [v for k, v in stated if k == kind]
        if not allowed:
            continue
        in_line = [v for k, v in line if k == kind]
        if _another_count(only, told, once_a_day, times) and not _line_total_told(linked, kind, in_line, times):
            return True
        allowed.append(sum(allowed))
        near = [x for a in allowed for k in range(1, words.multiples + 1) for x in (a * k, a / k)]
        if _another_days_total(value, told, times, in_line):
            return True
        if once and in_line:
            near = [*in_line, sum(in_line)]  # the dose of a day given once: what the line gives, not a tablet
        elif per_day and in_line and times is not None:
            # A day's amount beside a line of a known number of doses a day: the day's total, not a dose.
            near = [v * times for v in in_line] + ([sum(in_line)] if len(in_line) > 1 else [])
        elif told is not None and told == times and in_line:
            # One dose of the line's own frequency ("5 mg tds" beside "5 mg three times a day"): the line's dose,
            # or the strength the product is made in ("75 mg bd" of 75 mg capsules, two a dose), not a multiple.
            near = [*in_line, sum(in_line), *(v for k, v in stated if k == kind)]
        elif once_a_day and kept and told is None and not per_day and in_line:
            # A dose said to continue, with no frequency, beside a line of one dose a day: that day's dose, or a
            # tablet's strength (or as many of them as the line counts: "two 50 mg tablets"), not any multiple.
            strengths = [v for k, v in stated[len(line) :] if k == kind] or [v for k, v in line if k == kind]
            near = [*in_line, sum(in_line), *strengths, *(n * v for n in _counts(line_text) for v in strengths)]
        if not any(abs(x - value) <= 0.01 * value for x in near):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Restated:
    """The ``[restated]`` words of ``mappings/doses.toml``: a second dose she takes, told beside the one that
    continues."""

    takers: re.Pattern[str]
    now: re.Pattern[str]
    steady: re.Pattern[str]
    forms: re.Pattern[str]


@functools.cache
def _restated() -> _Restated:
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))["restated"]
    subjects = alternation(raw["subjects"], normalised=True)
    verbs = alternation(raw["verbs"], normalised=True)
    return _Restated(
        takers=re.compile(rf"(?<!\w)(?:{subjects})\s?(?:{verbs})(?!\w)"),
        now=re.compile(rf"(?<!\w)(?:{alternation(raw['now'], normalised=True)})(?!\w)"),
        steady=re.compile(rf"(?<!\w)(?:{alternation(raw['steady'], normalised=True)})(?!\w)"),
        forms=re.compile(rf"\s*(?:{alternation(raw['forms'], normalised=True)})(?!\w)"),
    )


@dataclass(frozen=True, slots=True)
class _Given:
    """An amount of a conclusion as a dose: its kind and value, how many times a day it is given (1 where once
    a day is said, "800 mg at night"; None where not said), and whether it is a day's dose ("60 mg daily")."""

    kind: str
    value: float
    times: int | None
    daily: bool

    @property
    def day(self) -> float | None:
        """The dose of a day, where the text tells it."""
        if self.times is not None:
            return self.value * self.times
        return self.value if self.daily else None


def _given(text: str, match: re.Match[str]) -> _Given | None:
    """The dose ``match`` states, with the frequency right after it ("400 mg twice daily", "800 mg at night"),
    counted by the same ``[times_a_day]`` as a dose line's."""
    words = dose_words()
    value = number_value(match["number"], words.numbers)
    measured = None if value is None or match["sign"] else in_grams_or_ml(Amount(value, match["unit"]))
    if measured is None:
        return None
    several = words.times_after.match(text, match.end())
    times: int | None = None
    if several is not None:
        times = words.times_a_day[several.group().strip()]
    elif words.once.match(text, match.end()):
        times = 1
    daily = words.daily.match(text, match.end()) is not None
    return _Given(measured[0], measured[1], times, daily)


def _kept(text: str, ingredients: frozenset[str]) -> list[_Given]:
    """The doses ``text`` (normalised) gives the medicine as what continues: linked to its name as
    :func:`_linked` links them, in a sentence with one of ``continuing`` (or ``steady``) that speaks of no change
    (``steady`` aside: "no change")."""
    words, restated = dose_words(), _restated()
    named = mentions(text, fuzzy=False)
    paired = _respective(text, named)
    kept: list[_Given] = []
    for match in amount_matches(text):
        before = [m for m in named if m.end <= match.start()]
        if not before:
            continue
        nearest = paired.get(match.start()) or max(before, key=lambda m: m.end)
        gap = "" if match.start() in paired else text[nearest.end : match.start()]
        if len(gap.split()) > words.reach and (
            len(gap.split()) > words.continuing_reach or not words.continuing.search(gap)
        ):
            continue
        sentence = text[_sentence_of(text, match)]
        changes = _speaks_of_change(restated.steady.sub(" ", sentence))
        if _SENTENCE_END.search(gap) or words.joins.search(gap) or changes:
            continue
        steady = words.continuing.search(sentence) or restated.steady.search(sentence)
        if not steady or not ingredients & set(nearest.entry.ingredients):
            continue
        if _COUNTED.search(text, 0, match.start()) is None and (given := _given(text, match)) is not None:
            kept.append(given)
    return kept


def _taken(text: str, ingredients: frozenset[str], sole: bool) -> list[list[_Given]]:
    """The doses ``text`` (normalised) says she takes, a clause's amounts together: after one of ``takers`` in
    its clause, in a sentence that speaks of no change (once words of ``now`` are out) and names no other medicine
    (and, unless the assessment covers this medicine ``sole``, names this one); not a count's or a form's
    strength ("two 50 mg tablets")."""
    words, restated = dose_words(), _restated()
    named = mentions(text, fuzzy=False)
    taken: list[list[_Given]] = []
    for taker in restated.takers.finditer(text):
        span = _sentence_of(text, taker)
        sentence = text[span]
        if _speaks_of_change(restated.now.sub(" ", sentence)):
            continue
        inside = [m for m in named if span.start <= m.start and m.end <= span.stop]
        if any(not ingredients & set(m.entry.ingredients) for m in inside) or (not sole and not inside):
            continue
        stop = _CLAUSE_END.search(text, taker.end(), span.stop)
        end = stop.start() if stop is not None else span.stop
        clause: list[_Given] = []
        for match in words.amount.finditer(text, taker.end(), end):
            if _COUNTED.search(text, 0, match.start()) or restated.forms.match(text, match.end()):
                continue
            if (given := _given(text, match)) is not None:
                clause.append(given)
        if clause:
            taken.append(clause)
    return taken


def self_contradicted(conclusion: str, ingredients: frozenset[str], sole: bool = True) -> bool:
    """Whether ``conclusion`` gives the medicine (of these ``ingredients``) a dose that continues and, in another
    clause, a different dose she takes now ("60 mg daily, unchanged; she will take 40 mg daily"): a frequency once
    a day against several times a day, or a different dose of a day; an amount with no frequency differs only
    where it is neither a multiple nor a part of the other (``[restated]`` of ``mappings/doses.toml``)."""
    if not ingredients:
        return False
    text = normalise(conclusion)
    if not _restated().takers.search(text):
        return False
    kept = _kept(text, ingredients)
    if not kept:
        return False
    multiples = dose_words().multiples
    for clause in _taken(text, ingredients, sole):
        for first in kept:
            same = [g for g in clause if g.kind == first.kind]
            if not same:
                continue
            once = [g.times == 1 for g in (first, *same) if g.times is not None]
            if len(same) == 1 and first.times is not None and same[0].times is not None and len(set(once)) > 1:
                return True  # once a day against several times a day
            days = [g.day for g in same]
            if first.day is not None and all(d is not None for d in days):
                total = sum(d for d in days if d is not None)
                if abs(total - first.day) > 0.01 * total:
                    return True
                continue
            near = [x for k in range(1, multiples + 1) for x in (first.value * k, first.value / k)]
            if all(abs(x - g.value) > 0.01 * g.value for g in same for x in near):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _SolidWords:
    """``[volume_for_solid]`` of ``mappings/doses.toml``."""

    forms: frozenset[str]
    dissolved: re.Pattern[str]
    vehicles: re.Pattern[str]
    before: re.Pattern[str]


@functools.cache
def _solid_words() -> _SolidWords:
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))["volume_for_solid"]

    def words(key: str) -> str:
        return alternation(raw[key], normalised=True)

    return _SolidWords(
        frozenset(raw["forms"]),
        re.compile(rf"(?<!\w)(?:{words('dissolved')})(?!\w)"),
        re.compile(rf"\s*(?:{words('vehicles')})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{words('before')})\s*$"),
    )


@functools.cache
def _administration() -> tuple[Callable[[str], str | None], Callable[[], Any]]:
    """administration.py's ``form`` and ``route_words``, imported once on first use (administration reads its own
    tables): an import statement run on every call costs more than a cheap answer."""
    from .administration import form, route_words

    return form, route_words


def volume_for_a_solid(conclusion: str, ingredients: frozenset[str], name: str) -> bool:
    """Whether ``conclusion`` gives a medicine of these ``ingredients``, listed as the product ``name`` of a solid
    form (tablets, capsules, a patch: ``[volume_for_solid]`` ``forms``), a volume as its dose ("300 ml at night"):
    an amount the product cannot be measured in. Not a product taken dissolved, a volume of what it is taken in,
    a sentence giving it a mass as well, the baby's dose, nor a sentence of a change or an earlier dose."""
    form, route_words = _administration()
    solid = _solid_words()
    if not ingredients or form(name) not in solid.forms or solid.dissolved.search(normalise(name)):
        return False
    words = dose_words()
    text = normalise(conclusion)
    volumes = [m for m in amount_matches(text) if m["unit"] in words.millilitres and not m["sign"]]
    if not volumes:
        return False
    named = mentions(conclusion, fuzzy=False)
    baby = route_words().baby
    for match in volumes:
        owner = _owner(text, named, match)
        if owner is None or not ingredients & set(owner.entry.ingredients):
            continue
        sentence = _sentence_of(text, match)
        if (
            baby.search(text, sentence.start, match.start())
            or solid.vehicles.match(text, match.end())
            or solid.before.search(text, sentence.start, match.start())
            or _earlier(text, sentence, match)
            or _speaks_of_change(text[sentence])
        ):
            continue
        masses = (m for m in words.amount.finditer(text, sentence.start, sentence.stop) if m["unit"] in words.grams)
        if any((o := _owner(text, named, m)) is not None and ingredients & set(o.entry.ingredients) for m in masses):
            continue
        return True
    return False


@dataclass(frozen=True, slots=True)
class _Levels:
    """``[levels]`` of ``mappings/doses.toml``: serum level targets no therapeutic range holds."""

    target: re.Pattern[str]
    others: re.Pattern[str]
    amount: re.Pattern[str]
    medicines: dict[str, tuple[re.Pattern[str], float, float]]


_LEVEL_SENTENCE = re.compile(r"[^.!?\n]+(?:\.\d[^.!?\n]*)*")
_LEVEL_CLAUSE = re.compile(r"[^,;:()\n]+")


@functools.cache
def _levels() -> _Levels:
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))["levels"]

    def words(key: str) -> str:
        return alternation(raw[key], normalised=True)

    medicines = {
        name: (
            re.compile(rf"(?<!\w)(?:{alternation(entry['words'], normalised=True)})(?!\w)"),
            float(entry["least"]),
            float(entry["most"]),
        )
        for name, entry in raw.items()
        if isinstance(entry, dict)
    }
    return _Levels(
        re.compile(rf"(?<!\w)(?:{words('target')})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{words('others')})(?!\w)"),
        # A number, or a range of two, then the unit: "0.4 to 0.8 mmol/l", "4-8 mmol/l", "1.0 mmol/l".
        re.compile(
            rf"(?<![\w.])(?P<a>\d+(?:\.\d+)?)(?:\s*(?:-|to|and)\s*(?P<b>\d+(?:\.\d+)?))?\s*(?:{words('unit')})(?!\w)"
        ),
        medicines,
    )


def impossible_level(text: str, ingredients: frozenset[str]) -> bool:
    """Whether ``text`` sets a serum level target or range for a medicine of these ``ingredients`` that no
    therapeutic range holds ("lithium: target level 4 to 8 mmol/L"): in a sentence naming the medicine, a clause
    holding a target word and no other analyte, or in a later sentence of the text naming neither the medicine nor
    an analyte, with no sentence naming another medicine or analyte since the one naming it ("Lithium
    continues. ... Target range 6-8 mmol/L." refers back to it), a number in the level's unit below its least or
    above its most (``[levels]`` of ``mappings/doses.toml``)."""
    plain = normalise(text)
    if "mmol" not in plain:
        return False
    r = _levels()
    for name, (named, least, most) in r.medicines.items():
        if name not in ingredients and not any(named.fullmatch(i) for i in ingredients):
            continue
        others = [
            m
            for m in mentions(text, fuzzy=False)
            if name not in m.entry.ingredients and not any(named.fullmatch(i) for i in m.entry.ingredients)
        ]
        held = False  # the text so far speaks of this medicine, and of no other medicine or analyte since
        for sentence in _LEVEL_SENTENCE.finditer(plain):
            s = sentence.group()
            names_it = named.search(s) is not None
            analyte = r.others.search(s) is not None
            names_other = analyte or any(sentence.start() <= m.start < sentence.end() for m in others)
            referred = held and not names_other
            # A sentence naming the medicine and an analyte ("lithium and sodium checked") leaves the next one's
            # range unowned; one naming neither keeps the medicine named before it.
            held = (names_it and not analyte) or referred
            if "mmol" not in s or not (names_it or referred):
                continue
            for clause in _LEVEL_CLAUSE.finditer(s):
                c = clause.group()
                if r.target.search(c) is None or r.others.search(c) is not None:
                    continue
                for m in r.amount.finditer(c):
                    values = [float(v) for v in (m["a"], m["b"]) if v is not None]
                    if any(v < least or v > most for v in values):
                        return True
    return False
