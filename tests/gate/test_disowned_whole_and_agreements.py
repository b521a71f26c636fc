"""MA103 and MA124: what disowns a whole conclusion wherever it stands, and an agreement pointed to instead of the
baby's plan ([disowned_whole] and [pointer] nouns in mappings/hollow-phrases.toml), both ways and disguised. Texts
worded apart from the red-team corpora (tests/redteam/fresh127_cases.py):

* a template's instruction to replace its wording left in ("<dummy text: delete before use>"), the text given as
  another's view the author says is not theirs, or as generic advice with her own plan still to be made, leaves
  nothing decided, at the head or the foot; a template named as followed, a template heading left beside completed
  content, a view shared and owned, generic advice she took as hers, a plan for labour still to be made beside
  this one, and a request declined stand;
* a written or placement agreement pointed to as the only word on the baby says nothing of the baby; one named
  beside the plan written out stands.
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
MEDICINES = "Methadone 60 mg and sertraline 100 mg continue at today's doses, dispensed daily by the pharmacy."

DISOWNED = [
    "<Placeholder text - edit before use> " + PLAN,
    PLAN + " {Dummy text: replace before sharing}",
    "The drug worker's views, not mine: " + PLAN,
    PLAN + " These are the keyworker's words; I have not endorsed any of it.",
    "Below is the usual advice for any woman on an opioid substitute; her own plan is still to be written. " + PLAN,
]
STANDS = [
    "Completed on the practice template for opioids in pregnancy. " + PLAN,
    "[Template: opioid substitution in pregnancy] " + PLAN,
    "Agreed with the drug worker, and my own view too: " + PLAN,
    PLAN + " She asked about sharing a bed after feeds; it is not my view that this is safe, and it is ruled out.",
    "Below is the usual advice for women on an opioid substitute, and she agreed today to take it as hers: " + PLAN,
    PLAN + " Her own plan for labour is still to be written with the birth centre.",
]

POINTED = [
    MEDICINES + " (For the newborn's scoring, sleep and feeding, see the written agreement.)",
    MEDICINES + " For the infant's withdrawal watch and where it sleeps, refer to the working agreement.",
]
BESIDE = [
    PLAN + " (The written agreement with the family says the same.)",
    PLAN + " See also the safety agreement signed today.",
]


@pytest.mark.parametrize("text", DISOWNED)
def test_a_text_disowned_as_a_whole_decides_nothing(text: str) -> None:
    assert refused_as_hollow(text)


@pytest.mark.parametrize("text", STANDS)
def test_a_template_followed_or_a_view_owned_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("text", POINTED)
def test_an_agreement_pointed_to_as_the_only_word_on_the_baby_says_nothing_of_it(text: str) -> None:
    assert "MA124" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", BESIDE)
def test_an_agreement_named_beside_the_plan_stands(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", DISOWNED + STANDS + POINTED + BESIDE)
def test_a_disguised_text_gets_the_plain_verdict(text: str, seed: int) -> None:
    hidden = disguise(text, random.Random(seed))
    assert errors(with_conclusion(hidden)) - {"MA115"} == errors(with_conclusion(text))
