"""MA127: the baby's watch dropped or ended at the ward in more words ([watch_dropped] `needs_none`,
`watch_ending`, `ward_limits`, `ward_places` in mappings/concerns.toml): "needs no" before the watch's noun, the
watch told to end with the ward's end in its clause, a ward end before the drop (or opening its sentence before a
comma), and a drop limited to what the ward does. Refused where the item carries the watch past the ward (the
health visitor to day 8) and no later window is handed on; a watch on the ward said elsewhere is the one the drop
ends. Near misses (a stated day as the end, a later window handed on, a watch of the conclusion's own at home, the
item's watch only on the ward) pass; disguised texts are judged as the plain ones. Worded apart from the red-team
cases (tests/redteam/fresh150_cases.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import record_from_data
from tests.gate.disguise import disguised
from tests.gate.test_plans_against_themselves import _methadone, _watch_messages
from tests.test_rules import complete

ENDED_AT_THE_WARD = [
    # "needs no" before the noun, a ward end after it
    "Methadone continues at 60 mg. The newborn needs no NAS scoring after going home; cot by the bed.",
    # the watch told to end, the ward's end before it in its clause
    "Methadone continues at 60 mg. The midwives score him on the postnatal ward; after discharge all scoring stops. "
    "Cot by the bed.",
    "Methadone continues at 60 mg. The NAS observation is over once mother and baby go home; cot by the bed.",
    # a ward end opening the sentence before a comma, a further drop after it
    "Methadone continues at 60 mg. Scored 4-hourly in hospital. Once the newborn is home, no further monitoring is "
    "required. Cot by the bed.",
    # a drop limited to what the ward does
    "Methadone continues at 60 mg; no observation for withdrawal is required beyond the ward's own 72 hours; cot by "
    "the bed.",
    "Methadone continues at 60 mg; the newborn needs no monitoring beyond the usual ward checks; cot by the bed.",
]
KEPT = [
    # a stated day as the watch's end
    "Methadone continues at 60 mg. Once home, the NAS observation ends on day 10 with the health visitor; cot by the "
    "bed.",
    # a later window handed on
    "Methadone continues at 60 mg. Ward scoring stops at discharge, and the health visitor then looks for late "
    "signs up to day 8 at each contact. Cot by the bed.",
    # a watch of the conclusion's own off the ward
    "Methadone continues at 60 mg. After discharge the ward's scoring ends; the health visitor watches him at "
    "home for irritability and poor feeding. Cot by the bed.",
    # "beyond the usual" with no ward named: the watch's end, not its drop
    "Methadone continues at 60 mg; no observation for withdrawal is required beyond the usual; cot by the bed.",
    # an end with no ward's end, a watch ended at its planned length
    "Methadone continues at 60 mg. The scoring stops at 72 hours if he is settled; cot by the bed.",
]
WARD_ONLY = "Midwife to observe the newborn on the postnatal ward for 48 hours per the local guideline."


@pytest.mark.parametrize("conclusion", ENDED_AT_THE_WARD)
def test_the_watch_ended_at_the_ward_in_more_words_is_refused(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", KEPT)
def test_a_stated_end_a_later_window_or_a_watch_of_its_own_passes(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == []


@pytest.mark.parametrize("conclusion", ENDED_AT_THE_WARD)
def test_the_watch_ended_at_the_ward_stands_where_the_item_plans_only_the_ward(conclusion: str) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = WARD_ONLY
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == []


@given(st.sampled_from(ENDED_AT_THE_WARD + KEPT), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_ward_end_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _watch_messages(_methadone(data.draw(disguised(conclusion)))) == _watch_messages(_methadone(conclusion))
