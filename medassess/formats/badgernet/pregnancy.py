"""BadgerNet Spine style pregnancy lookup and write: the requests, and the receiver's matching rule.

A maternity record is one pregnancy, found by three keys: the mother's NHS number (exact), her date of
birth (exact) and the agreed EDD, which matches a stored EDD up to 21 days either side, since the agreed
date moves as scans refine it. ``POST [base]/Patient/$find-pregnancy`` takes those keys and a mandatory
break-glass reason (stored in the record) as a FHIR Parameters resource and answers with the pregnancy's
Patient, whose logical id names that pregnancy. The assessment is then written against that Patient.

:func:`matches_pregnancy` is the rule a receiver applies; it must find the right pregnancy and never a
wrong one, so anything missing or malformed is "no match", never a guess.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...core.exceptions import InputError, MappingError, ReadError
from ...gate.settings import GateSettings
from ...record.identifiers import NHS_NUMBER_SYSTEM, is_valid_nhs_number, nhs_number_problem
from ...record.model import Record

if TYPE_CHECKING:
    from ...gate.engine import Shareable

__all__ = [
    "EDD_WINDOW_DAYS",
    "PregnancyQuery",
    "find_all_pregnancies_parameters",
    "find_pregnancy_parameters",
    "is_logical_id",
    "matches_pregnancy",
    "pregnancy_patient_id",
    "pregnancy_write_payload",
]

EDD_WINDOW_DAYS = 21
"""A stored agreed EDD matches a queried one this many days either side, inclusive."""

_LOGICAL_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")


def is_logical_id(value: str) -> bool:
    """Is ``value`` a FHIR logical id (1 to 64 letters, digits, '-' or '.'), as a pregnancy Patient's must be?"""
    return _LOGICAL_ID.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class PregnancyQuery:
    """The keys a ``$find-pregnancy`` request carries. ``repr`` masks the NHS number."""

    nhs_number: str
    dob: dt.date
    edd: dt.date | None
    break_glass_reason: str | None = None

    def __repr__(self) -> str:
        return f"PregnancyQuery(nhs_number='*******{self.nhs_number[-3:]}', ...)"

    @classmethod
    def from_parameters(cls, parameters: Mapping[str, Any], *, source: str = "<Parameters>") -> PregnancyQuery:
        """Read the keys from a ``$find-pregnancy`` (or ``$find-all-pregnancies``) Parameters resource."""
        if parameters.get("resourceType") != "Parameters":
            raise ReadError("expected a FHIR Parameters resource", source=source, path="resourceType")
        values: dict[str, Any] = {}
        for index, parameter in enumerate(parameters.get("parameter") or []):
            name = parameter.get("name") if isinstance(parameter, Mapping) else None
            if name in values:
                raise ReadError(f"parameter {name!r} is given twice", source=source, path=f"parameter[{index}]")
            values[str(name)] = parameter
        identifier = (values.get("national-id") or {}).get("valueIdentifier") or {}
        if identifier.get("system") != NHS_NUMBER_SYSTEM or not isinstance(identifier.get("value"), str):
            raise ReadError(
                f"national-id must be a valueIdentifier with system {NHS_NUMBER_SYSTEM}",
                source=source,
                path="national-id",
            )
        dob = _date_parameter(values, "dob", source)
        if dob is None:
            raise ReadError("dob is required", source=source, path="dob")
        reason = (values.get("break-glass-reason") or {}).get("valueString")
        return cls(
            nhs_number=identifier["value"],
            dob=dob,
            edd=_date_parameter(values, "edd", source),
            break_glass_reason=reason if isinstance(reason, str) else None,
        )


def _date_parameter(values: dict[str, Any], name: str, source: str) -> dt.date | None:
    raw = (values.get(name) or {}).get("valueDate")
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except (TypeError, ValueError):
        raise ReadError(f"{name} must be a valueDate as YYYY-MM-DD", source=source, path=name) from None


def matches_pregnancy(
    candidate_nhs_number: str | None,
    candidate_dob: dt.date | None,
    candidate_edd: dt.date | None,
    query: PregnancyQuery,
) -> bool:
    """Does a stored pregnancy (its mother's NHS number and date of birth, its agreed EDD) match the query?

    Exact NHS number (a valid one: a number failing its check digit matches nothing), exact date of birth,
    and agreed EDDs no more than :data:`EDD_WINDOW_DAYS` apart. A missing key on either side is no match.
    """
    if candidate_nhs_number is None or candidate_dob is None or candidate_edd is None or query.edd is None:
        return False
    if not is_valid_nhs_number(query.nhs_number) or candidate_nhs_number != query.nhs_number:
        return False
    return candidate_dob == query.dob and abs((candidate_edd - query.edd).days) <= EDD_WINDOW_DAYS


def _national_id(record: Record) -> list[dict[str, Any]]:
    problem = nhs_number_problem(record.mother.nhs_number)
    if problem:
        raise MappingError(problem, path="$.mother.nhs_number")
    return [
        {"name": "national-id", "valueIdentifier": {"system": NHS_NUMBER_SYSTEM, "value": record.mother.nhs_number}},
        {"name": "dob", "valueDate": record.mother.birth_date.isoformat()},
    ]


