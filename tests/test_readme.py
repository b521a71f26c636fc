"""The README's Python tour runs where users run it: from the installed wheel, in a folder that is not the checkout."""

from __future__ import annotations

import os
import re
import subprocess
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


README = (ROOT / "README.md").read_text("utf-8")
DAY = re.search(r"A safeguarding lead's day, for example:\n\n```sh\n(.*?)```", README, re.S)


def _lead_records(folder: Path, outbox: Path) -> None:
    """The shipped examples, passing and refused, as a lead's folder of records. Their recipients are reached
    over MESH, which no test reaches: each route is pointed at a folder the test reads instead (the directory
    transport), so the share in the day delivers for real."""
    import orjson

    folder.mkdir()
    for source in sorted((ROOT / "examples").glob("*/*.json")):
        data = orjson.loads(source.read_bytes())
        for recipient in data.get("recipients", []):
            recipient["route"] = {"kind": "directory", "path": str(outbox)}
            recipient.pop("format", None)
        (folder / f"{source.parent.name}-{source.name}").write_bytes(orjson.dumps(data))


@pytest.mark.installed
def test_readme_lead_day_runs_from_the_installed_wheel(installed_python: Path, tmp_path: Path) -> None:
    assert DAY is not None, "README has no safeguarding lead's day"
    commands = [line.split("#")[0].split() for line in DAY.group(1).splitlines() if line.strip()]
    assert [c[:2] for c in commands] == [
        ["medassess", "validate"], ["medassess", "rules"], ["medassess", "share"], ["medassess", "ledger"],
        ["medassess", "share"], ["medassess", "audit"],
    ]  # fmt: skip
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    _lead_records(tmp_path / "records", outbox)
    (tmp_path / "site.toml").write_text("# the practice's site configuration: shipped settings\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MEDASSESS_"))}
    env["XDG_DATA_HOME"] = str(tmp_path / "user-data")  # the lead's own ledger, in the per-user folder
    medassess = installed_python.parent / "medassess"
    results = []
    for command in commands:
        done = subprocess.run(
            [str(medassess), *command[1:]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode in (0, 1), f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr
        results.append(done)
    validate, rules, first, unacknowledged, again, audit = results
    assert validate.returncode == 1 and "refused by the share gate" in validate.stdout  # the examples that fail
    assert rules.returncode == 0 and "MA103" in rules.stdout
    delivered = len(list(outbox.iterdir()))
    assert delivered > 0 and "via directory: sent" in first.stdout
    # Again: everyone who has it is skipped, and nothing is written twice.
    assert "already sent; not sent again" in again.stdout and len(list(outbox.iterdir())) == delivered
    assert unacknowledged.returncode == 0
    assert audit.returncode == 0 and (tmp_path / "audit.html").read_text("utf-8").lstrip().startswith("<!")
