"""Importing a mother's medicines from a GP Connect Access Record: Structured bundle
(medassess.formats.gpconnect.medicines).

Every bundle in the shared reference folder is read; crafted bundles (built from the reference Medications, so
every code is a real dm+d one) check statuses, dates, merges and located warnings; and a property checks that
no text planted in the input ever reaches a warning.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medassess import (
    GpConnectImport,
    ReadError,
    import_gp_connect,
    medicines_from_gp_connect,
    read_gp_connect_medicines,
)
from medassess.formats.fhir.writer import unchecked_bundle
from tests.peers import SHARED

FOLDER = SHARED / "reference" / "gpconnect"
BUNDLES = sorted(FOLDER.glob("*.json"))
RESPONSE = FOLDER / "gpconnect-1.6.2_meds_response.json"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "pass" / "antenatal-methadone-sertraline.json"

_STATUS = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1"
_LAST_ISSUE = (
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1"
)


def _load(path: Path) -> Any:
    return orjson.loads(path.read_bytes())


def _strings(node: Any) -> set[str]:
    if isinstance(node, dict):
        return {s for k, v in node.items() for s in ({k} | _strings(v))}
    if isinstance(node, list):
        return {s for item in node for s in _strings(item)}
    return {node} if isinstance(node, str) else set()


def _said(result: GpConnectImport) -> str:
    return "\n".join(f"{w.path}\n{w.message}" for w in result.warnings)


# -- every reference bundle ------------------------------------------------------------------------------------------


def test_the_reference_folder_has_bundles() -> None:
    assert len(BUNDLES) >= 3


@pytest.mark.parametrize("path", BUNDLES, ids=[p.stem for p in BUNDLES])
def test_every_reference_bundle_imports_or_is_refused_plainly(path: Path) -> None:
    data = _load(path)
    if data.get("resourceType") != "Bundle":
        with pytest.raises(ReadError, match="expected a FHIR Bundle") as caught:
            import_gp_connect(data, source=path.name)
        assert caught.value.path == "$"
        return
    result = import_gp_connect(data, source=path.name)
    statements = {
        f"Bundle.entry[{i}].resource": e["resource"]
        for i, e in enumerate(data["entry"])
        if e["resource"]["resourceType"] == "MedicationStatement" and e["resource"].get("status") != "entered-in-error"
    }
    # Each statement is a medicine (alone or merged) or a warning at its entry: none is lost without a word.
    imported = {sid for m in result.medicines for sid in m.statement_ids}
    warned = {w.path.split(".resource")[0] + ".resource" for w in result.warnings}
    for where, statement in statements.items():
        assert statement["id"] in imported or where in warned
    # A statement that has ended never comes out active.
    by_id = {s["id"]: s for s in statements.values()}
    for medicine in result.medicines:
        if all(by_id[sid].get("status") in ("completed", "stopped") for sid in medicine.statement_ids):
            assert medicine.medicine.fhir_status in ("completed", "stopped")
    # No text of the bundle (ids, names, element names, values) is in a warning.
    said = _said(result)
    assert not [s for s in _strings(data) if len(s) >= 6 and s in said and s not in _OWN_WORDS]


_OWN_WORDS = {
    "Bundle",
    "resource",
    "reference",
    "Medication",
    "MedicationStatement",
    "MedicationRequest",
    "medicationReference",
    "medicationCodeableConcept",
    "effectivePeriod",
    "basedOn",
    "dosage",
    "status",
    "active",
    "completed",
    "stopped",
}
"""Words a warning uses as medassess's own (FHIR's type and element names, status codes), which a bundle also holds."""


def test_the_skeleton_record_placeholders_are_warnings_not_a_failed_import() -> None:
    skeleton = FOLDER / "gpconnect-1.6.2_skeleton_full_record.json"
    data = _load(skeleton)
    result = import_gp_connect(data, source=skeleton.name)
    placeholders = [
        f"Bundle.entry[{i}].resource"
        for i, e in enumerate(data["entry"])
        if e["resource"]["resourceType"] == "MedicationStatement"
    ]
    assert len(placeholders) == 3
    assert result.medicines == ()
    assert [w.path for w in result.warnings] == placeholders
    assert {w.message for w in result.warnings} == {
        "names no medicine: expected a medicationReference to a Medication in the bundle, or a "
        "medicationCodeableConcept"
    }


def test_the_reference_response_keeps_statuses_dates_and_issues() -> None:
    result = import_gp_connect(_load(RESPONSE), source=RESPONSE.name)
    assert result.warnings == ()
    amoxicillin, aspirin = result.medicines
    # Two acute amoxicillin statements, same code, dose and day, both completed: one medicine, as a clinician
    # reads the list; it stays completed, with no stop date since the GP record gives none.
    assert amoxicillin.statement_ids == ("6bff710a-0bdc-4c9b-b98b-40db0a107edc", "985eba1d-e4fd-41ad-90aa-f840dff453d9")
    assert amoxicillin.status == "completed"
    assert amoxicillin.medicine.status == "completed"
    assert amoxicillin.medicine.fhir_status == "completed"
    assert (amoxicillin.medicine.started, amoxicillin.medicine.stopped) == (dt.date(2016, 5, 10), None)
    assert amoxicillin.last_issued == dt.date(2016, 5, 10)
    # The repeat: one plan, two issues; the last issue is the later order's.
    assert aspirin.statement_ids == ("791ceb40-db0a-491d-ab0f-22f5a08509fd",)
    assert aspirin.status == "active"
    assert aspirin.medicine.fhir_status == "active"
    assert aspirin.last_issued == dt.date(2016, 9, 11)


def test_a_completed_medicine_is_exported_as_completed_not_active() -> None:
    from medassess import load_record

    record = load_record(EXAMPLE)
    medicines = medicines_from_gp_connect(_load(RESPONSE))
    prefilled = record.model_copy(update={"medicines": medicines, "assessments": []})
    statuses = [
        e["resource"]["status"]
        for e in unchecked_bundle(prefilled)["entry"]
        if e["resource"]["resourceType"] == "MedicationStatement"
    ]
    assert statuses == ["completed", "active"]


# -- crafted bundles ---------------------------------------------------------------------------------------------


def _medications() -> dict[str, dict[str, Any]]:
    """The reference response's Medications by dm+d code: real codes, never made up here."""
    data = _load(RESPONSE)
    return {
        e["resource"]["code"]["coding"][0]["code"]: e["resource"]
        for e in data["entry"]
        if e["resource"]["resourceType"] == "Medication"
    }


