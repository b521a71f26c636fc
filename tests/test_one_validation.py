"""One validation: what every export needs is checked once, when a record is parsed or read.

A record the model accepts exports to every format (FHIR JSON and XML, HL7 v2 in both shipped profiles, the
BadgerNet pregnancy write, the letter, coded entries) and reads back equal where a reader exists; a document a
reader accepts exports again. What the model refuses, it refuses with a located RecordError that never quotes
the value. Each constraint is tested both ways: a value just inside passes the parse and every export, one
just outside is refused at the parse with the field's path. docs/security.md ("One validation") lists them.
"""

from __future__ import annotations

import base64
import copy
import csv
import datetime as dt
import re
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import medassess
import medassess.formats.hl7v2.writer
from medassess import (
    DMD_SYSTEM,
    LOCAL_SYSTEM,
    SNOMED_SYSTEM,
    MappingError,
    ReadError,
    Record,
    RecordError,
    load_record,
    record_from_data,
)
from medassess.core.safe_xml import parse_xml
from medassess.formats.badgernet.pregnancy import pregnancy_transaction
from medassess.formats.fhir.writer import dumps as fhir_dumps
from medassess.formats.fhir.writer import unchecked_bundle
from medassess.formats.fhir.xml import json_to_xml
from medassess.formats.gpconnect.medicines import medicines_from_gp_connect
from medassess.formats.hl7v2.writer import YES_NO_SYSTEM, build, embedded
from medassess.record.identifiers import sctid_problem, verhoeff_valid
from medassess.record.model import LOCAL_CODE_MAX, MAX_VERSION, NOT_XML_TEXT, _xml_text
from tests.hl7v2_readers import hl7apy_strict
from tests.hostile import NOT_XML, XML_EDGES, xml_characters
from tests.peers import SHARED

ROOT = Path(__file__).resolve().parent.parent
PASSING = sorted((ROOT / "examples" / "pass").glob("*.json"))
FAILING = sorted((ROOT / "examples" / "fail").glob("*.json"))
FOSTER = ROOT / "examples" / "pass" / "postnatal-foster-placement-diazepam-pregabalin.json"
PARTNER = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
"""After every date in the shipped examples, as the red-team corpus is judged."""
PROFILES = [
    medassess.load_site_profile(ROOT / "mappings" / "hl7v2" / name)
    for name in ("default.toml", "example-trust-oru.toml")
]
PREGNANCY_ID = "pregnancy-1"
MARK = "§"
"""Put in generated values so a message quoting one would show (no message says it of itself)."""


# -- every export, and every reader, of one record ---------------------------------------------------------------


def export_everything(record: Record, *, strict_hl7: bool = False) -> None:
    """Every export of ``record``, each read back where a reader exists.

    A record the share gate refuses goes through the draft route (FHIR, letter, coded entries) and the mapping
    alone (the final FHIR document, HL7 v2, the BadgerNet transaction); one it passes goes through every public,
    gated entry point too. An exporter's MappingError here means the model let through what an export refuses.
    """
    try:
        for preliminary in (False, True):
            bundle = unchecked_bundle(record, preliminary=preliminary)
            content = fhir_dumps(bundle)
            assert medassess.read_fhir_json(content) == record
            assert medassess.read_fhir_xml(json_to_xml(orjson.loads(content))) == record
        Bundle.model_validate(unchecked_bundle(record))
        assert medassess.to_fhir_json(record, preliminary=True) == fhir_dumps(
            unchecked_bundle(record, preliminary=True)
        )
        medassess.to_fhir_xml(record, preliminary=True)
        for profile in PROFILES:
            message = build(record, profile)
            assert medassess.read_hl7v2(message) == record
            if strict_hl7:
                check_hl7(message)
        if record.status in ("final", "amended"):  # a draft is never written to a pregnancy record, by design
            pregnancy_transaction(unchecked_bundle(record), record.mother.nhs_number, PREGNANCY_ID)
        letter = medassess.render_letter(record, preliminary=True)
        parse_xml(letter.removeprefix(b"<!DOCTYPE html>\n"), source="letter")
        medassess.coded_entries(record, preliminary=True)
        if medassess.is_shareable(record, today=TODAY):
            medassess.to_fhir_json(record, today=TODAY)
            medassess.to_fhir_xml(record, today=TODAY)
            for profile in PROFILES:
                medassess.to_hl7v2(record, profile, today=TODAY)
            medassess.pregnancy_write_payload(record, PREGNANCY_ID, today=TODAY)
            medassess.render_letter(record, today=TODAY)
            medassess.coded_entries(record, today=TODAY)
    except MappingError as exc:  # pragma: no cover - shown only when the model misses a constraint
        pytest.fail(f"an export refused a record the model accepted: {exc}")


