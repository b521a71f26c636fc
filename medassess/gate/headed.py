"""Medicines listed as not taken in the list-and-heading register of a reconciliation or summary (MA120).

Two shapes, their words data in ``mappings/names.toml`` (``[mentions]``, from ``untaken_headings`` on):

- a heading that tells the items after it are not taken ("Stopped:", "Withheld:", "Not started:", "Previous
  medicines:", "Alternatives considered:", "Options weighed:", "Ward-only medicines, now stopped:"): the words
  before a colon, at most ``heading_reach`` of them since the last sentence end or colon, that are one of
  ``untaken_headings_whole`` ("Past:"), end with one of ``untaken_headings`` or begin with one of
  ``untaken_heading_openers`` ("Alternatives for neurology to weigh:"), and hold no ``resume`` cue besides. It
  governs every item after it up to the next colon or sentence end (``.``, ``!``, ``?``, or a ``;`` not followed
  by the next item: "A; B" and "A; and B" run on, "A; she now takes B" ends), each with its dose and aside, unless
  before the item the list is said empty (``heading_empty``: "Stopped: nothing; ...") or the item holds a
  ``resume`` cue not negated ("Stopped: X, and she restarted it"), or the next sentence restarts one
  (``heading_undone``: "She restarted it last week"). A cue right before another medicine named in the item speaks
  of that one ("Stopped: X (switched to Y in 2024)": Y is what she takes, X is still stopped);
- a medicine given and then stopped, told in one sentence: right after the name (past numbers, units and the words
  of its form and route, ``given_then_forms``) one of ``given_then`` ("was given", "was used"), then within
  ``given_then_reach`` words one of ``then_stopped`` ("and was stopped", "then stopped"), with no ``resume`` cue or
  other medicine named between.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .advice import Phrase, cue_phrases, cues, mention_cues, phrase_at
from .names import Mention
from .text import normalise

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_COLON = re.compile(r":(?!\d)")
_LIST_END = re.compile(r"[.;!?](?!\d)")
_HEAD_START = re.compile(r"[.;:!?](?!\d)")
_FULL_STOP = re.compile(r"[.!?](?!\d)")
"""Marks not followed by a digit: "on 22/09/2025. Stopped:" ends a sentence, "10:30" and "2.5 mg" do not."""
_NEXT_HEADING = 2
"""How many words before a colon later in the list are read as the next heading's, not the list's ("Stopped: -
tramadol 50 mg Continued: - sertraline", its lines joined by the text's reading)."""
_MEASURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:mg|mcg|g|ml|kg)?|mg|mcg|micrograms?|milligrams?|g|ml")


@dataclass(frozen=True, slots=True)
class _Cues:
    headings: tuple[Phrase, ...]
    openers: tuple[Phrase, ...]
    whole: frozenset[Phrase]
    heading_words: frozenset[str]
    reach: int
    empty: frozenset[str]
    undone: tuple[Phrase, ...]
    given_then: tuple[Phrase, ...]
    then_stopped: tuple[Phrase, ...]
    given_reach: int
    list_joins: frozenset[str]
    forms: frozenset[str]


@functools.cache
def _cues() -> _Cues:
    """The shipped cue phrases (read once)."""
    raw = mention_cues()
    headings = cue_phrases(raw.get("untaken_headings", ()))
    openers = cue_phrases(raw.get("untaken_heading_openers", ()))
    whole = cue_phrases(raw.get("untaken_headings_whole", ()))
    return _Cues(
        headings=headings,
        openers=openers,
        whole=frozenset(whole),
        heading_words=frozenset(w for p in (*headings, *openers, *whole) for w in p),
        reach=int(raw.get("heading_reach", 0)),
        empty=frozenset(normalise(w) for w in raw.get("heading_empty", ())),
        undone=cue_phrases(raw.get("heading_undone", ())),
        given_then=cue_phrases(raw.get("given_then", ())),
        then_stopped=cue_phrases(raw.get("then_stopped", ())),
        given_reach=int(raw.get("given_then_reach", 0)),
        list_joins=frozenset(normalise(w) for w in raw.get("heading_list_joins", ())),
        forms=frozenset(normalise(w) for w in raw.get("given_then_forms", ())),
    )


def _untaken_heading(words: list[str]) -> bool:
    """Whether heading ``words`` are one of ``untaken_headings_whole``, or end with one of ``untaken_headings`` or
    begin with one of ``untaken_heading_openers``, and hold no ``resume`` cue besides."""
    found = _cues()
    if not words or len(words) > found.reach:
        return False
    if tuple(words) in found.whole:
        return True
    for phrase in found.headings:  # longest first
        if tuple(words[-len(phrase) :]) == phrase:
            return not _resumed(words[: -len(phrase)])
    for phrase in found.openers:
        if tuple(words[: len(phrase)]) == phrase:
            return not _resumed(words[len(phrase) :])
    return False


