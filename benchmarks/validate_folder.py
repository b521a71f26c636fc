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
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "pass").glob("*.json"))

# Each child reports its own peak RSS on stderr as it exits, so runs do not see each other's peaks.
PEAK = "import atexit, resource, sys; atexit.register(lambda: print(resource.getrusage(0).ru_maxrss, file=sys.stderr))"
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
    bases: list[dict[str, Any]] = [orjson.loads(p.read_bytes()) for p in EXAMPLES]
    for index in range(count):
        data = dict(bases[index % len(bases)])
        data["record_id"] = f"bench-{index:06d}"
        if index % 10 == 9:
            data["status"] = "draft"
        shard = folder / f"shard-{index // 1000:03d}"
        shard.mkdir(exist_ok=True)
        (shard / f"record-{index:06d}.json").write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))


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
