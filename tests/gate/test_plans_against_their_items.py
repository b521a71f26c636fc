"""MA127: a conclusion against the record's own decisions. Breastfeeding told as the plan, in the future or as
planned, for a baby the record says is bottle fed or whose breastfeeding item advises against it; and the overall
conclusion stopping now a medicine its own assessment continues. Each both ways, and disguised. Worded apart from
the red-team cases (tests/redteam/fresh109_cases.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.record.model import Record
from tests.gate.disguise import disguised
from tests.test_rules import COMPLETE, TODAY, complete

_LITHIUM = COMPLETE.parent / "lithium-perinatal-mental-health.json"


def _ma127(r: Record) -> set[str]:
    return {i.path for i in check(r, today=TODAY) if i.code == "MA127"}


def _lithium(conclusion: str, *, feeding: str = "bottle", item: str | None = None) -> Record:
    """The lithium assessment, whose breastfeeding item advises against it, with its conclusion replaced."""
    data: dict[str, Any] = json.loads(_LITHIUM.read_text(encoding="utf-8"))
    data["pregnancy"]["infant_feeding"] = feeding
    data["assessments"][0]["conclusion"] = conclusion
    if item is not None:
        data["assessments"][0]["impact_on_baby"]["breastfeeding"] = item
    return record_from_data(data)


_LEVELS = (
    "Lithium carries on at the same dose, with levels every four weeks, weekly from 36 weeks and the day after "
    "delivery; the paediatrician examines the newborn before discharge; the mental health team visits in week one. "
)
PLANS_BREASTFEEDING = [
    _LEVELS + "The mother is going to breastfeed the newborn on the ward.",
    _LEVELS + "Her plan is to breastfeed, exclusively breastfeeding for six months.",
    _LEVELS + "Breastfeeding is planned from the first hour.",
]
PLANS_THE_BOTTLE = [
    _LEVELS + "She had hoped to breastfeed but will bottle feed as advised.",
    _LEVELS + "Breastfeeding is not advised; she will formula feed from the first feed.",
    _LEVELS + "If she plans to breastfeed after all, the paediatrician checks the newborn's lithium level.",
    _LEVELS + "She will not breastfeed: formula from birth, made up as the midwife shows her.",
]


@pytest.mark.parametrize("text", PLANS_BREASTFEEDING)
def test_breastfeeding_planned_against_the_record_and_the_item_is_refused(text: str) -> None:
    assert _ma127(_lithium(text)) == {"$.pregnancy.infant_feeding", "$.assessments[0].impact_on_baby.breastfeeding"}
    # with no bottle feeding recorded, the item advising against it is still contradicted
    assert _ma127(_lithium(text, feeding="breast")) == {"$.assessments[0].impact_on_baby.breastfeeding"}


@pytest.mark.parametrize("text", PLANS_THE_BOTTLE)
def test_the_bottle_planned_or_breastfeeding_only_hoped_or_conditional_passes(text: str) -> None:
    assert _ma127(_lithium(text)) == set()


def test_an_item_recording_her_choice_against_advice_leaves_the_plan_to_the_conclusion() -> None:
    item = (
        "Breastfeeding is not advised on lithium; after discussion she made an informed choice to breastfeed, with "
        "the baby's levels and feeding checked."
    )
    text = _LEVELS + "The mother is going to breastfeed the newborn on the ward."
    assert _ma127(_lithium(text, feeding="breast", item=item)) == set()


# The overall conclusion against the plan of a medicine's own assessment.
def _overall(text: str) -> Record:
    """The methadone and sertraline record: the sertraline assessment's recommendations continue it."""
    data: dict[str, Any] = complete()
    data["overall_conclusion"]["text"] = text
    return record_from_data(data)


_WATCH = "Neonatal withdrawal observation on the postnatal ward for three days; no co-sleeping after her dose. "
OVERALL_STOPS_WHAT_THE_ASSESSMENT_CONTINUES = [
    _WATCH + "Come off sertraline straight away to protect the newborn.",
    _WATCH + "Sertraline will be discontinued today by the GP.",
]
OVERALL_STOPS_AS_THE_ASSESSMENT_DOES_OR_LATER = [
    _WATCH + "Sertraline carries on; the GP may reduce it once the newborn is 3 months old.",
    _WATCH + "Sertraline continues to the birth and is discontinued after delivery only if her mood allows.",
    _WATCH + "Stop methadone this week? No: methadone and sertraline both carry on unchanged.",
]


@pytest.mark.parametrize("text", OVERALL_STOPS_WHAT_THE_ASSESSMENT_CONTINUES)
def test_an_overall_conclusion_stopping_now_what_its_assessment_continues_is_refused(text: str) -> None:
    assert _ma127(_overall(text)) == {"$.overall_conclusion.text"}


@pytest.mark.parametrize("text", OVERALL_STOPS_AS_THE_ASSESSMENT_DOES_OR_LATER)
def test_an_overall_conclusion_with_a_later_or_conditional_stop_passes(text: str) -> None:
    assert _ma127(_overall(text)) == set()


def test_a_stop_the_assessment_also_plans_passes() -> None:
    data: dict[str, Any] = complete()
    data["assessments"][1]["recommendations"] = "Continue sertraline 100 mg until fluoxetine is established, then stop."
    data["overall_conclusion"]["text"] = _WATCH + "Stop sertraline once fluoxetine is established, after the birth."
    assert _ma127(record_from_data(data)) == set()


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(PLANS_BREASTFEEDING + PLANS_THE_BOTTLE))
def test_planned_feeding_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma127(_lithium(data.draw(disguised(text)))) == _ma127(_lithium(text))


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from(OVERALL_STOPS_WHAT_THE_ASSESSMENT_CONTINUES + OVERALL_STOPS_AS_THE_ASSESSMENT_DOES_OR_LATER),
)
def test_overall_stops_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma127(_overall(data.draw(disguised(text)))) == _ma127(_overall(text))
