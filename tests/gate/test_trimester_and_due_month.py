"""MA011: the pregnancy's present told as a trimester ("now in her first trimester") or as the month the baby is
due, against the gestation and EDD the record gives (found passing by the hundred-and-twenty-third fresh corpus).
The example record is at 29+2 on its assessments' date, with an EDD of 15 May 2026; texts here are worded apart
from the corpus's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.written_times import due_months, present_trimesters, trimester_tolerance
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)

TRIMESTERS = {
    "Currently in the first trimester, she keeps taking methadone.": ((0, 14),),
    "She is now in her second trimester and methadone goes on.": ((13, 28),),
    "The pregnancy's into its third trimester.": (),  # "its" is no reading of the present here
    "The pregnancy is now in the 3rd trimester; methadone goes on.": ((26, 42),),
}
NOT_TRIMESTERS = [
    "The baby was exposed to methadone across the first trimester.",
    "Growth scans in the third trimester, and weekly reviews in the final trimester.",
    "The risk of this medicine is in the second trimester.",
    "If she is still in her first trimester at the next visit, the scan is rebooked.",
]
DUE = {
    "The baby is due in early September, and methadone continues.": ((9, None),),
    "Her due date is in mid-May; methadone continues.": ((5, None),),
    "She's due at the end of May 2026, on methadone.": ((5, 2026),),
}
NOT_DUE = [
    "Her review is due in May and her repeat prescription in June.",
    "Her first baby was due in August and came early.",
    "The baby is due on 15 May.",
    "If the baby is due in June after all, the scan is repeated.",
]


@pytest.mark.parametrize("text", list(TRIMESTERS))
def test_a_present_trimester_is_read(text: str) -> None:
    assert present_trimesters(text) == TRIMESTERS[text]


@pytest.mark.parametrize("text", NOT_TRIMESTERS)
def test_trimesters_of_history_plans_and_conditions_are_not_read(text: str) -> None:
    assert present_trimesters(text) == ()


@pytest.mark.parametrize("text", list(DUE))
def test_a_due_month_is_read(text: str) -> None:
    assert due_months(text) == DUE[text]


@pytest.mark.parametrize("text", NOT_DUE)
def test_other_things_due_dates_and_conditions_are_not_read(text: str) -> None:
    assert due_months(text) == ()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_trimester_or_month_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from([*TRIMESTERS, *NOT_TRIMESTERS, *DUE, *NOT_DUE]))
    text = data.draw(disguised(plain))
    assert present_trimesters(text) == present_trimesters(plain)
    assert due_months(text) == due_months(plain)


def _ma011(text: str, *, date: str | None = None) -> list[tuple[str, str]]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = text
    if date is not None:
        for a in data["assessments"]:
            a["date"] = date
        data["overall_conclusion"]["date"] = date
        data["pregnancy"]["gestation"]["on"] = date
        data["pregnancy"]["gestation"]["weeks"] = 20
        data["pregnancy"]["gestation"]["days"] = 0
        data["pregnancy"]["edd"] = (dt.date.fromisoformat(date) + dt.timedelta(days=140)).isoformat()
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA011"]


@pytest.mark.parametrize(
    "text",
    [
        "Methadone 60 mg continues; she is now in her first trimester and the ward watches the baby after birth.",
        "Methadone 60 mg continues; the baby is due in late August and the ward watches the baby after birth.",
        "Methadone 60 mg continues; EDD is in February 2026 and the ward watches the baby after birth.",
    ],
)
def test_a_trimester_or_due_month_weeks_from_the_records_is_refused(text: str) -> None:
    [(path, message)] = _ma011(text)
    assert path == "$.assessments[0].conclusion"
    assert "trimester" in message and "first" not in message and "August" not in message  # quotes nothing


@pytest.mark.parametrize(
    "text",
    [
        "Methadone 60 mg continues; she is now in her third trimester and the ward watches the baby after birth.",
        "Methadone 60 mg continues; the baby is due in mid-May and the ward watches the baby after birth.",
        "Methadone 60 mg continues; the baby is due early in May and the ward watches the baby after birth.",
        "Methadone 60 mg continues; her first baby was due in August, and this baby is watched after birth.",
    ],
)
def test_the_records_own_trimester_and_month_stand(text: str) -> None:
    assert _ma011(text) == []


def test_it_is_judged_on_the_conclusions_own_date() -> None:
    # At 20 weeks on the day it was written, the second trimester is the present.
    text = "Methadone 60 mg continues; she is in her second trimester and the baby is watched after birth."
    assert _ma011(text, date="2026-01-05") == []
    assert _ma011(text.replace("second", "third"), date="2026-01-05") != []


def _ma011_at(text: str, weeks: int, days: int = 0) -> list[tuple[str, str]]:
    """MA011's findings with the record at ``weeks``+``days`` on 5 January 2026, by its gestation and its EDD alike."""
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = text
    on = "2026-01-05"
    for a in data["assessments"]:
        a["date"] = on
    data["overall_conclusion"]["date"] = on
    data["pregnancy"]["gestation"] = {"weeks": weeks, "days": days, "on": on}
    data["pregnancy"]["edd"] = (dt.date.fromisoformat(on) + dt.timedelta(days=280 - 7 * weeks - days)).isoformat()
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA011"]


