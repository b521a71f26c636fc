"""MA103: conditions, options, wishes and deferrals read as decisions. An inverted condition ("were X to ...",
"should she wish to ...") with only what would, could or might follow; a choice that depends on what is not yet
known ("depending on ..., either ... or ..."); options listed under their heading with none chosen; a wish with an
adverb in it ("would ideally like"); a question left to be worked through; a decision handed to a forum ("for the
panel to determine") or to someone's discretion, its subject handed over with it. Each both ways, and disguised.
Worded apart from the red-team cases (tests/redteam/fresh78_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from tests.gate.disguise import disguised
from tests.gate.test_substance import TODAY, errors, with_conclusion


def refused_as_hollow(text: str) -> bool:
    """Refused by MA103, as saying nothing that follows or as deferring with nothing left (MA119 may add that a
    medicine is named only so)."""
    return "MA103" in {i.code for i in check(with_conclusion(text), today=TODAY) if i.severity == "error"}


UNDECIDED = [
    # inverted conditions, each followed only by what would, could or might be
    "Were methadone to be lowered, she would likely use on top; and were the newborn jittery, sertraline could be "
    "the cause.",
    "Should she want to come off sertraline after the birth, a slow reduction could be talked about; should the "
    "newborn feed poorly on methadone, a neonatal opinion might be asked for.",
    # a choice that depends on what is not yet known
    "Dependent on the drug service's view and her own wishes, methadone and sertraline will be either kept as they "
    "are or brought down gradually before the birth.",
    # options under their heading, none chosen
    "Alternatives for methadone and sertraline: (i) keep both as now; (ii) lower methadone slowly; (iii) switch "
    "sertraline. Each has its own withdrawal picture for the newborn.",
    # a wish with an adverb in it, and hopes
    "The midwives would really like the newborn exposed to methadone to stay beside her on the ward, and hope "
    "sertraline can be kept at today's dose.",
    # questions left open to be worked through
    "Is methadone at this dose safe for feeding? Does sertraline add to the newborn's jitteriness? Both questions "
    "remain to be worked through at clinic.",
    # handed to a forum, or to someone's discretion on the day, the subject with it
    "How methadone and sertraline bear on the newborn's care, and what the ward must do about them, are for the "
    "safeguarding panel to determine from the written reports.",
    "Methadone, sertraline and the newborn's observations on the ward are left to the discretion of the neonatal "
    "nurse in charge.",
]
DECIDED = [
    # the condition beside a decision, or what will follow it
    "Methadone 60 mg continues, as were it lowered she would likely use on top. Sertraline 50 mg continues and the "
    "newborn is scored for withdrawal for 72 hours on the ward.",
    "Should she want to come off sertraline after the birth, the GP will see her first; methadone stays at 60 mg "
    "and the newborn is watched for withdrawal for 72 hours.",
    # decided now, with a later dependency
    "Methadone and sertraline continue unchanged until the drug service review; any change will depend on that "
    "review. The newborn is scored for withdrawal for 72 hours.",
    # options listed, one chosen
    "Alternatives for methadone and sertraline: (i) keep both as now; (ii) lower methadone slowly. The one chosen "
    "is (i), and the newborn is scored for withdrawal for 72 hours.",
    "Options: continue methadone or lower it slowly; she chose to continue methadone at 60 mg with sertraline "
    "unchanged, and the newborn is scored for 72 hours.",
    # a hope beside a decision
    "The midwives would really like her to breastfeed; methadone stays at 60 mg, sertraline at 50 mg, and the "
    "newborn rooms in with 72 hours of withdrawal scoring.",
    # a discretion beside a stated plan
    "Methadone 60 mg and sertraline 50 mg continue; the newborn is scored for withdrawal for 72 hours, with "
    "a paediatric review at the discretion of the neonatal registrar.",
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_conditions_options_wishes_and_deferrals_decide_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", DECIDED)
def test_a_decision_beside_a_condition_options_a_wish_or_a_discretion_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(UNDECIDED + DECIDED))
def test_conditions_options_and_deferrals_in_disguise_are_judged_like_the_plain_text(
    data: st.DataObject, text: str
) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
