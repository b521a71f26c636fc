"""FHIR R4 (UK Core) document export: golden Bundles per example, accepted by the peer validators
(fhir-validate with the UK Core snapshots, fhir-schema-validate with the official R4 JSON schema) and by
fhir.resources (R4B); the document's shape, codes, security labels and conclusions hash; deterministic bytes;
the share gate before every export; preliminary drafts.

Golden files live in tests/golden/fhir/<example>.json. After an intended change to the mapping, regenerate
them with ``MEDASSESS_UPDATE_GOLDEN=1 pytest tests/test_fhir_export.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.bundle import Bundle

import medassess
import medassess.formats.fhir.writer
from medassess import DMD_SYSTEM, ShareGateRefused, build_bundle, load_record, record_from_data, to_fhir_json
from medassess.cli import main
from medassess.formats.fhir.writer import unchecked_bundle
from medassess.formats.narrative import PRELIMINARY_NOTICE
from medassess.formats.registry import detect_format, get_format
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "fhir"
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))
FAILING = sorted((ROOT / "examples" / "fail").glob("*.json"))
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
DRAFT = ROOT / "examples" / "fail" / "antenatal-methadone-draft-not-attested.json"
UKCORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"


def _bundle(path: Path, **kwargs: Any) -> dict[str, Any]:
    return build_bundle(load_record(path), **kwargs)


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _by_ref(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


def _hostile_record() -> medassess.Record:
    data = orjson.loads(METHADONE.read_bytes())
    data["overall_conclusion"]["text"] = "<script>alert('x')</script> & \"quoted\" \x85\u00a0中文 " + "long " * 2000
    data["assessments"][0]["conclusion"] = "  leading and trailing  "
    data["medicines"][0]["dose"] = ""
    data["mother"]["name"]["given"] = ["Jo\u2028die", "Ann"]
    data["safeguarding"]["sleeping_arrangements"] = "\t"
    return record_from_data(data)


def test_examples_are_found() -> None:
    assert len(EXAMPLES) >= 2 and METHADONE in EXAMPLES
    assert DRAFT in FAILING


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_export_matches_golden_file(example: Path) -> None:
    produced = to_fhir_json(load_record(example))
    golden = GOLDEN / f"{example.stem}.json"
    if os.environ.get("MEDASSESS_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced)
    assert golden.exists(), f"{golden} is missing: run with MEDASSESS_UPDATE_GOLDEN=1 and review it"
    assert produced == golden.read_bytes()


@pytest.mark.peer
def test_every_output_passes_the_peer_validators(tmp_path: Path) -> None:
    files = []
    for example in EXAMPLES:
        files.append(tmp_path / f"{example.stem}.json")
        files[-1].write_bytes(to_fhir_json(load_record(example)))
    for name, content in (
        ("draft.preliminary.json", to_fhir_json(load_record(DRAFT), preliminary=True)),
        ("hostile.json", medassess.formats.fhir.writer.dumps(unchecked_bundle(_hostile_record()))),
    ):
        files.append(tmp_path / name)
        files[-1].write_bytes(content)
    assert_peer_valid("fhir-validate", files)
    assert_peer_valid("fhir-schema-validate", files)


@pytest.mark.peer
def test_the_peer_validator_checks_the_claimed_profiles(tmp_path: Path) -> None:
    # Proof that the clean result above means something: break a UK Core constraint and it is reported.
    bundle = _bundle(METHADONE)
    del _resources(bundle, "Patient")[0]["identifier"][0]["value"]
    path = tmp_path / "broken.json"
    path.write_bytes(orjson.dumps(bundle))
    from tests.peers import assert_peer_invalid

    assert "UKCore-Patient" in assert_peer_invalid("fhir-validate", [path])


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_fhir_resources_accepts_every_export(example: Path) -> None:
    parsed = Bundle.model_validate(orjson.loads(to_fhir_json(load_record(example))))
    assert parsed.type == "document" and parsed.entry and parsed.entry[0].resource is not None
    assert parsed.entry[0].resource.__resource_type__ == "Composition"


def test_fhir_resources_accepts_hostile_text_and_drafts() -> None:
    Bundle.model_validate(unchecked_bundle(_hostile_record()))
    Bundle.model_validate(_bundle(DRAFT, preliminary=True))


def test_document_shape() -> None:
    record = load_record(METHADONE)
    bundle = build_bundle(record)
    assert bundle["type"] == "document"
    assert bundle["identifier"] == {
        "system": "https://medassess.uk/Id/record-document",
        "value": f"{record.record_id}-v1",
    }
    assert bundle["timestamp"] == record.updated.isoformat()
    composition = bundle["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["identifier"] == {"system": "https://medassess.uk/Id/record", "value": record.record_id}
    assert composition["status"] == "final" and composition["title"] and composition["confidentiality"] == "R"
    assert [s["code"]["coding"][0]["code"] for s in composition["section"]] == [
        "pregnancy-status",
        "medications-and-medical-devices",
        "assessments",
        "clinical-summary",
        "safeguarding",
        "distribution-list",
    ]
    for section in composition["section"]:
        assert section["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    for kind in (
        "Patient",
        "Practitioner",
        "PractitionerRole",
        "Organization",
        "MedicationStatement",
        "Observation",
        "ClinicalImpression",
        "Flag",
        "Consent",
        "Provenance",
    ):
        assert kind in kinds, kind
    assert len(_resources(bundle, "MedicationStatement")) == len(record.medicines)
    assert len(_resources(bundle, "ClinicalImpression")) == len(record.assessments) + 1


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def test_every_reference_resolves_and_ids_match_full_urls() -> None:
    for example in EXAMPLES:
        bundle = _bundle(example)
        refs = _by_ref(bundle)
        for full_url, resource in refs.items():
            assert full_url == f"urn:uuid:{resource['id']}"
            uuid.UUID(resource["id"])
        references = [o["reference"] for o in _objects(bundle) if isinstance(o.get("reference"), str)]
        assert references and set(references) <= refs.keys(), example.stem


def test_profiles_identifiers_and_codes() -> None:
    bundle = _bundle(METHADONE)
    for resource in (e["resource"] for e in bundle["entry"]):
        if resource["resourceType"] != "ClinicalImpression":  # UK Core has no ClinicalImpression profile
            assert resource["meta"]["profile"] == [UKCORE + resource["resourceType"]]
    patient = _by_ref(bundle)[bundle["entry"][0]["resource"]["subject"]["reference"]]
    assert patient["identifier"] == [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9990001111"}]
    registrations = {i["system"] for p in _resources(bundle, "Practitioner") for i in p.get("identifier", [])}
    assert registrations == {"https://fhir.hl7.org.uk/Id/gmc-number"}
    ods = {i["system"] for o in _resources(bundle, "Organization") for i in o["identifier"]}
    assert ods == {"https://fhir.nhs.uk/Id/ods-organization-code"}
    sertraline = _resources(bundle, "MedicationStatement")[1]
    assert sertraline["medicationCodeableConcept"]["coding"][0]["system"] == DMD_SYSTEM
    codes = {o["code"]["coding"][0]["code"] for o in _resources(bundle, "Observation")}
    assert {"738070007", "226081000000107", "pregnancy-stage", "infant-feeding"} <= codes
    gestation = next(
        o for o in _resources(bundle, "Observation") if o["code"]["coding"][0]["code"] == "226081000000107"
    )
    assert gestation["valueQuantity"]["value"] == 29 * 7 + 2


def test_safeguarding_content_carries_security_labels() -> None:
    bundle = _bundle(METHADONE)
    restricted = {
        "system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
        "code": "R",
        "display": "restricted",
    }
    assert restricted in bundle["meta"]["security"]
    assert restricted in bundle["entry"][0]["resource"]["meta"]["security"]
    flag = _resources(bundle, "Flag")[0]
    assert restricted in flag["meta"]["security"]
    assert flag["code"]["coding"][0]["code"] == "375041000000100"  # family member subject of a child protection plan

    quiet = _bundle(ROOT / "examples" / "pass" / "nothing-concerning-postnatal.json")
    assert quiet["entry"][0]["resource"]["confidentiality"] == "N"
    assert quiet["meta"]["security"][0]["code"] == "N"


def test_provenance_hash_is_the_documented_sha256_of_the_written_conclusions() -> None:
    record = load_record(METHADONE)
    bundle = build_bundle(record)
    provenance = _resources(bundle, "Provenance")[0]
    # An independent implementation of the definition in docs/fhir-mapping.md, with the standard library.
    pairs: list[list[str | None]] = [[a.id, a.conclusion] for a in record.assessments if a.conclusion is not None]
    assert record.overall_conclusion is not None
    pairs.append([None, record.overall_conclusion.text])
    expected = hashlib.sha256(json.dumps(pairs, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()
    assert provenance["extension"][0] == {
        "url": "https://medassess.uk/fhir/StructureDefinition/conclusions-sha256",
        "valueString": expected,
    }
    assert medassess.conclusions_sha256(record) == expected
    composition_ref = bundle["entry"][0]["fullUrl"]
    assert provenance["target"][0] == {"reference": composition_ref}
    assert len(provenance["target"]) == 1 + len(record.assessments) + 1


def test_export_is_deterministic_and_ids_follow_the_version() -> None:
    record = load_record(METHADONE)
    assert to_fhir_json(record) == to_fhir_json(record)
    newer = record.model_copy(update={"version": 2})
    ids_v1 = {e["resource"]["id"] for e in build_bundle(record)["entry"]}
    ids_v2 = {e["resource"]["id"] for e in build_bundle(newer)["entry"]}
    assert not ids_v1 & ids_v2


def test_practitioner_ids_are_hashed_from_what_pydantic_dumps() -> None:
    # The writer has orjson read a clinician's fields from its attributes rather than model_dump (a third of the
    # fast path's cost); the key an id is hashed from must stay what model_dump gives, or re-sends change ids.
    writer = medassess.formats.fhir.writer
    people = [
        c
        for path in EXAMPLES + FAILING
        for r in [load_record(path)]
        for c in [a.author for a in r.assessments]
        + [r.overall_conclusion.author if r.overall_conclusion else None, r.attestation.by if r.attestation else None]
        if c is not None
    ]
    assert people
    for c in people:
        # Compared as bytes: the key order is part of the key.
        assert orjson.dumps(c, default=writer._given_fields) == orjson.dumps(c.model_dump(exclude_none=True))
        expected = [part.model_dump() if part else None for part in (c.name, c.registration)]
        assert orjson.dumps([c.name, c.registration], default=writer._fields) == orjson.dumps(expected)


def test_narrative_escapes_markup() -> None:
    bundle = unchecked_bundle(_hostile_record())
    divs = "".join(s["text"]["div"] for s in bundle["entry"][0]["resource"]["section"])
    # Markup is escaped; quotes are element text, which needs no escaping (the form XML serialisers write).
    assert "<script" not in divs and "&lt;script&gt;" in divs and '"quoted"' in divs
    assert "\x85" not in divs


def test_text_is_kept_as_is_exactly_where_fhir_and_xml_allow_every_character() -> None:
    # The writer's one character class, against the rule as the R4 specification writes it ([ \r\n\t\S]) and the
    # characters XML cannot carry, over every code point.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    rule = re.compile("[^ \r\n\t\\S]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
    assert medassess.formats.fhir.writer._UNSAFE.findall(every) == rule.findall(every)
    # The writer takes printable text as writable without the scan: sound only while str.isprintable() refuses
    # every character the class names.
    assert not [c for c in rule.findall(every) if c.isprintable()]


def test_the_share_gate_refuses_before_anything_is_built() -> None:
    for example in FAILING:
        with pytest.raises(ShareGateRefused) as caught:
            to_fhir_json(load_record(example))
        assert caught.value.issues


def test_a_draft_is_exported_only_when_asked_and_never_as_final() -> None:
    record = load_record(DRAFT)
    with pytest.raises(ShareGateRefused):
        to_fhir_json(record)
    bundle = orjson.loads(to_fhir_json(record, preliminary=True))
    composition = bundle["entry"][0]["resource"]
    assert composition["status"] == "preliminary"
    assert "not for sharing" in composition["title"]
    assert all(PRELIMINARY_NOTICE in s["text"]["div"] for s in composition["section"])
    assert bundle["identifier"]["value"].endswith("-preliminary")
    # Even a final record exported as a draft is preliminary, never final.
    final = build_bundle(load_record(METHADONE), preliminary=True)
    assert final["entry"][0]["resource"]["status"] == "preliminary"


def test_registered_as_a_payload_format() -> None:
    fmt = get_format("fhir-json")
    content = fmt.export(load_record(METHADONE))
    assert content == to_fhir_json(load_record(METHADONE))
    assert detect_format(content).name == "fhir-json"
    assert fmt.suffix == ".json" and fmt.media_type == "application/fhir+json"


def test_cli_export_writes_one_file_per_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["export", str(ROOT / "examples" / "pass"), "--to", "fhir-json", "--out", str(out)]) == 0
    for example in EXAMPLES:
        record = load_record(example)
        written = out / f"{record.record_id}-v{record.version}.json"
        assert written.read_bytes() == to_fhir_json(record)
    assert len(list(out.iterdir())) == len(EXAMPLES)
    assert capsys.readouterr().out.count("\n") == len(EXAMPLES)


def test_cli_export_refuses_a_failing_record_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["export", str(DRAFT), str(METHADONE), "--to", "fhir-json", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{DRAFT}: $.status: MA001" in err
    assert "Jodie" not in err and "9990001111" not in err
    written = [p.name for p in out.iterdir()]
    assert written == [f"{load_record(METHADONE).record_id}-v1.json"]  # the other record is still exported


def test_cli_export_preliminary(tmp_path: Path) -> None:
    assert main(["export", str(DRAFT), "--to", "fhir-json", "--out", str(tmp_path), "--preliminary"]) == 0
    (written,) = tmp_path.iterdir()
    assert written.name.endswith("-v1-preliminary.json")
    assert orjson.loads(written.read_bytes())["entry"][0]["resource"]["status"] == "preliminary"


def test_cli_export_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["export", str(bad), "--to", "fhir-json", "--out", str(tmp_path / "out")]) == 2
    assert str(bad) in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_resource_ids_are_standard_uuid5() -> None:
    from medassess.formats.fhir.writer import _ID_NAMESPACE, uuid5

    for name in ("", "c9f4b2e0|1|Patient|mother", 'r|2|PractitionerRole|clinician|{"name":"中文"}'):
        assert uuid5(name) == str(uuid.uuid5(_ID_NAMESPACE, name))


def test_every_local_code_in_an_export_is_documented() -> None:
    documented = set()
    for line in (ROOT / "docs" / "local-codes.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            documented.add(line.split("`")[1])
    used = {
        o["code"]
        for example in EXAMPLES
        for o in _objects(_bundle(example))
        if o.get("system") == medassess.LOCAL_SYSTEM
    }
    from medassess.formats.fhir import writer as _fhir

    for table in (_fhir.CLINICIAN_ROLES, _fhir.RECIPIENT_ROLES, _fhir.STAGES, _fhir.FLAG_CODES, _fhir.LAWFUL_BASES):
        used |= {code for system, code, _ in table.values() if system == medassess.LOCAL_SYSTEM}
    assert used and used <= documented, sorted(used - documented)


def test_a_code_fhir_cannot_carry_is_refused_with_its_path() -> None:
    # Refused when the record is parsed (tests/test_one_validation.py); the exporter's own check stays as a
    # cheap guard, reached only by a record built without validation.
    data = orjson.loads(METHADONE.read_bytes())
    data["medicines"][1]["code"]["code"] = "3970 4111"
    data["medicines"][1]["code"]["system"] = "urn:local codes"
    with pytest.raises(medassess.RecordError) as refused:
        record_from_data(data)
    assert refused.value.path == "$.medicines[1].code.system"
    record = load_record(METHADONE)
    medicine = record.medicines[1]
    assert medicine.code is not None
    odd = medicine.code.model_copy(update={"code": "3970 4111", "system": "urn:local codes"})
    medicines = [record.medicines[0], medicine.model_copy(update={"code": odd})]
    unchecked = record.model_copy(update={"medicines": medicines})
    with pytest.raises(medassess.MappingError) as caught:
        build_bundle(unchecked)
    assert caught.value.path == "$.medicines[1].code.system"


def test_a_utc_offset_fhir_cannot_carry_is_refused_with_its_path() -> None:
    data = orjson.loads(METHADONE.read_bytes())
    data["updated"] = "2026-03-02T16:40:00+15:00"
    with pytest.raises(medassess.RecordError) as refused:
        record_from_data(data)
    assert refused.value.path == "$.updated"
    unchecked = load_record(METHADONE).model_copy(
        update={"updated": dt.datetime(2026, 3, 2, 16, 40, tzinfo=dt.timezone(dt.timedelta(hours=15)))}
    )
    with pytest.raises(medassess.MappingError) as caught:
        build_bundle(unchecked)
    assert caught.value.path == "$.updated"
    data["updated"] = "2026-03-02T16:40:00+14:00"
    assert build_bundle(record_from_data(data))["timestamp"] == "2026-03-02T16:40:00+14:00"


def test_editing_one_bundle_leaves_the_next_unchanged() -> None:
    # Every dict in a Bundle is its own: an integrator editing what build_bundle returned (found by the
    # document property test in tests/test_one_validation.py) must not change the documents built after it.
    record = load_record(METHADONE)
    before = medassess.formats.fhir.writer.dumps(unchecked_bundle(record))
    edited = unchecked_bundle(record)
    for entry in edited["entry"]:
        for security in entry["resource"].get("meta", {}).get("security", []):
            security["code"] = "edited"
    edited["meta"]["security"][0]["code"] = "edited"

    def edit(node: Any) -> int:
        if isinstance(node, list):
            return sum(edit(item) for item in node)
        if not isinstance(node, dict):
            return 0
        found = int(str(node.get("url", "")).endswith("/empty-text"))
        if found:
            node["url"] = "edited"
        return found + sum(edit(value) for value in node.values())

    assert edit(unchecked_bundle(_hostile_record())) >= 1
    assert medassess.formats.fhir.writer.dumps(unchecked_bundle(record)) == before
    assert b"edited" not in medassess.formats.fhir.writer.dumps(unchecked_bundle(_hostile_record()))


@pytest.mark.peer
def test_a_labelled_telephone_with_a_note_and_a_second_number_stays_valid(tmp_path: Path) -> None:
    """MA311 passes a value holding its number with a label, a note or a second number; the FHIR ContactPoint
    carries it as written, and the peer validators accept it."""
    data = orjson.loads(METHADONE.read_bytes())
    telephone = "Duty desk: 01632 960123 (Mon-Fri 9-5) or 07700 900456"
    data["safeguarding"]["social_worker"]["telephone"] = telephone
    record = record_from_data(data)
    assert not [i for i in medassess.check(record) if i.code == "MA311"]
    bundle = build_bundle(record)
    phones = [t["value"] for r in _resources(bundle, "PractitionerRole") for t in r.get("telecom", [])]
    assert phones == [telephone]
    path = tmp_path / "labelled-telephone.json"
    path.write_bytes(to_fhir_json(record))
    assert_peer_valid("fhir-validate", [path])
    assert_peer_valid("fhir-schema-validate", [path])
