"""medassess as a user gets it: the wheel built from this checkout, installed in a fresh venv outside it.

The wheel is built once per session (``pip wheel . --no-deps``, with the build backend pyproject.toml names,
in an isolated build environment as pip makes it). It is installed with ``pip install --no-deps`` into a venv
made in a temporary folder; the venv finds medassess's dependencies through a ``.pth`` line naming this
interpreter's site-packages, so nothing is downloaded or built again. Measured on the CI machine: a full
``pip install`` of the wheel with its dependencies into a bare venv takes about 30 s; this takes a few seconds
(the wheel build included). The medassess the venv imports is the wheel's, never the checkout's: the
checkout's editable install is activated by a ``.pth`` file of its own site-packages, which a path named in
another ``.pth`` file does not process, and the code run there is run from a temporary folder, not the
checkout (tests check both).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_wheel(out: Path) -> Path:
    """The wheel of this checkout, built into ``out``."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "--wheel-dir", str(out)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    (wheel,) = out.glob("medassess-*.whl")
    return wheel


def make_venv(folder: Path, wheel: Path) -> Path:
    """A fresh venv in ``folder`` with the wheel installed; returns its Python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=300)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "_medassess_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--quiet",
         str(wheel)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    return python


def run_python(python: Path, code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` as a script file in ``cwd`` with the venv's Python (no PYTHONPATH from this process)."""
    script = cwd / "snippet.py"
    script.write_text(code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run(
        [str(python), str(script)], cwd=cwd, capture_output=True, text=True, timeout=600, env=env, check=False
    )
