"""A receiver's words are masked before medassess prints, logs or keeps them, and its machine codes survive.

Receivers quote what they refuse. An MLLP acknowledgement's MSA-3 and ERR text, a MESH error, a FHIR
OperationOutcome's diagnostics: each is masked (medassess.core.redact) for NHS numbers (ten digits however they are
written, valid Modulus 11 or not) and for every word outside a fixed vocabulary of operational words, so names
go; the words that say what went wrong, and the receiver's codes, stay. Both directions are tested here, and
end to end through each transport: the exception, the delivery result, the log.
"""

from __future__ import annotations

import logging
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from mesh_client import MeshError

from medassess import DeliveryRejected, TransportError
from medassess.core.redact import MASK, NUMBER_MASK, OPERATIONAL_WORDS, mask_receiver_text, receiver_code
from medassess.sharing.config import load_config
from medassess.transports.fhir_rest import FhirClient
from medassess.transports.mesh import MeshTransport, _Client
from medassess.transports.mllp import DeliveryResult, MllpClient, frame, parse_ack
from tests.canaries import FAMILY, GIVEN, NHS, SENTENCE, leaked

NHS_WRITTEN = [
    NHS,
    f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}",
    f"{NHS[:3]}-{NHS[3:6]}-{NHS[6:]}",
    f"{NHS[:3]}.{NHS[3:6]}.{NHS[6:]}",
]
NOT_MODULUS_11 = "9876500482"
QUOTED = [
    f"PID-3 {NHS} does not match {FAMILY}^{GIVEN}",
    f"Patient {GIVEN} {FAMILY} (NHS {NHS_WRITTEN[1]}) born 1996-08-14 is not registered",
    f"Unknown patient: {SENTENCE}",
    f"No match for {NOT_MODULUS_11}",
    f"Mailbox for {GIVEN.upper()} not found",
]


@pytest.mark.parametrize("text", [*NHS_WRITTEN, NOT_MODULUS_11, *QUOTED])
def test_nhs_numbers_and_names_are_masked(text: str) -> None:
    masked = mask_receiver_text(text)
    assert not leaked(masked), masked
    assert NOT_MODULUS_11 not in masked and "1996" not in masked
    assert MASK in masked or NUMBER_MASK in masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Unknown segment", "Unknown segment"),
        ("Required field missing", "Required field missing"),
        ("Error code 207: Application internal error", "Error code 207: Application internal error"),
        ("MSH-10 control id duplicate; OBX-5.1 too long", "MSH-10 control id duplicate; OBX-5.1 too long"),
        ("EPL-151 Unregistered to address", "EPL-151 Unregistered to address"),
        ("HTTP 422 Unprocessable Entity", "HTTP 422 Unprocessable Entity"),
        (
            "Invalid reference at Bundle.entry[3].resource.subject",
            "Invalid reference at Bundle.entry[3].resource.subject",
        ),
        ("not-found: Patient.birthDate", "not-found: Patient.birthDate"),
        (f"Unknown segment {GIVEN.upper()[:3]} in message", f"Unknown segment {MASK} in message"),
        (f"PID-3 {NHS} does not match {FAMILY}", f"PID-3 {NUMBER_MASK} does not match {MASK}"),
    ],
)
def test_operational_text_and_codes_survive(text: str, kept: str) -> None:
    assert mask_receiver_text(text) == kept


def test_common_first_names_are_not_operational_words() -> None:
    for name in ("may", "will", "grace", "hope", "mark", "rose", "june", "april"):
        assert name not in OPERATIONAL_WORDS
        assert mask_receiver_text(f"{name.title()} Smith") == MASK


@pytest.mark.parametrize(
    ("value", "code"), [("AE", "AE"), ("207", "207"), ("06", "06"), ("EPL-151", "EPL-151"), (422, "422")]
)
def test_machine_codes_are_kept(value: object, code: str) -> None:
    assert receiver_code(value) == code


@pytest.mark.parametrize("value", [NHS, GIVEN, SENTENCE, "", None, True, f"E{NHS}"])
def test_what_is_not_shaped_like_a_code_is_not_kept_as_one(value: object) -> None:
    assert receiver_code(value) is None


# --- MLLP --------------------------------------------------------------------------------------------------

CONTROL_ID = "C4365D4A24910AEFF106"
MESSAGE = f"MSH|^~\\&|MEDASSESS|Y90001|MATERNITY|Y90400|20260302164000||MDM^T02^MDM_T02|{CONTROL_ID}|P|2.5.1\r".encode()


