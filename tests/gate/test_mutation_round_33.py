"""Cases that kill the survivors of round 33's hand mutation of the gate (docs/safety/mutation-testing.md): each
fails on its mutant and passes on the gate, worded apart from the red-team corpora. Where the mutated code is a
rule, both ways: a text the rule refuses beside a near miss it passes."""

from __future__ import annotations

import datetime as dt

import pytest

from medassess.gate.written_dates import reports_done_after
from tests.gate.test_concerns import _plan_findings
from tests.gate.test_medicine_rules import _with_overall, issues
from tests.gate.test_not_taken import _refused
from tests.gate.test_substance import errors, with_conclusion

# MA120, a medicine named as one she does not take now (advice.not_hers). Each pair: the shape the gate reads as not
# hers (passes) beside the same shape saying she takes it after all (refused).
NOT_HERS_BOTH_WAYS = [
    # a negated use reaches every name listed with the first ("diazepam or pregabalin"): `_first_listed`
    ("Sertraline continues; she has not taken diazepam or pregabalin since the spring.", False),
    ("Sertraline continues; she has taken diazepam or pregabalin since the spring.", True),
    # a colon after an ask ("asked about": `asked`) or a label answers no; an absence limited to what is beyond a
    # use ("none extra beyond her usual ...": `denied_use_breaks`) leaves the use standing
    ("Sertraline continues. Asked about diazepam: none, she says.", False),
    ("Sertraline continues. Diazepam: none extra beyond her usual nightly dose.", True),
    # a question answered no, but a break in the answer's sentence ("still"): `denied_use_breaks` in the answer
    ("Sertraline continues. Diazepam? None for a year, and it is not missed.", False),
    ("Sertraline continues. Diazepam? None for a year, though it still helps her sleep.", True),
    # a resume cue between the name and the question mark ("restarted"): the question is whether she takes it
    ("Sertraline continues. Diazepam at night? No, never.", False),
    ("Sertraline continues. Diazepam restarted? No, never stopped.", True),
    # another person's medicine, unless a parent takes it too, said before it ("she borrows her sister's")
    ("Sertraline continues; her sister's diazepam stays in her own room.", False),
    ("Sertraline continues; she borrows her sister's diazepam most nights.", True),
    # a clause join between the other person and the verb turns to another subject (`clause_joins`)
    ("Sertraline continues; her sister, who is with her at night, takes diazepam.", False),
    ("Sertraline continues; her sister is with her at night, and the mother takes diazepam.", True),
]


@pytest.mark.parametrize(("sentence", "refused"), NOT_HERS_BOTH_WAYS)
def test_round_33_a_medicine_not_hers_is_read_both_ways(sentence: str, refused: bool) -> None:
    assert _refused(sentence) is refused


# MA120, a name set off by an aside (advice._past_its_aside): only the name's own words may stand before the aside;
# a resume cue there ("restarted") says she takes it, whatever follows the aside.
def test_round_33_a_resumed_name_before_an_aside_is_hers() -> None:
    resumed = (
        "Methadone 60 mg and sertraline continue; mirtazapine restarted last week, which her friend suggested, is "
        "not advised to stop, and there is no co-sleeping."
    )
    assert [p for p, _ in issues(_with_overall(resumed), "MA120")] == ["$.overall_conclusion.text"]
    dosed = (
        "Methadone 60 mg and sertraline continue; mirtazapine 15 mg, which her friend suggested, is not advised, and "
        "there is no co-sleeping."
    )
    assert issues(_with_overall(dosed), "MA120") == []


# MA125, the withdrawal plan item speaking of withdrawal (concerns.Whose.only_hers): hers only where a clause says
# so ("she may go into withdrawal") and no clause names the baby or holds a term only the baby's (signs of
# withdrawal in a newborn: "a high-pitched cry", "poor feeding"); withdrawal alone, said of no one, is the baby's.
PLAN = "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan"
WHOSE_PLAN = [
    (
        "If a dose is missed she may go into withdrawal; the midwife looks for a high-pitched cry and poor feeding.",
        False,
    ),
    ("Withdrawal is checked for; the keyworker phones weekly.", False),
    ("A missed dose means withdrawal for her; the keyworker phones weekly.", True),
]


@pytest.mark.parametrize(("text", "refused"), WHOSE_PLAN)
def test_round_33_whose_withdrawal_the_plan_speaks_of(text: str, refused: bool) -> None:
    assert _plan_findings(text) == ({("MA125", PLAN)} if refused else set())


# MA017, a plan handed over on a date (written_dates._sets_aside): "plan" before the date is what a past before it
# acted on ("gave her the plan on ..."); with no past before it, the plan is the date's, an event to come.
def test_round_33_a_plan_is_handed_over_only_by_a_past_before_it() -> None:
    signed = dt.date(2026, 8, 1)
    assert reports_done_after("The midwife gave her the neonatal plan on 2026-08-20.", signed)
    assert not reports_done_after("The midwife's plan on 2026-08-20 was given to her.", signed)
    # words between the plan and the date name what is planned on it, and the clause stays a plan
    assert not reports_done_after("The midwife gave her the plan for scoring on 2026-08-20.", signed)


# MA103, options listed under their heading (substance._Judge._without_options_listed): two or more set apart (by a
# comma, a semicolon, "or", "(b)") and none chosen offer and decide nothing; one alone under the heading is decided.
def test_round_33_one_option_under_its_heading_is_decided() -> None:
    one = "Options for methadone and sertraline: keep both at today's dose through the birth and after it."
    assert "MA103" not in errors(with_conclusion(one))
    two = "Options for methadone and sertraline: keep both at today's dose or lower methadone slowly before the birth."
    assert "MA103" in errors(with_conclusion(two))


# MA103/MA119, general facts (substance._Judge._without_general, _reports_of_this_case, _without_account_days).
# Each: the text the gate reads as this case's beside the near miss it reads as general or told.
def test_round_33_evidence_said_of_her_baby_is_this_cases() -> None:
    hers = "Sertraline and methadone have been linked with jitteriness in her baby at 20 weeks."
    assert errors(with_conclusion(hers)) == set()
    general = "SSRIs such as sertraline are associated with jitteriness in newborns, and methadone with withdrawal."
    assert "MA103" in errors(with_conclusion(general))


def test_round_33_a_measure_in_reported_guidance_is_the_guidances() -> None:
    reported = (
        "The trust guideline states that babies exposed to methadone are observed for at least 72 hours, and "
        "sertraline needs no extra checks. The team will meet to decide."
    )
    assert "MA103" in errors(with_conclusion(reported))
    applied = (
        "The trust guideline states that babies exposed to methadone are observed for at least 72 hours, so her baby "
        "stays on the ward for 72 hours; sertraline continues at 50 mg."
    )
    assert "MA103" not in errors(with_conclusion(applied))


def test_round_33_a_day_of_life_is_blanked_only_in_a_clause_told_in_the_past() -> None:
    planned = "Methadone and sertraline: the baby is seen by the paediatrician on day 5."
    assert "MA119" not in errors(with_conclusion(planned))
    told = "Methadone and sertraline: the baby was seen by the paediatrician on day 5."
    assert "MA119" in errors(with_conclusion(told))
