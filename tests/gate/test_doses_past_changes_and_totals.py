"""MA130, both ways: a dose said to continue beside a change told only as a past one ("carries on: her mood fell
each time it was cut") is compared with the dose line, while a change with an amount after it or with no word of
the past still keeps its sentence from being compared; and a day's total told right after a dose taken a known
number of times a day must be that dose times that number. Disguised text judged like the plain."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.dose_totals import total_contradicts_its_dose
from tests.gate.disguise import disguised
from tests.gate.test_doses import CONTRADICTED, conclusion_issues
from tests.test_rules import TODAY, complete

# The sertraline line is "Two tablets (100 mg) once daily" of "Sertraline 50mg tablets".
PAST_CHANGE_AT_ANOTHER_DOSE = [
    "Sertraline 900 mg each morning carries on: her mood fell each time it was reduced. Baby watched after birth.",
    "Sertraline 0 mg daily is to carry on, as she became unwell when she last stopped. Baby watched after birth.",
    "Sertraline 175 mg each morning stays, for she relapsed the last time it was stopped. Baby watched after birth.",
]
PAST_CHANGE_AGREEING = [
    # the line's dose beside a past stop
    "Sertraline 100 mg each morning carries on: her mood fell each time it was reduced. Baby watched after birth.",
    # a change with an amount after it, or to come, or with no word of the past, still moves the dose
    "Sertraline 175 mg each morning carries on, reduced from 200 mg in May. Baby watched after birth.",
    "Sertraline 175 mg each morning continues, and will be reduced after the birth. Baby watched after birth.",
    "Sertraline 175 mg each morning continues, tapering once the baby is born. Baby watched after birth.",
]


@pytest.mark.parametrize("conclusion", PAST_CHANGE_AT_ANOTHER_DOSE)
def test_a_dose_continued_beside_a_past_change_is_compared(conclusion: str) -> None:
    assert conclusion_issues(conclusion) == [("$.assessments[1].conclusion", CONTRADICTED)]


@pytest.mark.parametrize("conclusion", PAST_CHANGE_AGREEING)
def test_the_lines_dose_or_a_change_told_as_one_passes(conclusion: str) -> None:
    assert conclusion_issues(conclusion) == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_past_change_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PAST_CHANGE_AT_ANOTHER_DOSE + PAST_CHANGE_AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in PAST_CHANGE_AT_ANOTHER_DOSE)


TOTAL_AGAINST_ITS_DOSE = [
    "Levetiracetam 750 mg twice daily, 500 mg in total, goes on through pregnancy.",
    "Lamotrigine 100 mg bd (150 mg a day altogether) continues.",
    "Carbamazepine 200 mg three times a day, 1 g a day in all, is unchanged.",
    # a dose told as its most ("up to") still bounds the day: a total above it times the count cannot be
    "Gabapentin up to 300 mg three times daily, 1.2 g a day altogether, is kept on.",
    "Levetiracetam no more than 500 mg twice a day, 1.5 g in total, carries on.",
    # the count told as its most ("up to three times"): a total above the dose times it cannot be
    "Ibuprofen 400 mg up to three times a day, 2 g a day in all, for her back pain.",
    # a day's total told as its most ("no more than ... in 24 hours") above what the dose and its count can reach
    "Ibuprofen 400 mg up to three times a day, no more than 2.4 g in 24 hours, for her back pain.",
    "Co-codamol two tablets, 500 mg four times daily (maximum 3 g a day), for the pain.",
    "Gabapentin 300 mg three times a day, and at most 1,800 mg per day, continues.",
]
TOTAL_OF_ITS_DOSE = [
    "Levetiracetam 750 mg twice daily, 1.5 g in total, goes on through pregnancy.",
    "Lamotrigine 100 mg bd (200 mg a day altogether) continues.",
    "Carbamazepine 200 mg three times a day, 600 mg a day in all, is unchanged.",
    # a dose told as its most: a smaller day's total keeps within it (found refused by mutation round 42)
    "Gabapentin up to 300 mg three times daily, 600 mg a day altogether, is kept on.",
    "Levetiracetam no more than 500 mg twice a day, 800 mg in total, carries on.",
    "Quetiapine at most 50 mg twice a day (75 mg a day in all) goes on.",
    "Ibuprofen 400 mg up to three times a day, 800 mg a day in all, for her back pain.",
    "Ibuprofen 400 mg no more than three times a day, 1.2 g in total.",
    "Levetiracetam 1 g a day in two doses continues.",
    "Lamotrigine 100 mg twice daily; the total exposure over pregnancy is discussed.",
    # a ceiling at the dose times its count, or below it (a stricter limit of its own)
    "Ibuprofen 400 mg up to three times a day, no more than 1.2 g in 24 hours, for her back pain.",
    "Ibuprofen 400 mg up to three times a day, no more than 800 mg in 24 hours while she is pregnant.",
    "Gabapentin 300 mg three times a day (maximum 900 mg a day) continues.",
    # a ceiling with no counted dose right before it is not read
    "Ibuprofen 400 mg when needed, no more than 1.2 g in 24 hours.",
]


@pytest.mark.parametrize("text", TOTAL_AGAINST_ITS_DOSE)
def test_a_total_other_than_its_dose_times_a_day_is_read(text: str) -> None:
    assert total_contradicts_its_dose(text)


@pytest.mark.parametrize("text", TOTAL_OF_ITS_DOSE)
def test_a_total_of_its_dose_or_no_counted_dose_passes(text: str) -> None:
    assert not total_contradicts_its_dose(text)


def test_the_rule_refuses_the_total_at_the_conclusion_and_quotes_nothing() -> None:
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = (
        "Sertraline 50 mg twice a day, 50 mg a day in all, carries on. The baby is watched for adaptation after birth."
    )
    issues = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]
    # One finding at the conclusion: the total held against its line there, or against the dose before it.
    assert [i.path for i in issues] == ["$.assessments[1].conclusion"]
    assert not any("twice" in i.message or "50 mg" in i.message for i in issues)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_total_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(TOTAL_AGAINST_ITS_DOSE + TOTAL_OF_ITS_DOSE))
    assert total_contradicts_its_dose(data.draw(disguised(plain))) is (plain in TOTAL_AGAINST_ITS_DOSE)
