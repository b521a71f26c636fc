"""The watch and sleep-check readings' composed phrase lists (medassess/gate/watch_dropped.py, rule MA127) read from
their parts (wording.Composed), against the lists they replace: every product of the parts written out and compiled
as one Phrases pattern (perf53; each such pattern took 20-33 MiB to compile).

Identity, not likeness: the reader holds exactly the shipped products (the phrase sets compared); composed from the
same parts cut to three alternatives a slot (every form and slot kept: the shipped products number up to 70,860,
too many to search one by one in a test), for each list the reader finds a phrase in exactly the words the
products' pattern does, at the same places (the spans the readers cut the clause at: what stands before a phrase
and after it), and leaves the same words outside. Tried on every product, on each product with one slot's words
dropped, swapped for another slot's or moved, and on word sequences drawn from the parts' own words (hypothesis)."""

from __future__ import annotations

import functools
import itertools
import random
import re
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.core.resources import mapping_table
from medassess.gate import watch_dropped
from medassess.gate.text import normalise
from medassess.gate.wording import Composed, Phrases, tokens

# The enumerations the readers replaced (watch_dropped.py before perf53), kept here as the reference (with the
# parts added since: what the watch is for after its noun, `watch_for`; a further check of the sleeping place,
# `further`, fixb47).


def _old_further_needs(raw: dict[str, Any]) -> Iterator[str]:
    kinds = raw.get("watch_kinds", [])
    for further in raw.get("further", ()):
        for negated in raw["negated_need"]:
            for kind in ("", *kinds):
                for watched in raw["needed_watch"]:
                    yield " ".join(w for w in (negated, further, kind, watched) if w)
        for noun in raw["watch_nouns"]:
            for kind in ("", *kinds):
                for purpose in ("", *raw.get("watch_for", ())):
                    named = " ".join(w for w in (kind, noun, purpose) if w)
                    yield from (f"no {further} {named} {needed}" for needed in raw["needed"])


def _old_negated_needs(raw: dict[str, Any]) -> Iterator[str]:
    kinds = raw.get("watch_kinds", [])
    for negated in raw["negated_need"]:
        for between in ("", *raw["need_any"], *kinds):
            for watched in raw["needed_watch"]:
                yield " ".join(w for w in (negated, between, watched) if w)
    for noun in raw["watch_nouns"]:
        for purpose in ("", *raw.get("watch_for", ())):
            yield from (f"{noun} {purpose} {needless}".replace("  ", " ") for needless in raw["needless"])
        for kind in ("", *kinds):
            named = f"{kind} {noun}".strip()
            for purpose in ("", *raw.get("watch_for", ())):
                yield from (f"no {named} {purpose} {needed}".replace("  ", " ") for needed in raw["needed"])
            yield from (f"{without} {named}" for without in raw.get("without", ()))


def _old_dropped_checks(raw: dict[str, Any]) -> list[str]:
    places = raw["places"]
    dropped: list[str] = []
    for place in places:
        for noun in raw["nouns"]:
            for further in ("", *raw.get("further", ())):
                dropped += [f"no {further} {place} {noun} {needed}".replace("  ", " ") for needed in raw["needed"]]
            dropped += [f"{place} {noun} {needless}" for needless in raw["needless"]]
            dropped += [
                f"{further} {place} {noun} {needless}"
                for further in raw.get("further", ())
                for needless in raw["needless"]
            ]
            for owner in raw["owners"]:
                for further in ("", *raw.get("further", ())):
                    dropped += [
                        f"no {further} {noun} of {owner} {place} {needed}".replace("  ", " ")
                        for needed in raw["needed"]
                    ]
                dropped += [f"{noun} of {owner} {place} {needless}" for needless in raw["needless"]]
                dropped += [
                    f"{further} {noun} of {owner} {place} {needless}"
                    for further in raw.get("further", ())
                    for needless in raw["needless"]
                ]
        for negated in raw["negated_need"]:
            dropped += [f"{negated} {verb} {owner} {place}" for verb in raw["need_verbs"] for owner in raw["owners"]]
        dropped += [f"{owner} {place} {needless}" for owner in raw["owners"] for needless in raw["place_needless"]]
    return dropped


LISTS = ("no_watch", "further", "not_watching", "dropped")


