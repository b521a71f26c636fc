"""HL7 v2.5.1 export: a record as an MDM^T02 or ORU^R01 message, shaped by a per-site profile.

For trust integration engines that carry HL7 v2 (ADT, ORU, MDM) rather than FHIR. The message is built
as text, field by field, with exact escaping (``_hl7v2_escape``); tests prove every message passes
hl7apy's strict parsing and validation, python-hl7 and the peer ``hl7v2-validate``.

Message (MDM^T02; ORU^R01 puts OBR where EVN, PV1 and TXA are):

- MSH: sending and receiving application and facility and processing id from the site profile; MSH-7
  is the record's ``updated`` time and MSH-10 the message's identity, made from the record id, version and
  the recipient it is addressed to only (``_identity.hl7v2_control_id``), never the clock or the rest of
  the record: the same record version to the same recipient always gives the same bytes, so a receiver
  recognises a resend, and two recipients of one version never share a control id. MSH-18 declares UTF-8,
  which the bytes are. MSH-21 names the message's layout (``MEDASSESS-HL7V2-LAYOUT-2^MEDASSESS``, or 3 for a
  record that carries what layout 3 added: the lowest layout that carries the record, ``medassess.core.layouts``);
  layout 1 left it empty, and the reader rebuilds a message in the layout it names.
- PID: the mother (NHS number in PID-3 with assigning authority NHS, type NH; name; date of birth).
- TXA: document type from the profile, activity date (the overall conclusion's date), its author, the
  record id as unique document number, authenticated (TXA-17 AU), restricted confidentiality when the
  record is marked safeguarding relevant, the attesting clinician with the time of attestation.
- OBX, one per coded entry the template files, in template order: written text for the conclusions,
  recommendations and impacts, laid out as the profile says (below); CWE for choices, yes/no answers and
  medicines (dm+d);
  DT for dates. Assessment lines carry sub-id ``a<n>``, medicine lines ``m<n>``; the lines of an assessment
  and of the overall conclusion carry its date in OBX-14 and its author (with registration) in OBX-16.
  A medicine line is followed by an NTE giving its dose, and saying so when the partner takes it. The
  social worker and each recipient (sub-id ``r<n>``) are a line of text: role, name, organisation.
  Codes are the template's (verified SNOMED CT, documented medassess local codes).
- A last OBX (local code ``medassess-record-json``, ED) carries the whole record as compact canonical
  JSON in one encapsulated-data value: ``MEDASSESS^AP^JSON^Base64^<data>``, so no parser has to reassemble
  or unescape it. Reading back (``_hl7v2_read``) takes the record from it, builds that record's message
  again with the site settings the message shows, and refuses the message unless every segment is the
  same: what a receiver reads and what medassess reads back are proven to be the same record.

Written text is never cut where its author did not break it: a TX repetition is a hard line break, and
common parsers' ordinary accessors give only the first repetition. The profile's ``text_layout`` says how a
text travels: ``whole`` (the default), one FT value per text with the author's line breaks as ``\\.br\\``;
or ``paragraphs``, one OBX per paragraph (a line the author wrote; blank lines are not sent), OBX-4
numbering them within their group (``a1.1``, ``a1.2``; ``1``, ``2`` for a text in no group), in TX or FT.
A paragraph longer than the 65,536 characters HL7 v2.5.1 gives FT and TX (the record allows 100,000) is
sent whole all the same, not cut. Display texts (ST, 199 characters) are shortened to fit; the embedded
record keeps every value whole.

Site profiles are TOML files (``mappings/hl7v2/default.toml`` is the default). A site names its own in its
configuration (``[formats.hl7v2] profile``, and a role's own in ``[formats.hl7v2.role.<role>]``), which the
commands pass to the writer per recipient: the profile is an option of each message, never process-wide
state, so recipients with different profiles are served in one run.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from ...core.exceptions import ConfigurationError, MappingError
from ...core.layouts import HL7V2_MESSAGE, HL7V2_RECORD_LAYOUT
from ...core.limits import HIGHEST, Limits, read_file
from ...core.resources import data_path
from ...core.toml_errors import load_toml
from ...gate.engine import Shareable, passed, record_of
from ...gate.settings import GateSettings
from ...record.codesystems import DMD_SYSTEM, LOCAL_SYSTEM, SNOMED_SYSTEM
from ...record.io import json_path, record_data
from ...record.model import (
    Assessment,
    Clinician,
    Conclusion,
    HumanName,
    Medicine,
    Record,
)
from ...record.template import Item, TemplateCode, get_template, value_at
from ...record.value_types import ValueType
from ..identity import hl7v2_control_id
from .escape import escape, fit, formatted, lines

HL7_VERSION = "2.5.1"
CHARACTER_SET = "UNICODE UTF-8"
ST_LIMIT = 199
"""ST's length (HL7 v2.5.1, and hl7apy's), counted on the escaped text: display components are shortened to it."""
RECORD_CODE = ("medassess-record-json", "medassess record as canonical JSON", LOCAL_SYSTEM)
RECORD_ENCAPSULATION = ("MEDASSESS", "AP", "JSON", "Base64")
"""ED-1 to ED-4 of the record OBX: source application, type of data (table 0191: AP, other application data),
data subtype (table 0291 style, for application/json) and encoding (table 0299: Base64)."""
YES_NO_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0136"
MEDICATION_REVIEW = ("314530002", "Medication review done", SNOMED_SYSTEM)
"""OBR-4 of the ORU^R01 variant: what was done (verified SNOMED CT, as the template's medicines item)."""
MESSAGE_TYPES = {"MDM^T02": "MDM^T02^MDM_T02", "ORU^R01": "ORU^R01^ORU_R01"}
LAYOUT_PROFILE_PREFIX = "MEDASSESS-HL7V2-LAYOUT-"
LAYOUT_PROFILE_NAMESPACE = "MEDASSESS"
"""MSH-21 (message profile identifier, EI) of a message of HL7 v2 layout n: ``MEDASSESS-HL7V2-LAYOUT-<n>^MEDASSESS``,
the entity identifier and its namespace. Layout 1 left MSH-21 empty."""


def layout_profile(layout: int) -> str:
    """MSH-21 of a message of HL7 v2 ``layout`` (empty for layout 1, which named none)."""
    return "" if layout == 1 else f"{LAYOUT_PROFILE_PREFIX}{layout}^{LAYOUT_PROFILE_NAMESPACE}"


_HD = Annotated[str, Field(pattern=r"^[^|^~\\&\r\n]{0,20}$")]
_NAME = Annotated[str, Field(pattern=r"^[^|^~\\&\r\n]{1,20}$")]


class CodingSystems(BaseModel):
    """CWE component 3 names for each code system medassess emits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    snomed: _NAME = "SCT"
    dmd: _NAME = "DMD"
    local: _NAME = "99MA"
    yes_no: _NAME = "HL70136"


class SiteProfile(BaseModel):
    """A trust's HL7 v2 interface settings (see ``mappings/hl7v2/default.toml`` for each key)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    message: Literal["MDM^T02", "ORU^R01"] = "MDM^T02"
    sending_application: _NAME = "MEDASSESS"
    sending_facility: _HD = ""
    receiving_application: _HD = "MATERNITY"
    receiving_facility: _HD = "MATERNITY"
    processing_id: Literal["P", "T", "D"] = "P"
    text_value_type: Literal["TX", "FT"] = "FT"
    text_layout: Annotated[Literal["whole", "paragraphs"], Field(validate_default=True)] = "whole"
    segment_terminator: Literal["\r", "\r\n"] = "\r"
    document_type: Annotated[str, Field(pattern=r"^[A-Z0-9]{1,10}$")] = "CN"
    coding_systems: CodingSystems = Field(default_factory=CodingSystems)

    @field_validator("text_layout")
    @classmethod
    def _whole_text_is_formatted(cls, layout: str, info: ValidationInfo) -> str:
        if layout == "whole" and info.data.get("text_value_type") == "TX":
            # TX can break a line only with a repetition, which common parsers' accessors drop.
            raise ValueError(
                "a text sent whole is FT (TX breaks lines with repetitions): use text_value_type = "
                '"FT", or text_layout = "paragraphs" for TX'
            )
        return layout

    def system_names(self) -> dict[str, str]:
        """Code system URI to its CWE-3 name in this profile (names hold no delimiters: nothing to escape)."""
        systems = self.coding_systems
        return {
            SNOMED_SYSTEM: systems.snomed,
            DMD_SYSTEM: systems.dmd,
            LOCAL_SYSTEM: systems.local,
            YES_NO_SYSTEM: systems.yes_no,
        }


def load_site_profile(path: str | Path, *, limits: Limits | None = None) -> SiteProfile:
    """Read and check a site profile, no larger than ``limits.config_bytes`` (default:
    ``Limits.from_environment()``); problems are located (file and key)."""
    source = str(path)
    limits = limits or Limits.from_environment()
    try:
        text = read_file(path, limits.config_bytes, name="config_bytes", error=ConfigurationError).decode("utf-8")
    except OSError as exc:
        raise ConfigurationError(f"cannot be read ({exc.strerror or type(exc).__name__})", source=source) from None
    except UnicodeDecodeError:
        raise ConfigurationError("is not UTF-8 text", source=source) from None
    data = load_toml(text, source=source, error=ConfigurationError, what="a site profile")
    try:
        return SiteProfile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_input=False, include_url=False)[0]
        raise ConfigurationError(str(error["msg"]), source=source, path=json_path(error["loc"])) from None


