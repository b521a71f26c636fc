"""A sixty-sixth independent "fresh" batch of red-team cases for the share gate: the adversary, eleventh round,
and disguise at its hardest.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. Part 1 (about 60%) is hollow conclusions in shapes no earlier batch tried,
each beside a near-miss good twin that decides clearly in similar words:

* ``guidance-quotes``: NICE, MHRA, BAP, Lullaby Trust quoted at length with no decision for this baby;
* ``attendance``: who was present, where and for how long, and nothing concluded;
* ``monitor-lists``: what will be "monitored" with no who, when or threshold;
* ``wrong-person``: the decision is about the baby's sibling, niece or grandmother;
* ``negations``: every sentence negated back ("not no concern", neither/nor, double negatives that cancel);
* ``pending-results``: a plan that hangs on a result not yet back with nothing decided meanwhile;
* ``name-swapped``: the same sentence for each medicine with the name changed and a phrase or two reordered;
* ``reasons-only``: "because ...", "given that ...", "due to ..." with no conclusion.

Part 2 (about 40%) is disguise at its hardest, over good conclusions and hollow ones alike, each judged exactly
like its plain form (``__main__`` checks that the corpus's own reading of the disguised text is the plain one):

* ``disguise-scripts``: one Cyrillic letter in a word, Greek omicrons, Cherokee capitals, Armenian letters;
* ``disguise-styled``: mathematical alphanumerics (bold, bold italic, sans-serif, monospace), circled letters,
  superscript digits in doses;
* ``disguise-marks``: a combining mark on every letter, variation selectors, tag characters (U+E0000 block);
* ``disguise-fillers``: interlinear annotation characters, Hangul fillers, the Braille blank for spaces, the
  Mongolian vowel separator, line and paragraph separators (U+2028/2029) inside sentences.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh66_cases`` for the
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
    P,
    V,
    chain,
    set_,
)
from tests.redteam.disguise import homoglyphs, inside_words

F66CASES: list[Case] = []

CATEGORIES = (
    "guidance-quotes",
    "attendance",
    "monitor-lists",
    "wrong-person",
    "negations",
    "pending-results",
    "name-swapped",
    "reasons-only",
    "disguise-scripts",
    "disguise-styled",
    "disguise-marks",
    "disguise-fillers",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F66CASES.append(Case(f"f66-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def c(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def o(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


MET = "asm-methadone"
SER = "asm-sertraline"
LI = "asm-lithium"
VPA = "asm-valproate"
DP = "asm-diazepam-pregabalin"
PQ = "asm-partner-quetiapine"
CIT = "asm-citalopram"

# ============================================================================================================
# guidance-quotes: guidance quoted at length with no decision for this baby; the twin quotes and then decides.

bad(
    "guid-nice-methadone-quoted",
    "guidance-quotes",
    M,
    c(
        MET,
        "NICE CG192 says that opioid substitution in pregnancy should be continued and that women should be "
        "told about neonatal abstinence syndrome. The local neonatal abstinence guideline says that exposed "
        "babies are scored using a validated tool. UNICEF Baby Friendly guidance says breastfeeding is "
        "generally encouraged on stable methadone.",
    ),
    "three guidelines quoted about methadone, nothing decided for this baby",
)
ok(
    "guid-nice-methadone-decided",
    "guidance-quotes",
    M,
    c(
        MET,
        "In line with NICE CG192, her methadone 60 mg continues. Following our neonatal abstinence guideline, "
        "this baby will be scored on the postnatal ward for at least 72 hours, and the health visitor watches "
        "for late signs to day 8. She will breastfeed. No co-sleeping: she is drowsy after each dose.",
    ),
    "guidance named, then applied to this baby",
)
bad(
    "guid-mhra-valproate-quoted",
    "guidance-quotes",
    V,
    c(
        VPA,
        "The MHRA states that valproate must not be used in girls and women of childbearing potential unless "
        "the conditions of the pregnancy prevention programme are met. The MHRA further states that exposed "
        "babies have around an 11% risk of major malformation and a 30 to 40% risk of developmental disorder.",
    ),
    "MHRA valproate wording quoted; no decision about this pregnancy",
)
ok(
    "guid-mhra-valproate-decided",
    "guidance-quotes",
    V,
    c(
        VPA,
        "The MHRA warning on valproate applies to this baby: first-trimester exposure at 8 weeks carries a high "
        "risk of malformation and later developmental harm. Valproate continues until neurology sees her "
        "urgently, as stopping suddenly risks seizures; fetal medicine referral sent and folic acid 5 mg "
        "started today.",
    ),
    "warning cited, then the decision and actions for this pregnancy",
)
bad(
    "guid-bap-lithium-quoted",
    "guidance-quotes",
    L,
    c(
        LI,
        "The BAP perinatal guideline advises that lithium levels are monitored more often in pregnancy. NICE "
        "advises that women taking lithium should not breastfeed. The product literature advises that neonates "
        "exposed to lithium may show hypotonia and poor suck.",
    ),
    "what guidelines advise in general; no plan for her or this baby",
)
ok(
    "guid-bap-lithium-decided",
    "guidance-quotes",
    L,
    c(
        LI,
        "Following the BAP guidance, lithium 800 mg continues with levels every 4 weeks, weekly from 36 weeks "
        "and within 24 hours of birth. As NICE advises, she will not breastfeed; the baby is bottle fed and "
        "the paediatrician checks tone, feeding and thyroid after birth.",
    ),
    "guidance followed into a plan for this baby",
)
bad(
    "guid-lullaby-quetiapine-quoted",
    "guidance-quotes",
    P,
    c(
        PQ,
        "The Lullaby Trust advises that parents who have taken medicines that make them drowsy should not "
        "share a bed with a baby. NICE postnatal care guidance says that co-sleeping risk should be discussed "
        "at each postnatal contact. Quetiapine's leaflet warns that it may cause drowsiness.",
    ),
    "safe-sleep guidance and a leaflet quoted about the father's quetiapine; no arrangement for this baby",
)
ok(
    "guid-lullaby-quetiapine-decided",
    "guidance-quotes",
    P,
    c(
        PQ,
        "As the Lullaby Trust advises, Daniel must not share a bed or sofa with the baby after his quetiapine "
        "because he is hard to wake. The baby sleeps in its own crib beside the mother, who does the night "
        "feeds; the health visitor checks the set-up each visit.",
    ),
    "guidance applied: who sleeps where and who checks",
)

# ============================================================================================================
# attendance: who was present and for how long; the twin records attendance and then decides.

bad(
    "att-methadone-who-and-how-long",
    "attendance",
    M,
    c(
        MET,
        "Present: Jodie, her partner, the community midwife and the drug service keyworker, with Dr Shah "
        "chairing. Methadone, withdrawal and sleeping arrangements were covered over 50 minutes in the "
        "antenatal clinic room 4, from 14:10 to 15:00.",
    ),
    "an attendance list and a duration; nothing concluded",
)
ok(
    "att-methadone-then-decided",
    "attendance",
    M,
    c(
        MET,
        "Met for 50 minutes with Jodie, her partner, the midwife and her keyworker. Agreed: methadone 60 mg "
        "continues; the baby stays in for 72 hours of withdrawal scoring after birth; she breastfeeds; no "
        "co-sleeping because she is drowsy after her dose, and the midwife sees the cot at the home visit.",
    ),
    "attendance, then what was agreed",
)
bad(
    "att-lithium-meeting-minutes",
    "attendance",
    L,
    c(
        LI,
        "Lithium planning meeting, 45 minutes, attended by the consultant perinatal psychiatrist, the "
        "obstetric registrar, the specialist midwife and the patient with her mother. Apologies from the "
        "health visitor. Next meeting in four weeks.",
    ),
    "the meeting's attendance and apologies; no plan",
)
ok(
    "att-lithium-minutes-with-plan",
    "attendance",
    L,
    c(
        LI,
        "Planning meeting (45 minutes; psychiatrist, obstetric registrar, specialist midwife, patient and her "
        "mother). Outcome: lithium continues at 800 mg; levels monthly then weekly from 36 weeks; birth in "
        "hospital with a level within 24 hours; paediatric review of the baby for floppiness and thyroid; "
        "bottle feeding as breastfeeding is not advised.",
    ),
    "minutes with their outcome",
)
bad(
    "att-partner-home-visit-length",
    "attendance",
    P,
    c(
        PQ,
        "Home visit lasting one hour with both parents and the baby present; the father's quetiapine and the "
        "sleeping arrangements were looked at together in the bedroom and lounge. Visit ended at 11:30.",
    ),
    "who was there and how long, and where they looked; no verdict on the father's quetiapine",
)
ok(
    "att-partner-home-visit-verdict",
    "attendance",
    P,
    c(
        PQ,
        "Hour-long home visit with both parents. Because of his evening quetiapine the father is not to sleep "
        "with the baby on the bed, sofa or armchair or give night feeds; the baby's crib is by the mother's "
        "side of the bed and she does nights. Health visitor to recheck at each visit.",
    ),
    "the visit, then the arrangement for the baby",
)
bad(
    "att-citalopram-consult-duration",
    "attendance",
    C,
    c(
        CIT,
        "Citalopram consultation: 20 minute telephone call with the patient, then a 10 minute call with her "
        "midwife; interpreter not needed; patient consented to the call being recorded.",
    ),
    "the consultation's logistics; nothing about the baby",
)
ok(
    "att-citalopram-consult-outcome",
    "attendance",
    C,
    c(
        CIT,
        "After a 20 minute call with her and 10 minutes with her midwife: citalopram 20 mg continues, since "
        "stopping caused a relapse before. The midwife will watch the baby for adaptation signs (jittery, "
        "fast breathing, poor feeding) for 48 hours. Breastfeeding is fine.",
    ),
    "the calls, then the decision",
)

# ============================================================================================================
# monitor-lists: what will be "monitored" with no who, when or threshold; the twin gives them.

bad(
    "mon-lithium-list",
    "monitor-lists",
    L,
    c(
        LI,
        "Lithium: monitoring of lithium levels, renal function, thyroid function, fluid balance in labour, "
        "maternal mood, neonatal tone, neonatal feeding and neonatal thyroid.",
    ),
    "a list of things to monitor with no who, when or threshold, and no decision",
)
ok(
    "mon-lithium-who-when",
    "monitor-lists",
    L,
    c(
        LI,
        "Lithium 800 mg continues. The obstetric team checks levels every 4 weeks, weekly from 36 weeks and "
        "within 24 hours of delivery, aiming for 0.4 to 0.8 mmol/L. The paediatrician examines the baby on "
        "day 1 for tone, feeding and thyroid. Formula feeding, as breastfeeding is not advised.",
    ),
    "who monitors what, when, to what target",
)
bad(
    "mon-methadone-to-be-monitored",
    "monitor-lists",
    M,
    c(
        MET,
        "Methadone: to be monitored. Baby to be monitored. Feeding to be monitored. Sleep to be monitored. "
        "Mother's drowsiness to be monitored.",
    ),
    "everything 'to be monitored', by nobody, never",
)
ok(
    "mon-methadone-who-when",
    "monitor-lists",
    M,
    c(
        MET,
        "Methadone 60 mg continues. Midwives score the baby for withdrawal 4-hourly on the postnatal ward for "
        "at least 72 hours and call the paediatrician if two scores are 8 or more; the health visitor looks "
        "for late signs until day 8. Breastfeeding encouraged; no co-sleeping as she is drowsy after her dose.",
    ),
    "monitoring with actors, timing and a threshold",
)
bad(
    "mon-diazepam-pregabalin-keep-an-eye",
    "monitor-lists",
    F,
    c(
        DP,
        "Diazepam and pregabalin: keep an eye on sedation, sleep, feeding, withdrawal signs and the "
        "placement generally, and monitor as appropriate going forward.",
    ),
    "'keep an eye on' a list; no who, no when, no decision on the medicines",
)
ok(
    "mon-diazepam-pregabalin-foster-carer",
    "monitor-lists",
    F,
    c(
        DP,
        "Diazepam and pregabalin continue; the GP plans a slow diazepam taper from the 6-week review. Both "
        "make her drowsy: no co-sleeping, no feeding lying down, and the foster carer does the night feeds. "
        "The foster carer and health visitor watch the baby for late withdrawal (tremor, poor feeds) to day 8.",
    ),
    "who watches the baby, for what, until when",
)
bad(
    "mon-sertraline-ongoing",
    "monitor-lists",
    M,
    c(
        SER,
        "Sertraline: ongoing monitoring of mood, ongoing monitoring of the pregnancy and ongoing monitoring of "
        "the newborn for adaptation.",
    ),
    "'ongoing monitoring' three times; no decision and no one named",
)
ok(
    "mon-sertraline-named",
    "monitor-lists",
    M,
    c(
        SER,
        "Sertraline 100 mg continues; stopping risks her depression returning. The midwife watches the newborn "
        "for jitteriness and poor feeding for 48 hours and the paediatric team knows about the small PPHN risk. "
        "She can breastfeed.",
    ),
    "who watches and for how long",
)

# ============================================================================================================
# wrong-person: the decision is about the baby's sibling or grandmother; the twin decides about this baby.

bad(
    "who-methadone-older-brother",
    "wrong-person",
    M,
    c(
        MET,
        "Methadone 60 mg continues. Her four-year-old son must sleep in his own bed, not on the sofa with her, "
        "and his nursery will be told; the school nurse reviews his sleep and feeding at his next check.",
    ),
    "the sleep and feeding decided are the older brother's; nothing for the expected baby",
)
ok(
    "who-methadone-brother-and-baby",
    "wrong-person",
    M,
    c(
        MET,
        "Methadone 60 mg continues. The new baby will be scored for withdrawal for at least 72 hours after "
        "birth and may breastfeed. She is drowsy after her dose, so the baby must never sleep on the sofa or "
        "in her bed; her four-year-old son keeps his own room and the midwife checks the baby's cot.",
    ),
    "the sibling mentioned, the decisions made for this baby",
)
bad(
    "who-quetiapine-grandmother",
    "wrong-person",
    P,
    c(
        PQ,
        "The father's quetiapine: his mother, who stays over at weekends, must not take his tablets by mistake "
        "and should keep her own sleeping pills locked away; her GP will review her night sedation.",
    ),
    "the grandmother's tablets and sleep, not the baby's safe sleep with a sedated father",
)
ok(
    "who-quetiapine-grandmother-helps",
    "wrong-person",
    P,
    c(
        PQ,
        "The father is heavily sedated after his quetiapine at night, so he must not share a bed, sofa or "
        "chair with the baby or do night feeds. At weekends his mother, who stays over, does the night feed "
        "instead; the baby sleeps in its own crib. Health visitor to check.",
    ),
    "the grandmother in the baby's night care, the decision about the baby",
)
bad(
    "who-lithium-sister-toddler",
    "wrong-person",
    L,
    c(
        LI,
        "Lithium continues. Her toddler daughter needs a paediatric review for her poor feeding and floppiness "
        "after her recent virus, and her thyroid test is booked with the GP.",
    ),
    "the paediatric review and thyroid test are the toddler's; the unborn baby is not mentioned",
)
ok(
    "who-lithium-newborn-not-toddler",
    "wrong-person",
    L,
    c(
        LI,
        "Lithium 800 mg continues with levels every 4 weeks, weekly from 36 weeks and within 24 hours of "
        "birth. The newborn needs a paediatric review for floppiness, poor feeding and thyroid after delivery; "
        "she will bottle feed. Her toddler's own GP appointment is unrelated.",
    ),
    "the newborn's review decided; the toddler set aside",
)
bad(
    "who-valproate-niece",
    "wrong-person",
    V,
    c(
        VPA,
        "Valproate: her sister's baby, born last year after valproate exposure, has been referred to "
        "community paediatrics for developmental checks and her sister has started folic acid.",
    ),
    "a niece's referral and a sister's folic acid; nothing about this pregnancy",
)
ok(
    "who-valproate-her-own-pregnancy",
    "wrong-person",
    V,
    c(
        VPA,
        "Valproate continues until urgent neurology review, as stopping suddenly risks seizures. Unlike her "
        "sister's baby, this baby's exposure is known at 8 weeks: high malformation and developmental risk, "
        "so fetal medicine referral is sent and folic acid 5 mg started today.",
    ),
    "the sister's history as context; the decision about this pregnancy",
)

# ============================================================================================================
# negations: every sentence negated back; the twin uses negatives that decide.

bad(
    "neg-methadone-takes-back",
    "negations",
    M,
    c(
        MET,
        "Methadone 60 mg will continue, or will not continue. The baby will be scored for withdrawal, unless "
        "it is not. Co-sleeping is unsafe, though not unsafe. Breastfeeding is supported, or not supported.",
    ),
    "each sentence takes itself back",
)
ok(
    "neg-methadone-negatives-decide",
    "negations",
    M,
    c(
        MET,
        "Methadone 60 mg is not to be reduced in pregnancy. The baby will not go home before 72 hours of "
        "withdrawal scoring. She must not co-sleep: she is drowsy after each dose. Breastfeeding is not "
        "discouraged; she plans to breastfeed.",
    ),
    "negated instructions that decide",
)
bad(
    "neg-lithium-double-negatives",
    "negations",
    L,
    c(
        LI,
        "It is not untrue that lithium is not without risk to the baby, nor is it not the case that "
        "breastfeeding is not without concern, and it cannot be said that a paediatric review is not "
        "something that might not be indicated.",
    ),
    "double negatives that cancel; no decision about lithium, feeding or the review",
)
ok(
    "neg-lithium-not-without-risk-decided",
    "negations",
    L,
    c(
        LI,
        "Lithium is not without risk to the baby, but stopping is not an option given her relapse risk: "
        "lithium 800 mg continues with monthly, then weekly levels. The baby is not to be breastfed and must "
        "not miss the paediatric review for tone and thyroid after birth.",
    ),
    "a double negative followed by clear decisions",
)
bad(
    "neg-citalopram-not-no-concern",
    "negations",
    C,
    c(
        CIT,
        "Citalopram: not no concern, but not a concern either. Not stopping, not not stopping. The baby is "
        "not unaffected and not affected.",
    ),
    "'not no concern' and every clause cancelled",
)
ok(
    "neg-citalopram-not-no-concern-decided",
    "negations",
    C,
    c(
        CIT,
        "Citalopram is not free of concern for the baby: there is a small risk of adaptation problems and "
        "PPHN. But she is not to stop it, since she relapsed last time. Citalopram 20 mg continues; the midwife "
        "watches the baby for 48 hours after birth. Breastfeeding is not a problem.",
    ),
    "'not free of concern' with what follows",
)
bad(
    "neg-quetiapine-neither-nor",
    "negations",
    P,
    c(
        PQ,
        "The father's quetiapine neither does nor does not make co-sleeping unsafe; night feeds by him are "
        "neither allowed nor disallowed; the crib is neither needed nor not needed.",
    ),
    "neither/nor on every point; nothing decided for the baby",
)
ok(
    "neg-quetiapine-neither-decided",
    "negations",
    P,
    c(
        PQ,
        "The father's quetiapine makes him too drowsy at night: he neither shares a bed or sofa with the baby "
        "nor does night feeds after his dose. The baby sleeps in its own crib next to the mother, who feeds at "
        "night; the health visitor checks this every visit.",
    ),
    "neither/nor used to decide",
)

# ============================================================================================================
# pending-results: the plan hangs on a result not yet back, nothing decided meanwhile; the twin decides now.

bad(
    "pend-lithium-level-result",
    "pending-results",
    L,
    c(
        LI,
        "Lithium level taken this morning. Once the result is back we will decide on the dose, on whether she "
        "can breastfeed and on what the baby needs after birth.",
    ),
    "everything waits on a level not yet back",
)
ok(
    "pend-lithium-level-meanwhile",
    "pending-results",
    L,
    c(
        LI,
        "Lithium level taken this morning; meanwhile lithium 800 mg continues unchanged. Whatever the result, "
        "she will not breastfeed and the baby has a paediatric review for tone, feeding and thyroid after "
        "birth. If the level is above 0.8 mmol/L the obstetric team will lower the dose the same day.",
    ),
    "a result awaited, with the decisions made meanwhile and a threshold",
)
bad(
    "pend-valproate-scan-result",
    "pending-results",
    V,
    c(
        VPA,
        "Valproate: the plan for the pregnancy and for the baby depends on the dating scan and the neurology "
        "opinion, both still outstanding. A decision will follow once both are available.",
    ),
    "the plan depends on results outstanding; nothing decided meanwhile",
)
ok(
    "pend-valproate-scan-meanwhile",
    "pending-results",
    V,
    c(
        VPA,
        "The dating scan and neurology opinion are outstanding, but for now valproate continues, as stopping "
        "suddenly risks seizures. The baby's first-trimester exposure carries a high malformation risk: fetal "
        "medicine referral sent, folic acid 5 mg started today, detailed anomaly scan to follow.",
    ),
    "results outstanding; decisions made meanwhile",
)
bad(
    "pend-methadone-tox-screen",
    "pending-results",
    M,
    c(
        MET,
        "Methadone: urine toxicology sent on Monday. The feeding plan, the baby's observation and the "
        "sleeping advice all depend on the result, which is expected next week.",
    ),
    "feeding, observation and sleep all wait on a toxicology result",
)
ok(
    "pend-methadone-tox-meanwhile",
    "pending-results",
    M,
    c(
        MET,
        "Urine toxicology sent on Monday; whatever it shows, methadone 60 mg continues and the baby is scored "
        "for withdrawal for at least 72 hours on the postnatal ward. No co-sleeping, as her dose makes her "
        "drowsy. Breastfeeding goes ahead unless the screen shows on-top use, when the drug service rings the "
        "midwife that day.",
    ),
    "a result awaited with what is decided now and what the result changes",
)
bad(
    "pend-citalopram-bloods",
    "pending-results",
    C,
    c(
        CIT,
        "Citalopram: ECG and sodium requested; plan for the baby and for breastfeeding to be confirmed when "
        "they return.",
    ),
    "plan 'to be confirmed' when results return",
)
ok(
    "pend-citalopram-bloods-meanwhile",
    "pending-results",
    C,
    c(
        CIT,
        "ECG and sodium requested, but they do not change the plan for the baby: citalopram 20 mg continues, "
        "the midwife watches the baby for jitteriness, fast breathing and poor feeding for 48 hours, and "
        "breastfeeding is fine.",
    ),
    "results requested, the plan decided",
)

# ============================================================================================================
# name-swapped: the same sentence for each medicine with the name changed and a word or two reordered.

_SWAP_MET = (
    "Methadone should carry on unchanged; the team has weighed the benefits against the possible effects on "
    "the baby and is satisfied that the baby will be watched appropriately after birth."
)
_SWAP_SER = (
    "Sertraline should carry on unchanged; the team has weighed the possible effects on the baby against the "
    "benefits and is satisfied that after birth the baby will be watched appropriately."
)
bad(
    "swap-methadone-sertraline-reordered",
    "name-swapped",
    M,
    chain(c(MET, _SWAP_MET), c(SER, _SWAP_SER)),
    "one sentence pasted under both medicines with the name changed and two phrases swapped",
)
bad(
    "swap-methadone-sertraline-synonyms",
    "name-swapped",
    M,
    chain(
        c(
            MET,
            "Continue methadone at the current dose; the infant should be observed after delivery and feeding "
            "is supported, with safe sleep advice given to the mother.",
        ),
        c(
            SER,
            "Continue sertraline at the current dose; the baby should be observed after birth and feeding is "
            "supported, with safe sleep advice given to the mother.",
        ),
    ),
    "the same conclusion under both medicines, 'infant' and 'delivery' swapped in",
)
ok(
    "swap-methadone-sertraline-own-words",
    "name-swapped",
    M,
    chain(
        c(
            MET,
            "Methadone carries on at 60 mg. Its risk for this baby is withdrawal: scoring on the postnatal "
            "ward for 72 hours at least, late signs watched by the health visitor to day 8. Breastfeeding "
            "supported; no bed-sharing because of her post-dose drowsiness.",
        ),
        c(
            SER,
            "Sertraline carries on at 100 mg. Its risk for this baby is small: brief jitteriness or poor "
            "feeding, and a rare PPHN. The midwife watches for these with the withdrawal scores; the "
            "paediatrician is aware. Breastfeeding is fine on sertraline.",
        ),
    ),
    "the same frame, each medicine's own risks and actions",
)
bad(
    "swap-overall-repeats-methadone",
    "name-swapped",
    M,
    chain(
        c(
            MET,
            "Methadone and sertraline are both to continue; the baby needs withdrawal observation for 72 hours, "
            "breastfeeding is encouraged and there must be no co-sleeping.",
        ),
        o(
            "Both sertraline and methadone are to continue; the baby needs observation for withdrawal for 72 "
            "hours, breastfeeding is encouraged and there must be no co-sleeping.",
        ),
    ),
    "the overall conclusion is one assessment's, its words reordered",
)
ok(
    "swap-overall-its-own",
    "name-swapped",
    M,
    o(
        "Together: methadone 60 mg and sertraline 100 mg both continue. For the baby, methadone's withdrawal "
        "dominates; sertraline adds brief adaptation signs, watched in the same 72-hour scoring. She "
        "breastfeeds, never co-sleeps after her dose, and the health visitor and social worker check the cot "
        "before discharge.",
    ),
    "an overall conclusion of its own naming both",
)

# ============================================================================================================
# reasons-only: a string of reasons with no conclusion; the twin gives reasons and draws the conclusion.

bad(
    "why-lithium-because-chain",
    "reasons-only",
    L,
    c(
        LI,
        "Because lithium passes into breast milk, and because a newborn's kidneys clear it slowly, and because "
        "levels in the baby can climb over the first weeks, and because her own levels swing after delivery.",
    ),
    "reasons strung together; what follows from them is never said",
)
ok(
    "why-lithium-because-so",
    "reasons-only",
    L,
    c(
        LI,
        "Because lithium passes into breast milk and a newborn clears it slowly, she will formula feed. "
        "Because relapse after birth is likely without it, lithium 800 mg continues with a level within 24 "
        "hours of birth, and the paediatrician reviews the baby's tone, feeding and thyroid.",
    ),
    "reasons with their conclusions",
)
bad(
    "why-methadone-given-that",
    "reasons-only",
    M,
    c(
        MET,
        "Given that methadone crosses the placenta, given that she is drowsy for some hours after the dose, "
        "and given that she wishes to breastfeed and has a cot at home.",
    ),
    "a sentence of 'given that' clauses with no main clause",
)
ok(
    "why-methadone-given-that-decided",
    "reasons-only",
    M,
    c(
        MET,
        "Given that methadone crosses the placenta, the baby will be scored for withdrawal for at least 72 "
        "hours after birth. Given her drowsiness after each dose, she must not co-sleep; the cot is ready. "
        "Methadone 60 mg continues and she will breastfeed.",
    ),
    "'given that' with the decision after it",
)
bad(
    "why-valproate-due-to",
    "reasons-only",
    V,
    c(
        VPA,
        "Valproate: due to the first-trimester exposure, due to the seizure risk on stopping, due to the "
        "unplanned nature of the pregnancy and due to the neural tube risk.",
    ),
    "a list of 'due to' with nothing they are due to",
)
ok(
    "why-valproate-due-to-decided",
    "reasons-only",
    V,
    c(
        VPA,
        "Due to the seizure risk on stopping, valproate continues until neurology sees her this week. Due to "
        "the first-trimester exposure, this baby has a high risk of malformation including neural tube "
        "defects: fetal medicine referral made and folic acid 5 mg started today.",
    ),
    "each 'due to' leads to a decision",
)
bad(
    "why-quetiapine-since",
    "reasons-only",
    P,
    c(
        PQ,
        "Since the father takes quetiapine at night, since he is hard to rouse, and since the couple have "
        "only one double bed and a sofa in the lounge.",
    ),
    "reasons for a safe-sleep plan with no plan",
)
ok(
    "why-quetiapine-since-decided",
    "reasons-only",
    P,
    c(
        PQ,
        "Since the father is hard to rouse after his night quetiapine and the couple have one double bed, the "
        "baby sleeps in a crib beside the mother and never in the bed or on the sofa with him; she does the "
        "night feeds. Health visitor checks each visit.",
    ),
    "the same reasons with the arrangement they lead to",
)
# ============================================================================================================
# Part 2: disguise at its hardest. Each disguised text is judged like its plain form (checked in __main__).

G_MET = (
    "Methadone 60 mg once daily continues unchanged. The baby will stay on the postnatal ward for at least 72 "
    "hours of withdrawal scoring, and the health visitor looks for late signs until day 8. Breastfeeding is "
    "encouraged. She is drowsy after each dose, so no bed or sofa sharing; the midwife checks the cot before "
    "discharge."
)
G_SER = (
    "Sertraline 100 mg continues because stopping would risk a relapse of her depression. The baby may be "
    "jittery or feed poorly for a few days; the midwife will watch for this alongside the withdrawal scores. "
    "Breastfeeding on sertraline is fine."
)
G_LI = (
    "Lithium continues at 800 mg at night. The obstetric team checks levels every 4 weeks, weekly from 36 weeks "
    "and within 24 hours of birth. The paediatrician reviews the baby after birth for floppiness, poor feeding "
    "and thyroid function. She will bottle feed, as breastfeeding on lithium is not advised."
)
G_VPA = (
    "Valproate continues for now because stopping suddenly could cause seizures that would harm her and the "
    "pregnancy. The baby has had first-trimester exposure with a high risk of malformation and later "
    "developmental problems; neurology and fetal medicine referrals went today and folic acid 5 mg has started."
)
G_PQ = (
    "Daniel's quetiapine leaves him deeply sedated at night, so he must not share a bed, sofa or armchair with "
    "the baby and does no night feeds after his dose. The mother does nights with the crib beside her bed; the "
    "health visitor checks this at every visit."
)
G_CIT = (
    "Citalopram 20 mg continues as her anxiety relapsed within weeks when she last stopped. The midwife will "
    "watch the baby for jitteriness, fast breathing and poor feeding for 48 hours after birth. She can "
    "breastfeed on citalopram."
)
G_DP = (
    "Diazepam and pregabalin continue unchanged until the GP starts a slow diazepam reduction at 6 weeks. Both "
    "sedate her, so she must not co-sleep or feed the baby lying down, and the foster carer does night feeds. "
    "The baby is watched for late withdrawal until day 8."
)
H_MET = "Methadone - please refer to the drug service keyworker's letter of last week."
H_LI = "Lithium: no concerns noted regarding this medication at the present time."
H_CIT = "Citalopram: awaiting the perinatal mental health team's review, plan to follow in due course."
H_PQ = "Father's quetiapine - as discussed with both parents at the visit."
H_VPA = "Valproate: tbc following the next neurology clinic appointment."
H_DP = "Diazepam and pregabalin: nothing further to add, see the social worker's report."

GOOD = {MET: (M, G_MET), SER: (M, G_SER), LI: (L, G_LI), VPA: (V, G_VPA), PQ: (P, G_PQ), CIT: (C, G_CIT), DP: (F, G_DP)}
HOLLOW = {MET: (M, H_MET), LI: (L, H_LI), CIT: (C, H_CIT), PQ: (P, H_PQ), VPA: (V, H_VPA), DP: (F, H_DP)}

CHEROKEE = {
    "A": "\u13aa",
    "B": "\u13f4",
    "C": "\u13df",
    "D": "\u13a0",
    "E": "\u13ac",
    "G": "\u13c0",
    "H": "\u13bb",
    "J": "\u13ab",
    "K": "\u13e6",
    "L": "\u13de",
    "M": "\u13b7",
    "P": "\u13e2",
    "R": "\u13a1",
    "S": "\u13da",
    "T": "\u13a2",
    "V": "\u13d9",
    "W": "\u13b3",
    "Z": "\u13c3",
}
ARMENIAN = {"o": "\u0585", "u": "\u057d", "h": "\u0570", "n": "\u0578", "q": "\u0566", "g": "\u0581"}
SUPERSCRIPT = dict(zip("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", strict=True))


def cherokee(text: str) -> str:
    """Every capital letter with a Cherokee look-alike replaced by it."""
    return "".join(CHEROKEE.get(ch, ch) for ch in text)


def cherokee_caps(text: str, words: tuple[str, ...]) -> str:
    """The given words written in capitals, in Cherokee look-alikes where there is one."""
    for word in words:
        text = text.replace(word, cherokee(word.upper()))
    return text


def armenian(text: str) -> str:
    return "".join(ARMENIAN.get(ch, ch) for ch in text)


def one_letter(text: str, word: str, glyph_of: dict[str, str]) -> str:
    """In each occurrence of ``word``, only its first letter that has a look-alike swapped."""
    for i, ch in enumerate(word):
        if ch in glyph_of:
            return text.replace(word, word[:i] + glyph_of[ch] + word[i + 1 :])
    raise AssertionError(word)


def math_letters(text: str, *, style: int = 0) -> str:
    """Letters and digits as mathematical alphanumerics: style 0 bold, 1 bold italic, 2 sans-serif, 3 monospace."""
    upper = (0x1D400, 0x1D468, 0x1D5A0, 0x1D670)[style]
    digit = (0x1D7CE, 0x1D7CE, 0x1D7E2, 0x1D7F6)[style]
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(upper + 26 + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def circled(text: str) -> str:
    """Letters as circled letters (U+24B6, U+24D0); digits 1-9 circled."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - 97))
        elif "1" <= ch <= "9":
            out.append(chr(0x2460 + ord(ch) - 49))
        else:
            out.append(ch)
    return "".join(out)


