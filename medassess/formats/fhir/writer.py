"""A record as an HL7 UK Core FHIR R4 ``document`` Bundle (JSON), built as plain data and serialised once.

The mapping, element by element and with every medassess extension, is in docs/fhir-mapping.md. In short:
the Composition comes first, with one section per part of the assessment, each with a narrative from
:mod:`medassess.formats.narrative`; then the mother (Patient), the people and organisations, a MedicationStatement
per medicine, Observations for the pregnancy, a ClinicalImpression per written assessment and one for the
overall conclusion, a Flag for the safeguarding context, a Consent for the lawful basis and a Provenance whose
extension carries the SHA-256 of the written conclusions (:func:`conclusions_sha256`).

Deterministic: resource ids are UUID v5 over the record id, version, resource kind and a local key, the
Bundle timestamp is the record's ``updated``, and keys are written in a fixed order, so the same record
always gives the same bytes and a re-send is idempotent for the receiver.

Lossless: every record field has one home in the Bundle, and :mod:`medassess.formats.fhir.reader` takes it back.
FHIR strings cannot be empty and cannot hold control characters or Unicode whitespace other than space,
tab, CR and LF; text that does is written with the readable characters kept (others become U+FFFD or a
space) and its exact value in a primitive extension (``exact-text``, base64 of the UTF-8; ``empty-text``
for an empty string), which the reader prefers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import tomllib
import uuid
from collections.abc import Callable
from typing import Any

import orjson
from pydantic import BaseModel

from ...core.exceptions import MappingError
from ...core.layouts import FHIR_DOCUMENT
from ...core.limits import SNIFF_BYTES
from ...core.resources import data_path
from ...gate.classes import classify
from ...gate.engine import Shareable, passed, record_of
from ...gate.settings import GateSettings
from ...record.identifiers import NHS_NUMBER_SYSTEM, ODS_ORGANISATION_SYSTEM, REGISTRATION_SYSTEMS
from ...record.model import (
    Assessment,
    Clinician,
    Contact,
    HumanName,
    Medicine,
    Organisation,
    Recipient,
    Record,
    Safeguarding,
)
from ..identity import document_identifier
from ..narrative import DOCUMENT_TITLE, FHIR_STYLE, SECTIONS, mark_preliminary

Resource = dict[str, Any]

MEDIA_TYPE = "application/fhir+json"
PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"

EXT_VERSION_NUMBER = "http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber"
EXT_DOSAGE_LAST_CHANGED = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationDosageLastChanged"
EXT_PRESCRIBING_ORG_TYPE = (
    "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationPrescribingOrganizationType"
)
HEADINGS_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings"
PRESCRIBING_ORG_TYPE_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-MedicationPrescribingOrganizationType"
CONFIDENTIALITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
UCUM_SYSTEM = "http://unitsofmeasure.org"

RECORD_ID_SYSTEM = "https://medassess.uk/Id/record"
"""Composition.identifier: the record id, the same for every version (as FHIR defines Composition.identifier)."""
DOCUMENT_ID_SYSTEM = "https://medassess.uk/Id/record-document"
"""Bundle.identifier: ``<record_id>-v<version>`` for an export (``-preliminary`` for drafts), and
``<record_id>-v<version>/<recipient_id>`` for the copy delivered to one recipient (see ``address``)."""
MEDICINE_ID_SYSTEM = "https://medassess.uk/Id/medicine"
ASSESSMENT_ID_SYSTEM = "https://medassess.uk/Id/assessment"
RECIPIENT_ID_SYSTEM = "https://medassess.uk/Id/recipient"

_ID_NAMESPACE = uuid.UUID("6f1c2a4e-7d3b-5e8f-9a10-b2c3d4e5f607")
"""Namespace of every resource id medassess derives (UUID v5); fixed forever, or re-sends stop being idempotent."""

Code = tuple[str, str, str]
"""(system, code, display)."""


_RAW_CODES = tomllib.loads((data_path("mappings") / "fhir-codes.toml").read_text(encoding="utf-8"))
"""The codes and extensions are data (mappings/fhir-codes.toml); read once, at import, into the names below."""


def _code_tables(raw: dict[str, Any]) -> dict[str, Any]:
    systems = raw["systems"]

    def code(entry: dict[str, str]) -> Code:
        return (systems[entry["system"]], entry["code"], entry["display"])

    tables: dict[str, Any] = {name: code(entry) for name, entry in raw["codes"].items()}
    for name in (
        "clinician_roles",
        "recipient_roles",
        "stages",
        "edd",
        "feeding",
        "flags",
        "lawful_bases",
        "empty_reasons",
    ):
        tables[name] = {key: code(entry) for key, entry in raw[name].items()}
    tables["sections"] = {key: (entry["code"], entry["display"]) for key, entry in raw["sections"].items()}
    return tables


_TABLES = _code_tables(_RAW_CODES)


def _extension_urls(raw: dict[str, Any]) -> dict[str, str]:
    return {str(name): str(raw["base"]) + str(name) for name in raw["names"]}


EXTENSIONS: dict[str, str] = _extension_urls(_RAW_CODES["extensions"])
"""The extensions medassess defines, by name -> URL (mappings/fhir-codes.toml ``[extensions]``): the one table the
writer and the reader both use."""
SECTION_CODES: dict[str, tuple[str, str]] = _TABLES["sections"]
"""Record part -> UK Core Record Standard Heading (code, display)."""
EMPTY_REASONS: dict[str, Code] = _TABLES["empty_reasons"]
"""list-empty-reason code -> (system, code, display), for Composition.section.emptyReason."""

_DRAFT_PARTS = ("assessments", "conclusion")
"""Sections the share gate requires when a medicine needs a written assessment (MA101, MA107)."""


def section_empty_reason(key: str, record: Record, *, preliminary: bool) -> dict[str, Any]:
    """Why the section for record part ``key`` has no entries, as its ``emptyReason`` CodeableConcept
    (docs/fhir-mapping.md, *Empty sections*).

    ``notstarted`` only in a draft exported for review, for a part the share gate requires that is not yet
    written: the recipients (every shareable record has some), and the assessments and overall conclusion when a
    medicine needs a written assessment. Otherwise the record's answer is "none", which the share gate accepts
    as complete and the clinician attests: ``nilknown`` (no medicines listed; no medicine needing a written
    assessment, so no assessment and no overall conclusion; every safeguarding question answered "no").
    """
    if preliminary and (
        key == "recipients" or (key in _DRAFT_PARTS and any(classify(m).needs_assessment for m in record.medicines))
    ):
        return _concept(EMPTY_REASONS["notstarted"])
    return _concept(EMPTY_REASONS["nilknown"])


STATUS_TO_FHIR = {
    "draft": "preliminary",
    "final": "final",
    "amended": "amended",
    "entered-in-error": "entered-in-error",
}

CLINICIAN_ROLES: dict[str, Code] = _TABLES["clinician_roles"]
RECIPIENT_ROLES: dict[str, Code] = _TABLES["recipient_roles"]
SOCIAL_WORKER_ROLE: Code = _TABLES["social_worker_role"]
DOCUMENT_TYPE: Code = _TABLES["document_type"]
MEDICATION_REVIEW: Code = _TABLES["medication_review"]
OBS_STAGE: Code = _TABLES["observation_stage"]
STAGES: dict[str, Code] = _TABLES["stages"]
EDD_CODES: dict[str | None, Code] = {
    (None if key == "unspecified" else key): value for key, value in _TABLES["edd"].items()
}
EDD_CLINICAL_METHOD: Code = _TABLES["edd_clinical_method"]
OBS_GESTATION: Code = _TABLES["observation_gestation"]
OBS_DELIVERY: Code = _TABLES["observation_delivery"]
OBS_FEEDING: Code = _TABLES["observation_feeding"]
FEEDING: dict[str, Code] = _TABLES["feeding"]
FLAG_CODES: dict[str, Code] = _TABLES["flags"]
LAWFUL_BASES: dict[str, Code] = _TABLES["lawful_bases"]
NOTE_KINDS = (
    ("impact_on_mother", "parenting_capacity", "parenting-capacity"),
    ("impact_on_mother", "safe_sleep", "safe-sleep"),
    ("impact_on_baby", "summary", "impact-on-baby"),
    ("impact_on_baby", "neonatal_withdrawal_plan", "neonatal-withdrawal-plan"),
    ("impact_on_baby", "breastfeeding", "breastfeeding"),
    (None, "recommendations", "recommendations"),
)
"""(assessment part, field, note kind) for the free-text parts of an assessment, as ClinicalImpression.note."""

RESTRICTED = {"system": CONFIDENTIALITY_SYSTEM, "code": "R", "display": "restricted"}
NORMAL = {"system": CONFIDENTIALITY_SYSTEM, "code": "N", "display": "normal"}

# Characters a FHIR string cannot hold (the R4 regex is [ \r\n\t\S]+: no whitespace but space, CR, LF and tab) or
# that XML cannot carry, as one character class (an alternation with [^ \r\n\t\S] scans three times slower): the
# whitespace is every character str.isspace() accepts, a test holds it to the R4 rule over every code point.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\ufffe\uffff]"
)
_URI = re.compile(r"\S+")
_CODE = re.compile(r"[^\s]+( [^\s]+)*")


def _concept(code: Code) -> dict[str, Any]:
    return {"coding": [{"system": code[0], "code": code[1], "display": code[2]}]}


def _writable(value: str) -> bool:
    # Every character _UNSAFE names is one str.isprintable() refuses, so printable text (most text) needs no
    # regex scan; text with a tab or line break, which FHIR allows, is scanned.
    return value != "" and not value.isspace() and (value.isprintable() or _UNSAFE.search(value) is None)


def _shown(value: str) -> str:
    """What a FHIR string shows for text it cannot hold exactly: never empty or only whitespace."""
    shown = _UNSAFE.sub(lambda m: " " if m.group().isspace() else "\ufffd", value)
    return shown if shown.strip() else "\ufffd"


def put_text(target: dict[str, Any], key: str, value: str) -> None:
    """Set a FHIR string (or markdown) element, keeping the exact value when FHIR cannot hold it as is."""
    if _writable(value):
        target[key] = value
    else:
        target[key] = _shown(value)
        target["_" + key] = {"extension": [_exact(value) if value else dict(_EMPTY)]}


_EMPTY = {"url": EXTENSIONS["empty-text"], "valueBoolean": True}


def _exact(value: str) -> dict[str, str]:
    encoded = base64.b64encode(value.encode("utf-8")).decode("ascii")
    return {"url": EXTENSIONS["exact-text"], "valueBase64Binary": encoded}


def put_text_list(target: dict[str, Any], key: str, values: list[str]) -> None:
    """A list of FHIR strings (e.g. given names), with exact values kept as for :func:`put_text`.

    The R4 JSON schema allows no nulls in primitive arrays, so when any item needs its exact value kept,
    every item carries one.
    """
    if not values:
        return
    if all(map(_writable, values)):
        target[key] = list(values)
        return
    target[key] = [_shown(v) for v in values]
    target["_" + key] = [{"extension": [_exact(v) if v else dict(_EMPTY)]} for v in values]


def _ext_text(name: str, value: str) -> dict[str, Any]:
    """An extension holding text: valueString, or, when FHIR cannot hold the text as a string, a UTF-8
    text/plain valueAttachment (0 bytes for empty text), since primitive extensions inside extension
    values are not understood by every FHIR library."""
    if _writable(value):
        return {"url": name, "valueString": value}
    attachment: dict[str, Any] = {"contentType": "text/plain; charset=utf-8"}
    if value:
        attachment["data"] = base64.b64encode(value.encode("utf-8")).decode("ascii")
    else:
        attachment["size"] = 0
    return {"url": name, "valueAttachment": attachment}


def conclusions_sha256(record: Record) -> str:
    """SHA-256 (lowercase hex) of the record's written conclusions, so a receiver can prove them unchanged.

    The input is the UTF-8 of a JSON array, with no whitespace between tokens and non-ASCII characters
    written as themselves: one ``[assessment id, conclusion]`` pair per assessment that has a conclusion, in
    record order, then ``[null, overall conclusion]`` when there is one. Python's
    ``json.dumps(pairs, ensure_ascii=False, separators=(",", ":"))`` and JavaScript's ``JSON.stringify``
    give the same bytes.
    """
    pairs: list[list[str | None]] = [[a.id, a.conclusion] for a in record.assessments if a.conclusion is not None]
    if record.overall_conclusion is not None and record.overall_conclusion.text is not None:
        pairs.append([None, record.overall_conclusion.text])
    return hashlib.sha256(orjson.dumps(pairs)).hexdigest()


def instant(value: dt.datetime, path: str) -> str:
    """A record date-time as a FHIR instant / dateTime; FHIR offsets are whole minutes within ±14:00."""
    offset = value.utcoffset()
    if offset is None or offset.seconds % 60 or offset.microseconds or abs(offset) > _MAX_OFFSET:
        raise MappingError("a UTC offset must be whole minutes within ±14:00 to be sent in FHIR", path=path)
    return value.isoformat()


_MAX_OFFSET = dt.timedelta(hours=14)


def uuid5(name: str) -> str:
    """``str(uuid.uuid5(_ID_NAMESPACE, name))``, without the UUID object: ids are most of an export's work."""
    return _uuid5_of(hashlib.sha1(_ID_NAMESPACE.bytes + name.encode("utf-8"), usedforsecurity=False))


