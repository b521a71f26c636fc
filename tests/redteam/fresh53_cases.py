"""A fifty-third independent "fresh" batch of red-team cases for the share gate: the adversary, eighth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. A tired clinician (or a careless integrator) writes text that LOOKS
substantive; beside each hollow shape is a near miss that decides clearly in similar words. It covers:

* general-facts: true textbook facts about the medicine or its class with no decision for this baby;
* hedged-plans: plans whose every verb is hedged or conditional ("should the need arise", "where appropriate",
  "in due course", "subject to", "as and when"), beside plans with a decided floor;
* someone-else: plans for the previous baby, an older sibling, the next pregnancy, the partner only, or the
  mother alone;
* risk-lists: lists of risks with no answer to any of them, beside lists whose risks are each answered;
* synonym-copies: one conclusion under methadone and sertraline reworded by synonyms or reordered;
* name-tricks: the medicine named only inside a quotation, or replaced by a brand or abbreviation of a
  different medicine (MST, LTG, Keppra), beside its own brand (Epilim) and its own abbreviation;
* partner-dismissed: the father's sedating quetiapine dismissed in new words (his business, out of scope,
  mentioned for completeness, sleeps soundly);
* contradictions: a conclusion that says the opposite of the assessment's own items (breastfeeding on lithium,
  bed-sharing after methadone, a father "not sedated", valproate stopped today);
* garbled: machine-translated, looping, keyword-salad or placeholder text, beside terse clinical shorthand;
* prompt-padding: the template's own prompts strung into a conclusion, beside prompts used as headings with
  real answers;
* split-conclusion: a conclusion split between the assessment and the overall box so that neither stands,
  beside boxes that point to each other and each stand;
* disguise: about a fifth of the batch, hollow and good texts of the shapes above in look-alike letters,
  zero-width and format characters, soft hyphens, bidi controls, full-width and combining marks.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh53_cases`` for the
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
    P,
    V,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F53CASES: list[Case] = []

CATEGORIES = (
    "general-facts",
    "hedged-plans",
    "someone-else",
    "risk-lists",
    "synonym-copies",
    "name-tricks",
    "partner-dismissed",
    "contradictions",
    "garbled",
    "prompt-padding",
    "split-conclusion",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F53CASES.append(Case(f"f53-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


ASM = {
    M: "asm-methadone",
    L: "asm-lithium",
    V: "asm-valproate",
    F: "asm-diazepam-pregabalin",
    P: "asm-partner-quetiapine",
    C: "asm-citalopram",
}


def concl(base: str, text: str) -> Mutation:
    return set_(f"assessments#{ASM[base]}.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def both(meth_text: str, sert_text: str) -> Mutation:
    return chain(concl(M, meth_text), sert(sert_text))


def split(base: str, asm_text: str, overall_text: str) -> Mutation:
    return chain(concl(base, asm_text), overall(overall_text))


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a left-to-right isolate."""
    return " ".join(f"\u2066{w}\u2069" for w in text.split(" "))


# ============================================================================================================
# general-facts: textbook truths about the medicine, nothing decided for this baby.

GF_METH_BAD = (
    "Methadone is a long-acting synthetic opioid agonist; opioids taken late in pregnancy are linked with "
    "neonatal abstinence syndrome in a large share of exposed newborns, and its long half-life explains why "
    "withdrawal in exposed infants is often delayed."
)
GF_METH_OK = (
    "Methadone is long-acting, so this baby's withdrawal may start late: the baby stays on the postnatal ward "
    "for at least 72 hours and the health visitor looks for late signs until day 8. She continues 60 mg daily, "
    "breastfeeding is encouraged and there is no co-sleeping after her dose."
)
bad(
    "gf-meth-opioid-half-life",
    "general-facts",
    M,
    concl(M, GF_METH_BAD),
    "pharmacology of opioids in general; no decision for this baby (MA103)",
)
ok(
    "gf-meth-half-life-applied",
    "general-facts",
    M,
    concl(M, GF_METH_OK),
    "the same fact applied: ward stay, late signs, dose, feeding, sleep",
)

GF_SERT_BAD = (
    "Sertraline is a selective serotonin reuptake inhibitor. Drugs of this class taken in the third trimester "
    "are associated with persistent pulmonary hypertension of the newborn and with poor neonatal adaptation, and "
    "small amounts are excreted into human milk."
)
GF_SERT_OK = (
    "Sertraline 100 mg continues through pregnancy. Her baby has a small chance of PPHN and of jitteriness or "
    "poor feeding in the first days, so the midwife will watch for these alongside the withdrawal observations; "
    "breastfeeding on sertraline is supported."
)
bad(
    "gf-sert-ssri-class-facts",
    "general-facts",
    M,
    sert(GF_SERT_BAD),
    "class effects recited from a formulary; nothing continues, nothing is watched (MA103)",
)
ok(
    "gf-sert-class-risk-then-decision",
    "general-facts",
    M,
    sert(GF_SERT_OK),
    "the class risks turned into this baby's plan",
)

GF_LITH_BAD = (
    "Lithium has a narrow therapeutic index, and its renal clearance rises through pregnancy and falls abruptly "
    "after delivery. Ebstein's anomaly was historically linked with first-trimester exposure, although the "
    "absolute risk is now thought to be low."
)
GF_LITH_OK = (
    "Lithium clearance falls sharply after delivery, so her level is checked within 24 hours of birth and the "
    "dose around labour is planned with the perinatal team. Lithium continues because her relapse risk after "
    "birth is high; the baby has a paediatric review and is bottle fed."
)
bad(
    "gf-lith-clearance-ebstein",
    "general-facts",
    L,
    concl(L, GF_LITH_BAD),
    "pharmacokinetics and history of a malformation; no plan (MA103)",
)
ok(
    "gf-lith-clearance-applied",
    "general-facts",
    L,
    concl(L, GF_LITH_OK),
    "clearance applied to her level after birth, plus the baby's review and feeding",
)

GF_VALP_BAD = (
    "Valproate is the most teratogenic of the common antiseizure medicines: neural tube defects, cardiac "
    "defects and facial clefts are described, and neurodevelopmental disorders occur in a substantial "
    "proportion of children exposed in the womb."
)
GF_VALP_OK = (
    "Valproate is the most teratogenic of the common antiseizure medicines, and this baby was exposed in the "
    "first trimester: she is referred today for urgent neurology review and a fetal medicine scan, and keeps "
    "taking valproate until then because seizures would endanger her and the pregnancy. Folic acid 5 mg daily."
)
bad(
    "gf-valp-most-teratogenic",
    "general-facts",
    V,
    concl(V, GF_VALP_BAD),
    "what valproate does to any fetus; nothing about this pregnancy (MA103)",
)
ok(
    "gf-valp-most-teratogenic-applied",
    "general-facts",
    V,
    concl(V, GF_VALP_OK),
    "the same opening, then this baby's exposure, the referral and the decision",
)

