"""One exception tree for the whole library.

    MedassessError
    ├── InputError                  unusable input: exit status 2
    │   ├── TemplateError           a template file is malformed or inconsistent
    │   ├── RecordError             a record file cannot be read as a record
    │   ├── ConfigurationError      settings, site profiles or credentials are unusable
    │   └── ReadError               an exported payload (FHIR, HL7 v2) cannot be read back
    ├── ShareGateRefused            the share gate found errors: exit status 1
    ├── MappingError                a record cannot be expressed in a target format
    └── TransportError              delivery failed: exit status 1
        └── DeliveryRejected        the receiver answered with a definite rejection

Every error carries where it happened (``source``: a file name, ``path``: a JSON path or
segment/field location) as keyword arguments, never patient data: messages name fields,
not their values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..gate.registry import Issue


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


class RecordError(InputError):
    """A record file is not a readable assessment record."""


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
