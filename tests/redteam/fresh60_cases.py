"""A sixtieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, twenty-first round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. It aims at the readings added last (CHANGELOG.md, ``## [Unreleased]``,
``### Fixed``): scores out of a rating scale's total, stacked hedges, joined "whether" clauses, "nearer the
time", a manual hand-over left to the sender's convenience, and MA120's reading of names, the baby's own
treatment and options weighed. About 85% are GOOD records a clinician could well write in those very words
(they must pass); about 15% are hollow near misses (they must be refused). It covers:

* ``scale-scores``: EPDS, PHQ-9, GAD-7 and Apgar scores beside a firm plan, beside conclusions that are only
  scores;
* ``stacked-hedges``: "possibly", "could perhaps" inside a reason beside a decision, beside plans that only
  suppose;
* ``whether-clauses``: "whether she breastfeeds is her choice: she has chosen to ...", beside joined
  "whether" clauses left as questions;
* ``nearer-the-time``: plans decided now with one detail settled "nearer the time", beside plans put off
  entirely;
* ``manual-routes``: real hand-overs that also say "as soon as possible" or "if she is not at home, posted first
  class", beside promises to send "when able";
* ``staff-names``: professionals with rare given names and brand-like surnames named in a conclusion, beside a
  brand that is hers and unlisted;
* ``neonatal-treatment``: the neonatal team treating the baby ("will treat him with oral morphine"), beside the
  mother's dose given to the baby;
* ``options-considered``: options considered, then one chosen, beside options weighed with nothing chosen;
* ``disguise``: about a fifth of the batch, good and hollow texts of the shapes above in look-alike letters,
  zero-width and format characters, soft hyphens, bidi controls, full-width and combining marks.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh60_cases`` for the
counts per category.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from tests.redteam.cases import PASS, REFUSE, Case, Expect, F, L, M, Mutation, P, V, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F60CASES: list[Case] = []

CATEGORIES = (
    "scale-scores",
    "stacked-hedges",
    "whether-clauses",
    "nearer-the-time",
    "manual-routes",
    "staff-names",
    "neonatal-treatment",
    "options-considered",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F60CASES.append(Case(f"f60-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


_WHERE = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "fost": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "ovM": (M, "overall_conclusion.text"),
    "ovL": (L, "overall_conclusion.text"),
    "ovF": (F, "overall_conclusion.text"),
}


def put(key: str, text: str) -> tuple[str, Mutation]:
    base, path = _WHERE[key]
    return base, set_(path, text)


def text_case(expect: Expect, name: str, category: str, key: str, text: str, why: str) -> None:
    base, mut = put(key, text)
    add(name, category, expect, base, mut, why)


GOOD: dict[str, tuple[str, str, str, str]] = {}
"""name -> (category, key, text, why) of the good texts, reused in disguise."""
HOLLOW: dict[str, tuple[str, str, str, str]] = {}


def good(name: str, category: str, key: str, text: str, why: str) -> None:
    GOOD[name] = (category, key, text, why)
    text_case(PASS, name, category, key, text, why)


def hollow(name: str, category: str, key: str, text: str, why: str) -> None:
    HOLLOW[name] = (category, key, text, why)
    text_case(REFUSE, name, category, key, text, why)


# ============================================================================================================
# scale-scores

good(
    "epds-lithium-firm",
    "scale-scores",
    "lith",
    "EPDS 4/30 today and her mood is settled, so lithium continues at 800 mg with levels monthly, weekly from 36 "
    "weeks and within 24 hours of birth; the paediatrician reviews the baby after delivery and she bottle feeds.",
    "an EPDS score beside a firm lithium plan for the baby",
)
good(
    "phq9-sertraline-firm",
    "scale-scores",
    "sert",
    "PHQ-9 6/27 on sertraline 100 mg, so it continues unchanged; the midwife watches the baby for jitteriness "
    "and poor feeding for the first 72 hours and breastfeeding goes ahead.",
    "a PHQ-9 score as the reason, then the plan",
)
good(
    "gad7-diazepam-firm",
    "scale-scores",
    "fost",
    "Her GAD-7 is 9/21 on diazepam and pregabalin, so neither is stopped now; she is drowsy after doses, so the "
    "foster carer does the night feeds and the baby sleeps in a cot in the carer's room; late withdrawal watched "
    "for until day 8.",
    "a GAD-7 score in a firm sedation and withdrawal plan",
)
good(
    "apgar-postnatal-plan",
    "scale-scores",
    "fost",
    "The baby scored Apgar 9/10 at five minutes and fed well, but diazepam and pregabalin can still cause late "
    "withdrawal: the foster carer and health visitor watch for tremor and poor feeding until day 8, and the "
    "mother never shares a bed or sofa with the baby.",
    "Apgar scores in a postnatal plan",
)
good(
    "apgar-quetiapine-plan",
    "scale-scores",
    "quet",
    "Baby well, Apgars 9 and 10. The father's quetiapine 300 mg leaves him very hard to wake, so he does no night "
    "feeds after his dose and never sleeps with the baby on a bed or sofa; the health visitor checks the crib at "
    "every visit.",
    "Apgar scores beside the partner's co-sleeping plan",
)
good(
    "epds-overall-methadone",
    "scale-scores",
    "ovM",
    "EPDS 8/30 and PHQ-9 5/27 at 29 weeks. Methadone 60 mg and sertraline 100 mg continue; the baby is observed "
    "for withdrawal on the ward for 72 hours, breastfeeding is supported, and because methadone sedates her the "
    "baby sleeps in its own cot, checked by the health visitor.",
    "two scores, then the plan for both medicines",
)
good(
    "score-ends-sentence-lithium",
    "scale-scores",
    "ovL",
    "Her last EPDS was 3/30. Lithium 800 mg continues with monthly levels, weekly from 36 weeks; the baby has a "
    "paediatric review after birth and is bottle fed, and the perinatal team sees her within a week of delivery "
    "because relapse risk is high.",
    "a score ending its sentence, then the plan",
)
good(
    "risk-out-of-thousand-sert",
    "scale-scores",
    "sert",
    "Sertraline stays at 100 mg, since her PHQ-9 rose to 14/27 when she tried stopping last year; the risk of "
    "pulmonary hypertension in the baby is about 3 in 1,000, so the midwife checks breathing and colour after "
    "birth, and breastfeeding continues.",
    "a score and a risk figure both in a decided plan",
)
hollow(
    "scores-only-lithium",
    "scale-scores",
    "lith",
    "Lithium: EPDS 5/30, PHQ-9 4/27, GAD-7 2/21. Mood reviewed today.",
    "only scores and a review: nothing for the baby, no decision",
)
hollow(
    "scores-only-sert",
    "scale-scores",
    "sert",
    "Sertraline - PHQ-9 7/27 and GAD-7 6/21 at booking; EPDS 9/30 now.",
    "scores at two times: no decision and nothing for the baby",
)

# ============================================================================================================
# stacked-hedges

good(
    "possibly-reason-meth",
    "stacked-hedges",
    "meth",
    "Methadone stays at 60 mg because a reduction could possibly unsettle her and lead to street use; the baby is "
    "observed for withdrawal on the ward for 72 hours, she breastfeeds, and the baby sleeps in its own cot since "
    "she is drowsy after doses.",
    "a stacked hedge inside the reason for a firm decision",
)
good(
    "could-perhaps-valp",
    "stacked-hedges",
    "valp",
    "Valproate continues until the urgent neurology review, as stopping it could possibly bring back her "
    "seizures; the baby was exposed in the first trimester, so the fetal medicine referral was sent today and "
    "folic acid 5 mg started today.",
    "the hedge describes the risk of stopping, the plan is firm",
)
good(
    "might-possibly-quet",
    "stacked-hedges",
    "quet",
    "The father's quetiapine might possibly be lowered by his psychiatrist later, but for now he takes 300 mg at "
    "night, so he does no night feeds and never shares a bed or sofa with the baby; the mother does the night "
    "feeds in the crib beside her.",
    "a hedged aside about later beside a decided plan for now",
)
good(
    "will-perhaps-sert",
    "stacked-hedges",
    "sert",
    "Sertraline continues at 100 mg. The baby will perhaps be a little jittery for a day or two, so the midwife "
    "checks feeding and tone twice daily for 72 hours; breastfeeding is fine.",
    "a hedge about a symptom, with a check that answers it",
)
good(
    "could-potentially-fost",
    "stacked-hedges",
    "fost",
    "Diazepam and pregabalin continue, since stopping suddenly could potentially cause seizures; the foster "
    "carer does the night feeds and keeps the baby in her room because the mother is drowsy, and the health "
    "visitor watches for late withdrawal until day 8.",
    "the hedge explains the continuation",
)
good(
    "may-possibly-lith",
    "stacked-hedges",
    "lith",
    "Lithium continues. The baby may possibly be floppy or feed poorly in the first days, so the paediatrician "
    "reviews the baby after birth and checks a lithium level if signs appear; bottle feeding, and levels weekly "
    "from 36 weeks.",
    "a hedged sign with the review that answers it",
)
good(
    "possibly-overall-fost",
    "stacked-hedges",
    "ovF",
    "Diazepam and pregabalin continue for now; a slow diazepam reduction could possibly start at the six-week "
    "review, which the GP will lead. Until then the foster carer does all night feeds, no bed, sofa or armchair "
    "sharing, and withdrawal is watched for until day 8.",
    "a possible later step beside the plan in force now",
)
hollow(
    "could-possibly-only-meth",
    "stacked-hedges",
    "meth",
    "Methadone could possibly be reduced later on and the baby might perhaps need some observation at birth.",
    "nothing but stacked hedges: no decision",
)
hollow(
    "would-maybe-only-quet",
    "stacked-hedges",
    "quet",
    "The father's quetiapine would maybe be worth looking at, and perhaps he could possibly avoid some night feeds.",
    "hedges stacked over every clause: nothing decided for the baby",
)

# ============================================================================================================
# whether-clauses

good(
    "whether-bf-her-choice-meth",
    "whether-clauses",
    "meth",
    "Whether she breastfeeds is her choice: she has chosen to, and it is safe on methadone 60 mg. The baby is "
    "observed for withdrawal for 72 hours on the ward and sleeps in its own cot, as she is drowsy after each "
    "dose.",
    "a whether clause answered at once",
)
good(
    "whether-and-whether-lith",
    "whether-clauses",
    "lith",
    "Whether lithium continues and whether she bottle feeds were both decided today: lithium continues with "
    "levels monthly, weekly from 36 weeks, and she bottle feeds; the paediatrician reviews the baby after birth.",
    "joined whether clauses that are said to be decided, then the decisions",
)
good(
    "whether-or-not-sert",
    "whether-clauses",
    "sert",
    "Sertraline continues at 100 mg whether or not she breastfeeds, and she plans to; the midwife watches the baby "
    "for adaptation signs for three days.",
    "whether or not, as a condition the plan holds under",
)
good(
    "asked-whether-valp",
    "whether-clauses",
    "valp",
    "She asked whether she should stop valproate today; she should not, as seizures would harm her and the baby. "
    "It continues until the urgent neurology review, the fetal medicine referral went today and folic acid 5 mg "
    "has started.",
    "a reported question answered",
)
good(
    "whether-father-quet",
    "whether-clauses",
    "quet",
    "Whether the father helps at night depended on his quetiapine: he takes 300 mg at bedtime and is hard to wake, "
    "so he does no night feeds and never sleeps with the baby; the mother does the night feeds.",
    "a whether clause the rest of the sentence settles",
)
good(
    "check-whether-fost",
    "whether-clauses",
    "fost",
    "Diazepam and pregabalin continue for now; the foster carer does the night feeds and the health visitor checks "
    "whether the baby has late withdrawal signs at each visit until day 8, calling the neonatal unit if so.",
    "whether as the object of a check someone does",
)
hollow(
    "whether-and-whether-open",
    "whether-clauses",
    "lith",
    "Whether lithium continues, and whether the baby is reviewed after birth, are matters for the next meeting.",
    "joined whether clauses left open and passed on",
)
hollow(
    "whether-or-whether-open",
    "whether-clauses",
    "sert",
    "Whether sertraline is continued or whether it is reduced, and whether she breastfeeds, remain to be seen.",
    "joined whether clauses that decide nothing",
)

# ============================================================================================================
# nearer-the-time

good(
    "nearer-time-date-meth",
    "nearer-the-time",
    "meth",
    "Methadone continues at 60 mg; the baby is observed for withdrawal on the ward for 72 hours and sleeps in its "
    "own cot. The exact day of the discharge home visit will be booked nearer the time, but the visit itself is "
    "agreed.",
    "a detail settled nearer the time beside a decided plan",
)
good(
    "closer-time-levels-lith",
    "nearer-the-time",
    "lith",
    "Lithium continues at 800 mg with levels monthly, then weekly from 36 weeks; the paediatrician reviews the "
    "baby after birth and she bottle feeds. The midwife will set the level dates closer to the time.",
    "the schedule decided; only the dates later",
)
good(
    "nearer-time-valp-scan",
    "nearer-the-time",
    "valp",
    "Valproate continues until the urgent neurology review; the baby was exposed in the first trimester, so a "
    "detailed anomaly scan is booked at 20 weeks, its exact slot confirmed nearer the time, and folic acid 5 mg "
    "started today.",
    "the scan decided, the slot confirmed nearer the time",
)
good(
    "nearer-time-sert-handout",
    "nearer-the-time",
    "sert",
    "Sertraline continues at 100 mg; she breastfeeds, and the midwife watches the baby for adaptation symptoms "
    "for 72 hours after birth. Nearer the time the midwife gives her the ward's leaflet on what to look for.",
    "a leaflet nearer the time, the plan decided now",
)
good(
    "nearer-time-overall-lith",
    "nearer-the-time",
    "ovL",
    "Lithium continues at 800 mg, levels monthly and weekly from 36 weeks; the baby is reviewed by the "
    "paediatrician after birth and bottle fed; the perinatal team sees her within a week of birth, with the "
    "appointment booked nearer the time.",
    "a booking nearer the time in a complete overall plan",
)
good(
    "nearer-time-fost",
    "nearer-the-time",
    "fost",
    "Diazepam and pregabalin continue; the foster carer does every night feed and the baby sleeps in her room, "
    "and withdrawal is watched for until day 8. A slow diazepam reduction is decided, starting at the six-week "
    "review, with the steps written nearer the time.",
    "a reduction decided now, its steps written later",
)
hollow(
    "nearer-time-only-meth",
    "nearer-the-time",
    "meth",
    "Methadone: if she breastfeeds one plan applies, if not another; things will be looked at nearer the time.",
    "alternatives never chosen, then put off to nearer the time",
)
hollow(
    "closer-time-only-lith",
    "nearer-the-time",
    "lith",
    "Lithium and the baby's care will be decided closer to the time by whoever is involved then.",
    "the whole plan put off",
)

# ============================================================================================================
# manual-routes

_FOSTER_ROUTE = "recipients#rcp-foster-carer.route.description"
_HV_ROUTE = "recipients#rcp-hv.route"


def route_ok(name: str, text: str, why: str) -> None:
    GOOD[name] = ("manual-routes", "route-F", text, why)
    ok(name, "manual-routes", F, set_(_FOSTER_ROUTE, text), why)


def route_bad(name: str, text: str, why: str) -> None:
    HOLLOW[name] = ("manual-routes", "route-F", text, why)
    bad(name, "manual-routes", F, set_(_FOSTER_ROUTE, text), why)


route_ok(
    "asap-handed",
    "The ward midwife hands a printed copy to the foster carer as soon as possible after the discharge meeting "
    "and goes through it with her.",
    "a real hand-over that also says as soon as possible",
)
route_ok(
    "posted-first-class",
    "The social worker gives the foster carer a printed copy at the placement visit on 2026-06-15; if she is not "
    "at home, it is posted first class to the placement that day.",
    "a hand-over with a fallback by first-class post",
)
route_ok(
    "read-through-phone",
    "Read through with the foster carer by the health visitor at the placement on 2026-06-15, and a printed copy "
    "left with her.",
    "read through and a copy left",
)
route_ok(
    "letter-same-day",
    "Letter printed by the practice and given to the foster carer by hand on the day of discharge, with the "
    "sedation and safe sleep plan explained.",
    "a letter by hand on a named day",
)
route_ok(
    "recorded-delivery",
    "A copy is sent by recorded delivery to the foster carer at the placement address, and the social worker "
    "rings her to go through it when it arrives.",
    "sent by recorded delivery with a follow-up call",
)
route_ok(
    "asap-and-date",
    "Printed copy handed to the foster carer by the discharging midwife as soon as possible, and no later than "
    "discharge on 2026-06-15.",
    "as soon as possible with a deadline",
)
route_bad(
    "when-able",
    "Will send to the foster carer when able.",
    "a promise to send when convenient: no hand-over",
)
route_bad(
    "as-and-when",
    "Copy to follow as and when time allows.",
    "left to the sender's convenience",
)
ok(
    "hv-manual-handed",
    "manual-routes",
    P,
    set_(
        _HV_ROUTE,
        {
            "kind": "manual",
            "description": "The GP hands a printed copy to the health visitor at the practice safeguarding meeting "
            "on 2026-06-01; if she cannot attend, it is posted first class to her base that day.",
        },
    ),
    "a manual route to the health visitor with a real hand-over and a fallback",
)
ok(
    "hv-manual-asap",
    "manual-routes",
    P,
    set_(
        _HV_ROUTE,
        {
            "kind": "manual",
            "description": "Printed copy given to the health visitor by the practice nurse as soon as possible, at "
            "the latest at the baby's 6-week check.",
        },
    ),
    "as soon as possible, with who gives what and a latest time",
)

# ============================================================================================================
# staff-names

good(
    "hv-caoimhe-marol",
    "staff-names",
    "quet",
    "The father's quetiapine sedates him heavily after his dose, so he does no night feeds and never co-sleeps "
    "with the baby; the health visitor, Caoimhe Marol, checks the crib at every visit for eight weeks.",
    "a rare given name and a brand-like surname (Marol, tramadol) after a role",
)
good(
    "midwife-eilidh-lustral",
    "staff-names",
    "sert",
    "Sertraline continues at 100 mg; the baby is watched for adaptation symptoms for 72 hours by her midwife, "
    "Eilidh Lustral, and breastfeeding goes ahead.",
    "a brand-like surname after a rare given name",
)
good(
    "keyworker-thandiwe-espranor",
    "staff-names",
    "meth",
    "Methadone continues at 60 mg, agreed with her keyworker, Thandiwe Espranor; the baby is observed for "
    "withdrawal for 72 hours on the ward, she breastfeeds, and the baby sleeps in its own cot.",
    "a keyworker whose surname is a buprenorphine brand",
)
good(
    "dr-camcolit",
    "staff-names",
    "lith",
    "Lithium continues as agreed with Dr Camcolit in perinatal psychiatry: levels monthly, weekly from 36 weeks "
    "and within 24 hours of birth; the baby has a paediatric review after birth and is bottle fed.",
    "a title before a brand-like surname",
)
good(
    "sw-saoirse-molipaxin",
    "staff-names",
    "fost",
    "Diazepam and pregabalin continue; the social worker, Saoirse Molipaxin, has told the foster carer to do every "
    "night feed and keep the baby in her room, and withdrawal is watched for until day 8.",
    "a social worker with a brand-like surname",
)
good(
    "nurse-ngozi-dromadol",
    "staff-names",
    "valp",
    "Valproate continues until the urgent neurology review with the epilepsy nurse, Ngozi Dromadol; the baby was "
    "exposed in the first trimester, so the fetal medicine referral was sent today and folic acid 5 mg started.",
    "an epilepsy nurse with a brand-like surname",
)
good(
    "pharmacist-aoife-sunveniz",
    "staff-names",
    "ovM",
    "Methadone 60 mg and sertraline 100 mg continue, checked by the community pharmacist, Aoife Sunveniz; the "
    "baby is observed for withdrawal for 72 hours, breastfeeding goes ahead, and no co-sleeping because "
    "methadone sedates her.",
    "a pharmacist with a brand-like surname in the overall plan",
)
hollow(
    "hers-stilnoct-unlisted",
    "staff-names",
    "sert",
    "Sertraline continues at 100 mg and she also takes Stilnoct 10 mg at night; the midwife watches the baby for "
    "adaptation symptoms for 72 hours and breastfeeding goes ahead.",
    "a sedating brand she takes, dosed, that the list omits (MA120)",
)

# ============================================================================================================
# neonatal-treatment

good(
    "team-treats-him-morphine",
    "neonatal-treatment",
    "meth",
    "Methadone continues at 60 mg. The baby is observed on the ward for 72 hours; if his withdrawal scores stay "
    "high the neonatal team will treat him with oral morphine. She breastfeeds and the baby sleeps in its own "
    "cot.",
    "the neonatal team treating the baby with him",
)
good(
    "team-treats-her-morphine",
    "neonatal-treatment",
    "fost",
    "Diazepam and pregabalin continue. The baby had mild signs on day 3; should they worsen before day 8 the "
    "neonatal unit will treat her with oral morphine. The foster carer does every night feed and the baby sleeps "
    "in her room.",
    "the neonatal unit treating the baby with her",
)
good(
    "baby-gets-own-morphine",
    "neonatal-treatment",
    "ovM",
    "Methadone 60 mg and sertraline 100 mg continue. The baby is observed for withdrawal for 72 hours and gets "
    "oral morphine from the neonatal team only if the scores call for it; breastfeeding supported; no "
    "co-sleeping, as methadone sedates her.",
    "the baby gets its own treatment from the neonatal team",
)
good(
    "baby-receives-phenobarbital",
    "neonatal-treatment",
    "fost",
    "Diazepam and pregabalin continue for now. If the baby has seizures or severe withdrawal before day 8 the "
    "baby receives phenobarbital on the neonatal unit; meanwhile the foster carer does the night feeds, with no "
    "bed or sofa sharing.",
    "the baby receives its own treatment, not the mother's medicine",
)
good(
    "paeds-dose-him-morphine",
    "neonatal-treatment",
    "meth",
    "Methadone stays at 60 mg. The paediatricians will dose him with oral morphine if his withdrawal is severe, "
    "and wean it on the neonatal unit; she breastfeeds and he sleeps in his own cot.",
    "the paediatricians dosing the baby with his own treatment",
)
bad(
    "baby-receives-her-methadone",
    "neonatal-treatment",
    *put(
        "meth",
        "Methadone continues and the baby receives methadone 60 mg once daily too, with observation on the ward.",
    ),
    "the mother's dose given to the baby (MA120)",
)
bad(
    "baby-dosed-her-diazepam",
    "neonatal-treatment",
    *put(
        "fost",
        "Diazepam and pregabalin continue; the baby is dosed with diazepam 5 mg twice daily as she is, and the "
        "foster carer does the night feeds.",
    ),
    "the mother's diazepam dose given to the baby (MA120)",
)

# ============================================================================================================
# options-considered

good(
    "options-each-considered-valp",
    "options-considered",
    "valp",
    "Lamotrigine and levetiracetam were each considered as a switch from valproate; the neurologist will choose "
    "at the urgent review, and until then valproate continues unchanged. The baby was exposed in the first "
    "trimester, so fetal medicine sees her early; folic acid 5 mg started today.",
    "options weighed, and what holds until the choice is made",
)
good(
    "options-then-chosen-sert",
    "options-considered",
    "sert",
    "Switching to fluoxetine and reducing the dose were each considered; we chose to keep sertraline at 100 mg, "
    "as it keeps her well and suits breastfeeding. The midwife watches the baby for adaptation symptoms for 72 "
    "hours.",
    "options considered then one chosen",
)
good(
    "options-buprenorphine-meth",
    "options-considered",
    "meth",
    "Buprenorphine was discussed but ruled out; methadone stays at 60 mg. The baby is observed for withdrawal on "
    "the ward for 72 hours, she breastfeeds, and the baby sleeps in its own cot because she is drowsy after "
    "doses.",
    "an option ruled out, the chosen plan stated",
)
good(
    "options-quetiapine-timing",
    "options-considered",
    "quet",
    "An earlier dose time and a lower dose of the father's quetiapine were each considered; he keeps 300 mg at "
    "night, so he does no night feeds and never sleeps with the baby, and the mother does the night feeds.",
    "options for the partner weighed, then one chosen",
)
good(
    "options-feeding-lith",
    "options-considered",
    "lith",
    "Breastfeeding with close monitoring and bottle feeding were both considered; she chose bottle feeding, as "
    "lithium passes into milk. Lithium continues with levels weekly from 36 weeks and the baby has a paediatric "
    "review after birth.",
    "feeding options weighed, one chosen",
)
good(
    "options-reduction-fost",
    "options-considered",
    "ovF",
    "Stopping pregabalin now and a slow diazepam reduction were each considered: both continue for now, with the "
    "reduction starting at the six-week review. The foster carer does every night feed, no bed or sofa sharing, "
    "and withdrawal is watched for until day 8.",
    "options weighed, then the plan in force",
)
hollow(
    "options-nothing-chosen-valp",
    "options-considered",
    "valp",
    "Valproate, lamotrigine and levetiracetam were each considered and the pros and cons of each were discussed.",
    "options weighed with nothing chosen and nothing for the baby",
)
hollow(
    "options-all-open-sert",
    "options-considered",
    "sert",
    "Sertraline: continuing, reducing and switching were each considered; all options remain open.",
    "every option kept open",
)

# ============================================================================================================
# disguise: good and hollow texts above, disguised.


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel, then NFC-composed where a precomposed letter exists."""
    return unicodedata.normalize("NFC", "".join(ch + mark if ch in "aeiou" else ch for ch in text))


