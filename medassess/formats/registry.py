"""The payload formats a record can be exported to and read back from.

Each format module provides ``export(record: Record, *, today, settings, recipient) -> bytes`` (after the
share gate, as of ``today`` with the gate's ``settings``, addressed to one of the record's recipients or to
none), ``read(content: bytes, *, source: str) -> Record`` and ``sniff(content: bytes) -> bool`` (does this
content look like this format?). The registry names the module so the CLI and the share orchestration stay
independent of any one format.

A sniffer looks at no more than the first ``SNIFF_BYTES`` (``medassess.core.limits``) of the content, in time
linear in them, and parses nothing: the reader then parses the content once.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from dataclasses import dataclass
from types import ModuleType

from ..core.exceptions import ConfigurationError, ReadError
from ..gate.settings import GateSettings
from ..record.model import Record


@dataclass(frozen=True)  # no slots: the module is cached on the instance (cached_property)
class Format:
    """A registered payload format."""

    name: str
    suffix: str
    media_type: str
    module: str

    @functools.cached_property
    def _impl(self) -> ModuleType:
        return importlib.import_module(self.module, __package__)

    def export(
        self,
        record: Record,
        *,
        today: dt.date | None = None,
        settings: GateSettings | None = None,
        recipient: str | None = None,
    ) -> bytes:
        """The record in this format, after the share gate as of ``today`` with ``settings``; addressed to the
        record's recipient ``recipient`` when given (its message identities, see ``medassess.formats.identity``)."""
        result: bytes = self._impl.export(record, today=today, settings=settings, recipient=recipient)
        return result

    def read(self, content: bytes, *, source: str = "<payload>") -> Record:
        result: Record = self._impl.read(content, source=source)
        return result

    def sniff(self, content: bytes) -> bool:
        return bool(self._impl.sniff(content))


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> None:
    FORMATS[fmt.name] = fmt


def get_format(name: str) -> Format:
    """A format by name (``fhir-json``, ``fhir-xml``, ``hl7v2``)."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ConfigurationError(f"unknown format {name!r}; expected one of {', '.join(FORMATS)}") from None


def detect_format(content: bytes, *, source: str = "<payload>") -> Format:
    """The format whose sniffer recognises ``content``."""
    for fmt in FORMATS.values():
        if fmt.sniff(content):
            return fmt
    raise ReadError(f"not a recognised export format (expected one of {', '.join(FORMATS)})", source=source)


# Formats, in the order detection tries them. Each line names the module that implements it.
register(Format("fhir-json", ".json", "application/fhir+json", ".fhir.codec"))
register(Format("fhir-xml", ".xml", "application/fhir+xml", ".fhir.xml"))
register(Format("hl7v2", ".hl7", "x-application/hl7-v2+er7", ".hl7v2.codec"))
