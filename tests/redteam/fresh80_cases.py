"""An eightieth independent "fresh" batch of red-team cases for the share gate: concerns and coverage, a deep
sweep of issue 9 points 3, 4 and 11.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It covers:

* ``copy-paste``: one conclusion under different medicines' assessments with small edits (the name swapped, a
  brand swapped, synonyms, shorthand, sentences reordered, one added or dropped, a date changed, bullets), a
  generic paragraph repeated everywhere, an overall conclusion padded from one assessment's; versus joint
  assessments that cover and name every medicine and conclusions that share a sentence or a shape and are
  otherwise each medicine's own;
* ``naming``: a medicine covered but named only as a class ("her benzodiazepine"), by "both medicines", only in
  a list or an aside; versus brands, misspellings and shorthand a clinician would recognise;
* ``concern-items``: the withdrawal, safe sleep and breastfeeding items answered by a pointer, the question
  restated, another concern's answer, "no", "N/A" for a partner's sedating medicine, a question mark; versus short
  real answers in clinical shorthand and "N/A" where the concern does not apply;
* ``unanswered``: child protection plan, care order, looked-after status and the postnatal discharge and
  safe-sleep items removed, null, blank or placeholders; versus items that do not apply before birth and
  optional items left out;
* ``disguise``: a fifth of the records, texts from above in look-alike letters, zero-width characters, soft
  hyphens, bidi isolates and full width: the verdict is the plain one.

Medicines named here are real; no clinical code is invented (the one added medicine carries the sertraline
code the shipped example uses). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are
listed there (strict xfail). Run ``python -m tests.redteam.fresh80_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
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
    Record,
    V,
    chain,
    delete,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F80CASES: list[Case] = []

CATEGORIES = (
    "copy-paste",
    "naming",
    "concern-items",
    "unanswered",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F80CASES.append(Case(f"f80-{name}", category, expect, base, mutate, why, **kw))


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


def both(m_text: str, s_text: str) -> Mutation:
    return chain(meth(m_text), sert(s_text))


def isolate_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def soft_hyphens(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def zero_width(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def split_f(dz_text: str, pg_text: str) -> Mutation:
    """The foster example's joint assessment split into one per medicine, items kept, conclusions given."""

    def mutate(doc: Record) -> None:
        joint = next(a for a in doc["assessments"] if a["id"] == "asm-diazepam-pregabalin")
        dz = copy.deepcopy(joint)
        pg = copy.deepcopy(joint)
        dz.update(id="asm-diazepam", medicine_ids=["med-diazepam"], conclusion=dz_text)
        pg.update(id="asm-pregabalin", medicine_ids=["med-pregabalin"], conclusion=pg_text)
        doc["assessments"] = [dz, pg]

    return mutate


def join_m(joint_text: str, overall_text: str) -> Mutation:
    """The methadone example's two assessments merged into one joint assessment of both medicines."""

    def mutate(doc: Record) -> None:
        joint = next(a for a in doc["assessments"] if a["id"] == "asm-methadone")
        joint = copy.deepcopy(joint)
        joint.update(
            id="asm-methadone-sertraline",
            medicine_ids=["med-methadone", "med-sertraline"],
            conclusion=joint_text,
            recommendations=(
                "Do not reduce or stop methadone without the drug service. Continue sertraline 100 mg. Any dose "
                "change to be shared with maternity and the health visitor the same week; midwife to watch for "
                "adaptation symptoms alongside the withdrawal observations."
            ),
        )
        doc["assessments"] = [joint]
        doc["overall_conclusion"]["text"] = overall_text

    return mutate


SERTRALINE_FOR_L: Record = {
    "id": "med-sertraline",
    "code": {"system": "https://dmd.nhs.uk", "code": "39704111000001102", "display": "Sertraline 50mg tablets"},
    "name": "Sertraline 50mg tablets",
    "dose": "50 mg once daily",
    "started": "2025-02-03",
    "prescriber": {"kind": "gp-practice", "organisation": {"ods_code": "Y90004", "name": "Northgate Health Centre"}},
}


def add_l_sertraline(l_text: str, s_text: str, overall_text: str) -> Mutation:
    """Sertraline added to the lithium example with its own assessment (by the same psychiatrist)."""

    def mutate(doc: Record) -> None:
        doc["medicines"].append(copy.deepcopy(SERTRALINE_FOR_L))
        lithium = next(a for a in doc["assessments"] if a["id"] == "asm-lithium")
        lithium["conclusion"] = l_text
        s = copy.deepcopy(lithium)
        s.update(
            id="asm-sertraline",
            medicine_ids=["med-sertraline"],
            impact_on_mother={
                "sedation": "no",
                "parenting_capacity": "Anxiety settled on sertraline 50 mg; stopping it risks relapse.",
            },
            impact_on_baby={
                "summary": "Small risk of PPHN and of adaptation symptoms (jittery, poor feeding) in the first days.",
                "neonatal_withdrawal_plan": "Observed on the postnatal ward for adaptation symptoms for 48 hours "
                "alongside the lithium observations.",
                "breastfeeding": "Compatible with breastfeeding, but she is bottle feeding because of lithium.",
            },
            recommendations="Continue sertraline 50 mg. Midwife to watch for adaptation symptoms after birth.",
            conclusion=s_text,
        )
        doc["assessments"].append(s)
        doc["overall_conclusion"]["text"] = overall_text

    return mutate


# Item paths.
M_NW = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
M_BF = "assessments#asm-methadone.impact_on_baby.breastfeeding"
M_SS = "assessments#asm-methadone.impact_on_mother.safe_sleep"
S_BF = "assessments#asm-sertraline.impact_on_baby.breastfeeding"
F_NW = "assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan"
F_BF = "assessments#asm-diazepam-pregabalin.impact_on_baby.breastfeeding"
F_SS = "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep"
P_SS = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"
P_BF = "assessments#asm-partner-quetiapine.impact_on_baby.breastfeeding"
L_BF = "assessments#asm-lithium.impact_on_baby.breastfeeding"
L_NW = "assessments#asm-lithium.impact_on_baby.neonatal_withdrawal_plan"
L_SS = "assessments#asm-lithium.impact_on_mother.safe_sleep"
V_SUM = "assessments#asm-valproate.impact_on_baby.summary"
V_BF = "assessments#asm-valproate.impact_on_baby.breastfeeding"
C_NW = "assessments#asm-citalopram.impact_on_baby.neonatal_withdrawal_plan"
C_BF = "assessments#asm-citalopram.impact_on_baby.breastfeeding"
SG = "safeguarding"

# ------------------------------------------------------------------------------------------------------------
# copy-paste
CP = "copy-paste"

