"""Cases that kill the survivors of round 47's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from medassess import check, record_from_data
from medassess.gate.advice_untold import says_advice_untold
from medassess.gate.concerns import given_to_someone_gone
from medassess.gate.dated_ages import dated_gestations, dates_off_the_babys_age
from medassess.gate.dose_totals import above_daily_maximum
from medassess.gate.narrowed import names_impossible_level
from tests.gate.conclusions import EXAMPLES, METHADONE, PARTNER, SEDATIVES, TODAY, VALPROATE, conclusion_codes
from tests.gate.test_daily_maximum import _EXAMPLE as _PARACETAMOL_EXAMPLE
from tests.gate.test_dated_ages import _BORN
from tests.gate.test_headed_untaken import _refused as _untaken_refused
from tests.gate.test_levels_dropped import _BABY, _LITHIUM, _OPENS, _levels_messages
from tests.gate.test_regimen_only import _regimen_only

_SCORED = (
    "Methadone 60 mg daily carries on, supervised. The midwife scores the infant for abstinence signs for 72 hours on "
    "the postnatal ward and the HV looks for late signs to day 8; breastfeeding is encouraged. "
)
_PARACETAMOL = frozenset({"paracetamol"})


# MA126 [advice_untold] conditions, a condition is read only in the denial's own sentence: one in the sentence
# before governs another act.
def test_round_47_a_condition_in_the_sentence_before_does_not_govern_the_denial() -> None:
    text = "If she relapses, her keyworker rings the midwife that day. Safe sleep advice - not given."
    assert says_advice_untold(text)
    assert "MA126" in conclusion_codes(METHADONE, _SCORED + text)
    assert not says_advice_untold("If she relapses and safe sleep advice was not given, her keyworker rings the HV.")


# MA126 [advice_untold] reasons, "as a" after the denial tells how it was not given ("not given as a leaflet"), not
# why: no denial.
def test_round_47_advice_not_given_as_a_leaflet_is_no_denial() -> None:
    text = "Safe sleep advice not given as a leaflet, but talked through with her at the bedside."
    assert not says_advice_untold(text)
    assert "MA126" not in conclusion_codes(METHADONE, _SCORED + text)
    assert says_advice_untold("Safe sleep advice not given, as the visit overran.")


_DROWSY = (
    "His quetiapine 300 mg at night leaves him too drowsy to tend the infant, so he never shares a bed or settee with "
    "it. "
)


# MA122 [ended_bare] kinds, a later clause telling the night cover beside a sleeping place is of the kind that ended
# and stands in for it.
def test_round_47_night_feeds_told_beside_the_crib_replace_the_cover() -> None:
    ended = _DROWSY + "His sister's overnight cover fell through on Friday."
    assert "MA122" not in conclusion_codes(
        PARTNER, ended + " The mother does the night feeds with the crib beside her bed."
    )
    assert "MA122" in conclusion_codes(PARTNER, ended + " The midwife checks the crib beside her bed.")


# MA122 [ended_bare], a dose's time ("300 mg at night") is no night care before the end told bare.
def test_round_47_a_dose_at_night_is_no_night_cover_before_the_cover_fell_through() -> None:
    text = (
        "His quetiapine 300 mg at night leaves him too drowsy to tend the infant. His sister's overnight cover fell "
        "through on Friday."
    )
    assert "MA122" in conclusion_codes(PARTNER, text)


_VALPROATE_LEAD = (
    "Valproate carries on until the neurologist sees her, as stopping abruptly risks seizures. The baby was exposed "
    "early, so an urgent neurology review and fetal medicine assessment are needed; referrals sent and folic acid "
    "5 mg started."
)
_EDD = dt.date(2026, 12, 30)


# MA011 [gestation_dates] after_date_not, "at 6 weeks old" after a date is a child's age, not a gestation.
def test_round_47_weeks_old_after_a_date_are_no_gestation() -> None:
    text = _VALPROATE_LEAD + " Her niece's hearing review was on 2026-09-14, at 6 weeks old."
    assert dated_gestations(text, _EDD) == []
    assert "MA011" not in conclusion_codes(VALPROATE, text)
    assert "MA011" in conclusion_codes(VALPROATE, _VALPROATE_LEAD + " Her anomaly scan was on 2026-09-14, at 6 weeks.")


# MA017 [baby_age] object_words_most, four words of what the check is of ("the mother and the baby") keep it tied
# to its date.
def test_round_47_a_check_of_the_mother_and_the_baby_is_tied_to_its_date() -> None:
    assert dates_off_the_babys_age("the 6-week check of the mother and the baby is on 29 June 2026", _BORN, _BORN)
    assert not dates_off_the_babys_age("the 6-week check of the mother and the baby is on 20 July 2026", _BORN, _BORN)


# MA130 [daily_maximum], a combination product's line is not judged, whichever ingredient is named first.
def test_round_47_a_combination_is_never_judged_against_one_ingredients_maximum() -> None:
    partners = (
        "codeine",
        "caffeine",
        "dihydrocodeine",
        "tramadol",
        "ibuprofen",
        "aspirin",
        "metoclopramide",
        "phenylephrine",
        "guaifenesin",
        "chlorphenamine",
        "pseudoephedrine",
        "diphenhydramine",
    )
    for partner in partners:
        assert not above_daily_maximum("2 g four times a day", frozenset({"paracetamol", partner}))
    assert above_daily_maximum("2 g four times a day", _PARACETAMOL)


def _dose_messages(line: str) -> list[str]:
    data: dict[str, Any] = json.loads(_PARACETAMOL_EXAMPLE.read_text(encoding="utf-8"))
    data["medicines"][0]["dose"] = line
    return [i.message for i in check(record_from_data(data), today=dt.date(2026, 12, 3)) if i.code == "MA130"]


# MA130 [daily_maximum], an amount below zero is refused as such, not as a day above the maximum.
def test_round_47_a_negative_amount_is_no_day_above_the_maximum() -> None:
    messages = _dose_messages("minus 2 g four times a day")
    assert any("below zero" in m for m in messages)
    assert not any("daily maximum" in m for m in messages)
    assert any("daily maximum" in m for m in _dose_messages("2 g four times a day"))


# MA130 [told] bounded_day, a ceiling over a week is no day's ceiling.
def test_round_47_a_weeks_ceiling_is_no_days() -> None:
    assert not above_daily_maximum("1 g when required, no more than 5 g in a week", _PARACETAMOL)
    assert above_daily_maximum("1 g when required, no more than 5 g in a day", _PARACETAMOL)


# MA130 [told] bounded_times, "up to" between the dose and its times a day is read past.
def test_round_47_a_dose_up_to_four_times_a_day_is_read() -> None:
    assert above_daily_maximum("1.5 g up to four times a day", _PARACETAMOL)
    assert not above_daily_maximum("1 g up to four times a day", _PARACETAMOL)


# MA122 [holders] gone_relatives, a relative gone beside a professional gone in the same span holds nothing for
# the professional.
def test_round_47_a_relative_gone_does_not_cover_a_professional_gone() -> None:
    assert given_to_someone_gone(
        "The crib is checked each week by her father, who has retired, and by Dr Amis, who has left the practice."
    )
    assert not given_to_someone_gone("The crib is checked each week by her father, who has retired.")


# MA127 [levels_dropped] after_birth, levels ruled out after delivery drop only levels the recommendations plan at
# the birth.
def test_round_47_levels_ruled_out_after_delivery_drop_only_planned_birth_levels() -> None:
    conclusion = f"{_OPENS} Levels monthly and weekly from 36 weeks; no levels are taken after delivery. {_BABY}"

    def messages(recommendations: str) -> list[str]:
        data: dict[str, Any] = json.loads(_LITHIUM.read_text(encoding="utf-8"))
        data["assessments"][0]["conclusion"] = conclusion
        data["assessments"][0]["recommendations"] = recommendations
        return _levels_messages(record_from_data(data))

    assert messages("Lithium levels every 4 weeks, then weekly from 36 weeks. Deliver in hospital.") == []
    assert messages("Lithium levels every 4 weeks, weekly from 36 weeks and within 24 hours after birth.") != []


# MA017 [narrowed] told_levels, a listed lithium result at the ceiling (10 mmol/L) is possible; above it is not.
def test_round_47_a_listed_result_at_the_ceiling_is_possible() -> None:
    assert not names_impossible_level("Serum results: lithium 0.55 mmol/L in May and 10 mmol/L in June.")
    assert names_impossible_level("Serum results: lithium 0.55 mmol/L in May and 10.5 mmol/L in June.")


# MA017 [narrowed] told_levels, a listed medicine's results end with their sentence: a number in mmol after it is
# not its result.
def test_round_47_a_number_in_mmol_in_the_next_sentence_is_no_listed_result() -> None:
    assert not names_impossible_level("Lithium 0.55 mmol/L in May. Her dietitian keeps her salt to 100 mmol a day.")
    assert names_impossible_level("Lithium 0.55 mmol/L in May and 100 mmol/L in June.")


# MA120 [mentions] resume, a restart told in an earlier item's aside is that item's, not the next item's.
def test_round_47_an_earlier_items_restart_leaves_the_next_item_stopped() -> None:
    assert not _untaken_refused("Stopped: sertraline, which she has restarted since; pregabalin 75 mg at night.")
    assert _untaken_refused("Stopped: sertraline; pregabalin 75 mg, which she has restarted since.")


# MA122 [holders] gone_relatives, a relative who has retired holds no post as the sentence's subject either.
def test_round_47_a_relative_who_has_retired_as_the_subject_holds_no_post() -> None:
    assert not given_to_someone_gone(
        "Her uncle Dr Bell, who has retired from the practice, will check the cot on day 10."
    )
    assert given_to_someone_gone("Dr Bell, who has retired from the practice, will check the cot on day 10.")


# MA103 [regimen_only], a condition after a heading ("Baby: if ...") whose outcome only supposes decides nothing.
def test_round_47_a_headed_condition_leading_to_nothing_beside_the_line_decides_nothing() -> None:
    text = "Methadone 60 mg once daily continues. Baby: if the newborn becomes jittery, a review might be arranged."
    assert _regimen_only(text)
    assert "MA103" in conclusion_codes(METHADONE, text)


# MA103 [dismissal] checklist_marks, a lone mark ("Withdrawal scoring: done.") is no checklist; two or more are.
def test_round_47_a_lone_mark_is_no_checklist() -> None:
    head = "Methadone 60 mg once daily carries on, as a cut risks relapse. "
    assert "MA103" not in conclusion_codes(METHADONE, head + "Withdrawal scoring: done.")
    assert "MA103" in conclusion_codes(METHADONE, "Methadone 60 mg. Withdrawal scoring: done. Infant feeding: done.")


def _errors(where: tuple[str, str], text: str) -> list[tuple[str, str]]:
    example, assessment = where
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    return [(i.code, i.message) for i in check(record_from_data(data), today=TODAY) if i.severity == "error"]


# MA103 [dismissal] checklist_marks, a topic of three words before its mark ("Night-time care plan - completed.") is
# a ticked box, dismissed with the rest: the conclusion is refused as one that dismisses, not for its medicines.
def test_round_47_topics_of_three_words_are_ticked_boxes() -> None:
    text = (
        "Diazepam and pregabalin. Drowsiness review plan - done. Cot check visit - done. Night-time care plan - "
        "completed."
    )
    found = _errors(SEDATIVES, text)
    assert [code for code, _ in found] == ["MA103"]
    assert "dismisses" in found[0][1]


# MA103 [claim] vague_times, a vague time beside a sign to act on ("refer if feeding falls off") is timed by the sign.
def test_round_47_a_vague_time_with_a_sign_to_act_on_stands() -> None:
    assert "MA103" not in conclusion_codes(
        METHADONE,
        "Methadone 60 mg once daily. The health visitor will see the infant as needed and refer if feeding falls off.",
    )
    assert "MA103" in conclusion_codes(
        METHADONE, "Methadone 60 mg once daily. The health visitor will see the infant as needed and help with feeds."
    )


# MA103 [regimen_only], a condition whose outcome is said in stop words alone ("Should she wish to breastfeed, she
# can.") is a permission and stands beside the line; one whose outcome only supposes is set aside.
def test_round_47_a_permission_in_stop_words_beside_the_line_stands() -> None:
    assert not _regimen_only("Methadone 60 mg once daily continues. Should she wish to breastfeed, she can.")
    assert _regimen_only(
        "Methadone 60 mg once daily continues. Should she wish to breastfeed, support might be arranged."
    )


# MA103 [claim] future_passive_tail, a to-do item with four words after its participle ("help will be offered to
# the whole household") is still an item naming no one.
def test_round_47_a_passive_item_with_four_words_after_it_names_no_one() -> None:
    text = (
        "Methadone 60 mg once a day. The infant will be watched, breastfeeding will be encouraged and help will be "
        "offered to the whole household."
    )
    assert "MA103" in conclusion_codes(METHADONE, text)


# MA103 [unheld] vague_holders_anaphoric, only "the team" and its like point back to a team named before:
# "relevant professionals" after the addiction team are still no one a reader can name.
def test_round_47_relevant_professionals_after_a_named_team_are_still_vague() -> None:
    text = (
        "Methadone 60 mg once daily continues with the addiction team; relevant professionals will look after the "
        "withdrawal, feeding and sleep."
    )
    assert "MA103" in conclusion_codes(METHADONE, text)


# MA103 [unheld] vague_holders, a vague holder's act with a number or a time stands.
def test_round_47_a_vague_holders_timed_act_stands() -> None:
    assert "MA103" not in conclusion_codes(
        METHADONE, "Methadone 60 mg once daily continues. The team will score the newborn every 4 hours for 72 hours."
    )
    assert "MA103" in conclusion_codes(
        METHADONE, "Methadone 60 mg once daily continues. The team will score the newborn for withdrawal."
    )
