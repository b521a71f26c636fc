"""Start-up: `import medassess` and `medassess --help` beside importing fhir.resources' Bundle, side by side.

    python -m benchmarks.startup [--rounds 7]

Each figure is the median of ``--rounds`` fresh interpreters timing themselves (``time.perf_counter`` around
the import, so the interpreter's own start is left out), taken in turn so a busy machine slows each alike;
the headline is the ratio of ``import medassess`` to importing the Bundle. The modules each leaves loaded
are counted too (what tests/test_lazy_import.py guards, deterministically).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CASES = {
    "import medassess": "import medassess",
    "medassess --help": (
        "import contextlib, io\nfrom medassess.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit): main(['--help'])"
    ),
    "fhir.resources Bundle": "from fhir.resources.bundle import Bundle",
}
TIMER = "import sys, time\nstart = time.perf_counter()\n{code}\nprint(time.perf_counter() - start, len(sys.modules))"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    seconds: dict[str, list[float]] = {name: [] for name in CASES}
    modules: dict[str, int] = {}
    for _ in range(args.rounds):
        for name, code in CASES.items():
            result = subprocess.run(
                [sys.executable, "-c", TIMER.format(code=code)], capture_output=True, text=True, check=True
            )
            took, count = result.stdout.split()
            seconds[name].append(float(took))
            modules[name] = int(count)
    print(f"{'case':<24}{'median ms':>10}{'modules':>9}")
    for name in CASES:
        print(f"{name:<24}{1000 * statistics.median(seconds[name]):>10.1f}{modules[name]:>9}")
    bundle = statistics.median(seconds["fhir.resources Bundle"])
    for name in ("import medassess", "medassess --help"):
        print(f"{name} / fhir.resources Bundle: {statistics.median(seconds[name]) / bundle:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
