"""Show the sharing ledger: what went to whom, when, and what is still unacknowledged.

One line per delivery (a record version to one recipient over one transport), in its current state:

  RECORD vVERSION RECIPIENT (ROLE) via TRANSPORT FORMAT: STATUS [message ID] [sent TIME] [acknowledged TIME] [- detail]

STATUS is acknowledged (the receiver confirmed it: final, whatever later resends meet), sent (the transport
holds it for the recipient), unknown (the payload left but the answer was lost: it may have arrived, and
the next share settles it without a second copy where the transport allows), pending (an attempt began and
recorded nothing more: under way, or interrupted, which the next share settles too), failed (no attempt
arrived) or rejected (the receiver refused it). When a later attempt found something else (a resend
refused as a duplicate), the detail says which attempt and what. --unacknowledged shows everything but
acknowledged.

--refresh first asks MESH tracking about every sent, unacknowledged MESH delivery and records those the
recipient has acknowledged (MESH settings from --config and MEDASSESS_MESH_* environment variables).
The ledger is --ledger FILE, else $MEDASSESS_LEDGER, else [ledger] path in --config, else the per-user one
(~/.local/share/medassess/ledger.sqlite3 on Linux). The ledger holds no
patient data: ids, roles, ODS codes, message ids, payload SHA-256 digests and times.

Exit status: 0 when shown; 1 when --refresh could not reach MESH; 2 when the ledger or configuration is
unusable.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ..core.exceptions import ConfigurationError
from ..record.identifiers import is_slug, record_label
from ..sharing.config import site_config
from ..sharing.ledger import Delivery, Ledger, default_ledger_path
from ..sharing.share import refresh_acknowledgements
from ..transports.mesh import MeshTransport
from ._output import add_format_argument, write_envelope
from ._status import EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--ledger", type=Path, metavar="FILE", help="sharing ledger (SQLite) to read")
    parser.add_argument("--record", metavar="ID", help="only this record id")
    parser.add_argument("--unacknowledged", action="store_true", help="only deliveries not yet acknowledged")
    parser.add_argument("--refresh", action="store_true", help="update acknowledgements from MESH tracking first")
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="site settings (TOML): [ledger] path, [mesh] for --refresh (default: the file $MEDASSESS_CONFIG names)",
    )
    add_format_argument(parser)


def line(
    record_id: str, version: int, recipient_id: str, role: str, via: str, status: str, *notes: str, detail: str | None
) -> str:
    """The one line a command prints per delivery: ids, role, transport and status, never patient data (a
    record id that is not a UUID, or a recipient id that is not a slug, is not printed: it could be anything)."""
    recipient = recipient_id if is_slug(recipient_id) else "recipient (its id is not a slug)"
    text = f"{record_label(record_id, version)} {recipient} ({role}) via {via}: {', '.join([status, *notes])}"
    return f"{text} - {detail}" if detail else text


SETTLES = "the next share settles it"


def describe(delivery: Delivery) -> str:
    notes = []
    if delivery.message_id:
        notes.append(f"message {delivery.message_id}")
    if delivery.sent_at:
        notes.append(f"sent {delivery.sent_at.isoformat(timespec='seconds')}")
    if delivery.acknowledged_at:
        notes.append(f"acknowledged {delivery.acknowledged_at.isoformat(timespec='seconds')}")
    via = f"{delivery.transport} {delivery.format}"
    return line(delivery.record_id, delivery.record_version, delivery.recipient_id, delivery.recipient_role, via,
                delivery.status, *notes, detail=explain(delivery))  # fmt: skip


def explain(delivery: Delivery) -> str | None:
    """What a delivery's line says after its status: what the latest attempt found when the state rests on an
    earlier one, and for an outcome nobody knows yet, that the next share settles it."""
    later = None
    if delivery.outcome is not None:
        later = f"attempt {delivery.attempt} {delivery.outcome}" + (f": {delivery.detail}" if delivery.detail else "")
        if delivery.status == "acknowledged" and delivery.outcome == "rejected":
            later += " (a duplicate: the receiver had already acknowledged this version)"
    if delivery.status in ("unknown", "pending") and delivery.transport != "manual":
        why = later or delivery.detail or "an attempt began and recorded no outcome: interrupted, or under way"
        return f"{SETTLES} ({why})"
    if delivery.status == "acknowledged":
        return later
    return later or delivery.detail


def as_dict(delivery: Delivery) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in dataclasses.asdict(delivery).items()}


def run(args: argparse.Namespace) -> int:
    config = site_config(args.config)
    path = args.ledger or default_ledger_path(config.ledger)
    if not Path(path).is_file():
        raise ConfigurationError("no sharing ledger here (share something first, or give --ledger)", source=str(path))
    with Ledger(path) as ledger:
        if args.refresh:
            with MeshTransport(config.mesh()) as mesh:
                refresh_acknowledgements(ledger, mesh, record_id=args.record)
        deliveries = [
            d for d in ledger.deliveries(args.record) if not (args.unacknowledged and d.status == "acknowledged")
        ]
    counts: dict[str, int] = {}
    for delivery in deliveries:
        counts[delivery.status] = counts.get(delivery.status, 0) + 1
    if args.format == "json":
        by_status = dict(sorted(counts.items()))
        summary_data = {"deliveries": len(deliveries), "by_status": by_status, "exit_status": EXIT_OK}
        write_envelope("ledger", [as_dict(d) for d in deliveries], summary_data)
        return EXIT_OK
    print(f"medassess: ledger {path}", file=sys.stderr)
    for delivery in deliveries:
        print(describe(delivery))
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    noun = "delivery" if len(deliveries) == 1 else "deliveries"
    print(f"{len(deliveries)} {noun}" + (f": {summary}" if summary else ""))
    return EXIT_OK
