"""``medassess share`` against the real NHS MESH sandbox: every recipient gets its message, once unless an
answer was lost (MESH then gets a second copy under the same local id: the current MESH API cannot find a
message by its local id).

The sandbox runs as a separate uvicorn process on 127.0.0.1 (see tests/mesh_sandbox.py). Inboxes are read
through mesh-client as the receiving mailbox, so what is asserted is what a receiver would download.
"""

from __future__ import annotations

import dataclasses as _dataclasses
import hashlib
import logging
import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from mesh_client import MeshError

from medassess import ConfigurationError, DeliveryRejected, Ledger, OutcomeUnknown, TransportError, load_record
from medassess.cli import main
from medassess.formats.registry import get_format
from medassess.gate.settings import shipped_settings as _shipped_settings
from medassess.sharing.config import load_config
from medassess.sharing.share import SUBJECT
from medassess.transports.mesh import DEFAULT_WORKFLOW_ID, MeshTransport, _Client
from medassess.transports.mllp import message_control_id
from tests.ledger_invariants import assert_consistent
from tests.mesh_sandbox import (
    MAILBOXES,
    PASSWORD,
    SHARED_KEY,
    Received,
    Sandbox,
    free_port,
    make_tls_files,
    mesh_sandbox,
    mesh_sandbox_server,
    record_for_sandbox,
    running_sandbox,
)
from tests.peers import assert_peer_valid
from tests.test_mllp import _AckHandler, _RejectHandler, hl7apy_listener

TEST_SITE = _dataclasses.replace(_shipped_settings(), local_endpoints=True)
"""Gate settings of a test site: the receivers these tests start run on this machine."""

__all__ = ["mesh_sandbox", "mesh_sandbox_server"]  # pytest fixtures, used by name

RECIPIENTS = {"rcp-maternity": "X26ABC1", "rcp-midwife": "X26ABC2", "rcp-hv": "X26ABC3", "rcp-sw": "X26ABC2"}


