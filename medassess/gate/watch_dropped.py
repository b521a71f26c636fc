"""A conclusion that says the baby needs no watching that its own assessment's item plans (rule MA127;
mappings/concerns.toml, [watch_dropped]): the withdrawal plan observes the baby for 72 hours, and the conclusion
says "the baby is not expected to withdraw" with no watch of its own. The midwife reading the conclusion drops the
watch the item sets."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.resources import mapping_table
from ..record.model import Assessment
from ..record.template import value_at
from .text import normalise
from .wording import SENTENCE_END, Phrases, factored, phrases_source, tokens, words_of_normalised


@dataclass(frozen=True, slots=True)
class _Watch:
    items: tuple[str, ...]
    watch: Phrases
    no_watch: Phrases
    unless: Phrases
    not_before: tuple[tuple[str, ...], ...]
    """The words that, right after a no-watch phrase, make it speak of the watch's findings or end (``not_before``)."""
    no_watch_any: re.Pattern[str]
    """``no_watch`` factored (:func:`factored`): a list composed of thousands of phrases, asked of every
    conclusion whether it holds one."""
    further_any: re.Pattern[str]
    """:func:`_further` factored (:func:`factored`), from its pattern's source: the list itself is compiled only
    where this finds one of its phrases."""
    ward_ends: Phrases
    beyond_ward: Phrases
    later_windows: Phrases


@functools.cache
def _watch() -> _Watch:
    raw = mapping_table("concerns.toml")["watch_dropped"]
    no_watch = [*raw["no_watch"], *_negated_needs(raw)]
    no_watched = Phrases.of(no_watch)
    return _Watch(
        tuple(raw["items"]),
        Phrases.of(raw["watch"]),
        no_watched,
        Phrases.of(raw["unless"]),
        tuple(tokens(w) for w in raw.get("not_before", ())),
        factored(no_watched),
        factored(phrases_source(_further_needs(raw))[0]),
        Phrases.of(raw.get("ward_ends", ())),
        Phrases.of(raw.get("beyond_ward", ())),
        Phrases.of(raw.get("later_windows", ())),
    )


# The two lists below (and _checks_dropped_phrases) are compiled on first use, not with _watch(): each is a pattern
# of 200,000-370,000 characters that takes 20-33 MiB to compile (it keeps 2-3), and only a conclusion negating a
# further watch (found by _Watch.further_any) reads them. Compiled with the rest they raised validate's peak RSS
# from 88 to 117 MiB (perf52).


@functools.cache
def _further() -> Phrases:
    """A further watch negated ("does not need any further observation", "no further scoring needed"): a watch
    done before it, so read only where its clause ends it at the ward (``ward_ends``)."""
    return Phrases.of(_further_needs(mapping_table("concerns.toml")["watch_dropped"]))


@functools.cache
def _not_watching() -> Phrases:
    """The no-watch phrases and :func:`_further`'s together: the words of neither are a watch the conclusion keeps."""
    raw = mapping_table("concerns.toml")["watch_dropped"]
    return Phrases.of([*raw["no_watch"], *_negated_needs(raw), *_further_needs(raw)])


def _further_needs(raw: dict[str, list[str]]) -> Iterator[str]:
    """The need of a further watch negated ("does not need any further withdrawal observation", "no further
    scoring is needed"), composed as :func:`_negated_needs` composes the plain ones, with one of ``further``."""
    kinds = raw.get("watch_kinds", [])
    for further in raw.get("further", ()):
        for negated in raw["negated_need"]:
            for kind in ("", *kinds):
                for watched in raw["needed_watch"]:
                    yield " ".join(w for w in (negated, further, kind, watched) if w)
        for noun in raw["watch_nouns"]:
            for kind in ("", *kinds):
                named = f"{kind} {noun}".strip()
                yield from (f"no {further} {named} {needed}" for needed in raw["needed"])


def _negated_needs(raw: dict[str, list[str]]) -> Iterator[str]:
    """The need of a watch negated, composed from its parts: "does not need any observation", "need not be
    watched", "observation is not required", "no monitoring required", "no withdrawal scoring is needed", "does
    not need NAS scoring"; and the watch dropped by "with no" or "without" ("home with no scoring")."""
    kinds = raw.get("watch_kinds", [])
    for negated in raw["negated_need"]:
        for between in ("", *raw["need_any"], *kinds):
            for watched in raw["needed_watch"]:
                yield " ".join(w for w in (negated, between, watched) if w)
    for noun in raw["watch_nouns"]:
        yield from (f"{noun} {needless}" for needless in raw["needless"])
        for kind in ("", *kinds):
            named = f"{kind} {noun}".strip()
            yield from (f"no {named} {needed}" for needed in raw["needed"])
            yield from (f"{without} {named}" for without in raw.get("without", ()))


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
    joined = " ".join(words)
    plain = found.no_watch_any.search(joined) is not None
    # cheap: the factored lists, not the phrases one by one; a further watch is read only where no plain drop is
    at_the_ward = not plain and "further" in words and found.further_any.search(joined) is not None
    if not (plain or at_the_ward):
        return
    sentences = SENTENCE_END.split(normalise(conclusion))
    if plain and (
        found.watch.found_in(found.no_watch.outside(words)) or not any(_drops(s, found) for s in sentences)
    ):
        return  # the conclusion watches the baby itself, or drops no watch
    if at_the_ward and (
        found.watch.found_in(_not_watching().outside(words))
        or found.later_windows.found_in(words)
        or not any(_ends_at_the_ward(s, found) for s in sentences)
    ):
        return  # the conclusion watches the baby itself, hands on a later window, or ends no further watch at the ward
    for item in found.items:
        text = value_at(assessment, item)
        if not isinstance(text, str) or not found.watch.found_in(found.no_watch.outside(item_words := tokens(text))):
            continue
        if plain or found.beyond_ward.found_in(item_words):
            yield item


