"""Item answers hollow in kind: a concern's own item (MA125) answered only by what the medicine or newborns do in
general, or, where the item asks for a plan (the baby's observation for withdrawal), only by watching with no one,
no time, no place and no threshold, or only by the risk; and a record item asking where and with whom (MA109)
answered by a pointer to the parent-held record or a verdict alone. Short real answers in each concern's own
shorthand pass, and a disguise changes no verdict."""

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
ANTENATAL = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
PLAN = "impact_on_baby.neonatal_withdrawal_plan"
FEEDING = "impact_on_baby.breastfeeding"
SLEEPING = "$.safeguarding.sleeping_arrangements"


def _item_codes(item: str, text: str) -> set[str]:
    """The error codes at the methadone assessment's ``item`` once it holds ``text`` (and the other assessment's
    plan is emptied, so the baby's one plan is this one)."""
    data: dict[str, Any] = json.loads(ANTENATAL.read_text(encoding="utf-8"))
    for a in data["assessments"]:
        if a["id"] == "asm-methadone":
            section, key = item.split(".")
            a[section][key] = text
    issues = check(record_from_data(data), today=TODAY)
    return {i.code for i in issues if i.severity == "error" and i.path == f"$.assessments[0].{item}"}


def _sleeping_codes(text: str) -> set[str]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["safeguarding"]["sleeping_arrangements"] = text
    issues = check(record_from_data(data), today=TODAY)
    return {i.code for i in issues if i.severity == "error" and i.path == SLEEPING}


# Watching with nobody, no time, no place, no threshold; the risk restated; worded apart from any corpus.
PLAN_HOLLOW = [
    "The newborn will be observed.",
    "Infant to be monitored.",
    "Observe the baby.",
    "NAS probable.",
    "Risk of withdrawal over the first week.",
    "Potential late-onset abstinence signs.",
    "Withdrawal could occur.",
]
FEEDING_HOLLOW = [
    "Opioids are excreted into breast milk.",
    "Methadone crosses into milk in low amounts.",
    "Can cause sedation in the infant.",
]
PLAN_REAL = [
    "72h obs on PNW, NAS scoring 4-hourly",
    "Midwife observes for 72 hours.",
    "NAS likely - 72h obs on the postnatal ward.",
    "Possible NAS; paeds review at birth.",
    "Likely to need a 5-day stay.",
    "Monitor on the ward, score if signs.",
    "Watch for late signs to day 8 (HV).",
    "Monitor on PNW.",
    "Observe in hospital.",
]
FEEDING_REAL = [
    "Bottle fed.",
    "BF supported, watch for drowsiness",
    "Not breastfeeding - formula",
    "Compatible.",
    "Small amounts pass into milk - BF fine.",
    "Low levels in milk; breastfeeding encouraged.",
    "Methadone is the opioid of choice if breastfeeding.",
]
SLEEPING_HOLLOW = ["See red book.", "As per PCHR.", "Safe.", "Suitable.", "Adequate and appropriate."]
SLEEPING_REAL = [
    "Cot by bed, no co-sleeping",
    "Safe: cot in the parents' room.",
    "Moses basket, mum's room.",
    "Suitable cot seen at home.",
    "Red book updated; cot by the bed.",
]


@pytest.mark.parametrize("text", PLAN_HOLLOW)
def test_a_plan_item_holding_only_unowned_watching_or_the_risk_is_hollow(text: str) -> None:
    assert _item_codes(PLAN, text) == {"MA125"}


@pytest.mark.parametrize("text", FEEDING_HOLLOW)
def test_an_item_holding_only_a_general_fact_is_hollow(text: str) -> None:
    assert _item_codes(FEEDING, text) == {"MA125"}


@pytest.mark.parametrize("text", PLAN_REAL)
def test_a_short_real_plan_passes(text: str) -> None:
    assert _item_codes(PLAN, text) == set()


@pytest.mark.parametrize("text", FEEDING_REAL)
def test_short_real_feeding_advice_passes(text: str) -> None:
    assert _item_codes(FEEDING, text) == set()


def test_the_risk_answers_an_item_that_asks_for_the_impact() -> None:
    data: dict[str, Any] = json.loads(ANTENATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["impact_on_baby"]["summary"] = "Withdrawal likely; NAS probable in the first week."
    issues = check(record_from_data(data), today=TODAY)
    assert not [i for i in issues if i.severity == "error" and i.path.startswith("$.assessments[0].impact_on_baby")]


@pytest.mark.parametrize("text", SLEEPING_HOLLOW)
def test_sleeping_arrangements_by_pointer_or_verdict_alone_are_refused(text: str) -> None:
    assert _sleeping_codes(text) == {"MA109"}


@pytest.mark.parametrize("text", SLEEPING_REAL)
def test_sleeping_arrangements_with_a_place_pass(text: str) -> None:
    assert _sleeping_codes(text) == set()


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(
    ("item", "text"),
    [(PLAN, t) for t in PLAN_HOLLOW[:4] + PLAN_REAL[:3]]
    + [(FEEDING, t) for t in FEEDING_HOLLOW[:2] + FEEDING_REAL[:3]],
)
def test_a_disguised_item_answer_gets_the_plain_verdict(item: str, text: str, seed: int) -> None:
    assert _item_codes(item, disguise(text, random.Random(seed))) == _item_codes(item, text)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", SLEEPING_HOLLOW[:3] + SLEEPING_REAL[:2])
def test_disguised_sleeping_arrangements_get_the_plain_verdict(text: str, seed: int) -> None:
    assert _sleeping_codes(disguise(text, random.Random(seed))) == _sleeping_codes(text)


# Watching told only in its manner ("closely", "properly"), joined to more of the same, or with only when it starts
# ("from birth"), names no one, no length and no threshold; the same watching with any of those is a plan. Worded
# apart from any corpus.
PLAN_MANNER_ONLY = [
    "Infant to be carefully observed and monitored as needed.",
    "The newborn will be monitored closely from birth and cared for properly.",
    "Baby observed thoroughly following the birth.",
    "After delivery the infant is to be watched with great care.",
]
PLAN_MANNER_OWNED = [
    "Infant carefully observed on the postnatal ward for 3 days with NAS charts.",
    "The health visitor will monitor closely for late signs until day 10.",
    "Monitored closely from birth; paeds if two scores of 8 or more.",
    "Watched with care by the ward midwife for 72 hours, with NAS scores every 4 hours.",
]


@pytest.mark.parametrize("text", PLAN_MANNER_ONLY)
def test_a_plan_of_watching_only_in_a_manner_or_from_a_start_is_hollow(text: str) -> None:
    assert _item_codes(PLAN, text) == {"MA125"}


@pytest.mark.parametrize("text", PLAN_MANNER_OWNED)
def test_watching_in_a_manner_with_who_how_long_or_a_threshold_is_a_plan(text: str) -> None:
    assert _item_codes(PLAN, text) == set()


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", PLAN_MANNER_ONLY + PLAN_MANNER_OWNED)
def test_disguised_watching_in_a_manner_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _item_codes(PLAN, disguise(text, random.Random(seed))) == _item_codes(PLAN, text)
