"""What every transport is: the :class:`Transport` protocol, the :class:`Parcel` it delivers and the typed
outcomes it returns.

A transport delivers one payload to the receiver a recipient's route names and says what happened as a
value: :class:`Sent` (the receiver holds it; ``acknowledged`` when that answer also acknowledges it),
:class:`Unknown` (it left and the answer was lost), :class:`Failed` (it did not arrive, or the receiver
refused it: ``rejected``). The sharer (``medassess.sharing.share``) records the attempt in the ledger before
calling :meth:`Transport.deliver` and the outcome after; a transport never sees the ledger or a format.

Each outcome carries two texts: ``detail``, the ledger's account, in medassess's own words plus the
receiver's machine code only (an HTTP status, a MESH error code, an HL7 acknowledgement code), and
``message``, for the person sharing, which may include the receiver's own (masked) error text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

if TYPE_CHECKING:
    from .fhir_rest import FhirClient
    from .mesh import MeshTransport


@dataclass(frozen=True, slots=True)
class Parcel:
    """One payload for one recipient, with the identities a resend repeats."""

    payload: bytes
    local_id: str
    """The delivery's stable identity (record id, version, recipient): a resend carries the same one."""
    media_type: str
    subject: str
    """Says what the payload is, never whom it is about."""
    suffix: str = ""
    """The format's file name suffix (``.json``), for a transport that writes files."""


@dataclass(frozen=True, slots=True)
class Sent:
    """The receiver (or the system that holds it for the recipient) has the payload."""

    message_id: str | None
    detail: str | None = None
    acknowledged: str | None = None
    """When the same answer acknowledges it: the ledger's account of the acknowledgement."""


@dataclass(frozen=True, slots=True)
class Unknown:
    """The payload left and no definite answer came back: the next share settles it."""

    detail: str
    message: str | None = None
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    """The payload did not arrive (worth retrying), or the receiver refused it (``rejected``)."""

    detail: str
    message: str | None = None
    rejected: bool = False
    message_id: str | None = None
    attempted: bool = True
    """False when nothing was tried (the transport is not configured): no payload left."""


Outcome = Sent | Unknown | Failed


class MllpOptions(Protocol):
    """One MLLP receiver's timeout, resends and back-off (``medassess.sharing.config.MllpRouteSettings``)."""

    @property
    def timeout(self) -> float: ...
    @property
    def retries(self) -> int: ...
    @property
    def backoff(self) -> float: ...


@dataclass(frozen=True)
class Links:
    """What a share has to reach receivers with: the site's connections and the person's confirmations."""

    mesh: MeshTransport | None = None
    fhir: Mapping[str, FhirClient] = field(default_factory=dict)
    """FHIR clients by base URL, without a trailing slash."""
    mllp: Callable[[str, int], MllpOptions] | None = None
    """One MLLP receiver's options by host and port (the site's); without them, the MLLP client's defaults."""
    record_manual: bool = False
    """The person sharing confirms that hand-overs outside any system happened."""


class Transport(Protocol):
    """One way of getting payload bytes to a receiver, registered by its route kind
    (:func:`medassess.transports.registry.register`)."""

    @property
    def kind(self) -> str:
        """The route's ``kind`` in a record and the ledger's ``transport`` column."""
        ...

    @property
    def route_model(self) -> type[BaseModel]:
        """The record's route model this transport accepts."""
        ...

    @property
    def fixed_format(self) -> tuple[str, str] | None:
        """The one format this transport carries and the words that say so, or None when the site chooses."""
        ...

    @property
    def hand_over(self) -> bool:
        """Whether a person hands the payload over outside any system: the attempt stays ``pending`` until
        they confirm it (``Links.record_manual``), and it is never sent again by force."""
        ...

    def wire_bytes(self, payload: bytes) -> bytes:
        """The bytes this transport puts on the wire for a payload, so the ledger's hash is of them."""
        ...

    def describe_route(self, route: Any) -> str:
        """The route in words for messages: its address only, nothing about the patient."""
        ...

    def deliver(self, route: Any, parcel: Parcel, links: Links) -> Outcome:
        """Deliver one payload over ``route``; the outcome is a value, never parsed from message text."""
        ...


class Defaults:
    """What most transports share: the site chooses the format, the payload goes as it is, and a system (not
    a person) delivers it. A transport may subclass this and set ``kind`` and ``route_model`` only."""

    fixed_format: tuple[str, str] | None = None
    hand_over = False

    def wire_bytes(self, payload: bytes) -> bytes:
        return payload
