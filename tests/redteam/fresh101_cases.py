"""A hundred-and-first independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-fourth round, against the readings that landed in the last day (CHANGELOG.md, Unreleased, "Fixed").

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most cases are good, complete clinical work that legitimately uses the shapes the new readings refuse;
each category also has a near miss that must still be refused:

* ``weighed``: risks weighed and decided, against risks weighed with no outcome;
* ``negatives``: "not without risk" once, against negatives stacked on a frame of truth;
* ``class-plans``: a class's own plan words (supervised consumption, levels, pregnancy prevention), against
  another class's plan given to a medicine of no such class;
* ``questions``: questions with their answers (Q&A, FAQ), against open questions;
* ``thresholds``: a threshold that triggers an act, against one whose only consequence is a note;
* ``deferral``: one deferral to a service that itself decides, against two services deferring to each other;
* ``opinions``: adopted opinions ("we agree with the drug service"), against opinions only reported;
* ``hedges``: plain negatives ("she does not need to stop"), against hedged ones ("may not need to");
* ``future-perfect``: "by then she will have finished the course" beside a plan, against assumption;
* ``rates``: this baby's figures beside a plan, against figures alone;
* ``retractions``: "on reflection, we now advise X", against "on reflection, none of this is decided";
* ``would``: "would advise", "would not be safe, so he will not", against a bare "would";
* ``watching``: a watcher and a length, against watching told only by its manner;
* ``nights``: a sedated parent who does NOT do nights, against one given the nights;
* ``stops``: a stop told as done with the stop date on the list, against a current medicine;
* ``no-watch``: "no SCBU" beside the ward's scoring, against "needs no watching" where the item plans it;
* ``stage``: postnatal records reporting antenatal events in the past, against planning the ended pregnancy;
* ``times``: a 72-hour watch, a day-5 check, 41+3 weeks, against minutes, day 24, 43 weeks;
* ``sake``: "for the baby's sake" beside the baby's care, against it as the only care of the baby;
* ``brands``: brand names spelt right, against multi-word brands misspelt;
* ``routes``: unusual but real routes, against routes the product's form cannot take (MA131);
* ``malformation``: a malformation-risk level beside a plan, against the level as the only answer;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named are real; no clinical code is invented (an added medicine carries no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh101_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
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
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F101CASES: list[Case] = []

CATEGORIES = (
    "weighed",
    "negatives",
    "class-plans",
    "questions",
    "thresholds",
    "deferral",
    "opinions",
    "hedges",
    "future-perfect",
    "rates",
    "retractions",
    "would",
    "watching",
    "nights",
    "stops",
    "no-watch",
    "stage",
    "times",
    "sake",
    "brands",
    "routes",
    "malformation",
    "disguise",
)

WG, NG, CL, QA, TH, DF, OP, HN, FP, RT, RX, WD, WA, NT, SP, NW, ST, TM, SK, BR, RO, MF, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F101CASES.append(Case(f"f101-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "meth-nwp": (M, _at("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "cit-nwp": (C, _at("assessments#asm-citalopram.impact_on_baby.neonatal_withdrawal_plan")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "dzp-nwp": (F, _at("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan")),
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


def both(where: str, text: str, where2: str, text2: str) -> Mutation:
    return chain(SETTERS[where][1](text), SETTERS[where2][1](text2))


# ============================================================================================================
# weighed: risks weighed AND decided pass; weighed with no outcome is refused.

ok(
    "wg-sert-weighed-on-balance-continues",
    WG,
    "sert",
    "We weighed her relapse risk (two episodes off treatment) against the small PPHN and adaptation risks to "
    "the baby; on balance sertraline 100 mg daily continues. The midwife watches the baby for adaptation signs "
    "for 48 hours after birth, the paediatric team is told before delivery, and breastfeeding is fine on it.",
    "weighing with its outcome ('on balance ... continues') and the baby's care",
    cyr,
)
bad(
    "wg-sert-weighed-finely-poised",
    WG,
    "sert",
    "Sertraline 100 mg: her relapse risk and the baby's risks (PPHN about 3 in 1,000, adaptation symptoms, "
    "exposure through breast milk) have been carefully weighed against each other, and the balance is finely "
    "poised either way.",
    "the weighing is the whole conclusion; nothing is chosen for the mother or the baby",
)
ok(
    "wg-lith-two-paths-then-chosen",
    WG,
    "lith",
    "Staying on lithium keeps her relapse risk low; switching to an antipsychotic would lower the baby's "
    "exposure but risks postpartum psychosis. We have chosen to continue lithium 800 mg at night: levels "
    "monthly, weekly from 36/40 and within 24 h of birth; paediatric review of the baby after birth; bottle "
    "feeding, as lithium passes into breast milk.",
    "two paths told by what each brings, then the choice and the plan",
)
bad(
    "wg-lith-two-paths-left-open",
    WG,
    "lith",
    "Staying on lithium keeps her relapse risk low but means levels, a paediatric review of the baby and "
    "bottle feeding; switching to an antipsychotic lowers the baby's exposure but risks postpartum psychosis. "
    "Both paths remain open to her.",
    "two options told by what they would bring; no choice, no plan",
)
ok(
    "wg-dzp-judgement-call-made",
    WG,
    "dzp",
    "A judgement call, and we have made it: diazepam 5 mg tds and pregabalin 150 mg bd continue for now, as a "
    "sudden stop risks seizures. Both sedate her, so the foster carer does every night feed and the baby sleeps "
    "in its own cot, never on a bed or sofa with mum. Bottle fed. HV and carer watch for late withdrawal to day "
    "8; GP starts the diazepam taper at the 6-week review.",
    "'judgement call' followed by the call itself",
)

# ============================================================================================================
# negatives: "not without risk" once passes; negations stacked on a truth frame are refused.

ok(
    "ng-cit-not-without-risk-once",
    NG,
    "cit",
    "Citalopram 20 mg is not without risk to the baby (a small chance of PPHN and of adaptation symptoms), but "
    "relapse off it is the greater danger, so she continues. The midwife watches the baby for jitteriness, poor "
    "feeding and fast breathing for 48 hours; breastfeeding is supported; GP reviews her mood at 6/52.",
    "one ordinary litotes beside a decision and a plan",
    greek,
)
bad(
    "ng-cit-stacked-negatives",
    NG,
    "cit",
    "It is not untrue that citalopram is not without risks that cannot be said not to matter, and it cannot be "
    "said that the baby would not be unaffected by her not continuing it.",
    "negations stacked on a frame of truth; no decision can be read out of it",
)
ok(
    "ng-meth-not-unusual-decided",
    NG,
    "meth",
    "It is not unusual for babies exposed to methadone to need treatment, so the ward midwives score this baby "
    "for NAS 4-hourly for at least 72 h and call the paediatrician at two scores of 8 or more. Methadone 60 mg "
    "daily continues; breastfeeding encouraged; drowsy after her dose, so no bed or sofa sharing, cot seen at "
    "the first home visit.",
    "'not unusual' once, then the ward's plan",
)
bad(
    "ng-meth-cannot-say-not",
    NG,
    "meth",
    "Methadone 60 mg: it cannot be said that withdrawal in the baby will not occur, nor that co-sleeping would "
    "not be unsafe, nor that breastfeeding is not inadvisable.",
    "three stacked negatives on 'it cannot be said'; nothing decided",
)

# ============================================================================================================
# class-plans: a class's own plan words pass; another class's plan given to a medicine of no such class refuses.

ok(
    "cl-mo-supervised-takehome-methadone",
    CL,
    "mo",
    "Methadone 60 mg continues with supervised consumption and no take-home doses until after the birth; "
    "sertraline 100 mg continues. Ward NAS scoring for 72 hours, midwife watches for sertraline adaptation "
    "signs, breastfeeding supported, no co-sleeping after her methadone; the social worker and HV see the "
    "sleeping arrangements before discharge.",
    "supervised consumption and take-home doses are methadone's own plan",
)
bad(
    "cl-sert-takehome-and-thyroid",
    CL,
    "sert",
    "Sertraline 100 mg: supervised consumption at the chemist with take-home doses at weekends, and thyroid "
    "function and levels every trimester; this keeps her and the baby safe.",
    "opioid-substitution dispensing and lithium's monitoring given to an SSRI; sertraline's own concerns untouched",
)
ok(
    "cl-valp-pregnancy-prevention-own",
    CL,
    "valp",
    "Valproate 500 mg bd continues until the neurologist reviews it, as stopping suddenly risks seizures. The "
    "baby was exposed in the first trimester: urgent neurology and fetal medicine referrals sent today, anomaly "
    "scan at 20 weeks, folic acid 5 mg started. After the birth she needs highly effective contraception under "
    "the valproate pregnancy prevention programme.",
    "pregnancy prevention is valproate's own plan",
)
ok(
    "cl-lith-levels-thyroid-own",
    CL,
    "lith",
    "Lithium 800 mg nocte continues: levels monthly, weekly from 36/40 and within 24 hours of birth, with U&E "
    "and TFTs each trimester. The paediatrician reviews the baby after birth for tone, feeding and thyroid; "
    "bottle feeding; PNMH team sees her within a week of delivery for relapse.",
    "levels and thyroid tests are lithium's own plan",
    fw,
)
ok(
    "cl-sert-dispensed-with-methadone",
    CL,
    "sert",
    "Sertraline 100 mg daily continues (relapse risk outweighs the small PPHN and adaptation risks); it is "
    "collected weekly from the same pharmacy as her supervised methadone. The midwife watches the baby for "
    "adaptation signs for 48 h, paeds aware at delivery, and breastfeeding is compatible.",
    "a mention of the other medicine's supervision beside sertraline's own complete plan",
)

# ============================================================================================================
# questions: answered questions pass; open questions are refused.

ok(
    "qa-meth-faq-answered",
    QA,
    "meth",
    "Q: Does methadone continue? A: Yes, 60 mg daily with the drug service. Q: Will the baby withdraw? A: "
    "Probably; ward midwives score NAS 4-hourly for at least 72 h and the HV looks for late signs to day 8. "
    "Q: Can she breastfeed? A: Yes, encouraged on a stable dose. Q: Safe sleep? A: She is drowsy after each "
    "dose, so never bed or sofa sharing; cot checked at the first home visit.",
    "FAQ-style note: every question has its answer",
    cyr,
)
bad(
    "qa-meth-questions-only",
    QA,
    "meth",
    "Methadone 60 mg daily. Does it continue through pregnancy? Will the baby need NAS scoring, and for how "
    "long? Can she breastfeed on it? Who checks the cot after her drowsy dose?",
    "four questions, no answers",
)
ok(
    "qa-quet-who-does-nights-answered",
    QA,
    "quet",
    "Who does the nights? Mum, every night: dad's quetiapine 300 mg at 10 pm leaves him too sedated to wake "
    "for the baby, and he never shares a bed or sofa with the baby after his dose. The baby sleeps in its own "
    "crib and the HV checks this at each visit to 8 weeks.",
    "a question answered straight after it",
)
bad(
    "qa-quet-left-open",
    QA,
    "quet",
    "Father's quetiapine 300 mg at night sedates him heavily. Who does the night feeds, and does the baby sleep "
    "in the crib or the parents' bed? For the couple to decide between them?",
    "the safe-sleep question is asked and never answered",
    bidi,
)
ok(
    "qa-cit-soap-plan-answers",
    QA,
    "cit",
    "S: worried the baby will be 'born addicted'. O: well on citalopram 20 mg, 32/40. A: not addiction; a "
    "small risk of adaptation symptoms and PPHN. P: continue citalopram 20 mg; midwife watches the baby for "
    "48 h for jitteriness and fast breathing; breastfeeding supported; GP mood review at 6/52.",
    "the mother's worry answered in SOAP form",
)

# ============================================================================================================
# thresholds: a threshold that triggers an act passes; one whose only consequence is a note refuses.

ok(
    "th-meth-score-calls-paediatrician",
    TH,
    "meth",
    "Methadone 60 mg continues unchanged. NAS scores 4-hourly on the ward for 72 h: if the score exceeds 8 "
    "twice the paediatrician is called to consider oral morphine. Breastfeeding encouraged. She is drowsy "
    "after her dose, so no co-sleeping; the HV checks the cot at the first visit.",
    "the threshold triggers the paediatrician",
    greek,
)
bad(
    "th-meth-score-written-in-chart",
    TH,
    "meth",
    "Methadone 60 mg daily: if the baby's NAS score goes over 8 twice, that will be recorded in the chart.",
    "the withdrawal threshold's only consequence is a chart entry",
)
ok(
    "th-dzp-signs-trigger-visit",
    TH,
    "dzp",
    "Diazepam and pregabalin continue, a slow diazepam taper from the 6-week review. If the baby is jittery, "
    "feeds poorly or cries inconsolably before day 8 the foster carer rings the HV that day and the neonatal "
    "unit sees the baby. Mum is sedated, so the carer does all nights; own cot, bottle feeds.",
    "signs trigger a call and a review",
)
bad(
    "th-dzp-signs-noted-in-diary",
    TH,
    "dzp",
    "Diazepam and pregabalin: if late withdrawal signs appear before day 8, the foster carer will make a note "
    "of them in the placement diary.",
    "the conclusion's only plan is a diary note of late withdrawal",
)

# ============================================================================================================
# deferral: one deferral to a service that itself decides passes; two services deferring to each other refuse.

ok(
    "df-valp-neurology-has-decided",
    DF,
    "valp",
    "Valproate dose is neurology's decision, and the epilepsy nurse advised by phone today: 500 mg bd "
    "continues, no abrupt stop, clinic within 2 weeks to plan a switch. The first-trimester exposure means a "
    "fetal medicine review and a detailed anomaly scan at 20 weeks; folic acid 5 mg daily started today.",
    "deferral once to a service whose decision is given",
)
bad(
    "df-valp-two-teams-each-waiting",
    DF,
    "valp",
    "Sodium valproate 500 mg bd: neurology will act on the fetal medicine team's plan for the pregnancy, and "
    "fetal medicine will wait for neurology's decision on the dose before planning anything.",
    "circular deferral; no one decides",
)
ok(
    "df-lith-ppmh-set-dose",
    DF,
    "lith",
    "The dose around delivery is for the perinatal mental health team, who have set it: lithium 800 mg at "
    "night continues, held in established labour and restarted after birth once the level is back, with "
    "levels weekly from 36/40. The paediatrician reviews the baby after birth; formula feeding.",
    "the service deferred to has made its decision, written out",
)
bad(
    "df-lith-obs-and-ppmh-loop",
    DF,
    "lith",
    "Lithium 800 mg: the obstetric team will follow the perinatal mental health team's delivery plan, and the "
    "perinatal mental health team will go with whatever the obstetricians decide.",
    "two teams each deferring to the other",
)

# ============================================================================================================
# opinions: adopted opinions pass; opinions only reported refuse.

ok(
    "op-meth-agree-drug-service",
    OP,
    "meth",
    "We agree with the drug service that methadone 60 mg should stay unchanged through pregnancy. Ward NAS "
    "scoring for at least 72 h, HV looking for late signs to day 8; breastfeeding encouraged; no bed or sofa "
    "sharing because of sedation after the dose, cot checked at the home visit.",
    "the drug service's view adopted ('we agree') and the plan given",
    zwsp,
)
bad(
    "op-meth-everyone-feels",
    OP,
    "meth",
    "The drug service feels methadone 60 mg should stay as it is; the midwife thinks NAS scoring on the ward "
    "would be sensible; the health visitor's view is that bed sharing should be discouraged; the mother "
    "believes breastfeeding will be fine.",
    "four opinions reported, none adopted",
)
ok(
    "op-quet-psychiatry-suggests-we-concur",
    OP,
    "quet",
    "Psychiatry suggests dad's quetiapine 300 mg stays at 10 pm, and we concur. It leaves him too sedated for "
    "nights, so mum does all night feeds and he never sleeps in a bed or on the sofa with the baby; the baby "
    "sleeps in its own crib and the HV checks at every visit to 8 weeks.",
    "opinion followed by 'we concur' and the plan",
)
bad(
    "op-quet-psychiatry-of-the-view",
    OP,
    "quet",
    "Psychiatry is of the view that the father's quetiapine should continue at 300 mg at night, and the health "
    "visitor has said that night care by him is not ideal.",
    "two reported views; nobody decides who does the nights",
)

# ============================================================================================================
# hedges: plain negatives pass; hedged negatives refuse.

ok(
    "hn-meth-does-not-need-to-stop",
    HN,
    "meth",
    "She does not need to stop or cut down methadone in pregnancy: 60 mg daily continues with the drug "
    "service. The baby is scored for NAS on the ward for at least 72 h; breastfeeding is encouraged; sedated "
    "after her dose, so never bed or sofa sharing, and the cot is checked at the first home visit.",
    "'does not need to stop' is a decision",
)
bad(
    "hn-meth-may-not-need",
    HN,
    "meth",
    "Methadone 60 mg: she may not need to reduce it, the baby may not need observation beyond the usual, and "
    "sharing a bed is not necessarily a problem if she is careful.",
    "hedged negatives throughout; nothing decided",
    fw,
)
ok(
    "hn-cit-will-not-need-unless",
    HN,
    "cit",
    "Citalopram 20 mg continues. The baby will not need SCBU unless adaptation signs last beyond 48 hours; "
    "the midwife watches for them on the ward and the paediatrician reviews if they persist. Breastfeeding "
    "supported; GP reviews her mood at the 6-week check.",
    "'will not need ... unless' with the watcher",
)
bad(
    "hn-cit-not-always",
    HN,
    "cit",
    "Citalopram 20 mg: babies do not always show adaptation signs, she may not have to stop for breastfeeding, "
    "and a relapse is not necessarily likely.",
    "hedged negatives only",
)

# ============================================================================================================
# future-perfect: a course finished "by then" beside a plan passes; the future perfect of assumption refuses.

ok(
    "fp-valp-folic-course-finished",
    FP,
    "valp",
    "Valproate 500 mg bd continues until urgent neurology review; she must not stop it suddenly. Folic acid "
    "5 mg daily now; by the 20-week anomaly scan she will have finished the folic acid course, and that scan "
    "looks closely at the baby's spine and heart after first-trimester valproate. Fetal medicine referral sent.",
    "'will have finished' beside the scan and referral plan",
)
bad(
    "fp-cit-will-have-been-covered",
    FP,
    "cit",
    "Citalopram will, no doubt, have been discussed with the midwife by now, and breastfeeding and the baby's "
    "adaptation will have been covered at booking.",
    "the future perfect of assumption; nothing is decided here",
)
ok(
    "fp-dzp-window-passed-by-review",
    FP,
    "dzp",
    "Diazepam and pregabalin continue; by her 6-week review the baby will have passed the day-8 window for late "
    "withdrawal, and until then the foster carer and HV watch for tremor and poor feeding and call the neonatal "
    "unit if seen. She is sedated, so the carer does night feeds; baby in own cot; bottle fed. GP starts the "
    "diazepam taper at that review.",
    "future perfect of a date beside a watch and a taper",
)

# ============================================================================================================
# rates: this baby's figures beside a plan pass; figures alone refuse.

ok(
    "rt-sert-figures-then-plan",
    RT,
    "sert",
    "For this baby the chance of PPHN is about 3 in 1,000 and of adaptation symptoms about 1 in 3; because of "
    "that the midwife watches breathing and feeding for 48 hours and the paediatrician is told at delivery. "
    "Sertraline 100 mg continues for her mood; breastfeeding is compatible.",
    "baby-specific figures lead to a watch",
    cyr,
)
bad(
    "rt-sert-figures-alone",
    RT,
    "sert",
    "Sertraline 100 mg daily: this baby carries a 3 in 1,000 risk of PPHN and a 30% chance of adaptation "
    "symptoms, and about 0.5% of the maternal dose will reach it in breast milk.",
    "rates of this baby with nothing they lead to",
)
bad(
    "rt-valp-figures-alone",
    RT,
    "valp",
    "Valproate 500 mg twice a day: this baby has about an 11% chance of a major malformation and a 30-40% "
    "chance of later developmental difficulties.",
    "valproate figures alone; no referral, no scan, no dose decision",
)
ok(
    "rt-valp-figures-then-plan",
    RT,
    "valp",
    "This baby has about an 11% chance of a major malformation and up to 40% of later developmental "
    "difficulties, so: urgent fetal medicine review, detailed anomaly scan at 20 weeks and developmental "
    "follow-up after birth. Valproate 500 mg bd continues until neurology reviews it urgently; folic acid "
    "5 mg started.",
    "the figures and what they lead to",
)

# ============================================================================================================
# retractions: a revision that decides passes; a retraction of everything refuses.

ok(
    "rx-cit-on-reflection-now-advise",
    RX,
    "cit",
    "On reflection, we now advise that citalopram 20 mg continues rather than being tapered before delivery: "
    "her last attempt to stop led to relapse. The midwife watches the baby for adaptation symptoms for 48 h; "
    "breastfeeding supported; GP mood review at 6 weeks.",
    "a revision that decides",
    shy,
)
bad(
    "rx-cit-on-reflection-nothing-decided",
    RX,
    "cit",
    "Citalopram 20 mg continues, the midwife watches the baby for adaptation for 48 hours and breastfeeding is "
    "supported. On reflection, none of this is decided yet.",
    "everything taken back",
)
ok(
    "rx-lith-reduction-withdrawn-instead",
    RX,
    "lith",
    "The earlier plan to reduce lithium before delivery is withdrawn; instead lithium 800 mg at night "
    "continues with levels monthly, weekly from 36/40 and within 24 h of birth. Paediatric review of the baby "
    "after birth; bottle feeding; PNMH team within a week of delivery.",
    "an earlier plan withdrawn and replaced by a decided one",
)
bad(
    "rx-lith-disregard-until-signed",
    RX,
    "lith",
    "Lithium 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
    "paediatric review after birth; bottle feeding. Please disregard the above until the consultant has "
    "signed it off.",
    "the conclusion retracted pending sign-off",
)

# ============================================================================================================
# would: "would advise" and "would not ... so will not" pass; a bare conditional refuses.

ok(
    "wd-meth-would-advise",
    WD,
    "meth",
    "We would advise that methadone 60 mg continues unchanged with the drug service. The baby will need NAS "
    "scoring on the ward for at least 72 hours; breastfeeding is encouraged; she must not bed share after her "
    "dose, and the HV checks the cot at the first visit.",
    "'would advise' is advice",
)
bad(
    "wd-meth-bare-would",
    WD,
    "meth",
    "Methadone would be continued, the baby would be observed on the ward, breastfeeding would be supported "
    "and she would be told not to bed share.",
    "bare conditional throughout: what would happen, not what will",
)
ok(
    "wd-quet-would-not-be-safe-so-will-not",
    WD,
    "quet",
    "Dad would not be safe to do night feeds after 300 mg of quetiapine, so he will not: mum does all nights, "
    "the baby sleeps in its own crib, and he never naps with the baby on the sofa. HV checks at each visit.",
    "'would not be safe' followed by the decision",
)

# ============================================================================================================
# watching: a watcher and a length pass; watching told only by its manner refuses.

ok(
    "wa-meth-item-watched-72h-by-ward-midwife",
    WA,
    "meth-nwp",
    "Watched closely for 72 hours by the ward midwife, NAS scores 4-hourly; paediatrician called at two scores "
    "of 8 or more; HV looks for late signs up to day 8.",
    "manner plus watcher, length and threshold",
)
bad(
    "wa-meth-item-closely-only",
    WA,
    "meth-nwp",
    "The baby will be watched closely and cared for properly from birth.",
    "manner and start only: no one, no length, no threshold",
)
ok(
    "wa-dzp-item-carer-with-care-to-day-8",
    WA,
    "dzp-nwp",
    "Five days on the postnatal ward under the NAS guideline; mild signs on day 3, no treatment. The foster "
    "carer watches with care until day 8 and rings the neonatal unit for tremor or poor feeding.",
    "'with care' beside a watcher, a length and an act",
    cyr,
)
bad(
    "wa-dzp-item-with-caution-after-delivery",
    WA,
    "dzp-nwp",
    "Observed with caution and with care after delivery.",
    "manner and start only",
)

# ============================================================================================================
# nights: a sedated parent who does NOT do nights passes; one given the nights refuses.

ok(
    "nt-quet-dad-drowsy-does-not-do-nights",
    NT,
    "quet",
    "Quetiapine 300 mg at 10 pm makes dad very drowsy, so he does not do night feeds: mum does them all, and "
    "he never has the baby in bed or on the sofa after his dose. Crib in the parents' room; HV checks at each "
    "visit to 8 weeks.",
    "sedated father who does not do nights",
)
bad(
    "nt-quet-dad-drowsy-does-nights",
    NT,
    "quet",
    "Dad's quetiapine 300 mg at night leaves him very hard to wake, so he will do the night feeds in the lounge "
    "while mum sleeps; the baby sleeps in its crib and the HV checks at each visit.",
    "the sedated father is given the night feeds",
    fw,
)
ok(
    "nt-dzp-evening-feed-before-dose",
    NT,
    "dzp",
    "Diazepam and pregabalin continue. Mum gives the 7 pm feed before her evening doses; after them she is "
    "sedated, so the foster carer does every night feed and the baby sleeps in its own cot. Bottle feeding; HV "
    "and carer watch for late withdrawal to day 8; GP starts the diazepam taper at 6 weeks.",
    "an evening feed before the dose, the nights with the carer",
)
bad(
    "nt-dzp-sedated-mum-nights-in-her-bed",
    NT,
    "dzp",
    "Diazepam and pregabalin leave her heavily sedated at night; she will do the night feeds herself with the "
    "baby beside her in her bed, and the carer checks in the morning. Late withdrawal watched by the HV to day 8.",
    "the sedated mother given the nights and the baby in her bed",
)

# ============================================================================================================
# stops: a stop with its date on the list passes; a stop of a medicine the list gives as current refuses.

_SERT_STOPPED = (
    "Sertraline was stopped on 20/02/2026 at her request after six well months; the PNMH team sees her monthly "
    "and restarts 100 mg if her mood drops. Stopped nine weeks before the EDD, so no adaptation watch is "
    "needed for it; breastfeeding is unaffected."
)
_MO_SERT_STOPPED = (
    "Methadone 60 mg continues with the drug service; sertraline was stopped on 20/02/2026 and the PNMH team "
    "follows her mood monthly. Ward NAS observation for 72 hours; breastfeeding supported; no co-sleeping "
    "because of methadone sedation; the social worker and HV see the sleeping arrangements before discharge."
)
add(
    "sp-sert-stopped-dated-on-list",
    SP,
    PASS,
    M,
    chain(
        set_("medicines#med-sertraline.stopped", "2026-02-20"),
        set_("medicines#med-sertraline.status", "stopped"),
        both("sert", _SERT_STOPPED, "mo", _MO_SERT_STOPPED),
    ),
    "the stop told in the conclusion is on the list with its date",
)
add(
    "sp-sert-stopped-but-listed-current",
    SP,
    REFUSE,
    M,
    both("sert", _SERT_STOPPED, "mo", _MO_SERT_STOPPED),
    "a stop told as done of a medicine the list gives as current with no stop date",
)

# ============================================================================================================
# no-watch: "no SCBU" beside the ward's scoring passes; "needs no watching" where the item plans it refuses.

ok(
    "nw-meth-no-scbu-ward-scores",
    NW,
    "meth",
    "Methadone 60 mg continues. At this dose the baby is not expected to need SCBU, but the ward midwives score "
    "NAS 4-hourly for 72 hours and the HV checks for late signs to day 8. Breastfeeding encouraged; no bed "
    "sharing after her dose; cot checked at the home visit.",
    "'not expected to need SCBU' beside the watch the item plans",
    greek,
)
bad(
    "nw-meth-needs-no-watching",
    NW,
    "meth",
    "Methadone 60 mg daily continues. At this dose the baby is not expected to withdraw and needs no watching "
    "after birth. Breastfeeding encouraged; no co-sleeping after her dose and the cot is checked at the home "
    "visit.",
    "contradicts its own withdrawal plan item (72 h ward observation)",
)
ok(
    "nw-cit-no-further-watch-if-settled",
    NW,
    "cit",
    "Citalopram 20 mg continues. The midwife watches the baby for 48 hours for adaptation signs; if the baby is "
    "feeding well and settled at 48 hours no further watching is needed. Breastfeeding supported; GP reviews "
    "her mood at 6 weeks.",
    "no further watching only after the watch and on a condition",
)
bad(
    "nw-cit-no-observation-needed",
    NW,
    "cit",
    "Citalopram 20 mg continues. The baby does not need any observation after birth for adaptation; "
    "breastfeeding supported and the GP reviews her mood at 6 weeks.",
    "contradicts its own item (midwife watches 48 h)",
)

# ============================================================================================================
# stage: a postnatal record reporting the antenatal past passes; planning the ended pregnancy refuses.

ok(
    "st-dzp-antenatal-past-reported",
    ST,
    "dzp",
    "In pregnancy she took diazepam and pregabalin throughout and the 20-week scan was normal; the baby was "
    "born on 8 June and had mild withdrawal signs on day 3. Both continue for now; she is sedated, so the "
    "foster carer does night feeds, own cot, bottle fed; carer and HV watch for late signs to day 8.",
    "antenatal events told in the past",
)
bad(
    "st-dzp-birth-plan-meeting",
    ST,
    "dzp",
    "Diazepam and pregabalin continue. At the birth plan meeting before the baby arrives, the team will agree "
    "NAS scoring on the ward and who does the nights in the placement.",
    "a postnatal record planning the pregnancy that ended",
    cyr,
)
ok(
    "st-quet-reviewed-at-34-weeks",
    ST,
    "quet",
    "During the pregnancy dad's quetiapine was reviewed at 34 weeks and kept at 300 mg. Now the baby is home, "
    "mum does the night feeds, as he is too sedated after his dose, and he never shares a bed or sofa with the "
    "baby; crib in the parents' room; HV checks each visit.",
    "a past antenatal review reported, then the postnatal plan",
)
bad(
    "st-quet-before-the-baby-arrives",
    ST,
    "quet",
    "Before the baby arrives, dad's quetiapine will be moved to 8 pm and the parents will agree who does the "
    "nights at the 36-week visit.",
    "plans the ended pregnancy",
)

# ============================================================================================================
# times: real times pass; impossible ones refuse.

ok(
    "tm-meth-72h-then-day-5",
    TM,
    "meth",
    "Methadone 60 mg continues. NAS scoring on the postnatal ward for 72 hours, then the community midwife "
    "sees the baby at home on day 5 and the HV looks for late signs up to day 8. Breastfeeding encouraged; "
    "drowsy after dosing, so no bed sharing, cot checked.",
    "a 72-hour watch and a day-5 check",
    shy,
)
bad(
    "tm-meth-45-minutes",
    TM,
    "meth",
    "Methadone 60 mg continues. The baby is watched for withdrawal for 45 minutes after birth and then goes "
    "home; breastfeeding encouraged; no bed sharing after her dose.",
    "a withdrawal watch of minutes",
)
bad(
    "tm-dzp-first-check-day-24",
    TM,
    "dzp",
    "Diazepam and pregabalin continue; the carer does nights because of sedation, own cot, bottle fed. The "
    "HV's first check of the baby for withdrawal signs is on day 24.",
    "first withdrawal check long after late withdrawal would have shown",
)
bad(
    "tm-cit-induction-at-43-weeks",
    TM,
    "cit",
    "Citalopram 20 mg continues; the midwife watches the baby for adaptation for 48 h; breastfeeding "
    "supported. If she has not laboured, induction is planned at 43+2 weeks.",
    "a gestation past 42 weeks",
)
ok(
    "tm-cit-41-weeks",
    TM,
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. If she reaches 41+3 the induction plan "
    "stands; either way the midwife watches the baby for adaptation signs for the first 48 h and the GP "
    "reviews her mood at 6 weeks.",
    "41+3 is a real gestation",
)

# ============================================================================================================
# sake: "for the baby's sake" beside the baby's care passes; as the only care of the baby refuses.

ok(
    "sk-lith-sake-and-paeds",
    SK,
    "lith",
    "For the baby's sake lithium levels are kept in range: 800 mg at night, levels monthly, weekly from 36/40 "
    "and within 24 h of birth. The paediatrician reviews the baby after birth for floppiness, feeding and "
    "thyroid; bottle feeding; PNMH team within a week.",
    "the baby's own care beside the phrase",
)
bad(
    "sk-lith-sake-only",
    SK,
    "lith",
    "Lithium 800 mg continues for the baby's sake as well as hers: levels monthly, weekly from 36 weeks and "
    "within 24 hours of birth, plenty of fluids in labour, and the PNMH team sees her within a week of birth.",
    "every act is the mother's own care; nothing for the baby (review, feeding)",
)

# ============================================================================================================
# brands: brand names spelt right pass; multi-word brands misspelt refuse (unassessed in the postnatal record).


def _n_extra(name: str, dose: str, reason: str | None = None) -> Mutation:
    extra = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(medicine("med-extra", name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **extra))


ok(
    "br-lith-priadel",
    BR,
    "lith",
    "Priadel (lithium) 800 mg at night continues; brand prescribing stays. Levels monthly, weekly from 36/40 "
    "and within 24 h of birth. Paediatric review of the baby after birth; bottle feeding; PNMH team sees her "
    "within a week.",
    "brand name spelt right beside the ingredient",
)
ok(
    "br-po-seroquel-named",
    BR,
    "po",
    "Her paracetamol raises no concern. Dad's quetiapine (Seroquel) 300 mg at night sedates him heavily: no "
    "night feeds by him after his dose and no bed, sofa or armchair sharing with the baby; mum does nights; "
    "the HV keeps checking the sleep set-up.",
    "brand name beside the ingredient",
)
add(
    "br-n-epilem-crono-unassessed",
    BR,
    REFUSE,
    N,
    _n_extra("Epilem Crono 500 prolonged-release tablets", "500 mg twice a day"),
    "a misspelt multi-word valproate brand, unassessed",
)
add(
    "br-n-seroquell-xl-unassessed",
    BR,
    REFUSE,
    N,
    _n_extra("Seroquell XL 50mg tablets", "50 mg at night"),
    "a misspelt multi-word quetiapine brand, unassessed",
)
add(
    "br-n-zomorf-mr-unassessed",
    BR,
    REFUSE,
    N,
    _n_extra("Zomorff 10mg modified-release capsules", "10 mg twice a day"),
    "a misspelt morphine brand, unassessed",
)
add(
    "br-n-gaviscon-advance-with-reason",
    BR,
    PASS,
    N,
    _n_extra(
        "Gaviscon Advance oral suspension",
        "10 ml after meals and at bedtime",
        "Alginate antacid for reflux; acts in the stomach, negligible absorption, compatible with breastfeeding.",
    ),
    "a multi-word brand of no concern, classified with its reason",
)

# ============================================================================================================
# routes: unusual but real routes pass; a route the form cannot take refuses (MA131).

add(
    "ro-meth-by-mouth",
    RO,
    PASS,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) by mouth once daily, supervised consumption"),
    "oral solution by mouth",
)
add(
    "ro-meth-iv",
    RO,
    REFUSE,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) IV once daily, supervised consumption"),
    "an oral solution given intravenously",
)
add(
    "ro-dzp-diazepam-tablets-im",
    RO,
    REFUSE,
    F,
    set_("medicines#med-diazepam.dose", "5 mg by intramuscular injection three times a day"),
    "tablets injected",
)
add(
    "ro-lith-nebulised",
    RO,
    REFUSE,
    L,
    set_("medicines#med-lithium.dose", "800 mg via nebuliser at night; brand prescribing (Priadel)"),
    "modified-release tablets nebulised",
)
add(
    "ro-v-folic-pv",
    RO,
    PASS,
    V,
    set_("medicines#med-folic-acid.dose", "5 mg once daily by mouth until at least 12 weeks (not PV)"),
    "'not PV' negates a route; by mouth is the route",
)

_MIDAZ = medicine(
    "med-midazolam",
    "Midazolam 10mg/2ml solution for injection ampoules",
    "10 mg (2 ml) buccally for a seizure lasting more than 5 minutes; once only, then 999",
    "2024-03-11",
    gp_prescriber(RIVERSIDE),
)


def _v_midaz(dose: str, conclusion: str, overall: str) -> Mutation:
    mid = dict(_MIDAZ, dose=dose)

    def link(doc: dict[str, object]) -> None:
        asms = doc["assessments"]
        assert isinstance(asms, list)
        for a in asms:
            if a["id"] == "asm-valproate":
                a["medicine_ids"].append("med-midazolam")

    return chain(add_medicine(mid), link, SETTERS["valp"][1](conclusion), SETTERS["vo"][1](overall))


_VALP_MIDAZ = (
    "Valproate 500 mg bd continues until urgent neurology review; stopping suddenly risks seizures. Buccal "
    "midazolam from the injection ampoules stays as rescue for a seizure over 5 minutes; a single dose near "
    "birth could make the baby sleepy, so the paediatrician is told if it is used in late pregnancy. First-"
    "trimester valproate exposure: fetal medicine review and anomaly scan at 20 weeks; folic acid 5 mg daily."
)
_VO_MIDAZ = (
    "Unplanned pregnancy at 8 weeks on sodium valproate: continue valproate pending urgent neurology review, "
    "no abrupt stop; buccal midazolam stays as seizure rescue. Urgent fetal medicine referral and anomaly scan; "
    "folic acid 5 mg started; annual risk form status recorded."
)
add(
    "ro-v-buccal-midazolam-from-injection",
    RO,
    PASS,
    V,
    _v_midaz(_MIDAZ["dose"], _VALP_MIDAZ, _VO_MIDAZ),
    "an injection solution given buccally is real practice (rescue midazolam)",
)
add(
    "ro-v-midazolam-injection-as-patch",
    RO,
    REFUSE,
    V,
    _v_midaz("one 10 mg patch applied to the skin for a seizure", _VALP_MIDAZ, _VO_MIDAZ),
    "an injection worn as a patch",
)
ok(
    "ro-meth-conclusion-oral-solution",
    RO,
    "meth",
    "Methadone oral solution 60 mg once daily continues under supervision. NAS scoring on the ward for at least "
    "72 hours; breastfeeding encouraged; drowsy after her dose, so no bed or sofa sharing; cot checked at the "
    "first home visit.",
    "the form named in the conclusion is the listed form",
)
bad(
    "ro-meth-conclusion-depot",
    RO,
    "meth",
    "Methadone 60 mg depot injection monthly continues. NAS scoring on the ward for at least 72 hours; "
    "breastfeeding encouraged; drowsy after her dose, so no bed sharing; cot checked at the first home visit.",
    "a depot injection for an oral solution",
)

# ============================================================================================================
# malformation: a malformation-risk level beside a plan passes; the level as the only answer refuses.

_V_SUMMARY_LEVEL = (
    "Unplanned pregnancy with first-trimester valproate exposure: for this pregnancy the risk of a major "
    "malformation is about 1 in 10, and of later developmental difficulties up to 4 in 10."
)
_V_RECS_NO_FETAL = (
    "Do not stop valproate abruptly. Urgent referral to neurology (epilepsy specialist nurse) to review treatment "
    "in pregnancy. Folic acid 5 mg daily started today. Annual risk acknowledgement form last signed by the "
    "consultant neurologist on 2025-11-04; copy held in the GP record."
)


def _v_level_items(conclusion: str) -> Mutation:
    return chain(
        set_("assessments#asm-valproate.impact_on_baby.summary", _V_SUMMARY_LEVEL),
        set_("assessments#asm-valproate.recommendations", _V_RECS_NO_FETAL),
        SETTERS["valp"][1](conclusion),
    )


add(
    "mf-valp-level-only",
    MF,
    REFUSE,
    V,
    _v_level_items(
        "Valproate 500 mg bd continues until neurology reviews it; she must not stop suddenly. For this pregnancy "
        "the risk of a major malformation is about 1 in 10."
    ),
    "a high-risk teratogen's level is the only answer for the unborn baby anywhere in the assessment",
)
add(
    "mf-valp-level-and-fetal-plan",
    MF,
    PASS,
    V,
    _v_level_items(
        "Valproate 500 mg bd continues until neurology reviews it; no sudden stop. The malformation risk for this "
        "pregnancy is about 1 in 10, so she is referred today to fetal medicine for early review and a detailed "
        "anomaly scan at 20 weeks; folic acid 5 mg daily."
    ),
    "twin: the same items, the conclusion writes the fetal plan",
)
ok(
    "mf-valp-level-and-scans",
    MF,
    "valp",
    "Valproate 500 mg bd continues until the urgent neurology review; no sudden stop. For this pregnancy the "
    "risk of a major malformation is about 1 in 10, so fetal medicine sees her within 2 weeks and the 20-week "
    "detailed anomaly scan looks for spina bifida and heart defects. Folic acid 5 mg daily started.",
    "level beside scans and referrals",
    bidi,
)
ok(
    "mf-lith-level-and-plan",
    MF,
    "lith",
    "Lithium 800 mg at night continues; relapse risk after birth is high. Heart malformation risk is low for "
    "this pregnancy and the 20-week fetal echo was normal. Levels monthly, weekly from 36/40 and within 24 h "
    "of birth; paediatric review of the baby after birth; bottle feeding.",
    "level beside the lithium plan",
)
ok(
    "mf-sert-no-clear-increase",
    MF,
    "sert",
    "No clear increase in malformations with sertraline, and she is past the first trimester anyway. "
    "Sertraline 100 mg continues for her mood; the midwife watches the baby for adaptation for 48 hours; "
    "paeds aware at delivery; breastfeeding is compatible.",
    "an SSRI's level stated beside a full plan",
)


# ============================================================================================================
# More good work in the shapes above, in clinicians' own voices (letters, bullets, SOAP, shorthand). All pass.

ok(
    "wg-mo-letter-weighed-decided",
    WG,
    "mo",
    "Dear colleagues, we weighed up reducing methadone against keeping her stable and decided with her and the "
    "drug service to keep methadone at 60 mg daily and sertraline at 100 mg. Please plan NAS scoring on the "
    "ward for 72 h and watch for sertraline adaptation signs; breastfeeding supported; no co-sleeping after "
    "her dose; the social worker and HV will see the sleeping arrangements before discharge.",
    "a letter that weighs and then decides both medicines",
    zwsp,
)
ok(
    "wg-quet-pros-cons-then-plan",
    WG,
    "quet",
    "Pros of moving dad's quetiapine earlier: less drowsy by morning; cons: relapse risk. Decision: quetiapine "
    "stays at 300 mg at 10 pm, so he does no night feeds and never sleeps on a bed or sofa with the baby; mum "
    "does nights; the HV checks the crib each visit.",
    "pros and cons with a decision",
    cyr,
)
ok(
    "ng-quet-not-without-risk",
    NG,
    "quet",
    "Quetiapine 300 mg at night is not without risk for the baby: dad is very hard to wake after it. So mum "
    "does every night feed, the baby sleeps in its own crib, and he never dozes with the baby on the sofa; HV "
    "to recheck at each visit until 8 weeks.",
    "'not without risk' once, then the night plan",
    fw,
)
ok(
    "ng-lith-not-unreasonable-then-plan",
    NG,
    "lith",
    "It is not unreasonable to stay on lithium, and she will: 800 mg at night with levels monthly, weekly from "
    "36/40 and within 24 h of birth. Paediatric review of the baby after birth for tone, feeding and thyroid; "
    "formula feeding; PNMH review within a week postnatally.",
    "one litotes then the plan",
)
ok(
    "cl-meth-takehome-weekends-own",
    CL,
    "meth",
    "Methadone 60 mg daily continues, supervised on weekdays with take-home doses at weekends kept in a locked "
    "box. The ward scores the baby for NAS for at least 72 h and the HV looks for late signs to day 8; "
    "breastfeeding encouraged; drowsy after dosing, so no bed or sofa sharing.",
    "methadone's own dispensing plan",
    greek,
)
ok(
    "cl-vo-ppp-own",
    CL,
    "vo",
    "Sodium valproate continues unchanged until urgent neurology review; no abrupt stop. Fetal medicine review "
    "and 20-week detailed scan for this exposed baby; folic acid 5 mg started. Postnatally the valproate "
    "Pregnancy Prevention Programme applies again: contraception agreed before discharge.",
    "valproate's own pregnancy prevention in the overall conclusion",
)
ok(
    "qa-lith-questions-she-asked",
    QA,
    "lith",
    "She asked three things. Must she stop lithium? No: 800 mg at night continues, levels monthly, weekly from "
    "36/40 and within 24 h of birth. Can she breastfeed? Not advised; she will bottle feed. Will the baby be "
    "checked? Yes, a paediatric review after birth for floppiness, feeding and thyroid.",
    "the mother's questions, each answered",
    shy,
)
ok(
    "qa-dzp-referral-answered",
    QA,
    "dzp",
    "Referral: GP or neonatal unit? Neonatal unit, the same day, for tremor or poor feeding before day 8. "
    "Diazepam and pregabalin continue meanwhile; she is sedated, so the foster carer does night feeds and the "
    "baby sleeps in its own cot, bottle fed; GP plans the diazepam taper at 6 weeks.",
    "a question with its answer right after it",
)
ok(
    "th-cit-persisting-signs-paeds",
    TH,
    "cit",
    "Citalopram 20 mg continues. The midwife watches the baby for 48 h; if jitteriness or fast breathing "
    "persist beyond that, the paediatrician reviews the baby the same day. Breastfeeding supported; GP mood "
    "review at 6/52.",
    "threshold leading to a review",
    bidi,
)
ok(
    "th-meth-noted-and-acted",
    TH,
    "meth",
    "Methadone 60 mg continues. NAS scores go in the chart 4-hourly for 72 hours and two scores of 9 or more "
    "start oral morphine on the neonatal unit. Breastfeeding encouraged; no co-sleeping as she is drowsy "
    "after dosing; cot checked at the first visit.",
    "a note beside an act with a threshold",
)
ok(
    "df-dzp-social-worker-has-decided",
    DF,
    "dzp",
    "Placement night care is the social worker's decision and she has made it: the foster carer does every "
    "night feed while diazepam and pregabalin sedate mum; the baby sleeps in its own cot; bottle fed. The HV "
    "watches for late withdrawal to day 8; GP starts the diazepam taper at 6 weeks.",
    "one deferral, the decision given",
    cyr,
)
ok(
    "df-sert-as-per-paeds-plan-written",
    DF,
    "sert",
    "Sertraline 100 mg continues. As per the paediatric plan, which is: the midwife watches the baby for "
    "adaptation signs 4-hourly for 48 h and calls the paediatric registrar for grunting or poor feeding. "
    "Breastfeeding compatible. Relapse risk off it outweighs the small PPHN risk.",
    "'as per' followed by the plan written out",
)
ok(
    "op-dzp-on-advice-of-psychiatry",
    OP,
    "dzp",
    "On the perinatal psychiatrist's advice, diazepam and pregabalin continue for now with a slow diazepam taper "
    "from the 6-week review. They sedate her, so night feeds are the foster carer's and the baby sleeps in its "
    "own cot; bottle feeding; HV and carer watch for late withdrawal until day 8.",
    "advice acted on",
    zwsp,
)
ok(
    "op-cit-mother-feels-we-agree",
    OP,
    "cit",
    "She feels citalopram keeps her well; we agree, and it continues at 20 mg. The midwife watches the baby "
    "for adaptation signs for 48 hours; breastfeeding supported; GP reviews mood at the 6-week check.",
    "a parent's view adopted",
)
ok(
    "hn-sert-does-not-need-stopping",
    HN,
    "sert",
    "Sertraline does not need stopping for breastfeeding or delivery: 100 mg continues, as relapse is the "
    "bigger risk. The midwife watches the baby for adaptation for 48 h after birth and the paediatric team "
    "knows at delivery.",
    "a plain negative decision",
    greek,
)
ok(
    "hn-quet-does-not-have-to-change",
    HN,
    "quet",
    "Dad does not have to change his quetiapine (300 mg at 10 pm) but he does not do night feeds: mum does them "
    "all, the baby sleeps in its own crib, and he never has the baby in bed or on the sofa. HV checks each "
    "visit.",
    "plain negatives, decided",
)
ok(
    "fp-cit-will-have-had-mood-review",
    FP,
    "cit",
    "Citalopram 20 mg continues. By 36 weeks she will have had her planned mood review with the GP, and "
    "whatever it shows the dose stays at 20 mg through birth. The midwife watches the baby for adaptation for "
    "48 h; breastfeeding supported.",
    "future perfect of a booked event beside a decision",
)
ok(
    "fp-lith-will-have-been-written",
    FP,
    "lith",
    "By 36/40 the delivery plan will have been written by obstetrics and PNMH, giving lithium 800 mg at night, "
    "held in established labour, level within 24 h of birth. Paediatric review of the baby after birth; bottle "
    "feeding; PNMH review within a week.",
    "a dated plan with content",
    fw,
)
ok(
    "rt-cit-figure-plus-watch",
    RT,
    "cit",
    "This baby's chance of adaptation symptoms is about 1 in 3, usually mild and gone by 48 h, so the midwife "
    "watches feeding, breathing and tone for 48 hours. Citalopram 20 mg continues; breastfeeding supported; "
    "GP mood review at 6 weeks.",
    "rate of this baby beside the watch",
)
ok(
    "rt-dzp-percent-then-plan",
    RT,
    "dzp",
    "About half of babies exposed to diazepam and pregabalin like this baby show some withdrawal; this one had "
    "mild signs on day 3, so the foster carer and HV keep watching to day 8 and call the neonatal unit for "
    "poor feeding. Both continue for now; mum is sedated, so the carer does nights, own cot, bottle fed.",
    "figure and plan",
    shy,
)
ok(
    "rx-meth-correction-then-decision",
    RX,
    "meth",
    "Correction to my note of last week: methadone is not being reduced. It continues at 60 mg daily with the "
    "drug service. The ward scores the baby for NAS for 72 hours; breastfeeding encouraged; no bed sharing as "
    "she is drowsy after her dose; HV checks the cot.",
    "a correction that decides",
)
ok(
    "rx-quet-on-reflection-mum-nights",
    RX,
    "quet",
    "On reflection, we now advise that mum does every night feed rather than sharing them: dad's quetiapine "
    "300 mg makes him too sleepy. The baby sleeps in its own crib; no bed or sofa sharing with dad; HV checks "
    "at each visit.",
    "revision that decides",
    cyr,
)
ok(
    "wd-dzp-would-recommend",
    WD,
    "dzp",
    "We would recommend that diazepam and pregabalin continue until the GP's taper starts at the 6-week "
    "review. The foster carer does night feeds while mum is sedated; own cot, bottle fed. Carer and HV watch "
    "for late withdrawal to day 8.",
    "'would recommend' is advice",
)
ok(
    "wd-lith-would-not-stop",
    WD,
    "lith",
    "She would not stop lithium even if asked, and we support that: 800 mg at night continues with levels "
    "monthly, weekly from 36/40 and within 24 h of birth. Paediatric review of the baby after birth; bottle "
    "feeding; PNMH within a week.",
    "a refusal with 'would not' and the plan",
    greek,
)
ok(
    "wa-cit-item-midwife-48h",
    WA,
    "cit-nwp",
    "Watched carefully by the postnatal ward midwife for the first 48 hours (feeding, breathing, tone); "
    "paediatric review if symptoms persist.",
    "manner plus watcher, length and threshold",
)
ok(
    "nt-quet-mum-nights-dad-days",
    NT,
    "quet",
    "Dad's quetiapine sedates him from 10 pm, so the nights are mum's and the daytime feeds are his. The baby "
    "never sleeps on a bed, sofa or armchair with him; crib in the parents' room; HV checks each visit.",
    "nights with the other parent",
    zwsp,
)
ok(
    "sp-mo-bullets",
    SP,
    "mo",
    "- Methadone 60 mg od: continue with the drug service\n- Sertraline 100 mg od: continue\n- Baby: NAS "
    "scoring on the ward 72 h; midwife watches for SSRI adaptation\n- Feeding: breastfeeding encouraged\n"
    "- Sleep: no co-sleeping after her methadone; SW and HV check before discharge",
    "bullet-point overall conclusion naming both medicines",
    bidi,
)
ok(
    "nw-quet-baby-not-exposed",
    NW,
    "quet",
    "The baby needs no withdrawal watch: the quetiapine is dad's, not taken by mum. The risk is his sedation, "
    "so mum does every night feed and he never shares a bed or sofa with the baby; crib in the parents' room; "
    "HV checks each visit.",
    "no watch needed where there is no exposure and no item plans one",
)
ok(
    "st-fo-past-then-now",
    ST,
    "fo",
    "Diazepam and pregabalin were taken throughout pregnancy; the baby was born on 8 June and had mild "
    "withdrawal on day 3. Now: both continue for now, the foster carer does night feeds while mum is sedated, "
    "no bed, sofa or armchair sharing; late signs watched until day 8 by the carer and HV.",
    "antenatal past, postnatal plan",
    cyr,
)
ok(
    "tm-dzp-day-5-and-day-8",
    TM,
    "dzp",
    "Diazepam and pregabalin continue. The HV sees the baby on day 5 and again on day 8 for late withdrawal; "
    "the foster carer calls the neonatal unit for tremor or poor feeding in between. Mum is sedated, so the "
    "carer does nights; own cot; bottle fed.",
    "day-5 and day-8 checks",
    fw,
)
ok(
    "tm-meth-5-days-ward",
    TM,
    "meth-nwp",
    "Five days on the postnatal ward with 4-hourly NAS scores by the midwives; HV looks for late signs to day 8.",
    "a five-day watch",
)
ok(
    "sk-quet-for-the-babys-sake-and-crib",
    SK,
    "quet",
    "For the baby's sake dad takes his quetiapine at 10 pm and goes to bed in the spare room; mum does the "
    "night feeds and the baby sleeps in its own crib beside her. HV checks the arrangement at each visit.",
    "the phrase beside the baby's care",
    greek,
)
ok(
    "br-cit-cipramil",
    BR,
    "cit",
    "Citalopram (Cipramil) 20 mg continues. The midwife watches the baby for adaptation signs for 48 hours; "
    "breastfeeding is supported; GP reviews her mood at 6 weeks.",
    "brand spelt right",
)
ok(
    "mf-fo-pregabalin-level-past",
    MF,
    "fo",
    "Diazepam and pregabalin continue. First-trimester pregabalin slightly raised the malformation risk but "
    "the newborn check was normal. Sedation is the risk now: the foster carer does night feeds, no bed, sofa "
    "or armchair sharing; late withdrawal watched until day 8 by the carer and HV.",
    "a postnatal record reporting the level, with the plan",
)


if __name__ == "__main__":
    tally = Counter((c.category, c.expect) for c in F101CASES)
    for cat in CATEGORIES:
        print(f"{cat:16} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    total = Counter(c.expect for c in F101CASES)
    print(f"{'all':16} refuse {total[REFUSE]:3}  pass {total[PASS]:3}  total {len(F101CASES)}")
