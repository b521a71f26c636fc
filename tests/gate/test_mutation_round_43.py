"""Cases that kill the survivors of round 43's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import copy
import datetime as dt
import json

from medassess import check, record_from_data
from medassess.gate.concerns import _dose_supervision
from medassess.gate.dated_ages import dates_off_the_babys_age, told_edds
from medassess.gate.holders import misheld_acts, without_gone_holders
from medassess.gate.narrowed import without_narrowed
from medassess.gate.negations import allowed_sleep_sharing
from medassess.gate.remedies import advised_interactions
from medassess.gate.routes import manual_problem
from medassess.gate.settings import shipped_settings
from medassess.gate.substance import open_questions
from medassess.gate.text import normalise
from medassess.gate.written_dates import tells_baby_born_before
from medassess.gate.written_times import times_impossible_watch
from tests.gate.conclusions import EXAMPLES, TODAY
from tests.gate.test_holders_gone_and_births_before import VALPROATE_HEAD, _ma127
from tests.gate.test_record_facts_told_otherwise import _HEAD, _edd, _foster
from tests.gate.test_record_facts_told_otherwise import _codes as _ma_codes
from tests.gate.test_substance import errors, with_conclusion
from tests.test_rules import complete

_PLAN = (
    "Methadone 60 mg and sertraline 100 mg continue; the newborn is scored for withdrawal on the postnatal ward for "
    "72 hours, she breastfeeds with midwife support, and the baby sleeps in its own cot."
)


# MA103, the whole said open to change under a condition is a contingency only where what happens then is named after
# the retraction; an alternative named before it ("rather than") is no fallback.
def test_round_43_an_alternative_before_the_change_is_no_contingency() -> None:
    before = f"{_PLAN} The ward scores rather than the neonatal unit, but it could all change if she delivers early."
    assert "MA103" in errors(with_conclusion(before))
    after = f"{_PLAN} It could all change if she delivers early, in which case the neonatal unit scores instead."
    assert errors(with_conclusion(after)) == set()


# MA103, the whole disowned ("not my final assessment") takes back its sentence with it only where the clause about
# it follows right after a colon or semicolon; a colon later in the text explains nothing of it.
def test_round_43_a_colon_later_in_the_text_does_not_extend_a_disowning() -> None:
    told = (
        "Not my final assessment, but the newborn is scored for withdrawal on the postnatal ward for 72 hours and "
        "sleeps in its own cot; methadone 60 mg continues. She breastfeeds: it goes well."
    )
    assert errors(with_conclusion(told)) == set()


# MA122, the baby said to be well "in the first few days" (up to the reach's characters) and then set to tell is
# still the baby holding the telling; with the health visitor's own clause it is held.
def test_round_43_the_baby_reassured_over_a_longer_phrase_still_holds_the_telling() -> None:
    assert misheld_acts(
        normalise("the newborn should be okay in the first few days and will tell us if something is up")
    )
    assert misheld_acts(
        normalise("the newborn will be fine after a day or two and will let us know if anything is wrong")
    )
    assert not misheld_acts(
        normalise("the newborn will be fine after a day or two, and she will let us know if anything is wrong")
    )


# MA122, a passive's agent named as covering for someone who has gone ("the locum covering for ...") holds the act;
# the one who has gone does not.
def test_round_43_the_locum_covering_for_someone_gone_holds_the_act() -> None:
    covered = normalise("The infant is weighed on day 5 by the locum covering for Ann Cole, who retired in May.")
    assert without_gone_holders(covered) == covered
    gone = normalise("The infant is weighed on day 5 by the midwife Ann Cole, who retired in May.")
    assert not without_gone_holders(gone).strip(" .")


# MA122, a clause opened by "and" or "but" with no comma before it may have a gone holder as its subject.
def test_round_43_a_gone_subject_after_and_or_but_is_read() -> None:
    for link in ("and", "but"):
        told = normalise(
            f"The ward midwives observe the newborn for 72 hours {link} Ann Cole, who has retired, checks the crib."
        )
        kept = without_gone_holders(told)
        assert kept.startswith("the ward midwives observe the newborn for 72 hours")
        assert "crib" not in kept


# MA122, a passive's agent of six words ("the named community midwife Priya Shah") who has gone is read.
def test_round_43_a_gone_agent_of_six_words_is_read() -> None:
    told = normalise(
        "The infant is scored for three days by the named community midwife Priya Shah, who has since retired."
    )
    assert not without_gone_holders(told).strip(" .")
    staying = normalise("The infant is scored for three days by the named community midwife Priya Shah.")
    assert without_gone_holders(staying) == staying


def _kept(text: str) -> str:
    return " ".join(without_narrowed(normalise(text)).split())


# MA122, a birth before conception with two words between ("takes place") never holds; before a gestation it may.
def test_round_43_a_birth_that_takes_place_before_conception_never_holds() -> None:
    assert _kept(
        "formula feeds; the midwife observes the infant if the birth takes place before she became pregnant."
    ) == ("formula feeds; .")
    assert (
        _kept(
            "formula feeds; the midwife observes the infant if the delivery happens unexpectedly before she conceived."
        )
        == "formula feeds; ."
    )
    held = "formula feeds; the midwife observes the infant if the birth takes place before 30 weeks."
    assert _kept(held) == " ".join(normalise(held).split())


# MA122, a birth "before she conceived" (no other word the never-holding conditions need) is read.
def test_round_43_born_before_she_conceived_is_read() -> None:
    assert _kept("formula feeds; the ward observes the infant only if it is born before she conceived.") == (
        "formula feeds; ."
    )


# MA122, "only if she stops X today" is set aside only where X is a medicine the text says goes on: breastfeeding is
# no medicine.
def test_round_43_a_stop_of_what_is_no_medicine_stands() -> None:
    told = "Breastfeeding continues. The ward adds formula only if she stops breastfeeding today."
    assert _kept(told) == " ".join(normalise(told).split())
    assert _kept("Methadone continues. Only if she comes off methadone today does the ward observe the infant.") == (
        "methadone continues. ."
    )


# MA122, the medicine said to go on in the stop's own clause ("and not if the methadone continues") is the condition's
# other case, not a fact that rules the stop out.
def test_round_43_a_medicine_going_on_in_the_conditions_own_part_is_no_fact() -> None:
    told = "The ward observes the infant only if she stops methadone today and not if the methadone continues."
    assert _kept(told) == " ".join(normalise(told).split())
    assert _kept("The ward observes the infant only if she stops methadone today; the methadone continues.") == (
        "; the methadone continues."
    )


# MA122, the medicine said to go on some way after its name ("Methadone at the same 60 mg daily dose, supervised at
# the chemist, continues") rules out its stop today.
def test_round_43_a_medicine_going_on_after_a_long_phrase_rules_out_its_stop() -> None:
    told = (
        "Methadone at the same 60 mg daily dose, supervised at the chemist, continues. Only if she stops methadone "
        "today does the ward observe the infant."
    )
    assert _kept(told).endswith("continues. .")


# MA122, a stop today of "her <medicine> dose" (a word after the medicine) is read; "today" is one of the times.
def test_round_43_a_stop_of_her_medicine_dose_today_is_read() -> None:
    assert _kept(
        "Methadone continues. Only if she stops her methadone dose today does the ward observe the infant."
    ) == ("methadone continues. .")


def _allowed(text: str) -> bool:
    return bool(allowed_sleep_sharing(normalise(text)))


# MA127, a bed judged fine "with her partner" is an adult's company, not the baby's; "with her baby" is the baby's.
def test_round_43_a_bed_judged_fine_with_her_partner_is_no_grant() -> None:
    assert not _allowed("Resting in bed with her partner is fine while the infant sleeps in its cot.")
    assert _allowed("Resting in bed with her baby is fine.")


# MA127, a grant reaches the act over up to three words of whom after its verb ("have her little son in bed").
def test_round_43_a_grant_over_three_words_of_whom_is_read() -> None:
    assert _allowed("She may have her little son in bed with her.")
    assert _allowed("She may bring the new baby into bed with her.")
    assert not _allowed("She may have her little baby son in bed with her.")


# MA127, a negation in an earlier part of the grant's sentence ("not she, nor her partner, may ...") denies it.
def test_round_43_a_grant_negated_in_an_earlier_part_of_its_sentence_is_none() -> None:
    assert not _allowed("Not she, nor her partner, may have the baby in bed with them.")
    assert _allowed("She, and her partner, may have the baby in bed with them.")


# MA017, a day of life written with a hyphen ("day-7") is read as "day 7".
def test_round_43_a_day_of_life_with_a_hyphen_is_read() -> None:
    born = dt.date(2026, 3, 5)
    assert dates_off_the_babys_age("The midwife weighs the baby on day-7, 9 March 2026.", born, born)
    assert not dates_off_the_babys_age("The midwife weighs the baby on day-7, 11 March 2026.", born, born)


# MA011, an EDD named by a long lead ("the estimated date of confinement is currently") is read.
def test_round_43_an_edd_after_a_long_lead_is_read() -> None:
    told = "Methadone 60 mg continues; the estimated date of confinement is currently {}, and the ward scores the baby."
    assert told_edds(told.format("20/06/2026")) == [dt.date(2026, 6, 20)]
    assert "$.assessments[0].conclusion" in _edd(told.format("20/06/2026"))
    assert "$.assessments[0].conclusion" not in _edd(told.format("16/05/2026"))


# MA011, a day and month told as the EDD a little past the tolerance (17 days after an EDD of 15 May) is refused; ten
# days after it stands.
def test_round_43_a_due_day_just_past_the_tolerance_is_refused() -> None:
    told = "Methadone 60 mg continues and the baby is due {}; the ward scores it for 72 hours after birth."
    assert "$.assessments[0].conclusion" in _edd(told.format("1 June"))
    assert "$.assessments[0].conclusion" not in _edd(told.format("25 May"))


# MA011, an EDD told within the tolerance of the EDD the recorded gestation implies stands, though further from the
# agreed one (gestation 28+0 on 2 March: 25 May; agreed: 15 May).
def test_round_43_an_edd_near_the_gestations_stands() -> None:
    data = complete()
    data["pregnancy"]["gestation"] = {"weeks": 28, "days": 0, "on": "2026-03-02"}
    told = "Methadone 60 mg continues; her due date is {}, and the ward scores the baby for 72 hours after birth."
    data["assessments"][0]["conclusion"] = told.format("05/06/2026")
    assert "$.assessments[0].conclusion" not in _ma_codes(data, "MA011")
    data["assessments"][0]["conclusion"] = told.format("20/06/2026")
    assert "$.assessments[0].conclusion" in _ma_codes(data, "MA011")


# MA011, a due date in a sentence naming another baby ("her sister's baby", "her older child's") is not hers.
def test_round_43_another_babys_due_date_is_not_the_edd() -> None:
    assert told_edds("Methadone 60 mg continues; her sister's baby is due on 20 June 2026.") == []
    assert told_edds("Methadone 60 mg continues; her older child's EDD is 20/06/2026.") == []
    assert told_edds("Methadone 60 mg continues; the baby is due on 20 June 2026.") == [dt.date(2026, 6, 20)]


_DELIVERED = dt.date(2026, 5, 18)


# MA017, the baby weighed on the day of its birth is there; the day before, it is not yet born.
def test_round_43_the_baby_on_its_birthday_is_there() -> None:
    assert not tells_baby_born_before("On 18 May 2026 the health visitor weighed the baby at home.", _DELIVERED)
    assert tells_baby_born_before("On 17 May 2026 the health visitor weighed the baby at home.", _DELIVERED)


# MA017, the baby told as there some eleven weeks before its birth is refused as much as a week before.
def test_round_43_the_baby_there_weeks_before_its_birth_is_refused() -> None:
    assert tells_baby_born_before("On 3 March 2026 the health visitor weighed the baby at home.", _DELIVERED)


# MA017, a date in a clause telling no past ("her own clinic review is on ...") dates no act of the baby's in another
# clause.
def test_round_43_a_date_in_a_clause_telling_no_past_dates_no_act() -> None:
    assert not tells_baby_born_before("The baby settled well, and her own clinic review is on 9 May 2026.", _DELIVERED)
    assert tells_baby_born_before("The baby settled well at home on 9 May 2026.", _DELIVERED)


_HELD = "a further copy by post to the agency, address TBC by the supervising social worker."


# MA309, a second copy's pending note held by someone named is read out only beside a complete hand-over: a bare
# word ("Sent", "Handed over") is none.
def test_round_43_a_held_pending_copy_beside_a_bare_word_is_refused() -> None:
    settings_ = shipped_settings()
    assert manual_problem(f"Sent; {_HELD}", settings_)
    assert manual_problem(f"Handed over; {_HELD}", settings_)
    assert (
        manual_problem(f"Printed copy given to the carer by the ward midwife at discharge; {_HELD}", settings_) is None
    )


# MA127, a start put off "not before" an event with no gestation ("after the dating scan, not before") is refused.
def test_round_43_a_start_put_off_not_before_an_event_is_refused() -> None:
    assert len(_ma127("Folic acid 5 mg will be started after the dating scan, not before.")) == 1
    assert _ma127("Folic acid 5 mg goes on, started before the dating scan.") == []


# MA127, a start "today" is the list's own, even with a later time in its sentence.
def test_round_43_a_start_today_is_the_lists() -> None:
    assert _ma127("Folic acid 5 mg will be started today and continued until 12 weeks.") == []
    assert len(_ma127("Folic acid 5 mg will be started at 14 weeks.")) == 1


# MA127, a start put off under a condition before it ("If the dating scan is normal, ...") is no telling.
def test_round_43_a_start_put_off_under_a_condition_is_no_telling() -> None:
    assert _ma127("If the dating scan is normal, folic acid 5 mg will be started at 14 weeks.") == []


# MA127, a start put off in the overall conclusion is read against the latest assessment's date: a medicine started
# between an earlier assessment and the latest is started already.
def test_round_43_the_overall_conclusion_is_written_on_the_latest_assessments_date() -> None:
    data = json.loads((EXAMPLES / "valproate-unplanned-pregnancy.json").read_text(encoding="utf-8"))
    earlier = copy.deepcopy(data["assessments"][0])
    earlier["id"], earlier["date"] = earlier["id"] + "-earlier", "2026-05-10"
    data["assessments"].insert(0, earlier)
    data["overall_conclusion"]["text"] = VALPROATE_HEAD + "Folic acid 5 mg will be started at 14 weeks."
    found = [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"]
    assert found == ["$.overall_conclusion.text"]
    data["overall_conclusion"]["text"] = VALPROATE_HEAD + "Folic acid 5 mg goes on as listed."
    assert [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"] == []


# MA127, the baby gone home "with her grandmother" (a baby girl's) contradicts a foster placement; the mother gone home
# with hers does not.
def test_round_43_the_baby_gone_home_with_her_grandmother_contradicts_a_placement() -> None:
    told = _HEAD + "On Monday the infant went home with her grandmother, who does the nights."
    assert "$.safeguarding.discharge_to" in _ma_codes(_foster(told), "MA127")
    mother = _HEAD + "She went home with her grandmother; the infant stays with the foster carer."
    assert "$.safeguarding.discharge_to" not in _ma_codes(_foster(mother), "MA127")


_MEDICINES = "Methadone 60 mg and sertraline 100 mg continue at today's doses, dispensed daily by the pharmacy."


# MA124/MA103, the baby cared for "as her first baby was" with a span after it ("for three days") says something of
# this baby's care; with nothing after it, the care is only borrowed.
def test_round_43_borrowed_care_with_a_span_after_it_is_no_bare_pointer() -> None:
    spanned = errors(
        with_conclusion(f"{_MEDICINES} The newborn is to be cared for just as her first baby was for three days.")
    )
    assert not spanned & {"MA103", "MA124"}
    bare = errors(with_conclusion(f"{_MEDICINES} The newborn is to be cared for just as her cousin's baby was."))
    assert bare & {"MA103", "MA124"}


# MA124/MA103, borrowed care naming the other baby in four words ("her older cousin's first baby") is read.
def test_round_43_borrowed_care_naming_the_other_baby_in_four_words_is_read() -> None:
    told = f"{_MEDICINES} The newborn is to be cared for just as her older cousin's first baby was."
    assert errors(with_conclusion(told)) & {"MA103", "MA124"}


# MA103, a hedge with an article ("The time will tell.", four words) answers no question.
def test_round_43_a_hedge_of_four_words_answers_nothing() -> None:
    assert open_questions(normalise("Methadone continues. Dose change? The time will tell."))
    assert not open_questions(normalise("Methadone continues. Dose change? No, it stays at 60 mg."))


# MA103, "drafted by ... awaiting sign-off" disowns the whole only where it opens its sentence; after another
# document's name ("Her crisis plan was drafted by ...") it names that document's author.
def test_round_43_another_documents_author_awaiting_sign_off_disowns_nothing() -> None:
    assert (
        errors(with_conclusion(f"{_PLAN} Her crisis plan was drafted by the perinatal team and is awaiting sign-off."))
        == set()
    )
    assert "MA103" in errors(with_conclusion(f"{_PLAN} Drafted by the ST1 and awaiting sign-off."))


# MA017, the baby scored at an interval of hours is read for a window past weeks; a watch without a scoring word, a
# baby or an interval is not.
def test_round_43_only_the_baby_scored_at_an_interval_is_read_for_its_window() -> None:
    assert times_impossible_watch("The baby is scored every 4 hours for the next 2,000 hours.")
    assert not times_impossible_watch("The baby is observed for the next 2,000 hours.")
    assert not times_impossible_watch("The baby is observed every 4 hours for the next 2,000 hours.")


# MA122, "supervised" two words before a word of how a dose is given ("a supervised diazepam daily reduction") is the
# dose's supervision.
def test_round_43_supervised_two_words_before_a_dose_word_is_the_doses() -> None:
    found = _dose_supervision()
    assert found is not None
    assert found.search(normalise("a supervised diazepam daily reduction"))
    assert not found.search(normalise("supervised methadone 60 mg consumption"))


# MA120, a negative right before "be changed" of the remedy ("which will not be changed") keeps it going: no warning.
def test_round_43_a_remedy_that_will_not_be_changed_is_not_warned_of() -> None:
    medicines = (["sertraline"], ["Sertraline 100mg tablets"])
    kept = "She takes St John's wort for low mood, which will not be changed."
    assert list(advised_interactions(kept, *medicines)) == [("St John's wort", "sertraline")]
    warned = "She takes St John's wort for low mood, which she will not take with it."
    assert list(advised_interactions(warned, *medicines)) == []