AMOXICILLIN, ASPIRIN = "323509004", "319773006"


class _Builder:
    def __init__(self) -> None:
        self.resources: list[dict[str, Any]] = []
        self.medications = _medications()
        self.resources.extend(copy.deepcopy(m) for m in self.medications.values())

    def statement(
        self,
        sid: str,
        code: str,
        status: str,
        *,
        start: str | None = None,
        end: str | None = None,
        plan: str | None = None,
        last_issue: str | None = None,
        dose: str = "TAKE ONE DAILY",
    ) -> dict[str, Any]:
        resource: dict[str, Any] = {
            "resourceType": "MedicationStatement",
            "id": sid,
            "status": status,
            "medicationReference": {"reference": f"Medication/{self.medications[code]['id']}"},
            "dosage": [{"text": dose}],
        }
        if start or end:
            resource["effectivePeriod"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        if plan:
            resource["basedOn"] = [{"reference": f"MedicationRequest/{plan}"}]
        if last_issue:
            resource["extension"] = [{"url": _LAST_ISSUE, "valueDateTime": last_issue}]
        self.resources.append(resource)
        return resource

    def request(
        self,
        rid: str,
        code: str,
        status: str,
        intent: str,
        *,
        start: str | None = None,
        end: str | None = None,
        plan: str | None = None,
        stopped_on: str | None = None,
    ) -> dict[str, Any]:
        resource: dict[str, Any] = {
            "resourceType": "MedicationRequest",
            "id": rid,
            "status": status,
            "intent": intent,
            "medicationReference": {"reference": f"Medication/{self.medications[code]['id']}"},
            "dispenseRequest": {"validityPeriod": {k: v for k, v in (("start", start), ("end", end)) if v}},
        }
        if plan:
            resource["basedOn"] = [{"reference": f"MedicationRequest/{plan}"}]
        if stopped_on:
            resource["extension"] = [
                {
                    "url": _STATUS,
                    "extension": [
                        {"url": "statusReason", "valueCodeableConcept": {"text": "Adverse reaction"}},
                        {"url": "statusChangeDate", "valueDateTime": stopped_on},
                    ],
                }
            ]
        self.resources.append(resource)
        return resource

    def bundle(self) -> dict[str, Any]:
        return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in self.resources]}

    def where(self, resource: dict[str, Any]) -> str:
        return f"Bundle.entry[{next(i for i, r in enumerate(self.resources) if r is resource)}].resource"


