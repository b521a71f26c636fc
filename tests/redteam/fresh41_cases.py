"""A forty-first independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, twelfth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About five in six are GOOD records, written against readings the gate gained
lately; each shape has minimal hollow twins (the same shape with the substance taken out) that must be refused.
The shapes, one category each:

* own-names: the mother's or father's own first name in good conclusions and item answers ("Jodie will keep
  the baby in a cot beside her bed", "Talked through with Rebecca: she will bottle feed from birth");
* months-dates: months and dates in good item answers and conclusions ("Until March, ...", "From 1 June ...");
* population-shares: shares of a population beside a decision for this baby ("Most babies exposed need no
  treatment, but hers will be scored for 72 hours");
* next-clinic: "will be discussed/considered at the next clinic" beside what is decided now;
* headings-joint: headings ("Plan:", "Decision:") and joint conclusions covering two medicines;
* pointer-after: a pointer to another document, with a long description of it, AFTER a full decision;
* former-names: medicines listed and concluded on by a former name (dothiepin, chlorpheniramine,
  phenobarbitone) or the current one;
* conditions-would: conditions that decide ("if ..., the midwife will ...") and "would" plans;
* no-openers: sentences that open with "No", "Nothing" or "Neither" and decide.

A few good and hollow texts are disguised (look-alike letters, zero-width characters, soft hyphens) to check
that they are judged like the plain text. Medicines named here are real; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh41_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    Record,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import homoglyphs, inside_words

F41CASES: list[Case] = []

CATEGORIES = (
    "own-names",
    "months-dates",
    "population-shares",
    "next-clinic",
    "headings-joint",
    "pointer-after",
    "former-names",
    "conditions-would",
    "no-openers",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F41CASES.append(Case(f"f41-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment}.conclusion", text)


def item(assessment: str, path: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment}.{path}", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


MET = "asm-methadone"
SER = "asm-sertraline"
LIT = "asm-lithium"
VAL = "asm-valproate"
DZP = "asm-diazepam-pregabalin"
QUE = "asm-partner-quetiapine"
CIT = "asm-citalopram"
SLEEP = "impact_on_mother.safe_sleep"
MILK = "impact_on_baby.breastfeeding"
NAS = "impact_on_baby.neonatal_withdrawal_plan"
SUMMARY = "impact_on_baby.summary"

# ============================================================================================================
# own-names: the parents' own first names in good conclusions and item answers.
# M: Jodie; L: Rebecca; V: Hannah; F: Kayleigh; P: Chloe (mother) and Daniel (father); C: Megan.

CAT = "own-names"
ok(
    "name-jodie-cot-beside-bed",
    CAT,
    M,
    item(
        MET,
        SLEEP,
        "Jodie will keep the baby in a cot beside her bed and never take the baby onto the sofa after her methadone dose.",
    ),
    "the mother's first name as the subject of a safe sleep answer",
)
ok(
    "name-jodie-conclusion",
    CAT,
    M,
    concl(
        MET,
        "Jodie stays on methadone 60 mg through pregnancy; her baby will be scored for withdrawal on the ward for at "
        "least 72 hours, she is encouraged to breastfeed, and she has agreed the baby never shares her bed after a dose.",
    ),
    "the conclusion opens with her name and decides",
)
ok(
    "name-rebecca-bottle-feed",
    CAT,
    L,
    item(
        LIT,
        MILK,
        "Talked through with Rebecca: she will bottle feed from birth, because lithium reaches the baby through breast "
        "milk and could build up to toxic levels.",
    ),
    "a talk with her, named, followed by what she will do",
)
ok(
    "name-hannah-conclusion",
    CAT,
    V,
    concl(
        VAL,
        "Hannah keeps taking sodium valproate exactly as before until neurology sees her this week, since a seizure "
        "could harm her and the pregnancy. The baby was exposed in the first trimester, so a detailed fetal medicine "
        "scan is booked and folic acid 5 mg began today.",
    ),
    "her name beside the plan for the exposed baby",
)
ok(
    "name-kayleigh-night-feeds",
    CAT,
    F,
    concl(
        DZP,
        "Kayleigh stays on diazepam and pregabalin for now but is too drowsy at night to feed safely: the foster carer "
        "does every night feed, the baby sleeps in the carer's room, and Kayleigh never sleeps with the baby on a bed "
        "or sofa. Late withdrawal signs are watched for until day 8.",
    ),
    "the mother's name in a foster placement plan",
)
ok(
    "name-daniel-father",
    CAT,
    P,
    concl(
        QUE,
        "Daniel's quetiapine at night leaves him too sedated to wake for the baby: he must not sleep with the baby on a "
        "bed, sofa or chair, and Chloe does the night feeds with the crib beside her. The health visitor checks the "
        "crib at each visit.",
    ),
    "both parents by first name in the partner's conclusion",
)
ok(
    "name-chloe-safe-sleep",
    CAT,
    P,
    item(
        QUE,
        SLEEP,
        "Chloe does all the night feeds; Daniel sleeps in the spare room on the nights he takes his dose, and the baby "
        "sleeps in the next-to-me crib on Chloe's side.",
    ),
    "the parents' names in the sleeping arrangement",
)
ok(
    "name-megan-conclusion",
    CAT,
    C,
    concl(
        CIT,
        "Megan continues citalopram 20 mg: a relapse would harm her and the baby more than the small risks of the "
        "medicine. The midwife will watch the baby for adaptation signs for 48 hours after birth, and she can "
        "breastfeed.",
    ),
    "the mother's name in the citalopram conclusion",
)
ok(
    "name-overall-jodie",
    CAT,
    M,
    overall(
        "Jodie continues methadone 60 mg and sertraline 100 mg unchanged. Her baby stays on the ward for at least 72 "
        "hours of withdrawal and adaptation scoring; she will breastfeed, and the baby sleeps in a cot, never her bed."
    ),
    "the overall conclusion in the mother's name",
)
ok(
    "name-rebecca-overall",
    CAT,
    L,
    overall(
        "Rebecca stays on lithium (Priadel) 800 mg at night, with levels monthly, weekly from 36 weeks and within 24 "
        "hours of birth. Her baby gets a paediatric review after birth; she will bottle feed. The perinatal team sees "
        "her within a week of the birth."
    ),
    "her name at the head of the overall plan",
)
ok(
    "name-jodie-withdrawal-plan",
    CAT,
    M,
    item(
        MET,
        NAS,
        "Jodie's baby stays on the postnatal ward for at least three days of withdrawal scoring; Jodie knows the signs "
        "and the health visitor checks again up to day 8.",
    ),
    "the withdrawal plan in her name",
)
ok(
    "name-hannah-homoglyph",
    CAT,
    V,
    concl(
        VAL,
        homoglyphs(
            "Hannah keeps taking sodium valproate until the neurologist reviews it; the baby was exposed early, so the "
            "fetal medicine scan is booked and folic acid 5 mg started today.",
            "aeo",
        ),
    ),
    "a good conclusion with her name, in look-alike letters: judged like the plain text",
)
bad(
    "name-jodie-only-talked",
    CAT,
    M,
    item(MET, SLEEP, "Talked through with Jodie."),
    "a talk with her named, and no safe sleep answer (MA125)",
)
bad(
    "name-jodie-conclusion-hollow",
    CAT,
    M,
    concl(MET, "Methadone discussed with Jodie today and she is aware; Jodie was happy with the discussion."),
    "her name and a talk: nothing decided for the baby (MA103)",
)
bad(
    "name-daniel-aware",
    CAT,
    P,
    concl(QUE, "Daniel's quetiapine was discussed with Daniel and Chloe, and both are aware of it."),
    "the parents' names and awareness, no co-sleeping plan (MA103)",
)

# ============================================================================================================
# months-dates: months and dates in good item answers and conclusions.

CAT = "months-dates"
ok(
    "month-until-march-crib",
    CAT,
    P,
    item(
        QUE,
        SLEEP,
        "Until March, the baby sleeps in a crib in their room on the mother's side; the father never has the baby in "
        "his bed or on the sofa after his dose, and does no night feeds.",
    ),
    "'Until March' heading a safe sleep answer",
)
ok(
    "month-from-june-stop-breastfeeding",
    CAT,
    L,
    item(
        LIT,
        MILK,
        "From 1 June she stops breastfeeding and the baby is bottle fed, because lithium passes into breast milk.",
    ),
    "'From 1 June' opening a breastfeeding answer",
)
ok(
    "month-june-bottle-conclusion",
    CAT,
    L,
    concl(
        LIT,
        "Lithium continues through pregnancy; from June, levels are checked weekly and again within 24 hours of birth. "
        "The baby has a paediatric review after delivery and is bottle fed from birth.",
    ),
    "a month inside a full lithium conclusion",
)
ok(
    "month-by-august",
    CAT,
    V,
    concl(
        VAL,
        "Sodium valproate continues until the urgent neurology review, as stopping could bring on seizures. The baby was "
        "exposed in the first trimester: a detailed anomaly scan by August and a fetal medicine review next week are "
        "booked, and folic acid 5 mg started today.",
    ),
    "'by August' as a deadline in the plan",
)
ok(
    "month-iso-date-nas",
    CAT,
    M,
    item(
        MET,
        NAS,
        "From delivery (due 2026-05-15) the baby is scored for withdrawal on the postnatal ward for at least 72 hours; "
        "the health visitor checks again on day 8.",
    ),
    "an ISO date in the withdrawal plan",
)
ok(
    "month-written-date-conclusion",
    CAT,
    M,
    concl(
        MET,
        "Methadone 60 mg continues unchanged to her due date of 15 May 2026. The baby will be scored for withdrawal for "
        "at least 72 hours, breastfeeding is encouraged, and she must never co-sleep after a dose.",
    ),
    "a written-out date beside the decision",
)
ok(
    "month-through-july",
    CAT,
    F,
    item(
        DZP,
        SLEEP,
        "Through July the baby sleeps in a cot in the foster carer's room and the carer does the night feeds; the mother "
        "must not share a bed, sofa or armchair with the baby.",
    ),
    "'Through July' in a safe sleep answer",
)
ok(
    "month-december-overall",
    CAT,
    V,
    overall(
        "Unplanned pregnancy on sodium valproate, due 30 December 2026. Continue valproate until the urgent neurology "
        "review and never stop it abruptly; the exposed baby needs a fetal medicine review and detailed scan; folic "
        "acid 5 mg started."
    ),
    "a due date in the overall conclusion",
)
ok(
    "month-february-citalopram",
    CAT,
    C,
    item(
        CIT,
        NAS,
        "After the birth, expected in early April, the midwife watches the baby for jitteriness, poor feeding and fast "
        "breathing for 48 hours and calls the paediatrician if signs persist.",
    ),
    "a month in the adaptation plan",
)
ok(
    "month-till-sept-partner",
    CAT,
    P,
    concl(
        QUE,
        "Until September at least, the father's quetiapine means he sleeps apart from the baby and does no night feeds; "
        "the mother feeds at night with the crib beside her, and the health visitor checks this at each visit.",
    ),
    "a month as the span of the partner plan",
)
ok(
    "month-slash-date",
    CAT,
    L,
    concl(
        LIT,
        "Lithium continues; levels monthly, then weekly from 05/07/2026 (36 weeks) and within 24 hours of delivery. The "
        "baby needs a paediatric review and checks for floppiness and poor feeding; she will bottle feed.",
    ),
    "a slashed date in the lithium plan",
)
bad(
    "month-only-until-march",
    CAT,
    P,
    item(QUE, SLEEP, "Until March."),
    "a month and nothing on where the baby sleeps (MA125)",
)
bad(
    "month-reviewed-in-june",
    CAT,
    L,
    concl(LIT, "Lithium reviewed on 6 May 2026; to be reviewed again in June."),
    "dates of reviews, no decision (MA103)",
)

# ============================================================================================================
# population-shares: a share of a population beside a decision for this baby.

CAT = "population-shares"
ok(
    "share-most-need-no-treatment",
    CAT,
    M,
    concl(
        MET,
        "Methadone continues at 60 mg. Most babies exposed need no treatment, but hers will be scored for 72 hours on "
        "the ward; breastfeeding is encouraged and she must not co-sleep after a dose.",
    ),
    "'most babies' then 'but hers will be'",
)
ok(
    "share-half-of-babies",
    CAT,
    M,
    item(
        MET,
        NAS,
        "About half of babies exposed to methadone need some treatment for withdrawal; this baby stays on the ward for at "
        "least 72 hours of scoring and the health visitor checks up to day 8.",
    ),
    "a share then the plan",
)
ok(
    "share-1-in-10-valproate",
    CAT,
    V,
    concl(
        VAL,
        "Sodium valproate continues until the neurologist's review; stopping risks seizures. About 1 in 10 exposed babies "
        "have a major malformation, so this baby gets a detailed fetal medicine scan; folic acid 5 mg started today.",
    ),
    "a risk share beside the scan for this baby",
)
ok(
    "share-few-babies-citalopram",
    CAT,
    C,
    concl(
        CIT,
        "Citalopram continues. Few babies have adaptation problems, and those who do settle within days, but the midwife "
        "will still watch this baby for 48 hours after birth; breastfeeding is supported.",
    ),
    "'few babies ... but'",
)
ok(
    "share-3-in-1000-sertraline",
    CAT,
    M,
    concl(
        SER,
        "Sertraline continues at 100 mg: relapse is the bigger danger. About 3 in 1,000 exposed babies get PPHN, so the "
        "maternity team will watch her baby's breathing and adaptation after birth.",
    ),
    "a rate beside a watch",
)
ok(
    "share-most-women-relapse",
    CAT,
    L,
    concl(
        LIT,
        "Many women with bipolar disorder relapse after birth if lithium stops, so lithium continues with levels "
        "monthly, weekly from 36 weeks and within 24 hours of birth; her baby has a paediatric review and is bottle "
        "fed.",
    ),
    "a population share about mothers, then the plan",
)
ok(
    "share-most-carers",
    CAT,
    F,
    concl(
        DZP,
        "Most mothers on diazepam and pregabalin are drowsy at night, and she is: the foster carer does all night feeds, "
        "she must never share a bed or sofa with the baby, and late withdrawal is watched for to day 8.",
    ),
    "'most mothers ... and she is'",
)
ok(
    "share-majority-partner",
    CAT,
    P,
    concl(
        QUE,
        "The majority of sudden infant deaths in shared beds involve a sedated adult; the father's quetiapine makes him "
        "one, so he never shares a bed or sofa with the baby and the mother does the night feeds.",
    ),
    "a general share applied to this father",
)
ok(
    "share-overall",
    CAT,
    M,
    overall(
        "Methadone and sertraline continue. Roughly half of methadone-exposed babies need treatment for withdrawal, so "
        "hers stays on the ward for at least 72 hours of withdrawal and adaptation scoring; breastfeeding is supported "
        "and the cot is seen before discharge."
    ),
    "a share in the overall conclusion",
)
ok(
    "share-inside-words",
    CAT,
    M,
    concl(
        MET,
        inside_words(
            "Methadone continues. Most exposed babies need no treatment, but hers will be scored for 72 hours; she must not "
            "co-sleep after a dose and breastfeeding is encouraged.",
            "\u200b",
        ),
    ),
    "a good share-beside-plan text with zero-width characters inside words",
)
bad(
    "share-only-population",
    CAT,
    M,
    concl(MET, "Methadone: most babies exposed need no treatment and about half need some observation."),
    "only facts about babies in general, nothing for this baby (MA124/MA103)",
)
bad(
    "share-only-rate-valproate",
    CAT,
    V,
    concl(VAL, "Sodium valproate: about 1 in 10 exposed babies have a major malformation, per the literature."),
    "a population rate alone: nothing decided (MA103)",
)

# ============================================================================================================
# next-clinic: "will be discussed/considered at the next clinic" beside what is decided now.

CAT = "next-clinic"
ok(
    "clinic-discussed-beside",
    CAT,
    M,
    concl(
        MET,
        "Methadone 60 mg continues; the baby will be scored for withdrawal for 72 hours and she must not co-sleep after a "
        "dose. A slow reduction will be discussed at the next drug clinic.",
    ),
    "a later discussion after the decision",
)
ok(
    "clinic-considered-first",
    CAT,
    L,
    concl(
        LIT,
        "A change to twice-daily dosing will be considered at the next perinatal clinic; for now lithium continues at "
        "800 mg at night, levels monthly then weekly from 36 weeks, the baby has a paediatric review, and she bottle "
        "feeds.",
    ),
    "the later consideration first, then what is decided now",
)
ok(
    "clinic-sertraline",
    CAT,
    M,
    concl(
        SER,
        "Sertraline continues at 100 mg, since relapse would harm her and the baby; the maternity team watches the baby "
        "for adaptation after birth. Whether to lower the dose after birth will be discussed at the 6-week check.",
    ),
    "a later question beside the decision",
)
ok(
    "clinic-valproate",
    CAT,
    V,
    concl(
        VAL,
        "Valproate continues unchanged until neurology sees her, and the exposed baby is booked for a fetal medicine "
        "scan; folic acid 5 mg started. Switching to another antiepileptic will be considered at the neurology clinic.",
    ),
    "a future consideration after the decided plan",
)
ok(
    "clinic-partner",
    CAT,
    P,
    concl(
        QUE,
        "The father's quetiapine sedates him, so he must not share a bed or sofa with the baby or do night feeds after "
        "his dose; the mother feeds at night and the health visitor checks the crib at each visit. Moving his dose "
        "earlier in the evening will be discussed at his next clinic.",
    ),
    "the partner's plan, then a later discussion",
)
ok(
    "clinic-citalopram-item",
    CAT,
    C,
    item(
        CIT,
        MILK,
        "She will breastfeed; citalopram reaches the milk only in small amounts. Mixed feeding will be discussed at the "
        "next antenatal clinic if she asks.",
    ),
    "a breastfeeding answer beside a later discussion",
)
ok(
    "clinic-diazepam",
    CAT,
    F,
    concl(
        DZP,
        "Diazepam and pregabalin continue for now and sedate her at night: no co-sleeping, no feeding lying down, and "
        "the foster carer does the night feeds; late withdrawal watched to day 8. The reduction will be planned at the "
        "6-week review.",
    ),
    "a planned later step after the decision",
)
ok(
    "clinic-overall",
    CAT,
    M,
    overall(
        "Methadone and sertraline both continue now; the baby gets 72 hours of withdrawal and adaptation scoring, "
        "breastfeeding is supported, and the cot is seen before discharge. Any dose reduction will be discussed at the "
        "next joint clinic."
    ),
    "the overall conclusion with a later discussion",
)
ok(
    "clinic-soft-hyphen",
    CAT,
    M,
    concl(
        SER,
        "Sertraline con\u00adtinues at 100 mg, as re\u00adlapse is the greater risk; the baby is watched for "
        "adap\u00adtation after birth. A lower dose will be con\u00adsidered at the next clinic.",
    ),
    "soft hyphens inside a good conclusion",
)
bad(
    "clinic-only-discussed",
    CAT,
    M,
    concl(MET, "Methadone will be discussed at the next clinic with the drug service and the maternity team."),
    "only a later discussion: a deferral (MA103)",
)
bad(
    "clinic-only-considered",
    CAT,
    L,
    concl(LIT, "Lithium dosing and the baby's feeding will be considered at the next perinatal clinic in June."),
    "only a later consideration: a deferral (MA103)",
)
bad(
    "clinic-only-discussed-homoglyph",
    CAT,
    V,
    concl(VAL, homoglyphs("Valproate and the pregnancy will be discussed at the next neurology clinic.", "aeo")),
    "a deferral in look-alike letters: judged like the plain text (MA103)",
)

# ============================================================================================================
# headings-joint: headings and joint conclusions.

CAT = "headings-joint"
ok(
    "head-decision-plan",
    CAT,
    M,
    concl(
        MET,
        "Decision: continue methadone 60 mg. Baby: withdrawal scoring for 72 hours on the ward. Feeding: breastfeeding "
        "encouraged. Sleep: cot only, no co-sleeping after a dose.",
    ),
    "headed lines, each deciding",
)
ok(
    "head-risk-plan",
    CAT,
    V,
    concl(
        VAL,
        "Risk: first-trimester valproate exposure. Plan: keep taking valproate until the urgent neurology review; fetal "
        "medicine scan for the baby; folic acid 5 mg started today.",
    ),
    "'Risk:' and 'Plan:' headings",
)
ok(
    "head-joint-overall",
    CAT,
    M,
    overall(
        "Joint conclusion (methadone and sertraline): both continue. The baby is scored on the ward for 72 hours for "
        "withdrawal and adaptation; breastfeeding is supported; no co-sleeping after the methadone dose."
    ),
    "a 'joint conclusion' heading over both medicines",
)
ok(
    "head-joint-diazepam",
    CAT,
    F,
    concl(
        DZP,
        "Joint conclusion for diazepam and pregabalin: both continue unchanged for now. Together they sedate her, so no "
        "bed or sofa sharing and the foster carer does the night feeds; watch for late withdrawal until day 8.",
    ),
    "a joint conclusion naming both covered medicines",
)
ok(
    "head-summary-father",
    CAT,
    P,
    concl(
        QUE,
        "Summary - father's quetiapine: heavy sedation at night. Action: he never shares a bed or sofa with the baby and "
        "does no night feeds; the crib is on the mother's side; the health visitor checks at each visit.",
    ),
    "'Summary' and 'Action' headings",
)
ok(
    "head-citalopram-lines",
    CAT,
    C,
    concl(
        CIT,
        "Outcome: citalopram continues.\nBaby: midwife watches for adaptation signs for 48 hours.\nFeeding: breastfeeding "
        "supported.",
    ),
    "line-broken headings",
)
ok(
    "head-lithium-numbered",
    CAT,
    L,
    concl(
        LIT,
        "Conclusion: 1. Lithium continues. 2. Levels monthly, weekly from 36 weeks and within 24 hours of birth. 3. "
        "Baby: paediatric review. 4. Bottle feeding.",
    ),
    "a numbered list under a heading",
)
ok(
    "head-overall-per-medicine",
    CAT,
    F,
    overall(
        "Diazepam: continues, a slow reduction from 6 weeks. Pregabalin: continues. Both: no co-sleeping, no feeding "
        "lying down, foster carer does night feeds; late withdrawal watched until day 8."
    ),
    "per-medicine headings in the overall conclusion",
)
ok(
    "head-joint-sertraline",
    CAT,
    M,
    concl(
        SER,
        "Sertraline (with methadone, see its own assessment): continues at 100 mg; the baby is watched for adaptation "
        "signs alongside withdrawal scoring, and breastfeeding is fine.",
    ),
    "a heading that mentions the other medicine",
)
bad(
    "head-only-headings",
    CAT,
    M,
    concl(MET, "Decision: methadone. Baby: see plan. Feeding: see plan. Sleep: see plan."),
    "headings with nothing under them (MA103)",
)
bad(
    "head-joint-listed",
    CAT,
    F,
    concl(DZP, "Joint conclusion: diazepam and pregabalin. Assessment: completed."),
    "a joint heading over nothing (MA103)",
)

# ============================================================================================================
# pointer-after: a pointer to another document with a long description of it, after a full decision.

CAT = "pointer-after"
ok(
    "ptr-drug-service-letter",
    CAT,
    M,
    concl(
        MET,
        "Methadone 60 mg continues; the baby is scored for withdrawal for 72 hours, breastfeeding is encouraged, and no "
        "co-sleeping after a dose. See also the drug service's letter of 20 February, which sets out her keyworker, "
        "pick-up pharmacy and supervised consumption times.",
    ),
    "a pointer after a full decision",
)
ok(
    "ptr-psychiatry-report",
    CAT,
    L,
    concl(
        LIT,
        "Lithium continues with levels monthly, then weekly from 36 weeks and within 24 hours of birth; the baby has a "
        "paediatric review and is bottle fed. The perinatal psychiatrist's report of 28 April, with her relapse "
        "signature and the crisis team's numbers, is attached for the ward.",
    ),
    "a described report after the plan",
)
ok(
    "ptr-neurology-letter",
    CAT,
    V,
    concl(
        VAL,
        "Valproate continues until neurology review; the exposed baby needs a fetal medicine scan; folic acid 5 mg "
        "started. The risk acknowledgement form, signed last November by her consultant neurologist and held in the GP "
        "record, is referred to in the referral letter.",
    ),
    "a long description of a form after the decision",
)
ok(
    "ptr-discharge-summary",
    CAT,
    F,
    concl(
        DZP,
        "Diazepam and pregabalin continue for now; she must not co-sleep or feed lying down, the foster carer does the "
        "night feeds, and late withdrawal is watched to day 8. The ward's discharge summary, listing the baby's daily "
        "withdrawal scores, goes with this record.",
    ),
    "a described summary after a decision",
)
ok(
    "ptr-partner-gp",
    CAT,
    P,
    concl(
        QUE,
        "The father's quetiapine sedates him at night: he never shares a bed or sofa with the baby and does no night "
        "feeds; the mother feeds at night. His own GP's letter, describing his bipolar disorder and dose history, is in "
        "the family file.",
    ),
    "a pointer to the father's GP letter after the plan",
)
ok(
    "ptr-overall-guideline",
    CAT,
    M,
    overall(
        "Methadone and sertraline continue; the baby gets 72 hours of withdrawal and adaptation scoring, breastfeeding "
        "is supported, and the cot is checked before discharge. For the scoring itself, refer to the trust's neonatal "
        "abstinence guideline (version 4, 2025), which the ward uses."
    ),
    "a guideline pointer after the overall plan",
)
ok(
    "ptr-citalopram",
    CAT,
    C,
    concl(
        CIT,
        "Citalopram continues; the midwife watches the baby for 48 hours for adaptation signs and breastfeeding is "
        "supported. Details of her earlier relapse are in the mental health team's letter of last spring.",
    ),
    "a history pointer after the decision",
)
ok(
    "ptr-sertraline-leaflet",
    CAT,
    M,
    concl(
        SER,
        "Sertraline continues at 100 mg; the baby is watched for adaptation and breathing problems after birth. She has "
        "the BUMPS leaflet on sertraline in pregnancy, which explains these risks in plain words.",
    ),
    "a leaflet description after the decision",
)
bad(
    "ptr-only-long-description",
    CAT,
    M,
    concl(
        MET,
        "Methadone: see the drug service's letter of 20 February, which sets out her keyworker, pick-up pharmacy and "
        "supervised consumption times.",
    ),
    "a pointer with a long description and no decision (MA103)",
)
bad(
    "ptr-only-report",
    CAT,
    L,
    concl(
        LIT,
        "Lithium: refer to the perinatal psychiatrist's report of 28 April, with her relapse signature and the crisis "
        "team's numbers.",
    ),
    "only a described pointer (MA103)",
)

# ============================================================================================================
# former-names: medicines listed and concluded on by a former name or the current one.


def _rename(mid: str, name: str, dose: str) -> Mutation:
    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), set_(f"medicines#{mid}.dose", dose), drop_code)


def dothiepin(listed: str, said: str, osaid: str) -> Mutation:
    """Sertraline swapped for dosulepin (old name dothiepin), its assessment rewritten for it."""
    a = f"assessments#{SER}"
    return chain(
        _rename("med-sertraline", listed, "75 mg at night"),
        set_(f"{a}.impact_on_mother.sedation", "yes"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "Depression well controlled for three years; drowsy for a few hours after the night-time dose.",
        ),
        set_(f"{a}.{SLEEP}", "The baby sleeps in the cot beside her bed, never in her bed or on the sofa with her."),
        set_(
            f"{a}.{SUMMARY}",
            "Exposure late in pregnancy can cause adaptation or withdrawal signs (jitteriness, "
            "poor feeding, drowsiness) in the first days.",
        ),
        set_(
            f"{a}.{NAS}",
            "The midwife scores adaptation and withdrawal signs for 72 hours alongside the methadone observations.",
        ),
        set_(
            f"{a}.{MILK}",
            "Little reaches the milk, so breastfeeding is supported, with the baby watched for drowsiness.",
        ),
        set_(
            f"{a}.recommendations",
            "Continue at 75 mg at night; do not stop suddenly. Paediatric team told at delivery.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues at 75 mg at night, as stopping would risk a relapse that would "
            "harm her and the baby. The baby is scored for adaptation and withdrawal for 72 hours; she is drowsy "
            "after the dose, so the baby sleeps in the cot, not her bed; breastfeeding is supported.",
        ),
        set_(
            "overall_conclusion.text",
            f"Methadone and {osaid} continue unchanged. The baby stays in for 72 hours "
            "of withdrawal and adaptation scoring, breastfeeding is supported, and there is no co-sleeping after "
            "either dose; the cot is seen before discharge.",
        ),
    )


def chlorphen(listed: str, said: str, osaid: str) -> Mutation:
    """The father's quetiapine swapped for chlorphenamine (old name chlorpheniramine), assessed for co-sleeping."""
    a = f"assessments#{QUE}"
    return chain(
        _rename("med-partner-quetiapine", listed, "8 mg at night"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "The father takes a sedating antihistamine at night for chronic urticaria and is groggy until morning.",
        ),
        set_(
            f"{a}.conclusion",
            f"The father's {said} at night makes him drowsy and hard to wake: he must not share "
            "a bed or sofa with the baby and does no night feeds after his dose. The mother feeds at night with "
            "the crib beside her, and the health visitor checks this at each visit.",
        ),
        set_(
            "overall_conclusion.text",
            f"Her paracetamol raises no concern. The father's {osaid} sedates him at "
            "night: no bed or sofa sharing with the baby and no night feeds by him; the crib is seen and safe, and "
            "the health visitor keeps checking it.",
        ),
    )


