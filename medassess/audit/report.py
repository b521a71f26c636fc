"""The safeguarding lead's audit: are written conclusions complete, and were they shared with everyone?

Over folders of records and the sharing ledger, per GP practice and month: how many records have medicines
needing a written assessment, the share of those with complete written conclusions, the share delivered to
every required recipient, the median days from the overall conclusion to the last recipient receiving it,
and the share-gate rules failed most often. Records entered in error are withdrawn, not real records: they
are counted on their own and left out of every other figure. :data:`DEFINITIONS` says exactly how each
figure is counted; every output format carries it, so a figure is never quoted without its meaning.

Memory does not grow with the number of records. Folders are walked with ``os.scandir`` (never listed
whole), and each record is reduced to a small row in a scratch SQLite file on disk, which keeps only the
latest version of each record and is joined with the ledger's deliveries at the end. What stays in memory
is bounded whatever the number of records: the scratch file's page cache (2 MiB), the ledger connection's,
and the per-practice, per-month tallies: counters, a day-count histogram for the exact median (bounded by
the spread of days, not the number of records) and a count per rule code (bounded by the catalogue). The
tallies grow with the number of practice-month groups. Disk use for the scratch file is a few hundred bytes
per record, removed afterwards.

The report holds counts, ODS codes, months and rule codes only: no patient data and no file names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import orjson

from ..core.exceptions import InputError, RecordError
from ..core.parallel import ordered_map, worker_state
from ..core.version import __version__
from ..gate.classes import medicine_classes
from ..gate.engine import check
from ..gate.registry import registered
from ..gate.settings import GateSettings
from ..record.io import load_record
from ..record.model import Record
from .figures import DEFINITIONS, UNKNOWN, count_and_percent, figure
from .html import report_to_html

SCHEMA = "medassess-audit/2"
"""The ``schema`` value of the JSON report; it changes only when the layout changes incompatibly (2: the
envelope every command's JSON shares, docs/schemas/audit.schema.json)."""

ALL = "all"
"""Practice and month of the totals row."""


def _about_written_conclusions(code: str) -> bool:
    """Whether a share-gate rule decides "complete written conclusions": its area says so (the assessments and
    conclusions written, substantive and current, the medicines and concerns they answer, and who wrote them),
    as data on the rule (``medassess.gate.registry.Area``), never read from its code's digits."""
    found = registered().get(code)
    return found is not None and found.area.written_conclusions


SHARED_STATUSES = frozenset({"sent", "acknowledged"})
UK_TIME = ZoneInfo("Europe/London")
"""Months and days are counted on the UK calendar, as practices keep them."""


class DeliveryLike(Protocol):
    """What the audit reads of a ledger delivery (medassess's Ledger yields these)."""

    @property
    def record_id(self) -> str: ...
    @property
    def record_version(self) -> int: ...
    @property
    def recipient_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def sent_at(self) -> dt.datetime | None: ...
    @property
    def acknowledged_at(self) -> dt.datetime | None: ...


class DeliverySource(Protocol):
    """Anything that streams the current state of every delivery, as ``Ledger.deliveries()`` does."""

    def deliveries(self) -> Iterable[DeliveryLike]: ...


@dataclass(frozen=True, slots=True)
class RuleCount:
    """A share-gate rule and how many records needing assessment fail it."""

    code: str
    name: str
    records: int


@dataclass(frozen=True, slots=True)
class GroupStats:
    """The audit figures for one practice and month (or the totals: practice and month ``"all"``)."""

    practice: str
    month: str
    records: int
    """Records counted: those entered in error are not among them."""
    needing_assessment: int
    complete: int
    shared: int | None
    """None when no ledger was audited."""
    median_days_to_share: float | None
    records_with_days: int
    unusable_files: int
    entered_in_error: int
    """Records whose latest version is entered in error: withdrawn, and in no other figure."""
    top_rule_failures: tuple[RuleCount, ...]

    @property
    def complete_percent(self) -> float | None:
        return _percent(self.complete, self.needing_assessment)

    @property
    def shared_percent(self) -> float | None:
        return None if self.shared is None else _percent(self.shared, self.needing_assessment)

    def as_dict(self) -> dict[str, Any]:
        return {
            "practice": self.practice,
            "month": self.month,
            "records": self.records,
            "needing_assessment": self.needing_assessment,
            "complete": self.complete,
            "complete_percent": self.complete_percent,
            "shared": self.shared,
            "shared_percent": self.shared_percent,
            "median_days_to_share": self.median_days_to_share,
            "records_with_days": self.records_with_days,
            "unusable_files": self.unusable_files,
            "entered_in_error": self.entered_in_error,
            "top_rule_failures": [dataclasses.asdict(r) for r in self.top_rule_failures],
        }


@dataclass(frozen=True, slots=True)
class AuditReport:
    """The whole audit: one row per practice and month, the totals, and what was read."""

    today: dt.date
    sharing_audited: bool
    files_read: int
    unusable_files: int
    superseded_files: int
    groups: tuple[GroupStats, ...]
    totals: GroupStats

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, in the envelope every command's JSON shares (schema
        ``medassess-audit/2``, docs/schemas/audit.schema.json)::

            {"schema": "medassess-audit/2", "command": "audit", "medassess": version,
             "items": [GROUP, ...],   # sorted by practice then month; "unknown" last
             "summary": {"today": "YYYY-MM-DD", "sharing_audited": bool,
                         "files": {"read": int, "unusable": int, "superseded": int},
                         "totals": GROUP, "exit_status": 0},
             "definitions": {"group": str, "records": str, ...}}
            GROUP = {"practice": str, "month": "YYYY-MM" | "all" | "unknown", "records": int,
                     "needing_assessment": int, "complete": int, "complete_percent": float | null,
                     "shared": int | null, "shared_percent": float | null,
                     "median_days_to_share": float | null, "records_with_days": int, "unusable_files": int,
                     "entered_in_error": int,
                     "top_rule_failures": [{"code": str, "name": str, "records": int}, ...]}

        Percentages are of ``needing_assessment``, rounded to one decimal place, null when it is zero;
        ``shared`` and ``shared_percent`` are null when no ledger was audited.
        """
        return {
            "schema": SCHEMA,
            "command": "audit",
            "medassess": __version__,
            "items": [g.as_dict() for g in self.groups],
            "summary": {
                "today": self.today.isoformat(),
                "sharing_audited": self.sharing_audited,
                "files": {
                    "read": self.files_read,
                    "unusable": self.unusable_files,
                    "superseded": self.superseded_files,
                },
                "totals": self.totals.as_dict(),
                "exit_status": 0,
            },
            "definitions": dict(DEFINITIONS),
        }

    def to_json(self) -> bytes:
        return orjson.dumps(self.as_dict(), option=orjson.OPT_INDENT_2) + b"\n"

    def to_text(self) -> str:
        return _text(self)

    def to_html(self) -> str:
        """A self-contained HTML page with inline charts: no scripts, no external resources."""
        return report_to_html(self)


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """What one record (its latest version) contributes to its group's figures."""

    practice: str
    month: str
    needs_assessment: bool
    complete: bool
    shared: bool
    days_to_share: int | None
    failures: tuple[tuple[str, str], ...]
    """(code, name) of each share-gate rule with an error, once per rule."""