GF_QUET_BAD = (
    "Quetiapine is an atypical antipsychotic with marked sedative and antihistaminic effects at night-time "
    "doses, and adults sedated by medicines who share a sleeping surface with an infant raise the risk of "
    "sudden infant death."
)
GF_QUET_OK = (
    "Quetiapine at night leaves the father too sedated to wake for the baby, so he does not share a bed, sofa "
    "or armchair with the baby and does no night feeds after his dose; the mother does them, and the health "
    "visitor checks the crib at each visit."
)
bad(
    "gf-quet-antipsychotic-sids",
    "general-facts",
    P,
    concl(P, GF_QUET_BAD),
    "a general warning about sedated adults; nothing for this father and baby (MA103)",
)
ok(
    "gf-quet-sedation-applied",
    "general-facts",
    P,
    concl(P, GF_QUET_OK),
    "the father's sedation turned into who sleeps where and who feeds",
)

bad(
    "gf-overall-dp-cns-depression",
    "general-facts",
    F,
    overall(
        "Benzodiazepines and gabapentinoids such as diazepam and pregabalin produce additive central nervous system "
        "depression, and the combination is associated with neonatal withdrawal and respiratory depression."
    ),
    "overall conclusion that is a drug-interaction monograph (MA103)",
)
ok(
    "gf-overall-dp-additive-applied",
    "general-facts",
    F,
    overall(
        "Diazepam and pregabalin together cause additive drowsiness, so she must never share a bed, sofa or "
        "armchair with her baby and the foster carer does the night feeds. The baby is watched for late withdrawal "
        "until day 8; both medicines continue while a slow diazepam reduction is planned."
    ),
    "the interaction applied to the placement's nights",
)

# ============================================================================================================
# hedged-plans: every verb hedged, conditional or left for later.

bad(
    "hp-meth-need-arise",
    "hedged-plans",
    M,
    concl(
        M,
        "Methadone: observation of the baby should the need arise, safe sleep advice where appropriate and "
        "breastfeeding support in due course, all subject to the drug service's view.",
    ),
    "every action hedged: should the need arise, where appropriate, in due course, subject to (MA103)",
)
ok(
    "hp-meth-condition-with-floor",
    "hedged-plans",
    M,
    concl(
        M,
        "Methadone 60 mg continues. Should the baby show withdrawal signs, the midwife starts scoring at once; the "
        "baby stays on the ward for at least 72 hours regardless, breastfeeding is encouraged and there must be no "
        "co-sleeping after her dose.",
    ),
    "a condition beside a decided floor (72 hours regardless, no co-sleeping)",
)

bad(
    "hp-lith-as-and-when",
    "hedged-plans",
    L,
    concl(
        L,
        "Lithium levels to be taken where clinically appropriate, the dose to be adjusted in due course if "
        "indicated, and the paediatric team to be involved as and when the situation requires.",
    ),
    "levels, dose and paediatric care all left to 'appropriate', 'if indicated', 'as and when' (MA103)",
)
ok(
    "hp-lith-if-above-range",
    "hedged-plans",
    L,
    concl(
        L,
        "Lithium continues with levels monthly, then weekly from 36 weeks and within 24 hours of birth; the dose is "
        "lowered if a level is above range. The baby has a paediatric review after birth and will be bottle fed "
        "because lithium passes into breast milk.",
    ),
    "fixed schedule, with one conditional dose change",
)

bad(
    "hp-valp-at-some-point",
    "hedged-plans",
    V,
    concl(
        V,
        "Sodium valproate to be reconsidered at some point, subject to specialist input, with scans to be arranged "
        "as required and folic acid to be considered if felt appropriate.",
    ),
    "reconsidered at some point, as required, if felt appropriate: nothing decided (MA103)",
)
ok(
    "hp-valp-decided-now",
    "hedged-plans",
    V,
    concl(
        V,
        "Sodium valproate continues unchanged until the urgent neurology review and she must not stop it. Because of "
        "first-trimester exposure the baby needs a detailed anomaly scan, requested today, and folic acid 5 mg has "
        "been started.",
    ),
    "the same topics, each decided",
)

bad(
    "hp-cit-possibly-perhaps",
    "hedged-plans",
    C,
    concl(
        C,
        "Citalopram may possibly be continued, potentially with some monitoring of the newborn where deemed "
        "necessary, and breastfeeding could perhaps be supported depending on circumstances.",
    ),
    "stacked modal hedges; nothing is continued or watched (MA103)",
)
ok(
    "hp-cit-continues-watch-48h",
    "hedged-plans",
    C,
    concl(
        C,
        "Citalopram 20 mg continues because stopping led to relapse; the midwife watches the baby for jitteriness, "
        "fast breathing and poor feeding for 48 hours after birth, and breastfeeding is supported.",
    ),
    "the hedges replaced by decisions",
)

bad(
    "hp-quet-going-forward",
    "hedged-plans",
    P,
    concl(
        P,
        "Father's quetiapine: sleeping arrangements to be looked at if and when circumstances change, with advice "
        "to be offered as appropriate going forward.",
    ),
    "a partner's sedating medicine with only a conditional look 'going forward' (MA103)",
)
ok(
    "hp-quet-now-and-if-changes",
    "hedged-plans",
    P,
    concl(
        P,
        "Father's quetiapine: he is too sedated at night to share a bed or sofa with the baby or to do night feeds, "
        "and this applies now; if his dose changes his GP tells the health visitor, who checks the crib at each "
        "visit.",
    ),
    "decided now, with a condition for later",
)

bad(
    "hp-overall-m-revisited",
    "hedged-plans",
    M,
    overall(
        "Methadone and sertraline: arrangements for the baby to be put in place in due course, subject to the "
        "maternity team's agreement, and revisited as necessary."
    ),
    "overall conclusion deferring every arrangement (MA103)",
)
ok(
    "hp-overall-m-revisit-after-decision",
    "hedged-plans",
    M,
    overall(
        "Methadone and sertraline continue unchanged. The baby is observed on the postnatal ward for withdrawal for "
        "at least 72 hours, breastfeeding is supported, and no co-sleeping after her methadone dose; the plan is "
        "revisited if either dose changes."
    ),
    "a revisit clause after real decisions",
)

# ============================================================================================================
# someone-else: plans for another child, the next pregnancy, the partner only or the mother alone.

