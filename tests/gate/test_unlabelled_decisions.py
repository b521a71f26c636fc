"""MA103 for conclusions without a decision label: what is decided for this mother and baby must carry the
substance. Guidance only reported ("the local policy states that ...", "NICE advises ..."), her words quoted, and
nothing of this baby's plan decides nothing; guidance reported and then applied stands. Reasons whose main clause
only considers and defers ("because ..., X was carefully considered, and a plan will follow") are reasons for a
decision never made; reasons before a decision stand. Each both ways, and disguised. Worded apart from the red-team
cases (tests/redteam/fresh141_cases.py, fresh142_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

REPORTED_ONLY = [
    # a local guideline or policy reporting, its hedge ("local") before the reporter
    "The local policy states that babies exposed to opioids should be observed for withdrawal for at least 72 "
    'hours. The BNF advises that sertraline passes into breast milk in small amounts. She said, "Nobody has to '
    'tell me twice."',
    "The local guideline states that babies born to mothers on methadone should stay on the postnatal ward for at "
    'least 72 hours. The leaflet says to keep the cot in the parents\' room. She said, "I know all of that."',
]
APPLIED = [
    # guidance reported, then applied to her and her baby
    "The local guideline states that babies born to mothers on methadone should stay on the postnatal ward for at "
    "least 72 hours, so her baby stays on the ward for 72 hours of scoring; methadone 60 mg continues and she "
    "breastfeeds.",
    "The local policy states that newborns exposed to opioids and SSRIs are scored for withdrawal for three days, "
    "so the ward scores her newborn 4-hourly for 72 hours. The BNF advises that sertraline passes into breast milk "
    "in small amounts; she breastfeeds, and methadone 60 mg and sertraline 50 mg continue.",
    "As the local guideline says, the newborn stays on the postnatal ward for 72 hours of withdrawal scoring; "
    "methadone 60 mg daily continues and she breastfeeds with the infant-feeding team's support.",
    # her words quoted, then the plan
    'She said, "I want to feed him myself." Methadone 60 mg and sertraline 50 mg continue; she breastfeeds and the '
    "ward scores the newborn for withdrawal for 72 hours.",
]

REASONS_FOR_NOTHING = [
    "Because the newborn may withdraw, because sertraline adds jitteriness and because she is on methadone, "
    "methadone was carefully considered, and a plan will follow in due course.",
    "Given that the newborn may withdraw and given that she wants to breastfeed, both medicines were weighed at "
    "length, and a plan will follow in due course.",
]
REASONS_FOR_A_DECISION = [
    "Because the newborn may withdraw and because sertraline adds jitteriness, methadone 60 mg continues and the "
    "ward scores the newborn for 72 hours.",
    "Because she relapsed twice off it, methadone was reviewed at length; it continues at 60 mg, and the ward "
    "scores the newborn for 72 hours.",
    # "since" of time, a single part, then the plan
    "Since the birth she has fed well; methadone 60 mg continues and the health visitor weighs the newborn weekly "
    "to day 28.",
]


@pytest.mark.parametrize("text", REASONS_FOR_NOTHING)
def test_reasons_whose_main_clause_defers_are_refused(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", REASONS_FOR_A_DECISION)
def test_reasons_before_a_decision_stand(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@pytest.mark.parametrize("text", REPORTED_ONLY)
def test_guidance_only_reported_is_refused(text: str) -> None:
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", APPLIED)
def test_guidance_applied_or_a_plan_beside_quotes_stands(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@settings(max_examples=20, deadline=None)
@given(
    st.data(), st.sampled_from(REPORTED_ONLY[:1] + APPLIED[:1] + REASONS_FOR_NOTHING[:1] + REASONS_FOR_A_DECISION[:1])
)
def test_disguised_reports_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    plain = "MA103" in errors(with_conclusion(text))
    assert ("MA103" in errors(with_conclusion(data.draw(disguised(text))))) == plain
