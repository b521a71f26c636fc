"""The perinatal medication assessment record: typed, versioned, and strict about its shape.

A record is what a GP practice captures with the template: the mother (and, where their medicines bear on
caring for the baby, her partner), the pregnancy, the medicines, each clinician's written assessment and
conclusion, the overall conclusion, the safeguarding context, and who must receive it and on what basis.

Shape problems (wrong types, unknown fields, impossible dates) are refused here, when the record is read.
Whether the content is complete and fit to share is the share gate's question, not the model's: a draft
with no conclusions is a valid record that the gate will refuse.

So is everything an export needs (docs/security.md, "One validation"): a record this model accepts can be
written as FHIR JSON and XML, HL7 v2, a BadgerNet write, a letter and coded entries, and read back, so a
record that was shareable when checked cannot fail when it is sent. Every text holds only characters XML 1.0
can carry; a medicine code is a dm+d id (or a medassess local code) of the form its system defines; a date
and time has a UTC offset FHIR and HL7 v2 can write (whole minutes, -12:59 to +14:00) and lies a day inside
the years 0001 to 9999, so it can be given in any time zone; the version fits a FHIR integer. Every reader
builds its record through this model, so a document a reader accepts can be exported again.

A model built with values it does not take raises ``RecordError``, as a reader does: every problem at its JSON
path, in medassess's words (``record_error``, at the end of this module, which every record reader uses too),
never the value.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self, get_args

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.config import ExtraValues

from ..core.exceptions import Problem, RecordError
from ..core.layouts import RECORD_JSON
from .codesystems import DMD_SYSTEM, DMD_SYSTEM_ALIASES, LOCAL_SYSTEM, SNOMED_SYSTEM
from .identifiers import record_label, sctid_problem

_LOCAL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")


def _local_id(value: str) -> str:
    if not _LOCAL_ID.fullmatch(value):
        raise ValueError("an id is 1 to 64 letters, digits, '.' or '-', starting with a letter or digit")
    return value


def _nonblank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


# XML 1.0's Char production: tab, line feed, carriage return and every other character except the C0
# controls, the surrogates (alone they are no character at all, and UTF-8 cannot encode them) and U+FFFE/U+FFFF.
_NOT_XML_CHAR = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_XML_TEXT = (
    "holds a character XML cannot carry: a control character other than tab, line feed or carriage return"
    " (a word processor's line or page break, say), U+FFFE, U+FFFF or half of a surrogate pair"
)


def _xml_text(value: str) -> str:
    if _NOT_XML_CHAR.search(value):
        raise ValueError(NOT_XML_TEXT)
    return value


LocalId = Annotated[str, AfterValidator(_local_id)]
"""An identifier local to the record (medicine, assessment, recipient ids)."""
MAX_SHORT_TEXT = 1_000
"""Characters in a short text: a name or a part of one, a number, a dose, a display, a host, an instruction.
Each is written out wherever its subject is named (resources, reference displays, narratives, HL7 v2 fields,
letters), so one unbounded name read from a small document would export to something no reader accepts back
(a FHIR string is at most 1 MiB). A thousand characters is far beyond any real one; clinicians' free text is
`FreeText`."""
PlainText = Annotated[str, Field(max_length=MAX_SHORT_TEXT), AfterValidator(_xml_text)]
"""Any short text every export can carry (XML 1.0 characters); it may be empty."""
Text = Annotated[str, Field(max_length=MAX_SHORT_TEXT), AfterValidator(_xml_text), AfterValidator(_nonblank)]
"""Short text that must say something when present."""
FreeText = Annotated[str, Field(max_length=100_000), AfterValidator(_xml_text)]
"""Clinician's free text; bounded so a corrupt file cannot exhaust memory downstream."""

_OFFSETS = (-dt.timedelta(hours=12, minutes=59), dt.timedelta(hours=14))
"""UTC offsets every export can write: FHIR's instant and dateTime allow -14:00 to +14:00, HL7 v2's DTM (as hl7apy,
which proves the messages, reads it) -12:59 to +14:59. Every time zone in use (-12:00 to +14:00) is inside."""
_EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
_LATEST = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)


def _instant(value: dt.datetime) -> dt.datetime:
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("needs a UTC offset, e.g. 2026-03-02T10:15:00+00:00")
    if offset % dt.timedelta(minutes=1) or not _OFFSETS[0] <= offset <= _OFFSETS[1]:
        raise ValueError("needs a UTC offset in whole minutes from -12:59 to +14:00, which FHIR and HL7 v2 both allow")
    try:
        utc = value.astimezone(dt.UTC)
    except OverflowError:
        utc = None
    if utc is None or not _EARLIEST <= utc < _LATEST:
        raise ValueError("must fall between 0001-01-02 and 9999-12-30 (UTC), so it can be given in any time zone")
    return value