bad(
    "se-meth-previous-baby",
    "someone-else",
    M,
    concl(
        M,
        "With her previous baby in 2022, methadone led to a ten-day stay on the neonatal unit and morphine for "
        "withdrawal; that child is now well and lives with his grandmother.",
    ),
    "the previous baby's story; nothing for this one (MA103/MA124)",
)
ok(
    "se-meth-previous-baby-informs-plan",
    "someone-else",
    M,
    concl(
        M,
        "Her previous baby needed treatment for withdrawal on methadone, so this baby will be scored from birth and "
        "observed on the postnatal ward for at least 72 hours. Methadone 60 mg continues, breastfeeding is "
        "encouraged, and no co-sleeping after her dose.",
    ),
    "the history informs this baby's plan",
)

bad(
    "se-dp-older-sibling",
    "someone-else",
    F,
    concl(
        F,
        "Diazepam and pregabalin: her older daughter, aged four, lives with her grandmother and is thriving at "
        "nursery; the grandmother knows to keep all tablets locked away from her.",
    ),
    "a plan for the sibling; the newborn's sleep and withdrawal are not mentioned (MA124)",
)
ok(
    "se-dp-sibling-and-baby",
    "someone-else",
    F,
    concl(
        F,
        "Diazepam and pregabalin sedate the mother, so the new baby never shares her bed, sofa or armchair and she "
        "does not feed lying down; the foster carer does night feeds and watches for withdrawal until day 8. Both "
        "continue, with a slow diazepam reduction planned; her older daughter stays with her grandmother.",
    ),
    "the sibling mentioned beside the newborn's plan",
)

bad(
    "se-quet-father-only",
    "someone-else",
    P,
    concl(
        P,
        "The father's quetiapine has been reviewed with his psychiatrist: he continues 300 mg at night, his mood is "
        "stable, and his weight and blood glucose are checked every six months.",
    ),
    "the father's own care; nothing about the baby's sleep (MA124)",
)
ok(
    "se-quet-father-then-baby",
    "someone-else",
    P,
    concl(
        P,
        "The father continues quetiapine 300 mg at night and his mood is stable, but he is hard to wake after his "
        "dose, so he must not sleep with the baby on a bed or sofa and the mother does the night feeds; the health "
        "visitor checks the crib.",
    ),
    "his care, then what it means for the baby",
)

bad(
    "se-lith-mother-alone",
    "someone-else",
    L,
    concl(
        L,
        "Lithium continues; her mood is stable, her thyroid and kidney tests are normal, and she will drink plenty "
        "during labour to keep her level steady.",
    ),
    "the mother alone; the baby is never mentioned (MA124)",
)
ok(
    "se-lith-mother-and-baby",
    "someone-else",
    L,
    concl(
        L,
        "Lithium continues; her mood is stable and she will drink plenty in labour to keep her level steady. The "
        "baby has a paediatric review after birth for floppiness, poor feeding and thyroid problems, and will be "
        "bottle fed.",
    ),
    "the same sentence about her, then the baby",
)

bad(
    "se-valp-next-pregnancy",
    "someone-else",
    V,
    concl(
        V,
        "Sodium valproate: for any future pregnancy she should plan ahead with neurology, switch under specialist "
        "care before conceiving and take folic acid 5 mg for three months beforehand.",
    ),
    "advice for a future pregnancy; the current exposed pregnancy is ignored (MA124)",
)
ok(
    "se-valp-this-and-next",
    "someone-else",
    V,
    concl(
        V,
        "Sodium valproate continues until the urgent neurology review; this baby was exposed in the first "
        "trimester, so a fetal medicine scan is booked and folic acid 5 mg started. Before any future pregnancy she "
        "should plan a switch with neurology.",
    ),
    "this pregnancy decided, the next one mentioned",
)

bad(
    "se-overall-m-partner",
    "someone-else",
    M,
    overall(
        "Methadone and sertraline: her partner has referred himself to the drug service and will attend the "
        "parenting course with her; he plans two weeks of paternity leave."
    ),
    "the overall conclusion is about the partner's plans (MA124)",
)

# ============================================================================================================
# risk-lists: every risk listed, none answered.

bad(
    "rl-meth-risk-inventory",
    "risk-lists",
    M,
    concl(
        M,
        "Methadone - risks to the baby: neonatal abstinence syndrome; low birth weight; smaller head circumference; "
        "sudden infant death if co-sleeping; feeding difficulty; a longer hospital stay.",
    ),
    "an inventory of risks, no decision about any of them (MA103)",
)
ok(
    "rl-meth-risks-answered",
    "risk-lists",
    M,
    concl(
        M,
        "Methadone - risks to the baby: withdrawal, low birth weight and sudden infant death if co-sleeping. So: 60 "
        "mg continues, the baby is observed on the ward for 72 hours, growth scans continue, and no co-sleeping after "
        "her dose; breastfeeding is encouraged.",
    ),
    "the same list, each risk answered",
)

bad(
    "rl-lith-risk-inventory",
    "risk-lists",
    L,
    concl(
        L,
        "Lithium: cardiac malformation, neonatal hypotonia, hypothyroidism, nephrogenic diabetes insipidus, toxicity "
        "in breastfed infants, maternal relapse postpartum.",
    ),
    "a list of complications with no verb and no plan (MA103)",
)
ok(
    "rl-lith-risks-answered",
    "risk-lists",
    L,
    concl(
        L,
        "Lithium: of its risks (heart defect, floppiness, thyroid problems, toxicity through breast milk, her "
        "relapse), the heart scan was normal, the baby has a paediatric review with thyroid tests if signs appear, "
        "she bottle feeds, and lithium continues to prevent relapse.",
    ),
    "the list with an answer to each",
)

bad(
    "rl-valp-risk-profile",
    "risk-lists",
    V,
    concl(
        V,
        "Valproate risk profile: spina bifida, cardiac anomalies, cleft palate, hypospadias, autism spectrum "
        "disorder, lower IQ, neonatal hypoglycaemia, seizures in pregnancy if stopped.",
    ),
    "a risk profile, not a decision (MA103)",
)
ok(
    "rl-valp-risks-weighed",
    "risk-lists",
    V,
    concl(
        V,
        "Against valproate's risks (spina bifida, heart defects, learning difficulties) and the danger of seizures "
        "if she stops, valproate continues until urgent neurology review; the baby has a detailed anomaly scan and "
        "she takes folic acid 5 mg.",
    ),
    "the risks weighed and a decision taken",
)

