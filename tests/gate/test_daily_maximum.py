"""MA130: a medicine's dose line giving a day's ceiling, or a dose times its doses a day, or one dose of the day,
above the adult daily maximum of its single ingredient ([daily_maximum] of mappings/doses.toml, each figure sourced:
paracetamol 4 g, citalopram 40 mg, sertraline 200 mg, quetiapine 800 mg, pregabalin 600 mg, sodium valproate 2.5 g,
gabapentin 3.6 g) is refused; a count of tablets is read where the product's name gives their strength, and not
where a mass beside it in brackets tells the dose. Near misses stand: the ceiling at or below the maximum, a lower
one for low weight, a count of no known strength, a weekly dose, a combination product, valproate semisodium (dosed
by weight), and a medicine with no known maximum (lithium). Worded apart from the red-team corpora; a disguise
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
        assert entry["mg"] > 0 and entry["source"].strip()


@pytest.mark.parametrize("line", ABOVE)
def test_a_day_above_the_maximum_is_read(line: str) -> None:
    assert above_daily_maximum(line, _PARACETAMOL)


@pytest.mark.parametrize("line", WITHIN)
def test_a_day_within_the_maximum_is_not_read(line: str) -> None:
    assert not above_daily_maximum(line, _PARACETAMOL)


def test_a_combination_or_an_unlisted_medicine_is_not_judged() -> None:
    assert not above_daily_maximum(ABOVE[0], frozenset({"paracetamol", "codeine"}))
    assert not above_daily_maximum("150 mg four times a day, no more than 900 mg a day", frozenset({"fluoxetine"}))
    assert not above_daily_maximum("4 g at night", frozenset({"lithium"}))  # a level sets it: no maximum listed


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


# One dose of the day, in the forms dose lines use ("once daily", "od", "at night", "mane"), in mg, g and micrograms;
# a bracketed aside or the bracket round the amount before how often; five and six doses a day; counted tablets of
# the named strength. Each with the product's name.
_SSRI = {"citalopram": "Citalopram 10mg tablets", "sertraline": "Sertraline 100mg tablets"}
_PARA = "Paracetamol 500mg caplets"
ABOVE_NAMED = [
    ("citalopram", _SSRI["citalopram"], "60 mg od"),
    ("citalopram", _SSRI["citalopram"], "0.2 g mane"),
    ("citalopram", _SSRI["citalopram"], "Six tablets (60 mg) in the morning"),
    ("citalopram", _SSRI["citalopram"], "30 mg (three tablets) twice a day"),
    ("sertraline", _SSRI["sertraline"], "300 mg at night"),
    ("sertraline", _SSRI["sertraline"], "150 mg bd"),
    ("sertraline", _SSRI["sertraline"], "Three tablets once a day"),
    ("sertraline", _SSRI["sertraline"], "250000 micrograms each morning"),
    ("paracetamol", _PARA, "1 g (2 caplets) five times daily"),
    ("paracetamol", _PARA, "two caplets every 4 to 6 hours, no more than 10 caplets in any 24 hours"),
    ("paracetamol", _PARA, "three caplets qds"),
    ("quetiapine", "Quetiapine 25mg tablets", "1.2 g at night"),
    ("quetiapine", "Quetiapine 150mg tablets", "450 mg bd"),
    ("quetiapine", "Quetiapine 200mg tablets", "Five tablets nocte"),
    ("quetiapine", "Quetiapine 100mg tablets", "2000 mg (twenty tablets) in the evening"),
    # the gabapentinoids and valproate (the hundred-and-fifty-second corpus's gap)
    ("pregabalin", "Pregabalin 150mg capsules", "900 mg (six capsules) twice daily"),
    ("pregabalin", "Pregabalin 200mg capsules", "Two capsules three times a day"),
    ("valproate", "Sodium valproate 500mg gastro-resistant tablets", "2 g bd"),
    ("valproate", "Epilim Chrono 500 prolonged-release tablets", "3500 mg at night"),
    ("gabapentin", "Gabapentin 600mg tablets", "1.6 g three times a day"),
]
WITHIN_NAMED = [
    ("citalopram", _SSRI["citalopram"], "40 mg od"),  # at the maximum
    ("citalopram", _SSRI["citalopram"], "Two tablets (20 mg) in the morning"),
    ("citalopram", _SSRI["citalopram"], "20 mg mane (she is over 65: maximum 20 mg a day)"),  # a lower ceiling
    ("citalopram", _SSRI["citalopram"], "40 mg once a week"),  # not a day's dose: not read
    ("sertraline", _SSRI["sertraline"], "Two tablets (200 mg) at night"),
    ("sertraline", _SSRI["sertraline"], "100 mg in the morning and 100 mg at night"),
    ("sertraline", _SSRI["sertraline"], "0.1 g bd"),
    ("paracetamol", _PARA, "two caplets four times a day, at most 8 caplets in 24 hours"),
    ("paracetamol", _PARA, "500 mg (one caplet) six times a day"),
    ("paracetamol", "Paracetamol 250mg/5ml oral suspension", "up to 12 tablets in 24 hours"),  # no tablet strength
    ("quetiapine", "Quetiapine 200mg tablets", "400 mg twice daily"),  # at the maximum
    ("quetiapine", "Quetiapine 300mg prolonged-release tablets", "600 mg (two tablets) at night"),
    # the mass told, the count beside it only a gloss (three 300 mg tablets would be 900 mg): the mass is read
    ("quetiapine", "Quetiapine 300mg prolonged-release tablets", "300 mg (three tablets) at night"),
    ("quetiapine", "Quetiapine 150mg tablets", "Four tablets (600 mg) nocte"),
    ("pregabalin", "Pregabalin 150mg capsules", "300 mg (two capsules) twice daily"),  # at the maximum
    ("pregabalin", "Pregabalin 75mg capsules", "Two capsules bd"),
    ("valproate", "Sodium valproate 500mg gastro-resistant tablets", "1 g twice daily"),
    ("valproate", "Sodium valproate 500mg gastro-resistant tablets", "1000 mg mane and 1500 mg nocte"),
    # valproate semisodium for mania is dosed by weight, with no day's ceiling: not judged
    ("valproate", "Valproate semisodium 500mg gastro-resistant tablets", "1500 mg twice daily"),
    ("gabapentin", "Gabapentin 400mg capsules", "1200 mg three times a day"),  # at the maximum
]


@pytest.mark.parametrize(("ingredient", "name", "line"), ABOVE_NAMED)
def test_a_day_above_a_named_medicines_maximum_is_read(ingredient: str, name: str, line: str) -> None:
    assert above_daily_maximum(line, frozenset({ingredient}), name)


@pytest.mark.parametrize(("ingredient", "name", "line"), WITHIN_NAMED)
def test_a_day_within_a_named_medicines_maximum_is_not_read(ingredient: str, name: str, line: str) -> None:
    assert not above_daily_maximum(line, frozenset({ingredient}), name)


def test_a_count_without_the_products_name_is_not_read() -> None:
    assert not above_daily_maximum("three caplets qds", _PARACETAMOL)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("ingredient", "name", "line"), ABOVE_NAMED + WITHIN_NAMED)
def test_a_disguised_named_line_is_read_as_the_plain_one(ingredient: str, name: str, line: str, seed: int) -> None:
    found = above_daily_maximum(disguise(line, random.Random(seed)), frozenset({ingredient}), name)
    assert found == ((ingredient, name, line) in ABOVE_NAMED)


@pytest.mark.parametrize(("line", "refused"), [("three tablets qds", True), ("two tablets qds", False)])
def test_ma130_reads_a_count_of_the_named_tablets(line: str, refused: bool) -> None:
    assert ("MA130" in _codes(line)) == refused  # the example's paracetamol 500 mg tablets: 6 g, 4 g
