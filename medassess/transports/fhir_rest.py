"""A FHIR R4 REST client for BadgerNet Spine style receivers, with OAuth 2.0 client credentials.

Each client system instance has its own client id and secret. The client asks the token endpoint for a
bearer token (``grant_type=client_credentials``, the id and secret in HTTP Basic by default, in the form
body when ``client_auth="post"``), keeps it until shortly before it expires, and sends it on every
request. A 401 from the FHIR server gets one retry with a fresh token, since a token can be revoked
before its expiry. Nothing else is retried here; the sharing ledger decides what to resend.

A document is written with :meth:`FhirClient.create_once`, a FHIR conditional create (``If-None-Exist:
identifier=<system>|<value>`` on the document's own identifier): the server stores it only when it holds
no Bundle with that identifier, and otherwise answers with the one it holds. So sending it again after a
lost answer never makes a second copy, on a server that honours ``If-None-Exist`` (FHIR R4 3.1.0.8.1).

A request that failed before it could reach the server (no connection) raises :class:`TransportError`; one
whose answer was lost after it was sent (a read timeout, a dropped connection, a gateway timeout) raises
:class:`OutcomeUnknown`, since the server may have acted on it.

Errors carry the server's OperationOutcome text, the method and the path (not the query string, which may
hold identifiers). Secrets and tokens never appear in ``repr``, logs or errors. Plain ``http://`` is
refused except to this machine: a receiver of patient data is reached over TLS.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
import orjson

from ..core.exceptions import ConfigurationError, DeliveryRejected, MedassessError, OutcomeUnknown, TransportError
from ..core.killpoints import kill_point
from ..core.limits import Limits, amount, over
from ..core.redact import mask_receiver_text
from ..record.model import FhirRoute
from .base import Defaults, Failed, Links, Outcome, Parcel, Sent, Unknown
from .bounds import check_limits

__all__ = ["FhirClient", "FhirRestDelivery", "Stored", "fhir_detail"]

FHIR_JSON = "application/fhir+json"
EXPIRY_MARGIN_SECONDS = 30.0
"""A token is renewed this long before it expires, so it does not lapse on the way to the server."""
MAX_ERROR_TEXT = 500
_DEFINITE_REFUSALS = frozenset({400, 404, 405, 409, 410, 412, 422})
"""Statuses that mean the server understood and refused: sending the same request again would not help."""
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
                 httpx.LocalProtocolError, httpx.ProxyError)  # fmt: skip
"""httpx failures that happen before a request reaches the server; any other may follow its arrival."""
_ANSWER_LOST_STATUSES = frozenset({502, 504})
"""A gateway answering for the server (bad gateway, gateway timeout): the server may still have acted on it."""


@dataclass(frozen=True, slots=True)
class Stored:
    """What a conditional create found: the resource as the server holds it, and whether this request
    created it (201) or the server already held it (200)."""

    created: bool
    resource_id: str | None
    resource: dict[str, Any]


def checked_url(url: str, option: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError("expected an https:// URL", source=option)
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
        raise ConfigurationError(
            "patient data goes over TLS: use https:// (http:// only to this machine)", source=option
        )
    if parts.username or parts.password:
        raise ConfigurationError("credentials do not belong in the URL", source=option)
    return url.rstrip("/")


def _outcome_text(response: httpx.Response) -> str:
    """What the server said went wrong: its OperationOutcome's issue texts, else the HTTP reason."""
    try:
        body = response.json()
    except ValueError:
        body = None
    texts: list[str] = []
    if isinstance(body, dict) and body.get("resourceType") == "OperationOutcome":
        for issue in body.get("issue") or []:
            text = (issue.get("details") or {}).get("text") or issue.get("diagnostics") or issue.get("code") or ""
            where = ", ".join(issue.get("expression") or [])
            texts.append(f"{text} ({where})" if where else text)
    joined = "; ".join(t for t in texts if t) or response.reason_phrase or "no explanation"
    # The server's words reach a terminal and the ledger's reader: control and format characters go, and so does
    # anything that may quote the patient (see _redact).
    joined = mask_receiver_text(joined)
    return joined if len(joined) <= MAX_ERROR_TEXT else joined[: MAX_ERROR_TEXT - 1] + "…"


