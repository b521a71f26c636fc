"""Words and phrases as the concern and copy rules compare them: normalised text split into words, and lists of
phrases found in it as whole-word sequences.

Words here are runs of letters and digits of :func:`medassess.gate.text.normalise`'d text, so punctuation,
hyphens and apostrophes separate words: "co-sleeping", "co sleeping" and "CO SLEEPING" are the same two words,
and "N/A", "n.a." and "N / A" the same "n a". A phrase word ending in ``*`` matches any word that starts with
it ("breastfe*" matches breastfeeding and breastfed, not "breast").
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..core.resources import data_path
from . import memo
from .text import normalise

_WORD = re.compile(r"[^\W_]+")

SENTENCE_END = re.compile(r"[;!?\n]|\.(?=\s|$)")
"""Where a sentence or clause of normalised text ends: a semicolon, "!", "?", a line break, or a full stop before
a space (so "2.5 mg" and "e.g." inside a word run on)."""


@functools.cache
def abbreviation_meanings() -> dict[str, tuple[str, ...]]:
    """The words each one-word clinical abbreviation stands for (mappings/clinical-abbreviations.csv): "bf" ->
    ("breastfeeding",), "nas" -> ("neonatal", "abstinence", "syndrome")."""
    with (data_path("mappings") / "clinical-abbreviations.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        meanings = {}
        for row in rows:
            written = words_of_normalised(normalise(row["abbreviation"]))
            if len(written) == 1:
                meanings[written[0]] = words_of_normalised(normalise(row["meaning"]))
        return meanings


def with_meanings(found: tuple[str, ...]) -> tuple[str, ...]:
    """``found`` with the meaning of each clinical abbreviation after it ("bf encouraged" -> "bf breastfeeding
    encouraged"), so a concern's terms are found in what the abbreviation stands for."""
    meanings = abbreviation_meanings()
    if meanings.keys().isdisjoint(found):  # any(w in meanings for w in found), at C speed
        return found
    return tuple(x for w in found for x in (w, *meanings.get(w, ())))


@functools.lru_cache(maxsize=memo.TOKENISED)
def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` after normalisation (look-alike letters, invisible characters, case folded)."""
    return words_of_normalised(normalise(text))


@functools.lru_cache(maxsize=1024)
def words_of_normalised(normalised: str) -> tuple[str, ...]:
    """The words of text already normalised (:func:`medassess.gate.text.normalise`)."""
    return tuple(_WORD.findall(normalised))


def _found(pattern: re.Pattern[str], joined: str) -> bool:
    """Whether ``pattern`` finds a phrase in ``joined``, remembered: the readers of one record ask several lists
    of the same clauses (a list's pattern opens on a look back, so it is tried from every place).

    Keyed by the pattern's identity, not its value: hashing a compiled pattern hashes its whole program each
    time, which for a long phrase list cost more than the search it saved. Each entry holds its pattern, so
    the identity cannot pass to another pattern while the entry lives."""
    key = (id(pattern), joined)
    hit = _FOUND.get(key)
    if hit is not None and hit[0] is pattern:
        return hit[1]
    found = pattern.search(joined) is not None
    if len(_FOUND) >= _FOUND_MAX:
        _FOUND.clear()  # one record reuses its own few clauses: a fresh memo loses little
    _FOUND[key] = (pattern, found)
    return found


_FOUND: dict[tuple[int, str], tuple[re.Pattern[str], bool]] = {}
_FOUND_MAX = 1024


@dataclass(frozen=True, slots=True)
class Phrases:
    """A list of phrases, each a sequence of normalised words (the last letters of a word may be ``*``), found
    in a text's words by one compiled pattern over the words joined by single spaces."""

    pattern: re.Pattern[str]
    keys: frozenset[str] | None = None
    """Of each phrase its longest word written whole (no ``*``), where every phrase has one, else None: the pattern
    matches only whole words between single spaces, so words holding none of these hold no phrase, and are not
    searched (most texts hold none of a list's phrases, and its pattern is tried from every place)."""

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Phrases:
        source, keys = phrases_source(phrases)
        return cls(re.compile(source), keys)

    def found_in(self, words: Sequence[str]) -> bool:
        """Whether any phrase occurs in ``words``."""
        joined = " ".join(words)
        if self._holds_no_key(words, joined):
            return False
        return _found(_quick(self.pattern), joined)

    def outside(self, words: Sequence[str]) -> list[str]:
        """The words that are not part of any phrase found in ``words``."""
        joined = " ".join(words)
        if self._holds_no_key(words, joined):
            return joined.split()  # no phrase found: every word is outside
        return self.pattern.sub(" ", joined).split()

    def _holds_no_key(self, words: Sequence[str], joined: str) -> bool:
        """Whether ``joined`` (``words`` joined by spaces) holds no word of :attr:`keys` between spaces, so no phrase.
        Asked of ``words`` themselves at C speed where they are a list or tuple of words holding no space (then they
        are what ``joined`` holds between its spaces); of ``joined`` split otherwise."""
        keys = self.keys
        if keys is None:
            return False
        if type(words) is tuple or type(words) is list:
            if not keys.isdisjoint(words):
                return False
            if joined.count(" ") < len(words):  # no word holds a space
                return True
        return keys.isdisjoint(joined.split(" "))


def _quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern finding a phrase wherever ``pattern`` (a :class:`Phrases` list's) does, for whether one occurs
    only (:meth:`Phrases.found_in`): its alternatives factored by their leading words (:func:`factored`), so each
    word of a text tries each distinct first word once, not every phrase (over 300 distinct benchmark records, the
    searches of 67 lists 0.27 -> 0.20 ms a record). Made once per list, on first use; a pattern not written by
    :func:`phrases_source` (one of groups or marks of its own) is its own quick pattern."""
    entry = _QUICK.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    source = pattern.pattern
    plain = (
        source.startswith(_OPENING)
        and source.endswith(_CLOSING)
        and all(map(_PLAIN.fullmatch, source[len(_OPENING) : -len(_CLOSING)].split("|")))
    )
    quick = factored(source) if plain else pattern
    if len(_QUICK) >= _QUICK_MAX:
        _QUICK.clear()  # the lists are the settings' tables, a few hundred at most: never reached in a batch
    _QUICK[id(pattern)] = (pattern, quick)
    return quick


_OPENING, _CLOSING = r"(?<![^ ])(?:", r")(?![^ ])"
"""How :func:`phrases_source` opens and closes a list's pattern."""
_PLAIN = re.compile(r"[^\W_]+(?:\[\^\\W_\]\*)?(?: [^\W_]+(?:\[\^\\W_\]\*)?)*")
"""An alternative as :func:`phrases_source` writes it: words one space apart, each whole or one that may go on."""
_QUICK: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
""":func:`_quick` by the list's pattern's identity; each entry holds its pattern, so the identity cannot pass on."""
_QUICK_MAX = 1024


def phrases_source(phrases: Iterable[str]) -> tuple[str, frozenset[str] | None]:
    """The pattern :meth:`Phrases.of` compiles for ``phrases``, not compiled, and its :attr:`Phrases.keys`: for
    :func:`factored` of a long list whose own pattern is needed only where the factored one finds a phrase (a
    pattern of a few hundred thousand characters takes tens of MiB to compile, though it keeps a few)."""
    alternatives = []
    keys: set[str] | None = set()
    for phrase in phrases:
        # Split like the text is split, keeping a trailing "*" on its word.
        words = re.findall(r"([^\W_]+)(\*?)", normalise(phrase))
        if not words:
            raise ValueError(f"an empty phrase in a phrase list: {phrase!r}")
        alternatives.append(" ".join(re.escape(w) + (r"[^\W_]*" if star else "") for w, star in words))
        whole = [w for w, star in words if not star]
        if keys is not None:
            keys = keys | {max(whole, key=len)} if whole else None  # a phrase of word endings only: no key
    if not alternatives:
        # No phrase: a pattern that never matches (an empty alternation would match the empty string at the
        # start of every text, switching a reading on where an emptied list means it is off).
        return r"(?!)", None
    # Longest first, so at any word the longest phrase starting there is the one matched.
    alternatives.sort(key=lambda a: (-a.count(" "), -len(a)))
    return r"(?<![^ ])(?:" + "|".join(alternatives) + r")(?![^ ])", frozenset(keys) if keys is not None else None


def factored(phrases: Phrases | str) -> re.Pattern[str]:
    """One pattern finding the same phrases as ``phrases``, its alternatives factored by their shared leading words
    (a tree of words): for a long list (a composed one of thousands of phrases) only whether one occurs is cheap to
    ask of it, since each place in a text tries each distinct first word once, not every phrase. It finds a phrase
    wherever ``phrases`` does; which one and where it ends may differ, so it answers :meth:`Phrases.found_in` only.
    ``phrases`` may be given as the pattern :func:`phrases_source` writes, so the list itself is never compiled."""
    source = phrases if isinstance(phrases, str) else phrases.pattern.pattern
    opening, closing = r"(?<![^ ])(?:", r")(?![^ ])"
    if not (source.startswith(opening) and source.endswith(closing)):
        return re.compile(source) if isinstance(phrases, str) else phrases.pattern
    tree: dict[str, Any] = {}
    for alternative in source[len(opening) : -len(closing)].split("|"):
        node = tree
        for word in alternative.split(" "):  # a word's pattern holds no space or bar (see Phrases.of)
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here

    def alternation(node: dict[str, Any]) -> str:
        branches = []
        for word, after in node.items():
            if not word:
                continue
            if not after.keys() - {""}:
                branches.append(word)
            else:
                rest = f" {alternation(after)}"
                branches.append(word + (f"(?:{rest})?" if "" in after else rest))
        return "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<![^ ])" + alternation(tree) + r"(?![^ ])")


_PartWords = tuple[tuple[str, bool], ...]
"""One alternative of a slot of :class:`Composed`: its words, each with whether it ends in ``*`` (matching any word
that starts with it); empty where the slot may be left out."""


def _part_words(part: str) -> _PartWords:
    """``part`` split as :func:`phrases_source` splits a phrase (normalised, a trailing ``*`` kept on its word)."""
    return tuple((w, bool(star)) for w, star in re.findall(r"([^\W_]+)(\*?)", normalise(part)))


@dataclass(frozen=True, slots=True)
class _Slot:
    """A slot of :class:`Composed` as looked up: its alternatives by their first word written whole, those whose first
    word ends in ``*``, and whether it may be left out."""

    by_first: dict[str, tuple[_PartWords, ...]]
    stems: tuple[_PartWords, ...]
    optional: bool

    @classmethod
    def of(cls, alternatives: tuple[_PartWords, ...]) -> _Slot:
        by_first: dict[str, list[_PartWords]] = {}
        for alternative in alternatives:
            if alternative and not alternative[0][1]:
                by_first.setdefault(alternative[0][0], []).append(alternative)
        return cls(
            {w: tuple(a) for w, a in by_first.items()},
            tuple(a for a in alternatives if a and a[0][1]),
            () in alternatives,
        )


@dataclass(frozen=True, slots=True)
class Composed:
    """A phrase list composed of parts ("one of these, then one of those or none, then one of these"), read from
    the parts: found in a text's words where :class:`Phrases` of every product of the parts would be, and at the
    same places, without writing the products out (thousands of phrases, whose one pattern takes tens of MiB to
    compile).

    Each form is a sequence of slots, each slot its alternatives (an empty one: the slot may be left out). As
    :class:`Phrases`' pattern reads it, a phrase is found at the first word from which one holds, the longest
    there (in words); the next is looked for after it."""

    forms: tuple[tuple[tuple[_PartWords, ...], ...], ...]
    slots: tuple[tuple[_Slot, ...], ...]
    """Each form's slots as looked up: by an alternative's first word (see :class:`_Slot`)."""
    by_first: dict[str, tuple[int, ...]]
    """For each first word written whole, the forms that may open with it."""
    by_stem: tuple[tuple[str, tuple[int, ...]], ...]
    """For each first word ending in ``*``, the word's start and the forms that may open with it."""
    stems: tuple[str, ...] = ()
    """The starts of :attr:`by_stem` alone, for one ``str.startswith`` of a word against them all: most words of a
    text open no form, and are passed over without a lookup per stem."""

    @classmethod
    def of(cls, *forms: Sequence[Sequence[str]]) -> Composed:
        """The list of every product of each of ``forms`` (a sequence of slots, each a sequence of alternatives,
        ``""`` one that leaves the slot out). A form with an empty slot composes nothing and is left out."""
        kept = []
        for form in forms:
            slots = tuple(tuple(dict.fromkeys(_part_words(a) for a in slot)) for slot in form)
            if not slots or not all(slots):
                continue
            if () in slots[0]:
                raise ValueError("a composed phrase list's first slot may not be left out")
            kept.append(slots)
        by_first: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        for index, slots in enumerate(kept):
            for alternative in slots[0]:
                word, star = alternative[0]
                opening = (by_stem if star else by_first).setdefault(word, [])
                if index not in opening:
                    opening.append(index)
        return cls(
            tuple(kept),
            tuple(tuple(_Slot.of(slot) for slot in slots) for slots in kept),
            {w: tuple(i) for w, i in by_first.items()},
            tuple((w, tuple(i)) for w, i in by_stem.items()),
            tuple(by_stem),
        )

    def phrases(self) -> Iterator[str]:
        """Every product, as a phrase :class:`Phrases` reads (for tests: the list this reads)."""
        for slots in self.forms:
            for chosen in itertools.product(*slots):
                yield " ".join(w + ("*" if star else "") for part in chosen for w, star in part)

    def spans(self, words: Sequence[str]) -> Iterator[tuple[int, int]]:
        """The phrases found in ``words``, each as the index of its first word and that after its last, in order,
        none overlapping: where :class:`Phrases`' pattern of the products would match in ``words`` joined."""
        by_first, by_stem, stems = self.by_first, self.by_stem, self.stems
        # The needle: a form opens only on a word of by_first or one starting with a stem, so a text with neither
        # holds no phrase (most texts; every word was tried against every form before, about 4% of the gate's time
        # over the red-team records).
        if by_first.keys().isdisjoint(words) and not (stems and any(w.startswith(stems) for w in words)):
            return
        index, count = 0, len(words)
        while index < count:
            word = words[index]
            opening = by_first.get(word, ())
            if stems and word.startswith(stems):
                for stem, forms in by_stem:
                    if word.startswith(stem):
                        opening = (*opening, *forms)
            if not opening:  # no form opens here: nothing to try
                index += 1
                continue
            end = max(self._longest(words, index, self.slots[f]) for f in opening)
            if end > index:
                yield index, end
                index = end
            else:
                index += 1

    @staticmethod
    def _longest(words: Sequence[str], start: int, slots: tuple[_Slot, ...]) -> int:
        """The index after the longest product of ``slots`` found at ``start`` in ``words``, or 0."""
        reached = {start}
        count = len(words)
        for slot in slots:
            after = set(reached) if slot.optional else set()
            for at in reached:
                if at >= count:
                    continue
                word = words[at]
                found = slot.by_first.get(word, ())
                if slot.stems:
                    found = (*found, *(a for a in slot.stems if word.startswith(a[0][0])))
                for alternative in found:
                    end = at + len(alternative)
                    if end <= count and all(
                        words[at + i] == w or (star and words[at + i].startswith(w))
                        for i, (w, star) in enumerate(alternative[1:], 1)
                    ):
                        after.add(end)
            if not after:
                return 0
            reached = after
        return max(reached)

    def found_in(self, words: Sequence[str]) -> bool:
        """Whether any phrase occurs in ``words``."""
        return next(self.spans(words), None) is not None

    def outside(self, words: Sequence[str]) -> list[str]:
        """The words that are not part of any phrase found in ``words`` (as :meth:`Phrases.outside`)."""
        kept: list[str] = []
        start = 0
        for begin, end in self.spans(words):
            kept += words[start:begin]
            start = end
        kept += words[start:]
        return kept
