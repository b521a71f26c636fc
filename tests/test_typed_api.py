"""The public API stands alone, typed: an integrator builds, checks, updates and reads records with ``medassess``
names only, and every error it raises says where and what, never the values it was given.

- every type a public type's fields reach is public (and so is every named value set they use);
- a complete, shareable record built in code (tests/typed_usage/build_record.py) passes ``mypy --strict``;
- a record model built, updated or validated (pydantic's ``model_validate``, ``model_validate_json``,
  ``model_validate_strings``) with bad values raises ``RecordError`` listing every problem, none quoting what it
  was given; so does ``record_from_data``;
- ``get_rule`` raises ``UnknownRule`` (a ``KeyError``), and every public error is named ``medassess.X``;
- ``read_export`` reads a payload of every readable format without being told which.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import subprocess
import sys
import traceback
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pydantic
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import medassess
from medassess.formats.registry import FORMATS
from tests.hostile import xml_characters
from tests.typed_usage import build_record as usage

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "typed_usage" / "build_record.py"
EXAMPLE = "pass/antenatal-methadone-sertraline.json"


def _fields(cls: object) -> dict[str, Any] | None:
    """A pydantic model's or a dataclass's field annotations; None for anything else."""
    if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
        return {name: info.annotation for name, info in cls.model_fields.items()}
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls, include_extras=True)
        return {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return None


def _parts(annotation: Any) -> Iterator[Any]:
    """The classes and the value sets (Literals of more than one value) an annotation names, at any depth."""
    if typing.get_origin(annotation) is typing.Literal:
        if len(typing.get_args(annotation)) > 1:
            yield annotation
        return
    if isinstance(annotation, type) and typing.get_origin(annotation) is None:
        yield annotation
    for arg in typing.get_args(annotation):
        if not isinstance(arg, (str, int, float, bool, bytes)) and arg is not None and arg is not Ellipsis:
            yield from _parts(arg)


def _reachable() -> tuple[dict[type, str], dict[Any, str]]:
    """Every class the public types' fields reach, and every value set, each with a field that names it."""
    classes: dict[type, str] = {}
    literals: dict[Any, str] = {}
    pending = [getattr(medassess, n) for n in medassess.__all__ if _fields(getattr(medassess, n)) is not None]
    done: set[type] = set()
    while pending:
        cls = pending.pop()
        if cls in done:
            continue
        done.add(cls)
        for name, annotation in (_fields(cls) or {}).items():
            for part in _parts(annotation):
                where = f"{cls.__module__}.{cls.__qualname__}.{name}"
                if typing.get_origin(part) is typing.Literal:
                    literals.setdefault(part, where)
                    continue
                classes.setdefault(part, where)
                if _fields(part) is not None:
                    pending.append(part)
    return classes, literals


def _library(cls: type) -> bool:
    return cls.__module__ == "medassess" or cls.__module__.startswith("medassess.")


def test_every_class_a_public_type_reaches_is_public() -> None:
    public = {id(getattr(medassess, n)) for n in medassess.__all__}
    classes, _ = _reachable()
    assert len(classes) > 40, "the walk found too little: has the model changed shape?"
    missing = sorted(
        f"{c.__module__}.{c.__qualname__} (via {where})"
        for c, where in classes.items()
        if _library(c) and id(c) not in public
    )
    assert missing == [], "export these from medassess (and pin them in tests/public_api.txt)"


def test_every_named_value_set_a_public_type_uses_is_public() -> None:
    # A value set named in its module (RecipientRole) must be importable, so a variable can be annotated with it;
    # a record model names every value set it uses. The transports' and formats' settings may spell theirs inline.
    public = [getattr(medassess, n) for n in medassess.__all__]
    _, literals = _reachable()
    missing = []
    for literal, where in literals.items():
        module = sys.modules[where.rsplit(".", 2)[0]]
        in_record_model = module.__name__ == "medassess.record.model"
        named = any(typing.get_origin(v) is typing.Literal and v == literal for v in vars(module).values())
        if (named or in_record_model) and not any(literal == p for p in public):
            missing.append(f"{literal} (via {where})")
    assert missing == []


# -- a record built in code, typed -------------------------------------------------------------------------------


