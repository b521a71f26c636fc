"""Items still to do or to ask, read for MA103 (mappings/hollow-phrases.toml, [undecided_items]): a list whose items
are each marked as still to do ("levels - to be addressed; effect on baby - to be addressed"), a query in shorthand
("?levels. ?paeds.") and a review as needed with no holder and no time ("R/v prn."). Each decides nothing: the part
holding it is set aside, and what is left must still decide. An item with its decision, a query answered ("?NAS -
SCBU obs 72h") and a review with its holder or time stand."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..core.resources import mapping_table
from . import memo
from .phrases import alternation
from .substance import LINE_BREAK
from .text import blanked, normalise

_alternation = functools.partial(alternation, normalised=True, any_spaces=True)


@dataclass(frozen=True, slots=True)
class _Items:
    to_do: re.Pattern[str]
    """An item: a short label, a dash, colon or equals sign, and a to-do mark ending its part."""
    query: re.Pattern[str]
    """A part only of shorthand queries ("?levels", "?paeds, ?BF")."""
    review: re.Pattern[str]
    """A part only of a review as needed ("r/v prn")."""
    open_list: re.Pattern[str] | None
    """A part only of a label saying its items are open and a list of short topics ("still open: feeds, cot")."""
    open_tail: re.Pattern[str] | None
    """A part only of a list of short topics said after it to be still open ("feeds and the cot need working out")."""
    held: re.Pattern[str] | None
    """An item naming who does it ("by the midwife", "HV to check"): a list holding one decides and stands."""
    needles: tuple[str, ...]
    """Literals one of which every part these find holds, in normalised text: "?" (a query), and the longest word
    of each to-do mark, as-needed phrase and open-list mark (every part found holds one): the cheap pre-check."""


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text
def lines_normalised(text: str) -> str:
    """``text`` normalised line by line, lines kept apart by a line break: a list's item ends at its line's end."""
    return "\n".join(line for line in (normalise(raw) for raw in LINE_BREAK.split(text)) if line)


_STARTS = re.compile(r"[;:\n]|[.!?](?=\s|$)")
"""Where a part may open: after a semicolon, colon, line's or sentence's end."""
_END = r"(?=\s*(?:[;,\n]|[.!?](?:\s|$)|$))"
_LABEL_WORD = r"[^\W\d_][\w'/()+&-]*"
_EMPTY_ANSWER = r"(?:\s*(?:-+>|=+>|[\u2192\u21d2]|[-:=]))?"
"""An arrow, dash, colon or equals sign with no answer after it ("?NAS ->."): the query is still unanswered."""


@functools.cache
def _items() -> _Items | None:
    table: dict[str, Any] = mapping_table("hollow-phrases.toml").get("undecided_items", {})
    marks, reviews, needed = table.get("to_do_marks", ()), table.get("review_words", ()), table.get("as_needed", ())
    if not (marks and reviews and needed):
        return None
    most = int(table.get("label_words_most", 6))
    words = int(table.get("query_words_most", 4))
    bullet = r"(?:[-*\u2022]\s*|\(?\d{1,2}[.)]\s+)?"
    apart = r"(?:\s[-\u2013\u2014]+\s|[:=]|\s[-\u2013\u2014]+)"
    leads = table.get("to_do_leads", ())
    lead = rf"(?:(?:{_alternation(leads)})\s+)?" if leads else ""
    to_do = (
        rf"\s*{bullet}{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{0,{most - 1}}}?\s*{apart}"
        rf"\s*{lead}(?:{_alternation(marks)})(?![\w']){_END}"
    )
    # a query's words open with a letter or digit: a dash or arrow after them leads to its answer
    query = rf"\?\s*[^\W_][\w'/+-]*(?:\s+[^\W_][\w'/+-]*){{0,{words - 1}}}?\s*\??{_EMPTY_ANSWER}"
    queries = rf"\s*{bullet}{query}(?:\s*(?:,|/|and)?\s*{query})*{_END}"
    review = rf"\s*{bullet}(?:{_alternation(reviews)})\s+(?:{_alternation(needed)})(?![\w']){_END}"
    open_list = open_tail = held = None
    opens, tails = table.get("open_list_marks", ()), table.get("open_list_tails", ())
    item = rf"{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{0,{most - 1}}}"
    items = rf"{item}(?:\s*(?:[,;/]|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?{item})*"
    if opens:
        nouns = table.get("open_list_nouns", ())
        noun = rf"(?:\s+(?:{_alternation(nouns)}))?" if nouns else ""
        open_list = re.compile(
            rf"\s*{bullet}(?:{_LABEL_WORD}\s+){{0,{most}}}{lead}(?:{_alternation(opens)}){noun}(?![\w'])\s*{apart}"
            rf"\s*{items}{_END}"
        )
    if tails:
        # "who does the nights, where the baby sleeps and the watch all need working out": the topics still open
        quantifiers = _alternation(table.get("open_list_tail_leads", ()) or ["all"])
        open_tail = re.compile(
            rf"\s*{bullet}{items}\s+(?:(?:{quantifiers})\s+)*(?:{_alternation(tails)})(?![\w']){_END}"
        )
    watchers = mapping_table("concerns.toml").get("conclusion", {}).get("watchers", ())
    if watchers:
        role = alternation(watchers, normalised=True, any_spaces=True, word_endings=True)
        held = re.compile(
            rf"(?<![\w'])(?:by\s+(?:the\s+|her\s+|his\s+)?(?:{role})"
            rf"|(?:{role})\s+(?:team\s+)?(?:will|to|should|must|shall|can))(?![\w'])"
        )
    phrases = (*marks, *needed, *opens, *tails)
    needles = ("?", *sorted({max(normalise(p).split(), key=len) for p in phrases if normalise(p).strip()}))
    return _Items(re.compile(to_do), re.compile(queries), re.compile(review), open_list, open_tail, held, needles)


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text
def without_undecided_items(normalised: str) -> str:
    """``normalised`` with each part blanked in place that is only an item still to do ("levels - to be addressed",
    "feeding: TBD"), a shorthand query ("?levels", "?paeds, ?BF") or a review as needed ("r/v prn"); [undecided_items]
    in mappings/hollow-phrases.toml. A part with more after it (its decision, its holder, the query's answer) stands."""
    found = _items()
    if found is None or not any(needle in normalised for needle in found.needles):
        return normalised
    spans: list[tuple[int, int]] = []
    for at in [0, *(m.end() for m in _STARTS.finditer(normalised))]:
        for pattern in (found.to_do, found.query, found.review, found.open_list, found.open_tail):
            if pattern is not None and (m := pattern.match(normalised, at)) is not None and m.end() > m.start():
                if pattern in (found.open_list, found.open_tail) and found.held is not None and found.held.search(m[0]):
                    break  # "To do: cot check by the health visitor": an item with its holder decides
                spans.append((m.start(), m.end()))
                break
    return blanked(normalised, spans) if spans else normalised
