"""MA127 and MA130: a conclusion that contradicts itself or the record. A conclusion that continues its medicine
and stops it now (in a clause of its own, in the past tense dated now, or of one of two medicines assessed
together); breastfeeding set up for a baby the record says is bottle fed; a dose in words, far from the name in
the clause that continues it, or given once a day at a tablet's strength. Each both ways, and disguised. Worded
apart from the red-team cases (tests/redteam/fresh90_cases.py)."""

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

_BASES = COMPLETE.parent


def _ma127(r: Record) -> set[str]:
    return {i.path for i in check(r, today=TODAY) if i.code == "MA127"}


def _methadone(conclusion: str) -> Record:
    """The methadone assessment, whose recommendations do not continue it ("Do not reduce or stop ...")."""
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    return record_from_data(data)


def _sertraline(conclusion: str) -> Record:
    """The sertraline assessment, whose recommendations continue it ("Continue sertraline 100 mg.")."""
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = conclusion
    return record_from_data(data)


def _two_sedatives(conclusion: str) -> Record:
    data = json.loads((_BASES / "postnatal-foster-placement-diazepam-pregabalin.json").read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return record_from_data(data)


# The conclusion continues the medicine and, in another clause, stops it now.
CONTINUES_AND_STOPS = [
    "Keep taking methadone through to delivery, and she comes off methadone this week. The newborn is scored for "
    "withdrawal on the ward for three days; no sharing a bed with him after her dose.",
    "Methadone 60 mg once daily remains the plan for the pregnancy; she stopped methadone this morning after "
    "talking it over at home. The newborn is scored for withdrawal on the ward for three days.",
]
# Continues now, with a stop only later, only wished, only in the past, or only if something happens.
CONTINUES_ONE_PLAN = [
    "Keep taking methadone through to delivery; a slow reduction with the drug team begins only once the baby is "
    "8 weeks old. The newborn is scored for withdrawal on the ward for three days.",
    "Keep taking methadone through to delivery; she stopped methadone once in 2021 and restarted it within a "
    "month. The newborn is scored for withdrawal on the ward for three days.",
    "Methadone continues for the pregnancy; she would come off methadone only if the drug team advised it. The "
    "newborn is scored for withdrawal on the ward for three days.",
    "Methadone continues for now, and she comes off methadone this week with the drug team. The newborn is scored "
    "for withdrawal on the ward for three days.",
]


@pytest.mark.parametrize("text", CONTINUES_AND_STOPS)
def test_a_conclusion_that_continues_and_stops_its_medicine_now_is_refused(text: str) -> None:
    assert _ma127(_methadone(text)) == {"$.assessments[0].conclusion"}


@pytest.mark.parametrize("text", CONTINUES_ONE_PLAN)
def test_a_conclusion_that_continues_its_medicine_with_a_later_or_past_stop_passes(text: str) -> None:
    assert _ma127(_methadone(text)) == set()


def test_a_stop_in_the_past_tense_dated_today_contradicts_recommendations_that_continue() -> None:
    text = "Sertraline has kept her well; she stopped taking sertraline today after reading a leaflet online."
    assert _ma127(_sertraline(text)) == {"$.assessments[1].recommendations"}
    earlier = "Sertraline has kept her well; she stopped taking sertraline in 2022 and relapsed within weeks."
    assert _ma127(_sertraline(earlier)) == set()


def test_a_stop_of_one_of_two_medicines_both_continued_is_refused() -> None:
    both = "Diazepam and pregabalin both stay as they are, though diazepam stops today on the GP's advice."
    assert _ma127(_two_sedatives(both)) == {"$.assessments[0].conclusion"}
    later = "Diazepam and pregabalin both stay as they are; diazepam comes down slowly after the 6-week review."
    assert _ma127(_two_sedatives(later)) == set()


# Breastfeeding set up for a baby the record says is bottle fed.
_PLAN = (
    "Continue methadone and sertraline unchanged. Plan for neonatal withdrawal observation on the postnatal ward. "
    "No co-sleeping after her dose; the health visitor sees the cot before discharge. "
)
SETS_UP_BREASTFEEDING = [
    _PLAN + "The midwife will help her to breastfeed from the first feed.",
    _PLAN + "She is advised to breastfeed, and the infant feeding team will see her on day 2.",
]
AGREES_WITH_BOTTLE = [
    _PLAN + "Formula by bottle from birth, as she chose; the midwife shows her how to make up feeds.",
    _PLAN + "Both medicines would be compatible with breastfeeding if she changes her mind.",
    _PLAN + "Bottle fed for the first week, she is now back to the breast and the midwife supports latching.",
]


def _unfed() -> dict[str, Any]:
    """The record with the methadone conclusion's "breastfeeding is supported" taken out."""
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = data["assessments"][0]["conclusion"].replace(
        "breastfeeding is supported", "the midwife supports feeding"
    )
    return data


def _fed(feeding: str, overall: str) -> Record:
    data = _unfed()
    data["pregnancy"]["infant_feeding"] = feeding
    data["overall_conclusion"]["text"] = overall
    return record_from_data(data)


@pytest.mark.parametrize("text", SETS_UP_BREASTFEEDING)
def test_breastfeeding_set_up_for_a_bottle_fed_baby_is_refused(text: str) -> None:
    r = _fed("bottle", text)
    assert _ma127(r) == {"$.pregnancy.infant_feeding"}
    assert _ma127(_fed("mixed", text)) == set()
    assert _ma127(_fed("breast", text)) == set()


@pytest.mark.parametrize("text", AGREES_WITH_BOTTLE)
def test_feeding_told_as_recorded_or_changed_passes(text: str) -> None:
    assert _ma127(_fed("bottle", text)) == set()


def test_an_assessment_that_sets_up_breastfeeding_for_a_bottle_fed_baby_is_refused() -> None:
    data = _unfed()
    data["pregnancy"]["infant_feeding"] = "bottle"
    data["overall_conclusion"]["text"] = _PLAN + "Formula feeds from birth."
    data["assessments"][1]["conclusion"] = (
        "Sertraline 100 mg continues, as it keeps her well. The midwife watches the baby for adaptation for two "
        "days, and she is encouraged to breastfeed."
    )
    assert _ma127(record_from_data(data)) == {"$.pregnancy.infant_feeding"}


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(CONTINUES_AND_STOPS + CONTINUES_ONE_PLAN))
def test_continue_and_stop_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma127(_methadone(data.draw(disguised(text)))) == _ma127(_methadone(text))


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(SETS_UP_BREASTFEEDING + AGREES_WITH_BOTTLE))
def test_feeding_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma127(_fed("bottle", data.draw(disguised(text)))) == _ma127(_fed("bottle", text))


