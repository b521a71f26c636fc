"""MA103: what a conclusion decides. Watching with nobody, no time and no threshold decides nothing, nor does a
sentence made only of reasons, nor a plan said to depend on a result awaited ([claim] watching, watch_*,
reasons_only, awaited_* in mappings/hollow-phrases.toml). Each both ways, and disguised. Worded apart from the
red-team cases (tests/redteam/fresh66_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from tests.gate.disguise import disguised
from tests.gate.test_substance import TODAY, errors, with_conclusion

NO_CLAIM = (
    "the conclusion of assessment {id} says only what was done, considered or sent, or what its medicines do in "
    "general, not what follows (expected a statement: what continues or changes, what is likely, what must or must "
    "not happen, a dose or a time)"
)

UNOWNED_WATCHING = [
    "Methadone and sertraline: the baby's feeding, breathing and tone to be monitored, and her mood and sleep to "
    "be watched closely.",
    "Keep an eye on the newborn's jitteriness, feeds and weight gain, and on her mood; methadone withdrawal "
    "monitored too.",
    "Methadone and sertraline - ongoing monitoring of withdrawal signs, of breathing and of maternal mood.",
]
OWNED_WATCHING = [
    # who
    "The midwife monitors the baby's feeding, breathing and tone for methadone withdrawal, and her mood on "
    "sertraline is watched by the perinatal mental health team.",
    # when
    "Baby's feeding, breathing and tone monitored 4-hourly for methadone withdrawal; sertraline jitteriness "
    "watched until day 3.",
    # what follows past a limit
    "Monitor the baby's breathing and feeding for methadone and sertraline withdrawal, and refer to the "
    "neonatal registrar if signs appear.",
    # the time in the part before: the whole conclusion is read, not each part alone
    "Methadone and sertraline in the mornings only; the newborn watched for jitteriness and poor feeds; crib "
    "beside her bed at night.",
]
REASONS_ONLY = [
    "Because sertraline reaches breast milk in small amounts, and because methadone withdrawal can start late in "
    "the newborn.",
    "Given that the baby was exposed to methadone throughout the pregnancy and given that sertraline adds "
    "jitteriness in the first days.",
    "Since methadone lowers her alertness at night; since sertraline can make the newborn jittery and poor at feeding.",
]
RESULT_AWAITED = [
    "Bloods for her sertraline and methadone sent today. Whether she breastfeeds, where the baby sleeps and how long "
    "the baby stays all hinge on the outcome, due back on Friday.",
]
DECIDED_MEANWHILE = [
    "Bloods sent today; the feeding plan depends on the result, but meanwhile methadone and sertraline continue and "
    "the baby is scored for withdrawal for 72 hours.",
]
REASONS_WITH_DECISION = [
    "Because methadone withdrawal can start late in the newborn, and because sertraline adds jitteriness, the "
    "baby stays on the postnatal ward for withdrawal scoring.",
    "Given that sertraline reaches breast milk only in small amounts, she can breastfeed while methadone continues.",
    # "since" of time: one part, no chain of reasons
    "Since the birth she has taken methadone and sertraline without a missed dose, and the baby feeds well.",
]


def refused_as_hollow(text: str) -> bool:
    record = with_conclusion(text)
    found = [i for i in check(record, today=TODAY) if i.code == "MA103"]
    return [(i.path, i.message) for i in found] == [
        ("$.assessments[0].conclusion", NO_CLAIM.format(id=record.assessments[0].id))
    ]


@pytest.mark.parametrize("text", UNOWNED_WATCHING + REASONS_ONLY + RESULT_AWAITED)
def test_watching_with_no_one_no_time_no_threshold_or_only_reasons_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", OWNED_WATCHING + REASONS_WITH_DECISION + DECIDED_MEANWHILE)
def test_watching_with_who_when_or_a_threshold_and_reasons_beside_a_decision_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from(
        [*UNOWNED_WATCHING, *REASONS_ONLY, *RESULT_AWAITED, *OWNED_WATCHING, *REASONS_WITH_DECISION, *DECIDED_MEANWHILE]
    ),
)
def test_a_disguised_watching_or_reason_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# An actor and a time with an act that names nothing done ([claim] empty_acts): the modal states nothing. Found
# passing by the seventy-fourth fresh corpus; worded apart from its cases.
EMPTY_ACTS = [
    "For methadone, the neonatal nurses will, from the first feed, deal with what is needed for the newborn, and "
    "the GP will, at six weeks, sort things out.",
    "Methadone: the community midwife will, by day five, take care of the withdrawal side of things, and the "
    "health visitor is to handle matters after that.",
]
NAMED_ACTS = [
    "For methadone, the neonatal nurses will, from the first feed, score the newborn for withdrawal every four "
    "hours, and the GP will, at six weeks, review her dose.",
    "Methadone continues: the community midwife will, by day five, see to it that the cot is beside the bed and "
    "never shared, and the health visitor weighs the baby.",
]


@pytest.mark.parametrize("text", EMPTY_ACTS)
def test_an_actor_and_a_time_with_an_empty_act_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", NAMED_ACTS)
def test_an_actor_and_a_time_with_a_named_act_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(EMPTY_ACTS + NAMED_ACTS))
def test_a_disguised_empty_act_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))


# Guidance reported, then the decision for this baby put off: the report states nothing of this case, whoever
# reports it (a guideline, which alone pads a text, is read as a reporter before its verb) and whatever verdict
# the guidance gives ("lists it as suitable"); and a "would" outcome held on a condition after it ("would go on
# if the prescriber agreed") supposes, as one after the condition does. Found passing by the seventy-fourth fresh
# corpus; worded apart from its cases.
REPORTED_THEN_PUT_OFF = [
    "The trust guideline states that newborns exposed to opioids stay in hospital for three days. What happens for "
    "this family will be decided at the discharge meeting.",
    "NICE advises against sharing a sofa with an infant after sedating drugs such as methadone, and the SPS lists it "
    "as suitable while breastfeeding. A plan for mother and child will follow once the team has met.",
    "Methadone would go on if the prescriber agreed; the newborn's scoring would follow if signs appeared, and the "
    "cot could be talked about later.",
]
REPORTED_AND_APPLIED = [
    "The trust guideline states that newborns exposed to opioids stay in hospital for three days, so her baby stays "
    "on the ward for 72 hours; methadone 60 mg continues and she must not co-sleep.",
    "NICE advises against sharing a sofa with an infant after sedating drugs such as methadone, and the SPS lists it "
    "as suitable while breastfeeding, so she breastfeeds; methadone 60 mg continues, she must not co-sleep and the "
    "baby is scored for withdrawal for 72 hours.",
    "Methadone 60 mg continues; the neonatal team would start oral morphine if the baby's scores rose, and she must "
    "not co-sleep after her dose.",
]


@pytest.mark.parametrize("text", REPORTED_THEN_PUT_OFF)
def test_guidance_reported_or_a_would_on_a_condition_then_put_off_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", REPORTED_AND_APPLIED)
def test_guidance_applied_and_a_would_beside_a_decision_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(REPORTED_THEN_PUT_OFF + REPORTED_AND_APPLIED))
def test_a_disguised_report_then_put_off_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
