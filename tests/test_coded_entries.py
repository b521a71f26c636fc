from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from medassess import (
    LOCAL_SYSTEM,
    SNOMED_SYSTEM,
    CodedEntry,
    ShareGateRefused,
    coded_entries,
    load_record,
    medicine_classes,
)
from medassess.formats.coded_entries.entries import GENERIC_REVIEW_CODE, REVIEW_DISPLAYS, Quantity
from tests.peers import SHARED

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "pass"
SNOMED_REFERENCE = SHARED / "reference" / "codes" / "snomed_codes.csv"
MARCH_2 = dt.date(2026, 3, 2)


def _antenatal() -> list[CodedEntry]:
    return coded_entries(load_record(EXAMPLES / "antenatal-methadone-sertraline.json"))


def _by_item(entries: list[CodedEntry], item_id: str, assessment_id: str | None = None) -> list[CodedEntry]:
    return [e for e in entries if e.item_id == item_id and e.assessment_id == assessment_id]


def test_pregnancy_entries_of_the_antenatal_example() -> None:
    entries = _antenatal()
    assert _by_item(entries, "pregnancy-stage") == [
        CodedEntry("pregnancy-stage", SNOMED_SYSTEM, "77386006", "Patient currently pregnant", None, MARCH_2)
    ]
    assert _by_item(entries, "edd") == [
        CodedEntry("edd", SNOMED_SYSTEM, "161714006", "Estimated date of delivery", dt.date(2026, 5, 15), MARCH_2)
    ]
    # 29 weeks 2 days, dated when the gestation was recorded.
    assert _by_item(entries, "gestation") == [
        CodedEntry(
            "gestation", SNOMED_SYSTEM, "226081000000107", "Gestational age", Quantity(205, "days", "d"), MARCH_2
        )
    ]
    assert _by_item(entries, "infant-feeding")[0].code == "169643005"


def test_each_assessment_files_its_class_review_and_answers() -> None:
    entries = _antenatal()
    [methadone_review] = _by_item(entries, "medication-review", "asm-methadone")
    assert (methadone_review.code, methadone_review.display) == ("287031000000100", "Review of opioid medication")
    assert methadone_review.value == "Methadone 1mg/ml oral solution"
    [sertraline_review] = _by_item(entries, "medication-review", "asm-sertraline")
    assert (sertraline_review.code, sertraline_review.display) == ("413143000", "Mental health medication review")
    [sedation] = _by_item(entries, "sedation", "asm-methadone")
    assert (sedation.system, sedation.code, sedation.value) == (LOCAL_SYSTEM, "sedation-risk-present", None)
    assert _by_item(entries, "sedation", "asm-sertraline")[0].code == "sedation-risk-absent"
    [plan] = _by_item(entries, "neonatal-withdrawal-plan", "asm-methadone")
    assert isinstance(plan.value, str) and plan.value.startswith("Observe on the postnatal ward")
    # The sertraline assessment has no withdrawal plan or safe sleep text, so files neither.
    assert not _by_item(entries, "neonatal-withdrawal-plan", "asm-sertraline")
    assert not _by_item(entries, "safe-sleep", "asm-sertraline")


def test_safeguarding_and_sharing_entries() -> None:
    entries = _antenatal()
    assert _by_item(entries, "child-protection-plan") == [
        CodedEntry(
            "child-protection-plan", SNOMED_SYSTEM, "342191000000101", "Subject to child protection plan", True, MARCH_2
        )
    ]
    # Unticked boxes and uncoded options file nothing: looked_after is false, care_order "none".
    assert not _by_item(entries, "looked-after")
    assert not _by_item(entries, "care-order")
    assert not _by_item(entries, "discharge-to")
    [social_worker] = _by_item(entries, "social-worker")
    assert (social_worker.code, social_worker.value) == ("160770002", "Marcus Reed, Hampton Children's Services")
    [consent] = _by_item(entries, "lawful-basis")
    assert consent.code == "consent-to-share-perinatal-medication-assessment"
    [shared] = _by_item(entries, "recipients")
    assert isinstance(shared.value, str) and shared.value.startswith("maternity unit (Hampton General Maternity Unit)")


def test_entries_never_carry_the_patients_identity() -> None:
    text = repr(_antenatal())
    assert "9990001111" not in text and "Jodie" not in text and "Marsh-Example" not in text


def test_older_template_files_only_what_it_asked() -> None:
    record = load_record(EXAMPLES / "antenatal-citalopram-template-1.0.0.json")
    items = {e.item_id for e in coded_entries(record)}
    # sleeping-arrangements arrived in template 1.1.0.
    assert "sleeping-arrangements" not in items
    assert {"pregnancy-stage", "medication-review", "conclusion", "overall-conclusion"} <= items
    seen = record.safeguarding.model_copy(update={"sleeping_arrangements": "Cot in the parents' room, seen."})
    older = record.model_copy(update={"safeguarding": seen})
    assert "sleeping-arrangements" not in {e.item_id for e in coded_entries(older)}
    newer = older.model_copy(update={"template": record.template.model_copy(update={"version": "1.1.0"})})
    assert "sleeping-arrangements" in {e.item_id for e in coded_entries(newer)}


def test_assessment_mixing_classes_files_the_general_review() -> None:
    record = load_record(EXAMPLES / "postnatal-foster-placement-diazepam-pregabalin.json")
    [review] = [e for e in coded_entries(record) if e.item_id == "medication-review"]
    assert review.code == GENERIC_REVIEW_CODE
    assert review.value == "Diazepam 5mg tablets; Pregabalin 75mg capsules"
    assert review.date == dt.date(2026, 6, 12)


def test_entered_in_error_files_nothing() -> None:
    record = load_record(EXAMPLES / "antenatal-methadone-sertraline.json")
    withdrawn = record.model_copy(update={"status": "entered-in-error"})
    assert coded_entries(withdrawn, preliminary=True) == []
    with pytest.raises(ShareGateRefused):
        coded_entries(withdrawn)


def test_no_assessment_no_review() -> None:
    record = load_record(EXAMPLES / "nothing-concerning-postnatal.json")
    entries = coded_entries(record)
    assert not [e for e in entries if e.assessment_id is not None]
    # Without an overall conclusion, record-level entries are dated when the record was updated.
    assert {e.date for e in entries} == {dt.date(2026, 4, 9)}


def test_review_displays_are_the_verified_terms() -> None:
    with SNOMED_REFERENCE.open(encoding="utf-8", newline="") as handle:
        terms = {row["concept_id"]: row["term"] for row in csv.DictReader(handle)}
    for code, display in REVIEW_DISPLAYS.items():
        assert code in terms, code
        assert terms[code].startswith(display), (code, terms[code])


def test_every_class_review_code_has_its_display() -> None:
    for cls in medicine_classes().classes.values():
        if cls.review_code:
            assert cls.review_code in REVIEW_DISPLAYS, cls.id


def test_entries_as_json_ready_data() -> None:
    entries = {(e.item_id, e.assessment_id): e for e in _antenatal()}
    assert entries[("gestation", None)].as_dict() == {
        "item_id": "gestation",
        "system": SNOMED_SYSTEM,
        "code": "226081000000107",
        "display": "Gestational age",
        "value": {"value": 205, "unit": "days", "system": "http://unitsofmeasure.org", "code": "d"},
        "date": "2026-03-02",
        "assessment_id": None,
        "status": "final",
    }
    assert entries[("edd", None)].as_dict()["value"] == "2026-05-15"
    assert entries[("sedation", "asm-methadone")].as_dict()["value"] is None