def check_hl7(message: bytes) -> None:
    """hl7apy's strict parse and validation, as tests/test_hl7v2.py checks every shipped message."""
    hl7apy_strict(message.decode("utf-8").replace("\r\n", "\r"))


def refused(data: dict[str, Any]) -> RecordError:
    with pytest.raises(RecordError) as caught:
        record_from_data(data, source="r.json")
    return caught.value


def _data(path: Path = FOSTER) -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(path.read_bytes())
    return data


# -- a record with every text field, and the model's text fields found from the model itself ----------------------


def maximal() -> dict[str, Any]:
    """The foster placement example with every optional text field filled, and a recipient on every route."""
    data = _data()
    partner = _data(PARTNER)["partner"]
    data["partner"] = {**partner, "name": {**partner["name"], "prefix": "Mr"}}
    data["mother"]["name"]["prefix"] = "Ms"
    data["medicines"][0]["not_of_concern_reason"] = "Recorded for completeness."
    data["safeguarding"]["discharge_details"] = "Placement address held by the social worker; foster carer named there."
    data["recipients"][1]["route"]["workflow_id"] = "PERINATAL_MEDS"
    data["recipients"].append(
        {"id": "rcp-mllp", "role": "maternity-unit", "route": {"kind": "mllp", "host": "mllp.example", "port": 2575}}
    )
    data["recipients"].append(
        {"id": "rcp-fhir", "role": "maternity-unit", "route": {"kind": "fhir", "base_url": "https://fhir.example/R4"}}
    )
    data["recipients"].append(
        {"id": "rcp-folder", "role": "maternity-unit", "route": {"kind": "directory", "path": "/srv/outbox"}}
    )
    data["amendment_reason"] = "The placement provider was added as a recipient."
    return data


def _parts(annotation: Any) -> tuple[Any, list[Any]]:
    """The type inside Optional / list / Annotated, and the Annotated metadata met on the way."""
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            metadata += annotation.__metadata__
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) > 1:
                return args, metadata
            annotation = args[0]
        elif origin is list:
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, metadata


def _models(annotation: Any) -> list[type[BaseModel]]:
    inner, _ = _parts(annotation)
    candidates = inner if isinstance(inner, list) else [inner]
    return [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]


def model_text_fields() -> set[tuple[str, str]]:
    """Every (model, field) of the record model whose value is text (str, not a fixed choice)."""
    found: set[tuple[str, str]] = set()
    todo: list[type[BaseModel]] = [Record]
    seen: set[type[BaseModel]] = set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, field in model.model_fields.items():
            inner, _ = _parts(field.annotation)
            if inner is str:
                found.add((model.__name__, name))
            todo += _models(field.annotation)
    return found


Leaf = tuple[str, str, str, bool]
"""(JSON path, model name, field name, whether the field is free text: any XML text, no grammar)."""


def text_leaves(data: Any, model: type[BaseModel] = Record, path: str = "$") -> Iterator[Leaf]:
    """Every text value in record data, with the model field that holds it."""
    for name, value in data.items():
        field = model.model_fields[name]
        inner, metadata = _parts(field.annotation)
        metadata += field.metadata  # pydantic keeps a bare Annotated field's metadata here
        free = any(getattr(m, "func", None) is _xml_text for m in metadata) and not any(
            getattr(m, "pattern", None) for m in metadata
        )
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            at = f"{path}.{name}" + (f"[{index}]" if index is not None else "")
            if isinstance(item, str) and inner is str:
                yield at, model.__name__, name, free
            elif isinstance(item, dict):
                models = _models(field.annotation)
                if len(models) > 1:  # the route union: the model whose kind matches
                    models = [
                        m for m in models if typing.get_args(m.model_fields["kind"].annotation) == (item["kind"],)
                    ]
                yield from text_leaves(item, models[0], at)


