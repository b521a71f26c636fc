"""Every command's ``--format json`` follows its published JSON Schema (docs/schemas/), checked on real output
with an independent validator (jsonschema), completed runs and stopped ones alike; the published files are
generated from the code and never drift."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest

from medassess import Ledger, load_record
from medassess.cli import main
from medassess.cli.schemas import COMMANDS, PUBLISHED, schema_bytes
from medassess.sharing.share import share_record
from tests.test_directory_transport import directory_record

ROOT = Path(__file__).resolve().parent.parent
PASS = ROOT / "examples" / "pass"
FAIL = ROOT / "examples" / "fail"
TODAY = ["--today", "2026-11-25"]


@pytest.fixture(autouse=True)
def _no_site_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)


def _valid(command: str, out: str) -> dict[str, Any]:
    document: dict[str, Any] = orjson.loads(out)
    schema = orjson.loads((PUBLISHED / f"{command}.schema.json").read_bytes())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)
    return document


@pytest.mark.parametrize("command", COMMANDS)
def test_the_published_schemas_are_generated_from_the_code(command: str) -> None:
    assert (PUBLISHED / f"{command}.schema.json").read_bytes() == schema_bytes(command), (
        "docs/schemas is out of date: run `python -m medassess.cli.schemas`"
    )


def test_validate_json_follows_its_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    shutil.copy(PASS / "antenatal-methadone-sertraline.json", tmp_path / "good.json")
    for paths in ([str(PASS), str(FAIL)], [str(tmp_path)]):
        status = main(["validate", *paths, "--format", "json", *TODAY])
        document = _valid("validate", capsys.readouterr().out)
        assert document["summary"]["exit_status"] == status
    assert main(["validate", str(tmp_path / "nothing-here"), "--format", "json"]) == 2
    _valid("validate", capsys.readouterr().out)


@pytest.mark.parametrize("argv", [["--tday", "x"], ["--today", "2026-02-30"]])
def test_a_usage_error_follows_the_schema(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(PASS), "--format", "json", *argv]) == 2
    assert "error" in _valid("validate", capsys.readouterr().out)


def test_audit_json_follows_its_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(PASS), str(FAIL), "--format", "json", "--quiet", *TODAY]) == 0
    document = _valid("audit", capsys.readouterr().out)
    assert document["summary"]["files"]["read"] == len(list(PASS.glob("*.json"))) + len(list(FAIL.glob("*.json")))
    assert main(["audit", str(tmp_path / "nothing"), "--format", "json"]) == 2
    _valid("audit", capsys.readouterr().out)


def test_rules_json_follows_its_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    assert len(_valid("rules", capsys.readouterr().out)["items"]) > 60
    assert main(["rules", "MA103", "--format", "json"]) == 0
    _valid("rules", capsys.readouterr().out)
    assert main(["rules", "MA999", "--format", "json"]) == 2
    _valid("rules", capsys.readouterr().out)


def test_share_and_ledger_json_follow_their_schemas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    path = directory_record(tmp_path, folder)
    data = orjson.loads(path.read_bytes())
    data["assessments"][0]["conclusion"] = "See letter."
    refused = tmp_path / "refused" / "record.json"
    refused.parent.mkdir()
    refused.write_bytes(orjson.dumps(data))
    ledger = str(tmp_path / "ledger.sqlite3")
    assert main(["share", str(path), str(refused), "--ledger", ledger, "--format", "json"]) == 1
    shared = _valid("share", capsys.readouterr().out)
    assert shared["summary"]["shared_with_everyone"] == 1 and shared["summary"]["refused"] == 1
    # A record that needs MESH where the site has no MESH settings is unusable, one the gate refuses only
    # refused (it needs nothing), and the rest are still shared.
    assert main(["share", str(FAIL / "antenatal-methadone-conclusion-see-letter.json"), str(path),
                 str(PASS / "antenatal-methadone-sertraline.json"), "--ledger", ledger, "--format", "json",
                 *TODAY]) == 2  # fmt: skip
    said = capsys.readouterr()
    summary = _valid("share", said.out)["summary"]
    assert (summary["unusable"], summary["refused"], summary["shared_with_everyone"]) == (1, 1, 1)
    assert "MESH" in said.err
    # A run that stops part-way (here: a ledger that cannot be opened) is still one document.
    missing = str(tmp_path / "no-such-folder" / "ledger.sqlite3")
    assert main(["share", str(path), "--ledger", missing, "--format", "json"]) == 2
    assert "ledger" in _valid("share", capsys.readouterr().out)["error"]["message"]
    assert main(["ledger", "--ledger", ledger, "--format", "json"]) == 0
    listed = _valid("ledger", capsys.readouterr().out)
    assert len(listed["items"]) == len(load_record(path).recipients)
    with Ledger(ledger) as opened:
        assert len(share_record(load_record(path), ledger=opened)) == len(listed["items"])


def test_template_prints_the_published_record_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "--schema"]) == 0
    printed = capsys.readouterr().out.encode()
    assert printed == (ROOT / "docs" / "record.schema.json").read_bytes()
    schema = orjson.loads(printed)
    jsonschema.Draft202012Validator.check_schema(schema)
    example = orjson.loads((PASS / "antenatal-methadone-sertraline.json").read_bytes())
    jsonschema.Draft202012Validator(schema).validate(example)
