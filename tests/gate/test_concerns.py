"""Every concern answered (MA122), never dismissed (MA123) and never answered hollow in its own item (MA125):
each concern of each class both ways, for the mother and the partner, answered in its item, in the conclusion,
by the record, or not at all; dismissals and hollow answers plain and disguised; and the softer prompts
MA110-MA112 silent where these report."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import Medicine, Record, check, classify, is_shareable, load_record, record_from_data
from medassess.gate.classes import medicine_classes
from medassess.gate.concerns import concern_map, dismisses
from medassess.gate.text import normalise
from medassess.gate.wording import tokens
from tests.gate.builders import (
    CLASS_MEDICINES,
    ITEMS,
    NEUTRAL_CONCLUSION,
    NEUTRAL_RECOMMENDATIONS,
    SENTENCES,
    assessment,
    disguised,
    record,
)
from tests.test_rules import COMPLETE, TODAY, complete

CONCERN_CODES = {"MA122", "MA123", "MA125"}
PARTNER_CONCERNS = ("sedation-safe-sleep", "relapse-if-stopped")
"""A partner's medicine does not reach the baby in the womb or in breast milk (facts.EXPOSURE_CONCERNS)."""


def findings(r: Record) -> set[tuple[str, str]]:
    # The conclusions held to their own medicines' concerns (MA122 at a conclusion, tests/gate/
    # test_conclusion_of_another_class.py) are left out: these records keep a neutral conclusion so that each
    # concern is answered in its item, its recommendations or not at all.
    return {
        (i.code, i.path)
        for i in check(r, today=TODAY)
        if i.code in CONCERN_CODES and not i.message.split(" speaks ", 1)[-1].startswith(_OFF_CONCERN)
    }


_OFF_CONCERN = ("of none of the concerns its medicines raise", "only of concerns its medicines do not raise")


def concerns_of(class_id: str, taken_by: str = "mother") -> tuple[str, ...]:
    # What the class's sample medicine raises: a medicine in two classes (mirtazapine is an antidepressant
    # and sedating) raises the concerns of both.
    raised = classify(Medicine(id="med-test", name=CLASS_MEDICINES[class_id])).concerns
    return tuple(c for c in raised if taken_by == "mother" or c in PARTNER_CONCERNS)


def report_path(concern: str) -> str:
    return f"$.assessments[0].{concern_map().specs[concern].report_at}"


CASES = [(cls, concern) for cls in CLASS_MEDICINES for concern in concerns_of(cls)]
PARTNER_CASES = [(cls, concern) for cls in CLASS_MEDICINES for concern in concerns_of(cls, "partner")]
# A partner's medicine harmful only in the womb (methotrexate, the sample of its class) needs no assessment: the
# partner's concerns of that class are asked of one with a paternal-exposure warning (mappings/medicine-classes.toml).
PARTNER_MEDICINES = {**CLASS_MEDICINES, "teratogenic-other": "Mycophenolate mofetil 500mg tablets"}


def test_every_class_is_covered_and_neutral_text_answers_nothing() -> None:
    assert set(CLASS_MEDICINES) == set(medicine_classes().classes) - {"dependence-forming"}
    specs = concern_map().specs
    for text in (NEUTRAL_CONCLUSION, NEUTRAL_RECOMMENDATIONS):
        assert not any(s.terms.found_in(tokens(text)) for s in specs.values())
    for concern, sentence in SENTENCES.items():
        assert [c for c, s in specs.items() if s.terms.found_in(tokens(sentence))] == [concern]


# ------------------------------------------------------------------------------------------------------------
# The mother's medicines: each concern of each class, answered each way, and not answered.


def _others(class_id: str, concern: str) -> tuple[str, ...]:
    return tuple(c for c in concerns_of(class_id) if c != concern)


@pytest.mark.parametrize(("class_id", "concern"), CASES)
def test_unanswered_concern_is_refused_at_its_item(class_id: str, concern: str) -> None:
    name = CLASS_MEDICINES[class_id]
    others = _others(class_id, concern)
    built = assessment("med-test", name, in_items=tuple(c for c in others if c in ITEMS), in_recommendations=others)
    assert findings(record(name, built)) == {("MA122", report_path(concern))}


@pytest.mark.parametrize(("class_id", "concern"), CASES)
def test_concern_answered_in_the_conclusion_passes(class_id: str, concern: str) -> None:
    name = CLASS_MEDICINES[class_id]
    others = _others(class_id, concern)
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in others if c in ITEMS),
        in_recommendations=others,
        in_conclusion=(concern,),
    )
    assert findings(record(name, built)) == set()


@pytest.mark.parametrize(("class_id", "concern"), [c for c in CASES if c[1] in ITEMS])
def test_concern_answered_in_its_own_item_passes(class_id: str, concern: str) -> None:
    name = CLASS_MEDICINES[class_id]
    others = _others(class_id, concern)
    own_items = tuple(c for c in concerns_of(class_id) if c in ITEMS)
    built = assessment("med-test", name, in_items=own_items, in_recommendations=others)
    assert findings(record(name, built)) == set()


@pytest.mark.parametrize(("class_id", "concern"), [c for c in CASES if c[1] in ITEMS])
def test_concern_dismissed_in_its_item_is_refused_even_when_the_conclusion_speaks_of_it(
    class_id: str, concern: str
) -> None:
    name = CLASS_MEDICINES[class_id]
    path, _ = ITEMS[concern]
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in _others(class_id, concern) if c in ITEMS),
        in_recommendations=concerns_of(class_id),
        item_text={path: "Not applicable."},
    )
    assert findings(record(name, built, advice_given=True)) == {("MA123", f"$.assessments[0].{path}")}


def test_a_placeholder_item_is_not_an_answer() -> None:
    name = CLASS_MEDICINES["antidepressant"]
    built = assessment(
        "med-test",
        name,
        in_items=("neonatal-withdrawal",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"impact_on_baby.breastfeeding": "tbc"},
    )
    # Written, so it reads as answered: reported at the item as an answer that says nothing (MA125).
    assert findings(record(name, built)) == {("MA125", "$.assessments[0].impact_on_baby.breastfeeding")}


HOLLOW_ANSWERS = [
    "As per guideline.",
    "Paeds aware.",
    "Leaflet given.",
    "Usual advice.",
    "Risks explained to mother.",
    "Advice given as per local protocol.",
    "Mother informed; perinatal team aware.",
    "See LactMed.",
    # Guidance bodies named, and what they publish handed over, say no more than "Leaflet given."
    "Lullaby Trust leaflet given to mum.",
    "BUMPS leaflet printed for her.",
    # That a talk happened, when or where, is not what was decided.
    "Talked through with her.",
    "Chatted about it at booking.",
    "Spoke to mum about this today.",
    "Mentioned to her at clinic.",
    "Spoke with her at the antenatal visit.",
    # The mother's own name and the day are no more than "with her" and "today" (found passing by a thirtieth
    # fresh corpus).
    "Went through it with Jodie on 14 February.",
    "Chatted to Jodie Marsh-Example about it in Sept.",
    # A title and the mother's family name, however common its words, are no more than "with her" (found passing
    # by a mutation round).
    "Gone over with Mrs Marsh-Example on 4 June.",
    "Spoke to Ms Marsh-Example about it at the clinic.",
    # When in the pregnancy the talk happened is no more than when (found passing by a thirtieth fresh corpus).
    "Discussed at the 36-week appointment.",
    "Spoke to her about it at 20 weeks gestation.",
    # Who is aware, named by role, team or unit, or how confident they feel, is no more than "Paeds aware." (found
    # passing by a forty-second fresh corpus).
    "Neonatal registrar and SCBU nurses aware.",
    "Labour ward and NICU both informed.",
    "Infant feeding specialist informed.",
    "Social worker aware of the sedation.",
    "Foster carers confident.",
    # Where and when a talk happened or a leaflet was handed over, and what the leaflet was about.
    "Explained to them both in the family room.",
    "Talked through at home on 3 June.",
    "Safer sleep booklet handed to partner.",
    "NAS factsheet given to mum.",
    # A guidance source or document named, and a guideline said to apply.
    "UKDILAS information sheet emailed to her.",
    "Information on the NICE CKS website.",
    "Follow the trust abstinence syndrome guideline.",
    # A pointer to a page, a section, a care plan or another part of the record.
    "Refer to page 2 of the maternity care plan.",
    "Set out in section 3 of the drug service plan.",
    "As listed under recommendations.",
    "See impact on mother.",
    "As per the NHS page.",
]
_PLAN, _FEEDING, _SLEEP = "neonatal-withdrawal", "breastfeeding", "sedation-safe-sleep"
REAL_ANSWERS: dict[str, tuple[str, ...]] = {
    "Lullaby Trust advice: on her back, in her own cot.": (_SLEEP,),
    "Not advised.": (_PLAN, _FEEDING, _SLEEP),
    "Mother not aware of the risk of co-sleeping: advice to be repeated at every visit.": (_SLEEP,),
    "Paediatric review at birth; observe for 72 hours.": (_PLAN,),
    "Compatible; low levels in milk.": (_FEEDING,),
    "Cot beside the bed; no sofa sleeping.": (_SLEEP,),
    "Safe sleep advice given: cot in the parents' room.": (_SLEEP,),
    "Talked through at booking: bottle feeding from birth.": (_FEEDING,),
    "Spoke with her at the 28-week visit: cot beside the bed, never on the sofa.": (_SLEEP,),
    "Went through it with Jodie on 14 February: cot beside the bed, never the sofa.": (_SLEEP,),
    "Until March, Jodie keeps the baby in a cot beside her bed.": (_SLEEP,),
    "Gone over with Mrs Marsh-Example on 4 June: formula from birth, cot by her bed.": (_FEEDING, _SLEEP),
    "Mrs Marsh-Example keeps the cot beside her bed; never the sofa.": (_SLEEP,),
    "Talked it through at 20 weeks: formula from birth, cot by the bed.": (_FEEDING, _SLEEP),
    "Obs for 5 days on the ward, then HV at 2 weeks.": (_PLAN,),
    # Near misses of the above: the same who, where, when and sources beside what is to happen.
    "Neonatal registrar to review at birth; obs 72 hours on NNU.": (_PLAN,),
    "Infant feeding team to support breastfeeding from day 1.": (_FEEDING,),
    "Safer sleep: cot in the parents' room, never the sofa.": (_SLEEP,),
    "Discharge home after 5 days of NAS scoring.": (_PLAN,),
    "Foster carer confident with formula feeds; cot in her room.": (_FEEDING, _SLEEP),
    "Sedation unlikely at this dose; baby sleeps in her own cot.": (_SLEEP,),
    "Refer to the NNU if withdrawal scores stay high.": (_PLAN,),
    "Check the care plan daily; observe for 72 hours on the ward.": (_PLAN,),
    "NAS obs 72 h on SCBU.": (_PLAN,),
    "NICU obs for 72 hours; paeds aware.": (_PLAN,),
    "Paeds to review at birth, then NNU if scores rise.": (_PLAN,),
}
"""Each short real answer and the concerns whose own item it answers: in another concern's item it answers that
one's question with another subject's words (tests/gate/test_concern_items_own.py)."""


@pytest.mark.parametrize(("class_id", "concern"), [c for c in CASES if c[1] in ITEMS])
@pytest.mark.parametrize("text", HOLLOW_ANSWERS)
def test_a_hollow_item_answer_is_refused_even_when_the_conclusion_answers(
    class_id: str, concern: str, text: str
) -> None:
    name = CLASS_MEDICINES[class_id]
    path, _ = ITEMS[concern]
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in _others(class_id, concern) if c in ITEMS),
        in_recommendations=concerns_of(class_id),
        in_conclusion=(concern,),
        item_text={path: text},
    )
    assert findings(record(name, built)) == {("MA125", f"$.assessments[0].{path}")}


_REAL_WITHDRAWAL_PLANS = [t for t, concerns in REAL_ANSWERS.items() if "neonatal-withdrawal" in concerns]


@settings(max_examples=60)
@given(st.sampled_from(HOLLOW_ANSWERS + _REAL_WITHDRAWAL_PLANS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_item_answer_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    name = CLASS_MEDICINES["opioid"]
    path, _ = ITEMS["neonatal-withdrawal"]

    def judged(answer: str) -> set[tuple[str, str]]:
        built = assessment(
            "med-test",
            name,
            in_items=("sedation-safe-sleep", "breastfeeding"),
            in_recommendations=concerns_of("opioid"),
            in_conclusion=("neonatal-withdrawal",),
            item_text={path: answer},
        )
        return findings(record(name, built))

    assert judged(text) == judged(plain)
    assert bool(judged(plain)) == (plain in HOLLOW_ANSWERS)


@pytest.mark.parametrize(
    ("class_id", "concern", "text"),
    [(c, k, t) for c, k in CASES if k in ITEMS for t, concerns in REAL_ANSWERS.items() if k in concerns],
)
def test_a_short_real_item_answer_is_not_refused(class_id: str, concern: str, text: str) -> None:
    name = CLASS_MEDICINES[class_id]
    path, _ = ITEMS[concern]
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in _others(class_id, concern) if c in ITEMS),
        in_recommendations=concerns_of(class_id),
        in_conclusion=(concern,),
        item_text={path: text},
    )
    assert not {code for code, _ in findings(record(name, built))} & {"MA125"}


# ------------------------------------------------------------------------------------------------------------
# What the record answers, and when a concern does not apply.


def test_safe_sleep_advice_recorded_answers_the_mothers_sedating_medicine() -> None:
    name = CLASS_MEDICINES["sedating"]
    built = assessment("med-test", name)
    assert findings(record(name, built, advice_given=False)) == {("MA122", report_path("sedation-safe-sleep"))}
    assert findings(record(name, built, advice_given=True)) == set()


def test_a_bottle_fed_baby_settles_breastfeeding_and_may_be_called_not_applicable() -> None:
    name = CLASS_MEDICINES["antidepressant"]
    built = assessment(
        "med-test",
        name,
        in_items=("neonatal-withdrawal",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"impact_on_baby.breastfeeding": "N/A"},
    )
    assert findings(record(name, built, feeding="bottle")) == set()
    assert findings(record(name, built, feeding="mixed")) == {
        ("MA123", "$.assessments[0].impact_on_baby.breastfeeding")
    }