bad(
    "rl-dp-risks-identified",
    "risk-lists",
    F,
    concl(
        F,
        "Diazepam and pregabalin risks identified: sedation, respiratory depression, floppy infant, neonatal "
        "withdrawal up to day 8, unsafe co-sleeping, a dropped baby during night feeds.",
    ),
    "'risks identified' with no answer (MA103)",
)
ok(
    "rl-dp-risks-each-met",
    "risk-lists",
    F,
    concl(
        F,
        "Diazepam and pregabalin risks identified (sedation, floppy baby, withdrawal up to day 8, unsafe "
        "co-sleeping) are each met: she never sleeps with the baby, the foster carer does the night feeds, and the "
        "carer and health visitor watch for withdrawal until day 8. Both continue for now.",
    ),
    "'risks identified' followed by the answers",
)

bad(
    "rl-overall-cit-bare-list",
    "risk-lists",
    C,
    overall(
        "Citalopram: PPHN, poor neonatal adaptation, QT prolongation, bleeding risk, relapse of depression on stopping."
    ),
    "overall conclusion that lists risks (MA103)",
)
ok(
    "rl-overall-cit-answered",
    "risk-lists",
    C,
    overall(
        "Citalopram 20 mg continues because relapse on stopping is the greater risk; the small risks of PPHN and "
        "poor adaptation mean the midwife watches the baby for 48 hours after birth, and breastfeeding is "
        "supported."
    ),
    "the risks with what is done about them",
)

# ============================================================================================================
# synonym-copies: one conclusion under two medicines, reworded.

bad(
    "sc-benefit-outweighs-synonyms",
    "synonym-copies",
    M,
    both(
        "Methadone continues unchanged: the benefit to her outweighs the small risk to the infant, which maternity "
        "staff will monitor following delivery.",
        "Sertraline carries on as before: the advantage for her exceeds the minor hazard to the newborn, which the "
        "maternity team will observe after birth.",
    ),
    "the same sentence with synonyms swapped in; methadone's withdrawal and sleep are lost (MA121)",
)
ok(
    "sc-same-frame-different-content",
    "synonym-copies",
    M,
    both(
        "Methadone continues unchanged at 60 mg: the baby is likely to withdraw, so observation on the ward for at "
        "least 72 hours, breastfeeding encouraged, and no co-sleeping after her dose.",
        "Sertraline continues unchanged at 100 mg: the baby's small risks of PPHN and jitteriness are watched for by "
        "the midwife alongside the withdrawal observations, and breastfeeding is fine.",
    ),
    "the same opening frame, different content for each medicine",
)

bad(
    "sc-keep-going-synonyms",
    "synonym-copies",
    M,
    both(
        "Keep methadone going at the current dose; the baby is to be watched after delivery by the ward team, and "
        "feeding is supported.",
        "Keep sertraline going at the present dose; the newborn is to be observed after birth by the ward staff, "
        "and feeding is supported.",
    ),
    "a copy with dose/current and baby/newborn swapped (MA121)",
)
ok(
    "sc-keep-going-distinct",
    "synonym-copies",
    M,
    both(
        "Keep methadone going at 60 mg; the ward team watches the baby for withdrawal for at least 72 hours, "
        "breastfeeding is supported, and she must not co-sleep after her dose.",
        "Keep sertraline going at 100 mg; the ward team watches the baby for poor adaptation and fast breathing in "
        "the first days, and breastfeeding on sertraline is supported.",
    ),
    "same opening verb, different concerns answered",
)

bad(
    "sc-reordered-clauses",
    "synonym-copies",
    M,
    both(
        "The maternity team will watch for the small risks to the baby after birth; methadone should carry on "
        "because relapse is the bigger danger.",
        "Sertraline should continue because relapse is the greater danger; the small risks to the baby will be "
        "watched for by the maternity team after birth.",
    ),
    "clauses reordered and one word swapped between the two (MA121)",
)
ok(
    "sc-reordered-distinct",
    "synonym-copies",
    M,
    both(
        "The ward will observe the baby for methadone withdrawal for at least 72 hours; methadone 60 mg continues, "
        "breastfeeding is encouraged, and no co-sleeping after her dose.",
        "Sertraline should continue because relapse is the greater danger; the midwife will watch the baby for "
        "jitteriness and poor feeding in the first days.",
    ),
    "each medicine its own content",
)

bad(
    "sc-maintained-neonate",
    "synonym-copies",
    M,
    both(
        "Methadone is to be continued at the current dose, the newborn will be monitored by the midwife in the "
        "first days, and feeding is supported.",
        "Sertraline is to be maintained at the present dose, the neonate will be observed by the midwife in the "
        "first days, and feeding is supported.",
    ),
    "continued/maintained, newborn/neonate, monitored/observed: one text (MA121)",
)
ok(
    "sc-maintained-distinct",
    "synonym-copies",
    M,
    both(
        "Methadone is to be continued at 60 mg; the newborn will be observed on the ward for withdrawal for 72 "
        "hours and by the health visitor for late signs to day 8; no co-sleeping after her dose.",
        "Sertraline is to be maintained at 100 mg; the neonate has a small risk of PPHN, so the midwife checks "
        "breathing and colour in the first days, and breastfeeding is supported.",
    ),
    "the same verbs, different decisions",
)

# ============================================================================================================
# name-tricks: a quotation, a different medicine's brand or abbreviation.

bad(
    "nt-sert-only-in-quote",
    "name-tricks",
    M,
    sert(
        'Her sister\'s words, "sertraline made me feel flat", still worry her; she will carry on with the current '
        "tablets and the midwife will keep an eye on the baby after birth."
    ),
    "sertraline named only inside someone else's words; the decision is about 'the current tablets' (MA119)",
)
ok(
    "nt-sert-quote-and-name",
    "name-tricks",
    M,
    sert(
        'She asked "will sertraline hurt my baby?": sertraline 100 mg continues, the midwife watches the baby for '
        "jitteriness and poor feeding in the first days, and breastfeeding is supported."
    ),
    "a quotation beside the medicine named in the decision",
)

bad(
    "nt-meth-as-mst",
    "name-tricks",
    M,
    concl(
        M,
        "MST continues at the current dose; the baby will be observed for withdrawal for 72 hours on the ward, no "
        "co-sleeping after the dose, and breastfeeding is encouraged.",
    ),
    "morphine's abbreviation where methadone should be (MA119)",
)
ok(
    "nt-meth-with-own-abbreviation",
    "name-tricks",
    M,
    concl(
        M,
        "Methadone maintenance (MMT) continues at 60 mg a day; the baby is observed on the ward for at least 72 "
        "hours for withdrawal, breastfeeding is encouraged and there is no co-sleeping after her dose.",
    ),
    "methadone named, with its own abbreviation",
)

