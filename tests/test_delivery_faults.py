"""Fault injection: shares through proxies that cut answers, delay them, refuse, and answer AE or nonsense,
and shares killed with SIGKILL at every step of a delivery. What must hold, for every transport:

- nothing lost: once the ledger has settled, every delivery's message is at its receiver;
- no false acknowledgement: whatever the ledger shows acknowledged (MESH: sent) the receiver holds, and
  whatever it shows failed the receiver never got;
- the ledger settles within two re-runs, and a share after that sends nothing;
- duplicates only where the transport cannot prevent them (MLLP and MESH, after an answer was lost), each
  carrying its delivery's stable identity (MSH-10, MESH local id); FHIR, a conditional create, never
  duplicates, even with the identifier search refused;
- the ledger file keeps its invariants (tests/ledger_invariants.py) after every run and every kill.

Faults are seeded per message identity and copy (tests/fault_proxies.py), so every run is the same. The
figures each test reaches are printed (``pytest -s``) and docs/security.md quotes them.
"""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from medassess import Ledger
from medassess.cli import main
from medassess.core.killpoints import KILL_AT_ENV
from medassess.formats.fhir.writer import DOCUMENT_ID_SYSTEM
from medassess.formats.identity import document_identifier, hl7v2_control_id, mesh_local_id
from medassess.transports.mllp import message_control_id
from tests.fault_proxies import (
    ANSWER_LOST,
    HttpFaultProxy,
    MllpFaultProxy,
    MllpReceiver,
    SeededFaults,
    running,
)
from tests.fhir_server import DocumentStore
from tests.ledger_invariants import assert_consistent
from tests.mesh_sandbox import MAILBOXES, Sandbox, mesh_sandbox, mesh_sandbox_server

TEST_SITE_CONFIG = "[share]\nlocal_receivers = true  # the receivers these tests start run on this machine\n\n"

__all__ = ["mesh_sandbox", "mesh_sandbox_server"]  # pytest fixtures, used by name

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
RECIPIENTS = ("rcp-maternity", "rcp-midwife", "rcp-hv", "rcp-sw")
MAX_RUNS = 3
"""The first share and at most two re-runs."""


def write_records(folder: Path, count: int, route: Callable[[str], dict[str, Any]], prefix: str) -> list[str]:
    """``count`` copies of the example under their own record ids, each recipient on ``route(recipient_id)``."""
    folder.mkdir(parents=True, exist_ok=True)
    example = orjson.loads(EXAMPLE.read_bytes())
    ids = []
    for n in range(count):
        data = copy.deepcopy(example)
        data["record_id"] = f"{prefix}-{n:03d}"
        for recipient in data["recipients"]:
            recipient.pop("format", None)  # the route decides (MLLP: HL7 v2, FHIR REST: FHIR JSON)
            recipient["route"] = route(recipient["id"])
        (folder / f"{data['record_id']}.json").write_bytes(orjson.dumps(data))
        ids.append(data["record_id"])
    return ids


def states(ledger: Path) -> dict[tuple[str, str], Any]:
    with Ledger(ledger) as opened:
        return {(d.record_id, d.recipient_id): d for d in opened.deliveries()}


def settle(share: Callable[[], int], ledger: Path, settled: Callable[[dict[tuple[str, str], Any]], bool],
           check: Callable[[dict[tuple[str, str], Any]], None]) -> int:  # fmt: skip
    """Share until the ledger has settled (at most MAX_RUNS times), checking the promises after every run;
    returns the number of runs it took."""
    for run in range(1, MAX_RUNS + 1):
        share()
        assert_consistent(ledger)
        current = states(ledger)
        check(current)
        if settled(current):
            return run
    raise AssertionError(f"not settled after {MAX_RUNS} runs: {Counter(d.status for d in current.values())}")


def by_kind(faults: SeededFaults) -> dict[str, int]:
    return dict(sorted(Counter(fault for _, _, fault in faults.log if fault != "pass").items()))


