"""A ninety-third independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-second round, against the readings landed in the last hour (as a reviewer knows them from the
changelog and docs/rules.md, not from the gate's code or its word lists).

The new readings refuse: a conclusion that continues a medicine and stops it now; a dose in a conclusion that
the dose line contradicts (MA130); breastfeeding encouraged for a bottle-fed baby (MA127); decisions left to
"whether ... will depend on", "may continue or may be switched", "will need a fresh look", "will become
clearer", "if" branches only; tasks with no one and no time ("to be arranged", "someone will", "at some
point", "all agencies are aware"); past passive accounts ("were gone through"); instructions aimed at the
document; a pre-conception flag inside the pregnancy; a child protection plan ended after signing; a clinic
review reported on a date after signing; MESH ids too long; NHS numbers of one repeated digit.

About three in four cases here are GOOD, complete clinical work that legitimately uses those shapes (tapers and
switches with dates, doses in words and tablet counts, split doses, changed doses with their history,
conditional plans with a default, tasks with an owner and a day, mixed feeding, bottle-fed babies with an
expressed-milk history, pre-conception advice correctly dated, plans ended before signing, reviews dated before
signing): each must pass; each is paired with a near miss that must be refused. About a fifth are disguised
(look-alike letters, zero-width characters, soft hyphens, bidi marks, full width); the verdict equals the
plain one.

Medicines named are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh93_cases`` for the counts per category.
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
    conclusion_of,
    edit,
    overall_of,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F93CASES: list[Case] = []

CATEGORIES = (
    "continue-stop",
    "dose-match",
    "feeding",
    "conditional",
    "who-when",
    "passive-account",
    "document-words",
    "record-facts",
    "disguise",
)

CS, DM, FD, CD, WW, PA, DW, RF, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F93CASES.append(Case(f"f93-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


meth = _at("assessments#asm-methadone.conclusion")
sert = _at("assessments#asm-sertraline.conclusion")
cit = _at("assessments#asm-citalopram.conclusion")
lith = _at("assessments#asm-lithium.conclusion")
valp = _at("assessments#asm-valproate.conclusion")
dzp = _at("assessments#asm-diazepam-pregabalin.conclusion")
quet = _at("assessments#asm-partner-quetiapine.conclusion")
overall = _at("overall_conclusion.text")

MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
CC = conclusion_of(C, "asm-citalopram")
LC = conclusion_of(L, "asm-lithium")
VC = conclusion_of(V, "asm-valproate")
DC = conclusion_of(F, "asm-diazepam-pregabalin")
QC = conclusion_of(P, "asm-partner-quetiapine")
MO, CO, LO, VO, FO, PO = (overall_of(b) for b in (M, C, L, V, F, P))

SETTERS: dict[str, tuple[str, Setter, str]] = {
    "meth": (M, meth, MC),
    "sert": (M, sert, SC),
    "mo": (M, overall, MO),
    "cit": (C, cit, CC),
    "co": (C, overall, CO),
    "lith": (L, lith, LC),
    "lo": (L, overall, LO),
    "valp": (V, valp, VC),
    "vo": (V, overall, VO),
    "dzp": (F, dzp, DC),
    "fo": (F, overall, FO),
    "quet": (P, quet, QC),
    "po": (P, overall, PO),
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
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    extra: str,
    why: str,
    *,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    """The shipped conclusion at `where` with `extra` added after it, or replaced by it (whole=True); and, when
    a disguise is given, the same text disguised (same verdict)."""
    base, setter, shipped = SETTERS[where]
    text = extra if whole else f"{shipped} {extra}"
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(
    name: str, category: str, where: str, extra: str, why: str, *, whole: bool = False, disguise: Disguise | None = None
) -> None:
    case(name, category, PASS, where, extra, why, whole=whole, disguise=disguise)


def bad(
    name: str, category: str, where: str, extra: str, why: str, *, whole: bool = False, disguise: Disguise | None = None
) -> None:
    case(name, category, REFUSE, where, extra, why, whole=whole, disguise=disguise)


# ============================================================================================================
# continue-stop: continuing a medicine and stopping it now cannot both be the plan; a taper, a stop at a
# future time, another thing stopped today, or a stop in the past are not that.

bad(
    "cs-meth-continues-and-stopped-today",
    CS,
    "meth",
    "After discussion methadone was stopped today at her request.",
    "continues through pregnancy and stopped today: two plans for one medicine",
    disguise=cyr,
)
bad(
    "cs-dzp-both-continue-pregabalin-stops-tomorrow",
    CS,
    "dzp",
    "Diazepam and pregabalin both carry on at the same doses, and pregabalin stops tomorrow morning. Together "
    "they make Kayleigh drowsy, so she must never sleep with the baby on a bed or sofa and the foster carer "
    "does the night feeds; late withdrawal signs are possible to day 8.",
    "both carry on unchanged, and pregabalin stops tomorrow: two plans for one medicine",
    whole=True,
)
bad(
    "cs-sert-continue-she-stopped-today",
    CS,
    "sert",
    "She stopped taking sertraline this morning.",
    "continues, and a stop dated now",
)
bad(
    "cs-lo-continue-and-stop-now",
    CS,
    "lo",
    "Lithium is being stopped from today.",
    "continue lithium 800 mg, then stop from today",
)
bad(
    "cs-cit-continue-then-stop-this-week",
    CS,
    "cit",
    "Citalopram is stopped with immediate effect.",
    "continue and stop with immediate effect",
)
ok(
    "cs-meth-stopped-smoking-today",
    CS,
    "meth",
    "She stopped smoking today with the help of nicotine patches, which lowers the baby's risk of low birth weight.",
    "what stopped today is smoking, not methadone",
    disguise=cyr,
)
ok(
    "cs-dzp-taper-ends-in-august",
    CS,
    "dzp",
    "Pregabalin continues at 150 mg bd; diazepam comes down by 2 mg a fortnight from 20 July and stops by "
    "31 August, with the GP seeing her at each step.",
    "continue one; the other tapers and stops at a date",
)
ok(
    "cs-sert-stopped-in-2023-restarted",
    CS,
    "sert",
    "She stopped sertraline in 2023, relapsed within two months and restarted it; so it continues now at "
    "100 mg daily and she knows not to stop it suddenly.",
    "a stop in the past, then restarted",
    disguise=greek,
)
ok(
    "cs-lith-stop-only-if-toxic",
    CS,
    "lith",
    "Lithium continues; it is stopped only if a level comes back above 1.0 mmol/L or she has vomiting and "
    "diarrhoea, and then the perinatal team sees her the same day.",
    "a stop under a condition, with a default",
)
ok(
    "cs-vo-folic-acid-stops-at-12-weeks",
    CS,
    "vo",
    "Folic acid 5 mg stops at 12 weeks; valproate continues until neurology decides.",
    "the stop is folic acid at a time; valproate continues",
)
ok(
    "cs-co-citalopram-continues-stops-6-weeks-post",
    CS,
    "co",
    "She would like to come off citalopram eventually: it continues through pregnancy and the GP will plan a "
    "slow reduction from 6 weeks after birth if her mood is stable.",
    "a stop planned at a later time",
)
ok(
    "cs-mo-stopped-cocaine-today",
    CS,
    "mo",
    "Jodie told us she stopped using cocaine after the scan; her drug worker will carry on urine screens "
    "fortnightly, and methadone and sertraline both continue.",
    "an illicit drug stopped; both medicines continue",
)
ok(
    "cs-quet-he-stopped-drinking-today",
    CS,
    "quet",
    "Daniel stopped drinking alcohol in the evenings from today, which helps, but quetiapine alone still "
    "makes him too drowsy for night care.",
    "alcohol stopped, quetiapine continues",
)
ok(
    "cs-fo-diazepam-stop-at-the-end-of-taper",
    CS,
    "fo",
    "Diazepam will stop at the end of the taper (planned for late August), not before; pregabalin continues.",
    "a stop after an event",
    disguise=shy,
)

# ============================================================================================================
# dose-match: a dose in the conclusion must agree with the dose line; words, tablet counts, split doses and a
# change with its history agree.

ok(
    "dm-meth-sixty-milligrams-once-a-day",
    DM,
    "meth",
    "In plain terms: methadone, sixty milligrams once a day, continues with supervised consumption.",
    "the line's dose in words, once a day",
)
ok(
    "dm-sert-two-fifty-tablets-each-morning",
    DM,
    "sert",
    "Sertraline continues as two 50 mg tablets each morning (100 mg in all); the midwife watches the baby "
    "for jitteriness and poor feeding in the first 48 hours.",
    "tablet strength with a count, the total given",
    disguise=fw,
)
ok(
    "dm-lith-two-tablets-at-night",
    DM,
    "lith",
    "Lithium continues at two 400 mg Priadel tablets at night, 800 mg, unchanged since August.",
    "tablet count and strength at night, the total equals the line",
)
ok(
    "dm-dzp-split-dose",
    DM,
    "dzp",
    "Pregabalin continues at 300 mg a day, taken as 150 mg twice daily, and diazepam at 15 mg a day in "
    "three 5 mg doses.",
    "split doses stated with their daily totals",
    disguise=cyr,
)
ok(
    "dm-sert-increased-history",
    DM,
    "sert",
    "Sertraline was increased from 50 mg to 100 mg in September 2025 after a dip in mood and continues at "
    "100 mg daily.",
    "a changed dose told with its history",
)
ok(
    "dm-cit-twenty-mg-once-a-day",
    DM,
    "cit",
    "Citalopram, twenty milligrams once a day, is to continue as she has been well on it for over a year.",
    "the line's dose in words",
)
ok(
    "dm-quet-three-tablets",
    DM,
    "quet",
    "Daniel takes three 100 mg tablets of quetiapine at night (300 mg) and is drowsy until morning; Chloe "
    "keeps the night feeds.",
    "three tablets of the strength at night: the line's dose",
)
ok(
    "dm-valp-thousand-a-day",
    DM,
    "valp",
    "Sodium valproate continues at 1,000 mg a day (500 mg twice a day) until the neurologist reviews it.",
    "the daily total and the split",
)
ok(
    "dm-meth-taper-after-birth",
    DM,
    "meth",
    "The plan is to continue 60 mg until 6 weeks after birth, then reduce by 5 mg a fortnight with her drug "
    "worker if she wishes.",
    "a future taper with dates, not a contradicting dose",
)
ok(
    "dm-mo-doses-in-words",
    DM,
    "mo",
    "Methadone stays at sixty milligrams daily and sertraline at one hundred milligrams daily.",
    "both doses in words, each the line's",
    disguise=bidi,
)
ok(
    "dm-lo-dose-at-night-stable",
    DM,
    "lo",
    "Lithium is to continue at the dose she has been stable on since 2025, 800 mg at night.",
    "up to sixteen words to the dose, which matches",
)
ok(
    "dm-fo-tablet-counts",
    DM,
    "fo",
    "Pregabalin is two 75 mg capsules twice a day and diazepam one 5 mg tablet three times a day; neither "
    "changes before the 6-week review.",
    "capsule and tablet counts of their strengths",
)
bad(
    "dm-sert-fifty-once-a-day",
    DM,
    "sert",
    "Sertraline 50 mg once a day is to continue.",
    "the line is two tablets, 100 mg once daily: 50 mg once a day is the tablet strength, not her dose",
    disguise=greek,
)
bad(
    "dm-meth-seventy-milligrams",
    DM,
    "meth",
    "Methadone continues at seventy milligrams once a day.",
    "the line says 60 mg once daily; no word of a change",
)
bad(
    "dm-lith-stable-on-1000",
    DM,
    "lith",
    "Lithium is to continue at the dose she has been stable on for several years, 1000 mg at night.",
    "1000 mg at night against a line of 800 mg at night",
)
bad("dm-cit-forty-daily", DM, "cit", "Citalopram 40 mg daily continues.", "40 mg against a line of 20 mg once daily")
bad(
    "dm-quet-four-hundred",
    DM,
    "quet",
    "His quetiapine 400 mg at night continues.",
    "400 mg at night against 300 mg at night",
)
bad(
    "dm-dzp-pregabalin-75-once",
    DM,
    "dzp",
    "Pregabalin 75 mg once a day continues as before.",
    "75 mg once a day is the capsule strength; the line is 150 mg twice a day",
)

# ============================================================================================================
# feeding: breastfeeding encouraged or set up when the record says bottle fed is a contradiction; mixed
# feeding, expressed-milk history and her choice are not.

bad(
    "fd-lith-encouraged-to-breastfeed",
    FD,
    "lith",
    "She is encouraged to breastfeed from birth.",
    "the record says bottle fed and lithium advice is against breastfeeding",
    disguise=cyr,
)
bad(
    "fd-fo-midwife-puts-baby-to-breast",
    FD,
    "fo",
    "The midwife will help her put the baby to the breast at each feed.",
    "bottle-fed baby; breastfeeding set up in the overall conclusion",
)
bad(
    "fd-dzp-breastfeeding-encouraged",
    FD,
    "dzp",
    "Breastfeeding is encouraged on these doses.",
    "bottle fed on the record; encouraged here",
)
ok(
    "fd-lith-whether-to-breastfeed-discussed",
    FD,
    "lith",
    "Whether to breastfeed was discussed with her at length; she will bottle feed, and the midwife will "
    "support formula feeding from birth.",
    "'whether to breastfeed' with the decision",
    disguise=shy,
)
ok(
    "fd-dzp-expressed-then-stopped",
    FD,
    "dzp",
    "She expressed colostrum for the first two days on the ward and has now stopped; the baby is fully "
    "bottle fed, which the foster carer manages at night.",
    "expressed-milk history on a bottle-fed record",
)
ok(
    "fd-quet-mixed-feeding-continue",
    FD,
    "quet",
    "Chloe is mixed feeding and is encouraged to keep breastfeeding alongside formula; her paracetamol is compatible.",
    "mixed feeding on a mixed-feeding record",
)
ok(
    "fd-lo-compatible-only-with-monitoring",
    FD,
    "lo",
    "Lithium in breast milk was discussed: breastfeeding would need infant levels, and she has chosen to bottle feed.",
    "compatibility and her choice, not encouragement",
)
ok(
    "fd-fo-if-she-wishes-to-express",
    FD,
    "fo",
    "If she later wishes to express for the baby, the midwife will check with the pharmacist before any "
    "milk is given; for now the baby is formula fed.",
    "a condition with a default",
)
ok(
    "fd-po-mixed-feeding-night-bottles",
    FD,
    "po",
    "The baby is mixed fed: Chloe breastfeeds by day and gives expressed milk or formula at night; Daniel "
    "does not give night bottles after his quetiapine.",
    "mixed feeding with the partner's sedation addressed",
    disguise=greek,
)
ok(
    "fd-lith-not-breastfeeding-explained",
    FD,
    "lith",
    "Lithium passes into breast milk and can build up in the baby, so she will not breastfeed; first "
    "formula feed in the delivery room.",
    "bottle feeding with its reason",
)

# ============================================================================================================
# conditional: decisions left open ("whether ... will depend on", "may continue or may be switched", "will
# need a fresh look", "will become clearer", only "if" branches, one deferring) against conditional plans
# with a default.

bad(
    "cd-meth-whether-depends-fresh-look",
    CD,
    "meth",
    "Methadone: whether it continues at the same dose or is reduced will depend on how she engages with the "
    "drug service. The baby's care after birth will need a fresh look nearer the time.",
    "nothing decided for her or the baby",
    whole=True,
    disguise=cyr,
)
bad(
    "cd-sert-may-continue-or-switched-clearer",
    CD,
    "sert",
    "Sertraline may continue or may be switched to another antidepressant; the position on the baby will "
    "become clearer after the perinatal mental health appointment.",
    "both options open, the baby's plan deferred",
    whole=True,
)
bad(
    "cd-lith-if-branches-one-defers",
    CD,
    "lith",
    "Lithium: if her levels are stable in the third trimester, she stays on it; if they are not, what "
    "happens to the dose and the baby's checks sits with the perinatal psychiatrist.",
    "only 'if' branches, the second deferring",
    whole=True,
)
bad(
    "cd-quet-whether-depends",
    CD,
    "quet",
    "Whether Daniel can share night care of the baby while on quetiapine will depend on how he feels once "
    "the baby is home.",
    "the safe-sleep question left open",
    whole=True,
)
bad(
    "cd-cit-will-become-clearer",
    CD,
    "cit",
    "The plan for citalopram and what the baby needs after birth will become clearer at the 36-week review.",
    "the plan later, not now",
    whole=True,
)
ok(
    "cd-lith-if-branches-with-default",
    CD,
    "lith",
    "Lithium continues at 800 mg at night. If a level is above 0.8 mmol/L the GP reduces it by 200 mg and "
    "rechecks in a week; if she becomes unwell, the perinatal team sees her within 48 hours. The baby has a "
    "paediatric review after birth, and she will bottle feed.",
    "conditions with a default plan",
    whole=True,
    disguise=bidi,
)
ok(
    "cd-sert-unless-then-gp-increases",
    CD,
    "sert",
    "Sertraline continues at 100 mg unless her mood dips, when the GP will increase it to 150 mg; the "
    "midwife watches the baby for adaptation signs for the first 48 hours after birth.",
    "a default with a stated branch",
    whole=True,
)
ok(
    "cd-valp-whether-switch-for-neurologist",
    CD,
    "valp",
    "Whether to switch to lamotrigine is for the neurologist, who sees her urgently this week; until then "
    "valproate 500 mg twice daily continues and must not be stopped. The baby's first-trimester exposure "
    "means a fetal medicine review and detailed scan are booked, and folic acid 5 mg started today.",
    "a specialist question with the plan until then",
    whole=True,
)
ok(
    "cd-meth-whether-reduce-depends-default",
    CD,
    "meth",
    "Whether to reduce after birth will depend on the 6-week review with her drug worker; until then "
    "methadone stays at 60 mg daily, the baby has 72 hours of NAS scoring on the postnatal ward, and no "
    "co-sleeping because of her drowsiness after each dose.",
    "'whether ... will depend' with a default",
    whole=True,
    disguise=fw,
)
ok(
    "cd-quet-may-change-gp-tells-hv",
    CD,
    "quet",
    "His psychiatrist may lower his quetiapine in the spring; until then he is heavily sedated at night, "
    "does no night feeds and never sleeps with the baby on the sofa or in bed, and the HV checks at each "
    "visit.",
    "a possible change later, the plan now",
    whole=True,
)
ok(
    "cd-cit-clearer-but-plan-now",
    CD,
    "cit",
    "Her wish to reduce citalopram after birth will be looked at again at the 6-week check; for now 20 mg "
    "continues, the midwife watches the baby for adaptation symptoms for 48 hours and breastfeeding is "
    "supported.",
    "a later review with today's plan",
    whole=True,
)
ok(
    "cd-dzp-depending-on-scores",
    CD,
    "dzp",
    "Diazepam and pregabalin continue; if the baby's withdrawal scores rise again before day 8, the SCBU "
    "team will review him that day, and otherwise the HV checks on day 5 and day 8.",
    "an 'if' branch with a default",
    whole=True,
)
ok(
    "cd-lo-may-continue-or-switch-decided",
    CD,
    "lo",
    "Lithium may continue or may be switched to an antipsychotic after birth; she and the perinatal "
    "psychiatrist chose to continue 800 mg at night, with levels weekly from 36 weeks, a paediatric review "
    "of the baby and bottle feeding.",
    "the options, then the choice",
)

# ============================================================================================================
# who-when: tasks with no one and no time against tasks with an owner and a day.

bad(
    "ww-meth-to-be-arranged-to-be-discussed",
    WW,
    "meth",
    "Methadone continues. Neonatal observation to be arranged. Breastfeeding to be discussed.",
    "no one and no time for either task",
    whole=True,
)
bad(
    "ww-dzp-someone-at-some-point",
    WW,
    "dzp",
    "Diazepam and pregabalin continue. Someone will check the sleeping arrangements at some point, and all "
    "agencies are aware of the sedation.",
    "someone, some point, all agencies aware",
    whole=True,
)
bad(
    "ww-quet-understood-by-all",
    WW,
    "quet",
    "The sedation from Daniel's quetiapine is understood by all, and somebody will keep an eye on the night feeds.",
    "understood by all; somebody",
    whole=True,
)
bad(
    "ww-lith-levels-to-be-arranged",
    WW,
    "lith",
    "Lithium continues. Levels to be arranged. Paediatric review to be discussed.",
    "no one, no time",
    whole=True,
)
ok(
    "ww-meth-arranged-by-ward-midwife-day-1",
    WW,
    "meth",
    "NAS scoring is to be arranged by the ward midwife on day 1 and continued for at least 72 hours.",
    "to be arranged by a named role on a day",
    disguise=zwsp,
)
ok(
    "ww-dzp-someone-from-hv-day-10",
    WW,
    "dzp",
    "Someone from the HV team will visit the placement on day 10 to see the cot and talk through night "
    "feeds with the foster carer.",
    "someone from a named team on a day",
)
ok(
    "ww-mo-all-agencies-named",
    WW,
    "mo",
    "All agencies (community midwife, HV and Marcus Reed, the social worker) hold this plan, and the HV "
    "will see the cot on day 10.",
    "'all agencies' named, with a task and a day",
)
ok(
    "ww-quet-hv-arranges-at-new-birth-visit",
    WW,
    "quet",
    "The HV will arrange a second safe sleep conversation with both parents at the 6-week visit.",
    "owner and time",
)
ok(
    "ww-lith-levels-arranged-by-practice-nurse",
    WW,
    "lith",
    "Levels to be arranged by the practice nurse every four weeks until 36 weeks, then weekly by the antenatal clinic.",
    "to be arranged by someone named, when",
    disguise=cyr,
)
ok(
    "ww-fo-discussed-at-core-group-on-date",
    WW,
    "fo",
    "The plan is to be discussed at the core group on 2026-06-24, led by Leanne Moss; until then it stands as written.",
    "a discussion with a lead, a date and a standing plan",
)
ok(
    "ww-cit-midwife-at-some-point-then-date",
    WW,
    "co",
    "The community midwife will ring her in the week after birth to ask about mood and feeding.",
    "owner and time",
)

# ============================================================================================================
# passive-account: "were gone through" reports, it decides nothing; a decision after it stands.

bad(
    "pa-sert-risks-were-gone-through",
    PA,
    "sert",
    "Sertraline: the risks to the baby, adaptation symptoms and breastfeeding were gone through with her in detail.",
    "an account of a conversation, no decision",
    whole=True,
)
bad(
    "pa-dzp-sedation-has-been-covered",
    PA,
    "dzp",
    "Diazepam and pregabalin: sedation, safe sleep and late withdrawal have been covered with the mother and "
    "the foster carer.",
    "topics covered, nothing said of them",
    whole=True,
)
bad(
    "pa-quet-were-talked-through",
    PA,
    "quet",
    "Daniel's quetiapine, his night-time sedation and the baby's sleeping arrangements were talked through "
    "with both parents.",
    "a passive account only",
    whole=True,
)
ok(
    "pa-sert-gone-through-then-chose",
    PA,
    "sert",
    "Risks to the baby were gone through with her; she chose to continue sertraline 100 mg, and the "
    "midwife will watch the baby for adaptation signs for 48 hours after birth.",
    "the passive account followed by the decision",
    whole=True,
    disguise=cyr,
)
ok(
    "pa-dzp-covered-then-plan",
    PA,
    "dzp",
    "Sedation and safe sleep were covered with the foster carer: diazepam and pregabalin continue, Kayleigh "
    "never sleeps with the baby on a bed or sofa, and the foster carer does every night feed.",
    "covered, then the plan",
    whole=True,
)
ok(
    "pa-quet-talked-through-then-rule",
    PA,
    "quet",
    "Night care was talked through with both parents: because of his quetiapine, Daniel does no night feeds "
    "and never sleeps with the baby, and Chloe keeps the crib on her side.",
    "account then the rule",
    whole=True,
)
ok(
    "pa-meth-was-explained-and-she-agreed",
    PA,
    "meth",
    "Why the baby stays 72 hours was explained and she agreed to it.",
    "an account after a complete conclusion",
)

# ============================================================================================================
# document-words: instructions to the form are not a conclusion; a clinical instruction that mentions a
# document is.

bad(
    "dw-meth-conclusion-must-state",
    DW,
    "meth",
    "The conclusion must state the neonatal plan and the feeding advice for methadone.",
    "an instruction to the writer",
    whole=True,
)
bad(
    "dw-lith-this-section-should-say",
    DW,
    "lith",
    "This section should say whether lithium continues and what the paediatric team must do for the baby.",
    "an instruction aimed at the section",
    whole=True,
)
bad(
    "dw-quet-record-must-set-out",
    DW,
    "quet",
    "The record must set out what quetiapine means for Daniel's night care of the baby.",
    "aimed at the record",
    whole=True,
)
ok(
    "dw-meth-red-book-must-state",
    DW,
    "meth",
    "The red book must state that the baby was exposed to methadone, so that any GP or HV seeing him looks "
    "for late withdrawal up to day 8.",
    "a clinical instruction that names a document",
)
ok(
    "dw-dzp-discharge-summary-must-record",
    DW,
    "dzp",
    "The discharge summary must record the 72-hour observation and the sleeping plan, so the foster carer "
    "and HV have them in writing.",
    "documentation as part of the plan",
    disguise=zwsp,
)
ok(
    "dw-lo-birth-plan-to-include-levels",
    DW,
    "lo",
    "Her birth plan now includes the lithium level within 24 hours of delivery and extra fluids in labour.",
    "a birth plan is care, not the form",
)
ok(
    "dw-cit-maternity-notes-flag",
    DW,
    "cit",
    "Her maternity notes carry a flag for citalopram exposure so the paediatric team check the baby before discharge.",
    "a flag that leads to care",
)

# ============================================================================================================
# record-facts: dates and identifiers.


def _pre_conception(date: str) -> Mutation:
    def mutate(doc: Record) -> None:
        a = copy.deepcopy(doc["assessments"][0])
        a["id"] = "asm-valproate-pre"
        a["date"] = date
        a["pre_conception"] = True
        a["conclusion"] = (
            "Pre-conception advice on sodium valproate 500 mg bd: a baby she conceived while taking it would have "
            "about a 1 in 10 risk of a major malformation and up to 4 in 10 of developmental problems, so she "
            "must use effective contraception until neurology has switched her, must not stop it suddenly, and "
            "should start folic acid 5 mg before trying to conceive."
        )
        doc["assessments"].append(a)

    return edit(mutate)


add(
    "rf-pre-conception-before-pregnancy",
    RF,
    PASS,
    V,
    _pre_conception("2026-01-15"),
    "pre-conception advice dated before the pregnancy began (2026-03-25)",
)
add(
    "rf-pre-conception-inside-margin",
    RF,
    PASS,
    V,
    _pre_conception("2026-04-05"),
    "11 days after the LMP-based start: before conception, inside the margin",
)
add(
    "rf-pre-conception-inside-pregnancy",
    RF,
    REFUSE,
    V,
    _pre_conception("2026-05-10"),
    "marked pre-conception, dated 46 days into the pregnancy",
)
add(
    "rf-cp-plan-ended-after-signing",
    RF,
    REFUSE,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-20"),
    "plan ended on 2026-06-20, record attested 2026-06-14",
)
add(
    "rf-cp-plan-ended-day-of-signing",
    RF,
    PASS,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-06-14"),
    "plan ended the day it was attested: known at signing",
)
add(
    "rf-cp-plan-ended-before-birth",
    RF,
    PASS,
    F,
    set_("safeguarding.child_protection_plan_ended", "2026-05-28"),
    "plan ended before the birth, before signing",
)
ok(
    "rf-meth-reviewed-in-clinic-before-signing",
    RF,
    "meth",
    "Reviewed in clinic on 2026-02-23 with her drug worker: engaging well and no use on screens.",
    "a review dated before signing (2026-03-02)",
)
bad(
    "rf-meth-reviewed-in-clinic-after-signing",
    RF,
    "meth",
    "Reviewed in clinic on 2026-03-09 with her drug worker: engaging well and no use on screens.",
    "a review reported done a week after signing",
    disguise=bidi,
)
ok(
    "rf-meth-to-be-reviewed-in-clinic-after",
    RF,
    "meth",
    "To be reviewed in clinic on 2026-03-16 with her drug worker.",
    "a planned review after signing is a plan, not a report",
)
ok(
    "rf-lith-scan-seen-before-signing",
    RF,
    "lith",
    "Fetal echo seen on 2026-04-22 and normal.",
    "a result before signing (2026-05-06)",
)
bad(
    "rf-lith-scan-seen-after-signing",
    RF,
    "lith",
    "Fetal echo seen on 2026-05-20 and normal.",
    "a result reported two weeks after signing",
)
add(
    "rf-mesh-id-ten-chars",
    RF,
    PASS,
    M,
    set_("recipients#rcp-hv.route.mailbox", "Y90500OT01"),
    "a MESH id of ten characters, ODS code first",
)
add(
    "rf-mesh-id-twelve-chars",
    RF,
    PASS,
    M,
    set_("recipients#rcp-hv.route.mailbox", "Y90500HV0012"),
    "twelve characters: at the limit",
)
add(
    "rf-mesh-id-thirteen-chars",
    RF,
    REFUSE,
    M,
    set_("recipients#rcp-hv.route.mailbox", "Y90500HV00123"),
    "thirteen characters: over the limit",
)
add(
    "rf-nhs-all-sevens",
    RF,
    REFUSE,
    M,
    set_("mother.nhs_number", "7777777777"),
    "one digit repeated passes Modulus 11 but is never issued",
)
add(
    "rf-nhs-partner-all-threes",
    RF,
    REFUSE,
    P,
    set_("partner.nhs_number", "3333333333"),
    "partner's number one digit repeated",
)
add(
    "rf-nhs-valid-other-number",
    RF,
    PASS,
    M,
    set_("mother.nhs_number", "9990005583"),
    "a valid number with repeated runs, not one digit",
)
add("rf-nhs-partner-valid", RF, PASS, P, set_("partner.nhs_number", "9990008647"), "a valid partner number")

# ============================================================================================================
# more good work in the new shapes (and their refusing twins), across the records.

ok(
    "cs-sert-carries-on-first-year",
    CS,
    "sert",
    "Sertraline carries on through this pregnancy and the first year; stopping is not planned.",
    "continuing, with stopping ruled out",
)
bad(
    "cs-mo-continue-and-stop-sertraline-now",
    CS,
    "mo",
    "Sertraline is stopped today because she feels well.",
    "continue sertraline unchanged and stopped today",
    disguise=greek,
)
ok(
    "dm-quet-was-200-now-300",
    DM,
    "quet",
    "His dose went up from 200 mg to 300 mg at night in October 2025, and the sedation is worse since.",
    "a changed dose with history",
)
bad(
    "dm-mo-sertraline-fifty-daily",
    DM,
    "mo",
    "Sertraline 50 mg daily is unchanged.",
    "50 mg against the line's 100 mg, 'unchanged'",
)
ok(
    "dm-cit-half-tablet-history",
    DM,
    "co",
    "Citalopram started at 10 mg (half a tablet) in June 2024 and has been 20 mg once daily since January 2025.",
    "dose history with a half tablet",
)
ok(
    "fd-fo-bottle-fed-donor-milk-history",
    FD,
    "fo",
    "The baby had donor milk on SCBU for the first 24 hours and is now bottle fed with formula.",
    "bottle fed with a milk history",
)
bad(
    "fd-lo-lactation-support-arranged",
    FD,
    "lo",
    "The infant feeding team will help her establish breastfeeding on the postnatal ward.",
    "breastfeeding set up against bottle feeding on the record",
)
ok(
    "cd-fo-if-carer-unwell-default",
    CD,
    "fo",
    "If the foster carer is unwell, the placement's back-up carer does the night feeds; Kayleigh does not.",
    "a condition with what follows and a default",
)
bad(
    "cd-vo-will-need-fresh-look",
    CD,
    "vo",
    "Valproate and the baby's scans will need a fresh look once the neurology letter arrives.",
    "a deferral as the overall conclusion",
    whole=True,
)
ok(
    "ww-sert-hv-day-10-mood",
    WW,
    "sert",
    "Someone from the HV team will ask about her mood on day 10 and at 6 weeks.",
    "someone from a team, days",
    disguise=fw,
)
bad(
    "ww-co-at-some-point",
    WW,
    "co",
    "Citalopram continues. The baby will be looked at at some point after birth.",
    "at some point, by no one",
    whole=True,
)
ok(
    "pa-lith-options-were-weighed-then-chosen",
    PA,
    "lith",
    "Lamotrigine and quetiapine were weighed as alternatives and rejected because of her history of relapse on both.",
    "a passive account after a complete conclusion, with its reason",
)
ok(
    "dw-valp-ppp-form-signed",
    DW,
    "valp",
    "The annual risk acknowledgement form must be re-signed at the neurology visit now she is pregnant.",
    "an instruction about a clinical form",
)
ok(
    "rf-valp-seen-in-clinic-before",
    RF,
    "valp",
    "Seen in clinic on 2026-05-18 when she reported the positive test.",
    "a review before signing",
)
bad(
    "rf-valp-seen-in-clinic-after",
    RF,
    "valp",
    "Seen in clinic on 2026-05-27 when the fetal medicine team scanned her.",
    "a report a week after signing",
)


# ------------------------------------------------------------------------------------------------------------
# more good work: each must pass.

ok(
    "cs-meth-split-dose-continues",
    CS,
    "meth",
    "If she feels withdrawal in the third trimester, the drug service may split the 60 mg into two doses of "
    "30 mg; the total continues unchanged.",
    "a split planned under a condition, no stop",
)
ok(
    "cs-dzp-diazepam-stopped-day-5-in-past",
    CS,
    "fo",
    "She tried to stop diazepam herself on day 5 and had a panic attack, so it continues at 5 mg tds with "
    "the GP's taper.",
    "a past try at stopping, now continuing",
    disguise=cyr,
)
ok(
    "cs-quet-not-stopping-gp-says",
    CS,
    "po",
    "Daniel asked whether to stop quetiapine to help with the nights; his psychiatrist advised against "
    "stopping, so it continues and the night plan stands.",
    "stopping advised against",
)
ok(
    "cs-lith-stopped-valproate-years-ago",
    CS,
    "lith",
    "She was switched from valproate to lithium in 2021 and has been well since.",
    "a past switch; lithium continues",
)
ok(
    "dm-lith-eight-hundred-in-words",
    DM,
    "lith",
    "Lithium eight hundred milligrams at night continues, brand Priadel only.",
    "the line's dose in words",
    disguise=greek,
)
ok(
    "dm-meth-sixty-ml",
    DM,
    "meth",
    "Methadone 60 ml of the 1 mg/ml mixture daily continues; she does not take home doses.",
    "the volume equals the line's",
)
ok(
    "dm-valp-one-tablet-twice",
    DM,
    "valp",
    "Sodium valproate continues as one 500 mg tablet twice a day until neurology review.",
    "tablet count and strength, twice a day",
)
ok(
    "dm-dzp-diazepam-15-pregabalin-300",
    DM,
    "dzp",
    "Diazepam 15 mg a day and pregabalin 300 mg a day in divided doses continue until the 6-week review.",
    "daily totals of both",
)
ok(
    "dm-sert-hundred-mg-morning",
    DM,
    "sert",
    "Sertraline 100 mg each morning continues; she takes it with breakfast.",
    "the line's dose, each morning",
    disguise=zwsp,
)
ok(
    "dm-quet-may-reduce-to-200",
    DM,
    "po",
    "His psychiatrist may reduce quetiapine from 300 mg to 200 mg at night in the autumn; until then the "
    "night plan stands.",
    "a possible change with from/to",
)
ok(
    "fd-po-mixed-bottle-by-chloe",
    FD,
    "po",
    "Chloe breastfeeds and tops up with formula; the baby is weighed by the HV on day 10 and day 14.",
    "mixed feeding on a mixed record",
)
ok(
    "fd-dzp-compatible-but-bottle",
    FD,
    "dzp",
    "Both medicines pass into milk in small amounts; she has chosen to bottle feed and the foster carer makes "
    "up the night feeds.",
    "compatibility discussed, bottle feeding chosen",
    disguise=bidi,
)
ok(
    "fd-lo-donor-milk-not-needed",
    FD,
    "lo",
    "Formula to be given from the first feed by the labour ward midwife; she has brought her own bottles.",
    "bottle feeding set up, with owner",
)
ok(
    "cd-mo-if-scores-high-then-scbu",
    CD,
    "mo",
    "If the baby's NAS scores reach the threshold twice in a row, the paediatric team starts oral morphine on "
    "SCBU; otherwise he goes home after 72 hours.",
    "condition with default",
)
ok(
    "cd-po-whether-he-can-help-later",
    CD,
    "po",
    "Whether Daniel can take an early-evening feed before his dose will be reviewed by the HV at 6 weeks; until "
    "then Chloe does all the night feeds and the baby sleeps in the crib.",
    "whether with a plan until then",
    disguise=shy,
)
ok(
    "cd-vo-neurology-decides-plan-stands",
    CD,
    "vo",
    "Whatever neurology decides about switching, valproate must not be stopped before that review, the fetal "
    "medicine scan goes ahead at 12 weeks and folic acid 5 mg continues to 12 weeks.",
    "a plan that stands",
)
ok(
    "ww-po-hv-on-day-14",
    WW,
    "po",
    "The HV will see the crib again on day 14 and ring the GP if the parents' plan slips.",
    "owner and time",
)
ok(
    "ww-lo-perinatal-team-arranges-in-week-1",
    WW,
    "lo",
    "The perinatal mental health nurse will arrange the home visit in the first week after birth.",
    "to be arranged by someone named, when",
)
ok(
    "ww-vo-secretary-books-within-7-days",
    WW,
    "vo",
    "The practice secretary will chase the neurology appointment if no date arrives within 7 days.",
    "an owner and a deadline",
    disguise=cyr,
)
ok(
    "pa-mo-was-discussed-then-plan",
    PA,
    "mo",
    "The pre-birth plan was discussed at the core group on 2026-02-25 and agreed.",
    "an account of a meeting before signing, after a full conclusion",
)
ok(
    "pa-valp-scans-were-booked",
    PA,
    "valp",
    "The dating and fetal medicine scans have been booked for next week.",
    "a booking account after a full conclusion",
)
ok(
    "dw-mo-birth-plan-records",
    DW,
    "mo",
    "Her birth plan records the NAS observation so the labour ward knows on arrival.",
    "a document serving care",
)
ok(
    "dw-quet-hv-records-each-visit",
    DW,
    "quet",
    "The HV notes must record at each visit where the baby slept the night before.",
    "a record-keeping instruction about care",
    disguise=greek,
)
ok(
    "rf-quet-crib-seen-before-signing",
    RF,
    "quet",
    "Crib seen by the HV on 2026-05-26: next-to-me crib on Chloe's side.",
    "a report before signing (2026-05-28)",
)
ok(
    "rf-cit-seen-on-date-before",
    RF,
    "cit",
    "Seen in clinic on 2026-02-03 with her partner; mood stable.",
    "a review before signing (2026-02-12)",
)
ok(
    "rf-dzp-core-group-before-signing",
    RF,
    "dzp",
    "Reviewed in clinic 2026-06-12 with the foster carer; withdrawal scores normal since day 4.",
    "a review on the assessment day, before signing",
)


ok(
    "dm-meth-split-from-36-weeks",
    DM,
    "meth",
    "From 36 weeks the drug service will split the dose into 30 mg twice daily, as her levels fall in late "
    "pregnancy; the total stays 60 mg.",
    "a split dose with a date and owner",
)
ok(
    "dm-meth-taper-from-36-weeks-if-wishes",
    DM,
    "meth",
    "Continue sixty mg until 36 weeks, then reduce by 5 mg weekly only if she wishes, supervised by her drug worker.",
    "a taper with dates in the shape the brief names",
)
bad(
    "dm-lith-strength-at-night",
    DM,
    "lith",
    "Lithium 400 mg at night continues.",
    "400 mg is the tablet strength; the line is 800 mg at night",
)
ok(
    "fd-lith-breastfed-first-child",
    FD,
    "lith",
    "She breastfed her first child; this time she will bottle feed because lithium passes into milk.",
    "breastfeeding in the past, bottle feeding now",
)
ok(
    "ww-dzp-scbu-outreach-day-3",
    WW,
    "dzp",
    "Someone from the SCBU outreach team will phone the foster carer on day 3 after discharge to ask about "
    "feeding and tremor.",
    "someone from a named team on a day",
)
bad(
    "ww-fo-all-professionals-aware",
    WW,
    "fo",
    "Diazepam and pregabalin: all professionals are aware of the plan and it is understood by everyone.",
    "aware and understood, no plan",
    whole=True,
)
ok(
    "cs-quet-carries-on-for-now",
    CS,
    "quet",
    "Quetiapine carries on at 300 mg at night, and his psychiatrist will stop it only after the baby is a year "
    "old if he stays well.",
    "carries on, a stop at a later time",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F93CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F93CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F93CASES):3}"
    )
