"""Structure-aware mutators: each turns a seeded ``random.Random`` into one fuzz input for its reader.

Every input starts from a valid seed (``fuzz.seeds``: the shipped examples, canaries planted, exported) and
gets one to four mutations that know the format:

* JSON (records, FHIR JSON Bundles, the record an HL7 v2 message carries): keys deleted, duplicated, renamed
  (to canary text among others) and inserted; values changed to another type, to hostile strings (control and
  format characters, lone surrogates, markup, HL7 delimiters, canaries), numbers at the extremes (past 64
  bits, past a double, ``-0``), odd dates and UTC offsets (beyond +/-14:00, seconds, leap seconds, year 1 and
  9999 near a day boundary); deep nesting; huge strings and arrays.
* XML (FHIR XML): elements and attributes renamed to canary text, attributes added and duplicated,
  attribute values with entity and character references (undefined, illegal in XML 1.0), DTDs and entity
  declarations (internal, external, parameter, "billion laughs": all must stay refused), processing
  instructions, CDATA and text, encoding declarations and re-encoded bodies, byte order marks, XML 1.1,
  namespaces changed, prefixed or undeclared, elements deleted, duplicated and reordered, deep nesting.
* HL7 v2: unknown segments named with a canary, segments renamed, fields replaced, emptied, added and made
  long, field/component/repetition/subcomponent separators and escape sequences (valid, unknown, unclosed,
  hexadecimal of canary text) inside fields, MSH encoding characters and header fields changed, segment
  terminators mixed, segments deleted, duplicated and swapped, the carried record mutated as JSON.
* Consistent variants: a record mutated within its model and written with the library's own mapping, so the
  readers also see hostile values in otherwise perfect documents (and the exporters see them too).

Then, sometimes, byte-level mutations: single-byte flips, insertions and deletions next to a canary, random
bytes (invalid UTF-8, NUL, delimiters) and truncations.

The mutators never raise: a mutation that does not apply to what it picked leaves the input as it was.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import random
import re
from collections.abc import Callable
from typing import Any

import orjson

from medassess import MedassessError, Record, record_from_data
from medassess.formats.fhir.writer import dumps, unchecked_bundle
from medassess.formats.fhir.xml import json_to_xml
from medassess.formats.hl7v2.escape import escape
from medassess.formats.hl7v2.writer import RECORD_CODE, RECORD_ENCAPSULATION, build

from . import canaries
from .seeds import seeds

Json = Any
Fragment = orjson.Fragment

# -- hostile values ----------------------------------------------------------------------------------------------

_HOSTILE = [
    "",
    " ",
    "\t\n",
    "\x00",
    "a\x00b",
    "\x01\x02\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028\u2029",
    "\ufeff",
    "\ufffe\uffff",
    "\U0001f600",
    "e\u0301",
    "\u202eevil\u202c",
    "\u200b",
    "\ufb03",
    "\u0130",
    "\U0010ffff",
    "<script>alert(1)</script>",
    "]]>",
    "&amp;",
    "&#0;",
    "<!-- -->",
    '"',
    "\\",
    "\\F\\\\S\\",
    "\\X0D\\",
    "|^~\\&",
    "\rOBX|1|TX|",
    "\nMSH|^~\\&|",
    "%s%n%x",
    "{0}{1}",
    "${jndi:ldap://x}",
    "' OR 1=1 --",
    "\u0000" * 3,
    "9" * 400,
    "http://hl7.org/fhir",
    "urn:uuid:",
    "https://dmd.nhs.uk",
    "http://snomed.info/sct",
    "a b",
    "Zephyrine\x00Quattlebaum",
]
_RAW_STRINGS = [b'"\\ud800"', b'"\\udfff\\ud800"', b'"\\u0000"', b'"\\ud83d\\ude00"']
"""JSON string literals with escapes orjson writes differently (lone surrogates are not UTF-8)."""

_DATES = [
    "2024-02-29",
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "2026-3-2",
    "20260302",
    "2026-W09-1",
    "2026-061",
    "1900-01-01",
    "2026-03-02T00:00:00",
    "2026-03-02T00:00:00+00:00",
    "2026-03-02T10:15:00",
    "2026-03-02T10:15:00Z",
    "2026-03-02T10:15:00+14:00",
    "2026-03-02T10:15:00+14:01",
    "2026-03-02T10:15:00-14:00",
    "2026-03-02T10:15:00-14:01",
    "2026-03-02T10:15:00+23:59",
    "2026-03-02T10:15:00-23:59",
    "2026-03-02T10:15:00+24:00",
    "2026-03-02T10:15:00+00:00:30",
    "2026-03-02T10:15:00+05:45",
    "2026-03-02T10:15:00.123456+01:00",
    "2026-03-02T10:15:00.1234567891+01:00",
    "2026-03-02T10:15:60+00:00",
    "2026-12-31T23:59:60Z",
    "2026-03-02T24:00:00+00:00",
    "2026-03-02T10:15+00:00",
    "2026-03-02 10:15:00+00:00",
    "2026-03-02t10:15:00z",
    "0001-01-01T00:00:00+00:00",
    "0001-01-01T00:30:00+01:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "9999-12-31T23:59:59.999999-00:01",
    "1970-01-01T00:00:00+00:00",
    "2026-03-02T10:15:00\u221201:00",
]
_NUMBERS: list[Json] = [
    0,
    -1,
    1,
    7,
    46,
    65536,
    2**31,
    2**53 + 1,
    2**63 - 1,
    -(2**63),
    0.5,
    -0.0,
    1e308,
    -1e-308,
    Fragment(b"18446744073709551616"),
    Fragment(b"-9223372036854775809"),
    Fragment(b"1" + b"0" * 400),
    Fragment(b"1e999"),
    Fragment(b"-1E400"),
    Fragment(b"1.0"),
    Fragment(b"-0"),
    Fragment(b"1e2"),
    Fragment(b"0.00000000000000000000000000000000000000000001"),
    1700000000,
    True,
    False,
    None,
]
_DATE_LIKE = re.compile(r"\d{4}-\d\d-\d\d")


def _canary(rng: random.Random) -> str:
    return rng.choice(canaries.TEXTS + canaries.IDS + canaries.WORDS)


def _hostile_string(rng: random.Random, old: str = "") -> Json:
    roll = rng.random()
    if roll < 0.25:
        return _canary(rng)
    if roll < 0.35 and old:
        return _DATES[rng.randrange(len(_DATES))] if _DATE_LIKE.match(old) else old + _canary(rng)
    if roll < 0.45:
        return rng.choice(_DATES)
    if roll < 0.5:
        return Fragment(rng.choice(_RAW_STRINGS))
    if roll < 0.56:
        return _huge_string(rng)
    piece = rng.choice(_HOSTILE)
    if old and roll < 0.85:
        at = rng.randint(0, len(old))
        return old[:at] + piece + old[at:]
    return piece


def _huge_string(rng: random.Random) -> str:
    unit = rng.choice(["a", canaries.NAME + " ", "\u00e9", "\U0001f600", "\\", "<", "|", "\x01", " "])
    return unit * rng.choice([1_000, 70_000, 100_001, 200_000])


def _other_type(rng: random.Random, old: Json) -> Json:
    choices: list[Callable[[], Json]] = [
        lambda: rng.choice(_NUMBERS),
        lambda: _canary(rng),
        lambda: [old] if not isinstance(old, list) else {},
        lambda: {canaries.GIVEN: old},
        lambda: [],
        lambda: {},
        lambda: None,
        lambda: rng.choice([True, False]),
        lambda: str(old) if not isinstance(old, (dict, list)) else "",
    ]
    return rng.choice(choices)()


def _deep(rng: random.Random) -> Fragment:
    depth = rng.choice([50, 100, 101, 255, 256, 1000, 5000, 50_000])
    if rng.random() < 0.5:
        return Fragment(b"[" * depth + b"]" * depth)
    key = orjson.dumps(rng.choice(canaries.WORDS))
    return Fragment((b"{" + key + b":") * depth + b"1" + b"}" * depth)


# -- JSON ---------------------------------------------------------------------------------------------------------


def _slots(tree: Json) -> tuple[list[tuple[Json, Any]], list[dict[str, Any]], list[list[Any]]]:
    """Every (container, key) slot in the tree, and its objects and arrays."""
    slots: list[tuple[Json, Any]] = []
    objects: list[dict[str, Any]] = []
    arrays: list[list[Any]] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            objects.append(node)
            for k, v in node.items():
                slots.append((node, k))
                if isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(node, list):
            arrays.append(node)
            for i, v in enumerate(node):
                slots.append((node, i))
                if isinstance(v, (dict, list)):
                    stack.append(v)
    return slots, objects, arrays


def _rename(obj: dict[str, Any], old: str, new: str) -> None:
    items = [(new if k == old else k, v) for k, v in obj.items()]
    obj.clear()
    obj.update(items)


def _new_key(rng: random.Random, old: str = "") -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(canaries.WORDS + canaries.TEXTS)
    if roll < 0.7 and old:
        return old + canaries.GIVEN
    if roll < 0.8 and old:
        return old.upper()
    return rng.choice(["", " ", "$", "_" + (old or "x"), "\x00", "\u00e9", "resourceType", "__proto__", "a.b[0]"])


def _dup_object(obj: dict[str, Any], key: str, value: Json) -> Fragment:
    """The object written with ``key`` twice: first ``value``, then the original (which JSON parsers keep)."""
    pairs = [(key, value), *obj.items()]
    body = b",".join(orjson.dumps(k) + b":" + _dumps(v) for k, v in pairs)
    return Fragment(b"{" + body + b"}")


def mutate_json(rng: random.Random, tree: Json, *, keys: bool = True) -> Json:
    """One structural mutation of a parsed JSON document, in place where it can be; returns the root.

    ``keys=False`` keeps the shape (only values change), for variants that must still fit the record model.
    """
    slots, objects, arrays = _slots(tree)
    if not slots:
        return _other_type(rng, tree)
    parent, key = rng.choice(slots)
    value = parent[key]
    op = rng.randrange(16 if keys else 6)
    if op <= 2:  # a string made hostile, or a value of the same kind at an extreme
        if isinstance(value, str):
            parent[key] = _hostile_string(rng, value)
        elif isinstance(value, (bool, int, float)) or value is None:
            parent[key] = rng.choice(_NUMBERS)
        elif isinstance(value, list) and value:
            value.append(value[rng.randrange(len(value))])
        else:
            parent[key] = _other_type(rng, value)
    elif op == 3:  # canary text in a structural position (an id, a code, a status, a system)
        parent[key] = _canary(rng)
    elif op == 4:  # odd dates and offsets, wherever a date is
        dated = [(p, k) for p, k in slots if isinstance(p[k], str) and _DATE_LIKE.match(p[k])]
        p, k = rng.choice(dated) if dated else (parent, key)
        p[k] = rng.choice(_DATES)
    elif op == 5:  # a value copied from elsewhere in the document
        other_parent, other_key = rng.choice(slots)
        # A value nested past orjson's depth limits (for reading or for writing) is left alone.
        with contextlib.suppress(orjson.JSONDecodeError, TypeError):
            parent[key] = _copy(other_parent[other_key])
    elif op == 6:
        del parent[key]
    elif op == 7 and objects:  # a renamed key
        obj = rng.choice(objects)
        if obj:
            old = rng.choice(list(obj))
            new = _new_key(rng, old)
            if new not in obj:
                _rename(obj, old, new)
    elif op == 8 and objects:  # an unknown key
        obj = rng.choice(objects)
        obj[_new_key(rng)] = rng.choice([_canary(rng), 1, None, {}, [], {canaries.FAMILY: canaries.NHS_NUMBER}])
    elif op == 9:  # a duplicated key
        if isinstance(value, dict) and value:
            dup = rng.choice(list(value))
            parent[key] = _dup_object(value, dup, rng.choice([_canary(rng), value[dup], None, 0]))
    elif op == 10:
        parent[key] = _other_type(rng, value)
    elif op == 11:
        parent[key] = _deep(rng)
    elif op == 12:  # a huge array, written once (opaque to later mutations, which stay fast)
        small = not isinstance(value, (dict, list, Fragment)) and len(str(value)) < 200
        unit = orjson.dumps(value if small and rng.random() < 0.5 else _canary(rng))
        parent[key] = Fragment(b"[" + b",".join([unit] * rng.choice([1_000, 10_000, 100_000])) + b"]")
    elif op == 13 and arrays:  # array surgery
        arr = rng.choice(arrays)
        which = rng.randrange(4)
        if which == 0:
            arr.clear()
        elif which == 1 and arr:
            arr.insert(rng.randrange(len(arr) + 1), arr[rng.randrange(len(arr))])
        elif which == 2:
            arr.reverse()
        elif arr:
            del arr[rng.randrange(len(arr))]
    elif op == 14:
        parent[key] = _huge_string(rng)
    else:
        parent[key] = _hostile_string(rng, value if isinstance(value, str) else "")
    return tree


def encode_json(rng: random.Random, tree: Json) -> bytes:
    option = orjson.OPT_INDENT_2 if rng.random() < 0.1 else 0
    try:
        return orjson.dumps(tree, option=option)
    except TypeError:  # nested past orjson's depth for writing (a deep fragment copied and read back)
        return _dumps_deep(tree)


def _dumps(tree: Json) -> bytes:
    try:
        return orjson.dumps(tree)
    except TypeError:  # nested past orjson's depth for writing
        return _dumps_deep(tree)


def _dumps_deep(tree: Json) -> bytes:
    """JSON of a tree nested however deep, without recursion (orjson stops at 255 levels)."""
    out: list[bytes] = []
    stack: list[Any] = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, bytes):  # a token: a bracket, a comma, or a key and its colon
            out.append(item)
        elif isinstance(item, dict):
            out.append(b"{")
            stack.append(b"}")
            pairs = list(item.items())
            for i in range(len(pairs) - 1, -1, -1):
                stack += [pairs[i][1], orjson.dumps(pairs[i][0]) + b":"]
                if i:
                    stack.append(b",")
        elif isinstance(item, list):
            out.append(b"[")
            stack.append(b"]")
            for i in range(len(item) - 1, -1, -1):
                stack.append(item[i])
                if i:
                    stack.append(b",")
        else:
            out.append(orjson.dumps(item))
    return b"".join(out)


def _copy(tree: Json) -> Json:
    return orjson.loads(orjson.dumps(tree))


def _mutations(rng: random.Random) -> int:
    return rng.choice([1, 1, 1, 2, 2, 3, 4])


# -- bytes --------------------------------------------------------------------------------------------------------

_SPECIAL_BYTES = b'\x00\x01\x0b\x1c\x7f\x80\xc3\xe2\xff"\\{}[]<>&;|^~\r\n '


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """Byte-level mutations: mostly next to a canary, so a leak of a damaged canary is still looked for."""
    if not data:
        return bytes([rng.randrange(256)])
    near = canaries.occurrences(data)
    at = (rng.choice(near) + rng.randint(-4, 12)) if near and rng.random() < 0.7 else rng.randrange(len(data))
    at = min(max(at, 0), len(data) - 1)
    op = rng.randrange(6)
    if op == 0:
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]
    if op == 1:
        return data[:at] + bytes([rng.choice(_SPECIAL_BYTES)]) + data[at:]
    if op == 2:
        return data[:at] + data[at + 1 :]
    if op == 3:
        return data[:at]
    if op == 4:
        return data[: rng.randrange(len(data))]
    return data[:at] + bytes([rng.choice(_SPECIAL_BYTES)]) + data[at + 1 :]


def _maybe_bytes(rng: random.Random, data: bytes, p: float = 0.2) -> bytes:
    while rng.random() < p:
        data = mutate_bytes(rng, data)
        p /= 2
    return data


# -- consistent variants ------------------------------------------------------------------------------------------


def record_variant(rng: random.Random) -> Record:
    """A planted record with hostile values that still fits the record model (else the seed record)."""
    s = seeds()
    i = rng.randrange(len(s.data))
    for _ in range(3):
        tree = _copy(s.data[i])
        for _ in range(_mutations(rng)):
            tree = mutate_json(rng, tree, keys=False)
        try:
            return record_from_data(orjson.loads(encode_json(rng, tree)), source="variant")
        except (MedassessError, orjson.JSONDecodeError):
            continue
    return s.records[i]


# -- record JSON --------------------------------------------------------------------------------------------------


def record_input(rng: random.Random) -> bytes:
    s = seeds()
    tree = _copy(s.data[rng.randrange(len(s.data))])
    # Two inputs in five change values only: more of them are read, so the writers see more hostile values.
    keys = rng.random() < 0.6
    for _ in range(_mutations(rng)):
        tree = mutate_json(rng, tree, keys=keys)
    return _maybe_bytes(rng, encode_json(rng, tree))


# -- FHIR JSON ----------------------------------------------------------------------------------------------------


def _variant_bundle(rng: random.Random) -> dict[str, Any]:
    record = record_variant(rng)
    try:
        # A copy: the Bundle the mapping returns shares dicts with medassess.formats.fhir.writer's constants, and the
        # mutators change what they are given in place.
        return _copy(unchecked_bundle(record, preliminary=rng.random() < 0.3))  # type: ignore[no-any-return]
    except Exception:  # an unexportable variant: the record reader's oracle reports it
        return _copy(seeds().bundles[0])  # type: ignore[no-any-return]


def fhir_json_input(rng: random.Random) -> bytes:
    s = seeds()
    if rng.random() < 0.15:
        bundle = _variant_bundle(rng)
        if rng.random() < 0.5:
            return dumps(bundle)
        tree: Json = bundle
    else:
        tree = _copy(s.bundles[rng.randrange(len(s.bundles))])
    for _ in range(_mutations(rng)):
        tree = mutate_json(rng, tree)
    return _maybe_bytes(rng, encode_json(rng, tree))


# -- FHIR XML -----------------------------------------------------------------------------------------------------

_TAG = re.compile(r"<([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)((?:\s+[^\s=<>/]+\s*=\s*\"[^\"]*\")*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"\s([^\s=<>/]+)\s*=\s*\"([^\"]*)\"")
_DECLARATION = re.compile(r"\A(\ufeff)?<\?xml[^>]*\?>")
_DTDS = [
    '<!DOCTYPE Bundle [<!ENTITY zephyrine "Zephyrine Quattlebaum">]>',
    '<!DOCTYPE Bundle SYSTEM "file:///etc/passwd">',
    '<!DOCTYPE Bundle [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
    '<!DOCTYPE Bundle [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>',
    '<!DOCTYPE Bundle [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    '<!DOCTYPE Zephyrine PUBLIC "-//Quattlebaum//EN" "http://example.invalid/q.dtd">',
    "<!DOCTYPE Bundle>",
    '<!ENTITY zephyrine "Quattlebaum">',
    '<!DOCTYPE Bundle [<!ATTLIST value Zephyrine CDATA "Quattlebaum">]>',
]
_ENTITY_USES = ["&zephyrine;", "&xxe;", "&d;", "&a;", "&Zephyrine;", "&Quattlebaum;"]
_REFERENCES = ["&#0;", "&#x1;", "&#x1F;", "&#xD800;", "&#xFFFE;", "&#1114112;", "&#x110000;", "&lt;", "&amp;amp;"]
_PIS = [
    '<?xml-stylesheet type="text/xsl" href="http://example.invalid/Zephyrine.xsl"?>',
    "<?Zephyrine Quattlebaum?>",
    f"<?php {canaries.SENTENCE} ?>",
    '<?xml version="1.0"?>',
]
_ENCODINGS = ["UTF-16", "ISO-8859-1", "latin1", "Zephyrine", "utf-8", "UTF8", "ascii", "EBCDIC-US", "UTF-32", ""]


def _xml_name(rng: random.Random) -> str:
    return rng.choice(
        [
            *canaries.WORDS,
            f"{canaries.GIVEN}.{canaries.FAMILY}",
            f"_{canaries.NHS_NUMBER}",
            f"{canaries.GIVEN}:{canaries.FAMILY}",
            f"fhir:{canaries.GIVEN}",
            "value",
            "extension",
            "Bundle",
            "div",
        ]
    )


def _xml_attr_text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.25:
        return _canary(rng)
    if roll < 0.4:
        return rng.choice(_ENTITY_USES)
    if roll < 0.6:
        return rng.choice(_REFERENCES) + rng.choice(["", _canary(rng)])
    if roll < 0.7:
        return rng.choice(["<", "&", "&Zephyrine", "&#", "\x01", "\x00", canaries.NAME + "\x0b"])
    if roll < 0.75:
        return "Z" * rng.choice([100_000, 1_100_000])
    if roll < 0.85:
        return rng.choice(_DATES)
    text = rng.choice(_HOSTILE)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def _end_of_element(text: str, start: re.Match[str]) -> tuple[int, int] | None:
    """The span of the end tag matching a start tag (None for an empty-element tag or when not found)."""
    if start.group(3):
        return None
    name = re.escape(start.group(1))
    depth = 0
    for m in re.finditer(rf"<(/?){name}(?=[\s/>])[^>]*?(/?)>", text[start.end() :]):
        if m.group(1):
            if depth == 0:
                return start.end() + m.start(), start.end() + m.end()
            depth -= 1
        elif not m.group(2):
            depth += 1
    return None


def mutate_xml(rng: random.Random, text: str) -> str:
    """One structural mutation of an XML document (as text)."""
    op = rng.randrange(15)
    # A tag at or after a random place (cheaper than listing every tag of a 40 kB document).
    tag = _TAG.search(text, rng.randrange(len(text) + 1) if op else 0) or _TAG.search(text)
    if tag is None:
        return text[: rng.randrange(len(text) + 1)]
    if op <= 1:  # a renamed element (the root too), with or without its end tag
        new = _xml_name(rng)
        end = _end_of_element(text, tag) if rng.random() < 0.7 else None
        if end is not None:
            text = text[: end[0]] + f"</{new}>" + text[end[1] :]
        return text[: tag.start(1)] + new + text[tag.end(1) :]
    if op == 2:  # a renamed, added or duplicated attribute
        attributes = list(_ATTRIBUTE.finditer(tag.group(2)))
        base = tag.start(2)
        if attributes and rng.random() < 0.6:
            a = rng.choice(attributes)
            if rng.random() < 0.5:
                return text[: base + a.start(1)] + _xml_name(rng) + text[base + a.end(1) :]
            return text[: base + a.end()] + a.group(0) + text[base + a.end() :]
        return text[: tag.end(1)] + f' {_xml_name(rng)}="{_xml_attr_text(rng)}"' + text[tag.end(1) :]
    if op == 3:  # an attribute value
        attributes = list(_ATTRIBUTE.finditer(tag.group(2)))
        if attributes:
            a = rng.choice(attributes)
            base = tag.start(2)
            old = a.group(2)
            new = _xml_attr_text(rng)
            if rng.random() < 0.3:
                cut = rng.randint(0, len(old))
                new = old[:cut] + new + old[cut:]
            return text[: base + a.start(2)] + new + text[base + a.end(2) :]
        return text
    if op == 4:  # a DTD or entity declaration (must stay refused), maybe used
        declaration = _DECLARATION.match(text)
        at = declaration.end() if declaration and rng.random() < 0.8 else 0
        dtd = rng.choice(_DTDS)
        if rng.random() < 0.3:
            dtd = "<!-- " + canaries.NAME + " -->" + dtd
        text = text[:at] + dtd + text[at:]
        target = _TAG.search(text, rng.randrange(len(text)))
        if target is not None and rng.random() < 0.6:
            values = list(_ATTRIBUTE.finditer(target.group(2)))
            if values:
                v = rng.choice(values)
                base = target.start(2)
                text = text[: base + v.start(2)] + rng.choice(_ENTITY_USES) + text[base + v.end(2) :]
        return text
    if op == 5:  # a processing instruction
        declaration = _DECLARATION.match(text)
        at = rng.choice([declaration.end() if declaration else 0, tag.end(), len(text)])
        return text[:at] + rng.choice(_PIS) + text[at:]
    if op == 6:  # text, CDATA or a comment inside an element
        piece = rng.choice(
            [
                canaries.SENTENCE,
                f"<![CDATA[{canaries.NAME}]]>",
                f"<!-- {canaries.NHS_NUMBER} -->",
                f"<!--{canaries.NAME}--->",
                "&Zephyrine;",
                "&#x1;",
                "]]>",
            ]
        )
        return text[: tag.end()] + piece + text[tag.end() :]
    if op == 7:  # the encoding declaration, version and standalone flag
        declaration = _DECLARATION.match(text)
        rest = text[declaration.end() :] if declaration else text
        encoding = rng.choice(_ENCODINGS)
        version = rng.choice(["1.0", "1.0", "1.1", "2.0", canaries.GIVEN])
        head = f'<?xml version="{version}"' + (f' encoding="{encoding}"' if encoding else "")
        head += rng.choice(["", ' standalone="yes"', ' standalone="Zephyrine"']) + "?>"
        return rng.choice(["", "\ufeff", " ", "\n"]) + head + rest
    if op == 8:  # namespaces
        which = rng.randrange(5)
        if which == 0:
            return text.replace('xmlns="http://hl7.org/fhir"', f'xmlns="http://{canaries.GIVEN}.example/fhir"', 1)
        if which == 1:
            return text.replace(' xmlns="http://hl7.org/fhir"', "", 1)
        if which == 2:
            return text.replace('xmlns="http://www.w3.org/1999/xhtml"', f'xmlns="urn:{canaries.FAMILY}"', 1)
        if which == 3:
            prefix = rng.choice(["f", canaries.GIVEN.lower(), "xml", "xmlns"])
            at = tag.end(1)
            decl = f' xmlns:{prefix}="{rng.choice(["http://hl7.org/fhir", "urn:" + canaries.FAMILY, ""])}"'
            text = text[:at] + decl + text[at:]
            tag = _TAG.search(text, tag.start()) or tag
            return text[: tag.start(1)] + f"{prefix}:" + text[tag.start(1) :]
        return text[: tag.start(1)] + f"{canaries.GIVEN}:" + text[tag.start(1) :]
    if op == 9:  # truncation
        near = [m.start() for m in re.finditer("|".join(canaries.WORDS), text)]
        at = rng.choice(near) + rng.randint(-3, 8) if near and rng.random() < 0.5 else rng.randrange(len(text))
        return text[: max(at, 0)]
    if op == 10:  # a whole element deleted, duplicated or moved before its previous sibling
        end = _end_of_element(text, tag)
        stop = end[1] if end else tag.end()
        element = text[tag.start() : stop]
        which = rng.randrange(3)
        if which == 0:
            return text[: tag.start()] + text[stop:]
        if which == 1:
            return text[:stop] + element + text[stop:]
        before = text.rfind("<", 0, tag.start() - 1)
        before = text.rfind("\n", 0, before) + 1 if before > 0 else 0
        return text[:before] + element + "\n" + text[before : tag.start()] + text[stop:]
    if op == 11:  # deep nesting
        depth = rng.choice([99, 101, 150, 255, 257, 2000])
        name = rng.choice(["extension", "Zephyrine", "div"])
        opening = f'<{name} url="{canaries.GIVEN}">' if name == "extension" else f"<{name}>"
        return text[: tag.end()] + opening * depth + f"</{name}>" * depth + text[tag.end() :]
    if op == 12:  # many copies of an element
        end = _end_of_element(text, tag)
        element = text[tag.start() : end[1] if end else tag.end()]
        if len(element) > 2000:
            return text
        return text[: tag.start()] + element * rng.choice([1_000, 20_000]) + text[tag.start() :]
    if op == 13:  # raw characters XML 1.0 cannot hold, or markup, inside an attribute value
        attributes = list(_ATTRIBUTE.finditer(tag.group(2)))
        if attributes:
            a = rng.choice(attributes)
            base = tag.start(2)
            at = base + a.start(2) + rng.randint(0, len(a.group(2)))
            return text[:at] + rng.choice(["\x01", "\x00", "\x0c", "\ufffe", "\ud800", "<", "&", '"']) + text[at:]
        return text
    # an end tag renamed alone
    end = _end_of_element(text, tag)
    if end:
        return text[: end[0]] + f"</{_xml_name(rng)}>" + text[end[1] :]
    return text


def _encode_xml(rng: random.Random, text: str) -> bytes:
    roll = rng.random()
    if roll < 0.03:
        return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"]), "surrogatepass")
    if roll < 0.06:
        return text.encode("latin-1", "replace")
    return text.encode("utf-8", "surrogatepass")


def fhir_xml_input(rng: random.Random) -> bytes:
    s = seeds()
    roll = rng.random()
    if roll < 0.12:  # values mutated in the Bundle, then written as XML by the library's converter
        tree = _variant_bundle(rng) if roll < 0.05 else _copy(s.bundles[rng.randrange(len(s.bundles))])
        for _ in range(_mutations(rng) if roll >= 0.05 else 0):
            tree = mutate_json(rng, tree, keys=rng.random() < 0.3)
        try:
            data = json_to_xml(orjson.loads(encode_json(rng, tree)))
        except Exception:  # the converter refuses what it cannot write; the input falls back to a seed
            data = _xml_seed(0).encode("utf-8")
        if rng.random() < 0.5:
            return _maybe_bytes(rng, data)
        text = data.decode("utf-8", "surrogatepass")
    else:
        text = _xml_seed(rng.randrange(len(s.bundles)))
    for _ in range(_mutations(rng)):
        text = mutate_xml(rng, text)
    return _maybe_bytes(rng, _encode_xml(rng, text))


_XML_SEEDS: dict[int, str] = {}


def _xml_seed(i: int) -> str:
    if i not in _XML_SEEDS:
        _XML_SEEDS[i] = json_to_xml(seeds().bundles[i]).decode("utf-8")
    return _XML_SEEDS[i]


# -- HL7 v2 -------------------------------------------------------------------------------------------------------

_ESCAPES = [
    "\\F\\",
    "\\S\\",
    "\\T\\",
    "\\R\\",
    "\\E\\",
    "\\X0D\\",
    "\\X0A\\",
    "\\X00\\",
    "\\XC3\\",
    "\\Xzz\\",
    "\\X\\",
    "\\.br\\",
    "\\H\\",
    "\\N\\",
    "\\C2842\\",
    "\\M2442\\",
    "\\Zephyrine\\",
    "\\",
    "\\X" + canaries.NAME.encode().hex().upper() + "\\",
    "\\X" + canaries.NHS_NUMBER.encode().hex() + "\\",
]
_SEPARATORS = ["|", "^", "~", "\\", "&", "|" * 50, "^" * 30, "~~", "\r", "\n", "\x0b", "\x1c"]
_MSH_STARTS = ["MSH|^~\\&", "MSH|^~\\&#", "MSH#^~\\&", "MSH|^~|&", "MSH|~^\\&", "MSH|", "MSH", "msh|^~\\&"]


def _segments(text: str) -> list[list[str]]:
    return [line.split("|") for line in re.split(r"\r\n|\r|\n", text) if line]


def _join(rng: random.Random, segments: list[list[str]]) -> str:
    lines = ["|".join(fields) for fields in segments]
    roll = rng.random()
    if roll < 0.9:
        return "\r".join(lines) + "\r"
    if roll < 0.93:
        return "\n".join(lines)
    if roll < 0.96:
        return "\r\n".join(lines) + "\r\n\r\n"
    return "".join(line + rng.choice(["\r", "\n", "\r\n", "\n\r"]) for line in lines)


def _hl7_value(rng: random.Random, old: str) -> str:
    roll = rng.random()
    if roll < 0.25:
        return escape(_canary(rng)) if rng.random() < 0.7 else _canary(rng)
    if roll < 0.45:
        at = rng.randint(0, len(old))
        return old[:at] + rng.choice(_ESCAPES) + old[at:]
    if roll < 0.6:
        at = rng.randint(0, len(old))
        return old[:at] + rng.choice(_SEPARATORS) + old[at:]
    if roll < 0.65:
        return rng.choice(["A", "Z", "\\E\\", canaries.GIVEN]) * rng.choice([1_000, 65_536, 100_000])
    if roll < 0.75:
        return ""
    if roll < 0.85:
        return rng.choice(["20260302", "202603021015+1401", "99999999", "0", "-1", "ZZ", "2.5", "2.3", "UTF-8"])
    return escape(rng.choice(_HOSTILE))


def _carried_record(rng: random.Random, segments: list[list[str]]) -> None:
    """The record the message carries (OBX-5 of the record OBX), mutated as JSON and written back."""
    for fields in segments:
        if fields[0] == "OBX" and len(fields) > 5 and fields[3].startswith(RECORD_CODE[0]):
            *encapsulation, data = fields[5].split("^", len(RECORD_ENCAPSULATION))
            try:
                tree = orjson.loads(base64.b64decode(data, validate=True))
            except (binascii.Error, orjson.JSONDecodeError):
                return
            for _ in range(_mutations(rng)):
                tree = mutate_json(rng, tree)
            # Nesting an earlier mutation made, read back, can be past orjson's depth for writing: left alone.
            with contextlib.suppress(TypeError):
                fields[5] = "^".join([*encapsulation, base64.b64encode(encode_json(rng, tree)).decode("ascii")])
            return


def mutate_hl7(rng: random.Random, segments: list[list[str]]) -> None:
    """One structural mutation of a message split into segments and fields."""
    op = rng.randrange(11)
    n = rng.randrange(len(segments)) if segments else 0
    if not segments:
        segments.append(["MSH", "^~\\&"])
        return
    fields = segments[n]
    if op == 0:  # an unknown segment named with a canary
        name = rng.choice([*canaries.WORDS, canaries.NAME, canaries.NHS_NUMBER, "ZQB", "ZZZ", "", "OBX1"])
        body = [name, *(escape(_canary(rng)) for _ in range(rng.randint(0, 4)))]
        segments.insert(rng.randint(0 if rng.random() < 0.1 else 1, len(segments)), body)
    elif op == 1:  # a renamed segment
        fields[0] = rng.choice([*canaries.WORDS, canaries.NHS_NUMBER, "NTE", "OBX", "PID", "MSH", "obx", "OB"])
    elif op <= 4:  # a field's value
        k = rng.randrange(1, max(len(fields), 2))
        while len(fields) <= k:
            fields.append("")
        if n == 0 and k == 1:  # MSH-2: the encoding characters
            fields[1] = rng.choice(["^~\\&", "^~\\&#", "^~&", "#~\\&", "^^^^", "", "^~\\&" + canaries.GIVEN])
        else:
            fields[k] = _hl7_value(rng, fields[k])
    elif op == 5:  # a component of a field
        k = rng.randrange(1, max(len(fields), 2))
        if k < len(fields):
            parts = fields[k].split("^")
            c = rng.randrange(len(parts) + 1)
            while len(parts) <= c:
                parts.append("")
            parts[c] = _hl7_value(rng, parts[c])
            fields[k] = "^".join(parts)
    elif op == 6:  # fields added or removed
        if rng.random() < 0.5:
            fields.extend(escape(_canary(rng)) for _ in range(rng.randint(1, 30)))
        elif len(fields) > 1:
            del fields[rng.randrange(1, len(fields))]
    elif op == 7:  # segments deleted, duplicated or swapped
        which = rng.randrange(3)
        if which == 0 and len(segments) > 1:
            del segments[n]
        elif which == 1:
            segments.insert(n, list(fields))
        elif n + 1 < len(segments):
            segments[n], segments[n + 1] = segments[n + 1], segments[n]
    elif op == 8:  # the MSH header: type, control id, version, character set
        msh = segments[0]
        k = rng.choice([3, 4, 5, 6, 7, 9, 10, 11, 12, 18])
        while len(msh) <= k:
            msh.append("")
        msh[k] = _hl7_value(rng, msh[k])
    else:
        _carried_record(rng, segments)


def hl7v2_input(rng: random.Random) -> bytes:
    s = seeds()
    if rng.random() < 0.15:  # a consistent message for a record with hostile values
        try:
            message = build(record_variant(rng), rng.choice(s.profiles))
        except Exception:  # an unexportable variant: the record reader's oracle reports it
            message = s.messages[0]
        if rng.random() < 0.5:
            return message
    else:
        message = s.messages[rng.randrange(len(s.messages))]
    text = message.decode("utf-8")
    roll = rng.random()
    if roll < 0.05:  # the encoding characters at the very start
        text = rng.choice(_MSH_STARTS) + text[8:]
        return _maybe_bytes(rng, text.encode("utf-8"))
    if roll < 0.1:  # truncation, near a canary or anywhere
        near = [m.start() for m in re.finditer("|".join(canaries.WORDS), text)]
        at = rng.choice(near) + rng.randint(-3, 8) if near and rng.random() < 0.5 else rng.randrange(len(text))
        return text[: max(at, 0)].encode("utf-8")
    segments = _segments(text)
    for _ in range(_mutations(rng)):
        mutate_hl7(rng, segments)
    return _maybe_bytes(rng, _join(rng, segments).encode("utf-8", "surrogatepass"))


GENERATORS: dict[str, Callable[[random.Random], bytes]] = {
    "record": record_input,
    "fhir-json": fhir_json_input,
    "fhir-xml": fhir_xml_input,
    "hl7v2": hl7v2_input,
}
