"""Export records as FHIR R4 documents (JSON or XML), HL7 v2 messages or BadgerNet-style payloads, one file
per record.

Give files and folders (folders are searched for *.json) and a folder to write to:
  medassess export PATH... --to fhir-json|fhir-xml|hl7v2|badgernet-find|badgernet-write --out DIR
Each record is written to DIR/<record id>-v<version><suffix> (.json, .xml, .hl7, .find-pregnancy.json,
.pregnancy-write.json). The same record always gives the same bytes, so exporting again is harmless and a
re-sent file is a duplicate the receiver can recognise.

BadgerNet Spine style (docs/badgernet.md): badgernet-find is the $find-pregnancy Parameters (its
break-glass reason is --break-glass-reason, else medassess's standing one); badgernet-write is the
transaction Bundle writing the assessment against the pregnancy's Patient, whose logical id comes from the
maternity system's answer to the find: --pregnancy-found FILE (that answer, saved; checked to be about the
record's mother) or --pregnancy-patient-id ID. Either names one pregnancy, so it goes with one record.

The share gate runs first, once per record, with the site's settings (--config, else $MEDASSESS_CONFIG) as
of --today; HL7 v2 is written with the site's [formats.hl7v2] profile. A refused record is reported as located
lines on stderr (FILE: $.path: CODE message) and nothing is written for it; the other records are still
exported. A missing path or a broken link is reported the same way. Every file is written whole or not at
all; stdout lists the files written, and stderr ends with a count of written, refused and unusable.

Files are written as records are judged, under a temporary name, and put on disk a batch at a time; a file is
listed once its batch is. After a crash every file present is complete, and the same export again completes
the rest. --jobs N (default: the number of cores) judges records on N processes; the files, and what is
printed, are the same as with --jobs 1.

--preliminary exports a record the gate would refuse, for a clinician to review: the FHIR Composition is
then "preliminary" (never "final") and marked as a draft not for sharing in every section, and the file is
named <record id>-v<version>-preliminary<suffix>. FHIR only.

Exit status: 2 if any input was unusable, otherwise 1 if the share gate refused any record, otherwise 0.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from ..core.atomic import BatchWriter, remove_stale
from ..core.exceptions import ConfigurationError, InputError, MedassessError, ShareGateRefused
from ..core.limits import Limits, read_file
from ..core.parallel import ordered_map, worker_state
from ..formats.badgernet.payloads import found_pregnancy_id
from ..formats.badgernet.pregnancy import is_logical_id
from ..formats.registry import EXCHANGES, FORMATS, Format, export_format
from ..gate.engine import require_shareable
from ..record.io import RecordFiles, load_record
from ..record.model import Record
from ._output import add_jobs_argument, plural
from ._site import Site, add_site_arguments, site_of
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE
from .validate import NO_RECORDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records")
    parser.add_argument("--to", required=True, choices=sorted([*FORMATS, *EXCHANGES]), help="payload format")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the files to (created if missing)")
    parser.add_argument(
        "--preliminary",
        action="store_true",
        help="export without the share gate, marked as a draft for review (FHIR only)",
    )
    pregnancy = parser.add_mutually_exclusive_group()
    pregnancy.add_argument(
        "--pregnancy-found",
        metavar="FILE",
        help="badgernet-write only: the maternity system's answer to $find-pregnancy, naming the pregnancy Patient",
    )
    pregnancy.add_argument(
        "--pregnancy-patient-id",
        metavar="ID",
        help="badgernet-write only: the pregnancy Patient's logical id, when the answer is not kept as a file",
    )
    parser.add_argument(
        "--break-glass-reason",
        metavar="TEXT",
        help="badgernet-find only: why the practice looks the pregnancy up (stored by the maternity system)",
    )
    add_site_arguments(parser, what="the share gate's [gate] settings and the [formats.hl7v2] profile")
    add_jobs_argument(parser)


_PER_RECORD = {
    "--pregnancy-found": "pregnancy_patient_id",
    "--pregnancy-patient-id": "pregnancy_patient_id",
    "--break-glass-reason": "break_glass_reason",
}
"""Each per-export option and the writer argument it gives (see ``Format.per_record``)."""


def _per_record(args: argparse.Namespace, fmt: Format) -> tuple[dict[str, Any], bytes | None]:
    """The writer arguments the per-export options give, checked against the format before any record is read,
    and the saved answer to the find when one is named. Nothing given on the command line is echoed."""
    given = {flag: getattr(args, flag[2:].replace("-", "_")) for flag in _PER_RECORD}
    given = {flag: value for flag, value in given.items() if value is not None}
    for flag in given:
        if _PER_RECORD[flag] not in fmt.per_record:
            owners = [f.name for f in EXCHANGES.values() if _PER_RECORD[flag] in f.per_record]
            raise ConfigurationError(f"is for --to {' or '.join(owners)} only, not {fmt.name}", source=flag)
    extra: dict[str, Any] = {}
    if "pregnancy_patient_id" in fmt.per_record and not given.keys() & {"--pregnancy-found", "--pregnancy-patient-id"}:
        raise ConfigurationError(
            "needs the pregnancy's Patient from the maternity system's answer to the find: "
            "--pregnancy-found FILE or --pregnancy-patient-id ID",
            source=f"--to {fmt.name}",
        )
    pid = given.get("--pregnancy-patient-id")
    if pid is not None:
        if not is_logical_id(pid):
            raise ConfigurationError(
                "should be a FHIR logical id: 1 to 64 letters, digits, '-' or '.'", source="--pregnancy-patient-id"
            )
        extra["pregnancy_patient_id"] = pid
    reason = given.get("--break-glass-reason")
    if reason is not None:
        if not reason.strip():
            raise ConfigurationError("should say why the pregnancy is looked up", source="--break-glass-reason")
        extra["break_glass_reason"] = reason
    found: bytes | None = None
    path = given.get("--pregnancy-found")
    if path is not None:
        try:
            found = read_file(path, Limits.from_environment().response_bytes, name="response_bytes", error=InputError)
        except OSError as exc:
            raise ConfigurationError(f"cannot be read ({exc.strerror or 'unreadable'})", source=path) from None
    return extra, found


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise ConfigurationError("is a file; --out names a folder", source=str(out))
    fmt = export_format(args.to)
    if args.preliminary and not fmt.drafts:
        raise ConfigurationError("a preliminary (draft) export is made as FHIR only", source="--preliminary")
    extra, found = _per_record(args, fmt)
    site = site_of(args)
    options = {**site.config.format_options(fmt.name), **extra}
    # Counted first and then read again as the work goes, so no list of every file is held.
    total = sum(1 for _ in RecordFiles(args.paths))
    if not total:
        raise InputError(NO_RECORDS, source=" ".join(args.paths))
    if ("pregnancy_patient_id" in extra or found is not None) and total > 1:
        raise ConfigurationError(
            f"names one pregnancy, so it goes with one record; {plural(total, 'record file')} were given",
            source=args.pregnancy_found or "--pregnancy-patient-id",
        )
    job = _Job(fmt, site, options, found, args.preliminary, args.pregnancy_found or "--pregnancy-found")
    counts = {"written": 0, "refused": 0, "unusable": 0}
    if out.is_dir():
        remove_stale(out)
    with BatchWriter(out) as files:
        written = _Written(files, ("-preliminary" if args.preliminary else "") + fmt.suffix, counts)
        for outcome in ordered_map(_judge, RecordFiles(args.paths), jobs=args.jobs, state=job):
            for line in outcome.lines:
                print(line, file=sys.stderr)
            if outcome.content is None:
                counts[outcome.kind] += 1
            else:
                written.add(outcome)
            written.list_committed()
    written.list_committed()
    # On stderr: stdout lists the files written, one per line, for a script to read.
    print(
        f"medassess: {plural(total, 'file')}: {counts['written']} written, {counts['refused']} refused by the "
        f"share gate, {counts['unusable']} unusable",
        file=sys.stderr,
    )
    return EXIT_UNUSABLE if counts["unusable"] else EXIT_REFUSED if counts["refused"] else EXIT_OK


@dataclass(frozen=True, slots=True)
class _Job:
    """What judging and writing one record needs, the same for every record of the run (and every worker)."""

    fmt: Format
    site: Site
    options: dict[str, Any]
    found: bytes | None
    preliminary: bool
    found_source: str


class _Outcome(NamedTuple):
    """One record file judged: the payload to write (None when refused or unusable), the located lines for
    stderr, and what was kept of the record to name the file."""

    source: str
    kind: Literal["written", "refused", "unusable"]
    lines: tuple[str, ...]
    record_id: str = ""
    version: int = 0
    content: bytes | None = None


def _judge(item: Path | InputError) -> _Outcome:
    """Read, judge and export one record file, printing nothing (this may run in a worker process)."""
    job: _Job = worker_state()
    path = str(item) if isinstance(item, Path) else (item.source or "<path>")
    try:
        if isinstance(item, InputError):
            raise item
        record = load_record(item)
        content = _payload(record, item, job)
    except ShareGateRefused as exc:
        lines = [f"medassess: {path}: refused by the share gate; nothing written"]
        lines += [f"{path}: {i.path}: {i.code} {i.message}" for i in exc.issues if i.severity == "error"]
        return _Outcome(path, "refused", tuple(lines))
    except InputError as exc:
        return _Outcome(path, "unusable", (f"medassess: {exc.located()}",))
    except MedassessError as exc:
        return _Outcome(path, "unusable", (f"medassess: {path}: {exc.located()}",))
    return _Outcome(path, "written", (), record.record_id, record.version, content)


def _payload(record: Record, path: Path, job: _Job) -> bytes:
    """One record's payload: a draft unjudged, else judged once and written from the gate's verdict (with the
    pregnancy the maternity system's saved answer names, for a BadgerNet write)."""
    if job.preliminary:
        return job.fmt.export(record, preliminary=True, options=job.options)
    shareable = require_shareable(record, today=job.site.today, settings=job.site.gate, source=str(path))
    options = job.options
    if job.found is not None:
        options = {**options, "pregnancy_patient_id": found_pregnancy_id(job.found, record, source=job.found_source)}
    return job.fmt.export(shareable, options=options)


class _Written:
    """The files an export writes, named by record id and version: the same record twice is written once; two
    different contents under one name are refused, never one over the other. Only each name's content hash is
    kept, never the content, so memory does not grow with the payloads."""

    def __init__(self, files: BatchWriter, suffix: str, counts: dict[str, int]) -> None:
        self.files = files
        self.suffix = suffix
        self.counts = counts
        self.hashes: dict[str, tuple[str, bytes]] = {}

    def add(self, outcome: _Outcome) -> None:
        assert outcome.content is not None
        name = f"{outcome.record_id}-v{outcome.version}{self.suffix}"
        digest = hashlib.blake2b(outcome.content, digest_size=16).digest()
        earlier = self.hashes.get(name)
        if earlier is not None and earlier[1] != digest:
            print(
                f"medassess: {outcome.source}: has the record id and version of {earlier[0]} but different content;"
                " not written",
                file=sys.stderr,
            )
            self.counts["unusable"] += 1
            return
        self.counts["written"] += 1
        if earlier is None:
            self.hashes[name] = (outcome.source, digest)
            self.files.write(name, outcome.content)
        else:  # the same bytes again: listed, as before, with nothing more to write
            self.files.again(name)

    def list_committed(self) -> None:
        """Print the names of the files on disk so far, one per line on stdout, and forget them."""
        if self.files.committed:
            print("\n".join(str(target) for target in self.files.committed))
            self.files.committed.clear()
