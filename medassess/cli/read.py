"""Read an exported file (FHIR JSON, FHIR XML or HL7 v2) back into a record, printed as JSON.

The format is detected from the content. The record is printed in the same canonical JSON that record
files use, so a receiver gets the structured record, and `medassess validate` or `medassess export` can take
it straight back. --out FILE writes it to a file instead (whole or not at all). FILE `-` reads standard input.
A file larger than MEDASSESS_MAX_PAYLOAD_BYTES (16 MiB unless set) is refused before it is read.

Exit status: 0 read, 2 the file cannot be read as a medassess export.
"""

from __future__ import annotations

import argparse
import sys

from ..core.exceptions import ReadError
from ..core.limits import Limits, read_bounded, read_file
from ..formats.registry import detect_format
from ..record.io import record_to_json, write_atomic
from ._status import EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("file", metavar="FILE", help="an exported FHIR JSON, FHIR XML or HL7 v2 file (- for stdin)")
    parser.add_argument("--out", metavar="FILE", help="write the record here instead of stdout")


def run(args: argparse.Namespace) -> int:
    limits = Limits.from_environment()
    source = "<stdin>" if args.file == "-" else args.file
    try:
        if args.file == "-":
            content = read_bounded(
                sys.stdin.buffer, limits.payload_bytes, name="payload_bytes", error=ReadError, source=source
            )
        else:
            content = read_file(args.file, limits.payload_bytes, name="payload_bytes", error=ReadError)
    except IsADirectoryError:
        raise ReadError("is a folder, not an exported file", source=source) from None
    except OSError as exc:
        raise ReadError(f"cannot be read ({exc.strerror or exc.__class__.__name__})", source=source) from None
    record = detect_format(content, source=source).read(content, source=source)
    output = record_to_json(record)
    if args.out:
        write_atomic(args.out, output)
    else:
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    return EXIT_OK
