"""``medassess send --mllp`` records every message in the sharing ledger, against real MLLP listeners.

The listeners are the ones tests/test_mllp.py runs: hl7apy's MLLPServer answering with python-hl7 ACKs,
and a scripted receiver (AE with a given text, a dropped connection).
"""

from __future__ import annotations

import dataclasses as _dataclasses
import hashlib
from pathlib import Path

import orjson
import pytest

from medassess import ConfigurationError, Ledger, MllpRouteSettings, load_config, load_record
from medassess.cli import main
from medassess.formats.registry import get_format
from medassess.gate.settings import shipped_settings as _shipped_settings
from medassess.sharing.share import local_id
from medassess.transports.mllp import message_control_id
from tests.test_mllp import _AckHandler, hl7apy_listener, scripted

TEST_SITE = _dataclasses.replace(_shipped_settings(), local_endpoints=True)
"""Gate settings of a test site: the receivers these tests start run on this machine."""

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
RECORD_ID = "c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01"
NHS = "9990001111"  # the example mother's (test) NHS number


@pytest.fixture(autouse=True)
def _no_ledger_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the default ledger lands in the test's folder
    monkeypatch.chdir(tmp_path)


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


def _test_site(directory: Path) -> str:
    """A site configuration for a test site: its receivers run on this machine."""
    site = directory / "site.toml"
    site.write_text("[share]\nlocal_receivers = true\n")
    return str(site)


def test_a_record_whose_route_is_this_machine_is_refused_unless_the_site_is_a_test_site(tmp_path: Path) -> None:
    with hl7apy_listener(_AckHandler) as port:
        data = orjson.loads(EXAMPLE.read_bytes())
        data["recipients"][0]["route"] = {"kind": "mllp", "host": "127.0.0.1", "port": port}
        data["recipients"][0].pop("format")
        record = tmp_path / "record.json"
        record.write_bytes(orjson.dumps(data))
        assert send(str(record), "--mllp", f"127.0.0.1:{port}", "--no-ledger") == 1
        assert send(str(record), "--mllp", f"127.0.0.1:{port}", "--no-ledger", "--config", _test_site(tmp_path)) == 0


def test_a_receiver_the_record_names_is_recorded_as_that_recipient(tmp_path: Path) -> None:
    with hl7apy_listener(_AckHandler) as port:
        data = orjson.loads(EXAMPLE.read_bytes())
        data["recipients"][0]["route"] = {"kind": "mllp", "host": "LOCALHOST", "port": port}
        data["recipients"][0].pop("format")
        record = tmp_path / "record.json"
        record.write_bytes(orjson.dumps(data))
        assert (
            send(str(record), "--mllp", f"localhost:{port}", "--role", "midwife", "--config", _test_site(tmp_path)) == 0
        )
    ledger = tmp_path / "medassess" / "ledger.sqlite3"  # the default ledger, in the per-user folder
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


def test_no_acknowledgement_is_unknown_and_a_later_aa_settles_the_same_delivery(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("drop", "AA") as receiver:
        address = f"127.0.0.1:{receiver.server_address[1]}"
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger), "--retries", "0") == 1
        # The message left and the receiver kept it: not "failed", which would read as "nothing arrived".
        assert events(ledger)[-1][2:4] == ("unknown", control_id())
        said = capsys.readouterr().out
        assert "the next send settles it" in said and "it may have arrived" in said
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger)) == 0
    with Ledger(ledger) as opened:
        [delivery] = opened.deliveries(RECORD_ID)
    assert (delivery.status, delivery.message_id, delivery.attempt) == ("acknowledged", control_id(), 2)
    assert receiver.received == [receiver.received[0]] * 2  # the same bytes, so the same MSH-10, both times


def test_a_receiver_that_cannot_be_reached_is_failed(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("AA") as receiver:
        port = receiver.server_address[1]
    # Nothing listens there any more.
    assert send(str(EXAMPLE), "--mllp", f"127.0.0.1:{port}", "--ledger", str(ledger), "--retries", "0") == 1
    assert events(ledger)[-1][2:] == ("failed", control_id(), "MLLP not-sent: no connection took the message")


def test_sending_again_skips_what_the_receiver_acknowledged_and_force_keeps_the_acknowledgement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("AA", "AE:Duplicate message control id") as receiver:
        address = f"127.0.0.1:{receiver.server_address[1]}"
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger)) == 0
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger)) == 0
        assert len(receiver.received) == 1
        assert f"control id {control_id()}: already acknowledged; not sent again" in capsys.readouterr().out
        # A forced resend meets the receiver's duplicate check: recorded, and the AA still stands.
        assert send(str(EXAMPLE), "--mllp", address, "--ledger", str(ledger), "--force") == 1
        assert len(receiver.received) == 2
    with Ledger(ledger) as opened:
        [delivery] = opened.deliveries(RECORD_ID)
    assert (delivery.status, delivery.attempt, delivery.outcome, delivery.detail) == (
        "acknowledged", 2, "rejected", "MLLP AE"
    )  # fmt: skip
    assert "rejected with AE: Duplicate message control id" in capsys.readouterr().out


