"""Sharing a record with everyone who must have it, and proving it in the ledger.

:func:`share_record` runs the share gate, builds each recipient's payload (all of them, before anything is
sent, so a mapping problem never leaves a share half done), and delivers each over the recipient's route.
Each payload is addressed to its recipient: its message identities (MESH local id, HL7 v2 MSH-10, FHIR
Bundle.identifier) are made from the record id, version and recipient id only (``medassess.formats.identity``), so
a resend is recognisably the same delivery and two recipients' copies never look alike.

Every recipient in the record is required: sharing is done only when each has the payload. Per route:

- ``mesh``: one MESH message (see :mod:`medassess.transports.mesh`); ``sent`` once MESH accepted it, ``acknowledged``
  once tracking says the recipient downloaded it.
- ``mllp``: an HL7 v2 message to the receiver; its ``AA`` both delivers and acknowledges. Timeouts, resends
  and back-off come from the site's ``[mllp]`` settings for that route.
- ``fhir``: the FHIR document Bundle is POSTed to ``[base_url]/Bundle`` as a conditional create on its
  identifier (``If-None-Exist``); the server storing it, or answering that it already holds it, both
  delivers and acknowledges.
- ``manual``: a hand-over outside any system (a letter at discharge). It is recorded as ``pending``
  until the person sharing confirms it happened (``record_manual=True``, ``--record-manual``).

Sharing again settles what is open and sends nobody what they have. A delivery already ``acknowledged`` (or
``sent``: MESH holds it for the recipient) for this record version is not sent again unless ``force=True``;
a forced resend is a new attempt whose outcome is recorded beside the acknowledgement, never over it. Each
attempt is committed to the ledger as ``pending`` before the payload leaves, and its outcome after: an
attempt whose payload left but whose answer was lost is ``unknown``, and the next share sends it again
under the same identities. For FHIR that can never make a second copy (the conditional create finds the
first); for MLLP and MESH the receiver may get a second copy, which carries the same MSH-10 or local id.

The ledger's ``detail`` holds only words written here plus the receiver's machine code (an HTTP status, a
MESH error code, an HL7 acknowledgement code): a receiver's own error text may quote the patient, so it
goes to the person sharing (:attr:`ShareOutcome.detail`) and never into the ledger file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.exceptions import ConfigurationError, TransportError
from ..core.killpoints import kill_point
from ..formats.identity import mesh_local_id
from ..formats.registry import Format, get_format
from ..gate.engine import Shareable, passed
from ..gate.settings import GateSettings, shipped_settings
from ..record.model import MeshRoute, Recipient, Record, Route
from ..transports.base import Failed, Links, Outcome, Parcel, Sent, Transport, Unknown
from ..transports.fhir_rest import FhirClient
from ..transports.mesh import MeshTransport
from ..transports.mllp import DeliveryResult, mllp_outcome
from ..transports.registry import kinds, transport_for
from .config import MllpSettings, ShareSettings
from .ledger import Delivery, Ledger

SUBJECT = "Perinatal medication assessment"
"""The MESH subject: says what the message is, never whom it is about."""

SETTLES = "the next share settles it"


@dataclass(frozen=True, slots=True)
class ShareOutcome:
    """Where one recipient stands after a share."""

    record_id: str
    record_version: int
    recipient_id: str
    recipient_role: str
    transport: str | None
    format: str | None
    status: str
    """A ledger status (``pending``, ``sent``, ``acknowledged``, ``unknown``, ``failed``, ``rejected``), or
    ``not-sent`` when nothing could be attempted (no route)."""
    message_id: str | None
    detail: str | None
    """For the person sharing: may include the receiver's own error text, which the ledger never keeps."""
    sent_now: bool = False
    """Whether this share sent the payload (an attempt whose payload may have left), rather than finding the
    delivery settled already."""
    attempt_outcome: str | None = None
    """How this share's own attempt ended (a ledger status: ``acknowledged``, ``rejected``, ...), which can
    differ from ``status`` (a forced resend of an acknowledged delivery that is rejected as a duplicate);
    None when this share recorded no attempt (the delivery was settled already, or there is no route)."""

    @property
    def delivered(self) -> bool:
        return self.status in ("sent", "acknowledged")


