"""Facts of the record told otherwise in a conclusion (found passing by the hundred-and-twenty-seventh fresh
corpus), both ways and disguised: breastfeeding told as what she does now of a baby the record has bottle fed, and
the baby told as gone home with a relative from a foster placement (MA127); the baby's age told as now, fronted or
in days, older than the delivery date makes it (MA017); an EDD written as a date with its year weeks from the
record's (MA011). The texts are worded apart from the corpora's. The foster placement record is postnatal (born
8 June 2026, assessed 12 June, bottle fed); the complete example is antenatal (EDD 15 May 2026)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.dated_ages import nearest_day, told_edd_days, told_edds
from medassess.gate.written_times import tells_span_past
from tests.gate.disguise import disguised
from tests.test_rules import COMPLETE, TODAY, complete

_FOSTER = COMPLETE.parent / "postnatal-foster-placement-diazepam-pregabalin.json"


def _foster(conclusion: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_FOSTER.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return data


def _codes(data: dict[str, Any], code: str) -> set[str]:
    return {i.path for i in check(record_from_data(data), today=TODAY) if i.code == code}


_HEAD = (
    "Diazepam and pregabalin go on unchanged for now and sedate her, so she never shares a bed or sofa with the "
    "infant and the foster carer covers the nights; late withdrawal is watched for until day 8. "
)

# --------------------------------------------------------------------------------------- feeding and whereabouts
FEEDS_OTHERWISE = [
    _HEAD + "Mum breastfeeds him every three hours in the day.",
    _HEAD + "The infant is breastfed in the daytime by his mother.",
    # told as today's feeding, "now" no change of it
    _HEAD + "She now feeds him at the breast on the ward, four-hourly.",
    _HEAD + "His mother is breastfeeding; her sister brings the bottles for the nights.",
]
FEEDS_AS_RECORDED = [
    _HEAD + "Breastfeeding was stopped on day 2 and he is now formula fed.",
    _HEAD + "The infant takes formula by bottle, so neither medicine reaches him in milk.",
    _HEAD + "A mother who breastfeeds on pregabalin would need the infant watched for drowsiness.",
    _HEAD + "If she breastfeeds later, the health visitor reviews the plan.",
    _HEAD + "She still breastfeeds her toddler at bedtime; the infant has formula only.",
    # another woman breastfeeding, her own baby
    _HEAD + "Her cousin, who is breastfeeding, takes a night bottle now and then.",
    _HEAD + "A neighbour breastfeeds her own baby and comes round to help with bottles.",
]
PLACED_OTHERWISE = [
    _HEAD + "On Tuesday the infant went home with his grandparents, who now do the nights.",
    _HEAD + "He sleeps in a cot at his grandmother's home.",
    # the same relatives by their other names
    _HEAD + "Last week the infant went home with his gran, who now does every feed.",
    _HEAD + "The infant has gone home with the auntie, who does the nights.",
    # a plan named in the clause is no plan of going there; a relative's house by any of the relative's names
    _HEAD + "Both carers keep to this plan now that the infant has gone home with his grandad.",
    _HEAD + "He has stayed at his nan's house every night this week.",
]
PLACED_AS_RECORDED = [
    _HEAD + "She hopes the infant may go home with his grandmother once the court decides.",
    _HEAD + "His grandparents visit the placement on Sundays.",
    _HEAD + "She has gone home with her nan; the infant stays with the foster carer.",
    _HEAD + "His mother is at home with her parents; the infant sleeps in the foster carer's cot.",
]


# The baby told as going home with its parents, a parent by her own name (the mother renamed here, worded apart from
# the corpora), against the placement (found passing by the hundred-and-thirty-first fresh corpus).
HOME_WITH_PARENTS = [
    _HEAD + "On leaving the ward the infant goes home with Rhiannon and his father.",
    _HEAD + "The infant is going home with mum and dad on Friday, who share the nights.",
    _HEAD + "From tomorrow the infant will go home with his mother.",
    # the discharge as the time of the move, not a condition; the parent after "with" a companion, not the subject
    # (found passing by the hundred-and-thirty-sixth fresh corpus)
    _HEAD + "The infant goes home with Rhiannon to her aunt's house once discharged.",
    _HEAD + "The infant goes home with Rhiannon when the hospital discharges them.",
    _HEAD + "From Monday the infant lives with Rhiannon at her nan's house.",
]
PLACED_WITH_PARENTS_AS_RECORDED = [
    # the placement as where they go, a plan after the court, the mother herself gone home, the name elsewhere
    _HEAD + "On leaving the ward the infant goes home with Rhiannon to the placement.",
    _HEAD + "After the final hearing the infant may go home with Rhiannon; until then he stays in the placement.",
    _HEAD + "Rhiannon goes home with her mother at weekends; the infant stays with the foster carer.",
    _HEAD + "Rhiannon visits daily and the foster carer takes the infant home with her after each visit.",
    # a discharge from the placement is a later time; the mother herself at a relative's house
    _HEAD + "Once discharged from the placement, the infant goes home with Rhiannon.",
    _HEAD + "Rhiannon stays at her nan's house while the infant stays in the placement.",
    _HEAD + "The infant stays with the foster carer while Rhiannon lives with her dad at her gran's house.",
]


def _renamed(conclusion: str) -> dict[str, Any]:
    data = _foster(conclusion)
    data["mother"]["name"]["given"] = ["Rhiannon"]
    return data


@pytest.mark.parametrize("text", HOME_WITH_PARENTS + PLACED_WITH_PARENTS_AS_RECORDED)
def test_the_baby_going_home_with_a_parent_by_name_contradicts_a_foster_placement(text: str) -> None:
    assert ("$.safeguarding.discharge_to" in _codes(_renamed(text), "MA127")) is (text in HOME_WITH_PARENTS)


@settings(max_examples=15, deadline=None)
@given(st.data(), st.sampled_from(HOME_WITH_PARENTS + PLACED_WITH_PARENTS_AS_RECORDED))
def test_a_disguised_parent_by_name_is_read_as_the_plain(data: st.DataObject, plain: str) -> None:
    found = "$.safeguarding.discharge_to" in _codes(_renamed(data.draw(disguised(plain))), "MA127")
    assert found is (plain in HOME_WITH_PARENTS)


def test_the_parents_name_is_quoted_in_no_message() -> None:
    issues = check(record_from_data(_renamed(HOME_WITH_PARENTS[0])), today=TODAY)
    assert any(i.code == "MA127" for i in issues)
    assert all("Rhiannon" not in i.message and "home with" not in i.message for i in issues)


@pytest.mark.parametrize("text", FEEDS_OTHERWISE + FEEDS_AS_RECORDED)
def test_breastfeeding_told_as_now_contradicts_a_record_of_bottle_feeding(text: str) -> None:
    assert ("$.pregnancy.infant_feeding" in _codes(_foster(text), "MA127")) is (text in FEEDS_OTHERWISE)


@pytest.mark.parametrize("text", PLACED_OTHERWISE + PLACED_AS_RECORDED)
def test_the_baby_gone_home_with_a_relative_contradicts_a_foster_placement(text: str) -> None:
    assert ("$.safeguarding.discharge_to" in _codes(_foster(text), "MA127")) is (text in PLACED_OTHERWISE)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_disguised_feeding_and_whereabouts_are_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(FEEDS_OTHERWISE + FEEDS_AS_RECORDED + PLACED_OTHERWISE + PLACED_AS_RECORDED))
    found = _codes(_foster(data.draw(disguised(plain))), "MA127") & {
        "$.pregnancy.infant_feeding",
        "$.safeguarding.discharge_to",
    }
    assert bool(found) is (plain in FEEDS_OTHERWISE + PLACED_OTHERWISE)


def _named(conclusion: str) -> dict[str, Any]:
    data = _foster(conclusion)
    data["mother"]["name"]["given"] = ["Niamh"]
    return data


# The parents named by their own given names are read as "mother": the mother named going home with a relative is
# her trip, as "she" is; anyone else named is not read so.
NAMED_PARENT_OUT = [
    _HEAD + "Niamh went home with her grandmother on Saturday while the infant slept in the foster carer's cot.",
    _HEAD + "Niamh has gone home with her uncle for a night; the infant stays in the placement.",
]
NAMED_BABY_HOME = [
    _HEAD + "Baby Ellis went home with his grandmother on Saturday.",
    _HEAD + "Since Friday little Oran has gone home with his uncle.",
    # the mother named, then the infant as the subject of the going home
    _HEAD + "Both make Niamh sleepy, so the infant has a cot at home with her parents.",
    _HEAD + "Niamh and the infant went home with her grandmother on Saturday.",
]


@pytest.mark.parametrize("text", NAMED_PARENT_OUT + NAMED_BABY_HOME)
def test_the_mother_named_going_home_with_a_relative_is_not_the_baby(text: str) -> None:
    found = "$.safeguarding.discharge_to" in _codes(_named(text), "MA127")
    assert found is (text in NAMED_BABY_HOME)


@settings(max_examples=10, deadline=None)
@given(st.data())
def test_a_disguised_named_parent_is_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(NAMED_PARENT_OUT + NAMED_BABY_HOME))
    found = "$.safeguarding.discharge_to" in _codes(_named(data.draw(disguised(plain))), "MA127")
    assert found is (plain in NAMED_BABY_HOME)


def test_messages_quote_nothing_of_the_text() -> None:
    issues = check(record_from_data(_foster(FEEDS_OTHERWISE[0])), today=TODAY)
    assert all("three hours" not in i.message and "Mum" not in i.message for i in issues)


# --------------------------------------------------------------------------------------------- the baby's age now
OLDER = [
    "Now eight days old, the infant fed well overnight.",
    "The infant settled well and is 8 days old today.",
    "The newborn, now 9 days old, feeds well from the bottle.",
]
AS_OLD = [
    "Now five days old, the infant fed well overnight.",
    "The infant settled well and is 6 days old today.",
    "When the infant is 10 days old today's plan is reviewed.",
    "Her first baby is now 12 days old and lives with his father.",
    "Now two weeks old, her previous baby slept well in a cot.",
]


@pytest.mark.parametrize("text", OLDER + AS_OLD)
def test_an_age_told_now_is_read_against_the_days_since_the_birth(text: str) -> None:
    assert tells_span_past(text, 4) is (text in OLDER)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_age_now_is_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(OLDER + AS_OLD))
    assert tells_span_past(data.draw(disguised(plain)), 4) is (plain in OLDER)


def test_an_age_in_days_past_the_record_refuses_the_record() -> None:
    assert "$.assessments[0].conclusion" in _codes(_foster(_HEAD + OLDER[0]), "MA017")
    assert "$.assessments[0].conclusion" not in _codes(_foster(_HEAD + AS_OLD[0]), "MA017")


# ---------------------------------------------------------------------------------------------------- the EDD
EDD_OFF = [
    "Methadone 60 mg continues; her due date is 20/06/2026, and the ward scores the baby for 72 hours after birth.",
    "Methadone 60 mg continues. EDD: 2026-04-10. The ward scores the baby for 72 hours after birth.",
    "Methadone 60 mg continues and the baby is due on 19 June 2026; the ward scores it for 72 hours after birth.",
    # the day and month without a year: in the year nearest the record's EDD (found passing by mutation round 42)
    "Methadone 60 mg continues and the baby is due 21 June; the ward scores it for 72 hours after birth.",
    "Methadone 60 mg continues; her EDD is April 9. The ward scores the baby for 72 hours after birth.",
]
EDD_AS_RECORDED = [
    "Methadone 60 mg continues; her due date is 15/05/2026, and the ward scores the baby for 72 hours after birth.",
    "Methadone 60 mg continues. EDD: 2026-05-18. The ward scores the baby for 72 hours after birth.",
    "Methadone 60 mg continues; her EDD was 20/06/2026 until the dating scan moved it. The ward scores the baby "
    "for 72 hours after birth.",
    "Methadone 60 mg continues; her first baby's due date was 20/06/2023. The ward scores the baby for 72 hours "
    "after birth.",
    "Methadone 60 mg continues; her review is due on 20 June 2026. The ward scores the baby for 72 hours after birth.",
    # another thing due: a dose's or a review's due date, or "due on ... for" something else
    "Methadone 60 mg continues; the depot due date is 20/06/2026. The ward scores the baby for 72 hours after birth.",
    "Methadone 60 mg continues. She is due on 20 June 2026 for a drug service review. The ward scores the baby for "
    "72 hours after birth.",
    # the day and month without a year near the record's EDD, or of something else due
    "Methadone 60 mg continues and the baby is due 17 May; the ward scores it for 72 hours after birth.",
    "Methadone 60 mg continues; her EDD is May 14. The ward scores the baby for 72 hours after birth.",
    "Methadone 60 mg continues. She is due on 20 June for a drug service review. The ward scores the baby for 72 "
    "hours after birth.",
]


def _edd(text: str) -> set[str]:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    return _codes(data, "MA011")


@pytest.mark.parametrize("text", EDD_OFF + EDD_AS_RECORDED)
def test_an_edd_written_as_a_date_is_the_records(text: str) -> None:
    assert ("$.assessments[0].conclusion" in _edd(text)) is (text in EDD_OFF)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_edd_is_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(EDD_OFF + EDD_AS_RECORDED))
    assert told_edds(data.draw(disguised(plain))) == told_edds(plain)
    assert told_edd_days(data.draw(disguised(plain))) == told_edd_days(plain)


def test_the_edds_read_are_the_dates_told() -> None:
    assert told_edds(EDD_OFF[0]) == [dt.date(2026, 6, 20)]
    assert told_edds(EDD_AS_RECORDED[2]) == told_edds(EDD_AS_RECORDED[3]) == []
    assert told_edd_days(EDD_OFF[3]) == [(6, 21)] and told_edds(EDD_OFF[3]) == []
    assert told_edd_days(EDD_OFF[0]) == []  # a date with its year is told_edds'


def test_a_day_without_its_year_is_read_in_the_year_nearest_the_edd() -> None:
    # 2 January beside an EDD of 30 December is three days after it, not a year before
    assert nearest_day(dt.date(2026, 12, 30), 1, 2) == dt.date(2027, 1, 2)
    assert nearest_day(dt.date(2027, 1, 3), 12, 31) == dt.date(2026, 12, 31)
    assert nearest_day(dt.date(2026, 3, 1), 2, 29) is None  # no 29 February in the years either side


# ------------------------------------------------------------------------------- a booking planned after the birth
_PARTNER = COMPLETE.parent / "postnatal-partner-quetiapine.json"
_NIGHTS = (
    "His quetiapine leaves him very hard to wake, so he does no night feeds and never sleeps beside the baby; she "
    "does the nights and the health visitor checks the crib at every visit. "
)
BOOKING_PLANNED = [
    _NIGHTS + "The practice nurse passes this on at her antenatal booking tomorrow.",
    _NIGHTS + "The midwife will go through it at the booking visit.",
]
BOOKING_NOT_PLANNED = [
    _NIGHTS + "Before any next pregnancy, she should mention his medicine at the booking appointment.",
    _NIGHTS + "At her booking appointment last year he was already on this dose.",
    _NIGHTS + "The health visitor goes through it at the new birth visit next week.",
]


def _partner(conclusion: str) -> set[str]:
    data: dict[str, Any] = json.loads(_PARTNER.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return _codes(data, "MA016")


@pytest.mark.parametrize("text", BOOKING_PLANNED + BOOKING_NOT_PLANNED)
def test_a_booking_planned_in_a_postnatal_record_plans_the_pregnancy(text: str) -> None:
    assert ("$.assessments[0].conclusion" in _partner(text)) is (text in BOOKING_PLANNED)


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_a_disguised_booking_is_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(BOOKING_PLANNED + BOOKING_NOT_PLANNED))
    assert ("$.assessments[0].conclusion" in _partner(data.draw(disguised(plain)))) is (plain in BOOKING_PLANNED)


# ---------------------------------------------------------------------------- the born baby dated before its birth
BORN_BEFORE = [
    _NIGHTS + "On 9 May 2026 the health visitor weighed the baby at home.",
    _NIGHTS + "The nursery nurse saw the crib with the baby asleep in it on 03/05/2026.",
    # two dates: the act is the nearer date's
    _NIGHTS + "The health visitor weighed the baby on 9 May 2026 and the cot was delivered on 25 May 2026.",
]
BORN_AFTER_OR_UNBORN = [
    _NIGHTS + "On 25 May 2026 the health visitor weighed the baby at home.",
    _NIGHTS + "The crib was seen on 03/05/2026, before the birth.",
    _NIGHTS + "The baby slept well on the scan on 03/05/2026, the sonographer said.",
    _NIGHTS + "Her first baby slept in this crib on 3 May 2025.",
    # the crib dated before the birth, the baby in it after: the acts are the later date's
    _NIGHTS + "The crib was put up on 04/05/2026, before the birth, and the baby slept in it on 26/05/2026.",
    _NIGHTS + "On 3 May 2026 the crib came, and on 25 May 2026 the health visitor weighed the baby in it.",
]


def _partner_dates(conclusion: str) -> set[str]:
    data: dict[str, Any] = json.loads(_PARTNER.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return _codes(data, "MA017")


@pytest.mark.parametrize("text", BORN_BEFORE + BORN_AFTER_OR_UNBORN)
def test_the_born_baby_is_not_there_before_its_birth(text: str) -> None:
    assert ("$.assessments[0].conclusion" in _partner_dates(text)) is (text in BORN_BEFORE)


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_a_disguised_baby_before_its_birth_is_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(BORN_BEFORE + BORN_AFTER_OR_UNBORN))
    found = "$.assessments[0].conclusion" in _partner_dates(data.draw(disguised(plain)))
    assert found is (plain in BORN_BEFORE)