def superscript_numbers(text: str) -> str:
    return "".join(SUPERSCRIPT.get(ch, ch) for ch in text)


def marks_every_letter(text: str, marks: str = "\u0301\u0308\u0332") -> str:
    """A combining mark after every letter, cycling through ``marks``."""
    out = []
    k = 0
    for ch in text:
        out.append(ch)
        if ch.isalpha():
            out.append(marks[k % len(marks)])
            k += 1
    return "".join(out)


def after_letters(text: str, mark: str) -> str:
    return "".join(ch + mark if ch.isalpha() else ch for ch in text)


def tags(text: str) -> str:
    """Tag characters (U+E0000 block) spelling 'ok' hidden after every word's first letter."""
    return inside_words(text, "\U000e006f\U000e006b", every=3)


def interlinear(text: str) -> str:
    return inside_words(text, "\ufff9\ufffa\ufffb", every=4)


def sentences_broken(text: str, sep: str) -> str:
    """Every third space inside the text a line or paragraph separator."""
    parts = text.split(" ")
    return "".join(p + (sep if i % 3 == 2 else " ") for i, p in enumerate(parts[:-1])) + parts[-1]


DISGUISES: dict[str, tuple[str, Callable[[str], str]]] = {
    # name: (category, function)
    "one-cyrillic": (
        "disguise-scripts",
        lambda t: one_letter(one_letter(t, "the", {"e": "\u0435"}), "baby", {"a": "\u0430"}),
    ),
    "greek-omicrons": ("disguise-scripts", lambda t: homoglyphs(t, "o", variant=1)),
    "cherokee-capitals": ("disguise-scripts", cherokee),
    "armenian-lower": ("disguise-scripts", armenian),
    "math-bold": ("disguise-styled", lambda t: math_letters(t, style=0)),
    "math-bold-italic": ("disguise-styled", lambda t: math_letters(t, style=1)),
    "math-sans": ("disguise-styled", lambda t: math_letters(t, style=2)),
    "math-mono": ("disguise-styled", lambda t: math_letters(t, style=3)),
    "circled": ("disguise-styled", circled),
    "superscript-doses": ("disguise-styled", superscript_numbers),
    "combining-every-letter": ("disguise-marks", marks_every_letter),
    "variation-selectors": ("disguise-marks", lambda t: after_letters(t, "\ufe0f")),
    "variation-selectors-mixed": ("disguise-marks", lambda t: inside_words(t, "\ufe00", every=2)),
    "tag-characters": ("disguise-marks", tags),
    "interlinear-annotation": ("disguise-fillers", interlinear),
    "hangul-filler": ("disguise-fillers", lambda t: inside_words(t, "\u3164", every=3)),
    "halfwidth-hangul-filler": ("disguise-fillers", lambda t: inside_words(t, "\uffa0", every=2)),
    "braille-blank-spaces": ("disguise-fillers", lambda t: t.replace(" ", "\u2800")),
    "mongolian-vowel-separator": ("disguise-fillers", lambda t: inside_words(t, "\u180e", every=2)),
    "line-separators": ("disguise-fillers", lambda t: sentences_broken(t, "\u2028")),
    "paragraph-separators": ("disguise-fillers", lambda t: sentences_broken(t, "\u2029")),
}

