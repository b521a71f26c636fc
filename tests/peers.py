"""Run the independent peer validators from ../shared/tools (installed by `make peers` / .ci/run).

Every example and test output must pass them. A missing installation is a failure, not a skip: the tests
exist to prove the output passes checks nobody here wrote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / ".peer-validators" / "bin"
SHARED = Path(os.environ.get("MEDASSESS_SHARED") or ROOT.parent / "shared")
"""The shared reference material and tools, beside the checkout (as CI lays them out); MEDASSESS_SHARED
names them when the tests run from a copy elsewhere (mutation testing runs them from mutants/)."""


def _run(tool: str, paths: list[Path], *extra: str) -> subprocess.CompletedProcess[str]:
    exe = PEERS / tool
    assert exe.exists(), f"{exe} is missing: run `make peers` (bash ../shared/tools/setup.sh .peer-validators)"
    # fhir-schema-validate imports jsonschema from $PYTHON: use this interpreter, which has the test extras.
    env = {**os.environ, "PYTHON": sys.executable}
    return subprocess.run(
        [str(exe), *extra, *map(str, paths)], capture_output=True, text=True, timeout=600, check=False, env=env
    )


def assert_peer_valid(tool: str, paths: list[Path], *extra: str) -> None:
    """Assert the peer tool exits 0 (clean) on every file, showing its findings if not."""
    assert paths, "no files to validate"
    result = _run(tool, paths, *extra)
    findings = f"{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, f"{tool} rejected output (exit {result.returncode}):\n{findings}"


def assert_peer_invalid(tool: str, paths: list[Path], *extra: str) -> str:
    """Assert the peer tool rejects the files (exit 1); returns its findings."""
    result = _run(tool, paths, *extra)
    assert result.returncode == 1, f"{tool} accepted what it should reject (exit {result.returncode}):\n{result.stdout}"
    return result.stdout
