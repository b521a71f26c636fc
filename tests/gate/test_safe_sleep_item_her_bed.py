"""MA127: a safe-sleep item advising against sharing "her bed", "his bed" or "their bed" is the same advice as "a
bed", so a conclusion allowing co-sleeping under a condition beside it is refused, and one ruling the condition out
passes; disguised texts are judged as the plain ones. Worded apart from the red-team cases
(tests/redteam/fresh135_cases.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

ITEMS = [
    "Crib by the bed; never to share her bed or sofa with the baby after her evening dose.",
    "Not to share their bed with the baby while she takes methadone; crib beside the bed.",
    "She must never share her bed with the baby; the crib is beside it.",
]
ALLOWS = [
    "Methadone 60 mg continues. Co-sleeping is fine as long as she feels wide awake. The ward scores the baby for "
    "three days; breastfeeding supported.",
    "Methadone 60 mg continues. Bed sharing is ok if she feels rested. The ward scores the baby for three days; "
    "breastfeeding supported.",
]
RULES_OUT = [
    "Methadone 60 mg continues. Co-sleeping is never safe on methadone, however awake she feels; crib by the bed. "
    "The ward scores the baby for three days; breastfeeding supported.",
    "Methadone 60 mg continues. No bed sharing; crib by the bed. The ward scores the baby for three days; "
    "breastfeeding supported.",
]


def _paths(item: str, conclusion: str) -> set[str]:
    data: dict[str, Any] = complete()
    data["assessments"][0]["impact_on_mother"]["safe_sleep"] = item
    data["assessments"][0]["conclusion"] = conclusion
    return {i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"}


@pytest.mark.parametrize("item", ITEMS)
@pytest.mark.parametrize("conclusion", ALLOWS)
def test_co_sleeping_allowed_beside_her_bed_advice_is_refused(item: str, conclusion: str) -> None:
    assert _paths(item, conclusion) == {"$.assessments[0].impact_on_mother.safe_sleep"}


@pytest.mark.parametrize("item", ITEMS)
@pytest.mark.parametrize("conclusion", RULES_OUT)
def test_co_sleeping_ruled_out_passes(item: str, conclusion: str) -> None:
    assert _paths(item, conclusion) == set()


@given(st.sampled_from(ALLOWS + RULES_OUT), st.data())
@settings(max_examples=10, deadline=None)
def test_a_disguised_conclusion_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _paths(ITEMS[0], data.draw(disguised(conclusion))) == _paths(ITEMS[0], conclusion)
