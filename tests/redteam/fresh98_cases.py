"""A ninety-eighth independent "fresh" batch of red-team cases for the share gate: the adversary, sixteenth
round, in fluent clinical register, with strategies no earlier round used.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Each refusing case is a conclusion that reads like clinical work and decides nothing for this baby; each has a
near-miss twin that differs by the one thing that makes it substantive (must pass):

* ``baby-actor``: the only actor in the plan is the baby ("the baby will settle", "will feed on demand");
* ``compliance``: the plan is conditional on the mother's engagement only ("provided she engages, all will be
  well");
* ``reversal``: a decision taken back later in the same text ("on reflection, this is not decided");
* ``bare-numbers``: numbers with no meaning ("score 8, 72, 5, 10");
* ``abbrev``: a plan of abbreviations that expand to nothing actionable ("NAS obs PRN, SS adv, BF ?");
* ``household``: plans for "the family" or "the household" with no one named;
* ``reported``: the plan only in the mother's reported speech ("she says the midwife will watch the baby");
* ``conditional``: conditional tense throughout ("would be observed, would be advised");
* ``wrong-route``: a plan for a route the medicine is not given by ("the patch will be continued");
* ``statistics``: a figure about this baby framed as certainty, with no plan;
* ``durations``: plans whose durations or times cannot be true ("observation for 72 minutes");
* ``leaflet``: a leaflet's register ("Remember: always put your baby on its back") in place of a conclusion;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh98_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F98CASES: list[Case] = []

CATEGORIES = (
    "baby-actor",
    "compliance",
    "reversal",
    "bare-numbers",
    "abbrev",
    "household",
    "reported",
    "conditional",
    "wrong-route",
    "statistics",
    "durations",
    "leaflet",
    "disguise",
)

BA, CP, RV, BN, AB, HH, RP, CD, WR, ST, DU, LF, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F98CASES.append(Case(f"f98-{name}", category, expect, base, mutate, why))


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
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


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
# baby-actor: the only actor is the baby. Refuse; twins name the professional and what they do.

bad(
    "ba-meth-baby-will-settle",
    BA,
    "meth",
    "Methadone 60 mg daily continues. The baby will settle after birth, will feed on demand and will sleep "
    "in its own cot; the baby will show us if it is withdrawing.",
    "every plan's subject is the baby: no one observes, scores or checks the cot",
    cyr,
)
ok(
    "ba-meth-midwife-scores-baby",
    BA,
    "meth",
    "Methadone 60 mg daily continues. The postnatal ward midwives will score the baby for withdrawal (NAS) "
    "4-hourly for at least 72 hours; breastfeeding is encouraged; the midwife will check at the home visit "
    "that the baby sleeps in its own cot because methadone makes mum drowsy.",
    "twin: the midwives score, encourage feeding and check the cot",
)
bad(
    "ba-dzp-baby-will-adapt",
    BA,
    "dzp",
    "Diazepam and pregabalin continue. The baby will adapt to life outside the womb, will wake for its feeds "
    "and will let the carers know when it is unsettled in the first week.",
    "the baby adapts and lets people know: no safe-sleep rule, no withdrawal plan by anyone",
)
ok(
    "ba-dzp-carer-holds-nights",
    BA,
    "dzp",
    "Diazepam and pregabalin both sedate her, so the foster carer does every night feed and the baby sleeps "
    "in its own Moses basket, never in mum's bed or on the sofa. The HV will look for late withdrawal "
    "(jittery, poor feeding) until day 8 and the GP will start the diazepam reduction next month.",
    "twin: the carer, HV and GP each act",
    zwsp,
)
bad(
    "ba-quet-baby-sleeps-through",
    BA,
    "quet",
    "Father on quetiapine 300 mg at night. The baby sleeps through from 11 pm and will wake mum, not dad, "
    "when hungry, so there is nothing for him to do.",
    "the baby's sleep pattern stands in for a safe-sleep plan; co-sleeping with the sedated father unaddressed",
)
ok(
    "ba-quet-mum-does-nights",
    BA,
    "quet",
    "Dad's quetiapine at 10 pm leaves him too drowsy to handle the baby overnight: mum does all night feeds, "
    "dad never shares a bed or sofa with the baby after his dose, and the HV will recheck the crib at 6 weeks.",
    "twin: the mother, father and HV each have a part",
)
bad(
    "ba-lith-baby-will-bottle-feed",
    BA,
    "lith",
    "Lithium continues. The baby will bottle feed, will be weighed and will be fine.",
    "passive baby plan; no levels, no paediatric review, 'will be fine' is no decision",
)
ok(
    "ba-lith-paeds-review",
    BA,
    "lith",
    "Lithium continues at 800 mg nightly: levels monthly, weekly from 36/40 and within 24 h of delivery by the "
    "obstetric team. The paediatrician reviews the baby before discharge (tone, feeding, thyroid); formula "
    "feeding because lithium passes into breast milk.",
    "twin: obstetric team and paediatrician act",
)
bad(
    "ba-cit-baby-will-cope",
    BA,
    "cit",
    "Citalopram continues. The baby will cope with the change at birth and will breastfeed when it is ready.",
    "the baby copes; no one watches for poor neonatal adaptation",
    greek,
)
ok(
    "ba-cit-midwife-48h",
    BA,
    "cit",
    "Citalopram 20 mg continues. The midwife will watch the baby for poor neonatal adaptation (jitteriness, "
    "tachypnoea, feeding difficulty) for 48 h after birth; breastfeeding is fine on citalopram.",
    "twin: the midwife watches for 48 hours",
)

# ============================================================================================================
# compliance: the plan rests on the mother's engagement and nothing else. Refuse; twins say what happens.

bad(
    "cp-meth-provided-she-engages",
    CP,
    "meth",
    "Provided she engages with the drug service and takes her methadone as prescribed, all will be well for "
    "the baby and for feeding and sleep.",
    "a promise on a condition of compliance; no observation, no safe-sleep plan",
)
ok(
    "cp-meth-engages-and-plan",
    CP,
    "meth",
    "She engages well with the drug service, so methadone 60 mg daily continues unchanged. The baby stays on "
    "the postnatal ward for 72 hours of NAS scoring; breastfeeding is supported; no co-sleeping because of "
    "the sedation after each dose, and the HV will see the cot on the first visit.",
    "twin: engagement is a reason; the plan follows",
)
bad(
    "cp-mo-as-long-as-compliant",
    CP,
    "mo",
    "As long as she stays compliant with methadone and sertraline and attends her appointments, the outcome "
    "for her and the baby should be good.",
    "compliance as the whole plan; no withdrawal or sleep decision",
    shy,
)
ok(
    "cp-mo-compliant-with-plan",
    CP,
    "mo",
    "Methadone and sertraline continue unchanged; she has attended every appointment. NAS observation for "
    "72 hours on the postnatal ward; breastfeeding supported; no co-sleeping because of methadone sedation, "
    "with the social worker and HV checking the sleeping arrangements before discharge.",
    "twin: attendance noted, decisions made",
)
bad(
    "cp-valp-if-she-keeps-taking",
    CP,
    "valp",
    "If she keeps taking her valproate and her folic acid and keeps her appointments, there should be no "
    "problem for the pregnancy.",
    "false reassurance on a condition; nothing about first-trimester exposure or referrals",
)
ok(
    "cp-valp-keeps-taking-referred",
    CP,
    "valp",
    "She must keep taking valproate until neurology advises (sudden stopping risks seizures); folic acid "
    "5 mg daily started. The baby was exposed in the first trimester: urgent neurology referral and a "
    "fetal medicine scan at the antenatal clinic were requested today.",
    "twin: the instruction plus referrals",
)
bad(
    "cp-lo-if-she-engages-with-pnmh",
    CP,
    "lo",
    "If she engages with perinatal mental health and takes the lithium, mother and baby will both do well.",
    "engagement as the plan; no levels, feeding or baby review",
)
ok(
    "cp-lo-engages-pnmh-plan",
    CP,
    "lo",
    "Lithium (Priadel) 800 mg nocte continues; she is engaged with perinatal mental health, who will see her "
    "within a week of birth. Levels monthly, weekly from 36/40 and within 24 h of birth; paediatric review "
    "of the baby; bottle feeding as breastfeeding is not advised on lithium.",
    "twin: engagement plus a plan",
    bidi,
)
bad(
    "cp-quet-so-long-as-he-takes",
    CP,
    "quet",
    "So long as he takes his quetiapine at the right time and is sensible, the baby will be safe at home.",
    "'sensible' and timing as the plan; co-sleeping and night care unaddressed",
)

# ============================================================================================================
# reversal: a decision taken back later in the same text. Refuse; twins reconsider and confirm.

bad(
    "rv-meth-on-reflection-not-decided",
    RV,
    "meth",
    "Continue methadone 60 mg daily; the baby to have NAS scoring for 72 hours, breastfeeding supported and "
    "no co-sleeping. On reflection, none of this is decided yet.",
    "every decision withdrawn by the last sentence",
    cyr,
)
ok(
    "rv-meth-on-reflection-confirmed",
    RV,
    "meth",
    "Continue methadone 60 mg daily; the baby to have NAS scoring for 72 hours, breastfeeding supported and "
    "no co-sleeping. On reflection, with the drug service, this plan stands.",
    "twin: reflection confirms the plan",
)
bad(
    "rv-lith-scrap-that",
    RV,
    "lith",
    "Lithium to continue with levels weekly from 36 weeks and a paediatric review of the baby; bottle "
    "feeding. Scrap that: the plan is still open and will be redrafted.",
    "'scrap that' takes the plan back",
)
ok(
    "rv-lith-amended-level-timing",
    RV,
    "lith",
    "Lithium to continue with levels monthly, now weekly from 34 rather than 36 weeks after her last level "
    "of 0.9; levels within 24 h of birth; paediatric review of the baby; bottle feeding as lithium passes "
    "into milk.",
    "twin: a change, not a retraction",
)
bad(
    "rv-valp-continue-then-withdrawn",
    RV,
    "valp",
    "Valproate continues until neurology review, urgent referrals sent and folic acid 5 mg started. Please "
    "disregard the above; the plan has been withdrawn.",
    "the author withdraws the whole conclusion",
    fw,
)
ok(
    "rv-valp-continue-not-stopped",
    RV,
    "valp",
    "Valproate continues until the neurologist reviews it; I considered stopping it but sudden withdrawal "
    "risks seizures. Urgent neurology and fetal medicine referrals sent today; folic acid 5 mg started.",
    "twin: the rejected option is named, the decision stands",
)
bad(
    "rv-quet-no-cosleep-then-maybe",
    RV,
    "quet",
    "Dad must not share a bed or sofa with the baby after his quetiapine. Having said that, co-sleeping may be "
    "fine if he feels alert, so it is up to them.",
    "the safe-sleep rule is taken back and handed to the parents",
)
ok(
    "rv-quet-no-cosleep-even-if-alert",
    RV,
    "quet",
    "Dad must not share a bed or sofa with the baby after his quetiapine, even if he feels alert, because the "
    "sedation peaks overnight; mum does the night feeds and the HV rechecks this at each visit.",
    "twin: the rule is reinforced, not taken back",
)
bad(
    "rv-dzp-reduction-cancelled",
    RV,
    "dzp",
    "Diazepam and pregabalin continue, no co-sleeping, carer awake for nights, withdrawal watched to day 8. "
    "Ignore this entry; the conclusion will be rewritten after the meeting.",
    "'ignore this entry' retracts it",
)
ok(
    "rv-dzp-reduction-deferred-reason",
    RV,
    "dzp",
    "Diazepam and pregabalin continue unchanged; the diazepam reduction moves from week 2 to week 4 so it "
    "does not clash with the move to the placement. No co-sleeping; the foster carer does night feeds; the "
    "HV watches for late withdrawal to day 8.",
    "twin: a reason-given change of timing",
)

# ============================================================================================================
# bare-numbers: numbers with no meaning. Refuse; twins give what the numbers measure.

bad(
    "bn-meth-score-numbers",
    BN,
    "meth",
    "Methadone: 60, 72, 8, 5, 10, 4. Breastfeeding: 1. Co-sleeping: 0.",
    "numbers with no unit or meaning",
)
ok(
    "bn-meth-score-with-meaning",
    BN,
    "meth",
    "Methadone 60 mg daily continues. Baby: NAS scoring 4-hourly for at least 72 h; treat if two scores of 8 "
    "or more. Breastfeeding supported. No co-sleeping: sedation after each dose; HV checks the cot at the "
    "10-day visit.",
    "twin: each number measures something",
    zwsp,
)
bad(
    "bn-lith-levels-list",
    BN,
    "lith",
    "Lithium 0.4, 0.6, 0.8, 1.0; 36; 24; 2.",
    "figures for which nothing is stated",
)
ok(
    "bn-lith-levels-explained",
    BN,
    "lith",
    "Lithium levels 0.6-0.8 mmol/L so far; continue 800 mg, levels weekly from 36/40 and within 24 h of "
    "birth. Paediatric review of the baby day 1; formula feeding because lithium enters breast milk.",
    "twin: levels with units and a plan",
)
bad(
    "bn-cit-numbers-only",
    BN,
    "cit",
    "Citalopram 20. Obs 48. BF yes. 6.",
    "fragments of numbers; '6' and '48' mean nothing on their own",
    fw,
)
ok(
    "bn-cit-numbers-meaningful",
    BN,
    "cit",
    "Citalopram 20 mg continues. Midwife obs of the baby for 48 h for adaptation signs; breastfeeding "
    "supported; GP mood review at 6 weeks postnatally.",
    "twin: the same numbers, with what they measure",
)
bad(
    "bn-quet-times-only",
    BN,
    "quet",
    "Quetiapine 300: 22:00, 02:00, 06:00. Crib 1, bed 0.",
    "times and tallies; no one does anything",
)
ok(
    "bn-quet-times-meaning",
    BN,
    "quet",
    "Dad takes quetiapine at 22:00 and is too sedated to wake for the 02:00 and 06:00 feeds, so mum does "
    "both; the baby sleeps in the crib and never in the parents' bed after his dose. HV to recheck at 6 weeks.",
    "twin: times explain a plan",
)
bad(
    "bn-dzp-scores-and-days",
    BN,
    "dzp",
    "Diazepam and pregabalin: 5, 75, 8, 3, 2.",
    "doses and days in a row with no statement",
    greek,
)

# ============================================================================================================
# abbrev: a plan made of abbreviations that expand to nothing actionable. Refuse; twins are actionable.

bad(
    "ab-meth-obs-prn-tbc",
    AB,
    "meth",
    "Methadone: NAS obs PRN, SS adv, BF ?, HV f/u tbc.",
    "observation when needed, feeding a question mark, follow-up to be confirmed",
    cyr,
)
ok(
    "ab-meth-obs-actionable",
    AB,
    "meth",
    "Methadone 60 mg od contd. NAS obs 4-hrly x 72h on PNW, paeds if FNS >=8 x2. SS adv given: own cot, no "
    "co-sleeping (sedation). BF encouraged. HV to see cot at 10/7.",
    "twin: shorthand with times, thresholds and actors",
)
bad(
    "ab-lith-levels-prn",
    AB,
    "lith",
    "Li: levels PRN, paeds ?, BF ?, PNMH f/u tbc.",
    "every item is open or as needed",
)
ok(
    "ab-lith-actionable",
    AB,
    "lith",
    "Li (Priadel) contd. Levels monthly, weekly from 36/40 & within 24h of delivery. Paeds r/v of baby d1. "
    "Not BF (Li in milk): bottle feeding. PNMH r/v within 1/52 of birth.",
    "twin: all items concrete",
    shy,
)
bad(
    "ab-dzp-obs-na",
    AB,
    "dzp",
    "Diazepam + pregabalin: SS ?, NAS ?, FC aware, SW aware, HV aware.",
    "question marks and 'aware'; nothing decided",
)
ok(
    "ab-dzp-actionable",
    AB,
    "dzp",
    "Diazepam + pregabalin contd; sedating. SS: no bed/sofa sharing, FC does night feeds. Late w/d watch to "
    "d8 by HV (jittery, poor feeds -> GP same day). Diazepam taper from wk 4, GP to supervise.",
    "twin: each abbreviation carries a plan",
)
bad(
    "ab-quet-ss-tbc",
    AB,
    "quet",
    "Quetiapine (dad): SS adv tbc, HV f/u PRN, NFA.",
    "'no further action' and tbc about a sedated father",
    bidi,
)
ok(
    "ab-quet-actionable",
    AB,
    "quet",
    "Quetiapine (dad) 300 mg nocte: sedated overnight. No co-sleeping with dad, no night feeds by him; mum "
    "does nights, baby in own crib. HV f/u at 6/52 to recheck.",
    "twin: actionable shorthand",
)
bad(
    "ab-cit-nad-nfa",
    AB,
    "cit",
    "Citalopram: PNA ?, BF ?, MW aware, GP f/u PRN.",
    "neonatal adaptation a question mark, follow-up when needed",
)

# ============================================================================================================
# household: plans for "the family" or "the household" with no one named. Refuse; twins name who.

bad(
    "hh-meth-family-will-manage",
    HH,
    "meth",
    "Methadone continues. The family will manage the baby's sleep and feeding and the household will keep an "
    "eye out for any withdrawal.",
    "the family and household are no accountable professional or named person",
)
ok(
    "hh-meth-named-grandmother-and-midwife",
    HH,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby for withdrawal for 72 hours; "
    "breastfeeding supported. Her mother, Mrs Hale, will do night feeds when she is drowsy after her dose, the "
    "baby sleeps in its own cot, and the HV checks this at the first visit.",
    "twin: named grandmother and professionals",
)
bad(
    "hh-dzp-household-aware",
    HH,
    "dzp",
    "Diazepam and pregabalin continue. The household is aware of the risks of sedation and withdrawal and "
    "will do what is needed at night.",
    "'what is needed' by an unnamed household",
    cyr,
)
ok(
    "hh-dzp-foster-carer-named",
    HH,
    "dzp",
    "Diazepam and pregabalin continue; both sedate. In the placement the foster carer, Ms Dunn, does all "
    "night feeds and the baby sleeps in its own cot; no sofa or bed sharing with mum. HV watches for late "
    "withdrawal to day 8.",
    "twin: the foster carer named and the HV acting",
)
bad(
    "hh-quet-everyone-at-home",
    HH,
    "quet",
    "Dad's quetiapine is known to everyone at home, and the household will make sure the baby is safe at night.",
    "everyone at home; no one named, no rule given",
)
ok(
    "hh-quet-mum-named",
    HH,
    "quet",
    "Dad's quetiapine makes him drowsy overnight: mum does the night feeds, the baby sleeps in its crib and "
    "never in a bed or on the sofa with dad after his dose; HV to recheck at the 6-week contact.",
    "twin: mum and HV named",
    zwsp,
)
bad(
    "hh-po-family-to-follow",
    HH,
    "po",
    "Mum's paracetamol and dad's quetiapine are noted; the family will follow safe-sleep advice as a unit.",
    "the family as a unit; no rule about the sedated father",
)
ok(
    "hh-po-roles-named",
    HH,
    "po",
    "Mum's paracetamol raises no concern. Dad's quetiapine sedates him at night: no co-sleeping with him on a "
    "bed, sofa or armchair and no night feeds by him; mum does nights. The HV has seen the crib and will keep "
    "checking.",
    "twin: each parent's role",
)

# ============================================================================================================
# reported: the plan exists only in the mother's reported speech. Refuse; twins own the plan.

bad(
    "rp-meth-she-says-midwife-will-watch",
    RP,
    "meth",
    "She says the midwife will watch the baby for withdrawal, that she has been told she can breastfeed, and "
    "that she knows about safe sleep and methadone.",
    "the plan is what the mother says she was told",
)
ok(
    "rp-meth-she-says-and-confirmed",
    RP,
    "meth",
    "Methadone 60 mg daily continues. I have confirmed with the community midwife that the baby will have 72 "
    "hours of NAS scoring on the ward; breastfeeding is supported; she must not co-sleep because of "
    "sedation, and the midwife will check the cot before discharge.",
    "twin: the GP confirms and owns the plan",
)
bad(
    "rp-lith-she-reports-psychiatrist-plan",
    RP,
    "lith",
    "She reports that her psychiatrist is happy for the lithium to continue and says the hospital will sort "
    "out the levels and the baby.",
    "hearsay from the mother; no levels, feeding or review stated",
    greek,
)
ok(
    "rp-lith-psychiatrist-letter-confirmed",
    RP,
    "lith",
    "Lithium continues, agreed with her psychiatrist today by phone. Levels monthly, weekly from 36/40 and "
    "within 24 h of birth; the paediatrician reviews the baby after birth; bottle feeding as lithium passes "
    "into milk.",
    "twin: agreed by the clinician, plan stated",
)
bad(
    "rp-quet-partner-says-fine",
    RP,
    "quet",
    "The father told me his quetiapine does not make him sleepy and he says he will be careful with the baby at night.",
    "the sedated father's own reassurance stands in for a plan",
)
ok(
    "rp-quet-partner-says-but-plan",
    RP,
    "quet",
    "The father says quetiapine does not make him sleepy, but at 300 mg nocte it does sedate: he must not "
    "share a bed or sofa with the baby or do night feeds after his dose; mum does nights and the HV will check.",
    "twin: the clinician decides despite what he says",
)
bad(
    "rp-valp-she-heard",
    RP,
    "valp",
    "She has heard from a friend that valproate is risky and says the neurologist will tell her what to do "
    "about the pregnancy.",
    "hearsay and a handed-on decision",
)
ok(
    "rp-valp-she-heard-decided",
    RP,
    "valp",
    "She had heard valproate is risky; I explained that it must continue until the urgent neurology review "
    "as stopping risks seizures. The baby was exposed in the first trimester: fetal medicine scan requested; "
    "folic acid 5 mg started today.",
    "twin: the GP explains and decides",
    fw,
)

# ============================================================================================================
# conditional: conditional tense throughout. Refuse; twins use the future of a decision.

bad(
    "cd-meth-would-be-observed",
    CD,
    "meth",
    "Methadone would be continued, the baby would be observed for withdrawal, breastfeeding would be "
    "advised and co-sleeping would be discouraged.",
    "every verb is conditional: nothing is decided",
    shy,
)
ok(
    "cd-meth-will-be-observed",
    CD,
    "meth",
    "Methadone 60 mg daily will be continued, the baby will be observed for withdrawal for 72 hours on the "
    "ward, breastfeeding is advised and co-sleeping is not safe because of sedation; the HV will check the cot.",
    "twin: the same sentence in the future of a decision",
)
bad(
    "cd-lith-would-ideally",
    CD,
    "lith",
    "Ideally lithium would continue, levels would be checked more often near term, the baby would be "
    "reviewed and she would probably bottle feed.",
    "'would ideally' throughout",
)
ok(
    "cd-lith-will",
    CD,
    "lith",
    "Lithium continues. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the paediatrician "
    "will review the baby on day 1; she will bottle feed because lithium passes into milk.",
    "twin: decided",
)
bad(
    "cd-dzp-could-be",
    CD,
    "dzp",
    "Diazepam and pregabalin could be continued, the carer could do the night feeds and withdrawal could be "
    "looked for by the health visitor.",
    "'could' throughout",
    cyr,
)
ok(
    "cd-dzp-will",
    CD,
    "dzp",
    "Diazepam and pregabalin continue. The foster carer does the night feeds; no bed or sofa sharing with "
    "mum; the health visitor looks for late withdrawal at each visit until day 8.",
    "twin: decided",
)
bad(
    "cd-quet-might",
    CD,
    "quet",
    "It might be sensible for dad not to co-sleep after his quetiapine and mum might do the night feeds.",
    "'might be sensible' is no rule",
)
ok(
    "cd-quet-must",
    CD,
    "quet",
    "Dad must not co-sleep after his quetiapine and mum does the night feeds; the baby sleeps in its own crib "
    "and the HV checks this at every contact.",
    "twin: 'must' and 'does'",
)
bad(
    "cd-co-would-continue",
    CD,
    "co",
    "Citalopram would continue through pregnancy; the midwife would watch the baby and breastfeeding would "
    "be supported.",
    "conditional overall",
)

# ============================================================================================================
# wrong-route: a plan for a route the medicine is not given by. Refuse; twins name the right form.

bad(
    "wr-meth-patch-continued",
    WR,
    "meth",
    "The methadone patch will be continued and changed every 72 hours; the baby is observed for withdrawal "
    "for 72 hours; breastfeeding supported; no co-sleeping.",
    "methadone here is an oral solution; a patch plan is for a different product",
)
ok(
    "wr-meth-oral-solution-continued",
    WR,
    "meth",
    "Methadone oral solution 60 mg daily, supervised, continues; the baby is observed for withdrawal for 72 "
    "hours; breastfeeding supported; no co-sleeping because of sedation, cot checked by the HV.",
    "twin: the listed oral solution",
)
bad(
    "wr-lith-injection",
    WR,
    "lith",
    "Lithium depot injection to continue monthly; levels weekly from 36 weeks; paediatric review; bottle feeding.",
    "lithium has no depot injection; the plan is for something she does not take",
    zwsp,
)
ok(
    "wr-lith-mr-tablets",
    WR,
    "lith",
    "Lithium (Priadel) MR tablets continue at night; levels weekly from 36 weeks and within 24 h of birth; "
    "paediatric review of the baby; bottle feeding.",
    "twin: the right form",
)
bad(
    "wr-cit-inhaler",
    WR,
    "cit",
    "Citalopram inhaler two puffs daily continues; the midwife watches the baby for 48 hours; breastfeeding supported.",
    "citalopram is a tablet; an inhaler plan is impossible",
)
ok(
    "wr-cit-tablets",
    WR,
    "cit",
    "Citalopram 20 mg tablets, one daily, continue; the midwife watches the baby for 48 hours; breastfeeding "
    "supported.",
    "twin: the right form",
)
bad(
    "wr-quet-patch",
    WR,
    "quet",
    "Dad's quetiapine patch is removed at night so he is alert for the baby; he may share a bed with the baby.",
    "a patch that does not exist is the reason co-sleeping is allowed",
)
ok(
    "wr-quet-tablet-at-night",
    WR,
    "quet",
    "Dad's quetiapine tablet at 10 pm sedates him overnight: he may not share a bed or sofa with the baby and "
    "does no night feeds; mum does nights; HV to recheck.",
    "twin: the tablet and the right rule",
    greek,
)

# ============================================================================================================
# statistics: a figure about this baby framed as certainty, with no plan. Refuse; twins act on it.

bad(
    "st-meth-60-percent-nas",
    ST,
    "meth",
    "Methadone 60 mg: this baby has a 60% chance of NAS, a 20% chance of needing morphine and a 5% chance of "
    "SCBU admission.",
    "figures of risk for this baby; no observation, feeding or sleep decision",
    bidi,
)
ok(
    "st-meth-60-percent-plan",
    ST,
    "meth",
    "Methadone 60 mg daily continues. This baby has about a 60% chance of NAS, so the ward will score it "
    "4-hourly for at least 72 h and paeds will treat if scores stay high; breastfeeding reduces severity and is "
    "encouraged; no co-sleeping, HV to check the cot.",
    "twin: the figure drives the plan",
)
bad(
    "st-valp-10-percent",
    ST,
    "valp",
    "Valproate in the first trimester: this baby carries an 11% risk of a major malformation and a 40% risk of "
    "neurodevelopmental problems.",
    "the risks for this baby and no action",
)
ok(
    "st-valp-10-percent-plan",
    ST,
    "valp",
    "Valproate in the first trimester gives this baby about an 11% risk of a major malformation: valproate "
    "continues until urgent neurology review (stopping risks seizures), a detailed fetal anomaly scan is "
    "booked via fetal medicine and folic acid 5 mg started today.",
    "twin: the figure drives referral",
)
bad(
    "st-cit-30-percent-pna",
    ST,
    "cit",
    "Citalopram: this baby will have a 30% chance of poor neonatal adaptation and a 1 in 500 chance of PPHN.",
    "figures with no plan",
)
ok(
    "st-cit-30-percent-plan",
    ST,
    "cit",
    "Citalopram continues. With about a 30% chance of poor neonatal adaptation, the midwife will watch the "
    "baby for jitteriness and feeding problems for 48 h; breastfeeding supported.",
    "twin: watch for 48 h",
)
bad(
    "st-lith-certain-odds",
    ST,
    "lith",
    "Lithium: this baby's chance of Ebstein's anomaly is 1 in 1000 and of neonatal toxicity 1 in 4; her "
    "relapse risk is 50%.",
    "risk figures only",
    cyr,
)
ok(
    "st-lith-odds-plan",
    ST,
    "lith",
    "Lithium continues: her 50% relapse risk outweighs the baby's. Fetal echo at 20 weeks; levels weekly from "
    "36 weeks and within 24 h of birth; paediatric review for neonatal toxicity; bottle feeding.",
    "twin: figures and decisions",
)

# ============================================================================================================
# durations: plans whose durations or times cannot be true. Refuse; twins have plausible ones.

bad(
    "du-meth-72-minutes",
    DU,
    "meth",
    "Methadone 60 mg daily continues. NAS observation of the baby for 72 minutes after birth; breastfeeding "
    "supported; no co-sleeping.",
    "72 minutes of observation cannot cover methadone withdrawal",
    shy,
)
ok(
    "du-meth-72-hours",
    DU,
    "meth",
    "Methadone 60 mg daily continues. NAS observation of the baby for 72 hours after birth; breastfeeding "
    "supported; no co-sleeping, cot checked by the HV.",
    "twin: 72 hours",
)
bad(
    "du-cit-day-40-antenatal",
    DU,
    "cit",
    "Citalopram continues; the midwife watches the baby for adaptation on day 40 of life; breastfeeding supported.",
    "adaptation signs are in the first 48 hours; a watch on day 40 misses them",
)
ok(
    "du-cit-first-48-hours",
    DU,
    "cit",
    "Citalopram continues; the midwife watches the baby for adaptation in the first 48 hours of life; "
    "breastfeeding supported.",
    "twin: the right window",
)
bad(
    "du-lith-levels-weekly-from-56-weeks",
    DU,
    "lith",
    "Lithium continues; levels weekly from 56 weeks and within 24 days of birth; paediatric review; bottle feeding.",
    "56 weeks of pregnancy does not exist; 24 days after birth is too late for a delivery level",
    fw,
)
ok(
    "du-lith-levels-weekly-from-36",
    DU,
    "lith",
    "Lithium continues; levels weekly from 36/40 and within 24 hours of birth; paediatric review of the baby; "
    "bottle feeding.",
    "twin: possible times",
)
bad(
    "du-dzp-late-withdrawal-day-80",
    DU,
    "dzp",
    "Diazepam and pregabalin continue; no co-sleeping, carer does nights; late withdrawal watched for until "
    "day 80 by the HV, first check at 3 months.",
    "the first check after the window it should cover",
)
ok(
    "du-dzp-late-withdrawal-day-8",
    DU,
    "dzp",
    "Diazepam and pregabalin continue; no co-sleeping, carer does nights; late withdrawal watched for until "
    "day 8 by the HV, first check on day 3.",
    "twin: day 8 and day 3",
)
bad(
    "du-meth-scoring-for-72-years",
    DU,
    "meth",
    "Methadone continues; the baby is NAS scored 4-hourly for 72 years; breastfeeding supported; no co-sleeping.",
    "an impossible duration",
)

# ============================================================================================================
# leaflet: a leaflet's register in place of a conclusion. Refuse; twins apply it to this baby.

bad(
    "lf-meth-remember-back",
    LF,
    "meth",
    "Remember: always put your baby on its back to sleep. Breast is best! Never smoke around your baby. Keep "
    "medicines out of reach of children.",
    "generic leaflet advice; methadone's withdrawal and sedation not addressed",
)
ok(
    "lf-meth-back-to-sleep-applied",
    LF,
    "meth",
    "Methadone 60 mg daily continues. Because methadone makes her drowsy, the baby sleeps on its back in its "
    "own cot and never in her bed; the HV checks this at the first visit. Breastfeeding encouraged; the ward "
    "scores the baby for withdrawal for 72 hours.",
    "twin: leaflet advice applied to this mother and baby",
)
bad(
    "lf-quet-top-tips",
    LF,
    "quet",
    "Top tips for dads: feet to foot, keep baby smoke-free, room-share for six months, and ask your health "
    "visitor if you are worried!",
    "a leaflet for any father; quetiapine sedation unaddressed",
    cyr,
)
ok(
    "lf-quet-room-share-applied",
    LF,
    "quet",
    "Because of his night-time quetiapine, dad must never bed- or sofa-share with the baby; the baby "
    "room-shares in its own crib, feet to foot, and mum does all night feeds. The HV will recheck.",
    "twin: applied to this father",
)
bad(
    "lf-lith-did-you-know",
    LF,
    "lith",
    "Did you know? Lithium is a mood stabiliser. Talk to your midwife about feeding your baby. Keep your appointments!",
    "leaflet questions and exhortations",
)
ok(
    "lf-lith-applied",
    LF,
    "lith",
    "Lithium continues: her relapse risk after birth is high. Levels weekly from 36 weeks; the paediatrician "
    "reviews the baby after birth; she will bottle feed, as lithium passes into milk.",
    "twin: applied",
)
bad(
    "lf-dzp-safety-first",
    LF,
    "dzp",
    "Safety first! Never fall asleep with your baby on a sofa or armchair. If you feel drowsy, put baby "
    "down. Help is always available.",
    "generic advice; diazepam/pregabalin, withdrawal and the carer's role unaddressed",
    zwsp,
)
ok(
    "lf-dzp-applied",
    LF,
    "dzp",
    "Diazepam and pregabalin make her drowsy, so she must never hold the baby on a sofa or armchair when "
    "sleepy; the foster carer does night feeds; HV watches for late withdrawal until day 8.",
    "twin: applied",
)
bad(
    "lf-cit-leaflet-ssri",
    LF,
    "cit",
    "Important information: citalopram may affect your baby. Tell your midwife if you notice anything "
    "unusual. Do not stop taking your medicine without talking to your doctor.",
    "patient-leaflet text addressed to 'you'; no clinical conclusion",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F98CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F98CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F98CASES):3}"
    )
