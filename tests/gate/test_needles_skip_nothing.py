"""The gate's cheap pre-checks skip nothing the full reading would act on (perf57, issue 14).

perf57 cut three per-word costs without changing a reading: :meth:`medassess.gate.wording.Composed.spans` turns a
text away when none of its words opens a form (a first word of the list, or one starting with a stem) and passes
over such words without a lookup per stem; ``night_care.longest_at`` (which household_nights reads by) tries only
the phrases opening on the word at hand (``night_care._by_first``); ``advice.phrase_at`` likewise, keeping the
phrases opening on "#year" and any empty one in their place. Each is checked here against the reading it replaced,
kept below as the reference, on word sequences drawn from the reading's own words (its shipped lists), written in
disguise and read as the gate reads them (normalised, then split into words), so a disguised text is judged as the
plain one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate import advice, household_nights, night_care, watch_dropped
from medassess.gate.wording import Composed, tokens

from .disguise import disguised


def _reference_spans(composed: Composed, words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """``Composed.spans`` as it was before perf57: every stem tried at every word, every word tried."""
    by_first, by_stem = composed.by_first, composed.by_stem
    if not by_stem and by_first.keys().isdisjoint(words):
        return
    index, count = 0, len(words)
    while index < count:
        word = words[index]
        opening = by_first.get(word, ())
        for stem, forms in by_stem:
            if word.startswith(stem):
                opening = (*opening, *forms)
        end = max((composed._longest(words, index, composed.slots[f]) for f in opening), default=0)
        if end > index:
            yield index, end
            index = end
        else:
            index += 1


def _composed_lists() -> list[Composed]:
    found = [
        value
        for holder in (watch_dropped._watch(), watch_dropped._sleep_checks())
        for value in (getattr(holder, f.name) for f in dataclasses.fields(holder))
        if isinstance(value, Composed)
    ]
    assert len(found) >= 6  # the watch's five and the sleep checks' one, at least
    return found


def _own_words(composed: Composed) -> list[str]:
    """The words of ``composed``'s own parts (a stem written out with an ending), and a few that open nothing."""
    said = {
        w + ("ing" if star else "")
        for slots in composed.forms
        for slot in slots
        for part in slot
        for w, star in part
    }
    return sorted(said | {"baby", "the", "and", "midwife", "tomorrow"})


_COMPOSED = _composed_lists()
_WORDS = sorted({w for composed in _COMPOSED for w in _own_words(composed)})


def test_every_composed_list_knows_its_stems() -> None:
    for composed in _COMPOSED:
        assert composed.stems == tuple(stem for stem, _ in composed.by_stem)


def test_each_product_is_found_where_it_was() -> None:
    for composed in _COMPOSED:
        for n, phrase in enumerate(composed.phrases()):
            if n % 97:  # thousands of products a list: every 97th
                continue
            words = tokens(f"on the ward {phrase.replace('*', 'ing')} until day 5")
            assert list(composed.spans(words)) == list(_reference_spans(composed, words)) != []


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_composed_spans_as_before_on_their_own_words_in_disguise(data: st.DataObject) -> None:
    plain = " ".join(data.draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14)))
    words = tokens(data.draw(disguised(plain)))
    assert words == tokens(plain)  # read as the plain text
    for composed in _COMPOSED:
        assert list(composed.spans(words)) == list(_reference_spans(composed, words))
        assert composed.found_in(words) == (next(_reference_spans(composed, words), None) is not None)


def _reference_at(words: Sequence[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """``household_nights._at`` as it was before perf57 (now ``night_care.longest_at``): every phrase tried at the
    word."""
    for phrase in phrases:
        if phrase and tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _household_tables() -> list[tuple[tuple[str, ...], ...]]:
    found = household_nights._household()
    tables = [
        value
        for value in (getattr(found, f.name) for f in dataclasses.fields(found))
        if isinstance(value, tuple) and value and all(isinstance(p, tuple) for p in value)
    ]
    assert len(tables) >= 8
    return tables


_TABLES = _household_tables()
_HOUSEHOLD_WORDS = sorted({w for table in _TABLES for phrase in table for w in phrase} | {"the", "baby", "'s"})


def test_every_household_phrase_is_found_at_its_place() -> None:
    for table in _TABLES:
        for phrase in table:
            words = ["tonight", *phrase, "sleeps"]
            assert night_care.longest_at(words, 1, table) == _reference_at(words, 1, table) >= len(phrase) > 0


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_household_phrases_as_before_on_their_own_words_in_disguise(data: st.DataObject) -> None:
    plain = " ".join(data.draw(st.lists(st.sampled_from(_HOUSEHOLD_WORDS), min_size=1, max_size=10)))
    words = list(tokens(data.draw(disguised(plain))))
    assert words == list(tokens(plain))
    for table in _TABLES:
        for i in range(len(words) + 2):  # no reader asks from the end: longest_at reads a negative index as 0
            assert night_care.longest_at(words, i, table) == _reference_at(words, i, table)
        assert night_care.longest_at(words, -1, table) == 0


def _reference_phrase_at(words: Sequence[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """``advice.phrase_at`` as it was before perf57: every phrase compared with the word."""
    first = words[i] if i < len(words) else None
    for phrase in phrases:
        if phrase and phrase[0] != first and phrase[0] != advice._YEAR_CUE:
            continue
        if len(words) - i >= len(phrase) and all(
            advice._matches(w, c) for w, c in zip(words[i:], phrase, strict=False)
        ):
            return len(phrase)
    return 0


def _advice_tables() -> list[tuple[tuple[str, ...], ...]]:
    found = advice.cues()
    tables = [
        value
        for value in (getattr(found, f.name) for f in dataclasses.fields(found))
        if isinstance(value, tuple) and value and all(isinstance(p, tuple) for p in value)
    ]
    assert len(tables) >= 10
    return tables


_ADVICE = _advice_tables()
_ADVICE_WORDS = sorted(
    {w for table in _ADVICE for phrase in table for w in phrase if w != advice._YEAR_CUE} | {"2025", "1999", "the"}
)


def test_every_advice_phrase_is_found_at_its_place() -> None:
    for table in _ADVICE:
        for phrase in table:
            words = ["today", *(("2024" if w == advice._YEAR_CUE else w) for w in phrase), "then"]
            assert advice.phrase_at(words, 1, table) == _reference_phrase_at(words, 1, table) >= len(phrase)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_advice_phrases_as_before_on_their_own_words_in_disguise(data: st.DataObject) -> None:
    plain = " ".join(data.draw(st.lists(st.sampled_from(_ADVICE_WORDS), min_size=1, max_size=10)))
    words = list(tokens(data.draw(disguised(plain))))
    assert words == list(tokens(plain))
    for table in (*_ADVICE, ((), ("stopped",)), (("#year", "stopped"), ("stopped",), ())):
        for i in range(len(words) + 2):
            assert advice.phrase_at(words, i, table) == _reference_phrase_at(words, i, table)
