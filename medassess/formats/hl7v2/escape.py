"""HL7 v2 escaping of text, exact in both directions.

Every character that would change a message's structure is escaped with the standard encoding characters
``|^~\\&``: ``\\F\\`` field, ``\\S\\`` component, ``\\T\\`` subcomponent, ``\\R\\`` repetition and
``\\E\\`` escape. In :func:`escape`, line breaks and every other control character are written as
hexadecimal escapes (``\\X0D\\`` for CR, ``\\X0A\\`` for LF): a raw CR ends a segment, and the text comes
back exactly. Text outside ASCII is left as it is; messages are UTF-8 and say so in MSH-18 (``UNICODE UTF-8``).

hl7apy escapes only some of these, and never CR or LF (tests/test_hl7v2_escape.py shows it), which is why
medassess escapes for itself.

Formatted text (FT) keeps the author's line breaks as the formatting command ``\\.br\\`` (HL7 v2.5.1
section 2.7.6), so a paragraph and the breaks between paragraphs travel in one value a receiver reads whole
(:func:`formatted`); ``.br`` does not say whether the break was CR, LF or CRLF, which only the embedded record
keeps. :func:`lines` gives the author's lines, for a layout with one value per paragraph.

Escaped display text can be shortened to what a datatype allows (ST is 199 characters) without cutting an
escape sequence (:func:`fit`).
"""

from __future__ import annotations

import re

_ESCAPES: dict[int, str] = {
    ord("\\"): "\\E\\",
    ord("|"): "\\F\\",
    ord("^"): "\\S\\",
    ord("&"): "\\T\\",
    ord("~"): "\\R\\",
    **{c: f"\\X{c:02X}\\" for c in [*range(0x20), 0x7F]},
}
_NEEDS_ESCAPE = re.compile(r"[\\|^&~\x00-\x1f\x7f]")
_SEQUENCE = re.compile(r"\\([^\\]*)\\")
_NAMED = {"E": "\\", "F": "|", "S": "^", "T": "&", "R": "~"}
_HEX = re.compile(r"X((?:[0-9A-Fa-f]{2})+)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
LINE_BREAK = "\\.br\\"
"""FT's line break (HL7 v2.5.1 section 2.7.6)."""


class EscapeError(ValueError):
    """Text holds an escape sequence medassess does not write (the message says which kind, not the text)."""


def escape(text: str) -> str:
    """Text as it is written inside an HL7 v2 field, component or subcomponent."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.translate(_ESCAPES)


def _unescape_one(match: re.Match[str]) -> str:
    body = match.group(1)
    named = _NAMED.get(body)
    if named is not None:
        return named
    hexa = _HEX.fullmatch(body)
    if hexa is None:
        raise EscapeError("an escape sequence other than \\F\\ \\S\\ \\T\\ \\R\\ \\E\\ or \\Xhh\\")
    try:
        return bytes.fromhex(hexa.group(1)).decode("utf-8")
    except UnicodeDecodeError:
        raise EscapeError("a hexadecimal escape that is not UTF-8") from None


def unescape(text: str) -> str:
    """The text an escaped value stands for: the exact inverse of :func:`escape`."""
    if "\\" not in text:
        return text
    result = _SEQUENCE.sub(_unescape_one, text)
    if "\\" in _SEQUENCE.sub("", text):
        raise EscapeError("an escape sequence that is not closed")
    return result


def lines(text: str) -> list[str]:
    """The author's lines: text split at each line break (CRLF, CR or LF); blank lines are kept."""
    return _LINE_BREAK.split(text)


def formatted(text: str) -> str:
    """Text as an FT value: each line escaped, the author's line breaks as ``\\.br\\``, nothing else added."""
    return LINE_BREAK.join(escape(line) for line in lines(text))


def split_escaped(escaped: str, limit: int) -> list[str]:
    """Escaped text cut into pieces of at most ``limit`` characters, never inside an escape sequence.

    A cut falls before a space where the piece can end on a word, since receivers may drop a TX value's
    trailing spaces; the next piece then starts with the space, which TX keeps.
    """
    if len(escaped) <= limit:
        return [escaped]
    pieces: list[str] = []
    start, end = 0, len(escaped)
    while end - start > limit:
        cut = start + limit
        if escaped.count("\\", start, cut) % 2:
            cut = escaped.rfind("\\", start, cut)
        space = escaped.rfind(" ", start + limit // 2, cut + 1)
        if space > start:
            cut = space
        pieces.append(escaped[start:cut])
        start = cut
    pieces.append(escaped[start:])
    return pieces


def fit(text: str, limit: int) -> str:
    """Text shortened so that its escaped form has at most ``limit`` characters (for display components)."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return text
    return unescape(split_escaped(escaped, limit)[0]).rstrip()
