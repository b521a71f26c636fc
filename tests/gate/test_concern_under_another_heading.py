"""A joint conclusion divided by short headings, each naming some of its medicines (MA122): a concern one medicine
raises is answered under its own heading, in text under no medicine's heading, in a clause naming it, or said of
both; said only under the heading of a medicine that does not raise it (a sedative's co-sleeping plan under the
antidepressant's heading), it is given to the wrong medicine and left unsaid of its own. Near misses (a heading
for both, for the baby, for a class, a brand heading, a clause naming the right medicine) pass, and a disguise
changes no verdict. Texts worded apart from the red-team corpora."""

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
OVERALL = "$.overall_conclusion.text"


def _overall_codes(text: str) -> set[str]:
    """The error codes at the overall conclusion of the methadone and sertraline example once it holds ``text``."""
    data: dict[str, Any] = json.loads((EXAMPLES / "antenatal-methadone-sertraline.json").read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error" and i.path == OVERALL}


def _lithium_diazepam_codes(text: str) -> set[str]:
    """The error codes at the conclusion of one assessment of lithium and diazepam once it holds ``text``."""
    data: dict[str, Any] = json.loads((EXAMPLES / "lithium-perinatal-mental-health.json").read_text(encoding="utf-8"))
    lithium = data["medicines"][0]
    data["medicines"].append(
        {**lithium, "id": "med-diazepam", "name": "Diazepam 5mg tablets", "dose": "5 mg at night",
         "last_changed": lithium["started"]}
    )
    data["assessments"][0]["medicine_ids"].append("med-diazepam")
    data["assessments"][0]["conclusion"] = text
    path = "$.assessments[0].conclusion"
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error" and i.path == path}


# The sedating medicine's plan for the baby's sleep under the heading of the one that does not sedate.
ASTRAY_OVERALL = [
    "Sertraline: 100 mg goes on; she is sleepy after her doses, so the infant never shares her bed or sofa, and "
    "the ward scores the newborn for three days.\nMethadone: 60 mg goes on, as stopping would risk her relapsing.",
    "Methadone - 60 mg goes on, given the risk of relapse off it.\nSertraline: stays at 100 mg; never bed-sharing "
    "with the infant, since each dose leaves her drowsy; midwives watch the newborn's feeding for 2 days.",
]
ASTRAY_JOINT = [
    "Lithium: 800 mg goes on; she is groggy after her evening tablets, so the infant sleeps in its own cot and never "
    "on the sofa with her.\nDiazepam: 5 mg continues, tapered slowly from 36 weeks as stopping abruptly risks fits; "
    "the newborn sees the paediatric team after birth; formula feeds.",
]
# A clause naming the heading's own medicine is still under that heading: it gives the sedative's plan to the
# medicine that does not sedate (the heading's name said again, or in a brand or possessive form).
ASTRAY_OVERALL += [
    "Methadone: 60 mg goes on; the ward scores the newborn for three days.\nSertraline: 100 mg goes on; her "
    "sertraline leaves her sedated late in the evening and she never takes the infant into her bed.",
    "Methadone - 60 mg goes on, given the risk of relapse off it; the newborn is scored on the ward for 3 days."
    "\nSertraline: stays at 100 mg, and the sertraline makes her drowsy at bedtime, hence no bed-sharing with the "
    "infant.",
]
ASTRAY_JOINT += [
    "Diazepam: 5 mg continues, tapered slowly from 36 weeks as stopping abruptly risks fits; the newborn sees the "
    "paediatric team after birth; formula feeds.\nLithium: 800 mg goes on, though lithium makes her sleepy after "
    "the evening tablets and the infant sleeps in its own cot.",
]
# Near misses: each medicine its own plan; a heading for both, for the baby or for a class; the methadone heading
# by its brand; a clause naming the medicine that sedates under the other's heading.
RIGHT_OVERALL = [
    "Methadone: 60 mg goes on; she is sleepy after her doses, so the infant never shares her bed or sofa, and the "
    "ward scores the newborn for three days.\nSertraline: 100 mg goes on, as stopping would risk her relapsing.",
    "Sertraline: 100 mg goes on.\nMethadone: 60 mg goes on, as stopping risks relapse.\nSafe sleep (both "
    "medicines): she is drowsy after her doses, so no bed or sofa sharing; the ward scores the newborn for 3 days.",
    "Sertraline: 100 mg goes on.\nMethadone: 60 mg goes on, as stopping risks relapse.\nBaby: never in her bed or on "
    "the sofa with her, as she is drowsy after doses; scored on the ward for three days.",
    "Methadone and sertraline both go on unchanged.\nOpioid: she is drowsy after each dose, so never in bed with "
    "the infant; scored on the ward for three days.\nSSRI: the newborn's feeding and breathing watched for 2 days.",
    "Sertraline: 100 mg goes on, as stopping risks relapse.\nPhyseptone: 60 mg goes on; she is drowsy after each "
    "dose, so no bed-sharing with the infant; scored on the ward for three days.",
    "Sertraline: 100 mg goes on, as stopping risks relapse; the methadone makes her drowsy, so the infant never "
    "shares her bed or sofa.\nMethadone: 60 mg goes on; the ward scores the newborn for three days.",
]
RIGHT_OVERALL += [
    # Under the sedative's own heading, its own name said again.
    "Sertraline: 100 mg goes on, as stopping risks relapse.\nMethadone: 60 mg goes on; methadone leaves her groggy "
    "late in the evening, so the infant never shares her bed or sofa; the ward scores the newborn for 3 days.",
    # Under the other heading, the sedative named in the clause.
    "Methadone: 60 mg goes on; the ward scores the newborn for three days.\nSertraline: 100 mg goes on; methadone "
    "and sertraline together leave her groggy, so the infant never shares her bed or sofa.",
]
RIGHT_JOINT = [
    "Lithium: 800 mg goes on, as stopping abruptly risks relapse; the newborn sees the paediatric team after birth."
    "\nDiazepam: 5 mg continues; she is groggy after her evening tablets, so the infant sleeps in its own cot and "
    "never on the sofa with her; formula feeds.",
]


@pytest.mark.parametrize("text", ASTRAY_OVERALL)
def test_a_plan_under_the_heading_of_a_medicine_that_does_not_raise_it_is_refused(text: str) -> None:
    assert "MA122" in _overall_codes(text)


@pytest.mark.parametrize("text", ASTRAY_JOINT)
def test_a_joint_assessment_s_plan_under_the_wrong_heading_is_refused(text: str) -> None:
    assert "MA122" in _lithium_diazepam_codes(text)


@pytest.mark.parametrize("text", RIGHT_OVERALL)
def test_a_plan_under_its_own_heading_or_for_both_is_not_refused(text: str) -> None:
    assert "MA122" not in _overall_codes(text)


@pytest.mark.parametrize("text", RIGHT_JOINT)
def test_a_joint_assessment_s_plan_under_its_own_heading_is_not_refused(text: str) -> None:
    assert "MA122" not in _lithium_diazepam_codes(text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", ASTRAY_OVERALL + RIGHT_OVERALL[:3] + RIGHT_OVERALL[-2:])
def test_a_disguised_heading_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _overall_codes(disguise(text, random.Random(seed))) == _overall_codes(text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", ASTRAY_JOINT + RIGHT_JOINT)
def test_a_disguised_joint_heading_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _lithium_diazepam_codes(disguise(text, random.Random(seed))) == _lithium_diazepam_codes(text)


# A heading listing its medicines over commas, each with only its dose, names every one of them (as over "and"); a
# clause of its own before the comma ("methadone goes on") is no item of the heading.
_LISTED_HEADING = (
    "{}: she is sleepy after her doses, so the infant never shares her bed or sofa, and the ward scores the "
    "newborn for three days."
)


@pytest.mark.parametrize(
    "heading",
    ["Methadone 60 mg od, sertraline 100 mg daily", "Sertraline 100 mg, methadone 60 mg once daily"],
)
def test_a_heading_listing_medicines_over_a_comma_names_them_all(heading: str) -> None:
    assert "MA122" not in _overall_codes(_LISTED_HEADING.format(heading))
    assert "MA122" not in _overall_codes(disguise(_LISTED_HEADING.format(heading), random.Random(7)))


@pytest.mark.parametrize(
    "heading", ["Methadone goes on as it is, sertraline 100 mg", "The methadone is unchanged, sertraline"]
)
def test_a_clause_before_a_comma_is_no_item_of_the_heading(heading: str) -> None:
    assert "MA122" in _overall_codes(_LISTED_HEADING.format(heading))
    assert "MA122" in _overall_codes(disguise(_LISTED_HEADING.format(heading), random.Random(7)))
