"""MA103: a plan the text itself withdraws. A closing sentence or bracket that withdraws, cancels, strikes out,
deletes or disregards the whole of what was written ("delete all of this.", "every line above struck out",
"we are not proceeding with any of this") leaves nothing decided, even where the words around it are set aside
as a deferral or a hedge ("pending a new plan", "agreed"). A revision that decides ("the earlier plan to stop is
withdrawn; sertraline continues"), an entry deleted with the plan below it standing, one thing disregarded ("any
plan to co-sleep should be disregarded") or one option not pursued stand. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh104_cases.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_conditions_options_deferrals import refused_as_hollow
from tests.gate.test_substance import errors, with_conclusion

WITHDRAWN = [
    # a bracket whose scope is everything above, with a participle and a deferral after it
    "Methadone carries on at 60 mg, the newborn is scored on the ward for 72 hours and sleeps in her own cot. "
    "[Written on the wrong day: all of this withdrawn until the MDT meets again.]",
    "Methadone stays at 60 mg; the newborn is scored for three days on the postnatal ward and the health visitor "
    "checks the cot. (Everything above cancelled - awaiting a fresh plan.)",
    # a verb whose object is the whole, ending its clause
    "Methadone carries on at 60 mg and the newborn is scored on the ward for 72 hours. We are not proceeding "
    "with any of this; please delete.",
    "Methadone stays at 60 mg and the newborn is scored on the ward for 72 hours. The family and the drug worker "
    "have not agreed to any of this.",
    "Methadone stays at 60 mg and the newborn is scored on the ward for 72 hours. Withdraw the plan above.",
    # any part of the whole is the whole
    "Methadone stays at 60 mg and the infant has withdrawal scores on the unit for three days. After the case "
    "conference the team are not going ahead with any part of it.",
    "Methadone stays at 60 mg and the infant has withdrawal scores on the unit for three days. Please "
    "disregard every part of this plan.",
    # an adverb inside the perfect
    "Methadone carries on at 60 mg and the infant is watched on the unit for three days; the plan above has since "
    "been rescinded.",
    "Methadone stays at 60 mg with three days of withdrawal scores on the unit, but the whole plan had now been "
    "stood down at the meeting.",
    # a pronoun for the plan, with nothing in its place
    "Methadone stays at 60 mg and the infant is scored on the unit for three days. That was cancelled at the "
    "case conference - nothing agreed in its place.",
    "Methadone carries on at 60 mg; three days of withdrawal scores on the unit were arranged, but it has been "
    "rescinded and there is no new plan yet.",
    # an active verb with the plan as its object, with nothing in its place
    "Methadone carries on at 60 mg; the unit was to score the infant for three days, but the midwives have now "
    "called off that arrangement and no replacement is in place.",
    "Methadone stays at 60 mg and the infant is scored on the unit for three days. The team rescinded it at the "
    "case conference, and nothing has replaced it.",
    # the whole named as "that" after a verb that takes it back
    "Methadone stays at 60 mg and the infant is scored on the unit for three days. Strike all of that - she has "
    "moved out of the area.",
    "Methadone carries on at 60 mg and the infant is watched on the unit for three days. Please ignore all of "
    "that, the case is closing.",
    # a request told after the retraction is a wish, not a new plan
    "Methadone stays at 60 mg and the infant is scored on the unit for three days. Strike the whole of it; her "
    "parents have asked us to step back.",
]
STANDING = [
    "The earlier plan to stop is withdrawn; methadone continues at 60 mg and the newborn is scored on the ward "
    "for 72 hours.",
    "Entry made in error deleted; the plan below stands: methadone continues at 60 mg and the newborn is scored "
    "on the ward for 72 hours.",
    "Methadone continues at 60 mg and the newborn is scored on the ward for 72 hours; any plan to co-sleep should "
    "be disregarded.",
    "Methadone continues at 60 mg; we are not going ahead with the taper she asked about, and the newborn is "
    "scored on the ward for 72 hours.",
    "Methadone stays at 60 mg and the infant has withdrawal scores on the unit for three days; we are not going "
    "ahead with any part of the plan to cut the dose.",
    "Methadone continues at 60 mg and the newborn is scored on the ward for 72 hours. If she feels drowsy after a "
    "dose she must not ignore this.",
    "Methadone continues at 60 mg and the newborn is scored on the ward for 72 hours. (An earlier line with the "
    "wrong dose was struck out; 60 mg is right.)",
    # a pronoun for one thing, with nothing said of the rest
    "Methadone continues at 60 mg and the newborn is scored on the ward for 72 hours; a dose cut was offered, but "
    "it was cancelled at her request.",
    # what was withdrawn is followed by its replacement
    "The plan for a home birth has now been withdrawn; methadone continues at 60 mg and the newborn is scored on "
    "the ward for 72 hours.",
    # one thing called off by an active verb, a replacement in its place
    "Methadone continues at 60 mg; the unit called off the 48-hour watch: the newborn is scored on the ward for "
    "72 hours instead.",
    "Methadone continues at 60 mg and the newborn is scored on the ward for 72 hours; she cancelled it herself, "
    "and the midwife rebooked the cot check for day 3.",
    "Scrap the earlier two-day watch: methadone continues at 60 mg and the newborn is scored on the ward for "
    "72 hours.",
    # a request beside the decision that grants it
    "She has asked us to keep the newborn in a cot beside her bed, and methadone continues at 60 mg with the "
    "newborn scored on the ward for 72 hours.",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_a_plan_withdrawn_as_a_whole_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", STANDING)
def test_a_revision_one_thing_withdrawn_or_a_plan_kept_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=25, deadline=None)
@given(st.data(), st.sampled_from(WITHDRAWN + STANDING))
def test_withdrawals_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# MA122: a plan the conclusion says was withdrawn or turned down with nothing in its place is no answer to its
# concern, though other sentences stand (so MA103 does not fire): the clauses before the withdrawal in its sentence,
# or the sentence before one that opens its own and points back ("That was ..."), are set aside, as is the saying
# that nothing replaced it. A refusal of one thing with the rest standing, a withdrawal with its replacement, and a
# withdrawal that reaches only another plan stand.
WITHDRAWN_ANSWERS = [
    # those who agreed it stepping out of it, nothing in its place
    "Methadone carries on at 60 mg daily. Three days of abstinence scores on the unit were agreed with the parents, "
    "but they have since pulled out of it and nothing has replaced it. The infant sleeps in its own cot.",
    # an active verb on the arrangement, in the sentence after the plan
    "Methadone carries on at 60 mg daily. The infant was to have abstinence scores on the unit for three days. The "
    "unit has since called off that arrangement and no replacement is in place. She keeps the infant in its own "
    "cot and is encouraged to breastfeed.",
    # a refusal of everything offered, nothing agreed instead, in the same sentence
    "Methadone carries on at 60 mg daily; three days of abstinence scores on the unit and a health visitor check "
    "at home were offered, but she has turned down both and the team has not yet arranged anything else. She keeps "
    "the infant in its own cot and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily; the infant's abstinence scores on the unit for three days were "
    "proposed, but the family refused them, with no alternative agreed. She keeps the infant in its own cot and "
    "is encouraged to breastfeed.",
    # a colloquial verb with the plan as its object, nothing put in its place
    "Methadone carries on at 60 mg daily. The unit was to give the infant abstinence scores for three days, but "
    "the team ditched all of it and nothing has been put in its place. She keeps the infant in its own cot and "
    "is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily. Abstinence scores on the unit for three days were agreed; the ward has "
    "shelved this plan and agreed no alternative. She keeps the infant in its own cot and is encouraged to "
    "breastfeed.",
    # a plan told as intended, then cancelled bare: nothing said in its place or why
    "Methadone carries on at 60 mg daily. The unit was going to score the infant for abstinence over three days, "
    "but that has since been called off. She keeps the infant in its own cot and is encouraged to breastfeed.",
    # the plan's own noun taken back later in the text
    "Methadone carries on at 60 mg daily and an abstinence watch on the unit for three days was set up; after the "
    "meeting the watch was stood down altogether. She keeps the infant in its own cot and is encouraged to "
    "breastfeed.",
    # withdrawn by a pronoun with its agent, and none other booked
    "Methadone carries on at 60 mg daily. Three days of abstinence scores on the unit were requested, but it was "
    "dropped by the unit manager and no other review has been arranged. She keeps the infant in its own cot and "
    "is encouraged to breastfeed.",
    # a care step joined to the bare withdrawal and said not to happen: taken back with it, not a plan
    "Methadone carries on at 60 mg daily and a referral to the neonatal team went in today; after the meeting the "
    "referral has been cancelled and the infant's abstinence scores on the unit will not be arranged. She keeps "
    "the infant in its own cot and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily; the neonatal review was requested this week, but the review has since "
    "been dropped and three days of abstinence scoring won't be booked. She keeps the infant in its own cot and "
    "is encouraged to breastfeed.",
    # the plan pointed back to by a demonstrative and its noun, its own kind of act booked nowhere
    "Methadone carries on at 60 mg daily. The unit was to check the infant for abstinence for three days; this "
    "arrangement has now been withdrawn, and no further observation is booked. She keeps the infant in its own cot "
    "and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily. Abstinence checks on the unit for three days had been agreed, but it was "
    "dropped by the team and no monitoring has been arranged. She keeps the infant in its own cot and is "
    "encouraged to breastfeed.",
    # the plan named and shelved with a reason, then nothing set up in its place: a reason is no replacement
    "Methadone carries on at 60 mg daily. The unit's three-day abstinence scoring has been shelved owing to bed "
    "pressures, and nothing else has been set up. She keeps the infant in its own cot and is encouraged to "
    "breastfeed.",
    "Methadone carries on at 60 mg daily. The neonatal abstinence watch was abandoned as the unit closed, with no "
    "new arrangement. She keeps the infant in its own cot and is encouraged to breastfeed.",
    # the plan named and put away bare ("set aside", "put aside"), nothing said in its place or why
    "The infant's three-day abstinence checks on the unit have been put aside. Methadone carries on at 60 mg daily. "
    "She keeps the infant in its own cot and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily; the unit's abstinence watch for the infant was set aside. She keeps the "
    "infant in its own cot and is encouraged to breastfeed.",
    # the plan named with its act told in full after the noun (up to eight words), then put away bare
    "Methadone carries on at 60 mg daily. The proposal to check the infant for abstinence after delivery is laid "
    "aside. She keeps the infant in its own cot and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily. The arrangement for the infant's abstinence scores over three days has "
    "been dropped. She keeps the infant in its own cot and is encouraged to breastfeed.",
]
STANDING_ANSWERS = [
    # stepping out of one part, the rest standing
    "Methadone carries on at 60 mg daily. She opted out of the breastfeeding group; the unit scores the infant for "
    "abstinence for three days and the infant sleeps in its own cot.",
    # one thing refused, the rest standing
    "A dose cut was offered but she turned it down; methadone carries on at 60 mg daily and the unit scores the "
    "infant for abstinence for three days. She keeps the infant in its own cot and is encouraged to breastfeed.",
    # a withdrawal with its replacement
    "The first plan was called off and replaced by this one: methadone carries on at 60 mg daily and the unit "
    "scores the infant for abstinence for three days. She keeps the infant in its own cot and breastfeeds.",
    # a refusal that decides
    "She refused the dose cut, so methadone stays at 60 mg daily, the unit scores the infant for abstinence for "
    "three days and the health visitor calls weekly. The infant sleeps in its own cot; breastfeeding encouraged.",
    # a withdrawal that reaches only another plan
    "Methadone carries on at 60 mg daily and the unit scores the infant for abstinence for three days. A day-5 "
    "visit was booked, but she has since cancelled it and nothing has replaced it. The infant sleeps in its own "
    "cot; breastfeeding encouraged.",
    # a colloquial withdrawal with its replacement
    "A three-day watch was ditched and replaced by five days on the unit, where the infant is scored for "
    "abstinence; methadone carries on at 60 mg daily. She keeps the infant in its own cot and breastfeeds.",
    "Methadone carries on at 60 mg daily. The unit was going to score the infant for two days, but that was "
    "called off in favour of four days of abstinence scores on the unit. The infant sleeps in its own cot; "
    "breastfeeding encouraged.",
    # the plan's noun withdrawn with the reason and what stands
    "Methadone carries on at 60 mg daily; the unit scores the infant for abstinence for three days. A day-5 "
    "visit was booked, but the visit was cancelled because the health visitor now calls on day 4. The infant "
    "sleeps in its own cot; breastfeeding encouraged.",
    # withdrawn by a pronoun with its agent, none other needed by decision: the rest stands
    "Methadone carries on at 60 mg daily; the unit scores the infant for abstinence for three days. A day-5 "
    "visit was requested, but it was dropped by the health visitor and no other visit is needed as she calls on "
    "day 4. The infant sleeps in its own cot; breastfeeding encouraged.",
    # a care step joined to the withdrawal and said to happen stands
    "Methadone carries on at 60 mg daily and a referral to the neonatal team went in today; after the meeting the "
    "referral has been cancelled and the infant's abstinence scores on the unit are booked for three days. She "
    "keeps the infant in its own cot and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily. The neonatal referral was cancelled because the unit saw her sooner at "
    "the joint clinic, which will now score the infant for abstinence for three days. She keeps the infant in its "
    "own cot and is encouraged to breastfeed.",
    # the plan pointed back to by a demonstrative and its noun, with what stands in its place
    "Methadone carries on at 60 mg daily. The unit was to check the infant for abstinence for two days; this "
    "arrangement has now been withdrawn and replaced by four days of checks on the neonatal unit. The infant "
    "sleeps in its own cot; breastfeeding encouraged.",
    # another plan withdrawn, none of its own kind booked, the watch standing
    "Methadone carries on at 60 mg daily; the unit checks the infant for abstinence for three days. A home visit "
    "on day 5 was planned, but that plan was dropped and no visit is booked as she stays on the unit. The infant "
    "sleeps in its own cot; breastfeeding encouraged.",
    # shelved with a reason and a replacement said after it
    "Methadone carries on at 60 mg daily. The unit's three-day abstinence scoring has been shelved owing to bed "
    "pressures, so the health visitor scores the infant at home for three days instead. She keeps the infant in "
    "its own cot and is encouraged to breastfeed.",
    # another plan shelved with a reason, none other needed, the watch standing
    "Methadone carries on at 60 mg daily and the unit scores the infant for abstinence for three days. The day-5 "
    "home visit was shelved because she stays on the unit, and no other visit is needed. She keeps the infant in "
    "its own cot and is encouraged to breastfeed.",
    # put away with its replacement; time set aside for a plan is no withdrawal
    "The infant's two-day abstinence checks have been set aside in favour of four days of scores on the unit. "
    "Methadone carries on at 60 mg daily. She keeps the infant in its own cot and is encouraged to breastfeed.",
    "Methadone carries on at 60 mg daily. An hour has been set aside at the day-5 visit for the health visitor to "
    "score the infant for abstinence; the unit scores it for three days first. She keeps the infant in its own cot "
    "and is encouraged to breastfeed.",
    # a long-named plan put away with what stands instead, or another plan put away beside the watch
    "Methadone carries on at 60 mg daily. The proposal to check the infant for abstinence after delivery is laid "
    "aside in favour of three days of scores by the neonatal nurses. The infant sleeps in its own cot; "
    "breastfeeding encouraged.",
    "Methadone carries on at 60 mg daily and the unit scores the infant for abstinence for three days. The "
    "request to move her to another maternity unit near her mother has been dropped. The infant sleeps in its own "
    "cot; breastfeeding encouraged.",
]


def _answers(text: str) -> set[str]:
    return errors(with_conclusion(text)) & {"MA103", "MA122"}


@pytest.mark.parametrize("text", WITHDRAWN_ANSWERS)
def test_a_plan_withdrawn_with_nothing_in_its_place_answers_no_concern(text: str) -> None:
    assert "MA122" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", STANDING_ANSWERS)
def test_one_thing_refused_a_replacement_or_another_plan_withdrawn_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(WITHDRAWN_ANSWERS + STANDING_ANSWERS))
def test_withdrawn_answers_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert _answers(hidden) == _answers(text)
