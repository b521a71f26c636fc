"""MA103: conclusions that look like plans but hold none, each both ways and disguised, worded apart from the
red-team cases (tests/redteam/fresh118_cases.py, fresh119_cases.py):

* a closing sentence that disowns the whole ("this is only a draft and is not the plan", "no one has agreed to
  it") takes back what came before; one that supersedes a draft or reports no concerns stands.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_conditions_options_deferrals import refused_as_hollow
from tests.gate.test_substance import errors, with_conclusion

PLAN = (
    "Methadone 60 mg and sertraline 100 mg continue; the newborn is scored for withdrawal on the postnatal ward for "
    "72 hours, she breastfeeds with midwife support, and the baby sleeps in its own cot."
)

# ------------------------------------------------------------------------------------------------------------
# A plan disowned as a whole.

DISOWNED = [
    PLAN + " The above is only a draft to talk through and is not the plan.",
    PLAN + " This is still a draft.",
    PLAN + " It has gone to the ward and the drug worker, but no one has agreed to it.",
    PLAN + " Shared with the team; none of them have agreed to this.",
]
STANDS = [
    PLAN + " This replaces the draft of 2 February.",
    PLAN + " The plan was agreed at the meeting; nobody has raised concerns since.",
    PLAN + " Nobody has agreed to bed sharing, which was ruled out.",
]


@pytest.mark.parametrize("text", DISOWNED)
def test_a_plan_disowned_as_a_whole_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", STANDS)
def test_a_plan_that_supersedes_a_draft_or_reports_no_concern_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(DISOWNED + STANDS))
def test_a_disowned_plan_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
