"""A listed medicine told as started before this pregnancy began, where the medicine list dates its start after
conception, is a date the record contradicts (MA013; [started_before] in mappings/calendar.toml). Advice, a plan,
a negation, another pregnancy, a course started again and a list whose start does come before conception are not
read so, and a disguise changes no verdict. Texts worded apart from the red-team corpora."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 3)
# The valproate example: 8 weeks on 2026-05-20, folic acid listed as started that day.
PLAN = (
    "Sodium valproate stays at 500 mg twice a day until the neurologist sees her; stopping it suddenly risks "
    "seizures. Fetal medicine and neurology referrals are made for the baby's exposure."
)


def _codes(text: str, folic_started: str | None = None) -> set[str]:
    """The error codes once the valproate example's assessment conclusion holds ``text``."""
    data: dict[str, Any] = json.loads(
        (ROOT / "examples" / "pass" / "valproate-unplanned-pregnancy.json").read_text(encoding="utf-8")
    )
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == "asm-valproate")
    data["assessments"][index]["conclusion"] = text
    if folic_started is not None:
        next(m for m in data["medicines"] if m["id"] == "med-folic-acid")["started"] = folic_started
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


CONTRADICTED = [
    f"{PLAN} Folic acid 5 mg had been started two months before she conceived, so the neural tube is covered.",
    f"{PLAN} Her folic acid was commenced before pregnancy.",
    f"{PLAN} Folic acid 5 mg daily, started 12 weeks before conception.",
]
NOT_CONTRADICTED = [
    f"{PLAN} Folic acid 5 mg should have been started three months before conception; it began at this visit.",
    f"{PLAN} In her previous pregnancy folic acid was started three months before conception; this time it began "
    "at this visit.",
    f"{PLAN} Folic acid 5 mg begins at this visit; in any future pregnancy it is to be started three months "
    "before conception.",
    f"{PLAN} Folic acid 5 mg was not started before pregnancy; it began at this visit.",
    f"{PLAN} Folic acid was started before pregnancy, stopped in March and restarted at this visit.",
]


@pytest.mark.parametrize("text", CONTRADICTED)
def test_a_listed_medicine_told_as_started_before_conception_against_the_list_is_refused(text: str) -> None:
    assert "MA013" in _codes(text)


@pytest.mark.parametrize("text", NOT_CONTRADICTED)
def test_advice_another_pregnancy_a_negation_or_a_restart_is_not_read_as_a_start_date(text: str) -> None:
    assert _codes(text) == set()


@pytest.mark.parametrize("text", CONTRADICTED)
def test_a_list_dating_the_start_before_conception_agrees(text: str) -> None:
    assert _codes(text, folic_started="2026-01-12") == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", CONTRADICTED + NOT_CONTRADICTED)
def test_a_disguised_conclusion_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _codes(disguise(text, random.Random(seed))) == _codes(text)


def _codes_listing(text: str, name: str, dose: str) -> set[str]:
    """As :func:`_codes`, the listed folic acid renamed ``name`` and taken as ``dose``."""
    data: dict[str, Any] = json.loads(
        (ROOT / "examples" / "pass" / "valproate-unplanned-pregnancy.json").read_text(encoding="utf-8")
    )
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == "asm-valproate")
    data["assessments"][index]["conclusion"] = text
    folic = next(m for m in data["medicines"] if m["id"] == "med-folic-acid")
    folic["name"], folic["dose"] = name, dose
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


# The over-the-counter strength told as started before conception is another supply than a listed 5 mg, but the
# listed one's own start where the list holds that strength.
OTC_STRENGTH = [
    f"{PLAN} Her folic acid 0.4 mg had been started two months before she conceived.",
    f"{PLAN} Folic acid 400 mcg daily was commenced before pregnancy.",
]


@pytest.mark.parametrize("text", OTC_STRENGTH)
def test_the_over_the_counter_strength_is_another_supply_beside_a_listed_5_mg(text: str) -> None:
    assert "MA013" not in _codes_listing(text, "Folic acid 5mg tablets", "5 mg once daily")
    assert "MA013" not in _codes_listing(disguise(text, random.Random(3)), "Folic acid 5mg tablets", "5 mg once daily")


@pytest.mark.parametrize("text", OTC_STRENGTH)
def test_the_over_the_counter_strength_listed_is_the_listed_start(text: str) -> None:
    listed = ("Folic acid 400microgram tablets", "400 micrograms once daily")
    assert "MA013" in _codes_listing(text, *listed)
    assert "MA013" in _codes_listing(disguise(text, random.Random(3)), *listed)
