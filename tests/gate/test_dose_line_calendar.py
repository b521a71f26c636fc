"""MA017: a medicine's dose line and the reason for an amendment are read for their calendar, as a manual
hand-over's description is: a day its month does not have ("until 30 June 2026"), 29 February of a year that is not
a leap year, or a weekday its date does not fall on, refused at the field; a real last day of the month, 29 February
of a leap year and a dose line with no date pass. Only the calendar is read: a dose line's dates are the
prescription's, not what the record tells done. Worded apart from the red-team corpora; a disguise changes no
verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)

CANNOT_BE = [
    "Two tablets (100 mg) each morning until 31 June 2026, then review by the prescriber",
    "Two tablets (100 mg) once daily; next supply due 30/02/2026",
    "Two tablets (100 mg) once daily from 29 Feb 2027",
    "Two tablets (100 mg) once daily, reduce to one on Monday 12 March 2026",
]
CAN_BE = [
    "Two tablets (100 mg) each morning until 30 June 2026, then review by the prescriber",
    "Two tablets (100 mg) once daily; next supply due 28/02/2026",
    "Two tablets (100 mg) once daily from 29 Feb 2028",
    "Two tablets (100 mg) once daily, reduce to one on Thursday 12 March 2026",
    "Two tablets (100 mg) once daily, 1/2 tablet if drowsy",
]


def _complete() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def _ma017_paths(data: dict[str, Any]) -> list[str]:
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA017"]


def _with_dose(dose: str) -> dict[str, Any]:
    data = _complete()
    data["medicines"][1]["dose"] = dose
    return data


def _amended(reason: str) -> dict[str, Any]:
    data = _complete()
    data.update(status="amended", version=2, amendment_reason=reason)
    return data


@pytest.mark.parametrize("dose", CANNOT_BE)
def test_a_dose_line_with_an_impossible_date_is_refused_at_the_line(dose: str) -> None:
    assert _ma017_paths(_with_dose(dose)) == ["$.medicines[1].dose"]


@pytest.mark.parametrize("dose", CAN_BE)
def test_a_dose_line_with_a_real_date_or_none_passes(dose: str) -> None:
    assert _ma017_paths(_with_dose(dose)) == []


def test_an_amendment_reason_is_read_for_its_calendar() -> None:
    told = "Sertraline raised to 100 mg on 31 September 2025; assessment and conclusion updated."
    assert _ma017_paths(_amended(told)) == ["$.amendment_reason"]
    assert _ma017_paths(_amended(told.replace("31 September", "30 September"))) == []


def test_the_message_quotes_nothing_of_the_line() -> None:
    issues = [i for i in check(record_from_data(_with_dose(CANNOT_BE[0])), today=TODAY) if i.code == "MA017"]
    assert issues
    assert not any(word in i.message for i in issues for word in ("31 June", "prescriber", "morning"))


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("dose", CANNOT_BE + CAN_BE)
def test_a_disguised_dose_line_gets_the_plain_verdict(dose: str, seed: int) -> None:
    disguised = disguise(dose, random.Random(seed))
    assert bool(_ma017_paths(_with_dose(disguised))) == (dose in CANNOT_BE)
