"""A conclusion that says the baby needs no watching that its own assessment's item plans (rule MA127;
mappings/concerns.toml, [watch_dropped]): the withdrawal plan observes the baby for 72 hours, and the conclusion
says "the baby is not expected to withdraw" with no watch of its own. The midwife reading the conclusion drops the
watch the item sets."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..core.resources import mapping_table
from ..record.model import Assessment
from ..record.template import value_at
from .text import normalise
from .wording import SENTENCE_END, Composed, Phrases, tokens, words_of_normalised


@dataclass(frozen=True, slots=True)
class _Watch:
    items: tuple[str, ...]
    watch: Phrases
    no_watch: Composed
    """``no_watch`` and the needs negated (:func:`_negated_needs`): a list composed of thousands of phrases, read
    from its parts."""
    unless: Phrases
    not_before: tuple[tuple[str, ...], ...]
    """The words that, right after a no-watch phrase, make it speak of the watch's findings or end (``not_before``)."""
    further: Composed
    """A further watch negated (:func:`_further_needs`)."""
    not_watching: Composed
    """The no-watch phrases and ``further``'s together: the words of neither are a watch the conclusion keeps."""
    ward_ends: Composed
    """The ward's end: a listed one ("once off the ward") or its leaver's ("once the baby leaves the ward")."""
    beyond_ward: Phrases
    later_windows: Phrases
    needs_none: Composed
    """The watch's need denied by "needs no" and its noun ("needs no withdrawal watch"): read as ``no_watch`` is."""
    ending: Composed
    """The watch told to end ("the withdrawal watch ends"): a drop only where a ward end is in its clause."""
    ward_limits: tuple[tuple[str, ...], ...]
    """The words that, right after a drop, limit it to what the ward does ("beyond what the ward does")."""
    ward_places: Phrases
    """The ward named: a watch in a clause naming it is the one a drop at the ward ends."""
    ward_until: Composed
    """A watch's end at the ward's end ("until discharge", "till they go home"): the clause holding one watches on
    the ward, and a drop opening the clause after it ends the watch there."""


@functools.cache
def _watch() -> _Watch:
    raw = mapping_table("concerns.toml")["watch_dropped"]
    return _Watch(
        tuple(raw["items"]),
        Phrases.of(raw["watch"]),
        Composed.of(*_negated_needs(raw)),
        Phrases.of(raw["unless"]),
        tuple(tokens(w) for w in raw.get("not_before", ())),
        Composed.of(*_further_needs(raw)),
        Composed.of(*_negated_needs(raw), *_further_needs(raw)),
        Composed.of(
            (raw.get("ward_ends", ()),),
            (raw.get("ward_end_times", ()), raw.get("ward_leavers", ()), raw.get("ward_leaving", ())),
        ),
        Phrases.of(raw.get("beyond_ward", ())),
        Phrases.of(raw.get("later_windows", ())),
        Composed.of(*_needs_none(raw)),
        Composed.of(*_endings(raw)),
        tuple(tokens(w) for w in raw.get("ward_limits", ())),
        Phrases.of(raw.get("ward_places", ())),
        Composed.of(
            (raw.get("ward_until", ()), raw.get("ward_until_ends", ())),
            (raw.get("ward_until", ()), raw.get("ward_leavers", ()), raw.get("ward_leaving", ())),
        ),
    )


def _needs_none(raw: dict[str, list[str]]) -> tuple[_Form, ...]:
    """The need of a watch denied by "needs no" before its noun, a kind between ("needs no withdrawal watch",
    "need no NAS scoring"), what it is for after it: the forms of :meth:`Composed.of`."""
    kinds = ["", *raw.get("watch_kinds", [])]
    return ((raw.get("needs_none", ()), kinds, raw["watch_nouns"], ["", *raw.get("watch_for", ())]),)


def _endings(raw: dict[str, list[str]]) -> tuple[_Form, ...]:
    """The watch told to end ("the withdrawal watch ends", "NAS scoring stops", "obs can stop"): its noun, after a
    determiner or a kind or neither, what it is for, then one of ``watch_ending``: the forms of
    :meth:`Composed.of`."""
    kinds, nouns, ending = raw.get("watch_kinds", []), raw["watch_nouns"], raw.get("watch_ending", ())
    watched_for = ["", *raw.get("watch_for", ())]
    return (
        (raw.get("watch_determiners", ()), ["", *kinds], nouns, watched_for, ending),
        (kinds, nouns, watched_for, ending),
        (nouns, watched_for, ending),
    )