def test_a_record_built_in_code_with_public_names_passes_mypy_strict(tmp_path: Path) -> None:
    # Only this file is checked; medassess is read (silently) from its inline types, with no plugin and no
    # project configuration, as an integrator's checker reads it.
    (tmp_path / "none.ini").write_text("[mypy]\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--config-file",
            str(tmp_path / "none.ini"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(USAGE),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout


def test_the_typed_usage_imports_nothing_private() -> None:
    source = USAGE.read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert imports == ["from __future__ import annotations", "import datetime as dt", "import medassess"]


def test_the_record_built_in_code_is_shareable() -> None:
    record = usage.build_record()
    assert medassess.is_shareable(record, today=usage.TODAY)
    assert [i.code for i in medassess.iter_issues(record, today=usage.TODAY) if i.severity == "error"] == []
    # and it is the record its JSON says: what a file holding it reads back as
    assert medassess.parse_record(medassess.record_to_json(record)) == record


# -- RecordError: every problem, located, no value ---------------------------------------------------------------


def _texts(error: medassess.RecordError) -> list[str]:
    return [
        str(error),
        repr(error),
        error.message,
        *(str(a) for a in error.args),
        *(text for p in error.problems for text in (str(p), repr(p), p.message, p.path)),
    ]


def test_a_model_built_with_bad_values_lists_every_problem() -> None:
    with pytest.raises(medassess.RecordError) as caught:
        medassess.Mother(
            nhs_number="12",
            name={"family": " "},
            birth_date="1990-13-45",
            registered_practice={"ods_code": "x"},
            eye_colour="brown",  # type: ignore[call-arg]
        )
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, medassess.InputError)
    assert [p.path for p in error.problems] == [
        "$.nhs_number",
        "$.name.family",
        "$.birth_date",
        "$.registered_practice.ods_code",
        "$[unknown field 5]",
    ]
    assert error.path == "$.nhs_number" and error.source == "medassess.Mother"
    assert str(error).endswith("(and 4 more problems)")
    assert all(isinstance(p, medassess.Problem) and p.message for p in error.problems)


def test_record_from_data_lists_every_problem() -> None:
    data = orjson.loads(medassess.examples.path(EXAMPLE).read_bytes())
    data["version"] = 0
    data["mother"]["birth_date"] = "14/08/1996"
    data["medicines"][1]["started"] = "soon"
    with pytest.raises(medassess.RecordError) as caught:
        medassess.record_from_data(data, source="r.json")
    error = caught.value
    assert [p.path for p in error.problems] == ["$.version", "$.mother.birth_date", "$.medicines[1].started"]
    # The message is what it was: the first problem, and how many more.
    assert str(error) == "r.json: $.version: should be at least 1 (and 2 more problems)"


def test_a_record_error_for_one_problem_lists_it() -> None:
    with pytest.raises(medassess.RecordError) as caught:
        medassess.parse_record(b"", source="empty.json")
    assert caught.value.problems == (medassess.Problem("the file is empty", "$"),)


_hostile = st.text(xml_characters, min_size=4, max_size=40).map(lambda text: "Zq" + text)
"""A value no message could hold by chance: it starts with a pair no message has."""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_hostile)
def test_a_model_constructor_never_echoes_its_input(value: str) -> None:
    with pytest.raises(medassess.RecordError) as caught:
        medassess.Mother(
            nhs_number=value,
            name={"family": value, "given": [value, 5]},
            birth_date=value,
            registered_practice={"ods_code": value, value: value},
            **{value: value},
        )
    assert len(caught.value.problems) >= 4
    leaked = [text for text in _texts(caught.value) if value in text or value[:6] in text]
    assert leaked == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_hostile, number=st.integers(min_value=-(10**6), max_value=0))
def test_record_from_data_and_replace_never_echo_their_input(value: str, number: int) -> None:
    data = orjson.loads(medassess.examples.path(EXAMPLE).read_bytes())
    data["version"] = number
    data["mother"]["nhs_number"] = value
    data["mother"][value] = value
    data["medicines"][0]["started"] = value
    data["recipients"][0]["route"] = {"kind": value, "mailbox": value}
    with pytest.raises(medassess.RecordError) as caught:
        medassess.record_from_data(data)
    assert len(caught.value.problems) == 5
    assert [t for t in _texts(caught.value) if value in t or value[:6] in t or f"{number}," in t] == []
    record = medassess.load_record(medassess.examples.path(EXAMPLE))
    with pytest.raises(medassess.RecordError) as caught:
        record.replace(record_id=value + "\x00", version=number)
    assert [p.path for p in caught.value.problems] == ["$.record_id", "$.version"]
    assert [t for t in _texts(caught.value) if value in t or value[:6] in t] == []


