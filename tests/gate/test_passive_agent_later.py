"""MA103: a step put after an appointment, told in the passive with who does it named as its agent.

"The cot is to be checked after her next visit by the HV" names who acts as "the HV checks the cot after her next
visit" does: only the time is later, so it is no deferral to an unnamed later. The same step with no agent, or
with only a time, stays a deferral. Each both ways, and disguised. Worded apart from the red-team cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

_REST = "; the baby is scored for 72 hours on the ward."

AGENT_NAMED = [
    "Methadone stays at 60 mg daily. The cot is to be checked after her next visit by the HV" + _REST,
    "Methadone stays at 60 mg daily. The cot is to be checked by the health visitor after her next visit"
    + _REST,
    "Methadone stays at 60 mg daily. The sleeping space will be inspected following the next visit by the "
    "midwife" + _REST,
    "Methadone stays at 60 mg daily. The cot is to be checked after her next antenatal appointment by the "
    "community midwife" + _REST,
]
NO_AGENT = [
    "Methadone stays at 60 mg daily. The cot is to be checked after her next visit" + _REST,
    "Methadone stays at 60 mg daily. The sleeping space will be inspected following the next visit" + _REST,
]


@pytest.mark.parametrize("text", AGENT_NAMED)
def test_a_passive_naming_its_agent_after_a_later_time_is_no_deferral(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@pytest.mark.parametrize("text", NO_AGENT)
def test_the_same_with_no_agent_stays_a_deferral(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@settings(max_examples=15, deadline=None)
@given(st.data(), st.sampled_from(AGENT_NAMED + NO_AGENT))
def test_a_disguised_passive_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    plain = "MA103" in errors(with_conclusion(text))
    assert ("MA103" in errors(with_conclusion(data.draw(disguised(text))))) == plain
