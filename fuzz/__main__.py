"""Run the fuzz harness.

    python -m fuzz READER [--n N] [--seed S] [--jobs J] [--out DIR] [--shrink-seconds T]
    python -m fuzz READER --replay FILE [FILE...]

READER is record, fhir-json, fhir-xml, hl7v2 or all (each reader in turn, N inputs each). Prints a summary
table (inputs, accepted, refused, inputs with a finding of each kind, inputs per second, the slowest input)
and each kind of finding once, with its count and the path of its shrunk reproducer under DIR (default
build/fuzz, which git ignores). ``--replay`` runs saved inputs through the same oracles.

Exit status: 0 when nothing was found, 1 when anything was (or an input could not be made), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .harness import ReaderReport, report_findings, run_reader, table
from .oracles import TARGETS, evaluate, observing

ROOT = Path(__file__).resolve().parent.parent


def _progress(every: float) -> object:
    last = [time.monotonic()]

    def show(report: ReaderReport, n: int) -> None:
        now = time.monotonic()
        if now - last[0] >= every:
            last[0] = now
            found = sum(report.with_finding.values())
            print(
                f"  {report.reader}: {report.inputs}/{n} inputs, {report.rate():.0f}/s, {found} with findings",
                file=sys.stderr,
                flush=True,
            )

    return show


def _replay(reader: str, files: list[Path]) -> int:
    target = TARGETS[reader]
    status = 0
    with observing() as observer:
        for path in files:
            outcome = evaluate(target, path.read_bytes(), observer)
            print(f"{path}: {outcome.status}")
            for finding in outcome.findings:
                status = 1
                print(f"  [{finding.category}] {finding.signature}\n    {finding.detail}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("reader", choices=[*TARGETS, "all"])
    parser.add_argument("--n", type=int, default=10_000, help="inputs per reader (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="run seed (default 0)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "fuzz", help="reproducer folder")
    parser.add_argument(
        "--shrink-seconds", type=float, default=10.0, help="time to shrink each kind of finding (0: keep as found)"
    )
    parser.add_argument("--replay", type=Path, nargs="+", metavar="FILE", help="judge saved inputs instead")
    args = parser.parse_args(argv)
    if args.n < 1 or args.jobs < 1:
        parser.error("--n and --jobs must be at least 1")
    if args.replay:
        if args.reader == "all":
            parser.error("--replay needs one reader")
        return _replay(args.reader, args.replay)
    readers = list(TARGETS) if args.reader == "all" else [args.reader]
    reports = []
    for name in readers:
        print(f"== {name}: {args.n} inputs, seed {args.seed}, {args.jobs} job(s)", file=sys.stderr, flush=True)
        reports.append(
            run_reader(TARGETS[name], args.n, seed=args.seed, jobs=args.jobs, progress=_progress(30.0))  # type: ignore[arg-type]
        )
    summary = table(reports)
    print(summary + "\n", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "summary.txt").write_text(f"python -m fuzz {' '.join(argv or sys.argv[1:])}\n\n{summary}\n")
    report_findings(reports, out=args.out, seed=args.seed, shrink_seconds=args.shrink_seconds)
    failed = any(r.failed for r in reports)
    print("findings: " + ("yes, see above" if failed else "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
