"""Reading record files with located, plain-English errors, and writing output files atomically.

Errors name the file, the JSON path and what was expected; they never quote the offending value, since a
value in a record may be patient data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from pydantic import ValidationError

from ._exceptions import InputError, RecordError
from ._limits import Limits, amount, over, parse_json, read_bounded, read_file
from ._record import Record

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
    """A pydantic location as a JSON path, e.g. ``$.medicines[0].started``."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)


def _describe(error: Any) -> str:
    kind = error["type"]
    if kind in _FRIENDLY:
        return _FRIENDLY[kind]
    if kind == "string_pattern_mismatch":
        return f"does not have the expected form ({error['ctx']['pattern']})"
    if kind in ("literal_error", "enum"):
        return f"should be {error['ctx']['expected']}"
    if kind == "union_tag_invalid":
        return f"has an unknown kind; expected {error['ctx']['expected_tags']}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    # pydantic's own wording, which never includes the input value.
    return str(error["msg"]).removeprefix("Value error, ")


def _pydantic_loc(error: Any) -> list[int | str]:
    # Discriminated unions add the tag as a location step; a reader wants the field path.
    return [p for p in error["loc"] if not (isinstance(p, str) and p in ("mesh", "mllp", "fhir", "manual"))]


def record_from_data(data: object, *, source: str = "<record>") -> Record:
    """Build a record from parsed JSON, checking its template version is one medassess knows."""
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a JSON {type(data).__name__}"
        raise RecordError(f"a record is a JSON object, but this file holds {kind}", source=source, path="$")
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_input=False, include_url=False)[0]
        more = exc.error_count() - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise RecordError(_describe(error) + suffix, source=source, path=json_path(_pydantic_loc(error))) from None
    from ._template import get_template  # late: the template module imports the record model

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
        size = amount("record_bytes", limits.record_bytes)
        raise RecordError(f"is larger than {size} {over('record_bytes')}", source=source)
    if b"\x00" in content[:8192]:
        raise RecordError("the file is binary, not a JSON record", source=source)
    try:
        data = parse_json(content, limits, source=source, error=RecordError)
    except orjson.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON ({_json_problem(exc)})", source=source) from None
    return record_from_data(data, source=source)


def _json_problem(exc: orjson.JSONDecodeError) -> str:
    if not exc.doc:
        # orjson could not decode the bytes at all, so it has no document or position to report.
        return "the file is not UTF-8 text"
    line, column = exc.lineno, exc.colno
    reason = str(exc.msg)
    if exc.pos >= len(exc.doc.rstrip()):
        reason = "the file ends too early: it looks truncated"
    return f"{reason} at line {line}, column {column}"


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
