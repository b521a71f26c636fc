"""How common a word is in English, for the rules that tell language from filler and never match a real
English word to a medicine name: wordfreq's "best" English list on the Zipf scale (log10 of uses per billion
words), loaded on first use.

The list (about 321,000 words) is never held as words: its file is streamed once into a sorted array of each
word's 64-bit BLAKE2b hash, with a parallel array of the word's frequency bucket, and a word is looked up by
bisection. That is about 3 MB where wordfreq's own dictionary of the list took about 27 MiB at its peak (and
``import wordfreq`` about 16 MiB more, with its tokenisers, which medassess never uses): issue 14's memory goal.
:func:`zipf` returns exactly the float that ``log10`` of ``wordfreq.get_frequency_dict("en", "best")[word]``
plus 9 gives for every word of the list (tests/gate/test_english.py checks the whole list), and 0 for a word
not in it, unless that word's hash equals one of the list's: about 321,000 in 2**64, 1.7e-14 for each word
looked up that the list does not hold.

The file is read where wordfreq keeps it, without importing wordfreq: the layout (``data/large_en.msgpack.gz``,
the "cBpack" format documented in ``wordfreq.read_cBpack``) is wordfreq's own, so pyproject.toml pins the
wordfreq versions it is known for, and a file missing or of another format raises :class:`RuntimeError` naming
what was expected; the tests fail loudly if a wordfreq release changes it.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import hashlib
import importlib.util
import math
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import memo

LIST_FILE = "large_en.msgpack.gz"
"""wordfreq's file for English under the "best" list: its large list (``available_languages("best")["en"]``)."""

_PARTS = 256
"""The hashes are gathered by their top byte and each part sorted alone, so no more than a part's worth of
Python integers exists at once while the table is built (the peak is what issue 14 measures)."""


def _hash(word: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(word, digest_size=8).digest(), "little")


def list_path() -> Path:
    """wordfreq's English list file, found without importing wordfreq (which loads its tokenisers)."""
    spec = importlib.util.find_spec("wordfreq")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        path = Path(folder) / "data" / LIST_FILE
        if path.is_file():
            return path
    raise RuntimeError(f"wordfreq's English list {LIST_FILE} was not found (in {folders}): see pyproject.toml")


def _buckets(*, raw: bool) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Each bucket of the list as (its index, its words), in the file's order, one bucket at a time (the largest
    holds about 4,000 words). The index is the bucket's frequency in centibels, negated."""
    import msgpack  # wordfreq's own dependency (it reads the list with it): declared in pyproject.toml

    with gzip.open(list_path(), "rb") as infile:
        unpacker = msgpack.Unpacker(infile, raw=raw, use_list=False)
        count = unpacker.read_array_header()
        header = unpacker.unpack() if count else None
        if not isinstance(header, dict):
            raise RuntimeError(f"wordfreq's {LIST_FILE} has no cBpack header (a wordfreq version not pinned?)")
        header = {(k.decode() if isinstance(k, bytes) else k): v for k, v in header.items()}
        if header.get("format") not in ("cB", b"cB") or header.get("version") != 1:
            raise RuntimeError(f"wordfreq's {LIST_FILE} has an unexpected header {header!r}: see pyproject.toml")
        for index in range(count - 1):
            words = unpacker.unpack()
            if not isinstance(words, tuple):
                raise RuntimeError(f"wordfreq's {LIST_FILE} holds {type(words).__name__} for a bucket of words")
            yield index, words


def _frequency(index: int) -> float:
    """A bucket's frequency, as wordfreq computes it (``cB_to_freq(-index)``)."""
    return 10 ** (-index / 100)


class _Table:
    """The list's words as sorted hashes and, beside each, its bucket; a word listed in several buckets has the
    last (lowest frequency), as wordfreq's dictionary keeps it."""

    def __init__(self) -> None:
        parts: list[tuple[array[int], array[int]]] = [(array("Q"), array("H")) for _ in range(_PARTS)]
        zipfs: list[float] = []
        for index, words in _buckets(raw=True):
            frequency = _frequency(index)
            zipfs.append(math.log10(frequency) + 9 if frequency > 0 else 0.0)
            for word in words:
                key = _hash(word)
                hashes, buckets = parts[key >> 56]
                hashes.append(key)
                buckets.append(index)
        self.hashes: array[int] = array("Q")
        self.buckets: array[int] = array("H")
        for hashes, buckets in parts:
            # Sorted by hash, then bucket: of equal hashes (one word listed twice) the last has the last bucket.
            for key, index in sorted(zip(hashes, buckets, strict=True)):
                self.hashes.append(key)
                self.buckets.append(index)
            del hashes[:], buckets[:]
        self.zipfs = tuple(zipfs)

    def bucket(self, word: str) -> int | None:
        # A lone surrogate encodes to bytes no listed (valid UTF-8) word has.
        key = _hash(word.encode("utf-8", "surrogatepass"))
        at = bisect.bisect_right(self.hashes, key) - 1
        return self.buckets[at] if at >= 0 and self.hashes[at] == key else None


@functools.cache
def _table() -> _Table:
    return _Table()


@functools.lru_cache(maxsize=memo.WORDS)
def zipf(word: str) -> float:
    """How common ``word`` is in English, on the Zipf scale (0 when wordfreq does not know it)."""
    table = _table()
    index = table.bucket(word)
    return table.zipfs[index] if index is not None else 0.0


def common_words(min_zipf: float) -> list[str]:
    """Every word of the English list at least ``min_zipf`` on the Zipf scale, in the list's order (each word
    where it is first listed), as wordfreq's dictionary holds them. Reads the list's file again."""
    least = 10 ** (min_zipf - 9)
    table = _table()
    found: dict[str, None] = {}
    for index, words in _buckets(raw=False):
        if _frequency(index) < least:
            break  # the buckets fall in frequency: none after this one is common enough
        for word in words:
            last = table.bucket(word)
            if last is not None and _frequency(last) >= least:
                found[word] = None
    return list(found)