MC1 = (
    "Methadone continues at 60 mg daily through the pregnancy. The baby will be observed on the postnatal ward for "
    "at least 72 hours for withdrawal and breastfeeding is encouraged. She must not co-sleep with the baby after a "
    "dose."
)
SC1 = MC1.replace("Methadone continues at 60 mg", "Sertraline continues at 100 mg")
bad("cp-name-and-dose-swapped", CP, M, both(MC1, SC1), "methadone's conclusion pasted with sertraline and its dose")
SC_SYN = (
    "Sertraline carries on at 100 mg a day throughout the pregnancy. The infant will be watched on the postnatal "
    "ward for a minimum of 72 hours for withdrawal and breast feeding is supported. She must not bed share with the "
    "infant after a dose."
)
bad("cp-synonyms", CP, M, both(MC1, SC_SYN), "the copy in other words: infant, watched, bed share, carries on")
SC_ORDER = (
    "She must not co-sleep with the baby after a dose. Breastfeeding is encouraged and the baby will be observed on "
    "the postnatal ward for at least 72 hours for withdrawal. Sertraline continues at 100 mg daily through the "
    "pregnancy."
)
bad("cp-reordered", CP, M, both(MC1, SC_ORDER), "the copy with sentences and clauses reordered")
SC_ADDED = SC1 + " Her mood will be reviewed by the GP at 36 weeks."
bad("cp-sentence-added", CP, M, both(MC1, SC_ADDED), "the copy padded with one sentence of its own")
SC_DROPPED = (
    "Sertraline continues at 100 mg daily through the pregnancy. The baby will be observed on the postnatal ward "
    "for at least 72 hours for withdrawal and breastfeeding is encouraged."
)
bad("cp-sentence-dropped", CP, M, both(MC1, SC_DROPPED), "the copy with its last sentence dropped")
MC_DATED = (
    "Reviewed with her on 2026-03-02: methadone 60 mg daily continues. The baby is observed on the ward for 72 hours "
    "for withdrawal, breastfeeding is supported, and there is no co-sleeping after her dose."
)
SC_DATED = MC_DATED.replace("2026-03-02: methadone 60 mg", "2026-02-23: sertraline 100 mg")
bad("cp-date-changed", CP, M, both(MC_DATED, SC_DATED), "the copy with the review date and the name changed")
GENERIC = (
    "Methadone and sertraline both continue unchanged. The baby will be observed for withdrawal on the postnatal "
    "ward for 72 hours, breastfeeding is supported and there is no co-sleeping. The health visitor will see the cot "
    "before discharge."
)
bad(
    "cp-generic-everywhere",
    CP,
    M,
    chain(both(GENERIC, GENERIC), overall(GENERIC)),
    "one paragraph naming both under each single-medicine assessment and as the overall conclusion",
)
bad(
    "cp-generic-two-assessments",
    CP,
    M,
    both(GENERIC, GENERIC),
    "one paragraph naming both pasted under two assessments, neither of which covers both",
)
bad(
    "cp-overall-padded-from-methadone",
    CP,
    M,
    overall(
        "Methadone 60 mg daily and sertraline 100 mg should continue through the pregnancy. The baby is likely to "
        "need observation for neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no "
        "co-sleeping and the cot must be checked at the home visit."
    ),
    "the methadone conclusion with 'and sertraline' inserted, as the overall conclusion",
)
SC_SHORT = (
    "Sertraline continues at 100 mg od through the pregnancy. Baby to be obs on the PNW for at least 72h for "
    "withdrawal and BF encouraged. She must not co-sleep with the baby after a dose."
)
bad("cp-shorthand", CP, M, both(MC1, SC_SHORT), "the copy rewritten in shorthand (od, obs, PNW, 72h, BF)")
SC_BULLETS = (
    "- Sertraline continues at 100 mg daily through the pregnancy\n- The baby will be observed on the postnatal ward "
    "for at least 72 hours for withdrawal and breastfeeding is encouraged\n- She must not co-sleep with the baby "
    "after a dose"
)
bad("cp-bullets", CP, M, both(MC1, SC_BULLETS), "the copy laid out as bullets")
MC_BRAND = MC1.replace("Methadone continues at 60 mg daily", "Methadose continues at 60 mg daily")
SC_BRAND = MC1.replace("Methadone continues at 60 mg daily", "Lustral continues at 100 mg daily")
bad("cp-brands-swapped", CP, M, both(MC_BRAND, SC_BRAND), "the same text under two brand names")
bad(
    "cp-shouting-no-punctuation",
    CP,
    M,
    both(MC1, SC1.upper().replace(".", "")),
    "the copy in capitals with the full stops taken out",
)
DZ_COPY = (
    "Diazepam continues for now with a slow reduction planned from the 6-week review. She must not co-sleep or feed "
    "the baby lying down, the foster carer does the night feeds, and the baby is watched for late withdrawal until "
    "day 8."
)
PG_COPY = DZ_COPY.replace("Diazepam continues", "Pregabalin continues")
bad("cp-split-foster-swapped", CP, F, split_f(DZ_COPY, PG_COPY), "diazepam's conclusion pasted under pregabalin")
F_JOINT = (
    "Diazepam and pregabalin both continue for now, with a diazepam taper from the 6-week review. Together they "
    "sedate her: no co-sleeping, no feeding lying down, and the foster carer does nights. The baby is watched for "
    "late withdrawal until day 8."
)
bad(
    "cp-split-foster-joint-text-twice",
    CP,
    F,
    split_f(F_JOINT, F_JOINT),
    "a joint text pasted under two single-medicine assessments, neither covering both",
)
L_COPY = (
    "Lithium should continue: she has been well on it and relapse after birth is the bigger danger to her and the "
    "baby. The baby has a paediatric review after birth and she will bottle feed."
)
bad(
    "cp-lithium-to-sertraline",
    CP,
    L,
    add_l_sertraline(
        L_COPY,
        L_COPY.replace("Lithium should", "Sertraline should"),
        "Lithium and sertraline continue. Paediatric review of the baby after birth for lithium effects and SSRI "
        "adaptation; lithium levels weekly from 36 weeks and within 24 hours of birth; bottle feeding.",
    ),
    "lithium's conclusion pasted under the sertraline added to the record",
)

M_OWN = (
    "Methadone 60 mg daily continues under the drug service; cutting down now risks relapse and on-top use. The baby "
    "is likely to need NAS scoring on the postnatal ward for at least 72 hours, with HV checks for late signs to day "
    "8. Breastfeeding is encouraged on a stable dose, and she must never sleep with the baby on a bed or sofa after "
    "her dose. The midwife will share this plan with the health visitor before discharge."
)
S_OWN = (
    "Sertraline 100 mg continues, as her depression came back the last time it was stopped. The baby has a small "
    "risk of PPHN and of jittery, poor feeding in the first 48 hours, so the midwife watches for adaptation "
    "symptoms alongside the withdrawal scoring. It is compatible with breastfeeding. The midwife will share this "
    "plan with the health visitor before discharge."
)
ok("cp-distinct-shared-closing", CP, M, both(M_OWN, S_OWN), "each its own, with one closing sentence in common")
M_HEAD = (
    "Decision: methadone 60 mg continues; no reduction in pregnancy. Baby: NAS likely, 72h scoring on PNW then HV to "
    "day 8. Feeding: BF encouraged. Sleep: no bed or sofa sharing after her dose."
)
S_HEAD = (
    "Decision: sertraline 100 mg continues; relapse risk high off it. Baby: small PPHN risk, midwife obs for "
    "adaptation 48h. Feeding: compatible with BF. Sleep: not sedating, no extra advice."
)
ok("cp-same-headings-own-content", CP, M, both(M_HEAD, S_HEAD), "the same SOAP-like headings, different content")
M_JOINT = (
    "Methadone 60 mg and sertraline 100 mg both continue. The baby needs at least 72 hours on the postnatal ward "
    "with NAS scoring, the midwife also watching for SSRI adaptation, then HV checks to day 8. Breastfeeding is "
    "encouraged. Methadone makes her drowsy after each dose, so no co-sleeping; cot to be seen at the home visit."
)
ok(
    "cp-joint-assessment-overall-same",
    CP,
    M,
    join_m(M_JOINT, M_JOINT),
    "one joint assessment covering and naming both; the overall repeats it",
)
ok(
    "cp-joint-assessment-overall-own",
    CP,
    M,
    join_m(
        M_JOINT,
        "Methadone and sertraline continue unchanged. Withdrawal and adaptation observation for the baby for 72 hours "
        "on the ward; breastfeeding supported; no co-sleeping after methadone; social worker and HV to see the cot.",
    ),
    "one joint assessment and an overall conclusion of its own",
)
ok(
    "cp-foster-overall-repeats-joint",
    CP,
    F,
    chain(dzp(F_JOINT), overall(F_JOINT)),
    "the single joint assessment's conclusion, naming both, repeated as the overall conclusion",
)
ok(
    "cp-split-foster-distinct",
    CP,
    F,
    split_f(
        "Diazepam 5 mg tds continues for now, tapering slowly from the 6-week review and never stopped suddenly "
        "because of the risk of seizures. It sedates her, so no co-sleeping and no feeding lying down; the foster "
        "carer does nights. The baby may show late withdrawal until day 8.",
        "Pregabalin 150 mg bd continues unchanged. It adds to the drowsiness, so the same rule holds: the baby never "
        "sleeps with her on a bed, sofa or armchair. First-trimester exposure: the newborn check was normal, and the "
        "foster carer and HV watch for late withdrawal until day 8.",
    ),
    "the joint assessment split in two, each with a conclusion of its own",
)
ok(
    "cp-lithium-sertraline-distinct",
    CP,
    L,
    add_l_sertraline(
        "Lithium (Priadel) 800 mg continues: relapse or postpartum psychosis is the greater danger. Levels monthly, "
        "weekly from 36 weeks and within 24 hours of birth; the baby has a paediatric review for floppiness, poor "
        "feeding and thyroid problems; bottle feeding because lithium passes into milk.",
        "Sertraline 50 mg continues for her anxiety, as stopping risks relapse. The baby may be jittery or feed "
        "poorly in the first 48 hours, and the midwife will watch for this with the lithium observations.",
        "Lithium and sertraline both continue. Paediatric review after birth for lithium effects, with the midwife "
        "also watching for SSRI adaptation; levels weekly from 36 weeks and within 24 hours of birth; bottle "
        "feeding.",
    ),
    "a lithium conclusion and a sertraline conclusion, alike in shape, each its own",
)
ok(
    "cp-same-opening-sentence",
    CP,
    M,
    both(
        "Reviewed at 29+2 weeks with Jodie and her drug worker. Methadone 60 mg daily stays as it is; the baby will "
        "be scored for NAS for 72 hours on the ward, breastfeeding is encouraged, and no co-sleeping after a dose.",
        "Reviewed at 29+2 weeks with Jodie and her drug worker. Sertraline 100 mg continues because her mood is "
        "stable on it; the midwife watches the baby for poor adaptation in the first 48 hours, and it is fine "
        "with breastfeeding.",
    ),
    "the same opening line, then each medicine's own decision",
)

