"""Delivery over NHS MESH (Message Exchange for Social Care and Health) with NHS England's ``mesh-client``.

Each payload is one MESH message to the recipient's mailbox, with the site's workflow id, a subject that
carries no patient data, and a local id (``Mex-LocalID``) made from the record id, version and recipient
(``medassess.formats.identity.mesh_local_id``), the same on every attempt at that delivery.

MESH delivers at least once from here. A sent message is tracked by the message id MESH returned, with the
current outbox tracking endpoint (``GET /messageexchange/{mailbox}/outbox/tracking?messageID=...``, which
mesh-client's ``track_message`` calls). When the answer to a send is lost, that id is lost with it, and the
current MESH API has no way to find a message by its local id (the old "track outbox by local id" endpoint
is deprecated, and medassess does not use it): the next share sends the message again, under the same local
id and with the same payload identity (MSH-10 or Bundle.identifier). A receiver that may meet such a copy
drops it by (sender mailbox, workflow id, local id).

Errors become :class:`TransportError` (worth retrying: MESH unreachable, credentials refused, server
errors), :class:`OutcomeUnknown` (the request left but its answer was lost: a read timeout, a connection
dropped after sending, a gateway timeout) or :class:`DeliveryRejected` (MESH refused this message for good,
e.g. an unregistered recipient mailbox). Messages name the MESH host, mailbox and HTTP status or MESH error
code, never a credential and never payload content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3
from mesh_client import MeshClient, MeshError

from ..core.exceptions import DeliveryRejected, OutcomeUnknown, TransportError
from ..core.killpoints import kill_point
from ..core.redact import mask_receiver_text, receiver_code
from ..core.secret import Secret
from ..record.model import MeshRoute
from .base import Defaults, Failed, Links, Outcome, Parcel, Sent, Unknown

DEFAULT_WORKFLOW_ID = "MEDASSESS_PMA"
"""MESH workflow id for a perinatal medication assessment. MESH workflow ids are agreed per use with the
MESH service (sender and receivers are registered against it); set ``workflow_id`` to the one agreed, or a
recipient's route may name its own."""


@dataclass(frozen=True)
class MeshSettings:
    """How to reach MESH as this practice's mailbox."""

    url: str
    mailbox: str
    password: Secret
    shared_key: Secret
    cert: tuple[str, str] | None = None
    ca: str | None = None
    verify: bool = True
    workflow_id: str = DEFAULT_WORKFLOW_ID
    timeout: float = 60.0
    """Seconds each MESH request may take; a send that times out is ``unknown`` (it may have arrived)."""
    retries: int = 0
    """Resends of a message within one share after a try with no definite answer (none by default: after a
    lost answer MESH may get a second copy, under the same local id)."""
    backoff: float = 1.0


T = TypeVar("T")

_REJECTING_CODES = frozenset({"06", "07", "08", "09", "11", "12", "14", "17", "18", "EPL-150", "EPL-151"})
"""MESH error codes that refuse this message whatever the retry (unknown recipient, workflow not registered,
malformed control data), as listed in the MESH API's send errors."""
_AUTH_ERRORS = frozenset({"Invalid Authentication Token", "No mailbox matched", "Mailbox id does not match token"})
_FAILED_STATUSES = frozenset({"error", "undeliverable", "failed", "expired"})
_CREDENTIALS = "credentials"
"""The code a credentials refusal carries: sending again would only be refused again."""


@dataclass(frozen=True, slots=True)
class Tracking:
    """What MESH tracking says about a sent message."""

    message_id: str | None
    status: str
    """MESH's own status word, e.g. ``accepted``, ``acknowledged``, ``undeliverable``."""

    @property
    def acknowledged(self) -> bool:
        """The recipient downloaded the message and acknowledged it."""
        return self.status == "acknowledged"

    @property
    def failed(self) -> bool:
        """MESH gave up on the message (e.g. never collected before it expired)."""
        return self.status in _FAILED_STATUSES


