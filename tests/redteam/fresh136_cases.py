"""A hundred-and-thirty-sixth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the last stop's readings (those naming fresh134, fresh135 and mutation round 43, and the older
ones fixed in the same stop).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About three quarters is good, complete work that legitimately uses the surfaces the newest readings
refuse (must pass), each paired with a near miss that really is defective (must refuse):

* ``levels``: lithium levels limited to one service, one visit or a condition, the baby's level, another
  analyte, "at this level" for the dose; against levels ruled out, put off past the birth, started at term or
  hedged;
* ``handover``: topics "covered in" a talk with its holder and day, "the usual precautions" spelled out, a team
  that holds the watch and says what it does; against bare hand-overs;
* ``remote``: phone and video calls beside visits for what needs the baby present; against an examination at a
  call;
* ``aside``: a wish or an earlier idea set aside with the plan kept; against the watch set aside bare;
* ``home``: the mother named by her given name going to a relative while the baby stays in the placement;
  against the baby going home with her;
* ``dates``: weekdays without a year and days of life dated right; against wrong ones;
* ``forms``: forms after commas or "given as" that fit the listed product; against impossible ones;
* ``counts``: intervals in words, "up to" totals and approximations that add up; against ones that do not;
* ``watch``: a watch handed from the ward to the HV, its findings and end; against a watch dropped in words;
* ``plans``: continue with a taper named for later, stop only on a condition; against stop-vs-continue clashes;
* ``feeding``: a reason that holds the bottle plan, undecided with a plan, another woman's breastfeeding;
  against a breastfeeding plan against the record, "unsure" alone, feeding at the breast now;
* ``harm``: another thing's harmlessness, the milk's, a corrected belief; against the unborn baby's harm denied;
* ``sleep``: the parents' own bed with the baby in a side-car crib; against the baby in their bed;
* ``contingency``: "it could all change if ..., in which case ..."; against a bare "it could all change";
* ``roles``: a stopped plan replaced, a successor covering, a deputy; against no one in the place;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Dates were checked with datetime against the base records: L signed Wed 6 May 2026 at 24+0 (EDD 26 Aug; 36
weeks Wed 29 July; four-weekly levels Wed 3 June, Wed 1 July); M 29+2 on Mon 2 March (EDD 15 May; 34 weeks Fri
3 April); C 32+1 on Tue 10 Feb (EDD 6 April; 36 weeks Mon 9 March); F born Mon 8 June (day 5 Sat 13 June, day 8
Tue 16 June), signed Sun 14 June; P born Mon 18 May (day 10 Thu 28 May, day 21 Mon 8 June), signed Thu 28 May.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh136_cases`` for the counts per category.
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

F136CASES: list[Case] = []

CATEGORIES = (
    "levels",
    "handover",
    "remote",
    "aside",
    "home",
    "dates",
    "forms",
    "counts",
    "watch",
    "plans",
    "feeding",
    "harm",
    "sleep",
    "contingency",
    "roles",
    "disguise",
)

LV, HO, RM, AS, HM, DT, FM, CN, WT, PL, FD, HR, SL, CT, RL, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F136CASES.append(Case(f"f136-{name}", category, expect, base, mutate, why))


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
    return " ".join(f"\u2067{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None,
    pre: Mutation | None = None,
) -> None:
    base, setter = SETTERS[where]
    mutate = setter(text) if pre is None else chain(pre, setter(text))
    add(name, category, expect, base, mutate, why)
    if disguise is not None:
        dmutate = setter(disguise(text)) if pre is None else chain(pre, setter(disguise(text)))
        add(f"dg-{name}", DG, expect, base, dmutate, f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# Complete bodies written afresh for this batch; each case adds its own point to one of them.
LITH_HEAD = (
    "Priadel (lithium carbonate) 800 mg at night stays as it is, because stopping would put Rebecca at high risk "
    "of a relapse or postpartum psychosis."
)
LITH_TAIL = (
    "The paediatrician reviews the baby after delivery for floppiness, poor feeding and thyroid problems. She "
    "will bottle feed, since lithium reaches the milk."
)
LITH_LEVELS = "Her lithium level is taken every four weeks, weekly from 36 weeks and within 24 hours of the birth."
LITH = f"{LITH_HEAD} {LITH_LEVELS} {LITH_TAIL}"
LITH_NOLEV = f"{LITH_HEAD} {LITH_TAIL}"
LO_HEAD = "Rebecca stays on Priadel 800 mg nightly."
LO_TAIL = (
    "Paediatric review of the baby after the birth; bottle feeding agreed, as lithium passes into breast milk. The "
    "perinatal mental health team sees her within a week of delivery, when relapse risk is highest."
)
LO_LEVELS = "Levels four-weekly now, weekly from 36 weeks and within a day of delivery."
LO = f"{LO_HEAD} {LO_LEVELS} {LO_TAIL}"

METH_HEAD = (
    "Methadone 60 mg daily continues unchanged through pregnancy; cutting it now would risk a return to street use."
)
METH_WATCH = (
    "The baby is likely to show withdrawal, so the ward midwives score it for at least 72 hours after birth and "
    "the HV looks for late signs until day 8."
)
METH_FEED = "Breastfeeding is encouraged on this stable dose."
METH_SLEEP = (
    "Jodie is drowsy for two to four hours after each dose, so no bed or sofa sharing, and the HV checks the cot "
    "at the first home visit."
)
METH = f"{METH_HEAD} {METH_WATCH} {METH_FEED} {METH_SLEEP}"
METH_NOSLEEP = f"{METH_HEAD} {METH_WATCH} {METH_FEED}"
METH_NOWATCH = f"{METH_HEAD} {METH_FEED} {METH_SLEEP}"
MO = (
    "Methadone and sertraline carry on at today's doses. After birth the ward gives 72 hours of withdrawal and "
    "adaptation scoring, then the HV watches for late signs to day 8. Breastfeeding supported. Methadone sedation "
    "means no co-sleeping; the social worker and HV see the cot before discharge."
)
SERT = (
    "Sertraline 100 mg daily continues: stopping would risk a relapse of her depression. The ward midwives watch "
    "the baby for 48 hours for jitteriness, poor feeding or fast breathing alongside the withdrawal scoring; "
    "breastfeeding is fine on sertraline."
)
CIT_HEAD = "Citalopram 20 mg once daily continues, as stopping last time brought Megan's depression back within weeks."
CIT_WATCH = (
    "After birth the midwife watches the baby for 48 hours for jitteriness, poor feeding and fast breathing, with "
    "a paediatric review if it persists."
)
CIT_FEED = "Breastfeeding is supported."
CIT_MOOD = "The GP reviews her mood at the 6-week check."
CIT = f"{CIT_HEAD} {CIT_WATCH} {CIT_FEED} {CIT_MOOD}"
CIT_NOFEED = f"{CIT_HEAD} {CIT_WATCH} {CIT_MOOD}"
CO = (
    "Megan carries on with citalopram 20 mg through pregnancy and breastfeeding. The midwife watches the baby for "
    "adaptation signs for 48 hours after birth; the GP reviews her mood at 6 weeks."
)
VALP_HEAD = (
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review, because stopping suddenly "
    "risks seizures."
)
VALP_HARM = (
    "The baby was exposed in the first trimester and about 1 in 10 exposed babies have a major malformation, so "
    "fetal medicine sees her early and a detailed anomaly scan is booked."
)
VALP_FOLIC = "Folic acid 5 mg daily started today."
VALP_FEED = "Breastfeeding is usually possible on valproate; neurology advises once the plan is agreed."
VALP = f"{VALP_HEAD} {VALP_HARM} {VALP_FOLIC} {VALP_FEED}"
VALP_NOFEED = f"{VALP_HEAD} {VALP_HARM} {VALP_FOLIC}"
VO = (
    "Hannah is 8 weeks pregnant on sodium valproate, unplanned. Valproate continues unchanged until neurology "
    "reviews it urgently; no abrupt stop. Fetal medicine review for the baby's first-trimester exposure; folic "
    "acid 5 mg started; risk acknowledgement form status recorded."
)
DZP_HEAD = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue for now, with a slow diazepam "
    "reduction agreed with the GP at the 6-week review."
)
DZP_SLEEP = (
    "Together they make Kayleigh drowsy: no bed, sofa or armchair sharing, no feeding lying down, and the foster "
    "carer does the night feeds."
)
DZP_WATCH = "The baby may still show late withdrawal, so the foster carer and HV watch for it until day 8."
DZP_FEED = "The baby is bottle fed."
DZP = f"{DZP_HEAD} {DZP_SLEEP} {DZP_WATCH} {DZP_FEED}"
DZP_NOWATCH = f"{DZP_HEAD} {DZP_SLEEP} {DZP_FEED}"
DZP_NOFEED = f"{DZP_HEAD} {DZP_SLEEP} {DZP_WATCH}"
FO = (
    "Diazepam and pregabalin carry on for now. Their sedation is the main risk: no sharing a bed, sofa or "
    "armchair with the baby, no feeding lying down, night feeds by the foster carer. Late withdrawal is possible "
    "until day 8; the foster carer, HV and social worker hold this plan under the interim care order."
)
QUET_HEAD = "Daniel's quetiapine 300 mg at night leaves him very hard to wake for hours."
QUET_RULE = (
    "He never sleeps with the baby on a bed, sofa or armchair and does no night feeds after his dose; Chloe does them."
)
QUET_CRIB = "The baby sleeps in the next-to-me crib on Chloe's side, and the HV checks it at every visit to 8 weeks."
QUET = f"{QUET_HEAD} {QUET_RULE} {QUET_CRIB}"
PO = (
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: no sharing a bed, "
    "sofa or armchair with the baby and no night feeds by him. The crib was seen and is safe; the HV keeps "
    "checking it."
)

# ------------------------------------------------------------------------------------------------------ levels
ok(
    "lv-lith-perinatal-team-takes-levels",
    LV,
    "lith",
    f"{LITH} The perinatal team takes her levels, not the practice.",
    "the levels held by one service, not ruled out",
    cyr,
)
ok(
    "lv-lith-no-level-today-next-date",
    LV,
    "lith",
    f"{LITH_HEAD} No level today: the last was in range on 22 April and the next is on 20 May 2026, then "
    f"four-weekly, weekly from 36 weeks and within 24 hours of the birth. {LITH_TAIL}",
    "no level at this visit, the schedule kept with its next date",
    zwsp,
)
ok(
    "lv-lith-baby-level-only-if-signs",
    LV,
    "lith",
    f"{LITH} The baby's own lithium level is not taken routinely, only if the paediatrician sees signs of toxicity.",
    "the baby's level limited to a condition, the mother's kept",
)
ok(
    "lv-lith-not-sedating-at-this-level",
    LV,
    "lith",
    f"{LITH} Lithium does not sedate her at this level, and she is safe to care for the baby at night.",
    "'at this level' for the dose, not a level ruled out",
    greek,
)
ok(
    "lv-lo-no-level-at-gp-visit",
    LV,
    "lo",
    f"{LO_HEAD} No level is taken at the surgery visit; the perinatal clinic draws them four-weekly, weekly from "
    f"36 weeks and within a day of delivery. {LO_TAIL}",
    "a limit to one visit, the clinic holds the schedule",
)
ok(
    "lv-lo-no-extra-levels-unless-vomiting",
    LV,
    "lo",
    f"{LO} No extra levels between these unless she is vomiting or dehydrated, when the labour ward takes one the "
    "same day.",
    "extra levels only on a condition, the schedule kept",
)
bad(
    "lv-lith-levels-not-checked-again",
    LV,
    "lith",
    f"{LITH_NOLEV} Her lithium levels will not be checked again before she delivers.",
    "the levels the recommendations plan ruled out",
    cyr,
)
bad(
    "lv-lith-levels-from-six-weeks-postnatal",
    LV,
    "lith",
    f"{LITH_NOLEV} Her lithium levels will be restarted at the 6-week postnatal check.",
    "levels put off past the birth and its first days",
)
bad(
    "lv-lo-levels-perhaps",
    LV,
    "lo",
    f"{LO_HEAD} Lithium levels? Perhaps, if there is time. {LO_TAIL}",
    "levels answered only by a hedge",
)
bad(
    "lv-lo-weekly-from-forty-weeks",
    LV,
    "lo",
    f"{LO_HEAD} Lithium levels weekly from 40 weeks. {LO_TAIL}",
    "levels started at term, none before or at the birth",
)

# ---------------------------------------------------------------------------------------------------- handover
ok(
    "ho-meth-sleep-covered-discharge-talk",
    HO,
    "meth",
    f"{METH_HEAD} {METH_WATCH} {METH_FEED} She is drowsy after each dose, so never in a bed or on the sofa with the "
    "baby; this is covered in the discharge talk by the ward midwife on day 3, who checks the cot at home on "
    "day 5.",
    "a topic covered in a talk with its holder, day and act",
    cyr,
)
ok(
    "ho-mo-usual-precautions-spelled-out",
    HO,
    "mo",
    "Methadone and sertraline carry on unchanged. The baby is scored on the postnatal ward for 72 hours and the HV "
    "watches for late signs to day 8. Breastfeeding is supported. The usual precautions apply: no bed or sofa "
    "sharing while she is drowsy after her dose, the cot in her room, and the HV and social worker see it before "
    "discharge.",
    "'the usual precautions' followed by what they are",
)
ok(
    "ho-meth-in-hands-of-ward-with-acts",
    HO,
    "meth",
    f"{METH_HEAD} The withdrawal watch is in the hands of the ward midwives, who score the baby four-hourly for at "
    f"least 72 hours, then the HV, who visits on day 5 and day 8. {METH_FEED} {METH_SLEEP}",
    "a team holding the watch with what it does and when",
    shy,
)
ok(
    "ho-dzp-foster-carer-knows-and-acts",
    HO,
    "dzp",
    f"{DZP_HEAD} {DZP_SLEEP} The foster carer knows about late withdrawal signs (tremor, poor feeding, "
    f"inconsolable crying), watches for them until day 8 and rings the neonatal unit if they appear; the HV "
    f"visits on day 8. {DZP_FEED}",
    "what a carer knows, with what she does and when",
)
ok(
    "ho-cit-feeding-raised-again",
    HO,
    "cit",
    f"{CIT_HEAD} {CIT_WATCH} Citalopram is compatible with breastfeeding, which she plans; this will be raised "
    f"again at the 36-week visit by the community midwife. {CIT_MOOD}",
    "a topic answered now and raised again at a visit",
)
ok(
    "ho-quet-kept-in-mind-with-checks",
    HO,
    "quet",
    f"{QUET_HEAD} {QUET_RULE} The HV keeps in mind that this can change if Chloe is unwell, and checks the crib "
    "on the next-to-me side at every visit to 8 weeks.",
    "'kept in mind' beside the HV's own checks",
)
bad(
    "ho-meth-sleep-covered-in-pack",
    HO,
    "meth",
    "Methadone 60 mg once daily continues unchanged. Withdrawal, feeding and safe sleep are covered in the "
    "discharge talk.",
    "the medicine's line with every topic of the baby handed to a talk with no act, time or holder",
    cyr,
)
bad(
    "ho-mo-usual-precautions-bare",
    HO,
    "mo",
    "Methadone and sertraline continue at the present doses. The usual precautions apply for the baby.",
    "the medicines' line and 'the usual precautions' for the baby, nothing said",
)
bad(
    "ho-meth-watch-in-hands-of-team",
    HO,
    "meth",
    "Methadone 60 mg daily carries on. The baby's withdrawal, feeding and sleep are in the hands of the neonatal team.",
    "the medicine's line with the baby handed to a team with no act or time",
)
bad(
    "ho-dzp-carer-knows-about-withdrawal",
    HO,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue. The foster carer knows about "
    "withdrawal, feeding and safe sleep.",
    "the medicines' line and vouching for what a carer knows, nothing for the baby",
)
bad(
    "ho-quet-sleep-to-be-addressed",
    HO,
    "quet",
    f"{QUET_HEAD} Sleeping arrangements and night feeds are to be addressed at the next HV visit.",
    "the sedated father's sleep rule put off to a visit",
)

# ------------------------------------------------------------------------------------------------------ remote
ok(
    "rm-dzp-phone-then-placement-visit",
    RM,
    "dzp",
    f"{DZP_HEAD} {DZP_SLEEP} The HV rings the foster carer daily about feeding and tremor and sees the baby at "
    f"the placement on day 8, Tuesday 16 June, to weigh the baby and look for late withdrawal. {DZP_FEED}",
    "phone calls about the watch, the examination at a visit",
    greek,
)
ok(
    "rm-quet-video-call-plus-home-visit",
    RM,
    "quet",
    f"{QUET_HEAD} {QUET_RULE} The HV has a video call with both parents on Monday 1 June to go over night feeds, "
    "and a home visit on Monday 8 June to see the crib.",
    "a video call to talk, a home visit to see the crib",
)
ok(
    "rm-cit-results-by-phone",
    RM,
    "cit",
    f"{CIT_HEAD} {CIT_WATCH} If bloods are taken from the baby, the paediatrician gives the results to Megan by "
    f"phone. {CIT_FEED} {CIT_MOOD}",
    "results given by phone, the act in person",
)
bad(
    "rm-dzp-weigh-on-video-call",
    RM,
    "dzp",
    f"{DZP_HEAD} {DZP_SLEEP} The HV will examine the baby for late withdrawal and weigh the baby on a video call "
    f"on day 8. {DZP_FEED}",
    "an examination and weighing set at a video call",
)
bad(
    "rm-quet-crib-checked-by-phone",
    RM,
    "quet",
    f"{QUET_HEAD} {QUET_RULE} The HV will inspect the crib and the baby's sleeping place during a phone call each "
    "week.",
    "the crib inspected over the phone",
)

# ------------------------------------------------------------------------------------------------------- aside
ok(
    "as-dzp-home-birth-idea-aside",
    AS,
    "fo",
    f"{FO} Kayleigh's wish to move to her own flat is set aside until the 6-week review.",
    "a wish set aside, the plan kept",
)
ok(
    "as-meth-reduction-set-aside",
    AS,
    "meth",
    f"{METH} Her earlier request to reduce the dose was set aside by the drug service until after the birth.",
    "a dose reduction set aside, the continuing dose and watch kept",
    cyr,
)
ok(
    "as-lith-switch-put-aside",
    AS,
    "lith",
    f"{LITH} A switch to another mood stabiliser was discussed and laid aside; lithium has kept her well for four "
    "years.",
    "a switch laid aside, lithium and its plan kept",
)
bad(
    "as-dzp-watch-set-aside",
    AS,
    "dzp",
    f"{DZP_NOWATCH} The late-withdrawal watch has been set aside.",
    "the only withdrawal watch set aside bare",
)
bad(
    "as-meth-scoring-put-aside",
    AS,
    "meth",
    f"{METH_HEAD} The plan to score the baby for withdrawal after birth is put aside. {METH_FEED} {METH_SLEEP}",
    "the watch put aside with only the dose staying",
)

# -------------------------------------------------------------------------------------------------------- home
ok(
    "hm-fo-kayleigh-home-with-mother",
    HM,
    "fo",
    f"{FO} Kayleigh goes home with her mother for Sunday lunch; the baby stays at the placement with the foster carer.",
    "the mother named going with a relative, the baby staying",
    zwsp,
)
ok(
    "hm-dzp-kayleigh-nans-house",
    HM,
    "dzp",
    f"{DZP} Kayleigh visits her nan's house on Saturdays; the baby stays in the placement with Sandra Hollis.",
    "the mother at a relative's house, the baby in the placement",
)
bad(
    "hm-fo-baby-home-with-kayleigh",
    HM,
    "fo",
    f"{FO} The baby goes home with Kayleigh to her mother's house when the ward discharges them.",
    "the baby going home with the mother against the foster placement",
)
bad(
    "hm-dzp-baby-at-gran-house",
    HM,
    "dzp",
    f"{DZP} From discharge the baby lives with Kayleigh at her gran's house.",
    "the baby living at a relative's house against the placement",
)

# ------------------------------------------------------------------------------------------------------- dates
ok(
    "dt-lith-wednesday-level",
    DT,
    "lith",
    f"{LITH} Her next level is on Wednesday 3 June at the perinatal clinic.",
    "a yearless weekday date that is right",
    cyr,
)
ok(
    "dt-dzp-tuesday-day-eight",
    DT,
    "dzp",
    f"{DZP} The HV's last withdrawal visit is on Tuesday 16 June; Tuesday's visit also checks the cot.",
    "Tuesday stated and right, then 'Tuesday's visit'",
)
ok(
    "dt-meth-friday-34-weeks",
    DT,
    "meth",
    f"{METH} The drug service sees her at 34 weeks, on Friday 3 April, to confirm the dose before the birth.",
    "34 weeks dated with a right yearless weekday",
)
ok(
    "dt-po-day-21-monday",
    DT,
    "po",
    f"{PO} The HV's day-21 visit is on Monday 8 June.",
    "a day of life dated right without a year",
)
ok(
    "dt-dzp-day-five-saturday",
    DT,
    "fo",
    f"{FO} The day-5 check at the placement is on Saturday 13 June.",
    "day 5 on its right date",
)
bad(
    "dt-lith-thursday-level",
    DT,
    "lith",
    f"{LITH} Her next level is on Thursday 3 June at the perinatal clinic.",
    "3 June near the signing is a Wednesday",
)
bad(
    "dt-dzp-day-eight-wrong-date",
    DT,
    "dzp",
    f"{DZP} The HV's day-8 visit is on Friday 26 June.",
    "26 June is day 18, not day 8",
)
# ------------------------------------------------------------------------------------------------------- forms
ok(
    "fm-dzp-as-tablets-after-comma",
    FM,
    "dzp",
    "Diazepam 5 mg, as tablets, three times a day and pregabalin 150 mg, as two capsules, twice a day continue "
    f"for now, with a slow diazepam reduction from the 6-week review. {DZP_SLEEP} {DZP_WATCH} {DZP_FEED}",
    "forms after commas that fit the listed products",
    greek,
)
ok(
    "fm-meth-given-as-oral-solution",
    FM,
    "meth",
    "Methadone 60 mg given as the 1 mg/ml oral solution, supervised, continues unchanged through pregnancy. "
    f"{METH_WATCH} {METH_FEED} {METH_SLEEP}",
    "'given as' the listed form",
)
ok(
    "fm-lith-given-as-mr-tablets",
    FM,
    "lith",
    f"Priadel 800 mg, given as two modified-release tablets at night, continues, because stopping would put her at "
    f"high risk of relapse. {LITH_LEVELS} {LITH_TAIL}",
    "'given as' modified-release tablets",
)
ok(
    "fm-sert-tablets-swallowed",
    FM,
    "sert",
    f"{SERT} She takes it as two 50 mg tablets each morning.",
    "the tablet form told after the conclusion",
)
bad(
    "fm-dzp-as-patch-after-comma",
    FM,
    "dzp",
    "Diazepam 5 mg, as a skin patch, three times a day and pregabalin 150 mg twice a day continue for now, with a "
    f"slow diazepam reduction from the 6-week review. {DZP_SLEEP} {DZP_WATCH} {DZP_FEED}",
    "a tablet given as a skin patch",
)
bad(
    "fm-meth-given-as-injection",
    FM,
    "meth",
    "Methadone 60 mg given as a daily injection continues unchanged through pregnancy. "
    f"{METH_WATCH} {METH_FEED} {METH_SLEEP}",
    "an oral solution given as an injection",
)
# ------------------------------------------------------------------------------------------------------ counts
ok(
    "cn-po-every-six-hours-up-to-four",
    CN,
    "po",
    "Chloe's paracetamol, 1 g every six hours and up to four doses a day, raises no concern. Daniel's quetiapine "
    "sedates him heavily at night: no bed, sofa or armchair sharing with the baby and no night feeds by him. The "
    "crib was seen and is safe; the HV keeps checking it.",
    "an interval in words with an 'up to' count that fits",
    zwsp,
)
ok(
    "cn-po-up-to-four-within-total",
    CN,
    "po",
    "Chloe takes paracetamol 1 g up to four times a day, no more than 4 g in 24 hours; it raises no concern. "
    "Daniel's quetiapine makes him very drowsy at night: he does not share a bed, sofa or armchair with the baby "
    "and does no night feeds. The crib is safe and the HV keeps checking it.",
    "an 'up to' count with a day's total within it",
)
ok(
    "cn-dzp-feeds-about-three-hourly",
    CN,
    "dzp",
    f"{DZP} The foster carer gives bottle feeds about every 3 hours, ten times a day at most, and writes them down "
    "for the HV.",
    "an approximate interval with its count",
)
ok(
    "cn-meth-four-hourly-six-scores",
    CN,
    "meth",
    f"{METH_HEAD} The baby is likely to withdraw: the ward midwives score it every four hours, up to six scores a "
    f"day, for at least 72 hours, and the HV looks for late signs until day 8. {METH_FEED} {METH_SLEEP}",
    "every four hours, up to six a day",
)
bad(
    "cn-po-four-hourly-eight-doses",
    CN,
    "po",
    "Chloe's paracetamol, 1 g every four hours, eight doses a day, raises no concern. Daniel's quetiapine sedates "
    "him heavily at night: no bed, sofa or armchair sharing with the baby and no night feeds by him. The crib was "
    "seen and is safe; the HV keeps checking it.",
    "eight doses four hours apart do not fit in a day",
)
bad(
    "cn-po-up-to-four-total-six-grams",
    CN,
    "po",
    "Chloe takes paracetamol 1 g up to four times a day, up to 6 g in 24 hours; it raises no concern. Daniel's "
    "quetiapine makes him very drowsy at night: he does not share a bed, sofa or armchair with the baby and does "
    "no night feeds. The crib is safe and the HV keeps checking it.",
    "a day's total above the dose times its count",
)
bad(
    "cn-dzp-three-hourly-twelve-feeds",
    CN,
    "dzp",
    f"{DZP} The foster carer gives bottle feeds every 3 hours, twelve times a day, and writes them down for the HV.",
    "twelve feeds three hours apart do not fit in a day",
)

# ------------------------------------------------------------------------------------------------------- watch
ok(
    "wt-dzp-ward-hands-watch-to-hv",
    WT,
    "dzp",
    f"{DZP_HEAD} {DZP_SLEEP} The ward watched the baby for 5 days; from discharge the watch passes to the HV, who "
    "visits on day 8 (16 June), and to the foster carer, who rings the neonatal unit for tremor or poor feeding. "
    f"{DZP_FEED}",
    "a watch handed from the ward to the HV with its day",
    shy,
)
ok(
    "wt-dzp-no-scores-above-four",
    WT,
    "dzp",
    f"{DZP} On the ward there were no scores above 4 and no treatment was needed.",
    "the watch's findings, not a watch dropped",
)
ok(
    "wt-fo-no-ward-obs-outstanding",
    WT,
    "fo",
    f"{FO} No ward observations are outstanding; the carer and HV carry the watch to day 8.",
    "the ward's part ended, the late watch held",
)
ok(
    "wt-meth-no-scoring-after-day-eight",
    WT,
    "meth",
    f"{METH} No scoring is needed after day 8 if the HV has seen no late signs by then.",
    "the watch's end after its planned window",
)
bad(
    "wt-dzp-no-observation-after-ward",
    WT,
    "dzp",
    f"{DZP_NOWATCH} The baby does not need any further withdrawal observation once off the ward.",
    "the late watch to day 8 dropped in words",
)
bad(
    "wt-meth-no-nas-scoring-needed",
    WT,
    "meth",
    f"{METH_HEAD} No NAS scoring is needed for this baby. {METH_FEED} {METH_SLEEP}",
    "the withdrawal watch dropped by its kind",
)

# ------------------------------------------------------------------------------------------------------- plans
ok(
    "pl-cit-continue-taper-only-later",
    PL,
    "cit",
    f"{CIT} If she wants to come off citalopram after the first year, it is tapered over four weeks with the GP, "
    "never stopped at once.",
    "a later taper on her wish, the medicine continues",
    cyr,
)
ok(
    "pl-co-do-not-stop",
    PL,
    "co",
    f"{CO} She must not stop citalopram suddenly, even if she feels well.",
    "a warning against stopping beside a continue",
)
ok(
    "pl-sert-stop-only-if-advised",
    PL,
    "sert",
    f"{SERT} It is stopped only if the perinatal psychiatrist advises it, and then slowly.",
    "a stop under a condition, tapered",
)
bad(
    "pl-cit-stop-now",
    PL,
    "cit",
    "Stop citalopram 20 mg today. After birth the midwife watches the baby for 48 hours for jitteriness, poor "
    "feeding and fast breathing. Breastfeeding is supported. The GP reviews her mood at the 6-week check.",
    "a stop now against recommendations that continue it",
)
bad(
    "pl-mo-sertraline-stopped-today",
    PL,
    "mo",
    "Methadone carries on at today's dose; sertraline is stopped today. After birth the ward gives 72 hours of "
    "withdrawal and adaptation scoring, then the HV watches for late signs to day 8. Breastfeeding supported. "
    "Methadone sedation means no co-sleeping; the social worker and HV see the cot before discharge.",
    "sertraline stopped in the overall against its continuing assessment",
)

# ----------------------------------------------------------------------------------------------------- feeding
ok(
    "fd-lith-bottle-as-milk",
    FD,
    "lith",
    f"{LITH_HEAD} {LITH_LEVELS} The paediatrician reviews the baby after delivery for floppiness and thyroid "
    "problems. She will not breastfeed, because lithium passes into the milk; formula is ready.",
    "a no-breastfeeding plan with its reason",
    zwsp,
)
ok(
    "fd-lith-hoped-to-breastfeed",
    FD,
    "lith",
    f"{LITH_HEAD} {LITH_LEVELS} The paediatrician reviews the baby after delivery for floppiness and thyroid "
    "problems. She had hoped to breastfeed, but as lithium reaches the milk she will bottle feed.",
    "a wish told, the bottle plan kept",
)
ok(
    "fd-cit-undecided-with-plan",
    FD,
    "cit",
    f"{CIT_HEAD} {CIT_WATCH} Breastfeeding? Undecided; citalopram is compatible with it, and she will choose with "
    f"the midwife at 36 weeks. {CIT_MOOD}",
    "an undecided answer with its plan",
)
ok(
    "fd-dzp-sister-breastfeeds-own",
    FD,
    "dzp",
    f"{DZP} Kayleigh's sister breastfeeds her own baby when she visits; this baby is bottle fed by the foster "
    "carer and Kayleigh.",
    "another woman breastfeeding her own baby",
    greek,
)
ok(
    "fd-valp-not-decided",
    FD,
    "valp",
    f"{VALP_NOFEED} Feeding: not decided yet; breastfeeding is usually possible on valproate, and neurology advises "
    "once the treatment plan is agreed.",
    "feeding undecided, with the advice and its holder",
)
bad(
    "fd-lith-breastfeed-as-no-pass",
    FD,
    "lith",
    f"{LITH_HEAD} {LITH_LEVELS} The paediatrician reviews the baby after delivery for floppiness and thyroid "
    "problems. She will breastfeed, as lithium does not get into the milk.",
    "a breastfeeding plan on a negated reason against a bottle-fed record",
)
bad(
    "fd-cit-unsure",
    FD,
    "cit",
    f"{CIT_HEAD} {CIT_WATCH} Breastfeeding? Unsure. {CIT_MOOD}",
    "the feeding question answered only by not knowing",
)
bad(
    "fd-dzp-now-at-breast",
    FD,
    "dzp",
    f"{DZP_NOFEED} Kayleigh now feeds the baby at the breast during the day.",
    "feeding at the breast today against a bottle-fed record",
    greek,
)

# -------------------------------------------------------------------------------------------------------- harm
ok(
    "hr-valp-folic-no-risk",
    HR,
    "valp",
    f"{VALP} Folic acid carries no risk to the baby.",
    "another medicine's harmlessness",
)
ok(
    "hr-valp-milk-little-risk",
    HR,
    "valp",
    f"{VALP_HEAD} {VALP_HARM} {VALP_FOLIC} Valproate in breast milk is of little risk to the baby, so breastfeeding "
    "is usually possible; neurology advises once the plan is agreed.",
    "harm limited to the milk",
)
ok(
    "hr-vo-corrected-belief",
    HR,
    "vo",
    f"{VO} She had been told valproate was safe in pregnancy; that is wrong, and the malformation risk to the baby "
    "was explained today.",
    "a corrected belief",
)
bad(
    "hr-valp-no-risk-to-unborn",
    HR,
    "valp",
    f"{VALP_HEAD} Valproate poses no risk to the unborn baby. {VALP_FOLIC} {VALP_FEED}",
    "the unborn baby's harm denied against the summary",
)
bad(
    "hr-vo-baby-unharmed",
    HR,
    "vo",
    "Hannah is 8 weeks pregnant on sodium valproate, unplanned. Valproate continues unchanged until neurology "
    "reviews it urgently; no abrupt stop. Valproate will not harm the baby. Folic acid 5 mg started; risk "
    "acknowledgement form status recorded.",
    "harm to the baby denied in the overall",
)

# ------------------------------------------------------------------------------------------------------- sleep
ok(
    "sl-quet-their-bed-sidecar",
    SL,
    "quet",
    f"{QUET_HEAD} He does no night feeds after his dose; Chloe does them. Chloe and Daniel share their bed, and the "
    "baby sleeps in the side-car crib on Chloe's side, never in the bed itself; the HV checks it each visit.",
    "the parents' own bed shared with each other, the baby in a side-car crib",
    cyr,
)
ok(
    "sl-po-chloe-her-bed-with-daniel",
    SL,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night, so he never has the "
    "baby in his bed or on a sofa and does no night feeds. Chloe sleeps in her bed with Daniel, the baby in the cot "
    "beside her; the HV keeps checking it.",
    "a bed shared with an adult while the baby is in a cot",
)
ok(
    "sl-meth-never-her-bed",
    SL,
    "meth",
    f"{METH_HEAD} {METH_WATCH} {METH_FEED} She must never bring the baby into her bed or onto the sofa after her "
    "dose; the cot by her bed is checked by the HV at the first home visit.",
    "the baby kept out of her bed",
    shy,
)
bad(
    "sl-quet-nap-in-their-bed",
    SL,
    "quet",
    f"{QUET} At weekends the baby can nap between them in their bed.",
    "the baby in the bed with the sedated father",
    cyr,
)
bad(
    "sl-meth-into-her-bed-for-nap",
    SL,
    "meth",
    f"{METH_HEAD} {METH_WATCH} {METH_FEED} She can bring the baby into her bed for a nap after her dose.",
    "the sedated mother allowed to take the baby into her bed",
)

# ------------------------------------------------------------------------------------------------- contingency
ok(
    "ct-meth-could-change-preterm",
    CT,
    "meth",
    f"{METH} It could all change if she labours before 34 weeks, in which case the neonatal unit takes over the "
    "withdrawal scoring.",
    "a contingency with its condition and what happens instead",
    zwsp,
)
ok(
    "ct-lo-may-be-different-if-unwell",
    CT,
    "lo",
    f"{LO} This may all be different should she become unwell before 36 weeks, in which case the perinatal team "
    "admits her and the levels go weekly at once.",
    "'may all be different' under a condition with its alternative",
)
bad(
    "ct-meth-could-all-change",
    CT,
    "meth",
    f"{METH} But this could all change, of course.",
    "the whole taken back with no condition or alternative",
    zwsp,
)
bad(
    "ct-lo-all-different-bare",
    CT,
    "lo",
    f"{LO} It may all be different by then.",
    "a bare retraction of the whole",
)

# ------------------------------------------------------------------------------------------------------- roles
ok(
    "rl-dzp-calls-stopped-carer-took-over",
    RL,
    "dzp",
    f"{DZP_HEAD} {DZP_SLEEP} The HV's daily calls were stopped on day 6, when the foster carer took over the "
    f"watch for late withdrawal until day 8 with the HV's visit that day. {DZP_FEED}",
    "a stopped plan with its replacement in the sentence",
    greek,
)
ok(
    "rl-quet-hv-covered-by-colleague",
    RL,
    "quet",
    f"{QUET_HEAD} {QUET_RULE} The usual HV is on leave and is covered by Amy Khan, who checks the crib at every "
    "visit to 8 weeks.",
    "a holder covered by a named successor",
)
ok(
    "rl-fo-sw-deputising",
    RL,
    "fo",
    f"{FO} While Leanne Moss is away, Tom Hale is deputising as social worker and holds the plan with the carer.",
    "a deputy named for the social worker",
)
ok(
    "rl-meth-keyworker-left-in-her-place",
    RL,
    "meth",
    f"{METH} Her keyworker has left the drug service; Sam Patel works in her place and holds the dose plan.",
    "a leaver with the successor in the sentence",
)
bad(
    "rl-dzp-visits-stopped-none-replaced",
    RL,
    "dzp",
    f"{DZP_NOWATCH} The HV's late-withdrawal visits were stopped and no one has replaced them.",
    "the watch stopped with nothing in its place",
)
bad(
    "rl-quet-hv-left",
    RL,
    "quet",
    f"{QUET_HEAD} {QUET_RULE} The crib is checked at each visit by the HV, who has left the service.",
    "the crib check held by a leaver with no successor",
)

# ------------------------------------------------------------------------------ more near misses that must pass
ok(
    "lv-lith-never-longer-than-four-weeks",
    LV,
    "lith",
    f"{LITH_HEAD} Her levels are never left longer than four weeks apart: monthly now, weekly from 36 weeks and "
    f"within 24 hours of the birth. {LITH_TAIL}",
    "'never' bounding the gap between levels",
    cyr,
)
ok(
    "lv-lith-levels-go-on-after-birth",
    LV,
    "lith",
    f"{LITH} After the birth, levels go on weekly for the first month and then monthly, with the perinatal team.",
    "levels after the birth added to the antenatal schedule",
)
ok(
    "lv-lo-past-forty-weeks-twice-weekly",
    LV,
    "lo",
    f"{LO} If she goes past 40 weeks, levels are taken twice a week until delivery.",
    "a term schedule added to the one from 36 weeks",
    bidi,
)
ok(
    "lv-lith-sodium-not-needed",
    LV,
    "lith",
    f"{LITH} A sodium level is not needed unless she becomes dehydrated in labour.",
    "another analyte's level ruled out",
)
ok(
    "ho-meth-feeding-her-choice",
    HO,
    "meth",
    f"{METH_HEAD} {METH_WATCH} Breastfeeding is her choice, and it is encouraged: methadone passes into milk only "
    f"in small amounts. {METH_SLEEP}",
    "'her choice' with the advice given",
)
ok(
    "ho-mo-in-line-with-guideline-with-acts",
    HO,
    "mo",
    "Methadone and sertraline carry on at today's doses. The baby is managed in line with the local neonatal "
    "abstinence guideline: the ward midwives score it four-hourly for 72 hours and the HV looks for late signs "
    "until day 8. Breastfeeding supported. No co-sleeping because of methadone sedation; the social worker and "
    "HV see the cot before discharge.",
    "'managed in line with' a guideline followed by what is done",
    greek,
)
ok(
    "rm-quet-midwife-phones-hv-visits",
    RM,
    "po",
    f"{PO} The midwife phoned Chloe on day 6 about feeding; the HV's new birth visit in person was on day 10.",
    "a call about feeding beside a visit in person",
)
ok(
    "rm-dzp-sw-video-with-carer",
    RM,
    "fo",
    f"{FO} The social worker has a weekly video call with the foster carer about the plan and visits the placement "
    "each fortnight.",
    "a video call about the plan, visits in person",
)
ok(
    "as-lith-wish-to-stop-set-aside",
    AS,
    "lith",
    f"{LITH} Her wish to stop lithium before the birth was set aside after we talked it through; she agrees to "
    "continue.",
    "a wish to stop set aside, lithium continues",
)
ok(
    "hm-quet-daniel-home-with-brother",
    HM,
    "quet",
    f"{QUET} On the nights he works late, Daniel goes home with his brother; the baby stays with Chloe.",
    "the partner named going with a relative, outside a placement",
)
ok(
    "hm-fo-court-decides-baby-stays",
    HM,
    "fo",
    f"{FO} Where the baby lives after the placement is for the court; until then the baby stays with Sandra and "
    "Kayleigh at the placement.",
    "the baby staying in the placement",
    cyr,
)
ok(
    "dt-po-six-week-check-monday",
    DT,
    "po",
    f"{PO} The GP sees Chloe and the baby at the 6-week check on Monday 29 June.",
    "the 6-week check on its right Monday",
)
ok(
    "dt-dzp-six-week-review-date",
    DT,
    "dzp",
    f"{DZP} The 6-week review with the GP is on Monday 20 July.",
    "the 6-week review dated right without a year",
)
ok(
    "dt-quet-tuesday-day-fifteen",
    DT,
    "quet",
    f"{QUET} The HV visits on Tuesday 2 June, day 15; Tuesday's visit looks at the crib again.",
    "a weekday and day of life that agree, then 'Tuesday's visit'",
)
ok(
    "fm-quet-as-tablets-comma",
    FM,
    "quet",
    "Daniel's quetiapine, as three 100 mg tablets, is taken at night and leaves him very hard to wake for hours. "
    f"{QUET_RULE} {QUET_CRIB}",
    "a form after a comma that fits the listed tablets",
    cyr,
)
ok(
    "cn-po-roughly-three-hourly-feeds",
    CN,
    "po",
    f"{PO} The baby feeds roughly 3-hourly, about eight feeds a day, breast in the day and a bottle from Chloe at "
    "night.",
    "approximate interval and count",
    greek,
)
ok(
    "cn-dzp-three-to-four-hourly",
    CN,
    "dzp",
    f"{DZP} The foster carer feeds the baby every three to four hours, six to eight bottles in 24 hours.",
    "a range of intervals with its range of counts",
)
ok(
    "wt-po-no-neonatal-obs-not-exposed",
    WT,
    "po",
    f"{PO} The baby needs no neonatal observation for the quetiapine, having never been exposed to it.",
    "no watch where the medicine is the father's and the baby is not exposed",
    zwsp,
)
ok(
    "wt-cit-no-nas-scoring-adaptation-watch",
    WT,
    "cit",
    f"{CIT_HEAD} No opioid NAS scoring is needed, but the midwife watches the baby for 48 hours for jitteriness, "
    f"poor feeding and fast breathing, with a paediatric review if it persists. {CIT_FEED} {CIT_MOOD}",
    "one kind of watch ruled out, the planned adaptation watch kept",
)
ok(
    "pl-cit-old-tablets-replaced",
    PL,
    "cit",
    f"{CIT} Her old 10 mg tablets are stopped and replaced by one 20 mg tablet, the same dose.",
    "a pack stopped and replaced, the medicine continues",
)
ok(
    "fd-cit-breastfeed-as-compatible",
    FD,
    "cit",
    f"{CIT_HEAD} {CIT_WATCH} She will breastfeed, as citalopram is compatible with it in this dose. {CIT_MOOD}",
    "a breastfeeding plan with its reason in a breastfed record",
    cyr,
)
ok(
    "fd-lith-bottle-as-not-advised",
    FD,
    "lo",
    f"{LO_HEAD} {LO_LEVELS} Paediatric review of the baby after the birth. She will bottle feed, as breastfeeding "
    "is not advised on lithium. The perinatal mental health team sees her within a week of delivery.",
    "a bottle plan with its reason",
)
ok(
    "hr-valp-no-safe-dose",
    HR,
    "valp",
    f"{VALP} There is no safe dose of valproate in pregnancy, which is why neurology sees her urgently.",
    "a negation of safety, not of harm",
    shy,
)
ok(
    "hr-vo-scan-cannot-rule-out",
    HR,
    "vo",
    f"{VO} A normal scan cannot rule out every harm to the baby, including later learning difficulties.",
    "harm not denied but kept open",
)
ok(
    "sl-meth-own-bed-cot-beside",
    SL,
    "meth",
    f"{METH_HEAD} {METH_WATCH} {METH_FEED} Jodie sleeps in her own bed and the baby in the cot beside it, never "
    "in her bed or on the sofa; the HV sees this at the first home visit.",
    "her bed hers alone, the baby in a cot",
)
ok(
    "sl-quet-daniel-spare-bed",
    SL,
    "quet",
    f"{QUET_HEAD} He does no night feeds after his dose. On dose nights Daniel sleeps in the spare bed, and the baby "
    "stays in the next-to-me crib by Chloe; the HV checks it at every visit.",
    "the sedated father in another bed",
)
ok(
    "ct-fo-could-change-court",
    CT,
    "fo",
    f"{FO} It could all change if the court ends the placement, in which case the social worker gives the new "
    "carer this sleep and watch plan the same day.",
    "a contingency naming what happens instead",
)
ok(
    "ct-cit-may-change-if-unwell",
    CT,
    "co",
    f"{CO} This could still change if her mood drops, in which case the GP refers her to the perinatal team that week.",
    "a contingency with an aside and its alternative",
    greek,
)
ok(
    "rl-po-hv-in-her-place",
    RL,
    "po",
    f"{PO} Joanna Price has moved team; Amy Khan is the HV in her place and keeps the crib checks.",
    "a moved holder with her successor",
)
ok(
    "rl-meth-midwife-covered",
    RL,
    "meth",
    f"{METH} Anna Lowe, the community midwife, is on leave in April and is covered by Ruth Ellis for the 36-week "
    "visit.",
    "a midwife's leave covered by a named colleague",
)
bad(
    "lv-lith-levels-never-needed",
    LV,
    "lith",
    f"{LITH_NOLEV} Her lithium levels are never needed in pregnancy.",
    "the planned levels ruled out with 'never'",
)
bad(
    "wt-quet-no-crib-checks-needed",
    WT,
    "quet",
    f"{QUET_HEAD} {QUET_RULE} No crib checks are needed by the HV.",
    "the HV's planned checks of the sleeping place dropped",
)
bad(
    "sl-po-baby-in-their-bed",
    SL,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night, but the baby may "
    "sleep in their bed between them. The HV keeps checking the sleeping place.",
    "the baby in the bed with the sedated father",
)
bad(
    "fd-lith-breastfeed-since-safe",
    FD,
    "lo",
    f"{LO_HEAD} {LO_LEVELS} Paediatric review of the baby after the birth. She will breastfeed, since lithium is "
    "safe in milk. The perinatal mental health team sees her within a week of delivery.",
    "a breastfeeding plan against a bottle-fed record and the item's advice",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F136CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F136CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F136CASES):3}"
    )