# ------------------------------------------------------------------------------------------------------------
# naming
NM = "naming"

bad(
    "nm-foster-benzodiazepine-class",
    NM,
    F,
    dzp(
        "Her benzodiazepine and pregabalin both continue unchanged for now, with a slow reduction of the "
        "benzodiazepine from the 6-week review. Both sedate her: no co-sleeping or feeding lying down, and the foster "
        "carer does the night feeds. The baby is watched for late withdrawal until day 8."
    ),
    "diazepam named only by its class",
)
bad(
    "nm-foster-gabapentinoid-class",
    NM,
    F,
    dzp(
        "Diazepam and her gabapentinoid continue for now, with a diazepam taper planned. Both make her drowsy: she "
        "must not co-sleep or feed lying down, and the foster carer does nights. Late withdrawal possible to day 8."
    ),
    "pregabalin named only by its class",
)
bad(
    "nm-foster-overall-her-sedatives",
    NM,
    F,
    overall(
        "Both her sedatives continue for now. No bed, sofa or armchair sharing and no feeding lying down; the foster "
        "carer does the nights. Late withdrawal is possible until day 8; the health visitor and social worker hold "
        "this plan."
    ),
    "the overall conclusion names neither medicine",
)
bad(
    "nm-methadone-overall-both-medicines",
    NM,
    M,
    overall(
        "Both medicines continue unchanged. The baby has 72 hours of withdrawal observation on the postnatal ward, "
        "breastfeeding is supported, and there is no co-sleeping; the social worker and HV see the cot before "
        "discharge."
    ),
    "'both medicines' names neither",
)
bad(
    "nm-methadone-overall-classes",
    NM,
    M,
    overall(
        "Her opioid substitution treatment and her SSRI continue unchanged. The baby has at least 72 hours of NAS "
        "scoring on the ward; breastfeeding is supported; no co-sleeping after her dose."
    ),
    "both medicines named only by class",
)
bad(
    "nm-methadone-overall-list-only",
    NM,
    M,
    overall(
        "Current medicines: methadone 60 mg, sertraline 100 mg. Methadone continues under the drug service; the "
        "baby will have NAS scoring for 72 hours on the ward, breastfeeding on a stable methadone dose is "
        "encouraged, and no co-sleeping after her methadone."
    ),
    "sertraline only in the list of what she takes; nothing decided about it",
)
bad(
    "nm-partner-his-antipsychotic",
    NM,
    P,
    quet(
        "The father's antipsychotic makes him very hard to wake at night, so he does no night feeds and never falls "
        "asleep with the baby on a bed, sofa or armchair. The mother does nights; the health visitor checks the crib."
    ),
    "quetiapine named only by its class",
)
bad(
    "nm-partner-overall-night-tablets",
    NM,
    P,
    overall(
        "Chloe's paracetamol raises no concern. Daniel's night-time tablets sedate him heavily: no co-sleeping with "
        "him and no night feeds by him; the health visitor keeps checking the crib."
    ),
    "the partner's medicine named as 'night-time tablets'",
)
bad(
    "nm-lithium-mood-stabiliser",
    NM,
    L,
    lith(
        "Her mood stabiliser continues at 800 mg at night because relapse after birth is the greater risk. Levels "
        "weekly from 36 weeks; paediatric review of the baby after birth; bottle feeding."
    ),
    "lithium named only as 'her mood stabiliser'",
)
bad(
    "nm-valproate-antiepileptic",
    NM,
    V,
    valp(
        "Her antiepileptic must not be stopped suddenly because seizures endanger her and the baby. First-trimester "
        "exposure: urgent neurology review and early fetal medicine scan requested today; folic acid 5 mg started."
    ),
    "valproate named only as 'her antiepileptic'",
)
bad(
    "nm-citalopram-ssri",
    NM,
    C,
    cit(
        "Her SSRI continues at 20 mg because relapse is likely without it. The midwife watches the baby for "
        "adaptation symptoms in the first 48 hours; breastfeeding supported."
    ),
    "citalopram named only as 'her SSRI'",
)
bad(
    "nm-foster-pregabalin-in-brackets",
    NM,
    F,
    dzp(
        "Diazepam 5 mg tds continues with a taper from the 6-week review (also on pregabalin). She must not co-sleep "
        "or feed lying down; the foster carer does nights; the baby is watched for late withdrawal until day 8."
    ),
    "pregabalin only in a bracketed aside, nothing decided about it",
)

ok(
    "nm-foster-brands",
    NM,
    F,
    dzp(
        "Valium and Lyrica both continue for now, with the Valium tapered from the 6-week review. Together they make "
        "her drowsy: no co-sleeping, no feeding lying down, and the foster carer does nights. The baby is watched "
        "for late withdrawal until day 8."
    ),
    "diazepam and pregabalin by their UK brands",
)
ok(
    "nm-methadone-overall-brands",
    NM,
    M,
    overall(
        "Methadose 60 mg and Lustral 100 mg continue unchanged. The baby needs 72 hours of withdrawal and adaptation "
        "observation on the postnatal ward; breastfeeding supported; no co-sleeping after the Methadose dose."
    ),
    "methadone and sertraline by brand",
)
ok(
    "nm-lithium-priadel-only",
    NM,
    L,
    lith(
        "Priadel 800 mg nocte continues: relapse risk postpartum is high. Levels 4-weekly, weekly from 36/40 and "
        "within 24h of delivery. Baby: paeds r/v after birth for floppiness, poor feeding, thyroid. Bottle feeding."
    ),
    "lithium by its brand only, in shorthand",
)
ok(
    "nm-valproate-epilim-only",
    NM,
    V,
    valp(
        "Epilim continues at 500 mg bd until the neurologist sees her this week; stopping suddenly risks seizures. "
        "First-trimester exposure means about a 1 in 10 risk of a major malformation, so an early fetal medicine "
        "scan is booked. Folic acid 5 mg started."
    ),
    "valproate by its brand only",
)
ok(
    "nm-partner-seroquel",
    NM,
    P,
    quet(
        "Daniel's Seroquel 300 mg at night leaves him very hard to wake, so he does no night feeds and never sleeps "
        "with the baby on a bed, sofa or armchair. Chloe does the nights; HV checks the crib each visit."
    ),
    "quetiapine by its brand",
)
ok(
    "nm-citalopram-cipramil",
    NM,
    C,
    cit(
        "Cipramil 20 mg continues, as she relapsed within six weeks of stopping before. Midwife watches the baby for "
        "jitteriness, poor feeding and fast breathing for 48 hours; breastfeeding supported."
    ),
    "citalopram by its brand",
)
ok(
    "nm-foster-misspelt",
    NM,
    F,
    dzp(
        "Diazapam and pregablin continue for now, the diazapam to be tapered from the 6-week review. Both sedate her, "
        "so no co-sleeping or feeding lying down; foster carer does nights. Baby watched for late withdrawal to day 8."
    ),
    "both names misspelt as clinicians do",
)
ok(
    "nm-methadone-overall-names-then-both",
    NM,
    M,
    overall(
        "Methadone and sertraline: both continue at their current doses. Baby: 72h PNW obs for NAS and SSRI "
        "adaptation, HV to day 8. BF encouraged. No co-sleeping after methadone; SW and HV to see the cot."
    ),
    "both named once, then 'both'",
)
ok(
    "nm-foster-headed-each",
    NM,
    F,
    dzp(
        "Diazepam - continue 5 mg tds, taper from the 6-week review, never stop suddenly.\nPregabalin - continue 150 "
        "mg bd.\nBaby - late withdrawal possible to day 8, FC and HV watching.\nSleep - no co-sleeping or feeding "
        "lying down; FC does nights."
    ),
    "each medicine under its own heading",
)
ok(
    "nm-valproate-sod-val",
    NM,
    V,
    valp(
        "Sod val 500 mg bd continues until neuro r/v this week - must not stop abruptly (seizure risk). Baby exposed "
        "in T1: ~1 in 10 major malformation risk, so early FMU scan booked. Folic acid 5 mg started."
    ),
    "valproate in shorthand ('Sod val')",
)

# ------------------------------------------------------------------------------------------------------------
# concern-items
CI = "concern-items"

