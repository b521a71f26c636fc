"""Check record files against the share gate: is each one complete enough to share?

Give files and folders (folders are searched for *.json), or - for one record on standard input. A file
larger than MEDASSESS_MAX_RECORD_BYTES (10 MiB unless set) is refused unread. Every problem is one located line,
  FILE: $.json.path: CODE message
and `medassess rules CODE` explains any code. Files that cannot be read as records are reported
the same way and checking carries on with the next file.

Exit status: 2 if any file is unusable (not a readable record), otherwise 1 if the share gate
refused any record, otherwise 0. Warnings never change the exit status. Nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from ..core.exceptions import InputError
from ..gate.engine import check
from ..gate.registry import Issue
from ..gate.settings import GateSettings
from ..record.io import iter_record_files, load_record, read_record
from ._output import Progress, add_format_argument, isatty, plural
from ._site import add_site_arguments, site_of
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE

Status = Literal["passed", "refused", "unusable"]


@dataclass(slots=True)
class FileResult:
    """What checking one file found. Holds no record, so thousands of results stay small."""

    file: str
    status: Status
    issues: list[Issue] = field(default_factory=list)
    error: InputError | None = None

    def lines(self) -> Iterator[str]:
        """The located text lines for this file (none when it passed cleanly)."""
        if self.error is not None:
            yield self.error.located()
        for issue in self.issues:
            marker = "" if issue.severity == "error" else "warning: "
            yield f"{self.file}: {issue.path}: {issue.code} {marker}{issue.message}"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"file": self.file, "status": self.status, "issues": [i.as_dict() for i in self.issues]}
        if self.error is not None:
            data["error"] = {"path": self.error.path or "$", "message": self.error.message}
        return data


def check_file(path: Path | None, *, today: dt.date | None = None, settings: GateSettings | None = None) -> FileResult:
    """Read one file (None: standard input) and run the share gate over it (as of ``today`` with ``settings``)."""
    name = "<stdin>" if path is None else str(path)
    try:
        record = read_record(sys.stdin.buffer) if path is None else load_record(path)
    except InputError as exc:
        return FileResult(name, "unusable", error=exc)
    issues = check(record, today=today, settings=settings)
    refused = any(i.severity == "error" for i in issues)
    return FileResult(name, "refused" if refused else "passed", issues)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records (- for stdin)")
    add_format_argument(parser)
    add_site_arguments(parser)


def run(args: argparse.Namespace) -> int:
    site = site_of(args)
    files: list[Path | None] = []  # None: standard input
    for path in args.paths:
        files.extend([None] if path == "-" else iter_record_files([path]))
    progress = Progress(len(files))
    counts: dict[Status, int] = {"passed": 0, "refused": 0, "unusable": 0}
    as_json = args.format == "json"
    out = sys.stdout
    # Results only share the screen with the bar when both go to the terminal.
    shared_screen = isatty(out)
    if as_json:
        out.write('{"files": [')
    for index, path in enumerate(files):
        result = check_file(path, today=site.today, settings=site.gate)
        counts[result.status] += 1
        progress.advance()
        if as_json:
            out.write(("," if index else "") + "\n" + orjson.dumps(result.as_dict()).decode())
        else:
            lines = list(result.lines())
            if lines:
                if shared_screen:
                    progress.clear()
                out.write("\n".join(lines) + "\n")
    progress.clear()
    status = EXIT_UNUSABLE if counts["unusable"] else EXIT_REFUSED if counts["refused"] else EXIT_OK
    if as_json:
        summary = orjson.dumps({**counts, "files": len(files), "exit_status": status}).decode()
        out.write(f'\n], "summary": {summary}}}\n')
    else:
        out.write(
            f"{plural(len(files), 'file')}: {counts['passed']} passed, "
            f"{counts['refused']} refused by the share gate, {counts['unusable']} unusable\n"
        )
    return status
