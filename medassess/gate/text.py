"""One normalisation for every rule that judges text or names, so a disguise is judged like the plain text.

``normalise`` folds what a reader cannot see or tell apart: Unicode compatibility forms (NFKC: full-width
letters, ligatures, mathematical letters), format characters (zero-width spaces and joiners, soft hyphens,
byte order marks, bidirectional controls), digits of other scripts (as the ASCII digit of the same value),
letters from other scripts that look like Latin ones (Unicode UTS #39 confusables, from the table the
confusable-homoglyphs package maintains), accents, every dash and hyphen, every kind of space (the letters and
symbols that print as a blank among them), and case.
Stored text never changes: the gate judges the normalised form and quotes neither.

``mixed_script_words`` finds words that mix scripts (a Cyrillic letter e inside a Latin word), which a
clinician's keyboard does not produce by accident and a disguise does.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

from medassess.gate import memo

_DASHES = {
    ord(c): "-"
    for c in "\u058a\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e17\u2e1a\u2e3a\u2e3b\u2e40"
    "\u301c\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d"
}
_BLANK_LETTERS = frozenset("\u115f\u1160\u2800\u3164\uffa0\U0001d159")
"""Letters and symbols that print as a blank where a space would be: the Hangul fillers (choseong, jungseong,
the compatibility filler and its halfwidth form, letters of category Lo that Unicode makes default-ignorable
but fonts draw as an empty cell), the blank braille pattern and the musical null notehead (symbols, So, drawn
empty). Used for spaces they are read as spaces, so "no\u3164concerns" is the two words a reader sees; put
inside a word ("ba\u3164by"), where Unicode makes them ignorable and a reader takes the word whole, they are
dropped (see :func:`_read_blanks`)."""
_BLANK = "\ufdd0"
"""A noncharacter (never interchanged) standing for a blank letter until the words around it are read."""
_FILLED_WORD = re.compile(r"[^\W_]+(?:\ufdd0+[^\W_]+)+")
_FILLERS = re.compile("\ufdd0+")
_SPACE = re.compile(r"\s+")
_UNIT_LETTERS = frozenset("\u00b5\u03bc\u2126\u03a9")
"""Micro and ohm signs (and the Greek letters NFKC folds them to) are units in "60 µg", not a second script."""
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_PARTS = re.compile(r"['\-]")
_CAPITAL_I = re.compile(r"CAPITAL LETTER (?:[A-Z-]+ )?(?:I|IOTA)$")


@functools.cache
def _latin_lookalikes() -> dict[int, str]:
    """Non-ASCII characters that UTS #39 lists as confusable with an ASCII letter or digit, mapped to it.

    The confusable-homoglyphs package ships Unicode's confusables table as JSON (character -> homoglyphs);
    only mappings onto plain ASCII letters and digits are kept, so ASCII text is never altered."""
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8")
    table: dict[str, list[dict[str, str]]] = json.loads(raw)
    direct = _ascii_homoglyphs(table)
    _fold_capital_i(direct)
    mapping = {ord(c): t for c, t in direct.items()}
    _add_apostrophes(table, mapping)
    _add_small_letters(table, direct, mapping)
    for unit in _UNIT_LETTERS:
        mapping.pop(ord(unit), None)
    return mapping


def _ascii_homoglyphs(table: dict[str, list[dict[str, str]]]) -> dict[str, str]:
    """Each non-ASCII character of the table with the first ASCII letter or digit it is listed against."""
    direct: dict[str, str] = {}
    for char, homoglyphs in table.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in homoglyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                direct[char] = target
                break
    return direct


def _fold_capital_i(direct: dict[str, str]) -> None:
    """UTS #39 maps every vertical stroke to "l", including the capital I of Greek and Cyrillic, while their
    small letters map to "i". Case is folded afterwards, so a disguised capital I must become "i" as the
    plain one does; a stroke that is no letter I (palochka) stays "l" in both cases."""
    for char in list(direct):
        if direct[char] == "l" and _CAPITAL_I.search(unicodedata.name(char, "")):
            direct[char] = "i"
    for char in list(direct):
        capital = char.upper()
        if capital != char and direct.get(capital) == "l":
            direct[char] = "l"


def _add_apostrophes(table: dict[str, list[dict[str, str]]], mapping: dict[int, str]) -> None:
    """Apostrophe look-alikes (right single quotation mark, modifier letter apostrophe, prime, acute accent)
    become the ASCII apostrophe, so "mother\u2019s" is one word as "mother's" is."""
    for char, homoglyphs in table.items():
        if len(char) == 1 and not char.isascii() and any(g["c"] == "'" for g in homoglyphs):
            mapping[ord(char)] = "'"


def _add_small_letters(table: dict[str, list[dict[str, str]]], direct: dict[str, str], mapping: dict[int, str]) -> None:
    """Some small letters are listed only against small capitals (Cyrillic small te against small capital T):
    the capital of the letter finds the Latin one, and case is folded afterwards anyway."""
    for char in table:
        if len(char) == 1 and char.islower() and not char.isascii() and ord(char) not in mapping:
            upper = char.upper()
            if upper in direct and direct[upper].isupper():
                mapping[ord(char)] = direct[upper].lower()


def _invisible(char: str) -> bool:
    """Format characters (Cf: zero-width, soft hyphen, BOM, bidi controls, tags), variation selectors and
    other non-spacing marks that attach to nothing visible."""
    category = unicodedata.category(char)
    return category == "Cf" or (category == "Mn" and unicodedata.combining(char) == 0)


def _shown(text: str, blank: str = " ") -> str:
    """``text`` as it shows: invisible characters removed, blank letters read as the spaces they show as (or as
    ``blank``, to be read by :func:`_read_blanks` once the text is folded)."""
    return "".join(blank if c in _BLANK_LETTERS else c for c in text if not _invisible(c))


@functools.cache
def _blank_reading() -> tuple[float, frozenset[str]]:
    """``blank_medicine_zipf`` of ``mappings/share-gate.toml`` and the medicine names' words
    (``mappings/medicine-words.txt``), for :func:`_read_blanks`, as the gate's settings and lexicon read them."""
    from .settings import shipped_value
    from .substance import medicine_words

    return float(shipped_value("blank_medicine_zipf")), medicine_words(())


