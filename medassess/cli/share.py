"""Share records with every recipient they name, and record each delivery in the sharing ledger.

Each record must pass the share gate first (a refused record sends nothing). Each recipient then gets its
payload over its route: MESH (FHIR document by default; the recipient's own format, or the site's format
for its role, when set), MLLP (HL7 v2), FHIR REST (the FHIR document Bundle POSTed to the route's
[base_url]/Bundle, with the OAuth 2.0 client credentials of its [[fhir]] entry in --config), or a manual
hand-over, which is recorded as done only with --record-manual. One line per recipient:

  RECORD vVERSION RECIPIENT (ROLE) via TRANSPORT: STATUS [message MESSAGE-ID] [- detail]

Running it again is safe and settles what is open: whoever already has this record version (acknowledged,
or sent: MESH holds it for them) is not sent it again unless --force, and a forced resend is recorded beside
the acknowledgement, never over it. A delivery whose answer was lost shows as "unknown - the next share
settles it": the next share sends it again under the same message identities (MSH-10, MESH local id, FHIR
Bundle.identifier), so a FHIR server never stores a second copy (conditional create) and an MLLP or MESH
receiver can drop one. The receiver's error text is shown here, never kept in the ledger.

MLLP timeouts, resends and back-off come from the config's [mllp] table and [[mllp.route]] entries.

MESH settings come from --config FILE ([mesh] table) and MEDASSESS_MESH_* environment variables; FHIR
servers from its [[fhir]] tables (see docs/sharing.md); the ledger is --ledger FILE, else
$MEDASSESS_LEDGER, else the site configuration's [ledger] path, else ledger.sqlite3 in the per-user data
folder (~/.local/share/medassess on Linux): the same ledger for every command, wherever it runs.

Exit status: 0 when every recipient of every record has it; 1 when the gate refused a record or any
recipient is not delivered (unknown, failed, rejected, pending, no usable route); 2 when a record or the
configuration is unusable.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.exceptions import InputError, MedassessError, ShareGateRefused
from ..record.io import RecordFiles, load_record
from ..record.model import FhirRoute, Record
from ..sharing.share import ShareOutcome, mesh_needed, share_record
from ..transports.mesh import MeshTransport
from ._output import JsonStream, add_format_argument, plural
from ._site import add_site_arguments, ledger_of, site_of
from ._status import EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE
from .ledger import line
from .validate import NO_RECORDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records")
    add_site_arguments(parser, what="[mesh], [share], [[fhir]], [mllp], [gate], [formats]")
    parser.add_argument("--ledger", type=Path, metavar="FILE", help="sharing ledger (SQLite) to record deliveries in")
    parser.add_argument(
        "--record-manual",
        action="store_true",
        help="confirm that the manual hand-overs the records describe have been made, and record them",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="send again to recipients who already have this record version (their acknowledgement stays)",
    )
    add_format_argument(parser)


def describe(outcome: ShareOutcome) -> str:
    notes = [f"message {outcome.message_id}"] if outcome.message_id else []
    via = outcome.transport or "no route"
    return line(outcome.record_id, outcome.record_version, outcome.recipient_id, outcome.recipient_role, via,
                outcome.status, *notes, detail=outcome.detail)  # fmt: skip


def fhir_servers_needed(records: Iterable[Record]) -> set[str]:
    """The base URLs of the FHIR servers these records' recipients are reached at."""
    return {
        r.route.base_url.rstrip("/") for record in records for r in record.recipients if isinstance(r.route, FhirRoute)
    }


def run(args: argparse.Namespace) -> int:
    status = EXIT_OK
    site = site_of(args)
    config = site.config
    as_json = args.format == "json"
    scan = RecordFiles(args.paths)
    records: list[tuple[str, Record]] = []
    unusable = 0
    for item in scan:
        try:
            if isinstance(item, InputError):
                raise item
            records.append((str(item), load_record(item)))
        except InputError as exc:
            print(f"medassess: {exc.located()}", file=sys.stderr)
            unusable += 1
            status = EXIT_UNUSABLE
    if not records and not unusable:
        raise InputError(NO_RECORDS, source=" ".join(args.paths))
    stream = JsonStream(sys.stdout, "share") if as_json else None
    tally = _ShareTally(unusable=unusable)

    with contextlib.ExitStack() as stack:
        mesh = stack.enter_context(MeshTransport(config.mesh())) if mesh_needed(r for _, r in records) else None
        fhir = {}
        for base_url in sorted(fhir_servers_needed(r for _, r in records)):
            server = config.fhir_server(base_url)
            if server is not None:  # an unconfigured server is reported per recipient as failed
                fhir[server.base_url] = stack.enter_context(server.client())
        ledger = stack.enter_context(ledger_of(args.ledger, config))
        for source, record in records:

            def report(outcome: ShareOutcome, source: str = source) -> None:
                tally.deliveries[outcome.status] = tally.deliveries.get(outcome.status, 0) + 1
                if stream is not None:
                    stream.item({"file": source, **dataclasses.asdict(outcome)})
                else:
                    print(f"{source}: {describe(outcome)}", flush=True)

            try:
                outcomes = share_record(
                    record,
                    ledger=ledger,
                    mesh=mesh,
                    fhir=fhir,
                    settings=config.share,
                    mllp=config.mllp,
                    gate_settings=site.gate,
                    today=site.today,
                    format_options=config.format_options,
                    record_manual=args.record_manual,
                    force=args.force,
                    source=source,
                    on_outcome=report,
                )
            except ShareGateRefused as exc:
                print(f"medassess: {exc.located()}; nothing was sent (see `medassess validate`)", file=sys.stderr)
                tally.refused += 1
                status = max(status, EXIT_REFUSED)
                continue
            except MedassessError as exc:
                print(f"medassess: {exc.located()}; nothing was sent", file=sys.stderr)
                tally.unusable += 1
                status = max(status, exc.exit_status)
                continue
            if all(o.delivered for o in outcomes):
                tally.complete += 1
            else:
                tally.incomplete += 1
                status = max(status, EXIT_REFUSED)
    if stream is not None:
        stream.close(tally.as_dict(len(records) + unusable, status))
    else:
        print(tally.summary(len(records) + unusable))
    return status


@dataclasses.dataclass(slots=True)
class _ShareTally:
    complete: int = 0
    incomplete: int = 0
    refused: int = 0
    unusable: int = 0
    deliveries: dict[str, int] = dataclasses.field(default_factory=dict)

    def as_dict(self, files: int, status: int) -> dict[str, Any]:
        return {
            "files": files,
            "shared_with_everyone": self.complete,
            "not_yet_with_everyone": self.incomplete,
            "refused": self.refused,
            "unusable": self.unusable,
            "deliveries": dict(sorted(self.deliveries.items())),
            "exit_status": status,
        }

    def summary(self, files: int) -> str:
        delivered = ", ".join(f"{n} {state}" for state, n in sorted(self.deliveries.items())) or "none"
        return (
            f"{plural(files, 'file')}: {self.complete} shared with every recipient, {self.incomplete} not yet, "
            f"{self.refused} refused by the share gate, {self.unusable} unusable; deliveries: {delivered}"
        )