def find_pregnancy_parameters(record: Record, break_glass_reason: str) -> dict[str, Any]:
    """The Parameters for ``POST [base]/Patient/$find-pregnancy``: national id, date of birth, agreed EDD
    and the break-glass reason, which the receiver stores in the record."""
    if not break_glass_reason.strip():
        raise InputError(
            "a break-glass reason is required: the receiver stores it in the record", path="break-glass-reason"
        )
    if record.pregnancy.edd is None:
        raise MappingError(
            "the agreed EDD is needed to find a single pregnancy (use $find-all-pregnancies without it)",
            path="$.pregnancy.edd",
        )
    return {
        "resourceType": "Parameters",
        "parameter": [
            *_national_id(record),
            {"name": "edd", "valueDate": record.pregnancy.edd.isoformat()},
            {"name": "break-glass-reason", "valueString": break_glass_reason},
        ],
    }


def find_all_pregnancies_parameters(record: Record) -> dict[str, Any]:
    """The Parameters for ``POST [base]/Patient/$find-all-pregnancies``: national id and date of birth."""
    return {"resourceType": "Parameters", "parameter": _national_id(record)}


def pregnancy_patient_id(found: Mapping[str, Any]) -> str:
    """The logical id of the one pregnancy Patient in a ``$find-pregnancy`` answer.

    An answer naming no Patient, or more than one, is refused rather than guessed from: writing to the
    wrong pregnancy is worse than not writing.
    """
    patients = [
        (entry.get("resource") or {}).get("id")
        for entry in found.get("entry") or []
        if (entry.get("resource") or {}).get("resourceType") == "Patient"
    ]
    if len(patients) != 1:
        raise ReadError(f"expected exactly one pregnancy Patient, found {len(patients)}", path="Bundle.entry")
    logical_id = patients[0]
    if not isinstance(logical_id, str) or not _LOGICAL_ID.fullmatch(logical_id):
        raise ReadError("the pregnancy Patient has no usable logical id", path="Bundle.entry.resource.id")
    return logical_id


def pregnancy_write_payload(
    subject: Shareable | Record,
    pregnancy_patient_id: str,
    *,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> dict[str, Any]:
    """A FHIR transaction Bundle writing the assessment document's resources against a pregnancy, for a record
    that has passed the share gate: a :class:`Shareable` (taken as it is) or a :class:`Record`, which the gate
    then judges once, as of ``today`` with ``settings``; raises ShareGateRefused when it finds errors.

    The resources are those of the assessment document (:func:`medassess.build_bundle`), each created with
    ``POST``; the mother's own Patient entry is left out and every reference to her points at the pregnancy's
    Patient (``Patient/<pregnancy_patient_id>``) instead.

    There is no preliminary write. A transaction scatters the document into separate resources, each read
    on its own in the maternity record (a ClinicalImpression's conclusion shows without the Composition that
    would call it a draft), so a draft could not be marked where it is read: only what the gate passes is
    written.

    A transaction is all or nothing, so a write either lands whole or not at all. The resources are plain
    creates, not conditional ones: whether a record version was already written is the sharing ledger's
    question, answered before sending, and some servers refuse large transactions with conditional creates.
    """
    # Late: keeps the lookup usable without the share gate and the document mapping loaded.
    from ...gate.engine import passed
    from ..fhir.writer import build_bundle

    shareable = passed(subject, today=today, settings=settings)
    document = build_bundle(shareable)
    return pregnancy_transaction(document, shareable.record.mother.nhs_number, pregnancy_patient_id)


_FINAL_STATUSES = frozenset({"final", "amended"})


def pregnancy_transaction(document: Mapping[str, Any], nhs_number: str, pregnancy_patient_id: str) -> dict[str, Any]:
    """A document Bundle's resources as a transaction against the pregnancy's Patient (see
    :func:`pregnancy_write_payload`). A document that is not final (a preliminary draft's Composition) is
    refused, for the reason given there."""
    if not _LOGICAL_ID.fullmatch(pregnancy_patient_id):
        raise InputError("a FHIR logical id is 1 to 64 letters, digits, '-' or '.'", path="pregnancy_patient_id")
    entries = list(document.get("entry") or [])
    for index, entry in enumerate(entries):
        resource = entry.get("resource") or {}
        if resource.get("resourceType") == "Composition" and resource.get("status") not in _FINAL_STATUSES:
            raise MappingError(
                "only a final or amended document is written to a pregnancy record, never a draft",
                path=f"Bundle.entry[{index}].resource.status",
            )
    mother_refs: set[str] = set()
    for entry in entries:
        resource = entry.get("resource") or {}
        if _is_mother(resource, nhs_number):
            mother_refs.add(entry["fullUrl"])
            if resource.get("id"):
                mother_refs.add(f"Patient/{resource['id']}")
    if not mother_refs:
        raise MappingError("the document has no Patient with the mother's NHS number", path="Bundle.entry")
    pregnancy = f"Patient/{pregnancy_patient_id}"
    transaction: list[dict[str, Any]] = []
    for entry in entries:
        resource = entry.get("resource") or {}
        if _is_mother(resource, nhs_number):
            continue
        resource = _retarget(copy.deepcopy(dict(resource)), mother_refs, pregnancy)
        resource.pop("id", None)
        request = {"method": "POST", "url": resource["resourceType"]}
        transaction.append({"fullUrl": entry["fullUrl"], "resource": resource, "request": request})
    return {"resourceType": "Bundle", "type": "transaction", "entry": transaction}


def _is_mother(resource: Mapping[str, Any], nhs_number: str) -> bool:
    return resource.get("resourceType") == "Patient" and any(
        i.get("system") == NHS_NUMBER_SYSTEM and i.get("value") == nhs_number for i in resource.get("identifier") or []
    )


def _retarget(node: Any, mother_refs: set[str], pregnancy: str) -> Any:
    if isinstance(node, dict):
        return {
            k: pregnancy if k == "reference" and v in mother_refs else _retarget(v, mother_refs, pregnancy)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_retarget(v, mother_refs, pregnancy) for v in node]
    return node
