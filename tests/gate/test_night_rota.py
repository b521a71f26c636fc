"""MA127: a night rota's entry ("Night rota: ... Daniel Fri, Sat") gives its subject the nights on its days, so an
entry for the sedated parent hands that parent the nights; a rota of other adults, or one that leaves the sedated
parent off ("Daniel none"), passes. A parent's name right after "sedates" is the sedated one, and a condition
naming someone the record names besides the parents ("when Sandra is off") leaves that parent the lone carer.
Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh151_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import PARTNER, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguised

_HV = " The health visitor sees the crib at every visit until 8 weeks."

REFUSED = [
    (PARTNER, "Quetiapine leaves Daniel very hard to wake. Nights rota: Chloe Mon to Thu; Daniel Fri, Sat and Sun."
     + _HV),
    (PARTNER, "Overnight rota: Daniel weekends, straight after his quetiapine; Chloe weeknights." + _HV),
    (SEDATIVES, "Pregabalin and diazepam sedate Kayleigh. Night feed rota: the foster carer Mon to Fri, Kayleigh "
     "Saturdays." + _HV),
    (SEDATIVES, "Both medicines make Kayleigh drowsy after each dose. Kayleigh gives the 3 am bottle when Sandra "
     "is away." + _HV),
]
PASSED = [
    (PARTNER, "Quetiapine leaves Daniel very hard to wake, so he is off the rota and never shares a bed, sofa or "
     "chair with the baby. Nights rota: Chloe Mon to Thu; her sister Amy, who takes no medicines, Fri to Sun, crib "
     "in the spare room." + _HV),
    (PARTNER, "Quetiapine leaves Daniel very hard to wake and he never shares a bed, sofa or chair with the baby. "
     "Night rota: Chloe every night; Daniel none while he takes it." + _HV),
    (SEDATIVES, "Pregabalin and diazepam sedate Kayleigh, so she never shares a bed or sofa with the baby. Night "
     "feed rota: Sandra Hollis, the foster carer, Mon to Fri; the agency's relief carer weekends. Both continue "
     "unchanged for now; Sandra watches for late withdrawal to day 8." + _HV),
    (SEDATIVES, "Both medicines make Kayleigh drowsy after each dose, so she gives no night feeds and never shares "
     "a bed or sofa with the baby. Sandra Hollis gives the 3 am bottle; when Sandra is away, the relief foster "
     "carer stays over and gives it. Both continue unchanged for now; Sandra watches for late withdrawal to day 8."
     + _HV),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_the_sedated_parent_on_the_rota_or_left_alone_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA127" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_a_rota_keeping_the_sedated_parent_off_the_nights_passes(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in conclusion_codes(where, text)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from([*REFUSED, *PASSED]), st.data())
def test_a_disguised_rota_is_judged_as_the_plain_one(case: tuple[tuple[str, str], str], data: st.DataObject) -> None:
    where, text = case
    plain = "MA127" in conclusion_codes(where, text)
    assert ("MA127" in conclusion_codes(where, data.draw(disguised(text)))) == plain
