"""Ways to disguise text so that it reads the same to a person and differently to a naive string match.

Used by the red-team corpus (deterministic disguises, cases.py) and by the property-based tests (random
disguises, test_disguise_properties.py). Written from the specification in issue 9 only, not from the gate's
code: the gate must judge a disguised phrase exactly as it judges the plain one.

Every table here is a list of look-alikes a reader would not notice. The homoglyphs are Cyrillic and Greek
letters whose Unicode UTS #39 confusables skeleton is the Latin letter they replace.
"""

from __future__ import annotations

import unicodedata

HOMOGLYPHS: dict[str, tuple[str, ...]] = {
    # Latin letter: (Cyrillic and/or Greek look-alikes)
    "a": ("\u0430", "\u03b1"),  # Cyrillic Small A, Greek Small Alpha
    "c": ("\u0441",),  # Cyrillic Small Es
    "d": ("\u0501",),  # Cyrillic Small Komi De
    "e": ("\u0435",),  # Cyrillic Small Ie
    "h": ("\u04bb",),  # Cyrillic Small Shha
    "i": ("\u0456", "\u03b9"),  # Cyrillic Small Byelorussian-Ukrainian I, Greek Small Iota
    "j": ("\u0458",),  # Cyrillic Small Je
    "o": ("\u043e", "\u03bf"),  # Cyrillic Small O, Greek Small Omicron
    "p": ("\u0440", "\u03c1"),  # Cyrillic Small Er, Greek Small Rho
    "q": ("\u051b",),  # Cyrillic Small Qa
    "s": ("\u0455",),  # Cyrillic Small Dze
    "v": ("\u03bd",),  # Greek Small Nu
    "w": ("\u051d",),  # Cyrillic Small We
    "x": ("\u0445", "\u03c7"),  # Cyrillic Small Ha, Greek Small Chi
    "y": ("\u0443",),  # Cyrillic Small U
    "A": ("\u0410", "\u0391"),  # Cyrillic Capital A, Greek Capital Alpha
    "B": ("\u0412", "\u0392"),  # Cyrillic Capital Ve, Greek Capital Beta
    "C": ("\u0421",),  # Cyrillic Capital Es
    "E": ("\u0415", "\u0395"),  # Cyrillic Capital Ie, Greek Capital Epsilon
    "H": ("\u041d", "\u0397"),  # Cyrillic Capital En, Greek Capital Eta
    "I": ("\u0406", "\u0399"),  # Cyrillic Capital Byelorussian-Ukrainian I, Greek Capital Iota
    "J": ("\u0408",),  # Cyrillic Capital Je
    "K": ("\u041a", "\u039a"),  # Cyrillic Capital Ka, Greek Capital Kappa
    "M": ("\u041c", "\u039c"),  # Cyrillic Capital Em, Greek Capital Mu
    "N": ("\u039d",),  # Greek Capital Nu
    "O": ("\u041e", "\u039f"),  # Cyrillic Capital O, Greek Capital Omicron
    "P": ("\u0420", "\u03a1"),  # Cyrillic Capital Er, Greek Capital Rho
    "S": ("\u0405",),  # Cyrillic Capital Dze
    "T": ("\u0422", "\u03a4"),  # Cyrillic Capital Te, Greek Capital Tau
    "X": ("\u0425", "\u03a7"),  # Cyrillic Capital Ha, Greek Capital Chi
    "Y": ("\u03a5", "\u04ae"),  # Greek Capital Upsilon, Cyrillic Capital Straight U
    "Z": ("\u0396",),  # Greek Capital Zeta
}
"""Latin letter -> look-alike letters from other scripts."""

LATIN_OF: dict[str, str] = {glyph: latin for latin, glyphs in HOMOGLYPHS.items() for glyph in glyphs}
"""The reverse table, for the corpus's own checks (never used to decide a verdict)."""

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
"""Zero width space, non-joiner, joiner, word joiner, BOM / zero width no-break space."""
SOFT_HYPHEN = "\u00ad"
BIDI_CONTROLS = (
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",  # left-to-right embedding
    "\u202b",  # right-to-left embedding
    "\u202c",  # pop directional formatting
    "\u202d",  # left-to-right override
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2067",  # right-to-left isolate
    "\u2068",  # first strong isolate
    "\u2069",  # pop directional isolate
)
INVISIBLE = (*ZERO_WIDTH, SOFT_HYPHEN, *BIDI_CONTROLS)
DASHES = ("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d")
"""Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small and full-width
hyphen-minus: each stands where a writer typed '-'."""
SPACES = ("\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u3000")
"""No-break, en, em, thin, narrow no-break and ideographic spaces."""


def homoglyphs(text: str, letters: str, *, variant: int = 0) -> str:
    """Every occurrence of each of ``letters`` replaced by a look-alike from another script."""
    out = []
    for ch in text:
        glyphs = HOMOGLYPHS.get(ch) if ch in letters else None
        out.append(glyphs[variant % len(glyphs)] if glyphs else ch)
    return "".join(out)


def inside_words(text: str, mark: str, *, every: int = 1) -> str:
    """``mark`` inserted between letters inside words (after every ``every``-th letter of a word)."""
    out = []
    run = 0
    for i, ch in enumerate(text):
        out.append(ch)
        if ch.isalnum():
            run += 1
            following = text[i + 1] if i + 1 < len(text) else ""
            if following.isalnum() and run % every == 0:
                out.append(mark)
        else:
            run = 0
    return "".join(out)


def full_width(text: str) -> str:
    """ASCII printable characters as their full-width forms; spaces as ideographic spaces."""
    return "".join(
        chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in text
    )


def swap_dashes(text: str, dash: str = "\u2013") -> str:
    return text.replace("-", dash)


def swap_spaces(text: str, space: str = "\u00a0") -> str:
    return text.replace(" ", space)


def plain(text: str) -> str:
    """The corpus's own reading of disguised text (NFKC, invisible characters dropped, look-alikes mapped to
    Latin, dashes and spaces unified, case folded). Used only to check that the corpus itself is written as
    intended; the gate's normalisation is what is under test."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(LATIN_OF.get(ch, ch) for ch in text if ch not in INVISIBLE and unicodedata.category(ch) != "Cf")
    for dash in DASHES:
        text = text.replace(unicodedata.normalize("NFKC", dash), "-")
    text = " ".join(text.split())
    return text.casefold()
