"""Cases that kill the survivors of round 35's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

from typing import Any

from medassess import check, record_from_data
from tests.gate.test_stale_plans import PLAN_MESSAGE, complete, fired
from tests.test_rules import TODAY
from tests.test_rules import complete as complete_record

# MA017, a plan dated before the part holding it was written (written_dates.plans_before): the assessment was
# written on 2026-03-02, so a plan for February is stale unless the sentence tells its outcome.


def _ma017(recommendations: str) -> list[tuple[str, str]]:
    data = complete()
    data["assessments"][1]["recommendations"] = recommendations
    return fired(data, "MA017")


STALE_AT = [("$.assessments[1].recommendations", PLAN_MESSAGE)]


# `reports.done` after the date: an outcome told later in the sentence, not right after "and", is a report.
def test_round_35_a_stale_plan_whose_outcome_is_told_later_in_its_sentence_is_a_report() -> None:
    assert _ma017("Her ECG is booked for 25/02/2026 at the surgery, which went ahead.") == []
    assert _ma017("Her ECG is booked for 25/02/2026 at the surgery, with the trace to the midwife.") == STALE_AT


# `_TELLS_OUTCOME` "and": a past right after "and" that follows the date tells the plan's outcome.
def test_round_35_a_past_after_and_tells_the_outcome_of_a_stale_plan() -> None:
    assert _ma017("The clinic review is booked for 20/02/2026 and went well.") == []
    assert _ma017("The clinic review is booked for 20/02/2026 with both teams.") == STALE_AT


# `[birth_told].unless` in `plans_before`: in an antenatal record an event after birth is a plan unless another
# baby's, even where no past follows the date.
def test_round_35_another_babys_event_after_birth_is_no_plan_in_an_antenatal_record() -> None:
    assert _ma017("Her first baby had her 6-week check on 20/02/2026 at the surgery.") == []
    assert _ma017("The 6-week check on 20/02/2026 at the surgery, with the health visitor.") == STALE_AT


# MA130, a conclusion's dose that its medicine's dose line contradicts (doses.contradicted); the sertraline line is
# "Two tablets (100 mg) once daily" of "Sertraline 50mg tablets".


def _ma130(conclusion: str, dose: str | None = None) -> bool:
    data: dict[str, Any] = complete_record()
    data["assessments"][1]["conclusion"] = conclusion
    if dose is not None:
        ids = set(data["assessments"][1]["medicine_ids"])
        next(m for m in data["medicines"] if m["id"] in ids)["dose"] = dose
    return any(i.code == "MA130" for i in check(record_from_data(data), today=TODAY))


WATCHED = " her baby is checked for adaptation after birth."


# `continuing` in `_linked`: an amount beyond the reach is read only where the words between say it continues.
def test_round_35_a_far_amount_is_read_only_after_a_word_of_continuing() -> None:
    assert _ma130("Sertraline stays as the same dose she has had since her booking visit, 90 mg;" + WATCHED)
    assert not _ma130("Sertraline is taken as the same dose she has had since her booking visit, 90 mg;" + WATCHED)


# `_COUNTED` "x", and `not counted` in `_linked`: "2 x 50 mg once daily" is a tablet's strength and a count.
def test_round_35_a_count_with_x_before_an_amount_makes_it_a_strength() -> None:
    assert not _ma130("Sertraline 100 mg daily continues as 2 x 50 mg once daily;" + WATCHED)
    assert _ma130("Sertraline 100 mg daily continues as 50 mg once daily;" + WATCHED)


# `once_a_day` in `_linked`: "daily" is one dose a day only beside a line of one dose once a day; beside a line of
# two doses it is the day's total (100 mg for "50 mg twice daily", not any amount within six times a dose).
def test_round_35_daily_is_a_days_total_beside_a_line_of_two_doses() -> None:
    assert not _ma130("Sertraline 100 mg daily carries on through the pregnancy;" + WATCHED, "50 mg twice daily")
    assert _ma130("Sertraline 200 mg daily carries on through the pregnancy;" + WATCHED, "50 mg twice daily")
    assert _ma130("Sertraline 200 mg once daily carries on through the pregnancy;" + WATCHED, "50 mg once daily")


# `several` in `contradicted`: a line with a once word and "and" is of several doses, not one a day.
def test_round_35_a_line_of_a_morning_and_a_night_dose_is_not_once_a_day() -> None:
    line = "50 mg in the morning and 50 mg at night"
    assert not _ma130("Sertraline 25 mg daily carries on through the pregnancy;" + WATCHED, line)
    assert _ma130("Sertraline 25 mg daily carries on through the pregnancy;" + WATCHED, "50 mg at night")


# `overall.date` in MA130's overall reading: a dose changed on the day the overall conclusion was written was known
# to it, so its amount is still compared (only a change after it is MA108's).
def test_round_35_a_dose_changed_the_day_the_overall_conclusion_was_written_is_compared() -> None:
    data: dict[str, Any] = complete_record()
    data["overall_conclusion"]["text"] = "Continue methadone. Sertraline 75 mg daily continues. No co-sleeping."
    data["medicines"][1]["last_changed"] = data["overall_conclusion"]["date"]
    assert "$.overall_conclusion.text" in {
        i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"
    }
    data["overall_conclusion"]["text"] = "Continue methadone. Sertraline 100 mg daily continues. No co-sleeping."
    assert not any(i.code == "MA130" for i in check(record_from_data(data), today=TODAY))


# MA127, a conclusion that continues its medicine and stops it now (concerns.Contradiction): a stop in the past
# tense is one now only with its time right after it (`_said_now` matches, not searches), and a dose written
# "daily" after the name is read with the name (`_HOW_OFTEN`).
def test_round_35_a_past_stop_is_now_only_with_its_time_right_after_it() -> None:
    from tests.gate.test_plans_against_themselves import _ma127, _methadone

    scored = " The newborn is scored for withdrawal on the ward for three days."
    kept = "Methadone 60 mg once daily continues through the pregnancy; "
    assert _ma127(_methadone(kept + "she stopped methadone in 2019, and today she is stable." + scored)) == set()
    assert _ma127(_methadone(kept + "she stopped methadone today, and she is stable." + scored)) == {
        "$.assessments[0].conclusion"
    }


def test_round_35_a_dose_written_daily_after_the_name_is_read_with_it() -> None:
    from tests.gate.test_plans_against_themselves import _ma127, _methadone

    scored = " The newborn is scored for withdrawal on the ward for three days."
    assert _ma127(
        _methadone("Methadone 60 mg daily carries on to delivery, and methadone stops tomorrow." + scored)
    ) == {"$.assessments[0].conclusion"}
    assert (
        _ma127(_methadone("Methadone 60 mg daily carries on for now, and methadone stops tomorrow." + scored)) == set()
    )


# MA122, a conclusion held to its own medicines' concerns (coverage.py): only a conclusion left standing by the
# conclusion rules is judged, so one already faulted (MA103) is reported once.
def test_round_35_a_conclusion_already_faulted_is_not_also_held_to_its_concerns() -> None:
    from tests.gate.test_conclusion_of_another_class import SEDATIVES, _codes

    # (The refusal of one left standing is test_conclusion_of_another_class's NONE_OF_ITS_OWN.)
    assert _codes(SEDATIVES, "Nothing to add at this time; she will keep the prescription in her bag.") == {"MA103"}


# MA124, a conclusion that speaks of the baby (concerns.speaks_of_the_baby): a baby word in a thing's name or a
# time ([baby] not_this_baby: "a baby monitor", "before the baby arrives") names no baby.
def test_round_35_a_baby_monitor_names_no_baby() -> None:
    from tests.gate.test_conclusion_of_another_class import SERTRALINE, _codes

    assert "MA124" in _codes(SERTRALINE, "Sertraline 100 mg continues for her mood; she has bought a baby monitor.")
    assert "MA124" not in _codes(
        SERTRALINE, "Sertraline 100 mg continues for her mood; the baby is watched for jitteriness for two days."
    )


# MA103, the to-do lists, taking verbs and bare verdicts of substance.py (probed in round 35's follow-up).
def _ma103(text: str) -> bool:
    from tests.gate.test_conclusion_of_another_class import SERTRALINE, _codes

    return "MA103" in _codes(SERTRALINE, text)


# `_without_unowned_to_do`'s digit guard (m31): a to-do sentence holding a digit names a time or a measure, even
# one written into a word ("D5 weight", the day-5 weighing), so it is not blanked as owned by nobody.
def test_round_35_a_to_do_list_holding_a_digit_is_not_unowned() -> None:
    assert not _ma103("Feeding to be supported and D5 weight to be checked.")
    assert _ma103("Feeding to be supported and weight to be checked.")


# `_TAKING_HINT` "is on" (m32): "is on" + the medicine + its dose restates the medicines list as "takes" does, so
# a text whose only other part is an account is refused; one that goes on to decide is not.
def test_round_35_is_on_with_the_dose_restates_the_medicines_list() -> None:
    assert _ma103("Mum is on sertraline 100 mg each morning; her mood was discussed with the perinatal team.")
    assert not _ma103("Mum is on sertraline 100 mg each morning; her sertraline carries on unchanged after the birth.")


# The bare-verdict count (m33): one bare verdict beside a decision is that topic's shorthand, judged as a verdict,
# not a dismissal; two or more bare topics in turn dismiss each, even beside a decision.
def test_round_35_one_bare_verdict_beside_a_decision_is_no_dismissal() -> None:
    from tests.gate.test_substance import judged

    kept = "Buprenorphine 16 mg daily goes on through the pregnancy and after the delivery. "
    assert judged(kept + "Feeding fine.") == "substantive"
    assert judged("Feeding fine. Sleep fine.") == "hollow"
    assert judged(kept + "Feeding fine. Sleep fine.") == "hollow"


# The claim-word filter on bare-verdict topics (m34): a topic holding a claim word ("continues") says something,
# so it is no bare topic and does not make a pair with another.
def test_round_35_a_topic_holding_a_claim_word_is_no_bare_topic() -> None:
    from tests.gate.test_substance import judged

    kept = "Buprenorphine 16 mg daily goes on through the pregnancy and after the delivery. "
    assert judged(kept + "Breastfeeding continues fine. Sleep fine.") == "substantive"
    assert judged(kept + "Breastfeeding fine. Sleep fine.") == "hollow"
