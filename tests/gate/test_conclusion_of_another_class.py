"""A conclusion held to its own medicines' concerns (MA122, issue 9 point 4: each class's concerns map to "what
its conclusion must address"): one whose concern words are all of concerns its medicines do not raise answers
another medicine's assessment, and one with no word of any concern its medicines raise answers none of its own.
Near misses (another class's concern named beside its own, an SSRI's adaptation watched) pass, and a disguise
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

VALPROATE = ("valproate-unplanned-pregnancy.json", "asm-valproate")
PARTNER = ("postnatal-partner-quetiapine.json", "asm-partner-quetiapine")
SERTRALINE = ("antenatal-methadone-sertraline.json", "asm-sertraline")
LITHIUM = ("lithium-perinatal-mental-health.json", "asm-lithium")
SEDATIVES = ("postnatal-foster-placement-diazepam-pregabalin.json", "asm-diazepam-pregabalin")
OVERALL = "overall"


def _codes(where: tuple[str, str], text: str) -> set[str]:
    """The error codes at the conclusion of ``where`` (an example and an assessment id, or OVERALL for the
    example's overall conclusion) once it holds ``text``."""
    example, assessment = where
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    if assessment == OVERALL:
        data["overall_conclusion"]["text"] = text
        path = "$.overall_conclusion.text"
    else:
        index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
        data["assessments"][index]["conclusion"] = text
        path = f"$.assessments[{index}].conclusion"
    issues = check(record_from_data(data), today=TODAY)
    return {i.code for i in issues if i.severity == "error" and i.path == path}


# (a) Only another class's concerns: an opioid's or a sedative's plan under valproate, the mother's exposure
# plan under the father's medicine (his dose at night is when he takes it, not the baby's nights).
ANOTHER_CLASS = [
    (VALPROATE, "Valproate 600 mg twice a day goes on. The newborn is to have abstinence scoring on the ward for "
     "three days, and she must not bed-share once she has taken her tablets."),
    (PARTNER, "His quetiapine 200 mg at night goes on: the infant is to have Finnegan scores for four days, and "
     "the midwife checks that the breast milk causes no drowsiness."),
    (SERTRALINE, "Sertraline 50 mg goes on; she must never share a bed or sofa with the newborn after her "
     "tablets."),
]
# (b) No word of any concern its medicines raise: the mother's other questions answered.
NONE_OF_ITS_OWN = [
    (SEDATIVES, "Both tablets slow her reactions behind the wheel, so her sister takes her and the infant to "
     "every clinic by car and she keeps the prescription in her bag."),
    (PARTNER, "His quetiapine has raised his cholesterol, so the practice nurse repeats his bloods in the autumn "
     "and he is joining a cycling club with the newborn's uncle."),
    ((VALPROATE[0], OVERALL), "She asked about the COVID booster and dental treatment in pregnancy; both are "
     "fine with valproate and the practice nurse books the booster for the infant's protection."),
    (LITHIUM, "Lithium 800 mg goes on. She is enrolled in the prevention programme, with an implant to be placed "
     "at her postnatal visit and the yearly acknowledgement form signed."),
]
# Near misses: another class's concern set aside or named beside the medicine's own; an SSRI's adaptation,
# watched for, is its own concern; the baby's breathing and colour watched after an SSRI is its adaptation.
NEAR_MISSES = [
    (VALPROATE, "Valproate continues until neurology reviews it this week. Unlike an opioid it brings no "
     "withdrawal for the newborn; the exposure in the first trimester means a detailed fetal scan is booked."),
    (PARTNER, "The infant has no exposure to his quetiapine and needs no abstinence scoring; he is heavily "
     "sedated after his 300 mg dose, so he never shares a bed or sofa with the baby and does no night feeds."),
    (SERTRALINE, "Sertraline brings no withdrawal of the opioid kind, though the newborn will be watched for "
     "jitteriness for two days by the midwives."),
    (SERTRALINE, "Sertraline 100 mg continues for her, and the maternity team will watch the newborn's breathing "
     "and colour for 48 hours after birth."),
    # The unborn baby's scans are its care in the womb whatever the medicine ([conclusion] every_medicine).
    (SERTRALINE, "Sertraline has been linked with a smaller baby, so the obstetric team books growth scans at 30 "
     "and 34 weeks."),
    (SEDATIVES, "Both continue, and she is drowsy on them, so she never sleeps with the infant on a bed or sofa; "
     "her sister drives her to clinic."),
]


@pytest.mark.parametrize(("where", "text"), ANOTHER_CLASS)
def test_a_conclusion_speaking_only_of_another_class_s_concerns_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NONE_OF_ITS_OWN)
def test_a_conclusion_speaking_of_none_of_its_own_concerns_is_refused(where: tuple[str, str], text: str) -> None:
    # Where MA103 already faults the conclusion (an account that decides nothing), it alone reports it.
    assert _codes(where, text) & {"MA122", "MA103"}


