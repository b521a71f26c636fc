"""The command line at county scale: `export`, `validate` and `audit` over a small and a large folder, with
one job and two, in seconds and peak memory.

    python -m benchmarks.cli_scale [--sizes 2000,20000] [--commands export,validate,audit] [--keep DIR]

Generates the largest size once (the shipped passing examples in turn, each with its own record id; one in
ten saved as a draft, so the share gate refuses it) and runs each command over the first N files of it, each
in a fresh process with its output piped away (export writes FHIR JSON to a fresh folder). Peak RSS is the
largest of the command's own and its worker processes' (the process's ``VmHWM`` and its children's
``ru_maxrss``, in the child): with ``--jobs 2`` each worker is a process of its own, so that is the peak of
any one of them, and
the sum is at most ``jobs + 1`` times it. Flat memory shows as the same peak at every size. The speed-up of
two jobs over one is measured side by side in the same run; on a shared machine it is noisy, so say so.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._records import SHARD, write_folder

# The child reports its own peak RSS and its workers' (KiB, Linux) on stderr as it exits.
RUN = """
import atexit, resource, sys
def _peak():
    # VmHWM is this process image's own peak. ru_maxrss of RUSAGE_SELF is not: Linux carries the peak of the
    # process that started it across fork and exec, so a large benchmark runner would be reported instead.
    with open("/proc/self/status", encoding="ascii") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak {own} {workers}", file=sys.stderr)
atexit.register(_peak)
from medassess.cli import main
sys.exit(main(sys.argv[1:]))
"""


def generate(folder: Path, count: int) -> None:
    write_folder(folder, count, prefix="scale")


def _inputs(folder: Path, count: int) -> list[str]:
    """The shards holding the first ``count`` records (sizes are whole shards, or less than one)."""
    if count < SHARD:
        return [str(p) for p in sorted((folder / "shard-000").iterdir())[:count]]
    return [str(folder / f"shard-{i:03d}") for i in range(count // SHARD)]


def timed(command: str, inputs: list[str], jobs: int, scratch: Path) -> tuple[float, float, float]:
    """Seconds, and peak RSS in MiB of the command's own process and of its largest worker."""
    args = [command, *inputs, "--today", "2026-11-25", "--jobs", str(jobs)]
    if command == "export":
        out = scratch / f"export-{len(inputs)}-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        args += ["--to", "fhir-json", "--out", str(out)]
    elif command == "validate":
        args += ["--quiet"]
    else:
        args += ["--quiet", "--format", "json", "--ledger", str(scratch / "no-ledger.sqlite3")]
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    last = (result.stderr.strip().splitlines() or [""])[-1]
    if not last.startswith("peak ") or result.returncode not in (0, 1):
        raise SystemExit(f"benchmark run {command} failed (exit {result.returncode}):\n{result.stderr[-2000:]}")
    own, workers = (int(n) / 1024 for n in last.split()[1:])
    return seconds, own, workers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,20000", help="record counts, comma-separated")
    parser.add_argument("--commands", default="export,validate,audit")
    parser.add_argument("--jobs", default="1,2", help="job counts to compare, comma-separated")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="medassess-cli-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="medassess-cli-scale-out-"))
    from medassess import Ledger

    Ledger(scratch / "no-ledger.sqlite3").close()  # an empty ledger: nothing shared yet
    try:
        if not (folder / "shard-000").is_dir():
            generate(folder, max(sizes))
        print(
            f"{'command':<10}{'records':>9}{'jobs':>6}{'seconds':>9}{'records/s':>11}{'own MiB':>9}{'worker MiB':>11}"
        )
        for command in args.commands.split(","):
            for size in sizes:
                speeds: dict[int, float] = {}
                for jobs in jobs_list:
                    seconds, own, workers = timed(command, _inputs(folder, size), jobs, scratch)
                    speeds[jobs] = size / seconds
                    figures = f"{seconds:>9.1f}{size / seconds:>11.0f}{own:>9.1f}{workers:>11.1f}"
                    print(f"{command:<10}{size:>9}{jobs:>6}{figures}", flush=True)
                if 1 in speeds and len(speeds) > 1:
                    best = max(j for j in speeds if j != 1)
                    print(f"{command} {size}: --jobs {best} is {speeds[best] / speeds[1]:.2f}x --jobs 1", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
