"""MA122: a plan named with a phrase after its noun saying where, of whom or for what ("the abstinence scoring on the
maternity unit", "the check for abstinence signs in the first three days") and withdrawn bare, or with a reason and
nothing in its place, or "will not be rebooked", is no answer to its concern, as the plan named without the phrase is.
The phrase holds no verb and no word joining another clause, so it never reaches from a plan that stands to another
one withdrawn ("the review of the infant is booked ...; the visit ... was cancelled" withdraws the visit only). A
withdrawal with its replacement or its reason and a plan in its place stands. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh129_cases.py, withdrawn).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import METHADONE, VALPROATE, conclusion_codes
from tests.gate.disguise import disguised

_VALP = (
    "Valproate 500 mg twice daily goes on until neurology review; a sudden stop risks fits. Exposure began before "
    "she knew she was pregnant. Folic acid 5 mg daily from today."
)
_METH = "Methadone carries on at 60 mg daily. She keeps the infant in its own cot and is encouraged to breastfeed."

WITHDRAWN = [
    (METHADONE, _METH + " The abstinence scoring on the maternity unit has now been called off owing to bed "
     "pressures, and no new arrangement is in place."),
    (VALPROATE, _VALP + " The detailed scan at the fetal medicine unit was cancelled and will not be rebooked."),
    (METHADONE, _METH + " The check for abstinence signs on the ward has since been dropped; nothing "
     "else has been set up."),
]
STANDING = [
    (VALPROATE, _VALP + " The scan at the local unit was cancelled and replaced by one at the regional unit at 20 "
     "weeks."),
    (METHADONE, _METH + " The review of the infant on day 5 has been cancelled because the unit now scores it for "
     "abstinence for three days before discharge."),
    (METHADONE, "The review of the infant is booked for day 1 and the unit scores it for abstinence for three days. "
     + _METH + " The visit to the home on day 2 was cancelled."),
]


@pytest.mark.parametrize(("where", "text"), WITHDRAWN)
def test_a_plan_named_with_a_phrase_after_it_and_withdrawn_answers_no_concern(
    where: tuple[str, str], text: str
) -> None:
    assert "MA122" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDING)
def test_a_withdrawal_replaced_or_beside_a_plan_that_stands_stands(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in conclusion_codes(where, text)


@settings(max_examples=12, deadline=None)
@given(st.data(), st.sampled_from(WITHDRAWN + STANDING))
def test_withdrawals_with_a_phrase_after_in_disguise_are_judged_like_the_plain_text(
    data: st.DataObject, case: tuple[tuple[str, str], str]
) -> None:
    where, text = case
    hidden = data.draw(disguised(text))
    assert ("MA122" in conclusion_codes(where, hidden)) == ("MA122" in conclusion_codes(where, text))
