"""Canary patient data, planted in every position of each input kind, for the tests that no message carries it.

A canary is a value no message could hold by chance: a valid NHS number whose every six-digit run is above
500000 (so no line, column or count can match it), and names made of letter runs no English word, FHIR element
or HL7 code has. The shipped passing examples get canaries in every string a record holds (names, free text,
ids, codes, organisation names, telephone numbers, anything the record model accepts one in), are exported to
FHIR JSON, FHIR XML and HL7 v2 without the share gate, and are then broken in ways that reach each error path:
single-byte changes around each canary, keys, elements, attributes and segments renamed to canary text,
unknown segments whose name is a canary, wrong types, and random byte edits.

:func:`leaked` says which canary fragments a text holds: the whole canary or any distinctive piece of it (four
letters with a rare letter among them, six digits of the NHS number), case-insensitive and ignoring the spaces,
dashes and dots an NHS number may be written with.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from medassess import (
    MedassessError,
    Record,
    parse_record,
    read_fhir_json,
    read_fhir_xml,
    read_hl7v2,
    record_from_data,
    record_to_json,
)
from medassess.core.exceptions import InputError
from medassess.formats.fhir.writer import dumps, unchecked_bundle
from medassess.formats.fhir.xml import json_to_xml
from medassess.formats.hl7v2.writer import build, default_site_profile
from medassess.formats.hl7v2.writer import embedded as hl7_embedded
from medassess.formats.hl7v2.writer import record_json as embedded_json
from medassess.record.identifiers import is_valid_nhs_number

READERS: dict[str, Callable[..., Record]] = {
    "record-json": parse_record,
    "fhir-json": read_fhir_json,
    "fhir-xml": read_fhir_xml,
    "hl7v2": read_hl7v2,
}
"""Each input kind and the public function that reads it."""

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))

NHS = "9876500481"
GIVEN = "Xaqwuzel"
FAMILY = "Vyjkorrub"
PREFIX = "Pzyxqa"
PLACE = "Zwyquell"
DRUG = "Jyvqozt"
SENTENCE = f"{GIVEN} {FAMILY} hides the {DRUG} tablets at {PLACE} Lodge, NHS {NHS[:3]} {NHS[3:6]} {NHS[6:]}"
"""Free text that quotes the patient, as clinicians' text does: names, a place, a drug nickname, her NHS number."""
WORDS = (GIVEN, FAMILY, PREFIX, PLACE, DRUG)
CANARY_ID = f"{DRUG}-{NHS}"
"""An id the record model accepts that is a name and an NHS number at once."""

assert is_valid_nhs_number(NHS)

_RARE = set("qxzjvwyk")
_FRAGMENTS = frozenset(
    {w.casefold()[i : i + 4] for w in WORDS for i in range(len(w) - 3) if _RARE & set(w.casefold()[i : i + 4])}
    | {NHS[i : i + 6] for i in range(len(NHS) - 5)}
)
_SEPARATORS = re.compile(r"[\s.\-]")


def leaked(text: str | None) -> list[str]:
    """The canary fragments in ``text`` (empty when it carries none)."""
    if not text:
        return []
    folded = text.casefold()
    squeezed = _SEPARATORS.sub("", folded)
    return sorted(f for f in _FRAGMENTS if f in folded or f in squeezed)


# ------------------------------------------------------------------------------------------ planting canaries


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _leaf_candidates(key: str, value: str) -> tuple[str, ...]:
    if key in ("id", "record_id") or key.endswith("_ids"):
        return ()  # ids are renamed consistently, below
    if key == "system" or _DATE.match(value):
        return ()  # a code system URI every export can name, and dates (which have no room for a canary)
    return (SENTENCE, f"{GIVEN} {FAMILY}", GIVEN, NHS, GIVEN.upper(), f"{GIVEN.upper()}{NHS[:4]}")


