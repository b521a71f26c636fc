"""A sixty-fourth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-second round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It aims at the readings added last (CHANGELOG.md, ``## [Unreleased]``, the
first entries under ``### Added`` and ``### Fixed``): MA017's impossible written dates, MA130's impossible dose
lines, MA103's open "whether" clauses, possibilities under "provided", copied-back "Label: value." pairs, wishes,
promised plans and framing verbs, MA127's outright stop now and sedation given to another medicine, and MA120's
"other mother". About 80% are GOOD records a clinician could well write in those very words (they must pass);
the rest are hollow or impossible near misses (they must be refused). It covers:

* ``calendar-dates``: real dates of every shape in plans (29 February 2028, "31st March", "30/04/2027", ranges,
  "Sept 30th", dates that read both ways, a date being corrected, gestations, scores and times beside dates),
  beside 31/09, "the thirtieth of February" and 29/02 of a non-leap year;
* ``dose-lines``: tapers to nothing, "0.5 mg", "1-2 tablets", "nil by mouth before theatre", "stopped", no
  take-home doses, nothing in the daytime, beside doses of zero, "nil" and below zero;
* ``whether-clauses``: "whether" clauses answered in the same breath, beside ones left open or undecided;
* ``conditions``: firm plans under "provided", "as long as", "so long as" and "assuming", beside possibilities
  that only hang on a condition;
* ``labelled-plans``: shorthand plans written as "Label: value" with a decision in them, beside the template's
  coded answers copied back;
* ``stops-and-switches``: tapers, stops at a time or after an event, what stopping risks, a past try and her own
  choice against advice, beside an outright stop now that the recommendations contradict;
* ``sedation-compared``: one medicine's sedation compared with another's, beside a sedating medicine said not
  to sedate;
* ``same-sex-partners``: the partner as wife, other mum, co-parent, non-birth mother and the baby's other mother,
  beside a partner's conclusion that says nothing;
* ``wishes``: her wishes beside the team's decision, beside wishes alone;
* ``promised-plans``: a plan decided now with the written plan to follow, beside a plan only promised;
* ``framing``: "taken into account", "remains the focus", "parameters" and "the dose remains 60 mg" beside a
  decision, beside framing alone;
* ``disguise``: about a fifth of the batch, good and hollow texts of the shapes above in look-alike letters,
  zero-width and format characters, soft hyphens, bidi controls, full-width and combining marks.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh64_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import PASS, REFUSE, Case, Expect, L, M, Mutation, N, P, V, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F64CASES: list[Case] = []

CATEGORIES = (
    "calendar-dates",
    "dose-lines",
    "whether-clauses",
    "conditions",
    "labelled-plans",
    "stops-and-switches",
    "sedation-compared",
    "same-sex-partners",
    "wishes",
    "promised-plans",
    "framing",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F64CASES.append(Case(f"f64-{name}", category, expect, base, mutate, why))


# Where a text goes: (base example, path).
TARGETS: dict[str, tuple[str, str]] = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "meth-rec": (M, "assessments#asm-methadone.recommendations"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "m-over": (M, "overall_conclusion.text"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "lith-rec": (L, "assessments#asm-lithium.recommendations"),
    "l-over": (L, "overall_conclusion.text"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "v-over": (V, "overall_conclusion.text"),
    "partner": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "p-over": (P, "overall_conclusion.text"),
    "d-meth": (M, "medicines#med-methadone.dose"),
    "d-sert": (M, "medicines#med-sertraline.dose"),
    "d-lith": (L, "medicines#med-lithium.dose"),
    "d-para": (N, "medicines#med-paracetamol.dose"),
    "d-lact": (N, "medicines#med-lactulose.dose"),
    "d-folic": (V, "medicines#med-folic-acid.dose"),
    "d-quet": (P, "medicines#med-partner-quetiapine.dose"),
}

# Every text case: name -> (category, target, text, why). Kept so the disguise section can reuse them.
GOOD: dict[str, tuple[str, str, str, str]] = {}
HOLLOW: dict[str, tuple[str, str, str, str]] = {}


def good(name: str, category: str, target: str, text: str, why: str) -> None:
    GOOD[name] = (category, target, text, why)
    base, path = TARGETS[target]
    add(name, category, PASS, base, set_(path, text), why)


def hollow(name: str, category: str, target: str, text: str, why: str) -> None:
    HOLLOW[name] = (category, target, text, why)
    base, path = TARGETS[target]
    add(name, category, REFUSE, base, set_(path, text), why)


# ============================================================================================================
# calendar-dates (MA017): real dates of every shape; impossible ones refused.

good(
    "date-leap-2028-lith",
    "calendar-dates",
    "lith",
    "Lithium continues at 800 mg at night: relapse after birth is the greater danger. Levels monthly, weekly from "
    "36 weeks and within 24 hours of birth; the baby has a paediatric review after birth and is bottle fed. The "
    "perinatal team keeps her on its caseload until 29 February 2028.",
    "29 February 2028 exists: 2028 is a leap year",
)
good(
    "date-31st-march-meth",
    "calendar-dates",
    "meth",
    "Methadone 60 mg continues; the drug service sees her next on 31st March. Her baby is watched for withdrawal "
    "on the postnatal ward for at least 72 hours, breastfeeding goes ahead, and she never sleeps with the baby "
    "after her dose; the cot is checked at the home visit.",
    "31st March is a real date written with an ordinal",
)
good(
    "date-30-04-2027-l-over",
    "calendar-dates",
    "l-over",
    "Lithium (Priadel) 800 mg at night continues, with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. The baby is reviewed by a paediatrician after birth and bottle fed. The perinatal mental health team "
    "sees her within a week of birth and follows her until 30/04/2027.",
    "30/04/2027 is a real date in numbers",
)
good(
    "date-range-weekly-lith",
    "calendar-dates",
    "lith",
    "Lithium 800 mg at night continues. Weekly levels from 29/07/2026 to delivery, then one within 24 hours of "
    "birth; between 20 and 26 August 2026 she drinks to thirst and the obstetric team holds the dose once labour "
    "starts. The baby has a paediatric review and is bottle fed.",
    "a date range, both ends real",
)
good(
    "date-sept-30th-lith",
    "calendar-dates",
    "lith",
    "Lithium stays at 800 mg nightly, as stopping would risk postpartum psychosis. The baby sees a paediatrician "
    "after birth for floppiness or poor feeding and is bottle fed; levels within 24 hours of birth, and the "
    "perinatal team's postnatal review is on Sept 30th.",
    "'Sept 30th' is a real date in US-style word order",
)
good(
    "date-both-ways-meth",
    "calendar-dates",
    "meth",
    "Methadone 60 mg once daily continues, reviewed with the drug service on 07/04/2026. The newborn stays on the "
    "postnatal ward at least 72 hours for withdrawal scoring; breastfeeding supported; no co-sleeping after a dose "
    "and the home visit checks the cot.",
    "07/04/2026 is a real date read either way round",
)
good(
    "date-corrected-sert",
    "calendar-dates",
    "sert",
    "Sertraline 100 mg continues because relapse would harm her and the baby more than the medicine does. The "
    "review was mistyped as 31/04/2026 in the clinic letter and is corrected to 30/04/2026; the midwife watches "
    "the baby for adaptation signs after birth.",
    "the impossible date is the one being corrected, the real one stands",
)
good(
    "date-gestation-beside-meth",
    "calendar-dates",
    "meth",
    "Methadone continues at 60 mg. From 36+0 weeks (17/04/2026) she collects it from the pharmacy by the maternity "
    "unit. The baby is observed for neonatal withdrawal for 72 hours after birth, breastfeeding is encouraged, and "
    "no bed sharing after her dose; the health visitor sees the cot.",
    "a gestation beside a real date",
)
good(
    "date-score-beside-sert",
    "calendar-dates",
    "sert",
    "EPDS 5/30 on 02/03/2026: sertraline 100 mg continues unchanged. The baby has a small risk of adaptation signs "
    "and of persistent pulmonary hypertension, so the midwife watches for them after birth and the paediatric "
    "team is told at delivery.",
    "a score written as a fraction beside a real date",
)
good(
    "date-time-beside-valp",
    "calendar-dates",
    "valp",
    "Valproate continues unchanged until the neurologist sees her at 09:30 on 27/05/2026; stopping suddenly risks "
    "seizures. The baby was exposed in the first trimester, so fetal medicine reviews her early and the detailed "
    "anomaly scan is booked; folic acid 5 mg started.",
    "a time beside a real date",
)
good(
    "date-words-ordinal-lith",
    "calendar-dates",
    "lith",
    "Lithium continues at 800 mg at night. The last level before birth is taken on the twenty-sixth of August, "
    "the due date, and another within 24 hours of birth; the paediatrician reviews the baby after birth and "
    "breastfeeding is not advised, so she bottle feeds.",
    "a real date in ordinal words",
)
good(
    "date-first-may-m-over",
    "calendar-dates",
    "m-over",
    "Methadone and sertraline continue unchanged until the planning meeting on the 1st of May 2026. The baby has "
    "72 hours of withdrawal observation on the postnatal ward, breastfeeding is supported, and no co-sleeping "
    "after her methadone; the social worker and health visitor see the cot before discharge.",
    "a real date in ordinal and month words with a year",
)
hollow(
    "date-31-09-lith",
    "calendar-dates",
    "lith",
    "Lithium continues at 800 mg at night with levels monthly and weekly from 36 weeks. The baby has a paediatric "
    "review after birth and is bottle fed; the perinatal team reviews her on 31/09/2026.",
    "31 September does not exist",
)
hollow(
    "date-thirtieth-feb-meth",
    "calendar-dates",
    "meth",
    "Methadone 60 mg continues to delivery and the drug service reviews it on the thirtieth of February. The baby "
    "is scored for withdrawal on the ward for 72 hours; breastfeeding supported; no co-sleeping after a dose.",
    "the thirtieth of February does not exist",
)
hollow(
    "date-29-02-2027-valp",
    "calendar-dates",
    "valp",
    "Valproate continues until neurology review; stopping suddenly risks seizures. The exposed baby needs early "
    "fetal medicine review; the pregnancy prevention review after birth is booked for 29/02/2027.",
    "2027 is not a leap year",
)

# ============================================================================================================
# dose-lines (MA130): real dose lines of every shape; zero and below refused.

good(
    "dose-taper-to-none-lact",
    "dose-lines",
    "d-lact",
    "15 ml twice a day for a week, then 10 ml, then 5 ml, then none",
    "a taper to nothing is a real plan",
)
good(
    "dose-half-ml-folic",
    "dose-lines",
    "d-folic",
    "5 mg once daily until 12 weeks, then 0.4 mg daily to the end of pregnancy",
    "a decimal below one is a real amount",
)
good(
    "dose-one-or-two-para",
    "dose-lines",
    "d-para",
    "1-2 tablets (500 mg to 1 g) up to four times a day when needed; no more than 8 tablets in 24 hours",
    "a range of tablets",
)
good(
    "dose-nil-by-mouth-para",
    "dose-lines",
    "d-para",
    "1 g up to four times a day when needed for perineal pain; nil by mouth from midnight before her theatre list",
    "'nil by mouth' is about eating before theatre, not a dose of nothing",
)
good(
    "dose-stopped-lact",
    "dose-lines",
    "d-lact",
    "15 ml twice a day; stopped once her bowels are regular",
    "a medicine to be stopped is a real dose line",
)
good(
    "dose-half-tablet-para",
    "dose-lines",
    "d-para",
    "½ to 2 tablets (250 mg to 1 g) up to four times a day when needed",
    "a half tablet written with the fraction sign",
)
good(
    "dose-no-takehome-meth",
    "dose-lines",
    "d-meth",
    "60 mg (60 ml) once daily, supervised consumption; 0 take-home doses while she is pregnant",
    "a count of take-home doses of zero is not a dose of zero",
)
good(
    "dose-nothing-daytime-quet",
    "dose-lines",
    "d-quet",
    "300 mg (three tablets) at night; nothing in the daytime",
    "no daytime dose beside the night dose",
)
good(
    "dose-split-meth",
    "dose-lines",
    "d-meth",
    "60 mg once daily, supervised; may be split 40 mg morning and 20 mg evening from 36 weeks by the drug service",
    "a split dose",
)
good(
    "dose-loose-stools-lact",
    "dose-lines",
    "d-lact",
    "15 ml twice a day; no dose on a day with loose stools",
    "a day without a dose beside a real dose",
)
good(
    "dose-level-range-lith",
    "dose-lines",
    "d-lith",
    "800 mg at night (two 400 mg tablets), aiming for a level of 0.6 to 0.8 mmol/L; brand prescribing (Priadel)",
    "a target level range beside the dose",
)
good(
    "dose-reduced-from-quet",
    "dose-lines",
    "d-quet",
    "300 mg at night, reduced from 400 mg in October 2025",
    "a dose with the dose it came down from",
)
hollow(
    "dose-zero-lith",
    "dose-lines",
    "d-lith",
    "0 mg at night; brand prescribing (Priadel)",
    "a dose of zero is not a dose of a medicine she takes",
)
hollow(
    "dose-minus-lact",
    "dose-lines",
    "d-lact",
    "-15 ml twice a day",
    "a dose below zero cannot be taken",
)
hollow(
    "dose-zero-tablets-sert",
    "dose-lines",
    "d-sert",
    "zero tablets once daily",
    "zero tablets in words",
)

# ============================================================================================================
# whether-clauses (MA103): answered in the same breath; left open refused.

good(
    "whether-weighed-sert",
    "whether-clauses",
    "sert",
    "Whether to keep sertraline was weighed with her today: it continues at 100 mg, because relapse is the bigger "
    "risk, and the midwife watches the baby for adaptation signs after birth with the paediatric team told.",
    "the whether-question is answered",
)
good(
    "whether-bf-settled-meth",
    "whether-clauses",
    "meth",
    "Whether she breastfeeds was settled at clinic: she will, on methadone 60 mg, which continues. The baby is "
    "observed for withdrawal on the ward for three days; the cot is used for every sleep after her dose and the "
    "home visit checks it.",
    "the feeding question is answered",
)
good(
    "whether-or-not-meth",
    "whether-clauses",
    "meth",
    "Whether or not she breastfeeds, methadone stays at 60 mg and the baby is scored for withdrawal on the ward for "
    "at least 72 hours; she is encouraged to breastfeed, and she must not co-sleep after her dose.",
    "'whether or not' then a plan",
)
good(
    "whether-neuro-decides-valp",
    "whether-clauses",
    "valp",
    "Whether valproate can be switched is for the epilepsy team this week; until then it continues unchanged, as "
    "stopping risks seizures. The baby has been exposed in the first trimester, so fetal medicine sees her early; "
    "folic acid 5 mg started today.",
    "a question passed on, with a firm plan until then",
)
good(
    "whether-longer-stay-meth",
    "whether-clauses",
    "meth",
    "The open question was whether the baby needs a longer stay: the answer is at least 72 hours on the ward, and "
    "five days if withdrawal scores rise. Methadone 60 mg continues, breastfeeding supported, no co-sleeping after "
    "a dose.",
    "the question stated, then answered",
)
good(
    "whether-night-care-partner",
    "whether-clauses",
    "partner",
    "Whether the father can do night feeds was discussed: he cannot, because his quetiapine leaves him too "
    "sedated. The mother does them, the baby sleeps in its own crib and never in a bed or on a sofa with him, and "
    "the health visitor checks at each visit.",
    "the partner's question answered",
)
hollow(
    "whether-open-meth",
    "whether-clauses",
    "meth",
    "Whether methadone continues after delivery remains open, and whether she breastfeeds is still undecided.",
    "two questions left open",
)
hollow(
    "whether-yet-agreed-sert",
    "whether-clauses",
    "sert",
    "Whether sertraline is kept on through the third trimester has yet to be agreed.",
    "a question not yet agreed",
)

# ============================================================================================================
# conditions (MA103): firm plans under a condition; possibilities under one refused.

good(
    "provided-supervised-meth",
    "conditions",
    "meth",
    "Methadone 60 mg continues, provided she keeps taking it under supervision; a missed week goes straight back "
    "to the drug service. The baby is observed for withdrawal for 72 hours on the ward; breastfeeding is "
    "encouraged; never co-sleeping after her dose.",
    "a firm plan with a condition and what happens if it fails",
)
good(
    "as-long-as-stable-meth",
    "conditions",
    "meth",
    "Breastfeeding is supported as long as her methadone dose stays stable, and it has been stable at 60 mg since "
    "December. The baby stays on the ward 72 hours for withdrawal scoring, and she does not bed share after a "
    "dose; the cot is checked at home.",
    "a condition that is already met",
)
good(
    "so-long-as-levels-lith",
    "conditions",
    "lith",
    "Lithium continues at 800 mg so long as her levels stay between 0.6 and 0.8 mmol/L; the psychiatrist adjusts "
    "it if not. Levels weekly from 36 weeks and within a day of birth; the paediatrician reviews the baby; bottle "
    "feeding planned.",
    "a firm plan held within a range",
)
good(
    "provided-daytime-partner",
    "conditions",
    "partner",
    "The father's quetiapine makes him too drowsy for night care: the mother does every night feed and the baby "
    "sleeps in its crib, never with him. He looks after the baby in the daytime, provided he has had no daytime "
    "dose; the health visitor checks this at each visit.",
    "an allowance under a condition beside the firm night rule",
)
good(
    "assuming-dating-valp",
    "conditions",
    "valp",
    "Valproate continues unchanged until neurology has seen her; do not stop it. Assuming the dating scan confirms "
    "8 weeks, the fetal medicine review is before 12 weeks and the detailed anomaly scan at 20; folic acid 5 mg "
    "every day meanwhile.",
    "a firm schedule under an assumption",
)
good(
    "providing-no-relapse-sert",
    "conditions",
    "sert",
    "Sertraline continues at 100 mg to delivery and beyond; providing her mood stays well, the GP reviews it six "
    "months after birth. The baby may show adaptation signs, so the midwife watches for them and the paediatric "
    "team knows at delivery.",
    "'providing' over a later review, not over the plan",
)
hollow(
    "provided-could-meth",
    "conditions",
    "meth",
    "Methadone could continue provided she engages, and breastfeeding might be possible so long as things stay "
    "settled.",
    "possibilities hanging on conditions; nothing decided",
)
hollow(
    "assuming-may-sert",
    "conditions",
    "sert",
    "Sertraline may be fine assuming her mood holds.",
    "a possibility under an assumption",
)

# ============================================================================================================
# labelled-plans (MA103): shorthand plans with decisions; coded answers copied back refused.

good(
    "labels-plan-meth",
    "labelled-plans",
    "meth",
    "Plan: methadone 60 mg daily continues. Baby: withdrawal observation on the ward 72 h, HV checks to day 8. "
    "Feeding: breast, supported. Sleep: cot only, no co-sleeping after her dose.",
    "a labelled shorthand plan",
)
good(
    "labels-partner",
    "labelled-plans",
    "partner",
    "Quetiapine (father): heavily sedating at night. Night care: mother only. Sleep: next-to-me crib, never in bed "
    "or on the sofa with him. HV: checks at each visit to 8 weeks.",
    "a labelled partner plan",
)
good(
    "labels-lith",
    "labelled-plans",
    "lith",
    "Lithium: continue 800 mg nocte. Levels: monthly, weekly from 36/40, within 24 h of birth. Baby: paediatric "
    "review after birth for toxicity signs. Feeding: bottle, as breastfeeding is not advised.",
    "a labelled lithium plan",
)
good(
    "labels-m-over",
    "labelled-plans",
    "m-over",
    "Medicines: methadone 60 mg and sertraline 100 mg, both unchanged. Baby: 72 h on the postnatal ward for "
    "withdrawal and adaptation. Feeding: breast, supported. Sleep: cot; no co-sleeping after methadone. Checks: "
    "social worker and HV see the cot before discharge.",
    "a labelled overall plan",
)
good(
    "labels-cosleep-no-meth",
    "labelled-plans",
    "meth",
    "Methadone continues at 60 mg. Co-sleeping: no, because of her drowsiness after each dose; the home visit "
    "checks the cot. Withdrawal: likely, so 72 hours on the ward. Breastfeeding: yes, encouraged.",
    "'Co-sleeping: no' and the pair leading into what follows",
)
hollow(
    "labels-copied-meth",
    "labelled-plans",
    "meth",
    "Methadone 1mg/ml oral solution. Sedation: yes. Breastfeeding: yes. Withdrawal: likely.",
    "the template's coded answers copied back",
)
hollow(
    "labels-copied-lith",
    "labelled-plans",
    "lith",
    "Lithium. Sedation: no. Feeding: bottle. Safe sleep: advised.",
    "coded answers only",
)

# ============================================================================================================
# stops-and-switches (MA127): tapers, stops at a time, and so on, beside the recommendations' continuing.

good(
    "taper-after-birth-sert",
    "stops-and-switches",
    "sert",
    "Sertraline 100 mg continues to delivery; six weeks after birth, if her mood stays well, the GP tapers it by "
    "25 mg a fortnight. The midwife watches the baby for adaptation signs after birth and the paediatric team is "
    "told at delivery.",
    "a taper after birth beside recommendations that continue it now",
)
good(
    "stop-after-event-sert",
    "stops-and-switches",
    "sert",
    "Sertraline continues at 100 mg and is only stopped after the perinatal review three months postpartum if she "
    "is still well. The baby is watched for jitteriness and feeding problems in the first days, with the "
    "paediatric team aware.",
    "a stop after an event and a time",
)
good(
    "stopping-risks-sert",
    "stops-and-switches",
    "sert",
    "Stopping sertraline now would risk her depression returning late in pregnancy, so it continues at 100 mg. The "
    "baby has a small risk of adaptation symptoms and of pulmonary hypertension, which the midwife and paediatric "
    "team watch for after birth.",
    "what stopping risks",
)
good(
    "tried-before-sert",
    "stops-and-switches",
    "sert",
    "She stopped sertraline last spring and relapsed within a month, so this time it continues at 100 mg. Her baby "
    "is watched by the midwife for adaptation signs, and the paediatrician knows at delivery.",
    "a stop tried in the past",
)
good(
    "her-choice-sert",
    "stops-and-switches",
    "sert",
    "She has decided to stop sertraline this week against our advice to continue 100 mg. The GP sees her weekly "
    "for low mood, the midwife watches the baby for adaptation signs after birth, and the paediatric team is told "
    "at delivery.",
    "her choice against advice, with what the team does",
)
good(
    "held-in-labour-lith",
    "stops-and-switches",
    "lith",
    "Lithium continues at 800 mg at night; it is held when labour starts and restarted once she is eating and "
    "drinking, with a level within 24 hours of birth. The paediatrician reviews the baby after birth; she bottle "
    "feeds.",
    "a stop at a time, as clinicians manage lithium in labour",
)
good(
    "no-switch-meth",
    "stops-and-switches",
    "meth",
    "Methadone 60 mg continues; switching to another opioid substitute late in pregnancy would risk withdrawal in "
    "the womb and is not planned. The baby is observed for 72 hours for neonatal withdrawal, breastfeeding "
    "supported, and she keeps the baby in the cot after her dose.",
    "a switch considered and rejected",
)
hollow(
    "stop-now-sert",
    "stops-and-switches",
    "sert",
    "Sertraline is being stopped now because her mood has been fine, and the midwife will watch the baby for "
    "adaptation signs after birth.",
    "stopped outright now while the recommendations continue 100 mg",
)
hollow(
    "stop-this-week-lith",
    "stops-and-switches",
    "lith",
    "Lithium stops this week as she has been well for four years; the baby still has a paediatric review after "
    "birth and she bottle feeds.",
    "stopped now while the recommendations keep the levels and the dose around delivery",
)

# ============================================================================================================
# sedation-compared (MA127): one medicine's sedation beside another's.

good(
    "drowsier-than-sert-meth",
    "sedation-compared",
    "meth",
    "Methadone makes her far drowsier than her sertraline ever did, for two to four hours after each 60 mg dose, so "
    "the baby never shares her bed or sofa. Methadone continues; the baby is scored for withdrawal for 72 hours "
    "and breastfeeding is encouraged.",
    "methadone's sedation compared with sertraline's",
)
good(
    "after-methadone-sert",
    "sedation-compared",
    "sert",
    "Sertraline gives her no drowsiness; the drowsiness after her methadone is what rules out co-sleeping. "
    "Sertraline 100 mg continues and the midwife watches the baby for adaptation signs after birth.",
    "sedation given to the other medicine after the word",
)
good(
    "unlike-methadone-sert",
    "sedation-compared",
    "sert",
    "Unlike the methadone, sertraline leaves her alert. It continues at 100 mg because relapse would harm mother "
    "and baby; the paediatric team is told at delivery and the midwife watches for adaptation symptoms.",
    "'unlike' the sedating medicine",
)
good(
    "not-paracetamol-partner",
    "sedation-compared",
    "partner",
    "The sedation in this home comes from the father's quetiapine, not the mother's paracetamol: after his night "
    "dose he must not share a bed, sofa or armchair with the baby or do night feeds. She does them with the baby "
    "in its crib; the health visitor checks.",
    "the partner's sedation set against the mother's medicine",
)
good(
    "peaks-like-meth",
    "sedation-compared",
    "meth",
    "Methadone is the medicine that sedates her, peaking two to four hours after the 60 mg dose; sertraline does "
    "not. No co-sleeping after the dose, cot checked at the home visit; the baby is observed for withdrawal and "
    "breastfeeding goes ahead.",
    "which of her two medicines sedates",
)
hollow(
    "no-drowsiness-meth",
    "sedation-compared",
    "meth",
    "Methadone 60 mg continues and causes her no drowsiness at all, so she may sleep with the baby in her bed. The "
    "baby is observed for withdrawal for 72 hours and breastfeeding is supported.",
    "the sedating medicine said not to sedate, and co-sleeping allowed: contradicts sedation 'yes'",
)

# ============================================================================================================
# same-sex-partners (MA120): the partner as a woman, in every wording.


def woman_partner(relationship: str, given: str, who: str, pron: str = "she") -> Mutation:
    """The father rewritten as a woman partner, every item of her assessment in her words."""
    a = "assessments#asm-partner-quetiapine"
    Who = who[0].upper() + who[1:]
    poss = "her"
    return chain(
        set_("partner.relationship", relationship),
        set_("partner.name.given", [given]),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"{Who} takes quetiapine 300 mg at night for bipolar disorder and is very hard to wake for several "
            f"hours after {poss} dose. {pron.capitalize()} is well and shares the baby's care in the daytime.",
        ),
        set_(
            f"{a}.impact_on_mother.safe_sleep",
            f"{Who} must never sleep in a bed, sofa or armchair with the baby, and should not do night feeds "
            f"after {poss} dose. Both parents advised together; Chloe does the night feeds and the baby sleeps in "
            "a next-to-me crib on Chloe's side of the bed.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"No direct effect on the baby, who is not exposed to {given}'s medicine. The risk is sudden infant "
            "death from co-sleeping with a heavily sedated adult.",
        ),
        set_(f"{a}.impact_on_baby.breastfeeding", f"Not relevant: the medicine is {given}'s and Chloe breastfeeds."),
        set_(
            f"{a}.recommendations",
            "Health visitor to check the sleeping arrangements at each visit in the first 8 weeks. If "
            f"{given}'s dose or timing changes, {poss} GP tells the health visitor. Review if Chloe becomes unwell "
            f"and {given} takes on night care.",
        ),
        set_(
            "overall_conclusion.text",
            f"Chloe's own medicine (paracetamol) raises no concern. {given}, {who}, takes quetiapine, which "
            f"sedates {poss} heavily at night: no co-sleeping with {poss} on a bed, sofa or armchair, and no night "
            "feeds by her after the dose. The crib was seen and is safe; the health visitor keeps checking.",
        ),
    )


def samesex(name: str, expect: Expect, rel: str, given: str, who: str, text: str, why: str) -> None:
    m = chain(woman_partner(rel, given, who), set_("assessments#asm-partner-quetiapine.conclusion", text))
    add(name, "same-sex-partners", expect, P, m, why)
    (GOOD if expect == PASS else HOLLOW)[name] = ("same-sex-partners", f"ss|{rel}|{given}|{who}", text, why)


samesex(
    "ss-wife",
    PASS,
    "The mother's wife; lives with the mother and baby",
    "Alexandra",
    "her wife",
    "Her wife Alexandra takes quetiapine 300 mg at night and is too sedated after it to care for the baby or to "
    "share a bed or sofa with the baby. Chloe does the night feeds with the baby in the next-to-me crib; the "
    "health visitor checks this at every visit.",
    "the partner is her wife",
)
samesex(
    "ss-other-mother",
    PASS,
    "The baby's other mother; married to the birth mother",
    "Sian",
    "the baby's other mother",
    "The baby's other mother takes quetiapine at night and is very hard to wake afterwards, so she must not share "
    "a bed, sofa or armchair with the baby or do the night feeds. The birth mother does them, the baby sleeps in "
    "its own crib, and the health visitor keeps checking.",
    "'the baby's other mother' and 'she' are the partner",
)
samesex(
    "ss-other-mum",
    PASS,
    "The baby's other mum; civil partner of the mother",
    "Jo",
    "the baby's other mum",
    "Jo, the baby's other mum, is heavily sedated by her night-time quetiapine: no bed or sofa sharing with the "
    "baby and no night feeds by Jo after her dose. Chloe feeds at night and the baby sleeps in the crib; the "
    "health visitor sees this at each visit.",
    "'other mum' by name",
)
samesex(
    "ss-co-parent",
    PASS,
    "Co-parent; the mother's partner, living with them",
    "Morgan",
    "the co-parent",
    "The co-parent's quetiapine leaves Morgan too drowsy at night to look after the baby safely: Morgan never "
    "sleeps with the baby on a bed or sofa and does no night feeds after the dose. Chloe does them with the baby in "
    "the crib, and the health visitor checks at every visit.",
    "'co-parent', the name carrying the subject",
)
samesex(
    "ss-non-birth-mother",
    PASS,
    "The non-birth mother; the mother's wife",
    "Priya",
    "the non-birth mother",
    "The non-birth mother's quetiapine sedates her for hours after the night dose, so the baby never sleeps "
    "beside her and she does not do night feeds. The birth mother does, with the baby in its crib; the health "
    "visitor checks the arrangements at each visit.",
    "'the non-birth mother's' medicine is the partner's",
)
samesex(
    "ss-both-mums",
    PASS,
    "The mother's wife; both are the baby's parents",
    "Hollie",
    "her wife",
    "Both mums were seen together. Hollie's quetiapine makes her too sleepy at night to share a bed or sofa with "
    "the baby or to give night feeds; Chloe gives them, the baby sleeps in its own crib, and the health visitor "
    "keeps checking.",
    "both mothers named, the sedated one by name",
)
samesex(
    "ss-nothing-other-mother",
    REFUSE,
    "The baby's other mother; married to the birth mother",
    "Sian",
    "the baby's other mother",
    "Quetiapine: nothing further for the baby's other mother.",
    "a partner's sedating medicine dismissed without a word on co-sleeping or night care",
)

# ============================================================================================================
# wishes (MA103): her wishes beside the team's decision; wishes alone refused.

good(
    "wish-bf-supported-meth",
    "wishes",
    "meth",
    "She would like to breastfeed and this is supported: methadone 60 mg continues, the baby is watched for "
    "withdrawal for 72 hours on the ward, and no co-sleeping after her dose, with the cot checked at home.",
    "her wish beside the team's support",
)
good(
    "wants-team-agrees-sert",
    "wishes",
    "sert",
    "She wants to stay on sertraline, and the team agrees: 100 mg continues, as relapse would harm her and the "
    "baby. The midwife watches the baby for adaptation signs after birth.",
    "her wish, then 'and' the decision",
)
good(
    "hoped-bf-lith",
    "wishes",
    "lith",
    "Lithium continues at 800 mg at night. She had hoped to breastfeed, but that is not advised on lithium and she "
    "will bottle feed; the paediatrician reviews the baby after birth and a level is taken within 24 hours of "
    "birth.",
    "a hope not granted, the plan stated",
)
good(
    "keen-reduce-later-meth",
    "wishes",
    "meth",
    "She is keen to reduce methadone after the birth, which the drug service will plan with her then; for now 60 "
    "mg continues. The baby is scored for withdrawal for three days on the ward, breastfeeding is encouraged, and "
    "the cot is for every sleep.",
    "a wish for later beside the plan for now",
)
good(
    "would-like-night-partner",
    "wishes",
    "partner",
    "He would like to help with night feeds, but after his quetiapine he is too sedated to: the mother does them, "
    "and the baby never shares a bed or sofa with him. The health visitor checks the crib at each visit.",
    "the partner's wish refused by the plan",
)
good(
    "wishes-continue-valp",
    "wishes",
    "valp",
    "Hannah wishes to continue the pregnancy. Valproate continues until the urgent neurology review, since stopping "
    "suddenly risks seizures; the baby's first-trimester exposure means fetal medicine sees her early, and folic "
    "acid 5 mg is started.",
    "her wish in one sentence, the plan in the next",
)
hollow(
    "wishes-only-meth",
    "wishes",
    "meth",
    "She would like to carry on with methadone, hopes to breastfeed and is keen to have the baby in with her at night.",
    "wishes only; nothing decided",
)
hollow(
    "wants-only-sert",
    "wishes",
    "sert",
    "Sertraline: she wants to keep taking it and would like to breastfeed.",
    "wishes only",
)

# ============================================================================================================
# promised-plans (MA103): plans decided now with the written plan to follow; promises alone refused.

good(
    "written-follows-meth",
    "promised-plans",
    "meth",
    "Methadone 60 mg continues; the baby is observed for withdrawal on the ward for 72 hours, breastfeeding is "
    "supported and there is no co-sleeping after her dose. The written birth plan will follow from the specialist "
    "midwife.",
    "the plan stated, the document to follow",
)
good(
    "letter-being-prepared-lith",
    "promised-plans",
    "lith",
    "Decided today: lithium continues at 800 mg, levels weekly from 36 weeks and within 24 hours of birth, a "
    "paediatric review for the baby, and bottle feeding. The letter setting this out is being prepared for the "
    "obstetric team.",
    "the plan decided, the letter being prepared",
)
good(
    "drawn-up-already-valp",
    "promised-plans",
    "valp",
    "Valproate continues unchanged until neurology sees her this week; it must not be stopped suddenly. The "
    "exposed baby needs early fetal medicine review and an anomaly scan, both requested today; a pregnancy plan "
    "will be drawn up by neurology.",
    "the plan now, a fuller plan to be drawn up",
)
good(
    "to-be-written-partner",
    "promised-plans",
    "partner",
    "The father's quetiapine rules him out of night care and bed or sofa sharing with the baby; the mother does the "
    "night feeds with the baby in its crib. A safe-sleep plan for the family is to be written by the health "
    "visitor, who checks at each visit.",
    "the rule stated now, a written plan to come",
)
good(
    "care-plan-follows-m-over",
    "promised-plans",
    "m-over",
    "Methadone and sertraline continue at their present doses. The baby has 72 hours on the postnatal ward for "
    "withdrawal and adaptation; breastfeeding is supported; no co-sleeping after methadone. The written care plan "
    "follows from the specialist midwife, and the social worker and health visitor check the cot.",
    "an overall plan with its document to follow",
)
hollow(
    "to-be-drawn-up-meth",
    "promised-plans",
    "meth",
    "A methadone plan is to be drawn up by the drug service, and the baby's plan is being prepared by the neonatal "
    "team.",
    "plans only promised",
)
hollow(
    "will-be-written-sert",
    "promised-plans",
    "sert",
    "A sertraline management plan will be written once the perinatal team has met.",
    "a plan promised for later",
)

# ============================================================================================================
# framing (MA103): framing words beside a decision; framing alone refused.

good(
    "taken-into-account-sert",
    "framing",
    "sert",
    "Her history of relapse was taken into account: sertraline continues at 100 mg, and the midwife watches the "
    "baby for adaptation signs after birth, with the paediatric team aware at delivery.",
    "'taken into account' beside a decision",
)
good(
    "dose-remains-meth",
    "framing",
    "meth",
    "The dose remains 60 mg of methadone daily. Her baby is observed for neonatal withdrawal on the ward for 72 "
    "hours; breastfeeding is encouraged; no co-sleeping after her dose, and the cot is seen at the home visit.",
    "'the dose remains 60 mg' states",
)
good(
    "remains-focus-partner",
    "framing",
    "partner",
    "Safe sleep remains the focus because of the father's quetiapine: the baby sleeps only in its crib, never in a "
    "bed or on a sofa with him, and the mother does night feeds. The health visitor checks at each visit.",
    "'remains the focus' beside the rule",
)
good(
    "context-lith",
    "framing",
    "lith",
    "Seen in the context of four well years, lithium continues at 800 mg at night. Levels monthly, weekly from 36 "
    "weeks and within 24 hours of birth; a paediatrician reviews the baby; bottle feeding.",
    "context beside a decision",
)
good(
    "parameters-lith",
    "framing",
    "lith",
    "Lithium continues at 800 mg; the target parameters are a level of 0.6 to 0.8 mmol/L, checked monthly, weekly "
    "from 36 weeks and within 24 hours of birth. The baby's paediatric review after birth looks for floppiness and "
    "poor feeding; bottle feeding.",
    "'parameters' with the numbers in them",
)
good(
    "central-valp",
    "framing",
    "valp",
    "Seizure control is central: valproate continues until the neurologist reviews it. The baby is exposed in the "
    "first trimester, so fetal medicine sees her early and folic acid 5 mg starts today.",
    "'central' beside a decision",
)
hollow(
    "framed-meth",
    "framing",
    "meth",
    "Methadone has been framed, appraised and contextualised; the baby's welfare remains the focus across all domains.",
    "framing alone",
)
hollow(
    "taken-into-account-only-sert",
    "framing",
    "sert",
    "Sertraline's risks were taken into account and remain central to the parameters of care.",
    "framing alone",
)

# ============================================================================================================
# A second pass at the same edges.

good(
    "dose-none-to-miss-meth",
    "dose-lines",
    "d-meth",
    "60 mg (60 ml) once daily, supervised; no dose to be missed in late pregnancy",
    "'no dose to be missed' beside a real dose",
)
good(
    "dose-none-taken-para",
    "dose-lines",
    "d-para",
    "1 g up to four times a day when needed; 0 doses taken in the last 48 hours",
    "a count of doses taken, not the dose",
)
good(
    "whether-not-in-question-meth",
    "whether-clauses",
    "meth",
    "Whether she co-sleeps is not in question: she will not, as methadone makes her drowsy after each 60 mg dose, "
    "which continues. The baby is watched for withdrawal for 72 hours on the ward and breastfeeding is supported.",
    "a whether-clause answered with a firm no",
)
good(
    "can-bf-provided-meth",
    "conditions",
    "meth",
    "Methadone continues at 60 mg. She can breastfeed provided the baby is feeding well and gaining weight, which "
    "the midwife checks at day 5; the baby is scored for withdrawal on the ward for 72 hours, and the cot is for "
    "every sleep after her dose.",
    "an allowance under a condition that a professional checks",
)
good(
    "would-prefer-bottle-lith",
    "wishes",
    "lith",
    "She would prefer to bottle feed, and that fits the advice: breastfeeding is not advised on lithium, which "
    "continues at 800 mg at night with a level within 24 hours of birth. A paediatrician reviews the baby after "
    "birth.",
    "a preference that agrees with the decision",
)
good(
    "decision-takes-into-account-valp",
    "framing",
    "valp",
    "This decision takes into account her two seizure-free years: valproate continues unchanged until the "
    "neurologist sees her, and must not be stopped suddenly. The exposed baby needs early fetal medicine review; "
    "folic acid 5 mg is started.",
    "'takes into account' as the reason for a decision",
)
good(
    "summary-to-be-written-meth",
    "promised-plans",
    "meth",
    "Methadone 60 mg continues. The ward observes the baby for 72 hours for withdrawal, breastfeeding is supported "
    "and she never co-sleeps after her dose. The discharge summary is to be written by the ward, and the health "
    "visitor checks the cot.",
    "a document to be written beside a stated plan",
)
good(
    "not-being-stopped-meth",
    "stops-and-switches",
    "meth",
    "Methadone is not being stopped or reduced: 60 mg continues, since stopping now risks relapse and withdrawal "
    "in the womb. The baby is scored for withdrawal for 72 hours on the ward, breastfeeding is encouraged, and no "
    "co-sleeping after a dose.",
    "a stop denied",
)
good(
    "methadones-drowsiness-sert",
    "sedation-compared",
    "sert",
    "No drowsiness from her sertraline; the methadone's drowsiness is why the baby sleeps in the cot. Sertraline "
    "100 mg continues, and the midwife looks for adaptation signs in the baby after birth.",
    "sertraline cleared of sedation, methadone's named",
)
samesex(
    "ss-wife-her-dose",
    PASS,
    "The mother's wife; lives with the mother and baby",
    "Sian",
    "her wife",
    "Sian takes her quetiapine at 10 pm and cannot be woken easily for hours afterwards, so Sian never shares a "
    "bed or sofa with the baby and does no night feeds. Chloe does them with the baby in the crib; the health "
    "visitor checks at each visit.",
    "a woman partner's own medicine called 'her quetiapine' after her name",
)


# ============================================================================================================
# disguise: good and hollow texts above, disguised.


def combining(text: str) -> str:
    """A combining grapheme joiner after every second letter of a word (invisible)."""
    return inside_words(text, "\u034f", every=2)


_DISGUISES = {
    "cyr": lambda t: homoglyphs(t, "aceopxy"),
    "greek": lambda t: homoglyphs(t, "aiopv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "bidi": lambda t: inside_words(t, "\u2066", every=4),
    "wj": lambda t: inside_words(t, "\u2060"),
    "fullwidth": full_width,
    "cgj": combining,
}

_DIS = [
    ("cyr", "date-leap-2028-lith"),
    ("zwsp", "date-corrected-sert"),
    ("fullwidth", "date-both-ways-meth"),
    ("greek", "dose-half-ml-folic"),
    ("shy", "dose-nil-by-mouth-para"),
    ("cyr", "dose-no-takehome-meth"),
    ("bidi", "whether-bf-settled-meth"),
    ("wj", "provided-supervised-meth"),
    ("cgj", "labels-plan-meth"),
    ("cyr", "taper-after-birth-sert"),
    ("greek", "held-in-labour-lith"),
    ("zwsp", "after-methadone-sert"),
    ("shy", "wish-bf-supported-meth"),
    ("fullwidth", "written-follows-meth"),
    ("bidi", "dose-remains-meth"),
    ("cyr", "ss-other-mother"),
    ("cgj", "ss-non-birth-mother"),
    ("wj", "date-sept-30th-lith"),
    ("cyr", "date-31-09-lith"),
    ("fullwidth", "dose-zero-lith"),
    ("zwsp", "labels-copied-meth"),
    ("greek", "stop-now-sert"),
    ("shy", "wishes-only-meth"),
    ("bidi", "framed-meth"),
]


for _d, _name in _DIS:
    _expect = PASS if _name in GOOD else REFUSE
    _category, _target, _text, _why = (GOOD if _expect == PASS else HOLLOW)[_name]
    _shown = _DISGUISES[_d](_text)
    if _target.startswith("ss|"):
        _, _rel, _given, _who = _target.split("|")
        _mut = chain(woman_partner(_rel, _given, _who), set_("assessments#asm-partner-quetiapine.conclusion", _shown))
        _base = P
    else:
        _base, _path = TARGETS[_target]
        _mut = set_(_path, _shown)
    add(f"dz-{_d}-{_name}", "disguise", _expect, _base, _mut, f"{_why}, disguised ({_d})")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F64CASES)
    for cat in CATEGORIES:
        print(f"{cat:20} refuse={counts[(cat, REFUSE)]:3} pass={counts[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse={sum(c.expect == REFUSE for c in F64CASES):3} "
        f"pass={sum(c.expect == PASS for c in F64CASES):3}"
    )
