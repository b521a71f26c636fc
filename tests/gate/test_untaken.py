"""MA103: a conclusion whose only word on the baby is a pointer to a form ("see the neonatal referral form") is
hollow; a medicine's form ("in liquid form") is no pointer. Worded apart from the red-team corpora."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete


def _hollow(conclusion: str) -> bool:
    data = complete()
    data["assessments"][0]["conclusion"] = conclusion
    found = check(record_from_data(data), today=TODAY)
    return any(i.code in ("MA103", "MA124") and i.path == "$.assessments[0].conclusion" for i in found)


_POINTING = [
    "Methadone 60 mg daily continues unchanged; for everything about the baby see the neonatal referral form.",
    "Methadone continues at the same dose; the baby's care is as per the safeguarding proforma.",
]

_NOT_POINTING = [
    "Methadone 60 mg per day in liquid form continues; the baby is scored for withdrawal for 72 hours on the ward.",
    "Methadone continues; the baby is scored for withdrawal for 72 hours; the midwife completes the alert form too.",
]


@pytest.mark.parametrize("conclusion", _POINTING)
def test_a_form_pointed_to_for_the_baby_is_no_conclusion(conclusion: str) -> None:
    assert _hollow(conclusion)


@pytest.mark.parametrize("conclusion", _NOT_POINTING)
def test_a_medicines_form_or_a_form_beside_the_plan_is_no_pointer(conclusion: str) -> None:
    assert not _hollow(conclusion)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([*_POINTING, *_NOT_POINTING]), st.data())
def test_a_disguised_pointer_is_judged_as_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _hollow(data.draw(disguised(conclusion))) == _hollow(conclusion)