class MeshTransport:
    """One MESH session as the practice's mailbox. Use as a context manager, or call :meth:`close`."""

    def __init__(self, settings: MeshSettings, *, timeout: float | None = None) -> None:
        self.settings = settings
        self._where = f"mesh://{urlsplit(settings.url).netloc}/{settings.mailbox}"
        self._client = _Client(
            settings.url,
            settings.mailbox,
            settings.password.reveal(),
            shared_key=settings.shared_key.reveal().encode("utf-8"),
            cert=settings.cert,
            # None, not True, when no CA bundle is given: mesh-client then uses the NHS CA bundle it ships
            # for the known MESH endpoints (their certificates do not chain to public roots).
            verify=(settings.ca or None) if settings.verify else False,
            timeout=settings.timeout if timeout is None else timeout,
            # A send is never retried by the client: MESH does not deduplicate, so a retried POST whose first
            # attempt arrived would be a duplicate. Resends go through the ledger, under the same local id.
            max_retries=0,
            application_name="medassess",
        )

    def __enter__(self) -> MeshTransport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()  # type: ignore[no-untyped-call]  # mesh-client leaves close() unannotated

    def __repr__(self) -> str:
        return f"MeshTransport({self._where!r})"

    def send(
        self, mailbox: str, payload: bytes, *, workflow_id: str, subject: str, local_id: str, content_type: str
    ) -> str:
        """Send one message; returns the MESH message id.

        A try with no definite answer is sent again up to ``settings.retries`` times (``settings.backoff``
        seconds apart, doubling), under the same local id: after a lost answer that can give the recipient a
        second copy, which is why the default is none. Refusals (of the message or of the credentials) are not
        sent again. When a try's answer was lost and a later one failed outright, :class:`OutcomeUnknown`.
        """
        tries, lost = 0, False
        while True:
            try:
                return self._send_once(
                    mailbox, payload, workflow_id=workflow_id, subject=subject, local_id=local_id,
                    content_type=content_type,
                )  # fmt: skip
            except DeliveryRejected:
                raise
            except TransportError as exc:
                lost = lost or isinstance(exc, OutcomeUnknown)
                if tries >= self.settings.retries or exc.code == _CREDENTIALS:
                    if lost and not isinstance(exc, OutcomeUnknown):
                        raise OutcomeUnknown(
                            f"{exc.message}; an earlier try's answer was lost", source=self._where
                        ) from None
                    raise
                tries += 1
                time.sleep(self.settings.backoff * 2 ** (tries - 1))

    def _send_once(
        self, mailbox: str, payload: bytes, *, workflow_id: str, subject: str, local_id: str, content_type: str
    ) -> str:
        return self._call(
            lambda: str(
                self._client.send_message(
                    mailbox,
                    payload,
                    workflow_id=workflow_id,
                    subject=subject,
                    local_id=local_id,
                    filename=f"{local_id}.dat",
                    content_type=content_type,
                )
            ),
            recipient=mailbox,
        )

    def track(self, message_id: str) -> Tracking:
        """MESH tracking for a message this mailbox sent."""
        info = self._call(lambda: self._client.track_message(message_id))
        return Tracking(message_id=message_id, status=str(info.get("status") or "").lower())

    def _call(self, action: Callable[[], T], *, recipient: str | None = None) -> T:
        try:
            return action()
        except MeshError as exc:
            raise self._mesh_error(exc, recipient) from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "?"
            if status in (401, 403):
                raise TransportError(self._refused_credentials(), code=_CREDENTIALS, source=self._where) from None
            if status in (502, 504):  # a gateway answering for MESH: MESH may still have acted on the request
                raise OutcomeUnknown(f"MESH answered HTTP {status}; {_MAY_HAVE_IT}", source=self._where) from None
            raise TransportError(f"MESH answered HTTP {status}", source=self._where) from None
        except requests.exceptions.SSLError:
            raise TransportError(
                "TLS with MESH failed (check the client certificate, its key and the CA bundle)", source=self._where
            ) from None
        except (requests.ConnectTimeout, requests.ConnectionError) as exc:
            if _never_connected(exc):
                raise TransportError("MESH server unreachable; share again later", source=self._where) from None
            raise OutcomeUnknown(f"the connection to MESH broke; {_MAY_HAVE_IT}", source=self._where) from None
        except requests.Timeout:
            raise OutcomeUnknown(f"no answer from MESH in time; {_MAY_HAVE_IT}", source=self._where) from None
        except requests.exceptions.ChunkedEncodingError:
            raise OutcomeUnknown(f"MESH's answer was cut off; {_MAY_HAVE_IT}", source=self._where) from None
        except requests.exceptions.InvalidJSONError:
            raise OutcomeUnknown(f"MESH's answer could not be read; {_MAY_HAVE_IT}", source=self._where) from None
        except requests.RequestException as exc:
            raise TransportError(f"MESH request failed ({type(exc).__name__})", source=self._where) from None

    def _mesh_error(self, exc: MeshError, recipient: str | None) -> TransportError:
        message, detail = _mesh_error_parts(exc)
        if message in _AUTH_ERRORS:
            return TransportError(self._refused_credentials(), code=_CREDENTIALS, source=self._where)
        # MESH quotes what it refuses: only a code-shaped code and the masked text are passed on (see _redact).
        code = receiver_code(_mesh_error_code(detail))
        text = f"MESH refused the message to mailbox {recipient}: {mask_receiver_text(message)}"
        text += f" (code {code})" if code else ""
        if code in _REJECTING_CODES:
            return DeliveryRejected(text, code=code, source=self._where)
        return TransportError(text, code=code, source=self._where)

    def _refused_credentials(self) -> str:
        return (
            f"MESH refused the credentials for mailbox {self.settings.mailbox} "
            "(check the mailbox id, password and shared key)"
        )


