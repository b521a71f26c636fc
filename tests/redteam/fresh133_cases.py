"""A hundred-and-thirty-third independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against this stop's readings (the newest entries of CHANGELOG.md's Fixed list).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is good, complete work that legitimately uses the surfaces the newest readings refuse (must
pass), each paired with a near miss that really is defective (must refuse):

* ``consent``: short statements of consent as the justification; against ticks and bare affirmations;
* ``sleep``: a feed in bed sitting up, a sedated partner with a safe plan; against sleep granted to a sedated carer;
* ``placement``: the baby going home with a relative after the court decides; against it told as gone already;
* ``feeding``: breastfeeding stopped and now formula; against breastfeeding told as now in a bottle-fed record;
* ``dates``: ages, EDDs, day-N checks and bookings that match the record; against ones that clash;
* ``levels``: lithium levels planned; against levels ruled out; trimesters and counts a day both ways;
* ``closings``: authorship checked, contingencies with what happens instead, nothing changed; against the whole
  disowned, undiscussed, unchecked, on hold;
* ``pointers``: another baby's care compared and the care written out; against the care only copied;
* ``holders``: successors named, real conditions, cancelled plans replaced; against holders gone, conditions that
  never hold, the baby holding its own watch, plans cancelled with nothing in their place;
* ``forms``: an eye drop or nasal spray listed as its own medicine; against tablets or liquids given as one;
* ``copies``: a second copy's address to be confirmed by a named person; against the only copy still unaddressed;
* ``hedges``: questions answered with the plan; against questions answered only by a hedge;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh133_cases`` for the counts per category.
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

F133CASES: list[Case] = []

CATEGORIES = (
    "consent",
    "sleep",
    "placement",
    "feeding",
    "dates",
    "levels",
    "closings",
    "pointers",
    "holders",
    "forms",
    "copies",
    "hedges",
    "disguise",
)

CS, SL, PL, FD, DT, LV, CL, PT, HD, FM, CP, HG, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F133CASES.append(Case(f"f133-{name}", category, expect, base, mutate, why))


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
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
    "njust": (N, _at("lawful_basis.justification")),
    "pjust": (P, _at("lawful_basis.justification")),
    "vjust": (V, _at("lawful_basis.justification")),
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


def on(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, expect, base, mutate, why)


# Complete bodies written afresh for this batch; each case adds its own point to one of them.
METH_HEAD = "Methadone 60 mg once daily, supervised, stays as it is through pregnancy and after."
METH_WATCH = (
    "The ward midwives score the baby for withdrawal for at least 72 h after birth, and the health visitor checks "
    "for late signs until day 8."
)
METH_FEED = "She is encouraged to breastfeed."
METH_SLEEP = (
    "She is sleepy after each dose, so the baby never sleeps in her bed or on the sofa; the cot is by her bed and "
    "the HV checks it on the first visit."
)
METH = " ".join((METH_HEAD, METH_WATCH, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg once daily continues: relapse of her depression is the bigger risk to her and the baby. The "
    "midwives watch the baby for 48 h for adaptation signs (jittery, poor feeding, fast breathing); breastfeeding "
    "is fine on sertraline; the GP reviews her mood at the 6-week check."
)
MO = (
    "Methadone and sertraline go on at the same doses. The baby stays 72 h on the postnatal ward for withdrawal and "
    "adaptation scoring, then the HV watches to day 8. Breastfeeding is encouraged. Methadone makes her drowsy, so "
    "the baby sleeps only in the cot, never in her bed or on the sofa; the HV checks at the first visit."
)
LITH_HEAD = "Lithium 800 mg at night (Priadel) continues, as stopping risks a relapse of her bipolar disorder."
LITH_LEVELS = "Levels every 4 weeks, weekly from 36 weeks and within 24 h of birth, taken by the perinatal team."
LITH_BABY = (
    "Paediatric review after birth, with ward observation for floppiness and poor feeding. She will bottle feed, "
    "as lithium passes into breast milk."
)
LITH = " ".join((LITH_HEAD, LITH_LEVELS, LITH_BABY))
VALP_HEAD = (
    "Sodium valproate 500 mg twice a day goes on until the neurologist sees her this week, since a sudden stop "
    "risks seizures."
)
VALP_TAIL = (
    "The risk of malformations and later learning problems has been explained; the maternity unit books the "
    "detailed anomaly scan at 20 weeks. Folic acid 5 mg daily continues."
)
DZP_HEAD = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue; the GP starts a slow diazepam "
    "reduction at the 6-week review."
)
DZP_SLEEP = (
    "Both make Kayleigh drowsy, so she never sleeps with the baby on a bed, sofa or armchair and never feeds lying "
    "down; the foster carer does the night feeds."
)
DZP_WATCH = "The foster carer and HV watch the baby for late withdrawal to day 8."
DZP_FEED = "The baby is bottle fed."
DZP = " ".join((DZP_HEAD, DZP_SLEEP, DZP_WATCH, DZP_FEED))
QUET_HEAD = "Daniel's quetiapine 300 mg at night makes him hard to wake until morning."
QUET_SAFE = (
    "He does no night feeds and never sleeps with the baby in a bed, on a sofa or in a chair. Chloe, who takes no "
    "sedating medicine, does the nights and the baby sleeps in the crib beside her; the HV checks this at each "
    "visit to 8 weeks."
)
QUET = QUET_HEAD + " " + QUET_SAFE
PO = (
    "Daniel's quetiapine 300 mg at night sedates him, so he does no night feeds and never sleeps with the baby on a "
    "bed, sofa or chair; Chloe does the nights and the baby sleeps in its crib. Chloe's paracetamol is fine with "
    "her feeds. The HV checks sleeping at every visit to 8 weeks."
)

# ---------------------------------------------------------------------------------------------------- consent
ok("cs-n-consent-obtained", CS, "njust", "Consent obtained.", "a short statement of the consent itself", cyr)
ok("cs-p-verbally-agreed-both", CS, "pjust", "Verbally agreed by both parents at the review.",
   "who agreed and how")
ok("cs-v-she-consented-today", CS, "vjust", "She consented to this sharing today.", "a short statement of consent")
ok("cs-n-agreed-with-midwife", CS, "njust", "Agreed with Aisha at the postnatal medication review.",
   "who agreed and when")
ok("cs-p-written-consent", CS, "pjust", "Written consent given by Chloe and Daniel.", "written consent, by whom",
   zwsp)
bad("cs-n-tick", CS, "njust", "Ticked.", "a tick says nothing of the consent", cyr)
bad("cs-p-y", CS, "pjust", "Y", "a bare letter as the justification")
bad("cs-v-done", CS, "vjust", "Done.", "a bare affirmation")
bad("cs-n-as-per-notes", CS, "njust", "As per notes.", "a pointer elsewhere, nothing of the consent")
bad("cs-p-ok-thanks", CS, "pjust", "OK thanks", "filler as the justification", shy)

# ---------------------------------------------------------------------------------------------------- sleep
ok("sl-quet-fed-in-bed-sitting-up", SL, "quet",
   QUET_HEAD + " He does no night feeds. Chloe may feed the baby in bed sitting up, then puts the baby back in the "
   "crib beside her; the baby never sleeps in a bed, on a sofa or in a chair with Daniel. The HV checks this at "
   "each visit to 8 weeks.",
   "a feed in bed sitting up by the unsedated mother, then back in the crib", greek)
ok("sl-quet-bottle-before-dose", SL, "quet",
   QUET_HEAD + " He may give the 7 pm bottle before he takes his dose, and never after it. " + QUET_SAFE,
   "a modal granting a feed before the sedating dose, not sleep")
ok("sl-dzp-carer-may-settle", SL, "dzp",
   DZP_HEAD + " Both make Kayleigh drowsy, so she never sleeps with the baby on a bed, sofa or armchair and never "
   "feeds lying down. The foster carer, who takes no sedating medicine, may settle the baby in the cot in her "
   "own room at night and does the night feeds. " + DZP_WATCH + " " + DZP_FEED,
   "a modal granting cot settling to the unsedated carer")
ok("sl-po-fine-once-in-crib", SL, "po",
   "Daniel's quetiapine 300 mg at night sedates him, so he does no night feeds and never sleeps with the baby on "
   "a bed, sofa or chair. The baby is fine once settled in its own crib beside Chloe, who does the nights. Chloe's "
   "paracetamol is fine with her feeds. The HV checks sleeping at every visit to 8 weeks.",
   "'fine once' about the crib, not about sharing sleep")
ok("sl-meth-can-take-to-cot", SL, "meth",
   " ".join((METH_HEAD, METH_WATCH, METH_FEED)) + " She is sleepy after each dose, so after a night feed she can "
   "take the baby straight back to the cot by her bed, never into her bed or onto the sofa; the HV checks the cot "
   "on the first visit.",
   "a modal granting the cot, sharing ruled out")
bad("sl-quet-may-have-in-bed", SL, "quet",
    QUET_HEAD + " He may have the baby in bed with him after his evening dose if Chloe is tired. The HV visits at 8 "
    "weeks.",
    "bed sharing granted to the sedated father", cyr)
bad("sl-dzp-fine-once-settled", SL, "dzp",
    DZP_HEAD + " Co-sleeping with Kayleigh is fine once the baby has settled after the last feed. " + DZP_WATCH
    + " " + DZP_FEED,
    "co-sleeping judged fine for a sedated mother")
bad("sl-meth-can-bring-into-bed", SL, "meth",
    " ".join((METH_HEAD, METH_WATCH, METH_FEED)) + " After her morning dose she can bring the baby into her bed for "
    "a nap.",
    "bed sharing after a sedating dose granted by a modal")

# ---------------------------------------------------------------------------------------------------- placement
ok("pl-dzp-grandmother-after-court", PL, "dzp",
   DZP + " Both stay in the placement until the court decides at the hearing next month; if the court agrees, the "
   "baby then goes home with her grandmother and the HV takes the plan there.",
   "going home with a relative only after the court decides", bidi)
ok("pl-dzp-grandmother-assessed", PL, "dzp",
   DZP + " The social worker is assessing the grandmother as a carer; the baby stays in the placement meanwhile.",
   "a relative assessed, the baby still placed")
bad("pl-dzp-went-home-aunt", PL, "dzp",
    DZP_HEAD + " " + DZP_SLEEP.replace("the foster carer does the night feeds", "her aunt does the night feeds")
    + " The baby went home with her aunt on day 3. " + DZP_FEED,
    "the baby told as gone home with a relative in a foster placement")
bad("pl-dzp-living-with-nan", PL, "dzp",
    DZP + " The baby has gone home with her nan, who now does all the feeds.",
    "the baby told as gone home with a relative", greek)

# ---------------------------------------------------------------------------------------------------- feeding
ok("fd-dzp-stopped-now-formula", FD, "dzp",
   DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " She breastfed for the first two days, then stopped; the baby "
   "is now fully on formula.",
   "breastfeeding stopped and now formula, matching a bottle-fed record", zwsp)
ok("fd-dzp-not-breastfed", FD, "dzp",
   DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " The baby is not breastfed, so the medicines in milk need no "
   "advice.",
   "breastfeeding negated, matching the record")
ok("fd-dzp-breastfeeding-general", FD, "dzp",
   DZP + " Had she chosen to breastfeed, both medicines would have needed a watch for drowsiness.",
   "breastfeeding as a counterfactual")
bad("fd-dzp-breastfeeds-on-demand", FD, "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " She breastfeeds the baby on demand during the day.",
    "breastfeeding told as now in a bottle-fed record")
bad("fd-dzp-baby-is-breastfed", FD, "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " The baby is exclusively breastfed by Kayleigh.",
    "breastfed now against the record", cyr)

# ---------------------------------------------------------------------------------------------------- dates
ok("dt-meth-edd-matches", DT, "meth", METH + " EDD 15/05/2026; the maternity unit knows the plan.",
   "an EDD written as a full date that matches", fw)
ok("dt-lith-due-date-words", DT, "lith", LITH + " She is due on 26 August 2026.", "the EDD in words that matches")
ok("dt-cit-edd-with-basis", DT, "cit",
   "Citalopram 20 mg daily goes on; EDD 06/04/2026 by scan. The midwife watches the baby for 48 h after birth "
   "for jitteriness, poor feeding and fast breathing; breastfeeding is supported; GP mood review at 6 weeks.",
   "an EDD matching the record")
bad("dt-meth-edd-month-out", DT, "meth", METH + " EDD 15/06/2026; the maternity unit knows the plan.",
    "an EDD a month from the record's")
bad("dt-lith-due-wrong", DT, "lith", LITH + " She is due on 26 October 2026.", "an EDD two months out", shy)
ok("dt-quet-age-ten-days", DT, "quet", QUET_HEAD + " The baby, now 10 days old, is feeding well. " + QUET_SAFE,
   "the baby's age matches the delivery date")
ok("dt-quet-age-eleven-days", DT, "quet", QUET + " The baby is 11 days old today and feeding well.",
   "an age within three days of the dates")
bad("dt-quet-age-three-weeks", DT, "quet", QUET_HEAD + " The baby, now 24 days old, is feeding well. " + QUET_SAFE,
    "an age two weeks past the dates")
bad("dt-dzp-age-eleven-days", DT, "dzp", DZP + " The baby is 11 days old today.",
    "an age a week past the dates", greek)
ok("dt-po-day-14-visit", DT, "po", PO + " The HV's day-14 visit is on 1 June.", "a day-N visit dated from the birth")
bad("dt-po-day-14-visit-wrong", DT, "po", PO + " The HV's day-14 visit is on 12 June.",
    "a day-N visit dated eleven days off")
ok("dt-po-booking-next-pregnancy", DT, "po",
   PO + " Before any next pregnancy the GP will discuss the plan again, with early booking for her next pregnancy.",
   "a booking for her next pregnancy in a postnatal record")
bad("dt-po-booking-next-week", DT, "po", PO + " Her booking visit with the midwife is next week.",
    "a booking visit planned in a postnatal record", cyr)
ok("dt-quet-crib-before-baby-after", DT, "quet",
   QUET + " The HV saw the crib set up on 10/05/2026, before the birth, and the baby asleep in it on 26/05/2026.",
   "the crib before the birth, the baby in it after")
bad("dt-quet-baby-in-crib-before-birth", DT, "quet",
    QUET + " The HV saw the baby asleep in the crib on 10/05/2026.", "the baby told as there before its birth")

# ---------------------------------------------------------------------------------------------------- levels
ok("lv-lith-levels-after-named", LV, "lith",
   "Lithium 800 mg at night (Priadel) goes on. Levels are checked every 4 weeks, weekly from 36 weeks and within "
   "24 h of birth by the perinatal team, as stopping risks a relapse. " + LITH_BABY,
   "levels told after lithium is named, with a plan", bidi)
ok("lv-lith-sodium-too", LV, "lith",
   LITH + " Sodium and kidney function are checked with each level.", "other analytes checked beside levels")
bad("lv-lith-no-levels", LV, "lith",
    LITH_HEAD + " Levels will not be checked again before delivery. " + LITH_BABY,
    "lithium levels ruled out in pregnancy")
bad("lv-lith-levels-never", LV, "lith",
    LITH_HEAD + " Levels are never needed at this dose. " + LITH_BABY, "levels never taken", zwsp)
ok("lv-valp-first-trimester-eight", LV, "valp",
   VALP_HEAD + " The baby has been exposed in the first trimester, now at 8 weeks. " + VALP_TAIL,
   "a trimester and week that agree")
bad("lv-valp-first-trimester-sixteen", LV, "valp",
    VALP_HEAD + " The baby will be exposed through the first trimester to 16 weeks. " + VALP_TAIL,
    "a first trimester running to 16 weeks")
ok("lv-quet-feeds-about-eight", LV, "quet", QUET + " The baby feeds every 3 hours, about eight times a day.",
   "'about N times a day' that fits the interval")
bad("lv-quet-feeds-about-thirty", LV, "quet", QUET + " The baby feeds every 3 hours, thirty times a day.",
    "a count a day the interval cannot give")

# ---------------------------------------------------------------------------------------------------- closings
ok("cl-meth-fy2-checked", CL, "meth", METH + " Written by the FY2 and checked by me.",
   "a trainee's draft checked by the author", cyr)
ok("cl-mo-none-changes-plan", CL, "mo", MO + " She asked about reducing; none of this changes the plan.",
   "'none of this changes the plan'")
ok("cl-mo-discussed-with-her", CL, "mo", MO + " All of this was discussed with her and she agrees.",
   "all discussed, the opposite of the defect")
ok("cl-meth-contingency-instead", CL, "meth",
   METH + " It may all be different if she delivers before 34 weeks, in which case the neonatal unit scores the "
   "baby instead.",
   "a contingency naming what happens instead")
ok("cl-mo-stand-behind", CL, "mo", MO + " I stand behind this plan and have told the drug service.",
   "the author owns the plan")
ok("cl-sert-reviewed-today", CL, "sert", SERT + " Carried over from the booking letter and reviewed today.",
   "carried over and reviewed")
ok("cl-lith-plan-above-starts", CL, "lith", LITH + " The plan above starts today.", "the plan above started")
bad("cl-mo-never-reviewed", CL, "mo", MO + " All of the above was copied from 2024 and never reviewed.",
    "the whole unreviewed", greek)
bad("cl-meth-none-discussed", CL, "meth", METH + " None of this was discussed with her.",
    "the whole undiscussed")
bad("cl-sert-generated", CL, "sert", SERT + " Generated by the template assistant; not checked by a clinician.",
    "machine-drafted and unchecked")
bad("cl-lith-not-my-assessment", CL, "lith", LITH + " This is not my assessment.", "the whole disowned")
bad("cl-mo-rough-notes", CL, "mo", MO + " These are rough notes only.", "the whole called rough notes", shy)
bad("cl-meth-may-all-differ", CL, "meth", METH + " It may all be different if she labours early.",
    "the whole taken back under a condition, nothing in its place")
bad("cl-mo-dont-stand-behind", CL, "mo", MO + " I do not stand behind this plan.", "the author disowns the plan")
bad("cl-lith-plan-above-hold", CL, "lith", LITH + " The plan above is on hold.", "the whole plan on hold")

# ---------------------------------------------------------------------------------------------------- pointers
ok("pt-meth-as-sister-written-out", PT, "meth",
   METH_HEAD + " Her sister's baby was managed the same way last year: " + METH_WATCH + " " + METH_FEED + " "
   + METH_SLEEP,
   "a comparison followed by the care written out", fw)
ok("pt-dzp-like-first-baby", PT, "dzp",
   DZP + " This is the plan that worked for her first baby.", "a comparison beside a complete plan")
bad("pt-meth-exactly-as-sister", PT, "meth",
    METH_HEAD + " The baby is to be managed exactly as her sister's baby was.", "the care only copied from another")
bad("pt-dzp-as-previous", PT, "dzp",
    DZP_HEAD + " The baby will be looked after exactly as her previous baby was.", "the care borrowed", cyr)

# ---------------------------------------------------------------------------------------------------- holders
ok("hd-meth-midwife-replaced", HD, "meth",
   " ".join((METH_HEAD, "The community midwife who replaced Sue Barker when she retired sees her weekly; the ward "
   "midwives score the baby for 72 h after birth and the HV checks for late signs until day 8.", METH_FEED,
   METH_SLEEP)),
   "a successor named for a retired holder", greek)
bad("hd-meth-midwife-retired", HD, "meth",
    " ".join((METH_HEAD, "Sue Barker, who has retired, scores the baby for 72 h after birth and checks for late "
    "signs until day 8.", METH_FEED, METH_SLEEP)),
    "the watch held by a midwife who retired")
ok("hd-dzp-sw-left-cover", HD, "dzp",
   DZP + " The previous social worker has left; Leanne Moss now holds the case and checks the cot.",
   "a departure with the successor named")
ok("hd-meth-if-stops-restarts", HD, "meth",
   METH + " If she stops methadone, the drug service restarts it and the ward scores the baby as planned.",
   "a plain condition with the plan held")
bad("hd-meth-only-if-stops-today", HD, "meth",
    METH_HEAD + " The ward midwives score the baby for 72 h only if she stops methadone today. " + METH_FEED + " "
    + METH_SLEEP,
    "the watch gated on a stop the text says will not happen")
ok("hd-cit-born-early", HD, "cit",
   "Citalopram 20 mg daily continues. If the baby is born before 37 weeks the paediatric team reviews it on the "
   "neonatal unit; otherwise the midwife watches for 48 h for adaptation signs. Breastfeeding is supported; GP "
   "mood review at 6 weeks.",
   "a real condition about an early birth")
bad("hd-cit-born-before-conceived", HD, "cit",
    "Citalopram 20 mg daily continues. The midwife watches the baby for adaptation signs only if the baby is born "
    "before she conceived. Breastfeeding is supported; GP mood review at 6 weeks.",
    "a condition that can never hold", zwsp)
ok("hd-sert-fine-midwife-tells", HD, "sert",
   SERT + " The baby will most likely be fine, and the midwife will let us know if the scores rise.",
   "reassurance with a watcher named")
bad("hd-sert-baby-lets-us-know", HD, "sert",
    "Sertraline 100 mg once daily continues: relapse is the bigger risk. The baby will be fine on it and will let "
    "us know if anything is wrong. Breastfeeding is fine; GP mood review at 6 weeks.",
    "the baby holding its own watch")
ok("hd-po-visit-cancelled-replaced", HD, "po",
   PO.replace("The HV checks sleeping at every visit to 8 weeks.", "The HV's first visit was cancelled; the "
   "community midwife has replaced it with a home visit on day 12 and checks the crib, and the HV sees them at "
   "every later visit to 8 weeks."),
   "a cancelled visit with its replacement named")
bad("hd-po-visit-cancelled-none", HD, "po",
    PO.replace("The HV checks sleeping at every visit to 8 weeks.", "The HV visits to check sleeping were "
    "cancelled and no one has replaced them."),
    "the only sleep check cancelled, nothing in its place", cyr)

# ---------------------------------------------------------------------------------------------------- forms
EYE = "med-eye"


def n_med(mid: str, name: str, dose: str) -> Mutation:
    reason = "Used on the eye or in the nose; so little is absorbed that it raises no concern in breastfeeding."
    return add_medicine(
        medicine(mid, name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), not_of_concern_reason=reason)
    )


on("fm-n-hypromellose-eye-drops", FM, PASS, N,
   n_med(EYE, "Hypromellose 0.3% eye drops", "One drop into both eyes four times a day"),
   "a lubricating eye drop listed as its own medicine")
on("fm-n-saline-nasal-spray", FM, PASS, N,
   n_med("med-nasal", "Sodium chloride 0.9% nasal spray", "One spray into each nostril as needed"),
   "a saline nasal spray as its own medicine")
on("fm-n-carbomer-eye-gel", FM, PASS, N,
   n_med(EYE, "Carbomer 980 0.2% eye gel", "One drop into each eye three times a day, as eye drops"),
   "an eye gel used as eye drops")
on("fm-n-paracetamol-nasal-spray", FM, REFUSE, N,
   set_("medicines#med-paracetamol.dose", "1 g as a nasal spray up to four times a day"),
   "tablets given as a nasal spray")
on("fm-n-lactulose-eye-drops", FM, REFUSE, N,
   set_("medicines#med-lactulose.dose", "15 ml as eye drops twice a day"),
   "an oral solution given as eye drops")
on("fm-n-lactulose-ear-drops", FM, REFUSE, N,
   set_("medicines#med-lactulose.dose", "15 ml twice a day as ear drops"),
   "an oral solution given as ear drops")

# ---------------------------------------------------------------------------------------------------- copies
FOSTER_HANDOVER = (
    "Printed copy handed to the foster carer at the discharge planning meeting on the postnatal ward, 2026-06-12, "
    "and its contents explained."
)
on("cp-f-second-copy-tbc-named", CP, PASS, F,
   set_("recipients#rcp-foster-carer.route.description",
        FOSTER_HANDOVER + " A second copy goes to the respite carer; address TBC by Leanne Moss, social worker."),
   "a second copy's address held by a named person beside a complete hand-over")
on("cp-f-second-copy-tbc-role", CP, PASS, F,
   set_("recipients#rcp-foster-carer.route.description",
        FOSTER_HANDOVER + " Second copy for the relief carer: address to be confirmed by the fostering team."),
   "a second copy's address held by a role")
on("cp-f-only-copy-tbc", CP, REFUSE, F,
   set_("recipients#rcp-foster-carer.route.description",
        "Printed copy to be posted to the foster carer; address TBC by Leanne Moss."),
   "the only hand-over not done, address still to confirm")
on("cp-f-second-copy-tbc-no-one", CP, REFUSE, F,
   set_("recipients#rcp-foster-carer.route.description",
        "Printed copy to be handed to the foster carer at some point; address TBC."),
   "the route's only hand-over unaddressed and held by no one")

# ---------------------------------------------------------------------------------------------------- hedges
ok("hg-lith-levels-question-answered", HG, "lith",
   LITH_HEAD + " Levels? Yes: every 4 weeks, weekly from 36 weeks and within 24 h of birth, by the perinatal "
   "team. " + LITH_BABY,
   "a question answered with the plan", shy)
ok("hg-sert-feeding-likely", HG, "sert",
   "Sertraline 100 mg once daily continues: relapse is the bigger risk to her and the baby. Feeding? Likely fine: "
   "very little reaches breast milk and she is encouraged to breastfeed. The midwives watch the baby for 48 h for "
   "jitteriness and poor feeding; GP mood review at 6 weeks.",
   "a question answered with 'likely' and its reason")
bad("hg-lith-levels-possibly", HG, "lith", LITH_HEAD + " Levels? Possibly. " + LITH_BABY,
    "the levels question answered only by a hedge")
bad("hg-sert-feeding-not-sure", HG, "sert",
    "Sertraline 100 mg once daily continues: relapse is the bigger risk. The midwives watch the baby for 48 h for "
    "jitteriness. Breastfeeding? Unsure.",
    "the feeding question answered only by a hedge", fw)

# ---------------------------------------------------------------------------------------------------- more near misses
# consent
ok("cs-n-consented-at-review", CS, "njust", "Aisha consented at the review on 9 April.", "who and when")
ok("cs-v-agreed-with-neurology", CS, "vjust", "She agreed to share with maternity and neurology.",
   "with whom she agreed")
ok("cs-p-both-parents-consent", CS, "pjust", "Both parents consented in person.", "who consented and how", fw)
ok("cs-n-verbal-consent", CS, "njust", "Verbal consent given by Aisha.", "a short statement of consent")
# sleep
ok("sl-po-partner-safe-plan", SL, "po",
   "Daniel's quetiapine 300 mg at night makes him very drowsy, so the plan is simple: Chloe does every night feed, "
   "the baby sleeps in the crib by her side, and Daniel never naps with the baby on the sofa or in bed. Chloe's "
   "paracetamol is fine with her feeds. The HV checks sleeping at every visit to 8 weeks.",
   "a partner's sedating medicine with a safe plan", cyr)
ok("sl-dzp-may-hold-awake", SL, "dzp",
   DZP_HEAD + " Both make Kayleigh drowsy: she may hold and feed the baby in the day while the foster carer is "
   "with her, but never sleeps with the baby on a bed, sofa or armchair and never feeds lying down; the foster "
   "carer does the night feeds. " + DZP_WATCH + " " + DZP_FEED,
   "a modal granting awake care, sleep sharing ruled out")
ok("sl-meth-cot-is-fine", SL, "meth",
   " ".join((METH_HEAD, METH_WATCH, METH_FEED)) + " She is sleepy after each dose; the cot by her bed is fine, but "
   "the baby is never in her bed or on the sofa with her, and the HV checks on the first visit.",
   "'is fine' about the cot")
ok("sl-quet-daytime-bottle-allowed", SL, "quet",
   QUET_HEAD + " He can give bottles in the afternoon when he is fully awake. " + QUET_SAFE,
   "a modal granting awake daytime feeds")
# placement
ok("pl-dzp-grandmother-visits", PL, "dzp",
   DZP + " Her grandmother visits the placement daily and helps with the day feeds under the foster carer's eye.",
   "a relative visiting the placement")
ok("pl-dzp-home-after-hearing", PL, "dzp",
   DZP + " After the final hearing the plan is for the baby to go home with her grandmother; the social worker "
   "passes this plan to the grandmother's HV then.",
   "going home with a relative planned after the hearing", zwsp)
# feeding
ok("fd-dzp-tried-breastfeeding", FD, "dzp",
   DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " Kayleigh tried breastfeeding on the ward but chose formula; "
   "the baby is bottle fed by her and the foster carer.",
   "breastfeeding tried and stopped, now bottle", greek)
ok("fd-lith-bottle-planned", FD, "lith",
   LITH_HEAD + " " + LITH_LEVELS + " Paediatric review after birth, with ward observation for floppiness and poor "
   "feeding. She has chosen formula from birth because lithium passes into breast milk; the midwife supports "
   "this.",
   "formula planned in a bottle-feeding record")
# dates
ok("dt-meth-edd-long", DT, "meth", METH + " Due on 15 May 2026; the maternity unit has the plan.",
   "an EDD in words that matches", zwsp)
ok("dt-valp-edd-matches", DT, "valp",
   VALP_HEAD + " The baby has been exposed in the first trimester. " + VALP_TAIL + " EDD 30/12/2026 by dates.",
   "an EDD matching the record")
ok("dt-dzp-age-four-days", DT, "dzp", DZP + " The baby, now 4 days old, is feeding well from the bottle.",
   "an age matching the dates")
ok("dt-dzp-age-six-days", DT, "dzp", DZP + " The baby is 6 days old on Sunday.", "an age to come, within days")
ok("dt-po-day-10-visit-today", DT, "po", PO + " The day-10 visit was today, 28 May, and the crib was seen.",
   "a day-N visit dated right")
ok("dt-dzp-day-5-check", DT, "dzp", DZP + " The day-5 check is on 13 June, at the placement.",
   "a day-5 check dated from the birth", bidi)
ok("dt-po-booking-future-pregnancy", DT, "po",
   PO + " If she plans another baby, early booking for her next pregnancy lets the plan be reviewed in time.",
   "a future pregnancy's booking")
ok("dt-meth-booking-done", DT, "meth",
   METH + " At her booking visit in November the midwife was told of the methadone.",
   "a past booking visit in an antenatal record")
ok("dt-quet-crib-bought-before", DT, "quet",
   QUET + " The crib was bought on 1 May, before the birth, and the HV saw the baby in it on 28 May.",
   "the crib before the birth, the baby in it after")
# levels
ok("lv-lith-levels-sentence-after", LV, "lith",
   LITH_HEAD + " Levels are taken every 4 weeks, then weekly from 36 weeks, and within 24 h after birth. "
   + LITH_BABY,
   "levels in the sentence after lithium is named")
ok("lv-valp-second-trimester-scan", LV, "valp",
   VALP_HEAD + " The baby has been exposed in the first trimester; the anomaly scan falls in the second trimester "
   "at 20 weeks. Folic acid 5 mg daily continues.",
   "a trimester and week that agree")
ok("lv-meth-about-eight-feeds", LV, "meth",
   " ".join((METH_HEAD, METH_WATCH)) + " She is encouraged to breastfeed, about eight to twelve times a day. "
   + METH_SLEEP,
   "an 'about N times a day' count that fits a day")
ok("lv-quet-feeds-about-seven", LV, "quet",
   QUET + " The baby is weighed at each visit and feeds about seven times a day.", "an approximate count a day")
# closings
ok("cl-sert-draft-checked-by-me", CL, "sert", SERT + " Drafted by the GP registrar; I have checked it.",
   "a trainee's draft checked by the author", fw)
ok("cl-meth-nothing-changes", CL, "meth", METH + " Her question about detox was answered; none of this changes "
   "the plan.", "'none of this changes the plan'")
ok("cl-lith-this-is-my-plan", CL, "lith", LITH + " This is my assessment, agreed with her today.",
   "the author owns the assessment")
ok("cl-mo-differ-if-early-instead", CL, "mo",
   MO + " This could all change should she deliver before 34 weeks, in which case the neonatal unit scores the "
   "baby instead.",
   "a contingency naming what happens instead", greek)
ok("cl-sert-letter-not-checked", CL, "sert",
   SERT + " The discharge letter to the drug service has not been checked yet; the plan here is final.",
   "another document not yet checked")
ok("cl-lith-one-wish-declined", CL, "lith",
   LITH + " She asked to skip the 36-week levels; I do not agree with that wish, and the plan stands.",
   "one wish declined, the plan owned")
ok("cl-mo-discussed-with-drug-service", CL, "mo", MO + " All of the above was reviewed with her on 2 March.",
   "the whole reviewed")
# pointers
ok("pt-sert-same-as-last-semicolon", PT, "sert",
   "Sertraline 100 mg once daily continues, as with her last baby; the midwives watch the baby for 48 h for "
   "jitteriness and poor feeding, breastfeeding is fine, and the GP reviews her mood at 6 weeks. Relapse is the "
   "bigger risk.",
   "a comparison beside the care written out")
ok("pt-meth-guideline-plus-care", PT, "meth",
   METH + " This follows the local neonatal abstinence guideline, as used for her sister's baby.",
   "a comparison beside a complete plan")
# holders
ok("hd-lith-psychiatrist-left-cover", HD, "lith",
   LITH + " Her previous psychiatrist has left the service; Dr Osei now holds her care and reviews her monthly.",
   "a departure with the successor named", cyr)
ok("hd-po-hv-retired-new-hv", HD, "po",
   PO.replace("The HV checks", "The new HV, who took over when hers retired, checks"),
   "a retired holder with the successor holding the plan")
ok("hd-dzp-if-stops-gp", HD, "dzp",
   DZP + " If she stops either medicine suddenly, the foster carer tells the GP the same day and watches the "
   "baby as before.",
   "a plain condition with the plan held")
ok("hd-meth-early-birth-nicu", HD, "meth",
   METH + " If the baby is born before 34 weeks, the neonatal unit does the scoring.", "a real condition")
ok("hd-cit-will-be-fine-midwife", HD, "cit",
   "Citalopram 20 mg daily continues. The baby will most likely be fine; the midwife watches for 48 h for "
   "jitteriness, poor feeding and fast breathing and will let the paediatrician know. Breastfeeding is supported; "
   "GP mood review at 6 weeks.",
   "reassurance with the midwife telling")
ok("hd-meth-clinic-cancelled-moved", HD, "meth",
   METH + " The drug service clinic on 9 March was cancelled; it has been moved to 16 March with the same keyworker.",
   "a cancelled clinic rebooked")
# forms
on("fm-n-cromoglicate-eye", FM, PASS, N,
   n_med(EYE, "Sodium cromoglicate 2% eye drops", "One drop into each eye four times a day for hay fever"),
   "an allergy eye drop as its own medicine")
on("fm-n-beclometasone-nasal", FM, PASS, N,
   n_med("med-nasal", "Beclometasone 50micrograms/dose nasal spray", "Two sprays into each nostril twice a day"),
   "a steroid nasal spray as its own medicine")
on("fm-n-lactulose-oral-eye-note", FM, PASS, N,
   set_("medicines#med-lactulose.dose", "15 ml by mouth twice a day"), "an oral dose, plainly")
# copies
on("cp-f-second-copy-tbc-hv", CP, PASS, F,
   set_("recipients#rcp-foster-carer.route.description",
        FOSTER_HANDOVER + " A second copy goes to the grandmother, who helps at the placement; address TBC by the health visitor."),
   "a second copy held by a role beside a complete hand-over")
# hedges
ok("hg-meth-sleep-question-answered", HG, "meth",
   " ".join((METH_HEAD, METH_WATCH, METH_FEED)) + " Co-sleeping? No: she is drowsy after each dose, so the baby "
   "sleeps in the cot by her bed, and the HV checks it on the first visit.",
   "a question answered with the plan")
ok("hg-dzp-feeding-answered", HG, "dzp",
   DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " Feeding? Bottle, by choice, so no advice on milk is needed.",
   "a question answered plainly", cyr)

# ---------------------------------------------------------------------------------------------------- third round of near misses
ok("cs-v-consent-given-clinic", CS, "vjust", "Consent given in clinic on 20 May.", "consent stated, when", greek)
ok("cs-p-parents-happy-share", CS, "pjust", "Chloe and Daniel are happy for us to share this.",
   "a plain statement of consent by both")
ok("sl-po-chloe-may-doze-crib", SL, "po",
   "Daniel's quetiapine 300 mg at night sedates him, so he does no night feeds and never sleeps with the baby on "
   "a bed, sofa or chair. Chloe, not sedated, can feed the baby in bed sitting up at night, then back in the crib. "
   "Chloe's paracetamol is fine with her feeds. The HV checks sleeping at every visit to 8 weeks.",
   "a feed in bed sitting up, the baby back in the crib", shy)
ok("sl-dzp-carer-bed-none", SL, "dzp",
   DZP + " The foster carer is fine with doing every night feed from the cot in her room.",
   "'fine' about the carer's task, not shared sleep")
ok("pl-dzp-after-court-no-grant-yet", PL, "dzp",
   DZP + " The baby may go home with her grandmother only after the court decides; she stays in the placement "
   "until then.",
   "a relative's home after the court decides", fw)
ok("fd-dzp-switched-to-formula", FD, "dzp",
   DZP_HEAD + " " + DZP_SLEEP + " " + DZP_WATCH + " She switched from breastfeeding to formula on day 2; the baby "
   "is bottle fed now.",
   "breastfeeding stopped, formula now")
ok("dt-lith-edd-slash", DT, "lith", LITH + " EDD 26/08/2026.", "an EDD as a full date that matches", cyr)
ok("dt-c-edd-words", DT, "cit",
   "Citalopram 20 mg daily carries on to her due date, 6 April 2026. The midwife watches the baby for 48 h after "
   "birth for jitteriness, poor feeding and fast breathing; breastfeeding is supported; GP mood review at 6 "
   "weeks.",
   "the due date in words that matches")
ok("dt-quet-age-nine-days", DT, "quet", QUET + " At 9 days old the baby was weighed and is gaining.",
   "an age within days of the dates")
ok("lv-lith-levels-antenatal-clinic", LV, "lith",
   LITH_HEAD + " The perinatal team checks her lithium levels every 4 weeks, weekly from 36 weeks and within 24 h "
   "of birth. " + LITH_BABY,
   "levels with lithium named in the same sentence", zwsp)
ok("cl-mo-none-discussed-partner", CL, "mo",
   MO + " None of this was discussed with her ex-partner, at her request.",
   "something not discussed with someone else")
ok("cl-meth-written-by-student-checked", CL, "meth",
   METH + " Written by the pharmacy student and checked by me before sending.", "a draft checked by the author")
ok("cl-lith-on-hold-other", CL, "lith",
   LITH + " Only her driving review is on hold until after the birth.", "one other item on hold, not the plan")
ok("cl-sert-may-differ-instead", CL, "sert",
   SERT + " It may all be different if she relapses before birth, in which case the perinatal team sees her "
   "within a week instead.",
   "a contingency with what happens instead", bidi)
ok("pt-dzp-as-sister-then-care", PT, "dzp",
   DZP_HEAD + " The baby is managed as her sister's baby was: " + DZP_SLEEP + " " + DZP_WATCH + " " + DZP_FEED,
   "a comparison followed by the care after a colon")
ok("hd-meth-keyworker-left-new", HD, "meth",
   METH + " Her drug service keyworker has left; the new keyworker, Tom Hale, holds the methadone plan.",
   "a gone holder with a successor named", cyr)
ok("hd-sert-cancelled-replaced", HD, "sert",
   SERT + " The GP mood review at 4 weeks was cancelled; the 6-week check has replaced it.",
   "a cancelled review with its replacement")
ok("hd-lith-if-stops-lithium", HD, "lith",
   LITH + " If she stops lithium, the perinatal team sees her within 48 h and restarts it.",
   "a plain condition, the plan held")
ok("hg-cit-sleep-answered", HG, "cit",
   "Citalopram 20 mg daily carries on. Sedation? None at this dose, so normal safe sleep advice applies. The "
   "midwife watches the baby for 48 h after birth for adaptation signs; breastfeeding is supported; GP mood review "
   "at 6 weeks.",
   "a question answered with its reason")
on("fm-n-lactulose-oral-liquid", FM, PASS, N,
   set_("medicines#med-lactulose.dose", "15 ml of the oral solution twice a day"), "the oral form said plainly")
on("fm-n-hypromellose-and-para", FM, PASS, N,
   chain(n_med(EYE, "Hypromellose 0.3% eye drops", "One drop into each eye when needed, for dry eyes"),
         set_("medicines#med-paracetamol.dose", "1 g by mouth up to four times a day when needed")),
   "eye drops listed on their own line beside oral tablets")

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F133CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F133CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F133CASES):3}"
    )