def phenobarb(listed: str, said: str, osaid: str) -> Mutation:
    """Valproate swapped for phenobarbital (old name phenobarbitone), its assessment rewritten for it."""
    a = f"assessments#{VAL}"
    return chain(
        _rename("med-valproate", listed, "60 mg at night"),
        set_(f"{a}.impact_on_mother.sedation", "yes"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "No seizures for three years; somewhat drowsy in the evenings. Stopping suddenly could bring on seizures.",
        ),
        set_(
            f"{a}.{SLEEP}",
            "After the birth the baby sleeps in a cot beside her bed, never in her bed; she should "
            "not bath the baby alone.",
        ),
        set_(
            f"{a}.{SUMMARY}",
            "First-trimester exposure: about 1 in 16 babies has a major malformation, above the "
            "background rate. Near birth it can make the baby sleepy and cause withdrawal signs.",
        ),
        set_(
            f"{a}.{NAS}",
            "The baby is observed on the postnatal ward for 72 hours for sleepiness, poor feeding and "
            "withdrawal signs.",
        ),
        set_(f"{a}.{MILK}", "Breastfeeding is possible, with the baby's feeding and alertness watched closely."),
        set_(
            f"{a}.recommendations",
            "Do not stop abruptly. Urgent neurology review and fetal medicine referral; "
            "folic acid 5 mg started. After the birth she needs a copper coil or progestogen injection, as it "
            "weakens hormonal contraception.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues at 60 mg at night until neurology sees her, as a seizure would "
            "endanger her and the baby. The exposed baby has a detailed fetal medicine scan, folic acid 5 mg "
            "started, and after birth is watched for 72 hours for sleepiness and withdrawal; breastfeeding is "
            "possible with close watching, and the baby sleeps in a cot. Contraception after birth: a coil or "
            "injection.",
        ),
        set_(
            "overall_conclusion.text",
            f"Unplanned pregnancy at 8 weeks on {osaid}: keep taking it until the "
            "urgent neurology review, never stopping abruptly. Fetal medicine scan for the baby, folic acid 5 mg "
            "started, 72 hours of observation after birth, and a coil or injection for contraception afterwards.",
        ),
    )


