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

import orjson

from ..core.exceptions import ConfigurationError, DeliveryRejected, MedassessError, OutcomeUnknown, TransportError
from ..core.killpoints import kill_point
from ..formats.fhir.writer import DOCUMENT_ID_SYSTEM
from ..formats.identity import mesh_local_id
from ..formats.registry import Format, get_format
from ..gate.engine import require_shareable
from ..gate.settings import GateSettings, shipped_settings
from ..record.model import FhirRoute, MeshRoute, MllpRoute, Recipient, Record
from ..transports.fhir_rest import FhirClient
from ..transports.mesh import MeshTransport
from ..transports.mllp import DeliveryResult, MllpClient
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

    @property
    def delivered(self) -> bool:
        return self.status in ("sent", "acknowledged")


@dataclass(frozen=True, slots=True)
class _Planned:
    recipient: Recipient
    format: Format
    payload: bytes
    sha256: str
    local_id: str


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
    record: Record,
    *,
    ledger: Ledger,
    mesh: MeshTransport | None = None,
    fhir: Mapping[str, FhirClient] | None = None,
    settings: ShareSettings | None = None,
    mllp: MllpSettings | None = None,
    gate_settings: GateSettings | None = None,
    record_manual: bool = False,
    force: bool = False,
    source: str | None = None,
    on_outcome: Callable[[ShareOutcome], None] | None = None,
) -> list[ShareOutcome]:
    """Share one record with every recipient; returns one outcome per recipient, in record order.

    ``fhir`` maps a FHIR server's base URL to the client that reaches it (see
    :meth:`SiteConfig.fhir_server`); a ``fhir`` route whose server is not in it is recorded as failed.
    ``mllp`` gives each MLLP route's timeout, resends and back-off (default: 30 s, 2, 1 s). ``force`` sends
    again to recipients who already have this version (their acknowledgement stays on record).

    Raises :class:`ShareGateRefused` (nothing sent, ledger untouched) when the gate finds errors, and
    :class:`ConfigurationError` / :class:`MappingError` when a payload cannot be built (nothing sent).
    """
    # One day for the gate here and in every payload's own gate, so they cannot disagree across midnight.
    today = dt.date.today()
    settings = settings or ShareSettings()
    gate_settings = gate_settings_for(settings, gate_settings)
    require_shareable(record, today=today, settings=gate_settings, source=source)
    plans = list(_plan(record, settings, source, today, gate_settings))
    sharer = _Sharer(
        record,
        ledger,
        mesh,
        {url.rstrip("/"): client for url, client in (fhir or {}).items()},
        mllp or MllpSettings(),
        record_manual=record_manual,
        force=force,
    )
    outcomes = []
    with _one_share_at_a_time(ledger):
        for recipient, plan in plans:
            outcome = sharer.deliver(plan) if plan is not None else _no_route(record, recipient)
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    return outcomes


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


_FIXED_FORMATS = {
    "mllp": ("hl7v2", "an MLLP route carries HL7 v2"),
    "fhir": ("fhir-json", "a FHIR REST route carries FHIR JSON"),
}


def _plan(
    record: Record, settings: ShareSettings, source: str | None, today: dt.date, gate_settings: GateSettings | None
) -> Iterator[tuple[Recipient, _Planned | None]]:
    for index, recipient in enumerate(record.recipients):
        if recipient.route is None:
            yield recipient, None
            continue
        # A route that fixes its format (MLLP: HL7 v2; FHIR REST: FHIR JSON) wins over the site's choice.
        fixed, carries = _FIXED_FORMATS.get(recipient.route.kind, (None, ""))
        name = settings.format_for(recipient.role, recipient.format or fixed)
        if fixed is not None and name != fixed:
            raise ConfigurationError(
                f"{carries} only, not {name}",
                source=source,
                path=f"$.recipients[{index}].format",
            )
        fmt = get_format(name)
        payload = fmt.export(record, today=today, settings=gate_settings, recipient=recipient.id)
        if isinstance(recipient.route, FhirRoute):
            # The bytes FhirClient puts on the wire, so the ledger's hash is of what the server received.
            payload = orjson.dumps(orjson.loads(payload))
        yield (
            recipient,
            _Planned(
                recipient=recipient,
                format=fmt,
                payload=payload,
                sha256=hashlib.sha256(payload).hexdigest(),
                local_id=local_id(record, recipient),
            ),
        )


def _no_route(record: Record, recipient: Recipient) -> ShareOutcome:
    return ShareOutcome(
        record.record_id, record.version, recipient.id, recipient.role, None, None, "not-sent",
        None, "no route: the record does not say how this recipient gets it",
    )  # fmt: skip