@pytest.mark.parametrize(("where", "text"), NEAR_MISSES)
def test_a_conclusion_on_its_own_concerns_is_not_refused_for_them(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ANOTHER_CLASS[:2] + NONE_OF_ITS_OWN[:2] + NEAR_MISSES[:3])
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


# The baby's feeding directed to the bottle, in a conclusion whose breastfeeding item says compatible (MA127).
def _all_codes(where: tuple[str, str], text: str) -> set[str]:
    example, assessment = where
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


BOTTLE_DIRECTED = "Sertraline continues at 50 mg; the newborn must be formula fed and is watched for jitteriness."
BOTTLE_IF = (
    "Sertraline continues at 50 mg; only if her dose rises past 200 mg should the newborn be formula fed, and the "
    "midwives watch for jitteriness."
)


def test_a_bottle_directed_against_a_compatible_feeding_item_is_refused() -> None:
    assert "MA127" in _all_codes(SERTRALINE, BOTTLE_DIRECTED)
    assert "MA127" not in _all_codes(SERTRALINE, BOTTLE_IF)


@pytest.mark.parametrize("seed", range(2))
def test_a_disguised_bottle_direction_gets_the_plain_verdict(seed: int) -> None:
    for text in (BOTTLE_DIRECTED, BOTTLE_IF):
        disguised = disguise(text, random.Random(seed))
        assert ("MA127" in _all_codes(SERTRALINE, disguised)) == ("MA127" in _all_codes(SERTRALINE, text))


# Another class's plan (mappings/concerns.toml [conclusion] class_plans): the arrangements of opioid substitution
# treatment, the monitoring of lithium, given to an SSRI or to two sedatives, or left with no medicine of its own;
# and a conclusion whose concern words are all said of another medicine (its sentence, and what speaks on of it).
METHADONE = ("antenatal-methadone-sertraline.json", "asm-methadone")
ANOTHER_CLASS_S_PLAN = [
    (SERTRALINE, "Sertraline 100 mg is to be taken as daily supervised consumption at her chemist, and her "
     "keyworker hears of any doses she misses; the newborn is scored on the postnatal ward."),
    (SERTRALINE, "For sertraline: the newborn needs opiate withdrawal scores, perhaps with oral morphine on the "
     "special care unit; supervised collection goes on at the chemist."),
    (SEDATIVES, "Diazepam and pregabalin go on with plasma levels monthly and after each dose change; the newborn "
     "has thyroid tests at the baby check."),
    (METHADONE, "Methadone 60 mg goes on. Her salbutamol inhaler, which is fine in pregnancy and for "
     "breastfeeding, stays as it is; her asthma nurse sees her at 30 weeks."),
]
# Near misses: another medicine named in passing, another class's plan for a medicine it names, a joint plan, the
# baby's own treatment, the baby's levels in milk.
OWN_PLAN_BESIDE_ANOTHER = [
    (METHADONE, "Methadone 60 mg goes on; her salbutamol inhaler is fine too. The newborn is scored for abstinence "
     "on the postnatal ward for 72 hours, and she never sleeps with the baby on a sofa or bed after a dose."),
    (SERTRALINE, "Her methadone stays under daily supervised consumption with the drug service; sertraline 100 mg "
     "goes on, as stopping risks relapse, and the newborn is watched for jitteriness for 48 hours."),
    ((METHADONE[0], OVERALL), "Methadone under supervised consumption and sertraline both continue; the newborn is "
     "scored for withdrawal for 72 hours and she breastfeeds."),
    (LITHIUM, "Lithium 800 mg goes on with serum levels every four weeks; the newborn's thyroid is checked after "
     "birth and the paediatric team watches for floppiness."),
    (SEDATIVES, "Diazepam and pregabalin go on; her lithium levels stay with the psychiatrist. She is drowsy on "
     "them, so the baby never sleeps beside her on a bed or sofa, and late withdrawal is watched for to day 8."),
    (METHADONE, "Methadone goes on. The baby may need morphine on the neonatal unit if abstinence scores rise."),
    (SERTRALINE, "Sertraline 100 mg continues; infant serum levels are negligible, so she breastfeeds."),
]


@pytest.mark.parametrize(("where", "text"), ANOTHER_CLASS_S_PLAN)
def test_a_conclusion_giving_another_class_s_plan_is_refused(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) & {"MA122", "MA103"}


@pytest.mark.parametrize(("where", "text"), OWN_PLAN_BESIDE_ANOTHER)
def test_a_conclusion_on_its_own_plan_beside_another_medicine_is_not_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ANOTHER_CLASS_S_PLAN + OWN_PLAN_BESIDE_ANOTHER[:3])
def test_a_disguised_other_class_s_plan_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


