"""`medassess validate` over a folder of records: records per second, what the gate costs, and peak memory.

    python -m benchmarks.validate_folder [--records 10000] [--keep DIR]

Generates ``--records`` record files (the shipped passing examples in turn, each with its own record id;
one in ten saved as a draft so the gate refuses it), then runs, each in a fresh process with stdout piped:
reading every record only (``load_record``), and the full ``medassess validate`` over a tenth of the folder
and over all of it. Reported side by side from one run: seconds, records per second, the ratio of the full
validate to reading alone (what the share gate and reporting add), and peak RSS (``ru_maxrss`` of the
child), which stays flat as the folder grows because results hold no records.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._records import write_folder

# Each child reports its own peak RSS (KiB) on stderr as it exits, so runs do not see each other's peaks: VmHWM,
# the peak of its own process image (ru_maxrss would carry the peak of the benchmark that started it).
PEAK = (
    "import atexit, sys; atexit.register(lambda: print(next(int(line.split()[1]) for line in "
    "open('/proc/self/status', encoding='ascii') if line.startswith('VmHWM:')), file=sys.stderr))"
)
READ_ONLY = PEAK + """
from medassess import iter_record_files, load_record
count = 0
for path in iter_record_files([sys.argv[1]]):
    load_record(path)
    count += 1
print(f"{count} files read")
"""
VALIDATE = PEAK + """
from medassess.cli import main
sys.exit(main(["validate", "--today", "2026-11-25", sys.argv[1]]))
"""


def generate(folder: Path, count: int) -> None:
    write_folder(folder, count, prefix="bench")


def timed(script: str, folder: Path, count: int) -> tuple[float, float]:
    """Seconds and peak RSS of the child in MiB; a run that did not get through every file stops the benchmark."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    last = (result.stdout.strip().splitlines() or [""])[-1]
    if not last.startswith(f"{count} files"):
        raise SystemExit(f"benchmark run failed (exit {result.returncode}):\n{last}\n{result.stderr}")
    peak_kib = int(result.stderr.strip().splitlines()[-1])
    return seconds, peak_kib / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="medassess-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        generate(folder, args.records)
        first_shard = folder / "shard-000"
        small = len(list(first_shard.glob("*.json")))
        runs = [
            ("validate, first shard", small, timed(VALIDATE, first_shard, small)),
            ("read only, whole folder", args.records, timed(READ_ONLY, folder, args.records)),
            ("validate, whole folder", args.records, timed(VALIDATE, folder, args.records)),
        ]
        print(f"{'run':<26}{'records':>9}{'seconds':>9}{'records/s':>11}{'peak MiB':>10}")
        for label, count, (seconds, peak) in runs:
            print(f"{label:<26}{count:>9}{seconds:>9.2f}{count / seconds:>11.0f}{peak:>10.1f}")
        read_seconds, validate_seconds = runs[1][2][0], runs[2][2][0]
        print(f"validate / read only, same {args.records} records: {validate_seconds / read_seconds:.2f}x")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
