"""Reading an HL7 v2 message that medassess exported back into the record.

The record comes from the message's last OBX (the canonical record JSON in base64, ED, see ``_hl7v2``). The
message is then checked against it: the site settings are taken from the message itself (MSH-3 to MSH-6,
MSH-11, the text value type and layout, TXA-2, the coding system names), the message that record gives under
those settings is
built again, and every segment must be the same, field for field. So PID, TXA, OBR and every readable OBX
line say exactly what the record says; a message whose readable part was edited, or that pairs one
patient's header with another's record, is refused rather than read. MSH-10 must be the identity of the
carried record version, addressed to one of its recipients or to none (``medassess.formats.identity``), so a
message whose record id or version was changed is refused too; a message exported before message identities
carries the hash of the record's content instead, and is read as before. Segment terminators may differ
(CR, CRLF or LF): an integration engine or an editor may change them without changing the message.
The layout to rebuild is chosen first, from MSH-21 (``MEDASSESS-HL7V2-LAYOUT-<n>^MEDASSESS``; empty is layout 1,
written before the layout was named): every HL7 v2 layout from ``HL7V2_MESSAGE.earliest`` on is rebuilt as it was
written, and a later one is refused at MSH-21 with the layouts this medassess reads. A message whose record
carries what a later layout than its own added (``safeguarding.discharge_details``, layout 3) is refused at the
record OBX, at that field. A message laid out otherwise
than its layout says is refused, not misread (one from a version that carried the record as TX is refused at
that OBX-2).

Errors name the segment and field (``OBX-5(#12)``: field 5 of the twelfth segment), never their content. A
segment id is echoed only when it is one medassess writes (or an acknowledgement carries): the first field of
an unknown line could be anything, so such a line is named by its number alone (``segment #12, field 3``).
"""

from __future__ import annotations

import base64
import re

from pydantic import ValidationError

from ...core.exceptions import MappingError, ReadError, RecordError
from ...core.layouts import HL7V2_MESSAGE, RECORD_JSON
from ...core.limits import Limits, check_hl7v2, too_large
from ...record.codesystems import DMD_SYSTEM, LOCAL_SYSTEM, SNOMED_SYSTEM
from ...record.io import parse_record
from ...record.model import Record
from .escape import EscapeError, unescape
from .writer import (
    CHARACTER_SET,
    HL7_VERSION,
    LAYOUT_PROFILE_NAMESPACE,
    LAYOUT_PROFILE_PREFIX,
    MESSAGE_TYPES,
    RECORD_CODE,
    RECORD_ENCAPSULATION,
    YES_NO_SYSTEM,
    SiteProfile,
    build,
    control_id,
    legacy_control_id,
    observations,
    obx_lines,
)

_SEGMENT_END = re.compile(r"\r\n|\r|\n")
_PROFILE_FIELDS = {
    "message": "MSH-9",
    "sending_application": "MSH-3",
    "sending_facility": "MSH-4",
    "receiving_application": "MSH-5",
    "receiving_facility": "MSH-6",
    "processing_id": "MSH-11",
    "text_value_type": "OBX-2",
    "text_layout": "OBX-4",
    "document_type": "TXA-2",
    "coding_systems": "CWE-3",
}
_SEGMENT_IDS = frozenset({"MSH", "EVN", "PID", "PV1", "TXA", "OBR", "OBX", "NTE", "MSA", "ERR"})
"""The segment ids a message may echo: those medassess writes, and those of an acknowledgement."""
_PARAGRAPH = re.compile(r"^(?:[a-z]\d+\.)?\d+$")
"""OBX-4 of a line of a text sent a paragraph per line (``a1.2``, ``2``); no other line's sub-id looks so."""
_SYSTEM_KEYS = {"snomed": SNOMED_SYSTEM, "dmd": DMD_SYSTEM, "local": LOCAL_SYSTEM, "yes_no": YES_NO_SYSTEM}
_LAYOUT_PROFILE = re.compile(
    re.escape(LAYOUT_PROFILE_PREFIX) + r"([1-9][0-9]{0,3})\^" + re.escape(LAYOUT_PROFILE_NAMESPACE)
)
"""MSH-21 naming a medassess HL7 v2 layout (up to 9999: a longer number is not one medassess could have written)."""


