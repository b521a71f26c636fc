"""The share gate runs once, at the boundary: ``require_shareable`` makes a :class:`Shareable`, which only the
gate can make and nobody can change, and every exporter takes it as it is, without judging the record again.
Every command reads the gate's settings and the day once, from the same site configuration, so a record one
command passes is one the others pass."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

import medassess
from medassess import ConfigurationError, Ledger, ShareGateRefused, load_record, require_shareable
from medassess.cli import main
from medassess.gate import engine
from medassess.gate.settings import GateSettings, shipped_settings, site_settings
from medassess.sharing.config import load_config
from tests.test_directory_transport import directory_record
from tests.test_no_way_around_the_gate import PRODUCERS

ROOT = Path(__file__).resolve().parent.parent
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)
SHORT = "Methadone continues; the midwife observes the baby."
"""A conclusion the shipped settings find too short (MA104) and a site that asks for fewer words accepts (the watch
held by someone: "observe the baby" beside the medicine's line alone is watching by no one, MA103)."""


@pytest.fixture(autouse=True)
def _no_site_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)


@pytest.fixture
def gate_runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Counts the gate's runs: one entry per record judged."""
    runs: list[str] = []
    judge = engine.iter_issues

    def counted(record: medassess.Record, **kw: Any) -> Iterator[medassess.Issue]:
        runs.append(record.record_id)
        return judge(record, **kw)

    monkeypatch.setattr(engine, "iter_issues", counted)
    yield runs


def _short_record(path: Path = METHADONE) -> medassess.Record:
    data = orjson.loads(path.read_bytes())
    data["assessments"][0]["conclusion"] = SHORT
    return medassess.record_from_data(data)


# -- only the gate makes a Shareable, and nobody changes one ------------------------------------------------


def test_a_shareable_is_made_only_by_the_gate() -> None:
    with pytest.raises(TypeError, match="made only by the share gate"):
        medassess.Shareable()
    passed = require_shareable(load_record(METHADONE), today=TODAY)
    with pytest.raises(AttributeError, match="cannot be changed"):
        passed.record = _short_record()
    with pytest.raises(AttributeError):
        del passed.today
    with pytest.raises(TypeError):
        dataclasses.replace(passed, record=_short_record())  # type: ignore[type-var]
    assert "Shareable(" in repr(passed) and "NHS" not in repr(passed)
    assert passed.record.mother.name.family not in repr(passed)


def test_a_refused_record_never_becomes_shareable() -> None:
    with pytest.raises(ShareGateRefused):
        require_shareable(_short_record(), today=TODAY)


# -- exporters take the gate's verdict as it is ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PRODUCERS))
def test_every_producer_takes_a_shareable_without_judging_it_again(name: str, gate_runs: list[str]) -> None:
    producer = PRODUCERS[name]
    record = load_record(METHADONE)
    from_record = producer(record, today=TODAY)
    assert gate_runs == [record.record_id]  # a plain record: judged once, there
    passed = require_shareable(record, today=TODAY)
    gate_runs.clear()
    assert producer(passed) == from_record
    assert gate_runs == []


@pytest.mark.parametrize("name", sorted(PRODUCERS))
def test_a_shareable_passed_with_other_gate_inputs_is_a_mistake(name: str) -> None:
    passed = require_shareable(load_record(METHADONE), today=TODAY)
    with pytest.raises(TypeError, match="passed the share gate already"):
        PRODUCERS[name](passed, today=TODAY)
    with pytest.raises(TypeError, match="passed the share gate already"):
        PRODUCERS[name](passed, settings=shipped_settings())


def test_a_record_passed_with_lenient_settings_is_exported_with_them() -> None:
    record = _short_record()
    lenient = dataclasses.replace(shipped_settings(), min_conclusion_words=1, min_specific_words=0)
    with pytest.raises(ShareGateRefused):
        medassess.to_fhir_json(record, today=TODAY)
    passed = require_shareable(record, today=TODAY, settings=lenient)
    assert medassess.to_fhir_json(passed) == medassess.to_fhir_json(record, today=TODAY, settings=lenient)


