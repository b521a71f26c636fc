"""MA122: a plan the same text takes back by a fact it states holds nothing (mappings/concerns.toml, [narrowed]).

A plan under a condition the text then says will not be met, an "unless" the text makes the usual case, or a plan
resting on a service the text says is suspended or a referral it says was not sent, is no plan: the conclusion that
speaks of a concern only so leaves it unanswered (:func:`medassess.gate.narrowed.without_narrowed`, read with the
clauses given to no one). A condition met, a fallback, or what replaces a missing service stands.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.narrowed import without_narrowed
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, METHADONE, PARTNER, SEDATIVES, VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

TAKEN_BACK = [
    # a condition denied in a relative clause after it
    (METHADONE, "Methadone continues at 60 mg. Abstinence scoring by the ward midwives for three days, provided a cot "
     "is free on the postnatal ward, which there usually is not. Breast milk encouraged; no bed sharing after "
     "her dose."),
    # a condition called unlikely
    (CITALOPRAM, "Citalopram goes on unchanged. The maternity team watches the newborn's breathing and tone for "
     "two days as long as the birth is in hospital, which is unlikely. Breast milk is fine."),
    # a condition denied opening the next sentence, in the condition's own subject
    (CITALOPRAM, "Citalopram goes on unchanged. The maternity team watches the newborn's breathing and tone for "
     "two days if the rota permits. The rota does not permit it this winter. Breast milk is fine."),
    # a condition denied opening the next clause, with a lead
    (PARTNER, "His quetiapine leaves him hard to rouse, so his wife gives the night bottles and the newborn lies in "
     "the Moses basket - on evenings when she is awake for it; usually she is not."),
    # an "unless" made the usual case
    (METHADONE, "Methadone continues at 60 mg. The ward midwives score abstinence for three days unless she leaves "
     "early, as often happens. Breast milk encouraged; no bed sharing after her dose."),
    # an "unless" made the usual case by her own history
    (METHADONE, "Methadone continues at 60 mg. The ward midwives score abstinence for three days unless she goes "
     "home against advice, as she has done with each of her children. Breast milk encouraged; no bed sharing after "
     "her dose."),
    # a staffed service said suspended, its staff holding the plan by the service's kind
    (METHADONE, "Methadone continues at 60 mg. Once home, the neonatal outreach nurses score abstinence until day 6; "
     "the neonatal outreach service is on hold for the foreseeable future. Breast milk encouraged; no bed sharing "
     "after her dose."),
    # a service the plan rests on said to be closed
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer does the night feeds. The newborn is "
     "checked for late withdrawal until day 10 at the drop-in baby clinic; the drop-in baby clinic is closed for "
     "refurbishment."),
    # a referral every act hangs on, said not to have been sent
    (VALPROATE, "Valproate 500 mg twice daily goes on pending the epilepsy review; never stop it abruptly. The "
     "detailed anomaly scan is to be booked after the epilepsy review. The referral to epilepsy has not been "
     "sent yet."),
    # conditions that can never hold: pregnant after the birth, a birth before any baby survives, two gestations
    # that exclude each other, the newborn leaving a clinic only the pregnant mother attends
    (METHADONE, "Methadone continues at 60 mg. Should scoring be needed: when she remains pregnant after delivery, "
     "the ward midwives score abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
    (CITALOPRAM, "Citalopram goes on unchanged. The maternity team watches the newborn's breathing and tone for two "
     "days only if she gives birth before 16/40. Breast milk is fine."),
    (CITALOPRAM, "Citalopram goes on unchanged. As soon as she is beyond 38 weeks and under 30 weeks, the maternity "
     "team watches the newborn's breathing and tone for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg. When the newborn is sent home from the antenatal day unit, the ward "
     "midwives score abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
    # a birth at (not only before) a gestation no baby survives, and inverted conditionals ("should she", "were she
    # to", "had the baby") opening the condition
    (CITALOPRAM, "Citalopram goes on unchanged. If the birth happens at 19 weeks, the maternity team watches the "
     "newborn's breathing and tone for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg. Were she to give birth at 18/40, the ward midwives would score "
     "abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
    (CITALOPRAM, "Citalopram goes on unchanged. Should the baby be born before 17 weeks the maternity team watches "
     "the newborn's breathing and tone for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg; had she delivered at 20+2 weeks, the ward midwives would have scored "
     "abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
]
STANDS = [
    # a condition met
    (METHADONE, "Methadone continues at 60 mg. Abstinence scoring by the ward midwives for three days, provided a cot "
     "is free on the postnatal ward, which the ward has confirmed. Breast milk encouraged; no bed sharing after "
     "her dose."),
    # a condition with a fallback
    (CITALOPRAM, "Citalopram goes on unchanged. The maternity team watches the newborn's breathing and tone for "
     "two days if the rota permits, twice a shift; otherwise once a shift, which the ward has agreed. Breast milk "
     "is fine."),
    # an "unless" with what happens then
    (METHADONE, "Methadone continues at 60 mg. The ward midwives score abstinence for three days unless she leaves "
     "early, in which case the community midwife scores at home. Breast milk encouraged; no bed sharing after "
     "her dose."),
    # a condition, and a new statement after it with a negation
    (METHADONE, "Methadone continues at 60 mg. If the newborn's scores rise, the neonatal team starts morphine; she "
     "does not want a reduction before birth. Breast milk encouraged; no bed sharing after her dose."),
    # a trigger for a later step said not to be here yet: the plan for when it comes stands
    (METHADONE, "Methadone continues at 60 mg; a reduction would be weighed only if she starts using on top, which "
     "she has not. Abstinence scoring by the ward midwives for three days. Breast milk encouraged; no bed sharing "
     "after her dose."),
    # a service closed, with what replaces it
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer does the night feeds. The drop-in "
     "baby clinic is closed for refurbishment, so the health visitor checks the newborn for late withdrawal at "
     "home on days 5 and 10."),
    # an "unless" with her history, and what happens then
    (METHADONE, "Methadone continues at 60 mg. The ward midwives score abstinence for three days unless she goes "
     "home against advice, as she has done before, in which case the community midwife scores at home. Breast "
     "milk encouraged; no bed sharing after her dose."),
    # a staffed service said suspended, other staff of the same kind holding the plan
    (METHADONE, "Methadone continues at 60 mg. The ward nurses score abstinence until day 6; the neonatal outreach "
     "service is on hold for the foreseeable future. Breast milk encouraged; no bed sharing after her dose."),
    # a service closed only at certain times
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer does the night feeds. The health "
     "visitor checks the newborn for late withdrawal at the baby clinic on days 5 and 10; the baby clinic is "
     "closed at weekends."),
    # the referral said sent
    (VALPROATE, "Valproate 500 mg twice daily goes on pending the epilepsy review; never stop it abruptly. The "
     "detailed anomaly scan is to be booked after the epilepsy review. The referral to epilepsy was sent on "
     "2 February."),
    # conditions that can hold: overdue, a preterm birth a baby survives, a window, a new pregnancy, leaving SCBU
    (METHADONE, "Methadone continues at 60 mg. When she remains pregnant at 41 weeks, induction is offered; the ward "
     "midwives score abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
    (CITALOPRAM, "Citalopram goes on unchanged. Only if she gives birth before 34/40 does the neonatal unit watch the "
     "newborn's breathing and tone; otherwise the maternity team does, for two days. Breast milk is fine."),
    (CITALOPRAM, "Citalopram goes on unchanged. As soon as she is beyond 30 weeks and under 38 weeks, the birth plan "
     "is written; the maternity team watches the newborn's breathing and tone for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg. When the newborn is sent home from the neonatal unit, the community "
     "midwife scores abstinence to day 5. Breast milk encouraged; no bed sharing after her dose; if she is pregnant "
     "again after the birth, the drug service reviews the dose."),
    # a preterm birth a baby survives, inverted; an inverted condition with no birth in it; a past birth at an early
    # gestation told as history beside the plan
    (CITALOPRAM, "Citalopram goes on unchanged. Should she deliver at 33 weeks, the neonatal unit watches the "
     "newborn's breathing and tone; otherwise the maternity team does, for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg. Should scoring be needed at 16 weeks of life, the hv does it; the ward "
     "midwives score abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
    (CITALOPRAM, "Citalopram goes on unchanged. If her last birth was at 20 weeks, the maternity team watches the "
     "newborn's breathing and tone for two days and a cervical scan is offered. Breast milk is fine."),
]


@pytest.mark.parametrize(("where", "text"), TAKEN_BACK)
def test_a_plan_the_text_takes_back_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_a_plan_kept_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), TAKEN_BACK + STANDS)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the ward scores for 72 h only if beds allow, which they will not. formula feeds.", "formula feeds."),
        ("the ward scores for 72 h where beds allow; beds currently do not allow this. formula feeds.",
         "formula feeds."),
        ("the ward scores for 72 h unless she goes home early, which is typical. formula feeds.", "formula feeds."),
        ("the hv weighs him at home visits. home visits are paused. formula feeds.", "formula feeds."),
        ("if she stays pregnant after the birth, the ward scores for 72 h. formula feeds.", "formula feeds."),
        ("the ward scores for 72 h in case delivery comes before the 20-week scan. formula feeds.", "formula feeds."),
        ("once she is over 30 weeks and in the first trimester the scan is booked. formula feeds.", "formula feeds."),
        ("the paediatrician sees him once the infant leaves the booking clinic. formula feeds.", "formula feeds."),
        ("should the delivery come early at 15 weeks the ward scores for 72 h. formula feeds.", "formula feeds."),
        ("formula feeds; and were the twins to be born at 21/40, the ward scores them.", "formula feeds;"),
    ],
)
def test_what_is_set_aside(text: str, kept: str) -> None:
    assert " ".join(without_narrowed(normalise(text)).replace(" .", "").split()).strip(". ") == kept.strip(".")


@pytest.mark.parametrize(
    "text",
    [
        "the ward scores for 72 h only if beds allow, which they do.",
        "if she relapses, the team sees her in a week; she does not wish to stop.",
        "a change of medicine only if her mood slips, which it has not.",
        "a change of medicine only if her mood slips, which it is not.",
        "the hv weighs him at home visits; home visits are paused, so the clinic sees him instead.",
        "no text here with a condition or a service at all.",
        "if she stays pregnant after the birth of the first twin, the team delivers the second.",
        "if she is pregnant again after the birth, the dose is reviewed.",
        "if the birth plan is made before the 20-week scan, the midwife files it.",
        "once she is past 12 weeks and before 20 weeks, the anomaly scan is booked.",
        "once she is over 10 weeks and in the first trimester, the nuchal scan is booked.",
        "once the baby is discharged from the neonatal unit, the hv visits; the antenatal clinic is told.",
        "should she deliver at 36 weeks, the ward scores for 72 h.",
        "the scan should be at 20 weeks and she should deliver at term.",
        "she had the delivery at 20 weeks in 2019; the ward scores for 72 h.",
        "when she delivered at 21 weeks last time, the baby died; the ward scores for 72 h this time.",
        "if the birth plan is at 20 weeks, the midwife files it.",
        "once she delivers, the gp reviews her at 6 weeks.",
        "if she delivers in 16 weeks, the ward scores for 72 h.",
        "if she delivers, at 8 weeks the hv weighs the baby.",
    ],
)
def test_what_stands(text: str) -> None:
    assert without_narrowed(normalise(text)) == normalise(text)