def site_options(table: Mapping[str, Any], *, base: Path, source: str, where: str) -> dict[str, Any]:
    """The writer's options from a site configuration's ``[formats.hl7v2]`` table (or a role's own):
    ``profile``, the path of a site profile (relative to ``base``), read and checked now."""
    if set(table) - {"profile"}:
        raise ConfigurationError("has an option HL7 v2 does not take; expected: profile", source=source, path=where)
    if "profile" not in table:
        return {}
    path = table["profile"]
    if not isinstance(path, str) or not path.strip():
        raise ConfigurationError("should be the path of a site profile (TOML)", source=source, path=f"{where}.profile")
    return {"profile": load_site_profile(base / path)}


@functools.cache
def default_site_profile() -> SiteProfile:
    """The shipped profile, ``mappings/hl7v2/default.toml`` (read once). It is medassess's own data: a site's
    limit on the files it names does not bound it."""
    return load_site_profile(data_path("mappings") / "hl7v2" / "default.toml", limits=HIGHEST)


Code = tuple[str, str, str]
"""(code, display, code system URI); an empty code is a text-only CWE."""
Kind = Literal["text", "coded", "date", "string"]


@dataclass(frozen=True, slots=True)
class Where:
    """Which assessment (``a<n>``) or medicine (``m<n>``) a line belongs to, and when and by whom it was
    written: OBX-4, OBX-14 (DT) and OBX-16 (XCN), as written in the message."""

    sub_id: str = ""
    date: str = ""
    author: str = ""


