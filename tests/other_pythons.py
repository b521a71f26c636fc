"""The suite's fast subset on every other Python this machine has, on demand (never in the suite, never in CI):

    python -m tests.other_pythons                       every CPython 3.11+ found (PATH, pyenv)
    python -m tests.other_pythons --python /path/to/python3.13 [--python ...]

CI runs the whole suite on one Python, the CI machine's ``python3``. pyproject.toml's classifiers name the
versions this has passed on; this is how a developer checks them before changing the classifiers or
requires-python. Each interpreter gets its own venv in build/pythons/<version>/ (kept, so a second run only
runs the tests), with ``pip install -e '.[test]'``, and runs the FAST tests without the peer validators or the
wheel-building tests: the record, the template, the share gate and its red-team cases, the FHIR and HL7 v2
exports and readers, the ledger and the public API. Exit status 0 only if every interpreter passed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / "build" / "pythons"
FAST = (
    "tests/gate",
    "tests/redteam",
    "tests/test_record.py",
    "tests/test_rules.py",
    "tests/test_examples.py",
    "tests/test_template.py",
    "tests/test_classes.py",
    "tests/test_fhir_export.py",
    "tests/test_fhir_read.py",
    "tests/test_fhir_xml.py",
    "tests/test_hl7v2.py",
    "tests/test_identity.py",
    "tests/test_ledger.py",
    "tests/test_public_api.py",
    "tests/test_dependencies.py",
    "tests/test_packaging.py",
)
PYTEST = (
    "-q", "-p", "no:cacheprovider", "-m", "not peer and not installed",
    # Checks the OperationOutcome with the peer validators (../shared/tools), which this run does not install.
    "--deselect", "tests/test_rules.py::test_operation_outcome_passes_the_peer_validators",
)


def _minimum() -> tuple[int, int]:
    """requires-python's lower bound, as (3, 11)."""
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    match = re.fullmatch(r">=\s*3\.(\d+)", spec)
    assert match, f"requires-python {spec!r} is not of the form >=3.N"
    return 3, int(match.group(1))


def _version(python: str) -> tuple[int, int, int] | None:
    """The interpreter's version, or None if it does not run (a pyenv shim for a version not selected)."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:3])"],
            capture_output=True, text=True, timeout=60, check=True,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    major, minor, micro = (int(p) for p in out)
    return major, minor, micro


def _found() -> list[str]:
    """CPython 3.N interpreters on PATH and in pyenv, one per version."""
    candidates = [p for n in range(11, 20) if (p := shutil.which(f"python3.{n}"))]
    pyenv = shutil.which("pyenv")
    if pyenv:
        root = subprocess.run([pyenv, "root"], capture_output=True, text=True, timeout=60, check=False).stdout.strip()
        if root:
            candidates += sorted(str(p) for p in Path(root).glob("versions/3.*/bin/python3"))
    return candidates


def run(pythons: list[str]) -> int:
    minimum = _minimum()
    seen: dict[tuple[int, int, int], str] = {}
    for python in pythons:
        version = _version(python)
        if version is not None and version[:2] >= minimum:
            seen.setdefault(version, python)
    if not seen:
        print(f"no Python {minimum[0]}.{minimum[1]}+ found", file=sys.stderr)
        return 1
    results: dict[str, bool] = {}
    for version, python in sorted(seen.items()):
        name = ".".join(map(str, version))
        venv = VENVS / name
        bin_ = venv / "bin"
        print(f"== Python {name} ({python})", flush=True)
        if not (bin_ / "python").exists():
            subprocess.run([python, "-m", "venv", str(venv)], check=True, timeout=600)
        install = subprocess.run(
            [str(bin_ / "python"), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"],
            cwd=ROOT, timeout=3600, check=False,
        )
        if install.returncode != 0:
            results[name] = False
            continue
        tests = subprocess.run(
            [str(bin_ / "python"), "-m", "pytest", *PYTEST, *FAST], cwd=ROOT, timeout=3600, check=False
        )
        results[name] = tests.returncode == 0
    print("\n".join(f"Python {name}: {'passed' if ok else 'FAILED'}" for name, ok in results.items()))
    return 0 if all(results.values()) else 1


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.other_pythons", description=__doc__.split("\n")[0])
    parser.add_argument("--python", action="append", help="an interpreter to run (repeatable); default: all found")
    args = parser.parse_args()
    sys.exit(run(args.python or _found()))


if __name__ == "__main__":
    main()
