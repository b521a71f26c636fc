"""Sharing a record with everyone who must have it, and proving it in the ledger.

:func:`share_record` runs the share gate, builds each recipient's payload (all of them, before anything is
sent, so a mapping problem never leaves a share half done), and delivers each over the recipient's route.

Every recipient in the record is required: sharing is done only when each has the payload. Per route:

- ``mesh``: one MESH message (see :mod:`medassess._mesh`).
- ``mllp``: an HL7 v2 message to the receiver; its ``AA`` both delivers and acknowledges.
- ``manual``: a hand-over outside any system (a letter at discharge). It is recorded as ``pending``
  until the person sharing confirms it happened (``record_manual=True``, ``--record-manual``).
- ``fhir``: the FHIR document Bundle is POSTed to ``[base_url]/Bundle``; the server storing it (a 2xx
  with the stored Bundle's id) both delivers and acknowledges.

Resending is safe. A delivery already ``sent`` or ``acknowledged`` for this record version is never sent
again. Each attempt is committed to the ledger as ``pending`` before the payload leaves; if a previous run
stopped between sending and recording, the delivery is still ``pending``, and MESH tracking by the local id
(record id, version and recipient) decides: found means the recipient has it (recorded as ``sent``),
not found means it is sent now. A FHIR server is asked the same question by searching for the document's
Bundle identifier (``<record_id>-v<version>``). So nobody receives a duplicate and nobody is skipped.

The ledger's ``detail`` holds only words written here plus the receiver's machine code (an HTTP status, a
MESH error code, an HL7 acknowledgement code): a receiver's own error text may quote the patient, so it
goes to the person sharing (:attr:`ShareOutcome.detail`) and never into the ledger file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from ._config import ShareSettings
from ._exceptions import ConfigurationError, DeliveryRejected, MedassessError, TransportError
from ._fhir import DOCUMENT_ID_SYSTEM
from ._fhir_client import FhirClient
from ._formats import Format, get_format
from ._ledger import Delivery, Ledger
from ._mesh import MeshTransport
from ._mllp import DeliveryResult, MllpClient
from ._record import FhirRoute, MeshRoute, MllpRoute, Recipient, Record
from .gate.engine import require_shareable
from .gate.settings import GateSettings

SUBJECT = "Perinatal medication assessment"
"""The MESH subject: says what the message is, never whom it is about."""


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
    """A ledger status (``pending``, ``sent``, ``acknowledged``, ``failed``, ``rejected``), or
    ``not-sent`` when nothing could be attempted (no route)."""
    message_id: str | None
    detail: str | None
    """For the person sharing: may include the receiver's own error text, which the ledger never keeps."""

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
    id), so a resend is recognisable."""
    recipient_id = recipient if isinstance(recipient, str) else recipient.id
    return f"{record.record_id}-v{record.version}-{recipient_id}"


def share_record(
    record: Record,
    *,
    ledger: Ledger,
    mesh: MeshTransport | None = None,
    fhir: Mapping[str, FhirClient] | None = None,
    settings: ShareSettings | None = None,
    gate_settings: GateSettings | None = None,
    record_manual: bool = False,
    source: str | None = None,
    on_outcome: Callable[[ShareOutcome], None] | None = None,
) -> list[ShareOutcome]:
    """Share one record with every recipient; returns one outcome per recipient, in record order.

    ``fhir`` maps a FHIR server's base URL to the client that reaches it (see
    :meth:`SiteConfig.fhir_server`); a ``fhir`` route whose server is not in it is recorded as failed.

    Raises :class:`ShareGateRefused` (nothing sent, ledger untouched) when the gate finds errors, and
    :class:`ConfigurationError` / :class:`MappingError` when a payload cannot be built (nothing sent).
    """
    # One day for the gate here and in every payload's own gate, so they cannot disagree across midnight.
    today = dt.date.today()
    require_shareable(record, today=today, settings=gate_settings, source=source)
    plans = list(_plan(record, settings or ShareSettings(), source, today, gate_settings))
    sharer = _Sharer(
        record, ledger, mesh, {url.rstrip("/"): client for url, client in (fhir or {}).items()}, record_manual
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
    payloads: dict[str, bytes] = {}
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
        if name not in payloads:
            payloads[name] = fmt.export(record, today=today, settings=gate_settings)
        payload = payloads[name]
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


def _outcome(delivery: Delivery, detail: str | None = None) -> ShareOutcome:
    return ShareOutcome(
        delivery.record_id, delivery.record_version, delivery.recipient_id, delivery.recipient_role,
        delivery.transport, delivery.format, delivery.status, delivery.message_id,
        detail if detail is not None else delivery.detail,
    )  # fmt: skip


class _Sharer:
    def __init__(
        self,
        record: Record,
        ledger: Ledger,
        mesh: MeshTransport | None,
        fhir: Mapping[str, FhirClient],
        record_manual: bool,
    ) -> None:
        self.record = record
        self.ledger = ledger
        self.mesh = mesh
        self.fhir = fhir
        self.record_manual = record_manual

    def deliver(self, plan: _Planned) -> ShareOutcome:
        route = plan.recipient.route
        assert route is not None  # planned recipients have a route
        previous = self.ledger.current(self.record.record_id, self.record.version, plan.recipient.id, route.kind)
        if previous is not None and previous.delivered:
            return self._already(plan, previous)
        if isinstance(route, MeshRoute):
            return self._mesh(plan, route, previous)
        if isinstance(route, MllpRoute):
            return self._mllp(plan, route)
        if isinstance(route, FhirRoute):
            return self._fhir(plan, route, previous)
        return self._manual(plan, previous)

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
        note = "already delivered; not sent again"
        if previous.payload_sha256 != plan.sha256:
            note += " (today's payload differs: share a new record version to send a correction)"
        return _outcome(previous, note)

    def _mesh(self, plan: _Planned, route: MeshRoute, previous: Delivery | None) -> ShareOutcome:
        if self.mesh is None:
            attempt = previous or self._attempt(plan, "mesh")
            return _outcome(self.ledger.mark_failed(attempt, detail="MESH is not configured"))
        mesh = self.mesh
        if previous is not None:
            # An earlier attempt may have reached MESH even though the ledger never heard back.
            try:
                found = mesh.find(plan.local_id)
            except TransportError as exc:
                return _outcome(self.ledger.mark_failed(previous, detail=_mesh_detail(exc)), exc.message)
            if found is not None and not found.failed:
                return _outcome(
                    self.ledger.mark_sent(
                        previous,
                        message_id=found.message_id,
                        detail="found in MESH tracking after an interrupted share",
                    )
                )
        attempt = self._attempt(plan, "mesh")
        try:
            message_id = mesh.send(
                route.mailbox,
                plan.payload,
                workflow_id=route.workflow_id or mesh.settings.workflow_id,
                subject=SUBJECT,
                local_id=plan.local_id,
                content_type=plan.format.media_type,
            )
        except TransportError as exc:
            rejected = isinstance(exc, DeliveryRejected)
            return _outcome(self.ledger.mark_failed(attempt, detail=_mesh_detail(exc), rejected=rejected), exc.message)
        return _outcome(self.ledger.mark_sent(attempt, message_id=message_id))

    def _fhir(self, plan: _Planned, route: FhirRoute, previous: Delivery | None) -> ShareOutcome:
        client = self.fhir.get(route.base_url.rstrip("/"))
        if client is None:
            attempt = previous or self._attempt(plan, "fhir")
            return _outcome(self.ledger.mark_failed(attempt, detail="this FHIR server is not configured ([[fhir]])"))
        bundle = orjson.loads(plan.payload)
        if previous is not None:
            # An earlier POST may have been stored even though the ledger never heard back.
            try:
                stored_id = find_document(client, bundle["identifier"]["value"])
            except DeliveryRejected:
                stored_id = None  # the server refuses the search itself, so it cannot say: send it
            except (TransportError, ConfigurationError) as exc:
                return _outcome(self.ledger.mark_failed(previous, detail=_fhir_detail(exc)), exc.message)
            if stored_id is not None:
                sent = self.ledger.mark_sent(previous, message_id=stored_id)
                return _outcome(
                    self.ledger.mark_acknowledged(sent, detail="found on the FHIR server after an interrupted share")
                )
        attempt = self._attempt(plan, "fhir")
        try:
            stored = client.post_bundle(bundle)
        except (TransportError, ConfigurationError) as exc:
            # ConfigurationError: the token endpoint refused the credentials; others may still be reached.
            rejected = isinstance(exc, DeliveryRejected)
            return _outcome(self.ledger.mark_failed(attempt, detail=_fhir_detail(exc), rejected=rejected), exc.message)
        stored_id = stored.get("id")
        if stored.get("resourceType") != "Bundle" or not isinstance(stored_id, str) or not stored_id:
            # It may still have been stored: the next share looks for it by its identifier before resending.
            detail = "the FHIR server answered without the stored Bundle's id"
            return _outcome(self.ledger.mark_failed(attempt, detail=detail))
        sent = self.ledger.mark_sent(attempt, message_id=stored_id)
        return _outcome(self.ledger.mark_acknowledged(sent, detail="stored by the FHIR server"))

    def _mllp(self, plan: _Planned, route: MllpRoute) -> ShareOutcome:
        # Resending after an interrupted share sends the same bytes, whose MSH-10 control id lets the
        # receiver discard a duplicate; the AA both delivers and acknowledges.
        attempt = self._attempt(plan, "mllp")
        recorded: list[Delivery] = []
        client = MllpClient(
            route.host,
            route.port,
            on_result=lambda result: recorded.append(record_mllp_result(self.ledger, attempt, result)),
        )
        try:
            client.send(plan.payload)
        except TransportError as exc:  # the client reports every result before it raises
            return _outcome(recorded[-1], exc.message)
        return _outcome(recorded[-1])

    def _manual(self, plan: _Planned, previous: Delivery | None) -> ShareOutcome:
        attempt = previous if previous is not None and previous.status == "pending" else None
        if not self.record_manual:
            attempt = attempt or self._attempt(plan, "manual", "awaiting manual hand-over")
            return _outcome(attempt, "awaiting manual hand-over: confirm it with --record-manual")
        attempt = attempt or self._attempt(plan, "manual")
        return _outcome(self.ledger.mark_sent(attempt, message_id=None, detail="manual hand-over confirmed"))


def record_mllp_result(ledger: Ledger, attempt: Delivery, result: DeliveryResult) -> Delivery:
    """Record how an MLLP delivery ended: ``AA`` is delivered and acknowledged; ``AE``/``AR``/``CE``/``CR``
    are ``rejected``; anything else (no usable ACK, another code) is ``failed``. The ledger keeps the
    control id and the acknowledgement code, never the receiver's error text (it may quote the patient)."""
    if result.delivered:
        sent = ledger.mark_sent(attempt, message_id=result.control_id)
        return ledger.mark_acknowledged(sent, detail="MLLP AA")
    return ledger.mark_failed(
        attempt,
        detail=f"MLLP {result.status}",
        rejected=result.status in _MLLP_REJECTIONS,
        message_id=result.control_id,
    )


