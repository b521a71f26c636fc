"""Harm in the womb answered by a fetal check reported in the impact on the baby (mappings/concerns.toml,
teratogenicity ``result_checks``): found refused by an eighty-eighth fresh corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.concerns import concern_map, reports_result
from tests.gate.disguise import disguised

# Ebstein's anomaly named, or a bare "echo" or scan dated by gestation, beside a result: a check done and reported.
_REPORTED = [
    "Risk of Ebstein's anomaly is low; the 21-week heart scan showed no abnormality.",
    "Ebstein anomaly risk discussed, echo normal.",
    "Echo at 22/40: normal four chambers.",
    "Echo 20+4 reassuring, no structural problem seen.",
    "Cardiac check: echo at 20 weeks unremarkable.",
]
# A harm named alone, an echo with no result, or the mother's own heart: nothing reported of the baby.
_NOT_REPORTED = [
    "Ebstein's.",
    "Ebstein's anomaly is the main risk of lithium.",
    "Echo at 20/40 booked.",
    "Maternal echo normal.",
    "Her echo at 24 weeks was normal (for her cardiomyopathy).",
    "Echo normal.",
]


def _reports(text: str) -> bool:
    return reports_result(text, concern_map().specs["teratogenicity"])


@pytest.mark.parametrize("text", _REPORTED)
def test_a_fetal_check_or_a_named_heart_defect_beside_a_result_reports_one(text: str) -> None:
    assert _reports(text)


@pytest.mark.parametrize("text", _NOT_REPORTED)
def test_a_defect_named_alone_a_booked_echo_or_the_mothers_echo_reports_none(text: str) -> None:
    assert not _reports(text)


@given(st.sampled_from(_REPORTED + _NOT_REPORTED), st.data())
@settings(max_examples=30, deadline=None)
def test_a_disguised_fetal_check_is_read_like_the_plain_one(text: str, data: st.DataObject) -> None:
    assert _reports(data.draw(disguised(text))) == _reports(text)
