"""What the harness checks for each input, and the readers and exporters it checks.

For every input a reader is given (``source=LABEL``):

* **uncaught**: the reader raised something other than a ``MedassessError`` (a ``KeyError`` from a document of
  an unexpected shape, a ``RecursionError``, an ``OverflowError``...). Every refusal must be a located
  ``MedassessError``, which the CLI turns into a message and exit status 2. An exception Python could only
  report as "Exception ignored in ..." on stderr (``sys.unraisablehook``: a ``RecursionError`` while a
  deeply nested value is compared, say) counts too: it escaped the library's handling.
* **leak**: a canary (``fuzz.canaries``), or a distinctive piece of one, is in the refusal's ``str()``,
  ``message`` or ``path``, in its ``source`` when that is not the label the harness passed, or in a log
  record or warning emitted while reading. Error messages name fields, never their values.
* **must-refuse**: FHIR XML with a document type or entity declaration, or a processing instruction other
  than the XML declaration, was accepted (``medassess.core.safe_xml`` refuses them outright).
* **not-exportable**: the reader accepted a record that some writer cannot write. Every accepted record must
  be judged by the share gate (``check``) without raising, and be written as record JSON, FHIR JSON and FHIR
  XML (the draft route, ``preliminary=True``, so the gate does not refuse what is only a draft), HL7 v2 (its
  mapping, ``medassess.formats.hl7v2.writer.build``: HL7 v2 has no draft form), the BadgerNet write payload
  (its mapping, ``pregnancy_transaction``, as ``pregnancy_write_payload`` builds it once the gate passes; a
  record that is not final or amended is mapped as final, since only those are ever written) and the letter
  (draft route).
* **round-trip**: what a writer wrote cannot be read back by the matching reader, or reads back as a
  different record (compared as canonical record JSON).

Accepted records are checked once per distinct record (a bounded cache keyed by the record's canonical
JSON), since many inputs read as the same record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

import medassess
from medassess import (
    MedassessError,
    Record,
    check,
    default_site_profile,
    parse_record,
    read_fhir_json,
    read_fhir_xml,
    read_hl7v2,
    record_to_json,
    render_letter,
    to_fhir_json,
    to_fhir_xml,
)
from medassess.formats.badgernet.pregnancy import pregnancy_transaction
from medassess.formats.fhir.writer import unchecked_bundle
from medassess.formats.hl7v2.writer import build

from . import canaries
from .mutators import GENERATORS

LABEL = "fuzz-input"
"""The source name the harness gives every reader; an error may name it, and nothing else from outside."""
TODAY = dt.date(2026, 3, 10)
"""The date the share gate judges accepted records as of (near the examples' own dates)."""
_PACKAGE = str(Path(medassess.__file__).resolve().parent.parent) + "/"


@dataclass(frozen=True)
class Target:
    """A reader under test and how its inputs are made."""

    name: str
    read: Callable[[bytes, str], Record]
    """``read(content, source)``: a record, or a MedassessError."""
    generate: Callable[[Any], bytes]
    """``generate(rng)``: one input from a seeded ``random.Random``."""
    must_refuse: Callable[[bytes], str | None] = lambda data: None
    """Why an input must be refused whatever else it holds, or None."""


_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY|ATTLIST|ELEMENT)\b")
_PI = re.compile(rb"<\?(?!xml[\s?])")


def _xml_must_refuse(data: bytes) -> str | None:
    body = _COMMENT.sub(b"", data)
    if _DTD.search(body):
        return "a DTD or entity declaration"
    if _PI.search(body.lstrip(b"\xef\xbb\xbf \t\r\n")):
        return "a processing instruction"
    return None


TARGETS: dict[str, Target] = {
    "record": Target("record", lambda c, s: parse_record(c, source=s), GENERATORS["record"]),
    "fhir-json": Target("fhir-json", lambda c, s: read_fhir_json(c, source=s), GENERATORS["fhir-json"]),
    "fhir-xml": Target(
        "fhir-xml", lambda c, s: read_fhir_xml(c, source=s), GENERATORS["fhir-xml"], must_refuse=_xml_must_refuse
    ),
    "hl7v2": Target("hl7v2", lambda c, s: read_hl7v2(c, source=s), GENERATORS["hl7v2"]),
}


# -- writers ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    """A writer every accepted record must get through, and the reader that takes its output back, if any."""

    name: str
    write: Callable[[Record], bytes]
    read_back: Callable[[bytes], Record] | None = None


def _badgernet(record: Record) -> bytes:
    if record.status not in ("final", "amended"):
        record = record.model_copy(update={"status": "final"})
    return orjson.dumps(pregnancy_transaction(unchecked_bundle(record), record.mother.nhs_number, "fuzz-pregnancy"))