def _bad_record_data(value: str) -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(medassess.examples.path(EXAMPLE).read_bytes())
    data["mother"]["nhs_number"] = value
    data["mother"][value] = value
    data["medicines"][0]["started"] = value
    return data


_BAD_PATHS = ["$.mother.nhs_number", "$.mother[unknown field 5]", "$.medicines[0].started"]


@pytest.mark.parametrize("how", ["model_validate", "model_validate_json"])
def test_pydantics_own_validation_of_a_model_raises_record_error_with_every_problem(how: str) -> None:
    data = _bad_record_data("Zq Jane Doe 943 476 5919")
    with pytest.raises(medassess.RecordError) as caught:
        if how == "model_validate":
            medassess.Record.model_validate(data)
        else:
            medassess.Record.model_validate_json(orjson.dumps(data))
    error = caught.value
    assert error.source == "medassess.Record"
    assert [p.path for p in error.problems] == _BAD_PATHS
    assert [t for t in _texts(error) if "Jane" in t or "943" in t] == []
    assert not isinstance(error, pydantic.ValidationError)


def test_a_part_of_a_record_validated_by_pydantic_raises_record_error_at_its_own_paths() -> None:
    with pytest.raises(medassess.RecordError) as caught:
        medassess.Medicine.model_validate({"id": "m1", "name": "Zq Jane", "started": "Zq Jane", "Zq Jane": 1})
    assert [p.path for p in caught.value.problems] == ["$.started", "$[unknown field 4]"]
    assert caught.value.source == "medassess.Medicine"
    assert [t for t in _texts(caught.value) if "Jane" in t] == []


def test_validation_from_strings_raises_record_error_too() -> None:
    mother = {
        "nhs_number": "Zq Jane",
        "name": {"family": "Doe"},
        "birth_date": "Zq Jane",
        "registered_practice": {"ods_code": "Y90001"},
        "Zq Jane": "x",
    }
    with pytest.raises(medassess.RecordError) as caught:
        medassess.Mother.model_validate_strings(mother)
    assert [p.path for p in caught.value.problems] == ["$.nhs_number", "$.birth_date", "$[unknown field 5]"]
    assert [t for t in _texts(caught.value) if "Jane" in t] == []


def test_json_that_does_not_parse_is_one_problem_at_its_root() -> None:
    with pytest.raises(medassess.RecordError) as caught:
        medassess.Record.model_validate_json(b'{"record_id": "Zq Jane Doe')
    assert [(p.path, p.message) for p in caught.value.problems] == [("$", "is not valid JSON")]


def test_pydantics_validation_still_gives_valid_records_and_nests_as_pydantic_does() -> None:
    raw = medassess.examples.path(EXAMPLE).read_bytes()
    record = medassess.load_record(medassess.examples.path(EXAMPLE))
    assert medassess.Record.model_validate(orjson.loads(raw)) == record
    assert medassess.Record.model_validate_json(raw) == record
    assert medassess.Record.model_validate(record) is record  # an instance is taken as it is, as pydantic does

    class Holder(pydantic.BaseModel):  # a model of an integrator's own, holding a record
        record: medassess.Record

    assert Holder.model_validate({"record": orjson.loads(raw)}).record == record
    with pytest.raises(pydantic.ValidationError) as caught:  # the holder is pydantic's, so is its error
        Holder.model_validate({"record": _bad_record_data("Zq Jane")})
    assert [e["loc"][:2] for e in caught.value.errors()] == [("record", "mother")] * 2 + [("record", "medicines")]


# -- a validated update -----------------------------------------------------------------------------------------