def test_teratogenicity_is_asked_before_birth_only() -> None:
    name = CLASS_MEDICINES["teratogenic"]
    built = assessment("med-test", name, in_items=("breastfeeding",), in_recommendations=("relapse-if-stopped",))
    assert findings(record(name, built)) == {("MA122", report_path("teratogenicity"))}
    assert findings(record(name, built, stage="postnatal")) == set()


def test_the_withdrawal_plan_is_not_asked_after_the_neonatal_period() -> None:
    name = CLASS_MEDICINES["antidepressant"]
    built = assessment("med-test", name, in_items=("breastfeeding",), in_recommendations=("relapse-if-stopped",))
    assert findings(record(name, built, stage="postnatal")) == {("MA122", report_path("neonatal-withdrawal"))}
    built["date"] = "2026-04-15"  # 47 days after delivery
    assert findings(record(name, built, stage="postnatal")) == set()


def test_a_stopped_medicine_no_longer_raises_safe_sleep_but_still_withdrawal() -> None:
    name = CLASS_MEDICINES["benzodiazepine-z-drug"]
    built = assessment("med-test", name, in_items=("breastfeeding",), in_recommendations=("relapse-if-stopped",))
    data_record = record(name, built)
    stopped = data_record.model_copy(
        update={"medicines": [data_record.medicines[0].model_copy(update={"stopped": TODAY.replace(day=1)})]}
    )
    assert findings(stopped) == {("MA122", report_path("neonatal-withdrawal"))}
    assert findings(data_record) == {
        ("MA122", report_path("neonatal-withdrawal")),
        ("MA122", report_path("sedation-safe-sleep")),
    }


def test_one_observation_plan_serves_every_assessment_of_the_mothers_medicines() -> None:
    name = CLASS_MEDICINES["antidepressant"]
    sertraline = assessment("med-test", name, in_items=("breastfeeding",), in_recommendations=("relapse-if-stopped",))
    methadone_name = CLASS_MEDICINES["opioid-substitution"]
    methadone = assessment(
        "med-methadone",
        methadone_name,
        assessment_id="asm-methadone",
        in_items=("neonatal-withdrawal", "sedation-safe-sleep", "breastfeeding"),
        in_recommendations=("relapse-if-stopped",),
    )
    methadone["conclusion"] += " Methadone's own conclusion differs."
    extra = (({"id": "med-methadone", "name": methadone_name}, methadone),)
    # The other assessment's plan serves this one where this one itself speaks of the baby's withdrawal or
    # adaptation (found passing by a ninety-sixth fresh corpus: an assessment with no word of it anywhere).
    assert findings(record(name, sertraline, extra=extra)) == {
        ("MA122", "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan")
    }
    sertraline["impact_on_baby"]["summary"] += " Her baby may show adaptation signs in the first days."
    assert findings(record(name, sertraline, extra=extra)) == set()
    del methadone["impact_on_baby"]["neonatal_withdrawal_plan"]
    assert findings(record(name, sertraline, extra=extra)) == {
        ("MA122", "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan"),
        ("MA122", "$.assessments[1].impact_on_baby.neonatal_withdrawal_plan"),
    }


@settings(max_examples=5, deadline=None)
@given(st.data())
def test_a_disguised_word_of_withdrawal_lets_the_shared_plan_serve_as_the_plain_one(data: st.DataObject) -> None:
    name = CLASS_MEDICINES["antidepressant"]
    sertraline = assessment("med-test", name, in_items=("breastfeeding",), in_recommendations=("relapse-if-stopped",))
    sertraline["impact_on_baby"]["summary"] = data.draw(disguised("Her baby may show adaptation signs after birth."))
    methadone_name = CLASS_MEDICINES["opioid-substitution"]
    methadone = assessment(
        "med-methadone",
        methadone_name,
        assessment_id="asm-methadone",
        in_items=("neonatal-withdrawal", "sedation-safe-sleep", "breastfeeding"),
        in_recommendations=("relapse-if-stopped",),
    )
    extra = (({"id": "med-methadone", "name": methadone_name}, methadone),)
    assert findings(record(name, sertraline, extra=extra)) == set()


# ------------------------------------------------------------------------------------------------------------
# The partner's medicines: assessed for co-sleeping and the baby's care, never dismissed.


@pytest.mark.parametrize(("class_id", "concern"), PARTNER_CASES)
def test_partners_unanswered_concern_is_refused_even_with_household_safe_sleep_advice(
    class_id: str, concern: str
) -> None:
    name = PARTNER_MEDICINES[class_id]
    others = tuple(c for c in concerns_of(class_id, "partner") if c != concern)
    built = assessment("med-test", name, in_items=tuple(c for c in others if c in ITEMS), in_recommendations=others)
    assert findings(record(name, built, taken_by="partner", advice_given=True)) == {("MA122", report_path(concern))}


@pytest.mark.parametrize(("class_id", "concern"), PARTNER_CASES)
def test_partners_concern_answered_in_the_conclusion(class_id: str, concern: str) -> None:
    """A partner's sedating medicine is assessed for co-sleeping in its own safe-sleep item (items_only_for in
    mappings/concerns.toml): a mention in the conclusion answers his other concerns, not that one."""
    name = PARTNER_MEDICINES[class_id]
    others = tuple(c for c in concerns_of(class_id, "partner") if c != concern)
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in others if c in ITEMS),
        in_recommendations=others,
        in_conclusion=(concern,),
    )
    only_its_item = "partner" in concern_map().specs[concern].items_only_for
    expected = {("MA122", report_path(concern))} if only_its_item else set()
    assert findings(record(name, built, taken_by="partner")) == expected


PARTNER_DISMISSALS = [
    "Not applicable",
    "N/A as partner",
    "n/a - partner's medication",
    "Not relevant: the medicine is the father's.",
    "Not applicable, baby not exposed to his medicine",
    "N/A, his medicine does not reach the baby through milk or the placenta",
    "None",
    "No concerns.",
]


@pytest.mark.parametrize("text", PARTNER_DISMISSALS)
@pytest.mark.parametrize("class_id", [c for c in CLASS_MEDICINES if "sedation-safe-sleep" in concerns_of(c)])
def test_partners_sedating_medicine_is_never_dismissed(class_id: str, text: str) -> None:
    name = CLASS_MEDICINES[class_id]
    built = assessment(
        "med-test",
        name,
        in_conclusion=("sedation-safe-sleep",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"impact_on_mother.safe_sleep": text},
    )
    r = record(name, built, taken_by="partner", advice_given=True)
    assert findings(r) == {("MA123", "$.assessments[0].impact_on_mother.safe_sleep")}
    assert not is_shareable(r, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Not applicable to breastfeeding, but he must never share a bed or sofa with the baby after his dose.",
        "He sleeps in the spare room and does no night feeds; no concerns about the baby's cot.",
        "Lithium is not sedating at this level. Safe sleep advice given.",
    ],
)
def test_a_safe_sleep_answer_that_speaks_of_sleep_is_not_a_dismissal(text: str) -> None:
    name = CLASS_MEDICINES["antipsychotic"]
    built = assessment(
        "med-test", name, in_recommendations=("relapse-if-stopped",), item_text={"impact_on_mother.safe_sleep": text}
    )
    assert findings(record(name, built, taken_by="partner")) == set()


# Where only the partner's own item answers safe sleep, sleep words about how someone sleeps say nothing of where
# and with whom the baby sleeps (found by the sixteenth and seventeenth fresh corpora; mappings/concerns.toml
# item_terms). Beside them, answers in other words about the baby's bed and nights.
HOW_SOMEONE_SLEEPS = [
    "His tablets help him sleep well; he goes to the insomnia clinic next month.",
    "Drowsy in the evenings. The baby is a sleepy baby who feeds well at night.",
    "The baby settles quickly and sleeps for four hours between feeds.",
    # "bed" in another sense: a drink by his own bed says nothing of the baby's (found passing by fresh72)
    "He sleeps well on his tablets and leaves a glass of water beside the bed.",
]
WHERE_THE_BABY_SLEEPS = [
    "He sleeps in the back bedroom on the nights he takes it and never has the baby overnight.",
    "The baby's Moses basket stays by the mother's side of the bed; he is never alone with the baby after a dose.",
    "He will not hold the baby on the settee in the evenings, when he is drowsiest.",
    # Who has the baby at night, by the clock or the person (found by a twenty-fourth fresh corpus).
    "He gives the 8 pm feed before his tablet; the 1 am and 4 am feeds are hers.",
    "He is hard to rouse after his dose, so the baby is never put down next to him; she does the nights.",
    # a drink by his bed beside where the baby sleeps (fresh72)
    "He keeps a glass of water by the bed; the baby's crib is in the mother's room and he does no night feeds.",
]


def _partners_safe_sleep_findings(text: str) -> set[tuple[str, str]]:
    name = CLASS_MEDICINES["antipsychotic"]
    built = assessment(
        "med-test", name, in_recommendations=("relapse-if-stopped",), item_text={"impact_on_mother.safe_sleep": text}
    )
    return findings(record(name, built, taken_by="partner", advice_given=True))


# The mother's own safe-sleep answer is held to the same where it speaks of sleep at all: her own sleep is not
# the baby's (found by the seventeenth and twenty-fourth fresh corpora); a terse answer with no sleep word in it
# ("Not advised.") is judged as written.
HER_OWN_SLEEP = [
    "She sleeps soundly through the night on her tablets and feels rested in the mornings.",
    "Mum sleeps from 11 pm to 6 am and has no trouble sleeping.",
]
WHERE_HER_BABY_SLEEPS = [
    "She sleeps deeply after her dose, so the baby goes in the cot beside the bed, never in her bed.",
    "Not advised.",
]


@pytest.mark.parametrize("text", HER_OWN_SLEEP + WHERE_HER_BABY_SLEEPS)
def test_the_mothers_safe_sleep_answer_about_her_own_sleep_is_hollow(text: str) -> None:
    name = CLASS_MEDICINES["antipsychotic"]
    others = tuple(c for c in concerns_of("antipsychotic", "mother") if c != "sedation-safe-sleep")
    built = assessment("med-test", name, in_conclusion=others, item_text={"impact_on_mother.safe_sleep": text})
    found = findings(record(name, built, taken_by="mother", advice_given=False))
    assert (("MA125", "$.assessments[0].impact_on_mother.safe_sleep") in found) is (text in HER_OWN_SLEEP)
    assert {code for code, _ in found} <= {"MA125"}


@pytest.mark.parametrize("text", HOW_SOMEONE_SLEEPS + WHERE_THE_BABY_SLEEPS)
def test_a_partners_safe_sleep_answer_speaks_of_the_babys_bed_and_nights(text: str) -> None:
    expected = {("MA125", "$.assessments[0].impact_on_mother.safe_sleep")} if text in HOW_SOMEONE_SLEEPS else set()
    assert _partners_safe_sleep_findings(text) == expected


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(HOW_SOMEONE_SLEEPS + WHERE_THE_BABY_SLEEPS).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_a_partners_safe_sleep_answer_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _partners_safe_sleep_findings(pair[1]) == _partners_safe_sleep_findings(pair[0])


# The name of a guideline, leaflet or campaign is a source, not where or with whom the baby sleeps: its words
# ("safe sleep", "safer sleep") are not the answer (item_sources in mappings/concerns.toml; found passing by a
# forty-fourth fresh corpus). The same source named beside the baby's bed or nights is an answer.
A_SOURCE_NAMED_ONLY = [
    "Follows the NHS safer sleep guidelines.",
    "Given the local safe sleep leaflet and the safer sleep week information.",
]
A_SOURCE_THEN_WHERE = [
    "Follows the safer sleep guidelines: the baby's crib is on her side and he never naps with the baby on the sofa.",
    "Safe sleep leaflet read together; he does no night feeds after his dose.",
]


@pytest.mark.parametrize("text", A_SOURCE_NAMED_ONLY + A_SOURCE_THEN_WHERE)
def test_a_partners_safe_sleep_answer_naming_only_a_source_is_hollow(text: str) -> None:
    expected = {("MA125", "$.assessments[0].impact_on_mother.safe_sleep")} if text in A_SOURCE_NAMED_ONLY else set()
    assert _partners_safe_sleep_findings(text) == expected


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(A_SOURCE_NAMED_ONLY + A_SOURCE_THEN_WHERE).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_a_partners_safe_sleep_answer_naming_a_source_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _partners_safe_sleep_findings(pair[1]) == _partners_safe_sleep_findings(pair[0])


# A dismissal whose only mention of the concern is what it dismisses ("Not relevant to the baby's sleep") says
# nothing of it: the clause holding a dismissal is set aside, and the rest of the answer must speak of the concern.
# Contrast and reason words start a clause of their own ("N/A as he sleeps in the spare room" gives a reason).
DISMISSING_THE_CONCERN_ITSELF = [
    "Not relevant to the baby's sleep.",
    "His medicine has no bearing on the baby's sleep or bed sharing.",
    "Only the mother's medicines bear on the baby's sleep.",
    "The father's tablets do not affect safe sleep.",
    "Safe sleep: not applicable.",
    # Found by mutation testing (December 2026): a heading of three words is a heading too.
    "Safe sleep advice: not applicable.",
]
ANSWERING_BESIDE_A_DISMISSAL = [
    # Found by mutation testing (December 2026): a heading that is itself a dismissal is not joined to the answer
    # after it.
    "No concerns: he sleeps downstairs after his dose.",
    "Not applicable as he sleeps in the spare room and does no night feeds.",
    "No concerns about co-sleeping because he sleeps downstairs after his dose.",
    "Breastfeeding is not relevant, but he must never share a bed or sofa with the baby.",
    "It is his medicine, not the mother's, and it makes him drowsy at night: no bed sharing with the baby.",
    "He must not share a bed so that the baby is not affected.",
]


@pytest.mark.parametrize("text", DISMISSING_THE_CONCERN_ITSELF)
def test_a_safe_sleep_answer_that_only_dismisses_sleep_is_a_dismissal(text: str) -> None:
    name = CLASS_MEDICINES["antipsychotic"]
    built = assessment(
        "med-test",
        name,
        in_conclusion=("sedation-safe-sleep",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"impact_on_mother.safe_sleep": text},
    )
    for taken_by in ("partner", "mother"):
        r = record(name, built, taken_by=taken_by, advice_given=True)
        assert ("MA123", "$.assessments[0].impact_on_mother.safe_sleep") in findings(r)


