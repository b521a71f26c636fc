"""An eighty-fifth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-eighth round, against the readings of TEMPLATE ITEM ANSWERS landed in the hour before it.

MA125 now refuses a concern's item when it holds another concern's or subject's words and none of its own, a
plan item that only watches or only states the risk, and an item that only states a general fact; MA109 refuses
sleeping arrangements that are a verdict alone or a pointer to the red book. Each case is ONE mutation of a
shipped pass example (examples/pass/*.json) with the verdict the gate must give, written from the issue, the
rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's code or its word
lists. About four in five records are good item answers, short and long, in GP, midwife and health visitor
shorthand, that answer their own concern while also mentioning another concern, the mother's levels or mood,
the medicine's decision, a general fact with its consequence, a risk with its plan, watching with its who,
where and when, bottle feeding as the breastfeeding answer, sleep place beside sedation, a verdict with a place,
or the red book beside a real answer. The rest are hollow near misses. It covers:

* ``breastfeeding-items``: impact_on_baby.breastfeeding for every assessed medicine;
* ``withdrawal-items``: impact_on_baby.neonatal_withdrawal_plan (withdrawal, adaptation, lithium observation);
* ``sleep-items``: the mother's impact_on_mother.safe_sleep;
* ``partner-items``: the father's quetiapine, its safe-sleep and breastfeeding items;
* ``general-facts``: a fact about the medicine or class, with and without what it means here;
* ``arrangements``: safeguarding.sleeping_arrangements (MA109), verdicts with a place, red book beside an answer;
* ``disguise``: a fifth of the above again in look-alike letters, zero-width characters, soft hyphens, bidi
  isolates and full width, with the plain verdict.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh85_cases`` for the
counts per category.
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
    N,
    P,
    V,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F85CASES: list[Case] = []

CATEGORIES = (
    "breastfeeding-items",
    "withdrawal-items",
    "sleep-items",
    "partner-items",
    "general-facts",
    "arrangements",
    "disguise",
)

# Plain cases recorded for a disguised copy: (name, category-free) base, path, text, expect, why.
_POOL: list[tuple[str, str, str, str, Expect, str]] = []


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F85CASES.append(Case(f"f85-{name}", category, expect, base, mutate, why))


def item(name: str, category: str, expect: Expect, base: str, path: str, text: str, why: str) -> None:
    add(name, category, expect, base, set_(path, text), why)
    _POOL.append((name, base, path, text, expect, why))


def ok(name: str, category: str, base: str, path: str, text: str, why: str) -> None:
    item(name, category, PASS, base, path, text, why)


def bad(name: str, category: str, base: str, path: str, text: str, why: str) -> None:
    item(name, category, REFUSE, base, path, text, why)


# Item paths.
M_NW = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
M_BF = "assessments#asm-methadone.impact_on_baby.breastfeeding"
M_SS = "assessments#asm-methadone.impact_on_mother.safe_sleep"
S_BF = "assessments#asm-sertraline.impact_on_baby.breastfeeding"
S_NW = "assessments#asm-sertraline.impact_on_baby.neonatal_withdrawal_plan"
C_NW = "assessments#asm-citalopram.impact_on_baby.neonatal_withdrawal_plan"
C_BF = "assessments#asm-citalopram.impact_on_baby.breastfeeding"
L_NW = "assessments#asm-lithium.impact_on_baby.neonatal_withdrawal_plan"
L_BF = "assessments#asm-lithium.impact_on_baby.breastfeeding"
L_SS = "assessments#asm-lithium.impact_on_mother.safe_sleep"
V_BF = "assessments#asm-valproate.impact_on_baby.breastfeeding"
V_SS = "assessments#asm-valproate.impact_on_mother.safe_sleep"
F_NW = "assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan"
F_BF = "assessments#asm-diazepam-pregabalin.impact_on_baby.breastfeeding"
F_SS = "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep"
P_SS = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"
P_BF = "assessments#asm-partner-quetiapine.impact_on_baby.breastfeeding"
ARR = "safeguarding.sleeping_arrangements"

# ------------------------------------------------------------------------------------------------------------
BF = "breastfeeding-items"

ok(
    "bf-meth-no-cosleep-after-feeds",
    BF,
    M,
    M_BF,
    "Breastfeeding encouraged on her stable 60 mg methadone - it can ease NAS symptoms. No co-sleeping after night "
    "feeds; baby back in the cot.",
    "breastfeeding answered, co-sleeping mentioned beside it",
)
ok(
    "bf-meth-dont-stop-suddenly",
    BF,
    M,
    M_BF,
    "BF encouraged. Once established, don't stop breastfeeding abruptly (baby may show withdrawal); don't feed lying "
    "down when drowsy.",
    "breastfeeding with withdrawal and drowsiness mentioned",
)
ok(
    "bf-meth-relapse-stop",
    BF,
    M,
    M_BF,
    "Fine to breastfeed on methadone. If she relapses to on-top heroin or street benzos, stop BF and tell the MW the "
    "same day.",
    "a verdict with the mother's relapse as a condition",
)
ok(
    "bf-meth-soap",
    BF,
    M,
    M_BF,
    "A: methadone compatible with BF. P: support BF from birth; infant feeding team on PNW.",
    "SOAP shorthand",
)
ok("bf-meth-short", BF, M, M_BF, "BF ok on methadone - encourage.", "a short verdict")
ok(
    "bf-sert-mood-hv",
    BF,
    M,
    S_BF,
    "Sertraline levels in breast milk low - OK to breastfeed. Mood r/v with HV at 6/52.",
    "breastfeeding with the mother's mood follow-up",
)
ok(
    "bf-cit-sleepy-48h",
    BF,
    C,
    C_BF,
    "Fine to breastfeed on citalopram 20 mg; MW to watch for sleepiness or poor feeding in the first 48h.",
    "a verdict with watching by the midwife",
)
ok(
    "bf-cit-dose-unchanged",
    BF,
    C,
    C_BF,
    "Citalopram dose stays at 20 mg and she can breastfeed; if the baby is unusually sleepy or feeding poorly, GP "
    "to review before any change.",
    "the medicine's decision beside the breastfeeding verdict",
)
ok(
    "bf-lith-formula-levels",
    BF,
    L,
    L_BF,
    "Formula fed by choice - no concern via milk. Lithium level within 24h of delivery as planned.",
    "bottle feeding as the breastfeeding answer, with maternal levels",
)
ok(
    "bf-lith-not-advised-infant-feeding",
    BF,
    L,
    L_BF,
    "Not to breastfeed: lithium in milk can reach toxic levels in the baby. Formula from birth, agreed with Rebecca; "
    "infant feeding team to support on the PNW.",
    "not advised, with the reason and plan",
)
ok(
    "bf-valp-bruising",
    BF,
    V,
    V_BF,
    "Breastfeeding OK on valproate - small amounts in milk. Watch the baby for jaundice or bruising; neurology to "
    "confirm once the pregnancy plan is settled.",
    "a verdict with what to watch for",
)
ok(
    "bf-dzp-ff-nights",
    BF,
    F,
    F_BF,
    "Formula fed by choice, so no concern via milk; night feeds by the foster carer while mum is drowsy after doses.",
    "bottle feeding answer beside sedation and night feeds",
)
ok(
    "bf-dzp-ff-only",
    BF,
    F,
    F_BF,
    "FF only - diazepam/pregabalin via breast milk not an issue. Foster carer makes up feeds.",
    "bottle feeding in shorthand",
)
ok(
    "bf-meth-sedation-chair",
    BF,
    M,
    M_BF,
    "Breastfeed in a chair with the lights on, not in bed, as methadone makes her drowsy; breastfeeding itself is "
    "encouraged.",
    "breastfeeding with safe-sleep detail",
)
bad(
    "bf-meth-no-cosleeping-only", BF, M, M_BF, "No co-sleeping after her dose.", "another concern's answer only (MA125)"
)
bad(
    "bf-meth-dose-only",
    BF,
    M,
    M_BF,
    "Methadone 60 mg daily, supervised at the chemist.",
    "the medicine's dose only, nothing on feeding (MA125)",
)
bad(
    "bf-meth-drowsy-only",
    BF,
    M,
    M_BF,
    "Drowsy for a couple of hours after each dose.",
    "sedation only as the breastfeeding answer (MA125)",
)

# ------------------------------------------------------------------------------------------------------------
NW = "withdrawal-items"

ok("nw-meth-obs-hv-days", NW, M, M_NW, "Obs 72h PNW; HV D5 and D10 for late signs.", "who, where, when in shorthand")
ok(
    "nw-meth-paeds-scoring",
    NW,
    M,
    M_NW,
    "Paeds review at birth; NAS scoring 4-hrly for at least 72h on PNW. Breastfeeding helps - encourage skin to skin.",
    "a plan with breastfeeding mentioned",
)
ok(
    "nw-meth-likely-then-plan",
    NW,
    M,
    M_NW,
    "Withdrawal likely, so baby stays on PNW at least 72h with Finnegan scores; SCBU if two scores of 8 or more.",
    "risk with its plan",
)
ok(
    "nw-meth-dose-in-labour",
    NW,
    M,
    M_NW,
    "Her methadone continues at 60 mg through labour. Baby observed on the postnatal ward 3 days, NAS chart by the "
    "midwives, then HV checks to day 8.",
    "the mother's dose beside the baby's plan",
)
ok(
    "nw-meth-delivery-suite",
    NW,
    M,
    M_NW,
    "Neonatal team told on arrival to delivery suite; NAS scoring on the PNW for 72 hrs minimum, treatment if "
    "scores stay high.",
    "a plan opening with who is told",
)
ok(
    "nw-meth-bottle-and-obs",
    NW,
    M,
    M_NW,
    "If she chooses to bottle feed, still 72h NAS obs on PNW; HV to day 8.",
    "feeding mentioned beside the observation plan",
)
ok(
    "nw-dzp-done-late-signs",
    NW,
    F,
    F_NW,
    "5 days on PNW done (mild signs D3, no Rx). Foster carer + HV watch for late signs to D8; ring the neonatal unit "
    "if tremor or poor feeding.",
    "completed plan with later watching and a threshold",
)
ok(
    "nw-dzp-hv-d7-d10",
    NW,
    F,
    F_NW,
    "Late withdrawal still possible, so HV visits D7 and D10 at the placement and checks feeding, sleep and tremor.",
    "a risk with its plan",
)
ok(
    "nw-cit-pnas-48h",
    NW,
    C,
    C_NW,
    "MW obs for PNAS (jittery, poor feeding, grunting) for 48h on PNW; paeds r/v if persists.",
    "midwife shorthand",
)
ok(
    "nw-cit-bf-during-obs",
    NW,
    C,
    C_NW,
    "Breastfeeding continues during obs: the midwife checks the baby 4-hourly for 48 hours for jitteriness, poor "
    "feeding or fast breathing.",
    "breastfeeding mentioned, plan with who and when",
)
ok(
    "nw-lith-levels-and-baby",
    NW,
    L,
    L_NW,
    "Maternal lithium level within 24h of delivery; baby: paeds review at birth, TFTs, and obs on PNW 48h for "
    "floppiness or poor feeding.",
    "the mother's levels beside the baby's plan",
)
ok(
    "nw-sert-alongside-meth",
    NW,
    M,
    S_NW,
    "MW to watch for SSRI adaptation signs from sertraline alongside the methadone NAS obs - same 72h on PNW.",
    "an added item naming both medicines' watching",
)
ok(
    "nw-meth-red-book-plus-plan",
    NW,
    M,
    M_NW,
    "NAS signs listed in the red book for parents; midwives score the baby 4-hourly on the PNW for 72h, HV to day 8.",
    "the red book beside a real plan",
)
bad(
    "nw-meth-watched-closely",
    NW,
    M,
    M_NW,
    "Baby to be watched closely.",
    "watching with no one, time, place or threshold (MA125)",
)
bad("nw-meth-nas-likely", NW, M, M_NW, "NAS likely.", "the risk only (MA125)")
bad(
    "nw-dzp-bottle-placement",
    NW,
    F,
    F_NW,
    "Bottle fed in the placement.",
    "another concern's answer as the observation plan (MA125)",
)
bad(
    "nw-lith-levels-only",
    NW,
    L,
    L_NW,
    "Lithium levels 4-weekly then weekly from 36/40.",
    "maternal levels as the baby's plan (MA125)",
)

# ------------------------------------------------------------------------------------------------------------
SS = "sleep-items"

ok(
    "ss-meth-drowsy-partner-nights",
    SS,
    M,
    M_SS,
    "Drowsy 2-4h post dose, so partner does night feeds; cot beside the bed in parents' room, no bed or sofa sharing.",
    "sleep place plus sedation",
)
ok(
    "ss-meth-safe-cot-seen",
    SS,
    M,
    M_SS,
    "Safe - cot in parents' room, seen by the MW. Never co-sleep after methadone.",
    "a verdict with a place",
)
ok(
    "ss-meth-feeds-in-chair",
    SS,
    M,
    M_SS,
    "Feeds in a chair, not in bed, as methadone makes her drowsy; baby back in own cot after every feed.",
    "breastfeeding detail inside the safe-sleep answer",
)
ok(
    "ss-meth-mood-dad-takes",
    SS,
    M,
    M_SS,
    "Mood OK. Methadone sedation - no co-sleeping; cot by the bed; dad takes the baby if she feels sleepy.",
    "mood mentioned beside a real answer",
)
ok(
    "ss-meth-red-book-cot",
    SS,
    M,
    M_SS,
    "Red book safe sleep page gone through; baby sleeps in a cot in the parents' room, never in her bed or on the "
    "sofa after her dose.",
    "red book beside a real answer",
)
ok(
    "ss-dzp-carer-room",
    SS,
    F,
    F_SS,
    "Drowsy after each dose: foster carer does night feeds; baby in a cot in the carer's room; no sofa or armchair "
    "naps with baby.",
    "sedation plus the sleep place",
)
ok(
    "ss-dzp-lullaby-plus",
    SS,
    F,
    F_SS,
    "Lullaby Trust advice gone through: baby on back in own cot in the carer's room, never in Kayleigh's bed.",
    "a source named beside the arrangement",
)
ok(
    "ss-lith-not-sedating-basket",
    SS,
    L,
    L_SS,
    "Lithium not sedating at this level; Moses basket by the bed. Perinatal team to r/v if any sedating medicine is "
    "added after birth.",
    "not sedating, with the place and a plan",
)
ok(
    "ss-valp-seizure-plan",
    SS,
    V,
    V_SS,
    "Not sedating. If seizures recur after birth: baby never in her bed, change nappies on the floor, partner present "
    "for baths.",
    "a reason no advice is needed and a conditional plan",
)
ok(
    "ss-meth-letter",
    SS,
    M,
    M_SS,
    "Dear HV - Jodie is drowsy for a few hours after her methadone, so please check at the new birth visit that the "
    "cot is in their room and that she never naps with the baby on the sofa.",
    "a letter to the health visitor",
)
bad(
    "ss-meth-drowsy-only",
    SS,
    M,
    M_SS,
    "Drowsy in the afternoons after her dose.",
    "sedation with no sleep arrangement (MA125)",
)
bad(
    "ss-dzp-bottle-only",
    SS,
    F,
    F_SS,
    "Bottle fed by the foster carer.",
    "another concern's answer as the safe sleep advice (MA125)",
)
bad("ss-dzp-lullaby-only", SS, F, F_SS, "As per Lullaby Trust guidance.", "a source only (MA125)")

# ------------------------------------------------------------------------------------------------------------
PT = "partner-items"

ok(
    "pt-ss-hard-to-wake",
    PT,
    P,
    P_SS,
    "Daniel very hard to wake after 300 mg quetiapine - never in bed or on the sofa with baby; Chloe does nights; crib "
    "on her side.",
    "the father's sedation with where the baby sleeps",
)
ok(
    "pt-ss-safe-spare-room",
    PT,
    P,
    P_SS,
    "Safe - next-to-me crib on Chloe's side; Daniel sleeps in the spare room on nights he takes quetiapine.",
    "a verdict with a place",
)
ok(
    "pt-ss-not-alone-overnight",
    PT,
    P,
    P_SS,
    "Dad drowsy around 8h post dose, so not left alone with the baby overnight; baby in crib in parents' room, HV "
    "checks at each visit.",
    "sedation, care at night and a place",
)
ok(
    "pt-ss-red-book-both",
    PT,
    P,
    P_SS,
    "Red book safe sleep section gone through with both parents; crib beside Chloe's side of the bed; Daniel never "
    "holds the baby lying down after his dose.",
    "the red book beside a real answer",
)
ok(
    "pt-ss-letter-hv",
    PT,
    P,
    P_SS,
    "Dear HV, Daniel takes quetiapine 300 mg nocte and is heavily sedated until morning. Please check at each visit "
    "that the crib stays on Chloe's side and that he does no night feeds.",
    "a letter",
)
ok(
    "pt-ss-mood-well",
    PT,
    P,
    P_SS,
    "Daniel's mood is well on quetiapine. Because he is sedated at night, Chloe does the feeds and the baby sleeps in "
    "the crib beside her, never on the sofa with him.",
    "his mood mentioned beside the answer",
)
ok(
    "pt-bf-mixed-not-milk",
    PT,
    P,
    P_BF,
    "Mixed feeding (breast and formula) continues; the quetiapine is Daniel's, so none reaches the baby via Chloe's "
    "milk.",
    "breastfeeding answered for a partner's medicine",
)
ok(
    "pt-bf-paracetamol",
    PT,
    P,
    P_BF,
    "No concern via breast milk: the quetiapine is the father's; Chloe's paracetamol is compatible with breastfeeding.",
    "a verdict with both parents' medicines",
)
ok(
    "pt-bf-night-feeds",
    PT,
    P,
    P_BF,
    "Chloe breastfeeds and does all the night feeds, as Daniel is sedated after his quetiapine; none of his medicine "
    "reaches her milk.",
    "breastfeeding with the night-care plan",
)
bad("pt-ss-sleeps-soundly", PT, P, P_SS, "He sleeps soundly on his tablets.", "how the father sleeps (MA125)")
bad("pt-ss-drowsy-only", PT, P, P_SS, "Drowsy after his evening dose.", "sedation only (MA125)")
bad(
    "pt-ss-dose-review-only",
    PT,
    P,
    P_SS,
    "Quetiapine 300 mg nocte; his GP reviews it 3-monthly.",
    "the medicine's dose and review only (MA125)",
)

# ------------------------------------------------------------------------------------------------------------
GF = "general-facts"

ok(
    "gf-meth-milk-small-keep-bf",
    GF,
    M,
    M_BF,
    "Opioids pass into breast milk in small amounts; on her stable methadone this will not harm the baby, so keep "
    "breastfeeding.",
    "a general fact with its consequence",
)
ok(
    "gf-lith-milk-so-formula",
    GF,
    L,
    L_BF,
    "Lithium passes freely into breast milk, so she will not breastfeed; formula from birth.",
    "a general fact with its consequence",
)
ok(
    "gf-cit-ssri-adaptation-so-obs",
    GF,
    C,
    C_NW,
    "SSRIs can cause neonatal adaptation symptoms, so the MW observes the baby for 48h on the PNW.",
    "a class fact with the plan",
)
ok(
    "gf-dzp-benzo-late-so-d10",
    GF,
    F,
    F_NW,
    "Benzodiazepine withdrawal can start late (day 8 or after), so HV and foster carer watch to day 10 and call the "
    "neonatal unit for tremor or poor feeding.",
    "a class fact with the plan",
)
ok(
    "gf-valp-low-milk-so-ok",
    GF,
    V,
    V_BF,
    "Valproate levels in breast milk are low, so she may breastfeed once the neurology plan is agreed; watch the "
    "baby for bruising.",
    "a fact with a verdict",
)
ok(
    "gf-sert-milk-negligible",
    GF,
    M,
    S_BF,
    "SSRIs pass into breast milk, but sertraline levels in the baby are negligible, so she can breastfeed.",
    "a class fact with a verdict",
)
ok(
    "gf-dzp-pregab-adds-so-nights",
    GF,
    F,
    F_SS,
    "Pregabalin adds to diazepam's sedation, so she never sleeps with the baby on a bed or sofa; carer does nights.",
    "a fact about her pair with the plan",
)
bad("gf-meth-excreted", GF, M, M_BF, "Methadone is excreted into breast milk.", "a general fact only (MA125)")
bad(
    "gf-dzp-benzo-late",
    GF,
    F,
    F_NW,
    "Benzodiazepine withdrawal in neonates can be delayed.",
    "a class fact only, as a plan (MA125)",
)
bad("gf-lith-floppy", GF, L, L_NW, "Lithium can cause floppiness in newborns.", "a general fact only (MA125)")

# ------------------------------------------------------------------------------------------------------------
AR = "arrangements"

ok(
    "ar-n-safe-basket",
    AR,
    N,
    ARR,
    "Safe - Moses basket in the parents' room, seen at the home visit.",
    "a verdict with a place",
)
ok(
    "ar-n-red-book-basket",
    AR,
    N,
    ARR,
    "Red book safe sleep page done; baby in a Moses basket next to mum's side of the bed.",
    "the red book beside a real answer",
)
ok("ar-n-feet-to-foot", AR, N, ARR, "Own cot, parents' room, feet to foot.", "shorthand place")
ok(
    "ar-p-crib-spare-room",
    AR,
    P,
    ARR,
    "Next-to-me crib on Chloe's side (seen D10 by HV); dad in the spare room on tablet nights.",
    "place with the father's arrangement",
)
ok(
    "ar-f-cot-carer-room",
    AR,
    F,
    ARR,
    "Cot in the foster carer's room, seen by the HV at the placement; Kayleigh sleeps in her own room along the "
    "landing.",
    "place and who is where",
)
ok(
    "ar-f-suitable-cot",
    AR,
    F,
    ARR,
    "Suitable cot in the foster carer's bedroom - seen at the placement visit.",
    "a verdict with a place and a check",
)
ok(
    "ar-p-safe-crib-seen",
    AR,
    P,
    ARR,
    "Safe: crib on mum's side of the bed, seen by the HV at the new birth visit.",
    "verdict, place and who saw it",
)
bad("ar-n-suitable-only", AR, N, ARR, "Suitable for baby.", "a verdict alone (MA109)")
bad("ar-p-safe-appropriate", AR, P, ARR, "Safe and appropriate.", "a verdict alone (MA109)")
bad("ar-f-see-pchr", AR, F, ARR, "See PCHR.", "a pointer to the red book (MA109)")


# ------------------------------------------------------------------------------------------------------------
# More good answers in other voices, one per item, across the examples.

ok(
    "bf-meth-bullets",
    BF,
    M,
    M_BF,
    "- BF: encouraged on methadone 60 mg\n- skin to skin from birth (helps NAS)\n- no feeding in bed after her dose",
    "bullets with line breaks",
)
ok(
    "bf-sert-switch-not-needed",
    BF,
    M,
    S_BF,
    "No need to switch from sertraline to breastfeed - it is the preferred SSRI. HV to ask about feeding and mood at "
    "the new birth visit.",
    "the medicine's decision beside feeding",
)
ok("bf-cit-mixed-ok", BF, C, C_BF, "Breast or mixed feeding both fine on citalopram 20 mg.", "a short verdict")
ok(
    "bf-valp-neuro-advise-folic",
    BF,
    V,
    V_BF,
    "Can usually breastfeed on valproate; folic acid 5 mg continues meanwhile and the neurologist confirms feeding "
    "advice at the urgent review.",
    "a verdict with a plan and another medicine",
)
ok(
    "nw-meth-threshold-scbu",
    NW,
    M,
    M_NW,
    "PNW obs min 72h: MW scores 4-hrly; 2 scores of 8 or more -> neonatal team r/v, SCBU if treatment needed.",
    "arrows and thresholds",
)
ok(
    "nw-cit-home-early",
    NW,
    C,
    C_NW,
    "If discharged before 48h, community MW visits D2 and D3 to check feeding, tone and breathing; paeds if concerns.",
    "a plan at home with days",
)
ok(
    "nw-lith-delivery-hospital",
    NW,
    L,
    L_NW,
    "Deliver in hospital: paeds r/v at birth, baby's lithium level and TFTs if unwell, obs 48h on PNW for "
    "floppiness, poor feeding or cyanosis.",
    "a hospital plan with tests",
)
ok(
    "nw-dzp-foster-carer-chart",
    NW,
    F,
    F_NW,
    "Foster carer keeps the feeding and sleep chart to D10 and rings the neonatal unit if the baby is jittery, "
    "feeds poorly or cries inconsolably.",
    "who keeps watching and when to call",
)
ok(
    "ss-meth-midwife-shorthand",
    SS,
    M,
    M_SS,
    "Sedated post dose. SSA given: own cot, parents' room, not on sofa; partner to do 2am feed.",
    "midwife shorthand (SSA)",
)
ok(
    "ss-dzp-taper-nights",
    SS,
    F,
    F_SS,
    "While on diazepam and pregabalin she never sleeps with the baby in bed, on the sofa or armchair; carer does all "
    "nights until the taper from 6/52.",
    "the medicine's decision beside the sleep answer",
)
ok(
    "ss-lith-sleep-mood",
    SS,
    L,
    L_SS,
    "Good sleep protects her mood, so partner does night feeds with formula; baby in a Moses basket in their room. "
    "Lithium itself not sedating.",
    "the mother's mood and sleep beside the baby's place",
)
ok(
    "pt-ss-soap",
    PT,
    P,
    P_SS,
    "S: dad sedated ~8h after quetiapine. A: co-sleeping risk. P: crib on mum's side, he never sleeps with baby on "
    "bed/sofa, no night feeds by him.",
    "SOAP shorthand",
)
ok(
    "pt-bf-formula-top-up",
    PT,
    P,
    P_BF,
    "Formula top-ups by day and breast at night - fine; father's quetiapine doesn't reach baby through milk.",
    "a verdict with feeding described",
)
ok(
    "gf-meth-opioid-nas-so-obs",
    GF,
    M,
    M_NW,
    "Opioids in late pregnancy often cause NAS, so the baby is scored on the PNW for 72h and seen by the HV to D8.",
    "a class fact with the plan",
)
ok(
    "gf-quet-sedating-so-crib",
    GF,
    P,
    P_SS,
    "Quetiapine is sedating, so Daniel never shares a bed or sofa with the baby; crib on Chloe's side.",
    "a fact with what it means here",
)
ok("ar-n-crib-hv-seen", AR, N, ARR, "Crib in parents' room; checked by HV at NBV.", "HV shorthand")
ok(
    "ar-n-cot-red-book",
    AR,
    N,
    ARR,
    "Cot in parents' bedroom (red book safe sleep page gone through at the NBV).",
    "the red book beside the place",
)
bad("gf-quet-sedating-only", GF, P, P_SS, "Quetiapine is a sedating antipsychotic.", "a general fact only (MA125)")
bad("ar-n-red-book", AR, N, ARR, "As documented in the red book.", "a pointer only (MA109)")


# ------------------------------------------------------------------------------------------------------------
# Short answers with their source or shorthand, as written on a busy clinic day.

ok(
    "bf-meth-compatible-lactmed-ukdilas",
    BF,
    M,
    M_BF,
    "Compatible (LactMed/UKDILAS); encourage BF.",
    "a verdict with its sources and an instruction",
)
ok("bf-meth-compatible-per-ukdilas", BF, M, M_BF, "Compatible per UKDILAS.", "a verdict with its source")
ok("bf-meth-compatible-lactmed-bracket", BF, M, M_BF, "Compatible (LactMed).", "a verdict with its source")
ok("bf-meth-compatible-bnf-bracket", BF, M, M_BF, "Compatible (BNF).", "a verdict with its source")
ok(
    "bf-meth-per-ukdilas-so",
    BF,
    M,
    M_BF,
    "Compatible per UKDILAS, so breastfeeding encouraged from birth.",
    "a verdict with its source and consequence",
)
ok(
    "bf-meth-formula-choice",
    BF,
    M,
    M_BF,
    "Formula fed by choice - no concern via milk.",
    "bottle feeding by choice as the breastfeeding answer",
)
ok("bf-meth-not-contraindicated", BF, M, M_BF, "Not contraindicated - support BF.", "a negated verdict")
ok(
    "bf-cit-source-watch",
    BF,
    C,
    C_BF,
    "Citalopram compatible per LactMed; watch baby for drowsiness.",
    "a verdict, source and watching",
)
ok("nw-meth-72h-bapm", NW, M, M_NW, "72h PNW obs (BAPM).", "a plan with its framework in brackets")
ok("nw-meth-bapm-per", NW, M, M_NW, "72h obs on PNW per BAPM.", "a plan with its framework")
ok("nw-meth-pathway-arrows", NW, M, M_NW, "Pathway: PNW 72h -> HV D5/D10 -> GP 6/52.", "a pathway in arrows")
ok("nw-meth-observe-dashes", NW, M, M_NW, "Observe - PNW - 72 hours - Finnegan.", "a plan in dashes")
ok("nw-meth-likely-plan-colon", NW, M, M_NW, "Likely NAS. Plan: 72h on PNW, scoring 4-hrly.", "the risk, then the plan")
ok(
    "nw-meth-guideline-then-plan",
    NW,
    M,
    M_NW,
    "Refer to NAS guideline - baby scored 4-hrly on PNW for 72h.",
    "a pointer beside the plan",
)
ok(
    "nw-dzp-hv-carer-daily",
    NW,
    F,
    F_NW,
    "HV D10 + foster carer daily - late signs (tremor, poor feeds).",
    "who and when in shorthand",
)
ok("nw-lith-paeds-plus", NW, L, L_NW, "Paeds at birth + 48h PNW obs.", "a plan in shorthand")
ok("ss-meth-cot-no-cosleep-short", SS, M, M_SS, "Cot in room. No co-sleep.", "two short clauses")
ok("ss-meth-lullaby-bracket", SS, M, M_SS, "Cot in parents' room (Lullaby Trust).", "a place with its source")
ok(
    "ss-dzp-colon-list",
    SS,
    F,
    F_SS,
    "Nights: carer. Cot: carer's room. Mum: no naps with baby on sofa/bed.",
    "a colon list",
)
ok("ss-valp-non-sedating-cot", SS, V, V_SS, "Non-sedating. Cot beside bed.", "a reason and a place")
ok(
    "pt-ss-initial-d",
    PT,
    P,
    P_SS,
    "Crib Chloe's side; D never in bed with baby post dose.",
    "the father by his initial",
)
ok(
    "pt-ss-lullaby-bracket",
    PT,
    P,
    P_SS,
    "No bed/sofa sharing with Daniel after his dose; crib on Chloe's side (Lullaby Trust).",
    "an answer with its source",
)
ok(
    "ar-n-as-per-red-book-place",
    AR,
    N,
    ARR,
    "Sleeps in own cot in parents' room as per red book advice.",
    "the red book beside a place",
)
ok("ar-f-red-book-colon", AR, F, ARR, "As per red book: cot in carer's room.", "a pointer then the place")
ok("ar-p-safe-appropriate-crib", AR, P, ARR, "Safe and appropriate - next-to-me crib.", "a verdict with a place")
bad("bf-meth-see-lactmed", BF, M, M_BF, "See LactMed.", "a pointer only (MA125)")
bad("nw-meth-per-bapm-only", NW, M, M_NW, "Per BAPM framework.", "a pointer only (MA125)")
bad("ar-n-per-red-book", AR, N, ARR, "As per red book.", "a pointer only (MA109)")

# ------------------------------------------------------------------------------------------------------------
DG = "disguise"


def isolate_words(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oi", variant=1)


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


DISGUISES: list[tuple[str, Callable[[str], str]]] = [
    ("cyr", cyr),
    ("zw", zw),
    ("shy", shy),
    ("iso", isolate_words),
    ("fw", full_width),
    ("gr", greek),
]

_n = 0
for _i, (_name, _base, _path, _text, _expect, _why) in enumerate(list(_POOL)):
    if _i % 4 != 1:
        continue
    _tag, _fn = DISGUISES[_n % len(DISGUISES)]
    _n += 1
    add(f"dg-{_tag}-{_name}", DG, _expect, _base, set_(_path, _fn(_text)), f"{_why}; disguised ({_tag})")
# Every other hollow near miss also disguised once more.
for _j, (_name, _base, _path, _text, _expect, _why) in enumerate([entry for entry in _POOL if entry[4] == REFUSE]):
    if _j % 2 == 0:
        add(f"dg-zwc-{_name}", DG, _expect, _base, set_(_path, cyr(zw(_text))), f"{_why}; disguised (cyr+zw)")


add(
    "dg-zw-bf-meth-compatible-per-ukdilas",
    DG,
    PASS,
    M,
    set_(M_BF, zw("Compatible per UKDILAS.")),
    "a verdict with its source; zero-width spaces",
)
add(
    "dg-cyr-nw-meth-72h-bapm",
    DG,
    PASS,
    M,
    set_(M_NW, cyr("72h PNW obs (BAPM).")),
    "a plan with its framework in brackets; look-alike letters",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F85CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F85CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F85CASES):3}"
    )
