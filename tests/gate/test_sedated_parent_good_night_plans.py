"""Good night-care and safe-sleep text beside a sedated parent that the share gate must pass (fixa45's must-pass
list): someone else doing the nights while she tapers, her own night feeds kept to nights with no dose once the
medicine has stopped, a sofa nap ruled out on every night, a bed-sharing habit told as past and corrected, safe sleep
"not applicable" where the baby lives with a foster carer without her, and a mother who is not sedated calling it not
applicable. Worded apart from the red-team corpora; each also in disguise."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.disguise import disguise

PASS = Path(__file__).resolve().parents[2] / "examples" / "pass"
TODAY = dt.date(2026, 12, 3)
SEDATIVES = "postnatal-foster-placement-diazepam-pregabalin.json"
PARTNER = "postnatal-partner-quetiapine.json"
CITALOPRAM = "antenatal-citalopram-template-1.0.0.json"


def _errors(example: str, conclusion: str, **changes: Any) -> set[str]:
    data: dict[str, Any] = json.loads((PASS / example).read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    for key, value in changes.items():
        if key == "discharge_to":
            data["safeguarding"]["discharge_to"] = value
        elif key == "safe_sleep":
            data["assessments"][0].setdefault("impact_on_mother", {})["safe_sleep"] = value
        elif key == "doses":
            for medicine, dose in zip(data["medicines"], value, strict=False):
                medicine["dose"] = dose
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


GOOD: list[tuple[str, str, dict[str, Any]]] = [
    # someone not sedated doing the nights while she tapers
    (
        SEDATIVES,
        "Diazepam and pregabalin carry on; the GP tapers the diazepam slowly from the 6-week review. The foster "
        "carer keeps every night feed while she tapers, and she never shares a bed, sofa or armchair with the baby. "
        "The carer and health visitor look out for late withdrawal signs until day 8.",
        {},
    ),
    # her own night feeds kept to nights with no dose, once the taper has ended the medicine
    (
        SEDATIVES,
        "Pregabalin carries on; the diazepam taper ended last week and it has stopped. Night feeds are by her only "
        "on nights she has had no diazepam, which since the taper ended is every night, and the foster carer keeps "
        "those nights while she takes pregabalin. The carer and HV watch the baby for late withdrawal until day 8.",
        {},
    ),
    # a sofa nap ruled out on every night
    (
        SEDATIVES,
        "Diazepam and pregabalin carry on for now. A settee nap together is never safe, even on nights without a "
        "dose; the foster carer does every night feed. The carer and HV watch the baby for late withdrawal to day 8.",
        {},
    ),
    # a bed-sharing habit told as past and corrected
    (
        PARTNER,
        "His quetiapine goes on at night. He used to doze in bed with the baby at weekends; we advised against it "
        "and he now puts her down in the crib. The mother does the night feeds and the HV checks the crib at each "
        "visit.",
        {},
    ),
    # not applicable to her, the baby living with a foster carer who has a cot
    (
        SEDATIVES,
        "Diazepam and pregabalin carry on. Safe sleep: not applicable to the mother, the baby lives with the "
        "foster carer, who has a crib. The carer and HV watch the baby for late withdrawal to day 8.",
        {"discharge_to": "foster-carer"},
    ),
    # a mother not sedated whose safe-sleep item is not applicable
    (
        CITALOPRAM,
        "Citalopram 20 mg carries on; relapse is the bigger danger. The midwife watches the baby for jitteriness "
        "and fast breathing for two days after birth, and breastfeeding on it is supported.",
        {"safe_sleep": "Not applicable."},
    ),
]


@pytest.mark.parametrize(("example", "text", "changes"), GOOD)
def test_good_night_plans_pass(example: str, text: str, changes: dict[str, Any]) -> None:
    found = _errors(example, text, **changes) & {"MA122", "MA123", "MA127"}
    assert not found


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("example", "text", "changes"), GOOD)
def test_good_night_plans_pass_in_disguise(example: str, text: str, changes: dict[str, Any], seed: int) -> None:
    found = _errors(example, disguise(text, random.Random(seed)), **changes) & {"MA122", "MA123", "MA127"}
    assert not found
