"""MA122: an act that needs the mother or baby in the room (a scan, an examination, bloods) set at a phone or video
contact cannot be carried out ([holders] present_verbs, present_acts, remote_contacts in mappings/concerns.toml).
A call about the act, its results given by phone, or the act at a visit or clinic stands. Each both ways, and
disguised. Worded apart from the red-team cases (tests/redteam/fresh127_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from medassess.gate.holders import remote_hands_on
from medassess.gate.text import normalise
from tests.gate.disguise import disguised
from tests.gate.test_substance import TODAY, errors, with_conclusion

PLAN = (
    "Methadone 60 mg daily continues. The ward scores the newborn for withdrawal for 72 hours and the health visitor "
    "checks for late signs to day 10; breastfeeding encouraged. She is drowsy after each dose, so the newborn never "
    "sleeps in her bed or on the sofa."
)
REMOTE = [
    " The GP will take her bloods at the telephone review next week.",
    " The paediatric registrar performs the newborn examination over the phone on day 3.",
    " The sonographer will do the growth scan by video call at 32 weeks.",
]
PRESENT = [
    # a call about the act
    " The GP phones her next week about the bloods.",
    # the results given by phone, the act done elsewhere
    " The GP takes her bloods at the surgery and gives the results over the phone.",
    # a review of the results at a call
    " The GP does a review of the bloods by phone next week.",
    # the act booked at a call
    " The growth scan at 32 weeks is booked at her telephone review.",
]


@pytest.mark.parametrize("tail", REMOTE)
def test_an_act_needing_her_present_at_a_call_is_refused(tail: str) -> None:
    assert remote_hands_on(normalise(PLAN + tail))
    found = [i for i in check(with_conclusion(PLAN + tail), today=TODAY) if i.code == "MA122"]
    assert found and found[0].path == "$.assessments[0].conclusion"
    assert "phone or video contact" in found[0].message
    assert "bloods at the telephone" not in found[0].message  # no text of the record quoted


@pytest.mark.parametrize("tail", PRESENT)
def test_a_call_about_the_act_stands(tail: str) -> None:
    assert not remote_hands_on(normalise(PLAN + tail))
    assert errors(with_conclusion(PLAN + tail)) == set()


def test_the_plan_alone_stands() -> None:
    assert errors(with_conclusion(PLAN)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(REMOTE + PRESENT))
def test_a_disguised_act_at_a_call_is_judged_like_the_plain_text(data: st.DataObject, tail: str) -> None:
    hidden = data.draw(disguised(PLAN + tail))
    assert remote_hands_on(normalise(hidden)) == remote_hands_on(normalise(PLAN + tail))
    assert ("MA122" in errors(with_conclusion(hidden))) == ("MA122" in errors(with_conclusion(PLAN + tail)))


# A verb that is itself the act, with its object (the baby, her body, the baby's sleeping place and things): a
# hands-on act at any call, an act of sight at a voice-only one ([holders] hands_on_verbs, sight_verbs,
# voice_contacts, hands_on_objects, hands_on_elsewhere). Found passing by the hundred-and-thirty-sixth fresh corpus.
HANDS_ON_REMOTE = [
    " The neonatal nurse weighs the newborn by video call on day 6.",
    " The paediatric registrar will examine the infant's hips over the phone on day 4.",
    " The health visitor will inspect the cot or the Moses basket on a telephone call each fortnight.",
    # the contact named as such (found passing by the hundred-and-fortieth fresh corpus)
    " The neonatal nurse weighs the newborn at the telephone contact on day 9.",
]
HANDS_ON_PRESENT = [
    # a call before or after the act done at a visit
    " A phone call on day 4, then the health visitor weighs the newborn at home on day 6.",
    " The neonatal nurse weighs the newborn at the day-6 visit with a video call on day 3.",
    " The health visitor phones on day 2 and weighs the newborn at the home visit on day 6.",
    " After a phone contact on day 3, the health visitor weighs the newborn at home on day 6.",
    # a crib shown on a video call can be seen
    " The health visitor will inspect the cot on a video call each fortnight.",
    # a review or a talk, not the act
    " The paediatric registrar will examine the infant's notes over the phone on day 4.",
    " The GP weighed the options with her by phone.",
]


@pytest.mark.parametrize("tail", HANDS_ON_REMOTE)
def test_a_hands_on_act_at_a_call_is_refused(tail: str) -> None:
    assert remote_hands_on(normalise(PLAN + tail))
    found = [i for i in check(with_conclusion(PLAN + tail), today=TODAY) if i.code == "MA122"]
    assert found and found[0].path == "$.assessments[0].conclusion"
    assert "newborn" not in found[0].message and "cot" not in found[0].message  # no text of the record quoted


@pytest.mark.parametrize("tail", HANDS_ON_PRESENT)
def test_a_hands_on_act_at_a_visit_a_video_look_or_a_review_stands(tail: str) -> None:
    assert not remote_hands_on(normalise(PLAN + tail))
    assert errors(with_conclusion(PLAN + tail)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(HANDS_ON_REMOTE + HANDS_ON_PRESENT))
def test_a_disguised_hands_on_act_is_judged_like_the_plain_text(data: st.DataObject, tail: str) -> None:
    hidden = data.draw(disguised(PLAN + tail))
    assert remote_hands_on(normalise(hidden)) == remote_hands_on(normalise(PLAN + tail))
    assert ("MA122" in errors(with_conclusion(hidden))) == ("MA122" in errors(with_conclusion(PLAN + tail)))