def _set(data: Any, path: str, value: Any) -> None:
    steps = re.findall(r"\.(\w+)|\[(\d+)\]", path)
    node = data
    for key, index in steps[:-1]:
        node = node[key] if key else node[int(index)]
    key, index = steps[-1]
    if key:
        node[key] = value
    else:
        node[int(index)] = value


def _get(data: Any, path: str) -> Any:
    node = data
    for key, index in re.findall(r"\.(\w+)|\[(\d+)\]", path):
        node = node[key] if key else node[int(index)]
    return node


def test_the_maximal_record_holds_every_text_field_of_the_model() -> None:
    # So the text tests below reach every field, including any added to the model later.
    visited = {(model, field) for _, model, field, _ in text_leaves(maximal())}
    assert visited == model_text_fields()
    export_everything(record_from_data(maximal()))


# -- text: what XML 1.0 can carry -------------------------------------------------------------------------------


@pytest.mark.parametrize("char", NOT_XML, ids=[f"U+{ord(c):04X}" for c in NOT_XML])
def test_every_text_field_refuses_a_character_xml_cannot_carry_at_its_path(char: str) -> None:
    data = maximal()
    for path, model, field, _ in text_leaves(data):
        original = _get(data, path)
        broken = copy.deepcopy(data)
        _set(broken, path, original + char)
        error = refused(broken)
        assert error.path == path, (path, error.path, error.message)
        if (model, field) != ("Coding", "system"):  # that message lists the systems it accepts
            assert len(original) < 4 or original not in str(error)


def test_free_text_refuses_xml_illegal_characters_with_one_plain_message() -> None:
    data = maximal()
    free = [path for path, _, _, is_free in text_leaves(data) if is_free]
    assert len(free) > 30
    for path in free:
        broken = copy.deepcopy(data)
        _set(broken, path, _get(data, path) + "\x0b")  # a word processor's manual line break
        assert (refused(broken).path, refused(broken).message) == (path, NOT_XML_TEXT)


def test_every_free_text_field_carries_every_character_xml_can_and_exports() -> None:
    data = maximal()
    edges = "".join(XML_EDGES)
    for path, model, _, is_free in text_leaves(maximal()):
        if is_free and model != "TemplateRef":  # a template id must name a template medassess has
            _set(data, path, _get(data, path) + " " + edges)
    record = record_from_data(data)
    assert record.mother.name.family.endswith(edges)
    export_everything(record, strict_hl7=True)


def test_a_lone_surrogate_from_python_is_refused_too() -> None:
    # JSON parsers refuse a lone surrogate; a record built in Python could still hold one, which no UTF-8 export
    # could write. pydantic refuses it before the model's own check.
    data = load_record(FOSTER).model_dump()
    data["overall_conclusion"]["text"] = "half a pair \ud83d"
    with pytest.raises(RecordError) as caught:
        Record.model_validate(data)
    assert [p.path for p in caught.value.problems] == ["$.overall_conclusion.text"]


# -- dates and times: offsets FHIR can write, any time zone can give --------------------------------------------

INSIDE_INSTANTS = [
    "2026-06-14T15:20:00+14:00",
    "2026-06-14T15:20:00-12:59",
    "2026-06-14T15:20:00-12:00",
    "2026-06-14T15:20:00+05:45",
    "2026-06-14T15:20:00.999999-00:01",
    "0001-01-02T00:00:00Z",
    "0001-01-02T14:00:00+14:00",
    "9999-12-30T23:59:59.999999Z",
    "9999-12-30T10:59:59-12:59",
]
OUTSIDE_INSTANTS = [
    ("2026-06-14T15:20:00+14:01", "whole minutes from -12:59 to +14:00"),
    ("2026-06-14T15:20:00-13:00", "whole minutes from -12:59 to +14:00"),
    ("2026-06-14T15:20:00-14:00", "whole minutes from -12:59 to +14:00"),
    ("2026-06-14T15:20:00+14:30", "whole minutes from -12:59 to +14:00"),
    ("2026-06-14T15:20:00+23:59", "whole minutes from -12:59 to +14:00"),
    ("0001-01-01T23:59:59.999999Z", "between 0001-01-02 and 9999-12-30"),
    ("0001-01-02T13:59:00+14:00", "between 0001-01-02 and 9999-12-30"),
    ("0001-01-01T00:00:00+00:01", "between 0001-01-02 and 9999-12-30"),
    ("9999-12-31T00:00:00Z", "between 0001-01-02 and 9999-12-30"),
    ("9999-12-30T11:01:00-12:59", "between 0001-01-02 and 9999-12-30"),
    ("9999-12-31T23:59:59-00:01", "between 0001-01-02 and 9999-12-30"),
    ("2026-06-14T15:20:00", "needs a UTC offset"),
]