def _gate(record: Record) -> bytes:
    return orjson.dumps([issue.code for issue in check(record, today=TODAY)])


EXPORTS: tuple[Export, ...] = (
    Export("gate", _gate),
    Export("record-json", record_to_json, lambda c: parse_record(c, source="record-json")),
    Export(
        "fhir-json",
        lambda r: to_fhir_json(r, preliminary=True),
        lambda c: read_fhir_json(c, source="fhir-json"),
    ),
    Export(
        "fhir-xml",
        lambda r: to_fhir_xml(r, preliminary=True),
        lambda c: read_fhir_xml(c, source="fhir-xml"),
    ),
    Export(
        "hl7v2",
        lambda r: build(r, default_site_profile()),
        lambda c: read_hl7v2(c, source="hl7v2"),
    ),
    Export("badgernet", _badgernet),
    Export("letter", lambda r: render_letter(r, preliminary=True)),
)


# -- findings -----------------------------------------------------------------------------------------------------

CATEGORIES = ("uncaught", "leak", "must-refuse", "not-exportable", "round-trip")


@dataclass
class Finding:
    """One kind of problem; ``signature`` says which (category, reader, where), so repeats are counted once."""

    category: str
    reader: str
    signature: str
    detail: str
    trace: str = ""
    data: bytes = b""
    index: int | None = None
    export: str | None = None
    count: int = 1


def _site(exc: BaseException) -> str:
    """Where an exception was raised: the deepest frame inside medassess (else the deepest frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f.filename.startswith(_PACKAGE + "medassess/")]
    if not (ours or frames):
        return "?"
    frame = (ours or frames)[-1]
    return f"{frame.filename.removeprefix(_PACKAGE)}:{frame.lineno} ({frame.name})"


def _short(text: str, limit: int = 300) -> str:
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {_short(str(exc))}"


def _trace(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc, limit=-12))


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a malformed log call still counts as output
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info))
        self.texts.append(f"{record.name}: {text}")


@dataclass
class Observer:
    """Log records, warnings and exceptions Python could only report ("Exception ignored in ...", on stderr)
    while the harness runs, taken after each read."""

    handler: _Capture = field(default_factory=_Capture)
    caught: list[warnings.WarningMessage] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    """(signature, description) of each unraisable exception."""

    def take(self) -> list[str]:
        out = self.handler.texts + [f"warning: {w.message}" for w in self.caught]
        self.handler.texts.clear()
        self.caught.clear()
        return out

    def take_ignored(self) -> list[tuple[str, str]]:
        out = list(self.ignored)
        self.ignored.clear()
        return out

    def unraisable(self, info: Any) -> None:
        exc = info.exc_value if info.exc_value is not None else info.exc_type()
        exc.__traceback__ = info.exc_traceback
        self.ignored.append(
            (
                f"{info.exc_type.__name__} ignored by Python at {_site(exc)}",
                f"Python printed 'Exception ignored' to stderr: {info.exc_type.__name__}",
            )
        )


@contextmanager
def observing() -> Iterator[Observer]:
    """Every log record (DEBUG and up, any logger) and every warning, for the duration."""
    observer = Observer()
    root = logging.getLogger()
    level = root.level
    root.addHandler(observer.handler)
    root.setLevel(logging.DEBUG)
    hook, sys.unraisablehook = sys.unraisablehook, observer.unraisable
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            observer.caught = caught
            yield observer
    finally:
        sys.unraisablehook = hook
        root.removeHandler(observer.handler)
        root.setLevel(level)


def _leak(exc: MedassessError, logs: list[str]) -> tuple[str, str] | None:
    """(where, piece) of the first canary piece the refusal or the logs carry."""
    places = [("message", exc.message), ("path", exc.path or "")]
    if exc.source != LABEL:
        places.append(("source", exc.source or ""))
    places += [("str", str(exc)), *(("log", text) for text in logs)]
    for where, text in places:
        piece = canaries.find(text if isinstance(text, str) else repr(text))
        if piece is not None:
            return where, piece
    return None


def _first_difference(a: Any, b: Any, path: str = "$") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path} (length {len(a)} != {len(b)})"
    return path


_INDEX = re.compile(r"\[\d+\]")


def _canonical(record: Record) -> bytes | None:
    try:
        return record_to_json(record)
    except Exception:  # a record made past its model (a broken reader's)
        return None


def export_findings(record: Record, exports: tuple[Export, ...] = EXPORTS) -> list[Finding]:
    """What goes wrong writing an accepted record with every writer and reading each output back."""
    found: list[Finding] = []
    canonical = _canonical(record)  # None when even record JSON fails: the record-json writer reports it
    for export in exports:
        try:
            written = export.write(record)
        except Exception as exc:  # every failure to write is the finding
            found.append(
                Finding(
                    "not-exportable",
                    "",
                    f"{export.name}: {type(exc).__name__} at {_site(exc)}",
                    f"{export.name} cannot write it: {_describe(exc)}",
                    _trace(exc),
                    export=export.name,
                )
            )
            continue
        if export.read_back is None:
            continue
        try:
            back = export.read_back(written)
            same = canonical is None or _canonical(back) == canonical
        except Exception as exc:  # its own output refused, or worse
            found.append(
                Finding(
                    "round-trip",
                    "",
                    f"{export.name}: read back raised {type(exc).__name__} at {_site(exc)}",
                    f"{export.name} output is not read back: {_describe(exc)}",
                    _trace(exc),
                    export=export.name,
                )
            )
            continue
        if not same:
            where = _first_difference(
                record.model_dump(mode="json", exclude_none=True), back.model_dump(mode="json", exclude_none=True)
            )
            found.append(
                Finding(
                    "round-trip",
                    "",
                    f"{export.name}: reads back different at {_INDEX.sub('[*]', where)}",
                    f"{export.name} output reads back as a different record (first difference at {where})",
                    export=export.name,
                )
            )
    return found


class ExportCache:
    """Export findings per distinct record (canonical JSON digest), bounded first in, first out."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.found: dict[bytes, list[Finding]] = {}
        self.hits = 0

    def findings(self, record: Record, exports: tuple[Export, ...]) -> list[Finding]:
        canonical = _canonical(record)
        if canonical is None:
            return export_findings(record, exports)
        names = "\n".join(e.name for e in exports).encode()
        key = hashlib.blake2b(canonical + b"\0" + names, digest_size=16).digest()
        if key in self.found:
            self.hits += 1
            return self.found[key]
        result = export_findings(record, exports)
        if len(self.found) >= self.size:
            del self.found[next(iter(self.found))]
        self.found[key] = result
        return result


