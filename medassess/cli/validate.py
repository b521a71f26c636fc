"""Check record files against the share gate: is each one complete enough to share?

Give files and folders (folders are searched for *.json, in any case), or - for one record on standard
input. A file larger than MEDASSESS_MAX_RECORD_BYTES (10 MiB unless set) is refused unread. Every problem is
one located line,
  FILE: $.json.path: CODE message
followed by an indented line saying where that is in the record as a person reads it, the record's id and
version, and the fix (`medassess rules CODE` explains any code in full). A file that cannot be read as a
record, a path that does not exist and a broken link are reported the same way, and checking carries on with
the next. The run ends with a tally per rule (most frequent first, each with its fix) and a summary line that
counts warnings too; --quiet prints only those. Finding no record files at all is an error (exit 2), never
an empty success.

--format json prints one JSON document (docs/schemas/validate.schema.json): the envelope every command's JSON
shares, with one item per file.

--jobs N (default: the number of cores) checks records on N processes; what is printed, and its order, are
the same as with --jobs 1 (one - for standard input is read with --jobs 1).

Exit status: 2 if any file is unusable (not a readable record, or no file at all), otherwise 1 if the share
gate refused any record, otherwise 0. Warnings never change the exit status. Nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from ..core.exceptions import InputError
from ..core.parallel import ordered_map, worker_state
from ..gate.engine import check, get_rule
from ..gate.locations import human_location
from ..gate.registry import Issue
from ..gate.settings import GateSettings
from ..record.identifiers import is_record_id
from ..record.io import RecordFiles, load_record, read_record
from ._output import JsonStream, Progress, add_format_argument, add_jobs_argument, isatty, plural
from ._site import Site, add_site_arguments, site_of
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE

Status = Literal["passed", "refused", "unusable"]
NO_RECORDS = "no record files found (expected .json files, or folders holding them)"


@dataclass(slots=True)
class FileResult:
    """What checking one file found. Holds no record, so thousands of results stay small: the record's id and
    version, and each issue's place as a person reads it, are kept as text."""

    file: str
    status: Status
    issues: list[Issue] = field(default_factory=list)
    error: InputError | None = None
    record_id: str | None = None
    """The record's id when it is a UUID (an id of any other form could be anything, a name among them)."""
    record_version: int | None = None
    record: str = "the record"
    """How lines name the record: ``<uuid> v<version>`` (``medassess.Record.masked_id``)."""
    locations: list[str] = field(default_factory=list)

    def lines(self) -> Iterator[str]:
        """The located text lines for this file (none when it passed cleanly)."""
        if self.error is not None:
            yield self.error.located()
        for issue in self.issues:
            yield self._line(issue)

    def _line(self, issue: Issue) -> str:
        marker = "" if issue.severity == "error" else "warning: "
        return f"{self.file}: {issue.path}: {issue.code} {marker}{issue.message}"

    def explained_lines(self) -> Iterator[str]:
        """Each located line, then where that is, the record, and the fix, indented beneath it."""
        if self.error is not None:
            yield self.error.located()
        for issue, where in zip(self.issues, self.locations, strict=True):
            yield self._line(issue)
            yield f"    at {where} (record {self.record}); fix: {get_rule(issue.code).fix}"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file,
            "record_id": self.record_id,
            "record_version": self.record_version,
            "status": self.status,
            "issues": [
                {**i.as_dict(), "location": where, "fix": get_rule(i.code).fix}
                for i, where in zip(self.issues, self.locations, strict=True)
            ],
        }
        if self.error is not None:
            data["error"] = {"source": self.error.source, "path": self.error.path or "$", "message": self.error.message}
        return data


def check_file(
    path: Path | None, *, today: dt.date | None = None, settings: GateSettings | None = None
) -> FileResult:
    """Read one file (None: standard input) and run the share gate over it (as of ``today`` with ``settings``)."""
    name = "<stdin>" if path is None else str(path)
    try:
        record = read_record(sys.stdin.buffer) if path is None else load_record(path)
    except InputError as exc:
        return FileResult(name, "unusable", error=exc)
    issues = check(record, today=today, settings=settings)
    refused = any(i.severity == "error" for i in issues)
    return FileResult(
        name,
        "refused" if refused else "passed",
        issues,
        record_id=record.record_id if is_record_id(record.record_id) else None,
        record_version=record.version,
        record=record.masked_id,
        locations=[human_location(record, i.path) for i in issues],
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records (- for stdin)")
    add_format_argument(parser)
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="print only the tally per rule and the summary, not each problem"
    )
    add_site_arguments(parser)
    add_jobs_argument(parser)


