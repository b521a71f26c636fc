"""Cases that kill the survivors of round 36's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import copy
import json
from typing import Any

from medassess import check, record_from_data
from medassess.gate.night_care import night_care_to_the_sedated
from tests.gate.test_night_care import POSTNATAL
from tests.gate.test_night_care import TODAY as POSTNATAL_TODAY
from tests.gate.test_written_times import COMPLETE as ANTENATAL
from tests.gate.test_written_times import TODAY as ANTENATAL_TODAY
from tests.test_rules import TODAY, complete

# MA127, night care given to a sedated parent (night_care.py): the conclusion of the postnatal example.


def _night_codes(text: str) -> set[str]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = text + " The health visitor checks the sleeping set-up at each visit."
    issues = check(record_from_data(data), today=POSTNATAL_TODAY)
    return {i.code for i in issues if i.severity == "error" and i.path == "$.assessments[0].conclusion"}


def _sentence_findings(text: str) -> list[str]:
    """MA127's findings on the conclusion that a sentence of it says a parent is sedated and gives that parent the
    nights (not the partner sedated by the record's own items)."""
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = text + " The health visitor checks the sleeping set-up at each visit."
    issues = check(record_from_data(data), today=POSTNATAL_TODAY)
    return [
        i.message
        for i in issues
        if i.code == "MA127" and i.path == "$.assessments[0].conclusion" and "says a parent is sedated" in i.message
    ]


# `_whose`: a baby word nearest the hazard makes it the baby's sleepiness, whoever is named after it.
def test_round_36_the_babys_own_sleepiness_gives_no_parent_a_hazard() -> None:
    sound = "The baby is sleepy after his feeds, so he does the night feeds."
    hazard = "He is sleepy after his dose, so he does the night feeds."
    assert not night_care_to_the_sedated(sound)
    assert night_care_to_the_sedated(hazard)
    # The sentence gives the sedated parent nothing; the record's own sedation item for the father still makes "he
    # does the night feeds" his nights (the partner sedated by the record), a finding of its own.
    assert not _sentence_findings(sound)
    assert _sentence_findings(hazard)
    assert "MA127" in _night_codes(hazard)


# MA127, a stop told of a medicine the list gives as current (stops_told.py); sertraline is listed as started
# 2025-06-10, with no stop date.


def _told(data: dict[str, Any], conclusion: str) -> list[tuple[str, str]]:
    data["assessments"][1]["conclusion"] = conclusion
    issues = check(record_from_data(data), today=TODAY)
    return [(i.path, i.message) for i in issues if i.code == "MA127" and "medicine list" in i.message]


def _told_of(conclusion: str) -> list[str]:
    return [p for p, _ in _told(complete(), conclusion)]


AT_CONCLUSION = ["$.assessments[1].conclusion"]


# `_dated_apart`: only a year before the listed start dates another course; the start's own year is this course's.
def test_round_36_a_stop_dated_in_the_year_the_list_starts_the_medicine_is_of_the_listed_course() -> None:
    assert _told_of("Her sertraline was stopped in December 2025, so no jitteriness watch is needed.") == AT_CONCLUSION
    assert _told_of("Her sertraline was stopped in December 2024, so no jitteriness watch is needed.") == []


# `_tells_a_stop`: "both stopped" tells this medicine's stop only where the medicine is named before it in its clause.
def test_round_36_both_stopped_of_other_medicines_in_another_clause_is_no_stop_of_this_one() -> None:
    assert (
        _told_of(
            "Sertraline carries on at 100 mg, her pregabalin and zopiclone were both stopped at booking; the newborn "
            "is watched for jitteriness for two days."
        )
        == []
    )
    assert _told_of("Sertraline and pregabalin were both stopped at booking; the newborn only needs routine care.") == (
        AT_CONCLUSION
    )


# `stopped_while_listed`: a listed combination holding this medicine (co-codamol for codeine) may be what the text
# names; its stop is the combination's, not the single medicine's.
def test_round_36_a_listed_combination_told_stopped_is_not_the_stop_of_its_listed_part() -> None:
    data: dict[str, Any] = complete()
    for ident, name, dose in (
        ("med-cocodamol", "Co-codamol 30mg/500mg tablets", "Two tablets four times a day"),
        ("med-codeine", "Codeine 30mg tablets", "30 mg four times a day"),
    ):
        medicine = copy.deepcopy(data["medicines"][1])
        medicine.update(id=ident, name=name, dose=dose)
        del medicine["code"]
        data["medicines"].append(medicine)
    found = _told(data, "Her co-codamol was stopped at booking; the newborn only needs routine care.")
    assert [p for p, _ in found] == AT_CONCLUSION
    assert "med-cocodamol" in found[0][1]
    assert not any("med-codeine" in m for _, m in found)


# MA127, a conclusion saying the baby needs no watching its item plans (watch_dropped.py).


def _watch(conclusion: str) -> list[str]:
    data: dict[str, Any] = complete()
    data["assessments"][0]["conclusion"] = conclusion
    issues = check(record_from_data(data), today=TODAY)
    return [i.path for i in issues if i.code == "MA127" and "needs no watching" in i.message]


# `watch_dropped`: a conclusion that watches the baby itself drops no watch, whatever else it says.
def test_round_36_a_conclusion_that_watches_the_baby_itself_drops_no_watch() -> None:
    assert (
        _watch(
            "Methadone continues; the newborn is not expected to withdraw at her dose but is still observed on the "
            "ward for 72 hours, with a cot by the bed."
        )
        == []
    )
    assert _watch(
        "Methadone continues; the newborn is not expected to withdraw at her dose and goes home on day one, with a "
        "cot by the bed."
    ) == ["$.assessments[0].conclusion"]


# MA017, a watch timed so it cannot cover withdrawal (written_times.py), in the antenatal example's conclusion.


def _ma017(conclusion: str) -> bool:
    data = json.loads(ANTENATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    issues = check(record_from_data(data), today=ANTENATAL_TODAY)
    return any(i.code == "MA017" and i.path == "$.assessments[0].conclusion" for i in issues)


# `times_impossible_watch`: a late day of life is the watch's only time only where no length or end is given (a
# 72-hour watch with a later follow-up check).
def test_round_36_a_late_day_beside_a_length_is_not_the_watchs_only_time() -> None:
    assert not _ma017(
        "Methadone continues; the baby is observed for withdrawal for 72 hours, with a follow-up check on day 28 "
        "of life."
    )
    assert _ma017("Methadone continues; the baby is observed for withdrawal, with a follow-up check on day 28 of life.")


# `_of_the_watch`: a time after a join that starts another clause is not the watch's.
def test_round_36_a_time_after_a_join_times_something_else() -> None:
    assert not _ma017("The baby is observed for withdrawal and her methadone continues for 3 years.")
    assert _ma017("The baby is observed for withdrawal for 3 years after the birth, with methadone continuing.")


# `min_hours` (mappings/neonatal-watch.toml): a watch of a day is the shortest that covers early withdrawal.
def test_round_36_a_watch_an_hour_short_of_a_day_is_too_short() -> None:
    assert _ma017("Methadone continues; the baby is observed for withdrawal for 23 hours on the ward.")
    assert not _ma017("Methadone continues; the baby is observed for withdrawal for 24 hours on the ward.")


# `max_weeks` (mappings/neonatal-watch.toml) in `writes_impossible_gestation`: 42 weeks is still a pregnancy's.
def test_round_36_a_gestation_of_42_weeks_is_still_possible() -> None:
    assert not _ma017("Methadone continues; induction is offered at 42 weeks if she has not laboured.")
    assert _ma017("Methadone continues; induction is offered at 43 weeks if she has not laboured.")


# MA016 the other way (written_dates.plans_before_birth): a past in the clause reports the pregnancy's plan.


def _ma016(conclusion: str) -> list[str]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    issues = check(record_from_data(data), today=POSTNATAL_TODAY)
    return [i.path for i in issues if i.code == "MA016"]


def test_round_36_advice_given_in_the_pregnancy_told_in_the_past_plans_nothing_now() -> None:
    assert _ma016("He was told at 36 weeks to continue quetiapine.") == []
    assert _ma016("At 36 weeks he is to continue quetiapine.") == ["$.assessments[0].conclusion"]


# MA130, `limit_reach` (mappings/doses.toml): a limit's number may be the third word after it ("under a daily 175
# mg"), and a contradicted amount in its sentence is then not compared.


def _ma130(conclusion: str) -> list[str]:
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = conclusion
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA130"]


def test_round_36_a_limit_two_words_before_its_number_bounds_the_dose() -> None:
    watched = "; the baby will be watched for adaptation after birth."
    assert _ma130("Sertraline is kept under a daily 175 mg" + watched) == []
    assert _ma130("Sertraline is kept at a daily 175 mg" + watched) == AT_CONCLUSION


# MA119, `_HEADING_WORDS` (rules/medicines.py): a heading of six words naming two medicines is still a heading.


def _ma119(conclusion: str) -> list[tuple[str, str]]:
    from tests.gate.test_medicine_rules import _joint, issues

    return issues(_joint(conclusion), "MA119")


def test_round_36_a_six_word_heading_over_some_of_its_medicines_is_refused() -> None:
    body = ": keep methadone at 60 mg; her newborn is scored for opioid withdrawal for three days and never shares a "
    body += "bed."
    assert [p for p, _ in _ma119("Plan for her methadone and sertraline" + body)] == ["$.assessments[0].conclusion"]
    assert _ma119("The plan for her methadone and sertraline" + body) == []


# MA122, lone actors (concerns.without_lone_actors): a clause opening on a condition or a time goes with the lone
# actor's sentence, so the baby settling "once feeding is established" is still the baby's own doing.


def _lone_codes(text: str) -> set[str]:
    from tests.gate.conclusions import METHADONE
    from tests.gate.conclusions import conclusion_codes as lone_codes

    return lone_codes(METHADONE, text)


def test_round_36_a_lone_actor_with_a_time_clause_after_it_still_plans_nothing() -> None:
    opening = "Methadone goes on at the same dose. The newborn will settle within a few days, "
    assert "MA122" in _lone_codes(opening + "once feeding is established.")
    assert "MA122" not in _lone_codes(opening + "and the midwives score withdrawal for three days.")


# MA103/MA104/MA124, open questions (substance.open_questions): a question followed by another question is not
# answered by it.


def _asked(conclusion: str) -> set[str]:
    from tests.gate.test_open_questions import _faults

    return _faults(conclusion)


def test_round_36_a_question_followed_by_another_question_is_unanswered() -> None:
    opening = "Methadone 60 mg goes on unchanged. Who scores the newborn for withdrawal on the ward? "
    assert {"MA104", "MA124"} <= _asked(opening + "Where does he sleep?")
    assert _asked(opening + "The ward midwives, every four hours for three days.") == set()


# MA103, stacked negations (`stacked_negations` = 3): three negations on a frame of truth decide nothing.
def test_round_36_three_negations_on_a_frame_of_truth_decide_nothing() -> None:
    opening = "Methadone 60 mg goes on. "
    assert "MA103" in _asked(opening + "It is not untrue that the newborn will not need scoring for withdrawal.")
    assert _asked(opening + "It is not true that the newborn will skip scoring for withdrawal.") == set()


# MA103, retractions (`_without_retracted`): everything up to the last retraction is taken back, not the first.
def test_round_36_everything_before_the_last_retraction_is_taken_back() -> None:
    plan = "Scrap that: methadone stays at 60 mg and the newborn is scored for withdrawal for three days"
    assert "MA103" in _asked(plan + "; disregard the above.")
    assert "MA103" not in _asked(plan + ".")


# MA120, the neonatal team by its doctors (names.toml `neonatal_teams`): the paediatric registrar starting morphine
# is the baby's treatment, which needs no place on the mother's list; her GP starting it is not.


def _ma120(overall: str) -> list[str]:
    from tests.gate.test_medicine_rules import _with_overall, issues

    return [p for p, _ in issues(_with_overall(overall), "MA120")]


def test_round_36_the_paediatric_registrar_starting_morphine_is_the_babys_treatment() -> None:
    opening = "Methadone 60 mg and sertraline continue. "
    assert _ma120(opening + "The paediatric registrar starts oral morphine at 40 micrograms/kg on the ward.") == []
    assert _ma120(opening + "Her GP starts oral morphine at 40 micrograms/kg on the ward.") == [
        "$.overall_conclusion.text"
    ]


# MA124, the baby named only as who benefits (concerns.toml "for the baby's sake"): every act the mother's own care.
def test_round_36_for_the_babys_sake_beside_only_her_own_care_names_no_baby() -> None:
    from tests.gate.test_another_child import CONCLUSION, _codes, _with

    own_care = "Methadone continues at 60 mg. For the baby's sake her blood pressure is checked each month."
    assert "MA124" in _codes(_with(CONCLUSION, own_care))
    assert "MA124" not in _codes(
        _with(CONCLUSION, "Methadone continues at 60 mg. For the baby's sake she never co-sleeps after her dose.")
    )


# MA101, a brand of several words read with one word misspelt (NameIndex._brand_word_mentions): two misspelt words
# leave no exact word to hold the brand.
def test_round_36_a_brand_with_two_words_misspelt_is_not_that_brand() -> None:
    from medassess.gate.names import identify

    assert identify("Numark Chesti Cough Expectorent").classes == ()
    assert "diphenhydramine" in identify("Numark Chesti Cough Expectorant").ingredients