def _ignored(target: Target, observer: Observer) -> list[Finding]:
    """An exception Python could only print as "Exception ignored" escaped the library's handling: uncaught."""
    return [Finding("uncaught", target.name, sig, detail) for sig, detail in observer.take_ignored()]


@dataclass
class Outcome:
    """What one input did: ``status`` is accepted, refused or uncaught; the findings it produced."""

    status: str
    findings: list[Finding]


def evaluate(
    target: Target,
    data: bytes,
    observer: Observer,
    *,
    exports: tuple[Export, ...] = EXPORTS,
    cache: ExportCache | None = None,
) -> Outcome:
    """Run one input through a reader and every oracle."""
    observer.take()
    observer.take_ignored()
    try:
        record = target.read(data, LABEL)
    except MedassessError as exc:
        found = _ignored(target, observer)
        leak = _leak(exc, observer.take())
        if leak is not None:
            where, piece = leak
            found.append(
                Finding(
                    "leak",
                    target.name,
                    f"{type(exc).__name__} at {_site(exc)} in {where}",
                    f"{where} carries canary piece {piece!r}: {_describe(exc)}"
                    + (f" [path {_short(exc.path, 120)}]" if exc.path else ""),
                    _trace(exc),
                )
            )
        return Outcome("refused", found)
    except Exception as exc:  # anything but a MedassessError is the finding
        observer.take()
        signature = f"{type(exc).__name__} at {_site(exc)}"
        return Outcome(
            "uncaught",
            [Finding("uncaught", target.name, signature, _describe(exc), _trace(exc)), *_ignored(target, observer)],
        )
    found = _ignored(target, observer)
    logs = observer.take()
    for text in logs:
        logged = canaries.find(text)
        if logged is not None:
            found.append(Finding("leak", target.name, "log while accepting", f"log carries {logged!r}: {_short(text)}"))
            break
    reason = target.must_refuse(data)
    if reason is not None:
        found.append(Finding("must-refuse", target.name, f"accepted {reason}", f"an input with {reason} was accepted"))
    if not isinstance(record, Record):
        found.append(
            Finding("uncaught", target.name, "returned a non-record", f"returned {type(record).__name__}, not a Record")
        )
        return Outcome("accepted", found)
    exported = cache.findings(record, exports) if cache is not None else export_findings(record, exports)
    for f in exported:
        found.append(Finding(f.category, target.name, f.signature, f.detail, f.trace, export=f.export))
    return Outcome("accepted", found)
