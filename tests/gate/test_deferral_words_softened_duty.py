"""MA103: readings found passing by the hundredth fresh corpus (tests/redteam/fresh100_cases.py), worded apart from
its cases: rarer deferral words ("in abeyance", "held over until", "shelved pending"), an obligation softened to a
thought ("should ideally be considered", a gerund its subject, "worth thinking about" its only verb), and an actor
named only by a rota ("whoever is on"), each beside a near miss that decides. Each both ways, and disguised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from tests.gate.disguise import disguised
from tests.gate.test_substance import TODAY, with_conclusion


def refused(text: str) -> set[str]:
    """The conclusion-reading errors the methadone example raises with ``text`` as its first conclusion."""
    return {i.code for i in check(with_conclusion(text), today=TODAY) if i.severity == "error"} & {
        "MA103",
        "MA104",
        "MA122",
    }


# Rarer deferral words ([deferral] phrases): the decision is put off, whatever the word.
DEFERRED = [
    "Methadone and sertraline: the newborn's withdrawal watch and where it sleeps are in abeyance until the core "
    "group has met.",
    "Methadone and sertraline: all arrangements for the newborn held over until the discharge planning meeting.",
    "Methadone and sertraline: feeding and sleeping advice shelved pending the social worker's report.",
    "Methadone and sertraline: the baby's care after birth is on the back burner for now.",
]
# The near misses: one option put off beside a plan made.
DEFERRED_BESIDE_A_PLAN = [
    "Methadone 60 mg and sertraline 100 mg continue; a dose reduction is in abeyance until after the birth. The "
    "newborn is scored for withdrawal on the postnatal ward for 72 hours and sleeps in its own cot.",
    "Methadone 60 mg and sertraline 100 mg continue; switching sertraline is shelved pending her next review, as "
    "she is well. The newborn has 72 hours of withdrawal scoring on the ward; breastfeeding is encouraged.",
]


@pytest.mark.parametrize("text", DEFERRED + DEFERRED_BESIDE_A_PLAN)
def test_rarer_deferral_words_put_the_decision_off(text: str) -> None:
    assert bool(refused(text) & {"MA103", "MA104"}) == (text in DEFERRED)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(DEFERRED + DEFERRED_BESIDE_A_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_rarer_deferral_words_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert refused(pair[1]) == refused(pair[0])


# An obligation softened to a thought decides nothing: a modal left with only "be" once its hedge is set aside
# ("should ideally be considered", "may be something to bear in mind", "to be gently explored"), and a modal's
# "to" object repeated after "and" ("thought might be given to X and to Y"). Firm obligation stands.
SOFTENED = [
    "Methadone and sertraline: a longer stay for the newborn should perhaps be considered, and the cot may be "
    "something to keep in mind.",
    "Methadone and sertraline: withdrawal scoring for the newborn could ideally be discussed; breastfeeding to be "
    "gently explored.",
    "Methadone and sertraline: some attention might usefully be given to the newborn's feeding and to watching it "
    "for jitteriness.",
    # A gerund for the subject, and the thought commended as the only verb (fresh102).
    "Reducing methadone could perhaps be considered. Scoring the newborn for withdrawal might be worth considering, "
    "and bed sharing is something to think about.",
    "Methadone and sertraline: keeping the newborn on the ward longer, worth a thought; the night feeds, "
    "something to keep in mind.",
]
FIRM = [
    "Methadone and sertraline continue. The newborn should be scored for withdrawal on the ward for 72 hours; "
    "breastfeeding is encouraged.",
    "Methadone and sertraline continue; it is advisable that she does not share a bed with the newborn, and the "
    "ward scores it for withdrawal for 72 hours.",
    "Methadone and sertraline continue; we advise that the newborn is scored for withdrawal for 72 hours on the "
    "ward.",
    "Continuing methadone and sertraline is agreed; a slow taper may be worth considering after the birth. The "
    "newborn is scored for withdrawal for 72 hours on the ward.",
    "Continuing methadone and sertraline. Scoring the newborn for withdrawal on the ward for three days; "
    "breastfeeding supported.",
]


@pytest.mark.parametrize("text", SOFTENED + FIRM)
def test_an_obligation_softened_to_a_thought_decides_nothing(text: str) -> None:
    assert bool(refused(text) & {"MA103", "MA104"}) == (text in SOFTENED)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(SOFTENED + FIRM).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_softened_obligation_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert refused(pair[1]) == refused(pair[0])


# An actor named only by a rota ("whoever is on", "whoever is available") names no one to do it, as "someone will"
# does ([deferral] phrases); a role on call named with its task stands.
NO_ONE = [
    "Methadone and sertraline continue. Whoever is available on the postnatal ward will keep an eye on the newborn "
    "and whoever is on duty will sort out the cot.",
]
ROLE_ON_CALL = [
    "Methadone and sertraline continue. The on-call neonatal registrar scores the newborn for withdrawal for 72 "
    "hours on the postnatal ward; breastfeeding is encouraged.",
]


@pytest.mark.parametrize("text", NO_ONE + ROLE_ON_CALL)
def test_an_actor_named_by_a_rota_names_no_one(text: str) -> None:
    assert bool(refused(text) & {"MA103", "MA104"}) == (text in NO_ONE)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(NO_ONE + ROLE_ON_CALL).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_an_actor_named_by_a_rota_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert refused(pair[1]) == refused(pair[0])
