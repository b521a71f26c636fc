"""One normalisation for every rule that judges text: a disguise normalises like the plain text, ASCII text is
only case-folded and spaced, units stay distinct, and words that mix scripts are counted."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.text import _latin_lookalikes, mixed_script_words, normalise, words
from tests.gate.disguise import BLANKS, HOMOGLYPHS, INVISIBLE, disguised

PLAIN = st.text(alphabet=string.ascii_letters + string.digits + " .,;:-'/!?()", max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.data(), PLAIN)
def test_a_disguise_normalises_like_the_plain_text(data: st.DataObject, plain: str) -> None:
    # Blank letters have their own tests below, on clinical text: between two runs of random characters, which are
    # no English, a blank is read by the words the runs make.
    assert normalise(data.draw(disguised(plain))) == normalise(plain)


@settings(max_examples=200, deadline=None)
@given(PLAIN)
def test_ascii_text_is_only_case_folded_and_spaced(plain: str) -> None:
    """Digits, units, punctuation and letters of plain ASCII text are never altered ("60 mg" stays "60 mg")."""
    assert normalise(plain) == " ".join(plain.casefold().split())


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet=string.digits, min_size=1, max_size=12),
    st.sampled_from([0x660, 0x6F0, 0x966, 0x9E6, 0xFF10, 0x1D7CE]),
)
def test_digits_of_every_script_are_the_ascii_digits(number: str, zero: int) -> None:
    written = "".join(chr(zero + int(d)) for d in number)
    assert normalise(f"GMC {written}") == f"gmc {number}"


def test_no_ascii_character_is_mapped_to_another() -> None:
    assert not [chr(c) for c in _latin_lookalikes() if chr(c).isascii()]


@pytest.mark.parametrize("latin", sorted(HOMOGLYPHS))
def test_each_lookalike_letter_becomes_its_latin_letter(latin: str) -> None:
    for lookalike in HOMOGLYPHS[latin]:
        assert normalise(lookalike) == latin.casefold()


@pytest.mark.parametrize(
    ("disguised_text", "plain"),
    [
        ("\uff33\uff45\uff45\u3000\uff4c\uff45\uff54\uff54\uff45\uff52", "see letter"),  # full-width
        ("s\u00adee le\u200btt\u200der", "see letter"),
        ("\u202eEES\u202c   LETTER", "see letter"),  # shown as "SEE LETTER": an override reverses what it holds
        ("co\u2013sleeping", "co-sleeping"),
        ("mother\u2019s", "mother's"),
        ("\ufb01ne", "fine"),  # ligature
        ("caf\u00e9", "cafe"),
        ("nil\u3164further\uffa0worries", "nil further worries"),  # Hangul fillers for spaces
        ("\u115fnil\u1160further\u2800worries\U0001d159", "nil further worries"),
        ("\U0001d40d\U0001d400\U0001d412", "nas"),  # mathematical bold
        ("\u0451", "e"),  # a Cyrillic letter with an accent loses both
        ("n\u20e3o\u20e3 c\u20ddoncerns", "no concerns"),  # keycaps and a circle drawn round letters
        ("s\u0336e\u0336e\u0336 letter", "see letter"),  # a stroke through each letter
        # White letters in black circles and squares.
        (
            "\U0001f15d\U0001f15e \U0001f172\U0001f17e\U0001f17d\U0001f172\U0001f174\U0001f181\U0001f17d\U0001f182",
            "no concerns",
        ),
    ],
)
def test_known_disguises(disguised_text: str, plain: str) -> None:
    assert normalise(disguised_text) == plain


@pytest.mark.parametrize("slash", ["\u2044", "\u2215", "\u29f8", "\uff0f", "\u2571", "\u27cb"])
def test_slash_look_alikes_are_the_slash(slash: str) -> None:
    assert normalise(f"12{slash}10{slash}2026 and 1{slash}2") == "12/10/2026 and 1/2"


def test_letters_listed_as_slash_look_alikes_stay_letters() -> None:
    # Katakana "no" and a CJK ideograph are confusable with "/" in UTS #39, but they are letters of words.
    assert "/" not in normalise("\u30ce\u4e3f")


def test_units_stay_distinct() -> None:
    assert normalise("60 \u00b5g") == normalise("60 \u03bcg")  # micro sign and Greek mu are one unit
    assert normalise("60 \u00b5g") != normalise("60 mg")
    assert normalise("60 mg") == "60 mg"
    assert normalise("60\u00a0mg") == "60 mg"


def test_words_keep_inner_hyphens_and_apostrophes() -> None:
    assert words(normalise("No co\u2011sleeping; mother\u2019s cot.")) == ["no", "co-sleeping", "mother's", "cot"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("m\u0435thadone", 1),  # Cyrillic e in a Latin word
        ("S\u0435\u0435 l\u0435tter", 2),
        ("\u0441o-sleeping", 1),
        ("meth\u200badone", 0),  # invisible characters alone are normalised, not a second script
        ("methadone 60 mg", 0),
        ("60 \u00b5g, 5 \u03bcg and 10 \u2126", 0),  # unit symbols
        ("\u03b2-blocker", 0),  # a Greek symbol joined by a hyphen
        ("caf\u00e9 na\u00efve", 0),  # accents are Latin
        ("\u043c\u043e\u043b\u043e\u043a\u043e", 0),  # a Russian word is one script
        ("\u03b1\u03b2\u03b3", 0),
        ("\uff4d\uff45\uff54\uff48\uff41\uff44\uff4f\uff4e\uff45", 0),  # full-width Latin is Latin
    ],
)
def test_mixed_script_words(text: str, count: int) -> None:
    assert mixed_script_words(text) == count


@settings(max_examples=200, deadline=None)
@given(st.data(), st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=12))
def test_one_lookalike_letter_in_a_latin_word_is_counted(data: st.DataObject, word: str) -> None:
    positions = [i for i, c in enumerate(word) if c in HOMOGLYPHS]
    if not positions or len(word) < 2:
        return
    at = data.draw(st.sampled_from(positions))
    swapped = word[:at] + data.draw(st.sampled_from(HOMOGLYPHS[word[at]])) + word[at + 1 :]
    if all(not c.isascii() for c in swapped):
        return  # every letter swapped: one script throughout
    assert mixed_script_words(swapped) == 1
    assert mixed_script_words(word) == 0


@settings(max_examples=100, deadline=None)
@given(PLAIN, st.sampled_from(INVISIBLE))
def test_invisible_characters_alone_make_no_mixed_words(plain: str, invisible: str) -> None:
    assert mixed_script_words(invisible.join(plain)) == 0


def _clinical_texts() -> list[str]:
    """Every free text of the shipped examples: clinical English as the gate reads it."""
    texts: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str) and len(value.split()) >= 4:
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)

    for path in sorted((Path(__file__).parents[2] / "examples").glob("*/*.json")):
        collect(json.loads(path.read_text(encoding="utf-8")))
    return sorted(set(texts))


CLINICAL = st.sampled_from(_clinical_texts())


@settings(max_examples=200, deadline=None)
@given(st.data(), CLINICAL)
def test_blank_letters_for_spaces_normalise_as_the_spaces_they_show(data: st.DataObject, plain: str) -> None:
    """A letter or symbol that prints as a blank cell (Hangul fillers, the blank braille pattern) standing for a
    space is read as the space a reader sees, not as nothing: the words stay apart."""
    shown = "".join(data.draw(st.sampled_from(BLANKS)) if c == " " else c for c in plain)
    assert normalise(shown) == normalise(plain)
    assert words(normalise(shown)) == words(normalise(plain))


@settings(max_examples=200, deadline=None)
@given(st.data(), CLINICAL)
def test_blank_letters_inside_words_normalise_as_the_words(data: st.DataObject, plain: str) -> None:
    """A blank letter put inside a word English or the medicine list knows ("ba\u3164by", "cit\uffa0alopram"),
    where Unicode makes it ignorable, is read as nothing: the word stays whole. (A rare word or abbreviation may
    be read as the commoner words its pieces make: "pph" + "n".)"""
    from medassess.gate.english import zipf
    from medassess.gate.text import _blank_reading

    medicines = _blank_reading()[1]
    rng = data.draw(st.randoms(use_true_random=False))
    blank = data.draw(st.sampled_from(BLANKS))
    every = data.draw(st.integers(min_value=2, max_value=4))

    def hide(m: re.Match[str]) -> str:
        word = m[0]
        if rng.random() < 0.3 or (zipf(word.lower()) < 3 and word.lower() not in medicines):
            return word
        return blank.join(word[i : i + every] for i in range(0, len(word), every))

    shown = re.sub(rf"(?<![\w.])[^\W\d_]{{{every + 1},}}(?![\w.])", hide, plain)
    assert normalise(shown) == normalise(plain)


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        ("no\u3164concerns", "no concerns"),
        ("Methadone\u3164continues\u3164at\u316460\u3164mg", "methadone continues at 60 mg"),
        ("Her cit\uffa0alopram continues", "her citalopram continues"),
        ("Pri\u3164adel 400 mg", "priadel 400 mg"),
        ("met\u3164had\u3164one 60 mg", "methadone 60 mg"),
        ("the\u2800baby\u2800sleeps", "the baby sleeps"),
        ("Methadone: no\u3164concerns now", "methadone: no concerns now"),
    ],
)
def test_blank_letters_are_read_by_the_words_they_divide(shown: str, read: str) -> None:
    assert normalise(shown) == read


@settings(max_examples=100, deadline=None)
@given(PLAIN, st.sampled_from(BLANKS))
def test_blank_letters_make_no_mixed_words(plain: str, blank: str) -> None:
    assert mixed_script_words(blank.join(plain.split(" "))) == 0