@pytest.mark.parametrize("path", ["$.updated", "$.attestation.at"])
@pytest.mark.parametrize("value", INSIDE_INSTANTS)
def test_a_date_and_time_just_inside_parses_and_exports(path: str, value: str) -> None:
    data = _data()
    _set(data, path, value)
    export_everything(record_from_data(data), strict_hl7=True)


@pytest.mark.parametrize("path", ["$.updated", "$.attestation.at"])
@pytest.mark.parametrize(("value", "message"), OUTSIDE_INSTANTS, ids=[v for v, _ in OUTSIDE_INSTANTS])
def test_a_date_and_time_just_outside_is_refused_at_its_path(path: str, value: str, message: str) -> None:
    data = _data()
    _set(data, path, value)
    error = refused(data)
    assert error.path == path and message in error.message
    assert value not in str(error)


@pytest.mark.parametrize("seconds", [1, 30, 59, -1])
def test_an_offset_with_seconds_is_refused_from_python(seconds: int) -> None:
    # JSON offsets are hours and minutes; a datetime built in Python may carry seconds, which FHIR cannot write.
    data = load_record(FOSTER).model_dump()
    offset = dt.timezone(dt.timedelta(hours=1, seconds=seconds))
    data["updated"] = dt.datetime(2026, 6, 14, 15, 20, tzinfo=offset)
    with pytest.raises(ValueError, match="whole minutes"):
        Record.model_validate(data)
    data["updated"] = dt.datetime(2026, 6, 14, 15, 20, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    export_everything(Record.model_validate(data))


@pytest.mark.parametrize("day", ["0001-01-01", "0999-12-31", "9999-12-31"])
def test_dates_in_any_four_digit_year_export(day: str) -> None:
    # Dates carry no offset; every year FHIR allows exports, HL7 v2 with its four digits.
    data = _data()
    data["mother"]["birth_date"] = day
    data["pregnancy"]["delivery_date"] = day
    data["lawful_basis"]["recorded_on"] = day
    export_everything(record_from_data(data), strict_hl7=True)


# -- medicine codes: systems every export can map, codes of the form their system defines -------------------------

DOCUMENTED_LOCAL_CODES = re.findall(r"^\| `([a-z0-9-]+)` \|", (ROOT / "docs" / "local-codes.md").read_text(), re.M)


def _with_check_digit(stem: str) -> str:
    """``stem`` and the digit that passes Verhoeff's check: a number of SCTID form, made only to be refused."""
    return next(stem + d for d in "0123456789" if verhoeff_valid(stem + d))


def test_the_verhoeff_check_matches_published_identifiers() -> None:
    # The SNOMED CT root concept, Clinical finding, Pregnancy, the core module id, and the textbook 236 -> 2363.
    for valid in ("138875005", "404684003", "77386006", "900000000000207008", "2363"):
        assert verhoeff_valid(valid)
    assert not verhoeff_valid("2364") and not verhoeff_valid("138875004")
    assert sctid_problem("900000000000207008") is None  # 18 digits: the longest an SCTID is
    assert sctid_problem(_with_check_digit("9" * 18)) is not None  # 19 digits
    assert sctid_problem(_with_check_digit("1000")) is not None  # 5 digits
    for partition in ("01", "02", "11", "12"):
        assert "partition" in (sctid_problem(_with_check_digit("4212831100000" + partition)) or "")


def test_every_shipped_dmd_id_passes_the_check() -> None:
    ids = set()
    for path in (ROOT / "mappings" / "codelists").glob("*.csv"):
        ids |= {row["dmd_id"] for row in csv.DictReader(path.open(encoding="utf-8"))}
    for row in csv.DictReader((ROOT / "mappings" / "dmd-reissued-vmps.csv").open(encoding="utf-8")):
        ids |= {row["previous_id"], row["current_id"]}
    for path in [*PASSING, *FAILING]:
        for medicine in orjson.loads(path.read_bytes())["medicines"]:
            if medicine.get("code", {}).get("system") in (DMD_SYSTEM, SNOMED_SYSTEM):
                ids.add(medicine["code"]["code"])
    assert len(ids) > 1000
    assert not [i for i in ids if sctid_problem(i)]


INSIDE_CODES = [
    (DMD_SYSTEM, "42128311000001104"),  # Diazepam 5mg tablets, current VMP id (17 digits)
    (DMD_SYSTEM, "321197008"),  # its previous VMP id (9 digits)
    (SNOMED_SYSTEM, "42128311000001104"),  # dm+d under the SNOMED CT URI, kept under dm+d's
    (LOCAL_SYSTEM, min(DOCUMENTED_LOCAL_CODES, key=len)),
    (LOCAL_SYSTEM, max(DOCUMENTED_LOCAL_CODES, key=len)),
]


@pytest.mark.parametrize(("system", "code"), INSIDE_CODES)
def test_a_code_just_inside_parses_and_exports(system: str, code: str) -> None:
    data = _data()
    data["medicines"][0]["code"] = {"system": system, "code": code, "display": "Diazepam 5mg tablets"}
    record = record_from_data(data)
    assert record.medicines[0].code is not None
    assert record.medicines[0].code.system == (DMD_SYSTEM if system == SNOMED_SYSTEM else system)
    export_everything(record, strict_hl7=True)


OUTSIDE_SYSTEMS = [
    DMD_SYSTEM + " ",
    " " + DMD_SYSTEM,
    "https://dmd.nhs.uk/",
    "HTTPS://DMD.NHS.UK",
    "https://dmd.nhs .uk",
    SNOMED_SYSTEM + "/",
    DMD_SYSTEM + "\x01",
    "urn:practice:codes",
    YES_NO_SYSTEM,  # an HL7 table the v2 export names, but no medicine is coded in yes/no
    "",
]


@pytest.mark.parametrize("system", OUTSIDE_SYSTEMS, ids=repr)
def test_a_code_system_just_outside_is_refused_at_its_path(system: str) -> None:
    data = _data()
    data["medicines"][1]["code"]["system"] = system
    error = refused(data)
    assert error.path == "$.medicines[1].code.system"
    assert "is not a code system a medicine can be sent in" in error.message


VALID = "42128311000001104"
OUTSIDE_DMD = [
    VALID[:-1] + str((int(VALID[-1]) + 1) % 10),  # a mistyped check digit
    VALID[:5] + VALID[6] + VALID[5] + VALID[7:],  # two digits swapped
    " " + VALID,
    VALID + " ",
    VALID + "\x01",
    "\u200b" + VALID,
    VALID.replace("4", "\uff14"),  # full-width digits
    "0" + VALID,
    _with_check_digit("1000"),  # five digits
    _with_check_digit("9" * 18),  # nineteen digits
    _with_check_digit("4212831100000" + "01"),  # a description's partition
    "",
]
OUTSIDE_LOCAL = [
    "Sedation-risk-present",
    "sedation risk",
    "sedation--risk",
    "-sedation",
    "sedation-",
    "é",
    "",
    "a" * 65,
]


@pytest.mark.parametrize(
    ("system", "code"), [(DMD_SYSTEM, c) for c in OUTSIDE_DMD] + [(LOCAL_SYSTEM, c) for c in OUTSIDE_LOCAL], ids=repr
)
def test_a_code_just_outside_is_refused_at_its_path(system: str, code: str) -> None:
    data = _data()
    data["medicines"][1]["code"] = {"system": system, "code": code}
    error = refused(data)
    assert error.path == "$.medicines[1].code.code"
    assert len(code) < 4 or code not in str(error)


def test_a_local_code_may_be_as_long_as_the_limit() -> None:
    data = _data()
    data["medicines"][1]["code"] = {"system": LOCAL_SYSTEM, "code": "a" * LOCAL_CODE_MAX}
    assert record_from_data(data).medicines[1].code is not None
    data["medicines"][1]["code"] = {"system": LOCAL_SYSTEM, "code": "a" * (LOCAL_CODE_MAX + 1)}
    assert refused(data).path == "$.medicines[1].code.code"


# -- the version: a FHIR integer ----------------------------------------------------------------------------------


def test_the_version_just_inside_exports_and_just_outside_is_refused() -> None:
    data = _data()
    data["version"] = MAX_VERSION
    export_everything(record_from_data(data))
    for outside in (MAX_VERSION + 1, 0, 2**64):
        data["version"] = outside
        assert refused(data).path == "$.version"


def test_a_name_of_as_many_given_names_as_the_limit_exports_and_one_more_is_refused() -> None:
    """A name is written wherever its person is named, so thousands of given names read from a small
    document would export to more than any reader accepts back (found by the fuzz harness)."""
    from medassess.record.model import MAX_GIVEN_NAMES

    data = _data()
    for person in (data["mother"], data["attestation"]["by"]):
        person["name"]["given"] = ["Ann"] * MAX_GIVEN_NAMES
    export_everything(record_from_data(data))
    data["attestation"]["by"]["name"]["given"] = ["Ann"] * (MAX_GIVEN_NAMES + 1)
    assert refused(data).path == "$.attestation.by.name.given"


def test_short_texts_of_the_limit_export_and_one_character_more_is_refused() -> None:
    """A family name of 150,000 characters was accepted and exported to a FHIR narrative past the 1 MiB string
    limit, which the reader then refused (found by the fuzz harness): every short text is bounded."""
    from medassess.record.model import MAX_SHORT_TEXT

    data = _data()
    data["mother"]["name"]["family"] = "A" * MAX_SHORT_TEXT
    data["medicines"][0]["name"] = "m" * MAX_SHORT_TEXT
    export_everything(record_from_data(data))
    for parts, path in (
        (("mother", "name", "family"), "$.mother.name.family"),
        (("attestation", "by", "name", "family"), "$.attestation.by.name.family"),
        (("medicines", 0, "name"), "$.medicines[0].name"),
    ):
        longer = copy.deepcopy(data)
        target: Any = longer
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = "A" * (MAX_SHORT_TEXT + 1)
        assert refused(longer).path == path


# -- the fuzzing campaign's findings: accepted at 9, refused at the send ------------------------------------------


def test_findings_of_the_fuzzing_campaign_are_refused_when_the_record_is_read() -> None:
    data = _data()
    data["medicines"][0]["code"]["system"] = "https://example.org/drug-codes"  # passed the gate, failed HL7 v2
    assert refused(data).path == "$.medicines[0].code.system"
    data = _data()
    data["updated"] = "2026-06-14T15:20:00+14:30"  # failed both FHIR exports
    assert refused(data).path == "$.updated"
    data = _data()
    data["medicines"][0]["code"]["code"] = "42128311000001104\x01"  # raw in FHIR JSON, refused by FHIR XML
    assert refused(data).path == "$.medicines[0].code.code"


@pytest.mark.parametrize("xml", [False, True], ids=["json", "xml"])
def test_the_fhir_readers_refuse_a_dmd_system_with_a_space_at_its_path(xml: bool) -> None:
    bundle = unchecked_bundle(load_record(FOSTER))
    statement = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "MedicationStatement")
    statement["medicationCodeableConcept"]["coding"][0]["system"] = "https://dmd.nhs.uk "
    with pytest.raises(ReadError) as caught:
        if xml:
            medassess.read_fhir_xml(json_to_xml(bundle), source="d.xml")
        else:
            medassess.read_fhir_json(orjson.dumps(bundle), source="d.json")
    assert caught.value.path == "$.medicines[0].code.system"
    assert "is not a code system a medicine can be sent in" in caught.value.message


