"""The local FHIR server from ../shared/tools (Medplum's engine, in memory) on a free 127.0.0.1 port.

A test module imports the fixtures it uses (and lists them in ``__all__``): ``fhir_base`` is the server,
started once per module and stopped by its process id; ``vacant_base`` is a base URL on a port nothing
listens on, for a server that is down. The local server honours ``If-None-Exist`` (conditional create).

``DocumentStore`` is a much smaller double: document Bundles only, in memory, honouring ``If-None-Exist``
(or, on request, ignoring it or refusing searches), for tests that count copies or need a server that
misbehaves; it runs as an httpx handler or on 127.0.0.1.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import orjson
import pytest

from tests.peers import PEERS


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_fhir_server(port: int) -> Iterator[str]:
    """A fresh, empty FHIR R4 server on 127.0.0.1:``port`` while the block runs; yields its base URL."""
    exe = PEERS / "fhir-server"
    assert exe.exists(), f"{exe} is missing: run `make peers`"
    server = subprocess.Popen([str(exe), str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ready = threading.Event()

    def watch() -> None:
        assert server.stdout is not None
        for line in server.stdout:
            if line.startswith("ready:"):
                ready.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert ready.wait(timeout=90), "fhir-server did not print its ready line within 90 s"
        yield f"http://127.0.0.1:{port}/fhir/R4"
    finally:
        server.kill()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def fhir_base() -> Iterator[str]:
    """The base URL of a fresh, empty FHIR R4 server, shared by the tests of one module."""
    with running_fhir_server(free_port()) as base:
        yield base


@pytest.fixture()
def vacant_base() -> str:
    """A FHIR base URL on 127.0.0.1 where no server listens."""
    return f"http://127.0.0.1:{free_port()}/fhir/R4"


# --- a small in-memory document store, for tests that need to count copies or misbehave on purpose ---------


class DocumentStore:
    """A FHIR endpoint for document Bundles only, in memory: ``POST [base]/Bundle`` (a conditional create when
    the request carries ``If-None-Exist: identifier=<system>|<value>``, as FHIR R4 defines it: 200 with the
    one it holds, 412 when it holds several, else 201) and ``GET [base]/Bundle?identifier=<system>|<value>``.

    It can misbehave the ways real servers do: ``honour_if_none_exist=False`` ignores the header (a server
    without conditional create), ``refuse_search=True`` answers every search 400. Every POST is kept in
    ``posts`` and every stored Bundle in ``stored``, so a test counts copies. Use it as an
    ``httpx.MockTransport`` handler, or on 127.0.0.1 with :meth:`serve` (base URL ``http://127.0.0.1:PORT/fhir/R4``).
    """

    def __init__(self, *, honour_if_none_exist: bool = True, refuse_search: bool = False) -> None:
        self.honour_if_none_exist = honour_if_none_exist
        self.refuse_search = refuse_search
        self.posts: list[dict[str, Any]] = []
        self.stored: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def copies(self, system: str, value: str) -> list[dict[str, Any]]:
        """The stored Bundles that carry this identifier."""
        with self._lock:
            return [b for b in self.stored if b.get("identifier") == {"system": system, "value": value}]

    def answer(self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
               ) -> tuple[int, dict[str, Any]]:  # fmt: skip
        """(status, JSON body) for one request; ``headers`` with lower-case names."""
        if not path.endswith("/Bundle"):
            return 404, _outcome("not-found", "only Bundle lives here")
        if method == "GET":
            if self.refuse_search:
                return 400, _outcome("not-supported", "search is not supported")
            system, _, value = query.get("identifier", "").partition("|")
            found = self.copies(system, value)
            return 200, {"resourceType": "Bundle", "type": "searchset", "total": len(found),
                         "entry": [{"resource": b} for b in found]}  # fmt: skip
        if method != "POST":
            return 405, _outcome("not-supported", "only POST and GET")
        bundle = orjson.loads(body)
        with self._lock:
            self.posts.append(bundle)
            criteria = headers.get("if-none-exist", "")
            if self.honour_if_none_exist and criteria.startswith("identifier="):
                system, _, value = criteria.removeprefix("identifier=").partition("|")
                held = [b for b in self.stored if b.get("identifier") == {"system": system, "value": value}]
                if len(held) > 1:
                    return 412, _outcome("duplicate", "more than one match")
                if held:
                    return 200, held[0]
            stored = {**bundle, "id": f"stored-{len(self.stored) + 1}"}
            self.stored.append(stored)
            return 201, stored

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        headers = {k.lower(): v for k, v in request.headers.items()}
        status, body = self.answer(request.method, request.url.path, query, headers, request.content)
        return httpx.Response(status, json=body)

    @contextmanager
    def serve(self) -> Iterator[str]:
        """This store on a free 127.0.0.1 port while the block runs; yields its base URL."""
        store = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _reply(self) -> None:
                url = urlsplit(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, answer = store.answer(self.command, url.path, dict(parse_qsl(url.query)), headers, body)
                content = orjson.dumps(answer)
                self.send_response(status)
                self.send_header("Content-Type", "application/fhir+json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = _reply

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/fhir/R4"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


def _outcome(code: str, text: str) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": code, "diagnostics": text}]}
