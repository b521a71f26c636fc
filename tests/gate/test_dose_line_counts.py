"""MA130 on a dose line's own numbers, both ways: an amount that is its count of the product's strength in another
unit, a count over a span its dose does not give, and a long-acting depot given far more often than one dose lasts
are refused; the same amounts in the right unit, counts that follow from the dose, the depot's own interval and
lines of another kind pass; a disguised name or line is judged as the plain one."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

REFUSED = [
    # a count of the product's strength, in a unit a thousandfold away
    ("Citalopram 20mg tablets", "one tablet (20 micrograms) each morning"),
    ("Quetiapine 100mg tablets", "three tablets (300 mcg) at night"),
    ("Pregabalin 75mg capsules", "150 micrograms (two capsules) twice a day"),
    ("Levothyroxine 25microgram tablets", "two tablets (50 mg) before breakfast"),
    ("Paracetamol 500mg tablets", "two tablets (1 mg) four times a day"),
    # a count over a span that the dose and its doses a day do not give
    ("Citalopram 20mg tablets", "one tablet each morning, 14 tablets a week"),
    ("Pregabalin 75mg capsules", "one capsule twice a day, 7 capsules per week"),
    ("Quetiapine 100mg tablets", "three tablets (300 mg) at night, 42 tablets (one week's supply)"),
    ("Diazepam 2mg tablets", "one tablet three times daily, 14 tablets a fortnight"),
    # a depot given far more often than a dose lasts
    ("Depo-Provera 150mg/1ml suspension for injection", "150 mg IM once a day"),
    ("Medroxyprogesterone 150mg/1ml suspension for injection", "150 mg deep IM weekly"),
    ("Sayana Press 104mg/0.65ml suspension for injection", "104 mg subcutaneously every 7 days"),
    ("Depo-Provera", "one injection IM twice daily"),
    ("Sayana Press 104mg/0.65ml suspension for injection", "104 mg SC every 12 hours"),
]
PASSED = [
    # the right unit, a product in micrograms, an amount that is no unit slip (the element of an iron salt)
    ("Citalopram 20mg tablets", "one tablet (20 mg) each morning"),
    ("Levothyroxine 50microgram tablets", "two tablets (100 micrograms) before breakfast"),
    ("Quetiapine 100mg tablets", "300 mg (three tablets) at night"),
    ("Ferrous fumarate 210mg tablets", "one tablet (65 mg iron) twice a day"),
    ("Co-codamol 30mg/500mg tablets", "two tablets (60 micrograms codeine) four times a day"),
    # a count that follows from the dose, a supply of days, a ceiling, uneven days, a range, as needed
    ("Citalopram 20mg tablets", "one tablet each morning, 7 tablets a week"),
    ("Pregabalin 75mg capsules", "one capsule twice a day, 28 capsules (two weeks' supply)"),
    ("Quetiapine 100mg tablets", "three tablets at night, 28 days' supply"),
    ("Diazepam 2mg tablets", "one tablet at night, no more than 3 tablets a week"),
    ("Diazepam 2mg tablets", "one tablet daily on weekdays, 5 tablets a week"),
    ("Paracetamol 500mg tablets", "one to two tablets four times a day, 56 tablets a week"),
    ("Paracetamol 500mg tablets", "two tablets when needed, 16 tablets a week"),
    ("Citalopram 20mg tablets", "one tablet in the morning and one tablet at night, 14 tablets a week"),
    ("Methotrexate 2.5mg tablets", "four tablets once a week, 4 tablets a week"),
    # a depot at its interval, early or late within weeks of it, with no interval, or the ingredient by mouth
    ("Depo-Provera 150mg/1ml suspension for injection", "150 mg deep IM every 12 weeks"),
    ("Sayana Press 104mg/0.65ml suspension for injection", "104 mg SC every thirteen weeks, self-injected"),
    ("Medroxyprogesterone 150mg/1ml suspension for injection", "150 mg IM 3-monthly"),
    ("Depo-Provera 150mg/1ml suspension for injection", "150 mg IM every 10 weeks, early for travel"),
    ("Depo-Provera 150mg/1ml suspension for injection", "150 mg IM, next due 14 March"),
    ("Medroxyprogesterone 10mg tablets", "10 mg once daily for 10 days"),
    ("Depo-Provera 150mg/1ml suspension for injection", "150 mg IM every 12 weeks; previously the pill daily"),
    # a time of day is when a dose is given, not how often; "twice" alone is a course of two
    ("Sayana Press 104mg/0.65ml suspension for injection", "104 mg SC, self-injected in the morning"),
    ("Depo-Provera 150mg/1ml suspension for injection", "150 mg IM given twice so far, 12 weeks apart"),
]


def line_issues(name: str, dose: str) -> list[str]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["name"] = name
    data["medicines"][1]["dose"] = dose
    return [
        i.message
        for i in check(record_from_data(data), today=TODAY)
        if i.code == "MA130" and i.path == "$.medicines[1].dose"
    ]


@pytest.mark.parametrize(("name", "dose"), REFUSED)
def test_a_dose_line_whose_numbers_cannot_all_be_true_is_refused(name: str, dose: str) -> None:
    assert len(line_issues(name, dose)) == 1


@pytest.mark.parametrize(("name", "dose"), PASSED)
def test_a_dose_line_whose_numbers_agree_or_are_not_read_passes(name: str, dose: str) -> None:
    assert line_issues(name, dose) == []


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_disguised_name_or_line_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    name, dose = plain = data.draw(st.sampled_from(REFUSED + PASSED))
    if data.draw(st.booleans()):
        name = data.draw(disguised(name))
    else:
        dose = data.draw(disguised(dose))
    assert bool(line_issues(name, dose)) is (plain in REFUSED)