class _Message:
    """A message split into segments and fields; ``field(n, k)`` is field k of segment n (1-based)."""

    def __init__(self, content: bytes, source: str) -> None:
        self.source = source
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            segment = len(_SEGMENT_END.findall(content[: exc.start].decode("utf-8", errors="replace"))) + 1
            raise ReadError(
                "is not UTF-8 text (medassess messages are UTF-8, MSH-18)", source=source, path=f"segment #{segment}"
            ) from None
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

    def component(self, n: int, k: int, c: int) -> str:
        parts = self.field(n, k).split("^")
        try:
            return unescape(parts[c - 1]) if c <= len(parts) else ""
        except EscapeError as exc:
            raise self.error(f"holds {exc}", n, k) from None

    def error(self, message: str, n: int, k: int = 0) -> ReadError:
        return ReadError(message, source=self.source, path=self.where(n, k))

    def where(self, n: int, k: int = 0) -> str:
        """``OBX-5(#12)``, or ``segment #12, field 5`` for a segment id medassess does not write."""
        name = self.segments[n - 1][0]
        if name not in _SEGMENT_IDS:
            return f"segment #{n}, field {k}" if k else f"segment #{n}"
        return f"{name}-{k}(#{n})" if k else f"{name}(#{n})"

    def numbers(self, name: str) -> list[int]:
        return [n for n, fields in enumerate(self.segments, 1) if fields[0] == name]


def _embedded_record(message: _Message, limits: Limits) -> tuple[int, Record]:
    carriers = [n for n in message.numbers("OBX") if message.component(n, 3, 1) == RECORD_CODE[0]]
    if len(carriers) != 1:
        raise ReadError(
            f"expected one OBX carrying the medassess record ({RECORD_CODE[0]}), found {len(carriers)}",
            source=message.source,
            path="OBX",
        )
    n = carriers[0]
    if message.field(n, 2) != "ED":
        # Before ED, medassess carried the record as TX repetitions; such a message is refused, not misread.
        raise message.error(
            "should be ED (the record in base64); read a message that carries it otherwise with "
            "the medassess version that wrote it",
            n,
            2,
        )
    *encapsulation, data = message.field(n, 5).split("^", len(RECORD_ENCAPSULATION))
    if tuple(encapsulation) != RECORD_ENCAPSULATION:
        raise message.error(f"should be {'^'.join(RECORD_ENCAPSULATION)}^ and the record in base64", n, 5)
    try:
        content = base64.b64decode(data, validate=True)
    except ValueError:  # binascii.Error for bad base64; a plain ValueError for characters outside ASCII
        raise message.error("does not hold its data in base64", n, 5) from None
    try:
        return n, parse_record(content, source=message.source, limits=limits)
    except RecordError as exc:
        path = f"OBX-5(#{n})" + (f" {exc.path}" if exc.path else "")
        raise ReadError(exc.message, source=message.source, path=path) from None


def _site_profile(message: _Message, carrier: int, record: Record) -> SiteProfile:
    """The site settings the message was written with, as far as the message shows them."""
    mdm = message.field(1, 9) == MESSAGE_TYPES["MDM^T02"]
    names = {LOCAL_SYSTEM: message.component(carrier, 3, 3)}
    text_types = []
    numbers = message.numbers("OBX")
    # Only a line of a text sent a paragraph per line has a sub-id of a number (after its group and a dot).
    layout = "paragraphs" if any(_PARAGRAPH.match(message.field(n, 4)) for n in numbers) else "whole"
    for observation, n in zip(obx_lines(observations(record), layout), numbers, strict=False):
        names.setdefault(observation.code[2], message.component(n, 3, 3))
        if isinstance(observation.value, tuple) and observation.value[0]:
            names.setdefault(observation.value[2], message.component(n, 5, 3))
        if observation.kind == "text":
            text_types.append(message.field(n, 2))
    if not mdm and message.numbers("OBR"):
        names.setdefault(SNOMED_SYSTEM, message.component(message.numbers("OBR")[0], 4, 3))
    txa = message.numbers("TXA")
    settings = {
        "message": "MDM^T02" if mdm else "ORU^R01",
        "sending_application": message.component(1, 3, 1),
        "sending_facility": message.component(1, 4, 1),
        "receiving_application": message.component(1, 5, 1),
        "receiving_facility": message.component(1, 6, 1),
        "processing_id": message.field(1, 11),
        "coding_systems": {key: names[uri] for key, uri in _SYSTEM_KEYS.items() if uri in names},
        **({"text_value_type": text_types[0]} if text_types else {}),
        **({"text_layout": layout} if text_types else {}),
        **({"document_type": message.field(txa[0], 2)} if mdm and txa else {}),
    }
    try:
        return SiteProfile.model_validate(settings)
    except ValidationError as exc:
        key = str(exc.errors(include_input=False, include_url=False)[0]["loc"][0])
        raise ReadError(
            "holds a value no site profile allows", source=message.source, path=_PROFILE_FIELDS[key]
        ) from None


