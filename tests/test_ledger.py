"""The sharing ledger: append-only events, current state per delivery, and survival of ``kill -9``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from medassess import ConfigurationError, Delivery, Ledger
from medassess.cli import main
from medassess.core.exceptions import LedgerError
from medassess.sharing.ledger import STATUSES, TRANSPORTS, Fact, default_ledger_path, settle
from tests.ledger_invariants import assert_consistent

SHA = "a" * 64
UNNAMED = "the record (its id is not a UUID) v1"
"""How lines name these test records, whose ids are not UUIDs: never by such an id."""


ROLES = {"rcp-hv": "health-visitor", "rcp-sw": "social-worker", "rcp-gp": "gp"}


def attempt(ledger: Ledger, recipient: str = "rcp-hv", *, record: str = "rec-1", version: int = 1) -> Delivery:
    return ledger.record_attempt(
        record_id=record,
        record_version=version,
        recipient_id=recipient,
        recipient_role=ROLES[recipient],
        transport="mesh",
        format="fhir-json",
        practice_ods="Y90001",
        local_id=f"{record}-v{version}-{recipient}",
        payload_sha256=SHA,
    )


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger(tmp_path / "ledger.sqlite3") as opened:
        yield opened


def test_delivery_fields_are_the_published_api() -> None:
    # The audit reads the ledger through these names: renaming one breaks it.
    assert [f.name for f in dataclasses.fields(Delivery)] == [
        "record_id", "record_version", "recipient_id", "recipient_role", "transport", "format", "practice_ods",
        "message_id", "local_id", "payload_sha256", "status", "detail", "sent_at", "acknowledged_at",
        "attempt", "outcome",
    ]  # fmt: skip
    assert TRANSPORTS == ("mesh", "mllp", "fhir", "manual")
    assert STATUSES == ("pending", "sent", "acknowledged", "failed", "rejected", "unknown")


def test_life_of_a_delivery(ledger: Ledger) -> None:
    pending = attempt(ledger)
    assert (pending.status, pending.message_id, pending.sent_at) == ("pending", None, None)
    sent_at = dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC)
    sent = ledger.mark_sent(pending, message_id="MSG1", sent_at=sent_at)
    acknowledged = ledger.mark_acknowledged(sent, detail="MESH tracking: acknowledged")

    [current] = ledger.deliveries()
    assert current == acknowledged
    assert (current.status, current.message_id, current.sent_at) == ("acknowledged", "MSG1", sent_at)
    assert current.acknowledged_at is not None and current.acknowledged_at.tzinfo is not None
    assert [e.delivery.status for e in ledger.history()] == ["pending", "sent", "acknowledged"]
    assert [e.seq for e in ledger.history()] == sorted(e.seq for e in ledger.history())
    assert list(ledger.unacknowledged()) == []


def test_current_state_is_per_record_version_recipient_and_transport(ledger: Ledger) -> None:
    first = ledger.mark_sent(attempt(ledger, "rcp-hv"), message_id="M1")
    second = ledger.mark_failed(attempt(ledger, "rcp-sw"), detail="MESH server unreachable")
    newer_version = attempt(ledger, "rcp-hv", version=2)
    other_record = attempt(ledger, "rcp-hv", record="rec-2")
    # Later events for the first delivery do not move it in the listing.
    acknowledged = ledger.mark_acknowledged(first)

    assert list(ledger.deliveries()) == [acknowledged, second, newer_version, other_record]
    assert list(ledger.deliveries("rec-1")) == [acknowledged, second, newer_version]
    assert list(ledger.unacknowledged()) == [second, newer_version, other_record]
    assert ledger.current("rec-1", 1, "rcp-sw", "mesh") == second
    assert ledger.current("rec-1", 1, "rcp-sw", "mllp") is None


def _three_records(ledger: Ledger) -> None:
    for record in ("rec-1", "rec-2", "rec-3"):
        for recipient in ("rcp-hv", "rcp-sw"):
            ledger.mark_sent(attempt(ledger, recipient, record=record), message_id=f"M-{record}-{recipient}")
        attempt(ledger, "rcp-hv", record=record, version=2)


ONE_RECORD_READS = {
    "deliveries": lambda ledger: list(ledger.deliveries("rec-2")),
    "history": lambda ledger: list(ledger.history("rec-2")),
    "current": lambda ledger: ledger.current("rec-2", 1, "rcp-sw", "mesh"),
}


@pytest.mark.parametrize("read", ONE_RECORD_READS.values(), ids=ONE_RECORD_READS.keys())
def test_one_record_is_read_through_the_index_not_a_scan(ledger: Ledger, read: object) -> None:
    # A scan reads every event of the ledger for each record looked up (milliseconds on a practice's ledger,
    # for every share and every `ledger --record`); the index reads only that record's.
    _three_records(ledger)
    statements: list[str] = []
    ledger._db.set_trace_callback(statements.append)  # the statements run, with their parameters bound
    try:
        read(ledger)  # type: ignore[operator]
    finally:
        ledger._db.set_trace_callback(None)
    assert statements
    for statement in statements:
        plan = [row[3] for row in ledger._db.execute(f"EXPLAIN QUERY PLAN {statement}")]
        assert any("USING" in step and "INDEX events_by_delivery" in step for step in plan), (statement, plan)
        assert not any(step.split()[:2] in (["SCAN", "events"], ["SCAN", "e"]) for step in plan), (statement, plan)


def test_one_record_reads_match_the_whole_ledger_filtered(ledger: Ledger) -> None:
    _three_records(ledger)
    assert list(ledger.deliveries("rec-2")) == [d for d in ledger.deliveries() if d.record_id == "rec-2"]
    assert list(ledger.history("rec-2")) == [e for e in ledger.history() if e.delivery.record_id == "rec-2"]
    assert len(list(ledger.history("rec-2"))) == 5
    assert list(ledger.deliveries("absent")) == [] and list(ledger.history("absent")) == []


def test_rejected_is_distinct_from_failed(ledger: Ledger) -> None:
    rejected = ledger.mark_failed(attempt(ledger), detail="Unregistered to address (code 12)", rejected=True)
    assert rejected.status == "rejected"
    assert ledger.current(*rejected.key) == rejected


# -- attempts and the state they settle ----------------------------------------------------------------


def test_an_acknowledgement_is_never_lost_to_a_later_attempt(ledger: Ledger) -> None:
    first = attempt(ledger)
    acknowledged = ledger.mark_acknowledged(ledger.mark_sent(first, message_id="C1"), detail="MLLP AA")
    # A forced resend: the receiver refuses the duplicate, then a third try cannot connect.
    resend = attempt(ledger)
    assert (resend.status, resend.attempt, resend.outcome) == ("acknowledged", 2, "pending")
    rejected = ledger.mark_failed(resend, detail="MLLP AE", rejected=True, message_id="C1")
    failed = ledger.mark_failed(attempt(ledger), detail="MLLP connection failed: nothing sent")

    for state in (rejected, failed, ledger.current(*first.key)):
        assert state is not None and state.status == "acknowledged"
        assert (state.message_id, state.acknowledged_at) == ("C1", acknowledged.acknowledged_at)
    assert (rejected.attempt, rejected.outcome, rejected.detail) == (2, "rejected", "MLLP AE")
    assert (failed.attempt, failed.outcome) == (3, "failed")
    assert list(ledger.unacknowledged()) == []
    assert [(e.delivery.attempt, e.delivery.latest_outcome, e.delivery.status) for e in ledger.history()] == [
        (1, "pending", "pending"), (1, "sent", "sent"), (1, "acknowledged", "acknowledged"),
        (2, "pending", "acknowledged"), (2, "rejected", "acknowledged"),
        (3, "pending", "acknowledged"), (3, "failed", "acknowledged"),
    ]  # fmt: skip


def test_the_schema_itself_keeps_an_acknowledged_delivery_acknowledged(ledger: Ledger) -> None:
    ledger.mark_acknowledged(ledger.mark_sent(attempt(ledger), message_id="C1"))
    with pytest.raises(sqlite3.IntegrityError, match="stays acknowledged"):
        raw_insert(ledger, attempt=2, outcome="rejected", status="rejected")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):  # an acknowledged event is an acknowledged state
        raw_insert(ledger, record_id="rec-9", outcome="acknowledged", status="pending")
    assert [d.status for d in ledger.deliveries()] == ["acknowledged"]


def test_a_lost_answer_is_unknown_and_a_later_failure_does_not_hide_it(ledger: Ledger) -> None:
    lost = ledger.mark_unknown(attempt(ledger), detail="MLLP no-ack: the answer was lost", message_id="C1")
    assert (lost.status, lost.message_id) == ("unknown", "C1")
    # The next try cannot even connect: the first copy may still have arrived.
    refused = ledger.mark_failed(attempt(ledger), detail="MLLP connection failed: nothing sent")
    assert (refused.status, refused.outcome, refused.attempt, refused.message_id) == ("unknown", "failed", 2, "C1")
    assert [d.status for d in ledger.unacknowledged()] == ["unknown"]
    settled = ledger.mark_acknowledged(ledger.mark_sent(attempt(ledger), message_id="C1"), detail="MLLP AA")
    assert (settled.status, settled.attempt) == ("acknowledged", 3)


def test_an_attempt_that_stands_as_sent_outlives_a_later_failure_but_not_its_own(ledger: Ledger) -> None:
    sent = ledger.mark_sent(attempt(ledger), message_id="MESH-1")
    again = ledger.mark_failed(attempt(ledger), detail="MESH server unreachable")  # a forced resend
    assert (again.status, again.message_id, again.outcome) == ("sent", "MESH-1", "failed")
    # MESH tracking then says the first message expired: that attempt no longer stands.
    expired = ledger.mark_failed(dataclasses.replace(again, attempt=sent.attempt), detail="MESH tracking: expired")
    assert (expired.status, expired.message_id) == ("failed", None)


def test_an_interrupted_attempt_counts_as_maybe_arrived(ledger: Ledger) -> None:
    attempt(ledger)  # pending, and the process died
    after = ledger.mark_failed(attempt(ledger), detail="MESH server unreachable")
    assert after.status == "unknown"


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([(1, "pending")], ("pending", None)),
        ([(1, "pending"), (1, "sent")], ("sent", None)),
        ([(1, "pending"), (1, "sent"), (1, "acknowledged"), (2, "pending"), (2, "rejected")], ("acknowledged", 3)),
        ([(1, "pending"), (1, "failed"), (2, "pending"), (2, "rejected")], ("rejected", None)),
        ([(1, "pending"), (1, "unknown"), (2, "pending"), (2, "failed")], ("unknown", 2)),
        ([(1, "pending"), (1, "unknown"), (2, "pending"), (2, "rejected")], ("rejected", None)),
        ([(1, "pending"), (1, "sent"), (2, "pending"), (2, "unknown")], ("sent", 2)),
        ([(1, "pending"), (1, "sent"), (1, "failed")], ("failed", None)),
        ([(1, "pending"), (2, "pending"), (2, "failed")], ("unknown", 1)),
        ([(1, "pending"), (1, "failed"), (2, "pending"), (2, "failed")], ("failed", None)),
    ],
)
def test_settle(history: list[tuple[int, str]], expected: tuple[str, int | None]) -> None:
    facts = [Fact(seq, attempt, outcome) for seq, (attempt, outcome) in enumerate(history, 1)]
    status, settled = settle(facts)
    assert (status, None if settled == len(facts) else settled) == expected


def test_settle_needs_a_history() -> None:
    with pytest.raises(ValueError, match="at least one event"):
        settle([])


# -- a ledger written by schema version 1 -------------------------------------------------------------------


def version_1_ledger(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.executescript(V1_DUMP.read_text())
    db.close()
    return path


V1_DUMP = Path(__file__).resolve().parent / "ledger_v1.sql"


def test_a_version_1_ledger_opens_migrated_with_its_history(tmp_path: Path) -> None:
    path = version_1_ledger(tmp_path / "v1.sqlite3")
    with sqlite3.connect(path) as db:
        before = db.execute(
            "SELECT seq, recorded_at, recipient_id, status, message_id, detail, sent_at, acknowledged_at FROM events"
            " ORDER BY seq"
        ).fetchall()
    assert len(before) == 14

    with Ledger(path) as ledger:
        after = [
            (e.seq, e.recorded_at.isoformat(timespec="microseconds"), e.delivery.recipient_id,
             e.delivery.latest_outcome, e.delivery.detail)
            for e in ledger.history()
        ]  # fmt: skip
        current = {d.recipient_id: d for d in ledger.deliveries()}
        # New events carry on from the old sequence.
        more = ledger.mark_sent(current["rcp-gp"], message_id="B-1")
        assert next(iter(reversed(list(ledger.history())))).seq == 15 and more.status == "sent"
    assert after == [(seq, at, rcp, status, detail) for seq, at, rcp, status, _, detail, _, _ in before]
    assert {rid: (d.status, d.attempt, d.outcome) for rid, d in current.items()} == {
        "rcp-hv": ("acknowledged", 1, None),
        # Version 1 recorded a resend's AE over the AA; the history now says what it was.
        "rcp-maternity": ("acknowledged", 2, "rejected"),
        "rcp-sw": ("sent", 2, None),
        "rcp-gp": ("pending", 1, None),
        "rcp-foster": ("pending", 1, None),
    }
    maternity = current["rcp-maternity"]
    assert (maternity.message_id, maternity.detail) == ("CTRL-1", "MLLP AE")
    assert maternity.acknowledged_at == dt.datetime(2026, 3, 2, 10, 1, tzinfo=dt.UTC)
    assert current["rcp-hv"].sent_at == dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
    assert_consistent(path)


MIGRATE_THEN_DIE = "import sys; from medassess import Ledger; Ledger(sys.argv[1])"


def test_a_migration_killed_half_way_leaves_the_version_1_file_whole(tmp_path: Path) -> None:
    path = version_1_ledger(tmp_path / "v1.sqlite3")
    env = {**os.environ, "MEDASSESS_TEST_KILL_AT": "ledger-migrate:7"}
    killed = subprocess.run([sys.executable, "-c", MIGRATE_THEN_DIE, str(path)], env=env, check=False)
    assert killed.returncode == -signal.SIGKILL
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 14
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'events_v2'").fetchone() is None
    with Ledger(path) as ledger:
        assert len(list(ledger.history())) == 14
    assert_consistent(path)


@pytest.mark.parametrize("statement", ["UPDATE events SET status = 'acknowledged'", "DELETE FROM events"])
def test_events_are_append_only(ledger: Ledger, statement: str) -> None:
    attempt(ledger)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        ledger._db.execute(statement)
    assert [d.status for d in ledger.deliveries()] == ["pending"]


def test_the_database_refuses_unknown_transports_and_statuses(ledger: Ledger) -> None:
    pending = attempt(ledger)
    with pytest.raises(ValueError, match="transport"):
        ledger.mark_sent(dataclasses.replace(pending, transport="email"), message_id="M")
    # The schema's own CHECK constraints hold even for a writer that skips the library.
    for column in ("status", "outcome"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            raw_insert(ledger, **{column: "lost"})
    for status in STATUSES:
        ledger._append(pending, outcome=status, message_id=None, sent_at=None, detail=None)
    for transport in TRANSPORTS:
        ledger._append(dataclasses.replace(pending, transport=transport), outcome="pending", message_id=None,
                       sent_at=None, detail=None)  # fmt: skip


def raw_insert(ledger: Ledger, **columns: object) -> None:
    """An event written straight into the file, as a writer that skips the library would."""
    values: dict[str, object] = {
        "recorded_at": "2026-01-01T00:00:00+00:00", "record_id": "rec-1", "record_version": 1,
        "recipient_id": "rcp-hv", "recipient_role": "health-visitor", "transport": "mesh", "format": "fhir-json",
        "practice_ods": "Y90001", "local_id": "rec-1-v1-rcp-hv", "payload_sha256": SHA, "attempt": 1,
        "outcome": "pending", "status": "pending", **columns,
    }  # fmt: skip
    names = ", ".join(values)
    ledger._db.execute(f"INSERT INTO events ({names}) VALUES ({', '.join('?' * len(values))})", list(values.values()))


def test_times_need_an_offset(ledger: Ledger) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        ledger.mark_sent(attempt(ledger), message_id="M", sent_at=dt.datetime(2026, 3, 2, 10, 15))


def test_wal_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as ledger:
        sent = ledger.mark_sent(attempt(ledger), message_id="M1")
        assert ledger._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Ledger(path) as reopened:
        assert list(reopened.deliveries()) == [sent]


def test_default_path_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # Nothing named: the per-user data folder (the same wherever a command runs), made on first use.
    assert default_ledger_path() == tmp_path / "data" / "medassess" / "ledger.sqlite3"
    with Ledger() as ledger:
        assert ledger.path == tmp_path / "data" / "medassess" / "ledger.sqlite3"
    assert ledger.path.is_file()
    # The site configuration's [ledger] path, and the environment over it.
    assert default_ledger_path(tmp_path / "configured.sqlite3") == tmp_path / "configured.sqlite3"
    monkeypatch.setenv("MEDASSESS_LEDGER", str(tmp_path / "site.sqlite3"))
    assert default_ledger_path(tmp_path / "configured.sqlite3") == tmp_path / "site.sqlite3"
    assert default_ledger_path() == tmp_path / "site.sqlite3"
    with Ledger() as ledger:
        assert ledger.path == tmp_path / "site.sqlite3"
    assert (tmp_path / "site.sqlite3").is_file()


def test_a_named_ledger_in_a_missing_folder_is_refused_not_made(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        Ledger(tmp_path / "mistyped" / "ledger.sqlite3")
    assert not (tmp_path / "mistyped").exists()


def test_every_command_finds_the_ledger_the_site_configuration_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    config = tmp_path / "site.toml"
    config.write_text('[ledger]\npath = "shared/ledger.sqlite3"\n', encoding="utf-8")
    (tmp_path / "shared").mkdir()
    with Ledger(tmp_path / "shared" / "ledger.sqlite3") as ledger:
        attempt(ledger, "rcp-hv")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # run from another folder: the same ledger
    assert main(["ledger", "--config", str(config), "--format", "json"]) == 0
    assert [d["recipient_id"] for d in orjson.loads(capsys.readouterr().out)["items"]] == ["rcp-hv"]


def test_unusable_ledger_files_are_configuration_errors(tmp_path: Path) -> None:
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_bytes(b"this is not a database, it is a shopping list" * 100)
    with pytest.raises(ConfigurationError, match="cannot open the sharing ledger"):
        Ledger(not_sqlite)
    newer = tmp_path / "newer.sqlite3"
    sqlite3.connect(newer).execute("PRAGMA user_version=99").connection.close()
    with pytest.raises(ConfigurationError, match="newer than this medassess"):
        Ledger(newer)


WRITER = textwrap.dedent(
    """
    import sys
    from medassess import Ledger
    worker = sys.argv[2]
    with Ledger(sys.argv[1]) as ledger:
        i = 0
        while True:
            pending = ledger.record_attempt(
                record_id=f"rec-{worker}-{i}", record_version=1, recipient_id="rcp-hv",
                recipient_role="health-visitor", transport="mesh", format="fhir-json", practice_ods="Y90001",
                local_id=f"rec-{worker}-{i}-v1-rcp-hv", payload_sha256="b" * 64,
            )
            ledger.mark_sent(pending, message_id=f"M{worker}-{i}")
            # Printed only once both events are committed.
            print(i, flush=True)
            i += 1
    """
)


def test_kill_9_mid_write_loses_no_committed_event_and_leaves_no_partial_row(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    Ledger(path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(worker)], stdout=subprocess.PIPE, text=True)
        for worker in (1, 2)
    ]
    committed: dict[int, list[int]] = {1: [], 2: []}
    deadline = time.monotonic() + 60
    try:
        # Two writers contend for the lock; kill each once it has committed a good number of events.
        for worker, process in zip((1, 2), writers, strict=True):
            assert process.stdout is not None
            while len(committed[worker]) < 150 and time.monotonic() < deadline:
                line = process.stdout.readline()
                if not line:
                    break
                committed[worker].append(int(line))
        for process in writers:
            os.kill(process.pid, signal.SIGKILL)
    finally:
        for process in writers:
            process.kill()
            process.wait()
            assert process.stdout is not None
            process.stdout.close()
            assert process.returncode == -signal.SIGKILL
    assert all(len(done) >= 150 for done in committed.values()), committed

    assert_consistent(path)
    with Ledger(path) as ledger:
        events = list(ledger.history())
        current = {d.record_id: d for d in ledger.deliveries()}
        for worker, done in committed.items():
            for i in done:
                delivery = current[f"rec-{worker}-{i}"]
                assert (delivery.status, delivery.message_id) == ("sent", f"M{worker}-{i}")
        # Every row that is there is whole: it reads back as a complete delivery.
        for event in events:
            d = event.delivery
            assert d.status in ("pending", "sent") and d.payload_sha256 == "b" * 64 and d.local_id.endswith("rcp-hv")
            assert (d.status == "sent") == (d.message_id is not None and d.sent_at is not None)
        # At most the one in flight per writer is pending: the kill cannot split an event pair's rows.
        assert sum(d.status == "pending" for d in current.values()) <= 2
        # And the ledger carries on taking events.
        ledger.mark_sent(attempt(ledger, record="after-kill"), message_id="M")


# -- medassess ledger -----------------------------------------------------------------------------------------


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as ledger:
        ledger.mark_acknowledged(ledger.mark_sent(attempt(ledger, "rcp-hv"), message_id="MSG-HV"))
        ledger.mark_sent(attempt(ledger, "rcp-sw"), message_id="MSG-SW")
        ledger.mark_failed(attempt(ledger, "rcp-gp", record="rec-2"), detail="MESH server unreachable")
    return path


def test_cli_lists_every_delivery(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "--ledger", str(filled)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(UNNAMED + " rcp-hv (health-visitor) via mesh fhir-json: acknowledged, message MSG-HV")
    assert "acknowledged 20" in lines[0]
    assert lines[1].startswith(UNNAMED + " rcp-sw (social-worker) via mesh fhir-json: sent, message MSG-SW, sent 20")
    assert lines[2] == UNNAMED + " rcp-gp (gp) via mesh fhir-json: failed - MESH server unreachable"
    assert lines[3] == "3 deliveries: 1 acknowledged, 1 failed, 1 sent"


def test_cli_unacknowledged_and_one_record(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "--ledger", str(filled), "--unacknowledged", "--record", "rec-1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [UNNAMED + " rcp-sw (social-worker) via mesh fhir-json"]
    assert lines[-1] == "1 delivery: 1 sent"


def test_cli_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "--ledger", str(filled), "--format", "json"]) == 0
    deliveries = orjson.loads(capsys.readouterr().out)["items"]
    assert [(d["recipient_id"], d["status"], d["message_id"]) for d in deliveries] == [
        ("rcp-hv", "acknowledged", "MSG-HV"),
        ("rcp-sw", "sent", "MSG-SW"),
        ("rcp-gp", "failed", None),
    ]
    assert deliveries[0]["payload_sha256"] == SHA and deliveries[0]["practice_ods"] == "Y90001"
    assert dt.datetime.fromisoformat(deliveries[0]["acknowledged_at"]).tzinfo is not None


def test_cli_without_a_ledger_is_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    assert main(["ledger", "--ledger", str(missing)]) == 2
    assert "no sharing ledger here" in capsys.readouterr().err
    assert not missing.exists()


def test_a_ledger_in_a_missing_folder_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot open the sharing ledger") as caught:
        Ledger(tmp_path / "no-such-folder" / "ledger.sqlite3")
    assert caught.value.source == str(tmp_path / "no-such-folder" / "ledger.sqlite3")


def test_shares_opening_a_new_ledger_at_the_same_moment_all_get_in(tmp_path: Path) -> None:
    # Switching a new database to WAL needs an exclusive lock that SQLite does not always wait for; every
    # opener must still get in (two shares started together would otherwise fail with "database is locked").
    import threading

    failures: list[BaseException] = []
    for round_ in range(100):
        path = tmp_path / f"ledger-{round_}.sqlite3"
        barrier = threading.Barrier(8)

        def open_it(path: Path = path, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                with Ledger(path) as ledger:
                    list(ledger.deliveries())
            except BaseException as exc:  # collected and reported below
                failures.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not failures, failures[:3]


def test_cli_shows_unknown_as_settled_by_the_next_share_and_a_duplicate_rejection_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as ledger:
        ledger.mark_unknown(attempt(ledger, "rcp-hv"), detail="MLLP no-ack: the answer was lost", message_id="C1")
        acknowledged = ledger.mark_acknowledged(ledger.mark_sent(attempt(ledger, "rcp-sw"), message_id="C2"))
        ledger.mark_failed(attempt(ledger, "rcp-sw"), detail="MLLP AE", rejected=True, message_id="C2")
        attempt(ledger, "rcp-gp")  # interrupted
    assert main(["ledger", "--ledger", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        UNNAMED + " rcp-hv (health-visitor) via mesh fhir-json: unknown, message C1"
        " - the next share settles it (MLLP no-ack: the answer was lost)"
    )
    assert lines[1].startswith(UNNAMED + " rcp-sw (social-worker) via mesh fhir-json: acknowledged, message C2")
    assert lines[1].endswith(
        " - attempt 2 rejected: MLLP AE (a duplicate: the receiver had already acknowledged this version)"
    )
    assert acknowledged.acknowledged_at is not None
    assert f"acknowledged {acknowledged.acknowledged_at.isoformat(timespec='seconds')}" in lines[1]
    assert lines[2] == (
        UNNAMED + " rcp-gp (gp) via mesh fhir-json: pending - the next share settles it"
        " (an attempt began and recorded no outcome: interrupted, or under way)"
    )
    assert lines[3] == "3 deliveries: 1 acknowledged, 1 pending, 1 unknown"

    assert main(["ledger", "--ledger", str(path), "--unacknowledged", "--format", "json"]) == 0
    shown = orjson.loads(capsys.readouterr().out)["items"]
    assert [(d["recipient_id"], d["status"], d["attempt"], d["outcome"]) for d in shown] == [
        ("rcp-hv", "unknown", 1, None),
        ("rcp-gp", "pending", 1, None),
    ]


# -- a ledger written by schema version 2 -------------------------------------------------------------------

V2_DUMP = Path(__file__).resolve().parent / "ledger_v2.sql"


def test_a_version_2_ledger_is_upgraded_with_every_event_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(V2_DUMP.read_text())
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        before = db.execute("SELECT * FROM events ORDER BY seq").fetchall()
        states = db.execute("SELECT * FROM deliveries ORDER BY first_seq").fetchall()
    assert len(before) == 14

    with Ledger(path) as ledger:
        current = {d.recipient_id: d for d in ledger.deliveries()}
        more = ledger.mark_sent(current["rcp-gp"], message_id="B-1")
        assert more.status == "sent" and next(iter(reversed(list(ledger.history())))).seq == 15
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 3
        assert db.execute("SELECT * FROM events WHERE seq <= 14 ORDER BY seq").fetchall() == before
        # Every delivery as it was, but the one written to after the upgrade.
        after = db.execute("SELECT * FROM deliveries WHERE recipient_id != 'rcp-gp' ORDER BY first_seq").fetchall()
        assert after == [s for s in states if s[4] != "rcp-gp"] and len(after) == 4
        schema = db.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
        assert "'manual'" not in schema
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert triggers == {"events_no_update", "events_no_delete", "events_acknowledged_stays"}
    assert (current["rcp-maternity"].status, current["rcp-maternity"].outcome) == ("acknowledged", "rejected")
    assert_consistent(path)


def test_an_upgrade_killed_half_way_leaves_the_version_2_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(V2_DUMP.read_text())
    env = {**os.environ, "MEDASSESS_TEST_KILL_AT": "ledger-migrate"}
    killed = subprocess.run([sys.executable, "-c", MIGRATE_THEN_DIE, str(path)], env=env, check=False)
    assert killed.returncode == -signal.SIGKILL
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 14
    with Ledger(path) as ledger:
        assert len(list(ledger.history())) == 14


def test_a_transport_no_longer_registered_is_a_located_ledger_error(ledger: Ledger) -> None:
    attempt(ledger)
    raw_insert(ledger, record_id="rec-2", transport="pigeon")
    raw_insert(ledger, record_id="rec-3", transport="Mrs Example 9990001234")
    with pytest.raises(
        LedgerError, match=r"events\[seq=2\]\.transport: event 2 names a transport no registered"
    ) as first:
        list(ledger.deliveries())
    assert "pigeon" not in str(first.value) and "expected one of: mesh, mllp" in str(first.value)
    with pytest.raises(LedgerError) as caught:
        list(ledger.deliveries("rec-3"))
    assert "Example" not in str(caught.value) and "names a transport no registered" in str(caught.value)
    assert caught.value.source == str(ledger.path)
    assert [d.record_id for d in ledger.deliveries("rec-1")] == ["rec-1"]
