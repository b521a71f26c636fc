"""Read an exported file (FHIR JSON, FHIR XML or HL7 v2) back into a record, printed as JSON.

The format is detected from the content. The record is printed in the same canonical JSON that record
files use, so a receiver gets the structured record, and `medassess validate` or `medassess export` can take
it straight back. --out FILE writes it to a file instead (whole or not at all).

Exit status: 0 read, 2 the file cannot be read as a medassess export.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._exceptions import ReadError
from .._formats import detect_format
from .._io import record_to_json, write_atomic
from . import EXIT_OK

MAX_PAYLOAD_BYTES = 64 * 1024 * 1024
"""An export is tens of kilobytes; anything this large is refused before it is parsed."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("file", metavar="FILE", help="an exported FHIR JSON, FHIR XML or HL7 v2 file")
    parser.add_argument("--out", metavar="FILE", help="write the record here instead of stdout")


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_PAYLOAD_BYTES:
            raise ReadError(f"is larger than {MAX_PAYLOAD_BYTES // (1024 * 1024)} MiB", source=str(path))
        content = path.read_bytes()
    except IsADirectoryError:
        raise ReadError("is a folder, not an exported file", source=str(path)) from None
    except OSError as exc:
        raise ReadError(f"cannot be read ({exc.strerror or exc.__class__.__name__})", source=str(path)) from None
    record = detect_format(content, source=str(path)).read(content, source=str(path))
    output = record_to_json(record)
    if args.out:
        write_atomic(args.out, output)
    else:
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    return EXIT_OK
