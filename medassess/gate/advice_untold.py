"""Whether a conclusion says, as a fact, that safe sleep advice was not given (mappings/concerns.toml,
``[advice_untold]``; read by MA126): "[ ] Safe sleep advice - not given; she left before we got to it", "no safe
sleep advice was given", "not given on the ward", "not given as the visit overran". A denial with a recipient or a
time after it ("not given to the father", "not given yet"), or under a condition in its sentence ("if safe sleep
advice was not given ..."), is not read; nor is one whose reason names the advice's other form ("not given as the
leaflet covers it": it was given that way)."""

from __future__ import annotations

import functools
import re

from ..core.resources import mapping_table
from .phrases import alternation
from .text import normalise

_words = functools.partial(alternation, normalised=True, any_spaces=True)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = mapping_table("concerns.toml").get("advice_untold")
    if not table:
        return None
    subjects = _words(table["subjects"])
    # Where or at what it was not given ("on the ward", "at discharge"): the denial stands as a fact.
    place = rf"(?:\s+(?:{_words(table['place_links'])})\s+(?:the\s+)?(?:{_words(table['places'])})(?![\w']))?"
    # A reason naming the advice's other form ("as the leaflet covers it"): the advice was given that way.
    another_form = rf"(?![^.;!?\n]*?(?<![\w'])(?:{_words(table['forms'])})(?![\w']))"
    told = re.compile(
        rf"(?<![\w'])(?:(?:{subjects})\s*(?:[-:\u2013\u2014]\s*|\s(?:{_words(table['links'])})\s+)?"
        rf"(?:{_words(table['denials'])}){place}"
        rf"(?=\s*(?:[.;,!)\n]|-\s|$)|\s+(?:{_words(table['reasons'])})(?![\w']){another_form})"
        rf"|no\s+(?:{subjects})\s+(?:{_words(table['no_given'])}){place}(?=\s*(?:[.;,!)\n]|$)))"
    )
    return told, re.compile(rf"(?<![\w'])(?:{_words(table['conditions'])})(?![\w'])")


_SENTENCE = re.compile(r"[.!?\n](?=\s|$)")


def says_advice_untold(text: str) -> bool:
    """Whether ``text`` says, as a fact, that safe sleep advice was not given (as the module says). Judged on the
    normalised text, so disguised text is judged like the plain."""
    found = _patterns()
    if found is None:
        return False
    plain = normalise(text)
    if "safe sleep" not in plain:  # cheap: no safe sleep advice named
        return False
    told, conditions = found
    for m in told.finditer(plain):
        starts = [s.end() for s in _SENTENCE.finditer(plain, 0, m.start())]
        if conditions.search(plain, starts[-1] if starts else 0, m.start()) is None:
            return True
    return False
