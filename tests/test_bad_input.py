"""Bad input: every case gets one located, plain-English line and exit status 2, never a traceback, never
patient data, and nothing written. Fixtures in tests/bad_input/ are the antenatal example, broken one way each."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medassess.cli import main

BAD = Path(__file__).resolve().parent / "bad_input"
ROOT = BAD.parent.parent
TODAY = ["--today", "2026-11-25"]
ANTENATAL_EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
# Identifiers and names from the fixtures (the antenatal example's mother, GP and social worker).
PATIENT_DATA = ("9990001111", "999000111", "9990001112", "Jodie", "Marsh-Example", "1996-08-14")

CASES = [
    ("malformed.json", "line 3, column 16", "not valid JSON (unexpected character, expected a string key)"),
    ("truncated.json", "line 70, column 25", "not valid JSON (the file ends too early: it looks truncated)"),
    ("empty.json", None, "the file is empty"),
    ("whitespace-only.json", None, "the file is empty"),
    ("binary.json", None, "the file is binary, not a JSON record"),
    ("not-utf8.json", "line 9, byte 26", "not valid JSON (the file is not UTF-8 text)"),
    ("array.json", "$", "a record is a JSON object, but this file holds a list"),
    ("wrong-type.json", "$.version", "should be a whole number"),
    ("wrong-type-nested.json", "$.pregnancy.gestation.weeks", "should be a whole number"),
    # An unknown key is named by its position (the fifth key of mother): a key can hold anything, a name included.
    ("unknown-field.json", "$.mother[unknown field 5]", "is not a field of this record (unknown field)"),
    ("impossible-date.json", "$.pregnancy.edd", "is not a real date (expected YYYY-MM-DD)"),
    ("impossible-date-order.json", "$.medicines[0]", "last_changed is before started"),
    ("nhs-number-nine-digits.json", "$.mother.nhs_number", "does not have the expected form"),
    ("template-version-unknown.json", "$.template", "template 'perinatal-medication-assessment' has no such"),
]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the fixtures as the working directory, so anything written would show up."""
    shutil.copytree(BAD, tmp_path / "bad_input")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_no_patient_data(text: str) -> None:
    for value in PATIENT_DATA:
        assert value not in text, f"patient data {value!r} reached the output"


@pytest.mark.parametrize(("name", "path", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_bad_file_is_a_located_error_with_exit_2(
    name: str, path: str | None, message: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(workdir)
    status = main(["validate", f"bad_input/{name}", *TODAY])
    out, err = capsys.readouterr()
    assert status == 2
    expected = f"bad_input/{name}: {path}: {message}" if path else f"bad_input/{name}: {message}"
    assert out.splitlines()[0].startswith(expected), out
    assert out.splitlines()[-1] == "1 file: 0 passed, 0 refused by the share gate, 1 unusable"
    assert "Traceback" not in out + err
    _assert_no_patient_data(out + err)
    assert _snapshot(workdir) == before


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_folder_of_bad_files_reports_every_one(fmt: str, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(workdir)
    status = main(["validate", "bad_input", "--format", fmt, *TODAY])
    out, err = capsys.readouterr()
    # One file is well-formed but refused by the gate; the unusable ones decide the status.
    assert status == 2
    for name, _, _ in CASES:
        assert f"bad_input/{name}" in out
    _assert_no_patient_data(out + err)
    assert _snapshot(workdir) == before


def test_nhs_number_failing_modulus_11_is_refused_by_the_gate(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ten digits is the right shape, so the record is readable; the check digit is the gate's business.
    status = main(["validate", "bad_input/nhs-number-check-digit.json", *TODAY])
    out, err = capsys.readouterr()
    assert status == 1
    assert "bad_input/nhs-number-check-digit.json: $.mother.nhs_number: MA003 " in out
    _assert_no_patient_data(out + err)


def test_a_missing_path_is_reported_and_the_others_still_checked(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["validate", "no-such-folder", str(ANTENATAL_EXAMPLE), *TODAY])
    out, err = capsys.readouterr()
    assert status == 2
    assert out.splitlines() == [
        "no-such-folder: no such file or folder",
        "2 files: 1 passed, 0 refused by the share gate, 1 unusable",
    ]
    assert err == ""


def test_bad_today_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(BAD), "--today", "2026-02-30"]) == 2
    assert "expected a real date as YYYY-MM-DD" in capsys.readouterr().err


def test_real_process_prints_no_traceback(workdir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = _snapshot(workdir)
    result = subprocess.run(
        [sys.executable, "-m", "medassess", "validate", "bad_input", *TODAY],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "bad_input/truncated.json: line 70, column 25: not valid JSON (the file ends too early" in result.stdout
    assert "bad_input/binary.json: the file is binary, not a JSON record" in result.stdout
    assert result.stdout.splitlines()[-1].startswith(
        f"{len(CASES) + 1} files: 0 passed, 1 refused by the share gate, {len(CASES)} unusable"
    )
    _assert_no_patient_data(result.stdout + result.stderr)
    assert _snapshot(workdir) == before
