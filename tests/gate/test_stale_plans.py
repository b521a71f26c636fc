"""MA017, a plan dated before the part holding it was written, and MA016, this baby's birth told as done in a record
marked antenatal: both ways, at the rule and in the readers, disguised text judged like the plain. Also the clause
a date's report is read in ends at the mark right after the date ("on 04/06/2026; ..."). Worded apart from the
fresh corpora's texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.written_dates import plans_before, plans_before_birth, reports_done_after, tells_birth_done
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)
WRITTEN = dt.date(2026, 3, 2)  # the example's assessments and overall conclusion

STALE = [
    "The perinatal psychiatrist will see her in clinic on 20 February 2026 to agree the dose.",
    "Her next ECG is due on 25/02/2026, with the result sent to the midwife.",
    "A joint review with the drug service is booked for 2026-02-27; no dose change until then.",
    "Sertraline stays at 100 mg and the mood review shall be on the 1st of March 2026.",
    "Next liver function bloods on 14/02/2026 at the surgery.",
]
NOT_STALE = [
    # The same plans on or after the day they were written.
    "The perinatal psychiatrist will see her in clinic on 20 March 2026 to agree the dose.",
    "Her next ECG is due on 02/03/2026, with the result sent to the midwife.",
    # Reports of what was planned and done, and periods begun on the date.
    "The ECG was due on 25/02/2026 and was done that week; it was normal.",
    "The clinic visit planned for 20 February 2026 went ahead as arranged.",
    "The joint review is booked for 27/02/2026 and took place with both teams.",
    "She will stay on the dose she started on 14 February 2026.",
    "She will keep to 60 mg from 14 February 2026, the dose the drug service set.",
    # A past date with no plan, and a place, not what comes next.
    "Her ECG on 25/02/2026 was normal; methadone continues at 60 mg.",
    "The Moses basket next to her bed was inspected on 20/02/2026.",
]
AFTER_BIRTH_STALE = "Health visitor mood screen at the new birth visit on 20/02/2026, then monthly."
AFTER_BIRTH_ELSEWHERE = "Her first baby's new birth visit on 20/02/2025 found the cot safe."
PLAN_MESSAGE = (
    "the text plans an event for a date before the part holding it was written (expected a plan dated on or "
    "after the day it was written, or the event reported as done)"
)


def complete() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def fired(data: dict[str, Any], code: str) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == code]


@pytest.mark.parametrize("text", STALE + NOT_STALE)
def test_a_plan_dated_before_it_was_written_is_read_and_reports_are_not(text: str) -> None:
    assert plans_before(text, WRITTEN) is (text in STALE)


def test_the_same_day_is_no_stale_plan() -> None:
    assert not plans_before("She will be reviewed on 02/03/2026 by the GP.", WRITTEN)
    assert plans_before("She will be reviewed on 01/03/2026 by the GP.", WRITTEN)


def test_an_event_after_birth_is_a_plan_only_in_an_antenatal_record_and_only_this_babys() -> None:
    assert plans_before(AFTER_BIRTH_STALE, WRITTEN, antenatal=True)
    assert not plans_before(AFTER_BIRTH_STALE, WRITTEN)
    assert not plans_before(AFTER_BIRTH_ELSEWHERE, WRITTEN, antenatal=True)
    assert not plans_before(AFTER_BIRTH_STALE.replace("2026", "2027"), WRITTEN, antenatal=True)


def test_a_stale_plan_is_refused_at_its_path_and_a_plan_ahead_passes() -> None:
    data = complete()
    data["assessments"][1]["recommendations"] = STALE[0]
    assert fired(data, "MA017") == [("$.assessments[1].recommendations", PLAN_MESSAGE)]
    data["assessments"][1]["recommendations"] = NOT_STALE[0]
    assert fired(data, "MA017") == []


def test_a_stale_plan_in_the_overall_conclusion_is_judged_by_its_date() -> None:
    data = complete()
    data["overall_conclusion"]["text"] += " " + STALE[1]
    assert fired(data, "MA017") == [("$.overall_conclusion.text", PLAN_MESSAGE)]
    data["overall_conclusion"]["date"] = "2026-02-20"
    assert fired(data, "MA017") == []


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_plan_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(STALE + NOT_STALE))
    assert plans_before(data.draw(disguised(plain)), WRITTEN) == plans_before(plain, WRITTEN)


# A report is read in its own clause: a mark right after the date ends it, so a past in the next clause tells of
# that clause's event, not the dated one.
SIGNED = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Growth scan on 04/04/2026; iron tablets begun yesterday.",
        "The review will be on 20 March 2026 and the ECG on 2026-04-01; her dose was lowered last week.",
        "Anaesthetic clinic (08/04/2026) booked, lamotrigine checked against the list.",
        "Cardiology clinic on 8 April 2026: dose reduced today by the GP.",
        # "for" before the date names the day the thing given is for.
        "Letter posted and cardiology appointment given for 2026-04-08. Lamotrigine stays at 200 mg.",
    ],
)
def test_a_past_after_the_mark_that_ends_a_dated_clause_reports_nothing_of_the_date(text: str) -> None:
    assert not reports_done_after(text, SIGNED)


def test_a_past_in_the_dated_clause_still_reports() -> None:
    assert reports_done_after("Growth scan on 04/04/2026 was normal; iron continues.", SIGNED)
    assert reports_done_after("Iron continues; growth scan done on 04/04/2026.", SIGNED)


BORN = [
    "Sertraline continued throughout. The baby was discharged on day 3, feeding well from the bottle.",
    "The newborn was observed for three days for withdrawal, and went home with her mother.",
    "Methadone continues, and the baby went home on day 4 after low scores.",
    # What only a born baby can have had done to it, in the passive.
    "Lamotrigine unchanged; the newborn was given its first immunisations and feeds well.",
    "Citalopram continues. The infant was weighed by the midwife and is back to birth weight.",
    "The baby was treated with oral morphine for withdrawal and is now settled.",
]
NOT_BORN = [
    "The baby will be observed for three days for withdrawal, and may go home on day 4.",
    "Her first baby was observed for five days on the neonatal unit.",
    "Plan: baby scored for withdrawal on the ward for three days; baby fed on demand.",
    "In her last pregnancy the baby went home on day 6 after treatment for withdrawal.",
    "If the baby was born before 37 weeks, the neonatal team reviews him first.",
    "The baby was exposed to methadone from conception and grows well on the scans.",
    "Her son, born in 2019, was observed for withdrawal for 5 days.",
    "The baby was observed on the ward for 4 days in 2022 with no withdrawal.",
    "The baby needs vitamin K at birth and will be weighed by the midwife on day 5.",
    "Her first baby was given phenobarbital on the neonatal unit, so this one is watched.",
    "She was given a leaflet about what happens to the baby at birth.",
    "If the baby was treated for withdrawal, the HV visits weekly until week 6.",
]
BORN_MESSAGE = (
    "the record is marked antenatal but the text tells the baby's birth or stay after birth as done (expected "
    "stage postnatal once the baby is born, or the care after birth written as a plan)"
)


@pytest.mark.parametrize("text", BORN + NOT_BORN)
def test_this_babys_birth_told_as_done_is_read_and_plans_and_other_babies_are_not(text: str) -> None:
    assert tells_birth_done(text) is (text in BORN)


def test_a_birth_told_as_done_is_refused_only_in_an_antenatal_record() -> None:
    data = complete()
    data["assessments"][0]["conclusion"] += " " + BORN[0]
    assert fired(data, "MA016") == [("$.assessments[0].conclusion", BORN_MESSAGE)]
    data["assessments"][0]["conclusion"] = data["assessments"][0]["conclusion"].replace(BORN[0], NOT_BORN[0])
    assert fired(data, "MA016") == []


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_birth_told_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(BORN + NOT_BORN))
    assert tells_birth_done(data.draw(disguised(plain))) == tells_birth_done(plain)


# The baby's care after birth told as done, in words other than the birth's own: an act in the past with a time
# after the birth or a day of life.
CARE_DONE = [
    "Lamotrigine unchanged. The neonatal nurse examined the newborn on day 2 and found him well.",
    "Sertraline continues; the paediatric registrar assessed the baby in the first hours after delivery.",
    "Serum level was checked 8 hours after the birth and came back at 0.5.",
    "Blood glucose measured 6 hours after delivery was normal; feeding is established.",
]
CARE_PLANNED = [
    "Lamotrigine unchanged. The neonatal nurse will examine the newborn on day 2.",
    "The paediatric registrar is to assess the baby in the first hours after delivery.",
    "Serum level to be checked 8 hours after the birth.",
    "Her older son was examined on day 2 after delivery in 2020 and was well.",
    "Her previous baby was monitored for 72 hours after birth on the neonatal unit.",
    "Plan: newborn assessed for 72 hours after birth on the ward.",
    "The birth plan for the care after delivery was reviewed with her today.",
    "She was reviewed on day 2 of her antenatal admission.",
    "The sonographer checked the baby's growth; the paediatrician will see the baby after birth.",
]


@pytest.mark.parametrize("text", CARE_DONE + CARE_PLANNED)
def test_care_after_birth_told_as_done_is_read_and_plans_and_other_babies_are_not(text: str) -> None:
    assert tells_birth_done(text) is (text in CARE_DONE)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_care_told_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(CARE_DONE + CARE_PLANNED))
    assert tells_birth_done(data.draw(disguised(plain))) == tells_birth_done(plain)


def test_care_after_birth_told_as_done_is_refused_in_an_antenatal_record() -> None:
    data = complete()
    data["assessments"][0]["conclusion"] += " " + CARE_DONE[0]
    assert fired(data, "MA016") == [("$.assessments[0].conclusion", BORN_MESSAGE)]
    data["assessments"][0]["conclusion"] = data["assessments"][0]["conclusion"].replace(CARE_DONE[0], CARE_PLANNED[0])
    assert fired(data, "MA016") == []


# MA016 the other way: a record marked postnatal that plans the pregnancy which has ended.
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
PLANS_PREGNANCY = [
    "Lamotrigine stays at 200 mg until term; the obstetric team will be told at the 38-week appointment.",
    "Sertraline 50 mg is to continue for the remainder of the pregnancy, with a growth scan every four weeks.",
    "At 37+1/40 the consultant midwife will agree where the baby sleeps on the postnatal ward.",
    "The couple are going to set up a Moses basket before baby is born, and the pre-birth meeting will decide "
    "who does nights.",
    "Infant feeding to be discussed at the antenatal class next month.",
]
REPORTS_PREGNANCY = [
    # The antenatal care reported as past, then the plan from now on.
    "At 38 weeks the obstetric team agreed the birth plan; the baby now sleeps in his own cot by the bed.",
    "Lamotrigine continued to term and stays at 200 mg while she breastfeeds.",
    # Another or a future pregnancy, the gestation the baby was born at, a baby's age.
    "Before she plans a future pregnancy the birth plan will need folic acid 5 mg from the start.",
    "The girl born at 35 weeks will be weighed twice a week by the health visitor.",
    "The neonatal follow-up at 40 weeks corrected age will check her feeding.",
    # The plan made then cited as the source of today's.
    "The baby will be watched for three days in line with the birth plan.",
    # Weeks that are the baby's, not a gestation.
    "Breastfeeding will continue for 26 weeks if she wishes; the health visitor will weigh the baby at 8 weeks.",
]
PREGNANCY_MESSAGE = (
    "the record is marked postnatal but the text plans the pregnancy that has ended (expected the care from now "
    "on, with the antenatal plans reported as past)"
)


@pytest.mark.parametrize("text", PLANS_PREGNANCY + REPORTS_PREGNANCY)
def test_the_pregnancy_planned_is_read_and_reports_of_it_are_not(text: str) -> None:
    assert plans_before_birth(text) is (text in PLANS_PREGNANCY)


def postnatal() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    return data


def test_the_pregnancy_planned_is_refused_only_after_the_birth() -> None:
    data = postnatal()
    data["assessments"][0]["conclusion"] += " " + PLANS_PREGNANCY[2]
    assert fired(data, "MA016") == [("$.assessments[0].conclusion", PREGNANCY_MESSAGE)]
    # An assessment written before the delivery may plan the birth.
    data["assessments"][0]["date"] = "2026-05-10"
    assert fired(data, "MA016") == []
    # So may a record marked antenatal.
    data = complete()
    data["assessments"][0]["conclusion"] += " " + PLANS_PREGNANCY[2]
    assert fired(data, "MA016") == []


def test_a_report_of_the_pregnancy_passes_in_a_postnatal_record() -> None:
    data = postnatal()
    data["overall_conclusion"]["text"] += " " + REPORTS_PREGNANCY[0]
    assert fired(data, "MA016") == []


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_plan_for_the_pregnancy_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PLANS_PREGNANCY + REPORTS_PREGNANCY))
    assert plans_before_birth(data.draw(disguised(plain))) == plans_before_birth(plain)


# The pregnancy planned with no marker (found passing by the ninety-seventh fresh corpus): a note with no verb that
# opens with an antenatal event and a gestation, or a thing still to come by its own words ("once the baby is born").
PLANS_PREGNANCY_UNMARKED = [
    "Lamotrigine unchanged. Antenatal appointment at 34/40 and a growth scan at 38/40 with the obstetric team.",
    "Growth scan at 30 and 34 weeks, birth on the labour ward with the paediatrician present.",
    "Keep the Moses basket by the bed when the baby arrives, and bottle feeds at night.",
]
REPORTS_PREGNANCY_UNMARKED = [
    "Growth scan at 30 and 34 weeks: both on the 50th centile. The baby sleeps in his cot by the bed.",
    "Antenatally: growth scans at 28 and 34 weeks. Lamotrigine stays at 200 mg while she breastfeeds.",
    "She had a growth scan at 34 weeks, which was reassuring; the health visitor now weighs the baby weekly.",
    "When the baby was born he fed well, and he is now watched at home by the health visitor.",
]


@pytest.mark.parametrize("text", PLANS_PREGNANCY_UNMARKED + REPORTS_PREGNANCY_UNMARKED)
def test_the_pregnancy_planned_with_no_marker_is_read_and_reports_of_it_are_not(text: str) -> None:
    assert plans_before_birth(text) is (text in PLANS_PREGNANCY_UNMARKED)


def test_a_note_planning_the_pregnancy_is_refused_in_a_postnatal_record() -> None:
    data = postnatal()
    data["assessments"][0]["conclusion"] += " " + PLANS_PREGNANCY_UNMARKED[1]
    assert fired(data, "MA016") == [("$.assessments[0].conclusion", PREGNANCY_MESSAGE)]
    data = postnatal()
    data["assessments"][0]["conclusion"] += " " + REPORTS_PREGNANCY_UNMARKED[0]
    assert fired(data, "MA016") == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_unmarked_plan_for_the_pregnancy_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PLANS_PREGNANCY_UNMARKED + REPORTS_PREGNANCY_UNMARKED))
    assert plans_before_birth(data.draw(disguised(plain))) == plans_before_birth(plain)


# A label before a colon is the subject of what follows it: another child's or pregnancy's label makes the event
# after birth no plan in an antenatal record; this baby's label, or a mark alone, does not.
LABELLED_ELSEWHERE = [
    "Older son: new birth visit on 12/02/2026 with the health visitor.",
    "Her last pregnancy: newborn examination on 12/02/2025 by the paediatrician.",
    "Sister (aged 2): 6-8 week check on 12/02/2026 at the practice.",
]
LABELLED_THIS_BABY = [
    "Newborn: new birth visit on 12/02/2026 with the health visitor.",
    "Next: 6-8 week check on 12/02/2026 at the practice.",
    "The infant's plan: newborn examination on 12/02/2026 by the paediatrician.",
]


@pytest.mark.parametrize("text", LABELLED_ELSEWHERE + LABELLED_THIS_BABY)
def test_a_label_before_a_colon_names_whose_event_after_birth_it_is(text: str) -> None:
    assert plans_before(text, WRITTEN, antenatal=True) is (text in LABELLED_THIS_BABY)


def test_a_labelled_event_of_another_baby_passes_and_this_babys_is_refused() -> None:
    data = complete()
    data["assessments"][1]["recommendations"] = LABELLED_ELSEWHERE[0]
    assert fired(data, "MA017") == []
    data["assessments"][1]["recommendations"] = LABELLED_THIS_BABY[0]
    assert fired(data, "MA017") == [("$.assessments[1].recommendations", PLAN_MESSAGE)]


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_labelled_event_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(LABELLED_ELSEWHERE + LABELLED_THIS_BABY))
    disguised_text = data.draw(disguised(plain))
    assert plans_before(disguised_text, WRITTEN, antenatal=True) == plans_before(plain, WRITTEN, antenatal=True)


# A phrase of time or place fronted and closed by a comma takes its verb from the clause after it (found passing by
# the hundred-and-first fresh corpus): "At the pre-birth review, the midwives will settle ..." plans the pregnancy.
PLANS_PREGNANCY_FRONTED = [
    "Sertraline goes on. At the birth planning session before the baby comes, the midwives will settle his feeds.",
    "Before the baby is born, the health visitor is to check the cot at the foster home.",
    "During the 36-week visit, the obstetrician will go through night feeds with the carer.",
]
REPORTS_PREGNANCY_FRONTED = [
    "Sertraline goes on. At the birth planning session at 35 weeks, the midwives settled his feeds.",
    "Before the baby was born, the health visitor checked the cot at the foster home.",
    # a phrase that is no time or place of the pregnancy: the plan is for now
    "Despite the birth plan, she will now bottle feed at night and the carer does the early feeds.",
    # the phrase is not fronted: the clause of the event holds no plan
    "Sertraline goes on, and at the birth planning session the midwives settled his feeds; he now feeds well.",
]


@pytest.mark.parametrize("text", PLANS_PREGNANCY_FRONTED + REPORTS_PREGNANCY_FRONTED)
def test_a_fronted_phrase_of_the_pregnancy_is_read_with_the_clause_after_its_comma(text: str) -> None:
    assert plans_before_birth(text) is (text in PLANS_PREGNANCY_FRONTED)


def test_a_fronted_plan_for_the_pregnancy_is_refused_in_a_postnatal_record() -> None:
    data = postnatal()
    data["assessments"][0]["conclusion"] += " " + PLANS_PREGNANCY_FRONTED[0]
    assert fired(data, "MA016") == [("$.assessments[0].conclusion", PREGNANCY_MESSAGE)]
    data = postnatal()
    data["assessments"][0]["conclusion"] += " " + REPORTS_PREGNANCY_FRONTED[0]
    assert fired(data, "MA016") == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_fronted_plan_for_the_pregnancy_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PLANS_PREGNANCY_FRONTED + REPORTS_PREGNANCY_FRONTED))
    assert plans_before_birth(data.draw(disguised(plain))) == plans_before_birth(plain)


# A range of days with its year dates its plan by its last day; a date alone after a comma dates the clause before
# it; in a record marked antenatal the baby's care "after birth" is to come, unless a past or another baby is told.
RANGED_STALE = [
    "Her mood review with the perinatal team is booked for 9-11 February 2026.",
    "Abstinence scoring of the newborn by the ward will run 20th-23rd January 2026.",
]
RANGED_NOT_STALE = [
    "Her mood review with the perinatal team is booked for 9-11 March 2026.",
    "Her mood review with the perinatal team is booked for 28 February-4 March 2026.",
    "The perinatal team saw her on 9-11 February 2026 and the dose stays.",
]
AFTER_BIRTH_TIMED_STALE = [
    "The ward nurses score the baby for three days after delivery, 12-15 January 2026.",
    "Paediatric check of the baby after the birth, 1 February 2026; formula feeds.",
]
AFTER_BIRTH_TIMED_NOT = [
    "The ward nurses score the baby for three days after delivery, 12-15 May 2026.",
    "The ward nurses scored her son for three days after delivery, 12-15 January 2023.",
    "Postnatal depression after the birth, 1 February 2024; sertraline helped then.",
    "The ward nurses score the baby for three days after delivery; her last review, 12 January 2026.",
]


@pytest.mark.parametrize("text", RANGED_STALE + RANGED_NOT_STALE)
def test_a_range_of_days_with_its_year_is_read_as_a_date(text: str) -> None:
    assert plans_before(text, WRITTEN) is (text in RANGED_STALE)


@pytest.mark.parametrize("text", AFTER_BIRTH_TIMED_STALE + AFTER_BIRTH_TIMED_NOT)
def test_the_babys_care_after_birth_dated_before_it_was_written_is_read_in_an_antenatal_record(text: str) -> None:
    assert plans_before(text, WRITTEN, antenatal=True) is (text in AFTER_BIRTH_TIMED_STALE)
    assert not plans_before(text, WRITTEN)


def test_a_range_before_the_record_is_refused_and_one_after_passes() -> None:
    data = complete()
    data["assessments"][0]["conclusion"] += " " + AFTER_BIRTH_TIMED_STALE[0]
    assert fired(data, "MA017") == [("$.assessments[0].conclusion", PLAN_MESSAGE)]
    data = complete()
    data["assessments"][0]["conclusion"] += " " + AFTER_BIRTH_TIMED_NOT[0]
    assert fired(data, "MA017") == []


def test_a_range_of_days_with_no_year_is_still_no_date() -> None:
    assert not plans_before("Her mood review is booked for 9-11 February.", WRITTEN)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_range_or_time_after_birth_is_judged_like_the_plain(data: st.DataObject) -> None:
    texts = RANGED_STALE + RANGED_NOT_STALE + AFTER_BIRTH_TIMED_STALE + AFTER_BIRTH_TIMED_NOT
    plain = data.draw(st.sampled_from(texts))
    assert plans_before(data.draw(disguised(plain)), WRITTEN, antenatal=True) == plans_before(
        plain, WRITTEN, antenatal=True
    )
