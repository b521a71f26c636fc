"""A review whose subject is the baby is its examination, not a decision put off ([deferral.examined] in
mappings/hollow-phrases.toml), and a bare passive of how the baby is fed decides the feeding
([conclusion] lone_passives_decided in mappings/concerns.toml): "the newborn is to be reviewed by the neonatal
registrar on day one and will not be breastfed" is a plan beside a deferral (MA103) and answers feeding (MA122).
Near misses (the feeding or the dose to be reviewed, a bare "bottle", a passive that names no one) are still
read as before, and a disguise changes no verdict. Texts worded apart from the red-team corpora."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import without_lone_actors
from medassess.gate.settings import shipped_settings
from medassess.gate.substance import analyse
from medassess.gate.text import normalise
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 3)
AWAITED = (
    "The delivery plan is awaited from obstetrics. Lithium carries on at the same dose with serum checks each month"
)


def _codes(text: str) -> set[str]:
    """The error codes once the lithium example's conclusion holds ``text``."""
    data: dict[str, Any] = json.loads(
        (ROOT / "examples" / "pass" / "lithium-perinatal-mental-health.json").read_text(encoding="utf-8")
    )
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == "asm-lithium")
    data["assessments"][index]["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


PLANS = [
    f"{AWAITED}; the newborn is to be reviewed by the neonatal registrar on day one and will not be breastfed.",
    f"{AWAITED}; the newborn is to be reviewed by the neonatal registrar on day one and is to be formula fed.",
    f"{AWAITED}. Her baby will be looked at by the paediatric team within a day of birth, and is not to be breastfed.",
]
HOLLOW = [
    f"{AWAITED}; her feeding is to be reviewed later.",
    f"{AWAITED}; the newborn's feeding is to be reviewed by the neonatal registrar on day one.",
    f"{AWAITED}; bottle.",
]


@pytest.mark.parametrize("text", PLANS)
def test_the_baby_reviewed_and_its_feeding_decided_beside_a_deferral_passes(text: str) -> None:
    assert _codes(text) == set()


@pytest.mark.parametrize("text", HOLLOW)
def test_a_review_put_off_or_a_bare_feeding_word_beside_a_deferral_is_refused(text: str) -> None:
    assert "MA103" in _codes(text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", PLANS + HOLLOW)
def test_a_disguised_conclusion_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _codes(disguise(text, random.Random(seed))) == _codes(text)


@pytest.mark.parametrize(
    ("text", "defers"),
    [
        ("The baby is to be reviewed by the paediatrician after delivery.", False),
        ("Twins are to be reviewed on the neonatal unit at birth.", False),
        ("The baby will be looked at by the paediatric team on day one.", False),
        ("The dose is to be reviewed by her psychiatrist.", True),
        ("The baby's feeding is to be reviewed after delivery.", True),
        ("To be reviewed after delivery.", True),
    ],
)
def test_a_review_defers_unless_the_baby_is_its_subject(text: str, defers: bool) -> None:
    analysis = analyse(text, shipped_settings(), frozenset())
    assert analysis.defers_or_dismisses is defers


def test_a_bare_passive_of_feeding_is_kept_and_one_of_another_act_is_set_aside() -> None:
    fed = normalise("The newborn will be checked by the midwife and will not be breastfed.")
    assert without_lone_actors(fed) == fed
    weighed = normalise("The newborn will settle and will be weighed.")
    assert "weighed" not in without_lone_actors(weighed)