_THIRD = "Methadone 60 mg continues; she is now in her third trimester, and the ward scores the baby after birth."
_SECOND = "Methadone 60 mg continues; she is now in her second trimester, and the ward scores the baby after birth."


@pytest.mark.parametrize(("text", "weeks"), [(_THIRD, 24), (_THIRD, 23), (_SECOND, 11), (_SECOND, 30)])
def test_a_trimester_a_week_and_more_outside_its_weeks_by_both_datings_is_refused(text: str, weeks: int) -> None:
    # [trimester_now] tolerance_days: a week either side of the trimester's weeks, not MA011's two for the datings.
    [(path, _message)] = _ma011_at(text, weeks)
    assert path == "$.assessments[0].conclusion"


@pytest.mark.parametrize(
    ("text", "weeks", "days"),
    [(_THIRD, 25, 0), (_THIRD, 26, 3), (_THIRD, 28, 0), (_SECOND, 12, 0), (_SECOND, 27, 6), (_SECOND, 29, 6)],
)
def test_a_trimester_the_record_gives_or_a_week_from_it_stands(text: str, weeks: int, days: int) -> None:
    assert _ma011_at(text, weeks, days) == []


@settings(max_examples=10, deadline=None)
@given(st.data())
def test_a_disguised_trimester_outside_its_weeks_is_refused_as_the_plain(data: st.DataObject) -> None:
    text = data.draw(disguised(_THIRD))
    assert [p for p, _ in _ma011_at(text, 24)] == ["$.assessments[0].conclusion"]
    assert _ma011_at(text, 25) == []


DUE_AFTER_AN_ASIDE = {
    "Pregnancy on methadone, due in late October; the ward scores the baby after birth.": ((10, None),),
    "Mum at 20 weeks, due toward the end of May, stays on methadone.": ((5, None),),
    "The pregnancy, at 30 weeks, is due in late October; methadone goes on.": ((10, None),),
    "She, on methadone, is due at the start of May.": ((5, None),),
}
NOT_DUE_AFTER_AN_ASIDE = [
    "Mum on methadone and her depot due in October; the ward scores the baby after birth.",
    "Mum on methadone, depot due in October; the ward scores the baby after birth.",
    "Pregnancy on methadone, with the dentist due in October; the ward scores the baby after birth.",
    "Mum, on methadone and her depot, due in October; the ward scores the baby after birth.",
    "She, on methadone, has her depot due in October.",
]


@pytest.mark.parametrize("text", list(DUE_AFTER_AN_ASIDE))
def test_a_due_month_after_the_medicine_or_gestation_she_is_at_is_read(text: str) -> None:
    assert due_months(text) == DUE_AFTER_AN_ASIDE[text]


@pytest.mark.parametrize("text", NOT_DUE_AFTER_AN_ASIDE)
def test_another_thing_due_after_an_aside_is_not_read(text: str) -> None:
    assert due_months(text) == ()


def test_a_due_month_after_an_aside_is_judged_against_the_edd() -> None:
    # The record's EDD is 15 May 2026: October is months from it, May is its own month.
    [(path, _message)] = _ma011("Pregnancy on methadone, due in late October; the ward scores the baby after birth.")
    assert path == "$.assessments[0].conclusion"
    assert _ma011("Pregnancy on methadone, due in mid-May; the ward scores the baby after birth.") == []
    [(path, _message)] = _ma011("The pregnancy, at 30 weeks, is due in late October; methadone goes on.")
    assert path == "$.assessments[0].conclusion"
    assert _ma011("The pregnancy, at 30 weeks, is due in mid-May; methadone goes on.") == []


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_disguised_due_month_after_an_aside_is_read_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from([*DUE_AFTER_AN_ASIDE, *NOT_DUE_AFTER_AN_ASIDE]))
    assert due_months(data.draw(disguised(plain))) == due_months(plain)


def test_the_trimester_tolerance_is_a_week_and_never_more_than_the_datings() -> None:
    assert trimester_tolerance(14) == 7
    assert trimester_tolerance(3) == 3
