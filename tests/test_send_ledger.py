"""``medassess send --mllp`` records every message in the sharing ledger, against real MLLP listeners.

The listeners are the ones tests/test_mllp.py runs: hl7apy's MLLPServer answering with python-hl7 ACKs,
and a scripted receiver (AE with a given text, a dropped connection).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
import pytest

from medassess import Ledger, load_record
from medassess._cli import main
from medassess._formats import get_format
from medassess._mllp import message_control_id
from medassess._share import local_id
from tests.test_mllp import _AckHandler, hl7apy_listener, scripted

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
RECORD_ID = "c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01"
NHS = "9990001111"  # the example mother's (test) NHS number


@pytest.fixture(autouse=True)
def _no_ledger_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    monkeypatch.chdir(tmp_path)  # the default ledger, ./medassess-ledger.sqlite3, lands in the test's folder


def send(*args: str) -> int:
    return main(["send", *args, "--timeout", "1", "--today", "2026-03-10"])


def control_id(record: Path = EXAMPLE) -> str:
    return message_control_id(get_format("hl7v2").export(load_record(record)))


def events(ledger: Path) -> list[tuple[str, str, str, str | None, str | None]]:
    with Ledger(ledger) as opened:
        return [
            (e.delivery.recipient_id, e.delivery.recipient_role, e.delivery.status, e.delivery.message_id,
             e.delivery.detail)
            for e in opened.history(RECORD_ID)
        ]  # fmt: skip


def test_an_aa_is_recorded_pending_then_acknowledged_against_the_receivers_address(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with hl7apy_listener(_AckHandler) as port:
        assert send(str(EXAMPLE), "--mllp", f"127.0.0.1:{port}", "--ledger", str(ledger)) == 0
    receiver = f"mllp:127.0.0.1:{port}"
    assert events(ledger) == [
        (receiver, "maternity-unit", "pending", None, None),
        (receiver, "maternity-unit", "sent", control_id(), None),
        (receiver, "maternity-unit", "acknowledged", control_id(), "MLLP AA"),
    ]
    with Ledger(ledger) as opened:
        [delivery] = opened.deliveries(RECORD_ID)
    message = get_format("hl7v2").export(load_record(EXAMPLE))
    assert (delivery.transport, delivery.format, delivery.practice_ods) == ("mllp", "hl7v2", "Y90001")
    assert delivery.payload_sha256 == hashlib.sha256(message).hexdigest()
    assert delivery.local_id == f"{RECORD_ID}-v1-{receiver}"
    assert delivery.sent_at is not None and delivery.acknowledged_at is not None


def test_a_receiver_the_record_names_is_recorded_as_that_recipient(tmp_path: Path) -> None:
    with hl7apy_listener(_AckHandler) as port:
        data = orjson.loads(EXAMPLE.read_bytes())
        data["recipients"][0]["route"] = {"kind": "mllp", "host": "LOCALHOST", "port": port}
        data["recipients"][0].pop("format")
        record = tmp_path / "record.json"
        record.write_bytes(orjson.dumps(data))
        assert send(str(record), "--mllp", f"localhost:{port}", "--role", "midwife") == 0
    ledger = tmp_path / "medassess-ledger.sqlite3"  # the default ledger
    with Ledger(ledger) as opened:
        [delivery] = opened.deliveries(RECORD_ID)
    loaded = load_record(record)
    assert (delivery.recipient_id, delivery.recipient_role, delivery.status) == (
        "rcp-maternity", "maternity-unit", "acknowledged"
    )  # fmt: skip
    # The same delivery `share` would record, so an audit sees the recipient served whichever command sent it.
    assert delivery.local_id == local_id(loaded, loaded.recipients[0])


def test_a_rejection_is_recorded_with_its_code_and_never_the_receivers_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted(f"AE:Patient NHS {NHS} is not registered at this unit") as receiver:
        port = receiver.server_address[1]
        status = send(str(EXAMPLE), "--mllp", f"127.0.0.1:{port}", "--ledger", str(ledger), "--role", "social-worker")
    assert status == 1
    assert len(receiver.received) == 1  # a rejection is not resent
    out = capsys.readouterr().out
    assert "rejected with AE: Patient NHS [number] is not registered" in out  # the receiver's words, masked
    assert NHS not in out
    assert events(ledger)[-1] == (f"mllp:127.0.0.1:{port}", "social-worker", "rejected", control_id(), "MLLP AE")
    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("ledger.sqlite3*"))
    assert on_disk and NHS.encode() not in on_disk


def test_no_acknowledgement_is_failed_and_a_later_aa_is_recorded_for_the_same_delivery(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("drop", "AA") as receiver:
        address = f"127.0.0.1:{receiver.server_address[1]}"
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger), "--retries", "0") == 1
        assert events(ledger)[-1][2:] == ("failed", control_id(), "MLLP no-ack")
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger)) == 0
    with Ledger(ledger) as opened:
        [delivery] = opened.deliveries(RECORD_ID)
    assert (delivery.status, delivery.message_id) == ("acknowledged", control_id())


def test_no_ledger_records_nothing(tmp_path: Path) -> None:
    with scripted("AA") as receiver:
        assert send(str(EXAMPLE), "--mllp", f"127.0.0.1:{receiver.server_address[1]}", "--no-ledger") == 0
        assert len(receiver.received) == 1
    assert list(tmp_path.iterdir()) == []


def test_the_ledger_named_by_the_environment_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("MEDASSESS_LEDGER", str(ledger))
    with scripted("AA") as receiver:
        assert send(str(EXAMPLE), "--mllp", f"127.0.0.1:{receiver.server_address[1]}") == 0
    assert [e[2] for e in events(ledger)] == ["pending", "sent", "acknowledged"]


def test_a_record_the_gate_refuses_is_neither_sent_nor_recorded(tmp_path: Path) -> None:
    data = orjson.loads(EXAMPLE.read_bytes())
    del data["overall_conclusion"]
    draft = tmp_path / "draft.json"
    draft.write_bytes(orjson.dumps(data))
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("AA") as receiver:
        assert send(str(draft), "--mllp", f"127.0.0.1:{receiver.server_address[1]}", "--ledger", str(ledger)) == 1
        assert receiver.received == []
    assert events(ledger) == []


def test_ledger_and_no_ledger_cannot_both_be_given(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        send(str(EXAMPLE), "--mllp", "127.0.0.1:2575", "--ledger", "x.sqlite3", "--no-ledger")
    assert exited.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
