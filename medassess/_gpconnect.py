"""Pre-filling a record's medicines from a GP Connect Access Record: Structured medications response.

What a GP system integrator gets today from GP Connect (FHIR STU3, CareConnect profiles) is a Bundle with the
patient's MedicationStatements, each pointing at a Medication whose code is a dm+d id under
``http://snomed.info/sct``. Each statement becomes a :class:`Medicine` (the record model normalises the code
system to ``https://dmd.nhs.uk``): the Medication's code and name, the dosage text, the start (and end) of
the effective period, and who prescribes (the prescribing agency extension). The last issue date is kept
beside the medicine, since the record has no field for it but the clinician writing the assessment wants
to see whether a medicine is still being issued.

Nothing is guessed: a partial date ("2016-05") is left out rather than given a day, and an unknown
prescribing agency leaves the prescriber empty.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ._codesystems import DMD_SYSTEM_ALIASES
from ._exceptions import ReadError
from ._io import describe_problem, json_path
from ._record import Medicine, Organisation, Prescriber

_LAST_ISSUE_DATE = frozenset(
    {
        "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
        "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationStatementLastIssueDate-1",
        "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate",
    }
)
_PRESCRIBING_AGENCY = "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1"
_PRESCRIBER_KIND = {
    "prescribed-at-gp-practice": "gp-practice",
    "prescribed-by-another-organisation": "other-organisation",
}
_ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code"
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FHIR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")


@dataclass(frozen=True, slots=True)
class GpConnectMedicine:
    """A medicine read from GP Connect, with the facts the record has no field for."""

    medicine: Medicine
    status: str
    """The statement's status: active, completed, intended, stopped, on-hold..."""
    last_issued: dt.date | None
    statement_id: str | None


