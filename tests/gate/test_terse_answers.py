"""Terse answers and conclusions found judged wrongly by review, each read by a general rule, worded apart
from the red-team corpora: a plan placed in a document and a topic only talked about answer nothing (MA125), nor
does a choice told as not made yet (MA103); permission to breastfeed, a crib's brand written with a number, a
medicine in shorthand beside a plan, who has the baby at night and a list of weeks joined by commas say
something."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.builders import ITEMS, disguised
from tests.gate.test_concerns import _item_findings, _partners_safe_sleep_findings
from tests.gate.test_substance import judged

WITHDRAWAL, BREASTFEEDING, SLEEP = "neonatal-withdrawal", "breastfeeding", "sedation-safe-sleep"

ITEM_ANSWERS = [
    # a plan placed in a document, a topic only talked about: refused
    (WITHDRAWAL, "Plan in notes.", True),
    (BREASTFEEDING, "Plan is in her maternity letter.", True),
    (BREASTFEEDING, "Feeding discussed.", True),
    (BREASTFEEDING, "BF talked through with mum at 34 weeks.", True),
    # near misses: what the plan or the talk decided stands
    (WITHDRAWAL, "Plan in place: the ward observes him for 72 hours.", False),
    (BREASTFEEDING, "Breastfeeding discussed and encouraged.", False),
    (BREASTFEEDING, "Feeding discussed; she will bottle feed.", False),
    # permission to breastfeed is a verdict
    (BREASTFEEDING, "Can breastfeed.", False),
    (BREASTFEEDING, "May continue breastfeeding.", False),
    # a medicine in shorthand beside a plan, a crib's brand written with a number
    (WITHDRAWAL, "Obs 2/52 (bup)", False),
    (SLEEP, "Next2me crib.", False),
]


def _refused(concern: str, text: str) -> bool:
    found = _item_findings("opioid-substitution", concern, text)
    return ("MA125", f"$.assessments[0].{ITEMS[concern][0]}") in found


@pytest.mark.parametrize(("concern", "text", "refused"), ITEM_ANSWERS)
def test_terse_item_answers(concern: str, text: str, refused: bool) -> None:
    assert _refused(concern, text) is refused


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(ITEM_ANSWERS).flatmap(lambda a: st.tuples(st.just(a), disguised(a[1]))))
def test_terse_item_answers_are_judged_alike_in_disguise(pair: tuple[tuple[str, str, bool], str]) -> None:
    (concern, _, refused), text = pair
    assert _refused(concern, text) is refused


PARTNER_NIGHTS = [
    ("Sleepy after his tablet: the grandmother has the baby at night.", False),
    ("Sleepy after his tablet; she takes the baby at night.", False),
    # how someone sleeps, not who has the baby
    ("Sleepy after his tablet: the baby feeds well at night.", True),
]


@pytest.mark.parametrize(("text", "refused"), PARTNER_NIGHTS)
def test_who_has_the_baby_at_night_answers_the_partners_safe_sleep_item(text: str, refused: bool) -> None:
    expected = {("MA125", "$.assessments[0].impact_on_mother.safe_sleep")} if refused else set()
    assert _partners_safe_sleep_findings(text) == expected


OPTIONS = "Methadone options for the baby: (a) continue at 60 mg; (b) reduce to 50 mg."
CONCLUSIONS = [
    # a list of weeks joined by commas measures each
    ("Diazepam in pregnancy is linked to low birth weight, so growth scans are set for 30, 34 and 38 weeks.", True),
    ("Growth scans are arranged at 30, 34, 38 weeks for the baby's size.", True),
    # a choice told as not made yet decides nothing
    (f"{OPTIONS} Not (a) or (b) chosen yet.", False),
    (f"{OPTIONS} (a) or (b) not decided so far.", False),
    # near miss: a choice made
    (f"{OPTIONS} (b) is preferred.", True),
]


@pytest.mark.parametrize(("text", "claims"), CONCLUSIONS)
def test_number_lists_and_choices_not_yet_made(text: str, claims: bool) -> None:
    assert (judged(text) != "no-claim") is claims


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(CONCLUSIONS).flatmap(lambda a: st.tuples(st.just(a), disguised(a[0]))))
def test_number_lists_and_choices_are_judged_alike_in_disguise(pair: tuple[tuple[str, bool], str]) -> None:
    (_, claims), text = pair
    assert (judged(text) != "no-claim") is claims