# The composed lists below (and _dropped_checks) are read from their parts (wording.Composed), never written out: as
# Phrases of their products, each was a pattern of 150,000-370,000 characters that took 20-33 MiB to compile (it
# kept 2-3): validate's peak RSS over 1,000 records meeting them was 169.1 MiB, 100.5 read from the parts (perf53).

_Form = Sequence[Sequence[str]]


def _further_needs(raw: dict[str, list[str]]) -> tuple[_Form, ...]:
    """The need of a further watch negated ("does not need any further withdrawal observation", "no further
    scoring is needed"), composed as :func:`_negated_needs` composes the plain ones, with one of ``further``: the
    forms of :meth:`Composed.of`."""
    kinds = ["", *raw.get("watch_kinds", [])]
    further = raw.get("further", ())
    watched_for = ["", *raw.get("watch_for", ())]
    return (
        (raw["negated_need"], further, kinds, raw["needed_watch"]),
        (["no"], further, kinds, raw["watch_nouns"], watched_for, raw["needed"]),
    )


def _negated_needs(raw: dict[str, list[str]]) -> tuple[_Form, ...]:
    """The no-watch phrases (``no_watch``) and the need of a watch negated, composed from its parts: "does not
    need any observation", "need not be watched", "observation is not required", "no monitoring required", "no
    withdrawal scoring is needed", "does not need NAS scoring"; and the watch dropped by "with no" or "without"
    ("home with no scoring"), what the watch is for named after its noun ("no watch for withdrawal is needed"): the
    forms of :meth:`Composed.of`."""
    kinds = raw.get("watch_kinds", [])
    watched_for = ["", *raw.get("watch_for", ())]
    return (
        (raw["no_watch"],),
        (raw["negated_need"], ["", *raw["need_any"], *kinds], raw["needed_watch"]),
        (raw["watch_nouns"], watched_for, raw["needless"]),
        (["no"], ["", *kinds], raw["watch_nouns"], watched_for, raw["needed"]),
        (raw.get("without", ()), ["", *kinds], raw["watch_nouns"]),
    )


def watch_dropped(assessment: Assessment, conclusion: str | None = None) -> Iterator[str]:
    """Each item of ``assessment`` (its path under the assessment) that plans to watch the baby where the
    conclusion (or ``conclusion``, the overall conclusion read against it) says the baby needs no watching and
    watches nothing itself."""
    found = _watch()
    if conclusion is None:
        conclusion = assessment.conclusion
    if not isinstance(conclusion, str):
        return
    words = tokens(conclusion)
    plain = found.no_watch.found_in(words)
    # a further watch is read only where no plain drop is
    further = not plain and "further" in words and found.further.found_in(words)
    denied, ended = found.needs_none.found_in(words), found.ending.found_in(words)
    if not (plain or further or denied or ended):
        return
    sentences = SENTENCE_END.split(normalise(conclusion))
    whole = at_the_ward = False
    if plain or denied:
        ends = {end for s in sentences for end in _drops(s, found)}
        if not found.watch.found_in(_outside_drops(words, found)):
            whole = "whole" in ends
        at_the_ward = "ward" in ends
    elif further:
        at_the_ward = any(_ends_at_the_ward(s, found) for s in sentences)
    if ended and not at_the_ward:
        at_the_ward = any(_ends_at_the_ward(s, found, found.ending) for s in sentences)
    if at_the_ward and (found.later_windows.found_in(words) or _watched_off_the_ward(sentences, found)):
        at_the_ward = False  # a later window handed on, or a watch of its own off the ward
    if not (whole or at_the_ward):
        return  # the conclusion watches the baby itself, or drops no watch, or ends none at the ward
    for item in found.items:
        text = value_at(assessment, item)
        if not isinstance(text, str) or not found.watch.found_in(found.no_watch.outside(item_words := tokens(text))):
            continue
        if whole or found.beyond_ward.found_in(item_words):
            yield item


def _clauses(sentence: str, unless: Phrases) -> Iterator[tuple[tuple[str, ...], bool]]:
    """The words of each clause of ``sentence`` (cut at commas), each with whether a condition opening the sentence
    governs it: the clause right after an opening one whose first word is one of ``unless`` ("If the cot stays by
    the bed, no cot checks are needed")."""
    parts = [words_of_normalised(part) for part in sentence.split(",")]
    opening = len(parts) > 1 and unless.found_in(parts[0][:1])
    for index, words in enumerate(parts):
        yield words, opening and index == 1


def _outside_drops(words: Sequence[str], found: _Watch) -> list[str]:
    """The words of ``words`` outside every drop of the watch (plain, further, "needs no", ended)."""
    for drops in (found.not_watching, found.needs_none, found.ending):
        words = drops.outside(words)
    return list(words)


