"""Layout versions (docs/compatibility.md): every payload medassess writes names its layout, the lowest that
carries its record (layout 2 as before for a record without what layout 3 added, layout 3 for one with
safeguarding.discharge_details), every earlier released layout still reads to the same record, a later layout
is refused, located, with the versions this medassess reads, and a payload carrying what a later layout than
its own added is refused at what it carries.

The layouts are kept as files: tests/fixtures/layouts/<version>/<kind>/ holds what medassess wrote in that
layout (layout 1: the golden files of medassess 0.1.0, before payloads named their layout; layout 2: the record
JSON of each example, whose other payloads of layout 2 are the golden files; layout 3: every payload of one
record carrying safeguarding.discharge_details, which is its own source). They are never regenerated; a kept
payload of the layout this medassess writes for its record is also what it writes, byte for byte.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path

import hl7
import orjson
import pytest

import medassess
from medassess import InputError, ReadError, RecordError
from medassess.core.layouts import FHIR_DOCUMENT, HL7V2_MESSAGE, HL7V2_RECORD_LAYOUT, LAYOUTS, RECORD_JSON, Layout
from medassess.formats.fhir.xml import xml_to_json
from medassess.record.io import parse_record, record_data, record_to_json
from medassess.record.schema import record_schema
from tests.hl7v2_readers import hl7apy_strict
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "layouts"
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "examples" / "pass"
PROFILES = {
    "mdm": ROOT / "mappings" / "hl7v2" / "default.toml",
    "oru": ROOT / "mappings" / "hl7v2" / "example-trust-oru.toml",
}
METHADONE = EXAMPLES / "antenatal-methadone-sertraline.json"
DISCHARGED = FIXTURES / "3" / "record" / "nothing-concerning-postnatal-discharged-other.json"
"""A record carrying what layout 3 added (safeguarding.discharge_details): the postnatal example discharged to
"other" on template 1.2.0, kept as the record JSON medassess writes for it."""
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
    """The record a payload was written from: a shipped example, or a record kept with the fixtures."""
    shipped = EXAMPLES / f"{_stem(path)}.json"
    if shipped.exists():
        return shipped
    (kept,) = sorted(FIXTURES.glob(f"*/record/{_stem(path)}.json"))[-1:]
    return kept


def _write(kind: str, record: medassess.Record, path: Path) -> bytes:
    if kind == "record":
        return record_to_json(record)
    if kind == "fhir":
        return medassess.to_fhir_json(record)
    if kind == "fhir-xml":
        return medassess.to_fhir_xml(record)
    return medassess.to_hl7v2(record, medassess.load_site_profile(PROFILES[path.name.rsplit(".", 2)[-2]]))


def _current(kind: str, path: Path) -> bytes:
    """What this medassess writes for the record the fixture was written from, in the layout it needs."""
    return _write(kind, medassess.load_record(_example(path)), path)


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
        assert {a.version for a in layout.additions} == set(range(2, layout.written + 1))
    assert set(HL7V2_RECORD_LAYOUT) == set(HL7V2_MESSAGE.read)
    assert set(HL7V2_RECORD_LAYOUT.values()) <= set(RECORD_JSON.read)
    # An HL7 v2 layout carries its record in a record layout that holds what that HL7 v2 layout does.
    record = medassess.load_record(DISCHARGED)
    for version, carried in HL7V2_RECORD_LAYOUT.items():
        assert (HL7V2_MESSAGE.beyond(record, version) is None) == (RECORD_JSON.beyond(record, carried) is None)


def test_a_version_must_say_what_it_added() -> None:
    with pytest.raises(ValueError, match="every version from 2 to 3"):
        Layout("x", "x layout", written=3, additions=RECORD_JSON.additions[:1])


def test_each_layout_is_written_only_when_the_record_needs_it() -> None:
    plain = [medassess.load_record(e) for e in sorted(EXAMPLES.glob("*.json"))]
    discharged = medassess.load_record(DISCHARGED)
    assert discharged.safeguarding.discharge_details is not None
    for layout in LAYOUTS:
        assert {layout.needed(r) for r in plain} == {2}
        assert layout.needed(discharged) == 3 == layout.written
        assert all(layout.beyond(r, 1) is None for r in plain)
        later = layout.beyond(discharged, 2)
        assert later is not None and later.version == 3 and later.field == "safeguarding.discharge_details"
        assert layout.beyond(discharged, 3) is None
    assert {r.schema_version for r in plain} == {2} and discharged.schema_version == 3
    # The record model holds a record in the layout it needs, whatever it was built or replaced from.
    without = discharged.replace(safeguarding=discharged.safeguarding.replace(discharge_details=None))
    assert without.schema_version == 2
    assert without.replace(safeguarding=discharged.safeguarding) == discharged


def test_the_compatibility_page_gives_the_table_the_code_follows() -> None:
    page = (ROOT / "docs" / "compatibility.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| [^|]+ \| (\d+) \| (\d+) to (\d+) \|", page, flags=re.MULTILINE)
    assert rows == [(layout.key, str(layout.written), str(layout.earliest), str(layout.written)) for layout in LAYOUTS]


def test_every_layout_this_medassess_reads_is_kept_as_files() -> None:
    # As fixtures, or, while this medassess still writes it for the examples, as the golden files.
    for kind, layout in KINDS.items():
        goldens = sorted((GOLDEN / kind).glob("*")) if kind != "record" else []
        for version in layout.read:
            kept = [f for v, k, f in FIXTURE_FILES if v == version and k == kind]
            kept += [f for f in goldens if _marker(kind, f.read_bytes()) == version]
            assert kept, f"no {kind} payload of layout {version} is kept"
            if version == 1:
                assert len(kept) >= len(list(EXAMPLES.glob("*.json"))), f"not every {kind} example of layout 1"


# -- earlier layouts read to the same record -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "kind", "path"), FIXTURE_FILES, ids=[f"{v}/{k}/{p.name}" for v, k, p in FIXTURE_FILES]
)
def test_a_kept_layout_reads_to_the_record_the_current_writer_reads_to(version: int, kind: str, path: Path) -> None:
    kept = path.read_bytes()
    assert _marker(kind, kept) == version, "a fixture names the layout of its folder"
    record = medassess.load_record(_example(path))
    current = _current(kind, path)
    assert _marker(kind, current) == KINDS[kind].needed(record)
    read = _read(kind)
    assert read(kept) == read(current) == record
    if version == KINDS[kind].needed(record):
        # The layout this medassess writes for the record: what it writes, byte for byte, and again after reading.
        assert current == kept
        assert _write(kind, read(kept), path) == kept


def test_the_layout_3_fixtures_are_every_payload_of_their_record() -> None:
    kept = sorted((k, p.name) for v, k, p in FIXTURE_FILES if v == 3)
    stem = DISCHARGED.stem
    assert kept == sorted(
        [("record", f"{stem}.json"), ("fhir", f"{stem}.json"), ("fhir-xml", f"{stem}.xml")]
        + [("hl7v2", f"{stem}.{variant}.hl7") for variant in PROFILES]
    )


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_golden_files_are_the_layout_this_medassess_writes(kind: str) -> None:
    folder = GOLDEN / kind if kind != "record" else None
    files = sorted(folder.glob("*")) if folder else [Path(f"{e.name}") for e in sorted(EXAMPLES.glob("*.json"))]
    assert files
    for path in files:
        # The examples carry nothing layout 3 added: their payloads stay layout 2, byte for byte as before.
        assert _marker(kind, _current(kind, path)) == 2 == KINDS[kind].needed(medassess.load_record(_example(path)))
        if folder:
            assert _marker(kind, path.read_bytes()) == 2


def test_a_record_of_layout_1_is_held_and_written_again_in_the_current_layout() -> None:
    kept = (FIXTURES / "1" / "record" / METHADONE.name).read_bytes()
    assert "schema_version" not in json.loads(kept)
    record = parse_record(kept)
    assert record.schema_version == RECORD_JSON.needed(record) == 2
    written = json.loads(record_to_json(record))
    assert next(iter(written)) == "schema_version" and written["schema_version"] == 2
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
    assert str(msh[21]) == "MEDASSESS-HL7V2-LAYOUT-2^MEDASSESS"
    strict = hl7apy_strict(message.decode("utf-8"))[0]
    ei = strict.msh_21
    assert (ei.ei_1.value, ei.ei_2.value) == ("MEDASSESS-HL7V2-LAYOUT-2", "MEDASSESS")
    later = (FIXTURES / "3" / "hl7v2" / f"{DISCHARGED.stem}.mdm.hl7").read_bytes().decode("utf-8")
    ei = hl7apy_strict(later)[0].msh_21
    assert (ei.ei_1.value, ei.ei_2.value) == ("MEDASSESS-HL7V2-LAYOUT-3", "MEDASSESS")


def test_a_message_is_rebuilt_in_the_layout_msh21_names_not_one_guessed() -> None:
    current = _current("hl7v2", Path("antenatal-methadone-sertraline.mdm.hl7"))
    kept = (FIXTURES / "1" / "hl7v2" / "antenatal-methadone-sertraline.mdm.hl7").read_bytes()
    # A current message with MSH-21 emptied is read as layout 1, whose record carries no schema_version.
    with pytest.raises(ReadError) as unnamed:
        medassess.read_hl7v2(_with_msh21(current, b""))
    assert "OBX-5(#" in str(unnamed.value.path)
    assert "is not what the record the message carries gives" in str(unnamed.value)
    # A layout 1 message labelled layout 2 (or 3) is checked as that layout, and its record is not what it carries.
    for later in (2, 3):
        with pytest.raises(ReadError) as relabelled:
            medassess.read_hl7v2(_with_msh21(kept, f"MEDASSESS-HL7V2-LAYOUT-{later}^MEDASSESS".encode()))
        assert "OBX-5(#" in str(relabelled.value.path)
    # A layout 2 message labelled layout 3 too: its record names record layout 2, and layout 3 carries 3.
    with pytest.raises(ReadError) as relabelled:
        medassess.read_hl7v2(_with_msh21(current, b"MEDASSESS-HL7V2-LAYOUT-3^MEDASSESS"))
    assert "OBX-5(#" in str(relabelled.value.path)


def test_a_message_of_an_earlier_layout_is_rebuilt_in_that_layout() -> None:
    # Rebuilding is how the reader checks a message, so a layout 2 message rebuilt stays layout 2 (MSH-21 and the
    # record layout its record OBX carries), and a layout 1 message stays layout 1.
    from medassess.formats.hl7v2.writer import build

    profile = medassess.load_site_profile(PROFILES["mdm"])
    for version in (1, 2):
        folder = FIXTURES / "1" / "hl7v2" if version == 1 else GOLDEN / "hl7v2"
        kept = (folder / "antenatal-methadone-sertraline.mdm.hl7").read_bytes()
        record = medassess.read_hl7v2(kept)
        msh = _segments(kept.replace(b"\r\n", b"\r"))[0].split(b"|")
        rebuilt = build(record, profile, message_control_id=msh[9].decode(), layout=version)
        assert _marker("hl7v2", rebuilt) == version and rebuilt.replace(b"\r\n", b"\r") == kept.replace(b"\r\n", b"\r")
    with pytest.raises(ValueError, match=r"cannot carry safeguarding\.discharge_details"):
        build(medassess.load_record(DISCHARGED), profile, layout=2)


def test_the_record_a_layout_1_message_carries_is_record_layout_1() -> None:
    kept = (FIXTURES / "1" / "hl7v2" / "antenatal-methadone-sertraline.oru.hl7").read_bytes()
    carrier = _segments(kept.replace(b"\r\n", b"\r"))[-1].split(b"|")[5].split(b"^")[4]
    assert "schema_version" not in json.loads(base64.b64decode(carrier))
    current = _current("hl7v2", Path("antenatal-methadone-sertraline.oru.hl7"))
    carrier = _segments(current.replace(b"\r\n", b"\r"))[-1].split(b"|")[5].split(b"^")[4]
    assert json.loads(base64.b64decode(carrier))["schema_version"] == HL7V2_RECORD_LAYOUT[2] == 2
    later = (FIXTURES / "3" / "hl7v2" / f"{DISCHARGED.stem}.oru.hl7").read_bytes()
    carrier = _segments(later.replace(b"\r\n", b"\r"))[-1].split(b"|")[5].split(b"^")[4]
    assert json.loads(base64.b64decode(carrier))["schema_version"] == HL7V2_RECORD_LAYOUT[3] == 3


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
    written = b'<valueInteger value="2"/>'
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


# -- layout 3: written only for a record carrying what it added --------------------------------------------------

PLACE = "Kept private: Jane Doe, 4 Elm Road"
"""discharge_details put in the payloads below: never echoed by a refusal."""


def _discharged(details: str = PLACE) -> medassess.Record:
    record = medassess.load_record(DISCHARGED)
    return record.replace(safeguarding=record.safeguarding.replace(discharge_details=details))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_record_with_discharge_details_is_written_in_layout_3_and_reads_back(kind: str) -> None:
    record = medassess.load_record(DISCHARGED)
    without = record.replace(
        safeguarding=record.safeguarding.replace(discharge_to="home-with-parents", discharge_details=None)
    )
    for variant in ("mdm", "oru") if kind == "hl7v2" else ("",):
        path = Path(f"x.{variant}.hl7" if variant else "x")
        written = _write(kind, record, path)
        assert _marker(kind, written) == 3
        assert _read(kind)(written) == record
        assert _write(kind, _read(kind)(written), path) == written
        assert _marker(kind, _write(kind, without, path)) == 2


@pytest.fixture
def limited_to_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The readers as a medassess that reads layouts 1 to 2 has them: the same tables without layout 3."""
    import medassess.formats.fhir.reader
    import medassess.formats.hl7v2.reader
    import medassess.record.io

    for module, name, layout in (
        (medassess.record.io, "RECORD_JSON", RECORD_JSON),
        (medassess.formats.fhir.reader, "FHIR_DOCUMENT", FHIR_DOCUMENT),
        (medassess.formats.hl7v2.reader, "HL7V2_MESSAGE", HL7V2_MESSAGE),
    ):
        monkeypatch.setattr(module, name, dataclasses.replace(layout, written=2, additions=layout.additions[:1]))


