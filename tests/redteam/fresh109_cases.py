"""A hundred-and-ninth independent "fresh" batch of red-team cases for the share gate: the adversary,
nineteenth round, in fluent clinical register, with strategies no earlier round used.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Each refused case has a near-miss twin that differs by the one thing that makes it substantive (about 35% of
records must pass); about a fifth is disguised (look-alike letters, zero-width characters, soft hyphens, bidi
isolates, full width), where the verdict must equal the plain one:

* ``reader``: every act given to the record's reader ("you will", "the reader should") (refuse); the same acts
  given to named roles (pass);
* ``goal``: a plan stated only as an aim ("the aim is a safe discharge") with no act (refuse), and twins;
* ``after-next``: acts moved to "after the next appointment" with no one (refuse), and twins with who and when;
* ``sibling``: a plan true only of a sibling or a previous baby, told in the present (refuse), and twins;
* ``monograph``: monograph sections (pharmacology, interactions, excretion) under plan-like headings (refuse);
* ``department``: the only actor a department with no person or time ("maternity will manage") (refuse);
* ``question``: the decision told as a question back to the team ("shall we keep her in?") (refuse);
* ``quoted``: the plan only inside a quoted message from the mother (refuse), and twins the team endorses;
* ``past-timeline``: a timeline with every date before the assessment (refuse), and twins dated after it;
* ``contradicts-items``: a conclusion against the template's own items (breastfeeding not advised, she will
  breastfeed) (refuse), and twins that agree with them;
* ``negated``: every act in the negative ("will not be observed") or double negatives with no one (refuse);
* ``absent-father``: acts given to a father the record says does not live with her (refuse), and twins;
* ``disguise``: texts from above disguised; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh109_cases`` for the counts per category.
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
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F109CASES: list[Case] = []

CATEGORIES = (
    "reader",
    "goal",
    "after-next",
    "sibling",
    "monograph",
    "department",
    "question",
    "quoted",
    "past-timeline",
    "contradicts-items",
    "negated",
    "absent-father",
    "disguise",
)

RD, GL, AN, SB, MG, DP, QU, QT, PT, CI, NG, AF, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F109CASES.append(Case(f"f109-{name}", category, expect, base, mutate, why))


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
# reader: every act given to whoever reads the record.

bad(
    "rd-meth-you-will",
    RD,
    "meth",
    "Methadone 60 mg daily continues to term. You will need to score the baby for NAS for 72 hours, you will "
    "check the cot at the home visit and you will support breastfeeding.",
    "every act is given to 'you', the unknown reader of a shared record: no one is responsible",
    cyr,
)
bad(
    "rd-dzp-reader-should",
    RD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd both continue. The reader should ensure night care is by an "
    "awake adult, the reader should watch for late withdrawal to day 8 and the reader should arrange the "
    "diazepam taper.",
    "'the reader' is no one: every act handed to whoever opens the record",
)
bad(
    "rd-lo-whoever-receives",
    RD,
    "lo",
    "Lithium (Priadel) 800 mg nocte continues. Whoever receives this letter should book levels monthly and "
    "weekly from 36/40, check a level within 24 h of delivery, arrange a paeds review and see her within a "
    "week of birth.",
    "acts given to whoever receives the letter: several recipients, none of them named as responsible",
    zwsp,
)
bad(
    "rd-cit-recipient-to-action",
    RD,
    "cit",
    "Citalopram 20 mg od to continue in pregnancy and while breastfeeding. Recipient to action: observe the "
    "baby 48 h for poor neonatal adaptation and review her mood at 6/52.",
    "'recipient to action' with several recipients: no named role owns the observation",
)
bad(
    "rd-quet-please-ensure",
    RD,
    "quet",
    "Dad's quetiapine 300 mg nocte makes him too drowsy for night care. Please ensure he never shares a bed "
    "or sofa with the baby and please ensure mum does every night feed.",
    "'please ensure' addressed to no one: the reader is asked, no professional undertakes anything",
)
ok(
    "rd-meth-named-roles",
    RD,
    "meth",
    "Methadone 60 mg daily continues to term. Postnatal ward midwives will score the baby for NAS for 72 hours, "
    "the community midwife will check the cot at the first home visit and the infant feeding team will support "
    "breastfeeding.",
    "the same acts given to named roles",
    cyr,
)
ok(
    "rd-dzp-named-roles",
    RD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd both continue. The foster carer gives all night care awake; the "
    "HV watches for late withdrawal on day 6 and day 8; the GP starts the diazepam taper at the 4-week r/v.",
    "the twin: each act has a named role and a time",
)
ok(
    "rd-lo-dear-colleague-with-owners",
    RD,
    "lo",
    "Dear colleague, lithium (Priadel) 800 mg nocte continues. I (GP) will book levels monthly and weekly from "
    "36/40; the labour ward will take a level within 24 h of delivery; paeds to review the baby; the perinatal "
    "mental health team will see her within a week of birth. Bottle feeding as agreed.",
    "a letter that addresses the reader but gives every act to a named role, the writer included",
)

# ============================================================================================================
# goal: an aim with no act.

bad(
    "gl-meth-aim-safe-discharge",
    GL,
    "meth",
    "Methadone 60 mg daily in pregnancy. The aim is a safe discharge of mother and baby together, a settled "
    "baby without NAS and a mother who stays stable on her methadone.",
    "only goals: no observation, no safe-sleep act, no one",
    shy,
)
bad(
    "gl-valp-objective-healthy-pregnancy",
    GL,
    "valp",
    "Sodium valproate 500 mg bd, first-trimester exposure. Objectives: seizure freedom through pregnancy, the "
    "best possible outcome for the baby, and informed choice for Hannah.",
    "objectives in place of the urgent neurology and fetal medicine referrals",
)
bad(
    "gl-fo-hoped-outcome",
    GL,
    "fo",
    "Diazepam and pregabalin. We hope the baby stays safe in placement, sleeps safely and shows no late "
    "withdrawal, and that mum's doses can eventually come down.",
    "hopes about outcomes: nobody does anything",
)
bad(
    "gl-lith-target-stable",
    GL,
    "lith",
    "Lithium 800 mg nocte. Target: levels in range throughout, a well baby, and no relapse postpartum.",
    "a target without any act (no levels booked, no paeds review, no PMHT)",
    greek,
)
bad(
    "gl-quet-desired-state",
    GL,
    "quet",
    "Father on quetiapine 300 mg at night. Desired state: baby always in her own crib and never with a sedated "
    "adult at night.",
    "a desired state with nobody checking or acting",
)
ok(
    "gl-meth-aim-and-acts",
    GL,
    "meth",
    "Methadone 60 mg daily in pregnancy. Aim: safe discharge together. To get there the postnatal ward scores "
    "the baby for NAS for 72 h, the community midwife sees the cot on day 1 at home, and breastfeeding is "
    "encouraged with the infant feeding lead.",
    "a goal followed by the acts and who does them",
)
ok(
    "gl-lith-target-with-plan",
    GL,
    "lith",
    "Lithium 800 mg nocte continues. Target levels 0.4-0.8: GP books levels every 4 weeks, weekly from 36/40; "
    "obstetric team takes a level within 24 h of birth; paeds review the baby; bottle feeding as breastfeeding "
    "is not advised on lithium.",
    "a target with levels booked and people named",
    greek,
)
ok(
    "gl-quet-goal-checked",
    GL,
    "quet",
    "Father takes quetiapine 300 mg at night. Goal: baby never with him asleep. Mum does all night feeds, baby in "
    "her own crib; the HV checks the sleeping place at each contact until 8 weeks.",
    "the goal with the act and the person who checks",
)

# ============================================================================================================
# after-next: acts moved past the next appointment with no one.

bad(
    "an-sert-after-next-appt",
    AN,
    "sert",
    "Sertraline 100 mg od. Baby observation and the decision on continuing will be sorted after the next appointment.",
    "deferred past an unnamed appointment with no one and no decision",
    bidi,
)
bad(
    "an-valp-after-review",
    AN,
    "valp",
    "Valproate 500 mg bd in an unplanned pregnancy at 8/40. Referrals and any change to the valproate to follow "
    "after her next review.",
    "the urgent referrals are postponed to an unspecified review with no one",
)
bad(
    "an-cit-once-seen-again",
    AN,
    "cit",
    "Citalopram 20 mg. Plan for the baby and for breastfeeding to be agreed once she has been seen again.",
    "everything agreed later, by nobody",
)
bad(
    "an-fo-next-time",
    AN,
    "fo",
    "Diazepam and pregabalin: sleep arrangements for the baby and withdrawal watch to be discussed next time.",
    "safe sleep and withdrawal pushed to 'next time' in a postnatal placement",
)
bad(
    "an-lo-after-booking",
    AN,
    "lo",
    "Lithium (Priadel) 800 mg: levels, paeds and PMHT input after the next antenatal appointment.",
    "a list of services deferred to an appointment, no one and no date",
    fw,
)
ok(
    "an-sert-after-next-with-owner",
    AN,
    "sert",
    "Sertraline 100 mg od continues; benefit outweighs the small risk. After her next appointment (36/40, "
    "13 April) the midwife will add sertraline to the birth plan so the postnatal ward observes the baby for "
    "24 h for poor adaptation. Breastfeeding supported.",
    "after the next appointment, but with the date, the midwife and the act",
    bidi,
)
ok(
    "an-valp-referrals-today",
    AN,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology advise (never stop abruptly). I have referred her "
    "urgently to neurology and to fetal medicine today; folic acid 5 mg started; I will see her again after "
    "the neurology appointment to go through the plan.",
    "a follow-up after an appointment that comes after acts done today",
)

# ============================================================================================================
# sibling: a plan true only of a sibling or a previous baby, told in the present.

bad(
    "sb-meth-brother-scored",
    SB,
    "meth",
    "Methadone 60 mg daily. Her son Tyler is scored for NAS on the ward for 72 h, sleeps in his own cot and "
    "is breastfed; the HV sees him weekly.",
    "the plan is about an older child (told in the present), not the baby this pregnancy carries",
    cyr,
)
bad(
    "sb-dzp-first-baby-placement",
    SB,
    "dzp",
    "Diazepam and pregabalin together. The first baby is in kinship care with the grandmother, who does all "
    "night care; his HV sees him monthly and his withdrawal resolved.",
    "the acts are about her first baby in another placement",
)
bad(
    "sb-lith-older-daughter",
    SB,
    "lith",
    "Lithium 800 mg nocte. Her daughter (aged 3) has had her paediatric review, her thyroid is normal and she "
    "is bottle fed.",
    "paediatric review and feeding told of a three-year-old, nothing for the unborn baby",
)
bad(
    "sb-quet-twin-cousin",
    SB,
    "quet",
    "Quetiapine 300 mg nocte for dad. His nephew who stays at weekends sleeps in the travel cot and his "
    "sister does the night feeds.",
    "the sleeping plan is about a visiting nephew, not this baby",
)
ok(
    "sb-meth-sibling-and-this-baby",
    SB,
    "meth",
    "Methadone 60 mg daily. Her son was scored for NAS in 2022 and needed no treatment. For this baby: NAS "
    "scoring on the postnatal ward for 72 h, cot by her bed with no co-sleeping after her dose (community "
    "midwife to check), breastfeeding encouraged.",
    "the sibling as history, then a plan for this baby",
    cyr,
)
ok(
    "sb-lith-previous-baby-as-reason",
    SB,
    "lith",
    "Lithium 800 mg nocte continues: she relapsed after her first baby's birth off lithium. This baby: paeds "
    "review after birth with a level and TFTs if floppy; bottle feeding (no breastfeeding on lithium); levels "
    "weekly from 36/40 by the GP; PMHT to see her within 7 days of delivery.",
    "a previous baby given as the reason, the plan about this one",
)
# ============================================================================================================
# monograph: the medicine's monograph under plan-like headings.

bad(
    "mg-meth-plan-headings-monograph",
    MG,
    "meth",
    "Plan: methadone is a synthetic mu-opioid agonist with a long half-life. Actions: it is metabolised by "
    "CYP3A4 and CYP2B6. Baby: it crosses the placenta and is excreted in breast milk in small amounts. "
    "Follow-up: QT prolongation may occur at higher doses.",
    "pharmacology under plan headings: nothing about this mother, baby or anyone's act",
    zwsp,
)
bad(
    "mg-lith-sections",
    MG,
    "lith",
    "Management: lithium has a narrow therapeutic index. Monitoring: toxicity causes tremor, ataxia and "
    "confusion. Neonate: Ebstein's anomaly has been associated with first-trimester exposure. Feeding: "
    "lithium is excreted in breast milk.",
    "an SPC rewritten as headings",
)
bad(
    "mg-cit-actions-are-facts",
    MG,
    "cit",
    "Actions for the team: citalopram is an SSRI; SSRIs in late pregnancy are associated with PPHN and poor "
    "neonatal adaptation syndrome; it passes into breast milk.",
    "the 'actions' are facts about SSRIs, not acts",
)
bad(
    "mg-valp-next-steps-teratogen",
    MG,
    "valp",
    "Next steps: valproate carries a risk of major malformations of around 10% and neurodevelopmental "
    "disorders in up to 30-40% of exposed children; it is subject to a pregnancy prevention programme.",
    "'next steps' that are the valproate risk figures only: no referral, no decision",
    greek,
)
ok(
    "mg-meth-facts-then-plan",
    MG,
    "meth",
    "Methadone crosses the placenta, so the baby is at risk of NAS. Plan: methadone 60 mg od continues; "
    "postnatal ward NAS scores for 72 h; no co-sleeping after her dose, cot seen by the community midwife; "
    "breastfeeding encouraged (only small amounts in milk).",
    "monograph facts used as reasons for acts",
    zwsp,
)
ok(
    "mg-valp-risk-then-referrals",
    MG,
    "valp",
    "Valproate carries a high risk of malformation and neurodevelopmental harm after first-trimester exposure. "
    "Next steps: continue valproate 500 mg bd for now (no abrupt stop); urgent neurology referral and fetal "
    "medicine scan sent today by me; folic acid 5 mg started.",
    "the twin: the risk figures followed by acts",
    greek,
)

# ============================================================================================================
# department: a department as the only actor, no person or time.

bad(
    "dp-mo-maternity-will-manage",
    DP,
    "mo",
    "Methadone and sertraline in pregnancy. Maternity will manage.",
    "a department named as the whole plan",
)
bad(
    "dp-meth-paeds-to-sort",
    DP,
    "meth",
    "Methadone 60 mg daily. Paediatrics will handle the baby and maternity will handle mum; the drug service "
    "looks after the methadone.",
    "departments handed the whole problem with no act or time",
    shy,
)
bad(
    "dp-lo-services-involved",
    DP,
    "lo",
    "Lithium (Priadel) 800 mg nocte. Obstetrics, paediatrics and perinatal mental health are all involved and "
    "will take it from here.",
    "'all involved' with no act: the levels, the paediatric review and the feeding decision are missing",
)
bad(
    "dp-fo-social-care-responsible",
    DP,
    "fo",
    "Diazepam and pregabalin. Children's social care is responsible for the baby and primary care for mum.",
    "responsibility assigned by department, no sleeping plan, no withdrawal watch",
)
ok(
    "dp-meth-departments-with-acts",
    DP,
    "meth",
    "Methadone 60 mg daily continues. Paediatrics: NAS scoring 72 h on the postnatal ward, admit to SCBU if "
    "scores rise. Maternity: community midwife checks the cot on day 1 (no co-sleeping after dosing). Drug "
    "service keeps the dose the same to term. BF encouraged.",
    "departments as headings, each with an act and a time",
    shy,
)
ok(
    "dp-lo-services-each-act",
    DP,
    "lo",
    "Lithium (Priadel) 800 mg nocte continues. Obstetrics: level within 24 h of birth, deliver in hospital. "
    "Paediatrics: review the baby after birth. PMHT: visit within a week of birth. GP: levels monthly, weekly "
    "from 36/40. Bottle feeding, as breastfeeding is not advised.",
    "each service with its act and time",
)

# ============================================================================================================
# question: the decision asked back to the team.

bad(
    "qu-meth-keep-72h",
    QU,
    "meth",
    "Methadone 60 mg daily. Shall we keep her in for 72 hours for NAS scoring? Is breastfeeding OK? Should "
    "someone check the cot?",
    "every decision asked back as a question, none made",
    cyr,
)
bad(
    "qu-lith-breastfeed-query",
    QU,
    "lith",
    "Lithium 800 mg nocte. Do we continue it? Can she breastfeed? Does the baby need a paediatric review?",
    "three questions and no answer",
)
bad(
    "qu-valp-thoughts-welcome",
    QU,
    "valp",
    "On valproate 500 mg bd, now 8/40. Should we stop it or switch? Who refers to fetal medicine? Thoughts welcome.",
    "questions back to colleagues in an unplanned valproate pregnancy",
)
bad(
    "qu-quet-would-crib-be-safer",
    QU,
    "quet",
    "Dad on quetiapine 300 mg nocte. Would it be safer if mum did the night feeds? Should the baby be in her own crib?",
    "the safe-sleep decision posed as a question",
    fw,
)
ok(
    "qu-meth-question-answered",
    QU,
    "meth",
    "Methadone 60 mg daily. Should she stay in for 72 h? Yes: the postnatal ward keeps mother and baby in for "
    "72 h of NAS scoring. Breastfeeding encouraged. The community midwife checks the cot on day 1; no "
    "co-sleeping after her dose.",
    "a question asked and answered with who and when",
    cyr,
)
ok(
    "qu-lith-faq-style",
    QU,
    "lith",
    "Continue lithium? Yes, 800 mg nocte (relapse risk high). Breastfeed? No, not advised on lithium; she will "
    "bottle feed. Baby? Paediatric review after birth, level and TFTs if floppy or feeding poorly. Levels? GP "
    "monthly, weekly from 36/40, and within 24 h of birth on labour ward.",
    "question-and-answer layout, every answer given",
)

# ============================================================================================================
# quoted: the plan only inside the mother's quoted message.

bad(
    "qt-meth-her-text",
    QT,
    "meth",
    "Methadone 60 mg daily. Jodie texted: \"I'll stay in 3 days so they can check him, I won't sleep with him "
    "in my bed, and I'm going to breastfeed.\"",
    "the whole plan is the mother's message: no professional act, no team decision",
    zwsp,
)
bad(
    "qt-fo-mum-said",
    QT,
    "fo",
    "Diazepam and pregabalin. Mum says: 'the foster carer does nights and I'll only see baby in the day, and "
    "the HV is coming on day 6'.",
    "the placement plan quoted from the mother, not stated or owned by the team",
)
bad(
    "qt-cit-her-email",
    QT,
    "cit",
    "Citalopram 20 mg. Her email of today reads: \"I'm carrying on with my citalopram and I'll breastfeed, "
    'the midwife can watch baby for two days".',
    "the plan is in her email; the team decides nothing",
)
bad(
    "qt-po-partner-message",
    QT,
    "po",
    "Paracetamol no concern. Quetiapine: Daniel wrote \"I take my tablets at 10 and I won't do the night feeds, "
    'Chloe will".',
    "the father's own message is the only plan for his sedation",
)
ok(
    "qt-meth-quote-then-endorsed",
    QT,
    "meth",
    'Methadone 60 mg daily. Jodie: "I want to breastfeed and stay in till he\'s checked." Agreed and planned: '
    "postnatal ward NAS scores 72 h; breastfeeding supported by the ward midwives; no bed-sharing after her "
    "dose, community midwife to see the cot on day 1.",
    "her words quoted, then the team's plan",
    zwsp,
)
ok(
    "qt-cit-her-wish-and-plan",
    QT,
    "cit",
    'Citalopram 20 mg continues; she said "I don\'t want to go backwards" and relapse risk outweighs the small '
    "risk to the baby. Midwife observes baby 48 h for adaptation signs; breastfeeding supported; GP mood r/v at "
    "6/52.",
    "a quoted wish inside a plan the clinicians own",
)
# ============================================================================================================
# past-timeline: every date of the plan before the assessment (2 March 2026, EDD 15 May 2026).

bad(
    "pt-meth-all-before",
    PT,
    "meth",
    "Methadone 60 mg daily. Timeline: 12/01/26 NAS scoring on the ward arranged; 26/01/26 community midwife "
    "saw the cot; 09/02/26 breastfeeding discussed. Nothing further planned.",
    "every act dated before the assessment and 'nothing further planned': no plan for the birth to come",
    bidi,
)
bad(
    "pt-mo-done-already",
    PT,
    "mo",
    "Methadone and sertraline. 05/01/26 both reviewed by drug service; 02/02/26 HV and SW visited the home; "
    "16/02/26 ward informed. Plan complete.",
    "a timeline that ended before the assessment: nothing is planned for the birth",
)
bad(
    "pt-sert-last-month",
    PT,
    "sert",
    "Sertraline 100 mg: reviewed 10 February, baby observation agreed 14 February, mood checked 20 February. "
    "No further action.",
    "everything in the past and 'no further action' in an antenatal record",
)
ok(
    "pt-meth-history-then-future",
    PT,
    "meth",
    "Methadone 60 mg daily. 26/01/26 community midwife saw the cot by the bed. From here: stays on 60 mg to "
    "term; at birth (EDD 15/05/26) the postnatal ward scores the baby for NAS for 72 h; breastfeeding "
    "encouraged; no co-sleeping after doses, cot rechecked by the community midwife on day 1.",
    "past events as history, then acts after the assessment",
    bidi,
)
ok(
    "pt-sert-dated-ahead",
    PT,
    "sert",
    "Sertraline 100 mg od continues. 13/04/26 (36/40) midwife adds it to the birth plan; after birth the "
    "postnatal ward observes the baby 24 h with the methadone NAS obs; GP mood r/v 6/52 pn. BF fine.",
    "a timeline dated after the assessment",
)

# ============================================================================================================
# contradicts-items: a conclusion against the template's own items.

bad(
    "ci-lith-will-breastfeed",
    CI,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. She will breastfeed from birth; levels monthly, weekly from "
    "36/40 and within 24 h of delivery; paeds review the baby; PMHT to see her within a week.",
    "the items say breastfeeding is not advised and bottle feeding was agreed; the conclusion says she will breastfeed",
    greek,
)
bad(
    "ci-lo-exclusive-breast",
    CI,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte with levels monthly and weekly from 36/40. Exclusive "
    "breastfeeding planned and encouraged by the midwives. Paediatric review after birth; PMHT within a week.",
    "the overall conclusion contradicts the breastfeeding item and the recorded bottle feeding",
)
bad(
    "ci-meth-bottle-advised",
    CI,
    "meth",
    "Methadone 60 mg daily continues. Breastfeeding is not advised on methadone, she will formula feed. NAS "
    "scoring 72 h on the ward; no co-sleeping after dosing, cot checked at home visit.",
    "the record says breastfeeding is supported and she plans to breastfeed; the conclusion advises against",
)
bad(
    "ci-quet-dad-does-nights",
    CI,
    "quet",
    "Quetiapine 300 mg nocte for dad. He takes the night feeds so mum can rest, baby sleeps in the crib; HV "
    "will keep checking.",
    "his own assessment says he is too sedated at night; the conclusion gives him the night feeds",
)
ok(
    "ci-lith-bottle-agreed",
    CI,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. She will bottle feed (breastfeeding not advised on lithium). "
    "Levels monthly, weekly from 36/40 and within 24 h of delivery; paeds review the baby; PMHT to see her "
    "within a week.",
    "the twin agreeing with the items",
    greek,
)
ok(
    "ci-meth-breast-supported",
    CI,
    "meth",
    "Methadone 60 mg daily continues. Breastfeeding encouraged (helps NAS). Ward scores baby 72 h; no "
    "co-sleeping after dosing, community midwife to check the cot at the home visit.",
    "the twin agreeing with the feeding item",
)

# ============================================================================================================
# negated: every act in the negative.

bad(
    "ng-meth-will-not-be-observed",
    NG,
    "meth",
    "Methadone 60 mg daily. The baby will not be observed for NAS, the cot will not be checked and "
    "breastfeeding will not be discussed.",
    "every act negated: no observation of a methadone-exposed baby",
    cyr,
)
bad(
    "ng-lith-no-levels",
    NG,
    "lith",
    "Lithium 800 mg nocte. No levels will be taken in late pregnancy or after birth and the baby will not need "
    "paediatric review.",
    "the safety acts refused in the negative; unsafe and against the template's own items",
)
bad(
    "ng-dzp-no-one-will-fail",
    NG,
    "dzp",
    "Diazepam and pregabalin. No one will fail to keep night care awake, and no one will fail to notice late "
    "withdrawal.",
    "double negatives with 'no one' as the actor: nobody is given the act",
)
bad(
    "ng-quet-nobody-neglects",
    NG,
    "quet",
    "Quetiapine at night for dad. Nobody will neglect the crib and nobody will not check the night feeds.",
    "double negatives with nobody as actor",
    fw,
)
ok(
    "ng-meth-negatives-as-advice",
    NG,
    "meth",
    "Methadone 60 mg daily continues. She must not co-sleep or sofa-sleep with the baby after her dose; she "
    "should not stop methadone suddenly. The ward scores the baby for NAS for 72 h; BF encouraged; community "
    "midwife to see the cot on day 1.",
    "negative advice (don't co-sleep, don't stop) alongside positive acts",
    cyr,
)
ok(
    "ng-lith-no-breastfeeding-with-acts",
    NG,
    "lith",
    "Lithium 800 mg nocte continues. No breastfeeding (not advised on lithium), bottle feeding agreed. Levels "
    "by the GP monthly, weekly from 36/40, within 24 h of birth; paeds review the baby after birth; PMHT "
    "visit within 7 days.",
    "a 'no' that is itself the right advice, with the acts",
)
# ============================================================================================================
# absent-father: acts given to a father the record says does not live with her.

ABSENT = set_(
    "partner.relationship",
    "The baby's father; does not live with the mother and baby and has no contact with them",
)


def on_p(name: str, category: str, expect: Expect, where: str, text: str, why: str) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, chain(ABSENT, setter(text)), why)


on_p(
    "af-quet-dad-checks-crib",
    AF,
    REFUSE,
    "quet",
    "Quetiapine 300 mg nocte for the father, who is sedated at night. He checks the crib every night and "
    "settles the baby before his dose; mum does the feeds.",
    "the father who does not live there and has no contact is given the nightly checks",
)
on_p(
    "af-po-dad-supervises",
    AF,
    REFUSE,
    "po",
    "Mum's paracetamol is no concern. Dad's quetiapine makes him drowsy at night, so he supervises the "
    "morning feeds at home and makes sure the crib is clear every evening.",
    "acts given to a father recorded as absent",
)
on_p(
    "af-quet-visits-only-day",
    AF,
    PASS,
    "quet",
    "Father takes quetiapine 300 mg nocte and does not live with mum; if contact starts it is by day only, "
    "never overnight, and he never sleeps with the baby. Mum does all feeds, baby in her own crib; HV checks "
    "this and asks about contact at each visit.",
    "the absent father's quetiapine assessed for any contact; acts for mum and the HV",
)
on_p(
    "af-po-no-contact-plan",
    AF,
    PASS,
    "po",
    "Mum's paracetamol raises no concern. The father (quetiapine 300 mg nocte, heavily sedating) does not live "
    "with them and has no contact; should that change, no overnight care by him. Mum does all night feeds, "
    "baby in her own crib; the HV rechecks at the 6-8 week contact.",
    "a plan consistent with the father's absence",
)
bad(
    "af-po-dad-present-tense-sleeps",
    AF,
    "po",
    "Paracetamol: fine. Quetiapine: Daniel does all the night feeds after his 10 pm dose and sleeps with the "
    "baby on the sofa; HV aware.",
    "with the father living there, the plan gives him what his sedation rules out",
)
ok(
    "af-po-dad-present-day-care",
    AF,
    "po",
    "Mum's paracetamol is no concern. Daniel's quetiapine 300 mg nocte sedates him: he helps with the baby in "
    "the day only, never night feeds or bed/sofa sharing after his dose; mum does nights; the HV checks the "
    "crib and arrangements at each visit.",
    "the father living there is given only day care",
    shy,
)

# ============================================================================================================
# more twins and disguises across the lens.

bad(
    "rd-po-you-should-both",
    RD,
    "po",
    "Paracetamol is fine. As to the quetiapine, you should both agree that he never does the night feeds and "
    "you should keep the crib separate.",
    "'you' as the actor of a shared record: the family, or the reader, not a professional",
)
ok(
    "rd-po-hv-owns",
    RD,
    "po",
    "Paracetamol is fine. Quetiapine: Chloe and Daniel agreed he never does night feeds after his dose and the "
    "baby stays in her own crib; the HV will check this at each visit to 8 weeks.",
    "the family's agreement plus the HV's checks",
)
bad(
    "gl-co-aim-wellbeing",
    GL,
    "co",
    "Citalopram 20 mg in pregnancy. The overarching aim is maternal wellbeing and a well baby at birth.",
    "an aim in place of the overall plan",
    cyr,
)
ok(
    "gl-co-aim-plus-plan",
    GL,
    "co",
    "Citalopram 20 mg in pregnancy: aim is a well mother and baby. Continue citalopram; midwife observes the "
    "baby 48 h for adaptation symptoms; breastfeeding supported; GP mood r/v at 6/52.",
    "the twin with acts",
    cyr,
)
bad(
    "an-dzp-after-next-cp",
    AN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd. Safe-sleep and withdrawal arrangements for baby to be "
    "confirmed after the next core group.",
    "a postnatal baby's safety deferred to a later meeting, no one meanwhile",
    greek,
)
ok(
    "an-dzp-now-and-after-cg",
    AN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd. Now: foster carer does all night care awake; supervised "
    "contact only by day; HV day 6 and day 8 for late withdrawal. After the core group on 2 June the SW "
    "reviews contact; GP starts the diazepam taper in 4 weeks.",
    "acts now, and a later step with a date and a person",
    greek,
)
bad(
    "sb-co-previous-pregnancy-present",
    SB,
    "co",
    "Citalopram 20 mg. In her last pregnancy the baby is observed 48 h and is breastfed; the GP reviews her "
    "mood at the 6-week check.",
    "a previous pregnancy's plan told in the present",
)
ok(
    "sb-co-this-pregnancy",
    SB,
    "co",
    "Citalopram 20 mg continues as in her last pregnancy, when the baby had no adaptation problems. This baby: "
    "midwife observes 48 h; breastfeeding supported; GP mood r/v at 6/52 pn.",
    "the twin: the last pregnancy as reassurance, the plan for this one",
)
bad(
    "mg-fo-headings",
    MG,
    "fo",
    "Plan: diazepam is a long-acting benzodiazepine with active metabolites. Baby: pregabalin binds the "
    "alpha-2-delta subunit. Follow-up: combined CNS depression is additive.",
    "pharmacology under plan headings",
    bidi,
)
ok(
    "mg-fo-facts-and-acts",
    MG,
    "fo",
    "Diazepam and pregabalin: additive sedation and late neonatal withdrawal (long half-life). Plan: foster "
    "carer does all night care; no contact while mum is drowsy; HV checks the baby day 6 and 8; GP starts a "
    "supervised diazepam taper next month.",
    "the twin with acts",
    bidi,
)
bad(
    "dp-co-midwifery-team",
    DP,
    "co",
    "Citalopram 20 mg: midwifery and the GP practice to manage.",
    "two departments, no act",
)
ok(
    "dp-co-midwifery-acts",
    DP,
    "co",
    "Citalopram 20 mg continues. Midwifery: observe the baby 48 h for adaptation, support breastfeeding. GP "
    "practice: mood review at 6/52.",
    "the twin with acts",
)
bad(
    "qu-dzp-who-does-nights",
    QU,
    "dzp",
    "Diazepam and pregabalin. Who does night care? Should contact be supervised? Is day 8 review needed?",
    "questions only",
    shy,
)
ok(
    "qu-dzp-answered",
    QU,
    "dzp",
    "Diazepam and pregabalin, both sedating. Who does night care? The foster carer, awake. Contact? Supervised "
    "by day. Late withdrawal? HV sees the baby on day 6 and day 8. Taper? GP starts it in 4 weeks.",
    "the twin answering each",
    shy,
)
bad(
    "qt-lo-her-diary",
    QT,
    "lo",
    "Lithium (Priadel). From her diary: 'bloods every month, weekly from 36 weeks, baby to see the children's "
    "doctor, bottles not breast, mental health team the week after'.",
    "the plan exists only as the mother's diary entry",
    fw,
)
ok(
    "qt-lo-team-confirms",
    QT,
    "lo",
    "Lithium (Priadel) 800 mg continues. She wrote 'bottles not breast' and we agree: breastfeeding not "
    "advised. GP levels monthly, weekly from 36/40; level within 24 h of birth by the obstetric team; paeds "
    "review after birth; PMHT within a week.",
    "her note quoted, the team's plan stated",
    fw,
)
bad(
    "pt-co-before-assessment",
    PT,
    "co",
    "Citalopram 20 mg: birth plan updated 03/01/26, HV informed 05/01/26, mood reviewed 07/01/26. Nothing outstanding.",
    "every date before the assessment, nothing for birth or after",
)
bad(
    "ci-co-stop-citalopram",
    CI,
    "co",
    "Stop citalopram now to avoid harm to the baby; midwife to watch for adaptation after birth; GP to review "
    "mood at 6 weeks.",
    "the assessment says citalopram should continue; the overall conclusion stops it",
    zwsp,
)
ok(
    "ci-co-continue",
    CI,
    "co",
    "Keep citalopram 20 mg going; the midwife watches the baby 48 h for adaptation; GP reviews mood at 6 weeks; "
    "breastfeeding fine.",
    "the twin agreeing with the assessment",
    zwsp,
)
bad(
    "ng-co-not-watched",
    NG,
    "co",
    "Citalopram 20 mg continues. Baby will not be watched after birth and her mood will not be reviewed.",
    "negated safety acts",
)
bad(
    "ng-valp-not-referred",
    NG,
    "valp",
    "Sodium valproate 500 mg bd at 8/40. Not referred to neurology, not referred to fetal medicine, no folic acid.",
    "the urgent acts negated",
    greek,
)
ok(
    "ng-valp-do-not-stop",
    NG,
    "valp",
    "Sodium valproate 500 mg bd at 8/40: do not stop abruptly (seizure risk). Referred today to neurology "
    "(urgent) and fetal medicine; folic acid 5 mg started; GP to see her after neurology.",
    "a negative instruction that is right, with the acts",
    greek,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F109CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F109CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F109CASES):3}"
    )
