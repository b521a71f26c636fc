"""The command line never mistakes nothing for success: no record files is an error, `.JSON` is a record
file, a missing path or a broken link is reported and the rest still checked, files that are not records are
counted, and a lead can ask for the tally alone (``--quiet``) or for JSON, which follows its schema even when
the run stops on an error."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson
import pytest

from medassess.cli import main

ROOT = Path(__file__).resolve().parent.parent
PASS = ROOT / "examples" / "pass"
FAIL = ROOT / "examples" / "fail"
ANTENATAL = PASS / "antenatal-methadone-sertraline.json"
SEE_LETTER = FAIL / "antenatal-methadone-conclusion-see-letter.json"
TODAY = ["--today", "2026-11-25"]


@pytest.fixture(autouse=True)
def _no_site_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_empty_folder_is_an_error_not_an_empty_success(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not a record", encoding="utf-8")
    status, out, err = _run(["validate", str(tmp_path), "--format", fmt], capsys)
    assert status == 2
    if fmt == "json":
        document = orjson.loads(out)
        assert document["error"]["message"].startswith("no record files found")
        assert document["items"] == [] and document["summary"] == {"exit_status": 2}
    else:
        assert out == ""
        assert err == f"medassess: {tmp_path}: no record files found (expected .json files, or folders holding them)\n"


def test_upper_case_json_files_are_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(ANTENATAL, tmp_path / "ANTENATAL.JSON")
    status, out, _ = _run(["validate", str(tmp_path), *TODAY], capsys)
    assert status == 0
    assert out.splitlines()[-1].startswith("1 file: 1 passed")


def test_a_broken_link_and_a_missing_path_are_reported_and_the_rest_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(ANTENATAL, folder / "a.json")
    (folder / "gone.json").symlink_to(tmp_path / "nowhere.json")
    (folder / "README.txt").write_text("notes", encoding="utf-8")
    status, out, err = _run(["validate", str(folder), str(tmp_path / "missing"), *TODAY], capsys)
    assert status == 2
    lines = out.splitlines()
    assert f"{folder / 'gone.json'}: is a link to nothing (a broken link)" in lines
    assert f"{tmp_path / 'missing'}: no such file or folder" in lines
    assert lines[-1].startswith("3 files: 1 passed, 0 refused by the share gate, 2 unusable")
    assert err == "medassess: 1 file in the folders given not read: not .json\n"


def test_quiet_prints_the_tally_and_summary_only(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["validate", str(SEE_LETTER), str(ANTENATAL), "--quiet", *TODAY], capsys)
    assert status == 1
    assert out.splitlines() == [
        "By rule (records; `medassess rules CODE` explains each):",
        "  MA103      1  conclusion-hollow: Write the conclusion itself",
        "2 files: 1 passed, 1 refused by the share gate, 0 unusable",
    ]


def test_each_problem_says_where_it_is_as_a_person_reads_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["validate", str(SEE_LETTER), *TODAY], capsys)
    assert status == 1
    first, explained = out.splitlines()[:2]
    assert first.startswith(f"{SEE_LETTER}: $.assessments[0].conclusion: MA103 ")
    assert explained == (
        "    at Assessment 1 (methadone) › Conclusion (record 07024b91-1cf6-548e-9370-2a38d449e433 v1); "
        "fix: Write the conclusion itself"
    )


def test_json_counts_every_rule_and_warning(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["validate", str(FAIL), "--format", "json", *TODAY], capsys)
    assert status == 1
    document = orjson.loads(out)
    issues = [i for item in document["items"] for i in item["issues"]]
    assert document["summary"]["warnings"] == sum(1 for i in issues if i["severity"] == "warning")
    by_rule: dict[str, int] = {}
    for item in document["items"]:
        for code in {i["code"] for i in item["issues"]}:
            by_rule[code] = by_rule.get(code, 0) + 1
    assert document["summary"]["by_rule"] == by_rule
    assert all(i["location"] and i["fix"] for i in issues)
    assert all(item["record_id"] for item in document["items"])


def test_a_bare_medassess_prints_the_overview(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run([], capsys)
    assert status == 0 and err == ""
    assert out.startswith("usage: medassess") and "validate" in out and "audit" in out


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["vaildate", "s3cr3t"], "did you mean validate?"),
        (["validate", "x", "--tday", "2026-01-01"], "did you mean --today?"),
        (["export", "x", "--to", "fhir-jsn", "--out", "y"], "did you mean fhir-json?"),
        (["send", "x", "--mllp", "h:1", "--retries", "s3cr3t"], "expected a value of type int"),
    ],
)
def test_a_mistyped_command_or_option_is_named_by_what_was_expected(
    argv: list[str], hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(argv, capsys)
    assert status == 2 and out == ""
    assert hint in err
    typed = [a for a in argv if a not in {"validate", "export", "send", "x", "y", "--to", "--out", "--mllp", "h:1"}]
    for value in typed:  # what was typed is never repeated back
        assert f"'{value}'" not in err and f" {value} " not in err
    assert "s3cr3t" not in err


def test_a_usage_error_asked_for_as_json_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["validate", "x", "--format", "json", "--tday", "2026-01-01"], capsys)
    assert status == 2
    document = orjson.loads(out)
    assert (document["schema"], document["command"], document["items"]) == ("medassess-validate/1", "validate", [])
    assert document["error"]["source"] == "command line" and "--today" in document["error"]["message"]


def test_export_carries_on_past_a_missing_path_and_counts_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status, printed, err = _run(
        ["export", str(tmp_path / "missing"), str(ANTENATAL), str(SEE_LETTER), "--to", "fhir-json", "--out", str(out),
         *TODAY],
        capsys,
    )  # fmt: skip
    assert status == 2
    assert [Path(line).parent for line in printed.splitlines()] == [out]  # the one shareable record, written
    assert f"medassess: {tmp_path / 'missing'}: no such file or folder" in err
    assert err.splitlines()[-1] == "medassess: 3 files: 1 written, 1 refused by the share gate, 1 unusable"


def test_render_reports_every_refusal_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letters"
    out.mkdir()
    refused = sorted(FAIL.glob("*.json"))[:3]
    status, _, err = _run(["render", *map(str, refused), str(ANTENATAL), "--out", f"{out}/", *TODAY], capsys)
    assert status == 1
    for path in refused:
        assert f"medassess: {path}: refused by the share gate; nothing written" in err
    assert err.splitlines()[-1] == "medassess: 4 files read; no letter written"
    assert list(out.iterdir()) == []
    assert main(["render", str(ANTENATAL), "--out", f"{out}/", *TODAY]) == 0
    assert capsys.readouterr().err == "medassess: 1 letter written\n"
    assert [p.suffix for p in out.iterdir()] == [".html"]
