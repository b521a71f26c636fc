"""Real instances written by others, through medassess's parsing layer.

- Every HL7 UK Core example (R4) goes JSON -> XML -> JSON exactly, and fhir.resources' own XML reader (code
  nobody here wrote) reads our XML to the same resource as the original JSON.
- A FHIR Bundle that is not a medassess assessment document is refused by the record reader with a clear
  ReadError, never a traceback.
- The GP Connect medications response (STU3) pre-fills medicines; the R4 XML converter refuses it, plainly.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B import get_fhir_model_class

from medassess import (
    DMD_SYSTEM,
    MappingError,
    ReadError,
    medicines_from_gp_connect,
    read_fhir_json,
    read_gp_connect_medicines,
)
from medassess.formats.fhir.xml import json_to_xml, xml_to_json
from tests.peers import SHARED

REFERENCE = SHARED / "reference"
UKCORE_EXAMPLES = sorted((REFERENCE / "ukcore" / "examples").glob("*.json"))
GP_CONNECT_MEDS = REFERENCE / "gpconnect" / "gpconnect-1.6.2_meds_response.json"


def _load(path: Path) -> Any:
    return orjson.loads(path.read_bytes())


def test_the_reference_examples_are_there() -> None:
    assert len(UKCORE_EXAMPLES) >= 40


@pytest.mark.parametrize("path", UKCORE_EXAMPLES, ids=[p.stem for p in UKCORE_EXAMPLES])
def test_ukcore_example_round_trips_exactly_through_xml(path: Path) -> None:
    resource = _load(path)
    xml = json_to_xml(resource)
    assert xml_to_json(xml, source=path.name) == resource
    assert json_to_xml(xml_to_json(xml)) == xml


@pytest.mark.parametrize("path", UKCORE_EXAMPLES, ids=[p.stem for p in UKCORE_EXAMPLES])
def test_fhir_resources_reads_our_xml_as_the_same_resource(path: Path) -> None:
    resource = _load(path)
    model = get_fhir_model_class(resource["resourceType"])
    from_json = model.model_validate(resource).model_dump(mode="json")
    from_xml = model.model_validate_xml(json_to_xml(resource)).model_dump(mode="json")
    assert from_xml == from_json


def test_xml_keeps_primitive_extensions_and_nulls_in_primitive_arrays() -> None:
    patient = {
        "resourceType": "Patient",
        "name": [
            {"given": ["Ann", None], "_given": [None, {"id": "g2", "extension": [{"url": "urn:x", "valueCode": "z"}]}]}
        ],
        "_birthDate": {"extension": [{"url": "urn:absent", "valueCode": "unknown"}]},
    }
    xml = json_to_xml(patient)
    assert b'<given id="g2">' in xml
    assert b'<birthDate>\n    <extension url="urn:absent">' in xml
    assert xml_to_json(xml) == patient


UKCORE_BUNDLES = [p for p in UKCORE_EXAMPLES if p.name.startswith("UKCore-Bundle-")]


@pytest.mark.parametrize("path", UKCORE_BUNDLES, ids=[p.stem for p in UKCORE_BUNDLES])
def test_a_non_medassess_bundle_is_refused_the_same_way_from_json_and_xml(path: Path) -> None:
    from medassess.formats.registry import detect_format

    refusals = []
    for content in (path.read_bytes(), json_to_xml(_load(path))):
        with pytest.raises(ReadError) as caught:
            detect_format(content).read(content, source=path.name)
        refusals.append(caught.value)
    assert [(e.source, e.path, e.message) for e in refusals] == [
        (path.name, "Bundle.type", "not a medassess assessment document: expected a FHIR document Bundle")
    ] * 2


# GP Connect (STU3): what an integrator receives from a GP system today.


def test_gp_connect_statements_become_medicines_with_normalised_dmd_codes() -> None:
    read = read_gp_connect_medicines(_load(GP_CONNECT_MEDS), source=GP_CONNECT_MEDS.name)
    # The two amoxicillin statements (same code, dose and day) are one medicine, as a clinician reads the list.
    assert [m.statement_ids for m in read] == [
        ("6bff710a-0bdc-4c9b-b98b-40db0a107edc", "985eba1d-e4fd-41ad-90aa-f840dff453d9"),
        ("791ceb40-db0a-491d-ab0f-22f5a08509fd",),
    ]
    aspirin = read[1]
    assert aspirin.status == "active"
    assert aspirin.last_issued == dt.date(2016, 9, 11)
    medicine = aspirin.medicine
    assert medicine.id == "791ceb40-db0a-491d-ab0f-22f5a08509fd"
    assert medicine.code is not None
    # The file codes dm+d under http://snomed.info/sct; the record keeps the UK Core system.
    assert (medicine.code.system, medicine.code.code) == (DMD_SYSTEM, "319773006")
    assert medicine.name == "Aspirin 75mg dispersible tablets"
    assert medicine.dose == "TAKE ONE DAILY"
    assert medicine.started == dt.date(2016, 8, 11)
    assert medicine.stopped is None
    assert medicine.prescriber is not None
    assert medicine.prescriber.kind == "gp-practice"
    assert medicine.prescriber.organisation is not None
    assert (medicine.prescriber.organisation.ods_code, medicine.prescriber.organisation.name) == (
        "O001",
        "The Trevelyan Practice",
    )


def test_gp_connect_completed_acute_prescription() -> None:
    amoxicillin = read_gp_connect_medicines(_load(GP_CONNECT_MEDS))[0]
    assert amoxicillin.status == "completed"
    assert amoxicillin.last_issued == dt.date(2016, 5, 10)
    assert amoxicillin.medicine.started == dt.date(2016, 5, 10)  # effectiveDateTime
    assert amoxicillin.medicine.code is not None
    assert amoxicillin.medicine.code.code == "323509004"
    assert amoxicillin.medicine.name == "Amoxicillin 250mg capsules"


def test_medicines_from_gp_connect_prefill_a_record(passing_examples: list[Path]) -> None:
    from medassess import load_record

    medicines = medicines_from_gp_connect(_load(GP_CONNECT_MEDS))
    record = load_record(passing_examples[0])
    prefilled = record.model_copy(update={"medicines": medicines, "assessments": []})
    assert type(record).model_validate(prefilled.model_dump()).medicines == medicines


def test_gp_connect_leaves_out_entered_in_error_and_refuses_dangling_references() -> None:
    bundle = _load(GP_CONNECT_MEDS)
    statements = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "MedicationStatement"]
    statements[0]["status"] = "entered-in-error"
    assert len(medicines_from_gp_connect(bundle)) == 2
    statements[1]["medicationReference"]["reference"] = "Medication/missing"
    with pytest.raises(ReadError, match="refers to a resource the bundle does not contain") as caught:
        medicines_from_gp_connect(bundle, source="gpc.json")
    assert caught.value.path == "Bundle.entry[6].resource.medicationReference"


def test_gp_connect_partial_dates_are_not_given_a_day() -> None:
    bundle = _load(GP_CONNECT_MEDS)
    aspirin = next(
        e["resource"] for e in bundle["entry"] if e["resource"].get("id") == "791ceb40-db0a-491d-ab0f-22f5a08509fd"
    )
    aspirin["effectivePeriod"] = {"start": "2016-08"}
    assert medicines_from_gp_connect(bundle)[1].started is None


def test_not_a_bundle_is_refused() -> None:
    with pytest.raises(ReadError, match="not a GP Connect structured record"):
        medicines_from_gp_connect({"resourceType": "Patient"}, source="p.json")


def test_stu3_gp_connect_bundle_is_refused_by_the_r4_xml_converter_naming_the_element() -> None:
    with pytest.raises(MappingError, match="is not an element of MedicationStatement") as caught:
        json_to_xml(_load(GP_CONNECT_MEDS))
    assert caught.value.path is not None
    assert caught.value.path.endswith(".taken")  # STU3's MedicationStatement.taken is gone in R4


@pytest.mark.parametrize("path", UKCORE_EXAMPLES, ids=[p.stem for p in UKCORE_EXAMPLES])
def test_medassess_read_refuses_every_ukcore_example_plainly(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medassess.cli import main

    as_xml = tmp_path / f"{path.stem}.xml"
    as_xml.write_bytes(json_to_xml(_load(path)))
    for file in (path, as_xml):
        assert main(["read", str(file)]) == 2
        error = capsys.readouterr().err
        assert error.startswith(f"medassess: {file}: ") and error.count("\n") == 1
        assert "Traceback" not in error


def test_gp_connect_prefers_the_dmd_coding_and_tolerates_a_missing_practice() -> None:
    bundle = _load(GP_CONNECT_MEDS)
    aspirin = next(
        e["resource"] for e in bundle["entry"] if e["resource"].get("id") == "8b339981-e9be-4e37-bf03-799295a6aec8"
    )
    aspirin["code"]["coding"].insert(
        0, {"system": "https://example.invalid/local-drug-codes", "code": "ASP75", "display": "Local"}
    )
    bundle["entry"] = [e for e in bundle["entry"] if e["resource"]["resourceType"] != "Organization"]
    medicine = medicines_from_gp_connect(bundle)[1]
    assert medicine.code is not None and medicine.code.code == "319773006"
    assert medicine.prescriber is not None
    assert (medicine.prescriber.kind, medicine.prescriber.organisation) == ("gp-practice", None)


def test_another_systems_document_is_named_as_not_ours() -> None:
    # A well-formed FHIR document whose Composition is not a medassess record: the UK Core discharge example.
    composition = _load(UKCORE_EXAMPLES[0].parent / "UKCore-Composition-Discharge-Example.json")
    entry = {"fullUrl": "urn:uuid:c", "resource": composition}
    document = {"resourceType": "Bundle", "type": "document", "entry": [entry]}
    with pytest.raises(ReadError) as caught:
        read_fhir_json(orjson.dumps(document), source="discharge.json")
    assert caught.value.message.startswith("not a medassess assessment document")
    assert caught.value.path == "Bundle.entry[0].resource.identifier"
