"""Every empty section of the FHIR document says why it is empty (Composition.section.emptyReason, from
http://terminology.hl7.org/CodeSystem/list-empty-reason, the value set UK Core binds), so a receiver can tell
"none" from "not yet written"; the reader accepts it and gets the same record back (docs/fhir-mapping.md,
*Empty sections*)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from medassess import ReadError, Record, build_bundle, classify, load_record, record_from_bundle, record_from_data
from medassess.formats.fhir.writer import dumps, unchecked_bundle
from medassess.formats.fhir.xml import read_fhir_xml, to_fhir_xml
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))
NOTHING = ROOT / "examples" / "pass" / "nothing-concerning-postnatal.json"
VALPROATE = ROOT / "examples" / "pass" / "valproate-unplanned-pregnancy.json"
DRAFT = ROOT / "examples" / "fail" / "antenatal-methadone-draft-not-attested.json"
LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason"
DISPLAYS = {"nilknown": "Nil Known", "notstarted": "Not Started"}
SECTION_KEY = {
    "pregnancy-status": "pregnancy",
    "medications-and-medical-devices": "medicines",
    "assessments": "assessments",
    "clinical-summary": "conclusion",
    "safeguarding": "safeguarding",
    "distribution-list": "recipients",
}


def _sections(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = bundle["entry"][0]["resource"]["section"]
    return sections


def _key(section: dict[str, Any]) -> str:
    return SECTION_KEY[section["code"]["coding"][0]["code"]]


def _expected_reason(key: str, record: Record, preliminary: bool) -> str:
    """The documented choice, from the record: a part the record answers with "none" is nilknown; in a draft
    exported for review, a part the share gate would require but that is not yet written is notstarted."""
    needs_assessment = any(classify(m).needs_assessment for m in record.medicines)
    if preliminary and (key == "recipients" or (key in ("assessments", "conclusion") and needs_assessment)):
        return "notstarted"
    return "nilknown"


def _draft_with_nothing_written() -> Record:
    """The methadone draft before its assessments, overall conclusion and recipients are written."""
    data = orjson.loads(DRAFT.read_bytes())
    data["assessments"], data["recipients"] = [], []
    data.pop("overall_conclusion", None)
    data.pop("lawful_basis", None)
    return record_from_data(data)


def _no_medicines() -> Record:
    data = orjson.loads(NOTHING.read_bytes())
    data["medicines"] = []
    return record_from_data(data)


def _cases() -> list[tuple[str, Record, bool]]:
    cases = [(p.stem, load_record(p), False) for p in EXAMPLES]
    cases += [(p.stem + "-preliminary", load_record(p), True) for p in EXAMPLES]
    cases += [
        ("draft-nothing-written", _draft_with_nothing_written(), True),
        ("no-medicines", _no_medicines(), False),
    ]
    return cases


CASES = _cases()


@pytest.mark.parametrize(("name", "record", "preliminary"), CASES, ids=[c[0] for c in CASES])
def test_every_empty_section_says_why_and_no_other_does(name: str, record: Record, preliminary: bool) -> None:
    bundle = unchecked_bundle(record, preliminary=preliminary)
    for section in _sections(bundle):
        if section.get("entry"):
            assert "emptyReason" not in section, (name, _key(section))  # FHIR cmp-2
        else:
            code = _expected_reason(_key(section), record, preliminary)
            assert section["emptyReason"] == {
                "coding": [{"system": LIST_EMPTY_REASON, "code": code, "display": DISPLAYS[code]}]
            }, (name, _key(section))


def test_the_examples_show_both_kinds_of_empty_section() -> None:
    # The cases above are not vacuous: the examples have empty sections, and the draft has "not started" ones.
    empty = {
        (name, _key(s)): s["emptyReason"]["coding"][0]["code"]
        for name, record, preliminary in CASES
        for s in _sections(unchecked_bundle(record, preliminary=preliminary))
        if "emptyReason" in s
    }
    assert empty[(NOTHING.stem, "assessments")] == empty[(NOTHING.stem, "conclusion")] == "nilknown"
    assert empty[(VALPROATE.stem, "safeguarding")] == "nilknown"
    assert empty[("no-medicines", "medicines")] == "nilknown"
    assert {k: v for k, v in empty.items() if k[0] == "draft-nothing-written"} == {
        ("draft-nothing-written", "assessments"): "notstarted",
        ("draft-nothing-written", "conclusion"): "notstarted",
        ("draft-nothing-written", "recipients"): "notstarted",
    }


@pytest.mark.parametrize(("name", "record", "preliminary"), CASES, ids=[c[0] for c in CASES])
def test_empty_reasons_read_back_exactly_from_json_and_xml(name: str, record: Record, preliminary: bool) -> None:
    bundle = unchecked_bundle(record, preliminary=preliminary)
    back = record_from_bundle(orjson.loads(dumps(bundle)), source="bundle.json")
    assert back == record
    assert dumps(unchecked_bundle(back, preliminary=preliminary)) == dumps(bundle)
    xml = to_fhir_xml(record, preliminary=True) if preliminary else None
    if xml is not None:
        assert read_fhir_xml(xml) == record


def test_the_xml_carries_empty_reason_in_definition_order() -> None:
    xml = to_fhir_xml(load_record(NOTHING)).decode()
    assert xml.count("<emptyReason>") == 2
    assert '<system value="http://terminology.hl7.org/CodeSystem/list-empty-reason"/>' in xml
    assert read_fhir_xml(xml.encode()) == load_record(NOTHING)


def test_a_document_without_empty_reasons_still_reads() -> None:
    # Documents exported before emptyReason was written read back to the same record.
    bundle = build_bundle(load_record(NOTHING))
    for section in _sections(bundle):
        section.pop("emptyReason", None)
    assert record_from_bundle(bundle) == load_record(NOTHING)


def _first_empty(bundle: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    return next((i, s) for i, s in enumerate(_sections(bundle)) if "emptyReason" in s)


@pytest.mark.parametrize("code", ["withheld", "notasked", "unavailable", "closed", "notstarted", "nilknown "])
def test_a_reason_medassess_would_not_give_is_refused_with_its_path(code: str) -> None:
    bundle = build_bundle(load_record(NOTHING))
    index, section = _first_empty(bundle)
    section["emptyReason"]["coding"][0]["code"] = code
    with pytest.raises(ReadError) as raised:
        record_from_bundle(bundle, source="b.json")
    assert raised.value.path == f"Bundle.entry[0].resource.section[{index}].emptyReason"


@pytest.mark.parametrize("value", [{}, {"coding": []}, {"text": "none"}, "nilknown", [], None])
def test_a_malformed_reason_is_refused_not_a_crash(value: Any) -> None:
    bundle = build_bundle(load_record(NOTHING))
    index, section = _first_empty(bundle)
    section["emptyReason"] = value
    with pytest.raises(ReadError) as raised:
        record_from_bundle(bundle, source="b.json")
    assert raised.value.path == f"Bundle.entry[0].resource.section[{index}].emptyReason"


def test_a_section_with_entries_and_a_reason_is_refused() -> None:
    bundle = build_bundle(load_record(NOTHING))
    index, section = next((i, s) for i, s in enumerate(_sections(bundle)) if s.get("entry"))
    section["emptyReason"] = {"coding": [{"system": LIST_EMPTY_REASON, "code": "nilknown", "display": "Nil Known"}]}
    with pytest.raises(ReadError) as raised:
        record_from_bundle(bundle, source="b.json")
    assert raised.value.path == f"Bundle.entry[0].resource.section[{index}].emptyReason"


@pytest.mark.peer
def test_documents_with_empty_sections_pass_the_peer_validators(tmp_path: Path) -> None:
    files = []
    for name, record, preliminary in CASES:
        if any("emptyReason" in s for s in _sections(unchecked_bundle(record, preliminary=preliminary))):
            files.append(tmp_path / f"{name}.json")
            files[-1].write_bytes(dumps(unchecked_bundle(record, preliminary=preliminary)))
    assert len(files) >= 3
    assert_peer_valid("fhir-validate", files)
    assert_peer_valid("fhir-schema-validate", files)
