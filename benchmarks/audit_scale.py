"""`medassess audit` at scale: records per second and peak memory, 10,000 records beside 100,000.

    python -m benchmarks.audit_scale [--records 100000] [--small 10000] [--keep DIR]

Generates small record files (one methadone assessment each, across 20 practices and 12 months, one in
seven with a placeholder conclusion, one in 25 entered in error, half of those after being shared) and a
sharing ledger written through the Ledger API (every tenth record delivered to all four recipients), then
audits the first ``--small`` records and all of them, each in a fresh process so each peak RSS
(``getrusage().ru_maxrss``) is that audit's own. The baseline is the same process's peak after importing
medassess and auditing one record, so the growth is what the audit itself holds. Flat memory shows as a
peak that barely moves while the records grow tenfold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 6, 30)
SHARD = 1000
RECIPIENTS = ("rcp-maternity", "rcp-midwife", "rcp-hv", "rcp-sw")


def _base() -> dict[str, Any]:
    """The scenario-1 record cut down to its methadone assessment: about half the size on disk."""
    data: dict[str, Any] = orjson.loads(EXAMPLE.read_bytes())
    data["medicines"] = data["medicines"][:1]
    data["assessments"] = data["assessments"][:1]
    data["medicines"][0]["last_changed"] = "2025-05-01"  # before every generated assessment date
    return data


def _shard(folder: Path, index: int) -> Path:
    return folder / f"{index // SHARD:03d}"


def generate(folder: Path, ledger_path: Path, count: int, *, start: int = 0) -> None:
    """Write records ``start``..``count - 1`` and share every tenth one in the ledger."""
    from medassess import Ledger

    base = _base()
    placeholder = "See letter from drug service."
    conclusion = base["assessments"][0]["conclusion"]
    with Ledger(ledger_path) as ledger:
        for i in range(start, count):
            month = dt.date(2025, 7, 1) + dt.timedelta(days=31 * (i % 12))
            concluded = dt.date(month.year, month.month, 1 + i % 28)
            base["record_id"] = f"bench-{i:06d}"
            base["mother"]["registered_practice"]["ods_code"] = f"Y9{i % 20:04d}"
            base["overall_conclusion"]["date"] = base["assessments"][0]["date"] = concluded.isoformat()
            base["assessments"][0]["conclusion"] = placeholder if i % 7 == 0 else conclusion
            base["status"] = "entered-in-error" if i % 25 == 10 else "final"
            shard = _shard(folder, i)
            shard.mkdir(parents=True, exist_ok=True)
            (shard / f"{i:06d}.json").write_bytes(orjson.dumps(base))
            if i % 10 == 0:
                sent_at = dt.datetime.combine(concluded, dt.time(9), dt.UTC) + dt.timedelta(days=i % 9)
                for recipient in base["recipients"]:
                    delivery = ledger.record_attempt(
                        record_id=base["record_id"],
                        record_version=1,
                        recipient_id=recipient["id"],
                        recipient_role=recipient["role"],
                        transport="mesh",
                        format="fhir-json",
                        practice_ods=base["mother"]["registered_practice"]["ods_code"],
                        local_id=f"{base['record_id']}-{recipient['id']}",
                        payload_sha256="0" * 64,
                    )
                    ledger.mark_sent(delivery, message_id=f"m-{i}-{recipient['id']}", sent_at=sent_at)


def _child(paths: list[str], ledger_path: str) -> None:
    """Run one audit and print its figures as JSON (in a fresh process, so ru_maxrss is this audit's)."""
    from medassess import Ledger, audit_records

    first = next(Path(paths[0]).rglob("*.json"))
    audit_records([first], today=TODAY)  # imports, class tables and the rule catalogue, loaded once
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with Ledger(ledger_path) as ledger:
        report = audit_records(paths, ledger=ledger, today=TODAY)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    totals = report.totals
    print(json.dumps({
        "files": report.files_read, "seconds": seconds, "baseline_kib": baseline, "peak_kib": peak,
        "needing": totals.needing_assessment, "complete": totals.complete, "shared": totals.shared,
        "entered_in_error": totals.entered_in_error, "groups": len(report.groups),
    }))


def _run(paths: list[Path], ledger_path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.audit_scale", "--child", str(ledger_path), *map(str, paths)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.audit_scale", description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument(
        "--keep", type=Path, help="generate into (and keep) this folder, or reuse what an earlier run generated there"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[1:], args.child[0])
        return 0
    if args.small % SHARD or args.records % SHARD or args.small >= args.records:
        parser.error(f"--small and --records are multiples of {SHARD}, and --small is the smaller")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="medassess-audit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        records, small_ledger, ledger = folder / "records", folder / "ledger-small.sqlite3", folder / "ledger.sqlite3"
        marker = folder / "generated.json"
        # "layout" changes whenever generate() writes different records, so an old folder is not reused.
        sizes = {"records": args.records, "small": args.small, "layout": 2}
        if marker.is_file() and json.loads(marker.read_text()) == sizes:
            print(f"reusing the {args.records} records and ledgers in {folder}")
        else:
            started = time.perf_counter()
            generate(records, ledger, args.small)
            shutil.copyfile(ledger, small_ledger)  # the small run sees only its own records' deliveries
            generate(records, ledger, args.records, start=args.small)
            marker.write_text(json.dumps(sizes))
            print(f"generated {args.records} records and their ledger in {time.perf_counter() - started:.1f} s")
        small = _run([_shard(records, i) for i in range(0, args.small, SHARD)], small_ledger)
        large = _run([records], ledger)
        header = ("records", "seconds", "records/s", "baseline MiB", "peak MiB", "growth MiB")
        print(" ".join(f"{h:>{w}}" for h, w in zip(header, (8, 8, 10, 13, 9, 11), strict=True)))
        for figures in (small, large):
            growth = (figures["peak_kib"] - figures["baseline_kib"]) / 1024
            print(
                f"{figures['files']:>8} {figures['seconds']:>8.1f} {figures['files'] / figures['seconds']:>10.0f}"
                f" {figures['baseline_kib'] / 1024:>13.1f} {figures['peak_kib'] / 1024:>9.1f} {growth:>11.1f}"
            )
        print(
            f"records x{large['files'] / small['files']:.0f}: time x{large['seconds'] / small['seconds']:.2f},"
            f" peak RSS x{large['peak_kib'] / small['peak_kib']:.3f}"
        )
        for figures in (small, large):
            print(f"  {figures['files']} records: {figures['needing']} needing assessment, {figures['complete']}"
                  f" complete, {figures['shared']} shared, {figures['entered_in_error']} entered in error (not"
                  f" counted), {figures['groups']} practice-month groups")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
