"""Proxies on 127.0.0.1 that break deliveries on purpose, for tests/test_delivery_faults.py.

Each proxy sits between medassess and an honest receiver and decides, per message and per copy of it, what
goes wrong, from a seeded random generator keyed by the message's identity (MSH-10, Bundle identifier, MESH
local id) and how many copies of it the proxy has seen. So the faults a message meets do not depend on the
order deliveries happen in, and a run is the same every time.

Faults, and whether the receiver got the message:

==============  ========================================================================  ========
fault           what the sender sees                                                      arrived
==============  ========================================================================  ========
``pass``        the receiver's own answer                                                 yes
``cut``         the connection closes after the receiver answered, without the answer    yes
``delay``       the receiver's answer, later than the sender waits                        yes
``malformed``   an answer that is not an ACK / not HTTP the sender can read (MLLP, HTTP)  yes
``ae``          an AE for its control id (MLLP), made up by the proxy                     no
``unavailable`` 503 (HTTP), made up by the proxy                                          no
``drop``        the connection closes before anything is forwarded                        no
==============  ========================================================================  ========
"""

from __future__ import annotations

import contextlib
import http.client
import random
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from medassess.transports.mllp import END_BLOCK, frame, message_control_id

ARRIVED = frozenset({"pass", "cut", "delay", "malformed"})
"""Faults after which the receiver holds the message."""
ANSWER_LOST = frozenset({"cut", "delay", "malformed", "slow"})
"""Faults after which the receiver holds the message but the sender cannot know it: a resend is a duplicate
only after one of these."""


@dataclass
class SeededFaults:
    """Which fault the n-th copy of a message meets: ``rate`` of copies meet one of ``kinds``."""

    seed: int
    rate: float
    kinds: tuple[str, ...]
    seen: Counter[str] = field(default_factory=Counter)
    log: list[tuple[str, int, str]] = field(default_factory=list)
    """(identity, copy number, fault) for every copy the proxy saw."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def decide(self, identity: str) -> str:
        with self.lock:
            self.seen[identity] += 1
            n = self.seen[identity]
            rng = random.Random(f"{self.seed}|{identity}|{n}")
            fault = rng.choice(self.kinds) if rng.random() < self.rate else "pass"
            self.log.append((identity, n, fault))
            return fault

    def count(self, *kinds: str) -> int:
        return sum(1 for _, _, fault in self.log if fault in kinds)

    def note(self, identity: str, what: str) -> None:
        """Log something that befell a copy without being injected (a slow upstream answer)."""
        with self.lock:
            self.log.append((identity, self.seen[identity], what))

    def faults_of(self, identity: str) -> list[str]:
        return [fault for seen, _, fault in self.log if seen == identity]


def _read_until(sock: socket.socket, marker: bytes, limit: int = 16 * 1024 * 1024) -> bytes:
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
        if len(data) > limit:
            break
    return data


# --- MLLP ----------------------------------------------------------------------------------------------


class MllpReceiver(socketserver.ThreadingTCPServer):
    """An honest MLLP receiver: keeps every message it gets and answers each with an AA for its MSH-10 (the
    ACK a receiver that drops duplicates gives a copy it already has). ``answer_after`` delays every ACK."""

    daemon_threads = True
    allow_reuse_address = True
    server_address: tuple[str, int]
    """Bound to an IPv4 address, so a (host, port) pair: what MllpFaultProxy takes as its upstream."""

    def __init__(self, answer_after: float = 0.0) -> None:
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)
        self.answer_after = answer_after
        self.received: list[bytes] = []
        self.lock = threading.Lock()

    def copies(self) -> Counter[str]:
        """How many copies of each control id arrived."""
        with self.lock:
            return Counter(message_control_id(m) for m in self.received)


def ack(control_id: str, code: str = "AA", text: str = "") -> bytes:
    msh = f"MSH|^~\\&|RECEIVER|Y90400|MEDASSESS|Y90001|20260310120000||ACK|A-{control_id}|P|2.5.1"
    msa = f"MSA|{code}|{control_id}" + (f"|{text}" if text else "")
    return frame(f"{msh}\r{msa}\r".encode())


class _ReceiverHandler(socketserver.BaseRequestHandler):
    server: MllpReceiver

    def handle(self) -> None:
        block = _read_until(self.request, END_BLOCK)
        if not block.endswith(END_BLOCK):
            return
        message = block[1:-2]
        with self.server.lock:
            self.server.received.append(message)
        if self.server.answer_after:
            time.sleep(self.server.answer_after)
        with contextlib.suppress(OSError):
            self.request.sendall(ack(message_control_id(message)))


class MllpFaultProxy(socketserver.ThreadingTCPServer):
    """Forwards each MLLP message to ``upstream`` (or not), and answers the sender per ``faults``."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, upstream: tuple[str, int], faults: SeededFaults, *, late: float) -> None:
        super().__init__(("127.0.0.1", 0), _MllpProxyHandler)
        self.upstream = upstream
        self.faults = faults
        self.late = late
        """How long ``delay`` holds an answer: longer than the sender waits."""


