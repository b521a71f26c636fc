"""MA103 and risk figures: a rate or odds said of this baby (or of her) is a fact, not a decision, so a conclusion
made only of figures is refused; a figure followed by what it leads to passes; disguised texts read the same."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

ONLY_FIGURES = [
    "Sertraline in late pregnancy: the baby runs a 25% risk of jitteriness and a one in 300 chance of PPHN.",
    "Sertraline: her newborn's probability of poor adaptation is 20 per cent and of PPHN 1 in 400.",
    "Sertraline: the baby will face roughly a 15% chance of feeding difficulty; her own relapse risk is 40%.",
    # A share foretold ("will pass"), under a label of the medicine and its dose only (a hundred-and-first fresh
    # corpus): a figure, not a plan.
    "Sertraline 100 mg once a day: under 1% of her dose would pass to the newborn through her milk, and the "
    "newborn has a 1 in 400 chance of PPHN.",
    # A share foretold, then a level foretold to be an amount (a hundred-and-fifth fresh corpus): two predictions,
    # nothing they lead to.
    "Sertraline 100 mg once a day: roughly 2% of what she takes would get into her milk, and the amount in the "
    "newborn's blood is expected to be negligible.",
    "Sertraline 100 mg once a day. Concentrations in the newborn will be very low or unmeasurable.",
]
FIGURE_AND_PLAN = [
    "Sertraline 100 mg continues. The baby has about a 25% chance of jitteriness, so the midwife checks "
    "feeding and tone for 48 hours before discharge.",
    "Sertraline continues: with a 1 in 400 chance of PPHN the paediatric team checks the baby's oxygen "
    "saturation at 24 hours; breastfeeding is supported.",
    "Sertraline 100 mg continues; her 40% relapse risk outweighs the baby's. The midwife watches the baby "
    "for poor feeding for 48 hours.",
    "Sertraline 100 mg once a day: under 1% of her dose would pass to the newborn through her milk, so "
    "breastfeeding goes on and the health visitor weighs the newborn at 2 weeks.",
    "Sertraline 100 mg once a day: about 1% of her dose reaches the milk and the midwife will check the "
    "newborn's feeding for 48 hours.",
    # A level foretold, with what it leads to.
    "Sertraline 100 mg once a day: concentrations in the newborn will be very low, so breastfeeding goes on and "
    "the health visitor weighs the newborn at 2 weeks.",
    "Sertraline 100 mg once a day: roughly 2% of what she takes would get into her milk, and the amount in the "
    "newborn's blood is expected to be negligible; the midwife checks the newborn's feeding for 48 hours.",
]


def hollow(text: str) -> bool:
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = text
    return any(i.code == "MA103" for i in check(record_from_data(data), today=TODAY))


@pytest.mark.parametrize("text", ONLY_FIGURES)
def test_a_conclusion_of_risk_figures_only_is_refused(text: str) -> None:
    assert hollow(text)


@pytest.mark.parametrize("text", FIGURE_AND_PLAN)
def test_a_figure_with_what_it_leads_to_passes(text: str) -> None:
    assert not hollow(text)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_disguised_figures_read_as_the_plain_ones(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(ONLY_FIGURES + FIGURE_AND_PLAN))
    assert hollow(data.draw(disguised(plain))) is (plain in ONLY_FIGURES)
