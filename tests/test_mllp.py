"""MLLP delivery against real listeners on 127.0.0.1.

The happy path and a rejection go through hl7apy's MLLPServer answering with ACKs built by python-hl7
(two libraries nobody here wrote). The failure behaviours (dropped connection, silence, truncated frame,
an ACK for another message, AA only on the second attempt) come from a small receiver that misbehaves on
purpose, one scripted behaviour per connection.
"""

from __future__ import annotations

import logging
import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import hl7
import orjson
import pytest
from hl7.util import escape as hl7_escape
from hl7apy.mllp import AbstractHandler, MLLPServer
from hypothesis import given
from hypothesis import strategies as st

from medassess import ConfigurationError, DeliveryRejected, MappingError, OutcomeUnknown, TransportError, load_record
from medassess.cli import main
from medassess.cli.send import parse_address
from medassess.core.redact import mask_receiver_text
from medassess.formats.registry import get_format
from medassess.transports.mllp import (
    LIMITS,
    MAX_ERROR_TEXT,
    Ack,
    DeliveryResult,
    MllpClient,
    _plain,
    frame,
    message_control_id,
    parse_ack,
)

ROOT = Path(__file__).resolve().parent.parent
CONTROL_ID = "MA-TEST-0001"
# Patient-like content, so the tests can prove none of it reaches the log.
MESSAGE = (
    f"MSH|^~\\&|MEDASSESS|Y90001|MATERNITY|Y90400|20260302164000||ORU^R01^ORU_R01|{CONTROL_ID}|P|2.5.1\r"
    "PID|1||9990001111^^^NHS^NH||Marsh-Example^Jodie||19960814|F\r"
).encode()


def fast_client(
    port: int, *, retries: int = 2, on_result: Callable[[DeliveryResult], None] | None = None
) -> MllpClient:
    """A client on 127.0.0.1 with short timeouts and no backoff, so failure cases take a fraction of a second."""
    return MllpClient(
        "127.0.0.1", port, connect_timeout=0.5, read_timeout=0.4, backoff=0.0, retries=retries, on_result=on_result
    )


def ack_for(message: str, code: str, *, text: str = "", control_id: str | None = None) -> bytes:
    """An ACK built by python-hl7 from the received message, optionally with an ERR segment."""
    ack = str(hl7.parse(message).create_ack(code, message_id="ACK-1", application="RECEIVER", facility="Y90400"))
    if control_id is not None:
        ack = ack.replace(f"MSA|{code}|{CONTROL_ID}", f"MSA|{code}|{control_id}")
    if text:
        ack += f"ERR||PID^1^3|101^Required field missing^HL70357|E||||{text}\r"
    return frame(ack.encode())


# --- a real library listener -------------------------------------------------------------------------


class _AckHandler(AbstractHandler):  # type: ignore[misc]
    code = "AA"
    text = ""

    def reply(self) -> str:
        return ack_for(self.incoming_message, self.code, text=self.text).decode()


class _RejectHandler(_AckHandler):
    code = "AE"
    text = "Patient not registered at this unit"


@contextmanager
def hl7apy_listener(handler: type[AbstractHandler]) -> Iterator[int]:
    # The test message is an ORU; medassess's own HL7 v2 export is an MDM document notification.
    server = MLLPServer("127.0.0.1", 0, {"ORU^R01^ORU_R01": (handler,), "MDM^T02^MDM_T02": (handler,)}, timeout=2)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_aa_from_a_real_mllp_listener_is_delivered() -> None:
    results: list[DeliveryResult] = []
    with hl7apy_listener(_AckHandler) as port:
        result = fast_client(port, on_result=results.append).send(MESSAGE)
    assert result == DeliveryResult("AA", CONTROL_ID, "", 1)
    assert result.delivered
    assert results == [result]


def test_ae_from_a_real_listener_is_reported_with_its_text_and_not_resent() -> None:
    results: list[DeliveryResult] = []
    with hl7apy_listener(_RejectHandler) as port:
        client = fast_client(port, retries=3, on_result=results.append)
        with pytest.raises(DeliveryRejected) as caught:
            client.send(MESSAGE)
    assert "AE" in caught.value.message
    assert "Patient not registered at this unit" in caught.value.message
    assert CONTROL_ID in caught.value.message
    assert caught.value.exit_status == 1
    assert [(r.status, r.attempts, r.delivered) for r in results] == [("AE", 1, False)]