def _watched_off_the_ward(sentences: Sequence[str], found: _Watch) -> bool:
    """Whether a clause (cut at commas) watches the baby outside every drop and names no ward (``ward_places``):
    a watch of the conclusion's own past the ward ("the HV watches him at home"). A watch on the ward ("ward
    midwives score 4-hourly") is the one a drop at the ward ends."""
    for sentence in sentences:
        for part in sentence.split(","):
            words = words_of_normalised(part)
            if found.watch.found_in(_outside_drops(words, found)) and not (
                found.ward_places.found_in(words) or found.ward_until.found_in(words)
            ):
                return True
    return False


def _stated_end(words: Sequence[str]) -> bool:
    """Whether ``words`` (after a drop) give a day or a number: the watch's planned end ("... after day 10")."""
    return any(w == "day" or w == "days" or w[:1].isdigit() for w in words)


_Clause = tuple[tuple[str, ...], bool, tuple[str, ...], tuple[str, ...]]


def _clauses_with_opening(sentence: str, unless: Phrases) -> Iterator[_Clause]:
    """:func:`_clauses`, each clause with the words of the part opening the sentence before it (the clause right
    after it) or none ("When they are discharged, no further watch is needed"), and the words of the clause right
    before it or none ("Scored until discharge, no further watch is needed")."""
    opening: tuple[str, ...] = ()
    previous: tuple[str, ...] = ()
    for index, (words, opened) in enumerate(_clauses(sentence, unless)):
        yield words, opened, opening if index == 1 else (), previous
        if index == 0:
            opening = words
        previous = words


def _ward_end_before(
    words: Sequence[str], start: int, opening: Sequence[str], previous: Sequence[str], found: _Watch
) -> bool:
    """Whether a ward end stands before a drop at ``start`` in its clause ("once the baby leaves the ward the watch
    ends"), or opens the part before it ("When they are discharged, ..."), or the clause right before a drop opening
    its own clause watches until the ward's end ("Scored until discharge, no further watch is needed"): the drop
    ends the watch at the ward. A drop after a next step in its own clause ("..., then the health visitor sees him
    at day 6 (no further watch)") is that step's, not the ward's."""
    if found.ward_ends.found_in(words[:start]):
        return True
    if opening and next(found.ward_ends.spans(opening), (1, 0))[0] == 0:
        return True
    return start == 0 and found.ward_until.found_in(previous)


def _ends_at_the_ward(sentence: str, found: _Watch, drops: Composed | None = None) -> bool:
    """Whether a clause of ``sentence`` (cut at commas) negates a further watch (or one of ``drops``),
    unconditioned, with one of ``ward_ends`` after it ("does not need any further observation once off the ward")
    or before it with no stated end after ("once the baby leaves the ward the withdrawal watch ends")."""
    for words, opened, opening, previous in _clauses_with_opening(sentence, found.unless):
        for start, end in (found.further if drops is None else drops).spans(words):
            if opened or found.unless.found_in(words[:start]):
                continue
            if found.ward_ends.found_in(words[end:]):
                return True
            if _ward_end_before(words, start, opening, previous, found) and not _stated_end(words[end:]):
                return True
    return False


def _drops(sentence: str, found: _Watch) -> Iterator[str]:
    """For each clause of ``sentence`` (cut at commas) that says the baby needs no watching, unconditioned, and not
    of the watch's findings or end ("with no scoring above 4": ``not_before``): "ward" where one of ``ward_ends``
    follows it ("no watch is needed once home": the watch ended at the ward) or precedes it with no stated end after
    ("when they are discharged no watch is needed"), or where one of ``ward_limits`` follows it before the ward
    ("no watch is needed beyond what the ward does"), else "whole"."""
    for words, opened, opening, previous in _clauses_with_opening(sentence, found.unless):
        for start, end in _spans(words, found):
            if opened or found.unless.found_in(words[:start]):
                continue
            if any(words[end : end + len(after)] == after for after in found.ward_limits):
                if found.ward_places.found_in(words[end:]):
                    yield "ward"  # the ward's own watch kept, nothing past it
                continue
            if any(words[end : end + len(after)] == after for after in found.not_before):
                continue
            after_the_ward = found.ward_ends.found_in(words[end:])
            before_the_ward = _ward_end_before(words, start, opening, previous, found) and not _stated_end(words[end:])
            yield "ward" if after_the_ward or before_the_ward else "whole"