CAT = "former-names"
ok(
    "former-dothiepin-both",
    CAT,
    M,
    dothiepin("Dothiepin 75mg tablets", "Dothiepin", "dothiepin"),
    "listed and concluded on as dothiepin (old BAN of dosulepin)",
)
ok(
    "former-dothiepin-listed-dosulepin-said",
    CAT,
    M,
    dothiepin("Dothiepin 75mg tablets", "Dosulepin", "dosulepin"),
    "listed as dothiepin, concluded on as dosulepin",
)
ok(
    "former-dosulepin-listed-dothiepin-said",
    CAT,
    M,
    dothiepin("Dosulepin 75mg tablets", "Dothiepin", "dothiepin"),
    "listed as dosulepin, concluded on by the old name",
)
ok(
    "former-chlorpheniramine-both",
    CAT,
    P,
    chlorphen("Chlorpheniramine 4mg tablets", "chlorpheniramine", "chlorpheniramine"),
    "the father's chlorphenamine by its old name throughout",
)
ok(
    "former-chlorpheniramine-said-chlorphenamine",
    CAT,
    P,
    chlorphen("Chlorpheniramine 4mg tablets", "chlorphenamine", "chlorphenamine"),
    "listed by the old name, concluded on by the current one",
)
ok(
    "former-chlorphenamine-said-old",
    CAT,
    P,
    chlorphen("Chlorphenamine 4mg tablets", "chlorpheniramine", "chlorpheniramine"),
    "listed by the current name, concluded on by the old one",
)
ok(
    "former-phenobarbitone-both",
    CAT,
    V,
    phenobarb("Phenobarbitone 30mg tablets", "Phenobarbitone", "phenobarbitone"),
    "phenobarbital by its old name throughout",
)
ok(
    "former-phenobarbital-said-old",
    CAT,
    V,
    phenobarb("Phenobarbital 30mg tablets", "Phenobarbitone", "phenobarbitone"),
    "listed by the current name, concluded on by the old one",
)
ok(
    "former-phenobarbitone-said-new",
    CAT,
    V,
    phenobarb("Phenobarbitone 30mg tablets", "Phenobarbital", "phenobarbital"),
    "listed by the old name, concluded on by the current one",
)
bad(
    "former-dothiepin-unassessed",
    CAT,
    C,
    add_medicine(
        medicine(
            "med-f41",
            "Dothiepin 25mg capsules",
            "75 mg at night",
            "2026-01-05",
            gp_prescriber(RIVERSIDE),
            not_of_concern_reason="An old repeat from the practice; she has taken it for years.",
        )
    ),
    "dosulepin by its old name, unassessed, with a reason that does not clear it (MA101)",
)
bad(
    "former-dothiepin-hollow-conclusion",
    CAT,
    M,
    chain(
        dothiepin("Dothiepin 75mg tablets", "Dothiepin", "dothiepin"),
        concl(SER, "Dothiepin (dosulepin): reviewed, noted and discussed."),
    ),
    "the old name in a hollow conclusion (MA103)",
)
bad(
    "former-chlorpheniramine-omitted-overall",
    CAT,
    P,
    chain(
        chlorphen("Chlorpheniramine 4mg tablets", "chlorpheniramine", "chlorpheniramine"),
        overall(
            "Her paracetamol raises no concern. The father sleeps apart from the baby and does no night feeds; the "
            "crib is seen and safe."
        ),
    ),
    "the overall conclusion names neither name for his medicine (MA119)",
)

