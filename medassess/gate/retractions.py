"""Where a retraction of the whole reaches (:meth:`medassess.gate.substance._Judge._retracted_end`), from
mappings/hollow-phrases.toml.

* [contingency]: a closing sentence that says the whole may change under a condition and names what happens then
  ("... It may all be different if she delivers before 34 weeks, in which case the neonatal unit scores the infant
  instead.") is a contingency, a fallback beside the plan for the usual course, not a retraction of the whole. The
  same words with no condition, or with nothing named in its place, still take the whole back.
* [retraction_explained]: the whole said not to be the author's ("None of the above is my assessment"), then after
  a colon or semicolon a clause about it ("it was pasted from another record and must be redone"): the clause
  tells why it is disowned and is taken back with it, whatever it claims."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..core.resources import mapping_table
from .text import normalise


@dataclass(frozen=True, slots=True)
class _Contingency:
    open_to_change: frozenset[str]
    """The retractions a condition and a named alternative make a contingency, normalised, single-spaced."""
    condition_after: re.Pattern[str]
    """A condition straight after the retraction ("... if she delivers early"), perhaps after asides ("again",
    "of course")."""
    condition_opening: re.Pattern[str]
    """A condition opening the sentence before it ("Should she deliver early, ...")."""
    alternative: re.Pattern[str]
    """What happens then, named ("instead", "in which case")."""


def _alternation(phrases: list[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=lambda p: (-len(p), p))
    )


def _blankable(phrases: list[str]) -> str:
    """:func:`_alternation` with each later word of a phrase also matched blanked (spaces of its length): the text
    read may have had filler words blanked first ([hedges]: "course"), and "of course" so blanked is the same aside
    ("Of course, if she delivers early, ..."). A first word blanked is no aside of its own: whitespace already."""
    return "|".join(
        r"\s+".join(
            [re.escape(words[0]), *(rf"(?:{re.escape(w)}|\s{{{len(w)}}})" for w in words[1:])]
        )
        for words in (p.split() for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    )


@functools.cache
def _contingency() -> _Contingency | None:
    table = mapping_table("hollow-phrases.toml").get("contingency", {})
    phrases, conditions, alternatives, asides = (
        [" ".join(normalise(str(p)).split()) for p in table.get(key, ())]
        for key in ("open_to_change", "conditions", "alternatives", "asides")
    )
    if not phrases or not conditions or not alternatives:
        return None
    condition = rf"(?:{_alternation(conditions)})(?![^\W_])"
    # words of manner or time that leave the condition where it stands ("... could all change again if ...")
    aside = rf"(?:(?:{_blankable(asides)})(?![^\W_])[\s,]*)*" if asides else ""
    return _Contingency(
        open_to_change=frozenset(phrases),
        condition_after=re.compile(rf"[\s,]+{aside}{condition}"),
        condition_opening=re.compile(rf"\s*(?:(?:and|but|or)\s+)?{aside}{condition}"),
        alternative=re.compile(rf"(?<![^\W_])(?:{_alternation(alternatives)})(?![^\W_])"),
    )


@dataclass(frozen=True, slots=True)
class _Explained:
    disowning: frozenset[str]
    """The retractions whose explanation after them is taken back with them, normalised, single-spaced."""
    explanation: re.Pattern[str]
    """A colon or semicolon, then a subject that is the whole (``it``, ``all of it``) and a word after it."""


@functools.cache
def _explained() -> _Explained | None:
    table = mapping_table("hollow-phrases.toml").get("retraction_explained", {})
    phrases, links, subjects = (
        [" ".join(normalise(str(p)).split()) for p in table.get(key, ())]
        for key in ("disowning", "links", "subjects")
    )
    if not phrases or not links or not subjects:
        return None
    return _Explained(
        disowning=frozenset(phrases),
        explanation=re.compile(rf"\s*(?:{_alternation(links)})\s*(?:{_alternation(subjects)})\s+[^\W\d_]"),
    )


_SENTENCE_ENDS = ".!?\n"


def explained_end(text: str, found: re.Match[str], end: int) -> int:
    """Where the retraction ``found`` in ``text`` (normalised) reaches: ``end``, the end of its clause, or, for the
    whole said not to be the author's with a clause about it after a colon or semicolon, that clause's sentence's
    end."""
    table = _explained()
    if table is None or " ".join(found[0].split()) not in table.disowning:
        return end  # cheap: not one of the disowning family
    if table.explanation.match(text, end) is None:
        return end
    ends = [i for i in (text.find(c, end + 1) for c in _SENTENCE_ENDS) if i >= 0]
    return min(ends) if ends else len(text)


def contingency(text: str, found: re.Match[str]) -> bool:
    """``found``, a retraction in ``text`` (normalised), says the whole may change under a condition and its
    sentence names what happens then: a contingency, not a retraction."""
    table = _contingency()
    if table is None or " ".join(found[0].split()) not in table.open_to_change:
        return False  # cheap: not one of the open-to-change family
    start = max(text.rfind(c, 0, found.start()) for c in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(c, found.end()) for c in _SENTENCE_ENDS) if i >= 0]
    end = min(ends) if ends else len(text)
    conditioned = (
        table.condition_after.match(text, found.end(), end) is not None
        or table.condition_opening.match(text, start, found.start()) is not None
    )
    return conditioned and table.alternative.search(text, found.end(), end) is not None