@dataclass(frozen=True, slots=True)
class EnteredInError:
    """A record whose latest version is entered in error: counted in its group as that, and nothing else."""

    practice: str
    month: str


class _Tally:
    """Running figures for one group: constant size whatever the number of records."""

    __slots__ = ("complete", "days", "entered_in_error", "failures", "needing", "records", "shared", "unusable")

    def __init__(self) -> None:
        self.records = self.needing = self.complete = self.shared = self.unusable = self.entered_in_error = 0
        self.days: Counter[int] = Counter()
        self.failures: Counter[tuple[str, str]] = Counter()

    def add(self, outcome: RecordOutcome | EnteredInError) -> None:
        if isinstance(outcome, EnteredInError):
            self.entered_in_error += 1
            return
        self.records += 1
        if not outcome.needs_assessment:
            return
        self.needing += 1
        self.complete += outcome.complete
        self.shared += outcome.shared
        if outcome.days_to_share is not None:
            self.days[outcome.days_to_share] += 1
        self.failures.update(outcome.failures)

    def merge(self, other: _Tally) -> None:
        self.records += other.records
        self.needing += other.needing
        self.complete += other.complete
        self.shared += other.shared
        self.unusable += other.unusable
        self.entered_in_error += other.entered_in_error
        self.days.update(other.days)
        self.failures.update(other.failures)

    def stats(self, practice: str, month: str, *, top: int, sharing_audited: bool) -> GroupStats:
        # Ties broken by code so the report is the same on every run.
        ranked = sorted(self.failures.items(), key=lambda item: (-item[1], item[0][0]))[:top]
        return GroupStats(
            practice=practice,
            month=month,
            records=self.records,
            needing_assessment=self.needing,
            complete=self.complete,
            shared=self.shared if sharing_audited else None,
            median_days_to_share=_median(self.days),
            records_with_days=sum(self.days.values()),
            unusable_files=self.unusable,
            entered_in_error=self.entered_in_error,
            top_rule_failures=tuple(RuleCount(code, name, n) for (code, name), n in ranked),
        )


