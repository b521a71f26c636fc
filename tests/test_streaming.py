"""Commands over many records: results streamed in input order, the same bytes with ``--jobs 1`` and
``--jobs N``, files written durably a batch at a time (a process killed mid-batch leaves only complete files,
and a rerun completes the rest), and duplicate outputs found by name and hash without keeping payloads.

Behaviour only: memory and speed are measured by benchmarks/cli_scale.py, never asserted here."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from medassess.cli import main
from medassess.core import parallel
from medassess.core.atomic import BatchWriter, remove_stale
from medassess.core.killpoints import KILL_AT_ENV
from medassess.core.parallel import ordered_map, worker_state
from medassess.record.io import RecordFiles

ROOT = Path(__file__).resolve().parent.parent
PASS = sorted((ROOT / "examples" / "pass").glob("*.json"))
FAIL = sorted((ROOT / "examples" / "fail").glob("*.json"))
TODAY = ["--today", "2026-11-25"]


def _records(folder: Path, count: int, *, failing: bool = True, broken: bool = True) -> Path:
    """``count`` record files in shards: passing examples with their own ids, every seventh a failing one,
    every thirteenth not JSON at all."""
    bases = [orjson.loads(p.read_bytes()) for p in PASS]
    fails = [orjson.loads(p.read_bytes()) for p in FAIL]
    for index in range(count):
        shard = folder / f"shard-{index // 50:02d}"
        shard.mkdir(parents=True, exist_ok=True)
        target = shard / f"record-{index:04d}.json"
        if broken and index % 13 == 12:
            target.write_bytes(b'{"record_id": ')
            continue
        data = dict((fails if failing and index % 7 == 6 else bases)[index % 2])
        data["record_id"] = f"scale-{index:04d}"
        target.write_bytes(orjson.dumps(data))
    return folder


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "medassess", *args], capture_output=True, check=False, cwd=ROOT, env=env
    )


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _square(item: int) -> tuple[int, int, Any]:
    return item, item * item, worker_state()


def test_ordered_map_gives_every_result_in_input_order_on_any_number_of_jobs() -> None:
    expected = [(i, i * i, "state") for i in range(500)]
    for jobs in (1, 2, 3):
        assert list(ordered_map(_square, iter(range(500)), jobs=jobs, state="state", chunk=7)) == expected


def test_ordered_map_starts_no_pool_for_one_job_or_a_small_input(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    small = parallel.CHUNK * (1 + parallel.MIN_CHUNKS) - 1
    assert [r[1] for r in ordered_map(_square, range(small), jobs=4)] == [i * i for i in range(small)]
    assert len(list(ordered_map(_square, range(1000), jobs=1))) == 1000


def _export(
    records: Path, out: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return _cli("export", str(records), "--to", "fhir-json", "--out", str(out), *TODAY, *extra, env=env)


def test_export_validate_and_audit_give_the_same_bytes_with_one_job_and_two(tmp_path: Path) -> None:
    records = _records(tmp_path / "records", 200)
    one, two = _export(records, tmp_path / "one", "--jobs", "1"), _export(records, tmp_path / "two", "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two") and len(_tree(tmp_path / "one")) > 100
    assert one.stdout.replace(b"/one/", b"/two/") == two.stdout
    assert one.stderr == two.stderr
    for command in (["validate"], ["validate", "--format", "json"], ["audit", "--format", "json"]):
        first, second = (_cli(*command, str(records), *TODAY, "--jobs", n) for n in ("1", "2"))
        assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
        assert first.stdout


def test_export_lists_files_in_input_order_and_reports_each_problem_in_its_place(tmp_path: Path) -> None:
    records = _records(tmp_path / "records", 80)
    result = _export(records, tmp_path / "out", "--jobs", "2")
    listed = [Path(line).name for line in result.stdout.decode().splitlines()]
    assert listed == sorted(listed) and len(listed) == len(set(listed))
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("medassess: /")]
    named = [line.split(": ")[1] for line in errors]
    assert named == sorted(named) and len(named) == 80 - len(listed)


def test_a_second_record_with_the_same_name_is_written_once_or_refused_by_its_hash(tmp_path: Path) -> None:
    data = orjson.loads(PASS[0].read_bytes())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_bytes(orjson.dumps(data))
    (tmp_path / "in" / "b.json").write_bytes(orjson.dumps(data))  # the same record again
    changed = {**data, "mother": {**data["mother"], "name": {**data["mother"]["name"], "family": "Other-Example"}}}
    (tmp_path / "in" / "c.json").write_bytes(orjson.dumps(changed))  # same id and version, other content
    result = _export(tmp_path / "in", tmp_path / "out", "--jobs", "1")
    names = result.stdout.decode().splitlines()
    assert len(names) == 2 and names[0] == names[1]
    assert result.returncode == 2
    assert (
        f"medassess: {tmp_path / 'in' / 'c.json'}: has the record id and version of {tmp_path / 'in' / 'a.json'}"
        in (result.stderr.decode())
    )
    assert [p.name for p in (tmp_path / "out").iterdir()] == [Path(names[0]).name]


def test_the_duplicate_check_keeps_a_hash_per_name_never_a_payload(tmp_path: Path) -> None:
    from medassess.cli.export import _Outcome, _Written

    counts = {"written": 0, "refused": 0, "unusable": 0}
    with BatchWriter(tmp_path) as files:
        written = _Written(files, ".json", counts)
        for index in range(5):
            written.add(_Outcome("in.json", "written", (), f"id-{index}", 1, bytes(100_000)))
    assert counts["written"] == 5
    for source, digest in written.hashes.values():
        assert isinstance(source, str) and isinstance(digest, bytes) and len(digest) <= 32
    assert [p.stat().st_size for p in sorted(tmp_path.iterdir())] == [100_000] * 5


def test_a_batch_lists_its_files_only_once_they_are_on_disk(tmp_path: Path) -> None:
    with BatchWriter(tmp_path, batch_files=3) as files:
        for index in range(4):
            files.write(f"f{index}", b"x" * index)
            if index < 2:
                assert files.committed == [] and not (tmp_path / f"f{index}").exists()
        assert [p.name for p in files.committed] == ["f0", "f1", "f2"]
        assert not (tmp_path / "f3").exists()
    assert [p.name for p in files.committed] == ["f0", "f1", "f2", "f3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f0", "f1", "f2", "f3"]


def test_a_batch_left_on_an_error_leaves_no_file_half_written(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), BatchWriter(tmp_path) as files:
        files.write("kept-out", b"data")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_an_export_killed_mid_batch_leaves_only_complete_files_and_a_rerun_completes_the_rest(tmp_path: Path) -> None:
    records = _records(tmp_path / "records", 400, failing=False, broken=False)
    whole = _export(records, tmp_path / "whole", "--jobs", "1")
    assert whole.returncode == 0
    expected = _tree(tmp_path / "whole")
    assert len(expected) == 400
    out = tmp_path / "out"
    # Killed as the 300th file is written: the first batch (256 files) is on disk, the second is not.
    killed = _export(records, out, "--jobs", "1", env={**os.environ, KILL_AT_ENV: "export-file:300"})
    assert killed.returncode == -signal.SIGKILL
    left = _tree(out)
    outputs = {name: content for name, content in left.items() if not name.startswith(".")}
    assert 0 < len(outputs) < 400
    assert all(content == expected[name] for name, content in outputs.items())  # every output present is whole
    assert [Path(line).name for line in killed.stdout.decode().splitlines()] == sorted(outputs)
    assert any(name.endswith(".medassess-tmp") for name in left)  # the unfinished batch, hidden
    rerun = _export(records, out, "--jobs", "2")
    assert rerun.returncode == 0
    assert _tree(out) == expected  # complete, and the crashed run's temporary files removed


def test_stale_temporary_files_of_a_running_process_are_left_alone(tmp_path: Path) -> None:
    running = tmp_path / f".a.json.{os.getppid()}.medassess-tmp"
    gone = tmp_path / ".b.json.999999999.medassess-tmp"
    other = tmp_path / ".c.json.tmp"
    for path in (running, gone, other):
        path.write_bytes(b"")
    assert remove_stale(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, other.name])


def test_a_folder_is_read_in_sorted_path_order_one_folder_at_a_time(tmp_path: Path) -> None:
    for rel in ("a.json", "a/x.json", "a-b.json", "b/c/d.JSON", "b/.h.json", "b/c.json", "z.txt", "B.json"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
    (tmp_path / "b" / "broken.json").symlink_to(tmp_path / "nothing.json")
    scan = RecordFiles([tmp_path])
    found = [item if isinstance(item, Path) else Path(item.source or "") for item in scan]
    wanted = sorted(p for p in tmp_path.rglob("*") if p.suffix.lower() == ".json")
    assert found == wanted
    assert (scan.found, scan.skipped) == (len(wanted) - 1, 1)


def test_validate_with_two_jobs_in_this_process_lists_every_file_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = _records(tmp_path / "records", 200, failing=False, broken=False)
    assert main(["validate", str(records), *TODAY, "--jobs", "2", "--format", "json"]) == 0
    document = orjson.loads(capsys.readouterr().out)
    assert [item["file"] for item in document["items"]] == sorted(item["file"] for item in document["items"])
    assert document["summary"]["files"] == 200