def test_a_draft_of_a_passed_record_is_still_a_draft() -> None:
    passed = require_shareable(load_record(METHADONE), today=TODAY)
    draft = orjson.loads(medassess.to_fhir_json(passed, preliminary=True))
    assert draft["identifier"]["value"].endswith("-preliminary")


def test_share_judges_each_record_once_for_all_its_payloads(tmp_path: Path, gate_runs: list[str]) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    record = load_record(directory_record(tmp_path, folder))
    assert len(record.recipients) > 1
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        outcomes = medassess.share_record(record, ledger=ledger, today=TODAY)
        assert {o.status for o in outcomes} == {"sent"}
        assert gate_runs == [record.record_id]
        gate_runs.clear()
        again = medassess.share_record(require_shareable(record, today=TODAY), ledger=ledger, force=True)
        assert {o.status for o in again} == {"sent"}
        assert gate_runs == [record.record_id]  # require_shareable's, and none in the share


# -- the site's [gate] settings ---------------------------------------------------------------------------


def test_gate_settings_built_by_hand_keep_the_shipped_placeholders() -> None:
    assert GateSettings() == shipped_settings()
    assert GateSettings(min_conclusion_words=9).placeholders == shipped_settings().placeholders
    assert shipped_settings().placeholders  # the shipped file names some


def test_a_site_table_changes_what_it_names_and_adds_placeholders() -> None:
    base = shipped_settings()
    site = site_settings({"min_conclusion_words": 6, "copy_similarity": 0.85, "placeholders": ["see attached"]})
    assert (site.min_conclusion_words, site.copy_similarity) == (6, 0.85)
    assert site.placeholders == (*base.placeholders, "see attached")
    undone = dataclasses.replace(site, min_conclusion_words=4, copy_similarity=0.8, placeholders=base.placeholders)
    assert undone == base
    assert site_settings({}) == base


