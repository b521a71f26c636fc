"""HL7 v2 delivery over MLLP (the Minimal Lower Layer Protocol), with acknowledgement handling.

A message is framed as ``<VT> message <FS><CR>`` and sent on a fresh TCP connection; the receiver answers
with an ACK in the same framing. Only an ``AA`` whose MSA-2 names our MSH-10 control id counts as
delivered:

- ``AE``/``AR`` (and the enhanced-mode ``CE``/``CR``) are definite answers: :class:`DeliveryRejected`
  carries the receiver's error text (MSA-3, ERR) and the message is not resent, since sending the same
  bytes again would get the same answer.
- No answer within the read timeout, a truncated or malformed ACK frame, a connection dropped after the
  message left, or an ACK for another control id: the receiver may or may not have the message, so the
  *same bytes* (same control id, which receivers use to discard duplicates) are sent again, a bounded
  number of times. A connection that could not be made, or broke before the whole frame left, delivered
  nothing, and is retried the same way.
- After the last attempt: :class:`OutcomeUnknown` when the message left at least once (status ``no-ack``:
  it may have arrived, and only the next send under the same control id settles it), else
  :class:`TransportError` (status ``not-sent``: nothing reached the receiver).
- Any other acknowledgement code (e.g. ``CA``, a commit acknowledgement only) is not an ``AA``: it is
  reported as a :class:`OutcomeUnknown` without resending (the receiver has the message but has not
  accepted it).

MLLP delivers at least once: a message whose answer is lost is sent again, so a receiver can get it twice,
always with the same MSH-10. Timeouts, retries and back-off are bounded (:data:`LIMITS`).

Messages carry patient data, so nothing here logs or quotes message content: logs and errors name the
control id, the attempt and the acknowledgement code. The receiver's own error text is passed on, since
the person sending needs it to put things right, but masked first (``_redact``): receivers quote the
message they refuse, NHS number and name included.
"""

from __future__ import annotations

import logging
import socket
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..core.exceptions import ConfigurationError, DeliveryRejected, MappingError, OutcomeUnknown, TransportError
from ..core.killpoints import kill_point
from ..core.redact import mask_receiver_text, receiver_code
from ..record.model import MllpRoute
from .base import Defaults, Failed, Links, Outcome, Parcel, Sent, Unknown
from .bounds import LIMITS, check_limits

__all__ = [
    "LIMITS", "Ack", "DeliveryResult", "MllpClient", "MllpDelivery", "frame", "message_control_id", "mllp_outcome",
    "parse_ack",
]  # fmt: skip

START_BLOCK = b"\x0b"
END_BLOCK = b"\x1c\r"
MAX_ACK_BYTES = 1024 * 1024
"""An ACK is a few hundred bytes; a longer answer is not an ACK and is not buffered further."""
MAX_ERROR_TEXT = 500

_DEFAULT_ENCODING = "^~\\&"
_ESCAPES = {"F": 0, "S": 1, "R": 2, "E": 3, "T": 4}
"""HL7 escape sequence to its index in MSH-1 + MSH-2 (field, component, repetition, escape, subcomponent)."""

logger = logging.getLogger("medassess.mllp")

DeliveryStatus = Literal["AA", "AE", "AR", "CE", "CR", "unexpected", "no-ack", "not-sent"]

_REJECTIONS: dict[str, DeliveryStatus] = {"AE": "AE", "AR": "AR", "CE": "CE", "CR": "CR"}
"""Definite answers: application error or reject, and their enhanced-mode commit equivalents."""


@dataclass(frozen=True, slots=True)
class Ack:
    """The parts of an HL7 v2 acknowledgement that decide delivery."""

    code: str
    """MSA-1, e.g. ``AA``."""
    control_id: str
    """MSA-2: the control id of the message being acknowledged."""
    text: str
    """The receiver's explanation: MSA-3 and each ERR segment's text, joined with ``; ``."""


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """How one message's delivery ended."""

    status: DeliveryStatus
    """The acknowledgement code, ``unexpected`` for another code, ``no-ack`` when the message left but no
    usable ACK came back, or ``not-sent`` when no attempt got the whole message out."""
    control_id: str
    """Our MSH-10, the same on every attempt."""
    text: str
    """The receiver's error text, or what went wrong on the last attempt; empty for a plain ``AA``."""
    attempts: int

    @property
    def delivered(self) -> bool:
        return self.status == "AA"

    @property
    def outcome_unknown(self) -> bool:
        """The message left and may have arrived, but no answer says so (``no-ack``, ``unexpected``)."""
        return self.status in ("no-ack", "unexpected")


