"""MA120 and MA103 on shapes worded apart from the red-team corpora.

MA120: a medicine named as the baby's treatment never given ("managed without", "did not need", "was never
needed", "no ... was needed"), as advice against in words other than "avoid" before it ("is better avoided", "steer
clear of", "we advise against") or as an alternative for someone to weigh ("is the obvious alternative") need not
be on the medicine list; the same words where she takes it ("cannot sleep without", "the alternative she
started", "her pregabalin") are refused.

MA103: a conclusion whose only word on the baby is a pointer to a form ("see the neonatal referral form") is
hollow; a medicine's form ("in liquid form") is no pointer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

_TAIL = " The maternity team will watch the baby for 72 hours after birth."


def _refused(sentence: str) -> bool:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + _TAIL
    found = check(record_from_data(data), today=TODAY)
    return any(i.code == "MA120" and i.path == "$.assessments[1].conclusion" for i in found)


_UNTAKEN = [
    # The baby's treatment, never given.
    "Sertraline continues. The infant's withdrawal scores stayed low and he was managed without phenobarbital.",
    "Sertraline continues. The newborn fed well and rescue morphine was never needed.",
    "Sertraline continues. On the ward the baby did not need any oral morphine.",
    "Sertraline continues. The baby was scored for four days and no oral morphine was needed.",
    # Advice against, in other words.
    "Sertraline continues; tramadol is better avoided after the birth.",
    "Sertraline continues; pregabalin would be best avoided while she breastfeeds.",
    "Sertraline continues; she should steer clear of codeine after the section.",
    "Sertraline continues; we advise against diazepam for her anxiety.",
    "Sertraline continues; diazepam should be avoided in late pregnancy.",
    "Sertraline continues; tramadol is not recommended while breastfeeding.",
    # An alternative named for someone to weigh.
    "Sertraline continues; pregabalin is the obvious alternative the pain clinic may suggest.",
    "Sertraline continues. Diazepam remains a fallback the crisis team could weigh up.",
]

_TAKEN = [
    # "Without" after a negation: she takes it.
    "Sertraline continues. The baby is watched for withdrawal; she cannot sleep without diazepam.",
    # No absence said.
    "Sertraline continues. The baby's scores settled and she takes diazepam at night.",
    "Sertraline continues. The baby is watched, and diazepam was needed for her panic after the birth.",
    # No advice against.
    "Sertraline continues; tramadol is best for her pain after the section.",
    "Sertraline continues; she should steer clear of alcohol, and she takes diazepam at night.",
    # An alternative taken, or hers.
    "Sertraline continues; pregabalin is the alternative she started for her pain.",
    "Sertraline continues; her pregabalin is the alternative to gabapentin.",
    "Sertraline continues; pregabalin is the best option for her pain.",
]


@pytest.mark.parametrize("sentence", _UNTAKEN)
def test_a_medicine_no_one_takes_need_not_be_listed(sentence: str) -> None:
    assert not _refused(sentence)


@pytest.mark.parametrize("sentence", _TAKEN)
def test_a_medicine_she_takes_must_be_listed(sentence: str) -> None:
    assert _refused(sentence)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([*_UNTAKEN, *_TAKEN]), st.data())
def test_a_disguised_text_is_judged_as_the_plain_one(sentence: str, data: st.DataObject) -> None:
    assert _refused(data.draw(disguised(sentence))) == _refused(sentence)


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