@pytest.mark.parametrize("text", ANSWERING_BESIDE_A_DISMISSAL)
def test_a_safe_sleep_answer_beside_a_dismissal_is_an_answer(text: str) -> None:
    name = CLASS_MEDICINES["antipsychotic"]
    built = assessment(
        "med-test", name, in_recommendations=("relapse-if-stopped",), item_text={"impact_on_mother.safe_sleep": text}
    )
    assert findings(record(name, built, taken_by="partner", advice_given=True)) == set()


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(DISMISSING_THE_CONCERN_ITSELF + ANSWERING_BESIDE_A_DISMISSAL).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_dismissal_of_the_concern_itself_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    spec, d = concern_map().specs["sedation-safe-sleep"], concern_map().dismissals
    plain, text = pair
    assert dismisses(text, spec, d) == dismisses(plain, spec, d) == (plain in DISMISSING_THE_CONCERN_ITSELF)


def test_exposure_concerns_are_not_asked_of_a_partners_medicine() -> None:
    name = CLASS_MEDICINES["opioid-substitution"]
    built = assessment(
        "med-test",
        name,
        in_items=("sedation-safe-sleep",),
        in_recommendations=("relapse-if-stopped",),
        item_text={"impact_on_baby.breastfeeding": "Not relevant: the medicine is the father's."},
    )
    assert findings(record(name, built, taken_by="partner")) == set()


def test_the_shipped_partner_example_is_answered_and_its_dismissal_refused() -> None:
    path = COMPLETE.parent / "postnatal-partner-quetiapine.json"
    good = load_record(path)
    assert findings(good) == set()
    for text in ("Not applicable", "N/A as partner", "Not relevant"):
        a = good.assessments[0]
        changed = a.model_copy(
            update={"impact_on_mother": a.impact_on_mother.model_copy(update={"safe_sleep": text})}  # type: ignore[union-attr]
        )
        bad = good.model_copy(update={"assessments": [changed]})
        assert findings(bad) == {("MA123", "$.assessments[0].impact_on_mother.safe_sleep")}


# ------------------------------------------------------------------------------------------------------------
# Disguises: a dismissal with look-alike letters, invisible characters, odd case and spacing is judged like the
# plain one, and so is a disguised real answer.

DISMISSALS = ["Not applicable", "N/A as partner", "not relevant", "N/A", "None", "No concerns"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DISMISSALS).flatmap(lambda p: st.tuples(st.just(p), disguised(p))))
def test_a_disguised_dismissal_is_refused_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    assert tokens(text) == tokens(plain)
    name = CLASS_MEDICINES["antipsychotic"]
    results = []
    for written in (plain, text):
        built = assessment(
            "med-test",
            name,
            in_conclusion=("sedation-safe-sleep",),
            in_recommendations=("relapse-if-stopped",),
            item_text={"impact_on_mother.safe_sleep": written},
        )
        results.append(findings(record(name, built, taken_by="partner", advice_given=True)))
    assert results[0] == results[1] == {("MA123", "$.assessments[0].impact_on_mother.safe_sleep")}


@settings(max_examples=40, deadline=None)
@given(disguised("No co-sleeping after a dose"))
def test_a_disguised_answer_in_the_conclusion_counts_like_the_plain_one(text: str) -> None:
    name = CLASS_MEDICINES["sedating"]
    built = assessment("med-test", name)
    built["conclusion"] += " " + text
    assert findings(record(name, built, advice_given=False)) == set()


def test_dismissal_needs_no_reason_only_where_the_concern_is_strict() -> None:
    specs, d = concern_map().specs, concern_map().dismissals
    assert dismisses("N/A - low dose", specs["neonatal-withdrawal"], d)
    assert not dismisses("Not required: sertraline stopped at 6 weeks' gestation", specs["neonatal-withdrawal"], d)
    assert dismisses("Not applicable: stopped at 6 weeks' gestation", specs["sedation-safe-sleep"], d)
    assert not dismisses("Observe for 72 hours", specs["neonatal-withdrawal"], d)
    assert normalise("N\u200b/\u0410") == "n/a"


# ------------------------------------------------------------------------------------------------------------
# One gap, one report: the softer prompts stay silent where MA122 or MA123 refuse.


def test_softer_prompts_yield_to_the_errors() -> None:
    name = CLASS_MEDICINES["opioid-substitution"]
    built = assessment("med-test", name, in_recommendations=("relapse-if-stopped",))
    codes = {(i.code, i.path) for i in check(record(name, built, advice_given=False), today=TODAY)}
    assert {c for c, _ in codes} & {"MA110", "MA111", "MA112"} == set()
    assert {p for c, p in findings(record(name, built, advice_given=False)) if c == "MA122"} == {
        report_path("neonatal-withdrawal"),
        report_path("sedation-safe-sleep"),
        report_path("breastfeeding"),
    }


def test_softer_prompts_remain_where_only_the_conclusion_answers() -> None:
    name = CLASS_MEDICINES["opioid-substitution"]
    concerns = ("neonatal-withdrawal", "sedation-safe-sleep", "breastfeeding")
    built = assessment("med-test", name, in_conclusion=concerns, in_recommendations=("relapse-if-stopped",))
    issues = check(record(name, built, advice_given=False), today=TODAY)
    concern_rules = {"MA110", "MA111", "MA112", "MA122", "MA123"}
    assert {i.code for i in issues if i.code in concern_rules} == {"MA110", "MA111", "MA112"}
    assert all(i.severity == "warning" for i in issues if i.code in {"MA110", "MA111", "MA112"})


def test_the_concern_map_says_what_answers_every_concern_a_class_can_raise() -> None:
    assert set(concern_map().specs) == set(medicine_classes().concerns)


# ------------------------------------------------------------------------------------------------------------
# MA124: a conclusion says what the medicines mean for the baby; and a partner's sedation is never dismissed
# in his assessment's conclusion either.

SILENT_ON_BABY = [
    "Methadone 60 mg daily continues unchanged under the drug service, with supervised consumption and a monthly "
    "review of the dose by her keyworker.",
    "Methadone reviewed today with the patient and all relevant factors were considered.",
    "Methadone: assessment carried out, all appropriate advice given to the mother, plan agreed.",
    "Methadone should continue: the risk of relapse after birth is high if it is stopped.",
    # A word for a child in the name of a service or programme is not the baby (found passing by a thirty-fourth
    # fresh corpus).
    "Methadone 60 mg daily continues under the drug service; her keyworker updates Children's Social Care and the "
    "Healthy Child Programme team each month.",
    # Mutation round 27: each name of `[baby] in_names` set aside on its own ("children's service*" deleted).
    "Methadone continues at 60 mg daily with supervised doses; the drug worker has written to Children's Services "
    "about the pregnancy.",
    # Sleep as a word is anyone's: the mother's own sleep is not the baby's safe sleep (found passing by a
    # fifty-eighth fresh corpus).
    "Methadone steadies her cravings, and since the dose went up she sleeps right through and slept well last week.",
    # An older child's care is not this baby's: a sentence naming one and not the baby (found passing by the
    # sixty-sixth fresh corpus; [baby] older_children).
    "Methadone 60 mg continues. Her seven-year-old daughter keeps her old cot-bed, and the school nurse checks her "
    "feeding and growth each term.",
    "Methadone continues under the drug service. Her toddler has come off bottle feeds and sees a paediatrician "
    "about his asthma; his big sister does the nursery run.",
]
SPEAKS_OF_BABY = [
    "Methadone continues at 60 mg; the baby needs 72 hours of observation for NAS on the postnatal ward.",
    "Methadone continues. No co-sleeping after a dose; the cot stays in the parents' room.",
    "Methadone continues; compatible with breastfeeding at this dose.",
    "Methadone continues; NAS obs on SCBU, HV to check the cot at the first visit.",
    "Methadone continues; the unborn baby has been exposed, so the detailed anomaly scan at 20 weeks is booked.",
    # The unborn baby's care in shorthand: the fetal medicine unit, an anomaly ultrasound.
    "Methadone cont. 1st trim exposure -> FMU r/v and detailed anomaly USS at 20/40.",
    "Methadone continues; exposed in utero, so the fetal medicine team will scan at 20 weeks.",
    "Methadone 60 mg continues; Children's Social Care and the health visitor check the baby's cot and feeding at "
    "home.",
    # The near miss: her sleep beside the baby's.
    "Methadone steadies her cravings and she sleeps through now; the baby sleeps in its own cot, never her bed.",
    # The near misses: an older child named beside the baby, and "her son" as the baby itself.
    "Methadone 60 mg continues. Her seven-year-old daughter keeps her own room, and the newborn sleeps in a cot "
    "beside the mother's bed.",
    "Methadone continues. The baby's brother will stay at his gran's for the first week while withdrawal is scored.",
    "Methadone continues; her son will be scored for withdrawal for 72 hours after he is born.",
]


def _with_methadone_conclusion(text: str) -> Record:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    return record_from_data(data)


@pytest.mark.parametrize("text", SILENT_ON_BABY)
def test_a_conclusion_silent_on_the_baby_is_refused(text: str) -> None:
    issues = [(i.code, i.path) for i in check(_with_methadone_conclusion(text), today=TODAY) if i.code == "MA124"]
    assert issues == [("MA124", "$.assessments[0].conclusion")]


@pytest.mark.parametrize("text", SPEAKS_OF_BABY)
def test_a_conclusion_that_speaks_of_the_baby_passes(text: str) -> None:
    assert not [i for i in check(_with_methadone_conclusion(text), today=TODAY) if i.code == "MA124"]


def test_the_overall_conclusion_must_speak_of_the_baby_too() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = (
        "Methadone and sertraline continue unchanged; all agencies informed and the plan is in place."
    )
    issues = [(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if i.code == "MA124"]
    assert issues == [("MA124", "$.overall_conclusion.text")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SILENT_ON_BABY + SPEAKS_OF_BABY).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_conclusion_is_judged_on_the_baby_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    codes = [{i.code for i in check(_with_methadone_conclusion(t), today=TODAY)} for t in (plain, text)]
    assert ("MA124" in codes[0]) == ("MA124" in codes[1])


PARTNER_CONCLUSION_DISMISSALS = [
    "Not applicable - quetiapine is the father's medication, not the mother's, so there is no risk to the baby.",
    "Quetiapine: N/A, it is his medicine and the baby is not exposed to it.",
    "Not relevant to the baby: quetiapine is prescribed for the father, not the mother.",
]


def _partner_quetiapine(conclusion: str) -> Record:
    data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if any("quetiapine" in m for m in a["medicine_ids"]))
    data["assessments"][index]["conclusion"] = conclusion
    return record_from_data(data)


@pytest.mark.parametrize("text", PARTNER_CONCLUSION_DISMISSALS)
def test_a_partners_sedation_dismissed_in_the_conclusion_is_refused(text: str) -> None:
    codes = {i.code for i in check(_partner_quetiapine(text), today=TODAY) if i.severity == "error"}
    assert "MA123" in codes


def test_a_partners_conclusion_that_speaks_of_sleep_is_not_a_dismissal() -> None:
    text = (
        "Not applicable to breastfeeding as it is the father's quetiapine, but it makes him drowsy at night: he "
        "must never share a bed or sofa with the baby after his dose."
    )
    assert "MA123" not in {i.code for i in check(_partner_quetiapine(text), today=TODAY)}


# The partner's medicine declared outside the review's remit, or the baby said not to reach him ("never woken by
# the baby"), with nothing decided (found passing by a fifty-third fresh corpus); beside them, the same words with
# the decision in another clause. Worded apart from the corpus.
PARTNER_WAVED_AWAY = [
    ("His quetiapine is beyond the scope of an antenatal medicines review for the mother.", "MA103"),
    ("Quetiapine is the father's and falls outside the remit of this assessment.", "MA103"),
    ("The father says he sleeps heavily on quetiapine and is not woken by the baby at night.", "MA123"),
]
PARTNER_WAVED_AWAY_THEN_DECIDED = [
    "Quetiapine is out of scope for breastfeeding as the baby takes none, but it makes him very hard to wake: he "
    "must never have the baby in his bed or on the sofa, and the mother does the night feeds.",
    "Quetiapine: he is never woken by the baby at night, so the baby sleeps in the crib beside the mother and he "
    "does no night feeds after his dose.",
]


@pytest.mark.parametrize(("text", "code"), PARTNER_WAVED_AWAY)
def test_a_partners_medicine_waved_away_in_the_conclusion_is_refused(text: str, code: str) -> None:
    assert code in {i.code for i in check(_partner_quetiapine(text), today=TODAY) if i.severity == "error"}


def _conclusion_errors(text: str) -> set[str]:
    """The errors of the shipped partner record with this conclusion, beyond those it has as shipped (judged on
    this suite's day, when the shipped record's later dates are still in the future)."""
    shipped = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    errors = [
        {i.code for i in check(r, today=TODAY) if i.severity == "error"}
        for r in (_partner_quetiapine(text), record_from_data(shipped))
    ]
    return errors[0] - errors[1]


@pytest.mark.parametrize("text", PARTNER_WAVED_AWAY_THEN_DECIDED)
def test_a_partners_medicine_waved_away_then_decided_passes(text: str) -> None:
    assert _conclusion_errors(text) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([t for t, _ in PARTNER_WAVED_AWAY] + PARTNER_WAVED_AWAY_THEN_DECIDED).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_partner_dismissal_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    shareable = [not _conclusion_errors(t) for t in (plain, text)]
    assert shareable[0] == shareable[1] == (plain in PARTNER_WAVED_AWAY_THEN_DECIDED)


# ------------------------------------------------------------------------------------------------------------
# A question the concern asks, answered "unknown": not assessed.


