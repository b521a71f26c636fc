"""mappings/medicine-words.txt is what its sources give: the share gate reads the file instead of working the
words out in every process, so it must be regenerated whenever the sources change."""

from __future__ import annotations

from pathlib import Path

from medassess.gate.medicine_words import HEADER, medicine_words_text
from medassess.gate.substance import MEDICINE_WORDS, _listed_medicine_words, listed_medicine_words_from_sources

FILE = Path(__file__).resolve().parents[2] / "mappings" / MEDICINE_WORDS


def test_the_shipped_medicine_words_are_current() -> None:
    assert FILE.read_text(encoding="utf-8") == medicine_words_text(), (
        "mappings/medicine-words.txt is out of date: run python -m medassess.gate.medicine_words"
    )


def test_the_gate_reads_the_same_words_its_sources_give() -> None:
    words = _listed_medicine_words()
    assert words == listed_medicine_words_from_sources()
    assert words and not any(w.startswith("#") for w in words)
    assert FILE.read_text(encoding="utf-8").startswith(HEADER)
