"""A fiftieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, sixteenth
round, against the readings added in the last hour.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), CHANGELOG.md, README.md, the templates and the
examples, not from the gate's code or its word lists. The gate has just learnt to refuse yes/no questions and
"what ... and who ..." questions without their mark; condition names missing their first word; outcomes that hold
only "as and when" or "depending on" after a condition; numbers over 5 or 10 read as scores; "pregnant" and
"expecting a baby" as empty predicates; a brand after a title or role word, or before a place noun, read as a
name; "she also takes X"; a misspelling of one parent's medicine given to the other; "replaced by X" as taken
now; hand-overs left to the mother; titles before a parent's name in an item answer; "could be" alone; and "her
son will ..." as this case. About 85% of the cases here are GOOD records that use those very words legitimately
(MUST PASS), beside a few hollow near misses (MUST REFUSE):

* ``questions``: questions asked and answered in the same text; "what ... and who ..." followed by the plan;
* ``conditions``: full condition names (persistent pulmonary hypertension of the newborn) and "as and when" or
  "depending on" beside a plan that is fixed;
* ``scores``: pain scores, EPDS scores, Apgar scores and withdrawal scores beside a plan;
* ``pregnant``: "she is 29 weeks pregnant and continues ...", "expecting twins, so both babies ...";
* ``names``: staff names after titles with real plans, a medicine beside a place or role word;
* ``owners``: "she also takes" her own listed medicine; "replaced by" a listed medicine; the right parent;
* ``handover``: manual routes where a professional hands the copy over with the mother present;
* ``titles``: Mr and Mrs before a parent's name in item answers and conclusions;
* ``could-be``: "could be" in reasons beside a decision;
* ``son``: "her son will ..." about this baby;
* ``disguise``: a fifth of the cases in look-alike letters, zero-width and format characters, soft hyphens, bidi
  controls, full-width forms and combining marks.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh50_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    V,
    conclusion,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F50CASES: list[Case] = []

CATEGORIES = (
    "questions",
    "conditions",
    "scores",
    "pregnant",
    "names",
    "owners",
    "handover",
    "titles",
    "could-be",
    "son",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F50CASES.append(Case(f"f50-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return conclusion("asm-methadone", text)


def sert(text: str) -> Mutation:
    return conclusion("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return conclusion("asm-lithium", text)


def valp(text: str) -> Mutation:
    return conclusion("asm-valproate", text)


def quet(text: str) -> Mutation:
    return conclusion("asm-partner-quetiapine", text)


def dzp(text: str) -> Mutation:
    return conclusion("asm-diazepam-pregabalin", text)


def cit(text: str) -> Mutation:
    return conclusion("asm-citalopram", text)


def item(asm: str, path: str, text: str) -> Mutation:
    return set_(f"assessments#{asm}.{path}", text)


def foster_route(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining acute accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a left-to-right embedding and its pop."""
    return " ".join(f"{BIDI_CONTROLS[2]}{w}{BIDI_CONTROLS[4]}" for w in text.split(" "))


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopcxy"),
    "greek": lambda t: homoglyphs(t, "aoiv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "zwj": lambda t: inside_words(t, "\u200d", every=3),
    "shy": lambda t: inside_words(t, SOFT_HYPHEN, every=3),
    "bidi": bidi,
    "fullwidth": full_width,
    "combining": combining,
    "wordjoiner": lambda t: inside_words(t, "\u2060", every=2),
    "bom": lambda t: inside_words(t, "\ufeff", every=3),
}

# Good texts are collected here as (name, category, base, put, text, why) so a fifth can be disguised as well.
_GOOD: list[tuple[str, str, str, Callable[[str], Mutation], str, str]] = []