class FhirClient:
    """Talk FHIR R4 JSON to one base URL; with ``token_url`` set, authenticate with client credentials.

    ``transport`` is an httpx transport (e.g. ``httpx.MockTransport`` in tests); ``clock`` gives seconds
    for token expiry (``time.monotonic``). ``retries`` and ``backoff`` apply to :meth:`create_once` only, the
    one write that is safe to send again.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
        client_auth: Literal["basic", "post"] = "basic",
        timeout: float = 30.0,
        retries: int = 0,
        backoff: float = 1.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = checked_url(base_url, "base_url")
        self.token_url = checked_url(token_url, "token_url") if token_url else None
        if self.token_url and not (client_id and client_secret):
            raise ConfigurationError("client credentials need both a client id and a client secret", source="token_url")
        self.client_id = client_id
        self._credentials = (client_id, client_secret) if self.token_url and client_id and client_secret else None
        check_limits("FHIR", "fhir", timeout=timeout, retries=retries, backoff=backoff)
        self.retries = retries
        self.backoff = backoff
        self.scope = scope
        self.client_auth = client_auth
        self._clock = clock
        self._token: str | None = None
        self._token_expires = 0.0
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
            **_bounded_answers(Limits.from_environment().response_bytes),
        )

    def __repr__(self) -> str:
        auth = f", client_id={self.client_id!r}" if self.token_url else ""
        return f"FhirClient({self.base_url!r}{auth})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FhirClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- FHIR interactions ---------------------------------------------------------------------------

    def find_pregnancy(self, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
        """``POST [base]/Patient/$find-pregnancy``: a Bundle holding the pregnancy's Patient, or None when
        the server finds none (404: no match, or this client is not one of the pregnancy's stakeholders)."""
        return self._find("Patient/$find-pregnancy", parameters)

    def find_all_pregnancies(self, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
        """``POST [base]/Patient/$find-all-pregnancies``: each pregnancy's Patient and EDD Observation, or
        None when the server finds none (404)."""
        return self._find("Patient/$find-all-pregnancies", parameters)

    def transaction(self, bundle: Mapping[str, Any]) -> dict[str, Any]:
        """``POST [base]`` with a transaction (or batch) Bundle; the transaction-response Bundle."""
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") not in ("transaction", "batch"):
            raise ConfigurationError("a transaction needs a Bundle of type transaction or batch", path="Bundle.type")
        return self._resource(self._send("POST", "", bundle))

    def post_bundle(self, bundle: Mapping[str, Any]) -> dict[str, Any]:
        """``POST [base]/Bundle``: store a Bundle (e.g. a document) as it is."""
        return self.create(bundle)

    def create_once(self, resource: Mapping[str, Any], *, system: str, value: str) -> Stored:
        """``POST [base]/[type]`` with ``If-None-Exist: identifier=<system>|<value>``: stored unless the server
        already holds a resource with that identifier, which it then returns (200) instead.

        The server's answer must be the resource with that identifier (or its id in ``Location``): a
        different one proves nothing and raises :class:`TransportError`. A 412 (the server holds several
        with the identifier) raises :class:`DeliveryRejected` with code ``412``.

        A try with no definite answer (no connection, a server error, a lost answer) is sent again up to
        ``retries`` times, ``backoff`` seconds apart (doubling): the condition makes that safe. When a try's
        answer was lost and a later one failed outright, the result is :class:`OutcomeUnknown`.
        """
        tries, lost = 0, False
        while True:
            try:
                return self._create_once(resource, system=system, value=value)
            except DeliveryRejected:
                raise
            except TransportError as exc:
                lost = lost or isinstance(exc, OutcomeUnknown)
                if tries >= self.retries:
                    if lost and not isinstance(exc, OutcomeUnknown):
                        raise OutcomeUnknown(
                            f"{exc.message}; an earlier try's answer was lost", code=exc.code, source=exc.source
                        ) from None
                    raise
                tries += 1
                time.sleep(self.backoff * 2 ** (tries - 1))

    def _create_once(self, resource: Mapping[str, Any], *, system: str, value: str) -> Stored:
        resource_type = str(resource.get("resourceType") or "")
        criteria = {"If-None-Exist": f"identifier={system}|{value}"}
        response = self._send("POST", resource_type, resource, headers=criteria)
        stored = self._resource(response)
        where = f"{response.request.method} {response.request.url.path}"
        if stored.get("resourceType") == resource_type:
            identifiers = stored.get("identifier")
            found = identifiers if isinstance(identifiers, list) else [identifiers] if identifiers else []
            if found and not any(
                isinstance(i, dict) and i.get("system") == system and i.get("value") == value for i in found
            ):
                raise TransportError(f"{where}: the server answered with another {resource_type}", source=self.base_url)
            resource_id = stored.get("id")
        else:
            resource_id = None
        if not isinstance(resource_id, str) or not resource_id:
            resource_id = _location_id(response, resource_type)
        return Stored(created=response.status_code == 201, resource_id=resource_id, resource=stored)

    def create(self, resource: Mapping[str, Any]) -> dict[str, Any]:
        """``POST [base]/[type]``: the created resource as the server stored it."""
        return self._resource(self._send("POST", str(resource.get("resourceType") or ""), resource))

    def read(self, resource_type: str, logical_id: str) -> dict[str, Any]:
        """``GET [base]/[type]/[id]``."""
        return self._resource(self._send("GET", f"{resource_type}/{logical_id}", None))

    def search(self, resource_type: str, params: Mapping[str, str]) -> dict[str, Any]:
        """``GET [base]/[type]?params``: a searchset Bundle."""
        return self._resource(self._send("GET", resource_type, None, params=params))

    # --- plumbing ------------------------------------------------------------------------------------

    def _find(self, operation: str, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
        response = self._send("POST", operation, parameters)
        return None if response.status_code == 404 else self._resource(response)

    def _send(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        url = f"{self.base_url}/{path}" if path else self.base_url
        sent_headers = {"Accept": FHIR_JSON, **(headers or {})}
        if body is not None:
            sent_headers["Content-Type"] = FHIR_JSON
        for renew in (False, True):
            if self._credentials:
                sent_headers["Authorization"] = f"Bearer {self._bearer(self._credentials, renew=renew)}"
            try:
                content = orjson.dumps(body) if body is not None else None
                response = self._http.request(method, url, content=content, headers=sent_headers, params=params)
            except _NOTHING_SENT as exc:
                where = f"{method} {urlsplit(url).path}"
                raise TransportError(f"{where} failed: {exc.__class__.__name__}", source=self.base_url) from None
            except httpx.HTTPError as exc:
                where = f"{method} {urlsplit(url).path}"
                raise OutcomeUnknown(
                    f"{where}: no answer ({exc.__class__.__name__}); the server may have acted on it",
                    source=self.base_url,
                ) from None
            if not (response.status_code == 401 and self._credentials and not renew):
                break
        return response

    def _resource(self, response: httpx.Response) -> dict[str, Any]:
        where = f"{response.request.method} {response.request.url.path}"
        if not response.is_success:
            message = f"{where} answered {response.status_code}: {_outcome_text(response)}"
            if response.status_code in _DEFINITE_REFUSALS:
                raise DeliveryRejected(message, code=str(response.status_code), source=self.base_url)
            if response.status_code in _ANSWER_LOST_STATUSES:
                raise OutcomeUnknown(message, code=str(response.status_code), source=self.base_url)
            raise TransportError(message, code=str(response.status_code), source=self.base_url)
        try:
            result = response.json()
        except ValueError:
            result = None
        if not isinstance(result, dict) or "resourceType" not in result:
            # A success whose body cannot be read: the server acted, but what it did is not known here.
            raise OutcomeUnknown(f"{where}: the answer is not a FHIR resource", source=self.base_url)
        return result

    def _bearer(self, credentials: tuple[str, str], *, renew: bool) -> str:
        if self._token is None or renew or self._clock() >= self._token_expires - EXPIRY_MARGIN_SECONDS:
            self._token = self._fetch_token(*credentials)
        return self._token

    def _fetch_token(self, client_id: str, secret: str) -> str:
        token_url = str(self.token_url)
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        auth = httpx.Auth()  # the base class sends the request as it is
        if self.client_auth == "post":
            form |= {"client_id": client_id, "client_secret": secret}
        else:
            auth = httpx.BasicAuth(client_id, secret)
        try:
            response = self._http.post(token_url, data=form, auth=auth, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise TransportError(f"token request failed: {exc.__class__.__name__}", source=token_url) from None
        if response.status_code in (400, 401):
            # RFC 6749 section 5.2: invalid_client, unauthorized_client, invalid_scope... are set-up problems.
            error = _token_error(response)
            raise ConfigurationError(f"the token endpoint refused the client credentials ({error})", source=token_url)
        if not response.is_success:
            raise TransportError(f"the token endpoint answered {response.status_code}", source=token_url)
        try:
            body = response.json()
        except ValueError:
            body = None
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token or str(body.get("token_type", "")).lower() != "bearer":
            raise TransportError("the token endpoint did not return a bearer access token", source=token_url)
        expires_in = body.get("expires_in")
        # Without expires_in the lifetime is unknown, so the token is used for this request only.
        lifetime = float(expires_in) if isinstance(expires_in, int | float) and expires_in > 0 else 0.0
        self._token_expires = self._clock() + lifetime
        return token


def _location_id(response: httpx.Response, resource_type: str) -> str | None:
    """The logical id in a ``Location`` header (``[base]/[type]/[id]/_history/[vid]``), for a server that
    answers a create without the resource."""
    parts = urlsplit(str(response.headers.get("Location", ""))).path.split("/")
    for i in range(len(parts) - 1):
        if parts[i] == resource_type and parts[i + 1]:
            return parts[i + 1]
    return None


def _token_error(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    error = body.get("error") if isinstance(body, dict) else None
    return (
        mask_receiver_text(error)
        if isinstance(error, str) and error.isascii() and len(error) < 64
        else f"HTTP {response.status_code}"
    )


# --- bounded answers ---------------------------------------------------------------------------------------
# Every answer (FHIR server or token endpoint) is read no further than MEDASSESS_MAX_RESPONSE_BYTES. Answers
# are asked for uncompressed and refused compressed, because httpx would inflate them past any bound on the
# bytes received. A refused answer is an answer not read: the server may have acted, so it is OutcomeUnknown.


def _bounded_answers(limit: int) -> dict[str, Any]:
    """httpx.Client options that refuse an answer larger than ``limit`` bytes before reading past it."""

    def check(response: httpx.Response) -> None:
        where = f"{response.request.method} {response.request.url.path}"
        source = f"{response.request.url.scheme}://{response.request.url.netloc.decode('ascii')}"
        if response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity"):
            raise OutcomeUnknown(
                f"{where}: the answer is compressed though it was asked for uncompressed; "
                "the server may have acted on it",
                source=source,
            )
        declared = response.headers.get("Content-Length", "")
        too_large = OutcomeUnknown(
            f"{where}: the answer is larger than {amount('response_bytes', limit)} {over('response_bytes')}; "
            "the server may have acted on it",
            source=source,
        )
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        response.stream = _Bounded(response.stream, limit, too_large)

    return {"headers": {"Accept-Encoding": "identity"}, "event_hooks": {"response": [check]}}


class _Bounded(httpx.SyncByteStream):
    """A response body that raises ``too_large`` once more than ``limit`` bytes have come."""

    def __init__(self, stream: Any, limit: int, too_large: TransportError) -> None:
        self._stream = stream
        self._limit = limit
        self._too_large = too_large

    def __iter__(self) -> Iterator[bytes]:
        held = 0
        for chunk in self._stream:
            held += len(chunk)
            if held > self._limit:
                raise self._too_large
            yield chunk

    def close(self) -> None:
        self._stream.close()


def fhir_detail(exc: MedassessError) -> str:
    """The ledger's account of a FHIR failure: the HTTP status, never the server's OperationOutcome text;
    other failures (connection, token) are described in medassess's own words already."""
    if isinstance(exc, TransportError) and exc.code:
        verdict = "rejected by" if isinstance(exc, DeliveryRejected) else "error from"
        return f"HTTP {exc.code}: {verdict} the FHIR server"
    return exc.message


class FhirRestDelivery(Defaults):
    """The ``fhir`` route: the FHIR document Bundle is POSTed to ``[base_url]/Bundle`` as a conditional create
    on its own identifier (``If-None-Exist``); the server storing it, or answering that it already holds
    it, both delivers and acknowledges."""

    kind = "fhir"
    route_model = FhirRoute
    fixed_format = ("fhir-json", "a FHIR REST route carries FHIR JSON")

    def wire_bytes(self, payload: bytes) -> bytes:
        # The bytes FhirClient puts on the wire, so the ledger's hash is of what the server received.
        return orjson.dumps(orjson.loads(payload))

    def describe_route(self, route: FhirRoute) -> str:
        return f"FHIR server {route.base_url}"

    def deliver(self, route: FhirRoute, parcel: Parcel, links: Links) -> Outcome:
        client = links.fhir.get(route.base_url.rstrip("/"))
        if client is None:
            return Failed("this FHIR server is not configured ([[fhir]])", attempted=False)
        bundle = orjson.loads(parcel.payload)
        identifier = bundle["identifier"]
        kill_point("before-send")
        try:
            stored = client.create_once(bundle, system=identifier["system"], value=identifier["value"])
        except OutcomeUnknown as exc:
            kill_point("after-send")
            return Unknown(fhir_detail(exc), exc.message)
        except DeliveryRejected as exc:
            if exc.code != "412":
                return Failed(fhir_detail(exc), exc.message, rejected=True)
            # More than one Bundle with this identifier: the server holds the document (more than once already).
            return Sent(None, acknowledged="HTTP 412: the FHIR server already holds more than one copy")
        except (TransportError, ConfigurationError) as exc:
            # ConfigurationError: the token endpoint refused the credentials; others may still be reached.
            return Failed(fhir_detail(exc), exc.message)
        kill_point("after-send")
        if stored.resource_id is None:
            # A 2xx without the stored Bundle's id proves nothing; asking again cannot make a second copy.
            return Unknown("the FHIR server answered without the stored Bundle's id")
        detail = "stored by the FHIR server" if stored.created else "the FHIR server already held it (If-None-Exist)"
        return Sent(stored.resource_id, acknowledged=detail)
