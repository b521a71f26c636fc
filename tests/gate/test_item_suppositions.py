"""MA125, an item answer made only of a condition and what would or might follow it (substance.supposes_only):
read as MA103 reads a conclusion's ("should the baby show signs, scoring would be considered" decides nothing),
while what will follow a condition, a verdict or a negation answers. Worded apart from the red-team corpora."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.builders import ITEMS, disguised
from tests.gate.test_concerns import _item_findings

WITHDRAWAL = "neonatal-withdrawal"
BREASTFEEDING = "breastfeeding"

ANSWERS = [
    # only suppositions: refused
    (WITHDRAWAL, "Should the newborn become jittery or feed poorly, the paediatric team might be asked in.", True),
    (WITHDRAWAL, "If the infant's scores rise, transfer to the neonatal unit could be arranged.", True),
    (WITHDRAWAL, "Were signs to appear on the ward, observation would be extended.", True),
    (BREASTFEEDING, "Were she to feed him herself, he might be sleepier.", True),
    # what will follow, beside or after the condition: answers
    (WITHDRAWAL, "Should the newborn become jittery, the paediatric team reviews him the same day.", False),
    (WITHDRAWAL, "If the infant's scores rise, the neonatal unit will take him.", False),
    (WITHDRAWAL, "Were signs to appear, scoring might start; the ward observes him for 72 hours regardless.", False),
    # a verdict or a negation answers
    (BREASTFEEDING, "Should she choose to feed him herself, that would be fine at this dose.", False),
    (BREASTFEEDING, "Were she to ask about feeding him herself, it would not be advised.", False),
]


def _refused(concern: str, text: str) -> bool:
    found = _item_findings("opioid-substitution", concern, text)
    return ("MA125", f"$.assessments[0].{ITEMS[concern][0]}") in found


@pytest.mark.parametrize(("concern", "text", "refused"), ANSWERS)
def test_an_item_answer_only_of_suppositions_answers_nothing(concern: str, text: str, refused: bool) -> None:
    assert _refused(concern, text) is refused


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(ANSWERS).flatmap(lambda a: st.tuples(st.just(a), disguised(a[1]))))
def test_suppositions_in_an_item_are_judged_alike_in_disguise(pair: tuple[tuple[str, str, bool], str]) -> None:
    (concern, _, refused), text = pair
    assert _refused(concern, text) is refused
