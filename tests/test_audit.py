"""`medassess audit`: exact figures over a small dataset with a real ledger, stable outputs, flat memory design."""

from __future__ import annotations

import datetime as dt
import os
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from medassess import AuditReport, Delivery, Ledger, Record, audit_records, load_record, record_to_json
from medassess.audit.figures import DEFINITIONS
from medassess.audit.report import EnteredInError, RecordOutcome, _Audit, _median, record_files
from medassess.cli import main
from medassess.core.safe_xml import parse_xml

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pass"
COMPLETE = EXAMPLES / "antenatal-methadone-sertraline.json"
NOTHING_CONCERNING = EXAMPLES / "nothing-concerning-postnatal.json"
GOLDEN = Path(__file__).resolve().parent / "golden" / "audit"
TODAY = dt.date(2026, 6, 30)
UTC = dt.UTC


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def variant(
    base: Record,
    record_id: str,
    *,
    practice: str = "Y90001",
    version: int = 1,
    concluded: dt.date | None = None,
    placeholder: bool = False,
    status: str | None = None,
) -> Record:
    """The base record under another id, practice, version, conclusion date and status; optionally with a
    placeholder conclusion, which fails MA103 (and only MA103)."""
    practice_org = base.mother.registered_practice.model_copy(update={"ods_code": practice})
    update: dict[str, object] = {
        "record_id": record_id,
        "version": version,
        "mother": base.mother.model_copy(update={"registered_practice": practice_org}),
    }
    if status is not None:
        update["status"] = status
    if concluded is not None:
        assert base.overall_conclusion is not None
        update["overall_conclusion"] = base.overall_conclusion.model_copy(update={"date": concluded})
        # Attested when concluded: an attestation before the conclusion it confirms is refused (MA211).
        assert base.attestation is not None
        at = dt.datetime.combine(concluded, base.attestation.at.timetz())
        update["attestation"] = base.attestation.model_copy(update={"at": at})
    if placeholder:
        first = base.assessments[0].model_copy(update={"conclusion": "See letter from drug service."})
        update["assessments"] = [first, *base.assessments[1:]]
    return base.model_copy(update=update)


def attempt(ledger: Ledger, record: Record, recipient_id: str, *, transport: str = "mesh") -> Delivery:
    """A pending delivery of the record to one of its recipients, recorded through the ledger's API."""
    recipient = next(r for r in record.recipients if r.id == recipient_id)
    return ledger.record_attempt(
        record_id=record.record_id,
        record_version=record.version,
        recipient_id=recipient_id,
        recipient_role=recipient.role,
        transport=transport,
        format="fhir-json",
        practice_ods=record.mother.registered_practice.ods_code,
        local_id=f"{record.record_id}-{recipient_id}-{transport}",
        payload_sha256="0" * 64,
    )


def share(
    ledger: Ledger,
    record: Record,
    sent: dict[str, str],
    *,
    acknowledge: bool = False,
    transport: str = "mesh",
) -> None:
    """Record each named recipient's delivery as sent at the given time (and acknowledged two hours on)."""
    for recipient_id, at in sent.items():
        delivery = attempt(ledger, record, recipient_id, transport=transport)
        delivery = ledger.mark_sent(delivery, message_id=f"msg-{recipient_id}", sent_at=_at(at))
        if acknowledge:
            ledger.mark_acknowledged(delivery, acknowledged_at=_at(at) + dt.timedelta(hours=2))


def fail(ledger: Ledger, record: Record, recipient_id: str) -> None:
    ledger.mark_failed(attempt(ledger, record, recipient_id), detail="MESH mailbox not found", rejected=True)


