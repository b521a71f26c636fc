"""Send records as HL7 v2 messages to an MLLP receiver, and insist on an AA for each.

Give files and folders (folders are searched for *.json) and the receiver as --mllp HOST:PORT. Every
record is read, checked by the share gate and built into its message before anything is sent: an
unusable file stops the run with nothing sent. A record the share gate refuses is not sent (see
`medassess validate FILE` for why). One line per record:
  FILE: RECORD-ID vN: control id CONTROL-ID: AA
or the receiver's AE/AR with its error text, or why no acknowledgement came. A message is resent, with
the same control id, only when no usable acknowledgement came back (up to --retries more times); a
rejection is never resent.

Every message is recorded in the sharing ledger (--ledger FILE, else $MEDASSESS_LEDGER, else
./medassess-ledger.sqlite3), since a message sent without a record is a share nobody can prove:
pending before it leaves, then acknowledged (AA), rejected (AE/AR) or failed, with its control id and
the acknowledgement code (never the receiver's error text, which is shown here only). It is recorded
against the record's recipient whose MLLP route is this HOST:PORT; when no recipient of the record has
that route, against the receiver itself, as recipient "mllp:HOST:PORT" with the role given by --role
(default maternity-unit), so an audit shows it as a delivery to someone the record does not name.
--no-ledger records nothing. send always sends: to send only to those who do not have a record version
yet, use `medassess share`.

Exit status: 0 when every message got an AA; 1 when the share gate refused a record or any delivery
failed or was rejected; 2 when an input or the --mllp address is unusable (nothing is sent).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from .._exceptions import ConfigurationError, InputError, ShareGateRefused, TransportError
from .._formats import get_format
from .._io import iter_record_files, load_record
from .._ledger import Delivery, Ledger
from .._mllp import DeliveryResult, MllpClient, frame, message_control_id
from .._record import MllpRoute, RecipientRole, Record
from .._share import local_id, record_mllp_result
from ..gate.engine import require_shareable
from . import EXIT_OK, EXIT_REFUSED
from ._output import add_today_argument


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
        "--retries", type=int, default=2, metavar="N", help="resends after an attempt with no usable ACK (default: 2)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds to wait for the connection and for each acknowledgement (default: 30)",
    )
    ledger = parser.add_mutually_exclusive_group()
    ledger.add_argument(
        "--ledger",
        type=Path,
        metavar="FILE",
        help="sharing ledger (SQLite) to record each message in (default: $MEDASSESS_LEDGER, "
        "else ./medassess-ledger.sqlite3)",
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
    add_today_argument(parser)


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One record ready to send: its HL7 v2 message, or the share gate's refusal."""

    file: str
    record: Record
    payload: bytes | ShareGateRefused

    def prefix(self) -> str:
        return f"{self.file}: {self.record.masked_id}"


def _prepare(paths: list[Path], args: argparse.Namespace) -> list[Outgoing]:
    """Read, gate and build every message; raises on the first unusable input, before anything is sent."""
    hl7v2 = get_format("hl7v2")
    outgoing: list[Outgoing] = []
    for path in paths:
        record = load_record(path)
        try:
            require_shareable(record, today=args.today, source=str(path))
        except ShareGateRefused as refusal:
            outgoing.append(Outgoing(str(path), record, refusal))
            continue
        message = hl7v2.export(record, today=args.today)  # the same gate, as of the same day
        frame(message)  # a message that cannot be framed or acknowledged stops the run here, before any send
        message_control_id(message)
        outgoing.append(Outgoing(str(path), record, message))
    return outgoing


def run(args: argparse.Namespace) -> int:
    host, port = parse_address(args.mllp)
    if args.retries < 0 or args.timeout <= 0:
        raise ConfigurationError("--retries must not be negative and --timeout must be positive")
    outgoing = _prepare(list(iter_record_files(args.paths)), args)
    if not outgoing:
        raise InputError("no record files found", source=" ".join(args.paths))
    with contextlib.ExitStack() as stack:
        ledger = None if args.no_ledger else stack.enter_context(Ledger(args.ledger))
        recorder = _Recorder(ledger, host, port, args.role) if ledger is not None else None
        client = MllpClient(
            host,
            port,
            connect_timeout=args.timeout,
            read_timeout=args.timeout,
            retries=args.retries,
            on_result=recorder.on_result if recorder is not None else None,
        )
        return send_all(outgoing, client, recorder)


class _Recorder:
    """Records each message in the ledger: ``pending`` before it leaves, then how it ended."""

    def __init__(self, ledger: Ledger, host: str, port: int, role: str) -> None:
        self.ledger = ledger
        self.host = host
        self.port = port
        self.role = role
        self._attempt: Delivery | None = None

    def recipient(self, record: Record) -> tuple[str, str]:
        """The record's recipient at this address (id, role), else the address as a recipient of its own."""
        for recipient in record.recipients:
            route = recipient.route
            if isinstance(route, MllpRoute) and route.port == self.port and route.host.lower() == self.host.lower():
                return recipient.id, recipient.role
        return f"mllp:{self.host}:{self.port}", self.role

    def before(self, record: Record, message: bytes) -> None:
        recipient_id, role = self.recipient(record)
        self._attempt = self.ledger.record_attempt(
            record_id=record.record_id,
            record_version=record.version,
            recipient_id=recipient_id,
            recipient_role=role,
            transport="mllp",
            format="hl7v2",
            practice_ods=record.mother.registered_practice.ods_code,
            local_id=local_id(record, recipient_id),
            payload_sha256=hashlib.sha256(message).hexdigest(),
        )

    def on_result(self, result: DeliveryResult) -> None:
        assert self._attempt is not None  # before() runs ahead of every send
        record_mllp_result(self.ledger, self._attempt, result)
        self._attempt = None


def send_all(outgoing: list[Outgoing], client: MllpClient, recorder: _Recorder | None = None) -> int:
    """Send each prepared message in turn, one result line each; the exit status for the whole run."""
    status = EXIT_OK
    for item in outgoing:
        if isinstance(item.payload, ShareGateRefused):
            line = f"not sent: {item.payload.message}"
            status = EXIT_REFUSED
        else:
            if recorder is not None:
                recorder.before(item.record, item.payload)
            try:
                line = f"control id {client.send(item.payload).control_id}: AA"
            except TransportError as exc:  # rejections included: the message says which
                line = exc.message
                status = EXIT_REFUSED
        sys.stdout.write(f"{item.prefix()}: {line}\n")
        sys.stdout.flush()
    return status
