"""Reading an HL7 v2 message that medassess exported back into the record.

The record comes from the message's last OBX (the canonical record JSON, see ``_hl7v2``). The message is
then checked against it: MSH-10 must be that record version's control id, PID-3 its NHS number, and every
readable OBX line (code, sub-id, value, date) exactly what the record gives. A message whose readable
part was edited, or that pairs one patient's header with another's record, is refused rather than read:
receivers act on the readable lines, so they must say what the record says.

Errors name the segment and field (``OBX-5(#12)``: field 5 of the twelfth segment), never their content.
"""

from __future__ import annotations

import re

from ._exceptions import ReadError, RecordError
from ._hl7v2 import CHARACTER_SET, HL7_VERSION, MESSAGE_TYPES, RECORD_CODE, control_id, observations
from ._hl7v2_escape import EscapeError, unescape
from ._io import MAX_RECORD_BYTES, parse_record
from ._record import Record

_SEGMENT_END = re.compile(r"\r\n|\r|\n")
_KINDS = {"TX": "text", "FT": "text", "CWE": "coded", "DT": "date", "ST": "string"}


class _Message:
    """A message split into segments and fields; ``field(n, k)`` is field k of segment n (1-based)."""

    def __init__(self, content: bytes, source: str) -> None:
        self.source = source
        if len(content) > 4 * MAX_RECORD_BYTES:
            raise ReadError("the message is too large to be a medassess export", source=source)
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            raise ReadError("is not UTF-8 text (medassess messages are UTF-8, MSH-18)", source=source) from None
        if not text.startswith("MSH|^~\\&"):
            raise ReadError("is not an HL7 v2 message with the standard encoding characters", source=source, path="MSH")
        self.segments: list[list[str]] = []
        for line in _SEGMENT_END.split(text):
            if line:
                fields = line.split("|")
                self.segments.append(["MSH", "|", *fields[1:]] if fields[0] == "MSH" else fields)

    def field(self, n: int, k: int) -> str:
        fields = self.segments[n - 1]
        return fields[k] if k < len(fields) else ""

    def text(self, n: int, k: int) -> str:
        """Field k of segment n, unescaped, its repetitions joined (how medassess splits long text)."""
        try:
            return "".join(unescape(rep) for rep in self.field(n, k).split("~"))
        except EscapeError as exc:
            raise self.error(f"holds {exc}", n, k) from None

    def component(self, n: int, k: int, c: int) -> str:
        parts = self.field(n, k).split("^")
        try:
            return unescape(parts[c - 1]) if c <= len(parts) else ""
        except EscapeError as exc:
            raise self.error(f"holds {exc}", n, k) from None

    def error(self, message: str, n: int, k: int | None = None) -> ReadError:
        name = self.segments[n - 1][0]
        return ReadError(message, source=self.source, path=f"{name}-{k}(#{n})" if k else f"{name}(#{n})")

    def numbers(self, name: str) -> list[int]:
        return [n for n, fields in enumerate(self.segments, 1) if fields[0] == name]


def _signature(message: _Message, n: int) -> tuple[str, str, str, str | tuple[str, str], str, str]:
    kind = _KINDS.get(message.field(n, 2))
    if kind is None:
        raise message.error("has a value type medassess does not write", n, 2)
    coded = (message.component(n, 5, 1), message.component(n, 5, 2))
    value = coded if kind == "coded" else message.text(n, 5)
    return (kind, message.component(n, 3, 1), message.text(n, 4), value, message.field(n, 14), message.field(n, 16))


def _embedded_record(message: _Message) -> tuple[int, Record]:
    carriers = [n for n in message.numbers("OBX") if message.component(n, 3, 1) == RECORD_CODE[0]]
    if len(carriers) != 1:
        raise ReadError(
            f"expected one OBX carrying the medassess record ({RECORD_CODE[0]}), found {len(carriers)}",
            source=message.source,
            path="OBX",
        )
    n = carriers[0]
    try:
        return n, parse_record(message.text(n, 5).encode("utf-8"), source=message.source)
    except RecordError as exc:
        path = f"OBX-5(#{n})" + (f" {exc.path}" if exc.path else "")
        raise ReadError(exc.message, source=message.source, path=path) from None


def record_from_hl7v2(content: bytes, *, source: str = "<hl7v2>") -> Record:
    """The record an exported HL7 v2 message carries, after checking the message agrees with it."""
    message = _Message(content, source)
    if message.field(1, 9) not in MESSAGE_TYPES.values():
        raise message.error(f"is not one of {', '.join(MESSAGE_TYPES.values())}", 1, 9)
    for k, required in ((12, HL7_VERSION), (18, CHARACTER_SET)):
        if message.field(1, k) != required:
            raise message.error(f"should be {required}", 1, k)
    carrier, record = _embedded_record(message)
    if message.field(1, 10) != control_id(record):
        raise message.error("is not the control id of the record version the message carries", 1, 10)
    pids = message.numbers("PID")
    if len(pids) != 1 or message.component(pids[0], 3, 1) != record.mother.nhs_number:
        raise ReadError(
            "PID-3 does not hold the NHS number of the record the message carries", source=source, path="PID-3"
        )
    readable = [n for n in message.numbers("OBX") if n != carrier]
    expected = [o.signature() for o in observations(record)]
    for n, wanted in zip(readable, expected, strict=False):
        if _signature(message, n) != wanted:
            raise message.error("does not say what the record the message carries says", n)
    if len(readable) != len(expected):
        raise ReadError(
            f"has {len(readable)} readable OBX lines; the record it carries gives {len(expected)}",
            source=source,
            path="OBX",
        )
    return record
