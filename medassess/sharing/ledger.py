"""The sharing ledger: what went to whom, when, with which payload, and whether it was acknowledged.

One SQLite file: the path a command is given, else ``MEDASSESS_LEDGER``, else the site configuration's
``[ledger] path``, else ``ledger.sqlite3`` in medassess's per-user data folder (:func:`default_ledger_path`).
A delivery is one record version to one recipient over one transport; each try at it is an *attempt*
(numbered from 1), and everything that happens to an attempt is a new row in the ``events`` table:
``pending`` (committed before the payload leaves), then ``sent``, ``acknowledged``, ``failed``, ``rejected``
or ``unknown`` (the payload left but the answer was lost). Triggers refuse ``UPDATE`` and ``DELETE``, so
the history is append-only and no later attempt can overwrite what an earlier one proved.

Each event also carries the delivery's *state* after it (``status``), derived by :func:`settle` from the
delivery's whole history and stored so the ``deliveries`` view (the latest event of each delivery) needs
no re-derivation:

- ``acknowledged`` once any attempt was acknowledged, for good: a resend the receiver then rejects (a
  duplicate) or that fails is recorded as that attempt's outcome, and the delivery stays acknowledged. The
  schema itself refuses an event that would take an acknowledged delivery back (a trigger), whoever writes.
- otherwise ``sent`` while any attempt stands as sent (the transport holds it for the recipient);
- otherwise the latest attempt's outcome, except that an attempt that certainly did not arrive (``failed``)
  leaves the delivery ``unknown`` when an earlier attempt's answer was lost: that one may have arrived.

``settled_seq`` names the event whose facts (message id, sent and acknowledged times, payload digest) the
state rests on, when that is an earlier event than the latest.

Durability: write-ahead logging, ``synchronous=FULL`` and one transaction per event (the history read, the
state derived and the event written under one write lock), so a ``kill -9`` at any point loses nothing that
was committed and never leaves half a row or a state that disagrees with its history.

Schema version 3. The ``transport`` column holds a route kind as data: the kinds are those registered in
``medassess.transports.registry``, checked here when an event is written, and an event naming a kind no
registered transport handles is a :class:`LedgerError` when read. A version 2 file (whose schema listed the
four transports in a CHECK) is upgraded when opened, in one transaction, every event copied as it was; a
version 1 file (one status per event, no attempts) is migrated the same way: its events keep their sequence
numbers, times and details, each gets its attempt number (a ``pending`` event started one) and the state
its history gives.

The ``detail`` column holds operational text only (an error class, an acknowledgement code, a tracking
status), never patient data and never a receiver's own words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, NamedTuple, get_args

import platformdirs

from ..core.exceptions import ConfigurationError, LedgerError
from ..core.killpoints import kill_point
from ..transports.registry import kinds

Transport = Literal["mesh", "mllp", "fhir", "manual"]
Status = Literal["pending", "sent", "acknowledged", "failed", "rejected", "unknown"]
TRANSPORTS: tuple[str, ...] = get_args(Transport)
"""The transports medassess ships; a ledger accepts every kind in the transport registry."""
STATUSES: tuple[str, ...] = get_args(Status)

LEDGER_ENV = "MEDASSESS_LEDGER"
DEFAULT_LEDGER_FILE = "ledger.sqlite3"
SCHEMA_VERSION = 3
_LOCK_TIMEOUT = 30.0
"""Seconds a share waits for another share holding the ledger's write lock."""


def default_ledger_path(configured: str | Path | None = None, *, environ: Mapping[str, str] | None = None) -> Path:
    """Where the sharing ledger is when a command is given none: ``$MEDASSESS_LEDGER`` when set, else
    ``configured`` (the site configuration's ``[ledger] path``), else ``ledger.sqlite3`` in medassess's
    per-user data folder (``platformdirs``: ``~/.local/share/medassess`` on Linux). The same for every
    command, wherever it is run from, so ``audit`` finds the ledger ``share`` wrote."""
    env = os.environ if environ is None else environ
    if env.get(LEDGER_ENV):
        return Path(env[LEDGER_ENV])
    if configured is not None:
        return Path(configured)
    return platformdirs.user_data_path("medassess", appauthor=False) / DEFAULT_LEDGER_FILE