bad("ci-meth-sleep-see-conclusion", CI, M, set_(M_SS, "See conclusion."), "safe sleep item points elsewhere")
bad(
    "ci-meth-withdrawal-restated",
    CI,
    M,
    set_(M_NW, "Neonatal withdrawal observation plan for the baby."),
    "the item's own question restated",
)
bad("ci-meth-feeding-restated", CI, M, set_(M_BF, "Breastfeeding advice on methadone."), "question restated")
bad(
    "ci-meth-withdrawal-answers-sleep",
    CI,
    M,
    set_(M_NW, "No co-sleeping after her dose; cot in the parents' room."),
    "the withdrawal box holds safe sleep advice: the withdrawal plan is not given",
)
bad("ci-meth-feeding-no", CI, M, set_(M_BF, "No."), "'no' where breastfeeding advice is needed")
bad("ci-meth-withdrawal-no", CI, M, set_(M_NW, "No."), "'no' where an observation plan is needed")
bad(
    "ci-partner-sleep-na-dads",
    CI,
    P,
    set_(P_SS, "NA - dad's prescription, not mum's."),
    "a partner's sedating medicine dismissed as not applicable",
)
bad("ci-partner-sleep-no", CI, P, set_(P_SS, "No"), "'no' as the safe sleep answer")
bad("ci-partner-sleep-discussed", CI, P, set_(P_SS, "Discussed with both."), "a report that it was discussed")
bad(
    "ci-partner-sleep-heavy-sleeper",
    CI,
    P,
    set_(P_SS, "Dad sleeps heavily on his quetiapine but is fine in the day."),
    "how he sleeps, not where or with whom the baby sleeps",
)
bad(
    "ci-partner-conclusion-not-exposed",
    CI,
    P,
    quet(
        "Quetiapine is taken by the father, not the mother, so the baby receives none of it through the placenta "
        "or breast milk; nothing further is needed for the baby."
    ),
    "the partner's sedating medicine dismissed in the conclusion",
)
bad("ci-foster-sleep-yes", CI, F, set_(F_SS, "Yes."), "'yes' as safe sleep advice")
bad("ci-foster-withdrawal-per-neonatal", CI, F, set_(F_NW, "As per neonatal team."), "a pointer")
bad("ci-foster-withdrawal-question", CI, F, set_(F_NW, "Late withdrawal after discharge?"), "a question")
bad("ci-sertraline-feeding-restated", CI, M, set_(S_BF, "Sertraline and breastfeeding."), "the topic restated")
bad("ci-lithium-withdrawal-per-guideline", CI, L, set_(L_NW, "Per local guideline."), "a pointer")
bad("ci-valproate-impact-see-conclusion", CI, V, set_(V_SUM, "Please see conclusion below."), "a pointer")
bad("ci-valproate-feeding-tbc", CI, V, set_(V_BF, "TBC"), "a placeholder")
bad("ci-citalopram-withdrawal-xx", CI, C, set_(C_NW, "xx"), "a placeholder")
bad(
    "ci-citalopram-feeding-answers-sedation",
    CI,
    C,
    set_(C_BF, "Not sedating at this dose."),
    "the breastfeeding box answers another concern",
)
bad("ci-sertraline-feeding-question-mark", CI, M, set_(S_BF, "?"), "a question mark")
bad(
    "ci-meth-sleep-leaflet-only",
    CI,
    M,
    set_(M_SS, "Lullaby Trust leaflet handed over."),
    "a leaflet handed over, not the advice",
)
bad(
    "ci-meth-sleep-removed-and-advice-not-given",
    CI,
    M,
    chain(delete(M_SS), set_(f"{SG}.safe_sleep_advice_given", False)),
    "methadone's safe sleep item gone and the record says no advice was given",
)

ok(
    "ci-meth-withdrawal-shorthand",
    CI,
    M,
    set_(M_NW, "PNW obs min 72h with NAS scoring; HV r/v for late signs to D8."),
    "a real plan in shorthand",
)
ok(
    "ci-meth-sleep-shorthand",
    CI,
    M,
    set_(M_SS, "No bed/sofa sharing post dose. Cot in parents' rm - HV to see."),
    "real safe sleep advice in shorthand",
)
ok("ci-meth-feeding-shorthand", CI, M, set_(M_BF, "BF encouraged on stable dose."), "short real advice")
ok("ci-sertraline-feeding-short", CI, M, set_(S_BF, "OK to BF - low levels in milk."), "short real advice")
ok(
    "ci-foster-withdrawal-shorthand",
    CI,
    F,
    set_(F_NW, "5/7 PNW obs, mild sx D3, no Rx. FC/HV watch to D8; NNU if tremor or poor feeds."),
    "a real plan in shorthand",
)
ok("ci-foster-feeding-na-bottle", CI, F, set_(F_BF, "N/A - bottle fed."), "the concern does not apply: bottle fed")
ok(
    "ci-partner-sleep-shorthand",
    CI,
    P,
    set_(P_SS, "Dad: no bed/sofa/chair with baby after dose, no night feeds. Mum does nights; crib on her side."),
    "the partner's safe sleep answered in shorthand",
)
ok("ci-partner-feeding-na", CI, P, set_(P_BF, "N/A (dad's med)."), "breastfeeding does not apply to his medicine")
ok(
    "ci-lithium-sleep-na-not-sedating",
    CI,
    L,
    set_(L_SS, "N/A - not sedating at this level."),
    "lithium raises no safe sleep concern; the reason is given",
)
ok(
    "ci-lithium-feeding-short",
    CI,
    L,
    set_(L_BF, "Not advised - passes into milk. Bottle feeding."),
    "short real advice",
)
ok(
    "ci-citalopram-withdrawal-short",
    CI,
    C,
    set_(C_NW, "Midwife obs 48h for jittery/poor feeding/fast breathing; paeds if persists."),
    "short real plan",
)
ok("ci-citalopram-feeding-short", CI, C, set_(C_BF, "Compatible; watch for drowsy/poor feeds."), "short advice")
ok(
    "ci-valproate-feeding-usually-ok",
    CI,
    V,
    set_(V_BF, "Usually fine on valproate; neuro to confirm once the plan is set."),
    "advice, with a confirmation to follow",
)
ok(
    "ci-meth-sleep-removed-advice-given",
    CI,
    M,
    delete(M_SS),
    "methadone's safe sleep item empty; the conclusion says no co-sleeping and the record says advice was given",
)
ok(
    "ci-partner-conclusion-shorthand",
    CI,
    P,
    quet(
        "Dad's quetiapine 300 mg nocte - v sedated overnight. No co-sleeping w/ dad (bed/sofa/chair), no night feeds "
        "by him. Mum does nights; baby in own crib. HV to check each visit."
    ),
    "the partner's conclusion in GP shorthand",
)
ok(
    "ci-foster-sleep-short",
    CI,
    F,
    set_(F_SS, "Never bed/sofa/armchair with baby; no feeding lying down. Cot in FC's room, FC does nights."),
    "short real safe sleep advice",
)

# ------------------------------------------------------------------------------------------------------------
# unanswered
UN = "unanswered"

bad("un-meth-cpp-removed", UN, M, delete(f"{SG}.child_protection_plan"), "child protection plan never answered")
bad("un-partner-cpp-removed", UN, P, delete(f"{SG}.child_protection_plan"), "never answered")
bad("un-nothing-cpp-null", UN, N, set_(f"{SG}.child_protection_plan", None), "null is not 'no'")
bad("un-citalopram-cpp-removed", UN, C, delete(f"{SG}.child_protection_plan"), "never answered (template 1.0.0)")
bad("un-citalopram-care-order-removed", UN, C, delete(f"{SG}.care_order"), "care order never answered")
bad("un-lithium-care-order-null", UN, L, set_(f"{SG}.care_order", None), "null is not 'none'")
bad("un-valproate-looked-after-removed", UN, V, delete(f"{SG}.looked_after"), "looked-after never answered")
bad("un-foster-looked-after-null", UN, F, set_(f"{SG}.looked_after", None), "null is not an answer")
bad("un-nothing-looked-after-removed", UN, N, delete(f"{SG}.looked_after"), "never answered")
bad("un-partner-discharge-removed", UN, P, delete(f"{SG}.discharge_to"), "postnatal: discharge never answered")
bad("un-nothing-discharge-null", UN, N, set_(f"{SG}.discharge_to", None), "postnatal: null discharge")
bad(
    "un-partner-safe-sleep-given-removed",
    UN,
    P,
    delete(f"{SG}.safe_sleep_advice_given"),
    "postnatal with a sedated father: safe sleep advice item never answered",
)
bad("un-nothing-safe-sleep-given-null", UN, N, set_(f"{SG}.safe_sleep_advice_given", None), "postnatal: null")
bad("un-nothing-sleeping-removed", UN, N, delete(f"{SG}.sleeping_arrangements"), "postnatal: never answered")
bad("un-partner-sleeping-blank", UN, P, set_(f"{SG}.sleeping_arrangements", ""), "postnatal: blank")
bad("un-foster-sleeping-tbc", UN, F, set_(f"{SG}.sleeping_arrangements", "TBC"), "postnatal: a placeholder")
bad(
    "un-nothing-sleeping-as-per-hv",
    UN,
    N,
    set_(f"{SG}.sleeping_arrangements", "As per HV notes."),
    "postnatal: a pointer",
)
bad("un-foster-social-worker-removed", UN, F, delete(f"{SG}.social_worker"), "interim care order with no social worker")
bad(
    "un-meth-cpp-and-care-order-removed",
    UN,
    M,
    chain(delete(f"{SG}.child_protection_plan"), delete(f"{SG}.care_order")),
    "neither item answered",
)

