"""MA122: a concern the conclusion gives only to no one is not answered there (a decision of the lead engineer).

A conclusion that speaks of a concern only in clauses whose actor can carry out nothing (a medicine doing what only
a person can, :func:`medassess.gate.concerns.without_drug_actors`; a role the same text rules out,
:func:`medassess.gate.concerns.without_absent_actors`) shares a plan resting on no one, whatever the record's
items say: the written conclusion is what is shared. A concern the conclusion does not speak of at all is judged
as before (its items may answer it), and a concern it also gives to a person stands. A short heading before a
colon goes with the clause after it; the baby's observation plan is spoken of in its item's words too ("will
review the newborn").

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import given_to_no_one
from tests.gate.conclusions import LITHIUM, METHADONE, SERTRALINE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

GIVEN_TO_NO_ONE = [
    # a medicine observes; feeding is still decided in the conclusion, and the items answer the rest
    (METHADONE, "Her methadone carries on at 60 mg and will observe the newborn for abstinence signs for three "
     "days. Breast milk encouraged."),
    # a medicine reviews the newborn (the observation plan in its item's words), her levels beside it
    (LITHIUM, "Lithium 800 mg is unchanged. Priadel will examine her serum levels and will assess the newborn on "
     "the day of delivery; formula only."),
    # the role the text rules out holds the safe sleep plan, its heading with it
    (METHADONE, "Methadone carries on at 60 mg; abstinence scoring on the postnatal ward; breast milk encouraged. "
     "No health visitor is allocated yet. Bed sharing: the health visitor inspects the crib on each visit."),
    # the whole service refused ("all") and the act given to it after "so" in the same sentence
    (METHADONE, "Methadone carries on at 60 mg; abstinence scoring on the postnatal ward; breast milk encouraged. "
     "The parents have turned down all health visiting, so the health visitor inspects the crib on each visit."),
    # a medicine observes after a first verb of its own; a role elsewhere inspects the crib (safe sleep, not the
    # newborn's observation, though the role's name is a word of that item)
    (METHADONE, "Her methadone carries on unaltered until delivery and will observe the newborn for abstinence "
     "signs over three days. Breast milk encouraged. No sofa sleeping as methadone makes her drowsy; the community "
     "midwife inspects the crib on her first visit."),
    # a medicine observes the newborn for a list of signs, the list's later items after a comma
    (SERTRALINE, "Sertraline 50 mg goes on unchanged and will observe the newborn for a day for tremor, "
     "floppy tone or laboured breathing; breast milk is fine."),
    # the medicine keeps the newborn calm and shields it from abstinence: the newborn's watch given to no one
    (METHADONE, "Methadone carries on at 60 mg. Her methadone will keep the newborn calm once delivered and will "
     "prevent withdrawal in the newborn. Breast milk encouraged."),
    # "it" right after the medicine's clause, doing what only a person can
    (SERTRALINE, "Sertraline 50 mg goes on unchanged; it will observe the newborn for a day for tremor, floppy "
     "tone or laboured breathing. Breast milk is fine."),
]
HELD_BY_SOMEONE = [
    # the same concern given to a person as well
    (METHADONE, "Her methadone carries on at 60 mg and will observe the newborn for abstinence signs; the ward "
     "midwives score the newborn for 72 hours. Breast milk encouraged."),
    # what the medicine does to her, and a person reviewing the newborn
    (LITHIUM, "Lithium 800 mg is unchanged and keeps her well; the paediatrician will assess the newborn on the "
     "day of delivery; formula only."),
    # a heading whose clause a present person holds
    (METHADONE, "Methadone carries on at 60 mg; abstinence scoring on the postnatal ward; breast milk encouraged. "
     "No health visitor is allocated yet. Bed sharing: the community midwife inspects the crib on each visit."),
    # the whole service refused, the act given to a role still there
    (METHADONE, "Methadone carries on at 60 mg; abstinence scoring on the postnatal ward; breast milk encouraged. "
     "The parents have turned down all health visiting, so the community midwife inspects the crib on each visit."),
    # a refusal of all of it taken back in its sentence
    (METHADONE, "Methadone carries on at 60 mg; abstinence scoring on the postnatal ward; breast milk encouraged. "
     "They turned down all health visiting last time but have re-engaged; the health visitor inspects the crib on "
     "each visit."),
    # the same role observes the newborn and, in a joined clause, inspects the crib
    (METHADONE, "Her methadone carries on unaltered until delivery. The community midwife will observe the "
     "newborn for abstinence signs over three days and inspects the crib on her first visit. Breast milk "
     "encouraged; no sofa sleeping as methadone makes her drowsy."),
    # a person observes the newborn for the list of signs
    (SERTRALINE, "Sertraline 50 mg goes on unchanged and the maternity team will observe the newborn for a day "
     "for tremor, floppy tone or laboured breathing; breast milk is fine."),
    # what the medicine does to her ("protects her from withdrawal"), a person scoring the newborn
    (METHADONE, "Methadone carries on at 60 mg and protects her from withdrawal; the ward midwives will score the "
     "newborn for abstinence for 72 hours. Breast milk encouraged."),
    # "it" after the medicine's clause doing what it does to her, a person observing the newborn
    (SERTRALINE, "Sertraline 50 mg goes on unchanged; it will keep her mood steady, and the maternity team will "
     "observe the newborn for a day for tremor, floppy tone or laboured breathing; breast milk is fine."),
    # what the medicine does to her, with a list of her own
    (SERTRALINE, "Sertraline 50 mg goes on unchanged and will keep her mood, sleep and appetite steady; the "
     "maternity team will observe the newborn for a day for tremor, floppy tone or laboured breathing; breast "
     "milk is fine."),
]


@pytest.mark.parametrize(("where", "text"), GIVEN_TO_NO_ONE)
def test_a_concern_given_only_to_no_one_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), HELD_BY_SOMEONE)
def test_a_concern_also_held_by_a_person_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


def test_a_concern_not_spoken_of_is_left_to_the_items() -> None:
    """Silence on a concern is judged as before: here its items answer it."""
    assert given_to_no_one("Methadone carries on at 60 mg. Breast milk encouraged.", frozenset(
        {"neonatal-withdrawal", "sedation-safe-sleep", "breastfeeding"})) == ()
    assert "MA122" not in _codes(METHADONE, "Methadone carries on at 60 mg; breast milk encouraged and supported "
                                 "by the infant feeding team.")


def test_only_the_concerns_given_to_no_one_are_named() -> None:
    raised = frozenset({"neonatal-withdrawal", "sedation-safe-sleep", "breastfeeding"})
    text = ("Her methadone will keep watch over the newborn for abstinence signs. No bed sharing: she is drowsy "
            "after her dose. Breast milk encouraged.")
    assert given_to_no_one(text, raised) == ("neonatal-withdrawal",)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), GIVEN_TO_NO_ONE + HELD_BY_SOMEONE)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


def test_a_list_after_a_medicines_act_goes_with_it() -> None:
    """The later items of a list a medicine's act ends on are given to no one too; a clause after a comma is not."""
    raised = frozenset({"neonatal-withdrawal", "breastfeeding"})
    listed = "Her medicine will look for tremor, sleepiness or grunting in the newborn. Formula feeds planned."
    assert given_to_no_one(listed, raised) == ("neonatal-withdrawal",)
    clause = ("Her medicine will look for tremor, the ward midwives will score the newborn and breast milk is "
              "encouraged.")
    assert given_to_no_one(clause, raised) == ()


def test_a_role_in_another_concerns_clause_holds_that_plan() -> None:
    """Item words ("midwife") in a joined clause about safe sleep do not hold the newborn's observation."""
    raised = frozenset({"neonatal-withdrawal", "sedation-safe-sleep"})
    alone = "Methadone goes on and will watch the newborn for abstinence. The midwife inspects the crib."
    assert given_to_no_one(alone, raised) == ("neonatal-withdrawal",)
    joined = "Methadone goes on and will watch the newborn. The midwife will weigh the newborn and inspect the crib."
    assert given_to_no_one(joined, raised) == ()