def _layout(message: _Message) -> int:
    """The HL7 v2 layout the message names in MSH-21 (empty: layout 1, written before the layout was named),
    chosen before anything else is read, since the layout decides what the rest must be."""
    profile = message.field(1, 21)
    if not profile:
        return 1
    named = _LAYOUT_PROFILE.fullmatch(profile)
    if named is None:
        raise message.error(
            f"should name a medassess HL7 v2 layout ({LAYOUT_PROFILE_PREFIX}<n>^{LAYOUT_PROFILE_NAMESPACE}) or be"
            f" empty (layout 1); this medassess reads layouts {HL7V2_MESSAGE.earliest} to {HL7V2_MESSAGE.written}",
            1,
            21,
        )
    layout = int(named.group(1))
    if not HL7V2_MESSAGE.reads(layout):
        raise message.error(HL7V2_MESSAGE.refusal(layout), 1, 21)
    return layout


def _first_difference(received: list[str], expected: list[str]) -> int:
    for k, (got, want) in enumerate(zip(received, expected, strict=False)):
        if got != want:
            return k
    return min(len(received), len(expected))


def _identities(record: Record) -> set[str]:
    """The control ids a message carrying this record version may have: addressed to one of its recipients,
    unaddressed, or (exported before message identities) the hash of the record's content."""
    ids = {control_id(record, r.id) for r in record.recipients} | {control_id(record)}
    # Messages before message identities were layout 1: a record that layout cannot carry has no such id.
    return ids | ({legacy_control_id(record)} if RECORD_JSON.beyond(record, 1) is None else set())


def read_hl7v2(content: bytes, *, source: str = "<hl7v2>", limits: Limits | None = None) -> Record:
    """The record an exported HL7 v2 message carries, after checking the message is exactly what that
    record gives (see the module docstring). The message is checked against ``limits`` (default:
    ``Limits.from_environment()``) before it is decoded."""
    limits = limits or Limits.from_environment()
    if len(content) > limits.payload_bytes:
        raise ReadError(too_large("payload_bytes", limits.payload_bytes), source=source)
    check_hl7v2(content, limits, source=source, error=ReadError)
    message = _Message(content, source)
    if message.field(1, 9) not in MESSAGE_TYPES.values():
        raise message.error(f"is not one of {', '.join(MESSAGE_TYPES.values())}", 1, 9)
    for k, required in ((12, HL7_VERSION), (18, CHARACTER_SET)):
        if message.field(1, k) != required:
            raise message.error(f"should be {required}", 1, k)
    layout = _layout(message)
    carrier, record = _embedded_record(message, limits)
    later = HL7V2_MESSAGE.beyond(record, layout)
    if later is not None:
        # Found here only for layout 1, whose record names no layout: a later record layout than the message's
        # is refused by the record's own reader, or rebuilt differently.
        raise ReadError(HL7V2_MESSAGE.lacks(later, layout), source=source, path=f"OBX-5(#{carrier}) $.{later.field}")
    identity = message.field(1, 10)
    if identity not in _identities(record):
        raise message.error("is not the control id of the record version the message carries", 1, 10)
    try:
        expected = _Message(
            build(record, _site_profile(message, carrier, record), message_control_id=identity, layout=layout),
            source,
        )
    except MappingError as exc:
        # The record is valid but has no HL7 v2 form (a code system the message names no CWE-3 for): it cannot
        # be what medassess wrote, so the message is refused where the record is.
        raise message.error(f"carries a record HL7 v2 cannot express: {exc.message}", carrier, 5) from None
    for n, (got, want) in enumerate(zip(message.segments, expected.segments, strict=False), 1):
        if got != want:
            raise message.error("is not what the record the message carries gives", n, _first_difference(got, want))
    if len(message.segments) != len(expected.segments):
        raise ReadError(
            f"has {len(message.segments)} segments; the record it carries gives {len(expected.segments)}",
            source=source,
            path="OBX",
        )
    return record
