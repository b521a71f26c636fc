"""MA017: counts and spans of time that cannot be true (mappings/day-counts.toml), both ways: more looks a day
than an interval in hours allows, more hours in a day or days in a week than there are, a span restated as another
span, more weekly checks in all than weeks of pregnancy are left, and more home visits a day than a health visitor
or midwife makes, refused; the same counts that fit, counts told "about", options joined by "or", intervals of
weeks and a care package's calls passed; disguised text judged like the plain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.day_counts import counts_impossible
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)

CANNOT_BE = [
    "Observations of the newborn 6-hourly, ten times a day, on the postnatal ward.",
    "The infant is scored every 3 hours, 12 times daily, until discharge.",
    "Feeds every 3 hours, ten times a day.",
    # an interval kept apart at most, or an approximating word not right before it, approximates no count
    "The newborn is fed at most every four hours, eleven times in a day.",
    "Around the clock on the ward the infant is checked every 6 hours, nine times daily.",
    # the interval in number words
    "The infant is weighed and fed every three hours, eleven times daily.",
    "Observations of the newborn six-hourly, 9 times a day, on the postnatal ward.",
    "Abstinence scoring on the ward for three days, 26 hours a day.",
    "The foster carer is with the infant 9 days a week for the first month.",
    "The newborn is observed for 24 hours, i.e. four days, before going home.",
    "Adaptation observations for 3 days (120 hours) on the postnatal ward.",
    "Lamotrigine levels monthly, then weekly from 38 weeks, a total of nine weekly levels before delivery.",
    "Serum levels weekly from 34/40, ten weekly checks in total.",
    "The community midwife calls in at home, five visits a day for the first fortnight.",
    # the count named by its events, not "times"
    "Ibuprofen 400 mg every six hours, six doses a day, for her back pain.",
    "The foster carer gives bottle feeds 2-hourly, fifteen feeds a day, and logs them.",
    "On the ward the infant is scored every 4 hours, 9 scores a day.",
    # where the span is counted from, between the span and its restatement
    "The newborn is scored for 24 hours from delivery, i.e. for three days, on the postnatal ward.",
    "The infant stays on the ward for 3 days after the birth (120 hours) for adaptation checks.",
]
CAN_BE = [
    "Observations of the newborn 6-hourly, four times a day, on the postnatal ward.",
    "The infant is scored every 3 hours, 8 times daily, until discharge.",
    "Feeds 3-hourly, about 9 times a day.",
    # told about, right after the interval: the gap must not take the approximating word
    "Feeds every 3 hours, about ten times a day.",
    "Checks every 4 hours, roughly eight times a day.",
    # told about before the interval: the whole pair approximated, the count with it
    "The infant takes a bottle roughly every three hours, eleven times daily.",
    "Breastfeeds approximately 2-hourly, 13 times a day, on the ward.",
    "Fed at least every 4 hours, ten times in a day.",
    "Abstinence scoring on the ward for three days, 24 hours a day.",
    "The foster carer is with the infant 7 days a week for the first month.",
    "The newborn is observed for 24 hours, i.e. one day, before going home.",
    "Adaptation observations for 3 days (72 hours) on the postnatal ward.",
    "Watch for 48 hours or 5 days if she breastfeeds.",
    "Observed for 36 hours, that is about a day and a half.",
    "Lamotrigine levels monthly, then weekly from 38 weeks, a total of four weekly levels before delivery.",
    "Weekly levels from 36 weeks (four or five before birth).",
    "Serum levels weekly from 34/40, eight-weekly reviews with the consultant.",
    "The community midwife visits twice a day for the first week, 2 visits a day at most.",
    # no health visitor or midwife named: a care package may call four times a day
    "Her care package continues after the birth, four visits a day from the agency carers.",
    "The baby sleeps about 16 hours a day.",
    "Scores every 4 hours, six times a day, for 72 hours.",
    "The infant is weighed and fed every three hours, eight times daily.",
    "Observations of the newborn six-hourly, four times a day, on the postnatal ward.",
    # events that fit, a bound kept, a range's upper end and what a dose is made of
    "Ibuprofen 400 mg every six hours when needed, at most four doses a day.",
    "Codeine every 4 hours if needed, no more than six doses a day.",
    "The foster carer gives bottle feeds every 3 hours, 8 feeds a day.",
    "Bottle feeds every 3 hours, 8 to 12 feeds a day as the baby wants.",
    "Paracetamol 500 mg tablets every 4 hours, eight tablets a day at most.",
    # counted from the birth and restated as the same span, or followed by a later contact, not a restatement
    "The newborn is scored for 24 hours from delivery, i.e. for one day, on the postnatal ward.",
    "The infant stays on the ward for 3 days after the birth (72 hours) for adaptation checks.",
    "The newborn is scored for 24 hours from delivery, then the midwife visits at three days.",
]


@pytest.mark.parametrize("text", CANNOT_BE)
def test_a_count_or_span_that_cannot_be_is_read(text: str) -> None:
    assert counts_impossible(text)


@pytest.mark.parametrize("text", CAN_BE)
def test_a_count_or_span_that_fits_passes(text: str) -> None:
    assert not counts_impossible(text)


def _ma017(conclusion: str) -> list[str]:
    data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    return [i.message for i in check(record_from_data(data), today=TODAY) if i.code == "MA017"]


def test_the_rule_refuses_at_the_conclusion_and_quotes_nothing() -> None:
    messages = _ma017(CANNOT_BE[0])
    assert messages
    assert not any(word in m for m in messages for word in ("6-hourly", "ten", "postnatal ward"))
    assert not _ma017(CAN_BE[0])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_disguised_text_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from([*CANNOT_BE, *CAN_BE]))
    assert counts_impossible(data.draw(disguised(plain))) is counts_impossible(plain)