@pytest.mark.parametrize("taken_by", ["mother", "partner"])
@pytest.mark.parametrize(("sedation", "refused"), [("unknown", True), ("yes", False), ("no", False)])
def test_a_sedating_medicine_whose_sedation_is_unknown_is_refused_at_that_item(
    taken_by: str, sedation: str, refused: bool
) -> None:
    name = CLASS_MEDICINES["sedating"]
    built = assessment(
        "med-test",
        name,
        in_items=("sedation-safe-sleep",),
        in_recommendations=concerns_of("sedating", taken_by),
        item_text={"impact_on_mother.sedation": sedation},
    )
    expected = {("MA122", "$.assessments[0].impact_on_mother.sedation")} if refused else set()
    assert findings(record(name, built, taken_by=taken_by, advice_given=True)) == expected


def test_sedation_unknown_is_no_concern_for_a_medicine_that_does_not_sedate() -> None:
    name = CLASS_MEDICINES["antidepressant"]
    assert "sedation-safe-sleep" not in concerns_of("antidepressant")
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in concerns_of("antidepressant") if c in ITEMS),
        in_recommendations=concerns_of("antidepressant"),
        item_text={"impact_on_mother.sedation": "unknown"},
    )
    assert findings(record(name, built)) == set()


RESTATED = {
    "sedation-safe-sleep": ("Safe sleep advice given.", "Cot in the parents' room; no sofa sleeping after a dose."),
    "breastfeeding": ("Breastfeeding advice given for this medicine.", "Compatible with breastfeeding."),
    "neonatal-withdrawal": ("Observation plan as per the local guideline.", "Observe on the ward for 72 hours."),
}


@pytest.mark.parametrize("concern", sorted(RESTATED))
def test_an_item_answer_that_only_restates_its_question_is_refused(concern: str) -> None:
    # The prompts: "Safe sleep and co-sleeping advice given", "Breastfeeding advice for this medicine",
    # "Neonatal withdrawal observation plan (local guideline)". Restated with reporting words, the answer says
    # nothing of this baby; any word of its own, or a negation ("No co-sleeping."), is an answer.
    class_id = next(c for c, k in CASES if k == concern)
    name = CLASS_MEDICINES[class_id]
    path, _ = ITEMS[concern]
    restated, real = RESTATED[concern]
    for text, expected in ((restated, {("MA125", f"$.assessments[0].{path}")}), (real, set())):
        built = assessment(
            "med-test",
            name,
            in_items=tuple(c for c in _others(class_id, concern) if c in ITEMS),
            in_recommendations=concerns_of(class_id),
            in_conclusion=(concern,),
            item_text={path: text},
        )
        assert findings(record(name, built, advice_given=True)) == expected, text


# Found passing by the seventy-second fresh corpus: the prompt restated with a verb's form for its noun
# ("observing" for "observation": compared by stem), as considered beside "breast milk" (what breastfeeding
# implies), or as a guideline discussed with a specialty's clinician at a visit (who and when, no plan). Each
# beside a near miss in the same words that decides.
RESTATED_AGAIN = [
    ("neonatal-withdrawal", "Observing the baby for withdrawal: plan as per the local guideline."),
    ("breastfeeding", "Advice on breastfeeding and this medicine in breast milk was considered."),
    ("neonatal-withdrawal", "Local guideline on neonatal withdrawal talked through with the paediatric consultant."),
]
DECIDED_BESIDE = [
    ("neonatal-withdrawal", "Observing the baby for withdrawal on the ward for 72 hours, as the local guideline says."),
    ("breastfeeding", "Breast milk from her is fine for the baby at this dose; breastfeed as usual."),
    ("neonatal-withdrawal", "The paediatric consultant reviews the baby at birth; withdrawal scoring for 72 hours."),
    ("neonatal-withdrawal", "Observed at the paediatric check after birth."),  # not the gerund: tells when
]


@pytest.mark.parametrize(("concern", "text"), RESTATED_AGAIN + DECIDED_BESIDE)
def test_a_prompt_restated_by_stem_considered_or_discussed_is_hollow(concern: str, text: str) -> None:
    expected = {("MA125", f"$.assessments[0].{ITEMS[concern][0]}")} if (concern, text) in RESTATED_AGAIN else set()
    assert _item_findings(_class_raising(concern), concern, text) == expected


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(RESTATED_AGAIN + DECIDED_BESIDE))
def test_a_prompt_restated_by_stem_is_judged_alike_in_disguise(data: st.DataObject, case: tuple[str, str]) -> None:
    concern, text = case
    class_id = _class_raising(concern)
    assert _item_findings(class_id, concern, data.draw(disguised(text))) == _item_findings(class_id, concern, text)


def _class_raising(concern: str) -> str:
    return next(c for c, k in CASES if k == concern)


# A clinical abbreviation is read by its meaning (mappings/clinical-abbreviations.csv): "BF" is breastfeeding,
# both where it answers the concern and where it only restates the question.
ABBREVIATED = {
    "breastfeeding": ("BF leaflet given.", "BF encouraged on a stable dose."),
    "neonatal-withdrawal": ("NAS observation plan as per the local guideline.", "NAS scoring on SCBU for 72 hours."),
}


@pytest.mark.parametrize("concern", sorted(ABBREVIATED))
def test_an_abbreviated_item_answer_is_read_by_its_meaning(concern: str) -> None:
    class_id = next(c for c, k in CASES if k == concern)
    name = CLASS_MEDICINES[class_id]
    path, _ = ITEMS[concern]
    restated, real = ABBREVIATED[concern]
    for text, expected in ((restated, {("MA125", f"$.assessments[0].{path}")}), (real, set())):
        built = assessment(
            "med-test",
            name,
            in_items=tuple(c for c in _others(class_id, concern) if c in ITEMS),
            in_recommendations=concerns_of(class_id),
            in_conclusion=(concern,),
            item_text={path: text},
        )
        assert findings(record(name, built, advice_given=True)) == expected, text


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("BF encouraged on a stable dose.", True),
        ("Compatible with BF; watch the baby for sleepiness.", True),
        ("EBM can be given on the ward.", True),
        ("Dose unchanged; mood reviewed monthly.", False),
    ],
)
def test_a_conclusion_answers_breastfeeding_in_its_abbreviation(text: str, answers: bool) -> None:
    from medassess.gate.concerns import addresses, concern_map

    assert addresses(text, concern_map().specs["breastfeeding"]) is answers
    assert addresses(text.replace("BF", "B\u200bF").replace("EBM", "\uff25\uff22\uff2d"),
                     concern_map().specs["breastfeeding"]) is answers  # fmt: skip


def test_a_negated_restatement_answers() -> None:
    name = CLASS_MEDICINES["sedating"]
    built = assessment(
        "med-test",
        name,
        in_recommendations=concerns_of("sedating"),
        item_text={"impact_on_mother.safe_sleep": "No co-sleeping."},
    )
    assert findings(record(name, built)) == set()


# ------------------------------------------------------------------------------------------------------------
# Safe sleep advice recorded as not given, with a sedating medicine at home (MA126).


def _advice_not_given(r: Record) -> bool:
    return any(i.code == "MA126" for i in check(r, today=TODAY))


@pytest.mark.parametrize("taken_by", ["mother", "partner"])
def test_safe_sleep_advice_not_given_is_refused_where_a_parent_is_sedated(taken_by: str) -> None:
    name = CLASS_MEDICINES["sedating"]
    built = assessment(
        "med-test", name, in_items=("sedation-safe-sleep",), in_recommendations=concerns_of("sedating", taken_by)
    )
    assert _advice_not_given(record(name, built, taken_by=taken_by, advice_given=False))
    assert not _advice_not_given(record(name, built, taken_by=taken_by, advice_given=True))
    assert not _advice_not_given(record(name, built, taken_by=taken_by, advice_given=None))


def test_safe_sleep_advice_not_given_is_no_matter_without_a_sedating_medicine() -> None:
    name = CLASS_MEDICINES["antidepressant"]
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in concerns_of("antidepressant") if c in ITEMS),
        in_recommendations=concerns_of("antidepressant"),
    )
    assert not _advice_not_given(record(name, built, advice_given=False))


def test_safe_sleep_advice_not_given_is_no_matter_once_the_sedating_medicine_has_stopped() -> None:
    data = complete()
    data["safeguarding"]["safe_sleep_advice_given"] = False
    assert any(i.code == "MA126" for i in check(record_from_data(data), today=TODAY))
    sedating = [m for m in data["medicines"] if "sedation-safe-sleep" in classify(Medicine(**m)).concerns]
    assert sedating
    for medicine in sedating:
        medicine["stopped"] = "2026-01-10"
    assert not any(i.code == "MA126" for i in check(record_from_data(data), today=TODAY))


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Father's medicine; mother is the main carer.", True),
        ("His own medicine, taken as prescribed by his GP.", True),
        ("He does no night feeds after his dose and never sleeps beside the baby.", False),
        ("Mother is the main carer; he must not share a bed or sofa with the baby.", False),
    ],
)
def test_a_partners_safe_sleep_answer_must_speak_of_sleep(text: str, refused: bool) -> None:
    # Only the partner's own safe-sleep item answers his sedating medicine (the review asks for his actual
    # sleeping arrangements), so an answer there that never speaks of sleep, beds, sofas or nights says nothing.
    name = CLASS_MEDICINES["sedating"]
    built = assessment(
        "med-test",
        name,
        in_recommendations=concerns_of("sedating", "partner"),
        item_text={"impact_on_mother.safe_sleep": text},
    )
    expected = {("MA125", "$.assessments[0].impact_on_mother.safe_sleep")} if refused else set()
    assert findings(record(name, built, taken_by="partner", advice_given=True)) == expected


def test_a_partners_assessment_without_a_conclusion_is_unanswered_not_dismissed() -> None:
    # Found by mutation testing: no conclusion is no dismissal in one (and reading it must not fail).
    name = CLASS_MEDICINES["sedating"]
    built = assessment("med-test", name, in_recommendations=concerns_of("sedating", "partner"))
    del built["conclusion"]
    expected = {("MA122", "$.assessments[0].impact_on_mother.safe_sleep")}
    assert findings(record(name, built, taken_by="partner", advice_given=True)) == expected


# ------------------------------------------------------------------------------------------------------------
# MA127: a coded answer the assessment's own text contradicts. Receiving systems act on the coded answer
# (sedation "no" is what a maternity system filters on), so "no" beside "very hard to wake after his dose"
# tells the midwife the opposite of what the clinician found.

SAYS_SEDATED = [
    "He is very hard to wake for several hours after his dose.",
    "The quetiapine makes him too sedated to care for the baby at night.",
    "Drowsy for about two hours after each dose; the mother does the night feeds.",
    "Groggy in the mornings and sleeps heavily after the evening dose.",
    # A consequence beside it does not negate it.
    "Groggy until midday, so he is not to bath the baby alone.",
    "Drowsy after each dose, so he does not drive.",
    "Drowsy for two hours after each dose; that is why the mother does the night feeds.",
    "He cannot be woken easily for an hour after the evening dose.",
    "Both medicines make him drowsy in the evenings.",
    "Any drowsiness after his doses? Yes, after the evening dose.",  # a question answered yes says it
    "Very drowsy after each dose; no longer able to do night feeds.",  # "no longer" says more than "it is over"
    "Drowsy after the evening dose; not now in the mornings.",
    # Found by mutation testing (December 2026): a contrast starts a clause of its own, so a negation before it
    # does not reach the drowsiness after it; a question of more than a heading's words is a clause of its own,
    # so its "ever" does not reach the answer after it.
    "Not drowsy in the day but very drowsy after the evening dose.",
    "Is he ever drowsy after doses? Yes, very drowsy.",
    "Drowsy after doses: yes.",
    # Each way of saying it counts alone, not only beside another ("groggy ... and sleeps heavily").
    "He sleeps heavily after the evening dose, so the mother does the night feeds.",
    # A degree is no denial: mildly sedated is sedated, of him or of the medicine for him.
    "Mildly drowsy after the evening dose.",
    "Quetiapine is mildly sedating for him at night.",
    # Idioms for heavy sleep (found in a twenty-seventh fresh corpus, worded there otherwise).
    "After the evening tablet he is out like a light until morning.",
    "Once he has taken it he is dead to the world for hours.",
    "He sleeps like a log after his dose, so the mother does the nights.",
    "Completely zonked after the 10 pm dose.",
    "The tablets knock him out by nine o'clock.",
    "Out for the count within an hour of his dose.",
    # An enquiry after it does not reach back (found beside a forty-second fresh corpus's instruction to ask).
    "He is drowsy after each dose and asks about switching to another medicine.",
]
SAYS_NOT_SEDATED = [
    # The idioms denied, past, or of the baby.
    "He is never out like a light on this dose and wakes easily for the baby.",
    "He used to be dead to the world on the higher dose; that has settled.",
    "The baby sleeps like a log between feeds and he does the 7 pm feed.",
    "If it ever knocks him out, the mother does the night feeds.",
    "Not drowsy on this dose; he shares the baby's care in the daytime.",
    "He denies any drowsiness and is alert in the evenings.",
    "No sedation at this dose, but he must never share a bed with the baby if that changes.",
    "If he ever feels drowsy after a dose he must not do night feeds.",
    "The risk is sudden infant death from co-sleeping with a sedated adult.",
    "Watch for sedation if the dose goes up.",
    "The baby was drowsy and floppy at birth and is now feeding well.",
    "He is not as drowsy as he was on the higher dose.",
    "Paediatric review after delivery; lithium toxicity signs (floppy, poor feeding, drowsy).",
    # Past, resolved, or asked and answered no.
    "Some drowsiness in the first fortnight, which has settled.",
    "Previously drowsy on 40 mg in 2024.",
    "Drowsiness: nil.",
    "Drowsy? No.",
    "Sedation: absent.",
    "Drowsiness resolved within a week of the dose change.",
    "He stopped feeling sleepy after the first two weeks.",
    "Some drowsiness in the first fortnight after the dose went up; that has settled and he is alert.",
    "He finished the course in May and takes nothing sedating now.",
    "Neither medicine makes him drowsy.",
    # A clause that only says it is over.
    "He felt drowsy in the first fortnight on it last year; not now.",
    "Drowsy for the first week, but not now.",
    # A question asks: answered no, or not answered, it says nothing of him.
    "Does he feel drowsy after doses? No.",
    "Is he drowsy after his evening dose? No, he is alert.",
    "Is the baby drowsy? Yes, at times.",
    "Is he drowsy after doses? To be asked at the next visit.",
    "Neither sedates him at these doses.",
    "Nobody in the house is drowsy on these medicines.",
    "He hasn't been drowsy since the dose went down.",
    "Zero drowsiness reported by him or the mother.",
    # Found by mutation testing (December 2026): a consequence word after a negation stays with it ("not so
    # drowsy"); drowsiness said of the baby before the word is not his; a clause beginning "But" that points
    # back ("But that", "- which") and says it has passed resolves the one before; a heading of three words
    # before a colon belongs to the answer after it.
    "He is not so drowsy now that the dose is lower.",
    "The baby is sleepy after feeds and he winds her.",
    "Drowsy after each dose in the first fortnight. But that has settled and he is alert.",
    "Drowsy after doses: no.",
    "Drowsy after each dose in the first fortnight - which has settled.",
    # How often the medicine sedates, said to be seldom, or of other people: a general statement, not his state
    # (found by a twelfth fresh corpus).
    "Quetiapine is rarely sedating at this dose; safe sleep advice given.",
    "Seldom sedating at this dose.",
    "Drowsiness is uncommon at this dose and he has had none.",
    "Only mildly sedating in a few people; he has had no drowsiness on it.",
    "It can be sedating in some people, but not for him.",
    # An instruction to ask or enquire is one to check, as "watch for" is (found passing as sedated by a
    # forty-second fresh corpus).
    "Health visitor to ask him about sleepiness at each visit.",
    "Wakes easily; midwife to enquire about drowsiness at the 8-week review.",
]


