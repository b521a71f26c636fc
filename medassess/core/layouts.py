"""The layout versions of the payloads medassess writes: the one table writers, readers and
docs/compatibility.md follow.

Three layouts leave medassess: the record as JSON, the FHIR document (JSON or XML) and the HL7 v2 message. Each
has a layout version of its own, a whole number independent of the package's version. A payload carries the
version it was written in (the record's ``schema_version``, the Composition's ``layout-version`` extension, the
HL7 v2 message's MSH-21); a payload without one is layout 1, what medassess wrote before the marker existed.

Each layout version after the first lists what it added (``Addition``): either something every payload of
that version carries (layout 2 names its layout), or something only some records carry (layout 3 adds
``safeguarding.discharge_details``). A writer writes the lowest version able to carry the record
(``Layout.needed``): a record without the later additions is written exactly as before, so an earlier reader
still reads it, and one with them names the version that added them, so an earlier reader refuses it by its
layout number rather than by an unknown field. ``written`` is the newest version, the most this medassess
writes. Readers read every version from ``earliest`` to ``written``, refuse a later one with the versions they
read, never misreading it, and refuse a payload that carries an addition later than the version it names
(``Layout.beyond``, ``Layout.lacks``), located at the addition.

Adding to a layout: raise ``written``, list the addition under the new version with the predicate saying
which records carry it, keep the earlier layout's payloads as fixtures (tests/fixtures/layouts/) where the
golden files change, and say so in CHANGELOG.md (docs/compatibility.md, "Changing a layout").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the record model imports this table: the predicates only look at a record they are given
    from ..record.model import Record

__all__ = [
    "FHIR_DOCUMENT",
    "HL7V2_MESSAGE",
    "HL7V2_RECORD_LAYOUT",
    "LAYOUTS",
    "RECORD_JSON",
    "Addition",
    "Layout",
]

_SHOWN = 9999
"""The largest version a refusal names: a number found in a payload is shown only when it is a small whole
number (not patient data, but nothing arbitrary from the input is echoed either)."""


@dataclass(frozen=True)
class Addition:
    """What one layout version added to the versions before it."""

    version: int
    """The layout version that added it."""
    what: str
    """What was added, in the words docs/compatibility.md and the readers' refusals use."""
    field: str | None = None
    """The record field it carries (a JSON path below ``$``, ``safeguarding.discharge_details``), where a
    record carries it only sometimes; None where every payload of ``version`` carries it (the layout's name)."""
    carried: Callable[[Record], bool] | None = None
    """Whether a record carries it (so needs ``version``); None: every payload of ``version`` carries it."""

    def carried_by(self, record: Record) -> bool:
        """Whether ``record``, written in ``version`` or later, carries this addition."""
        return self.carried is None or self.carried(record)


@dataclass(frozen=True)
class Layout:
    """One payload's layout versions: the newest this medassess writes, the earliest it reads, and what each
    version after the first added."""

    key: str
    """Short name, as docs/compatibility.md's table gives it."""
    name: str
    """How a message names it: ``record layout``."""
    written: int
    """The newest version this medassess writes: a payload is written in the lowest version that carries its
    record (``needed``), never in a later one than this."""
    additions: tuple[Addition, ...] = ()
    """What each version from 2 to ``written`` added, at least one addition per version."""
    earliest: int = 1
    """The earliest version this medassess reads."""

    def __post_init__(self) -> None:
        if {a.version for a in self.additions} != set(range(2, self.written + 1)):
            raise ValueError(f"{self.name}: every version from 2 to {self.written} lists what it added")

    @property
    def read(self) -> range:
        """Every version this medassess reads, earliest first."""
        return range(self.earliest, self.written + 1)

    def reads(self, version: object) -> bool:
        """Whether ``version`` (as found in a payload) is a version this medassess reads."""
        return type(version) is int and version in self.read

    def needed(self, record: Record) -> int:
        """The version a payload of ``record`` is written in: the lowest that carries everything the record
        holds (and never below ``earliest``)."""
        return max([self.earliest, *(a.version for a in self.additions if a.carried_by(record))])

    def beyond(self, record: Record, version: int) -> Addition | None:
        """The first addition the record carries that ``version`` cannot carry (a field added by a later
        version), or None where a payload of ``version`` can carry the record."""
        return next(
            (a for a in self.additions if a.version > version and a.carried is not None and a.carried(record)), None
        )

    def lacks(self, addition: Addition, version: int) -> str:
        """Why a payload naming ``version`` is refused for carrying ``addition``, which a later version added
        (``was added in record layout 3 (...); a payload of record layout 2 cannot carry it``)."""
        return (
            f"was added in {self.name} {addition.version} ({addition.what}); a payload of {self.name} {version}"
            " cannot carry it"
        )

    def refusal(self, version: object) -> str:
        """Why a payload of ``version`` is refused: the version found, when it is a small whole number, and
        the versions this medassess reads (``written in record layout 4; this medassess reads 1 to 3``)."""
        span = f"{self.earliest} to {self.written}" if self.earliest < self.written else str(self.written)
        if type(version) is int and 1 <= version <= _SHOWN:
            return f"written in {self.name} {version}; this medassess reads {span}"
        return f"should be a {self.name} version, a whole number: this medassess reads {span}"


def _discharge_details(record: Record) -> bool:
    return record.safeguarding.discharge_details is not None


_DISCHARGE = "safeguarding.discharge_details"

RECORD_JSON = Layout(
    "record",
    "record layout",
    written=3,
    additions=(
        Addition(2, "the record names its layout: schema_version"),
        Addition(
            3,
            "where and with whom the baby goes on discharge: safeguarding.discharge_details",
            _DISCHARGE,
            _discharge_details,
        ),
    ),
)
"""The record as JSON (files, the record the HL7 v2 message carries). Layout 2 adds ``schema_version``; layout
3 adds ``safeguarding.discharge_details``."""
FHIR_DOCUMENT = Layout(
    "fhir",
    "FHIR document layout",
    written=3,
    additions=(
        Addition(2, "the Composition names its layout: the layout-version extension"),
        Addition(3, "the safeguarding Flag's discharge-details sub-extension", _DISCHARGE, _discharge_details),
    ),
)
"""The FHIR R4 document Bundle, JSON and XML. Layout 2 adds the Composition's ``layout-version`` extension;
layout 3 the safeguarding Flag's ``discharge-details`` sub-extension (``safeguarding.discharge_details``)."""
HL7V2_MESSAGE = Layout(
    "hl7v2",
    "HL7 v2 layout",
    written=3,
    additions=(
        Addition(2, "the message names its layout in MSH-21 and carries the record in record layout 2"),
        Addition(
            3,
            "safeguarding.discharge_details, in the record (record layout 3) and, on template 1.2.0, its own OBX",
            _DISCHARGE,
            _discharge_details,
        ),
    ),
)
"""The HL7 v2.5.1 message, MDM^T02 and ORU^R01. Layout 2 names its layout in MSH-21 and carries the record in
record layout 2; layout 3 carries ``safeguarding.discharge_details`` (the record in record layout 3, and on
template 1.2.0 the item's own OBX)."""
LAYOUTS = (RECORD_JSON, FHIR_DOCUMENT, HL7V2_MESSAGE)

HL7V2_RECORD_LAYOUT = {1: 1, 2: 2, 3: 3}
"""The record layout each HL7 v2 layout carries in its last OBX: a message is rebuilt, and written, with the
record in the record layout its HL7 v2 layout carries."""
