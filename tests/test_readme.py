"""The README's Python tour runs where users run it: from the installed wheel, in a folder that is not the checkout."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.installed import run_python

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_readme_has_a_python_tour() -> None:
    assert BLOCKS, "README has no Python tour"


@pytest.mark.installed
@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
def test_readme_python_block_runs_from_the_installed_wheel(installed_python: Path, tmp_path: Path, index: int) -> None:
    # Each block runs on its own, as a user pastes it, with the venv's Python, from an empty temporary folder.
    result = run_python(installed_python, BLOCKS[index], tmp_path)
    assert result.returncode == 0, f"README Python block {index + 1} failed:\n{result.stderr[-3000:]}"


def test_readme_tour_runs_in_process_from_another_folder(tmp_path: Path) -> None:
    # The same tour against this checkout, quickly: what it builds is there, and nothing depends on the cwd.
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        namespace: dict[str, object] = {}
        exec(compile(BLOCKS[0], "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    assert namespace["entries"] and namespace["document"] and namespace["message"]