def _sources(paths: list[str], scans: list[RecordFiles] | None = None) -> Iterator[Path | InputError | None]:
    """Standard input for ``-``, else the record files each path names (and what cannot be read as one)."""
    for path in paths:
        if path == "-":
            yield None
        else:
            scan = RecordFiles([path])
            if scans is not None:
                scans.append(scan)
            yield from scan


def _check(source: Path | InputError | None) -> FileResult:
    """One source checked (this may run in a worker process): settings from the run's state."""
    if isinstance(source, InputError):
        return FileResult(source.source or "<path>", "unusable", error=source)
    site: Site = worker_state()
    return check_file(source, today=site.today, settings=site.gate)


@dataclass(slots=True)
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: {"passed": 0, "refused": 0, "unusable": 0})
    warnings: int = 0
    by_rule: collections.Counter[str] = field(default_factory=collections.Counter)

    def add(self, result: FileResult) -> None:
        self.counts[result.status] += 1
        self.warnings += sum(1 for i in result.issues if i.severity == "warning")
        # Each rule once per file: "how many records does this rule refuse (or warn about)".
        self.by_rule.update({i.code for i in result.issues})

    def status(self) -> int:
        return EXIT_UNUSABLE if self.counts["unusable"] else EXIT_REFUSED if self.counts["refused"] else EXIT_OK

    def rule_lines(self) -> Iterator[str]:
        if not self.by_rule:
            return
        yield "By rule (records; `medassess rules CODE` explains each):"
        for code, count in sorted(self.by_rule.items(), key=lambda item: (-item[1], item[0])):
            rule = get_rule(code)
            marker = "" if rule.severity == "error" else " (warning)"
            yield f"  {code} {count:>6}  {rule.name}{marker}: {rule.fix}"

    def as_dict(self, files: int, skipped: int) -> dict[str, Any]:
        return {
            **self.counts,
            "files": files,
            "warnings": self.warnings,
            "skipped": skipped,
            "by_rule": dict(sorted(self.by_rule.items())),
            "exit_status": self.status(),
        }

    def summary(self, files: int) -> str:
        return (
            f"{plural(files, 'file')}: {self.counts['passed']} passed, "
            f"{self.counts['refused']} refused by the share gate, {self.counts['unusable']} unusable"
            + (f"; {plural(self.warnings, 'warning')}" if self.warnings else "")
        )


def run(args: argparse.Namespace) -> int:
    site = site_of(args)
    # Counted first and then read again as the work goes, so no list of every file is held. Standard input
    # is read in this process, in its turn.
    total = sum(1 for _ in _sources(args.paths))
    if not total:
        raise InputError(NO_RECORDS, source=" ".join(args.paths))
    progress = Progress(total)
    tally = _Tally()
    as_json = args.format == "json"
    out = sys.stdout
    # Results only share the screen with the bar when both go to the terminal.
    shared_screen = isatty(out)
    stream = JsonStream(out, "validate") if as_json else None
    scans: list[RecordFiles] = []
    jobs = 1 if "-" in args.paths else args.jobs
    files = 0
    for result in ordered_map(_check, _sources(args.paths, scans), jobs=jobs, state=site):
        files += 1
        tally.add(result)
        progress.advance()
        if stream is not None:
            stream.item(result.as_dict())
        elif not args.quiet:
            lines = list(result.explained_lines())
            if lines:
                if shared_screen:
                    progress.clear()
                out.write("\n".join(lines) + "\n")
    progress.clear()
    skipped = sum(scan.skipped for scan in scans)
    if stream is not None:
        stream.close(tally.as_dict(files, skipped))
        return tally.status()
    _closing(out, tally, files, skipped)
    return tally.status()


def _closing(out: TextIO, tally: _Tally, files: int, skipped: int) -> None:
    for line in tally.rule_lines():
        out.write(line + "\n")
    if skipped:
        sys.stderr.write(f"medassess: {plural(skipped, 'file')} in the folders given not read: not .json\n")
    out.write(tally.summary(files) + "\n")