def _trimmed(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with each list of words longer than three cut to three alternatives spread over it: every form and
    slot of the lists is still read, at a size whose products' pattern can be searched in a test (the shipped lists'
    products number up to 70,860; searching their whole pattern took over 15 minutes)."""
    return {k: _spread(v) if isinstance(v, list) and len(v) > 3 else v for k, v in raw.items()}


def _spread(words: list[str]) -> list[str]:
    """About three of ``words``: its first, one from its middle and its last."""
    return list(dict.fromkeys([words[0], words[len(words) // 2], words[-1]]))


@functools.cache
def _lists(name: str, trimmed: bool = True) -> tuple[list[str], Composed]:
    """The products as the old code wrote them, and the reader that replaced them, from the shipped parts or (for the
    searches) from their trimmed copies (:func:`_trimmed`)."""
    watch = mapping_table("concerns.toml")["watch_dropped"]
    checks = mapping_table("concerns.toml")["sleep_checks_dropped"]
    if trimmed:
        watch, checks = _trimmed(watch), _trimmed(checks)
    if name == "no_watch":
        return [*watch["no_watch"], *_old_negated_needs(watch)], Composed.of(*watch_dropped._negated_needs(watch))
    if name == "further":
        return list(_old_further_needs(watch)), Composed.of(*watch_dropped._further_needs(watch))
    if name == "not_watching":
        old = [*watch["no_watch"], *_old_negated_needs(watch), *_old_further_needs(watch)]
        return old, Composed.of(*watch_dropped._negated_needs(watch), *watch_dropped._further_needs(watch))
    return _old_dropped_checks(checks), Composed.of(*watch_dropped._dropped_checks(checks))


def _shipped(name: str) -> Composed:
    """The reader the gate reads with."""
    if name == "no_watch":
        return watch_dropped._watch().no_watch
    if name == "further":
        return watch_dropped._watch().further
    if name == "not_watching":
        return watch_dropped._watch().not_watching
    return watch_dropped._sleep_checks().dropped


@functools.cache
def _old(name: str) -> Phrases:
    return Phrases.of(_lists(name)[0])


def _spans_of_pattern(phrases: Phrases, words: Sequence[str]) -> list[tuple[int, int]]:
    """The old readers' matches (``pattern.finditer`` over the words joined), as word indices."""
    joined = " ".join(words)
    starts = {}
    at = 0
    for index, word in enumerate(words):
        starts[at] = index
        at += len(word) + 1
    return [
        (starts[m.start()], starts[m.end() + 1] if m.end() < len(joined) else len(words))
        for m in phrases.pattern.finditer(joined)
    ]


def _agree(name: str, words: Sequence[str]) -> None:
    old, new = _old(name), _lists(name)[1]
    words = tuple(words)
    assert list(new.spans(words)) == _spans_of_pattern(old, words), (name, words)
    assert new.outside(words) == old.outside(words), (name, words)
    assert new.found_in(words) == old.found_in(words), (name, words)


def _filled(phrase: str, ending: str) -> tuple[str, ...]:
    """A phrase's words as a text would hold them, each word ending in ``*`` given ``ending``."""
    return tokens(phrase.replace("*", ending))


@pytest.mark.parametrize("name", LISTS)
def test_the_reader_reads_the_same_phrases_as_the_products(name: str) -> None:
    old, new = _lists(name, trimmed=False)
    assert {_split(p) for p in new.phrases()} == {_split(p) for p in old}
    assert {_split(p) for p in _shipped(name).phrases()} == {_split(p) for p in old}


def _split(phrase: str) -> tuple[tuple[str, str], ...]:
    """A phrase's words as Phrases.of reads them, each with its "*" or none."""
    return tuple(re.findall(r"([^\W_]+)(\*?)", normalise(phrase)))


@pytest.mark.parametrize("name", LISTS)
def test_every_product_is_found_where_the_products_pattern_finds_it(name: str) -> None:
    for number, phrase in enumerate(_lists(name)[0]):
        ending = ("", "ing", "ed")[number % 3]
        words = _filled(phrase, ending)
        _agree(name, words)
        _agree(name, ("the", "baby", *words, "after", "discharge"))
        _agree(name, (*words, *words))


def _slotted(new: Composed) -> Iterator[list[tuple[str, ...]]]:
    """Every product as its slots' words (a slot left out: no words)."""
    for slots in new.forms:
        for chosen in itertools.product(*slots):
            yield [tuple(w for w, _ in part) for part in chosen]


@pytest.mark.parametrize("name", LISTS)
def test_near_misses_of_every_product_are_read_alike(name: str) -> None:
    """Each product with one slot's words dropped, swapped for another alternative of any slot, or moved."""
    new = _lists(name)[1]
    alternatives = sorted({tuple(w for w, _ in part) for slots in new.forms for slot in slots for part in slot})
    rng = random.Random(53)
    for parts in _slotted(new):
        k = rng.randrange(len(parts))
        dropped = parts[:k] + parts[k + 1 :]
        swapped = [*parts[:k], rng.choice(alternatives), *parts[k + 1 :]]
        moved = list(parts)
        j = rng.randrange(len(parts))
        moved[k], moved[j] = moved[j], moved[k]
        for variant in (dropped, swapped, moved):
            _agree(name, [w for part in variant for w in part])


_FILLER = ("the", "baby", "no", "not", "any", "if", "above", "watchful", "scored", "ing", "after", "of", "a")


def _vocabulary(name: str) -> list[str]:
    new = _lists(name)[1]
    words = {w for slots in new.forms for slot in slots for part in slot for w, _ in part}
    stems = {
        w + ending
        for slots in new.forms
        for slot in slots
        for part in slot
        for w, star in part
        if star
        for ending in ("", "ing", "ed")
    }
    return sorted(words | stems | set(_FILLER))


@pytest.mark.parametrize("name", LISTS)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_word_sequences_from_the_parts_are_read_alike(name: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_vocabulary(name)), max_size=14))
    _agree(name, words)


@pytest.mark.parametrize("name", LISTS)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_sequences_of_parts_are_read_alike(name: str, data: st.DataObject) -> None:
    """Alternatives of the parts strung together, in and out of their forms' order, with filler between."""
    new = _lists(name)[1]
    parts = sorted({tuple(w for w, _ in part) for slots in new.forms for slot in slots for part in slot})
    chosen = data.draw(
        st.lists(
            st.one_of(st.sampled_from(parts), st.sampled_from(_FILLER).map(lambda w: (w,))), min_size=1, max_size=7
        )
    )
    _agree(name, [w for part in chosen for w in part])
