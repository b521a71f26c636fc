"""The real NHS MESH sandbox (PyPI ``mesh-sandbox``) for delivery tests, run with uvicorn on 127.0.0.1.

The sandbox keeps messages in memory (``STORE_MODE=memory``) and checks MESH authentication fully
(``AUTH_MODE=full``: mailbox password and the shared HMAC key). It knows three mailboxes, X26ABC1 to
X26ABC3, all with the password ``password``; tests send as X26ABC1 and read each recipient's inbox as that
mailbox through mesh-client, exactly as a receiving system would.

``python -m tests.mesh_sandbox [PORT]`` runs one in the foreground for trying ``medassess share`` by hand.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import orjson
import pytest
from mesh_client import MeshClient

SHARED_KEY = "sandbox-shared-key"
PASSWORD = "password"
SENDER = "X26ABC1"
MAILBOXES = ("X26ABC1", "X26ABC2", "X26ABC3")
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "pass" / "antenatal-methadone-sertraline.json"
STARTUP_SECONDS = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def sandbox_command(port: int) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run the sandbox on ``127.0.0.1:port``."""
    command = [sys.executable, "-m", "uvicorn", "mesh_sandbox.api:app", "--host", "127.0.0.1", "--port", str(port)]
    env = {**os.environ, "STORE_MODE": "memory", "AUTH_MODE": "full", "SHARED_KEY": SHARED_KEY, "ENV": "local"}
    return [*command, "--log-level", "warning"], env


@dataclass
class Sandbox:
    """A running sandbox; ``url`` is its base URL."""

    url: str
    process: subprocess.Popen[bytes]

    def reset(self) -> None:
        """Empty every mailbox, so each test starts from nothing."""
        httpx.delete(f"{self.url}/admin/reset", timeout=10).raise_for_status()

    def env(self, **overrides: str) -> dict[str, str]:
        """``MEDASSESS_MESH_*`` variables for sending as X26ABC1."""
        values = {
            "MEDASSESS_MESH_URL": self.url,
            "MEDASSESS_MESH_MAILBOX": SENDER,
            "MEDASSESS_MESH_PASSWORD": PASSWORD,
            "MEDASSESS_MESH_SHARED_KEY": SHARED_KEY,
        }
        return {**values, **overrides}

    def inbox(self, mailbox: str) -> list[Received]:
        """Every message waiting in ``mailbox``, read (not acknowledged) as that mailbox."""
        with _client(self.url, mailbox) as client:
            received = []
            for message_id in client.list_messages():
                message = client.retrieve_message(message_id)
                received.append(
                    Received(
                        message_id,
                        str(message.local_id),
                        str(message.workflow_id),
                        str(message.subject),
                        message.read(),
                    )
                )
            return received

    def acknowledge_all(self, mailbox: str) -> None:
        """Download and acknowledge everything in ``mailbox``, as the receiving system does."""
        with _client(self.url, mailbox) as client:
            for message_id in client.list_messages():
                client.acknowledge_message(message_id)


@dataclass(frozen=True)
class Received:
    message_id: str
    local_id: str
    workflow_id: str
    subject: str
    payload: bytes


def _client(url: str, mailbox: str) -> MeshClient:
    return MeshClient(url, mailbox, PASSWORD, shared_key=SHARED_KEY.encode(), max_retries=0)


@contextlib.contextmanager
def running_sandbox(port: int | None = None) -> Iterator[Sandbox]:
    """Start the sandbox, wait (bounded) until it answers, and stop it afterwards."""
    port = port or free_port()
    command, env = sandbox_command(port)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"the MESH sandbox exited with status {process.returncode}: {stderr[-2000:]}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the MESH sandbox did not answer within {STARTUP_SECONDS:.0f}s")
            time.sleep(0.1)
        yield Sandbox(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def mesh_sandbox_server() -> Iterator[Sandbox]:
    with running_sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def mesh_sandbox(mesh_sandbox_server: Sandbox) -> Sandbox:
    """The session's sandbox, emptied for this test."""
    mesh_sandbox_server.reset()
    return mesh_sandbox_server


def record_for_sandbox(directory: Path, mailboxes: dict[str, str] | None = None, **changes: object) -> Path:
    """A copy of the antenatal example whose recipients' MESH mailboxes are ones the sandbox knows.

    ``mailboxes`` maps recipient id to mailbox; by default the four recipients go to X26ABC1, X26ABC2,
    X26ABC3 and X26ABC2 (two recipients may share a mailbox: their local ids tell their messages apart).
    """
    data = orjson.loads(EXAMPLE.read_bytes())
    default = dict(zip([r["id"] for r in data["recipients"]], (*MAILBOXES, MAILBOXES[1]), strict=True))
    chosen = {**default, **(mailboxes or {})}
    for recipient in data["recipients"]:
        recipient["route"] = {"kind": "mesh", "mailbox": chosen[recipient["id"]]}
    data.update(changes)
    path = directory / "record.json"
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    return path


if __name__ == "__main__":
    chosen_port = int(sys.argv[1]) if len(sys.argv) > 1 else 8700
    with running_sandbox(chosen_port) as running:
        print(f"MESH sandbox at {running.url}; export:")
        for name, value in running.env().items():
            print(f"  {name}={value}")
        with contextlib.suppress(KeyboardInterrupt):
            running.process.wait()
