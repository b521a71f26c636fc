"""MA307: a MESH mailbox id is an ODS code followed by the mailbox's own part. The code alone, an id typed
twice, and placeholder words run together with digits name no mailbox; ids of the issued form still pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import RecordError, check, record_from_data
from medassess.gate.routes import mailbox_problem
from tests.gate.disguise import disguised

COMPLETE = Path(__file__).resolve().parents[2] / "examples" / "pass" / "antenatal-methadone-sertraline.json"


def _refused(mailbox: str) -> bool:
    data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["recipients"][1]["route"]["mailbox"] = mailbox
    try:
        record = record_from_data(data)
    except RecordError:
        return True
    return any(i.code == "MA307" for i in check(record))


@pytest.mark.parametrize("mailbox", ["A81002", "Y02494", "P84017"])
def test_an_ods_code_alone_is_no_mailbox(mailbox: str) -> None:
    assert mailbox_problem(mailbox) is not None
    assert _refused(mailbox)


@pytest.mark.parametrize("mailbox", ["RR8OT001RR8OT001", "A81002HC01A81002HC01", "RX1HV2RX1HV2"])
def test_an_id_typed_twice_is_refused(mailbox: str) -> None:
    assert mailbox_problem(mailbox) is not None
    assert _refused(mailbox)


@pytest.mark.parametrize("mailbox", ["TBATBA01", "NILNIL99", "TBCUNK01", "TBC00007"])
def test_placeholder_words_inside_an_id_are_refused(mailbox: str) -> None:
    assert mailbox_problem(mailbox) is not None
    assert _refused(mailbox)


@pytest.mark.parametrize(
    "mailbox", ["A81002OT001", "A81002HV0007", "RR8OT001", "X26HV2", "TAJOT002", "RNLMH001", "A81002A1"]
)
def test_ids_of_the_issued_form_pass(mailbox: str) -> None:
    # an ODS code with a suffix, up to a practice code, a letter group and four digits (12 characters)
    assert mailbox_problem(mailbox) is None
    assert not _refused(mailbox)


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(["A81002", "TBATBA01", "RR8OT001RR8OT001"]))
def test_disguised_forms_stay_refused(data: st.DataObject, plain: str) -> None:
    assert _refused(data.draw(disguised(plain)))