# MA130: the sertraline line is "Two tablets (100 mg) once daily" of "Sertraline 50mg tablets".
def _ma130(conclusion: str) -> bool:
    return any(i.code == "MA130" for i in check(_sertraline(conclusion), today=TODAY))


DOSE_CONTRADICTED = [
    # in words, given once a day at the tablet's strength, with a reason after it
    "Her sertraline remains as it has been all year, fifty milligrams once a day; the midwife watches the baby.",
    "Sertraline two hundred milligrams each morning is unchanged because stopping it led to relapse; the baby "
    "is watched for adaptation.",
    # far from the name, in the clause that continues it
    "Sertraline stays at the dose that has kept her well through the winter, 90 mg daily; the baby is watched.",
    # a bound in another sentence bounds that sentence only
    "Sertraline 130 mg continues. The baby is observed for at least 48 hours for adaptation.",
]
DOSE_AGREES = [
    "Her sertraline remains as it has been all year, one hundred milligrams once a day; the midwife watches the "
    "baby.",
    "Sertraline stays at the dose that has kept her well through the winter, 100 mg daily; the baby is watched.",
    "Sertraline 100 mg (two 50 mg tablets) each day continues; the baby is watched for adaptation.",
    # another medicine's amount, joined or in its own sentence; a change in the amount's own sentence
    "Sertraline continues as before, and the baby's vitamin D drops are 10 micrograms daily from birth.",
    "Sertraline remains the plan for her mood. Vitamin D 10 micrograms daily for her through the winter.",
    "Sertraline continues, rising to 150 mg if her mood dips; the baby is watched for adaptation.",
]


@pytest.mark.parametrize("text", DOSE_CONTRADICTED)
def test_a_conclusion_dose_the_line_contradicts_is_refused(text: str) -> None:
    assert _ma130(text)


@pytest.mark.parametrize("text", DOSE_AGREES)
def test_a_conclusion_dose_the_line_allows_passes(text: str) -> None:
    assert not _ma130(text)


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(DOSE_CONTRADICTED + DOSE_AGREES))
def test_doses_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma130(data.draw(disguised(text))) is _ma130(text)


