"""A listed medicine told in free text as started before this pregnancy began, against the medicine list's own
start date, for the share gate's rule MA013 ("folic acid 5 mg was started three months before conception" where the
list dates its start weeks into the pregnancy). The words are data, in ``mappings/calendar.toml``
([started_before]), with where they were found.

Read only where it is safe: a clause (cut at ; : ! ? brackets, a line break and a full stop) that names a
listed medicine and, after the name and before any other medicine's, one of the verbs of starting right before
an optional amount of time and "before" one of the words for the pregnancy's beginning. Nothing before the verb
in the clause may make it advice, a plan, a condition or a negation, and nothing in its sentence may make it
another pregnancy's, another course's (stopped and started again) or another supply's (bought before the one
prescribed: a sign of one is the over-the-counter strength of folic acid, where the listed medicine is of
another strength).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..record.model import Medicine
from .dates import shift
from .doses import amounts, in_grams_or_ml
from .names import mentions
from .phrases import alternation
from .text import normalise
from .written_dates import calendar_data

_OVULATION_DAYS = 14
"""Days from the pregnancy's start by dates (the last period, as the EDD and gestation count it) to conception."""

_CLAUSE = re.compile(r"[;:!?()\[\]\n]|\.(?!\d)")
_SENTENCE = re.compile(r"[!?\n]|\.(?!\d)")


_pattern = functools.partial(alternation, normalised=True, any_spaces=True, word_endings=True)
"""mappings' phrases as normalised whole phrases, any spaces between their words, "*" any ending of a word."""


@dataclass(frozen=True, slots=True)
class _Reader:
    told: re.Pattern[str]
    not_told: re.Pattern[str]
    unless: re.Pattern[str]
    other_supply: re.Pattern[str]


@functools.cache
def _reader() -> _Reader:
    raw = calendar_data()["started_before"]
    amount = rf"(?:(?:[\w-]+\s+){{1,2}}?(?:{_pattern(raw['units'])})\s+)?"
    return _Reader(
        re.compile(
            rf"(?<![\w'])(?:{_pattern(raw['verbs'])})\s+{amount}before\s+(?:{_pattern(raw['begins'])})(?![\w'])"
        ),
        re.compile(rf"(?<![\w'])(?:{_pattern(raw['not_told'])})(?![\w'])"),
        re.compile(rf"(?<![\w'])(?:{_pattern(raw['unless'])})(?![\w'])"),
        re.compile(rf"(?<![\w'.])(?:{_pattern(raw['other_supply_doses'])})(?![\w'])"),
    )


def _masses(text: str) -> frozenset[float]:
    """The masses ``text`` states, in grams (rounded: "400 micrograms" and "0.4 mg" are one strength)."""
    return frozenset(
        round(g[1], 9) for a in amounts(text) if (g := in_grams_or_ml(a)) is not None and g[0] == "mass"
    )


def _another_supply(sentence: str, reader: _Reader, medicine: Medicine) -> bool:
    """Whether ``sentence`` gives a strength of ``other_supply_doses`` the listed ``medicine`` is not of (its name
    and dose): a supply bought before the one prescribed, not the listed one's start."""
    listed = _masses(f"{medicine.name} {medicine.dose or ''}")
    return any(not _masses(m.group()) <= listed for m in reader.other_supply.finditer(sentence))


def _ingredients(name: str) -> frozenset[str]:
    return frozenset(i for m in mentions(name, fuzzy=False) for i in m.entry.ingredients)


def told_started_before(text: str, medicines: Sequence[Medicine]) -> Iterator[Medicine]:
    """Each listed medicine (of ``medicines``, with a start date) that ``text`` tells as started before this
    pregnancy began, in a clause naming it and no other listed medicine."""
    normalised = normalise(text)
    if "before" not in normalised:  # cheap: no "before", no such telling
        return
    reader = _reader()
    if reader.told.search(normalised) is None:
        return
    found = mentions(text, fuzzy=False)
    listed = [(m, _ingredients(m.name)) for m in medicines if m.started is not None]
    for at, mention in enumerate(found):
        owners = [m for m, ingredients in listed if ingredients & set(mention.entry.ingredients)]
        if len(owners) != 1:
            continue
        cut = _CLAUSE.search(normalised, mention.end)
        clause_end = cut.start() if cut is not None else len(normalised)
        # no other medicine named between the name and the verb: the telling is the nearer one's
        following = found[at + 1].start if at + 1 < len(found) else len(normalised)
        told = reader.told.search(normalised, mention.end, min(clause_end, following))
        if told is None or reader.not_told.search(normalised, mention.end, told.start()) is not None:
            continue
        starts = [m.end() for m in _SENTENCE.finditer(normalised, 0, mention.start)]
        stop = _SENTENCE.search(normalised, clause_end)
        sentence = normalised[starts[-1] if starts else 0 : stop.start() if stop is not None else len(normalised)]
        if reader.unless.search(sentence) is not None or _another_supply(sentence, reader, owners[0]):
            continue
        yield owners[0]


def contradicts(started: dt.date, latest_start: dt.date, margin_days: int) -> bool:
    """Whether a listed start date is too late for a medicine started before conception: after the pregnancy's
    latest start by dates (``latest_start``), the two weeks to conception and ``margin_days`` of uncertainty."""
    return started > shift(latest_start, _OVULATION_DAYS + margin_days)

