"""One exception tree for the whole library.

    MedassessError
    ├── InputError                  unusable input: exit status 2
    │   ├── TemplateError           a template file is malformed or inconsistent
    │   ├── RecordError             a record (file, data or model) is not a valid record (also a ValueError)
    │   ├── ConfigurationError      settings, site profiles or credentials are unusable
    │   └── ReadError               an exported payload (FHIR, HL7 v2) cannot be read back
    ├── ShareGateRefused            the share gate found errors: exit status 1
    ├── UnknownRule                 no share-gate rule has that code or name (also a KeyError)
    ├── MappingError                a record cannot be expressed in a target format
    └── TransportError              delivery failed: exit status 1
        └── DeliveryRejected        the receiver answered with a definite rejection

Every error carries where it happened (``source``: a file name, ``path``: a JSON path or
segment/field location) as keyword arguments, never patient data: messages name fields,
not their values. A ``RecordError`` also lists every problem found (``problems``), each located.

The public errors are shown as ``medassess.RecordError`` (and so on) in tracebacks: that is where an
integrator imports them from, whatever module defines them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..gate.registry import Issue


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem and where it is: a message in medassess's words (never patient data, never the value found)
    and the JSON path it concerns (``$.mother.birth_date``). What a share-gate rule yields, and what a
    ``RecordError`` lists."""

    message: str
    path: str = "$"


class MedassessError(Exception):
    """Root of every error medassess raises on purpose."""

    exit_status = 2

    def __init__(self, message: str, *, source: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.path = path

    def located(self) -> str:
        """The message prefixed with its file and path, as the CLI prints it."""
        parts = [p for p in (self.source, self.path) if p]
        return ": ".join([*parts, self.message])

    def __str__(self) -> str:
        return self.located()


class InputError(MedassessError):
    """Input that cannot be used at all (exit status 2)."""


class TemplateError(InputError):
    """A template definition is malformed or internally inconsistent."""


class RecordError(InputError, ValueError):
    """A record is not a valid assessment record: a file that cannot be read as one, data that is not one, or a
    record model built (or updated) with values it does not take.

    ``problems`` lists every problem found, each with its JSON path and message, and never the value found;
    the message is the first of them (with how many more there are). It is also a ``ValueError``, as pydantic's
    ValidationError is, so code that caught what a model's constructor raised keeps working, and a record model
    built inside a pydantic validator is reported by pydantic like any other bad value."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        path: str | None = None,
        problems: Sequence[Problem] = (),
    ) -> None:
        super().__init__(message, source=source, path=path)
        self.problems: tuple[Problem, ...] = tuple(problems) or (Problem(message, path or "$"),)


class ConfigurationError(InputError):
    """Settings, a site profile or credentials are missing or malformed."""


class LedgerError(ConfigurationError):
    """The sharing ledger holds what this medassess cannot read (e.g. a transport no longer registered)."""


class ReadError(InputError):
    """An exported payload cannot be read back into a record."""


class ShareGateRefused(MedassessError):
    """The share gate found errors, so nothing was shared or written."""

    exit_status = 1

    def __init__(
        self,
        message: str,
        *,
        issues: Sequence[Issue] = (),
        source: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, source=source, path=path)
        self.issues = tuple(issues)


class UnknownRule(MedassessError, KeyError):
    """No share-gate rule has the code or name asked for. It is also a ``KeyError``, which ``get_rule`` raised
    before; the message never repeats what was asked for."""


class MappingError(MedassessError):
    """A record cannot be expressed in the requested format."""


class TransportError(MedassessError):
    """Delivery over a transport failed (exit status 1).

    ``code`` is the receiver's machine-readable answer when it gave one (an HTTP status, a MESH error code,
    an HL7 acknowledgement code): what a ledger may keep, unlike the receiver's free text.
    """

    exit_status = 1

    def __init__(
        self, message: str, *, code: str | None = None, source: str | None = None, path: str | None = None
    ) -> None:
        super().__init__(message, source=source, path=path)
        self.code = code


class DeliveryRejected(TransportError):
    """The receiver definitely rejected the message (e.g. an HL7 AE/AR acknowledgement)."""


class OutcomeUnknown(TransportError):
    """The message left but its answer was lost (a timeout or a dropped connection after sending): the
    receiver may or may not have it. Sending it again under the same message identity settles it."""


for _public in (
    MedassessError,
    InputError,
    TemplateError,
    RecordError,
    ConfigurationError,
    ReadError,
    ShareGateRefused,
    UnknownRule,
    MappingError,
    TransportError,
    DeliveryRejected,
    OutcomeUnknown,
    Problem,
):
    # Integrators import these from ``medassess``; a traceback names them there, not in this private module.
    _public.__module__ = "medassess"
