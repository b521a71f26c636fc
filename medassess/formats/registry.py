"""The payload formats a record can be exported to and read back from.

Each format names three functions, each as ``module:function`` (the module relative to this package): a writer
``(subject: Shareable | Record, *, today, settings, recipient, **options) -> bytes`` (from a record that has
passed the share gate, judged once: a ``Shareable`` is taken as it is, a ``Record`` is judged as of ``today``
with the gate's ``settings``; addressed to one of the record's recipients or to none; ``options`` are the
format's own, such as the HL7 v2 site profile, given per recipient by the site configuration), a reader
``(content: bytes, *, source: str) -> Record`` and a sniffer ``(content: bytes) -> bool`` (does this content
look like this format?). The registry names them, and imports a format's modules only when it is used, so
the CLI and the share orchestration stay independent of any one format, and no format imports the registry.

Two kinds are registered. ``FORMATS`` are the payloads a record is shared as: a recipient's ``format`` names
one, ``share`` makes them, ``read`` reads them back. ``EXCHANGES`` are the payloads of a live exchange with a
maternity system (BadgerNet Spine style: find the pregnancy, then write against it), which ``export`` writes
but no recipient is sent: they are write-only (no reader, no sniffer), and the write takes an input that is
per record, not per site (``per_record``), which the caller gives on each export.

A sniffer looks at no more than the first ``SNIFF_BYTES`` (``medassess.core.limits``) of the content, in time
linear in them, and parses nothing: the reader then parses the content once.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.exceptions import ConfigurationError, ReadError
from ..gate.engine import Shareable
from ..gate.settings import GateSettings
from ..record.model import Record


@functools.cache
def _load(spec: str) -> Callable[..., Any]:
    """The function a ``module:function`` spec names, the module relative to this package (imported on first use,
    so a format costs nothing until it is used)."""
    module, _, name = spec.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module, __package__), name)
    return function


@dataclass(frozen=True, slots=True)
class Format:
    """A registered payload format: its writer, reader and sniffer, each as ``module:function``; ``drafts``
    when it can carry a preliminary draft for review, marked so a receiver cannot take it for the record."""

    name: str
    suffix: str
    media_type: str
    writer: str
    reader: str | None
    """None: written, never read back (``read`` refuses it, ``detect_format`` never offers it)."""
    sniffer: str | None
    drafts: bool = False
    options: str | None = None
    """``module:function`` reading this format's options from the site configuration's ``[formats.<name>]``
    table: ``(table, *, base: Path, source: str, where: str) -> dict`` of writer keyword arguments, refusing
    what it does not take with a located ConfigurationError. None: the format takes no options."""
    recipients: bool = True
    """A recipient may be sent it (a recipient's ``format``, the site's format for a role). False: read back and
    exported, never shared (a QuestionnaireResponse opens a form; it is not a payload a receiver files)."""
    per_record: tuple[str, ...] = ()
    """Writer keyword arguments the caller gives with each export rather than the site configuration, since
    they belong to one record or one exchange (the pregnancy's Patient id a write is made against, the
    break-glass reason of a lookup); the writer says which it cannot do without."""

    def export(
        self,
        subject: Shareable | Record,
        *,
        today: dt.date | None = None,
        settings: GateSettings | None = None,
        recipient: str | None = None,
        preliminary: bool = False,
        options: dict[str, Any] | None = None,
    ) -> bytes:
        """The record in this format, from a record that has passed the share gate (a ``Shareable`` as it is,
        or a ``Record`` judged once, as of ``today`` with ``settings``); addressed to the record's recipient
        ``recipient`` when given (its message identities, see ``medassess.formats.identity``). ``preliminary``
        writes a draft for review without the gate, in a format that carries ``drafts`` only; ``options`` are
        the format's own (the HL7 v2 ``profile``)."""
        extra = dict(options or {})
        if preliminary:
            if not self.drafts:
                raise ConfigurationError(f"a preliminary (draft) is not made as {self.name}", path="preliminary")
            extra["preliminary"] = True
        result: bytes = _load(self.writer)(subject, today=today, settings=settings, recipient=recipient, **extra)
        return result

    def read_options(self, table: Mapping[str, Any], *, base: Path, source: str, where: str) -> dict[str, Any]:
        """This format's writer options from a site configuration table (paths in it relative to ``base``)."""
        if self.options is None:
            raise ConfigurationError(f"{self.name} takes no options", source=source, path=where)
        result: dict[str, Any] = _load(self.options)(table, base=base, source=source, where=where)
        return result

    def read(self, content: bytes, *, source: str = "<payload>") -> Record:
        if self.reader is None:
            raise ReadError(f"{self.name} is written for a maternity system, never read back", source=source)
        result: Record = _load(self.reader)(content, source=source)
        return result

    def sniff(self, content: bytes) -> bool:
        return self.sniffer is not None and bool(_load(self.sniffer)(content))