NEUTRAL_PARTNER_CONCLUSION = (
    "The mother does the night feeds and the baby sleeps in its own crib beside her; he must not share a bed or "
    "sofa with the baby, and the health visitor will check this at each visit."
)


def _partner_sedation(sedation: str, parenting_capacity: str, conclusion: str = NEUTRAL_PARTNER_CONCLUSION) -> Record:
    data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    mother = data["assessments"][0]["impact_on_mother"]
    mother["sedation"], mother["parenting_capacity"] = sedation, parenting_capacity
    return record_from_data(data)


def _contradicted(r: Record) -> set[tuple[str, str]]:
    return {(i.code, i.path) for i in check(r, today=TODAY) if i.code == "MA127"}


@pytest.mark.parametrize("text", SAYS_SEDATED)
def test_sedation_answered_no_beside_text_that_says_sedated_is_refused(text: str) -> None:
    r = _partner_sedation("no", text)
    assert _contradicted(r) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}
    assert not is_shareable(r, today=TODAY)
    assert _contradicted(_partner_sedation("yes", text)) == set()


@pytest.mark.parametrize("text", SAYS_NOT_SEDATED)
def test_sedation_answered_no_beside_negated_or_hypothetical_sedation_passes(text: str) -> None:
    assert _contradicted(_partner_sedation("no", text)) == set()


def test_the_shipped_partner_conclusion_contradicts_a_no() -> None:
    # The shipped conclusion itself says he is "too sedated": with parenting capacity silent on it, "no" is still
    # contradicted, and reported once at the coded answer.
    shipped = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    conclusion = shipped["assessments"][0]["conclusion"]
    r = _partner_sedation("no", "He is well and shares the baby's care in the daytime.", conclusion)
    assert _contradicted(r) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}
    assert _contradicted(_partner_sedation("no", "He is well and shares the baby's care in the daytime.")) == set()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SAYS_SEDATED + SAYS_NOT_SEDATED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_sedation_text_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    calm = "He is well and shares the baby's care in the daytime."
    results = [
        _contradicted(_partner_sedation("no", calm, NEUTRAL_PARTNER_CONCLUSION + " " + written))
        for written in (plain, text)
    ]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in SAYS_SEDATED)


# The other way round (found by a forty-sixth fresh corpus): sedation answered "yes" beside a clause that plainly
# says the medicine does not sedate the person takes back what the safe sleep plan rests on. A denial limited to
# a time, a place he was seen or a condition, advice, a comparison, or one about the baby does not.
DENIES_SEDATION = [
    "Quetiapine does not sedate him, so he can do the night feeds on his own.",
    "He is not drowsy on this dose and shares the night care with the mother.",
    "No drowsiness on 300 mg; he does the 2 am feed.",
    "His medicine doesn't make him drowsy at all.",
    "Dad's quetiapine does not sedate him, so he shares the night care.",
    # The medicine as the subject, after the baby is named (found passing by a fifty-third fresh corpus).
    "He keeps the baby in the bed with him since his tablets do not make him drowsy.",
    "The baby can share his bed at night because the dose doesn't make him drowsy.",
    # His own medicine named beside another before the denial: still his (near misses of a fifty-sixth corpus).
    "Quetiapine and her paracetamol do not make him drowsy, so he does the 2 am feed.",
    "Compared with the mirtazapine he took last year, his Seroquel does not make him drowsy.",
]
DENIES_SEDATION_ONLY_IN_PART = [
    "Not drowsy during the day, but very drowsy for hours after the evening dose.",
    "Not sedated at clinic visits; hard to wake for hours after the 10 pm dose.",
    "If he is not drowsy by 7 pm he may do the early evening feed.",
    "He must not be sedated when he has the baby on his own.",
    "The baby is not drowsy and feeds well.",
    "He is not as drowsy as on the higher dose, but still hard to wake at night.",
    "Not drowsy in the mornings; very drowsy after the evening dose.",
    # Another adult of the household denied, the person's own sedation affirmed (found refused by a forty-seventh
    # fresh corpus).
    "Mum is not drowsy on anything, but he is for hours after his quetiapine, so she does every night feed.",
    "His partner is not sleepy at night; he sleeps apart after his dose.",
    # The baby as the subject after the medicine is named: the baby's state, not his.
    "After his evening dose the baby is not sleepy in the crib; he sleeps apart from the baby.",
    # Another medicine as the subject of the denial (found refused by a fifty-sixth fresh corpus): it says nothing
    # of his quetiapine.
    "In contrast to the mirtazapine he took last year, which was not sedating, quetiapine leaves him hard to wake.",
    "Her paracetamol does not make her drowsy; his quetiapine leaves him hard to wake until morning.",
]


@pytest.mark.parametrize("text", DENIES_SEDATION)
def test_sedation_answered_yes_beside_text_that_denies_it_is_refused(text: str) -> None:
    r = _partner_sedation("yes", text)
    assert _contradicted(r) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}
    assert [i.message for i in check(r, today=TODAY) if i.code == "MA127"] == [
        'assessment asm-partner-quetiapine answers sedation "yes" while its own text says otherwise (expected the '
        "coded answer to agree with the text, or the text to say plainly why not)"
    ]
    assert _contradicted(_partner_sedation("no", text)) == set()


@pytest.mark.parametrize("text", DENIES_SEDATION_ONLY_IN_PART)
def test_sedation_answered_yes_beside_a_limited_denial_passes(text: str) -> None:
    assert _contradicted(_partner_sedation("yes", text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(DENIES_SEDATION + DENIES_SEDATION_ONLY_IN_PART).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_denial_of_sedation_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    results = [_contradicted(_partner_sedation("yes", written)) for written in (plain, text)]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in DENIES_SEDATION)


# Sedation given, after the words that say it, to another medicine named close behind them speaks of that one,
# in a clause naming none of the assessment's own (found refused by a fifty-ninth fresh corpus); without another
# medicine, without a word giving it to one, or with the assessment's own named too, the clause stays read.
SEDATION_GIVEN_TO_ANOTHER = [
    "Quetiapine has not made him drowsy; the sleepiness he gets from his pregabalin is why he sleeps apart.",
    "He feels groggy for an hour after his morning methadone, so the mother does the early feed.",
    "The heavy sleep that his zopiclone causes is why he does no night feeds.",
    "Any drowsiness is due to the diazepam he takes for his back; he sleeps in the spare room.",
    # Given before the words, as an owner or a subject (a sixty-fourth fresh corpus): that medicine's.
    "His pregabalin's sleepiness is the reason he sleeps in the spare room and the mother does the night feeds.",
    "The zopiclone he takes leaves him hard to wake, so the mother does every night feed.",
]
SEDATION_NOT_GIVEN_TO_ANOTHER = [
    "He is drowsy for hours after his evening dose, so he sleeps apart from the baby.",
    "Quetiapine leaves him sleepy after his dose, just like his diazepam.",
    "He is drowsy and his pregabalin is being reviewed by the pain clinic.",
    "Sleepy from his quetiapine and his zopiclone, so the mother does every night feed.",
    "His quetiapine's drowsiness lasts until the morning, so the mother does the night feeds.",
    "Zopiclone and quetiapine together leave him hard to wake, so the mother does every night feed.",
]
DENIAL_GIVEN_TO_ANOTHER = [
    "He has no drowsiness from his sertraline; his quetiapine leaves him hard to wake until morning.",
]
DENIAL_NOT_GIVEN_TO_ANOTHER = [
    "He has no drowsiness from his quetiapine or his sertraline, so he does the 2 am feed.",
    "He is not drowsy after his evening dose, so he does the 2 am feed.",
]


@pytest.mark.parametrize("text", SEDATION_GIVEN_TO_ANOTHER)
def test_sedation_given_to_another_medicine_does_not_contradict_a_no(text: str) -> None:
    assert _contradicted(_partner_sedation("no", text)) == set()


@pytest.mark.parametrize("text", SEDATION_NOT_GIVEN_TO_ANOTHER)
def test_sedation_not_given_to_another_medicine_contradicts_a_no(text: str) -> None:
    r = _partner_sedation("no", text)
    assert _contradicted(r) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}
    assert not is_shareable(r, today=TODAY)


@pytest.mark.parametrize("text", DENIAL_GIVEN_TO_ANOTHER)
def test_a_denial_given_to_another_medicine_does_not_contradict_a_yes(text: str) -> None:
    assert _contradicted(_partner_sedation("yes", text)) == set()


@pytest.mark.parametrize("text", DENIAL_NOT_GIVEN_TO_ANOTHER)
def test_a_denial_not_given_to_another_medicine_contradicts_a_yes(text: str) -> None:
    assert _contradicted(_partner_sedation("yes", text)) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(SEDATION_GIVEN_TO_ANOTHER + SEDATION_NOT_GIVEN_TO_ANOTHER).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_sedation_given_to_another_medicine_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    results = [_contradicted(_partner_sedation("no", written)) for written in (plain, text)]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in SEDATION_NOT_GIVEN_TO_ANOTHER)


# In an assessment of a sedating medicine and one that is not, sedation "yes" is the sedating one's: a denial whose
# subject names only the other speaks of that one (found refused by a ninety-seventh fresh corpus). A denial naming
# the sedating one too, one with no medicine named, or one of an assessment with no sedating medicine stays read.
def _joint_sedation(sedation: str, parenting_capacity: str) -> Record:
    data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    data["medicines"].append(
        {
            "id": "med-partner-sertraline",
            "name": "Sertraline 50mg tablets",
            "dose": "50 mg each morning",
            "taken_by": "partner",
            "started": "2024-02-05",
        }
    )
    assessment = data["assessments"][0]
    assessment["medicine_ids"].append("med-partner-sertraline")
    assessment["impact_on_mother"]["sedation"] = sedation
    assessment["impact_on_mother"]["parenting_capacity"] = parenting_capacity
    return record_from_data(data)


DENIAL_OF_THE_OTHER_ONE = [
    "Sertraline does not make him drowsy; his quetiapine leaves him hard to wake until morning.",
    "His sertraline is not sedating, but the quetiapine is, for hours after the night dose.",
    "The sertraline doesn't make him sleepy. After quetiapine he sleeps apart from the baby.",
]
DENIAL_OF_THE_SEDATING_ONE = [
    "Quetiapine and sertraline do not make him drowsy, so he does the 2 am feed.",
    "Quetiapine does not sedate him, so he does the 2 am feed.",
    "He is not drowsy on either medicine, so he shares the night feeds.",
    "His tablets do not make him drowsy, so he does the 2 am feed.",
]


@pytest.mark.parametrize("text", DENIAL_OF_THE_OTHER_ONE)
def test_a_denial_of_the_joint_assessments_other_medicine_does_not_contradict_a_yes(text: str) -> None:
    assert _contradicted(_joint_sedation("yes", text)) == set()


@pytest.mark.parametrize("text", DENIAL_OF_THE_SEDATING_ONE)
def test_a_denial_naming_the_joint_assessments_sedating_medicine_contradicts_a_yes(text: str) -> None:
    assert _contradicted(_joint_sedation("yes", text)) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}


def test_a_denial_of_a_medicine_that_raises_no_sedation_alone_still_contradicts_a_yes() -> None:
    # With no sedating medicine in the assessment, there is nothing else the "yes" could be about.
    data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    data["medicines"][1].update(name="Sertraline 50mg tablets", dose="50 mg each morning")
    del data["medicines"][1]["code"]
    mother = data["assessments"][0]["impact_on_mother"]
    mother["sedation"], mother["parenting_capacity"] = "yes", "Sertraline does not make him drowsy at all."
    assert _contradicted(record_from_data(data)) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}


# Drowsiness listed beside a sign seen in a baby ("sleepiness or poor feeding") is a sign watched for in the baby,
# not the parent's state (found refused by a ninety-ninth fresh corpus); with the adult named before it in its
# clause it stays the adult's.
DROWSY_AS_THE_BABYS_SIGN = [
    "Fine to breastfeed on this; the health visitor will enquire after sleepiness or poor feeding at each contact.",
    "Breast milk levels are low; the midwife asks about floppiness and drowsiness on day 3.",
    "Breastfeeding goes ahead; report poor feeds and drowsiness to the GP.",
]
DROWSY_AS_THE_ADULTS = [
    "Breastfeeding goes ahead; he is drowsy and feeding the baby at night is left to the mother.",
    "Breastfeeding goes ahead; he gets drowsiness and tremor after each dose.",
    "Breastfeeding goes ahead; drowsy for an hour after each dose.",
]


@pytest.mark.parametrize("text", DROWSY_AS_THE_BABYS_SIGN)
def test_drowsiness_listed_beside_a_babys_sign_does_not_contradict_a_no(text: str) -> None:
    assert _contradicted(_partner_sedation("no", text)) == set()