# A joint assessment of medicines of different classes: a clause, or a heading before a colon, naming one of them
# gives its plan to that one; another class's plan there (levels, thyroid tests for the benzodiazepine) answers
# another assessment, though the other joint medicine is of that class. Said of both, or of the one it fits, passes.
def _joint_data(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / LITHIUM[0]).read_text(encoding="utf-8"))
    lithium = data["medicines"][0]
    data["medicines"].append(
        {**lithium, "id": "med-diazepam", "name": "Diazepam 5mg tablets", "dose": "5 mg at night",
         "last_changed": lithium["started"]}
    )
    data["assessments"][0]["medicine_ids"].append("med-diazepam")
    data["assessments"][0]["conclusion"] = text
    return data


def _joint_codes(text: str, path: str = "$.assessments[0].conclusion", data: dict[str, Any] | None = None) -> set[str]:
    issues = check(record_from_data(data if data is not None else _joint_data(text)), today=TODAY)
    return {i.code for i in issues if i.severity == "error" and i.path == path}


JOINT_TAIL = " The newborn sees the paediatric team after birth; formula feeds; never in the parents' bed."
JOINT_WRONG = [
    "Lithium goes on at 800 mg. For diazepam: plasma levels each fortnight from 34 weeks, with thyroid tests.",
    "Lithium goes on at 800 mg. Diazepam is handled by plasma levels each fortnight and thyroid tests.",
]
JOINT_RIGHT = [
    "Lithium: plasma levels each fortnight from 34 weeks, with thyroid tests. Diazepam: cut by 1 mg a fortnight, "
    "off by 34 weeks; the newborn is watched for floppiness and withdrawal for three days.",
    "Lithium and diazepam both go on, with plasma levels each fortnight; diazepam is cut by 1 mg a fortnight and "
    "the newborn is watched for floppiness and withdrawal for three days.",
]


@pytest.mark.parametrize("text", JOINT_WRONG)
def test_a_joint_conclusion_giving_one_medicine_the_other_s_plan_is_refused(text: str) -> None:
    assert "MA122" in _joint_codes(text + JOINT_TAIL)


@pytest.mark.parametrize("text", JOINT_RIGHT)
def test_a_joint_conclusion_giving_each_medicine_its_own_plan_is_not_refused(text: str) -> None:
    assert "MA122" not in _joint_codes(text + JOINT_TAIL)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", JOINT_WRONG + JOINT_RIGHT)
def test_a_disguised_joint_plan_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _joint_codes(disguise(text, random.Random(seed)) + JOINT_TAIL) == _joint_codes(text + JOINT_TAIL)


# A medicine of no class (folic acid) is no subject for a plan: in bullets run together on one line, the plan after
# it ("• folic acid started • thyroid tests ...") is read as the conclusion's, whose lithium it fits.
def test_a_plan_after_a_medicine_of_no_class_in_a_bulleted_overall_is_not_refused() -> None:
    data = _joint_data(JOINT_RIGHT[0] + JOINT_TAIL)
    data["medicines"].append(
        {"id": "med-folic", "name": "Folic acid 5mg tablets", "dose": "5 mg daily", "started": "2026-05-01",
         "prescriber": data["medicines"][0]["prescriber"]}
    )
    data["overall_conclusion"]["text"] = (
        "Plan:\n• Lithium 800 mg at night goes on\n• Diazepam cut by 1 mg a fortnight, off by 34 weeks, the newborn "
        "watched for floppiness for three days\n• Folic acid 5 mg daily\n• Plasma levels each fortnight, thyroid "
        "tests, formula feeds, paediatric review of the baby after birth"
    )
    assert "MA122" not in _joint_codes("", "$.overall_conclusion.text", data)


# A high-risk teratogen's conclusion that denies the harm or the need to act for the unborn baby ([concerns.
# teratogenicity] plan_denials) speaks of no plan for it: the record's own class facts say otherwise. A denial
# beside the act it leaves out, and the same denial of a concern that is not the womb's, stand.
DENIES_THE_HARM = [
    (VALPROATE, "Valproate 500 mg twice a day goes on through the pregnancy and is safe for the fetus, with nothing "
     "further needed for it from the maternity team."),
    (VALPROATE, "Valproate continues unchanged; the fetus is not at risk from it and needs no action required."),
]
DENIAL_BESIDE_A_PLAN = [
    (VALPROATE, "Valproate 500 mg twice a day continues, with no further action beyond the detailed anomaly scan "
     "at 20 weeks and fetal medicine review."),
    (VALPROATE, "Valproate does not sedate her, so sleep is no particular risk; the unborn baby has a detailed "
     "anomaly scan at 20 weeks."),
]


@pytest.mark.parametrize(("where", "text"), DENIES_THE_HARM + DENIAL_BESIDE_A_PLAN)
def test_a_denial_of_a_high_risk_teratogens_harm_speaks_of_no_plan(where: tuple[str, str], text: str) -> None:
    assert bool(_codes(where, text)) is ((where, text) in DENIES_THE_HARM)


@pytest.mark.parametrize(("where", "text"), DENIES_THE_HARM + DENIAL_BESIDE_A_PLAN)
def test_a_disguised_denial_is_read_as_the_plain_one(where: tuple[str, str], text: str) -> None:
    assert _codes(where, disguise(text, random.Random(text))) == _codes(where, text)