_GOOD_PLAN = [
    ("one-cyrillic", MET),
    ("one-cyrillic", LI),
    ("greek-omicrons", SER),
    ("greek-omicrons", PQ),
    ("cherokee-capitals", DP),
    ("armenian-lower", CIT),
    ("armenian-lower", VPA),
    ("math-bold", MET),
    ("math-bold-italic", LI),
    ("math-sans", PQ),
    ("math-mono", CIT),
    ("circled", SER),
    ("circled", VPA),
    ("superscript-doses", MET),
    ("superscript-doses", LI),
    ("combining-every-letter", CIT),
    ("combining-every-letter", DP),
    ("variation-selectors", PQ),
    ("variation-selectors-mixed", MET),
    ("tag-characters", LI),
    ("tag-characters", VPA),
    ("interlinear-annotation", SER),
    ("hangul-filler", MET),
    ("halfwidth-hangul-filler", CIT),
    ("braille-blank-spaces", LI),
    ("mongolian-vowel-separator", PQ),
    ("line-separators", VPA),
    ("paragraph-separators", DP),
]
_HOLLOW_PLAN = [
    ("one-cyrillic", PQ),
    ("cherokee-capitals", MET),
    ("armenian-lower", LI),
    ("greek-omicrons", CIT),
    ("math-bold", VPA),
    ("math-sans", DP),
    ("circled", MET),
    ("superscript-doses", DP),
    ("combining-every-letter", LI),
    ("variation-selectors", CIT),
    ("tag-characters", PQ),
    ("interlinear-annotation", VPA),
    ("hangul-filler", LI),
    ("braille-blank-spaces", MET),
    ("mongolian-vowel-separator", CIT),
    ("line-separators", PQ),
    ("paragraph-separators", LI),
    ("halfwidth-hangul-filler", DP),
]
_SHORT = {
    MET: "methadone",
    SER: "sertraline",
    LI: "lithium",
    VPA: "valproate",
    PQ: "quetiapine",
    CIT: "citalopram",
    DP: "diazepam-pregabalin",
}

