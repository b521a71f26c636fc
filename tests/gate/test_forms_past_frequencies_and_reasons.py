"""MA131: a form or route word in reach of a listed medicine's name past a frequency told in words ("two times a
day", "every morning", "each evening"), and a possibility word in a reason opened by a comma and "as" (", as
stopping it would ...") read as the reason, not as an option of another form; both ways, disguised texts judged as
the plain ones. (The list: methadone oral solution, sertraline tablets.)"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_routes_of_administration import conclusion_issues

FORM_CANNOT = [
    "Sertraline 100 mg two times a day as a skin patch is kept; the health visitor sees the baby at ten days.",
    "Sertraline 100 mg every morning is applied to the skin; the health visitor sees the baby at ten days.",
    "Sertraline 100 mg each evening as patches goes on; the health visitor sees the baby at ten days.",
    "Methadone 60 ml once daily as suppositories is kept, as stopping it would bring on withdrawal; the ward "
    "observes the baby for 3 days.",
]
FORM_CAN = [
    "Sertraline 100 mg two times a day by mouth is kept; the health visitor sees the baby at ten days.",
    "Sertraline 100 mg every morning, swallowed, is kept, as stopping it would risk relapse; the health visitor "
    "sees the baby at ten days.",
    "Methadone 60 ml once daily as suppositories could be tried, as she vomits; the ward observes the baby for 3 "
    "days.",
    "Sertraline 100 mg each evening continues, and the nicotine patch is stopped; the health visitor sees the baby "
    "at ten days.",
    "Methadone 60 ml once daily as the oral solution is kept, as a patch would not suit her; the ward observes the "
    "baby for 3 days.",
]


@pytest.mark.parametrize("text", FORM_CANNOT)
def test_a_form_past_a_worded_frequency_or_before_a_reason_is_refused(text: str) -> None:
    assert [path for path, _ in conclusion_issues(text)] == ["$.assessments[1].conclusion"]


@pytest.mark.parametrize("text", FORM_CAN)
def test_a_route_the_form_takes_an_option_or_a_form_out_of_reach_passes(text: str) -> None:
    assert conclusion_issues(text) == []


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_disguised_forms_are_judged_as_the_plain_ones(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(FORM_CANNOT + FORM_CAN))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in FORM_CANNOT)