class _MllpProxyHandler(socketserver.BaseRequestHandler):
    server: MllpFaultProxy

    def handle(self) -> None:
        client: socket.socket = self.request
        client.settimeout(5)
        block = _read_until(client, END_BLOCK)
        if not block.endswith(END_BLOCK):
            return
        control_id = message_control_id(block[1:-2])
        fault = self.server.faults.decide(control_id)
        if fault == "drop":
            return
        if fault == "ae":
            client.sendall(ack(control_id, "AE", "Simulated application error"))
            return
        with socket.create_connection(self.server.upstream, timeout=5) as upstream:
            upstream.sendall(block)
            answer = _read_until(upstream, END_BLOCK)
        if fault == "cut":
            return
        if fault == "delay":
            time.sleep(self.server.late)
        if fault == "malformed":
            answer = frame(b"this is not an acknowledgement\r")
        with contextlib.suppress(OSError):
            client.sendall(answer)


# --- HTTP (FHIR REST, MESH) ------------------------------------------------------------------------------

_HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te"})


class HttpFaultProxy(socketserver.ThreadingTCPServer):
    """Forwards HTTP/1.1 requests to ``upstream`` (``host:port``), one request per connection, and breaks the
    requests ``identify`` names (it returns the message's identity, or None to pass the request through)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        upstream: tuple[str, int],
        faults: SeededFaults,
        identify: Callable[[str, str, dict[str, str], bytes], str | None],
        *,
        late: float,
        slow_after: float | None = None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _HttpProxyHandler)
        self.upstream = upstream
        self.faults = faults
        self.identify = identify
        self.late = late
        self.slow_after = slow_after
        """An answer the upstream took this long to give may reach a client that has stopped waiting: it is
        logged as "slow" (an answer lost), as on a loaded machine it can be without any injected fault."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _HttpProxyHandler(socketserver.StreamRequestHandler):
    server: HttpFaultProxy

    def handle(self) -> None:
        started = time.monotonic()  # from the connection, not the forward: a loaded machine is slow anywhere
        request_line = self.rfile.readline().decode("latin-1").strip()
        if not request_line:
            return
        method, target, _ = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        while (line := self.rfile.readline().decode("latin-1").strip()) != "":
            name, _, value = line.partition(":")
            headers[name.strip()] = value.strip()
        lower = {k.lower(): v for k, v in headers.items()}
        body = self.rfile.read(int(lower.get("content-length") or 0))
        identity = self.server.identify(method, target, lower, body)
        fault = self.server.faults.decide(identity) if identity is not None else "pass"
        if fault == "drop":
            return
        if fault == "unavailable":
            self._reply(503, [("Content-Type", "application/json")], b'{"errorDescription": "Service unavailable"}')
            return
        status, reply_headers, content = self._forward(method, target, headers, body)
        if fault == "cut":
            return
        if fault == "delay":
            time.sleep(self.server.late)
        if fault == "malformed":
            with contextlib.suppress(OSError):
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot json!")
            return
        self._reply(status, reply_headers, content)
        slow_after = self.server.slow_after
        if identity is not None and slow_after is not None and time.monotonic() - started >= slow_after:
            # Answered, but so late (from the request's arrival to the answer's last byte) that the client may
            # have stopped waiting and will send again: a lost answer, as on a loaded machine it can be.
            self.server.faults.note(identity, "slow")

    def _forward(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        host, port = self.server.upstream
        connection = http.client.HTTPConnection(host, port, timeout=10)
        try:
            sent = {k: v for k, v in headers.items() if k.lower() not in _HOP_BY_HOP and k.lower() != "host"}
            sent["Host"] = f"{host}:{port}"
            connection.request(method, target, body=body or None, headers=sent)
            response = connection.getresponse()
            content = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP | {"content-length"}]
            return response.status, kept, content
        finally:
            connection.close()

    def _reply(self, status: int, headers: list[tuple[str, str]], content: bytes) -> None:
        head = [f"HTTP/1.1 {status} {http.client.responses.get(status, 'Status')}"]
        head += [f"{k}: {v}" for k, v in headers]
        head += [f"Content-Length: {len(content)}", "Connection: close"]
        with contextlib.suppress(OSError):
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + content)


Server = TypeVar("Server", bound=socketserver.BaseServer)


@contextlib.contextmanager
def running(server: Server) -> Iterator[Server]:
    """Serve ``server`` on a thread while the block runs."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
