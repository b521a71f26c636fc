"""MA127: a plan to breastfeed given with a reason whose negation is its own ("she will breastfeed, as the medicine
does not reach the milk", "breastfeeding is encouraged because none reaches the baby") is still the plan, against a
bottle-fed record and against a breastfeeding item that advises against it. A negation before the plan, a
condition or a wish told as the reason ("as soon as", "as long as", "as she had hoped", "because she does not want
formula"), or the bottle named in the reason still set it aside; disguised texts are judged as the plain ones.
Worded apart from the red-team cases (tests/redteam/fresh127_cases.py, fresh135_cases.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.gate.test_plans_against_themselves import _PLAN, _fed, _ma127
from tests.test_rules import COMPLETE, TODAY

PLANS_WITH_A_REASON = [
    "She will breastfeed, as sertraline does not reach the baby in any amount that matters.",
    "Exclusive breastfeeding from birth, because the medicines are not found in breast milk.",
    "Breastfeeding is encouraged, since neither medicine is a reason to avoid it.",
]
SET_ASIDE = [
    "She will not breastfeed, as sertraline reaches the milk; formula from birth.",
    "She will breastfeed, as soon as the baby is no longer sleepy; formula until then.",
    "She will breastfeed, as long as the baby is not drowsy; formula otherwise.",
    "She had planned to breastfeed, as she did with her son, but will bottle feed.",
    "She will breastfeed, because she does not want to use formula, and the bottle has been discussed.",
    "Breastfeeding is encouraged, as formula is not what she wants.",
]


@pytest.mark.parametrize("text", PLANS_WITH_A_REASON)
def test_a_plan_with_a_negated_reason_against_a_bottle_fed_record_is_refused(text: str) -> None:
    assert _ma127(_fed("bottle", _PLAN + text)) == {"$.pregnancy.infant_feeding"}
    assert _ma127(_fed("breast", _PLAN + text)) == set()


@pytest.mark.parametrize("text", SET_ASIDE)
def test_a_negation_before_the_plan_a_condition_a_wish_or_the_bottle_passes(text: str) -> None:
    assert _ma127(_fed("bottle", _PLAN + text)) == set()


_LITHIUM = COMPLETE.parent / "lithium-perinatal-mental-health.json"


def _lithium(conclusion: str) -> set[str]:
    data: dict[str, Any] = json.loads(_LITHIUM.read_text(encoding="utf-8"))
    data["pregnancy"]["infant_feeding"] = "mixed"  # only the item's advice is read against the plan
    data["assessments"][0]["conclusion"] = conclusion
    return {i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"}


def test_a_plan_with_a_negated_reason_against_the_items_advice_is_refused() -> None:
    base = "Lithium continues, with levels monthly and a paediatric review of the baby after birth. "
    assert _lithium(base + "She will breastfeed, as the dose is not high.") == {
        "$.assessments[0].impact_on_baby.breastfeeding"
    }
    assert _lithium(base + "She will not breastfeed, as lithium reaches the milk.") == set()


@given(st.sampled_from(PLANS_WITH_A_REASON + SET_ASIDE), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_text_is_judged_like_the_plain_one(text: str, data: st.DataObject) -> None:
    assert _ma127(_fed("bottle", _PLAN + data.draw(disguised(text)))) == _ma127(_fed("bottle", _PLAN + text))