def test_replace_validates_what_model_copy_would_not() -> None:
    record = medassess.load_record(medassess.examples.path(EXAMPLE))
    # model_copy(update=...) takes anything: a record with no medicines whose assessments name them.
    assert record.model_copy(update={"medicines": []}).medicines == []
    with pytest.raises(medassess.RecordError) as caught:
        record.replace(medicines=[])
    assert caught.value.problems[0].path == "$"
    assert "names a medicine the record does not list" in caught.value.problems[0].message
    with pytest.raises(medassess.RecordError) as caught:
        record.mother.replace(birth_date="not a date", nhs_number="1")
    assert [p.path for p in caught.value.problems] == ["$.nhs_number", "$.birth_date"]


def test_replace_makes_a_new_record_and_leaves_the_old() -> None:
    record = medassess.load_record(medassess.examples.path(EXAMPLE))
    amended = record.replace(
        version=2,
        status="amended",
        amendment_reason="The methadone dose was confirmed with the drug service.",
        updated=dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC),
    )
    assert (record.version, record.status, amended.version, amended.status) == (1, "final", 2, "amended")
    assert amended.medicines == record.medicines and amended.mother is record.mother
    assert amended.replace() == amended
    medicine = record.medicines[0].replace(status="active")  # normalised as when read: the dates say it
    assert medicine.status is None


# -- rules and errors by their public names ---------------------------------------------------------------------


@given(code=st.text(min_size=1, max_size=30).filter(lambda c: c.strip()))
@settings(max_examples=40, deadline=None)
def test_get_rule_raises_unknown_rule_without_echoing_what_was_asked(code: str) -> None:
    known = {r.code for r in medassess.rules()} | {r.name for r in medassess.rules()}
    assume(code.upper() not in known and code not in known)
    with pytest.raises(medassess.UnknownRule) as caught:
        medassess.get_rule("Zq" + code)
    assert isinstance(caught.value, KeyError) and isinstance(caught.value, medassess.MedassessError)
    assert "Zq" + code not in str(caught.value) and "Zq" not in repr(caught.value)


def test_get_rule_still_finds_by_code_and_name() -> None:
    rule = medassess.rules()[0]
    assert medassess.get_rule(rule.code.lower()) is rule and medassess.get_rule(rule.name) is rule


def _public_errors() -> list[type[BaseException]]:
    return [
        getattr(medassess, n)
        for n in medassess.__all__
        if inspect.isclass(getattr(medassess, n)) and issubclass(getattr(medassess, n), BaseException)
    ]


def test_public_errors_are_named_where_they_are_imported_from() -> None:
    errors = _public_errors()
    assert medassess.RecordError in errors and medassess.UnknownRule in errors
    assert sorted(e.__name__ for e in errors if e.__module__ != "medassess") == []
    assert all(getattr(medassess, e.__name__) is e for e in errors)
    try:
        medassess.parse_record(b"[1]", source="list.json")
    except medassess.RecordError as exc:
        shown = "".join(traceback.format_exception(exc))
    assert shown.rstrip().splitlines()[-1].startswith("medassess.RecordError: list.json: $: ")


# -- reading an export of any format ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_read_export_reads_every_format_without_being_told(name: str) -> None:
    record = medassess.load_record(medassess.examples.path(EXAMPLE))
    fmt = FORMATS[name]
    content = fmt.export(record, today=dt.date(2026, 3, 9))
    read = medassess.read_export(content, source=f"payload{fmt.suffix}")
    assert read == fmt.read(content, source="x")
    assert read.record_id == record.record_id and read.mother == record.mother


def test_read_export_refuses_what_no_format_recognises() -> None:
    with pytest.raises(medassess.ReadError) as caught:
        medassess.read_export(b"Dear colleague, please see the attached.", source="letter.txt")
    assert caught.value.source == "letter.txt" and "Dear" not in str(caught.value)


# -- documented fields ------------------------------------------------------------------------------------------


def test_every_field_of_the_record_says_what_it_holds() -> None:
    # Descriptions flow into docs/record.schema.json, which integrators validate records with in any language.
    classes, _ = _reachable()
    models = [c for c in classes if c.__module__ == "medassess.record.model"] + [medassess.Record]
    assert len(models) > 20
    undescribed = [
        f"{model.__name__}.{name}"
        for model in models
        if issubclass(model, pydantic.BaseModel)
        for name, info in model.model_fields.items()
        if not (info.description or "").strip()
    ]
    assert undescribed == []
