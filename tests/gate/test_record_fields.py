"""The record fields the gate's record rules read travel through every export and reader unchanged:
``amendment_reason``, ``Assessment.pre_conception``, ``Medicine.not_of_concern_reason`` and safeguarding
questions left unanswered (None, never "no"). Export -> read -> export is byte-identical for FHIR JSON, FHIR
XML and HL7 v2; the letter and coded entries show what is answered and nothing that is not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from medassess import (
    Record,
    build_bundle,
    coded_entries,
    read_fhir_json,
    read_fhir_xml,
    read_hl7v2,
    record_from_data,
    render_letter,
)
from medassess.formats.fhir.writer import dumps, unchecked_bundle
from medassess.formats.fhir.xml import json_to_xml
from medassess.formats.hl7v2.writer import build, load_site_profile, record_json

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
PROFILE = ROOT / "mappings" / "hl7v2" / "default.toml"

Data = dict[str, Any]


def _with_new_fields() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data.update(status="amended", version=2, amendment_reason="Sertraline increased to 100 mg; plan unchanged.")
    # Advice given before the pregnancy began (EDD 2026-05-15: from 2025-08-08), kept as history (MA212).
    data["assessments"][1].update(pre_conception=True, date="2025-06-10")
    data["medicines"][1]["started"] = data["medicines"][1]["last_changed"] = None
    data["medicines"].append(
        {"id": "med-emollient", "name": "Zerobase cream", "not_of_concern_reason": "An emollient: not absorbed."}
    )
    return data


def _unanswered_safeguarding() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["safeguarding"] = {"social_worker": data["safeguarding"]["social_worker"], "discharge_to": "home-with-parents"}
    return data


def _answered_no() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["safeguarding"] = {"child_protection_plan": False, "care_order": "none", "looked_after": False}
    return data


def _never_asked() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    del data["safeguarding"]
    return data


CASES = {
    "new-fields": _with_new_fields,
    "unanswered": _unanswered_safeguarding,
    "never-asked": _never_asked,
    "answered-no": _answered_no,
}


def _fhir_round_trip(record: Record) -> None:
    # The mapping itself: a record that never answered the safeguarding questions is refused by the gate, but
    # what it would carry must still read back exactly.
    first = dumps(unchecked_bundle(record))
    back = read_fhir_json(first)
    assert back == record
    assert dumps(unchecked_bundle(back)) == first
    xml = json_to_xml(unchecked_bundle(record))
    assert read_fhir_xml(xml) == record
    assert json_to_xml(unchecked_bundle(read_fhir_xml(xml))) == xml


@pytest.mark.parametrize("case", CASES)
def test_fhir_json_and_xml_round_trips_are_exact(case: str) -> None:
    _fhir_round_trip(record_from_data(CASES[case]()))


@pytest.mark.parametrize("case", CASES)
def test_hl7v2_round_trip_is_exact(case: str) -> None:
    record = record_from_data(CASES[case]())
    message = build(record, load_site_profile(PROFILE))
    back = read_hl7v2(message)
    assert back == record
    assert build(back, load_site_profile(PROFILE)) == message


def test_the_new_fields_are_in_the_fhir_document() -> None:
    bundle = json.dumps(build_bundle(record_from_data(_with_new_fields())))
    for url in ("amendment-reason", "pre-conception-advice", "not-of-concern-reason"):
        assert f"https://medassess.uk/fhir/StructureDefinition/{url}" in bundle


def test_pre_conception_false_is_left_out_of_the_embedded_record() -> None:
    record = record_from_data(json.loads(COMPLETE.read_text(encoding="utf-8")))
    assert "pre_conception" not in record_json(record)
    assert '"pre_conception":true' in record_json(record_from_data(_with_new_fields()))


def test_unanswered_is_written_apart_from_no() -> None:
    unanswered = unchecked_bundle(record_from_data(_unanswered_safeguarding()))
    flag = next(e["resource"] for e in unanswered["entry"] if e["resource"]["resourceType"] == "Flag")
    urls = {sub["url"] for sub in flag["extension"][0]["extension"]}
    assert not urls & {"child-protection-plan", "care-order", "looked-after"}
    answered = unchecked_bundle(record_from_data(_answered_no()))
    assert not any(e["resource"]["resourceType"] == "Flag" for e in answered["entry"])


def test_the_letter_shows_what_is_answered_and_says_what_is_not() -> None:
    letter = render_letter(record_from_data(_unanswered_safeguarding()), preliminary=True).decode()
    assert '<th scope="row">Care order</th><td>Not recorded</td>' in letter
    assert '<th scope="row">Looked after</th><td>Not recorded</td>' in letter
    amended = render_letter(record_from_data(_with_new_fields()), preliminary=True).decode()
    assert "What changed in this version" in amended and "Pre-conception advice" in amended
    assert "not a medicine of concern" in amended


def test_coded_entries_file_nothing_for_an_unanswered_question() -> None:
    entries = {e.item_id for e in coded_entries(record_from_data(_unanswered_safeguarding()), preliminary=True)}
    assert not entries & {"child-protection-plan", "care-order", "looked-after"}
    answered = {e.item_id for e in coded_entries(record_from_data(_answered_no()))}
    assert "child-protection-plan" not in answered  # a tick box files its code only when ticked
