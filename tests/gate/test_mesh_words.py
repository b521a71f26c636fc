"""MA307: a MESH mailbox id made of English words run together stands in for an id, as one word does.

Measured against every mailbox id the examples, tests and red-team corpora hold that must pass, and against
every id an all-letter ODS code and a two- or three-letter group could make."""

from __future__ import annotations

import itertools
import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import RecordError, check, record_from_data
from medassess.gate.english import zipf
from medassess.gate.routes import mailbox_problem
from tests.gate.disguise import disguised
from tests.redteam.cases import PASS
from tests.redteam.test_fresh_records import ALL

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
WORDS_RUN_TOGETHER = (
    "a MESH mailbox id is the one NHS England issued (the ODS code, then letters and a number), not an English "
    "word standing in for it"
)


def _refused(mailbox: str) -> bool:
    data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["recipients"][1]["route"]["mailbox"] = mailbox
    try:
        record = record_from_data(data)
    except RecordError as refused:  # a mailbox id outside A-Z and 0-9 is refused before the gate
        assert refused.path == "$.recipients[1].route.mailbox"
        return True
    paths = [i.path for i in check(record) if i.code == "MA307"]
    assert paths in ([], ["$.recipients[1].route.mailbox"])
    return bool(paths)


@pytest.mark.parametrize("mailbox", ["POSTBOX7", "MAILTEST01", "SAMPLEMAIL2", "X26DUMMYBOX1", "NEWMAILBOX3"])
def test_english_words_run_together_are_refused(mailbox: str) -> None:
    assert mailbox_problem(mailbox) == WORDS_RUN_TOGETHER
    assert _refused(mailbox)


@pytest.mark.parametrize("mailbox", ["RXXOT004", "QHGHV001", "X26HC001", "RWEMH002", "Y90500OT001", "X26ABC1"])
def test_ods_codes_and_letter_groups_pass(mailbox: str) -> None:
    assert mailbox_problem(mailbox) is None
    assert not _refused(mailbox)


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from(["POSTBOX7", "RXXOT004"]))
def test_a_disguised_id_is_never_passed_where_the_plain_one_is_refused(data: st.DataObject, plain: str) -> None:
    # A mailbox id is not text: any disguise takes it outside A-Z and 0-9, which is refused on its own.
    hidden = data.draw(disguised(plain))
    if hidden != plain:
        assert _refused(hidden)
    else:
        assert _refused(hidden) == _refused(plain)


def _mailboxes(data: object) -> list[str]:
    recipients = data.get("recipients", []) if isinstance(data, dict) else []
    return [
        r["route"]["mailbox"]
        for r in recipients
        if isinstance(r, dict) and isinstance(r.get("route"), dict) and r["route"].get("kind") == "mesh"
    ]


def test_no_mailbox_id_that_must_pass_is_read_as_words() -> None:
    ids = {m for case in ALL if case.expect == PASS for m in _mailboxes(case.build())}
    for path in [*ROOT.glob("examples/pass/*.json"), *ROOT.glob("tests/**/*.json")]:
        try:
            ids.update(_mailboxes(json.loads(path.read_text(encoding="utf-8"))))
        except (ValueError, KeyError, TypeError):
            continue
    assert len(ids) > 20
    assert [m for m in sorted(ids) if mailbox_problem(m) == WORDS_RUN_TOGETHER] == []


@pytest.mark.parametrize("group", ["OT", "HC", "HV", "MB", "MH", "CS", "GP", "NHS", "MHT", "PHC", "HVS"])
def test_no_all_letter_ods_code_with_a_short_letter_group_is_read_as_words_run_together(group: str) -> None:
    """A three-letter ODS code and a two- or three-letter group: one common word stays refused as before (e.g.
    'BEACH'), but no split into several words refuses one."""
    letters = string.ascii_uppercase
    for code in map("".join, itertools.product(letters, repeat=3)):
        run = code + group
        if mailbox_problem(run + "001") == WORDS_RUN_TOGETHER:
            assert zipf(run.casefold()) >= 3.0, run


@pytest.mark.parametrize("mailbox", ["REDBOXTEST1", "MAILTESTBOX1"])
def test_three_english_words_run_together_are_refused(mailbox: str) -> None:
    # No split into two words covers them ("redbox", "dummytest" are no words): word_max_parts = 3 must reach a
    # third (twenty-sixth hand-mutation round: two parts at most let both pass).
    assert mailbox_problem(mailbox) == WORDS_RUN_TOGETHER
    assert _refused(mailbox)
