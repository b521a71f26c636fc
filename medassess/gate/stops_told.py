"""A conclusion that tells a stop as done of a medicine the record's medicine list gives as current (rule MA127;
mappings/concerns.toml, [told_stopped]): "sertraline was stopped at booking, so ..." beside a list with sertraline
and no stop date; or that puts off to a later time the start of a medicine the list gives as started already
([told_unstarted]: "folic acid will be started at 16 weeks" beside a list with it started on the assessment's day).
The list and the conclusion cannot both be true, and what the conclusion lets go on that premise rests on the one
the list contradicts."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.resources import mapping_table
from ..record.model import Medicine, Record
from .classes import classify
from .concerns import _own_named_as
from .text import normalise
from .wording import SENTENCE_END, Phrases, words_of_normalised

_THE_MEDICINE = "the medicine"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year in a stop's sentence: a course dated apart from the current one ("stopped in 2023"), where it is before
the year the list gives the medicine as started (or the list gives no start)."""


@dataclass(frozen=True, slots=True)
class _Told:
    words: frozenset[str]
    """A cheap test: a conclusion holding none of these words tells no stop."""
    stopped: Phrases
    both_stopped: Phrases
    not_before: Phrases
    others: dict[str, Phrases]
    """For a medicine taken by the mother or the partner: who else, named before a stop in its clause, stops it."""
    another_course: Phrases
    today: Phrases
    restarted: Phrases


@functools.cache
def _told() -> _Told:
    raw = mapping_table("concerns.toml")["told_stopped"]
    return _Told(
        frozenset(raw["words"]),
        Phrases.of(raw["stopped"]),
        Phrases.of(raw["both_stopped"]),
        Phrases.of(raw["not_before"]),
        {"mother": Phrases.of(raw["partner_words"]), "partner": Phrases.of(raw["mother_words"])},
        Phrases.of(raw["another_course"]),
        Phrases.of(raw["today"]),
        Phrases.of(raw["restarted"]),
    )


def _listed_current(medicine: Medicine) -> bool:
    """Whether the list gives ``medicine`` as current: no stop date, and no status of stopped or completed."""
    return medicine.stopped is None and medicine.status not in ("stopped", "completed")


def stopped_while_listed(record: Record, text: str) -> Iterator[int]:
    """The index in the record's medicine list of each medicine ``text`` tells a stop of as done while the list
    gives it as current (each once, in list order)."""
    told = _told()
    normalised = normalise(text)
    if told.words.isdisjoint(words_of_normalised(normalised)):
        return
    ingredients = [frozenset(classify(m).ingredients) for m in record.medicines]
    for index, medicine in enumerate(record.medicines):
        own = ingredients[index]
        if not own or not _listed_current(medicine):
            continue
        # Another entry of the same medicine stopped or completed: the text may speak of that course; and a
        # combination holding this medicine ("co-codamol" for paracetamol) would be read as this one.
        if any(
            (own & other and not _listed_current(record.medicines[i])) or own < other
            for i, other in enumerate(ingredients)
            if i != index
        ):
            continue
        read = _own_named_as(normalised, own, _THE_MEDICINE)
        if _THE_MEDICINE not in read or told.restarted.found_in(words_of_normalised(read)):
            continue
        unless = (told.not_before, told.others.get(medicine.taken_by, told.not_before))
        started = medicine.started.year if medicine.started else None
        if any(_tells_a_stop(sentence, told, unless, started) for sentence in SENTENCE_END.split(read)):
            yield index


def _dated_apart(sentence: str, started: int | None) -> bool:
    """Whether a year in ``sentence`` dates another course than the listed one: a year before the one the list
    gives the medicine as started, or any year where the list gives no start. "Stopped on 10 June 2026" of a
    medicine listed as started in 2025 dates a stop of the listed course, which the list still gives as current."""
    return any(started is None or int(y.group()) < started for y in _YEAR.finditer(sentence))


