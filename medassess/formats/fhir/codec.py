"""FHIR JSON as the format registry sees it: ``export``, ``read`` and ``sniff`` (see ``medassess.formats.registry``).

The one module that joins the writer and the reader, so neither imports the other's way back.
"""

from __future__ import annotations

import datetime as dt
import re

from ...core.limits import SNIFF_BYTES
from ...gate.settings import GateSettings
from ...record.model import Record
from .reader import read_fhir_json
from .writer import to_fhir_json


def export(
    record: Record, *, today: dt.date | None = None, settings: GateSettings | None = None, recipient: str | None = None
) -> bytes:
    """The format-registry entry point: FHIR JSON of a shareable record (addressed to ``recipient``)."""
    return to_fhir_json(record, today=today, settings=settings, recipient=recipient)


def read(content: bytes, *, source: str = "<payload>") -> Record:
    """The format-registry entry point: a record from FHIR JSON bytes."""
    return read_fhir_json(content, source=source)


_BUNDLE_TYPE = re.compile(rb'"resourceType"\s*+:\s*+"Bundle"')


def sniff(content: bytes) -> bool:
    """True for a JSON object that says it is a Bundle in its first ``SNIFF_BYTES``.

    A look at the head, not a parse, so reading parses the JSON once. FHIR JSON states the resourceType
    first, as medassess writes it; a document that claims to be a Bundle is read as one and refused with a
    reason if it is not.
    """
    head = content[:SNIFF_BYTES]
    return head.lstrip()[:1] == b"{" and _BUNDLE_TYPE.search(head) is not None
