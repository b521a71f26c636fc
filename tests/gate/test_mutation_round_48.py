"""Cases that kill the survivors of round 48's hand mutation of the gate (docs/safety/mutation-testing.md), and
round 47's open ones: each fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where
the mutated code is a rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

from medassess.gate.concerns import speaks_of_the_baby
from medassess.gate.dose_totals import above_daily_maximum
from medassess.gate.partner import partner_words
from medassess.gate.wording import Composed, Phrases, tokens
from medassess.gate.written_dates import reports_done_after
from tests.gate.conclusions import METHADONE, SEDATIVES, VALPROATE, conclusion_codes
from tests.gate.test_conclusion_of_another_class import SERTRALINE, _codes
from tests.gate.test_headed_dismissals import SERTRALINE as _SERTRALINE_AT
from tests.gate.test_headed_dismissals import _ma123, _mothers
from tests.gate.test_levels_dropped import _BABY as _LITHIUM_BABY
from tests.gate.test_levels_dropped import _OPENS as _LITHIUM_OPENS
from tests.gate.test_levels_dropped import _levels_messages, _lithium
from tests.gate.test_plans_against_themselves import _methadone, _watch_messages
from tests.gate.test_sleep_checks_dropped import _HEAD
from tests.gate.test_sleep_checks_dropped import _messages as _sleep_messages

_LINE = "Methadone 60 mg once daily continues. "


# MA103 [unheld] holder_labels, a role named before the label holds the act: the part stands; the same act with no
# role before the label is held by no one.
def test_round_48_a_role_before_a_placeholder_label_holds_the_act() -> None:
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE + "The ward midwives score the baby for withdrawal for 72 hours - owner TBC."
    )
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "Baby scored for withdrawal for 72 hours - owner TBC.")


# MA103 [unheld] vague_team_qualifiers (round 47's m69), "her team" or "any other services" names no team before
# "the team": the later clause is still given to a holder no reader can name.
def test_round_48_a_team_named_only_by_a_qualifier_leaves_the_team_vague() -> None:
    assert "MA103" in conclusion_codes(
        METHADONE,
        _LINE[:-2] + " under the care of her team. The team will score the newborn for withdrawal and support feeding.",
    )
    assert "MA103" not in conclusion_codes(
        METHADONE,
        _LINE[:-2] + " under the care of the addiction team. The team will score the newborn for withdrawal and "
        "support feeding.",
    )


# MA103 [unheld] vague_holder_untimed (round 47's m71), "the night feeds" names the part of the day the care is for,
# not when the act is done: a vague holder's act with it is still untimed.
def test_round_48_night_feeds_do_not_time_a_vague_holders_act() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "Services will help with the night feeds.")
    assert "MA103" not in conclusion_codes(METHADONE, _LINE + "Services will help with the feeds every 3 hours.")


# MA103 [unheld] holder_labels, the placeholder's part runs to the end of its sentence: a label opening the part
# ("Owner TBC: ...") leaves the act after it held by no one; a role named in the act after it does not rescue it.
def test_round_48_a_placeholder_label_opening_its_part_holds_the_act_after_it_by_no_one() -> None:
    assert "MA103" in conclusion_codes(
        METHADONE, _LINE + "Owner TBC: the newborn is scored for withdrawal for 72 hours."
    )
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE + "The midwives score the newborn for withdrawal for 72 hours."
    )


# MA103 [unheld] holder_labels, any text in square brackets after a holder's label is a placeholder ("owner [to
# add]"); a label with a name stands.
def test_round_48_a_bracketed_placeholder_after_a_label_holds_nothing() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "Withdrawal scoring for 72 hours, owner [to add].")
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE + "Withdrawal scoring for 72 hours, owner: the ward midwives."
    )


# MA103 [unheld] indefinite_holder_asides, "also" between the indefinite pronoun and its modal ("someone also needs
# to") leaves the act held by no one.
def test_round_48_an_aside_after_an_indefinite_holder_leaves_it_indefinite() -> None:
    assert "MA103" in conclusion_codes(
        METHADONE, _LINE + "Someone also needs to score the newborn for withdrawal for 72 hours."
    )
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE + "The midwife also needs to score the newborn for withdrawal for 72 hours."
    )


# MA103 [unheld] indefinite_holders, the clause set aside ends at its semicolon: the midwife's act after it stands.
def test_round_48_an_indefinite_holders_clause_ends_at_its_semicolon() -> None:
    kept = "the midwife scores the newborn for withdrawal for 72 hours."
    assert "MA103" not in conclusion_codes(METHADONE, _LINE + "Someone needs to check the cot; " + kept)
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "Someone needs to check the cot and score the newborn.")


# MA103 [undecided_items] label_words_most, a label of six words before a to-do mark is an item still to do, read
# as such (MA103), not left to the other readings.
def test_round_48_a_six_word_label_marked_to_do_is_an_item_still_to_do() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "Effect of methadone on the baby - to be addressed.")
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE + "Effect of methadone on the baby - scored by the midwives for 72 hours."
    )


# MA103 [undecided_items], an item may open after a colon ("Plan: ?NAS obs."): a shorthand query under a heading asks,
# it does not decide.
def test_round_48_a_query_after_a_headings_colon_decides_nothing() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "Plan: ?NAS obs. ?feeding")
    assert "MA103" not in conclusion_codes(METHADONE, _LINE + "Plan: ?NAS - SCBU obs 72h.")


# MA124 [concerns.neonatal-withdrawal] the_babys, a word of the baby ("cord") in the clause keeps toxicity the baby's
# beside a word of the mother's ("serum"); without it the clause is hers.
def test_round_48_toxicity_beside_the_cord_stays_the_babys() -> None:
    assert speaks_of_the_baby("Sertraline 100 mg continues; serum toxicity is checked on cord blood.")
    assert "MA124" not in _codes(SERTRALINE, "Sertraline 100 mg continues; serum toxicity is checked on cord blood.")
    assert not speaks_of_the_baby("Sertraline 100 mg continues; serum toxicity is checked on her blood.")


# MA124, the mother's words make toxicity hers only in their own clause: her levels in labour before a comma leave
# the toxicity of the first two days after it the baby's.
def test_round_48_the_mothers_words_in_another_clause_leave_toxicity_the_babys() -> None:
    text = "Sertraline 100 mg continues, her levels in labour checked; toxicity may show in the first two days."
    assert speaks_of_the_baby(text)
    assert "MA124" not in _codes(SERTRALINE, text)
    assert not speaks_of_the_baby("Sertraline 100 mg continues; her levels in labour are checked to avoid toxicity.")


_SED = (
    "Diazepam 5 mg tds and pregabalin continue; she is too drowsy to share a bed, couch or armchair with the infant. "
    "The night-time cover from the family support agency was withdrawn on Monday. "
)


# MA122 [ended_bare] kind_acts, a later clause holding every word of what ended tells the same thing again, not what
# stands instead ("the family support agency does night-time cover for other families"); another holder stands.
def test_round_48_the_ended_plan_told_again_with_a_kind_act_stands_in_for_nothing() -> None:
    assert "MA122" in conclusion_codes(
        SEDATIVES, _SED + "The family support agency does night-time cover for other families."
    )
    assert "MA122" not in conclusion_codes(SEDATIVES, _SED + "Her grandmother does the night-time cover.")


# MA122 [ended_bare] kind_act_reach, two words may stand between the act and the kind's word besides the one right
# after it ("does all of the night feeds").
def test_round_48_a_kind_act_three_words_before_the_kinds_word_stands_in() -> None:
    assert "MA122" not in conclusion_codes(SEDATIVES, _SED + "Her grandmother does all of the night feeds.")
    assert "MA122" in conclusion_codes(SEDATIVES, _SED + "Her grandmother gives the morning feeds.")


_CITALOPRAM = frozenset({"citalopram"})
_PARACETAMOL = frozenset({"paracetamol"})


# MA130 [day_maximum_reading] counted, a count is read as a mass only where the product's name gives one strength:
# two strengths ("250mg and 500mg tablets") give none; one does.
def test_round_48_a_count_of_a_product_of_two_strengths_is_not_read() -> None:
    assert not above_daily_maximum("20 tablets daily", _PARACETAMOL, "Paracetamol 250mg and 500mg tablets")
    assert above_daily_maximum("20 tablets daily", _PARACETAMOL, "Paracetamol 500mg tablets")


# MA130 [day_maximum_reading] counted, a concentration in the name ("500mg/5ml") is no strength of a tablet.
def test_round_48_a_concentration_in_the_name_is_no_tablets_strength() -> None:
    assert not above_daily_maximum("ten tablets a day", _PARACETAMOL, "Paracetamol 500mg/5ml dispersible tablets")
    assert above_daily_maximum("ten tablets a day", _PARACETAMOL, "Paracetamol 500mg dispersible tablets")


# MA130 [told_total] tolerance, one dose of the day at the maximum within its tolerance (1 %) stands; above it, it is
# read.
def test_round_48_one_dose_of_the_day_at_the_tolerance_stands() -> None:
    sertraline = frozenset({"sertraline"})
    assert not above_daily_maximum("202 mg at night", sertraline, "Sertraline 100mg tablets")
    assert above_daily_maximum("203 mg at night", sertraline, "Sertraline 100mg tablets")


# MA130 [day_maximum_reading] counted, a count of another form than the product's ("tablets" of caplets) is not read.
def test_round_48_a_count_of_another_form_than_the_products_is_not_read() -> None:
    assert not above_daily_maximum("three tablets qds", _PARACETAMOL, "Paracetamol 500mg caplets")
    assert above_daily_maximum("three caplets qds", _PARACETAMOL, "Paracetamol 500mg caplets")


# MA127 [watch_dropped] unless, a condition opening the sentence governs only the clause after its comma: a third
# clause dropping the watch stands alone and is refused; the clause right after the condition is conditioned.
def test_round_48_a_condition_opening_the_sentence_governs_only_the_next_clause() -> None:
    opening = "Methadone continues at 60 mg. If she wishes, she can breastfeed, the father does the nights, "
    assert _watch_messages(_methadone(opening + "no NAS scoring is needed.")) == ["$.assessments[0].conclusion"]
    conditioned = "Methadone continues at 60 mg. If she feeds well, no NAS scoring is needed."
    assert _watch_messages(_methadone(conditioned)) == []


# MA127 [sleep_checks_dropped] further_done, planned checks told done to their end excuse only a further check: a
# plain drop beside "as planned" said of something else is refused.
def test_round_48_a_done_word_excuses_no_plain_drop_of_the_checks() -> None:
    assert _sleep_messages(_HEAD + "Breastfeeding is going as planned; no cot checks are needed.") == [
        "$.assessments[0].conclusion"
    ]
    assert (
        _sleep_messages(
            _HEAD + "The cot was seen at every visit to 8 weeks, as planned; no further cot checks are needed."
        )
        == []
    )


# MA127 [watch_dropped] ward_leaving, "once the newborn leaves the ward" ends a further watch at the ward, where the
# item carries it to day 8: refused; with the later window handed on, not.
def test_round_48_a_further_watch_ended_when_the_newborn_leaves_the_ward_is_refused() -> None:
    text = "Methadone continues at 60 mg; no further scoring is needed once the newborn leaves the ward"
    assert _watch_messages(_methadone(text + ".")) == ["$.assessments[0].conclusion"]
    assert _watch_messages(_methadone(text + ", where the health visitor looks for late signs to day 8.")) == []


# MA103 [risk_list] topic_labels, a label's noun may carry four words after its preposition ("for this mother and
# baby") before the copula: the topics after it decide nothing.
def test_round_48_a_topic_label_with_four_words_after_its_preposition_decides_nothing() -> None:
    assert "MA103" in conclusion_codes(
        METHADONE,
        "The key issues for this mother and baby are withdrawal, feeding, safe sleeping and maternal drowsiness.",
    )
    assert "MA103" not in conclusion_codes(
        METHADONE,
        "The key issue for this mother and baby is withdrawal, so the ward midwives score the baby every 4 hours for "
        "72 hours.",
    )


_VALPROATE_CONCERNS = " Concerns: spina bifida, heart defects, developmental delay, folate and seizure control."


# MA103 [labelled lines], a line is the medicines list in shorthand only where every word before the medicine is of
# the medicines list: "Restart valproate 500 mg bd." is a decision, and stands.
def test_round_48_a_verb_before_the_medicine_makes_the_line_a_decision() -> None:
    assert "MA103" not in conclusion_codes(VALPROATE, "Restart valproate 500 mg bd." + _VALPROATE_CONCERNS)
    assert "MA103" in conclusion_codes(VALPROATE, "Sodium valproate 500 mg bd." + _VALPROATE_CONCERNS)


# wording.Composed (round 47's m74), a phrase is found at its first word the longest there, as the products' Phrases
# pattern finds it: an optional last slot after a longer alternative is taken.
def test_round_48_a_composed_phrase_is_the_longest_product_at_its_start() -> None:
    composed = Composed.of((["no"], ["watch", "watch for withdrawal"], ["", "needed"]))
    words = tokens("no watch for withdrawal needed now")
    assert list(composed.spans(words)) == [(0, 5)]
    assert composed.outside(words) == Phrases.of(list(composed.phrases())).outside(words) == ["now"]


# wording.Composed (round 47's m75), a first word written with "*" opens on any word it starts ("withdraw*" opens on
# "withdrawal").
def test_round_48_a_composed_stem_opens_on_a_longer_word() -> None:
    composed = Composed.of((["withdraw*"], ["signs"]))
    assert list(composed.spans(tokens("withdrawal signs watched"))) == [(0, 2)]
    assert not composed.found_in(tokens("draw signs"))


# wording._quick (round 47's m77), a pattern with alternatives of its own syntax beside plain ones (the partner's
# [partner] hers built from subjects, states and sedation words) is searched as it is, not factored as a list.
def test_round_48_a_built_phrase_pattern_is_searched_as_written() -> None:
    hers = partner_words().hers
    assert hers.found_in(tokens("mum gets really groggy at night"))
    assert hers.found_in(tokens("quetiapine leaves her very drowsy"))
    assert not hers.found_in(tokens("the weather is drowsy"))


# wording.Composed (round 47's m76), a later word written with "*" matches only the words it starts.
def test_round_48_a_composed_later_stem_matches_only_words_it_starts() -> None:
    composed = Composed.of((["no"], ["late withdraw*"]))
    assert composed.found_in(tokens("no late withdrawal"))
    assert not composed.found_in(tokens("no late feeds"))


_SIGNED = dt.date(2026, 3, 2)  # the written-dates example's attestation


# MA017 written_dates._BIRTH_REACH (round 47's m78), the words telling a birth are looked for up to 64 characters
# before its date: "born at 36+1 weeks of gestation on 6 March" is a birth told four days after the attestation.
def test_round_48_a_birth_told_with_its_gestation_before_a_yearless_date_is_read() -> None:
    assert reports_done_after("Born at 36+1 weeks of gestation on 6 March, the baby feeds well.", _SIGNED)
    assert not reports_done_after("Born at 36+1 weeks of gestation on 28 February, the baby feeds well.", _SIGNED)


# MA017 [reported_done] yearless_birth_days (round 47's m79), a birth told on the day after the attestation is read
# from its first day; on the day itself, not.
def test_round_48_a_birth_the_day_after_the_attestation_is_read() -> None:
    assert reports_done_after("Born on 3 March, the baby is scored on the ward for withdrawal.", _SIGNED)
    assert not reports_done_after("Born on 2 March, the baby is scored on the ward for withdrawal.", _SIGNED)


# MA103 [undecided_items] query_words_most, a shorthand query may run to four words ("?scoring on the ward").
def test_round_48_queries_of_four_words_decide_nothing() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _LINE + "?scoring on the ward, ?cot at home.")
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE + "?scoring on the ward - yes, every 4 hours for 72 hours by the ward midwives."
    )


# MA103 [undecided_items], a list's items end at their line's end: each line marked still to do is an item.
def test_round_48_items_on_their_own_lines_each_end_at_the_line() -> None:
    assert "MA103" in conclusion_codes(
        METHADONE, _LINE + "\nNAS scoring - awaited\nFeeding - to follow\nCot - outstanding"
    )
    assert "MA103" not in conclusion_codes(
        METHADONE,
        _LINE + "\nNAS scoring - ward midwives every 4 hours for 72 hours\nFeeding - breastfeeding supported\n"
        "Cot - health visitor checks it on day 10",
    )


# MA103 [unheld] reader_given_to (round 47's m66), a plan given to the reader is read where no clause opens on a
# reader's word ("...; scoring the newborn is left to whoever reads this").
def test_round_48_a_plan_left_to_the_reader_is_read_with_no_opening() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _LINE[:-2] + "; scoring the newborn is left to whoever reads this.")
    assert "MA103" not in conclusion_codes(
        METHADONE, _LINE[:-2] + "; scoring the newborn is left to the ward midwives, every 4 hours for 72 hours."
    )


# MA103 [unheld] reader_discourse (round 47's m67), "left to the reader to note" hands the reader something to know,
# not the plan: the plan before it stands.
def test_round_48_left_to_the_reader_to_note_gives_the_reader_no_plan() -> None:
    assert "MA103" not in conclusion_codes(
        METHADONE,
        _LINE[:-2] + ", ward midwives scoring the newborn for 72 hours, which is left to the reader to note.",
    )
    assert "MA103" in conclusion_codes(METHADONE, _LINE[:-2] + "; scoring the newborn is left to the reader.")


_ANSWERED = (
    "Methadone 60 mg once daily continues. The ward midwives score the newborn for 72 hours and the health visitor "
    "checks the cot on day 10. "
)


# MA122 [holders] gone_purposes (round 47's m35), "to get" opens what the act is for as "to have" does: "takes her to
# get the cot checked by <name>, who has since left" is a plan to come held by someone gone, whatever else answers
# the cot; "took her to get it checked" is an account.
def test_round_48_an_act_to_get_done_by_someone_gone_is_a_plan_held_by_no_one() -> None:
    gone = "her to get the cot checked by Sam Reid, who has since left."
    assert "MA122" in conclusion_codes(METHADONE, _ANSWERED + "Her partner takes " + gone)
    assert "MA122" not in conclusion_codes(METHADONE, _ANSWERED + "Her partner took " + gone)


# MA123 [concerns.relapse-if-stopped] dismissal_headings (round 46's m31), "Recurrence:" names the concern as "Relapse
# on stopping:" does: dismissed under it, refused; a heading of another thing stands.
def test_round_48_a_relapse_dismissed_under_recurrence_is_refused() -> None:
    said = "Sertraline 100 mg daily goes on; the maternity team watches the newborn's breathing after birth. "
    assert _ma123(_mothers(_SERTRALINE_AT, said + "Recurrence: not relevant.")) == ["$.assessments[1].conclusion"]
    assert _ma123(_mothers(_SERTRALINE_AT, said + "Dose change: not applicable.")) == []


_SEDATED = (
    "Diazepam 5 mg tds and pregabalin continue; she is too drowsy to share a bed, couch or armchair with the infant. "
)


# MA122 [ended_bare.names] sedation-safe-sleep (round 46's m44), "night cover" names the night plan: ended bare, it
# is refused; someone doing the night feeds after it stands in.
def test_round_48_a_night_cover_fallen_through_is_an_end_of_the_night_plan() -> None:
    ended = _SEDATED + "Her sister's night cover fell through on Friday."
    assert "MA122" in conclusion_codes(SEDATIVES, ended)
    assert "MA122" not in conclusion_codes(SEDATIVES, ended + " Her grandmother does the night feeds.")


# MA122 [holders] gone_workplaces (round 46's m49), "who has left the surgery" tells the holder gone as "the practice"
# does; at the surgery, the holder stands.
def test_round_48_a_holder_who_has_left_the_surgery_holds_nothing() -> None:
    said = "Methadone 60 mg once daily continues. The ward midwives score the newborn for 72 hours. "
    assert "MA122" in conclusion_codes(METHADONE, said + "Dr Amis, who has left the surgery, checks the cot on day 10.")
    assert "MA122" not in conclusion_codes(METHADONE, said + "Dr Amis, at the surgery, checks the cot on day 10.")


# MA127 [levels_dropped] start_reach (round 46's m57), a far time word five words after the start's "at" ("at the
# routine six-week postnatal check") still begins the levels past the birth; an antenatal check does not.
def test_round_48_levels_begun_five_words_before_a_postnatal_check_are_dropped() -> None:
    late = f"{_LITHIUM_OPENS} Her levels start at the routine six-week postnatal check. {_LITHIUM_BABY}"
    assert _levels_messages(_lithium(late)) == ["$.assessments[0].conclusion"]
    assert _levels_messages(_lithium(late.replace("postnatal", "antenatal"))) == []


# MA122 [holders] gone_asides (round 46's m50), "who has moved jobs" tells the holder gone.
def test_round_48_a_holder_who_has_moved_jobs_holds_nothing() -> None:
    said = "Methadone 60 mg once daily continues. The ward midwives score the newborn for 72 hours. "
    assert "MA122" in conclusion_codes(METHADONE, said + "Dr Amis, who has moved jobs, checks the cot on day 10.")
    assert "MA122" not in conclusion_codes(METHADONE, said + "Dr Amis, who has new jobs, checks the cot on day 10.")


# MA127 [levels_dropped] start_spared (round 46's m56), levels begun past the birth under a condition ("should she
# stop lithium at delivery") stand; unconditioned, they are dropped.
def test_round_48_levels_begun_late_under_a_condition_stand() -> None:
    late = f"{_LITHIUM_OPENS} Levels start at the six-week postnatal check"
    assert _levels_messages(_lithium(f"{late} should she stop lithium at delivery. {_LITHIUM_BABY}")) == []
    assert _levels_messages(_lithium(f"{late}. {_LITHIUM_BABY}")) == ["$.assessments[0].conclusion"]


# MA127 [levels_dropped] term_weeks, levels started at 40 weeks are started at term: the weekly levels before it and
# the one at the birth are dropped; from 39 weeks, not.
def test_round_48_levels_started_at_forty_weeks_are_started_at_term() -> None:
    started = f"{_LITHIUM_OPENS} Weekly serum levels start after 40 weeks. {_LITHIUM_BABY}"
    assert _levels_messages(_lithium(started)) == ["$.assessments[0].conclusion"]
    assert _levels_messages(_lithium(started.replace("40 weeks", "39 weeks"))) == []
