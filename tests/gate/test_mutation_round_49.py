"""Cases that kill the survivors of round 49's hand mutation of the gate (docs/safety/mutation-testing.md), and
round 48's open ones: each fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where
the mutated code is a rule, both ways: a text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

import pytest

from medassess.gate.concerns import speaks_of_the_baby
from medassess.gate.household_nights import nights_to_a_sedated_householder
from medassess.gate.written_dates import tells_baby_born_before
from tests.gate.conclusions import CITALOPRAM, METHADONE, SEDATIVES, conclusion_codes
from tests.gate.test_conclusion_of_another_class import SERTRALINE, _codes
from tests.gate.test_dose_line_counts import line_issues
from tests.gate.test_levels_dropped import _BABY as _LITHIUM_BABY
from tests.gate.test_levels_dropped import _OPENS as _LITHIUM_OPENS
from tests.gate.test_levels_dropped import _levels_messages, _lithium
from tests.gate.test_plans_against_themselves import _methadone, _watch_messages

_LINE = "Methadone 60 mg once daily continues. "
_UNIT = "the dose line gives an amount in a unit its count of the product's strength cannot give"
_BELOW_ZERO = "the dose line gives an amount of nothing or below zero"


def _messages(name: str, dose: str) -> list[str]:
    return [m.split(" (expected")[0] for m in line_issues(name, dose)]


# MA130 [line_counts] unit_slips: a millionfold slip is read as the thousandfold one is (m15).
def test_round_49_a_millionfold_unit_slip_in_brackets_is_refused() -> None:
    assert _messages("Paracetamol 500mg tablets", "two tablets (1 microgram) four times a day") == [_UNIT]
    assert _messages("Paracetamol 500mg tablets", "two tablets (1 g) four times a day") == []


# MA130 a signed amount is no count's gloss: the line below zero is refused once, for that, not as a unit slip (m02).
def test_round_49_a_negative_amount_beside_a_count_is_refused_once_for_its_sign() -> None:
    assert _messages("Citalopram 20mg tablets", "one tablet (minus 20 micrograms) each morning") == [_BELOW_ZERO]


# MA130 an amount in brackets that is a volume, or per kilogram, is not the count's strength in another unit (m13,
# m14): not judged; the same count beside a slipped mass is.
@pytest.mark.parametrize("dose", ["one tablet (20 ml) each morning", "one tablet (20 micrograms per kg) each morning"])
def test_round_49_a_volume_or_a_dose_per_kilogram_beside_a_count_is_not_read_as_a_slip(dose: str) -> None:
    assert _messages("Citalopram 20mg tablets", dose) == []
    assert _messages("Citalopram 20mg tablets", "one tablet (20 micrograms) each morning") == [_UNIT]


# MA130 count_contradicts_span: counts of two forms (m04), doses twice a week (m06), a second time of day (m07) and a
# range (m08) give no one count a day: not judged; the same count of one form once or twice a day is.
@pytest.mark.parametrize(
    ("name", "dose"),
    [
        ("Citalopram 20mg tablets", "one tablet twice a day, 7 capsules a week"),
        ("Methotrexate 2.5mg tablets", "one tablet twice a week, 2 tablets a week"),
        ("Citalopram 20mg tablets", "one tablet in the morning and at night, 14 tablets a week"),
        ("Paracetamol 500mg tablets", "one to two tablets four times a day, 28 tablets a week"),
        ("Paracetamol 500mg tablets", "1-2 tablets four times a day, 28 tablets a week"),
    ],
)
def test_round_49_counts_of_two_forms_weekly_doses_two_times_and_ranges_are_not_judged(name: str, dose: str) -> None:
    assert line_issues(name, dose) == []


def test_round_49_a_count_of_one_form_a_day_against_its_week_is_judged() -> None:
    assert len(line_issues("Citalopram 20mg tablets", "one tablet twice a day, 7 tablets a week")) == 1
    assert len(line_issues("Paracetamol 500mg tablets", "two tablets four times a day, 28 tablets a week")) == 1


# MA130 depot_given_too_often: the depot's own interval given stands beside another act's shorter one (m09); a clause
# of another time or product ("previously the pill daily") gives the depot no interval (m10).
@pytest.mark.parametrize(
    "dose",
    [
        "150 mg deep IM every 12 weeks, site checked weekly",
        "150 mg IM every 12 weeks; BP checked daily",
        "150 mg IM; previously the pill daily",
    ],
)
def test_round_49_a_depot_with_its_interval_or_another_time_s_clause_passes(dose: str) -> None:
    assert line_issues("Depo-Provera 150mg/1ml suspension for injection", dose) == []


def test_round_49_a_depot_given_daily_is_refused() -> None:
    assert len(line_issues("Depo-Provera 150mg/1ml suspension for injection", "150 mg IM daily")) == 1


_PARENTS = frozenset({"chloe", "daniel", "kayleigh", "price"})


# MA127 [household_nights]: each reading of the subject, the sedation and the care, the hazard beside its near miss
# (m16 own_kin_context, m17 a foster parent's partner, m19 subordinators, m20 sedation_blockers, m22 daytime, m23 a
# sleep with no baby, m24 a feed by the clock three words on, m26 someone else's clause, m27 subject_reach).
@pytest.mark.parametrize(
    "text",
    [
        "The foster mum's partner, who takes zopiclone, has the baby in bed with him at weekends.",
        "The foster father's wife, on pregabalin and drowsy at night, does the night feeds on Sundays.",
        "Chloe's brother, who takes quetiapine, does all the 2 am feeds.",
        "Her aunt, on zopiclone, covers the usual 3 am feed.",
        "Chloe's eldest grown-up son, who takes quetiapine, does the night feeds on Fridays.",
        "Her older half brother takes diazepam and has the baby in his bed at weekends.",
    ],
)
def test_round_49_a_sedated_household_adult_given_the_nights_is_read(text: str) -> None:
    assert nights_to_a_sedated_householder(text, _PARENTS)


@pytest.mark.parametrize(
    "text",
    [
        # the baby's own mother, after a baby word: a parent, read by the parents' readings
        "The baby girl is thriving; her mother, who takes zopiclone, has the baby in her bed at weekends.",
        # the sedation a parent's, in a clause of its own
        "Her aunt covers the night feeds because Chloe is drowsy on quetiapine.",
        # the medicine stopped, in an aside
        "Her aunt, who has stopped her zopiclone, has the baby in bed with her at weekends.",
        "Nan, off diazepam since May, has the baby in her bed at weekends.",
        # the daytime
        "Chloe's nan, on diazepam, has the baby on the sofa in the afternoons.",
        "Her aunt, who takes zopiclone, minds the baby on the settee during the day.",
        # the adult's own sleep, with no baby
        "Her uncle, who takes pregabalin, sleeps on the sofa at weekends.",
        "Nan takes diazepam and dozes in her armchair after lunch.",
        # someone else's clause ends the adult's: "she" is the sister's
        "Daniel's mother takes zopiclone, Chloe's sister stays over at weekends and she has the baby in her bed.",
    ],
)
def test_round_49_the_household_adult_s_near_misses_are_not_read(text: str) -> None:
    assert not nights_to_a_sedated_householder(text, _PARENTS)


# MA103 regimen_only beside undecided acts: reasons for a decision never made (m30) and an act whose only time names
# no time (m31) give the baby nothing beside the medicine's line; with a real time the act stands.
@pytest.mark.parametrize(
    ("where", "text"),
    [
        (
            CITALOPRAM,
            "Citalopram 20 mg once daily continues; this was discussed at length, because of the baby's "
            "feeding and sleep.",
        ),
        (METHADONE, _LINE + "The health visitor will check the cot when convenient."),
        (
            SEDATIVES,
            "Diazepam and pregabalin continue. The foster carer will check the infant's sleeping place as and "
            "when needed.",
        ),
    ],
)
def test_round_49_the_line_beside_reasons_for_nothing_or_a_vague_time_is_hollow(
    where: tuple[str, str], text: str
) -> None:
    assert "MA103" in conclusion_codes(where, text)


def test_round_49_the_cot_checked_at_a_real_time_stands() -> None:
    assert "MA103" not in conclusion_codes(METHADONE, _LINE + "The health visitor will check the cot on day 10.")


# MA127 [levels_dropped]: a count of weeks of the baby's life is no gestation (m33); "up to the delivery" is a plan's
# end past its article (m36); a level pronoun after a part naming the levels, any part before it (m37).
def test_round_49_levels_ended_at_a_postnatal_age_stand() -> None:
    text = f"{_LITHIUM_OPENS} Serum levels monthly, weekly from 36 weeks; no more levels after 2 weeks of life. "
    assert _levels_messages(_lithium(text + _LITHIUM_BABY)) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{_LITHIUM_OPENS} Four-weekly serum levels up to the delivery, none once she has delivered.",
        f"{_LITHIUM_OPENS} Four-weekly serum levels until the birth, none once she has delivered.",
        "Priadel 800 mg nightly goes on, none of her doses to be missed, serum levels monthly, none after the birth.",
    ],
)
def test_round_49_levels_ended_at_the_birth_by_a_pronoun_are_refused(text: str) -> None:
    assert _levels_messages(_lithium(f"{text} {_LITHIUM_BABY}")) == ["$.assessments[0].conclusion"]


# MA017 [born_before_birth] seers: the baby observed in its cot by someone before the birth (m38).
def test_round_49_the_infant_observed_in_its_crib_before_the_birth_is_read() -> None:
    delivered = dt.date(2026, 6, 8)
    text = "Crib in the main bedroom. The midwife observed the infant settled in it on {}."
    assert tells_baby_born_before(text.format("4 June 2026"), delivered)
    assert not tells_baby_born_before(text.format("9 June 2026"), delivered)


# MA103 [unheld] prompt_words: a bracket holding a name beside a role word names someone (m43), in angle brackets
# too (m45); a bracket only of prompt words holds no one.
@pytest.mark.parametrize("who", ["[midwife Jo Adams]", "[Jo Adams, named midwife]", "<Jo Adams>", "<SCBU>"])
def test_round_49_a_bracketed_name_or_unit_holds_the_act(who: str) -> None:
    assert "MA103" not in conclusion_codes(METHADONE, _LINE + f"NAS scoring 4-hourly for 72 hours by {who}.")


def test_round_49_an_angle_bracketed_prompt_holds_no_one() -> None:
    text = _LINE + "NAS scoring 4-hourly for 72 hours by <named midwife>."
    assert "MA103" in conclusion_codes(METHADONE, text)


_SED_WATCHED = (
    "Diazepam and pregabalin continue for now; together they leave her heavily sedated, so she never shares a bed, "
    "sofa or armchair with the infant or feeds lying down. The health visitor watches for late withdrawal to day 8. "
)
_METH_DROWSY = (
    "Methadone carries on at 60 mg. Breast milk is encouraged. She is drowsy after dosing, so the infant never "
    "shares her bed or a settee. "
)


# MA122 [ended_bare] holder_intents (round 48's m26): a helper who pulled out of something else ends no plan; the
# night feeds she does stand.
@pytest.mark.parametrize(
    "text",
    [
        "Her aunt, who does the night feeds, pulled out of the school run.",
        "The night-feed helper dropped out of her college course.",
    ],
)
def test_round_49_a_helper_who_withdrew_from_something_else_ends_no_plan(text: str) -> None:
    assert "MA122" not in conclusion_codes(SEDATIVES, _SED_WATCHED + text)


# MA122 [ended_bare] successors in the tail (round 48's m30): a replacement found, told in the end's own short tail,
# stands in; the end told bare is refused.
def test_round_49_a_replacement_told_in_the_end_s_tail_stands_in() -> None:
    ended = _METH_DROWSY + "The home scoring to day 7 was called off"
    assert "MA122" not in conclusion_codes(METHADONE, ended + " when she retired and a replacement was found.")
    assert "MA122" in conclusion_codes(METHADONE, ended + ".")


# MA127 [watch_dropped] a stated end after the drop: a number ("at 2 weeks", "after 14 nights") is the watch's planned
# end as a day is (m50); with no end stated, the watch ended once home is refused.
@pytest.mark.parametrize(
    "conclusion",
    [
        "Methadone continues at 60 mg. Once home, the NAS observation ends at 2 weeks with the health visitor; cot by "
        "the bed.",
        "Methadone continues at 60 mg. Once home, no further scoring is needed after 14 nights; cot by the bed.",
    ],
)
def test_round_49_a_watch_ended_at_a_stated_number_after_the_ward_stands(conclusion: str) -> None:
    assert _watch_messages(_methadone(conclusion)) == []


def test_round_49_a_watch_ended_once_home_with_no_end_stated_is_refused() -> None:
    conclusion = "Methadone continues at 60 mg. Once home, no further scoring is needed; cot by the bed."
    assert _watch_messages(_methadone(conclusion)) == ["$.assessments[0].conclusion"]


# MA124 without_hers: her setting ("in labour") makes toxicity hers only where it opens the sentence (m61); after a
# comma inside one, the toxicity in the first days is the baby's.
def test_round_49_her_setting_inside_a_sentence_leaves_the_toxicity_the_babys() -> None:
    text = (
        "Sertraline 100 mg continues at the same dose, in labour, and toxicity may show in the first two days; the "
        "midwife watches for 48 hours."
    )
    assert speaks_of_the_baby(text)
    assert "MA124" not in _codes(SERTRALINE, text)


# MA103 [claim] future_passives (round 47's m57): the agent after "by" holds the act; with no agent the line is
# refused (MA104).
def test_round_49_a_future_passive_with_its_agent_is_held() -> None:
    assert "MA103" not in conclusion_codes(METHADONE, _LINE + "The cot will be checked by her sister.")
    assert "MA104" in conclusion_codes(METHADONE, _LINE + "The cot will be checked.")
