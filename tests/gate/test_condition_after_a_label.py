"""MA103: an inverted condition opening right after a label's colon ("Methadone 60 mg: should the newborn ...,")
is a condition like one opening a sentence: what would or might follow it decides nothing, and what will be done
decides. "Newborn: should be scored ..." (no subject after the verb) is an instruction, not a condition. Each both
ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh124_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

SUPPOSED = [
    "Methadone 60 mg: should the newborn look unsettled after delivery, withdrawal scoring would be considered "
    "and extra feeding help might be offered.",
    "Methadone 60 mg once daily: were the newborn to show poor feeding, a paediatric review would be thought about "
    "and scoring might be started.",
]
DECIDED = [
    "Methadone 60 mg: should the newborn look unsettled after delivery, the ward midwife starts withdrawal "
    "scoring that shift and keeps it up for 72 hours; breastfeeding encouraged; no bed-sharing, as she is drowsy "
    "after her dose.",
    "Methadone 60 mg continues. Newborn: should be scored for withdrawal for 72 hours on the ward, then the health "
    "visitor checks on day 5; breastfeeding encouraged; no bed-sharing, as she is drowsy after her dose.",
]


@pytest.mark.parametrize("text", SUPPOSED)
def test_only_what_would_follow_a_condition_after_a_label_is_refused(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", DECIDED)
def test_what_will_follow_it_or_an_instruction_after_a_label_passes(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(SUPPOSED + DECIDED))
def test_a_disguised_condition_after_a_label_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert ("MA103" in errors(with_conclusion(hidden))) == ("MA103" in errors(with_conclusion(text)))