# A stop told passively and dated now, and "carry on" as a continuing word.
PASSIVE_STOPS_NOW = [
    "Methadone 60 mg once daily carries on through the pregnancy. Following a talk with the drug team, methadone "
    "was discontinued this morning. The newborn is scored for withdrawal on the ward for three days.",
    "Methadone is to carry on unchanged to delivery; methadone has been withdrawn today. The newborn is scored "
    "for withdrawal on the ward for three days.",
]
PASSIVE_STOPS_BEFORE = [
    "Methadone carries on through the pregnancy; methadone was discontinued in 2020 and restarted after a "
    "relapse. The newborn is scored for withdrawal on the ward for three days.",
    "Methadone carries on through the pregnancy; if methadone was stopped today she would be at risk of "
    "relapse. The newborn is scored for withdrawal on the ward for three days.",
]


@pytest.mark.parametrize("text", PASSIVE_STOPS_NOW)
def test_a_passive_stop_dated_now_beside_a_continuing_plan_is_refused(text: str) -> None:
    assert _ma127(_methadone(text)) == {"$.assessments[0].conclusion"}


@pytest.mark.parametrize("text", PASSIVE_STOPS_BEFORE)
def test_a_passive_stop_in_the_past_or_under_a_condition_passes(text: str) -> None:
    assert _ma127(_methadone(text)) == set()


def test_both_carrying_on_and_one_stopping_now_is_refused() -> None:
    both = "Diazepam and pregabalin both carry on as prescribed, and diazepam is stopped today by the GP."
    assert _ma127(_two_sedatives(both)) == {"$.assessments[0].conclusion"}
    later = "Diazepam and pregabalin both carry on as prescribed; pregabalin is reduced slowly after 6 weeks."
    assert _ma127(_two_sedatives(later)) == set()


# The overall conclusion continuing a medicine and stopping it now.
def _overall(text: str) -> Record:
    data: dict[str, Any] = complete()
    data["overall_conclusion"]["text"] = text
    return record_from_data(data)


OVERALL_CONTINUES_AND_STOPS = [
    "Methadone and sertraline both stay as now. Plan for neonatal withdrawal observation on the postnatal ward; "
    "no co-sleeping. Sertraline is to be discontinued today as her mood has lifted.",
    "Methadone and sertraline both carry on. Methadone was stopped this morning by the drug team. Neonatal "
    "withdrawal observation on the postnatal ward; no co-sleeping.",
]
OVERALL_ONE_PLAN = [
    "Keep taking methadone and sertraline as now. Plan for neonatal withdrawal observation on the postnatal ward; "
    "no co-sleeping. Sertraline may be reduced once the baby is 3 months old.",
    "Continue methadone 60 mg until 36 weeks, then reduce with the drug team. Sertraline continues. Neonatal "
    "withdrawal observation on the postnatal ward; no co-sleeping. Sertraline was stopped in 2019 and restarted.",
]


@pytest.mark.parametrize("text", OVERALL_CONTINUES_AND_STOPS)
def test_an_overall_conclusion_that_continues_and_stops_a_medicine_now_is_refused(text: str) -> None:
    assert "$.overall_conclusion.text" in _ma127(_overall(text))


@pytest.mark.parametrize("text", OVERALL_ONE_PLAN)
def test_an_overall_conclusion_with_one_plan_per_medicine_passes(text: str) -> None:
    assert _ma127(_overall(text)) == set()


# Breastfeeding set up in other words for a bottle-fed baby.
SETS_UP_IN_OTHER_WORDS = [
    _PLAN + "Lactation support is booked with the ward's feeding lead for day 1.",
    _PLAN + "The midwife will help with latch and with establishing breastfeeding before discharge.",
]


