"""MA127: a watch told to run until the ward's end ("until discharge", "till they go home") in the clause right before
a drop that opens its own clause ("..., no further observation is needed") ends the watch at the ward, as a ward end
opening the sentence does ([watch_dropped] `ward_until`, `ward_until_ends` in mappings/concerns.toml; round 49 of
hand mutation, docs/safety/mutation-testing.md). Refused where the item carries the watch past the ward; near
misses pass: a drop after a real next step in its own clause, a watch of the conclusion's own at home, the item's
watch only on the ward. Disguised texts are judged as the plain ones. Worded apart from the red-team corpora."""

from __future__ import annotations

import random
from typing import Any

import pytest

from medassess import record_from_data
from tests.gate.disguise import disguise
from tests.gate.test_plans_against_themselves import _methadone, _watch_messages
from tests.gate.test_watch_ended_at_the_ward import WARD_ONLY
from tests.test_rules import complete

UNTIL_THE_WARD_ENDS = [
    "Methadone continues at 60 mg. Observed for withdrawal every four hours till discharge, no further observation "
    "is needed. Cot by the bed.",
    "Methadone continues at 60 mg. The ward team scores her baby on the postnatal ward until they are discharged, "
    "no further scoring is needed. Cot by the bed.",
]
KEPT = [
    # a drop after a real next step in its own clause
    "Methadone continues at 60 mg. Observed until discharge, then the health visitor sees him at day 6 (no further "
    "observation is needed). Cot by the bed.",
    # a watch of the conclusion's own at home
    "Methadone continues at 60 mg. Observed 4-hourly until discharge, and the health visitor watches him at home "
    "for irritability to day 8. Cot by the bed.",
]


@pytest.mark.parametrize("conclusion", UNTIL_THE_WARD_ENDS)
def test_a_watch_until_the_ward_ends_then_dropped_is_refused(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", KEPT)
def test_a_drop_after_a_next_step_or_a_watch_of_its_own_passes(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == []


@pytest.mark.parametrize("conclusion", UNTIL_THE_WARD_ENDS)
def test_the_watch_until_the_ward_ends_stands_where_the_item_plans_only_the_ward(conclusion: str) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = WARD_ONLY
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == []


@pytest.mark.parametrize("conclusion", [*UNTIL_THE_WARD_ENDS, *KEPT])
@pytest.mark.parametrize("seed", [7, 23])
def test_a_disguise_changes_no_verdict(conclusion: str, seed: int) -> None:
    plain = _watch_messages(_methadone(conclusion))
    assert _watch_messages(_methadone(disguise(conclusion, random.Random(seed)))) == plain