class _Audit:
    """Tallies record outcomes per practice and month and produces the report."""

    def __init__(self, *, today: dt.date, sharing_audited: bool, top: int = 5) -> None:
        self.today = today
        self.sharing_audited = sharing_audited
        self.top = top
        self.files_read = self.superseded = 0
        self._groups: dict[tuple[str, str], _Tally] = {}

    def _tally(self, practice: str, month: str) -> _Tally:
        return self._groups.setdefault((practice, month), _Tally())

    def add(self, outcome: RecordOutcome | EnteredInError) -> None:
        self._tally(outcome.practice, outcome.month).add(outcome)

    def add_unusable(self) -> None:
        self._tally(UNKNOWN, UNKNOWN).unusable += 1

    def report(self) -> AuditReport:
        totals = _Tally()
        groups = []
        # The unusable-files group sorts after every practice.
        for practice, month in sorted(self._groups, key=lambda key: (key == (UNKNOWN, UNKNOWN), key)):
            tally = self._groups[(practice, month)]
            totals.merge(tally)
            groups.append(tally.stats(practice, month, top=self.top, sharing_audited=self.sharing_audited))
        return AuditReport(
            today=self.today,
            sharing_audited=self.sharing_audited,
            files_read=self.files_read,
            unusable_files=totals.unusable,
            superseded_files=self.superseded,
            groups=tuple(groups),
            totals=totals.stats(ALL, ALL, top=self.top, sharing_audited=self.sharing_audited),
        )


def audit_records(
    paths: Iterable[str | Path],
    *,
    ledger: DeliverySource | None = None,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    top: int = 5,
    progress: Callable[[], None] | None = None,
    on_unusable: Callable[[InputError], None] | None = None,
    jobs: int = 1,
) -> AuditReport:
    """Audit the record files under ``paths`` (files, or folders searched for ``*.json``) against a ledger.

        ``ledger`` is a :class:`~medassess.Ledger` (or anything with ``deliveries()``); without one, sharing is
        not audited and the shared figures are None. ``today`` is the date the share gate checks against, and
    ``settings`` the gate's settings (default: the shipped ones), as for sharing.
        ``progress`` is called once per file read; ``on_unusable`` receives the located error of each file that
        cannot be read as a record (the audit carries on). A path that does not exist raises InputError before
        anything is read. ``jobs`` processes read and check the records (:func:`medassess.core.parallel.ordered_map`);
        the report is the same whatever their number.
    """
    audit = _Audit(today=today or dt.date.today(), sharing_audited=ledger is not None, top=top)
    rows = ordered_map(_row_of, record_files(paths), jobs=jobs, state=(audit.today, settings))
    with tempfile.TemporaryDirectory(prefix="medassess-audit-") as scratch, _Scratch(Path(scratch)) as store:
        for row in rows:
            audit.files_read += 1
            if isinstance(row, InputError):
                audit.add_unusable()
                if on_unusable is not None:
                    on_unusable(row)
            else:
                store.offer_row(row)
            if progress is not None:
                progress()
        if ledger is not None:
            store.load_deliveries(ledger.deliveries())
        for outcome in store.outcomes():
            audit.add(outcome)
        audit.superseded = store.offered - store.kept
    return audit.report()


def _row_of(item: Path | InputError) -> tuple[Any, ...] | InputError:
    """One file read and reduced to its scratch row, or what is wrong with it (this may run in a worker)."""
    today, settings = worker_state()
    try:
        if isinstance(item, InputError):
            raise item
        return scratch_row(load_record(item), str(item), today=today, settings=settings)
    except InputError as exc:
        return exc