def test_the_hl7v2_reader_refuses_a_carried_record_the_model_refuses_at_its_path() -> None:
    record = load_record(FOSTER)
    segments = build(record, PROFILES[0]).decode("utf-8").split("\r")
    carrier = next(i for i, s in enumerate(segments) if s.startswith("OBX|") and "|medassess-record-json^" in s)
    carried = medassess.formats.hl7v2.writer.record_json(record)
    edited = carried.replace('"updated":"2026-06-14T15:20:00Z"', '"updated":"2026-06-14T15:20:00+14:30"')
    assert edited != carried
    fields = segments[carrier].split("|")
    fields[5] = embedded(edited)
    segments[carrier] = "|".join(fields)
    with pytest.raises(ReadError) as caught:
        medassess.read_hl7v2("\r".join(segments).encode("utf-8"), source="m.hl7")
    assert caught.value.path is not None and caught.value.path.startswith(f"OBX-5(#{carrier + 1})")
    assert caught.value.path.endswith(" $.updated")


def test_gp_connect_keeps_a_medicine_with_only_a_local_code_by_its_name() -> None:
    bundle = orjson.loads((SHARED / "reference" / "gpconnect" / "gpconnect-1.6.2_meds_response.json").read_bytes())
    medication = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Medication")
    dmd = medication["code"]["coding"][0]
    local = {"system": "https://example.invalid/local-drug-codes", "code": "ASP75", "display": "Local name"}
    medication["code"]["coding"] = [local]
    medicines = medicines_from_gp_connect(bundle)
    assert [m.code for m in medicines].count(None) == 1
    assert "Local name" in [m.name for m in medicines]
    mistyped = dmd["code"][:-1] + str((int(dmd["code"][-1]) + 1) % 10)
    medication["code"]["coding"] = [{**dmd, "code": mistyped}]
    with pytest.raises(ReadError) as caught:
        medicines_from_gp_connect(bundle, source="gpc.json")
    assert caught.value.path is not None and caught.value.path.endswith(".resource.code.coding[0].code")