ok(
    "un-citalopram-antenatal-no-discharge",
    UN,
    C,
    chain(delete(f"{SG}.discharge_to"), delete(f"{SG}.safe_sleep_advice_given")),
    "before birth the discharge items are not asked",
)
ok("un-lithium-antenatal-no-discharge", UN, L, delete(f"{SG}.discharge_to"), "before birth, not asked")
ok(
    "un-valproate-antenatal-sleeping-stated",
    UN,
    V,
    set_(f"{SG}.sleeping_arrangements", "Not yet known - she is 8 weeks pregnant."),
    "an item that does not apply, answered anyway in words",
)
ok("un-nothing-relevant-flag-removed", UN, N, delete(f"{SG}.safeguarding_relevant"), "an optional item left out")
ok("un-partner-relevant-flag-removed", UN, P, delete(f"{SG}.safeguarding_relevant"), "an optional item left out")
ok(
    "un-foster-cpp-ended-removed",
    UN,
    F,
    delete(f"{SG}.child_protection_plan_ended"),
    "an optional date left out; the plan is answered 'no'",
)
ok(
    "un-nothing-sleeping-short",
    UN,
    N,
    set_(f"{SG}.sleeping_arrangements", "Moses basket, parents' rm - seen."),
    "a short real answer",
)
ok(
    "un-partner-sleeping-shorthand",
    UN,
    P,
    set_(f"{SG}.sleeping_arrangements", "SNM crib on mum's side of bed - seen at NBV 28/5."),
    "shorthand, seen at the new birth visit",
)

# ------------------------------------------------------------------------------------------------------------
# a second sweep: thresholds of likeness, names in brackets and slashes, terse item answers.

MC_TAIL = (
    "The baby will be observed on the postnatal ward for at least 72 hours for withdrawal and breastfeeding is "
    "encouraged. She must not co-sleep with the baby after a dose."
)
bad(
    "cp-first-sentence-changed-only",
    CP,
    M,
    both(
        "Methadone 60 mg continues under the drug service with supervised consumption. " + MC_TAIL,
        "Sertraline 100 mg continues because her depression relapsed when she stopped it before. " + MC_TAIL,
    ),
    "own opening line, then the same pasted plan (withdrawal, no co-sleeping after a dose) under an SSRI",
)
bad(
    "cp-near-synonyms-not-listed",
    CP,
    M,
    both(
        MC1,
        "Sertraline continues at 100 mg daily through the pregnancy. The baby will be monitored on the postnatal "
        "ward for at least 3 days for withdrawal and breastfeeding is fine. She must not share a bed with the baby "
        "after a dose.",
    ),
    "the copy with 'monitored', '3 days', 'fine', 'share a bed'",
)
bad(
    "cp-voice-changed",
    CP,
    M,
    both(
        MC1,
        "We continue sertraline at 100 mg daily through the pregnancy. The postnatal ward will observe the baby for "
        "at least 72 hours for withdrawal and we encourage breastfeeding. After a dose she must not co-sleep with "
        "the baby.",
    ),
    "the copy turned from passive to active voice",
)
bad(
    "cp-split-foster-reordered-synonyms",
    CP,
    F,
    split_f(
        DZ_COPY,
        "The infant is watched for late withdrawal until day 8, the foster carer does the night feeds, and she must "
        "not bed share or feed the infant lying down. Pregabalin carries on for now with a slow reduction planned "
        "from the 6-week review.",
    ),
    "diazepam's conclusion under pregabalin, reordered and in other words",
)
ok(
    "cp-terse-shared-shorthand",
    CP,
    M,
    both(
        "Methadone 60 mg continues; NAS obs 72h on PNW; BF ok; no co-sleeping post dose; HV to day 8.",
        "Sertraline 100 mg continues; adaptation obs 48h by midwife; BF ok; relapse risk high if stopped.",
    ),
    "two terse conclusions sharing shorthand words, each about its own medicine",
)
CP_SG = (
    "She is on a child protection plan and Marcus Reed, her social worker, receives this record and will see the "
    "cot before discharge."
)
ok(
    "cp-shared-safeguarding-paragraph",
    CP,
    M,
    both(
        "Methadone 60 mg daily continues; the baby is scored for NAS on the ward for 72 hours and watched by the HV "
        "to day 8; breastfeeding is encouraged; no co-sleeping after her dose. " + CP_SG,
        "Sertraline 100 mg continues, as relapse would harm her and the baby; the midwife watches for PPHN and "
        "adaptation signs for 48 hours; compatible with breastfeeding. " + CP_SG,
    ),
    "each conclusion its own, both ending with the same safeguarding sentence",
)

bad(
    "nm-methadone-overall-the-antidepressant",
    NM,
    M,
    overall(
        "Methadone 60 mg and the antidepressant continue unchanged. The baby is scored for NAS for 72 hours on the "
        "postnatal ward; breastfeeding supported; no co-sleeping after her methadone."
    ),
    "sertraline named only as 'the antidepressant'",
)
ok(
    "nm-partner-name-in-brackets",
    NM,
    P,
    quet(
        "Daniel's night medicine (quetiapine 300 mg) leaves him very hard to wake: he does no night feeds and never "
        "sleeps with the baby on a bed, sofa or armchair. Chloe does the nights; the HV checks the crib."
    ),
    "the medicine named in brackets after what it is",
)
ok(
    "nm-foster-slash",
    NM,
    F,
    dzp(
        "Diazepam/pregabalin continue at current doses, diazepam taper from the 6/52 review. Both sedate her: no "
        "co-sleeping, no feeding lying down, FC does nights. Baby watched for late withdrawal until D8."
    ),
    "the two names joined by a slash",
)
ok(
    "nm-methadone-overall-no-change",
    NM,
    M,
    overall(
        "Methadone 60 mg continues: 72h NAS obs on PNW then HV to D8; BF encouraged; no co-sleeping after her dose. "
        "Sertraline: no change, 100 mg od, midwife to watch for adaptation alongside."
    ),
    "sertraline decided as 'no change' with its dose and the watch",
)
ok(
    "nm-sertraline-misspelt",
    NM,
    M,
    sert(
        "Sertaline 100 mg stays: her mood relapsed off it before. Baby may be jittery or feed poorly for the first "
        "48h; midwife to watch with the withdrawal obs. Fine with breastfeeding."
    ),
    "sertraline misspelt as clinicians type it",
)

bad("ci-meth-withdrawal-see-neonatal", CI, M, set_(M_NW, "Yes - see neonatal team plan."), "a pointer after 'yes'")
bad("ci-meth-withdrawal-standard", CI, M, set_(M_NW, "Standard."), "one word, no plan")
bad("ci-meth-withdrawal-monitored", CI, M, set_(M_NW, "Baby will be monitored."), "watching with no one or time")
bad("ci-partner-sleep-two-words", CI, P, set_(P_SS, "Safe sleep."), "the topic's name")
bad("ci-partner-sleep-partner-aware", CI, P, set_(P_SS, "Partner aware of risks."), "who knows, not what")
bad("ci-foster-sleep-as-above", CI, F, set_(F_SS, "As above."), "a pointer")
bad(
    "ci-foster-sleep-na-placement",
    CI,
    F,
    set_(F_SS, "N/A while in placement - foster carer present."),
    "the sedated mother's safe sleep dismissed because a carer is present",
)
bad("ci-meth-feeding-answers-sleep", CI, M, set_(M_BF, "No co-sleeping."), "breastfeeding box holds sleep advice")
ok("ci-partner-sleep-will-not-co-sleep", CI, P, set_(P_SS, "He will not co-sleep with the baby."), "short, real")
ok("ci-meth-feeding-yes-encouraged", CI, M, set_(M_BF, "Yes - encouraged."), "short, real")
ok("ci-sertraline-feeding-sps", CI, M, set_(S_BF, "Compatible (SPS)."), "short advice with its source")
ok("ci-citalopram-withdrawal-terse", CI, C, set_(C_NW, "Obs 48h on PNW."), "a terse plan with a time and a place")
ok(
    "ci-valproate-impact-shorthand",
    CI,
    V,
    set_(V_SUM, "~1 in 10 MCM risk + 30-40% neurodevelopmental; FMU and detailed anomaly scan booked."),
    "the baby's impact in shorthand",
)
ok(
    "ci-lithium-withdrawal-shorthand",
    CI,
    L,
    set_(L_NW, "Paeds r/v at birth; baby Li level + TFTs if floppy or feeding poorly."),
    "a plan in shorthand",
)