# ============================================================================================================
# conditions-would: conditions that decide and "would" plans.

CAT = "conditions-would"
ok(
    "cond-if-midwife-will",
    CAT,
    M,
    concl(
        MET,
        "Methadone 60 mg continues. If the baby's withdrawal score rises above 8 twice, the midwife will call the "
        "neonatal team for treatment; breastfeeding is encouraged, and she must not co-sleep after a dose.",
    ),
    "a deciding condition inside the plan",
)
ok(
    "cond-would-harm",
    CAT,
    M,
    concl(
        SER,
        "Stopping sertraline would risk a relapse that would harm her and the baby, so it continues at 100 mg; the "
        "maternity team watches the baby for adaptation signs after birth.",
    ),
    "'would' giving the reason for a decision",
)
ok(
    "cond-if-seizures",
    CAT,
    V,
    item(
        VAL,
        SLEEP,
        "If seizures come back after the birth, she will not bath the baby alone or have the baby in her bed; the baby "
        "sleeps in a cot beside her.",
    ),
    "an 'if' answer that decides",
)
ok(
    "cond-would-plan-lithium",
    CAT,
    L,
    concl(
        LIT,
        "Lithium continues: stopping would make a postpartum relapse far more likely. If her level rises above 1.0 "
        "mmol/L the obstetric team would cut the dose; the baby has a paediatric review and is bottle fed.",
    ),
    "'would' plans with a threshold",
)
ok(
    "cond-if-mother-unwell",
    CAT,
    P,
    concl(
        QUE,
        "The father's quetiapine sedates him, so he does no night feeds and never shares a bed or sofa with the baby. If "
        "the mother becomes unwell, the health visitor will arrange another adult for nights.",
    ),
    "a condition naming who acts",
)
ok(
    "cond-unless",
    CAT,
    F,
    concl(
        DZP,
        "Diazepam and pregabalin continue unless the GP agrees a reduction at 6 weeks; she is too drowsy to co-sleep or "
        "feed lying down, the foster carer does night feeds, and late withdrawal is watched until day 8.",
    ),
    "'unless' in a decided plan",
)
ok(
    "cond-if-jittery",
    CAT,
    C,
    item(
        CIT,
        NAS,
        "If the baby is jittery, feeds poorly or breathes fast in the first 48 hours, the midwife will ask for a "
        "paediatric review.",
    ),
    "an 'if ..., the midwife will' withdrawal plan",
)
ok(
    "cond-should-she-wish",
    CAT,
    C,
    concl(
        CIT,
        "Citalopram continues. Should she wish to breastfeed, she can; the midwife would watch the baby for 48 hours for "
        "adaptation signs either way.",
    ),
    "'should she wish' and 'would' in a decided plan",
)
ok(
    "cond-would-overall",
    CAT,
    M,
    overall(
        "Methadone and sertraline continue: a change now would risk relapse. If the baby shows withdrawal, the neonatal "
        "team will treat on the ward after at least 72 hours of scoring; breastfeeding is supported and no co-sleeping "
        "after a dose."
    ),
    "a conditional overall plan",
)
ok(
    "cond-if-homoglyph",
    CAT,
    M,
    concl(
        MET,
        homoglyphs(
            "Methadone continues; if the withdrawal score rises, the midwife will call the neonatal team. She must not "
            "co-sleep, and breastfeeding is encouraged.",
            "aeo",
        ),
    ),
    "a conditional plan in look-alike letters",
)
bad(
    "cond-if-needed",
    CAT,
    M,
    concl(MET, "Methadone: if needed, action would be taken as appropriate."),
    "a condition with no content (MA103)",
)
bad(
    "cond-would-be-reviewed",
    CAT,
    L,
    concl(LIT, "Lithium would be reviewed if anything changed."),
    "a 'would' deferral (MA103)",
)

