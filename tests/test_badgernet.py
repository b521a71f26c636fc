"""BadgerNet Spine style: the $find-pregnancy request, the receiver's matching rule, and the write payload.

Matching must find the right pregnancy and never a wrong one, so the rule is tested at its boundaries
(21 days either side matches, 22 does not) and for every key that must match exactly.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from medassess import InputError, MappingError, ReadError, load_record
from medassess.formats.badgernet.pregnancy import (
    EDD_WINDOW_DAYS,
    PregnancyQuery,
    find_all_pregnancies_parameters,
    find_pregnancy_parameters,
    matches_pregnancy,
    pregnancy_patient_id,
    pregnancy_transaction,
    pregnancy_write_payload,
)
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "badgernet"
ANTENATAL = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
REASON = "Perinatal medication assessment shared by the registered GP practice"

NHS = "9990001111"
DOB = dt.date(1996, 8, 14)
EDD = dt.date(2026, 5, 15)
QUERY = PregnancyQuery(NHS, DOB, EDD, REASON)


def _json(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"


def _assert_golden(name: str, data: Any) -> None:
    if os.environ.get("MEDASSESS_UPDATE_GOLDEN") == "1":
        (GOLDEN / name).write_bytes(_json(data))
    assert (GOLDEN / name).read_bytes() == _json(data), f"{name} differs from its golden file"


# --- the matching rule -------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [0, 1, -1, EDD_WINDOW_DAYS, -EDD_WINDOW_DAYS])
def test_an_agreed_edd_within_21_days_either_side_matches(days: int) -> None:
    assert matches_pregnancy(NHS, DOB, EDD + dt.timedelta(days=days), QUERY)


@pytest.mark.parametrize("days", [EDD_WINDOW_DAYS + 1, -(EDD_WINDOW_DAYS + 1), 280, -280])
def test_an_agreed_edd_further_away_is_another_pregnancy(days: int) -> None:
    assert not matches_pregnancy(NHS, DOB, EDD + dt.timedelta(days=days), QUERY)


def test_the_window_is_21_days() -> None:
    assert EDD_WINDOW_DAYS == 21


def test_a_different_date_of_birth_never_matches() -> None:
    assert not matches_pregnancy(NHS, DOB + dt.timedelta(days=1), EDD, QUERY)
    assert not matches_pregnancy(NHS, dt.date(1997, 8, 14), EDD, QUERY)


@pytest.mark.parametrize("other", ["9990001112", "9990001120", " 9990001111", "999 000 1111", ""])
def test_a_different_nhs_number_never_matches(other: str) -> None:
    assert not matches_pregnancy(other, DOB, EDD, QUERY)


def test_an_nhs_number_failing_its_check_digit_matches_nothing_even_itself() -> None:
    invalid = "9990001112"
    assert not matches_pregnancy(invalid, DOB, EDD, PregnancyQuery(invalid, DOB, EDD))


def test_a_missing_key_on_either_side_is_no_match() -> None:
    assert not matches_pregnancy(NHS, DOB, None, QUERY)
    assert not matches_pregnancy(NHS, None, EDD, QUERY)
    assert not matches_pregnancy(None, DOB, EDD, QUERY)
    assert not matches_pregnancy(NHS, DOB, EDD, PregnancyQuery(NHS, DOB, None))


@given(st.integers(min_value=-400, max_value=400))
def test_the_edd_rule_is_symmetric_and_exactly_the_window(days: int) -> None:
    stored = EDD + dt.timedelta(days=days)
    swapped = PregnancyQuery(NHS, DOB, stored)
    assert matches_pregnancy(NHS, DOB, stored, QUERY) is (abs(days) <= 21)
    assert matches_pregnancy(NHS, DOB, EDD, swapped) is matches_pregnancy(NHS, DOB, stored, QUERY)


def test_a_query_does_not_show_the_nhs_number_in_its_repr() -> None:
    assert NHS not in repr(QUERY) and "111" in repr(QUERY)


# --- $find-pregnancy ---------------------------------------------------------------------------------


def test_find_pregnancy_parameters_match_the_golden_file_and_pass_the_peer_validator(tmp_path: Path) -> None:
    parameters = find_pregnancy_parameters(load_record(ANTENATAL), REASON)
    _assert_golden("find-pregnancy-parameters.json", parameters)
    out = tmp_path / "find-pregnancy-parameters.json"
    out.write_bytes(_json(parameters))
    assert_peer_valid("fhir-validate", [out])
    assert_peer_valid("fhir-schema-validate", [out])


def test_the_receiver_reads_back_exactly_the_keys_that_were_sent() -> None:
    parameters = find_pregnancy_parameters(load_record(ANTENATAL), REASON)
    assert PregnancyQuery.from_parameters(parameters) == QUERY
    assert matches_pregnancy(NHS, DOB, dt.date(2026, 6, 5), PregnancyQuery.from_parameters(parameters))


def test_find_all_pregnancies_needs_only_nhs_number_and_date_of_birth(tmp_path: Path) -> None:
    parameters = find_all_pregnancies_parameters(load_record(ANTENATAL))
    assert [p["name"] for p in parameters["parameter"]] == ["national-id", "dob"]
    assert PregnancyQuery.from_parameters(parameters) == PregnancyQuery(NHS, DOB, None)
    out = tmp_path / "find-all.json"
    out.write_bytes(_json(parameters))
    assert_peer_valid("fhir-validate", [out])


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_break_glass_reason_is_mandatory(reason: str) -> None:
    with pytest.raises(InputError, match="break-glass reason is required"):
        find_pregnancy_parameters(load_record(ANTENATAL), reason)


def test_without_an_agreed_edd_a_single_pregnancy_cannot_be_asked_for() -> None:
    record = load_record(ANTENATAL)
    record = record.model_copy(update={"pregnancy": record.pregnancy.model_copy(update={"edd": None})})
    with pytest.raises(MappingError) as caught:
        find_pregnancy_parameters(record, REASON)
    assert caught.value.path == "$.pregnancy.edd"


def test_an_invalid_nhs_number_is_never_sent() -> None:
    record = load_record(ANTENATAL)
    record = record.model_copy(update={"mother": record.mother.model_copy(update={"nhs_number": "9990001112"})})
    with pytest.raises(MappingError, match="check digit") as caught:
        find_pregnancy_parameters(record, REASON)
    assert "9990001112" not in str(caught.value)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda p: p.update(resourceType="Patient"), "resourceType"),
        (
            lambda p: p["parameter"][0]["valueIdentifier"].update(system="urn:oid:2.16.840.1.113883.2.1.4.1"),
            "national-id",
        ),
        (lambda p: p["parameter"].pop(1), "dob"),
        (lambda p: p["parameter"][2].update(valueDate="15/05/2026"), "edd"),
        (lambda p: p["parameter"].append(dict(p["parameter"][0])), "parameter[4]"),
    ],
)
def test_a_malformed_request_is_refused_with_its_location(change: Any, where: str) -> None:
    parameters = find_pregnancy_parameters(load_record(ANTENATAL), REASON)
    change(parameters)
    with pytest.raises(ReadError) as caught:
        PregnancyQuery.from_parameters(parameters)
    assert caught.value.path == where


# --- writing the assessment against the pregnancy ----------------------------------------------------

MOTHER_URL = "urn:uuid:00000000-0000-4000-8000-000000000001"
DOCUMENT: dict[str, Any] = {
    "resourceType": "Bundle",
    "type": "document",
    "entry": [
        {
            "fullUrl": MOTHER_URL,
            "resource": {
                "resourceType": "Patient",
                "id": "mother",
                "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": NHS}],
            },
        },
        {
            "fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000002",
            "resource": {
                "resourceType": "Organization",
                "id": "practice",
                "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "Y90001"}],
            },
        },
        {
            "fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000003",
            "resource": {
                "resourceType": "MedicationStatement",
                "id": "med",
                "status": "active",
                "medicationCodeableConcept": {"text": "Sertraline 50mg tablets"},
                "subject": {"reference": MOTHER_URL},
                "informationSource": {"reference": "urn:uuid:00000000-0000-4000-8000-000000000002"},
                "note": [{"authorReference": {"reference": "Patient/mother"}, "text": "taken as prescribed"}],
            },
        },
    ],
}


def test_the_write_payload_matches_the_golden_file_and_passes_the_peer_validators(tmp_path: Path) -> None:
    payload = pregnancy_write_payload(load_record(ANTENATAL), "preg-123")
    _assert_golden("pregnancy-write.json", payload)
    out = tmp_path / "pregnancy-write.json"
    out.write_bytes(_json(payload))
    assert_peer_valid("fhir-validate", [out])
    assert_peer_valid("fhir-schema-validate", [out])
    text = out.read_text()
    assert "Patient/preg-123" in text
    assert all(e["resource"]["resourceType"] != "Patient" for e in payload["entry"])


def test_the_mother_is_replaced_by_the_pregnancy_patient_everywhere() -> None:
    bundle = pregnancy_transaction(DOCUMENT, NHS, "preg-123")
    assert bundle["type"] == "transaction"
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Organization", "MedicationStatement"]
    statement = bundle["entry"][1]["resource"]
    assert statement["subject"] == {"reference": "Patient/preg-123"}
    assert statement["note"][0]["authorReference"] == {"reference": "Patient/preg-123"}
    assert statement["informationSource"] == {"reference": "urn:uuid:00000000-0000-4000-8000-000000000002"}
    assert MOTHER_URL not in orjson.dumps(bundle).decode()
    assert all("id" not in e["resource"] for e in bundle["entry"])


def test_every_resource_is_created_by_the_transaction() -> None:
    bundle = pregnancy_transaction(DOCUMENT, NHS, "preg-123")
    assert [e["request"] for e in bundle["entry"]] == [
        {"method": "POST", "url": "Organization"},
        {"method": "POST", "url": "MedicationStatement"},
    ]
    assert [e["fullUrl"] for e in bundle["entry"]] == [e["fullUrl"] for e in DOCUMENT["entry"][1:]]


def test_the_document_is_left_as_it_was() -> None:
    before = orjson.dumps(DOCUMENT)
    pregnancy_transaction(DOCUMENT, NHS, "preg-123")
    assert orjson.dumps(DOCUMENT) == before


def test_a_document_without_the_mother_cannot_be_written_against_a_pregnancy() -> None:
    with pytest.raises(MappingError, match="no Patient with the mother's NHS number"):
        pregnancy_transaction(DOCUMENT, "9990002222", "preg-123")


@pytest.mark.parametrize("bad_id", ["", "Patient/1", "a b", "x" * 65])
def test_the_pregnancy_id_must_be_a_logical_id(bad_id: str) -> None:
    with pytest.raises(InputError, match="logical id"):
        pregnancy_transaction(DOCUMENT, NHS, bad_id)


def _found(*resources: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in resources]}


def test_the_pregnancy_id_is_taken_from_exactly_one_patient() -> None:
    edd = {"resourceType": "Observation", "id": "edd-1"}
    assert pregnancy_patient_id(_found({"resourceType": "Patient", "id": "preg-7"}, edd)) == "preg-7"


@pytest.mark.parametrize(
    ("found", "problem"),
    [
        (_found(), "found 0"),
        (_found({"resourceType": "Observation", "id": "edd-1"}), "found 0"),
        (_found({"resourceType": "Patient", "id": "preg-7"}, {"resourceType": "Patient", "id": "preg-8"}), "found 2"),
        (_found({"resourceType": "Patient"}), "no usable logical id"),
        (_found({"resourceType": "Patient", "id": "../Patient/1"}), "no usable logical id"),
    ],
)
def test_an_answer_that_does_not_name_one_pregnancy_is_refused(found: dict[str, Any], problem: str) -> None:
    with pytest.raises(ReadError, match=problem):
        pregnancy_patient_id(found)