bad("un-foster-discharge-removed", UN, F, delete(f"{SG}.discharge_to"), "postnatal: discharge never answered")
bad("un-foster-safe-sleep-given-removed", UN, F, delete(f"{SG}.safe_sleep_advice_given"), "postnatal: never answered")
bad("un-partner-sleeping-red-book", UN, P, set_(f"{SG}.sleeping_arrangements", "See red book."), "a pointer")
bad("un-nothing-sleeping-safe", UN, N, set_(f"{SG}.sleeping_arrangements", "Safe."), "no place, no one")
bad("un-nothing-sleeping-na", UN, N, set_(f"{SG}.sleeping_arrangements", "N/A"), "after birth it applies")
bad("un-partner-care-order-removed", UN, P, delete(f"{SG}.care_order"), "care order never answered")
ok(
    "un-meth-antenatal-safe-sleep-given-null",
    UN,
    M,
    set_(f"{SG}.safe_sleep_advice_given", None),
    "before birth the item is not asked; methadone's own safe sleep item answers",
)
ok(
    "un-citalopram-antenatal-all-postnatal-items-gone",
    UN,
    C,
    chain(
        delete(f"{SG}.discharge_to"),
        delete(f"{SG}.safe_sleep_advice_given"),
        delete(f"{SG}.safeguarding_relevant"),
    ),
    "before birth: discharge and safe sleep items not asked, optional flag left out",
)

# ------------------------------------------------------------------------------------------------------------
# a third sweep: boxes holding another concern's answer, watching with nobody, bare words for where a baby sleeps.

bad("ci-sertraline-feeding-holds-mood", CI, M, set_(S_BF, "Mood stable on 100 mg."), "the feeding box holds her mood")
bad(
    "ci-foster-withdrawal-holds-feeding",
    CI,
    F,
    set_(F_NW, "Bottle fed by the foster carer."),
    "the withdrawal box holds how the baby is fed",
)
bad(
    "ci-partner-sleep-holds-exposure",
    CI,
    P,
    set_(P_SS, "Quetiapine does not pass to the baby."),
    "the partner's safe sleep box holds exposure",
)
bad("ci-meth-sleep-holds-sedation", CI, M, set_(M_SS, "Drowsy 2-4h post dose."), "the sedation, not the advice")
bad(
    "ci-lithium-withdrawal-holds-levels",
    CI,
    L,
    set_(L_NW, "Maternal lithium levels weekly from 36 weeks."),
    "her monitoring in the baby's observation box",
)
bad(
    "ci-citalopram-withdrawal-holds-continue",
    CI,
    C,
    set_(C_NW, "Continue citalopram 20 mg."),
    "the medicine's decision in the baby's observation box",
)
bad("ci-foster-withdrawal-observed", CI, F, set_(F_NW, "Baby to be observed."), "watching with no one or time")
bad("ci-citalopram-withdrawal-monitor", CI, C, set_(C_NW, "Monitor baby."), "watching with no one or time")
ok("ci-citalopram-withdrawal-midwife-48h", CI, C, set_(C_NW, "Midwife to observe for 48h."), "who and how long")
bad("un-partner-sleeping-appropriate", UN, P, set_(f"{SG}.sleeping_arrangements", "Appropriate."), "no place")
bad(
    "un-nothing-sleeping-discussed",
    UN,
    N,
    set_(f"{SG}.sleeping_arrangements", "Discussed with parents."),
    "a report of a talk, not the arrangements",
)
bad("un-nothing-sleeping-as-normal", UN, N, set_(f"{SG}.sleeping_arrangements", "As normal."), "no place")
ok("un-nothing-sleeping-cot-room", UN, N, set_(f"{SG}.sleeping_arrangements", "Cot, parents' room."), "terse, real")
bad(
    "nm-foster-bzd-abbreviation",
    NM,
    F,
    dzp(
        "BZD and pregabalin continue for now, BZD to be tapered from the 6-week review. Both sedate her: no "
        "co-sleeping, no feeding lying down, the foster carer does nights; late withdrawal watched until day 8."
    ),
    "diazepam named only by the class abbreviation BZD",
)
ok(
    "nm-valproate-vpa",
    NM,
    V,
    valp(
        "VPA 500 mg bd continues until neurology sees her this week; must not stop abruptly (seizures). T1 exposure: "
        "~1 in 10 major malformation risk, so FMU review and detailed anomaly scan requested. Folic acid 5 mg started."
    ),
    "valproate by the abbreviation neurologists use",
)
ok(
    "nm-lithium-li",
    NM,
    L,
    lith(
        "Li 800 mg nocte continues: postpartum relapse risk high. Levels 4-weekly, weekly from 36/40, and within "
        "24h of birth. Baby: paeds r/v after delivery for floppiness, poor feeding, thyroid. Bottle feeding."
    ),
    "lithium by its chemical symbol, as clinicians write it",
)
ok(
    "cp-foster-overall-joint-plus-one",
    CP,
    F,
    chain(dzp(F_JOINT), overall(F_JOINT + " The social worker will review the placement plan at 6 weeks.")),
    "the joint conclusion, naming both, repeated in the overall with one sentence added",
)
bad(
    "cp-overall-is-sertraline-plus-line",
    CP,
    M,
    overall(
        "Sertraline should continue: the risk of relapse outweighs the small risks to the baby, which the maternity "
        "team will watch for after birth. Methadone also continues."
    ),
    "sertraline's conclusion pasted as the overall with methadone tacked on",
)

# ------------------------------------------------------------------------------------------------------------
# a fourth sweep: risks restated as plans, facts about a class in a box, more bare sleeping arrangements.

bad("ci-meth-feeding-stable-dose", CI, M, set_(M_BF, "Stable dose."), "the dose, not the feeding advice")
bad("ci-valproate-feeding-folic", CI, V, set_(V_BF, "Folic acid 5 mg started."), "another medicine's start")
bad("ci-meth-withdrawal-likely", CI, M, set_(M_NW, "Withdrawal likely."), "the risk restated, no plan")
bad(
    "ci-foster-withdrawal-risk-only",
    CI,
    F,
    set_(F_NW, "Risk of late withdrawal until day 8."),
    "the risk restated, nobody watching",
)
bad("ci-citalopram-withdrawal-possible", CI, C, set_(C_NW, "Possible adaptation symptoms."), "the risk, no plan")
bad(
    "ci-meth-feeding-general-fact",
    CI,
    M,
    set_(M_BF, "Methadone passes into breast milk in small amounts."),
    "a fact about the medicine, no advice for her",
)
bad(
    "ci-lithium-withdrawal-general-fact",
    CI,
    L,
    set_(L_NW, "Lithium can cause floppiness in the newborn."),
    "a fact about the medicine, no plan for this baby",
)
bad(
    "ci-sertraline-feeding-general-fact",
    CI,
    M,
    set_(S_BF, "SSRIs are found in breast milk."),
    "a fact about a class, no advice",
)
ok("ci-meth-withdrawal-terse", CI, M, set_(M_NW, "72h PNW obs, HV to D8."), "terse, real")
ok("ci-meth-feeding-compatible", CI, M, set_(M_BF, "Compatible."), "one word of real advice")
ok("ci-foster-withdrawal-fc-hv", CI, F, set_(F_NW, "FC + HV watch for late signs to D8."), "terse, who and how long")
ok("ci-partner-sleep-terse", CI, P, set_(P_SS, "Crib, mum's side; dad does no nights."), "terse, real")
bad("un-foster-sleeping-suitable", UN, F, set_(f"{SG}.sleeping_arrangements", "Suitable."), "no place")
bad("un-partner-sleeping-checked", UN, P, set_(f"{SG}.sleeping_arrangements", "Checked."), "no place")
bad("un-nothing-sleeping-seen-fine", UN, N, set_(f"{SG}.sleeping_arrangements", "Seen - fine."), "no place")
ok("un-partner-sleeping-crib", UN, P, set_(f"{SG}.sleeping_arrangements", "Next-to-me crib, mum's side."), "terse")
ok("un-foster-sleeping-fc-room", UN, F, set_(f"{SG}.sleeping_arrangements", "Cot in foster carer's room."), "terse")
bad(
    "ci-partner-conclusion-relapse-only",
    CI,
    P,
    quet(
        "Daniel's quetiapine 300 mg continues, as his bipolar disorder relapsed when he stopped it before; his GP "
        "reviews him monthly."
    ),
    "the partner's conclusion speaks only of his relapse, nothing of the baby's sleep",
)
bad(
    "cp-at-symbols-shorthand",
    CP,
    M,
    both(
        MC1,
        "Sertraline continues @ 100 mg od thru pregnancy. Baby obs on PNW min 72h for w/drawal & BF encouraged. Not "
        "to co-sleep w/ baby post dose.",
    ),
    "the copy in heavy shorthand",
)
bad(
    "cp-numbers-in-words",
    CP,
    M,
    both(
        MC1,
        "Sertraline continues at one hundred mg daily through the pregnancy. The baby will be observed on the "
        "postnatal ward for at least seventy-two hours for withdrawal and breastfeeding is encouraged. She must not "
        "co-sleep with the baby after a dose.",
    ),
    "the copy with its numbers in words",
)
bad(
    "cp-merged-sentences",
    CP,
    M,
    both(
        MC1,
        "Sertraline continues at 100 mg daily through the pregnancy; the baby will be observed on the postnatal ward "
        "for at least 72 hours for withdrawal, breastfeeding is encouraged, and she must not co-sleep with the baby "
        "after a dose.",
    ),
    "the copy with its sentences run into one",
)
bad(
    "nm-methadone-overall-sertraline-nothing-to-add",
    NM,
    M,
    overall(
        "Methadone 60 mg continues: 72 hours of NAS scoring on the postnatal ward, breastfeeding encouraged, no "
        "co-sleeping after her dose. Sertraline - nothing to add."
    ),
    "sertraline named only where nothing is said of it",
)

