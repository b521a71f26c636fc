"""A hundred-and-twelfth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
fortieth round, against the readings landed in the last hour.

Written from the issue, docs/rules.md, README.md, the CHANGELOG's newest "Fixed" lines and the examples, not
from the gate's code or its word lists. The newest readings refuse: a concern answered only by a medicine or a
role the text rules out; a stay home shorter than the ward watch; a watcher's last contact before the watch
ends; "urgent" put months off; a plan put off to after an appointment with no one named; a department with an
empty verb; "thoughts welcome" or "please advise" as the only answer to a question; another child's care told as
this baby's; a recent span longer than the baby's life; "sorted" as a decision put off. Most cases here are good,
complete work that uses those very shapes legitimately (must pass), each beside a near miss that must refuse:

* ``actors``: the medicine keeps her stable while a person watches the baby; roles declined then accepted;
* ``watch``: the stay, the last contact and the ward watch in agreeing orders;
* ``urgency``: urgent today with routine follow-up months later;
* ``later``: a named person acting after the next appointment; "sorted" followed by the plan;
* ``handover``: departments with verbs that act;
* ``asks``: "any questions, please ask" and "please advise the HV" beside a full plan;
* ``children``: an older child's arrangements beside this baby's own plan;
* ``spans``: "for the past fortnight" in records where the baby is old enough, or about an adult;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented and no medicine is added.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh112_cases`` for the counts per category.
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

F112CASES: list[Case] = []

CATEGORIES = (
    "actors",
    "watch",
    "urgency",
    "later",
    "handover",
    "asks",
    "children",
    "spans",
    "disguise",
)

AC, WA, UR, LA, HA, AS, CH, SP, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F112CASES.append(Case(f"f112-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


def _at_born(path: str, delivery: str) -> Setter:
    """The text at ``path`` in a postnatal record whose baby was born on ``delivery`` instead."""

    def setter(text: str) -> Mutation:
        return chain(set_("pregnancy.delivery_date", delivery), set_(path, text))

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
    # the partner record with the baby born 28 days before the assessment (2026-05-28)
    "quet4w": (P, _at_born("assessments#asm-partner-quetiapine.conclusion", "2026-04-30")),
    "po4w": (P, _at_born("overall_conclusion.text", "2026-04-30")),
    # the foster record with the baby born 28 days before the assessment (2026-06-12)
    "dzp4w": (F, _at_born("assessments#asm-diazepam-pregabalin.conclusion", "2026-05-15")),
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
# actors: the medicine keeps her well while a person watches the baby; roles declined and then accepted (pass);
# the medicine or a ruled-out role as the only one who acts for a concern (refuse).

ok(
    "ac-meth-keeps-her-stable-midwife-scores",
    AC,
    "meth",
    "Methadone 60 mg daily keeps her stable and stays unchanged to term. The midwife scores the baby for NAS "
    "for 72 hours on the postnatal ward. Breastfeeding encouraged. Methadone sedates, so no bed or sofa sharing; "
    "the HV checks the cot at the first home visit.",
    "the medicine keeps her stable; the midwife, a person, scores the baby",
    cyr,
)
bad(
    "ac-meth-methadone-scores-baby",
    AC,
    "meth",
    "Methadone 60 mg daily stays unchanged to term and will score the baby for NAS for 72 hours on the postnatal "
    "ward. Breastfeeding encouraged. Methadone sedates, so no bed or sofa sharing; the HV checks the cot at the "
    "first home visit.",
    "the medicine is the only one given the baby's withdrawal scoring",
    cyr,
)
ok(
    "ac-meth-dose-holds-cravings-ward-watch",
    AC,
    "meth",
    "On methadone 60 mg od she has had no on-top use since 20/40; the dose holds her cravings and continues. "
    "Baby: NAS scoring by the postnatal ward midwives 4-hourly for 72 h, paeds if scores rise. BF supported. "
    "No co-sleeping (methadone drowsiness); HV to see the cot at the new birth visit.",
    "the dose holds her cravings; the ward midwives score the baby",
)
ok(
    "ac-quet-declined-hv-then-accepted",
    AC,
    "quet",
    "She declined health visiting before the birth but has accepted it now. The father's quetiapine 300 mg at "
    "night leaves him heavily sedated, so he does no night feeds and never shares a bed or sofa with the baby; "
    "the mother does nights and the baby sleeps in its crib. The HV checks this at each visit.",
    "a role declined before the birth and accepted now can carry the check",
    zwsp,
)
bad(
    "ac-quet-declines-hv-hv-checks",
    AC,
    "quet",
    "She declines health visiting. The father takes quetiapine 300 mg at night; the health visitor will make "
    "sure he does no night feeds after his dose and never shares a bed or sofa with the baby.",
    "the only check is given to a health visitor she declines now",
    zwsp,
)
ok(
    "ac-quet-no-sw-hv-checks",
    AC,
    "quet",
    "No social worker is involved and none is needed. The father's quetiapine 300 mg nocte makes him very hard "
    "to wake, so no night feeds by him and no bed or sofa sharing with the baby; mum does the nights. HV checks "
    "the crib at every visit to 8 weeks.",
    "the role ruled out (social worker) is not the one who acts",
)
bad(
    "ac-quet-no-sw-sw-checks",
    AC,
    "quet",
    "No social worker is involved. The father takes quetiapine 300 mg nocte; the social worker will see that "
    "he does no night feeds after his dose and no bed or sofa sharing with the baby.",
    "the only check is given to the social worker the text rules out",
)
ok(
    "ac-sert-mood-steady-maternity-watch",
    AC,
    "sert",
    "Sertraline 100 mg keeps her mood steady and continues. The maternity team will watch the baby for 24 hours "
    "after birth for jitteriness, poor feeding or fast breathing (poor neonatal adaptation); BF is fine.",
    "the medicine steadies her mood; the maternity team watches the baby",
    greek,
)
bad(
    "ac-sert-sertraline-watches-baby",
    AC,
    "sert",
    "Sertraline 100 mg continues and will watch the baby for 24 hours after birth for jitteriness, poor feeding "
    "or fast breathing; BF is fine.",
    "the medicine is the one given the baby's watch",
)
ok(
    "ac-dzp-both-sedate-carer-nights",
    AC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd both sedate her; both continue while her GP plans a supervised "
    "diazepam reduction. She must not co-sleep or feed lying down; the foster carer does all night care. The HV "
    "checks for late withdrawal to day 8.",
    "the medicines sedate; the foster carer and HV act",
    shy,
)
bad(
    "ac-dzp-no-hv-yet-hv-checks",
    AC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd both sedate her and continue for now. She must not co-sleep or "
    "feed lying down; the foster carer does all night care. No health visitor has been allocated; the health "
    "visitor checks for late withdrawal to day 8.",
    "late withdrawal is given only to a health visitor the text says is not allocated",
)
ok(
    "ac-lith-level-keeps-her-well",
    AC,
    "lith",
    "Lithium (Priadel 800 mg nocte) at a level of 0.6-0.8 keeps her well and continues. Levels monthly, weekly "
    "from 36/40 and within 24 h of birth. The paediatric team reviews the baby after birth (tone, feeding, "
    "thyroid). Bottle feeding, as lithium passes into breast milk.",
    "the level keeps her well; the paediatric team reviews the baby",
    fw,
)
ok(
    "ac-cit-midwife-after-hv-declined-earlier",
    AC,
    "cit",
    "Citalopram 20 mg continues; she turned down the perinatal team at booking but has now been seen by them "
    "and is settled. Midwives watch the baby for 48 h after birth for poor adaptation. Breastfeeding supported.",
    "a team declined at booking and seen since",
)

# ============================================================================================================
# watch: the stay, the last contact and the ward watch in orders that agree (pass) or clash (refuse).

ok(
    "wa-meth-home-at-72h-after-watch",
    WA,
    "meth",
    "Methadone 60 mg daily continues to term. The baby stays on the postnatal ward for 72 hours of NAS scoring "
    "and goes home at 72 hours, after the ward watch ends; HV to check for late signs on day 5. Breastfeeding "
    "encouraged; no co-sleeping given methadone sedation, cot checked at the home visit.",
    "home at 72 hours after a 72-hour watch",
    bidi,
)
bad(
    "wa-meth-home-24h-watch-72h",
    WA,
    "meth",
    "Methadone 60 mg daily continues to term. NAS scoring on the postnatal ward for 72 hours; mother and baby "
    "home 24 hours after birth. Breastfeeding encouraged; no co-sleeping given methadone sedation, cot checked "
    "at the home visit.",
    "home at 24 hours cannot carry a 72-hour ward watch",
    bidi,
)
ok(
    "wa-meth-home-day-4",
    WA,
    "meth",
    "Methadone 60 mg od unchanged. Plan: baby on the postnatal ward with 4-hourly NAS scores for 72 h, then home "
    "on day 4 if scores stay low; paeds review if two scores of 8 or more. BF encouraged. No bed sharing after "
    "her dose; the HV sees the cot on day 10.",
    "home on day 4 after 72 hours of scoring",
)
bad(
    "wa-meth-discharged-12h-after-delivery",
    WA,
    "meth",
    "Methadone 60 mg od unchanged. Baby needs 4-hourly NAS scores for 72 h on the postnatal ward; she is keen "
    "to be discharged 12 hours after delivery and that is the plan. BF encouraged. No bed sharing after her dose; "
    "HV sees the cot on day 10.",
    "a planned discharge at 12 hours cuts the 72-hour watch",
)
ok(
    "wa-dzp-last-midwife-day-10-after-watch",
    WA,
    "dzp",
    "Diazepam and pregabalin continue and both sedate her: no co-sleeping, no feeding lying down, the foster "
    "carer does nights. The HV watches for late withdrawal until day 8; the last midwife visit is on day 10, "
    "after the watch ends.",
    "a last visit after the watch ends",
    greek,
)
bad(
    "wa-dzp-watch-day-8-last-hv-day-3",
    WA,
    "dzp",
    "Diazepam and pregabalin continue and both sedate her: no co-sleeping, no feeding lying down, the foster "
    "carer does nights. The HV watches for late withdrawal until day 8, the last HV contact being on day 3.",
    "the watcher's last contact is before the watch ends",
    greek,
)
ok(
    "wa-dzp-midwife-last-day-3-hv-to-day-8",
    WA,
    "dzp",
    "Diazepam and pregabalin continue; both sedate her, so no co-sleeping and no feeding lying down, nights with "
    "the foster carer. The midwife's last visit was day 3; the HV now watches for late withdrawal to day 8, "
    "visiting day 5 and day 8.",
    "another person's last visit beside the watcher's watch",
)
ok(
    "wa-fo-last-visit-day-10",
    WA,
    "fo",
    "Diazepam and pregabalin continue for now; sedation is the main risk: no bed or sofa sharing and night feeds "
    "by the foster carer. Late withdrawal possible to day 8: HV visits day 6 and 8, and the last midwife visit "
    "is on day 10, after the watch. SW holds this plan.",
    "the overall conclusion with a last visit after the watch",
)
ok(
    "wa-lith-home-day-3-after-48h-obs",
    WA,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, levels monthly then weekly from 36 weeks and 12 h after birth. "
    "Neonatal obs for 48 h on the postnatal ward (tone, feeding, thyroid); home on day 3 once the watch is "
    "complete. Bottle feeding as breastfeeding is not advised on lithium.",
    "home on day 3 after a 48-hour watch",
    cyr,
)
bad(
    "wa-lith-home-6h-obs-48h",
    WA,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, levels monthly then weekly from 36 weeks and 12 h after birth. "
    "Neonatal obs for 48 h on the postnatal ward (tone, feeding, thyroid); she will go home 6 hours after birth. "
    "Bottle feeding as breastfeeding is not advised on lithium.",
    "home at 6 hours cannot carry a 48-hour watch",
)
ok(
    "wa-sert-24h-obs-home-day-2",
    WA,
    "sert",
    "Sertraline 100 mg continues. Maternity staff observe the baby for 24 h for poor adaptation, alongside the "
    "methadone scoring; home no earlier than 72 hours after birth for the methadone plan. BF fine on sertraline.",
    "home after the longer watch",
)
ok(
    "wa-mo-home-after-watch",
    WA,
    "mo",
    "Continue methadone and sertraline unchanged. Baby on the postnatal ward for 72 h of NAS scoring and home "
    "after the watch ends; BF supported. No co-sleeping (methadone sedation); SW and HV see the sleeping "
    "arrangements before discharge.",
    "overall: home after the watch ends",
    fw,
)

# ============================================================================================================
# urgency: urgent now with routine follow-up months later (pass); urgent put months off (refuse).

ok(
    "ur-valp-urgent-today-routine-3m",
    UR,
    "valp",
    "Valproate 500 mg bd continues until neurology review: stopping suddenly risks seizures. First-trimester "
    "exposure confirmed, so urgent referral today to neurology and fetal medicine; routine follow-up in 3 months "
    "in the epilepsy clinic. Folic acid 5 mg started.",
    "urgent referral today; routine follow-up in 3 months",
    cyr,
)
bad(
    "ur-valp-urgent-in-4-months",
    UR,
    "valp",
    "Valproate 500 mg bd continues until neurology review: stopping suddenly risks seizures. First-trimester "
    "exposure confirmed, so an urgent neurology review has been booked for 4 months' time; fetal medicine "
    "referral sent. Folic acid 5 mg started.",
    "an urgent review four months away in a first-trimester valproate pregnancy",
    cyr,
)
ok(
    "ur-valp-urgent-seen-this-week",
    UR,
    "valp",
    "Valproate 500 mg bd: do not stop abruptly (seizure risk). Baby exposed in the first trimester. Urgent: "
    "neurology to see her this week to consider a switch, and fetal medicine scan at 12/40; epilepsy nurse "
    "review again in 3 months. Folic acid 5 mg daily started.",
    "urgent this week, a separate nurse review in 3 months",
)
ok(
    "ur-vo-urgent-now-then-routine",
    UR,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. Continue valproate unchanged; do not stop abruptly. "
    "Urgent neurology and fetal medicine referrals today; then routine neurology follow-up in 3 months. Folic "
    "acid 5 mg started; annual risk form status recorded.",
    "overall: urgent now, routine later",
    zwsp,
)
bad(
    "ur-vo-urgent-next-spring",
    UR,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate. Continue valproate unchanged; do not stop abruptly. "
    "Urgent neurology review arranged for 6 months' time; fetal medicine referral sent. Folic acid 5 mg started.",
    "urgent put six months off",
)
ok(
    "ur-lith-urgent-level-today",
    UR,
    "lith",
    "Urgent lithium level today as she has been vomiting; otherwise lithium (Priadel 800 mg nocte) continues, "
    "levels monthly and weekly from 36/40, routine PMH review in 2 months. Paediatric review of the baby at "
    "birth; bottle feeding as lithium enters breast milk.",
    "urgent today, routine later, in separate clauses",
)
ok(
    "ur-meth-not-urgent-3-months",
    UR,
    "meth",
    "Methadone 60 mg od continues. Dose review is not urgent: the drug service keyworker reviews it in 3 months, "
    "by 36/40. Baby: NAS scoring 72 h on the postnatal ward by the midwives. BF encouraged. No co-sleeping; HV "
    "checks the cot.",
    "not urgent, in 3 months",
)

# ============================================================================================================
# later: a named person acting after the next appointment; "sorted" followed by the plan (pass); the plan put
# off to after an appointment with no one named, "sorted" left for later (refuse).

ok(
    "la-meth-consultant-after-next-appt",
    LA,
    "meth",
    "Methadone 60 mg daily continues; the consultant obstetrician reviews her after the next appointment, at "
    "32/40, to confirm the delivery plan. Baby: 72 h NAS scoring on the postnatal ward. Breastfeeding "
    "encouraged. No co-sleeping as methadone sedates; HV checks the cot.",
    "a named consultant acting after the next appointment",
    shy,
)
bad(
    "la-meth-plan-after-next-appt",
    LA,
    "meth",
    "Methadone 60 mg daily. The plan for the dose and for the baby will be agreed after the next antenatal "
    "appointment.",
    "everything put off to after an appointment with no one named",
    shy,
)
ok(
    "la-meth-plan-is-sorted",
    LA,
    "meth",
    "The plan is sorted: methadone 60 mg daily continues to term; the baby has 72 h of NAS scoring on the "
    "postnatal ward by the midwives; breastfeeding encouraged; no co-sleeping as methadone sedates, and the HV "
    "checks the cot at the first visit.",
    "'sorted' followed by the plan itself",
    zwsp,
)
bad(
    "la-meth-to-be-sorted",
    LA,
    "meth",
    "Methadone 60 mg daily for now; the NAS plan and feeding are still to be sorted.",
    "'to be sorted' with nothing decided",
    zwsp,
)
ok(
    "la-sert-gp-after-next-visit",
    LA,
    "sert",
    "Sertraline 100 mg continues through pregnancy. After her next antenatal visit the GP will see her at "
    "34/40 to review mood. Maternity team to watch baby 24 h for poor neonatal adaptation; BF fine.",
    "the GP named acting after the next visit",
)
bad(
    "la-sert-review-after-next-clinic",
    LA,
    "sert",
    "Sertraline 100 mg. Whether it continues, and the plan for the baby, will be looked at after her next clinic.",
    "put off after the next clinic, no one named, nothing decided",
)
ok(
    "la-lith-all-sorted",
    LA,
    "lith",
    "All sorted with her and the PMH team: lithium (Priadel 800 mg nocte) continues, levels monthly, weekly from "
    "36/40 and within 24 h of birth; obstetrician withholds lithium in labour; paediatric review of baby after "
    "birth; bottle feeding.",
    "'sorted' with the decisions after the colon",
    greek,
)
ok(
    "la-co-sorted-plan",
    LA,
    "co",
    "Sorted at today's review: continue citalopram 20 mg through pregnancy and breastfeeding; midwife watches for "
    "neonatal adaptation symptoms for 48 h after birth; GP mood r/v at the 6-week check.",
    "overall: 'sorted' followed by the plan",
)
bad(
    "la-co-will-be-sorted-after-booking",
    LA,
    "co",
    "Citalopram 20 mg: the plan will be sorted after the next antenatal appointment.",
    "'will be sorted after the next appointment' and nothing else",
)
ok(
    "la-valp-neuro-after-next-scan",
    LA,
    "valp",
    "Valproate 500 mg bd continues; never stop suddenly (seizures). First-trimester exposure: urgent fetal "
    "medicine referral sent today and the neurologist sees her this week, then again after the next scan at "
    "12/40 to decide on a switch. Folic acid 5 mg started.",
    "the neurologist named, acting after the next scan",
)

# ============================================================================================================
# handover: departments with verbs that act (pass); an empty verb as the only plan (refuse).

ok(
    "ha-meth-paeds-scbu-score-4h",
    HA,
    "meth",
    "Methadone 60 mg daily continues to term. The paediatric team will look after the baby on SCBU if needed "
    "and score every 4 hours for 72 hours, starting morphine if scores stay high. Breastfeeding encouraged. No "
    "co-sleeping (methadone sedation); HV checks the cot.",
    "the paediatric team looks after the baby and scores every 4 hours",
    fw,
)
bad(
    "ha-meth-paeds-will-handle",
    HA,
    "meth",
    "Methadone 60 mg daily continues to term. Paediatrics will deal with the baby.",
    "the baby handed to a department with an empty verb and nothing else about the baby",
    fw,
)
ok(
    "ha-meth-neonatal-sees-baby-to-decide",
    HA,
    "meth",
    "Methadone 60 mg od unchanged. Midwives score the baby for NAS 4-hourly for 72 h; if two scores are high the "
    "neonatal registrar sees the baby to decide on oral morphine. BF encouraged. No bed/sofa sharing after her "
    "dose; HV to check the cot.",
    "the neonatal registrar sees the baby to decide on morphine",
    cyr,
)
ok(
    "ha-meth-drug-service-supervises",
    HA,
    "meth",
    "The drug service keeps methadone at 60 mg with daily supervised doses at the pharmacy and sees her "
    "fortnightly. Baby: postnatal ward NAS scoring for 72 h. Breastfeeding encouraged. No co-sleeping as "
    "methadone sedates; HV checks the cot.",
    "the drug service with verbs that act",
)
bad(
    "ha-meth-drug-service-looks-after",
    HA,
    "meth",
    "The drug service will look after the methadone. Neonatal team to take care of the baby.",
    "two bare hand-overs and nothing decided",
)
ok(
    "ha-lith-paeds-review-thyroid",
    HA,
    "lith",
    "Lithium (Priadel 800 mg nocte) continues with levels monthly, weekly from 36/40, within 24 h of birth. The "
    "paediatric team will look after the baby on the postnatal ward for 48 h, checking tone, feeding and thyroid "
    "function. Bottle feeding.",
    "the paediatric team with a verb and its checks",
    bidi,
)
bad(
    "ha-lith-paeds-will-handle",
    HA,
    "lith",
    "Lithium (Priadel 800 mg nocte) continues, levels monthly. Paediatrics will handle the baby.",
    "the baby handed over with an empty verb and nothing else about the baby",
)
ok(
    "ha-dzp-sw-arranges-contact",
    HA,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue and both sedate her. Children's social care will "
    "arrange supervised contact by day only; the foster carer does nights; no co-sleeping or feeding lying down. "
    "HV checks for late withdrawal to day 8.",
    "children's social care arranges contact",
)
ok(
    "ha-quet-hv-service-visits",
    HA,
    "quet",
    "The father's quetiapine 300 mg at night sedates him heavily: no night feeds by him, no bed or sofa sharing "
    "with the baby; mum does nights in the crib. The health visiting team will visit fortnightly and look at "
    "the sleeping set-up each time.",
    "a team that visits and looks",
    zwsp,
)

# ============================================================================================================
# asks: "any questions, please ask" and "please advise the HV" beside a full plan (pass); a question whose only
# answer asks the reader (refuse).

ok(
    "as-meth-questions-please-ask-plan",
    AS,
    "meth",
    "Any questions, please ask -- the plan is: methadone 60 mg daily continues to term; midwives score the baby "
    "for NAS for 72 h on the postnatal ward; breastfeeding encouraged; no co-sleeping as methadone sedates, and "
    "the HV checks the cot.",
    "an offer of questions before a full plan",
    greek,
)
ok(
    "as-quet-please-advise-hv-of-plan",
    AS,
    "quet",
    "Please advise the HV of the plan below. The father's quetiapine 300 mg at night sedates him heavily, so he "
    "does no night feeds and never shares a bed or sofa with the baby; the mother does nights and the baby "
    "sleeps in its own crib. HV to check at each visit.",
    "'please advise the HV' as an instruction before the plan",
    cyr,
)
bad(
    "as-quet-safe-nights-please-advise",
    AS,
    "quet",
    "Can the father do night feeds while he takes quetiapine 300 mg at night? Please advise.",
    "the only answer to the question asks the reader",
    cyr,
)
ok(
    "as-quet-question-answered-then-queries",
    AS,
    "quet",
    "Can the father do night feeds on quetiapine 300 mg? No: he is too sedated after his dose, so the mother does "
    "nights, he never shares a bed or sofa with the baby, and the HV checks at each visit. Any queries, please "
    "advise.",
    "the question answered; 'please advise' only closes the letter",
)
bad(
    "as-meth-dose-thoughts-welcome",
    AS,
    "meth",
    "Should methadone stay at 60 mg to term, and does the baby need SCBU? Thoughts welcome.",
    "questions answered only by 'thoughts welcome'",
)
ok(
    "as-meth-question-answered-thoughts-welcome",
    AS,
    "meth",
    "Should methadone stay at 60 mg to term? Yes: she is stable on it. The baby does not need SCBU routinely: "
    "72 h NAS scoring on the postnatal ward. BF encouraged; no co-sleeping as methadone sedates; HV checks the "
    "cot. Thoughts welcome at the MDT.",
    "questions answered; thoughts welcome only after",
)
ok(
    "as-cit-contact-me-plan",
    AS,
    "cit",
    "Happy to discuss - plan: citalopram 20 mg continues as relapse risk outweighs the small risk to baby; "
    "midwives observe baby for 48 h after birth for poor adaptation; breastfeeding supported.",
    "'happy to discuss' then the plan",
    shy,
)
bad(
    "as-cit-continue-please-advise",
    AS,
    "cit",
    "Is it safe for her to continue citalopram 20 mg and breastfeed? Please advise.",
    "a question left to the reader",
)
ok(
    "as-po-please-advise-partner-gp",
    AS,
    "po",
    "Please advise the father's GP of this plan. Mother's paracetamol raises no concern. The father's quetiapine "
    "causes heavy sedation at night: no co-sleeping with him and no night feeds after his dose. Crib seen and "
    "safe; HV keeps checking.",
    "'please advise' another professional, with the plan",
)
ok(
    "as-lith-any-queries-ring",
    AS,
    "lith",
    "Lithium (Priadel 800 mg nocte) continues: relapse risk after birth is high. Levels monthly, weekly from "
    "36/40, within 24 h of birth; paediatric review of baby after birth; breastfeeding not advised. Any queries, "
    "please ring the PMH team.",
    "the plan then 'any queries, please ring'",
)

# ============================================================================================================
# children: an older child's arrangements beside this baby's own plan (pass); another child's care as the only
# plan for this baby (refuse).

ok(
    "ch-meth-daughter-grandma-baby-reviewed",
    CH,
    "meth",
    "Her daughter, aged 3, will stay with grandma during the admission; the baby is reviewed at birth and scored "
    "for NAS for 72 h on the postnatal ward. Methadone 60 mg continues. Breastfeeding encouraged. No co-sleeping "
    "as methadone sedates; HV checks the cot.",
    "an older child's arrangements beside this baby's plan",
    fw,
)
bad(
    "ch-meth-daughter-aged-3-reviewed",
    CH,
    "meth",
    "Methadone 60 mg continues to term; she is stable with the drug service. Her daughter (aged 3) has had her "
    "review with the HV and is thriving.",
    "only another child's review: nothing about this baby",
    fw,
)
ok(
    "ch-meth-first-baby-kinship-this-baby-scored",
    CH,
    "meth",
    "Her first baby is in kinship care with her sister. This baby will be scored for NAS 4-hourly for 72 h on the "
    "postnatal ward. Methadone 60 mg continues. BF encouraged. No bed sharing after her dose; HV checks the cot.",
    "the first baby's placement, then this baby's plan",
)
bad(
    "ch-meth-first-baby-kinship-scored",
    CH,
    "meth",
    "Methadone 60 mg continues to term with daily supervised doses. The first baby is in kinship care with her "
    "sister and was scored for NAS on SCBU.",
    "only the first baby's care: nothing about this baby",
)
ok(
    "ch-dzp-son-aged-5-school-baby-foster",
    CH,
    "dzp",
    "Her son, aged 5, lives with his father and is at school. The baby is with the foster carer, who does all "
    "night care; diazepam and pregabalin sedate her, so contact is supervised and never lying down or asleep. HV "
    "checks late withdrawal to day 8.",
    "an older son's life beside this baby's plan",
    bidi,
)
bad(
    "ch-dzp-son-aged-5-checked",
    CH,
    "dzp",
    "Diazepam and pregabalin continue for now; her GP plans a slow supervised diazepam reduction. Her son (aged "
    "5) has been checked by the school nurse and is well.",
    "only an older child's check: nothing about this baby",
)
ok(
    "ch-quet-toddler-nursery-baby-crib",
    CH,
    "quet",
    "Their toddler, aged 2, goes to nursery by day. The father's quetiapine 300 mg at night sedates him, so he "
    "does no night feeds and does not share a bed or sofa with the baby, who sleeps in its crib; mum does "
    "nights. HV checks each visit.",
    "a toddler's day beside the baby's nights",
)
ok(
    "ch-sert-son-aged-4-grandad-baby-obs",
    CH,
    "sert",
    "Sertraline 100 mg continues. Her son, aged 4, will stay with his grandad while she is in. The baby is "
    "observed for 24 h after birth for poor adaptation by the maternity team. BF fine.",
    "an older child's stay beside the baby's observation",
)
ok(
    "ch-mo-older-daughter-and-baby",
    CH,
    "mo",
    "Continue methadone and sertraline unchanged. Her daughter, aged 3, stays with grandma during the admission. "
    "Baby: NAS observation on the postnatal ward for 72 h; breastfeeding supported. No co-sleeping (methadone "
    "sedation); SW and HV see the sleeping set-up before discharge.",
    "overall: the daughter's care and the baby's plan",
    cyr,
)

# ============================================================================================================
# spans: "for the past fortnight" where the baby is old enough or the span is an adult's (pass); a span longer
# than the baby's life (refuse).

ok(
    "sp-quet4w-past-fortnight-crib",
    SP,
    "quet4w",
    "For the past fortnight the baby has slept in its own crib and the mother has done every night feed, as the "
    "father's quetiapine 300 mg at night sedates him heavily. He must not share a bed or sofa with the baby. HV "
    "keeps checking each visit.",
    "a fortnight in a baby four weeks old",
    greek,
)
bad(
    "sp-quet-past-fortnight-crib-day-10",
    SP,
    "quet",
    "For the past fortnight the baby has slept in its own crib and the mother has done every night feed, as the "
    "father's quetiapine 300 mg at night sedates him heavily. He must not share a bed or sofa with the baby. HV "
    "keeps checking each visit.",
    "a fortnight of the baby's sleep in a baby ten days old",
    greek,
)
ok(
    "sp-quet-father-fortnight-dose",
    SP,
    "quet",
    "For the past fortnight the father has taken his quetiapine 300 mg at 10 pm and is heavily sedated until "
    "morning; since the birth the baby has slept in its crib and the mother does the night feeds. No bed or "
    "sofa sharing with him; HV checks each visit.",
    "a fortnight of the father's dosing, not the baby's life",
)
ok(
    "sp-po4w-past-fortnight",
    SP,
    "po4w",
    "Mother's paracetamol raises no concern. The father's quetiapine sedates him at night: over the past "
    "fortnight the baby has slept in the crib beside mum, who does nights. No co-sleeping with him; HV keeps "
    "checking.",
    "overall: a fortnight in a four-week-old",
)
ok(
    "sp-dzp4w-past-fortnight-no-withdrawal",
    SP,
    "dzp4w",
    "For the past fortnight the baby has fed well with the foster carer and shown no late withdrawal. Diazepam "
    "and pregabalin continue and sedate her: contact supervised, never feeding lying down or asleep with the "
    "baby. HV to keep weighing fortnightly; SW reviews at 6 weeks.",
    "a fortnight in a four-week-old in foster care",
    zwsp,
)
bad(
    "sp-dzp-past-fortnight-no-withdrawal-day-4",
    SP,
    "dzp",
    "For the past fortnight the baby has fed well with the foster carer and shown no withdrawal. Diazepam and "
    "pregabalin continue and sedate her: contact supervised, never feeding lying down or asleep with the baby. "
    "HV checks to day 8.",
    "a fortnight of the baby's feeding in a baby four days old",
)
ok(
    "sp-dzp-mum-fortnight-stable",
    SP,
    "dzp",
    "Mum has been on the same diazepam 5 mg tds and pregabalin 150 mg bd for the past fortnight and both sedate "
    "her: no co-sleeping, no feeding lying down, the foster carer does nights. HV watches the baby for late "
    "withdrawal to day 8.",
    "a fortnight of the mother's doses",
)
ok(
    "sp-quet-since-birth",
    SP,
    "quet",
    "Since the birth ten days ago the baby has slept in its own crib. The father's quetiapine 300 mg at night "
    "sedates him, so no night feeds by him and no bed or sofa sharing with the baby; the HV will keep checking.",
    "since the birth, within the baby's age",
    fw,
)

# ============================================================================================================
# more good work in the same shapes (pass).

ok(
    "ac-fo-medicines-sedate-carer-acts",
    AC,
    "fo",
    "Diazepam and pregabalin continue for now and together they sedate her heavily. The foster carer does all "
    "night feeds; no bed, sofa or armchair sharing; contact supervised. Late withdrawal possible to day 8: HV "
    "visits day 6 and 8. SW and HV hold this plan.",
    "overall: the medicines sedate, people act",
)
ok(
    "wa-quet-home-visits-after-day-10",
    WA,
    "quet",
    "The father's quetiapine 300 mg at night sedates him heavily: no night feeds by him, no bed or sofa sharing "
    "with the baby. Mum does nights with the baby in its crib. The HV's last planned visit is at 8 weeks, and "
    "she checks the crib at each visit until then.",
    "a last visit at the end of the HV's checks",
)
ok(
    "ur-sert-urgent-if-low-mood",
    UR,
    "sert",
    "Sertraline 100 mg continues. Urgent GP review if her mood drops, otherwise routine review at 6 weeks "
    "postnatal. Maternity team observe baby 24 h for poor neonatal adaptation. BF fine.",
    "urgent if, otherwise routine",
)
ok(
    "la-quet-hv-after-next-weigh",
    LA,
    "quet",
    "The father's quetiapine 300 mg nocte sedates him heavily: no night feeds by him, no bed or sofa sharing with "
    "the baby; mum does nights. The HV checks the crib at each visit and, after the next weigh-in clinic, "
    "reviews the plan with both parents.",
    "the HV named acting after the next clinic",
)
ok(
    "ha-cit-maternity-unit-observes",
    HA,
    "cit",
    "Citalopram 20 mg continues. The maternity unit will keep the baby for 48 h and observe for jitteriness, "
    "poor feeding and breathing problems. Breastfeeding supported.",
    "a unit with a verb that acts",
)
ok(
    "as-valp-please-advise-neuro-of-plan",
    AS,
    "valp",
    "Please advise neurology of this plan when they call: valproate 500 mg bd continues, never stopped suddenly; "
    "the baby is exposed in the first trimester, so fetal medicine referral sent today and urgent neurology "
    "review requested. Folic acid 5 mg started.",
    "please advise another team of a plan that is there",
)
ok(
    "ch-lith-son-aged-6-baby-paeds",
    CH,
    "lith",
    "Her son, aged 6, will stay with his aunt around the birth. Lithium (Priadel 800 mg nocte) continues with "
    "levels monthly, weekly from 36/40, within 24 h of birth. The paediatric team reviews the baby after birth; "
    "bottle feeding.",
    "an older son's arrangements beside the baby's review",
)
ok(
    "sp-lo-past-fortnight-her-levels",
    SP,
    "lo",
    "Lithium (Priadel) 800 mg at night continues; her levels have been stable for the past fortnight. Levels "
    "monthly, weekly from 36 weeks and within 24 hours of birth. Paediatric review of the baby after birth. "
    "Bottle feeding. PMH team to review within a week of birth.",
    "a fortnight of the mother's levels in an antenatal record",
)
ok(
    "la-vo-sorted-with-her",
    LA,
    "vo",
    "Sorted with her today: continue sodium valproate unchanged, never stop abruptly; urgent neurology and "
    "fetal medicine referrals sent; folic acid 5 mg started; annual risk acknowledgement status recorded. "
    "Unplanned pregnancy at 8 weeks.",
    "overall: 'sorted' followed by the plan",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F112CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F112CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F112CASES):3}"
    )