_DIGIT = re.compile(r"[0-9]")
_MOST_JOINED = 8
"""The most runs of letters read as one word across blank letters (a long word split at every second letter)."""
_SPACED = re.compile(r"[^\W_][^\S\n\r]+[^\W_]")
"""Two letters or digits with a space (not a line break) between them: a text holding one spaces its words."""


def _read_blanks(folded: str) -> str:
    """Folded text with each blank letter read as a reader reads it: between words, a space ("no\u3164concerns"
    is "no concerns"); inside one, nothing ("cit\u3164alopram" is "citalopram"). The runs of letters a stretch of
    blank letters divides are grouped into the likeliest words, as word segmentation does (P. Norvig, "Natural
    Language Corpus Data", Beautiful Data, O'Reilly 2009): each group scores the log of its frequency in
    English, its Zipf less 9 (digits read as wordfreq counts them); a medicine's word English does not know
    scores ``blank_medicine_zipf`` less 9; any other group, -9 less one for each letter (every letter more makes
    an unknown word ten times rarer). The grouping with the highest total wins: "ba"+"by" makes "baby" (one
    common word beats two), "no"+"concerns" stays two (joined they are no word), "met"+"had"+"one" makes
    "methadone". A text whose words no space divides (line breaks aside) is spaced by its blank letters, each
    read as a space: words written apart and joined by chance ("may"+"be", "after"+"birth") stay apart."""
    if _BLANK not in folded:
        return folded
    if not _SPACED.search(folded):
        return folded.replace(_BLANK, " ")  # no word is spaced from the next otherwise: the blanks are its spaces
    from .english import zipf  # the word list loads on first use, and only text holding a blank letter needs it

    medicine, medicines = _blank_reading()

    def score(word: str) -> float:
        known = zipf(_DIGIT.sub("0", word))
        if known > 0:
            return known - 9
        return medicine - 9 if word in medicines else -9.0 - len(word)

    def read(m: re.Match[str]) -> str:
        pieces = _FILLERS.split(m[0])
        best: list[tuple[float, list[str]]] = [(0.0, [])]
        for end in range(1, len(pieces) + 1):
            best.append(
                max(
                    (
                        (
                            best[start][0] + score("".join(pieces[start:end])),
                            [*best[start][1], "".join(pieces[start:end])],
                        )
                        for start in range(max(0, end - _MOST_JOINED), end)
                    ),
                    key=lambda option: option[0],
                )
            )
        return " ".join(best[-1][1])

    return _FILLED_WORD.sub(read, folded).replace(_BLANK, " ")


