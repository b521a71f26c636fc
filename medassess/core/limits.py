"""Limits on input, checked before the work they bound.

Every reader refuses input past a limit before it spends memory or time on it:

- A file's size is taken from the file system first, and then at most one byte more than the limit is read,
  so a pipe, a device or a file that grows after the stat cannot get past the check (``read_bounded``).
- JSON is checked before it is parsed, and parsed once (``parse_json``): a cheap upper bound, counted at C
  speed, settles ordinary input; only input the bound cannot settle is scanned token by token, and the scan
  stops at the first limit it crosses.
- XML that cheap counts show is within the limits is parsed whole and checked after; any other is counted
  as libxml2 builds it and abandoned at the first limit (``medassess.core.safe_xml``).
- HL7 v2 is counted on its bytes before it is decoded (``check_hl7v2``).

The defaults leave wide headroom over medassess's own documents (an exported Bundle is about 50 KB, 30
entries, 1,600 JSON values and keys, 11 levels deep; its HL7 v2 message about 40 segments). Each limit is set
by an environment variable ``MEDASSESS_MAX_<NAME>`` or by passing a :class:`Limits` to a reader, and never
past its ceiling: a value beyond it is a ConfigurationError, so no setting can switch a guard off.
docs/security.md ("Limits") lists them.

Errors name the file, where (a line and column, a FHIR path, a segment number, as their ``path``), what was
expected and the limit with the variable that sets it; never anything from the input. Only a file too large
has no path: the message is about the whole file.
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any, BinaryIO

import orjson

from .exceptions import ConfigurationError, InputError

KiB = 1024
MiB = 1024 * KiB
SNIFF_BYTES = 64 * 1024
"""How much of a payload's head a format's sniffer may look at (``medassess.formats.registry``)."""

ENV_PREFIX = "MEDASSESS_MAX_"


@dataclass(frozen=True, slots=True)
class Limits:
    """How much input medassess reads before refusing it (see the module docstring)."""

    record_bytes: int = 10 * MiB
    """A record file, or a record on standard input."""
    payload_bytes: int = 16 * MiB
    """An exported payload read back: FHIR JSON, FHIR XML or HL7 v2."""
    config_bytes: int = 1 * MiB
    """A site configuration, HL7 v2 site profile or template file."""
    response_bytes: int = 4 * MiB
    """A FHIR server's or token endpoint's answer."""
    depth: int = 64
    """Nesting of JSON arrays and objects, or of XML elements."""
    string_bytes: int = 1 * MiB
    """One JSON string, XML attribute value or text, or HL7 v2 field repetition, in bytes as written."""
    nodes: int = 50_000
    """JSON values and keys; XML elements and attributes; HL7 v2 field, repetition and component separators."""
    bundle_entries: int = 2_000
    """Entries of a FHIR Bundle."""
    hl7v2_segments: int = 5_000
    """Segments of an HL7 v2 message."""

    def __post_init__(self) -> None:
        for name in CEILINGS:
            _checked(name, getattr(self, name), f"Limits.{name}")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults, with any ``MEDASSESS_MAX_<NAME>`` variable set in ``environ`` (``os.environ``)."""
        env = os.environ if environ is None else environ
        values: dict[str, int] = {}
        for name in CEILINGS:
            variable = setting(name)
            raw = env.get(variable)
            if raw is None or not raw.strip():
                continue
            try:
                values[name] = int(raw.strip())
            except ValueError:
                raise ConfigurationError(_expected(name), source=variable) from None
            _checked(name, values[name], variable)
        return cls(**values) if values else _DEFAULT


CEILINGS: dict[str, int] = {
    "record_bytes": 64 * MiB,
    "payload_bytes": 128 * MiB,
    "config_bytes": 16 * MiB,
    "response_bytes": 64 * MiB,
    # Deeper than this and the readers' own recursion would come close to Python's limit.
    "depth": 128,
    # libxml2 refuses a text or attribute value past 10,000,000 bytes (no huge_tree); this stays below it.
    "string_bytes": 8 * MiB,
    "nodes": 1_000_000,
    "bundle_entries": 20_000,
    "hl7v2_segments": 50_000,
}
"""The most each limit may be set to."""


def setting(name: str) -> str:
    """The environment variable that sets limit ``name``."""
    return ENV_PREFIX + name.upper()


def amount(name: str, value: int) -> str:
    """A limit's value as people read it: ``10 MiB``, ``64 KiB``, ``50,000``."""
    if name.endswith("_bytes"):
        for unit, size in (("MiB", MiB), ("KiB", KiB)):
            if value % size == 0:
                return f"{value // size:,} {unit}"
        return f"{value:,} bytes"
    return f"{value:,}"


def too_large(name: str, limit: int) -> str:
    """The refusal of an input larger than ``limit`` bytes: a message about the whole file (it has no path)."""
    return f"the file is larger than {amount(name, limit)} {over(name)}"


def over(name: str) -> str:
    """``(the limit, MEDASSESS_MAX_NAME)``: what a refusal adds so the reader knows which setting it met."""
    return f"(the limit, {setting(name)})"