_DISGUISES = {
    "cyr": lambda t: homoglyphs(t, "aceopxy"),
    "greek": lambda t: homoglyphs(t, "aiopv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "bidi": lambda t: inside_words(t, "\u202e", every=4),
    "zwj": lambda t: inside_words(t, "\u200d"),
    "fullwidth": full_width,
    "combining": combining,
}

_DIS_GOOD = [
    ("cyr", "epds-lithium-firm"),
    ("zwsp", "phq9-sertraline-firm"),
    ("fullwidth", "apgar-postnatal-plan"),
    ("greek", "possibly-reason-meth"),
    ("shy", "will-perhaps-sert"),
    ("bidi", "whether-bf-her-choice-meth"),
    ("zwj", "whether-and-whether-lith"),
    ("combining", "nearer-time-valp-scan"),
    ("cyr", "closer-time-levels-lith"),
    ("zwsp", "asap-handed"),
    ("fullwidth", "posted-first-class"),
    ("shy", "hv-caoimhe-marol"),
    ("cyr", "team-treats-him-morphine"),
    ("greek", "options-then-chosen-sert"),
    ("zwj", "options-each-considered-valp"),
]
_DIS_BAD = [
    ("cyr", "scores-only-lithium"),
    ("zwsp", "could-possibly-only-meth"),
    ("fullwidth", "when-able"),
    ("shy", "whether-and-whether-open"),
]


def _disguised(expect: Expect, d: str, name: str, src: dict[str, tuple[str, str, str, str]]) -> None:
    _category, key, text, why = src[name]
    shown = _DISGUISES[d](text)
    if key == "route-F":
        base, mut = F, set_(_FOSTER_ROUTE, shown)
    else:
        base, mut = put(key, shown)
    add(f"dis-{d}-{name}", "disguise", expect, base, mut, f"{why}, in disguise ({d})")


for _d, _name in _DIS_GOOD:
    _disguised(PASS, _d, _name, GOOD)
for _d, _name in _DIS_BAD:
    _disguised(REFUSE, _d, _name, HOLLOW)
add(
    "dis-cyr-baby-receives-methadone",
    "disguise",
    REFUSE,
    M,
    chain(
        set_(
            "assessments#asm-methadone.conclusion",
            homoglyphs(
                "Methadone continues and the baby gets methadone 60 mg once daily too, with observation on the ward.",
                "aeop",
            ),
        )
    ),
    "the mother's dose given to the baby, in Cyrillic",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F60CASES)
    for cat in CATEGORIES:
        print(f"{cat:20} refuse={counts[(cat, REFUSE)]:3} pass={counts[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse={sum(c.expect == REFUSE for c in F60CASES):3} "
        f"pass={sum(c.expect == PASS for c in F60CASES):3}"
    )
