"""MA127 ([levels_dropped]): a conclusion that rules out, puts off past the birth or only hedges the lithium levels
its own recommendations plan, with no level of its own. Both ways, and disguised. Worded apart from the red-team
cases (tests/redteam/fresh127_cases.py, fresh133_cases.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.record.model import Record
from tests.gate.disguise import disguised
from tests.test_rules import COMPLETE, TODAY

_LITHIUM = COMPLETE.parent / "lithium-perinatal-mental-health.json"
_OPENS = "Priadel 800 mg nightly goes on: a relapse after the birth is the larger danger."
_BABY = "The paediatrician sees the newborn on the ward for tone and feeding; formula feeding agreed."


def _lithium(conclusion: str, **medicine: Any) -> Record:
    """The lithium example, whose recommendations keep levels every 4 weeks, weekly from 36 weeks and after birth."""
    data: dict[str, Any] = json.loads(_LITHIUM.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    data["medicines"][0].update(medicine)
    return record_from_data(data)


def _levels_messages(r: Record) -> list[str]:
    return [i.path for i in check(r, today=TODAY) if i.code == "MA127" and "blood levels" in i.message]


_DROPS = [
    # ruled out
    f"{_OPENS} Her serum levels won't be repeated for the rest of the pregnancy. {_BABY}",
    f"{_OPENS} She does not need any more lithium levels. {_BABY}",
    f"{_OPENS} No further levels. {_BABY}",
    f"{_OPENS} Blood levels are unnecessary at 800 mg. {_BABY}",
    # put off past the birth
    f"{_OPENS} Levels are deferred until the infant is three months old. {_BABY}",
    f"{_OPENS} Her lithium levels will not be taken until after the delivery. {_BABY}",
    # started at term: the weekly levels from 36 weeks and the one at the birth put off to the EDD
    f"{_OPENS} Weekly serum levels start after 41 weeks. {_BABY}",
    # answered only by a hedge
    f"{_OPENS} Lithium levels? Maybe. {_BABY}",
    f"{_OPENS} Her levels: not sure yet. {_BABY}",
    # a hedge with only its own short condition is still only a hedge
    f"{_OPENS} Serum levels? Maybe, time permitting. {_BABY}",
    f"{_OPENS} Her levels? Possibly, if the clinic has room. {_BABY}",
    # restarted only at a time past the birth
    f"{_OPENS} Serum levels are to resume at the postnatal review in two months. {_BABY}",
    f"{_OPENS} The team will recommence her lithium levels once she is discharged after delivery. {_BABY}",
    # begun only at a time past the birth (found passing by the hundred-and-fortieth fresh corpus)
    f"{_OPENS} Her serum levels begin at the eight week check after the birth. {_BABY}",
    f"{_OPENS} Blood levels will start once she is discharged postnatally. {_BABY}",
    # denied until past the birth: "no levels ... until after the birth" (found passing by fresh144)
    f"{_OPENS} No serum levels are required until after she has delivered. {_BABY}",
    f"{_OPENS} No bloods are needed till the baby is born. {_BABY}",
    # "beyond" a time drops what comes after it (the near miss of the extras ruled out below)
    f"{_OPENS} No more levels are needed beyond 36 weeks. {_BABY}",
    f"{_OPENS} No extra blood tests are needed beyond the birth. {_BABY}",
    # the levels after the birth ruled out beside a plan that stops short of it (found passing by fresh144)
    f"{_OPENS} Levels four-weekly and weekly from 36 weeks; none of the levels are repeated postpartum, and no "
    f"levels are needed after the birth. {_BABY}",
    f"{_OPENS} Serum levels monthly until 36/40, then weekly. No levels are taken once she has delivered. {_BABY}",
]
_KEEPS = [
    # the plan in the conclusion, or a level's timing after the dose
    f"{_OPENS} Levels monthly now and weekly from 36 weeks; one 12 hours after delivery. {_BABY}",
    f"{_OPENS} Her birth level is deferred until 12 hours after her last dose. {_BABY}",
    f"{_OPENS} Levels every four weeks, weekly from 38/40 and on the day after the birth. {_BABY}",
    # a limit to one visit, one service or a condition
    f"{_OPENS} Her level was not taken at this visit, since she had just had her tablet. {_BABY}",
    f"{_OPENS} Levels are not done by the practice; the perinatal team takes them. {_BABY}",
    f"{_OPENS} If she stops lithium, levels will not be needed. {_BABY}",
    f"{_OPENS} No level is needed during labour itself. {_BABY}",
    f"{_OPENS} Her levels will not be checked until 36 weeks, then weekly. {_BABY}",
    # the baby's level, another analyte's, the dose's sense
    f"{_OPENS} The newborn does not need a lithium level unless floppy. {_BABY}",
    f"{_OPENS} Thyroid levels are not needed again. {_BABY}",
    f"{_OPENS} She is not drowsy at this level. {_BABY}",
    # a hedge with its plan
    f"{_OPENS} Levels? Probably fortnightly until 36 weeks, then weekly. {_BABY}",
    # a restart near the birth, a later level added to the schedule, a hedge opening a plan, a hedged extra level
    f"{_OPENS} Levels monthly and weekly from 36 weeks, restarting 12 hours after the birth. {_BABY}",
    f"{_OPENS} Levels four-weekly, weekly from 36/40, one within a day of delivery and again at the 6-week check. "
    f"{_BABY}",
    f"{_OPENS} Lithium levels? Perhaps fortnightly if she vomits; every four weeks otherwise. {_BABY}",
    # a restart after the birth on a condition, a schedule begun in pregnancy that goes on after it, a start in
    # pregnancy
    f"{_OPENS} Serum levels four-weekly, weekly from 36/40, and restart at the 6-week check if she stops at "
    f"delivery. {_BABY}",
    f"{_OPENS} Her levels start at booking and go on four-weekly, weekly from 36 weeks and after the birth. {_BABY}",
    f"{_OPENS} Levels begin at 20 weeks, then weekly from 36 weeks. {_BABY}",
    f"{_OPENS} Levels four-weekly; the baby's levels start at birth. {_BABY}",
    # denied until a time before the birth, or until after it with the level at the birth kept
    f"{_OPENS} No serum levels are required until 36 weeks, then weekly. {_BABY}",
    f"{_OPENS} No further levels are needed until after the birth, when one is taken within 24 hours. {_BABY}",
    # levels after the birth ruled out beside a plan that covers the birth, or a level in the first hours kept
    f"{_OPENS} Levels every 4 weeks until 36 weeks, then weekly, and within 24 h of the birth. {_BABY}",
    f"{_OPENS} Levels monthly, weekly from 36 weeks and within a day of the birth; no further levels after the "
    f"first postnatal week. {_BABY}",
    f"{_OPENS} Levels monthly and weekly from 36 weeks; no levels after delivery beyond the one at 12 hours. {_BABY}",
    f"{_OPENS} Levels monthly and weekly from 36 weeks; no levels are taken from the baby after delivery. {_BABY}",
    # only levels over and above the planned ones ruled out, the schedule kept (found refused by fresh147)
    f"{_OPENS} No further serum levels are required over and above the planned ones: monthly, weekly from 36/40 "
    f"and one the day after delivery. {_BABY}",
    f"{_OPENS} Additional bloods are not needed other than her planned levels (four-weekly, then weekly from 36 "
    f"weeks and 12 hours post delivery). {_BABY}",
    f"{_OPENS} No additional bloods are needed beyond the routine ones: four-weekly levels, weekly from 36/40 and "
    f"one 12 hours after delivery. {_BABY}",
    # no level spoken of: not this reading's (the recommendations plan them)
    f"{_OPENS} {_BABY}",
]


@pytest.mark.parametrize("conclusion", _DROPS)
def test_a_conclusion_dropping_the_levels_its_recommendations_plan_is_refused(conclusion: str) -> None:
    assert _levels_messages(_lithium(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", _KEEPS)
def test_a_conclusion_keeping_limiting_or_not_speaking_of_the_levels_is_not_refused(conclusion: str) -> None:
    assert _levels_messages(_lithium(conclusion)) == []


@pytest.mark.parametrize("conclusion", _DROPS)
def test_levels_dropped_for_lithium_stopped_before_the_assessment_are_not_this_contradiction(conclusion: str) -> None:
    assert _levels_messages(_lithium(conclusion, stopped="2025-06-01", last_changed=None)) == []


@pytest.mark.parametrize("conclusion", _DROPS)
def test_levels_dropped_where_no_recommendation_plans_them_are_not_this_contradiction(conclusion: str) -> None:
    data: dict[str, Any] = json.loads(_LITHIUM.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["recommendations"] = "Deliver in hospital; perinatal team within a week of birth."
    assert _levels_messages(record_from_data(data)) == []


def test_the_message_quotes_no_text_of_the_record() -> None:
    (message,) = [
        i.message for i in check(_lithium(_DROPS[0]), today=TODAY) if i.code == "MA127" and "blood levels" in i.message
    ]
    assert "repeated" not in message and "Priadel" not in message and "800" not in message


@given(st.sampled_from(_DROPS + _KEEPS), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_dropped_level_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _levels_messages(_lithium(data.draw(disguised(conclusion)))) == _levels_messages(_lithium(conclusion))


# The overall conclusion is read against each lithium assessment's recommendations as the assessment's conclusion is
# (found passing by the hundred-and-thirty-sixth fresh corpus).
_OVERALL_DROPS = [
    "Priadel continues at 800 mg. Serum levels weekly from 41 weeks. Formula feeding; paediatric review at birth.",
    "Priadel continues at 800 mg. Her levels? Maybe, if there is a gap. Formula feeding; paediatric review at birth.",
    "Priadel continues at 800 mg; no further lithium levels. Formula feeding; paediatric review at birth.",
    "Priadel continues at 800 mg with levels monthly and weekly from 36 weeks; none are needed after the birth, so "
    "no levels postnatally. Formula feeding; paediatric review at birth.",
]
_OVERALL_KEEPS = [
    "Priadel continues at 800 mg, levels four-weekly, weekly from 36 weeks and within a day of the birth. Formula "
    "feeding; paediatric review at birth.",
    "Priadel continues at 800 mg. Formula feeding; paediatric review at birth.",
    "Priadel continues at 800 mg; levels are not taken at the surgery. Formula feeding; paediatric review at birth.",
]


def _overall(text: str) -> Record:
    data: dict[str, Any] = json.loads(_LITHIUM.read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return record_from_data(data)


@pytest.mark.parametrize("text", _OVERALL_DROPS)
def test_an_overall_conclusion_dropping_the_planned_levels_is_refused(text: str) -> None:
    assert _levels_messages(_overall(text)) == ["$.overall_conclusion.text"]
    (message,) = [i.message for i in check(_overall(text), today=TODAY) if i.code == "MA127"]
    assert "Priadel" not in message and "800" not in message


@pytest.mark.parametrize("text", _OVERALL_KEEPS)
def test_an_overall_conclusion_keeping_limiting_or_not_speaking_of_the_levels_stands(text: str) -> None:
    assert _levels_messages(_overall(text)) == []


@given(st.sampled_from(_OVERALL_DROPS + _OVERALL_KEEPS), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_overall_conclusion_is_judged_like_the_plain_one(text: str, data: st.DataObject) -> None:
    assert _levels_messages(_overall(data.draw(disguised(text)))) == _levels_messages(_overall(text))


# Levels ruled out past a gestation ("no levels beyond 37 weeks") rule out the birth's with them, and a pronoun after
# a comma ("..., none once she has delivered") stands for the levels named before it; "until delivery" is a plan's
# end, no level at the birth ([levels_dropped] `gestation_after`, `level_pronouns`, `birth_bounds`; found passing by
# the hundred-and-fiftieth fresh corpus). The overall conclusion is read so too.
_PAST_A_GESTATION = [
    f"{_OPENS} Serum levels every four weeks to 35 weeks; no more levels after 35/40. {_BABY}",
    f"{_OPENS} Four-weekly serum levels up to delivery, none once she has delivered. {_BABY}",
    f"{_OPENS} Lithium levels monthly; blood levels not needed past 34 weeks. {_BABY}",
]
_PAST_A_GESTATION_KEEPS = [
    # the birth's level kept in the conclusion's own plan
    f"{_OPENS} Serum levels every four weeks, weekly from 36 weeks and 12 hours after the birth; no more levels "
    f"after 6 weeks postnatally. {_BABY}",
    f"{_OPENS} Four-weekly serum lithium, weekly from 36/40 and one within a day of delivery, none after that. {_BABY}",
    # only levels over and above the plan ruled out
    f"{_OPENS} Monthly levels, weekly from 36 weeks and one the day after delivery; none other than those. {_BABY}",
]
_OVERALL_PAST_A_GESTATION = [
    "Priadel continues at 800 mg with monthly levels; no further levels from 37 weeks. Formula feeding; paediatric "
    "review at birth.",
]


@pytest.mark.parametrize("conclusion", _PAST_A_GESTATION)
def test_levels_ruled_out_past_a_gestation_or_by_a_pronoun_are_refused(conclusion: str) -> None:
    assert _levels_messages(_lithium(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", _PAST_A_GESTATION_KEEPS)
def test_the_birth_level_kept_or_a_postnatal_age_stands(conclusion: str) -> None:
    assert _levels_messages(_lithium(conclusion)) == []


@pytest.mark.parametrize("text", _OVERALL_PAST_A_GESTATION)
def test_an_overall_conclusion_ruling_out_levels_past_a_gestation_is_refused(text: str) -> None:
    assert _levels_messages(_overall(text)) == ["$.overall_conclusion.text"]


@given(st.sampled_from(_PAST_A_GESTATION + _PAST_A_GESTATION_KEEPS), st.data())
@settings(max_examples=15, deadline=None)
def test_a_disguised_gestation_or_pronoun_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _levels_messages(_lithium(data.draw(disguised(conclusion)))) == _levels_messages(_lithium(conclusion))