@dataclass(frozen=True)
class Delivery:
    """The state of one delivery: a record version to one recipient over one transport.

    ``status`` is the delivery's state, derived from every attempt (see the module docstring); ``message_id``,
    ``sent_at``, ``acknowledged_at``, ``payload_sha256`` and ``format`` are those of the attempt the state rests
    on. ``attempt``, ``outcome`` and ``detail`` are the latest event's: which attempt it was about and what it
    found (``outcome`` differs from ``status`` when, say, a resend of an acknowledged delivery was rejected).
    """

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
    attempt: int = 1
    outcome: str | None = None
    """The latest event's own outcome for its attempt; None means the same as ``status``."""

    @property
    def key(self) -> tuple[str, int, str, str]:
        """(record_id, record_version, recipient_id, transport): what the ledger tracks state for."""
        return (self.record_id, self.record_version, self.recipient_id, self.transport)

    @property
    def delivered(self) -> bool:
        """The recipient has it (sent, or sent and acknowledged)."""
        return self.status in ("sent", "acknowledged")

    @property
    def latest_outcome(self) -> str:
        """What the latest event found for its attempt."""
        return self.outcome or self.status


@dataclass(frozen=True)
class LedgerEvent:
    """One row of the ledger's history: the delivery's state as of ``recorded_at``, and the event's own
    attempt and outcome in ``delivery.attempt`` and ``delivery.outcome``."""

    seq: int
    recorded_at: dt.datetime
    delivery: Delivery


class Fact(NamedTuple):
    """What one event says, as :func:`settle` reads it."""

    seq: int | None
    """None for the event about to be written."""
    attempt: int
    outcome: str


MAYBE_ARRIVED = frozenset({"pending", "unknown"})
"""An attempt whose last word is one of these may have reached the receiver: ``pending`` was interrupted
(or is still under way), ``unknown`` lost its answer."""


def settle(history: Sequence[Fact]) -> tuple[str, int | None]:
    """A delivery's state from its events in order: ``(status, seq of the event it rests on)``, the seq being
    None when it rests on the last event itself.

    Acknowledged by any attempt is final. Otherwise an attempt whose last event is ``sent`` stands (the
    latest such). Otherwise the last event's outcome, except that ``failed`` (that attempt certainly did not
    arrive) gives ``unknown`` while an earlier attempt may have arrived.
    """
    if not history:
        raise ValueError("a delivery's state needs at least one event")
    for fact in history:
        if fact.outcome == "acknowledged":
            return "acknowledged", fact.seq if fact is not history[-1] else None
    last_of_attempt: dict[int, Fact] = {}
    for fact in history:
        last_of_attempt.pop(fact.attempt, None)  # re-inserted last, so the dict keeps the order of last words
        last_of_attempt[fact.attempt] = fact
    latest = history[-1]
    standing = [f for f in last_of_attempt.values() if f.outcome == "sent"]
    if standing:
        return "sent", standing[-1].seq if standing[-1] is not latest else None
    if latest.outcome == "failed":
        maybe = [f for a, f in last_of_attempt.items() if a != latest.attempt and f.outcome in MAYBE_ARRIVED]
        if maybe:
            return "unknown", maybe[-1].seq
    return latest.outcome, None


