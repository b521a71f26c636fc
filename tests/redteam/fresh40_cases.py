"""A fortieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, eleventh round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About five in six are GOOD records whose conclusions are written the way
clinicians write long letters and notes; each shape has minimal hollow twins, the same shape with the substance
taken out, which must be refused. The shapes, one category each:

* paragraphs: a multi-paragraph conclusion (background with history and general facts, then the assessment,
  then the plan with line breaks);
* numbered-plans: a numbered or lettered plan ("1) ... 2) ...", "a) ... b) ...");
* headings: "Plan:", "Impression:", "Summary:", "Assessment:" headings;
* dates-times: dates and times in many formats (09/03/26, 3rd Dec, 14:00, 2pm, w/c 7th);
* doses: doses and regimens (60mg od, 2x50mg, 1 mg/ml, MR nocte, bd, tds, PRN);
* trade-abbrevs: abbreviations of the trade (NAS, NOWS, SUDI, PNMH, MBU, SCBU/NNU, TCI, EDD, LMP, G2P1, 36/40,
  obs, SW, HV, MW, CP, CIN, LAC, PLO);
* quotes: what the mother said, quoted beside the decision;
* voice: first-person and third-person voice ("I have advised ...", "we agreed ...");
* not-then-is: a conclusion that says what is NOT a concern and why, then what is;
* disagreement: the mother's disagreement recorded, and the plan anyway.

A few good and hollow texts are disguised (look-alike letters, zero-width characters, soft hyphens) to check
that they are judged like the plain text. Each assessment's own items answer its concerns, so only the text
mutated is judged. Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs
them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh40_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import homoglyphs, inside_words

F40CASES: list[Case] = []

CATEGORIES = (
    "paragraphs",
    "numbered-plans",
    "headings",
    "dates-times",
    "doses",
    "trade-abbrevs",
    "quotes",
    "voice",
    "not-then-is",
    "disagreement",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F40CASES.append(Case(f"f40-{name}", category, expect, base, mutate, why))


def concl(assessment: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment}.conclusion", text)


def meth(text: str) -> Mutation:
    return concl("asm-methadone", text)


def sert(text: str) -> Mutation:
    return concl("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return concl("asm-lithium", text)


def valp(text: str) -> Mutation:
    return concl("asm-valproate", text)


def dzpg(text: str) -> Mutation:
    return concl("asm-diazepam-pregabalin", text)


def quet(text: str) -> Mutation:
    return concl("asm-partner-quetiapine", text)


def cital(text: str) -> Mutation:
    return concl("asm-citalopram", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


ZW = "\u200b"
SHY = "\u00ad"

# Rows in GOOD[category], (name, base, mutation, why), must pass; rows in HOLLOW[category] must be refused.
GOOD: dict[str, list[tuple[str, str, Mutation, str]]] = {c: [] for c in CATEGORIES}
HOLLOW: dict[str, list[tuple[str, str, Mutation, str]]] = {c: [] for c in CATEGORIES}

# ============================================================================================================
# paragraphs

GOOD["paragraphs"] += [
    (
        "pa-meth-three-paragraphs",
        M,
        meth(
            "Jodie has been on a stable methadone script with the drug service for four years and has had no "
            "illicit use on testing since 2023. Methadone is a long-acting opioid and many exposed babies show "
            "withdrawal after birth.\n\n"
            "For this baby that means a real chance of withdrawal in the first days, and Jodie is drowsy for a "
            "few hours after each supervised dose.\n\n"
            "Plan:\nmethadone 60 mg continues unchanged;\nbaby to stay on the postnatal ward at least 72 hours "
            "with withdrawal scoring;\nbreastfeeding encouraged;\nbaby sleeps in his own cot, no bed sharing."
        ),
        "background, then the assessment, then a plan broken over lines",
    ),
    (
        "pa-sert-history-then-plan",
        M,
        sert(
            "Background: two episodes of depression, the second after a miscarriage in 2022, each settled on "
            "sertraline; she relapsed within a month when she stopped it in 2021.\n\n"
            "Sertraline 100 mg continues, because a relapse now would harm her and the baby more than the drug "
            "does. The baby may be jittery or feed poorly for a day or two, so the midwife checks him at 24 and "
            "48 hours. Breastfeeding can go ahead."
        ),
        "a history paragraph then the decision",
    ),
    (
        "pa-lith-general-then-case",
        L,
        lith(
            "Lithium levels fall in pregnancy and rise sharply after delivery, and the drug passes freely into "
            "breast milk.\n\n"
            "Rebecca had a manic relapse in 2019 when lithium was stopped, so Priadel 800 mg continues. Levels "
            "monthly, weekly from 36 weeks, and within 24 hours of the birth. The baby will be formula fed and "
            "reviewed by the paediatrician on the day of birth for floppiness, feeding and thyroid function."
        ),
        "general facts, then this case and its plan",
    ),
    (
        "pa-valp-story-then-urgent",
        V,
        valp(
            "Hannah has had juvenile myoclonic epilepsy since she was 14; valproate is the only drug that has "
            "kept her seizure-free. This pregnancy was unplanned and she found out at 7 weeks.\n\n"
            "The baby has been exposed to valproate through the first trimester, which carries a real risk of "
            "birth defects and later developmental problems. Valproate continues unchanged until neurology see "
            "her this week, because stopping suddenly risks seizures.\n\n"
            "Referrals to neurology and fetal medicine sent today; folic acid 5 mg daily started."
        ),
        "a story, then the risk to the baby, then the plan",
    ),
    (
        "pa-dzpg-placement-paragraphs",
        F,
        dzpg(
            "Kayleigh was prescribed diazepam and pregabalin by the community mental health team last year and "
            "takes both as directed. The baby was placed with a foster carer on day 2 under an interim order.\n\n"
            "Together the two medicines make her very drowsy, and the baby may still show late withdrawal up to "
            "day 8.\n\n"
            "Both continue at the current doses. During contact she must not feed the baby lying down or doze "
            "with the baby on her; the foster carer does all night care and watches for withdrawal signs until "
            "day 8."
        ),
        "placement history, risk, plan in paragraphs",
    ),
    (
        "pa-quet-home-paragraphs",
        P,
        quet(
            "Daniel has taken quetiapine for bipolar disorder for three years; it is taken at 10pm and he sleeps "
            "heavily until morning.\n\n"
            "That heavy sleep is the risk: if he fell asleep with the baby on a bed or sofa he would not wake.\n\n"
            "He does not share a bed, sofa or chair with the baby and does no night feeds after his dose; Chloe "
            "does the nights and the baby sleeps in the crib. The health visitor saw the crib on 26 May and will "
            "check again at the next visit."
        ),
        "partner history, then the risk to the baby, then who does what",
    ),
    (
        "pa-cital-short-paragraphs",
        C,
        cital(
            "Megan's depression started in her teens and was severe after her first baby.\n\n"
            "Citalopram 20 mg continues through pregnancy and breastfeeding: stopping would risk relapse. The "
            "baby can have mild adaptation signs (jitteriness, fast breathing) in the first 48 hours; the "
            "midwife will check for them before discharge."
        ),
        "two short paragraphs",
    ),
    (
        "pa-overall-m-letter",
        M,
        overall(
            "Jodie is 29 weeks pregnant with her second baby and is stable on methadone and sertraline.\n\n"
            "Both medicines continue. The baby is likely to need observation for withdrawal and will stay on the "
            "postnatal ward for at least 72 hours with scoring.\n\n"
            "Breastfeeding is supported. Methadone makes her drowsy, so no co-sleeping; the health visitor and "
            "social worker will see the cot before discharge."
        ),
        "an overall conclusion as a short letter in paragraphs",
    ),
    (
        "pa-overall-f-paragraphs",
        F,
        overall(
            "The baby has been in foster care since day 2.\n\n"
            "Diazepam and pregabalin continue. The sedation they cause is the main risk: the mother must not "
            "sleep with the baby on any surface or feed lying down, and the foster carer does all night feeds.\n\n"
            "The foster carer watches for late withdrawal until day 8 and calls the health visitor if the baby "
            "is unsettled or feeding poorly."
        ),
        "overall in paragraphs, placement first",
    ),
    (
        "pa-lith-zw-paragraphs",
        L,
        lith(
            inside_words(
                "Rebecca relapsed badly in 2019 off lithium.\n\nPriadel 800 mg therefore continues with levels "
                "monthly and weekly from 36 weeks; the baby is formula fed and seen by the paediatrician within "
                "24 hours of birth.",
                ZW,
                every=3,
            )
        ),
        "a good paragraph conclusion with zero-width characters inside words",
    ),
]
HOLLOW["paragraphs"] += [
    (
        "pa-ctl-meth-history-then-letter",
        M,
        meth(
            "Jodie has been on a stable methadone script with the drug service for four years and has attended "
            "every appointment.\n\n"
            "Methadone is a long-acting opioid taken by many women in pregnancy.\n\n"
            "Plan:\nas per the drug service letter."
        ),
        "history and general facts, then the plan only a pointer (MA103)",
    ),
    (
        "pa-ctl-lith-general-only",
        L,
        lith(
            "Lithium levels fall in pregnancy and rise after delivery.\n\n"
            "Lithium passes into breast milk and crosses the placenta.\n\n"
            "Lithium will be discussed at the next perinatal clinic."
        ),
        "general facts then a deferral: nothing about this baby (MA103)",
    ),
    (
        "pa-ctl-overall-f-pleasantries",
        F,
        overall(
            "Kayleigh was seen with the foster carer and the social worker today.\n\n"
            "Diazepam and pregabalin were gone through in detail.\n\n"
            "Plan to follow once the placement meeting has taken place."
        ),
        "an account, then a deferral (MA103)",
    ),
]

# ============================================================================================================
# numbered-plans

GOOD["numbered-plans"] += [
    (
        "np-meth-1-2-3-4",
        M,
        meth(
            "1) Methadone continues at 60 mg daily, supervised.\n2) Baby stays on the postnatal ward for 72 hours "
            "minimum with withdrawal scoring every 4 hours.\n3) Breastfeeding is encouraged and will help with "
            "withdrawal.\n4) No bed sharing: Jodie is drowsy after her dose; the cot is checked at the home visit."
        ),
        "a numbered plan with close brackets",
    ),
    (
        "np-sert-dots",
        M,
        sert(
            "1. Sertraline 100 mg continues; relapse off it is the greater risk to her and the baby.\n2. Midwife "
            "checks the newborn for jitteriness, poor feeding and fast breathing at 24 and 48 hours.\n3. "
            "Breastfeeding supported."
        ),
        "a numbered plan with dots",
    ),
    (
        "np-lith-lettered",
        L,
        lith(
            "Lithium (Priadel) continues at 800 mg. a) Levels monthly, weekly from 36 weeks, within 24 hours of "
            "birth. b) Paediatrician reviews the baby on day 1 for tone, feeding and thyroid. c) Formula feeding, "
            "as she has chosen. d) PNMH review within a week of birth."
        ),
        "a lettered plan inline",
    ),
    (
        "np-valp-steps",
        V,
        valp(
            "Valproate exposure in the first trimester puts the baby at risk of malformations.\n"
            "(i) Do not stop valproate abruptly: seizure risk.\n(ii) Neurology to see her urgently this week.\n"
            "(iii) Fetal medicine scan booked for 12 weeks.\n(iv) Folic acid 5 mg daily continues."
        ),
        "roman-numeral steps",
    ),
    (
        "np-dzpg-numbers-inline",
        F,
        dzpg(
            "Plan for diazepam and pregabalin: 1) both continue unchanged for now; 2) she must not co-sleep or "
            "feed the baby lying down during contact; 3) the foster carer does all night care; 4) watch the baby "
            "for withdrawal until day 8; 5) diazepam reduction supervised by the GP."
        ),
        "an inline numbered plan",
    ),
    (
        "np-quet-numbered",
        P,
        quet(
            "1) Daniel's quetiapine sedates him heavily at night.\n2) So he does not sleep with the baby on a bed "
            "or sofa and does no night feeds after his dose.\n3) Chloe does night feeds; the baby sleeps in the "
            "crib.\n4) HV rechecks sleeping arrangements next visit."
        ),
        "a numbered partner plan",
    ),
    (
        "np-cital-two-items",
        C,
        cital(
            "Citalopram 20 mg: 1) continue, relapse risk outweighs the small risk to the baby; 2) midwife to "
            "observe the baby for adaptation signs for 48 hours; breastfeeding fine."
        ),
        "two numbered points after the medicine",
    ),
    (
        "np-overall-m-numbered",
        M,
        overall(
            "1) Methadone and sertraline continue unchanged.\n2) Baby on the postnatal ward for at least 72 hours "
            "for withdrawal scoring.\n3) Breastfeeding supported.\n4) No co-sleeping; SW and HV check the cot "
            "before discharge."
        ),
        "an overall numbered plan",
    ),
    (
        "np-overall-p-bullets-letters",
        P,
        overall(
            "Paracetamol is no concern. Quetiapine (father): a) heavy sedation at night; b) no co-sleeping with "
            "him on any surface; c) no night feeds by him after the dose; d) crib seen and safe, HV to keep "
            "checking."
        ),
        "an overall lettered partner plan",
    ),
    (
        "np-overall-v-numbered",
        V,
        overall(
            "1. Valproate continues unchanged until the urgent neurology review; it must not be stopped abruptly."
            "\n2. The baby has been exposed in the first trimester: fetal medicine review and anomaly scan.\n3. "
            "Folic acid 5 mg started.\n4. Annual risk acknowledgement form recorded."
        ),
        "an overall numbered valproate plan",
    ),
]
HOLLOW["numbered-plans"] += [
    (
        "np-ctl-meth-process-steps",
        M,
        meth("1) Methadone discussed.\n2) Letter to follow.\n3) Review in due course."),
        "numbered steps with nothing decided (MA103)",
    ),
    (
        "np-ctl-overall-m-steps-pointers",
        M,
        overall(
            "1) Methadone: see drug service letter.\n2) Sertraline: as per psychiatry.\n3) Baby: paediatrics to decide."
        ),
        "numbered pointers only (MA103)",
    ),
    (
        "np-ctl-valp-steps-pending",
        V,
        valp("(i) Valproate pending neurology.\n(ii) Awaiting scan.\n(iii) To be reviewed."),
        "roman-numeral deferrals (MA103)",
    ),
]

# ============================================================================================================
# headings

GOOD["headings"] += [
    (
        "hd-meth-impression-plan",
        M,
        meth(
            "Impression: stable on methadone; the baby is at real risk of withdrawal after birth.\n"
            "Plan: methadone 60 mg continues. Observe the baby on the postnatal ward for at least 72 hours with "
            "scoring. Breastfeed. No co-sleeping while Jodie is drowsy after her dose."
        ),
        "Impression: then Plan:",
    ),
    (
        "hd-sert-summary-heading",
        M,
        sert(
            "Summary: sertraline continues at 100 mg because of her relapse risk. The newborn is checked for "
            "adaptation signs for 48 hours by the midwife, and breastfeeding is supported."
        ),
        "a Summary: heading",
    ),
    (
        "hd-lith-assessment-plan",
        L,
        lith(
            "Assessment: high risk of postpartum relapse off lithium; the baby's risks are known and managed.\n"
            "Plan: Priadel 800 mg continues with levels; paediatric review of the baby at birth; formula feeding; "
            "PNMH review within 7 days of delivery."
        ),
        "Assessment: then Plan:",
    ),
    (
        "hd-valp-risk-action",
        V,
        valp(
            "Risk to baby: first-trimester valproate exposure, with a raised chance of malformations and "
            "developmental delay.\nAction: valproate continues until neurology see her; stopping suddenly "
            "risks seizures. Urgent fetal medicine referral; folic acid 5 mg."
        ),
        "'Risk to baby:' and 'Action:' headings",
    ),
    (
        "hd-dzpg-caps-headings",
        F,
        dzpg(
            "IMPRESSION: diazepam with pregabalin causes marked sedation.\nPLAN: both continue; no co-sleeping "
            "or feeding lying down during contact; night care by the foster carer; watch the baby for "
            "withdrawal until day 8."
        ),
        "capitalised headings",
    ),
    (
        "hd-quet-baby-dad-headings",
        P,
        quet(
            "Dad: quetiapine 300 mg at night, heavily sedating.\nBaby: never to sleep with Daniel on a bed, sofa "
            "or chair; no night feeds from him after his dose; crib for all sleeps.\nHV: keep checking at each "
            "visit."
        ),
        "Dad:/Baby:/HV: headings",
    ),
    (
        "hd-cital-conclusion-heading",
        C,
        cital(
            "Conclusion: continue citalopram 20 mg. Relapse risk is high off it; the baby may have mild "
            "adaptation signs, which the midwife will look for in the first 48 hours. Breastfeeding supported."
        ),
        "a 'Conclusion:' heading inside the conclusion",
    ),
    (
        "hd-overall-l-headings",
        L,
        overall(
            "Summary: lithium continues through pregnancy.\nMother: Priadel 800 mg at night, levels monthly, "
            "weekly from 36 weeks and within 24 hours of birth; PNMH review in the first week.\nBaby: paediatric "
            "review after birth; formula fed."
        ),
        "overall with Summary/Mother/Baby headings",
    ),
    (
        "hd-overall-c-headings",
        C,
        overall(
            "Impression: well on citalopram.\nPlan: citalopram 20 mg continues through pregnancy and "
            "breastfeeding; midwife observes the baby for adaptation for 48 hours; GP mood review at 6 weeks."
        ),
        "overall Impression/Plan",
    ),
    (
        "hd-overall-p-homoglyph",
        P,
        overall(
            homoglyphs(
                "Plan: paracetamol raises no concern. Daniel's quetiapine makes him too drowsy at night to care "
                "for the baby: no co-sleeping with him and no night feeds by him; the crib is safe and the "
                "health visitor checks it again.",
                "aeo",
            )
        ),
        "a good headed overall with look-alike letters",
    ),
]
HOLLOW["headings"] += [
    (
        "hd-ctl-meth-impression-noted",
        M,
        meth("Impression: methadone noted.\nPlan: as per letter."),
        "headings over a dismissal and a pointer (MA103)",
    ),
    (
        "hd-ctl-cital-headings-only",
        C,
        cital("Summary: citalopram.\nPlan: see above.\nConclusion: as discussed."),
        "headings with nothing under them (MA103)",
    ),
    (
        "hd-ctl-quet-headings-report",
        P,
        quet("Dad: quetiapine reviewed.\nBaby: discussed.\nHV: informed."),
        "headings over reports (MA103)",
    ),
]

# ============================================================================================================
# dates-times

GOOD["dates-times"] += [
    (
        "dt-meth-slash-dates",
        M,
        meth(
            "Seen 02/03/26 at 14:00. Methadone 60 mg continues; next drug service review 16/03/26. The baby will "
            "stay on the postnatal ward for at least 72 hours with withdrawal scoring; breastfeeding supported; "
            "no co-sleeping while she is drowsy after her dose."
        ),
        "dd/mm/yy dates and a 24-hour time beside the plan",
    ),
    (
        "dt-sert-wc-date",
        M,
        sert(
            "Sertraline 100 mg continues to protect against relapse. PNMH review w/c 9th March. After birth the "
            "midwife watches the baby for jitteriness and fast breathing for 48 hours; breastfeeding is fine."
        ),
        "'w/c 9th March'",
    ),
    (
        "dt-lith-36-weeks-date",
        L,
        lith(
            "Lithium 800 mg continues. Levels every 4 weeks until 29th July (36/40), then weekly, and within 24 "
            "hours of delivery. Baby formula fed and reviewed by the paediatrician on day 1 for tone and thyroid."
        ),
        "an ordinal date beside a gestation",
    ),
    (
        "dt-valp-pm-time",
        V,
        valp(
            "Spoke to the on-call neurologist at 3pm on 20 May: valproate stays at 500 mg bd until she is seen on "
            "Friday 22nd; do not stop it suddenly. The baby has had first-trimester exposure, so fetal medicine "
            "will scan at 12 weeks (w/c 15th June). Folic acid 5 mg daily."
        ),
        "'3pm on 20 May', 'Friday 22nd', 'w/c 15th June'",
    ),
    (
        "dt-dzpg-day-8-date",
        F,
        dzpg(
            "Diazepam and pregabalin continue. Baby born 08/06/2026; late withdrawal is possible until day 8 "
            "(16 June), so the foster carer watches for it until then. The mother must not co-sleep or feed "
            "lying down during contact; night feeds by the foster carer."
        ),
        "a full date and a derived day-8 date",
    ),
    (
        "dt-quet-iso-date",
        P,
        quet(
            "Home visit 2026-05-26 10:30: crib in the parents' room, safe. Daniel's quetiapine at 22:00 sedates "
            "him, so he does no night feeds and never sleeps with the baby on a bed or sofa; Chloe does nights. "
            "HV to recheck on 2026-06-09."
        ),
        "ISO dates and 24-hour times",
    ),
    (
        "dt-cital-short-month",
        C,
        cital(
            "Citalopram 20 mg continues (reviewed 10 Feb). Stopping now risks relapse. Midwife observes the "
            "newborn for adaptation for 48 hrs after delivery (EDD 6 Apr); breastfeeding OK."
        ),
        "short month names and an EDD",
    ),
    (
        "dt-overall-m-times",
        M,
        overall(
            "Methadone and sertraline continue. Methadone is taken at 9am at the pharmacy, so she is drowsiest "
            "late morning: no co-sleeping or naps with the baby then or at night. Baby observed on the ward for "
            "72 hrs for withdrawal; breastfeeding supported. Pre-birth meeting booked for 30/03/26 at 10:00."
        ),
        "times of day that shape the safe-sleep plan",
    ),
    (
        "dt-overall-f-dates",
        F,
        overall(
            "Diazepam and pregabalin continue unchanged (reviewed 14.06.26). Both sedate: no co-sleeping and no "
            "feeding lying down; night feeds by the foster carer. Withdrawal watch until 16.06.26; HV visit "
            "booked 17.06.26."
        ),
        "dotted dates",
    ),
    (
        "dt-overall-v-dates",
        V,
        overall(
            "LMP 25/03/26, 8/40 today. Valproate continues unchanged pending neurology on 22/05; do not stop "
            "abruptly. The baby's exposure needs a fetal medicine scan at 12/40. Folic acid 5 mg started today."
        ),
        "LMP and gestation shorthand with dates",
    ),
]
HOLLOW["dates-times"] += [
    (
        "dt-ctl-meth-dates-only",
        M,
        meth("Seen 02/03/26 at 14:00. Methadone to be reviewed w/c 9th March."),
        "when she was seen and when it is reviewed: nothing decided (MA103)",
    ),
    (
        "dt-ctl-overall-v-dates-only",
        V,
        overall("Valproate: neurology appointment 22/05 at 3pm; scan w/c 15th June; decision then."),
        "appointments and a deferred decision (MA103)",
    ),
]

# ============================================================================================================
# doses

GOOD["doses"] += [
    (
        "do-meth-ml-od",
        M,
        meth(
            "Methadone 1 mg/ml, 60 ml (60 mg) od supervised, continues unchanged. Expect NAS: baby on the "
            "postnatal ward for 72 hrs min with scoring. Breastfeeding encouraged. No co-sleeping, as she is "
            "sedated for some hours post dose."
        ),
        "mg/ml, ml and od",
    ),
    (
        "do-sert-2x50",
        M,
        sert(
            "Sertraline 2x50mg od (100 mg) continues; do not reduce in the third trimester, as relapse risk is "
            "high. Baby may show transient jitteriness or tachypnoea; MW to observe for 48 h. BF compatible."
        ),
        "'2x50mg od' and h for hours",
    ),
    (
        "do-lith-mr-nocte",
        L,
        lith(
            "Priadel 400 mg MR tabs, 2 nocte (800 mg), continues. Target level 0.6-0.8 mmol/L; levels 4-weekly, "
            "weekly from 36/40, and 12 h post dose within 24 h of delivery. Baby: formula fed, paediatric review "
            "day 1 for hypotonia and TFTs."
        ),
        "MR, nocte, mmol/L and a level range",
    ),
    (
        "do-valp-bd-gr",
        V,
        valp(
            "Sodium valproate 500 mg GR bd continues, no abrupt stop (seizure risk). Baby exposed in T1: refer "
            "fetal medicine for detailed scan. Folic acid 5 mg od to 12/40 at least."
        ),
        "GR bd, T1, od",
    ),
    (
        "do-dzpg-tds-bd",
        F,
        dzpg(
            "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Combined they sedate heavily: no co-sleeping or "
            "lying-down feeds in contact; foster carer covers nights. Baby: late withdrawal watch to day 8. "
            "Diazepam to reduce by 2.5 mg every 2 weeks under the GP."
        ),
        "tds, bd and a reduction schedule",
    ),
    (
        "do-quet-300-nocte",
        P,
        quet(
            "Daniel: quetiapine 300 mg nocte (3x100mg), very sedating for 8-10 h. He must not bed- or sofa-share "
            "with the baby or do night feeds after his dose. Chloe does nights; baby in crib; HV to recheck."
        ),
        "nocte and a '3x100mg'",
    ),
    (
        "do-cital-20-od-prn",
        C,
        cital(
            "Citalopram 20 mg od continues. Paracetamol PRN is fine alongside. Risk of relapse if stopped is "
            "greater than the risk to the baby, who will be observed for adaptation signs for 48 h. BF supported."
        ),
        "od and PRN beside the decision",
    ),
    (
        "do-overall-m-doses",
        M,
        overall(
            "Methadone 60 mg od and sertraline 100 mg od both continue. Baby: NAS observation on the postnatal "
            "ward for 72 h min, breastfeeding supported. No co-sleeping (sedation post dose); cot seen by SW and "
            "HV before discharge."
        ),
        "overall with doses",
    ),
    (
        "do-overall-l-doses",
        L,
        overall(
            "Lithium (Priadel) 800 mg nocte continues; levels 4-weekly, weekly from 36/40 and within 24 h of "
            "birth. Baby: paediatric review day 1; formula feeding. PNMH review within 1 week of delivery."
        ),
        "overall lithium with doses",
    ),
    (
        "do-dzpg-shy-doses",
        F,
        dzpg(
            inside_words(
                "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Sedation means no co-sleeping and no feeds "
                "lying down; the foster carer does nights and watches the baby for withdrawal to day 8.",
                SHY,
                every=2,
            )
        ),
        "a good dosing conclusion with soft hyphens",
    ),
]
HOLLOW["doses"] += [
    (
        "do-ctl-meth-dose-line",
        M,
        meth("Methadone 1mg/ml oral solution 60 mg (60 ml) od, supervised consumption."),
        "the medicines list copied: what she takes, not what follows (MA103)",
    ),
    (
        "do-ctl-dzpg-doses-only",
        F,
        dzpg("Diazepam 5 mg tds. Pregabalin 150 mg bd. Doses noted."),
        "doses and a hedge (MA103/MA104)",
    ),
    (
        "do-ctl-overall-l-dose-pending",
        L,
        overall("Lithium (Priadel) 800 mg nocte; levels 0.6-0.8 mmol/L; plan pending PNMH."),
        "dose, a level and a deferral (MA103)",
    ),
]

# ============================================================================================================
# trade-abbrevs

GOOD["trade-abbrevs"] += [
    (
        "ab-meth-nows-scbu",
        M,
        meth(
            "G2P1, 29+2/40. Methadone 60 mg continues. Baby at risk of NOWS: 72 h obs on PNW with Finnegan "
            "scoring, to NNU if scores rise. BF encouraged. Safe sleep / SUDI advice given: no co-sleeping "
            "post dose; HV and SW to see cot."
        ),
        "G2P1, NOWS, PNW, NNU, BF, SUDI, HV, SW",
    ),
    (
        "ab-sert-pnmh-mw",
        M,
        sert(
            "Sertraline 100 mg to continue per PNMH, as relapse risk is high. MW to observe baby for PNAS "
            "(jittery, tachypnoea, poor feeding) for 48 h. BF OK."
        ),
        "PNMH, MW, PNAS, BF",
    ),
    (
        "ab-lith-mbu-tci",
        L,
        lith(
            "Lithium to continue (Priadel 800 mg). High risk of PP psychosis: MBU bed on standby, TCI if early "
            "signs. Levels as per PNMH schedule to 36/40 then weekly. Baby: paeds r/v day 1, TFTs; FF."
        ),
        "PP, MBU, TCI, PNMH, paeds r/v, TFTs, FF",
    ),
    (
        "ab-valp-ppp-fmu",
        V,
        valp(
            "Valproate in T1: baby at risk of MCMs and neurodevelopmental harm. Do not stop abruptly (SUDEP and "
            "seizure risk). Urgent neuro r/v, FMU referral for detailed USS at 12/40; folic acid 5 mg. PPP to be "
            "restarted post-delivery."
        ),
        "T1, MCMs, SUDEP, neuro r/v, FMU, USS, PPP",
    ),
    (
        "ab-dzpg-lac-cp",
        F,
        dzpg(
            "Baby LAC (ICO). Diazepam and pregabalin continue. Mum sedated: no co-sleeping or lying-down feeds in "
            "supervised contact; FC does nights. Late NAS possible to day 8: FC to watch and call HV/GP. CP plan "
            "holds this."
        ),
        "LAC, ICO, FC, NAS, HV/GP, CP",
    ),
    (
        "ab-quet-hv-sudi",
        P,
        quet(
            "FOB on quetiapine 300 mg nocte: heavily sedated. SUDI risk if he co-sleeps, so no bed/sofa sharing "
            "with baby and no night feeds by him. Mum does nights; Moses basket seen; HV to r/v at NBV+2."
        ),
        "FOB, SUDI, HV, r/v",
    ),
    (
        "ab-cital-pnas-edd",
        C,
        cital(
            "32+1/40, EDD 06/04. Citalopram 20 mg continue; risk of relapse > risk to baby. MW obs for PNAS for "
            "48 h post delivery. BF supported. GP r/v mood at 6/52."
        ),
        "32+1/40, EDD, PNAS, MW, BF, 6/52",
    ),
    (
        "ab-overall-m-cin",
        M,
        overall(
            "CIN plan in place. Methadone and sertraline continue. Baby: NAS obs on PNW 72 h min; BF supported. "
            "No co-sleeping (methadone sedation); SW and HV to check cot pre-discharge. PLO not indicated."
        ),
        "CIN, NAS, PNW, BF, SW, HV, PLO",
    ),
    (
        "ab-overall-f-lac",
        F,
        overall(
            "Baby LAC. Diazepam and pregabalin continue. Sedation: no co-sleeping, no lying-down feeds, FC does "
            "all nights. Late withdrawal watch to day 8. FC, HV and SW all hold this plan."
        ),
        "LAC, FC, HV, SW in an overall",
    ),
    (
        "ab-overall-c-abbrev",
        C,
        overall(
            "Citalopram 20 mg od to continue through pregnancy and BF. MW to obs baby for PNAS 48 h. GP mood r/v "
            "6/52 PN. HV added as recipient 12/02."
        ),
        "BF, MW, PNAS, r/v, 6/52 PN",
    ),
]
HOLLOW["trade-abbrevs"] += [
    (
        "ab-ctl-meth-abbrev-pointers",
        M,
        meth("G2P1 29+2/40. Methadone: as per DAAT. NAS: per paeds. SW aware."),
        "abbreviations around pointers (MA103)",
    ),
    (
        "ab-ctl-lith-abbrev-deferral",
        L,
        lith("Lithium: PNMH to decide. MBU tbc. Paeds r/v tbc."),
        "abbreviations around deferrals (MA103)",
    ),
]

# ============================================================================================================
# quotes

GOOD["quotes"] += [
    (
        "qu-meth-she-said-scared",
        M,
        meth(
            "She said \"I'm scared they'll take him to special care\". I explained that most babies on methadone "
            "are watched on the postnatal ward with her; he stays at least 72 hours for withdrawal scoring. "
            "Methadone 60 mg continues, breastfeeding is encouraged, and he sleeps in his own cot, not her bed."
        ),
        "her fear quoted, then the explanation and plan",
    ),
    (
        "qu-sert-her-words",
        M,
        sert(
            "In her words, 'sertraline is what keeps me going'. It continues at 100 mg: a relapse would harm her "
            "and the baby. The midwife will check the baby for jitteriness and feeding for 48 hours; "
            "breastfeeding is fine."
        ),
        "'in her words' beside the decision",
    ),
    (
        "qu-lith-single-quotes",
        L,
        lith(
            "Rebecca said 'I'm not risking 2019 again'. Lithium continues at 800 mg with levels monthly, weekly "
            "from 36 weeks and within 24 hours of birth. The baby will be bottle fed and seen by the "
            "paediatrician on the first day."
        ),
        "a quote from the mother, then the plan",
    ),
    (
        "qu-valp-quote-question",
        V,
        valp(
            'She asked "has it already hurt the baby?". I told her the exposure in the first weeks does raise '
            "the risk of malformations, which is why fetal medicine will scan her early. Valproate continues "
            "until neurology review this week: she must not stop it, because of seizures. Folic acid 5 mg daily."
        ),
        "a quoted question, then the honest answer and plan",
    ),
    (
        "qu-dzpg-quote",
        F,
        dzpg(
            'Kayleigh said: "I just want to hold her without falling asleep." Diazepam and pregabalin continue; '
            "they make her drowsy, so she holds the baby sitting up with the foster carer present and never lies "
            "down with her. Night feeds by the foster carer; watch for withdrawal until day 8."
        ),
        "a quote with a colon, then the plan",
    ),
    (
        "qu-quet-dad-quote",
        P,
        quet(
            "Daniel told me 'once I've taken it, I'm out cold till seven'. So he does no night feeds and never "
            "sleeps with the baby on a bed or sofa after his quetiapine; Chloe does the nights and the baby sleeps "
            "in the crib. The health visitor will check again."
        ),
        "the father's own words as the reason",
    ),
    (
        "qu-cital-quote-agrees",
        C,
        cital(
            'Megan: "I\'d rather stay on it than go back to how I was." Agreed: citalopram 20 mg continues. The '
            "midwife observes the baby for adaptation signs for 48 hours; breastfeeding is supported."
        ),
        "a quoted preference, then the decision",
    ),
    (
        "qu-overall-m-quote",
        M,
        overall(
            'Jodie said "I want to breastfeed if I\'m allowed": she is. Methadone and sertraline continue. The '
            "baby stays on the postnatal ward for at least 72 hours for withdrawal observation; no co-sleeping, "
            "and the health visitor and social worker check the cot before discharge."
        ),
        "a quote answered in the overall",
    ),
    (
        "qu-overall-p-quote",
        P,
        overall(
            "Chloe said 'he sleeps like a log on those tablets'. Daniel's quetiapine: no co-sleeping with him and "
            "no night feeds by him. Her paracetamol is no concern. Crib seen and safe; the health visitor keeps "
            "checking."
        ),
        "the mother's quote about the father, then the plan",
    ),
    (
        "qu-lith-curly-quotes",
        L,
        lith(
            "\u201cI don\u2019t want to breastfeed anyway,\u201d she said. Lithium (Priadel 800 mg) continues; "
            "the baby is formula fed and checked by the paediatrician within 24 hours of birth; levels as planned."
        ),
        "curly quotes opening the conclusion",
    ),
]
HOLLOW["quotes"] += [
    (
        "qu-ctl-meth-quote-only",
        M,
        meth('She said "methadone is fine, the baby will be fine, I don\'t want any changes to anything".'),
        "only the mother's words: the clinician states nothing (MA103)",
    ),
    (
        "qu-ctl-sert-quote-deferral",
        M,
        sert("In her words, 'I'll see how I feel about sertraline'. To be discussed at the next visit."),
        "a quote and a deferral (MA103)",
    ),
    (
        "qu-ctl-overall-c-quote",
        C,
        overall("Megan said 'citalopram is helping me and I want the baby to be safe'. Noted."),
        "a quote and 'noted' (MA103)",
    ),
]

# ============================================================================================================
# voice

GOOD["voice"] += [
    (
        "vo-meth-i-have-advised",
        M,
        meth(
            "I have advised Jodie to keep taking methadone 60 mg daily. I have told her the baby will stay on the "
            "ward for at least three days so the midwives can score him for withdrawal, that breastfeeding helps "
            "him, and that he must not sleep in her bed."
        ),
        "first person singular, 'I have advised ... told her'",
    ),
    (
        "vo-sert-we-agreed",
        M,
        sert(
            "We agreed sertraline stays at 100 mg; she and I both think a relapse is the bigger danger. We also "
            "agreed the midwife will look for jitteriness and feeding problems in the baby for two days, and she "
            "will breastfeed."
        ),
        "'we agreed' twice",
    ),
    (
        "vo-lith-third-person-writer",
        L,
        lith(
            "The writer recommends that lithium continues at 800 mg with levels as scheduled. The paediatrician "
            "is asked to see the baby within 24 hours of birth; the baby will be formula fed."
        ),
        "the writer in the third person",
    ),
    (
        "vo-valp-i-will",
        V,
        valp(
            "I will phone neurology again tomorrow if she has no appointment by then. Until she is seen, "
            "valproate continues unchanged; I have told her not to stop it because of seizures. The baby has "
            "been exposed in early pregnancy and I have referred her for a fetal medicine scan; folic acid 5 mg "
            "started."
        ),
        "first-person follow-up beside the plan",
    ),
    (
        "vo-dzpg-we-have-asked",
        F,
        dzpg(
            "We have asked the foster carer to do every night feed and to stay in the room during contact, "
            "because diazepam and pregabalin leave Kayleigh drowsy; she must not co-sleep or feed lying down. "
            "Both medicines continue. We have asked her to watch the baby for withdrawal until day 8."
        ),
        "'we have asked' as instructions",
    ),
    (
        "vo-quet-you-letter",
        P,
        quet(
            "Dear colleague, please note that Daniel's quetiapine makes him deeply sedated at night. He must not "
            "share a bed or sofa with the baby, or do night feeds after his dose. Chloe does the nights, and the "
            "baby sleeps in the crib; please keep checking this at your visits."
        ),
        "a letter's second person",
    ),
    (
        "vo-cital-passive",
        C,
        cital(
            "It is recommended that citalopram is continued, as relapse is likely without it. The baby should be "
            "observed by the midwife for adaptation signs for 48 hours after birth; breastfeeding is supported."
        ),
        "impersonal passive recommendations",
    ),
    (
        "vo-overall-m-we",
        M,
        overall(
            "We have agreed with Jodie that methadone and sertraline continue. We will keep the baby on the "
            "postnatal ward for at least 72 hours for withdrawal scoring and support breastfeeding. We have "
            "asked the health visitor and social worker to check the cot; no co-sleeping."
        ),
        "an overall in 'we'",
    ),
    (
        "vo-overall-v-i",
        V,
        overall(
            "I have kept valproate unchanged until neurology review and told Hannah not to stop it abruptly. I "
            "have referred her to fetal medicine because of the baby's early exposure and started folic acid 5 "
            "mg. The risk acknowledgement form is recorded."
        ),
        "an overall in 'I'",
    ),
    (
        "vo-overall-l-she-will",
        L,
        overall(
            "She will continue lithium (Priadel) 800 mg at night and will have levels monthly, weekly from 36 "
            "weeks and within 24 hours of birth. The baby will be reviewed by a paediatrician and bottle fed. "
            "PNMH will see her within a week of the birth."
        ),
        "third person 'she will'",
    ),
]
HOLLOW["voice"] += [
    (
        "vo-ctl-meth-i-have-discussed",
        M,
        meth("I have discussed methadone with Jodie and we have gone through everything in detail."),
        "a first-person account only (MA103)",
    ),
    (
        "vo-ctl-quet-we-will-consider",
        P,
        quet("We will consider Daniel's quetiapine further and I will let you know in due course."),
        "first-person deferral (MA103)",
    ),
    (
        "vo-ctl-overall-v-writer",
        V,
        overall("The writer has reviewed valproate and the writer's views have been shared with neurology."),
        "third-person account only (MA103)",
    ),
]

# ============================================================================================================
# not-then-is

GOOD["not-then-is"] += [
    (
        "ni-meth-not-teratogen",
        M,
        meth(
            "Methadone is not linked to birth defects, so the scans are routine. What matters is withdrawal: the "
            "baby stays on the ward for at least 72 hours for scoring. Methadone 60 mg continues, breastfeeding "
            "is encouraged, and no co-sleeping because of sedation after each dose."
        ),
        "what is not a concern and why, then what is",
    ),
    (
        "ni-sert-bf-not-issue",
        M,
        sert(
            "Breastfeeding is not a concern on sertraline: very little reaches the milk. The concern is relapse "
            "if it stops, so 100 mg continues, and the baby is watched for adaptation signs for 48 hours."
        ),
        "breastfeeding cleared with a reason, then relapse and adaptation",
    ),
    (
        "ni-lith-not-withdrawal",
        L,
        lith(
            "Withdrawal in the baby is not expected with lithium. The concerns are toxicity and feeding: the baby "
            "is checked by the paediatrician within 24 hours for floppiness and thyroid function and is formula "
            "fed. Lithium 800 mg continues with levels weekly from 36 weeks."
        ),
        "withdrawal cleared, then the real concerns",
    ),
    (
        "ni-valp-not-bf",
        V,
        valp(
            "Breastfeeding on valproate is not the worry now. The worry is the baby's exposure in the first "
            "trimester: early fetal medicine scan, and valproate continues until neurology see her, because "
            "stopping it suddenly risks seizures. Folic acid 5 mg daily."
        ),
        "the later question set aside, then the present risk",
    ),
    (
        "ni-dzpg-not-feeding",
        F,
        dzpg(
            "Feeding is not an issue: the baby is bottle fed by the foster carer. Sedation is: diazepam and "
            "pregabalin together make Kayleigh drowsy, so no co-sleeping or lying-down feeds in contact. Both "
            "continue; watch for withdrawal until day 8."
        ),
        "feeding cleared, then sedation",
    ),
    (
        "ni-quet-not-mothers",
        P,
        quet(
            "Chloe's medicines are not a concern. Daniel's quetiapine is: it sedates him deeply at night, so he "
            "must not share a bed or sofa with the baby or do night feeds after his dose. The crib is used for "
            "all sleeps; the health visitor will check."
        ),
        "the mother's medicines cleared, then the father's",
    ),
    (
        "ni-cital-not-malformation",
        C,
        cital(
            "Citalopram does not raise the risk of malformations to a degree that would change the plan. The "
            "issue is neonatal adaptation, so the midwife watches the baby for 48 hours. Citalopram continues to "
            "prevent relapse; breastfeeding is supported."
        ),
        "malformation cleared, then adaptation",
    ),
    (
        "ni-overall-p-paracetamol",
        P,
        overall(
            "Paracetamol is not a concern: it does not sedate and is safe with breastfeeding. Daniel's quetiapine "
            "is: no co-sleeping with him on any surface and no night feeds by him after his dose. Crib seen; the "
            "health visitor keeps checking."
        ),
        "overall: paracetamol cleared with a reason, then quetiapine",
    ),
    (
        "ni-overall-m-not-scbu",
        M,
        overall(
            "SCBU is not planned as a first step: the baby stays with Jodie on the postnatal ward for 72 hours of "
            "withdrawal scoring. Methadone and sertraline continue; breastfeeding is supported; no co-sleeping, "
            "and the cot is checked before discharge."
        ),
        "overall: what is not planned, then what is",
    ),
    (
        "ni-overall-l-not-stop",
        L,
        overall(
            "Stopping lithium is not advised: her relapse risk after birth is high. Priadel 800 mg continues with "
            "levels; the baby is reviewed by the paediatrician after birth and formula fed; PNMH review in week 1."
        ),
        "overall: what is not advised and why",
    ),
]
HOLLOW["not-then-is"] += [
    (
        "ni-ctl-sert-not-only",
        M,
        sert("Sertraline is not a concern. No issues for the baby. Nothing further of note."),
        "dismissals only, no reason (MA103/MA123)",
    ),
    (
        "ni-ctl-meth-not-then-pointer",
        M,
        meth("Methadone is not a concern for malformations. Everything else: see drug service letter."),
        "one thing cleared, the rest pointed elsewhere; withdrawal unanswered (MA103/MA122)",
    ),
    (
        "ni-ctl-overall-p-not-only",
        P,
        overall("Paracetamol: no concerns. Quetiapine: no concerns. Nothing to add."),
        "overall dismissals (MA103/MA123)",
    ),
]

# ============================================================================================================
# disagreement

GOOD["disagreement"] += [
    (
        "dg-meth-wants-reduce",
        M,
        meth(
            "Jodie wants to cut her methadone to 40 mg before the birth to spare the baby withdrawal. I have "
            "advised against it: reducing now risks relapse to heroin, which is worse for the baby. Methadone "
            "stays at 60 mg; the baby is observed for 72 hours; breastfeeding supported; no co-sleeping."
        ),
        "her wish recorded, the advice and the plan anyway",
    ),
    (
        "dg-sert-disagrees-obs",
        M,
        sert(
            "She does not agree that the baby needs watching and says he 'will be fine'. The plan stands: the "
            "midwife checks him for adaptation signs for 48 hours. Sertraline 100 mg continues to prevent relapse; "
            "breastfeeding is fine."
        ),
        "she disagrees; the observation goes ahead",
    ),
    (
        "dg-lith-wants-breastfeed",
        L,
        lith(
            "Rebecca would like to breastfeed and is unhappy with the advice. Breastfeeding on lithium is not "
            "advised, as the baby could build up toxic levels; formula feeding is the plan. Lithium 800 mg "
            "continues with levels; paediatric review of the baby at birth."
        ),
        "her wish to breastfeed recorded, the advice stands",
    ),
    (
        "dg-valp-wants-stop",
        V,
        valp(
            "Hannah wants to stop valproate today because of the baby. She understands my advice but disagrees. "
            "I have advised her strongly not to stop abruptly (seizures risk her and the pregnancy) and have "
            "arranged neurology this week; fetal medicine scan requested for the baby; folic acid 5 mg."
        ),
        "disagreement recorded with the safety advice",
    ),
    (
        "dg-dzpg-disputes-nights",
        F,
        dzpg(
            "Kayleigh disputes that she is too drowsy for night care. The plan is unchanged: diazepam and "
            "pregabalin continue, the foster carer does all night feeds, and she must not co-sleep or feed lying "
            "down; the baby is watched for withdrawal until day 8."
        ),
        "she disputes, the plan is unchanged",
    ),
    (
        "dg-quet-dad-objects",
        P,
        quet(
            "Daniel objects to being left out of night feeds. Because his quetiapine sedates him heavily, the "
            "advice stands: no night feeds or bed or sofa sharing with the baby after his dose; he can do the "
            "evening feed before it. Chloe does nights; HV to revisit."
        ),
        "the father objects; the plan stands with an alternative",
    ),
    (
        "dg-cital-wants-stop-birth",
        C,
        cital(
            "Megan wants to stop citalopram at 36 weeks so the baby 'isn't born on it'. Our advice is to continue "
            "20 mg: relapse risk is high and adaptation signs are usually mild; the midwife watches the baby for "
            "48 hours. She will think it over; we will support whatever she decides, with PNMH if she stops. "
            "Breastfeeding supported."
        ),
        "disagreement left open by her, with the advice and plan given",
    ),
    (
        "dg-overall-m-disagree",
        M,
        overall(
            "Jodie disagrees with the 72-hour stay. Methadone and sertraline continue, and the baby still stays "
            "on the postnatal ward for at least 72 hours for withdrawal scoring; breastfeeding supported; no "
            "co-sleeping; cot checked by the HV and SW before discharge."
        ),
        "overall: her disagreement and the plan anyway",
    ),
    (
        "dg-overall-f-disagree",
        F,
        overall(
            "Kayleigh does not accept the night-care plan. Diazepam and pregabalin continue; because both "
            "sedate, the foster carer does all night feeds and the mother does not co-sleep or feed lying down; "
            "withdrawal watch until day 8. The social worker will go through this with her again."
        ),
        "overall: non-acceptance, plan held",
    ),
    (
        "dg-overall-v-homoglyph",
        V,
        overall(
            homoglyphs(
                "Hannah disagrees and wants to stop valproate now. Advice: continue valproate unchanged until "
                "urgent neurology review, as stopping abruptly risks seizures; fetal medicine review for the "
                "baby's exposure; folic acid 5 mg started.",
                "aceo",
            )
        ),
        "disagreement overall with look-alike letters",
    ),
]
HOLLOW["disagreement"] += [
    (
        "dg-ctl-meth-disagree-deferred",
        M,
        meth("Jodie disagrees with the methadone plan. Decision deferred to the pre-birth meeting."),
        "disagreement and a hand-off (MA103)",
    ),
    (
        "dg-ctl-lith-disagree-noted",
        L,
        lith("Rebecca is unhappy with the lithium advice. Her views are noted and respected."),
        "disagreement recorded, nothing decided (MA103)",
    ),
    (
        "dg-ctl-overall-f-disagree-tbc",
        F,
        overall("Kayleigh disagrees with the diazepam and pregabalin plan. Plan tbc."),
        "disagreement and 'tbc' (MA103)",
    ),
]

for _category in CATEGORIES:
    for _n, _b, _m, _w in GOOD[_category]:
        add(_n, _category, PASS, _b, _m, _w)
    for _n, _b, _m, _w in HOLLOW[_category]:
        add(_n, _category, REFUSE, _b, _m, _w)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F40CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:22} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F40CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F40CASES),
        "total",
        len(F40CASES),
    )
