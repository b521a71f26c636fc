"""MA103: a conclusion written under labels whose every decision part ("Plan:", "Recommendation:", "Actions:",
"Outcome:", "Conclusion:") defers, points elsewhere or hands the decision over decides nothing, however long the
history before it; a decision part with a real plan, a pointer beside one, or a short complete plan stands. Each
both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh142_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.decision_part import decision_parts
from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

_HISTORY = (
    "Background: her older daughter, born in 2016, was scored for withdrawal for a week on the neonatal unit. "
    "Methadone was started in 2022 at 40 mg and raised to 65 mg last spring after she relapsed; she has used no "
    "heroin since, and her last three urine screens were negative. Sertraline 50 mg was added in 2023. "
)

HOLLOW = [
    _HISTORY + "Plan: to be agreed at the core group next month; refer to the community drug team letter.",
    _HISTORY + "Recommendations: for discussion at the pre-birth planning meeting.",
    _HISTORY + "Actions: awaiting the obstetric review.",
    _HISTORY + "Outcome: as discussed with her on the ward.",
    # a heading of what was decided that decides nothing either
    _HISTORY + "Decision: to follow after the core group. Plan: as discussed.",
    # an SBAR's assessment judges the dose; its recommendation, the decision part, is left open
    _HISTORY + "Assessment: the dose should stay at 65 mg. Recommendation: for the receiving team to decide.",
    # the medicine's line decided, the baby's care handed over
    _HISTORY + "Plan: the newborn's feeding, sleep and any withdrawal signs are in the hands of the neonatal team; "
    "methadone and sertraline continue.",
]
DECIDED = [
    _HISTORY + "Plan: methadone 65 mg continues; the ward scores the newborn for 72 hours; the health visitor to "
    "day 10.",
    _HISTORY + "Plan: as discussed with her today: methadone 65 mg continues and the newborn is scored for 72 hours "
    "on the ward.",
    # one decision part defers, another decides
    _HISTORY + "Plan: to be agreed at the core group. Actions: the ward scores the newborn for 72 hours and she "
    "breastfeeds with support.",
    # a decision part pointing back to headed lines above it that decide: judged as a whole
    "Sertraline 100 mg: continue. Newborn: the midwife watches breathing and feeding for 48 hours. Feeding: "
    "breastfeeding is fine on sertraline. Plan: see above.",
    # a concern's heading answered beside a plan that defers: the heading decides
    _HISTORY + "Newborn: scored for withdrawal on the ward for 72 hours. Feeding: breastfeeding is supported. "
    "Plan: as discussed with her in clinic.",
    # a heading of what was decided beside a plan line that only points: the heading decides
    _HISTORY + "Decision: methadone 65 mg is unchanged; the newborn is scored on the ward for 72 hours. Plan: as "
    "discussed.",
    _HISTORY + "Agreed: she stays on methadone 65 mg and the ward scores the newborn for 72 hours. Actions: for the "
    "core group to note.",
    # no labelled decision part: judged as before
    _HISTORY + "Methadone 65 mg continues; the ward scores the newborn for 72 hours and she breastfeeds.",
]


@pytest.mark.parametrize("text", HOLLOW)
def test_a_hollow_decision_part_after_a_history_is_refused(text: str) -> None:
    assert decision_parts(text)
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", DECIDED)
def test_a_decision_part_that_decides_stands(text: str) -> None:
    assert "MA103" not in errors(with_conclusion(text))


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(HOLLOW[:2] + DECIDED[:2]))
def test_a_disguised_decision_part_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    plain = "MA103" in errors(with_conclusion(text))
    assert ("MA103" in errors(with_conclusion(data.draw(disguised(text))))) == plain
