"""MA017 and MA131: times and forms written in shapes the readings once missed, both ways, disguised texts judged as
the plain ones. A day of the baby's life told as its age ("at 12 days of age", "aged 3 weeks old") beyond the age it
had when written; an act on the baby after the birth told in the simple past in a record written before it; an
urgent act put weeks off in a part of its clause joined by "and" to another timed plan; a form word after the dose's
frequency and "as" ("once daily as a pessary"); a route after a form word and "given by"/"via"/"administered"
("tablets administered IV")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.written_times import tells_birth_past, tells_span_past, times_clash
from tests.gate.disguise import disguised
from tests.gate.test_routes_of_administration import conclusion_issues

# --- a day of life told as the baby's age, on day 5 --------------------------------------------------------------

AGE_TOLD_BEYOND = [
    "The midwife weighed the infant at 12 days of age and found her thriving.",
    "The baby was reviewed by the GP aged 3 weeks old; no jitteriness.",
    "The health visitor saw the newborn at 9 days old and withdrawal had settled.",
]
AGE_WITHIN_OR_PLANNED = [
    "The health visitor will weigh the infant at 12 days of age.",
    "The midwife saw the baby at 5 days of age and found no withdrawal.",
    "GP review of the baby at 14 days old, then at 6-8 weeks.",
    "Her partner was 30 weeks of age at referral? No: the baby is checked at 3 weeks old by the HV.",
]


@pytest.mark.parametrize("text", AGE_TOLD_BEYOND + AGE_WITHIN_OR_PLANNED)
def test_a_day_of_life_told_as_the_babys_age_beyond_it_is_read(text: str) -> None:
    assert tells_span_past(text, 5) is (text in AGE_TOLD_BEYOND)


def test_a_told_age_within_the_babys_days_is_not_read() -> None:
    assert not tells_span_past(AGE_TOLD_BEYOND[1], 30)


# --- an act on the baby after the birth told as done, before the birth -------------------------------------------

ACT_ON_BABY_TOLD = [
    "The neonatal team examined the baby after the birth and found good tone.",
    "Her midwife weighed the infant after delivery; all well.",
]
ACT_ON_BABY_PLANNED_OR_NOT_ACTED = [
    "The neonatal team will examine the baby after the birth.",
    "Baby checked by the paediatrician after delivery, then home.",
    "Paediatrician to examine the newborn after the birth.",
    "In her last pregnancy the team examined the baby after the birth.",
    "The midwife asked the baby's father to stay after delivery.",
]


@pytest.mark.parametrize("text", ACT_ON_BABY_TOLD + ACT_ON_BABY_PLANNED_OR_NOT_ACTED)
def test_an_act_on_the_baby_after_the_birth_told_in_the_simple_past_is_read(text: str) -> None:
    assert tells_birth_past(text) is (text in ACT_ON_BABY_TOLD)


# --- an urgent act put weeks off, beside another timed plan joined by "and" ----------------------------------------

URGENT_LATE = [
    "Urgent epilepsy clinic in 10 weeks and growth scan at 28 weeks.",
    "Growth scan at 28 weeks and an urgent perinatal psychiatry review in 3 months.",
]
URGENT_SOON_OR_OTHERS_LATE = [
    "Urgent epilepsy clinic within 5 days and growth scan at 28 weeks.",
    "Urgent referral sent today and a routine review in 10 weeks.",
    "Urgent obstetric review this week and the mental health team again in 3 months.",
    "This is not urgent and the clinic in 10 weeks is soon enough.",
]


@pytest.mark.parametrize("text", URGENT_LATE + URGENT_SOON_OR_OTHERS_LATE)
def test_an_urgent_act_weeks_off_beside_another_plan_is_read(text: str) -> None:
    assert times_clash(text) is (text in URGENT_LATE)


# --- a form or route in reach past "as" and "given by" (the list: methadone oral solution, sertraline tablets) ------

FORM_CANNOT = [
    "Methadone 60 ml once daily as a pessary carries on; the ward observes the baby for 3 days.",
    "Sertraline 100 mg tablets administered IV each morning are kept; the health visitor sees the baby at ten days.",
    "Sertraline 100 mg tablets via subcutaneous infusion are kept; the health visitor sees the baby at ten days.",
]
FORM_CAN = [
    "Sertraline 100 mg tablets given by mouth each morning are kept; the health visitor sees the baby at ten days.",
    "Methadone 60 ml once daily as a pessary only if she cannot swallow; the ward observes the baby for 3 days.",
    "Sertraline 100 mg tablets, the IV fluids in labour apart; the health visitor sees the baby at ten days.",
    "Sertraline 100 mg tablets not given IV; the health visitor sees the baby at ten days.",
    "Methadone 60 ml once daily as the oral solution carries on; the ward observes the baby for 3 days.",
]


@pytest.mark.parametrize("text", FORM_CANNOT)
def test_a_form_or_route_past_as_or_given_by_that_the_product_cannot_take_is_refused(text: str) -> None:
    assert [path for path, _ in conclusion_issues(text)] == ["$.assessments[1].conclusion"]


@pytest.mark.parametrize("text", FORM_CAN)
def test_a_route_the_form_takes_a_condition_or_a_route_out_of_reach_passes(text: str) -> None:
    assert conclusion_issues(text) == []


# --- disguised, the same ---------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_disguised_times_are_read_as_the_plain_ones(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(AGE_TOLD_BEYOND + AGE_WITHIN_OR_PLANNED))
    assert tells_span_past(data.draw(disguised(plain)), 5) is tells_span_past(plain, 5)
    plain = data.draw(st.sampled_from(ACT_ON_BABY_TOLD + ACT_ON_BABY_PLANNED_OR_NOT_ACTED))
    assert tells_birth_past(data.draw(disguised(plain))) is tells_birth_past(plain)
    plain = data.draw(st.sampled_from(URGENT_LATE + URGENT_SOON_OR_OTHERS_LATE))
    assert times_clash(data.draw(disguised(plain))) is times_clash(plain)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_disguised_forms_are_judged_as_the_plain_ones(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(FORM_CANNOT + FORM_CAN))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in FORM_CANNOT)