# -- property: every record the parser accepts exports everywhere and reads back ------------------------------------

_PIECES = [
    *NOT_XML[:3],
    "\x0b",
    "\x1f",
    "\ufffe",
    "\uffff",
    *XML_EDGES,
    "<b>x</b>",
    "&amp;",
    "]]>",
    "|^~\\&",
    "\\X0D\\",
    '"',
    "\u2028",
    "\u202e",
    "\u00a0",
    "中文",
    "😀",
    "e\u0301",
    MARK,
    "  ",
]
_text = st.one_of(
    st.text(xml_characters, max_size=30),
    st.lists(st.sampled_from(_PIECES) | st.text(xml_characters, max_size=4), max_size=12).map("".join),
    st.text(xml_characters, max_size=30),
    st.sampled_from([*NOT_XML, "\ud800"]).map(lambda c: MARK + c),
    st.integers(min_value=99_990, max_value=100_010).map(lambda n: (MARK + "Lång ✓ <&> " * n)[:n]),
)
"""Hostile text, some of it XML cannot carry, some of it around FreeText's 100,000-character limit."""
_offsets = st.integers(min_value=-24 * 60, max_value=24 * 60).map(
    lambda m: ("+" if m >= 0 else "-") + f"{abs(m) // 60:02d}:{abs(m) % 60:02d}"
) | st.sampled_from(["Z", "+14:00", "+14:01", "-12:59", "-13:00", "+05:45", ""])
_instants = st.one_of(
    st.tuples(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)), _offsets).map(
        lambda p: p[0].isoformat() + p[1]
    ),
    st.sampled_from([v for v, _ in OUTSIDE_INSTANTS] + INSIDE_INSTANTS),
)
_dates = st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat)
_systems = st.sampled_from([DMD_SYSTEM, SNOMED_SYSTEM, LOCAL_SYSTEM, *OUTSIDE_SYSTEMS, MARK + DMD_SYSTEM])
_codes = st.sampled_from([c for _, c in INSIDE_CODES] + OUTSIDE_DMD + OUTSIDE_LOCAL + [MARK + VALID]) | _text
_DATE_KEYS = {"birth_date", "edd", "on", "delivery_date", "started", "last_changed", "stopped", "date", "recorded_on"}
_DATE_KEYS |= {"child_protection_plan_ended"}


