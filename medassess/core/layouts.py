"""The layout versions of the payloads medassess writes: the one table writers, readers and
docs/compatibility.md follow.

Three layouts leave medassess: the record as JSON, the FHIR document (JSON or XML) and the HL7 v2 message. Each
has a layout version of its own, a whole number independent of the package's version. A payload carries the
version it was written in (the record's ``schema_version``, the Composition's ``layout-version`` extension, the
HL7 v2 message's MSH-21); a payload without one is layout 1, what medassess wrote before the marker existed.
Writers write ``written``; readers read every version from ``earliest`` to ``written`` and refuse a later one
with the versions they read, never misreading it. Raising ``written`` is a layout change: keep the earlier
layout's golden files as fixtures (tests/fixtures/layouts/) and say so in CHANGELOG.md.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FHIR_DOCUMENT", "HL7V2_MESSAGE", "HL7V2_RECORD_LAYOUT", "LAYOUTS", "RECORD_JSON", "Layout"]

_SHOWN = 9999
"""The largest version a refusal names: a number found in a payload is shown only when it is a small whole
number (not patient data, but nothing arbitrary from the input is echoed either)."""


@dataclass(frozen=True)
class Layout:
    """One payload's layout versions: the version this medassess writes and the earliest it reads."""

    key: str
    """Short name, as docs/compatibility.md's table gives it."""
    name: str
    """How a message names it: ``record layout``."""
    written: int
    """The version every payload this medassess writes carries."""
    earliest: int = 1
    """The earliest version this medassess reads."""

    @property
    def read(self) -> range:
        """Every version this medassess reads, earliest first."""
        return range(self.earliest, self.written + 1)

    def reads(self, version: object) -> bool:
        """Whether ``version`` (as found in a payload) is a version this medassess reads."""
        return type(version) is int and version in self.read

    def refusal(self, version: object) -> str:
        """Why a payload of ``version`` is refused: the version found, when it is a small whole number, and
        the versions this medassess reads (``written in record layout 3; this medassess reads 1 to 2``)."""
        span = f"{self.earliest} to {self.written}" if self.earliest < self.written else str(self.written)
        if type(version) is int and 1 <= version <= _SHOWN:
            return f"written in {self.name} {version}; this medassess reads {span}"
        return f"should be a {self.name} version, a whole number: this medassess reads {span}"


RECORD_JSON = Layout("record", "record layout", written=2)
"""The record as JSON (files, the record the HL7 v2 message carries). Layout 2 adds ``schema_version``."""
FHIR_DOCUMENT = Layout("fhir", "FHIR document layout", written=2)
"""The FHIR R4 document Bundle, JSON and XML. Layout 2 adds the Composition's ``layout-version`` extension."""
HL7V2_MESSAGE = Layout("hl7v2", "HL7 v2 layout", written=2)
"""The HL7 v2.5.1 message, MDM^T02 and ORU^R01. Layout 2 names its layout in MSH-21 and carries the record in
record layout 2."""
LAYOUTS = (RECORD_JSON, FHIR_DOCUMENT, HL7V2_MESSAGE)

HL7V2_RECORD_LAYOUT = {1: 1, 2: 2}
"""The record layout each HL7 v2 layout carries in its last OBX: rebuilding a message of an earlier HL7 v2
layout writes the record in the record layout that message carried."""
