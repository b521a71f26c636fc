from __future__ import annotations

import io
import shutil
from pathlib import Path

import orjson
import pytest

from medassess import classify, get_rule, load_record, rules
from medassess.cli import COMMANDS, main
from medassess.cli._output import Progress

ROOT = Path(__file__).resolve().parent.parent
PASS = ROOT / "examples" / "pass"
ANTENATAL = PASS / "antenatal-methadone-sertraline.json"
CODED = PASS / "postnatal-foster-placement-diazepam-pregabalin.json"
"""A passing example whose medicines all carry dm+d codes, so the gate says nothing about it at all."""
TODAY = ["--today", "2026-11-25"]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def _draft(folder: Path) -> Path:
    """The antenatal example saved as a draft: readable, and refused by the gate (MA001)."""
    path = folder / "draft.json"
    path.write_bytes(ANTENATAL.read_bytes().replace(b'"status": "final"', b'"status": "draft"'))
    return path


@pytest.mark.parametrize("command", [c[0] for c in COMMANDS])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: medassess {command}")
    assert "--help" in out


def test_commands_follow_the_vocabulary_order() -> None:
    vocabulary = [
        "validate", "rules", "template", "demo", "export", "read", "render", "send", "share", "ledger", "audit"
    ]
    names = [c[0] for c in COMMANDS]
    assert set(names) <= set(vocabulary)
    assert names == sorted(names, key=vocabulary.index)


def test_validate_clean_folder(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["validate", str(PASS), *TODAY], capsys)
    count = len(list(PASS.glob("*.json")))
    assert status == 0, out
    lines = out.splitlines()
    summary = lines[-1]
    # Each problem line is followed by where it is, the record and the fix; a tally per rule comes last.
    warnings = [line for line in lines if line.startswith(str(PASS))]
    explained = [line for line in lines if line.startswith("    at ")]
    assert len(explained) == len(warnings)
    assert all(" (record " in line and "; fix: " in line for line in explained)
    assert f"  MA118 {len(warnings):>6}  concerning-medicine-uncoded (warning): " in lines[-2]
    assert summary == (
        f"{count} files: {count} passed, 0 refused by the share gate, 0 unusable; {len(warnings)} warning"
        + ("s" if len(warnings) > 1 else "")
    )
    # A medicine of concern with no verified dm+d code is written uncoded (docs/example-codes.md): warned (MA118),
    # still shared.
    uncoded = [
        [f"$.medicines[{i}].code", "MA118 warning"]
        for path in sorted(PASS.glob("*.json"))
        for i, m in enumerate(load_record(path).medicines)
        if m.code is None and classify(m).needs_assessment
    ]
    assert uncoded and [w.split(": ")[1:3] for w in warnings] == uncoded
    assert err == ""


def test_validate_refused_record_is_located_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(tmp_path)
    status, out, _ = _run(["validate", str(ANTENATAL), str(draft), *TODAY], capsys)
    assert status == 1
    lines = out.splitlines()
    assert (
        f"{draft}: $.status: MA001 the record's status is draft; only final or amended records are shared"
    ) in lines
    assert lines[-1] == "2 files: 1 passed, 1 refused by the share gate, 0 unusable"
    assert "  MA001      1  record-not-final: Finish the record, attest it, and set the status to final" in lines
    assert "    at Status (record " in out
    assert "9990001111" not in out and "Jodie" not in out


def test_validate_keeps_going_and_unusable_dominates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(tmp_path)
    broken = tmp_path / "a-broken.json"
    broken.write_text("[]")
    (tmp_path / "notes.txt").write_text("not a record, not a .json file: ignored")
    status, out, _ = _run(["validate", str(tmp_path), *TODAY], capsys)
    assert status == 2
    assert out.splitlines()[0] == f"{broken}: $: a record is a JSON object, but this file holds a list"
    assert f"{draft}: $.status: MA001" in out
    assert out.splitlines()[-1] == "2 files: 0 passed, 1 refused by the share gate, 1 unusable"


def test_validate_warnings_are_marked_and_do_not_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Remove the withdrawal plan from the methadone assessment: a warning (MA110), not an error.
    data = orjson.loads(ANTENATAL.read_bytes())
    del data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"]
    path = tmp_path / "no-plan.json"
    path.write_bytes(orjson.dumps(data))
    assert get_rule("MA110").severity == "warning"
    status, out, _ = _run(["validate", str(path), *TODAY], capsys)
    assert status == 0
    assert f"{path}: $.assessments[0].impact_on_baby.neonatal_withdrawal_plan: MA110 warning: " in out
    assert out.splitlines()[-1] == "1 file: 1 passed, 0 refused by the share gate, 0 unusable; 2 warnings"


def test_validate_json_is_one_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(tmp_path)
    status, out, _ = _run(["validate", str(ANTENATAL), str(draft), "--format", "json", *TODAY], capsys)
    assert status == 1
    document = orjson.loads(out)
    assert (document["schema"], document["command"]) == ("medassess-validate/1", "validate")
    assert document["summary"] == {
        "passed": 1, "refused": 1, "unusable": 0, "files": 2, "warnings": 0, "skipped": 0,
        "by_rule": {"MA001": 1}, "exit_status": 1,
    }  # fmt: skip
    first, second = document["items"]
    assert first["file"] == str(ANTENATAL) and first["status"] == "passed"
    assert first["issues"] == []
    assert second["status"] == "refused"
    assert {"code": "MA001", "name": "record-not-final", "severity": "error", "path": "$.status"}.items() <= (
        second["issues"][0].items()
    )


