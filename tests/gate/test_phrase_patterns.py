"""The one join of listed phrases into a regex alternation that every text reader uses
(:func:`medassess.gate.phrases.alternation`): each option both ways, and disguised text judged like the plain
text once it is normalised."""

from __future__ import annotations

import random
import re

import pytest

from medassess.gate.phrases import alternation
from medassess.gate.text import normalise
from tests.gate.disguise import disguise


def _finds(pattern: str, text: str) -> list[str]:
    return [m.group() for m in re.finditer(pattern, text)]


def _full(pattern: str, text: str) -> bool:
    return re.fullmatch(f"(?:{pattern})", text) is not None


# --- always: escaped, longest first, each phrase once ------------------------------------------------------


def test_phrases_are_escaped_not_read_as_patterns() -> None:
    pattern = alternation(["b.d. (twice)", "a+b"])
    assert _full(pattern, "b.d. (twice)")
    assert _full(pattern, "a+b")
    assert not _full(pattern, "bxdx (twice)")
    assert not _full(pattern, "aab")


def test_the_longest_phrase_is_taken_where_several_match() -> None:
    pattern = alternation(["night", "night feeds", "nigh"])
    assert _finds(pattern, "she does the night feeds") == ["night feeds"]
    assert pattern.split("|") == ["night\\ feeds", "night", "nigh"]


def test_each_phrase_is_listed_once_in_the_order_first_given_among_equal_lengths() -> None:
    assert alternation(["cot", "bed", "cot", "mat"]) == "cot|bed|mat"


def test_no_phrases_give_the_empty_alternation() -> None:
    assert alternation([]) == ""
    assert alternation([], none_before=r"\w", none_after=r"\w") == r"(?<![\w])(?:)(?![\w])"


# --- normalised -------------------------------------------------------------------------------------------------


def test_normalised_folds_the_phrases_as_the_text_is_folded() -> None:
    listed = ["Health Visitor", "caf\u00e9 feeds"]
    folded = alternation(listed, normalised=True)
    as_written = alternation(listed)
    assert _finds(folded, normalise("the HEALTH VISITOR checks")) == ["health visitor"]
    assert _finds(folded, normalise("no cafe feeds")) == ["cafe feeds"]
    assert _finds(as_written, normalise("the HEALTH VISITOR checks")) == []
    assert _finds(as_written, normalise("no cafe feeds")) == []


@pytest.mark.parametrize("seed", range(8))
def test_a_disguised_text_is_found_like_the_plain_one_once_normalised(seed: int) -> None:
    pattern = alternation(
        ["health visitor", "observe*", "keep ... in the cot"],
        normalised=True,
        any_spaces=True,
        word_endings=True,
        gaps=True,
    )
    plain = "The Health Visitor will keep the baby in the cot and observes feeds."
    shown = disguise(plain, random.Random(seed))
    assert shown != plain
    assert _finds(pattern, normalise(shown)) == _finds(pattern, normalise(plain))
    assert _finds(pattern, normalise(plain)) == ["health visitor", "keep the baby in the cot", "observes"]


def test_look_alike_letters_and_zero_width_characters_in_the_phrase_itself_are_folded() -> None:
    disguised_phrase = "h\u0435alth\u200b visitor"  # a Cyrillic e, a zero-width space
    assert _finds(alternation([disguised_phrase], normalised=True), "the health visitor") == ["health visitor"]
    assert _finds(alternation([disguised_phrase]), "the health visitor") == []


# --- any_spaces -------------------------------------------------------------------------------------------------


def test_any_spaces_matches_a_phrase_broken_over_lines_or_spaced_out() -> None:
    text = "the health\nvisitor and the  midwife"
    assert _finds(alternation(["health visitor", "the midwife"], any_spaces=True), text) == [
        "health\nvisitor",
        "the  midwife",
    ]
    assert _finds(alternation(["health visitor", "the midwife"]), text) == []
    assert _finds(alternation(["health visitor"]), "a health visitor") == ["health visitor"]


# --- word_endings -----------------------------------------------------------------------------------------------


def test_word_endings_lets_a_starred_word_go_on() -> None:
    pattern = alternation(["sedat*"], word_endings=True)
    assert _finds(pattern, "sedated, sedation, sedating, sedat") == ["sedated", "sedation", "sedating", "sedat"]
    assert _finds(pattern, "co-sedat-ive") == ["sedat-ive"]


def test_without_word_endings_a_star_is_a_star() -> None:
    pattern = alternation(["sedat*"])
    assert _finds(pattern, "sedated") == []
    assert _finds(pattern, "a sedat* note") == ["sedat*"]


# --- gaps -------------------------------------------------------------------------------------------------------


def test_gaps_stand_for_one_to_three_words() -> None:
    pattern = alternation(["keep ... in the cot"], gaps=True, any_spaces=True)
    assert _full(pattern, "keep baby in the cot")
    assert _full(pattern, "keep the little one in the cot")
    assert not _full(pattern, "keep in the cot")
    assert not _full(pattern, "keep the very little one in the cot")
    assert not _full(pattern, "keep 2 in the cot")  # a word opens with a letter


def test_a_gap_that_opens_a_phrase_stands_for_words_before_it() -> None:
    pattern = alternation(["...asks for them"], gaps=True, any_spaces=True)
    assert _full(pattern, "she asks for them")
    assert _full(pattern, "the mother asks for them")
    assert not _full(pattern, "asks for them")


def test_without_gaps_three_dots_are_three_dots() -> None:
    pattern = alternation(["keep ... in the cot"], any_spaces=True)
    assert not _full(pattern, "keep baby in the cot")
    assert _full(pattern, "keep ... in the cot")


# --- none_before / none_after -----------------------------------------------------------------------------------


def test_bounds_keep_a_phrase_whole() -> None:
    whole = alternation(["bd", "tds"], none_before=r"\w-", none_after=r"\w-")
    assert whole == r"(?<![\w-])(?:tds|bd)(?![\w-])"
    assert _finds(whole, "give bd, or tds") == ["bd", "tds"]
    assert _finds(whole, "abd tdsx pre-bd bd-ish") == []
    bare = alternation(["bd", "tds"])
    assert _finds(bare, "abd tdsx") == ["bd", "tds"]


def test_each_bound_may_be_given_alone() -> None:
    assert alternation(["mg"], none_before=r"\w") == r"(?<![\w])(?:mg)"
    assert alternation(["mg"], none_after=r"\w/") == r"(?:mg)(?![\w/])"
    assert _finds(alternation(["mg"], none_after=r"\w/"), "5mg 5mg/ml 5mgs") == ["mg"]
    assert _finds(alternation(["mg"], none_before=r"\d"), "5mg mg") == ["mg"]