@dataclass(frozen=True, slots=True)
class Target:
    """One delivery a share makes: to whom (an id and a role), over which route, in which format.

    A share's targets are the record's recipients (:meth:`of`), or a chosen few of them, or a receiver the
    record does not name (``medassess send`` to an MLLP address): that one gets the record version's
    unaddressed payload (``addressed=False``), since no recipient id of the record belongs in its identities.
    """

    recipient_id: str
    recipient_role: str
    route: Route | None
    format: str | None = None
    """The recipient's own format, if the record gives one; else the site's choice for its role."""
    addressed: bool = True
    """Whether the payload's identities (MSH-10, Bundle.identifier, MESH local id) carry the recipient id."""
    index: int | None = None
    """The recipient's position in the record, for a located error; None for a receiver it does not name."""

    @classmethod
    def of(cls, recipient: Recipient, index: int | None = None) -> Target:
        """A recipient the record names, addressed to it."""
        return cls(recipient.id, recipient.role, recipient.route, recipient.format, index=index)


@dataclass(frozen=True, slots=True)
class _Planned:
    target: Target
    route: Route
    format: Format
    payload: bytes
    sha256: str
    local_id: str


@dataclass(frozen=True)
class SharePlan:
    """A record the share gate passed, with every target's payload built and nothing yet sent
    (:func:`plan_share`); :func:`deliver_share` sends it."""

    shareable: Shareable
    deliveries: tuple[tuple[Target, _Planned | None], ...]
    """Each target with its payload, in order; None for a target without a route."""

    @property
    def record(self) -> Record:
        return self.shareable.record


def local_id(record: Record, recipient: Recipient | str) -> str:
    """The id a delivery carries in MESH and the ledger: record id, version and recipient (or recipient
    id), so a resend is recognisable (``medassess.formats.identity.mesh_local_id``)."""
    recipient_id = recipient if isinstance(recipient, str) else recipient.id
    return mesh_local_id(record.record_id, record.version, recipient_id)


def gate_settings_for(site: ShareSettings, gate_settings: GateSettings | None = None) -> GateSettings:
    """The gate's settings for a share from this site: a test site (``local_receivers``) accepts routes to
    this machine."""
    chosen = gate_settings or shipped_settings()
    return dataclasses.replace(chosen, local_endpoints=True) if site.local_receivers else chosen


def share_record(
    subject: Shareable | Record,
    *,
    ledger: Ledger,
    mesh: MeshTransport | None = None,
    fhir: Mapping[str, FhirClient] | None = None,
    settings: ShareSettings | None = None,
    mllp: MllpSettings | None = None,
    gate_settings: GateSettings | None = None,
    today: dt.date | None = None,
    format_options: Callable[[str, str], dict[str, Any]] | None = None,
    record_manual: bool = False,
    force: bool = False,
    source: str | None = None,
    on_outcome: Callable[[ShareOutcome], None] | None = None,
) -> list[ShareOutcome]:
    """Share one record with every recipient; returns one outcome per recipient, in record order.

    ``subject`` is a :class:`Shareable` (the gate's verdict, taken as it is) or a :class:`Record`, which the
    gate judges here, once, as of ``today`` (default: the system date) with ``gate_settings`` (default: the
    shipped settings, accepting routes to this machine on a test site); every payload is made from that one
    verdict. ``format_options(format, role)`` gives a format's options for a recipient (default: none, so
    HL7 v2 uses the shipped profile; :meth:`SiteConfig.format_options` gives the site's).

    ``fhir`` maps a FHIR server's base URL to the client that reaches it (see
    :meth:`SiteConfig.fhir_server`); a ``fhir`` route whose server is not in it is recorded as failed.
    ``mllp`` gives each MLLP route's timeout, resends and back-off (default: 30 s, 2, 1 s). ``force`` sends
    again to recipients who already have this version (their acknowledgement stays on record).

    Raises :class:`ShareGateRefused` (nothing sent, ledger untouched) when the gate finds errors, and
    :class:`ConfigurationError` / :class:`MappingError` when a payload cannot be built (nothing sent).
    """
    settings = settings or ShareSettings()
    plan = plan_share(
        subject,
        settings=settings,
        # A Shareable carries the settings it passed with: giving others too is the caller's mistake (TypeError).
        gate_settings=gate_settings if isinstance(subject, Shareable) else gate_settings_for(settings, gate_settings),
        today=today,
        format_options=format_options,
        source=source,
    )
    return deliver_share(
        plan,
        ledger=ledger,
        links=Links(
            mesh=mesh,
            fhir={url.rstrip("/"): client for url, client in (fhir or {}).items()},
            mllp=(mllp or MllpSettings()).for_route,
            record_manual=record_manual,
        ),
        force=force,
        on_outcome=on_outcome,
    )