def test_validate_json_reports_unusable_files_as_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"record_id": ')
    status, out, _ = _run(["validate", str(broken), "--format", "json"], capsys)
    assert status == 2
    [result] = orjson.loads(out)["items"]
    assert result["status"] == "unusable" and result["error"]["path"] == "line 1, column 15"
    assert result["error"]["message"].startswith("not valid JSON (the file ends too early")


def test_validate_many_files_piped_shows_plain_progress_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for index in range(60):
        shutil.copy(CODED, tmp_path / f"record-{index:03}.json")
    status, out, err = _run(["validate", str(tmp_path), *TODAY], capsys)
    assert status == 0
    assert out == "60 files: 60 passed, 0 refused by the share gate, 0 unusable\n"
    # capsys is not a terminal: no carriage returns, just a plain line.
    assert err == "medassess: checked 60 of 60 files\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_a_bar_redrawn_in_place() -> None:
    stream = _Terminal()
    progress = Progress(200, stream=stream)
    for _ in range(200):
        progress.advance()
    progress.clear()
    text = stream.getvalue()
    assert "\r[##############################] 100% checked 200/200" in text
    assert "\n" not in text
    assert text.endswith("\r")


def test_progress_piped_prints_a_line_every_thousand_files() -> None:
    stream = io.StringIO()
    progress = Progress(2500, stream=stream)
    for _ in range(2500):
        progress.advance()
    assert stream.getvalue().splitlines() == [
        "medassess: checked 1000 of 2500 files",
        "medassess: checked 2000 of 2500 files",
        "medassess: checked 2500 of 2500 files",
    ]


def test_progress_is_silent_for_a_few_files() -> None:
    stream = _Terminal()
    progress = Progress(3, stream=stream)
    for _ in range(3):
        progress.advance()
    progress.clear()
    assert stream.getvalue() == ""


def test_rules_lists_the_catalogue_code_first(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["rules"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [r.code for r in rules()]
    first = rules()[0]
    assert lines[0].split(None, 3)[:3] == [first.code, first.name, first.severity]
    assert lines[0].endswith(first.summary)


@pytest.mark.parametrize("key", ["MA001", "ma001", "record-not-final"])
def test_rules_code_prints_the_docs(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["rules", key], capsys)
    assert status == 0
    assert out.startswith("MA001 record-not-final (error)\n")
    for heading in ("What it checks:", "Why it matters:", "Example:", "Instead:"):
        assert f"\n{heading}\n  " in out


def test_rules_unknown_code_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["rules", "MA999"], capsys)
    assert status == 2
    assert out == ""
    assert err == (
        "medassess: command line: no share-gate rule has that code or name; `medassess rules` lists them all\n"
    )


def test_rules_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["rules", "--format", "json"], capsys)
    assert status == 0
    document = orjson.loads(out)
    catalogue = document["items"]
    assert (document["schema"], document["summary"]) == ("medassess-rules/1", {"rules": len(rules()), "exit_status": 0})
    assert [r["code"] for r in catalogue] == [r.code for r in rules()]
    assert set(catalogue[0]["sections"]) == {"checks", "why", "example", "instead"}  # stable keys, not headings
    status, out, _ = _run(["rules", "MA001", "--format", "json"], capsys)
    [rule] = orjson.loads(out)["items"]
    assert rule["name"] == "record-not-final"
    assert rule["fix"] == "Finish the record, attest it, and set the status to final"


def test_demo_explains_every_shipped_example(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["demo", *TODAY], capsys)
    assert status == 0, out
    for path in PASS.glob("*.json"):
        assert f"  PASS     {path.name}\n" in out
    for path in (ROOT / "examples" / "fail").glob("*.json"):
        assert f"  REFUSED  {path.name}\n" in out
    assert "safeguarding: child protection plan ended 2026-06-10; interim care order\n" in out
    assert "baby discharged to: parent and baby foster placement\n" in out
    assert "Quetiapine 100mg tablets (partner) [Antipsychotics]" in out
    assert "All " in out.splitlines()[-1] and "behave as expected" in out.splitlines()[-1]
    for value in ("9990001111", "9990002258", "Jodie", "Brennan-Example"):
        assert value not in out


def test_demo_exit_1_when_an_example_misbehaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pass").mkdir()
    (tmp_path / "fail").mkdir()
    _draft(tmp_path / "pass")
    shutil.copy(ANTENATAL, tmp_path / "fail" / "should-fail.json")
    shutil.copy(ANTENATAL, tmp_path / "fail" / "wrong-code.json")
    (tmp_path / "fail" / "wrong-code.json").write_bytes(
        ANTENATAL.read_bytes().replace(b'"status": "final"', b'"status": "draft"')
    )
    (tmp_path / "expected.toml").write_text('[fail]\n"wrong-code.json" = ["MA002"]\n')
    monkeypatch.setattr("medassess.examples.data_path", lambda kind: tmp_path)
    status, out, _ = _run(["demo", *TODAY], capsys)
    assert status == 1
    assert "  REFUSED  draft.json\n" in out
    assert "pass/draft.json was refused" in out
    assert "fail/should-fail.json was passed" in out
    assert "fail/wrong-code.json was refused for MA001, expected MA002" in out
    assert out.splitlines()[-4] == "3 examples of 3 did not behave as expected:"
