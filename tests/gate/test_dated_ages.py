"""MA017: an event of the baby's age written with its date ("the 6-week check on 20 July 2026", "until day 8, 16
June 2026") must fall where the baby's age puts it: after the birth the record gives (or, before it, after the last
day the record has her still pregnant) by that age, and no later than that age after the latest the birth can be
(the delivery date, or 42 weeks). A check dated before the baby can be that old, or months after, cannot be the
check it names: the midwife, health visitor or foster carer cannot tell which was meant."""

from __future__ import annotations

import datetime as dt

import pytest

from medassess.gate.dated_ages import dated_gestations, dates_off_the_babys_age, latest_birth
from tests.gate.conclusions import METHADONE, PARTNER, SEDATIVES, VALPROATE, conclusion_codes
from tests.redteam.disguise import homoglyphs, inside_words

_BORN = dt.date(2026, 6, 8)


def _postnatal(text: str) -> bool:
    return dates_off_the_babys_age(text, _BORN, _BORN)


@pytest.mark.parametrize(
    "text",
    [
        "the GP sees them both at the baby's 6-week check on 2 June 2026",  # before the birth
        "the six-week baby check on 10 December 2026",  # half a year after
        "the midwife watches the baby for late withdrawal until day 8, 30 June 2026",
        "the baby is reviewed on day 5 (2 July 2026)",
        "HV visits for the baby to 8 weeks, the last on 3 December 2026",
        "the baby will be seen at 6 weeks of age, on 1 September 2026",
    ],
)
def test_a_date_the_babys_age_cannot_reach_is_found(text: str) -> None:
    assert _postnatal(text)


@pytest.mark.parametrize(
    "text",
    [
        "the GP sees them both at the baby's 6-week check on 20 July 2026",
        "the paediatric alert goes on her birth plan at the 34-week visit, 30 March 2026",  # a gestation
        "detox day 1, 12 May 2026, went smoothly",  # not the baby's day
        "the six-week baby check, around 24 July 2026",
        "the midwife watches the baby for late withdrawal until day 8, 16 June 2026",
        "the baby is reviewed on day 5 (13 June 2026)",
        "HV visits for the baby to 8 weeks, the last on 3 August 2026",
        "her first baby's 6-week check on 3 March 2021 went well",  # another baby's
        "day 3 of her detox, 12 May 2026, was hard",  # not the baby's day
        "the 6-week check was moved; the GP review is on 10 December 2026",  # the date is not the check's
        "methadone weekly until 36 weeks, the last on 2 May 2026",  # a gestation, not the baby's age
    ],
)
def test_a_date_the_babys_age_reaches_or_another_date_is_not_found(text: str) -> None:
    assert not _postnatal(text)


def test_before_the_birth_the_age_counts_from_the_last_day_she_is_pregnant() -> None:
    still_pregnant, latest_birth = dt.date(2026, 3, 2), dt.date(2026, 5, 29)
    assert dates_off_the_babys_age("the baby's 6-week check on 1 April 2026", still_pregnant, latest_birth)
    assert not dates_off_the_babys_age("the baby's 6-week check, around 26 June 2026", still_pregnant, latest_birth)
    assert dates_off_the_babys_age("the baby's 6-week check on 1 December 2026", still_pregnant, latest_birth)


_SEDATIVES = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue; both sedate her, so she never "
    "shares a bed or sofa with the baby and the foster carer does the night feeds. The health visitor and foster "
    "carer watch the baby for late withdrawal until day 8, {} 2026."
)


def test_a_day_of_life_off_its_date_is_refused_and_on_it_stands() -> None:
    assert "MA017" in conclusion_codes(SEDATIVES, _SEDATIVES.format("30 June"))
    assert "MA017" not in conclusion_codes(SEDATIVES, _SEDATIVES.format("16 June"))


def test_the_disguised_text_is_judged_as_the_plain() -> None:
    assert "MA017" in conclusion_codes(SEDATIVES, homoglyphs(_SEDATIVES.format("30 June"), "aeo"))
    assert "MA017" in conclusion_codes(SEDATIVES, inside_words(_SEDATIVES.format("30 June"), "\u200b", every=3))
    assert "MA017" not in conclusion_codes(SEDATIVES, homoglyphs(_SEDATIVES.format("16 June"), "aeo"))


def test_an_antenatal_record_counts_from_the_gestation_and_the_edd() -> None:
    plan = (
        "Methadone 60 mg daily carries on through pregnancy. The neonatal team watch the baby for withdrawal for 72 "
        "hours after birth; breastfeeding is supported. She is drowsy after doses, so no co-sleeping, and the "
        "midwife checks the cot at the home visit and again at the baby's 6-week check {} 2026."
    )
    assert "MA017" in conclusion_codes(METHADONE, plan.format("on 1 April"))
    assert "MA017" not in conclusion_codes(METHADONE, plan.format("around 26 June"))