bad(
    "nt-lith-as-ltg",
    "name-tricks",
    L,
    concl(
        L,
        "LTG continues with levels monthly and weekly from 36 weeks; the baby has a paediatric review after birth "
        "and is bottle fed.",
    ),
    "lamotrigine's abbreviation under the lithium assessment (MA119)",
)
ok(
    "nt-lith-priadel",
    "name-tricks",
    L,
    concl(
        L,
        "Priadel continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby's "
        "paediatric review looks for floppiness and thyroid problems, and she bottle feeds because lithium passes "
        "into milk.",
    ),
    "lithium by its own brand, Priadel, as the medicine list names it",
)

bad(
    "nt-valp-as-keppra",
    "name-tricks",
    V,
    concl(
        V,
        "Keppra continues until the neurology review; the baby was exposed in the first trimester, so a fetal "
        "medicine scan is booked and folic acid 5 mg has been started.",
    ),
    "levetiracetam's brand where valproate should be (MA119/MA120)",
)
ok(
    "nt-valp-epilim",
    "name-tricks",
    V,
    concl(
        V,
        "Epilim continues unchanged until the urgent neurology review; she must not stop it. The baby was exposed in "
        "the first trimester, so a fetal medicine scan is booked and folic acid 5 mg has been started.",
    ),
    "valproate by a real brand of it (Epilim 500 gastro-resistant tablets)",
)

bad(
    "nt-overall-sert-in-question",
    "name-tricks",
    M,
    overall(
        "Methadone continues; the baby is observed for 72 hours for withdrawal and there is no co-sleeping. Her "
        'question, "can I breastfeed on sertraline?", was noted.'
    ),
    "sertraline appears only in a noted question; it is never concluded (MA119)",
)
ok(
    "nt-overall-question-answered",
    "name-tricks",
    M,
    overall(
        'Her question, "can I breastfeed on sertraline and methadone?", is answered yes: methadone and sertraline '
        "both continue, breastfeeding is encouraged, the baby is observed for withdrawal for at least 72 hours, and "
        "no co-sleeping after her methadone dose."
    ),
    "the quotation answered, both medicines named outside it",
)

# ============================================================================================================
# partner-dismissed: the father's sedating quetiapine waved away in new words.

bad(
    "pd-no-bearing",
    "partner-dismissed",
    P,
    concl(
        P,
        "Quetiapine belongs to the father and the baby is not exposed to it, so it has no bearing on this assessment.",
    ),
    "dismissed because the baby is not exposed; the co-sleeping risk is the point (MA103/MA123)",
)
ok(
    "pd-not-exposed-but-matters",
    "partner-dismissed",
    P,
    concl(
        P,
        "Quetiapine is the father's, so the baby takes none in; the risk is his heavy sleep after his dose, so he "
        "never shares a bed or sofa with the baby and the mother does the night feeds, which the health visitor "
        "checks.",
    ),
    "the same premise, then the real risk and the plan",
)

bad(
    "pd-his-business",
    "partner-dismissed",
    P,
    concl(
        P,
        "The father's quetiapine is a matter between him and his psychiatrist; the baby does not take it and cannot "
        "get it through milk.",
    ),
    "a dismissal in new words (MA103)",
)
ok(
    "pd-his-psychiatrist-and-baby",
    "partner-dismissed",
    P,
    concl(
        P,
        "The father's quetiapine is managed by his psychiatrist, but it makes him hard to wake at night: the baby "
        "sleeps in her own crib beside the mother and he does no night care after his dose.",
    ),
    "his psychiatrist manages the dose; the baby's nights are decided here",
)

bad(
    "pd-out-of-scope",
    "partner-dismissed",
    P,
    concl(
        P,
        "Dad's quetiapine sits outside the mother-and-baby pair and is out of scope for a perinatal medication review.",
    ),
    "declared out of scope (MA103)",
)
bad(
    "pd-sleeps-soundly",
    "partner-dismissed",
    P,
    concl(
        P,
        "Quetiapine: the father reports that he sleeps soundly through the night and is never disturbed by the "
        "baby's crying.",
    ),
    "presented as reassurance, it is the danger itself; nothing decided (MA103)",
)
ok(
    "pd-sleeps-soundly-so-plan",
    "partner-dismissed",
    P,
    concl(
        P,
        "Quetiapine: the father sleeps so soundly that the baby's crying does not wake him, so he must not have the "
        "baby in his bed or on the sofa at night, and the mother does all night feeds.",
    ),
    "the same fact read as the risk it is, with the plan",
)

bad(
    "pd-overall-for-completeness",
    "partner-dismissed",
    P,
    overall("Paracetamol for the mother raises no concern. The father's quetiapine is recorded for completeness only."),
    "overall conclusion that files the partner's medicine away (MA103)",
)
ok(
    "pd-overall-completeness-then-plan",
    "partner-dismissed",
    P,
    overall(
        "Paracetamol for the mother raises no concern. The father's quetiapine makes him hard to wake at night, so he "
        "must not share a bed, sofa or armchair with the baby and the mother does all night feeds; the health "
        "visitor checks the crib at each visit."
    ),
    "the partner's medicine assessed for the baby's nights",
)

# ============================================================================================================
# contradictions: a conclusion that says the opposite of its own assessment.

bad(
    "ct-lith-put-to-breast",
    "contradictions",
    L,
    concl(
        L,
        "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby has a "
        "paediatric review, and breastfeeding is recommended with the baby put to the breast in the first hour.",
    ),
    "the item says breastfeeding is not advised on lithium; the conclusion recommends it",
)
ok(
    "ct-lith-wanted-to-breastfeed",
    "contradictions",
    L,
    concl(
        L,
        "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth. She wanted to "
        "breastfeed, but lithium passes into milk, so she will bottle feed; the baby has a paediatric review.",
    ),
    "breastfeeding named and declined, agreeing with the item",
)

bad(
    "ct-meth-bed-sharing-safe",
    "contradictions",
    M,
    concl(
        M,
        "Methadone 60 mg continues; the baby is observed for withdrawal for 72 hours, breastfeeding is encouraged, "
        "and she can safely have the baby in her bed as the dose is stable and does not make her drowsy.",
    ),
    "sedation 'yes' and 'never share a bed' in the items; the conclusion allows it (MA127)",
)
ok(
    "ct-meth-never-bed-even-stable",
    "contradictions",
    M,
    concl(
        M,
        "Methadone 60 mg continues; the baby is observed for withdrawal for 72 hours and breastfeeding is "
        "encouraged. She must never share her bed or sofa with the baby, even on a stable dose, because she is "
        "drowsy after it.",
    ),
    "the same words with the item's advice kept",
)