def _tells_a_stop(sentence: str, told: _Told, unless: tuple[Phrases, ...], started: int | None = None) -> bool:
    """Whether a sentence (the medicine read as "the medicine") tells its stop as done, in a clause (cut at commas)
    with nothing before the stop that negates, conditions or dates it apart (a year before the listed start), and
    no other course nor a stop of today in the sentence."""
    words = words_of_normalised(sentence)
    if not (told.stopped.found_in(words) or told.both_stopped.found_in(words)):
        return False
    if told.another_course.found_in(words) or told.today.found_in(words) or _dated_apart(sentence, started):
        return False
    for part in sentence.split(","):
        joined = " ".join(words_of_normalised(part))
        for found in told.stopped.pattern.finditer(joined):
            if not any(p.found_in(joined[: found.start()].split()) for p in unless):
                return True
        for found in told.both_stopped.pattern.finditer(joined):
            before = joined[: found.start()]
            if f" {_THE_MEDICINE} " in f" {before} " and not any(p.found_in(before.split()) for p in unless):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _Unstarted:
    words: frozenset[str]
    """A cheap test: a conclusion holding none of these words puts off no start."""
    starts: Phrases
    later: Phrases
    pieces: tuple[str, ...]
    """The longest piece of each of ``starts`` outside "the medicine" ("will be started"): a text holding none puts
    off no start (a cheap literal test before the names are read)."""


_LATER_GESTATION = re.compile(
    r"\b(?:at|from|after|by|until)\s+(?:the\s+)?\d{1,2}(?:\s+[0-6])?\s+(?:weeks?|40)\b"
)
"""A later time as a gestation after a preposition, in the sentence's words joined by spaces ("at 16 weeks", "from
20/40", "at the 16-week scan" read as "at the 16 week scan")."""


@functools.cache
def _unstarted() -> _Unstarted | None:
    raw = mapping_table("concerns.toml").get("told_unstarted")
    if not raw:
        return None
    pieces = {
        max((p.strip() for p in normalise(phrase).split(_THE_MEDICINE)), key=len) for phrase in raw["starts"]
    }
    return _Unstarted(
        frozenset(raw["words"]), Phrases.of(raw["starts"]), Phrases.of(raw["later"]), tuple(sorted(pieces))
    )


_LATER_HINT = re.compile(r"\d\s*(?:[- ]?weeks?\b|/\s*40)|\bnot (?:before|until)\b|\bno sooner\b")
"""A later time a start may be put off to, in normalised text (a cheap test before the names are read)."""


def started_later_than_listed(record: Record, text: str, written_on: dt.date | None) -> Iterator[int]:
    """The index in the record's medicine list of each medicine ``text`` says will be started at a later time ("...
    will be started at 16 weeks, and not before") while the list gives it as current and started on or before
    ``written_on`` (``[told_unstarted]``; each once, in list order)."""
    found = _unstarted()
    normalised = normalise(text)
    if found is None or written_on is None or found.words.isdisjoint(words_of_normalised(normalised)):
        return
    if not any(p in normalised for p in found.pieces) or _LATER_HINT.search(normalised) is None:
        return  # cheap: no start put off, or no later time to put it off to
    told = _told()
    for index, medicine in enumerate(record.medicines):
        own = frozenset(classify(medicine).ingredients)
        if not own or not _listed_current(medicine) or medicine.started is None or medicine.started > written_on:
            continue
        read = _own_named_as(normalised, own, _THE_MEDICINE)
        if _THE_MEDICINE not in read or told.restarted.found_in(words_of_normalised(read)):
            continue
        for sentence in SENTENCE_END.split(read):
            words = words_of_normalised(sentence)
            if not found.starts.found_in(words) or told.today.found_in(words) or told.another_course.found_in(words):
                continue
            joined = " ".join(words)
            start = found.starts.pattern.search(joined)
            if start is None or told.not_before.found_in(joined[: start.start()].split()):
                continue
            after = joined[start.start() :]
            if found.later.found_in(after.split()) or _LATER_GESTATION.search(after) is not None:
                yield index
                break
