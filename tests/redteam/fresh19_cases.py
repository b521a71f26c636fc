"""A nineteenth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, third round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. Most cases are good conclusions a busy UK GP, midwife or perinatal
psychiatrist would really write, in every style: terse but complete, long narrative, bullets and SOAP, dictated
run-ons without punctuation, shorthand (NAS, SCBU, HV, MW, r/v, 36/40, tds, nocte, PRN, BF, NNU, PNMH, CP plan),
brand names as written, quotations of what the mother said, questions answered, conditional plans with a
default, pointers beside substance, "no concerns" with its reason, instructions that use "see", "refer",
"review", "await" or "pending" without deferring, negations ("not sedated", "no withdrawal signs"), and a
partner's medicine well assessed. Beside them, controls: the near miss of a pass case with the substance taken
out (a pointer alone, a dismissal without reason, an account of the consultation, headings with nothing under
them, a quotation alone, a condition with no default) that the gate must refuse.

Where a case adds a medicine (category "classes"), the one mutation is "this medicine, with its assessment": the
medicine, a complete assessment answering every concern in its items, and the overall conclusion that names
it. Medicines named here are real (brands from mappings/brand-names.csv); no clinical code is invented (the
added medicines are uncoded, which only warns, MA118). ``test_fresh_records.py`` runs them; the cases the gate
gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh19_cases`` for the counts
per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    MILLBROOK,
    PASS,
    PRITCHARD,
    REFUSE,
    RIVERSIDE,
    SHAH,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    Record,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words, swap_dashes, swap_spaces

F19CASES: list[Case] = []

CATEGORIES = (
    "terse",
    "narrative",
    "bullets-soap",
    "shorthand",
    "pointers",
    "negation",
    "questions-quotes",
    "conditional",
    "partner",
    "classes",
    "templates",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F19CASES.append(Case(f"f19-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"


# ============================================================================================================
# terse: short, complete conclusions.

T = "terse"
ok(
    "meth-four-clauses",
    T,
    M,
    concl(
        METH,
        (
            "Methadone 60 mg daily unchanged. Baby: withdrawal scoring on the ward for at least 72 h. Breastfeed. Never "
            "co-sleep after a dose."
        ),
    ),
    "four short clauses, each a decision",
)
ok(
    "sert-two-clauses",
    T,
    M,
    concl(
        SERT,
        ("Sertraline 100 mg stays: stopping risks relapse. Baby checked for adaptation signs for 48 h after birth."),
    ),
    "terse: the decision, its reason, the baby's check",
)
ok(
    "lith-terse",
    T,
    L,
    concl(
        LITH,
        (
            "Lithium continues, levels monthly then weekly from 36 weeks. Baby: paediatric check at birth and ward "
            "observation for floppiness. Bottle feed."
        ),
    ),
    "terse lithium plan",
)
ok(
    "valp-terse",
    T,
    V,
    concl(
        VALP,
        (
            "Keep valproate going, never stop suddenly. Baby at raised risk of malformation: fetal medicine and anomaly "
            "scan booked urgently."
        ),
    ),
    "terse valproate plan",
)
ok(
    "dzpg-terse",
    T,
    F,
    concl(
        DZPG,
        (
            "Diazepam and pregabalin unchanged for now. Mum sedated: no co-sleeping, carer does night feeds. Baby watched "
            "for late withdrawal to day 8."
        ),
    ),
    "terse joint conclusion naming both",
)
ok(
    "quet-terse",
    T,
    P,
    concl(
        QUET,
        (
            "Father's quetiapine sedates him at night: he never shares a bed or sofa with the baby and does no night "
            "feeds. Crib by mum; HV checks."
        ),
    ),
    "terse partner conclusion",
)
ok(
    "cita-terse",
    T,
    C,
    concl(
        CITA,
        ("Continue citalopram 20 mg. Baby: MW watches for jitteriness and poor feeding for 48 h. Breastfeeding fine."),
    ),
    "terse citalopram plan",
)
ok(
    "overall-meth-sert-terse",
    T,
    M,
    overall(
        "Methadone and sertraline continue. Baby: 72 h withdrawal and adaptation watch on the ward; breastfeed; cot "
        "only, no co-sleeping."
    ),
    "terse overall naming both",
)
bad(
    "meth-dose-only",
    T,
    M,
    concl(METH, "Methadone 60 mg daily."),
    "near miss of meth-four-clauses: only the dose line left (MA104)",
)
bad(
    "cita-continue-only",
    T,
    C,
    concl(CITA, "Continue citalopram 20 mg."),
    "near miss of cita-terse: nothing about the baby (MA104/MA124)",
)
bad(
    "overall-both-continue-only",
    T,
    M,
    overall("Methadone and sertraline continue."),
    "near miss of overall-meth-sert-terse: nothing for the baby (MA104/MA124)",
)


# ============================================================================================================
# narrative: long, conversational conclusions with the plan inside.

NA = "narrative"
ok(
    "meth-long-narrative",
    NA,
    M,
    concl(
        METH,
        (
            "Having gone through this with her at length, I think methadone at 60 mg should stay exactly as it is for the "
            "rest of the pregnancy. She has been stable for months and a reduction now would risk a return to street "
            "heroin, which would be far more dangerous for the baby than the methadone. The baby will probably show some "
            "withdrawal from the second or third day, so the plan is at least three days on the postnatal ward with "
            "withdrawal scoring, then the health visitor looking out for late signs up to day 8. She wants to breastfeed "
            "and we support that. Because she is drowsy for a few hours after each dose, the baby must always sleep in "
            "the cot, never in her bed or on the sofa."
        ),
    ),
    "a long narrative with every decision inside",
)
ok(
    "lith-long-narrative",
    NA,
    L,
    concl(
        LITH,
        (
            "We talked through the options again today. Her last relapse, before lithium, was severe, and the weeks after "
            "the birth are the riskiest time, so lithium stays at 800 mg at night. Her levels are checked monthly, weekly "
            "from 36 weeks and within a day of delivery, and she knows to drink plenty in labour. For the baby, the heart "
            "scan was reassuring; after birth a paediatrician will examine the baby and the ward will watch for "
            "floppiness, poor feeding and sleepiness. She has chosen to bottle feed, which is right on lithium."
        ),
    ),
    "a long narrative lithium conclusion",
)
ok(
    "valp-long-narrative",
    NA,
    V,
    concl(
        VALP,
        (
            "This pregnancy was not planned and she has taken valproate throughout the first eight weeks. She is "
            "understandably anxious. Stopping valproate suddenly could bring back her seizures, which would endanger her "
            "and the pregnancy, so she carries on at 500 mg twice a day until the epilepsy team see her urgently. The "
            "baby's risk of a major malformation is about one in ten, so the antenatal clinic will arrange an early "
            "fetal medicine review and a detailed anomaly scan; folic acid 5 mg started today."
        ),
    ),
    "a narrative that starts with history and then decides",
)
ok(
    "dzpg-long-narrative",
    NA,
    F,
    concl(
        DZPG,
        (
            "Mum is doing her best in the placement and cares for the baby well in the daytime, but diazepam and "
            "pregabalin together leave her drowsy after each dose and at night. Both continue at the same doses for now, "
            "and at six weeks we will start slowly cutting the diazepam. Until then she must not sleep with the baby on a "
            "bed, sofa or chair or feed lying down, and the foster carer does the night feeds. The baby had mild "
            "withdrawal on day 3; the carer and health visitor watch for late signs until day 8."
        ),
    ),
    "a narrative joint conclusion naming both",
)
ok(
    "overall-f-narrative",
    NA,
    F,
    overall(
        "Diazepam and pregabalin stay as they are while she settles into the placement. What matters most for the "
        "baby is her sleepiness: the baby sleeps in a cot in the foster carer's room, never with mum on a bed, sofa "
        "or armchair, and the foster carer does the night feeds. Late withdrawal signs are still possible until day 8. "
        "The foster carer, health visitor and social worker each have this plan."
    ),
    "a narrative overall",
)
bad(
    "meth-narrative-account-only",
    NA,
    M,
    concl(
        METH,
        (
            "Having gone through methadone with her at length, we covered the baby, withdrawal, breastfeeding and "
            "sleeping arrangements, and she asked sensible questions about each. She was grateful for the time."
        ),
    ),
    "near miss of meth-long-narrative: an account of the talk, nothing decided (MA103)",
)
bad(
    "lith-narrative-account-only",
    NA,
    L,
    concl(
        LITH,
        (
            "We talked through the options again today, including lithium levels, the heart scan, the baby after birth "
            "and feeding choices. She had read the leaflets and her partner joined by phone."
        ),
    ),
    "near miss of lith-long-narrative: what was talked about, not what follows (MA103)",
)


# ============================================================================================================
# bullets-soap: bullets, SOAP notes and dictated run-ons.

BS = "bullets-soap"
ok(
    "meth-bullets",
    BS,
    M,
    concl(
        METH,
        (
            "\u2022 Methadone 60 mg OD: continue, no change before delivery\n"
            "\u2022 Baby: NAS scoring for at least 72 h on the postnatal ward; HV watches for late signs to day 8\n"
            "\u2022 Feeding: breastfeeding encouraged\n"
            "\u2022 Sleep: no bed or sofa sharing after a dose; HV checks the cot at the first visit"
        ),
    ),
    "bullet points, each a decision",
)
ok(
    "dzpg-dash-list",
    BS,
    F,
    concl(
        DZPG,
        (
            "- diazepam 5 mg tds and pregabalin 150 mg bd continue; slow diazepam taper from the 6-week review\n"
            "- sedation: no co-sleeping, no feeding lying down; foster carer does nights\n"
            "- baby: late withdrawal signs possible to day 8; carer and HV to call the NNU for tremor or poor feeding"
        ),
    ),
    "a dash list, lower case",
)
ok(
    "sert-soap",
    BS,
    M,
    concl(
        SERT,
        (
            "S: feels well and wants to stay on it. O: mood stable, PHQ-9 of 4. A: sertraline 100 mg is working and "
            "stopping risks relapse; small adaptation risk for the baby. P: continue sertraline; midwife to watch the "
            "baby for jitteriness and poor feeding for 48 h; breastfeeding fine."
        ),
    ),
    "SOAP, the plan in P",
)
ok(
    "lith-soap",
    BS,
    L,
    concl(
        LITH,
        (
            "S: well, no early warning signs. O: level 0.6 mmol/L last month. A: lithium should continue, relapse risk "
            "after birth is high. P: levels monthly, weekly from 36/40 and within 24 h of delivery; paediatric review of "
            "the baby after birth; bottle feeding; PNMH to see her in the first week."
        ),
    ),
    "SOAP lithium",
)
ok(
    "lith-dictated-run-on",
    BS,
    L,
    concl(
        LITH,
        (
            "lithium to continue at 800 mg at night levels monthly then weekly from 36 weeks and within 24 hours of "
            "delivery baby to have a paediatric review after birth and be watched on the ward for floppiness and poor "
            "feeding she is bottle feeding as breastfeeding is not advised perinatal team to see her within a week"
        ),
    ),
    "a dictated run-on with no punctuation",
)
ok(
    "cita-dictated-run-on",
    BS,
    C,
    concl(
        CITA,
        (
            "continue citalopram twenty milligrams she relapsed last time she stopped so it stays midwife to keep an eye "
            "on the baby for the first two days for jitteriness poor feeding or fast breathing and breastfeeding is fine "
            "on it"
        ),
    ),
    "dictated, numbers in words",
)
ok(
    "overall-m-bullets",
    BS,
    M,
    overall(
        "1. Methadone 60 mg and sertraline 100 mg both continue unchanged.\n"
        "2. Baby: withdrawal and adaptation observation on the postnatal ward for at least 72 hours.\n"
        "3. Breastfeeding supported.\n"
        "4. No co-sleeping after methadone doses; HV and social worker see the sleeping arrangements before "
        "discharge."
    ),
    "a numbered overall",
)
bad(
    "meth-bullet-headings-only",
    BS,
    M,
    concl(METH, ("\u2022 Methadone\n\u2022 Baby\n\u2022 Feeding\n\u2022 Sleep")),
    "near miss of meth-bullets: the headings with nothing under them (MA104)",
)
bad(
    "sert-soap-plan-as-discussed",
    BS,
    M,
    concl(SERT, ("S: feels well. O: mood stable. A: sertraline reviewed. P: as discussed.")),
    "near miss of sert-soap: the plan is 'as discussed' (MA103)",
)
bad(
    "lith-dictated-topics-only",
    BS,
    L,
    concl(LITH, ("lithium levels baby paediatric review feeding perinatal team")),
    "near miss of lith-dictated-run-on: topic words strung together, nothing stated (MA103/MA113)",
)


# ============================================================================================================
# shorthand: the abbreviations clinicians write.

SH = "shorthand"
ok(
    "meth-shorthand",
    SH,
    M,
    concl(
        METH,
        (
            "Methadone 60mg OD cont. NAS risk \u2192 72h PNW obs, SCBU aware; HV late signs to D8. BF encouraged. No "
            "co-sleeping post-dose; MW/HV cot check."
        ),
    ),
    "shorthand methadone",
)
ok(
    "lith-shorthand",
    SH,
    L,
    concl(
        LITH,
        (
            "Lithium 800mg nocte cont (Priadel). Levels 4-wkly, wkly from 36/40, <24h post delivery. Paeds r/v at birth, "
            "PNW obs for floppiness/poor feeding. Bottle feeding, BF not advised. PNMH r/v within 1/52 PN."
        ),
    ),
    "shorthand lithium with the brand",
)
ok(
    "dzpg-shorthand",
    SH,
    F,
    concl(
        DZPG,
        (
            "Diazepam 5mg tds + pregabalin 150mg bd cont. Sedated post-dose \u2192 no co-sleeping, no feeding lying "
            "down; FC does nights. Baby: late w/drawal watch to D8 (FC/HV), NNU if tremor/poor feeds. Diazepam wean "
            "from 6/52 r/v."
        ),
    ),
    "shorthand joint",
)
ok(
    "cita-shorthand",
    SH,
    C,
    concl(
        CITA,
        (
            "Citalopram 20mg OD cont - relapse on stopping before. MW obs baby 48h for adaptation (jittery, poor feeds, "
            "tachypnoea); paeds r/v if persists. BF OK. GP mood r/v at 6/52."
        ),
    ),
    "shorthand citalopram",
)
ok(
    "quet-shorthand",
    SH,
    P,
    concl(
        QUET,
        (
            "Dad on quetiapine 300mg nocte - v. drowsy for hrs post dose. No bed/sofa sharing w/ baby, no night feeds by "
            "him. Mum does nights, baby in side-crib. HV to check sleep set-up each visit to 8/52."
        ),
    ),
    "shorthand partner",
)
ok(
    "overall-f-cp-plan",
    SH,
    F,
    overall(
        "Diazepam + pregabalin cont for now. ICO in place, CP plan shared. Main risk = maternal sedation: no "
        "co-sleeping, no feeding lying down, FC does night feeds. Late NAS signs poss to D8; FC/HV/SW all hold this "
        "plan."
    ),
    "shorthand overall with ICO and CP plan",
)
ok(
    "valp-shorthand",
    SH,
    V,
    concl(
        VALP,
        (
            "Valproate 500mg bd cont - do NOT stop abruptly (seizure risk). 8/40, 1st trimester exposure: ~10% major "
            "malformation, NTD risk. Urgent neuro + FMU r/v, detailed anomaly USS. Folic acid 5mg started."
        ),
    ),
    "shorthand valproate",
)
bad(
    "lith-abbreviations-only",
    SH,
    L,
    concl(LITH, "Lithium: PNMH, paeds, PNW, BF, 36/40."),
    "near miss of lith-shorthand: the abbreviations listed, nothing decided (MA103/MA104)",
)
bad(
    "meth-shorthand-tbc",
    SH,
    M,
    concl(METH, "Methadone: NAS plan tbc, BF tbc, sleep tbc."),
    "near miss of meth-shorthand: every point 'tbc' (MA103)",
)


# ============================================================================================================
# pointers: a pointer beside substance, and instructions with 'see', 'refer', 'review', 'await', 'pending'.

PT = "pointers"
ok(
    "meth-see-also-then-plan",
    PT,
    M,
    concl(
        METH,
        (
            "See also the drug service's letter of 1 March. In short: methadone 60 mg continues unchanged, the baby has at "
            "least 72 hours of withdrawal observation, breastfeeding is encouraged, and she must never co-sleep after a "
            "dose."
        ),
    ),
    "a pointer, then the whole plan",
)
ok(
    "valp-plan-then-see-also",
    PT,
    V,
    concl(
        VALP,
        (
            "Valproate continues at 500 mg twice a day and must not be stopped abruptly; the baby has a raised risk of "
            "malformation and developmental problems, so urgent fetal medicine review and a detailed anomaly scan are "
            "booked. See also the risk acknowledgement form in the GP record."
        ),
    ),
    "the plan, then a pointer",
)
ok(
    "quet-hv-please-see",
    PT,
    P,
    concl(
        QUET,
        (
            "Health visitor, please see mother and baby at home within 48 hours to check the crib: the father's "
            "quetiapine 300 mg at night makes him too drowsy to share a bed, sofa or armchair with the baby or to do "
            "night feeds."
        ),
    ),
    "'please see' is an instruction",
)
ok(
    "lith-refer-baby",
    PT,
    L,
    concl(
        LITH,
        (
            "Lithium continues at 800 mg at night. Refer the baby to the paediatric team at birth for a check for "
            "floppiness, poor feeding and thyroid problems; lithium level within 24 hours of delivery; bottle feeding as "
            "breastfeeding is not advised."
        ),
    ),
    "'refer' as an instruction",
)
ok(
    "dzpg-review-at-six-weeks",
    PT,
    F,
    concl(
        DZPG,
        (
            "Review the diazepam dose at the 6-week check and begin a slow reduction; pregabalin and diazepam continue "
            "until then. Both sedate her, so no co-sleeping or feeding lying down, and the foster carer does night feeds. "
            "Baby watched for late withdrawal to day 8."
        ),
    ),
    "'review' as an instruction with a time",
)
ok(
    "valp-while-we-await",
    PT,
    V,
    concl(
        VALP,
        (
            "While we await the neurology appointment, valproate continues at 500 mg twice a day and she must not stop "
            "it: a seizure would endanger her and the pregnancy. The baby's risk of malformation is raised, so the "
            "detailed anomaly scan and fetal medicine review go ahead."
        ),
    ),
    "'await' beside a default decision",
)
ok(
    "valp-scan-pending-decision-made",
    PT,
    V,
    concl(
        VALP,
        (
            "The anomaly scan result is pending, but the decision does not depend on it: valproate continues unchanged "
            "and must not be stopped suddenly, and the baby's raised malformation risk is being followed by fetal "
            "medicine."
        ),
    ),
    "'pending' about a result, the decision made",
)
ok(
    "sert-psychiatry-letter-plus-plan",
    PT,
    M,
    concl(
        SERT,
        (
            "Sertraline continues at 100 mg, as the perinatal psychiatrist's letter also advises; stopping risks "
            "relapse. The midwife will watch the baby for adaptation symptoms for 48 hours."
        ),
    ),
    "agrees with a letter and says the plan itself",
)
ok(
    "overall-m-see-assessments-and-plan",
    PT,
    M,
    overall(
        "Detail in each assessment above. Together: methadone and sertraline continue unchanged; the baby is observed "
        "for withdrawal and adaptation for at least 72 hours; breastfeeding supported; no co-sleeping after methadone."
    ),
    "a pointer to the assessments, then the joint plan",
)
bad(
    "meth-see-also-only",
    PT,
    M,
    concl(METH, "See also the drug service's letter of 1 March regarding methadone."),
    "near miss of meth-see-also-then-plan: the pointer alone (MA103)",
)
bad(
    "valp-refer-to-neurology-letter",
    PT,
    V,
    concl(VALP, "Valproate: please refer to the neurology letter."),
    "near miss: 'refer to the letter' is a pointer (MA103)",
)
bad(
    "valp-awaiting-neurology",
    PT,
    V,
    concl(VALP, "Valproate: awaiting neurology review of the pregnancy."),
    "near miss of valp-while-we-await: the wait with no default (MA103)",
)
bad(
    "lith-pending-pnmh",
    PT,
    L,
    concl(LITH, "Lithium and the baby: pending review by the perinatal team."),
    "near miss: 'pending review' alone (MA103)",
)
bad(
    "overall-m-see-assessments-only",
    PT,
    M,
    overall("Methadone and sertraline: see the individual assessments above for the baby."),
    "near miss of overall-m-see-assessments-and-plan: the pointer alone (MA103)",
)


# ============================================================================================================
# negation: negations inside decisions, and "no concerns" with a reason.

NG = "negation"
ok(
    "meth-not-sedated-at-clinic",
    NG,
    M,
    concl(
        METH,
        (
            "Methadone 60 mg continues. She is not sedated at clinic times but is drowsy two to four hours after a dose, "
            "so no co-sleeping then; the baby is observed for withdrawal for 72 hours; breastfeeding is not "
            "discouraged."
        ),
    ),
    "'not sedated' and 'not discouraged' inside a plan",
)
ok(
    "dzpg-no-withdrawal-signs-yet",
    NG,
    F,
    concl(
        DZPG,
        (
            "No withdrawal signs needing treatment on the ward; diazepam and pregabalin continue unchanged, and the foster "
            "carer and HV watch for late signs until day 8. Not safe for mum to co-sleep or feed lying down; the foster "
            "carer does nights."
        ),
    ),
    "'no withdrawal signs' as a finding, then the plan",
)
ok(
    "cita-no-concerns-with-reason",
    NG,
    C,
    concl(
        CITA,
        (
            "No concerns about breastfeeding on citalopram 20 mg, as little reaches the milk. Citalopram continues; the "
            "midwife watches the baby for adaptation in the first 48 hours."
        ),
    ),
    "'no concerns' with its reason",
)
ok(
    "cita-no-reason-to-stop",
    NG,
    C,
    concl(
        CITA,
        (
            "No reason to stop citalopram: relapse risk is high and the baby's risk small. The midwife will still check "
            "the baby for jitteriness and poor feeding for 48 hours. Not a bar to breastfeeding."
        ),
    ),
    "'no reason to stop' is a decision",
)
ok(
    "lith-not-sedating-not-breastfeeding",
    NG,
    L,
    concl(
        LITH,
        (
            "Lithium is not sedating at 800 mg and continues. Not for breastfeeding: the baby is bottle fed. No change "
            "to the paediatric review at birth or the ward observation for floppiness and poor feeding."
        ),
    ),
    "negations that decide",
)
ok(
    "valp-do-not-stop",
    NG,
    V,
    concl(
        VALP,
        (
            "Do not stop valproate; do not cut down. Not safe to stop abruptly because of seizures. The baby was exposed "
            "in the first trimester: urgent fetal medicine review and anomaly scan."
        ),
    ),
    "'do not' instructions",
)
ok(
    "sert-never-stop-suddenly",
    NG,
    M,
    concl(
        SERT,
        (
            "Sertraline 100 mg continues and is never to be stopped suddenly; no dose change in late pregnancy. The "
            "baby may be jittery for a day or two and the midwife will watch for it."
        ),
    ),
    "'never' and 'no change'",
)
ok(
    "overall-c-no-concerns-reasoned",
    NG,
    C,
    overall(
        "Citalopram 20 mg continues. No concerns about breastfeeding, since very little passes into milk; the midwife "
        "watches the baby for adaptation symptoms for 48 hours and the GP reviews mood at 6 weeks."
    ),
    "overall 'no concerns' with a reason",
)
bad(
    "cita-no-concerns-bare",
    NG,
    C,
    concl(CITA, "No concerns regarding citalopram at present."),
    "near miss of cita-no-concerns-with-reason: the dismissal alone (MA103)",
)
bad(
    "lith-nothing-of-note",
    NG,
    L,
    concl(LITH, "Lithium: nothing of note for the baby."),
    "near miss: a dismissal without reason (MA103)",
)
bad(
    "overall-c-no-issues",
    NG,
    C,
    overall("Citalopram: no issues identified for mother or baby."),
    "near miss of overall-c-no-concerns-reasoned: no reason given (MA103)",
)


# ============================================================================================================
# questions-quotes: questions answered, quotations beside the decision.

QQ = "questions-quotes"
ok(
    "sert-question-answered",
    QQ,
    M,
    concl(
        SERT,
        (
            "Should sertraline stop before the birth? No: stopping risks relapse. Continue 100 mg; the midwife watches "
            "the baby for adaptation signs for 48 hours."
        ),
    ),
    "a question, then its answer",
)
ok(
    "quet-can-he-help-at-night",
    QQ,
    P,
    concl(
        QUET,
        (
            "Can dad help at night? Not after his quetiapine dose: he is too sedated to wake, so he must not sleep with "
            "the baby on a bed, sofa or armchair or do night feeds. Mum does nights with the baby in the crib; HV "
            "checks."
        ),
    ),
    "the parents' question answered",
)
ok(
    "lith-quote-then-decision",
    QQ,
    L,
    concl(
        LITH,
        (
            'She said "I\'d rather not risk being unwell again", and I agree: lithium continues at 800 mg, levels '
            "monthly then weekly from 36 weeks; the baby is reviewed by a paediatrician at birth and bottle fed."
        ),
    ),
    "her words, then the decision",
)
ok(
    "meth-quote-breastfeed",
    QQ,
    M,
    concl(
        METH,
        (
            '"I really want to breastfeed": she can, on a stable methadone dose, and it may ease the baby\'s withdrawal. '
            "Methadone continues at 60 mg; at least 72 hours of ward observation; no co-sleeping after a dose."
        ),
    ),
    "a quotation that opens the plan",
)
ok(
    "quet-father-quote",
    QQ,
    P,
    concl(
        QUET,
        (
            'He told us "I sleep like a log after my tablets", which fits quetiapine 300 mg at night: he must not share '
            "a bed or sofa with the baby or do night feeds; mother does nights, crib beside her; HV checks at each "
            "visit."
        ),
    ),
    "the father's words, then the plan",
)
ok(
    "valp-will-my-baby-be-ok",
    QQ,
    V,
    concl(
        VALP,
        (
            "She asked whether the baby will be all right. The honest answer given: valproate raises the risk of "
            "malformation and learning difficulties, so a detailed anomaly scan and fetal medicine review are booked; "
            "valproate must not be stopped suddenly meanwhile."
        ),
    ),
    "the mother's question and the honest answer",
)
bad(
    "sert-question-unanswered",
    QQ,
    M,
    concl(SERT, ("Should sertraline continue for the baby's sake? To be discussed with psychiatry.")),
    "near miss of sert-question-answered: the question handed on (MA103)",
)
bad(
    "lith-quote-only",
    QQ,
    L,
    concl(
        LITH, ('She said: "I want to stay on lithium and bottle feed the baby, and I want the paediatrician there."')
    ),
    "near miss of lith-quote-then-decision: a quotation alone states nothing (MA103)",
)


# ============================================================================================================
# conditional: conditional plans with a default.

CD = "conditional"
ok(
    "valp-if-neurology-switch",
    CD,
    V,
    concl(
        VALP,
        (
            "If neurology advise a change, it will be made slowly with her; until then valproate 500 mg twice a day "
            "continues and must not be stopped suddenly. The baby's raised malformation risk is followed by fetal medicine "
            "and a detailed anomaly scan."
        ),
    ),
    "a condition with a default",
)
ok(
    "meth-if-scores-rise",
    CD,
    M,
    concl(
        METH,
        (
            "Methadone continues at 60 mg. The baby stays at least 72 hours for withdrawal scoring; if scores rise, the "
            "neonatal team treat, otherwise discharge with HV checks to day 8. Breastfeed; no co-sleeping after a "
            "dose."
        ),
    ),
    "a branch in the baby's plan",
)
ok(
    "dzpg-unless-sedation-worsens",
    CD,
    F,
    concl(
        DZPG,
        (
            "Diazepam and pregabalin continue unless she becomes more drowsy, in which case the GP reduces pregabalin "
            "first. Either way: no co-sleeping, no feeding lying down, foster carer does nights, baby watched for late "
            "withdrawal to day 8."
        ),
    ),
    "'unless', with what holds either way",
)
ok(
    "lith-if-level-high",
    CD,
    L,
    concl(
        LITH,
        (
            "Lithium continues at 800 mg; if a level is above range the perinatal team adjust the dose the same day. "
            "The baby needs a paediatric review after birth and observation for floppiness; bottle feeding."
        ),
    ),
    "a conditional adjustment beside the plan",
)
ok(
    "quet-if-mum-unwell",
    CD,
    P,
    concl(
        QUET,
        (
            "Father's quetiapine: he never shares a bed, sofa or armchair with the baby and does no night feeds after "
            "his dose. If mum becomes unwell, the GP and HV review night care before he takes it on; by default the crib "
            "stays on her side."
        ),
    ),
    "a conditional with a default for the partner",
)
bad(
    "valp-if-neurology-only",
    CD,
    V,
    concl(VALP, ("If neurology advise, valproate may change; the baby's risk will be decided by fetal medicine.")),
    "near miss of valp-if-neurology-switch: no default, the decision handed on (MA103)",
)
bad(
    "meth-depends-on-drug-service",
    CD,
    M,
    concl(METH, ("Methadone: depends on the drug service; the baby's plan will be decided by the neonatal team.")),
    "near miss: everything handed to others (MA103)",
)


# ============================================================================================================
# partner: the father's quetiapine well assessed, and overall conclusions.

PA = "partner"
ok(
    "quet-narrative",
    PA,
    P,
    concl(
        QUET,
        (
            "Quetiapine keeps the father well, and he should carry on with it, but for several hours after his night "
            "dose he is very hard to wake. So he must not have the baby in bed with him, on the sofa or in an armchair, "
            "and he does no night feeds; the mother does them, with the baby in the crib on her side. The health visitor "
            "checks this at each visit."
        ),
    ),
    "narrative partner conclusion",
)
ok(
    "quet-seroquel-brand",
    PA,
    P,
    concl(
        QUET,
        (
            "His Seroquel (quetiapine) 300 mg at night makes him very drowsy: no bed, sofa or armchair sharing with the "
            "baby, no night feeds by him. Baby in the crib on mum's side; HV checks."
        ),
    ),
    "the brand as written",
)
ok(
    "quet-he-is-not-to-co-sleep",
    PA,
    P,
    concl(
        QUET,
        (
            "The father is not to co-sleep with the baby at any time after his quetiapine; he is not safe to do night "
            "feeds then. The baby sleeps in its crib beside the mother; HV to review at each visit."
        ),
    ),
    "negated instructions for the partner",
)
ok(
    "overall-p-both-parents",
    PA,
    P,
    overall(
        "Mum takes only paracetamol, which is fine with mixed feeding. Dad's quetiapine sedates him heavily at night, "
        "so the baby never sleeps with him on a bed, sofa or armchair and mum does the night feeds; HV keeps "
        "checking."
    ),
    "overall for both parents",
)
ok(
    "overall-p-terse",
    PA,
    P,
    overall(
        "Paternal quetiapine 300 mg nocte = heavy sedation: no co-sleeping with dad anywhere, no night feeds by him. "
        "Side-crib by mum. HV checks each visit."
    ),
    "terse partner overall",
)
ok(
    "quet-keep-tablets-locked",
    PA,
    P,
    concl(
        QUET,
        (
            "Quetiapine stays in a locked box, out of the baby's reach as she grows. He is heavily sedated for hours "
            "after his dose: never asleep with the baby on a bed or sofa, no night feeds; the mother does them."
        ),
    ),
    "storage advice beside safe sleep",
)
bad(
    "quet-discussed-with-both",
    PA,
    P,
    concl(QUET, "Dad's quetiapine: discussed with both parents today."),
    "near miss: a report of a discussion (MA103)",
)
bad(
    "quet-not-sedated-no-concerns",
    PA,
    P,
    concl(QUET, "Quetiapine: father not sedated in the day. No concerns."),
    "near miss of quet-he-is-not-to-co-sleep: a daytime note and a dismissal, nothing on the baby's sleep "
    "(MA103/MA124)",
)
bad(
    "overall-p-his-medicine-his-business",
    PA,
    P,
    overall("Quetiapine is the father's medicine and is managed by his own GP."),
    "near miss of overall-p-both-parents: hands it to his GP, nothing for the baby (MA103/MA124)",
)


# ============================================================================================================
# classes: a medicine of another class added to the postnatal record (breastfed baby, day 7) or the partner
# record, with a complete assessment answering every concern in its items.

CL = "classes"


def _assessment(
    aid: str, mid: str, sedation: str, items: dict[str, str], recs: str, text: str, author: Record, date: str
) -> Record:
    mother = {k: v for k, v in items.items() if k in ("parenting_capacity", "safe_sleep")}
    baby = {k: v for k, v in items.items() if k in ("summary", "neonatal_withdrawal_plan", "breastfeeding")}
    return {
        "id": aid,
        "medicine_ids": [mid],
        "impact_on_mother": {"sedation": sedation, **mother},
        "impact_on_baby": baby,
        "recommendations": recs,
        "conclusion": text,
        "author": author,
        "date": date,
    }


def on_n(med: Record, sedation: str, items: dict[str, str], recs: str, text: str, overall_text: str) -> Mutation:
    asm = _assessment(
        "asm-" + med["id"].removeprefix("med-"), med["id"], sedation, items, recs, text, SHAH, "2026-04-09"
    )

    def mutate(doc: Record) -> None:
        add_medicine(med)(doc)
        doc["assessments"] = [asm]
        doc["overall_conclusion"] = {"text": overall_text, "author": SHAH, "date": "2026-04-09"}

    return mutate


def on_p(med: Record, sedation: str, items: dict[str, str], recs: str, text: str, overall_text: str) -> Mutation:
    asm = _assessment(
        "asm-" + med["id"].removeprefix("med-"), med["id"], sedation, items, recs, text, PRITCHARD, "2026-05-28"
    )

    def mutate(doc: Record) -> None:
        add_medicine(med)(doc)
        doc["assessments"].append(asm)
        doc["overall_conclusion"]["text"] = overall_text

    return mutate


_N_GP = gp_prescriber(RIVERSIDE)

LAMOTRIGINE = medicine(
    "med-lamotrigine",
    "Lamotrigine 100mg tablets (Lamictal)",
    "100 mg twice a day",
    "2023-02-14",
    _N_GP,
    last_changed="2025-03-10",
)
_LAM_ITEMS = {
    "parenting_capacity": "Epilepsy controlled on lamotrigine; last seizure 2022. Not drowsy on it.",
    "safe_sleep": "Not sedating. Safe sleep advice given; if a seizure happens she should not bath the baby "
    "alone or have the baby in her bed.",
    "summary": "Exposed to lamotrigine throughout pregnancy, with no known raised risk of malformation at this "
    "dose; the newborn examination was normal.",
    "neonatal_withdrawal_plan": "No withdrawal syndrome expected; the midwife and HV watch for drowsiness or "
    "poor feeding to day 14.",
    "breastfeeding": "Breastfeeding supported; watch the baby for rash, drowsiness or poor feeding.",
}
_LAM_RECS = (
    "Do not stop lamotrigine suddenly: seizure risk. Level and dose check by the epilepsy nurse at 2 "
    "weeks, as levels rise after birth."
)
_LAM_TEXT = (
    "Lamictal (lamotrigine) 100 mg twice daily continues and must not be stopped suddenly; the epilepsy "
    "nurse checks the dose at two weeks. Breastfeeding is fine: MW/HV watch the baby for rash, "
    "drowsiness or poor feeding."
)
_LAM_OVERALL = (
    "Paracetamol and lactulose are fine while breastfeeding. Lamotrigine continues unchanged, never "
    "stopped suddenly; the baby is breastfed and watched for rash or drowsiness by the midwife and "
    "health visitor."
)
ok(
    "lamotrigine-brand-added",
    CL,
    N,
    on_n(LAMOTRIGINE, "no", _LAM_ITEMS, _LAM_RECS, _LAM_TEXT, _LAM_OVERALL),
    "another antiepileptic, named by brand and ingredient, complete",
)
ok(
    "lamotrigine-shorthand",
    CL,
    N,
    on_n(
        LAMOTRIGINE,
        "no",
        _LAM_ITEMS,
        _LAM_RECS,
        (
            "Lamotrigine 100mg BD cont, no abrupt stop (seizures). Epilepsy nurse r/v levels at 2/52 PN. BF OK - MW/HV "
            "to watch baby for rash/drowsiness/poor feeds."
        ),
        _LAM_OVERALL,
    ),
    "the same in shorthand",
)
bad(
    "lamotrigine-see-neurology",
    CL,
    N,
    on_n(LAMOTRIGINE, "no", _LAM_ITEMS, _LAM_RECS, "Lamotrigine: see neurology letter.", _LAM_OVERALL),
    "near miss: the conclusion is a pointer alone (MA103)",
)

PROMETHAZINE = medicine(
    "med-promethazine",
    "Promethazine hydrochloride 25mg tablets (Phenergan)",
    "25 mg at night when needed for sleep",
    "2026-04-05",
    _N_GP,
)
_PRO_ITEMS = {
    "parenting_capacity": "Takes it on about two nights a week for poor sleep; drowsy until the morning after.",
    "safe_sleep": "On nights she takes it, the baby sleeps in the Moses basket and her partner does the night "
    "feeds; never in her bed or on the sofa.",
    "summary": "Started after birth, so no exposure in the womb; small amounts reach the breast milk and can make "
    "the baby drowsy.",
    "neonatal_withdrawal_plan": "Not exposed before birth, so no withdrawal expected; watch for a sleepy baby "
    "feeding poorly.",
    "breastfeeding": "Occasional doses are acceptable while breastfeeding; watch the baby for drowsiness and "
    "poor feeding.",
}
_PRO_RECS = "Use no more than 2 or 3 nights a week. HV to ask about sleep and the baby's feeding at each visit."
_PRO_TEXT = (
    "Phenergan at night PRN is acceptable: on those nights her partner does the feeds and the baby "
    "sleeps in the Moses basket, not her bed. Breastfeeding continues; watch the baby for drowsiness "
    "and poor feeding."
)
_PRO_OVERALL = (
    "Paracetamol and lactulose are fine with breastfeeding. Promethazine PRN at night sedates her, so "
    "partner does the night feeds on those nights and the baby sleeps in the Moses basket; HV to watch "
    "the baby for drowsiness."
)
ok(
    "promethazine-brand-prn",
    CL,
    N,
    on_n(PROMETHAZINE, "yes", _PRO_ITEMS, _PRO_RECS, _PRO_TEXT, _PRO_OVERALL),
    "a sedating antihistamine named by brand, PRN",
)
bad(
    "promethazine-no-concerns",
    CL,
    N,
    on_n(PROMETHAZINE, "yes", _PRO_ITEMS, _PRO_RECS, "Promethazine: no concerns.", _PRO_OVERALL),
    "near miss: a bare dismissal (MA103)",
)

MIRTAZAPINE = medicine(
    "med-mirtazapine",
    "Mirtazapine 15mg tablets (Zispin)",
    "15 mg at night",
    "2025-08-20",
    _N_GP,
    last_changed="2025-11-02",
)
_MIR_ITEMS = {
    "parenting_capacity": "Depression much improved on mirtazapine; sleeps heavily for the first hours after "
    "her night dose. Stopping would risk relapse.",
    "safe_sleep": "Heavy sleeper after her dose: baby in the Moses basket, never in her bed or on the sofa; "
    "partner does the first night feed.",
    "summary": "Exposed in late pregnancy; small risk of neonatal adaptation (jitteriness, poor feeding), none "
    "seen so far.",
    "neonatal_withdrawal_plan": "MW and HV to watch for adaptation signs to day 14.",
    "breastfeeding": "Compatible with breastfeeding; watch the baby for drowsiness.",
}
_MIR_RECS = "Continue mirtazapine 15 mg at night. GP mood review at 6 weeks. Do not stop suddenly."
_MIR_TEXT = (
    "Zispin 15 mg nocte continues, as stopping risks relapse. She sleeps heavily after the dose, so the "
    "baby is in the Moses basket, never her bed, and her partner does the first feed. BF fine; MW/HV "
    "watch for adaptation signs to day 14."
)
_MIR_OVERALL = (
    "Paracetamol and lactulose raise nothing for the baby. Mirtazapine continues for her depression; "
    "she sleeps heavily after it, so no co-sleeping and partner does the first night feed; "
    "breastfeeding fine."
)
ok(
    "mirtazapine-brand-nocte",
    CL,
    N,
    on_n(MIRTAZAPINE, "yes", _MIR_ITEMS, _MIR_RECS, _MIR_TEXT, _MIR_OVERALL),
    "a sedating antidepressant by brand, nocte",
)
ok(
    "mirtazapine-narrative-quote",
    CL,
    N,
    on_n(
        MIRTAZAPINE,
        "yes",
        _MIR_ITEMS,
        _MIR_RECS,
        (
            "\"It's the first thing that's helped\", she says, and mirtazapine continues: stopping would risk relapse. "
            "She sleeps deeply after it, so the baby never shares her bed or the sofa and her partner does the first "
            "feed. Breastfeeding is fine, with the midwife and health visitor watching the baby for adaptation signs."
        ),
        _MIR_OVERALL,
    ),
    "quotation then plan",
)
bad(
    "mirtazapine-reviewed-discussed",
    CL,
    N,
    on_n(MIRTAZAPINE, "yes", _MIR_ITEMS, _MIR_RECS, "Mirtazapine reviewed and discussed with her today.", _MIR_OVERALL),
    "near miss: an account of the review (MA103)",
)

GABAPENTIN = medicine(
    "med-gabapentin",
    "Gabapentin 300mg capsules (Neurontin)",
    "300 mg three times a day",
    "2025-01-08",
    _N_GP,
    last_changed="2025-06-30",
)
_GAB_ITEMS = {
    "parenting_capacity": "Takes gabapentin for neuropathic pain; mildly drowsy after doses.",
    "safe_sleep": "Never to sleep with the baby in her bed or on the sofa; cot beside the bed.",
    "summary": "Exposed throughout pregnancy; withdrawal signs (jitteriness, poor feeding) can occur in the first "
    "week. Newborn check normal.",
    "neonatal_withdrawal_plan": "MW and HV to watch for jitteriness, irritability and poor feeding until day 14.",
    "breastfeeding": "Compatible with breastfeeding; watch for drowsiness.",
}
_GAB_RECS = "Continue gabapentin; do not stop suddenly. Pain review at 6 weeks."
_GAB_TEXT = (
    "Gabapentin 300 mg tds continues for her pain. Baby: MW/HV watch for jitteriness or poor feeding to "
    "day 14. She can breastfeed. Mildly drowsy after doses, so cot only, never bed or sofa."
)
_GAB_OVERALL = (
    "Paracetamol and lactulose raise nothing. Gabapentin continues: the baby is watched for "
    "withdrawal signs to day 14, breastfeeding continues and the baby sleeps in the cot, not with "
    "mum."
)
ok(
    "gabapentin-brand-tds",
    CL,
    N,
    on_n(GABAPENTIN, "yes", _GAB_ITEMS, _GAB_RECS, _GAB_TEXT, _GAB_OVERALL),
    "a gabapentinoid, tds",
)
bad(
    "gabapentin-as-per-pain-clinic",
    CL,
    N,
    on_n(GABAPENTIN, "yes", _GAB_ITEMS, _GAB_RECS, "Gabapentin: as per pain clinic.", _GAB_OVERALL),
    "near miss: a pointer alone (MA103)",
)

ORAMORPH = medicine(
    "med-morphine",
    "Morphine sulfate 10mg/5ml oral solution (Oramorph)",
    "2.5 to 5 mg up to four-hourly when needed, for three days",
    "2026-04-03",
    _N_GP,
)
_MOR_ITEMS = {
    "parenting_capacity": "Short course after a caesarean section; a little drowsy after doses.",
    "safe_sleep": "No co-sleeping after a dose; baby in the cot; partner at home to help.",
    "summary": "Started after birth for three days; small amounts reach the breast milk.",
    "neonatal_withdrawal_plan": "Not exposed before birth, so no withdrawal; watch the baby for drowsiness or "
    "slow breathing.",
    "breastfeeding": "Short-term use is compatible with breastfeeding; watch the baby for drowsiness and poor feeding.",
}
_MOR_RECS = "Stop after three days. Midwife to check the baby's feeding and alertness at the day-5 visit."
_MOR_TEXT = (
    "Oramorph PRN for three days only, then stop. Breastfeeding continues; watch the baby for "
    "drowsiness, slow breathing or poor feeding and seek help if seen. Not to co-sleep after a dose."
)
_MOR_OVERALL = (
    "Paracetamol and lactulose raise nothing. Morphine for three days after the caesarean, then stop; "
    "breastfeeding continues with the baby watched for drowsiness, and no co-sleeping after a dose."
)
ok(
    "oramorph-short-course",
    CL,
    N,
    on_n(ORAMORPH, "yes", _MOR_ITEMS, _MOR_RECS, _MOR_TEXT, _MOR_OVERALL),
    "an opioid analgesic, short course, by brand",
)

OLANZAPINE = medicine(
    "med-olanzapine",
    "Olanzapine 10mg tablets",
    "10 mg at night",
    "2024-09-01",
    gp_prescriber(MILLBROOK),
    last_changed="2025-04-14",
)
_OLA_ITEMS = {
    "parenting_capacity": "Mother well on olanzapine for bipolar disorder; stopping would risk relapse, "
    "highest in the weeks after birth. Drowsy for some hours after the night dose.",
    "safe_sleep": "With both parents on sedating night-time medicines, neither shares a bed or sofa with the "
    "baby; the baby sleeps in the next-to-me crib and night feeds are planned so one parent is "
    "awake.",
    "summary": "Exposed throughout pregnancy; the baby was watched for jitteriness, sleepiness and poor feeding "
    "on the ward, none seen.",
    "neonatal_withdrawal_plan": "Midwife and HV to watch for sleepiness, poor feeding and jitteriness to day 14.",
    "breastfeeding": "Compatible with mixed feeding; watch the baby for drowsiness.",
}
_OLA_RECS = "Continue olanzapine 10 mg at night. Perinatal mental health team to review within 2 weeks."
_OLA_TEXT = (
    "Her olanzapine 10 mg at night continues: relapse risk is high now. She is drowsy after it, so no "
    "co-sleeping; the baby sleeps in the crib. Mixed feeding fine; MW/HV watch the baby for sleepiness "
    "and poor feeding to day 14."
)
_OLA_OVERALL = (
    "Both parents take sedating night-time medicines: her olanzapine and his quetiapine. Neither "
    "shares a bed, sofa or armchair with the baby; the baby sleeps in the crib, and night feeds are "
    "done by whichever parent has not taken a dose yet. Mixed feeding fine; HV checks each visit."
)
ok(
    "olanzapine-mother-and-partner",
    CL,
    P,
    on_p(OLANZAPINE, "yes", _OLA_ITEMS, _OLA_RECS, _OLA_TEXT, _OLA_OVERALL),
    "the mother's antipsychotic beside the father's: each parent's named right",
)
bad(
    "olanzapine-overall-omits-quetiapine",
    CL,
    P,
    on_p(
        OLANZAPINE,
        "yes",
        _OLA_ITEMS,
        _OLA_RECS,
        _OLA_TEXT,
        ("Her olanzapine continues; no co-sleeping, the baby sleeps in the crib, and mixed feeding is fine."),
    ),
    "near miss of olanzapine-mother-and-partner: the overall leaves out the father's quetiapine (MA119)",
)

ok(
    "dzpg-valium-lyrica-brands",
    CL,
    F,
    concl(
        DZPG,
        (
            "Valium 5 mg tds and Lyrica 150 mg bd both continue for now, with a slow Valium reduction from six weeks. "
            "Together they sedate her: no co-sleeping or feeding lying down; the foster carer does nights. Baby watched "
            "for late withdrawal to day 8."
        ),
    ),
    "brands as written for both medicines",
)
ok(
    "valp-epilim",
    CL,
    V,
    concl(
        VALP,
        (
            "Epilim 500 mg bd continues until the epilepsy team review it urgently; she must not stop it suddenly. "
            "First-trimester exposure: the baby's risk of malformation is raised, so early fetal medicine review and a "
            "detailed anomaly scan are arranged."
        ),
    ),
    "the valproate brand as written",
)
ok(
    "sert-lustral",
    CL,
    M,
    concl(
        SERT,
        (
            "Lustral 100 mg continues; stopping would risk relapse. Midwife to watch the baby for adaptation symptoms "
            "alongside the withdrawal scoring."
        ),
    ),
    "sertraline by brand",
)
ok(
    "cita-cipramil",
    CL,
    C,
    concl(
        CITA,
        (
            "Cipramil 20 mg continues through pregnancy: relapse followed her last attempt to stop. The midwife watches "
            "the baby for adaptation for 48 hours; breastfeeding supported."
        ),
    ),
    "citalopram by brand",
)
ok(
    "meth-physeptone",
    CL,
    M,
    concl(
        METH,
        (
            "Physeptone 60 mg daily continues, supervised. Baby: withdrawal observation for 72 hours on the ward, HV "
            "checks to day 8. Breastfeeding encouraged. No co-sleeping after her dose."
        ),
    ),
    "methadone by brand",
)
ok(
    "lith-camcolit-spelling",
    CL,
    L,
    concl(
        LITH,
        (
            "Lithium carbonate (Priadel) 800 mg at night continues; do not switch to another brand such as Camcolit. "
            "Levels monthly, weekly from 36 weeks. Baby: paediatric review at birth; bottle feeding."
        ),
    ),
    "an advice against another brand of the same medicine",
)


# ============================================================================================================
# templates: the citalopram record on template 1.0.0, and records moved to template 1.2.0.

TP = "templates"
ok(
    "cita-1-0-0-gp-style",
    TP,
    C,
    concl(
        CITA,
        (
            "Citalopram 20 mg continues: she relapsed within six weeks of stopping before. For the baby, the midwife "
            "watches for jitteriness, poor feeding and fast breathing for 48 hours, with paediatric review if they "
            "persist. Breastfeeding supported."
        ),
    ),
    "a GP's conclusion on template 1.0.0",
)
ok(
    "overall-c-1-0-0-dated",
    TP,
    C,
    overall(
        "Continue citalopram 20 mg through pregnancy and breastfeeding. From 36/40 (week of 9 March 2026) the "
        "midwife confirms the maternity team know; after birth she watches the baby for adaptation for 48 hours. GP "
        "mood review at 6 weeks postnatally."
    ),
    "dates inside the plan on 1.0.0",
)
ok(
    "meth-on-1-2-0",
    TP,
    M,
    chain(
        set_("template.version", "1.2.0"),
        concl(
            METH,
            (
                "Methadone 60 mg continues to delivery. The baby stays at least 72 hours for withdrawal scores, HV to day 8; "
                "breastfeeding encouraged; no bed or sofa sharing after her dose."
            ),
        ),
    ),
    "template 1.2.0, antenatal",
)
ok(
    "quet-on-1-2-0",
    TP,
    P,
    chain(
        set_("template.version", "1.2.0"),
        concl(
            QUET,
            (
                "Quetiapine sedates the father heavily at night, so he does not co-sleep with the baby on any bed, sofa or "
                "chair, and the mother does night feeds; HV checks the crib each visit."
            ),
        ),
    ),
    "template 1.2.0, postnatal",
)
ok(
    "lith-on-1-2-0",
    TP,
    L,
    chain(
        set_("template.version", "1.2.0"),
        overall(
            "Lithium (Priadel) 800 mg nocte continues with levels monthly, weekly from 36/40 and within 24 h of birth. "
            "Baby: paediatric review and ward observation after birth; bottle feeding. PNMH see her in week 1."
        ),
    ),
    "template 1.2.0, lithium overall",
)
bad("cita-1-0-0-tbc", TP, C, concl(CITA, "Citalopram: tbc at 36 week review."), "near miss on 1.0.0: 'tbc' (MA103)")
bad(
    "meth-on-1-2-0-plan-as-per-mdt",
    TP,
    M,
    chain(set_("template.version", "1.2.0"), concl(METH, ("Methadone: plan for mother and baby as per MDT."))),
    "near miss on 1.2.0: 'as per MDT' (MA103)",
)


# ============================================================================================================
# more good conclusions, across the examples, in mixed styles.

ok(
    "overall-m-narrative",
    NA,
    M,
    overall(
        "She is doing well on methadone and sertraline and both should continue unchanged to the birth. The baby will "
        "probably need withdrawal observation, so at least three days on the postnatal ward, with the midwife also "
        "watching for SSRI adaptation signs. Breastfeeding is encouraged. She is drowsy after methadone, so no "
        "co-sleeping; the health visitor and social worker see the cot before discharge."
    ),
    "narrative overall",
)
ok(
    "overall-l-bullets",
    BS,
    L,
    overall(
        "- Lithium 800 mg at night continues (Priadel)\n- Levels: monthly, weekly from 36 weeks, within 24 h of "
        "birth\n- Baby: paediatric review, ward observation for floppiness and poor feeding\n- Feeding: bottle, "
        "breastfeeding not advised\n- PNMH review within a week of birth"
    ),
    "bulleted lithium overall",
)
ok(
    "overall-v-terse",
    T,
    V,
    overall(
        "8/40, unplanned, on valproate: continue, never stop abruptly. Urgent neurology and fetal medicine; detailed "
        "anomaly scan for the baby. Folic acid 5 mg started."
    ),
    "terse valproate overall",
)
ok(
    "overall-c-soap",
    BS,
    C,
    overall(
        "A: citalopram 20 mg controls her anxiety and depression; relapse likely if stopped. P: continue through "
        "pregnancy and breastfeeding; midwife to watch the baby for adaptation for 48 h; GP mood review at 6 weeks."
    ),
    "A and P only",
)
ok(
    "sert-midwife-voice",
    NA,
    M,
    concl(
        SERT,
        (
            "As her midwife I support the GP's plan: sertraline 100 mg continues because stopping would risk her "
            "depression returning, and after the birth I will check the baby for jitteriness, fast breathing and poor "
            "feeding for the first two days."
        ),
    ),
    "a midwife's voice",
)
ok(
    "lith-psychiatrist-voice",
    NA,
    L,
    concl(
        LITH,
        (
            "From the perinatal psychiatry point of view, lithium should continue: her risk of postpartum psychosis off "
            "it is high. Keep levels in range through pregnancy and check within 24 hours of birth; the baby needs a "
            "paediatric review and bottle feeding."
        ),
    ),
    "a psychiatrist's voice",
)
ok(
    "dzpg-foster-carer-plain",
    NA,
    F,
    concl(
        DZPG,
        (
            "For the foster carer: mum's diazepam and pregabalin make her sleepy, so she must not sleep with the baby or "
            "feed lying down, and you do the night feeds. Until day 8 ring the neonatal unit if the baby is shaky, "
            "feeding badly or crying and cannot be settled. Both medicines continue for now."
        ),
    ),
    "written to the foster carer in plain English",
)
ok(
    "meth-numbers-dense",
    SH,
    M,
    concl(
        METH,
        (
            "Methadone 60 mg/60 ml OD since 12/2025, supervised. Continue. Baby: >=72 h PNW NAS scores, HV D5 and D8. "
            "BF encouraged. Sedation peaks 2-4 h post-dose: cot only."
        ),
    ),
    "dense numbers and dates",
)
ok(
    "valp-ppp-and-plan",
    PT,
    V,
    concl(
        VALP,
        (
            "Valproate continues; stopping suddenly risks seizures. The baby was exposed in the first trimester, so the "
            "fetal medicine review and detailed anomaly scan are urgent. Refer to the epilepsy specialist nurse today; "
            "pregnancy prevention to be revisited after birth."
        ),
    ),
    "'refer' as an instruction, PPP beside the plan",
)
ok(
    "quet-dictated",
    BS,
    P,
    concl(
        QUET,
        (
            "dad takes quetiapine three hundred at night and is very hard to wake after so he must not sleep with the "
            "baby on the bed sofa or armchair and should not do night feeds mum does them baby in the side crib health "
            "visitor to keep checking"
        ),
    ),
    "dictated partner conclusion",
)
ok(
    "cita-question-asked-by-mother",
    QQ,
    C,
    concl(
        CITA,
        (
            'She asked "Will it hurt the baby?": the risks are small (about 3 in 1,000 for PPHN) and the midwife will '
            "watch for adaptation symptoms for 48 hours. Citalopram continues; breastfeeding supported."
        ),
    ),
    "the mother's question and the answer",
)
ok(
    "dzpg-negation-not-alone-at-night",
    NG,
    F,
    concl(
        DZPG,
        (
            "Diazepam and pregabalin unchanged. She is not to be alone with the baby at night while sedated and not to "
            "feed lying down; the foster carer does nights. The baby has shown no late withdrawal so far; watch to day "
            "8."
        ),
    ),
    "negations as instructions",
)
ok(
    "lith-conditional-delivery",
    CD,
    L,
    concl(
        LITH,
        (
            "Lithium continues; if labour is prolonged the obstetric team check a level and may pause a dose, otherwise "
            "the usual dose at night. The baby is examined by a paediatrician after birth; bottle feeding."
        ),
    ),
    "a conditional about labour with the default",
)

ok(
    "quet-seroquel-only",
    CL,
    P,
    concl(
        QUET,
        (
            "Seroquel 300 mg at night leaves dad very hard to wake: he must not share a bed, sofa or armchair with the "
            "baby or do night feeds. Mum does nights, baby in the side crib; HV checks each visit."
        ),
    ),
    "the partner's quetiapine named only by its UK brand, as a GP writes it",
)
ok(
    "sert-misspelt-sertaline",
    CL,
    M,
    concl(
        SERT,
        (
            "Sertaline 100 mg carries on: she relapsed badly when it was stopped before. The midwife watches the baby "
            "for jitteriness and fast breathing for 48 hours."
        ),
    ),
    "a common misspelling",
)
ok(
    "meth-misspelt-metadone-cosleeping",
    CL,
    M,
    concl(
        METH,
        (
            "Metadone 60 mg continues unchanged. Baby: withdrawal scores for 72 hrs on the postnatal ward, then HV to "
            "day 8. Breastfeeding encouraged. No cosleeping or bedsharing after a dose."
        ),
    ),
    "a misspelt name and unhyphenated cosleeping",
)
ok(
    "overall-f-review-first-word",
    PT,
    F,
    overall(
        "Review of diazepam at 6 weeks to start a slow taper; until then diazepam and pregabalin continue. The baby "
        "sleeps in the foster carer's room and never with mum on a bed, sofa or armchair; late withdrawal watch to "
        "day 8."
    ),
    "'Review' opening an instruction with a time",
)
ok(
    "lith-awaiting-nothing-decided-now",
    PT,
    L,
    concl(
        LITH,
        (
            "Awaiting nothing: the plan is settled. Lithium 800 mg continues, levels weekly from 36 weeks, a paediatric "
            "review of the baby after birth, and bottle feeding."
        ),
    ),
    "'awaiting nothing' opens a settled plan",
)
ok(
    "valp-pending-form-plan-set",
    PT,
    V,
    concl(
        VALP,
        (
            "Valproate continues at 500 mg twice daily and must not be stopped abruptly; urgent fetal medicine review "
            "and a detailed anomaly scan for the baby. The signed risk form is pending from neurology but changes none "
            "of this."
        ),
    ),
    "'pending' about a form, the plan set",
)
ok(
    "cita-nnu-scbu-aware",
    SH,
    C,
    concl(
        CITA,
        (
            "Citalopram 20 mg OD cont. Baby: MW obs 48 h for adaptation; SCBU/NNU not needed unless resp distress "
            "(PPHN ~3/1000). BF supported."
        ),
    ),
    "SCBU/NNU in a conditional",
)
ok(
    "dzpg-she-said-quote",
    QQ,
    F,
    concl(
        DZPG,
        (
            '"I don\'t want to be sleepy with her", mum said: so diazepam and pregabalin continue unchanged only until '
            "the six-week taper, she does not co-sleep or feed lying down, and the foster carer does nights; late "
            "withdrawal watched to day 8."
        ),
    ),
    "a quotation opening a joint plan",
)


# ============================================================================================================
# disguise: good conclusions in disguise must pass; their hollow near misses must refuse.

DG = "disguise"
_GOOD_M = (
    "Methadone 60 mg continues; the baby needs withdrawal scoring for 72 hours on the ward, breastfeeding "
    "is encouraged and there is no co-sleeping after a dose."
)
ok("homoglyph-good-meth", DG, M, concl(METH, homoglyphs(_GOOD_M, "aeo")), "Cyrillic look-alikes in a good text")
ok(
    "zero-width-good-meth",
    DG,
    M,
    concl(METH, inside_words(_GOOD_M, "\u200b", every=4)),
    "zero-width spaces in a good text",
)
ok(
    "soft-hyphen-good-meth",
    DG,
    M,
    concl(METH, inside_words(_GOOD_M, SOFT_HYPHEN, every=3)),
    "soft hyphens in a good text",
)
ok("full-width-good-meth", DG, M, concl(METH, full_width(_GOOD_M)), "full-width good text")
ok(
    "spaces-dashes-good-meth",
    DG,
    M,
    concl(METH, swap_spaces(swap_dashes(_GOOD_M, "\u2011"), "\u202f")),
    "odd spaces and dashes in a good text",
)
_GOOD_Q = (
    "The father's quetiapine makes him hard to wake at night: the baby never sleeps with him on a bed, sofa "
    "or armchair, he does no night feeds, and the HV checks the crib."
)
ok("homoglyph-good-quet", DG, P, concl(QUET, homoglyphs(_GOOD_Q, "eopc")), "look-alikes in a partner conclusion")
ok("bidi-good-quet", DG, P, concl(QUET, "\u2067" + _GOOD_Q + "\u2069"), "an isolate around a good text")
ok(
    "combining-good-cita",
    DG,
    C,
    concl(
        CITA,
        (
            "Citalopram continues; Rene\u0301e, the midwife, watches the baby for jitteriness and poor feeding for 48 "
            "hours; breastfeeding is fine."
        ),
    ),
    "a combining accent in a name",
)
bad(
    "homoglyph-no-concerns-meth",
    DG,
    M,
    concl(METH, homoglyphs("Methadone: no concerns for mother or baby.", "aeo")),
    "a dismissal in look-alikes (MA103)",
)
bad(
    "zero-width-see-letter-meth",
    DG,
    M,
    concl(METH, inside_words("Methadone: see drug service letter.", "\u200d")),
    "a pointer with zero-width joiners (MA103)",
)
bad(
    "soft-hyphen-pending-quet",
    DG,
    P,
    concl(QUET, inside_words("Quetiapine: pending review by his GP.", SOFT_HYPHEN, every=2)),
    "a deferral with soft hyphens (MA103)",
)
bad("full-width-tbc-cita", DG, C, concl(CITA, full_width("Citalopram: plan tbc.")), "full-width 'tbc' (MA103)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F19CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F19CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F19CASES),
        "total",
        len(F19CASES),
    )