def test_a_partners_record_reads_the_same() -> None:
    plan = (
        "Daniel's quetiapine 300 mg at night leaves him hard to wake, so he never sleeps with the baby and Chloe "
        "does the night feeds; the health visitor checks the crib at each visit to 8 weeks, the last on {} 2026."
    )
    assert "MA017" in conclusion_codes(PARTNER, plan.format("13 November"))
    assert "MA017" not in conclusion_codes(PARTNER, plan.format("13 July"))


# MA011: a gestation tied to a date with its year ("weekly from 36 weeks (from 29 July 2026)", "the anomaly scan at
# 20 weeks is booked for 12 August 2026") must be the gestation the record gives on that date, within the EDD's
# tolerance (14 days): a plan timed to a gestation the date does not reach is timed for another pregnancy, or the
# date is wrong, and the level or the scan the baby's safety waits on happens at the wrong time.
_VALPROATE = (
    "Valproate 500 mg twice daily continues until neurology see her urgently; the baby was exposed in the first "
    "trimester, so fetal medicine arrange a detailed anomaly scan at 20 weeks{}; folic acid 5 mg has started."
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("weekly levels from 36 weeks (from 17 June 2026)", (252,)),
        ("the anomaly scan at 20 weeks is booked for 10 June 2026", (140,)),
        ("a growth scan at 32+3/40, on 1 July 2026", (227,)),
        ("levels weekly from 36 weeks, 29 July 2026 onwards", (252,)),
    ],
)
def test_a_gestation_tied_to_a_date_is_read(text: str, days: tuple[int, ...]) -> None:
    assert tuple(g for g, _ in dated_gestations(text)) == days


@pytest.mark.parametrize(
    "text",
    [
        "methadone reduced for 2 weeks from 17 June 2026",  # a duration, not a gestation
        "in her last pregnancy the scan at 20 weeks was on 3 May 2023",  # another pregnancy
        "levels from 36 weeks; the psychiatrist sees her on 17 June 2026",  # the date is another event's
    ],
)
def test_durations_other_pregnancies_and_other_events_are_not_read(text: str) -> None:
    assert dated_gestations(text) == []


def test_a_gestation_the_date_does_not_reach_is_refused_and_the_right_one_stands() -> None:
    assert "MA011" in conclusion_codes(VALPROATE, _VALPROATE.format(", booked for 10 June 2026"))
    assert "MA011" not in conclusion_codes(VALPROATE, _VALPROATE.format(", booked for 12 August 2026"))
    assert "MA011" in conclusion_codes(VALPROATE, homoglyphs(_VALPROATE.format(", booked for 10 June 2026"), "aeo"))
    assert "MA011" not in conclusion_codes(
        VALPROATE, inside_words(_VALPROATE.format(", booked for 12 August 2026"), "\u200b", every=3)
    )


def test_a_babys_age_near_or_after_the_birth_is_no_gestation() -> None:
    edd = dt.date(2026, 5, 15)
    assert dated_gestations("the health visitor sees the baby at 2 weeks, on 22 May 2026", edd) == []
    assert dated_gestations("the GP sees mother and baby at 6 weeks, on 26 June 2026", edd) == []
    assert dated_gestations("induction is offered at 41 weeks, on 22 May 2026", edd) == [(287, dt.date(2026, 5, 22))]


def test_a_check_named_with_who_does_it_and_a_weekday_is_read() -> None:
    born = dt.date(2026, 5, 18)
    assert dates_off_the_babys_age("the baby's 6-week check with the GP is on Monday 8 June 2026", born, born)
    assert not dates_off_the_babys_age("the baby's 6-week check with the GP is on Monday 29 June 2026", born, born)
    assert dates_off_the_babys_age("the baby's 6-week check is planned for 18 February 2026", born, born)


def test_a_gestation_tied_to_the_edd_itself_is_read() -> None:
    edd = dt.date(2026, 8, 26)
    assert dated_gestations("weekly from 36 weeks (from 26 August 2026)", edd) == [(252, edd)]
    assert dated_gestations("the review at 38 weeks is on 12 August 2026", edd) == [(266, dt.date(2026, 8, 12))]


def test_dates_at_the_calendars_edges_are_judged_not_a_crash() -> None:
    assert latest_birth(dt.date(9999, 12, 30)) is None
    assert dated_gestations("at 20 weeks, on 1 January 0001", dt.date(1, 2, 1)) == []


_NEW_YEAR_BORN = dt.date(2026, 12, 24)


