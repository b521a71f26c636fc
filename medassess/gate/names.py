"""One index of medicine names as clinicians write them, built once on first use.

Keys come from the class table's ingredients (``mappings/medicine-classes.toml``), the product-name stems of the
dm+d names in every class list ("Subutex 8mg sublingual tablets (Indivior UK Ltd)" -> "subutex"), UK brands
(``mappings/brand-names.csv``; historic ones it cannot hold, ``mappings/historic-brand-names.csv``), former names
(``mappings/former-names.csv``: "dothiepin" is dosulepin), combination products split into their ingredients
(``mappings/combination-products.csv``), common medicines that raise no perinatal concern
(``mappings/no-concern-medicines.toml``), recognised abbreviations and clinicians' shorthand ("sod val";
``mappings/names.toml``).
Every key is compared in the form :func:`medassess.gate.text.normalise` gives (look-alike letters, invisible
characters, accents and case folded) and without hyphens or spaces, so "co-dydramol", "co dydramol" and "Codydramol"
are one name. A misspelt word is matched at the documented threshold in ``mappings/names.toml`` only where it is not
a real English word nor itself a known medicine, and no other medicine is as close; a word spelt as it sounds
("Subutecks", "Metadoan") by its sound key, where that sound is one medicine's only. In a medicine's own name, a
brand of several words is read with one of its words misspelt ("Kilkoff Expectorant"), and by a distinctive first
word alone where it begins one brand of concern only ("Kilkof"); and a close slip of a medicine of no concern
("Paracetomol") is that medicine, where no medicine of concern is near.

Two questions are answered: :func:`identify` (what a medicine's name is: its ingredients, classes and how it
matched) and :func:`mentions` (which medicines a free text names, with their positions in the normalised text).
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import jellyfish
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from ..core.resources import data_path
from . import memo
from .english import common_words, zipf
from .text import normalise

Kind = Literal["ingredient", "product", "brand", "abbreviation", "shorthand", "no-concern"]
MatchedBy = Literal["name", "brand", "abbreviation", "fuzzy", "none"]

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
"""The words of normalised text, as :func:`medassess.gate.text.words` finds them, here with their positions."""
_NON_ALNUM = re.compile(r"[\W_]+")
_SUPPLIER = re.compile(r"\s*[(\[].*$")
_GM_SDE_SET = re.compile(r"/medications/([a-z-]+)/\d+/")
_JOINED_AFTER_STRENGTH = re.compile(
    r"\d[\d.,]*\s*(?:mg|g|mcg|micrograms?|milligrams?|grams?|ml|units?|iu|mmol|%)?(?:/[\w.]+)*\s*"
    r"(?:\band\b|\bwith\b|\+|&)\s*[^\W\d_]",
    re.IGNORECASE,
)
"""A strength followed by a joining word and another name ("Amlodipine 10 mg and olmesartan 20 mg oral
tablet", "X 5mg + Y 10mg"): the product names a combination, and the words before the strength only its first
ingredient."""
_DIGITS_INSIDE = re.compile(r"[a-z]+(?:[0-9]+[a-z]+)+")
"""A word with digits between its letters: a digit standing for a letter it looks like, never a strength."""
_LEADING_LETTERS = re.compile(r"[a-z]+(?=[0-9])")
_RUN_INTO_STRENGTH = re.compile(r"\b([a-z]{3,})([0-9]+(?:\.[0-9]+)?(?:mg|g|mcg|micrograms?|ml|%)?)\b")
"""A name run into its strength ("paracetamol500mg"): read as the name and the strength apart."""
_MAX_DIGITS_READ = 3
"""At most this many digits in one word are read as letters (each may be read two ways)."""
_MAX_WORDS = 5
"""Longest name, in words, looked up at one position (brands such as "Solpadeine Migraine Ibuprofen & Codeine"
are shorter once "&" is dropped)."""


def compact(normalised: str) -> str:
    """The lookup form of a normalised name: letters and digits only, so hyphens, spaces, apostrophes and "&"
    do not matter ("co-dydramol" = "co dydramol" = "codydramol")."""
    return _NON_ALNUM.sub("", normalised)


def _fold(text: str) -> str:
    """:func:`normalise` for the index's own data: ASCII text (nearly all of dm+d) only needs case and spaces
    folded, which is what normalise does to it, at a fraction of the cost of thousands of names."""
    return " ".join(text.casefold().split()) if text.isascii() else normalise(text)


def _tokens(normalised: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(normalised)]


def _longest_at(
    exact: dict[str, NameEntry], tokens: list[tuple[int, int, str]], i: int, everyday: bool
) -> tuple[int, NameEntry] | None:
    """The longest name starting at token ``i``, and how many tokens it spans."""
    for length in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
        # Words hold only letters, digits and inner hyphens or apostrophes: dropping those two is compact().
        key = "".join(t[2] for t in tokens[i : i + length]).replace("-", "").replace("'", "")
        entry = exact.get(key)
        if entry is None or (entry.everyday and not everyday):
            continue
        # Abbreviations are whole words only, and names joined from several written words must be long
        # enough not to arise by chance ("co dydramol" yes; two short words that happen to spell a key no).
        if entry.kind == "abbreviation" and length > 1:
            continue
        if (length > 1 and len(key) < 6) or _split_into_words(entry, tokens[i : i + length]):
            continue
        return length, entry
    return None


@functools.cache
def _split_word_min_zipf() -> float:
    """How common in English each of two or more written words must be for a one-word name they spell together
    not to be read from them (``split_word_min_zipf`` in mappings/names.toml)."""
    settings = tomllib.loads((data_path("mappings") / "names.toml").read_text(encoding="utf-8"))
    return float(settings["split_word_min_zipf"])


def _split_into_words(entry: NameEntry, words: list[tuple[int, int, str]]) -> bool:
    """Whether a one-word name ("Nightcalm") is read here from separate common English words ("the night calm"):
    then it is no name. A name of several words or a hyphenated one ("co dydramol") may be written spaced."""
    least = _split_word_min_zipf()
    return len(words) > 1 and not _NON_ALNUM.search(entry.name) and all(zipf(w) >= least for _, _, w in words)


def _longest_pruned_at(
    exact: dict[str, NameEntry], prefixes: frozenset[str], tokens: list[tuple[int, int, str]], i: int, everyday: bool
) -> tuple[int, NameEntry] | None:
    """:func:`_longest_at` for an index that knows every prefix of its keys: the words from token ``i`` are
    joined one at a time and the search stops as soon as no key starts so, which for most words is at once."""
    best = None
    key = ""
    for length in range(1, min(_MAX_WORDS, len(tokens) - i) + 1):
        key += tokens[i + length - 1][2].replace("-", "").replace("'", "")
        if key not in prefixes:
            break
        entry = exact.get(key)
        if entry is None or (entry.everyday and not everyday):
            continue
        if (entry.kind == "abbreviation" and length > 1) or (length > 1 and len(key) < 6):
            continue
        if _split_into_words(entry, tokens[i : i + length]):
            continue
        best = length, entry
    return best


_MIN_SPACED_LETTERS = 4
"""Single letters in a row, each one space from the next, read as one letter-spaced word ("Q U E T I A P I N E")."""


def _letter_spaced_at(
    exact: dict[str, NameEntry], tokens: list[tuple[int, int, str]], i: int, everyday: bool
) -> tuple[int, NameEntry] | None:
    """A name written letter by letter from token ``i`` (the whole run of single letters), and its length."""
    end = i
    while (
        end < len(tokens)
        and len(tokens[end][2]) == 1
        and tokens[end][2].isalpha()
        and (end == i or tokens[end][0] == tokens[end - 1][1] + 1)
    ):
        end += 1
    if end - i < _MIN_SPACED_LETTERS:
        return None
    entry = exact.get("".join(t[2] for t in tokens[i:end]))
    if entry is None or entry.kind == "abbreviation" or (entry.everyday and not everyday):
        return None
    return end - i, entry


def _exact_mentions(
    exact: dict[str, NameEntry],
    normalised: str,
    everyday: bool,
    *,
    tokens: list[tuple[int, int, str]] | None = None,
    prefixes: frozenset[str] | None = None,
) -> Iterator[tuple[int, Mention | None]]:
    """Exact names left to right, longest first; (token index, None) for a token no name starts at. ``tokens``
    are ``normalised``'s when the caller has them; ``prefixes``, every prefix of ``exact``'s keys, when known."""
    if tokens is None:
        tokens = _tokens(normalised)
    i = 0
    while i < len(tokens):
        word = tokens[i][2]
        if prefixes is not None and len(word) > 1 and word.replace("-", "").replace("'", "") not in prefixes:
            # What the two lookups below find at once for most words: no letter-spaced run starts at a word of
            # several letters, and no key starts as this word does.
            yield i, None
            i += 1
            continue
        spaced = _letter_spaced_at(exact, tokens, i, everyday)
        if spaced is not None:
            length, entry = spaced
            yield i, Mention(tokens[i][0], tokens[i + length - 1][1], entry)
            i += length
            continue
        if prefixes is None:
            found = _longest_at(exact, tokens, i, everyday)
        else:
            found = _longest_pruned_at(exact, prefixes, tokens, i, everyday)
        if found is None:
            yield i, None
            i += 1
            continue
        length, entry = found
        yield i, Mention(tokens[i][0], tokens[i + length - 1][1], entry)
        i += length


@dataclass(frozen=True, slots=True)
class NameEntry:
    """A recognised medicine name: what it is, the ingredients it stands for and their classes."""

    name: str
    """The name in normalised form, e.g. "co-dydramol"."""
    kind: Kind
    ingredients: tuple[str, ...]
    classes: tuple[str, ...]
    everyday: bool = False
    """Recognised as a medicine's name, but not looked for in free text, where its words mean what they say:
    every word is a common English word ("Sleep Aid", "Night Nurse"), or it is a short brand family name
    ("MST")."""

    @property
    def of_concern(self) -> bool:
        return bool(self.classes)


@dataclass(frozen=True, slots=True)
class Mention:
    """A medicine named in a text: where (offsets into the normalised text), what, and how it was matched."""

    start: int
    end: int
    entry: NameEntry
    fuzzy: bool = False


@dataclass(frozen=True, slots=True)
class Identification:
    """What a medicine's name says: the ingredients and classes recognised in it and how."""

    ingredients: tuple[str, ...]
    classes: tuple[str, ...]
    matched_by: MatchedBy
    no_concern: bool
    """Every ingredient word of the name is a common medicine of no perinatal concern (none of concern)."""
    mentions: tuple[Mention, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class FuzzySettings:
    min_length: int
    english_zipf: float
    min_similarity: float
    reordered_window: int = 0
    """Letters of a name written in another order within this many neighbouring letters ("prebagalin",
    "zoplicone") also match; 0 turns this off."""
    phonetic: PhoneticSettings | None = None
    """Names spelt as they sound ("Subutecks", "Metadoan") also match; None turns this off."""
    digit_letters: tuple[tuple[str, str], ...] = ()
    """Digits read as the letters they look like inside a word ("pregaba1in", "z0piclone"): (digit, letter)."""
    letter_pairs: tuple[tuple[str, str], ...] = ()
    """Two letters read as the one they look like ("trarnadol"): (pair, letter)."""
    name_min_length: int | None = None
    """In a medicine's own name (the record's medicines list, where the word is known to name a medicine), a
    word is matched from this many letters ("Kepra" for Keppra); free text keeps ``min_length``. None: the same."""
    no_concern_min_similarity: float | None = None
    """In a medicine's own name, a word this near a medicine of no concern (and near none of concern) is that
    medicine ("Paracetomol"); None turns this off."""
    unlisted_slip_min_length: int | None = None
    """In free text, a word wordfreq does not know at all, of at least this many letters, that is a near
    misspelling of a medicine of concern names it for MA120 ("zopiclon"); None: only exact names."""
    held_max_edits: int | None = None
    """In a medicine's own name, a word this many edits or fewer from a medicine of concern the record already
    holds (:meth:`NameIndex.held_slip`) is that medicine ("Diazapan" where diazepam is assessed); None: off."""


@dataclass(frozen=True, slots=True)
class PhoneticSettings:
    """The sound layer of the fuzzy match (mappings/names.toml [fuzzy], ``phonetic_*``)."""

    english_zipf: float
    """Only words wordfreq does not list (below this Zipf frequency) are matched by sound."""
    min_key_length: int
    """Sound keys shorter than this are too common to say which name was meant."""
    min_similarity: float
    """The Damerau-Levenshtein similarity the word must still have to the name it sounds like."""
    respell: tuple[tuple[re.Pattern[str], str], ...] = ()
    """Spelling rewritten before the Metaphone key is taken (regular expression, replacement)."""
    key_folds: tuple[tuple[str, str], ...] = ()
    """Letters of the Metaphone key read as one sound (key letter, replacement)."""
    spelling_folds: tuple[tuple[re.Pattern[str], str], ...] = ()
    """Spellings of one sound written alike before the word and the name it sounds like are compared
    (regular expression, replacement): "kodeen" and "codeine" are both "kodin"."""
    name_folds: tuple[tuple[re.Pattern[str], str], ...] = ()
    """In a medicine's own name, more spellings of one sound written alike after ``spelling_folds`` (regular
    expression, replacement), for :meth:`NameIndex.sound_exact`: doubled letters as one, a soft c as s."""


_VOWELS = frozenset("aeiouy")

_MIN_SOUNDED_LETTERS = 4
"""Index names shorter than this have no sound key: a key of one or two letters tells nothing."""


def _reordered_within(word: str, name: str, window: int) -> bool:
    """``word`` is ``name`` with some of its letters in another order, all of them within ``window``
    neighbouring letters (the caller has checked both have the same letters)."""
    differ = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
    return bool(differ) and differ[-1] - differ[0] < window


class NameIndex:
    """Names by their compact key, with what the fuzzy matcher may and may not match."""

    def __init__(
        self,
        entries: Iterable[NameEntry],
        *,
        known: Iterable[str],
        form_words: Iterable[str],
        qualifier_words: Iterable[str],
        fuzzy: FuzzySettings,
        release_words: Iterable[str] = (),
    ) -> None:
        self._exact: dict[str, NameEntry] = {}
        for entry in entries:
            key = compact(entry.name)
            if key and key not in self._exact:
                self._exact[key] = entry
        self._prefixes = frozenset(k[:n] for k in self._exact for n in range(1, len(k) + 1))
        # Abbreviations and shorthand are exact forms only: never a fuzzy candidate nor a sound.
        self._abbreviations = {k for k, e in self._exact.items() if e.kind in ("abbreviation", "shorthand")}
        self.fuzzy = fuzzy
        self._form_words = frozenset(form_words)
        self._qualifiers = frozenset(qualifier_words)
        self._release_words = frozenset(release_words)
        self._varied_families = self._families_of_varied_medicines(self._release_words)
        # Fuzzy candidates are one-word names; medicines of no concern and other known medicines are among
        # them so that a near miss to one of those is never taken for a medicine of concern.
        self._known = frozenset(compact(normalise(k)) for k in known) | self._exact.keys()
        self._candidates = sorted(
            k
            for k in self._known
            if k.isalpha() and len(k) >= fuzzy.min_length and k not in self._abbreviations
        )
        self._sound_exact_word = functools.lru_cache(maxsize=memo.WORDS)(self.sound_exact)
        self._by_letters: dict[str, list[str]] = {}
        for candidate in self._candidates:
            self._by_letters.setdefault("".join(sorted(candidate)), []).append(candidate)
        self._fuzzy_word = functools.lru_cache(maxsize=memo.WORDS)(self._fuzzy_uncached)
        self._short_name_word = functools.lru_cache(maxsize=memo.WORDS)(self._short_name_uncached)
        self._digit_options: dict[str, tuple[str, ...]] = {}
        for digit, letter in fuzzy.digit_letters:
            self._digit_options[digit] = (*self._digit_options.get(digit, ()), letter)

    # ----------------------------------------------------------------------------------------------------
    # The sound layer: tables built once, on the first word that reaches it.

    def sound_key(self, word: str) -> str:
        """The sound key of a compact, normalised word: its Metaphone code (jellyfish) after the respellings
        of the settings, with the settings' key letters folded ("methadone" and "metadoan" -> "MTTN")."""
        phonetic = self.fuzzy.phonetic
        if phonetic is None:
            return ""
        for pattern, replacement in phonetic.respell:
            word = pattern.sub(replacement, word)
        key = jellyfish.metaphone(word)
        for letter, replacement in phonetic.key_folds:
            key = key.replace(letter, replacement)
        return key

    def _sound_spelling(self, word: str) -> str:
        """``word`` with the spellings of one sound written alike (the settings' ``spelling_folds``)."""
        phonetic = self.fuzzy.phonetic
        for pattern, replacement in phonetic.spelling_folds if phonetic is not None else ():
            word = pattern.sub(replacement, word)
        return word

    def phonetic_names(self) -> list[str]:
        """Every one-word name the sound layer weighs: names of concern, of no concern and other known
        medicines alike, so that a sound two medicines share is known to be ambiguous."""
        return sorted(
            k for k in self._known if k.isalpha() and len(k) >= _MIN_SOUNDED_LETTERS and k not in self._abbreviations
        )

    @functools.cached_property
    def _sounds(self) -> tuple[dict[str, tuple[str, ...]], int]:
        """Names by sound key, for keys whose names all stand for the same ingredients (and are long enough),
        and how many keys were dropped because names of different ingredients share them."""
        by_key: dict[str, list[str]] = {}
        for name in self.phonetic_names():
            by_key.setdefault(self.sound_key(name), []).append(name)
        phonetic = self.fuzzy.phonetic
        min_key = phonetic.min_key_length if phonetic is not None else 1
        table: dict[str, tuple[str, ...]] = {}
        ambiguous = 0
        for key, names in by_key.items():
            held = self._held_by_all(names)
            if held is None:
                ambiguous += 1
            elif len(key) >= min_key:
                table[key] = tuple(n for n in names if self._ingredients_of(n) == held)
        return table, ambiguous

    def _held_by_all(self, names: list[str]) -> tuple[str, ...] | None:
        """The ingredients every one of ``names`` holds, when one of them is exactly those (codeine, and Kaodene:
        codeine with kaolin, share a sound: whichever was meant, it holds codeine); None when names of
        different ingredients share the sound (oxycodone and Oxactin)."""
        held = min({self._ingredients_of(n) for n in names}, key=len)
        if all(set(held) <= set(self._ingredients_of(n)) for n in names):
            return held
        return None

    def _ingredients_of(self, name: str) -> tuple[str, ...]:
        entry = self._exact.get(name)
        return entry.ingredients if entry is not None else (name,)

    def phonetic_keys(self) -> frozenset[str]:
        """The sound keys the sound layer accepts: each the sound of one set of ingredients only."""
        return frozenset(self._sounds[0])

    @property
    def ambiguous_sounds(self) -> int:
        """How many sound keys of the index are dropped because medicines of different ingredients share them."""
        return self._sounds[1]

    @functools.cached_property
    def _english_by_length(self) -> dict[int, list[str]]:
        """Common English words (as the fuzzy match counts them) by length, to tell a slip of one of them."""
        by_length: dict[int, list[str]] = {}
        for word in common_words(self.fuzzy.english_zipf):
            if word.isalpha() and len(word) >= self.fuzzy.min_length - 2 and word not in self._known:
                by_length.setdefault(len(word), []).append(word)
        return by_length

    def _sounds_like(self, key: str, *, as_written: bool = True) -> NameEntry | None:
        """The medicine of concern ``key`` (compact, already past the fuzzy match's own conditions) is spelt
        as it sounds like, or None. Only a word ``as_written`` (not a reading of look-alike letters or digits,
        itself a guess) of ``min_length`` letters or more is compared with its spellings of one sound written
        alike."""
        phonetic = self.fuzzy.phonetic
        if phonetic is None or zipf(key) >= phonetic.english_zipf:
            return None
        names = self._sounds[0].get(self.sound_key(key))
        if names is None:
            return None
        score, name = max((DamerauLevenshtein.normalized_similarity(key, n), n) for n in names)
        spellings = [key]
        if score < phonetic.min_similarity and as_written and len(key) >= self.fuzzy.min_length:
            # Spelt alike by sound ("kodeen", "codeine": both "kodin"), one edit apart at most; never a word
            # shorter than `min_length` (a medicine's own name reaches here from `name_min_length`).
            folded = self._sound_spelling(key)
            spellings.append(folded)
            score, name = max(
                (DamerauLevenshtein.normalized_similarity(folded, self._sound_spelling(n)), n) for n in names
            )
            if score < self.fuzzy.min_similarity:
                return None
        entry = self._exact.get(name)
        if score < phonetic.min_similarity or entry is None or not entry.of_concern or entry.everyday:
            return None
        # A slip of a common English word is that word, whatever it sounds like ("dugeon" is dungeon), and so is
        # a word that, spelt alike by sound, is one ("tryppyn").
        for spelling in spellings:
            for length in range(len(spelling) - 2, len(spelling) + 3):
                english = self._english_by_length.get(length, ())
                if process.extractOne(
                    spelling,
                    english,
                    scorer=DamerauLevenshtein.normalized_similarity,
                    score_cutoff=self.fuzzy.min_similarity,
                ):
                    return None
        return entry

    def _name_spelling(self, word: str) -> str:
        """``word`` spelt by sound for :meth:`sound_exact`: the ``spelling_folds``, then the ``name_folds``."""
        phonetic = self.fuzzy.phonetic
        word = self._sound_spelling(word)
        for pattern, replacement in phonetic.name_folds if phonetic is not None else ():
            word = pattern.sub(replacement, word)
        return word

    @functools.cached_property
    def _by_name_spelling(self) -> dict[str, list[str]]:
        """Every one-word name the sound layer weighs, by its spelling by sound (:meth:`_name_spelling`)."""
        by_spelling: dict[str, list[str]] = {}
        for name in self.phonetic_names():
            by_spelling.setdefault(self._name_spelling(name), []).append(name)
        return by_spelling

    @functools.cached_property
    def _english_name_spellings(self) -> frozenset[str]:
        """Common English words (Zipf ``english_zipf`` or more) that name no medicine, spelt by sound
        (:meth:`_name_spelling`)."""
        words = common_words(self.fuzzy.english_zipf)
        return frozenset(self._name_spelling(w) for w in words if w.isalpha() and w not in self._known)

    def sound_exact(self, word: str) -> NameEntry | None:
        """The medicine of concern a word of a medicine's own name is spelt exactly as, by sound ("Morfine" is
        morphine: both "morfine" with ph as f), or None. The word is no name the index knows, wordfreq does not
        know it at all (below ``phonetic_english_zipf``), it is ``name_min_length`` letters or more, no common
        English word is spelt so by sound, every name so spelt is the same medicine of concern, and no name of other
        ingredients is within ``min_similarity`` of the word as written."""
        phonetic = self.fuzzy.phonetic
        key = compact(word)
        shortest = self.fuzzy.name_min_length or self.fuzzy.min_length
        if (
            phonetic is None
            or (not phonetic.name_folds and not phonetic.spelling_folds)
            or len(key) < shortest
            or not key.isalpha()
            or key in self._known
            or zipf(key) >= phonetic.english_zipf
        ):
            return None
        spelling = self._name_spelling(key)
        names = self._by_name_spelling.get(spelling)
        if not names or spelling in self._english_name_spellings:
            return None
        entries = {self._exact.get(n) for n in names}
        if None in entries or len({e.ingredients for e in entries if e is not None}) != 1:
            return None
        entry = next(e for e in entries if e is not None)
        if not entry.of_concern or entry.everyday:
            return None
        # A slip of another real medicine as written is that medicine ("Kodine", one key from iodine).
        other = process.extractOne(
            key,
            [n for n in self.phonetic_names() if self._ingredients_of(n) != entry.ingredients],
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=self.fuzzy.min_similarity,
        )
        return entry if other is None else None

    def sounded(self, normalised: str, found: Iterable[Mention] = ()) -> tuple[Mention, ...]:
        """The words of normalised free text outside ``found`` that are spelt exactly as a name of concern sounds
        (:meth:`sound_exact`): "the Morfine he takes" names morphine."""
        return self._sounded_among(((w.start(), w.end(), w.group()) for w in _WORD.finditer(normalised)), found)

    def _sounded_among(self, spans: Iterable[tuple[int, int, str]], found: Iterable[Mention]) -> tuple[Mention, ...]:
        """Of ``spans`` (start, end, word), the words outside ``found`` spelt exactly as a name of concern sounds."""
        taken = [(m.start, m.end) for m in found]
        return tuple(
            Mention(start, end, entry, fuzzy=True)
            for start, end, word in spans
            # the remembered spelling first: most words spell no name, and then no span is compared
            if (entry := self._sound_exact_word(word)) is not None
            and not any(a < end and start < b for a, b in taken)
        )

    @functools.cached_property
    def _folded_candidates(self) -> dict[str, list[str]]:
        """The fuzzy candidates by their spelling with the spellings of one sound written alike."""
        by_folded: dict[str, list[str]] = {}
        for candidate in self._candidates:
            by_folded.setdefault(self._sound_spelling(candidate), []).append(candidate)
        return by_folded

    def _folded_near(self, key: str) -> NameEntry | None:
        """The medicine of concern ``key`` (compact, past the fuzzy match's own conditions) is within
        ``min_similarity`` of once the spellings of one sound are written alike in both ("oxicodene" and
        oxycodone: "oxikodene", "oxikodone"), every name so closest the same medicine, or None. A common English
        word as near the word or its folded spelling as the medicine is ("moraine" for "morfine" is not: morfine is
        morphine exactly so folded) makes the word that word's slip."""
        if len(key) < self.fuzzy.min_length:
            return None
        folded = self._sound_spelling(key)
        near = process.extract(
            folded,
            list(self._folded_candidates),
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=self.fuzzy.min_similarity,
            limit=None,
        )
        if not near:
            return None
        top = max(score for _, score, _ in near)
        closest = {self._exact.get(n) for f, score, _ in near if score == top for n in self._folded_candidates[f]}
        entries = {e for e in closest if e is not None}
        if len(entries) != len(closest) or len({e.ingredients for e in entries}) != 1:
            return None
        entry = next(iter(entries))
        if not entry.of_concern or entry.everyday:
            return None
        for spelling in dict.fromkeys((key, folded)):
            for length in range(len(spelling) - 2, len(spelling) + 3):
                if process.extractOne(
                    spelling,
                    self._english_by_length.get(length, ()),
                    scorer=DamerauLevenshtein.normalized_similarity,
                    score_cutoff=self.fuzzy.min_similarity,
                ):
                    return None
        return entry

    def __len__(self) -> int:
        return len(self._exact)

    def keys_of(self, wanted: Callable[[NameEntry], bool]) -> frozenset[str]:
        """The lookup forms (:func:`compact`) of the names whose entries are ``wanted``: a text whose compact form
        holds none of them names none of those entries, since every name found in a text is looked up by its
        words joined without what lies between them."""
        return frozenset(key for key, entry in self._exact.items() if wanted(entry))

    def lookup(self, name: str) -> NameEntry | None:
        """The entry for exactly this name (in any disguise), or None."""
        return self._exact.get(compact(normalise(name)))

    # ----------------------------------------------------------------------------------------------------
    # Finding names in text.

    def find(self, normalised: str, *, fuzzy: bool = True, everyday: bool = False) -> Iterator[Mention]:
        """Names in already normalised text, longest first at each position, left to right."""
        tokens = _tokens(normalised)
        for i, mention in _exact_mentions(self._exact, normalised, everyday, tokens=tokens, prefixes=self._prefixes):
            if mention is not None:
                yield mention
            elif fuzzy:
                entry = self._fuzzy_word(tokens[i][2])
                if entry is not None:
                    yield Mention(tokens[i][0], tokens[i][1], entry, fuzzy=True)

    def _fuzzy_uncached(self, word: str) -> NameEntry | None:
        key = compact(word)
        if not key.isalpha() and key.isalnum():
            return self._with_digits(key)
        found = self._fuzzy_plain(key)
        if (
            found is None
            and key.isalpha()
            and key not in self._known
            and any(pair in key for pair, _ in self.fuzzy.letter_pairs)
            and zipf(key) < self.fuzzy.english_zipf  # "modern" is a word, not "modem" misread
        ):
            found = self._agreed(self._pair_readings(key))
        return found

    def _pair_readings(self, key: str) -> list[str]:
        """``key`` with the letter pairs in it read as the letters they look like, each pair either way."""
        readings = {key}
        for pair, letter in self.fuzzy.letter_pairs:
            for reading in list(readings):
                parts = reading.split(pair)
                if 1 < len(parts) <= _MAX_DIGITS_READ + 1:
                    for joins in itertools.product((pair, letter), repeat=len(parts) - 1):
                        readings.add(parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True)))
        readings.discard(key)
        return sorted(readings)

    def _agreed(self, readings: Iterable[str]) -> NameEntry | None:
        """The medicine of concern the readings name, exactly or fuzzily, when all that name one agree."""
        found: dict[tuple[str, ...], NameEntry] = {}
        for reading in readings:
            entry = self._exact.get(reading)
            if entry is None and reading.isalpha():
                entry = self._fuzzy_plain(reading, as_written=False)
            if entry is not None and entry.of_concern:
                found.setdefault(entry.ingredients, entry)
        return next(iter(found.values())) if len(found) == 1 else None

    def _short_name_uncached(self, word: str) -> NameEntry | None:
        key = compact(word)
        if self.fuzzy.name_min_length is None or not self.fuzzy.name_min_length <= len(key) < self.fuzzy.min_length:
            return None
        return self._fuzzy_plain(key, min_length=self.fuzzy.name_min_length) or self._vowel_slip(key)

    def _vowel_slip(self, key: str) -> NameEntry | None:
        """A name of concern as short as ``key`` with one vowel written for another ("Xanex" for Xanax): it
        sounds the same, where any other one-letter change in so short a word is a different word. Every name so
        near must be the same medicine, and ``key`` no English word or known medicine."""
        if not key.isalpha() or key in self._known or zipf(key) >= self.fuzzy.english_zipf:
            return None
        found = set()
        for i, letter in enumerate(key):
            if letter in _VOWELS:
                for other in _VOWELS - {letter}:
                    entry = self._exact.get(key[:i] + other + key[i + 1 :])
                    if entry is not None and entry.kind != "abbreviation":
                        found.add(entry)
        ingredients = {e.ingredients for e in found}
        if len(ingredients) != 1 or not all(e.of_concern for e in found):
            return None
        return next(iter(found))

    def _fuzzy_plain(self, key: str, *, min_length: int | None = None, as_written: bool = True) -> NameEntry | None:
        """The fuzzy match of a word of letters: near in spelling, reordered, or spelt as it sounds. Words
        shorter than ``min_length`` (the settings' unless given) are never matched."""
        settings = self.fuzzy
        shortest = settings.min_length if min_length is None else min_length
        if len(key) < shortest or not key.isalpha() or key in self._known:
            return None
        if zipf(key) >= settings.english_zipf:
            return None
        best = process.extract(
            key,
            self._candidates,
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=settings.min_similarity,
            limit=None,
        )
        if best:
            top = max(score for _, score, _ in best)
            closest = {self._exact.get(name) for name, score, _ in best if score == top}
        else:
            # The same letters in another order within a few neighbouring letters: a typing slip that the edit
            # distance counts as two or three edits. Every candidate so reordered must be the same medicine.
            closest = {
                self._exact.get(name)
                for name in self._by_letters.get("".join(sorted(key)), ())
                if _reordered_within(key, name, settings.reordered_window)
            }
            if not closest:
                # Nothing near in letters: a name near once the spellings of one sound are written alike in
                # both ("oxicodene", "morfine"), and last, a name spelt as it sounds.
                folded = self._folded_near(key) if as_written else None
                return folded or self._sounds_like(key, as_written=as_written)
        # A tie between different medicines, or a closest name that is not of concern, is no match.
        if len(closest) != 1:
            ingredients = {e.ingredients if e is not None else None for e in closest}
            if len(ingredients) != 1:
                return None
        entry = next(iter(closest))
        if entry is None or not entry.of_concern:
            return None
        return entry

    def no_concern_slip(self, word: str) -> NameEntry | None:
        """The medicine of no concern (mappings/no-concern-medicines.toml) a word of a medicine's name is a close
        slip of ("paracetomol"), or None. Concern matching always wins: a word that is near, reordered from or
        sounds like a medicine of concern, or within ``min_similarity`` of any other known medicine (whose
        perinatal safety is not claimed), is never cleared. The word must be ``min_length`` letters or more, no
        English word nor known medicine, and every name within ``no_concern_min_similarity`` of it the same
        medicine of no concern."""
        settings = self.fuzzy
        threshold = settings.no_concern_min_similarity
        key = compact(word)
        if (
            threshold is None
            or len(key) < settings.min_length
            or not key.isalpha()
            or key in self._known
            or zipf(key) >= settings.english_zipf
            or self._fuzzy_word(key) is not None
        ):
            return None
        near = process.extract(
            key,
            self._candidates,
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=min(threshold, settings.min_similarity),
            limit=None,
        )
        reordered = [n for n in self._by_letters.get("".join(sorted(key)), ()) if n != key]
        entries = {self._exact.get(name) for name, _, _ in near} | {self._exact.get(name) for name in reordered}
        if not entries or any(e is None or e.kind != "no-concern" for e in entries):
            return None
        top = max((score for _, score, _ in near), default=0.0)
        if len({e.ingredients for e in entries if e is not None}) != 1 or top < threshold:
            return None
        return self._exact.get(max(near, key=lambda found: found[1])[0])

    @functools.cached_property
    def _name_words(self) -> frozenset[str]:
        """The words of every listed medicine's name (mappings/medicine-words.txt): real names, never slips."""
        text = (data_path("mappings") / "medicine-words.txt").read_text(encoding="utf-8")
        return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

    def held_slip(self, name: str, held: Iterable[NameEntry]) -> NameEntry | None:
        """The medicine of concern among ``held`` (those the record already holds: listed under their right
        name, or named in the conclusion that assesses this one) that a word of a medicine's name is a slip of,
        up to ``held_max_edits`` edits, or None. The word must be ``min_length`` letters or more, unknown to
        wordfreq (Zipf 0), neither a known medicine nor a word of any listed medicine's name
        (mappings/medicine-words.txt), and every name of the whole index as near as the held one the same
        ingredients: a word nearer, or as near, another medicine is never read so."""
        edits = self.fuzzy.held_max_edits
        names = {compact(e.name): e for e in held if e.of_concern}
        if edits is None or not names:
            return None
        for _, _, word in self.stem_words(normalise(name)):
            key = compact(word)
            if len(key) < self.fuzzy.min_length or not key.isalpha() or key in self._known:
                continue
            if zipf(key) > 0 or key in self._name_words:
                continue
            near = process.extract(key, list(names), scorer=DamerauLevenshtein.distance, score_cutoff=edits, limit=None)
            if not near:
                continue
            least = min(distance for _, distance, _ in near)
            rivals = process.extract(
                key, self._candidates, scorer=DamerauLevenshtein.distance, score_cutoff=least, limit=None
            )
            found = {names[n].ingredients for n, d, _ in near if d == least}
            found |= {e.ingredients if e is not None else () for e in map(self._exact.get, (n for n, _, _ in rivals))}
            if len(found) == 1:
                return next(names[n] for n, d, _ in near if d == least)
        return None

    def _with_digits(self, key: str) -> NameEntry | None:
        """A word holding digits: with each digit inside its letters read as a letter it looks like
        ("pregaba1in", "z0piclone"), or its letters before a strength run into them ("tramadol50mg"), a medicine
        of concern by exact or fuzzy match, when every reading that names one names the same ingredients."""
        readings: list[str] = []
        if _DIGITS_INSIDE.fullmatch(key) and sum(c.isdigit() for c in key) <= _MAX_DIGITS_READ:
            options = [self._digit_options.get(c, (c,)) if c.isdigit() else (c,) for c in key]
            readings += ("".join(letters) for letters in itertools.product(*options))
        lead = _LEADING_LETTERS.match(key)
        if lead is not None and len(lead.group()) >= self.fuzzy.min_length:
            readings.append(lead.group())
        elif lead is not None and len(lead.group()) >= _MIN_SOUNDED_LETTERS:
            # A shorter name is read only when it is exactly one ("Xanax1mg"): too short to be matched near.
            entry = self._exact.get(lead.group())
            if entry is not None and entry.kind != "abbreviation":
                readings.append(lead.group())
        return self._agreed(readings)

    # ----------------------------------------------------------------------------------------------------
    # Identifying a medicine's name.

    def stem_words(self, normalised: str) -> list[tuple[int, int, str]]:
        """The words of a product name before its strength or form ("lactulose 3.1-3.7g/5ml oral solution"
        -> lactulose), without any supplier in brackets."""
        words = []
        for m in _WORD.finditer(_SUPPLIER.sub("", normalised)):
            word = m.group()
            if any(c.isdigit() for c in word) or word in self._form_words:
                break
            words.append((m.start(), m.end(), word))
        return words

    def identify(self, name: str) -> Identification:
        normalised = _RUN_INTO_STRENGTH.sub(r"\1 \2", normalise(name))
        found = self._without_other_members(normalised, tuple(self.find(normalised, fuzzy=True, everyday=True)))
        concern = [m for m in found if m.entry.of_concern]
        if not concern:
            # A slip between several medicines, every one of concern ("Oxcarbamazepine"): which was meant is
            # unknown, but each needs its assessment.
            several = self._between_mentions(normalised, found)
            found, concern = found + several, list(several)
        if not concern and self.fuzzy.name_min_length is not None:
            # A medicine's own name: its shorter words may be a slip of a name of concern ("Kepra 500mg").
            short = self._short_name_mentions(normalised, found)
            found, concern = found + short, list(short)
        if not concern:
            # A medicine's own name: a word spelt exactly as a name of concern sounds ("Morfine sulfate").
            sounded = self._sounded_among(self.stem_words(normalised), found)
            found, concern = found + sounded, list(sounded)
        if not concern:
            # A medicine's own name: a brand of several words with one word misspelt ("Kilkoff Expectorant"), or
            # written by the distinctive first word of a brand that is the only one so named ("Kilkof 10ml").
            branded = self._brand_word_mentions(normalised, found)
            found, concern = found + branded, list(branded)
        if not concern:
            found += self._no_concern_slips(normalised, found)
        ingredients = _unique(i for m in (concern or found) for i in m.entry.ingredients)
        classes = _unique(c for m in concern for c in m.entry.classes)
        if concern:
            return Identification(ingredients, classes, _how(concern), False, found)
        covered = [(m.start, m.end) for m in found]
        stem = self.stem_words(normalised)
        no_concern = bool(found) and bool(stem) and all(
            word in self._qualifiers or any(s <= start and end <= e for s, e in covered) for start, end, word in stem
        )
        return Identification(ingredients, (), "none", no_concern, found)

    @functools.cached_property
    def _by_name_word(self) -> dict[str, list[tuple[int, tuple[str, ...], NameEntry]]]:
        """The names of several words (no abbreviation or shorthand), by each of their words: (the word's place in
        the name, the name's words, its entry)."""
        by_word: dict[str, list[tuple[int, tuple[str, ...], NameEntry]]] = {}
        for key, entry in self._exact.items():
            if key in self._abbreviations:
                continue
            name_words = tuple(_WORD.findall(entry.name))
            if len(name_words) > 1:
                for place, word in enumerate(name_words):
                    by_word.setdefault(word, []).append((place, name_words, entry))
        return by_word

    def _brand_word_slip(self, written: str, word: str, entry: NameEntry) -> bool:
        """Whether ``written``, in a medicine's own name, is a slip of ``word`` of the several-word name of
        ``entry``: ``name_min_length`` letters or more both, ``written`` no English word (``english_zipf``), no
        name the index knows, no word of any listed medicine's name (medicine-words.txt), within ``min_similarity``
        of ``word`` or spelt as it by sound (:meth:`_name_spelling`), and within ``min_similarity`` of no one-word
        name of other ingredients."""
        settings = self.fuzzy
        shortest = settings.name_min_length or settings.min_length
        if (
            written == word
            or not written.isalpha()
            or min(len(written), len(word)) < shortest
            or written in self._known
            or written in self._name_words
            or zipf(written) >= settings.english_zipf
        ):
            return False
        near = DamerauLevenshtein.normalized_similarity(written, word) >= settings.min_similarity
        if not near and (settings.phonetic is None or self._name_spelling(written) != self._name_spelling(word)):
            return False
        rivals = process.extract(
            written,
            self._candidates,
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=settings.min_similarity,
            limit=None,
        )
        return all(self._ingredients_of(name) == entry.ingredients for name, _, _ in rivals)

    def _brand_word_mentions(self, normalised: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """In a medicine's own name, the name of several words of concern its stem writes with one word misspelt
        (:meth:`_brand_word_slip`) and every other word exact ("Kilkoff Expectorant", "Pulmo Baily", "Covonya Night
        Time Formula"), every name so written the same medicine of concern; or, the stem being one word and
        qualifiers or release words, that word the first of one brand of concern only, and a word of no other name
        of any kind, with every word of that brand distinctive (:meth:`_distinctive`: "Kilkof" for Kilkof
        Expectorant). A first word several brands share ("Covonia": Hot Dose, Night Time) begins a range of which
        the lists show only the members of concern, and alone may name another (Covonia Dry and Tickly); a brand
        with an English or short word after its first is a line extension ("Nurofen Plus", "Calpol Night",
        "Actelsar HCT"), whose first word alone names the plain product, another medicine."""
        stem = self.stem_words(normalised)
        if not stem or any(m.start < e and s < m.end for s, e, _ in stem for m in found):
            return ()
        words = [w for _, _, w in stem]
        by_word = self._by_name_word
        spans: dict[tuple[int, int], set[NameEntry]] = {}
        for i, word in enumerate(words):
            for place, name_words, entry in by_word.get(word, ()):
                first, last = i - place, i - place + len(name_words)
                if first < 0 or last > len(words):
                    continue
                slips = [(w, n) for w, n in zip(words[first:last], name_words, strict=True) if w != n]
                if len(slips) == 1 and self._brand_word_slip(*slips[0], entry):
                    spans.setdefault((first, last), set()).add(entry)
        mentions = []
        for (first, last), entries in spans.items():
            if len({e.ingredients for e in entries}) == 1 and all(e.of_concern for e in entries):
                mentions.append(Mention(stem[first][0], stem[last - 1][1], next(iter(entries)), fuzzy=True))
        if mentions:
            return tuple(mentions)
        head, rest = words[0], words[1:]
        if any(w not in self._qualifiers and w not in self._release_words for w in rest) or not self._distinctive(head):
            return ()
        named = by_word.get(head, [])
        if len(named) != 1:
            return ()
        place, name_words, entry = named[0]
        if place != 0 or entry.kind != "brand" or not entry.of_concern:
            return ()
        if not all(self._distinctive(w) for w in name_words[1:]):
            return ()
        return (Mention(stem[0][0], stem[0][1], entry),)

    def _distinctive(self, word: str) -> bool:
        """A word of letters, ``name_min_length`` long or more, no English word (``english_zipf``) and no name the
        index knows of its own."""
        settings = self.fuzzy
        return (
            word.isalpha()
            and len(word) >= (settings.name_min_length or settings.min_length)
            and word not in self._known
            and zipf(word) < settings.english_zipf
        )

    def _families_of_varied_medicines(self, release_words: frozenset[str]) -> frozenset[str]:
        """One-word names of concern that begin brands of other ingredients with more words than release words
        after them ("Feminax", of no ingredient the lists show, and "Feminax Period Pain", codeine with
        paracetamol): a brand family whose members are different medicines."""
        varied = set()
        for entry in self._exact.values():
            words = entry.name.split()
            head = self._exact.get(words[0])
            if (
                entry.kind == "brand"
                and len(words) > 1
                and not set(words[1:]) <= release_words
                and head is not None
                and head.of_concern
                and head.ingredients != entry.ingredients
            ):
                varied.add(words[0])
        return frozenset(varied)

    def _without_other_members(self, normalised: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """``found`` without a family name of varied medicines followed, in the name's stem, by a word that no
        mention covers and that is no release word or qualifier ("Feminax Express"): that is a member of the
        family the index does not know, not the family's plain product; the whole product name must match."""
        if not self._varied_families:
            return found
        stem = self.stem_words(normalised)
        kept = []
        for mention in found:
            after = [(start, word) for start, _, word in stem if start >= mention.end]
            if mention.entry.name in self._varied_families and after:
                start, word = after[0]
                other = word not in self._qualifiers and word not in self._release_words
                if other and not any(m.start <= start < m.end for m in found):
                    continue
            kept.append(mention)
        return tuple(kept)

    def short_slips(self, normalised: str) -> Iterator[NameEntry]:
        """Medicines of concern that the words of ``normalised`` text shorter than ``min_length`` (from
        ``name_min_length`` letters) are a slip of. Not looked for in free text at large (a five-letter slip is
        as often English or a person's name there); a rule that knows which medicine a text is about may ask
        whether one of these is it."""
        for _, _, word in _tokens(normalised):
            entry = self._short_name_word(word)
            if entry is not None:
                yield entry

    def _no_concern_slips(self, normalised: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Words of a name's stem that no mention covers, each a close slip of a medicine of no concern."""
        slips = []
        for start, end, word in self.stem_words(normalised):
            if any(m.start < end and start < m.end for m in found):
                continue
            entry = self.no_concern_slip(word)
            if entry is not None:
                slips.append(Mention(start, end, entry, fuzzy=True))
        return tuple(slips)

    def begun_by(self, name: str, text: str) -> NameEntry | None:
        """The medicine of concern ``text`` names (exactly) whose name, or its ingredient's, the words of a
        medicine's ``name`` begin, in order, each from ``_MIN_BEGUN`` letters: "Bup 8mg SL tabs" and a text
        naming buprenorphine. None when no medicine named so begins, or medicines of different ingredients do.
        Asked only of a text known to conclude on that medicine, where a shortened name is read as the medicine
        it names in full; never of free text at large."""
        stem = [w for _, _, w in self.stem_words(normalise(name)) if w not in self._qualifiers]
        if not stem or any(len(w) < _MIN_BEGUN or not w.isalpha() for w in stem):
            return None
        found: dict[tuple[str, ...], NameEntry] = {}
        for mention in self.find(normalise(text), fuzzy=False):
            entry = mention.entry
            names = (entry.name, *entry.ingredients)
            if entry.of_concern and any(_begins(stem, n.replace("-", " ").split()) for n in names):
                found.setdefault(entry.ingredients, entry)
        return next(iter(found.values())) if len(found) == 1 else None

    def _between_mentions(self, normalised: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Words of a name's stem that no mention covers, each a slip as near several medicines, every one of
        concern: read as all of them (:meth:`between`)."""
        between = []
        for start, end, word in self.stem_words(normalised):
            if any(m.start < end and start < m.end for m in found):
                continue
            entry = self.between(word)
            if entry is not None:
                between.append(Mention(start, end, entry, fuzzy=True))
        return tuple(between)

    def between(self, word: str) -> NameEntry | None:
        """A word of a medicine's name as near (``min_similarity``, the same edits) two or more medicines of
        different ingredients, every one of them of concern and looked for in text: "oxcarbamazepine", one slip
        from oxcarbazepine and from carbamazepine. Read as all of them (their ingredients and classes), since
        whichever was meant needs its assessment; a slip as near a medicine of no concern or any other known
        medicine stays unread (it may be that one). The length, English-word and known-medicine conditions of
        the fuzzy match apply. Only in a medicine's own name, never in free text."""
        settings = self.fuzzy
        key = compact(word)
        if len(key) < settings.min_length or not key.isalpha() or key in self._known:
            return None
        if zipf(key) >= settings.english_zipf:
            return None
        near = process.extract(
            key, self._candidates, scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=settings.min_similarity, limit=None,
        )
        if not near:
            return None
        top = max(score for _, score, _ in near)
        closest = [self._exact.get(name) for name, score, _ in near if score == top]
        entries = [e for e in closest if e is not None and e.of_concern and not e.everyday]
        if len(entries) != len(closest) or len({e.ingredients for e in entries}) < 2:
            return None
        ingredients = _unique(i for e in entries for i in e.ingredients)
        classes = _unique(c for e in entries for c in e.classes)
        return NameEntry(key, "product", ingredients, classes)

    def _short_name_mentions(self, normalised: str, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Words of a name's stem that no mention covers, matched as slips of a name of concern from
        ``name_min_length`` letters."""
        short = []
        for start, end, word in self.stem_words(normalised):
            if any(m.start < end and start < m.end for m in found):
                continue
            entry = self._short_name_word(word)
            if entry is not None:
                short.append(Mention(start, end, entry, fuzzy=True))
        return tuple(short)


_MIN_BEGUN = 3
"""The fewest letters of a word of a shortened name that may begin a medicine's name ("bup", "diaz")."""


def _begins(short: list[str], words: list[str]) -> bool:
    """Whether each of ``short`` begins one of ``words``, in order."""
    rest = iter(words)
    return all(any(w.startswith(s) for w in rest) for s in short)


def _how(concern: list[Mention]) -> MatchedBy:
    kinds = {m.entry.kind for m in concern if not m.fuzzy}
    if kinds & {"ingredient", "product"}:
        return "name"
    if "brand" in kinds:
        return "brand"
    if kinds & {"abbreviation", "shorthand"}:
        return "abbreviation"
    return "fuzzy"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


# ------------------------------------------------------------------------------------------------------------
# Building the index from the data in mappings/.


def _csv_rows(path_parts: tuple[str, ...]) -> Iterator[dict[str, str]]:
    path = data_path("mappings").joinpath(*path_parts)
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(line for line in handle if not line.startswith("#"))


class _Builder:
    """Collects entries in order of authority: class ingredients, then combinations, brands, product stems,
    abbreviations; a later source never overrides an earlier key."""

    def __init__(self, class_ingredients: dict[str, tuple[str, ...]], english_zipf: float) -> None:
        self.entries: dict[str, NameEntry] = {}
        self.english_zipf = english_zipf
        self.classes_of: dict[str, list[str]] = {}
        for class_id, ingredients in class_ingredients.items():
            for ingredient in ingredients:
                self.classes_of.setdefault(normalise(ingredient), []).append(class_id)

    def add(self, entry: NameEntry) -> None:
        key = compact(entry.name)
        if key and key not in self.entries:
            self.entries[key] = entry

    def resolve(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The ingredients and classes a written ingredient ("morphine tartrate", "co-codamol") stands for,
        through the entries collected so far (exact names only); None when no name is recognised in it."""
        found = [m for _, m in _exact_mentions(self.entries, _fold(text), True) if m is not None]
        if not found:
            return None
        ingredients = _unique(i for m in found for i in m.entry.ingredients)
        classes = _unique(c for m in found for c in m.entry.classes)
        return ingredients, classes

    def resolve_all(self, texts: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Ingredients and classes of several written ingredients; one no name is recognised in stands for
        itself (an ingredient of no class, such as "ibuprofen" of Nurofen Plus)."""
        resolved = [self.resolve(text) or ((normalise(text),), ()) for text in texts]
        return _unique(i for found, _ in resolved for i in found), _unique(c for _, found in resolved for c in found)

    def everyday(self, name: str) -> bool:
        return all(zipf(w) >= self.english_zipf for w in _WORD.findall(name))


_NO_FUZZY = FuzzySettings(min_length=10**6, english_zipf=0.0, min_similarity=1.0)


@functools.cache
def name_index() -> NameIndex:
    """The shipped index (built once, on first use)."""
    from .classes import medicine_classes  # the class table is built first; classification then uses this index

    catalogue = medicine_classes()
    settings = tomllib.loads((data_path("mappings") / "names.toml").read_text(encoding="utf-8"))
    fuzzy = FuzzySettings(
        min_length=int(settings["fuzzy"]["min_length"]),
        english_zipf=float(settings["fuzzy"]["english_zipf"]),
        min_similarity=float(settings["fuzzy"]["min_similarity"]),
        reordered_window=int(settings["fuzzy"]["reordered_window"]),
        phonetic=PhoneticSettings(
            english_zipf=float(settings["fuzzy"]["phonetic_english_zipf"]),
            min_key_length=int(settings["fuzzy"]["phonetic_min_key_length"]),
            min_similarity=float(settings["fuzzy"]["phonetic_min_similarity"]),
            respell=tuple((re.compile(p), r) for p, r in settings["fuzzy"]["phonetic_respell"]),
            key_folds=tuple((a, b) for a, b in settings["fuzzy"]["phonetic_key_folds"]),
            spelling_folds=tuple((re.compile(p), r) for p, r in settings["fuzzy"]["phonetic_spelling_folds"]),
            name_folds=tuple((re.compile(p), r) for p, r in settings["fuzzy"].get("phonetic_name_folds", ())),
        ),
        digit_letters=tuple((d, letter) for d, letter in settings["fuzzy"]["digit_letters"]),
        letter_pairs=tuple((pair, letter) for pair, letter in settings["fuzzy"]["letter_pairs"]),
        name_min_length=int(settings["fuzzy"]["name_min_length"]) if "name_min_length" in settings["fuzzy"] else None,
        no_concern_min_similarity=float(settings["fuzzy"]["no_concern_min_similarity"]),
        unlisted_slip_min_length=int(settings["fuzzy"]["unlisted_slip_min_length"]),
        held_max_edits=int(settings["fuzzy"]["held_max_edits"]),
    )
    form_words = [normalise(w) for w in settings["form_words"]]
    builder = _Builder({c.id: c.ingredients for c in catalogue.classes.values()}, fuzzy.english_zipf)
    list_class = {filename: c.id for c in catalogue.classes.values() for filename in c.codelists}

    combinations = {normalise(r["name"]): r["ingredients"].split(";") for r in _csv_rows(("combination-products.csv",))}

    brand_rows = list(_csv_rows(("brand-names.csv",)))
    brand_ingredients: dict[str, list[str]] = {}
    for row in brand_rows:
        brand_ingredients.setdefault(normalise(row["brand"]), []).append(row["ingredient"])

    _add_class_ingredients(builder, combinations, brand_ingredients)
    _add_no_concern_medicines(builder)
    _add_former_names(builder)
    _add_combinations(builder, combinations)
    _add_brands(builder, brand_rows, list_class)
    _add_historic_brands(builder)
    _add_brand_families(builder, frozenset(normalise(w) for w in settings["release_words"]))
    stems = NameIndex((), known=(), form_words=form_words, qualifier_words=(), fuzzy=_NO_FUZZY)
    _add_listed_product_stems(builder, stems, list_class)
    made_of = frozenset(compact(normalise(row["ingredient"])) for row in brand_rows)
    _add_unlisted_product_stems(builder, stems, list_class, made_of)
    _add_abbreviations(builder, settings["abbreviations"])
    _add_shorthand(builder, settings["shorthand"])
    _add_former_names(builder)  # those of a medicine only a list's product stem names (levomepromazine)

    return NameIndex(
        builder.entries.values(),
        known=settings["known_medicines"],
        form_words=form_words,
        qualifier_words=[normalise(w) for w in settings["qualifier_words"]],
        fuzzy=fuzzy,
        release_words=[normalise(w) for w in settings["release_words"]],
    )


def _add_class_ingredients(
    builder: _Builder, combinations: dict[str, list[str]], brand_ingredients: dict[str, list[str]]
) -> None:
    """Ingredients of the class table (a co- name among them is split into its ingredients); the few brands
    the table lists (Priadel, Physeptone) stand for the ingredient the brand table gives them."""
    for ingredient, class_ids in builder.classes_of.items():
        if ingredient not in brand_ingredients:
            split = tuple(normalise(p) for p in combinations.get(ingredient, [ingredient]))
            builder.add(NameEntry(ingredient, "ingredient", split, tuple(class_ids)))
    for ingredient, class_ids in builder.classes_of.items():
        if ingredient in brand_ingredients:
            of_brand, brand_classes = builder.resolve_all(brand_ingredients[ingredient])
            builder.add(NameEntry(ingredient, "product", of_brand, _unique([*class_ids, *brand_classes])))


@functools.cache
def no_concern_stages() -> dict[str, frozenset[str]]:
    """The medicines of no concern only at some stages (``stages`` in mappings/no-concern-medicines.toml), by the
    ingredient their entries read as: ibuprofen is of no concern after the birth, not in pregnancy."""
    no_concern = tomllib.loads((data_path("mappings") / "no-concern-medicines.toml").read_text(encoding="utf-8"))
    return {
        normalise(medicine["names"][0]): frozenset(medicine["stages"])
        for medicine in no_concern["medicines"]
        if "stages" in medicine
    }


def _add_no_concern_medicines(builder: _Builder) -> None:
    """Common medicines of no concern."""
    no_concern = tomllib.loads((data_path("mappings") / "no-concern-medicines.toml").read_text(encoding="utf-8"))
    for medicine in no_concern["medicines"]:
        first = normalise(medicine["names"][0])
        for written in medicine["names"]:
            builder.add(NameEntry(normalise(written), "no-concern", (first,), ()))


def _add_former_names(builder: _Builder) -> None:
    """Former names of medicines (``mappings/former-names.csv``: old British Approved Names, US names), each read
    as the medicine its current name stands for, with no code of its own. Added once the class ingredients are
    in, before the lists' products (so one written with a former name reads as the current ingredient), and
    again at the end for a current name only a product stem gives; a name not yet recognised waits."""
    for row in _csv_rows(("former-names.csv",)):
        current = builder.resolve(row["current"])
        if current is not None:
            builder.add(NameEntry(normalise(row["former"]), "ingredient", *current))


def _add_combinations(builder: _Builder, combinations: dict[str, list[str]]) -> None:
    """Combination products, by their ingredients' classes."""
    for name, parts in combinations.items():
        contained, classes = builder.resolve_all(parts)
        kind: Kind = "product" if name.startswith("co-") else "brand"
        builder.add(NameEntry(name, kind, contained, classes, builder.everyday(name)))


def _add_brands(builder: _Builder, brand_rows: list[dict[str, str]], list_class: dict[str, str]) -> None:
    """Brands, by their ingredients' classes; a brand whose ingredient is in no class keeps the class of the
    list it was read from."""
    brands: dict[str, tuple[list[str], list[str]]] = {}
    for row in brand_rows:
        contained, classes = builder.resolve_all([row["ingredient"]])
        listed = list_class.get(row["class"] + ".csv")
        found_ingredients, found_classes = brands.setdefault(normalise(row["brand"]), ([], []))
        found_ingredients.extend(contained)
        found_classes.extend(classes or ((listed,) if listed else ()))
    for brand, (ingredients_list, classes_list) in brands.items():
        builder.add(
            NameEntry(brand, "brand", _unique(ingredients_list), _unique(classes_list), builder.everyday(brand))
        )


def _add_historic_brands(builder: _Builder) -> None:
    """Historic brands the dm+d lists do not give with their ingredient (``mappings/historic-brand-names.csv``),
    by their ingredient's classes. Each is curated as the medicine's name, so it is looked for in free text
    though wordfreq counts it as English: it is English because of the medicine ("Valium")."""
    for row in _csv_rows(("historic-brand-names.csv",)):
        ingredients, classes = builder.resolve_all([row["ingredient"]])
        builder.add(NameEntry(normalise(row["brand"]), "brand", ingredients, classes))


_SHORT_FAMILY = 5
"""A family name shorter than this ("MST", "DHC") is read in a medicine's name but not looked for in free text,
where such letters mean other things (multisystemic therapy)."""


def _add_brand_families(builder: _Builder, release_words: frozenset[str]) -> None:
    """Brand family names written alone ("Dilantin 100mg capsules" for Dilantin Infatabs): the first word of
    the listed brands, where every brand of that family names one set of ingredients and has only release or
    presentation words after it (mappings/names.toml ``release_words``). A family with a line extension
    ("Nurofen Plus") is left out, as its plain product may be another medicine."""
    families: dict[str, list[NameEntry]] = {}
    for entry in builder.entries.values():
        words = entry.name.split()
        if entry.kind == "brand" and len(words) > 1:
            families.setdefault(words[0], []).append(entry)
    for family, brands in families.items():
        ingredients = {b.ingredients for b in brands}
        if len(ingredients) != 1 or not all(set(b.name.split()[1:]) <= release_words for b in brands):
            continue
        classes = _unique(c for b in brands for c in b.classes)
        if not classes:
            continue
        in_text = len(compact(family)) >= _SHORT_FAMILY and not builder.everyday(family)
        builder.add(NameEntry(family, "brand", ingredients.pop(), classes, not in_text))


def _combination(product: str) -> bool:
    """Whether a product name names several ingredients with their strengths: dm+d's " / " ("Perindopril 4mg /
    Amlodipine 5mg tablets") or SNOMED's "and", "with" or "+" after a strength. Its stem, the words before the
    first strength, is only its first ingredient, which must not take the classes of its partners: a
    combination belongs to the classes of its ingredients, never an ingredient to those of its partners."""
    return " / " in product or _JOINED_AFTER_STRENGTH.search(product) is not None


def _stem_words(stems: NameIndex, product: str) -> list[str] | None:
    """The words of a dm+d product's name stem, or None where it has none worth a key (no words, too many, or a
    "product"/"generic" name)."""
    words = [w for _, _, w in stems.stem_words(_fold(product))]
    if not words or len(words) > _MAX_WORDS - 1 or words[0] in ("product", "generic"):
        return None
    return words


def _add_listed_product_stems(builder: _Builder, stems: NameIndex, list_class: dict[str, str]) -> None:
    """Product stems of the dm+d names in every class list, where the list shows their ingredient (a
    broad set's folder, such as bnf-cns-meds, names no ingredient and is skipped)."""
    seen: set[tuple[str, str]] = set()
    for class_id, name, ingredient_text in _listed_products(list_class):
        if (class_id, name) in seen:
            continue
        seen.add((class_id, name))
        words = _stem_words(stems, name)
        if words is None:
            continue
        stem = " ".join(words)
        if compact(stem) in builder.entries or len(compact(stem)) < 4:
            continue
        resolved = builder.resolve(ingredient_text)
        if resolved is not None:
            of_stem, stem_classes = resolved
            builder.add(NameEntry(stem, "product", of_stem, _unique([*stem_classes, class_id]), builder.everyday(stem)))


def _add_unlisted_product_stems(
    builder: _Builder, stems: NameIndex, list_class: dict[str, str], made_of: frozenset[str]
) -> None:
    """Product stems the lists give without their ingredient (a brand such as "Ativan 4mg/1ml solution for
    injection" in the benzodiazepine list): the stem stands for the list's class, with no ingredient
    named, unless the brand table gives it as a brand's ingredient (``made_of``: "levomepromazine" of Nozinan,
    read there from the dm+d AMP's VMP), when it is that ingredient, so the generic and its brands name one
    medicine. A generic combination ("Ibuprofen 200mg / Codeine 12.8mg tablets") is skipped: its stem is
    one of its ingredients, which alone may raise no concern; so is a stem whose first word is already a
    name. An everyday English stem is recognised in a medicine's name but not looked for in text."""
    for filename, class_id in list_class.items():
        for row in _csv_rows(("codelists", filename)):
            product = row.get("dmd_name") or row.get("term") or ""
            if _combination(product):
                continue
            words = _stem_words(stems, product)
            if words is None:
                continue
            stem = " ".join(words)
            if compact(stem) in builder.entries or len(compact(stem)) < 4 or compact(words[0]) in builder.entries:
                continue
            ingredient = (stem,) if compact(stem) in made_of else ()
            builder.add(NameEntry(stem, "product", ingredient, (class_id,), builder.everyday(stem)))


def _add_abbreviations(builder: _Builder, abbreviations: dict[str, str]) -> None:
    """Abbreviations."""
    for abbreviation, ingredient in abbreviations.items():
        stands_for, classes = builder.resolve_all([ingredient])
        builder.add(NameEntry(normalise(abbreviation), "abbreviation", stands_for, classes))


def _add_shorthand(builder: _Builder, shorthand: dict[str, str]) -> None:
    """Clinicians' shortened names ("sod val", "levomeprom"), each standing for the medicine of a name the index
    already holds; read in free text only when not English and not short (as for brand families)."""
    for short, full in shorthand.items():
        stands_for, classes = builder.resolve_all([full])
        name = normalise(short)
        in_text = len(compact(name)) >= _SHORT_FAMILY and not builder.everyday(name)
        builder.add(NameEntry(name, "shorthand", stands_for, classes, not in_text))


def _listed_products(list_class: dict[str, str]) -> Iterator[tuple[str, str, str]]:
    """(class, product name, its ingredient as written) for the products of each class list whose
    ingredient the list itself shows: a branded AMP through its generic VMP (BNF code: chemical, "AA", the
    equivalent-strength characters twice), or a row of a single-ingredient gm-sde set (its folder names it)."""
    for filename, class_id in list_class.items():
        rows = list(_csv_rows(("codelists", filename)))
        vmps = {
            r.get("bnf_code", ""): r.get("dmd_name") or r.get("term") or "" for r in rows if r.get("dmd_type") == "VMP"
        }
        for row in rows:
            name = row.get("dmd_name") or row.get("term") or ""
            bnf = row.get("bnf_code") or ""
            if row.get("dmd_type") == "AMP" and len(bnf) == 15 and bnf[9:11] != "AA":
                generic = vmps.get(bnf[:9] + "AA" + bnf[13:15] + bnf[13:15])
                if generic:
                    yield class_id, name, " ".join(p.split()[0] for p in generic.split(" / "))
                continue
            found = _GM_SDE_SET.search(row.get("source") or "")
            if found and not _combination(name):
                yield class_id, name, found.group(1).replace("-", " ")


def identify(name: str) -> Identification:
    """What a medicine's name says, from the shipped index."""
    return name_index().identify(name)


def mentions(text: str, *, fuzzy: bool = True) -> tuple[Mention, ...]:
    """The medicines a free text names, with offsets into ``normalise(text)``. Names made only of everyday
    English words ("Sleep Aid") are not looked for in free text. Without ``fuzzy``, exact names only: the
    same exact names, as a near misspelling is looked for only where no exact name starts."""
    found = _mentions(text)
    return found if fuzzy else tuple(m for m in found if not m.fuzzy)


@functools.lru_cache(maxsize=memo.TEXTS)
def _mentions(text: str) -> tuple[Mention, ...]:
    """Remembered for recent texts: several rules read the same conclusion, with and without near misses."""
    return _normalised_mentions(normalise(text))


@functools.lru_cache(maxsize=memo.TEXTS)
def _normalised_mentions(normalised: str) -> tuple[Mention, ...]:
    """:func:`_mentions` by the normalised text: a reader that asks of a text it has normalised itself (the
    contradiction readings do) finds what was found for the text as written, not a second search."""
    return tuple(name_index().find(normalised, fuzzy=True))