# --- a receiver that misbehaves on purpose -----------------------------------------------------------


class ScriptedReceiver(socketserver.ThreadingTCPServer):
    """Answers each connection with the next scripted behaviour and keeps every message it received."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: list[str]) -> None:
        super().__init__(("127.0.0.1", 0), _ScriptedHandler)
        self.script = list(script)
        self.received: list[bytes] = []
        self.lock = threading.Lock()

    def next_behaviour(self, block: bytes) -> str:
        with self.lock:
            self.received.append(block)
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]


class _ScriptedHandler(socketserver.BaseRequestHandler):
    server: ScriptedReceiver

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(3)
        block = b""
        while not block.endswith(b"\x1c\r"):
            chunk = sock.recv(65536)
            if not chunk:
                return
            block += chunk
        behaviour = self.server.next_behaviour(block)
        message = block[1:-2].decode()
        if behaviour == "drop":
            return
        if behaviour == "silent":
            # Hold the connection open, saying nothing, until the client gives up.
            try:
                while sock.recv(1024):
                    pass
            except OSError:
                pass
            return
        if behaviour == "truncated":
            sock.sendall(ack_for(message, "AA")[:20])
            return
        if behaviour == "garbage":
            sock.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n\x1c\r")
            return
        if behaviour == "not-hl7":
            sock.sendall(frame(b"OK\r"))
            return
        if behaviour == "other-control-id":
            sock.sendall(ack_for(message, "AA", control_id="OTHER-0009"))
            return
        code, _, text = behaviour.partition(":")
        sock.sendall(ack_for(message, code, text=text))


@contextmanager
def scripted(*script: str) -> Iterator[ScriptedReceiver]:
    server = ScriptedReceiver(list(script))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize(
    ("first", "problem"),
    [
        ("drop", "connection closed before an acknowledgement"),
        ("silent", "read timeout"),
        ("truncated", "truncated"),
        ("garbage", "the answer is not an MLLP block"),
        ("not-hl7", "does not start with an MSH segment"),
        ("other-control-id", "another control id"),
    ],
)
def test_an_attempt_without_our_ack_is_resent_with_the_same_control_id(
    first: str, problem: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="medassess.mllp")
    results: list[DeliveryResult] = []
    with scripted(first, "AA") as receiver:
        result = fast_client(receiver.server_address[1], retries=2, on_result=results.append).send(MESSAGE)
    assert result.delivered and result.attempts == 2
    assert receiver.received == [frame(MESSAGE), frame(MESSAGE)]
    assert results == [result]
    assert f"control id {CONTROL_ID} attempt 1: " in caplog.text and problem in caplog.text


@pytest.mark.parametrize(
    ("behaviour", "problem"),
    [
        ("drop", "connection closed before an acknowledgement"),
        ("silent", "no acknowledgement within the read timeout"),
        ("truncated", "the acknowledgement was truncated"),
        ("garbage", "the answer is not an MLLP block"),
        ("not-hl7", "does not start with an MSH segment"),
        ("other-control-id", "the ACK was for another control id (OTHER-0009)"),
    ],
)
def test_retries_are_bounded_and_never_end_in_delivered(behaviour: str, problem: str) -> None:
    results: list[DeliveryResult] = []
    with scripted(behaviour) as receiver:
        client = fast_client(receiver.server_address[1], retries=2, on_result=results.append)
        with pytest.raises(TransportError) as caught:
            client.send(MESSAGE)
    # The message left every time, so it may have arrived: the outcome is unknown, not a plain failure.
    assert isinstance(caught.value, OutcomeUnknown)
    assert f"no acknowledgement for control id {CONTROL_ID} after 3 attempts" in caught.value.message
    assert problem in caught.value.message
    assert len(receiver.received) == 3 and set(receiver.received) == {frame(MESSAGE)}
    assert [(r.status, r.attempts, r.delivered, r.outcome_unknown) for r in results] == [("no-ack", 3, False, True)]


@pytest.mark.parametrize("code", ["AR", "CE", "CR"])
def test_definite_rejections_are_not_resent(code: str) -> None:
    with scripted(f"{code}:Unsupported message type", "AA") as receiver:
        client = fast_client(receiver.server_address[1], retries=3)
        with pytest.raises(DeliveryRejected, match=f"rejected with {code}: Unsupported message type"):
            client.send(MESSAGE)
    assert len(receiver.received) == 1


def test_a_commit_accept_is_not_an_application_accept() -> None:
    results: list[DeliveryResult] = []
    with scripted("CA", "AA") as receiver:
        client = fast_client(receiver.server_address[1], retries=3, on_result=results.append)
        with pytest.raises(TransportError, match="answered CA, not AA") as caught:
            client.send(MESSAGE)
    assert not isinstance(caught.value, DeliveryRejected)
    assert [(r.status, r.delivered) for r in results] == [("unexpected", False)]
    assert len(receiver.received) == 1


def test_a_refused_connection_is_retried_then_fails_as_not_sent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    results: list[DeliveryResult] = []
    with pytest.raises(TransportError, match="not sent after 2 attempts \\(connection failed") as caught:
        fast_client(port, retries=1, on_result=results.append).send(MESSAGE)
    assert not isinstance(caught.value, OutcomeUnknown)
    assert [(r.status, r.attempts, r.outcome_unknown) for r in results] == [("not-sent", 2, False)]


def test_a_lost_answer_then_a_refused_connection_is_still_unknown() -> None:
    # The first copy left (the receiver kept it and said nothing usable); the second could not connect.
    results: list[DeliveryResult] = []
    with scripted("drop") as receiver:
        client = fast_client(receiver.server_address[1], retries=1, on_result=results.append)
        real_attempt = client._attempt

        def attempt_then_close(block: bytes, control_id: str) -> Ack:
            try:
                return real_attempt(block, control_id)
            finally:
                receiver.shutdown()
                receiver.server_close()

        client._attempt = attempt_then_close  # type: ignore[method-assign]
        with pytest.raises(OutcomeUnknown, match=r"; it may have arrived$"):
            client.send(MESSAGE)
    assert len(receiver.received) == 1
    assert [(r.status, r.attempts) for r in results] == [("no-ack", 2)]


def test_logs_name_control_ids_never_message_content(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="medassess.mllp")
    with scripted("drop", "AA") as receiver:
        fast_client(receiver.server_address[1]).send(MESSAGE)
    assert CONTROL_ID in caplog.text
    for secret in ("9990001111", "Marsh-Example", "Jodie", "19960814"):
        assert secret not in caplog.text


# --- framing and ACK parsing ---------------------------------------------------------------------------


def test_framing_is_vt_message_fs_cr() -> None:
    assert frame(b"MSH|x\r") == b"\x0bMSH|x\r\x1c\r"
    with pytest.raises(MappingError, match="framing bytes"):
        frame(b"MSH|x\x1c\r")


def test_the_control_id_is_msh_10_and_required() -> None:
    assert message_control_id(MESSAGE) == CONTROL_ID
    with pytest.raises(MappingError, match="no control id"):
        message_control_id(b"MSH|^~\\&|A|B|C|D|20260302||ORU^R01||P|2.5.1\r")
    with pytest.raises(MappingError, match="MSH segment"):
        message_control_id(b"PID|1\r")


def test_ack_text_comes_from_msa_3_and_each_err_segment_unescaped() -> None:
    ack = parse_ack(
        b"MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.5.1\r"
        b"MSA|AE|C1|Field \\F\\ separator in text\r"
        b"ERR||PID^1^3|101^Required field missing^HL70357|E||||NHS number required\r"
        b"ERR||PID^1^7|102^Data type error^HL70357|E\r"
    )
    assert (ack.code, ack.control_id) == ("AE", "C1")
    assert ack.text == "Field | separator in text; NHS number required; Data type error"


def test_v23_err_1_gives_its_coded_text() -> None:
    ack = parse_ack(
        b"MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.3\rMSA|AR|C1\rERR|PID^1^3^101&Required field missing&HL70357\r"
    )
    assert ack.text == "Required field missing"


@given(st.text(alphabet=st.characters(max_codepoint=0xFF, blacklist_categories=("Cc", "Cf")), max_size=80))
def test_err_text_escaped_by_python_hl7_reads_back(text: str) -> None:
    header = "MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.5.1\r"
    escaped = hl7_escape(hl7.parse(header), text)
    # Unescaping is exact; what the ACK keeps is then masked (see test_no_patient_data_in_messages).
    assert _plain(escaped, "|^~\\&") == " ".join(text.split())
    ack = parse_ack(f"{header}MSA|AE|C1\rERR||||E||||{escaped}\r".encode())
    assert ack.text == mask_receiver_text(text)[:MAX_ERROR_TEXT]


def test_hex_data_is_read_as_utf_8_bytes_or_single_latin_1_bytes() -> None:
    assert _plain("caf\\XC3A9\\ \\XE9\\t\\X\\ \\Xzz\\.", "|^~\\&") == "caf\u00e9 \u00e9t ."
    ack = parse_ack(b"MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.5.1\rMSA|AE|C1|in\\X76616C6964\\ \\X76\\alue\r")
    assert ack.text == "invalid value"


def test_control_characters_in_error_text_never_reach_the_terminal() -> None:
    ack = parse_ack(b"MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.5.1\rMSA|AE|C1|bad\\X1B\\[2J input\\X07\\\t!\r")
    assert ack.text == "bad [… input !"
    reversed_text = parse_ack("MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.5.1\rMSA|AE|C1|invalid\u202evalue\r".encode())
    assert reversed_text.text == "invalid value"


def test_an_answer_without_msa_is_not_an_ack() -> None:
    with pytest.raises(TransportError, match="no MSA segment"):
        parse_ack(b"MSH|^~\\&|R|F|A|B|20260302||ACK|1|P|2.5.1\r")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"retries": -1}, {"read_timeout": 0}, {"connect_timeout": -1}, {"backoff": -0.1},
        {"retries": 11}, {"read_timeout": 601}, {"connect_timeout": 600.5}, {"backoff": 301},
    ],
)  # fmt: skip
def test_settings_outside_safe_bounds_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError, match="must be from"):
        MllpClient("127.0.0.1", 2575, **kwargs)  # type: ignore[arg-type]


def test_the_bounds_themselves_are_allowed() -> None:
    for name, (low, high) in LIMITS.items():
        for value in (low, high):
            settings = {"timeout": {"read_timeout": value}, "retries": {"retries": int(value)},
                        "backoff": {"backoff": value}}[name]  # fmt: skip
            MllpClient("127.0.0.1", 2575, **settings)  # type: ignore[arg-type]


# --- medassess send ------------------------------------------------------------------------------------

EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"


def _send(*args: str) -> int:
    # What send records is tested in tests/test_send_ledger.py; here nothing is written to the working directory.
    return main(["send", *args, "--timeout", "1", "--today", "2026-03-10", "--no-ledger"])


def test_send_delivers_each_record_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    with hl7apy_listener(_AckHandler) as port:
        status = _send(str(EXAMPLE), "--mllp", f"127.0.0.1:{port}")
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    control_id = message_control_id(get_format("hl7v2").export(load_record(EXAMPLE)))
    assert out == [f"{EXAMPLE}: c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01 v1: control id {control_id}: AA"]


def test_send_reports_a_rejection_with_the_receivers_text(capsys: pytest.CaptureFixture[str]) -> None:
    with hl7apy_listener(_RejectHandler) as port:
        status = _send(str(EXAMPLE), "--mllp", f"127.0.0.1:{port}")
    out = capsys.readouterr().out
    assert status == 1
    assert "rejected with AE: Patient not registered at this unit" in out and ": AA" not in out


def test_send_refuses_a_record_the_gate_refuses_and_sends_it_nowhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = orjson.loads(EXAMPLE.read_bytes())
    del data["overall_conclusion"]
    draft = tmp_path / "draft.json"
    draft.write_bytes(orjson.dumps(data))
    with scripted("AA") as receiver:
        status = _send(str(draft), "--mllp", f"127.0.0.1:{receiver.server_address[1]}")
    assert status == 1
    assert receiver.received == []
    assert (
        f"{draft}: c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01 v1: not sent: refused by the share gate"
        in capsys.readouterr().out
    )


def test_send_with_an_unusable_file_sends_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"record_id": ')
    with scripted("AA") as receiver:
        status = _send(str(EXAMPLE), str(broken), "--mllp", f"127.0.0.1:{receiver.server_address[1]}")
    assert status == 2
    assert receiver.received == []
    assert f"{broken}: line 1, column 15: not valid JSON" in capsys.readouterr().err


@pytest.mark.parametrize("address", ["127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", ":2575", "host:port"])
def test_send_with_an_unusable_address_is_exit_2(address: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _send(str(EXAMPLE), "--mllp", address) == 2
    assert "--mllp: expected HOST:PORT" in capsys.readouterr().err


def test_addresses_accept_bracketed_ipv6() -> None:
    assert parse_address("[::1]:2575") == ("::1", 2575)
    assert parse_address("mllp.trust.nhs.uk:6661") == ("mllp.trust.nhs.uk", 6661)
