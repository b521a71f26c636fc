"""Cases that kill the survivors of round 45's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a record or text the rule refuses beside a near miss it passes."""

from __future__ import annotations

from medassess.gate.concerns import given_to_someone_gone, withdrawn_unreplaced
from medassess.gate.dose_totals import total_contradicts_its_dose
from tests.gate.conclusions import METHADONE, SEDATIVES, SERTRALINE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.test_levels_dropped import _BABY, _OPENS, _levels_messages, _lithium
from tests.gate.test_nights_to_the_medicated import _EVERY_DAY, _with_doses

_RAISED = frozenset({"neonatal-withdrawal", "relapse-if-stopped", "sedation-safe-sleep"})
_SEDATIVES_PLAN = (
    "Diazepam and pregabalin go on at present doses; she is drowsy, so never a shared bed, sofa or chair, and the "
    "foster carer takes the nights. "
)


# MA122 [withdrawn_unreplaced], a thing lent given back with nothing after it: a medicine named beside a plan's own
# noun in what ends ("the crib lent under the diazepam plan") is a plan's thing, not the medicine stopped.
def test_round_45_a_thing_lent_under_a_medicines_plan_given_back_is_a_plan_gone() -> None:
    gone = "The crib lent under the diazepam plan has to go back on Friday; nothing is in place after that."
    assert withdrawn_unreplaced(gone, _RAISED) == ("sedation-safe-sleep",)
    assert "MA122" in _codes(SEDATIVES, _SEDATIVES_PLAN + gone)
    kept = "The crib lent under the diazepam plan has to go back on Friday when her own cot arrives."
    assert "MA122" not in _codes(SEDATIVES, _SEDATIVES_PLAN + kept)


# MA122 [holders] plans_held_by_gone, an act told as done before the holder left is an account, not a plan.
def test_round_45_an_act_done_before_the_holder_left_stands() -> None:
    assert not given_to_someone_gone("The crib was checked on day 3 by the health visitor, who has since retired.")
    assert given_to_someone_gone("The crib is checked on day 10 by the health visitor, who has since retired.")


# MA122 [holders] given_to_the_gone, a successor named two parts on in the same sentence holds the act.
def test_round_45_a_successor_two_parts_on_holds_the_act() -> None:
    assert not given_to_someone_gone(
        "Dr Amis, who has moved away, will make the cot checks; the baby sleeps in a cot; her successor reads the "
        "notes."
    )
    assert given_to_someone_gone("Dr Amis, who has moved away, will make the cot checks; the baby sleeps in a cot.")


# MA122 [holders] given_to_the_gone, the holder's post named after the leaving ("who has left the practice"), a
# relative elsewhere in the part: the act still rests on no one.
def test_round_45_a_post_named_after_the_leaving_is_read_beside_a_relative() -> None:
    assert given_to_someone_gone(
        "Serum lithium levels are taken monthly by Ann Okafor, who has left the practice, and her mother drives her "
        "there."
    )
    assert not given_to_someone_gone(
        "Serum lithium levels were taken monthly by Ann Okafor, who has left the practice, and her mother drove her "
        "there."
    )


# MA122 [holders] _conceded_gone, a relative conceded gone ("her uncle Dr <name> has retired") held no post.
def test_round_45_a_relative_conceded_retired_held_no_post() -> None:
    assert not given_to_someone_gone(
        "Her uncle Dr Amis weighs the infant on day 5, though her uncle Dr Amis has retired."
    )
    assert given_to_someone_gone("Dr Amis weighs the infant on day 5, though Dr Amis has retired.")


# MA122 [conclusion] owed_beside_another_plan, another class's levels under sedatives with the baby's watch told and
# nothing of its sleep: the safe sleep concern is owed too.
def test_round_45_another_plan_under_sedatives_owes_the_babys_sleep() -> None:
    head = "Diazepam and pregabalin carry on at today's doses. Levels weekly from 34 weeks; the ward watches the baby "
    assert "MA122" in _codes(SEDATIVES, head + "for withdrawal for 5 days, and she formula feeds.")
    assert "MA122" not in _codes(
        SEDATIVES, head + "for withdrawal for 5 days, she never sleeps with the baby on a sofa, and she formula feeds."
    )


# MA122 [conclusion] class_plans unless, a level of folate named is no medicine's level.
def test_round_45_folate_levels_are_no_other_medicines_plan() -> None:
    head = "Sertraline 100 mg carries on, since her mood fell the last time she came off it. "
    assert "MA122" not in _codes(
        SERTRALINE, head + "Her folate levels monthly at the antenatal clinic, and she can breastfeed."
    )
    assert "MA122" in _codes(SERTRALINE, head + "Her levels monthly at the antenatal clinic, and she can breastfeed.")


_NIGHTS_HEAD = "Diazepam and pregabalin continue unchanged. "
_NIGHTS_TAIL = " The health visitor and the carer watch for late withdrawal until day 8."


