"""gate/english.py's compact table answers exactly as wordfreq's own dictionary of the English list, for every
word of the list, and reads wordfreq's file where and as wordfreq does: a wordfreq release that moves or
changes the file fails here (pyproject.toml pins the versions known to keep it)."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
import wordfreq

from medassess.gate import english

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def frequencies() -> dict[str, float]:
    return wordfreq.get_frequency_dict("en", "best")


def test_the_list_file_is_wordfreqs_best_english_list() -> None:
    assert english.list_path() == Path(wordfreq.available_languages("best")["en"])


def test_every_word_of_the_list_has_wordfreqs_zipf(frequencies: dict[str, float]) -> None:
    assert len(frequencies) > 300_000  # the large list, not the small one
    table = english._table()
    assert len(table.hashes) == sum(map(len, wordfreq.get_frequency_list("en", "best")))
    wrong = [
        word for word, frequency in frequencies.items() if english.zipf.__wrapped__(word) != math.log10(frequency) + 9
    ]
    assert wrong == []


def test_words_not_in_the_list_are_zero(frequencies: dict[str, float]) -> None:
    for word in ("", "medassessyearslot", "lamotrigineish", "zzqxjv", "THE", " the", "the\u0301", "\ud800", "nanx"):
        assert word not in frequencies
        assert english.zipf(word) == 0.0


@pytest.mark.parametrize("min_zipf", [0.0, 1.0, 2.5, 3.0, 4.5, 7.0, 8.0])
def test_common_words_are_wordfreqs_in_its_order(frequencies: dict[str, float], min_zipf: float) -> None:
    least = 10 ** (min_zipf - 9)
    assert english.common_words(min_zipf) == [w for w, f in frequencies.items() if f >= least]


def test_a_file_of_another_layout_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import gzip

    import msgpack

    odd = tmp_path / english.LIST_FILE
    odd.write_bytes(gzip.compress(msgpack.packb([{"format": "cB", "version": 2}, ["the"]])))
    monkeypatch.setattr(english, "list_path", lambda: odd)
    with pytest.raises(RuntimeError, match="unexpected header"):
        english._Table()


def test_judging_text_never_imports_wordfreq() -> None:
    # wordfreq's import loads its tokenisers (regex, ftfy, langcodes: about 16 MiB), which the gate never uses.
    code = (
        "import sys\nfrom medassess.gate import english\n"
        "assert english.zipf('the') > 7\nprint('wordfreq' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"