for _how, _aid in _GOOD_PLAN:
    _category, _fn = DISGUISES[_how]
    _base, _text = GOOD[_aid]
    ok(
        f"dz-good-{_SHORT[_aid]}-{_how}",
        _category,
        _base,
        c(_aid, _fn(_text)),
        f"a complete {_SHORT[_aid]} conclusion in {_how.replace('-', ' ')}: good stays good",
    )
for _how, _aid in _HOLLOW_PLAN:
    _category, _fn = DISGUISES[_how]
    _base, _text = HOLLOW[_aid]
    bad(
        f"dz-hollow-{_SHORT[_aid]}-{_how}",
        _category,
        _base,
        c(_aid, _fn(_text)),
        f"a deferral or dismissal for {_SHORT[_aid]} in {_how.replace('-', ' ')}: hollow stays hollow",
    )

# Disguise over the part-1 shapes: the hardest hollow shapes, disguised, and their good twins.
bad(
    "dz-mon-lithium-list-math-bold",
    "disguise-styled",
    L,
    c(LI, math_letters("Lithium: monitoring of levels, kidneys, thyroid, mood, and the newborn's tone and feeds.")),
    "a monitoring list in mathematical bold; still no who or when",
)
bad(
    "dz-pend-lithium-cherokee",
    "disguise-scripts",
    L,
    c(LI, cherokee_caps("Lithium level sent. PLAN to be made WHEN the RESULT is back.", ("PLAN", "WHEN", "RESULT"))),
    "a plan that waits on a result, capitals in Cherokee look-alikes",
)
ok(
    "dz-pend-lithium-cherokee-decided",
    "disguise-scripts",
    L,
    c(
        LI,
        cherokee_caps(
            "Lithium level sent; MEANWHILE lithium 800 mg continues. The baby is NOT to be breastfed and has a "
            "paediatric review after birth for tone, feeding and thyroid; levels weekly from 36 weeks.",
            ("MEANWHILE", "NOT"),
        ),
    ),
    "a decided plan with emphasised capitals in Cherokee look-alikes",
)
bad(
    "dz-att-methadone-combining",
    "disguise-marks",
    M,
    c(MET, marks_every_letter("Present: Jodie, the midwife and her keyworker, for 40 minutes in room 2.")),
    "attendance only, with a combining mark on every letter",
)
ok(
    "dz-why-valproate-superscript",
    "disguise-styled",
    V,
    c(
        VPA,
        superscript_numbers(
            "Because stopping risks seizures, valproate 500 mg twice daily continues until neurology sees her "
            "within 7 days. Because the baby was exposed at 8 weeks, the malformation risk is high: fetal "
            "medicine referral today and folic acid 5 mg started."
        ),
    ),
    "reasons with decisions, every number in superscript digits",
)
bad(
    "dz-neg-citalopram-tags",
    "disguise-marks",
    C,
    c(CIT, tags("Citalopram: continue, or not. The baby is affected, or unaffected. Breastfeed, or do not.")),
    "every clause taken back, tag characters inside the words",
)


def _plain_check() -> list[str]:
    """The corpus's own reading: each disguised text reads, once undisguised, as its plain form."""
    import unicodedata

    from tests.redteam.disguise import plain

    def undisguise(text: str) -> str:
        text = "".join({v: k for k, v in CHEROKEE.items()}.get(ch, ch) for ch in text)
        text = "".join({v: k for k, v in ARMENIAN.items()}.get(ch, ch) for ch in text)
        text = "".join(
            " " if ch in "\u2800\u2028\u2029" else ch
            for ch in unicodedata.normalize("NFD", text)
            if unicodedata.category(ch) not in ("Mn", "Cf") and ch not in "\u3164\uffa0"
        )
        return plain(text)

    wrong = []
    for how, (_category, fn) in DISGUISES.items():
        for _base, text in [*GOOD.values(), *HOLLOW.values()]:
            if undisguise(fn(text)) != plain(text):
                wrong.append(how)
    return sorted(set(wrong))


if __name__ == "__main__":
    counts = Counter((case.category, case.expect) for case in F66CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F66CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F66CASES):3}"
    )
    print("disguises not read back as plain:", _plain_check() or "none")
