"""Times, ages and numbers that cannot be right (MA017, and the conditions MA122 sets aside), both ways: a watch that
starts weeks after the window, a watch in thousands of hours, more hours than a day holds, a gestation past term
after "after", an anomaly scan put off to term, a level no one lives at, a trimester at a week past it, a birth after
the baby's own check, a day of life dated from a birth no plan expects, two times for one act, and a gap inside the
risk's window; and the good text that shares their surface. Disguised text is judged like the plain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.narrowed import names_impossible_level, without_narrowed
from medassess.gate.text import normalise
from medassess.gate.written_times import (
    times_clash,
    times_impossible_watch,
    times_more_than_its_span,
    times_scan_at_term,
    writes_impossible_gestation,
)
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)

LATE_START = [
    "Abstinence scoring of the newborn begins once the infant is eight weeks old.",
    "The health visitor observes the infant for tremor and irritability from the 8-week baby review onwards.",
    "Adaptation monitoring of the newborn by the community team commences at 2 months of age.",
]
EARLY_START = [
    "Abstinence scoring of the newborn for 3 days, then the health visitor weighs her from the 8-week review.",
    "The health visitor observes the infant for tremor on day 2; the GP sees her at the 8-week baby review.",
    "Her mood is reviewed from the 6-week postnatal check.",
    "Levels are checked weekly from 36 weeks; the ward looks for adaptation after birth.",
    "The GP reviews her mood at the 6-week check and the HV checks the baby's weight.",
    "Her tremor and irritability are monitored by the GP from the 6-week postnatal check.",
    "The drug service watches her for withdrawal from the 8-week postnatal review as the dose comes down.",
]


@pytest.mark.parametrize("text", LATE_START)
def test_a_watch_starting_weeks_after_the_window_is_read(text: str) -> None:
    assert times_impossible_watch(text)


@pytest.mark.parametrize("text", EARLY_START)
def test_a_watch_with_a_first_day_or_a_later_routine_check_passes(text: str) -> None:
    assert not times_impossible_watch(text)


THOUSANDS = [
    "Abstinence observations of the infant go on for the next 1,500 hours at home.",
    "The newborn is monitored for NAS for 3000 hours.",
]
HOURS_THAT_FIT = [
    "Abstinence observations of the infant go on for the next 120 hours, to day 5.",
    "The newborn is monitored for NAS hourly for the first 6 hours, then 4-hourly for 72 hours.",
]


@pytest.mark.parametrize("text", THOUSANDS + HOURS_THAT_FIT)
def test_a_watch_in_thousands_of_hours_is_read(text: str) -> None:
    assert times_impossible_watch(text) is (text in THOUSANDS)


OVER_THE_SPAN = [
    "The infant naps in the Moses basket 26 hours a day.",
    "Her partner is at home with the baby 9 days a week.",
    "The newborn wears the monitor for 30 h/day.",
]
WITHIN_THE_SPAN = [
    "The infant is in the Moses basket 24 hours a day, next to her bed.",
    "Her partner is at home with the baby 5 days a week.",
    "Observed for 36 hours, a day after the birth the paediatrician reviews her.",
    "Feeds last about 40 minutes an hour at first.",
]


@pytest.mark.parametrize("text", OVER_THE_SPAN + WITHIN_THE_SPAN)
def test_more_time_than_a_span_holds_is_read(text: str) -> None:
    assert times_more_than_its_span(text) is (text in OVER_THE_SPAN)


AFTER_TERM = [
    "The neonatal team scores the newborn only if the birth comes after 44 weeks.",
    "If she is delivered after 46 weeks, the paediatrician reviews the infant.",
]
AFTER_IN_TERM = [
    "After 41 weeks she will be offered induction.",
    "Sertraline was stopped after 52 weeks of treatment.",
    "The infant's hip review after 44 weeks of age is with the GP.",
]


@pytest.mark.parametrize("text", AFTER_TERM + AFTER_IN_TERM)
def test_a_gestation_past_term_after_after_is_read(text: str) -> None:
    assert writes_impossible_gestation(text) is (text in AFTER_TERM)


SCANS_AT_TERM = [
    "Fetal medicine will do the anomaly scan at 38 weeks.",
    "A fetal echocardiogram is arranged for 40/40.",
]
SCANS_IN_TIME = [
    "Fetal medicine will do the anomaly scan at 20 weeks and a growth scan at 36 weeks.",
    "The anomaly scan was normal and growth scans follow at 28, 32 and 38 weeks.",
    "A fetal echocardiogram is arranged for 22/40; delivery is planned at 39 weeks.",
]


@pytest.mark.parametrize("text", SCANS_AT_TERM + SCANS_IN_TIME)
def test_an_anomaly_scan_put_off_to_term_is_read(text: str) -> None:
    assert times_scan_at_term(text) is (text in SCANS_AT_TERM)


LEVELS_NO_ONE_HAS = [
    "The infant is reviewed only where the newborn's lithium level exceeds 35 mmol/L.",
    "Her lithium serum concentration of 80 mmol/L is acceptable.",
]
LEVELS_REAL = [
    "If her lithium level is above 1.0 mmol/L, the dose is reduced.",
    "Her lithium level was 0.7 mmol/L; sodium 140 mmol/L.",
    "Glucose above 25 mmol/L needs the diabetes team.",
]


@pytest.mark.parametrize("text", LEVELS_NO_ONE_HAS + LEVELS_REAL)
def test_a_level_no_one_lives_at_is_read(text: str) -> None:
    assert names_impossible_level(text) is (text in LEVELS_NO_ONE_HAS)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("formula feeds; the fmu scan goes ahead if she is in the second trimester at 33 weeks.", "formula feeds;"),
        ("formula feeds; the ward scores the infant only if the delivery is after the baby's newborn check.",
         "formula feeds;"),
        ("formula feeds; the paediatrician sees the infant only if the lithium level is above 40 mmol/l.",
         "formula feeds;"),
    ],
)
def test_a_condition_that_never_holds_is_set_aside(text: str, kept: str) -> None:
    assert " ".join(without_narrowed(normalise(text)).replace(" .", "").split()).strip(". ") == kept


@pytest.mark.parametrize(
    "text",
    [
        "the fmu scan goes ahead if she is in the second trimester at 20 weeks.",
        "the ward scores the infant only if she delivers after the 36-week appointment.",
        "the paediatrician sees the infant only if her lithium level is above 1.2 mmol/l.",
        "the dose is reviewed once she is out of the first trimester at 14 weeks.",
    ],
)
def test_a_condition_that_can_hold_stands(text: str) -> None:
    assert without_narrowed(normalise(text)) == normalise(text)


TWO_TIMES = [
    "Her level is checked within 12 hours of delivery, at the 6-week baby check.",
    "A blood spot is taken within 48 hours of birth, on day 9.",
]
ONE_TIME_EACH = [
    "Her level is checked within 12 hours of delivery, and at the 6-week baby check.",
    "Her level is checked within 12 hours of delivery, at 6 weeks and at 3 months.",
    "Her level is checked within 24 hours of delivery, at about 12 hours.",
    "Levels monthly, weekly from 36 weeks, within 24 hours of birth, at the 6-week check.",
]


@pytest.mark.parametrize("text", TWO_TIMES + ONE_TIME_EACH)
def test_two_times_for_one_act_that_cannot_both_hold_are_read(text: str) -> None:
    assert times_clash(text) is (text in TWO_TIMES)


GAPS = [
    "Abstinence may emerge until day 10: SCBU observed the infant to day 3 and the GP sees the infant on day 21.",
]
NO_GAPS = [
    "Abstinence may emerge until day 10: SCBU observed the infant to day 3, the midwife visits on days 4 to 10.",
    "Abstinence may emerge until day 10: SCBU observed the infant to day 3 and the parents ring with any tremor; "
    "the GP sees the infant on day 21.",
    "Abstinence may emerge until day 10: SCBU observed the infant to day 10 and the GP sees the infant on day 21.",
    "Abstinence may emerge until day 10: SCBU observed the infant to day 3 and the foster carer watches her, with "
    "the GP on day 21.",
]


@pytest.mark.parametrize("text", GAPS + NO_GAPS)
def test_a_gap_inside_the_risks_window_is_read(text: str) -> None:
    assert times_clash(text) is (text in GAPS)


def _ma017(conclusion: str) -> list[str]:
    data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return [i.message for i in check(record_from_data(data), today=TODAY) if i.code == "MA017"]


@pytest.mark.parametrize(
    "text", [LATE_START[0], THOUSANDS[0], OVER_THE_SPAN[0], SCANS_AT_TERM[0], LEVELS_NO_ONE_HAS[0], TWO_TIMES[0]]
)
def test_the_rule_refuses_each_at_the_conclusion_and_quotes_nothing(text: str) -> None:
    messages = _ma017(text)
    assert messages, text
    assert not any(w in m for m in messages for w in ("Moses", "1,500", "26", "38", "35", "lithium", "eight"))


PLAIN = [
    *LATE_START, *EARLY_START, *THOUSANDS, *HOURS_THAT_FIT, *OVER_THE_SPAN, *WITHIN_THE_SPAN, *AFTER_TERM,
    *AFTER_IN_TERM, *SCANS_AT_TERM, *SCANS_IN_TIME, *LEVELS_NO_ONE_HAS, *LEVELS_REAL, *TWO_TIMES, *ONE_TIME_EACH,
    *GAPS, *NO_GAPS,
]


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_disguised_text_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PLAIN))
    text = data.draw(disguised(plain))
    assert times_impossible_watch(text) == times_impossible_watch(plain)
    assert times_more_than_its_span(text) == times_more_than_its_span(plain)
    assert writes_impossible_gestation(text) == writes_impossible_gestation(plain)
    assert times_scan_at_term(text) == times_scan_at_term(plain)
    assert names_impossible_level(text) == names_impossible_level(plain)
    assert times_clash(text) == times_clash(plain)