def test_a_receiver_the_record_names_gets_the_message_addressed_to_that_recipient(tmp_path: Path) -> None:
    data = orjson.loads(EXAMPLE.read_bytes())
    with scripted("AA") as receiver:
        data["recipients"][1]["route"] = {"kind": "mllp", "host": "127.0.0.1", "port": receiver.server_address[1]}
        data["recipients"][1].pop("format", None)
        record = tmp_path / "record.json"
        record.write_bytes(orjson.dumps(data))
        assert (
            send(str(record), "--mllp", f"127.0.0.1:{receiver.server_address[1]}", "--config", _test_site(tmp_path))
            == 0
        )
    loaded = load_record(record)
    [received] = receiver.received
    expected = message_control_id(
        get_format("hl7v2").export(loaded, recipient=loaded.recipients[1].id, settings=TEST_SITE)
    )
    assert message_control_id(received[1:-2]) == expected != control_id()


def test_route_settings_come_from_the_config_and_flags_win(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with scripted("drop") as receiver:
        port = receiver.server_address[1]
        config = tmp_path / "site.toml"
        config.write_text(f'[mllp]\nretries = 2\n\n[[mllp.route]]\nhost = "127.0.0.1"\nport = {port}\nretries = 0\n')
        base = ["--mllp", f"127.0.0.1:{port}", "--config", str(config), "--no-ledger"]
        assert send(str(EXAMPLE), *base) == 1
        assert len(receiver.received) == 1  # the route's own retries = 0
        assert send(str(EXAMPLE), *base, "--retries", "1", "--backoff", "0") == 1
        assert len(receiver.received) == 3
    assert send(str(EXAMPLE), "--mllp", f"127.0.0.1:{port}", "--retries", "11") == 2
    assert "MLLP retries must be from 0 to 10" in capsys.readouterr().err


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
    assert send(str(EXAMPLE), "--mllp", "127.0.0.1:2575", "--ledger", "x.sqlite3", "--no-ledger") == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("toml", "path", "problem"),
    [
        ("[mllp]\ntimeout = 0\n", "mllp.timeout", "MLLP timeout must be from 0.05 to 600"),
        ("[mllp]\nretries = 1.5\n", "mllp.retries", "should be a whole number"),
        ("[mllp]\nbackoff = true\n", "mllp.backoff", "should be a number of seconds"),
        ("[mllp]\nwait = 3\n", "mllp", "has a setting medassess does not know; expected any of backoff"),
        ('[[mllp.route]]\nhost = "a"\nport = 70000\n', "mllp.route[0].port", "should be a port from 1 to 65535"),
        ("[[mllp.route]]\nport = 2575\n", "mllp.route[0].host", "should be the receiver's host name or address"),
        ('[[mllp.route]]\nhost = "a"\nport = 1\nretries = 99\n', "mllp.route[0].retries", "from 0 to 10"),
        ('[[mllp.route]]\nhost = "A"\nport = 1\n[[mllp.route]]\nhost = "a"\nport = 1\n', "mllp.route[1]", "already"),
    ],
)
def test_unusable_mllp_settings_are_named(tmp_path: Path, toml: str, path: str, problem: str) -> None:
    config = tmp_path / "site.toml"
    config.write_text(toml)
    with pytest.raises(ConfigurationError) as caught:
        load_config(config)
    assert (caught.value.path, caught.value.source) == (path, str(config))
    assert problem in caught.value.message


def test_a_route_inherits_what_it_does_not_set() -> None:
    config = load_config(None, environ={})
    assert config.mllp.for_route("x", 1) == MllpRouteSettings(timeout=30.0, retries=2, backoff=1.0)


def test_a_routes_own_settings_win_over_the_defaults(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text('[mllp]\ntimeout = 5\nretries = 1\n\n[[mllp.route]]\nhost = "Slow.Trust.nhs.uk"\nport = 2575\n'
                      "timeout = 60\n")  # fmt: skip
    mllp = load_config(config, environ={}).mllp
    assert mllp.for_route("slow.trust.nhs.uk", 2575) == MllpRouteSettings(timeout=60.0, retries=1, backoff=1.0)
    assert mllp.for_route("slow.trust.nhs.uk", 2576) == MllpRouteSettings(timeout=5.0, retries=1, backoff=1.0)


@pytest.mark.parametrize(
    ("toml", "path", "problem"),
    [
        ('[[fhir]]\nbase_url = "https://f.example/fhir"\ntimeout = 0\n', "fhir[0].timeout", "FHIR timeout must be"),
        ('[[fhir]]\nbase_url = "https://f.example/fhir"\nretries = 11\n', "fhir[0].retries", "FHIR retries must be"),
        ('[[fhir]]\nbase_url = "https://f.example/fhir"\nbackoff = "x"\n', "fhir[0].backoff", "number of seconds"),
    ],
)
def test_unusable_fhir_delivery_settings_are_named(tmp_path: Path, toml: str, path: str, problem: str) -> None:
    config = tmp_path / "site.toml"
    config.write_text(toml)
    with pytest.raises(ConfigurationError) as caught:
        load_config(config)
    assert caught.value.path == path and problem in caught.value.message


def test_fhir_delivery_settings_reach_the_client(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text('[[fhir]]\nbase_url = "https://f.example/fhir"\ntimeout = 5\nretries = 0\n')
    server = load_config(config, environ={}).fhir_server("https://f.example/fhir")
    assert server is not None
    with server.client() as client:
        assert (client.retries, client.backoff, client._http.timeout.read) == (0, 1.0, 5.0)


def test_a_commit_accept_alone_is_unknown_not_acknowledged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("CA") as receiver:
        assert send(str(EXAMPLE), "--mllp", f"127.0.0.1:{receiver.server_address[1]}", "--ledger", str(ledger)) == 1
    assert events(ledger)[-1][2:] == (
        "unknown", control_id(), "MLLP unexpected: the receiver answered with a code that is not an accept"
    )  # fmt: skip
    assert "answered CA, not AA" in capsys.readouterr().out