_COLUMNS = tuple(f.name for f in dataclasses.fields(Delivery))
_STATUS_LIST = ", ".join(f"'{s}'" for s in STATUSES)
_KEY = "record_id, record_version, recipient_id, transport"
_EVENTS_TABLE = f"""
CREATE TABLE {{name}} (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at     TEXT    NOT NULL,
    record_id       TEXT    NOT NULL,
    record_version  INTEGER NOT NULL CHECK (record_version >= 1),
    recipient_id    TEXT    NOT NULL,
    recipient_role  TEXT    NOT NULL,
    transport       TEXT    NOT NULL CHECK (length(transport) > 0),
    format          TEXT    NOT NULL,
    practice_ods    TEXT    NOT NULL,
    local_id        TEXT    NOT NULL,
    payload_sha256  TEXT    NOT NULL CHECK (length(payload_sha256) = 64),
    attempt         INTEGER NOT NULL CHECK (attempt >= 1),
    outcome         TEXT    NOT NULL CHECK (outcome IN ({_STATUS_LIST})),
    message_id      TEXT,
    sent_at         TEXT,
    acknowledged_at TEXT,
    detail          TEXT,
    status          TEXT    NOT NULL CHECK (status IN ({_STATUS_LIST})),
    settled_seq     INTEGER,
    CHECK (outcome != 'acknowledged' OR status = 'acknowledged')
)"""
"""One event: the attempt it is about and what it found (``outcome``, with that attempt's message id and
times as now known), and the delivery's state after it (``status``, resting on ``settled_seq`` when that
is an earlier event)."""

_CURRENT = f"""
    SELECT e.seq, e.recorded_at, e.record_id, e.record_version, e.recipient_id, e.recipient_role, e.transport,
           s.format, e.practice_ods, s.message_id, e.local_id, s.payload_sha256, e.status, e.detail, s.sent_at,
           s.acknowledged_at, e.attempt, e.outcome, k.first_seq
    FROM (SELECT max(seq) AS last_seq, min(seq) AS first_seq FROM events {{where}} GROUP BY {_KEY}) AS k
    JOIN events AS e ON e.seq = k.last_seq
    JOIN events AS s ON s.seq = coalesce(e.settled_seq, e.seq)
"""  # noqa: S608  (built from this module's constants only, never from input)
"""The current state of each delivery: its latest event, with the facts of the event the state rests on."""

_SCHEMA = (
    _EVENTS_TABLE.format(name="events"),
    f"CREATE INDEX events_by_delivery ON events ({_KEY}, seq)",
    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
    " BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END",
    "CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
    " BEGIN SELECT RAISE(ABORT, 'the sharing ledger is append-only'); END",
    "CREATE TRIGGER events_acknowledged_stays BEFORE INSERT ON events"
    " WHEN NEW.status != 'acknowledged' AND EXISTS (SELECT 1 FROM events WHERE record_id = NEW.record_id"
    " AND record_version = NEW.record_version AND recipient_id = NEW.recipient_id AND transport = NEW.transport"
    " AND status = 'acknowledged')"
    " BEGIN SELECT RAISE(ABORT, 'an acknowledged delivery stays acknowledged'); END",
    "CREATE VIEW deliveries AS " + _CURRENT.format(where=""),
)

_CURRENT_OF_RECORD = _CURRENT.format(where="WHERE record_id = ?") + " ORDER BY k.first_seq"
"""The ``deliveries`` view for one record, filtered before grouping so only that record's events are read
(the view itself would group the whole ledger first)."""

_HISTORY = """
    SELECT e.seq, e.recorded_at, e.record_id, e.record_version, e.recipient_id, e.recipient_role, e.transport,
           s.format, e.practice_ods, s.message_id, e.local_id, s.payload_sha256, e.status, e.detail, s.sent_at,
           s.acknowledged_at, e.attempt, e.outcome
    FROM events AS e JOIN events AS s ON s.seq = coalesce(e.settled_seq, e.seq)
"""

