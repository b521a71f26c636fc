"""MA130 dose-impossible, both ways: a dose line of nothing or below zero is refused, a real one (fractions,
decimals, ranges, times, a taper to nothing, a stopped medicine, no amount at all) passes, and a disguised line
is judged as the plain one."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

MESSAGE = (
    "the dose line gives an amount of nothing or below zero (expected a dose above zero, or the line to say the "
    "medicine was stopped)"
)

NOTHING_OR_BELOW = [
    "minus 25 mg at bedtime",
    "\u221210 ml twice a day",
    "-2 tablets each morning",
    "(-50 micrograms) daily",
    "zero capsules each morning",
    "0.0 g with breakfast",
    "nil mg",
    "Nil",
    "none",
    "0 puffs",
    "0 at bedtime",
    "\uff10 ml in the evening",
]
REAL = [
    "\u00bd tablet in the evening",
    "0.5 mg each morning",
    "0.15 g in the evening",  # grams as a decimal (sertraline 150 mg: 1.2 g is above its 200 mg daily maximum)
    "as directed by the drug service",
    "when needed",
    "one to two tablets in the evening",
    "50 mg, reducing by 5 mg every two weeks",
    "0800 and 2000",
    "0.25 ml twice daily",
    "stopped at 12 weeks",
    "5 - 10 mg at bedtime",
    "- 100 mg each morning",
    "2.5-5 mg up to 4-hourly",
    "20 mg, tapering to 0 mg by 30 weeks",
    "0 mg since 14 weeks (stopped)",
    "one tablet on weekdays, no tablets at weekends",
    "10,000 units by injection each evening",
]


def dose_issues(dose: str) -> list[tuple[str, str]]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["dose"] = dose
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]


@pytest.mark.parametrize("dose", NOTHING_OR_BELOW)
def test_a_dose_of_nothing_or_below_zero_is_refused(dose: str) -> None:
    assert dose_issues(dose) == [("$.medicines[1].dose", MESSAGE)]


@pytest.mark.parametrize("dose", REAL)
def test_a_real_dose_line_passes(dose: str) -> None:
    assert dose_issues(dose) == []


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_disguised_dose_line_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(NOTHING_OR_BELOW + REAL))
    assert bool(dose_issues(data.draw(disguised(plain)))) is (plain in NOTHING_OR_BELOW)


CONTRADICTED = (
    "the conclusion gives the medicine at $.medicines[1] a dose its dose line contradicts (expected the "
    "conclusion's dose to agree with the medicine list's dose line)"
)

# The sertraline line is "Two tablets (100 mg) once daily" of "Sertraline 50mg tablets".
AT_ANOTHER_DOSE = [
    "Sertraline 700 mg each morning is to carry on; the maternity team will watch the baby for adaptation.",
    "Plan: sertraline at 5 mg remains the right choice; midwife to watch the baby after birth.",
    "Keep sertraline 0.7 g daily. The baby's paediatric team will check for adaptation symptoms.",
    # a limit word with no number after it bounds nothing
    "Sertraline 300 mg each morning carries on under the perinatal mental health team; baby watched for adaptation.",
    "Sertraline 700 mg stays the dose over the winter months; the baby will be watched for adaptation after birth.",
    "Above all, sertraline 5 mg is to carry on; the maternity team will watch the baby for adaptation.",
    "Sertraline at three hundred milligrams once daily goes on below the radar of no one; baby watched after birth.",
    # the dose now, after a dose before it, is read as any other; a past word with no dose now after it is no change
    "Sertraline was 100 mg, now 125 mg each morning, and carries on; the baby will be watched for adaptation.",
    "Sertraline was reviewed by the team, carries on at 125 mg each morning; the baby is watched after birth.",
    "Sertraline 125 mg now, as it was; the baby will be watched for adaptation after birth.",
]
AGREEING = [
    # the line's amount, the strength in the name, a multiple, in grams
    "Sertraline 100 mg each morning is to carry on; the maternity team will watch the baby for adaptation.",
    "Sertraline 50 mg tablets, two each morning, carry on; midwife to watch the baby after birth.",
    "Keep sertraline 0.1 g daily. The baby's paediatric team will check for adaptation symptoms.",
    "Sertraline 200 mg was the old dose in 2024; the baby will be watched for adaptation after birth.",
    # a word of change or a limit
    "Sertraline 150 mg from 30 weeks if her mood dips; the baby will be watched for adaptation.",
    "Increase sertraline to 150 mg. The baby will be watched for adaptation after birth.",
    "Sertraline up to 200 mg is acceptable; the baby will be watched for adaptation after birth.",
    "Sertraline is kept under 175 mg a day; the baby will be watched for adaptation after birth.",
    "Sertraline 175 mg at most, below about 180 mg; the baby will be watched for adaptation after birth.",
    "Sertraline 300 mg is safe for more than two weeks, the team says; the baby will be watched after birth.",
    # a dose before, then the dose now: a change told as one
    "Sertraline was 70 mg, now 100 mg each morning, and carries on at 100 mg; the baby is watched after birth.",
    "Sertraline 125 mg previously, currently 100 mg daily; the baby will be watched for adaptation after birth.",
    "Sertraline had been 35 mg each morning, at present 100 mg daily, continuing. Baby watched after birth.",
    # joined to another thing, too far from the name, or in another sentence
    "Sertraline and her folic acid 5 mg continue; the baby will be watched for adaptation after birth.",
    "Sertraline continues for her mood, as the baby's team agreed, who give vitamin D 10 micrograms daily.",
    "Sertraline continues; the baby will be watched for adaptation, feeds of 90 ml.",
    "Sertraline continues. Vitamin D 10 micrograms for the baby; midwife to watch for adaptation.",
    # a count, not a mass or volume
    "Sertraline two tablets each morning continues; the baby will be watched for adaptation.",
]


def conclusion_issues(conclusion: str) -> list[tuple[str, str]]:
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = conclusion
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]


@pytest.mark.parametrize("conclusion", AT_ANOTHER_DOSE)
def test_a_conclusion_at_a_dose_the_line_contradicts_is_refused(conclusion: str) -> None:
    assert conclusion_issues(conclusion) == [("$.assessments[1].conclusion", CONTRADICTED)]


@pytest.mark.parametrize("conclusion", AGREEING)
def test_a_conclusion_the_line_allows_or_that_speaks_of_a_change_passes(conclusion: str) -> None:
    assert conclusion_issues(conclusion) == []


def test_the_conclusion_is_compared_with_its_own_medicines_line() -> None:
    data: dict[str, Any] = complete()
    data["medicines"][0]["dose"] = "90 mg (90 ml) once daily, supervised consumption"
    issues = [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]
    assert issues == [("$.assessments[0].conclusion", CONTRADICTED.replace("medicines[1]", "medicines[0]"))]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_conclusion_is_compared_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(AT_ANOTHER_DOSE + AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in AT_ANOTHER_DOSE)


def test_a_dose_changed_after_the_assessment_is_left_to_ma108() -> None:
    data: dict[str, Any] = complete()
    data["medicines"][1]["dose"] = "Three tablets (150 mg) once daily"
    data["assessments"][1]["conclusion"] = "Sertraline 70 mg is to carry on; the baby will be watched for adaptation."
    assert {i.code for i in check(record_from_data(data), today=TODAY)} >= {"MA130"}
    data["medicines"][1]["last_changed"] = "2026-03-09"
    codes = {i.code for i in check(record_from_data(data), today=TODAY)}
    assert "MA108" in codes
    assert "MA130" not in codes


# Found by hand mutation (round 31, docs/safety/mutation-testing.md): each line tells the gate from one mutant of
# doses.py or mappings/doses.toml, both ways.
MUT31_NOTHING_OR_BELOW = [
    "negative 2.5 ml at night",  # "negative" is a sign word
    "nought mg in the morning",  # "nought" is a number word for nothing
    "zero puffs morning and night",  # "puffs" is a unit
    "zero x capsules with breakfast",  # "x" between the number and its unit
]
MUT31_REAL = [
    "10 -20 mg at night as needed",  # a minus after a number and a space is a range, not a sign
    "0 mg now, off since 16 weeks",  # "off" says the medicine was stopped
]


@pytest.mark.parametrize("dose", MUT31_NOTHING_OR_BELOW + MUT31_REAL)
def test_what_round_31_found_is_read_both_ways(dose: str) -> None:
    expected = [("$.medicines[1].dose", MESSAGE)] if dose in MUT31_NOTHING_OR_BELOW else []
    assert dose_issues(dose) == expected


# A conclusion that contradicts itself: a dose said to continue, and in another clause a different dose, or a
# different frequency, she is said to take now (MA130; found passing by the hundredth fresh corpus).
SELF_CONTRADICTED = (
    "the conclusion gives the medicine at $.medicines[1] a dose that continues and another it is taken at now "
    "(expected one dose, or the change said as a change)"
)
TWO_DOSES_NOW = [
    "Sertraline 100 mg once a day stays as it is. She is currently taking 150 mg daily; baby watched after birth.",
    "No change: sertraline 100 mg in the morning remains; she takes 50 mg bd. Baby watched for adaptation.",
    "Sertraline remains at 100 mg daily; she now takes 75 mg daily as of today. Baby watched after birth.",
    # a span after the dose that continues is no limit of it
    "Sertraline 100 mg daily remains as it is over the next 3 months. She takes 150 mg daily; baby watched.",
]
ONE_DOSE_NOW = [
    # the same day's dose in two doses, or tablets of a strength
    "Sertraline 100 mg daily remains; she takes 50 mg twice daily. Baby watched for adaptation after birth.",
    "Sertraline 100 mg once a day stays; she takes it as two 50 mg tablets. Baby watched after birth.",
    # a change told as one, or planned for later, or the dose before
    "Sertraline 100 mg daily remains for now; she will take 150 mg daily if her mood dips at 30 weeks.",
    "Sertraline stays at 100 mg daily, up from 50 mg in May; she takes 100 mg each morning.",
    "Sertraline 100 mg daily remains; the perinatal team may reduce to 50 mg after the birth, which she takes well.",
    # a limit of an amount keeps the dose that continues from being read as one
    "Sertraline 100 mg daily remains as it is, kept under 150 mg. She takes 150 mg daily; baby watched.",
    # another medicine's dose in the second clause
    "Sertraline 100 mg daily remains; she takes methadone 60 mg daily from the drug service.",
]


@pytest.mark.parametrize("conclusion", TWO_DOSES_NOW + ONE_DOSE_NOW)
def test_a_conclusion_giving_two_doses_now_contradicts_itself(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", SELF_CONTRADICTED)] if conclusion in TWO_DOSES_NOW else []
    assert [issue for issue in conclusion_issues(conclusion) if issue[1] == SELF_CONTRADICTED] == expected


# A day's amount beside a line of a known number of doses a day is the day's total, and an amount just before the
# name is that medicine's (found passing by the ninety-fourth fresh corpus). The line here is "50 mg twice daily":
# 100 mg a day.
TWICE_DAILY = "50 mg twice daily"
DAY_CONTRADICTED = [
    "At 60 mg a day sertraline is a small dose, so the baby needs no watching after birth.",
    "Sertraline 150 mg daily carries on; the maternity team will watch the baby for adaptation.",
    "Sertraline 50 mg per day is to carry on; the maternity team will watch the baby for adaptation.",
    "With 300 mg daily sertraline on board, the baby will be watched for adaptation after birth.",
]
DAY_AGREEING = [
    "At 100 mg a day sertraline goes on; the baby will be watched for adaptation after birth.",
    "She takes sertraline 50 mg twice a day (100 mg daily); the baby will be watched for adaptation.",
    "Sertraline 0.1 g per day carries on; the maternity team will watch the baby for adaptation.",
    # a dose, a tablet's strength: the looser tolerance stands
    "Sertraline 50 mg morning and night carries on; the baby will be watched for adaptation.",
    "Sertraline, two 25 mg tablets a dose, carries on; the baby will be watched for adaptation.",
    # a change planned
    "Sertraline comes down to 50 mg a day from next month; the baby will be watched for adaptation.",
    # another medicine's amount just before its own name
    "At 60 mg a day methadone, and sertraline as before; the baby will be watched for adaptation.",
    # a clause end between the amount and the name after it
    "At the usual 25 mg, sertraline carries on; the baby will be watched for adaptation after birth.",
]


def day_issues(conclusion: str, dose: str = TWICE_DAILY) -> list[tuple[str, str]]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["dose"] = dose
    data["assessments"][1]["conclusion"] = conclusion
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]


@pytest.mark.parametrize("conclusion", DAY_CONTRADICTED + DAY_AGREEING)
def test_a_days_amount_is_the_lines_daily_total_and_an_amount_before_the_name_is_its(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in DAY_CONTRADICTED else []
    assert day_issues(conclusion) == expected


@pytest.mark.parametrize("dose", ["25-50 mg twice daily", "50 mg twice daily when needed", "50 mg"])
def test_a_line_with_no_known_daily_total_keeps_the_looser_tolerance(dose: str) -> None:
    assert day_issues("Sertraline 150 mg daily carries on; the baby will be watched for adaptation.", dose) == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_self_contradiction_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(TWO_DOSES_NOW + ONE_DOSE_NOW))
    found = [i for i in conclusion_issues(data.draw(disguised(plain))) if i[1] == SELF_CONTRADICTED]
    assert bool(found) is (plain in TWO_DOSES_NOW)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_days_amount_is_compared_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(DAY_CONTRADICTED + DAY_AGREEING))
    assert bool(day_issues(data.draw(disguised(plain)))) is (plain in DAY_CONTRADICTED)


# One table of doses a day ([times_a_day] of mappings/doses.toml), read by both readings that count them: a day's
# amount against the dose line ("150 mg a day" beside "50 mg three times a day") and a dose restated in the
# conclusion ("150 mg daily remains; she takes 50 mg three times a day"). Each word counts the same in both: the
# day's total agrees in both readings, a day's amount one dose more is refused by both (without the count it would
# be a whole multiple of the dose, and pass).
FREQUENCIES = {
    "twice daily": 2,
    "two times a day": 2,
    "bd": 2,
    "b.d.": 2,
    "bid": 2,
    "every 12 hours": 2,
    "12 hourly": 2,
    "morning and night": 2,
    "morning and evening": 2,
    "three times a day": 3,
    "tds": 3,
    "t.d.s.": 3,
    "tid": 3,
    "every 8 hours": 3,
    "8 hourly": 3,
    "four times daily": 4,
    "qds": 4,
    "q.d.s.": 4,
    "qid": 4,
    "every 6 hours": 4,
    "6 hourly": 4,
    "five times a day": 5,
    "six times daily": 6,
}
SERTRALINE = frozenset({"sertraline"})


def _both_readings(frequency: str, day: int) -> tuple[bool, bool]:
    """(the line's reading, the restated reading) of a day's dose of ``day`` mg against 50 mg at ``frequency``."""
    from medassess.gate.doses import contradicted, self_contradicted

    against_line = contradicted(
        f"Sertraline {day} mg a day carries on; the baby will be watched for adaptation.",
        SERTRALINE,
        f"50 mg {frequency}",
        "Sertraline 50mg tablets",
    )
    restated = self_contradicted(
        f"Sertraline {day} mg daily remains as it is. She takes 50 mg {frequency}; baby watched after birth.",
        SERTRALINE,
    )
    return against_line, restated


@pytest.mark.parametrize(("frequency", "count"), FREQUENCIES.items())
def test_each_frequency_word_counts_the_same_doses_a_day_in_both_readings(frequency: str, count: int) -> None:
    assert _both_readings(frequency, 50 * count) == (False, False)
    assert _both_readings(frequency, 50 * (count + 1)) == (True, True)


def test_both_readings_read_one_table() -> None:
    from medassess.gate.doses import dose_words
    from medassess.gate.text import normalise

    words = dose_words()
    # every word of the table is tested above, both ways
    assert all(any(normalise(f).startswith(word) for f in FREQUENCIES) for word in words.times_a_day)
    for frequency, count in FREQUENCIES.items():
        found = words.times.search(normalise(frequency))
        assert found is not None and words.times_a_day[found.group()] == count
        after = words.times_after.match(normalise(" " + frequency))
        assert after is not None and words.times_a_day[after.group().strip()] == count


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_frequency_word_counts_the_same_in_both_readings(data: st.DataObject) -> None:
    from medassess.gate.doses import contradicted, self_contradicted

    frequency, count = data.draw(st.sampled_from(sorted(FREQUENCIES.items())))
    day = 50 * data.draw(st.sampled_from([count, count + 1]))
    line = data.draw(disguised(f"50 mg {frequency}"))
    conclusion = data.draw(disguised(f"Sertraline {day} mg a day carries on; the baby will be watched."))
    restated = data.draw(disguised(f"Sertraline {day} mg daily remains. She takes 50 mg {frequency}; baby watched."))
    expected = day != 50 * count
    assert contradicted(conclusion, SERTRALINE, line, "Sertraline 50mg tablets") is expected
    assert self_contradicted(restated, SERTRALINE) is expected


# A limit word before a time ("over the next 6 weeks", "for at least two months", "up to 2 weeks after the birth")
# tells how long, a span, not a limit of the dose: a contradicted dose in its sentence is still compared. A limit
# of an amount ("below 700 mg", "up to 700 mg a day") still keeps its sentence's amounts from being compared, and
# an amount the line allows passes beside a span. The line is "Two tablets (100 mg) once daily".
SPAN_CONTRADICTED = [
    "Sertraline 700 mg carries on over the coming 6 weeks; the baby will be watched for adaptation.",
    "Sertraline 350 mg is to continue for at least two months; the baby will be watched for adaptation.",
    "Keep sertraline 0.7 g each morning for up to 12 weeks. The baby's team will check for adaptation.",
    "Sertraline 700 mg goes on over the next two to three weeks; the baby will be watched for adaptation.",
    "Sertraline 700 mg each morning continues for more than a 3-month course; baby watched after birth.",
    "Sertraline 700 mg continues up to 2 weeks after the birth; the baby will be watched for adaptation.",
    "Sertraline 700 mg stays for under 48 hrs before she is seen again; the baby will be watched.",
]
SPAN_AGREEING = [
    # a limit of an amount beside a span still bounds the dose
    "Sertraline is kept below 700 mg over the next 3 months; the baby will be watched for adaptation.",
    "Sertraline up to 700 mg a day for at least 3 months; the baby will be watched for adaptation.",
    "Sertraline no more than seven tablets over two weeks; the baby will be watched for adaptation.",
    # an amount the line allows, beside a span
    "Sertraline 100 mg carries on over the coming 6 weeks; the baby will be watched for adaptation.",
    "Sertraline 100 mg each morning continues for more than two weeks; baby watched after birth.",
]


@pytest.mark.parametrize("conclusion", SPAN_CONTRADICTED + SPAN_AGREEING)
def test_a_limit_word_before_a_time_is_a_span_not_a_limit_of_the_dose(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in SPAN_CONTRADICTED else []
    assert conclusion_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_span_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(SPAN_CONTRADICTED + SPAN_AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in SPAN_CONTRADICTED)


# "until" is a change only with an amount after it in its sentence ("50 mg until 20 weeks, then 75 mg"): "continues
# until the review" bounds the dose she takes now in time, and it is compared ("from" before a time: see below).
# Nor is a word of change under a negation with no amount after it ("must not be stopped suddenly"): it says the
# dose stands. The line is "Two tablets (100 mg) once daily".
TIME_CONTRADICTED = [
    "Sertraline 700 mg each morning carries on until the review at 36 weeks; the baby will be watched after birth.",
    "Sertraline 700 mg is not to be stopped suddenly; the baby will be watched for adaptation after birth.",
    "Keep sertraline 0.7 g each morning, which must never be withdrawn abruptly. Baby watched after birth.",
]
TIME_AGREEING = [
    "Sertraline 100 mg each morning carries on until the review at 36 weeks; the baby will be watched after birth.",
    "Sertraline 100 mg is not to be stopped suddenly; the baby will be watched for adaptation after birth.",
    # the time moves the dose
    "Sertraline 50 mg until 20 weeks, then 700 mg; the baby will be watched for adaptation after birth.",
    "Sertraline 700 mg each morning from next week; the baby will be watched for adaptation after birth.",
    "From 30 weeks, sertraline 700 mg each morning; the baby will be watched for adaptation after birth.",
    # a negated change with an amount after it: no dose she takes
    "Do not increase sertraline to 700 mg; the baby will be watched for adaptation after birth.",
]


@pytest.mark.parametrize("conclusion", TIME_CONTRADICTED + TIME_AGREEING)
def test_a_time_or_a_negated_change_leaves_the_dose_compared(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in TIME_CONTRADICTED else []
    assert conclusion_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_time_or_negated_change_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(TIME_CONTRADICTED + TIME_AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in TIME_CONTRADICTED)


# An amount with a frequency right after it ("250 mg tds") beside a line of one amount taken as many times a day
# ("25 mg three times a day") is one dose of that day: it must be the line's amount or the tablet's strength (a
# dose of tablets of it), not any multiple of them. Another count of doses a day is read below (it must make the
# line's day total); a line of no known count keeps the looser tolerance; a second medicine named after the first
# dose does not take it out of reach.
THRICE_DAILY = "25 mg three times a day"
DOSE_CONTRADICTED = [
    "Sertraline 250 mg tds continues; the baby will be watched for adaptation after birth.",
    "Sertraline 150 mg three times daily and vitamin D 10 micrograms daily go on; baby watched after birth.",
    "Carry on with sertraline at 0.25 g t.d.s.; the baby will be watched for adaptation after birth.",
]
DOSE_AGREEING = [
    "Sertraline 25 mg tds continues; the baby will be watched for adaptation after birth.",
    "Sertraline 50 mg tds continues; the baby will be watched for adaptation after birth.",
    "Sertraline 25 mg three times daily and vitamin D 10 micrograms daily go on; baby watched after birth.",
    "Sertraline 75 mg a day, as 25 mg tds, continues; the baby will be watched for adaptation after birth.",
]


@pytest.mark.parametrize("conclusion", DOSE_CONTRADICTED + DOSE_AGREEING)
def test_a_dose_with_the_lines_frequency_is_the_lines_dose(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in DOSE_CONTRADICTED else []
    assert day_issues(conclusion, THRICE_DAILY) == expected


@pytest.mark.parametrize("dose", ["25-50 mg three times a day", "25 mg three times a day when needed", "25 mg"])
def test_a_line_with_no_known_count_keeps_the_looser_tolerance_for_a_dose(dose: str) -> None:
    assert day_issues("Sertraline 250 mg tds continues; the baby will be watched after birth.", dose) == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_dose_with_a_frequency_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(DOSE_CONTRADICTED + DOSE_AGREEING))
    assert bool(day_issues(data.draw(disguised(plain)), THRICE_DAILY)) is (plain in DOSE_CONTRADICTED)


# "from" before a time ("from 28/40", "from 30 weeks", "from day 5", "from the birth", "from today") tells when
# something begins: after other words (a plan of levels, scores, visits) it times that thing, and the dose in its
# sentence is compared. Right after an amount and its frequency ("700 mg each morning from next week") it is the
# day a new dose starts, and moves the dose; "from" before an amount ("from 100 mg to 700 mg") is a change as
# before. The line is "Two tablets (100 mg) once daily".
FROM_CONTRADICTED = [
    "Sertraline 700 mg goes on, her mood scored by the team fortnightly from 28 weeks; baby watched after birth.",
    "Sertraline 700 mg each morning carries on, with midwife visits twice weekly from 32/40. Baby watched.",
    "Keep sertraline 0.7 g each morning and check her sleep from day 5 after birth; the baby will be watched.",
    "Sertraline 700 mg continues; the baby's feeding charted from the birth onwards, with HV visits from today.",
    "Sertraline 700 mg each morning continues with a mood diary from 30+2 weeks; baby watched after birth.",
]
FROM_AGREEING = [
    # the listed dose beside a span
    "Sertraline 100 mg goes on, her mood scored by the team fortnightly from 28 weeks; baby watched after birth.",
    "Sertraline 100 mg each morning carries on, with midwife visits twice weekly from 32/40. Baby watched.",
    # a dose that starts then, or "from" before an amount: a change
    "Sertraline 700 mg each morning from 30 weeks; the baby will be watched for adaptation after birth.",
    "Sertraline 700 mg once daily from the third trimester; the baby will be watched for adaptation after birth.",
    "Sertraline goes from 100 mg to 700 mg; the baby will be watched for adaptation after birth.",
    "From day 3, sertraline 700 mg each morning; the baby will be watched for adaptation after birth.",
]


@pytest.mark.parametrize("conclusion", FROM_CONTRADICTED + FROM_AGREEING)
def test_from_before_a_time_is_a_span_unless_it_starts_a_dose(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in FROM_CONTRADICTED else []
    assert conclusion_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_from_span_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(FROM_CONTRADICTED + FROM_AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in FROM_CONTRADICTED)


# Amounts listed in the order of the medicines listed before them are each that medicine's ("A and B go on at X
# and Y", "respectively" or not); a list of amounts as long as no list of names, or a name that is not joined to the
# others, keeps the nearest-name reading. The lines are methadone 60 mg and sertraline 100 mg, once daily.
PAIRED_CONTRADICTED = [
    "Sertraline and methadone carry on at 60 mg and 100 mg; the baby will be watched for withdrawal and adaptation.",
    "Keep methadone (and sertraline) as they are, 90 mg and 100 mg daily. The baby will be watched after birth.",
    "Methadone, then sertraline, stay at 60 mg and 300 mg respectively; the baby is watched after birth.",
    # one medicine named twice, by its name and its brand, given two amounts: the second is its too (mutation
    # round 38's finding)
    "Lustral and sertraline are kept at 100 mg and 75 mg; the baby will be watched for adaptation after birth.",
    # a medicine and its brand listed together are one medicine for the amounts after them
    "Physeptone, methadone and sertraline stay at 100 mg and 60 mg; the baby is watched for withdrawal after birth.",
]
PAIRED_AGREEING = [
    "Keep methadone (and sertraline) as they are, 60 mg and 100 mg daily. The baby will be watched after birth.",
    "Methadone & sertraline remain unchanged at 60 mg, 100 mg respectively; the baby is watched after birth.",
    "Sertraline and methadone carry on at 100 mg and 60 mg; the baby will be watched for withdrawal and adaptation.",
    # a medicine and its brand, each given its amount in order
    "Physeptone, methadone and sertraline stay at 60 mg, 60 mg and 100 mg; the baby is watched for withdrawal.",
    # a medicine and its brand as one, with one amount for the two
    "Physeptone, methadone and sertraline stay at 60 mg and 100 mg; the baby is watched for withdrawal after birth.",
]


def overall_issues(text: str) -> list[str]:
    data: dict[str, Any] = complete()
    data["overall_conclusion"]["text"] = text
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]


@pytest.mark.parametrize("text", PAIRED_CONTRADICTED + PAIRED_AGREEING)
def test_amounts_listed_in_the_order_of_the_medicines_are_each_theirs(text: str) -> None:
    expected = ["$.overall_conclusion.text"] if text in PAIRED_CONTRADICTED else []
    assert overall_issues(text)[:1] == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_list_of_amounts_is_paired_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PAIRED_CONTRADICTED + PAIRED_AGREEING))
    assert bool(overall_issues(data.draw(disguised(plain)))) is (plain in PAIRED_CONTRADICTED)


# A dose said to continue, before a limit in a later clause ("... continues, kept below 900 mg a day"), is
# compared: the limit bounds what may come, not the dose given as now. The limit's own amount is not. The line is
# "Two tablets (100 mg) once daily".
CEILING_CONTRADICTED = [
    "Sertraline 150 mg each morning carries on, held below 175 mg a day; the baby will be watched after birth.",
    "Sertraline 350 mg remains, and never above 400 mg; the baby will be watched for adaptation after birth.",
]
CEILING_AGREEING = [
    "Sertraline 100 mg each morning carries on, held below 175 mg a day; the baby will be watched after birth.",
    # the amount in the limit's clause, or a change after it, is not compared
    "Sertraline carries on, held below 175 mg a day; the baby will be watched after birth.",
    "Sertraline 150 mg each morning carries on, increasing to 175 mg at most; the baby will be watched after birth.",
    "Sertraline up to 150 mg carries on, below 175 mg; the baby will be watched after birth.",
]


@pytest.mark.parametrize("conclusion", CEILING_CONTRADICTED + CEILING_AGREEING)
def test_a_dose_said_to_continue_before_a_limit_is_compared(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in CEILING_CONTRADICTED else []
    assert conclusion_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_dose_before_a_limit_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(CEILING_CONTRADICTED + CEILING_AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in CEILING_CONTRADICTED)


# A dose said to continue, with no frequency, beside a line of one dose a day: the day's dose is the line's, so it
# must be the line's amount or a tablet's strength (or as many tablets as the line counts), not any multiple of
# them. With no word of continuing, or beside a line of several doses a day, the looser tolerance stands.
ONCE_CONTINUED_CONTRADICTED = [
    (
        "Sertraline 200 mg carries on over the coming 6 weeks; the baby will be watched for adaptation.",
        "Two tablets (100 mg) once daily",
    ),
    ("Sertraline 300 mg remains; the baby will be watched for adaptation after birth.", "Two 50 mg tablets once daily"),
]
ONCE_CONTINUED_AGREEING = [
    (
        "Sertraline 100 mg remains; the baby will be watched for adaptation after birth.",
        "Two tablets (100 mg) once daily",
    ),
    ("Sertraline 50 mg tablets carry on; the baby will be watched for adaptation.", "Two tablets (100 mg) once daily"),
    ("Sertraline 100 mg remains; the baby will be watched for adaptation after birth.", "Two 50 mg tablets once daily"),
    (
        "Sertraline 200 mg was her dose in 2024; the baby will be watched for adaptation.",
        "Two tablets (100 mg) once daily",
    ),
    ("Sertraline 200 mg remains; the baby will be watched for adaptation after birth.", "50 mg twice daily"),
]


@pytest.mark.parametrize(("conclusion", "dose"), ONCE_CONTINUED_CONTRADICTED + ONCE_CONTINUED_AGREEING)
def test_a_dose_said_to_continue_beside_a_once_daily_line_is_its_dose(conclusion: str, dose: str) -> None:
    expected = (
        [("$.assessments[1].conclusion", CONTRADICTED)] if (conclusion, dose) in ONCE_CONTINUED_CONTRADICTED else []
    )
    assert day_issues(conclusion, dose) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_dose_said_to_continue_is_read_as_the_plain_one(data: st.DataObject) -> None:
    conclusion, dose = data.draw(st.sampled_from(ONCE_CONTINUED_CONTRADICTED + ONCE_CONTINUED_AGREEING))
    expected = (conclusion, dose) in ONCE_CONTINUED_CONTRADICTED
    assert bool(day_issues(data.draw(disguised(conclusion)), dose)) is expected


# A dose given with a count of doses a day other than the line's must make the line's day total: "150 mg three
# times a day" beside "150 mg twice a day" is 450 mg a day, not 300, and "75 mg tds" is 225 (found passing by a
# hundred-and-eighth fresh corpus). The same day split otherwise, the line's own frequency, a day's amount given as
# the line's split, a change told as one and the strength alone all pass.
TWICE_DAILY = "150 mg (two capsules) twice a day"
SPLIT_CONTRADICTED = [
    "Sertraline 150 mg three times a day and vitamin D 10 micrograms daily go on; baby watched after birth.",
    "Sertraline 75 mg tds continues; the baby will be watched for adaptation after birth.",
    "Sertraline stays at 150 mg qds; the baby will be watched for adaptation after birth.",
    "Sertraline 300 mg twice daily stays the same; the baby will be watched for adaptation after birth.",
]
SPLIT_AGREEING = [
    "Sertraline 150 mg bd continues; the baby will be watched for adaptation after birth.",
    "Sertraline 300 mg a day as 150 mg bd continues; the baby will be watched for adaptation after birth.",
    "Sertraline 100 mg tds continues, the same day's total; the baby will be watched for adaptation after birth.",
    "Sertraline goes from 150 mg bd to 100 mg tds; the baby will be watched for adaptation after birth.",
    "Sertraline 150 mg continues; the baby will be watched for adaptation after birth.",
]


def _split_issues(conclusion: str) -> list[tuple[str, str]]:
    """The conclusion's issues beside TWICE_DAILY: the line's own day (300 mg of sertraline, above its 200 mg daily
    maximum) is refused on the line's path by another reading, not judged here."""
    return [issue for issue in day_issues(conclusion, TWICE_DAILY) if issue[0] != "$.medicines[1].dose"]


@pytest.mark.parametrize("conclusion", SPLIT_CONTRADICTED + SPLIT_AGREEING)
def test_a_dose_at_another_frequency_must_make_the_lines_day_total(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in SPLIT_CONTRADICTED else []
    assert _split_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_dose_at_another_frequency_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(SPLIT_CONTRADICTED + SPLIT_AGREEING))
    assert bool(_split_issues(data.draw(disguised(plain)))) is (plain in SPLIT_CONTRADICTED)


# A dose given several times a day beside a line of one dose a day, or said to be the day's only dose beside a line
# of several, states another regimen than the prescription, whatever the day's total (found passing by the
# hundred-and-tenth fresh corpus). A time of day alone may be one dose of a split day, two counts of several a day
# are compared by the day's total only, and a split told with the line's day total ("100 mg in all") stands.
COUNT_CONTRADICTED = [
    ("Sertraline carries on as 100 mg bd; the baby will be watched for adaptation.", "200 mg each morning"),
    ("Sertraline 100 mg twice daily goes on; baby watched after birth.", "200 mg at night"),
    ("Sertraline 60 mg three times a day stays; the baby will be watched after birth.", "Two tablets once a day"),
    ("Sertraline is kept at 75 mg od; the baby will be watched for adaptation after birth.", "75 mg twice daily"),
    ("Sertraline stays at 150 mg once a day; the baby will be watched after birth.", "75 mg morning and evening"),
]
COUNT_AGREEING = [
    ("Sertraline 200 mg a day, as two 100 mg tablets, goes on; baby watched after birth.", "200 mg each morning"),
    ("Sertraline 200 mg once daily (two 100 mg tablets) goes on; baby watched after birth.", "200 mg each morning"),
    ("Sertraline 150 mg a day as 75 mg bd carries on; the baby will be watched after birth.", "75 mg twice daily"),
    (
        "Sertraline 75 mg in the morning and 75 mg at night carries on; the baby will be watched after birth.",
        "75 mg twice daily",
    ),
    ("Sertraline 50 mg tds continues, the same day's total; the baby is watched after birth.", "75 mg twice daily"),
    ("Sertraline goes from 200 mg at night to 100 mg bd; the baby will be watched after birth.", "200 mg at night"),
    # the split told with the line's day total: the same day's dose, and said so
    ("Sertraline 200 mg a day, 100 mg twice daily, goes on; baby watched after birth.", "200 mg at night"),
    ("Sertraline 100 mg twice daily, 200 mg in total, goes on; baby watched after birth.", "200 mg at night"),
]


@pytest.mark.parametrize(("conclusion", "dose"), COUNT_CONTRADICTED + COUNT_AGREEING)
def test_once_a_day_against_several_times_a_day_is_another_regimen(conclusion: str, dose: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if (conclusion, dose) in COUNT_CONTRADICTED else []
    assert day_issues(conclusion, dose) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_count_of_doses_is_read_as_the_plain_one(data: st.DataObject) -> None:
    conclusion, dose = data.draw(st.sampled_from(COUNT_CONTRADICTED + COUNT_AGREEING))
    expected = (conclusion, dose) in COUNT_CONTRADICTED
    assert bool(day_issues(data.draw(disguised(conclusion)), dose)) is expected


# An amount told of a past time (a past year, an earlier pregnancy or baby, "was on", "previously"), with no word
# of the dose now in its sentence, is history, not a dose to compare with the line; a dose said to continue, or a
# year that is the one the text was written in, is still compared. The sertraline line is 100 mg once daily.
PAST_CONTRADICTED = [
    "Sertraline 70 mg daily continues; the baby will be watched for adaptation after birth.",
    "As in 2024, sertraline 70 mg carries on; the baby will be watched for adaptation after birth.",
    "In 2026 sertraline 70 mg each morning; the baby will be watched for adaptation after birth.",
    "Sertraline 70 mg each morning; previously on 35 mg. The baby will be watched for adaptation after birth.",
    "Sertraline 125 mg each morning. Her first baby, born in 2021, was well; the baby will be watched this time.",
]
PAST_AGREEING = [
    "During 2023, on sertraline 70 mg, her son had jittery feeds for a day. Sertraline 100 mg suits her; the baby "
    "will be watched for adaptation after birth.",
    "With her first baby she was on sertraline 125 mg and fed him herself. This baby will be watched for adaptation.",
    "Previously sertraline 35 mg gave her no relief. The baby will be watched for adaptation after birth.",
    "In 2019 on sertraline 70 mg; now 100 mg each morning. The baby will be watched for adaptation after birth.",
]


@pytest.mark.parametrize("conclusion", PAST_CONTRADICTED + PAST_AGREEING)
def test_a_dose_told_of_a_past_time_is_history_not_the_dose_now(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in PAST_CONTRADICTED else []
    assert conclusion_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_dose_of_the_past_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PAST_CONTRADICTED + PAST_AGREEING))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in PAST_CONTRADICTED)