def test_a_completed_statement_carries_its_end_date() -> None:
    b = _Builder()
    b.statement("s1", AMOXICILLIN, "completed", start="2025-03-01", end="2025-03-08")
    (medicine,) = import_gp_connect(b.bundle()).medicines
    assert (medicine.medicine.started, medicine.medicine.stopped) == (dt.date(2025, 3, 1), dt.date(2025, 3, 8))
    assert medicine.medicine.fhir_status == "completed"


def test_a_completed_acute_takes_its_end_from_the_plan_or_else_its_last_issue() -> None:
    b = _Builder()
    b.statement("s1", AMOXICILLIN, "completed", start="2025-03-01", plan="p1")
    b.request("p1", AMOXICILLIN, "completed", "plan", start="2025-03-01", end="2025-03-06")
    b.statement("s2", ASPIRIN, "completed", start="2025-04-01", plan="p2")
    b.request("p2", ASPIRIN, "completed", "plan", start="2025-04-01")
    b.request("o2", ASPIRIN, "completed", "order", start="2025-04-01", end="2025-04-29", plan="p2")
    b.statement("s3", AMOXICILLIN, "completed", start="2025-06-01", plan="p3")
    b.request("p3", AMOXICILLIN, "completed", "plan", start="2025-06-01")
    by_id = {m.statement_id: m for m in import_gp_connect(b.bundle()).medicines}
    assert by_id["s1"].medicine.stopped == dt.date(2025, 3, 6)
    assert by_id["s2"].medicine.stopped == dt.date(2025, 4, 29)
    assert by_id["s2"].last_issued == dt.date(2025, 4, 1)
    # No end anywhere: none is made up, and the medicine still reads completed, never active.
    assert by_id["s3"].medicine.stopped is None
    assert by_id["s3"].medicine.fhir_status == "completed"


def test_a_stopped_repeat_takes_its_date_from_the_plans_status_reason() -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "stopped", start="2025-01-10", plan="p1")
    b.request("p1", ASPIRIN, "stopped", "plan", start="2025-01-10", stopped_on="2025-05-02T09:30:00+01:00")
    (medicine,) = import_gp_connect(b.bundle()).medicines
    assert medicine.status == "stopped"
    assert medicine.medicine.stopped == dt.date(2025, 5, 2)
    assert medicine.medicine.fhir_status == "stopped"


def test_a_statement_whose_plan_has_ended_is_not_active() -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "active", start="2025-01-10", plan="p1")
    b.request("p1", ASPIRIN, "stopped", "plan", start="2025-01-10", stopped_on="2025-02-01")
    (medicine,) = import_gp_connect(b.bundle()).medicines
    assert medicine.medicine.fhir_status == "stopped"
    assert medicine.medicine.stopped == dt.date(2025, 2, 1)


def test_an_active_repeat_keeps_its_planned_end_and_stays_active() -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "active", start="2025-01-10", end="2026-01-09")
    (medicine,) = import_gp_connect(b.bundle()).medicines
    assert medicine.medicine.stopped == dt.date(2026, 1, 9)
    assert medicine.medicine.fhir_status == "active"


def test_repeated_issues_are_one_medicine_with_the_last_issue_date() -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "active", start="2025-01-10", plan="p1", last_issue="2025-02-07")
    b.request("p1", ASPIRIN, "active", "plan", start="2025-01-10")
    for n, day in enumerate(["2025-01-10", "2025-03-07", "2025-02-07"]):
        b.request(f"o{n}", ASPIRIN, "completed", "order", start=day, end=day, plan="p1")
    result = import_gp_connect(b.bundle())
    (medicine,) = result.medicines
    # The extension is stale; the issues themselves say the last was in March.
    assert medicine.last_issued == dt.date(2025, 3, 7)
    assert medicine.statement_ids == ("s1",)
    assert result.warnings == ()


