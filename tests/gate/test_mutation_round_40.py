"""Cases that kill the survivors of round 40's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

from medassess.gate.doses import contradicted, impossible_level
from medassess.gate.earlier_plan import copies_an_earlier_plan
from medassess.gate.holders import misheld_acts
from medassess.gate.night_care import night_care_to_the_sedated_partner
from medassess.gate.text import normalise
from medassess.gate.written_times import tells_span_past, times_clash
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes

_STOP = frozenset({"the", "her", "his", "with", "when", "will"})
_SLEEPY = "Diazepam and pregabalin continue and leave her sleepy: no bed or sofa sharing. "
_LATE = "; the health visitor watches for late withdrawal to day 8."


# MA122, a child as the holder of the baby's care: under 16 is a child, 16 is an adult carer (holders.py `<`).
def test_round_40_a_carer_of_sixteen_is_no_child() -> None:
    assert not misheld_acts(normalise("her 16-year-old daughter will settle the newborn at night"), _STOP)
    assert misheld_acts(normalise("her 15-year-old daughter will settle the newborn at night"), _STOP)
    assert _codes(SEDATIVES, _SLEEPY + "Her 16-year-old son gets up with the infant overnight" + _LATE) == set()
    assert "MA122" in _codes(SEDATIVES, _SLEEPY + "Her 15-year-old son gets up with the infant overnight" + _LATE)


# MA122, the baby set to tell us: a holder only where no one answerable is named anywhere in the conclusion.
def test_round_40_the_baby_telling_us_beside_a_named_watcher_stands() -> None:
    assert not misheld_acts(
        normalise("the midwife sees the baby daily; the baby will let us know if anything is wrong"), _STOP
    )
    citalopram = "Citalopram 20 mg carries on. "
    assert (
        _codes(
            CITALOPRAM,
            citalopram + "The midwife checks the infant daily for the first two days for jitteriness; the infant "
            "will tell us if something is wrong.",
        )
        == set()
    )
    assert "MA122" in _codes(
        CITALOPRAM, citalopram + "Feeding is her choice; the infant will tell us if something is wrong."
    )


# MA122, a condition followed by ", which" and a negation that says more than the condition did ("which we do not
# expect to change"): the condition is expected met, the plan stands; "which she will not" takes it back.
def test_round_40_a_which_clause_saying_more_than_its_condition_takes_nothing_back() -> None:
    watch = (
        "Citalopram goes on unchanged. The maternity team watches the newborn's breathing and tone for two days as "
        "long as she delivers on the unit, which {}. Breast milk is fine."
    )
    assert "MA122" not in _codes(CITALOPRAM, watch.format("we do not expect to change"))
    assert "MA122" in _codes(CITALOPRAM, watch.format("she will not"))
    assert "MA122" not in _codes(
        METHADONE,
        "Methadone continues at 60 mg. Abstinence scoring by the ward midwives for three days if she stays in, "
        "which she does not intend to cut short. Breast milk encouraged; no bed sharing after her dose.",
    )


# MA122, a plan withdrawn bare by a pronoun opening its own sentence ("That has been cancelled."): what it takes
# back is the sentence before; opening the part after a semicolon, it reaches only that sentence's plan.
def test_round_40_a_bare_pronoun_withdrawal_opening_its_sentence_takes_back_the_one_before() -> None:
    start = "Methadone carries on at 60 mg daily. "
    end = " She keeps the infant in its own cot and is encouraged to breastfeed."
    assert "MA122" in _codes(
        METHADONE,
        start + "Three days of abstinence scoring on the unit were arranged for the infant. That has been "
        "cancelled." + end,
    )
    assert "MA122" in _codes(
        METHADONE, start + "The unit scores the infant for abstinence for three days. It was cancelled." + end
    )
    assert "MA122" not in _codes(
        METHADONE,
        start + "The unit scores the infant for abstinence for three days. Her dental check was booked; that has "
        "been cancelled." + end,
    )


# MA122, a relative given a clinical act (not a watch) beside an answerable role who holds another thing: the
# relative's act is still held by no one (only a relative's watch needs no one answerable anywhere); the same act
# given to the GP stands. Likewise a non-clinical job set to watch beside a role holding something else.
def test_round_40_a_relative_s_clinical_act_beside_a_role_holding_something_else_is_refused() -> None:
    assert misheld_acts(
        normalise("her fiance will sort out her specialist review; the paediatrician sees the newborn at birth"), _STOP
    )
    assert misheld_acts(
        normalise("the cleaner will check the newborn for tremor; the GP reviews her mood at six weeks"), _STOP
    )
    text = (
        "Lithium at night continues; she formula feeds. {} her specialist review and the blood tests it needs; the "
        "paediatrician sees the newborn at birth."
    )
    assert "MA122" in _codes(LITHIUM, text.format("Her fiance will sort out"))
    assert _codes(LITHIUM, text.format("The GP sorts out")) == set()


# MA103, the receiving team with a bare infinitive ("Receiving team to organise ..."): given to whoever receives
# the record; "the receiving team at the Royal will organise ..." names its team.
def test_round_40_the_receiving_team_unnamed_holds_nothing() -> None:
    start = "Citalopram 20 mg carries on. "
    assert "MA103" in _codes(
        CITALOPRAM,
        start + "Receiving team to organise the newborn's 48-hour watch for jitteriness and her mood review at six "
        "weeks.",
    )
    assert (
        _codes(
            CITALOPRAM,
            start + "The receiving team at the Royal will organise the newborn's 48-hour watch for jitteriness, and "
            "the GP reviews her mood at six weeks.",
        )
        == set()
    )


# MA103, a wish told impersonally with "it is our wish that ...": no act, no one holds the plan; the same wish
# beside the act that meets it stands.
def test_round_40_it_is_our_wish_holds_no_plan() -> None:
    start = "Methadone 60 mg daily carries on. "
    assert "MA103" in _codes(
        METHADONE,
        start + "It is our wish that the newborn is scored for abstinence for three days and that she breastfeeds.",
    )
    assert (
        _codes(
            METHADONE,
            start + "It is our wish that she breastfeeds, so the ward midwives score the newborn for abstinence for "
            "three days and support feeds.",
        )
        == set()
    )


# MA103, no one as the subject of a care act with "is going to": the plan is held by no one (MA103, not read as
# a role ruled out); the GP going to take the levels holds it.
def test_round_40_nobody_going_to_take_levels_holds_nothing() -> None:
    text = "Lithium 800 mg carries on. {} going to take levels in late pregnancy and review the infant after delivery."
    assert "MA103" in _codes(LITHIUM, text.format("Nobody is"))
    assert "MA103" not in _codes(LITHIUM, text.format("The GP is"))


# MA103, the pair as the sole deciders ("... is the pair's decision"): the safe sleep plan is left to them; the
# pair's decision told of a past choice beside the plan stands.
def test_round_40_the_pair_s_decision_leaves_the_plan_to_them() -> None:
    start = "His quetiapine 400 mg at bedtime. "
    assert "MA103" in _codes(PARTNER, start + "The crib and who covers the night feeds is the pair's decision.")
    assert "MA103" in _codes(PARTNER, start + "The crib and the night feeds are the pair's decision.")
    assert (
        _codes(
            PARTNER,
            start + "The infant sleeps in the crib and the mother covers the night feeds; the pair's decision was to "
            "bottle feed.",
        )
        == set()
    )


# MA103, the baby's night care "left entirely to mum": given to her wish, no one holds it; her feeding alone left
# entirely to her is hers to choose.
def test_round_40_the_nights_left_entirely_to_mum_hold_nothing() -> None:
    start = "His quetiapine goes on unchanged. "
    assert "MA103" in _codes(
        PARTNER, start + "Where the infant sleeps and who does the night feeds is left entirely to mum."
    )
    assert (
        _codes(
            PARTNER,
            start + "The infant sleeps in a crib beside the mother and never with him after his tablet. Bottle or "
            "breast is left entirely to her.",
        )
        == set()
    )


# MA127, night care by the clock: 5 am is the last hour of the night ([night_care] clock_hours), 6 am is morning.
def test_round_40_five_in_the_morning_is_still_night() -> None:
    names = frozenset({"marcus", "hale"})
    assert night_care_to_the_sedated_partner("Marcus does the 5 am feed so that she can rest.", names, True, True)
    assert night_care_to_the_sedated_partner("He will cover the 5am bottle this week.", names, True, True)
    assert not night_care_to_the_sedated_partner("He will cover the 6am bottle this week.", names, True, True)


# MA130, a lithium level target: 1.5 mmol/L is the top of what any range holds, 1.6 is beyond it ([levels]).
def test_round_40_a_lithium_target_just_past_the_range_is_impossible() -> None:
    lithium = frozenset({"lithium"})
    text = "Lithium continues, aiming for serum levels of 0.6-{} mmol/L, checked monthly."
    assert impossible_level(text.format("1.6"), lithium)
    assert not impossible_level(text.format("1.5"), lithium)


# MA103, an earlier baby's arrangements told, then only the dose carried on: no plan for this baby; with this
# baby's own watch beside the dose, it stands.
def test_round_40_the_dose_carried_on_beside_an_earlier_baby_s_care_is_no_plan() -> None:
    told = "In her previous placement with her first baby the foster carer did the nights. Methadone 60 mg continues"
    assert copies_an_earlier_plan(told + ".")
    assert not copies_an_earlier_plan(told + " and the ward scores the baby for 72 hours.")


# MA017, a day of the baby's life told as done: one day past its age may still be today (day 0 or day 1 for the
# day of birth); two days past it is told too soon.
def test_round_40_a_day_of_life_two_past_its_age_is_told_too_soon() -> None:
    assert tells_span_past("The health visitor saw the baby on day 6 and all was well.", 4)
    assert not tells_span_past("The health visitor saw the baby on day 5 and all was well.", 4)
    assert tells_span_past("The baby was scored on the ward for 6 days.", 4)


# MA017, an urgent act put weeks off: more than four weeks clashes; four weeks does not ([clash] urgent_max_weeks).
def test_round_40_an_urgent_act_four_weeks_off_is_no_clash() -> None:
    assert not times_clash("Urgent paediatric review of the newborn's heart in 4 weeks.")
    assert not times_clash("An urgent clinic appointment for the newborn four weeks from now.")
    assert times_clash("Urgent paediatric review of the newborn's heart in 5 weeks.")


# MA130, an earlier dose needs the dose now after its "later" word ("150 mg previously, now 100 mg"): "as
# previously agreed, now continuing" gives no dose now, so the 150 mg is the dose told and contradicts the list.
def test_round_40_an_earlier_word_with_no_dose_after_now_marks_nothing_earlier() -> None:
    sertraline = (frozenset({"sertraline"}), "100 mg daily", "Sertraline 100mg tablets", 2026)
    assert contradicted("Sertraline 150 mg daily as previously agreed, now continuing unchanged.", *sertraline)
    assert not contradicted("Sertraline 150 mg daily previously, now 100 mg daily.", *sertraline)
    assert not contradicted("Sertraline 100 mg daily as previously agreed, now continuing unchanged.", *sertraline)