def _uuid5_of(hashed: Any) -> str:
    """The version-5 UUID text of a SHA-1 of the namespace and name (RFC 4122 section 4.3): the first 16 bytes'
    hex, with the version nibble set to 5 and the variant's two high bits to 10, done on the hex text."""
    x = hashed.hexdigest()
    return f"{x[:8]}-{x[8:12]}-5{x[13:16]}-{_VARIANT[x[16]]}{x[17:20]}-{x[20:32]}"


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
"""Hex digit -> the same digit with its two high bits set to 10 (the RFC 4122 variant)."""


def _fields(model: BaseModel) -> dict[str, Any]:
    """A record model's fields, as orjson's ``default``: the same data as ``model.model_dump()`` (the key an id is
    hashed from, so it may never differ), with orjson walking the nesting rather than pydantic or Python code.
    Record models are frozen, refuse extra fields and have no custom serialisers, so their fields in declaration
    order are what pydantic dumps."""
    return model.__dict__


def _given_fields(model: BaseModel) -> dict[str, Any]:
    """As :func:`_fields`, leaving out fields that are None (``model_dump(exclude_none=True)``)."""
    return {name: value for name, value in model.__dict__.items() if value is not None}


_ANSWERED_NO = Safeguarding(child_protection_plan=False, care_order="none", looked_after=False)
"""Every safeguarding question answered no, nothing else recorded: the document carries no Flag, as it always
has, and the reader takes a missing Flag back to these answers. Unanswered questions are written in a Flag
without their sub-extensions, so "never asked" stays apart from "no"."""


