"""``medassess send`` is ``share`` restricted to MLLP, through the same code.

Both commands plan a record's deliveries with ``plan_share`` (the gate once, every payload built before
anything leaves) and deliver them with ``deliver_share`` (the ledger's attempt before each send, its outcome
after). So a delivery one command made is the delivery the other finds: the same ledger row, the same
identities. These tests run both commands against real MLLP listeners (tests/test_mllp.py) and a directory
route for the recipients that are not reached over MLLP.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from medassess import Ledger, load_record
from medassess.cli import main
from medassess.sharing import share as sharing
from medassess.sharing.share import local_id
from tests.test_mllp import _AckHandler, hl7apy_listener, scripted

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
RECORD_ID = "c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a01"
TODAY = ["--today", "2026-03-10"]


@pytest.fixture(autouse=True)
def _own_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.chdir(tmp_path)


def _site(tmp_path: Path) -> str:
    site = tmp_path / "site.toml"
    site.write_text("[share]\nlocal_receivers = true\n")  # the listeners run on this machine
    return str(site)


def _record(tmp_path: Path, mllp_ports: dict[int, int]) -> Path:
    """The example with recipients (by position) reached at local MLLP listeners, the others at a folder."""
    data: dict[str, Any] = orjson.loads(EXAMPLE.read_bytes())
    (tmp_path / "collected").mkdir()
    for index, recipient in enumerate(data["recipients"]):
        recipient.pop("format", None)
        if index in mllp_ports:
            recipient["route"] = {"kind": "mllp", "host": "127.0.0.1", "port": mllp_ports[index]}
        else:
            recipient["route"] = {"kind": "directory", "path": str(tmp_path / "collected")}
    path = tmp_path / "record.json"
    path.write_bytes(orjson.dumps(data))
    return path


def _deliveries(ledger: Path) -> dict[str, tuple[str, str, int]]:
    with Ledger(ledger) as opened:
        return {d.recipient_id: (d.transport, d.status, d.attempt) for d in opened.deliveries(RECORD_ID)}


def test_without_mllp_each_record_goes_to_its_own_mllp_recipients_and_no_one_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with hl7apy_listener(_AckHandler) as first, scripted("AA") as second:
        record = _record(tmp_path, {0: first, 2: second.server_address[1]})
        assert main(["send", str(record), "--ledger", str(ledger), "--config", _site(tmp_path), *TODAY]) == 0
        assert len(second.received) == 1
    loaded = load_record(record)
    mllp = {loaded.recipients[0].id, loaded.recipients[2].id}
    assert {r: d[:2] for r, d in _deliveries(ledger).items()} == {r: ("mllp", "acknowledged") for r in mllp}
    assert list((tmp_path / "collected").iterdir()) == []  # the directory recipients are share's, not send's
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": to ")[1].split(" (")[0] for line in out] == [loaded.recipients[0].id, loaded.recipients[2].id]
    assert all(line.endswith(": AA") for line in out)
    with Ledger(ledger) as opened:
        assert {d.local_id for d in opened.deliveries(RECORD_ID)} == {local_id(loaded, r) for r in mllp}


def test_what_send_delivered_share_finds_delivered_and_the_other_way_round(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with scripted("AA") as receiver:
        record = _record(tmp_path, {0: receiver.server_address[1]})
        site = ["--ledger", str(ledger), "--config", _site(tmp_path), *TODAY]
        assert main(["send", str(record), *site]) == 0
        capsys.readouterr()
        # share sends the others their payloads, and the MLLP recipient nothing: send's AA is its AA.
        assert main(["share", str(record), *site]) == 0
        shared = capsys.readouterr().out
        assert "via mllp: acknowledged" in shared and "already acknowledged; not sent again" in shared
        assert len(receiver.received) == 1
        # and send, after share, finds the same delivery settled.
        assert main(["send", str(record), *site]) == 0
        assert "already acknowledged; not sent again" in capsys.readouterr().out
        assert len(receiver.received) == 1
    loaded = load_record(record)
    deliveries = _deliveries(ledger)
    assert deliveries[loaded.recipients[0].id] == ("mllp", "acknowledged", 1)
    assert {d[:2] for r, d in deliveries.items() if r != loaded.recipients[0].id} == {("directory", "sent")}


def test_send_plans_and_delivers_through_the_shares_own_functions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    plan, deliver = sharing.plan_share, sharing.deliver_share

    def spy_plan(*args: Any, **kwargs: Any) -> sharing.SharePlan:
        calls.append("plan")
        return plan(*args, **kwargs)

    def spy_deliver(*args: Any, **kwargs: Any) -> list[sharing.ShareOutcome]:
        calls.append("deliver")
        return deliver(*args, **kwargs)

    monkeypatch.setattr("medassess.cli.send.plan_share", spy_plan)
    monkeypatch.setattr("medassess.cli.send.deliver_share", spy_deliver)
    with scripted("AA") as receiver:
        address = f"127.0.0.1:{receiver.server_address[1]}"
        assert main(["send", str(EXAMPLE), str(EXAMPLE), "--mllp", address, "--no-ledger", *TODAY]) == 0
    assert calls == ["plan", "plan", "deliver", "deliver"]  # every record planned before anything is sent


def test_a_record_with_no_mllp_recipient_sends_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _record(tmp_path, {})
    assert main(["send", str(record), "--no-ledger", "--config", _site(tmp_path), *TODAY]) == 1
    out = capsys.readouterr().out
    assert "names no recipient reached over MLLP: nothing sent" in out
    assert list((tmp_path / "collected").iterdir()) == []


def test_an_mllp_recipient_asking_for_another_format_stops_the_run_before_anything_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with scripted("AA") as receiver:
        record = _record(tmp_path, {0: receiver.server_address[1]})
        data = orjson.loads(record.read_bytes())
        data["recipients"][0]["format"] = "fhir-json"
        record.write_bytes(orjson.dumps(data))
        status = main(["send", str(EXAMPLE), str(record), "--no-ledger", "--config", _site(tmp_path), *TODAY])
        assert status == 2 and receiver.received == []
    err = capsys.readouterr().err
    assert "$.recipients[0].format" in err and "an MLLP route carries HL7 v2 only" in err


def test_a_receiver_address_that_cannot_be_a_route_is_refused_without_echo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send", str(EXAMPLE), "--mllp", "sec\x07ret-host:2575", "--no-ledger", *TODAY]) == 2
    err = capsys.readouterr().err
    assert "--mllp" in err and "expected HOST:PORT" in err and "ret-host" not in err


def test_without_a_kept_ledger_nothing_is_said_to_settle_a_lost_answer_and_no_ledger_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with scripted("drop") as receiver:
        address = f"127.0.0.1:{receiver.server_address[1]}"
        argv = ["send", str(EXAMPLE), "--mllp", address, "--no-ledger", "--retries", "0", "--timeout", "1", *TODAY]
        assert main(argv) == 1
    out = capsys.readouterr().out
    assert "it may have arrived" in out and "settles" not in out
    assert not (tmp_path / "user-data").exists() and not list(tmp_path.glob("*.sqlite3"))


def test_share_reads_each_record_only_after_the_one_before_is_delivered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Records are shared as they are read, so a run over a region's backlog holds one record at a time.
    from tests.test_directory_transport import directory_record

    folder = tmp_path / "outbox"
    folder.mkdir()
    first = directory_record(tmp_path, folder)
    second = tmp_path / "later" / "record.json"
    second.parent.mkdir()
    data = orjson.loads(first.read_bytes())
    data["record_id"] = "0b6f3e1a-2c4d-4e8f-9a1b-3c5d7e9f1a2b"
    second.write_bytes(orjson.dumps(data))
    events: list[str] = []
    read, deliver = load_record, sharing.deliver_share

    def spy_read(path: Path) -> Any:
        events.append(f"read {Path(path).parent.name}")
        return read(path)

    def spy_deliver(*args: Any, **kwargs: Any) -> list[sharing.ShareOutcome]:
        events.append("deliver")
        return deliver(*args, **kwargs)

    monkeypatch.setattr("medassess.cli.share.load_record", spy_read)
    monkeypatch.setattr("medassess.cli.share.deliver_share", spy_deliver)
    ledger = str(tmp_path / "ledger.sqlite3")
    assert main(["share", str(first), str(second), "--ledger", ledger, *TODAY]) == 0
    assert events == [f"read {tmp_path.name}", "deliver", "read later", "deliver"]