@dataclass(frozen=True, slots=True)
class Observation:
    """One readable OBX line: what the template files for one item (of one assessment or medicine)."""

    code: Code
    kind: Kind
    value: str | Code
    where: Where = Where()
    note: str = ""
    """Said in an NTE after the line: for a medicine, whose it is when not the mother's, and its dose."""


def _code(template_code: TemplateCode, systems: dict[str, str]) -> Code:
    return (template_code.code, template_code.display, systems[template_code.system])


def _medicine_code(medicine: Medicine) -> Code:
    if medicine.code is None:
        return ("", medicine.name, "")
    return (medicine.code.code, medicine.name, medicine.code.system)


def _medicine_note(medicine: Medicine) -> str:
    # Without this a partner's medicine would read as the mother's, and no receiver would see a dose.
    whose = "Taken by the partner, not the mother." if medicine.taken_by == "partner" else ""
    dose = f"Dose: {medicine.dose}" if medicine.dose else ""
    return " ".join(part for part in (whose, dose) if part)


_SENT_AS: Mapping[ValueType, Kind] = {
    "choice": "coded",
    "boolean": "coded",
    "medicine-list": "coded",
    "date": "date",
    "gestation": "string",
    "text": "text",
    "contact": "text",
    "recipient-list": "text",
}
"""The OBX line an answer of each template value type is sent as: ``coded`` CWE, ``date`` DT, ``string`` ST,
``text`` the profile's FT or TX (OBX-2, see ``_obx``). A value type not here (a clinician, a person, an
attestation) has no readable line: the people are in TXA and OBX-16, and the whole record in the last OBX."""
_SUB_IDS: Mapping[ValueType, str] = {"medicine-list": "m", "recipient-list": "r"}
"""OBX-4 of each element of a list answer: ``m<n>`` for a medicine, ``r<n>`` for a recipient."""
_CODED: Mapping[ValueType, Callable[[Any], Code]] = {
    "boolean": lambda answer: ("Y", "Yes", YES_NO_SYSTEM) if answer else ("N", "No", YES_NO_SYSTEM),
    "medicine-list": _medicine_code,
}
"""CWE of a coded value that is not a pick list's option: yes/no from HL7 table 0136, a medicine's dm+d code."""
_NOTES: Mapping[ValueType, Callable[[Any], str]] = {"medicine-list": _medicine_note}
"""The NTE after an element's line, where a value type has one."""


