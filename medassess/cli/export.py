"""Export records as FHIR R4 documents (JSON or XML) or HL7 v2 messages, one file per record.

Give files and folders (folders are searched for *.json) and a folder to write to:
  medassess export PATH... --to fhir-json|fhir-xml|hl7v2 --out DIR
Each record is written to DIR/<record id>-v<version><suffix> (.json, .xml, .hl7). The same record always
gives the same bytes, so exporting again is harmless and a re-sent file is a duplicate the receiver can
recognise.

The share gate runs first, once per record, with the site's settings (--config, else $MEDASSESS_CONFIG) as
of --today; HL7 v2 is written with the site's [formats.hl7v2] profile. A refused record is reported as located
lines on stderr (FILE: $.path: CODE message) and nothing is written for it; the other records are still
exported. A missing path or a broken link is reported the same way. Every file is written whole or not at
all; stdout lists the files written, and stderr ends with a count of written, refused and unusable.

--preliminary exports a record the gate would refuse, for a clinician to review: the FHIR Composition is
then "preliminary" (never "final") and marked as a draft not for sharing in every section, and the file is
named <record id>-v<version>-preliminary<suffix>. FHIR only.

Exit status: 2 if any input was unusable, otherwise 1 if the share gate refused any record, otherwise 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.exceptions import ConfigurationError, InputError, MedassessError, ShareGateRefused
from ..formats.registry import FORMATS, get_format
from ..gate.engine import require_shareable
from ..record.io import RecordFiles, load_record, write_atomic
from ._output import plural
from ._site import add_site_arguments, site_of
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE
from .validate import NO_RECORDS


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
    add_site_arguments(parser, what="the share gate's [gate] settings and the [formats.hl7v2] profile")


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise ConfigurationError("is a file; --out names a folder", source=str(out))
    fmt = get_format(args.to)
    if args.preliminary and not fmt.drafts:
        raise ConfigurationError("a preliminary (draft) export is made as FHIR only", source="--preliminary")
    site = site_of(args)
    options = site.config.format_options(fmt.name)
    suffix = ("-preliminary" if args.preliminary else "") + fmt.suffix
    status = EXIT_OK
    written: dict[Path, tuple[str, bytes]] = {}
    counts = {"written": 0, "refused": 0, "unusable": 0}
    items = list(RecordFiles(args.paths))
    if not items:
        raise InputError(NO_RECORDS, source=" ".join(args.paths))
    for path in items:
        try:
            if isinstance(path, InputError):
                raise path
            record = load_record(path)
            if args.preliminary:
                content = fmt.export(record, preliminary=True, options=options)
            else:
                shareable = require_shareable(record, today=site.today, settings=site.gate, source=str(path))
                content = fmt.export(shareable, options=options)
        except ShareGateRefused as exc:
            print(f"medassess: {path}: refused by the share gate; nothing written", file=sys.stderr)
            for issue in exc.issues:
                if issue.severity == "error":
                    print(f"{path}: {issue.path}: {issue.code} {issue.message}", file=sys.stderr)
            status = max(status, EXIT_REFUSED)
            counts["refused"] += 1
            continue
        except InputError as exc:
            print(f"medassess: {exc.located()}", file=sys.stderr)
            status = EXIT_UNUSABLE
            counts["unusable"] += 1
            continue
        except MedassessError as exc:
            print(f"medassess: {path}: {exc.located()}", file=sys.stderr)
            status = EXIT_UNUSABLE
            counts["unusable"] += 1
            continue
        target = out / f"{record.record_id}-v{record.version}{suffix}"
        earlier = written.get(target)
        if earlier is not None and earlier[1] != content:
            print(
                f"medassess: {path}: has the record id and version of {earlier[0]} but different content; not written",
                file=sys.stderr,
            )
            status = EXIT_UNUSABLE
            counts["unusable"] += 1
            continue
        write_atomic(target, content)
        written[target] = (str(path), content)
        counts["written"] += 1
        print(target)
    # On stderr: stdout lists the files written, one per line, for a script to read.
    print(
        f"medassess: {plural(len(items), 'file')}: {counts['written']} written, {counts['refused']} refused by the "
        f"share gate, {counts['unusable']} unusable",
        file=sys.stderr,
    )
    return status
