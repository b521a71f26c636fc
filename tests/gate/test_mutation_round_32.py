"""Cases that kill the survivors of round 32's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

import pytest

from medassess.gate.names import name_index
from medassess.gate.written_dates import reports_done_after
from tests.gate.test_concerns import _item_findings
from tests.gate.test_medicine_rules import issues
from tests.gate.test_substance import errors, with_conclusion
from tests.test_rules import complete

BREASTFEEDING = "$.assessments[0].impact_on_baby.breastfeeding"

# MA125, an item answer using the concern's words in another sense (concerns._in_another_sense): with the clause
# of the other sense set aside, what is left answers only if it is written and speaks of the concern, gives a
# verdict, negates or names a topic of this case.
OTHER_SENSE_ANSWERS = [
    # another sense alone ("milk of magnesia" of other_senses): refused; beside an answer: passes
    ("Milk of magnesia is fine for her constipation.", True),
    ("Milk of magnesia at night for constipation; low levels in her milk, breastfeeding continues.", False),
    # a placeholder left ("No." alone is no answer): refused
    ("Milk of magnesia is fine for her constipation. No.", True),
    # a negation left (not advised): answers
    ("Milk of magnesia is fine for her constipation. Not advised.", False),
    # a topic word of this case left (the infant's weight): answers
    ("Almond milk instead of dairy. Infant weight checked weekly by the health visitor.", False),
]


@pytest.mark.parametrize(("text", "refused"), OTHER_SENSE_ANSWERS)
def test_round_32_what_is_left_beside_another_sense_is_read(text: str, refused: bool) -> None:
    expected = {("MA125", BREASTFEEDING)} if refused else set()
    assert _item_findings("antidepressant", "breastfeeding", text) == expected


# MA103, a form's answer copied back ("Withdrawal: likely."): set aside only when the pair fills its sentence; a
# pair that goes on says more ("... advised against with methadone"). Round 31's open hole (`restated_answer` need
# not fill its part), closed by a text where the gate is right and the mutant wrong.
RESTATED_PAIR_GOES_ON = [
    "Sertraline continues at 50 mg and the baby is watched on the ward for 72 hours. Breastfeeding: advised "
    "against with methadone.",
    "Sertraline continues at 50 mg and the baby is watched on the ward for 72 hours. Withdrawal: likely from "
    "methadone.",
]
RESTATED_PAIR_ALONE = [
    "Sertraline continues at 50 mg and the baby is watched on the ward for 72 hours. Methadone reviewed. "
    "Withdrawal: likely.",
]


@pytest.mark.parametrize("text", RESTATED_PAIR_GOES_ON)
def test_round_32_a_label_and_value_that_go_on_say_more(text: str) -> None:
    assert errors(with_conclusion(text)) == set()


@pytest.mark.parametrize("text", RESTATED_PAIR_ALONE)
def test_round_32_a_label_and_value_alone_decide_nothing(text: str) -> None:
    assert "MA119" in errors(with_conclusion(text))


# MA120, a medicine ruled out past the words of its own phrase (advice._after_its_phrase): a cue first read at
# exactly `_AFTER_REACH` words after the name ("are not restarted", whose "are" is also a break word).
def _ma120(sentence: str) -> list[str]:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + " The maternity team will watch the baby after birth."
    return [path for path, _ in issues(data, "MA120")]


def test_round_32_a_ruling_out_right_at_the_far_reach_is_read_both_ways() -> None:
    assert _ma120("Sertraline continues; the Zimovane tablets from her GP last winter are not restarted.") == []
    assert _ma120("Sertraline continues; the Zimovane tablets from her GP last winter are taken at night.") == [
        "$.assessments[1].conclusion"
    ]
    # a verb of its own ("work", of `after_far_breaks`) before the far cue: the name is taken, the cue is another's
    assert _ma120("Sertraline continues; the Zimovane tablets from her GP work well since the pills were stopped.") == [
        "$.assessments[1].conclusion"
    ]


# MA017, an event reported done after the attestation (written_dates.reports_done_after): on the day it was signed
# it may have happened; only the day after cannot.
def test_round_32_an_event_done_on_the_day_of_signing_is_no_report_from_the_future() -> None:
    text = "Her glucose tolerance test on 14 August 2026 came back clear."
    assert not reports_done_after(text, dt.date(2026, 8, 14))
    assert reports_done_after(text, dt.date(2026, 8, 13))


# MA120, a brand before a surname and an apposition naming a role (advice._named_before_a_role): the role must
# end an apposition of at most `apposition_reach` words before it; a longer one is no apposition of a person.
def test_round_32_a_role_far_into_the_apposition_makes_no_name() -> None:
    assert _ma120("Sertraline continues; Lyrica Hartley, her community midwife, agreed the plan.") == []
    assert _ma120("Sertraline continues; she also takes Lyrica Hartley, prescribed for nerve pain by her GP.") == [
        "$.assessments[1].conclusion"
    ]


# MA103, what might have been (substance._Judge._without_counterfactuals): a claim stronger than "is" or "would"
# before the counterfactual in its clause stands; the counterfactual alone decides nothing.
def test_round_32_a_decision_before_what_might_have_been_in_one_clause_stands() -> None:
    decided = (
        "Sertraline and methadone continue unchanged though both would have been reviewed sooner by the perinatal team."
    )
    assert not {"MA103", "MA119"} & errors(with_conclusion(decided))
    undecided = "Sertraline and methadone would have been reviewed sooner by the perinatal team."
    assert "MA119" in errors(with_conclusion(undecided))


# MA017: a plan or condition after the date, in its clause, makes it no report (`unless` read on both sides).
def test_round_32_a_condition_after_the_date_makes_no_report() -> None:
    signed = dt.date(2026, 8, 1)
    planned = "The anomaly scan on 20 August 2026 was done only if the sonographer is free."
    assert not reports_done_after(planned, signed)
    assert reports_done_after("The anomaly scan on 20 August 2026 was done by the sonographer.", signed)


# Names (names.NameIndex.sound_exact): a word spelt by sound as a common English word is ("halsion" as "halcyon")
# is no medicine, though a name of concern is spelt so too (Halcion); one no English word shares is ("morfine").
def test_round_32_a_spelling_an_english_word_shares_reads_as_no_medicine() -> None:
    assert name_index().sound_exact("halsion") is None
    found = name_index().sound_exact("morfine")
    assert found is not None and found.ingredients == ("morphine",)


# MA119, a listed brand's first word (rules.medicines._brand_word_named): an everyday English word ("night" of
# Night Nurse) names no product; the brand written whole does.
def _night_nurse_omitted(conclusion: str) -> bool:
    from tests.gate.test_medicine_rules import _KILKOF_PLAN, _partner_kilkof

    data = _partner_kilkof(conclusion + _KILKOF_PLAN)
    data["medicines"][1]["name"] = "Night Nurse capsules"
    return "$.assessments[0].conclusion" in [path for path, _ in issues(data, "MA119")]


def test_round_32_an_everyday_first_word_of_a_brand_names_no_product() -> None:
    assert _night_nurse_omitted("His night capsules")
    assert not _night_nurse_omitted("His Night Nurse")


# MA125, an item's prompt restated with what it implies ([prompt.implied]: "neonatal" asks of the baby).
def test_round_32_the_prompt_restated_with_the_baby_is_hollow() -> None:
    path = "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan"
    assert _item_findings(
        "opioid-substitution", "neonatal-withdrawal", "Withdrawal observation plan for the baby."
    ) == {("MA125", path)}
    assert (
        _item_findings(
            "opioid-substitution", "neonatal-withdrawal", "Observation of the baby for 72 hours on the ward."
        )
        == set()
    )


# MA103, a licence's verdict applied to her ("not recommended for her unless ...") stands; said of a population
# under its condition it is the licence restated (substance._Judge._without_licence_terms).
def test_round_32_a_licence_verdict_applied_to_her_decides() -> None:
    applied = (
        "Breastfeeding is not recommended for her unless the baby is watched for drowsiness while she takes "
        "methadone and sertraline."
    )
    assert errors(with_conclusion(applied)) == set()