def _leaves(node: Any, path: str = "$") -> Iterator[tuple[str, str, Any]]:
    """(path, key, value) of every str or int value in JSON data."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        at = f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]"
        if isinstance(value, dict | list):
            yield from _leaves(value, at)
        elif isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            yield at, key if isinstance(key, str) else path.rpartition(".")[2].partition("[")[0], value


def _hostile_value(draw: st.DrawFn, path: str, key: str, value: Any) -> Any:
    if key in ("updated", "at"):
        return draw(_instants)
    if key in _DATE_KEYS and isinstance(value, str):
        return draw(_dates | _text)
    if path.endswith(".code.system"):
        return draw(_systems)
    if path.endswith(".code.code"):
        return draw(_codes)
    if path == "$.version":
        return draw(st.sampled_from([MAX_VERSION, MAX_VERSION + 1, 0, 2**63]) | st.integers(1, 10))
    if isinstance(value, int):
        return value
    return draw(st.sampled_from([value + draw(_text), draw(_text)]))


@st.composite
def mutated_records(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """An example record (passing or failing) with a few of its values replaced by hostile ones."""
    data = _data(draw(st.sampled_from([*PASSING, *FAILING])))
    leaves = [(p, k, v) for p, k, v in _leaves(data) if k not in ("kind", "stage", "status", "role", "body")]
    chosen = draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=4, unique_by=lambda leaf: leaf[0]))
    for path, key, value in chosen:
        _set(data, path, _hostile_value(draw, path, key, value))
    return data, [path for path, _, _ in chosen]


def test_every_record_the_parser_accepts_exports_everywhere_and_reads_back() -> None:
    seen = {"accepted": 0, "refused": 0}
    messages: list[bytes] = []

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated_records())
    def check(case: tuple[dict[str, Any], list[str]]) -> None:
        data, mutated = case
        try:
            record = record_from_data(data, source="generated.json")
        except RecordError as error:
            seen["refused"] += 1
            # Located at a changed field, or at the object or record a cross-field rule judges; never quoting.
            assert error.path is not None
            assert any(
                p == error.path or p.startswith(error.path + ".") or p.startswith(error.path + "[") or error.path == "$"
                for p in mutated
            ), (error.path, mutated)
            if error.path != "$.template":  # the template lookup's own message names the id it looked for
                assert MARK not in str(error)
            return
        seen["accepted"] += 1
        export_everything(record)
        if len(messages) < 4:
            messages.append(build(record, PROFILES[len(messages) % 2]))

    check()
    # About one generated record in eight is accepted: both paths are exercised many times in every run.
    assert seen["accepted"] >= 10 and seen["refused"] >= 20, seen
    for message in messages:  # hl7apy is slow: a sample of the generated messages
        check_hl7(message)


# -- property: every document a reader accepts exports again --------------------------------------------------------

_STRUCTURE = {"resourceType", "fullUrl", "reference", "url", "div", "id", "status", "mode", "contentType"}
_TIMES = {"date", "timestamp", "lastUpdated", "time", "recorded", "valueDateTime", "effectiveDateTime", "birthDate"}
_document_text = _text.filter(lambda t: not re.search("[\ud800-\udfff]", t))  # no JSON or XML holds one


def _document_value(draw: st.DrawFn, key: str, value: str) -> str:
    if key in ("valueBase64Binary", "data"):
        return base64.b64encode(draw(_document_text).encode("utf-8")).decode("ascii")
    if key in _TIMES:
        return draw(_instants | _dates)
    if key == "system":
        return draw(_systems)
    if key == "code":
        return draw(_codes.filter(lambda t: not re.search("[\ud800-\udfff]", t)))
    if key == "valueString" and value.isdigit():
        return str(draw(st.sampled_from([MAX_VERSION, MAX_VERSION + 1, 10**30])))
    return draw(st.sampled_from([value + draw(_document_text), draw(_document_text)]))


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The FHIR document of an example (final or draft) with a few of its values replaced by hostile ones."""
    record = load_record(draw(st.sampled_from([*PASSING, *FAILING])))
    bundle = unchecked_bundle(record, preliminary=draw(st.booleans()))
    leaves = [(p, k, v) for p, k, v in _leaves(bundle) if isinstance(v, str) and k not in _STRUCTURE]
    chosen = draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=3, unique_by=lambda leaf: leaf[0]))
    for path, key, value in chosen:
        _set(bundle, path, _document_value(draw, key, value))
    return bundle


def test_every_document_a_fhir_reader_accepts_exports_again() -> None:
    seen = {"json": 0, "xml": 0, "refused": 0}

    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated_documents())
    def check(bundle: dict[str, Any]) -> None:
        try:
            record = medassess.read_fhir_json(orjson.dumps(bundle), source="generated.json")
        except ReadError:
            seen["refused"] += 1
        else:
            seen["json"] += 1
            export_everything(record)
        try:
            xml = json_to_xml(bundle)
        except MappingError:  # XML cannot carry what the JSON holds: there is no XML document to read
            return
        try:
            record = medassess.read_fhir_xml(xml, source="generated.xml")
        except ReadError:
            return
        seen["xml"] += 1
        export_everything(record)

    check()
    assert seen["json"] >= 10 and seen["xml"] >= 10 and seen["refused"] >= 10, seen
