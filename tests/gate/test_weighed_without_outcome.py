"""MA103: risks or options weighed, balanced or set side by side with nothing decided. A weighing reported with no
outcome ("the pros and cons were balanced with her at clinic", "the balance is on a knife edge", "a judgement call")
and two or more options each told by what it would bring, none chosen ("keeping her on it ...; coming off it ...")
decide nothing, as do negations stacked on a frame of truth ("it is not false that ... is not without ...");
the same beside a choice, an act or advice ("on balance ... preferred", "she chose", "the team
advises") stands. Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh90_cases.py,
fresh66_cases.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_conditions_options_deferrals import refused_as_hollow
from tests.gate.test_substance import errors, with_conclusion

UNDECIDED = [
    # a weighing reported, no outcome
    "Sertraline exposure makes jitteriness in the newborn likely in the first days, and methadone adds neonatal "
    "withdrawal; on the other side, coming off either risks relapse for her. The pros and cons of each were "
    "balanced thoroughly with her at clinic.",
    "Methadone in late pregnancy puts the newborn at risk of withdrawal, and sertraline adds to jitteriness; a "
    "dose cut would bring craving and relapse. The balance here is on a knife edge.",
    "The newborn is likely to withdraw from methadone and may be jittery from sertraline, but lowering either "
    "invites relapse. It is a judgement call for her.",
    # two options, each told by what it would bring, none chosen
    "Methadone at this stage: keeping her on it holds her off heroin but leaves the newborn to withdraw; tapering "
    "it before the birth spares the newborn some withdrawal but risks relapse and street use.",
    # negations stacked on a frame of truth
    "It would be false to say that methadone is not without some risk to the newborn, and it cannot be denied that "
    "scoring is not something the ward would never need.",
]
DECIDED = [
    # the weighing, then its outcome
    "The risks to the newborn and to her were weighed and she chose to keep methadone at 60 mg and sertraline at "
    "50 mg; the newborn is scored for withdrawal for 72 hours.",
    "Methadone puts the newborn at risk of withdrawal, and lowering it risks relapse. On balance, methadone 60 mg "
    "is preferred, with sertraline unchanged and 72 hours of withdrawal scoring on the ward.",
    "Weighing these risks, the perinatal team advises continuing methadone and sertraline, with the newborn "
    "scored for withdrawal on the postnatal ward.",
    # two paths, then one taken
    "Keeping her on methadone holds her off heroin; tapering it risks relapse, so she stays on 60 mg and the "
    "newborn is observed for withdrawal for 72 hours.",
    # options listed, then one chosen
    "Options for methadone were continuing at 60 mg or a slow taper; the continuing dose was chosen, sertraline "
    "is unchanged, and the newborn has 72 hours of withdrawal scoring.",
    # a double negative beside decisions, and one negation on a frame of truth
    "Methadone is not without risk to the newborn, but coming off it is not an option now: methadone 60 mg "
    "continues and the newborn is not to leave the ward before 72 hours of withdrawal scoring.",
    "It is not the case that sertraline must stop for breastfeeding: sertraline 50 mg continues, methadone stays at "
    "60 mg, and the newborn is scored for withdrawal for 72 hours.",
    # a person weighed, not risks (in this antenatal record the mother: the baby is not yet born)
    "Methadone 60 mg and sertraline 50 mg continue. She was weighed at booking and has gained well; the newborn is "
    "scored for withdrawal for 72 hours after birth.",
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_risks_weighed_paths_told_or_negations_stacked_decide_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED)
def test_a_weighing_or_paths_with_an_outcome_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(UNDECIDED + DECIDED))
def test_weighings_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