# ============================================================================================================
# no-openers: sentences that open with "No", "Nothing", "Neither" and decide.

CAT = "no-openers"
ok(
    "no-co-sleeping-first",
    CAT,
    M,
    concl(
        MET,
        "No co-sleeping after any methadone dose: the baby sleeps in a cot. Methadone continues at 60 mg; the baby is "
        "scored for withdrawal for 72 hours, and breastfeeding is encouraged.",
    ),
    "'No co-sleeping' opens a decision",
)
ok(
    "no-change-sertraline",
    CAT,
    M,
    concl(
        SER,
        "No change to sertraline: 100 mg continues, as relapse is the greater risk, and the maternity team watches the "
        "baby for adaptation signs after birth.",
    ),
    "'No change' opens the decision",
)
ok(
    "nothing-stops",
    CAT,
    F,
    concl(
        DZP,
        "Nothing is stopped suddenly: diazepam and pregabalin continue for now. She is drowsy, so no bed sharing or "
        "feeding lying down; the foster carer does the night feeds, and late withdrawal is watched until day 8.",
    ),
    "'Nothing is stopped' as an instruction",
)
ok(
    "neither-parent",
    CAT,
    P,
    concl(
        QUE,
        "Neither parent sleeps with the baby on a bed or sofa: the father is too sedated by quetiapine at night and does "
        "no night feeds, and the mother feeds with the crib beside her. The health visitor checks at each visit.",
    ),
    "'Neither' opens the partner's plan",
)
ok(
    "neither-medicine-stopped",
    CAT,
    F,
    overall(
        "Neither diazepam nor pregabalin is stopped for now; together they sedate her, so no co-sleeping, no feeding "
        "lying down, and the foster carer does night feeds. Late withdrawal is watched until day 8."
    ),
    "'Neither ... nor' naming both medicines in the overall conclusion",
)
ok(
    "no-breastfeeding-lithium",
    CAT,
    L,
    concl(
        LIT,
        "No breastfeeding: lithium reaches the baby through milk, so she bottle feeds. Lithium continues with levels "
        "monthly, weekly from 36 weeks and within 24 hours of birth; the baby has a paediatric review.",
    ),
    "'No breastfeeding' as a decision",
)
ok(
    "no-stopping-valproate",
    CAT,
    V,
    concl(
        VAL,
        "No stopping valproate before neurology reviews it: a seizure would endanger her and the pregnancy. The baby was "
        "exposed early, so a fetal medicine scan is booked, and folic acid 5 mg started today.",
    ),
    "'No stopping' as an instruction",
)
ok(
    "nothing-by-mouth-item",
    CAT,
    P,
    item(
        QUE,
        SLEEP,
        "No night feeds by the father after his dose and no bed or sofa sharing; the baby sleeps in the next-to-me crib "
        "on the mother's side.",
    ),
    "a safe sleep answer made of 'No' instructions",
)
ok(
    "no-treatment-unless",
    CAT,
    C,
    concl(
        CIT,
        "No extra treatment is planned for the baby unless adaptation signs appear; citalopram continues, the midwife "
        "watches for 48 hours after birth, and breastfeeding is supported.",
    ),
    "'No ... unless' with a watch plan",
)
ok(
    "no-co-sleeping-inside-words",
    CAT,
    M,
    concl(
        MET,
        inside_words(
            "No co-sleeping after a dose. Methadone continues; the baby is scored for withdrawal for 72 hours and "
            "breastfeeding is encouraged.",
            "\u200b",
        ),
    ),
    "a good 'No' opener with zero-width characters",
)
bad("no-concerns", CAT, M, concl(MET, "No concerns with methadone. Nothing further to add."), "a dismissal (MA103)")
bad(
    "nothing-to-add",
    CAT,
    L,
    concl(LIT, "Nothing new about lithium. Neither the mother nor the baby needs anything."),
    "dismissals opening with 'Nothing' and 'Neither' (MA103/MA123)",
)
bad(
    "no-issues-partner",
    CAT,
    P,
    concl(QUE, "No issues identified with the father's quetiapine."),
    "a dismissal of the partner's sedating medicine (MA103)",
)


