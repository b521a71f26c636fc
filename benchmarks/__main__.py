"""Run every benchmark module in this folder that defines ``main()``, each with its default settings.

    python -m benchmarks [NAME...]

NAME limits the run to those modules (e.g. ``fhir_export``). Exit status: 0 when every benchmark ran and
returned success, 1 otherwise.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def _modules() -> list[str]:
    folder = Path(__file__).resolve().parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    available = _modules()
    chosen = argv or available
    unknown = sorted(set(chosen) - set(available))
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr)
        return 1
    failed = []
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        run = getattr(module, "main", None)
        if run is None:
            continue
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        # Each benchmark parses its own options; give it none, so its defaults apply.
        saved, sys.argv = sys.argv, [f"benchmarks.{name}"]
        try:
            status = run()
        except SystemExit as exc:
            status = exc.code
        finally:
            sys.argv = saved
        print(f"== {name}: {time.perf_counter() - start:.1f} s", flush=True)
        if status not in (None, 0):
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