def good(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _GOOD.append((name, category, base, put, text, why))
    ok(name, category, base, put(text), why)


# ============================================================================================================
# questions: questions asked and answered; "what ... and who ..." followed by the plan.

good(
    "does-it-sedate-him-yes",
    "questions",
    P,
    quet,
    "Does quetiapine sedate him? Yes, for about six hours after his 10 pm dose, so the father gives no night feeds "
    "and never lies down with the baby on a bed, sofa or armchair. The mother does the nights with the baby in the "
    "crib beside her, and the health visitor checks this at every visit.",
    "a question with its mark, answered 'yes' and followed by the rule for the night",
)
good(
    "will-baby-withdraw-likely",
    "questions",
    M,
    meth,
    "Will the baby withdraw from methadone? Probably: about half of exposed babies show signs, so the baby stays "
    "on the postnatal ward for at least 72 hours of withdrawal scoring and the health visitor checks for late "
    "signs to day 8. Methadone 60 mg continues, breastfeeding is encouraged, and the baby sleeps in the cot, "
    "never in her bed after her dose.",
    "the question answered at once ('Probably') and the plan follows",
)
good(
    "can-she-breastfeed-sert",
    "questions",
    M,
    sert,
    "Can she breastfeed on sertraline? Yes: very little reaches the milk, and sertraline continues at 100 mg. The "
    "midwife watches the baby for jitteriness and poor feeding during the first 72 hours on the ward and asks the "
    "paediatrician to review if it persists.",
    "a yes/no question with its mark, answered and followed by the checks",
)
good(
    "what-and-who-set-out-below-meth",
    "questions",
    M,
    meth,
    "What the baby needs and who provides it is set out below: the maternity team scores the baby for methadone "
    "withdrawal for at least 72 hours on the ward; the health visitor looks for late signs to day 8 and sees the "
    "cot before discharge; the drug service keeps methadone at 60 mg. Breastfeeding is encouraged and there is no "
    "co-sleeping after her dose.",
    "'what ... and who ...' introduces the plan, which follows after the colon",
)
good(
    "what-and-who-dzp",
    "questions",
    F,
    dzp,
    "What the baby needs at night and who gives it: the foster carer does every night feed while the mother is "
    "sedated by diazepam and pregabalin, and the mother never shares a bed, sofa or armchair with the baby or "
    "feeds lying down. The health visitor watches for late withdrawal until day 8; both medicines continue until "
    "the supervised diazepam reduction.",
    "the heading-style phrase answered by the plan after the colon",
)
good(
    "two-questions-two-answers-lith",
    "questions",
    L,
    lith,
    "Should lithium stop? No: her relapse risk after birth is very high, so Priadel continues at 800 mg with "
    "weekly levels from 36 weeks and a level within 24 hours of birth. Can she breastfeed? No, lithium is not "
    "advised in breast milk, so she bottle feeds. The paediatrician reviews the baby after birth for floppiness "
    "and poor feeding.",
    "two questions, each with its mark and its answer",
)
good(
    "question-answered-valp",
    "questions",
    V,
    valp,
    "Is the baby at risk from valproate? Yes: exposure in the first trimester raises the risk of spina bifida and "
    "other malformations and of later learning problems. Valproate continues until neurology sees her this month "
    "and is not stopped suddenly; the detailed fetal medicine scan is booked and folic acid 5 mg daily started. "
    "Effective contraception is arranged after the birth.",
    "a question answered 'Yes' with the risk and the plan",
)
good(
    "question-in-reported-speech-cit",
    "questions",
    C,
    cit,
    "She asked whether citalopram would harm the baby; we told her the risks are small and that stopping risks "
    "relapse, so citalopram 20 mg continues. The midwife watches the baby for adaptation symptoms for 48 hours "
    "after birth and breastfeeding is supported.",
    "a question reported, not asked, with the answer and the plan",
)
good(
    "does-it-sedate-item-yes",
    "questions",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_baby.summary", t),
    "Does his quetiapine affect the baby? Not directly, since the baby is not exposed; the danger is sudden infant "
    "death if the baby sleeps beside him while he is heavily sedated, so he never does.",
    "an item answer that asks and answers",
)
bad(
    "questions-unmarked-series-quet",
    "questions",
    P,
    quet(
        "Does quetiapine make the father drowsy at night; does he do night feeds; does the baby sleep in his bed; "
        "who checks"
    ),
    "a series of yes/no questions without marks and without answers (MA103)",
)
bad(
    "what-and-who-nothing-after-meth",
    "questions",
    M,
    meth("What methadone means for the baby and who watches for withdrawal and co-sleeping after birth"),
    "a 'what ... and who ...' question with no mark and no answer (MA103)",
)
bad(
    "question-marked-unanswered-cit",
    "questions",
    C,
    cit("Is citalopram safe for the baby? Should she breastfeed? Who sees the baby after birth?"),
    "only questions: nothing is decided (MA103)",
)

# ============================================================================================================
# conditions: full condition names, "as and when" and "depending on" beside a fixed plan.

good(
    "pphn-full-name-sert",
    "conditions",
    M,
    sert,
    "Sertraline continues at 100 mg. Late-pregnancy SSRIs carry a small risk of persistent pulmonary hypertension "
    "of the newborn, so the midwife checks the baby's breathing, colour and oxygen saturations during the first 24 "
    "hours; she can breastfeed.",
    "the full condition name, with the checks it calls for",
)
good(
    "pphn-full-name-cit",
    "conditions",
    C,
    cit,
    "Citalopram 20 mg continues: stopping risks relapse. Because of the small risk of persistent pulmonary "
    "hypertension of the newborn, the baby's saturations are checked at birth and the midwife watches breathing "
    "and feeding for 48 hours. Breastfeeding is supported.",
    "PPHN named in full with the baby's checks",
)
good(
    "nas-full-name-meth",
    "conditions",
    M,
    meth,
    "Methadone 60 mg continues. Neonatal abstinence syndrome is likely, so the baby is scored for at least 72 hours "
    "on the postnatal ward and treated with oral morphine only if the scores call for it; the health visitor "
    "checks for late signs to day 8. Breastfeeding is encouraged; cot only after her dose.",
    "the condition named in full, then the plan",
)
good(
    "floppy-infant-full-dzp",
    "conditions",
    F,
    dzp,
    "Diazepam near birth can cause floppy infant syndrome and pregabalin adds to the sedation, so the neonatal "
    "team checked tone and feeding before discharge and the foster carer calls the unit for poor feeding or "
    "tremor until day 8. The mother never co-sleeps or feeds lying down; the foster carer does the nights; both "
    "medicines continue for now.",
    "a full condition name with what was done and what the carer does",
)
good(
    "as-and-when-pain-then-fixed-p",
    "conditions",
    P,
    overall,
    "The mother's paracetamol, taken as and when her perineal pain needs it, raises no concern for the baby or "
    "for feeding. The father's quetiapine sedates him heavily at night: he gives no night feeds after his dose and "
    "never shares a bed, sofa or armchair with the baby, and the health visitor keeps checking the crib.",
    "'as and when' describes the paracetamol; the rules for the father are fixed",
)
good(
    "depending-on-level-then-fixed-lith",
    "conditions",
    L,
    lith,
    "Lithium (Priadel) continues at 800 mg at night, adjusted depending on her weekly levels from 36 weeks; a "
    "level is taken within 24 hours of birth whatever happens. The paediatrician reviews the baby after birth for "
    "low tone, poor feeding and thyroid problems. She bottle feeds, as breastfeeding on lithium is not advised.",
    "the dose depends on levels; the checks and feeding are decided",
)
good(
    "if-scores-rise-then-plan-meth",
    "conditions",
    M,
    meth,
    "If the baby's withdrawal scores rise above the threshold twice, the neonatal team starts oral morphine; "
    "either way the baby stays at least 72 hours. Methadone continues at 60 mg, breastfeeding is encouraged, and "
    "after each dose the baby sleeps in the cot, never in her bed or on the sofa.",
    "a condition with its outcome stated, and a floor that does not depend on it",
)
bad(
    "as-and-when-after-if-only-dzp",
    "conditions",
    F,
    dzp(
        "If diazepam and pregabalin become a problem for the baby, night care will be arranged as and when, "
        "depending on how things go."
    ),
    "an outcome that holds only 'as and when' / 'depending on' after a condition (MA103)",
)
bad(
    "depending-only-valp",
    "conditions",
    V,
    valp(
        "Should the scan show anything, valproate will be looked at depending on what neurology think, "
        "as and when they are able."
    ),
    "nothing decided: a condition, then 'depending on' and 'as and when' (MA103)",
)

# ============================================================================================================
# scores: pain, EPDS, Apgar and withdrawal scores beside a plan.

good(
    "pain-7-of-10-oramorph-avoided-p",
    "scores",
    P,
    overall,
    "Pain 7/10 after the caesarean, so oramorph is avoided and regular paracetamol is used, which raises no "
    "concern for breastfeeding or for the baby. The father's quetiapine sedates him heavily at night: no night "
    "feeds by him after his dose and no bed, sofa or armchair sharing with the baby; the health visitor keeps "
    "checking the crib.",
    "a pain score beside a decision and the full plan",
)
good(
    "epds-14-sert",
    "scores",
    M,
    sert,
    "Her EPDS was 14 last week, higher than before, so sertraline continues at 100 mg and the perinatal mental "
    "health team sees her within two weeks. The midwife watches the baby for jitteriness or poor feeding in the "
    "first 72 hours; breastfeeding on sertraline is fine.",
    "an EPDS score as a reason, with the plan for mother and baby",
)
good(
    "epds-18-lith",
    "scores",
    L,
    lith,
    "An EPDS of 18 at 24 weeks shows how fragile her mood is, so Priadel continues at 800 mg with levels monthly, "
    "weekly from 36 weeks and within 24 hours of birth. The paediatrician reviews the baby after birth, and she "
    "bottle feeds because lithium passes into breast milk.",
    "EPDS score beside the continued lithium and the baby's review",
)
good(
    "apgar-9-10-dzp",
    "scores",
    F,
    dzp,
    "Apgars were 9 and 10 and tone was normal, but diazepam and pregabalin can still cause late withdrawal, so the "
    "foster carer and health visitor watch for it to day 8. The mother is sedated on both: she never shares a "
    "bed, sofa or armchair with the baby, and the foster carer does the night feeds. Both continue for now.",
    "Apgar scores beside the plan",
)
good(
    "finnegan-8-meth",
    "scores",
    M,
    meth,
    "Methadone 60 mg continues. The baby is scored on the Finnegan chart four-hourly for at least 72 hours; three "
    "scores of 8 or more in a row mean the neonatal team starts treatment. Breastfeeding is encouraged, and the "
    "baby sleeps in the cot after her dose, never in her bed.",
    "withdrawal scores with the threshold and what follows",
)
good(
    "anxiety-gad7-cit",
    "scores",
    C,
    cit,
    "GAD-7 is 12 and PHQ-9 is 15 on citalopram 20 mg, so it continues and the GP reviews her mood at the 6-week "
    "check. The midwife watches the baby for adaptation symptoms for 48 hours after birth; breastfeeding is "
    "supported.",
    "two questionnaire scores beside the plan",
)
good(
    "pain-3-of-10-item-p",
    "scores",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_baby.summary", t),
    "The father's back pain is 3/10 and needs nothing extra; his quetiapine does not reach the baby. The risk is "
    "sudden infant death if the baby sleeps beside him while he is sedated.",
    "a low pain score in an item answer that still names the risk",
)
bad(
    "score-only-lith",
    "scores",
    L,
    lith("Lithium: risk 3/5, benefit 4/5, baby 2/10, overall 7/10."),
    "a rating scale in place of a decision (MA103)",
)
bad(
    "scores-list-meth",
    "scores",
    M,
    meth("Methadone and the baby: withdrawal 4/10, breastfeeding 8/10, co-sleeping 2/10."),
    "scores per topic, nothing decided (MA103)",
)

# ============================================================================================================
# pregnant: "she is 29 weeks pregnant and continues ...", "expecting twins, so both babies ...".

good(
    "29-weeks-pregnant-meth",
    "pregnant",
    M,
    meth,
    "She is 29 weeks pregnant and continues methadone 60 mg daily, supervised. After birth the baby is scored for "
    "withdrawal on the postnatal ward for at least 72 hours and the health visitor looks for late signs to day 8. "
    "Breastfeeding is encouraged; no co-sleeping after her dose, and the cot is checked at the home visit.",
    "'pregnant' with the gestation and a plan",
)
good(
    "32-weeks-pregnant-cit",
    "pregnant",
    C,
    cit,
    "At 32 weeks pregnant she remains well on citalopram 20 mg, which continues. The midwife watches the baby for "
    "jitteriness, poor feeding and breathing problems for 48 hours after birth, and breastfeeding is supported.",
    "the gestation in 'pregnant' wording, then decisions",
)
good(
    "expecting-twins-lith",
    "pregnant",
    L,
    lith,
    "She is expecting twins, so both babies are reviewed by the paediatrician after birth for floppiness, poor "
    "feeding and thyroid problems. Priadel continues at 800 mg with weekly levels from 36 weeks and a level within "
    "24 hours of birth; she bottle feeds both because lithium passes into breast milk.",
    "'expecting twins, so both babies ...' is this case",
)
good(
    "pregnant-8-weeks-valp",
    "pregnant",
    V,
    valp,
    "She is 8 weeks pregnant on valproate, so this baby faces a high risk of malformations and later "
    "developmental problems. Valproate continues until the urgent neurology review and is not stopped suddenly; "
    "the fetal medicine scan is booked and folic acid 5 mg daily is started. Contraception is arranged after the "
    "birth.",
    "'pregnant' beside what it means for this baby",
)
good(
    "expecting-a-baby-overall-m",
    "pregnant",
    M,
    overall,
    "Expecting her baby in May, she continues methadone 60 mg and sertraline 100 mg unchanged. The baby stays at "
    "least 72 hours on the postnatal ward for withdrawal scoring; breastfeeding is encouraged; there is no "
    "co-sleeping after methadone doses, and the social worker and health visitor see the sleeping place before "
    "discharge.",
    "'expecting her baby' with the full plan",
)
good(
    "became-pregnant-on-sert",
    "pregnant",
    M,
    sert,
    "She became pregnant on sertraline and it continues at 100 mg, as her depression returned when she last "
    "stopped. The maternity team watches the baby for poor feeding and jitteriness for 72 hours; breastfeeding is "
    "fine on sertraline.",
    "'became pregnant on' as history, with the plan",
)
bad(
    "pregnant-and-on-meth",
    "pregnant",
    M,
    meth("She is pregnant and on methadone, and she is expecting a baby in May."),
    "'pregnant' and 'expecting a baby' say nothing about what follows (MA103)",
)
bad(
    "pregnant-only-cit",
    "pregnant",
    C,
    cit("Citalopram: the mother is pregnant; she is 32 weeks pregnant."),
    "the pregnancy restated, nothing decided (MA103)",
)

# ============================================================================================================
# names: staff names after titles with real plans; medicines beside place and role words.

good(
    "dr-okafor-priadel",
    "names",
    L,
    lith,
    "Dr Okafor, her perinatal psychiatrist, advises that Priadel continues at 800 mg: the relapse risk after birth "
    "is very high. Levels are weekly from 36 weeks and within 24 hours of birth; the paediatrician reviews the baby "
    "after delivery; she bottle feeds as breastfeeding on lithium is not advised.",
    "a doctor's name after a title, then the brand of her own medicine",
)
good(
    "sister-adams-methadone-clinic",
    "names",
    M,
    meth,
    "Sister Adams on the postnatal ward scores the baby for methadone withdrawal for at least 72 hours. Methadone "
    "60 mg continues, collected from the Hampton methadone clinic pharmacy under supervision. Breastfeeding is "
    "encouraged; the baby sleeps in the cot after her dose, never in her bed.",
    "a title and name, and a medicine beside a place noun",
)
good(
    "pharmacist-lustral",
    "names",
    M,
    sert,
    "Pharmacist: Lustral (sertraline) 100 mg continues; the risk of relapse outweighs the small risks to the baby. "
    "The midwife watches the baby for jitteriness or poor feeding over 72 hours, and breastfeeding is supported.",
    "a role word then the brand of the listed medicine",
)
good(
    "nurse-patel-valproate-clinic",
    "names",
    V,
    valp,
    "Nurse Patel from the epilepsy clinic sees her on Thursday: valproate continues until then and must not be "
    "stopped suddenly. The exposed baby needs the detailed scan at 20 weeks, which is booked, and folic acid 5 mg "
    "daily, which has started. Contraception is arranged after the birth.",
    "a title and name with a clinic place noun",
)
good(
    "dr-reid-cipramil-surgery",
    "names",
    C,
    cit,
    "Dr Reid at Riverside Surgery keeps Cipramil (citalopram) at 20 mg: stopping risks relapse. The midwife "
    "watches the baby for adaptation symptoms for 48 hours after birth and breastfeeding is supported.",
    "title, name, place noun and brand of the listed medicine",
)
good(
    "midwife-lowe-diazepam-ward",
    "names",
    F,
    dzp,
    "Midwife Lowe on Rowan Ward explained to the foster carer that diazepam and pregabalin sedate the mother, so "
    "she never shares a bed, sofa or armchair with the baby or feeds lying down, and the foster carer does the "
    "nights. Late withdrawal is watched for to day 8; both continue for now.",
    "a role word and name, and a ward name beside the medicines",
)
bad(
    "dr-name-only-lith",
    "names",
    L,
    lith("Dr Okafor at Northgate Hospital: Priadel clinic next month."),
    "a name and a clinic date: nothing about the baby (MA103)",
)

# ============================================================================================================
# owners: "she also takes" her own listed medicine; "replaced by" a listed medicine; the right parent.

good(
    "she-also-takes-sertraline",
    "owners",
    M,
    meth,
    "Methadone 60 mg continues; she also takes sertraline, assessed separately. The baby is scored for withdrawal "
    "for at least 72 hours on the ward and the health visitor checks for late signs to day 8. Breastfeeding is "
    "encouraged; after her methadone dose the baby sleeps in the cot, not her bed.",
    "'she also takes' her own listed sertraline",
)
good(
    "she-also-takes-folic-acid",
    "owners",
    V,
    valp,
    "Valproate continues until neurology review and is not stopped abruptly, as seizures would endanger her and "
    "the baby. She also takes folic acid 5 mg, started today. The baby's detailed anomaly scan is booked and "
    "contraception is arranged after the birth.",
    "'she also takes' her own listed folic acid",
)
good(
    "she-also-takes-paracetamol-overall-p",
    "owners",
    P,
    overall,
    "She also takes paracetamol, which raises no concern for breastfeeding or the baby. The father's quetiapine "
    "sedates him heavily at night, so he gives no night feeds after his dose and never shares a bed, sofa or "
    "armchair with the baby; the health visitor keeps checking the crib.",
    "'she also takes' her own paracetamol; the father's medicine is his",
)
good(
    "replaced-by-methadone",
    "owners",
    M,
    meth,
    "Street heroin was replaced by methadone in 2024, and methadone 60 mg continues through pregnancy. The baby is "
    "scored for withdrawal for at least 72 hours; breastfeeding is encouraged; no co-sleeping after her dose.",
    "'replaced by' a listed medicine she takes now",
)
good(
    "replaced-by-sertraline",
    "owners",
    M,
    sert,
    "Her fluoxetine was replaced by sertraline before pregnancy, and sertraline now continues at 100 mg because "
    "relapse is the bigger danger. The maternity team watches the baby for jitteriness for 72 hours; she can "
    "breastfeed.",
    "'replaced by' sertraline, which is listed",
)
good(
    "his-quetiapine-spelt-right",
    "owners",
    P,
    quet,
    "His quetiapine, taken at 10 pm, leaves him hard to wake until morning, so the mother does every night feed and "
    "the baby sleeps in its crib; the father never shares a bed, sofa or armchair with the baby. The health "
    "visitor checks the crib at each visit.",
    "the father's medicine given to the father",
)
bad(
    "she-also-takes-quetapine",
    "owners",
    P,
    quet(
        "The father does no night feeds after his quetiapine. She also takes quetapine at night, and the baby "
        "sleeps in the crib beside the bed."
    ),
    "a misspelling of the father's medicine given to the mother, who is not prescribed it (MA120)",
)

# ============================================================================================================
# handover: manual routes where a professional hands the copy over with the mother present.

_HANDOVER_OK = [
    (
        "hv-hands-copy-mother-present",
        "The health visitor hands the printed copy to the foster carer at the first home visit, with the mother "
        "present, and goes through the night-care plan with them both.",
        "a professional hands the copy over; the mother is only present",
    ),
    (
        "midwife-gives-with-mother",
        "Printed copy given by the community midwife to Sandra Hollis at the placement on 2026-06-13, with the "
        "mother in the room; the midwife explains the sedation and late withdrawal plan.",
        "the midwife gives it; the mother being there is not the route",
    ),
    (
        "sw-hands-mother-agrees",
        "The social worker hands the foster carer a sealed copy at the placement review; the mother agrees to this "
        "and is present.",
        "'agrees' is the mother's consent, the social worker does the hand-over",
    ),
    (
        "ward-sister-discharge",
        "Ward sister hands the foster carer a printed copy at discharge from the postnatal ward and goes through it "
        "with her and the mother.",
        "a ward sister's hand-over at discharge",
    ),
]
for _n, _t, _w in _HANDOVER_OK:
    good(_n, "handover", F, foster_route, _t, _w)

bad(
    "mother-says-she-will-hand",
    "handover",
    F,
    foster_route("The mother says she will hand her copy to the foster carer."),
    "left to the mother to pass on (MA30x)",
)
bad(
    "mother-offers-to-pass",
    "handover",
    F,
    foster_route("Mum offered to pass the letter on to Sandra."),
    "left to the mother (MA30x)",
)

# ============================================================================================================
# titles: Mr and Mrs before a parent's name in item answers and conclusions.

good(
    "mr-whitfield-item-breastfeeding",
    "titles",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_baby.breastfeeding", t),
    "Not relevant to feeding: the medicine is Mr Whitfield-Example's, and the baby is not exposed to it through milk.",
    "a title before the father's name in an item answer",
)
good(
    "mr-whitfield-conclusion",
    "titles",
    P,
    quet,
    "Mr Whitfield-Example's quetiapine sedates him heavily for hours after his night dose, so he does no night "
    "feeds and never shares a bed, sofa or armchair with the baby. Mrs Adeyemi-Example does the nights with the "
    "baby in the crib at her bedside; the health visitor checks this at each visit.",
    "titles before both parents' names in a full plan",
)
good(
    "ms-brennan-item-summary",
    "titles",
    F,
    lambda t: item("asm-diazepam-pregabalin", "impact_on_baby.summary", t),
    "The baby was exposed to Ms Brennan-Example's diazepam and pregabalin throughout pregnancy. Withdrawal signs "
    "usually start 48 to 72 hours after birth but can appear up to day 8; diazepam near birth can make a baby "
    "floppy and slow to feed.",
    "a title before the mother's name in an item answer",
)
good(
    "mrs-marsh-meth",
    "titles",
    M,
    meth,
    "Mrs Marsh-Example continues methadone 60 mg daily through pregnancy. Her baby is scored for withdrawal for at "
    "least 72 hours on the ward; breastfeeding is encouraged; no co-sleeping after her dose, and the cot is "
    "checked at the home visit.",
    "a title before the mother's name in the conclusion",
)

# ============================================================================================================
# could-be: "could be" in reasons beside a decision; "could be" alone refused.

good(
    "stopping-could-be-dangerous-valp",
    "could-be",
    V,
    valp,
    "Stopping valproate suddenly could be dangerous, so it continues unchanged until the urgent neurology review. "
    "The baby, exposed in the first trimester, needs the fetal medicine scan (booked) and folic acid 5 mg daily "
    "(started); effective contraception is planned after delivery.",
    "the brief's own example: 'could be' as the reason",
)
good(
    "could-be-sleepy-lith",
    "could-be",
    L,
    lith,
    "The baby could be sleepy and slow to feed after lithium exposure, so the paediatrician reviews the baby after "
    "birth and checks thyroid function. Priadel continues at 800 mg with a level within 24 hours of birth; she "
    "bottle feeds because breastfeeding on lithium is not advised.",
    "'could be' forecasts; the review is decided",
)
good(
    "relapse-could-be-severe-sert",
    "could-be",
    M,
    sert,
    "A relapse of her depression could be severe, so sertraline continues at 100 mg. The baby is watched for "
    "jitteriness and feeding problems for 72 hours; breastfeeding on sertraline is supported.",
    "'could be severe' as the reason to continue",
)
good(
    "could-be-fatal-quet",
    "could-be",
    P,
    quet,
    "Falling asleep with the baby after his quetiapine could be fatal, so the father never shares a bed, sofa or "
    "armchair with the baby and gives no night feeds after his dose; the mother does the nights with the crib "
    "beside her. The health visitor keeps checking this.",
    "'could be fatal' as the reason for the rule",
)
bad(
    "could-be-alone-cit",
    "could-be",
    C,
    cit("Citalopram could be continued, or could be reduced; the baby could be watched after birth."),
    "'could be' alone: no decision (MA103)",
)
bad(
    "could-be-alone-dzp",
    "could-be",
    F,
    dzp("Diazepam and pregabalin could be reduced; night care could be shared; the baby could be checked."),
    "'could be' in every clause: nothing decided (MA103)",
)

# ============================================================================================================
# son: "her son will ..." about this baby.

good(
    "her-son-will-sleep-crib-quet",
    "son",
    P,
    quet,
    "Her son will sleep in his own crib beside the mother's bed, because the father's quetiapine sedates him too "
    "heavily to wake for the baby; the father gives no night feeds and never shares a bed or sofa with him. The "
    "health visitor checks the crib at each visit.",
    "'her son will ...' is this baby",
)
good(
    "her-son-will-be-watched-dzp",
    "son",
    F,
    dzp,
    "Her son will be watched by the foster carer and health visitor for late withdrawal from diazepam and "
    "pregabalin until day 8. The mother stays sedated on both, which continue for now, so she never shares a bed, "
    "sofa or armchair with him or feeds lying down; the foster carer does the nights.",
    "'her son' as the baby, with the plan",
)
good(
    "their-son-overall-p",
    "son",
    P,
    overall,
    "The mother's paracetamol raises no concern. Their son will sleep in the crib in the mother's room, and the "
    "father's quetiapine means he gives no night feeds after his dose and never shares a bed, sofa or armchair "
    "with the baby; the health visitor keeps checking.",
    "'their son' in the overall conclusion",
)
bad(
    "her-son-will-older-quet",
    "son",
    P,
    quet("Her son will start nursery in September, and the father's quetiapine is noted."),
    "'her son will' about an older child and the medicine only noted (MA103)",
)

# ============================================================================================================
# more good records from other professions, and a few near misses, using the same words.

good(
    "hv-does-he-wake-no",
    "questions",
    P,
    overall,
    "Does the father wake for the baby after his quetiapine? No, not for several hours, so he gives no night feeds "
    "and never shares a bed, sofa or armchair with the baby. The mother's paracetamol raises no concern for "
    "feeding. The crib was seen and is safe; the health visitor checks it again at each visit.",
    "health visitor: a question answered 'No' in the overall conclusion",
)
good(
    "what-and-who-overall-f",
    "questions",
    F,
    overall,
    "What changes for the baby, and who makes sure of it: diazepam and pregabalin continue and sedate the mother, "
    "so the foster carer does the night feeds, the mother never shares a bed, sofa or armchair with the baby or "
    "feeds lying down, and the health visitor and social worker check the placement. Late withdrawal is watched "
    "for until day 8.",
    "'what ... and who ...' with the answer after the colon, overall",
)
good(
    "epds-overall-c",
    "scores",
    C,
    overall,
    "EPDS 9 on citalopram 20 mg, down from 17, so citalopram continues through pregnancy and breastfeeding. The "
    "midwife watches the baby for adaptation symptoms in the first 48 hours; the GP reviews mood at the 6-week "
    "check.",
    "an EPDS score in the overall conclusion beside the plan",
)
good(
    "apgar-overall-p",
    "scores",
    P,
    quet,
    "The baby was born well (Apgar 9 at five minutes) and is not exposed to the father's quetiapine. Because it "
    "sedates him heavily, he gives no night feeds after his dose and never shares a bed or sofa with the baby; the "
    "mother does the nights and the health visitor keeps checking the crib.",
    "an Apgar score beside the father's rules",
)
good(
    "pregnant-twins-overall-l",
    "pregnant",
    L,
    overall,
    "Pregnant with twins at 24 weeks, she continues lithium (Priadel) 800 mg with levels monthly, weekly from 36 "
    "weeks and within 24 hours of birth. Both babies have a paediatric review after birth; she bottle feeds, as "
    "breastfeeding on lithium is not advised; the perinatal mental health team sees her within a week of birth.",
    "'pregnant with twins' and both babies' plan, overall",
)
good(
    "dr-shah-valproate-clinic-overall-v",
    "names",
    V,
    overall,
    "Dr Shah at the Castleford epilepsy clinic reviews valproate within two weeks; until then it continues "
    "unchanged and is not stopped abruptly. The baby was exposed at 8 weeks: the fetal medicine scan is booked "
    "and folic acid 5 mg is started. Contraception is planned after delivery.",
    "a title, name and place noun with a complete plan",
)
good(
    "replaced-by-priadel",
    "owners",
    L,
    lith,
    "Her old lithium tablets were replaced by Priadel 400 mg modified-release, and Priadel 800 mg at night "
    "continues: relapse after birth is the bigger danger. Levels are weekly from 36 weeks and within 24 hours of "
    "birth; the paediatrician reviews the baby; she bottle feeds.",
    "'replaced by' the listed brand she takes now",
)
good(
    "she-also-takes-pregabalin",
    "owners",
    F,
    dzp,
    "She takes diazepam 5 mg and she also takes pregabalin; together they sedate her, so she never shares a bed, "
    "sofa or armchair with the baby or feeds lying down, and the foster carer does the nights. The baby is watched "
    "for late withdrawal until day 8; both continue for now.",
    "'she also takes' her own listed pregabalin",
)
good(
    "could-be-withdrawal-meth",
    "could-be",
    M,
    meth,
    "Jitteriness after 48 hours could be methadone withdrawal, so the baby stays on the ward for at least 72 "
    "hours of scoring and the health visitor checks for late signs until day 8. Methadone 60 mg continues; "
    "breastfeeding is encouraged; the baby sleeps in the cot after her dose.",
    "'could be' interprets a sign; the plan is decided",
)
good(
    "her-son-will-bottle-feed-l",
    "son",
    L,
    lith,
    "The scan shows a boy: her son will be bottle fed, because lithium passes into breast milk, and the "
    "paediatrician reviews him after birth for floppiness and poor feeding. Priadel continues at 800 mg with a "
    "level within 24 hours of birth.",
    "'her son will ...' about the expected baby",
)
good(
    "mrs-adeyemi-item-summary-p",
    "titles",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_baby.summary", t),
    "The baby is not exposed to Mr Whitfield-Example's quetiapine. The risk is sudden infant death if the baby "
    "sleeps beside him while he is heavily sedated; Mrs Adeyemi-Example does the night feeds.",
    "titles before both parents' names in the summary item",
)
good(
    "depending-on-feeds-item-meth",
    "conditions",
    M,
    lambda t: item("asm-methadone", "impact_on_baby.neonatal_withdrawal_plan", t),
    "Observe on the postnatal ward for at least 72 hours under the local guideline, longer depending on the "
    "scores; the health visitor checks for late signs up to day 8.",
    "'depending on' extends a floor that is fixed",
)
bad(
    "mr-name-only-item-p",
    "titles",
    P,
    item("asm-partner-quetiapine", "impact_on_baby.summary", "Mr Whitfield-Example."),
    "an item answer that is only the father's name (MA103)",
)
bad(
    "unmarked-questions-meth",
    "questions",
    M,
    meth("Does methadone cause withdrawal; does the baby need the ward; who checks the cot"),
    "yes/no and 'who' questions without marks and without answers (MA103)",
)
bad(
    "replaced-by-unlisted",
    "owners",
    C,
    cit(
        "Citalopram was replaced by mirtazapine 30 mg last week, which sedates her; the baby sleeps in the cot "
        "and the midwife watches for adaptation symptoms."
    ),
    "'replaced by' an unlisted sedating medicine she takes now: not in the record, not assessed (MA101/MA117)",
)

# ============================================================================================================
# disguise: a fifth of the good texts in disguise (judged like the plain text), and a few hollow ones.

_HOWS = list(DISGUISES)
for _i, (_n, _c, _b, _put, _t, _w) in enumerate(_GOOD[::3]):
    _how = _HOWS[_i % len(_HOWS)]
    ok(
        f"dis-{_how}-{_n}",
        "disguise",
        _b,
        _put(DISGUISES[_how](_t)),
        f"{_w}; in {_how} disguise, judged like the plain text",
    )

bad(
    "dis-cyrillic-unmarked-questions",
    "disguise",
    M,
    meth(DISGUISES["cyrillic"]("Does methadone cause withdrawal; does the baby need the ward; who checks the cot")),
    "unmarked questions in Cyrillic look-alikes (MA103)",
)
bad(
    "dis-zwsp-pregnant-only",
    "disguise",
    L,
    lith(DISGUISES["zwsp"]("She is pregnant on lithium and is expecting a baby in August.")),
    "'pregnant' and 'expecting' only, with zero-width spaces (MA103)",
)
bad(
    "dis-fullwidth-scores",
    "disguise",
    V,
    valp(DISGUISES["fullwidth"]("Valproate: risk 4/5, baby 3/10, plan 6/10.")),
    "scores only, in full-width forms (MA103)",
)
bad(
    "dis-shy-could-be",
    "disguise",
    M,
    sert(DISGUISES["shy"]("Sertraline could be stopped or could be continued; the baby could be watched.")),
    "'could be' alone, with soft hyphens (MA103)",
)
bad(
    "dis-bidi-mother-hands",
    "disguise",
    F,
    foster_route(DISGUISES["bidi"]("The mother says she will pass her copy to the foster carer.")),
    "left to the mother, with bidi controls",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F50CASES)
    for cat in CATEGORIES:
        print(f"{cat:12} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':12} refuse {sum(c.expect == REFUSE for c in F50CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F50CASES):3}"
    )