def _spans(words: Sequence[str], found: _Watch) -> list[tuple[int, int]]:
    """The plain drops and those by "needs no" in ``words``, in order."""
    return sorted({*found.no_watch.spans(words), *found.needs_none.spans(words)})


@dataclass(frozen=True, slots=True)
class _SleepChecks:
    items: tuple[str, ...]
    planned: Phrases
    dropped: Composed
    """The checks said to be needless (:func:`_dropped_checks`), read from their parts."""
    checks: Phrases
    unless: Phrases
    not_before: tuple[tuple[str, ...], ...]
    further: frozenset[str]
    """The words of ``further``: a dropped check holding one is a further one ("no further crib checks")."""
    further_done: Phrases
    """The planned checks told done to their end ("at every visit to 8 weeks, as planned"): no further check is
    dropped."""


@functools.cache
def _sleep_checks() -> _SleepChecks:
    raw = mapping_table("concerns.toml")["sleep_checks_dropped"]
    places, verbs = raw["places"], raw["verbs"]
    owned = [f"{owner} {place}" for owner in raw["owners"] for place in places]
    planned = [f"{verb} {place}" for verb in verbs for place in owned]
    planned += [f"{place} {noun}" for place in places for noun in raw["nouns"]]
    return _SleepChecks(
        tuple(raw["items"]),
        Phrases.of(planned),
        Composed.of(*_dropped_checks(raw)),
        Phrases.of(raw["checks"]),
        Phrases.of(raw["unless"]),
        tuple(tokens(w) for w in raw.get("not_before", ())),
        frozenset(w for phrase in raw.get("further", ()) for w in tokens(phrase) if w != "any"),
        Phrases.of(raw.get("further_done", ())),
    )


def _dropped_checks(raw: dict[str, list[str]]) -> tuple[_Form, ...]:
    """The checks of the baby's sleeping place said to be needless ("no crib checks are needed", "no checks of the
    crib are needed", "no need to check the crib", "the cot does not need checking"), further ones too ("no further
    checks of the crib are needed", "more cot checks are not required"): the forms of :meth:`Composed.of`."""
    places, nouns, owners = raw["places"], raw["nouns"], raw["owners"]
    further = raw.get("further", ())
    return (
        (["no"], ["", *further], places, nouns, raw["needed"]),
        (places, nouns, raw["needless"]),
        (further, places, nouns, raw["needless"]),
        # the noun before the place ("no checks of the crib are needed")
        (["no"], ["", *further], nouns, ["of"], owners, places, raw["needed"]),
        (nouns, ["of"], owners, places, raw["needless"]),
        (further, nouns, ["of"], owners, places, raw["needless"]),
        (raw["negated_need"], raw["need_verbs"], owners, places),
        (owners, places, raw["place_needless"]),
    )


def sleep_checks_dropped(assessment: Assessment, overall: str | None = None) -> Iterator[str]:
    """Each item of ``assessment`` that plans checks of the baby's sleeping place ("health visitor to check the
    sleeping arrangements at each visit") where the conclusion says none are needed ("no crib checks are needed")
    and checks nothing itself ([sleep_checks_dropped] of mappings/concerns.toml). With ``overall``, that text (the
    record's overall conclusion) is read in place of the assessment's own conclusion."""
    conclusion = assessment.conclusion if overall is None else overall
    if not isinstance(conclusion, str):
        return
    words = tokens(conclusion)
    if not ("crib" in words or "cot" in words or "basket" in words or "sleeping" in words or "sleep" in words):
        return  # cheap: no sleeping place named
    found = _sleep_checks()
    if not found.dropped.found_in(words):
        return
    if found.checks.found_in(found.dropped.outside(words)):
        return  # the conclusion checks the sleeping place itself
    done = found.further_done.found_in(words)
    if not any(_checks_dropped(sentence, found, done) for sentence in SENTENCE_END.split(normalise(conclusion))):
        return
    for item in found.items:
        text = value_at(assessment, item)
        if isinstance(text, str) and found.planned.found_in(tokens(text)):
            yield item


def _checks_dropped(sentence: str, found: _SleepChecks, done: bool) -> bool:
    """Whether a clause of ``sentence`` (cut at commas) says no checks of the sleeping place are needed,
    unconditioned, and not of their findings or end (``not_before``); a further check not where the conclusion tells
    the planned checks ``done`` to their end."""
    for words, opened in _clauses(sentence, found.unless):
        for start, end in found.dropped.spans(words):
            if opened or found.unless.found_in(words[:start]):
                continue
            if done and not found.further.isdisjoint(words[start:end]):
                continue
            if any(words[end : end + len(after)] == after for after in found.not_before):
                continue
            return True
    return False