# ------------------------------------------------------------------------------------------------------------
# a fifth sweep: copies with typos or filler, decisions carried by "as does", "likewise", "ditto"; pointers with
# their answer beside them.

bad(
    "cp-typos",
    CP,
    M,
    both(
        MC1,
        "Sertraline continues at 100 mg daily thru the pregnacy. The baby will be obsreved on the postnatal ward for "
        "at least 72 hours for withdrawl and breasfeeding is encouraged. She must not co-sleep with the baby after a "
        "dose.",
    ),
    "the copy with typing slips",
)
bad(
    "cp-filler-inserted",
    CP,
    M,
    both(
        MC1,
        "As discussed today, sertraline of course continues at 100 mg daily through the pregnancy as well. The baby "
        "will also be observed on the postnatal ward for at least 72 hours for withdrawal and breastfeeding is, as "
        "ever, encouraged. She must not co-sleep with the baby after a dose either.",
    ),
    "the copy padded with filler words",
)
ok(
    "nm-methadone-overall-as-does",
    NM,
    M,
    overall(
        "Methadone 60 mg continues, as does sertraline 100 mg. Baby: 72h on PNW with NAS scoring and a watch for "
        "SSRI adaptation, then HV to D8. BF encouraged. No co-sleeping after her methadone; SW to see the cot."
    ),
    "sertraline decided by 'as does'",
)
ok(
    "nm-foster-likewise",
    NM,
    F,
    dzp(
        "Diazepam 5 mg tds continues, pregabalin likewise; diazepam taper from the 6-week review. Both sedate her: no "
        "co-sleeping, no feeding lying down, FC does nights. Late withdrawal watched until day 8."
    ),
    "pregabalin decided by 'likewise'",
)
ok(
    "nm-foster-ditto",
    NM,
    F,
    dzp(
        "Diazepam: continue 5 mg tds, taper from 6/52 review. Pregabalin: ditto, no taper yet. Both sedate - no "
        "co-sleeping or feeding lying down, FC does nights. Baby: late withdrawal watched to D8 by FC and HV."
    ),
    "pregabalin decided by 'ditto'",
)
bad(
    "nm-foster-pregabalin-footnote",
    NM,
    F,
    dzp(
        "Diazepam 5 mg tds continues, tapering from the 6-week review. No co-sleeping or feeding lying down; the "
        "foster carer does nights; late withdrawal watched until day 8.\n* Also takes pregabalin."
    ),
    "pregabalin only in a footnote remark",
)
ok(
    "ci-meth-withdrawal-guideline-then-plan",
    CI,
    M,
    set_(M_NW, "Per local NAS guideline: 72h on PNW, then HV to D8."),
    "a pointer with the plan beside it",
)
ok(
    "ci-meth-feeding-sps-then-advice",
    CI,
    M,
    set_(M_BF, "See SPS: compatible on a stable dose, encouraged."),
    "a pointer with the advice beside it",
)
ok(
    "ci-partner-sleep-discussed-then-advice",
    CI,
    P,
    set_(P_SS, "As discussed: dad never in bed or on the sofa with baby after his dose; mum does nights."),
    "'as discussed' with the advice beside it",
)

# ------------------------------------------------------------------------------------------------------------
# disguise: the same verdict as the plain text.
DG = "disguise"

bad("dg-cp-name-swapped-zw", DG, M, both(MC1, zero_width(SC1)), "the pasted copy with zero-width spaces")
bad("dg-cp-generic-cyr", DG, M, both(GENERIC, homoglyphs(GENERIC, "aeo")), "the generic copy in look-alikes")
bad("dg-cp-synonyms-fw", DG, M, both(MC1, full_width(SC_SYN)), "the copy in other words, full width")
bad(
    "dg-cp-split-foster-shy",
    DG,
    F,
    split_f(DZ_COPY, soft_hyphens(PG_COPY)),
    "diazepam's conclusion under pregabalin, soft hyphens",
)
bad(
    "dg-nm-benzo-class-cyr",
    DG,
    F,
    dzp(
        homoglyphs(
            "Her benzodiazepine and pregabalin continue for now with a slow taper of the benzo later. Both sedate her: "
            "no co-sleeping, no feeding lying down, the foster carer does nights; late withdrawal watched to day 8.",
            "aeoc",
        )
    ),
    "diazepam named by class, look-alikes",
)
bad(
    "dg-nm-antipsychotic-iso",
    DG,
    P,
    quet(
        isolate_words(
            "His antipsychotic leaves him hard to wake at night: no night feeds by him and never asleep with the baby "
            "on a bed or sofa. The mother does nights."
        )
    ),
    "quetiapine named by class, bidi isolates",
)
bad("dg-ci-meth-see-conclusion-cyr", DG, M, set_(M_SS, homoglyphs("See conclusion.", "eo")), "a pointer, look-alikes")
bad(
    "dg-ci-meth-restated-fw",
    DG,
    M,
    set_(M_NW, full_width("Neonatal withdrawal observation plan for the baby.")),
    "the question restated, full width",
)
bad(
    "dg-ci-partner-na-iso",
    DG,
    P,
    set_(P_SS, isolate_words("NA - dad's prescription, not mum's.")),
    "partner dismissed, bidi isolates",
)
bad("dg-ci-partner-no-zw", DG, P, set_(P_SS, "N\u200bo"), "'no' with a zero-width space")
bad(
    "dg-ci-lithium-per-guideline-shy",
    DG,
    L,
    set_(L_NW, soft_hyphens("Per local guideline.")),
    "a pointer, soft hyphens",
)
bad("dg-un-foster-sleeping-tbc-fw", DG, F, set_(f"{SG}.sleeping_arrangements", full_width("TBC")), "full width")
bad(
    "dg-un-nothing-sleeping-as-per-cyr",
    DG,
    N,
    set_(f"{SG}.sleeping_arrangements", homoglyphs("As per HV notes.", "aeoAs")),
    "a pointer in look-alikes",
)

ok("dg-cp-distinct-closing-cyr", DG, M, both(homoglyphs(M_OWN, "ao"), S_OWN), "distinct, look-alikes")
ok("dg-cp-headings-fw", DG, M, both(M_HEAD, full_width(S_HEAD)), "same headings, own content, full width")
ok("dg-cp-joint-same-shy", DG, M, join_m(M_JOINT, soft_hyphens(M_JOINT)), "joint repeated, soft hyphens")
ok(
    "dg-nm-brands-zw",
    DG,
    F,
    dzp(
        zero_width(
            "Valium 5 mg tds and Lyrica 150 mg bd continue; Valium taper from the 6-week review. Both sedate her, so no "
            "co-sleeping or feeding lying down; the foster carer does nights; late withdrawal watched until day 8."
        )
    ),
    "brands, zero-width spaces",
)
ok(
    "dg-nm-priadel-fw",
    DG,
    L,
    lith(
        full_width(
            "Priadel 800 mg at night continues: relapse after birth is the bigger risk. Levels weekly from 36 weeks "
            "and within 24 hours of birth; paediatric review of the baby after birth; she bottle feeds."
        )
    ),
    "brand only, full width",
)
ok(
    "dg-ci-meth-shorthand-cyr",
    DG,
    M,
    set_(M_NW, homoglyphs("PNW obs for at least 72h with NAS scoring; HV checks to D8.", "aeo")),
    "a real plan, look-alikes",
)
ok(
    "dg-ci-partner-shorthand-iso",
    DG,
    P,
    set_(P_SS, isolate_words("Dad never in bed or on the sofa with baby after his dose; mum does night feeds.")),
    "partner safe sleep, isolates",
)
ok("dg-ci-foster-na-bottle-zw", DG, F, set_(F_BF, zero_width("N/A - bottle fed.")), "not applicable, zero width")
ok(
    "dg-ci-lithium-feeding-shy",
    DG,
    L,
    set_(L_BF, soft_hyphens("Not advised: lithium passes into milk. Bottle feeding agreed.")),
    "real advice, soft hyphens",
)
ok(
    "dg-un-nothing-sleeping-fw",
    DG,
    N,
    set_(f"{SG}.sleeping_arrangements", full_width("Moses basket by parents' bed, seen at the visit.")),
    "a real answer, full width",
)
ok(
    "dg-nm-overall-both-iso",
    DG,
    M,
    overall(
        isolate_words(
            "Methadone and sertraline both continue at current doses. Baby: 72h on PNW for NAS and SSRI adaptation, "
            "then HV to day 8. BF encouraged. No co-sleeping after methadone; cot seen before discharge."
        )
    ),
    "named then 'both', isolates",
)

