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
    # The whole as "it", a perfect, agreed by no one, or to be taken as a draft whatever names it.
    PLAN + " Only a first version for the MDT; none of it has been decided.",
    PLAN + " The above is not agreed by anybody yet.",
    PLAN + " Circulated to the team, and it must be treated as a draft.",
]
STANDS = [
    PLAN + " This replaces the draft of 2 February.",
    PLAN + " The plan was agreed at the meeting; nobody has raised concerns since.",
    PLAN + " Nobody has agreed to bed sharing, which was ruled out.",
    PLAN + " Her partner asked whether the baby could sleep in their bed; this is not agreed.",
    PLAN + " Her partner asked to share a bed with the baby; this has not been agreed with him.",
    PLAN + " The January letter was a draft; this one is final and agreed by all.",
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


# ------------------------------------------------------------------------------------------------------------
# A conclusion cut off mid-clause.

CUT_OFF = [
    "Methadone 60 mg and sertraline 100 mg continue. For the newborn after delivery: the neonatal nurses and",
    "Methadone 60 mg and sertraline 100 mg continue unchanged. Withdrawal scoring on the ward will be carried out by",
    "Methadone 60 mg and sertraline 100 mg continue unchanged. After delivery the newborn will be looked after by the",
    "Methadone 60 mg and sertraline 100 mg continue unchanged. Once the baby is born, the neonatal team should",
]
FINISHED = [
    PLAN[:-1] + ", as agreed by all",
    "Methadone 60 mg od and sertraline 100 mg od continue. PNW NAS obs 72 h; BF supported; own cot; HV to follow up",
    "Methadone 60 mg od and sertraline 100 mg od continue.\n- ward NAS scoring 72 h\n- breastfeeding supported\n"
    "- baby sleeps in own cot, GP r/v",
]


@pytest.mark.parametrize("text", CUT_OFF)
def test_a_conclusion_cut_off_mid_clause_answers_nothing_with_its_last_clause(text: str) -> None:
    assert errors(with_conclusion(text)) & {"MA103", "MA104", "MA122"}


@pytest.mark.parametrize("text", FINISHED)
def test_a_terse_conclusion_that_ends_on_a_whole_clause_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(CUT_OFF + FINISHED))
def test_a_cut_off_conclusion_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# ------------------------------------------------------------------------------------------------------------
# Referred to a guideline or policy, after a fronted list of topics.

REFERRED_TO_GUIDANCE = [
    "Methadone 60 mg and sertraline 100 mg are unchanged; about the newborn's withdrawal scoring, feeding and the "
    "cot, refer to the trust's opioid withdrawal policy.",
    "Methadone 60 mg and sertraline 100 mg are unchanged; regarding scoring, breastfeeding, co-sleeping and "
    "follow-up, refer to the neonatal protocol and the maternity guidance.",
    # Two topics of the one guideline joined by "and", the topics under a heading's colon.
    "Methadone 60 mg and sertraline 100 mg are unchanged. The newborn's scoring, cot and feeds: refer to the local "
    "infant feeding and opioid withdrawal guideline.",
]
REFERRED_TO_A_TEAM = [
    "Methadone 60 mg and sertraline 100 mg are unchanged; about the newborn, refer to the neonatal nurses, who score "
    "withdrawal on the ward for 72 hours, support breastfeeding and check that the baby sleeps in its own cot.",
    "Methadone 60 mg and sertraline 100 mg are unchanged; refer the baby to the neonatal nurses per the guideline for "
    "72 hours of withdrawal scoring; breastfeeding is supported; the baby sleeps in its own cot.",
    "Methadone 60 mg and sertraline 100 mg are unchanged; refer to the neonatal nurses and the withdrawal guideline: "
    "the nurses score the newborn on the ward for 72 hours; breastfeeding is supported; the baby sleeps in its own "
    "cot.",
]


@pytest.mark.parametrize("text", REFERRED_TO_GUIDANCE)
def test_a_reader_referred_to_guidance_for_a_fronted_list_of_topics_is_told_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", REFERRED_TO_A_TEAM)
def test_a_referral_to_a_team_with_its_acts_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(REFERRED_TO_GUIDANCE + REFERRED_TO_A_TEAM))
def test_guidance_referred_to_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# ------------------------------------------------------------------------------------------------------------
# Numbered parts of another document pointed to.

NUMBERED_POINTERS = [
    "Methadone 60 mg and sertraline 100 mg carry on; see steps 3 to 6 of the ward protocol for withdrawal scoring, "
    "breastfeeding and where the newborn sleeps.",
    "Methadone and sertraline carry on. Withdrawal, breastfeeding and the cot: per paragraphs 2-5 of the "
    "pre-birth summary. Midwife and health visitor roles: boxes 7 and 8.",
]
NUMBERS_WITH_A_PLAN = [
    PLAN + " See steps 3 to 6 of the ward protocol.",
    "Methadone 60 mg and sertraline 100 mg carry on. Paragraphs 2-5 of the pre-birth summary were gone through "
    "with her today: the newborn is scored on the ward for 72 hours, she breastfeeds with midwife support, and the "
    "baby sleeps in its own cot.",
]


@pytest.mark.parametrize("text", NUMBERED_POINTERS)
def test_numbered_parts_of_another_document_pointed_to_say_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", NUMBERS_WITH_A_PLAN)
def test_numbered_parts_beside_a_plan_or_with_what_was_done_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(NUMBERED_POINTERS + NUMBERS_WITH_A_PLAN))
def test_numbered_pointers_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# ------------------------------------------------------------------------------------------------------------
# A numbered list of goals under a heading.

LISTED_GOALS = [
    "Objectives: 1. methadone and sertraline doses held steady to term. 2. a settled newborn. 3. successful "
    "breastfeeding. 4. a safe sleeping space for the baby.",
    "Goals - (1) stable methadone and sertraline dosing. (2) minimal newborn withdrawal. (3) safe sleep at home.",
    # The items split by semicolons.
    "Objectives: 1. doses held steady to term; 2. a settled newborn; 3. no withdrawal missed; 4. a safe cot.",
]
GOALS_WITH_ACTS = [
    "Objectives: 1. methadone and sertraline doses held steady to term. 2. a settled newborn. Plan: methadone 60 mg "
    "and sertraline 100 mg continue; the newborn is scored on the postnatal ward for 72 hours; she breastfeeds with "
    "midwife support; the baby sleeps in its own cot.",
    # Each item split by a semicolon names who meets it, after a dash or in its words.
    "Objectives: 1. doses held steady - the drug service reviews methadone and sertraline monthly; 2. a settled "
    "newborn - the postnatal ward scores withdrawal for 72 hours; 3. a safe cot - the health visitor sees it.",
]


@pytest.mark.parametrize("text", LISTED_GOALS)
def test_a_numbered_list_of_goals_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", GOALS_WITH_ACTS)
def test_goals_beside_the_acts_that_meet_them_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(LISTED_GOALS + GOALS_WITH_ACTS))
def test_listed_goals_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
