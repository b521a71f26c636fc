"""Layout versions (docs/compatibility.md): every payload medassess writes names its layout, every earlier
released layout still reads to the same record, and a later layout is refused, located, with the versions this
medassess reads.

The earlier layouts are kept as files: tests/fixtures/layouts/<version>/<kind>/ holds what medassess wrote in
that layout for each example (layout 1: the golden files of medassess 0.1.0, before payloads named their
layout). They are never regenerated.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from pathlib import Path

import hl7
import orjson
import pytest

import medassess
from medassess import ReadError, RecordError
from medassess.core.layouts import FHIR_DOCUMENT, HL7V2_MESSAGE, HL7V2_RECORD_LAYOUT, LAYOUTS, RECORD_JSON, Layout
from medassess.record.io import parse_record, record_data, record_to_json
from medassess.record.schema import record_schema
from tests.hl7v2_readers import hl7apy_strict

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "layouts"
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "examples" / "pass"
PROFILES = {
    "mdm": ROOT / "mappings" / "hl7v2" / "default.toml",
    "oru": ROOT / "mappings" / "hl7v2" / "example-trust-oru.toml",
}
METHADONE = EXAMPLES / "antenatal-methadone-sertraline.json"
KINDS: dict[str, Layout] = {
    "record": RECORD_JSON,
    "fhir": FHIR_DOCUMENT,
    "fhir-xml": FHIR_DOCUMENT,
    "hl7v2": HL7V2_MESSAGE,
}
"""Each fixture folder and the layout its files are versions of."""
LAYOUT_URL = "https://medassess.uk/fhir/StructureDefinition/layout-version"


def _fixtures() -> list[tuple[int, str, Path]]:
    found = []
    for folder in sorted(FIXTURES.iterdir()):
        for kind in sorted(KINDS):
            found += [(int(folder.name), kind, f) for f in sorted((folder / kind).glob("*")) if f.is_file()]
    return found


FIXTURE_FILES = _fixtures()


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".mdm.hl7", ".oru.hl7", ".json", ".xml"):
        name = name.removesuffix(suffix)
    return name


def _example(path: Path) -> Path:
    return EXAMPLES / f"{_stem(path)}.json"


def _current(kind: str, path: Path) -> bytes:
    """What this medassess writes, in its current layout, for the example the fixture was written from."""
    record = medassess.load_record(_example(path))
    if kind == "record":
        return record_to_json(record)
    if kind == "fhir":
        return medassess.to_fhir_json(record)
    if kind == "fhir-xml":
        return medassess.to_fhir_xml(record)
    return medassess.to_hl7v2(record, medassess.load_site_profile(PROFILES[path.name.rsplit(".", 2)[-2]]))


def _read(kind: str) -> Callable[[bytes], medassess.Record]:
    readers: dict[str, Callable[[bytes], medassess.Record]] = {
        "record": parse_record,
        "fhir": medassess.read_fhir_json,
        "fhir-xml": medassess.read_fhir_xml,
        "hl7v2": medassess.read_hl7v2,
    }
    return readers[kind]


def _marker(kind: str, content: bytes) -> int:
    """The layout a payload names, read here from the format's own rules (absent: 1), not by medassess's reader."""
    if kind == "record":
        return int(json.loads(content).get("schema_version", 1))
    if kind == "fhir":
        composition = json.loads(content)["entry"][0]["resource"]
        found = [e["valueInteger"] for e in composition.get("extension", []) if e["url"] == LAYOUT_URL]
        return int(found[0]) if found else 1
    if kind == "fhir-xml":
        named = re.search(
            rb'<extension url="' + re.escape(LAYOUT_URL.encode()) + rb'">\s*<valueInteger value="(\d+)"/>', content
        )
        return int(named.group(1)) if named else 1
    msh = hl7.parse(content.replace(b"\r\n", b"\r").decode("utf-8"))["MSH"][0]
    profile = str(msh[21]) if len(msh) > 21 else ""
    return int(profile.split("^")[0].rsplit("-", 1)[1]) if profile else 1


# -- the table -----------------------------------------------------------------------------------------------


def test_every_layout_reads_from_its_earliest_to_the_one_it_writes() -> None:
    assert [layout.key for layout in LAYOUTS] == ["record", "fhir", "hl7v2"]
    for layout in LAYOUTS:
        assert 1 <= layout.earliest <= layout.written
        assert list(layout.read) == list(range(layout.earliest, layout.written + 1))
    assert set(HL7V2_RECORD_LAYOUT) == set(HL7V2_MESSAGE.read)
    assert set(HL7V2_RECORD_LAYOUT.values()) <= set(RECORD_JSON.read)


def test_the_compatibility_page_gives_the_table_the_code_follows() -> None:
    page = (ROOT / "docs" / "compatibility.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| (\d+) \| (\d+) to (\d+) \|", page, flags=re.MULTILINE)
    assert rows == [(layout.key, str(layout.written), str(layout.earliest), str(layout.written)) for layout in LAYOUTS]


def test_every_earlier_layout_this_medassess_reads_is_kept_as_fixtures() -> None:
    for kind, layout in KINDS.items():
        for version in layout.read:
            if version == layout.written:
                continue
            kept = [f for v, k, f in FIXTURE_FILES if v == version and k == kind]
            assert len(kept) >= len(list(EXAMPLES.glob("*.json"))), f"no {kind} fixtures of layout {version}"


# -- earlier layouts read to the same record -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "kind", "path"), FIXTURE_FILES, ids=[f"{v}/{k}/{p.name}" for v, k, p in FIXTURE_FILES]
)
def test_an_earlier_layout_reads_to_the_record_the_current_layout_reads_to(version: int, kind: str, path: Path) -> None:
    kept = path.read_bytes()
    assert _marker(kind, kept) == version, "a fixture names the layout of its folder"
    current = _current(kind, path)
    assert _marker(kind, current) == KINDS[kind].written
    read = _read(kind)
    assert read(kept) == read(current) == medassess.load_record(_example(path))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_golden_files_are_the_layout_this_medassess_writes(kind: str) -> None:
    folder = GOLDEN / kind if kind != "record" else None
    files = sorted(folder.glob("*")) if folder else [Path(f"{e.name}") for e in sorted(EXAMPLES.glob("*.json"))]
    assert files
    for path in files:
        assert _marker(kind, _current(kind, path)) == KINDS[kind].written
        if folder:
            assert _marker(kind, path.read_bytes()) == KINDS[kind].written


def test_a_record_of_layout_1_is_held_and_written_again_in_the_current_layout() -> None:
    kept = (FIXTURES / "1" / "record" / METHADONE.name).read_bytes()
    assert "schema_version" not in json.loads(kept)
    record = parse_record(kept)
    assert record.schema_version == RECORD_JSON.written
    written = json.loads(record_to_json(record))
    assert next(iter(written)) == "schema_version" and written["schema_version"] == RECORD_JSON.written
    layout_1 = record_data(record, 1)
    assert "schema_version" not in layout_1
    assert {k: v for k, v in written.items() if k != "schema_version"} == layout_1
    assert parse_record(orjson.dumps(layout_1)) == record


def test_a_record_naming_layout_1_reads_as_one_that_names_none() -> None:
    data = json.loads(METHADONE.read_bytes())
    assert parse_record(orjson.dumps({"schema_version": 1, **data})) == parse_record(orjson.dumps(data))


def test_the_published_schema_names_the_layout_it_describes() -> None:
    schema = record_schema()
    assert schema["$id"].endswith(f"/layout-{RECORD_JSON.written}/record.schema.json")
    version = schema["properties"]["schema_version"]
    assert (version["type"], version["minimum"], version["maximum"]) == ("integer", 1, RECORD_JSON.written)
    assert "schema_version" not in schema["required"]


# -- the HL7 v2 layout is what MSH-21 says ----------------------------------------------------------------------


def _segments(message: bytes) -> list[bytes]:
    return message.rstrip(b"\r").split(b"\r")


def _with_msh21(message: bytes, value: bytes) -> bytes:
    segments = _segments(message)
    msh = segments[0].split(b"|")
    msh += [b""] * (21 - len(msh))
    msh[20:] = [value] if value else []
    segments[0] = b"|".join(msh).rstrip(b"|")
    return b"\r".join(segments) + b"\r"


def test_msh21_names_the_layout_as_hl7_v2_5_1_ei_and_the_parsers_read_it() -> None:
    message = _current("hl7v2", Path("antenatal-methadone-sertraline.mdm.hl7"))
    msh = hl7.parse(message.decode("utf-8"))["MSH"][0]
    assert str(msh[21]) == f"MEDASSESS-HL7V2-LAYOUT-{HL7V2_MESSAGE.written}^MEDASSESS"
    strict = hl7apy_strict(message.decode("utf-8"))[0]
    ei = strict.msh_21
    assert (ei.ei_1.value, ei.ei_2.value) == (f"MEDASSESS-HL7V2-LAYOUT-{HL7V2_MESSAGE.written}", "MEDASSESS")


def test_a_message_is_rebuilt_in_the_layout_msh21_names_not_one_guessed() -> None:
    current = _current("hl7v2", Path("antenatal-methadone-sertraline.mdm.hl7"))
    kept = (FIXTURES / "1" / "hl7v2" / "antenatal-methadone-sertraline.mdm.hl7").read_bytes()
    # A current message with MSH-21 emptied is read as layout 1, whose record carries no schema_version.
    with pytest.raises(ReadError) as unnamed:
        medassess.read_hl7v2(_with_msh21(current, b""))
    assert "OBX-5(#" in str(unnamed.value.path)
    assert "is not what the record the message carries gives" in str(unnamed.value)
    # A layout 1 message labelled layout 2 is checked as layout 2, and its record is not what layout 2 carries.
    with pytest.raises(ReadError) as relabelled:
        medassess.read_hl7v2(_with_msh21(kept, f"MEDASSESS-HL7V2-LAYOUT-{HL7V2_MESSAGE.written}^MEDASSESS".encode()))
    assert "OBX-5(#" in str(relabelled.value.path)


def test_the_record_a_layout_1_message_carries_is_record_layout_1() -> None:
    kept = (FIXTURES / "1" / "hl7v2" / "antenatal-methadone-sertraline.oru.hl7").read_bytes()
    carrier = _segments(kept.replace(b"\r\n", b"\r"))[-1].split(b"|")[5].split(b"^")[4]
    assert "schema_version" not in json.loads(base64.b64decode(carrier))
    current = _current("hl7v2", Path("antenatal-methadone-sertraline.oru.hl7"))
    carrier = _segments(current.replace(b"\r\n", b"\r"))[-1].split(b"|")[5].split(b"^")[4]
    assert json.loads(base64.b64decode(carrier))["schema_version"] == HL7V2_RECORD_LAYOUT[HL7V2_MESSAGE.written]


# -- a later layout is refused, located, with the versions this medassess reads ------------------------------

LATER = {layout.key: layout.written + 1 for layout in LAYOUTS}


def _reads(layout: Layout) -> str:
    return f"this medassess reads {layout.earliest} to {layout.written}"


def test_a_record_of_a_later_layout_is_refused_for_its_layout_alone(tmp_path: Path) -> None:
    data = {"schema_version": LATER["record"], **json.loads(METHADONE.read_bytes()), "a_later_field": "Jane Doe"}
    path = tmp_path / "later.json"
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(RecordError) as refused:
        medassess.load_record(path)
    assert refused.value.source == str(path) and refused.value.path == "$.schema_version"
    assert refused.value.message == f"written in record layout {LATER['record']}; {_reads(RECORD_JSON)}"
    assert len(refused.value.problems) == 1
    assert "Jane" not in str(refused.value) and "a_later_field" not in str(refused.value)


@pytest.mark.parametrize("value", [0, -1, 10**12, "2", 2.0, True, None, [2], "Jane Doe"])
def test_a_layout_that_is_not_a_small_whole_number_is_refused_without_echoing_it(value: object) -> None:
    data = {**json.loads(METHADONE.read_bytes()), "schema_version": value}
    with pytest.raises(RecordError) as refused:
        parse_record(orjson.dumps(data))
    assert refused.value.path == "$.schema_version"
    assert refused.value.message == f"should be a record layout version, a whole number: {_reads(RECORD_JSON)}"


def test_the_model_refuses_a_later_layout_in_the_same_words() -> None:
    record = medassess.load_record(METHADONE)
    with pytest.raises(RecordError) as refused:
        record.replace(schema_version=LATER["record"])
    assert refused.value.path == "$.schema_version"
    assert refused.value.message == f"written in record layout {LATER['record']}; {_reads(RECORD_JSON)}"
    assert record.replace(schema_version=1) == record  # an earlier layout is held in the current one


def test_a_fhir_document_of_a_later_layout_is_refused_at_its_extension() -> None:
    document = json.loads(medassess.to_fhir_json(medassess.load_record(METHADONE)))
    extensions = document["entry"][0]["resource"]["extension"]
    index = next(i for i, e in enumerate(extensions) if e["url"] == LAYOUT_URL)
    extensions[index]["valueInteger"] = LATER["fhir"]
    with pytest.raises(ReadError) as refused:
        medassess.read_fhir_json(orjson.dumps(document), source="later.json")
    assert refused.value.source == "later.json"
    assert refused.value.path == f"Bundle.entry[0].resource.extension[{index}].valueInteger"
    assert refused.value.message == f"written in FHIR document layout {LATER['fhir']}; {_reads(FHIR_DOCUMENT)}"
    extensions[index] = {"url": LAYOUT_URL, "valueString": "Jane Doe"}
    with pytest.raises(ReadError) as unreadable:
        medassess.read_fhir_json(orjson.dumps(document))
    assert (
        unreadable.value.message == f"should be a FHIR document layout version, a whole number: {_reads(FHIR_DOCUMENT)}"
    )


def test_a_fhir_xml_document_of_a_later_layout_is_refused_at_its_extension() -> None:
    xml = medassess.to_fhir_xml(medassess.load_record(METHADONE))
    written = f'<valueInteger value="{FHIR_DOCUMENT.written}"/>'.encode()
    assert xml.count(written) == 1
    with pytest.raises(ReadError) as refused:
        medassess.read_fhir_xml(xml.replace(written, f'<valueInteger value="{LATER["fhir"]}"/>'.encode()))
    assert refused.value.path is not None and "extension[0]" in refused.value.path
    assert refused.value.message == f"written in FHIR document layout {LATER['fhir']}; {_reads(FHIR_DOCUMENT)}"


def test_an_hl7v2_message_of_a_later_layout_is_refused_at_msh21() -> None:
    message = _current("hl7v2", Path("antenatal-methadone-sertraline.oru.hl7")).replace(b"\r\n", b"\r")
    later = _with_msh21(message, f"MEDASSESS-HL7V2-LAYOUT-{LATER['hl7v2']}^MEDASSESS".encode())
    with pytest.raises(ReadError) as refused:
        medassess.read_hl7v2(later, source="later.hl7")
    assert (refused.value.source, refused.value.path) == ("later.hl7", "MSH-21(#1)")
    assert refused.value.message == f"written in HL7 v2 layout {LATER['hl7v2']}; {_reads(HL7V2_MESSAGE)}"


@pytest.mark.parametrize(
    "profile",
    [b"MEDASSESS-HL7V2-LAYOUT-99999^MEDASSESS", b"MEDASSESS-HL7V2-LAYOUT-2", b"SMITH^JANE", b"OTHER-PROFILE^X"],
)
def test_an_msh21_naming_no_medassess_layout_is_refused_without_echoing_it(profile: bytes) -> None:
    message = _current("hl7v2", Path("antenatal-methadone-sertraline.mdm.hl7"))
    with pytest.raises(ReadError) as refused:
        medassess.read_hl7v2(_with_msh21(message, profile))
    assert refused.value.path == "MSH-21(#1)"
    assert _reads(HL7V2_MESSAGE).replace("reads", "reads layouts") in refused.value.message
    assert profile.split(b"^")[0].decode() not in str(refused.value)


def test_the_command_line_refuses_a_later_layout_located_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medassess.cli import main

    path = tmp_path / "later.json"
    path.write_bytes(orjson.dumps({**json.loads(METHADONE.read_bytes()), "schema_version": LATER["record"]}))
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr()
    assert "$.schema_version" in out.out + out.err
    assert f"written in record layout {LATER['record']}" in out.out + out.err
