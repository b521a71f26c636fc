"""MA124: a conclusion whose only words on the baby are where nothing is decided for it says nothing of the baby,
though what it says of the mother is substance enough for MA103. Each both ways, and disguised. Worded apart
from the red-team cases (tests/redteam/fresh125_cases.py):

* what the reader is only pointed elsewhere for, with the topic fronted before the pointer or a heading naming
  only its topics ("about the newborn's checks, refer to paragraphs 4 and 6 of the summary"; [pointer] in
  mappings/hollow-phrases.toml, as MA103 sets it aside), and the last clause of a text cut off mid-clause;
* a plan the text says was withdrawn with nothing in its place ("..., but this arrangement has now been
  cancelled");
* the baby's topics only as headings whose cells are bare: blank, a dash, a question mark, or the template's
  "XXX" (tests/redteam/fresh130_cases.py).

The same words beside a plan of the baby's own, a guideline named as the standard of an act, a text that ends on
a whole clause, a withdrawal with what replaces it, and a deferral that still names the baby's act stand.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_substance import errors, with_conclusion

# The mother's part only: the doses and why they stand (substance enough for MA103, no word of the baby).
MOTHER = (
    "Methadone 60 mg and sertraline 100 mg carry on unchanged; lowering either now would risk a relapse of her "
    "illness and of her drug use."
)
# The baby's part, as a plan: its watch, its cot and its feeding.
BABY = (
    "The newborn has abstinence checks by the ward midwives for 72 hours, sleeps in its own cot, and is breastfed "
    "with midwife support."
)

NOTHING_DECIDED = [
    # the baby's topics fronted before numbered parts of another document
    f"{MOTHER} Regarding the newborn's abstinence checks and cot, refer to paragraphs 4 and 6 of the birth summary.",
    # a heading naming only the topics, then a guideline
    f"{MOTHER} Newborn checks and cot: refer to the trust perinatal guideline.",
    # a topic fronted before a plan pointed to
    f"{MOTHER} About the newborn, see the birth plan.",
    # cut off mid-clause
    f"{MOTHER} After delivery the newborn will have abstinence checks on the ward from the",
    # a plan withdrawn with nothing in its place
    f"{MOTHER} The ward was going to check the newborn for abstinence over three days, but this arrangement has "
    "now been cancelled.",
    # the baby's topics only as headings whose cells are blank, a dash or a question mark
    f"{MOTHER} Newborn abstinence checks:    . Cot - . Breast milk: ?.",
    # the template's "XXX" left in the baby's cells, as a "TBC" would be
    f"{MOTHER} Newborn abstinence checks: XXX. Cot: xxxx. Breast milk: XXX.",
]
DECIDED = [
    # a pointer beside the baby's own plan
    f"{MOTHER} {BABY} For the scoring chart, refer to paragraph 4 of the birth summary.",
    # a guideline as the standard of an act on the baby
    f"{MOTHER} The newborn has abstinence checks by the ward midwives for 72 hours in line with the trust "
    "guideline, sleeps in its own cot, and is breastfed with midwife support.",
    # ending on a whole clause, no full stop
    f"{MOTHER} {BABY[:-1]}, as agreed with her",
    # a withdrawal with what replaces it
    f"{MOTHER} An admission to the neonatal unit was cancelled and replaced by abstinence checks by the ward "
    "midwives for 72 hours; the newborn sleeps in its own cot and is breastfed with midwife support.",
    # a deferral of a date only: the baby's act still named
    f"{MOTHER} {BABY} The date of the newborn's hearing screen is to be confirmed by the ward.",
    # a bare or "XXX" cell beside the baby's plan, and a redacted name inside a cell with words
    f"{MOTHER} {BABY} Hearing screen: XXX. Named midwife: (XXX, redacted) at the birth unit.",
    f"{MOTHER} Newborn: abstinence checks by the ward midwives for 72 hours. Cot: own cot. Feeding: breastfed. "
    "Interpreter: N.",
]


@pytest.mark.parametrize("text", NOTHING_DECIDED)
def test_the_baby_named_only_where_nothing_is_decided_is_not_spoken_of(text: str) -> None:
    assert "MA124" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", DECIDED)
def test_the_same_words_beside_a_decision_for_the_baby_stand(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(NOTHING_DECIDED + DECIDED))
def test_a_disguised_conclusion_gets_the_plain_verdict(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert (errors(with_conclusion(hidden)) - {"MA115"}) == errors(with_conclusion(text))
