"""The baby named only where its care is put off or handed over, read for MA124 (mappings/concerns.toml,
[baby_put_off]): "The baby, about whom nothing has been decided, will be thought about nearer the time", "Once the
baby is born, things will be looked at as needed", "On feeding, she will decide". Such a sentence names the baby and
says nothing of it; it is set aside before MA124 looks for the baby. One word of an act, a holder, a time or a place
left beside the deferral keeps the sentence."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..core.resources import mapping_table
from .concerns import concern_map
from .settings import GateSettings
from .substance import deferral_spans
from .text import blanked, normalise
from .wording import Phrases, words_of_normalised

_SENTENCE = re.compile(r"[^;!?\n]+?(?:[;!?\n]|\.(?=\s|$)|$)")
"""A sentence of normalised text, its end mark kept (a semicolon ends one too)."""
_FRONT_END = re.compile(r"[,:]")
"""Where a fronted topic or time ends."""


@dataclass(frozen=True, slots=True)
class _PutOff:
    put_off: Phrases
    babies: Phrases
    empty: frozenset[str]
    fronts: tuple[tuple[str, ...], ...]
    """Leads of a fronted topic or time opening a sentence, to its comma or colon."""
    front_words_most: int
    not_repeated: Phrases
    """A sentence saying its content is written elsewhere and not repeated."""
    written_elsewhere: frozenset[str]
    """Words naming only where a plan not repeated is written and by whom."""
    weighed: re.Pattern[str]
    """The baby's risk, as weighed against the mother's ("the risk to the baby")."""
    weighing: frozenset[str]


@functools.cache
def _put_off() -> _PutOff:
    table = mapping_table("concerns.toml")["baby_put_off"]
    return _PutOff(
        Phrases.of(normalise(p) for p in table["put_off"]),
        Phrases.of(normalise(b) for b in table["babies"]),
        frozenset(normalise(w) for w in table["empty"]),
        tuple(words_of_normalised(normalise(f)) for f in table["fronts"]),
        int(table["front_words_most"]),
        Phrases.of(normalise(p) for p in table["not_repeated"]),
        frozenset(normalise(w) for w in table["written_elsewhere"]),
        re.compile(r"\b(?:" + "|".join(_spaced(r) for r in table["weighed_risks"]) + r")\b"),
        frozenset(normalise(w) for w in table["weighing"]),
    )


def _spaced(phrase: str) -> str:
    """``phrase`` as a pattern of its normalised words, any run of spaces between them."""
    return r"\s+".join(re.escape(w) for w in words_of_normalised(normalise(phrase)))


def _after_front(text: str, reading: _PutOff) -> str:
    """``text`` (a sentence) from after its fronted topic or time, where it opens on one (a lead of ``fronts`` and
    at most ``front_words_most`` words to a comma or colon: "On feeding,", "Once the baby is born,"); else all."""
    cut = _FRONT_END.search(text)
    if cut is None:
        return text
    front = words_of_normalised(text[: cut.start()])
    if not front or len(front) > reading.front_words_most:
        return text
    if not any(front[: len(lead)] == lead for lead in reading.fronts):
        return text
    return text[cut.end() :]


def without_baby_put_off(normalised: str, settings: GateSettings) -> str:
    """``normalised`` with each sentence that names the baby only as what is put off or handed over blanked in
    place: a sentence holding a [baby] term and a deferral (as MA103 finds them) or a ``put_off`` phrase, whose
    every other word, a fronted topic or time aside, is a function word, a word for the baby or an ``empty`` word."""
    return _without_baby_put_off(normalised, settings)


def _without_baby_put_off(normalised: str, settings: GateSettings) -> str:
    baby_terms = concern_map().baby_terms
    if not baby_terms.found_in(words_of_normalised(normalised)):
        return normalised  # cheap: no baby named, nothing to set aside
    spans = deferral_spans(normalised, settings)
    stop_words = settings.lexicon.stop_words
    reading = _put_off()
    gone: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(normalised):
        start, end = sentence.span()
        text = sentence.group(0)
        if not baby_terms.found_in(words_of_normalised(text)):
            continue
        inside = [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]
        rest = blanked(text, inside)
        words = words_of_normalised(rest)
        held = reading.put_off.found_in(words)
        elsewhere = reading.not_repeated.found_in(words)
        if not inside and not held and not elsewhere:
            continue  # nothing put off here
        words = words_of_normalised(_after_front(rest, reading))
        left = reading.babies.outside(reading.put_off.outside(reading.not_repeated.outside(words)))
        empty = reading.empty | reading.written_elsewhere if elsewhere else reading.empty
        if all(w in stop_words or w in empty for w in left):
            gone.append((start, end))
    return blanked(normalised, gone) if gone else normalised


_CLAUSE = re.compile(r"(?:[^,;:!?()\n.]|\.(?!\s|$))+")
"""A clause of normalised text: to a comma, semicolon, colon, bracket, line break or a sentence's full stop."""


def without_weighed_risk(before: str, after: str) -> str:
    """``after`` (``before`` with what MA124 sets aside blanked in place) with the baby's risk weighed against the
    mother's ("greater than the risk to the baby", "outweighs the small risk to the baby": ``weighed_risks`` in a
    clause holding one of ``weighing``) blanked too, where what was set aside named the baby: the baby's own part put
    off or pointed elsewhere, the reason for the mother's medicine says nothing more of the baby. ``after`` as it is
    otherwise."""
    if len(before) != len(after) or before == after:
        return after
    removed = "".join(b if b != a else " " for b, a in zip(before, after, strict=True))
    if not concern_map().baby_terms.found_in(words_of_normalised(removed)):
        return after
    reading = _put_off()
    spans: list[tuple[int, int]] = []
    for clause in _CLAUSE.finditer(after):
        found = list(reading.weighed.finditer(clause.group(0)))
        if found and any(w in reading.weighing for w in words_of_normalised(clause.group(0))):
            spans.extend((clause.start() + m.start(), clause.start() + m.end()) for m in found)
    return blanked(after, spans) if spans else after