def _outcome(delivery: Delivery, detail: str | None = None, *, sent_now: bool = True) -> ShareOutcome:
    """What the person sharing is told: the delivery's state, and what this share's attempt found."""
    said = detail if detail is not None else delivery.detail
    if delivery.outcome is not None and delivery.outcome != delivery.status:
        attempt = f"attempt {delivery.attempt} {delivery.outcome}"
        if delivery.status == "acknowledged" and delivery.outcome == "rejected":
            attempt += " (a duplicate: the receiver had already acknowledged this version)"
        said = f"{attempt}: {said}" if said else attempt
    if delivery.status in ("unknown", "pending") and delivery.transport != "manual":
        said = f"{SETTLES} ({said})" if said else SETTLES
    return ShareOutcome(
        delivery.record_id, delivery.record_version, delivery.recipient_id, delivery.recipient_role,
        delivery.transport, delivery.format, delivery.status, delivery.message_id, said, sent_now,
    )  # fmt: skip


class _Sharer:
    def __init__(
        self,
        record: Record,
        ledger: Ledger,
        mesh: MeshTransport | None,
        fhir: Mapping[str, FhirClient],
        mllp: MllpSettings,
        *,
        record_manual: bool,
        force: bool,
    ) -> None:
        self.record = record
        self.ledger = ledger
        self.mesh = mesh
        self.fhir = fhir
        self.mllp = mllp
        self.record_manual = record_manual
        self.force = force

    def deliver(self, plan: _Planned) -> ShareOutcome:
        route = plan.recipient.route
        assert route is not None  # planned recipients have a route
        previous = self.ledger.current(self.record.record_id, self.record.version, plan.recipient.id, route.kind)
        if previous is not None and previous.delivered and not (self.force and route.kind != "manual"):
            return self._already(plan, previous)
        if isinstance(route, MeshRoute):
            outcome = self._mesh(plan, route)
        elif isinstance(route, MllpRoute):
            outcome = self._mllp(plan, route)
        elif isinstance(route, FhirRoute):
            outcome = self._fhir(plan, route)
        else:
            outcome = self._manual(plan, previous)
        kill_point("after-outcome")
        return outcome

    def _attempt(self, plan: _Planned, transport: str, detail: str | None = None) -> Delivery:
        return self.ledger.record_attempt(
            record_id=self.record.record_id,
            record_version=self.record.version,
            recipient_id=plan.recipient.id,
            recipient_role=plan.recipient.role,
            transport=transport,
            format=plan.format.name,
            practice_ods=self.record.mother.registered_practice.ods_code,
            local_id=plan.local_id,
            payload_sha256=plan.sha256,
            detail=detail,
        )

    def _already(self, plan: _Planned, previous: Delivery) -> ShareOutcome:
        if previous.transport == "mesh" and previous.status == "sent" and self.mesh is not None:
            with contextlib.suppress(TransportError):
                previous = refresh_delivery(self.ledger, self.mesh, previous)
        note = f"already {previous.status}; not sent again"
        if previous.delivered and previous.transport != "manual":
            note += " (--force sends it again)"
        if previous.payload_sha256 != plan.sha256:
            note += "; today's payload differs: share a new record version to send a correction"
        return ShareOutcome(
            previous.record_id, previous.record_version, previous.recipient_id, previous.recipient_role,
            previous.transport, previous.format, previous.status, previous.message_id, note,
        )  # fmt: skip

    def _mesh(self, plan: _Planned, route: MeshRoute) -> ShareOutcome:
        # A pending or unknown delivery is sent again under the same local id: the current MESH API cannot find
        # a message by its local id, so the receiver may get a second copy (see medassess.transports.mesh).
        attempt = self._attempt(plan, "mesh")
        if self.mesh is None:
            return _outcome(self.ledger.mark_failed(attempt, detail="MESH is not configured"), sent_now=False)
        kill_point("before-send")
        try:
            message_id = self.mesh.send(
                route.mailbox,
                plan.payload,
                workflow_id=route.workflow_id or self.mesh.settings.workflow_id,
                subject=SUBJECT,
                local_id=plan.local_id,
                content_type=plan.format.media_type,
            )
        except OutcomeUnknown as exc:
            kill_point("after-send")
            return _outcome(self.ledger.mark_unknown(attempt, detail=_mesh_detail(exc)), exc.message)
        except TransportError as exc:
            rejected = isinstance(exc, DeliveryRejected)
            failed = self.ledger.mark_failed(attempt, detail=_mesh_detail(exc), rejected=rejected)
            return _outcome(failed, exc.message)
        kill_point("after-send")
        return _outcome(self.ledger.mark_sent(attempt, message_id=message_id))

    def _fhir(self, plan: _Planned, route: FhirRoute) -> ShareOutcome:
        attempt = self._attempt(plan, "fhir")
        client = self.fhir.get(route.base_url.rstrip("/"))
        if client is None:
            detail = "this FHIR server is not configured ([[fhir]])"
            return _outcome(self.ledger.mark_failed(attempt, detail=detail), sent_now=False)
        bundle = orjson.loads(plan.payload)
        identifier = bundle["identifier"]["value"]
        kill_point("before-send")
        try:
            stored = client.create_once(bundle, system=DOCUMENT_ID_SYSTEM, value=identifier)
        except OutcomeUnknown as exc:
            kill_point("after-send")
            return _outcome(self.ledger.mark_unknown(attempt, detail=_fhir_detail(exc)), exc.message)
        except DeliveryRejected as exc:
            if exc.code != "412":
                return _outcome(self.ledger.mark_failed(attempt, detail=_fhir_detail(exc), rejected=True), exc.message)
            # More than one Bundle with this identifier: the server holds the document (more than once already).
            sent = self.ledger.mark_sent(attempt, message_id=None)
            detail = "HTTP 412: the FHIR server already holds more than one copy"
            return _outcome(self.ledger.mark_acknowledged(sent, detail=detail))
        except (TransportError, ConfigurationError) as exc:
            # ConfigurationError: the token endpoint refused the credentials; others may still be reached.
            return _outcome(self.ledger.mark_failed(attempt, detail=_fhir_detail(exc)), exc.message)
        kill_point("after-send")
        if stored.resource_id is None:
            # A 2xx without the stored Bundle's id proves nothing; asking again cannot make a second copy.
            detail = "the FHIR server answered without the stored Bundle's id"
            return _outcome(self.ledger.mark_unknown(attempt, detail=detail))
        sent = self.ledger.mark_sent(attempt, message_id=stored.resource_id)
        detail = "stored by the FHIR server" if stored.created else "the FHIR server already held it (If-None-Exist)"
        return _outcome(self.ledger.mark_acknowledged(sent, detail=detail))

    def _mllp(self, plan: _Planned, route: MllpRoute) -> ShareOutcome:
        # Sending again after a lost answer sends the same bytes, whose MSH-10 lets the receiver discard a
        # duplicate; the AA both delivers and acknowledges.
        settings = self.mllp.for_route(route.host, route.port)
        attempt = self._attempt(plan, "mllp")
        recorded: list[Delivery] = []
        client = MllpClient(
            route.host,
            route.port,
            connect_timeout=settings.timeout,
            read_timeout=settings.timeout,
            retries=settings.retries,
            backoff=settings.backoff,
            on_result=lambda result: recorded.append(record_mllp_result(self.ledger, attempt, result)),
        )
        kill_point("before-send")
        try:
            client.send(plan.payload)
        except TransportError as exc:  # the client reports every result before it raises
            return _outcome(recorded[-1], exc.message)
        return _outcome(recorded[-1])

    def _manual(self, plan: _Planned, previous: Delivery | None) -> ShareOutcome:
        attempt = previous if previous is not None and previous.status == "pending" else None
        if not self.record_manual:
            attempt = attempt or self._attempt(plan, "manual", "awaiting manual hand-over")
            return _outcome(attempt, "awaiting manual hand-over: confirm it with --record-manual", sent_now=False)
        attempt = attempt or self._attempt(plan, "manual")
        return _outcome(self.ledger.mark_sent(attempt, message_id=None, detail="manual hand-over confirmed"))