@pytest.mark.parametrize("text", SETS_UP_IN_OTHER_WORDS)
def test_breastfeeding_set_up_in_other_words_for_a_bottle_fed_baby_is_refused(text: str) -> None:
    assert _ma127(_fed("bottle", text)) == {"$.pregnancy.infant_feeding"}
    assert _ma127(_fed("breast", text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from(PASSIVE_STOPS_NOW + PASSIVE_STOPS_BEFORE + OVERALL_CONTINUES_AND_STOPS + OVERALL_ONE_PLAN),
)
def test_passive_and_overall_stops_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma127(_methadone(data.draw(disguised(text)))) == _ma127(_methadone(text))
    assert _ma127(_overall(data.draw(disguised(text)))) == _ma127(_overall(text))


# "daily" on a once-daily line is that one dose; the overall conclusion's doses are read as an assessment's.
def _ma130_overall(text: str) -> bool:
    return any(i.code == "MA130" for i in check(_overall(text), today=TODAY))


def test_an_amount_daily_against_a_once_daily_line_must_be_the_line_s() -> None:
    assert _ma130("Sertraline 150 mg daily carries on; the baby is watched for adaptation.")
    assert not _ma130("Sertraline 100 mg daily carries on; the baby is watched for adaptation.")
    assert not _ma130("Sertraline two 50 mg tablets once daily carries on; the baby is watched.")


def test_doses_in_the_overall_conclusion_are_compared_with_the_dose_line() -> None:
    assert _ma130_overall("Methadone 40 mg daily and sertraline continue unchanged. No co-sleeping.")
    assert _ma130_overall("Continue methadone unchanged. Sertraline 50 mg daily continues. No co-sleeping.")
    assert not _ma130_overall("Continue methadone 60 mg once daily. Sertraline 100 mg daily continues.")
    assert not _ma130_overall("Continue methadone. Sertraline as two 50 mg tablets once daily continues.")


@settings(max_examples=30, deadline=None)
@given(
    st.data(),
    st.sampled_from(
        [
            "Continue methadone unchanged. Sertraline 50 mg daily continues. No co-sleeping.",
            "Continue methadone 60 mg once daily. Sertraline 100 mg daily continues.",
        ]
    ),
)
def test_overall_doses_in_disguise_are_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma130_overall(data.draw(disguised(text))) is _ma130_overall(text)


def test_an_overall_amount_of_an_ingredient_two_list_entries_share_is_held_to_neither() -> None:
    data: dict[str, Any] = complete()
    second = dict(data["medicines"][1], id="med-sertraline-2", name="Sertraline 25mg tablets", dose="25 mg once daily")
    data["medicines"].append(second)
    data["overall_conclusion"]["text"] = "Continue methadone. Sertraline 25 mg daily continues. No co-sleeping."
    assert not any(i.code == "MA130" for i in check(record_from_data(data), today=TODAY))


def test_an_overall_conclusion_laying_out_options_is_not_read_as_continuing_and_stopping() -> None:
    text = (
        "Options: (a) stop sertraline; (b) keep taking sertraline 100 mg. Option (b) agreed with her. Continue "
        "methadone. Neonatal withdrawal observation on the postnatal ward; no co-sleeping."
    )
    assert "$.overall_conclusion.text" not in _ma127(_overall(text))


def test_a_part_of_a_combination_named_alone_is_another_medicine() -> None:
    from medassess.gate.concerns import _own_named_as
    from medassess.gate.text import normalise

    own = frozenset({"codeine", "paracetamol"})
    text = normalise("Her co-codamol is stopped this morning; paracetamol carries on.")
    read = _own_named_as(text, own, "the medicine")
    assert "the medicine is stopped" in read
    assert "paracetamol carries on" in read


# A conclusion tells a stop as done of a medicine the list gives as current, with no stop date (found passing by a
# ninety-fourth fresh corpus): the list and the conclusion cannot both be true.
_TOLD_STOPPED_WHILE_LISTED = [
    "Her sertraline was discontinued at the 12-week scan, so the newborn only needs routine care on the ward.",
    "She came off sertraline in early pregnancy; the newborn only needs routine checks before going home.",
    "Sertraline and methadone were both stopped by her, so the newborn needs no withdrawal watch.",
]
# Near misses: a stop the list dates, a restart, another course, a condition, another medicine stopped.
_STOP_AGREES_OR_IS_ANOTHER = [
    "She came off sertraline in early pregnancy but restarted it at 18 weeks; the newborn is watched for "
    "jitteriness for two days.",
    "A previous course of sertraline was stopped when she felt well; this course continues, and the newborn is "
    "watched for jitteriness for two days.",
    "Her sertraline was stopped in 2022 after her first episode; it continues now, and the newborn is watched for "
    "jitteriness for two days.",
    "If she stopped sertraline suddenly she could relapse; it continues, and the newborn is watched for "
    "jitteriness for two days.",
    "Her citalopram was stopped before sertraline began; sertraline continues and the newborn is watched for "
    "jitteriness for two days.",
    "She has stopped sertraline after talking it through with her GP; the newborn is watched for jitteriness for "
    "two days.",
    "Her partner came off sertraline in the spring; hers continues and the newborn is watched for jitteriness for "
    "two days.",
]


def _told(conclusion: str, *, stop_dated: bool = False) -> Record:
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = conclusion
    if stop_dated:
        data["medicines"][1]["stopped"] = "2025-12-01"
    return record_from_data(data)


def _told_messages(r: Record) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(r, today=TODAY) if i.code == "MA127" and "medicine list" in i.message]


