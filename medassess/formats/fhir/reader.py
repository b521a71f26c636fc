"""A record back from a medassess FHIR R4 document Bundle, so a receiver gets the structured record.

The reader follows the mapping in docs/fhir-mapping.md in reverse: the Composition (first entry) names the
record, version, template and status; its sections say which resource plays which part; exact text comes
from the ``exact-text`` / ``empty-text`` primitive extensions when present. dm+d codes arrive under
``https://dmd.nhs.uk`` or ``http://snomed.info/sct`` and are both accepted (the record keeps the UK Core one).

The written conclusions are checked against the SHA-256 the Provenance carries; a mismatch means the
document was changed after it was written, and it is refused. Problems raise ReadError naming the
resource and element, never a value from the document.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, Concatenate, ParamSpec, TypeVar

import orjson

from ...core.exceptions import InputError, ReadError
from ...core.layouts import FHIR_DOCUMENT
from ...core.limits import Limits, parse_json, too_large
from ...record.identifiers import NHS_NUMBER_SYSTEM, ODS_ORGANISATION_SYSTEM, REGISTRATION_SYSTEMS
from ...record.io import json_problem, record_from_data
from ...record.model import Record
from .writer import (
    ASSESSMENT_ID_SYSTEM,
    CLINICIAN_ROLES,
    EDD_CLINICAL_METHOD,
    EDD_CODES,
    EXT_DOSAGE_LAST_CHANGED,
    EXT_PRESCRIBING_ORG_TYPE,
    EXT_VERSION_NUMBER,
    EXTENSIONS,
    FEEDING,
    LAWFUL_BASES,
    MEDICINE_ID_SYSTEM,
    NOTE_KINDS,
    OBS_DELIVERY,
    OBS_FEEDING,
    OBS_GESTATION,
    OBS_STAGE,
    RECIPIENT_ID_SYSTEM,
    RECIPIENT_ROLES,
    RECORD_ID_SYSTEM,
    SECTION_CODES,
    STAGES,
    STATUS_TO_FHIR,
    Code,
    conclusions_sha256,
    section_empty_reason,
)

Resource = dict[str, Any]
NOT_OURS = "not a medassess assessment document"

_STATUS_FROM_FHIR = {v: k for k, v in STATUS_TO_FHIR.items()}
_REGISTERS = {v: k for k, v in REGISTRATION_SYSTEMS.items()}
_SECTION_KEYS = {code: key for key, (code, _) in SECTION_CODES.items()}


def _inverse(table: dict[Any, Code]) -> dict[tuple[str, str], Any]:
    return {(system, code): key for key, (system, code, _) in table.items()}


_CLINICIAN_ROLES = _inverse(CLINICIAN_ROLES)
_RECIPIENT_ROLES = _inverse(RECIPIENT_ROLES)
_STAGES = _inverse(STAGES)
_FEEDING = _inverse(FEEDING)
_LAWFUL_BASES = _inverse(LAWFUL_BASES)
_EDD_BASES = {(s, c): basis for basis, (s, c, _) in EDD_CODES.items() if basis not in (None, "clinical")}
_NOTE_FIELDS = {kind: (part, field) for part, field, kind in NOTE_KINDS}


def exact_text(element: Resource, key: str) -> str | None:
    """A string element's exact value: from its ``exact-text`` / ``empty-text`` extension, else as written."""
    primitive = element.get("_" + key)
    if isinstance(primitive, dict):
        found = _primitive_exact(primitive)
        if found is not None:
            return found
    value = element.get(key)
    return value if isinstance(value, str) else None


def _primitive_exact(primitive: Resource) -> str | None:
    for ext in primitive.get("extension") or ():
        if ext.get("url") == EXTENSIONS["empty-text"]:
            return ""
        if ext.get("url") == EXTENSIONS["exact-text"]:
            try:
                return base64.b64decode(ext["valueBase64Binary"], validate=True).decode("utf-8")
            except (KeyError, binascii.Error, UnicodeDecodeError):
                raise ReadError("an exact-text extension is not base64 of UTF-8 text") from None
    return None


