"""HL7 v2 as the format registry sees it: ``export``, ``read`` and ``sniff`` (see ``medassess.formats.registry``).

The one module that joins the writer and the reader, so neither imports the other's way back.
"""

from __future__ import annotations

import datetime as dt

from ...gate.settings import GateSettings
from ...record.model import Record
from .reader import record_from_hl7v2
from .writer import to_hl7v2


def export(
    record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None, recipient: str | None = None
) -> bytes:
    """The payload-format entry point: the site profile from ``MEDASSESS_HL7V2_PROFILE`` or the default."""
    return to_hl7v2(record, today=today, settings=settings, recipient=recipient)


def read(content: bytes, *, source: str = "<hl7v2>") -> Record:
    """The payload-format entry point for reading a message back (see ``record_from_hl7v2``)."""
    return record_from_hl7v2(content, source=source)


def sniff(content: bytes) -> bool:
    """An HL7 v2 message starts with its MSH segment."""
    return content.startswith(b"MSH")