def _item_observations(item: Item, root: BaseModel, systems: dict[str, str], where: Where) -> Iterator[Observation]:
    """The lines for an item's answer under ``root``, by what its value type is sent as (``_SENT_AS``)."""
    kind = item.kind
    sent_as = _SENT_AS.get(item.value_type)
    answer = item.answer(root)
    code = _code(item.code, systems) if item.code else None
    if sent_as is None or answer is None or answer == "":
        return
    if kind.options:
        yield from _choice_observations(item, answer, code, systems, where)
        return
    if code is None:
        return
    note = _NOTES.get(item.value_type)
    for n, element in enumerate(kind.elements(answer), 1):
        at = Where(f"{_SUB_IDS[item.value_type]}{n}") if kind.many else where
        if (on := kind.applies_on(element)) is not None:
            at = Where(at.sub_id, _date(on))
        if sent_as == "coded":
            yield Observation(code, sent_as, _CODED[item.value_type](element), at, note(element) if note else "")
        elif sent_as == "date":
            yield Observation(code, sent_as, _date(element), at)
        elif said := kind.display(element):
            yield Observation(code, sent_as, said, at)


def _choice_observations(
    item: Item, value: object, code: Code | None, systems: dict[str, str], where: Where
) -> Iterator[Observation]:
    """The chosen option, filed under the item's code or else its own; an option with no code is not sent."""
    option = item.chosen(value)
    if option is not None and option.code is not None:
        filed = _code(option.code, systems)
        yield Observation(code or filed, "coded", filed, where)


def _written(parent: object, sub_id: str = "") -> Where:
    # Assessments and the overall conclusion say who wrote them and when: OBX-16 and OBX-14 of their lines.
    if isinstance(parent, Assessment | Conclusion):
        return Where(sub_id, _date(parent.date), _xcn(parent.author))
    return Where(sub_id)


def observations(record: Record) -> list[Observation]:
    """The readable OBX lines for a record, in template order."""
    template = get_template(record.template.id, record.template.version)
    found: list[Observation] = []
    for section in template.sections:
        if section.scope == "assessment":
            for n, assessment in enumerate(record.assessments, 1):
                where = _written(assessment, f"a{n}")
                for item in section.items:
                    found += _item_observations(item, assessment, template.systems, where)
        else:
            for item in section.items:
                parent = value_at(record, item.path.rpartition(".")[0]) if "." in item.path else record
                found += _item_observations(item, record, template.systems, _written(parent))
    return found


