"""Words and phrases as the concern and copy rules compare them: normalised text split into words, and lists of
phrases found in it as whole-word sequences.

Words here are runs of letters and digits of :func:`medassess.gate.text.normalise`'d text, so punctuation,
hyphens and apostrophes separate words: "co-sleeping", "co sleeping" and "CO SLEEPING" are the same two words,
and "N/A", "n.a." and "N / A" the same "n a". A phrase word ending in ``*`` matches any word that starts with
it ("breastfe*" matches breastfeeding and breastfed, not "breast").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .text import normalise

_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` after normalisation (look-alike letters, invisible characters, case folded)."""
    return tuple(_WORD.findall(normalise(text)))


def _matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


@dataclass(frozen=True, slots=True)
class Phrases:
    """A list of phrases, each a sequence of normalised words (the last letters of a word may be ``*``)."""

    exact_start: dict[str, tuple[tuple[str, ...], ...]]
    prefix_start: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Phrases:
        exact: dict[str, list[tuple[str, ...]]] = {}
        prefix: list[tuple[str, ...]] = []
        for phrase in phrases:
            # Split like the text is split, keeping a trailing "*" on its word.
            words = tuple(w + ("*" if star else "") for w, star in re.findall(r"([^\W_]+)(\*?)", normalise(phrase)))
            if not words:
                raise ValueError(f"an empty phrase in a phrase list: {phrase!r}")
            if words[0].endswith("*"):
                prefix.append(words)
            else:
                exact.setdefault(words[0], []).append(words)
        return cls({k: tuple(v) for k, v in exact.items()}, tuple(prefix))

    def _at(self, words: Sequence[str], start: int) -> int:
        """The length of the longest phrase starting at ``words[start]``, or 0."""
        word = words[start]
        candidates = [*self.exact_start.get(word, ()), *(p for p in self.prefix_start if _matches(p[0], word))]
        return max(
            (
                len(p)
                for p in candidates
                if start + len(p) <= len(words) and all(map(_matches, p, words[start : start + len(p)]))
            ),
            default=0,
        )

    def spans(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """Where the phrases occur in ``words``: (start, end) index pairs, the longest phrase at each start."""
        return [(start, start + n) for start in range(len(words)) if (n := self._at(words, start))]

    def found_in(self, words: Sequence[str]) -> bool:
        """Whether any phrase occurs in ``words``."""
        return any(self._at(words, start) for start in range(len(words)))
