"""The ``directory`` transport, added as one module and one registration: shared through ``medassess share``
and ``share_record``, each payload lands in the route's folder, the ledger says ``sent``, and sharing again
writes nothing new."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from medassess import Ledger, load_record
from medassess.cli import main
from medassess.formats.registry import get_format
from medassess.record.model import DirectoryRoute
from medassess.sharing.share import local_id, share_record
from medassess.transports.base import Failed, Links, Parcel, Sent
from medassess.transports.registry import transport_for
from tests.mesh_sandbox import EXAMPLE


def directory_record(tmp_path: Path, folder: Path) -> Path:
    data = orjson.loads(EXAMPLE.read_bytes())
    for recipient in data["recipients"]:
        recipient["route"] = {"kind": "directory", "path": str(folder)}
        recipient.pop("format", None)
    path = tmp_path / "record.json"
    path.write_bytes(orjson.dumps(data))
    return path


def files(folder: Path) -> dict[str, float]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


@pytest.fixture(autouse=True)
def _no_site_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)


def test_medassess_share_writes_each_payload_into_the_folder_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    path = directory_record(tmp_path, folder)
    record = load_record(path)
    ledger_path = tmp_path / "ledger.sqlite3"

    assert main(["share", str(path), "--ledger", str(ledger_path)]) == 0
    *out, summary = capsys.readouterr().out.splitlines()
    assert len(out) == len(record.recipients)
    assert all(line.startswith(f"{path}: ") for line in out)  # each line names the record's file
    assert summary.startswith("1 file: 1 shared with every recipient, 0 not yet")
    assert all("via directory: sent, message " in line for line in out)
    assert all(line.endswith(".json - written into the route's folder") for line in out)
    expected = {f"{local_id(record, r)}.json" for r in record.recipients}
    assert set(files(folder)) == expected
    for recipient in record.recipients:
        payload = orjson.loads((folder / f"{local_id(record, recipient)}.json").read_bytes())
        assert payload["resourceType"] == "Bundle"
    with Ledger(ledger_path) as ledger:
        deliveries = list(ledger.deliveries(record.record_id))
    assert {(d.transport, d.status, d.attempt) for d in deliveries} == {("directory", "sent", 1)}
    assert {d.message_id for d in deliveries} == expected

    written = files(folder)
    assert main(["share", str(path), "--ledger", str(ledger_path)]) == 0
    assert all("already sent; not sent again" in line for line in capsys.readouterr().out.splitlines()[:-1])
    assert files(folder) == written


def test_share_record_and_a_forced_resend_are_idempotent(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    record = load_record(directory_record(tmp_path, folder))
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        first = share_record(record, ledger=ledger)
        assert {(o.transport, o.status, o.sent_now) for o in first} == {("directory", "sent", True)}
        written = files(folder)
        again = share_record(record, ledger=ledger)
        assert {(o.status, o.sent_now) for o in again} == {("sent", False)}
        forced = share_record(record, ledger=ledger, force=True)
        assert {o.detail for o in forced} == {"the folder already held it"}
        assert {d.attempt for d in ledger.deliveries(record.record_id)} == {2}
    assert files(folder) == written
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_a_missing_folder_fails_without_sending(tmp_path: Path) -> None:
    record = load_record(directory_record(tmp_path, tmp_path / "nowhere"))
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        outcomes = share_record(record, ledger=ledger)
        assert {(o.status, o.sent_now) for o in outcomes} == {("failed", False)}
        assert {d.detail for d in ledger.deliveries(record.record_id)} == {"the route's folder does not exist"}
    assert not (tmp_path / "nowhere").exists()


def test_the_transport_alone(tmp_path: Path) -> None:
    directory = transport_for("directory")
    route = DirectoryRoute(kind="directory", path=str(tmp_path))
    parcel = Parcel(b"{}", "rec-1-v1-rcp-hv", "application/fhir+json", "subject", ".json")
    assert directory.deliver(route, parcel, Links()) == Sent("rec-1-v1-rcp-hv.json", "written into the route's folder")
    assert (tmp_path / "rec-1-v1-rcp-hv.json").read_bytes() == b"{}"
    changed = Parcel(b"[]", parcel.local_id, parcel.media_type, parcel.subject, ".json")
    assert directory.deliver(route, changed, Links()) == Sent("rec-1-v1-rcp-hv.json", "written into the route's folder")
    assert (tmp_path / "rec-1-v1-rcp-hv.json").read_bytes() == b"[]"
    unsafe = Parcel(b"{}", "../escape", "application/fhir+json", "subject", ".json")
    assert isinstance(directory.deliver(route, unsafe, Links()), Failed)
    assert directory.describe_route(route) == f"folder {tmp_path}"


@pytest.mark.parametrize("name", ["fhir-json", "fhir-xml"])
def test_a_directory_route_reads_back_from_fhir(tmp_path: Path, name: str) -> None:
    record = load_record(directory_record(tmp_path, tmp_path / "outbox"))
    fmt = get_format(name)
    back = fmt.read(fmt.export(record))
    assert [r.route for r in back.recipients] == [r.route for r in record.recipients]