def test_a_reauthorised_repeat_with_no_gap_is_one_medicine() -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "completed", start="2024-01-10", end="2025-01-09", last_issue="2024-12-20")
    b.statement("s2", ASPIRIN, "active", start="2025-01-10", last_issue="2025-02-03")
    (medicine,) = import_gp_connect(b.bundle()).medicines
    assert medicine.statement_ids == ("s1", "s2")
    assert (medicine.medicine.started, medicine.medicine.stopped) == (dt.date(2024, 1, 10), None)
    assert medicine.medicine.fhir_status == "active"
    assert medicine.last_issued == dt.date(2025, 2, 3)


@pytest.mark.parametrize(
    ("second", "why"),
    [
        ({"start": "2025-03-01"}, "a break of seven weeks: stopped, then restarted"),
        ({"start": "2025-01-10", "dose": "TAKE TWO DAILY"}, "the dose changed"),
        ({"start": None}, "no start date: continuity cannot be shown"),
    ],
    ids=["gap", "dose", "undated"],
)
def test_statements_of_one_code_are_kept_apart_when_the_difference_matters(second: dict[str, Any], why: str) -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "completed", start="2024-01-10", end="2025-01-09")
    b.statement("s2", ASPIRIN, "active", **{"dose": "TAKE ONE DAILY", **second})
    result = import_gp_connect(b.bundle())
    assert [m.statement_ids for m in result.medicines] == [("s1",), ("s2",)], why
    assert result.medicines[0].medicine.fhir_status == "completed"
    assert result.medicines[0].medicine.stopped == dt.date(2025, 1, 9)


def test_a_placeholder_and_a_broken_reference_are_located_warnings_and_the_rest_imports() -> None:
    b = _Builder()
    good = b.statement("s1", ASPIRIN, "active", start="2025-01-10")
    placeholder = b.statement("s2", ASPIRIN, "active")
    del placeholder["medicationReference"]
    placeholder["medicationCodeableConcept"] = {"coding": [{"system": "http://snomed.info/sct"}]}
    broken = b.statement("s3", AMOXICILLIN, "completed")
    broken["medicationReference"]["reference"] = "Medication/not-here"
    missing = b.statement("s4", AMOXICILLIN, "completed")
    del missing["medicationReference"]
    not_a_medication = b.statement("s5", AMOXICILLIN, "completed")
    not_a_medication["medicationReference"]["reference"] = "MedicationStatement/s1"
    mistyped = b.statement("s6", AMOXICILLIN, "completed")
    mistyped["medicationReference"] = "Medication/x"
    result = import_gp_connect(b.bundle(), source="gpc.json")
    assert [m.statement_ids for m in result.medicines] == [("s1",)]
    assert result.medicines[0].medicine.id == good["id"]
    assert [(w.path, w.message) for w in result.warnings] == [
        (b.where(placeholder), "names no medicine: no code with a display, and no text"),
        (
            b.where(broken) + ".medicationReference",
            "refers to a resource the bundle does not contain; expected a Medication",
        ),
        (
            b.where(missing),
            "names no medicine: expected a medicationReference to a Medication in the bundle, or a "
            "medicationCodeableConcept",
        ),
        (b.where(not_a_medication) + ".medicationReference", "refers to a resource that is not a Medication"),
        (b.where(mistyped) + ".medicationReference", "should be a reference (an object with a reference)"),
    ]
    # The strict forms, which cannot carry warnings, refuse at the first one rather than drop a medicine silently.
    with pytest.raises(ReadError, match="names no medicine") as caught:
        medicines_from_gp_connect(b.bundle(), source="gpc.json")
    assert (caught.value.source, caught.value.path) == ("gpc.json", b.where(placeholder))
    with pytest.raises(ReadError):
        read_gp_connect_medicines(b.bundle())


