"""A ninety-seventh independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-third round, against the readings landed in the last hour (as a reviewer knows them from the changelog).

The new readings refuse: a weighing of risks reported with no outcome, or two paths each told by its consequence
with none chosen; stacked double negatives; plan words of another class (supervised consumption, take-home
doses, serum levels, thyroid checks, the pregnancy prevention programme) said of a medicine not in that class;
clauses about another listed medicine counted as the conclusion's own; a planned start of an unlisted medicine
with no condition; watching told only by manner or only by when it starts; a sedated parent given the night
feeds or the baby in bed; questions with no answer; a manual route made only of a manner; recording verbs as a
plan's only act; two services each waiting for the other; named sources' opinions with no adoption; "may not
need", "not necessarily"; the future perfect of assumption; antenatal plans in a postnatal record; a stop told
of a medicine the list gives as current; and dose lines whose route the form cannot take (MA131).

Most records here (well over 70%) are complete, good work that legitimately uses those shapes: risks weighed
WITH the decision, options listed then one chosen, "not without risk", supervised consumption in a methadone
conclusion beside sertraline, lithium levels in a lithium and diazepam joint plan, "to be started only if",
"watched closely by the ward midwife for 72 hours", a sedated partner who does NOT do the nights, a question
followed by its answer, "By hand to the foster carer at discharge", "on the psychiatrist's advice", "she does
not need to stop", a postnatal record telling antenatal events in the past, a medicine stopped with its stop
date, and unusual but real routes (a progesterone pessary PR, progesterone capsules PV, buccal midazolam from
an injection). Each is paired with a near miss that must be refused.

Categories:

* ``weighing``: risks weighed, options, judgement calls, with and without a decision;
* ``negatives``: single negatives that decide, stacked ones and hedges that do not;
* ``other-class``: plan words of one class in the right and the wrong medicine's conclusion;
* ``cross-medicine``: one conclusion speaking of another listed medicine; joint words;
* ``new-start``: a medicine to be started, with and without its condition;
* ``watching``: who watches the baby, for what and how long, or only how;
* ``sedated-parent``: a sedated parent kept from, or given, the nights;
* ``questions``: questions answered, Q&A notes, questions left open;
* ``routes``: manual routes and dose-line routes;
* ``voices``: named sources adopted or only reported, recording verbs, services waiting on each other;
* ``timeframe``: the past in a postnatal record, stop dates, the future perfect, antenatal plans after birth;
* ``disguise``: about a fifth, texts from above disguised; the verdict equals the plain one.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or word lists.
Medicines named are real; medicines added here carry no code (a warning only), none is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh97_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
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
    Record,
    V,
    chain,
    conclusion,
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F97CASES: list[Case] = []

CATEGORIES = (
    "weighing",
    "negatives",
    "other-class",
    "cross-medicine",
    "new-start",
    "watching",
    "sedated-parent",
    "questions",
    "routes",
    "voices",
    "timeframe",
    "disguise",
)

WEIGH, NEG, CLASS, CROSS, START, WATCH, SED, QA, ROUTE, VOICE, TIME, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    assert not any(c.name == f"f97-{name}" for c in F97CASES), name
    F97CASES.append(Case(f"f97-{name}", category, expect, base, mutate, why))


# ------------------------------------------------------------------------------------------------------------
# Disguises.


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyr": cyr,
    "greek": greek,
    "zwsp": zwsp,
    "shy": shy,
    "bidi": bidi,
    "fw": fw,
}

# ------------------------------------------------------------------------------------------------------------
# Building blocks.

RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
CASTLE = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
NEURO = {"ods_code": "Y90720", "name": "Castleford Royal Neurology Department"}
NORTHGATE_MAT = {"ods_code": "Y90430", "name": "Northgate Hospital Maternity Unit"}

# A plain text case: (expect, base, target, text). target is an assessment id or "overall".
TEXTS: dict[str, tuple[Expect, str, str, str]] = {}


def text_case(name: str, category: str, expect: Expect, base: str, target: str, text: str, why: str) -> None:
    TEXTS[name] = (expect, base, target, text)
    add(name, category, expect, base, _put(target, text), why)


def _put(target: str, text: str) -> Mutation:
    """target: "overall", an assessment id (its conclusion), or "<assessment id>|<part>.<item>" (an item)."""
    if target == "overall":
        return overall(text)
    if "|" in target:
        aid, item = target.split("|")
        return set_(f"assessments#{aid}.{item}", text)
    return conclusion(target, text)


def dose(mid: str, line: str) -> Mutation:
    return set_(f"medicines#{mid}.dose", line)


def extend_assessment(aid: str, mid: str) -> Mutation:
    def mutate(doc: Record) -> None:
        for a in doc["assessments"]:
            if a["id"] == aid:
                a["medicine_ids"].append(mid)

    return edit(mutate)


def add_med(med: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["medicines"].append(copy.deepcopy(med))

    return edit(mutate)


MA = "asm-methadone"
SE = "asm-sertraline"
LI = "asm-lithium"
VA = "asm-valproate"
CI = "asm-citalopram"
DP = "asm-diazepam-pregabalin"
PQ = "asm-partner-quetiapine"
OV = "overall"

# ============================================================================================================
# weighing: the risks weighed and the outcome told; options listed and one chosen. Near misses: no outcome.

text_case(
    "weighed-she-chose-methadone",
    WEIGH,
    PASS,
    M,
    MA,
    "The risks of methadone in pregnancy (NAS for the baby) and of coming off it (relapse, street heroin) were "
    "weighed with her, and she chose to continue 60 mg daily as supervised consumption. The baby stays on the "
    "postnatal ward for at least 72 hours of NAS scoring; breastfeeding encouraged. She is drowsy after her "
    "dose, so no co-sleeping; the HV checks the cot at the home visit.",
    "risks weighed, and her decision follows: complete methadone work",
)
text_case(
    "weighed-no-outcome-methadone",
    WEIGH,
    REFUSE,
    M,
    MA,
    "The risks of methadone in pregnancy (NAS for the baby) and of coming off it (relapse, street heroin) were "
    "weighed carefully with her today. Breastfeeding and co-sleeping were talked through at length, with the "
    "baby's safety at the centre of the discussion.",
    "a weighing reported with no outcome: nothing decided about methadone",
)
text_case(
    "options-then-c-lithium",
    WEIGH,
    PASS,
    L,
    LI,
    "Options discussed: (a) stop lithium and accept a high risk of postpartum relapse; (b) switch to an "
    "antipsychotic; (c) continue lithium with close levels. She chose (c). Lithium 800 mg continues; levels "
    "monthly, weekly from 36/40 and within 24 h of birth. Paeds review of the baby after delivery for poor "
    "feeding and floppiness; bottle feeding, as lithium passes into breast milk. Safe sleep advice given.",
    "options listed, then one chosen and the plan for baby given",
)
text_case(
    "two-paths-none-chosen-lithium",
    WEIGH,
    REFUSE,
    L,
    LI,
    "Two paths: continuing lithium means monthly levels, weekly from 36/40, and a paediatric review of the "
    "baby after birth; stopping lithium means a high risk of postpartum psychosis and the crisis team on "
    "standby. Both were explained to her in full.",
    "two paths described each by its consequence; none chosen",
)
text_case(
    "not-without-risk-valproate",
    WEIGH,
    PASS,
    V,
    VA,
    "Continuing valproate is not without risk to the baby, but stopping it suddenly risks status epilepticus; on "
    "balance, and with her agreement, valproate continues unchanged until the urgent neurology review this "
    "week. First-trimester exposure: fetal medicine scan booked; folic acid 5 mg started. She is not drowsy on "
    "it; breastfeeding is compatible.",
    "'not without risk' once, then a balance struck and a plan",
)
text_case(
    "judgement-call-made-citalopram",
    WEIGH,
    PASS,
    C,
    CI,
    "A judgement call, which we made together: citalopram continues at 20 mg because her last relapse was "
    "severe. The midwife will watch the baby for jitteriness and poor feeding for 48 hours after birth; "
    "breastfeeding supported.",
    "a judgement call told with the call made",
)
text_case(
    "judgement-call-open-citalopram",
    WEIGH,
    REFUSE,
    C,
    CI,
    "Citalopram in pregnancy is a judgement call: the risk of relapse on one side, the risk of neonatal "
    "adaptation problems for the baby on the other. Both have been set out for her to think about.",
    "a judgement call named, not made",
)
text_case(
    "finely-poised-then-agreed-fp",
    WEIGH,
    PASS,
    F,
    DP,
    "The balance was finely poised; in the end we agreed that diazepam and pregabalin both continue unchanged "
    "for now, as an abrupt stop risks fits. Both sedate her, so the foster carer does all night feeds, the "
    "baby sleeps in its own cot and she does not feed lying down. Late withdrawal possible to day 8: ward "
    "midwife scores, then HV. Breastfeeding only while she is awake and alert.",
    "finely poised, then agreed: complete",
)
text_case(
    "finely-poised-only-fp",
    WEIGH,
    REFUSE,
    F,
    DP,
    "Whether diazepam and pregabalin should continue after the birth is finely poised. Sedation, late "
    "withdrawal in the baby to day 8 and the placement's night care were all weighed.",
    "finely poised and weighed; no outcome for either medicine",
)
text_case(
    "pphn-weighed-decision-sertraline",
    WEIGH,
    PASS,
    M,
    SE,
    "We weighed the small risk of PPHN and poor neonatal adaptation against her depression returning; the "
    "decision is to continue sertraline 100 mg. The maternity team will observe the baby for 48 hours after "
    "birth; breastfeeding is fine on sertraline.",
    "the weighing and the decision in one sentence",
)
text_case(
    "balance-favours-overall-m",
    WEIGH,
    PASS,
    M,
    OV,
    "On balance, continuing is safer than stopping: methadone 60 mg (supervised) and sertraline 100 mg both "
    "continue. Baby on the postnatal ward for 72 h of NAS scoring; breastfeeding supported. No co-sleeping "
    "because methadone sedates; the social worker and HV see the sleeping arrangements before discharge.",
    "'on balance' with the outcome",
)
text_case(
    "weighed-overall-no-outcome-m",
    WEIGH,
    REFUSE,
    M,
    OV,
    "Methadone and sertraline: the benefits and the risks for mother and baby have been weighed by the team, "
    "the drug service and the perinatal mental health service, and the weighing is recorded here.",
    "the overall conclusion reports a weighing and nothing else",
)

# ============================================================================================================
# negatives: one negative that decides; stacked ones and hedges that do not.

text_case(
    "does-not-need-to-stop-citalopram",
    NEG,
    PASS,
    C,
    CI,
    "She does not need to stop citalopram: the risks to the baby are small and her relapse risk is high. The "
    "midwife will watch for neonatal adaptation symptoms for 48 hours after birth; breastfeeding supported.",
    "'does not need to stop' is a decision to continue",
)
text_case(
    "not-without-risk-sertraline",
    NEG,
    PASS,
    M,
    SE,
    "Sertraline is not without risk (poor neonatal adaptation), but continuing it at 100 mg is safer for mother "
    "and baby than a relapse. The maternity team will observe the baby for 48 hours; breastfeeding supported.",
    "a single 'not without risk' before a decision",
)
text_case(
    "not-unsafe-daytime-partner",
    NEG,
    PASS,
    P,
    PQ,
    "It is not unsafe for the father to hold the baby in the daytime, but his quetiapine 300 mg at night "
    "leaves him too drowsy for night care: he does no night feeds and never shares a bed or sofa with the "
    "baby, who sleeps in her own crib. The mother does the nights; HV to keep checking.",
    "one double negative about the daytime, a clear plan for the nights",
)
text_case(
    "no-switch-needed-lithium",
    NEG,
    PASS,
    L,
    LI,
    "Lithium continues; she does not need to switch. Levels monthly, weekly from 36/40 and within 24 hours of "
    "delivery; paediatric review of the baby after birth; bottle feeding, as lithium passes into breast milk.",
    "negatives that decide",
)
text_case(
    "never-stopped-abruptly-valproate",
    NEG,
    PASS,
    V,
    VA,
    "Valproate is never to be stopped abruptly: it continues at 500 mg bd until neurology sees her this week. "
    "The baby was exposed in the first trimester, so a detailed anomaly scan and fetal medicine review are "
    "booked; folic acid 5 mg started. No sedation; breastfeeding possible.",
    "'never to be stopped' is an instruction",
)
text_case(
    "stacked-negatives-citalopram",
    NEG,
    REFUSE,
    C,
    CI,
    "It is not untrue that stopping citalopram would not be without risk, and continuing it is not "
    "necessarily unsafe for the baby, nor is breastfeeding not impossible.",
    "stacked double negatives: nothing is decided",
)
text_case(
    "may-not-need-sertraline",
    NEG,
    REFUSE,
    M,
    SE,
    "Sertraline may not need to continue after the birth, and this is not necessarily a problem for the baby "
    "or for breastfeeding.",
    "'may not need', 'not necessarily': hedges with no decision",
)

# ============================================================================================================
# other-class: plan words of one class in the right medicine's conclusion, and in the wrong one's.

text_case(
    "supervised-takehome-methadone",
    CLASS,
    PASS,
    M,
    MA,
    "Methadone 60 mg continues as supervised consumption at the pharmacy, with take-home doses only once the "
    "drug service keyworker agrees. Baby to be scored for NAS on the postnatal ward for at least 72 hours; "
    "breastfeeding encouraged. Drowsy after her dose: no co-sleeping, cot seen at the home visit.",
    "supervised consumption and take-home doses belong to methadone",
)
text_case(
    "sertraline-beside-supervised-overall",
    CLASS,
    PASS,
    M,
    OV,
    "Methadone 60 mg continues as supervised consumption; sertraline 100 mg continues from the GP. Baby on the "
    "ward 72 h for NAS scoring and poor neonatal adaptation; breastfeeding encouraged. No co-sleeping because "
    "of methadone sedation; the social worker and HV see the cot before discharge.",
    "supervised consumption said of methadone beside sertraline",
)
text_case(
    "keyworker-diazepam-fp",
    CLASS,
    PASS,
    F,
    DP,
    "Diazepam and pregabalin continue for now; the drug service keyworker will lead a slow diazepam reduction "
    "from next month. Both sedate her: the foster carer does the night feeds and there is no bed or sofa "
    "sharing. Late withdrawal possible until day 8: ward midwife then HV to watch. Expressed breast milk "
    "by day is fine.",
    "the drug service keyworker for a benzodiazepine dependence",
)
text_case(
    "ppp-valproate",
    CLASS,
    PASS,
    V,
    VA,
    "Valproate continues until the neurologist sees her this week, as sudden stopping risks seizures. She was "
    "not on the pregnancy prevention programme; it will be put in place after the birth. First-trimester "
    "exposure: fetal medicine review booked; folic acid 5 mg started. Breastfeeding is possible on valproate.",
    "the pregnancy prevention programme said of valproate",
)
text_case(
    "serum-levels-citalopram",
    CLASS,
    REFUSE,
    C,
    CI,
    "Citalopram 20 mg continues. Plan: serum citalopram levels and thyroid function checks each trimester, "
    "with the results sent to the practice.",
    "another class's plan words (levels, thyroid checks) and nothing for the baby",
)
text_case(
    "supervised-sertraline",
    CLASS,
    REFUSE,
    M,
    SE,
    "Sertraline 100 mg continues as supervised consumption at the chemist, with take-home doses reviewed "
    "monthly by the keyworker.",
    "an opioid substitution plan said of sertraline; nothing for the baby",
)

# Lithium and diazepam in one joint assessment.
DIAZ_L = medicine(
    "med-diazepam", "Diazepam 2mg tablets", "2 mg at night", "2026-01-15", other_prescriber(NORTHGATE_MAT)
)
LI_DIAZ_OVERALL = (
    "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36/40 and within 24 hours of birth; "
    "diazepam 2 mg at night is reduced by the perinatal psychiatrist and stopped by 36/40. Paediatric review of "
    "the baby after birth. Bottle feeding. No co-sleeping while on diazepam; perinatal team review within a "
    "week of birth."
)


def li_diaz(con: str, ov: str = LI_DIAZ_OVERALL) -> Mutation:
    return chain(add_med(DIAZ_L), extend_assessment(LI, "med-diazepam"), conclusion(LI, con), overall(ov))


LI_DIAZ_GOOD = (
    "Lithium and diazepam, jointly: lithium continues at 800 mg with serum lithium levels monthly, weekly "
    "from 36/40 and within 24 h of birth; diazepam 2 mg at night is tapered by the perinatal psychiatrist "
    "and stopped by 36/40. The baby: paediatric review after birth for lithium effects and floppy infant signs, "
    "NAS watch by the ward midwives for 72 h. Bottle feeding. Both sedate at night: no co-sleeping, and her "
    "husband does the night feeds."
)
add(
    "lithium-levels-joint-diazepam",
    CLASS,
    PASS,
    L,
    li_diaz(LI_DIAZ_GOOD),
    "lithium levels in a lithium and diazepam joint plan",
)
add(
    "lithium-diazepam-joint-drops-diazepam",
    CLASS,
    REFUSE,
    L,
    li_diaz(
        "Lithium continues at 800 mg with serum levels monthly, weekly from 36/40 and within 24 h of birth. "
        "Paediatric review of the baby after birth; bottle feeding; no co-sleeping."
    ),
    "the joint conclusion never names diazepam nor its taper or withdrawal watch",
)
add(
    "lithium-diazepam-levels-for-diazepam",
    CLASS,
    REFUSE,
    L,
    li_diaz(
        "Lithium continues at 800 mg. Diazepam: serum levels weekly from 36/40 and a thyroid check. Paediatric "
        "review of the baby after birth; bottle feeding; no co-sleeping."
    ),
    "diazepam's plan is lithium's (levels, thyroid); no taper, no withdrawal watch for the baby",
)

# ============================================================================================================
# cross-medicine: a conclusion speaking of another listed medicine; joint words.

text_case(
    "sertraline-alongside-methadone",
    CROSS,
    PASS,
    M,
    SE,
    "Sertraline 100 mg continues alongside methadone; together they do not add to her sedation, and the "
    "baby's 72-hour NAS watch on the ward also covers poor neonatal adaptation from sertraline. Breastfeeding "
    "is fine on sertraline.",
    "another medicine mentioned, sertraline concluded on its own",
)
text_case(
    "together-with-overall-m",
    CROSS,
    PASS,
    M,
    OV,
    "Methadone 60 mg (supervised) together with sertraline 100 mg: both continue. The baby stays on the "
    "postnatal ward for 72 h of NAS scoring; breastfeeding encouraged. No co-sleeping because methadone "
    "sedates; the social worker and HV see the sleep set-up before discharge.",
    "'together with', 'both' over the two listed medicines",
)
text_case(
    "both-dashes-fp",
    CROSS,
    PASS,
    F,
    DP,
    "Both medicines - diazepam and pregabalin - continue for now; together they sedate heavily, so the foster "
    "carer does every night feed and the baby is never in the mother's bed or on a sofa with her. Late "
    "withdrawal possible to day 8: ward midwife to score, then daily HV visits. Breastfeeding only while awake "
    "and alert.",
    "a joint word with both medicines in its part",
)
text_case(
    "sertraline-noted-then-methadone",
    CROSS,
    REFUSE,
    M,
    SE,
    "Sertraline noted. Methadone continues at 60 mg daily under supervision; the baby will be scored for NAS "
    "for 72 hours and she must not co-sleep; breastfeeding encouraged.",
    "the sertraline conclusion's substance is all about methadone",
)
text_case(
    "both-names-one-fp",
    CROSS,
    REFUSE,
    F,
    DP,
    "Diazepam continues at 5 mg tds and is to be reduced by the keyworker. Both are sedating: no co-sleeping, "
    "and the foster carer does the night feeds. Late withdrawal signs watched to day 8.",
    "'both' speaks of medicines its part never lists: pregabalin unnamed",
)
text_case(
    "overall-names-sertraline-only",
    CROSS,
    REFUSE,
    M,
    OV,
    "Methadone and sertraline. Methadone continues unchanged; NAS watch for 72 hours on the ward; no "
    "co-sleeping, and the HV sees the cot before discharge.",
    "sertraline named in the overall conclusion, nothing concluded about it",
)
text_case(
    "as-for-methadone-sertraline",
    CROSS,
    PASS,
    M,
    SE,
    "As for methadone, the maternity team will watch the baby after birth, here for poor neonatal adaptation "
    "from sertraline (48 h). Sertraline 100 mg continues, as relapse is the bigger risk. Breastfeeding fine.",
    "a cross-reference with sertraline's own plan",
)

# ============================================================================================================
# new-start: a medicine to be started with its condition; the near miss with none.

text_case(
    "only-if-mirtazapine-sertraline",
    START,
    PASS,
    M,
    SE,
    "Sertraline 100 mg continues. Mirtazapine is to be started only if her mood drops in the third trimester "
    "and the perinatal psychiatrist agrees. The maternity team will watch the baby for poor neonatal "
    "adaptation for 48 hours; breastfeeding is fine.",
    "a start with its condition",
)
text_case(
    "only-if-levetiracetam-valproate",
    START,
    PASS,
    V,
    VA,
    "Valproate continues unchanged until neurology review (stopping suddenly risks seizures). Levetiracetam is "
    "to be started only if the neurologist decides to switch, with a cross-taper over weeks. First-trimester "
    "exposure: fetal medicine review booked; folic acid 5 mg started. Not sedated; breastfeeding possible.",
    "a conditional switch",
)
text_case(
    "to-be-added-mirtazapine-sertraline",
    START,
    REFUSE,
    M,
    SE,
    "Sertraline 100 mg continues, and mirtazapine 15 mg at night is to be added. The maternity team will watch "
    "the baby for 48 hours; breastfeeding is fine.",
    "an unlisted sedating medicine to be added with no condition and no assessment",
)
text_case(
    "to-be-added-lamotrigine-valproate",
    START,
    REFUSE,
    V,
    VA,
    "Valproate continues until the neurologist reviews it; lamotrigine is to be added next week. Fetal medicine "
    "scan booked; folic acid 5 mg started. Breastfeeding possible.",
    "an unlisted antiepileptic to be added, unassessed",
)
text_case(
    "if-relapse-quetiapine-lithium",
    START,
    PASS,
    L,
    LI,
    "Lithium continues at 800 mg; levels monthly, weekly from 36/40 and within 24 h of birth. Quetiapine is "
    "to be started only if she shows early signs of relapse after birth, by the perinatal team. Paediatric "
    "review of the baby after birth; bottle feeding.",
    "a relapse plan with its condition",
)
text_case(
    "will-start-quetiapine-lithium",
    START,
    REFUSE,
    L,
    LI,
    "Lithium continues at 800 mg with levels monthly and weekly from 36/40; quetiapine 50 mg at night will be "
    "started at 34 weeks as well. Paediatric review after birth; bottle feeding.",
    "an unlisted sedating medicine planned unconditionally",
)

# ============================================================================================================
# watching: who watches, for what and how long; or only how, or only from when.

text_case(
    "watched-closely-ward-midwife-citalopram",
    WATCH,
    PASS,
    C,
    CI,
    "Citalopram continues at 20 mg. The baby will be watched closely by the ward midwife for 72 hours for "
    "jitteriness, poor feeding and fast breathing (neonatal adaptation). Breastfeeding supported; GP mood "
    "review at 6 weeks.",
    "watched closely, by whom, how long and for what",
)
text_case(
    "nas-4-hourly-methadone",
    WATCH,
    PASS,
    M,
    MA,
    "Methadone 60 mg continues as supervised consumption. From birth the baby is scored for NAS 4-hourly by "
    "the postnatal ward midwives for at least 72 hours; the HV then visits on days 5 and 10. Breastfeeding "
    "encouraged; no co-sleeping, as she is drowsy after her dose.",
    "a watch with who, how often and how long",
)
text_case(
    "watched-closely-only-citalopram",
    WATCH,
    REFUSE,
    C,
    "asm-citalopram|impact_on_baby.neonatal_withdrawal_plan",
    "The baby will be watched closely and looked after appropriately.",
    "the baby's observation plan told only by manner",
)
text_case(
    "observed-from-birth-only-methadone",
    WATCH,
    REFUSE,
    M,
    "asm-methadone|impact_on_baby.neonatal_withdrawal_plan",
    "From birth onwards the baby will be observed with care.",
    "the NAS observation plan told only by when it starts and how",
)
text_case(
    "item-watched-closely-72h-citalopram",
    WATCH,
    PASS,
    C,
    "asm-citalopram|impact_on_baby.neonatal_withdrawal_plan",
    "Watched closely by the ward midwife for 72 hours for jitteriness, poor feeding and fast breathing; "
    "paediatric review if symptoms persist.",
    "watched closely, by whom and how long",
)
text_case(
    "item-from-birth-scored-methadone",
    WATCH,
    PASS,
    M,
    "asm-methadone|impact_on_baby.neonatal_withdrawal_plan",
    "From birth, NAS scoring 4-hourly on the postnatal ward for at least 72 hours; HV to look for late signs to day 8.",
    "when it starts, plus who, how often and how long",
)
text_case(
    "item-father-nights-partner",
    SED,
    REFUSE,
    P,
    "asm-partner-quetiapine|impact_on_mother.safe_sleep",
    "He is very drowsy after his dose, so he does the night feeds while the mother sleeps, with the baby in their bed.",
    "the safe sleep item gives a sedated father the nights and the baby in bed",
)
text_case(
    "item-father-not-nights-partner",
    SED,
    PASS,
    P,
    "asm-partner-quetiapine|impact_on_mother.safe_sleep",
    "He is very drowsy after his dose, so he does not do the night feeds and never has the baby in a bed, "
    "sofa or armchair with him; the mother does the nights and the baby sleeps in the next-to-me crib.",
    "the sedated father kept from the nights",
)
text_case(
    "scbu-if-scores-methadone",
    WATCH,
    PASS,
    M,
    MA,
    "Methadone stays at 60 mg daily (supervised). Baby: Finnegan scoring by the ward team for 72 h minimum, "
    "to SCBU if two scores of 8 or more. Breastfeeding helps NAS, encouraged. Sedated 2 h post dose, so no "
    "co-sleeping; HV home visit checks the Moses basket.",
    "shorthand watch with a threshold",
)

# ============================================================================================================
# sedated-parent: the sedated parent kept from the nights, or given them.

text_case(
    "father-not-nights-partner",
    SED,
    PASS,
    P,
    PQ,
    "The father takes quetiapine 300 mg at night and is heavily sedated until morning, so he does not do the "
    "night feeds and never has the baby in bed or on the sofa with him; the mother does all night care and the "
    "baby sleeps in the crib beside her. HV to keep checking at each visit.",
    "a sedated partner who does NOT do the nights",
)
text_case(
    "foster-carer-nights-fp",
    SED,
    PASS,
    F,
    DP,
    "Diazepam and pregabalin continue. Because she is sedated, the night feeds are done by the foster carer, not "
    "by her, and the baby sleeps in the cot in the carer's room. Late withdrawal possible to day 8: the ward "
    "midwife scores, then the HV. Expressed breast milk by day is fine.",
    "the sedated mother kept from the nights",
)
text_case(
    "father-does-nights-partner",
    SED,
    REFUSE,
    P,
    PQ,
    "The father's quetiapine 300 mg makes him very sedated at night; he will do the night feeds so the mother "
    "can rest, and the baby sleeps in their bed. HV aware.",
    "a sedated parent given the nights and the baby in bed",
)
text_case(
    "sedated-mother-in-bed-fp",
    SED,
    REFUSE,
    F,
    DP,
    "Diazepam and pregabalin continue and sedate her heavily; she will do the night feeds herself with the baby "
    "in her bed. Late withdrawal watched to day 8; HV to visit.",
    "a sedated mother with the baby in her bed",
)
text_case(
    "father-days-only-partner",
    SED,
    PASS,
    P,
    PQ,
    "Dad is on quetiapine 300 mg nocte - very drowsy from 10 pm until about 7 am. Agreed: Mum does all night "
    "feeds; Dad does the 7 am feed once awake; baby in own crib, no sofa or bed sharing with Dad. HV to "
    "check at each contact.",
    "a rota that keeps the sedated father out of the nights",
)

# ============================================================================================================
# questions: answered, Q&A notes; left open.

text_case(
    "asked-answered-citalopram",
    QA,
    PASS,
    C,
    CI,
    "She asked whether citalopram will harm the baby. Answer given: the risk is small; the midwife will watch "
    "for jitteriness and feeding problems for 48 hours after birth. She asked about breastfeeding: yes, "
    "citalopram is compatible. Citalopram continues at 20 mg.",
    "her questions with their answers",
)
text_case(
    "qa-notes-sertraline",
    QA,
    PASS,
    M,
    SE,
    "Q: continue sertraline? A: yes, 100 mg daily. Q: risk to baby? A: small; poor neonatal adaptation possible, "
    "watched on the postnatal ward for 48 h. Q: breastfeed? A: yes.",
    "Q&A notes, each answered",
)
text_case(
    "questions-open-citalopram",
    QA,
    REFUSE,
    C,
    CI,
    "Should citalopram continue? Will the baby need extra observation after birth? Can she breastfeed? These "
    "questions were discussed with her.",
    "questions with no answer",
)
text_case(
    "asked-answered-lithium",
    QA,
    PASS,
    L,
    LI,
    "Her question was whether she can breastfeed on lithium: no, because lithium passes into milk and can "
    "build up in the baby; she will bottle feed. Lithium continues at 800 mg with levels monthly, weekly from "
    "36/40 and within 24 h of birth; paediatric review of the baby after delivery.",
    "a question followed by its answer",
)

# ============================================================================================================
# routes: manual routes and dose-line routes.

FOSTER_ROUTE = "recipients[0].route.description"

add(
    "by-hand-foster-carer",
    ROUTE,
    PASS,
    F,
    set_(
        FOSTER_ROUTE,
        "By hand to the foster carer at discharge from the postnatal ward, contents explained by the midwife.",
    ),
    "a manual route that says who and when",
)
add("by-hand-only", ROUTE, REFUSE, F, set_(FOSTER_ROUTE, "By hand."), "a manner, no who or when")
add(
    "in-person-carer-meeting",
    ROUTE,
    PASS,
    F,
    set_(FOSTER_ROUTE, "In person to the foster carer at the discharge planning meeting, printed copy given."),
    "in person, to whom and where",
)
add("sertraline-iv", ROUTE, REFUSE, M, dose("med-sertraline", "Two tablets (100 mg) IV once daily"), "tablets given IV")
add(
    "sertraline-by-mouth",
    ROUTE,
    PASS,
    M,
    dose("med-sertraline", "Two tablets (100 mg) by mouth once daily"),
    "tablets by mouth",
)
add(
    "diazepam-pr",
    ROUTE,
    PASS,
    F,
    dose("med-diazepam", "5 mg PR three times a day while vomiting, else by mouth"),
    "tablets rectally: unusual, real",
)

CYCLOGEST_REASON = (
    "Progesterone for recurrent miscarriage (NICE NG126); a natural hormone of pregnancy with no harm to the "
    "baby in trials; neither sedating nor a teratogen."
)


def cyclogest(line: str, name: str = "Cyclogest 400mg pessaries") -> Mutation:
    return add_med(
        medicine(
            "med-progesterone", name, line, "2026-01-20", gp_prescriber(CASTLE), not_of_concern_reason=CYCLOGEST_REASON
        )
    )


add("cyclogest-pr", ROUTE, PASS, C, cyclogest("400 mg PR twice a day"), "a progesterone pessary rectally: a real route")
add("cyclogest-pv", ROUTE, PASS, C, cyclogest("400 mg PV twice a day"), "a pessary vaginally")
add(
    "cyclogest-swallowed",
    ROUTE,
    REFUSE,
    C,
    cyclogest("400 mg orally twice a day until 16 weeks"),
    "a pessary swallowed",
)
add(
    "utrogestan-caps-pv",
    ROUTE,
    PASS,
    C,
    cyclogest("200 mg PV at night until 12 weeks", "Utrogestan 200mg capsules"),
    "progesterone capsules vaginally, as licensed",
)
add(
    "utrogestan-caps-iv",
    ROUTE,
    REFUSE,
    C,
    cyclogest("200 mg IV at night until 12 weeks", "Utrogestan 200mg capsules"),
    "capsules injected",
)

NICOTINE_REASON = (
    "Nicotine replacement to stop smoking in pregnancy (NICE NG209): far safer for the baby than smoking; "
    "not sedating, no withdrawal in the baby at these doses."
)


def nicotine(line: str) -> Mutation:
    return add_med(
        medicine(
            "med-nicotine",
            "Nicotine 21mg/24hours transdermal patches",
            line,
            "2026-02-20",
            gp_prescriber(RIVERSIDE),
            not_of_concern_reason=NICOTINE_REASON,
        )
    )


add(
    "nicotine-patch-applied",
    ROUTE,
    PASS,
    M,
    nicotine("One patch applied each morning, removed at bedtime"),
    "a patch applied",
)
add("nicotine-patch-swallowed", ROUTE, REFUSE, M, nicotine("One patch by mouth each morning"), "a patch swallowed")

MIDAZ = medicine(
    "med-midazolam",
    "Midazolam 10mg/2ml solution for injection ampoules",
    "10 mg buccally if a seizure lasts over 5 minutes",
    "2024-03-01",
    other_prescriber(NEURO),
)
MIDAZ_CON = (
    "Valproate must continue until the neurologist reviews it; stopping suddenly risks seizures. Buccal "
    "midazolam stays for seizures over 5 minutes; after a dose she is drowsy, so another adult cares for the "
    "baby for 6 hours and she never co-sleeps; if used near birth, the ward midwife watches the baby for 48 "
    "hours. First-trimester valproate exposure: urgent neurology and fetal "
    "medicine reviews booked; folic acid 5 mg started. Breastfeeding is compatible with both."
)
MIDAZ_WD = (
    "Rescue midazolam is used rarely, so no withdrawal is expected; if she needs it in the last week before "
    "birth, the ward midwife watches the baby for floppiness, poor feeding and breathing for 48 hours."
)
MIDAZ_OV = (
    "Unplanned pregnancy at 8 weeks on sodium valproate, with buccal midazolam for long seizures. Continue "
    "valproate unchanged pending urgent neurology review; do not stop abruptly. Midazolam stays as rescue "
    "medicine; after a dose another adult looks after the baby. Urgent referrals to neurology and fetal "
    "medicine; folic acid 5 mg started."
)


MIDAZ_SEDATION = "yes"
MIDAZ_SS = (
    "Valproate does not sedate her; midazolam does, for some hours after a rescue dose. Then another adult "
    "cares for the baby, and she never shares a bed or sofa with the baby."
)


def midaz(line: str, con: str = MIDAZ_CON) -> Mutation:
    return chain(
        add_med(dict(MIDAZ, dose=line)),
        extend_assessment(VA, "med-midazolam"),
        set_(f"assessments#{VA}.impact_on_mother.sedation", MIDAZ_SEDATION),
        set_(f"assessments#{VA}.impact_on_mother.safe_sleep", MIDAZ_SS),
        set_(f"assessments#{VA}.impact_on_baby.neonatal_withdrawal_plan", MIDAZ_WD),
        conclusion(VA, con),
        overall(MIDAZ_OV),
    )


add(
    "buccal-midazolam-injection",
    ROUTE,
    PASS,
    V,
    midaz("10 mg buccally if a seizure lasts over 5 minutes"),
    "an injection solution given buccally: a real route",
)
add(
    "buccal-midazolam-unassessed-sedation",
    ROUTE,
    REFUSE,
    V,
    midaz(
        "10 mg buccally if a seizure lasts over 5 minutes",
        "Valproate must continue until the neurologist reviews it; stopping suddenly risks seizures. Midazolam is "
        "noted. First-trimester exposure: urgent neurology and fetal medicine reviews booked; folic acid 5 mg "
        "started. Breastfeeding is compatible.",
    ),
    "midazolam's sedation and the baby's care left unsaid: 'noted' only",
)
add(
    "methadone-by-mouth-supervised",
    ROUTE,
    PASS,
    M,
    dose("med-methadone", "60 mg (60 ml) by mouth once daily, supervised consumption"),
    "oral solution by mouth",
)
add(
    "methadone-solution-iv",
    ROUTE,
    REFUSE,
    M,
    dose("med-methadone", "60 mg (60 ml) IV once daily, supervised consumption"),
    "an oral solution injected",
)

# ============================================================================================================
# voices: named sources adopted, or only reported; recording verbs; services waiting on each other.

text_case(
    "psychiatrist-advice-lithium",
    VOICE,
    PASS,
    L,
    LI,
    "On the psychiatrist's advice, lithium continues at 800 mg: levels monthly, weekly from 36/40 and within "
    "24 h of birth. Paediatric review of the baby after birth; bottle feeding, as lithium passes into breast "
    "milk.",
    "a source's advice taken as the decision",
)
text_case(
    "documented-paediatrician-called-methadone",
    VOICE,
    PASS,
    M,
    MA,
    "Documented in the notes and the paediatrician called: methadone 60 mg continues as supervised "
    "consumption, and the paediatrician will review the baby at 24 h within a 72-hour NAS observation on the "
    "ward. Breastfeeding encouraged; no co-sleeping as she is drowsy after dosing.",
    "a recording verb beside real acts",
)
text_case(
    "under-drug-service-methadone",
    VOICE,
    PASS,
    M,
    MA,
    "Methadone 60 mg continues under the drug service's care (supervised consumption, keyworker Jo). The baby "
    "will stay on the ward for 72 hours of NAS scoring; breastfeeding encouraged. Drowsy after doses: no "
    "co-sleeping; cot checked at the home visit.",
    "'under the drug service's care' with a full plan",
)
text_case(
    "of-the-view-we-agree-lithium",
    VOICE,
    PASS,
    L,
    LI,
    "The perinatal psychiatrist is of the view that lithium should continue, and we agree: 800 mg at night, "
    "levels monthly then weekly from 36/40 and within 24 h of birth. The baby gets a paediatric review after "
    "birth; bottle feeding.",
    "an opinion adopted",
)
text_case(
    "opinions-only-lithium",
    VOICE,
    REFUSE,
    L,
    LI,
    "The psychiatrist feels lithium should continue and the obstetrician thinks levels could be monthly. On "
    "breastfeeding, the pharmacist is of the view that it is not advised.",
    "named sources' opinions with no adoption",
)
text_case(
    "noted-filed-logged-methadone",
    VOICE,
    REFUSE,
    M,
    MA,
    "Methadone 60 mg daily noted and filed; the NAS risk logged on the maternity system; co-sleeping advice "
    "recorded in the notes.",
    "recording verbs as the plan's only acts",
)
text_case(
    "waiting-on-each-other-methadone",
    VOICE,
    REFUSE,
    M,
    MA,
    "The drug service will decide on methadone once maternity has made the birth plan; maternity will make "
    "the plan once the drug service has decided. NAS and co-sleeping to follow from that.",
    "two services each waiting for the other",
)
text_case(
    "neurologist-agrees-valproate",
    VOICE,
    PASS,
    V,
    VA,
    "The neurologist, phoned today, agrees valproate continues at 500 mg bd until she is seen in clinic on "
    "Friday; stopping suddenly risks seizures. Baby exposed in the first trimester: fetal medicine review "
    "booked; folic acid 5 mg started. Not sedated; breastfeeding possible.",
    "a named source's agreement with the decision",
)
text_case(
    "logged-and-paeds-fp",
    VOICE,
    PASS,
    F,
    DP,
    "Logged on the ward system and the paediatric registrar informed: diazepam and pregabalin continue, the "
    "baby is scored for late withdrawal by the ward midwife to day 5, then by the HV to day 8. Both sedate: "
    "the foster carer does the nights, no bed or sofa sharing. Expressed milk by day only.",
    "a recording verb with acts",
)

# ============================================================================================================
# timeframe: the past in a postnatal record; stop dates; the future perfect; antenatal plans after birth.

text_case(
    "antenatal-past-postnatal-fp",
    TIME,
    PASS,
    F,
    DP,
    "In pregnancy she took diazepam and pregabalin throughout and was seen by the drug service at 28/40 and "
    "36/40. Now, after the birth: both continue unchanged for now; they sedate her, so the foster carer does "
    "every night feed and there is no co-sleeping. Late withdrawal possible to day 8: ward midwife scores, "
    "then HV daily. Breastfeeding by day only when she is awake and alert.",
    "antenatal events told in the past in a postnatal record",
)
text_case(
    "antenatal-plans-postnatal-fp",
    TIME,
    REFUSE,
    F,
    DP,
    "Diazepam and pregabalin continue. Growth scans at 32 and 36 weeks and delivery on the consultant unit, "
    "with NAS observation planned after the birth; no co-sleeping once the baby is born.",
    "antenatal plans in a postnatal record",
)
text_case(
    "future-perfect-partner",
    TIME,
    REFUSE,
    P,
    PQ,
    "By the time the baby comes home the father will have stopped his quetiapine, so his sedation will no "
    "longer matter; the mother will have sorted the crib.",
    "the future perfect of assumption",
)
text_case(
    "in-pregnancy-partner-past",
    TIME,
    PASS,
    P,
    PQ,
    "The father's quetiapine 300 mg was started in 2024; in the pregnancy he slept in the spare room on his "
    "dose nights. Now the baby is here: he is too drowsy for night care, so he does no night feeds and never "
    "shares a bed or sofa with the baby, who sleeps in her own crib. HV to keep checking.",
    "past and present kept apart",
)

DIAZ_STOPPED_CON = (
    "Diazepam was stopped on 10 June 2026 by the drug service after a taper; pregabalin 150 mg bd continues. "
    "Pregabalin sedates her and the recent diazepam may still add to it, so the foster carer does the night "
    "feeds and there is no bed or sofa sharing. Late withdrawal from both possible to day 8: ward midwife to "
    "score, then the HV. Breastfeeding by day only when she is alert."
)
DIAZ_STOPPED_OV = (
    "Diazepam stopped on 10 June 2026; pregabalin continues. Sedation is the main risk to the baby: no bed, "
    "sofa or armchair sharing, and the foster carer does the night feeds. Late withdrawal from diazepam and "
    "pregabalin possible until day 8; ward midwife then HV to watch."
)
add(
    "diazepam-stopped-with-date",
    TIME,
    PASS,
    F,
    chain(
        set_("medicines#med-diazepam.stopped", "2026-06-10"), conclusion(DP, DIAZ_STOPPED_CON), overall(DIAZ_STOPPED_OV)
    ),
    "a stop told of a medicine the list gives a stop date",
)
add(
    "diazepam-stop-told-list-current",
    TIME,
    REFUSE,
    F,
    chain(conclusion(DP, DIAZ_STOPPED_CON), overall(DIAZ_STOPPED_OV)),
    "a stop told of a medicine the list still gives as current",
)
text_case(
    "after-delivery-lithium-future-plain",
    TIME,
    PASS,
    L,
    LI,
    "Lithium continues at 800 mg. Levels monthly now, weekly from 36/40, and within 24 h after delivery, when "
    "the dose is also reviewed as her fluid balance changes. Paediatric review of the baby after birth; bottle "
    "feeding; perinatal team visit in the first week.",
    "plain future tense with acts",
)

# ============================================================================================================
# More good work in these shapes, in several voices.

text_case(
    "soap-methadone",
    WEIGH,
    PASS,
    M,
    MA,
    "S: wants to stay on methadone; worried about the baby. O: 60 mg supervised, no on-top use, drowsy 2-4 h "
    "post dose. A: risks of NAS vs relapse weighed - continuing is safer. P: methadone 60 mg continues; NAS "
    "scoring on the postnatal ward for 72 h min, HV to D8; breastfeeding encouraged; no co-sleeping, cot "
    "seen at the home visit.",
    "SOAP note: the weighing in A, the decision in P",
)
text_case(
    "letter-lithium",
    VOICE,
    PASS,
    L,
    LI,
    "Dear colleagues, having discussed the options with her and her husband, and on the advice of the "
    "perinatal psychiatrist, we have agreed that lithium continues at 800 mg. Levels monthly, weekly from 36/40 "
    "and within 24 hours of birth. The baby will have a paediatric review after birth; she will bottle feed, as "
    "lithium passes into milk. Yours sincerely.",
    "a letter: the source's advice adopted by 'we have agreed'",
)
text_case(
    "bullets-citalopram",
    NEG,
    PASS,
    C,
    CI,
    "- Citalopram 20 mg: continue; she need not stop.\n- Baby: midwife to watch for jitteriness, poor feeding, "
    "fast breathing for 48 h; paeds if persisting.\n- Breastfeeding: supported.\n- GP mood r/v at 6/52.",
    "bullets with a single negative that decides",
)
text_case(
    "options-two-chosen-sertraline",
    WEIGH,
    PASS,
    M,
    SE,
    "Two options were open: stop sertraline now, or continue at 100 mg. She chose to continue, as her last "
    "relapse came within a month of stopping. The maternity team will watch the baby for poor neonatal "
    "adaptation for 48 hours after birth; breastfeeding is fine.",
    "two paths, one chosen",
)
text_case(
    "not-necessarily-then-decides-citalopram",
    NEG,
    PASS,
    C,
    CI,
    "A higher dose is not necessarily better in pregnancy, so citalopram stays at 20 mg. The midwife will watch "
    "the baby for adaptation symptoms for 48 hours after birth; breastfeeding supported.",
    "'not necessarily' beside a firm decision",
)
text_case(
    "take-home-after-birth-methadone",
    CLASS,
    PASS,
    M,
    MA,
    "Methadone 60 mg continues, supervised daily until after the birth; take-home doses then only with a "
    "lockable box and the keyworker's agreement, because of the risk to the baby of accidental ingestion. "
    "NAS observation on the ward 72 h; breastfeeding encouraged; no co-sleeping after her dose.",
    "take-home doses and a lockable box in a methadone plan",
)
text_case(
    "ppp-after-birth-overall-v",
    CLASS,
    PASS,
    V,
    OV,
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged pending urgent neurology "
    "review this week; never stop abruptly. Fetal medicine review and detailed anomaly scan booked; folic acid "
    "5 mg started. The pregnancy prevention programme will be restarted after the birth.",
    "the pregnancy prevention programme in a valproate overall conclusion",
)
text_case(
    "joint-both-overall-fp",
    CROSS,
    PASS,
    F,
    OV,
    "Diazepam and pregabalin both continue for now, and together they sedate her: no bed, sofa or armchair "
    "sharing and no feeding lying down; the foster carer does the night feeds. Late withdrawal possible until "
    "day 8; ward midwife then HV. The interim care order does not change this plan.",
    "'both' and 'together' over the two medicines named",
)
text_case(
    "only-if-seizure-overall-v",
    START,
    PASS,
    V,
    OV,
    "Valproate continues unchanged until the urgent neurology review; no abrupt stop. Fetal medicine review "
    "and anomaly scan booked; folic acid 5 mg started. Clobazam is to be started only if seizures return "
    "while the switch is planned, and then the baby is watched for floppiness after birth.",
    "a conditional start in the overall conclusion",
)
text_case(
    "watched-closely-ward-midwife-partner",
    WATCH,
    PASS,
    P,
    PQ,
    "The father's quetiapine 300 mg sedates him heavily at night: the mother does all night feeds, he never "
    "shares a bed, sofa or armchair with the baby, and the baby sleeps in her own crib. The sleep set-up will "
    "be watched closely by the HV at every visit to 8 weeks.",
    "watched closely, by whom and to when",
)
text_case(
    "husband-nights-lithium",
    SED,
    PASS,
    L,
    LI,
    "Lithium continues at 800 mg; levels monthly, weekly from 36/40 and within 24 h of birth. She may be "
    "drowsy at night, so her husband, who takes no sedating medicine, does the night feeds; baby in own cot. "
    "Paediatric review after birth; bottle feeding.",
    "a parent who is NOT sedated does the nights",
)
text_case(
    "asked-answered-overall-m",
    QA,
    PASS,
    M,
    OV,
    "She asked: will the baby withdraw? Yes, probably: NAS scoring on the postnatal ward for at least 72 h, then "
    "HV to day 8. Can she breastfeed? Yes, on methadone and sertraline, both continuing unchanged. No "
    "co-sleeping because of methadone sedation; cot seen before discharge.",
    "questions with answers in the overall conclusion",
)
text_case(
    "question-answered-partner",
    QA,
    PASS,
    P,
    PQ,
    "The parents asked whether the father can ever do nights. Answer: not after his quetiapine dose, which "
    "leaves him too sedated; the mother does the night feeds, the baby sleeps in her crib, never in a bed or "
    "on a sofa with him. HV to keep checking.",
    "a question with its answer",
)
text_case(
    "drug-service-view-adopted-methadone",
    VOICE,
    PASS,
    M,
    MA,
    "The drug service keyworker is of the view that methadone should stay at 60 mg, and we agree: it continues "
    "as supervised consumption. NAS scoring on the postnatal ward for 72 hours; breastfeeding encouraged; no "
    "co-sleeping while drowsy after her dose.",
    "an opinion adopted",
)
text_case(
    "postnatal-past-scans-fp",
    TIME,
    PASS,
    F,
    DP,
    "Growth scans at 32 and 36 weeks were normal and she delivered on the consultant unit. Now: diazepam and "
    "pregabalin continue for now; both sedate her, so the foster carer does the night feeds and there is no "
    "co-sleeping. Late withdrawal possible to day 8: ward midwife then HV. Breastfeeding only when alert.",
    "antenatal events in the past tense after birth",
)
text_case(
    "had-stopped-before-overall-p",
    TIME,
    PASS,
    P,
    OV,
    "The mother's own medicine (paracetamol) raises no concern. The father's quetiapine sedates him at night: "
    "he had tried stopping it in 2023 and relapsed, so it continues; no night feeds by him and no bed, sofa or "
    "armchair sharing. Sleeping arrangements seen and safe; the HV keeps checking.",
    "a pluperfect about the past, not an assumption",
)
text_case(
    "overall-lithium-alone",
    CROSS,
    PASS,
    L,
    OV,
    "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth. "
    "Paediatric review of the baby after birth. Breastfeeding not advised; she will bottle feed. Perinatal "
    "mental health team to review within a week of birth.",
    "the overall conclusion on lithium alone (no other medicine listed)",
)

# ============================================================================================================
# disguise: texts from above, disguised; the verdict equals the plain one.

DG_PICKS: list[tuple[str, str]] = [
    ("weighed-she-chose-methadone", "cyr"),
    ("options-then-c-lithium", "zwsp"),
    ("not-without-risk-valproate", "shy"),
    ("judgement-call-made-citalopram", "bidi"),
    ("does-not-need-to-stop-citalopram", "greek"),
    ("supervised-takehome-methadone", "fw"),
    ("sertraline-alongside-methadone", "cyr"),
    ("only-if-mirtazapine-sertraline", "zwsp"),
    ("watched-closely-ward-midwife-citalopram", "shy"),
    ("father-not-nights-partner", "bidi"),
    ("asked-answered-citalopram", "cyr"),
    ("psychiatrist-advice-lithium", "greek"),
    ("documented-paediatrician-called-methadone", "zwsp"),
    ("antenatal-past-postnatal-fp", "shy"),
    ("father-days-only-partner", "fw"),
    ("qa-notes-sertraline", "cyr"),
    ("soap-methadone", "greek"),
    ("letter-lithium", "zwsp"),
    ("options-two-chosen-sertraline", "shy"),
    ("take-home-after-birth-methadone", "bidi"),
    ("husband-nights-lithium", "cyr"),
    ("question-answered-partner", "fw"),
    ("postnatal-past-scans-fp", "zwsp"),
    ("item-watched-closely-72h-citalopram", "cyr"),
    ("drug-service-view-adopted-methadone", "shy"),
    ("two-paths-none-chosen-lithium", "cyr"),
    ("stacked-negatives-citalopram", "shy"),
    ("to-be-added-mirtazapine-sertraline", "greek"),
    ("watched-closely-only-citalopram", "fw"),
    ("father-does-nights-partner", "cyr"),
]
for _name, _how in DG_PICKS:
    _expect, _base, _target, _text = TEXTS[_name]
    add(
        f"dg-{_how}-{_name}",
        DG,
        _expect,
        _base,
        _put(_target, DISGUISES[_how](_text)),
        f"{_name} disguised ({_how}): the verdict equals the plain one",
    )


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F97CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F97CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F97CASES):3}"
    )
