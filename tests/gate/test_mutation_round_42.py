"""Cases that kill the survivors of round 42's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

from medassess.gate.dated_ages import dated_gestations, dates_off_the_babys_age, earliest_dated_birth
from medassess.gate.day_counts import counts_impossible
from medassess.gate.dose_totals import total_contradicts_its_dose
from medassess.gate.narrowed import without_never
from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.remedies import advised_interactions
from medassess.gate.routes import manual_problem
from medassess.gate.rules.record import _near_month, _stage_contradicted
from medassess.gate.settings import shipped_settings
from medassess.gate.text import normalise
from medassess.gate.written_times import present_trimesters, times_impossible_watch, times_more_than_its_span
from tests.gate.conclusions import METHADONE, conclusion_codes
from tests.gate.test_regimen_only import _regimen_only
from tests.gate.test_trimester_and_due_month import _ma011


# MA017, looks a day one past the interval's share and its one spare ("every 4 hours": six, seven with the spare)
# cannot be; seven can.
def test_round_42_looks_a_day_one_past_the_spare_are_refused() -> None:
    assert counts_impossible("The baby is scored every 4 hours, eight times a day, on the ward.")
    assert not counts_impossible("The baby is scored every 4 hours, seven times a day, on the ward.")


# MA017, a count a day told "about" stands where the gap's three words are taken before it.
def test_round_42_looks_a_day_told_about_stand() -> None:
    assert not counts_impossible("The baby is scored every 4 hours on the ward, about twelve times a day.")
    assert counts_impossible("The baby is scored every 4 hours on the ward, twelve times a day.")


# MA017, eight days a week cannot be; seven can.
def test_round_42_eight_days_a_week_is_refused() -> None:
    assert counts_impossible("Her partner does the night feeds 8 days a week.")
    assert counts_impossible("Her partner does the night feeds eight days a week.")
    assert not counts_impossible("Her partner does the night feeds 7 days a week.")


# MA017, a span in the same unit after "which is" is another count ("2 days longer"), not the span restated.
def test_round_42_a_span_in_the_same_unit_after_a_restatement_is_another_count() -> None:
    assert not counts_impossible("Observation on the ward for 5 days, which is 2 days longer than usual.")
    assert counts_impossible("Observation on the ward for 5 days, which is 72 hours.")
    assert not counts_impossible("Observation on the ward for 3 days, which is 72 hours.")


# MA017, a span restated "about" another is told loosely and not compared; restated flat, it is.
def test_round_42_a_span_restated_about_another_is_not_compared() -> None:
    assert not counts_impossible("The infant is scored for 48 hours, that is about three days on the ward.")
    assert counts_impossible("The infant is scored for 48 hours, that is three days on the ward.")
    assert not counts_impossible("The infant is scored for 48 hours, that is two days on the ward.")


# MA017, a watch started at the last day late withdrawal may still show (three weeks, 21 days) stands; a week on, it
# starts too late.
def test_round_42_a_watch_started_at_three_weeks_of_age_stands() -> None:
    assert not times_impossible_watch("The baby is watched for withdrawal, starting at 3 weeks of age.")
    assert not times_impossible_watch("The baby is scored for withdrawal starting at three weeks old.")
    assert times_impossible_watch("The baby is watched for withdrawal, starting at 4 weeks of age.")


# MA017, three home visits a day from a midwife or health visitor is the most they make; four is not.
def test_round_42_three_visits_a_day_stand() -> None:
    assert not counts_impossible("The community midwife makes 3 home visits a day in the first week.")
    assert counts_impossible("The community midwife makes 4 home visits a day in the first week.")


# MA017, a time per span with a word after it that makes the span a time of its own ("a day later", "a day
# earlier") is no time per day.
def test_round_42_a_span_with_later_or_earlier_after_it_is_no_time_per_span() -> None:
    assert not times_more_than_its_span("The first paediatric review moves to 36 hours a day later than usual.")
    assert not times_more_than_its_span("Her methadone was last taken 30 hours a day earlier than she said.")
    assert times_more_than_its_span("The first paediatric review is 36 hours a day on the ward.")


# MA011, a trimester under "if" is a condition, not the pregnancy's present: not held against the record.
def test_round_42_a_trimester_under_if_is_no_present() -> None:
    assert present_trimesters("If she is now in her third trimester, the levels go monthly.") == ()
    assert present_trimesters("She is now in her third trimester, and the levels go monthly.") == ((26, 42),)
    told = "Methadone 60 mg continues; {} in her first trimester, the ward watches the baby after birth."
    assert _ma011(told.format("if she is now")) == []
    assert len(_ma011(told.format("she is now"))) == 1


# MA011, a trimester runs to the last day of its last week (second: to 28+6), and the trimester's tolerance past
# that (a week, [trimester_now] tolerance_days, under the two weeks allowed between the datings).
def test_round_42_a_trimester_runs_to_the_last_day_of_its_last_week() -> None:
    told, on, edds = "She is now in her second trimester.", dt.date(2026, 3, 10), [dt.date(2026, 7, 10)]
    assert not _stage_contradicted(told, on, edds, [28 * 7 + 6 + 7], 14)
    assert _stage_contradicted(told, on, edds, [28 * 7 + 6 + 8], 14)


# MA011, a due month with no year is the one nearest the EDD, the year before too: December for an EDD in early
# January.
def test_round_42_a_due_month_across_the_new_year_is_the_nearest() -> None:
    assert _near_month(dt.date(2027, 1, 3), 12, None, 14)
    assert not _near_month(dt.date(2027, 1, 3), 10, None, 14)
    told = "Methadone 60 mg continues; the baby is due at the end of {} and the ward watches the baby after birth."
    assert _ma011(told.format("December"), date="2026-08-20") == []  # EDD 7 January 2027
    assert len(_ma011(told.format("October"), date="2026-08-20")) == 1


# MA130, a total after a dose with other words between ("until the review, then") is a later dose, not the first
# one's total.
def test_round_42_a_total_after_words_of_its_own_is_not_the_doses_sum() -> None:
    assert not total_contradicts_its_dose(
        "Levetiracetam 500 mg twice a day until the review, then 1.5 g a day in total."
    )
    assert total_contradicts_its_dose("Levetiracetam 500 mg twice a day, 1.5 g a day in total.")
    assert not total_contradicts_its_dose("Levetiracetam 500 mg twice a day, 1 g a day in total.")


# MA130, a day's total in another measure than its dose (millilitres against milligrams) is not compared with it.
def test_round_42_a_total_in_another_measure_is_not_compared() -> None:
    assert not total_contradicts_its_dose("Methadone oral solution 1 mg/ml, 30 ml twice a day, 60 mg a day in total.")
    assert total_contradicts_its_dose("Methadone oral solution 1 mg/ml, 30 ml twice a day, 40 ml a day in total.")


# MA130, a day's total a tenth short of the dose it sums is refused (the tolerance is for rounding only).
def test_round_42_a_total_a_tenth_short_is_refused() -> None:
    assert total_contradicts_its_dose("Levetiracetam 500 mg twice a day, 900 mg a day in total.")
    assert not total_contradicts_its_dose("Levetiracetam 500 mg twice a day, 1000 mg a day in total.")


_SERTRALINE = (["sertraline"], ["Sertraline 100mg tablets"])


# MA120, the stop of "St." ends no sentence: a warning before it in the sentence still warns of the remedy.
def test_round_42_the_stop_of_st_ends_no_sentence() -> None:
    warned = "Because of the interaction, her sertraline goes on and St. John's wort is put away."
    assert list(advised_interactions(warned, *_SERTRALINE)) == []
    taken = "Her sertraline goes on and St. John's wort is taken at night."
    assert list(advised_interactions(taken, *_SERTRALINE)) == [("St John's wort", "sertraline")]


# MA120, a warning word in a later sentence ("will not be changed" of the medicine) warns nothing of the remedy.
def test_round_42_a_warning_word_in_a_later_sentence_is_not_the_remedys() -> None:
    told = "She takes St John's wort for low mood. Her sertraline will not be changed."
    assert list(advised_interactions(told, *_SERTRALINE)) == [("St John's wort", "sertraline")]
    warned = "She takes St John's wort for low mood; it is not safe with sertraline."
    assert list(advised_interactions(warned, *_SERTRALINE)) == []


# MA120, a remedy named as the baby's own treatment is not hers to take beside her medicine.
def test_round_42_the_babys_own_remedy_is_not_hers() -> None:
    babys = "Sertraline goes on; the baby's own St John's wort drops from the herbalist go on too."
    assert list(advised_interactions(babys, *_SERTRALINE)) == []
    hers = "Sertraline goes on; her own St John's wort drops from the herbalist go on too."
    assert list(advised_interactions(hers, *_SERTRALINE)) == [("St John's wort", "sertraline")]


# MA120, "not to" after the remedy in its sentence warns of it ("knows not to mix with it").
def test_round_42_not_to_after_the_remedy_warns_of_it() -> None:
    warned = "Sertraline goes on, and St John's wort is something she knows not to mix with it."
    assert list(advised_interactions(warned, *_SERTRALINE)) == []
    mixed = "Sertraline goes on, and St John's wort is something she knows to mix with it."
    assert list(advised_interactions(mixed, *_SERTRALINE)) == [("St John's wort", "sertraline")]


_METHADONE_REST = "Methadone 60 mg daily continues. She keeps the infant in its own cot and is helped to breastfeed. "


# MA122, a dose kept ("the dose stays the same") watches no one: it does not answer the baby's scoring withdrawn
# with nothing in its place; the baby staying on the ward does.
def test_round_42_a_dose_that_stays_answers_no_withdrawn_watch() -> None:
    told = (
        "Methadone 60 mg daily: the dose stays the same. She keeps the infant in its own cot and is helped to "
        "breastfeed. The ward's abstinence scoring has been cancelled"
    )
    assert "MA122" in conclusion_codes(METHADONE, told + ".")
    assert "MA122" not in conclusion_codes(METHADONE, told + "; the baby stays on the ward for three days.")


# MA122, a plan withdrawn bare keeps its noun's phrase of place over a few words ("on the busy postnatal ward
# upstairs"); with a replacement in the sentence it stands.
def test_round_42_a_withdrawn_plan_with_a_longer_phrase_of_place_is_read() -> None:
    told = _METHADONE_REST + "The abstinence scoring on the busy postnatal ward upstairs has been cancelled"
    assert "MA122" in conclusion_codes(METHADONE, told + ".")
    assert "MA122" not in conclusion_codes(
        METHADONE, told + "; the community midwife scores the infant at home for three days."
    )


# MA017, an event dated a day before the baby can be the age it names is refused; on that day it stands.
def test_round_42_a_dated_day_of_life_a_day_early_is_refused() -> None:
    born = dt.date(2026, 3, 5)
    assert dates_off_the_babys_age("The midwife weighs the baby on day 7, 9 March 2026.", born, born)
    assert not dates_off_the_babys_age("The midwife weighs the baby on day 7, 10 March 2026.", born, born)


# MA122, a birth "by" a gestation no baby survives, told as her history ("as she did last time"), is a fact of a
# past pregnancy and not a condition that never holds; without the history it never holds.
def test_round_42_a_birth_by_an_early_gestation_told_as_history_is_kept() -> None:
    history = "If she delivers by 20 weeks as she did last time, the neonatal team scores the baby."
    assert without_never(normalise(history)) == normalise(history)
    never = "If she delivers by 20 weeks, the neonatal team scores the baby."
    assert "scores" not in without_never(normalise(never))


# MA103, "all" carried on ("All continue at the same doses") is a medicine line, as "both" is.
def test_round_42_all_carried_on_is_a_medicine_line() -> None:
    assert _regimen_only(
        "All continue at the same doses. The newborn's withdrawal, feeding and sleep have all been factored in."
    )
    assert not _regimen_only(
        "All continue at the same doses. The ward scores the newborn for 72 hours; she breastfeeds; a cot by her bed."
    )


# MA309, an address the sender "does not yet have" is one no one can post to, as "does not have" is.
def test_round_42_an_address_not_yet_held_cannot_be_posted_to() -> None:
    settings_ = shipped_settings()
    assert manual_problem("Copy posted to the foster carer at an address the ward does not yet have.", settings_)
    assert (
        manual_problem("Copy posted to the foster carer at the address the ward does have on file.", settings_) is None
    )


# MA017, before the birth a plan dates the baby's age from a birth no earlier than 34 weeks (six weeks before the
# EDD): "day 8" two days after that is too early; a week later it may be.
def test_round_42_a_plan_dates_the_babys_age_from_no_birth_before_34_weeks() -> None:
    edd = dt.date(2026, 5, 15)
    earliest = earliest_dated_birth(edd)
    assert earliest == dt.date(2026, 4, 3)
    assert dates_off_the_babys_age("The midwife weighs the baby on day 8, 5 April 2026.", earliest, None)
    assert not dates_off_the_babys_age("The midwife weighs the baby on day 8, 12 April 2026.", earliest, None)


# MA011, weeks tied to a date that put a birth three weeks before the EDD (37 weeks, term) may be the baby's age:
# not read as a gestation; a day earlier they are.
def test_round_42_weeks_that_put_a_birth_at_term_are_the_babys_age() -> None:
    edd = dt.date(2026, 5, 15)
    assert dated_gestations("The health visitor sees the baby at 2 weeks, on 8 May 2026.", edd) == []
    assert dated_gestations("The health visitor sees the baby at 2 weeks, on 7 May 2026.", edd) == [
        (14, dt.date(2026, 5, 7))
    ]


# MA127, sleep on a couch "with" up to three words of whom ("with her baby boy") allowed through negation is read.
def test_round_42_sofa_sleep_with_three_words_of_whom_is_read() -> None:
    assert allowed_sleep_sharing(normalise("There is no objection to her dozing with her baby boy on the couch."))
    assert not allowed_sleep_sharing(normalise("There is an objection to her dozing with her baby boy on the couch."))