# ============================================================================================================
# harder variants of the shapes above: short item answers, and the shapes combined.

ok(
    "name-short-item-daniel",
    "own-names",
    P,
    item(QUE, SLEEP, "Daniel sleeps apart from the baby on his dose nights; Chloe does the night feeds."),
    "a short safe sleep answer made of the parents' names and the arrangement",
)
ok(
    "name-megan-milk-item",
    "own-names",
    C,
    item(CIT, MILK, "Megan will breastfeed; citalopram is compatible."),
    "a short breastfeeding answer in her name",
)
ok(
    "month-short-item",
    "months-dates",
    M,
    item(MET, MILK, "From birth until at least October she breastfeeds; methadone at this dose is compatible."),
    "a month span in a short breastfeeding answer",
)
ok(
    "share-item-milk",
    "population-shares",
    C,
    item(
        CIT,
        MILK,
        "Most breastfed babies of mothers on citalopram are unaffected; she will breastfeed and the midwife watches for "
        "drowsiness.",
    ),
    "a share then a decision in a breastfeeding answer",
)
ok(
    "clinic-item-sleep",
    "next-clinic",
    M,
    item(
        MET,
        SLEEP,
        "Cot in the parents' room, never her bed or the sofa after a dose; a sleeping bag will be discussed at the next "
        "visit.",
    ),
    "a safe sleep answer beside a later discussion",
)
ok(
    "cond-would-item-milk",
    "conditions-would",
    L,
    item(LIT, MILK, "Breastfeeding would expose the baby to lithium through the milk, so she bottle feeds from birth."),
    "a 'would' reason for a decided feeding plan",
)
ok(
    "no-item-milk",
    "no-openers",
    L,
    item(LIT, MILK, "No breastfeeding: she bottle feeds, as lithium enters the milk."),
    "a short 'No' breastfeeding answer",
)
ok(
    "neither-item-sleep",
    "no-openers",
    F,
    item(
        DZP,
        SLEEP,
        "Neither the mother nor the baby sleeps on a sofa or armchair together; the baby sleeps in a cot in the foster "
        "carer's room and the carer does night feeds.",
    ),
    "'Neither ... nor' opening a safe sleep answer",
)
ok(
    "head-name-month",
    "headings-joint",
    M,
    concl(
        MET,
        "Plan for Jodie, agreed March 2026: methadone 60 mg continues; the baby is scored for withdrawal for 72 hours; "
        "breastfeeding encouraged; no co-sleeping after a dose.",
    ),
    "a heading with her name and a month",
)
ok(
    "ptr-after-former-name",
    "former-names",
    M,
    chain(
        dothiepin("Dothiepin 75mg tablets", "Dothiepin", "dothiepin"),
        concl(
            SER,
            "Dothiepin continues at 75 mg at night: stopping would risk relapse. The baby is scored for "
            "adaptation and withdrawal for 72 hours, sleeps in the cot as she is drowsy after the dose, and "
            "breastfeeding is supported. The psychiatrist's letter of January, explaining why dosulepin was kept, "
            "is in the notes.",
        ),
    ),
    "the old name concluded on, then a described pointer, naming both names",
)
bad(
    "no-item-milk-hollow",
    "no-openers",
    C,
    item(CIT, MILK, "Nothing to add."),
    "a dismissal in the breastfeeding answer of a breastfed baby (MA125/MA123)",
)
bad(
    "name-megan-milk-hollow",
    "own-names",
    C,
    item(CIT, MILK, "Discussed with Megan."),
    "a talk with her named, no breastfeeding answer (MA125)",
)


# ============================================================================================================


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F41CASES)


if __name__ == "__main__":
    tally = counts()
    for category in CATEGORIES:
        print(f"{category:20} refuse {tally[(category, REFUSE)]:3}  pass {tally[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(v for (_, e), v in tally.items() if e == REFUSE):3}  "
        f"pass {sum(v for (_, e), v in tally.items() if e == PASS):3}"
    )
