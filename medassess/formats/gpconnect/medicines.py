"""Pre-filling a record's medicines from a GP Connect Access Record: Structured medications response.

What a GP system integrator gets from GP Connect (FHIR STU3, CareConnect profiles) is a Bundle with the
patient's MedicationStatements. Each statement is one authorisation on the GP system: it points at a Medication
(a dm+d id under ``http://snomed.info/sct``), it is ``basedOn`` a MedicationRequest with intent ``plan`` (the
authorisation), and each issue of it is a MedicationRequest with intent ``order`` based on that plan.

A statement becomes a :class:`Medicine` (the record model normalises the code system to ``https://dmd.nhs.uk``):
the Medication's code and name, the dosage text, the start of the effective period, who prescribes (the
prescribing agency extension), and, kept as the GP record says it:

- **status**: the statement's ``active``, ``completed`` (ran its course; every acute) or ``stopped``
  (discontinued). A statement whose plan has ended (``completed``/``stopped``) is not read as active even if
  the statement says so. Any other status is imported without one, with a warning to check it.
- **the end date**: the statement's ``effectivePeriod.end``; for a stopped one with none, the date in the plan's
  status reason extension (``statusChangeDate``), then the plan's ``validityPeriod.end``; for a completed one,
  the plan's ``validityPeriod.end``, then the latest issue's. None is ever made up: a completed course with no
  end date anywhere stays completed (``Medicine.status``), with no stop date, and is never exported as active.
  An active statement's end is a planned end, kept with the status ``active``.
- **the last issue date** (beside the medicine, since the record has no field for it): the latest of the
  ``MedicationStatementLastIssueDate`` extension and the issues' own dates (``validityPeriod.start``, else
  ``authoredOn``), since an issue newer than the extension is still an issue.

**Merging.** One medicine per statement: its plan and its issues are that medicine, never medicines of their
own. Several statements of one dm+d code are merged the way a clinician reads a medication list, only where
nothing that matters in pregnancy would be hidden: the same code, dose text and prescriber kind, and either the
same dates (a duplicated entry), or a later one starting no later than the day after the earlier one ended or
while the earlier one is still active (a repeat re-authorised without a break). They are kept apart when the
dose differs, when there is any break (stopped before conception and restarted is exactly what an assessment
must see), and when a start or an end is unknown, since continuity cannot then be shown. A merged medicine
starts with the first, ends (and takes its status) with the last, and lists every statement id.

**Bad statements.** A statement with no medicine (a placeholder, a missing or unresolvable reference, a
reference to something that is not a Medication, wrong types) is left out with a located warning
(``Bundle.entry[7].resource.medicationReference`` and what was expected); a wrongly typed or impossible
element that the medicine can do without (a date, the dosage, the status) is left out with a warning and the
medicine kept. Warnings are medassess's own fixed words: never a name, id, element name or value from the
bundle. Only a file that is not a Bundle at all is refused (``ReadError``, exit status 2).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...core.exceptions import ReadError, RecordError
from ...record.codesystems import DMD_SYSTEM_ALIASES
from ...record.model import Medicine, Organisation, Prescriber

_LAST_ISSUE_DATE = frozenset(
    {
        "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1",
        "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationStatementLastIssueDate-1",
        "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationStatementLastIssueDate",
    }
)
_STATUS_REASON = frozenset(
    {"https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1"}
)
_PRESCRIBING_AGENCY = frozenset(
    {"https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescribingAgency-1"}
)
_PRESCRIBER_KIND = {
    "prescribed-at-gp-practice": "gp-practice",
    "prescribed-by-another-organisation": "other-organisation",
}
_STATUSES = ("active", "completed", "stopped")
_ENDED = ("completed", "stopped")
_ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code"
_FHIR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FHIR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")

NO_MEDICINE = (
    "names no medicine: expected a medicationReference to a Medication in the bundle, or a medicationCodeableConcept"
)
PLACEHOLDER = "names no medicine: no code with a display, and no text"
UNKNOWN_STATUS = (
    "is not active, completed or stopped (the statuses GP Connect uses); imported without a status, so check it"
)


@dataclass(frozen=True, slots=True)
class GpConnectWarning:
    """A problem in one part of the bundle: where (``Bundle.entry[7].resource...``) and what was expected, in
    medassess's own words only (never text from the bundle)."""

    path: str
    message: str

    def located(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class GpConnectMedicine:
    """A medicine read from GP Connect, with the facts the record has no field for."""

    medicine: Medicine
    status: str | None
    """The GP record's status: active, completed or stopped (None: it gave none GP Connect uses)."""
    last_issued: dt.date | None
    statement_id: str | None
    """The first statement's id (``statement_ids`` has every one merged into this medicine)."""
    statement_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GpConnectImport:
    """What a GP Connect bundle gives: the medicines, and a warning for each part that could not be used."""

    medicines: tuple[GpConnectMedicine, ...]
    warnings: tuple[GpConnectWarning, ...]

    def record_medicines(self) -> list[Medicine]:
        """The medicines, ready to pre-fill ``Record.medicines``."""
        return [m.medicine for m in self.medicines]


class _Skip(Exception):
    """A statement that cannot be a medicine (its warning is already recorded)."""


def _date(value: object) -> tuple[dt.date | None, bool]:
    """The day of a FHIR date or dateTime (None for a partial date, which has no day to give), and whether the
    value is a FHIR date at all."""
    if not isinstance(value, str) or not _FHIR_DATE.fullmatch(value):
        return None, False
    if not _FULL_DATE.match(value):
        return None, True
    try:
        return dt.date.fromisoformat(value[:10]), True
    except ValueError:
        return None, False


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _extension(resource: dict[str, Any], urls: frozenset[str]) -> dict[str, Any]:
    extensions = resource.get("extension")
    for extension in extensions if isinstance(extensions, list) else ():
        if isinstance(extension, dict) and extension.get("url") in urls:
            return extension
    return {}


def _sub_extension(extension: dict[str, Any], url: str) -> dict[str, Any]:
    return _extension(extension, frozenset({url}))


def _latest(dates: Iterable[dt.date | None]) -> dt.date | None:
    return max((d for d in dates if d is not None), default=None)


@dataclass
class _Read:
    """One statement as read, before merging."""

    position: int
    medicine: Medicine
    status: str | None
    last_issued: dt.date | None
    statement_ids: list[str] = field(default_factory=list)

    @property
    def open_ended(self) -> bool:
        return self.status == "active" and self.medicine.stopped is None


class _Bundle:
    """The bundle's resources by reference (``Type/id`` and fullUrl), for resolving statements' links."""

    def __init__(self, bundle: object, source: str) -> None:
        if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
            raise ReadError("not a GP Connect structured record (expected a FHIR Bundle)", source=source, path="$")
        self.source = source
        self.warnings: list[GpConnectWarning] = []
        self.entries: list[tuple[str, dict[str, Any]]] = []
        self.by_reference: dict[str, dict[str, Any]] = {}
        self.where: dict[int, str] = {}
        entries = bundle.get("entry")
        if entries is not None and not isinstance(entries, list):
            self.warn("Bundle.entry", "should be a list")
            entries = []
        for i, entry in enumerate(entries or []):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                self.warn(f"Bundle.entry[{i}].resource", "should be a FHIR resource (an object)")
                continue
            where = f"Bundle.entry[{i}].resource"
            self.entries.append((where, resource))
            self.where[id(resource)] = where
            if isinstance(resource.get("id"), str) and isinstance(resource.get("resourceType"), str):
                self.by_reference[f"{resource['resourceType']}/{resource['id']}"] = resource
            if isinstance(entry.get("fullUrl"), str):
                self.by_reference[entry["fullUrl"]] = resource
        # Each plan's issues: the orders based on it.
        self.orders: dict[int, list[dict[str, Any]]] = {}
        for _, resource in self.entries:
            if resource.get("resourceType") == "MedicationRequest" and resource.get("intent") == "order":
                based_on = resource.get("basedOn")
                for reference in based_on if isinstance(based_on, list) else ():
                    plan = self.lookup(reference)
                    if plan is not None:
                        self.orders.setdefault(id(plan), []).append(resource)

    def warn(self, path: str, message: str) -> None:
        self.warnings.append(GpConnectWarning(path, message))

    def lookup(self, reference: object) -> dict[str, Any] | None:
        target = reference.get("reference") if isinstance(reference, dict) else None
        return self.by_reference.get(target) if isinstance(target, str) else None

    def practice(self) -> Organisation | None:
        """The patient's registered practice (Patient.managingOrganization), when it has an ODS code."""
        for _, resource in self.entries:
            if resource.get("resourceType") == "Patient":
                organisation = self.lookup(resource.get("managingOrganization"))
                # The practice only adds detail to "prescribed at the GP practice"; without it, none is given.
                return _organisation(organisation) if organisation else None
        return None


def _organisation(resource: dict[str, Any]) -> Organisation | None:
    identifiers = resource.get("identifier")
    for identifier in identifiers if isinstance(identifiers, list) else ():
        if isinstance(identifier, dict) and identifier.get("system") == _ODS_SYSTEM:
            try:
                return Organisation(ods_code=identifier.get("value"), name=resource.get("name"))
            except RecordError:
                return None
    return None


def _coding(concept: object, where: str) -> tuple[dict[str, Any] | None, object, str]:
    """The dm+d / SNOMED coding of a CodeableConcept (as data: the record model checks it with the medicine, so
    a problem is located there), the best name for it, and where the code is."""
    if not isinstance(concept, dict):
        return None, None, where
    # A GP system may add its own local code beside the dm+d one; the dm+d one is what the record needs, and
    # a record holds no other system (no export could send it), so a medicine with only a local code is kept
    # by its name.
    codings = concept.get("coding")
    usable = [
        (i, c)
        for i, c in enumerate(codings if isinstance(codings, list) else ())
        if isinstance(c, dict) and isinstance(c.get("code"), str)
    ]
    dmd = [(i, c) for i, c in usable if c.get("system") in DMD_SYSTEM_ALIASES]
    if not dmd:
        return None, next((c["display"] for _, c in usable if c.get("display")), None) or concept.get("text"), where
    i, coding = dmd[0]
    name = coding.get("display") or concept.get("text")
    return (
        {"system": coding["system"], "code": coding["code"], "display": coding.get("display")},
        name,
        (f"{where}.coding[{i}]"),
    )


def _prescriber(statement: dict[str, Any], practice: Organisation | None) -> Prescriber | None:
    concept = _dict(_extension(statement, _PRESCRIBING_AGENCY).get("valueCodeableConcept"))
    codings = concept.get("coding")
    codes = [c.get("code") for c in (codings if isinstance(codings, list) else ()) if isinstance(c, dict)]
    kind = next((_PRESCRIBER_KIND[c] for c in codes if isinstance(c, str) and c in _PRESCRIBER_KIND), None)
    if kind is None:
        return None
    return Prescriber(kind=kind, organisation=practice if kind == "gp-practice" else None)


class _Statement:
    """Reading one MedicationStatement, with its plan and issues, into a medicine."""

    def __init__(self, bundle: _Bundle, where: str, statement: dict[str, Any]) -> None:
        self.bundle, self.where, self.statement = bundle, where, statement

    def warn(self, element: str, message: str) -> None:
        self.bundle.warn(self.where + element, message)

    def date(self, value: object, element: str) -> dt.date | None:
        """A date of the statement; a value that is not a FHIR date is left out with a warning."""
        if value is None:
            return None
        day, ok = _date(value)
        if not ok:
            self.warn(element, "is not a FHIR date or dateTime; left out")
        return day

    def medication(self) -> tuple[dict[str, Any] | None, object, str]:
        statement = self.statement
        if "medicationReference" in statement:
            reference = statement["medicationReference"]
            if not isinstance(reference, dict) or not isinstance(reference.get("reference"), str):
                self.warn(".medicationReference", "should be a reference (an object with a reference)")
                raise _Skip
            medication = self.bundle.lookup(reference)
            if medication is None:
                self.warn(
                    ".medicationReference", "refers to a resource the bundle does not contain; expected a Medication"
                )
                raise _Skip
            if medication.get("resourceType") != "Medication":
                self.warn(".medicationReference", "refers to a resource that is not a Medication")
                raise _Skip
            return _coding(medication.get("code"), self.bundle.where[id(medication)] + ".code")
        if "medicationCodeableConcept" in statement:
            return _coding(statement["medicationCodeableConcept"], self.where + ".medicationCodeableConcept")
        self.warn("", NO_MEDICINE)
        raise _Skip

    def plan(self) -> dict[str, Any]:
        based_on = self.statement.get("basedOn")
        if based_on is None:
            return {}
        if not isinstance(based_on, list):
            self.warn(".basedOn", "should be a list; left out")
            return {}
        for i, reference in enumerate(based_on):
            request = self.bundle.lookup(reference)
            if request is None:
                self.warn(
                    f".basedOn[{i}]",
                    "refers to a resource the bundle does not contain; the medicine is imported without its plan",
                )
            elif request.get("resourceType") == "MedicationRequest" and request.get("intent") == "plan":
                return request
        return {}

    def status(self, plan: dict[str, Any]) -> str | None:
        status = self.statement.get("status")
        plan_status = plan.get("status")
        if plan_status in _ENDED and status not in _ENDED:
            return str(plan_status)  # a plan that has ended is never read as active
        if status in _STATUSES:
            return str(status)
        if status is None and plan_status in _STATUSES:
            return str(plan_status)
        self.warn(".status", UNKNOWN_STATUS)
        return None

    def dose(self) -> str | None:
        dosage = self.statement.get("dosage")
        if dosage is None:
            return None
        if not isinstance(dosage, list):
            self.warn(".dosage", "should be a list; left out")
            return None
        texts = []
        for i, item in enumerate(dosage):
            text = item.get("text") if isinstance(item, dict) else None
            if isinstance(text, str):
                texts.append(text)
            elif not isinstance(item, dict) or "text" in item:
                self.warn(f".dosage[{i}]", "should be an object with a text; left out")
        return "; ".join(texts) or None

    def read(self, number: int, practice: Organisation | None) -> _Read:
        code, name, code_where = self.medication()
        if not isinstance(name, str) or not name.strip():
            self.warn("", PLACEHOLDER)
            raise _Skip
        statement = self.statement
        plan = self.plan()
        orders = self.bundle.orders.get(id(plan), []) if plan else []
        status = self.status(plan)

        period = self.period()
        plan_validity = _dict(_dict(plan.get("dispenseRequest")).get("validityPeriod"))
        started = self.started(period, plan_validity)
        issues = [_dict(_dict(o.get("dispenseRequest")).get("validityPeriod")) for o in orders]
        end = self.ended(period, plan, plan_validity, status, issues)
        last_issued = self.last_issued(issues, orders)

        statement_id = statement.get("id") if isinstance(statement.get("id"), str) else None
        data = {
            "id": statement_id if statement_id and _FHIR_ID.fullmatch(statement_id) else f"gpc-{number}",
            "code": code,
            "name": name,
            "dose": self.dose(),
            "started": started,
            "stopped": end,
            "status": status,
            "prescriber": _prescriber(statement, practice),
        }
        medicine = self.medicine(data, code_where)
        return _Read(number, medicine, status, last_issued, [statement_id] if statement_id else [])

    def period(self) -> dict[str, Any]:
        period_value = self.statement.get("effectivePeriod")
        if period_value is not None and not isinstance(period_value, dict):
            self.warn(".effectivePeriod", "should be an object; left out")
        return _dict(period_value)

    def started(self, period: dict[str, Any], plan_validity: dict[str, Any]) -> dt.date | None:
        """The statement's start, or the plan's where the statement gives none."""
        started = self.date(period.get("start"), ".effectivePeriod.start") or self.date(
            self.statement.get("effectiveDateTime"), ".effectiveDateTime"
        )
        if "start" not in period and "effectiveDateTime" not in self.statement:
            # The plan's period mirrors the statement's; it stands in only where the statement gives no start at
            # all, never for a partial one (which would give it a day it does not have).
            started = _date(plan_validity.get("start"))[0]
        return started

    def ended(
        self,
        period: dict[str, Any],
        plan: dict[str, Any],
        plan_validity: dict[str, Any],
        status: str | None,
        issues: list[dict[str, Any]],
    ) -> dt.date | None:
        """The statement's end, or where it gives none and the medicine has ended: the day its plan's status
        changed, the plan's end, or (completed) the end of its last issue."""
        end = self.date(period.get("end"), ".effectivePeriod.end")
        if end is None and status == "stopped":
            reason = _extension(plan, _STATUS_REASON)
            end = _date(_sub_extension(reason, "statusChangeDate").get("valueDateTime"))[0]
        if end is None and status in _ENDED:
            end = _date(plan_validity.get("end"))[0]
        if end is None and status == "completed":
            end = _latest(_date(issue.get("end"))[0] for issue in issues)
        return end

    def last_issued(self, issues: list[dict[str, Any]], orders: list[dict[str, Any]]) -> dt.date | None:
        """The latest issue the statement's extension or the plan's orders show."""
        last_issue = _extension(self.statement, _LAST_ISSUE_DATE)
        return _latest(
            [
                _date(last_issue.get("valueDateTime") or last_issue.get("valueDate"))[0],
                *(
                    _date(issue.get("start"))[0] or _date(order.get("authoredOn"))[0]
                    for issue, order in zip(issues, orders, strict=True)
                ),
            ]
        )

    def medicine(self, data: dict[str, Any], code_where: str) -> Medicine:
        """``data`` as a medicine; a problem is warned of at the element it comes from, and the statement skipped."""
        try:
            return Medicine.model_validate(data)
        except RecordError as exc:  # the first problem, at its path in the medicine (record_error's words)
            problem = exc.problems[0]
            inside = problem.path.removeprefix("$")
            in_code = inside == ".code" or inside.startswith((".code.", ".code["))
            path = code_where + inside.removeprefix(".code") if in_code else self.where
            element = f" ({inside[1:]})" if inside else ""
            self.bundle.warn(path, f"cannot be a medicine{element}: {problem.message}")
            raise _Skip from None


def _same_medicine(a: _Read, b: _Read) -> bool:
    ma, mb = a.medicine, b.medicine
    return (
        ma.code is not None
        and mb.code is not None
        and (ma.code.system, ma.code.code) == (mb.code.system, mb.code.code)
        and ma.dose == mb.dose
        and (ma.prescriber and ma.prescriber.kind) == (mb.prescriber and mb.prescriber.kind)
    )


def _continues(a: _Read, b: _Read) -> bool:
    """Whether ``b`` (starting no earlier than ``a``) carries on ``a`` with no break a clinician would need to see."""
    ma, mb = a.medicine, b.medicine
    if ma.started is None or mb.started is None:
        return False
    if (ma.started, ma.stopped, a.status) == (mb.started, mb.stopped, b.status):
        return True  # the same entry twice
    if a.open_ended:
        return True
    return ma.stopped is not None and mb.started - ma.stopped <= dt.timedelta(days=1)


def _merge(a: _Read, b: _Read) -> _Read:
    """``a`` carried on by ``b``: from a's start to the later end, with the status of the one that ends last."""
    if a.open_ended and not b.open_ended:
        last = a
    elif b.open_ended:
        last = b
    else:
        last = b if (b.medicine.stopped or dt.date.min) >= (a.medicine.stopped or dt.date.min) else a
    medicine = a.medicine.model_copy(update={"stopped": last.medicine.stopped, "status": last.medicine.status})
    medicine = Medicine.model_validate(medicine.model_dump())
    return _Read(
        a.position,
        medicine,
        last.status,
        _latest([a.last_issued, b.last_issued]),
        a.statement_ids + b.statement_ids,
    )


def _merged(reads: list[_Read]) -> list[_Read]:
    out: list[_Read] = []
    for read in sorted(reads, key=lambda r: (r.medicine.started or dt.date.max, r.position)):
        earlier = next((o for o in reversed(out) if _same_medicine(o, read)), None)
        if earlier is not None and _continues(earlier, read):
            out[out.index(earlier)] = _merge(earlier, read)
        else:
            out.append(read)
    return sorted(out, key=lambda r: r.position)


def import_gp_connect(bundle: object, *, source: str = "<gp-connect>") -> GpConnectImport:
    """The medicines of a GP Connect medications response and a located warning for each part that could not
    be used; entered-in-error statements are left out. Raises ReadError only when the input is not a Bundle."""
    parsed = _Bundle(bundle, source)
    practice = parsed.practice()
    reads: list[_Read] = []
    for where, resource in parsed.entries:
        if resource.get("resourceType") != "MedicationStatement" or resource.get("status") == "entered-in-error":
            continue
        try:
            reads.append(_Statement(parsed, where, resource).read(len(reads) + 1, practice))
        except _Skip:
            continue
    medicines = tuple(
        GpConnectMedicine(
            medicine=r.medicine,
            status=r.status,
            last_issued=r.last_issued,
            statement_id=r.statement_ids[0] if r.statement_ids else None,
            statement_ids=tuple(r.statement_ids),
        )
        for r in _merged(reads)
    )
    return GpConnectImport(medicines, tuple(sorted(parsed.warnings, key=_entry_order)))


def _entry_order(warning: GpConnectWarning) -> int:
    """Warnings in the order of the bundle's entries (those about the bundle itself first)."""
    found = re.match(r"Bundle\.entry\[(\d+)\]", warning.path)
    return int(found.group(1)) if found else -1


def _strict(bundle: object, source: str) -> GpConnectImport:
    result = import_gp_connect(bundle, source=source)
    if result.warnings:
        first = result.warnings[0]
        raise ReadError(first.message, source=source, path=first.path)
    return result


def read_gp_connect_medicines(bundle: object, *, source: str = "<gp-connect>") -> list[GpConnectMedicine]:
    """Every medicine of a GP Connect medications response, strictly: a ReadError at the first part that could
    not be used, since a list has nowhere to say so. :func:`import_gp_connect` imports the rest with warnings."""
    return list(_strict(bundle, source).medicines)


def medicines_from_gp_connect(bundle: object, *, source: str = "<gp-connect>") -> list[Medicine]:
    """The medicines of a GP Connect medications response, ready to pre-fill ``Record.medicines``; strict, like
    :func:`read_gp_connect_medicines`."""
    return _strict(bundle, source).record_medicines()
