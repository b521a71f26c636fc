"""Read an exported file (FHIR JSON, FHIR XML, HL7 v2 or a QuestionnaireResponse) back into a record, printed as JSON.

The format is detected from the content. The record is printed in the same canonical JSON that record
files use, so a receiver gets the structured record, and `medassess validate` or `medassess export` can take
it straight back. --out FILE writes it to a file instead (whole or not at all). FILE `-` reads standard input.
A file larger than MEDASSESS_MAX_PAYLOAD_BYTES (16 MiB unless set) is refused before it is read.

A QuestionnaireResponse filled in by a form filler (LHC-Forms, say) carries the answers but rarely the patient
or the record's id: --context FILE gives them, as JSON with any of mother, author, recipients, record_id,
version and updated, each as a record holds it (docs/questionnaire.md).

Exit status: 0 read, 2 the file cannot be read as a medassess export.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

import orjson

from ..core.exceptions import ReadError
from ..core.limits import Limits, parse_json, read_bounded, read_file
from ..formats.registry import detect_format
from ..record.io import json_problem, record_to_json, write_atomic

if TYPE_CHECKING:
    from ..formats.questionnaire.response import ResponseContext
from ._status import EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("file", metavar="FILE", help="an exported FHIR JSON, FHIR XML or HL7 v2 file (- for stdin)")
    parser.add_argument("--out", metavar="FILE", help="write the record here instead of stdout")
    parser.add_argument(
        "--context",
        metavar="FILE",
        help="for a QuestionnaireResponse: JSON with what it does not carry (mother, author, recipients, record_id,"
        " version, updated)",
    )


def _context(path: str, limits: Limits) -> ResponseContext:
    from ..formats.questionnaire.response import response_context_from_data

    try:
        content = read_file(path, limits.config_bytes, name="config_bytes", error=ReadError)
    except OSError as exc:
        raise ReadError(f"cannot be read ({exc.strerror or exc.__class__.__name__})", source=path) from None
    try:
        data = parse_json(content, limits, source=path, error=ReadError)
    except orjson.JSONDecodeError as exc:
        problem, where = json_problem(exc, content)
        raise ReadError(f"not valid JSON ({problem})", source=path, path=where) from None
    return response_context_from_data(data, source=path)


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
    fmt = detect_format(content, source=source)
    if args.context:
        if fmt.name != "questionnaire-response":
            raise ReadError("--context is for a QuestionnaireResponse, and this is not one", source=source)
        from ..formats.questionnaire.response import record_from_questionnaire_response

        context = _context(args.context, limits)
        record = record_from_questionnaire_response(content, context, source=source, limits=limits)
    else:
        record = fmt.read(content, source=source)
    output = record_to_json(record)
    if args.out:
        write_atomic(args.out, output)
    else:
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    return EXIT_OK
