"""MA130: a medicine's dose line giving a day's ceiling, or a dose times its doses a day, above the adult daily
maximum of its single ingredient ([daily_maximum] of mappings/doses.toml, each figure sourced: paracetamol 4 g) is
refused. Near misses stand: the ceiling at or below the maximum, a lower one for low weight, a counted form, a
combination product, and a medicine with no known maximum. Worded apart from the red-team corpora; a disguise
changes no verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.core.resources import mapping_table
from medassess.gate.dose_totals import above_daily_maximum
from tests.gate.disguise import disguise

_PARACETAMOL = frozenset({"paracetamol"})
_EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pass" / "postnatal-partner-quetiapine.json"

ABOVE = [
    "500 mg to 1 g every 4 to 6 hours if needed, not more than 5 g in any 24 hours",
    "1.5 g four times a day",
    "one gram up to 4 times daily when required, maximum 8 g a day",
]
WITHIN = [
    "500 mg to 1 g every 4 to 6 hours if needed, not more than 4 g in any 24 hours",
    "1 g four times a day",
    "1 g up to 4 times daily when required, maximum 3 g a day (she weighs 48 kg)",
    "two 500 mg tablets up to four times a day, at most 8 tablets in 24 hours",
]


def test_every_maximum_has_its_source() -> None:
    for entry in mapping_table("doses.toml")["daily_maximum"].values():
        assert entry["grams"] > 0 and entry["source"].strip()


@pytest.mark.parametrize("line", ABOVE)
def test_a_day_above_the_maximum_is_read(line: str) -> None:
    assert above_daily_maximum(line, _PARACETAMOL)


@pytest.mark.parametrize("line", WITHIN)
def test_a_day_within_the_maximum_is_not_read(line: str) -> None:
    assert not above_daily_maximum(line, _PARACETAMOL)


def test_a_combination_or_an_unlisted_medicine_is_not_judged() -> None:
    assert not above_daily_maximum(ABOVE[0], frozenset({"paracetamol", "codeine"}))
    assert not above_daily_maximum("150 mg four times a day, no more than 900 mg a day", frozenset({"sertraline"}))


def _codes(line: str) -> set[str]:
    data: dict[str, Any] = json.loads(_EXAMPLE.read_text(encoding="utf-8"))
    data["medicines"][0]["dose"] = line  # the example's paracetamol 500 mg tablets
    return {i.code for i in check(record_from_data(data), today=dt.date(2026, 12, 3)) if i.severity == "error"}


@pytest.mark.parametrize("line", ABOVE[:1] + WITHIN)
def test_ma130_refuses_a_day_above_the_maximum(line: str) -> None:
    assert ("MA130" in _codes(line)) == (line in ABOVE)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("line", ABOVE + WITHIN)
def test_a_disguised_line_is_read_as_the_plain_one(line: str, seed: int) -> None:
    assert above_daily_maximum(disguise(line, random.Random(seed)), _PARACETAMOL) == (line in ABOVE)
