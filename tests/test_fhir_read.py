"""FHIR JSON read-back: export -> read -> export is byte-identical for every example and for generated
records whose every text field is hostile (markup, quotes, control characters, Unicode whitespace,
non-Latin scripts, very long text, empty and whitespace-only text); the generated documents also pass the
peer validators and fhir.resources. Tampered conclusions, foreign shapes and broken references are refused
with located errors; dm+d codes are accepted under either system URI."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medassess import (
    DMD_SYSTEM,
    SNOMED_SYSTEM,
    ReadError,
    Record,
    build_bundle,
    load_record,
    read_fhir_json,
    record_from_bundle,
    record_from_data,
    record_to_json,
    to_fhir_json,
)
from medassess.cli import main
from medassess.formats.fhir.writer import dumps, sniff, unchecked_bundle
from medassess.record.model import MAX_SHORT_TEXT
from tests.hostile import xml_characters
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


def _round_trip(record: Record) -> bytes:
    """Export, read back, check the record is unchanged and the second export identical; the first export.
    The mapping alone: generated and edited records may be ones the share gate refuses."""
    first = dumps(unchecked_bundle(record))
    back = read_fhir_json(first, source="bundle.json")
    assert record_to_json(back) == record_to_json(record)
    assert back == record
    assert dumps(unchecked_bundle(back)) == first
    return first


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_export_read_export_is_identical(example: Path) -> None:
    record = load_record(example)
    content = to_fhir_json(record)
    back = read_fhir_json(content, source="bundle.json")
    assert back == record
    assert to_fhir_json(back) == content


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_drafts_read_back_with_their_own_status(example: Path) -> None:
    record = load_record(example)
    back = record_from_bundle(build_bundle(record, preliminary=True))
    assert back == record


# -- property: every text field hostile -----------------------------------------------------------------------

_HOSTILE_PIECES = [
    "<",
    ">",
    "&",
    "&amp;",
    "<b>x</b>",
    "]]>",
    "<!--",
    '"',
    "'",
    "\\",
    "\t",
    "\r",
    "\n",
    "\r\n",
    " ",
    "  ",
    "\x7f",
    "\x85",
    "\x9f",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\u3000",
    "\ufeff",
    "\ufffd",
    "中文",
    "العربية",
    "עברית",
    "हिन्दी",
    "Ελληνικά",
    "😀",
    "e\u0301",
    "| ^ ~ \\ &",
    "${x}",
    "%s",
    "{{x}}",
    "'; DROP TABLE",
    "x" * 300,
]
# Characters XML 1.0 cannot carry are refused when a record is parsed (tests/test_one_validation.py).
_any = st.text(alphabet=xml_characters, max_size=10)
hostile = st.lists(st.sampled_from(_HOSTILE_PIECES) | _any, max_size=40).map("".join)
nonblank = hostile.filter(lambda s: bool(s.strip()))
short = hostile.map(lambda s: s[:MAX_SHORT_TEXT])  # names, numbers, displays: short texts
short_nonblank = short.filter(lambda s: bool(s.strip()))
_LONG_FREE = {
    "parenting_capacity", "safe_sleep", "summary", "neonatal_withdrawal_plan", "breastfeeding", "recommendations",
    "conclusion", "text", "sleeping_arrangements", "discharge_details", "justification",
}  # fmt: skip
very_long = st.integers(min_value=5_000, max_value=60_000).map(lambda n: ("Lång ✓ <&> " * n)[:n])

# Record fields that hold free text: optional ones may be any string, required ("Text") ones not blank.
_FREE = {
    "dose",
    "display",
    "relationship",
    "telephone",
    "prefix",
    "parenting_capacity",
    "safe_sleep",
    "summary",
    "neonatal_withdrawal_plan",
    "breastfeeding",
    "recommendations",
    "conclusion",
    "text",
    "sleeping_arrangements",
    "discharge_details",
    "justification",
    "workflow_id",
}
_NONBLANK = {"family", "description", "host"}


@st.composite
def records(draw: st.DrawFn) -> Record:
    data = orjson.loads(draw(st.sampled_from(EXAMPLES)).read_bytes())

    def walk(node: Any, parent: str) -> Any:
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            for key, value in node.items():
                if isinstance(value, str) and key in _FREE:
                    if key in {"conclusion", "text"}:
                        out[key] = draw(st.one_of(hostile, very_long))
                    else:
                        out[key] = draw(hostile if key in _LONG_FREE else short)
                elif isinstance(value, str) and (
                    key in _NONBLANK or (key == "name" and parent in {"medicines", "organisation"})
                ):
                    out[key] = draw(short_nonblank)
                elif key == "given" and isinstance(value, list):
                    out[key] = draw(st.lists(short_nonblank, max_size=3))
                else:
                    out[key] = walk(value, key)
            return out
        if isinstance(node, list):
            return [walk(item, parent) for item in node]
        return node

    return record_from_data(walk(data, "$"))


def test_generated_records_with_hostile_text_round_trip_and_validate() -> None:
    produced: list[bytes] = []

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(records())
    def round_trip(record: Record) -> None:
        content = _round_trip(record)
        Bundle.model_validate(orjson.loads(content))
        if len(produced) < 12:
            produced.append(content)

    round_trip()
    # The peer validators start once over a sample of the generated documents, to keep the suite fast.
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for i, content in enumerate(produced):
            files.append(Path(folder) / f"generated-{i}.json")
            files[-1].write_bytes(content)
        assert_peer_valid("fhir-validate", files)
        assert_peer_valid("fhir-schema-validate", files)


def test_exact_text_is_kept_where_fhir_cannot_hold_it() -> None:
    data = orjson.loads(METHADONE.read_bytes())
    data["medicines"][0]["dose"] = ""
    data["assessments"][0]["conclusion"] = "line\x85break\u00a0"
    data["lawful_basis"]["justification"] = " "
    record = record_from_data(data)
    bundle = unchecked_bundle(record)
    statement = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "MedicationStatement")
    assert statement["dosage"][0]["text"] == "\ufffd"
    assert statement["dosage"][0]["_text"]["extension"][0]["url"].endswith("/empty-text")
    _round_trip(record)


# -- refusals -------------------------------------------------------------------------------------------------


def _methadone_bundle() -> dict[str, Any]:
    return build_bundle(load_record(METHADONE))


def test_changed_conclusions_are_refused() -> None:
    bundle = _methadone_bundle()
    impression = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "ClinicalImpression")
    impression["summary"] += " Edited later."
    with pytest.raises(ReadError, match="SHA-256"):
        record_from_bundle(bundle, source="tampered.json")


def test_a_broken_reference_is_located() -> None:
    bundle = _methadone_bundle()
    bundle["entry"][0]["resource"]["subject"]["reference"] = "urn:uuid:00000000-0000-0000-0000-000000000000"
    with pytest.raises(ReadError) as caught:
        record_from_bundle(bundle, source="broken.json")
    assert caught.value.path == "Bundle.entry[0].resource.subject"
    assert caught.value.source == "broken.json"


@pytest.mark.parametrize("key", ["given", "prefix"])
def test_a_name_part_that_is_not_a_list_is_refused_not_read_letter_by_letter(key: str) -> None:
    """``given: "Jane"`` once read back as the given names J, a, n, e (found by the fuzz harness)."""
    bundle = _methadone_bundle()
    index = next(i for i, e in enumerate(bundle["entry"]) if e["resource"]["resourceType"] == "Patient")
    bundle["entry"][index]["resource"]["name"][0][key] = "Jane"
    with pytest.raises(ReadError, match=f"expected `{key}` to be a list of strings") as caught:
        record_from_bundle(bundle, source="named.json")
    assert caught.value.path == f"Bundle.entry[{index}].resource"
    assert "Jane" not in str(caught.value)


def test_dmd_codes_are_accepted_under_the_snomed_system() -> None:
    bundle = _methadone_bundle()
    for entry in bundle["entry"]:
        for coding in entry["resource"].get("medicationCodeableConcept", {}).get("coding", []):
            coding["system"] = SNOMED_SYSTEM
    record = record_from_bundle(bundle)
    assert record.medicines[1].code is not None and record.medicines[1].code.system == DMD_SYSTEM
    assert record == load_record(METHADONE)


def test_an_invalid_record_inside_is_refused_with_its_path() -> None:
    bundle = _methadone_bundle()
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    patient["birthDate"] = "1996-02-30"
    with pytest.raises(ReadError) as caught:
        record_from_bundle(bundle, source="x.json")
    assert caught.value.path == "$.mother.birth_date"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"[]",
        b'{"resourceType": "Patient"}',
        b'{"resourceType": "Bundle", "type": "collection"}',
        b'{"resourceType": "Bundle", "type": "document", "entry": [{"fullUrl": "a", "resource": {}}]}',
    ],
)
def test_content_that_is_not_a_medassess_document_is_refused(content: bytes) -> None:
    with pytest.raises(ReadError):
        read_fhir_json(content, source="x.json")


def test_sniff() -> None:
    assert sniff(to_fhir_json(load_record(METHADONE)))
    assert not sniff(METHADONE.read_bytes())
    assert not sniff(b"MSH|^~\\&|")
    assert not sniff(b"<Bundle/>")


# -- CLI --------------------------------------------------------------------------------------------------------


def test_cli_read_prints_the_record(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    exported = tmp_path / "bundle.json"
    exported.write_bytes(to_fhir_json(load_record(METHADONE)))
    assert main(["read", str(exported)]) == 0
    assert capsysbinary.readouterr().out == record_to_json(load_record(METHADONE))
    out = tmp_path / "record.json"
    assert main(["read", str(exported), "--out", str(out)]) == 0
    assert load_record(out) == load_record(METHADONE)


def test_cli_read_refuses_what_it_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(METHADONE)]) == 2  # a record file, not an export
    assert "not a recognised export format" in capsys.readouterr().err
    assert main(["read", str(tmp_path / "missing.json")]) == 2


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*path, i))
    return out


_BUNDLE = build_bundle(load_record(METHADONE))
_PATHS = [p for p in _paths(_BUNDLE) if p]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PATHS), st.sampled_from([None, 0, -1, "", "x", [], {}, True, "delete"])),
        min_size=1,
        max_size=3,
    )
)
def test_a_damaged_document_is_read_or_refused_never_a_crash(damage: list[tuple[tuple[Any, ...], Any]]) -> None:
    bundle = orjson.loads(orjson.dumps(_BUNDLE))
    for path, value in damage:
        holder: Any = bundle
        try:
            for step in path[:-1]:
                holder = holder[step]
            if value == "delete":
                del holder[path[-1]]
            else:
                holder[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    try:
        record_from_bundle(bundle, source="damaged.json")
    except ReadError as exc:
        assert exc.source == "damaged.json"


# -- a medicine's status where its dates do not say it (GP Connect imports) ------------------------------------------


def _with_methadone(**changes: Any) -> Record:
    data = orjson.loads(METHADONE.read_bytes())
    data["medicines"][0].update(changes)
    return record_from_data(data)


def _methadone_statement(record: Record) -> dict[str, Any]:
    bundle = unchecked_bundle(record)
    identifier = record.medicines[0].id
    return next(
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "MedicationStatement"
        and e["resource"]["identifier"][0]["value"] == identifier
    )


@pytest.mark.parametrize(
    ("changes", "fhir_status", "end"),
    [
        ({"status": "completed"}, "completed", None),
        ({"status": "completed", "stopped": "2026-01-31"}, "completed", "2026-01-31"),
        ({"status": "stopped"}, "stopped", None),
        ({"status": "active", "stopped": "2099-01-31"}, "active", "2099-01-31"),
        ({"stopped": "2026-01-31"}, "stopped", "2026-01-31"),
        ({}, "active", None),
    ],
)
def test_a_medicine_status_is_exported_and_read_back(
    changes: dict[str, Any], fhir_status: str, end: str | None
) -> None:
    record = _with_methadone(**changes)
    statement = _methadone_statement(record)
    assert statement["status"] == fhir_status
    assert statement.get("effectivePeriod", {}).get("end") == end
    _round_trip(record)


@pytest.mark.parametrize(
    "changes", [{"status": "active"}, {"status": "stopped", "stopped": "2026-01-31"}], ids=["active", "stopped"]
)
def test_a_status_the_dates_already_say_is_not_kept_twice(changes: dict[str, Any]) -> None:
    assert _with_methadone(**changes).medicines[0].status is None


def test_a_completed_medicine_says_so_in_the_narrative() -> None:
    bundle = unchecked_bundle(_with_methadone(status="completed"))
    section = next(
        s
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Composition"
        for s in e["resource"]["section"]
        if "completed" in s["text"]["div"]
    )
    assert section is not None