ALL_FOUR = ("rcp-maternity", "rcp-midwife", "rcp-hv", "rcp-sw")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Records in nested folders plus a ledger written through its API. Expected figures are in the tests."""
    root = tmp_path_factory.mktemp("audit")
    records, ledger_path = root / "records", root / "ledger.sqlite3"
    base = load_record(COMPLETE)
    a1 = variant(base, "a-1")  # complete, concluded 2026-03-02
    a2v1 = variant(base, "a-2", concluded=dt.date(2026, 3, 10))
    a2v2 = variant(base, "a-2", version=2, concluded=dt.date(2026, 3, 10), placeholder=True)
    a3 = variant(base, "a-3", concluded=dt.date(2026, 4, 2), placeholder=True)
    b1 = variant(base, "b-1", practice="Y90002", concluded=dt.date(2026, 3, 15))
    b2 = variant(base, "b-2", practice="Y90002", concluded=dt.date(2026, 3, 20))
    # Entered in error: e-1 only ever was; e-2 was final and shared, then withdrawn by version 2.
    e1 = variant(base, "e-1", status="entered-in-error")  # concluded 2026-03-02
    e2v1 = variant(base, "e-2", practice="Y90002", concluded=dt.date(2026, 3, 25))
    e2v2 = variant(base, "e-2", practice="Y90002", version=2, concluded=dt.date(2026, 3, 25), status="entered-in-error")
    files = {
        "2026/03/a-1.json": a1,
        "2026/03/a-2-v1.json": a2v1,
        "2026/04/a-2-v2.json": a2v2,
        "2026/04/a-3.json": a3,
        "2026/04/nothing.json": load_record(NOTHING_CONCERNING),  # Y90001, no conclusion, updated 2026-04-09
        "b/b-1.json": b1,
        "b/b-2.json": b2,
        "copies/b-2.json": b2,
        "withdrawn/e-1.json": e1,
        "withdrawn/e-2-v1.json": e2v1,
        "withdrawn/e-2-v2.json": e2v2,
    }
    for name, record in files.items():
        (records / name).parent.mkdir(parents=True, exist_ok=True)
        (records / name).write_bytes(record_to_json(record))
    (records / "b" / "broken.json").write_bytes(b'{"record_id": "x", "mother": {"nhs_number": "9990001111"')
    (records / "b" / "list.json").write_bytes(b"[]")
    (records / "b" / "notes.txt").write_text("not a record and not a .json file")
    with Ledger(ledger_path) as ledger:
        share(ledger, a1, {"rcp-maternity": "2026-03-03T09:00", "rcp-midwife": "2026-03-03T09:00",
                           "rcp-hv": "2026-03-04T12:00", "rcp-sw": "2026-03-05T16:00"})  # last: day 3
        share(ledger, a2v1, dict.fromkeys(ALL_FOUR, "2026-03-11T10:00"))  # version 1 only: v2 is unshared
        share(ledger, a3, dict.fromkeys(ALL_FOUR[:3], "2026-04-03T10:00"))
        attempt(ledger, a3, "rcp-sw")  # pending: the social worker does not have it yet
        fail(ledger, b1, "rcp-sw")
        share(ledger, b1, dict.fromkeys(ALL_FOUR[:3], "2026-03-16T08:00"), acknowledge=True)
        share(ledger, b1, {"rcp-sw": "2026-03-16T11:00"}, transport="manual")  # day 1
        # 23:30 UTC on 30 March is 00:30 on 31 March in the UK (BST): day 11, not 10.
        share(ledger, b2, {**dict.fromkeys(ALL_FOUR, "2026-03-21T10:00"), "rcp-hv": "2026-03-30T23:30"})
        # Deliveries of withdrawn records, which must not count as sharing.
        share(ledger, e1, dict.fromkeys(ALL_FOUR, "2026-03-03T09:00"))
        share(ledger, e2v1, dict.fromkeys(ALL_FOUR, "2026-03-26T09:00"))
        share(ledger, e2v2, dict.fromkeys(ALL_FOUR, "2026-03-27T09:00"))
    return records, ledger_path


def group(report: AuditReport, practice: str, month: str) -> dict[str, object]:
    found = [g.as_dict() for g in report.groups if (g.practice, g.month) == (practice, month)]
    assert len(found) == 1, (practice, month)
    return found[0]


def test_exact_figures_per_practice_and_month(dataset: tuple[Path, Path]) -> None:
    records, ledger_path = dataset
    with Ledger(ledger_path) as ledger:
        report = audit_records([records], ledger=ledger, today=TODAY)
    # e-2 version 1 is superseded by its entered-in-error version 2.
    assert (report.files_read, report.unusable_files, report.superseded_files) == (13, 2, 3)
    assert [(g.practice, g.month) for g in report.groups] == [
        ("Y90001", "2026-03"), ("Y90001", "2026-04"), ("Y90002", "2026-03"), ("unknown", "unknown")
    ]
    ma103 = [{"code": "MA103", "name": "conclusion-hollow", "records": 1}]
    assert group(report, "Y90001", "2026-03") == {
        "practice": "Y90001", "month": "2026-03", "records": 2, "needing_assessment": 2,
        "complete": 1, "complete_percent": 50.0, "shared": 1, "shared_percent": 50.0,
        "median_days_to_share": 3.0, "records_with_days": 1, "unusable_files": 0, "entered_in_error": 1,
        "top_rule_failures": ma103,
    }
    assert group(report, "Y90001", "2026-04") == {
        "practice": "Y90001", "month": "2026-04", "records": 2, "needing_assessment": 1,
        "complete": 0, "complete_percent": 0.0, "shared": 0, "shared_percent": 0.0,
        "median_days_to_share": None, "records_with_days": 0, "unusable_files": 0, "entered_in_error": 0,
        "top_rule_failures": ma103,
    }
    assert group(report, "Y90002", "2026-03") == {
        "practice": "Y90002", "month": "2026-03", "records": 2, "needing_assessment": 2,
        "complete": 2, "complete_percent": 100.0, "shared": 2, "shared_percent": 100.0,
        "median_days_to_share": 6.0, "records_with_days": 2, "unusable_files": 0, "entered_in_error": 1,
        "top_rule_failures": [],
    }
    assert group(report, "unknown", "unknown")["unusable_files"] == 2
    assert group(report, "unknown", "unknown")["entered_in_error"] == 0
    totals = report.totals.as_dict()
    assert totals == {
        "practice": "all", "month": "all", "records": 6, "needing_assessment": 5,
        "complete": 3, "complete_percent": 60.0, "shared": 3, "shared_percent": 60.0,
        "median_days_to_share": 3.0, "records_with_days": 3, "unusable_files": 2, "entered_in_error": 2,
        "top_rule_failures": [{"code": "MA103", "name": "conclusion-hollow", "records": 2}],
    }
    # MA001 (record-not-final) would be the entered-in-error records' failure: they are not records at all.
    assert all(r.code != "MA001" for g in (*report.groups, report.totals) for r in g.top_rule_failures)


def test_entered_in_error_alone_counts_nothing_but_itself(dataset: tuple[Path, Path]) -> None:
    records, ledger_path = dataset
    with Ledger(ledger_path) as ledger:
        report = audit_records([records / "withdrawn"], ledger=ledger, today=TODAY)
    assert (report.files_read, report.superseded_files) == (3, 1)
    assert [(g.practice, g.month, g.entered_in_error) for g in report.groups] == [
        ("Y90001", "2026-03", 1), ("Y90002", "2026-03", 1)
    ]
    totals = report.totals
    assert (totals.records, totals.needing_assessment, totals.complete, totals.shared) == (0, 0, 0, 0)
    assert (totals.records_with_days, totals.median_days_to_share, totals.top_rule_failures) == (0, None, ())
    assert (totals.complete_percent, totals.shared_percent, totals.entered_in_error) == (None, None, 2)


def test_a_later_version_replaces_one_entered_in_error(tmp_path: Path) -> None:
    base = load_record(COMPLETE)
    withdrawn = variant(base, "c-1", status="entered-in-error")
    corrected = variant(base, "c-1", version=2, status="amended")
    for name, record in (("v1.json", withdrawn), ("v2.json", corrected)):
        (tmp_path / name).write_bytes(record_to_json(record))
    report = audit_records([tmp_path], today=TODAY)
    totals = report.totals
    assert (totals.records, totals.needing_assessment, totals.complete, totals.entered_in_error) == (1, 1, 1, 0)
    assert report.superseded_files == 1


def test_without_a_ledger_sharing_is_not_audited(dataset: tuple[Path, Path]) -> None:
    records, _ = dataset
    report = audit_records([records / "2026"], today=TODAY)
    assert report.sharing_audited is False
    assert report.totals.shared is None and report.totals.shared_percent is None
    assert report.totals.median_days_to_share is None
    assert (report.totals.needing_assessment, report.totals.complete, report.superseded_files) == (3, 1, 1)


def test_older_version_counts_when_it_is_the_only_one(dataset: tuple[Path, Path]) -> None:
    records, ledger_path = dataset
    with Ledger(ledger_path) as ledger:
        report = audit_records([records / "2026" / "03"], ledger=ledger, today=TODAY)
    # a-2 version 1 is complete and was delivered to all four on 11 March: one day after its conclusion.
    assert (report.totals.complete, report.totals.shared, report.totals.median_days_to_share) == (2, 2, 2.0)


@dataclass(frozen=True)
class FakeDelivery:
    record_id: str
    record_version: int
    recipient_id: str
    status: str
    sent_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None


@dataclass
class FakeLedger:
    """Any source of delivery states will do: the audit reads six fields of each."""

    items: list[FakeDelivery]

    def deliveries(self) -> list[FakeDelivery]:
        return self.items


def test_sharing_times_from_any_delivery_source(tmp_path: Path) -> None:
    base = load_record(COMPLETE)  # concluded 2026-03-02
    acknowledged_only = variant(base, "x-1")
    no_recipients = variant(base, "x-2").model_copy(update={"recipients": []})
    untimed = variant(base, "x-3")
    for record in (acknowledged_only, no_recipients, untimed):
        (tmp_path / f"{record.record_id}.json").write_bytes(record_to_json(record))
    naive = dt.datetime(2026, 3, 4, 9, 0)  # no offset: taken as UTC
    ledger = FakeLedger([
        *(FakeDelivery("x-1", 1, r, "sent", sent_at=naive) for r in ALL_FOUR[:3]),
        FakeDelivery("x-1", 1, "rcp-sw", "acknowledged", acknowledged_at=_at("2026-03-09T12:00")),
        FakeDelivery("x-1", 2, "rcp-sw", "sent", sent_at=_at("2026-03-03T12:00")),  # another version
        *(FakeDelivery("x-3", 1, r, "sent", sent_at=naive) for r in ALL_FOUR[:3]),
        FakeDelivery("x-3", 1, "rcp-sw", "acknowledged"),
        FakeDelivery("x-3", 1, "rcp-sw", "failed", sent_at=naive),
    ])
    report = audit_records([tmp_path], ledger=ledger, today=TODAY)
    totals = report.totals
    # x-1 shared, last recipient on 9 March: 7 days; x-2 lists nobody, so it is not shared; x-3 is shared but
    # one recipient's time is unknown, so it has no days.
    assert (totals.needing_assessment, totals.shared, totals.records_with_days) == (3, 2, 1)
    assert totals.median_days_to_share == 7.0


def test_progress_and_unusable_callbacks(dataset: tuple[Path, Path]) -> None:
    records, _ = dataset
    ticks: list[None] = []
    errors: list[str] = []
    audit_records(
        [records], today=TODAY, progress=lambda: ticks.append(None), on_unusable=lambda e: errors.append(e.located())
    )
    assert len(ticks) == 13
    assert sorted(Path(e.split(":")[0]).name for e in errors) == ["broken.json", "list.json"]
    assert not any("9990001111" in e for e in errors)


def test_record_files_walks_folders_and_keeps_named_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.json", "a/b/two.json", "a/b/skip.txt", "three.json"):
        (tmp_path / name).write_text("{}")
    named = tmp_path / "a" / "b" / "skip.txt"
    found = sorted(str(p.relative_to(tmp_path)) for p in record_files([tmp_path / "a", named]) if isinstance(p, Path))
    assert found == ["a/b/skip.txt", "a/b/two.json", "a/one.json"]


def test_missing_path_is_refused_before_reading(tmp_path: Path) -> None:
    from medassess import InputError

    with pytest.raises(InputError, match="no such file or folder"):
        audit_records([tmp_path, tmp_path / "absent"], today=TODAY)


@given(st.lists(st.integers(min_value=-30, max_value=400), min_size=1, max_size=60))
def test_histogram_median_is_the_exact_median(values: list[int]) -> None:
    assert _median(Counter(values)) == statistics.median(values)


def test_histogram_median_of_nothing_is_none() -> None:
    assert _median(Counter()) is None


# -- outputs: golden files from a fixed set of outcomes, so they do not move with the rule catalogue -------


def fixed_report() -> AuditReport:
    audit = _Audit(today=dt.date(2026, 4, 30), sharing_audited=True, top=2)

    def outcome(practice: str, month: str, *, complete: bool = True, shared: bool = True, days: int | None = None,
                failures: tuple[tuple[str, str], ...] = (), needs: bool = True) -> RecordOutcome:
        return RecordOutcome(practice, month, needs, complete, shared, days, failures)

    placeholder, missing = ("MA103", "conclusion-placeholder"), ("MA107", "overall-conclusion-missing")
    outcomes = [
        outcome("Y90001", "2026-03", days=2),
        outcome("Y90001", "2026-03", days=5),
        outcome("Y90001", "2026-03", complete=False, shared=False, failures=(placeholder,)),
        outcome("Y90001", "2026-04", complete=False, days=0, failures=(missing, placeholder)),
        outcome("Y90001", "2026-04", needs=False, complete=False, shared=False),
        outcome("Y90002", "2026-04", complete=False, shared=False, failures=(("MA201", "author <not> named & co"),)),
        outcome("Y90002", "2026-04", shared=False),
    ]
    for item in outcomes:
        audit.add(item)
    audit.add(EnteredInError("Y90001", "2026-03"))
    audit.add(EnteredInError("Y90002", "2026-04"))
    audit.add_unusable()
    audit.files_read, audit.superseded = 11, 1
    return audit.report()


@pytest.mark.parametrize(("name", "render"), [
    ("report.json", lambda r: r.to_json()),
    ("report.txt", lambda r: r.to_text().encode()),
    ("report.html", lambda r: r.to_html().encode()),
])
def test_outputs_match_golden_files(name: str, render: object) -> None:
    produced = render(fixed_report())  # type: ignore[operator]
    golden = GOLDEN / name
    if os.environ.get("MEDASSESS_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced)
    assert produced == golden.read_bytes()


def test_fixed_report_figures() -> None:
    report = fixed_report()
    y1_march = report.groups[0]
    assert (y1_march.complete_percent, y1_march.shared_percent, y1_march.median_days_to_share) == (66.7, 66.7, 3.5)
    assert report.totals.median_days_to_share == 2.0
    assert [(r.code, r.records) for r in report.totals.top_rule_failures] == [("MA103", 2), ("MA107", 1)]
    assert (report.totals.records, report.totals.needing_assessment, report.totals.unusable_files) == (7, 6, 1)
    assert [g.entered_in_error for g in report.groups] == [1, 0, 1, 0]
    assert report.totals.entered_in_error == 2


def test_json_schema_is_stable() -> None:
    data = orjson.loads(fixed_report().to_json())
    assert (data["schema"], data["command"]) == ("medassess-audit/2", "audit")
    assert set(data) == {"schema", "command", "medassess", "items", "summary", "definitions"}
    assert set(data["summary"]) == {"today", "sharing_audited", "files", "totals", "exit_status"}
    assert list(data["definitions"]) == [key for key, _ in DEFINITIONS]
    assert data["items"][-1]["practice"] == "unknown"
    assert [g["entered_in_error"] for g in data["items"]] == [1, 0, 1, 0]
    assert data["summary"]["totals"]["entered_in_error"] == 2


def test_html_is_self_contained_escaped_and_well_formed() -> None:
    page = fixed_report().to_html()
    for forbidden in ("http://", "https://", "src=", "<script", "url(", "@import"):
        assert forbidden not in page
    assert "author &lt;not&gt; named &amp; co" in page
    assert "<th>entered in error</th>" in page and "<dt>entered_in_error</dt>" in page
    body = page.removeprefix("<!DOCTYPE html>\n")
    root = parse_xml(body.encode(), source="report.html")
    svgs = root.findall(".//svg")
    assert len(svgs) == 2  # one chart per practice
    bars = svgs[0].findall("rect")
    heights = [float(b.get("height", "nan")) for b in bars]
    # Y90001: March complete 66.7%, shared 66.7%; April complete 0%, shared 100%, on a 160-pixel scale.
    assert heights == [106.7, 106.7, 0.0, 160.0]


# -- the command --------------------------------------------------------------------------------------------


def test_cli_json_matches_the_library(dataset: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    records, ledger_path = dataset
    status = main(["audit", str(records), "--ledger", str(ledger_path), "--today", "2026-06-30", "--format", "json"])
    captured = capsys.readouterr()
    assert status == 0
    with Ledger(ledger_path) as ledger:
        expected = audit_records([records], ledger=ledger, today=TODAY).as_dict()
    assert orjson.loads(captured.out) == expected
    assert "broken.json" in captured.err and "9990001111" not in captured.err
    assert "broken.json" not in captured.out


def test_cli_html_to_file(dataset: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records, ledger_path = dataset
    out = tmp_path / "report.html"
    argv = ["audit", str(records), "--ledger", str(ledger_path), "--today", "2026-06-30", "--format", "html"]
    assert main([*argv, "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    page = out.read_text()
    assert "Practice Y90002" in page and "conclusion-hollow" in page
    parse_xml(page.removeprefix("<!DOCTYPE html>\n").encode(), source="report.html")


def test_cli_text_has_definitions(dataset: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    records, ledger_path = dataset
    assert main(["audit", str(records), "--ledger", str(ledger_path), "--today", "2026-06-30", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Y90002 +2026-03 +2 +2 +2 \(100%\) +2 \(100%\) +6 +0 +1$", out, re.MULTILINE)
    assert re.search(r"^all +all +6 +5 +3 \(60%\) +3 \(60%\) +3 +2 +2$", out, re.MULTILINE)
    for key, _ in DEFINITIONS:
        assert f"[{key}]" in out


def test_cli_unusable_inputs_exit_2(dataset: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    records, _ = dataset
    assert main(["audit", str(tmp_path / "absent")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    missing = tmp_path / "no-ledger.sqlite3"
    assert main(["audit", str(records), "--ledger", str(missing)]) == 2
    assert "no such sharing ledger" in capsys.readouterr().err
    assert not missing.exists(), "auditing must not create a ledger"
    monkeypatch.setenv("MEDASSESS_LEDGER", str(missing))
    assert main(["audit", str(records)]) == 2
    assert main(["audit", str(records), "--today", "2026-02-30"]) == 2


def test_cli_default_ledger_absent_means_sharing_not_audited(
    dataset: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    records, _ = dataset
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["audit", str(records), "--format", "json", "--today", "2026-06-30"]) == 0
    captured = capsys.readouterr()
    assert orjson.loads(captured.out)["summary"]["sharing_audited"] is False
    assert "sharing not audited" in captured.err
    assert not list(tmp_path.rglob("*.sqlite3")), "auditing must not create a ledger"


def test_cli_progress_is_plain_lines_when_piped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MEDASSESS_LEDGER", raising=False)
    monkeypatch.chdir(tmp_path)
    for n in range(60):
        (tmp_path / f"{n:02d}.json").write_bytes(b"[]")
    assert main(["audit", str(tmp_path), "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert "medassess: audited 60 of 60 files" in err
    assert "\r" not in err
    assert err.count("unusable, counted and skipped") == 50 and "10 more unusable files not named" in err
