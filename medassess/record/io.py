"""Reading record files with located, plain-English errors, and writing output files atomically.

Errors name the file, the JSON path and what was expected; they never quote the offending value, since a
value in a record may be patient data.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from pydantic import BaseModel, ValidationError

from ..core.exceptions import InputError, Problem, RecordError
from ..core.limits import Limits, parse_json, read_bounded, read_file, too_large
from .codesystems import DMD_SYSTEM, LOCAL_SYSTEM, SNOMED_SYSTEM
from .model import LOCAL_CODE_MAX, NOT_XML_TEXT, ROUTE_KINDS, Record

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
}


def json_path(loc: Iterable[int | str]) -> str:
    """A pydantic location as a JSON path, e.g. ``$.medicines[0].started``, for locations medassess wrote
    itself (settings, templates). A record's paths go through :func:`record_path`."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)


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


def record_from_data(data: object, *, source: str = "<record>") -> Record:
    """Build a record from parsed JSON, checking its template version is one medassess knows.

    Raises ``RecordError`` listing every problem (``problems``), each at its JSON path, none quoting a value."""
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a JSON {type(data).__name__}"
        raise RecordError(f"a record is a JSON object, but this file holds {kind}", source=source, path="$")
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        raise record_error(exc, data, source=source) from None
    from .template import get_template  # late: the template module imports the record model

    try:
        get_template(record.template.id, record.template.version)
    except InputError as exc:
        raise RecordError(exc.message, source=source, path="$.template") from None
    return record


def parse_record(content: bytes, *, source: str = "<record>", limits: Limits | None = None) -> Record:
    """Parse one record from JSON bytes, within ``limits`` (default: ``Limits.from_environment()``)."""
    limits = limits or Limits.from_environment()
    if not content or content.isspace():
        raise RecordError("the file is empty", source=source)
    if len(content) > limits.record_bytes:
        raise RecordError(too_large("record_bytes", limits.record_bytes), source=source)
    if b"\x00" in content[:8192]:
        raise RecordError("the file is binary, not a JSON record", source=source)
    try:
        data = parse_json(content, limits, source=source, error=RecordError)
    except orjson.JSONDecodeError as exc:
        problem, where = json_problem(exc, content)
        raise RecordError(f"not valid JSON ({problem})", source=source, path=where) from None
    return record_from_data(data, source=source)


_JSON_PROBLEMS = {
    "unexpected character, expected ',' or ']'": "expected ',' or ']'",
    "unexpected character, expected ',' or '}'": "expected ',' or '}'",
    "unexpected character, expected ':' after key": "expected ':' after a key",
    "unexpected character, expected a JSON value": "expected a JSON value",
    "unexpected character, expected a string key": "unexpected character, expected a string key",
    "unexpected content after document": "unexpected content after the end of the JSON",
    "unexpected control character in string": "a control character inside a string",
    "trailing comma is not allowed": "a trailing comma",
    "invalid escaped sequence in string": "an invalid escape sequence in a string",
    "no low surrogate in string": "an invalid escape sequence in a string",
    "str is not valid UTF-8: surrogates not allowed": "an invalid escape sequence in a string",
    "invalid literal, expected 'true'": "expected true",
    "invalid literal, expected 'false'": "expected false",
    "invalid literal, expected 'null'": "expected null",
    "no digit after decimal point": "an invalid number",
    "no digit after sign": "an invalid number",
    "number with leading zero is not allowed": "an invalid number",
    "number is infinity when parsed as double": "a number too large",
    "depth limit exceeded": "nested too deeply",
}
"""orjson's problems in medassess's words: a fixed vocabulary, so no parser text is passed on as it is."""


def json_problem(exc: orjson.JSONDecodeError, content: bytes) -> tuple[str, str]:
    """What is wrong with a JSON document, and where (``line 3, column 16``), in medassess's words."""
    if not exc.doc:
        # orjson could not decode the bytes at all, so it has no document or position: the first bad byte is where.
        try:
            content.decode("utf-8")
            start = len(content)
        except UnicodeDecodeError as bad:
            start = bad.start
        line, column = content.count(b"\n", 0, start) + 1, start - content.rfind(b"\n", 0, start)
        return "the file is not UTF-8 text", f"line {line}, byte {column}"
    if exc.pos >= len(exc.doc.rstrip()):
        return "the file ends too early: it looks truncated", f"line {exc.lineno}, column {exc.colno}"
    return _JSON_PROBLEMS.get(str(exc.msg), "broken JSON syntax"), f"line {exc.lineno}, column {exc.colno}"


def load_record(path: str | Path, *, limits: Limits | None = None) -> Record:
    """Read and check one record file; one larger than ``limits.record_bytes`` is refused unread."""
    path = Path(path)
    limits = limits or Limits.from_environment()
    try:
        content = read_file(path, limits.record_bytes, name="record_bytes", error=RecordError)
    except IsADirectoryError:
        raise RecordError("is a folder, not a record file", source=str(path)) from None
    except OSError as exc:
        raise RecordError(f"cannot be read ({exc.strerror or exc.__class__.__name__})", source=str(path)) from None
    return parse_record(content, source=str(path), limits=limits)


def read_record(stream: BinaryIO, *, source: str = "<stdin>", limits: Limits | None = None) -> Record:
    """Read and check one record from an open binary stream (standard input), reading no more than one byte
    past ``limits.record_bytes``."""
    limits = limits or Limits.from_environment()
    try:
        content = read_bounded(stream, limits.record_bytes, name="record_bytes", error=RecordError, source=source)
    except OSError as exc:
        raise RecordError(f"cannot be read ({exc.strerror or exc.__class__.__name__})", source=source) from None
    return parse_record(content, source=source, limits=limits)


def iter_record_files(paths: Iterable[str | Path], *, suffixes: tuple[str, ...] = (".json",)) -> Iterator[Path]:
    """The record files named by ``paths``: files as given, folders searched recursively in sorted order.

    A path that does not exist raises InputError before anything is read.
    """
    resolved = [Path(p) for p in paths]
    for path in resolved:
        if not path.exists():
            raise InputError("no such file or folder", source=str(path))
    for path in resolved:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in suffixes)
        else:
            yield path


def record_to_json(record: Record) -> bytes:
    """A record as canonical JSON (keys in model order, no nulls, indented): stable across round trips."""
    return orjson.dumps(record.model_dump(mode="json", exclude_none=True), option=orjson.OPT_INDENT_2) + b"\n"


def write_atomic(path: str | Path, content: bytes) -> None:
    """Write a file so that readers see either the old file or the whole new one, never half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