_MAY_HAVE_IT = "it may or may not have the message: the next share settles it"


def _never_connected(exc: requests.RequestException) -> bool:
    """Whether a connection error happened before any request reached MESH (no connection was made)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason: object = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)  # urllib3's MaxRetryError wraps the cause
    return isinstance(reason, urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError)


def _mesh_error_parts(exc: MeshError) -> tuple[str, dict[str, Any]]:
    args = exc.args
    message = str(args[0]) if args else "unknown error"
    detail = args[1] if len(args) > 1 and isinstance(args[1], dict) else {}
    return message, detail


def _mesh_error_code(detail: dict[str, Any]) -> str | None:
    if "errorCode" in detail:  # API v1 error body
        return str(detail["errorCode"])
    entries = detail.get("detail")
    if isinstance(entries, list) and entries and isinstance(entries[0], dict) and entries[0].get("code"):
        return str(entries[0]["code"])  # API v2 error body
    return None


class _Client(MeshClient):
    """mesh-client's MeshClient, under a name of medassess's own (the tests reach it here)."""


def mesh_detail(exc: TransportError) -> str:
    """The ledger's account of a MESH failure: its error code, never MESH's error text."""
    if exc.message.startswith("MESH refused the message"):
        return f"MESH refused the message: MESH error {exc.code}" if exc.code else "MESH refused the message"
    return exc.message


class MeshDelivery(Defaults):
    """The ``mesh`` route: one MESH message to the recipient's mailbox; ``sent`` once MESH accepted it
    (MESH tracking later says whether the recipient acknowledged it)."""

    kind = "mesh"
    route_model = MeshRoute

    def describe_route(self, route: MeshRoute) -> str:
        return f"MESH mailbox {route.mailbox}"

    def deliver(self, route: MeshRoute, parcel: Parcel, links: Links) -> Outcome:
        # A pending or unknown delivery is sent again under the same local id: the current MESH API cannot find
        # a message by its local id, so the receiver may get a second copy (see above).
        mesh = links.mesh
        if mesh is None:
            return Failed("MESH is not configured", attempted=False)
        kill_point("before-send")
        try:
            message_id = mesh.send(
                route.mailbox,
                parcel.payload,
                workflow_id=route.workflow_id or mesh.settings.workflow_id,
                subject=parcel.subject,
                local_id=parcel.local_id,
                content_type=parcel.media_type,
            )
        except OutcomeUnknown as exc:
            kill_point("after-send")
            return Unknown(mesh_detail(exc), exc.message)
        except TransportError as exc:
            return Failed(mesh_detail(exc), exc.message, rejected=isinstance(exc, DeliveryRejected))
        kill_point("after-send")
        return Sent(message_id)