_INSERT = (
    "INSERT INTO events (recorded_at, record_id, record_version, recipient_id, recipient_role, transport, format,"
    " practice_ods, local_id, payload_sha256, attempt, outcome, message_id, sent_at, acknowledged_at, detail,"
    " status, settled_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_FACTS_OF_DELIVERY = (
    "SELECT seq, attempt, outcome FROM events WHERE record_id = ? AND record_version = ? AND recipient_id = ?"
    " AND transport = ? ORDER BY seq"
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


def _delivery(row: sqlite3.Row, source: str) -> Delivery:
    if row["transport"] not in kinds():
        # A foreign file's column could hold anything: say where, and what was expected, never what it holds.
        raise LedgerError(
            f"event {row['seq']} names a transport no registered transport handles (expected one of: "
            f"{', '.join(kinds())})",
            source=source,
            path=f"events[seq={row['seq']}].transport",
        )
    values = {name: row[name] for name in _COLUMNS}
    values["sent_at"] = _parse_time(values["sent_at"])
    values["acknowledged_at"] = _parse_time(values["acknowledged_at"])
    if values["outcome"] == values["status"]:
        values["outcome"] = None
    return Delivery(**values)


def _why(exc: sqlite3.DatabaseError) -> str:
    """Why SQLite could not open a ledger, in medassess's words: SQLite's own text is not repeated."""
    if isinstance(exc, sqlite3.OperationalError):
        return "the file cannot be opened here, or another program holds it"
    return "the file is not an SQLite database"


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            f"cannot make the sharing ledger's folder ({exc.strerror or type(exc).__name__})", source=str(path)
        ) from None


