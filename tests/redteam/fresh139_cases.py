"""A hundred-and-thirty-ninth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against this stop's newest readings (CHANGELOG [Unreleased] / Fixed, fresh127 to fresh138 and review).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About 80% is complete, careful work that legitimately uses the surfaces the newest readings refuse;
the rest is the defect itself where it sharpens the point:

* ``ended``: visits cancelled and moved, plans replaced, things given back when their successor arrives; against a
  plan ended with nothing in its place;
* ``gone``: a retired GP named as history, a hand-over to a named successor; against an act left with someone gone;
* ``levels``: folate, thyroid and ferritin schedules beside a class's own plan; against a bare "levels monthly" in
  place of the withdrawal watch or safe sleep;
* ``nights``: the sedated mother doing days while the carer does every night, a taper named beside it; against her
  night feeds by name, nights kept only when untreated, a sofa on dose-free nights;
* ``place``: the mother's visits to a relative while the baby stays in the placement; against the baby going with
  her; further watches ended at their planned day; crib checks kept; against "no crib checks needed";
* ``sleepna``: "not applicable" true with a kinship carer without her; against it with the baby in her care;
* ``passive``: the born baby's care in the passive postnatally; against it in an antenatal record;
* ``numbers``: lithium levels told as results that can be, dated checks by weeks, watches to day 8; against
  impossible ones;
* ``doses``: ranges of interval and count, day ceilings at or below dose x count, "given as a single daily dose";
  against a day ceiling above dose x count, impossible forms;
* ``timing``: trimesters and due months that agree with the record; against ones that do not;
* ``disguise``: about a fifth, texts in look-alike letters, zero-width characters, soft hyphens, bidi marks and
  full width; the verdict equals the plain one.

Every date was checked with datetime against the base record's dates (M EDD 2026-05-15, 29+2 on 2026-03-02; C EDD
2026-04-06, 32+1 on 2026-02-10; L EDD 2026-08-26, 24+0 on 2026-05-06; V EDD 2026-12-30, 8+0 on 2026-05-20; F born
2026-06-08, assessed 2026-06-12; P born 2026-05-18, assessed 2026-05-28). Medicines named here are real; no
clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh139_cases`` for the counts per category.
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

F139CASES: list[Case] = []

CATEGORIES = (
    "ended",
    "gone",
    "levels",
    "nights",
    "place",
    "sleepna",
    "passive",
    "numbers",
    "doses",
    "timing",
    "disguise",
)

EN, GN, LV, NT, PLC, SN, PS, NU, DS, TM, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F139CASES.append(Case(f"f139-{name}", category, expect, base, mutate, why))


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
    "d-meth": (M, _at("medicines#med-methadone.dose")),
    "d-sert": (M, _at("medicines#med-sertraline.dose")),
    "d-cit": (C, _at("medicines#med-citalopram.dose")),
    "d-lith": (L, _at("medicines#med-lithium.dose")),
    "d-valp": (V, _at("medicines#med-valproate.dose")),
    "d-fol": (V, _at("medicines#med-folic-acid.dose")),
    "d-dzp": (F, _at("medicines#med-diazepam.dose")),
    "d-pgb": (F, _at("medicines#med-pregabalin.dose")),
    "d-quet": (P, _at("medicines#med-partner-quetiapine.dose")),
    "d-para": (P, _at("medicines#med-paracetamol.dose")),
}

FOSTER = set_("safeguarding.discharge_to", "foster-carer")
KINSHIP = set_("safeguarding.discharge_to", "kinship-carer")


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


def ok(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, PASS, where, text, why, disguise, pre)


def bad(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, REFUSE, where, text, why, disguise, pre)


# Complete bodies written afresh for this batch; each case adds its own point to one of them.
METH_HEAD = "Methadone 60 mg daily, supervised at the pharmacy, stays as it is for the rest of the pregnancy."
METH_WATCH = (
    "After birth the baby stays on the postnatal ward for three days of withdrawal (NAS) scoring by the midwives; "
    "the health visitor then looks for late signs at each visit to day 8."
)
METH_FEED = "She is encouraged to breastfeed, which can ease withdrawal."
METH_SLEEP = (
    "The drug leaves her drowsy after her dose, so the baby sleeps in his own cot and never in her bed or on a sofa; "
    "the HV and social worker Marcus Reed see the cot before he goes home."
)
METH = " ".join((METH_HEAD, METH_WATCH, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg daily continues, as relapse of her depression is the bigger danger to her and the baby. "
    "The midwives look for jitteriness, poor feeding and fast breathing in the baby for two days after birth; "
    "breastfeeding is fine on it; the GP sees her about her mood six weeks after the birth."
)
MO = (
    "Both methadone 60 mg and sertraline 100 mg carry on as now. The baby is scored for withdrawal and adaptation on "
    "the postnatal ward for three days, then the HV looks for late signs to day 8. Breastfeeding is encouraged. "
    "Methadone leaves her drowsy after each dose, so no bed or sofa sharing; the social worker and HV check the cot "
    "before discharge."
)
CIT = (
    "Citalopram 20 mg daily carries on through the pregnancy. After birth the midwife looks for jitteriness, poor "
    "feeding and fast breathing in the baby for two days; breastfeeding on it is supported; the GP reviews her mood "
    "at the postnatal check."
)
CO = (
    "Citalopram 20 mg carries on through pregnancy and breastfeeding. The baby is watched by the midwife for "
    "adaptation signs for two days after birth, and the GP reviews her mood at the postnatal check."
)
LITH_HEAD = "Lithium (Priadel) 800 mg at night carries on, as stopping it would put her at high risk of relapse."
LITH_LEVELS = "Her lithium level is checked every four weeks, then weekly from 36 weeks and within a day of birth."
LITH_BABY = (
    "A paediatrician reviews the baby after birth for floppiness, poor feeding and thyroid problems, and she plans "
    "to bottle feed as lithium passes into milk."
)
LITH = " ".join((LITH_HEAD, LITH_LEVELS, LITH_BABY))
LO = (
    "Lithium 800 mg at night carries on. Lithium levels every four weeks, weekly from 36 weeks and within a day of "
    "birth. A paediatrician reviews the baby after birth; she plans to bottle feed. The perinatal mental health team "
    "sees her in the first week after birth because of the high relapse risk."
)
VALP_HEAD = (
    "Sodium valproate 500 mg twice a day carries on until the urgent neurology review, because a sudden stop risks "
    "seizures that would endanger her and the pregnancy."
)
VALP_BABY = (
    "The baby was exposed in the first trimester (roughly 1 in 10 have a major malformation), so she is referred to "
    "fetal medicine for early review and a detailed anomaly scan; folic acid 5 mg daily began today."
)
VALP = " ".join((VALP_HEAD, VALP_BABY))
VO = (
    "Sodium valproate 500 mg twice a day carries on until the urgent neurology review and must not be stopped "
    "suddenly. The unborn baby was exposed in the first trimester, so neurology and fetal medicine referrals for "
    "early review and a detailed anomaly scan went today; folic acid 5 mg daily began."
)
DZP_HEAD = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day carry on for now; a supervised diazepam "
    "taper is agreed from the 6-week review."
)
DZP_SLEEP = (
    "Both make Kayleigh drowsy, so she never shares a bed, sofa or armchair with the baby and does not feed lying "
    "down; the foster carer does every night feed."
)
DZP_WATCH = "The foster carer and HV look for late withdrawal signs until day 8."
DZP = " ".join((DZP_HEAD, DZP_SLEEP, DZP_WATCH))
FO = (
    "Diazepam and pregabalin carry on for now. Their sedation is the main risk to the baby: no sharing a bed, sofa "
    "or armchair, no feeding lying down, and the foster carer does every night feed while Kayleigh is drowsy. Late "
    "withdrawal signs can appear until day 8; the foster carer, HV and social worker Leanne Moss hold this plan."
)
QUET_HEAD = "Daniel's quetiapine 300 mg at night leaves him very hard to wake until the morning."
QUET_TAIL = (
    "He gives no night feeds after his dose and never sleeps with the baby on a bed, sofa or armchair; Chloe does "
    "the nights and the baby sleeps in the next-to-me crib. The HV checks the crib at each visit to 8 weeks."
)
QUET = QUET_HEAD + " " + QUET_TAIL
PO = (
    "Chloe's paracetamol is fine with breastfeeding. Daniel's quetiapine leaves him heavily sedated at night: he "
    "does not co-sleep with the baby on a bed, sofa or armchair and gives no night feeds after his dose. The crib "
    "has been seen and is safe; the HV checks it again at each visit."
)

# ---------------------------------------------------------------------------------------------------- ended
ok(
    "en-meth-visit-cancelled-moved",
    EN,
    "meth",
    METH + " Her antenatal clinic visit on 9 March was cancelled and moved to 16 March.",
    "a visit cancelled and moved to another day: the replacement is told",
    cyr,
)
ok(
    "en-sert-review-cancelled-rebooked",
    EN,
    "sert",
    SERT + " The perinatal team appointment she missed was cancelled and rebooked for the following week.",
    "an appointment cancelled and rebooked",
)
ok(
    "en-mo-scoring-replaced-by-unit-chart",
    EN,
    "mo",
    MO + " The old ward scoring sheet was withdrawn and replaced by the unit's new Eat, Sleep, Console chart.",
    "a tool withdrawn and replaced in the same sentence",
    zwsp,
)
ok(
    "en-quet-basket-back-when-crib",
    EN,
    "quet",
    QUET + " The borrowed Moses basket goes back once the cot arrives next week.",
    "a thing given back when its successor arrives",
)
ok(
    "en-po-crib-back-cot-arrives",
    EN,
    "po",
    PO + " The loaned crib goes back once the cot arrives, and the HV checks the cot then.",
    "the crib goes back once the cot arrives, the check moves with it",
    shy,
)
ok(
    "en-dzp-taper-postponed-to-date",
    EN,
    "dzp",
    DZP
    + " The taper first planned for week 4 was put back to the 6-week review so she settles in the placement first.",
    "a plan put back with its new time and reason",
)
ok(
    "en-fo-visit-fell-through-rearranged",
    EN,
    "fo",
    FO + " The HV visit on day 5 fell through and was rearranged for day 6 with the same HV.",
    "a visit fell through and was rearranged",
    greek,
)
ok(
    "en-cit-class-cancelled-online",
    EN,
    "cit",
    CIT + " Her hospital antenatal class was cancelled; she is doing the online course instead.",
    "a class cancelled, a replacement told",
)
ok(
    "en-lith-clinic-moved",
    EN,
    "lith",
    LITH + " The joint clinic was cancelled and moved to the following Wednesday because the obstetrician was away.",
    "a clinic cancelled and moved, with a reason",
)
ok(
    "en-vo-scan-planned-end",
    EN,
    "vo",
    VO + " Folic acid 5 mg ends at 12 weeks as planned.",
    "a medicine ending at its planned time",
)
ok(
    "en-meth-home-visits-ended-clinic",
    EN,
    "meth",
    METH
    + " Home visits from the drug service ended last month and she now sees her keyworker at the clinic fortnightly.",
    "a service ended with its successor told",
)
bad(
    "en-meth-scoring-cancelled",
    EN,
    "meth",
    METH_HEAD + " The plan for NAS scoring on the ward was cancelled. " + METH_FEED + " " + METH_SLEEP,
    "the withdrawal watch ended with nothing in its place",
)
bad(
    "en-quet-crib-back-nothing",
    EN,
    "quet",
    QUET_HEAD + " He gives no night feeds after his dose; Chloe does the nights. The next-to-me crib went back to "
    "the loan scheme last week. The HV visits at 8 weeks.",
    "the sleeping place given back with nothing in its place",
    shy,
)
bad(
    "en-fo-night-cover-fell-through",
    EN,
    "fo",
    FO + " The foster carer's night cover has since fallen through.",
    "the night plan fallen through, nothing arranged after",
)
bad(
    "en-sert-review-withdrawn",
    EN,
    "sert",
    SERT + " The mood review has been withdrawn.",
    "the mood review withdrawn with nothing in its place",
)

# ---------------------------------------------------------------------------------------------------- gone
ok(
    "gn-sert-retired-gp-started",
    GN,
    "sert",
    "Dr Hughes, who retired in 2024, started her sertraline in 2022. " + SERT,
    "a retired GP named as history",
    cyr,
)
ok(
    "gn-cit-retires-may-successor",
    GN,
    "cit",
    CIT + " Dr McAllister retires in May, and Dr Patel takes over the mood reviews from then.",
    "a retirement with the successor named for the reviews",
)
ok(
    "gn-lith-consultant-left-successor",
    GN,
    "lith",
    LITH + " Her former psychiatrist has left the trust; Dr Osei now holds her care and sees her monthly.",
    "a professional gone, the successor holding the plan",
    zwsp,
)
ok(
    "gn-mo-keyworker-left-new",
    GN,
    "mo",
    MO + " Her previous keyworker left in January; her new keyworker, Sam Ali, supervises the methadone plan.",
    "a keyworker left, the new one named",
)
ok(
    "gn-po-mother-retired-nurse",
    GN,
    "po",
    PO + " Chloe's mother, a retired nurse, stays for the first fortnight to help in the day.",
    "a relative who has retired",
)
ok(
    "gn-fo-hv-leaves-handover",
    GN,
    "fo",
    FO + " The current HV leaves the team at the end of June and hands the placement over to HV Jo Pike, who does "
    "the visits from then.",
    "a hand-over to a named successor",
    fw,
)
ok(
    "gn-valp-neurologist-retired-history",
    GN,
    "valp",
    "The neurologist who first diagnosed her epilepsy has since retired. " + VALP,
    "history of someone retired, with a current plan held by others",
)
bad(
    "gn-sert-review-by-retired-gp",
    GN,
    "sert",
    "Sertraline 100 mg daily continues, as relapse is the bigger danger. The midwives look for jitteriness and poor "
    "feeding for two days after birth; breastfeeding is fine. Dr Hughes reviews her mood at six weeks, though Dr "
    "Hughes retired last month.",
    "the mood review given to a GP who has retired, no successor",
)
bad(
    "gn-fo-hv-left-still-visits",
    GN,
    "fo",
    "Diazepam and pregabalin carry on for now. No sharing a bed, sofa or armchair, no feeding lying down, and the "
    "foster carer does every night feed. HV Jo Pike, who has left the service, checks for late withdrawal signs to "
    "day 8.",
    "the late watch given to an HV who has left, no successor",
    greek,
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-lith-folate-and-thyroid",
    LV,
    "lith",
    LITH + " Her folate and thyroid levels are checked each trimester by the GP.",
    "other analytes' schedules beside lithium levels",
)
ok(
    "lv-valp-folate-level-monthly",
    LV,
    "valp",
    VALP + " Her folate level is checked monthly by the GP until 12 weeks.",
    "a folate level schedule beside valproate's plan",
    cyr,
)
ok(
    "lv-meth-ferritin-monthly",
    LV,
    "meth",
    METH + " Her ferritin levels are checked monthly as she was anaemic at booking.",
    "a ferritin schedule beside the methadone plan",
)
ok(
    "lv-dzp-thyroid-levels",
    LV,
    "dzp",
    DZP + " Her thyroid levels are rechecked at the 6-week review.",
    "a thyroid level schedule beside the benzodiazepine plan",
    shy,
)
ok(
    "lv-lo-levels-named",
    LV,
    "lo",
    LO + " Her thyroid function and kidney tests go with each lithium level.",
    "thyroid and kidney tests with the lithium levels",
)
ok(
    "lv-cit-anxiety-level",
    LV,
    "cit",
    CIT + " Her level of anxiety is asked about at each antenatal visit.",
    "a level of something not a drug",
)
bad(
    "lv-meth-levels-monthly-only",
    LV,
    "meth",
    "Methadone 60 mg daily, supervised at the pharmacy, stays as it is. Her levels are checked monthly by the GP. "
    "She is encouraged to breastfeed.",
    "a bare levels plan in place of the withdrawal watch and safe sleep",
)
bad(
    "lv-dzp-levels-in-place",
    LV,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day carry on for now; her levels monthly with "
    "the GP; taper from the 6-week review.",
    "another class's plan with the baby's watch and sleep unsaid",
    zwsp,
)

# ---------------------------------------------------------------------------------------------------- nights
ok(
    "nt-dzp-days-carer-nights-taper",
    NT,
    "dzp",
    DZP_HEAD + " Both make Kayleigh drowsy: she does the daytime feeds awake in a chair while the foster carer does "
    "all the night feeds, and she never shares a bed, sofa or armchair with the baby. " + DZP_WATCH,
    "the mother does days, the carer does nights, a taper named",
    cyr,
)
ok(
    "nt-fo-taper-nights-held",
    NT,
    "fo",
    FO
    + " When the diazepam taper starts at 6 weeks the foster carer keeps every night feed until the team reviews it.",
    "a taper mentioned with the nights held by the carer",
)
ok(
    "nt-quet-chloe-nights-daniel-days",
    NT,
    "quet",
    QUET_HEAD + " So Daniel feeds in the daytime and evening before his dose, Chloe does all the night feeds, and he "
    "never sleeps with the baby on a bed, sofa or armchair; the baby sleeps in the next-to-me crib, which the HV "
    "checks at each visit to 8 weeks.",
    "the father does days, the mother nights",
    shy,
)
ok(
    "nt-po-sofa-never",
    NT,
    "po",
    PO + " No sofa sleeping with the baby on any night, dose or not.",
    "the sofa forbidden whatever the night",
)
ok(
    "nt-dzp-nights-carer-always",
    NT,
    "dzp",
    DZP + " This holds every night while she takes either medicine, including during the taper.",
    "the night plan kept every night through the taper",
    fw,
)
bad(
    "nt-dzp-kayleigh-nights-taper",
    NT,
    "dzp",
    DZP_HEAD
    + " Kayleigh does the night feeds herself and never shares a bed, sofa or armchair with the baby. "
    + DZP_WATCH,
    "the sedated mother given the night feeds beside a taper still to come",
)
bad(
    "nt-fo-nights-only-untaken",
    NT,
    "fo",
    "Diazepam and pregabalin carry on for now. No sharing a bed, sofa or armchair, no feeding lying down; the "
    "foster carer does night feeds only on nights when Kayleigh has taken neither medicine. The foster carer, HV and "
    "social worker Leanne Moss watch for late withdrawal until day 8.",
    "night care kept only for nights she takes neither medicine (never, at fixed doses)",
    greek,
)
bad(
    "nt-dzp-sofa-dose-free-nights",
    NT,
    "dzp",
    DZP_HEAD + " Both make Kayleigh drowsy, so she does not share a bed with the baby, though a sofa nap together is "
    "fine on nights without a dose; the foster carer does the night feeds. " + DZP_WATCH,
    "a sofa allowed on nights without a dose",
)

# ---------------------------------------------------------------------------------------------------- place
ok(
    "plc-fo-gran-visits-baby-stays",
    PLC,
    "fo",
    FO + " Kayleigh visits her gran's house on Sundays while the baby stays in the placement with the foster carer.",
    "the mother visits a relative while the baby stays",
    zwsp,
)
ok(
    "plc-dzp-after-placement-plan",
    PLC,
    "dzp",
    DZP + " Where they live after the placement ends is for the court; the social worker reviews it at the looked-"
    "after review.",
    "a later move left to its due process",
)
ok(
    "plc-fo-watch-ends-day8-planned",
    PLC,
    "fo",
    FO + " No further checks for withdrawal are needed after day 8 as planned.",
    "a further watch ended at its planned day",
    cyr,
)
ok(
    "plc-meth-watch-ends-day8",
    PLC,
    "meth",
    METH + " If all is well by day 8, no further withdrawal checks are needed.",
    "a condition ending the watch at its day",
)
ok(
    "plc-quet-crib-checks-end-8-weeks",
    PLC,
    "quet",
    QUET + " If all is settled by 8 weeks, no further crib checks are needed after that visit.",
    "crib checks ended at their planned end",
)
ok(
    "plc-po-crib-seen-findings",
    PLC,
    "po",
    PO + " At the day-10 visit the crib was seen and no changes were needed.",
    "crib checks' findings",
    greek,
)
bad(
    "plc-fo-baby-to-aunts-house",
    PLC,
    "fo",
    FO + " On discharge the baby goes home with Kayleigh to her aunt's house.",
    "the baby going with the mother to a relative's house in a foster placement",
)
bad(
    "plc-fo-no-observation-off-ward",
    PLC,
    "fo",
    "Diazepam and pregabalin carry on for now. No sharing a bed, sofa or armchair, no feeding lying down, and the "
    "foster carer does every night feed. The baby does not need any further observation once off the ward.",
    "a further watch ended at the ward, no later window",
)
bad(
    "plc-quet-no-crib-checks",
    PLC,
    "quet",
    QUET_HEAD + " He gives no night feeds after his dose and never sleeps with the baby on a bed, sofa or armchair; "
    "Chloe does the nights. No crib checks are needed.",
    "the sleeping place's checks dropped",
    shy,
)

# ---------------------------------------------------------------------------------------------------- sleepna
ok(
    "sn-dzp-kinship-na",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep with Kayleigh: not applicable, as the baby goes on discharge to a kinship carer, her "
    "aunt, without her; the aunt bottle feeds and the baby sleeps in his own cot. The aunt and HV look for late "
    "withdrawal signs until day 8.",
    "a true 'not applicable' with a kinship carer without her",
    None,
    KINSHIP,
)
ok(
    "sn-fo-kinship-na",
    SN,
    "fo",
    "Diazepam and pregabalin carry on for now. Safe sleep: not applicable, as the baby goes to a kinship carer "
    "without Kayleigh; the carer's cot was seen by the HV. Late withdrawal signs can appear until day 8; the kinship "
    "carer, HV and social worker Leanne Moss hold this plan.",
    "overall 'not applicable' true with a kinship carer",
    cyr,
    KINSHIP,
)
ok(
    "sn-po-feeding-na-but-sleep",
    SN,
    "po",
    PO + " Advice on Daniel's breastfeeding: not applicable.",
    "a true 'not applicable' of something else, sleep answered",
)
bad(
    "sn-dzp-placement-na",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep: not applicable. The foster carer and HV look for late withdrawal signs until day 8.",
    "safe sleep dismissed where the baby is in her care",
)
bad(
    "sn-fo-placement-na",
    SN,
    "fo",
    "Diazepam and pregabalin carry on for now. Safe sleep: not applicable. Late withdrawal signs can appear until "
    "day 8; the foster carer, HV and social worker Leanne Moss hold this plan.",
    "overall safe sleep dismissed with the baby in her care",
    fw,
)

# ---------------------------------------------------------------------------------------------------- passive
ok(
    "ps-po-weighed-given",
    PS,
    "po",
    PO + " The baby was weighed on day 5 and was given vitamin K at birth.",
    "postnatal: the born baby's care in the passive",
    cyr,
)
ok(
    "ps-quet-treated-jaundice",
    PS,
    "quet",
    QUET + " The baby was treated for mild jaundice under the lamp on day 3 and is well now.",
    "postnatal: a treatment told as done",
)
ok(
    "ps-dzp-weighed-ward",
    PS,
    "dzp",
    DZP + " The baby was weighed on day 3 and was given his first bottle by Kayleigh with the carer there.",
    "postnatal: weighing and a feed in the passive",
    zwsp,
)
ok(
    "ps-meth-earlier-baby-treated",
    PS,
    "meth",
    "Her son born in 2020 was treated on the neonatal unit for withdrawal and did well. " + METH,
    "antenatal: an earlier baby's treatment",
)
ok(
    "ps-mo-if-treated",
    PS,
    "mo",
    MO + " If the baby is treated for withdrawal, the paediatric team leads the morphine plan.",
    "antenatal: a condition, in the future",
)
ok(
    "ps-cit-scan-weighed-estimate",
    PS,
    "cit",
    CIT + " The growth scan at 32 weeks estimated the baby's weight on the 50th centile.",
    "antenatal: a scan estimate, not a born baby's weighing",
)
bad(
    "ps-meth-baby-weighed-antenatal",
    PS,
    "meth",
    METH + " The baby was weighed on day 3 and was given vitamin K.",
    "antenatal record: the unborn baby told as weighed and given",
    greek,
)
bad(
    "ps-cit-baby-treated-antenatal",
    PS,
    "cit",
    CIT + " The baby was treated for low sugars on the ward.",
    "antenatal record: the unborn baby told as treated",
)

# ---------------------------------------------------------------------------------------------------- numbers
ok(
    "nu-lith-level-high-acted",
    NU,
    "lith",
    LITH
    + " Her last level was 1.2 mmol/L, above her target, so the dose is reduced to 600 mg and rechecked in a week.",
    "a lithium level of 1.2 mmol/L told as high and acted on",
    cyr,
)
ok("nu-lo-level-in-range", NU, "lo", LO + " Her level last week was 0.7 mmol/L, in range.", "a lithium level in range")
ok(
    "nu-lith-toxic-history",
    NU,
    "lith",
    LITH + " A level of 1.7 mmol/L in 2019 came with toxicity, which is why the levels are kept close.",
    "a toxic past level that can be",
)
ok(
    "nu-po-6-week-check-date",
    NU,
    "po",
    PO + " The GP sees Chloe and the baby at the 6-week check on 29 June.",
    "a 6-week check dated six weeks after the birth",
    zwsp,
)
ok(
    "nu-fo-watch-day8-next-day14",
    NU,
    "fo",
    FO + " The foster carer looks for late signs until day 8, and the HV next visits on day 14.",
    "a watch to day 8 with the next contact after",
)
ok(
    "nu-dzp-ring-with-signs",
    NU,
    "dzp",
    DZP + " After day 8 the carer rings the HV with any sign, and the HV visits on day 14.",
    "advice to ring after the window",
)
bad(
    "nu-lith-level-12",
    NU,
    "lith",
    LITH + " Her last level was 12 mmol/L and the dose stays the same.",
    "a lithium level told that no living patient has",
)
bad(
    "nu-po-6-week-check-early",
    NU,
    "po",
    PO + " The GP sees Chloe and the baby at the 6-week check on 8 June.",
    "a 6-week check dated three weeks after the birth",
    shy,
)
bad(
    "nu-fo-watch-day5-next-day14",
    NU,
    "fo",
    "Diazepam and pregabalin carry on for now. No sharing a bed, sofa or armchair, no feeding lying down, and the "
    "foster carer does every night feed. The foster carer looks for withdrawal signs until day 5; the HV next visits "
    "on day 14.",
    "a watch ending before day 8 with the next contact past it",
)
bad(
    "nu-quet-every-4h-eight-feeds",
    NU,
    "quet",
    QUET + " The baby feeds every four hours, eight feeds a day.",
    "eight feeds four hours apart do not fit in a day",
)

# ---------------------------------------------------------------------------------------------------- doses
ok(
    "ds-quet-feeds-range",
    DS,
    "quet",
    QUET + " The baby feeds every 3-4 hours, 6-8 feeds a day, and is gaining weight.",
    "ranges of interval and count that fit a day",
    greek,
)
ok(
    "ds-po-every-3h-eight-feeds",
    DS,
    "po",
    PO + " The baby feeds every 3 hours, eight feeds a day.",
    "eight feeds three hours apart fill a day exactly",
)
ok(
    "ds-d-para-ceiling-at-total",
    DS,
    "d-para",
    "1 g up to 4 times a day when needed, no more than 4 g in 24 hours",
    "a day ceiling equal to dose x count",
    cyr,
)
ok(
    "ds-d-para-ceiling-stricter",
    DS,
    "d-para",
    "1 g up to four times a day when needed (maximum 3 g a day while breastfeeding)",
    "a stricter day ceiling",
)
ok(
    "ds-d-meth-single-daily-dose",
    DS,
    "d-meth",
    "60 mg (60 ml) once daily, given as a single daily dose, supervised consumption",
    "'given as a single daily dose' names no form",
)
ok(
    "ds-d-meth-oral-solution",
    DS,
    "d-meth",
    "60 mg (60 ml) once daily as oral solution, supervised consumption",
    "the dose given in the product's own form",
    zwsp,
)
ok("ds-d-pgb-caps", DS, "d-pgb", "150 mg (two 75 mg capsules) twice a day", "capsules counted in the dose")
ok("ds-d-dzp-tds", DS, "d-dzp", "5 mg three times a day (8am, 2pm, 8pm)", "times that fit the count")
bad(
    "ds-d-para-ceiling-above",
    DS,
    "d-para",
    "500 mg up to 4 times a day when needed, no more than 4 g in 24 hours",
    "a day ceiling above dose x count",
)
bad(
    "ds-d-meth-given-injection",
    DS,
    "d-meth",
    "60 mg once daily, given as a daily injection, supervised consumption",
    "an oral solution given as an injection",
    fw,
)
bad(
    "ds-d-sert-given-patch",
    DS,
    "d-sert",
    "Two tablets (100 mg) once daily, given as a daily patch",
    "tablets given as a patch",
)

# ---------------------------------------------------------------------------------------------------- timing
ok(
    "tm-lith-second-trimester",
    TM,
    "lith",
    "She is now in her second trimester. " + LITH,
    "the trimester as the present agrees with 24 weeks",
    cyr,
)
ok("tm-meth-third-trimester", TM, "meth", "Now in her third trimester. " + METH, "the third trimester at 29 weeks")
ok(
    "tm-valp-first-trimester",
    TM,
    "valp",
    "She is in her first trimester. " + VALP,
    "the first trimester at 8 weeks",
    shy,
)
ok(
    "tm-cit-due-april",
    TM,
    "cit",
    "Her pregnancy, on citalopram since 2023, is due in April. " + CIT,
    "the due month after an aside agrees",
)
ok("tm-co-due-april", TM, "co", CO + " The baby is due in early April.", "the due month agrees")
ok("tm-lo-due-late-august", TM, "lo", "Due at the end of August. " + LO, "the due month agrees with 26 August")
bad(
    "tm-lith-third-trimester",
    TM,
    "lith",
    "She is now in her third trimester. " + LITH,
    "the third trimester told at 24 weeks",
    zwsp,
)
bad(
    "tm-cit-due-march",
    TM,
    "cit",
    "Her pregnancy, on citalopram, is due in March. " + CIT,
    "a due month after an aside that disagrees with the EDD",
)
bad(
    "tm-valp-harm-denied",
    TM,
    "vo",
    "Sodium valproate 500 mg twice a day carries on until the urgent neurology review. Valproate will not harm the "
    "baby. Folic acid 5 mg daily began.",
    "harm to the unborn denied in the overall conclusion",
)
ok(
    "tm-vo-folic-no-harm",
    TM,
    "vo",
    VO + " Folic acid will not harm the baby.",
    "another medicine's safety told beside the valproate risk",
)

# ---------------------------------------------------------------------------------------------------- more near misses
ok(
    "en-co-midwife-visit-swapped",
    EN,
    "co",
    CO + " The community midwife's visit at 36 weeks was cancelled for the bank holiday and moved to the next day.",
    "an antenatal visit cancelled and moved",
)
ok(
    "en-lo-psychiatry-rebooked",
    EN,
    "lo",
    LO + " The psychiatry appointment that fell through in June was rebooked for early July.",
    "an appointment fallen through and rebooked",
)
ok(
    "en-fo-placement-meeting-moved",
    EN,
    "fo",
    FO + " The placement planning meeting was cancelled by the court listing and moved to the following Tuesday.",
    "a meeting cancelled and moved with its reason",
)
ok(
    "en-dzp-pgb-stopped-later",
    EN,
    "dzp",
    DZP + " Her gabapentin was stopped in pregnancy and pregabalin took its place.",
    "a medicine stopped, another in its place",
)
ok(
    "en-valp-contraception-withdrawn-replaced",
    EN,
    "valp",
    VALP + " Her pill was withdrawn at booking and an implant is planned after the birth instead.",
    "a contraceptive withdrawn with its replacement",
)
ok(
    "gn-meth-prescriber-retired-history",
    GN,
    "meth",
    METH + " Her first prescriber at the drug service, now retired, set the dose in 2023.",
    "a retired prescriber named as history",
)
ok(
    "gn-quet-hv-moving-successor",
    GN,
    "quet",
    QUET + " The HV moves to another team in July; HV Amir Khan takes over the crib checks.",
    "a professional moving on with a successor holding the checks",
)
ok(
    "gn-lo-gp-retires-handover",
    GN,
    "lo",
    LO + " Dr Campbell retires in September and Dr Novak takes over her GP care.",
    "a retirement with the successor named",
)
ok(
    "lv-vo-folate-check",
    LV,
    "vo",
    VO + " Her folate level is rechecked at the 12-week bloods.",
    "a folate level schedule in the overall conclusion",
)
ok(
    "lv-mo-thyroid-monthly",
    LV,
    "mo",
    MO + " Her thyroid levels are checked monthly as she has an underactive thyroid.",
    "a thyroid schedule beside the whole plan",
)
ok(
    "nt-po-daniel-evening-feed",
    NT,
    "po",
    PO + " Daniel gives the 7pm feed before his dose and Chloe does every feed after it.",
    "the father's feed before his dose, the mother's nights",
)
ok(
    "nt-fo-kayleigh-days-carer-nights",
    NT,
    "fo",
    FO + " Kayleigh does the daytime feeds with the foster carer nearby.",
    "the mother does days, the carer nights",
)
ok(
    "plc-dzp-gran-visit-day",
    PLC,
    "dzp",
    DZP + " Kayleigh may take the baby to see her gran for an afternoon with the foster carer, returning to the "
    "placement the same day.",
    "a supervised day visit, the baby stays placed",
)
ok(
    "plc-meth-crib-checks-continue",
    PLC,
    "mo",
    MO + " The HV keeps checking the cot at each visit to 8 weeks.",
    "cot checks kept",
)
ok(
    "ps-fo-vaccinated-treated",
    PS,
    "fo",
    FO + " The baby was given vitamin K at birth and was not treated for withdrawal on the ward.",
    "postnatal: vitamin K given, no treatment, in the passive",
)
ok(
    "ps-lith-earlier-pregnancy",
    PS,
    "lith",
    "Her daughter, born in 2021 on lithium, was monitored for 48 hours and was weighed daily without problems. " + LITH,
    "antenatal: an earlier baby's passives",
)
ok(
    "nu-lith-level-ward-birth",
    NU,
    "lith",
    LITH + " Her level at 20 weeks was 0.6 mmol/L, within her target range.",
    "a lithium level that can be",
)
ok(
    "nu-quet-8-week-check-date",
    NU,
    "quet",
    QUET + " The HV's last crib check is at the 8-week visit on 13 July.",
    "an 8-week visit dated eight weeks after the birth",
)
ok(
    "ds-d-para-four-hourly",
    DS,
    "d-para",
    "1 g every 4-6 hours when needed, up to 4 doses in 24 hours",
    "an interval and a count that fit a day",
)
ok(
    "tm-mo-third-trimester-due-may",
    TM,
    "mo",
    "In her third trimester and due in mid-May. " + MO,
    "trimester and due month both agree",
)
ok("tm-sert-due-may", TM, "sert", SERT + " The baby is due in May.", "the due month agrees")

# ---------------------------------------------------------------------------------------------------- the refusals' near misses
ok(
    "en-po-breastfeed-fell-through-next",
    EN,
    "po",
    PO + " The plan to breastfeed fell through when her supply dropped. She now formula feeds with the HV's support.",
    "a plan fallen through, its replacement in the next sentence",
)
ok(
    "en-meth-nas-plan-cancelled-esc",
    EN,
    "meth",
    METH + " The original NAS scoring plan was cancelled when the unit adopted Eat, Sleep, Console; the midwives now "
    "use that for the same 72 hours.",
    "a watch's tool cancelled and replaced after a semicolon",
)
ok(
    "en-dzp-respite-fell-through-covered",
    EN,
    "dzp",
    DZP + " The foster carer's respite nights fell through, so the second foster carer in the household covers them.",
    "night cover fallen through, another carer covering",
)
ok(
    "gn-cit-gp-left-duty-gp",
    GN,
    "cit",
    CIT + " Her usual GP has left the practice, so the duty GP does the postnatal mood review.",
    "a GP gone, the review passed to the duty GP",
)
ok(
    "gn-sert-retired-successor-next",
    GN,
    "sert",
    SERT + " Dr Hughes, who reviewed her mood, has retired. Dr Patel takes over her reviews from March.",
    "a retirement, the successor in the next sentence",
)
ok(
    "nu-lith-level-1-3-lowered",
    NU,
    "lith",
    LITH + " Her level came to 1.3 mmol/L in April, high, so the dose was lowered and the level was 0.8 mmol/L a week "
    "later.",
    "a high lithium level that can be, acted on",
)
ok(
    "ds-quet-feeds-2-3-hourly",
    DS,
    "quet",
    QUET + " The baby feeds every 2-3 hours, 8-12 feeds a day.",
    "ranges of interval and count that fit a day",
)
ok(
    "ds-d-para-range-ceiling",
    DS,
    "d-para",
    "500 mg to 1 g every 4-6 hours when needed, maximum 4 g in 24 hours",
    "a dose range whose top times the count meets the ceiling",
)


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F139CASES))


if __name__ == "__main__":  # pragma: no cover
    total = Counter(c.expect for c in F139CASES)
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:10} {expect:7} {n}")
    print(dict(total), len(F139CASES))
