"""Another class's plan in place of the medicine's own (MA122, [conclusion] owed_beside_another_plan and the bare
levels of class_plans in mappings/concerns.toml): a conclusion that holds another class's plan in clauses naming
none of its own medicines (a level schedule with no analyte under an antidepressant or two sedatives) and says
nothing of the baby's watch or safe sleep its own medicines raise is refused, though the items answer them. Near
misses pass: the other medicine named beside its plan, a level of something named ("her level of anxiety", "blood
sugar levels"), another class's plan beside the medicine's own watch and sleep, a joint assessment naming both.
A disguise changes no verdict. Texts worded apart from the red-team corpora."""

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
EXAMPLES = ROOT / "examples" / "pass"
TODAY = dt.date(2026, 12, 3)

SERTRALINE = ("antenatal-methadone-sertraline.json", "asm-sertraline")
METHADONE = ("antenatal-methadone-sertraline.json", "asm-methadone")
SEDATIVES = ("postnatal-foster-placement-diazepam-pregabalin.json", "asm-diazepam-pregabalin")
LITHIUM = ("lithium-perinatal-mental-health.json", "asm-lithium")


def _issues(where: tuple[str, str], text: str, data: dict[str, Any] | None = None) -> list[Any]:
    example, assessment = where
    if data is None:
        data = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    path = f"$.assessments[{index}].conclusion"
    return [i for i in check(record_from_data(data), today=TODAY) if i.severity == "error" and i.path == path]


def _codes(where: tuple[str, str], text: str, data: dict[str, Any] | None = None) -> set[str]:
    return {i.code for i in _issues(where, text, data)}


# Another class's plan for none of its own medicines, and nothing of the baby's watch or sleep its own raise.
IN_PLACE = [
    (SERTRALINE, "Sertraline 100 mg carries on, since her depression came back the last time she came off it. "
     "Her levels are taken every four weeks and then weekly near term, and she can breastfeed."),
    (SEDATIVES, "Diazepam and pregabalin carry on at today's doses. Levels weekly from 34 weeks and on the day "
     "after delivery; she formula feeds, as both reach the milk."),
    (METHADONE, "Methadone 60 mg carries on with her keyworker. Her level is rechecked on the labour ward, and "
     "breastfeeding is encouraged."),
]
# Near misses: the other medicine named beside its plan, a level of something named, the medicine's own watch and
# sleep beside another class's plan.
NOT_IN_PLACE = [
    (SERTRALINE, "Sertraline 100 mg carries on; her lithium levels stay with the perinatal psychiatrist, and she "
     "can breastfeed."),
    (SERTRALINE, "Sertraline 100 mg carries on, as her level of anxiety climbed each time she came off it; she can "
     "breastfeed."),
    (SERTRALINE, "Sertraline 100 mg carries on; the diabetes team checks her blood sugar levels weekly, and she can "
     "breastfeed."),
    (SEDATIVES, "Diazepam and pregabalin carry on at today's doses; her folate levels monthly and thyroid levels "
     "weekly are the antenatal clinic's; she formula feeds."),
    (SEDATIVES, "Diazepam and pregabalin carry on. Drug levels are not needed for either. She must not sleep with "
     "the baby on a bed or sofa, and the ward watches the baby for 5 days for withdrawal, the HV after."),
]


@pytest.mark.parametrize(("where", "text"), IN_PLACE)
def test_another_class_s_plan_in_place_of_the_medicine_s_own_is_refused(where: tuple[str, str], text: str) -> None:
    found = [i for i in _issues(where, text) if i.code == "MA122"]
    assert found, text
    message = found[0].message
    assert "another class of medicine" in message
    assert "every four weeks" not in message and "weekly" not in message  # the record's text is not quoted
    assert where[1] in message


@pytest.mark.parametrize(("where", "text"), NOT_IN_PLACE)
def test_another_class_s_plan_beside_its_own_or_named_is_not_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


def test_a_joint_assessment_naming_both_medicines_gives_each_its_plan() -> None:
    data: dict[str, Any] = json.loads((EXAMPLES / LITHIUM[0]).read_text(encoding="utf-8"))
    lithium = data["medicines"][0]
    data["medicines"].append(
        {**lithium, "id": "med-sertraline", "name": "Sertraline 50mg tablets", "dose": "50 mg daily",
         "last_changed": lithium["started"]}
    )
    data["assessments"][0]["medicine_ids"].append("med-sertraline")
    text = (
        "Lithium and sertraline both carry on, as she relapsed off each. Her levels every four weeks and weekly "
        "from 36 weeks; the paediatric team reviews the baby after birth, and she formula feeds."
    )
    assert "MA122" not in _codes(LITHIUM, text, data)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), IN_PLACE + NOT_IN_PLACE)
def test_a_disguised_plan_in_place_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