def record_files(paths: Iterable[str | Path], *, suffix: str = ".json") -> Iterator[Path | InputError]:
    """The files named by ``paths``, folders searched recursively, streamed without listing a folder whole.

    Unlike :func:`~medassess.iter_record_files` the order is the file system's: an audit's result does not
    depend on it, and sorting would hold every path of a large tree in memory at once. A folder that cannot
    be read is yielded as an error, so the walk carries on. A path that does not exist raises InputError
    before anything is yielded.
    """
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError("no such file or folder", source=str(root))
    for root in roots:
        if not root.is_dir():
            yield root
            continue
        folders = [str(root)]
        while folders:
            folder = folders.pop()
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        if entry.is_dir(follow_symlinks=False):
                            folders.append(entry.path)
                        elif entry.name.endswith(suffix) and entry.is_file():
                            yield Path(entry.path)
            except OSError as exc:
                yield RecordError(f"folder cannot be read ({exc.strerror or type(exc).__name__})", source=folder)


def _month(record: Record) -> str:
    conclusion = record.overall_conclusion
    if conclusion is not None and conclusion.date is not None:
        return conclusion.date.strftime("%Y-%m")
    return record.updated.astimezone(UK_TIME).strftime("%Y-%m")


def _uk_date(at: dt.datetime) -> dt.date:
    # The ledger stores UTC; a naive time from another source is taken as UTC too.
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(UK_TIME).date()


