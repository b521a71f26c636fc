"""``medassess share`` over FHIR REST routes, against the real local FHIR server (tests/fhir_server.py).

The document Bundle is POSTed to ``[base]/Bundle`` as a conditional create (``If-None-Exist`` on its
identifier); what is asserted is what the server then holds, found by the document's Bundle identifier
(addressed to the recipient: ``<record_id>-v<version>/<recipient_id>``). OAuth 2.0, a server that refuses
the document and lost answers use httpx.MockTransport (with tests/fhir_server.py's DocumentStore where
copies are counted), since the local server has none of them.
"""

from __future__ import annotations

import base64
import dataclasses as _dataclasses
import logging
import textwrap
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from medassess import ConfigurationError, Ledger, load_config, load_record
from medassess.cli import main
from medassess.formats.fhir.writer import DOCUMENT_ID_SYSTEM, to_fhir_json
from medassess.gate.settings import shipped_settings as _shipped_settings
from medassess.record.model import Record
from medassess.sharing.share import ShareOutcome, local_id, share_record
from medassess.transports.fhir_rest import FhirClient
from tests.fhir_server import DocumentStore, fhir_base, free_port, running_fhir_server

TEST_SITE = _dataclasses.replace(_shipped_settings(), local_endpoints=True)
"""Gate settings of a test site: the receivers these tests start run on this machine."""

__all__ = ["fhir_base"]  # a pytest fixture, used by name

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
NHS = "9990001111"  # the example mother's (test) NHS number: a receiver quoting it must not reach the ledger
SECRET = "cl1ent-Secret-Never-Shown"
TOKEN_URL = "https://auth.example.nhs.uk/oauth2/token"
SPINE = "https://maternity.example.nhs.uk/fhir/R4"


def fhir_record(directory: Path, base_url: str) -> Path:
    """The antenatal example under a fresh record id: the maternity unit over FHIR REST, everyone else by
    hand (confirmed with --record-manual), so the FHIR delivery is the one in question."""
    data = orjson.loads(EXAMPLE.read_bytes())
    data["record_id"] = str(uuid.uuid4())
    for recipient in data["recipients"]:
        recipient.pop("format", None)
        recipient["route"] = (
            {"kind": "fhir", "base_url": base_url}
            if recipient["id"] == "rcp-maternity"
            else {"kind": "manual", "description": "letter handed over at the visit"}
        )
    path = directory / f"{data['record_id']}.json"
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    return path


def site_config(directory: Path, base_url: str, extra: str = "") -> Path:
    path = directory / "site.toml"
    share = '[share]\ndefault_format = "hl7v2"\nlocal_receivers = true  # the test server runs on this machine\n'
    path.write_text(f'{share}\n[[fhir]]\nbase_url = "{base_url}"\nbackoff = 0\n{extra}')
    return path


def share(record: Path, config: Path, ledger: Path, *extra: str) -> int:
    return main(["share", str(record), "--config", str(config), "--ledger", str(ledger), "--record-manual", *extra])


def maternity_copy(record: Record) -> str:
    """The Bundle identifier of the maternity unit's copy of a record version."""
    return f"{record.record_id}-v{record.version}/rcp-maternity"


def documents_on(base_url: str, identifier: str) -> list[dict[str, Any]]:
    with FhirClient(base_url) as client:
        found = client.search("Bundle", {"identifier": f"{DOCUMENT_ID_SYSTEM}|{identifier}"})
    return [entry["resource"] for entry in found.get("entry") or []]


def maternity(ledger_path: Path, record_id: str) -> Any:
    with Ledger(ledger_path) as ledger:
        return next(d for d in ledger.deliveries(record_id) if d.recipient_id == "rcp-maternity")


def interrupted(ledger: Ledger, record: Record) -> None:
    """What a share killed after its POST leaves in the ledger: the maternity unit's attempt, pending."""
    ledger.record_attempt(
        record_id=record.record_id,
        record_version=record.version,
        recipient_id="rcp-maternity",
        recipient_role="maternity-unit",
        transport="fhir",
        format="fhir-json",
        practice_ods=record.mother.registered_practice.ods_code,
        local_id=local_id(record, record.recipients[0]),
        payload_sha256="0" * 64,
    )


def ledger_bytes(ledger_path: Path) -> bytes:
    """Every byte the ledger has on disk: the database, and its write-ahead log if one is left."""
    return b"".join(p.read_bytes() for p in ledger_path.parent.glob(f"{ledger_path.name}*"))


# --- the real server --------------------------------------------------------------------------------------


