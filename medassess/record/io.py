"""Reading record files with located, plain-English errors, and writing output files atomically.

Errors name the file, the JSON path and what was expected; they never quote the offending value, since a
value in a record may be patient data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from ..core.exceptions import InputError, RecordError
from ..core.layouts import RECORD_JSON
from ..core.limits import Limits, parse_json, read_bounded, read_file, too_large
from .model import Record
from .model import describe_problem as describe_problem  # the readers' and the constructors' words, kept beside them
from .model import record_error as record_error
from .model import record_path as record_path


def json_path(loc: Iterable[int | str]) -> str:
    """A pydantic location as a JSON path, e.g. ``$.medicines[0].started``, for locations medassess wrote
    itself (settings, templates). A record's paths go through :func:`record_path`."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)


def record_from_data(data: object, *, source: str = "<record>") -> Record:
    """Build a record from parsed JSON, checking its template version is one medassess knows.

    Raises ``RecordError`` listing every problem (``problems``), each at its JSON path, none quoting a value."""
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a JSON {type(data).__name__}"
        raise RecordError(f"a record is a JSON object, but this file holds {kind}", source=source, path="$")
    layout = data.get("schema_version", 1)
    if not RECORD_JSON.reads(layout):
        # Refused for its layout alone: a later layout's other fields are not this medassess's to name.
        raise RecordError(RECORD_JSON.refusal(layout), source=source, path="$.schema_version")
    try:
        record = Record.model_validate(data)
    except RecordError as exc:  # the model's own refusal, every problem located; here named by the file
        raise RecordError(exc.message, source=source, path=exc.path, problems=exc.problems) from None
    if "schema_version" in data:
        # A record naming a layout carries only what that layout holds. One naming none was written by hand (every
        # record medassess writes names its layout), and is read in the layout its fields need.
        later = RECORD_JSON.beyond(record, layout)
        if later is not None:
            raise RecordError(RECORD_JSON.lacks(later, layout), source=source, path=f"$.{later.field}")
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
    """The record files named by ``paths``: files as given, folders searched recursively in sorted order for
    files whose suffix is one of ``suffixes`` in any case (``.JSON`` too).

    A path that does not exist, or a broken link, raises InputError before anything is read. A command
    reading many records uses :class:`RecordFiles`, which reports such a path and carries on.
    """
    scan = RecordFiles(paths, suffixes=suffixes)
    found = list(scan)
    for item in found:
        if isinstance(item, InputError):
            raise item
    yield from (item for item in found if isinstance(item, Path))


class RecordFiles:
    """The record files named by ``paths``, for a command that reads many: files as given, folders searched
    recursively for ``.json`` files (any case: ``.JSON`` too), in sorted order.

    Iterating yields each file's path, or an :class:`InputError` for a path that cannot be read as a place
    to find records (one that does not exist, a broken link, a folder that cannot be listed), so the caller
    reports it and carries on with the rest. Afterwards ``found`` counts the paths yielded and ``skipped``
    the files in folders that were not records (other suffixes), which a command reports so nothing is
    passed over in silence.
    """

    def __init__(self, paths: Iterable[str | Path], *, suffixes: tuple[str, ...] = (".json",)) -> None:
        self.paths = [Path(p) for p in paths]
        self.suffixes = tuple(s.lower() for s in suffixes)
        self.found = 0
        self.skipped = 0

    def __iter__(self) -> Iterator[Path | InputError]:
        for path in self.paths:
            if path.is_dir():
                yield from self._folder(path)
            elif path.is_file():
                self.found += 1
                yield path
            elif path.is_symlink():
                yield InputError("is a link to nothing (a broken link)", source=str(path))
            elif path.exists():
                yield InputError("is neither a file nor a folder", source=str(path))
            else:
                yield InputError("no such file or folder", source=str(path))

    def _folder(self, folder: Path) -> Iterator[Path | InputError]:
        # Each folder's entries sorted by name, a subfolder's files in its place: the order of the sorted paths,
        # with no more than one folder's names held at a time however many files there are.
        try:
            top = _sorted_entries(folder)
        except OSError as exc:
            yield InputError(f"folder cannot be read ({exc.strerror or type(exc).__name__})", source=str(folder))
            return
        stack = [iter(top)]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
            elif entry.is_symlink() and not os.path.exists(entry.path):
                if _suffix(entry.name) in self.suffixes:
                    yield InputError("is a link to nothing (a broken link)", source=entry.path)
                else:
                    self.skipped += 1
            elif entry.is_file():
                if _suffix(entry.name) in self.suffixes:
                    self.found += 1
                    yield Path(entry.path)
                else:
                    self.skipped += 1
            elif entry.is_dir(follow_symlinks=False):
                try:
                    stack.append(iter(_sorted_entries(Path(entry.path))))
                except PermissionError:  # as a folder search always has: a subfolder it may not read is passed by
                    continue


def _sorted_entries(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _suffix(name: str) -> str:
    """A file name's suffix in lower case, as ``Path.suffix`` finds it."""
    return Path(name).suffix.lower()


def record_to_json(record: Record) -> bytes:
    """A record as canonical JSON (keys in model order, no nulls, indented) in the record layout medassess
    writes it in (``schema_version``: the lowest that carries it, ``RECORD_JSON.needed``): stable across round
    trips."""
    return orjson.dumps(record_data(record), option=orjson.OPT_INDENT_2) + b"\n"


def record_data(record: Record, layout: int | None = None) -> dict[str, object]:
    """A record as JSON data (model order, no nulls) in record ``layout``: by default the lowest that carries it
    (``RECORD_JSON.needed``), or a given one for rebuilding a payload that carried it (record layout 1 is layout 2
    without ``schema_version``). Raises ValueError for a layout medassess does not write or that cannot carry
    the record."""
    layout = record.schema_version if layout is None else layout
    if layout not in RECORD_JSON.read:
        raise ValueError(f"medassess writes record layouts {RECORD_JSON.earliest} to {RECORD_JSON.written}")
    later = RECORD_JSON.beyond(record, layout)
    if later is not None:
        raise ValueError(f"record layout {layout} cannot carry {later.field}, added in record layout {later.version}")
    data: dict[str, object] = record.model_dump(mode="json", exclude_none=True)
    if layout == 1:
        del data["schema_version"]
    else:
        data["schema_version"] = layout
    return data


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