class Ledger:
    """The append-only sharing ledger in one SQLite file (created with its schema when absent, migrated from
    schema version 1 or 2 when older)."""

    def __init__(self, path: str | Path | None = None, *, make_folder: bool = False) -> None:
        """Open (or create) the ledger at ``path`` (default: :func:`default_ledger_path`). The default's folder
        (the per-user one) is made on first use, and so is ``path``'s when ``make_folder``; otherwise a
        ledger's folder must exist, so a mistyped path is refused rather than made."""
        self.path = Path(path) if path is not None else default_ledger_path()
        if path is None or make_folder:
            _make_folder(self.path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=_LOCK_TIMEOUT)
        except sqlite3.DatabaseError as exc:
            raise ConfigurationError(f"cannot open the sharing ledger ({_why(exc)})", source=str(self.path)) from None
        try:
            self._prepare_when_free()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise ConfigurationError(f"cannot open the sharing ledger ({_why(exc)})", source=str(self.path)) from None
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
        if self._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # already set up: a reader (the audit) need not take the write lock
        with self._transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ConfigurationError(
                    f"ledger schema version {version} is newer than this medassess understands", source=str(self.path)
                )
            if version == SCHEMA_VERSION:
                return  # another process set it up while this one waited for the lock
            if version == 1:
                _migrate_from_1(self._db)
            elif version == 2:
                _migrate_from_2(self._db)
            elif self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone() is not None:
                raise ConfigurationError(
                    f"ledger schema version {version} is not one this medassess knows", source=str(self.path)
                )
            else:
                for statement in _SCHEMA:
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

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

    def _append(
        self,
        base: Delivery,
        *,
        outcome: str,
        new_attempt: bool = False,
        message_id: str | None,
        sent_at: dt.datetime | None,
        acknowledged_at: dt.datetime | None = None,
        detail: str | None,
    ) -> Delivery:
        """Write one event about ``base``'s attempt (or a new attempt) and return the delivery's new state."""
        if base.transport not in kinds():
            raise ValueError(f"unknown transport {base.transport!r}")
        if outcome not in STATUSES:
            raise ValueError(f"unknown status {outcome!r}")
        times = (_iso(sent_at), _iso(acknowledged_at))
        with self._transaction():
            facts = [Fact(*row) for row in self._db.execute(_FACTS_OF_DELIVERY, base.key)]
            attempt = max((f.attempt for f in facts), default=0) + 1 if new_attempt else base.attempt
            status, settled_seq = settle([*facts, Fact(None, attempt, outcome)])
            cursor = self._db.execute(
                _INSERT,
                (
                    _iso(_now()), base.record_id, base.record_version, base.recipient_id, base.recipient_role,
                    base.transport, base.format, base.practice_ods, base.local_id, base.payload_sha256, attempt,
                    outcome, message_id, *times, detail, status, settled_seq,
                ),
            )  # fmt: skip
            kill_point("ledger-insert")  # the event written, not yet committed
            seq = cursor.lastrowid
            row = self._db.execute(_HISTORY + " WHERE e.seq = ?", (seq,)).fetchone()
        return _delivery(row, str(self.path))

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
        """Start a new attempt (its event: ``pending``); commit before the payload leaves. The returned state
        is the delivery's: ``acknowledged`` stays so, and ``attempt`` is the new attempt's number."""
        base = Delivery(
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
        return self._append(base, outcome="pending", new_attempt=True, message_id=None, sent_at=None, detail=detail)

    def mark_sent(
        self,
        delivery: Delivery,
        *,
        message_id: str | None,
        sent_at: dt.datetime | None = None,
        detail: str | None = None,
    ) -> Delivery:
        """The transport accepted this attempt's payload (a MESH message id, an MLLP ACK's control id, ...)."""
        return self._append(delivery, outcome="sent", message_id=message_id, sent_at=sent_at or _now(), detail=detail)

    def mark_acknowledged(
        self,
        delivery: Delivery,
        *,
        acknowledged_at: dt.datetime | None = None,
        message_id: str | None = None,
        detail: str | None = None,
    ) -> Delivery:
        """The recipient has acknowledged this attempt (MESH: downloaded and acknowledged; MLLP: an AA ACK;
        FHIR: stored). ``message_id`` defaults to the delivery's."""
        return self._append(
            delivery,
            outcome="acknowledged",
            message_id=message_id or delivery.message_id,
            sent_at=delivery.sent_at or _now(),
            acknowledged_at=acknowledged_at or _now(),
            detail=detail,
        )

    def mark_failed(
        self, delivery: Delivery, *, detail: str, rejected: bool = False, message_id: str | None = None
    ) -> Delivery:
        """This attempt did not arrive (``failed``: worth retrying) or the receiver refused it (``rejected``)."""
        return self._append(
            delivery,
            outcome="rejected" if rejected else "failed",
            message_id=message_id,
            sent_at=None,
            detail=detail,
        )

    def mark_unknown(self, delivery: Delivery, *, detail: str, message_id: str | None = None) -> Delivery:
        """This attempt's payload left but its answer was lost: the receiver may or may not have it. The next
        share settles it (resending under the same message identity)."""
        return self._append(delivery, outcome="unknown", message_id=message_id, sent_at=None, detail=detail)

    # -- reading ----------------------------------------------------------------------------------------

    def current(self, record_id: str, record_version: int, recipient_id: str, transport: str) -> Delivery | None:
        """The latest state of one delivery, or None when the ledger has never seen it."""
        row = self._db.execute(
            _HISTORY + " WHERE e.record_id = ? AND e.record_version = ? AND e.recipient_id = ? AND e.transport = ?"
            " ORDER BY e.seq DESC LIMIT 1",
            (record_id, record_version, recipient_id, transport),
        ).fetchone()
        return None if row is None else _delivery(row, str(self.path))

    def deliveries(self, record_id: str | None = None) -> Iterator[Delivery]:
        """The current state of every delivery (of one record when ``record_id`` is given), in the order
        each was first attempted."""
        rows = (
            self._db.execute(_CURRENT_OF_RECORD, (record_id,))
            if record_id is not None
            else self._db.execute("SELECT * FROM deliveries ORDER BY first_seq")
        )
        for row in rows:
            yield _delivery(row, str(self.path))

    def unacknowledged(self) -> Iterator[Delivery]:
        """Every delivery whose recipient has not acknowledged it yet (pending, sent, unknown, failed,
        rejected)."""
        for row in self._db.execute("SELECT * FROM deliveries WHERE status != 'acknowledged' ORDER BY first_seq"):
            yield _delivery(row, str(self.path))

    def history(self, record_id: str | None = None) -> Iterator[LedgerEvent]:
        """Every event (of one record when ``record_id`` is given), in the order it was recorded."""
        # Two statements, not "?1 IS NULL OR record_id = ?1": that condition keeps SQLite from using the
        # index, so one record's history would scan the whole ledger.
        rows = (
            self._db.execute(_HISTORY + " WHERE e.record_id = ? ORDER BY e.seq", (record_id,))
            if record_id is not None
            else self._db.execute(_HISTORY + " ORDER BY e.seq")
        )
        for row in rows:
            recorded_at = _parse_time(row["recorded_at"])
            assert recorded_at is not None  # the column is NOT NULL
            yield LedgerEvent(seq=row["seq"], recorded_at=recorded_at, delivery=_delivery(row, str(self.path)))


def _migrate_from_1(db: sqlite3.Connection) -> None:
    """Schema 1 to 2, inside the caller's transaction: every event kept with its seq, time and detail; its
    status becomes the event's outcome, a ``pending`` event starts a new attempt, and the state is derived."""
    db.execute(_EVENTS_TABLE.format(name="events_v2"))
    facts: dict[tuple[str, int, str, str], list[Fact]] = {}
    rows = db.execute("SELECT * FROM events ORDER BY record_id, record_version, recipient_id, transport, seq")
    for row in rows:
        key = (row["record_id"], row["record_version"], row["recipient_id"], row["transport"])
        history = facts.setdefault(key, [])
        attempts = max((f.attempt for f in history), default=0)
        attempt = attempts + 1 if row["status"] == "pending" or not attempts else attempts
        history.append(Fact(row["seq"], attempt, row["status"]))
        status, settled_seq = settle(history)
        db.execute(
            _INSERT.replace("INSERT INTO events (", "INSERT INTO events_v2 (seq, ").replace("VALUES (", "VALUES (?, "),
            (
                row["seq"], row["recorded_at"], row["record_id"], row["record_version"], row["recipient_id"],
                row["recipient_role"], row["transport"], row["format"], row["practice_ods"], row["local_id"],
                row["payload_sha256"], attempt, row["status"], row["message_id"], row["sent_at"],
                row["acknowledged_at"], row["detail"], status, settled_seq,
            ),
        )  # fmt: skip
        kill_point("ledger-migrate")  # half the events copied, inside the migration's transaction
    _replace_events(db, "events_v2")


def _migrate_from_2(db: sqlite3.Connection) -> None:
    """Schema 2 to 3, inside the caller's transaction: the same events, in a table whose ``transport`` column
    no longer lists the transports (the registry does)."""
    db.execute(_EVENTS_TABLE.format(name="events_v3"))
    db.execute("INSERT INTO events_v3 SELECT * FROM events")
    kill_point("ledger-migrate")  # the events copied, inside the migration's transaction
    _replace_events(db, "events_v3")


def _replace_events(db: sqlite3.Connection, table: str) -> None:
    """Put ``table`` in place of ``events``, with the current indexes, triggers and view."""
    for statement in (
        "DROP VIEW IF EXISTS deliveries",
        "DROP TRIGGER IF EXISTS events_no_update",
        "DROP TRIGGER IF EXISTS events_no_delete",
        "DROP TRIGGER IF EXISTS events_acknowledged_stays",
        "DROP INDEX IF EXISTS events_by_delivery",
        "DROP TABLE events",
        f"ALTER TABLE {table} RENAME TO events",
        *_SCHEMA[1:],
    ):
        db.execute(statement)


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