@pytest.mark.parametrize("text", DROWSY_AS_THE_ADULTS)
def test_the_adults_drowsiness_beside_feeding_still_contradicts_a_no(text: str) -> None:
    assert _contradicted(_partner_sedation("no", text)) == {("MA127", "$.assessments[0].impact_on_mother.sedation")}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(DENIAL_OF_THE_OTHER_ONE + DENIAL_OF_THE_SEDATING_ONE).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_denial_in_a_joint_assessment_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    results = [_contradicted(_joint_sedation("yes", written)) for written in (plain, text)]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in DENIAL_OF_THE_SEDATING_ONE)


# The safe-sleep item advises against co-sleeping and the conclusion or recommendations then allow it or hand it to
# the parents (found passing by a ninety-eighth fresh corpus): the advice is taken back. A denial, a limit to after
# he stops, or a belief corrected does not.
def _safe_sleep_taken_back(conclusion: str, recommendations: str | None = None, item: str | None = None) -> Record:
    data = json.loads((COMPLETE.parent / "postnatal-partner-quetiapine.json").read_text(encoding="utf-8"))
    assessment = data["assessments"][0]
    assessment["conclusion"] = conclusion
    if recommendations is not None:
        assessment["recommendations"] = recommendations
    if item is not None:
        assessment["impact_on_mother"]["safe_sleep"] = item
    return record_from_data(data)


SAFE_SLEEP_TAKEN_BACK = [
    "His night dose leaves him drowsy and he must not bed share. That said, bed sharing is fine if he feels wide "
    "awake, so it is their choice.",
    "The father is heavily sedated after his 10 pm dose; the health visitor checks the crib. He can co-sleep with "
    "the baby when he feels rested.",
    "Quetiapine sedates him at night; no co-sleeping at first. Co-sleeping is up to the parents after a week.",
    # Where the baby sleeps handed to them, co-sleeping unnamed.
    "His 10 pm dose leaves him hard to rouse. The sleeping arrangements are their choice, and the midwife will go "
    "along with it.",
    "Quetiapine makes him drowsy at night; where the baby sleeps is left to the parents.",
    # Bed sharing planned, not permitted: the baby put in the adults' bed or in bed with the sedated parent.
    "His 10 pm dose leaves him groggy. So that she can sleep, he takes the early-hours feed and keeps the little "
    "one in bed with him for the rest of the night.",
    "Quetiapine at night for the father; the baby goes into the parents' bed after the 2 am feed and the health "
    "visitor reviews at 8 weeks.",
]
SAFE_SLEEP_KEPT = [
    "His night dose leaves him drowsy: co-sleeping is not safe, even if he feels wide awake; mum does the feeds.",
    "Quetiapine sedates him; he never shares a bed with the baby. Once he has stopped quetiapine, co-sleeping may "
    "be fine; until then never.",
    "He believes co-sleeping is fine when he feels rested; the risk was explained and he sleeps apart from the baby.",
    "Co-sleeping is never safe after his dose, so the baby sleeps in the crib beside the mother.",
    "Where the baby sleeps was talked through with both: the crib beside the mother every night, never his bed.",
    "His night dose sedates him; the sleeping arrangements are not up to them: the baby sleeps in the crib.",
    # The adults' bed named as the hazard, denied, or only as where the crib stands.
    "His 10 pm dose leaves him groggy, so the little one never goes in bed with him; the mother does the feeds.",
    "Quetiapine sedates the father: the danger is the baby in the parents' bed after his dose, so she sleeps in "
    "the side-car crib beside their bed.",
    "He takes quetiapine at night; the mother does the early-hours feeds and the crib stands beside their bed.",
]


@pytest.mark.parametrize("text", SAFE_SLEEP_TAKEN_BACK)
def test_a_conclusion_taking_back_the_items_safe_sleep_advice_is_refused(text: str) -> None:
    r = _safe_sleep_taken_back(text)
    assert _contradicted(r) == {("MA127", "$.assessments[0].impact_on_mother.safe_sleep")}
    assert not is_shareable(r, today=TODAY)


@pytest.mark.parametrize("text", SAFE_SLEEP_KEPT)
def test_a_conclusion_keeping_the_items_safe_sleep_advice_passes(text: str) -> None:
    assert _contradicted(_safe_sleep_taken_back(text)) == set()


def test_recommendations_taking_back_the_safe_sleep_advice_are_refused() -> None:
    r = _safe_sleep_taken_back(NEUTRAL_PARTNER_CONCLUSION, "HV visits weekly; co-sleeping may be okay if he is alert.")
    assert _contradicted(r) == {("MA127", "$.assessments[0].impact_on_mother.safe_sleep")}


def test_a_permission_beside_an_item_that_gives_no_advice_against_co_sleeping_is_not_this_contradiction() -> None:
    # Without the item's advice there is nothing of the item's to take back (other rules judge the permission).
    item = "Cot in the parents' room; the mother does the night feeds and the father sleeps in the spare room."
    assert _contradicted(_safe_sleep_taken_back(SAFE_SLEEP_TAKEN_BACK[1], item=item)) == set()


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SAFE_SLEEP_TAKEN_BACK + SAFE_SLEEP_KEPT).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_safe_sleep_reversal_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    results = [_contradicted(_safe_sleep_taken_back(written)) for written in (plain, text)]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in SAFE_SLEEP_TAKEN_BACK)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(DROWSY_AS_THE_BABYS_SIGN + DROWSY_AS_THE_ADULTS).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_babys_sign_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    results = [_contradicted(_partner_sedation("no", written)) for written in (plain, text)]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in DROWSY_AS_THE_ADULTS)


# A conclusion that stops the assessment's one medicine outright now, beside recommendations that continue it with
# no word of stopping it (found passing by a fifty-eighth fresh corpus): the two give opposite plans. A taper, a
# switch, a stop after an event or at a time, what stopping risks, her choice against advice, or recommendations
# that stop it too, agree or say why. Worded apart from the corpus, on the shipped sertraline assessment.
_CONTINUE_SERTRALINE = "Continue sertraline 100 mg. Midwife to watch the baby for adaptation symptoms after delivery."
STOPS_IT_NOW = [
    "Sertraline is discontinued today as she feels well again; the baby is watched for adaptation signs.",
    "She comes off her sertraline this week because her mood has lifted; the baby is watched for adaptation.",
    "Stop the sertraline now, as her mood is settled. The baby is watched for adaptation signs.",
    # A time or event in another clause is not the stop's (a sixty-fourth fresh corpus); a time of now is now.
    "Sertraline is discontinued today at her request, and the health visitor weighs the baby once they are home.",
    "She is to come off her sertraline, and the midwife will check the baby's feeding after delivery.",
    "Sertraline is being withdrawn because she has felt well since the birth; the baby is watched.",
    # "or" with another time is still a stop now
    "Sertraline is to be stopped today or tomorrow; the baby is watched for adaptation signs.",
]
STOPS_IT_ALONG_A_PLAN = [
    # a stop offered beside another course is one of alternatives listed, not a plan
    (
        "We set out two paths, stopping sertraline this week or staying at 100 mg; she took the second, and the "
        "baby is watched.",
        None,
    ),
    ("Either stop sertraline straight away, or keep at 100 mg: she keeps at 100 mg, and the baby is watched.", None),
    ("Sertraline is reduced to 50 mg now and stopped two weeks after the birth; the baby is watched.", None),
    ("Sertraline will be stopped once the baby is 8 weeks old; the midwife watches the baby meanwhile.", None),
    ("Stopping sertraline now would risk relapse, so it continues at 100 mg and the baby is watched.", None),
    ("Sertraline continues at 100 mg; she will stop breastfeeding this week and the baby is watched.", None),
    ("She wants to come off sertraline this week against advice; the baby is watched for adaptation.", None),
    ("After she delivers, sertraline will be stopped, and the baby is watched for adaptation signs.", None),
    ("Sertraline is to be discontinued at 37 weeks, and the midwife watches the baby after birth.", None),
    ("Sertraline will be stopped when the baby is weaned, and the health visitor keeps an eye on her mood.", None),
    ("Sertraline stops her low mood coming back, so it stays at 100 mg; the baby is watched for adaptation.", None),
    (
        "She stops sertraline this week and starts fluoxetine 20 mg; the baby is watched for adaptation signs.",
        "Stop sertraline and start fluoxetine 20 mg this week. Midwife to watch the baby after delivery.",
    ),
    (
        "Sertraline is being discontinued this week; the baby is watched for adaptation signs.",
        "Continue sertraline 100 mg until Friday, then stop it. Midwife to watch the baby after delivery.",
    ),
]


def _sertraline_plan(conclusion: str, recommendations: str | None = None) -> Record:
    data = json.loads((COMPLETE.parent / "antenatal-methadone-sertraline.json").read_text(encoding="utf-8"))
    assessment = data["assessments"][1]
    assessment["conclusion"] = conclusion
    assessment["recommendations"] = recommendations or _CONTINUE_SERTRALINE
    return record_from_data(data)


@pytest.mark.parametrize("text", STOPS_IT_NOW)
def test_a_conclusion_stopping_what_the_recommendations_continue_is_refused(text: str) -> None:
    r = _sertraline_plan(text)
    assert _contradicted(r) == {("MA127", "$.assessments[1].recommendations")}
    assert [i.message for i in check(r, today=TODAY) if i.code == "MA127"] == [
        'assessment asm-sertraline answers recommendations "continue" while its own text says otherwise '
        "(expected the coded answer to agree with the text, or the text to say plainly why not)"
    ]
    assert not is_shareable(r, today=TODAY)


@pytest.mark.parametrize(("text", "recommendations"), STOPS_IT_ALONG_A_PLAN)
def test_a_conclusion_stopping_it_along_a_plan_passes(text: str, recommendations: str | None) -> None:
    assert _contradicted(_sertraline_plan(text, recommendations)) == set()


def test_a_stop_in_an_assessment_of_two_medicines_is_read_of_the_medicine_it_names() -> None:
    # Each medicine is read in turn as "the medicine": sertraline continued and sertraline stopped contradict,
    # whichever other medicine the assessment covers; methadone stopped beside sertraline continued does not.
    data = json.loads((COMPLETE.parent / "antenatal-methadone-sertraline.json").read_text(encoding="utf-8"))
    data["assessments"][1]["medicine_ids"] = [*data["assessments"][1]["medicine_ids"], "med-methadone"]
    data["assessments"][1]["conclusion"] = STOPS_IT_NOW[0]
    assert ("MA127", "$.assessments[1].recommendations") in _contradicted(record_from_data(data))
    data["assessments"][1]["conclusion"] = STOPS_IT_NOW[0].replace("Sertraline", "Methadone")
    assert ("MA127", "$.assessments[1].recommendations") not in _contradicted(record_from_data(data))


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(STOPS_IT_NOW + [t for t, r in STOPS_IT_ALONG_A_PLAN if r is None]).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_stop_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    results = [_contradicted(_sertraline_plan(written)) for written in (plain, text)]
    assert results[0] == results[1]
    assert bool(results[0]) == (plain in STOPS_IT_NOW)


# The breastfeeding item written in free text (found passing by the forty-sixth and forty-seventh fresh corpora):
# where it advises against breastfeeding, a conclusion or recommendation that encourages it contradicts the
# record. The item's advice limited by a negation, a condition, a dose or the past gives no answer; a conclusion
# that repeats the advice, lets her choose against it with a plan, or speaks of formula does not contradict it.
# Worded apart from the corpora, on the shipped lithium record.
ADVISED_AGAINST = [
    "Breastfeeding is not advised on lithium: it passes into breast milk in amounts that can harm the baby.",
    "She has been advised not to breastfeed; lithium reaches the baby through the milk.",
    "Avoid breastfeeding while on lithium. Formula feeding agreed.",
]
NOT_ADVISED_AGAINST = [
    "No reason to avoid breastfeeding at this level; the baby's lithium level is checked at day 5.",
    "Breastfeeding is not advised if her levels rise above 1.0 mmol/L; at her present level she breastfeeds.",
    "She was advised not to breastfeed her first baby; this time breastfeeding is supported with checks.",
    # Mutation round 30: the past alone ("was", `item_not_affirming`), with no earlier baby named.
    "She was advised not to breastfeed on her old lithium dose; reviewed at booking.",
]
ENCOURAGES = [
    "Lithium continues at 800 mg with levels after the birth, and breastfeeding is encouraged from the first day.",
    "Lithium continues; she may breastfeed, and the paediatrician sees the baby after the birth.",
]
KEEPS_TO_ADVICE = [
    "Lithium continues at 800 mg with levels after the birth; breastfeeding is not advised, so she bottle feeds.",
    "Lithium continues; if she chooses to breastfeed against advice, the baby's lithium level is checked weekly.",
]


def _lithium_feeding(item: str, conclusion: str) -> Record:
    data = json.loads((COMPLETE.parent / "lithium-perinatal-mental-health.json").read_text(encoding="utf-8"))
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = item
    data["assessments"][0]["conclusion"] = conclusion
    # How she feeds is left open, so only the item is read against the conclusion (a bottle-fed baby's record is
    # read against it too: tests/gate/test_plans_against_themselves.py).
    data["pregnancy"]["infant_feeding"] = "not-known"
    return record_from_data(data)


BREASTFEEDING_ITEM = ("MA127", "$.assessments[0].impact_on_baby.breastfeeding")


@pytest.mark.parametrize("item", ADVISED_AGAINST + NOT_ADVISED_AGAINST)
@pytest.mark.parametrize("conclusion", ENCOURAGES + KEEPS_TO_ADVICE)
def test_a_conclusion_encouraging_what_the_breastfeeding_item_advises_against_is_refused(
    item: str, conclusion: str
) -> None:
    r = _lithium_feeding(item, conclusion)
    contradicted = item in ADVISED_AGAINST and conclusion in ENCOURAGES
    assert _contradicted(r) == ({BREASTFEEDING_ITEM} if contradicted else set())
    if contradicted:
        assert [i.message for i in check(r, today=TODAY) if i.code == "MA127"] == [
            'assessment asm-lithium answers breastfeeding "not advised" while its own text says otherwise (expected '
            "the coded answer to agree with the text, or the text to say plainly why not)"
        ]


