"""Render records as printable letters: self-contained HTML pages with the same words as the FHIR narrative,
or A4 PDF files (--to pdf, printed by WeasyPrint) whose every page names the patient and says "Page x of y".

Give files and folders (folders are searched for *.json). With one record and no --out the letter goes to
stdout; --out FILE names the letter; --out DIR (an existing folder, or a path ending in /) writes
DIR/<record file name>.html (or .pdf) for each record. Every record is read, checked by the share gate and
rendered before anything is written, and each file is written atomically: every refused or unusable record
is reported (each refusal with its located problems), and then nothing is written.

--preliminary (or --draft) renders without the share gate, for reviewing an unfinished record: every page
then says "DRAFT — NOT FOR SHARING". Exit status: 0 written, 1 refused by the share gate, 2 unusable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core.exceptions import ConfigurationError, InputError, ShareGateRefused
from ..formats.letter.letter import letter_pdf, render_letter
from ..gate.engine import require_shareable
from ..record.io import RecordFiles, load_record, write_atomic
from ._output import plural
from ._site import Site, add_site_arguments, site_of
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE
from .validate import NO_RECORDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records")
    parser.add_argument(
        "--to",
        choices=("html", "pdf"),
        default="html",
        help="what to render (default: html; pdf needs the pdf extra, WeasyPrint, and Debian's pango)",
    )
    parser.add_argument("--out", metavar="FILE|DIR", help="where to write (default: stdout, for one record)")
    parser.add_argument(
        "--preliminary",
        "--draft",
        dest="preliminary",
        action="store_true",
        help="render without the share gate, marked as a draft on every page",
    )
    add_site_arguments(parser)


def _targets(paths: list[Path], out: str | None, suffix: str) -> list[Path | None]:
    if out is None:
        if len(paths) != 1:
            raise ConfigurationError("several records need --out DIR (stdout takes one letter)", source="--out")
        return [None]
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        targets = [Path(out) / f"{p.stem}{suffix}" for p in paths]
        if len(set(targets)) != len(targets):
            raise ConfigurationError("two records have the same file name, so their letters would collide")
        return list(targets)
    if len(paths) != 1:
        raise ConfigurationError("several records need --out to be a folder", source="--out")
    return [Path(out)]


def run(args: argparse.Namespace) -> int:
    items = list(RecordFiles(args.paths))
    if not items:
        raise InputError(NO_RECORDS, source=" ".join(args.paths))
    paths = [p for p in items if isinstance(p, Path)]
    site = site_of(args)
    letters = []
    status = EXIT_OK
    for item in items:
        try:
            if isinstance(item, InputError):
                raise item
            letters.append(_letter(item, args, site))
        except ShareGateRefused as exc:
            print(f"medassess: {item}: refused by the share gate; nothing written", file=sys.stderr)
            for issue in exc.issues:
                if issue.severity == "error":
                    print(f"{item}: {issue.path}: {issue.code} {issue.message}", file=sys.stderr)
            status = max(status, EXIT_REFUSED)
        except InputError as exc:
            print(f"medassess: {exc.located()}", file=sys.stderr)
            status = EXIT_UNUSABLE
    if status != EXIT_OK:
        print(f"medassess: {plural(len(items), 'file')} read; no letter written", file=sys.stderr)
        return status
    targets = _targets(paths, args.out, f".{args.to}")
    for target, letter in zip(targets, letters, strict=True):
        if target is None:
            sys.stdout.buffer.write(letter)
        else:
            write_atomic(target, letter)
    if any(t is not None for t in targets):
        print(f"medassess: {plural(len(letters), 'letter')} written", file=sys.stderr)
    return EXIT_OK


def _letter(path: Path, args: argparse.Namespace, site: Site) -> bytes:
    record = load_record(path)
    if args.preliminary:
        letter = render_letter(record, preliminary=True)
    else:  # judged once, with the file named, so a refusal is reported against it
        letter = render_letter(require_shareable(record, today=site.today, settings=site.gate, source=str(path)))
    return letter_pdf(letter, source=str(path)) if args.to == "pdf" else letter