bad(
    "ct-quet-not-sedated",
    "contradictions",
    P,
    concl(
        P,
        "The father's quetiapine does not make him sleepy at all, so he can share the night feeds and have the "
        "baby in bed with him.",
    ),
    "sedation answered 'yes' and 'very hard to wake' in the items (MA127)",
)
ok(
    "ct-quet-daytime-only",
    "contradictions",
    P,
    concl(
        P,
        "The father's quetiapine does not slow him in the daytime, but it sedates him at night: no night feeds or "
        "bed-sharing by him after his dose, the mother does night care, and the health visitor checks.",
    ),
    "a daytime limit, as the rules allow, with the night plan",
)

bad(
    "ct-valp-stopped-today",
    "contradictions",
    V,
    concl(
        V,
        "Sodium valproate is stopped from today because of the pregnancy; the baby had first-trimester exposure, so "
        "a fetal medicine scan is booked and folic acid 5 mg started.",
    ),
    "the recommendations say never stop abruptly; the conclusion stops it",
)
ok(
    "ct-valp-not-stopped-today",
    "contradictions",
    V,
    concl(
        V,
        "Sodium valproate is not stopped today, as stopping suddenly risks seizures; it continues until the urgent "
        "neurology review. The baby's first-trimester exposure means a fetal medicine scan, and folic acid 5 mg is "
        "started.",
    ),
    "the same words, agreeing with the recommendations",
)

bad(
    "ct-cit-no-watch-stop-bf",
    "contradictions",
    C,
    concl(C, "Citalopram 20 mg continues; the baby needs no watching after birth and breastfeeding should be avoided."),
    "items say watch for 48 hours and breastfeeding is compatible; the conclusion says the opposite",
)

# ============================================================================================================
# garbled: machine-translated, looping, keyword-salad or placeholder text.

bad(
    "gb-meth-machine-translated",
    "garbled",
    M,
    concl(
        M,
        "Methadone of continuing is to the baby the withdrawal of watching yes, sleeping of together at bed no "
        "problem is making, milk of breast is given of good.",
    ),
    "machine-garbled text; what can be read of it is dangerous (MA113)",
)
ok(
    "gb-meth-shorthand",
    "garbled",
    M,
    concl(
        M,
        "Methadone 60 mg OD continues. Baby: NAS obs on ward for at least 72 h, HV checks late signs to day 8. BF "
        "encouraged. No co-sleeping post-dose; cot checked at first visit.",
    ),
    "terse clinical shorthand is language",
)

bad(
    "gb-meth-keyword-salad",
    "garbled",
    M,
    concl(M, "Methadone baby ward hours cot sofa breastfeeding dose midwife health visitor sedation withdrawal day."),
    "topic words with no sentence (MA113)",
)
bad(
    "gb-lith-of-chain",
    "garbled",
    L,
    concl(
        L,
        "Lithium continuation of levels of the monthly weekly of the of within of birth of the of baby review of "
        "the of bottle.",
    ),
    "word salad threaded with 'of' (MA113/MA114)",
)
ok(
    "gb-lith-shorthand",
    "garbled",
    L,
    concl(
        L,
        "Lithium: continue. Levels 4-weekly, weekly from 36/40, within 24 h of delivery. Baby: paeds review at "
        "birth, thyroid checks if signs. Bottle feeding, as lithium enters breast milk.",
    ),
    "shorthand with a decision in every line",
)

bad(
    "gb-valp-loop",
    "garbled",
    V,
    concl(
        V,
        "Sodium valproate continue continue continue pending pending review review neurology neurology neurology "
        "folic folic.",
    ),
    "a stuck loop (MA114)",
)
bad(
    "gb-quet-ok-ok",
    "garbled",
    P,
    concl(P, "Quetiapine father night sleep ok ok ok baby fine fine fine."),
    "filler and repetition (MA113/MA114)",
)
ok(
    "gb-quet-shorthand",
    "garbled",
    P,
    concl(
        P,
        "Partner's quetiapine 300 mg nocte: heavily sedated, so no bed or sofa sharing and no night feeds by him "
        "after his dose. Mum does nights; baby in own crib; HV to check each visit.",
    ),
    "shorthand with the decision",
)

bad(
    "gb-cit-lorem",
    "garbled",
    C,
    concl(C, "Citalopram lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor baby."),
    "placeholder Latin (MA113)",
)
ok(
    "gb-cit-shorthand",
    "garbled",
    C,
    concl(
        C,
        "Citalopram 20 mg: continue (relapse risk). Baby: midwife watches 48 h for adaptation signs and PPHN. "
        "Breastfeeding supported.",
    ),
    "shorthand with the decision",
)

# ============================================================================================================
# prompt-padding: the template's own prompts strung into a conclusion.

bad(
    "pp-meth-prompts-answered-by-prompts",
    "prompt-padding",
    M,
    concl(
        M,
        "Written conclusion for methadone. Impact on the baby: see above. Neonatal withdrawal observation plan "
        "(local guideline): as per guideline. Breastfeeding advice for this medicine: given. Safe sleep and "
        "co-sleeping advice given: yes.",
    ),
    "prompts answered by pointers and 'given' (MA103)",
)
ok(
    "pp-meth-prompts-as-headings",
    "prompt-padding",
    M,
    concl(
        M,
        "Impact on the baby: withdrawal is likely, so the baby stays on the ward for at least 72 hours. "
        "Breastfeeding: encouraged on her stable methadone dose. Safe sleep: no co-sleeping after her dose; the "
        "midwife sees the cot at the first visit. Recommendations: methadone 60 mg continues.",
    ),
    "the prompts as headings over real answers",
)

bad(
    "pp-lith-prompt-list",
    "prompt-padding",
    L,
    concl(
        L,
        "Lithium - Impact on her capacity to care for the baby; Impact on the baby; Breastfeeding advice for this "
        "medicine; Recommendations.",
    ),
    "a list of the template's prompts (MA103)",
)
ok(
    "pp-lith-prompt-headings",
    "prompt-padding",
    L,
    concl(
        L,
        "Lithium. Impact on the baby: paediatric review after birth for floppiness, poor feeding and thyroid "
        "problems. Breastfeeding: not advised, she bottle feeds. Recommendations: lithium continues, levels weekly "
        "from 36 weeks and within 24 hours of birth.",
    ),
    "headings with answers",
)

