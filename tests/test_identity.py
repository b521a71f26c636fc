"""Message identities: stable and unique per record version and recipient, made from nothing else.

Each recipient's payload carries its own MSH-10 (HL7 v2), Bundle.identifier and Bundle.id (FHIR) and MESH
local id; a resend carries the same; editing anything but the record id, the version and the recipient
changes none of them; and every addressed payload still reads back to the record.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import orjson
import pytest

import medassess
import medassess.formats.fhir.writer
from medassess import MappingError, Record, load_record
from medassess.formats.fhir.writer import DOCUMENT_ID_SYSTEM
from medassess.formats.hl7v2.writer import legacy_control_id
from medassess.formats.identity import document_identifier, hl7v2_control_id, mesh_local_id
from medassess.formats.registry import get_format
from medassess.sharing.share import local_id
from medassess.transports.mllp import message_control_id

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


def record(**changes: Any) -> Record:
    data = orjson.loads(EXAMPLE.read_bytes())
    for change in changes.pop("edits", ()):
        change(data)
    data.update(changes)
    return Record.model_validate(data)


def identities(rec: Record, recipient: str) -> dict[str, str]:
    hl7 = get_format("hl7v2").export(rec, recipient=recipient)
    bundle = orjson.loads(get_format("fhir-json").export(rec, recipient=recipient))
    return {
        "msh-10": message_control_id(hl7),
        "bundle-identifier": bundle["identifier"]["value"],
        "bundle-id": bundle["id"],
        "local-id": local_id(rec, recipient),
    }


def test_each_recipient_of_a_version_gets_its_own_identities_and_a_resend_the_same() -> None:
    rec = load_record(EXAMPLE)
    by_recipient = {r.id: identities(rec, r.id) for r in rec.recipients}
    assert len(by_recipient) == 4
    for kind in ("msh-10", "bundle-identifier", "bundle-id", "local-id"):
        assert len({ids[kind] for ids in by_recipient.values()}) == 4, kind
    assert by_recipient == {r.id: identities(load_record(EXAMPLE), r.id) for r in rec.recipients}
    hv = by_recipient["rcp-hv"]
    assert hv["bundle-identifier"] == f"{rec.record_id}-v1/rcp-hv"
    assert hv["local-id"] == f"{rec.record_id}-v1-rcp-hv"
    assert re.fullmatch(r"[0-9A-F]{20}", hv["msh-10"])
    assert hv["msh-10"] == hl7v2_control_id(rec.record_id, 1, "rcp-hv")


def _reroute_the_midwife(data: dict[str, Any]) -> None:
    midwife = next(r for r in data["recipients"] if r["id"] == "rcp-midwife")
    midwife["route"] = {"kind": "mllp", "host": "10.20.30.40", "port": 2575}
    midwife.pop("format", None)


def _reword_the_conclusion(data: dict[str, Any]) -> None:
    data["overall_conclusion"]["text"] += " Reviewed again with the midwife on the same day."


@pytest.mark.parametrize("edit", [_reroute_the_midwife, _reword_the_conclusion], ids=["route", "conclusion"])
def test_an_unrelated_edit_changes_no_identity(edit: Any) -> None:
    before = identities(load_record(EXAMPLE), "rcp-hv")
    after = identities(record(edits=[edit]), "rcp-hv")
    assert after == before
    # ... while the payload itself did change, so the identity is not the content.
    assert get_format("hl7v2").export(record(edits=[edit]), recipient="rcp-hv") != get_format("hl7v2").export(
        load_record(EXAMPLE), recipient="rcp-hv"
    )


def _amended(data: dict[str, Any]) -> None:
    data["version"] = 2
    data["status"] = "amended"
    data["amendment_reason"] = "The health visitor's team changed, so the record was reissued to them."


def test_another_version_or_record_changes_every_identity() -> None:
    first = identities(load_record(EXAMPLE), "rcp-hv")
    second = identities(record(edits=[_amended]), "rcp-hv")
    other = identities(record(record_id="4b6f1d3a-0c2e-4a59-8f7d-2e9b1c3d4f50"), "rcp-hv")
    for kind in first:
        assert len({first[kind], second[kind], other[kind]}) == 3, kind


def test_every_addressed_payload_reads_back_to_the_record() -> None:
    rec = load_record(EXAMPLE)
    for recipient in rec.recipients:
        for name in ("hl7v2", "fhir-json", "fhir-xml"):
            fmt = get_format(name)
            assert fmt.read(fmt.export(rec, recipient=recipient.id)) == rec, (name, recipient.id)


def test_an_unaddressed_export_keeps_its_identities() -> None:
    rec = load_record(EXAMPLE)
    bundle = orjson.loads(medassess.to_fhir_json(rec))
    assert bundle["identifier"] == {"system": DOCUMENT_ID_SYSTEM, "value": document_identifier(rec.record_id, 1, None)}
    assert bundle["identifier"]["value"] == f"{rec.record_id}-v1"
    assert message_control_id(medassess.to_hl7v2(rec)) == hl7v2_control_id(rec.record_id, 1, None)


def test_an_addressed_document_differs_from_the_export_only_in_its_identity() -> None:
    rec = load_record(EXAMPLE)
    plain = orjson.loads(medassess.to_fhir_json(rec))
    addressed = orjson.loads(medassess.to_fhir_json(rec, recipient="rcp-sw"))
    assert addressed["identifier"]["value"] == f"{rec.record_id}-v1/rcp-sw" and addressed["id"] != plain["id"]
    assert {**copy.deepcopy(addressed), "id": plain["id"], "identifier": plain["identifier"]} == plain
    assert list(addressed) == list(plain)  # the same key order: the same canonical bytes otherwise


def test_a_message_exported_before_message_identities_still_reads_back() -> None:
    rec = load_record(EXAMPLE)
    message = medassess.to_hl7v2(rec)
    legacy = message.replace(message_control_id(message).encode(), legacy_control_id(rec).encode(), 1)
    assert legacy != message
    assert medassess.read_hl7v2(legacy) == rec


def test_a_message_whose_control_id_is_another_records_is_refused() -> None:
    rec = load_record(EXAMPLE)
    message = medassess.to_hl7v2(rec, recipient="rcp-hv")
    stranger = hl7v2_control_id("another-record", 1, "rcp-hv")
    with pytest.raises(medassess.ReadError) as caught:
        medassess.read_hl7v2(message.replace(message_control_id(message).encode(), stranger.encode(), 1))
    assert caught.value.path == "MSH-10(#1)"


@pytest.mark.parametrize("name", ["hl7v2", "fhir-json", "fhir-xml"])
def test_only_the_records_own_recipients_can_be_addressed(name: str) -> None:
    with pytest.raises(MappingError, match="not one of this record's recipients"):
        get_format(name).export(load_record(EXAMPLE), recipient="mllp:10.0.0.1:2575")


def test_a_draft_is_never_addressed() -> None:
    rec = load_record(EXAMPLE)
    draft = medassess.build_bundle(rec, preliminary=True)
    with pytest.raises(MappingError, match="draft"):
        medassess.formats.fhir.writer.address(draft, rec, "rcp-hv")


def test_the_mesh_local_id_is_the_ledgers_local_id() -> None:
    rec = load_record(EXAMPLE)
    assert local_id(rec, "rcp-hv") == mesh_local_id(rec.record_id, rec.version, "rcp-hv")