def _resumed(words: list[str]) -> bool:
    """Whether ``words`` hold a ``resume`` cue not negated by a word within ``negation_reach`` before it ("she
    takes"; not "which she did not want to take")."""
    found = cues()
    for k in range(len(words)):
        if phrase_at(words, k, found.resume) and not found.negations & set(words[max(0, k - found.negation_reach) : k]):
            return True
    return False


def _has(words: list[str], phrases: tuple[Phrase, ...]) -> bool:
    return any(phrase_at(words, k, phrases) for k in range(len(words)))


def _list_ended(normalised: str, start: int, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether the list opened at ``start`` ends before ``mention``: at a sentence end, or a semicolon after which
    the words up to the next medicine named are more than ``heading_list_joins`` ("A; B", "A; and B" run on)."""
    joins = _cues().list_joins
    starts = sorted({m.start for m in others if start <= m.start <= mention.start} | {mention.start})
    for end in _LIST_END.finditer(normalised, start, mention.start):
        if end.group() != ";":
            return True
        nxt = next((s for s in starts if s >= end.end()), mention.start)
        if not set(_WORD.findall(normalised, end.end(), nxt)) <= joins:
            return True
    return False


def _own_words(normalised: str, start: int, end: int, others: Sequence[Mention]) -> list[str]:
    """The words from ``start`` to ``end``, less a ``resume`` or ``heading_undone`` cue right before another
    medicine named there: "(switched to Y)", "and she now takes Y" tell of Y, not of the item before."""
    words: list[str] = []
    at = start
    phrases = (*cues().resume, *_cues().undone)
    for other in sorted((m for m in others if start <= m.start < end), key=lambda m: m.start):
        if other.start < at:
            continue
        part = _WORD.findall(normalised, at, other.start)
        longest = max((len(p) for p in phrases if len(p) <= len(part) and tuple(part[-len(p) :]) == p), default=0)
        words += part[: len(part) - longest]
        at = other.end
    return words + _WORD.findall(normalised, at, end)


def listed_under_untaken_heading(normalised: str, mention: Mention, others: Sequence[Mention] = ()) -> bool:
    """Whether ``mention`` (among ``others`` named in the text) is an item of a list under a heading that tells its
    items are not taken (module docstring)."""
    found = _cues()
    if normalised.find(":", 0, mention.start) < 0 or not found.headings:
        return False  # no heading before it, as most texts have none: told at once
    colon = None
    for found_colon in _COLON.finditer(normalised, 0, mention.start):
        colon = found_colon
    if colon is None or _list_ended(normalised, colon.end(), mention, others):
        return False  # the list ended before the name
    head_start = max((m.end() for m in _HEAD_START.finditer(normalised, 0, colon.start())), default=0)
    heading = _WORD.findall(normalised, head_start, colon.start())
    if not found.heading_words & set(heading) or not _untaken_heading(heading):
        return False
    item = max((e.end() for e in _LIST_END.finditer(normalised, colon.end(), mention.start)), default=colon.end())
    before = _WORD.findall(normalised, colon.end(), mention.start)
    if found.empty & set(before) or _resumed(_own_words(normalised, item, mention.start, others)):
        return False  # "Stopped: nothing; she still takes ...", "Stopped: X, but she takes Y"
    end = _LIST_END.search(normalised, mention.end)
    close = end.start() if end else len(normalised)
    following = _COLON.search(normalised, mention.end, close)
    rest = _own_words(normalised, mention.end, following.start() if following else close, others)
    if following is not None:  # the list's items told on lines of their own: the next heading's words end it
        rest = rest[:-_NEXT_HEADING]
    nxt = _FULL_STOP.search(normalised, end.end()) if end else None
    after = _WORD.findall(normalised, end.end(), nxt.start() if nxt else len(normalised)) if end else []
    return not (_resumed(rest) or _has(rest, found.undone) or _has(after, found.undone))


def given_then_stopped(normalised: str, mention: Mention, others: Sequence[Mention]) -> bool:
    """Whether ``mention`` is told given and then stopped in one sentence ("X was given on the ward and was stopped
    on day 2"; module docstring)."""
    found = _cues()
    if not found.given_then or ("stop" not in normalised and "discontinu" not in normalised):
        return False
    end = _LIST_END.search(normalised, mention.end)
    stop = min([end.start() if end else len(normalised)] + [m.start for m in others if m.start >= mention.end])
    words = _WORD.findall(normalised, mention.end, stop)
    i = 0
    while i < len(words) and (_MEASURE.fullmatch(words[i]) or words[i] in found.forms):
        i += 1
    if not (length := phrase_at(words, i, found.given_then)):
        return False
    for k in range(i + length, min(i + length + found.given_reach, len(words))):
        if phrase_at(words, k, found.then_stopped):
            return True
        if phrase_at(words, k, cues().resume):
            return False
    return False
