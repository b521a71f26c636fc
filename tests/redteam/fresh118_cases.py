"""A hundred-and-eighteenth independent "fresh" batch of red-team cases for the share gate: the adversary,
twenty-first round.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Hollow, impossible or misdirected conclusions a careless or evasive author would write, each looking like real
clinical work: plans written as questions; "TBC"/"pending"/"to be agreed" cells; numbered checklist pointers
("see actions 3-5"); another medicine's plan pasted under this one; conditions that can never be met; double
negatives that cancel or reverse the act; acts owned by a role that cannot do them; numbers that cannot be true;
dates before the pregnancy or long after the birth; the partner's plan written about the mother; brand names of
medicines never listed or assessed; conclusions that stop mid-plan; a later sentence that hollows the plan. Each
is paired with a near-miss good twin a reviewer would pass (about 40%).

Categories: ``questions``, ``pending``, ``pointers``, ``wrongmed``, ``never``, ``doubleneg``, ``owners``,
``numbers``, ``dates``, ``swapped``, ``brands``, ``truncated``, ``hollowed`` and ``disguise`` (about a fifth:
texts from above in look-alike letters, zero-width characters, soft hyphens, bidi isolates and full width; the
verdict equals the plain one).

Medicines named here are real; no medicine is added, so no code is needed.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh118_cases`` for the counts per category.
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
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F118CASES: list[Case] = []

CATEGORIES = (
    "questions",
    "pending",
    "pointers",
    "wrongmed",
    "never",
    "doubleneg",
    "owners",
    "numbers",
    "dates",
    "swapped",
    "brands",
    "truncated",
    "hollowed",
    "disguise",
)

QU, PE, PT, WM, NV, DN, OW, NU, DT, SW, BR, TR, HO, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F118CASES.append(Case(f"f118-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# ============================================================================================================
# questions: the plan written as questions nobody answers (refuse); a question put and answered (pass).

bad(
    "qu-meth-will-midwife-score",
    QU,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. Will the midwife score the baby for NAS after the birth? "
    "Should Jodie breastfeed? Who checks the cot at the home visit?",
    "every act is a question; nothing is decided or owned",
    cyr,
)
ok(
    "qu-meth-asked-and-answered",
    QU,
    "meth",
    "Methadone 60 mg daily continues, supervised. Jodie asked whether the baby will need SCBU: only if the NAS "
    "scores rise; the postnatal ward scores the baby 4-hourly for 72 hours. Breastfeeding is encouraged. No "
    "co-sleeping after a dose; the HV checks the cot at the home visit.",
    "a question reported and answered, with the plan stated",
)
bad(
    "qu-lith-checklist-of-questions",
    QU,
    "lith",
    "Lithium (Priadel) 800 mg at night: continue? Levels weekly from 36/40 or monthly? Paediatric review of the "
    "baby after birth - needed? Bottle or breast?",
    "a list of open questions in place of a plan",
    zwsp,
)
ok(
    "qu-lith-q-and-a",
    QU,
    "lith",
    "Q: Does the lithium (Priadel) continue? A: Yes, 800 mg at night; relapse risk after birth is high. Q: Levels? "
    "A: monthly, weekly from 36/40 and within 24 h of delivery. Q: The baby? A: paediatric review on the postnatal "
    "ward; she bottle feeds, as lithium passes into breast milk.",
    "a Q-and-A layout where every question carries its answer",
    zwsp,
)
bad(
    "qu-quet-who-does-nights",
    QU,
    "quet",
    "Daniel takes quetiapine 300 mg at night. Can he do the night feeds? Is the crib on his side of the bed? "
    "Will the HV look at the sleeping arrangements?",
    "the partner's sedation concern met only with questions",
)
ok(
    "qu-quet-can-he-no",
    QU,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him too drowsy for night care. Can he do night feeds? No - Chloe "
    "does them all. The crib stays on Chloe's side; no bed or sofa sharing with Daniel. The HV rechecks at the "
    "6-8 week visit.",
    "a rhetorical question answered at once",
)
bad(
    "qu-fo-who-does-nights",
    QU,
    "fo",
    "Diazepam and pregabalin continue. Who does the night feeds while she is sedated - the foster carer? Is late "
    "withdrawal to day 8 being watched? Does the social worker know about the bed-sharing risk?",
    "the sedation and withdrawal plans left as questions",
    bidi,
)
ok(
    "qu-valp-why-not-stop",
    QU,
    "valp",
    "Valproate 500 mg bd continues until the neurology review - why not stop it now? Because stopping suddenly "
    "risks seizures, which harm her and the pregnancy. First-trimester exposure: urgent neurology and fetal "
    "medicine referrals sent today; folic acid 5 mg started; early anomaly scan requested.",
    "a question the author answers with the reason and the referrals",
)
bad(
    "qu-cit-shall-we",
    QU,
    "cit",
    "Citalopram 20 mg od. Shall we carry on through the third trimester? Does the baby need watching after birth, "
    "and for how long? Is breastfeeding OK?",
    "whether to continue, the watch and feeding all asked, none answered",
)

# ============================================================================================================
# pending: plan cells left "TBC", "pending", "to be agreed" (refuse); one detail pending beside a plan (pass).

bad(
    "pe-meth-tbc-cells",
    PE,
    "meth",
    "Methadone 60 mg od. NAS observation: TBC. Breastfeeding: TBC. Co-sleeping advice: pending. HV home visit: "
    "to be agreed.",
    "each concern answered with a placeholder",
    fw,
)
bad(
    "pe-cit-to-be-agreed-36",
    PE,
    "cit",
    "Citalopram 20 mg: the plan for the baby after birth is to be agreed at the 36-week appointment; breastfeeding "
    "advice pending.",
    "the whole plan deferred to a later appointment",
)
bad(
    "pe-lo-awaiting-cells",
    PE,
    "lo",
    "Lithium (Priadel) 800 mg nocte. Level schedule: pending. Paediatric review: TBC with neonatal team. Feeding: "
    "awaiting decision. Perinatal team: to be confirmed.",
    "every item of the lithium plan is a placeholder",
    shy,
)
bad(
    "pe-quet-tbc-at-hv",
    PE,
    "quet",
    "Quetiapine 300 mg nocte (father). Sleeping arrangements - tbc at HV visit. Night feeds - tbc. Co-sleeping "
    "advice - tbc.",
    "the partner's sedation plan is three tbcs",
)
ok(
    "pe-meth-only-date-tbc",
    PE,
    "meth",
    "Methadone 60 mg daily continues. NAS scoring on the postnatal ward for 72 hours; breastfeeding encouraged; no "
    "co-sleeping after a dose, and the HV checks the cot at home. Only the day of the HV visit is TBC - it will be "
    "within 14 days of birth.",
    "the plan is complete; only a visit day is TBC, with its bound",
    fw,
)
ok(
    "pe-lith-result-pending",
    PE,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Today's level is pending; the dose changes only if it is outside "
    "0.4-0.8 mmol/L. Levels monthly, weekly from 36/40 and within 24 h of delivery. Paediatric review of the baby "
    "after birth; bottle feeding.",
    "a blood result pending, with what happens either way",
)
ok(
    "pe-fo-agreed-not-pending",
    PE,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Agreed, not pending: the foster carer does all night "
    "feeds; no bed, sofa or armchair sharing; no feeding lying down; the HV watches for late withdrawal to day 8; "
    "the social worker reviews the placement weekly.",
    "the word 'pending' negated over an agreed plan",
)
ok(
    "pe-valp-pending-neurology",
    PE,
    "valp",
    "Sodium valproate 500 mg bd continues pending the urgent neurology review, because stopping abruptly risks "
    "seizures. Referral sent today (seen within 2 weeks); early fetal medicine review booked for 12 weeks; folic "
    "acid 5 mg daily started; pregnancy options discussed.",
    "the continuation is pending a review that is booked, with the plan in the meantime",
)

# ============================================================================================================
# pointers: numbered checklist pointers in place of the plan (refuse); a numbered plan written out (pass).

bad(
    "pt-meth-see-actions-3-5",
    PT,
    "meth",
    "Methadone 60 mg daily continues: see actions 3-5 on the care plan for the baby, feeding and sleep.",
    "the plan is a pointer to actions not in the conclusion",
    cyr,
)
bad(
    "pt-mo-items-1-6",
    PT,
    "mo",
    "Methadone and sertraline continue. NAS, feeding and cot: as per items 1-4 of the checklist; social worker and "
    "HV roles: items 5 and 6.",
    "every concern pointed at checklist items",
)
bad(
    "pt-lith-points-2-4-7",
    PT,
    "lith",
    "Lithium (Priadel) continues - refer to points 2, 4 and 7 of the perinatal plan for levels, the baby and feeding.",
    "pointer to numbered points elsewhere",
)
bad(
    "pt-quet-box-c",
    PT,
    "quet",
    "Daniel's quetiapine: safe sleeping as ticked in boxes C1-C4 of the HV safe-sleep form.",
    "the sedation plan is a reference to boxes on a form",
)
ok(
    "pt-meth-numbered-actions",
    PT,
    "meth",
    "Methadone 60 mg od continues. Actions: 1) postnatal ward NAS scoring for 72 h; 2) breastfeeding supported; "
    "3) no co-sleeping after a dose; 4) HV checks the cot at the new-birth visit.",
    "numbered actions written out in full",
    cyr,
)
ok(
    "pt-lo-plan-plus-attached",
    PT,
    "lo",
    "Lithium (Priadel) 800 mg at night continues. Levels monthly, weekly from 36 weeks and within 24 h of birth; "
    "the baby has a paediatric review after birth; she bottle feeds. Perinatal mental health team sees her within "
    "a week of birth. The full perinatal plan (points 1-7) is attached for the ward.",
    "a complete plan that also points to the full document",
)
ok(
    "pt-fo-numbered-soap",
    PT,
    "fo",
    "A: diazepam 5 mg tds + pregabalin 150 mg bd, sedating. P: (1) continue both, supervised diazepam taper "
    "planned; (2) foster carer does night feeds; (3) no bed/sofa/armchair sharing, no feeding lying down; (4) HV "
    "and SW watch for late withdrawal to day 8.",
    "a SOAP assessment and numbered plan, each point written out",
)

# ============================================================================================================
# wrongmed: another medicine's plan pasted under this one (refuse); two medicines kept apart (pass).

bad(
    "wm-meth-sertraline-plan",
    WM,
    "meth",
    "Methadone continues. The risk of relapse outweighs the small risks to the baby; the maternity team watch the "
    "baby for 48 hours for jitteriness and fast breathing; breastfeeding is fine; GP mood review at 6 weeks.",
    "the sertraline (SSRI) plan under methadone: no withdrawal scoring, no sedation or co-sleeping plan",
    greek,
)
bad(
    "wm-lith-valproate-plan",
    WM,
    "lith",
    "Lithium (Priadel) continues. Pregnancy prevention programme reviewed; annual risk acknowledgement form signed; "
    "highly effective contraception after delivery; urgent neurology review booked.",
    "the valproate PPP plan under lithium: no levels, no baby review, no feeding advice",
)
bad(
    "wm-quet-methadone-plan",
    WM,
    "quet",
    "The father's quetiapine: the baby will be scored for NAS on the ward for 72 hours, breastfeeding is "
    "supported and the drug service continues supervised consumption.",
    "a methadone plan under the partner's quetiapine; night care and co-sleeping unanswered",
)
bad(
    "wm-dzp-lithium-plan",
    WM,
    "dzp",
    "Diazepam and pregabalin continue. Levels monthly, weekly from 36 weeks and within 24 hours of birth; "
    "paediatric review; bottle feeding as the drug passes into breast milk.",
    "the lithium plan under diazepam and pregabalin, postnatal; sedation and withdrawal unanswered",
)
ok(
    "wm-meth-own-plan-beside-sertraline",
    WM,
    "meth",
    "Methadone 60 mg daily continues. The sertraline plan (maternity team watch for 48 h) does not cover "
    "methadone: for methadone the ward scores the baby for NAS for 72 h, breastfeeding is encouraged, there is no "
    "co-sleeping after a dose and the HV checks the cot.",
    "the other medicine mentioned to set it apart; methadone's own plan in full",
    greek,
)
ok(
    "wm-sert-own-plan",
    WM,
    "sert",
    "Sertraline 100 mg od continues - relapse risk outweighs the small risk to the baby. Methadone withdrawal "
    "scoring is covered in its own assessment; for sertraline the maternity team watch for 48 h for jitteriness "
    "and poor feeding. Breastfeeding fine.",
    "sertraline plan under sertraline, naming methadone only to separate them",
)

# ============================================================================================================
# never: conditions that can never be met (refuse); real conditions (pass).

bad(
    "nv-meth-still-pregnant-after-birth",
    NV,
    "meth",
    "Methadone 60 mg daily continues. If she is still pregnant after the birth, the ward will score the baby for "
    "NAS for 72 hours. Breastfeeding supported; no co-sleeping after a dose; HV checks the cot.",
    "the NAS watch hangs on a condition that can never hold",
    shy,
)
bad(
    "nv-lith-discharged-antenatal-clinic",
    NV,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues with levels monthly, weekly from 36/40 and within 24 h of birth. Once "
    "the baby is discharged from the antenatal clinic the paediatrician will review the baby. Bottle feeding.",
    "a baby is never an antenatal clinic patient: the review never happens",
)
bad(
    "nv-cit-delivery-before-conception",
    NV,
    "cit",
    "Citalopram 20 mg continues. The midwife will watch the baby for adaptation symptoms for 48 hours if the "
    "delivery happens before the 12-week scan. Breastfeeding supported; GP mood review at 6 weeks.",
    "the watch only applies to a birth before 12 weeks, which is not a live birth she can have now (32 weeks)",
)
bad(
    "nv-valp-past-40-first-trimester",
    NV,
    "valp",
    "Valproate 500 mg bd continues until the neurology review. Early fetal medicine assessment will be booked once "
    "she is past 40 weeks and still in the first trimester; folic acid 5 mg started.",
    "a booking condition that cannot be met",
)
bad(
    "nv-quet-once-baby-older-than-father",
    NV,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him sedated. Chloe takes over the night feeds once the baby is "
    "older than Daniel; until then Daniel does them after his dose, with the baby in the bed. HV checks.",
    "the safe arrangement hangs on a condition that can never hold; meanwhile the sedated father feeds",
)
ok(
    "nv-meth-if-scores-rise",
    NV,
    "meth",
    "Methadone 60 mg daily continues. If the baby's NAS scores rise above threshold on the postnatal ward, he "
    "goes to SCBU for treatment; otherwise 72 h of scoring then home. Breastfeeding encouraged; no co-sleeping; "
    "the HV checks the cot.",
    "a real condition with both branches planned",
    shy,
)
ok(
    "nv-lith-if-level-high",
    NV,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. If a level is above 0.8 mmol/L the dose is reduced that day. Levels "
    "monthly, weekly from 36/40 and within 24 h of birth. Paediatric review of the baby after birth; bottle "
    "feeding.",
    "a real condition on a level",
)
ok(
    "nv-cit-if-preterm",
    NV,
    "cit",
    "Citalopram 20 mg continues. If she delivers before 37 weeks the baby's watch for adaptation symptoms is done "
    "on SCBU; otherwise the midwife watches for 48 h on the ward. Breastfeeding supported; GP mood review at 6/52.",
    "a condition that can hold, both branches planned",
)

# ============================================================================================================
# doubleneg: double negatives that cancel or reverse the act (refuse); litotes that keep it (pass).

bad(
    "dn-meth-not-the-case-not-fail",
    DN,
    "meth",
    "Methadone 60 mg daily continues. It is not the case that the midwife will not fail to score the baby for NAS. "
    "Breastfeeding is not unsupported, and co-sleeping after a dose is not inadvisable.",
    "read through, the midwife fails to score and co-sleeping is allowed",
    zwsp,
)
bad(
    "dn-quet-not-untrue-can-feed",
    DN,
    "quet",
    "Daniel's quetiapine 300 mg at night: it is not untrue that he can safely do night feeds, and sharing the bed "
    "with the baby is not something we would discourage. HV to see them.",
    "double negatives that permit night care and bed sharing by the sedated partner",
)
bad(
    "dn-fo-no-reason-not",
    DN,
    "fo",
    "Diazepam and pregabalin continue. There is no reason the mother should not co-sleep with the baby, and night "
    "care need not involve another adult awake. HV to see at day 10.",
    "the sedation concern reversed by negation",
)
bad(
    "dn-cit-not-unneeded",
    DN,
    "cit",
    "Citalopram 20 mg continues. A watch of the baby after birth is not not unnecessary; breastfeeding not "
    "unsupported.",
    "a triple negative that leaves no act anyone could carry out",
)
ok(
    "dn-meth-not-unlikely",
    DN,
    "meth",
    "Methadone 60 mg daily continues. NAS is not unlikely, so the postnatal ward scores the baby for 72 hours. "
    "Breastfeeding is not discouraged - it is encouraged. Never co-sleep after a dose; the HV checks the cot.",
    "litotes that keep the plan",
    zwsp,
)
ok(
    "dn-quet-never-does",
    DN,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him too sedated for night care: he never does night feeds and never "
    "shares a bed or sofa with the baby; Chloe does every night feed and the crib is on her side. HV checks again "
    "at 6 weeks.",
    "plain negations that are the safe plan",
)
ok(
    "dn-lith-not-without-risk",
    DN,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues - stopping is not without serious relapse risk after birth. Levels "
    "monthly, weekly from 36/40, within 24 h of birth. Paediatric review of the baby; bottle feeding, as "
    "breastfeeding on lithium is not advised.",
    "'not without' as a reason, the plan stated",
)

# ============================================================================================================
# owners: acts given to a role that cannot do them (refuse); the right role (pass).

bad(
    "ow-meth-pharmacist-scores-ward",
    OW,
    "meth",
    "Methadone 60 mg daily continues, supervised at the community pharmacy. The community pharmacist will score "
    "the baby for NAS on the postnatal ward for 72 hours. Breastfeeding encouraged; no co-sleeping; HV checks cot.",
    "a community pharmacist does not score babies on the ward",
    cyr,
)
bad(
    "ow-lith-grandmother-levels",
    OW,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Her mother will take and check the lithium levels at home, "
    "weekly from 36 weeks and within 24 h of the birth. Paediatric review of the baby; bottle feeding.",
    "a relative cannot take and act on lithium levels",
)
bad(
    "ow-fo-sibling-night-feeds",
    OW,
    "fo",
    "Diazepam and pregabalin continue. While the mother is sedated, night feeds are done by her 6-year-old in the "
    "placement. No bed or sofa sharing; late withdrawal possible until day 8; HV and SW hold this plan.",
    "night care given to a young child",
)
bad(
    "ow-cit-receptionist-watch",
    OW,
    "cit",
    "Citalopram 20 mg continues. The practice receptionist will watch the baby for adaptation symptoms for 48 hours "
    "after birth and advise on breastfeeding; mood review at 6 weeks by the receptionist.",
    "clinical watch and review given to a receptionist",
)
bad(
    "ow-quet-father-checks-himself",
    OW,
    "quet",
    "Daniel's quetiapine 300 mg at night: Daniel himself will judge each night whether he is awake enough to feed "
    "the baby and have the baby in bed with him. HV informed.",
    "the sedated person is the only check on his own sedation",
)
ok(
    "ow-meth-pharmacist-supervises",
    OW,
    "meth",
    "Methadone 60 mg daily continues, supervised by the community pharmacist, who tells the drug service of any "
    "missed doses. The postnatal ward midwives score the baby for NAS for 72 hours; breastfeeding encouraged; no "
    "co-sleeping after a dose; the HV checks the cot.",
    "the pharmacist supervises the dose; the midwives score",
    cyr,
)
ok(
    "ow-lith-phlebotomist",
    OW,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. The practice phlebotomist takes 12-hour levels monthly and weekly "
    "from 36/40; the perinatal psychiatrist acts on them; a level within 24 h of birth on labour ward. Paediatric "
    "review of the baby after birth; bottle feeding.",
    "the phlebotomist takes the blood, the psychiatrist acts on it",
)
ok(
    "ow-fo-foster-carer-nights",
    OW,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The foster carer does all night feeds and the baby "
    "sleeps in its own cot in the carer's room; the mother never feeds lying down or shares a bed, sofa or "
    "armchair. The HV watches for late withdrawal to day 8; the SW reviews weekly.",
    "night care by the foster carer, the right role",
)

# ============================================================================================================
# numbers: figures that cannot be true (refuse); the same figures made true (pass).

bad(
    "nu-lith-target-3",
    NU,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, aiming for a level of 3 mmol/L; levels monthly, weekly from 36/40 "
    "and within 24 h of birth. Paediatric review after birth; bottle feeding.",
    "a lithium target of 3 mmol/L is toxic; the plan cannot be followed",
    fw,
)
bad(
    "nu-meth-600mg",
    NU,
    "meth",
    "Methadone 600 mg daily continues, supervised. The ward scores the baby for NAS for 72 hours; breastfeeding "
    "encouraged; no co-sleeping; the HV checks the cot.",
    "600 mg, ten times the listed 60 mg dose",
)
bad(
    "nu-meth-hourly-12-scores",
    NU,
    "meth",
    "Methadone 60 mg daily continues. The baby is scored for NAS hourly for 72 hours, 12 scores in all. "
    "Breastfeeding encouraged; no co-sleeping after a dose; the HV checks the cot.",
    "hourly for 72 h is 72 scores, not 12",
)
bad(
    "nu-mo-5-days-on-2-day-stay",
    NU,
    "mo",
    "Methadone and sertraline continue unchanged. On her planned 2-day postnatal stay the baby is watched for "
    "withdrawal on the ward for 5 days. Breastfeeding supported; no co-sleeping; the SW and HV see the sleeping "
    "arrangements before discharge.",
    "a 5-day ward watch inside a 2-day stay",
    greek,
)
bad(
    "nu-dzp-45mg-a-day",
    NU,
    "dzp",
    "Diazepam 5 mg tds (45 mg a day) and pregabalin 150 mg bd cause heavy sedation: no co-sleeping or feeding "
    "lying down, and another adult awake for night care. Late withdrawal watch to day 8. Both continue.",
    "5 mg three times a day is 15 mg, not 45 mg",
)
ok(
    "nu-meth-4-hourly-18-scores",
    NU,
    "meth",
    "Methadone 60 mg daily continues. The ward scores the baby for NAS 4-hourly for 72 hours (18 scores) before "
    "discharge. Breastfeeding encouraged; no co-sleeping after a dose; the HV checks the cot at home.",
    "figures that add up",
)
ok(
    "nu-mo-5-day-stay",
    NU,
    "mo",
    "Methadone and sertraline continue unchanged. The postnatal stay is planned for 5 days so the baby can be "
    "watched for withdrawal on the ward. Breastfeeding supported; no co-sleeping; the SW and HV see the sleeping "
    "arrangements before discharge.",
    "a 5-day watch on a 5-day stay",
    greek,
)
ok(
    "nu-dzp-daily-totals",
    NU,
    "dzp",
    "Diazepam 5 mg tds (15 mg a day) and pregabalin 150 mg bd (300 mg a day) together sedate heavily: no bed or "
    "sofa sharing, no feeding lying down, another adult awake at night. Late withdrawal possible to day 8. Both "
    "continue, with a supervised diazepam taper planned.",
    "daily totals that are right",
)
ok(
    "nu-lith-range",
    NU,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, target 0.6-0.8 mmol/L 12 hours post dose. Levels monthly, weekly "
    "from 36/40 and within 24 h of birth. Paediatric review of the baby after birth; bottle feeding.",
    "a real lithium target range",
)

# ============================================================================================================
# dates: dates in the plan before the pregnancy or long after the birth (refuse); true dates (pass).

bad(
    "dt-meth-nas-2025",
    DT,
    "meth",
    "Methadone 60 mg daily continues. NAS scoring on the postnatal ward is planned for 3-6 June 2025; breastfeeding "
    "encouraged; no co-sleeping after a dose; the HV checks the cot.",
    "the baby's watch dated before this pregnancy (EDD May 2026)",
)
bad(
    "dt-lith-paeds-march-2027",
    DT,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; levels monthly, weekly from 36/40 and within 24 h of birth. "
    "Paediatric review of the baby on 15 March 2027. Bottle feeding.",
    "the review after birth dated when the baby is over 6 months (EDD August 2026)",
    cyr,
)
bad(
    "dt-cit-watch-april-2025",
    DT,
    "cit",
    "Citalopram 20 mg continues. The midwife watches the baby for 48 h after birth, 6-8 April 2025. Breastfeeding "
    "supported; GP mood review at 6 weeks.",
    "the watch dated a year before the EDD, in the past",
)
ok(
    "dt-meth-edd-dates",
    DT,
    "meth",
    "Methadone 60 mg daily continues. EDD 15 May 2026: the ward scores the baby for NAS for 72 hours after birth; "
    "breastfeeding encouraged; no co-sleeping; the HV checks the cot within 14 days of birth.",
    "dates consistent with the pregnancy",
)
ok(
    "dt-lith-july-2026",
    DT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, weekly from 29 July 2026 (36 weeks) and within 24 h "
    "of birth; paediatric review of the baby after birth; bottle feeding; perinatal team review by 2 September "
    "2026.",
    "dates that fit the EDD",
    cyr,
)
ok(
    "dt-valp-since-2019",
    DT,
    "valp",
    "Valproate 500 mg bd, taken since 2019 for epilepsy, continues until the urgent neurology review: stopping "
    "suddenly risks seizures. First-trimester exposure: fetal medicine referral sent 20 May 2026; folic acid 5 mg "
    "started.",
    "a history date before the pregnancy is a fact, not a plan",
)

# ============================================================================================================
# swapped: the partner's plan written about the mother or the reverse (refuse); kept straight (pass).

bad(
    "sw-quet-chloe-sedated",
    SW,
    "quet",
    "Chloe's quetiapine 300 mg at night sedates her: Daniel does the night feeds and the crib is on his side; no "
    "bed sharing with Chloe. HV checks at 6 weeks.",
    "the partner's medicine written as the mother's; the sedated father is given the nights",
    bidi,
)
bad(
    "sw-po-mothers-quetiapine",
    SW,
    "po",
    "The mother's quetiapine causes heavy sedation at night: she must not co-sleep and does no night feeds; the "
    "father does all nights. The health visitor keeps checking.",
    "the overall conclusion swaps who is sedated and gives the partner the nights",
)
bad(
    "sw-fo-foster-carer-takes",
    SW,
    "fo",
    "The foster carer's diazepam and pregabalin cause sedation, so the mother does the night feeds in the "
    "placement. No bed sharing; late withdrawal to day 8 watched by the HV; SW informed.",
    "the mother's medicines written as the carer's; the sedated mother given the nights",
)
ok(
    "sw-quet-fathers-not-mothers",
    SW,
    "quet",
    "Quetiapine 300 mg nocte is the father's, not the mother's: Chloe takes only paracetamol and does all night "
    "feeds; Daniel, sedated after his dose, does no night care and never shares a bed or sofa with the baby. HV to "
    "recheck at 6 weeks.",
    "who takes what kept straight",
    bidi,
)
ok(
    "sw-po-plain",
    SW,
    "po",
    "Chloe's own medicine (paracetamol) raises no concern. Daniel's quetiapine 300 mg at night sedates him: no "
    "bed, sofa or armchair sharing with him, no night feeds by him; Chloe does nights. Cot seen; HV rechecks at 6-8 "
    "weeks.",
    "the partner's sedation plan placed on the partner",
)

# ============================================================================================================
# brands: a brand of a medicine never listed or assessed (refuse); a brand of the assessed medicine (pass).

bad(
    "br-meth-subutex-top-up",
    BR,
    "meth",
    "Methadone 60 mg daily continues, with Subutex 8 mg as a top-up when she misses a pharmacy dose. The ward "
    "scores NAS for 72 h; breastfeeding encouraged; no co-sleeping; the HV checks the cot.",
    "buprenorphine (Subutex) prescribed in the plan but never listed or assessed",
    zwsp,
)
bad(
    "br-cit-zimovane",
    BR,
    "cit",
    "Citalopram 20 mg continues; she also takes Zimovane 7.5 mg at night when she can't sleep. The midwife watches "
    "the baby 48 h; breastfeeding supported; GP mood review at 6 weeks.",
    "zopiclone (Zimovane), a sedative, taken but not listed or assessed",
)
bad(
    "br-lith-epilim",
    BR,
    "lith",
    "Lithium (Priadel) 800 mg at night continues alongside her Epilim 500 mg bd. Levels monthly, weekly from 36/40 "
    "and within 24 h of birth. Paediatric review of the baby; bottle feeding.",
    "valproate (Epilim) taken in pregnancy, not listed or assessed",
)
bad(
    "br-quet-oramorph",
    BR,
    "quet",
    "Daniel's quetiapine 300 mg nocte and the Oramorph he takes for back pain sedate him: no night feeds by him, "
    "no bed or sofa sharing; Chloe does nights. HV checks.",
    "the partner's oral morphine (Oramorph) not listed or assessed",
)
ok(
    "br-lith-priadel-not-camcolit",
    BR,
    "lith",
    "Lithium carbonate continues as Priadel 800 mg nocte - brand prescribing, not to be switched to Camcolit. "
    "Levels monthly, weekly from 36/40 and within 24 h of birth. Paediatric review of the baby after birth; bottle "
    "feeding.",
    "brands of the assessed lithium",
    zwsp,
)
ok(
    "br-meth-not-methadose",
    BR,
    "meth",
    "Methadone 1 mg/ml 60 mg daily continues - the pharmacy must not switch to Methadose concentrate. The ward "
    "scores NAS for 72 h; breastfeeding encouraged; no co-sleeping after a dose; HV checks the cot.",
    "a brand of the assessed methadone named to avoid a switch",
)
ok(
    "br-mo-lustral",
    BR,
    "mo",
    "Methadone 60 mg od and sertraline (Lustral) 100 mg od continue unchanged. NAS observation on the postnatal "
    "ward; breastfeeding supported; no co-sleeping; the SW and HV see the sleeping arrangements before discharge.",
    "the sertraline brand beside the assessed sertraline",
)

# ============================================================================================================
# truncated: conclusions that stop mid-plan (refuse); terse but complete (pass).

bad(
    "tr-meth-the-midwife-will",
    TR,
    "meth",
    "Methadone 60 mg daily continues through pregnancy. After the birth the midwife will",
    "stops before the act",
    cyr,
)
bad(
    "tr-lo-paeds-and",
    TR,
    "lo",
    "Lithium (Priadel) 800 mg at night continues. Plan for the baby after the birth: the paediatric team and",
    "stops mid-plan; levels, feeding and the baby's review unsaid",
)
bad(
    "tr-quet-at-night-the-baby",
    TR,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him, so at night the baby",
    "stops before saying where the baby sleeps or who feeds",
)
bad(
    "tr-fo-night-feeds-by",
    TR,
    "fo",
    "Diazepam and pregabalin continue. No bed or sofa sharing. Night feeds will be done by",
    "the night-care owner cut off",
)
ok(
    "tr-meth-terse",
    TR,
    "meth",
    "Methadone 60 mg od continues. Ward NAS scores 72 h; BF encouraged; no co-sleeping post-dose; HV cot check at "
    "new-birth visit",
    "terse, no final stop, but complete",
    cyr,
)
ok(
    "tr-cit-bullets",
    TR,
    "cit",
    "Citalopram 20 mg od - continue\n- midwife: watch baby 48 h for jitteriness, poor feeding\n- breastfeeding OK\n"
    "- GP mood r/v at 6/52",
    "bullets without full stops, complete",
)

# ============================================================================================================
# hollowed: a later sentence hollows the plan (refuse); a later sentence that confirms or supersedes (pass).

bad(
    "ho-meth-none-agreed",
    HO,
    "meth",
    "Methadone 60 mg daily continues. The ward scores NAS for 72 hours; breastfeeding encouraged; no co-sleeping; "
    "the HV checks the cot. None of this is agreed yet.",
    "the last sentence withdraws the plan",
    shy,
)
bad(
    "ho-lo-draft-not-plan",
    HO,
    "lo",
    "Lithium (Priadel) 800 mg at night continues with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth; paediatric review after birth; bottle feeding; perinatal team within a week. This is a draft for "
    "discussion only and is not the plan.",
    "declared not to be the plan",
)
bad(
    "ho-quet-disregard",
    HO,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him: Chloe does night feeds; no bed or sofa sharing; crib on "
    "Chloe's side; HV checks. Please disregard the above, the plan is being rewritten.",
    "the plan disowned by its own author",
)
bad(
    "ho-fo-nobody-agreed",
    HO,
    "fo",
    "Diazepam and pregabalin continue. Foster carer does night feeds; no bed, sofa or armchair sharing; late "
    "withdrawal watched to day 8. Not yet discussed with the foster carer, the mother or the social worker, and "
    "nobody has agreed to it.",
    "the people who must act have not agreed",
)
bad(
    "ho-cit-may-change",
    HO,
    "cit",
    "Citalopram 20 mg continues; midwife watches the baby 48 h; breastfeeding supported; GP mood review at 6 "
    "weeks. All of the above is provisional and should not be acted on.",
    "told not to act on it",
)
ok(
    "ho-meth-agreed-except-date",
    HO,
    "meth",
    "Methadone 60 mg daily continues. The ward scores NAS for 72 hours; breastfeeding encouraged; no co-sleeping; "
    "the HV checks the cot. All of this is agreed with Jodie and the drug service; only the HV visit date is still "
    "to be set.",
    "a later sentence confirming the plan, one date open",
    shy,
)
ok(
    "ho-lo-replaces-draft",
    HO,
    "lo",
    "Lithium (Priadel) 800 mg at night continues with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth; paediatric review after birth; bottle feeding; perinatal team within a week. This replaces the draft "
    "of 22 April, which had no weekly levels.",
    "the later sentence retires an old draft, not this plan",
)
ok(
    "ho-fo-agreed-by-all",
    HO,
    "fo",
    "Diazepam and pregabalin continue. Foster carer does night feeds; no bed, sofa or armchair sharing; no feeding "
    "lying down; late withdrawal watched to day 8 by the HV. Discussed and agreed with the foster carer, the mother "
    "and the social worker on 12 June.",
    "agreement recorded after the plan",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F118CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F118CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F118CASES):3}"
    )