def plan_share(
    subject: Shareable | Record,
    *,
    targets: Callable[[Record], Iterable[Target]] | None = None,
    settings: ShareSettings | None = None,
    gate_settings: GateSettings | None = None,
    today: dt.date | None = None,
    format_options: Callable[[str, str], dict[str, Any]] | None = None,
    source: str | None = None,
) -> SharePlan:
    """Judge a record once and build every target's payload, sending nothing.

    ``targets(record)`` chooses the deliveries (default: every recipient the record names, in its order).
    A :class:`Record` is judged as of ``today`` with ``gate_settings`` (default: the shipped settings); a
    :class:`Shareable` is taken as it is. Raises :class:`ShareGateRefused` when the gate finds errors and
    :class:`ConfigurationError` / :class:`MappingError` when a payload cannot be built, so a problem with
    one target's payload stops the share before anyone is sent anything.
    """
    if isinstance(subject, Shareable):
        shareable = passed(subject, today=today, settings=gate_settings)
    else:
        shareable = passed(subject, today=today, settings=gate_settings, source=source)
    chosen = (targets or _every_recipient)(shareable.record)
    planned = _plan(shareable, chosen, settings or ShareSettings(), source, format_options or _no_options)
    return SharePlan(shareable, tuple(planned))


def deliver_share(
    plan: SharePlan,
    *,
    ledger: Ledger,
    links: Links | None = None,
    force: bool = False,
    settles: str | None = SETTLES,
    on_outcome: Callable[[ShareOutcome], None] | None = None,
) -> list[ShareOutcome]:
    """Deliver a planned share, recording each attempt in ``ledger``; one outcome per target, in order.

    ``links`` reaches the receivers (MESH, FHIR clients, MLLP settings, manual confirmations). ``settles``
    is the words that tell the person sharing what settles an open delivery (None: say nothing, for a
    ledger that is not kept).
    """
    record = plan.record
    sharer = _Sharer(record, ledger, links or Links(), force=force, settles=settles)
    outcomes = []
    with _one_share_at_a_time(ledger):
        for target, planned in plan.deliveries:
            outcome = sharer.deliver(planned) if planned is not None else _no_route(record, target)
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    return outcomes


def _every_recipient(record: Record) -> Iterator[Target]:
    return (Target.of(recipient, index) for index, recipient in enumerate(record.recipients))


def _no_options(format_name: str, role: str) -> dict[str, Any]:
    return {}


LOCK_WAIT_SECONDS = 300.0


