"""docs/compatibility.md, "Today", held to the code: what each layout carries and what each reader does with a
payload laid out otherwise. The layout versions themselves (the table, earlier layouts read from their
fixtures, later ones refused) are tested in tests/test_layouts.py.

Other claims of that page are proved where their feature is tested: a FHIR document written before empty
sections had a reason still reads (tests/test_empty_sections.py), an HL7 v2 message whose MSH-10 is the
content hash used before message identities still reads (tests/test_identity.py), a ledger of a newer schema
is refused and older ones are migrated (tests/test_ledger.py), and every shipped template version loads
(tests/test_template.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

import medassess
from medassess import ReadError, RecordError, examples
from medassess.record.io import parse_record

ROOT = Path(__file__).resolve().parent.parent
NAME = "pass/antenatal-methadone-sertraline.json"
OTHER_LAYOUT_KEYS = ("schemaVersion", "layout_version")


@pytest.fixture(scope="module")
def record() -> medassess.Record:
    return medassess.load_record(examples.path(NAME))


def test_the_record_json_medassess_writes_names_its_layout_and_a_hand_written_one_may_not(
    record: medassess.Record,
) -> None:
    data = json.loads(examples.path(NAME).read_text(encoding="utf-8"))
    assert "schema_version" not in data  # the shipped examples are layout 1, which reads the same
    written = json.loads(medassess.record_to_json(record))
    assert next(iter(written)) == "schema_version" and written["schema_version"] == 2
    schema = json.loads((ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8"))
    # The schema describes every record layout up to the newest, which a record with discharge_details is in.
    assert "schema_version" in schema["properties"] and "/layout-3/" in schema["$id"]
    assert not set(OTHER_LAYOUT_KEYS) & set(schema["properties"])


@pytest.mark.parametrize("key", OTHER_LAYOUT_KEYS)
def test_a_record_with_a_field_this_model_does_not_know_is_refused_not_read_without_it(key: str) -> None:
    data = json.loads(examples.path(NAME).read_text(encoding="utf-8"))
    data[key] = 2
    with pytest.raises(RecordError) as refused:
        parse_record(orjson.dumps(data))
    assert "unknown field" in str(refused.value)


def test_the_fhir_reader_reads_past_an_extension_it_does_not_know(record: medassess.Record) -> None:
    document = json.loads(medassess.to_fhir_json(record))
    composition = document["entry"][0]["resource"]
    composition.setdefault("extension", []).append({"url": "https://example.org/a-later-extension", "valueString": "x"})
    assert medassess.read_fhir_json(orjson.dumps(document)) == record


def test_the_fhir_reader_refuses_a_section_it_does_not_write(record: medassess.Record) -> None:
    document = json.loads(medassess.to_fhir_json(record))
    section = document["entry"][0]["resource"]["section"][0]
    section["code"] = {"coding": [{"system": "http://snomed.info/sct", "code": "1234567890"}]}
    with pytest.raises(ReadError) as refused:
        medassess.read_fhir_json(orjson.dumps(document))
    assert "section[0].code" in str(refused.value)


def test_the_fhir_document_names_uk_core_profiles_and_its_layout_in_a_medassess_extension(
    record: medassess.Record,
) -> None:
    document = json.loads(medassess.to_fhir_json(record))
    assert [p.rsplit("/", 1)[-1] for p in document["meta"]["profile"]] == ["UKCore-Bundle"]
    extensions = document["entry"][0]["resource"].get("extension", [])
    named = [e for e in extensions if "layout" in e["url"] or "schema" in e["url"]]
    assert named == [{"url": "https://medassess.uk/fhir/StructureDefinition/layout-version", "valueInteger": 2}]
    assert extensions[0] == named[0]


def test_the_hl7v2_header_declares_the_standard_version_and_the_layout_as_message_profile(
    record: medassess.Record,
) -> None:
    msh = medassess.to_hl7v2(record).split(b"\r")[0].decode("utf-8").split("|")
    # msh[k] is MSH-(k+1): MSH-1 is the field separator itself.
    assert msh[11] == "2.5.1"
    assert msh[17] == "UNICODE UTF-8"
    assert msh[20:] == ["MEDASSESS-HL7V2-LAYOUT-2^MEDASSESS"]  # MSH-21, the message profile identifier


def test_an_hl7v2_message_laid_out_otherwise_than_its_layout_says_is_refused_not_misread(
    record: medassess.Record,
) -> None:
    segments = medassess.to_hl7v2(record).split(b"\r")
    segments[0] = b"|".join(segments[0].split(b"|")[:18])  # MSH-21 taken away: the message now says layout 1
    with pytest.raises(ReadError) as refused:
        medassess.read_hl7v2(b"\r".join(segments))
    # Located at the record OBX, whose record is in record layout 2 where a layout 1 message carries layout 1.
    assert "OBX-5(#" in str(refused.value)
    assert "is not what the record the message carries gives" in str(refused.value)
