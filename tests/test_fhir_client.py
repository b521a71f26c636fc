"""The FHIR REST client: against the local FHIR server from ../shared/tools, and OAuth2 with a mock.

The server (Medplum's engine, in memory, on 127.0.0.1) is started once for this module and stopped by its
process id. It has no OAuth2 and no $find-pregnancy, so the token flow and that operation's request shape
are tested with httpx.MockTransport.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from medassess import ConfigurationError, DeliveryRejected, OutcomeUnknown, TransportError, load_record
from medassess.formats.badgernet.pregnancy import (
    find_pregnancy_parameters,
    pregnancy_transaction,
    pregnancy_write_payload,
)
from medassess.transports.fhir_rest import EXPIRY_MARGIN_SECONDS, FhirClient
from tests.fhir_server import fhir_base, vacant_base
from tests.test_badgernet import DOCUMENT, NHS, REASON

__all__ = ["fhir_base", "vacant_base"]  # pytest fixtures, used by name

ROOT = Path(__file__).resolve().parent.parent
ANTENATAL = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
SECRET = "s3cret-Never-Logged"
TOKEN_URL = "https://auth.example.nhs.uk/oauth2/token"
BASE = "https://spine.example.nhs.uk/fhir/R4"


# --- the real FHIR server ------------------------------------------------------------------------------


@pytest.fixture()
def server(fhir_base: str) -> Iterator[FhirClient]:
    with FhirClient(fhir_base, timeout=30) as client:
        yield client


def _pregnancy_patient(server: FhirClient) -> str:
    created = server.create(
        {
            "resourceType": "Patient",
            "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": NHS}],
            "birthDate": "1996-08-14",
        }
    )
    return str(created["id"])


def _created(response: dict[str, Any], resource_type: str) -> list[str]:
    """Logical ids of the resources of one type that a transaction-response says it created."""
    ids = []
    for entry in response["entry"]:
        location = entry["response"]["location"]
        if location.startswith(f"{resource_type}/"):
            ids.append(location.split("/")[1])
    return ids


def test_create_and_read_back(server: FhirClient) -> None:
    patient_id = _pregnancy_patient(server)
    patient = server.read("Patient", patient_id)
    assert patient["identifier"] == [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": NHS}]


def test_a_transaction_lands_against_the_pregnancy_patient(server: FhirClient) -> None:
    patient_id = _pregnancy_patient(server)
    response = server.transaction(pregnancy_transaction(DOCUMENT, NHS, patient_id))
    assert response["type"] == "transaction-response"
    [statement_id] = _created(response, "MedicationStatement")
    statement = server.read("MedicationStatement", statement_id)
    assert statement["subject"] == {"reference": f"Patient/{patient_id}"}
    [organisation_id] = _created(response, "Organization")
    assert statement["informationSource"] == {"reference": f"Organization/{organisation_id}"}


def test_the_assessment_is_written_against_the_pregnancy_and_reads_back(server: FhirClient) -> None:
    patient_id = _pregnancy_patient(server)
    payload = pregnancy_write_payload(load_record(ANTENATAL), patient_id)
    response = server.transaction(payload)
    assert len(response["entry"]) == len(payload["entry"])
    for entry in response["entry"]:
        assert entry["response"]["status"].startswith("201"), entry["response"]
    for sent, got in zip(payload["entry"], response["entry"], strict=True):
        resource_type, logical_id = got["response"]["location"].split("/")[:2]
        assert resource_type == sent["resource"]["resourceType"]
        stored = server.read(resource_type, logical_id)
        subject = stored.get("subject") or stored.get("patient")
        if subject is not None:
            assert subject == {"reference": f"Patient/{patient_id}"}


def test_the_servers_refusal_comes_back_as_its_operation_outcome_text(server: FhirClient) -> None:
    with pytest.raises(DeliveryRejected) as caught:
        server.create({"resourceType": "Patient", "birthDate": "14/08/1996"})
    assert "POST /fhir/R4/Patient answered 400" in caught.value.message
    assert "birthDate" in caught.value.message


def test_reading_what_is_not_there(server: FhirClient) -> None:
    with pytest.raises(DeliveryRejected, match="GET /fhir/R4/Patient/no-such-id answered 404"):
        server.read("Patient", "no-such-id")


def test_a_server_that_is_not_there_is_a_transport_error(vacant_base: str) -> None:
    client = FhirClient(vacant_base, timeout=2)
    with client, pytest.raises(TransportError, match="POST /fhir/R4/Patient failed: ConnectError"):
        client.create({"resourceType": "Patient"})


# --- conditional create: a document stored once, however often it is sent -------------------------------

SYSTEM = "https://medassess.uk/Id/record-document"


def _document(value: str) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "collection", "identifier": {"system": SYSTEM, "value": value}}


def test_create_once_stores_a_document_once_on_the_real_server(server: FhirClient) -> None:
    first = server.create_once(_document("rec-77-v1/rcp-hv"), system=SYSTEM, value="rec-77-v1/rcp-hv")
    again = server.create_once(_document("rec-77-v1/rcp-hv"), system=SYSTEM, value="rec-77-v1/rcp-hv")
    other = server.create_once(_document("rec-77-v1/rcp-sw"), system=SYSTEM, value="rec-77-v1/rcp-sw")
    assert (first.created, again.created, other.created) == (True, False, True)
    assert first.resource_id is not None and again.resource_id == first.resource_id
    assert other.resource_id not in (None, first.resource_id)
    found = server.search("Bundle", {"identifier": f"{SYSTEM}|rec-77-v1/rcp-hv"})
    assert [e["resource"]["id"] for e in found["entry"]] == [first.resource_id]


def _answering(*answers: httpx.Response | Exception, seen: list[httpx.Request] | None = None) -> FhirClient:
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return FhirClient(BASE, transport=httpx.MockTransport(handler))


def test_create_once_sends_if_none_exist_on_the_documents_identifier() -> None:
    seen: list[httpx.Request] = []
    stored = {**_document("r-v1/x"), "id": "b-1"}
    with _answering(httpx.Response(201, json=stored), seen=seen) as client:
        result = client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert (result.created, result.resource_id) == (True, "b-1")
    [request] = seen
    assert (request.method, request.url.path) == ("POST", "/fhir/R4/Bundle")
    assert request.headers["If-None-Exist"] == f"identifier={SYSTEM}|r-v1/x"


def test_create_once_takes_the_id_from_location_when_the_body_has_none() -> None:
    outcome = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational"}]}
    minimal = httpx.Response(201, headers={"Location": f"{BASE}/Bundle/b-9/_history/1"}, json=outcome)
    with _answering(minimal) as client:
        result = client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert (result.created, result.resource_id) == (True, "b-9")


def test_create_once_refuses_an_answer_about_another_document() -> None:
    someone_else = httpx.Response(200, json={**_document("other-v1/y"), "id": "b-2"})
    with _answering(someone_else) as client, pytest.raises(TransportError, match="answered with another Bundle"):
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")


def test_create_once_reports_several_copies_as_a_412_rejection() -> None:
    several = httpx.Response(412, json={"resourceType": "OperationOutcome", "issue": [{"code": "duplicate"}]})
    with _answering(several) as client, pytest.raises(DeliveryRejected) as caught:
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert caught.value.code == "412"


@pytest.mark.parametrize(
    ("failure", "unknown"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("no connection"), False),
        (httpx.ReadTimeout("no answer"), True),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), True),
        (httpx.ReadError("reset"), True),
        (httpx.WriteError("broken pipe"), True),
    ],
)
def test_a_request_that_may_have_arrived_is_told_from_one_that_never_left(failure: Exception, unknown: bool) -> None:
    with _answering(failure) as client, pytest.raises(TransportError) as caught:
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert isinstance(caught.value, OutcomeUnknown) is unknown
    assert type(failure).__name__ in caught.value.message


def _retrying(*answers: httpx.Response | Exception, seen: list[httpx.Request]) -> FhirClient:
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return FhirClient(BASE, transport=httpx.MockTransport(handler), retries=2, backoff=0)


def test_create_once_sends_again_after_no_definite_answer_since_the_condition_makes_it_safe() -> None:
    seen: list[httpx.Request] = []
    held = httpx.Response(200, json={**_document("r-v1/x"), "id": "b-1"})
    with _retrying(httpx.ReadTimeout("lost"), httpx.Response(503), held, seen=seen) as client:
        result = client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert (result.created, result.resource_id, len(seen)) == (False, "b-1", 3)
    assert {r.headers["If-None-Exist"] for r in seen} == {f"identifier={SYSTEM}|r-v1/x"}


def test_create_once_gives_up_after_its_retries_and_remembers_a_lost_answer() -> None:
    seen: list[httpx.Request] = []
    refused = [httpx.ConnectError("refused")] * 3
    with _retrying(*refused, seen=seen) as client, pytest.raises(TransportError) as never:
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert not isinstance(never.value, OutcomeUnknown) and len(seen) == 3
    with _retrying(httpx.ReadTimeout("lost"), *refused[:2], seen=seen) as client, pytest.raises(OutcomeUnknown) as lost:
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert "an earlier try's answer was lost" in lost.value.message


def test_create_once_never_sends_a_refusal_again() -> None:
    seen: list[httpx.Request] = []
    with _retrying(httpx.Response(422), seen=seen) as client, pytest.raises(DeliveryRejected):
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert len(seen) == 1


@pytest.mark.parametrize("kwargs", [{"retries": 11}, {"timeout": 0}, {"backoff": 301}, {"retries": -1}])
def test_client_settings_outside_safe_bounds_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError, match=r"FHIR \w+ must be from"):
        FhirClient(BASE, **kwargs)  # type: ignore[arg-type]


def test_a_gateway_timeout_may_have_stored_it() -> None:
    with _answering(httpx.Response(504)) as client, pytest.raises(OutcomeUnknown) as caught:
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert caught.value.code == "504"
    with _answering(httpx.Response(503)) as client, pytest.raises(TransportError) as plain:
        client.create_once(_document("r-v1/x"), system=SYSTEM, value="r-v1/x")
    assert not isinstance(plain.value, OutcomeUnknown)


# --- OAuth2 client credentials, with a mock -------------------------------------------------------------


class Spine:
    """A token endpoint and a FHIR endpoint, recording every request."""

    def __init__(self, *, expires_in: int | None = 300, fhir_status: list[int] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.tokens_issued = 0
        self.expires_in = expires_in
        self.fhir_status = fhir_status or []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if str(request.url) == TOKEN_URL:
            self.tokens_issued += 1
            body: dict[str, Any] = {"access_token": f"token-{self.tokens_issued}", "token_type": "Bearer"}
            if self.expires_in is not None:
                body["expires_in"] = self.expires_in
            return httpx.Response(200, json=body)
        status = self.fhir_status.pop(0) if self.fhir_status else 200
        if status != 200:
            return httpx.Response(status, json={"resourceType": "OperationOutcome", "issue": [{"code": "login"}]})
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset", "total": 0})

    def fhir_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) != TOKEN_URL]

    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) == TOKEN_URL]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _client(spine: Spine, clock: Clock | None = None, **kwargs: Any) -> FhirClient:
    return FhirClient(
        BASE,
        token_url=TOKEN_URL,
        client_id="medassess-instance-1",
        client_secret=SECRET,
        scope="system/*.write",
        transport=httpx.MockTransport(spine),
        clock=clock or Clock(),
        **kwargs,
    )


def test_the_token_is_fetched_once_and_sent_as_a_bearer_header() -> None:
    spine = Spine()
    client = _client(spine)
    client.search("Patient", {"_count": "1"})
    client.search("Patient", {"_count": "1"})
    assert spine.tokens_issued == 1
    assert [r.headers["Authorization"] for r in spine.fhir_requests()] == ["Bearer token-1", "Bearer token-1"]
    [token_request] = spine.token_requests()
    assert token_request.method == "POST"
    expected = base64.b64encode(f"medassess-instance-1:{SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {expected}"
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form == {"grant_type": "client_credentials", "scope": "system/*.write"}


def test_the_token_is_renewed_before_it_expires() -> None:
    spine, clock = Spine(expires_in=300), Clock()
    client = _client(spine, clock)
    client.search("Patient", {})
    clock.now += 300 - EXPIRY_MARGIN_SECONDS - 1
    client.search("Patient", {})
    assert spine.tokens_issued == 1
    clock.now += 1
    client.search("Patient", {})
    assert spine.tokens_issued == 2
    assert spine.fhir_requests()[-1].headers["Authorization"] == "Bearer token-2"


def test_a_token_without_a_lifetime_is_used_once() -> None:
    spine = Spine(expires_in=None)
    client = _client(spine)
    client.search("Patient", {})
    client.search("Patient", {})
    assert spine.tokens_issued == 2


def test_a_revoked_token_is_replaced_once_then_the_401_is_reported() -> None:
    spine = Spine(fhir_status=[401])
    client = _client(spine)
    client.search("Patient", {})
    assert [r.headers["Authorization"] for r in spine.fhir_requests()] == ["Bearer token-1", "Bearer token-2"]

    spine = Spine(fhir_status=[401, 401, 200])
    client = _client(spine)
    with pytest.raises(TransportError, match="answered 401: login") as caught:
        client.search("Patient", {})
    assert not isinstance(caught.value, DeliveryRejected)
    assert len(spine.fhir_requests()) == 2


def test_client_secret_post_puts_the_credentials_in_the_form() -> None:
    spine = Spine()
    _client(spine, client_auth="post").search("Patient", {})
    [token_request] = spine.token_requests()
    assert "Authorization" not in token_request.headers
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form["client_id"] == "medassess-instance-1" and form["client_secret"] == SECRET


def test_refused_credentials_are_a_configuration_error_that_never_shows_the_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client", "error_description": f"bad secret {SECRET}"})

    client = FhirClient(
        BASE, token_url=TOKEN_URL, client_id="id-1", client_secret=SECRET, transport=httpx.MockTransport(refuse)
    )
    with pytest.raises(ConfigurationError, match=r"refused the client credentials \(invalid_client\)") as caught:
        client.search("Patient", {})
    assert caught.value.exit_status == 2
    assert SECRET not in str(caught.value) and SECRET not in repr(client) and SECRET not in caplog.text
    assert repr(client) == f"FhirClient('{BASE}', client_id='id-1')"


def test_tokens_never_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _client(Spine()).search("Patient", {})
    assert "token-1" not in caplog.text and SECRET not in caplog.text


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://spine.example.nhs.uk/fhir/R4", "use https://"),
        ("ftp://spine.example.nhs.uk", "expected an https:// URL"),
        ("https://user:pw@spine.example.nhs.uk", "credentials do not belong in the URL"),
    ],
)
def test_unsafe_base_urls_are_refused(url: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        FhirClient(url)


def test_a_token_url_needs_both_halves_of_the_credentials() -> None:
    with pytest.raises(ConfigurationError, match="both a client id and a client secret"):
        FhirClient(BASE, token_url=TOKEN_URL, client_id="id-1")


# --- $find-pregnancy request shape -------------------------------------------------------------------


def test_find_pregnancy_posts_the_parameters_to_the_operation() -> None:
    seen: list[httpx.Request] = []
    found = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [{"resource": {"resourceType": "Patient", "id": "p1"}}],
    }

    def spine(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=found)

    parameters = find_pregnancy_parameters(load_record(ANTENATAL), REASON)
    with FhirClient(BASE, transport=httpx.MockTransport(spine)) as client:
        assert client.find_pregnancy(parameters) == found
    [request] = seen
    assert (request.method, str(request.url)) == ("POST", f"{BASE}/Patient/$find-pregnancy")
    assert request.headers["Content-Type"] == "application/fhir+json"
    assert request.headers["Accept"] == "application/fhir+json"
    assert orjson.loads(request.content) == parameters


def test_no_pregnancy_found_is_none_not_an_error() -> None:
    def spine(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"resourceType": "OperationOutcome", "issue": [{"code": "not-found"}]})

    with FhirClient(BASE, transport=httpx.MockTransport(spine)) as client:
        assert client.find_pregnancy(find_pregnancy_parameters(load_record(ANTENATAL), REASON)) is None


def test_a_server_error_on_find_is_a_transport_error_without_patient_data() -> None:
    def spine(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, text="busy")

    with FhirClient(BASE, transport=httpx.MockTransport(spine)) as client, pytest.raises(TransportError) as caught:
        client.find_pregnancy(find_pregnancy_parameters(load_record(ANTENATAL), REASON))
    assert "POST /fhir/R4/Patient/$find-pregnancy answered 503: Service Unavailable" in str(caught.value)
    assert NHS not in str(caught.value)


def test_the_servers_text_is_cleaned_of_terminal_controls() -> None:
    def spine(request: httpx.Request) -> httpx.Response:
        outcome = {
            "resourceType": "OperationOutcome",
            "issue": [{"code": "invalid", "diagnostics": "bad\x1b[2J\u202einput"}],
        }
        return httpx.Response(422, json=outcome)

    client = FhirClient(BASE, transport=httpx.MockTransport(spine))
    with client, pytest.raises(DeliveryRejected) as caught:
        client.create({"resourceType": "Observation"})
    # The escape's "[2J" is not a word medassess keeps (see _redact), so it is masked as well as defused.
    assert caught.value.message == "POST /fhir/R4/Observation answered 422: bad [… input"
