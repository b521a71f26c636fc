"""Three findings of mutation round 37 (docs/safety/mutation-testing.md), worded apart from its probes: a note of a
plan that carries its own time records the plan (MA103); a clause going on with no subject of its own after
another medicine's speaks of that medicine, with or without a comma and a verb before it (MA122); an obligation
softened by an adverb ("should perhaps be considered") puts the baby's part off beside a decision on the medicines
(MA103). Each both ways, and disguised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from tests.gate.conclusions import SEDATIVES
from tests.gate.conclusions import conclusion_codes as _example_codes
from tests.gate.disguise import disguised
from tests.gate.test_substance import TODAY, with_conclusion


def refused(text: str) -> set[str]:
    """The conclusion-reading errors the methadone example raises with ``text`` as its first conclusion."""
    return {i.code for i in check(with_conclusion(text), today=TODAY) if i.severity == "error"} & {
        "MA103",
        "MA104",
        "MA122",
    }


# A verb of recording after a thing planned with its time ([deferral.recorded]; `_TIMED` in substance.py): what is
# written down is the plan, which stands. Recording as the only act, of a thing with no time, decides nothing.
NOTED_PLANS = [
    "Methadone and sertraline carry on unchanged; the baby's neonatal abstinence scoring 4-hourly for three days "
    "is entered on the ward system.",
    "Both medicines stay as they are, methadone and sertraline; neonatal abstinence scores until day 5 are logged "
    "by the ward.",
]
NOTES_ONLY = [
    "Methadone and sertraline carry on unchanged; the baby's neonatal abstinence scoring is entered on the ward "
    "system.",
    "Methadone and sertraline: discussed, noted and filed.",
]


@pytest.mark.parametrize("text", NOTED_PLANS + NOTES_ONLY)
def test_a_note_of_a_plan_with_its_time_records_the_plan(text: str) -> None:
    assert bool(refused(text) & {"MA103", "MA104"}) == (text in NOTES_ONLY)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(NOTED_PLANS + NOTES_ONLY).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_note_of_a_plan_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert refused(pair[1]) == refused(pair[0])


# Another medicine's clause going on with a verb and no subject ([conclusion] speaks_on_verbs, `speaks_on`): "...
# and is safe for the baby" is said of that medicine, comma or none; it is no answer for the sedatives.
_LISTED = "She is prescribed diazepam and pregabalin. "
SPOKEN_ON = [
    _LISTED + "Her vitamin D 1000 units daily goes on and is harmless to the baby, who has formula.",
    _LISTED + "Lactulose 10 ml twice a day carries on, and poses no risk to the infant, who is bottle fed.",
    _LISTED + "Lactulose 10 ml twice a day carries on, and no risk to the infant, who is bottle fed.",
]
OWN_PLAN_BESIDE = [
    "Diazepam and pregabalin go on at the same doses; they make her drowsy, so no sofa or bed sharing, the foster "
    "carer does the night feeds and the health visitor checks for late withdrawal until day 8. "
    + SPOKEN_ON[0].removeprefix(_LISTED),
    _LISTED + "Lactulose carries on and the foster carer does the night feeds; no bed or sofa sharing, and the "
    "health visitor checks the baby for late withdrawal until day 8.",
]


@pytest.mark.parametrize("text", SPOKEN_ON + OWN_PLAN_BESIDE)
def test_a_clause_with_no_subject_of_its_own_speaks_on_of_the_other_medicine(text: str) -> None:
    assert ("MA122" in _example_codes(SEDATIVES, text)) == (text in SPOKEN_ON)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(SPOKEN_ON + OWN_PLAN_BESIDE).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_clause_speaking_on_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert ("MA122" in _example_codes(SEDATIVES, pair[1])) == ("MA122" in _example_codes(SEDATIVES, pair[0]))


# An obligation softened by an adverb ([deferral.later] auxiliaries: "should perhaps be", "could possibly be"):
# the baby's part is put off, so a decision on the medicines alone is left. Plain "should be considered" beside a
# decision made, and a softened option beside the baby's plan, stand.
SOFTENED_BESIDE_A_DECISION = [
    "Methadone and sertraline: keeping both going is recommended; NAS observation of the baby should maybe be "
    "thought about.",
    "Methadone and sertraline: we advise carrying on with both; a longer postnatal stay for the baby should "
    "probably be discussed.",
]
DECIDED_BESIDE = [
    "Methadone and sertraline: keeping both going is recommended; a slower reduction should possibly be "
    "discussed later, and the baby has NAS observation on the ward for three days.",
    "Methadone and sertraline: keeping both going is recommended. A longer stay should be considered, and we have "
    "agreed the baby stays on the postnatal ward for NAS observation for three days.",
]


@pytest.mark.parametrize("text", SOFTENED_BESIDE_A_DECISION + DECIDED_BESIDE)
def test_a_softened_obligation_puts_the_babys_part_off(text: str) -> None:
    assert bool(refused(text)) == (text in SOFTENED_BESIDE_A_DECISION)


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(SOFTENED_BESIDE_A_DECISION + DECIDED_BESIDE).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_softened_obligation_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert refused(pair[1]) == refused(pair[0])
