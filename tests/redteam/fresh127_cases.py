"""A hundred-and-twenty-seventh independent "fresh" batch of red-team cases for the share gate: the adversary,
twenty-third round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. A reviewer tries to get hollow, contradictory or impossible records past the gate while they read as
fluent clinical writing; about three in five must refuse, and each shape has a near miss that must pass:

* ``holders``: every act left in the passive with no one to do it, or given to someone who cannot do it (a
  practitioner who has left, a pharmacist at the cot side, the sedated father at 2 am); against named holders;
* ``withdrawn``: plans cancelled, put off past the point they matter, or written for a typical patient and not
  this one; against an old plan replaced by this one;
* ``conditions``: plans hung on something that can never hold (a date that does not exist, a stop the text rules
  out); against real conditions;
* ``pasted``: another medicine's plan under this one (a teratogen's plan given withdrawal scoring, a dose from
  another line); against the right plan;
* ``facts``: the record's facts contradicted (who takes the medicine, who is sedated, where the baby is, how the
  baby is fed, the baby's age, the EDD); against the facts as recorded;
* ``counts``: counts and timings that cannot be (more hours than a day, a range that runs backwards, more weekly
  levels than weeks); against arithmetic that holds;
* ``deferrals``: pointers in new clothing (a question answered by a letter, table cells "as before", a
  parenthesis that is the only plan); against a pointer beside a full plan;
* ``closings``: a last sentence that hollows what came before (copied from the last pregnancy, written for a
  visit she missed, not yet discussed); against a last sentence that confirms it;
* ``disowned``: text from an AI scribe or another person, not endorsed; against text drafted with others and
  agreed;
* ``numbers``: doses and units that are impossible or contradict the dose line; against equivalent forms;
* ``names``: concerning medicines hidden as brands and combinations in the conclusion or the list; against
  advice not to take them and harmless medicines;
* ``dates``: dates that do not exist, plans dated before the birth in a postnatal record, a hand-over planned at
  a booking visit after the birth; against real dates;
* ``routes``: endpoints that cannot deliver (a port out of range, a host that is no host, a telephone too
  short, a hand-over on a day that does not exist); against ones that can;
* ``shapes``: questions answered, tables in text, fronted adverbials, parentheses and lists, both ways;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added to a list are uncoded).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh127_cases`` for the counts per category.
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
    P,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F127CASES: list[Case] = []

CATEGORIES = (
    "holders",
    "withdrawn",
    "conditions",
    "pasted",
    "facts",
    "counts",
    "deferrals",
    "closings",
    "disowned",
    "numbers",
    "names",
    "dates",
    "routes",
    "shapes",
    "disguise",
)

HD, WD, CD, PS, FC, CN, DF, CL, DO, NU, NM, DT, RT, SH, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F127CASES.append(Case(f"f127-{name}", category, expect, base, mutate, why))


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


def rec(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    """A case that changes something other than a conclusion (a list entry, a route)."""
    add(name, category, expect, base, mutate, why)


# Complete bodies written afresh for this batch; each case adds or changes one point of one of them.
METH_DOSE = "Jodie's methadone, 60 mg once a day as supervised oral solution, stays at that dose through pregnancy."
METH_WATCH = (
    "The ward midwives score her baby for neonatal withdrawal for at least 72 hours after birth, and the health "
    "visitor checks for late signs until day 8."
)
METH_FEED = "Breastfeeding is supported on this stable dose."
METH_SLEEP = (
    "Methadone leaves her drowsy for some hours after each dose, so the baby must never share her bed or sofa; the "
    "health visitor checks the cot at the first home visit."
)
METH = " ".join((METH_DOSE, METH_WATCH, METH_FEED, METH_SLEEP))
SERT_HEAD = "Sertraline, 100 mg each morning, continues because stopping it has brought back her depression before."
SERT_WATCH = (
    "After birth the midwives watch the baby for 48 hours for jitteriness, poor feeding and fast breathing, "
    "alongside the withdrawal scoring."
)
SERT_TAIL = "Breastfeeding on sertraline is fine, and the GP reviews her mood at the 6-week check."
SERT = " ".join((SERT_HEAD, SERT_WATCH, SERT_TAIL))
MO = (
    "Methadone and sertraline continue at today's doses. The ward midwives score the baby for 72 hours for "
    "withdrawal and SSRI adaptation signs, then the health visitor checks to day 8. Breastfeeding is supported. "
    "Because methadone makes her drowsy there is to be no co-sleeping; the social worker and health visitor see "
    "the cot before discharge."
)
CIT_HEAD = (
    "Citalopram 20 mg once daily continues through pregnancy, as she relapsed within six weeks when she last stopped."
)
CIT_WATCH = (
    "For 48 hours after birth the midwife watches the baby for jitteriness, poor feeding and fast breathing, with a "
    "paediatric review if these persist."
)
CIT_TAIL = "Breastfeeding is supported, and the GP reviews her mood at the 6-week check."
CIT = " ".join((CIT_HEAD, CIT_WATCH, CIT_TAIL))
LITH_HEAD = (
    "Lithium (Priadel) 800 mg at night continues, because the risk of postpartum psychosis if she stops is greater "
    "than the risk to the baby."
)
LITH_LEVELS = (
    "Her level is checked every 4 weeks, weekly from 36 weeks and within 24 hours of birth, with the dose around "
    "delivery planned by the obstetric and perinatal teams."
)
LITH_BABY = "After birth the paediatrician reviews the baby for floppiness, poor feeding and thyroid problems."
LITH_FEED = "She will bottle feed, as lithium passes into breast milk."
LITH = " ".join((LITH_HEAD, LITH_LEVELS, LITH_BABY, LITH_FEED))
VALP_HEAD = (
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review, since stopping suddenly "
    "risks seizures that would endanger her and the baby."
)
VALP_BABY = (
    "The baby was exposed through the first trimester, with about a 1 in 10 risk of a major malformation and up to "
    "4 in 10 of later developmental problems, so the antenatal clinic arranges an early fetal medicine review and a "
    "detailed anomaly scan."
)
VALP_TAIL = "Folic acid 5 mg daily started today, and both referrals went today."
VALP = " ".join((VALP_HEAD, VALP_BABY, VALP_TAIL))
DZP_HEAD = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue for now; the GP plans a slow "
    "diazepam reduction at the 6-week review."
)
DZP_SLEEP = (
    "Together they make Kayleigh drowsy, so she must not share a bed, sofa or armchair with the baby or feed lying "
    "down, and the foster carer does the night feeds."
)
DZP_WATCH = (
    "The baby had mild withdrawal on day 3; the foster carer and health visitor watch for late signs until day 8."
)
DZP = " ".join((DZP_HEAD, DZP_SLEEP, DZP_WATCH))
QUET_HEAD = "Daniel takes quetiapine 300 mg at night and is very hard to wake for hours afterwards."
QUET_RULE = "He does no night feeds after his dose and must never fall asleep with the baby on a bed, sofa or armchair."
QUET_TAIL = (
    "Chloe does the nights, and the baby sleeps in the next-to-me crib on her side; the health visitor checks this "
    "at each visit for 8 weeks."
)
QUET = " ".join((QUET_HEAD, QUET_RULE, QUET_TAIL))

# ---------------------------------------------------------------------------------------------------- holders
bad(
    "hd-meth-all-passive",
    HD,
    "meth",
    METH_DOSE
    + " The baby will be scored for withdrawal for 72 hours. Late signs will be looked for until day 8. "
    + METH_FEED
    + " No bed or sofa sharing after her doses; the cot will be checked.",
    "every act in the passive: no one scores, looks or checks",
    cyr,
)
ok(
    "hd-meth-passive-with-agents",
    HD,
    "meth",
    METH_DOSE + " The baby will be scored for withdrawal for 72 hours by the ward midwives. Late signs will be "
    "looked for until day 8 by the health visitor. " + METH_FEED + " No bed or sofa sharing after her doses, as "
    "methadone sedates her; the cot will be checked by the health visitor at the first home visit.",
    "the same passives, each with its holder",
)
bad(
    "hd-meth-retired-midwife",
    HD,
    "meth",
    METH_DOSE + " Her baby is to be scored for withdrawal for 72 hours after birth by Anna Lowe, the community "
    "midwife who retired in January and has not been replaced. " + METH_FEED + " " + METH_SLEEP,
    "the only withdrawal watch given to a midwife who has retired",
)
ok(
    "hd-meth-retired-midwife-replaced",
    HD,
    "meth",
    METH_DOSE + " Since Anna Lowe retired in January, her successor on the community team and the ward midwives "
    "score the baby for withdrawal for 72 hours after birth, and the health visitor checks for late signs until "
    "day 8. " + METH_FEED + " " + METH_SLEEP,
    "the retirement told, the plan held by her successor and the ward",
)
bad(
    "hd-lith-pharmacist-paeds",
    HD,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The community pharmacist examines the baby after birth for floppiness, poor "
    "feeding and thyroid problems. " + LITH_FEED,
    "the baby's review after birth given to a community pharmacist, who does not examine newborns",
)
ok(
    "hd-lith-pharmacist-supply",
    HD,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The community pharmacist keeps the Priadel brand in stock; the neonatal "
    "registrar examines the baby after birth for floppiness, poor feeding and thyroid problems. " + LITH_FEED,
    "the pharmacist holds the supply, the registrar the review",
)
bad(
    "hd-quet-daniel-two-am",
    HD,
    "quet",
    QUET_HEAD + " He never falls asleep with the baby on a bed, sofa or armchair. Daniel gives the 2 am bottle "
    "every night so that Chloe can sleep; the baby sleeps in the next-to-me crib and the health visitor checks "
    "this at each visit.",
    "the night feed given to the father hours after the dose that leaves him hard to wake",
    zwsp,
)
ok(
    "hd-quet-daniel-seven-pm",
    HD,
    "quet",
    QUET_HEAD + " Daniel gives the 7 pm bottle, before his dose at 10 pm, and none after it; he never falls asleep "
    "with the baby on a bed, sofa or armchair. Chloe does the nights and the health visitor checks the crib at "
    "each visit.",
    "the father's feed is before his dose",
)
bad(
    "hd-valp-nurse-scans",
    HD,
    "valp",
    VALP_HEAD + " The baby was exposed through the first trimester, with about a 1 in 10 risk of a major "
    "malformation, so the epilepsy specialist nurse will carry out the detailed anomaly scan herself at her next "
    "phone call. " + VALP_TAIL,
    "the anomaly scan given to a nurse on a phone call",
)
ok(
    "hd-valp-nurse-phones",
    HD,
    "valp",
    VALP_HEAD + " The baby was exposed through the first trimester, with about a 1 in 10 risk of a major "
    "malformation, so fetal medicine does a detailed anomaly scan at 20 weeks, and the epilepsy specialist nurse "
    "phones her this week about the switch. " + VALP_TAIL,
    "the scan by fetal medicine, the phone call by the nurse",
)
bad(
    "hd-dzp-whoever-around",
    HD,
    "dzp",
    DZP_HEAD + " Together they make Kayleigh drowsy, so she must not share a bed, sofa or armchair with the baby "
    "or feed lying down; night feeds are done by whoever happens to be around. " + DZP_WATCH,
    "night feeds left to whoever is around, in a placement built to have another adult awake",
)
ok(
    "hd-dzp-named-nights",
    HD,
    "dzp",
    DZP_HEAD + " Together they make Kayleigh drowsy, so she must not share a bed, sofa or armchair with the baby "
    "or feed lying down; night feeds are done by the foster carer, who sleeps with the cot in her room. " + DZP_WATCH,
    "the night feeds named to the foster carer",
)
bad(
    "hd-cit-baby-self",
    HD,
    "cit",
    CIT_HEAD + " For 48 hours after birth the baby will show the midwife if it is jittery, feeding poorly or "
    "breathing fast; nobody else is asked to watch. " + CIT_TAIL,
    "the watch left to the baby to report itself; nobody watches",
)

# ---------------------------------------------------------------------------------------------------- withdrawn
bad(
    "wd-meth-mdt-cancelled",
    WD,
    "meth",
    METH + " At the MDT on 1 March this plan was cancelled in full and nothing has been agreed in its place.",
    "the whole plan cancelled and not replaced",
    greek,
)
ok(
    "wd-meth-mdt-home-birth-cancelled",
    WD,
    "meth",
    METH + " At the MDT on 1 March the earlier plan for a home birth was cancelled; this plan replaces it.",
    "an old plan cancelled, this one in force",
)
bad(
    "wd-lith-levels-postponed",
    WD,
    "lith",
    LITH_HEAD
    + " Her levels are postponed until the baby is six months old, to spare her the blood tests. "
    + LITH_BABY
    + " "
    + LITH_FEED,
    "every level in pregnancy and around birth put off past the point it matters",
    fw,
)
ok(
    "wd-lith-level-moved-a-day",
    WD,
    "lith",
    LITH_HEAD
    + " "
    + LITH_LEVELS
    + " This month's level moved a day, to 7 May, because the lab was shut. "
    + LITH_BABY
    + " "
    + LITH_FEED,
    "one level moved by a day, the schedule kept",
)
bad(
    "wd-valp-folic-at-sixteen",
    WD,
    "valp",
    VALP_HEAD + " " + VALP_BABY + " Folic acid 5 mg will be started at 16 weeks, once the fetal medicine review has "
    "been done, and not before.",
    "folic acid deferred past the weeks when it protects the neural tube",
)
ok(
    "wd-valp-folic-until-twelve",
    WD,
    "valp",
    VALP_HEAD + " " + VALP_BABY + " Folic acid 5 mg, started today, goes on until at least 12 weeks; the referrals "
    "went today.",
    "folic acid started now and continued to 12 weeks",
)
bad(
    "wd-meth-typical-mother",
    WD,
    "meth",
    "What follows is what we advise for a typical mother on methadone 60 mg once a day; Jodie's own plan is yet to "
    "be made. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "a generic plan, expressly not hers",
)
ok(
    "wd-meth-typical-mother-agreed",
    WD,
    "meth",
    "What follows is what we advise for mothers on methadone, and Jodie agreed today to follow it: 60 mg once a "
    "day continues. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "the generic advice adopted as hers",
)
bad(
    "wd-dzp-taper-then-stop-watch",
    WD,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3; the watch for late signs was called off on "
    "day 4 because the ward needed the cot.",
    "the late-withdrawal watch called off on day 4, before day 8",
)
ok(
    "wd-dzp-ward-cot-needed",
    WD,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3 and left the ward on day 5 when the cot was "
    "needed; the foster carer and health visitor carry on watching for late signs until day 8.",
    "the ward's part ended, the watch carried on at the placement",
)

# ---------------------------------------------------------------------------------------------------- conditions
bad(
    "cd-dzp-thirty-first-june",
    CD,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3. Should late signs appear on 31 June, the "
    "foster carer rings the neonatal unit; otherwise no watch is kept.",
    "the only late watch hung on a date that does not exist",
    shy,
)
ok(
    "cd-dzp-sixteenth-june",
    CD,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3. Until 16 June (day 8) the foster carer "
    "and health visitor watch for late signs, and ring the neonatal unit if they appear.",
    "the watch ends on day 8, a real date",
)
bad(
    "cd-meth-if-stops-today",
    CD,
    "meth",
    METH_DOSE + " Only if she stops methadone today will the ward midwives score the baby for withdrawal after "
    "birth. " + METH_FEED + " " + METH_SLEEP,
    "the watch conditional on a stop the same text rules out, and backwards",
)
ok(
    "cd-meth-if-dose-rises",
    CD,
    "meth",
    METH + " If the drug service raises the dose before birth, they tell the ward and the health visitor the same "
    "week.",
    "a real condition with a holder",
)
bad(
    "cd-cit-if-born-before-conceived",
    CD,
    "cit",
    CIT_HEAD + " If the baby is born before she conceived, the midwife watches for jitteriness, poor feeding and "
    "fast breathing for 48 hours. " + CIT_TAIL,
    "the only watch hung on a birth before conception",
)
ok(
    "cd-cit-if-born-before-term",
    CD,
    "cit",
    CIT_HEAD + " " + CIT_WATCH + " If the baby is born before 37 weeks, the neonatal team does this watch on "
    "SCBU. " + CIT_TAIL,
    "a preterm birth is a real condition",
)
bad(
    "cd-quet-if-no-dose",
    CD,
    "quet",
    QUET_HEAD
    + " On nights he takes no quetiapine he may sleep with the baby on the sofa; he takes it every night. "
    + QUET_TAIL,
    "a safe-sleep rule built on a night that never comes, with sofa sleeping permitted",
)

# ---------------------------------------------------------------------------------------------------- pasted
bad(
    "ps-valp-withdrawal-plan",
    PS,
    "valp",
    VALP_HEAD + " The ward midwives score the baby for neonatal withdrawal for 72 hours after birth and the health "
    "visitor looks for late signs to day 8. " + VALP_TAIL,
    "an opioid's withdrawal plan under valproate; the first-trimester exposure never answered",
)
ok(
    "ps-valp-teratogen-plan",
    PS,
    "valp",
    VALP,
    "valproate's own plan: exposure, scan, folic acid",
)
bad(
    "ps-sert-methadone-dose",
    PS,
    "sert",
    "Sertraline continues at 60 mg (60 ml) once daily under supervised consumption. " + SERT_WATCH + " " + SERT_TAIL,
    "methadone's dose line pasted into the sertraline conclusion",
)
ok(
    "ps-sert-two-tablets",
    PS,
    "sert",
    "Sertraline continues as two 50 mg tablets (100 mg) once daily. " + SERT_WATCH + " " + SERT_TAIL,
    "sertraline's own dose in other words",
)
bad(
    "ps-cit-lithium-levels",
    PS,
    "cit",
    CIT_HEAD + " Her level is checked every 4 weeks, weekly from 36 weeks and within 24 hours of birth. " + CIT_TAIL,
    "lithium's level plan under citalopram, no watch of the baby",
    fw,
)
ok(
    "ps-cit-own-watch",
    PS,
    "cit",
    CIT,
    "citalopram's own watch",
)
bad(
    "ps-quet-mothers-breastfeeding",
    PS,
    "quet",
    QUET_HEAD + " Breastfeeding on quetiapine is compatible and she is encouraged to feed on demand at night. "
    "The health visitor checks at each visit.",
    "a mother's breastfeeding advice pasted under the father's medicine, no safe-sleep rule",
)

# ---------------------------------------------------------------------------------------------------- facts
bad(
    "fc-quet-chloe-sedated",
    FC,
    "quet",
    "Quetiapine 300 mg at night leaves Chloe very hard to wake for hours, so Daniel does the night feeds and never "
    "lets her fall asleep with the baby on a bed, sofa or armchair; the health visitor checks the crib at each "
    "visit.",
    "the sedated parent swapped: the quetiapine is the father's",
    bidi,
)
ok(
    "fc-quet-daniel-sedated",
    FC,
    "quet",
    "Quetiapine 300 mg at night leaves Daniel very hard to wake for hours, so Chloe does the night feeds and never "
    "lets him fall asleep with the baby on a bed, sofa or armchair; the health visitor checks the crib at each "
    "visit.",
    "the sedated parent as recorded",
)
bad(
    "fc-dzp-grandmother-home",
    FC,
    "dzp",
    DZP_HEAD + " Together they make Kayleigh drowsy; the baby went home with her grandmother yesterday and sleeps "
    "in a Moses basket there, where the grandmother does the nights. " + DZP_WATCH,
    "the baby told as at the grandmother's home, in a parent-and-baby foster placement",
)
ok(
    "fc-dzp-grandmother-visits",
    FC,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " Her mother visits the placement in the afternoons. " + DZP_WATCH,
    "the grandmother visits the placement",
)
bad(
    "fc-dzp-breastfeeds",
    FC,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " Kayleigh breastfeeds on demand during the day, and the baby is exposed to both "
    "medicines in the milk. " + DZP_WATCH,
    "breastfeeding told of a baby bottle fed by choice",
    cyr,
)
ok(
    "fc-dzp-bottle",
    FC,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby is bottle fed, so neither medicine reaches it in milk. " + DZP_WATCH,
    "the feeding as recorded",
)
bad(
    "fc-lith-exclusive-breastfeed",
    FC,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " " + LITH_BABY + " She will breastfeed exclusively, as lithium does not pass "
    "into breast milk.",
    "breastfeeding and a false pharmacology, against the recorded bottle feeding",
)
ok(
    "fc-lith-thought-of-breastfeeding",
    FC,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " " + LITH_BABY + " She had thought of breastfeeding but chose to bottle feed "
    "once we talked about lithium in breast milk.",
    "breastfeeding considered and not chosen",
)
bad(
    "fc-dzp-nine-days-old",
    FC,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " Now nine days old, the baby had mild withdrawal on day 3; the foster carer and "
    "health visitor watch for late signs until day 8.",
    "the baby's age five days past the record's",
)
ok(
    "fc-dzp-four-days-old",
    FC,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " Now four days old, the baby had mild withdrawal on day 3; the foster carer and "
    "health visitor watch for late signs until day 8.",
    "the baby's age as the record gives it",
)
bad(
    "fc-meth-edd-june",
    FC,
    "meth",
    METH_DOSE + " With her EDD on 15/06/2026, the ward midwives score her baby for withdrawal for at least 72 hours "
    "after birth and the health visitor checks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "an EDD a month after the record's",
)
ok(
    "fc-meth-edd-may",
    FC,
    "meth",
    METH_DOSE + " With her EDD on 15/05/2026, the ward midwives score her baby for withdrawal for at least 72 hours "
    "after birth and the health visitor checks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "the record's EDD",
)
bad(
    "fc-po-chloe-takes-quetiapine",
    FC,
    "po",
    "Chloe takes paracetamol and quetiapine; the quetiapine sedates her heavily at night, so Daniel does the night "
    "feeds and she never sleeps with the baby on a bed, sofa or armchair. The crib has been seen and is safe.",
    "the partner's medicine told as the mother's",
)
ok(
    "fc-po-daniel-takes-quetiapine",
    FC,
    "po",
    "Chloe takes only paracetamol, which raises no concern. Daniel takes quetiapine, which sedates him heavily at "
    "night, so Chloe does the night feeds and he never sleeps with the baby on a bed, sofa or armchair. The crib "
    "has been seen and the health visitor keeps checking it.",
    "each medicine with its own taker",
)

# ---------------------------------------------------------------------------------------------------- counts
bad(
    "cn-meth-four-hourly-twelve",
    CN,
    "meth",
    METH_DOSE + " The ward midwives score her baby every 4 hours, twelve times a day, for 72 hours after birth, and "
    "the health visitor checks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "twelve four-hourly scores make 48 hours in a day",
    cyr,
)
ok(
    "cn-meth-four-hourly-six",
    CN,
    "meth",
    METH_DOSE + " The ward midwives score her baby every 4 hours, six times a day, for 72 hours after birth, and "
    "the health visitor checks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "six four-hourly scores a day",
)
bad(
    "cn-lith-eight-weekly-levels",
    CN,
    "lith",
    LITH_HEAD + " Her level is checked every 4 weeks, then weekly from 36 weeks, eight weekly levels in all before "
    "the due date, and within 24 hours of birth. " + LITH_BABY + " " + LITH_FEED,
    "eight weekly levels between 36 weeks and the due date, which is four weeks",
)
ok(
    "cn-lith-four-weekly-levels",
    CN,
    "lith",
    LITH_HEAD + " Her level is checked every 4 weeks, then weekly from 36 weeks, four weekly levels in all before "
    "the due date, and within 24 hours of birth. " + LITH_BABY + " " + LITH_FEED,
    "four weekly levels in four weeks",
)
bad(
    "cn-dzp-day-eight-to-five",
    CN,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3; the foster carer and health visitor watch "
    "for late signs from day 8 to day 5.",
    "a watch that runs backwards",
)
ok(
    "cn-dzp-day-five-to-eight",
    CN,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3; the foster carer and health visitor watch "
    "for late signs from day 5 to day 8.",
    "a watch that runs forwards",
)
bad(
    "cn-sert-seventy-hours-day",
    CN,
    "sert",
    SERT_HEAD + " After birth the midwives watch the baby for 48 hours, that is for five days, for jitteriness, "
    "poor feeding and fast breathing. " + SERT_TAIL,
    "48 hours restated as five days",
)
ok(
    "cn-sert-two-days",
    CN,
    "sert",
    SERT_HEAD + " After birth the midwives watch the baby for 48 hours, that is for two days, for jitteriness, "
    "poor feeding and fast breathing. " + SERT_TAIL,
    "48 hours restated as two days",
)
bad(
    "cn-quet-crib-eight-visits-week",
    CN,
    "quet",
    QUET_HEAD + " " + QUET_RULE + " Chloe does the nights and the baby sleeps in the next-to-me crib; the health "
    "visitor checks this at each visit, eight visits a day for 8 weeks.",
    "eight health visitor visits a day",
)
bad(
    "cn-mo-twenty-five-hours",
    CN,
    "mo",
    "Methadone and sertraline continue at today's doses. The ward midwives score the baby for 72 hours, 25 hours "
    "a day, for withdrawal and SSRI adaptation signs, then the health visitor checks to day 8. Breastfeeding is "
    "supported. Methadone makes her drowsy: no co-sleeping; the social worker sees the cot before discharge.",
    "a scoring day of 25 hours",
)

# ---------------------------------------------------------------------------------------------------- deferrals
bad(
    "df-meth-question-letter",
    DF,
    "meth",
    METH_DOSE
    + " What happens to the baby after birth? The drug service's letter of 20 February answers that. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a question about the baby answered with a letter",
    zwsp,
)
ok(
    "df-meth-question-answered",
    DF,
    "meth",
    METH_DOSE + " What happens to the baby after birth? The ward midwives score for withdrawal for at least 72 "
    "hours, and the health visitor checks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "the same question answered with the plan",
)
bad(
    "df-mo-table-as-before",
    DF,
    "mo",
    "Methadone and sertraline continue at today's doses.\nConcern | Plan\nWithdrawal | as before\nSafe sleep | as "
    "before\nFeeding | as before",
    "a table whose every plan cell is 'as before'",
)
ok(
    "df-mo-table-filled",
    DF,
    "mo",
    "Methadone and sertraline continue at today's doses.\nConcern | Plan\nWithdrawal | ward midwives score 72 h, "
    "health visitor to day 8\nSafe sleep | methadone sedates her: no bed or sofa sharing; social worker sees the "
    "cot before discharge\nFeeding | breastfeeding supported",
    "the same table filled in",
)
bad(
    "df-dzp-parenthesis-only",
    DF,
    "dzp",
    DZP_HEAD + " (For the baby's sleep, feeds and late withdrawal, see the placement agreement.)",
    "a parenthesis pointing elsewhere is the only word about the baby",
)
ok(
    "df-dzp-parenthesis-extra",
    DF,
    "dzp",
    DZP + " (The placement agreement says the same.)",
    "a parenthesis pointing elsewhere beside a full plan",
)
bad(
    "df-lith-mirror",
    DF,
    "lith",
    LITH_HEAD + " For the baby, everything mirrors what the perinatal team wrote in her birth plan, which I will not "
    "repeat here.",
    "'mirrors' a plan held elsewhere and declines to repeat it",
    greek,
)
ok(
    "df-lith-mirror-repeated",
    DF,
    "lith",
    LITH + " This mirrors the perinatal team's birth plan.",
    "the plan written, and said to mirror another",
)
bad(
    "df-cit-same-as-sister",
    DF,
    "cit",
    CIT_HEAD + " The baby is to be managed exactly as her sister's baby was last year on the same ward.",
    "the baby's plan borrowed from another family's care",
)
bad(
    "df-vo-clinic-will-write",
    DF,
    "vo",
    "Sodium valproate continues unchanged for now. The antenatal clinic will write up what the first-trimester "
    "exposure means for the baby once they have seen her.",
    "what exposure means for the baby put off to a letter to come",
)
ok(
    "df-vo-clinic-will-scan",
    DF,
    "vo",
    "Sodium valproate continues unchanged until the urgent neurology review; she must not stop it. The "
    "first-trimester exposure gives about a 1 in 10 risk of a major malformation, so the antenatal clinic sees her "
    "for fetal medicine review and a detailed scan. Folic acid 5 mg started today.",
    "what exposure means written, the clinic's part named",
)

# ---------------------------------------------------------------------------------------------------- closings
bad(
    "cl-meth-copied-last-pregnancy",
    CL,
    "meth",
    METH + " All of the above was copied from her last pregnancy's record and has not been reviewed for this one.",
    "the whole text disowned as another pregnancy's, unreviewed",
    shy,
)
ok(
    "cl-meth-reviewed-last-pregnancy",
    CL,
    "meth",
    METH + " The plan from her last pregnancy was reviewed with her today and this one replaces it.",
    "the last pregnancy's plan reviewed and replaced",
    shy,
)
bad(
    "cl-sert-did-not-attend",
    CL,
    "sert",
    SERT + " Or so I would have written had she attended; she did not come today and none of this was discussed.",
    "the conclusion told as what would have been written at a visit that did not happen",
)
ok(
    "cl-sert-did-not-attend-rebooked",
    CL,
    "sert",
    SERT + " She missed the 24 February appointment; this was written with her at today's rebooked one.",
    "a missed visit, then the visit that happened",
)
bad(
    "cl-lith-situation-2023",
    CL,
    "lith",
    LITH + " The above reflects the situation in 2023 and has not been updated since.",
    "a plan from before this pregnancy, not updated",
)
ok(
    "cl-lith-situation-today",
    CL,
    "lith",
    LITH + " The above reflects the situation today, at 24 weeks.",
    "a plan of today",
)
bad(
    "cl-quet-crib-goes-back",
    CL,
    "quet",
    QUET + " The crib is on loan from Chloe's sister and goes back on Friday; nothing has been arranged after that.",
    "the safe place to sleep disappears at the week's end, with nothing in its place",
    fw,
)
ok(
    "cl-quet-crib-bought",
    CL,
    "quet",
    QUET + " The crib was on loan from Chloe's sister; they bought their own on Friday and the health visitor has "
    "seen it.",
    "the loan replaced, the new crib seen",
)
bad(
    "cl-valp-ignore-above",
    CL,
    "valp",
    VALP + " Please ignore the above until the neurologist has confirmed it.",
    "the reader told to ignore the whole conclusion",
)
bad(
    "cl-fo-scratch-that",
    CL,
    "fo",
    "Diazepam and pregabalin continue for now. Sedation is the main risk: no bed, sofa or armchair sharing, no "
    "feeding lying down, night feeds by the foster carer; late withdrawal possible until day 8. Scratch that: the "
    "plan is being rewritten and will follow.",
    "the overall conclusion struck out by its own last sentence",
)
ok(
    "cl-fo-rewritten-earlier",
    CL,
    "fo",
    "Diazepam and pregabalin continue for now. Sedation is the main risk: no bed, sofa or armchair sharing, no "
    "feeding lying down, night feeds by the foster carer; late withdrawal possible until day 8, watched by the "
    "foster carer and health visitor. This replaces the ward's draft of 10 June.",
    "an earlier draft replaced by this one",
)

# ---------------------------------------------------------------------------------------------------- disowned
bad(
    "do-meth-ai-scribe",
    DO,
    "meth",
    "Generated by the AI scribe from the consultation audio; not checked by a clinician. " + METH,
    "the text disowned as unchecked machine output",
    bidi,
)
ok(
    "do-meth-ai-scribe-checked",
    DO,
    "meth",
    "Drafted by the AI scribe and checked line by line by me with Jodie today. " + METH,
    "machine draft checked and owned",
    bidi,
)
bad(
    "do-dzp-social-workers-view",
    DO,
    "dzp",
    "The social worker's view, not mine, which I have not endorsed: " + DZP,
    "another's view expressly not endorsed",
)
ok(
    "do-dzp-social-worker-agreed",
    DO,
    "dzp",
    "Agreed today with the social worker, and my own view: " + DZP,
    "another's view shared and owned",
)
bad(
    "do-cit-placeholder-text",
    DO,
    "cit",
    "[Template text, replace before sending] " + CIT,
    "a template marker left at the head",
    zwsp,
)
ok(
    "do-cit-template-followed",
    DO,
    "cit",
    "Written to the practice template for SSRIs in pregnancy. " + CIT,
    "a template followed, not a marker left",
)
bad(
    "do-lith-trainee-unchecked",
    DO,
    "lith",
    LITH + " Written by the FY2 and awaiting the supervising consultant, who has not yet seen it.",
    "an unchecked trainee draft",
)

# ---------------------------------------------------------------------------------------------------- numbers
bad(
    "nu-meth-sixty-grams",
    NU,
    "meth",
    "Jodie's methadone, 60 g once a day as supervised oral solution, stays at that dose through pregnancy. "
    + METH_WATCH
    + " "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "60 g of methadone a day, a thousand times the dose line",
    cyr,
)
ok(
    "nu-meth-sixty-ml",
    NU,
    "meth",
    "Jodie's methadone, 60 ml of the 1 mg/ml solution once a day, supervised, stays at that dose through "
    "pregnancy. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "60 ml of 1 mg/ml is the 60 mg on the dose line",
    cyr,
)
bad(
    "nu-dzp-fifty-tds",
    NU,
    "dzp",
    "Diazepam 50 mg three times a day and pregabalin 150 mg twice a day continue for now; the GP plans a slow "
    "diazepam reduction at the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "diazepam ten times the dose line",
)
ok(
    "nu-dzp-fifteen-a-day",
    NU,
    "dzp",
    "Diazepam 15 mg a day (5 mg three times) and pregabalin 300 mg a day (150 mg twice) continue for now; the GP "
    "plans a slow diazepam reduction at the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "daily totals that match the dose lines",
)
bad(
    "nu-valp-total-below-dose",
    NU,
    "valp",
    "Sodium valproate 500 mg twice a day, 250 mg a day in all, continues until the urgent neurology review, since "
    "stopping suddenly risks seizures. " + VALP_BABY + " " + VALP_TAIL,
    "a daily total smaller than one of its two doses",
)
ok(
    "nu-valp-one-gram",
    NU,
    "valp",
    "Sodium valproate 1 g a day (500 mg twice) continues until the urgent neurology review, since stopping "
    "suddenly risks seizures. " + VALP_BABY + " " + VALP_TAIL,
    "the daily total in grams",
)
bad(
    "nu-lith-priadel-eight-mg",
    NU,
    "lith",
    "Lithium (Priadel) 8 mg at night continues, because the risk of postpartum psychosis if she stops is greater "
    "than the risk to the baby. " + LITH_LEVELS + " " + LITH_BABY + " " + LITH_FEED,
    "a hundredth of the dose line",
)
ok(
    "nu-lith-two-tablets",
    NU,
    "lith",
    "Lithium (Priadel) two 400 mg tablets at night continues, because the risk of postpartum psychosis if she "
    "stops is greater than the risk to the baby. " + LITH_LEVELS + " " + LITH_BABY + " " + LITH_FEED,
    "two 400 mg tablets is 800 mg",
)
bad(
    "nu-quet-three-thousand",
    NU,
    "quet",
    "Daniel takes quetiapine 3000 mg at night and is very hard to wake for hours afterwards. "
    + QUET_RULE
    + " "
    + QUET_TAIL,
    "quetiapine ten times the dose line",
)
bad(
    "nu-cit-zero-mg",
    NU,
    "cit",
    "Citalopram 0 mg once daily continues through pregnancy, as she relapsed within six weeks when she last "
    "stopped. " + CIT_WATCH + " " + CIT_TAIL,
    "a dose of nothing that 'continues'",
)

# ---------------------------------------------------------------------------------------------------- names
bad(
    "nm-sert-nurofen-plus",
    NM,
    "sert",
    SERT + " For her back pain she takes Nurofen Plus bought over the counter, two tablets three times a day.",
    "an ibuprofen-codeine combination taken and not listed",
    greek,
)
ok(
    "nm-sert-nurofen-plus-avoid",
    NM,
    "sert",
    SERT + " For her back pain she was told not to buy Nurofen Plus, which contains codeine; paracetamol is fine.",
    "advice not to take it",
    greek,
)
bad(
    "nm-quet-nytol-chloe",
    NM,
    "po",
    "Chloe's paracetamol raises no concern; she also takes Nytol most nights to get to sleep. Daniel's quetiapine "
    "sedates him heavily at night, so he does no night feeds after his dose and never sleeps with the baby on a "
    "bed, sofa or armchair. The crib has been seen; the health visitor keeps checking.",
    "a sedating antihistamine brand taken by the mother who does the nights, not listed",
)
ok(
    "nm-quet-nytol-avoid",
    NM,
    "po",
    "Chloe's paracetamol raises no concern; she was advised against Nytol, which would make her drowsy for the "
    "night feeds. Daniel's quetiapine sedates him heavily at night, so he does no night feeds after his dose and "
    "never sleeps with the baby on a bed, sofa or armchair. The crib has been seen; the health visitor keeps "
    "checking.",
    "advised against it",
)
bad(
    "nm-cit-dentist-dihydrocodeine",
    NM,
    "cit",
    CIT + " The dentist started her on DF118 Forte last week for a tooth abscess.",
    "a dihydrocodeine brand started and not listed",
)
ok(
    "nm-cit-dentist-amoxicillin",
    NM,
    "cit",
    CIT + " The dentist gave her a course of antibiotics last week for a tooth abscess; it has finished.",
    "a finished antibiotic course, no concern",
)
rec(
    "nm-list-kapake",
    NM,
    REFUSE,
    P,
    replace_medicine(
        "med-paracetamol",
        medicine(
            "med-kapake",
            "Kapake 30mg/500mg tablets",
            "Two tablets up to four times a day when needed",
            "2026-05-19",
            gp_prescriber(RIVERSIDE),
        ),
    ),
    "the mother's painkiller is a co-codamol brand, breastfeeding, and no assessment covers it",
)
rec(
    "nm-list-panadol",
    NM,
    PASS,
    P,
    replace_medicine(
        "med-paracetamol",
        medicine(
            "med-paracetamol",
            "Paracetamol 500mg caplets",
            "Two caplets up to four times a day when needed",
            "2026-05-19",
            gp_prescriber(RIVERSIDE),
        ),
    ),
    "plain paracetamol caplets",
)
rec(
    "nm-list-phenergan-antenatal",
    NM,
    REFUSE,
    M,
    add_medicine(
        medicine(
            "med-phenergan",
            "Phenergan 25mg tablets",
            "25 mg at night when needed",
            "2026-01-20",
            gp_prescriber(RIVERSIDE),
        )
    ),
    "a sedating antihistamine brand added to the list and never assessed",
)
rec(
    "nm-list-folic-antenatal",
    NM,
    PASS,
    M,
    add_medicine(
        medicine(
            "med-folic",
            "Folic acid 400microgram tablets",
            "400 micrograms once daily",
            "2025-09-01",
            gp_prescriber(RIVERSIDE),
        )
    ),
    "folic acid added, no concern",
)
bad(
    "nm-lith-epilim-hidden",
    NM,
    "lith",
    LITH + " Her psychiatrist added Epilim 200 mg twice a day in March as a second mood stabiliser.",
    "a valproate brand added in pregnancy, not listed, no teratogen plan",
)

# ---------------------------------------------------------------------------------------------------- dates
bad(
    "dt-lith-iso-thirtieth-feb",
    DT,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " Her first weekly level is booked for 2026-02-30. " + LITH_BABY + " " + LITH_FEED,
    "a level booked on a date that does not exist",
)
ok(
    "dt-lith-iso-real-date",
    DT,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " Her first weekly level is booked for 2026-07-29. " + LITH_BABY + " " + LITH_FEED,
    "the first weekly level at 36 weeks on a real date",
)
bad(
    "dt-dzp-day-eight-july",
    DT,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3; the foster carer and health visitor "
    "watch for late signs until day 8 (16 July 2026).",
    "day 8 dated a month after it falls",
    zwsp,
)
ok(
    "dt-dzp-day-eight-june",
    DT,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The baby had mild withdrawal on day 3; the foster carer and health visitor "
    "watch for late signs until day 8 (16 June 2026).",
    "day 8 dated right",
    zwsp,
)
bad(
    "dt-quet-booking-visit",
    DT,
    "quet",
    QUET + " The GP hands this plan to the midwife at Chloe's booking appointment next week.",
    "a hand-over at a booking appointment, after the baby is born",
)
ok(
    "dt-quet-new-birth-visit",
    DT,
    "quet",
    QUET + " The GP sent this plan to the health visitor before the new birth visit on 28 May.",
    "a hand-over before the new birth visit",
)
bad(
    "dt-po-crib-before-birth",
    DT,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: no night feeds by "
    "him after his dose and no sleeping with the baby on a bed, sofa or armchair. The health visitor first checked "
    "the crib with the baby in it on 2 May 2026.",
    "the baby in the crib sixteen days before it was born",
)
ok(
    "dt-po-crib-after-birth",
    DT,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: no night feeds by "
    "him after his dose and no sleeping with the baby on a bed, sofa or armchair. The health visitor first checked "
    "the crib with the baby in it on 28 May 2026.",
    "the crib checked ten days after the birth",
)
bad(
    "dt-valp-scan-2025",
    DT,
    "valp",
    VALP_HEAD + " The baby was exposed through the first trimester, with about a 1 in 10 risk of a major "
    "malformation, so the detailed anomaly scan is booked for 14 October 2025. " + VALP_TAIL,
    "the anomaly scan booked before the pregnancy began",
)
ok(
    "dt-valp-scan-2026",
    DT,
    "valp",
    VALP_HEAD + " The baby was exposed through the first trimester, with about a 1 in 10 risk of a major "
    "malformation, so the detailed anomaly scan is booked for 14 August 2026. " + VALP_TAIL,
    "the anomaly scan at 20 weeks",
)

# ---------------------------------------------------------------------------------------------------- routes
rec(
    "rt-lith-fhir-port-out-of-range",
    RT,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:99999/fhir/R4"),
    "a port above 65535",
)
rec(
    "rt-lith-fhir-port-real",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "a real port",
)
rec(
    "rt-lith-fhir-bad-dotted-host",
    RT,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://256.300.1.1/fhir/R4"),
    "a host that is neither an address nor a name",
)
rec(
    "rt-lith-fhir-private-ip",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://10.20.30.40/fhir/R4"),
    "a private address on the health network",
)
rec(
    "rt-valp-mllp-port-zero",
    RT,
    REFUSE,
    V,
    set_("recipients#rcp-maternity.route.port", 0),
    "port 0",
)
rec(
    "rt-valp-mllp-port-2576",
    RT,
    PASS,
    V,
    set_("recipients#rcp-maternity.route.port", 2576),
    "a real port",
)
rec(
    "rt-meth-sw-phone-twelve-digits",
    RT,
    REFUSE,
    M,
    set_("safeguarding.social_worker.telephone", "01632 9601234"),
    "twelve digits: longer than any UK number",
)
rec(
    "rt-meth-sw-phone-international",
    RT,
    PASS,
    M,
    set_("safeguarding.social_worker.telephone", "+44 1632 960123"),
    "the same number in international form",
)
rec(
    "rt-f-handover-thirty-first-june",
    RT,
    REFUSE,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Printed copy handed to the foster carer by the health visitor at the placement on 31 June 2026, and its "
        "contents explained.",
    ),
    "a hand-over on a day that does not exist",
)
rec(
    "rt-f-handover-thirteenth-june",
    RT,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Printed copy handed to the foster carer by the health visitor at the placement on 13 June 2026, and its "
        "contents explained.",
    ),
    "a hand-over on a real day",
)
rec(
    "rt-f-handover-by-email-tbc",
    RT,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "Email to the foster carer, address TBC."),
    "a hand-over to an address not known",
)

# ---------------------------------------------------------------------------------------------------- shapes
ok(
    "sh-meth-fronted",
    SH,
    "meth",
    "Through this pregnancy and after it, Jodie stays on methadone 60 mg once a day, supervised. Once the baby is "
    "born, the ward midwives score for withdrawal for at least 72 hours; from discharge until day 8, the health "
    "visitor looks for late signs. On feeding, breastfeeding is supported. At home, because methadone makes her "
    "drowsy, the baby sleeps only in the cot, which the health visitor sees at the first visit.",
    "fronted adverbials throughout",
    bidi,
)
bad(
    "sh-meth-fronted-no-baby",
    SH,
    "meth",
    "Through this pregnancy and after it, Jodie stays on methadone 60 mg once a day, supervised. Once the baby is "
    "born, things will be looked at as needed. On feeding, she will decide. At home, she will sort out sleeping.",
    "fronted adverbials with nothing decided behind them",
    bidi,
)
ok(
    "sh-sert-numbered",
    SH,
    "sert",
    "Sertraline 100 mg daily: (1) continue, as stopping brought back her depression before; (2) midwives watch the "
    "baby for 48 hours for jitteriness, poor feeding and fast breathing; (3) breastfeeding is fine; (4) GP mood "
    "review at 6 weeks.",
    "a numbered list",
)
bad(
    "sh-sert-numbered-empty",
    SH,
    "sert",
    "Sertraline 100 mg daily: (1) continue; (2) baby - see below; (3) feeding - see below; (4) review - see below.",
    "a numbered list pointing below to nothing",
)
ok(
    "sh-cit-relative-clauses",
    SH,
    "cit",
    "Citalopram 20 mg, which she has taken since 2024 and which kept her well when an earlier stop did not, "
    "continues. The midwife, who will be told before delivery, watches the baby for 48 hours for jitteriness, poor "
    "feeding and fast breathing. Breastfeeding, which she wants, is supported; the GP reviews her mood at 6 weeks.",
    "relative clauses",
)
bad(
    "sh-cit-relative-clauses-empty",
    SH,
    "cit",
    "Citalopram 20 mg, which she has taken since 2024 and which kept her well when an earlier stop did not, "
    "continues. The baby, about whom nothing has yet been decided, will be thought about nearer the time.",
    "relative clauses, nothing decided for the baby",
)
ok(
    "sh-quet-question-answered",
    SH,
    "quet",
    "Can Daniel do night feeds on quetiapine 300 mg? No: it leaves him very hard to wake for hours. Where does "
    "the baby sleep? In the next-to-me crib on Chloe's side, never on a bed, sofa or armchair with him. Who "
    "checks? The health visitor, at each visit for 8 weeks.",
    "questions answered",
    greek,
)
bad(
    "sh-quet-question-unanswered",
    SH,
    "quet",
    "Can Daniel do night feeds on quetiapine 300 mg? Where does the baby sleep? Who checks? These were the "
    "questions for today's visit.",
    "questions asked and never answered",
    greek,
)
ok(
    "sh-lith-passive-held",
    SH,
    "lith",
    "Lithium (Priadel) 800 mg at night is continued by the perinatal psychiatrist, as relapse after birth is the "
    "greater danger. Levels are taken by the antenatal clinic every 4 weeks, weekly from 36 weeks, and by the "
    "ward within 24 hours of birth. The baby is reviewed by the paediatrician for floppiness, poor feeding and "
    "thyroid problems. Bottle feeding was chosen, as lithium passes into breast milk.",
    "passives, each with its agent",
)
bad(
    "sh-lith-question-maybe",
    SH,
    "lith",
    "Lithium (Priadel) 800 mg at night: continue? Probably. Levels? Possibly. The baby? Perhaps a review. "
    "Feeding? Not sure.",
    "questions answered with hedges only",
    shy,
)
ok(
    "sh-vo-parentheses",
    SH,
    "vo",
    "Sodium valproate continues (500 mg twice a day, not to be stopped suddenly) until neurology reviews it "
    "urgently. The baby (exposed through the first trimester; about 1 in 10 risk of a major malformation) needs "
    "an early fetal medicine review and a detailed anomaly scan, both requested today. Folic acid 5 mg started.",
    "parentheses carrying facts",
)
bad(
    "sh-vo-parentheses-empty",
    SH,
    "vo",
    "Sodium valproate continues (details elsewhere) until neurology reviews it (date to follow). The baby (see "
    "separate note) needs (to be confirmed).",
    "parentheses that each hold a placeholder",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F127CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F127CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F127CASES):3}"
    )
