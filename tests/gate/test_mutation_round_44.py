"""Cases that kill the survivors of round 44's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import json
from typing import Any

from medassess import check, record_from_data
from medassess.gate.holders import remote_hands_on
from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.regimen_only import regimen_only
from medassess.gate.settings import shipped_settings
from medassess.gate.substance import analyse
from medassess.gate.text import normalise
from tests.gate.conclusions import VALPROATE, conclusion_codes
from tests.gate.test_continued_against_a_stop import CONTINUES, _record, _stop_paths
from tests.gate.test_levels_dropped import _BABY, _DROPS, _OPENS, _levels_messages, _lithium
from tests.gate.test_record_facts_told_otherwise import _HEAD, _codes, _foster
from tests.gate.test_substance import RECORD_MEDICINES, errors, with_conclusion
from tests.gate.test_whole_changed_under_a_condition import _PLAN as _CONTINGENT_PLAN
from tests.test_rules import COMPLETE, TODAY

SHIPPED = shipped_settings()
_AT = ["$.assessments[0].conclusion"]


def _levels(text: str) -> list[str]:
    return _levels_messages(_lithium(f"{_OPENS} {text} {_BABY}"))


def _regimen_only(text: str) -> bool:
    return regimen_only(text, analyse(text, SHIPPED, RECORD_MEDICINES), SHIPPED, RECORD_MEDICINES)


# MA127 [levels_dropped], levels put off: a bound in hours or days after the birth is a level's timing, not the levels
# put off past the birth; a bound in months is.
def test_round_44_levels_put_off_hours_after_the_birth_are_a_timing() -> None:
    assert _levels("Her levels are put off until the baby is a month old.") == _AT
    assert _levels("Levels are put off until 6 hours after the birth.") == []
    assert _levels("Levels are deferred until 2 days after delivery.") == []


# MA127 [levels_dropped], levels started at term: from 40 weeks (term_weeks itself) is refused; from 36 weeks, as the
# recommendations plan, stands.
def test_round_44_levels_started_at_40_weeks_are_started_at_term() -> None:
    assert _levels("Weekly levels from 40 weeks.") == _AT
    assert _levels("Weekly levels from 36 weeks.") == []


# MA127 [levels_dropped], levels started at term beside a schedule of their own before it stand.
def test_round_44_levels_from_term_with_a_schedule_before_it_stand() -> None:
    assert _levels("Levels weekly from 40 weeks, monthly until then.") == []
    assert _levels("Levels weekly from 40 weeks.") == _AT


# MA127 [levels_dropped], a hedge of four words with its article ("The time will tell.") answers the levels question
# with nothing.
def test_round_44_a_levels_question_answered_by_a_four_word_hedge_is_refused() -> None:
    assert _levels("Lithium levels? The time will tell.") == _AT
    assert _levels("Lithium levels? The usual monthly ones.") == []


# MA127 [levels_dropped], "at" three words before "level" ("at her present level") gives the dose's sense, not the
# monitored levels.
def test_round_44_at_her_present_level_is_the_doses_sense() -> None:
    assert _levels("At her present level she does not need any change.") == []
    assert _levels("Her present levels she does not need any more.") == _AT


# MA127 [levels_dropped], four words between the levels and their negation are read.
def test_round_44_levels_ruled_out_four_words_on_are_read() -> None:
    assert _levels("Her lithium levels from now on will not be checked.") == _AT
    assert _levels("Her lithium levels from now on will be checked monthly.") == []


# MA127 [levels_dropped], a lithium medicine stopped on the assessment's own date is not current then: no levels are
# owed; one stopped the day after is.
def test_round_44_lithium_stopped_on_the_assessments_day_owes_no_levels() -> None:
    assert _levels_messages(_lithium(_DROPS[0], stopped="2026-05-06", last_changed=None)) == []
    assert _levels_messages(_lithium(_DROPS[0], stopped="2026-05-07", last_changed=None)) == _AT


# MA103 [regimen_only] handed_over, what someone knows about, then an act of their own after "and": the act stands.
def test_round_44_an_act_after_and_beside_what_someone_knows_about_stands() -> None:
    text = "Methadone 60 mg continues. The health visitor knows about the cot and scores the newborn for withdrawal."
    assert not _regimen_only(text)
    assert errors(with_conclusion(text)) == set()
    bare = "Methadone 60 mg continues. The health visitor knows about the cot and about withdrawal."
    assert _regimen_only(bare)


# MA103 [regimen_only] handed_over, a hand-over after ", and" takes only its own clause: the act before the comma
# stands.
def test_round_44_a_hand_over_after_comma_and_leaves_the_clause_before() -> None:
    text = (
        "Methadone 60 mg continues. The ward scores the newborn for withdrawal, and feeding is covered in her care "
        "plan."
    )
    assert not _regimen_only(text)
    assert errors(with_conclusion(text)) == set()
    assert _regimen_only("Methadone 60 mg continues. Feeding and withdrawal are covered in her care plan.")


# MA103 [regimen_only], a list's heads go with the deferral after them only where they name topics alone: an act
# before the comma ("The ward scores the newborn,") is no head.
def test_round_44_an_act_before_a_deferral_is_no_list_head() -> None:
    assert not _regimen_only(
        "Methadone 60 mg continues. The ward scores the newborn, feeds to be covered at the meeting."
    )
    assert _regimen_only("Methadone 60 mg continues. Sleep, feeds and withdrawal to be covered at the meeting.")


# MA103 [regimen_only] handed_over, "in the hands of" with a possessive ("her midwife"), not only "the".
def test_round_44_in_the_hands_of_her_midwife_is_a_hand_over() -> None:
    text = "Methadone 60 mg continues. The newborn's scoring and feeds are in the hands of her midwife."
    assert _regimen_only(text)
    assert "MA103" in errors(with_conclusion(text))


_PLAN = (
    "Methadone 60 mg daily continues. The ward scores the newborn for withdrawal for 72 hours and the health visitor "
    "checks for late signs to day 10; breastfeeding encouraged. She is drowsy after each dose, so the newborn never "
    "sleeps in her bed or on the sofa."
)


# MA122 [holders] remote contacts, "and" turns to another act: bloods in clinic and a call by phone stand.
def test_round_44_bloods_in_clinic_and_a_call_by_phone_stand() -> None:
    text = "The nurse takes her bloods in clinic and rings by phone with any worry."
    assert not remote_hands_on(normalise(text))
    assert errors(with_conclusion(f"{_PLAN} {text}")) == set()
    assert remote_hands_on(normalise("The nurse takes her bloods by phone with any worry."))


# MA122 [holders] remote contacts, the contact read up to 80 characters after the act.
def test_round_44_a_scan_at_a_video_call_far_after_it_is_refused() -> None:
    text = "The sonographer will carry out the anomaly scan herself during the course of her next video call."
    assert remote_hands_on(normalise(text))
    assert "MA122" in errors(with_conclusion(f"{_PLAN} {text}"))


def _allowed(text: str) -> bool:
    return bool(allowed_sleep_sharing(normalise(text)))


# MA127, a bed shared "with" an adult named after a determiner ("with her husband") is an adult's company.
def test_round_44_a_bed_shared_with_her_husband_is_no_grant() -> None:
    assert not _allowed("She can co-sleep with her husband; the infant sleeps in the cot.")
    assert _allowed("She can co-sleep with her baby.")


# MA127, "with" right after the act ("share a bed with partner Tom") names the act's company.
def test_round_44_with_partner_after_the_act_is_an_adults_company() -> None:
    assert not _allowed("She can share a bed with partner Tom while the infant sleeps in the cot.")
    assert _allowed("She can share a bed with the infant.")


# MA127, the baby joined to the adult's company in the next part is the baby's only where it has no verb of its own,
# and only within the sentence.
def test_round_44_the_baby_with_a_verb_of_its_own_or_in_the_next_sentence_is_not_joined() -> None:
    assert not _allowed("She may share a bed with her husband, and the baby sleeps in the cot.")
    assert not _allowed("She can share a bed with her husband. And the baby, never.")
    assert _allowed("She may share a bed with her husband, and the baby.")


def _partnered(conclusion: str) -> dict[str, Any]:
    data = _foster(_HEAD + conclusion)
    data["partner"] = {
        "name": {"given": ["Dylan"], "family": "Price-Example"},
        "relationship": "The baby's father",
        "nhs_number": "9990004293",
    }
    return data


# MA127, the partner's own given name stands for the parents too ("goes home with Dylan" against a placement).
def test_round_44_the_baby_going_home_with_the_partner_by_name_contradicts_a_placement() -> None:
    assert "$.safeguarding.discharge_to" in _codes(_partnered("The infant goes home with Dylan."), "MA127")
    assert _codes(_partnered("The infant goes home with Dylan to the placement."), "MA127") == set()


# MA127, recommendations stopping the medicine and a conclusion continuing it: a bare "weekly" or "monthly" after the
# dose is read with it ("Mycophenolate 250 mg weekly carries on").
def test_round_44_a_bare_weekly_after_the_dose_is_read_with_it() -> None:
    continued = "Mycophenolate 250 mg weekly carries on, with a detailed anomaly scan for the baby at 20 weeks."
    assert _stop_paths(_record(continued)) == ["$.assessments[0].recommendations"]
    stopped = "Mycophenolate 250 mg weekly is stopped today; the baby has a detailed anomaly scan at 20 weeks."
    assert _stop_paths(_record(stopped)) == []


# MA103, a condition opening the sentence after an aside ("Naturally if she ...") still makes the change a
# contingency where its alternative is named.
def test_round_44_a_condition_opening_after_an_aside_is_a_contingency() -> None:
    told = (
        f"{_CONTINGENT_PLAN} Naturally if she goes into labour before 34 weeks, it might all be different: the "
        "neonatal unit then scores the infant instead of the postnatal ward."
    )
    assert errors(with_conclusion(told)) == set()
    bare = f"{_CONTINGENT_PLAN} Naturally if she goes into labour before 34 weeks, it might all be different."
    assert "MA103" in errors(with_conclusion(bare))


# MA127, a medicine continued by her partner is someone else's ("Her partner stays on mycophenolate for his
# psoriasis"), not the stopped medicine continued.
def test_round_44_the_partner_staying_on_the_medicine_is_someone_elses() -> None:
    partner = (
        "Her partner stays on mycophenolate for his psoriasis; she has stopped hers, and the baby has a detailed "
        "anomaly scan at 20 weeks."
    )
    assert _stop_paths(_record(partner)) == []
    assert _stop_paths(_record(CONTINUES[1])) == ["$.assessments[0].recommendations"]


# MA127, "the baby" after the parent named as someone else makes the baby the subject again.
def test_round_44_the_baby_after_the_mother_is_the_subject_again() -> None:
    home = _HEAD + "Her tablets make the mother drowsy, so the baby sleeps at home with her parents."
    assert "$.safeguarding.discharge_to" in _codes(_foster(home), "MA127")
    away = _HEAD + "Her tablets make the mother drowsy, so the mother sleeps at home with her parents."
    assert "$.safeguarding.discharge_to" not in _codes(_foster(away), "MA127")


_VALPROATE_HEAD = "Valproate 500 mg bd goes on for now, since a sudden stop could bring back her seizures. "
_VALPROATE_TAIL = " The fetal medicine unit sees her within two weeks and a detailed anomaly scan is requested."


# MA127, harm to the unborn baby denied: a denial limited to "the milk" (no "breast" said) stands; the medicine's own
# harm denied is refused.
def test_round_44_no_risk_through_her_milk_is_limited_to_the_milk() -> None:
    milk = "There is no risk to the baby from valproate through her milk."
    assert "MA127" not in conclusion_codes(VALPROATE, _VALPROATE_HEAD + milk + _VALPROATE_TAIL)
    denied = "There is no risk to the baby from valproate."
    assert "MA127" in conclusion_codes(VALPROATE, _VALPROATE_HEAD + denied + _VALPROATE_TAIL)


def _route_ma017(description: str) -> set[str]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["recipients"][2]["route"] = {"kind": "manual", "description": description}
    return {i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA017"}


# MA017, a hand-over's yearless date is read against the signing too: a weekday none of its near days falls on is
# refused; the right one stands.
def test_round_44_a_hand_overs_yearless_wrong_weekday_is_refused() -> None:
    wrong = "The midwife hands the health visitor a printed copy on Tuesday 11 March."
    assert _route_ma017(wrong) == {"$.recipients[2].route.description"}
    assert _route_ma017(wrong.replace("Tuesday", "Wednesday")) == set()
