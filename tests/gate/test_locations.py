"""Where a finding is, as a person reads it: parts named by position and by what medassess recognises, never
by text taken from the record."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from medassess import load_record, record_from_data
from medassess.gate.locations import human_location

ROOT = Path(__file__).resolve().parents[2]
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("$", "Record"),
        ("$.status", "Status"),
        ("$.assessments[0].conclusion", "Assessment 1 (methadone) › Conclusion"),
        ("$.assessments[1].impact_on_baby.neonatal_withdrawal_plan",
         "Assessment 2 (sertraline) › Impact on baby › Neonatal withdrawal plan"),
        ("$.medicines[1].started", "Medicine 2 (sertraline) › Started"),
        ("$.medicines", "Medicines"),
        ("$.mother.nhs_number", "Mother › NHS number"),
        ("$.overall_conclusion.date", "Overall conclusion › Date"),
        ("$.recipients[0].route", "Recipient 1 (maternity unit) › Route"),
        ("$.assessments[0].medicine_ids[0]", "Assessment 1 (methadone) › Medicine id 1"),
        ("$.assessments[9].conclusion", "Assessment 10 › Conclusion"),  # a part the record does not hold
    ],
)  # fmt: skip
def test_a_path_is_named_as_a_person_reads_it(path: str, expected: str) -> None:
    assert human_location(load_record(METHADONE), path) == expected


def test_a_medicine_whose_name_is_not_recognised_is_named_by_position_alone() -> None:
    data = orjson.loads(METHADONE.read_bytes())
    data["medicines"][0]["name"] = "Jane Smith 9876543210"
    data["medicines"][0].pop("code", None)
    record = record_from_data(data)
    location = human_location(record, "$.assessments[0].conclusion")
    assert location == "Assessment 1 › Conclusion"
    assert "Jane" not in human_location(record, "$.medicines[0].name")