@pytest.mark.parametrize("conclusion", _TOLD_STOPPED_WHILE_LISTED)
def test_a_stop_told_of_a_medicine_the_list_gives_as_current_is_refused(conclusion: str) -> None:
    found = _told_messages(_told(conclusion))
    assert [p for p, _ in found][:1] == ["$.assessments[1].conclusion"]
    assert "the conclusion of assessment asm-sertraline says medicine med-" in found[0][1]
    assert "sertraline" not in found[0][1].replace("med-sertraline", "").replace("asm-sertraline", "")


@pytest.mark.parametrize("conclusion", _STOP_AGREES_OR_IS_ANOTHER)
def test_a_stop_of_another_course_or_medicine_or_undone_is_not_a_contradiction(conclusion: str) -> None:
    assert _told_messages(_told(conclusion)) == []


@pytest.mark.parametrize("conclusion", _TOLD_STOPPED_WHILE_LISTED)
def test_a_stop_the_list_dates_is_no_contradiction(conclusion: str) -> None:
    assert not [p for p, m in _told_messages(_told(conclusion, stop_dated=True)) if "med-sertraline" in m]


def test_a_stop_in_the_overall_conclusion_is_read_for_each_listed_medicine() -> None:
    data: dict[str, Any] = complete()
    data["overall_conclusion"]["text"] = (
        "Methadone and sertraline were both tapered off by the drug team, so the newborn goes home on day one."
    )
    found = _told_messages(record_from_data(data))
    assert [p for p, _ in found] == ["$.overall_conclusion.text"] * 2