def _date(value: object) -> dt.date | None:
    """The day of a FHIR date or dateTime; None for a partial date, which has no day to give."""
    if isinstance(value, str) and _FULL_DATE.match(value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _extension(resource: dict[str, Any], urls: frozenset[str]) -> dict[str, Any] | None:
    for extension in resource.get("extension") or []:
        if isinstance(extension, dict) and extension.get("url") in urls:
            return extension
    return None


class _Bundle:
    """The bundle's resources by reference (``Type/id`` and fullUrl), for resolving statements' links."""

    def __init__(self, bundle: object, source: str) -> None:
        if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
            raise ReadError("not a GP Connect structured record (expected a FHIR Bundle)", source=source, path="$")
        self.source = source
        self.entries: list[tuple[str, dict[str, Any]]] = []
        self.by_reference: dict[str, dict[str, Any]] = {}
        for i, entry in enumerate(bundle.get("entry") or []):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                continue
            where = f"$.entry[{i}].resource"
            self.entries.append((where, resource))
            if isinstance(resource.get("id"), str):
                self.by_reference[f"{resource.get('resourceType')}/{resource['id']}"] = resource
            if isinstance(entry.get("fullUrl"), str):
                self.by_reference[entry["fullUrl"]] = resource

    def resolve(self, reference: object, where: str) -> dict[str, Any]:
        target = reference.get("reference") if isinstance(reference, dict) else None
        resource = self.by_reference.get(target) if isinstance(target, str) else None
        if resource is None:
            raise ReadError("refers to a resource the bundle does not contain", source=self.source, path=where)
        return resource

    def practice(self) -> Organisation | None:
        """The patient's registered practice (Patient.managingOrganization), when it has an ODS code."""
        for _, resource in self.entries:
            if resource.get("resourceType") == "Patient":
                reference = resource.get("managingOrganization")
                target = reference.get("reference") if isinstance(reference, dict) else None
                organisation = self.by_reference.get(target) if isinstance(target, str) else None
                # The practice only adds detail to "prescribed at the GP practice"; without it, none is given.
                return _organisation(organisation) if organisation else None
        return None


def _organisation(resource: dict[str, Any]) -> Organisation | None:
    for identifier in resource.get("identifier") or []:
        if isinstance(identifier, dict) and identifier.get("system") == _ODS_SYSTEM:
            try:
                return Organisation(ods_code=identifier.get("value"), name=resource.get("name"))
            except ValidationError:
                return None
    return None


def _coding(concept: object) -> tuple[dict[str, Any] | None, str | None]:
    """The dm+d / SNOMED coding of a CodeableConcept (as data: the record model checks it with the medicine,
    so a problem is located there), and the best name for it."""
    if not isinstance(concept, dict):
        return None, None
    # A GP system may add its own local code beside the dm+d one; the dm+d one is what the record needs, and
    # a record holds no other system (no export could send it), so a medicine with only a local code is kept
    # by its name.
    codings = [c for c in concept.get("coding") or [] if isinstance(c, dict) and isinstance(c.get("code"), str)]
    dmd = [c for c in codings if c.get("system") in DMD_SYSTEM_ALIASES]
    if not dmd:
        return None, next((c["display"] for c in codings if c.get("display")), None) or concept.get("text")
    coding = dmd[0]
    name = coding.get("display") or concept.get("text")
    return {"system": coding["system"], "code": coding["code"], "display": coding.get("display")}, name


def _prescriber(statement: dict[str, Any], practice: Organisation | None) -> Prescriber | None:
    extension = _extension(statement, frozenset({_PRESCRIBING_AGENCY}))
    if extension is None:
        return None
    codes = [
        c.get("code") for c in (extension.get("valueCodeableConcept") or {}).get("coding") or [] if isinstance(c, dict)
    ]
    kind = next((_PRESCRIBER_KIND[c] for c in codes if c in _PRESCRIBER_KIND), None)
    if kind is None:
        return None
    return Prescriber(kind=kind, organisation=practice if kind == "gp-practice" else None)


def _medicine(
    bundle: _Bundle, where: str, statement: dict[str, Any], number: int, practice: Organisation | None
) -> GpConnectMedicine:
    if "medicationReference" in statement:
        medication = bundle.resolve(statement["medicationReference"], f"{where}.medicationReference")
        code, name = _coding(medication.get("code"))
    else:
        code, name = _coding(statement.get("medicationCodeableConcept"))
    if not name:
        raise ReadError("names no medicine (no code display or text)", source=bundle.source, path=where)
    statement_id = statement.get("id") if isinstance(statement.get("id"), str) else None
    period: dict[str, Any] = statement["effectivePeriod"] if isinstance(statement.get("effectivePeriod"), dict) else {}
    doses = [d["text"] for d in statement.get("dosage") or [] if isinstance(d, dict) and isinstance(d.get("text"), str)]
    last_issue = _extension(statement, _LAST_ISSUE_DATE) or {}
    try:
        medicine = Medicine.model_validate(
            {
                "id": statement_id if statement_id and _FHIR_ID.fullmatch(statement_id) else f"gpc-{number}",
                "code": code,
                "name": name,
                "dose": "; ".join(doses) or None,
                "started": _date(period.get("start") or statement.get("effectiveDateTime")),
                "stopped": _date(period.get("end")),
                "prescriber": _prescriber(statement, practice),
            }
        )
    except ValidationError as exc:
        error = exc.errors(include_input=False, include_url=False)[0]
        raise ReadError(
            f"cannot be a medicine: {describe_problem(error)}",
            source=bundle.source,
            path=where + json_path(error["loc"])[1:],
        ) from None
    return GpConnectMedicine(
        medicine=medicine,
        status=str(statement.get("status") or "unknown"),
        last_issued=_date(last_issue.get("valueDateTime") or last_issue.get("valueDate")),
        statement_id=statement_id,
    )


def read_gp_connect_medicines(bundle: dict[str, Any], *, source: str = "<gp-connect>") -> list[GpConnectMedicine]:
    """Every MedicationStatement in a GP Connect medications response (entered-in-error ones left out)."""
    parsed = _Bundle(bundle, source)
    practice = parsed.practice()
    out: list[GpConnectMedicine] = []
    for where, resource in parsed.entries:
        if resource.get("resourceType") == "MedicationStatement" and resource.get("status") != "entered-in-error":
            out.append(_medicine(parsed, where, resource, len(out) + 1, practice))
    return out


def medicines_from_gp_connect(bundle: dict[str, Any], *, source: str = "<gp-connect>") -> list[Medicine]:
    """The medicines of a GP Connect medications response, ready to pre-fill ``Record.medicines``."""
    return [m.medicine for m in read_gp_connect_medicines(bundle, source=source)]