# MA122 [night_care_medicated] time_not, the nights' time told with another adult beside her stays a plan; another
# adult asleep meanwhile is set aside with the nights.
def test_round_45_the_nights_time_beside_her_stays() -> None:
    nights = "Kayleigh does all the night feeds herself while Sandra "
    assert "MA122" not in _codes(SEDATIVES, _NIGHTS_HEAD + nights + "stays beside her." + _NIGHTS_TAIL)
    assert "MA122" in _codes(SEDATIVES, _NIGHTS_HEAD + nights + "sleeps." + _NIGHTS_TAIL)


# MA122 [night_care_medicated] supports, a wish the later clause says is not supported gives her no nights.
def test_round_45_a_wish_not_supported_is_no_plan() -> None:
    wish = "They make Kayleigh drowsy; she wants to do the night feeds, "
    assert "MA122" not in _codes(SEDATIVES, _NIGHTS_HEAD + wish + "which the team does not support." + _NIGHTS_TAIL)
    assert "MA122" in _codes(SEDATIVES, _NIGHTS_HEAD + wish + "which the team supports." + _NIGHTS_TAIL)


# MA122 [night_care_medicated] wish_pronouns, ", but she is keen ...": the break word cut as a clause of its own is
# passed over to the clause naming the mother.
def test_round_45_a_wish_after_but_is_the_mothers() -> None:
    said = "Both tablets sedate Kayleigh, but {} is keen to do the night feeds, which we support."
    assert "MA122" in _codes(SEDATIVES, _NIGHTS_HEAD + said.format("she") + _NIGHTS_TAIL)
    assert "MA122" not in _codes(SEDATIVES, _NIGHTS_HEAD + said.format("the carer") + _NIGHTS_TAIL)


def _untaken(text: str) -> set[str]:
    return _with_doses(
        "Both tablets carry on at present doses. " + text + " Late withdrawal possible to day 8.", _EVERY_DAY
    )


# MA122 [night_care_medicated] kept_only, the mother's own nights narrowed to the nights she has taken nothing are
# kept from the hazard; the carer's so narrowed are kept from her on no night.
def test_round_45_her_own_nights_narrowed_to_untaken_nights_stand() -> None:
    narrowed = " covers the night feeds only on evenings when Mother has had no pregabalin or diazepam."
    assert "MA122" not in _untaken("Mother" + narrowed)
    assert "MA122" in _untaken("The carer" + narrowed)


# MA122 [night_care_medicated] untaken_reach, two words between the parent and the saying she has taken none.
def test_round_45_untaken_two_words_on_is_read() -> None:
    assert "MA122" in _untaken(
        "The carer covers the night feeds only on evenings when Mother by then has had no pregabalin or diazepam."
    )
    assert "MA122" not in _untaken(
        "The carer covers the night feeds only on evenings when Mother really by then has had no pregabalin or "
        "diazepam."
    )


# MA127 [levels_dropped] hedge_conditions, a hedge's condition with a number in it gives the levels a time: no bare
# hedge.
def test_round_45_a_hedges_condition_with_a_number_is_no_bare_hedge() -> None:
    def dropped(text: str) -> bool:
        return bool(_levels_messages(_lithium(f"{_OPENS} {text} {_BABY}")))

    assert not dropped("Lithium levels? Maybe, if at 36 weeks.")
    assert dropped("Lithium levels? Maybe, if needed.")


# MA017 [clash] next_risk_day, a next contact on day 8 itself meets the end of the withdrawal window; day 9 is past it.
def test_round_45_a_next_contact_on_day_8_meets_the_window() -> None:
    opening = (
        "Methadone 60 mg daily goes on unchanged to the birth. She breastfeeds, since the dose is steady, and the "
        "baby sleeps in its own cot. Her mother watches for withdrawal until day 4, and the midwife next sees the "
        "baby on day "
    )
    assert "MA017" not in _codes(METHADONE, opening + "8.")
    assert "MA017" in _codes(METHADONE, opening + "9.")


# MA130 [told_total] bounded_day, a most told for a week is no day's ceiling.
def test_round_45_a_most_for_the_week_is_no_days_ceiling() -> None:
    assert not total_contradicts_its_dose("Paracetamol 1 g up to four times a day, no more than 6 g per week.")
    assert total_contradicts_its_dose("Paracetamol 1 g up to four times a day, no more than 6 g in 24 hours.")


# MA122 [claim] retraction_unreplaced, "nobody else has been found" after a plan called off: nothing in its place.
def test_round_45_nobody_else_found_leaves_the_plan_gone() -> None:
    ended = "The home checks of the cot were called off, and nobody else has been found"
    assert withdrawn_unreplaced(ended + ".", _RAISED) == ("neonatal-withdrawal", "sedation-safe-sleep")
    assert withdrawn_unreplaced(ended + ", so the GP checks the cot at 6 weeks.", _RAISED) == ()