def _strings(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _valid(data: dict[str, Any]) -> bool:
    try:
        record_from_data(data)
    except InputError:
        return False
    return True


def _rename_ids(data: dict[str, Any]) -> None:
    """Every medicine, assessment and recipient id becomes canary text (a name, an NHS number, both)."""
    ids = [NHS, GIVEN, FAMILY, CANARY_ID, PLACE, DRUG, PREFIX, f"{GIVEN}.{FAMILY}"]
    medicines = {}
    for index, medicine in enumerate(data.get("medicines", [])):
        medicines[medicine["id"]] = medicine["id"] = ids[index % len(ids)] + ("" if index < len(ids) else str(index))
    for index, assessment in enumerate(data.get("assessments", [])):
        assessment["id"] = ids[(index + 1) % len(ids)] + ("" if index + 1 < len(ids) else str(index))
        assessment["medicine_ids"] = [medicines[m] for m in assessment["medicine_ids"]]
    for index, recipient in enumerate(data.get("recipients", [])):
        recipient["id"] = ids[(index + 2) % len(ids)] + ("" if index + 2 < len(ids) else str(index))
    data["record_id"] = CANARY_ID


def planted(example: Path) -> dict[str, Any]:
    """The example's record JSON with a canary in every string the record model accepts one in."""
    data: dict[str, Any] = orjson.loads(example.read_bytes())
    _rename_ids(data)
    assert _valid(data), example.name
    for path, value in list(_strings(data)):
        key = next((p for p in reversed(path) if isinstance(p, str)), "")
        for candidate in _leaf_candidates(key, value):
            trial = copy.deepcopy(data)
            _set(trial, path, candidate)
            if _valid(trial):
                data = trial
                break
    return data


@functools.cache
def planted_records() -> tuple[Record, ...]:
    """Every passing example with its canaries (exports work on records the share gate may refuse)."""
    return tuple(record_from_data(planted(example)) for example in EXAMPLES)


@functools.cache
def inputs() -> dict[str, tuple[bytes, ...]]:
    """Valid inputs of each kind, canaries everywhere: record JSON, FHIR JSON, FHIR XML and HL7 v2."""
    records = planted_records()
    fhir = tuple(dumps(unchecked_bundle(r)) for r in records)
    return {
        "record-json": tuple(record_to_json(r) for r in records),
        "fhir-json": fhir,
        "fhir-xml": tuple(json_to_xml(orjson.loads(b)) for b in fhir),
        "hl7v2": tuple(build(r, default_site_profile()) for r in records),
    }


# ------------------------------------------------------------------------------------------------- breaking them

BYTES = (b"", b"\x00", b"\xff", b'"', b"<", b">", b"&", b"\\", b"|", b"^", b"{", b"}", b"\r", b"Q")
"""What a single-byte change puts in: nothing (a deletion), control and invalid bytes, and each format's syntax."""


def canary_spans(content: bytes) -> list[tuple[int, int]]:
    """Where canaries stand in ``content`` (a few of each, so the tests stay fast)."""
    spans = []
    for canary in (*WORDS, NHS):
        for match in list(re.finditer(re.escape(canary.encode()), content))[:2]:
            spans.append(match.span())
    return spans


def byte_changes_around_canaries(content: bytes) -> Iterator[bytes]:
    """Single-byte changes just before, inside and just after each canary: the changes that make a parser quote
    the text around the break."""
    for start, end in canary_spans(content):
        for at in sorted({start - 1, start, (start + end) // 2, end - 1, end}):
            if 0 <= at < len(content):
                for new in BYTES:
                    yield content[:at] + new + content[at + 1 :]
                yield content[:at] + b"&" + content[at:]  # an inserted '&' starts an entity named by the text after


def _json_edits(data: Any) -> Iterator[Any]:
    """Structural edits of parsed JSON: a key renamed to canary text, a canary key added, a canary value of the
    wrong type, at every object of the document (bounded, so the tests stay fast)."""
    objects: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            objects.append(path)
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*path, index))

    walk(data, ())
    step = max(1, len(objects) // 60)
    for path in objects[::step]:
        node = data
        for p in path:
            node = node[p]
        keys = list(node)
        if keys:
            renamed = copy.deepcopy(data)
            target = renamed
            for p in path:
                target = target[p]
            key = keys[len(keys) // 2]
            target[SENTENCE] = target.pop(key)
            yield renamed
            wrong = copy.deepcopy(data)
            target = wrong
            for p in path:
                target = target[p]
            target[key] = {GIVEN: NHS} if isinstance(target[key], str) else SENTENCE
            yield wrong
        added = copy.deepcopy(data)
        target = added
        for p in path:
            target = target[p]
        target[f"{GIVEN}_{NHS}"] = SENTENCE
        yield added


def json_structure_edits(content: bytes) -> Iterator[bytes]:
    for edited in _json_edits(orjson.loads(content)):
        yield orjson.dumps(edited)


def fhir_url_edits(content: bytes) -> Iterator[bytes]:
    """Extension urls, references, codes and resource types replaced with canary text: the FHIR reader turns some
    of these into record keys."""
    text = content.decode()
    for pattern in (r'"url":"([^"]+)"', r'"reference":"([^"]+)"', r'"code":"([^"]+)"', r'"resourceType":"([^"]+)"',
                    r'"system":"([^"]+)"'):  # fmt: skip
        for match in list(re.finditer(pattern, text))[:8]:
            for canary in (SENTENCE, NHS, GIVEN):
                yield (text[: match.start(1)] + canary + text[match.end(1) :]).encode()


def xml_name_edits(content: bytes) -> Iterator[bytes]:
    """Elements and attributes renamed to canary text, a canary namespace, an undefined entity named by a
    canary, a canary processing instruction: what makes libxml2 or the reader name what it found."""
    text = content.decode()
    for match in list(re.finditer(r"<([A-Za-z]+)[ />]", text))[1::25]:
        yield (text[: match.start(1)] + GIVEN + text[match.end(1) :]).encode()
        # A start tag renamed, its end tag not: libxml2 names both in its mismatch message.
    for match in list(re.finditer(r' (value|url|id)="', text))[::40]:
        yield (text[: match.start(1)] + FAMILY + text[match.end(1) :]).encode()
        yield (text[: match.start(1)] + "value" + text[match.end(1) :]).encode()  # a duplicated attribute
    for canary in (GIVEN, NHS):
        yield text.replace('xmlns="http://hl7.org/fhir"', f'xmlns="urn:{canary}"', 1).encode()
        yield text.replace("<Bundle ", f"<?{canary} {SENTENCE}?><Bundle ", 1).encode()
        yield text.replace(f"{GIVEN}", f"&{canary};", 1).encode()
        yield text.replace("<type ", f"<{canary}:type xmlns:{canary}='urn:x' ", 1).encode()
        yield text.replace("<type ", f"<{canary} value='{SENTENCE}'/><type ", 1).encode()
        yield text.replace("<type ", f"<type {canary}='1' ", 1).encode()
        yield text.replace("<type ", f'<type value="{canary}" value="x" ', 1).encode()
        yield text.replace("</Bundle>", f"</{canary}>", 1).encode()
        yield text.replace("<Bundle ", f"<!DOCTYPE {canary}><Bundle ", 1).encode()


def hl7_edits(content: bytes) -> Iterator[bytes]:
    """Unknown segments named by canaries, segment ids and fields replaced by canary text, broken escapes next
    to canaries, and an embedded record HL7 v2 cannot express."""
    lines = content.split(b"\r")
    for name in (GIVEN.encode(), NHS.encode(), GIVEN.upper()[:3].encode(), b"ZQX"):
        for at in (1, 3, len(lines) - 2):
            yield b"\r".join([*lines[:at], name + b"|" + SENTENCE.encode() + b"|x", *lines[at:]])
        yield b"\r".join([lines[0], name + lines[1][3:], *lines[2:]])
    for n in range(1, min(len(lines) - 1, 12)):
        fields = lines[n].split(b"|")
        for k in range(1, min(len(fields), 8)):
            yield b"\r".join(
                [*lines[:n], b"|".join([*fields[:k], SENTENCE.encode(), *fields[k + 1 :]]), *lines[n + 1 :]]
            )
    yield content.replace(GIVEN.encode(), b"\\Z" + GIVEN.encode() + b"\\", 1)
    yield content.replace(GIVEN.encode(), b"\\X" + GIVEN.encode() + b"\\", 1)
    yield content.replace(b"MDM^T02^MDM_T02", SENTENCE.encode(), 1)


def _with_embedded(content: bytes, record_json: str, control: str | None = None) -> bytes:
    """The message with another record JSON in its last OBX (and, given one, another MSH-10 control id)."""
    lines = content.rstrip(b"\r").split(b"\r")
    fields = lines[-1].split(b"|")
    fields[5] = hl7_embedded(record_json).encode()
    header = lines[0].split(b"|")
    if control is not None:
        header[9] = control.encode()
    return b"\r".join([b"|".join(header), *lines[1:-1], b"|".join(fields)]) + b"\r"


def embedded_record_edits(content: bytes, record: Record, *, byte_changes: bool = True) -> Iterator[bytes]:
    """The record an HL7 v2 message carries, broken: unknown keys and wrong types named by canaries, its JSON
    broken next to a canary, and a medicine coded in a system no export can name (canary text) under the
    control id that JSON gives, so the reader gets past the control id to the record itself."""
    text = embedded_json(record)
    for edited in _json_edits(orjson.loads(text)):
        yield _with_embedded(content, orjson.dumps(edited).decode())
    for broken in byte_changes_around_canaries(text.encode()) if byte_changes else ():
        yield _with_embedded(content, broken.decode("utf-8", errors="replace"))
    data = orjson.loads(text)
    coded = [m for m in data["medicines"] if "code" in m]
    if coded:
        coded[0]["code"]["system"] = f"urn:{GIVEN}:{NHS}"
        foreign = orjson.dumps(data).decode()
        yield _with_embedded(content, foreign, hashlib.sha256(foreign.encode()).hexdigest()[:20].upper())


def record_edits(content: bytes) -> Iterator[bytes]:
    """Record JSON broken in the ways a reader must name without quoting: duplicate and dangling ids, an unknown
    template, wrong kinds, an NHS number written with spaces."""
    data = orjson.loads(content)
    edits: list[Callable[[dict[str, Any]], None]] = [
        lambda d: d["medicines"].append(copy.deepcopy(d["medicines"][0])),
        lambda d: d["recipients"].append(copy.deepcopy(d["recipients"][0])),
        lambda d: d["assessments"] and d["assessments"][0]["medicine_ids"].append(f"{GIVEN}-{NHS}-absent"),
        lambda d: d["template"].update(id=SENTENCE),
        lambda d: d["template"].update(id=f"{GIVEN.casefold()}-{NHS}"),
        lambda d: d["template"].update(version=NHS),
        lambda d: d["mother"].update(nhs_number=f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}"),
        lambda d: d["mother"].update(birth_date=SENTENCE),
        lambda d: d["pregnancy"].update(stage=GIVEN),
        lambda d: d.update(updated=f"2026-03-02T10:15:00 {GIVEN}"),
        lambda d: d["recipients"] and d["recipients"][0].update(route={"kind": GIVEN, "mailbox": NHS}),
        lambda d: d["recipients"] and d["recipients"][0].update(role=SENTENCE),
        lambda d: d["medicines"][0].update(started="2026-01-02", stopped="2025-01-01"),
        lambda d: d["medicines"][0].update(taken_by="partner") if "partner" not in d else None,
        lambda d: d["medicines"][0].update(id=""),
        lambda d: d["medicines"][0].update(id=f"{SENTENCE}"),
        lambda d: d.update(version=SENTENCE),
        lambda d: d.update(status=NHS),
    ]
    for edit in edits:
        edited = copy.deepcopy(data)
        edit(edited)
        yield orjson.dumps(edited)


def located_problem(exc: BaseException, source: str) -> str | None:
    """Why ``exc`` is not a located, clean medassess error, or None when it is (see WHOLE_FILE for no path)."""
    if not isinstance(exc, MedassessError):
        return f"{type(exc).__name__} escaped"
    if exc.source != source:
        return f"source is {exc.source!r}, not the file given"
    if not exc.path and not any(exc.message.startswith(w) for w in WHOLE_FILE):
        return f"no path: {exc.message!r}"
    found = sorted({*leaked(str(exc)), *leaked(exc.message), *leaked(exc.path)})
    return f"canary {found} in {str(exc)!r}" if found else None


WHOLE_FILE = (
    "the file is empty",
    "the file is larger than",
    "the file is binary",
    "XML must be UTF-8 encoded",
    "XML with a DTD is refused",
    "not a recognised export format",
)
"""Messages about the whole file, which have no path inside it: an empty or oversized file, a binary file, an
encoding or document type declared for the whole document, a file in no format medassess reads."""
