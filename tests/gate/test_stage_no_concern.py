"""MA117: a medicine of no concern only at some stages (mappings/no-concern-medicines.toml ``stages``) needs no
reason in a record at one of them and still needs one at another: ibuprofen is fine while breastfeeding, not
advised in pregnancy."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import COMPLETE, TODAY, complete

Data = dict[str, Any]


def _postnatal() -> Data:
    data: Data = json.loads((COMPLETE.parent / "nothing-concerning-postnatal.json").read_text(encoding="utf-8"))
    return data


def _refused(data: Data, name: str) -> bool:
    data["medicines"].append({"id": "med-extra", "name": name})
    return any(i.code == "MA117" and "med-extra" in i.message for i in check(record_from_data(data), today=TODAY))


_NAMES = ["Ibuprofen 200mg tablets", "ibuprofen 400 mg three times a day with food"]


@pytest.mark.parametrize("name", _NAMES)
def test_ibuprofen_after_the_birth_needs_no_reason(name: str) -> None:
    assert not _refused(_postnatal(), name)


@pytest.mark.parametrize("name", _NAMES)
def test_ibuprofen_in_pregnancy_still_needs_a_reason(name: str) -> None:
    assert _refused(complete(), name)


def test_a_medicine_of_no_concern_at_every_stage_needs_no_reason_in_pregnancy() -> None:
    assert not _refused(complete(), "Paracetamol 500mg tablets")


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_NAMES), st.data())
def test_disguised_ibuprofen_is_judged_as_the_plain_one_at_each_stage(name: str, data: st.DataObject) -> None:
    shown = data.draw(disguised(name))
    assert _refused(_postnatal(), shown) == _refused(_postnatal(), name)
    assert _refused(complete(), shown) == _refused(complete(), name)
