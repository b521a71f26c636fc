"""The local FHIR server from ../shared/tools (Medplum's engine, in memory) on a free 127.0.0.1 port.

A test module imports the fixtures it uses (and lists them in ``__all__``): ``fhir_base`` is the server,
started once per module and stopped by its process id; ``vacant_base`` is a base URL on a port nothing
listens on, for a server that is down.
"""

from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
