"""MA103: a conclusion must say what happens now. Not a "whether" question said to hang on something later, the
same modal offering alternatives ("may ... or may ..."), a review or knowledge put off to a later event ("will need
another look", "will become clearer", "once she has decided"), only conditions of which the expected one is put off,
a to-do list in the passive naming no one and no time, an indefinite actor or time ("somebody will", "at some
stage"), the plan said to be known by all, a passive account with its list of topics ("were all covered"), nor the
template's instruction aimed at the document ("this assessment should set out whether ...").
Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh90_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

NO_PLAN_FOR_NOW = [
    # a "whether" question hanging on something later, and what waits on her decision
    "Whether methadone goes down to 40 mg hinges on how she copes with cravings and sleep over the summer; the "
    "neonatal team will hear about withdrawal scoring for the newborn once she has decided.",
    # the same modal across alternatives, the first active
    "Methadone and sertraline may carry on or may be tapered, depending on the obstetric view at 30 weeks; the "
    "newborn's withdrawal and feeding plan will follow from that.",
    # a later event, then only a further look and a plan agreed then
    "When she moves to her mother's house, methadone and sertraline will need another look at sleep and feeding, "
    "and the baby's plan will be agreed then.",
    # knowledge to come
    "Once the psychiatrist has reviewed her, sertraline will either stay or be lowered; once the anomaly scan is "
    "back the risks to the newborn from methadone will become clearer.",
    # only conditions, the expected one put off
    "If she uses heroin on top, the methadone dose will go up and the newborn will stay longer for scoring; if "
    "she stays well, sertraline and the plan will be revisited at 34 weeks.",
    # a passive to-do list: no one, no time
    "Methadone and sertraline to carry on. Withdrawal scoring of the newborn to be arranged. Feeding to be "
    "encouraged. Moses basket to be inspected.",
    # an indefinite actor and time
    "Methadone and sertraline continue. Somebody will check the Moses basket at some stage, and someone should "
    "raise night feeds with her when time allows.",
    # the plan said to be known by all
    "Methadone and sertraline continue unchanged. Everyone is fully aware of the withdrawal and sedation risks, "
    "and the newborn's plan is understood by all.",
    # a passive account with its list of topics and a dated visit
    "Home visit 14/03 with the midwife: methadone 60 mg daily, sertraline 50 mg nocte, the cot and feeding were "
    "all covered; she was engaged and the visit took forty minutes.",
    # the template's instruction aimed at the document itself
    "For methadone and sertraline, this assessment should set out whether the newborn needs withdrawal scoring, "
    "how feeding goes and who watches the cot at night.",
]
A_PLAN_FOR_NOW = [
    "Whether to breastfeed was discussed and she will breastfeed; methadone and sertraline continue and the ward "
    "scores the newborn for withdrawal for 72 hours.",
    "Once she delivers, the newborn will be scored for withdrawal on the ward for 72 hours; methadone and "
    "sertraline continue unchanged.",
    "Methadone and sertraline continue. If the scores rise, the midwife will call the paediatric registrar; if "
    "she wants to breastfeed, the infant feeding team will support her.",
    "Withdrawal scoring for 72 hours to be done by the ward midwife; methadone and sertraline continue; cot to be "
    "checked by the HV on day 10.",
    "Methadone and sertraline continue; someone from the HV team will visit on day 10 to check the cot and "
    "feeding for signs of late withdrawal.",
    "The risks were weighed and we agreed to continue methadone and sertraline; the ward observes the newborn for "
    "withdrawal for 72 hours.",
    "Methadone continues at 60 mg daily and sertraline at 50 mg, and the cot, feeding and night care were gone "
    "through with her; no co-sleeping after her dose, and the newborn is scored for withdrawal for 72 hours.",
    "Methadone and sertraline continue; the discharge summary must state the 72 hours of withdrawal scoring, and "
    "the midwife tells the HV how feeding went.",
]


@pytest.mark.parametrize("text", NO_PLAN_FOR_NOW)
def test_no_plan_for_now_is_refused(text: str) -> None:
    # MA103, or MA104 when what is left once the parts put off are set aside is too little to judge
    assert errors(with_conclusion(text)) & {"MA103", "MA104"}


@pytest.mark.parametrize("text", A_PLAN_FOR_NOW)
def test_a_plan_for_now_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(NO_PLAN_FOR_NOW + A_PLAN_FOR_NOW))
def test_a_disguised_plan_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
