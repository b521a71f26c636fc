"""Phrase lists (medassess.gate.wording.Phrases) as the readers use them: an empty list finds nothing.

A mapping table whose list is empty (a section emptied while its wording is reviewed) must switch its reading off,
never on: a pattern of no alternatives must not match the empty string at the start of every text."""

from __future__ import annotations

import re

import pytest

from medassess.gate import wording
from medassess.gate.wording import Phrases, factored, tokens


def test_an_empty_list_finds_nothing() -> None:
    empty = Phrases.of([])
    for text in ("", "the baby is scored every 4 hours", "n/a"):
        assert not empty.found_in(tokens(text))
        assert not factored(empty).search(" ".join(tokens(text)))


def test_an_empty_list_leaves_every_word_outside() -> None:
    words = tokens("Methadone continues; the ward scores the baby for 72 hours.")
    assert Phrases.of([]).outside(words) == list(words)


def test_a_list_still_finds_its_phrases_and_only_them() -> None:
    phrases = Phrases.of(["no concerns", "breastfe*"])
    assert phrases.found_in(tokens("No  concerns were raised."))
    assert phrases.found_in(tokens("She is breastfeeding."))
    assert not phrases.found_in(tokens("The breast pump is at home; concerns were raised."))
    assert phrases.outside(tokens("no concerns today")) == ["today"]


def test_a_disguised_phrase_is_found_like_the_plain_one() -> None:
    phrases = Phrases.of(["no concerns"])
    assert phrases.found_in(tokens("N\u043e c\u043ence\u200brns"))  # Cyrillic o, a zero-width space


def test_an_empty_phrase_in_a_list_is_refused() -> None:
    with pytest.raises(ValueError, match="empty phrase"):
        Phrases.of(["a", "", "b"])


def test_whether_a_phrase_occurs_is_asked_of_the_factored_pattern_with_the_same_answer() -> None:
    # found_in searches the list's words factored into a tree (_quick), made once per list; it must find a phrase
    # wherever the list's own pattern does, phrases sharing leading words and words that may go on among them.
    phrases = Phrases.of(["keep an eye", "keep an eye on the baby", "keep watch", "monitor*", "watch out for", "eye"])
    quick = wording._quick(phrases.pattern)
    assert quick is not phrases.pattern and wording._quick(phrases.pattern) is quick
    texts = [
        "she will keep an eye on him",
        "keep watching",
        "monitoring overnight",
        "the monitor",
        "watch out",
        "watch out for jaundice",
        "keep an",
        "an eye",
        "keeper an eye",
        "keep  watch",
        "",
        "keep",
    ]
    for text in texts:
        words = tokens(text)
        assert phrases.found_in(words) == (phrases.pattern.search(" ".join(words)) is not None), text
    # A pattern not written as a list of plain words is searched as it is.
    own = Phrases(re.compile(r"(?<![^ ])(?:a (?:b|c))(?![^ ])"))
    assert wording._quick(own.pattern) is own.pattern
    assert own.found_in(("x", "a", "c")) and not own.found_in(("a", "d"))
