"""One normalisation for every rule that judges text or names, so a disguise is judged like the plain text.

``normalise`` folds what a reader cannot see or tell apart: Unicode compatibility forms (NFKC: full-width
letters, ligatures, mathematical letters), format characters (zero-width spaces and joiners, soft hyphens,
byte order marks, bidirectional controls), letters from other scripts that look like Latin ones (Unicode
UTS #39 confusables, from the table the confusable-homoglyphs package maintains), accents, every dash and
hyphen, every kind of space, and case. Stored text never changes: the gate judges the normalised form and
quotes neither.

``mixed_script_words`` finds words that mix scripts (a Cyrillic letter e inside a Latin word), which a
clinician's keyboard does not produce by accident and a disguise does.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources

_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"}
_SPACE = re.compile(r"\s+")
_UNIT_LETTERS = frozenset("\u00b5\u03bc\u2126\u03a9")
"""Micro and ohm signs (and the Greek letters NFKC folds them to) are units in "60 µg", not a second script."""
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


@functools.cache
def _latin_lookalikes() -> dict[int, str]:
    """Non-ASCII characters that UTS #39 lists as confusable with an ASCII letter or digit, mapped to it.

    The confusable-homoglyphs package ships Unicode's confusables table as JSON (character -> homoglyphs);
    only mappings onto plain ASCII letters and digits are kept, so ASCII text is never altered."""
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8")
    table: dict[str, list[dict[str, str]]] = json.loads(raw)
    direct: dict[str, str] = {}
    for char, homoglyphs in table.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in homoglyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                direct[char] = target
                break
    mapping = {ord(c): t for c, t in direct.items()}
    # Some small letters are listed only against small capitals (Cyrillic small te against
    # small capital T): the capital of the letter finds the Latin one, and case is folded afterwards anyway.
    for char in table:
        if len(char) == 1 and char.islower() and not char.isascii() and ord(char) not in mapping:
            upper = char.upper()
            if upper in direct and direct[upper].isupper():
                mapping[ord(char)] = direct[upper].lower()
    for unit in _UNIT_LETTERS:
        mapping.pop(ord(unit), None)
    return mapping


def _invisible(char: str) -> bool:
    """Format characters (Cf: zero-width, soft hyphen, BOM, bidi controls) and variation selectors."""
    category = unicodedata.category(char)
    return category == "Cf" or (category == "Mn" and unicodedata.combining(char) == 0)


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The form every rule compares: NFKC, invisible characters removed, look-alike letters mapped to Latin,
    accents removed, dashes unified to "-", whitespace collapsed to one space, case folded, trimmed."""
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(c for c in folded if not _invisible(c))
    folded = folded.translate(_latin_lookalikes())
    folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    folded = folded.translate(_DASHES)
    folded = _SPACE.sub(" ", folded.casefold()).strip()
    return unicodedata.normalize("NFC", folded)


def words(normalised: str) -> list[str]:
    """The words of normalised text: runs of letters and digits, joined by inner hyphens or apostrophes
    ("co-sleeping", "mother's")."""
    return _WORD.findall(normalised)


def _script(char: str) -> str | None:
    if not char.isalpha() or char in _UNIT_LETTERS:
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


def mixed_script_words(text: str) -> int:
    """How many words of ``text`` mix letters of more than one script (e.g. Latin with Cyrillic or Greek),
    after compatibility folding and with invisible characters removed."""
    folded = "".join(c for c in unicodedata.normalize("NFKC", text) if not _invisible(c))
    count = 0
    for word in _WORD.findall(folded):
        scripts = {s for s in map(_script, word) if s is not None}
        if len(scripts) > 1:
            count += 1
    return count