@pytest.fixture
def sandbox(mesh_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The emptied sandbox, with the MEDASSESS_MESH_* variables set to send as X26ABC1."""
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)
    for name, value in mesh_sandbox.env().items():
        monkeypatch.setenv(name, value)
    return mesh_sandbox


@pytest.fixture
def record(tmp_path: Path) -> Path:
    return record_for_sandbox(tmp_path, RECIPIENTS)


def share(record: Path, ledger: Path, *extra: str) -> int:
    return main(["share", str(record), "--ledger", str(ledger), *extra])


def delivery_lines(out: str) -> list[str]:
    """The lines `share` prints per delivery, each without the record file that begins it (its closing
    summary line left out)."""
    return [line.split(".json: ", 1)[1] for line in out.splitlines() if ".json: " in line]


def everything_received(sandbox: Sandbox) -> dict[str, list[tuple[str, Received]]]:
    """Every waiting message by local id, with the mailbox it is in."""
    found: dict[str, list[tuple[str, Received]]] = {}
    for mailbox in MAILBOXES:
        for message in sandbox.inbox(mailbox):
            found.setdefault(message.local_id, []).append((mailbox, message))
    return found


def assert_each_recipient_has_exactly_one(sandbox: Sandbox, record: Path) -> None:
    loaded = load_record(record)
    expected = {f"{loaded.record_id}-v{loaded.version}-{rid}": mailbox for rid, mailbox in RECIPIENTS.items()}
    received = everything_received(sandbox)
    assert Counter({local_id: len(copies) for local_id, copies in received.items()}) == Counter(
        dict.fromkeys(expected, 1)
    )
    for local_id, [(mailbox, _message)] in received.items():
        assert mailbox == expected[local_id]


@pytest.mark.peer
def test_share_delivers_one_fhir_document_to_every_recipient(
    sandbox: Sandbox, record: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(record, ledger_path) == 0

    assert_each_recipient_has_exactly_one(sandbox, record)
    loaded = load_record(record)
    fhir_json = get_format("fhir-json")
    for local_id, copies in everything_received(sandbox).items():
        [(_mailbox, message)] = copies
        recipient = local_id.removeprefix(f"{loaded.record_id}-v1-")
        assert message.payload == fhir_json.export(loaded, recipient=recipient)  # addressed to its recipient
        assert (message.workflow_id, message.subject) == (DEFAULT_WORKFLOW_ID, SUBJECT)
    # What the recipients downloaded is a valid FHIR document by checks nobody here wrote.
    downloaded = tmp_path / "downloaded.json"
    downloaded.write_bytes(everything_received(sandbox)[f"{loaded.record_id}-v1-rcp-hv"][0][1].payload)
    assert_peer_valid("fhir-validate", [downloaded])

    with Ledger(ledger_path) as ledger:
        deliveries = list(ledger.deliveries())
    assert [(d.recipient_id, d.transport, d.format, d.status) for d in deliveries] == [
        (rid, "mesh", "fhir-json", "sent") for rid in RECIPIENTS
    ]
    assert [d.payload_sha256 for d in deliveries] == [
        hashlib.sha256(fhir_json.export(loaded, recipient=d.recipient_id)).hexdigest() for d in deliveries
    ]
    assert all(d.practice_ods == loaded.mother.registered_practice.ods_code for d in deliveries)
    assert all(d.local_id == f"{loaded.record_id}-v1-{d.recipient_id}" for d in deliveries)

    out = capsys.readouterr()
    lines = delivery_lines(out.out)
    assert len(lines) == 4
    for line, delivery in zip(lines, deliveries, strict=True):
        assert line == (
            f"{loaded.record_id} v1 {delivery.recipient_id} ({delivery.recipient_role}) via mesh: sent,"
            f" message {delivery.message_id}"
        )
    printed = out.out + out.err
    for private in (loaded.mother.nhs_number, loaded.mother.name.family, "Lowe", "Reed", PASSWORD, SHARED_KEY):
        assert private not in printed


def test_sharing_again_sends_nobody_a_duplicate(
    sandbox: Sandbox, record: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(record, ledger_path) == 0
    capsys.readouterr()
    assert share(record, ledger_path, "--format", "json") == 0

    result = orjson.loads(capsys.readouterr().out)
    assert result["summary"]["exit_status"] == 0
    assert [(d["recipient_id"], d["status"]) for d in result["items"]] == [(r, "sent") for r in RECIPIENTS]
    assert all(d["detail"] == "already sent; not sent again (--force sends it again)" for d in result["items"])
    assert not any(d["sent_now"] for d in result["items"])
    assert_each_recipient_has_exactly_one(sandbox, record)


def test_acknowledgements_come_from_mesh_tracking(
    sandbox: Sandbox, record: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(record, ledger_path) == 0
    sandbox.acknowledge_all("X26ABC2")  # the midwife's and the social worker's mailbox
    capsys.readouterr()

    assert main(["ledger", "--ledger", str(ledger_path), "--refresh", "--unacknowledged"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in listed[:-1]] == ["rcp-maternity", "rcp-hv"]
    assert listed[-1] == "2 deliveries: 2 sent"

    sandbox.acknowledge_all("X26ABC1")
    assert share(record, ledger_path) == 0  # sharing again also brings acknowledgements up to date
    with Ledger(ledger_path) as ledger:
        states = {d.recipient_id: d for d in ledger.deliveries()}
        assert [d.recipient_id for d in ledger.unacknowledged()] == ["rcp-hv"]
    assert {rid: d.status for rid, d in states.items()} == {
        "rcp-maternity": "acknowledged",
        "rcp-midwife": "acknowledged",
        "rcp-hv": "sent",
        "rcp-sw": "acknowledged",
    }
    assert all(d.acknowledged_at is not None for d in states.values() if d.status == "acknowledged")


@pytest.mark.parametrize("variable", ["MEDASSESS_MESH_PASSWORD", "MEDASSESS_MESH_SHARED_KEY"])
def test_wrong_credentials_fail_every_delivery_without_printing_them(
    sandbox: Sandbox,
    record: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    variable: str,
) -> None:
    caplog.set_level(logging.DEBUG)  # everything any library logs, urllib3's requests included
    wrong = "Wr0ng-s3cret-value"
    monkeypatch.setenv(variable, wrong)
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(record, ledger_path) == 1

    out = capsys.readouterr()
    lines = delivery_lines(out.out)
    assert len(lines) == 4
    assert all(
        line.endswith(
            "via mesh: failed - MESH refused the credentials for mailbox X26ABC1"
            " (check the mailbox id, password and shared key)"
        )
        for line in lines
    )
    assert wrong not in out.out + out.err + caplog.text
    assert caplog.text  # the log was captured, so its not mentioning the secret means something
    assert everything_received(sandbox) == {}
    with Ledger(ledger_path) as ledger:
        assert [d.status for d in ledger.unacknowledged()] == ["failed"] * 4


def test_an_unknown_recipient_mailbox_is_rejected_and_nobody_else_held_up(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    wrong = record_for_sandbox(tmp_path, {**RECIPIENTS, "rcp-hv": "X26HC003"})
    assert share(wrong, ledger_path) == 1

    lines = delivery_lines(capsys.readouterr().out)
    assert lines[2].endswith(
        "rcp-hv (health-visitor) via mesh: rejected - MESH refused the message to mailbox X26HC003:"
        " Unregistered to address (code 12)"
    )
    assert [line.split(": ")[1].split(",")[0].split(" ")[0] for line in lines] == ["sent", "sent", "rejected", "sent"]
    with Ledger(ledger_path) as ledger:
        hv = ledger.current(load_record(wrong).record_id, 1, "rcp-hv", "mesh")
    assert hv is not None and hv.detail == "MESH refused the message: MESH error 12"  # MESH's code, not its words
    assert set(everything_received(sandbox)) == {
        f"{load_record(wrong).record_id}-v1-{rid}" for rid in RECIPIENTS if rid != "rcp-hv"
    }

    # With the mailbox put right, sharing again reaches the one who was missed, and only them.
    fixed = record_for_sandbox(tmp_path, RECIPIENTS)
    assert share(fixed, ledger_path) == 0
    assert_each_recipient_has_exactly_one(sandbox, fixed)


def test_meshs_error_text_is_shown_masked_and_never_reaches_the_ledger_file(
    sandbox: Sandbox, record: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    nhs = load_record(record).mother.nhs_number

    def refuse(*args: object, **kwargs: object) -> str:
        raise MeshError(f"Recipient has no record of patient {nhs}", {"errorCode": "12"})

    monkeypatch.setattr(_Client, "send_message", refuse)  # MESH's own error, through medassess's handling
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(record, ledger_path) == 1
    out = capsys.readouterr().out
    # The person sharing sees what MESH said and its code, with the NHS number MESH quoted masked.
    assert "Recipient has no record of patient [number] (code 12)" in out
    assert nhs not in out
    with Ledger(ledger_path) as ledger:
        assert {d.detail for d in ledger.deliveries()} == {"MESH refused the message: MESH error 12"}
    assert nhs.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob("ledger.sqlite3*"))


def test_mesh_down_fails_every_delivery_and_a_later_share_completes(
    sandbox: Sandbox, record: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    monkeypatch.setenv("MEDASSESS_MESH_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens there
    assert share(record, ledger_path) == 1
    lines = delivery_lines(capsys.readouterr().out)
    assert len(lines) == 4
    assert all(line.endswith("via mesh: failed - MESH server unreachable; share again later") for line in lines)

    monkeypatch.setenv("MEDASSESS_MESH_URL", sandbox.url)
    assert share(record, ledger_path) == 0
    assert_each_recipient_has_exactly_one(sandbox, record)
    with Ledger(ledger_path) as ledger:
        assert [e.delivery.status for e in ledger.history() if e.delivery.recipient_id == "rcp-hv"] == [
            "pending",
            "failed",
            "pending",
            "sent",
        ]


CRASHING_SHARE = textwrap.dedent(
    """
    import os, signal, sys
    from medassess.cli import main
    from medassess.sharing.ledger import Ledger
    from medassess.transports.mesh import MeshTransport, _Client

    moment, after = sys.argv[1], int(sys.argv[2])
    real_send, real_attempt, real_mark_sent = MeshTransport.send, Ledger.record_attempt, Ledger.mark_sent
    count = {"sends": 0, "attempts": 0, "recorded": 0}

    def record_attempt(self, *args, **kwargs):
        delivery = real_attempt(self, *args, **kwargs)
        count["attempts"] += 1
        if moment == "pending" and count["attempts"] == after:
            os.kill(os.getpid(), signal.SIGKILL)  # the ledger says pending; MESH never saw it
        return delivery

    def send(self, *args, **kwargs):
        message_id = real_send(self, *args, **kwargs)
        count["sends"] += 1
        if moment == "mesh-accepted" and count["sends"] == after:
            os.kill(os.getpid(), signal.SIGKILL)  # MESH has it; the ledger still says pending
        return message_id

    def mark_sent(self, *args, **kwargs):
        delivery = real_mark_sent(self, *args, **kwargs)
        count["recorded"] += 1
        if moment == "recorded" and count["recorded"] == after:
            os.kill(os.getpid(), signal.SIGKILL)  # between two recipients
        return delivery

    MeshTransport.send, Ledger.record_attempt, Ledger.mark_sent = send, record_attempt, mark_sent
    sys.exit(main(sys.argv[3:]))
    """
)


@pytest.mark.parametrize(
    ("moment", "second", "received"),
    [("pending", "pending", 1), ("mesh-accepted", "pending", 2), ("recorded", "sent", 2)],
)
def test_a_share_killed_midway_then_resent_reaches_everyone(
    sandbox: Sandbox, record: Path, tmp_path: Path, moment: str, second: str, received: int
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_SHARE, moment, "2", "share", str(record), "--ledger", str(ledger_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr

    with Ledger(ledger_path) as ledger:
        before = [(d.recipient_id, d.status) for d in ledger.deliveries()]
    # Killed during the second recipient: the first has it; the second may or may not; the rest do not.
    assert before == [("rcp-maternity", "sent"), ("rcp-midwife", second)]
    assert len(everything_received(sandbox)) == received

    assert share(record, ledger_path) == 0
    with Ledger(ledger_path) as ledger:
        after = {d.recipient_id: d for d in ledger.deliveries()}
    assert {rid: d.status for rid, d in after.items()} == dict.fromkeys(RECIPIENTS, "sent")
    arrived = everything_received(sandbox)
    if moment != "mesh-accepted":
        assert_each_recipient_has_exactly_one(sandbox, record)
    else:
        # MESH took the midwife's message but the share died before it heard back: the current MESH API has no
        # way to find it by local id, so it was sent again. The copy is recognisable: same local id, same
        # payload (same Bundle.identifier), and the ledger names the message of the second attempt.
        copies = arrived[after["rcp-midwife"].local_id]
        assert len(copies) == 2 and len({m.payload for _, m in copies}) == 1
        assert after["rcp-midwife"].attempt == 2
        assert after["rcp-midwife"].message_id in {m.message_id for _, m in copies}
        del arrived[after["rcp-midwife"].local_id]
    assert all(len(copies) == 1 for copies in arrived.values())
    assert {d.local_id: d.message_id for d in after.values() if d.local_id in arrived} == {
        m.local_id: m.message_id for [(_, m)] in arrived.values()
    }
    assert_consistent(ledger_path)


def test_a_record_refused_by_the_gate_sends_nothing(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = record_for_sandbox(tmp_path, RECIPIENTS, overall_conclusion=None)
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(refused, ledger_path) == 1
    err = capsys.readouterr().err
    assert "refused by the share gate" in err and "MA107" in err and "nothing was sent" in err
    assert everything_received(sandbox) == {}
    with Ledger(ledger_path) as ledger:
        assert list(ledger.history()) == []


def test_a_manual_hand_over_counts_only_once_confirmed(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = record_for_sandbox(tmp_path, RECIPIENTS)
    data = orjson.loads(path.read_bytes())
    data["recipients"][3]["route"] = {"kind": "manual", "description": "letter given at the strategy meeting"}
    path.write_bytes(orjson.dumps(data))
    ledger_path = tmp_path / "ledger.sqlite3"

    assert share(path, ledger_path) == 1
    last = delivery_lines(capsys.readouterr().out)[-1]
    assert last.endswith(
        "rcp-sw (social-worker) via manual: pending - awaiting manual hand-over: confirm it with --record-manual"
    )

    assert share(path, ledger_path, "--record-manual") == 0
    last = delivery_lines(capsys.readouterr().out)[-1]
    assert last.endswith("rcp-sw (social-worker) via manual: sent - manual hand-over confirmed")
    assert len(everything_received(sandbox)) == 3  # the MESH recipients, once each
    with Ledger(ledger_path) as ledger:
        manual = ledger.current(load_record(path).record_id, 1, "rcp-sw", "manual")
    assert manual is not None and manual.status == "sent" and manual.message_id is None


def test_missing_mesh_settings_are_unusable_configuration(
    sandbox: Sandbox, record: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MEDASSESS_MESH_URL")
    assert share(record, tmp_path / "ledger.sqlite3") == 2
    err = capsys.readouterr().err
    assert "MESH setting 'url' is missing (set it in [mesh] or MEDASSESS_MESH_URL)" in err
    assert PASSWORD not in err and SHARED_KEY not in err
    assert everything_received(sandbox) == {}


# -- MESH over mutual TLS, configured from a file ---------------------------------------------------------------


def test_share_over_mutual_tls_configured_from_a_toml_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)
    tls = make_tls_files(tmp_path)
    record = record_for_sandbox(tmp_path, RECIPIENTS)
    with running_sandbox(tls=tls) as sandbox:
        config = tmp_path / "site.toml"
        config.write_text(
            textwrap.dedent(
                f"""
                [mesh]
                url = "{sandbox.url}"
                mailbox = "X26ABC1"
                password = "{PASSWORD}"
                shared_key = "{SHARED_KEY}"
                cert = "client.pem"
                key = "client.key"
                ca = "ca.pem"
                """
            )
        )
        assert share(record, tmp_path / "ledger.sqlite3", "--config", str(config)) == 0
        assert_each_recipient_has_exactly_one(sandbox, record)

        # Without the client certificate the server ends the handshake: a clear failure, nothing sent.
        no_cert = tmp_path / "no-cert.toml"
        no_cert.write_text("\n".join(line for line in config.read_text().splitlines() if "client." not in line))
        capsys.readouterr()
        second = record_for_sandbox(tmp_path, RECIPIENTS, version=2)
        assert share(second, tmp_path / "l2.sqlite3", "--config", str(no_cert)) == 1
        lines = delivery_lines(capsys.readouterr().out)
        tls_refused = "failed - TLS with MESH failed (check the client certificate, its key and the CA bundle)"
        # TLS 1.3 may surface the server's refusal as a reset connection rather than an alert: before the
        # request was written (nothing sent), or after it (the client cannot tell a refused handshake from an
        # answer lost after MESH acted, so it says unknown and the next share sends again).
        reset = "failed - MESH server unreachable; share again later"
        lost = "unknown - the next share settles it (the connection to MESH broke; it may or may not have the message:"
        assert len(lines) == 4
        assert all(line.endswith((tls_refused, reset)) or lost in line for line in lines), lines
        assert not any("-v2-" in local_id for local_id in everything_received(sandbox))


# -- site configuration ------------------------------------------------------------------------------------------


def test_secrets_never_show_in_repr_or_str() -> None:
    environ = {"MEDASSESS_MESH_URL": "https://mesh.example", "MEDASSESS_MESH_MAILBOX": "X26ABC1",
               "MEDASSESS_MESH_PASSWORD": "pw-Kq7z", "MEDASSESS_MESH_SHARED_KEY": "sk-Vb3n"}  # fmt: skip
    settings = load_config(environ=environ).mesh()
    assert (settings.password.reveal(), settings.shared_key.reveal()) == ("pw-Kq7z", "sk-Vb3n")
    with MeshTransport(settings) as transport:
        shown = f"{settings!r} {settings} {settings.password} {settings.shared_key!r} {transport!r}"
    assert "Kq7z" not in shown and "Vb3n" not in shown
    assert "********" in shown


MESH_ENVIRON = {"MEDASSESS_MESH_URL": "https://mesh.example", "MEDASSESS_MESH_MAILBOX": "X26ABC1",
                "MEDASSESS_MESH_PASSWORD": "p", "MEDASSESS_MESH_SHARED_KEY": "k",
                "MEDASSESS_MESH_BACKOFF": "0"}  # fmt: skip


def _tries(monkeypatch: pytest.MonkeyPatch, retries: int, *answers: Exception | str) -> tuple[list[int], Any]:
    """A MeshTransport whose sends meet ``answers`` in turn (an exception, or a MESH message id)."""
    settings = load_config(environ={**MESH_ENVIRON, "MEDASSESS_MESH_RETRIES": str(retries)}).mesh()
    queue, tries = list(answers), []

    def send_once(self: MeshTransport, *args: object, **kwargs: object) -> str:
        tries.append(1)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(MeshTransport, "_send_once", send_once)
    transport = MeshTransport(settings)
    result: Any
    try:
        result = transport.send("X26ABC2", b"{}", workflow_id="W", subject="S", local_id="L", content_type="t")
    except TransportError as exc:
        result = exc
    finally:
        transport.close()
    return tries, result


def test_mesh_sends_are_not_retried_by_default_and_retried_when_the_site_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    down = TransportError("MESH server unreachable; share again later")
    tries, result = _tries(monkeypatch, 0, down, "MSG-1")
    assert (len(tries), result) == (1, down)
    tries, result = _tries(monkeypatch, 2, down, OutcomeUnknown("no answer from MESH in time"), "MSG-2")
    assert (len(tries), result) == (3, "MSG-2")


def test_mesh_retries_stop_at_refusals_and_remember_a_lost_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    refused = DeliveryRejected("MESH refused the message to mailbox X26ABC2: Unregistered (code 12)", code="12")
    tries, result = _tries(monkeypatch, 2, refused)
    assert (len(tries), result) == (1, refused)
    credentials = TransportError("MESH refused the credentials for mailbox X26ABC1", code="credentials")
    tries, result = _tries(monkeypatch, 2, credentials)
    assert (len(tries), result) == (1, credentials)
    down = TransportError("MESH server unreachable; share again later")
    tries, result = _tries(monkeypatch, 2, OutcomeUnknown("no answer from MESH in time"), down, down)
    assert len(tries) == 3 and isinstance(result, OutcomeUnknown)
    assert result.message == "MESH server unreachable; share again later; an earlier try's answer was lost"


def test_the_environment_overrides_the_file_and_paths_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "client.pem").write_text("cert")
    (tmp_path / "client.key").write_text("key")
    config = tmp_path / "site.toml"
    config.write_text(
        textwrap.dedent(
            """
            [mesh]
            url = "https://msg.intspineservices.nhs.uk/"
            mailbox = "X26ABC1"
            password = "from-file"
            shared_key = "key-from-file"
            cert = "client.pem"
            key = "client.key"
            verify = false
            workflow_id = "AGREED_WORKFLOW"

            [share]
            default_format = "fhir-xml"
            format_by_role = { maternity-unit = "hl7v2" }
            """
        )
    )
    site = load_config(config, environ={"MEDASSESS_MESH_PASSWORD": "from-env", "MEDASSESS_MESH_VERIFY": "yes"})
    mesh = site.mesh()
    assert mesh.url == "https://msg.intspineservices.nhs.uk"
    assert mesh.password.reveal() == "from-env" and mesh.shared_key.reveal() == "key-from-file"
    assert mesh.cert == (str(tmp_path / "client.pem"), str(tmp_path / "client.key"))
    assert (mesh.verify, mesh.ca, mesh.workflow_id) == (True, None, "AGREED_WORKFLOW")
    assert site.share.format_for("maternity-unit", None) == "hl7v2"
    assert site.share.format_for("maternity-unit", "fhir-json") == "fhir-json"
    assert site.share.format_for("health-visitor", None) == "fhir-xml"
    assert load_config(environ={}).share.format_for("gp", None) == "fhir-json"


@pytest.mark.parametrize(
    ("text", "environ", "message"),
    [
        (
            "[mesh]\nurl = 'https://mesh'\n",
            {},
            "MESH setting 'mailbox' is missing (set it in [mesh] or MEDASSESS_MESH_MAILBOX)",
        ),
        ("[mesh]\ns3cr3t-pasword = 's3cr3t-typo'\n", {}, "mesh: has a setting medassess does not know; expected"),
        ("[s3cr3t-meshh]\n", {}, "has a section medassess does not know; expected any of fhir, formats, gate"),
        ("[mesh]\nurl = 's3cr3t-typo\n", {}, "not valid TOML"),
        ('[mesh]\npassword = "s3cr3t\x01typo"\n', {}, "not valid TOML (at line 2, column"),
        ("", {"MEDASSESS_MESH_URL": "ftp://s3cr3t-typo"}, "mesh.url: MESH setting 'url' should start with https://"),
        ("", {"MEDASSESS_MESH_VERIFY": "s3cr3t-typo"}, "mesh.verify: MESH setting 'verify' should be true or false"),
        ("", {"MEDASSESS_MESH_CERT": "s3cr3t-typo.pem"}, "MESH settings 'cert' and 'key' go together"),
        ("", {"MEDASSESS_MESH_CA": "/nowhere/s3cr3t-typo.pem"}, "MESH setting 'ca' names a file that does not exist"),
        ("[share]\nformat_by_role = 3\n", {}, "share.format_by_role: should map roles to format names"),
        ("[share]\nlocal_receivers = 's3cr3t-typo'\n", {}, "share.local_receivers: should be true or false"),
        ("", {"MEDASSESS_MESH_TIMEOUT": "s3cr3t-typo"}, "mesh.timeout: should be a number of seconds"),
        ("[mesh]\nretries = 11\n", {}, "mesh.retries: MESH retries must be from 0 to 10"),
        ("", {"MEDASSESS_MESH_BACKOFF": "-1"}, "mesh.backoff: MESH backoff must be from 0 to 300"),
    ],
)
def test_configuration_errors_name_the_setting_never_its_value(
    tmp_path: Path, text: str, environ: dict[str, str], message: str
) -> None:
    config = tmp_path / "site.toml"
    config.write_text(text)
    complete = {"MEDASSESS_MESH_URL": "https://mesh", "MEDASSESS_MESH_MAILBOX": "X26ABC1",
                "MEDASSESS_MESH_PASSWORD": "p", "MEDASSESS_MESH_SHARED_KEY": "k"}  # fmt: skip
    if "mailbox" in message:
        complete = {}
    with pytest.raises(ConfigurationError) as caught:
        load_config(config, environ={**complete, **environ}).mesh()
    assert message in str(caught.value)
    assert "s3cr3t" not in str(caught.value)
    assert caught.value.exit_status == 2


@pytest.mark.peer
def test_site_settings_choose_hl7v2_for_a_role_and_a_recipient_may_choose_its_own(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = record_for_sandbox(tmp_path, RECIPIENTS)
    data = orjson.loads(path.read_bytes())
    data["recipients"][1]["format"] = "fhir-xml"  # the midwife's own choice
    path.write_bytes(orjson.dumps(data))
    config = tmp_path / "site.toml"
    config.write_text('[share]\nformat_by_role = { health-visitor = "hl7v2", midwife = "hl7v2" }\n')
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(path, ledger_path, "--config", str(config)) == 0

    loaded = load_record(path)
    received = {local_id: copies[0][1].payload for local_id, copies in everything_received(sandbox).items()}
    expected_formats = {
        "rcp-maternity": "fhir-json",
        "rcp-midwife": "fhir-xml",
        "rcp-hv": "hl7v2",
        "rcp-sw": "fhir-json",
    }
    for rid, name in expected_formats.items():
        assert received[f"{loaded.record_id}-v1-{rid}"] == get_format(name).export(loaded, recipient=rid)
    with Ledger(ledger_path) as ledger:
        assert {d.recipient_id: d.format for d in ledger.deliveries()} == expected_formats
    hl7 = tmp_path / "downloaded.hl7"
    hl7.write_bytes(received[f"{loaded.record_id}-v1-rcp-hv"])
    assert_peer_valid("hl7v2-validate", [hl7])


@pytest.mark.parametrize(
    ("handler", "status", "detail"), [(_AckHandler, "acknowledged", "MLLP AA"), (_RejectHandler, "rejected", "MLLP AE")]
)
def test_an_mllp_route_is_delivered_and_acknowledged_by_its_ack(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str], handler: type, status: str, detail: str
) -> None:
    path = record_for_sandbox(tmp_path, RECIPIENTS)
    data = orjson.loads(path.read_bytes())
    ledger_path = tmp_path / "ledger.sqlite3"
    with hl7apy_listener(handler) as port:
        data["recipients"][0]["route"] = {"kind": "mllp", "host": "127.0.0.1", "port": port}
        del data["recipients"][0]["format"]  # an MLLP route carries HL7 v2 whatever the site default
        path.write_bytes(orjson.dumps(data))
        site = tmp_path / "site.toml"
        site.write_text("[share]\nlocal_receivers = true  # the test receiver runs on this machine\n")
        assert share(path, ledger_path, "--config", str(site)) == (0 if status == "acknowledged" else 1)

    loaded = load_record(path)
    with Ledger(ledger_path) as ledger:
        maternity = ledger.current(loaded.record_id, 1, "rcp-maternity", "mllp")
    assert maternity is not None
    assert (maternity.status, maternity.format, maternity.detail) == (status, "hl7v2", detail)
    first_line = delivery_lines(capsys.readouterr().out)[0]
    control_id = message_control_id(get_format("hl7v2").export(loaded, recipient="rcp-maternity", settings=TEST_SITE))
    assert maternity.message_id == control_id  # a rejection names the message it rejected, too
    if status == "acknowledged":
        assert first_line.endswith(f"via mllp: acknowledged, message {control_id} - MLLP AA")
    else:
        # The receiver's words are shown to whoever is sharing, and kept out of the ledger.
        assert "Patient not registered at this unit" in first_line
        assert "Patient not registered" not in str(maternity.detail)
    assert len(everything_received(sandbox)) == 3  # the MESH recipients are not held up either way


def test_one_refused_record_does_not_hold_up_the_others(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good_dir, refused_dir = tmp_path / "good", tmp_path / "refused"
    good_dir.mkdir()
    refused_dir.mkdir()
    good = record_for_sandbox(good_dir, RECIPIENTS)
    record_for_sandbox(refused_dir, RECIPIENTS, record_id="another-record", overall_conclusion=None)
    ledger_path = tmp_path / "ledger.sqlite3"

    assert main(["share", str(refused_dir), str(good), "--ledger", str(ledger_path)]) == 1
    out = capsys.readouterr()
    assert "refused by the share gate" in out.err and len(delivery_lines(out.out)) == 4
    assert_each_recipient_has_exactly_one(sandbox, good)
    with Ledger(ledger_path) as ledger:
        assert list(ledger.deliveries("another-record")) == []


SLOW_SHARE = textwrap.dedent(
    """
    import sys, time
    from medassess.cli import main
    from medassess.transports.mesh import MeshTransport, _Client

    real_send = MeshTransport.send

    def send(self, *args, **kwargs):
        time.sleep(0.3)  # a slow MESH, so the two shares overlap
        return real_send(self, *args, **kwargs)

    MeshTransport.send = send
    sys.exit(main(sys.argv[1:]))
    """
)


def test_two_shares_of_one_record_at_once_send_nobody_a_duplicate(
    sandbox: Sandbox, record: Path, tmp_path: Path
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    command = [sys.executable, "-c", SLOW_SHARE, "share", str(record), "--ledger", str(ledger_path)]
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=60) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    assert_each_recipient_has_exactly_one(sandbox, record)
    # One of them sent everything; the other found it all delivered.
    assert sorted(out.count("already sent; not sent again") for out, _err in outputs) == [0, 4]


def test_records_without_mesh_routes_need_no_mesh_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [n for n in os.environ if n.startswith("MEDASSESS_")]:
        monkeypatch.delenv(name)
    path = record_for_sandbox(tmp_path, RECIPIENTS)
    data = orjson.loads(path.read_bytes())
    for recipient in data["recipients"]:
        recipient["route"] = {"kind": "manual", "description": "letter handed over at the discharge meeting"}
    path.write_bytes(orjson.dumps(data))
    assert share(path, tmp_path / "ledger.sqlite3", "--record-manual") == 0
    assert [line.split(": ")[1] for line in delivery_lines(capsys.readouterr().out)] == [
        "sent - manual hand-over confirmed"
    ] * 4


def test_refreshing_acknowledgements_with_mesh_down_fails_and_changes_nothing(
    sandbox: Sandbox, record: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = tmp_path / "ledger.sqlite3"
    assert share(record, ledger_path) == 0
    sandbox.acknowledge_all("X26ABC2")
    monkeypatch.setenv("MEDASSESS_MESH_URL", f"http://127.0.0.1:{free_port()}")
    capsys.readouterr()
    assert main(["ledger", "--ledger", str(ledger_path), "--refresh"]) == 1
    assert "MESH server unreachable" in capsys.readouterr().err
    with Ledger(ledger_path) as ledger:
        assert [d.status for d in ledger.deliveries()] == ["sent"] * 4


def test_known_nhs_endpoints_keep_the_nhs_ca_bundle_mesh_client_ships() -> None:
    url = "https://msg.intspineservices.nhs.uk"
    environ = {"MEDASSESS_MESH_URL": url, "MEDASSESS_MESH_MAILBOX": "X26ABC1", "MEDASSESS_MESH_PASSWORD": "p",
               "MEDASSESS_MESH_SHARED_KEY": "k"}  # fmt: skip

    def verify(settings: dict[str, str]) -> object:
        with MeshTransport(load_config(environ=settings).mesh()) as transport:
            return getattr(transport._client._session.adapters[url], "verify", None)

    assert str(verify(environ)).endswith("nhs-int-ca-bundle.pem")  # not the public roots, which would refuse it
    assert verify({**environ, "MEDASSESS_MESH_VERIFY": "false"}) is False