def obx_lines(found: list[Observation], layout: str) -> list[Observation]:
    """The OBX lines for the observations: as they are, or (layout ``paragraphs``) each written text as one
    line per paragraph (line) its author wrote, numbered within its group in OBX-4. Blank lines between
    paragraphs are not sent: an OBX with an empty value would be a result with nothing in it."""
    if layout == "whole":
        return found
    result: list[Observation] = []
    for observation in found:
        if observation.kind != "text" or not isinstance(observation.value, str):
            result.append(observation)
            continue
        where = observation.where
        for n, line in enumerate((line for line in lines(observation.value) if line), 1):
            numbered = Where(f"{where.sub_id}.{n}" if where.sub_id else str(n), where.date, where.author)
            result.append(Observation(observation.code, "text", line, numbered, observation.note))
    return result


def control_id(record: Record, recipient_id: str | None = None) -> str:
    """MSH-10 of the record version's message to ``recipient_id`` (None: unaddressed, as ``export`` makes it)."""
    return hl7v2_control_id(record.record_id, record.version, recipient_id)


def legacy_control_id(record: Record) -> str:
    """MSH-10 as medassess made it before message identities (20 hex digits of SHA-256 over the record's
    canonical JSON, which was then record layout 1): messages exported then still read back. Raises ValueError
    for a record layout 1 cannot carry, which no message of then carried."""
    return hashlib.sha256(record_json(record, 1).encode("utf-8")).hexdigest()[:20].upper()


def record_json(record: Record, layout: int | None = None) -> str:
    """The record as compact canonical JSON (model order, no nulls), as the last OBX of a message of HL7 v2
    ``layout`` (by default the lowest that carries the record) carries it: in the record layout that message
    layout carries (``HL7V2_RECORD_LAYOUT``).

    An assessment's ``pre_conception`` is left out when false (its default), so records that never say it
    keep the bytes, and MSH-10, they had before the field existed."""
    layout = HL7V2_MESSAGE.needed(record) if layout is None else layout
    data: dict[str, Any] = record_data(record, HL7V2_RECORD_LAYOUT[layout])
    for assessment in data.get("assessments", ()):
        if assessment.get("pre_conception") is False:
            del assessment["pre_conception"]
    return orjson.dumps(data).decode()


def _date(value: dt.date | None) -> str:
    # Not strftime("%Y"): the C library may write year 5 as "5", where DT needs four digits ("0005").
    return f"{value.year:04d}{value.month:02d}{value.day:02d}" if value else ""


def _dtm(value: dt.datetime) -> str:
    offset = value.utcoffset()
    if offset is not None and offset.seconds % 60:  # DTM offsets are +HHMM; a seconds offset is given in UTC
        value = value.astimezone(dt.UTC)
    return f"{value.year:04d}" + value.strftime("%m%d%H%M%S%z")


@functools.lru_cache(maxsize=4096)  # template displays and authors' names recur on every line
def _st(text: str | None) -> str:
    return escape(fit(text, ST_LIMIT)) if text else ""


def _components(*values: str) -> str:
    return "^".join(values).rstrip("^")


Segment = tuple[str, dict[int, str]]
"""A segment as its name and its fields by number (escaped ER7 text), before it is written out."""


def _render(segment: Segment) -> str:
    name, fields = segment
    last = max(n for n, value in fields.items() if value)
    values = [fields.get(n, "") for n in range(1, last + 1)]
    if name == "MSH":  # MSH-1 is the field separator itself
        return "MSH|" + "|".join(values[1:])
    return name + "|" + "|".join(values)


def _xpn(name: HumanName) -> str:
    given = name.given
    return _components(
        _st(name.family), _st(given[0] if given else None), _st(" ".join(given[1:])), "", _st(name.prefix)
    )


