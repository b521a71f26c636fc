"""MA103: general facts and past accounts are no claim about this mother and baby. A medicine's measured property
("a half-life of 24 to 36 hours"), a definition of a medicine or a condition, what evidence links a class with
("have been associated with"), an estimate reported ("is estimated to be"), a list under a heading of things
weighed ("Concerns:"), a clause after the history told in the past ("and she stopped it"), and a day of life in an
event told in the past ("went home on day 4") decide nothing ([general] associations, properties, claims;
[risk_list] headings; [history] past_verbs in mappings/hollow-phrases.toml). Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh78_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion
from tests.gate.test_what_a_conclusion_decides import refused_as_hollow

GENERAL_OR_PAST = [
    # a property's measure is the medicine's
    "Methadone is a full opioid agonist with a long and unpredictable half-life of 24 to 36 hours; sertraline is "
    "an SSRI.",
    # a definition whose predicate holds a time
    "Neonatal abstinence syndrome is a set of withdrawal signs seen in babies exposed to methadone at birth; "
    "sertraline is a selective serotonin reuptake inhibitor.",
    # what evidence links a class with, its measures the studies'
    "Sertraline and methadone taken beyond 30 weeks have been associated with a higher rate of admission to the "
    "neonatal unit.",
    # an estimate reported
    "The chance that withdrawal from methadone is severe is estimated to be 4 in 10, and sertraline transfer into "
    "milk is minimal.",
    # a list under a heading of things weighed
    "Concerns with methadone and sertraline: withdrawal; sedation; poor feeding; relapse after stopping.",
    # a clause after the history, told in the past, with a pronoun
    "In her first pregnancy she took methadone and sertraline; her daughter was scored for neonatal withdrawal on "
    "the special care unit, and she stopped sertraline when her daughter was two months old.",
    # a perfect after the history
    "Sertraline was first prescribed in 2019 after a depressive episode, and methadone followed in 2023; her key "
    "worker reports have been positive and the baby's anomaly scan was normal.",
    # a day of life in an event told in the past
    "Methadone and sertraline were looked at during the postnatal check, the baby was weighed on day 3 and went "
    "home with her on day 4.",
]
DECIDED = [
    # the property used for a plan
    "Methadone has a long half-life of 24 to 36 hours, so the baby stays on the ward for 5 days of withdrawal "
    "scoring; sertraline continues at 100 mg.",
    # the definition, then this baby
    "Neonatal abstinence syndrome is a set of withdrawal signs; this baby is scored for it from birth for 72 "
    "hours, and methadone and sertraline continue.",
    # a plan's subject is what the plan is for, not a thing defined
    "Plan for methadone and sertraline is a neonatal review at birth and a cot beside the bed.",
    # evidence applied to her
    "Her sertraline has been associated with jitteriness in her last baby, so the midwife checks this baby's "
    "feeding for 48 hours; methadone continues.",
    # a list under a heading with a decision in it
    "Concerns with methadone and sertraline: withdrawal, so 72 h scoring on the ward; no co-sleeping.",
    # the history, then what follows now
    "In her first pregnancy she took methadone and sertraline and she stopped sertraline after the birth; she "
    "is well now, both continue, and the baby is scored for withdrawal for 72 hours on the ward.",
    # a past day beside what follows (in this antenatal record, a day of her stay: the baby is not yet born)
    "Methadone and sertraline continue. She was reviewed on day 3 of her stay; the health visitor weighs the baby "
    "on day 10 after the birth.",
]


@pytest.mark.parametrize("text", GENERAL_OR_PAST)
def test_general_facts_and_past_accounts_decide_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED)
def test_facts_and_history_beside_a_decision_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(GENERAL_OR_PAST + DECIDED))
def test_a_disguised_fact_or_account_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# A course told as how often it goes ("is typically", "usually starts"), a property's measure written as a note
# with no verb ("half-life about 30 hours"), the outcomes evidence links with running on past a comma ("and
# impaired growth"), and a source's own verdict ("the SPS lists it as suitable") are no claim about this case
# either ([general] frequency_hedges, properties, associations, report_verbs). Found passing by the eighty-second
# fresh corpus; worded apart from its cases.
GENERAL_IN_OTHER_SHAPES = [
    "Methadone and sertraline are long acting; the peak of neonatal withdrawal is usually 3 to 4 days after "
    "delivery.",
    "Signs of withdrawal from methadone typically begin 2 to 5 days after delivery, and jitteriness with "
    "sertraline often lasts 48 hours.",
    "Methadone - elimination half-life about 30 hours; sertraline - milk to plasma ratio under 1.5; relative infant "
    "dose 0.4%.",
    "Methadone and sertraline in pregnancy have been linked with low birth weight, preterm delivery and impaired "
    "growth in infancy.",
    "The SPS lists sertraline as suitable in breastfeeding, and LactMed classifies methadone as compatible with "
    "breastfeeding at maintenance doses, with withdrawal in the newborn eased by breast milk.",
]
DECIDED_IN_OTHER_SHAPES = [
    # the course applied to this baby, or with a turn
    "Withdrawal from methadone is usually 3 to 4 days after delivery, so this baby stays on the ward for 96 hours "
    "of scoring; sertraline continues.",
    "The baby is usually scored every 4 hours for 72 hours; methadone and sertraline continue unchanged.",
    # a measure of this case beside a property's note
    "Methadone - half-life about 30 hours; baby observed on the postnatal ward for 72 h; sertraline continues.",
    # the link, then a change made
    "Methadone and sertraline have been linked with low birth weight, so the midwife books growth scans at 32 and "
    "36 weeks.",
    "Sertraline has been linked with jitteriness, dose reduced to 50 mg from today; methadone continues.",
    # the source's verdict applied to her
    "The SPS lists sertraline as suitable in breastfeeding, so she breastfeeds; methadone 60 mg continues.",
]


@pytest.mark.parametrize("text", GENERAL_IN_OTHER_SHAPES)
def test_a_course_a_noted_property_a_linked_list_or_a_listed_verdict_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED_IN_OTHER_SHAPES)
def test_the_same_shapes_beside_a_decision_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(GENERAL_IN_OTHER_SHAPES + DECIDED_IN_OTHER_SHAPES))
def test_a_disguised_course_note_list_or_verdict_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
