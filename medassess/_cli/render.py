"""Render records as printable letters: self-contained HTML pages with the same words as the FHIR narrative.

Give files and folders (folders are searched for *.json). With one record and no --out the page goes to
stdout; --out FILE names the page; --out DIR (an existing folder, or a path ending in /) writes
DIR/<record file name>.html for each record. Every record is read and checked by the share gate before
anything is written: a refused or unusable record stops the run with nothing written.

--preliminary (or --draft) renders without the share gate, for reviewing an unfinished record: every page
then says "DRAFT — NOT FOR SHARING". Exit status: 0 written, 1 refused by the share gate, 2 unusable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .._exceptions import ConfigurationError, InputError
from .._io import iter_record_files, load_record, write_atomic
from .._letter import render_letter
from ..gate.engine import require_shareable
from . import EXIT_OK
from ._output import add_today_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records")
    parser.add_argument("--to", choices=("html",), default="html", help="what to render (default: html)")
    parser.add_argument("--out", metavar="FILE|DIR", help="where to write (default: stdout, for one record)")
    parser.add_argument(
        "--preliminary",
        "--draft",
        dest="preliminary",
        action="store_true",
        help="render without the share gate, marked as a draft on every page",
    )
    add_today_argument(parser)


def _targets(paths: list[Path], out: str | None) -> list[Path | None]:
    if out is None:
        if len(paths) != 1:
            raise ConfigurationError("several records need --out DIR (stdout takes one letter)", source="--out")
        return [None]
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        targets = [Path(out) / f"{p.stem}.html" for p in paths]
        if len(set(targets)) != len(targets):
            raise ConfigurationError("two records have the same file name, so their letters would collide")
        return list(targets)
    if len(paths) != 1:
        raise ConfigurationError("several records need --out to be a folder", source="--out")
    return [Path(out)]


def run(args: argparse.Namespace) -> int:
    paths = list(iter_record_files(args.paths))
    if not paths:
        raise InputError("no record files found", source=" ".join(args.paths))
    targets = _targets(paths, args.out)
    letters = []
    for path in paths:
        record = load_record(path)
        if not args.preliminary:
            # First with the file named, so a refusal is reported against it; the letter checks again, alike.
            require_shareable(record, today=args.today, source=str(path))
        letters.append(render_letter(record, preliminary=args.preliminary, today=args.today))
    for target, letter in zip(targets, letters, strict=True):
        if target is None:
            sys.stdout.buffer.write(letter)
        else:
            write_atomic(target, letter)
    return EXIT_OK