_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)(?:\u202c|$)", re.MULTILINE)
"""Text between a right-to-left override and its pop (or the line's end) is shown reversed: it is read so."""
_SMALL_CAPITAL = re.compile(
    r"LATIN (?:LETTER|SMALL LETTER|SMALL CAPITAL LETTER|CAPITAL LETTER) SMALL CAPITAL ([A-Z])"
    # A letter drawn white in a black circle or square (U+1F150, U+1F170), which, unlike the circled and
    # squared letters, has no compatibility decomposition.
    r"|NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER ([A-Z])"
)


@functools.cache
def _small_capitals() -> dict[int, str]:
    """Latin small capitals (U+1D00 block and others: "ɴᴏ" for "no") and negative circled and squared letters,
    which Unicode neither decomposes nor lists as confusable with a plain letter, mapped to the letter their
    name gives."""
    found: dict[int, str] = {}
    for code in range(0x80, 0x20000):
        match = _SMALL_CAPITAL.fullmatch(unicodedata.name(chr(code), ""))
        if match:
            found[code] = (match.group(1) or match.group(2)).lower()
    return found


@functools.cache
def _ascii_digits() -> dict[int, str]:
    """Every decimal digit of every script (Unicode category Nd: Arabic-Indic, Devanagari, Bengali...)
    mapped to the ASCII digit of the same value: Arabic-Indic seven, zero, one is the number 701."""
    found: dict[int, str] = {}
    for code in range(0x80, 0x20000):
        value = unicodedata.decimal(chr(code), None)
        if value is not None:
            found[code] = str(value)
    return found


@functools.cache
def _slashes() -> dict[int, str]:
    """Symbols and punctuation that UTS #39 lists as confusable with the solidus (fraction slash U+2044, division
    slash U+2215, big solidus U+29F8...), which NFKC leaves as they are, mapped to "/": "31\u204409\u20442026" is
    the date "31/09/2026" a reader sees. Letters listed there (katakana no, a CJK stroke ideograph) stay letters."""
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8")
    table: dict[str, list[dict[str, str]]] = json.loads(raw)
    return {
        ord(g["c"]): "/"
        for g in table.get("/", ())
        if len(g["c"]) == 1 and unicodedata.category(g["c"])[0] in "SP"
    }


@functools.cache
def _unseen_forms() -> dict[int, str]:
    """Small capitals, other scripts' digits and slash look-alikes in one table: one pass over the text for all."""
    return {**_small_capitals(), **_ascii_digits(), **_slashes()}


def normalise(text: str) -> str:
    """The form every rule compares: text under a right-to-left override in the order it is shown, NFKC,
    invisible characters removed, blank letters read as spaces, digits of every script as ASCII digits,
    slash look-alikes as "/", look-alike letters (small capitals among them) mapped to Latin, accents removed,
    dashes unified to "-", whitespace collapsed to one space, case folded, trimmed."""
    return _normalise(_OVERRIDDEN.sub(lambda m: m.group(1)[::-1], text) if "\u202e" in text else text)


