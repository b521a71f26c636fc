"""MA103: a closing sentence that says the whole may change under a condition and names what happens then ("... may
all be different if she delivers before 34 weeks, in which case the neonatal unit scores the infant instead") is a
contingency beside a complete plan, not a disowning of it; the same words with no condition, a condition with nothing
named in its place, or another retraction after it still take the whole back. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh131_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

_PLAN = (
    "Methadone carries on at 60 mg daily; the midwives score the infant for abstinence on the unit for three days. "
    "She keeps the infant in its own cot and is encouraged to breastfeed."
)
CONTINGENCIES = [
    f"{_PLAN} This could all change should she deliver before 34 weeks, in which case the neonatal unit does the "
    f"scoring.",
    f"{_PLAN} If she goes into labour before 34 weeks, it might all be different: the neonatal unit then scores the "
    f"infant instead of the postnatal ward.",
    f"{_PLAN} Everything above could change in the event of a caesarean under general anaesthetic, with the "
    f"transitional care team watching the infant in place of the midwives.",
    # an aside between the change and its condition
    f"{_PLAN} This might all be different yet, of course, should labour start before 34 weeks, in which case the "
    f"neonatal unit does the scoring.",
    f"{_PLAN} It may all change again if she needs a caesarean under general anaesthetic, in which case the "
    f"transitional care team watches the infant instead.",
]
DISOWNINGS = [
    # no condition
    f"{_PLAN} None of it has been talked through with her yet, so this could all change.",
    # a condition, nothing named in its place
    f"{_PLAN} This could all change should she deliver before 34 weeks.",
    f"{_PLAN} It might all be different if the family court rules otherwise.",
    # an aside and no condition
    f"{_PLAN} It may all change again.",
    f"{_PLAN} Of course this could all change yet.",
    # a contingency, then the whole taken back after it
    f"{_PLAN} This could all change should she deliver early, in which case the neonatal unit scores instead. "
    f"Disregard all of the above.",
]


@pytest.mark.parametrize("text", CONTINGENCIES)
def test_the_whole_changed_under_a_condition_with_its_alternative_named_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("text", DISOWNINGS)
def test_the_whole_open_to_change_with_no_condition_or_no_alternative_is_refused(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


def _hollow(text: str) -> bool:
    return "MA103" in errors(with_conclusion(text))


@settings(max_examples=25, deadline=None)
@given(st.data(), st.sampled_from(CONTINGENCIES + DISOWNINGS))
def test_a_contingency_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _hollow(hidden) == _hollow(text)
