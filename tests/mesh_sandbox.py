"""The real NHS MESH sandbox (PyPI ``mesh-sandbox``) for delivery tests, run with uvicorn on 127.0.0.1.

The sandbox keeps messages in memory (``STORE_MODE=memory``) and checks MESH authentication fully
(``AUTH_MODE=full``: mailbox password and the shared HMAC key). It knows three mailboxes, X26ABC1 to
X26ABC3, all with the password ``password``; tests send as X26ABC1 and read each recipient's inbox as that
mailbox through mesh-client, exactly as a receiving system would.

``python -m tests.mesh_sandbox [PORT]`` runs one in the foreground for trying ``medassess share`` by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

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


@dataclass(frozen=True)
class TlsFiles:
    """A throwaway CA, a server certificate for 127.0.0.1 and a client certificate, as PEM files."""

    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path


def make_tls_files(directory: Path) -> TlsFiles:
    """Issue the certificates MESH's mutual TLS needs, for a sandbox on 127.0.0.1 (valid for one day)."""
    # cryptography comes with mesh-sandbox, which uses it for its own tokens.
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def issue(
        name: str,
        key: ec.EllipticCurvePrivateKey,
        issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None,
        **kind: Any,
    ) -> x509.Certificate:
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        issuer_name, signing_key = issuer or (subject, key)
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=issuer is None, path_length=None), critical=True)
        )
        if "usage" in kind:
            builder = builder.add_extension(x509.ExtendedKeyUsage([kind["usage"]]), critical=False)
        if "ip" in kind:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.IPAddress(kind["ip"])]), critical=False)
        return builder.sign(signing_key, hashes.SHA256())

    def write(path: Path, *items: x509.Certificate | ec.EllipticCurvePrivateKey) -> Path:
        path.write_bytes(
            b"".join(
                item.public_bytes(serialization.Encoding.PEM)
                if isinstance(item, x509.Certificate)
                else item.private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
                for item in items
            )
        )
        return path

    ca_key, server_key, client_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    ca = issue("medassess test CA", ca_key, None)
    server = issue("127.0.0.1", server_key, (ca.subject, ca_key), usage=ExtendedKeyUsageOID.SERVER_AUTH,
                   ip=ipaddress.ip_address("127.0.0.1"))  # fmt: skip
    client = issue(SENDER, client_key, (ca.subject, ca_key), usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    return TlsFiles(
        ca=write(directory / "ca.pem", ca),
        server_cert=write(directory / "server.pem", server),
        server_key=write(directory / "server.key", server_key),
        client_cert=write(directory / "client.pem", client),
        client_key=write(directory / "client.key", client_key),
    )


def sandbox_command(port: int, tls: TlsFiles | None = None) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run the sandbox on ``127.0.0.1:port`` (HTTPS with client
    certificates required when ``tls`` is given, as live MESH requires)."""
    command = [sys.executable, "-m", "uvicorn", "mesh_sandbox.api:app", "--host", "127.0.0.1", "--port", str(port)]
    if tls is not None:
        command += ["--ssl-certfile", str(tls.server_cert), "--ssl-keyfile", str(tls.server_key)]
        command += ["--ssl-ca-certs", str(tls.ca), "--ssl-cert-reqs", str(int(ssl.CERT_REQUIRED))]
    env = {**os.environ, "STORE_MODE": "memory", "AUTH_MODE": "full", "SHARED_KEY": SHARED_KEY, "ENV": "local"}
    return [*command, "--log-level", "warning"], env


@dataclass
class Sandbox:
    """A running sandbox; ``url`` is its base URL."""

    url: str
    process: subprocess.Popen[bytes]
    tls: TlsFiles | None = None

    def reset(self) -> None:
        """Empty every mailbox, so each test starts from nothing."""
        with _http(self.tls) as http:
            http.delete(f"{self.url}/admin/reset").raise_for_status()

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
        with _client(self.url, mailbox, self.tls) as client:
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
        with _client(self.url, mailbox, self.tls) as client:
            for message_id in client.list_messages():
                client.acknowledge_message(message_id)


@dataclass(frozen=True)
class Received:
    message_id: str
    local_id: str
    workflow_id: str
    subject: str
    payload: bytes


def _client(url: str, mailbox: str, tls: TlsFiles | None) -> MeshClient:
    cert = (str(tls.client_cert), str(tls.client_key)) if tls else None
    verify = str(tls.ca) if tls else None
    return MeshClient(url, mailbox, PASSWORD, shared_key=SHARED_KEY.encode(), cert=cert, verify=verify, max_retries=0)


def _http(tls: TlsFiles | None) -> httpx.Client:
    if tls is None:
        return httpx.Client(timeout=10)
    context = ssl.create_default_context(cafile=str(tls.ca))
    context.load_cert_chain(str(tls.client_cert), str(tls.client_key))
    return httpx.Client(timeout=10, verify=context)


@contextlib.contextmanager
def running_sandbox(port: int | None = None, tls: TlsFiles | None = None) -> Iterator[Sandbox]:
    """Start the sandbox, wait (bounded) until it answers, and stop it afterwards."""
    port = port or free_port()
    command, env = sandbox_command(port, tls)
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    # The log goes to a file, not a pipe: a pipe nobody reads fills up and stalls the server.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            _wait_until_ready(url, tls, process, log)
            yield Sandbox(url, process, tls)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_ready(url: str, tls: TlsFiles | None, process: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        if process.poll() is not None:
            log.seek(0)
            stderr = log.read().decode(errors="replace")
            raise RuntimeError(f"the MESH sandbox exited with status {process.returncode}: {stderr[-2000:]}")
        with contextlib.suppress(httpx.TransportError), _http(tls) as http:
            if http.get(f"{url}/health", timeout=1).status_code == 200:
                return
        if time.monotonic() > deadline:
            raise RuntimeError(f"the MESH sandbox did not answer within {STARTUP_SECONDS:.0f}s")
        time.sleep(0.1)


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
