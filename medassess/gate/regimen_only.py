"""A conclusion whose only decision is the medicine's own line, for the share gate's rule MA103: "Lithium 800 mg
nocte continues." beside a baby's care that is only deferred, told as gone through, left to "the usual" or a heading
without its answer. The medicine goes on; the baby is given nothing. The words are data, in
``mappings/hollow-phrases.toml`` ``[regimen_only]``, with their rationale."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path
from .settings import GateSettings
from .substance import Analysis, _blank_out, _judge, _topic_word, normalised_lines

_PART = re.compile(r"[^,;:!?\n]+?(?=[,;:!?\n]|\.(?:\s|$)|$)")
"""A part of a text: between commas, semicolons, colons and a sentence's end (a decimal point stays inside)."""
_PIECE = re.compile(r"[^.;!?\n]+")
"""A sentence or a semicolon's part, with any heading's colon inside it."""
_WORD = re.compile(r"[^\W_]+")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'-]*")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:mg|ml|mcg|g)?")
_POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True, slots=True)
class _Words:
    carried_on: frozenset[str]
    line: frozenset[str]
    likewise: frozenset[str]
    likewise_most_words: int


@functools.cache
def _words() -> _Words:
    raw = tomllib.loads((data_path("mappings") / "hollow-phrases.toml").read_text(encoding="utf-8"))["regimen_only"]
    return _Words(
        frozenset(raw["carried_on"]),
        frozenset(raw["line_words"]),
        frozenset(raw["likewise"]),
        int(raw["likewise_most_words"]),
    )


def _line_spans(text: str, medicines: frozenset[str], words: _Words) -> list[tuple[int, int]]:
    """The parts of ``text`` that are only a medicine's line: its name, its dose and times, carried on. A part of
    line words alone right after one, a comma between ("..., supervised consumption, continues"), is the line's
    too."""
    spans: list[tuple[int, int]] = []
    for part in _PART.finditer(text):
        found = _WORD.findall(part[0])
        if not found or not all(w in medicines or w in words.line or _AMOUNT.fullmatch(w) for w in found):
            continue
        if spans and text[spans[-1][1] : part.start()].strip() == ",":
            spans.append(part.span())
            continue
        if not any(w in medicines or w in ("both", "all") for w in found):
            continue
        if any(w in words.carried_on or w[0].isdigit() for w in found):
            spans.append(part.span())
    return spans


def _topics(text: str, settings: GateSettings, medicines: frozenset[str]) -> set[str]:
    lexicon = settings.lexicon
    found = {_POSSESSIVE.sub("", w) for w in _LETTER_WORD.findall(text)}
    return {w for w in found if w not in medicines and w not in lexicon.general_topic_words and _topic_word(w, lexicon)}


def _said(text: str, settings: GateSettings, words: _Words) -> str:
    """``text`` without the parts that say nothing of their own: a heading left without its answer ("Baby: the .")
    and a part that only borrows the verb of the one before ("sleep and feeding likewise")."""
    stop = settings.lexicon.stop_words
    kept = []
    for piece in _PIECE.finditer(text):
        _, colon, answer = piece[0].rpartition(":")
        if colon and all(w in stop for w in _LETTER_WORD.findall(answer)):
            continue
        said = [w for w in _LETTER_WORD.findall(piece[0]) if w not in stop]
        if said and said[-1] in words.likewise and len(said) - 1 <= words.likewise_most_words:
            continue
        kept.append(piece[0])
    return " . ".join(kept)


def _without_list_heads(rest: str, normal: str, settings: GateSettings, words: _Words) -> str:
    """``rest`` without the heads of a list torn from the clause set aside after them: in "sleep, feeding and
    withdrawal to be covered at the meeting" the deferral's clause starts after the comma, so "sleep," is left
    standing alone. A sentence whose last part (after a comma) is wholly set aside, and whose other parts only name
    topics (at most `likewise_most_words` words each besides stop words, every one a topic word), goes with it."""
    lexicon = settings.lexicon
    stop = lexicon.stop_words
    out = rest
    for piece in _PIECE.finditer(rest):
        parts = piece[0].split(",")
        if len(parts) < 2 or parts[-1].strip() or not normal[piece.end() - len(parts[-1]) : piece.end()].strip():
            continue
        heads = [[w for w in _LETTER_WORD.findall(p) if w not in stop] for p in parts[:-1]]
        if all(
            head and len(head) <= words.likewise_most_words and all(_topic_word(w, lexicon) for w in head)
            for head in heads
        ):
            out = out[: piece.start()] + " " * (piece.end() - piece.start()) + out[piece.end() :]
    return out


def regimen_only(text: str, analysis: Analysis, settings: GateSettings, medicines: frozenset[str]) -> bool:
    """Whether ``text`` (analysed as ``analysis``) decides only its medicine's own line ("Methadone 60 mg once
    daily continues.") and names the baby's care or the class's concerns only where they are set aside: in a
    deferral, a passive account, a habit, a heading without its answer or a part that says "likewise" after one."""
    normal = normalised_lines(text)
    words = _words()
    if not any(w in normal for w in words.carried_on) and not any(c.isdigit() for c in normal):
        return False
    remainder = analysis.remainder
    if len(remainder) != len(normal):
        return False  # the remainder blanks in place; anything else is not this text's
    spans = _line_spans(remainder, medicines, words)
    if not spans or not _topics(_blank_out(normal, spans), settings, medicines):
        return False  # naming no topic besides the line is MA124's to report
    # A passive account is read on the remainder (where a hedge between its words is gone: "has been fully taken
    # into account") and on the text itself (where the remainder may have set its verb aside as a hedge: "were
    # discussed at length"); its subject is blanked wherever either finds it.
    judge = _judge(settings)
    rest = judge._without_account_subjects(_blank_out(remainder, spans))
    told = judge._without_account_subjects(normal)
    if len(told) == len(normal) and told != normal:
        rest = "".join(r if t == n else " " for r, t, n in zip(rest, told, normal, strict=True))
    return not _topics(_said(_without_list_heads(rest, normal, settings, words), settings, words), settings, medicines)
