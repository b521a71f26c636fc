"""A hundred-and-twenty-second independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt, forty-fifth round, against the readings that landed in the last hour.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is good, complete work that legitimately uses the shapes the newest readings refuse (must
pass), each paired with a near miss that really is hollow or impossible (must refuse):

* ``negation``: stacked negations that say something safe ("not unusual", "no reason she should not
  breastfeed", "nobody will stop"); against co-sleeping allowed by two negatives;
* ``sleep``: safe-sleep rules with an emphatic "not even" or "including"; against exceptions covering the night;
* ``conditions``: real conditions (still pregnant at 41 weeks, leaving SCBU, a past loss at 20 weeks); against
  plans under conditions that can never hold;
* ``dates``: day ranges and dates after a comma inside the pregnancy or to come; against dates before it;
* ``ages``: the baby's age and her postnatal stay consistent with the record; against ages and stays that clash;
* ``stage``: after-birth care discussed or planned in an antenatal record; against it told as done;
* ``urgency``: urgent now and routine later joined by "and"; against urgent put off for months;
* ``forms``: forms and routes the listed product takes, or another product named; against impossible ones;
* ``nights``: an unsedated parent doing nights, named in a later sentence; against the sedated parent;
* ``roles``: withdrawals with a replacement, services declined by her but a role kept, a reader addressed with
  the plan held, "unless" with a fallback, a suspended group beside working staff, "it" for the baby, a
  relative's reminders beside a role; against the bare forms;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh122_cases`` for the counts per category.
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

F122CASES: list[Case] = []

CATEGORIES = (
    "negation",
    "sleep",
    "conditions",
    "dates",
    "ages",
    "stage",
    "urgency",
    "forms",
    "nights",
    "roles",
    "disguise",
)

NG, SL, CD, DT, AG, STG, UR, FM, NT, RL, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F122CASES.append(Case(f"f122-{name}", category, expect, base, mutate, why))


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
METH = (
    "Methadone 60 mg once daily carries on unchanged. After delivery the baby stays with her on the postnatal ward "
    "for 72 h of NAS scoring by the ward midwives, and the HV looks for late signs up to day 8. Breastfeeding is "
    "encouraged. She is drowsy for a few hours after each dose, so no bed or sofa sharing; the HV sees the moses "
    "basket at the home visit."
)
METH_NOSLEEP = (
    "Methadone 60 mg once daily carries on unchanged. After delivery the baby stays with her on the postnatal ward "
    "for 72 h of NAS scoring by the ward midwives, and the HV looks for late signs up to day 8. Breastfeeding is "
    "encouraged."
)
METH_NOWATCH = (
    "Methadone 60 mg once daily carries on unchanged. Breastfeeding is encouraged. She is drowsy for a few hours "
    "after each dose, so no bed or sofa sharing; the HV sees the moses basket at the home visit."
)
SERT = (
    "Sertraline 100 mg daily stays as it is, as relapse would harm her and the baby more than the drug. The "
    "midwives watch the baby for 48 h for jitteriness and poor feeding; breastfeeding is fine; GP mood review at "
    "the 6-week check."
)
MO = (
    "Methadone and sertraline both continue at the same doses. Baby: 72 h NAS and adaptation scoring on the "
    "postnatal ward, then the HV to day 8. Breastfeeding encouraged. Methadone sedates her after each dose, so no "
    "co-sleeping; the HV and social worker see the sleeping arrangements before discharge."
)
CIT = (
    "Citalopram 20 mg daily carries on. The midwife watches the baby for 48 h after birth for adaptation signs "
    "(jittery, poor feeding, fast breathing); breastfeeding is supported; GP mood review at the 6-week check."
)
VALP_TAIL = (
    "Sodium valproate 500 mg bd continues until the neurologist sees her; stopping it suddenly risks seizures. "
    "The baby has been exposed in the first trimester. Folic acid 5 mg started today."
)
DZP = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a supervised diazepam taper from the 6-week review. "
    "Both sedate Kayleigh: she must not co-sleep or feed lying down, and the foster carer does every night feed. "
    "The HV and foster carer watch the baby for late withdrawal to day 8."
)
DZP_NOWATCH = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a supervised diazepam taper from the 6-week review. "
    "Both sedate Kayleigh: she must not co-sleep or feed lying down, and the foster carer does every night feed."
)
QUET_HEAD = "Daniel's quetiapine 300 mg at night leaves him hard to wake for hours."
QUET = (
    QUET_HEAD + " He does no night feeds and never sleeps with the baby on a bed, sofa or chair. Chloe does the "
    "nights and the baby sleeps in its own crib; the HV checks this at every visit to 8 weeks."
)

# ---------------------------------------------------------------------------------------------------- negation
ok(
    "ng-meth-not-unusual",
    NG,
    "meth",
    "It is not unusual for babies exposed to methadone to feed poorly in the first days; the midwife scores the baby "
    "4-hourly for 72 h on the postnatal ward and the HV watches for late signs to day 8. Methadone 60 mg once daily "
    "continues. Breastfeeding is encouraged. She is drowsy after each dose, so no bed or sofa sharing; the HV sees "
    "the moses basket at the home visit.",
    "'not unusual' as a fact about feeding, with the plan held",
    cyr,
)
ok(
    "ng-meth-no-reason-not-breastfeed",
    NG,
    "meth",
    METH_NOSLEEP.replace(
        "Breastfeeding is encouraged.",
        "There is no reason she should not breastfeed on this dose, and the midwives will help.",
    )
    + " She is drowsy after each dose, so no bed or sofa sharing; the HV sees the moses basket at the home visit.",
    "breastfeeding allowed by two negatives, safe sleep kept",
    zwsp,
)
ok(
    "ng-cit-not-inadvisable-feed",
    NG,
    "cit",
    "Citalopram 20 mg daily carries on. Breastfeeding is not inadvisable on citalopram and she wants to; the "
    "midwife watches the baby for 48 h after birth for adaptation signs; GP mood review at the 6-week check.",
    "'not inadvisable' about breastfeeding, not about sleep",
)
ok(
    "ng-meth-nobody-stops",
    NG,
    "meth",
    "Nobody will stop her methadone: 60 mg once daily continues through pregnancy. " + METH.split(". ", 1)[1],
    "'nobody' negating a stop, the medicine continues",
    shy,
)
ok(
    "ng-mo-not-the-case-wont",
    NG,
    "mo",
    "It is not the case that the baby will go home without scoring: methadone and sertraline continue, the ward "
    "midwives score the baby for 72 h and the HV to day 8. Breastfeeding encouraged. Methadone sedates her, so no "
    "co-sleeping; the HV and social worker see the sleeping arrangements before discharge.",
    "a negated negative that confirms the plan",
)
ok(
    "ng-sert-not-unnecessary-worry",
    NG,
    "sert",
    "Stopping sertraline now is not without risk: relapse would harm her and the baby more than the drug. "
    "Sertraline 100 mg daily continues; the midwives watch the baby for 48 h for jitteriness and poor feeding; "
    "breastfeeding is fine; GP mood review at 6 weeks.",
    "'not without risk' of stopping, the plan continues",
)
ok(
    "ng-quet-no-reason-not-bottle",
    NG,
    "quet",
    QUET_HEAD + " There is no reason he should not give the daytime bottles, but he does no night feeds and never "
    "sleeps with the baby on a bed, sofa or chair. Chloe does the nights and the baby sleeps in its own crib; the "
    "HV checks this at every visit.",
    "a daytime task allowed by two negatives, the nights kept from him",
)
bad(
    "ng-meth-no-reason-cosleep",
    NG,
    "meth",
    METH_NOSLEEP + " There is no reason she should not have the baby in bed with her after her dose.",
    "co-sleeping after a sedating dose allowed by two negatives",
    cyr,
)
bad(
    "ng-quet-not-discouraged",
    NG,
    "quet",
    QUET_HEAD + " Chloe does most nights. Daniel dozing on the sofa with the baby on his chest is not something we "
    "would discourage. The HV visits at 8 weeks.",
    "sofa sleeping with a sedated father allowed by a negated discouragement",
)
bad(
    "ng-dzp-not-unsafe-bed",
    NG,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a supervised diazepam taper from the 6-week review. "
    "Bed sharing with the baby is not unsafe for Kayleigh once the foster carer has gone to bed. The HV and foster "
    "carer watch the baby for late withdrawal to day 8.",
    "bed sharing with a sedated mother allowed by 'not unsafe'",
)

# ---------------------------------------------------------------------------------------------------- sleep
ok(
    "sl-meth-not-even-nap",
    SL,
    "meth",
    METH_NOSLEEP + " Methadone makes her drowsy, so she must never share a bed with the baby, not even for a nap; "
    "the HV checks the moses basket at the home visit.",
    "'not even for a nap' widens the rule",
    greek,
)
ok(
    "sl-dzp-including-naps",
    SL,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a supervised diazepam taper from the 6-week review. "
    "Both sedate Kayleigh: no sleeping with the baby at any time, including daytime naps and at night, and no "
    "feeding lying down; the foster carer does every night feed. The HV watches for late withdrawal to day 8.",
    "'including' naps and nights widens the rule",
)
ok(
    "sl-quet-except-own-crib",
    SL,
    "quet",
    QUET_HEAD + " The baby sleeps nowhere except her own crib, day and night. He does no night feeds and never "
    "dozes with the baby on a bed, sofa or chair; Chloe does the nights; the HV checks at every visit.",
    "an exception naming the safe place, not a time",
    bidi,
)
ok(
    "sl-mo-no-exceptions",
    SL,
    "mo",
    "Methadone and sertraline continue unchanged. Baby: 72 h NAS scoring on the ward, HV to day 8. Breastfeeding "
    "encouraged. No co-sleeping, with no exceptions for night feeds or naps, because methadone sedates her; the "
    "HV and social worker check the basket before discharge.",
    "'no exceptions' is not an exception",
)
bad(
    "sl-meth-except-overnight",
    SL,
    "meth",
    METH_NOSLEEP + " Because of the methadone she should not co-sleep, apart from overnight when getting up is hard.",
    "an exception that covers the night, when sedation matters most",
    zwsp,
)
bad(
    "sl-quet-except-nights-naps",
    SL,
    "quet",
    QUET_HEAD + " He must not sleep with the baby except overnight and at nap times. Chloe does some feeds.",
    "an exception covering every time the rule applies",
)

# ---------------------------------------------------------------------------------------------------- conditions
ok(
    "cd-meth-still-pregnant-41",
    CD,
    "meth",
    METH + " If she is still pregnant at 41 weeks, induction is booked on the labour ward where NAS scoring starts.",
    "a real condition on the pregnancy",
    cyr,
)
ok(
    "cd-meth-leaves-scbu",
    CD,
    "meth",
    "Methadone 60 mg once daily carries on unchanged. If the baby needs SCBU for withdrawal, the neonatal team "
    "scores and treats there; once the baby leaves SCBU, the HV visits on day 10 and looks for late signs. "
    "Otherwise the ward midwives score for 72 h. Breastfeeding is encouraged. No bed or sofa sharing after her "
    "dose; the HV sees the moses basket at the home visit.",
    "leaving SCBU is a real event",
)
ok(
    "cd-cit-previous-20-weeks",
    CD,
    "cit",
    "Her previous pregnancy ended at 20 weeks, so she is anxious; citalopram 20 mg daily carries on. The midwife "
    "watches the baby for 48 h after birth for adaptation signs; breastfeeding is supported; GP mood review at 6 "
    "weeks and perinatal MH if her mood dips.",
    "a past loss at 20 weeks is history, not a plan",
    shy,
)
ok(
    "cd-lith-before-37",
    CD,
    "lith",
    "Lithium (Priadel) 800 mg at night continues: the risk of postpartum relapse is high. Levels monthly, weekly "
    "from 36 weeks and within 24 h of birth; if she labours before 37 weeks, levels are taken on arrival. The baby "
    "has a paediatric review after birth for floppiness, poor feeding and thyroid problems. She will bottle feed "
    "as lithium passes into breast milk.",
    "a preterm labour is a real condition",
)
ok(
    "cd-sert-if-pregnant-again",
    CD,
    "sert",
    SERT + " If she is pregnant again after this birth, the same plan applies and she should see the GP early.",
    "a later pregnancy is a real condition",
)
bad(
    "cd-meth-pregnant-after-birth",
    CD,
    "meth",
    METH_NOWATCH + " If she is still pregnant after the baby is born, the midwives will score the baby for NAS for "
    "72 h.",
    "the only withdrawal plan under a condition that cannot hold",
    greek,
)
bad(
    "cd-meth-birth-at-16",
    CD,
    "meth",
    METH_NOWATCH + " Should she deliver at 16 weeks, the neonatal team will score the baby for withdrawal on SCBU.",
    "the withdrawal plan under a viable birth at 16 weeks",
)
bad(
    "cd-mo-antenatal-ward-leaves",
    CD,
    "mo",
    "Methadone and sertraline continue at the same doses. Breastfeeding encouraged. Once the baby is discharged "
    "from the antenatal clinic, the HV will score for withdrawal and check that there is no co-sleeping.",
    "the baby is never a patient of the antenatal clinic",
)

# ---------------------------------------------------------------------------------------------------- dates
ok(
    "dt-meth-range-2026",
    DT,
    "meth",
    METH + " She was seen in the joint clinic 3-6 February 2026 and agreed this plan.",
    "a day range inside the pregnancy",
    fw,
)
ok("dt-mo-hv-range-june", DT, "mo", MO + " The HV will visit 3-6 June 2026, after she is home.", "a day range to come")
ok(
    "dt-meth-comma-date-ahead",
    DT,
    "meth",
    METH_NOSLEEP + " She is drowsy after each dose, so no bed or sofa sharing; the HV checks the moses basket at "
    "the home visit, 20 April 2026.",
    "a date after a comma, after the record",
    zwsp,
)
ok(
    "dt-dzp-comma-date-done",
    DT,
    "dzp",
    DZP + " The placement plan was agreed at the strategy meeting, 10 June 2026.",
    "a done event dated after a comma, after the birth",
)
bad(
    "dt-meth-range-2025",
    DT,
    "meth",
    METH_NOWATCH + " NAS scoring by the ward midwives is planned 3-6 June 2025.",
    "the withdrawal plan dated before the pregnancy",
    cyr,
)
bad(
    "dt-meth-comma-date-before",
    DT,
    "meth",
    METH_NOSLEEP + " Because she is drowsy after each dose, the HV will check the moses basket at the home visit, "
    "20 January 2026.",
    "the only safe-sleep check planned for a date before the record",
)

# ---------------------------------------------------------------------------------------------------- ages
ok(
    "ag-quet-ten-days",
    AG,
    "quet",
    QUET + " The HV saw the baby at 10 days of age and the crib was as agreed.",
    "the baby's age on the record's date",
    bidi,
)
ok(
    "ag-quet-six-weeks-ahead",
    AG,
    "quet",
    QUET + " The GP will see the baby at 6 weeks of age for the baby check.",
    "an age to come",
)
ok(
    "ag-dzp-three-days",
    AG,
    "dzp",
    DZP + " The midwife saw the baby at 3 days of age: mild tremor, feeding well.",
    "an age within the baby's life at the part's date",
)
ok(
    "ag-meth-at-10-days-plan",
    AG,
    "meth",
    METH + " The HV will also see the baby at 10 days of age.",
    "an age planned in an antenatal record",
)
ok(
    "ag-dzp-three-day-stay",
    AG,
    "dzp",
    DZP_NOWATCH + " During her 3-day postnatal stay the ward scored the baby for 72 hours; the HV watches for late "
    "withdrawal to day 8.",
    "a ward watch that fits her stay",
    greek,
)
ok(
    "ag-meth-stay-fits",
    AG,
    "meth",
    METH_NOWATCH + " During her postnatal stay of at least 3 days the ward midwives score the baby for NAS for 72 "
    "hours, then the HV looks for late signs to day 8.",
    "a planned stay long enough for the watch",
)
bad(
    "ag-quet-three-weeks-done",
    AG,
    "quet",
    QUET_HEAD + " He does no night feeds and never sleeps with the baby on a bed or sofa. The HV saw the baby at 3 "
    "weeks of age and found the crib safe.",
    "a check done at an age the baby has not reached",
)
bad(
    "ag-dzp-one-day-stay",
    AG,
    "dzp",
    DZP_NOWATCH + " During her 1-day postnatal stay the ward scored the baby 4-hourly for 72 hours.",
    "a 72-hour ward watch in a one-day stay",
    zwsp,
)
bad(
    "ag-dzp-two-weeks-done",
    AG,
    "dzp",
    DZP_NOWATCH + " The HV weighed the baby at 2 weeks of age and saw no late withdrawal.",
    "the withdrawal watch told done at an age not yet reached",
)

# ---------------------------------------------------------------------------------------------------- stage
ok(
    "stg-meth-discussed-exam",
    STG,
    "meth",
    METH + " We discussed how the baby is examined after delivery and what the scores mean.",
    "after-birth care discussed, not told done",
    cyr,
)
ok(
    "stg-cit-paed-will-examine",
    STG,
    "cit",
    CIT + " The paediatrician will examine the baby after delivery if the scores rise.",
    "after-birth care planned",
)
ok(
    "stg-lith-last-baby",
    STG,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. In her last pregnancy the team examined that baby after delivery "
    "and found no problems. This time: levels monthly, weekly from 36 weeks and within 24 h of birth; paediatric "
    "review of the baby for floppiness, poor feeding and thyroid problems; bottle feeding, as lithium passes into "
    "breast milk.",
    "another baby's exam, told done",
)
bad(
    "stg-meth-examined-done",
    STG,
    "meth",
    METH_NOWATCH + " The paediatrician examined the baby after delivery and found no withdrawal, so no scoring is "
    "needed.",
    "an after-birth exam told done in an antenatal record",
    fw,
)
bad(
    "stg-cit-midwife-observed",
    STG,
    "cit",
    "Citalopram 20 mg daily carries on. The midwife observed the baby for 48 h after birth and saw no adaptation "
    "signs. Breastfeeding is supported; GP mood review at the 6-week check.",
    "an after-birth watch told done at 32 weeks",
)

# ---------------------------------------------------------------------------------------------------- urgency
ok(
    "ur-valp-today-and-3-months",
    UR,
    "valp",
    VALP_TAIL + " Urgent neurology referral today and a review in 3 months; fetal medicine scan at 12 and 20 "
    "weeks for the exposure.",
    "urgent now, routine later",
    greek,
)
ok(
    "ur-vo-urgent-and-20-weeks",
    UR,
    "vo",
    "Sodium valproate continues unchanged; she must not stop it. Urgent fetal medicine and neurology referrals "
    "sent today and a detailed anomaly scan at 20 weeks. Folic acid 5 mg started today.",
    "urgent today joined to a later scan",
)
ok(
    "ur-valp-this-week-and",
    UR,
    "valp",
    VALP_TAIL + " Neurology will see her urgently this week and again in 6 months; the fetal medicine unit scans "
    "at 12 weeks.",
    "urgent this week and a later follow-up",
)
bad(
    "ur-valp-urgent-in-4-months",
    UR,
    "valp",
    VALP_TAIL + " Urgent neurology review in 4 months and a fetal medicine scan at 20 weeks.",
    "urgent review put off past the first trimester",
    shy,
)
bad(
    "ur-vo-urgent-10-weeks",
    UR,
    "vo",
    "Sodium valproate continues; do not stop abruptly. Urgent fetal medicine review in 10 weeks and folic acid "
    "5 mg from today.",
    "an urgent review in 10 weeks",
)

# ---------------------------------------------------------------------------------------------------- forms
ok(
    "fm-po-suppositories-other",
    FM,
    "po",
    "Chloe's paracetamol 1 g qds as required is fine with breastfeeding; paracetamol suppositories if she is "
    "vomiting. Daniel's quetiapine sedates him heavily at night: no co-sleeping with him and no night feeds by him. "
    "The crib is safe; the HV keeps checking.",
    "another form named as a different product",
    zwsp,
)
ok(
    "fm-meth-given-by-mouth",
    FM,
    "meth",
    METH.replace(
        "Methadone 60 mg once daily carries on unchanged.",
        "Methadone 60 mg once daily, given by mouth under supervision at the pharmacy, carries on.",
    ),
    "the oral solution given by mouth",
)
ok(
    "fm-sert-tablets-by-mouth",
    FM,
    "sert",
    "Sertraline 100 mg daily continues; the tablets are given by mouth in the morning. " + SERT.split(". ", 1)[1],
    "tablets given by mouth",
    cyr,
)
ok(
    "fm-cit-as-tablets",
    FM,
    "cit",
    CIT.replace("Citalopram 20 mg daily carries on.", "Citalopram 20 mg daily as tablets carries on."),
    "the listed form after 'as'",
)
bad(
    "fm-sert-given-by-im",
    FM,
    "sert",
    "Sertraline 100 mg daily continues, given by intramuscular injection. " + SERT.split(". ", 1)[1],
    "tablets given by injection",
)
bad(
    "fm-meth-as-patches",
    FM,
    "meth",
    METH.replace(
        "Methadone 60 mg once daily carries on unchanged.", "Methadone 60 mg once daily as patches carries on."
    ),
    "an oral solution worn as a patch",
    greek,
)
# ---------------------------------------------------------------------------------------------------- nights
ok(
    "nt-quet-chloe-3am",
    NT,
    "quet",
    QUET_HEAD + " He must never sleep with the baby on a bed, sofa or chair. Chloe, whose paracetamol does not "
    "sedate her, does the 3 am feed; the baby sleeps in its own crib; the HV checks at every visit.",
    "the unsedated mother named doing nights",
    fw,
)
ok(
    "nt-co-mum-nights",
    NT,
    "co",
    "Continue citalopram 20 mg. Mum, whose citalopram does not sedate her, will do the night feeds; the midwife "
    "watches the baby for adaptation signs for 48 h; breastfeeding supported; GP mood review at 6 weeks.",
    "an unsedated mother doing nights",
)
ok(
    "nt-dzp-kayleigh-days",
    NT,
    "dzp",
    DZP + " Kayleigh gives the daytime bottles with the foster carer in the room.",
    "the sedated mother's daytime care, supervised",
)
ok(
    "nt-po-chloe-nights",
    NT,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night. Chloe does the 2 am feed "
    "and the baby sleeps in its crib; no co-sleeping with him; the HV checks each visit.",
    "the unsedated mother's nights in a later sentence",
    cyr,
)
bad(
    "nt-quet-daniel-3am",
    NT,
    "quet",
    QUET_HEAD + " The baby sleeps in its own crib. Daniel does the 3 am bottle so Chloe can rest.",
    "the sedated father named doing nights",
    bidi,
)
bad(
    "nt-dzp-kayleigh-0300",
    NT,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; both make her drowsy. Kayleigh does the 0300 feed when "
    "the foster carer is off. The HV watches for late withdrawal to day 8.",
    "the sedated mother named doing nights",
)

# ---------------------------------------------------------------------------------------------------- roles
ok(
    "rl-valp-withdrawn-consultant",
    RL,
    "valp",
    VALP_TAIL + " The first fetal medicine referral was withdrawn (sent to the wrong hospital) and the scan will "
    "be booked by the consultant at Castleford instead, for 12 weeks.",
    "a withdrawal with its replacement",
    shy,
)
ok(
    "rl-meth-turned-down-group",
    RL,
    "meth",
    METH + " She turned down the breastfeeding group but accepted the HV, who will support feeding at home.",
    "a group declined, a role accepted",
)
ok(
    "rl-meth-reader-addressed",
    RL,
    "meth",
    "To the maternity team reading this: methadone 60 mg once daily carries on. The ward midwives score the baby "
    "for NAS for 72 h and the HV looks for late signs to day 8. Breastfeeding is encouraged. No bed or sofa "
    "sharing after her dose; the HV sees the moses basket at home.",
    "the reader addressed, every plan held by a role",
    greek,
)
ok(
    "rl-meth-unless-fallback",
    RL,
    "meth",
    METH_NOWATCH + " The ward midwives score the baby for NAS for 72 h unless she goes home early, as she did "
    "last time, in which case the community midwife scores daily to day 5 and the HV to day 8.",
    "'unless' as before, with a fallback",
)
ok(
    "rl-mo-cafe-suspended",
    RL,
    "mo",
    MO + " The breastfeeding café is suspended over summer, so the community midwives support feeding at the "
    "daily home visits.",
    "a suspended group beside staff who work",
    zwsp,
)
ok(
    "rl-meth-it-baby",
    RL,
    "meth",
    "Methadone 60 mg once daily carries on unchanged. After delivery the baby is scored for NAS by the ward "
    "midwives for 72 h; it stays with her on the ward, not on SCBU, unless the scores rise. The HV looks for late "
    "signs up to day 8. Breastfeeding is encouraged. No bed or sofa sharing after her dose; the HV sees the moses "
    "basket at home.",
    "'it' for the baby after a medicine's clause",
)
ok(
    "rl-meth-relative-reminds",
    RL,
    "meth",
    METH + " Her mother reminds her of the drug service appointments; the keyworker holds the methadone plan.",
    "a relative's reminder of appointments beside a role",
    cyr,
)
ok(
    "rl-dzp-carer-declined-contact",
    RL,
    "dzp",
    DZP + " She turned down extra contact sessions this week; the social worker supervises the ones she keeps.",
    "contact declined, the role keeps it",
)
bad(
    "rl-valp-withdrawn-not-booked",
    RL,
    "valp",
    VALP_TAIL + " The fetal medicine referral has been withdrawn and the scan will not be booked.",
    "the exposure's only plan withdrawn",
    fw,
)
bad(
    "rl-meth-ward-turned-down",
    RL,
    "meth",
    METH_NOWATCH + " The postnatal ward turned down the request to score the baby for withdrawal, and no one else "
    "has taken it on.",
    "the withdrawal watch turned down by its holder",
)
bad(
    "rl-meth-whoever-reads",
    RL,
    "meth",
    METH_NOWATCH + " Whoever ends up reading this on the labour ward will have to sort out the baby's withdrawal "
    "scoring.",
    "the reader made the holder of the withdrawal plan",
    shy,
)
bad(
    "rl-meth-unless-as-before",
    RL,
    "meth",
    METH_NOWATCH + " The ward scores the baby for 72 h unless she self-discharges, as she did after both her "
    "earlier births.",
    "'unless' made usual by her history, no fallback",
)
bad(
    "rl-meth-cmw-suspended",
    RL,
    "meth",
    METH_NOSLEEP.replace(" and the HV looks for late signs up to day 8", "")
    + " The community midwifery service is suspended until further notice; the community midwives will check the "
    "moses basket and tell her no bed sharing.",
    "the safe-sleep plan held by a suspended service's staff",
)
bad(
    "rl-meth-it-scores",
    RL,
    "meth",
    METH_NOWATCH + " Methadone continues; it will watch the baby for withdrawal after the birth.",
    "the medicine as the actor of the withdrawal watch",
    greek,
)
bad(
    "rl-meth-sister-reminds",
    RL,
    "meth",
    METH_NOWATCH + " Her sister will remind her to look for withdrawal signs in the baby.",
    "a relative as the only holder of the withdrawal watch",
)

# ---------------------------------------------------------------------------------------------------- more good work
ok(
    "ng-lith-not-uncommon-sleepy",
    NG,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; relapse after birth is the bigger risk. It is not uncommon for "
    "lithium-exposed babies to be sleepy and slow to feed, so the paediatrician reviews the baby after birth "
    "(tone, feeding, thyroid). Levels monthly, weekly from 36 weeks and within 24 h of birth. She will bottle feed.",
    "'not uncommon' as a fact, with a paediatric plan",
    zwsp,
)
ok(
    "ng-dzp-no-one-stops",
    NG,
    "dzp",
    "No one will stop her diazepam or pregabalin suddenly: diazepam 5 mg tds and pregabalin 150 mg bd continue, "
    "with a supervised diazepam taper from the 6-week review. Both sedate Kayleigh, so no co-sleeping or feeding "
    "lying down; the foster carer does every night feed; the HV watches for late withdrawal to day 8.",
    "'no one' negating a sudden stop",
)
ok(
    "ng-vo-not-true-stop",
    NG,
    "vo",
    "It is not true that she has to stop sodium valproate at once: it continues until the urgent neurology review "
    "this week. Fetal medicine referral sent today for the first-trimester exposure; folic acid 5 mg started.",
    "a negated false belief, the plan held",
)
ok(
    "sl-fo-never-daytime",
    SL,
    "fo",
    "Diazepam and pregabalin continue and both sedate her. She never sleeps with the baby, day or night, even with "
    "the foster carer in the room; no feeding lying down; the foster carer does every night feed. Late withdrawal "
    "signs possible to day 8: HV and foster carer watch.",
    "'even' widens the rule",
    cyr,
)
ok(
    "sl-po-at-no-time",
    SL,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him: at no time, not even a daytime nap, "
    "does he sleep with the baby on a bed or sofa, and he does no night feeds. The HV checks the crib each visit.",
    "'not even a daytime nap' inside the rule",
)
ok(
    "cd-co-past-40",
    CD,
    "co",
    "Continue citalopram 20 mg. If she goes past 40 weeks the same plan holds at induction: the midwife watches the "
    "baby for adaptation signs for 48 h; breastfeeding supported; GP mood review at 6 weeks.",
    "a condition on going past term",
    greek,
)
ok(
    "cd-fo-leaves-neonatal-unit",
    CD,
    "fo",
    "Diazepam and pregabalin continue and sedate her: no co-sleeping, no feeding lying down, the foster carer does "
    "the nights. If the baby is readmitted for late withdrawal, once the baby leaves the neonatal unit the HV "
    "visits the next day and again on day 10.",
    "leaving the neonatal unit after a readmission is real",
)
ok(
    "cd-vo-earlier-loss",
    CD,
    "vo",
    "Her first pregnancy ended at 11 weeks. Now 8 weeks on sodium valproate: continue unchanged, do not stop "
    "abruptly, urgent neurology review this week and fetal medicine referral today. Folic acid 5 mg started.",
    "a past loss as history",
)
ok(
    "dt-lo-levels-range",
    DT,
    "lo",
    "Continue lithium (Priadel) 800 mg at night; levels taken 1-4 May 2026 were in range. Levels monthly, weekly "
    "from 36 weeks and within 24 h of birth. Paediatric review of the baby after birth. Bottle feeding. Perinatal "
    "MH review within a week of birth.",
    "a day range just before the record, inside the pregnancy",
    shy,
)
ok(
    "dt-valp-comma-appt",
    DT,
    "valp",
    VALP_TAIL + " Neurology will see her urgently, 27 May 2026, and fetal medicine will scan at 12 weeks.",
    "an appointment dated after a comma, to come",
)
ok(
    "ag-po-fourteen-days",
    AG,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him: no co-sleeping with him, no night "
    "feeds by him. The HV will see the baby at 14 days of age and check the crib again.",
    "an age to come in a postnatal record",
    fw,
)
ok(
    "ag-fo-five-days",
    AG,
    "fo",
    "Diazepam and pregabalin continue and both sedate her: no bed, sofa or armchair sharing, no feeding lying "
    "down, nights by the foster carer. The midwife saw the baby at 5 days of age: feeding well, no tremor; late "
    "withdrawal still possible to day 8.",
    "the baby's age within its life at the record's date",
)
ok(
    "stg-co-will-be-checked",
    STG,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding. The baby will be checked after delivery by the "
    "midwife and watched 48 h for adaptation signs; GP mood review at 6 weeks.",
    "after-birth care planned in the future tense",
    bidi,
)
ok(
    "stg-mo-paed-to-examine",
    STG,
    "mo",
    MO + " The paediatrician is to examine the baby after delivery if scores are high.",
    "an after-birth exam planned",
)
ok(
    "ur-lo-urgent-if-and-routine",
    UR,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. Urgent perinatal MH review if her mood drops and levels in 4 "
    "weeks, then weekly from 36 weeks and within 24 h of birth. Paediatric review of the baby after birth. Bottle "
    "feeding.",
    "an urgent conditional step joined to a routine one",
)
ok(
    "fm-meth-ml-by-mouth",
    FM,
    "meth",
    METH.replace(
        "Methadone 60 mg once daily carries on unchanged.",
        "Methadone 60 mg (60 ml of the 1 mg/ml oral solution) is swallowed once daily under supervision.",
    ),
    "the oral solution swallowed",
    cyr,
)
ok(
    "fm-lith-swallowed-whole",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; the tablets are swallowed whole, not crushed. Levels monthly, "
    "weekly from 36 weeks and within 24 h of birth. Paediatric review of the baby after birth for floppiness and "
    "thyroid problems. Bottle feeding, as lithium passes into breast milk.",
    "modified-release tablets swallowed whole",
)
ok(
    "nt-quet-daniel-morning",
    NT,
    "quet",
    QUET_HEAD + " He never sleeps with the baby on a bed or sofa and does no night feeds; Chloe does the nights. "
    "Daniel does the 10 am bottle once his dose has worn off. The HV checks the crib each visit.",
    "the sedated father's daytime feed, not a night one",
    zwsp,
)
ok(
    "nt-fo-kayleigh-midmorning",
    NT,
    "fo",
    "Diazepam and pregabalin continue and both sedate Kayleigh: no bed or sofa sharing, no feeding lying down, "
    "and every night feed is the foster carer's. Kayleigh gives the 11 am bottle at contact with the carer "
    "present. Late withdrawal signs possible to day 8: HV and carer watch.",
    "the sedated mother's supervised daytime bottle",
)
ok(
    "rl-dzp-hv-withdrawn-rebooked",
    RL,
    "dzp",
    DZP_NOWATCH + " The first HV referral was withdrawn (wrong area) and the HV visit will be booked by the social "
    "worker instead, for day 7, to look for late withdrawal to day 8.",
    "a withdrawal with who rebooks",
    greek,
)
ok(
    "rl-mo-partner-reminds",
    RL,
    "mo",
    MO + " Her partner reminds her of clinic dates; the keyworker and HV hold the plan.",
    "a relative's reminder of dates beside the roles",
)
ok(
    "rl-quet-turned-down-group",
    RL,
    "quet",
    QUET + " Chloe turned down the parenting group but accepted the weekly HV visits.",
    "a group declined, a role accepted",
    fw,
)
ok(
    "rl-valp-unless-miscarriage",
    RL,
    "valp",
    VALP_TAIL + " Fetal medicine scan at 12 weeks unless she miscarries, in which case the early pregnancy unit "
    "sees her and neurology still reviews the valproate.",
    "'unless' with a fallback",
)
ok(
    "rl-po-it-crib",
    RL,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily: no co-sleeping with him and "
    "no night feeds by him. The baby sleeps in the crib beside Chloe; it was seen and is safe, and the HV will "
    "keep checking it.",
    "'it' for the crib after a medicine's sentence",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F122CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F122CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F122CASES):3}"
    )