def _ack(code: str, control_id: str, text: str = "", err: str = "") -> bytes:
    ack = f"MSH|^~\\&|RECEIVER|Y90400|MEDASSESS|Y90001|20260302164001||ACK|A1|P|2.5.1\rMSA|{code}|{control_id}|{text}\r"
    return frame((ack + (f"ERR||PID^1^3|101^{err}^HL70357|E||||{err}\r" if err else "")).encode())


@contextmanager
def _answering(answer: bytes) -> Iterator[int]:
    """An MLLP receiver on 127.0.0.1 that answers every message with ``answer``."""

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            block = b""
            while not block.endswith(b"\x1c\r"):
                chunk = self.request.recv(65536)
                if not chunk:
                    return
                block += chunk
            self.request.sendall(answer)

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _client(port: int, results: list[DeliveryResult]) -> MllpClient:
    return MllpClient(
        "127.0.0.1", port, connect_timeout=0.5, read_timeout=0.5, backoff=0.0, retries=1, on_result=results.append
    )


def test_an_mllp_rejection_quoting_the_patient_is_masked_everywhere(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    results: list[DeliveryResult] = []
    answer = _ack("AE", CONTROL_ID, f"Patient {GIVEN} {FAMILY} not registered", f"NHS number {NHS_WRITTEN[1]} unknown")
    with _answering(answer) as port, pytest.raises(DeliveryRejected) as caught:
        _client(port, results).send(MESSAGE)
    rejected = caught.value
    assert rejected.code == "AE"
    assert "rejected with AE: Patient … not registered; NHS number [number] unknown" in rejected.message
    assert [r.text for r in results] == ["Patient … not registered; NHS number [number] unknown"]
    assert not leaked(str(rejected)) and not leaked(caplog.text)


def test_an_ack_for_another_control_id_or_with_a_code_that_is_not_one_is_masked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    results: list[DeliveryResult] = []
    with _answering(_ack("AA", NHS)) as port, pytest.raises(TransportError) as caught:
        _client(port, results).send(MESSAGE)
    assert "the ACK was for another control id ([number])" in caught.value.message
    assert not leaked(str(caught.value)) and not leaked(caplog.text) and not leaked(results[0].text)
    assert parse_ack(_ack(GIVEN, CONTROL_ID)[1:-2]).code == ""  # a "code" that is a name is no code


# --- MESH --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "kept", "rejected"), [("EPL-151", "EPL-151", True), (NHS, None, False)])
def test_a_mesh_error_quoting_the_patient_is_masked_and_only_a_real_code_kept(
    code: str, kept: str | None, rejected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> str:
        raise MeshError(f"Recipient has no record of {GIVEN} {FAMILY}, NHS {NHS}", {"errorCode": code})

    monkeypatch.setattr(_Client, "send_message", refuse)
    environ = {"MEDASSESS_MESH_URL": "https://mesh.example", "MEDASSESS_MESH_MAILBOX": "X26ABC1",
               "MEDASSESS_MESH_PASSWORD": "pw", "MEDASSESS_MESH_SHARED_KEY": "sk"}  # fmt: skip
    with MeshTransport(load_config(environ=environ).mesh()) as transport, pytest.raises(TransportError) as caught:
        transport.send("X26HC003", b"{}", workflow_id="W", subject="S", local_id="L", content_type="application/json")
    assert caught.value.code == kept
    assert isinstance(caught.value, DeliveryRejected) is rejected
    assert "Recipient has no record of …, NHS [number]" in caught.value.message
    assert not leaked(str(caught.value))


# --- FHIR --------------------------------------------------------------------------------------------------


def test_operation_outcome_diagnostics_quoting_the_patient_are_masked() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        issue = {"code": "not-found", "diagnostics": f"No Patient {GIVEN} {FAMILY} with NHS number {NHS}",
                 "expression": ["Patient.identifier[0]"]}  # fmt: skip
        return httpx.Response(404, json={"resourceType": "OperationOutcome", "issue": [issue]})

    client = FhirClient("https://fhir.example.nhs.uk/R4", transport=httpx.MockTransport(server))
    with client, pytest.raises(DeliveryRejected) as caught:
        client.create({"resourceType": "Observation"})
    assert caught.value.code == "404"
    assert caught.value.message.endswith("answered 404: No Patient … with NHS number [number] (Patient.identifier[0])")
    assert not leaked(str(caught.value))
