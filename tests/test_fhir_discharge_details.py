"""Where and with whom a baby discharged to "other" goes (safeguarding.discharge_details) travels in every export
and reads back: the FHIR document's safeguarding Flag (sub-extension ``discharge-details`` beside
``sleeping-arrangements``, JSON and XML), the BadgerNet pregnancy write built from it, the HL7 v2 message (its own
OBX on template 1.2.0, which asks the item; the record OBX on every version), the letter's safeguarding rows and
the 1.2.0 Questionnaire's response. A record captured on 1.1.0 carries the answer too, since the gate asks it of
every version; each output still passes the peer validators."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import orjson
import pytest

import medassess
from medassess import (
    Record,
    check,
    read_fhir_json,
    read_fhir_xml,
    record_from_data,
    record_from_questionnaire_response,
    to_fhir_json,
    to_fhir_xml,
    to_questionnaire_response,
)
from medassess.formats.badgernet.payloads import pregnancy_write_json
from medassess.formats.fhir.xml import xml_to_json
from medassess.formats.hl7v2.reader import read_hl7v2
from medassess.formats.hl7v2.writer import observations
from medassess.formats.letter.letter import render_letter
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
POSTNATAL = ROOT / "examples" / "pass" / "nothing-concerning-postnatal.json"
TODAY = dt.date(2026, 12, 3)
PLACE = "To the maternal aunt, 4 Elm Road, Hampton & <Leeds>; the mother visits daily.\nAunt's phone: SW file."
VERSIONS = ["1.1.0", "1.2.0"]


def _record(version: str, details: str = PLACE) -> Record:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["template"]["version"] = version
    data["safeguarding"]["discharge_to"] = "other"
    data["safeguarding"]["discharge_details"] = details
    record = record_from_data(data)
    assert [i for i in check(record, today=TODAY) if i.severity == "error"] == []
    return record


def _context(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    flags = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag"]
    assert len(flags) == 1
    (context,) = [x for x in flags[0]["extension"] if x["url"].endswith("safeguarding-context")]
    subs: list[dict[str, Any]] = context["extension"]
    return subs


@pytest.mark.parametrize("version", VERSIONS)
def test_the_flag_carries_the_place_beside_the_destination_and_reads_back(version: str) -> None:
    record = _record(version)
    content = to_fhir_json(record, today=TODAY)
    urls = [s["url"] for s in _context(orjson.loads(content))]
    assert urls[urls.index("discharge-to") + 1] == "discharge-details"
    assert {"url": "discharge-details", "valueString": PLACE} in _context(orjson.loads(content))
    back = read_fhir_json(content, source="bundle.json")
    assert back == record and back.safeguarding.discharge_details == PLACE
    assert to_fhir_json(back, today=TODAY) == content
    xml = to_fhir_xml(record, today=TODAY)
    assert read_fhir_xml(xml, source="bundle.xml") == record


def test_the_flag_without_the_place_is_unchanged() -> None:
    # No answer, no sub-extension: a record that never gave the place reads back without one.
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    record = record_from_data(data)
    content = to_fhir_json(record, today=TODAY)
    assert "discharge-details" not in {s["url"] for s in _context(orjson.loads(content))}
    assert read_fhir_json(content, source="bundle.json").safeguarding.discharge_details is None


def test_the_badgernet_write_carries_the_place() -> None:
    written = orjson.loads(pregnancy_write_json(_record("1.2.0"), today=TODAY, pregnancy_patient_id="preg-123"))
    flags = [e["resource"] for e in written["entry"] if e["resource"]["resourceType"] == "Flag"]
    assert [s for f in flags for x in f["extension"] for s in x.get("extension", ()) if s["url"] == "discharge-details"]


@pytest.mark.parametrize("version", VERSIONS)
def test_hl7v2_sends_the_place_as_the_template_asks_and_reads_it_back(version: str) -> None:
    record = _record(version)
    message = medassess.to_hl7v2(record, today=TODAY)
    assert read_hl7v2(message) == record
    lines = [o for o in observations(record) if o.code[0] == "infant-discharge-destination-details"]
    # The template version decides the readable lines, as for every item: 1.2.0 asks it, 1.1.0 did not (its
    # record still carries the place, in the record OBX and in the FHIR Flag).
    assert [o.value for o in lines] == ([PLACE] if version == "1.2.0" else [])


def test_the_letter_shows_where_and_with_whom() -> None:
    letter = render_letter(_record("1.1.0"), today=TODAY).decode("utf-8")
    assert "Where and with whom (discharge)" in letter
    assert "4 Elm Road, Hampton &amp; &lt;Leeds&gt;" in letter


def test_the_1_2_0_questionnaire_response_keeps_the_place() -> None:
    record = _record("1.2.0")
    response = to_questionnaire_response(record, today=TODAY)
    assert record_from_questionnaire_response(orjson.dumps(response)) == record


@pytest.mark.peer
def test_every_output_with_the_place_passes_the_peer_validators(tmp_path: Path) -> None:
    fhir: list[Path] = []
    hl7: list[Path] = []
    for version in VERSIONS:
        record = _record(version)
        for name, content in (
            (f"{version}.json", to_fhir_json(record, today=TODAY)),
            # The validators read JSON: the XML is validated as the JSON it converts back to.
            (f"{version}-from-xml.json", orjson.dumps(xml_to_json(to_fhir_xml(record, today=TODAY)))),
            (f"{version}-write.json", pregnancy_write_json(record, today=TODAY, pregnancy_patient_id="preg-123")),
            (f"{version}-response.json", orjson.dumps(to_questionnaire_response(record, today=TODAY))),
        ):
            fhir.append(tmp_path / name)
            fhir[-1].write_bytes(content)
        hl7.append(tmp_path / f"{version}.hl7")
        hl7[-1].write_bytes(medassess.to_hl7v2(record, today=TODAY))
    assert_peer_valid("fhir-validate", fhir)
    assert_peer_valid("fhir-schema-validate", fhir)
    assert_peer_valid("hl7v2-validate", hl7)