def test_the_shipped_lithium_record_keeps_to_its_breastfeeding_advice() -> None:
    data = json.loads((COMPLETE.parent / "lithium-perinatal-mental-health.json").read_text(encoding="utf-8"))
    assert _contradicted(record_from_data(data)) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([(i, c) for i in ADVISED_AGAINST[:1] + NOT_ADVISED_AGAINST[:1] for c in ENCOURAGES]).flatmap(
        lambda pair: st.tuples(st.just(pair), disguised(pair[0]), disguised(pair[1]))
    )
)
def test_a_disguised_breastfeeding_contradiction_is_judged_like_the_plain_one(
    case: tuple[tuple[str, str], str, str],
) -> None:
    (item, conclusion), item_disguised, conclusion_disguised = case
    plain = _contradicted(_lithium_feeding(item, conclusion))
    assert _contradicted(_lithium_feeding(item_disguised, conclusion_disguised)) == plain
    assert bool(plain) == (item in ADVISED_AGAINST)


# The other way round (found passing by a fifty-third fresh corpus): the breastfeeding item says breastfeeding is
# compatible and the conclusion tells her to avoid it. Avoidance limited by a condition, no need, or the past does
# not contradict it; an item that limits its own answer gives none. Worded apart from the corpus, on the shipped
# citalopram record.
SAYS_COMPATIBLE = [
    "Citalopram is compatible with breastfeeding at 20 mg; the baby is watched for poor feeding.",
    "Safe to breastfeed: little passes into the milk.",
]
LIMITS_COMPATIBLE = [
    "Compatible with breastfeeding only if the baby is feeding well and not drowsy.",
    "Breastfeeding was compatible with her first baby; reviewed again after this birth.",
]
TELLS_TO_AVOID = [
    "Citalopram continues at 20 mg; she should not breastfeed and formula is started at birth.",
    "Continue citalopram; advised against breastfeeding because of the medicine.",
]
AVOID_ONLY_IN_PART = [
    "Citalopram continues; avoid breastfeeding if the baby becomes drowsy or feeds poorly, and call the GP.",
    "Citalopram continues; she need not avoid breastfeeding, and the midwife watches the baby's feeds.",
    "Citalopram continues and is no cause to avoid breastfeeding; the midwife checks the baby's feeds.",
]


def _citalopram_feeding(item: str, conclusion: str) -> Record:
    data = json.loads((COMPLETE.parent / "antenatal-citalopram-template-1.0.0.json").read_text(encoding="utf-8"))
    data["assessments"][0]["impact_on_baby"]["breastfeeding"] = item
    data["assessments"][0]["conclusion"] = conclusion
    return record_from_data(data)


@pytest.mark.parametrize("item", SAYS_COMPATIBLE + LIMITS_COMPATIBLE)
@pytest.mark.parametrize("conclusion", TELLS_TO_AVOID + AVOID_ONLY_IN_PART)
def test_a_conclusion_advising_against_what_the_breastfeeding_item_allows_is_refused(
    item: str, conclusion: str
) -> None:
    r = _citalopram_feeding(item, conclusion)
    contradicted = item in SAYS_COMPATIBLE and conclusion in TELLS_TO_AVOID
    assert _contradicted(r) == ({BREASTFEEDING_ITEM} if contradicted else set())
    if contradicted:
        assert [i.message for i in check(r, today=TODAY) if i.code == "MA127"] == [
            'assessment asm-citalopram answers breastfeeding "compatible" while its own text says otherwise '
            "(expected the coded answer to agree with the text, or the text to say plainly why not)"
        ]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([(i, c) for i in SAYS_COMPATIBLE[:1] for c in TELLS_TO_AVOID + AVOID_ONLY_IN_PART]).flatmap(
        lambda pair: st.tuples(st.just(pair), disguised(pair[0]), disguised(pair[1]))
    )
)
def test_a_disguised_advice_against_a_compatible_item_is_judged_like_the_plain_one(
    case: tuple[tuple[str, str], str, str],
) -> None:
    (item, conclusion), item_disguised, conclusion_disguised = case
    plain = _contradicted(_citalopram_feeding(item, conclusion))
    assert _contradicted(_citalopram_feeding(item_disguised, conclusion_disguised)) == plain
    assert bool(plain) == (conclusion in TELLS_TO_AVOID)


# ------------------------------------------------------------------------------------------------------------
# Concerns answered in words the term lists lacked, and where clinicians write them (found by a fresh corpus).


@pytest.mark.parametrize(
    ("where", "text", "answered"),
    [
        ("conclusion", "Lithium continues; the fetal echocardiogram at 24 weeks was normal.", True),
        ("conclusion", "Lithium continues; the baby's heart scan at 24 weeks was normal.", True),
        # A result the baby's summary reports answers it: the check has been done.
        ("impact_on_baby.summary", "Fetal echocardiogram at 24 weeks was normal.", True),
        ("impact_on_baby.summary", "The baby's heart scan showed no abnormality.", True),
        ("impact_on_baby.summary", "F\u0435tal \u0435cho at 20/40 was n\u043erm\u0430l.", True),
        # A need it names is not an answer: the plan belongs where every receiver shows it.
        ("impact_on_baby.summary", "A fetal echocardiogram at 24 weeks is needed.", False),
        ("impact_on_baby.summary", "Small risk of heart malformation. Her mood is normal.", False),
    ],
)
def test_harm_in_the_womb_is_answered_by_the_scans_in_the_conclusion(where: str, text: str, answered: bool) -> None:
    name = CLASS_MEDICINES["lithium"]
    others = tuple(c for c in concerns_of("lithium") if c != "teratogenicity")
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in others if c in ITEMS),
        in_recommendations=others,
        item_text={where: text},
    )
    expected = set() if answered else {("MA122", report_path("teratogenicity"))}
    assert findings(record(name, built)) == expected


@pytest.mark.parametrize(
    ("capacity", "answered"),
    [
        ("When she ran out for a month last year, her depression came back within weeks.", True),
        ("Her mood worsens quickly without it, as it did in 2023.", True),
        ("Switched today to enoxaparin; the valve is never left unanticoagulated.", True),
        # A course limited from the start: its end is the plan for stopping.
        ("A short course for sleep after the birth: no more than 5 nights.", True),
        ("Time-limited: nights only until the baby is two weeks old.", True),
        ("Well and caring for herself at home.", False),
        ("Sleeping better; the GP will see her next week.", False),
        # The condition left without it, and what that would do.
        ("Left untreated, her depression would make caring for the baby very hard.", True),
        ("Stopped today; the GP will see her next week.", False),
    ],
)
def test_relapse_is_answered_in_the_words_clinicians_use(capacity: str, answered: bool) -> None:
    name = CLASS_MEDICINES["antidepressant"]
    others = tuple(c for c in concerns_of("antidepressant") if c != "relapse-if-stopped")
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in others if c in ITEMS),
        in_recommendations=others,
        item_text={"impact_on_mother.parenting_capacity": capacity},
    )
    expected = set() if answered else {("MA122", report_path("relapse-if-stopped"))}
    assert findings(record(name, built)) == expected


# A verdict on what the item asks answers it, however short; the item's own words without one restate it.
BREASTFEEDING_VERDICTS = ["Fine with breastfeeding.", "Breastfeeding fine.", "Compatible with breastfeeding."]
BREASTFEEDING_RESTATED = ["Breastfeeding.", "Fine.", "OK.", "Breastfeeding advice given."]


def _sertraline_breastfeeding(text: str) -> Record:
    data = complete()
    data["assessments"][1]["impact_on_baby"]["breastfeeding"] = text
    return record_from_data(data)


@pytest.mark.parametrize("text", BREASTFEEDING_VERDICTS + BREASTFEEDING_RESTATED)
def test_a_verdict_on_the_items_topic_answers_it(text: str) -> None:
    hollow = {(i.code, i.path) for i in check(_sertraline_breastfeeding(text), today=TODAY) if i.code == "MA125"}
    expected = {("MA125", "$.assessments[1].impact_on_baby.breastfeeding")} if text in BREASTFEEDING_RESTATED else set()
    assert hollow == expected


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(BREASTFEEDING_VERDICTS + BREASTFEEDING_RESTATED).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_verdict_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    found = [{i.code for i in check(_sertraline_breastfeeding(t), today=TODAY) if i.code == "MA125"} for t in pair]
    assert found[0] == found[1]


# What answers a concern, word by word: the words that only sound like it do not (found by a fourteenth fresh
# corpus). Sleepiness is not where the baby sleeps; "stopped today" says it was stopped, not what stopping risks;
# in a pregnancy already exposed, contraception, the prevention programme or a specialist's name say nothing of
# harm to this baby.
@pytest.mark.parametrize(
    ("concern", "text", "answers"),
    [
        ("sedation-safe-sleep", "Compatible with breastfeeding; watch the baby for sleepiness.", False),
        ("sedation-safe-sleep", "Jittery, sleepy or poor feeding: tell the midwife.", False),
        ("sedation-safe-sleep", "The baby sleeps in a cot beside the bed, never on the sofa.", True),
        ("sedation-safe-sleep", "He sleeps in the spare room on nights he takes it.", True),
        ("relapse-if-stopped", "Fluoxetine stopped today at her request.", False),
        ("relapse-if-stopped", "She stopped it herself last week.", False),
        ("relapse-if-stopped", "Do not stop suddenly: her depression came back last time.", True),
        ("relapse-if-stopped", "Aim to stop by 36 weeks with the GP.", True),
        ("relapse-if-stopped", "Ramipril stopped today and replaced with labetalol.", True),
        ("relapse-if-stopped", "She must not cut down on her own.", True),
        ("relapse-if-stopped", "Course ended in December; not to restart while pregnant.", True),
        ("teratogenicity", "PPP: risk form signed; contraception after birth.", False),
        ("teratogenicity", "No dose change without neurology; perinatal team to see her.", False),
        ("teratogenicity", "Detailed anomaly scan at 20 weeks and fetal medicine review.", True),
        ("teratogenicity", "High risk of harm to the baby explained; obstetric review booked.", True),
        ("teratogenicity", "Folic acid 5 mg daily started today.", False),
        ("teratogenicity", "The unborn baby needs special scans.", True),
        ("relapse-if-stopped", "Her mood is watched by the GP: depression tends to return off treatment.", True),
        ("relapse-if-stopped", "She returned to work in May.", False),
        # What stopping risks, said of the condition left without the medicine (a thirty-seventh fresh corpus).
        ("relapse-if-stopped", "Lisinopril stopped today at the booking visit; methyldopa prescribed.", False),
        ("relapse-if-stopped", "Candesartan stopped this morning: left untreated her hypertension would endanger "
                               "her and the pregnancy, so methyldopa is prescribed.", True),
        ("relapse-if-stopped", "Without it her epilepsy may become uncontrolled; the neurologist sees her on "
                               "Monday.", True),
    ],
)  # fmt: skip
def test_a_concern_is_answered_by_its_own_words_not_by_words_that_sound_like_it(
    concern: str, text: str, answers: bool
) -> None:
    from medassess.gate.concerns import addresses, concern_map

    spec = concern_map().specs[concern]
    assert addresses(text, spec) is answers
    assert addresses(text.replace("a", "\u0430").replace("o", "\u03bf"), spec) is answers  # look-alike letters


def test_the_prevention_programme_answers_harm_in_the_womb_only_in_advice_before_this_pregnancy() -> None:
    from medassess.gate.concerns import concern_map

    spec = concern_map().specs["teratogenicity"]
    assert spec.pre_conception_terms is not None
    assert spec.pre_conception_terms.found_in(("ppp", "reviewed", "contraceptive", "implant", "fitted"))
    assert not spec.terms.found_in(("ppp", "reviewed", "contraceptive", "implant", "fitted"))


_STOPPING_SAID_OF_THE_CONDITION = [
    ("Lisinopril stopped today at the booking visit; methyldopa prescribed.", False),
    ("Candesartan stopped this morning: left untreated her hypertension would endanger her and the pregnancy.", True),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_STOPPING_SAID_OF_THE_CONDITION), st.data())
def test_what_stopping_risks_is_read_alike_in_disguise(case: tuple[str, bool], data: st.DataObject) -> None:
    from medassess.gate.concerns import addresses, concern_map

    text, answers = case
    assert addresses(data.draw(disguised(text)), concern_map().specs["relapse-if-stopped"]) is answers


# Mutation round 28: the partner's names and the mother's family name are no more than "with her" in an item
# answer, as her given name is; beside what is to happen the same names stand.
NAMED_TALK_ONLY = [
    "Went over it with Ruaridh on 9 October.",
    "Went over it with Mr Pennock on 9 October.",
    "Went over it with Jodie Tregunna on 9 October.",
]
NAMED_TALK_AND_PLAN = ["Went over it with Ruaridh on 9 October: cot by the bed, never the sofa."]


@pytest.mark.parametrize("text", NAMED_TALK_ONLY + NAMED_TALK_AND_PLAN)
def test_the_parents_own_names_in_an_item_answer_are_no_content(text: str) -> None:
    name = CLASS_MEDICINES["opioid"]
    path, _ = ITEMS["sedation-safe-sleep"]  # where the plan beside the names (a cot, never the sofa) belongs
    built = assessment(
        "med-test",
        name,
        in_items=("neonatal-withdrawal", "breastfeeding"),
        in_recommendations=concerns_of("opioid"),
        in_conclusion=("sedation-safe-sleep",),
        item_text={path: text},
    )
    data = complete()
    data["medicines"] = [{"id": "med-test", "name": name, "taken_by": "mother"}]
    data["assessments"] = [built]
    data["mother"]["name"]["family"] = "Tregunna"
    data["partner"] = {"relationship": "father", "name": {"given": ["Ruaridh"], "family": "Pennock"}}
    expected = {("MA125", f"$.assessments[0].{path}")} if text in NAMED_TALK_ONLY else set()
    assert findings(record_from_data(data)) == expected


