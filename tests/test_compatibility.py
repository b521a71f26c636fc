"""docs/compatibility.md, "Today", held to the code: what each layout carries and what each reader does with a
payload laid out otherwise. When a layout version is built (the page's "planned" items), these tests change
with the page.

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
LAYOUT_KEYS = ("schema_version", "schemaVersion", "layout_version")


@pytest.fixture(scope="module")
def record() -> medassess.Record:
    return medassess.load_record(examples.path(NAME))


def test_the_record_json_carries_no_layout_version() -> None:
    data = json.loads(examples.path(NAME).read_text(encoding="utf-8"))
    assert not set(LAYOUT_KEYS) & set(data)
    schema = json.loads((ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8"))
    assert not set(LAYOUT_KEYS) & set(schema["properties"])


@pytest.mark.parametrize("key", LAYOUT_KEYS)
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


def test_the_fhir_document_names_uk_core_profiles_not_a_medassess_layout(record: medassess.Record) -> None:
    document = json.loads(medassess.to_fhir_json(record))
    assert [p.rsplit("/", 1)[-1] for p in document["meta"]["profile"]] == ["UKCore-Bundle"]
    extensions = [e["url"] for e in document["entry"][0]["resource"].get("extension", [])]
    assert not [url for url in extensions if "layout" in url or "schema" in url]


def test_the_hl7v2_header_declares_the_standard_version_and_no_message_profile(record: medassess.Record) -> None:
    msh = medassess.to_hl7v2(record).split(b"\r")[0].decode("utf-8").split("|")
    # msh[k] is MSH-(k+1): MSH-1 is the field separator itself.
    assert msh[11] == "2.5.1"
    assert msh[17] == "UNICODE UTF-8"
    assert len(msh) < 21 or msh[20] == ""  # MSH-21, the message profile identifier: planned for the layout version


def test_an_hl7v2_message_laid_out_otherwise_is_refused_not_misread(record: medassess.Record) -> None:
    segments = medassess.to_hl7v2(record).split(b"\r")
    msh = segments[0].split(b"|")
    msh += [b""] * (21 - len(msh))
    msh[20] = b"MEDASSESS-HL7V2-2^MEDASSESS"  # what a later layout might name in MSH-21
    segments[0] = b"|".join(msh)
    with pytest.raises(ReadError) as refused:
        medassess.read_hl7v2(b"\r".join(segments))
    # Located in MSH, where the message stops being what this layout writes (the fields after MSH-18 it leaves out).
    assert "MSH-" in str(refused.value)
    assert "is not what the record the message carries gives" in str(refused.value)
