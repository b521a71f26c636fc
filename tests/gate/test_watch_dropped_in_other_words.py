"""MA127: a conclusion dropping the watch its own item plans, in the words that name the watch's kind ("no NAS
scoring is needed", "does not need neonatal observation") or drop it by "with no" or "without" ("home on day one
without any observation"); near misses (the watch's findings or its end, "no further" after a watch done, a
condition, a watch of the conclusion's own) pass; disguised texts are judged as the plain ones. Worded apart from
the red-team cases (tests/redteam/fresh135_cases.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import record_from_data
from tests.gate.disguise import disguised
from tests.gate.test_plans_against_themselves import _methadone, _watch_messages
from tests.test_rules import complete

DROPS = [
    "Methadone continues at 60 mg; her dose is low, so no NAS scoring is required, and a cot by the bed.",
    "Methadone continues at 60 mg; the newborn does not need neonatal observation, and breastfeeding is supported.",
    "Methadone continues at 60 mg. The newborn goes home on the first day without any observation; cot by the bed.",
    "Methadone continues at 60 mg. Discharge at a day old with no withdrawal monitoring; cot by the bed.",
    "Methadone continues at 60 mg; no abstinence scoring needed for him, and breastfeeding is supported.",
    # a further watch ended at the ward, where the item carries the watch on at home (found passing by the
    # hundred-and-thirty-sixth fresh corpus)
    "Methadone continues at 60 mg. The newborn does not require any further scoring after discharge; cot by the bed.",
    "Methadone continues at 60 mg. No further observation is needed once home; cot by the bed.",
]
KEEPS = [
    # the findings of a watch, or its end
    "Methadone continues at 60 mg. The newborn goes home on day 4 with no scoring above 4; cot by the bed.",
    "Methadone continues at 60 mg. Newborn home on day 5 with no observations outstanding; cot by the bed.",
    "Methadone continues at 60 mg; the newborn needs no monitoring beyond the usual checks; cot by the bed.",
    "Methadone continues at 60 mg. The newborn goes home on day 5 without observation concerns; cot by the bed.",
    # a watch done, then none further; a condition; the conclusion's own watch
    "Methadone continues at 60 mg; the newborn had three days on the ward and no further scoring is needed.",
    "Methadone continues at 60 mg; if settled at 72 hours the newborn goes home without further observation.",
    "Methadone continues at 60 mg; the newborn is scored for 72 hours, then no withdrawal scoring is needed "
    "unless she feeds poorly.",
    # another act done without
    "Methadone continues at 60 mg; the newborn goes home without any need to stay on the unit; cot by the bed.",
    # a further watch ended at its planned end, or at the ward with the later window handed on
    "Methadone continues at 60 mg. No further observation is needed after day 8 as planned; the health visitor "
    "sees the newborn on day 10.",
    "Methadone continues at 60 mg; no further scoring is needed once home, where the health visitor looks for late "
    "signs to day 8.",
]


@pytest.mark.parametrize("conclusion", DROPS)
def test_the_watch_dropped_in_other_words_is_refused(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", KEEPS)
def test_findings_an_end_a_condition_or_its_own_watch_pass(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == []


@pytest.mark.parametrize("conclusion", DROPS)
def test_no_watch_where_no_item_plans_one_is_not_this_contradiction(conclusion: str) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = "Per the local guideline."
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == []


@given(st.sampled_from(DROPS + KEEPS), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_text_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _watch_messages(_methadone(data.draw(disguised(conclusion)))) == _watch_messages(_methadone(conclusion))


WARD_ONLY = "Midwife to observe the newborn on the postnatal ward for 48 hours per the local guideline."


@pytest.mark.parametrize("conclusion", DROPS[-2:])
def test_a_further_watch_ended_at_the_ward_stands_where_the_item_plans_only_the_ward(conclusion: str) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = WARD_ONLY
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == []


# The ward's end told by its leaver ("once the newborn has left the ward"), "watch" as the noun with what it is for
# after it ("no watch for signs of withdrawal"), and a drop with no "further" ended at the ward: found passing by
# the hundred-and-fortieth and hundred-and-forty-fourth fresh corpora.
LEAVER_DROPS = [
    "Methadone continues at 60 mg. No further monitoring is required after the newborn has left the ward; cot by "
    "the bed.",
    "Methadone continues at 60 mg. No further scoring is needed when mother and baby go home; cot by the bed.",
    "Methadone continues at 60 mg. Observation of the newborn is not required once she is discharged; cot by the bed.",
]
PURPOSE_DROPS = [
    "Methadone continues at 60 mg; no watch for signs of withdrawal is required, and breastfeeding is supported.",
    "Methadone continues at 60 mg; her dose is modest, so no monitoring for NAS is needed. Cot by the bed.",
]
LEAVER_KEEPS = [
    # a later window handed on, a condition, the watch's end, the conclusion's own watch
    "Methadone continues at 60 mg. No further scoring is needed once the newborn leaves the ward, as the health "
    "visitor looks for late signs to day 8.",
    "Methadone continues at 60 mg. If all is well at 72 hours no watch for withdrawal is needed when they go home.",
    # the condition opening the sentence, cut from the drop by a comma
    "Methadone continues at 60 mg. If she feeds well, no watch for withdrawal is needed when they go home.",
    "Methadone continues at 60 mg. Should the scores stay low, no further observation is required at home.",
    "Methadone continues at 60 mg; no watch for withdrawal is needed beyond the health visitor's visits.",
    "Methadone continues at 60 mg; the newborn is watched at home by the health visitor, and no observation of the "
    "newborn is needed on the ward after 72 hours.",
    # the leaver leaving something else, or no watch at all
    "Methadone continues at 60 mg. No further visits to the pharmacy are needed once she leaves the ward.",
]


@pytest.mark.parametrize("conclusion", LEAVER_DROPS + PURPOSE_DROPS)
def test_the_watch_dropped_at_the_leavers_ward_end_or_named_by_its_purpose_is_refused(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", LEAVER_KEEPS)
def test_a_later_window_a_condition_an_end_or_another_act_passes(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == []


@pytest.mark.parametrize("conclusion", LEAVER_DROPS + DROPS[-2:])
def test_a_watch_ended_at_the_ward_with_or_without_further_stands_where_the_item_plans_only_the_ward(
    conclusion: str,
) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = WARD_ONLY
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == []


@pytest.mark.parametrize("conclusion", PURPOSE_DROPS)
def test_a_whole_drop_named_by_its_purpose_is_refused_against_a_ward_watch_too(conclusion: str) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = WARD_ONLY
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == ["$.assessments[0].conclusion"]


@given(st.sampled_from(LEAVER_DROPS + PURPOSE_DROPS + LEAVER_KEEPS), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_leaver_or_purpose_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _watch_messages(_methadone(data.draw(disguised(conclusion)))) == _watch_messages(_methadone(conclusion))