FORMATS: dict[str, Format] = {}
"""The payloads a record is shared as (a recipient's ``format``), in the order detection tries them."""
EXCHANGES: dict[str, Format] = {}
"""The write-only payloads of a live exchange with a maternity system, which ``export`` writes."""


def register(fmt: Format, *, exchange: bool = False) -> None:
    """Register a format; ``exchange`` for a write-only payload of a live exchange (``EXCHANGES``)."""
    if exchange != (fmt.reader is None and fmt.sniffer is None):
        raise ValueError(f"{fmt.name}: an exchange payload has no reader and no sniffer, and a shared format has both")
    (EXCHANGES if exchange else FORMATS)[fmt.name] = fmt


def get_format(name: str) -> Format:
    """A format a record is shared as, by name (``fhir-json``, ``fhir-xml``, ``hl7v2``)."""
    fmt = FORMATS.get(name)
    if fmt is None or not fmt.recipients:
        shared = ", ".join(n for n, f in FORMATS.items() if f.recipients)
        raise ConfigurationError(f"unknown format {name!r}; expected one of {shared}")
    return fmt


def export_format(name: str) -> Format:
    """A format ``export`` writes, by name: one a record is shared as, or an exchange payload (``badgernet-find``,
    ``badgernet-write``)."""
    try:
        return FORMATS.get(name) or EXCHANGES[name]
    except KeyError:
        known = ", ".join([*FORMATS, *EXCHANGES])
        raise ConfigurationError(f"unknown format {name!r}; expected one of {known}") from None


def detect_format(content: bytes, *, source: str = "<payload>") -> Format:
    """The format whose sniffer recognises ``content`` (only formats that are read back have one)."""
    for fmt in FORMATS.values():
        if fmt.sniff(content):
            return fmt
    raise ReadError(f"not a recognised export format (expected one of {', '.join(FORMATS)})", source=source)


def read_export(content: bytes, *, source: str = "<payload>") -> Record:
    """The record an exported payload carries, whatever format it is in (FHIR JSON, FHIR XML, HL7 v2 or a
    QuestionnaireResponse that names its patient and record, as medassess writes one): the
    format is recognised from the content (``ReadError`` when none is), then read and checked as that format's
    reader does, within ``Limits.from_environment()``."""
    return detect_format(content, source=source).read(content, source=source)


# Formats, in the order detection tries them. Each line names the functions that implement it.
register(
    Format(
        "fhir-json",
        ".json",
        "application/fhir+json",
        writer=".fhir.writer:to_fhir_json",
        reader=".fhir.reader:read_fhir_json",
        sniffer=".fhir.writer:sniff",
        drafts=True,
    )
)
register(
    Format(
        "fhir-xml",
        ".xml",
        "application/fhir+xml",
        writer=".fhir.xml:to_fhir_xml",
        reader=".fhir.xml:read_fhir_xml",
        sniffer=".fhir.xml:sniff",
        drafts=True,
    )
)
register(
    Format(
        "hl7v2",
        ".hl7",
        "x-application/hl7-v2+er7",
        writer=".hl7v2.writer:to_hl7v2",
        reader=".hl7v2.reader:read_hl7v2",
        sniffer=".hl7v2.writer:sniff",
        options=".hl7v2.writer:site_options",
    )
)

register(
    Format(
        "questionnaire-response",
        ".questionnaire-response.json",
        "application/fhir+json",
        writer=".questionnaire.response:questionnaire_response_json",
        reader=".questionnaire.response:read_questionnaire_response",
        sniffer=".questionnaire.response:sniff",
        drafts=True,
        recipients=False,
    )
)

# Exchange payloads: written, never read back (see the module docstring).
register(
    Format(
        "badgernet-find",
        ".find-pregnancy.json",
        "application/fhir+json",
        writer=".badgernet.payloads:find_pregnancy_json",
        reader=None,
        sniffer=None,
        per_record=("break_glass_reason",),
    ),
    exchange=True,
)
register(
    Format(
        "badgernet-write",
        ".pregnancy-write.json",
        "application/fhir+json",
        writer=".badgernet.payloads:pregnancy_write_json",
        reader=None,
        sniffer=None,
        per_record=("pregnancy_patient_id",),
    ),
    exchange=True,
)