# Found by hand mutation (round 31, docs/safety/mutation-testing.md), both ways: recommendations that continue the
# medicine only "until" a day plan its stop ("until" of `item_unless`), so a conclusion that stops it this week
# agrees with them; the same recommendations without the "until" continue it, and the stop contradicts them.
MUT31_STOPS = [
    (
        "Sertraline is being withdrawn this week; the newborn is watched for adaptation on the ward.",
        "Keep taking sertraline 100 mg up to Thursday and continue sertraline until Thursday only. Midwife watches "
        "the newborn.",
        set(),
    ),
    (
        "Sertraline is being withdrawn this week; the newborn is watched for adaptation on the ward.",
        "Continue sertraline 100 mg. Midwife watches the newborn.",
        {("MA127", "$.assessments[1].recommendations")},
    ),
    # Another medicine stopped is not this one ("the medicine" is only the assessment's own, `own_named_as`).
    (
        "Her diazepam is being stopped this week; sertraline stays at 100 mg and the newborn is watched on the ward.",
        "Continue sertraline 100 mg. Midwife watches the newborn.",
        set(),
    ),
    # A stop "once" something happens is a stop at a time, not now ("once" of its `not_affirming`).
    (
        "Sertraline is being stopped once her mood has settled; the newborn is watched on the ward.",
        "Continue sertraline 100 mg. Midwife watches the newborn.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "recommendations", "expected"), MUT31_STOPS)
def test_what_round_31_found_is_read_both_ways(text: str, recommendations: str, expected: set[tuple[str, str]]) -> None:
    assert _contradicted(_sertraline_plan(text, recommendations)) == expected


# ------------------------------------------------------------------------------------------------------------
# An item answer that does not answer its concern (found passing by the seventeenth, twenty-fourth and
# forty-second fresh corpora): the concern's words in another sense (other_senses in mappings/concerns.toml),
# the item's prompt restated with what it implies ([prompt] implied in mappings/hollow-phrases.toml), or a
# process with nothing decided ([report] subjects, telling and words), each beside a near miss that answers.

_ITEM_ANSWERS: list[tuple[str, str, str, bool]] = [
    # (class, concern, answer, refused)
    ("antidepressant", "breastfeeding", "Drinks a glass of water at every feed.", True),
    ("antidepressant", "breastfeeding", "Almond milk instead of dairy for her reflux.", True),
    ("antidepressant", "breastfeeding", "Her BF works nights and helps in the day.", True),
    (
        "antidepressant",
        "breastfeeding",
        "Oat milk in her tea is fine; breastfeeding encouraged, low levels in milk.",
        False,
    ),
    ("antidepressant", "breastfeeding", "BF supported: only tiny amounts reach the milk.", False),
    ("opioid-substitution", "neonatal-withdrawal", "Offer withdrawn by the housing team; she will ask again.", True),
    ("opioid-substitution", "neonatal-withdrawal", "Withdrawal of her benefits is under appeal.", True),
    (
        "opioid-substitution",
        "neonatal-withdrawal",
        "Withdrawal of her benefits does not alter the plan: NAS scores for 72 h on the ward.",
        False,
    ),
    ("opioid-substitution", "neonatal-withdrawal", "Observation plan for the newborn.", True),
    ("opioid-substitution", "neonatal-withdrawal", "Observation of the newborn for 72 hours on the ward.", False),
    ("antidepressant", "breastfeeding", "Compatibility with breastfeeding at this dose considered.", True),
    ("antidepressant", "breastfeeding", "Breastfeeding compatible at this dose.", False),
    ("opioid-substitution", "neonatal-withdrawal", "Local guideline applies to the baby.", True),
    ("opioid-substitution", "neonatal-withdrawal", "Local NAS guideline applies: 72 h of scoring on the ward.", False),
    ("opioid-substitution", "neonatal-withdrawal", "NAS booklet handed to the grandmother at discharge.", True),
    (
        "opioid-substitution",
        "neonatal-withdrawal",
        "Booklet given at discharge; HV checks for tremor and poor feeds to day 8.",
        False,
    ),
    ("antidepressant", "breastfeeding", "Health visitor to advise after delivery.", True),
    ("antidepressant", "breastfeeding", "Health visitor to support breastfeeding after delivery.", False),
    ("antipsychotic", "sedation-safe-sleep", "Drowsiness and co-sleeping talked through with the father.", True),
    (
        "antipsychotic",
        "sedation-safe-sleep",
        "Drowsiness and co-sleeping talked through with the father: the baby sleeps in the cot, never beside him.",
        False,
    ),
]


def _item_findings(class_id: str, concern: str, text: str) -> set[tuple[str, str]]:
    name = CLASS_MEDICINES[class_id]
    path, _ = ITEMS[concern]
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in _others(class_id, concern) if c in ITEMS),
        in_recommendations=concerns_of(class_id),
        in_conclusion=(concern,),
        item_text={path: text},
    )
    return findings(record(name, built))


@pytest.mark.parametrize(("class_id", "concern", "text", "refused"), _ITEM_ANSWERS)
def test_an_item_answer_in_another_sense_restated_or_only_a_process_is_hollow(
    class_id: str, concern: str, text: str, refused: bool
) -> None:
    expected = {("MA125", f"$.assessments[0].{ITEMS[concern][0]}")} if refused else set()
    assert _item_findings(class_id, concern, text) == expected


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_ITEM_ANSWERS).flatmap(lambda a: st.tuples(st.just(a), disguised(a[2]))))
def test_an_item_answer_in_another_sense_restated_or_only_a_process_is_judged_alike_in_disguise(
    pair: tuple[tuple[str, str, str, bool], str],
) -> None:
    (class_id, concern, plain, _), text = pair
    assert _item_findings(class_id, concern, text) == _item_findings(class_id, concern, plain)


# A stop now ("stops tomorrow", "stopping today") says only that the medicine stops, not what stopping risks: its
# stop word answers relapse if stopped only in a clause with a negation, a condition, a later time or a risk
# (`stopped_now`, `now_unless` of mappings/concerns.toml). The other terms of the concern still answer.
STOPS_NOW_ONLY = [
    "Her fluoxetine stops tomorrow, as she asked.",
    "She is stopping venlafaxine today at her own request.",
    "Mum will stop the mirtazapine right away and has been told.",
]
STOPS_NOW_WITH_AN_ANSWER = [
    "Do not stop venlafaxine now, even if she feels well.",
    "Stopping it today would leave her mood unguarded for the last weeks.",
    "Fluoxetine stops tomorrow; her GP does a mood review each fortnight.",
    "She stops venlafaxine after the birth, under the perinatal team.",
]


@pytest.mark.parametrize("text", STOPS_NOW_ONLY + STOPS_NOW_WITH_AN_ANSWER)
def test_a_stop_now_is_no_answer_to_what_stopping_risks(text: str) -> None:
    from medassess.gate.concerns import addresses

    assert addresses(text, concern_map().specs["relapse-if-stopped"]) is (text in STOPS_NOW_WITH_AN_ANSWER)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(STOPS_NOW_ONLY + STOPS_NOW_WITH_AN_ANSWER), st.data())
def test_a_disguised_stop_now_is_read_as_the_plain_one(text: str, data: st.DataObject) -> None:
    from medassess.gate.concerns import addresses

    spec = concern_map().specs["relapse-if-stopped"]
    assert addresses(data.draw(disguised(text)), spec) is addresses(text, spec)


# Recommendations that continue the medicine in other words than "continue": told not to stop it, or its blood
# levels kept. A conclusion that stops it now contradicts them; a taper or stop in the recommendations agrees.
STOPS_BESIDE_A_CONTINUE_IN_OTHER_WORDS = [
    ("Sertraline stops tomorrow at her request; the newborn is watched on the ward.",
     "Continue sertraline 100 mg. Midwife watches the newborn.", True),
    ("Sertraline is stopped from today; the newborn is watched on the ward.",
     "Never stop sertraline suddenly. Midwife watches the newborn.", True),
    ("Sertraline is stopped from today; the newborn is watched on the ward.",
     "Never stop sertraline suddenly; reduce by 25 mg a fortnight. Midwife watches the newborn.", False),
    ("Sertraline is being stopped this week; the newborn is watched on the ward.",
     "Sertraline levels are not checked. Midwife watches the newborn.", False),
    # No one as the subject of the stop negates it; a stop now beside "nobody" in another clause stands.
    ("No-one will be stopping sertraline, given how unwell she was off it; the newborn is watched on the ward.",
     "Continue sertraline 100 mg. Midwife watches the newborn.", False),
    ("Sertraline is being stopped this week; nobody thinks it helps her now, and the newborn is watched.",
     "Continue sertraline 100 mg. Midwife watches the newborn.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "recommendations", "contradicted"), STOPS_BESIDE_A_CONTINUE_IN_OTHER_WORDS)
def test_a_stop_now_beside_a_continue_in_other_words(text: str, recommendations: str, contradicted: bool) -> None:
    expected = {("MA127", "$.assessments[1].recommendations")} if contradicted else set()
    assert _contradicted(_sertraline_plan(text, recommendations)) == expected


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(STOPS_BESIDE_A_CONTINUE_IN_OTHER_WORDS), st.data())
def test_a_disguised_stop_beside_a_continue_in_other_words_is_read_as_the_plain_one(
    case: tuple[str, str, bool], data: st.DataObject
) -> None:
    text, recommendations, contradicted = case
    expected = {("MA127", "$.assessments[1].recommendations")} if contradicted else set()
    assert _contradicted(_sertraline_plan(data.draw(disguised(text)), recommendations)) == expected


def test_blood_levels_kept_continue_the_medicine() -> None:
    data = json.loads((COMPLETE.parent / "lithium-perinatal-mental-health.json").read_text(encoding="utf-8"))
    assessment = data["assessments"][0]
    assessment["recommendations"] = "Lithium levels monthly and within a day of the birth. Deliver in hospital."
    assessment["conclusion"] = "Lithium stops today; the baby has a paediatric review after birth."
    assert _contradicted(record_from_data(data)) == {("MA127", "$.assessments[0].recommendations")}
    assessment["recommendations"] = "Stop lithium at 36 weeks; lithium levels a week later. Deliver in hospital."
    assert _contradicted(record_from_data(data)) == set()


def test_a_stop_now_with_what_replaces_it_is_a_plan_for_stopping() -> None:
    from medassess.gate.concerns import addresses

    spec = concern_map().specs["relapse-if-stopped"]
    assert addresses("Enalapril stops this week and nifedipine begins the same day.", spec)
    assert not addresses("Enalapril stops this week, the same day as her booking scan.", spec)


# Whose withdrawal: the mother's own, on stopping her medicine, does not answer the baby's neonatal withdrawal.

HER_OWN_WITHDRAWAL = [
    "Never stop the diazepam all at once: her own withdrawal could bring on fits.",
    "Coming off it quickly risks withdrawal, so any reduction is slow and agreed with the GP.",
    "If she misses doses the withdrawal symptoms would be hers to manage; the pharmacy keeps a week in hand.",
]
THE_BABYS_WITHDRAWAL = [
    # Near misses: the same warning to her beside a word for the baby, or withdrawal alone with no stopping.
    "Never stop the diazepam all at once: withdrawal could bring on fits in her newborn as well.",
    "Coming off it quickly is not advised; the infant may show withdrawal for a week after delivery.",
    "Late withdrawal is possible, so the foster carer knows whom to call.",
]


def _withdrawal_findings(text: str) -> set[tuple[str, str]]:
    name = CLASS_MEDICINES["benzodiazepine-z-drug"]
    others = _others("benzodiazepine-z-drug", "neonatal-withdrawal")
    built = assessment("med-test", name, in_items=tuple(c for c in others if c in ITEMS), in_recommendations=others)
    built["conclusion"] = f"{built['conclusion']} {text}"
    return findings(record(name, built, stage="postnatal"))


@pytest.mark.parametrize("text", HER_OWN_WITHDRAWAL)
def test_the_mothers_own_withdrawal_does_not_answer_the_babys(text: str) -> None:
    assert _withdrawal_findings(text) == {("MA122", report_path("neonatal-withdrawal"))}


@pytest.mark.parametrize("text", THE_BABYS_WITHDRAWAL)
def test_the_babys_withdrawal_answers_it_beside_her_own(text: str) -> None:
    assert _withdrawal_findings(text) == set()


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(HER_OWN_WITHDRAWAL + THE_BABYS_WITHDRAWAL).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_whose_withdrawal_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    plain, text = pair
    assert _withdrawal_findings(text) == _withdrawal_findings(plain)


# The observation plan item that speaks only of her own withdrawal (every clause using the word hers, none naming the
# baby) is written but plans nothing for the baby, as an answer in another sense (MA125); the same item naming the
# baby, or withdrawal without her own, is a plan (found passing by a seventy-sixth fresh corpus). "She goes into
# withdrawal" is hers in a conclusion too (MA122).

HER_OWN_PLAN = [
    "If a dose is missed she may go into withdrawal; the keyworker checks each pharmacy pick-up.",
    "Do not cut the dose down in a hurry, as withdrawal could bring on fits for her.",
]
THE_BABYS_PLAN = [
    "If a dose is missed she may go into withdrawal; the newborn is watched on the ward for three days.",
    "Signs of withdrawal are looked for over the first week.",
]


def _plan_findings(text: str) -> set[tuple[str, str]]:
    name = CLASS_MEDICINES["benzodiazepine-z-drug"]
    others = _others("benzodiazepine-z-drug", "neonatal-withdrawal")
    built = assessment(
        "med-test",
        name,
        in_items=tuple(c for c in others if c in ITEMS),
        in_recommendations=others,
        item_text={ITEMS["neonatal-withdrawal"][0]: text},
    )
    return findings(record(name, built, stage="postnatal"))


@pytest.mark.parametrize("text", HER_OWN_PLAN)
def test_a_plan_speaking_only_of_her_own_withdrawal_is_no_plan_for_the_baby(text: str) -> None:
    assert _plan_findings(text) == {("MA125", report_path("neonatal-withdrawal"))}


@pytest.mark.parametrize("text", THE_BABYS_PLAN)
def test_a_plan_naming_the_baby_or_withdrawal_alone_answers_it(text: str) -> None:
    assert _plan_findings(text) == set()


def test_she_going_into_withdrawal_in_the_conclusion_is_hers() -> None:
    assert _withdrawal_findings("The dose stays steady so that she does not go into withdrawal.") == {
        ("MA122", report_path("neonatal-withdrawal"))
    }
    assert _withdrawal_findings("The dose stays steady; the newborn may go into withdrawal.") == set()


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(HER_OWN_PLAN + THE_BABYS_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_whose_withdrawal_in_the_plan_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    plain, text = pair
    assert _plan_findings(text) == _plan_findings(plain)
