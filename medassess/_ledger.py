"""The sharing ledger: what went to whom, when, with which payload, and whether it was acknowledged.

One SQLite file (default ``./medassess-ledger.sqlite3``, or the path in the ``MEDASSESS_LEDGER`` environment
variable). The ledger is append-only: every change of state is a new row in the ``events`` table and
triggers refuse ``UPDATE`` and ``DELETE``. Each event carries the whole state of one delivery, so the
current state of a delivery is simply its latest event (the ``deliveries`` view). A delivery is one
record version to one recipient over one transport.

Durability: write-ahead logging, ``synchronous=FULL`` and one transaction per event, so a ``kill -9`` in
the middle of a share loses nothing that was committed and never leaves half a row. Every attempt is
recorded as ``pending`` and committed *before* the payload leaves, so a crash between sending and
recording ``sent`` shows up as a pending delivery, to be settled from the transport's tracking.

The ``detail`` column holds operational text only (an error class, a tracking status), never patient data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, get_args

from ._exceptions import ConfigurationError

Transport = Literal["mesh", "mllp", "fhir", "manual"]
Status = Literal["pending", "sent", "acknowledged", "failed", "rejected"]
TRANSPORTS: tuple[str, ...] = get_args(Transport)
STATUSES: tuple[str, ...] = get_args(Status)

LEDGER_ENV = "MEDASSESS_LEDGER"
DEFAULT_LEDGER_FILE = "medassess-ledger.sqlite3"
_SCHEMA_VERSION = 1
_LOCK_TIMEOUT = 30.0
"""Seconds a share waits for another share holding the ledger's write lock."""


def default_ledger_path() -> Path:
    """``$MEDASSESS_LEDGER`` when set, otherwise ``medassess-ledger.sqlite3`` in the working directory."""
    return Path(os.environ.get(LEDGER_ENV) or DEFAULT_LEDGER_FILE)


@dataclass(frozen=True)
class Delivery:
    """The state of one delivery: a record version to one recipient over one transport."""

    record_id: str
    record_version: int
    recipient_id: str
    recipient_role: str
    transport: str
    format: str
    practice_ods: str
    message_id: str | None
    local_id: str
    payload_sha256: str
    status: str
    detail: str | None
    sent_at: dt.datetime | None
    acknowledged_at: dt.datetime | None

    @property
    def key(self) -> tuple[str, int, str, str]:
        """(record_id, record_version, recipient_id, transport): what the ledger tracks state for."""
        return (self.record_id, self.record_version, self.recipient_id, self.transport)

    @property
    def delivered(self) -> bool:
        """The recipient has it (sent, or sent and acknowledged)."""
        return self.status in ("sent", "acknowledged")


@dataclass(frozen=True)
class LedgerEvent:
    """One row of the ledger's history: the delivery's state as of ``recorded_at``."""

    seq: int
    recorded_at: dt.datetime
    delivery: Delivery


_COLUMNS = tuple(f.name for f in dataclasses.fields(Delivery))
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at     TEXT    NOT NULL,
    record_id       TEXT    NOT NULL,
    record_version  INTEGER NOT NULL CHECK (record_version >= 1),
    recipient_id    TEXT    NOT NULL,
    recipient_role  TEXT    NOT NULL,
    transport       TEXT    NOT NULL CHECK (transport IN ('mesh', 'mllp', 'fhir', 'manual')),
    format          TEXT    NOT NULL,
    practice_ods    TEXT    NOT NULL,
    message_id      TEXT,
    local_id        TEXT    NOT NULL,
    payload_sha256  TEXT    NOT NULL CHECK (length(payload_sha256) = 64),
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'acknowledged', 'failed', 'rejected')),
    detail          TEXT,
    sent_at         TEXT,
    acknowledged_at TEXT
);
CREATE INDEX IF NOT EXISTS events_by_delivery
    ON events (record_id, record_version, recipient_id, transport, seq);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END;
