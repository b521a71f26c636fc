"""Audit written conclusions and sharing across folders of records and the sharing ledger.

For safeguarding leads: per GP practice and month, the records with medicines needing a written
assessment, the share with complete written conclusions, the share delivered to every required recipient,
the median days from the overall conclusion to sharing, and the share-gate rules failed most often.
Records whose latest version is entered in error are withdrawn: they are counted on their own and left
out of every other figure. Output as text, JSON (--format json) or a self-contained HTML page with
charts (--format html --out FILE).

The report holds counts, practice ODS codes, months and rule codes: no patient data and no file names.
Files that cannot be read as records are counted as unusable, each named on stderr with what is wrong,
and the audit carries on. Memory stays flat however many records are audited. --jobs N (default: the number
of cores) reads and checks records on N processes; the report is the same as with --jobs 1.

Exit status: 0 when the report is written (whatever it shows), 2 when a path, the ledger or an option is
unusable.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path

from ..audit.figures import DEFINITIONS
from ..audit.report import audit_records, record_files
from ..core.exceptions import ConfigurationError, InputError
from ..record.io import write_atomic
from ..sharing.ledger import LEDGER_ENV, Ledger, default_ledger_path
from ._output import Progress, add_format_argument, add_jobs_argument, positive_int
from ._site import add_site_arguments, site_of
from ._status import EXIT_OK

MAX_UNUSABLE_LINES = 50
"""Unusable files named on stderr before the rest are only counted (a broken export can be huge)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "definitions:\n" + "\n".join(
        textwrap.fill(text, 100, initial_indent=f"  {key}: ", subsequent_indent="    ") for key, text in DEFINITIONS
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records (*.json)")
    parser.add_argument(
        "--ledger",
        type=Path,
        metavar="FILE",
        help="the sharing ledger (default: $MEDASSESS_LEDGER, else the site's [ledger] path, else the per-user "
        "one; when that "
        "default does not exist, sharing is not audited)",
    )
    add_format_argument(parser, ("text", "json", "html"))
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the report to FILE instead of stdout")
    add_site_arguments(parser)
    parser.add_argument(
        "--top", type=positive_int, default=5, metavar="N", help="rule failures listed per group (default: 5)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress or unusable-file lines on stderr")
    add_jobs_argument(parser)


def _ledger_path(args: argparse.Namespace, configured: Path | None) -> Path | None:
    """The ledger to audit, or None when the unconfigured default ledger does not exist.

    A ledger named by --ledger, $MEDASSESS_LEDGER or the site configuration must exist: opening a missing
    one would create an empty ledger and report nothing as shared.
    """
    path: Path = args.ledger or default_ledger_path(configured)
    if path.is_file():
        return path
    if args.ledger is not None or os.environ.get(LEDGER_ENV) or configured is not None:
        raise ConfigurationError("no such sharing ledger", source=str(path))
    return None


def run(args: argparse.Namespace) -> int:
    site = site_of(args)
    ledger_path = _ledger_path(args, site.config.ledger)
    progress = None if args.quiet else Progress(sum(1 for _ in record_files(args.paths)), label="audited")
    unusable = 0

    def report_unusable(error: InputError) -> None:
        nonlocal unusable
        unusable += 1
        if args.quiet or unusable > MAX_UNUSABLE_LINES:
            return
        if progress is not None:
            progress.clear()
        print(f"medassess: unusable, counted and skipped: {error.located()}", file=sys.stderr)

    ledger = Ledger(ledger_path) if ledger_path is not None else None
    try:
        report = audit_records(
            args.paths,
            ledger=ledger,
            today=site.today,
            settings=site.gate,
            top=args.top,
            progress=progress.advance if progress is not None else None,
            on_unusable=report_unusable,
            jobs=args.jobs,
        )
    finally:
        if ledger is not None:
            ledger.close()
    if progress is not None:
        progress.clear()
    if unusable > MAX_UNUSABLE_LINES and not args.quiet:
        print(f"medassess: {unusable - MAX_UNUSABLE_LINES} more unusable files not named", file=sys.stderr)
    if ledger_path is None and not args.quiet:
        missing = default_ledger_path(site.config.ledger)
        print(f"medassess: no ledger at {missing}: sharing not audited", file=sys.stderr)
    if args.format == "json":
        data = report.to_json()
    else:
        data = (report.to_html() if args.format == "html" else report.to_text()).encode()
    if args.out is not None:
        write_atomic(args.out, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK
