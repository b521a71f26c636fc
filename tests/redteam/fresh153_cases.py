"""A hundred-and-fifty-third independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt
against the last stop's newest readings.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md ([Unreleased], the Fixed and Changed lines naming
fresh149, fresh150, fresh151 and mutation round 48) and the examples, not from the gate's code or its word lists.
The lens is the readings the last stop added: acts that decide nothing set aside beside a medicine's line, holders
left as placeholders, items still open and empty queries, guidance reported or applied, dose lines read against
themselves, calendar dates and lithium result lists, helpers who withdrew, other household members' medicines, the
household's nights, and watches and levels dropped. For each reading the corpus writes good conclusions a careful
clinician could write that sit close to it and must pass, each beside a hollow twin that must refuse. Categories,
each both ways:

* ``passive``: agentless generic passives ("will be arranged", "will be considered") against passives with their
  specifics (who, where, how often, for how long);
* ``vaguetime``: acts whose only time is vague ("in due course", "when convenient") against a vague time beside a
  real one ("as soon as possible and no later than day 5");
* ``todo``: items still to do, open-list labels and queries with no answer, against items closed with their
  decision, answered queries ("?NAS -> scoring 4-hourly for 72 h") and labels of what was done;
* ``holder``: placeholders as holders ("[named midwife]", "XX", "TBC") against real names in brackets
  ("[Anna Lowe]", "(HV Joanna Price)") and units ("[SCBU]");
* ``guidance``: guidance only reported against guidance applied by a named clinician to this baby;
* ``dose``: dose lines with unit slips, counts over a week the dose does not give, depots given too often,
  modified-release forms by odd routes, against the same lines right (a weekly count that fits, a depot every 13
  weeks, MR swallowed whole);
* ``calendar``: dates in dose lines and lithium result lists, impossible against real;
* ``withdrawn``: a helper who "can no longer" or "has pulled out" with nothing instead, against the same with the
  replacement told;
* ``household``: other household members' medicines (a grandparent's, a lodger's, an adult son's) named in a
  conclusion, dismissed against answered;
* ``nights``: the household's nights: a sedated grandparent or lodger given the night feeds, a rota putting the
  sedated adult on nights, "when Sandra is off", against a sedated adult kept off the nights by a named plan;
* ``dropped``: watches, checks and levels dropped bare against ended for a stated clinical reason with the next
  holder named;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Must-pass conclusions are complete: each names its medicines, says what they mean for this baby and what named
professionals do and when; the overall conclusion names every medicine the assessments cover. Medicines named here
are real; no clinical code is invented (a harmless medicine added carries the clinician's reason, none a code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh153_cases`` for the counts per category.
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

F153CASES: list[Case] = []

CATEGORIES = (
    "passive",
    "vaguetime",
    "todo",
    "holder",
    "guidance",
    "dose",
    "calendar",
    "withdrawn",
    "household",
    "nights",
    "dropped",
    "disguise",
)

PS, VT, TD, HO, GD, DS, CL, WD, HH, NT, DR, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F153CASES.append(Case(f"f153-{name}", category, expect, base, mutate, why))


Make = Callable[[str], Mutation]
Disguise = Callable[[str], str]


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


def case(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    make: Make,
    text: str,
    why: str,
    disguise: Disguise | None = None,
) -> None:
    add(name, category, expect, base, make(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, make(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, base, make, text, why, disguise)


def bad(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, base, make, text, why, disguise)


def at(path: str, pre: Mutation | None = None) -> Make:
    def make(text: str) -> Mutation:
        return set_(path, text) if pre is None else chain(pre, set_(path, text))

    return make


def classified(dose: str, reason: str) -> Make:
    """A harmless medicine added to the postnatal record with the clinician's reason it raises no concern."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-extra", name, dose, "2026-04-04", gp_prescriber(RIVERSIDE),
                                     not_of_concern_reason=reason))

    return make


METH_C = at("assessments#asm-methadone.conclusion")
SERT_C = at("assessments#asm-sertraline.conclusion")
LITH_C = at("assessments#asm-lithium.conclusion")
VALP_C = at("assessments#asm-valproate.conclusion")
DZP_C = at("assessments#asm-diazepam-pregabalin.conclusion")
QUET_C = at("assessments#asm-partner-quetiapine.conclusion")
CIT_C = at("assessments#asm-citalopram.conclusion")
OVERALL = at("overall_conclusion.text")

METH_DOSE = at("medicines#med-methadone.dose")
SERT_DOSE = at("medicines#med-sertraline.dose")
LITH_DOSE = at("medicines#med-lithium.dose")
QUET_DOSE = at("medicines#med-partner-quetiapine.dose")
FOLIC_DOSE = at("medicines#med-folic-acid.dose")
VALP_DOSE = at("medicines#med-valproate.dose")
DZP_DOSE = at("medicines#med-diazepam.dose")
PGB_DOSE = at("medicines#med-pregabalin.dose")
CIT_DOSE = at("medicines#med-citalopram.dose")
PARA_DOSE_N = at("medicines#med-paracetamol.dose")

# Good tails, written fresh for this corpus: what each class's concerns need, with who and when.
METH_TAIL = (
    "Breastfeeding is encouraged. Jodie is drowsy for a few hours after each dose, so the baby sleeps in its own cot "
    "and never in her bed or on the sofa; the health visitor sees the cot at the new birth visit."
)
SERT_TAIL = "Sertraline is compatible with breastfeeding and the midwife supports it; the GP reviews her mood at 6 weeks."
LITH_TAIL = (
    "The paediatrician examines the baby on the postnatal ward within 24 hours for lethargy, poor feeding and "
    "floppiness. Breastfeeding is not advised and Rebecca plans to bottle feed; the perinatal team (Samuel Osei) sees "
    "her within a week of the birth."
)
DZP_TAIL = (
    "Kayleigh must not share a bed, sofa or armchair with the baby or feed lying down; Sandra Hollis, the foster "
    "carer, does every night feed and the baby sleeps in a cot in Sandra's room. Late withdrawal signs are possible "
    "until day 8, so the health visitor looks for them at each visit to day 10."
)
QUET_TAIL = (
    "Daniel must never share a bed, sofa or armchair with the baby, and Chloe does every night feed with the baby in "
    "the next-to-me crib on her side; the health visitor checks the crib at each visit in the first 8 weeks."
)


# ================================================================================================ passive
ok("ps-meth-passive-specifics", PS, M, METH_C,
   "Methadone 60 mg daily will be continued through pregnancy. The baby will be scored for neonatal abstinence "
   "syndrome 4-hourly by the postnatal ward midwives for at least 72 hours after birth, and will be seen at home "
   "by the health visitor for late signs until day 10. " + METH_TAIL,
   "passives with their agent, place, frequency and span decide; nothing is set aside", cyr)
bad("ps-meth-generic-passives", PS, M, METH_C,
    "Methadone 60 mg daily will be continued. Appropriate observation of the baby will be arranged. Safe sleep will "
    "be discussed. Breastfeeding will be considered.",
    "generic passives with no one, no time and no measure beside the medicine's line: nothing is decided", cyr)
ok("ps-sert-passive-ward", PS, M, SERT_C,
   "Sertraline 100 mg od will be continued: she relapsed off it in 2024. The baby will be observed on the postnatal "
   "ward by the midwives for 48 hours for jitteriness, poor feeding and fast breathing. " + SERT_TAIL,
   "the passive names the ward, the midwives and 48 hours")
bad("ps-sert-will-be-monitored", PS, M, SERT_C,
    "Sertraline 100 mg od will be continued. The baby will be monitored as appropriate and any concerns will be "
    "escalated.",
    "monitored as appropriate, concerns escalated: agentless, timeless passives")
ok("ps-lith-passive-levels", PS, L, LITH_C,
   "Priadel 800 mg nocte will be continued; relapse risk after delivery is high. Lithium levels will be taken by the "
   "perinatal team monthly, weekly from 36 weeks and within 24 hours of birth, with the dose held in labour by the "
   "obstetric team. " + LITH_TAIL,
   "the passive levels have their holder and schedule")
bad("ps-lith-has-been-considered", PS, L, LITH_C,
    "Lithium (Priadel) 800 mg at night will be continued. The plan for levels has been carefully considered because "
    "of the relapse risk; a plan for the baby will follow.",
    "a reason for a decision never made, and a plan that will follow")
ok("ps-valp-passive-referrals", PS, V, VALP_C,
   "Sodium valproate 500 mg bd will be continued until Dr Adebayo (neurology) reviews it; stopping suddenly risks "
   "seizures. Urgent referrals to neurology and to fetal medicine were sent by Dr McAllister today, a detailed "
   "anomaly scan will be booked by the antenatal clinic for 20 weeks, and folic acid 5 mg daily was started today.",
   "sent by a named GP today, a scan booked by a named clinic for a gestation")
bad("ps-valp-will-be-referred", PS, V, VALP_C,
    "Sodium valproate 500 mg bd will be continued. She will be referred as appropriate and the pregnancy will be "
    "monitored. Folic acid will be considered.",
    "referred as appropriate, monitored, considered: no one, no time, no exposure plan")
ok("ps-quet-passive-crib", PS, P, QUET_C,
   "Daniel's quetiapine 300 mg at night will be continued by his psychiatrist. The crib will be checked by the health "
   "visitor, Joanna Price, at every visit until 8 weeks. " + QUET_TAIL,
   "the taker's possessive line beside a passive with its holder and span")
bad("ps-quet-night-feeds-arranged", PS, P, QUET_C,
    "Daniel's quetiapine 300 mg at night will be continued. Night feeds will be arranged. Sleeping arrangements will "
    "be reviewed.",
    "a time of day naming a kind of care is no time; agentless passives decide nothing", zwsp)
ok("ps-dzp-passive-foster", PS, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd will be continued for now, with a diazepam reduction supervised by the "
   "drug service from July. " + DZP_TAIL,
   "a passive with its holder and start month")
ok("ps-cit-passive-midwife", PS, C, CIT_C,
   "Citalopram 20 mg od will be continued: her anxiety relapsed when she stopped it before. The baby will be watched "
   "by the community midwife for jitteriness, poor feeding and breathing problems for the first 48 hours; "
   "breastfeeding is supported by the midwife.",
   "the passive watch has its holder and span")

# ================================================================================================ vaguetime
ok("vt-meth-asap-and-day", VT, M, METH_C,
   "Methadone 60 mg od continues. The ward midwives score the baby for NAS 4-hourly for 72 hours after birth; the "
   "health visitor visits as soon as possible after discharge and no later than day 5, then weekly to day 14 "
   "for late signs. " + METH_TAIL,
   "a vague time beside a real one is bounded", shy)
bad("vt-meth-in-due-course", VT, M, METH_C,
    "Methadone 60 mg od continues. The health visitor will check on the baby in due course and the midwife will "
    "look at the sleeping arrangements when convenient.",
    "the only times name no time: in due course, when convenient", shy)
ok("vt-sert-at-some-point-and-48h", VT, M, SERT_C,
   "Sertraline 100 mg daily continues. The postnatal ward midwives watch the baby for 48 hours after birth for "
   "jitteriness and poor feeding; at some point before the 6-week check the GP will also review her mood, at the "
   "latest on the day of that check. " + SERT_TAIL,
   "'at some point' bounded by 'at the latest on the day of that check', beside a 48-hour watch")
bad("vt-sert-at-some-point", VT, M, SERT_C,
    "Sertraline 100 mg daily continues. The baby will be looked at at some point after birth and her mood will be "
    "reviewed when time allows.",
    "at some point, when time allows: no time at all")
ok("vt-lith-soon-and-24h", VT, L, LITH_C,
   "Lithium (Priadel) 800 mg at night continues. Dr Campbell arranges levels monthly now and weekly from 36 weeks; "
   "the obstetric team takes a level within 24 hours of birth and soon after any vomiting illness. " + LITH_TAIL,
   "'soon after any vomiting illness' is an extra trigger beside real times")
ok("vt-quet-regularly-and-weekly", VT, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte makes him very hard to wake. The health visitor, Joanna Price, checks the "
   "sleeping arrangements regularly: weekly to 8 weeks, then at the 3-month contact. " + QUET_TAIL,
   "'regularly' explained by its weekly schedule", greek)
bad("vt-quet-regularly-only", VT, P, QUET_C,
    "Daniel's quetiapine 300 mg nocte makes him very hard to wake. The health visitor will check the sleeping "
    "arrangements regularly and whenever possible.",
    "regularly and whenever possible: no time, no night plan")
ok("vt-dzp-promptly-day-8", VT, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. " + DZP_TAIL + " Any sign is reported promptly, that "
   "same day, by Sandra to the health visitor.",
   "'promptly' bounded by 'that same day'")
bad("vt-dzp-later-on", VT, F, DZP_C,
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Night care in the placement to be looked at later "
    "on; the reduction plan to follow in time.",
    "later on, in time: nothing held, nothing timed")

# ================================================================================================ todo
ok("td-meth-items-closed", TD, M, METH_C,
   "Methadone 60 mg od (supervised) continues. Items from the planning meeting, all now decided: NAS scoring - "
   "4-hourly by the ward midwives for 72 h; late signs - the HV at home to day 10; sleeping place - own cot, seen "
   "by the HV at the new birth visit; feeding - breastfeeding encouraged. Jodie is drowsy after her dose, so no "
   "co-sleeping.",
   "an items label followed by each item's decision, not bare topics")
bad("td-meth-items-still-open", TD, M, METH_C,
    "Methadone 60 mg od (supervised) continues. Items still open: NAS scoring, sleeping place, night feeds, "
    "breastfeeding.",
    "a label saying its items are still open, followed by topics only")
ok("td-sert-query-answered", TD, M, SERT_C,
   "Sertraline 100 mg od continues. ?neonatal adaptation -> midwives on the postnatal ward watch the baby 48 h for "
   "jitteriness, poor feeding, fast breathing. ?BF -> yes, compatible; midwife supports. Mood r/v by GP at 6/52.",
   "shorthand queries each answered after the arrow", zwj)
bad("td-sert-query-empty", TD, M, SERT_C,
    "Sertraline 100 mg od continues. ?neonatal adaptation ->. ?BF ->. ?mood r/v.",
    "queries whose arrows lead nowhere", zwj)
ok("td-lith-yet-to-decide-with-decision", TD, L, LITH_C,
   "Priadel 800 mg nocte continues. Only the place of birth is yet to be decided, and either unit can do what is "
   "needed: Dr Campbell arranges levels monthly, weekly from 36/40 and within 24 h of birth, with the dose held in "
   "labour. " + LITH_TAIL,
   "one item still to decide (place of birth) beside every decision the baby needs")
bad("td-lith-yet-to-be-decided", TD, L, LITH_C,
    "Priadel 800 mg nocte continues. Levels - yet to be decided. Baby review - still to address. Feeding - to be "
    "agreed.",
    "every item marked still to decide")
ok("td-quet-actions-done", TD, P, QUET_C,
   "Daniel: quetiapine 300 mg at night, very hard to wake after it. Actions done today: safe sleep talked through with "
   "both parents; crib seen on Chloe's side; Chloe has every night feed. Outstanding: none. HV Joanna Price checks the "
   "crib at each visit to 8 weeks; Daniel never has the baby in his bed or on the sofa.",
   "actions done, and 'Outstanding: none' is an answer")
bad("td-quet-to-do-list", TD, P, QUET_C,
    "Daniel: quetiapine 300 mg at night, very hard to wake after it. To do: safe sleep talk with both parents; decide "
    "who has the night feeds; look at the crib.",
    "a to-do list of what decides the baby's nights, nothing done")
ok("td-dzp-open-question-answered", TD, F, DZP_C,
   "Diazepam 5 mg tds + pregabalin 150 mg bd continue for now. Open question at the meeting was who does the nights; "
   "answered: Sandra Hollis does every night feed and the cot is in her room. " + DZP_TAIL,
   "an open question told with its answer")
bad("td-dzp-needs-working-out", TD, F, DZP_C,
    "Diazepam 5 mg tds + pregabalin 150 mg bd continue for now. Who does the nights, where the baby sleeps and the "
    "late withdrawal watch all need working out.",
    "questions that still need working out are left unanswered")
ok("td-cit-outstanding-none", TD, C, CIT_C,
   "Citalopram 20 mg od continues. Outstanding items: none - the community midwife watches the baby for 48 hours for "
   "jitteriness and poor feeding, breastfeeding is supported, and Dr McAllister reviews mood at 6 weeks.",
   "'Outstanding items: none' followed by the decided plan", fw)
bad("td-cit-outstanding-list", TD, C, CIT_C,
    "Citalopram 20 mg od continues. Outstanding items: neonatal watch; breastfeeding; mood review.",
    "an outstanding list of short topics only")

# ================================================================================================ holder
ok("ho-meth-real-name-brackets", HO, M, METH_C,
   "Methadone 60 mg od continues. NAS scoring 4-hourly for 72 h on the postnatal ward by the named midwife [Anna "
   "Lowe] and the ward team; late signs at home to day 10 by the HV; cot check at the new birth visit. " + METH_TAIL,
   "a real name in the brackets after 'named midwife'", bidi)
bad("ho-meth-named-midwife-prompt", HO, M, METH_C,
    "Methadone 60 mg od continues. NAS scoring 4-hourly for 72 h by [named midwife]; late signs at home to day 10 by "
    "[HV name]; cot check at the new birth visit by [named HV].",
    "every holder left as the template's prompt", bidi)
ok("ho-sert-scbu-unit", HO, M, SERT_C,
   "Sertraline 100 mg od continues. The baby is watched for 48 h for poor adaptation by the postnatal ward midwives, "
   "and if breathing is fast the neonatal team [SCBU] reviews the baby the same day. " + SERT_TAIL,
   "a unit in brackets is a holder")
bad("ho-sert-xx-holder", HO, M, SERT_C,
    "Sertraline 100 mg od continues. XX to watch the baby for 48 h for poor adaptation; XX to support breastfeeding; "
    "mood review by XX at 6 weeks.",
    "XX in every holder's place")
ok("ho-lith-dr-in-brackets", HO, L, LITH_C,
   "Lithium (Priadel) 800 mg at night continues. Levels monthly, weekly from 36 weeks and within 24 hours of birth, "
   "taken by the perinatal psychiatrist [Dr Samuel Osei]. " + LITH_TAIL,
   "a title and a name in brackets")
bad("ho-lith-named-psychiatrist", HO, L, LITH_C,
    "Lithium (Priadel) 800 mg at night continues. [named psychiatrist] to take levels monthly, weekly from 36 weeks "
    "and within 24 hours of birth; [paediatrician] to review the baby.",
    "the holders are placeholders")
ok("ho-quet-hv-parenthesis", HO, P, QUET_C,
   "Daniel's quetiapine 300 mg at night leaves him too sedated to care for the baby at night. Crib check at each visit "
   "to 8 weeks (HV Joanna Price). " + QUET_TAIL,
   "(HV Joanna Price) stands as a holder", cyr)
bad("ho-quet-hv-tbc", HO, P, QUET_C,
    "Daniel's quetiapine 300 mg at night leaves him too sedated to care for the baby at night. Crib check at each "
    "visit to 8 weeks (HV: TBC). Night feeds: ???.",
    "the holder TBC and the night feeds ???")
ok("ho-dzp-owner-named", HO, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Night feeds - owner: Sandra Hollis (foster carer). "
   "Late withdrawal watch to day 8 - owner: health visitor, visits on days 3, 5 and 8. Kayleigh does not co-sleep, "
   "sofa-sleep or feed lying down.",
   "owner labels with real holders")
bad("ho-dzp-owner-tbc", HO, F, DZP_C,
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Night feeds - owner: TBC. Late withdrawal watch to "
    "day 8 - owner: [name]. Co-sleeping advice - who: ???.",
    "owners left as placeholders")
ok("ho-valp-specialist-named", HO, V, VALP_C,
   "Sodium valproate 500 mg twice a day continues until neurology review (Dr Grace Adebayo, urgent, within 2 weeks); "
   "do not stop abruptly. Fetal medicine referral sent today by Dr McAllister for an early scan and a detailed scan at "
   "20 weeks; folic acid 5 mg daily started today.",
   "a specialist's name in brackets with a time")

# ================================================================================================ guidance
ok("gd-meth-guideline-applied", GD, M, METH_C,
   "Methadone 60 mg od continues. The trust guideline asks for 72 hours of NAS scoring; Dr Shah has applied it: Jodie's "
   "baby stays on the postnatal ward for 72 h with 4-hourly scoring by the midwives, and the HV checks for late signs "
   "to day 10. " + METH_TAIL,
   "guidance applied to this baby by a named clinician")
bad("gd-meth-guideline-reported", GD, M, METH_C,
    "Methadone 60 mg od continues. The trust guideline states that babies exposed to opioids are scored for 72 hours "
    "and that mothers are advised against co-sleeping.",
    "guidance reported only; nothing said of this baby")
ok("gd-lith-nice-applied", GD, L, LITH_C,
   "Priadel 800 mg nocte continues. NICE CG192 advice followed by Dr Campbell for Rebecca: levels every 4 weeks, weekly "
   "from 36 weeks and within 24 hours of birth. " + LITH_TAIL,
   "guidance followed by a named GP for this mother", zwsp)
bad("gd-lith-nice-says", GD, L, LITH_C,
    "Priadel 800 mg nocte continues. NICE says women on lithium should have levels every 4 weeks and weekly from 36 "
    "weeks, and that breastfeeding is not usually recommended.",
    "guidance reported, never applied")
ok("gd-valp-mhra-applied", GD, V, VALP_C,
   "Sodium valproate 500 mg bd continues for now: the MHRA advice is not to stop it suddenly, and Dr McAllister has "
   "followed it: urgent neurology referral (Dr Adebayo) sent today, fetal medicine referral for an early scan sent "
   "today, folic acid 5 mg started.",
   "advice followed by a named GP: referrals sent today")
bad("gd-valp-mhra-reported", GD, V, VALP_C,
    "Sodium valproate 500 mg bd continues. The MHRA states that valproate must not be used in pregnancy unless there "
    "is no alternative and that specialist review is required.",
    "guidance reported; no exposure plan for this pregnancy")
ok("gd-sert-bnf-applied", GD, M, SERT_C,
   "Sertraline 100 mg once daily continues. Per the BNF, sertraline passes into breast milk in small amounts; the "
   "midwife has told Jodie breastfeeding is fine and the ward midwives watch her baby for 48 hours for jitteriness and "
   "poor feeding. GP mood review at 6 weeks.",
   "guidance quoted then applied to this baby")
ok("gd-quet-lullaby-applied", GD, P, QUET_C,
   "Daniel's quetiapine 300 mg at night sedates him heavily. Lullaby Trust advice gone through with both parents by "
   "the health visitor, Joanna Price, and applied to this home: " + QUET_TAIL,
   "guidance applied with the plan for this home")
bad("gd-quet-lullaby-reported", GD, P, QUET_C,
    "Daniel's quetiapine 300 mg at night sedates him heavily. The Lullaby Trust advises that babies should not "
    "share a bed with an adult who has taken sedating medication.",
    "guidance reported; no one holds the nights")

# ================================================================================================ dose
ok("ds-sert-line-mg-brackets", DS, M, SERT_DOSE, "Two 50 mg tablets (100 mg) once daily",
   "two 50 mg tablets make 100 mg")
bad("ds-sert-line-micrograms", DS, M, SERT_DOSE, "Two tablets (100 micrograms) once daily",
    "a unit slip x1000: two 50 mg tablets are not 100 micrograms")
ok("ds-sert-line-14-a-week", DS, M, SERT_DOSE, "Two tablets (100 mg) once daily, 14 tablets a week in a dosette",
   "two a day make 14 a week", greek)
bad("ds-sert-line-28-a-week", DS, M, SERT_DOSE, "Two tablets (100 mg) once daily, 28 tablets a week",
    "two a day cannot make 28 a week")
ok("ds-quet-line-21-a-week", DS, P, QUET_DOSE, "300 mg (three tablets) at night; 21 tablets dispensed weekly",
   "three a night make 21 a week")
bad("ds-quet-line-70-a-week", DS, P, QUET_DOSE, "300 mg (three tablets) at night; 70 tablets dispensed weekly",
    "three a night cannot make 70 a week")
ok("ds-lith-mr-swallowed", DS, L, LITH_DOSE,
   "800 mg (two tablets) at night, swallowed whole; brand prescribing (Priadel)",
   "MR tablets swallowed whole by mouth")
bad("ds-lith-mr-rectal", DS, L, LITH_DOSE,
    "800 mg (two tablets) inserted rectally at night; brand prescribing (Priadel)",
    "a modified-release tablet given rectally releases nothing it should")
ok("ds-valp-gr-by-mouth", DS, V, VALP_DOSE, "500 mg twice a day by mouth, swallowed whole with water",
   "gastro-resistant tablets by mouth", zwj)
bad("ds-valp-gr-pv", DS, V, VALP_DOSE, "500 mg PV twice a day",
    "gastro-resistant tablets given vaginally")
ok("ds-depo-13-weeks", DS, N,
   classified("150 mg by deep intramuscular injection every 12 weeks",
              "Contraception after the birth; progestogen only, compatible with breastfeeding, first dose at 6 weeks."),
   "Depo-Provera 150mg/1ml suspension for injection",
   "a depot every 12 weeks, as licensed")
bad("ds-depo-weekly", DS, N,
    classified("150 mg by deep intramuscular injection once a week",
               "Contraception after the birth; progestogen only, compatible with breastfeeding, first dose at 6 "
               "weeks."),
    "Depo-Provera 150mg/1ml suspension for injection",
    "a 12-weekly depot given weekly")
ok("ds-meth-ml-line", DS, M, METH_DOSE, "60 ml (60 mg) of 1 mg/ml once daily, supervised at the pharmacy",
   "60 ml of 1 mg/ml is 60 mg")
bad("ds-meth-ml-slip", DS, M, METH_DOSE, "60 ml (60 g) once daily, supervised at the pharmacy",
    "60 ml of 1 mg/ml is not 60 g: a thousandfold slip")
ok("ds-pgb-line-capsules", DS, F, PGB_DOSE, "Two 75 mg capsules (150 mg) twice a day, 28 capsules a week",
   "two capsules twice a day make 28 a week")
ok("ds-cit-line-mane", DS, C, CIT_DOSE, "20 mg mane (one tablet), 7 tablets a week",
   "one each morning, seven a week")

# ================================================================================================ calendar
ok("cl-folic-until-date", CL, V, FOLIC_DOSE, "5 mg once daily from 20 May 2026 until 30 June 2026 (12 weeks)",
   "real dates in the dose line")
bad("cl-folic-31-june", CL, V, FOLIC_DOSE, "5 mg once daily from 20 May 2026 until 31 June 2026 (12 weeks)",
    "31 June is no date")
ok("cl-dzp-until-30-april", CL, F, DZP_DOSE, "5 mg three times a day, reducing by 2 mg a fortnight from 30 June 2026",
   "a real date in the dose line", shy)
bad("cl-dzp-30-february", CL, F, DZP_DOSE, "5 mg three times a day, reducing by 2 mg a fortnight from 30 February 2026",
    "30 February is no date", shy)
ok("cl-lith-results-list", CL, L, LITH_C,
   "Priadel 800 mg nocte continues. Lithium levels this pregnancy: 0.62 mmol/L on 3 February, 0.58 on 3 March and "
   "0.71 on 7 April, all in range. Dr Campbell takes levels monthly, weekly from 36 weeks and within 24 hours of "
   "birth. " + LITH_TAIL,
   "a results list with later numbers in the same unit, all real")
bad("cl-lith-results-71", CL, L, LITH_C,
    "Priadel 800 mg nocte continues. Lithium levels this pregnancy: 0.62 mmol/L on 3 February, 0.58 on 3 March and "
    "71 on 7 April. Dr Campbell takes levels monthly, weekly from 36 weeks and within 24 hours of birth. " + LITH_TAIL,
    "a level of 71 mmol/L no living person has")
ok("cl-lith-results-dated-iso", CL, L, LITH_C,
   "Lithium (Priadel) 800 mg at night continues. Levels: 2026-02-03 0.6 mmol/L; 2026-03-03 0.7; 2026-04-07 0.65. "
   "Next levels monthly, weekly from 36 weeks and within 24 h of birth, taken by the perinatal team. " + LITH_TAIL,
   "ISO dates before each level; the years are not levels", cyr)
bad("cl-lith-results-iso-65", CL, L, LITH_C,
    "Lithium (Priadel) 800 mg at night continues. Levels: 2026-02-03 0.6 mmol/L; 2026-03-03 0.7; 2026-04-07 65. Next "
    "levels monthly, weekly from 36 weeks and within 24 h of birth, taken by the perinatal team. " + LITH_TAIL,
    "65 mmol/L is impossible")
ok("cl-lith-creatinine-list", CL, L, LITH_C,
   "Priadel 800 mg nocte continues; lithium 0.64 mmol/L on 7 April, and creatinine 58, 61 and 60 micromol/L this "
   "year, so renal function is stable. Levels monthly, weekly from 36 weeks and within 24 hours of birth, by Dr "
   "Campbell. " + LITH_TAIL,
   "another analyte's list is not read as lithium levels")
ok("cl-cit-until-date", CL, C, CIT_DOSE, "20 mg once daily, reviewed on 16 March 2026",
   "a real date in the line")
bad("cl-cit-29-feb-2026", CL, C, CIT_DOSE, "20 mg once daily, reviewed on 29 February 2026",
    "2026 is no leap year")

# ================================================================================================ withdrawn
ok("wd-quet-mother-pulled-out-aunt", WD, P, QUET_C,
   "Daniel's quetiapine 300 mg at night makes him very hard to wake. His mother was to do the night feeds but has "
   "pulled out; Chloe now does every night feed and Chloe's aunt stays Fridays and Saturdays to do them instead. The "
   "baby sleeps in the next-to-me crib on Chloe's side; the health visitor, Joanna Price, checks it weekly to 8 weeks.",
   "a helper pulled out, and who does the feeds now is told")
bad("wd-quet-mother-pulled-out", WD, P, QUET_C,
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. His mother was to do the night feeds but has "
    "pulled out. The health visitor, Joanna Price, checks the crib weekly to 8 weeks.",
    "the night cover ended with nothing in its place")
ok("wd-dzp-sister-can-no-longer-sandra", WD, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Kayleigh's sister was to sit with her for the 6 am feed but "
   "can no longer; Sandra Hollis, the foster carer, now does all the night and early feeds. " + DZP_TAIL,
   "'can no longer' followed by the replacement", fw)
bad("wd-dzp-sister-can-no-longer", WD, F, DZP_C,
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Kayleigh's sister was to do the night feeds but can no "
    "longer. Late withdrawal is possible to day 8; the health visitor visits.",
    "'can no longer' and nothing instead")
ok("wd-meth-hv-on-leave-cover", WD, M, METH_C,
   "Methadone 60 mg od continues. NAS scoring 4-hourly by the ward midwives for 72 h. The named HV can no longer do "
   "the day 5 visit (leave); her colleague Sam Ford does it and checks the cot then. " + METH_TAIL,
   "a holder who can no longer, with the colleague who does it")
bad("wd-meth-hv-on-leave-bare", WD, M, METH_C,
    "Methadone 60 mg od continues. The named HV was to check for late withdrawal and the cot at home but can no "
    "longer do so. Jodie is drowsy after her dose.",
    "the home watch and cot check withdrawn with no one instead")
ok("wd-quet-agency-ended-grandad", WD, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte makes him very hard to wake. The agency overnight cover has ended; Chloe does "
   "every night feed and her father, who takes no medicines, stays over on Saturdays to give her one full night. "
   "Baby in the crib on Chloe's side; HV Joanna Price checks it at each visit to 8 weeks.",
   "an ended plan with what stands instead")
bad("wd-quet-agency-ended-bare", WD, P, QUET_C,
    "Daniel's quetiapine 300 mg nocte makes him very hard to wake. The agency overnight cover has ended and nothing "
    "has replaced it. HV Joanna Price checks the crib at each visit.",
    "nothing has replaced the night cover")
ok("wd-dzp-drug-worker-left-new", WD, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Her drug worker, who has left the service, was to run the "
   "diazepam reduction; the new worker, Tom Hale, starts it from 1 July with weekly reviews. " + DZP_TAIL,
   "a holder gone, the new one named with a start")

# ================================================================================================ household
ok("hh-quet-grandmother-promethazine-answered", HH, P, QUET_C,
   "Daniel's quetiapine 300 mg at night makes him very hard to wake. Chloe's mother, who lives with them, takes "
   "promethazine to sleep; she has no night role and never has the baby in her bed or on the sofa. " + QUET_TAIL,
   "a grandmother's sedating medicine answered: kept off the nights")
bad("hh-quet-grandmother-promethazine-dismissed", HH, P, QUET_C,
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. Chloe's mother, who lives with them, takes "
    "promethazine to sleep; not applicable, not our patient. Chloe does the feeds.",
    "a household member's sedating medicine dismissed", zwsp)
ok("hh-dzp-foster-husband-zopiclone", HH, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sandra Hollis, the foster carer, does the nights; her "
   "husband takes zopiclone and so has no part in night care and never sleeps with the baby. Kayleigh must not "
   "co-sleep or feed lying down; late withdrawal possible to day 8, watched by the HV at each visit to day 10.",
   "the foster carer's husband's zopiclone is his and answered", zwsp)
ok("hh-meth-son-diazepam", HH, M, METH_C,
   "Methadone 60 mg od continues. Jodie's eldest son, 19, takes diazepam from his own GP; he is never left alone "
   "with the baby and has no night care. NAS scoring 4-hourly by the ward midwives for 72 h; HV checks late signs "
   "to day 10. " + METH_TAIL,
   "an adult son's diazepam is his, answered with his part in the baby's care")
bad("hh-meth-son-diazepam-his-business", HH, M, METH_C,
    "Methadone 60 mg od continues. Jodie's eldest son, 19, takes diazepam; that is his own business and not for this "
    "assessment. NAS scoring 4-hourly by the ward midwives for 72 h.",
    "a household member's sedating medicine dismissed; no safe sleep for the mother's methadone either")
ok("hh-quet-lodger-gabapentin", HH, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte leaves him hard to wake. Their lodger takes gabapentin and is drowsy most "
   "evenings; he has no role with the baby at any time. " + QUET_TAIL,
   "a lodger's gabapentin with his part ruled out", greek)
bad("hh-quet-lodger-gabapentin-na", HH, P, QUET_C,
    "Daniel's quetiapine 300 mg nocte leaves him hard to wake. The lodger's gabapentin - N/A. Sleeping arrangements "
    "to be reviewed.",
    "a lodger's gabapentin dismissed as N/A; the nights held by no one", greek)
ok("hh-lith-sister-methadone", HH, L, LITH_C,
   "Priadel 800 mg at night continues. Her sister, who lives with her, is on a methadone programme; she keeps it in a "
   "locked box and does not care for the baby overnight. Levels monthly, weekly from 36 weeks and within 24 hours of "
   "birth (Dr Campbell). " + LITH_TAIL,
   "a sister's methadone is hers; stored safely and kept from the nights")
ok("hh-dzp-grandad-tramadol", HH, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sandra's father, who visits daily, takes tramadol; "
   "he holds the baby only in the daytime with Sandra present. " + DZP_TAIL,
   "a visitor's tramadol kept to daytime with the carer present")
bad("hh-dzp-grandad-tramadol-bare", HH, F, DZP_C,
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sandra's father takes tramadol, which is not "
    "relevant here. The baby may show late withdrawal.",
    "dismissed, and no night plan for the mother's sedation")

# ================================================================================================ nights
ok("nt-quet-rota-daniel-off", NT, P, QUET_C,
   "Daniel's quetiapine 300 mg at night makes him very hard to wake. Night rota: Chloe Mon to Fri, Chloe's sister "
   "Sat and Sun; Daniel has no nights. Baby in the next-to-me crib on Chloe's side; HV Joanna Price checks it at each "
   "visit to 8 weeks.",
   "a rota keeping the sedated father off nights", bidi)
bad("nt-quet-rota-daniel-on", NT, P, QUET_C,
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. Night rota: Chloe Mon, Wed, Fri; Daniel Tue, "
    "Thu, Sat. HV Joanna Price checks the crib at each visit.",
    "the rota gives the sedated father the nights", bidi)
ok("nt-dzp-when-sandra-off-relief", NT, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sandra Hollis does the night feeds; when Sandra is "
   "off, the agency's relief foster carer, Mel Irwin, does them. Kayleigh never feeds lying down or shares a bed or "
   "sofa with the baby. Late withdrawal possible to day 8: the HV visits on days 3, 5 and 8.",
   "when Sandra is off, another named carer does the nights")
bad("nt-dzp-when-sandra-off-mum", NT, F, DZP_C,
    "Diazepam 5 mg tds and pregabalin 150 mg bd make Kayleigh very drowsy. Sandra Hollis does the night feeds, and "
    "when Sandra is off Kayleigh does them. Late withdrawal possible to day 8: the HV visits on days 3, 5 and 8.",
    "a condition leaving the sedated mother the lone carer at night")
ok("nt-quet-grandma-pregabalin-days", NT, P, QUET_C,
   "Daniel's quetiapine 300 mg at night makes him very hard to wake. Chloe's mother, who is on pregabalin and drowsy "
   "in the evenings, helps only in the mornings and never has the baby overnight. " + QUET_TAIL,
   "a sedated grandmother kept to the mornings")
bad("nt-quet-grandma-pregabalin-3am", NT, P, QUET_C,
    "Daniel's quetiapine 300 mg at night makes him very hard to wake, so Chloe's mother, who is on pregabalin and "
    "drowsy in the evenings, does the 3 am feed. HV Joanna Price checks the crib at each visit.",
    "a sedated grandmother given the small-hours feed")
ok("nt-quet-lodger-sofa-never", NT, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte makes him very hard to wake. The lodger, who takes mirtazapine at night, never "
   "minds the baby and never has it on the sofa. " + QUET_TAIL,
   "a sedated lodger kept from the baby", cyr)
bad("nt-quet-lodger-sofa", NT, P, QUET_C,
    "Daniel's quetiapine 300 mg nocte makes him very hard to wake. The lodger, who takes mirtazapine at night, minds "
    "the baby on the sofa in the evenings so Chloe can sleep. HV Joanna Price checks the crib at each visit.",
    "a sedated lodger minding the baby on the sofa")
ok("nt-quet-evening-feed-before-dose", NT, P, QUET_C,
   "Daniel's quetiapine 300 mg at 10 pm makes him very hard to wake after it. He gives the 7 pm feed before his dose "
   "and has no care after it; Chloe does every feed from 10 pm, baby in the crib on her side. HV Joanna Price checks "
   "the crib at each visit to 8 weeks.",
   "an evening feed before the dose is not the nights")
bad("nt-quet-feeds-after-dose", NT, P, QUET_C,
    "Daniel's quetiapine 300 mg at 10 pm makes him very hard to wake after it. He does the nights after his 10 pm dose "
    "so Chloe can rest. HV Joanna Price checks the crib at each visit to 8 weeks.",
    "the night care put right after the sedating dose")
ok("nt-dzp-late-shift-covered", NT, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sandra Hollis does the night feeds; on the two "
   "nights her husband is on a late shift she still does them and he takes no sedating medicine. " + DZP_TAIL,
   "a late shift that leaves the foster carer, not the mother, with the nights")
bad("nt-dzp-late-shift-mum", NT, F, DZP_C,
    "Pregabalin 150 mg bd and diazepam 5 mg tds sedate Kayleigh. When Sandra is on a late shift Kayleigh has the "
    "baby overnight. The HV visits to day 10.",
    "a late shift leaves the sedated mother the lone night carer")

# ================================================================================================ dropped
ok("dr-meth-watch-ended-reason-hv", DR, M, METH_C,
   "Methadone 60 mg od continues. The ward midwives score the baby 4-hourly for 72 h; once scores have stayed under 4 "
   "for 72 h the ward watch ends and the HV takes over, looking for late signs at home on days 5, 7 and 10. "
   + METH_TAIL,
   "the ward watch ends on stated scores and the HV holds the next window")
bad("dr-meth-watch-ends-at-ward", DR, M, METH_C,
    "Methadone 60 mg od continues. The ward midwives score the baby 4-hourly; once the baby leaves the ward the "
    "withdrawal watch ends. " + METH_TAIL,
    "the watch ended at the ward with no later window handed on", shy)
ok("dr-lith-levels-then-postnatal", DR, L, LITH_C,
   "Priadel 800 mg nocte continues. Dr Campbell takes levels monthly, weekly from 36 weeks and within 24 hours of "
   "birth; after that, levels go back to every 3 months once stable postnatally, arranged by the perinatal team. "
   + LITH_TAIL,
   "levels after birth told, and their next holder")
bad("dr-lith-none-after-36", DR, L, LITH_C,
    "Priadel 800 mg nocte continues. Levels monthly until 36 weeks; no further levels beyond 36 weeks. " + LITH_TAIL,
    "levels ruled out past a gestation drop the level at the birth")
ok("dr-dzp-watch-day-8-then-hv", DR, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Late withdrawal watch to day 8 by the HV (days 3, 5 "
   "and 8); it ends at day 8 if the baby is feeding and settling well, as late signs after that are not expected, "
   "and Sandra Hollis reports any concern after it to the HV the same day. Kayleigh must not co-sleep or feed lying "
   "down; Sandra does every night feed.",
   "a watch ended at its stated day for a clinical reason, the next holder named", fw)
bad("dr-dzp-needs-no-watch", DR, F, DZP_C,
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. The baby needs no withdrawal watch. Kayleigh must "
    "not co-sleep or feed lying down; Sandra does every night feed.",
    "the late withdrawal watch dropped bare")
ok("dr-quet-crib-checks-to-8-weeks", DR, P, QUET_C,
   "Daniel's quetiapine 300 mg at night makes him very hard to wake. HV Joanna Price checks the crib at each visit to "
   "8 weeks; after 8 weeks no further crib checks are planned unless Daniel's dose changes, when his GP tells her. "
   + QUET_TAIL,
   "checks done to their planned end, with a named trigger to restart")
bad("dr-quet-no-further-checks", DR, P, QUET_C,
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. The crib was seen once; no further checks of "
    "the crib are needed. Chloe does the night feeds.",
    "the planned crib checks dropped")
ok("dr-sert-watch-ended-clinical", DR, M, SERT_C,
   "Sertraline 100 mg od continues. The ward midwives watch the baby for 48 h for jitteriness and fast breathing; the "
   "watch ends at 48 h if feeding and breathing are normal, and the HV asks about feeding at the day 10 visit. "
   + SERT_TAIL,
   "a watch ended on a clinical criterion, the HV next")

# ================================================================================================ overall conclusions
ok("ov-m-passive-specifics", PS, M, OVERALL,
   "Methadone 60 mg od and sertraline 100 mg od will be continued unchanged. The baby will be scored for NAS 4-hourly "
   "by the postnatal ward midwives for 72 h and watched for sertraline adaptation signs for 48 h; the HV sees late "
   "signs at home to day 10. Breastfeeding supported. No co-sleeping because of methadone sedation: the social worker "
   "(Marcus Reed) and the HV see the cot before discharge.",
   "the overall conclusion's passives carry their holders and spans")
bad("ov-m-generic-passives", PS, M, OVERALL,
    "Methadone and sertraline will be continued. Observation will be arranged and safe sleep will be addressed. "
    "Support will be put in place as needed.",
    "generic passives in the overall conclusion")
ok("ov-p-grandparent-answered", HH, P, OVERALL,
   "Chloe's own medicines (paracetamol) raise no concern. Daniel's quetiapine causes heavy sedation at night: no "
   "co-sleeping with him on a bed, sofa or armchair and no night feeds by him after his dose. Chloe's mother, who "
   "lives with them and takes promethazine, has no night role. Chloe does the night feeds; the health visitor keeps "
   "checking the crib to 8 weeks.",
   "the overall answers the grandmother's medicine with her night role")
bad("ov-p-grandparent-night-feeds", NT, P, OVERALL,
    "Chloe's own medicines (paracetamol) raise no concern. Daniel's quetiapine sedates him, so Chloe's mother, who "
    "takes promethazine to sleep, does the night feeds. The health visitor keeps checking the crib.",
    "a grandmother who takes promethazine to sleep given the night feeds")
ok("ov-f-rota-sandra", NT, F, OVERALL,
   "Diazepam and pregabalin continue for now. Sedation is the main risk to the baby: no bed, sofa or armchair sharing "
   "and no feeding lying down. Night rota: Sandra Hollis every night; Kayleigh none while sedated. Late withdrawal "
   "signs possible until day 8, looked for by the HV. The foster carer, HV and social worker all hold this plan.",
   "a rota giving the nights to the foster carer")
bad("ov-f-rota-kayleigh", NT, F, OVERALL,
    "Diazepam and pregabalin continue for now; both sedate Kayleigh. Night rota: Sandra Mon to Thu, Kayleigh "
    "weekends. Late withdrawal signs possible until day 8. The foster carer, HV and social worker hold this plan.",
    "the rota gives the sedated mother the weekend nights")
ok("ov-l-levels-and-baby", DR, L, OVERALL,
   "Continue lithium (Priadel) 800 mg at night. Levels monthly, weekly from 36 weeks and within 24 hours of birth, "
   "then 3-monthly once stable, by the perinatal team. Paediatric review of the baby on the ward within 24 hours. "
   "Breastfeeding not advised; she plans to bottle feed. Perinatal team (Samuel Osei) reviews within a week of birth.",
   "the levels kept to the birth and beyond, the baby reviewed", cyr)
bad("ov-l-levels-dropped", DR, L, OVERALL,
    "Continue lithium (Priadel) 800 mg at night. Levels monthly to 36 weeks, none after that. Paediatric review of the "
    "baby after birth. Breastfeeding not advised; she plans to bottle feed.",
    "the overall conclusion drops the levels from 36 weeks and at birth")
ok("ov-v-guidance-applied", GD, V, OVERALL,
   "Unplanned pregnancy at 8 weeks on sodium valproate. Following the MHRA advice, Dr McAllister has not stopped it: "
   "valproate continues unchanged until Dr Adebayo's urgent neurology review; urgent referral to the antenatal clinic "
   "for fetal medicine review sent today; folic acid 5 mg started. Annual risk acknowledgement form status recorded.",
   "guidance applied by the named GP in the overall conclusion")
bad("ov-v-guidance-only", GD, V, OVERALL,
    "Unplanned pregnancy at 8 weeks on sodium valproate. The MHRA advises that valproate is not stopped abruptly and "
    "that women are referred urgently to a specialist.",
    "guidance only in the overall conclusion")
ok("ov-c-vague-and-real", VT, C, OVERALL,
   "Continue citalopram 20 mg through pregnancy and breastfeeding. Midwife to watch for neonatal adaptation symptoms "
   "in the first 48 hours; GP mood review as soon as practical and by the 6-week check at the latest. Amended on "
   "2026-02-12 to add the health visitor as a recipient.",
   "a vague time bounded by a real one")
bad("ov-c-vague-only", VT, C, OVERALL,
    "Continue citalopram 20 mg. Neonatal symptoms to be watched for in due course; mood review when convenient. "
    "Amended on 2026-02-12 to add the health visitor as a recipient.",
    "vague times only in the overall conclusion")
ok("ov-m-holder-brackets", HO, M, OVERALL,
   "Continue methadone and sertraline unchanged. NAS and adaptation watch on the postnatal ward for 72 h by the "
   "midwives [Anna Lowe, named midwife]; breastfeeding supported. No co-sleeping because of methadone sedation; the "
   "social worker [Marcus Reed] and health visitor see the sleeping arrangements before discharge.",
   "real names in brackets as holders", zwj)
bad("ov-m-holder-placeholders", HO, M, OVERALL,
    "Continue methadone and sertraline unchanged. NAS and adaptation watch by [named midwife]; sleeping arrangements "
    "seen by [social worker] and [HV name].",
    "placeholders as every holder", zwj)

# ================================================================================================ more near misses
ok("ps-meth-passives-and-agents", PS, M, METH_C,
   "Methadone 60 mg od continues (supervised, Hampton Drug and Alcohol Service). Naloxone has been given to the "
   "household. Scoring for NAS is done 4-hourly for 72 h by the ward midwives; after discharge the HV checks late "
   "signs to day 10 and sees the cot. " + METH_TAIL,
   "a passive of a past act beside held acts")
ok("vt-cit-when-needed-plus", VT, C, CIT_C,
   "Citalopram 20 mg daily continues. The community midwife watches the baby for 48 hours for jitteriness and poor "
   "feeding, and again when needed if Megan rings the unit, the same day; breastfeeding is supported.",
   "'when needed' beside a 48-hour watch and a same-day answer")
bad("vt-cit-when-needed-only", VT, C, CIT_C,
    "Citalopram 20 mg daily continues. The baby will be checked when needed and breastfeeding discussed as and when.",
    "when needed, as and when: no time")
ok("td-valp-to-do-done", TD, V, VALP_C,
   "Sodium valproate 500 mg bd continues until neurology review; do not stop abruptly. Done today by Dr McAllister: "
   "urgent neurology referral (Dr Adebayo), fetal medicine referral for an early scan, folic acid 5 mg started. To "
   "follow: the detailed anomaly scan at 20 weeks, booked by the antenatal clinic.",
   "a 'to follow' item with its holder and time beside what was done")
bad("td-valp-still-to-do", TD, V, VALP_C,
    "Sodium valproate 500 mg bd. Still to do: neurology referral; fetal medicine referral; folic acid; decision on "
    "continuing.",
    "the whole exposure plan still to do")
ok("ho-cit-named-midwife-real", HO, C, CIT_C,
   "Citalopram 20 mg od continues. Named midwife (Ellie Grant, community) watches the baby for 48 hours for "
   "jitteriness, poor feeding and breathing problems; breastfeeding supported. Mood review by Dr McAllister at 6 "
   "weeks.",
   "'Named midwife' with a real name in brackets")
bad("ho-cit-named-midwife-blank", HO, C, CIT_C,
    "Citalopram 20 mg od continues. Named midwife (          ) watches the baby for 48 hours; mood review by Dr "
    "_____ at 6 weeks.",
    "blank holders")
ok("nt-quet-grandad-nights-no-meds", NT, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte makes him very hard to wake. Chloe's father, who takes no medicines, does the "
   "3 am feed at weekends; Chloe does the rest. Baby in the crib on Chloe's side; HV Joanna Price checks it at each "
   "visit to 8 weeks.",
   "a grandparent with nothing sedating doing the small-hours feed")
ok("nt-quet-grandma-stopped-promethazine", NT, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte makes him very hard to wake. Chloe's mother, who stopped promethazine in May, "
   "does the 2 am feed on Saturdays; Chloe does every other night feed, baby in the crib on her side. HV Joanna Price "
   "checks it at each visit to 8 weeks.",
   "a grandmother whose sedating medicine is stopped may do a night feed")
ok("hh-valp-partner-none", HH, V, VALP_C,
   "Sodium valproate 500 mg bd continues until neurology review (Dr Adebayo, urgent). Her partner takes no "
   "medicines. Fetal medicine referral for an early scan sent today; folic acid 5 mg started today by Dr McAllister.",
   "a household member with nothing to answer")
ok("wd-lith-psychiatrist-moved-cover", WD, L, LITH_C,
   "Priadel 800 mg nocte continues. Her psychiatrist has moved post; Samuel Osei (perinatal team) now takes levels "
   "monthly, weekly from 36 weeks and within 24 hours of birth. " + LITH_TAIL,
   "a holder moved on, the new holder named")
bad("wd-lith-psychiatrist-moved-bare", WD, L, LITH_C,
    "Priadel 800 mg nocte continues. The psychiatrist who was to take levels monthly, weekly from 36 weeks and within "
    "24 hours of birth has moved post. The paediatrician sees the baby.",
    "the levels' holder gone with no one instead")
ok("dr-meth-cot-checks-done", DR, M, METH_C,
   "Methadone 60 mg od continues. NAS scoring 4-hourly for 72 h by the ward midwives; the HV checks for late signs to "
   "day 10. The cot was seen at the antenatal home visit and is seen again by the HV at the new birth visit; after "
   "that it is checked at each HV contact to 8 weeks. " + METH_TAIL,
   "the checks are told to their end")
ok("gd-dzp-guidance-applied", GD, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. The local guideline on sedating medicines has been "
   "applied to this placement by Dr Pritchard: " + DZP_TAIL,
   "guidance applied to this placement with the plan")
ok("ds-folic-line-real", DS, V, FOLIC_DOSE, "5 mg once daily (one tablet), 7 tablets a week until at least 12 weeks",
   "one a day, seven a week")
ok("cl-valp-started-date", CL, V, VALP_DOSE, "500 mg twice a day since 14 January 2019", "a real past date", zwsp)
bad("cl-valp-started-32-jan", CL, V, VALP_DOSE, "500 mg twice a day since 32 January 2019", "32 January is no date")

ok("wd-cit-partner-pulled-out-midwife", WD, C, CIT_C,
   "Citalopram 20 mg od continues. Megan's partner was to ring the unit if the baby fed poorly but has pulled out of "
   "the plan; instead the community midwife phones Megan daily for the first 3 days and watches the baby for 48 hours "
   "for jitteriness and poor feeding. Breastfeeding supported.",
   "a helper pulled out, the midwife's calls stand instead")
ok("cl-lith-results-in-words", CL, L, LITH_C,
   "Priadel 800 mg nocte continues; her lithium was 0.55 mmol/L in February, 0.61 in March and 0.66 in April. Dr "
   "Campbell takes levels monthly, weekly from 36 weeks and within 24 hours of birth. " + LITH_TAIL,
   "a results list with months, every level real")
ok("hh-dzp-sandra-son-gabapentin", HH, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sandra's adult son, who takes gabapentin, lives in "
   "the house but has no night role and never has the baby on the sofa. " + DZP_TAIL,
   "the foster carer's son's gabapentin answered with his part")
ok("gd-cit-nice-applied", GD, C, CIT_C,
   "Citalopram 20 mg od continues: NICE CG192 weighs relapse against small risks, and Dr McAllister applies that to "
   "Megan, whose anxiety relapsed off it. The community midwife watches the baby for 48 hours for jitteriness and "
   "poor feeding; breastfeeding is supported.",
   "guidance weighed and applied to this mother by name")
ok("ds-dzp-line-21-a-week", DS, F, DZP_DOSE, "5 mg (one tablet) three times a day, 21 tablets a week, dispensed weekly",
   "one three times a day makes 21 a week")
ok("vt-valp-urgent-and-2-weeks", VT, V, VALP_C,
   "Sodium valproate 500 mg bd continues; do not stop abruptly. Neurology (Dr Adebayo) sees her urgently, within 2 "
   "weeks; fetal medicine referral sent today by Dr McAllister for an early scan; folic acid 5 mg daily started today.",
   "'urgently' bounded by 'within 2 weeks'")

if __name__ == "__main__":
    table = Counter((c.category, c.expect) for c in F153CASES)
    for category in CATEGORIES:
        print(f"{category:10} refuse {table[(category, REFUSE)]:3}  pass {table[(category, PASS)]:3}")
    print(f"{'all':10} refuse {sum(c.expect == REFUSE for c in F153CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F153CASES):3}  total {len(F153CASES)}")