bad(
    "dg-cp-first-sentence-changed-iso",
    DG,
    M,
    both(
        "Methadone 60 mg continues under the drug service with supervised consumption. " + MC_TAIL,
        isolate_words(
            "Sertraline 100 mg continues because her depression relapsed when she stopped it before. " + MC_TAIL
        ),
    ),
    "own opening, pasted plan, bidi isolates",
)
bad("dg-ci-foster-as-above-fw", DG, F, set_(F_SS, full_width("As above.")), "a pointer, full width")
bad(
    "dg-ci-partner-aware-cyr",
    DG,
    P,
    set_(P_SS, homoglyphs("Partner aware of risks.", "aeo")),
    "who knows, look-alikes",
)
ok(
    "dg-cp-terse-shared-zw",
    DG,
    M,
    both(
        "Methadone 60 mg continues; NAS obs 72h on PNW; BF ok; no co-sleeping post dose; HV to day 8.",
        zero_width("Sertraline 100 mg continues; adaptation obs 48h by midwife; BF ok; relapse risk high if stopped."),
    ),
    "terse distinct conclusions, zero-width spaces",
)
ok(
    "dg-nm-slash-shy",
    DG,
    F,
    dzp(
        soft_hyphens(
            "Diazepam/pregabalin continue at current doses, diazepam taper from the 6/52 review. Both sedate her: no "
            "co-sleeping, no feeding lying down, FC does nights. Baby watched for late withdrawal until D8."
        )
    ),
    "slash-joined names, soft hyphens",
)

bad(
    "dg-ci-meth-sleep-sedation-fw",
    DG,
    M,
    set_(M_SS, full_width("Drowsy 2-4h post dose.")),
    "sedation, not advice, full width",
)
bad(
    "dg-un-sleeping-red-book-cyr",
    DG,
    P,
    set_(f"{SG}.sleeping_arrangements", homoglyphs("See red book.", "eo")),
    "a pointer, look-alikes",
)
bad(
    "dg-ci-foster-observed-zw",
    DG,
    F,
    set_(F_NW, zero_width("Baby to be observed.")),
    "watching with no one or time, zero-width spaces",
)
ok(
    "dg-nm-li-cyr",
    DG,
    L,
    lith(
        homoglyphs(
            "Li 800 mg nocte continues, relapse risk high after birth. Levels weekly from 36/40 and within 24h of "
            "birth; paeds r/v of the baby after delivery; bottle feeding.",
            "aeo",
        )
    ),
    "lithium by symbol, look-alikes",
)
ok(
    "dg-ci-citalopram-midwife-shy",
    DG,
    C,
    set_(C_NW, soft_hyphens("Midwife to observe the baby for 48h.")),
    "who and how long, soft hyphens",
)

bad(
    "dg-ci-meth-withdrawal-likely-iso",
    DG,
    M,
    set_(M_NW, isolate_words("Withdrawal likely.")),
    "the risk restated, bidi isolates",
)
bad(
    "dg-cp-numbers-in-words-cyr",
    DG,
    M,
    both(
        MC1,
        homoglyphs(
            "Sertraline continues at one hundred mg daily through the pregnancy. The baby will be observed on the "
            "postnatal ward for at least seventy-two hours for withdrawal and breastfeeding is encouraged. She must "
            "not co-sleep with the baby after a dose.",
            "aeo",
        ),
    ),
    "the copy with numbers in words, look-alikes",
)
ok("dg-ci-meth-terse-fw", DG, M, set_(M_NW, full_width("72h PNW obs, HV to D8.")), "terse, full width")
ok(
    "dg-un-sleeping-crib-zw",
    DG,
    P,
    set_(f"{SG}.sleeping_arrangements", zero_width("Next-to-me crib on mum's side.")),
    "terse, zero-width spaces",
)

bad(
    "dg-cp-typos-shy",
    DG,
    M,
    both(
        MC1,
        soft_hyphens(
            "Sertraline continues at 100 mg daily thru the pregnacy. The baby will be obsreved on the postnatal ward "
            "for at least 72 hours for withdrawl and breasfeeding is encouraged. She must not co-sleep with the baby "
            "after a dose."
        ),
    ),
    "the copy with slips, soft hyphens",
)
bad(
    "dg-cp-shorthand-at-fw",
    DG,
    M,
    both(
        MC1,
        full_width(
            "Sertraline continues @ 100 mg od thru pregnancy. Baby obs on PNW min 72h for w/drawal & BF encouraged. "
            "Not to co-sleep w/ baby post dose."
        ),
    ),
    "the copy in heavy shorthand, full width",
)
bad(
    "dg-nm-footnote-cyr",
    DG,
    F,
    dzp(
        homoglyphs(
            "Diazepam 5 mg tds continues, tapering from the 6-week review. No co-sleeping or feeding lying down; the "
            "foster carer does nights; late withdrawal watched until day 8. (Also on pregabalin.)",
            "aeo",
        )
    ),
    "pregabalin only in a closing remark, look-alikes",
)
bad(
    "dg-ci-meth-feeding-fact-cyr",
    DG,
    M,
    set_(M_BF, homoglyphs("Methadone passes into breast milk in small amounts.", "aeo")),
    "a fact, no advice, look-alikes",
)
bad(
    "dg-ci-lithium-levels-zw",
    DG,
    L,
    set_(L_NW, zero_width("Maternal lithium levels weekly from 36 weeks.")),
    "her monitoring in the baby's box, zero-width spaces",
)
bad(
    "dg-un-sleeping-seen-fine-fw",
    DG,
    N,
    set_(f"{SG}.sleeping_arrangements", full_width("Seen - fine.")),
    "no place, full width",
)
bad(
    "dg-ci-partner-sleep-no-fw",
    DG,
    P,
    set_(P_SS, full_width("No.")),
    "'no', full width",
)
ok(
    "dg-nm-as-does-iso",
    DG,
    M,
    overall(
        isolate_words(
            "Methadone 60 mg continues, as does sertraline 100 mg. The baby has 72h NAS scoring on PNW, the midwife "
            "also watching for SSRI adaptation, then HV to D8. BF encouraged; no co-sleeping after methadone."
        )
    ),
    "'as does', bidi isolates",
)
ok(
    "dg-nm-ditto-fw",
    DG,
    F,
    dzp(
        full_width(
            "Diazepam: continue 5 mg tds, taper from 6/52 review. Pregabalin: ditto. Both sedate - no co-sleeping or "
            "feeding lying down, FC does nights. Baby: late withdrawal watched to D8 by FC and HV."
        )
    ),
    "'ditto', full width",
)
ok(
    "dg-ci-guideline-then-plan-shy",
    DG,
    M,
    set_(M_NW, soft_hyphens("As per the local NAS guideline: 72h on the PNW, then HV checks to D8.")),
    "a pointer with the plan, soft hyphens",
)
ok(
    "dg-ci-sps-then-advice-cyr",
    DG,
    M,
    set_(S_BF, homoglyphs("See SPS: compatible with breastfeeding, encouraged.", "aeo")),
    "a pointer with the advice, look-alikes",
)
ok(
    "dg-un-cot-room-iso",
    DG,
    N,
    set_(f"{SG}.sleeping_arrangements", isolate_words("Cot in the parents' room, seen.")),
    "terse, bidi isolates",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F80CASES)
    for category in CATEGORIES:
        print(f"{category:16} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F80CASES):3}  pass {sum(c.expect == PASS for c in F80CASES):3}"
    )