def _layout_3(kind: str, variant: str = "mdm") -> bytes:
    name = {"record": ".json", "fhir": ".json", "fhir-xml": ".xml", "hl7v2": f".{variant}.hl7"}[kind]
    return (FIXTURES / "3" / kind / f"{DISCHARGED.stem}{name}").read_bytes()


@pytest.mark.usefixtures("limited_to_2")
def test_a_reader_of_layouts_1_to_2_refuses_layout_3_by_its_number_where_it_is_named() -> None:
    where = {
        "record": "$.schema_version",
        "fhir": "Bundle.entry[0].resource.extension[0].valueInteger",
        "fhir-xml": "Bundle.entry[0].resource.extension[0].valueInteger",
        "hl7v2": "MSH-21(#1)",
    }
    for kind, layout in KINDS.items():
        with pytest.raises(InputError) as refused:
            _read(kind)(_layout_3(kind))
        assert refused.value.path == where[kind]
        assert refused.value.message == f"written in {layout.name} 3; this medassess reads 1 to 2"


def _claiming(kind: str, version: int) -> bytes:
    """The layout 3 payload relabelled as ``version`` (1: its layout named nowhere), still carrying the field."""
    content = _layout_3(kind)
    if kind == "record":
        data = json.loads(content)
        if version == 1:
            del data["schema_version"]
            data = {"schema_version": 1, **data}
        else:
            data["schema_version"] = version
        return orjson.dumps(data)
    if kind == "fhir":
        document = json.loads(content)
        extensions = document["entry"][0]["resource"]["extension"]
        assert extensions[0]["url"] == LAYOUT_URL
        if version == 1:
            del extensions[0]
        else:
            extensions[0]["valueInteger"] = version
        return orjson.dumps(document)
    if kind == "fhir-xml":
        marker = re.compile(
            rb'\s*<extension url="' + re.escape(LAYOUT_URL.encode()) + rb'">\s*<valueInteger value="3"/>\s*</extension>'
        )
        assert len(marker.findall(content)) == 1
        if version == 1:
            return marker.sub(b"", content)
        return content.replace(b'<valueInteger value="3"/>', f'<valueInteger value="{version}"/>'.encode(), 1)
    segments = _segments(content.replace(b"\r\n", b"\r"))
    fields = segments[-1].split(b"|")
    *head, data = fields[5].split(b"^")
    record = json.loads(base64.b64decode(data))
    if version == 1:
        del record["schema_version"]
    else:
        record["schema_version"] = version
    fields[5] = b"^".join([*head, base64.b64encode(orjson.dumps(record))])
    segments[-1] = b"|".join(fields)
    profile = b"" if version == 1 else f"MEDASSESS-HL7V2-LAYOUT-{version}^MEDASSESS".encode()
    return _with_msh21(b"\r".join(segments) + b"\r", profile)


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_payload_naming_an_earlier_layout_is_refused_at_the_field_layout_3_added(kind: str, version: int) -> None:
    content = _claiming(kind, version)
    assert _marker(kind, content) == version
    with pytest.raises(InputError) as refused:
        _read(kind)(content)
    field = "safeguarding.discharge_details"
    # Located at the field: the record's path, the FHIR Flag's sub-extension, the HL7 v2 record OBX and path.
    flag = r"Bundle\.entry\[\d+\]\.resource\.extension\[\d+\]\.extension\[\d+\]"
    where = {"record": rf"\$\.{field}", "fhir": flag, "fhir-xml": flag, "hl7v2": rf"OBX-5\(#\d+\) \$\.{field}"}[kind]
    assert refused.value.path is not None and re.fullmatch(where, refused.value.path)
    # Named by the layout it claims: the record's own layout where the HL7 v2 record names one.
    layout = RECORD_JSON if kind == "hl7v2" and version == 2 else KINDS[kind]
    assert refused.value.message == (
        f"was added in {layout.name} 3 ({layout.additions[1].what}); a payload of {layout.name} {version} cannot"
        " carry it"
    )
    assert "Jane" not in str(refused.value) and "Elm" not in str(refused.value)