@contextlib.contextmanager
def _one_share_at_a_time(ledger: Ledger) -> Iterator[None]:
    """Shares recorded in one ledger take turns, record by record.

    Two shares of the same record at once would each find nobody served yet and both send. The turn is an
    exclusive lock on a small SQLite file beside the ledger: portable, and released by the operating
    system when a process dies, so a killed share never leaves it held.
    """
    lock = sqlite3.connect(f"{ledger.path}.share-lock", timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        try:
            lock.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            raise TransportError(
                f"another share using this ledger has been running for over {LOCK_WAIT_SECONDS:.0f}s; try again later",
                source=str(ledger.path),
            ) from None
        yield
    finally:
        lock.close()


def _plan(
    shareable: Shareable,
    targets: Iterable[Target],
    settings: ShareSettings,
    source: str | None,
    format_options: Callable[[str, str], dict[str, Any]],
) -> Iterator[tuple[Target, _Planned | None]]:
    record = shareable.record
    for target in targets:
        route = target.route
        if route is None:
            yield target, None
            continue
        # A route that fixes its format (MLLP: HL7 v2; FHIR REST: FHIR JSON) wins over the site's choice.
        transport = transport_for(route.kind)
        fixed, carries = transport.fixed_format or (None, "")
        name = settings.format_for(target.recipient_role, target.format or fixed)
        if fixed is not None and name != fixed:
            where = f"$.recipients[{target.index}].format" if target.index is not None else "$.recipients"
            raise ConfigurationError(f"{carries} only, not {name}", source=source, path=where)
        fmt = get_format(name)
        payload = fmt.export(
            shareable,
            recipient=target.recipient_id if target.addressed else None,
            options=format_options(fmt.name, target.recipient_role),
        )
        payload = transport.wire_bytes(payload)
        yield (
            target,
            _Planned(
                target=target,
                route=route,
                format=fmt,
                payload=payload,
                sha256=hashlib.sha256(payload).hexdigest(),
                local_id=local_id(record, target.recipient_id),
            ),
        )


def _no_route(record: Record, target: Target) -> ShareOutcome:
    return ShareOutcome(
        record.record_id, record.version, target.recipient_id, target.recipient_role, None, None, "not-sent",
        None, "no route: the record does not say how this recipient gets it",
    )  # fmt: skip


def _outcome(
    delivery: Delivery, detail: str | None = None, *, sent_now: bool = True, settles: str | None = SETTLES
) -> ShareOutcome:
    """What the person sharing is told: the delivery's state, and what this share's attempt found."""
    said = detail if detail is not None else delivery.detail
    if delivery.outcome is not None and delivery.outcome != delivery.status:
        attempt = f"attempt {delivery.attempt} {delivery.outcome}"
        if delivery.status == "acknowledged" and delivery.outcome == "rejected":
            attempt += " (a duplicate: the receiver had already acknowledged this version)"
        said = f"{attempt}: {said}" if said else attempt
    if settles and delivery.status in ("unknown", "pending") and not _hand_over(delivery.transport):
        said = f"{settles} ({said})" if said else settles
    return ShareOutcome(
        delivery.record_id, delivery.record_version, delivery.recipient_id, delivery.recipient_role,
        delivery.transport, delivery.format, delivery.status, delivery.message_id, said, sent_now,
        delivery.latest_outcome,
    )  # fmt: skip


class _Sharer:
    def __init__(self, record: Record, ledger: Ledger, links: Links, *, force: bool, settles: str | None) -> None:
        self.record = record
        self.ledger = ledger
        self.links = links
        self.force = force
        self.settles = settles

    def deliver(self, plan: _Planned) -> ShareOutcome:
        route = plan.route
        transport = transport_for(route.kind)
        previous = self.ledger.current(self.record.record_id, self.record.version, plan.target.recipient_id, route.kind)
        if previous is not None and previous.delivered and not (self.force and not transport.hand_over):
            return self._already(plan, previous)
        if transport.hand_over:
            outcome = self._hand_over(plan, transport, route, previous)
        else:
            attempt = self._attempt(plan, route.kind)
            outcome = self._record(attempt, transport.deliver(route, self._parcel(plan), self.links))
        kill_point("after-outcome")
        return outcome

    def _parcel(self, plan: _Planned) -> Parcel:
        return Parcel(plan.payload, plan.local_id, plan.format.media_type, SUBJECT, plan.format.suffix)

    def _record(self, attempt: Delivery, outcome: Outcome) -> ShareOutcome:
        """Write a transport's outcome for this attempt to the ledger; the person sharing gets its message."""
        message = None if isinstance(outcome, Sent) else outcome.message
        sent_now = not isinstance(outcome, Failed) or outcome.attempted
        delivery = record_outcome(self.ledger, attempt, outcome)
        return _outcome(delivery, message, sent_now=sent_now, settles=self.settles)

    def _attempt(self, plan: _Planned, transport: str, detail: str | None = None) -> Delivery:
        return self.ledger.record_attempt(
            record_id=self.record.record_id,
            record_version=self.record.version,
            recipient_id=plan.target.recipient_id,
            recipient_role=plan.target.recipient_role,
            transport=transport,
            format=plan.format.name,
            practice_ods=self.record.mother.registered_practice.ods_code,
            local_id=plan.local_id,
            payload_sha256=plan.sha256,
            detail=detail,
        )

    def _already(self, plan: _Planned, previous: Delivery) -> ShareOutcome:
        if previous.transport == "mesh" and previous.status == "sent" and self.links.mesh is not None:
            with contextlib.suppress(TransportError):
                previous = refresh_delivery(self.ledger, self.links.mesh, previous)
        note = f"already {previous.status}; not sent again"
        if previous.delivered and not _hand_over(previous.transport):
            note += " (--force sends it again)"
        if previous.payload_sha256 != plan.sha256:
            note += "; today's payload differs: share a new record version to send a correction"
        return ShareOutcome(
            previous.record_id, previous.record_version, previous.recipient_id, previous.recipient_role,
            previous.transport, previous.format, previous.status, previous.message_id, note,
        )  # fmt: skip

    def _hand_over(self, plan: _Planned, transport: Transport, route: Route, previous: Delivery | None) -> ShareOutcome:
        attempt = previous if previous is not None and previous.status == "pending" else None
        if not self.links.record_manual:
            attempt = attempt or self._attempt(plan, route.kind, "awaiting manual hand-over")
            said = "awaiting manual hand-over: confirm it with --record-manual"
            return _outcome(attempt, said, sent_now=False, settles=self.settles)
        attempt = attempt or self._attempt(plan, route.kind)
        return self._record(attempt, transport.deliver(route, self._parcel(plan), self.links))


def record_outcome(ledger: Ledger, attempt: Delivery, outcome: Outcome) -> Delivery:
    """Record how an attempt ended, from the transport's typed outcome; the ledger keeps its ``detail``
    (medassess's words and the receiver's machine code), never its ``message``."""
    if isinstance(outcome, Sent):
        sent = ledger.mark_sent(attempt, message_id=outcome.message_id, detail=outcome.detail)
        if outcome.acknowledged is None:
            return sent
        return ledger.mark_acknowledged(sent, detail=outcome.acknowledged)
    if isinstance(outcome, Unknown):
        return ledger.mark_unknown(attempt, detail=outcome.detail, message_id=outcome.message_id)
    return ledger.mark_failed(attempt, detail=outcome.detail, rejected=outcome.rejected, message_id=outcome.message_id)


def record_mllp_result(ledger: Ledger, attempt: Delivery, result: DeliveryResult) -> Delivery:
    """Record how an MLLP attempt ended (:func:`medassess.transports.mllp.mllp_outcome`)."""
    return record_outcome(ledger, attempt, mllp_outcome(result))


def _hand_over(kind: str) -> bool:
    """Whether a ledger row's transport is a hand-over by a person (a kind no longer registered is not)."""
    return kind in kinds() and transport_for(kind).hand_over


def refresh_delivery(ledger: Ledger, mesh: MeshTransport, delivery: Delivery) -> Delivery:
    """Bring one sent MESH delivery up to date from MESH tracking by its message id (acknowledged, or failed
    when MESH gave up on it)."""
    if delivery.transport != "mesh" or delivery.status != "sent" or not delivery.message_id:
        return delivery
    tracking = mesh.track(delivery.message_id)
    if tracking.acknowledged:
        return ledger.mark_acknowledged(delivery, detail="MESH tracking: acknowledged")
    if tracking.failed:
        return ledger.mark_failed(delivery, detail=f"MESH tracking: {tracking.status}", message_id=delivery.message_id)
    return delivery


def refresh_acknowledgements(ledger: Ledger, mesh: MeshTransport, *, record_id: str | None = None) -> list[Delivery]:
    """Update every sent, unacknowledged MESH delivery from MESH tracking; returns those that changed."""
    pending = [d for d in ledger.deliveries(record_id) if d.transport == "mesh" and d.status == "sent"]
    changed = []
    for delivery in pending:
        updated = refresh_delivery(ledger, mesh, delivery)
        if updated is not delivery:
            changed.append(updated)
    return changed


def mesh_needed(records: Iterable[Record]) -> bool:
    """Whether any recipient of these records is reached over MESH."""
    return any(isinstance(r.route, MeshRoute) for record in records for r in record.recipients)