def normalise_as_typed(text: str) -> str:
    """:func:`normalise` with text under a right-to-left override left in the order it was typed, not shown: a
    phrase a check must not miss is looked for in both ("To be \u202econfirmed\u202c" shows "demrifnoc")."""
    return _normalise(text)


# Room for the texts of the record being judged (its texts are normalised again by rule after rule; see
# memo.NORMALISED), not for the gate's tables: their 40,000 phrases are normalised once each as the tables load,
# and a memo of 65,536 kept them all, about 6 MiB of every process (issue 14's memory).
@functools.lru_cache(maxsize=memo.NORMALISED)
def _normalise(text: str) -> str:
    if text.isascii():
        # ASCII holds no compatibility form, invisible character, other script's digit, accent, look-alike or
        # other dash (each table maps only non-ASCII characters), and casefold is lower: what is left to fold
        # is case and spaces.
        return " ".join(text.lower().split())  # as _SPACE.sub then strip: \s is what str.split parts at
    folded = unicodedata.normalize("NFKC", text)
    folded = _shown(folded, _BLANK).translate(_unseen_forms())
    # Accents go before look-alikes are mapped, so a Cyrillic letter with a diaeresis loses the diaeresis
    # and then its script; look-alikes are mapped again after case folding for capitals the table lists only
    # in their small form.
    # Enclosing marks (a keycap or circle drawn round a letter, category Me) have combining class 0, so they are
    # named apart: they decorate the letter as an accent does.
    folded = "".join(
        c
        for c in unicodedata.normalize("NFKD", folded)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Me"
    )
    lookalikes = _latin_lookalikes()
    folded = _read_blanks(folded.translate(lookalikes).casefold().translate(lookalikes).translate(_DASHES))
    folded = _SPACE.sub(" ", folded).strip()
    return unicodedata.normalize("NFC", folded)


def words(normalised: str) -> list[str]:
    """The words of normalised text: runs of letters and digits, joined by inner hyphens or apostrophes
    ("co-sleeping", "mother's")."""
    return list(_words(normalised))


def unpossessed(word: str) -> str:
    """A word without its possessive ending ("mother's" -> "mother", "parents'" -> "parents"): what
    ``re.sub(r"'s?$", "", word)`` gives, without a pattern run on every word of a text. A word holding no
    apostrophe comes back as it is."""
    if word.endswith("'s"):
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


@functools.lru_cache(maxsize=1024)
def _words(normalised: str) -> tuple[str, ...]:
    """:func:`words`, remembered for recent texts: the readers of one record ask it of the same few texts dozens
    of times (a fresh list is handed out each time, so no caller shares one)."""
    return tuple(_WORD.findall(normalised))


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str | None:
    if not char.isalpha() or char in _UNIT_LETTERS:
        return None
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0] if name else None
    # Japanese is written in three scripts at once; they are one writing system, not a disguise.
    return "CJK" if script in {"CJK", "HIRAGANA", "KATAKANA"} else script


def mixed_script_words(text: str) -> int:
    """How many words of ``text`` mix letters of more than one script (e.g. Latin with Cyrillic or Greek),
    after compatibility folding and with invisible characters removed."""
    if text.isascii():
        return 0  # one script, and the common case by far
    folded = _shown(unicodedata.normalize("NFKC", text))
    count = 0
    for word in _WORD.findall(folded):
        # Each part of a hyphenated word is judged alone: "β-blocker" joins a Greek symbol to an English word,
        # as clinicians write it; a look-alike letter sits inside a part.
        if any(len({s for s in map(_script, part) if s is not None}) > 1 for part in _PARTS.split(word)):
            count += 1
    return count


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (start, end) replaced by as many spaces, so every other offset keeps its place:
    what a reading sets aside, the rest still found where it was."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
