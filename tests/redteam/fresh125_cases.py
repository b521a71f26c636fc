"""A hundred-and-twenty-fifth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the last stop's readings.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About seven in ten records are good, complete work that legitimately uses a surface the newest
readings look at (must pass), each shape paired with a near miss, in new wording, that really is defective (must
refuse):

* ``gestation``: a gestation of her history, a plan or a condition, or the present one told right; against a
  present gestation far from the record's;
* ``dates``: past dates with their year or before signing, plans on yearless dates to come, day ranges and dates
  after a comma ahead of the record; against a yearless event told done weeks after signing, and plans dated
  before the record;
* ``counts``: counts of scores that follow from the interval and the window; against counts that cannot;
* ``ages``: the baby's age when seen told within its age at writing, plans at an age to come, her postnatal
  stay long enough, visits at the placement after the move; against ages beyond the baby's, short stays and
  visits before the baby arrives;
* ``stage``: after-birth care planned in an antenatal record, or told of another baby; against it told as done;
* ``urgency``: urgent now joined by "and" to a routine later plan; against urgent put off for months;
* ``conception``: medicines truly started before this pregnancy, and another strength of folic acid; against a
  listed start after conception told as before it;
* ``objectless``: verbs that are fine English without an object, or with it; against clauses that lost it;
* ``pointers``: a guideline cited beside a full plan, numbered goals each with its holder, numbered plans
  written out, a text ending without a full stop; against bare pointers, goals with no one, cut-off and
  disowned plans;
* ``conditions``: conditions that can hold; against ones that never can;
* ``negation``: safe double negatives; against permissions to co-sleep by negation or exception;
* ``holders``: relatives helping beside a role that holds the care, the pharmacist's own work, an adult child;
  against relatives taking bloods, a chemist scoring the baby, a child doing nights;
* ``nights``: the sedated parent's daytime or evening feeds; against small-hours feeds named to them;
* ``withdrawn``: plans replaced, rebooked or said not needed for a reason; against bare withdrawals;
* ``doses``: a dose's harm as the reason it stands, amounts that agree with the list; against ones that do not;
* ``forms``: the listed form's own route; against routes and forms the product cannot take;
* ``reader``: the receiving team named with its plan held; against "whoever reads this" holding the plan;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh125_cases`` for the counts per category.
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

F125CASES: list[Case] = []

CATEGORIES = (
    "gestation",
    "dates",
    "counts",
    "ages",
    "stage",
    "urgency",
    "conception",
    "objectless",
    "pointers",
    "conditions",
    "negation",
    "holders",
    "nights",
    "withdrawn",
    "doses",
    "forms",
    "reader",
    "disguise",
)

GS, DT, CT, AG, STG, UR, CN, OB, PT, CD, NG, HD, NT, WD, DS, FM, RD, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F125CASES.append(Case(f"f125-{name}", category, expect, base, mutate, why))


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
METH_DOSE = "Methadone 60 mg once daily stays the same through pregnancy and the birth."
METH_WATCH = (
    "The baby is likely to show withdrawal: the postnatal ward midwives score the baby 4-hourly for at least 72 h, "
    "and the health visitor looks for late signs until day 8."
)
METH_FEED = "Breastfeeding on this steady dose is encouraged."
METH_SLEEP = (
    "Jodie is drowsy for some hours after each dose, so the baby never shares her bed or sofa; the HV checks the cot "
    "at the first home visit."
)
METH = " ".join((METH_DOSE, METH_WATCH, METH_FEED, METH_SLEEP))
METH_NOWATCH = " ".join((METH_DOSE, METH_FEED, METH_SLEEP))
METH_NOSLEEP = " ".join((METH_DOSE, METH_WATCH, METH_FEED))
SERT = (
    "Sertraline 100 mg daily is kept at the same dose, because a relapse of her depression would put her and the "
    "baby at more risk than the drug. The ward midwives watch the baby for 48 h for adaptation signs (jitteriness, "
    "poor feeding, fast breathing); breastfeeding is compatible; the GP reviews her mood at the 6-week check."
)
MO = (
    "Methadone 60 mg and sertraline 100 mg each go on unchanged. For the baby: withdrawal and adaptation scoring by "
    "the ward midwives for 72 h, then the HV to day 8. Breastfeeding is encouraged on both. Methadone leaves her "
    "drowsy, so no bed or sofa sharing; the social worker and HV see the cot before discharge."
)
CIT = (
    "Citalopram 20 mg daily stays unchanged, as her last attempt to stop ended in relapse within weeks. The midwife "
    "observes the baby for 48 h after birth for adaptation signs (jittery, fast breathing, poor feeding); "
    "breastfeeding is encouraged; the GP reviews her mood at the 6-week postnatal check."
)
CO = (
    "Citalopram 20 mg carries on through pregnancy and breastfeeding. The midwife watches the baby for adaptation "
    "symptoms over the first 48 hours; the GP reviews her mood at the 6-week check."
)
LITH = (
    "Lithium (Priadel) 800 mg at night continues, because the risk of a postpartum relapse is high. Levels are taken "
    "monthly, weekly from 36 weeks and within 24 h of the birth. After birth the paediatrician reviews the baby for "
    "floppiness, poor feeding and thyroid problems. She will bottle feed, as lithium passes into breast milk."
)
LO = (
    "Priadel 800 mg at night continues, with lithium levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. The paediatrician reviews the baby after birth; she bottle feeds. The perinatal mental health team sees "
    "her within a week of the birth because relapse is likely without cover."
)
VALP_DOSE = (
    "Sodium valproate 500 mg twice a day continues until neurology reviews it; stopping it suddenly risks seizures."
)
VALP_BABY = (
    "The baby was exposed in the first trimester, so an urgent neurology review and an early fetal medicine scan "
    "are booked; folic acid 5 mg daily started today."
)
VALP = VALP_DOSE + " " + VALP_BABY
VO = (
    "Sodium valproate goes on unchanged until the urgent neurology review; she must not stop it suddenly. The baby "
    "was exposed in the first trimester: fetal medicine sees her early and the detailed anomaly scan follows; "
    "folic acid 5 mg started. The annual risk acknowledgement form is on file."
)
DZP_DOSE = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day both continue, with a diazepam taper "
    "supervised by the GP from the 6-week review."
)
DZP_SLEEP = (
    "Together they make Kayleigh drowsy: no bed, sofa or armchair sharing and no feeding lying down; the foster "
    "carer does all the night feeds."
)
DZP_WATCH = "The foster carer and the HV watch the baby for late withdrawal until day 8."
DZP = " ".join((DZP_DOSE, DZP_SLEEP, DZP_WATCH))
FO = (
    "Diazepam and pregabalin carry on for now, with a supervised diazepam taper. Both sedate Kayleigh: no bed, sofa "
    "or armchair sharing, no feeding lying down, and the foster carer does the night feeds. Late withdrawal is "
    "possible until day 8; the foster carer, HV and social worker all hold this plan."
)
QUET_HEAD = "Daniel's quetiapine 300 mg at night makes him very hard to wake for hours."
QUET_REST = (
    "He does no night feeds and must never sleep with the baby on a bed, sofa or armchair. Chloe does the nights "
    "and the baby sleeps in its own crib beside her; the HV checks this at each visit up to 8 weeks."
)
QUET = QUET_HEAD + " " + QUET_REST
PO = (
    "Chloe's paracetamol raises no concern. Daniel's quetiapine leaves him heavily sedated at night: no sharing a "
    "bed, sofa or armchair with the baby, and no night feeds by him after his dose. The crib beside Chloe was seen "
    "and is safe; the HV keeps checking it."
)

# ---------------------------------------------------------------------------------------------------- gestation
ok(
    "gs-meth-booked-at-eleven",
    GS,
    "meth",
    "She was booked at 11/40 and is 29 weeks today. " + METH,
    "a booking gestation of her history beside the present one, both right",
    cyr,
)
ok(
    "gs-cit-now-thirty-two",
    GS,
    "cit",
    "She is now 32 weeks and well. " + CIT,
    "the present gestation told as the record gives it",
)
ok(
    "gs-lith-levels-from-36",
    GS,
    "lith",
    "At 24 weeks today she remains well. " + LITH + " From 34 weeks the obstetric team plans the dose around delivery.",
    "a present gestation that agrees, and plans at later weeks",
    zwsp,
)
ok(
    "gs-valp-unplanned-eight",
    GS,
    "vo",
    "Unplanned pregnancy found at 8 weeks on sodium valproate. " + VO,
    "the present gestation told as the record gives it",
)
ok(
    "gs-meth-previous-at-34",
    GS,
    "meth",
    METH + " Her first baby, born at 34 weeks in 2021, needed SCBU for withdrawal.",
    "a gestation of an earlier birth is history",
)
ok(
    "gs-sert-when-she-is-36",
    GS,
    "sert",
    SERT + " When she is 36 weeks the midwife will confirm the paediatric alert is on the birth plan.",
    "a gestation to come",
)
bad(
    "gs-meth-now-thirty-five",
    GS,
    "meth",
    "She is now 35 weeks pregnant. " + METH,
    "a present gestation six weeks from the record's 29+2 on the same day",
    greek,
)
bad(
    "gs-lith-at-31-today",
    GS,
    "lith",
    "Seen at 31/40 today. " + LITH,
    "a present gestation seven weeks from the record's 24+0",
)
bad(
    "gs-valp-found-at-fifteen",
    GS,
    "vo",
    "Unplanned pregnancy at 15 weeks on sodium valproate. " + VO,
    "a present gestation seven weeks from the record's 8+0",
)

# ---------------------------------------------------------------------------------------------------- dates
ok(
    "dt-meth-scan-with-year",
    DT,
    "meth",
    METH + " The growth scan on 20/01/2026 was normal.",
    "a past date with its year, before signing",
    shy,
)
ok(
    "dt-meth-yearless-before-signing",
    DT,
    "meth",
    METH + " The drug service visit on 16/02 confirmed she takes every dose supervised.",
    "a yearless past date two weeks before signing",
)
ok(
    "dt-cit-hv-will-on-yearless",
    DT,
    "cit",
    CIT + " The HV will make the antenatal contact on 3/03.",
    "a plan on a yearless date to come",
)
ok(
    "dt-lith-range-ahead",
    DT,
    "lith",
    LITH + " The obstetric and perinatal teams meet to plan the delivery dose on 10-12 June 2026.",
    "a day range with its year ahead of the record",
)
ok(
    "dt-sert-after-comma-ahead",
    DT,
    "sert",
    SERT + " The paediatric alert goes on her birth plan at the 34-week visit, 30 March 2026.",
    "a date after a comma ahead of the record",
)
ok(
    "dt-valp-form-signed-with-year",
    DT,
    "valp",
    VALP + " The annual risk form was last signed on 4 November 2025.",
    "a past date with its year, long before signing",
    fw,
)
bad(
    "dt-meth-yearless-told-done-after",
    DT,
    "meth",
    METH + " The visit on 14/04 confirmed the cot is in place.",
    "a yearless event told done six weeks after signing",
)
bad(
    "dt-lith-yearless-month-told-done",
    DT,
    "lith",
    LITH + " On the 2nd of July her level was 0.6 mmol/L.",
    "a yearless level told as done two months after signing",
)
bad(
    "dt-sert-range-plan-before",
    DT,
    "sert",
    SERT + " The perinatal team will review her on 2-4 February 2026.",
    "a plan dated by a day range before the record",
)
bad(
    "dt-valp-plan-after-comma-before",
    DT,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester; fetal medicine will scan her, 2 April 2026, and "
    "folic acid 5 mg daily started today.",
    "the fetal plan dated after a comma before the record",
)

# ---------------------------------------------------------------------------------------------------- counts
ok(
    "ct-meth-four-hourly-18",
    CT,
    "meth",
    METH_DOSE + " The postnatal ward midwives score the baby 4-hourly for 72 hours, 18 scores in all, and the HV "
    "looks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "a count that follows from the interval and the window",
    bidi,
)
ok(
    "ct-sert-six-hourly-eight-sets",
    CT,
    "sert",
    "Sertraline 100 mg daily carries on, as a relapse would put her and the baby at more risk. Obs on the baby "
    "6-hourly for 48 h, 8 sets, looking for jitteriness and fast breathing; breastfeeding is compatible; GP mood "
    "review at the 6-week check.",
    "a count of sets that follows from the interval and window",
)
ok(
    "ct-mo-about-twenty",
    CT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg both carry on. The ward midwives score the baby 3-hourly for 72 h "
    "(about 24 scores), then the HV to day 8. Breastfeeding is encouraged. Methadone leaves her drowsy: no bed or "
    "sofa sharing; the HV and social worker see the cot before discharge.",
    "an approximate count that follows",
)
ok(
    "ct-cit-twelve-obs",
    CT,
    "cit",
    "Citalopram 20 mg daily continues, as stopping led to relapse before. The midwife records obs on the baby "
    "4-hourly for the first 48 hours, 12 sets, for jitteriness, fast breathing and poor feeding; breastfeeding "
    "is encouraged; GP mood review at 6 weeks.",
    "a count that follows from the window over the interval",
)
bad(
    "ct-meth-four-hourly-forty",
    CT,
    "meth",
    METH_DOSE + " The ward midwives score the baby 4-hourly for 72 hours, that is 40 scores, and the HV looks for "
    "late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "a count that cannot follow: 72 h at 4-hourly is 18",
    zwsp,
)
bad(
    "ct-cit-six-obs-in-48",
    CT,
    "cit",
    "Citalopram 20 mg daily continues, as stopping led to relapse before. The midwife records obs on the baby "
    "2-hourly for the first 48 hours, 6 sets in total; breastfeeding is encouraged; GP mood review at 6 weeks.",
    "six sets cannot cover 48 h at 2-hourly (24)",
)

# ---------------------------------------------------------------------------------------------------- ages
ok(
    "ag-dzp-seen-at-three-days",
    AG,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The HV saw the baby at 3 days of age with no withdrawal signs; she and the "
    "foster carer watch until day 8.",
    "the baby seen at an age within its age at writing",
    greek,
)
ok(
    "ag-quet-seen-at-ten-days",
    AG,
    "quet",
    QUET + " The HV saw the baby at 10 days of age, settled in the crib.",
    "the baby seen on its age at writing",
)
ok(
    "ag-dzp-will-see-at-fourteen",
    AG,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The foster carer watches for late withdrawal until day 8, and the HV will see "
    "the baby again at 14 days of age.",
    "a plan at an age to come",
)
ok(
    "ag-meth-three-day-stay",
    AG,
    "meth",
    METH_DOSE + " She has a planned 3-day postnatal stay so the ward midwives can score the baby for withdrawal "
    "for 72 h; the HV looks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "her postnatal stay long enough for the ward watch",
    cyr,
)
ok(
    "ag-fo-placement-after-move",
    AG,
    "fo",
    FO + " The baby moved to the placement on day 5; the HV sees the baby there on day 7 and again on day 10.",
    "visits at the placement after the move",
)
bad(
    "ag-dzp-seen-at-eleven-days",
    AG,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The HV saw the baby at 11 days of age with no withdrawal signs; the foster "
    "carer watches until day 8.",
    "the baby told as seen at 11 days when it was 4 days old at writing",
)
bad(
    "ag-meth-one-day-stay",
    AG,
    "meth",
    METH_DOSE + " The ward midwives score the baby for withdrawal for 72 h during her one-day postnatal stay; the "
    "HV looks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "a 72 h ward watch inside a one-day stay",
)
bad(
    "ag-fo-placement-before-move",
    AG,
    "fo",
    FO + " The baby moves from the ward to the placement on day 12; the HV sees the baby in the placement on day 9.",
    "a visit at the placement before the baby arrives there",
    fw,
)

# ---------------------------------------------------------------------------------------------------- stage
ok(
    "stg-meth-will-examine",
    STG,
    "meth",
    METH + " The paediatrician will examine the baby after delivery.",
    "an after-birth act planned",
)
ok(
    "stg-meth-first-pregnancy-examined",
    STG,
    "meth",
    METH + " In her first pregnancy the paediatrician examined that baby after delivery and he needed no morphine.",
    "an after-birth act of another pregnancy",
    shy,
)
ok(
    "stg-lith-bloods-planned",
    STG,
    "lith",
    LITH + " The baby's lithium level and thyroid function are to be taken after birth if signs appear.",
    "after-birth tests planned",
)
ok(
    "stg-cit-checked-short",
    STG,
    "cit",
    CIT + " Baby checked after delivery by the ward paediatrician as routine.",
    "a participle written short for a plan",
)
bad(
    "stg-meth-examined-newborn",
    STG,
    "meth",
    METH_DOSE
    + " The neonatal team examined the newborn after delivery and found no withdrawal. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "an after-birth event told as done in an antenatal record",
    bidi,
)
bad(
    "stg-sert-baby-fed-well",
    STG,
    "sert",
    "Sertraline 100 mg daily is kept the same, as relapse would harm her and the baby more. The baby fed well "
    "after the birth and showed no jitteriness; breastfeeding is compatible; GP mood review at 6 weeks.",
    "the baby's after-birth course told as done before the birth",
)

# ---------------------------------------------------------------------------------------------------- urgency
ok(
    "ur-valp-urgent-and-anomaly",
    UR,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester: urgent neurology review this week and a detailed "
    "anomaly scan at 20 weeks; folic acid 5 mg daily started today.",
    "urgent now and a routine later plan joined by 'and'",
    cyr,
)
ok(
    "ur-sert-urgent-and-six-weeks",
    UR,
    "sert",
    SERT + " If her mood drops: urgent perinatal mental health review within 48 hours and a GP follow-up in 6 weeks.",
    "urgent within days, routine follow-up later",
)
ok(
    "ur-lith-urgent-today-and-monthly",
    UR,
    "lith",
    LITH + " Urgent level today after her vomiting bug and routine levels monthly after that.",
    "urgent today and routine monthly",
)
bad(
    "ur-valp-urgent-in-ten-weeks",
    UR,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester: urgent fetal medicine review in 10 weeks and the "
    "anomaly scan at 20 weeks; folic acid 5 mg daily started today.",
    "an urgent review put off ten weeks",
)
bad(
    "ur-vo-urgent-in-three-months",
    UR,
    "vo",
    "Sodium valproate goes on unchanged; she must not stop it suddenly. First-trimester exposure: urgent neurology "
    "review in 3 months and fetal medicine at 20 weeks; folic acid 5 mg started. Risk form on file.",
    "an urgent neurology review put off three months",
    greek,
)

# ---------------------------------------------------------------------------------------------------- conception
ok(
    "cn-valp-since-2019",
    CN,
    "valp",
    VALP + " She has taken valproate since 2019, long before this pregnancy began.",
    "a listed start truly before conception",
)
ok(
    "cn-valp-otc-folic",
    CN,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester, so an urgent neurology review and an early fetal "
    "medicine scan are booked. She had taken over-the-counter folic acid 400 micrograms since before conception; "
    "the 5 mg dose started today.",
    "another strength of folic acid started before conception",
    zwsp,
)
ok(
    "cn-sert-before-pregnancy",
    CN,
    "sert",
    "Sertraline was started in June 2025, before this pregnancy, and 100 mg daily stays the same: a relapse would "
    "put her and the baby at more risk. The ward midwives watch the baby for 48 h for adaptation signs; "
    "breastfeeding is compatible; GP mood review at 6 weeks.",
    "a listed start truly before conception",
)
ok(
    "cn-cit-started-years-before",
    CN,
    "cit",
    "Citalopram was started two years ago, well before she conceived. " + CIT,
    "a listed start truly before conception",
)
bad(
    "cn-valp-folic-five-before",
    CN,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester, so an urgent neurology review and an early fetal "
    "medicine scan are booked. Folic acid 5 mg daily was started three months before conception.",
    "the listed 5 mg folic acid, started today, told as started before conception",
    cyr,
)

# ---------------------------------------------------------------------------------------------------- objectless
ok(
    "ob-meth-looked-after-by",
    OB,
    "meth",
    METH_DOSE + " After the birth the baby will be looked after by the ward midwives, who score for withdrawal "
    "4-hourly for 72 h; the HV looks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "'looked after by' keeps its object",
)
ok(
    "ob-sert-seeing-her-weekly",
    OB,
    "sert",
    SERT + " The perinatal mental health nurse is seeing her fortnightly until the birth.",
    "'seeing her' keeps its object",
    fw,
)
ok(
    "ob-cit-she-is-coping",
    OB,
    "cit",
    "She is coping and sleeps well. " + CIT,
    "an intransitive verb is finished English",
)
ok(
    "ob-lith-colon-object",
    OB,
    "lith",
    LITH + " After birth the ward midwives will be watching for: floppiness, poor feeding and drowsiness.",
    "a colon after the verb brings its object",
)
bad(
    "ob-meth-baby-to-be-watched-for",
    OB,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. The baby on the postnatal ward is to be watched for.",
    "the only word on the baby a passive left on its 'for'",
    shy,
)
bad(
    "ob-dzp-as-for-baby-checking",
    OB,
    "dzp",
    DZP_DOSE + " As for the baby, the HV and the foster carer are checking.",
    "the only word on the baby a fronted topic with an objectless verb",
)

# ---------------------------------------------------------------------------------------------------- pointers
ok(
    "pt-meth-guideline-beside-plan",
    PT,
    "meth",
    METH + " Scoring follows the Trust neonatal abstinence guideline.",
    "a guideline named as the standard beside a full plan",
)
ok(
    "pt-mo-refer-to-guideline-for-chart",
    PT,
    "mo",
    MO + " Refer to the NAS guideline for the scoring chart itself.",
    "a reader pointed to a guideline for the chart, the plan given",
    cyr,
)
ok(
    "pt-meth-numbered-plan",
    PT,
    "meth",
    "Plan: 1. methadone 60 mg once daily continues; 2. the ward midwives score the baby for withdrawal for 72 h and "
    "the HV to day 8; 3. breastfeeding encouraged; 4. she is drowsy after doses, so no bed or sofa sharing, and "
    "the HV checks the cot at the home visit.",
    "a numbered plan written out with its holders",
)
ok(
    "pt-lith-aims-with-holders",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Aims: 1. levels in range - GP practice monthly, weekly from 36 "
    "weeks, within 24 h of birth; 2. a well baby - paediatric review after birth for floppiness and thyroid; 3. no "
    "relapse - perinatal team within a week of birth. Bottle feeding, as lithium enters breast milk.",
    "numbered goals each with who meets it",
)
ok(
    "pt-cit-no-full-stop",
    PT,
    "cit",
    "Citalopram 20 mg daily continues, as stopping brought relapse before. The midwife watches the baby for 48 h "
    "after birth for jitteriness and fast breathing; breastfeeding encouraged; GP mood review at 6 weeks",
    "a finished sentence without its full stop",
)
ok(
    "pt-quet-supersedes-draft",
    PT,
    "quet",
    QUET + " This replaces the draft sent on 20 May.",
    "a plan superseding a draft",
    greek,
)
ok(
    "pt-sert-items-done",
    PT,
    "sert",
    SERT + " Items 1 to 3 of the maternity checklist are done: alert, birth plan and feeding plan.",
    "numbered parts of a checklist said to be done",
)
bad(
    "pt-meth-nas-per-points",
    PT,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. For the baby's withdrawal watch and sleep, see points 3 and 5 of "
    "the maternity alert.",
    "the baby's care only pointed to numbered parts of another document",
)
bad(
    "pt-meth-refer-guideline-bare",
    PT,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. Neonatal observation and sleep: refer to the Trust abstinence "
    "and safe sleep guideline.",
    "the baby's care only a pointer to a guideline",
)
bad(
    "pt-lith-aims-no-one",
    PT,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Aims: 1. levels stay in range; 2. a healthy baby; 3. she stays well "
    "after birth.",
    "numbered goals with no one to meet them",
)
bad(
    "pt-cit-cut-off",
    PT,
    "cit",
    "Citalopram 20 mg daily continues, as stopping brought relapse before. After birth the baby will be watched for "
    "adaptation signs by the",
    "cut off mid-clause",
)
bad(
    "pt-quet-only-draft",
    PT,
    "quet",
    QUET + " None of this has been agreed yet; treat it as a draft only.",
    "the whole plan disowned",
)

# ---------------------------------------------------------------------------------------------------- conditions
ok(
    "cd-valp-if-under-ten",
    CD,
    "valp",
    VALP + " If neurology sees her before 10 weeks, the epilepsy nurse also discusses the dose with fetal medicine.",
    "a condition that can hold",
)
ok(
    "cd-meth-if-born-before-34",
    CD,
    "meth",
    METH + " If the baby is born before 34 weeks, the neonatal unit scores the baby instead of the ward.",
    "a preterm birth is a real condition",
    zwsp,
)
ok(
    "cd-dzp-if-readmitted",
    CD,
    "dzp",
    DZP + " If the baby is readmitted with poor feeding, the paediatric team scores the baby again.",
    "a readmission is a real condition",
)
bad(
    "cd-meth-if-born-at-twelve",
    CD,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. If the baby is born at 12 weeks, the neonatal team scores the "
    "baby for withdrawal on SCBU.",
    "the only word on the baby a plan under a birth at 12 weeks",
)
bad(
    "cd-valp-24-and-first-trimester",
    CD,
    "valp",
    VALP_DOSE + " If she is past 24 weeks and still in the first trimester, fetal medicine will scan the baby. "
    "Folic acid 5 mg daily started today.",
    "the fetal plan under two gestations that exclude each other",
)

# ---------------------------------------------------------------------------------------------------- negation
ok(
    "ng-cit-not-unreasonable-feed",
    NG,
    "cit",
    "Citalopram 20 mg daily stays as it is; stopping is not without risk, since she relapsed last time. It is not "
    "unreasonable for her to breastfeed. The midwife watches the baby for 48 h for adaptation signs; GP mood review "
    "at the 6-week check.",
    "safe double negatives about stopping and feeding",
    bidi,
)
ok(
    "ng-meth-never-not-even",
    NG,
    "meth",
    METH_NOSLEEP + " She must never have the baby in her bed, not even for a feed; the HV checks the cot at the "
    "home visit.",
    "an emphatic negative widening the rule",
)
ok(
    "ng-quet-no-exception",
    NG,
    "quet",
    QUET_HEAD + " He must not sleep with the baby at any time, with no exception for naps. He does no night "
    "feeds; Chloe does the nights in the crib beside her bed; the HV checks at each visit.",
    "'no exception' widens the rule",
)
bad(
    "ng-dzp-not-inadvisable-bed",
    NG,
    "dzp",
    DZP_DOSE + " Having the baby in bed with her is not inadvisable once the foster carer is up. " + DZP_WATCH,
    "bed sharing with a sedated mother allowed by a double negative",
)
bad(
    "ng-quet-unless-night",
    NG,
    "quet",
    QUET_HEAD + " He must not share a bed with the baby other than at night. Chloe does the feeds; the HV visits.",
    "an exception covering the time the rule matters",
)

# ---------------------------------------------------------------------------------------------------- holders
ok(
    "hd-lith-mother-lifts",
    HD,
    "lith",
    LITH + " Her mother drives her to the lithium clinic, where the practice nurse takes the bloods.",
    "a relative helping beside a role that holds the act",
)
ok(
    "hd-meth-pharmacist-supervises",
    HD,
    "meth",
    METH + " The community pharmacist supervises each dose and tells the drug service of any missed one.",
    "the pharmacist's own work",
    shy,
)
ok(
    "hd-quet-adult-daughter",
    HD,
    "quet",
    QUET + " His daughter, who is 19, helps with the daytime bottles.",
    "an adult relative helping in the day",
)
ok(
    "hd-dzp-sister-visits",
    HD,
    "dzp",
    DZP + " Her sister visits at weekends for company; the social worker approved this.",
    "a relative's visit beside the roles",
)
bad(
    "hd-lith-mother-takes-bloods",
    HD,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, because relapse risk is high. Her mother takes the baby's lithium "
    "level and thyroid bloods after the birth.",
    "a relative taking the baby's bloods, the only word on the baby",
)
bad(
    "hd-meth-chemist-scores",
    HD,
    "meth",
    METH_DOSE
    + " The chemist who supervises her dose will score the baby for withdrawal after discharge. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a dispensing role scoring the baby",
    greek,
)
bad(
    "hd-quet-child-nights",
    HD,
    "quet",
    QUET_HEAD + " He does no night feeds and never sleeps with the baby; the night feeds are done by her son (10).",
    "a child given the night feeds",
)

# ---------------------------------------------------------------------------------------------------- nights
ok(
    "nt-dzp-evening-feed",
    NT,
    "dzp",
    DZP + " Kayleigh gives the 6 pm feed before her evening doses, with the carer beside her.",
    "the sedated mother's supervised evening feed",
)
ok(
    "nt-quet-evening-bottle",
    NT,
    "quet",
    QUET + " Daniel gives the 8 pm bottle before he takes his dose.",
    "the sedated father's evening bottle before the dose",
    fw,
)
ok(
    "nt-po-chloe-nights",
    NT,
    "po",
    PO + " Chloe does the 2 am and 5 am feeds.",
    "the unsedated parent's small-hours feeds",
)
bad(
    "nt-dzp-kayleigh-four-am",
    NT,
    "dzp",
    DZP_DOSE
    + " Both leave her drowsy; no bed sharing. Kayleigh does the 4 am bottle so the carer can sleep. "
    + DZP_WATCH,
    "the sedated mother named for a small-hours feed",
)
bad(
    "nt-quet-daniel-three-am",
    NT,
    "quet",
    QUET_HEAD + " He never sleeps with the baby on a bed or sofa. Daniel gives the 3 am bottle so Chloe can rest; "
    "the HV checks the crib.",
    "the sedated father named for a small-hours bottle",
    zwsp,
)

# ---------------------------------------------------------------------------------------------------- withdrawn
ok(
    "wd-valp-scan-rebooked",
    WD,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester; the urgent neurology review is booked, and the first "
    "fetal medicine slot was cancelled and rebooked for next Tuesday. Folic acid 5 mg daily started today.",
    "a cancelled appointment rebooked",
)
ok(
    "wd-meth-that-plan-replaced",
    WD,
    "meth",
    METH + " The earlier SCBU admission plan was dropped; that plan was replaced by the ward scoring above.",
    "a withdrawn plan with its replacement",
    cyr,
)
ok(
    "wd-sert-not-needed-reason",
    WD,
    "sert",
    SERT + " A psychiatry referral will not be booked, as she is well and the GP holds her care.",
    "a booking said not needed, with its reason and holder",
)
bad(
    "wd-meth-that-plan-dropped",
    WD,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. The ward midwives were to score the baby for 72 h, but that plan "
    "has since been dropped.",
    "the only word on the baby a plan withdrawn with nothing in its place",
)
bad(
    "wd-valp-scan-not-booked",
    WD,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester. The fetal medicine referral was withdrawn and no "
    "scan will be booked. Folic acid 5 mg daily started today.",
    "the fetal plan withdrawn and not booked",
    shy,
)

# ---------------------------------------------------------------------------------------------------- doses
ok(
    "ds-valp-harm-as-reason",
    DS,
    "valp",
    "Sodium valproate 500 mg twice a day goes on: stopping suddenly risks seizures. " + VALP_BABY,
    "a dose's harm on stopping as why it stands",
)
ok(
    "ds-valp-day-total",
    DS,
    "valp",
    "Sodium valproate 1000 mg a day in two doses continues; a sudden stop risks seizures. " + VALP_BABY,
    "the day's total agreeing with the list",
    greek,
)
ok(
    "ds-meth-harm-reduction",
    DS,
    "meth",
    "Methadone 60 mg daily continues: cutting it down now risks relapse and withdrawal in the womb. "
    + METH_WATCH
    + " "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a change's harm as why the dose stands",
)
ok(
    "ds-dzp-taper-told",
    DS,
    "dzp",
    "Diazepam is tapering from 15 mg a day after the 6-week review and pregabalin 150 mg twice a day continues. "
    + DZP_SLEEP
    + " "
    + DZP_WATCH,
    "a taper told as a change",
)
bad(
    "ds-valp-day-half",
    DS,
    "valp",
    "Sodium valproate 500 mg daily continues: stopping suddenly risks seizures. " + VALP_BABY,
    "a day's amount half the listed 500 mg twice a day",
)
bad(
    "ds-lith-target-tenfold",
    DS,
    "lith",
    LITH + " The target level is 5 to 10 mmol/L.",
    "a serum level target no range holds",
)

# ---------------------------------------------------------------------------------------------------- forms
ok(
    "fm-sert-by-mouth",
    FM,
    "sert",
    "Sertraline 100 mg daily by mouth stays the same, as relapse would put her and the baby at more risk. The ward "
    "midwives watch the baby for 48 h for jitteriness and poor feeding; breastfeeding compatible; GP mood review at "
    "6 weeks.",
    "the tablets' own route",
)
ok(
    "fm-meth-oral-solution",
    FM,
    "meth",
    "Methadone oral solution 60 ml (60 mg) once daily, swallowed under supervision at the pharmacy, stays the same. "
    + METH_WATCH
    + " "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "the oral solution's own route",
    bidi,
)
ok(
    "fm-lith-tablets-whole",
    FM,
    "lith",
    LITH + " The Priadel tablets are swallowed whole, not crushed.",
    "the listed form taken as it should be",
)
bad(
    "fm-cit-given-intravenously",
    FM,
    "cit",
    "Citalopram 20 mg daily, given intravenously, continues. " + CIT.split(". ", 1)[1],
    "a tablet given into a vein",
)
bad(
    "fm-lith-as-pessaries",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg at night as pessaries continues. " + LITH.split(". ", 1)[1],
    "modified-release tablets called pessaries",
)

# ---------------------------------------------------------------------------------------------------- reader
ok(
    "rd-meth-named-team",
    RD,
    "meth",
    METH + " The named receiving midwife at the maternity unit puts the alert on her birth plan.",
    "a named receiving role holding a task",
)
ok(
    "rd-mo-reader-informed",
    RD,
    "mo",
    MO + " Anyone reading this should know the drug service keyworker is her first contact.",
    "a reader told a fact, the plan held by roles",
    fw,
)
bad(
    "rd-meth-whoever-picks-up",
    RD,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. Whoever picks this up at the maternity unit will need to sort out "
    "the baby's withdrawal scoring and where the baby sleeps.",
    "the baby's care left to whoever reads the record",
)

# ---------------------------------------------------------------------------------------------------- more near misses
ok(
    "ob-meth-watched-for-withdrawal",
    OB,
    "meth",
    METH_DOSE + " A sudden cut would risk relapse. The baby on the postnatal ward is to be watched for withdrawal by "
    "the midwives for 72 h, and by the HV to day 8. " + METH_FEED + " " + METH_SLEEP,
    "the passive watch keeps its object and holder",
    cyr,
)
ok(
    "pt-meth-points-written-out",
    PT,
    "meth",
    METH_DOSE + " Points 3 and 5 of the maternity alert say it plainly: the ward midwives score the baby for 72 h and "
    "the HV looks for late signs to day 8; no bed or sofa sharing after her dose. " + METH_FEED,
    "numbered parts pointed to and written out",
)
ok(
    "rd-meth-reader-told-holders",
    RD,
    "meth",
    METH + " For whoever reads this at the maternity unit: the ward midwives hold the scoring plan.",
    "the reader addressed, the plan held by named roles",
)
ok(
    "wd-meth-scbu-dropped-for-ward",
    WD,
    "meth",
    METH_DOSE + " The SCBU admission plan has been dropped because the ward midwives now score the baby on the "
    "postnatal ward for 72 h, and the HV looks to day 8. " + METH_FEED + " " + METH_SLEEP,
    "a plan dropped for the one that replaces it",
    zwsp,
)
ok(
    "cd-lith-if-level-high",
    CD,
    "lith",
    LITH + " If her level rises above 1.0 mmol/L, the GP lowers the dose that day and repeats it in a week.",
    "a condition on a level that can hold",
)
ok(
    "hd-lith-mother-reminds",
    HD,
    "lith",
    LITH + " Her mother reminds her when levels are due; the practice nurse takes the levels.",
    "a relative's reminder beside the role that takes the bloods",
)
ok(
    "hd-quet-grandmother-nappies",
    HD,
    "quet",
    QUET + " His mother, who is 64, helps with daytime nappies and baths.",
    "an adult relative helping in the day",
)
ok(
    "nt-dzp-carer-three-am",
    NT,
    "dzp",
    DZP + " The foster carer does the 3 am feed every night.",
    "the unsedated carer's small-hours feed",
    shy,
)
ok(
    "nt-quet-chloe-bottle-daniel-evening",
    NT,
    "quet",
    QUET_HEAD + " Chloe does the 0300 bottle and every other night feed; Daniel gives the 7 pm one before his dose "
    "and never sleeps with the baby on a bed, sofa or armchair. The crib by Chloe's side is checked by the HV.",
    "the night bottle the unsedated mother's, an evening one his",
)
ok(
    "ds-lith-target-in-range",
    DS,
    "lith",
    LITH + " Target lithium level 0.6 to 0.8 mmol/L.",
    "a target within the therapeutic range",
    greek,
)
ok(
    "ds-lith-measured-level-dated",
    DS,
    "lith",
    LITH + " Her last level, on 22 April 2026, was 0.7 mmol/L.",
    "a measured level dated with its year",
)
ok(
    "fm-cit-tablet-by-mouth",
    FM,
    "cit",
    "Citalopram 20 mg tablets, one by mouth each morning, continue, since stopping last time led to relapse. The "
    "midwife watches the baby for 48 h after birth for jitteriness and fast breathing; breastfeeding is "
    "encouraged; GP mood review at 6 weeks.",
    "the tablets taken by mouth",
)
ok(
    "dt-quet-yearless-same-day",
    DT,
    "quet",
    QUET + " The HV saw the crib in place on 28/05.",
    "a yearless past date on the day of signing",
)
ok(
    "dt-dzp-yearless-plan",
    DT,
    "dzp",
    DZP + " The social worker reviews the placement on 30/06.",
    "a plan on a yearless date to come",
)
ok(
    "gs-cit-loss-at-eighteen",
    GS,
    "cit",
    CIT + " She lost a pregnancy at 18 weeks in 2023, so the midwife sees her fortnightly until the birth.",
    "a gestation of a past loss",
)
ok(
    "ag-quet-will-at-six-weeks",
    AG,
    "quet",
    QUET + " The GP sees the baby at 6 weeks of age with Chloe.",
    "a plan at an age to come",
)
ok(
    "stg-lith-first-baby-floppy",
    STG,
    "lith",
    LITH + " Her first baby was a little floppy after birth in 2019 and recovered within two days.",
    "an after-birth event of an earlier baby",
)
ok(
    "ur-cit-urgent-today-routine",
    UR,
    "cit",
    CIT + " Urgent GP call today about her poor sleep and a routine review at 36 weeks.",
    "urgent today joined to a routine later review",
    fw,
)
ok(
    "ng-sert-not-uncommon",
    NG,
    "sert",
    "Mild jitteriness is not uncommon after sertraline in pregnancy and settles within days. Sertraline 100 mg daily "
    "continues, as relapse would harm her and the baby more. The ward midwives watch the baby for 48 h; "
    "breastfeeding is compatible; GP mood review at 6 weeks.",
    "'not uncommon' as a fact, the plan held",
)
ok(
    "cn-lith-since-2021",
    CN,
    "lith",
    LITH + " She has taken lithium since 2021, before this pregnancy.",
    "a listed start truly before conception",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F125CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F125CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F125CASES):3}"
    )
