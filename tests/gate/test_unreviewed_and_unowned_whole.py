"""MA103: a whole conclusion said to be unreviewed, undiscussed or written by someone (or something) whose text no
accountable clinician has checked ([[disowned_whole.pairs]] in mappings/hollow-phrases.toml), both ways and
disguised. Texts worded apart from the red-team corpora (tests/redteam/fresh127_cases.py):

* the whole carried over from another time and not reviewed or updated since, told as undiscussed with her, or
  drafted by a machine or a trainee and not yet checked, leaves nothing decided, at the head or the foot;
* text carried over and reviewed, a missed visit followed by the one that happened, one item or another document
  not yet checked or updated, a draft checked by the author, and something not discussed with someone else stand.
"""

from __future__ import annotations

import random

import pytest

from tests.gate.disguise import disguise
from tests.gate.test_conditions_options_deferrals import refused_as_hollow
from tests.gate.test_substance import errors, with_conclusion

PLAN = (
    "Methadone 60 mg and sertraline 100 mg continue; the newborn is scored for withdrawal on the postnatal ward for "
    "72 hours, she breastfeeds with midwife support, and the baby sleeps in its own cot."
)

UNOWNED = [
    PLAN + " Everything above was carried across from the 2022 notes and has not yet been reviewed.",
    PLAN + " The text above describes her care in 2021 and has not been updated for this pregnancy.",
    PLAN + " None of the above has been discussed, as the appointment was missed.",
    "Transcribed by the dictation software from the call; not yet reviewed by a clinician. " + PLAN,
    PLAN + " Drafted by the ST1 and awaiting countersignature by the consultant.",
    PLAN + " Prepared by a medical student and not checked by the supervising GP.",
    # the auxiliary elided after another verb of the whole
    PLAN + " The text above was carried across from the 2021 notes and never updated.",
]
STANDS = [
    PLAN + " Everything above was carried across from the 2022 notes and reviewed line by line with her today.",
    PLAN + " The text above describes her care today, at 30 weeks.",
    PLAN + " She missed last week's appointment; this was discussed with her at today's visit instead.",
    "Transcribed by the dictation software and checked by me against the call. " + PLAN,
    PLAN + " Drafted by the ST1 and checked and signed by me.",
    PLAN + " Her dose has not been reviewed since March, so the drug service review it on Monday.",
    PLAN + " The text above was carried across from the 2021 notes and checked with her today.",
    PLAN + " All of this was agreed with her, and her dose was never reviewed before today.",
    PLAN + " None of this was discussed with her partner, who was at work; she will tell him tonight.",
    PLAN + " The above letter from the drug service has not been updated since her dose went up, so the dose here "
    "is the one she takes.",
    PLAN + " Her crisis plan was written by the perinatal team and has not yet been reviewed by the ward, who go "
    "through it on Monday.",
    PLAN + " The crib from the hospital loan scheme has not yet been checked by the health visitor, who visits on "
    "day 3.",
]


@pytest.mark.parametrize("text", UNOWNED)
def test_a_whole_text_unreviewed_or_unchecked_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", STANDS)
def test_a_text_reviewed_or_one_item_unchecked_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", UNOWNED + STANDS)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    hidden = disguise(text, random.Random(seed))
    assert errors(with_conclusion(hidden)) - {"MA115"} == errors(with_conclusion(text))