@pytest.mark.parametrize(
    ("text", "born", "off"),
    [
        ("the health visitor's day-10 visit is on 29 June", _BORN, True),  # day 21
        ("the health visitor's day-10 visit is on 18 June", _BORN, False),
        ("the baby is reviewed on day 5 (the 13th of June)", _BORN, False),
        ("the baby is reviewed on day 5 (the 28th of June)", _BORN, True),
        ("the GP sees them both at the baby's 6-week check on 2 June", _BORN, True),  # before the birth
        ("the GP sees them both at the baby's 6-week check on 20 July", _BORN, False),
        ("the baby's 6-week check is on 4 February", _NEW_YEAR_BORN, False),  # into the next year
        ("the baby's 6-week check is on 4 March", _NEW_YEAR_BORN, True),
        ("the midwife sees the baby on day 8, 1 January", _NEW_YEAR_BORN, False),
        ("day 3 of her detox, 20 June, was hard", _BORN, False),  # not the baby's day
    ],
)
def test_a_date_without_its_year_is_read_in_the_year_the_age_puts_it(text: str, born: dt.date, off: bool) -> None:
    assert dates_off_the_babys_age(text, born, born) is off


def test_a_yearless_date_in_disguise_is_judged_as_the_plain() -> None:
    text = "the health visitor's day-10 visit is on 29 June"
    assert dates_off_the_babys_age(homoglyphs(text, "aeo"), _BORN, _BORN)
    assert dates_off_the_babys_age(inside_words(text, "\u200b", every=3), _BORN, _BORN)
    assert not dates_off_the_babys_age(homoglyphs(text.replace("29", "18"), "aeo"), _BORN, _BORN)


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("the health visitor's day-7 check is in the family home on Tuesday 30 June 2026", True),  # day 22
        ("the health visitor's day-7 check is in the family home on Monday 15 June 2026", False),
        ("the baby's 6-week check is at the surgery on 2 June 2026", True),  # before the birth
        ("the baby's 6-week check is at the surgery on 20 July 2026", False),
        ("the baby's day-3 visit at home is on 30 June 2026", True),
        # the date is not the check's: a clause, a long phrase or a time stands between them
        ("the baby's day-7 check is at home; on 30 June 2026 her mother sees the GP", False),
        ("the baby's day-7 check is at home after the review on 30 June 2026", False),
        ("the baby's day-7 check is at the home of the aunt who moves out on 30 June 2026", False),
        # what the check is of or for, between the check and its date (found passing by fresh144)
        ("the practice's 6-week check of mum and baby is on 29 June 2026", True),  # day 21
        ("the 6-week check for the baby is on 22 June", True),
        ("the practice's 6-week check of mum and baby is on 20 July 2026", False),
        ("the 6-week check for the baby is on 21 July", False),
        ("the 6-week check is on 20 July", False),
        ("the 6-week check of her scar and on 22 June 2026 the baby's weight", False),  # another clause's date
    ],
)
def test_a_short_place_between_a_check_and_its_date_keeps_them_tied(text: str, off: bool) -> None:
    assert _postnatal(text) is off


def test_what_a_check_is_of_in_disguise_is_judged_as_the_plain() -> None:
    text = "the practice's 6-week check of mum and baby is on 29 June 2026"
    assert _postnatal(homoglyphs(text, "aeo"))
    assert _postnatal(inside_words(text, "\u200b", every=3))
    assert not _postnatal(homoglyphs(text.replace("29 June", "20 July"), "aeo"))


def test_a_place_between_a_check_and_its_date_in_disguise_is_judged_as_the_plain() -> None:
    text = "the health visitor's day-7 check is in the family home on Tuesday 30 June 2026"
    assert _postnatal(homoglyphs(text, "aeo"))
    assert _postnatal(inside_words(text, "\u200b", every=3))
    assert not _postnatal(homoglyphs(text.replace("Tuesday 30", "Monday 15"), "aeo"))


# A day's named check with no baby in its sentence ("the day-10 visit is on ..."), dated after a known birth, is timed
# from a birth or a later start, never sooner: a date sooner than its day is found (found passing by the
# hundred-and-fortieth fresh corpus); a later one, a date before the birth and a detox's day stand.
@pytest.mark.parametrize(
    "text",
    ["the day-12 review at the flat is on 11 June", "Her day 9 check is on 10 June 2026.", "the day-10 visit, 9 June"],
)
def test_a_named_day_check_dated_too_soon_after_the_birth_is_found(text: str) -> None:
    assert _postnatal(text)
    assert _postnatal(homoglyphs(text, "aeo"))
    assert _postnatal(inside_words(text, "\u200b", every=3))


@pytest.mark.parametrize(
    "text",
    [
        "the day-10 visit is on 18 June",
        "the day-10 visit is on 17 June 2026",
        "the day-12 review is on 30 June 2026",  # later: a later start
        "the day-5 review of her detox is on 2 June 2026",  # before the birth: another start
        "day 3, 10 June 2026, the detox went well",  # a day with no named check
        "the day-21 review of the taper is on 12 June 2026",  # a day of a taper begun before the birth
    ],
)
def test_a_named_day_check_on_or_after_its_day_stands(text: str) -> None:
    assert not _postnatal(text)
    assert not _postnatal(homoglyphs(text, "aeo"))