def record_mllp_result(ledger: Ledger, attempt: Delivery, result: DeliveryResult) -> Delivery:
    """Record how an MLLP attempt ended: ``AA`` is sent and acknowledged; ``AE``/``AR``/``CE``/``CR`` are
    ``rejected``; a message that left without a usable ACK (``no-ack``, or a code that is not an accept) is
    ``unknown``; one that never left (``not-sent``) is ``failed``. The ledger keeps the control id and the
    acknowledgement code, never the receiver's error text (it may quote the patient)."""
    control_id = result.control_id
    if result.delivered:
        sent = ledger.mark_sent(attempt, message_id=control_id)
        return ledger.mark_acknowledged(sent, detail="MLLP AA")
    if result.outcome_unknown:
        detail = (
            "MLLP no-ack: the message left and no usable acknowledgement came back"
            if result.status == "no-ack"
            else "MLLP unexpected: the receiver answered with a code that is not an accept"
        )
        return ledger.mark_unknown(attempt, detail=detail, message_id=control_id)
    if result.status == "not-sent":
        return ledger.mark_failed(
            attempt, detail="MLLP not-sent: no connection took the message", message_id=control_id
        )
    return ledger.mark_failed(attempt, detail=f"MLLP {result.status}", rejected=True, message_id=control_id)


def _fhir_detail(exc: MedassessError) -> str:
    """The ledger's account of a FHIR failure: the HTTP status, never the server's OperationOutcome text;
    other failures (connection, token) are described in medassess's own words already."""
    if isinstance(exc, TransportError) and exc.code:
        verdict = "rejected by" if isinstance(exc, DeliveryRejected) else "error from"
        return f"HTTP {exc.code}: {verdict} the FHIR server"
    return exc.message


def _mesh_detail(exc: TransportError) -> str:
    """The ledger's account of a MESH failure: its error code, never MESH's error text."""
    if exc.message.startswith("MESH refused the message"):
        return f"MESH refused the message: MESH error {exc.code}" if exc.code else "MESH refused the message"
    return exc.message


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