def _xcn(clinician: Clinician | None) -> str:
    if clinician is None:
        return ""
    name, registration = clinician.name, clinician.registration
    return _components(
        _st(registration.number if registration else None),
        *(_st(name.family), _st(name.given[0] if name.given else None), _st(" ".join(name.given[1:])), "")
        if name
        else ("", "", "", ""),
        _st(name.prefix if name else None),
        "",
        "",
        registration.body if registration else "",
    )


def _cwe(code: Code, names: dict[str, str]) -> str:
    if not code[0]:
        return "^" + _st(code[1])
    try:
        system = names[code[2]]
    except KeyError:
        raise MappingError("a code system has no HL7 v2 coding system name in the site profile") from None
    return _components(escape(code[0]), _st(code[1]), system)


def _text(value: str) -> str:
    # Never cut: a paragraph past FT's and TX's 65,536 characters (the record allows 100,000) is sent whole,
    # past HL7 v2.5.1's length, rather than broken where its author did not break it.
    return formatted(value)


def embedded(json_text: str) -> str:
    """OBX-5 of the record OBX: the record JSON's UTF-8 bytes in base64, as ED (no character to escape)."""
    return "^".join([*RECORD_ENCAPSULATION, base64.b64encode(json_text.encode("utf-8")).decode("ascii")])


def _obx(n: int, observation: Observation, names: dict[str, str], status: str, text_type: str) -> Segment:
    value = observation.value
    if isinstance(value, tuple):
        value_type, rendered = "CWE", _cwe(value, names)
    elif observation.kind == "text":
        value_type, rendered = text_type, _text(value)
    else:
        value_type, rendered = ("DT" if observation.kind == "date" else "ST"), escape(value)
    where = observation.where
    fields = {1: str(n), 2: value_type, 3: _cwe(observation.code, names), 4: escape(where.sub_id), 5: rendered}
    return ("OBX", {**fields, 11: status, 14: where.date, 16: where.author})


def _header(record: Record, profile: SiteProfile, message_control_id: str, layout: int) -> list[Segment]:
    updated = _dtm(record.updated)
    msh = (
        "MSH",
        {
            2: "^~\\&",
            3: profile.sending_application,
            4: profile.sending_facility or record.mother.registered_practice.ods_code,
            5: profile.receiving_application,
            6: profile.receiving_facility,
            7: updated,
            9: MESSAGE_TYPES[profile.message],
            10: message_control_id,
            11: profile.processing_id,
            12: HL7_VERSION,
            17: "GBR",
            18: CHARACTER_SET,
            21: layout_profile(layout),
        },
    )
    mother = record.mother
    pid = ("PID", {1: "1", 3: f"{mother.nhs_number}^^^NHS^NH", 5: _xpn(mother.name), 7: _date(mother.birth_date)})
    document_number = f"{escape(record.record_id)}^{profile.sending_application}"
    if profile.message == "ORU^R01":
        obr = {1: "1", 3: document_number, 4: _cwe(MEDICATION_REVIEW, profile.system_names()), 7: updated, 22: updated}
        return [msh, pid, ("OBR", {**obr, 25: _status(record)})]
    conclusion = record.overall_conclusion
    attestation = record.attestation
    txa = {
        1: "1",
        2: profile.document_type,
        3: profile.text_value_type,
        4: _date(conclusion.date if conclusion and conclusion.date else record.updated.date()),
        5: _xcn(conclusion.author if conclusion else None),
        6: updated,
        12: document_number,
        17: "AU",
        18: "R" if record.safeguarding.safeguarding_relevant else "U",
        19: "AV",
        22: _ppn(attestation.by, attestation.at) if attestation else "",
    }
    return [msh, ("EVN", {1: "T02", 2: updated}), pid, ("PV1", {1: "1", 2: "N"}), ("TXA", txa)]


def _ppn(clinician: Clinician, at: dt.datetime) -> str:
    components = _xcn(clinician).split("^")
    return "^".join([*components, *[""] * (14 - len(components)), _dtm(at)])