def exact_text_list(element: Resource, key: str) -> list[str]:
    """A repeating string element's exact values (``given``, ``prefix``): a list of strings in FHIR JSON.

    A bare string is refused, never read letter by letter as a list of one-letter names."""
    values = element.get(key)
    if values is None:
        return []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ReadError(f"expected `{key}` to be a list of strings")
    primitives = element.get("_" + key)
    if not isinstance(primitives, list):
        primitives = [None] * len(values)
    out = []
    for value, primitive in zip(values, primitives, strict=False):
        exact = _primitive_exact(primitive) if isinstance(primitive, dict) else None
        out.append(exact if exact is not None else value)
    return out


def extension_text(ext: Resource) -> str | None:
    """The text an extension holds: valueString, or a text/plain valueAttachment (see _fhir._ext_text)."""
    attachment = ext.get("valueAttachment")
    if isinstance(attachment, dict):
        try:
            return base64.b64decode(attachment.get("data", ""), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ReadError("a text attachment is not base64 of UTF-8 text") from None
    value = ext.get("valueString")
    return value if isinstance(value, str) else None


def _coding_key(concept: Resource | None) -> tuple[str, str] | None:
    if not concept:
        return None
    for coding in concept.get("coding") or ():
        return (coding.get("system", ""), coding.get("code", ""))
    return None


def _ext(resource: Resource, url: str) -> Resource | None:
    for ext in resource.get("extension") or ():
        if ext.get("url") == url:
            return ext  # type: ignore[no-any-return]
    return None


_P = ParamSpec("_P")
_T = TypeVar("_T")


def _locates(
    method: Callable[Concatenate[_Reader, Resource, _P], _T],
) -> Callable[Concatenate[_Reader, Resource, _P], _T]:
    """Read a resource with the reader located at it, so a problem found inside it is reported there."""

    @functools.wraps(method)
    def located(self: _Reader, resource: Resource, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        with self.reading(resource):
            return method(self, resource, *args, **kwargs)

    return located


class _Reader:
    def __init__(self, bundle: Resource, source: str) -> None:
        self.source = source
        self.at = "Bundle"
        """The resource being read: where a problem found by a helper that knows no path is reported."""
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "document":
            raise ReadError(NOT_OURS + ": expected a FHIR document Bundle", source=source, path="Bundle.type")
        entries = bundle.get("entry")
        if not isinstance(entries, list) or not entries:
            raise ReadError("the document Bundle has no entries", source=source, path="Bundle.entry")
        self.found: dict[str, str] = {}
        """Where the document holds a record field a later layout added (``safeguarding.discharge_details``)."""
        self.by_ref: dict[str, Resource] = {}
        self.where: dict[int, str] = {}
        for i, entry in enumerate(entries):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict) or not isinstance(entry.get("fullUrl"), str):
                raise ReadError("an entry needs a fullUrl and a resource", source=source, path=f"Bundle.entry[{i}]")
            self.by_ref[entry["fullUrl"]] = resource
            self.where[id(resource)] = f"Bundle.entry[{i}].resource"
        self.composition = entries[0]["resource"]
        if self.composition.get("resourceType") != "Composition":
            raise ReadError(
                "the first entry of a document is its Composition", source=source, path="Bundle.entry[0].resource"
            )

    def layout(self) -> int:
        """The FHIR document layout the Composition names (its ``layout-version`` extension; none: layout 1,
        written before the layout was named), checked before anything else is read. Each later layout only adds
        (layout 2 that extension, layout 3 the Flag's ``discharge-details``), so the rest is read the same way
        whatever it says, and a document is then refused if it carries an addition later than its layout
        (``check_additions``)."""
        for i, ext in enumerate(self.composition.get("extension") or ()):
            if ext.get("url") == EXTENSIONS["layout-version"]:
                version = ext.get("valueInteger")
                if not FHIR_DOCUMENT.reads(version):
                    raise self.fail(self.composition, f"extension[{i}].valueInteger", FHIR_DOCUMENT.refusal(version))
                return int(version)
        return 1

    def check_additions(self, record: Record, layout: int) -> None:
        """Refuse a document carrying what a later layout than the one it names added, where it carries it."""
        later = FHIR_DOCUMENT.beyond(record, layout)
        if later is not None and later.field is not None:
            where = self.found.get(later.field, "Bundle.entry[0].resource.extension")
            raise ReadError(FHIR_DOCUMENT.lacks(later, layout), source=self.source, path=where)

    @contextlib.contextmanager
    def reading(self, resource: Resource) -> Iterator[None]:
        outer = self.at
        self.at = self.where.get(id(resource), outer)
        yield
        # Restored only on success: a problem raised inside leaves the reader at the innermost resource, which
        # is where record_from_bundle reports a problem found by a helper that knows no path.
        self.at = outer

    def fail(self, resource: Resource, element: str, message: str) -> ReadError:
        return ReadError(message, source=self.source, path=f"{self.where.get(id(resource), 'Bundle')}.{element}")

    def resolve(self, holder: Resource, element: str, reference: Any) -> Resource:
        ref = reference.get("reference") if isinstance(reference, dict) else None
        resource = self.by_ref.get(ref) if isinstance(ref, str) else None
        if resource is None:
            raise self.fail(holder, element, "refers to a resource the Bundle does not hold")
        return resource

    def sections(self) -> dict[str, list[Resource]]:
        out: dict[str, list[Resource]] = {key: [] for key in SECTION_CODES}
        for i, section in enumerate(self.composition.get("section") or ()):
            key = _SECTION_KEYS.get((_coding_key(section.get("code")) or ("", ""))[1])
            if key is None:
                raise self.fail(self.composition, f"section[{i}].code", "is not a section medassess writes")
            out[key] = [
                self.resolve(self.composition, f"section[{i}].entry[{j}]", e)
                for j, e in enumerate(section.get("entry") or ())
            ]
        return out

    def empty_reasons(self, record: Record) -> None:
        """Each section's emptyReason, where there is one, is on a section without entries (FHIR cmp-2) and is
        the reason medassess gives for that part of this record, so the record read back exports the same
        bytes. A section without one (documents written before medassess wrote them) reads the same."""
        preliminary = _ext(self.composition, EXTENSIONS["record-status"]) is not None
        for i, section in enumerate(self.composition.get("section") or ()):
            if "emptyReason" not in section:
                continue
            where = f"section[{i}].emptyReason"
            if section.get("entry"):
                raise self.fail(self.composition, where, "a section with entries cannot have an empty reason")
            key = _SECTION_KEYS[(_coding_key(section.get("code")) or ("", ""))[1]]
            if section["emptyReason"] != section_empty_reason(key, record, preliminary=preliminary):
                raise self.fail(self.composition, where, "is not the reason medassess gives for this empty section")

    # -- people and organisations ------------------------------------------------------------------------

    def organisation(self, holder: Resource, element: str, reference: Any) -> dict[str, Any]:
        org = self.resolve(holder, element, reference)
        with self.reading(org):
            return self._organisation(org)

    @staticmethod
    def _organisation(org: Resource) -> dict[str, Any]:
        ods = next(
            (i.get("value") for i in org.get("identifier") or () if i.get("system") == ODS_ORGANISATION_SYSTEM), None
        )
        out: dict[str, Any] = {"ods_code": ods}
        name = exact_text(org, "name")
        if name is not None:
            out["name"] = name
        return out

    @staticmethod
    def name(names: Any) -> dict[str, Any] | None:
        if not names:
            return None
        n = names[0]
        out: dict[str, Any] = {}
        prefix = exact_text_list(n, "prefix")
        if prefix:
            out["prefix"] = prefix[0]
        out["given"] = exact_text_list(n, "given")
        out["family"] = exact_text(n, "family")
        return out

    def practitioner(self, role: Resource, out: dict[str, Any]) -> None:
        if "practitioner" not in role:
            return
        self._practitioner(self.resolve(role, "practitioner", role["practitioner"]), out)

    @_locates
    def _practitioner(self, p: Resource, out: dict[str, Any]) -> None:
        name = self.name(p.get("name"))
        if name is not None:
            out["name"] = name
        for ident in p.get("identifier") or ():
            body = _REGISTERS.get(ident.get("system"))
            if body is not None:
                out["registration"] = {"body": body, "number": exact_text(ident, "value")}

    def clinician(self, holder: Resource, element: str, reference: Any) -> dict[str, Any]:
        return self._clinician(self.resolve(holder, element, reference))

    @_locates
    def _clinician(self, role: Resource) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self.practitioner(role, out)
        code = _coding_key((role.get("code") or [None])[0])
        if code is not None:
            out["role"] = _CLINICIAN_ROLES.get(code)
        if "organization" in role:
            out["organisation"] = self.organisation(role, "organization", role["organization"])
        # Record order: name, role, registration, organisation.
        return {k: out[k] for k in ("name", "role", "registration", "organisation") if k in out}

    def contact(self, holder: Resource, element: str, reference: Any) -> dict[str, Any]:
        return self._contact(self.resolve(holder, element, reference))

    @_locates
    def _contact(self, role: Resource) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self.practitioner(role, out)
        if "organization" in role:
            out["organisation"] = self.organisation(role, "organization", role["organization"])
        for telecom in role.get("telecom") or ():
            out["telephone"] = exact_text(telecom, "value")
        return out

    @_locates
    def recipient(self, role: Resource) -> dict[str, Any]:
        rid = next(
            (i.get("value") for i in role.get("identifier") or () if i.get("system") == RECIPIENT_ID_SYSTEM), None
        )
        code = _coding_key((role.get("code") or [None])[0])
        out: dict[str, Any] = {"id": rid, "role": _RECIPIENT_ROLES.get(code) if code else None}
        if "organization" in role:
            out["organisation"] = self.organisation(role, "organization", role["organization"])
        person: dict[str, Any] = {}
        self.practitioner(role, person)
        if "name" in person:
            out["name"] = person["name"]
        route = _ext(role, EXTENSIONS["delivery-route"])
        if route is not None:
            out["route"] = _route(route)
        fmt = _ext(role, EXTENSIONS["payload-format"])
        if fmt is not None:
            out["format"] = fmt.get("valueCode")
        return out

    # -- the record ----------------------------------------------------------------------------------------

    def record(self) -> dict[str, Any]:
        with self.reading(self.composition):
            return self._record(self.composition)

    def _record(self, comp: Resource) -> dict[str, Any]:
        ident = comp.get("identifier") or {}
        if ident.get("system") != RECORD_ID_SYSTEM:
            # Checked before anything else, so another system's document is named as such, not picked apart.
            raise self.fail(
                comp, "identifier", f"{NOT_OURS}: the Composition has no record id under {RECORD_ID_SYSTEM}"
            )
        sections = self.sections()
        data = self._about(comp, ident)
        partner = next((r for r in sections["safeguarding"] if r.get("resourceType") == "Patient"), None)
        if partner is not None:
            data["partner"] = self.partner(partner)
        data["pregnancy"] = self.pregnancy(sections["pregnancy"])
        medicine_ids: dict[int, str] = {}
        data["medicines"] = [self.medicine(m, partner, medicine_ids) for m in sections["medicines"]]
        data["assessments"] = [self.assessment(a, medicine_ids) for a in sections["assessments"]]
        if sections["conclusion"]:
            overall = sections["conclusion"][0]
            data["overall_conclusion"] = self.impression(overall, {"text": exact_text(overall, "summary")})
        attestation = self._attestation(comp)
        if attestation is not None:
            data["attestation"] = attestation
        data.update(self._sharing(sections))
        return data

    def _about(self, comp: Resource, ident: Resource) -> dict[str, Any]:
        """What the Composition itself says of the record: its id, version, template, status, date, mother and
        the reason it was amended."""
        version = _ext(comp, EXT_VERSION_NUMBER)
        template = _ext(comp, EXTENSIONS["template"])
        if version is None or template is None:
            raise self.fail(comp, "extension", "needs the record version and template extensions")
        record_status = _ext(comp, EXTENSIONS["record-status"])
        status = record_status.get("valueCode") if record_status else _STATUS_FROM_FHIR.get(comp.get("status", ""))
        mother = self.resolve(comp, "subject", comp.get("subject"))
        data: dict[str, Any] = {
            "record_id": ident.get("value"),
            "version": _int(version.get("valueString")),
            "template": _sub_values(template),
            "status": status,
            "updated": comp.get("date"),
            "mother": self.mother(mother),
        }
        amendment = _ext(comp, EXTENSIONS["amendment-reason"])
        if amendment is not None:
            data["amendment_reason"] = extension_text(amendment)
        return data

    def _attestation(self, comp: Resource) -> dict[str, Any] | None:
        """Who attested the record and when (the last attester, each read); None where nobody has."""
        attestation = None
        for i, attester in enumerate(comp.get("attester") or ()):
            attestation = {
                "by": self.clinician(comp, f"attester[{i}].party", attester.get("party")),
                "at": attester.get("time"),
            }
        return attestation

    def _sharing(self, sections: dict[str, list[Resource]]) -> dict[str, Any]:
        """The safeguarding answers, the recipients and the lawful basis for sharing."""
        data: dict[str, Any] = {}
        flag = next((r for r in sections["safeguarding"] if r.get("resourceType") == "Flag"), None)
        # No Flag is how every safeguarding question answered "no" is written (see _fhir._ANSWERED_NO).
        data["safeguarding"] = (
            self.safeguarding(flag)
            if flag is not None
            else {"child_protection_plan": False, "care_order": "none", "looked_after": False}
        )
        data["recipients"] = [
            self.recipient(r) for r in sections["recipients"] if r.get("resourceType") == "PractitionerRole"
        ]
        consent = next((r for r in sections["recipients"] if r.get("resourceType") == "Consent"), None)
        if consent is not None:
            data["lawful_basis"] = self.lawful_basis(consent)
        return data

    @_locates
    def mother(self, patient: Resource) -> dict[str, Any]:
        nhs = next(
            (i.get("value") for i in patient.get("identifier") or () if i.get("system") == NHS_NUMBER_SYSTEM), None
        )
        gp = (patient.get("generalPractitioner") or [None])[0]
        return {
            "nhs_number": nhs,
            "name": self.name(patient.get("name")),
            "birth_date": patient.get("birthDate"),
            "registered_practice": self.organisation(patient, "generalPractitioner[0]", gp),
        }

    @_locates
    def partner(self, patient: Resource) -> dict[str, Any]:
        out: dict[str, Any] = {}
        name = self.name(patient.get("name"))
        if name is not None:
            out["name"] = name
        relationship = _ext(patient, EXTENSIONS["relationship-to-mother"])
        if relationship is not None:
            out["relationship"] = extension_text(relationship)
        for ident in patient.get("identifier") or ():
            if ident.get("system") == NHS_NUMBER_SYSTEM:
                out["nhs_number"] = ident.get("value")
        return out

    def pregnancy(self, observations: list[Resource]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for obs in observations:
            with self.reading(obs):
                self.observation(obs, out)
        order = ("stage", "edd", "edd_basis", "gestation", "delivery_date", "infant_feeding")
        return {k: out[k] for k in order if k in out}

    def observation(self, obs: Resource, out: dict[str, Any]) -> None:
        code = _coding_key(obs.get("code"))
        if code == OBS_STAGE[:2]:
            out["stage"] = _STAGES.get(_coding_key(obs.get("valueCodeableConcept")) or ("", ""))
        elif code == OBS_GESTATION[:2]:
            days = _int(obs.get("valueQuantity", {}).get("value"))
            out["gestation"] = {"weeks": days // 7, "days": days % 7, "on": obs.get("effectiveDateTime")}
        elif code == OBS_DELIVERY[:2]:
            out["delivery_date"] = obs.get("valueDateTime")
        elif code == OBS_FEEDING[:2]:
            out["infant_feeding"] = _FEEDING.get(_coding_key(obs.get("valueCodeableConcept")) or ("", ""))
        elif code is not None and code in {c[:2] for c in EDD_CODES.values()}:
            if "valueDateTime" in obs:
                out["edd"] = obs["valueDateTime"]
            if code in _EDD_BASES:
                out["edd_basis"] = _EDD_BASES[code]
            elif _coding_key(obs.get("method")) == EDD_CLINICAL_METHOD[:2]:
                out["edd_basis"] = "clinical"
        else:
            raise self.fail(obs, "code", "is not a pregnancy observation medassess writes")

    @_locates
    def medicine(self, statement: Resource, partner: Resource | None, ids: dict[int, str]) -> dict[str, Any]:
        mid = next(
            (i.get("value") for i in statement.get("identifier") or () if i.get("system") == MEDICINE_ID_SYSTEM), None
        )
        ids[id(statement)] = mid or ""
        out: dict[str, Any] = {"id": mid}
        concept = statement.get("medicationCodeableConcept") or {}
        code = _medicine_code(concept)
        if code is not None:
            out["code"] = code
        out["name"] = exact_text(concept, "text")
        for dosage in statement.get("dosage") or ():
            out["dose"] = exact_text(dosage, "text")
        subject = self.resolve(statement, "subject", statement.get("subject"))
        if partner is not None and subject is partner:
            out["taken_by"] = "partner"
        out.update(_medicine_dates(statement))
        prescriber = self.prescriber(statement)
        if prescriber is not None:
            out["prescriber"] = prescriber
        if _ext(statement, EXTENSIONS["flagged-for-assessment"]) is not None:
            out["flagged"] = True
        reason = _ext(statement, EXTENSIONS["not-of-concern-reason"])
        if reason is not None:
            out["not_of_concern_reason"] = extension_text(reason)
        return out

    def prescriber(self, statement: Resource) -> dict[str, Any] | None:
        """Where a medicine was prescribed (the GP practice or another organisation, which may be named); None
        where the statement does not say."""
        kind = _ext(statement, EXT_PRESCRIBING_ORG_TYPE)
        if kind is None:
            return None
        code = _coding_key(kind.get("valueCodeableConcept"))
        prescriber: dict[str, Any] = {
            "kind": "gp-practice" if code and code[1] == "prescribed-at-gp-practice" else "other-organisation"
        }
        org = _ext(statement, EXTENSIONS["prescriber-organisation"])
        if org is not None:
            prescriber["organisation"] = self.organisation(statement, "extension", org.get("valueReference"))
        return prescriber

    @_locates
    def impression(self, resource: Resource, out: dict[str, Any]) -> dict[str, Any]:
        if "assessor" in resource:
            out["author"] = self.clinician(resource, "assessor", resource["assessor"])
        if "date" in resource:
            out["date"] = resource["date"]
        return {k: v for k, v in out.items() if v is not None}

    @_locates
    def assessment(self, resource: Resource, medicine_ids: dict[int, str]) -> dict[str, Any]:
        aid = next(
            (i.get("value") for i in resource.get("identifier") or () if i.get("system") == ASSESSMENT_ID_SYSTEM), None
        )
        mids = [
            medicine_ids.get(id(self.resolve(resource, f"supportingInfo[{i}]", ref)), "")
            for i, ref in enumerate(resource.get("supportingInfo") or ())
        ]
        parts: dict[str, dict[str, Any]] = {}
        top: dict[str, Any] = {}
        for ext in resource.get("extension") or ():
            if ext.get("url") == EXTENSIONS["sedation-risk"]:
                parts.setdefault("impact_on_mother", {})["sedation"] = ext.get("valueCode")
            elif ext.get("url") == EXTENSIONS["pre-conception-advice"]:
                top["pre_conception"] = ext.get("valueBoolean")
            elif ext.get("url") == EXTENSIONS["empty-part"]:
                parts.setdefault(str(ext.get("valueCode", "")).replace("-", "_"), {})
        for i, note in enumerate(resource.get("note") or ()):
            kind = _ext(note, EXTENSIONS["note-kind"])
            where = _NOTE_FIELDS.get(kind.get("valueCode") if kind else None)  # type: ignore[arg-type]
            if where is None:
                raise self.fail(resource, f"note[{i}]", "has no note-kind medassess writes")
            part, field = where
            (parts.setdefault(part, {}) if part else top)[field] = exact_text(note, "text")
        out: dict[str, Any] = {"id": aid, "medicine_ids": mids}
        for part in ("impact_on_mother", "impact_on_baby"):
            if part in parts:
                out[part] = parts[part]
        out.update(top)
        out["conclusion"] = exact_text(resource, "summary")
        return self.impression(resource, out)

    @_locates
    def safeguarding(self, flag: Resource) -> dict[str, Any]:
        context = _ext(flag, EXTENSIONS["safeguarding-context"])
        if context is None:
            raise self.fail(flag, "extension", "needs the safeguarding-context extension")
        out: dict[str, Any] = {}
        i = (flag.get("extension") or []).index(context)
        for j, sub in enumerate(context.get("extension") or ()):
            url = sub.get("url", "")
            if url == "social-worker":
                out["social_worker"] = self.contact(flag, "extension", sub.get("valueReference"))
            elif url in ("sleeping-arrangements", "discharge-details"):
                out[url.replace("-", "_")] = extension_text(sub)
                self.found[f"safeguarding.{url.replace('-', '_')}"] = f"{self.at}.extension[{i}].extension[{j}]"
            else:
                out[url.replace("-", "_")] = next((v for k, v in sub.items() if k.startswith("value")), None)
        return out

    @_locates
    def lawful_basis(self, consent: Resource) -> dict[str, Any]:
        out: dict[str, Any] = {"basis": _LAWFUL_BASES.get(_coding_key(consent.get("policyRule")) or ("", ""))}
        justification = _ext(consent, EXTENSIONS["lawful-basis-justification"])
        if justification is not None:
            out["justification"] = extension_text(justification)
        if "dateTime" in consent:
            out["recorded_on"] = consent["dateTime"]
        return out

    def provenance_hash(self) -> tuple[str | None, str]:
        """The conclusions' SHA-256 the Provenance carries, and where."""
        for resource in self.by_ref.values():
            if resource.get("resourceType") == "Provenance":
                ext = _ext(resource, EXTENSIONS["conclusions-sha256"])
                if ext is not None:
                    value = ext.get("valueString")
                    return (value if isinstance(value, str) else None), f"{self.where[id(resource)]}.extension"
        return None, "Bundle.entry"


def _medicine_code(concept: Resource) -> dict[str, Any] | None:
    """A medicine's code from its concept's (last) coding, with its display where given; None where it has none."""
    medicine_code = None
    for coding in concept.get("coding") or ():
        medicine_code = {"system": coding.get("system"), "code": coding.get("code")}
        display = exact_text(coding, "display")
        if display is not None:
            medicine_code["display"] = display
    return medicine_code


def _medicine_dates(statement: Resource) -> dict[str, Any]:
    """A medicine's start, last dose change, end and status, as far as the statement gives them."""
    out: dict[str, Any] = {}
    period = statement.get("effectivePeriod") or {}
    if "start" in period:
        out["started"] = period["start"]
    last_changed = _ext(statement, EXT_DOSAGE_LAST_CHANGED)
    if last_changed is not None:
        out["last_changed"] = last_changed.get("valueDateTime")
    if "end" in period:
        out["stopped"] = period["end"]
    if statement.get("status") in ("active", "completed", "stopped"):
        out["status"] = statement["status"]  # the model drops it where the dates already say it
    return out


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ReadError("expected a whole number") from None


def _sub_values(ext: Resource) -> dict[str, Any]:
    return {sub["url"]: extension_text(sub) for sub in ext.get("extension") or () if "url" in sub}


def _route(ext: Resource) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for sub in ext.get("extension") or ():
        url = sub.get("url", "")
        key = url.replace("-", "_")
        if "valueString" in sub or "valueAttachment" in sub:
            out[key] = extension_text(sub)
        else:
            out[key] = next((v for k, v in sub.items() if k.startswith("value")), None)
    return out


def record_from_bundle(bundle: dict[str, Any], *, source: str = "<bundle>") -> Record:
    """The record a medassess document Bundle carries, its written conclusions checked against the Provenance."""
    reader = _Reader(bundle, source)
    try:
        layout = reader.layout()
        data = reader.record()
        expected, where = reader.provenance_hash()
    except ReadError as exc:
        if exc.source is None:  # raised by a helper that knows neither the file nor the resource
            raise ReadError(exc.message, source=source, path=exc.path or reader.at) from None
        raise
    except (AttributeError, TypeError, KeyError, IndexError, ValueError):
        raise ReadError("does not have the shape medassess writes", source=source, path=reader.at) from None
    try:
        record = record_from_data(data, source=source)
    except InputError as exc:
        raise ReadError(f"the record it carries is not valid: {exc.message}", source=source, path=exc.path) from None
    reader.check_additions(record, layout)
    reader.empty_reasons(record)
    if expected is None:
        raise ReadError("no Provenance with the conclusions' SHA-256", source=source, path=where)
    if expected != conclusions_sha256(record):
        raise ReadError(
            "the written conclusions do not match the SHA-256 in the Provenance: the document was changed",
            source=source,
            path=where,
        )
    return record


def read_fhir_json(content: bytes, *, source: str = "<payload>", limits: Limits | None = None) -> Record:
    """A record from FHIR JSON bytes (a medassess document Bundle), within ``limits`` (default:
    ``Limits.from_environment()``): the JSON is checked against them before it is parsed, and parsed once."""
    limits = limits or Limits.from_environment()
    if len(content) > limits.payload_bytes:
        raise ReadError(too_large("payload_bytes", limits.payload_bytes), source=source)
    try:
        data = parse_json(content, limits, source=source, error=ReadError, bundle=True)
    except orjson.JSONDecodeError as exc:
        problem, where = json_problem(exc, content)
        raise ReadError(f"not valid JSON ({problem})", source=source, path=where) from None
    if not isinstance(data, dict):
        raise ReadError("a FHIR Bundle is a JSON object", source=source, path="$")
    return record_from_bundle(data, source=source)
