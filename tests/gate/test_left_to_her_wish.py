"""The baby's observation, safe sleep or night care handed to the parent's wish alone (MA122; [conclusion]
left_to_her and left_to_her_matters in mappings/concerns.toml): "whatever mum wants", "it is left to the mother
whether the newborn is watched", "she may choose where the infant sleeps" is no plan, so a conclusion whose only
concern words are handed over so speaks of none of its own concerns. Near misses (her choice of feeding beside a
professional judgement, her informed choice then the plan, a choice followed by "either way" and the watch, a
hand-over of something else) pass, and a disguise changes no verdict. Texts worded apart from the red-team corpora
(tests/redteam/fresh104_cases.py)."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import without_her_wish
from medassess.gate.text import normalise
from tests.gate.conclusions import LITHIUM, METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

HANDED = [
    (METHADONE, "Methadone goes on at the same dose. Whether the newborn is watched on the ward after delivery "
     "and where the newborn sleeps at home are left to the mother."),
    (METHADONE, "Methadone goes on unchanged: whatever mum wants. She may choose whether the newborn stays in for "
     "observation and whether the newborn shares her bed."),
    (SEDATIVES, "Both tablets go on at the same doses. The night-time feeds and where the infant sleeps are for the "
     "mother to decide."),
    (PARTNER, "His quetiapine goes on unchanged; where the infant sleeps overnight is up to the parents."),
    # both parents' wish, however named
    (PARTNER, "His quetiapine goes on unchanged. Who does the overnight feeds, and whether the infant shares the "
     "parents' bed, is for them to decide; the GP is aware."),
    (PARTNER, "His quetiapine goes on at bedtime; whether he has the infant in bed overnight is left to the couple."),
    # with an adverb of degree
    (PARTNER, "His quetiapine goes on at bedtime. Where the infant spends the night is left wholly to the parents."),
]
NEAR_MISSES = [
    (METHADONE, "Methadone goes on at the same dose. How she feeds is her choice: methadone is compatible with "
     "breastfeeding. The ward midwives score the newborn for withdrawal for three days."),
    (METHADONE, "Methadone goes on at the same dose. Whether she breastfeeds is up to the mother; either way the "
     "ward midwives watch the newborn for withdrawal for three days and the newborn sleeps in a cot."),
    (METHADONE, "Methadone goes on at the same dose; after talking it through she chose to breastfeed, which we "
     "support. The newborn is scored for withdrawal on the ward for three days; no bed sharing."),
    (PARTNER, "His quetiapine goes on unchanged; the infant sleeps in a crib beside the mother and never with him "
     "after his tablet. When he takes the tablet is up to the parents."),
    (PARTNER, "His quetiapine goes on unchanged; the infant sleeps in a crib beside the mother and never with him "
     "after his tablet. Breast or bottle is for the couple to decide."),
    (PARTNER, "His quetiapine goes on unchanged; the infant sleeps in a crib beside the mother and never with him "
     "after his tablet. Bottle or breast is left entirely to the parents."),
]


@pytest.mark.parametrize(("where", "text"), HANDED)
def test_the_baby_s_watch_or_sleep_left_to_her_wish_is_refused(where: tuple[str, str], text: str) -> None:
    # MA122, or MA103/MA104 where what is left once the hand-over is set aside decides nothing or is too short
    assert _codes(where, text) & {"MA103", "MA104", "MA122"}


@pytest.mark.parametrize(("where", "text"), NEAR_MISSES)
def test_her_choice_beside_a_plan_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), HANDED + NEAR_MISSES)
def test_a_disguised_hand_over_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_what_the_hand_over_governs_is_set_aside() -> None:
    text = normalise("Methadone continues; up to mum whether the newborn sleeps in her bed, but the ward scores it.")
    kept = without_her_wish(text)
    assert len(kept) == len(text)
    assert "sleeps" not in kept
    assert "methadone continues" in kept
    assert "the ward scores it" in kept
    # The subject of the clause goes with it.
    subject = normalise("Where the newborn sleeps is up to her.")
    assert not without_her_wish(subject).strip(" .")
    # Her choice of feeding alone stays, as does a negated hand-over.
    feeding = normalise("How she feeds is her choice.")
    assert without_her_wish(feeding) == feeding
    negated = normalise("Whether the newborn is observed is not up to her: the ward observes for 72 hours.")
    assert without_her_wish(negated) == negated
    couple = normalise("Whether the infant sleeps in their bed is for the couple to decide; the HV visits weekly.")
    assert "sleeps" not in without_her_wish(couple) and "the hv visits weekly" in without_her_wish(couple)
    feeding_theirs = normalise("Feeding is the parents' choice; the midwife observes the baby for 72 hours.")
    assert without_her_wish(feeding_theirs) == feeding_theirs


# A subject of questions named over commas goes with the hand-over after it, and what is handed over is no content
# of the conclusion either (MA103/MA104 read what is left): a continuation beside it decides nothing of the baby.
HANDED_OVER_COMMAS = [
    (METHADONE, "Methadone goes on at the same dose and she is helped to breastfeed. Whether the newborn is "
     "observed for withdrawal, and where the newborn sleeps at home, is as the mother wishes."),
    (PARTNER, "His quetiapine goes on at bedtime. Who gives the overnight feeds and where the infant sleeps is for "
     "the mother to decide as she wishes; GP to review."),
]
KEPT_OVER_COMMAS = [
    (METHADONE, "Methadone goes on at the same dose. Whether she breastfeeds, and how often, is as the mother "
     "wishes; the ward midwives score the newborn for withdrawal for three days and the newborn sleeps in a cot."),
]


@pytest.mark.parametrize(("where", "text"), HANDED_OVER_COMMAS)
def test_a_hand_over_with_its_subject_over_commas_decides_nothing(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) & {"MA103", "MA104", "MA122"}
    assert _codes(where, disguise(text, random.Random(3))) & {"MA103", "MA104", "MA122"}


@pytest.mark.parametrize(("where", "text"), KEPT_OVER_COMMAS)
def test_her_feeding_choice_over_commas_beside_a_plan_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()
    assert _codes(where, disguise(text, random.Random(3))) == set()


def test_the_subject_over_commas_goes_with_the_hand_over() -> None:
    text = normalise("Methadone continues. Whether the newborn is scored, and where it sleeps, is up to mum.")
    kept = without_her_wish(text)
    assert "scored" not in kept and "sleeps" not in kept
    assert "methadone continues" in kept


# A professional's act made to hang on her asking ([conclusion] left_to_her_asked: "if she wants them", "should she
# ask", "on request") is no plan: with every step so conditioned nothing of the plan is left (MA103/MA104). A step
# that stands keeps its words, an act on request beside a planned one ("as well as", "again", "further") stands, and
# "even if" is no condition. Worded apart from the red-team corpora (tests/redteam/fresh110_cases.py).
ASKED = [
    (LITHIUM, "Priadel goes on unchanged at night. Serum monitoring towards term should she ask for it; the newborn "
     "checked by a paediatrician at her request; bottle or breast as she likes."),
    (METHADONE, "Methadone goes on at the same dose. If mum wants, the ward scores the newborn for withdrawal; a "
     "health visitor visit on request."),
    # the mother by her name asking for them
    (LITHIUM, "Priadel goes on unchanged at night. Serum monitoring near term and a newborn check by paediatrics "
     "will be booked if Mirela asks for them; breast or bottle as she likes."),
]
ASKED_NEAR_MISSES = [
    (LITHIUM, "Priadel goes on unchanged at night, serum levels monthly then weekly from 36 weeks. The newborn can "
     "be checked by a paediatrician on request, in addition to the routine check at birth; bottle feeding."),
    (METHADONE, "Methadone goes on at the same dose; the ward scores the newborn for withdrawal for three days, and "
     "longer if mum wants. She can breastfeed if she wishes; no bed sharing."),
    (METHADONE, "Methadone goes on at the same dose. The ward scores the newborn for withdrawal for three days even "
     "if she wants to go home sooner; breastfeeding supported; cot beside the bed."),
    (LITHIUM, "Priadel goes on unchanged at night, serum levels monthly then weekly from 36 weeks, and a newborn "
     "check by paediatrics at birth; extra levels if Mirela asks for them. Bottle feeding."),
]


@pytest.mark.parametrize(("where", "text"), ASKED)
def test_every_step_hanging_on_her_asking_is_no_plan(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) & {"MA103", "MA104", "MA122"}


@pytest.mark.parametrize(("where", "text"), ASKED_NEAR_MISSES)
def test_a_step_on_request_beside_a_plan_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ASKED + ASKED_NEAR_MISSES)
def test_a_disguised_condition_on_her_asking_gets_the_plain_verdict(
    where: tuple[str, str], text: str, seed: int
) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_clause_hanging_on_her_asking_is_set_aside() -> None:
    text = normalise("Methadone continues; a paediatric review if she requests one, and the ward scores it for 72 h.")
    kept = without_her_wish(text)
    assert len(kept) == len(text)
    assert "review" not in kept
    assert "the ward scores it" in kept
    even = normalise("The ward scores the baby for 72 h even if she wants to leave.")
    assert without_her_wish(even) == even
    named = normalise("Lithium continues; a paediatric check if Ana asks for one, and levels weekly from 36 weeks.")
    kept = without_her_wish(named)
    assert "check" not in kept and "levels weekly" in kept
    professional = normalise("The registrar reviews the baby if the midwife asks.")
    assert without_her_wish(professional) == professional
