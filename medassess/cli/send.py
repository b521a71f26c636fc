"""Send records as HL7 v2 messages over MLLP, and insist on an AA for each.

`send` is `share` restricted to MLLP: the same share gate, payload planning, ledger records and delivery
(medassess.sharing.share: plan_share, deliver_share), so the two never disagree about what was sent. Give
files and folders (folders are searched for *.json). Without --mllp, each record goes to every recipient it
names with an MLLP route, at that route's address; with --mllp HOST:PORT, to that one receiver only. Every
record is read, checked by the share gate and built into its messages before anything is sent: an unusable
file stops the run with nothing sent. A record the share gate refuses is not sent (see `medassess validate
FILE` for why). One line per message:
  FILE: RECORD-ID vN: control id CONTROL-ID: AA
or the receiver's AE/AR with its error text, or why no acknowledgement came. A message is resent, with
the same control id, only when no usable acknowledgement came back (up to --retries more times, waiting
--backoff seconds before the first resend and twice as long before each next); a rejection is never
resent. --timeout, --retries and --backoff default to the [mllp] settings for the receiver in --config,
else 30 s, 2 and 1 s, and are bounded (timeout 0.05-600 s, retries 0-10, backoff 0-300 s).

Every message is recorded in the sharing ledger (--ledger FILE, else $MEDASSESS_LEDGER, else the site
configuration's [ledger] path, else the per-user one), since a message sent without a record is a share nobody
can prove: pending before it leaves, then acknowledged (AA), rejected (AE/AR), unknown (the message left but
no usable acknowledgement came back: the receiver may have it, and the next send settles it) or failed
(nothing left), with its control id and the acknowledgement code (never the receiver's error text, which is
shown here only). It is recorded against the record's recipient whose MLLP route the receiver is, and the
message is addressed to that recipient (its MSH-10 is that delivery's identity), exactly as `share` records
it. When --mllp names a receiver no recipient of the record has as its route, the message is recorded against
the receiver itself, as recipient "mllp:HOST:PORT" with the role given by --role (default maternity-unit),
with the record version's unaddressed control id, so an audit shows it as a delivery to someone the record
does not name.

A record version the ledger shows this receiver has acknowledged is not sent again: sending again is
safe and sends only what is still open. --force sends it anyway (the acknowledgement stays on record
beside whatever the resend meets). --no-ledger keeps no record, and so cannot skip anything either.

Exit status: 0 when every message got an AA (now or before); 1 when the share gate refused a record, a
record names no recipient reached over MLLP (without --mllp), or any delivery was unknown, failed or was
rejected; 2 when an input, the --mllp address or a setting is unusable (nothing is sent).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from ..core.exceptions import ConfigurationError, InputError, RecordError, ShareGateRefused
from ..record.identifiers import is_slug
from ..record.io import iter_record_files, load_record
from ..record.model import MllpRoute, RecipientRole, Record
from ..sharing.config import MllpRouteSettings
from ..sharing.ledger import Ledger
from ..sharing.share import ShareOutcome, SharePlan, Target, deliver_share, plan_share
from ..transports.base import Links
from ..transports.bounds import check_limits
from ._site import Site, add_site_arguments, ledger_of, site_of
from ._status import EXIT_OK, EXIT_REFUSED

SETTLES = "the next send settles it"


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
    parser.add_argument(
        "--mllp",
        metavar="HOST:PORT",
        help="send to this MLLP receiver only (default: each record's recipients that have MLLP routes)",
    )
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
        help="role recorded for the --mllp receiver when no recipient of the record has it as its route: "
        f"{', '.join(get_args(RecipientRole))} (default: maternity-unit)",
    )
    add_site_arguments(
        parser, what="the share gate's [gate] settings, the [formats.hl7v2] profile, [mllp] for this receiver"
    )


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One record ready to send: its planned share to this receiver (the message built, nothing sent), or
    the share gate's refusal."""

    file: str
    record: Record
    plan: SharePlan | ShareGateRefused

    def prefix(self) -> str:
        return f"{self.file}: {self.record.masked_id}"


def receiver_route(host: str, port: int) -> MllpRoute:
    """The receiver ``--mllp`` names, as a route (ConfigurationError at ``--mllp`` when it cannot be one)."""
    try:
        return MllpRoute(kind="mllp", host=host, port=port)
    except RecordError:
        raise ConfigurationError("expected HOST:PORT with a host name or address", source="--mllp") from None