def test_wrongly_typed_elements_are_located_and_the_medicine_kept_without_them() -> None:
    b = _Builder()
    statement = b.statement("s1", ASPIRIN, "completed", start="2025-01-10", end="2025-02-30")
    statement["dosage"] = {"text": "TAKE ONE DAILY"}
    odd = b.statement("s2", AMOXICILLIN, "on-hold", start="2025-01-10")
    not_a_resource = len(b.resources)
    b.resources.append("not a resource")  # type: ignore[arg-type]
    mistyped = b.statement("s3", AMOXICILLIN, "completed", start="2024-01-10")
    mistyped["status"] = 7
    result = import_gp_connect(b.bundle())
    assert [m.statement_ids for m in result.medicines] == [("s1",), ("s2",), ("s3",)]
    completed, on_hold, _ = result.medicines
    assert (completed.medicine.stopped, completed.medicine.dose, completed.medicine.fhir_status) == (
        None,
        None,
        "completed",
    )
    assert on_hold.medicine.status is None
    assert [(w.path, w.message) for w in result.warnings] == [
        (b.where(statement) + ".effectivePeriod.end", "is not a FHIR date or dateTime; left out"),
        (b.where(statement) + ".dosage", "should be a list; left out"),
        (
            b.where(odd) + ".status",
            "is not active, completed or stopped (the statuses GP Connect uses); imported without a status, "
            "so check it",
        ),
        (f"Bundle.entry[{not_a_resource}].resource", "should be a FHIR resource (an object)"),
        (
            b.where(mistyped) + ".status",
            "is not active, completed or stopped (the statuses GP Connect uses); imported without a status, "
            "so check it",
        ),
    ]


# -- no input text in a warning ----------------------------------------------------------------------------------

_PLACES = (
    "statement id",
    "reference",
    "element name",
    "status",
    "date",
    "dosage",
    "medication text",
    "based on",
    "entry",
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted=st.text(min_size=1, max_size=40), place=st.sampled_from(_PLACES), broken=st.booleans())
def test_no_planted_text_ever_appears_in_a_warning(planted: str, place: str, broken: bool) -> None:
    text = f"Qz{planted}Jx"  # marked, so a match cannot be a word of medassess's own by chance
    b = _Builder()
    statement = b.statement("s1", ASPIRIN, "active", start="2025-01-10")
    if broken:
        del statement["medicationReference"]
    if place == "statement id":
        statement["id"] = text
    elif place == "reference":
        statement["medicationReference"] = {"reference": text}
    elif place == "element name":
        statement[text] = {text: text}
        statement["effectivePeriod"] = {text: "2025"}
    elif place == "status":
        statement["status"] = text
    elif place == "date":
        statement["effectivePeriod"] = {"start": text, "end": {"value": text}}
    elif place == "dosage":
        statement["dosage"] = [{"text": text}, text]
    elif place == "medication text":
        statement.pop("medicationReference", None)
        statement["medicationCodeableConcept"] = {"coding": [{"code": text}], "text": None if broken else text}
    elif place == "based on":
        statement["basedOn"] = [{"reference": text}, text]
    else:
        b.resources.append({"resourceType": text, text: text})
        b.resources.append(text)  # type: ignore[arg-type]
    result = import_gp_connect(b.bundle(), source="gpc.json")
    assert result.warnings or result.medicines
    assert text not in _said(result)
    if place in ("reference", "date", "based on", "status") or broken:
        assert result.warnings  # each of these plants is a problem that must be reported


def test_an_end_date_at_the_end_of_the_calendar_merges_without_overflow() -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "completed", start="2025-01-10", end="9999-12-31")
    b.statement("s2", ASPIRIN, "completed", start="2025-02-01", end="2025-03-01")
    (medicine,) = import_gp_connect(b.bundle()).medicines
    assert medicine.statement_ids == ("s1", "s2")
    assert medicine.medicine.stopped == dt.date(9999, 12, 31)


@pytest.mark.parametrize(("start", "merged"), [("2025-01-09", True), ("2025-01-10", True), ("2025-01-11", False)])
def test_a_reauthorisation_merges_only_from_the_day_after_the_last_ended(start: str, merged: bool) -> None:
    b = _Builder()
    b.statement("s1", ASPIRIN, "completed", start="2024-01-10", end="2025-01-09")
    b.statement("s2", ASPIRIN, "completed", start=start, end="2025-06-30")
    ids = [m.statement_ids for m in import_gp_connect(b.bundle()).medicines]
    assert ids == ([("s1", "s2")] if merged else [("s1",), ("s2",)])