class _Scratch:
    """The on-disk working set: the latest version of each record, and the ledger's completed deliveries."""

    def __init__(self, folder: Path) -> None:
        self._db = sqlite3.connect(folder / "audit.sqlite3", isolation_level=None)
        # A scratch file rebuilt on every run: durability is not wanted, and the page cache is capped so
        # memory stays flat however many records there are.
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-2048", "temp_store=FILE"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute(
            "CREATE TABLE latest (record_id TEXT PRIMARY KEY, version INTEGER, source TEXT, practice TEXT,"
            " month TEXT, withdrawn INTEGER, needs INTEGER, complete INTEGER, concluded TEXT, recipients TEXT,"
            " failures TEXT)"
        )
        self._db.execute("CREATE TABLE delivered (record_id TEXT, version INTEGER, recipient_id TEXT, at TEXT)")
        self._db.execute("BEGIN")
        self.offered = 0

    def __enter__(self) -> _Scratch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._db.close()

    def offer_row(self, row: tuple[Any, ...]) -> None:
        """Keep a record's row (:func:`scratch_row`) unless a higher version (or the same version from an
        earlier-named file) is kept."""
        self.offered += 1
        self._db.execute(
            "INSERT INTO latest VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET"
            " version = excluded.version, source = excluded.source, practice = excluded.practice,"
            " month = excluded.month, withdrawn = excluded.withdrawn, needs = excluded.needs,"
            " complete = excluded.complete, concluded = excluded.concluded, recipients = excluded.recipients,"
            " failures = excluded.failures"
            " WHERE excluded.version > latest.version"
            " OR (excluded.version = latest.version AND excluded.source < latest.source)",
            row,
        )

    @property
    def kept(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM latest").fetchone()[0]
        return count

    def load_deliveries(self, deliveries: Iterable[DeliveryLike]) -> None:
        """Copy the completed deliveries (sent or acknowledged), streaming, with when each was first sent."""
        self._db.executemany(
            "INSERT INTO delivered VALUES (?, ?, ?, ?)",
            (
                (d.record_id, d.record_version, d.recipient_id, _utc_text(d.sent_at or d.acknowledged_at))
                for d in deliveries
                if d.status in SHARED_STATUSES
            ),
        )
        self._db.execute("CREATE INDEX delivered_by_record ON delivered (record_id, version, recipient_id)")

    def outcomes(self) -> Iterator[RecordOutcome | EnteredInError]:
        lookup = self._db.cursor()
        for row in self._db.execute(
            "SELECT record_id, version, practice, month, withdrawn, needs, complete, concluded, recipients, failures"
            " FROM latest"
        ):
            record_id, version, practice, month, withdrawn, needs, complete, concluded, recipients, failures = row
            if withdrawn:
                yield EnteredInError(practice, month)
                continue
            shared, days = False, None
            required: list[str] = orjson.loads(recipients)
            if needs and required:
                # Per recipient, the first time any completed delivery reached it (NULL: time not known).
                first = dict(
                    lookup.execute(
                        "SELECT recipient_id, min(at) FROM delivered WHERE record_id = ? AND version = ?"
                        " GROUP BY recipient_id",
                        (record_id, version),
                    ).fetchall()
                )
                shared = all(r in first for r in required)
                times = [first[r] for r in required] if shared else []
                if concluded is not None and times and None not in times:
                    last = dt.datetime.fromisoformat(max(times))
                    days = (_uk_date(last) - dt.date.fromisoformat(concluded)).days
            yield RecordOutcome(
                practice=practice,
                month=month,
                needs_assessment=bool(needs),
                complete=bool(complete),
                shared=shared,
                days_to_share=days,
                failures=tuple((code, name) for code, name in orjson.loads(failures)),
            )


def scratch_row(
    record: Record, source: str, *, today: dt.date, settings: GateSettings | None = None
) -> tuple[Any, ...]:
    """What the audit keeps of one record: its id, version and file, practice and month, whether it is
    withdrawn, needs a written assessment and has complete written conclusions, when it was concluded, its
    required recipients and the share-gate rules it fails."""
    withdrawn = record.status == "entered-in-error"
    # A withdrawn record contributes no figure, so it is neither classified nor checked.
    needs = not withdrawn and bool(medicine_classes().needing_assessment(record))
    failures: dict[str, str] = {}
    if needs:
        for issue in check(record, today=today, settings=settings):
            if issue.severity == "error":
                failures.setdefault(issue.code, issue.name)
    conclusion = record.overall_conclusion
    concluded = conclusion.date.isoformat() if conclusion is not None and conclusion.date else None
    return (
        record.record_id,
        record.version,
        source,
        record.mother.registered_practice.ods_code,
        _month(record),
        withdrawn,
        needs,
        not any(_about_written_conclusions(code) for code in failures),
        concluded,
        orjson.dumps([r.id for r in record.recipients]),
        orjson.dumps(sorted(failures.items())),
    )


def _utc_text(at: dt.datetime | None) -> str | None:
    # Fixed-width UTC text, so SQLite's min() and Python's max() order times correctly.
    if at is None:
        return None
    aware = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _median(histogram: Counter[int]) -> float | None:
    """The exact median of the values a histogram counts (the mean of the middle two for an even count)."""
    count = sum(histogram.values())
    if not count:
        return None
    lower_rank, upper_rank = (count - 1) // 2, count // 2
    lower: int | None = None
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if lower is None and seen > lower_rank:
            lower = value
        if seen > upper_rank:
            assert lower is not None  # the lower rank is reached no later than the upper one
            return (lower + value) / 2
    raise AssertionError("unreachable: the ranks are within the count")


def _text(report: AuditReport) -> str:
    lines = [
        f"medassess audit: share gate checked as of {report.today.isoformat()}",
        f"files read {report.files_read}, unusable {report.unusable_files}, superseded {report.superseded_files};"
        + (" sharing audited against the ledger" if report.sharing_audited else " no ledger: sharing not audited"),
        f"records entered in error {report.totals.entered_in_error}: withdrawn, left out of every other figure",
        "",
    ]
    header = (
        *("practice", "month", "records", "needing", "complete", "shared", "median days", "unusable"),
        "entered in error",
    )
    rows = [header]
    for group in (*report.groups, report.totals):
        rows.append(
            (
                group.practice,
                group.month,
                str(group.records),
                str(group.needing_assessment),
                count_and_percent(group.complete, group.complete_percent),
                count_and_percent(group.shared, group.shared_percent),
                figure(group.median_days_to_share),
                str(group.unusable_files),
                str(group.entered_in_error),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        cells = [cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    lines += ["", "most frequent rule failures (records needing assessment):"]
    for group in (report.totals, *report.groups):
        if group.top_rule_failures:
            failures = ", ".join(f"{r.code} {r.name} {r.records}" for r in group.top_rule_failures)
            lines.append(f"  {group.practice} {group.month}: {failures}")
    lines += ["", "notes:"]
    lines += [f"  [{key}] {text}" for key, text in DEFINITIONS]
    return "\n".join(lines) + "\n"
