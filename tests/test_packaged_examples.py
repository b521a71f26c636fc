"""The example records ship with the package: one public accessor (medassess.examples), the same files in a
checkout and in the wheel, and the top-level examples/ folder is their only source."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import medassess
from medassess import InputError, examples
from tests.installed import run_python

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples"


def _source_records(folder: str) -> list[str]:
    return sorted(f"{folder}/{p.name}" for p in (SOURCE / folder).glob("*.json"))


def test_names_are_the_example_records_passing_first() -> None:
    assert examples.names("pass") == tuple(_source_records("pass"))
    assert examples.names("fail") == tuple(_source_records("fail"))
    assert examples.names() == (*_source_records("pass"), *_source_records("fail"))
    assert examples.names("pass") and examples.names("fail")


def test_path_is_the_shipped_file_and_loads_as_a_record() -> None:
    for name in examples.names():
        found = examples.path(name)
        assert found.read_bytes() == (SOURCE / name).read_bytes()
        assert medassess.load_record(found).record_id
    assert examples.path("expected.toml").read_bytes() == (SOURCE / "expected.toml").read_bytes()


@pytest.mark.parametrize(
    "name",
    ["", "pass", "pass/missing.json", "../pyproject.toml", "pass/../../pyproject.toml", "/etc/passwd", "pass\\x.json",
     "./pass/antenatal-methadone-sertraline.json"],
)
def test_path_refuses_what_is_not_a_shipped_example(name: str) -> None:
    with pytest.raises(InputError) as raised:
        examples.path(name)
    # Names the accessor, not what was asked for.
    assert name not in str(raised.value) or name == ""


def test_names_refuses_an_unknown_folder() -> None:
    with pytest.raises(InputError):
        examples.names("other")  # type: ignore[arg-type]


@pytest.mark.installed
def test_the_wheel_carries_every_example_from_the_top_level_folder(wheel_file: Path) -> None:
    shipped = sorted(p.relative_to(SOURCE).as_posix() for p in SOURCE.rglob("*") if p.is_file())
    assert shipped
    with zipfile.ZipFile(wheel_file) as wheel:
        inside = {n.removeprefix("medassess/_data/examples/"): n for n in wheel.namelist()
                  if n.startswith("medassess/_data/examples/")}
        assert sorted(inside) == shipped
        for name in shipped:
            assert wheel.read(inside[name]) == (SOURCE / name).read_bytes(), name
        assert "medassess/examples.py" in wheel.namelist()


def test_the_repository_holds_the_examples_once() -> None:
    # The wheel's copy is made by the build backend; no second copy is kept in the package.
    assert not (ROOT / "medassess" / "_data").exists()


@pytest.mark.installed
def test_the_installed_wheel_finds_its_examples_outside_the_checkout(installed_python: Path, tmp_path: Path) -> None:
    code = (
        "import json, medassess\n"
        "from medassess import examples\n"
        "names = examples.names()\n"
        "print(json.dumps({'module': medassess.__file__, 'names': list(names),\n"
        "                  'paths': [str(examples.path(n)) for n in names],\n"
        "                  'ids': [medassess.load_record(examples.path(n)).record_id for n in names]}))\n"
    )
    result = run_python(installed_python, code, tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    venv = installed_python.parent.parent
    assert Path(found["module"]).is_relative_to(venv)
    assert found["names"] == list(examples.names())
    assert all(Path(p).is_relative_to(venv) for p in found["paths"])
    assert found["ids"] == [medassess.load_record(examples.path(n)).record_id for n in examples.names()]


@pytest.mark.installed
def test_medassess_demo_runs_from_the_installed_wheel(installed_python: Path, tmp_path: Path) -> None:
    result = run_python(
        installed_python, "import sys\nfrom medassess.cli import main\nsys.exit(main(['demo']))\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    total = len(examples.names())
    assert f"All {total} examples behave as expected" in result.stdout