def _expected(name: str) -> str:
    return f"should be a whole number from 1 to {amount(name, CEILINGS[name])} (its ceiling)"


def _checked(name: str, value: Any, source: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= CEILINGS[name]:
        raise ConfigurationError(_expected(name), source=source)


_DEFAULT = Limits()
HIGHEST = Limits(**CEILINGS)
"""Every limit at its ceiling: for medassess's own data and output, which a site's limits on input do not bound."""


# ----------------------------------------------------------------------------------------------- reading


def read_bounded(handle: BinaryIO, limit: int, *, name: str, error: type[InputError], source: str) -> bytes:
    """Everything ``handle`` holds, refusing with ``error`` once it holds more than ``limit`` bytes.

    A regular file's size is taken first, so an oversized file is refused without reading it; then at most
    ``limit + 1`` bytes are read whatever the handle is, so a pipe, a device or a growing file is refused
    after reading no more than that. ``name`` is the limit's name in :class:`Limits`.
    """
    size = _remaining(handle)
    if size is not None and size > limit:
        raise error(too_large(name, limit), source=source)
    want = limit + 1 if size is None else size + 1
    chunks: list[bytes] = []
    held = 0
    while held < want:
        # One read for a file or a pipe; a terminal gives a line at a time.
        chunk = handle.read(want - held)
        if not chunk:
            break
        chunks.append(chunk)
        held += len(chunk)
        if held == want and size is not None and want <= limit:
            want = limit + 1  # the file grew after its size was taken: read on, still no further than the limit
    if held > limit:
        raise error(too_large(name, limit), source=source)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_file(path: str | os.PathLike[str], limit: int, *, name: str, error: type[InputError]) -> bytes:
    """A file's bytes, bounded as :func:`read_bounded` bounds them. OSError passes to the caller as it is."""
    with open(path, "rb") as handle:
        return read_bounded(handle, limit, name=name, error=error, source=os.fspath(path))


def _remaining(handle: BinaryIO) -> int | None:
    """The bytes left in a regular file; None for a pipe, a device or anything without a file descriptor."""
    try:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None
        return max(info.st_size - handle.tell(), 0)
    except (OSError, AttributeError, io.UnsupportedOperation):
        return None


# ---------------------------------------------------------------------------------------------------- JSON

# A JSON string (possessive, so a long or unterminated one is scanned once), then whether it is a key.
_STRING = rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
_TOKEN = re.compile(rb"(?P<string>" + _STRING + rb")(?P<key>\s*+:)?|[\[\]{}]|[^\s\[\]{},:\"]++|\"", re.DOTALL)
_OPEN, _CLOSE, _QUOTE = frozenset(b"[{"), frozenset(b"]}"), ord('"')
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_BRACKETS_AS_PARENTHESES = bytes.maketrans(b"[]{}", b"()()")
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{},:')


def parse_json(content: bytes, limits: Limits, *, source: str, error: type[InputError], bundle: bool = False) -> Any:
    """JSON bytes parsed once, after checking depth, string length and values (and, with ``bundle``, the
    entries of a FHIR Bundle) against ``limits``. orjson.JSONDecodeError passes to the caller as it is."""
    if not _plainly_within(content, limits):
        _scan(content, limits, source, error, bundle)
    data = orjson.loads(content)
    entries = data.get("entry") if bundle and isinstance(data, dict) else None
    if isinstance(entries, list) and len(entries) > limits.bundle_entries:
        raise error(_too_many_entries(limits), source=source, path="Bundle.entry")
    return data


def _plainly_within(content: bytes, limits: Limits) -> bool:
    """True when bounds worked out at C speed show ``content`` is within the depth, string and value limits.

    No string is longer than the whole input. Once escapes and everything but quotes, brackets, commas and
    colons are deleted, what is left bounds the values and keys: every value but the first follows a comma
    or opens its container, every key has a colon (strings may hold some of these too: the bound is only
    higher). Depth is measured on the brackets outside strings: each pass removes the innermost pairs, one
    level, so they are gone within ``depth`` passes. Anything this cannot settle, malformed JSON included,
    goes to :func:`_scan`.
    """
    if len(content) > limits.string_bytes:
        return False
    if b"\\" in content:
        # An escaped quote is text, not the end of a string: every escape goes (an escaped backslash as one,
        # so a string ending in one keeps its closing quote).
        content = _ESCAPE.sub(b"", content)
    structure = content.translate(_BRACKETS_AS_PARENTHESES, delete=_NOT_STRUCTURE)
    # 1 + commas + colons + opening brackets: all there is but quotes and closing brackets.
    if 1 + len(structure) - structure.count(b'"') - structure.count(b")") > limits.nodes:
        return False
    brackets = structure.translate(None, delete=b",:").replace(b'""', b"")
    if b'"' in brackets:
        # Some string holds a bracket (only then is a quote left over): keep what lies between strings.
        brackets = b"".join(brackets.split(b'"')[0::2])
    for _ in range(limits.depth):
        if not brackets:
            return True
        brackets = brackets.replace(b"()", b"")
    return not brackets


def _scan(content: bytes, limits: Limits, source: str, error: type[InputError], bundle: bool) -> None:
    """Walk the tokens, refusing at the first limit crossed; stop quietly at malformed JSON (orjson says
    where). Values and keys are counted as they come, so the walk ends within about ``nodes`` tokens."""
    depth = nodes = entries = 0
    entry_array = 0  # the depth of a Bundle's entry array while inside it
    after_entry_key = False
    for token in _TOKEN.finditer(content):
        at, first = token.start(), content[token.start()]
        if first in _CLOSE:
            if depth == entry_array:
                entry_array = 0
            depth -= 1
            if depth < 0:
                return
            continue
        nodes += 1
        if nodes > limits.nodes:
            raise error(
                f"has more than {amount('nodes', limits.nodes)} JSON values and keys {over('nodes')}",
                source=source,
                path=_line_column(content, at),
            )
        if first == _QUOTE:
            text = token.group("string")
            if text is None:
                return  # an unterminated string
            if len(text) - 2 > limits.string_bytes:
                raise error(
                    f"has a string longer than {amount('string_bytes', limits.string_bytes)} {over('string_bytes')}",
                    source=source,
                    path=_line_column(content, at),
                )
            if token.group("key") is not None:
                after_entry_key = bundle and depth == 1 and _is_entry(text)
                continue
        if entry_array and depth == entry_array:
            entries += 1
            if entries > limits.bundle_entries:
                raise error(
                    _too_many_entries(limits),
                    source=source,
                    path=f"Bundle.entry[{limits.bundle_entries}] ({_line_column(content, at)})",
                )
        if first in _OPEN:
            depth += 1
            if depth > limits.depth:
                raise error(
                    f"is nested more than {limits.depth} levels deep {over('depth')}",
                    source=source,
                    path=_line_column(content, at),
                )
            if after_entry_key and first == ord("["):
                entry_array = 2
        after_entry_key = False


def _is_entry(key: bytes) -> bool:
    return key == b'"entry"' or (b"\\" in key and orjson.loads(key) == "entry")


def _too_many_entries(limits: Limits) -> str:
    return (
        f"the Bundle has more than {amount('bundle_entries', limits.bundle_entries)} entries {over('bundle_entries')}"
    )


def _line_column(content: bytes, at: int) -> str:
    line = content.count(b"\n", 0, at) + 1
    line_start = content.rfind(b"\n", 0, at) + 1
    return f"line {line}, column {at - line_start + 1}"


# ------------------------------------------------------------------------------------------------- HL7 v2

_SEGMENTS = re.compile(rb"[^\r\n]+")
_SEPARATORS = re.compile(rb"[|~^]")
_NOT_SEPARATOR = bytes(b for b in range(256) if b not in b"\r\n|~^")


def check_hl7v2(content: bytes, limits: Limits, *, source: str, error: type[InputError]) -> None:
    """Refuse an HL7 v2 message past ``limits`` before it is decoded or split, all at C speed: its segments,
    its separators (each becomes a field, repetition or component when split) and its longest field
    repetition. Each refusal names the segment (``segment #12``) where the limit was crossed."""
    separators = content.translate(None, delete=_NOT_SEPARATOR)
    line_ends = separators.count(b"\r") + separators.count(b"\n")
    if line_ends >= limits.hl7v2_segments:
        # Line ends bound the segments; only when they might be too many are the segments counted.
        beyond = next(islice(_SEGMENTS.finditer(content), limits.hl7v2_segments, None), None)
        if beyond is not None:
            raise error(
                f"has more than {amount('hl7v2_segments', limits.hl7v2_segments)} segments {over('hl7v2_segments')}",
                source=source,
                path=f"segment #{limits.hl7v2_segments + 1}",
            )
    if len(separators) - line_ends > limits.nodes:
        beyond = next(islice(_SEPARATORS.finditer(content), limits.nodes, None))
        raise error(
            f"has more than {amount('nodes', limits.nodes)} field, repetition and component separators {over('nodes')}",
            source=source,
            path=f"segment #{_segment_at(content, beyond.start())}",
        )
    if len(content) > limits.string_bytes:
        # Anchored at the start of a repetition, so each is scanned once: linear however the input is laid out.
        long = re.search(rb"(?<![^|~\r\n])[^|~\r\n]{%d}" % (limits.string_bytes + 1), content)
        if long is not None:
            raise error(
                f"has a field longer than {amount('string_bytes', limits.string_bytes)} {over('string_bytes')}",
                source=source,
                path=f"segment #{_segment_at(content, long.start())}",
            )


def _segment_at(content: bytes, at: int) -> int:
    """The number of the segment holding byte ``at`` (segments within the limit, so few to count)."""
    line_start = max(content.rfind(b"\r", 0, at), content.rfind(b"\n", 0, at)) + 1
    return sum(1 for _ in _SEGMENTS.finditer(content, 0, line_start)) + 1
