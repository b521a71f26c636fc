"""Disguises of plain text a reader cannot see: look-alike letters from other scripts, invisible characters,
full-width forms, dash variants, extra spaces and case. Shared by the normalisation and substance tests."""

from __future__ import annotations

import random

from hypothesis import strategies as st

HOMOGLYPHS: dict[str, str] = {
    "a": "\u0430\u03b1",  # Cyrillic a, Greek alpha
    "c": "\u0441",
    "d": "\u0501",
    "e": "\u0435",
    "h": "\u04bb",
    "i": "\u0456\u03b9",
    "j": "\u0458",
    "k": "\u03ba",
    "l": "\u04c0",  # Cyrillic palochka
    "o": "\u043e\u03bf",
    "p": "\u0440\u03c1",
    "s": "\u0455",
    "v": "\u03bd",
    "x": "\u0445\u03c7",
    "y": "\u0443",
    "A": "\u0410\u0391",
    "B": "\u0412\u0392",
    "C": "\u0421",
    "E": "\u0415\u0395",
    "H": "\u041d\u0397",
    "I": "\u0406\u0399",
    "J": "\u0408",
    "K": "\u041a\u039a",
    "M": "\u041c\u039c",
    "N": "\u039d",
    "O": "\u041e\u039f",
    "P": "\u0420\u03a1",
    "S": "\u0405",
    "T": "\u0422\u03a4",
    "X": "\u0425\u03a7",
    "Y": "\u03a5",
    "Z": "\u0396",
}
"""Latin letters and the Cyrillic and Greek letters that look like them."""

INVISIBLE = (
    "\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u180e\u034f\ufe0f"
)
"""Zero-width space, joiners, word joiner, soft hyphen, byte order mark, bidi marks, embeddings, overrides and
isolates, Mongolian vowel separator, combining grapheme joiner, variation selector. Not the
right-to-left override: it reverses what follows on screen, so it is a disguise only around one character
(see ``disguise``), and text it reverses is read reversed."""

MARKS = "\u0301\u0308\u0336\u0332\u20dd\u20e3"
"""Marks drawn on or round the letter before them: acute, diaeresis, a stroke through it, a line under it,
an enclosing circle, a keycap."""

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
BLANKS = "\u115f\u1160\u3164\uffa0\u2800\U0001d159"
"""Letters and symbols that print as a blank cell: Hangul choseong, jungseong, compatibility and halfwidth
fillers, the blank braille pattern, the musical null notehead. Standing for a space, a reader sees a space;
inside a word, where Unicode makes the Hangul fillers ignorable, the word."""

SPACES = ("  ", "\t", "\u00a0", "\u2003", "\u3000", " \u200b ")
"""What a space may be written as: a blank letter (:data:`BLANKS`) is not among them (see :func:`disguise`)."""


def disguise(plain: str, rng: random.Random) -> str:
    """``plain`` with any mix of the disguises, character by character."""
    out: list[str] = []
    # Blank letters are left to their own tests (tests/gate/test_text.py, test_answers_in_disguise.py): a text
    # spaced by them is read so only where no space divides its words otherwise, and a rule's test that adds a
    # plain sentence to a disguised one would mix the two.
    for char in plain:
        how = rng.choice(["keep", "keep", "homoglyph", "fullwidth", "case", "invisible", "mark"])
        if char == "-":
            out.append(rng.choice(["-", *DASHES]))
        elif char == " ":
            out.append(rng.choice([" ", *SPACES]))
        elif how == "case" and char.isascii() and char.isalpha():
            out.append(char.swapcase())
        elif how == "homoglyph" and char in HOMOGLYPHS:
            out.append(rng.choice(HOMOGLYPHS[char]))
        elif how == "fullwidth" and "!" <= char <= "~":
            out.append(chr(ord(char) + 0xFEE0))
        elif how == "mark" and char.isalnum():
            out.append(char + rng.choice(MARKS))
        elif how == "invisible":
            out.append(rng.choice([rng.choice(INVISIBLE) + char, "\u202e" + char + "\u202c"]))
        else:
            out.append(char)
    if rng.random() < 0.5:
        out.append(rng.choice(INVISIBLE))
    return "".join(out)


@st.composite
def disguised(draw: st.DrawFn, plain: str) -> str:
    """A disguise of ``plain``, from a random source hypothesis controls (drawing per character is slow)."""
    return disguise(plain, draw(st.randoms(use_true_random=False)))