bad(
    "pp-overall-dp-signoff-prompts",
    "prompt-padding",
    F,
    overall(
        "Overall written conclusion across all medicines: diazepam and pregabalin. Clinician responsible for the "
        "overall conclusion: Dr Pritchard. Date of the overall conclusion: 12 June 2026."
    ),
    "the overall box filled with its own prompts and sign-off (MA103)",
)
ok(
    "pp-overall-dp-heading-then-plan",
    "prompt-padding",
    F,
    overall(
        "Overall conclusion across diazepam and pregabalin: both continue for now; she must never share a bed, sofa "
        "or armchair with the baby, the foster carer does the night feeds, and late withdrawal is watched for until "
        "day 8."
    ),
    "one prompt as a heading, then the plan",
)

bad(
    "pp-quet-partner-prompts",
    "prompt-padding",
    P,
    concl(
        P,
        "Partner whose medicines bear on caring for the baby (e.g. sedation and co-sleeping): father, quetiapine. "
        "Does the medicine cause sedation that could affect caring for the baby? Yes.",
    ),
    "prompts with one-word answers; no plan for the baby's sleep (MA103)",
)
ok(
    "pp-quet-prompt-then-plan",
    "prompt-padding",
    P,
    concl(
        P,
        "Partner's medicine: the father's quetiapine. Does it cause sedation? Yes: he is hard to wake at night, so "
        "he must not share a bed or sofa with the baby and the mother does the night feeds; the health visitor "
        "checks the crib.",
    ),
    "the prompt answered with the plan",
)

bad(
    "pp-valp-booking-prompts",
    "prompt-padding",
    V,
    concl(
        V,
        "Sodium valproate. Is she pregnant now? Yes, 8 weeks. Agreed estimated date of delivery: recorded. Infant "
        "feeding (intended): undecided. Recommendations: as above.",
    ),
    "booking prompts with their answers; no decision on valproate or the baby (MA103)",
)

# ============================================================================================================
# split-conclusion: each box points to the other.

bad(
    "sp-meth-ping-pong",
    "split-conclusion",
    M,
    split(
        M,
        "Methadone: continue; the baby's plan is set out in the overall conclusion.",
        "Methadone and sertraline continue. For the baby, see the methadone assessment box.",
    ),
    "each box sends the reader to the other; the baby's plan is nowhere (MA103)",
)
ok(
    "sp-meth-both-stand",
    "split-conclusion",
    M,
    split(
        M,
        "Methadone 60 mg continues; the baby is observed on the ward for withdrawal for at least 72 hours, "
        "breastfeeding is encouraged, and no co-sleeping after her dose. The overall box adds the discharge checks.",
        "Methadone and sertraline continue unchanged, as each assessment sets out: withdrawal observation for at "
        "least 72 hours, breastfeeding supported, no co-sleeping after her methadone dose, and the cot seen before "
        "discharge.",
    ),
    "both boxes point to each other and each stands",
)

bad(
    "sp-lith-below-above",
    "split-conclusion",
    L,
    split(
        L,
        "Lithium: the plan for the baby is given in the overall conclusion below.",
        "Lithium: the reasoning and plan are in the assessment above; this box confirms them.",
    ),
    "above points below and below points above (MA103)",
)
ok(
    "sp-lith-as-above-restated",
    "split-conclusion",
    L,
    overall(
        "As the lithium assessment above concludes: lithium continues with levels monthly, weekly from 36 weeks and "
        "within 24 hours of birth; the baby has a paediatric review, and she bottle feeds."
    ),
    "'as above' followed by the conclusion itself",
)

bad(
    "sp-cit-see-box",
    "split-conclusion",
    C,
    split(C, "Citalopram: continue, detail in the overall box.", "Citalopram: as concluded in the assessment."),
    "neither box says what follows for the baby (MA103)",
)
ok(
    "sp-cit-see-also-in-short",
    "split-conclusion",
    C,
    overall(
        "See also the assessment above. In short: citalopram 20 mg continues, the midwife watches the baby for "
        "adaptation symptoms for 48 hours after birth, and breastfeeding is supported."
    ),
    "a pointer, then a conclusion that stands",
)

bad(
    "sp-valp-follows-below",
    "split-conclusion",
    V,
    split(
        V,
        "Sodium valproate: the baby's exposure and what is to be done about it follow in the overall box.",
        "Continue valproate as decided in the assessment box above; nothing further to add here.",
    ),
    "the decision is said to be in the other box in both (MA103)",
)
bad(
    "sp-dp-each-elsewhere",
    "split-conclusion",
    F,
    split(
        F,
        "Diazepam and pregabalin: sedation and sleep are covered in the overall summary.",
        "Diazepam and pregabalin: see the assessment for the safe sleep and withdrawal plan.",
    ),
    "safe sleep and withdrawal each said to be in the other box (MA103)",
)
ok(
    "sp-dp-overall-adds",
    "split-conclusion",
    F,
    concl(
        F,
        "Diazepam and pregabalin continue, and the overall box adds the placement detail. She must not co-sleep or "
        "feed lying down, and the baby is watched for late withdrawal until day 8.",
    ),
    "a pointer beside a conclusion that stands",
)

# ============================================================================================================
# disguise: the shapes above in look-alike letters and invisible or format characters.

bad(
    "dg-gf-meth-cyrillic",
    "disguise",
    M,
    concl(M, homoglyphs(GF_METH_BAD, "aeoc")),
    "general facts in Cyrillic look-alikes (MA103)",
)
ok(
    "dg-gf-meth-ok-cyrillic",
    "disguise",
    M,
    concl(M, homoglyphs(GF_METH_OK, "aeoc")),
    "the applied twin in Cyrillic look-alikes",
)
bad(
    "dg-gf-sert-zero-width",
    "disguise",
    M,
    sert(inside_words(GF_SERT_BAD, "\u200b", every=2)),
    "class facts with zero-width spaces inside words (MA103)",
)
ok(
    "dg-gf-sert-ok-zero-width",
    "disguise",
    M,
    sert(inside_words(GF_SERT_OK, "\u200b", every=2)),
    "the applied twin with zero-width spaces",
)
bad(
    "dg-gf-lith-soft-hyphen",
    "disguise",
    L,
    concl(L, inside_words(GF_LITH_BAD, "\u00ad", every=3)),
    "pharmacokinetics with soft hyphens (MA103)",
)
ok(
    "dg-gf-lith-ok-soft-hyphen",
    "disguise",
    L,
    concl(L, inside_words(GF_LITH_OK, "\u00ad", every=3)),
    "the applied twin with soft hyphens",
)
bad(
    "dg-gf-valp-full-width",
    "disguise",
    V,
    concl(V, full_width(GF_VALP_BAD)),
    "teratology facts in full-width forms (MA103)",
)
ok("dg-gf-valp-ok-full-width", "disguise", V, concl(V, full_width(GF_VALP_OK)), "the applied twin in full-width forms")
bad("dg-gf-quet-bidi", "disguise", P, concl(P, bidi(GF_QUET_BAD)), "a general warning wrapped in bidi isolates (MA103)")
ok("dg-gf-quet-ok-bidi", "disguise", P, concl(P, bidi(GF_QUET_OK)), "the father's plan wrapped in bidi isolates")

