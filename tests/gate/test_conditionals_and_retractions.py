"""MA103: the conditional mood with no condition, a retraction of everything before it, and possibility told by a
negation. "Would" or "could" with a verb of its own and no condition, frame of reported speech, dose or time in the
text tells what would happen, not what will; a later "scrap that" or "disregard the above" takes back what came
before; "not impossible" says only that a thing could be. The same beside a decision (advice in the conditional, a
refusal in "would not", a plan in the British "would" with its dose, a retraction followed by its new decision)
stands. Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh98_cases.py,
fresh97_cases.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_conditions_options_deferrals import refused_as_hollow
from tests.gate.test_substance import errors, with_conclusion

UNDECIDED = [
    # the conditional mood throughout, no condition
    "Sertraline would be kept going, the newborn would be checked for jitteriness on the ward and feeding "
    "support would be offered by the midwives.",
    "In an ideal world methadone would stay at the current dose through the third trimester and the newborn would "
    "probably room in with her on the postnatal ward.",
    "Methadone would be carried on, the newborn would be scored on the ward and the cot would be looked at by the "
    "health visitor.",
    # a retraction after the plan
    "Methadone carries on unchanged, the newborn has withdrawal scoring on the ward and sleeps in a cot. Please "
    "disregard all of the above.",
    "Methadone carries on at the present dose, the newborn is scored for withdrawal on the postnatal ward and "
    "breastfeeding is supported by the midwife. Scratch that; nothing is decided yet.",
    "Methadone stays as it is and the newborn is scored on the ward. This plan is only provisional.",
    # possibility told by a negation
    "Breastfeeding on methadone is not impossible, and a slower taper is not out of the question.",
]
DECIDED = [
    # advice in the conditional, a refusal in "would not", a British "would" plan with its dose and time
    "Methadone 60 mg continues; we would advise against sharing a bed with the newborn because of sedation.",
    "She would not come off methadone before the birth; the newborn is scored on the postnatal ward.",
    "She would continue methadone at 60 mg and the newborn would be scored on the ward for 72 hours.",
    # a verdict in "would be"
    "Methadone 60 mg continues, as stopping it now would be unsafe for her, and the newborn is scored for 72 hours.",
    # a retraction with its new decision after it, and a correction of one item
    "The earlier idea of a taper is scrapped: methadone stays at 60 mg and the newborn is scored for 72 hours.",
    "Disregard the dose on the old letter; she takes methadone 60 mg daily and the newborn is scored for 72 hours.",
    # possibility beside a decision
    "Methadone 60 mg continues and the newborn is scored for 72 hours; breastfeeding is not impossible.",
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_conditionals_retractions_and_negated_impossibility_decide_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED)
def test_advice_refusals_plans_and_new_decisions_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(UNDECIDED + DECIDED))
def test_conditionals_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
