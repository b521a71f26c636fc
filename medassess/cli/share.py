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

Records are shared one at a time, as they are read, so memory stays flat however many there are: a record
is judged and every payload built before any of its recipients is sent anything, and the MESH mailbox and
FHIR clients are opened when a record that passed first needs them. A record that cannot be used (unreadable,
or needing MESH where the site has no usable MESH settings) is reported and the rest are still shared.

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
import itertools
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.exceptions import InputError, MedassessError, ShareGateRefused
from ..record.io import RecordFiles, load_record
from ..record.model import FhirRoute, Record
from ..sharing.config import SiteConfig
from ..sharing.share import ShareOutcome, deliver_share, mesh_needed, plan_share
from ..transports.base import Links
from ..transports.fhir_rest import FhirClient
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


class _Connections:
    """The MESH mailbox and FHIR clients a run needs, opened when a record first needs them and closed with
    the run, so records are shared as they are read (memory stays flat however many there are). A MESH
    configuration that cannot be used is found once and given to every record that needs MESH."""

    def __init__(self, stack: contextlib.ExitStack, config: SiteConfig) -> None:
        self._stack = stack
        self._config = config
        self.mesh: MeshTransport | None = None
        self._mesh_problem: MedassessError | None = None
        self.fhir: dict[str, FhirClient] = {}
        self._fhir_seen: set[str] = set()

    def links(self, config: SiteConfig, *, record_manual: bool) -> Links:
        """What a delivery reaches receivers with: these connections and the site's MLLP settings."""
        return Links(mesh=self.mesh, fhir=self.fhir, mllp=config.mllp.for_route, record_manual=record_manual)

    def open_for(self, record: Record) -> None:
        """Open what this record's recipients are reached by (raises what makes MESH unusable)."""
        if self.mesh is None and mesh_needed([record]):
            if self._mesh_problem is None:
                try:
                    self.mesh = self._stack.enter_context(MeshTransport(self._config.mesh()))
                except MedassessError as exc:
                    self._mesh_problem = exc
            if self._mesh_problem is not None:
                raise self._mesh_problem
        for base_url in sorted(fhir_servers_needed([record]) - self._fhir_seen):
            self._fhir_seen.add(base_url)
            server = self._config.fhir_server(base_url)
            if server is not None:  # an unconfigured server is reported per recipient as failed
                self.fhir[server.base_url] = self._stack.enter_context(server.client())


def run(args: argparse.Namespace) -> int:
    status = EXIT_OK
    site = site_of(args)
    config = site.config
    as_json = args.format == "json"
    items = iter(RecordFiles(args.paths))
    first = next(items, None)
    if first is None:  # nothing at all was found: not even a path to report
        raise InputError(NO_RECORDS, source=" ".join(args.paths))
    stream = JsonStream(sys.stdout, "share") if as_json else None
    tally = _ShareTally()

    with contextlib.ExitStack() as stack:
        connections = _Connections(stack, config)
        ledger = stack.enter_context(ledger_of(args.ledger, config))
        # One record at a time: read, judged, planned and delivered before the next is read.
        for item in itertools.chain([first], items):
            source = str(item)
            try:
                if isinstance(item, InputError):
                    raise item
                record = load_record(item)
            except InputError as exc:
                print(f"medassess: {exc.located()}", file=sys.stderr)
                tally.unusable += 1
                status = EXIT_UNUSABLE
                continue
            tally.files += 1

            def report(outcome: ShareOutcome, source: str = source) -> None:
                tally.deliveries[outcome.status] = tally.deliveries.get(outcome.status, 0) + 1
                if stream is not None:
                    stream.item({"file": source, **dataclasses.asdict(outcome)})
                else:
                    print(f"{source}: {describe(outcome)}", flush=True)

            try:
                plan = plan_share(
                    record,
                    settings=config.share,
                    gate_settings=site.gate,
                    today=site.today,
                    format_options=config.format_options,
                    source=source,
                )
                connections.open_for(record)  # only for a record the gate passed, with every payload built
                outcomes = deliver_share(
                    plan,
                    ledger=ledger,
                    links=connections.links(config, record_manual=args.record_manual),
                    force=args.force,
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
        stream.close(tally.as_dict(tally.files + tally.unusable, status))
    else:
        print(tally.summary(tally.files + tally.unusable))
    return status


@dataclasses.dataclass(slots=True)
class _ShareTally:
    files: int = 0
    """Record files read (unusable ones are counted apart)."""
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
