"""The sharing ledger at practice scale: reading current state, per record and whole, and appending.

    python -m benchmarks.ledger [--records 20000] [--appends 300]

Fills a ledger with ``--records`` record versions x 4 recipients x 2 events (pending, then sent), written in
one transaction with the ledger's own INSERT, then measures side by side in one run:

- one record's current state: ``Ledger.deliveries(record_id)`` (filters before grouping) against selecting
  from the ``deliveries`` view with a WHERE (which groups the whole ledger first), over 200 records;
- one record's history: ``Ledger.history(record_id)`` (``WHERE record_id = ?``, through the index) against
  the single statement it replaced (``WHERE ?1 IS NULL OR record_id = ?1``, which scans every event), the
  rows turned into events the same way, over the same 200 records, alternating over three rounds (best kept);
- the whole ledger's current state (``deliveries()``) and ``unacknowledged()``;
- appending through the API (``record_attempt`` + ``mark_sent``: one committed, fsynced transaction each).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from medassess import Ledger
from medassess.sharing.ledger import _INSERT, LedgerEvent, _delivery

RECIPIENTS = ("rcp-maternity", "rcp-midwife", "rcp-hv", "rcp-sw")


def fill(ledger: Ledger, records: int) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    rows = [
        (now, f"rec-{r:06d}", 1, rid, "midwife", "mesh", "fhir-json", "Y90001", f"rec-{r:06d}-v1-{rid}", "a" * 64,
         1, status, message, now if message else None, None, None, status, None)
        for r in range(records)
        for rid in RECIPIENTS
        for status, message in (("pending", None), ("sent", f"M{r}{rid}"))
    ]  # fmt: skip
    ledger._db.execute("BEGIN")
    ledger._db.executemany(_INSERT, rows)
    ledger._db.execute("COMMIT")


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ledger", description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000, help="record versions in the ledger (default 20000)")
    parser.add_argument("--appends", type=int, default=300, help="deliveries appended through the API (default 300)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Ledger(Path(folder) / "ledger.sqlite3") as ledger:
        fill(ledger, args.records)
        sample = [f"rec-{r:06d}" for r in range(0, args.records, max(1, args.records // 200))][:200]

        def through_view() -> None:
            for record_id in sample:
                rows = ledger._db.execute(
                    "SELECT * FROM deliveries WHERE record_id = ? ORDER BY first_seq", (record_id,)
                )
                assert len([_delivery(row, str(ledger.path)) for row in rows]) == len(RECIPIENTS)

        def through_api() -> None:
            for record_id in sample:
                assert len(list(ledger.deliveries(record_id))) == len(RECIPIENTS)

        view, api = timed(through_view), timed(through_api)

        def history_scanning() -> None:
            for record_id in sample:
                rows = ledger._db.execute(
                    "SELECT * FROM events WHERE ?1 IS NULL OR record_id = ?1 ORDER BY seq", (record_id,)
                )
                events = [
                    LedgerEvent(
                        row["seq"], dt.datetime.fromisoformat(row["recorded_at"]), _delivery(row, str(ledger.path))
                    )
                    for row in rows
                ]
                assert len(events) == 2 * len(RECIPIENTS)

        def history_api() -> None:
            for record_id in sample:
                assert len(list(ledger.history(record_id))) == 2 * len(RECIPIENTS)

        rounds = [(timed(history_scanning), timed(history_api)) for _ in range(3)]
        scanning, indexed = min(r[0] for r in rounds), min(r[1] for r in rounds)
        whole = timed(lambda: sum(1 for _ in ledger.deliveries()))
        unacknowledged = timed(lambda: sum(1 for _ in ledger.unacknowledged()))

        def append() -> None:
            for i in range(args.appends):
                pending = ledger.record_attempt(
                    record_id=f"new-{i}", record_version=1, recipient_id="rcp-hv", recipient_role="health-visitor",
                    transport="mesh", format="fhir-json", practice_ods="Y90001", local_id=f"new-{i}-v1-rcp-hv",
                    payload_sha256="b" * 64,
                )  # fmt: skip
                ledger.mark_sent(pending, message_id=f"N{i}")

        appending = timed(append)
    deliveries = args.records * len(RECIPIENTS)
    print(f"ledger: {args.records} records, {deliveries} deliveries, {2 * deliveries} events")
    per_view, per_api = view / len(sample) * 1000, api / len(sample) * 1000
    print(f"one record's state via the view + WHERE: {per_view:.2f} ms; deliveries(record_id): {per_api:.3f} ms"
          f" ({per_view / per_api:.0f}x faster)")  # fmt: skip
    per_scan, per_indexed = scanning / len(sample) * 1000, indexed / len(sample) * 1000
    print(f"one record's history, ?1 IS NULL OR record_id = ?1: {per_scan:.2f} ms; history(record_id):"
          f" {per_indexed:.3f} ms ({per_scan / per_indexed:.0f}x faster)")  # fmt: skip
    print(f"whole ledger state: {whole:.2f} s ({deliveries / whole:,.0f} deliveries/s); "
          f"unacknowledged(): {unacknowledged:.2f} s")  # fmt: skip
    print(f"appending through the API: {2 * args.appends / appending:,.0f} committed events/s (fsync each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