def _status(record: Record) -> str:
    """OBX-11 / OBR-25: corrected for an amended record, else final (only final or amended are shared)."""
    return "C" if record.status == "amended" else "F"


def segments(
    record: Record, profile: SiteProfile, *, message_control_id: str | None = None, layout: int | None = None
) -> list[Segment]:
    """The message's segments, field by field (the benchmark builds the same message with hl7apy from them);
    MSH-10 is ``message_control_id``, else the unaddressed control id. ``layout`` is the HL7 v2 layout: by
    default the lowest that carries the record (``HL7V2_MESSAGE.needed``), or the one a message the reader
    rebuilds names. Raises ValueError for a layout medassess does not write or that cannot carry the record."""
    layout = HL7V2_MESSAGE.needed(record) if layout is None else layout
    if layout not in HL7V2_MESSAGE.read:
        raise ValueError(f"medassess writes HL7 v2 layouts {HL7V2_MESSAGE.earliest} to {HL7V2_MESSAGE.written}")
    later = HL7V2_MESSAGE.beyond(record, layout)
    if later is not None:
        raise ValueError(f"HL7 v2 layout {layout} cannot carry {later.field}, added in HL7 v2 layout {later.version}")
    status = _status(record)
    message = _header(record, profile, message_control_id or control_id(record), layout)
    found = obx_lines(observations(record), profile.text_layout)
    names = profile.system_names()
    for n, observation in enumerate(found, 1):
        message.append(_obx(n, observation, names, status, profile.text_value_type))
        if observation.note:  # NTE-3 is FT whatever the profile says
            message.append(("NTE", {1: "1", 3: _text(observation.note)}))
    carrier = _obx(len(found) + 1, Observation(RECORD_CODE, "string", ""), names, status, "")
    carrier[1].update({2: "ED", 5: embedded(record_json(record, layout))})
    message.append(carrier)
    return message


def build(
    record: Record, profile: SiteProfile, *, message_control_id: str | None = None, layout: int | None = None
) -> bytes:
    """The message for a record in HL7 v2 ``layout`` (by default the lowest that carries it), without the share
    gate (``to_hl7v2`` is the way in)."""
    terminator = profile.segment_terminator
    built = segments(record, profile, message_control_id=message_control_id, layout=layout)
    return (terminator.join(map(_render, built)) + terminator).encode("utf-8")


def to_hl7v2(
    subject: Shareable | Record,
    profile: SiteProfile | None = None,
    *,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    recipient: str | None = None,
) -> bytes:
    """A record that has passed the share gate as an HL7 v2.5.1 message (UTF-8 bytes). ``subject`` is a
    :class:`Shareable` (the gate's verdict, taken as it is) or a :class:`Record`, which the gate then judges
    once, as of ``today`` with ``settings``: raises ShareGateRefused when it finds errors. ``recipient`` (a
    recipient id of the record) addresses the message to that recipient: its MSH-10 is then that delivery's
    identity (see ``medassess.formats.identity``).

    There is no preliminary form: an HL7 v2 receiver files each OBX into the patient's record as it arrives,
    and nothing in the message would stop a draft's conclusions being read as final. A draft for review is
    made as FHIR (``to_fhir_json(record, preliminary=True)``) or a letter (``render_letter``).
    """
    record = passed(subject, today=today, settings=settings, source=record_of(subject).masked_id).record
    identity = control_id(record, addressed(record, recipient))
    return build(record, profile or default_site_profile(), message_control_id=identity)


def addressed(record: Record, recipient: str | None) -> str | None:
    """``recipient`` when it is one of the record's recipients; a message can only be addressed to one of
    them, since reading it back checks MSH-10 against the record's own recipients."""
    if recipient is not None and all(r.id != recipient for r in record.recipients):
        raise MappingError("the recipient named is not one of this record's recipients", path="$.recipients")
    return recipient


def sniff(content: bytes) -> bool:
    """An HL7 v2 message starts with its MSH segment."""
    return content.startswith(b"MSH")
