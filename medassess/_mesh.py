"""Delivery over NHS MESH (Message Exchange for Social Care and Health) with NHS England's ``mesh-client``.

Each payload is one MESH message to the recipient's mailbox, with the site's workflow id, a subject that
carries no patient data, and a local id made from the record id, version and recipient, so the same
delivery is recognisable in MESH tracking when it is attempted again.

Errors become :class:`TransportError` (worth retrying: MESH unreachable, credentials refused, server
errors) or :class:`DeliveryRejected` (MESH refused this message for good, e.g. an unregistered recipient
mailbox). Messages name the MESH host, mailbox and HTTP status or MESH error code, never a credential and
never payload content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast
from urllib.parse import quote, urlsplit

import requests
from mesh_client import MeshClient, MeshError

from ._config import MeshSettings
from ._exceptions import DeliveryRejected, TransportError
from ._redact import mask_receiver_text, receiver_code

T = TypeVar("T")

_REJECTING_CODES = frozenset({"06", "07", "08", "09", "11", "12", "14", "17", "18", "EPL-150", "EPL-151"})
"""MESH error codes that refuse this message whatever the retry (unknown recipient, workflow not registered,
malformed control data), as listed in the MESH API's send errors."""
_AUTH_ERRORS = frozenset({"Invalid Authentication Token", "No mailbox matched", "Mailbox id does not match token"})
_FAILED_STATUSES = frozenset({"error", "undeliverable", "failed", "expired"})


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

    def __init__(self, settings: MeshSettings, *, timeout: float = 60.0) -> None:
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
            timeout=timeout,
            # A send is never retried by the client: MESH does not deduplicate, so a retried POST whose first
            # attempt arrived would be a duplicate. Resends go through the ledger and the local-id lookup.
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
        """Send one message; returns the MESH message id."""
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

    def find(self, local_id: str) -> Tracking | None:
        """The message this mailbox sent with ``local_id``, or None when MESH has none."""
        return self._call(lambda: self._client.track_local_id(local_id))

    def _call(self, action: Callable[[], T], *, recipient: str | None = None) -> T:
        try:
            return action()
        except MeshError as exc:
            raise self._mesh_error(exc, recipient) from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "?"
            if status in (401, 403):
                raise TransportError(self._refused_credentials(), source=self._where) from None
            raise TransportError(f"MESH answered HTTP {status}", source=self._where) from None
        except requests.Timeout:
            raise TransportError(
                "no answer from MESH in time; it may or may not have the message: share again to settle it",
                source=self._where,
            ) from None
        except requests.exceptions.SSLError:
            raise TransportError(
                "TLS with MESH failed (check the client certificate, its key and the CA bundle)", source=self._where
            ) from None
        except requests.ConnectionError:
            raise TransportError("MESH server unreachable; share again later", source=self._where) from None
        except requests.RequestException as exc:
            raise TransportError(f"MESH request failed ({type(exc).__name__})", source=self._where) from None

    def _mesh_error(self, exc: MeshError, recipient: str | None) -> TransportError:
        message, detail = _mesh_error_parts(exc)
        if message in _AUTH_ERRORS:
            return TransportError(self._refused_credentials(), source=self._where)
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
    """mesh-client, plus the outbox lookup by local id that it does not wrap."""

    def track_local_id(self, local_id: str) -> Tracking | None:
        # MESH's "track outbox by local id" endpoint: 404 when this mailbox sent nothing with the id, 300
        # when it sent several (an earlier run already resent it: the recipient has it).
        response = self._session.get(f"{self.mailbox_url}/outbox/tracking/{quote(local_id, safe='')}", timeout=60)
        if response.status_code == 404:
            return None
        if response.status_code == 300:
            return Tracking(message_id=None, status="accepted")
        response.raise_for_status()
        info = cast(dict[str, Any], response.json())
        return Tracking(message_id=info.get("messageId") or None, status=str(info.get("status") or "").lower())