def report(name: str, **figures: object) -> None:
    print(f"\n[fault figures] {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


# --- MLLP ----------------------------------------------------------------------------------------------

MLLP_FAULTS = ("cut", "delay", "malformed", "ae", "drop")


def test_mllp_through_faults_loses_nothing_claims_nothing_false_and_settles(tmp_path: Path) -> None:
    faults = SeededFaults(seed=10, rate=0.3, kinds=MLLP_FAULTS)
    ledger = tmp_path / "ledger.sqlite3"
    with running(MllpReceiver()) as receiver, running(
        MllpFaultProxy(receiver.server_address, faults, late=0.4)
    ) as proxy:  # fmt: skip
        port = proxy.server_address[1]
        records = write_records(tmp_path / "records", 10, lambda _: {"kind": "mllp", "host": "127.0.0.1", "port": port},
                                "mllp-fault")  # fmt: skip
        config = tmp_path / "site.toml"
        config.write_text(TEST_SITE_CONFIG + "[mllp]\ntimeout = 0.2\nretries = 2\nbackoff = 0\n")
        expected = {(r, rcp): hl7v2_control_id(r, 1, rcp) for r in records for rcp in RECIPIENTS}
        assert len(set(expected.values())) == len(expected)  # one identity per delivery

        def check(current: dict[tuple[str, str], Any]) -> None:
            copies = receiver.copies()
            for key, delivery in current.items():
                assert delivery.message_id in (None, expected[key])
                if delivery.status == "acknowledged":
                    assert copies[expected[key]] >= 1, key  # no false acknowledgement
                if delivery.status == "failed":
                    assert copies[expected[key]] == 0, key  # "failed" means nothing arrived

        def share() -> int:
            return main(["share", str(tmp_path / "records"), "--config", str(config), "--ledger", str(ledger)])

        runs = settle(share, ledger, lambda c: all(d.status == "acknowledged" for d in c.values()), check)
        sent_before = len(faults.log)
        assert share() == 0
        assert len(faults.log) == sent_before  # settled: nothing is sent again

    copies = receiver.copies()
    assert set(copies) == set(expected.values())  # nothing lost, nothing unknown arrived
    duplicates = 0
    for identity, count in copies.items():
        lost_answers = sum(fault in ANSWER_LOST for fault in faults.faults_of(identity))
        assert count - 1 <= lost_answers, identity  # a second copy only after an answer was lost
        duplicates += count - 1
    by_identity: dict[str, set[bytes]] = {}
    for message in receiver.received:
        by_identity.setdefault(message_control_id(message), set()).add(message)
    assert all(len(versions) == 1 for versions in by_identity.values())  # every copy is byte-identical
    assert faults.count(*MLLP_FAULTS) > 0 and duplicates > 0  # the run met faults, and duplicates it must allow
    report("MLLP", deliveries=len(expected), messages_sent=len(faults.log), faults=faults.count(*MLLP_FAULTS),
           by_kind=by_kind(faults), duplicates=duplicates, runs=runs)  # fmt: skip


def test_send_without_retries_resends_only_what_is_open_and_never_loses_an_acknowledgement(tmp_path: Path) -> None:
    # `send --retries 0` re-run by hand: each run may leave some open, and must send those and only those.
    faults = SeededFaults(seed=11, rate=0.3, kinds=MLLP_FAULTS)
    ledger = tmp_path / "ledger.sqlite3"
    manual = {"kind": "manual", "description": "letter handed over at the visit"}
    records = write_records(tmp_path / "records", 20, lambda _: manual, "send-fault")
    with running(MllpReceiver()) as receiver, running(
        MllpFaultProxy(receiver.server_address, faults, late=0.4)
    ) as proxy:  # fmt: skip
        address = f"127.0.0.1:{proxy.server_address[1]}"
        command = ["send", str(tmp_path / "records"), "--mllp", address, "--ledger", str(ledger), "--retries", "0",
                   "--timeout", "0.2", "--today", "2026-03-10"]  # fmt: skip
        acknowledged: set[str] = set()
        runs = 0
        while len(acknowledged) < len(records):
            runs += 1
            assert runs <= 6, f"not settled after 6 runs: {len(acknowledged)} of {len(records)}"
            sent_before = len(faults.log)
            main(command)
            assert_consistent(ledger)
            now = {record: d.status for (record, _), d in states(ledger).items()}
            assert len(faults.log) - sent_before == len(records) - len(acknowledged)  # only the open ones
            assert acknowledged <= {r for r, status in now.items() if status == "acknowledged"}  # never lost
            acknowledged = {r for r, status in now.items() if status == "acknowledged"}
        before = len(faults.log)
        assert main(command) == 0 and len(faults.log) == before
    copies = receiver.copies()
    assert set(copies) == {
        hl7v2_control_id(r, 1, None) for r in records
    }  # unaddressed: the record names no such receiver
    duplicates = sum(n - 1 for n in copies.values())
    for identity, count in copies.items():
        assert count - 1 <= sum(f in ANSWER_LOST for f in faults.faults_of(identity)), identity
    report("MLLP send --retries 0", deliveries=len(records), messages_sent=len(faults.log),
           faults=faults.count(*MLLP_FAULTS), by_kind=by_kind(faults), duplicates=duplicates, runs=runs)  # fmt: skip


def test_a_slow_receiver_settles_once_its_route_waits_long_enough(tmp_path: Path) -> None:
    # A receiver that answers after its sender stops waiting gets a copy per attempt and never an AA seen:
    # the outcome is unknown, never failed, and the route's own timeout settles it.
    ledger = tmp_path / "ledger.sqlite3"
    with running(MllpReceiver(answer_after=0.5)) as receiver:
        port = receiver.server_address[1]
        [record] = write_records(tmp_path / "records", 1, lambda _: {"kind": "mllp", "host": "127.0.0.1",
                                                                     "port": port}, "slow")  # fmt: skip
        config = tmp_path / "site.toml"
        config.write_text(TEST_SITE_CONFIG + "[mllp]\ntimeout = 0.1\nretries = 2\nbackoff = 0\n")
        share = ["share", str(tmp_path / "records"), "--config", str(config), "--ledger", str(ledger)]
        assert main(share) == 1
        assert {d.status for d in states(ledger).values()} == {"unknown"}
        assert set(receiver.copies().values()) == {3}  # each attempt arrived
        config.write_text(TEST_SITE_CONFIG + '[mllp]\ntimeout = 0.1\nretries = 2\nbackoff = 0\n\n[[mllp.route]]\n'
                          f'host = "127.0.0.1"\n'
                          f"port = {port}\ntimeout = 2\n")  # fmt: skip
        assert main(share) == 0
    assert {d.status for d in states(ledger).values()} == {"acknowledged"}
    assert receiver.copies() == Counter({hl7v2_control_id(record, 1, rcp): 4 for rcp in RECIPIENTS})
    assert_consistent(ledger)


# --- FHIR REST -----------------------------------------------------------------------------------------

HTTP_FAULTS = ("cut", "delay", "malformed", "unavailable", "drop")


def _bundle_identity(method: str, target: str, headers: dict[str, str], body: bytes) -> str | None:
    if method != "POST" or not target.endswith("/Bundle"):
        return None
    return str(orjson.loads(body)["identifier"]["value"])


@pytest.mark.parametrize("honour", [True, False], ids=["conditional-create", "server-ignores-if-none-exist"])
def test_fhir_through_faults_never_duplicates_where_the_server_honours_if_none_exist(
    tmp_path: Path, honour: bool
) -> None:
    store = DocumentStore(honour_if_none_exist=honour, refuse_search=True)  # settling must not need search
    faults = SeededFaults(seed=20, rate=0.3, kinds=HTTP_FAULTS)
    ledger = tmp_path / "ledger.sqlite3"
    with store.serve() as upstream:
        host_port = upstream.removeprefix("http://").split("/")[0].split(":")
        with running(
            # The client waits 1 s; a delayed answer comes after 1.5 s; an answer slower than 0.3 s end to end is
            # counted as possibly lost, leaving 0.7 s for a loaded machine to hand the client what was sent.
            HttpFaultProxy((host_port[0], int(host_port[1])), faults, _bundle_identity, late=1.5, slow_after=0.3)
        ) as proxy:
            base = f"http://127.0.0.1:{proxy.server_address[1]}/fhir/R4"
            records = write_records(tmp_path / "records", 10, lambda _: {"kind": "fhir", "base_url": base},
                                    "fhir-fault")  # fmt: skip
            config = tmp_path / "site.toml"
            config.write_text(
                f'{TEST_SITE_CONFIG}[[fhir]]\nbase_url = "{base}"\ntimeout = 1\nretries = 2\nbackoff = 0\n'
            )
            expected = {(r, rcp): document_identifier(r, 1, rcp) for r in records for rcp in RECIPIENTS}

            def check(current: dict[tuple[str, str], Any]) -> None:
                for key, delivery in current.items():
                    held = store.copies(DOCUMENT_ID_SYSTEM, expected[key])
                    if delivery.status == "acknowledged":
                        assert held and delivery.message_id in {b["id"] for b in held}, key
                    if delivery.status == "failed":
                        assert held == [], key

            def share() -> int:
                return main(["share", str(tmp_path / "records"), "--config", str(config), "--ledger", str(ledger)])

            runs = settle(share, ledger, lambda c: all(d.status == "acknowledged" for d in c.values()), check)
            posts = len(store.posts)
            assert share() == 0 and len(store.posts) == posts

    copies = Counter(b["identifier"]["value"] for b in store.stored)
    assert set(copies) == set(expected.values())  # nothing lost
    duplicates = sum(n - 1 for n in copies.values())
    for identity, count in copies.items():
        assert count - 1 <= sum(f in ANSWER_LOST for f in faults.faults_of(identity)), identity
    if honour:
        assert duplicates == 0  # a conditional create cannot make a second copy
    else:
        assert duplicates > 0  # without If-None-Exist a lost answer does, and the copy carries the same identifier
    assert faults.count(*HTTP_FAULTS) > 0
    report(f"FHIR ({'If-None-Exist honoured' if honour else 'If-None-Exist ignored'}, search refused)",
           deliveries=len(expected), posts=len(store.posts), faults=faults.count(*HTTP_FAULTS),
           by_kind=by_kind(faults), duplicates=duplicates, runs=runs)  # fmt: skip


# --- MESH ----------------------------------------------------------------------------------------------

MESH_ROUTES = {"rcp-maternity": "X26ABC1", "rcp-midwife": "X26ABC2", "rcp-hv": "X26ABC3", "rcp-sw": "X26ABC2"}


def _mesh_send_identity(method: str, target: str, headers: dict[str, str], body: bytes) -> str | None:
    return headers.get("mex-localid") if method == "POST" and target.endswith("/outbox") else None


def test_mesh_through_faults_loses_nothing_and_duplicates_only_after_a_lost_answer(
    mesh_sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = SeededFaults(seed=30, rate=0.3, kinds=HTTP_FAULTS)
    ledger = tmp_path / "ledger.sqlite3"
    host, port = mesh_sandbox.url.removeprefix("http://").split(":")
    with running(HttpFaultProxy((host, int(port)), faults, _mesh_send_identity, late=0.6)) as proxy:
        for name, value in mesh_sandbox.env(MEDASSESS_MESH_URL=f"http://127.0.0.1:{proxy.server_address[1]}",
                                            MEDASSESS_MESH_TIMEOUT="0.3", MEDASSESS_MESH_RETRIES="2",
                                            MEDASSESS_MESH_BACKOFF="0").items():  # fmt: skip
            monkeypatch.setenv(name, value)
        records = write_records(tmp_path / "records", 6, lambda rcp: {"kind": "mesh", "mailbox": MESH_ROUTES[rcp]},
                                "mesh-fault")  # fmt: skip
        expected = {(r, rcp): mesh_local_id(r, 1, rcp) for r in records for rcp in RECIPIENTS}

        def received() -> dict[str, list[Any]]:
            found: dict[str, list[Any]] = {}
            for mailbox in MAILBOXES:
                for message in mesh_sandbox.inbox(mailbox):
                    found.setdefault(message.local_id, []).append((mailbox, message))
            return found

        def check(current: dict[tuple[str, str], Any]) -> None:
            inbox = received()
            for key, delivery in current.items():
                copies = inbox.get(expected[key], [])
                if delivery.status == "sent":  # MESH holds it for the recipient: it must be there
                    assert delivery.message_id in {m.message_id for _, m in copies}, key
                if delivery.status == "failed":
                    assert copies == [], key

        def share() -> int:
            return main(["share", str(tmp_path / "records"), "--ledger", str(ledger)])

        runs = settle(share, ledger, lambda c: all(d.status == "sent" for d in c.values()), check)
        before = len(faults.log)
        assert share() == 0 and len(faults.log) == before
        inbox = received()

    assert set(inbox) == set(expected.values())  # nothing lost
    duplicates = 0
    for key, local_id in expected.items():
        copies = inbox[local_id]
        assert {mailbox for mailbox, _ in copies} == {MESH_ROUTES[key[1]]}
        assert len({m.payload for _, m in copies}) == 1  # a copy is the same payload, same identities
        assert len(copies) - 1 <= sum(f in ANSWER_LOST for f in faults.faults_of(local_id)), local_id
        duplicates += len(copies) - 1
    # The receivers download and acknowledge; MESH tracking (by message id) then shows every delivery acknowledged.
    for mailbox in MAILBOXES:
        mesh_sandbox.acknowledge_all(mailbox)
    monkeypatch.setenv("MEDASSESS_MESH_URL", mesh_sandbox.url)
    assert main(["ledger", "--ledger", str(ledger), "--refresh"]) == 0
    assert {d.status for d in states(ledger).values()} == {"acknowledged"}
    assert_consistent(ledger)
    assert faults.count(*HTTP_FAULTS) > 0
    report("MESH", deliveries=len(expected), sends=len(faults.log), faults=faults.count(*HTTP_FAULTS),
           by_kind=by_kind(faults), duplicates=duplicates, runs=runs)  # fmt: skip


# --- kill -9 mid-share ---------------------------------------------------------------------------------

KILLS = [
    ("before-send", 2, "rcp-midwife"),  # FHIR: the attempt committed, nothing sent
    ("after-send", 2, "rcp-midwife"),  # FHIR: stored, the answer read, nothing recorded
    ("after-send", 3, "rcp-hv"),  # MESH: accepted, nothing recorded
    ("after-send", 4, "rcp-sw"),  # MLLP: the whole frame sent, the ACK not read
    ("ledger-insert", 4, "rcp-midwife"),  # an event written but not committed
]
"""(kill point, the how-many-th time it is reached, the delivery it interrupts); the record's recipients go
in order over MLLP, FHIR REST, MESH and MLLP."""


def test_a_share_killed_at_any_point_leaves_a_consistent_ledger_that_the_next_share_settles(
    mesh_sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DocumentStore()
    for name, value in mesh_sandbox.env().items():
        monkeypatch.setenv(name, value)
    with running(MllpReceiver()) as receiver, store.serve() as fhir_base:
        port = receiver.server_address[1]
        routes: dict[str, dict[str, Any]] = {
            "rcp-maternity": {"kind": "mllp", "host": "127.0.0.1", "port": port},
            "rcp-midwife": {"kind": "fhir", "base_url": fhir_base},
            "rcp-hv": {"kind": "mesh", "mailbox": "X26ABC3"},
            "rcp-sw": {"kind": "mllp", "host": "127.0.0.1", "port": port},
        }
        config = tmp_path / "site.toml"
        config.write_text(f'{TEST_SITE_CONFIG}[[fhir]]\nbase_url = "{fhir_base}"\n')
        duplicates = 0
        for n, (point, count, interrupted) in enumerate(KILLS):
            folder, ledger = tmp_path / f"kill-{n}", tmp_path / f"kill-{n}.sqlite3"
            [record] = write_records(folder, 1, routes.__getitem__, f"kill-{n}")
            command = [sys.executable, "-m", "medassess", "share", str(folder), "--config", str(config),
                       "--ledger", str(ledger)]  # fmt: skip
            env = {**os.environ, KILL_AT_ENV: f"{point}:{count}"}
            killed = subprocess.run(command, env=env, capture_output=True, check=False, timeout=120)
            assert killed.returncode == -signal.SIGKILL, (point, killed.stderr[-2000:])

            assert_consistent(ledger)
            before = states(ledger)
            order = list(RECIPIENTS)
            done = order[: order.index(interrupted)]
            assert all(before[(record, rcp)].delivered for rcp in done), (point, before)
            # The interrupted delivery is pending (or, killed inside its first event's transaction, absent), and
            # nothing after it began.
            assert before.get((record, interrupted)) is None or before[(record, interrupted)].status == "pending"
            assert all((record, rcp) not in before for rcp in order[order.index(interrupted) + 1 :]), point

            assert main(["share", str(folder), "--config", str(config), "--ledger", str(ledger)]) == 0, point
            assert_consistent(ledger)
            after = states(ledger)
            assert {rcp: after[(record, rcp)].status for rcp in RECIPIENTS} == {
                "rcp-maternity": "acknowledged", "rcp-midwife": "acknowledged", "rcp-hv": "sent",
                "rcp-sw": "acknowledged",
            }, point  # fmt: skip

            copies = {
                "rcp-maternity": receiver.copies()[hl7v2_control_id(record, 1, "rcp-maternity")],
                "rcp-midwife": len(store.copies(DOCUMENT_ID_SYSTEM, document_identifier(record, 1, "rcp-midwife"))),
                "rcp-hv": sum(m.local_id == mesh_local_id(record, 1, "rcp-hv") for m in mesh_sandbox.inbox("X26ABC3")),
                "rcp-sw": receiver.copies()[hl7v2_control_id(record, 1, "rcp-sw")],
            }
            # Nothing lost; a second copy only of the interrupted delivery, only after its payload left, and
            # only where the transport cannot prevent it (MLLP, MESH; never FHIR).
            extra = {rcp for rcp, c in copies.items() if c != 1}
            assert all(c >= 1 for c in copies.values()), (point, copies)
            if point == "after-send" and interrupted != "rcp-midwife":
                assert extra == {interrupted} and copies[interrupted] == 2, (point, copies)
            else:
                assert extra == set(), (point, copies)
            duplicates += sum(c - 1 for c in copies.values())
    report("kill -9", kills=len(KILLS), deliveries=4 * len(KILLS), duplicates=duplicates, reruns_to_settle=1)
