"""Send records as HL7 v2 messages to an MLLP receiver, and insist on an AA for each.

Give files and folders (folders are searched for *.json) and the receiver as --mllp HOST:PORT. Every
record is read, checked by the share gate and built into its message before anything is sent: an
unusable file stops the run with nothing sent. A record the share gate refuses is not sent (see
`medassess validate FILE` for why). One line per record:
  FILE: RECORD-ID vN: control id CONTROL-ID: AA
or the receiver's AE/AR with its error text, or why no acknowledgement came. A message is resent, with
the same control id, only when no usable acknowledgement came back (up to --retries more times, waiting
--backoff seconds before the first resend and twice as long before each next); a rejection is never
resent. --timeout, --retries and --backoff default to the [mllp] settings for this HOST:PORT in --config,
else 30 s, 2 and 1 s, and are bounded (timeout 0.05-600 s, retries 0-10, backoff 0-300 s).

Every message is recorded in the sharing ledger (--ledger FILE, else $MEDASSESS_LEDGER, else the site
configuration's [ledger] path, else the per-user one), since a message sent without a record is a share nobody
can prove: pending before it leaves, then acknowledged (AA), rejected (AE/AR), unknown (the message left but
no usable acknowledgement came back: the receiver may have it, and the next send settles it) or failed
(nothing left), with its control id and the acknowledgement code (never the receiver's error text, which is
shown here only). It is recorded against the record's recipient whose MLLP route is this HOST:PORT, and the
message is addressed to that recipient (its MSH-10 is that delivery's identity); when no recipient of the
record has that route, against the receiver itself, as recipient "mllp:HOST:PORT" with the role given by
--role (default maternity-unit), with the record version's unaddressed control id, so an audit shows it as a
delivery to someone the record does not name.

A record version the ledger shows this receiver has acknowledged is not sent again: sending again is
safe and sends only what is still open. --force sends it anyway (the acknowledgement stays on record
beside whatever the resend meets). --no-ledger records nothing, and so cannot skip anything either.

Exit status: 0 when every message got an AA (now or before); 1 when the share gate refused a record or
any delivery was unknown, failed or was rejected; 2 when an input, the --mllp address or a setting is
unusable (nothing is sent).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from ..core.exceptions import ConfigurationError, InputError, OutcomeUnknown, ShareGateRefused, TransportError
from ..core.killpoints import kill_point
from ..formats.registry import get_format
from ..gate.engine import require_shareable
from ..record.io import iter_record_files, load_record
from ..record.model import MllpRoute, RecipientRole, Record
from ..sharing.config import MllpRouteSettings
from ..sharing.ledger import Delivery, Ledger
from ..sharing.share import local_id, record_mllp_result
from ..transports.bounds import check_limits
from ..transports.mllp import DeliveryResult, MllpClient, frame, message_control_id
from ._site import Site, add_site_arguments, ledger_of, site_of
from ._status import EXIT_OK, EXIT_REFUSED


def parse_address(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (an IPv6 host in brackets: ``[::1]:2575``) as a host and a port number."""
    host, sep, port_text = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not sep or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ConfigurationError("expected HOST:PORT with a port from 1 to 65535, e.g. 10.1.2.3:2575", source="--mllp")
    return host, int(port_text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("paths", nargs="+", metavar="PATH", help="record files or folders of records")
    parser.add_argument("--mllp", required=True, metavar="HOST:PORT", help="the MLLP receiver")
    parser.add_argument(
        "--retries", type=int, metavar="N", help="resends after an attempt with no usable ACK (default: 2; 0-10)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="S",
        help="seconds to wait for the connection and for each acknowledgement (default: 30; 0.05-600)",
    )
    parser.add_argument(
        "--backoff",
        type=float,
        metavar="S",
        help="seconds before the first resend, doubling for each next (default: 1; 0-300)",
    )
    parser.add_argument(
        "--force", action="store_true", help="send even what the ledger shows this receiver acknowledged"
    )
    ledger = parser.add_mutually_exclusive_group()
    ledger.add_argument(
        "--ledger",
        type=Path,
        metavar="FILE",
        help="sharing ledger (SQLite) to record each message in (default: $MEDASSESS_LEDGER, "
        "else the site's [ledger] path, else ledger.sqlite3 in the per-user data folder)",
    )
    ledger.add_argument(
        "--no-ledger", action="store_true", help="record nothing: the send leaves no proof that it happened"
    )
    parser.add_argument(
        "--role",
        choices=get_args(RecipientRole),
        default="maternity-unit",
        metavar="ROLE",
        help="role recorded for the receiver when no recipient of the record has this MLLP route: "
        f"{', '.join(get_args(RecipientRole))} (default: maternity-unit)",
    )
    add_site_arguments(
        parser, what="the share gate's [gate] settings, the [formats.hl7v2] profile, [mllp] for this receiver"
    )


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One record ready to send: its HL7 v2 message (addressed to ``recipient_id`` when the record names this
    receiver), or the share gate's refusal."""

    file: str
    record: Record
    payload: bytes | ShareGateRefused
    recipient_id: str
    recipient_role: str

    def prefix(self) -> str:
        return f"{self.file}: {self.record.masked_id}"


def recipient_at(record: Record, host: str, port: int, role: str) -> tuple[str, str, bool]:
    """The record's recipient whose MLLP route is ``host:port`` (id, role, True), else the address as a
    recipient of its own (``mllp:HOST:PORT``, ``role``, False)."""
    for recipient in record.recipients:
        route = recipient.route
        if isinstance(route, MllpRoute) and route.port == port and route.host.lower() == host.lower():
            return recipient.id, recipient.role, True
    return f"mllp:{host}:{port}", role, False


def _prepare(paths: list[Path], args: argparse.Namespace, site: Site, host: str, port: int) -> list[Outgoing]:
    """Read, gate and build every message; raises on the first unusable input, before anything is sent."""
    hl7v2 = get_format("hl7v2")
    outgoing: list[Outgoing] = []
    for path in paths:
        record = load_record(path)
        recipient_id, role, named = recipient_at(record, host, port, args.role)
        try:
            shareable = require_shareable(record, today=site.today, settings=site.gate, source=str(path))
        except ShareGateRefused as refusal:
            outgoing.append(Outgoing(str(path), record, refusal, recipient_id, role))
            continue
        # Made from the gate's one verdict; addressed to the recipient this receiver is, when it is one.
        message = hl7v2.export(
            shareable,
            recipient=recipient_id if named else None,
            options=site.config.format_options(hl7v2.name, role),
        )
        frame(message)  # a message that cannot be framed or acknowledged stops the run here, before any send
        message_control_id(message)
        outgoing.append(Outgoing(str(path), record, message, recipient_id, role))
    return outgoing


def route_settings(args: argparse.Namespace, site: Site, host: str, port: int) -> MllpRouteSettings:
    """--timeout, --retries and --backoff, each defaulting to the config's settings for this receiver."""
    base = site.config.mllp.for_route(host, port)
    chosen = MllpRouteSettings(
        timeout=base.timeout if args.timeout is None else args.timeout,
        retries=base.retries if args.retries is None else args.retries,
        backoff=base.backoff if args.backoff is None else args.backoff,
    )
    check_limits("MLLP", "--timeout/--retries/--backoff", **dataclasses.asdict(chosen))
    return chosen


def run(args: argparse.Namespace) -> int:
    host, port = parse_address(args.mllp)
    site = site_of(args)
    settings = route_settings(args, site, host, port)
    outgoing = _prepare(list(iter_record_files(args.paths)), args, site, host, port)
    if not outgoing:
        raise InputError("no record files found", source=" ".join(args.paths))
    with contextlib.ExitStack() as stack:
        ledger = None if args.no_ledger else stack.enter_context(ledger_of(args.ledger, site.config))
        recorder = _Recorder(ledger) if ledger is not None else None
        client = MllpClient(
            host,
            port,
            connect_timeout=settings.timeout,
            read_timeout=settings.timeout,
            retries=settings.retries,
            backoff=settings.backoff,
            on_result=recorder.on_result if recorder is not None else None,
        )
        return send_all(outgoing, client, recorder, force=args.force)


class _Recorder:
    """Records each message in the ledger: ``pending`` before it leaves, then how it ended."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._attempt: Delivery | None = None

    def acknowledged(self, item: Outgoing) -> Delivery | None:
        """The ledger's delivery of this record version to this receiver, when the receiver acknowledged it."""
        record = item.record
        current = self.ledger.current(record.record_id, record.version, item.recipient_id, "mllp")
        return current if current is not None and current.status == "acknowledged" else None

    def before(self, item: Outgoing, message: bytes) -> None:
        record = item.record
        self._attempt = self.ledger.record_attempt(
            record_id=record.record_id,
            record_version=record.version,
            recipient_id=item.recipient_id,
            recipient_role=item.recipient_role,
            transport="mllp",
            format="hl7v2",
            practice_ods=record.mother.registered_practice.ods_code,
            local_id=local_id(record, item.recipient_id),
            payload_sha256=hashlib.sha256(message).hexdigest(),
        )
        kill_point("before-send")

    def on_result(self, result: DeliveryResult) -> None:
        assert self._attempt is not None  # before() runs ahead of every send
        record_mllp_result(self.ledger, self._attempt, result)
        self._attempt = None


def send_all(
    outgoing: list[Outgoing], client: MllpClient, recorder: _Recorder | None = None, *, force: bool = False
) -> int:
    """Send each prepared message in turn, one result line each; the exit status for the whole run."""
    status = EXIT_OK
    for item in outgoing:
        if isinstance(item.payload, ShareGateRefused):
            line = f"not sent: {item.payload.message}"
            status = EXIT_REFUSED
        elif recorder is not None and not force and (done := recorder.acknowledged(item)) is not None:
            line = f"control id {done.message_id}: already acknowledged; not sent again (--force sends it again)"
        else:
            if recorder is not None:
                recorder.before(item, item.payload)
            try:
                line = f"control id {client.send(item.payload).control_id}: AA"
            except OutcomeUnknown as exc:
                # With a ledger the next send knows what is still open; without one it would send everything.
                line = f"{exc.message}: the next send settles it" if recorder is not None else exc.message
                status = EXIT_REFUSED
            except TransportError as exc:  # rejections included: the message says which
                line = exc.message
                status = EXIT_REFUSED
            kill_point("after-outcome")
        sys.stdout.write(f"{item.prefix()}: {line}\n")
        sys.stdout.flush()
    return status
