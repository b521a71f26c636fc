"""The share gate's memory does not grow with the number of records it judges (issue 14: flat memory at county
scale). Guarded loosely, by counting what the memos hold, never by a wall time or a peak RSS figure: every memo of
the gate is bounded, their bounds together are within a budget, and records with free texts of their own fill
none of the unbounded ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from medassess.gate import memo, night_care

BUDGET = 100_000
"""At most this many entries in all the gate's bounded memos together (81,080 when written, most of them single
words of 8,192 a memo, each entry a hundred bytes or so). Sized for a county (4,096 texts and 65,536 words a memo)
they could hold 527,544, and held some 77,000 after 1,000 records with texts of their own, still filling."""


_COUNT = """
import functools, gc, json
from benchmarks._records import records
from medassess import check

def gate_memos():
    gc.collect()
    found = []
    for thing in gc.get_objects():
        if isinstance(thing, functools._lru_cache_wrapper):
            wrapped = thing.__wrapped__
            function = getattr(wrapped, "func", wrapped)
            if str(getattr(function, "__module__", "")).startswith("medassess.gate"):
                found.append(thing)
    return found

for record in records(7, distinct=True, first=900_000):
    check(record)
memos = gate_memos()
unbounded = {id(m): m.cache_info().currsize for m in memos if m.cache_info().maxsize is None}
for record in records(14, distinct=True, first=910_000):
    check(record)
grown = [m for m in memos if id(m) in unbounded and m.cache_info().currsize != unbounded[id(m)]]
print(json.dumps({
    "grown": [getattr(m.__wrapped__, "__qualname__", "?") for m in grown],
    "bounds": sum(m.cache_info().maxsize or 0 for m in memos),
    "held": sum(m.cache_info().currsize for m in memos),
    "unbounded": sum(unbounded.values()),
}))
"""
"""Counted in a fresh interpreter, as a batch command runs: the test process holds memos of judges and indexes
that other tests built with their own settings, which no batch has."""


def test_the_gates_memos_hold_a_bounded_number_of_entries_whatever_the_number_of_records() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _COUNT], cwd=root, capture_output=True, text=True, check=True)
    counted = json.loads(done.stdout.strip().splitlines()[-1])
    # The unbounded memos are the tables, read once: records with texts of their own add nothing to them.
    assert counted["grown"] == []
    assert counted["bounds"] <= BUDGET, counted["bounds"]
    assert counted["held"] <= counted["bounds"] + counted["unbounded"]


def test_memos_of_free_text_are_sized_to_a_record_not_to_a_county() -> None:
    assert memo.TEXTS <= 1024 and memo.SENTENCES <= 2048 and memo.WORDS <= 8192 and memo.TOKENISED <= 8192


def test_phrase_indexes_of_tuples_made_for_one_record_do_not_pile_up() -> None:
    # medicated_subjects makes its tuple afresh for each record; each was indexed and kept for good.
    for n in range(3 * night_care._MAX_FIRST):
        night_care._by_first(((f"partner{n}",), ("he",)))
    assert len(night_care._FIRST) <= night_care._MAX_FIRST
    assert night_care._by_first(((f"partner{n}",), ("he",))) == {f"partner{n}": ((f"partner{n}",),), "he": (("he",),)}
