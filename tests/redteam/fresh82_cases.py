"""An eighty-second independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-seventh round, against the readings of "no claim about this mother and baby" landed in the hour before it.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), the changelog, README.md, the templates and the
examples, not from the gate's code or its word lists. About four in five records are good clinical work that uses
a shape the gate now reads as no claim about this case, BESIDE the real decision for this baby or in a form that
is about this case; the rest are hollow near misses made only of those shapes, which must still be refused. It
covers:

* ``property-measures``: a medicine's half-life, relative infant dose or milk ratio, then what follows for her
  ("her relative infant dose is under 2%, so breastfeeding continues");
* ``definitions``: what NAS, PPHN, SUDI or floppy infant syndrome is, then this baby's plan;
* ``evidence-estimates``: "is associated with", "has been linked with", "is thought to be", "estimated at" beside
  the decision, or said of her baby;
* ``weighed-lists``: "Considerations for X:", "Concerns:", "Cautions:" followed by "Decision:", "Plan:" or "So";
* ``history-past``: an earlier pregnancy told in the past, then this one's plan; a postnatal discharge summary
  told in the past about this baby ("discharged on day 5 with HV follow-up arranged");
* ``guidance-applied``: guidance with its own verdict and measures applied to her ("per the BNF it is compatible,
  so she breastfeeds"), and "would" in plans for this baby;
* ``participles``: MA017's note-style past participles ("cot seen", "level taken") dated before the attestation
  or on its day, plans written with participles ("to be seen on", "levels taken weekly from"), and the same
  participles dated after the attestation, which are impossible;
* ``disguise``: a fifth more, good and hollow texts from above in look-alike letters, zero-width characters, soft
  hyphens, bidi isolates and full width; the disguised verdict equals the plain one.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh82_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter

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
    N,
    P,
    V,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F82CASES: list[Case] = []

CATEGORIES = (
    "property-measures",
    "definitions",
    "evidence-estimates",
    "weighed-lists",
    "history-past",
    "guidance-applied",
    "participles",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F82CASES.append(Case(f"f82-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def sleeping(text: str) -> Mutation:
    return set_("safeguarding.sleeping_arrangements", text)


def isolate_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def soft_hyphens(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


# ------------------------------------------------------------------------------------------------------------
# property-measures
PM = "property-measures"

PM_METH = (
    "Methadone has a half-life of 15 to 60 hours, so withdrawal in Jodie's baby may not show until day 3 to 5: the "
    "baby stays on the postnatal ward for at least 72 hours of NAS scoring and the HV looks for late signs to day "
    "8. Methadone 60 mg daily continues, breastfeeding is encouraged, and there is no co-sleeping after her dose."
)
ok("pm-meth-halflife-so-72h", PM, M, meth(PM_METH), "a half-life, then what it means for this baby's stay")
PM_SERT = (
    "Her relative infant dose of sertraline is under 2%, so breastfeeding continues on 100 mg daily. Sertraline "
    "continues because stopping risks relapse, and the maternity team watches the baby for 48 hours for "
    "jitteriness and poor feeding."
)
ok("pm-sert-her-rid-so-breastfeeds", PM, M, sert(PM_SERT), "her own relative infant dose, then the decision")
PM_LITH = (
    "Lithium reaches a milk level of about 40% of her serum level, so she bottle feeds as planned. Priadel 800 mg "
    "continues with levels monthly, weekly from 36/40 and within 24 h of birth; the baby has a paediatric review "
    "for floppiness, poor feeding and thyroid function."
)
ok("pm-lith-milk-level-so-bottle", PM, L, lith(PM_LITH), "a milk ratio, then bottle feeding and the levels")
ok(
    "pm-cit-halflife-beside-plan",
    PM,
    C,
    cit(
        "Citalopram has a half-life of about 35 hours. 20 mg od continues through pregnancy because relapse is the "
        "bigger risk, the midwife watches the baby for 48 h for adaptation symptoms, and breastfeeding is "
        "supported."
    ),
    "a half-life as its own sentence beside the decision",
)
ok(
    "pm-valp-dose-related-hers",
    PM,
    V,
    valp(
        "The malformation risk with valproate rises with dose (about 1 in 10 overall, higher above 1,000 mg a day); "
        "hers is 500 mg bd, which continues until the urgent neurology review because stopping risks seizures. A "
        "fetal medicine scan is requested for the baby; folic acid 5 mg continues."
    ),
    "a dose-response measure, then her dose and the plan",
)
PM_DZP = (
    "Diazepam has a half-life of up to 100 hours in a newborn, so the baby may be floppy or withdraw late: the "
    "foster carer and HV watch for tremor, poor feeding and sleepiness until day 8. Diazepam and pregabalin "
    "continue for now; mum must not co-sleep or feed lying down, and the foster carer does the nights."
)
ok("pm-dzp-neonatal-halflife-so", PM, F, dzp(PM_DZP), "a neonatal half-life, then the watch to day 8")
ok(
    "pm-quet-peak-time-his-dose",
    PM,
    P,
    quet(
        "Quetiapine peaks about 1.5 hours after a dose and its sedation lasts several hours; Daniel takes his 300 mg "
        "at 10 pm, so he does no night feeds and never sleeps with the baby on a bed or sofa. The mother does the "
        "nights and the HV checks the crib at every visit to 8 weeks."
    ),
    "a peak time, then what it means for his nights",
)
ok(
    "pm-overall-both-rids",
    PM,
    M,
    overall(
        "Relative infant doses are low for both: methadone about 2-3% and sertraline under 2%, so she breastfeeds. "
        "Methadone 60 mg and sertraline 100 mg continue unchanged; the baby is observed 72 h on the PNW for NAS and "
        "adaptation signs, and there is no co-sleeping after her methadone."
    ),
    "two measures, then 'so she breastfeeds' and the plan",
)
ok(
    "pm-lith-therapeutic-range-hers",
    PM,
    L,
    lith(
        "The target range for lithium is 0.4 to 0.8 mmol/L; hers was 0.6 last month. Priadel 800 mg continues, "
        "levels monthly then weekly from 36/40 and within 24 h of delivery, and the baby is reviewed by the "
        "paediatrician after birth for tone, feeding and thyroid; bottle feeding."
    ),
    "a range, then her level and the plan",
)
bad(
    "pm-meth-measures-only",
    PM,
    M,
    meth(
        "Methadone has a half-life of 15 to 60 hours and a relative infant dose of about 2 to 3%; onset of neonatal "
        "withdrawal is typically 48 to 72 hours."
    ),
    "a medicine's measures only, nothing for this baby",
)
bad(
    "pm-sert-measures-only",
    PM,
    M,
    sert("Sertraline: relative infant dose 0.5 to 3%; milk to plasma ratio about 0.9; half-life around 26 hours."),
    "pharmacology notes only",
)
bad(
    "pm-lith-measures-only",
    PM,
    L,
    lith(
        "Lithium milk to serum ratio about 0.4; infant serum levels 10 to 50% of maternal levels; half-life 18 to "
        "36 hours in the neonate."
    ),
    "measures of the medicine only",
)

# ------------------------------------------------------------------------------------------------------------
# definitions
DF = "definitions"

DF_METH = (
    "NAS is a group of withdrawal signs in a baby exposed to opioids before birth. For Jodie's baby it is likely: "
    "methadone 60 mg continues, the baby is scored on the PNW for at least 72 h and the HV checks for late signs to "
    "day 8; she breastfeeds, and there is no co-sleeping after her dose."
)
ok("df-meth-nas-is-then-likely", DF, M, meth(DF_METH), "a definition, then 'for Jodie's baby it is likely'")
ok(
    "df-sert-pphn-is",
    DF,
    M,
    sert(
        "PPHN is a failure of the blood vessels in the baby's lungs to relax at birth; after sertraline late in "
        "pregnancy the risk is about 3 in 1,000. Sertraline 100 mg continues, the maternity team watches the baby's "
        "breathing and feeding for 48 h, and breastfeeding is supported."
    ),
    "a definition and a rate, then the decision",
)
ok(
    "df-lith-ebstein-this-baby",
    DF,
    L,
    lith(
        "Ebstein's anomaly is a malformation of the tricuspid valve; this baby's fetal echo at 20/40 was normal. "
        "Lithium continues at 800 mg with levels monthly then weekly from 36/40; paediatric review after birth for "
        "floppiness and thyroid; bottle feeding."
    ),
    "a definition, then this baby's scan and the plan",
)
DF_VALP = (
    "Fetal valproate spectrum disorder is the pattern of malformations and learning problems seen after exposure "
    "in pregnancy. This baby was exposed in the first trimester, so she has an urgent neurology review and a fetal "
    "medicine scan; valproate 500 mg bd continues meanwhile, as stopping risks seizures, and folic acid 5 mg "
    "continues."
)
ok("df-valp-fvsd-this-baby", DF, V, valp(DF_VALP), "a definition, then 'this baby was exposed, so ...'")
ok(
    "df-dzp-floppy-infant",
    DF,
    F,
    dzp(
        "Floppy infant syndrome is low tone, poor sucking and sleepiness after benzodiazepines near birth. The "
        "newborn check was normal, and the foster carer watches for it and for late withdrawal to day 8. Diazepam "
        "and pregabalin continue; mum must not co-sleep or feed lying down."
    ),
    "a definition, then the watch",
)
DF_QUET = (
    "SUDI is a sudden unexpected death in infancy, and sharing a bed with a sedated adult is its biggest avoidable "
    "risk. Daniel's quetiapine sedates him at night, so he never bed- or sofa-shares with the baby and does no "
    "night feeds; the HV checks the crib at each visit."
)
ok("df-quet-sudi-his-nights", DF, P, quet(DF_QUET), "a definition, then his nights")
ok(
    "df-cit-adaptation-is",
    DF,
    C,
    cit(
        "Poor neonatal adaptation is jitteriness, poor feeding and fast breathing in the first days after SSRI "
        "exposure. Citalopram 20 mg continues; the midwife watches the baby for these signs for 48 hours and calls "
        "the paediatrician if they persist. Breastfeeding is supported."
    ),
    "a definition, then the midwife's watch",
)
ok(
    "df-overall-f-definition-first",
    DF,
    F,
    overall(
        "Late neonatal withdrawal means signs first seen after day 3. Diazepam and pregabalin continue for now: no "
        "bed, sofa or armchair sharing, no feeding lying down, the foster carer does the night feeds, and she and "
        "the HV watch for late withdrawal until day 8."
    ),
    "a definition opening a complete overall conclusion",
)
bad(
    "df-meth-definition-only",
    DF,
    M,
    meth(
        "NAS is a group of withdrawal signs at birth in babies exposed to opioids such as methadone: irritability, "
        "tremor, poor feeding and a high-pitched cry."
    ),
    "a definition only",
)
bad(
    "df-quet-definition-only",
    DF,
    P,
    quet(
        "SUDI is the sudden unexpected death of an infant under a year; co-sleeping with an adult who has taken a "
        "sedating medicine such as quetiapine is a recognised factor."
    ),
    "a definition and a class fact only; nothing about his nights",
)
bad(
    "df-overall-f-definitions-only",
    DF,
    F,
    overall(
        "Diazepam and pregabalin are central nervous system depressants. Neonatal withdrawal is a set of signs "
        "after birth in babies exposed before birth."
    ),
    "two definitions, no plan",
)

# ------------------------------------------------------------------------------------------------------------
# evidence-estimates
EV = "evidence-estimates"

EV_SERT = (
    "SSRIs such as sertraline are associated with PPHN (about 3 in 1,000), but for her relapse is the greater risk: "
    "sertraline 100 mg continues, the maternity team watches the baby for 48 h for adaptation signs, and she "
    "breastfeeds."
)
ok("ev-sert-associated-but", EV, M, sert(EV_SERT), "an association, then 'but for her ...'")
ok(
    "ev-meth-thought-to-be-her-baby",
    EV,
    M,
    meth(
        "The chance that her baby needs treatment for NAS is thought to be about one in two. Methadone 60 mg "
        "continues unchanged, the baby is observed 72 h on the PNW and by the HV to day 8, breastfeeding is "
        "encouraged, and there is no co-sleeping after her dose."
    ),
    "an estimate about her baby, then the plan",
)
EV_LITH = (
    "The cardiac malformation risk with first-trimester lithium is estimated at about 1 in 100 over baseline, and "
    "her baby's 20-week heart scan was normal. Lithium continues at 800 mg; levels monthly, weekly from 36/40 and "
    "within 24 h of birth; the baby has a paediatric review; bottle feeding."
)
ok("ev-lith-estimated-then-scan", EV, L, lith(EV_LITH), "an estimate, then her baby's scan and the plan")
ok(
    "ev-pregabalin-linked-then-check",
    EV,
    F,
    dzp(
        "First-trimester pregabalin has been linked with a small rise in malformations; this baby's newborn check "
        "was normal. Diazepam and pregabalin continue; mum does not co-sleep or feed lying down, the foster carer "
        "does the nights, and the baby is watched for late withdrawal to day 8."
    ),
    "linked with, then this baby's check",
)
ok(
    "ev-valp-linked-so-her-scan",
    EV,
    V,
    valp(
        "Valproate has been linked with neural tube defects and developmental delay in about 1 in 10 and up to 4 "
        "in 10 exposed babies; her baby was exposed, so a fetal medicine scan and an urgent neurology review are "
        "booked. Valproate continues until then, as stopping risks seizures; folic acid 5 mg continues."
    ),
    "linked with, then 'her baby was exposed, so ...'",
)
ok(
    "ev-cit-estimated-her-baby",
    EV,
    C,
    cit(
        "Her baby's risk of PPHN from citalopram is estimated at 3 in 1,000 against 2 in 1,000 without it; she "
        "continues 20 mg od, the midwife watches the baby for 48 h after birth, and breastfeeding is supported."
    ),
    "an estimate said of her baby",
)
ok(
    "ev-quet-associated-so-he",
    EV,
    P,
    quet(
        "Bed-sharing with a sedated adult is associated with SUDI, so Daniel, who takes quetiapine 300 mg nocte, "
        "must never share a bed or sofa with the baby and does no night feeds; the mother does the nights and the "
        "HV checks the crib at each visit."
    ),
    "an association, then 'so Daniel ... must never'",
)
ok(
    "ev-overall-l-thought-to-be",
    EV,
    L,
    overall(
        "Her risk of a postpartum relapse off lithium is thought to be over 1 in 2, so lithium (Priadel) 800 mg "
        "continues with levels monthly, weekly from 36/40 and within 24 hours of birth. The baby has a paediatric "
        "review; she bottle feeds; PNMH review within a week of birth."
    ),
    "an estimate of her own risk, then 'so lithium continues'",
)
bad(
    "ev-sert-associated-only",
    EV,
    M,
    sert(
        "SSRIs such as sertraline are associated with PPHN and with poor neonatal adaptation; the absolute risk is "
        "thought to be small."
    ),
    "evidence and an estimate only",
)
bad(
    "ev-lith-estimated-only",
    EV,
    L,
    lith(
        "The risk of Ebstein's anomaly with lithium is estimated at 1 to 2 in 1,000; neonatal toxicity has been "
        "linked with high maternal levels near delivery."
    ),
    "an estimate and a link only",
)
bad(
    "ev-valp-linked-only",
    EV,
    V,
    valp(
        "Valproate has been linked with neural tube defects, cleft palate and reduced IQ; the risk is thought to be "
        "dose related."
    ),
    "evidence only; no plan for this pregnancy",
)

# ------------------------------------------------------------------------------------------------------------
# weighed-lists
WL = "weighed-lists"

WL_METH = (
    "Considerations for methadone: NAS; sedation and safe sleep; breastfeeding; relapse if reduced. Decision: 60 mg "
    "daily continues; baby observed 72 h on the PNW and by the HV to day 8; breastfeeding encouraged; no co-sleeping "
    "after her dose."
)
ok("wl-meth-considerations-decision", WL, M, meth(WL_METH), "a list weighed, then 'Decision:'")
ok(
    "wl-sert-concerns-plan",
    WL,
    M,
    sert(
        "Concerns: PPHN; adaptation signs; relapse. Plan: sertraline 100 mg continues, the maternity team watches "
        "the baby 48 h for jitteriness and poor feeding, and breastfeeding is supported."
    ),
    "'Concerns:' then 'Plan:'",
)
WL_LITH = (
    "Cautions: dehydration in labour raises lithium levels, and so do NSAIDs. So Priadel 800 mg continues, a level "
    "is checked within 24 h of birth, no ibuprofen postnatally, the baby has a paediatric review, and she bottle "
    "feeds."
)
ok("wl-lith-cautions-so", WL, L, lith(WL_LITH), "'Cautions:' then 'So ...'")
ok(
    "wl-dzp-concerns-outcome",
    WL,
    F,
    dzp(
        "Concerns weighed: sedation, late withdrawal, feeding. Outcome - diazepam and pregabalin continue; mum must "
        "not co-sleep or feed lying down; the foster carer does the night feeds; the baby is watched for withdrawal "
        "to day 8 and bottle fed."
    ),
    "'Concerns weighed:' then 'Outcome -'",
)
WL_VALP = (
    "Considerations:\n- teratogenicity (first-trimester exposure)\n- seizures if stopped\n- pregnancy prevention\n"
    "Decision:\n- valproate 500 mg bd continues until urgent neurology r/v\n- fetal medicine scan for the baby "
    "requested today\n- folic acid 5 mg continues"
)
ok("wl-valp-considerations-bullets", WL, V, valp(WL_VALP), "bulleted considerations, then bulleted decisions")
ok(
    "wl-overall-p-concerns-agreed",
    WL,
    P,
    overall(
        "Concerns: the father's sedation at night; SUDI. Agreed: Daniel's quetiapine continues, he does no night "
        "feeds and never shares a bed or sofa with the baby; the mother does the nights; her paracetamol raises no "
        "concern; the HV checks the crib at each visit."
    ),
    "'Concerns:' then 'Agreed:'",
)
ok(
    "wl-cit-considerations-weighing",
    WL,
    C,
    cit(
        "Considerations for citalopram: PPHN, adaptation, relapse. Weighing them, citalopram 20 mg continues, the "
        "midwife observes the baby for 48 h after birth and breastfeeding is supported."
    ),
    "considerations, then the weighing decides",
)
ok(
    "wl-quet-risks-vs-plan-soap",
    WL,
    P,
    quet(
        "A: quetiapine 300 mg nocte (dad) - sedation; risk to baby is SUDI if he bed-shares. P: no night feeds by "
        "dad, never bed/sofa with baby, mum does nights, crib by her bed; HV to check each visit to 8/52."
    ),
    "SOAP with the risk in A and the plan in P",
)
bad(
    "wl-meth-considerations-only",
    WL,
    M,
    meth(
        "Considerations for methadone: neonatal abstinence syndrome; sedation and safe sleep; breastfeeding; risk of "
        "relapse on reduction."
    ),
    "a list weighed, nothing decided",
)
bad(
    "wl-dzp-cautions-only",
    WL,
    F,
    dzp(
        "Cautions: diazepam and pregabalin together - sedation, respiratory depression, late withdrawal in the baby, "
        "feeding difficulties."
    ),
    "a list of cautions only",
)
bad(
    "wl-overall-m-concerns-only",
    WL,
    M,
    overall("Concerns: methadone - NAS, sedation, safe sleep; sertraline - PPHN, adaptation, relapse."),
    "concerns listed under each medicine, no plan",
)

# ------------------------------------------------------------------------------------------------------------
# history-past
HP = "history-past"

HP_METH = (
    "In her last pregnancy she used heroin and that baby needed morphine for NAS. This time she is stable on "
    "methadone 60 mg, which continues; the baby is scored on the PNW for at least 72 h, breastfeeding is encouraged "
    "and there is no co-sleeping after her dose."
)
ok("hp-meth-last-pregnancy-then-now", HP, M, meth(HP_METH), "past history, then 'This time ...'")
ok(
    "hp-sert-stopped-restarted-remains",
    HP,
    M,
    sert(
        "She stopped sertraline at 6 weeks in her first pregnancy and relapsed; she restarted it and remains on "
        "100 mg, which continues. The maternity team watches the baby for adaptation signs for 48 h and she "
        "breastfeeds."
    ),
    "she stopped it then, and remains on it now",
)
HP_LITH = (
    "After her first baby in 2021 she had postpartum psychosis off lithium and was admitted for six weeks. Lithium "
    "therefore continues at 800 mg; levels monthly, weekly from 36/40 and within 24 h of birth; the baby has a "
    "paediatric review; bottle feeding; PNMH review within a week of birth."
)
ok("hp-lith-previous-psychosis-therefore", HP, L, lith(HP_LITH), "history, then 'therefore continues'")
HP_DZP = (
    "Baby was observed 5 days on the PNW for withdrawal from diazepam and pregabalin, scored 0-3 throughout, fed "
    "well on formula and was discharged to the placement on day 5 with HV follow-up arranged. Both medicines "
    "continue; mum must not co-sleep or feed lying down, and the foster carer watches for late signs to day 8."
)
ok("hp-dzp-discharge-summary", HP, F, dzp(HP_DZP), "postnatal: a discharge summary is a real account of this baby")
ok(
    "hp-quet-home-day-2",
    HP,
    P,
    quet(
        "Baby went home on day 2 after a normal newborn check. Daniel's quetiapine 300 mg nocte sedates him "
        "heavily, so he has done no night feeds since and never sleeps with the baby on a bed or sofa; the mother "
        "does the nights and the HV checks the crib at each visit."
    ),
    "a day of life in this baby's discharge, then the plan",
)
ok(
    "hp-overall-f-discharge-letter",
    HP,
    F,
    overall(
        "Born 08/06/2026 at 39/40; observed on the PNW for NAS from diazepam and pregabalin, scores 0-2, discharged "
        "to the foster placement on day 5 with HV follow-up arranged. Diazepam and pregabalin continue for now: no "
        "bed or sofa sharing, no feeding lying down, the foster carer does the nights, late withdrawal watched to "
        "day 8."
    ),
    "a discharge letter's past tense, then what continues",
)
ok(
    "hp-valp-earlier-miscarriage",
    HP,
    V,
    valp(
        "In 2020 she had a miscarriage on valproate and was told then about its risks. This pregnancy was "
        "unplanned: valproate 500 mg bd continues until the urgent neurology review because stopping risks "
        "seizures; the baby has a fetal medicine scan for malformations; folic acid 5 mg continues."
    ),
    "a past pregnancy, then this one",
)
ok(
    "hp-cit-first-pregnancy-unwell",
    HP,
    C,
    cit(
        "She stopped citalopram in her first pregnancy and was unwell for months. This time citalopram 20 mg "
        "continues; the midwife watches the baby for adaptation signs for 48 h; she breastfeeds."
    ),
    "past stopping, then 'This time ... continues'",
)
ok(
    "hp-meth-sibling-scbu-then-plan",
    HP,
    M,
    meth(
        "Her son (2022) went to SCBU for NAS on day 3. For this baby: methadone 60 mg continues, NAS scoring on the "
        "PNW for at least 72 h with a low threshold for SCBU, HV checks to day 8, breastfeeding encouraged, and no "
        "co-sleeping after her dose."
    ),
    "a sibling's day of life, then 'For this baby'",
)
bad(
    "hp-meth-last-pregnancy-only",
    HP,
    M,
    meth(
        "In her last pregnancy she was on methadone 80 mg and that baby needed treatment for NAS on SCBU; she "
        "breastfed and she stopped it after 3 months."
    ),
    "history only, told in the past",
)
bad(
    "hp-lith-history-only",
    HP,
    L,
    lith("In 2021 she had postpartum psychosis after stopping lithium, and she restarted it in 2022 and stayed well."),
    "history only, turned by 'she' in the past",
)
bad(
    "hp-quet-past-only",
    HP,
    P,
    quet("Last year the father's quetiapine was increased to 300 mg, and he slept through his alarm on one occasion."),
    "a past event only; nothing about the baby's nights",
)

# ------------------------------------------------------------------------------------------------------------
# guidance-applied
GA = "guidance-applied"

GA_SERT = (
    "Per the BNF sertraline is compatible with breastfeeding, so she breastfeeds on 100 mg daily, which continues; "
    "the maternity team watches the baby for adaptation signs for 48 hours."
)
ok("ga-sert-per-bnf-so", GA, M, sert(GA_SERT), "guidance applied: 'so she breastfeeds'")
GA_METH = (
    "Local guidance says babies exposed to methadone are observed for 72 hours; Jodie's baby will be, on the PNW, "
    "with the HV checking to day 8. Methadone 60 mg continues, breastfeeding is encouraged and there is no "
    "co-sleeping after her dose."
)
ok("ga-meth-guidance-then-her-baby", GA, M, meth(GA_METH), "guidance, then 'Jodie's baby will be'")
ok(
    "ga-lith-nice-so-bottle",
    GA,
    L,
    lith(
        "NICE advises against breastfeeding on lithium, so she will bottle feed. Priadel 800 mg continues with "
        "levels monthly, weekly from 36/40 and within 24 h of birth; the baby has a paediatric review."
    ),
    "guidance, then 'so she will bottle feed'",
)
ok(
    "ga-valp-mhra-hers-requested",
    GA,
    V,
    valp(
        "The MHRA requires a specialist review when a woman on valproate becomes pregnant: hers is requested "
        "urgently. Valproate 500 mg bd continues until then, as stopping risks seizures; the baby has a fetal "
        "medicine scan; folic acid 5 mg continues."
    ),
    "guidance, then 'hers is requested urgently'",
)
ok(
    "ga-cit-ukteis-she-continues",
    GA,
    C,
    cit(
        "UKTIS finds no increase in major malformations with citalopram; she continues 20 mg, the midwife watches "
        "her baby for 48 h for adaptation, and breastfeeding is supported."
    ),
    "a reported finding, then her plan in the next clause",
)
GA_QUET = (
    "Lullaby Trust advice is never to share a bed with a baby after a sedating medicine, and that applies to "
    "Daniel's quetiapine every night: he does no night feeds and never bed- or sofa-shares; the mother does the "
    "nights and the HV checks the crib."
)
ok("ga-quet-advice-applies-to-him", GA, P, quet(GA_QUET), "guidance, then 'that applies to Daniel'")
ok(
    "ga-dzp-would-ring-if",
    GA,
    F,
    dzp(
        "If the baby's withdrawal scores rise, the foster carer would ring the SCBU outreach nurse the same day; "
        "until then diazepam and pregabalin continue, mum does not co-sleep or feed lying down, and the baby is "
        "watched to day 8."
    ),
    "'would ... if' beside a plan that continues",
)
ok(
    "ga-meth-hv-would-visit",
    GA,
    M,
    meth(
        "Methadone 60 mg continues. The HV would visit on day 5 and day 8 to look for late withdrawal after 72 h of "
        "NAS scoring on the PNW; she breastfeeds, and there is no co-sleeping after her dose."
    ),
    "'would' in a plan for this baby",
)
ok(
    "ga-overall-c-in-line-with",
    GA,
    C,
    overall(
        "In line with the local guideline the midwife watches the baby for neonatal adaptation for 48 hours after "
        "birth. Citalopram 20 mg continues through pregnancy and breastfeeding; GP mood review at the 6-week check. "
        "Amended on 2026-02-12 to add the health visitor as a recipient."
    ),
    "guidance applied to this baby",
)
bad(
    "ga-sert-bnf-only",
    GA,
    M,
    sert(
        "The BNF lists sertraline as compatible with breastfeeding, and guidance says exposed babies are observed "
        "for 48 hours."
    ),
    "guidance reported with its verdicts and measures, nothing for her",
)
bad(
    "ga-meth-guidance-only",
    GA,
    M,
    meth(
        "Guidance says babies exposed to methadone before birth are observed for at least 72 hours, and NICE "
        "advises that breastfeeding is encouraged on a stable dose."
    ),
    "two reports of guidance only",
)
bad(
    "ga-lith-would-if-only",
    GA,
    L,
    lith("Lithium would be reduced if her levels rose, and the baby would be reviewed if floppy at birth."),
    "only what would follow on conditions",
)

# ------------------------------------------------------------------------------------------------------------
# participles (MA017). Attested: M 2026-03-02, C 2026-02-12, L 2026-05-06, V 2026-05-20, F 2026-06-14,
# P 2026-05-28, N 2026-04-09.
PP = "participles"

PP_METH = (
    "Cot seen 2026-02-24 at the home visit, in the parents' room. Methadone 60 mg continues; the baby is observed "
    "72 h for NAS, breastfeeding is encouraged, and there is no co-sleeping after her dose."
)
ok("pp-meth-cot-seen-before", PP, M, meth(PP_METH), "a note-style participle dated before attestation")
PP_LITH = (
    "Level taken 2026-04-29: 0.6 mmol/L. Lithium 800 mg continues; levels monthly, weekly from 36/40 and within "
    "24 h of birth; the baby has a paediatric review; bottle feeding."
)
ok("pp-lith-level-taken-before", PP, L, lith(PP_LITH), "a level taken a week before attestation")
ok(
    "pp-lith-levels-taken-weekly-from",
    PP,
    L,
    lith(
        "Lithium 800 mg continues; levels taken weekly from 2026-07-29 (36/40) and within 24 h of birth; the baby "
        "has a paediatric review after birth; bottle feeding as planned."
    ),
    "a participle before a period starting later: a plan",
)
PP_METH_PLAN = (
    "Cot to be seen on 2026-03-16 at the HV antenatal visit. Methadone 60 mg continues; the baby is scored on the "
    "PNW for 72 h for NAS; breastfeeding supported; no co-sleeping after her dose."
)
ok("pp-meth-cot-to-be-seen-on", PP, M, meth(PP_METH_PLAN), "'to be seen on' a later date")
ok(
    "pp-dzp-scan-done-before",
    PP,
    F,
    dzp(
        "Cranial USS done 2026-06-10, normal. Diazepam and pregabalin continue for now; mum must not co-sleep or "
        "feed lying down, the foster carer does the nights, and the baby is watched for late withdrawal to day 8."
    ),
    "a scan done before attestation",
)
PP_QUET = (
    "Sleep space seen 28/05/2026 at the new birth visit: crib by mum's bed. Daniel's quetiapine sedates him at "
    "night, so no night feeds by him and no bed or sofa sharing with the baby; HV to recheck each visit."
)
ok("pp-quet-seen-attestation-day", PP, P, quet(PP_QUET), "seen on the attestation's day")
ok(
    "pp-valp-bloods-sent-before",
    PP,
    V,
    valp(
        "Valproate level sent 2026-05-18. Valproate 500 mg bd continues until the urgent neurology review, as "
        "stopping risks seizures; fetal medicine scan requested for the baby; folic acid 5 mg continues."
    ),
    "a level sent two days before attestation",
)
ok(
    "pp-cit-leaflet-given-before",
    PP,
    C,
    cit(
        "Leaflet on SSRIs in pregnancy given 2026-02-10. Citalopram 20 mg continues; the midwife watches the baby "
        "for 48 h for adaptation signs; breastfeeding supported."
    ),
    "given on the assessment's day",
)
ok(
    "pp-nothing-basket-seen-before",
    PP,
    N,
    sleeping("Moses basket beside the parents' bed, seen 2026-04-06 at the new birth visit."),
    "sleeping arrangements seen before attestation",
)
ok(
    "pp-sert-review-booked-for",
    PP,
    M,
    sert(
        "PNMH review booked for 2026-03-23. Sertraline 100 mg continues; the maternity team watches the baby for "
        "48 h for adaptation, and she breastfeeds."
    ),
    "a booking for a later date",
)
ok(
    "pp-dzp-hips-to-be-scanned",
    PP,
    F,
    dzp(
        "Hips to be scanned 2026-07-06 (breech). Diazepam and pregabalin continue; mum must not co-sleep or feed "
        "lying down; the foster carer does night feeds; the baby is watched for late withdrawal to day 8."
    ),
    "'to be scanned' on a later date",
)
bad(
    "pp-meth-cot-seen-after",
    PP,
    M,
    meth(
        "Cot seen 2026-03-20 at the home visit, safe. Methadone 60 mg continues; the baby is observed 72 h for NAS, "
        "breastfeeding is encouraged and there is no co-sleeping after her dose."
    ),
    "seen 18 days after attestation (MA017)",
)
bad(
    "pp-lith-level-taken-after",
    PP,
    L,
    lith(
        "Level taken 2026-05-13: 0.7 mmol/L. Lithium 800 mg continues; levels monthly, weekly from 36/40 and within "
        "24 h of birth; the baby has a paediatric review; bottle feeding."
    ),
    "a level taken after attestation (MA017)",
)
bad(
    "pp-dzp-scan-done-after",
    PP,
    F,
    dzp(
        "Hip USS done 2026-06-25, normal. Diazepam and pregabalin continue; mum must not co-sleep or feed lying "
        "down, and the baby is watched for late withdrawal to day 8."
    ),
    "a scan done after attestation (MA017)",
)
bad(
    "pp-quet-crib-seen-after",
    PP,
    P,
    quet(
        "Crib seen 2026-06-04 by the HV, safe. Daniel's quetiapine sedates him at night, so no night feeds by him "
        "and no bed or sofa sharing with the baby."
    ),
    "seen a week after attestation (MA017)",
)
bad(
    "pp-cit-tfts-taken-after",
    PP,
    C,
    cit(
        "TFTs taken 2026-02-20, normal. Citalopram 20 mg continues; the midwife watches the baby 48 h for "
        "adaptation signs; breastfeeding supported."
    ),
    "bloods taken after attestation (MA017)",
)
bad(
    "pp-nothing-basket-seen-after",
    PP,
    N,
    sleeping("Moses basket beside the parents' bed, seen 2026-04-20 by the HV."),
    "seen eleven days after attestation: impossible",
)
bad(
    "pp-valp-scan-reported-after",
    PP,
    V,
    valp(
        "Fetal medicine scan done 2026-06-03, no anomaly seen. Valproate 500 mg bd continues until neurology "
        "review; folic acid 5 mg continues."
    ),
    "a scan reported done two weeks after attestation (MA017)",
)

# ------------------------------------------------------------------------------------------------------------
# Second pass: the same shapes closer to what the readings set aside, each still about this case.

ok(
    "pm-baby-exposure-estimated-her",
    PM,
    M,
    sert(
        "The baby's exposure through her milk is estimated at under 1% of her weight-adjusted sertraline dose, so "
        "breastfeeding continues. Sertraline 100 mg continues; the maternity team watches the baby 48 h for "
        "adaptation signs."
    ),
    "an estimate of this baby's exposure, then 'so breastfeeding continues'",
)
ok(
    "pm-meth-halflife-in-her",
    PM,
    M,
    meth(
        "Her methadone has a long half-life (about a day and a half in her), so the baby's withdrawal may start "
        "late: 72 h of NAS scoring on the PNW, then HV checks to day 8. 60 mg continues; breastfeeding encouraged; "
        "no co-sleeping after her dose."
    ),
    "her own half-life, a measure in parentheses, then the plan",
)
ok(
    "df-plan-at-birth-is",
    DF,
    M,
    meth(
        "The plan at birth is Finnegan scoring on the PNW for at least 72 hours, with SCBU if scores stay high; "
        "methadone 60 mg continues through pregnancy, she breastfeeds, and there is no co-sleeping after her dose."
    ),
    "'the plan at birth is ...' is this baby's plan, not a definition",
)
ok(
    "df-baby-risk-is-withdrawal",
    DF,
    F,
    dzp(
        "The main risk for this baby is a late withdrawal at home, after the placement starts; the foster carer "
        "watches for tremor, poor feeding and a high-pitched cry until day 8. Diazepam and pregabalin continue; mum "
        "must not co-sleep or feed lying down."
    ),
    "'the main risk for this baby is ...' names this baby",
)
ok(
    "df-lith-her-condition-is",
    DF,
    L,
    lith(
        "Her bipolar disorder is a high-risk condition after birth: she had a psychosis after her first baby. "
        "Lithium 800 mg continues; levels monthly, weekly from 36/40 and within 24 h of delivery; the baby has a "
        "paediatric review; bottle feeding."
    ),
    "'her condition is ...' is about her",
)
ok(
    "ev-sert-her-relapses-linked",
    EV,
    M,
    sert(
        "Her previous relapses have been linked with stopping sertraline, so it continues at 100 mg; the maternity "
        "team watches the baby 48 h for adaptation signs and she breastfeeds."
    ),
    "'have been linked with' said of her own relapses",
)
ok(
    "ev-quet-thought-to-be-his",
    EV,
    P,
    quet(
        "Daniel's sedation after quetiapine is thought by his GP to last until about 4 am, so he does no night feeds "
        "and never shares a bed or sofa with the baby; the mother does the nights and the HV checks the crib."
    ),
    "an estimate about him, then the plan",
)
ok(
    "wl-cit-cautions-each-instruction",
    WL,
    C,
    cit(
        "Cautions for the midwife: watch the baby for jitteriness and fast breathing for 48 h; call the "
        "paediatrician if they persist; support breastfeeding. Citalopram 20 mg continues."
    ),
    "a 'Cautions' heading whose items are instructions",
)
ok(
    "wl-lith-cautions-for-her",
    WL,
    L,
    lith(
        "Cautions: no NSAIDs for her after delivery; keep her well hydrated in labour; lithium level within 24 h of "
        "birth. Priadel 800 mg continues, the baby has a paediatric review, and she bottle feeds."
    ),
    "cautions that are instructions for her",
)
ok(
    "wl-meth-considerations-for-baby",
    WL,
    M,
    meth(
        "Considerations for the baby: observed 72 h on the PNW for NAS; HV checks to day 8; breastfeeding "
        "encouraged; no co-sleeping after her dose. Methadone 60 mg continues."
    ),
    "a 'Considerations for the baby' heading over this baby's plan",
)
ok(
    "wl-overall-p-concerns-with-answers",
    WL,
    P,
    overall(
        "Concerns: dad's sedation after quetiapine - he does no night feeds; SUDI - baby sleeps in her own crib, "
        "never in a bed or on a sofa with him. Her paracetamol is no concern. HV checks the crib at every visit."
    ),
    "each concern answered after a dash",
)
ok(
    "hp-meth-this-pregnancy-stopped-remains",
    HP,
    M,
    meth(
        "In her last pregnancy she used on top; in this one she stopped all on-top use at 10 weeks and remains on "
        "methadone 60 mg, which continues. The baby is scored on the PNW for 72 h, breastfeeding is encouraged and "
        "there is no co-sleeping after her dose."
    ),
    "past history, then this pregnancy: stopped on-top and remains on methadone",
)
ok(
    "hp-dzp-first-baby-then-this-baby",
    HP,
    F,
    dzp(
        "Her first baby went to SCBU for withdrawal. This baby was scored on the PNW for 5 days, never above 3, and "
        "was discharged on day 5 to the foster carer, who keeps watch to day 8. Diazepam and pregabalin continue; mum "
        "must not co-sleep or feed lying down."
    ),
    "past history, then this baby's discharge in the past",
)
ok(
    "hp-quet-he-stopped-night-feeds",
    HP,
    P,
    quet(
        "Since the birth he stopped doing night feeds because his quetiapine leaves him too drowsy, and he remains "
        "off them; he never sleeps with the baby on a bed or sofa, the mother does the nights and the HV checks."
    ),
    "'he stopped ... and remains off them' is his plan now",
)
ok(
    "hp-overall-p-discharge-voice",
    HP,
    P,
    overall(
        "Baby discharged on day 2, feeding well (mixed). Dad's quetiapine means no night feeds by him and no bed or "
        "sofa sharing; mum does the nights; crib seen and safe. Her paracetamol raises no concern. HV follow-up "
        "arranged and continues to 8 weeks."
    ),
    "a postnatal summary in the past with the plan",
)
ok(
    "ga-sert-bnf-and-she",
    GA,
    M,
    sert(
        "The BNF lists sertraline as compatible with breastfeeding, and she breastfeeds on 100 mg, which continues; "
        "the maternity team watches the baby 48 h for adaptation."
    ),
    "the guidance's verdict, then 'and she breastfeeds'",
)
ok(
    "ga-meth-guidance-and-hers-will",
    GA,
    M,
    meth(
        "Trust guidance says babies are observed for 72 hours, and hers will be, on the PNW, with the HV to day 8. "
        "Methadone 60 mg continues; breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "guidance, then 'and hers will be'",
)
ok(
    "ga-dzp-scbu-would-otherwise",
    GA,
    F,
    dzp(
        "The baby would go to SCBU if scores reach 8 twice; otherwise the foster carer watches for late withdrawal "
        "to day 8. Diazepam and pregabalin continue; mum must not co-sleep or feed lying down."
    ),
    "'would ... if ...; otherwise ...' with the default plan",
)
ok(
    "ga-lith-ukteis-applied-her",
    GA,
    L,
    lith(
        "UKTIS advises a level within 24 hours of delivery, and hers is booked for then. Lithium 800 mg continues "
        "with levels monthly and weekly from 36/40; the baby has a paediatric review; she bottle feeds."
    ),
    "guidance, then 'hers is booked'",
)
ok(
    "pp-valp-scan-arranged-later",
    PP,
    V,
    valp(
        "Fetal medicine scan arranged 2026-06-03. Valproate 500 mg bd continues until the urgent neurology review, as "
        "stopping risks seizures; folic acid 5 mg continues."
    ),
    "'scan arranged' on a later date: the scan is booked, not done",
)
ok(
    "pp-dzp-review-set-later",
    PP,
    F,
    dzp(
        "Review set 2026-07-20 for the diazepam taper. Diazepam and pregabalin continue meanwhile; mum must not "
        "co-sleep or feed lying down; the foster carer watches the baby for late withdrawal to day 8."
    ),
    "'review set' for a later date",
)
ok(
    "pp-meth-hv-visit-planned",
    PP,
    M,
    meth(
        "HV visit planned 2026-03-09 to see the cot. Methadone 60 mg continues; the baby has 72 h of NAS scoring on "
        "the PNW; breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "'visit planned' for a later date",
)
ok(
    "pp-lith-level-taken-today",
    PP,
    L,
    lith(
        "Level taken 06/05/2026 (today), result to follow. Lithium 800 mg continues; levels monthly, weekly from "
        "36/40 and within 24 h of birth; the baby has a paediatric review; bottle feeding."
    ),
    "taken on the attestation's day",
)
ok(
    "pp-meth-screen-sent-words",
    PP,
    M,
    meth(
        "Urine drug screen sent 27 February 2026, negative for on-top use. Methadone 60 mg continues; NAS scoring on "
        "the PNW for 72 h; breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "a participle before a written-out date before attestation",
)
ok(
    "pp-quet-newborn-exam-done",
    PP,
    P,
    quet(
        "Newborn exam done day 1 (19/05/2026), normal. Daniel's quetiapine sedates him at night, so he does no night "
        "feeds and never shares a bed or sofa with the baby; HV checks the crib."
    ),
    "a day of life and a participle before attestation",
)
ok(
    "pp-nothing-cot-checked-attestation-day",
    PP,
    N,
    sleeping("Moses basket by the parents' bed, checked 09/04/2026 at the medication review; baby on her back."),
    "checked on the attestation's day",
)
bad(
    "pp-sert-tfts-back-after",
    PP,
    M,
    sert(
        "Bloods taken 2026-03-10 and normal. Sertraline 100 mg continues; the maternity team watches the baby 48 h "
        "for adaptation signs, and she breastfeeds."
    ),
    "bloods reported taken and normal after attestation (MA017)",
)
bad(
    "pp-meth-cot-seen-written-date-after",
    PP,
    M,
    meth(
        "Cot seen 12 March 2026, safe. Methadone 60 mg continues; NAS scoring on the PNW for 72 h; breastfeeding "
        "encouraged; no co-sleeping after her dose."
    ),
    "a note-style participle with a written-out date after attestation (MA017)",
)
bad(
    "hp-dzp-past-only-postnatal",
    HP,
    F,
    dzp(
        "In her previous pregnancy she took diazepam and pregabalin throughout, and that baby was on SCBU for "
        "withdrawal until day 12."
    ),
    "history of an earlier baby only, in the postnatal record",
)
bad(
    "wl-valp-considerations-only",
    WL,
    V,
    valp("Considerations for valproate: teratogenicity; seizure control; pregnancy prevention; breastfeeding."),
    "a list weighed only",
)
bad(
    "df-cit-definition-only",
    DF,
    C,
    cit("Poor neonatal adaptation syndrome is a set of signs in the first days after birth in SSRI-exposed babies."),
    "a definition only",
)
bad(
    "ev-quet-associated-only",
    EV,
    P,
    quet(
        "Antipsychotics such as quetiapine are associated with heavy sedation, which is linked with SUDI when bed-sharing."
    ),
    "evidence only, nothing about his nights",
)

# ------------------------------------------------------------------------------------------------------------
# Third pass: the turn after the shape made by a semicolon, a colon or a reported decision, not by "so".

GA_SEMI = (
    "The BNF lists sertraline as compatible with breastfeeding; she breastfeeds on 100 mg, which continues, and the "
    "maternity team watches the baby 48 h for adaptation signs."
)
ok("ga-sert-bnf-semicolon-she", GA, M, sert(GA_SEMI), "the guidance's verdict, then her plan after a semicolon")
ok(
    "ga-meth-guidance-colon-this-baby",
    GA,
    M,
    meth(
        "Guidance says exposed babies are observed for at least 72 hours: Jodie's baby stays 5 days on the PNW "
        "given her dose, with the HV to day 8 after. Methadone 60 mg continues; breastfeeding encouraged; no "
        "co-sleeping after her dose."
    ),
    "a guidance measure, then this baby's longer stay after a colon",
)
ok(
    "ga-lith-scbu-would-review",
    GA,
    L,
    lith(
        "As agreed with the neonatologists, the SCBU team would review the baby within 4 hours of birth for tone, "
        "feeding and glucose. Lithium 800 mg continues with levels monthly, weekly from 36/40 and within 24 h of "
        "birth; bottle feeding."
    ),
    "'would' as the agreed plan for this baby",
)
ok(
    "ev-meth-growth-estimated",
    EV,
    M,
    meth(
        "The baby was estimated at the 40th centile on the 28/40 growth scan, so no extra scans. Methadone 60 mg "
        "continues; 72 h of NAS scoring on the PNW; breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "'estimated at' said of this baby's growth",
)
EV_DZP = (
    "The baby's jitteriness on day 2 was thought to be hunger and settled with feeds; scores stayed under 4. "
    "Diazepam and pregabalin continue; the foster carer watches for late withdrawal to day 8, and mum must not "
    "co-sleep or feed lying down."
)
ok("ev-dzp-thought-to-be-hunger", EV, F, dzp(EV_DZP), "'was thought to be' said of this baby, postnatal")
ok(
    "hp-quet-day-3-crib-seen",
    HP,
    P,
    quet(
        "On day 3 the midwife saw the crib and it was safe. Daniel's quetiapine 300 mg sedates him at night, so he "
        "does no night feeds and never shares a bed or sofa with the baby; the HV keeps checking."
    ),
    "a day of life in a past event about this baby, then the plan",
)
HP_AGREED = (
    "Agreed at the discharge meeting on 2026-06-12: diazepam and pregabalin continued unchanged; the foster carer "
    "does the nights; mum never co-sleeps or feeds lying down; HV visits on day 10 and day 14 and the baby is "
    "watched for late withdrawal to day 8."
)
ok("hp-dzp-agreed-at-discharge", HP, F, dzp(HP_AGREED), "a decision reported in the past, with the plan")
ok(
    "wl-meth-considerations-each-so",
    WL,
    M,
    meth(
        "Considerations: her methadone dose is stable, so no change from 60 mg; she wants to breastfeed, so she "
        "will; the baby will withdraw, so 72 h of scoring on the PNW; sedation after her dose, so no co-sleeping."
    ),
    "every weighed item turned by 'so'",
)
ok(
    "wl-sert-concerns-none-with-reasons",
    WL,
    M,
    sert(
        "Concerns: feeding - none, sertraline is compatible and she breastfeeds; adaptation - the maternity team "
        "watches the baby 48 h; relapse - sertraline 100 mg continues."
    ),
    "each concern answered after its dash",
)
ok(
    "pp-valp-referral-sent-appt-given-for",
    PP,
    V,
    valp(
        "Referral sent 2026-05-19 and neurology appointment given for 2026-06-02. Valproate 500 mg bd continues until "
        "then, as stopping risks seizures; the fetal medicine scan looks for malformations; folic acid 5 mg "
        "continues."
    ),
    "sent before attestation, 'given for' a later date",
)
ok(
    "pp-meth-cot-seen-dotted-date",
    PP,
    M,
    meth(
        "Cot seen 24.02.26 by the HV, in the parents' room. Methadone 60 mg continues; 72 h of NAS scoring on the "
        "PNW; breastfeeding encouraged; no co-sleeping after her dose."
    ),
    "a dotted date before attestation",
)
ok(
    "pp-lith-scan-booked-later",
    PP,
    L,
    lith(
        "Growth scan booked 2026-06-17. Lithium 800 mg continues; levels monthly, weekly from 36/40 and within 24 h "
        "of birth; the baby has a paediatric review; bottle feeding."
    ),
    "'scan booked' with a later date: a booking",
)
bad(
    "pp-dzp-hv-visited-after-note",
    PP,
    F,
    dzp(
        "HV visit done 2026-06-22, baby settled. Diazepam and pregabalin continue; mum must not co-sleep or feed "
        "lying down; the baby is watched for late withdrawal to day 8."
    ),
    "a visit reported done eight days after attestation (MA017)",
)
bad(
    "ga-cit-bnf-and-nice-only",
    GA,
    C,
    cit(
        "The BNF lists citalopram as present in milk in small amounts, and NICE advises that babies exposed to SSRIs "
        "are monitored for 48 hours."
    ),
    "two reports of guidance only",
)

# ------------------------------------------------------------------------------------------------------------
# disguise: texts from above in look-alikes, invisible characters and full width.
DG = "disguise"

ok("dg-pm-meth-cyr", DG, M, meth(homoglyphs(PM_METH, "aeoc")), "half-life then plan, look-alikes")
ok("dg-pm-sert-zw", DG, M, sert(inside_words(PM_SERT, "\u200b", every=3)), "her RID, zero-width spaces")
ok("dg-pm-lith-fw", DG, L, lith(full_width(PM_LITH)), "milk ratio then bottle, full width")
ok("dg-pm-dzp-shy", DG, F, dzp(soft_hyphens(PM_DZP)), "neonatal half-life, soft hyphens")
ok("dg-df-meth-iso", DG, M, meth(isolate_words(DF_METH)), "definition then plan, bidi isolates")
ok("dg-df-valp-cyr", DG, V, valp(homoglyphs(DF_VALP, "aop")), "definition then this baby, look-alikes")
ok("dg-df-quet-wj", DG, P, quet(inside_words(DF_QUET, "\u2060", every=2)), "SUDI then his nights, word joiners")
ok("dg-ev-sert-fw", DG, M, sert(full_width(EV_SERT)), "associated, but for her, full width")
ok("dg-ev-lith-shy", DG, L, lith(soft_hyphens(EV_LITH)), "estimated then scan, soft hyphens")
ok("dg-wl-meth-cyr", DG, M, meth(homoglyphs(WL_METH, "eo")), "considerations then decision, look-alikes")
ok("dg-wl-valp-zwnj", DG, V, valp(inside_words(WL_VALP, "\u200c", every=3)), "bulleted lists, ZWNJ")
ok("dg-wl-lith-iso", DG, L, lith(isolate_words(WL_LITH)), "cautions then so, bidi isolates")
ok("dg-hp-meth-fw", DG, M, meth(full_width(HP_METH)), "history then this time, full width")
ok("dg-hp-lith-cyr", DG, L, lith(homoglyphs(HP_LITH, "aceo")), "history then therefore, look-alikes")
ok("dg-hp-dzp-zw", DG, F, dzp(inside_words(HP_DZP, "\u200b", every=4)), "discharge summary, zero-width spaces")
ok("dg-ga-sert-shy", DG, M, sert(soft_hyphens(GA_SERT)), "per the BNF so, soft hyphens")
ok("dg-ga-meth-cyr", DG, M, meth(homoglyphs(GA_METH, "ap")), "guidance then her baby, look-alikes")
ok("dg-ga-quet-fw", DG, P, quet(full_width(GA_QUET)), "advice applies to him, full width")
ok("dg-pp-meth-iso", DG, M, meth(isolate_words(PP_METH)), "cot seen before, bidi isolates")
ok("dg-pp-lith-cyr", DG, L, lith(homoglyphs(PP_LITH, "aeo")), "level taken before, look-alikes")
ok("dg-pp-meth-plan-zw", DG, M, meth(inside_words(PP_METH_PLAN, "\u200b", every=2)), "to be seen on, zero-width")
ok("dg-pp-quet-shy", DG, P, quet(soft_hyphens(PP_QUET)), "seen on attestation day, soft hyphens")
bad(
    "dg-pm-meth-measures-only-cyr",
    DG,
    M,
    meth(
        homoglyphs(
            "Methadone: half-life 24 to 36 hours; relative infant dose about 2.8%; milk to plasma ratio 0.5.", "aeo"
        )
    ),
    "measures only, look-alikes",
)
bad(
    "dg-wl-dzp-cautions-only-fw",
    DG,
    F,
    dzp(full_width("Cautions with diazepam and pregabalin: drowsiness; late withdrawal in the baby; poor feeding.")),
    "cautions only, full width",
)
bad(
    "dg-ga-sert-guidance-only-zw",
    DG,
    M,
    sert(
        inside_words(
            "NICE advises that sertraline may be continued in breastfeeding, and the BNF lists it as compatible.",
            "\u200b",
        )
    ),
    "guidance only, zero-width spaces",
)
bad(
    "dg-pp-lith-level-after-iso",
    DG,
    L,
    lith(
        isolate_words(
            "Level taken 2026-05-27: 0.5 mmol/L. Lithium 800 mg continues with levels monthly; the baby has a "
            "paediatric review after birth; bottle feeding."
        )
    ),
    "a level taken after attestation, bidi isolates (MA017)",
)
bad(
    "dg-hp-meth-history-only-shy",
    DG,
    M,
    meth(
        soft_hyphens("In 2019 she was on methadone 90 mg and her first baby was treated for NAS on SCBU for two weeks.")
    ),
    "history only, soft hyphens",
)

ok("dg-ga-sert-semi-cyr", DG, M, sert(homoglyphs(GA_SEMI, "aeo")), "verdict then her plan, look-alikes")
ok("dg-ev-dzp-fw", DG, F, dzp(full_width(EV_DZP)), "thought to be, of this baby, full width")
ok("dg-hp-dzp-agreed-iso", DG, F, dzp(isolate_words(HP_AGREED)), "decision reported in the past, bidi isolates")
ok("dg-df-meth-shy", DG, M, meth(soft_hyphens(DF_METH)), "definition then plan, soft hyphens")
bad(
    "dg-ga-bnf-only-cyr",
    DG,
    C,
    cit(homoglyphs("The BNF lists citalopram as compatible with breastfeeding.", "aeo")),
    "a guideline's verdict only, look-alikes",
)
bad(
    "dg-ev-valp-linked-only-zw",
    DG,
    V,
    valp(inside_words("Valproate has been linked with spina bifida and with autism in exposed children.", "\u200b")),
    "evidence only, zero-width spaces",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F82CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F82CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F82CASES):3}"
    )
