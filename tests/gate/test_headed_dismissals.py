"""MA123: a conclusion that calls a concern not applicable under a heading naming it ("<concern>: N/A"), with no
reason after it in its sentence and the concern spoken of nowhere else in the conclusion, dismisses it: every
concern of the mother's medicines (withdrawal, feeding, harm in the womb, what stopping risks), and a partner's
sedation and safe sleep (issue 9: never "not applicable"), where his conclusion's other words say nothing of where
the baby sleeps or who has it at night. A true "not applicable" with its reason stands, as does a heading that names
something else. Worded apart from the red-team corpora."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.builders import disguised
from tests.test_rules import COMPLETE, TODAY, complete

PARTNER = COMPLETE.parent / "postnatal-partner-quetiapine.json"
FOSTER = COMPLETE.parent / "postnatal-foster-placement-diazepam-pregabalin.json"

METHADONE, SERTRALINE = 0, 1

# (assessment, conclusion): each dismisses one concern its medicine raises by a heading naming it.
MOTHERS_DISMISSED = [
    (
        METHADONE,
        "Methadone 60 mg daily goes on through the pregnancy with her keyworker; no bed sharing after a dose, and "
        "the cot is seen at home. NAS: N/A.",
    ),
    (
        METHADONE,
        "Methadone 60 mg daily goes on, supervised by the drug service. The baby is observed on the ward for 72 "
        "hours and no one shares a bed with the baby. Breast feeding: does not apply.",
    ),
    (
        SERTRALINE,
        "Sertraline 100 mg daily goes on; the maternity team watches the newborn's breathing after birth. Relapse "
        "on stopping: not relevant.",
    ),
]
MOTHERS_STANDING = [
    # A reason given in the dismissal's own sentence.
    (
        METHADONE,
        "Methadone 60 mg daily goes on, supervised by the drug service; no bed sharing after a dose. Breastfeeding: "
        "N/A, formula feeding by choice.",
    ),
    # The concern spoken of in another clause.
    (
        METHADONE,
        "Methadone 60 mg daily goes on; no bed sharing after a dose. Withdrawal: n/a for now, but the ward "
        "observes the baby for 72 hours after birth.",
    ),
    # A heading that names another thing.
    (
        SERTRALINE,
        "Sertraline 100 mg daily goes on, as coming off it would risk relapse; the maternity team watches the "
        "newborn after birth. Dose change: not applicable.",
    ),
]


def _ma123(data: dict[str, Any]) -> list[str]:
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA123"]


def _mothers(index: int, conclusion: str) -> dict[str, Any]:
    data: dict[str, Any] = complete()
    data["assessments"][index]["conclusion"] = conclusion
    return data


@pytest.mark.parametrize(("index", "text"), MOTHERS_DISMISSED)
def test_a_mothers_concern_dismissed_under_its_heading_is_refused(index: int, text: str) -> None:
    assert f"$.assessments[{index}].conclusion" in _ma123(_mothers(index, text))


@pytest.mark.parametrize(("index", "text"), MOTHERS_STANDING)
def test_a_reasoned_not_applicable_or_another_heading_stands(index: int, text: str) -> None:
    assert _ma123(_mothers(index, text)) == []


def test_withdrawal_not_applicable_with_its_reason_stands_where_the_record_agrees() -> None:
    data = _mothers(
        METHADONE,
        "Methadone was stopped in the first trimester with the drug service's help and she remains abstinent. "
        "Neonatal withdrawal: not applicable, she stopped methadone at 12 weeks and the baby was not exposed at "
        "term. No bed sharing is advised.",
    )
    data["medicines"][0]["stopped"] = "2025-10-31"  # 12 weeks, for an EDD of 2026-05-15
    data["medicines"][0].pop("last_changed")
    assert _ma123(data) == []


def test_a_dismissal_under_its_heading_in_the_overall_conclusion_is_refused() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = (
        "Methadone and sertraline continue unchanged; the ward observes the baby for withdrawal and there is no "
        "co-sleeping after a dose. Breast milk: not applicable."
    )
    assert "$.overall_conclusion.text" in _ma123(data)


def test_a_heading_of_withdrawal_in_another_sense_is_not_the_babys() -> None:
    data = _mothers(
        METHADONE,
        "Methadone 60 mg daily goes on; the baby is observed on the ward for 72 hours and no bed sharing after a "
        "dose. Withdrawal of consent: not applicable.",
    )
    assert _ma123(data) == []


# The partner's sedating medicine: the safe sleep heading dismissed, his conclusion's other words saying only when he
# takes it; and a dismissal beside where the baby sleeps, which stands.
PARTNERS_DISMISSED = [
    "Quetiapine 300 mg at night leaves him drowsy until morning. Co-sleeping: N/A, it is his tablet. The health "
    "visitor sees the family at 6 weeks.",
    "His quetiapine is taken at bedtime and he is slow to rouse at night. Safe sleeping: not relevant to the father.",
]
PARTNERS_STANDING = [
    "Quetiapine 300 mg nightly makes him drowsy. Co-sleeping: not applicable to him, since he sleeps in the spare "
    "room and the mother does every night feed.",
    "Quetiapine 300 mg nightly makes him drowsy. Safe sleep: not applicable. He sleeps downstairs after his dose "
    "and never has the baby overnight.",
]


def _partners(conclusion: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PARTNER.read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if any("quetiapine" in m for m in a["medicine_ids"]))
    data["assessments"][index]["conclusion"] = conclusion
    return data


def _partners_path() -> str:
    data: dict[str, Any] = json.loads(PARTNER.read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if any("quetiapine" in m for m in a["medicine_ids"]))
    return f"$.assessments[{index}].conclusion"


@pytest.mark.parametrize("text", PARTNERS_DISMISSED)
def test_a_partners_safe_sleep_dismissed_under_its_heading_is_refused_whatever_the_reason(text: str) -> None:
    assert _partners_path() in _ma123(_partners(text))


@pytest.mark.parametrize("text", PARTNERS_STANDING)
def test_a_partners_heading_dismissal_beside_where_the_baby_sleeps_stands(text: str) -> None:
    assert _ma123(_partners(text)) == []


def test_the_mothers_safe_sleep_not_applicable_stands_where_the_baby_lives_apart() -> None:
    data: dict[str, Any] = json.loads(FOSTER.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = (
        "Diazepam and pregabalin carry on; late withdrawal is possible to day 8 and the carer and HV watch for it. "
        "Safe sleep: not applicable to her, the baby lives with the foster carer."
    )
    data["safeguarding"]["discharge_to"] = "foster-carer"
    assert _ma123(data) == []


@settings(max_examples=12, deadline=None)
@given(st.data())
def test_a_disguised_heading_dismissal_is_judged_like_the_plain(data: st.DataObject) -> None:
    index, plain = data.draw(st.sampled_from(MOTHERS_DISMISSED + MOTHERS_STANDING))
    text = data.draw(disguised(plain))
    assert bool(_ma123(_mothers(index, text))) is ((index, plain) in MOTHERS_DISMISSED)


@settings(max_examples=8, deadline=None)
@given(st.data())
def test_a_disguised_partners_heading_dismissal_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PARTNERS_DISMISSED + PARTNERS_STANDING))
    text = data.draw(disguised(plain))
    assert bool(_ma123(_partners(text))) is (plain in PARTNERS_DISMISSED)