CREATE VIEW IF NOT EXISTS deliveries AS
    SELECT e.*, k.first_seq FROM events AS e
    JOIN (
        SELECT max(seq) AS last_seq, min(seq) AS first_seq FROM events
        GROUP BY record_id, record_version, recipient_id, transport
    ) AS k ON e.seq = k.last_seq;
"""


_CURRENT_OF_RECORD = """
    SELECT e.*, k.first_seq FROM events AS e
    JOIN (
        SELECT max(seq) AS last_seq, min(seq) AS first_seq FROM events WHERE record_id = ?
        GROUP BY record_version, recipient_id, transport
    ) AS k ON e.seq = k.last_seq
    ORDER BY k.first_seq
"""
"""The ``deliveries`` view for one record, filtered before grouping so only that record's events are read
(the view itself would group the whole ledger first)."""

_INSERT = (
    "INSERT INTO events (recorded_at, record_id, record_version, recipient_id, recipient_role, transport, format,"
    " practice_ods, message_id, local_id, payload_sha256, status, detail, sent_at, acknowledged_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("ledger times need a UTC offset")
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parse_time(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _delivery(row: sqlite3.Row) -> Delivery:
    values = {name: row[name] for name in _COLUMNS}
    values["sent_at"] = _parse_time(values["sent_at"])
    values["acknowledged_at"] = _parse_time(values["acknowledged_at"])
    return Delivery(**values)


class Ledger:
    """The append-only sharing ledger in one SQLite file (created with its schema when absent)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_ledger_path()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=_LOCK_TIMEOUT)
        except sqlite3.DatabaseError as exc:
            raise ConfigurationError(f"cannot open the sharing ledger ({exc})", source=str(self.path)) from None
        try:
            self._prepare_when_free()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise ConfigurationError(f"cannot open the sharing ledger ({exc})", source=str(self.path)) from None
        except BaseException:
            self._db.close()
            raise

    def _prepare_when_free(self) -> None:
        # Two shares opening a new ledger at once contend for the exclusive lock that switching to WAL and
        # creating the schema need; SQLite does not always wait for it (its busy handler is skipped where
        # waiting could deadlock), so the contention is waited out here, within the same timeout.
        deadline = time.monotonic() + _LOCK_TIMEOUT
        delay = 0.01
        while True:
            try:
                self._prepare()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() + delay > deadline:
                    raise
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _prepare(self) -> None:
        self._db.row_factory = sqlite3.Row
        if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed event survives power loss too, not only a killed process.
        self._db.execute("PRAGMA synchronous=FULL")
        if self._db.execute("PRAGMA user_version").fetchone()[0] == _SCHEMA_VERSION:
            return  # already set up: a reader (the audit) need not take the write lock
        with self._transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > _SCHEMA_VERSION:
                raise ConfigurationError(
                    f"ledger schema version {version} is newer than this medassess understands", source=str(self.path)
                )
            for statement in _split(_SCHEMA):
                self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    # -- life cycle -------------------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # -- writing ----------------------------------------------------------------------------------------

    def _append(self, delivery: Delivery) -> Delivery:
        if delivery.transport not in TRANSPORTS:
            raise ValueError(f"unknown transport {delivery.transport!r}")
        if delivery.status not in STATUSES:
            raise ValueError(f"unknown status {delivery.status!r}")
        values = [getattr(delivery, name) for name in _COLUMNS]
        values[_COLUMNS.index("sent_at")] = _iso(delivery.sent_at)
        values[_COLUMNS.index("acknowledged_at")] = _iso(delivery.acknowledged_at)
        with self._transaction():
            self._db.execute(
                _INSERT,
                [_iso(_now()), *values],
            )
        return delivery

    def record_attempt(
        self,
        *,
        record_id: str,
        record_version: int,
        recipient_id: str,
        recipient_role: str,
        transport: str,
        format: str,
        practice_ods: str,
        local_id: str,
        payload_sha256: str,
        detail: str | None = None,
    ) -> Delivery:
        """Record that a payload is about to be sent (status ``pending``); commit before sending it."""
        return self._append(
            Delivery(
                record_id=record_id,
                record_version=record_version,
                recipient_id=recipient_id,
                recipient_role=recipient_role,
                transport=transport,
                format=format,
                practice_ods=practice_ods,
                message_id=None,
                local_id=local_id,
                payload_sha256=payload_sha256,
                status="pending",
                detail=detail,
                sent_at=None,
                acknowledged_at=None,
            )
        )

    def mark_sent(
        self,
        delivery: Delivery,
        *,
        message_id: str | None,
        sent_at: dt.datetime | None = None,
        detail: str | None = None,
    ) -> Delivery:
        """The transport accepted the payload (a MESH message id, an MLLP ACK's control id, ...)."""
        return self._append(
            dataclasses.replace(
                delivery, status="sent", message_id=message_id, sent_at=sent_at or _now(), detail=detail
            )
        )

    def mark_acknowledged(
        self, delivery: Delivery, *, acknowledged_at: dt.datetime | None = None, detail: str | None = None
    ) -> Delivery:
        """The recipient has acknowledged it (MESH: downloaded and acknowledged; MLLP: an AA ACK)."""
        return self._append(
            dataclasses.replace(
                delivery, status="acknowledged", acknowledged_at=acknowledged_at or _now(), detail=detail
            )
        )

    def mark_failed(self, delivery: Delivery, *, detail: str, rejected: bool = False) -> Delivery:
        """Delivery failed (``failed``: worth retrying) or the receiver refused it (``rejected``)."""
        return self._append(dataclasses.replace(delivery, status="rejected" if rejected else "failed", detail=detail))

    # -- reading ----------------------------------------------------------------------------------------

    def current(self, record_id: str, record_version: int, recipient_id: str, transport: str) -> Delivery | None:
        """The latest state of one delivery, or None when the ledger has never seen it."""
        row = self._db.execute(
            "SELECT * FROM events WHERE record_id = ? AND record_version = ? AND recipient_id = ? AND transport = ?"
            " ORDER BY seq DESC LIMIT 1",
            (record_id, record_version, recipient_id, transport),
        ).fetchone()
        return None if row is None else _delivery(row)

    def deliveries(self, record_id: str | None = None) -> Iterator[Delivery]:
        """The current state of every delivery (of one record when ``record_id`` is given), in the order
        each was first attempted."""
        rows = (
            self._db.execute(_CURRENT_OF_RECORD, (record_id,))
            if record_id is not None
            else self._db.execute("SELECT * FROM deliveries ORDER BY first_seq")
        )
        for row in rows:
            yield _delivery(row)

    def unacknowledged(self) -> Iterator[Delivery]:
        """Every delivery whose recipient has not acknowledged it yet (pending, sent, failed, rejected)."""
        for row in self._db.execute("SELECT * FROM deliveries WHERE status != 'acknowledged' ORDER BY first_seq"):
            yield _delivery(row)

    def history(self, record_id: str | None = None) -> Iterator[LedgerEvent]:
        """Every event (of one record when ``record_id`` is given), in the order it was recorded."""
        # Two statements, not "?1 IS NULL OR record_id = ?1": that condition keeps SQLite from using the
        # index, so one record's history would scan the whole ledger.
        rows = (
            self._db.execute("SELECT * FROM events WHERE record_id = ? ORDER BY seq", (record_id,))
            if record_id is not None
            else self._db.execute("SELECT * FROM events ORDER BY seq")
        )
        for row in rows:
            recorded_at = _parse_time(row["recorded_at"])
            assert recorded_at is not None  # the column is NOT NULL
            yield LedgerEvent(seq=row["seq"], recorded_at=recorded_at, delivery=_delivery(row))


def _split(script: str) -> list[str]:
    """The schema's statements (``sqlite3.executescript`` would commit the open transaction)."""
    return [s.strip() for s in script.split(";\n") if s.strip()]


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``: the write lock is taken up front, so concurrent writers wait
    (up to the busy timeout) instead of failing halfway; any exception rolls back."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