def test_a_record_naming_no_layout_is_read_in_the_layout_its_fields_need() -> None:
    # Written by hand (every record medassess writes names its layout), so it is not held to layout 1: see
    # docs/compatibility.md. One naming layout 1 is (above).
    data = json.loads(_layout_3("record"))
    del data["schema_version"]
    record = parse_record(orjson.dumps(data))
    assert record == medassess.load_record(DISCHARGED) and record.schema_version == 3
    assert record_to_json(record) == _layout_3("record")


def test_the_record_written_is_never_in_a_layout_that_cannot_carry_it() -> None:
    record = _discharged()
    assert record_data(record)["schema_version"] == 3
    for version in (1, 2):
        with pytest.raises(ValueError, match=r"cannot carry safeguarding\.discharge_details"):
            record_data(record, version)


@pytest.mark.peer
def test_the_layout_3_payloads_pass_the_peer_validators(tmp_path: Path) -> None:
    fhir = tmp_path / "layout-3.json"
    fhir.write_bytes(_layout_3("fhir"))
    from_xml = tmp_path / "layout-3-from-xml.json"
    from_xml.write_bytes(orjson.dumps(xml_to_json(_layout_3("fhir-xml"))))
    assert_peer_valid("fhir-validate", [fhir, from_xml])
    assert_peer_valid("fhir-schema-validate", [fhir, from_xml])
    messages = []
    for variant in PROFILES:
        messages.append(tmp_path / f"layout-3.{variant}.hl7")
        messages[-1].write_bytes(_layout_3("hl7v2", variant))
    assert_peer_valid("hl7v2-validate", messages)