def frame(message: bytes) -> bytes:
    """An HL7 v2 message in its MLLP block. The framing bytes cannot appear inside a message."""
    if START_BLOCK in message or b"\x1c" in message:
        raise MappingError("the HL7 v2 message contains MLLP framing bytes (0x0B or 0x1C) and cannot be framed")
    return START_BLOCK + message + END_BLOCK


def message_control_id(message: bytes) -> str:
    """MSH-10 of an ER7-encoded message: what the ACK must echo in MSA-2."""
    if not message.startswith(b"MSH") or len(message) < 8:
        raise MappingError("not an HL7 v2 message: it does not start with an MSH segment", path="MSH")
    head = message.split(b"\r", 1)[0].decode("ascii", errors="replace")
    fields = head.split(head[3])
    # MSH-1 is the separator itself, so MSH-n is fields[n - 1].
    control_id = fields[9].strip() if len(fields) > 9 else ""
    if not control_id:
        raise MappingError("the message has no control id, so its acknowledgement cannot be matched", path="MSH-10")
    return control_id


def _unescape(value: str, separators: str) -> str:
    escape = separators[3]
    if escape not in value:
        return value
    out: list[str] = []
    parts = value.split(escape)
    out.append(parts[0])
    for i in range(1, len(parts), 2):
        token = parts[i]
        if i + 1 >= len(parts):
            out.append(escape + token)
            break
        if token in _ESCAPES:
            out.append(separators[_ESCAPES[token]])
        elif token[:1] in ("X", "x"):
            out.append(_hex_text(token[1:]))
        elif token.startswith("."):
            out.append(" ")  # a formatting command (.br, .sp ...): only its line break matters to a reader
        out.append(parts[i + 1])
    return "".join(out)


def _hex_text(digits: str) -> str:
    """HL7 hexadecimal data (``\\Xhh...\\``): bytes in the message's character set, read as UTF-8 when they
    are UTF-8 and as Latin-1 otherwise (a single escaped byte such as ``\\XE9\\``)."""
    try:
        data = bytes.fromhex(digits)
    except ValueError:
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _plain(value: str, separators: str) -> str:
    # Control and format characters (escapes, bidi overrides) become spaces: the text reaches a terminal.
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in _unescape(value, separators))
    return " ".join(text.split())


def _coded_text(value: str, separator: str) -> str:
    # A coded value (code, text, system): the text explains more than the code.
    parts = value.split(separator)
    return parts[1] if len(parts) > 1 and parts[1] else parts[0]


def _err_text(fields: list[str], separators: str) -> str:
    """The most helpful text of an ERR segment: v2.5 ERR-8 user message, ERR-7 diagnostics, ERR-3 error
    code; v2.3 ERR-1 (segment^sequence^field^code&text&system)."""
    component, subcomponent = separators[1], separators[4]

    def field(n: int) -> str:
        return fields[n] if len(fields) > n else ""

    if field(8).strip() or field(7).strip():
        return _plain(field(8) if field(8).strip() else field(7), separators)
    if field(3).strip():
        return _plain(_coded_text(field(3), component), separators)
    components = field(1).split(component)
    if len(components) > 3 and components[3].strip():
        return _plain(_coded_text(components[3], subcomponent), separators)
    return ""


def parse_ack(content: bytes) -> Ack:
    """Read MSA and ERR from an ACK's ER7 bytes (without the MLLP block).

    Raises :class:`TransportError` when there is no MSH or MSA segment to read.
    """
    text = content.decode("utf-8", errors="replace")
    segments = [s for s in text.replace("\n", "\r").split("\r") if s.strip()]
    if not segments or not segments[0].startswith("MSH") or len(segments[0]) < 8:
        raise TransportError("the acknowledgement does not start with an MSH segment")
    field_sep = segments[0][3]
    # MSH-1 + MSH-2, with the standard characters standing in for any the sender left out.
    declared = segments[0][4:].split(field_sep, 1)[0][:4]
    separators = field_sep + declared + _DEFAULT_ENCODING[len(declared) :]
    msa: list[str] | None = None
    reasons: list[str] = []
    for segment in segments[1:]:
        fields = segment.split(field_sep)
        if fields[0] == "MSA" and msa is None:
            msa = fields
            if len(fields) > 3:
                reasons.append(_plain(fields[3], separators))
        elif fields[0] == "ERR":
            reasons.append(_err_text(fields, separators))
    if msa is None or len(msa) < 3:
        raise TransportError("the acknowledgement has no MSA segment with a code and control id")
    unique = list(dict.fromkeys(r for r in reasons if r))
    joined = mask_receiver_text("; ".join(unique))
    if len(joined) > MAX_ERROR_TEXT:
        joined = joined[: MAX_ERROR_TEXT - 1] + "…"
    return Ack(code=receiver_code(msa[1].strip().upper()) or "", control_id=msa[2].strip(), text=joined)