# A word of change as the subject of a harm it would do, opening its clause ("... carries on: stopping abruptly
# risks a relapse", "as reducing it could bring back her low mood"), is why the dose stands, not a change: the day's
# amount in its sentence is still compared with the line's day total; so is the change as a noun after an article
# ("since any drop in the dose may trigger a relapse"). A change told as one ("tapering after the
# birth"), or a gerund that does not open its clause ("we are stopping it as it risks ..."), keeps it from being
# compared. The line is "50 mg twice daily": 100 mg a day.
HARM_CONTRADICTED = [
    "Sertraline 50 mg daily carries on: stopping abruptly risks a relapse. The baby will be watched after birth.",
    "Sertraline 50 mg a day goes on, as reducing it could bring back her low mood. The baby will be watched.",
    "Sertraline 200 mg per day is kept; cutting the dose now would risk a relapse. The baby will be watched.",
    # the change as a noun after an article, the subject of the harm as the gerund is
    "Sertraline 100 micrograms a day goes on, since any drop in the dose may trigger a relapse. The baby is watched.",
    "Sertraline 200 mg per day is kept, as a reduction now could bring back her low mood. The baby will be watched.",
]
HARM_AGREEING = [
    "Sertraline 100 mg daily carries on: stopping abruptly risks a relapse. The baby will be watched after birth.",
    "Sertraline 50 mg twice a day goes on, as reducing it could bring back her low mood. The baby will be watched.",
    "Sertraline 0.1 g per day is kept; cutting the dose now would risk a relapse. The baby will be watched.",
    "Sertraline 100 mg a day goes on, since any drop in the dose may trigger a relapse. The baby is watched.",
    "Sertraline 100 mg per day is kept, as a reduction now could bring back her low mood. The baby will be watched.",
    # a change as a noun with no harm told of it: the change is the plan
    "Sertraline 50 mg daily carries on, with a reduction after the birth by the GP. The baby will be watched.",
    # a change told as one, with no harm
    "Sertraline 50 mg daily carries on, tapering slowly after the birth. The baby will be watched after birth.",
    # a gerund that does not open its clause: the change is the plan
    "Sertraline 50 mg daily: we are stopping it as it risks the baby's feeding. The baby will be watched.",
]


