"""MA130: a medicine's name giving a strength of its tablets or capsules that no product of its single ingredient in
the shipped code lists comes near (found passing by the hundred-and-fifty-second fresh corpus) is refused: above
twice the largest strength made or below half the smallest ([strengths] of mappings/doses.toml). Near misses stand:
a real strength, a strength between those made, a liquid, a combination and a medicine the lists hold no tablets of.
Worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.strengths import strength_never_made
from tests.gate.disguise import disguise

_EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pass" / "postnatal-partner-quetiapine.json"

NEVER_MADE = [
    ("sertraline", "Sertraline 500mg tablets"),  # 50 and 100 mg are made
    ("quetiapine", "Quetiapine 2.5g tablets"),
    ("pregabalin", "Pregabalin 3000mg capsules"),
    ("fluoxetine", "Fluoxetine 2mg capsules"),  # 10, 20, 30, 40 and 60 mg are made
    ("mirtazapine", "Mirtazapine 450mg orodispersible tablets"),
]
MADE_OR_NOT_READ = [
    ("sertraline", "Sertraline 100mg tablets"),
    ("sertraline", "Sertraline 150mg capsules"),  # none made, but between the strengths and their margin
    ("quetiapine", "Quetiapine 400mg modified-release tablets"),
    ("pregabalin", "Pregabalin 300mg capsules"),
    ("fluoxetine", "Fluoxetine 20mg/5ml oral liquid"),  # a liquid: not read
    ("mirtazapine", "Mirtazapine 15mg orodispersible tablets"),
    ("paracetamol", "Paracetamol 5g tablets"),  # the lists hold no paracetamol tablets: not judged
    ("codeine", "Co-codamol 30mg/500mg tablets"),  # a combination: not read
]


@pytest.mark.parametrize(("ingredient", "name"), NEVER_MADE)
def test_a_strength_never_made_is_read(ingredient: str, name: str) -> None:
    assert strength_never_made(name, frozenset({ingredient}))


@pytest.mark.parametrize(("ingredient", "name"), MADE_OR_NOT_READ)
def test_a_strength_made_near_or_not_read_passes(ingredient: str, name: str) -> None:
    assert not strength_never_made(name, frozenset({ingredient}))


def test_a_name_of_two_ingredients_is_not_judged() -> None:
    assert not strength_never_made("Sertraline 500mg tablets", frozenset({"sertraline", "paracetamol"}))


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("ingredient", "name"), NEVER_MADE + MADE_OR_NOT_READ)
def test_a_disguised_name_is_read_as_the_plain_one(ingredient: str, name: str, seed: int) -> None:
    found = strength_never_made(disguise(name, random.Random(seed)), frozenset({ingredient}))
    assert found == ((ingredient, name) in NEVER_MADE)


def _codes(name: str) -> set[str]:
    data: dict[str, Any] = json.loads(_EXAMPLE.read_text(encoding="utf-8"))
    for medicine in data["medicines"]:
        if "quetiapine" in medicine["name"].lower():
            medicine["name"] = name
    return {i.code for i in check(record_from_data(data), today=dt.date(2026, 12, 3)) if i.severity == "error"}


STRENGTHS = [("Quetiapine 3000mg tablets", True), ("Quetiapine 300mg tablets", False)]


@pytest.mark.parametrize(("name", "refused"), STRENGTHS)
def test_ma130_refuses_a_strength_never_made(name: str, refused: bool) -> None:
    assert ("MA130" in _codes(name)) == refused
