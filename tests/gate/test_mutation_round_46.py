"""Cases that kill the survivors of round 46's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

from medassess import check, record_from_data
from medassess.gate.concerns import given_to_someone_gone, withdrawn_unreplaced
from medassess.gate.dated_ages import dates_off_the_babys_age
from medassess.gate.holders import remote_hands_on
from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.text import normalise
from tests.gate.test_headed_dismissals import METHADONE as METHADONE_AT
from tests.gate.test_headed_dismissals import SERTRALINE as SERTRALINE_AT
from tests.gate.test_headed_dismissals import _ma123, _mothers
from tests.gate.test_headed_untaken import _refused as _untaken_refused
from tests.gate.test_levels_dropped import _BABY, _OPENS, _levels_messages, _lithium
from tests.gate.test_substance import errors, with_conclusion
from tests.test_rules import TODAY, complete

_GOES_ON = "Sertraline continues. "


# MA120 [mentions] heading_reach, a heading of six words ("Medicines from her GP, now stopped:") is read; one of seven
# is not.
def test_round_46_a_heading_of_six_words_is_read() -> None:
    assert not _untaken_refused(_GOES_ON + "Medicines from her GP, now stopped: pregabalin 75 mg twice daily.")
    assert _untaken_refused(_GOES_ON + "Medicines from her own GP, now stopped: pregabalin 75 mg twice daily.")


# MA120 [mentions] resume, a heading that ends "stopped" but says the items go on ("Continued, not stopped:") lists
# medicines she takes.
def test_round_46_a_heading_saying_the_items_go_on_is_no_untaken_heading() -> None:
    assert _untaken_refused(_GOES_ON + "Continued, not stopped: pregabalin 75 mg twice daily.")
    assert not _untaken_refused(_GOES_ON + "Now stopped: pregabalin 75 mg twice daily.")


# MA120 [mentions] negations before a resume cue, "which she no longer takes" after an item keeps it untaken.
def test_round_46_an_item_she_no_longer_takes_stays_untaken() -> None:
    assert not _untaken_refused(_GOES_ON + "Stopped: pregabalin 75 mg, which she no longer takes.")
    assert _untaken_refused(_GOES_ON + "Stopped: pregabalin 75 mg, which she takes.")


# MA120 [mentions] the list ends at its sentence's end: a medicine in the next sentence is not an item.
def test_round_46_a_medicine_after_the_lists_sentence_is_no_item() -> None:
    assert _untaken_refused(_GOES_ON + "Stopped: tramadol. Pregabalin 75 mg at night for her sleep.")
    assert not _untaken_refused(_GOES_ON + "Stopped: tramadol, pregabalin 75 mg at night.")


# MA120 [mentions] heading_empty, a list said empty before the item ("Stopped: nothing - ...") leaves it taken.
def test_round_46_a_list_said_empty_before_the_item_leaves_it_taken() -> None:
    assert _untaken_refused(_GOES_ON + "Stopped: nothing - pregabalin 75 mg twice daily as before.")
    assert _untaken_refused(_GOES_ON + "Stopped: none - pregabalin 75 mg twice daily as before.")
    assert not _untaken_refused(_GOES_ON + "Stopped: pregabalin 75 mg twice daily as before.")


# MA120 [mentions] the next heading's two words ("Continue unchanged:") end the list on its own lines; they are not
# the item's.
def test_round_46_the_next_headings_two_words_are_not_the_items() -> None:
    assert not _untaken_refused(_GOES_ON + "\nStopped:\n- pregabalin 75 mg\nContinue unchanged:\n- sertraline 50 mg")
    assert _untaken_refused(_GOES_ON + "\nStopped:\n- pregabalin 75 mg, continues unchanged\n- sertraline 50 mg")


# MA120 [mentions] heading_undone, a restart told in the sentence after the list ("She restarted it last week.") takes
# the item back out of it.
def test_round_46_a_restart_told_after_the_list_undoes_the_heading() -> None:
    assert _untaken_refused(_GOES_ON + "Stopped: pregabalin 75 mg. She restarted it last week.")
    assert not _untaken_refused(_GOES_ON + "Stopped: pregabalin 75 mg. She sleeps better since.")


_HISTORY = (
    "Background: her first son, born in 2017, had a week of withdrawal scoring on the special care unit. Methadone "
    "began in 2021 at 30 mg and went up to 60 mg last winter after a lapse; her urine screens since have been clear. "
    "Sertraline 50 mg was added in 2024. "
)


# MA103 [decision_part] back_pointers, a plan line pointing back ("Plan: as above.") hands the decision to the text
# above it, judged as a whole; a plan line pointing elsewhere ("as discussed") is judged alone.
def test_round_46_a_plan_pointing_back_is_judged_with_the_text_above_it() -> None:
    above = (
        "Sertraline 100 mg continues; the midwife watches the newborn's breathing and feeding for 48 hours and she "
        "breastfeeds. Plan: "
    )
    assert "MA103" not in errors(with_conclusion(above + "as above."))
    assert "MA103" in errors(with_conclusion(above + "as discussed."))


# MA103 [decision_part] concern_headings, a concern's heading after two words ("For the baby:") is a decision part.
def test_round_46_a_concern_heading_after_two_words_is_a_decision_part() -> None:
    plan = "Plan: as discussed with her. For the {}: scored on the ward for 72 hours; breastfeeding supported."
    assert "MA103" not in errors(with_conclusion(_HISTORY + plan.format("baby")))
    assert "MA103" in errors(with_conclusion(_HISTORY + plan.format("notes")))


# MA103 [decision_part] a pointer beside a claim of its own ("Plan: as discussed, levels monthly.") states what follows;
# the pointer alone decides nothing.
def test_round_46_a_pointer_beside_a_claim_in_a_decision_part_stands() -> None:
    assert "MA103" not in errors(with_conclusion(_HISTORY + "Plan: as discussed, levels monthly."))
    assert "MA103" in errors(with_conclusion(_HISTORY + "Plan: as discussed."))


_SERTRALINE_GOES_ON = (
    "Sertraline 100 mg daily goes on; the maternity team watches the newborn's breathing after birth. "
)
_METHADONE_GOES_ON = "Methadone 60 mg daily goes on; no bed sharing after a dose, and the cot is seen at home. "


# MA123 [dismissal] dismissal_heading_words, a heading of five words naming the concern is read; one of six is not.
def test_round_46_a_dismissal_under_a_heading_of_five_words_is_read() -> None:
    five = _SERTRALINE_GOES_ON + "Risk of relapse on stopping: not relevant."
    assert _ma123(_mothers(SERTRALINE_AT, five)) == [f"$.assessments[{SERTRALINE_AT}].conclusion"]
    six = _SERTRALINE_GOES_ON + "The risk of relapse on stopping: not relevant."
    assert _ma123(_mothers(SERTRALINE_AT, six)) == []


# MA123 other_senses, a heading of withdrawal in another sense ("Withdrawal of consent:") names no concern of the
# baby's, where nothing else in the conclusion speaks of withdrawal.
def test_round_46_withdrawal_of_consent_is_no_heading_of_the_babys_withdrawal() -> None:
    assert _ma123(_mothers(METHADONE_AT, _METHADONE_GOES_ON + "Withdrawal of consent: not applicable.")) == []
    assert _ma123(_mothers(METHADONE_AT, _METHADONE_GOES_ON + "Withdrawal: not applicable.")) == [
        f"$.assessments[{METHADONE_AT}].conclusion"
    ]


# MA123 [dismissal] a reason in the concern's own terms after the dismissal, however short ("NAS: not applicable,
# abstinence scoring."), is no bare dismissal; a short reason in other words is.
def test_round_46_a_short_reason_in_the_concerns_terms_is_no_bare_dismissal() -> None:
    assert _ma123(_mothers(METHADONE_AT, _METHADONE_GOES_ON + "NAS: not applicable, abstinence scoring.")) == []
    assert _ma123(_mothers(METHADONE_AT, _METHADONE_GOES_ON + "NAS: n/a, scored.")) == [
        f"$.assessments[{METHADONE_AT}].conclusion"
    ]


_RAISED = frozenset({"neonatal-withdrawal", "relapse-if-stopped", "sedation-safe-sleep"})


# MA122 [ended_bare] tail_words, an end with a tail of eight words of where and when is read; one of nine is not.
def test_round_46_an_end_with_eight_words_of_where_and_when_is_read() -> None:
    eight = "The bedside cot went back to the library in town on Sunday morning."
    assert withdrawn_unreplaced(eight, _RAISED) == ("sedation-safe-sleep",)
    assert withdrawn_unreplaced(eight.replace("morning", "last week"), _RAISED) == ()


# MA122 [ended_bare] a replacement in the end's tail ("... in favour of ward scoring") leaves the plan in place.
def test_round_46_an_end_in_favour_of_another_plan_is_no_plan_gone() -> None:
    assert withdrawn_unreplaced("The home scoring was called off in favour of ward scoring.", _RAISED) == ()
    assert withdrawn_unreplaced("The home scoring was called off on Monday.", _RAISED) == ("neonatal-withdrawal",)


# MA122 [ended_bare] a replacement told before the end in its sentence ("Superseded by the ward's scoring, ...") leaves
# the plan in place.
def test_round_46_an_end_after_its_replacement_is_no_plan_gone() -> None:
    assert withdrawn_unreplaced("Superseded by the ward's scoring, the home scoring was called off.", _RAISED) == ()
    assert withdrawn_unreplaced("Sadly, the home scoring was called off.", _RAISED) == ("neonatal-withdrawal",)


# MA123 [dismissal] min_reason_words, numbers after a dismissal ("see 4.2 and 5.1") are no reason.
def test_round_46_section_numbers_after_a_dismissal_are_no_reason() -> None:
    dismissed = _SERTRALINE_GOES_ON + "Relapse on stopping: not relevant (see 4.2 and 5.1)."
    assert _ma123(_mothers(SERTRALINE_AT, dismissed)) == [f"$.assessments[{SERTRALINE_AT}].conclusion"]
    reasoned = _SERTRALINE_GOES_ON + "Relapse on stopping: not relevant, see the crisis plan in section 4."
    assert _ma123(_mothers(SERTRALINE_AT, reasoned)) == []


# MA122 [ended_bare] not_for, breastfeeding is a decision, not a plan: an end told bare of its support takes back none.
def test_round_46_an_end_told_bare_takes_back_no_breastfeeding() -> None:
    raised = frozenset({"breastfeeding", "sedation-safe-sleep"})
    assert withdrawn_unreplaced("The breastfeeding support was withdrawn.", raised) == ()
    assert withdrawn_unreplaced("The bedside cot went back to the library.", raised) == ("sedation-safe-sleep",)


_BORN_ON = dt.date(2026, 6, 8)


# MA017 [dated_ages] a day's named check dated too soon: the day-10 visit two days early (day 8) stands, a day sooner
# is found.
def test_round_46_a_day_check_dated_days_early_to_the_day_stands() -> None:
    assert not dates_off_the_babys_age("the day-10 visit is on 16 June 2026", _BORN_ON, _BORN_ON)
    assert dates_off_the_babys_age("the day-10 visit is on 15 June 2026", _BORN_ON, _BORN_ON)


# MA017 [dated_ages] a day's named check dated before the birth is timed from another start, not found as too soon.
def test_round_46_a_day_check_dated_before_the_birth_is_not_too_soon() -> None:
    assert not dates_off_the_babys_age("the day-10 visit is on 2 June 2026", _BORN_ON, _BORN_ON)


# MA017 [dated_ages] a day's named check is judged too soon only where the birth's date is known: a birth known only
# to a span, or not at all, may have been later.
def test_round_46_a_day_check_is_judged_too_soon_only_against_a_known_birth() -> None:
    assert not dates_off_the_babys_age("the day-10 visit is on 15 June 2026", _BORN_ON, dt.date(2026, 6, 12))
    assert not dates_off_the_babys_age("the day-10 visit is on 15 June 2026", _BORN_ON, None)
    assert dates_off_the_babys_age("the day-10 visit is on 15 June 2026", _BORN_ON, _BORN_ON)


# MA120 [mentions] given_then, a dose between the name and "was given" is passed over: given and then stopped.
def test_round_46_a_dose_given_and_then_stopped_is_read_past_its_amount() -> None:
    assert not _untaken_refused(_GOES_ON + "Oramorph 10 mg was given in recovery and was stopped the next morning.")
    assert _untaken_refused(_GOES_ON + "Oramorph 10 mg was given in recovery and goes on at home.")


# MA127 [levels_dropped] between_words, six words between the levels and their negation ("for the rest of pregnancy
# will") are read.
def test_round_46_levels_ruled_out_six_words_on_are_read() -> None:
    assert _levels_messages(_lithium(f"{_OPENS} Her levels for the rest of pregnancy will not be checked. {_BABY}"))
    assert not _levels_messages(_lithium(f"{_OPENS} Her levels for the rest of pregnancy will be checked. {_BABY}"))


# MA122 [remote contacts] voice_contacts, a crib inspected at a phone contact named as such is not seen; at a video
# contact it may be.
def test_round_46_a_crib_inspected_at_a_phone_contact_is_unseen() -> None:
    assert remote_hands_on(normalise("The health visitor inspects the crib at the phone contact on day 9."))
    assert not remote_hands_on(normalise("The health visitor inspects the crib at the video contact on day 9."))


# MA122 [ended_bare] successors, "instead" in a later sentence tells what stands in the ended thing's place.
def test_round_46_a_later_sentence_saying_instead_holds_the_plan() -> None:
    ended = "The agency night cover fell through last week. Her aunt comes "
    assert withdrawn_unreplaced(ended + "instead.", _RAISED) == ()
    assert withdrawn_unreplaced(ended + "on Sundays.", _RAISED) == ("sedation-safe-sleep",)


# MA127 [levels_dropped] mothers, the baby's statement goes on past a comma and a conjunction naming neither
# ("..., and no level is needed"); one naming the mother ("..., and her level is not needed") is hers.
def test_round_46_the_babys_statement_goes_on_past_a_comma_naming_no_mother() -> None:
    said = f"{_OPENS} The newborn is seen by the paediatrician, and {{}}. {_BABY}"
    assert not _levels_messages(_lithium(said.format("no level is needed")))
    assert _levels_messages(_lithium(said.format("her level is not needed")))


# MA122 [holders] gone_workplaces, the post left named with up to two words before it ("left the local drug service")
# makes the conceded holder a professional gone; three words are past the reading.
def test_round_46_a_workplace_named_with_two_words_before_it_is_read() -> None:
    said = "Ann Okafor weighs the infant on day 5, though Ann Okafor left the {} drug service last month."
    assert given_to_someone_gone(said.format("local"))
    assert not given_to_someone_gone(said.format("big local"))


# MA127 [levels_dropped] level_names, the levels called blood tests ("No blood tests are needed.") are ruled out like
# levels.
def test_round_46_blood_tests_ruled_out_are_the_levels_ruled_out() -> None:
    assert _levels_messages(_lithium(f"{_OPENS} No blood tests are needed. {_BABY}"))
    assert not _levels_messages(
        _lithium(f"{_OPENS} Blood tests every four weeks, weekly from 38/40 and on the day after the birth. {_BABY}")
    )


# MA123 [dismissal] heading_dismissals, "irrelevant" under a heading naming the concern dismisses it.
def test_round_46_a_concern_called_irrelevant_under_its_heading_is_dismissed() -> None:
    dismissed = _SERTRALINE_GOES_ON + "Relapse on stopping: irrelevant."
    assert _ma123(_mothers(SERTRALINE_AT, dismissed)) == [f"$.assessments[{SERTRALINE_AT}].conclusion"]
    reasoned = _SERTRALINE_GOES_ON + "Relapse on stopping: irrelevant, she has been well off it for four years."
    assert _ma123(_mothers(SERTRALINE_AT, reasoned)) == []


# MA127 [levels_dropped] a levels question answered by a plan ("No further levels? Levels every 4 weeks ...") keeps
# the levels; answered by nothing it drops them.
def test_round_46_a_levels_question_answered_by_a_plan_keeps_them() -> None:
    asked = f"{_OPENS} No further levels? {{}} {_BABY}"
    assert not _levels_messages(_lithium(asked.format("Levels every 4 weeks and weekly from 36 weeks.")))
    assert _levels_messages(_lithium(asked.format("Not needed.")))


def _overall_unwatched(text: str) -> list[str]:
    data = complete()
    data["overall_conclusion"]["text"] = text
    return [
        i.path
        for i in check(record_from_data(data), today=TODAY)
        if i.code == "MA127" and i.path == "$.overall_conclusion.text" and "needs no watching" in i.message
    ]


# MA127 [watch_dropped] the overall conclusion is read against each assessment's items: dropping the newborn's watch
# that the methadone item plans is refused; keeping it passes.
def test_round_46_the_overall_conclusion_dropping_the_items_watch_is_refused() -> None:
    assert _overall_unwatched(
        "Methadone and sertraline continue unchanged; the newborn does not need neonatal observation, and "
        "breastfeeding is supported."
    ) == ["$.overall_conclusion.text"]
    assert (
        _overall_unwatched(
            "Methadone and sertraline continue unchanged; the newborn is scored on the ward for 72 hours, and "
            "breastfeeding is supported."
        )
        == []
    )


# MA127 [stacked_negations] an adult's company after a comma is read only in the act's sentence: "With her partner"
# opening the next sentence is no company of the bed.
def test_round_46_company_in_the_next_sentence_is_not_the_beds() -> None:
    assert allowed_sleep_sharing(normalise("She can share a bed. With her partner, she takes the baby to clinic."))
    assert not allowed_sleep_sharing(normalise("She can share a bed, with her partner."))


# MA017 [dated_ages] weeks_early (round 45's m47): a 6-week check dated five weeks after the birth, to the day, is
# within its week less the days early; a day sooner is found.
def test_round_46_a_week_check_dated_its_days_early_to_the_day_stands() -> None:
    assert not dates_off_the_babys_age("the 6-week check is on 13 July 2026", _BORN_ON, _BORN_ON)
    assert dates_off_the_babys_age("the 6-week check is on 12 July 2026", _BORN_ON, _BORN_ON)