@given(st.sampled_from(_TOLD_STOPPED_WHILE_LISTED + _STOP_AGREES_OR_IS_ANOTHER), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_stop_against_the_list_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _told_messages(_told(data.draw(disguised(conclusion)))) == _told_messages(_told(conclusion))


# A stop dated in a year of the listed course (sertraline listed as started in 2025) is a stop of that course, which
# the list still gives as current; a year before the listed start dates another course (found passing by a
# ninety-seventh fresh corpus).
_DATED_STOP_OF_THE_LISTED_COURSE = [
    "Sertraline was discontinued on 3 January 2026 after a slow reduction; the newborn only needs routine care.",
    "Her sertraline was stopped by the perinatal team in February 2026, so no jitteriness watch is needed.",
]
_DATED_STOP_APART_OR_TO_COME = [
    "Sertraline was discontinued in March 2024, before this course; it continues, and the newborn is watched for "
    "jitteriness for two days.",
    "Sertraline will be stopped on 3 July 2026 after a slow reduction; until then the newborn is watched for "
    "jitteriness for two days.",
]


@pytest.mark.parametrize("conclusion", _DATED_STOP_OF_THE_LISTED_COURSE)
def test_a_stop_dated_within_the_listed_course_is_refused(conclusion: str) -> None:
    assert [p for p, _ in _told_messages(_told(conclusion))][:1] == ["$.assessments[1].conclusion"]
    assert not [p for p, m in _told_messages(_told(conclusion, stop_dated=True)) if "med-sertraline" in m]


@pytest.mark.parametrize("conclusion", _DATED_STOP_APART_OR_TO_COME)
def test_a_stop_dated_before_the_listed_course_or_still_to_come_passes(conclusion: str) -> None:
    assert _told_messages(_told(conclusion)) == []


@given(st.sampled_from(_DATED_STOP_OF_THE_LISTED_COURSE + _DATED_STOP_APART_OR_TO_COME), st.data())
@settings(max_examples=10, deadline=None)
def test_a_disguised_dated_stop_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _told_messages(_told(data.draw(disguised(conclusion)))) == _told_messages(_told(conclusion))


# The assessment's own item watches the baby (methadone: observed 72 hours on the ward), and its conclusion says the
# baby needs no watching, with no watch of its own (found passing by a ninety-fourth fresh corpus).
_DROPS_THE_WATCH = [
    "Methadone continues; the newborn will not withdraw at her dose and goes home after the first day with "
    "a cot by the bed.",
    "Methadone continues, and the newborn needs no monitoring on the ward; a cot by the bed and breastfeeding "
    "supported.",
    # The need negated in its other forms (a hundred-and-first fresh corpus): "not need any", "need not be", "no
    # need for any", "is not required".
    "Methadone continues at 60 mg; her newborn won't need any special monitoring on the ward, and a cot by the bed.",
    "Methadone continues; the newborn need not be observed once born, and breastfeeding is supported.",
    "Methadone continues; there is no need for any obs on the postnatal ward, and a cot by the bed.",
    "Methadone continues; NAS scoring is not required at her dose, and a cot by the bed.",
]
# Near misses: the watch kept in another clause, a condition, or no watch planned by the item.
_KEEPS_THE_WATCH = [
    "Methadone continues; the newborn may not withdraw much, but is observed on the ward for 72 hours with a cot "
    "by the bed.",
    "Methadone continues; if the newborn needs no monitoring after 72 hours she goes home, with a cot by the bed.",
    # A need of another act negated, beside visits that are not the item's watch.
    "Methadone continues; the newborn does not need to stay in hospital, and the midwife visits on day 3.",
    "Methadone continues; she doesn't need any extra appointments, and a cot by the bed.",
]


def _watch_messages(r: Record) -> list[str]:
    return [i.path for i in check(r, today=TODAY) if i.code == "MA127" and "needs no watching" in i.message]


@pytest.mark.parametrize("conclusion", _DROPS_THE_WATCH)
def test_a_conclusion_dropping_the_watch_its_item_plans_is_refused(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("conclusion", _KEEPS_THE_WATCH)
def test_a_conclusion_keeping_the_watch_or_conditioning_it_is_not_refused(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == []


@pytest.mark.parametrize("conclusion", _DROPS_THE_WATCH)
def test_no_watch_said_where_no_item_plans_one_is_not_this_contradiction(conclusion: str) -> None:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = "Per the local guideline."
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = "Compatible with breastfeeding."
    assert _watch_messages(record_from_data(data)) == []


@given(st.sampled_from(_DROPS_THE_WATCH + _KEEPS_THE_WATCH), st.data())
@settings(max_examples=20, deadline=None)
def test_a_disguised_dropped_watch_is_judged_like_the_plain_one(conclusion: str, data: st.DataObject) -> None:
    assert _watch_messages(_methadone(data.draw(disguised(conclusion)))) == _watch_messages(_methadone(conclusion))


# The conclusion continues the medicine and, in another clause, says none of it is taken now, in words that carry
# their own negation (found passing by the hundredth fresh corpus).
CONTINUES_AND_TAKES_NONE = [
    "Methadone 60 mg once daily stays the same through the pregnancy; she takes no methadone now, so the baby "
    "needs no scoring.",
    "Keep taking methadone at 60 mg; she is no longer on methadone. The newborn is scored for withdrawal.",
]
CONTINUES_AND_TAKES_SOME = [
    # a stop in the past with its date and a restart
    "Keep taking methadone at 60 mg; she stopped methadone in 2021 for a month and restarted it. The newborn is "
    "scored for withdrawal on the ward for three days.",
    # none at a time of day, or her partner's, or only if something happens
    "Keep taking methadone at 60 mg each morning; she takes no methadone in the evening. The newborn is scored "
    "for withdrawal on the ward.",
    "Keep taking methadone at 60 mg; her partner takes no methadone. The newborn is scored for withdrawal.",
    "Keep taking methadone at 60 mg; if she is not taking methadone at delivery, the ward must be told.",
]


@pytest.mark.parametrize("text", CONTINUES_AND_TAKES_NONE + CONTINUES_AND_TAKES_SOME)
def test_a_conclusion_that_continues_and_takes_none_now_is_refused(text: str) -> None:
    expected = {"$.assessments[0].conclusion"} if text in CONTINUES_AND_TAKES_NONE else set()
    assert _ma127(_methadone(text)) == expected


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(CONTINUES_AND_TAKES_NONE + CONTINUES_AND_TAKES_SOME))
def test_continue_and_take_none_in_disguise_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    assert _ma127(_methadone(data.draw(disguised(text)))) == _ma127(_methadone(text))