def test_the_document_is_stored_on_the_server_once_even_when_shared_again(
    fhir_base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    record = load_record(record_path)
    config, ledger = site_config(tmp_path, fhir_base), tmp_path / "ledger.sqlite3"

    assert share(record_path, config, ledger) == 0
    [stored] = documents_on(fhir_base, maternity_copy(record))
    assert stored["type"] == "document"
    assert stored["identifier"] == {"system": DOCUMENT_ID_SYSTEM, "value": maternity_copy(record)}
    delivery = maternity(ledger, record.record_id)
    assert (delivery.transport, delivery.format, delivery.status) == ("fhir", "fhir-json", "acknowledged")
    assert delivery.message_id == stored["id"]
    assert delivery.local_id == local_id(record, record.recipients[0])
    out = capsys.readouterr().out
    assert f"rcp-maternity (maternity-unit) via fhir: acknowledged, message {stored['id']}" in out

    assert share(record_path, config, ledger) == 0
    assert len(documents_on(fhir_base, maternity_copy(record))) == 1
    assert "via fhir: acknowledged, message" in (out := capsys.readouterr().out)
    assert "already acknowledged; not sent again (--force sends it again)" in out

    # Forced: sent again, and the conditional create finds the copy the server holds.
    assert share(record_path, config, ledger, "--force") == 0
    assert len(documents_on(fhir_base, maternity_copy(record))) == 1
    forced = maternity(ledger, record.record_id)
    assert (forced.status, forced.attempt, forced.message_id) == ("acknowledged", 2, stored["id"])
    assert forced.detail == "the FHIR server already held it (If-None-Exist)"


def test_two_recipients_on_one_server_each_get_their_own_document_on_the_first_run(
    fhir_base: str, tmp_path: Path
) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    data = orjson.loads(record_path.read_bytes())
    data["recipients"][1]["route"] = {"kind": "fhir", "base_url": fhir_base}
    record_path.write_bytes(orjson.dumps(data))
    record = load_record(record_path)
    ledger = tmp_path / "ledger.sqlite3"
    assert share(record_path, site_config(tmp_path, fhir_base), ledger) == 0
    second = record.recipients[1].id
    [first_copy] = documents_on(fhir_base, maternity_copy(record))
    [second_copy] = documents_on(fhir_base, f"{record.record_id}-v1/{second}")
    assert first_copy["id"] != second_copy["id"]
    with Ledger(ledger) as opened:
        states = {d.recipient_id: d.status for d in opened.deliveries(record.record_id) if d.transport == "fhir"}
    assert states == {"rcp-maternity": "acknowledged", second: "acknowledged"}


def test_the_payload_is_fhir_json_whatever_the_site_default_and_its_hash_is_of_what_was_sent(
    fhir_base: str, tmp_path: Path
) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    record = load_record(record_path)
    ledger = tmp_path / "ledger.sqlite3"
    assert share(record_path, site_config(tmp_path, fhir_base), ledger) == 0  # the site default is hl7v2
    delivery = maternity(ledger, record.record_id)
    [stored] = documents_on(fhir_base, maternity_copy(record))
    assert stored["entry"][0]["resource"]["resourceType"] == "Composition"
    with Ledger(ledger) as opened:
        manual = [d.format for d in opened.deliveries(record.record_id) if d.transport == "manual"]
    assert set(manual) == {"hl7v2"}
    assert len(delivery.payload_sha256) == 64


def test_a_server_that_is_down_is_failed_and_the_next_share_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/fhir/R4"
    record_path = fhir_record(tmp_path, base_url)
    record = load_record(record_path)
    config, ledger = site_config(tmp_path, base_url), tmp_path / "ledger.sqlite3"

    assert share(record_path, config, ledger) == 1
    failed = maternity(ledger, record.record_id)
    assert failed.status == "failed"
    assert "ConnectError" in str(failed.detail)
    assert "via fhir: failed" in capsys.readouterr().out

    with running_fhir_server(port):
        assert share(record_path, config, ledger) == 0
        assert len(documents_on(base_url, maternity_copy(record))) == 1
    assert maternity(ledger, record.record_id).status == "acknowledged"


def test_a_crash_between_the_post_and_the_ledger_is_settled_without_a_second_copy(
    fhir_base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    record = load_record(record_path)
    config, ledger_path = site_config(tmp_path, fhir_base), tmp_path / "ledger.sqlite3"
    # What a share killed after the POST leaves: the attempt recorded as pending, the document on the server.
    with Ledger(ledger_path) as ledger:
        interrupted(ledger, record)
    with FhirClient(fhir_base) as client:
        posted = client.post_bundle(orjson.loads(to_fhir_json(record, recipient="rcp-maternity", settings=TEST_SITE)))

    assert share(record_path, config, ledger_path) == 0
    [stored] = documents_on(fhir_base, maternity_copy(record))
    assert stored["id"] == posted["id"]
    delivery = maternity(ledger_path, record.record_id)
    assert (delivery.status, delivery.message_id, delivery.attempt) == ("acknowledged", posted["id"], 2)
    assert delivery.detail == "the FHIR server already held it (If-None-Exist)"
    assert "the FHIR server already held it (If-None-Exist)" in capsys.readouterr().out


def test_a_pending_delivery_the_server_never_got_is_sent(fhir_base: str, tmp_path: Path) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    record = load_record(record_path)
    ledger_path = tmp_path / "ledger.sqlite3"
    with Ledger(ledger_path) as ledger:
        interrupted(ledger, record)
    assert share(record_path, site_config(tmp_path, fhir_base), ledger_path) == 0
    assert len(documents_on(fhir_base, maternity_copy(record))) == 1
    assert maternity(ledger_path, record.record_id).detail == "stored by the FHIR server"


def test_a_recipient_format_that_contradicts_its_fhir_route_stops_the_share_before_anything_is_sent(
    fhir_base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    data = orjson.loads(record_path.read_bytes())
    data["recipients"][0]["format"] = "hl7v2"
    record_path.write_bytes(orjson.dumps(data))
    ledger = tmp_path / "ledger.sqlite3"
    assert share(record_path, site_config(tmp_path, fhir_base), ledger) == 2
    assert "$.recipients[0].format: a FHIR REST route carries FHIR JSON only, not hl7v2" in capsys.readouterr().err
    assert documents_on(fhir_base, f"{data['record_id']}-v1/rcp-maternity") == []
    with Ledger(ledger) as opened:
        assert list(opened.deliveries(data["record_id"])) == []


def test_a_server_missing_from_the_config_is_failed_and_nothing_is_posted(
    fhir_base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_path = fhir_record(tmp_path, fhir_base)
    record = load_record(record_path)
    other = site_config(tmp_path, "https://elsewhere.example.nhs.uk/fhir/R4")
    assert share(record_path, other, tmp_path / "ledger.sqlite3") == 1
    assert documents_on(fhir_base, maternity_copy(record)) == []
    assert "via fhir: failed - this FHIR server is not configured ([[fhir]])" in capsys.readouterr().out


# --- refusals, and what the ledger keeps of them (mock server) -------------------------------------------


def share_with(handler: Any, tmp_path: Path, **client: Any) -> tuple[list[ShareOutcome], Path]:
    record = load_record(fhir_record(tmp_path, SPINE))
    ledger_path = tmp_path / "ledger.sqlite3"
    fhir = FhirClient(SPINE, transport=httpx.MockTransport(handler), **client)
    with Ledger(ledger_path) as ledger, fhir:
        outcomes = share_record(record, ledger=ledger, fhir={SPINE: fhir}, record_manual=True)
    return outcomes, ledger_path


def refusal(status: int) -> httpx.Response:
    text = f"Patient with NHS number {NHS} is not registered at this unit"
    return httpx.Response(
        status,
        json={
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": "invalid", "diagnostics": text}],
        },
    )


@pytest.mark.parametrize(("status", "verdict", "ledger_detail"), [
    (400, "rejected", "HTTP 400: rejected by the FHIR server"),
    (422, "rejected", "HTTP 422: rejected by the FHIR server"),
    (503, "failed", "HTTP 503: error from the FHIR server"),
])  # fmt: skip
def test_a_refusal_is_shown_to_the_sharer_but_the_ledger_keeps_only_the_status(
    tmp_path: Path, status: int, verdict: str, ledger_detail: str
) -> None:
    posts: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset", "entry": []})
        posts.append(request)
        return refusal(status)

    [outcome, *_] = outcomes = share_with(server, tmp_path)[0]
    ledger_path = tmp_path / "ledger.sqlite3"
    assert len(posts) == 1  # not retried within the share
    assert outcome.status == verdict and not outcome.delivered
    # The sharer sees why, in the server's words, with the NHS number it quoted masked.
    assert "Patient with NHS number [number] is not registered" in str(outcome.detail)
    assert NHS not in str(outcome.detail)
    assert maternity(ledger_path, outcome.record_id).detail == ledger_detail
    assert NHS.encode() not in ledger_bytes(ledger_path)
    assert all(o.delivered for o in outcomes[1:])


def test_a_lost_answer_is_unknown_and_the_next_share_settles_it_without_a_second_copy(tmp_path: Path) -> None:
    store = DocumentStore()
    lose_next_answer = [True]

    def server(request: httpx.Request) -> httpx.Response:
        answer = store(request)  # the server acts on the request ...
        if lose_next_answer and lose_next_answer.pop():
            raise httpx.ReadTimeout("the answer was lost", request=request)  # ... and its answer never arrives
        return answer

    record = load_record(fhir_record(tmp_path, SPINE))
    ledger_path = tmp_path / "ledger.sqlite3"
    with Ledger(ledger_path) as ledger, FhirClient(SPINE, transport=httpx.MockTransport(server)) as fhir:
        [first, *_] = share_record(record, ledger=ledger, fhir={SPINE: fhir}, record_manual=True)
        assert (first.status, first.sent_now) == ("unknown", True)
        assert first.detail is not None and first.detail.startswith("the next share settles it (")
        [second, *_] = share_record(record, ledger=ledger, fhir={SPINE: fhir}, record_manual=True)
    assert (second.status, second.message_id) == ("acknowledged", "stored-1")
    assert len(store.posts) == 2 and len(store.copies(DOCUMENT_ID_SYSTEM, maternity_copy(record))) == 1
    assert maternity(ledger_path, record.record_id).detail == "the FHIR server already held it (If-None-Exist)"


def test_settling_needs_no_search_a_server_that_refuses_every_search_still_gets_one_copy(tmp_path: Path) -> None:
    store = DocumentStore(refuse_search=True)
    record = load_record(fhir_record(tmp_path, SPINE))
    with Ledger(tmp_path / "ledger.sqlite3") as ledger, FhirClient(SPINE, transport=httpx.MockTransport(store)) as fhir:
        with FhirClient(SPINE, transport=httpx.MockTransport(store)) as direct:
            direct.post_bundle(
                orjson.loads(to_fhir_json(record, recipient="rcp-maternity", settings=TEST_SITE))
            )  # it arrived, and
        interrupted(ledger, record)  # the ledger never heard back
        [outcome, *_] = share_record(record, ledger=ledger, fhir={SPINE: fhir}, record_manual=True)
    assert outcome.status == "acknowledged"
    assert len(store.copies(DOCUMENT_ID_SYSTEM, maternity_copy(record))) == 1


def test_a_server_holding_several_copies_already_has_it(tmp_path: Path) -> None:
    store = DocumentStore()
    record = load_record(fhir_record(tmp_path, SPINE))
    bundle = orjson.loads(to_fhir_json(record, recipient="rcp-maternity", settings=TEST_SITE))
    store.stored += [{**bundle, "id": "old-1"}, {**bundle, "id": "old-2"}]  # left by a server without If-None-Exist
    with Ledger(tmp_path / "ledger.sqlite3") as ledger, FhirClient(SPINE, transport=httpx.MockTransport(store)) as fhir:
        [outcome, *_] = share_record(record, ledger=ledger, fhir={SPINE: fhir}, record_manual=True)
    assert (outcome.status, outcome.message_id) == ("acknowledged", None)
    assert outcome.detail == "HTTP 412: the FHIR server already holds more than one copy"
    assert store.posts and len(store.stored) == 2


def test_an_answer_without_the_stored_id_is_not_counted_as_delivered(tmp_path: Path) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"resourceType": "OperationOutcome", "issue": []})

    [outcome, *_] = share_with(server, tmp_path)[0]
    assert outcome.status == "unknown"
    assert outcome.detail == "the next share settles it (the FHIR server answered without the stored Bundle's id)"


# --- OAuth 2.0 client credentials from the site config --------------------------------------------------


def test_the_configured_client_credentials_get_the_token_the_post_carries(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = site_config(tmp_path, SPINE, textwrap.dedent(f"""\
        token_url = "{TOKEN_URL}"
        client_id = "medassess-y90001"
        client_secret_env = "MATERNITY_FHIR_SECRET"
        scope = "system/Bundle.write"
    """))  # fmt: skip
    site = load_config(config, environ={"MATERNITY_FHIR_SECRET": SECRET})
    server = site.fhir_server(SPINE + "/")
    assert server is not None
    seen: list[httpx.Request] = []

    def spine(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if str(request.url) == TOKEN_URL:
            return httpx.Response(200, json={"access_token": "tok-1", "token_type": "Bearer", "expires_in": 300})
        if request.method == "GET":
            return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset"})
        return httpx.Response(201, json={**orjson.loads(request.content), "id": "stored-1"})

    caplog.set_level(logging.DEBUG)
    record = load_record(fhir_record(tmp_path, SPINE))
    ledger_path = tmp_path / "ledger.sqlite3"
    with Ledger(ledger_path) as ledger, server.client(transport=httpx.MockTransport(spine)) as client:
        outcomes = share_record(record, ledger=ledger, fhir={SPINE: client}, record_manual=True)
    assert (outcomes[0].status, outcomes[0].message_id) == ("acknowledged", "stored-1")
    token, post = seen
    assert token.headers["Authorization"] == "Basic " + base64.b64encode(f"medassess-y90001:{SECRET}".encode()).decode()
    assert b"scope=system%2FBundle.write" in token.content
    assert (post.method, post.url.path, post.headers["Authorization"]) == ("POST", "/fhir/R4/Bundle", "Bearer tok-1")
    shown = " ".join([repr(site), repr(server), str(server), caplog.text, *(repr(o) for o in outcomes)])
    assert SECRET not in shown and "tok-1" not in shown
    assert SECRET.encode() not in ledger_bytes(ledger_path)


def test_refused_credentials_fail_that_delivery_without_showing_the_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def auth(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client", "error_description": SECRET})

    outcomes, ledger_path = share_with(
        auth, tmp_path, token_url=TOKEN_URL, client_id="medassess-y90001", client_secret=SECRET
    )
    assert outcomes[0].status == "failed"
    assert "refused the client credentials (invalid_client)" in str(outcomes[0].detail)
    assert all(o.delivered for o in outcomes[1:])  # the others are still served
    assert SECRET not in repr(outcomes) and SECRET.encode() not in ledger_bytes(ledger_path)


def test_the_cli_never_prints_the_client_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vacant = f"http://127.0.0.1:{free_port()}"
    config = site_config(
        tmp_path, SPINE, f'token_url = "{vacant}/token"\nclient_id = "id-1"\nclient_secret = "{SECRET}"\n'
    )
    record_path = fhir_record(tmp_path, SPINE)
    assert share(record_path, config, tmp_path / "ledger.sqlite3") == 1
    captured = capsys.readouterr()
    assert "via fhir: failed - token request failed: ConnectError" in captured.out
    assert SECRET not in captured.out + captured.err


# --- the [[fhir]] settings -------------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "problem"), [
    ('base_url = "ftp://x"', "fhir[0].base_url: should be the server's https:// base URL"),
    (f'base_url = "{SPINE}"\ntoken_url = "{TOKEN_URL}"\nclient_id = "a"',
     "fhir[0]: OAuth 2.0 client credentials need client_secret"),
    (f'base_url = "{SPINE}"\ntoken_url = "{TOKEN_URL}"\nclient_secret = "{SECRET}"',
     "fhir[0]: OAuth 2.0 client credentials need client_id"),
    (f'base_url = "{SPINE}"\nclient_auth = "jwt"', 'fhir[0].client_auth: should be "basic" or "post"'),
    ('base_url = "http://maternity.example.nhs.uk/fhir/R4"',
     "fhir[0].base_url: patient data goes over TLS: use https://"),
    (f'base_url = "{SPINE}"\ntoken_url = "https://id:{SECRET}@auth.example.nhs.uk/t"\nclient_id = "a"',
     "fhir[0].token_url: credentials do not belong in the URL"),
    (f'base_url = "{SPINE}"\n{SECRET}_password = "{SECRET}"', "fhir[0]: has a setting medassess does not know"),
    (f'base_url = "{SPINE}"\n\n[[fhir]]\nbase_url = "{SPINE}/"',
     "fhir[1].base_url: this base URL is already configured"),
])  # fmt: skip
def test_unusable_fhir_settings_are_named_never_their_values(tmp_path: Path, table: str, problem: str) -> None:
    path = tmp_path / "site.toml"
    path.write_text(f"[[fhir]]\n{table}\n")
    with pytest.raises(ConfigurationError) as caught:
        load_config(path, environ={})
    assert problem in caught.value.located()
    assert SECRET not in caught.value.located()


def test_the_secret_variable_wins_over_the_file_and_is_masked(tmp_path: Path) -> None:
    path = site_config(
        tmp_path,
        SPINE,
        f'token_url = "{TOKEN_URL}"\nclient_id = "a"\nclient_secret = "from-file"\nclient_secret_env = "S"\n',
    )
    from_env = load_config(path, environ={"S": SECRET}).fhir_server(SPINE)
    from_file = load_config(path, environ={}).fhir_server(SPINE)
    assert from_env is not None and from_file is not None
    assert from_env.client_secret is not None and from_env.client_secret.reveal() == SECRET
    assert from_file.client_secret is not None and from_file.client_secret.reveal() == "from-file"
    assert SECRET not in repr(from_env) and SECRET not in str(from_env.client_secret)