@pytest.mark.parametrize("conclusion", HARM_CONTRADICTED + HARM_AGREEING)
def test_a_change_told_as_the_harm_it_would_do_leaves_the_dose_compared(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in HARM_CONTRADICTED else []
    assert day_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_harm_of_a_change_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(HARM_CONTRADICTED + HARM_AGREEING))
    assert bool(day_issues(data.draw(disguised(plain)))) is (plain in HARM_CONTRADICTED)


# A day's total told right after the dose, set off by a comma, a bracket or a dash, is the medicine's even where the
# name stands further back than the reach (found passing by the hundred-and-twenty-third fresh corpus): it must be
# the line's day total. The line is "50 mg twice daily": 100 mg a day.
TOTAL_CONTRADICTED = [
    "Sertraline at 50 mg twice daily, 1 g a day altogether, carries on. The baby will be watched after birth.",
    "Sertraline at 50 mg twice daily (that is 400 mg a day) carries on. The baby will be watched after birth.",
    "Sertraline at 50 mg twice daily, making 250 mg a day, carries on. The baby will be watched after birth.",
]
TOTAL_AGREEING = [
    "Sertraline at 50 mg twice daily, 100 mg a day altogether, carries on. The baby will be watched after birth.",
    "Sertraline at 50 mg twice daily (0.1 g a day in two doses) carries on. The baby will be watched after birth.",
    # no total: an amount of another thing after the dose is not the medicine's
    "Sertraline at 50 mg twice daily, with folic acid 5 mg a day, carries on. The baby will be watched.",
    # a sentence end between the dose and the amount
    "Sertraline at 50 mg twice daily carries on. Folic acid 5 mg a day goes on too, and the baby is watched.",
]


@pytest.mark.parametrize("conclusion", TOTAL_CONTRADICTED + TOTAL_AGREEING)
def test_a_days_total_set_off_after_the_dose_is_held_to_the_lines_day(conclusion: str) -> None:
    expected = [("$.assessments[1].conclusion", CONTRADICTED)] if conclusion in TOTAL_CONTRADICTED else []
    assert day_issues(conclusion) == expected


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_days_total_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(TOTAL_CONTRADICTED + TOTAL_AGREEING))
    assert bool(day_issues(data.draw(disguised(plain)))) is (plain in TOTAL_CONTRADICTED)