def targets_at(route: MllpRoute, role: str) -> Callable[[Record], Iterable[Target]]:
    """The one delivery a record makes to this receiver: the record's recipient whose MLLP route it is
    (addressed to that recipient), else the receiver itself as recipient ``mllp:HOST:PORT`` with ``role``,
    unaddressed, so an audit shows a delivery to someone the record does not name."""

    def choose(record: Record) -> list[Target]:
        for index, recipient in enumerate(record.recipients):
            named = recipient.route
            if isinstance(named, MllpRoute) and named.port == route.port and named.host.lower() == route.host.lower():
                return [Target.of(recipient, index)]
        return [Target(f"mllp:{route.host}:{route.port}", role, route, addressed=False)]

    return choose


def mllp_recipients(record: Record) -> list[Target]:
    """Every recipient of the record reached over MLLP, addressed to each, at its own route."""
    return [Target.of(r, index) for index, r in enumerate(record.recipients) if isinstance(r.route, MllpRoute)]


def _prepare(
    paths: Iterable[Path], args: argparse.Namespace, site: Site, route: MllpRoute | None
) -> list[Outgoing]:
    """Read, gate and build every message; raises on the first unusable input, before anything is sent."""
    choose = targets_at(route, args.role) if route is not None else mllp_recipients
    outgoing: list[Outgoing] = []
    for path in paths:
        record = load_record(path)
        try:
            plan = plan_share(
                record,
                targets=choose,
                gate_settings=site.gate,
                today=site.today,
                format_options=site.config.format_options,
                source=str(path),
            )
        except ShareGateRefused as refusal:
            outgoing.append(Outgoing(str(path), record, refusal))
            continue
        outgoing.append(Outgoing(str(path), record, plan))
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
    route = receiver_route(*parse_address(args.mllp)) if args.mllp is not None else None
    site = site_of(args)
    route_settings(args, site, "", 0)  # the options' bounds, checked before anything is read or sent
    outgoing = _prepare(iter_record_files(args.paths), args, site, route)
    if not outgoing:
        raise InputError("no record files found", source=" ".join(args.paths))
    links = Links(mllp=lambda host, port: route_settings(args, site, host, port))
    with contextlib.ExitStack() as stack:
        if args.no_ledger:
            # The share's own code needs a ledger to record attempts in: one that is thrown away at the end,
            # so it skips nothing and proves nothing.
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="medassess-send-"))
            ledger = stack.enter_context(Ledger(Path(folder) / "not-kept.sqlite3"))
        else:
            ledger = stack.enter_context(ledger_of(args.ledger, site.config))
        return send_all(
            outgoing, ledger, links, force=args.force, kept=not args.no_ledger, name_recipients=route is None
        )


def describe(outcome: ShareOutcome) -> tuple[str, bool]:
    """The words after a record's name for its delivery to the receiver, and whether it counts as received
    (an AA now, or one on record; a forced resend that is rejected does not)."""
    if outcome.attempt_outcome is None:  # settled before: not sent again
        return f"control id {outcome.message_id}: {outcome.detail}", outcome.delivered
    if outcome.attempt_outcome == "acknowledged":
        return f"control id {outcome.message_id}: AA", True
    return outcome.detail or outcome.attempt_outcome, False


def send_all(
    outgoing: list[Outgoing],
    ledger: Ledger,
    links: Links,
    *,
    force: bool = False,
    kept: bool = True,
    name_recipients: bool = False,
) -> int:
    """Send each planned message in turn through the share's own delivery, one result line each (naming the
    recipient when ``name_recipients``: a record may have several); the exit status for the whole run."""
    status = EXIT_OK
    settles = SETTLES if kept else None  # without a kept ledger, nothing settles an open delivery
    for item in outgoing:
        if isinstance(item.plan, ShareGateRefused):
            line, received = f"not sent: {item.plan.message}", False
            _say(item, line)
        elif not item.plan.deliveries:
            line, received = "names no recipient reached over MLLP: nothing sent (--mllp HOST:PORT names one)", False
            _say(item, line)
        else:
            received = True
            for outcome in deliver_share(item.plan, ledger=ledger, links=links, force=force, settles=settles):
                line, ok = describe(outcome)
                received = received and ok
                _say(item, f"to {_recipient(outcome)}: {line}" if name_recipients else line)
        if not received:
            status = EXIT_REFUSED
    return status


def _recipient(outcome: ShareOutcome) -> str:
    """A recipient by its id when that is a slug (anything else could be patient data), and its role."""
    named = outcome.recipient_id if is_slug(outcome.recipient_id) else "a recipient (its id is not a slug)"
    return f"{named} ({outcome.recipient_role})"


def _say(item: Outgoing, line: str) -> None:
    sys.stdout.write(f"{item.prefix()}: {line}\n")
    sys.stdout.flush()