class _RetryableFailure(Exception):
    """One attempt ended without a usable acknowledgement; ``left`` says whether the whole message left."""

    def __init__(self, problem: str, *, left: bool) -> None:
        super().__init__(problem)
        self.left = left


class MllpClient:
    """Send HL7 v2 messages to one MLLP receiver and insist on an ``AA``.

    ``retries`` is how many times a message is sent again after an attempt that got no usable ACK, so a
    message goes at most ``retries + 1`` times; between attempts the client waits ``backoff`` seconds,
    doubling each time. ``read_timeout`` bounds the wait for the whole ACK. ``on_result`` is called with
    the :class:`DeliveryResult` of every message, delivered or not, before :meth:`send` returns or raises.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        retries: int = 2,
        backoff: float = 1.0,
        on_result: Callable[[DeliveryResult], None] | None = None,
    ) -> None:
        if not host or not 0 < port < 65536:
            raise ConfigurationError("an MLLP receiver needs a host and a port from 1 to 65535", source="mllp")
        check_limits("MLLP", "mllp", timeout=connect_timeout, retries=retries, backoff=backoff)
        check_limits("MLLP", "mllp", timeout=read_timeout)
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = retries
        self.backoff = backoff
        self.on_result = on_result

    def __repr__(self) -> str:
        return f"MllpClient({self.host!r}, {self.port}, retries={self.retries})"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, message: bytes) -> DeliveryResult:
        """Deliver one ER7-encoded message; returns the result only when the receiver answered ``AA``.

        Raises :class:`DeliveryRejected` for AE/AR/CE/CR, :class:`TransportError` when no usable ACK came
        after every attempt or the code was not an ``AA``, :class:`MappingError` when the bytes are not a
        framable message with a control id.
        """
        control_id = message_control_id(message)
        block = frame(message)
        attempts = 0
        last_problem = ""
        left = False
        while attempts <= self.retries:
            if attempts:
                time.sleep(self.backoff * 2 ** (attempts - 1))
            attempts += 1
            try:
                ack = self._attempt(block, control_id)
            except _RetryableFailure as failure:
                last_problem = str(failure)
                left = left or failure.left
                logger.warning("MLLP %s control id %s attempt %d: %s", self.address, control_id, attempts, last_problem)
                continue
            return self._conclude(ack, control_id, attempts)
        times = f"{attempts} attempt{'s' if attempts > 1 else ''}"
        self._report(DeliveryResult("no-ack" if left else "not-sent", control_id, last_problem, attempts))
        if left:
            raise OutcomeUnknown(
                f"no acknowledgement for control id {control_id} after {times} ({last_problem}); it may have arrived",
                source=f"mllp://{self.address}",
            )
        raise TransportError(
            f"control id {control_id} not sent after {times} ({last_problem})", source=f"mllp://{self.address}"
        )

    def _conclude(self, ack: Ack, control_id: str, attempts: int) -> DeliveryResult:
        logger.info("MLLP %s control id %s: %s after %d attempt(s)", self.address, control_id, ack.code, attempts)
        if ack.code == "AA":
            result = DeliveryResult("AA", control_id, ack.text, attempts)
            self._report(result)
            return result
        source = f"mllp://{self.address}"
        rejection = _REJECTIONS.get(ack.code)
        if rejection is not None:
            self._report(DeliveryResult(rejection, control_id, ack.text, attempts))
            reason = ack.text or "the receiver gave no error text"
            raise DeliveryRejected(
                f"control id {control_id} rejected with {ack.code}: {reason}", code=ack.code, source=source
            )
        self._report(DeliveryResult("unexpected", control_id, ack.text, attempts))
        raise OutcomeUnknown(
            f"control id {control_id} answered {ack.code or 'with no code'}, not AA: not confirmed as delivered",
            code=ack.code or None,
            source=source,
        )

    def _report(self, result: DeliveryResult) -> None:
        if self.on_result is not None:
            self.on_result(result)

    def _attempt(self, block: bytes, control_id: str) -> Ack:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except TimeoutError:
            raise _RetryableFailure("the connection timed out", left=False) from None
        except OSError as exc:
            problem = f"connection failed ({exc.strerror or exc.__class__.__name__})"
            raise _RetryableFailure(problem, left=False) from None
        with sock:
            try:
                sock.sendall(block)
            except OSError as exc:
                # The end of the frame never left, so the receiver cannot have taken the message.
                problem = f"the connection broke while sending ({exc.strerror or exc.__class__.__name__})"
                raise _RetryableFailure(problem, left=False) from None
            kill_point("after-send")
            answer = self._read_block(sock)
        try:
            ack = parse_ack(answer)
        except TransportError as exc:
            raise _RetryableFailure(exc.message, left=True) from None
        if ack.control_id != control_id:
            # Not an answer to this message (a stale ACK, or one for another sender): it proves nothing.
            other = mask_receiver_text(ack.control_id) or "none"
            raise _RetryableFailure(f"the ACK was for another control id ({other})", left=True)
        return ack

    def _read_block(self, sock: socket.socket) -> bytes:
        deadline = time.monotonic() + self.read_timeout
        buffer = bytearray()
        searched = 0  # the end block can only start in bytes not yet searched (less its length, to span reads)
        while True:
            end = buffer.find(END_BLOCK, searched)
            if end >= 0:
                break
            searched = max(0, len(buffer) - len(END_BLOCK) + 1)
            if len(buffer) > MAX_ACK_BYTES:
                raise _RetryableFailure("the answer is too long to be an acknowledgement", left=True)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _RetryableFailure("no acknowledgement within the read timeout", left=True)
            sock.settimeout(remaining)
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                raise _RetryableFailure("no acknowledgement within the read timeout", left=True) from None
            except OSError as exc:
                problem = f"the connection broke before an acknowledgement ({exc.strerror or type(exc).__name__})"
                raise _RetryableFailure(problem, left=True) from None
            if not chunk:
                raise _RetryableFailure(
                    "the connection closed before an acknowledgement"
                    if not buffer
                    else "the acknowledgement was truncated",
                    left=True,
                )
            buffer += chunk
        start = buffer.find(START_BLOCK)
        if start < 0 or buffer[:start].strip():
            raise _RetryableFailure("the answer is not an MLLP block", left=True)
        return bytes(buffer[start + 1 : end])


def mllp_outcome(result: DeliveryResult, message: str | None = None) -> Outcome:
    """How an MLLP attempt ended, as an outcome: ``AA`` is sent and acknowledged; ``AE``/``AR``/``CE``/``CR``
    are rejected; a message that left without a usable ACK (``no-ack``, or a code that is not an accept) is
    unknown; one that never left (``not-sent``) failed. The ledger's account keeps the control id and the
    acknowledgement code, never the receiver's error text (it may quote the patient)."""
    control_id = result.control_id
    if result.delivered:
        return Sent(control_id, acknowledged="MLLP AA")
    if result.outcome_unknown:
        detail = (
            "MLLP no-ack: the message left and no usable acknowledgement came back"
            if result.status == "no-ack"
            else "MLLP unexpected: the receiver answered with a code that is not an accept"
        )
        return Unknown(detail, message, message_id=control_id)
    if result.status == "not-sent":
        return Failed("MLLP not-sent: no connection took the message", message, message_id=control_id)
    return Failed(f"MLLP {result.status}", message, rejected=True, message_id=control_id)