class _Builder:
    """Builds one Bundle: resources are created once per key and listed in the order first needed."""

    def __init__(self, record: Record, *, preliminary: bool) -> None:
        self.record = record
        self.preliminary = preliminary
        self.prefix = f"{record.record_id}|{record.version}|"
        # Every id of the Bundle hashes the namespace and this prefix first: hashed once, copied per id.
        self._prefix_hash = hashlib.sha1(_ID_NAMESPACE.bytes + self.prefix.encode("utf-8"), usedforsecurity=False)
        self.entries: list[tuple[str, Resource]] = []
        self.refs: dict[tuple[str, str], str] = {}
        self.restricted = record.safeguarding.safeguarding_relevant or record.safeguarding.social_care_involved
        self.updated = instant(record.updated, "$.updated")
        self.attested: str | None = None
        self._mother_ref: str | None = None

    def security(self) -> dict[str, str]:
        # A fresh dict each time: a caller editing one Bundle must not change the next one built.
        return dict(RESTRICTED if self.restricted else NORMAL)

    def _id(self, kind: str, key: str) -> str:
        hashed = self._prefix_hash.copy()
        hashed.update((kind + "|" + key).encode("utf-8"))
        return _uuid5_of(hashed)

    def add(self, kind: str, key: str, build: Callable[..., Resource], *args: Any) -> str:
        """The reference (``urn:uuid:...``) of the resource for ``key``, building it on first use as
        ``build(id, *args)``: the whole resource, ``resourceType`` and ``id`` first, in one literal.

        The entry is listed before it is built, so a resource comes before those it refers to first.
        """
        ref = self.refs.get((kind, key))
        if ref is None:
            rid = self._id(kind, key)
            ref = self.refs[(kind, key)] = "urn:uuid:" + rid
            at = len(self.entries)
            self.entries.append((ref, {}))
            self.entries[at] = (ref, build(rid, *args))
        return ref

    # -- people and organisations ------------------------------------------------------------------------

    def organisation(self, org: Organisation) -> str:
        key = org.ods_code + "|" + (org.name if org.name is not None else "\x00")
        return self.add("Organization", key, self._organisation, org)

    def _organisation(self, rid: str, org: Organisation) -> Resource:
        res: Resource = {
            "resourceType": "Organization",
            "id": rid,
            "meta": {"profile": [PROFILE + "Organization"]},
            "identifier": [{"system": ODS_ORGANISATION_SYSTEM, "value": org.ods_code}],
        }
        if org.name is not None:
            put_text(res, "name", org.name)
        return res

    def practitioner(self, name: HumanName | None, registration: Any) -> str | None:
        if name is None and registration is None:
            return None
        key = orjson.dumps([name, registration], default=_fields).decode()
        return self.add("Practitioner", key, self._practitioner, name, registration)

    def _practitioner(self, rid: str, name: HumanName | None, registration: Any) -> Resource:
        res: Resource = {"resourceType": "Practitioner", "id": rid, "meta": {"profile": [PROFILE + "Practitioner"]}}
        if registration is not None:
            ident = {"system": REGISTRATION_SYSTEMS[registration.body]}
            put_text(ident, "value", registration.number)
            res["identifier"] = [ident]
        if name is not None:
            res["name"] = [human_name(name)]
        return res

    def clinician(self, c: Clinician) -> str:
        key = orjson.dumps(c, default=_given_fields).decode()
        return self.add("PractitionerRole", "clinician|" + key, self._clinician, c)

    def _clinician(self, rid: str, c: Clinician) -> Resource:
        res: Resource = {
            "resourceType": "PractitionerRole",
            "id": rid,
            "meta": {"profile": [PROFILE + "PractitionerRole"]},
        }
        practitioner = self.practitioner(c.name, c.registration)
        if practitioner:
            res["practitioner"] = {"reference": practitioner}
        if c.organisation is not None:
            res["organization"] = {"reference": self.organisation(c.organisation)}
        if c.role is not None:
            res["code"] = [_concept(CLINICIAN_ROLES[c.role])]
        return res

    def contact(self, c: Contact) -> str:
        return self.add("PractitionerRole", "social-worker", self._contact, c)

    def _contact(self, rid: str, c: Contact) -> Resource:
        res: Resource = {
            "resourceType": "PractitionerRole",
            "id": rid,
            "meta": {"profile": [PROFILE + "PractitionerRole"]},
        }
        practitioner = self.practitioner(c.name, None)
        if practitioner:
            res["practitioner"] = {"reference": practitioner}
        if c.organisation is not None:
            res["organization"] = {"reference": self.organisation(c.organisation)}
        res["code"] = [_concept(SOCIAL_WORKER_ROLE)]
        if c.telephone is not None:
            telecom: Resource = {"system": "phone"}
            put_text(telecom, "value", c.telephone)
            res["telecom"] = [telecom]
        return res

    def recipient(self, r: Recipient) -> str:
        return self.add("PractitionerRole", "recipient|" + r.id, self._recipient, r)

    def _recipient(self, rid: str, r: Recipient) -> Resource:
        res: Resource = {
            "resourceType": "PractitionerRole",
            "id": rid,
            "meta": {"profile": [PROFILE + "PractitionerRole"]},
        }
        extensions = []
        if r.route is not None:
            extensions.append(_route(r))
        if r.format is not None:
            extensions.append({"url": EXTENSIONS["payload-format"], "valueCode": r.format})
        if extensions:
            res["extension"] = extensions
        res["identifier"] = [{"system": RECIPIENT_ID_SYSTEM, "value": r.id}]
        practitioner = self.practitioner(r.name, None)
        if practitioner:
            res["practitioner"] = {"reference": practitioner}
        if r.organisation is not None:
            res["organization"] = {"reference": self.organisation(r.organisation)}
        res["code"] = [_concept(RECIPIENT_ROLES[r.role])]
        return res

    def mother(self) -> str:
        # Most resources refer to the mother: her reference is kept once made, not looked up each time.
        if self._mother_ref is None:
            self._mother_ref = self.add("Patient", "mother", self._mother)
        return self._mother_ref

    def _mother(self, rid: str) -> Resource:
        m = self.record.mother
        return {
            "resourceType": "Patient",
            "id": rid,
            "meta": {"profile": [PROFILE + "Patient"]},
            "identifier": [{"system": NHS_NUMBER_SYSTEM, "value": m.nhs_number}],
            "name": [human_name(m.name)],
            "birthDate": m.birth_date.isoformat(),
            "generalPractitioner": [{"reference": self.organisation(m.registered_practice)}],
        }

    def partner(self) -> str | None:
        return self.add("Patient", "partner", self._partner) if self.record.partner is not None else None

    def _partner(self, rid: str) -> Resource:
        p = self.record.partner
        assert p is not None
        res: Resource = {"resourceType": "Patient", "id": rid, "meta": {"profile": [PROFILE + "Patient"]}}
        if p.relationship is not None:
            res["extension"] = [_ext_text(EXTENSIONS["relationship-to-mother"], p.relationship)]
        if p.nhs_number is not None:
            res["identifier"] = [{"system": NHS_NUMBER_SYSTEM, "value": p.nhs_number}]
        if p.name is not None:
            res["name"] = [human_name(p.name)]
        return res

    # -- clinical content --------------------------------------------------------------------------------

    def medicine(self, index: int, m: Medicine) -> str:
        return self.add("MedicationStatement", m.id, self._medicine, index, m)

    def _medicine(self, rid: str, index: int, m: Medicine) -> Resource:
        extensions: list[Resource] = []
        if m.prescriber is not None:
            kind = (
                "prescribed-at-gp-practice"
                if m.prescriber.kind == "gp-practice"
                else "prescribed-by-another-organisation"
            )
            display = (
                "Prescribed at GP practice"
                if m.prescriber.kind == "gp-practice"
                else "Prescribed by another organisation"
            )
            extensions.append(
                {
                    "url": EXT_PRESCRIBING_ORG_TYPE,
                    "valueCodeableConcept": _concept((PRESCRIBING_ORG_TYPE_SYSTEM, kind, display)),
                }
            )
            if m.prescriber.organisation is not None:
                extensions.append(
                    {
                        "url": EXTENSIONS["prescriber-organisation"],
                        "valueReference": {"reference": self.organisation(m.prescriber.organisation)},
                    }
                )
        if m.last_changed is not None:
            extensions.append({"url": EXT_DOSAGE_LAST_CHANGED, "valueDateTime": m.last_changed.isoformat()})
        if m.flagged:
            extensions.append({"url": EXTENSIONS["flagged-for-assessment"], "valueBoolean": True})
        if m.not_of_concern_reason is not None:
            extensions.append(_ext_text(EXTENSIONS["not-of-concern-reason"], m.not_of_concern_reason))
        res: Resource = {
            "resourceType": "MedicationStatement",
            "id": rid,
            "meta": {"profile": [PROFILE + "MedicationStatement"]},
        }
        if extensions:
            res["extension"] = extensions
        res["identifier"] = [{"system": MEDICINE_ID_SYSTEM, "value": m.id}]
        res["status"] = m.fhir_status
        concept: Resource = {}
        if m.code is not None:
            concept["coding"] = [self._record_coding(m.code, f"$.medicines[{index}].code")]
        put_text(concept, "text", m.name)
        res["medicationCodeableConcept"] = concept
        subject = self.partner() if m.taken_by == "partner" else self.mother()
        res["subject"] = {"reference": subject}
        if m.started is not None or m.stopped is not None:
            period = {}
            if m.started is not None:
                period["start"] = m.started.isoformat()
            if m.stopped is not None:
                period["end"] = m.stopped.isoformat()
            res["effectivePeriod"] = period
        if m.dose is not None:
            dosage: Resource = {}
            put_text(dosage, "text", m.dose)
            res["dosage"] = [dosage]
        return res

    @staticmethod
    def _record_coding(code: Any, path: str) -> dict[str, Any]:
        if not _URI.fullmatch(code.system):
            raise MappingError("a code system must be a URI without spaces to be sent in FHIR", path=path + ".system")
        if not _CODE.fullmatch(code.code):
            raise MappingError(
                "a code must not start or end with spaces or hold tabs, line breaks or double spaces, for FHIR",
                path=path + ".code",
            )
        coding: dict[str, Any] = {"system": code.system, "code": code.code}
        if code.display is not None:
            put_text(coding, "display", code.display)
        return coding

    def _observation(self, key: str, code: Code, **fields: Any) -> str:
        def build(rid: str) -> Resource:
            return {
                "resourceType": "Observation",
                "id": rid,
                "meta": {"profile": [PROFILE + "Observation"]},
                "status": "final",
                "code": _concept(code),
                "subject": {"reference": self.mother()},
                **fields,
            }

        return self.add("Observation", key, build)

    def pregnancy(self) -> list[str]:
        p = self.record.pregnancy
        refs = [self._observation("stage", OBS_STAGE, valueCodeableConcept=_concept(STAGES[p.stage]))]
        if p.edd is not None or p.edd_basis is not None:
            fields: dict[str, Any] = {}
            if p.edd is not None:
                fields["valueDateTime"] = p.edd.isoformat()
            else:
                fields["dataAbsentReason"] = _concept(
                    ("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown")
                )
            if p.edd_basis == "clinical":
                fields["method"] = _concept(EDD_CLINICAL_METHOD)
            refs.append(self._observation("edd", EDD_CODES[p.edd_basis], **fields))
        if p.gestation is not None:
            g = p.gestation
            days = {"value": g.weeks * 7 + g.days, "unit": "days", "system": UCUM_SYSTEM, "code": "d"}
            refs.append(
                self._observation("gestation", OBS_GESTATION, effectiveDateTime=g.on.isoformat(), valueQuantity=days)
            )
        if p.delivery_date is not None:
            day = p.delivery_date.isoformat()
            refs.append(self._observation("delivery", OBS_DELIVERY, effectiveDateTime=day, valueDateTime=day))
        if p.infant_feeding is not None:
            refs.append(
                self._observation(
                    "infant-feeding", OBS_FEEDING, valueCodeableConcept=_concept(FEEDING[p.infant_feeding])
                )
            )
        return refs

    def assessment(self, a: Assessment, medicine_refs: dict[str, str]) -> str:
        return self.add("ClinicalImpression", "assessment|" + a.id, self._assessment, a, medicine_refs)

    def _assessment(self, rid: str, a: Assessment, medicine_refs: dict[str, str]) -> Resource:
        extensions: list[Resource] = []
        if a.impact_on_mother is not None and a.impact_on_mother.sedation is not None:
            extensions.append({"url": EXTENSIONS["sedation-risk"], "valueCode": a.impact_on_mother.sedation})
        if a.pre_conception:
            extensions.append({"url": EXTENSIONS["pre-conception-advice"], "valueBoolean": True})
        for name in ("impact_on_mother", "impact_on_baby"):
            value = getattr(a, name)
            # What model_dump(exclude_none=True) would find empty: every field None.
            if value is not None and all(v is None for v in value.__dict__.values()):
                extensions.append({"url": EXTENSIONS["empty-part"], "valueCode": name.replace("_", "-")})
        res = self._impression(a.conclusion, a.author, a.date)
        if extensions:
            res = {"extension": extensions, **res}
        res = {"identifier": [{"system": ASSESSMENT_ID_SYSTEM, "value": a.id}], **res}
        res["supportingInfo"] = [{"reference": medicine_refs[mid]} for mid in a.medicine_ids]
        notes = []
        for part, field, kind in NOTE_KINDS:
            holder = getattr(a, part) if part else a
            text = getattr(holder, field) if holder is not None else None
            if text is not None:
                note: Resource = {"extension": [{"url": EXTENSIONS["note-kind"], "valueCode": kind}]}
                put_text(note, "text", text)
                notes.append(note)
        if notes:
            res["note"] = notes
        return self._ordered_impression(rid, res)

    def overall(self) -> str | None:
        c = self.record.overall_conclusion
        if c is None:
            return None
        return self.add(
            "ClinicalImpression",
            "overall",
            lambda rid: self._ordered_impression(rid, self._impression(c.text, c.author, c.date)),
        )

    def _impression(self, summary: str | None, author: Clinician | None, date: Any) -> Resource:
        res: Resource = {
            "status": "completed" if summary is not None else "in-progress",
            "code": _concept(MEDICATION_REVIEW),
            "subject": {"reference": self.mother()},
        }
        if date is not None:
            res["date"] = date.isoformat()
        if author is not None:
            res["assessor"] = {"reference": self.clinician(author)}
        if summary is not None:
            put_text(res, "summary", summary)
        return res

    @staticmethod
    def _ordered_impression(rid: str, res: Resource) -> Resource:
        # FHIR element order, so the JSON reads like the specification and XML conversion is direct.
        order = (
            "extension",
            "identifier",
            "status",
            "code",
            "subject",
            "date",
            "assessor",
            "summary",
            "_summary",
            "supportingInfo",
            "note",
        )
        return {"resourceType": "ClinicalImpression", "id": rid, **{k: res[k] for k in order if k in res}}

    def flag(self) -> str | None:
        s = self.record.safeguarding
        if s == _ANSWERED_NO:
            return None
        subs: list[Resource] = []
        if s.child_protection_plan is not None:
            subs.append({"url": "child-protection-plan", "valueBoolean": s.child_protection_plan})
        if s.child_protection_plan_ended is not None:
            subs.append({"url": "child-protection-plan-ended", "valueDate": s.child_protection_plan_ended.isoformat()})
        if s.care_order is not None:
            subs.append({"url": "care-order", "valueCode": s.care_order})
        if s.looked_after is not None:
            subs.append({"url": "looked-after", "valueBoolean": s.looked_after})
        if s.social_worker is not None:
            subs.append({"url": "social-worker", "valueReference": {"reference": self.contact(s.social_worker)}})
        if s.discharge_to is not None:
            subs.append({"url": "discharge-to", "valueCode": s.discharge_to})
        if s.discharge_details is not None:
            subs.append(_ext_text("discharge-details", s.discharge_details))
        if s.safe_sleep_advice_given is not None:
            subs.append({"url": "safe-sleep-advice-given", "valueBoolean": s.safe_sleep_advice_given})
        if s.sleeping_arrangements is not None:
            subs.append(_ext_text("sleeping-arrangements", s.sleeping_arrangements))
        subs.append({"url": "safeguarding-relevant", "valueBoolean": s.safeguarding_relevant})
        if s.child_protection_plan or s.child_protection_plan_ended is not None:
            code = FLAG_CODES["child-protection-plan"]
        elif s.care_order in ("interim", "full") or s.looked_after:
            code = FLAG_CODES["child-in-care"]
        elif s.social_worker is not None:
            code = FLAG_CODES["social-worker"]
        else:
            code = FLAG_CODES["context"]

        def build(rid: str) -> Resource:
            return {
                "resourceType": "Flag",
                "id": rid,
                "meta": {"profile": [PROFILE + "Flag"], "security": [self.security()]},
                "extension": [{"url": EXTENSIONS["safeguarding-context"], "extension": subs}],
                "status": "active",
                "category": [_concept(("http://terminology.hl7.org/CodeSystem/flag-category", "safety", "Safety"))],
                "code": _concept(code),
                "subject": {"reference": self.mother()},
            }

        return self.add("Flag", "safeguarding", build)

    def consent(self) -> str | None:
        basis = self.record.lawful_basis
        if basis is None:
            return None

        def build(rid: str) -> Resource:
            res: Resource = {"resourceType": "Consent", "id": rid, "meta": {"profile": [PROFILE + "Consent"]}}
            if basis.justification is not None:
                res["extension"] = [_ext_text(EXTENSIONS["lawful-basis-justification"], basis.justification)]
            res.update(
                {
                    "status": "active",
                    "scope": _concept(
                        ("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")
                    ),
                    "category": [_concept((ACT_CODE_SYSTEM, "INFA", "information access"))],
                    "patient": {"reference": self.mother()},
                }
            )
            if basis.recorded_on is not None:
                res["dateTime"] = basis.recorded_on.isoformat()
            res["policyRule"] = _concept(LAWFUL_BASES[basis.basis])
            return res

        return self.add("Consent", "lawful-basis", build)

    # -- the document --------------------------------------------------------------------------------------

    def build(self) -> Resource:
        record = self.record
        composition_ref = "urn:uuid:" + self._id("Composition", "document")
        self.refs[("Composition", "document")] = composition_ref
        self.entries.append((composition_ref, {}))
        mother = self.mother()
        sections: dict[str, list[str]] = {key: [] for key, _, _ in SECTIONS}
        sections["pregnancy"] = self.pregnancy()
        medicine_refs = {m.id: self.medicine(i, m) for i, m in enumerate(record.medicines)}
        sections["medicines"] = list(medicine_refs.values())
        sections["assessments"] = [self.assessment(a, medicine_refs) for a in record.assessments]
        overall = self.overall()
        sections["conclusion"] = [overall] if overall else []
        flag, partner = self.flag(), self.partner()
        sections["safeguarding"] = [r for r in (flag, partner) if r]
        sections["recipients"] = [self.recipient(r) for r in record.recipients]
        consent = self.consent()
        if consent:
            sections["recipients"].append(consent)
        attester = self.clinician(record.attestation.by) if record.attestation else None
        author = attester or (
            self.clinician(record.overall_conclusion.author)
            if record.overall_conclusion and record.overall_conclusion.author
            else None
        )
        practice = self.organisation(record.mother.registered_practice)
        # The Composition's attester and the Provenance both give the attestation's time: formatted once.
        self.attested = instant(record.attestation.at, "$.attestation.at") if record.attestation else None
        self.entries[0] = (composition_ref, self._composition(sections, mother, author or practice, attester, practice))
        self._provenance(
            composition_ref, sections["assessments"] + sections["conclusion"], author or practice, attester is not None
        )
        return self._bundle()

    def _composition(
        self, sections: dict[str, list[str]], mother: str, author: str, attester: str | None, practice: str
    ) -> Resource:
        record = self.record
        extensions: list[Resource] = [
            {"url": EXTENSIONS["layout-version"], "valueInteger": FHIR_DOCUMENT.needed(record)},
            {"url": EXT_VERSION_NUMBER, "valueString": str(record.version)},
            {
                "url": EXTENSIONS["template"],
                "extension": [
                    _ext_text("id", record.template.id),
                    {"url": "version", "valueString": record.template.version},
                ],
            },
        ]
        if record.amendment_reason is not None:
            extensions.append(_ext_text(EXTENSIONS["amendment-reason"], record.amendment_reason))
        if self.preliminary:
            extensions.append({"url": EXTENSIONS["record-status"], "valueCode": record.status})
        res: Resource = {
            "resourceType": "Composition",
            "id": self.refs[("Composition", "document")].removeprefix("urn:uuid:"),
            "meta": {"profile": [PROFILE + "Composition"], "security": [self.security()]},
            "extension": extensions,
            "identifier": {"system": RECORD_ID_SYSTEM, "value": record.record_id},
            "status": "preliminary" if self.preliminary else STATUS_TO_FHIR[record.status],
            "type": _concept(DOCUMENT_TYPE),
            "subject": {"reference": mother},
            "date": self.updated,
            "author": [{"reference": author}],
            "title": f"{DOCUMENT_TITLE} (draft for review, not for sharing)" if self.preliminary else DOCUMENT_TITLE,
            "confidentiality": "R" if self.restricted else "N",
        }
        if self.attested is not None and attester is not None:
            res["attester"] = [
                {
                    "mode": "legal",
                    "time": self.attested,
                    "party": {"reference": attester},
                }
            ]
        res["custodian"] = {"reference": practice}
        out = []
        for key, title, narrative in SECTIONS:
            code, display = SECTION_CODES[key]
            div = narrative(record, FHIR_STYLE)
            if self.preliminary:
                div = mark_preliminary(div)
            section: Resource = {
                "title": title,
                "code": {"coding": [{"system": HEADINGS_SYSTEM, "code": code, "display": display}]},
                "text": {"status": "generated", "div": div},
            }
            if sections[key]:
                section["entry"] = [{"reference": ref} for ref in sections[key]]
            else:
                section["emptyReason"] = section_empty_reason(key, record, preliminary=self.preliminary)
            out.append(section)
        res["section"] = out
        return res

    def _provenance(self, composition: str, conclusions: list[str], agent: str, attested: bool) -> None:
        record = self.record
        recorded = self.attested or self.updated
        role = ("attester", "Attester") if attested else ("author", "Author")

        def build(rid: str) -> Resource:
            return {
                "resourceType": "Provenance",
                "id": rid,
                "meta": {"profile": [PROFILE + "Provenance"]},
                "extension": [{"url": EXTENSIONS["conclusions-sha256"], "valueString": conclusions_sha256(record)}],
                "target": [{"reference": composition}] + [{"reference": ref} for ref in conclusions],
                "recorded": recorded,
                "agent": [
                    {
                        "type": _concept(("http://terminology.hl7.org/CodeSystem/provenance-participant-type", *role)),
                        "who": {"reference": agent},
                    }
                ],
            }

        self.add("Provenance", "conclusions", build)

    def _bundle(self) -> Resource:
        record = self.record
        suffix = "-preliminary" if self.preliminary else ""
        return {
            "resourceType": "Bundle",
            "id": self._id("Bundle", "document" + suffix),
            "meta": {
                "profile": [PROFILE + "Bundle"],
                "lastUpdated": self.updated,
                "security": [self.security()],
            },
            "identifier": {"system": DOCUMENT_ID_SYSTEM, "value": f"{record.record_id}-v{record.version}{suffix}"},
            "type": "document",
            "timestamp": self.updated,
            "entry": [{"fullUrl": ref, "resource": resource} for ref, resource in self.entries],
        }