_PD_BAD = "The father's quetiapine does not concern the baby, who takes none of it, so there is nothing more to add."
_PD_OK = (
    "The father's quetiapine is not taken by the baby, but it makes him hard to wake at night, so he must not "
    "share a bed or sofa with the baby and does no night feeds after his dose."
)
bad(
    "dg-pd-greek",
    "disguise",
    P,
    concl(P, homoglyphs(_PD_BAD, "aoi", variant=1)),
    "a partner dismissal in Greek look-alikes (MA103)",
)
ok(
    "dg-pd-ok-greek",
    "disguise",
    P,
    concl(P, homoglyphs(_PD_OK, "aoi", variant=1)),
    "the partner plan in Greek look-alikes",
)

_HP_BAD = (
    "Citalopram to be continued if considered appropriate, with the newborn monitored should the need arise "
    "and feeding advice in due course."
)
_HP_OK = (
    "Citalopram 20 mg continues; the newborn is monitored by the midwife for 48 hours after birth, and feeding "
    "advice is given now: breastfeeding is supported."
)
bad(
    "dg-hp-cit-word-joiner",
    "disguise",
    C,
    concl(C, inside_words(_HP_BAD, "\u2060")),
    "hedged plan with word joiners inside words (MA103)",
)
ok(
    "dg-hp-cit-ok-word-joiner",
    "disguise",
    C,
    concl(C, inside_words(_HP_OK, "\u2060")),
    "decided plan with word joiners",
)

_RL_BAD = "Methadone: withdrawal, low birth weight, sudden infant death with co-sleeping, feeding difficulty."
bad("dg-rl-meth-combining", "disguise", M, concl(M, combining(_RL_BAD)), "a risk list under combining accents (MA103)")
ok(
    "dg-rl-meth-ok-cgj",
    "disguise",
    M,
    concl(
        M,
        inside_words(
            "Methadone: withdrawal is likely, so the baby stays on the ward for 72 hours; no co-sleeping after her dose; "
            "breastfeeding is encouraged and 60 mg continues.",
            "\u034f",
            every=4,
        ),
    ),
    "a decided plan with combining grapheme joiners",
)

_PP_BAD = (
    "Lithium - Impact on the baby: as above. Breastfeeding advice for this medicine: given. Recommendations: as above."
)
bad(
    "dg-pp-lith-zwnj",
    "disguise",
    L,
    concl(L, inside_words(_PP_BAD, "\u200c", every=2)),
    "prompt padding with zero-width non-joiners (MA103)",
)
ok(
    "dg-pp-lith-ok-zwnj",
    "disguise",
    L,
    concl(
        L,
        inside_words(
            "Lithium. Impact on the baby: paediatric review after birth. Breastfeeding advice: not advised; she bottle "
            "feeds. Recommendations: lithium continues with levels within 24 hours of birth.",
            "\u200c",
            every=2,
        ),
    ),
    "prompt headings with answers, with zero-width non-joiners",
)

bad(
    "dg-sc-cyrillic-copy",
    "disguise",
    M,
    both(
        "Methadone goes on as it is; the baby will be checked by the midwife in the early days and feeding is backed.",
        homoglyphs(
            "Sertraline goes on as it is; the infant will be checked by the midwife in the early days and "
            "feeding is backed.",
            "aeo",
        ),
    ),
    "a synonym copy with one side in Cyrillic look-alikes (MA121)",
)
bad(
    "dg-split-lrm",
    "disguise",
    C,
    split(
        C,
        "Citalopram:\u200e see the overall box\u200e for the baby.",
        "Citalopram:\u200f as the assessment box\u200f says.",
    ),
    "a split conclusion with directional marks (MA103)",
)
ok(
    "dg-ct-lith-ok-nbsp",
    "disguise",
    L,
    concl(
        L,
        (
            "Lithium continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; breastfeeding "
            "is not advised, so she bottle feeds, and the baby has a paediatric review."
        ).replace(" ", "\u00a0"),
    ),
    "a good conclusion with no-break spaces",
)
bad(
    "dg-nt-mst-math",
    "disguise",
    M,
    concl(
        M,
        full_width("MST")
        + " continues at the current dose; the baby is observed for withdrawal for 72 hours, no co-sleeping after the "
        "dose, and breastfeeding is encouraged.",
    ),
    "a different medicine's abbreviation in full-width letters (MA119)",
)
ok(
    "dg-nt-meth-full-width-name",
    "disguise",
    M,
    concl(
        M,
        full_width("Methadone")
        + " 60 mg continues; the baby is observed for withdrawal for 72 hours, no co-sleeping after the dose, and "
        "breastfeeding is encouraged.",
    ),
    "methadone in full-width letters",
)


bad(
    "dg-se-lith-mother-cyrillic",
    "disguise",
    L,
    concl(
        L,
        homoglyphs(
            "Lithium continues; her kidney and thyroid results are normal and she keeps well hydrated in late pregnancy.",
            "aeoc",
        ),
    ),
    "the mother alone, in Cyrillic look-alikes (MA124)",
)
ok(
    "dg-se-lith-ok-cyrillic",
    "disguise",
    L,
    concl(
        L,
        homoglyphs(
            "Lithium continues and she keeps well hydrated in labour; the baby has a paediatric review after birth for "
            "floppiness and thyroid problems, and is bottle fed.",
            "aeoc",
        ),
    ),
    "the mother and the baby, in Cyrillic look-alikes",
)
bad(
    "dg-hp-valp-soft-hyphen",
    "disguise",
    V,
    concl(
        V,
        inside_words(
            "Sodium valproate to be looked at again in due course, with scans as required and folic acid if "
            "appropriate.",
            "\u00ad",
            every=2,
        ),
    ),
    "a hedged plan with soft hyphens (MA103)",
)
ok(
    "dg-pd-overall-ok-bidi",
    "disguise",
    P,
    overall(
        bidi(
            "Paracetamol raises no concern for the mother. The father's quetiapine sedates him at night, so the baby "
            "never shares his bed or sofa and the mother does the night feeds; the health visitor checks the crib."
        )
    ),
    "the partner plan in bidi isolates",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F53CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F53CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F53CASES),
        "total",
        len(F53CASES),
    )
