"""Cases that kill the survivors of round 41's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from medassess import check, record_from_data
from medassess.gate.concerns import without_objectless
from medassess.gate.holders import misheld_acts
from medassess.gate.narrowed import without_narrowed
from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.night_care import night_care_to_the_sedated_partner
from medassess.gate.started_before import contradicts
from medassess.gate.text import normalise
from medassess.gate.written_dates import plans_before, reports_done_after, tells_birth_done
from medassess.gate.written_times import present_gestations, tells_span_past, times_clash
from tests.gate.test_doses import day_issues
from tests.gate.test_substance import errors, with_conclusion

_STOP = frozenset({"the", "her", "his", "with", "when", "will"})
ROOT = Path(__file__).resolve().parents[2]
_VALPROATE = (
    "Sodium valproate stays at 500 mg twice a day until the neurologist sees her; stopping it suddenly risks "
    "seizures. Fetal medicine and neurology referrals are made for the baby's exposure. "
)


def _valproate_codes(text: str, second_folic_acid: bool = False) -> set[str]:
    """The error codes of the valproate example (folic acid listed as started at 8 weeks) with ``text`` as its
    valproate conclusion; with ``second_folic_acid``, a 400 microgram folic acid listed too, started before."""
    data: dict[str, Any] = json.loads(
        (ROOT / "examples" / "pass" / "valproate-unplanned-pregnancy.json").read_text(encoding="utf-8")
    )
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == "asm-valproate")
    data["assessments"][index]["conclusion"] = _VALPROATE + text
    if second_folic_acid:
        other = copy.deepcopy(next(m for m in data["medicines"] if m["id"] == "med-folic-acid"))
        other.pop("code", None)
        other.update(
            id="med-folic-acid-otc",
            name="Folic acid 400microgram tablets",
            dose="400 micrograms once daily",
            started="2026-01-12",
        )
        data["medicines"].append(other)
    return {i.code for i in check(record_from_data(data), today=dt.date(2026, 12, 3)) if i.severity == "error"}


# MA011, a gestation after "by the time" (three words back from it) is a time to come, not the present.
def test_round_41_a_gestation_by_the_time_is_one_to_come() -> None:
    assert present_gestations("Levels are rechecked by the time she is 30 weeks.") == ()
    assert present_gestations("Her dose is reviewed by the time she is 30/40.") == ()
    assert present_gestations("Levels are rechecked, and she is now 30 weeks.") == (210,)


# MA011, "pregnancy at N weeks" with a past after it in its clause ("was confirmed", "ended") is its history.
def test_round_41_a_pregnancy_at_a_gestation_told_past_after_it_is_history() -> None:
    assert present_gestations("A pregnancy at 12 weeks was confirmed on her scan.") == ()
    assert present_gestations("Her pregnancy at 8 weeks ended in a miscarriage.") == ()
    assert present_gestations("An unplanned pregnancy at 28 weeks in a woman on lithium.") == (196,)


# MA017, a count of looks between its interval and its window is theirs ("4-hourly, 40 scores in all, for 72 hours").
def test_round_41_a_count_between_the_interval_and_the_window_is_read() -> None:
    assert times_clash("The baby is scored 4-hourly, 40 scores in all, for 72 hours on the ward.")
    assert not times_clash("The baby is scored 4-hourly, 18 scores in all, for 72 hours on the ward.")


# MA017, a count one short of interval x window is within the margin (18 looks, 17 said), two short is not.
def test_round_41_a_count_one_below_the_looks_stands() -> None:
    assert not times_clash("The newborn is scored 4-hourly for 72 hours on the ward: 17 scores.")
    assert times_clash("The newborn is scored 4-hourly for 72 hours on the ward: 16 scores.")


# MA017, a window as long as its interval holds one look: six of them cannot follow from it.
def test_round_41_a_window_as_long_as_its_interval_is_counted() -> None:
    assert times_clash("The infant has observations every 6 hours for 6 hours after birth: 6 sets of obs.")
    assert not times_clash("The infant has observations every 6 hours for 6 hours after birth: 2 sets of obs.")


# MA016, a date with no year is read as after the attestation only when more than a week after it: a week to the
# day may be the same date a year before, written short.
def test_round_41_a_yearless_date_a_week_after_signing_is_not_read() -> None:
    signed = dt.date(2026, 3, 2)
    assert not reports_done_after("The midwife's visit on 09/03 found the crib beside her bed.", signed)
    assert not reports_done_after("The midwife's visit on the 9th of March found the crib beside her bed.", signed)
    assert reports_done_after("The midwife's visit on 10/03 found the crib beside her bed.", signed)
    assert reports_done_after("The midwife's visit on the 10th of March found the crib beside her bed.", signed)


# MA013, a start told of a name two listed medicines share ("her folic acid" beside 5 mg and 400 micrograms) is
# neither's: which list entry it dates is not said.
def test_round_41_a_start_told_of_a_name_two_listed_medicines_share_is_not_read() -> None:
    told = "Her folic acid was begun two months before she conceived."
    assert "MA013" not in _valproate_codes(told, second_folic_acid=True)
    assert "MA013" in _valproate_codes(told)


# MA013, a start told after another listed medicine's name in the clause is that medicine's, not the first one's.
def test_round_41_a_start_told_after_another_medicines_name_is_that_ones() -> None:
    assert "MA013" not in _valproate_codes(
        "Folic acid 5 mg goes on, and the sodium valproate was begun two years before she conceived."
    )
    assert "MA013" in _valproate_codes(
        "Folic acid 5 mg was begun two months before she conceived, and the sodium valproate goes on."
    )


# MA017, a date alone after a comma dates the clause before it only where it ends its own clause: with a predicate
# after it ("..., 10 January 2026 was her booking visit") it is that clause's subject.
def test_round_41_a_date_after_a_comma_with_a_predicate_of_its_own_dates_no_plan() -> None:
    written = dt.date(2026, 3, 2)
    plan = "Paediatric review of the infant after the birth, 10 January 2026"
    assert not plans_before(plan + " was her booking visit.", written, antenatal=True)
    assert plans_before(plan + ".", written, antenatal=True)


# MA017, the baby's care after birth told in the past before its date in an antenatal record is no plan.
def test_round_41_care_after_birth_told_past_before_its_date_is_no_plan() -> None:
    written = dt.date(2026, 3, 2)
    assert not plans_before(
        "The paediatrician examined the newborn after the birth on 1 February 2026.", written, antenatal=True
    )
    assert plans_before(
        "The paediatrician examines the newborn after the birth on 1 February 2026.", written, antenatal=True
    )


# MA013, a listed start on the last day conception allows (the latest start by dates, two weeks, the margin) agrees;
# the day after does not.
def test_round_41_a_listed_start_on_the_last_allowed_day_agrees() -> None:
    assert not contradicts(dt.date(2026, 4, 8), dt.date(2026, 3, 25), 0)
    assert contradicts(dt.date(2026, 4, 9), dt.date(2026, 3, 25), 0)
    assert not contradicts(dt.date(2026, 4, 15), dt.date(2026, 3, 25), 7)


# MA122, the nights told in the passive as held by a child: 16 is an adult carer's age, 15 is not.
def test_round_41_nights_in_the_passive_by_a_sixteen_year_old_stand() -> None:
    assert not misheld_acts(normalise("the night bottles are given by her 16-year-old"), _STOP)
    assert misheld_acts(normalise("the night bottles are given by her 15-year-old"), _STOP)


# MA122, the nights in the passive by a child with an answerable carer in the same part (the foster carer beside
# her) are held; with no one else named they are a child's.
def test_round_41_nights_in_the_passive_by_a_child_beside_a_carer_are_held() -> None:
    assert not misheld_acts(
        normalise("the night bottles are given by her 14-year-old with the foster carer up beside her"), _STOP
    )
    assert misheld_acts(
        normalise("the night bottles are given by her 14-year-old with her friend up beside her"), _STOP
    )


# MA122, a relative's reminder held by any answerable role only where it is of her appointments alone: a reminder
# of the baby's doses too is a clinical act of its own.
def test_round_41_a_reminder_of_more_than_appointments_is_not_held_by_any_role() -> None:
    assert misheld_acts(
        normalise("her aunt will remind her about clinics and the infant's morphine doses; the health visitor calls"),
        _STOP,
    )
    assert not misheld_acts(normalise("her aunt will remind her about her clinics; the health visitor calls"), _STOP)


def _taken_back(text: str) -> bool:
    return without_narrowed(normalise(text)) != normalise(text)


# MA122, conditions that can never hold, at their bounds: a birth "before 22 weeks" may happen (21 may not be
# viable), "past 13 weeks and in the first trimester" may hold (13+ is its last week), "past 30 and before 30" never.
def test_round_41_conditions_at_their_bounds() -> None:
    plan = "The unit observes the infant for three days"
    assert not _taken_back(plan + ", if the infant is born before 22 weeks.")
    assert _taken_back(plan + ", if the infant is born before 21 weeks.")
    assert not _taken_back(plan + ", once she is past 13 weeks and in the first trimester.")
    assert _taken_back(plan + ", once she is past 14 weeks and in the first trimester.")
    assert _taken_back(plan + ", once she is beyond 30 weeks and under 30 weeks.")
    assert not _taken_back(plan + ", once she is beyond 30 weeks and under 31 weeks.")


# MA127, three negations on co-sleeping leave it unclear or denied, never allowed; two allow it.
def test_round_41_an_odd_stack_of_negations_allows_no_co_sleeping() -> None:
    assert allowed_sleep_sharing(normalise("there is no cause why she should not never co-sleep")) == []
    assert allowed_sleep_sharing(normalise("it is not untrue that she must not bed share")) == []
    assert allowed_sleep_sharing(normalise("there is no cause why she should not co-sleep")) != []


# MA122, an objectless verb after a relative word has its object before it ("the jitters which we are seeing");
# a fronted topic before a colon goes with the objectless clause after it.
def test_round_41_objectless_clauses_relative_words_and_topics_before_a_colon() -> None:
    assert without_objectless(normalise("the jitters which we are seeing")) == normalise(
        "the jitters which we are seeing"
    )
    assert without_objectless(normalise("the jitters we are seeing")).strip() == ""
    assert (
        without_objectless(normalise("Sertraline goes on. With regard to the infant: we are seeing")).strip(" :")
        == "sertraline goes on."
    )


# MA127, "he does them" stands for the night care named before only where nothing follows in its clause: "those
# school runs" names something else.
def test_round_41_a_word_for_the_night_care_named_before_ends_its_clause() -> None:
    names = frozenset({"callum"})
    assert night_care_to_the_sedated_partner("Mum does the night feeds, and he does them.", names, True, True)
    assert not night_care_to_the_sedated_partner(
        "Mum does the night feeds, and he does those lifts to clinic.", names, True, True
    )


# MA103, numbered parts of another document alone in their clause, with no verb pointing to them, are a pointer.
def test_round_41_numbered_parts_alone_in_their_clause_point_elsewhere() -> None:
    assert "MA103" in errors(
        with_conclusion("Methadone and sertraline go on unchanged. Scoring, feeding and the crib: paragraphs 3-6.")
    )
    assert "MA103" not in errors(
        with_conclusion(
            "Methadone 60 mg and sertraline 100 mg continue; the newborn is scored for withdrawal on the postnatal "
            "ward for 72 hours, she breastfeeds with midwife support, and the baby sleeps in its own cot. Details: "
            "paragraphs 3-6."
        )
    )


# MA127, an exception allows co-sleeping only in the sentence of the rule it excepts: after a full stop it opens a
# sentence of its own.
def test_round_41_an_exception_in_the_next_sentence_takes_nothing_back() -> None:
    assert allowed_sleep_sharing(normalise("no bed sharing. except at night the crib stands by her bed")) == []
    assert allowed_sleep_sharing(normalise("no bed sharing, except at night and at nap times")) != []


# MA017, a span of the baby's first days as long as its age is told of a time that has passed; one day longer is not.
def test_round_41_a_first_span_as_long_as_the_babys_age_has_passed() -> None:
    assert not tells_span_past("The infant settled in the cot for the whole first 6 days.", 6)
    assert tells_span_past("The infant settled in the cot for the whole first 6 days.", 5)
    assert not tells_span_past("The newborn fed well across the first two weeks.", 14)
    assert tells_span_past("The newborn fed well across the first two weeks.", 13)


# MA016, the baby's care after birth told as done with a year in its sentence is another time's (an older child's).
def test_round_41_care_after_birth_told_done_with_a_year_is_another_times() -> None:
    assert not tells_birth_done("In 2022 the unit scored the infant for four days after delivery.")
    assert not tells_birth_done("The ward watched the newborn for 36 hours after birth in May 2021.")
    assert tells_birth_done("The ward watched the newborn for 36 hours after birth.")


# MA103, the newborn's risk only "logged" after its noun records it and decides nothing; beside the acts, it stands.
def test_round_41_a_risk_only_logged_decides_nothing() -> None:
    assert "MA103" in errors(
        with_conclusion("Methadone and sertraline continue; abstinence risk for the infant logged.")
    )
    assert "MA103" not in errors(
        with_conclusion(
            "Methadone 60 mg and sertraline 100 mg go on; abstinence risk for the infant logged, and the ward "
            "midwives score the infant for 72 hours; she breastfeeds with their support and the infant sleeps in "
            "its own cot."
        )
    )


# MA130, a day's amount beside a line of two amounts a known number of times a day ("50 mg + 100 mg twice daily"):
# the line's own total (150 mg) is that day's amount too, not a contradiction.
def test_round_41_the_lines_own_total_is_a_days_amount() -> None:
    line = "50 mg + 100 mg twice daily"
    assert day_issues("Sertraline 150 mg a day goes on unchanged; the infant is watched for adaptation.", line) == []
    assert day_issues("Sertraline 250 mg a day goes on unchanged; the infant is watched for adaptation.", line) != []


# MA103, "refer to paeds per the guideline" refers the baby: "per" makes the guideline the referral's standard, not
# where the answer is; "refer to the guideline" for the topics points elsewhere.
def test_round_41_a_referral_per_a_guideline_refers_the_baby() -> None:
    start = "Methadone 60 mg and sertraline 100 mg are unchanged. For the infant's scoring, feeds and crib, refer to "
    assert errors(with_conclusion(start + "paeds per the unit guideline.")) == set()
    assert "MA103" in errors(with_conclusion(start + "the unit guideline."))
