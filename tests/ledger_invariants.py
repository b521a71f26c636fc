"""What must hold of any sharing ledger file, however its writer died: used after every ``kill -9`` test.

``assert_consistent(path)`` opens the file with plain sqlite3 (not the Ledger class under test) and checks:
the database is intact; every delivery's attempts are numbered 1, 2, ... and each starts with ``pending``;
an attempt is acknowledged only after it was sent; the state stored with every event is the one
``settle`` derives from the history up to it; and an acknowledged delivery never stops being acknowledged.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from medassess.sharing.ledger import SCHEMA_VERSION, Fact, settle


def assert_consistent(path: Path) -> dict[tuple[str, int, str, str], str]:
    """Check the invariants; returns every delivery's current state, by (record, version, recipient, transport)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = db.execute(
            "SELECT seq, record_id, record_version, recipient_id, transport, attempt, outcome, status, settled_seq"
            " FROM events ORDER BY seq"
        ).fetchall()
    finally:
        db.close()
    histories: dict[tuple[str, int, str, str], list[Fact]] = defaultdict(list)
    states: dict[tuple[str, int, str, str], str] = {}
    for seq, record_id, version, recipient_id, transport, attempt, outcome, status, settled_seq in rows:
        key = (record_id, version, recipient_id, transport)
        history = histories[key]
        started = {f.attempt for f in history}
        if attempt not in started:
            assert attempt == len(started) + 1, (key, seq, "attempts are numbered in order")
            assert outcome == "pending", (key, seq, "an attempt starts pending, committed before anything is sent")
        if outcome == "acknowledged":
            assert any(f.attempt == attempt and f.outcome == "sent" for f in history), (key, seq, "ack before sent")
        if states.get(key) == "acknowledged":
            assert status == "acknowledged", (key, seq, "an acknowledged delivery stays acknowledged")
        history.append(Fact(seq, attempt, outcome))
        expected_status, expected_settled = settle(history)
        assert (status, settled_seq or seq) == (expected_status, expected_settled or seq), (key, seq)
        states[key] = status
    return states