class MllpDelivery(Defaults):
    """The ``mllp`` route: an HL7 v2 message to the receiver, whose ``AA`` both delivers and acknowledges.
    Sending again after a lost answer sends the same bytes, whose MSH-10 lets the receiver discard a
    duplicate."""

    kind = "mllp"
    route_model = MllpRoute
    fixed_format = ("hl7v2", "an MLLP route carries HL7 v2")

    def wire_bytes(self, payload: bytes) -> bytes:
        """The message as it is; one that cannot be framed or carries no control id is refused here, while the
        share is planned, so it stops the share before anything is sent (:class:`MappingError`)."""
        frame(payload)
        message_control_id(payload)
        return payload

    def describe_route(self, route: MllpRoute) -> str:
        return f"MLLP receiver {route.host}:{route.port}"

    def deliver(self, route: MllpRoute, parcel: Parcel, links: Links) -> Outcome:
        results: list[DeliveryResult] = []
        if links.mllp is None:
            client = MllpClient(route.host, route.port, on_result=results.append)
        else:
            settings = links.mllp(route.host, route.port)
            client = MllpClient(
                route.host,
                route.port,
                connect_timeout=settings.timeout,
                read_timeout=settings.timeout,
                retries=settings.retries,
                backoff=settings.backoff,
                on_result=results.append,
            )
        kill_point("before-send")
        try:
            client.send(parcel.payload)
        except TransportError as exc:  # the client reports every result before it raises
            return mllp_outcome(results[-1], exc.message)
        return mllp_outcome(results[-1])