def _ends_at_the_ward(sentence: str, found: _Watch) -> bool:
    """Whether a clause of ``sentence`` (cut at commas) negates a further watch, unconditioned, with one of
    ``ward_ends`` after it ("does not need any further observation once off the ward")."""
    for part in sentence.split(","):
        joined = " ".join(words_of_normalised(part))
        for match in _further().pattern.finditer(joined):
            if found.unless.found_in(joined[: match.start()].split()):
                continue
            if found.ward_ends.found_in(joined[match.end() :].split()):
                return True
    return False


def _drops(sentence: str, found: _Watch) -> bool:
    """Whether a clause of ``sentence`` (cut at commas) says the baby needs no watching, unconditioned, and not of
    the watch's findings or end ("with no scoring above 4": ``not_before``)."""
    for part in sentence.split(","):
        joined = " ".join(words_of_normalised(part))
        for match in found.no_watch.pattern.finditer(joined):
            if found.unless.found_in(joined[: match.start()].split()):
                continue
            after = joined[match.end() :].split()
            if any(tuple(after[: len(words)]) == words for words in found.not_before):
                continue
            return True
    return False


@dataclass(frozen=True, slots=True)
class _SleepChecks:
    items: tuple[str, ...]
    planned: Phrases
    dropped_any: re.Pattern[str]
    """:func:`_checks_dropped_phrases` factored (:func:`factored`), from its pattern's source: the list itself is
    compiled only where this finds one of its phrases (as _further's, above)."""
    checks: Phrases
    unless: Phrases
    not_before: tuple[tuple[str, ...], ...]


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
        factored(phrases_source(_dropped_checks(raw))[0]),
        Phrases.of(raw["checks"]),
        Phrases.of(raw["unless"]),
        tuple(tokens(w) for w in raw.get("not_before", ())),
    )


def _dropped_checks(raw: dict[str, list[str]]) -> list[str]:
    """The checks of the baby's sleeping place said to be needless ("no crib checks are needed")."""
    places = raw["places"]
    dropped: list[str] = []
    for place in places:
        for noun in raw["nouns"]:
            dropped += [f"no {place} {noun} {needed}" for needed in raw["needed"]]
            dropped += [f"{place} {noun} {needless}" for needless in raw["needless"]]
            for owner in raw["owners"]:
                # the noun before the place ("no checks of the crib are needed")
                dropped += [f"no {noun} of {owner} {place} {needed}" for needed in raw["needed"]]
                dropped += [f"{noun} of {owner} {place} {needless}" for needless in raw["needless"]]
        for negated in raw["negated_need"]:
            dropped += [f"{negated} {verb} {owner} {place}" for verb in raw["need_verbs"] for owner in raw["owners"]]
        dropped += [f"{owner} {place} {needless}" for owner in raw["owners"] for needless in raw["place_needless"]]
    return dropped


@functools.cache
def _checks_dropped_phrases() -> Phrases:
    """:func:`_dropped_checks` as phrases, compiled on first use (a pattern of about 245,000 characters that takes
    about 22 MiB to compile), where :attr:`_SleepChecks.dropped_any` has found one."""
    return Phrases.of(_dropped_checks(mapping_table("concerns.toml")["sleep_checks_dropped"]))


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
    if found.dropped_any.search(" ".join(words)) is None:
        return
    if found.checks.found_in(_checks_dropped_phrases().outside(words)):
        return  # the conclusion checks the sleeping place itself
    if not any(_checks_dropped(sentence, found) for sentence in SENTENCE_END.split(normalise(conclusion))):
        return
    for item in found.items:
        text = value_at(assessment, item)
        if isinstance(text, str) and found.planned.found_in(tokens(text)):
            yield item


def _checks_dropped(sentence: str, found: _SleepChecks) -> bool:
    """Whether a clause of ``sentence`` (cut at commas) says no checks of the sleeping place are needed,
    unconditioned, and not of their findings or end (``not_before``)."""
    for part in sentence.split(","):
        joined = " ".join(words_of_normalised(part))
        for match in _checks_dropped_phrases().pattern.finditer(joined):
            if found.unless.found_in(joined[: match.start()].split()):
                continue
            after = joined[match.end() :].split()
            if any(tuple(after[: len(words)]) == words for words in found.not_before):
                continue
            return True
    return False