@pytest.mark.parametrize(
    ("table", "path"),
    [
        ({"min_conclusion_words": 0}, "gate.min_conclusion_words"),
        ({"min_conclusion_words": 4.5}, "gate.min_conclusion_words"),
        ({"min_conclusion_words": True}, "gate.min_conclusion_words"),
        ({"min_conclusion_words": "s3cr3t"}, "gate.min_conclusion_words"),
        ({"copy_similarity": 1.5}, "gate.copy_similarity"),
        ({"copy_similarity": float("nan")}, "gate.copy_similarity"),
        ({"longest_pregnancy_days": 1000}, "gate.longest_pregnancy_days"),
        ({"placeholders": "s3cr3t"}, "gate.placeholders"),
        ({"placeholders": ["s3cr3t", 3]}, "gate.placeholders"),
        ({"placeholders": ["  "]}, "gate.placeholders"),
        ({"s3cr3t_words": 3}, "gate"),
        ({"local_endpoints": True}, "gate"),  # only [share] local_receivers sets it
        ({"lexicon": "s3cr3t"}, "gate"),
    ],
)
def test_an_unusable_site_gate_setting_is_located_never_echoed(table: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        site_settings(table, source="site.toml")
    assert (caught.value.source, caught.value.path) == ("site.toml", path)
    assert "s3cr3t" not in caught.value.located()


def test_the_site_configuration_carries_the_gate_settings(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text("[gate]\nmin_conclusion_words = 6\n\n[share]\nlocal_receivers = true\n", encoding="utf-8")
    site = load_config(config, environ={})
    assert site.gate.min_conclusion_words == 6 and site.gate.local_endpoints is True
    assert load_config(None, environ={}).gate == shipped_settings()


def test_a_site_config_with_a_wrong_gate_table_is_located(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text("[gate]\nmin_conclusion_words = -1\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        load_config(config, environ={})
    assert (caught.value.source, caught.value.path) == (str(config), "gate.min_conclusion_words")


# -- every command judges with the same settings and the same day -----------------------------------------


def _lenient_site(tmp_path: Path) -> Path:
    config = tmp_path / "site.toml"
    config.write_text("[gate]\nmin_conclusion_words = 1\nmin_specific_words = 0\n", encoding="utf-8")
    return config


def _short_file(tmp_path: Path) -> Path:
    path = tmp_path / "short.json"
    path.write_bytes(medassess.record_to_json(_short_record()))
    return path


def _commands(path: Path, out: Path) -> dict[str, list[str]]:
    out.mkdir()
    return {
        "validate": ["validate", str(path)],
        "export": ["export", str(path), "--to", "fhir-json", "--out", str(out / "export")],
        "render": ["render", str(path), "--out", str(out / "letter.html")],
        "audit": ["audit", str(path), "--quiet", "--out", str(out / "audit.txt")],
    }


def test_every_command_judges_with_the_site_configuration(tmp_path: Path) -> None:
    path = _short_file(tmp_path)
    config = _lenient_site(tmp_path)
    for name, args in _commands(path, tmp_path / "shipped").items():
        # audit reports refusals (below); it does not refuse
        assert main([*args, "--today", TODAY.isoformat()]) == (0 if name == "audit" else 1), name
    for name, args in _commands(path, tmp_path / "site").items():
        assert main([*args, "--today", TODAY.isoformat(), "--config", str(config)]) == 0, name
    assert "MA104" in (tmp_path / "shipped" / "audit.txt").read_text(encoding="utf-8")
    assert "MA104" not in (tmp_path / "site" / "audit.txt").read_text(encoding="utf-8")


def test_the_environment_names_the_site_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _short_file(tmp_path)
    assert main(["validate", str(path), "--today", TODAY.isoformat()]) == 1
    monkeypatch.setenv("MEDASSESS_CONFIG", str(_lenient_site(tmp_path)))
    assert main(["validate", str(path), "--today", TODAY.isoformat()]) == 0
    strict = tmp_path / "strict.toml"
    strict.write_text("[gate]\nmin_conclusion_words = 200\n", encoding="utf-8")
    assert main(["validate", str(METHADONE), "--today", TODAY.isoformat()]) == 0
    assert main(["validate", str(METHADONE), "--today", TODAY.isoformat(), "--config", str(strict)]) == 1


def test_share_judges_with_the_site_configuration_and_its_day(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    data = orjson.loads(directory_record(tmp_path, folder).read_bytes())
    data["assessments"][0]["conclusion"] = SHORT
    path = tmp_path / "short.json"
    path.write_bytes(orjson.dumps(data))
    ledger = str(tmp_path / "ledger.sqlite3")
    early = dt.date(2026, 3, 1).isoformat()  # before the record was assessed: its dates are in the future
    config = str(_lenient_site(tmp_path))
    assert main(["share", str(path), "--ledger", ledger, "--today", TODAY.isoformat()]) == 1
    assert main(["share", str(path), "--ledger", ledger, "--config", config, "--today", early]) == 1
    assert list(folder.iterdir()) == []
    assert main(["share", str(path), "--ledger", ledger, "--config", config, "--today", TODAY.isoformat()]) == 0
    assert len(list(folder.iterdir())) == len(data["recipients"])


def test_a_bad_site_configuration_stops_a_command_with_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "site.toml"
    config.write_text("[gate]\ns3cr3t = 1\n", encoding="utf-8")
    assert main(["validate", str(METHADONE), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and "gate" in err and "s3cr3t" not in err


def test_a_shareable_is_its_own_copy_and_stays_in_its_process() -> None:
    passed = require_shareable(load_record(METHADONE), today=TODAY)
    assert copy.copy(passed) is passed and copy.deepcopy(passed) is passed
    with pytest.raises(TypeError, match="does not leave the process"):
        pickle.dumps(passed)