_MLLP_REJECTIONS = frozenset({"AE", "AR", "CE", "CR"})


def find_document(client: FhirClient, identifier: str) -> str | None:
    """The id of the document Bundle with this identifier value on the server, or None when it has none.

    Only a returned Bundle that carries the identifier counts: a server that ignores a search parameter it
    does not support answers with every Bundle it holds, which proves nothing.
    """
    found = client.search("Bundle", {"identifier": f"{DOCUMENT_ID_SYSTEM}|{identifier}"})
    for entry in found.get("entry") or []:
        resource: Any = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict) or resource.get("resourceType") != "Bundle":
            continue
        ident = resource.get("identifier") or {}
        if ident.get("system") == DOCUMENT_ID_SYSTEM and ident.get("value") == identifier and resource.get("id"):
            return str(resource["id"])
    return None


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
    """Bring one sent MESH delivery up to date from MESH tracking (acknowledged, or failed when MESH gave up)."""
    if delivery.transport != "mesh" or delivery.status != "sent" or not delivery.message_id:
        return delivery
    tracking = mesh.track(delivery.message_id)
    if tracking.acknowledged:
        return ledger.mark_acknowledged(delivery, detail="MESH tracking: acknowledged")
    if tracking.failed:
        return ledger.mark_failed(delivery, detail=f"MESH tracking: {tracking.status}")
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