Instant = Annotated[dt.datetime, AfterValidator(_instant)]
"""A date and time with a UTC offset FHIR (instant, dateTime) and HL7 v2 (DTM) can both write."""

MAX_VERSION = 2_147_483_647
"""A record version is written as a FHIR integer, which is 32-bit."""

MEDICINE_CODE_SYSTEMS = (DMD_SYSTEM, SNOMED_SYSTEM, LOCAL_SYSTEM)
"""The code systems a medicine may be coded in: the ones every export can map (HL7 v2 names each in the site
profile's ``[coding_systems]``). dm+d ids arrive under either dm+d URI and are kept under ``DMD_SYSTEM``."""
_LOCAL_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LOCAL_CODE_MAX = 64


class _Model(BaseModel):
    """Every record model: frozen, refusing unknown fields, and raising ``RecordError`` (never pydantic's
    ValidationError, whose text quotes the values it was given) when built, replaced or validated
    (``model_validate``, ``model_validate_json``, ``model_validate_strings``) with values it does not take.
    ``record_from_data`` is the reader: it also checks the template and names the file.

    pydantic validates a model inside another through its compiled schema, not through these methods, so
    every problem in a record is still found in one pass and reported at once; the methods only translate the
    ValidationError pydantic raises at the end (``record_error``)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)

    if not TYPE_CHECKING:  # a type checker sees each model's own signature, its fields, as pydantic declares it

        def __init__(self, /, **data: Any) -> None:
            try:
                super().__init__(**data)
            except ValidationError as exc:
                raise record_error(exc, data, source=f"medassess.{type(self).__name__}") from None

        # Still pydantic's own __init__ as far as validation goes: a model inside another is validated by
        # pydantic directly, so every problem in a record is reported at once, not this __init__'s first.
        __init__.__pydantic_base_init__ = True

    @classmethod
    def model_validate(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        from_attributes: bool | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """The model from ``obj`` (pydantic's ``model_validate``); raises ``RecordError`` listing every problem
        at its JSON path, none quoting a value."""
        try:
            return super().model_validate(
                obj,
                strict=strict,
                extra=extra,
                from_attributes=from_attributes,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        except ValidationError as exc:
            raise record_error(exc, obj, source=f"medassess.{cls.__name__}") from None

    @classmethod
    def model_validate_json(
        cls,
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """The model from JSON text (pydantic's ``model_validate_json``); raises ``RecordError`` as
        ``model_validate`` does. JSON that does not parse is one problem at ``$``: ``parse_record`` says where."""
        try:
            return super().model_validate_json(
                json_data, strict=strict, extra=extra, context=context, by_alias=by_alias, by_name=by_name
            )
        except ValidationError as exc:
            raise record_error(exc, _parsed(json_data), source=f"medassess.{cls.__name__}") from None

    @classmethod
    def model_validate_strings(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """The model from string data (pydantic's ``model_validate_strings``); raises ``RecordError`` as
        ``model_validate`` does."""
        try:
            return super().model_validate_strings(
                obj, strict=strict, extra=extra, context=context, by_alias=by_alias, by_name=by_name
            )
        except ValidationError as exc:
            raise record_error(exc, obj, source=f"medassess.{cls.__name__}") from None

    def replace(self, **changes: Any) -> Self:
        """A copy with the fields in ``changes`` replaced, validated as a new one would be (pydantic's
        ``model_copy(update=...)`` checks nothing): ``RecordError`` lists every problem, at paths inside this
        model. The original is unchanged (records are frozen). E.g. ``record.replace(status="final")``."""
        return type(self)(**{**{name: getattr(self, name) for name in type(self).model_fields}, **changes})

    __replace__ = replace  # copy.replace(model, **changes), from Python 3.13


class Coding(_Model):
    """A medicine's code: a dm+d id (under ``https://dmd.nhs.uk`` or ``http://snomed.info/sct``) or a medassess
    local code (docs/local-codes.md). Any other system would be refused by an export (HL7 v2 names only the
    systems its site profile lists), so it is refused here."""

    system: str = Field(
        description="The code system URI: dm+d (https://dmd.nhs.uk, or http://snomed.info/sct read as it)"
        " or the medassess local system."
    )
    code: str = Field(
        description="The code in that system: a dm+d id (6 to 18 digits, Verhoeff-checked) or a medassess local code."
    )
    display: PlainText | None = Field(default=None, description="The code's display text, as the source gave it.")

    @field_validator("system")
    @classmethod
    def _known_system(cls, system: str) -> str:
        if system not in MEDICINE_CODE_SYSTEMS:
            raise ValueError(
                f"is not a code system a medicine can be sent in; expected {DMD_SYSTEM} (dm+d; {SNOMED_SYSTEM}"
                f" is taken for it) or {LOCAL_SYSTEM}"
            )
        return system

    @field_validator("code")
    @classmethod
    def _code_of_its_system(cls, code: str, info: ValidationInfo) -> str:
        system = info.data.get("system")
        if system in DMD_SYSTEM_ALIASES:
            problem = sctid_problem(code)
            if problem:
                raise ValueError(problem)
        elif system == LOCAL_SYSTEM and not (len(code) <= LOCAL_CODE_MAX and _LOCAL_CODE.fullmatch(code)):
            raise ValueError(
                f"a medassess local code is up to {LOCAL_CODE_MAX} lower-case letters and digits,"
                " in words joined by '-'"
            )
        return code


MAX_GIVEN_NAMES = 10
"""Given names one person can hold. A name is written out wherever its person is named (the FHIR resource,
its references' displays, narratives, the HL7 v2 segments), so a name of thousands of parts read from a small
document would export to something no reader accepts back; ten is more than any real name."""


class HumanName(_Model):
    """A person's name. Never logged."""

    prefix: PlainText | None = Field(default=None, description="A title, e.g. Dr.")
    given: Annotated[list[Text], Field(max_length=MAX_GIVEN_NAMES)] = Field(
        default_factory=list, description="Given names, in order."
    )
    family: Text = Field(description="The family name.")

    def text(self) -> str:
        """The name as one line, for narratives and letters."""
        return " ".join([self.prefix, *self.given, self.family] if self.prefix else [*self.given, self.family])


class Organisation(_Model):
    """An organisation identified by its ODS code."""

    ods_code: Annotated[str, Field(pattern=r"^[A-Z0-9]{3,10}$")] = Field(description="The organisation's ODS code.")
    name: PlainText | None = Field(default=None, description="The organisation's name.")


Register = Literal["GMC", "NMC", "GPhC", "HCPC", "SWE"]


class Registration(_Model):
    """A professional registration: General Medical Council, Nursing and Midwifery Council, General
    Pharmaceutical Council, Health and Care Professions Council or Social Work England."""

    body: Register = Field(description="The regulator: GMC, NMC, GPhC, HCPC or SWE.")
    number: Text = Field(description="The registration number with that regulator.")


ClinicalRole = Literal[
    "general-practitioner",
    "registered-midwife",
    "community-midwife",
    "health-visitor",
    "obstetrician",
    "psychiatrist",
    "pharmacist",
    "clinical-pharmacist",
    "nurse",
    "other",
]


class Clinician(_Model):
    """Who wrote an assessment or conclusion: the gate needs them identified, with role and registration."""

    name: HumanName | None = Field(default=None, description="The clinician's name.")
    role: ClinicalRole | None = Field(default=None, description="The clinician's role.")
    registration: Registration | None = Field(default=None, description="The clinician's professional registration.")
    organisation: Organisation | None = Field(default=None, description="Where the clinician works.")


class Mother(_Model):
    """The mother: the subject of the record."""

    nhs_number: Annotated[str, Field(pattern=r"^[0-9]{10}$")] = Field(
        description="The mother's NHS number: 10 digits, no spaces."
    )
    name: HumanName = Field(description="The mother's name.")
    birth_date: dt.date = Field(description="The mother's date of birth.")
    registered_practice: Organisation = Field(description="The GP practice the mother is registered with.")


class Partner(_Model):
    """The mother's partner, when their medicines bear on caring for the baby (e.g. sedation and
    co-sleeping). Only what identifies them to the professionals is kept."""

    name: HumanName | None = Field(default=None, description="The partner's name.")
    relationship: PlainText | None = Field(
        default=None, description="The partner's relationship to the mother, in words."
    )
    nhs_number: Annotated[str, Field(pattern=r"^[0-9]{10}$")] | None = Field(
        default=None, description="The partner's NHS number: 10 digits, no spaces."
    )


class Gestation(_Model):
    """Gestational age in completed weeks and days, as it was on a date."""

    weeks: Annotated[StrictInt, Field(ge=0, le=45)] = Field(description="Completed weeks of gestation (0 to 45).")
    days: Annotated[StrictInt, Field(ge=0, le=6)] = Field(
        default=0, description="Days beyond the completed weeks (0 to 6)."
    )
    on: dt.date = Field(description="The date the gestation was this.")


Stage = Literal["antenatal", "postnatal"]
EddBasis = Literal["ultrasound-scan", "last-menstrual-period", "clinical"]
InfantFeeding = Literal["breast", "bottle", "mixed", "not-known"]


class Pregnancy(_Model):
    """Where the pregnancy is: antenatal (with the agreed EDD) or postnatal (with the delivery date)."""

    stage: Stage = Field(description="Antenatal (before birth) or postnatal (after).")
    edd: dt.date | None = Field(default=None, description="The agreed estimated date of delivery.")
    edd_basis: EddBasis | None = Field(default=None, description="What the EDD was worked out from.")
    gestation: Gestation | None = Field(default=None, description="The gestational age, as it was on a date.")
    delivery_date: dt.date | None = Field(default=None, description="The date of delivery, once the baby is born.")
    infant_feeding: InfantFeeding | None = Field(default=None, description="How the baby is (or will be) fed.")


PrescriberKind = Literal["gp-practice", "other-organisation"]


class Prescriber(_Model):
    """Who prescribes: the GP practice or another organisation (e.g. a drug and alcohol service)."""

    kind: PrescriberKind = Field(description="The GP practice or another organisation.")
    organisation: Organisation | None = Field(default=None, description="The prescribing organisation.")


TakenBy = Literal["mother", "partner"]
MedicineStatus = Literal["active", "completed", "stopped"]


class Medicine(_Model):
    """A current or recent medicine, dm+d coded where a code is known."""

    id: LocalId = Field(description="The medicine's id, unique in the record; assessments name medicines by it.")
    code: Coding | None = Field(
        default=None, description="The medicine's dm+d (or medassess local) code, where one is known."
    )
    name: Text = Field(description="The medicine's name, as prescribed.")
    dose: PlainText | None = Field(default=None, description="The dose and how often it is taken, in words.")
    taken_by: TakenBy = Field(
        default="mother", description="Who takes the medicine: the mother (default) or her partner."
    )
    started: dt.date | None = Field(default=None, description="The date the medicine was started.")
    last_changed: dt.date | None = Field(default=None, description="The date the dose or medicine was last changed.")
    stopped: dt.date | None = Field(default=None, description="The date the medicine was stopped.")
    status: MedicineStatus | None = Field(
        default=None, description="Active, completed or stopped, where the dates alone do not say it."
    )
    """What the source record says of the medicine where its dates alone do not: ``completed`` (ran its course)
    or ``stopped`` (discontinued) with no stop date known, ``completed`` with one, or ``active`` with a planned
    end date. Absent, the dates say it: stopped if it has a stop date, else active; a status that says no more
    than the dates is dropped, so a record has one way to say each thing."""
    prescriber: Prescriber | None = Field(default=None, description="Who prescribes the medicine.")
    flagged: StrictBool = Field(
        default=False, description="The clinician asks for a written assessment of this medicine whatever its class."
    )
    """The clinician flags a medicine for a written assessment whatever its class."""
    not_of_concern_reason: FreeText | None = Field(
        default=None, description="Why a medicine medassess does not recognise raises no perinatal concern."
    )
    """The clinician's reason a medicine medassess does not recognise raises no perinatal concern."""

    @field_validator("code")
    @classmethod
    def _one_dmd_system(cls, code: Coding | None) -> Coding | None:
        # dm+d ids arrive under either system URI; the record keeps one so exports are stable.
        if code is not None and code.system in DMD_SYSTEM_ALIASES:
            return code.model_copy(update={"system": DMD_SYSTEM})
        return code

    @model_validator(mode="after")
    def _dates_in_order(self) -> Medicine:
        if self.started and self.stopped and self.stopped < self.started:
            raise ValueError("stopped is before started")
        if self.started and self.last_changed and self.last_changed < self.started:
            raise ValueError("last_changed is before started")
        if self.stopped and self.last_changed and self.last_changed > self.stopped:
            # Stopping is the last change a medicine can have: a change after it means one date is wrong.
            raise ValueError("last_changed is after stopped")
        if self.status is not None and self.status == ("stopped" if self.stopped else "active"):
            object.__setattr__(self, "status", None)  # frozen: this is still validation, before anyone sees it
        return self

    @property
    def fhir_status(self) -> str:
        """The status a MedicationStatement gives it: the record's status, else what the dates say."""
        return self.status or ("stopped" if self.stopped is not None else "active")


YesNoUnknown = Literal["yes", "no", "unknown"]


class ImpactOnMother(_Model):
    """What the medicine means for the mother's (or parent's) care of the baby."""

    sedation: YesNoUnknown | None = Field(
        default=None, description="Whether the medicine sedates the mother (or parent)."
    )
    parenting_capacity: FreeText | None = Field(
        default=None, description="What the medicine means for her capacity to care for the baby."
    )
    safe_sleep: FreeText | None = Field(
        default=None, description="What the medicine means for safe sleep with the baby."
    )


class ImpactOnBaby(_Model):
    """What the medicine means for the baby."""

    summary: FreeText | None = Field(default=None, description="What the medicine means for the baby.")
    neonatal_withdrawal_plan: FreeText | None = Field(
        default=None, description="How the baby will be observed for neonatal withdrawal or adaptation."
    )
    breastfeeding: FreeText | None = Field(
        default=None, description="Whether and how the medicine bears on breastfeeding."
    )


class Assessment(_Model):
    """One clinician's written assessment covering one or more medicines."""

    id: LocalId = Field(description="The assessment's id, unique in the record.")
    medicine_ids: Annotated[list[LocalId], Field(min_length=1)] = Field(
        description="The ids of the medicines this assessment covers (at least one)."
    )
    impact_on_mother: ImpactOnMother | None = Field(
        default=None, description="What the medicines mean for the mother's care of the baby."
    )
    impact_on_baby: ImpactOnBaby | None = Field(default=None, description="What the medicines mean for the baby.")
    recommendations: FreeText | None = Field(default=None, description="What should be done, and by whom.")
    conclusion: FreeText | None = Field(
        default=None, description="The clinician's written conclusion on these medicines."
    )
    author: Clinician | None = Field(default=None, description="Who wrote the assessment.")
    date: dt.date | None = Field(default=None, description="The date the assessment was written.")
    pre_conception: StrictBool = Field(
        default=False, description="Advice given before this pregnancy began, so its date may precede conception."
    )
    """Advice given before this pregnancy began (e.g. valproate pregnancy prevention counselling), so its date
    may precede conception."""


class Conclusion(_Model):
    """The overall written conclusion across all the medicines."""

    text: FreeText | None = Field(default=None, description="The written conclusion across all the medicines.")
    author: Clinician | None = Field(default=None, description="Who wrote the conclusion.")
    date: dt.date | None = Field(default=None, description="The date the conclusion was written.")


class Attestation(_Model):
    """A clinician's confirmation that the record is complete and correct as shared."""

    by: Clinician = Field(description="The clinician confirming the record.")
    at: Instant = Field(description="When they confirmed it, with a UTC offset.")


class Contact(_Model):
    """A named professional contact, e.g. the allocated social worker."""

    name: HumanName | None = Field(default=None, description="The contact's name.")
    organisation: Organisation | None = Field(default=None, description="The contact's organisation.")
    telephone: PlainText | None = Field(default=None, description="The contact's telephone number.")


DischargeTo = Literal[
    "home-with-parents",
    "parent-and-baby-foster-placement",
    "foster-carer",
    "parent-and-baby-unit",
    "kinship-carer",
    "other",
]
PLACEMENT_DESTINATIONS: frozenset[str] = frozenset(
    {"parent-and-baby-foster-placement", "foster-carer", "parent-and-baby-unit", "kinship-carer"}
)


CareOrder = Literal["none", "interim", "full"]


class Safeguarding(_Model):
    """The safeguarding context. A child protection plan that ended when a care order was made does not
    mean lower risk, so both are kept.

    The plan, care order and looked-after status have no default answer: None means never asked, which the
    share gate refuses, so an unanswered question can never pass for "no" (false, "none")."""

    child_protection_plan: StrictBool | None = Field(
        default=None, description="Whether a child protection plan is in place; absent means never asked."
    )
    child_protection_plan_ended: dt.date | None = Field(
        default=None, description="The date a child protection plan ended."
    )
    care_order: CareOrder | None = Field(
        default=None, description="Any care order: none, interim or full; absent means never asked."
    )
    looked_after: StrictBool | None = Field(
        default=None, description="Whether the baby is looked after by the local authority; absent means never asked."
    )
    social_worker: Contact | None = Field(default=None, description="The allocated social worker.")
    discharge_to: DischargeTo | None = Field(default=None, description="Where the baby goes on discharge.")
    discharge_details: FreeText | None = Field(
        default=None,
        description="Where the baby goes on discharge and with whom, in words: needed when discharge_to is "
        '"other", or any further detail of the discharge.',
    )
    safe_sleep_advice_given: StrictBool | None = Field(default=None, description="Whether safe sleep advice was given.")
    sleeping_arrangements: FreeText | None = Field(
        default=None, description="Where and how the baby will sleep, in words."
    )
    safeguarding_relevant: StrictBool = Field(
        default=False, description="Only staff with safeguarding access rights see the record (a privacy marking)."
    )
    """Arden-style privacy marking: only staff with safeguarding access rights see the record."""

    @property
    def social_care_involved(self) -> bool:
        return bool(
            self.child_protection_plan
            or self.child_protection_plan_ended
            or self.care_order in ("interim", "full")
            or self.looked_after
            or self.social_worker
        )

    @property
    def to_placement(self) -> bool:
        return self.discharge_to in PLACEMENT_DESTINATIONS


class MeshRoute(_Model):
    """Delivery to an NHS MESH mailbox, under a workflow id."""

    kind: Literal["mesh"] = Field(description="The route's kind: mesh.")
    mailbox: Annotated[str, Field(pattern=r"^[A-Z0-9]{3,20}$")] = Field(description="The receiver's MESH mailbox id.")
    workflow_id: PlainText | None = Field(default=None, description="The MESH workflow id to send under.")


class MllpRoute(_Model):
    """Delivery of HL7 v2 messages to a receiver over MLLP, by host and port."""

    kind: Literal["mllp"] = Field(description="The route's kind: mllp.")
    host: Text = Field(description="The receiver's host name or address.")
    port: Annotated[StrictInt, Field(ge=1, le=65535)] = Field(description="The receiver's TCP port.")


class FhirRoute(_Model):
    """Delivery to a FHIR server, by its base URL (its settings are the site configuration's ``[[fhir]]``)."""

    kind: Literal["fhir"] = Field(description="The route's kind: fhir.")
    base_url: Annotated[str, Field(pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://"), AfterValidator(_xml_text)] = Field(
        description="The FHIR server's base URL (http or https)."
    )


class ManualRoute(_Model):
    """A recorded hand-over outside any system, e.g. a letter given to the foster carer at discharge."""

    kind: Literal["manual"] = Field(description="The route's kind: manual.")
    description: Text = Field(description="How the record is handed over, in words.")


class DirectoryRoute(_Model):
    """A folder the site collects payloads from by its own means (``medassess.transports.directory``)."""

    kind: Literal["directory"] = Field(description="The route's kind: directory.")
    path: Text = Field(description="The folder payloads are written to.")


Route = Annotated[MeshRoute | MllpRoute | FhirRoute | ManualRoute | DirectoryRoute, Field(discriminator="kind")]
ROUTE_KINDS: tuple[str, ...] = tuple(
    kind for model in get_args(get_args(Route)[0]) for kind in get_args(model.model_fields["kind"].annotation)
)
"""Every route kind the model takes, read from ``Route`` (the transports register one each)."""

RecipientRole = Literal[
    "maternity-unit",
    "midwife",
    "health-visitor",
    "gp",
    "social-worker",
    "foster-carer",
    "placement-provider",
    "perinatal-mental-health",
    "specialist",
    "other",
]
PayloadFormat = Literal["fhir-json", "fhir-xml", "hl7v2"]
"""Static payloads a recipient can ask for. BadgerNet Spine is not one: writing to a pregnancy record is a live
exchange (find the pregnancy, then write against it), done with FhirClient and medassess.formats.badgernet.pregnancy."""


class Recipient(_Model):
    """Someone who must receive the record, and how."""

    id: LocalId = Field(description="The recipient's id, unique in the record.")
    role: RecipientRole = Field(description="The recipient's role.")
    organisation: Organisation | None = Field(default=None, description="The recipient's organisation.")
    name: HumanName | None = Field(default=None, description="The recipient's name, for a named person.")
    route: Route | None = Field(
        default=None, description="How the record reaches the recipient; its kind says which transport."
    )
    format: PayloadFormat | None = Field(
        default=None,
        description="The payload format the recipient gets; absent, the site's format for its role, else its default.",
    )


SharingBasis = Literal["consent", "safeguarding-without-consent"]


class LawfulBasis(_Model):
    """Why sharing is lawful: consent, or sharing without consent to safeguard a child."""

    basis: SharingBasis = Field(description="Consent, or sharing without consent to safeguard a child.")
    justification: FreeText | None = Field(default=None, description="Why sharing is lawful on that basis, in words.")
    recorded_on: dt.date | None = Field(default=None, description="The date the basis was recorded.")


class TemplateRef(_Model):
    """The template and version the record was captured with."""

    id: Text = Field(description="The template's id.")
    version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")] = Field(
        description="The template's version (major.minor.patch)."
    )


RecordStatus = Literal["draft", "final", "amended", "entered-in-error"]


class Record(_Model):
    """A perinatal medication assessment record."""

    schema_version: Annotated[StrictInt, Field(ge=RECORD_JSON.earliest, le=RECORD_JSON.written)] = Field(
        default=RECORD_JSON.written,
        description=(
            "The record layout the JSON is written in (docs/compatibility.md): 3 where the record has"
            " safeguarding.discharge_details, else 2; a record naming layout 1 or 2 cannot have that field. Absent"
            " (a record written by hand): layout 1, or 3 where the record has it. A record read from any layout is"
            " held in the layout medassess writes it in, the lowest that carries all its fields."
        ),
    )
    record_id: LocalId = Field(description="The record's id, kept across its versions.")
    version: Annotated[StrictInt, Field(ge=1, le=MAX_VERSION)] = Field(
        description="The record's version, counting from 1."
    )
    template: TemplateRef = Field(description="The template and version the record was captured with.")
    status: RecordStatus = Field(description="Draft, final, amended or entered in error.")
    updated: Instant = Field(description="When this version was last changed, with a UTC offset.")
    mother: Mother = Field(description="The mother: the subject of the record.")
    partner: Partner | None = Field(
        default=None, description="The mother's partner, where their medicines bear on caring for the baby."
    )
    pregnancy: Pregnancy = Field(description="Where the pregnancy is: antenatal or postnatal.")
    medicines: list[Medicine] = Field(default_factory=list, description="The current and recent medicines.")
    assessments: list[Assessment] = Field(
        default_factory=list, description="The clinicians' written assessments of the medicines."
    )
    overall_conclusion: Conclusion | None = Field(
        default=None, description="The written conclusion across all the medicines."
    )
    attestation: Attestation | None = Field(
        default=None, description="A clinician's confirmation that the record is complete and correct as shared."
    )
    safeguarding: Safeguarding = Field(default_factory=Safeguarding, description="The safeguarding context.")
    recipients: list[Recipient] = Field(
        default_factory=list, description="Everyone who must receive the record, and how."
    )
    lawful_basis: LawfulBasis | None = Field(default=None, description="Why sharing the record is lawful.")
    amendment_reason: FreeText | None = Field(
        default=None, description="What changed since the previous version, for a record with status amended."
    )
    """What changed since the previous version, for a record with status amended."""

    @field_validator("schema_version", mode="before")
    @classmethod
    def _a_layout_this_medassess_reads(cls, version: object) -> int:
        # Each later layout only adds (layout 2 this marker, layout 3 a field), so a record of an earlier layout
        # needs no upgrading. Whether the layout named can carry the record is the readers' to judge
        # (record_from_data): a record built or replaced here names whatever layout it was read in.
        if not RECORD_JSON.reads(version):
            raise ValueError(RECORD_JSON.refusal(version))
        return RECORD_JSON.written

    @model_validator(mode="after")
    def _held_in_the_layout_it_needs(self) -> Record:
        # Held, and written again, in the lowest layout that carries it: a record without the later additions
        # is written exactly as before, and records read from different layouts compare equal.
        object.__setattr__(self, "schema_version", RECORD_JSON.needed(self))
        return self

    @model_validator(mode="after")
    def _references_resolve(self) -> Record:
        lists: tuple[tuple[str, Sequence[Medicine | Assessment | Recipient]], ...] = (
            ("medicine", self.medicines),
            ("assessment", self.assessments),
            ("recipient", self.recipients),
        )
        # Messages name positions, never the ids: a record may hold any id its grammar allows (see _identifiers).
        for kind, items in lists:
            seen: dict[str, int] = {}
            for index, item in enumerate(items):
                if item.id in seen:
                    raise ValueError(f"{kind}s[{index}] has the same id as {kind}s[{seen[item.id]}]")
                seen[item.id] = index
        medicine_ids = {m.id for m in self.medicines}
        for index, assessment in enumerate(self.assessments):
            for position, mid in enumerate(assessment.medicine_ids):
                if mid not in medicine_ids:
                    raise ValueError(
                        f"assessments[{index}].medicine_ids[{position}] names a medicine the record does not list"
                    )
        if any(m.taken_by == "partner" for m in self.medicines) and self.partner is None:
            raise ValueError("a medicine is taken by the partner, but the record has no partner")
        return self

    def medicine(self, medicine_id: str) -> Medicine:
        """The medicine with this id."""
        for medicine in self.medicines:
            if medicine.id == medicine_id:
                return medicine
        raise KeyError(medicine_id)

    def assessments_of(self, medicine_id: str) -> list[Assessment]:
        """Every assessment that covers this medicine."""
        return [a for a in self.assessments if medicine_id in a.medicine_ids]

    @property
    def masked_id(self) -> str:
        """How the record is named in logs and messages: its id and version, never the patient."""
        return record_label(self.record_id, self.version)


# -- refusals in medassess's words: every record reader and every model's constructor says what is wrong
# through record_error, here beside the model, since the constructors (above) use it.

_FRIENDLY = {
    "extra_forbidden": "is not a field of this record (unknown field)",
    "missing": "is required but missing",
    "date_from_datetime_parsing": "is not a real date (expected YYYY-MM-DD)",
    "date_parsing": "is not a real date (expected YYYY-MM-DD)",
    "date_from_datetime_inexact": "should be a date, not a date and time",
    "datetime_parsing": "is not a real date and time (expected e.g. 2026-03-02T10:15:00+00:00)",
    "datetime_from_date_parsing": "is not a real date and time (expected e.g. 2026-03-02T10:15:00+00:00)",
    "string_type": "should be text",
    "int_type": "should be a whole number",
    "bool_type": "should be true or false",
    "list_type": "should be a list",
    "model_type": "should be an object",
    "model_attributes_type": "should be an object",
    "dict_type": "should be an object",
    "json_invalid": "is not valid JSON",
    "json_type": "should be JSON text",
}


@functools.cache
def _field_names() -> frozenset[str]:
    """Every field name of the record model and the models inside it: the only keys a path echoes."""
    names: set[str] = set()
    pending: list[type[BaseModel]] = [Record]
    seen: set[type[BaseModel]] = set()
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            pending.extend(_models_in(info.annotation))
    return frozenset(names)


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def record_path(loc: Iterable[int | str], data: object) -> str:
    """Where a problem is in a record's JSON, naming only what came from medassess: list positions and the
    record's own field names. A key that is not a field of the record is named by its position in its object,
    ``$.mother[unknown field 5]`` (the fifth key of ``mother``), since a key can be anything a file holds,
    a patient's name included."""
    path, node = "$", data
    for step in loc:
        if isinstance(step, int):
            path += f"[{step}]"
            node = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
            continue
        if step in _field_names():
            path += f".{step}"
        elif isinstance(node, dict) and step in node:
            path += f"[unknown field {list(node).index(step) + 1}]"
        else:
            path += "[unknown field]"
        node = node.get(step) if isinstance(node, dict) else None
    return path


_OWN_TEXTS = tuple(
    re.compile(re.escape(text).replace("<n>", r"\d+").replace("<kind>", "(?:medicine|assessment|recipient)"))
    for text in (
        "an id is 1 to 64 letters, digits, '.' or '-', starting with a letter or digit",
        "must not be blank",
        "stopped is before started",
        "last_changed is before started",
        "last_changed is after stopped",
        "needs a UTC offset, e.g. 2026-03-02T10:15:00+00:00",
        "needs a UTC offset in whole minutes from -12:59 to +14:00, which FHIR and HL7 v2 both allow",
        "must fall between 0001-01-02 and 9999-12-30 (UTC), so it can be given in any time zone",
        NOT_XML_TEXT,
        f"is not a code system a medicine can be sent in; expected {DMD_SYSTEM} (dm+d; {SNOMED_SYSTEM} is taken"
        f" for it) or {LOCAL_SYSTEM}",
        "a dm+d or SNOMED CT id is 6 to 18 digits, not starting with 0",
        "a dm+d or SNOMED CT id names a concept: its partition (the 2nd and 3rd digits from the end) is 00 or 10",
        "the dm+d or SNOMED CT id fails its Verhoeff check digit (a digit is mistyped)",
        f"a medassess local code is up to {LOCAL_CODE_MAX} lower-case letters and digits, in words joined by '-'",
        "<kind>s[<n>] has the same id as <kind>s[<n>]",
        "assessments[<n>].medicine_ids[<n>] names a medicine the record does not list",
        "a medicine is taken by the partner, but the record has no partner",
        RECORD_JSON.refusal(1000).replace("1000", "<n>"),
        RECORD_JSON.refusal(None),
    )
)
"""The record model's own validator texts, the only ones passed on (``<n>`` is a list position). A text not
listed here (a new validator, or one that quotes a value) is replaced by a fixed one, so no validator can put
a value into a message by accident."""


def describe_problem(error: Any) -> str:
    """What a pydantic error says was expected, in words medassess chose: never the input, nor library text that
    could quote it."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in _FRIENDLY:
        return _FRIENDLY[kind]
    if kind == "string_pattern_mismatch":
        return f"does not have the expected form ({ctx['pattern']})"
    if kind in ("literal_error", "enum"):
        return f"should be {ctx['expected']}"
    if kind == "union_tag_invalid":
        return f"has an unknown kind; expected {ctx['expected_tags']}"
    if kind == "union_tag_not_found":
        return f"needs its {ctx.get('discriminator', 'kind')}"
    if kind == "value_error":
        text = str(ctx.get("error", ""))
        return text if any(own.fullmatch(text) for own in _OWN_TEXTS) else "is not a valid value here"
    if kind in ("string_too_long", "too_long"):
        return f"is too long (at most {ctx['max_length']})"
    if kind in ("string_too_short", "too_short"):
        return f"is too short (at least {ctx['min_length']})"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        words = {"greater_than_equal": "at least", "greater_than": "more than", "less_than_equal": "at most"}
        bound = next(ctx[k] for k in ("ge", "gt", "le", "lt") if k in ctx)
        return f"should be {words.get(kind, 'less than')} {bound}"
    return "is not a valid value here"


def _parsed(json_data: str | bytes | bytearray) -> object:
    """JSON text parsed, for the positions of unknown keys in a refusal; None when it does not parse."""
    try:
        return orjson.loads(json_data)
    except orjson.JSONDecodeError:
        return None


def _pydantic_loc(error: Any) -> list[int | str]:
    # Discriminated unions add the tag as a location step; a reader wants the field path.
    return [p for p in error["loc"] if not (isinstance(p, str) and p in ROUTE_KINDS)]


def record_error(exc: ValidationError, data: object, *, source: str | None) -> RecordError:
    """A pydantic ValidationError from a record model as a RecordError listing every problem, each at its path,
    in medassess's words: the one conversion every record reader and model constructor uses. The errors are read
    without their input (``include_input=False``) and described from their type alone, so no value reaches a
    message; ``data`` (what was validated) is read only for the positions of unknown keys."""
    problems = [
        Problem(describe_problem(error), record_path(_pydantic_loc(error), data))
        for error in exc.errors(include_input=False, include_url=False)
    ]
    more = len(problems) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return RecordError(problems[0].message + suffix, source=source, path=problems[0].path, problems=problems)