def human_name(name: HumanName) -> Resource:
    res: Resource = {}
    put_text(res, "family", name.family)
    put_text_list(res, "given", name.given)
    if name.prefix is not None:
        put_text_list(res, "prefix", [name.prefix])
    return res


def _route(r: Recipient) -> Resource:
    route = r.route
    assert route is not None
    subs: list[Resource] = [{"url": "kind", "valueCode": route.kind}]
    if route.kind == "mesh":
        subs.append({"url": "mailbox", "valueString": route.mailbox})
        if route.workflow_id is not None:
            subs.append(_ext_text("workflow-id", route.workflow_id))
    elif route.kind == "mllp":
        subs += [_ext_text("host", route.host), {"url": "port", "valueInteger": route.port}]
    elif route.kind == "fhir":
        subs.append(_ext_text("base-url", route.base_url))
    elif route.kind == "manual":
        subs.append(_ext_text("description", route.description))
    else:  # any other registered route kind: its fields as they are, which the reader takes back by name
        for key, value in route.model_dump(exclude={"kind"}, exclude_none=True).items():
            subs.append(_ext_text(key.replace("_", "-"), str(value)))
    return {"url": EXTENSIONS["delivery-route"], "extension": subs}


def build_bundle(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> dict[str, Any]:
    """The record as a FHIR R4 document Bundle (plain data), from a record that has passed the share gate.

    ``subject`` is a :class:`Shareable` (the gate's verdict, taken as it is) or a :class:`Record`, which the
    gate then judges once, as of ``today`` with ``settings``: raises ShareGateRefused when it finds errors.
    ``preliminary=True`` skips the gate to let a clinician review a draft: the Composition is then
    ``preliminary`` (never ``final``), titled and marked in every section as a draft not for sharing, and the
    Bundle identifier ends in ``-preliminary``, so a receiver cannot take it for the final record.
    """
    if preliminary:
        return unchecked_bundle(record_of(subject), preliminary=True)
    return unchecked_bundle(passed(subject, today=today, settings=settings).record)


def unchecked_bundle(record: Record, *, preliminary: bool = False) -> dict[str, Any]:
    """The mapping alone, without the share gate. Private: the gated entry points build on it, and tests of
    the mapping use it on records the gate refuses (hostile text, say). Nothing public may return it."""
    return _Builder(record, preliminary=preliminary).build()


def dumps(bundle: dict[str, Any]) -> bytes:
    """The canonical bytes of a Bundle: UTF-8 JSON, 2-space indent, keys in the order built, newline-terminated."""
    return orjson.dumps(bundle, option=orjson.OPT_INDENT_2) + b"\n"


def to_fhir_json(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    recipient: str | None = None,
) -> bytes:
    """The record as FHIR JSON bytes, from a record that has passed the share gate (exactly as
    :func:`build_bundle`, whose ``subject``, ``preliminary``, ``today`` and ``settings`` it takes).
    ``recipient`` (a recipient id of the record) addresses the document to that recipient: see :func:`address`."""
    bundle = build_bundle(subject, preliminary=preliminary, today=today, settings=settings)
    return dumps(address(bundle, record_of(subject), recipient) if recipient is not None else bundle)


def address(bundle: dict[str, Any], record: Record, recipient: str) -> dict[str, Any]:
    """The document as delivered to one recipient of the record: ``Bundle.identifier`` is that delivery's
    identity (``<record_id>-v<version>/<recipient_id>``, see ``medassess.formats.identity``) and ``Bundle.id`` a
    UUID of it, so each recipient's copy is its own document wherever copies meet; nothing else changes."""
    if bundle["identifier"]["value"].endswith("-preliminary"):
        raise MappingError("a draft for review is not delivered to a recipient", path="Bundle.identifier")
    if all(r.id != recipient for r in record.recipients):
        raise MappingError("the recipient named is not one of this record's recipients", path="$.recipients")
    value = document_identifier(record.record_id, record.version, recipient)
    return {**bundle, "id": uuid5("Bundle|" + value), "identifier": {"system": DOCUMENT_ID_SYSTEM, "value": value}}


_BUNDLE_TYPE = re.compile(rb'"resourceType"\s*+:\s*+"Bundle"')


def sniff(content: bytes) -> bool:
    """True for a JSON object that says it is a Bundle in its first ``SNIFF_BYTES``.

    A look at the head, not a parse, so reading parses the JSON once. FHIR JSON states the resourceType
    first, as medassess writes it; a document that claims to be a Bundle is read as one and refused with a
    reason if it is not.
    """
    head = content[:SNIFF_BYTES]
    return head.lstrip()[:1] == b"{" and _BUNDLE_TYPE.search(head) is not None
