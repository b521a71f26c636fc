"""Receivers find what they need with the FHIRPath queries they would write, over every example's document.

A maternity or GP system does not read medassess's mapping: it queries the Bundle. These are its queries, run with
fhirpathpy (an implementation nobody here wrote) against the R4 model: medicines by dm+d code, the conclusions by
the section that lists them, why a section is empty, and the safeguarding flag. Every answer is checked against
the record the document was made from. Passing examples are exported as a receiver gets them; failing ones as the
draft for review, the only form in which they leave medassess.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhirpathpy import evaluate
from fhirpathpy.models import models

from medassess import DMD_SYSTEM, Record, load_record, to_fhir_json
from medassess.formats.fhir.writer import FLAG_CODES, HEADINGS_SYSTEM, MEDICINE_ID_SYSTEM, SECTION_CODES

ROOT = Path(__file__).resolve().parent.parent
PASSING = sorted((ROOT / "examples" / "pass").glob("*.json"))
FAILING = sorted((ROOT / "examples" / "fail").glob("*.json"))
R4 = models["r4"]
EXPORTS = [(p, False) for p in PASSING] + [(p, True) for p in FAILING]
IDS = [f"{p.parent.name}/{p.stem}" for p, _ in EXPORTS]


def _query(bundle: dict[str, Any], expression: str) -> list[Any]:
    found: list[Any] = evaluate(bundle, expression, {}, R4)
    return found


@functools.cache
def _export(path: Path, preliminary: bool) -> tuple[Record, dict[str, Any]]:
    # Read only: every test queries the same export.
    record = load_record(path)
    content = to_fhir_json(record, preliminary=True) if preliminary else to_fhir_json(record)
    bundle: dict[str, Any] = orjson.loads(content)
    return record, bundle


def _section(key: str) -> str:
    code = SECTION_CODES[key][0]
    return (
        "Bundle.entry.resource.ofType(Composition).section"
        f".where(code.coding.where(system='{HEADINGS_SYSTEM}' and code='{code}').exists())"
    )


def _listed(key: str, kind: str) -> str:
    """The resources of one kind a section lists, resolved within the Bundle by fullUrl."""
    return (
        f"Bundle.entry.where(fullUrl in %context{_section(key).removeprefix('Bundle')}.entry.reference)"
        f".resource.ofType({kind})"
    )


@pytest.mark.parametrize(("path", "preliminary"), EXPORTS, ids=IDS)
def test_medicines_are_found_by_their_dm_d_code(path: Path, preliminary: bool) -> None:
    record, bundle = _export(path, preliminary)
    codes = {m.code.code for m in record.medicines if m.code is not None and m.code.system == DMD_SYSTEM}
    for code in codes:
        found = _query(
            bundle,
            "Bundle.entry.resource.ofType(MedicationStatement)"
            f".where(medication.coding.where(system='{DMD_SYSTEM}' and code='{code}').exists())"
            f".identifier.where(system='{MEDICINE_ID_SYSTEM}').value",
        )
        assert found == [m.id for m in record.medicines if m.code is not None and m.code.code == code]
    # Every coded medicine is found by a code query, and no statement carries a code the record does not.
    all_coded = _query(
        bundle,
        "Bundle.entry.resource.ofType(MedicationStatement)"
        f".where(medication.coding.where(system='{DMD_SYSTEM}').exists())"
        f".identifier.where(system='{MEDICINE_ID_SYSTEM}').value",
    )
    assert all_coded == [m.id for m in record.medicines if m.code is not None]
    assert set(_query(bundle, "Bundle.entry.resource.ofType(MedicationStatement).medication.coding.code")) == codes


def test_a_receiver_querying_by_code_finds_every_coded_medicine_of_the_examples() -> None:
    # The question the examples once failed: how many medicines does a dm+d query find? Every coded one; the
    # uncoded ones are listed in docs/example-codes.md (tests/test_examples.py holds them to it).
    found = total = coded = 0
    for path in PASSING:
        record, bundle = _export(path, False)
        total += len(record.medicines)
        coded += sum(m.code is not None for m in record.medicines)
        found += len(_query(
            bundle,
            "Bundle.entry.resource.ofType(MedicationStatement)"
            f".where(medication.coding.where(system='{DMD_SYSTEM}' and code.exists()).exists())",
        ))
    assert found == coded and coded > total // 2


@pytest.mark.parametrize(("path", "preliminary"), EXPORTS, ids=IDS)
def test_conclusions_are_found_by_their_section_code(path: Path, preliminary: bool) -> None:
    record, bundle = _export(path, preliminary)
    summaries = _query(bundle, f"{_listed('assessments', 'ClinicalImpression')}.summary")
    assert summaries == [a.conclusion for a in record.assessments if a.conclusion is not None]
    overall = _query(bundle, f"{_listed('conclusion', 'ClinicalImpression')}.summary")
    expected = record.overall_conclusion.text if record.overall_conclusion is not None else None
    assert overall == ([expected] if expected is not None else [])


@pytest.mark.parametrize(("path", "preliminary"), EXPORTS, ids=IDS)
def test_every_empty_section_says_why(path: Path, preliminary: bool) -> None:
    record, bundle = _export(path, preliminary)
    assert _query(bundle, "Bundle.entry.resource.ofType(Composition).section.where(entry.empty() and "
                          "emptyReason.empty())") == []
    assert _query(bundle, "Bundle.entry.resource.ofType(Composition).section.where(entry.exists() and "
                          "emptyReason.exists())") == []
    reason = _query(bundle, f"{_section('conclusion')}.emptyReason.coding"
                            ".where(system='http://terminology.hl7.org/CodeSystem/list-empty-reason').code")
    if record.overall_conclusion is not None:
        assert reason == []
    else:
        assert reason in (["nilknown"], ["notstarted"])


@pytest.mark.parametrize(("path", "preliminary"), EXPORTS, ids=IDS)
def test_the_safeguarding_flag_is_found_and_says_what_the_record_says(path: Path, preliminary: bool) -> None:
    record, bundle = _export(path, preliminary)
    s = record.safeguarding
    flags = "Bundle.entry.resource.ofType(Flag).where(status = 'active' and category.coding.code = 'safety')"
    all_no = (s.child_protection_plan, s.care_order, s.looked_after) == (False, "none", False) and not any(
        value is not None
        for value in (s.child_protection_plan_ended, s.social_worker, s.discharge_to, s.discharge_details,
                      s.safe_sleep_advice_given, s.sleeping_arrangements)
    ) and not s.safeguarding_relevant
    assert _query(bundle, f"{flags}.exists()") == [not all_no]
    # "Is there a child protection plan?", as a receiver asks it: by the flag's SNOMED CT code.
    _, cpp, _ = FLAG_CODES["child-protection-plan"]
    on_plan = _query(bundle, f"{flags}.where(code.coding.where(system='http://snomed.info/sct' and "
                             f"code='{cpp}').exists()).exists()")
    assert on_plan == [bool(s.child_protection_plan or s.child_protection_plan_ended is not None)]
    # The flag is listed in the safeguarding section, and the answers ride in its extension.
    assert _query(bundle, f"{_listed('safeguarding', 'Flag')}.exists()") == [not all_no]
    answered = _query(bundle, f"{flags}.extension.extension.where(url = 'child-protection-plan').value")
    assert answered == ([] if all_no or s.child_protection_plan is None else [s.child_protection_plan])
    # The restricted label a receiver filters on follows the record's own safeguarding answers.
    label = _query(bundle, "Bundle.entry.resource.ofType(Composition).confidentiality")
    assert label == ["R" if s.safeguarding_relevant or s.social_care_involved else "N"]
