"""Phrase lists (medassess.gate.wording.Phrases) as the readers use them: an empty list finds nothing.

A mapping table whose list is empty (a section emptied while its wording is reviewed) must switch its reading off,
never on: a pattern of no alternatives must not match the empty string at the start of every text."""

from __future__ import annotations

import pytest

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
