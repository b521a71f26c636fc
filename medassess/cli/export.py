"""Export records as FHIR R4 documents (JSON or XML) or HL7 v2 messages, one file per record.

Give files and folders (folders are searched for *.json) and a folder to write to:
  medassess export PATH... --to fhir-json|fhir-xml|hl7v2 --out DIR
Each record is written to DIR/<record id>-v<version><suffix> (.json, .xml, .hl7). The same record always
gives the same bytes, so exporting again is harmless and a re-sent file is a duplicate the receiver can
recognise.

The share gate runs first: a refused record is reported as located lines on stderr
(FILE: $.path: CODE message) and nothing is written for it; the other records are still exported. Every
file is written whole or not at all.

--preliminary exports a record the gate would refuse, for a clinician to review: the FHIR Composition is
then "preliminary" (never "final") and marked as a draft not for sharing in every section, and the file is
named <record id>-v<version>-preliminary<suffix>. FHIR only.

Exit status: 2 if any input was unusable, otherwise 1 if the share gate refused any record, otherwise 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.exceptions import ConfigurationError, InputError, MedassessError, ShareGateRefused
from ..formats.registry import FORMATS, get_format
from ..record.io import iter_record_files, load_record, write_atomic
from ..record.model import Record
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records")
    parser.add_argument("--to", required=True, choices=sorted(FORMATS), help="payload format")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the files to (created if missing)")
    parser.add_argument(
        "--preliminary",
        action="store_true",
        help="export without the share gate, marked as a draft for review (FHIR only)",
    )


def _exporter(name: str, preliminary: bool) -> Callable[[Record], bytes]:
    if not preliminary:
        return get_format(name).export
    if name == "fhir-json":
        from ..formats.fhir.writer import to_fhir_json

        return lambda record: to_fhir_json(record, preliminary=True)
    if name == "fhir-xml":
        from ..formats.fhir.xml import to_fhir_xml

        return lambda record: to_fhir_xml(record, preliminary=True)
    raise ConfigurationError("a preliminary (draft) export is made as FHIR only", source="--preliminary")


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise ConfigurationError("is a file; --out names a folder", source=str(out))
    fmt = get_format(args.to)
    export = _exporter(fmt.name, args.preliminary)
    suffix = ("-preliminary" if args.preliminary else "") + fmt.suffix
    status = EXIT_OK
    written: dict[Path, tuple[str, bytes]] = {}
    for path in iter_record_files(args.paths):
        try:
            record = load_record(path)
            content = export(record)
        except ShareGateRefused as exc:
            print(f"medassess: {path}: refused by the share gate; nothing written", file=sys.stderr)
            for issue in exc.issues:
                if issue.severity == "error":
                    print(f"{path}: {issue.path}: {issue.code} {issue.message}", file=sys.stderr)
            status = max(status, EXIT_REFUSED)
            continue
        except InputError as exc:
            print(f"medassess: {exc.located()}", file=sys.stderr)
            status = EXIT_UNUSABLE
            continue
        except MedassessError as exc:
            print(f"medassess: {path}: {exc.located()}", file=sys.stderr)
            status = EXIT_UNUSABLE
            continue
        target = out / f"{record.record_id}-v{record.version}{suffix}"
        earlier = written.get(target)
        if earlier is not None and earlier[1] != content:
            print(
                f"medassess: {path}: has the record id and version of {earlier[0]} but different content; not written",
                file=sys.stderr,
            )
            status = EXIT_UNUSABLE
            continue
        write_atomic(target, content)
        written[target] = (str(path), content)
        print(target)
    return status
