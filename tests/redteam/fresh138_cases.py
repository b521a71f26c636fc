"""A hundred-and-thirty-eighth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt, good work the gate must not refuse.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About 85% is complete, careful work in the surfaces a text-reading gate most easily misreads, each a
near miss of a defect the gate refuses; about 15% is the defect itself, where it sharpens the point:

* ``passive``: the baby's care told in the passive in a postnatal record ("was given vitamin K", "was weighed on
  day 5"), and in an antenatal record of an earlier baby or under a condition; against this unborn baby told so;
* ``sleepna``: "Safe sleep: not applicable" where it is true (the baby goes to a foster or kinship carer without
  the mother), "Feeding: N/A, formula fed" beside a sleep plan; against the dismissal with the mother caring;
* ``levels``: level schedules of other analytes (folate, ferritin, thyroid, valproate), lithium levels limited to
  a service or a day; against lithium with no levels;
* ``others``: other children's and earlier pregnancies' events beside this baby's plan; against only theirs;
* ``partner``: the father's medicine answered in his own words; against his words overriding the plan;
* ``quoted``: quoted advice ("the leaflet says ...") with the plan; against the leaflet alone;
* ``plans``: conditions and contingencies that still plan, hand-overs naming who does what and when, plans that
  changed and were replaced; against a plan dropped with nothing in its place;
* ``dates``: dates and ages in many UK formats that agree with the record; against impossible ones;
* ``doses``: dose lines and conclusions as clinicians write them ("3 tabs nocte", "5mg tds prn", "MR 800mg ON");
  against a zero dose and an impossible route;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Every date was checked with datetime against the base record's dates (EDDs 2026-05-15 Fri, 2026-04-06 Mon,
2026-08-26 Wed, 2026-12-30 Wed; births 2026-06-08 and 2026-05-18, both Mondays). Medicines named here are real;
no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh138_cases`` for the counts per category.
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

F138CASES: list[Case] = []

CATEGORIES = (
    "passive",
    "sleepna",
    "levels",
    "others",
    "partner",
    "quoted",
    "plans",
    "dates",
    "doses",
    "disguise",
)

PS, SN, LV, OT, PT, QT, PL, DT, DS, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F138CASES.append(Case(f"f138-{name}", category, expect, base, mutate, why))


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
METH_HEAD = "Methadone 60 mg od (supervised) continues unchanged through pregnancy."
METH_WATCH = (
    "The baby will stay on the postnatal ward for at least 72 hours of NAS scoring by the ward midwives, and the HV "
    "checks for late withdrawal at visits up to day 8."
)
METH_FEED = "Breastfeeding is encouraged on this stable dose."
METH_SLEEP = (
    "She is sleepy for a few hours after each dose, so the baby must never share her bed or sofa; the HV and social "
    "worker see the cot before discharge."
)
METH = " ".join((METH_HEAD, METH_WATCH, METH_FEED, METH_SLEEP))
METH_NOSLEEP = " ".join((METH_HEAD, METH_WATCH, METH_FEED))
SERT = (
    "Sertraline 100 mg od continues: a relapse of her depression would harm her and the baby more than the drug. "
    "The ward midwives watch the baby for 48 hours for jitteriness, fast breathing and poor feeding; breastfeeding "
    "is fine; the GP reviews her mood at the 6-week check."
)
MO = (
    "Methadone 60 mg and sertraline 100 mg both continue unchanged. The baby has 72 hours of NAS and adaptation "
    "scoring on the postnatal ward, then HV checks to day 8. Breastfeeding is encouraged. Methadone makes her sleepy "
    "after each dose, so no co-sleeping; the social worker and HV see the cot before discharge."
)
CIT = (
    "Citalopram 20 mg od continues through pregnancy. The midwife watches the baby for 48 hours after birth for "
    "jitteriness, poor feeding and fast breathing; breastfeeding is supported; the GP reviews her mood at the "
    "6-week check."
)
CO = (
    "Citalopram 20 mg continues through pregnancy and breastfeeding. The midwife watches the baby for adaptation "
    "signs for 48 hours after birth; the GP reviews her mood at the 6-week check."
)
LITH_HEAD = "Lithium (Priadel) 800 mg nocte continues: her risk of relapse after birth is high."
LITH_LEVELS = "Levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth."
LITH_BABY = (
    "The baby has a paediatric review after birth for floppiness, poor feeding and thyroid problems. She will "
    "bottle feed, as lithium passes into breast milk."
)
LITH = " ".join((LITH_HEAD, LITH_LEVELS, LITH_BABY))
LO_TAIL = (
    "The baby has a paediatric review after birth; she plans to bottle feed. The perinatal mental health team sees "
    "her within a week of birth because of the high relapse risk."
)
VALP_HEAD = (
    "Sodium valproate 500 mg bd continues until the urgent neurology review; stopping suddenly risks seizures that "
    "would endanger her and the pregnancy."
)
VALP_BABY = (
    "The baby has been exposed in the first trimester (about 1 in 10 have a major malformation), so fetal medicine "
    "sees her early and a detailed anomaly scan is booked. Folic acid 5 mg daily started today."
)
VALP = " ".join((VALP_HEAD, VALP_BABY))
VO = (
    "Sodium valproate 500 mg bd continues unchanged until the urgent neurology review; she must not stop it "
    "abruptly. The unborn baby has been exposed in the first trimester, so referrals to neurology and to fetal "
    "medicine for early review and a detailed anomaly scan went today; folic acid 5 mg daily started."
)
DZP_HEAD = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now, with a supervised diazepam reduction agreed from "
    "the 6-week review."
)
DZP_SLEEP = (
    "Together they make Kayleigh drowsy, so she must not share a bed, sofa or armchair with the baby or feed lying "
    "down; the foster carer does the night feeds."
)
DZP_WATCH = "The foster carer and HV watch for late withdrawal signs until day 8."
DZP = " ".join((DZP_HEAD, DZP_SLEEP, DZP_WATCH))
FO = (
    "Diazepam and pregabalin continue for now. Their sedation is the main risk to the baby: no bed, sofa or "
    "armchair sharing, no feeding lying down, and the foster carer does night feeds while Kayleigh is drowsy. Late "
    "withdrawal signs are possible until day 8; the foster carer, HV and social worker Leanne Moss hold this plan."
)
QUET_HEAD = "Daniel's quetiapine 300 mg at night makes him very hard to wake until morning."
QUET_TAIL = (
    "He does no night feeds after his dose and never sleeps with the baby on a bed, sofa or armchair; Chloe does "
    "the nights and the baby sleeps in the next-to-me crib. The HV checks this at every visit to 8 weeks."
)
QUET = QUET_HEAD + " " + QUET_TAIL
PO = (
    "Chloe's paracetamol is safe with breastfeeding. Daniel's quetiapine makes him heavily sedated at night: no "
    "co-sleeping with him on a bed, sofa or armchair and no night feeds by him after his dose. The crib was seen and "
    "is safe; the HV keeps checking it at each visit."
)

# ---------------------------------------------------------------------------------------------------- passive
ok(
    "ps-quet-vitamin-k-weighed-day5",
    PS,
    "quet",
    QUET + " The baby was given vitamin K at birth and was weighed on day 5, back above birth weight.",
    "postnatal record: the born baby's care told in the passive",
    cyr,
)
ok(
    "ps-po-weighed-day5-feeding",
    PS,
    "po",
    PO + " The baby was weighed on day 5 and is feeding well on breast and bottle.",
    "postnatal record: a weighing on day 5, before the assessment on day 10",
)
ok(
    "ps-dzp-given-observed-weighed",
    PS,
    "dzp",
    DZP + " The baby was given vitamin K at birth, was observed on the ward under the NAS guideline and was "
    "weighed on day 3.",
    "postnatal record: passives of the born baby, day 3 before the assessment",
    zwsp,
)
ok(
    "ps-fo-examined-day1",
    PS,
    "fo",
    "The baby was examined by the paediatrician on day 1 and the newborn check was normal. " + FO,
    "postnatal record: a newborn examination told as done",
)
ok(
    "ps-fo-treated-none-needed",
    PS,
    "fo",
    FO + " The baby was scored for 5 days on the ward and was not treated, as the signs on day 3 were mild.",
    "postnatal record: the withdrawal watch as done, matching the item",
    greek,
)
ok(
    "ps-quet-crib-checked-day10",
    PS,
    "quet",
    QUET_HEAD
    + " "
    + QUET_TAIL.replace("The HV checks", "The crib was checked by the HV at the day-10 visit, and she checks"),
    "postnatal record: the crib seen at the visit on the day of the assessment",
)
ok(
    "ps-meth-first-baby-given-morphine",
    PS,
    "meth",
    "Her first baby was given morphine for withdrawal in 2021 and did well. " + METH,
    "antenatal record: an earlier baby's treatment, with this baby's plan",
    shy,
)
ok(
    "ps-mo-last-pregnancy-weighed-scbu",
    PS,
    "mo",
    "In her last pregnancy the baby was weighed daily on SCBU for two weeks. " + MO,
    "antenatal record: the baby of a last pregnancy",
)
ok(
    "ps-cit-if-treated-paediatrician",
    PS,
    "cit",
    CIT + " If the baby was treated for adaptation signs on the ward, the paediatrician sees the baby again before "
    "discharge.",
    "antenatal record: a passive under a condition, still a plan",
)
ok(
    "ps-meth-will-be-given-weighed",
    PS,
    "meth",
    METH + " After birth the baby will be given vitamin K and weighed on day 5 by the community midwife.",
    "antenatal record: the passive of a plan",
    bidi,
)
ok(
    "ps-sert-son-vaccinated",
    PS,
    "sert",
    SERT + " Her son was vaccinated on time in 2023 while she took sertraline, and she is keen to breastfeed again.",
    "antenatal record: an older child's vaccination, named as hers",
)
ok(
    "ps-lith-daughter-reviewed-2019",
    PS,
    "lith",
    "Her daughter was reviewed by a paediatrician after her birth in 2019 and had normal thyroid tests. " + LITH,
    "antenatal record: an earlier baby's review with its year",
)
ok(
    "ps-vo-weighed-if-early",
    PS,
    "vo",
    VO + " If the baby is born early, the baby will be weighed and examined by the neonatal team on the day.",
    "antenatal record: a plan under a real condition",
)
bad(
    "ps-meth-this-baby-given-weighed",
    PS,
    "meth",
    METH + " The baby was given vitamin K and was weighed on day 5.",
    "antenatal record: this unborn baby told as given and weighed",
    cyr,
)
bad(
    "ps-cit-this-baby-treated",
    PS,
    "cit",
    CIT + " The baby was treated for jitteriness on the ward and went home on day 3.",
    "antenatal record: this unborn baby told as treated and home",
)
bad(
    "ps-mo-baby-vaccinated",
    PS,
    "mo",
    MO + " The baby was vaccinated against BCG before going home.",
    "antenatal record: this unborn baby told as vaccinated",
)

# ---------------------------------------------------------------------------------------------------- sleepna
ok(
    "sn-dzp-foster-not-applicable",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep with Kayleigh: not applicable, as the baby is discharged to a foster carer without her; "
    "the baby sleeps only in the foster carer's cot and contact is supervised in the daytime. " + DZP_WATCH,
    "safe sleep with the mother truly does not apply: the baby goes to a foster carer without her",
    cyr,
    pre=FOSTER,
)
ok(
    "sn-fo-foster-na-contact",
    SN,
    "fo",
    "Diazepam and pregabalin continue for now. Safe sleep: N/A for Kayleigh, because the baby goes to a foster carer "
    "and not with her; during supervised contact she must not doze with the baby. The foster carer and HV watch the "
    "baby for late withdrawal until day 8; the social worker Leanne Moss holds this plan.",
    "dismissal true for the mother, with contact covered",
    None,
    pre=FOSTER,
)
ok(
    "sn-dzp-kinship-na",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep: not applicable to Kayleigh, as the baby goes home with her aunt, the kinship carer, and "
    "not with her; the aunt has a cot in her own room. The aunt and HV watch for late withdrawal signs until day 8.",
    "kinship carer without the mother: the dismissal is true",
    zwsp,
    pre=KINSHIP,
)
ok(
    "sn-fo-kinship-na-sleep",
    SN,
    "fo",
    "Diazepam and pregabalin continue for now. Co-sleeping with Kayleigh is not applicable: the baby lives with her "
    "grandmother, the kinship carer, and sleeps in a cot there. Late withdrawal signs are possible until day 8; the "
    "grandmother, HV and social worker hold this plan.",
    "kinship placement: the sleep risk from the mother does not arise",
    None,
    pre=KINSHIP,
)
ok(
    "sn-dzp-formula-na-sleep",
    SN,
    "dzp",
    DZP_HEAD + " Feeding: N/A, formula fed. Sleep: Kayleigh is drowsy on both, so she must never share a bed, sofa "
    "or armchair with the baby or feed lying down; the foster carer does the night feeds. " + DZP_WATCH,
    "'Feeding: N/A, formula fed' beside a full sleep plan",
    greek,
)
ok(
    "sn-fo-breast-na-formula",
    SN,
    "fo",
    FO + " Breastfeeding: N/A, she formula feeds by choice.",
    "feeding dismissed with its reason, sleep answered",
)
ok(
    "sn-lith-feeding-na-formula",
    SN,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The baby has a paediatric review after birth for floppiness, poor feeding and "
    "thyroid problems. Breastfeeding: N/A, formula feeding planned as lithium passes into breast milk.",
    "lithium: breastfeeding marked N/A with the reason and the formula plan",
)
ok(
    "sn-quet-feeding-na-partner",
    SN,
    "quet",
    QUET + " Breastfeeding: N/A for Daniel's medicine, as it does not reach the baby through Chloe's milk.",
    "breastfeeding truly does not apply to the father's medicine; sleep answered",
)
ok(
    "sn-po-feeding-na-mixed",
    SN,
    "po",
    PO + " Feeding: N/A to the quetiapine; Chloe mixed feeds as before.",
    "feeding not concerned by the father's medicine, sleep plan beside it",
    shy,
)
bad(
    "sn-dzp-placement-na",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep: not applicable, the placement has a cot. " + DZP_WATCH,
    "the mother is with the baby in the placement: her sedation's sleep risk dismissed",
    cyr,
)
bad(
    "sn-meth-na-at-home",
    SN,
    "meth",
    METH_NOSLEEP + " Safe sleep: not applicable.",
    "methadone sedates her and the baby goes home with her: sleep dismissed",
)
bad(
    "sn-fo-na-parent-baby",
    SN,
    "fo",
    "Diazepam and pregabalin continue for now. Co-sleeping: not applicable. Late withdrawal signs are possible until "
    "day 8; the foster carer, HV and social worker hold this plan.",
    "sedated mother in a parent-and-baby placement: co-sleeping dismissed",
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-valp-folate-monthly",
    LV,
    "valp",
    VALP + " Her folate levels are checked at booking and then monthly by the practice nurse.",
    "a folate schedule under valproate",
)
ok(
    "lv-vo-valproate-level-if-seizure",
    LV,
    "vo",
    VO + " The epilepsy nurse checks her valproate level only if a seizure recurs.",
    "a valproate level on a condition",
    cyr,
)
ok(
    "lv-cit-thyroid-levels",
    LV,
    "cit",
    CIT + " Her thyroid levels are checked at 28 weeks as her mother has thyroid disease.",
    "thyroid levels of the mother under citalopram",
)
ok(
    "lv-mo-ferritin-levels",
    LV,
    "mo",
    MO + " Her ferritin levels are rechecked at 34 weeks by the midwife.",
    "a ferritin level beside the plan",
)
ok(
    "lv-sert-no-sertraline-levels",
    LV,
    "sert",
    SERT + " Sertraline needs no blood levels.",
    "a true statement that no levels are needed for an SSRI",
)
ok(
    "lv-lith-by-service",
    LV,
    "lith",
    LITH_HEAD + " Lithium levels: the GP practice every 4 weeks to 36 weeks, then the antenatal clinic weekly, and "
    "the postnatal ward within 24 hours of birth. " + LITH_BABY,
    "lithium levels split by the service that takes them",
    zwsp,
)
ok(
    "lv-lo-mondays-gp",
    LV,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte. Levels on Monday mornings at the GP surgery every 4 weeks, weekly at "
    "the antenatal clinic from 36 weeks and within 24 hours of birth on the ward. " + LO_TAIL,
    "lithium levels on a named day at a named service",
)
ok(
    "lv-lith-thyroid-kidney",
    LV,
    "lith",
    LITH + " Her thyroid and kidney function are checked with each lithium level.",
    "thyroid and kidney bloods beside lithium levels",
)
ok(
    "lv-lo-12-hour-trough",
    LV,
    "lo",
    "Continue lithium (Priadel) 800 mg at night, with 12-hour levels (taken before the morning tablets would be "
    "due) every 4 weeks, weekly from 36 weeks and within 24 hours of birth. " + LO_TAIL,
    "levels limited to a time after the dose",
    bidi,
)
bad(
    "lv-lith-no-levels",
    LV,
    "lith",
    LITH_HEAD + " No blood tests are needed in pregnancy. " + LITH_BABY,
    "lithium with its levels denied",
)

# ---------------------------------------------------------------------------------------------------- others
ok(
    "ot-meth-son-scbu-2022",
    OT,
    "meth",
    "Her son (now 4) was on SCBU for NAS after his birth in 2022 and needed morphine. " + METH,
    "an older child's NAS beside this baby's plan",
    cyr,
)
ok(
    "ot-mo-first-pregnancy-relapse",
    OT,
    "mo",
    "In her first pregnancy she stopped methadone abruptly and relapsed. " + MO,
    "an earlier pregnancy's event as the reason for continuing",
)
ok(
    "ot-cit-previous-baby-jittery",
    OT,
    "cit",
    "Her previous baby, born in 2023, was jittery for a day on citalopram and settled without treatment. " + CIT,
    "an earlier baby's adaptation beside this baby's watch",
)
ok(
    "ot-dzp-older-daughter",
    OT,
    "dzp",
    "Kayleigh's older daughter lives with her grandmother and has no contact in the placement. " + DZP,
    "an older child's placement beside this baby's plan",
)
ok(
    "ot-quet-stepson-weekends",
    OT,
    "quet",
    QUET + " Daniel's son, aged 6, stays at weekends and sleeps in his own room.",
    "the father's older child, in his own room",
    shy,
)
ok(
    "ot-lith-psychosis-after-first",
    OT,
    "lith",
    "She had postpartum psychosis after her first baby in 2018, off lithium. " + LITH,
    "an earlier postnatal illness as the reason for the plan",
)
ok(
    "ot-valp-miscarriage-2024",
    OT,
    "valp",
    "She miscarried at 9 weeks in 2024. " + VALP,
    "an earlier loss, told plainly",
)
ok(
    "ot-po-sibling-room",
    OT,
    "po",
    PO + " The baby's big sister, aged 3, sleeps in her own room and never in the crib.",
    "a sibling's sleep beside this baby's",
)
bad(
    "ot-meth-only-first-baby",
    OT,
    "meth",
    "Her first baby was observed for 72 hours for NAS in 2022 and went home on day 5. " + METH_HEAD + " She is "
    "sleepy for a few hours after each dose.",
    "only the earlier baby's care: nothing of this baby",
    zwsp,
)

# ---------------------------------------------------------------------------------------------------- partner
ok(
    "pt-quet-out-till-morning",
    PT,
    "quet",
    "In Daniel's own words, 'once I've had my quetiapine I'm out till morning'. " + QUET_TAIL,
    "the father's sedation in his own words",
    greek,
)
ok(
    "pt-po-knocks-me-out",
    PT,
    "po",
    "Chloe's paracetamol is safe with breastfeeding. Daniel says his quetiapine 300 mg 'knocks me out by eleven', so "
    "he does no night feeds and never sleeps with the baby on a bed, sofa or armchair. The crib was seen and is safe; "
    "the HV keeps checking it at each visit.",
    "his words as the reason for the plan",
)
ok(
    "pt-quet-not-safe-at-night",
    PT,
    "quet",
    "Daniel: 'I'm not safe with the baby at night after my tablets.' We agree: his quetiapine 300 mg at night makes "
    "him very hard to wake. " + QUET_TAIL,
    "the father's own warning quoted, plan held",
)
ok(
    "pt-quet-not-drowsy-daytime",
    PT,
    "quet",
    QUET_HEAD + " He says he is 'not drowsy during the day' and gives the daytime bottles. " + QUET_TAIL,
    "a denial limited to the daytime",
    fw,
)
ok(
    "pt-po-his-gp-changes",
    PT,
    "po",
    PO + " Daniel says 'my GP at Elm Park might move my dose earlier'; if so, his GP tells the HV that week.",
    "his words about a change, with who tells whom",
)
ok(
    "pt-quet-wife-says",
    PT,
    "quet",
    QUET + " Chloe says she 'can't wake him even with the baby crying', which is why the nights are hers.",
    "the mother's words confirming the father's sedation",
)
bad(
    "pt-quet-feels-fine-sofa",
    PT,
    "quet",
    "Daniel says he feels fine on quetiapine, so he will share the night feeds and nap with the baby on the sofa. "
    "The HV visits at 8 weeks.",
    "his words overriding the sedation: sofa sleeping allowed",
    cyr,
)

# ---------------------------------------------------------------------------------------------------- quoted
ok(
    "qt-sert-leaflet-dont-stop",
    QT,
    "sert",
    "The leaflet says not to stop sertraline suddenly, and that is our advice too. " + SERT,
    "quoted advice agreeing with the plan",
)
ok(
    "qt-meth-leaflet-up-to-week",
    QT,
    "meth",
    "The drug service leaflet says babies can show withdrawal up to a week after birth, so this baby has 72 hours "
    "of NAS scoring on the ward and the HV checks for late signs to day 8. "
    + METH_HEAD
    + " "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a leaflet's fact applied to this baby",
    shy,
)
ok(
    "qt-cit-bumps-breastfeed",
    QT,
    "cit",
    "The BUMPS leaflet she was given says citalopram is compatible with breastfeeding, and she plans to breastfeed. "
    + CIT,
    "a leaflet cited with the full plan",
)
ok(
    "qt-dzp-lullaby-sofa",
    QT,
    "dzp",
    DZP_HEAD + " The Lullaby Trust leaflet says never to sleep on a sofa with a baby; on diazepam and pregabalin "
    "Kayleigh must never share a bed, sofa or armchair with the baby or feed lying down, and the foster carer does "
    "the night feeds. " + DZP_WATCH,
    "a safe-sleep leaflet quoted and made this baby's rule",
)
ok(
    "qt-lith-leaflet-hydration",
    QT,
    "lith",
    LITH + " As her leaflet says, she keeps well hydrated, especially in labour.",
    "a leaflet's advice repeated for her",
    cyr,
)
ok(
    "qt-vo-mhra-card",
    QT,
    "vo",
    VO + " The MHRA patient card says valproate can harm an unborn baby; she has it and we went through it today.",
    "the valproate patient card quoted, plan held",
)
bad(
    "qt-cit-leaflet-only",
    QT,
    "cit",
    "The leaflet says citalopram is usually fine in pregnancy.",
    "a leaflet alone: no plan for this baby",
)

# ---------------------------------------------------------------------------------------------------- plans
ok(
    "pl-meth-score-8-twice",
    PL,
    "meth",
    METH + " If the scores reach 8 or more twice running, the neonatal registrar reviews the baby and may start "
    "morphine on SCBU.",
    "a contingency that still plans",
    greek,
)
ok(
    "pl-dzp-if-mbu",
    PL,
    "dzp",
    DZP + " If Kayleigh moves to a mother-and-baby unit, the unit's night nurses take over the night feeds.",
    "a contingency with who takes over",
)
ok(
    "pl-quet-if-chloe-unwell",
    PL,
    "quet",
    QUET + " If Chloe is unwell at night, her mother stays over to do the feeds, never Daniel after his dose.",
    "a contingency that keeps the nights from him",
)
ok(
    "pl-mo-handover-days",
    PL,
    "mo",
    "Methadone 60 mg and sertraline 100 mg both continue. Handover: the ward midwives score the baby for 72 hours; "
    "after discharge the community midwife visits on days 3 and 5 and checks for late signs to day 8; the HV takes "
    "over at the new birth visit on day 10 to 14. Breastfeeding is encouraged. No co-sleeping, as methadone makes "
    "her sleepy; the social worker sees the cot before discharge.",
    "a hand-over naming who does what and when",
    zwsp,
)
ok(
    "pl-lo-clinic-takes-over",
    PL,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte. The GP takes lithium levels every 4 weeks; from 36 weeks the antenatal "
    "clinic takes over weekly levels; the ward takes one within 24 hours of birth. " + LO_TAIL,
    "a hand-over of levels between services",
)
ok(
    "pl-vo-gp-prescribes-nurse-reviews",
    PL,
    "vo",
    "The GP keeps prescribing sodium valproate 500 mg bd unchanged; epilepsy nurse Grace Adebayo reviews her within "
    "2 weeks and she must not stop it abruptly. The unborn baby has been exposed in the first trimester: fetal "
    "medicine sees her early and books the detailed anomaly scan. Folic acid 5 mg daily started today.",
    "who does what in the valproate plan",
)
ok(
    "pl-fo-sw-tells-carer",
    PL,
    "fo",
    FO + " Any dose change goes from the GP to the social worker, foster carer and HV the same week.",
    "who tells whom about dose changes",
)
ok(
    "pl-meth-home-birth-replaced",
    PL,
    "meth",
    "The home birth she first wanted was cancelled and replaced by birth on the consultant unit, where the baby has "
    "72 hours of NAS scoring; the HV checks for late signs to day 8. " + METH_HEAD + " " + METH_FEED + " " + METH_SLEEP,
    "a changed plan with its replacement",
    cyr,
)
ok(
    "pl-fo-mbu-replaced-placement",
    PL,
    "fo",
    "Discharge to the mother-and-baby unit was cancelled and replaced by the parent-and-baby foster placement. " + FO,
    "a cancelled discharge with the placement in its place",
)
ok(
    "pl-lith-switch-dropped",
    PL,
    "lith",
    "A plan to switch her mood stabiliser was dropped at 12 weeks, as she was well. " + LITH,
    "a dropped medicine switch, lithium plan held",
)
ok(
    "pl-sert-dose-rise-replaced",
    PL,
    "sert",
    "A rise to 150 mg was planned but cancelled as her mood improved; sertraline stays at 100 mg od, since relapse "
    "would harm her and the baby. The ward midwives watch the baby for 48 hours for jitteriness and poor feeding; "
    "breastfeeding is fine; the GP reviews her mood at the 6-week check.",
    "a cancelled dose change with the dose kept",
)
ok(
    "pl-quet-hv-then-gp",
    PL,
    "quet",
    QUET + " After 8 weeks the GP asks about the nights at Daniel's medication review each quarter.",
    "a hand-over from the HV to the GP with when",
)
ok(
    "pl-cit-unless-worsens",
    PL,
    "cit",
    CIT + " Unless her mood worsens, the dose stays at 20 mg; if it does, the perinatal team sees her within 2 weeks.",
    "'unless' with the fallback planned",
)
bad(
    "pl-meth-plan-dropped",
    PL,
    "meth",
    "The ward was to score the baby for 72 hours, but that plan has been cancelled. " + METH_HEAD + " She takes it "
    "supervised at the chemist.",
    "the only word of the baby is a plan withdrawn with nothing in its place",
    zwsp,
)
bad(
    "pl-dzp-left-to-ward",
    PL,
    "dzp",
    "Diazepam and pregabalin: the baby's monitoring, sleep and feeding are left to the discretion of the ward and "
    "the foster carer.",
    "everything handed over to others' discretion: nothing left",
)

# ---------------------------------------------------------------------------------------------------- dates
ok(
    "dt-meth-edd-slashes",
    DT,
    "meth",
    METH + " EDD 15/05/2026; if she has not delivered by 22/05/26, induction is offered on the consultant unit.",
    "EDD in numbers and 41 weeks a week later, both as the record has them",
    cyr,
)
ok(
    "dt-mo-fri-15-may",
    DT,
    "mo",
    "Due Fri 15 May 2026. " + MO,
    "the EDD with its true weekday",
)
ok(
    "dt-cit-monday-6th-april",
    DT,
    "cit",
    CIT + " Her EDD is Monday 6th April 2026, and she sees the obstetric team at 37 weeks on Mon 16 March.",
    "an ordinal date with its weekday, 37 weeks three weeks before",
)
ok(
    "dt-lith-wed-29-july",
    DT,
    "lith",
    LITH_HEAD
    + " Levels every 4 weeks, weekly from 36 weeks (Wednesday 29 July 2026) and within 24 hours of birth. "
    + LITH_BABY,
    "36 weeks given as its date and weekday",
    fw,
)
ok(
    "dt-lo-iso-edd",
    DT,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte, EDD 2026-08-26, with levels monthly, weekly from 29.07.2026 and within "
    "24 hours of birth. " + LO_TAIL,
    "ISO and dotted dates agreeing with the EDD",
)
ok(
    "dt-valp-anomaly-12-aug",
    DT,
    "valp",
    VALP_HEAD + " The baby has been exposed in the first trimester, so fetal medicine sees her early and the "
    "detailed anomaly scan is at 20 weeks, on 12 Aug 2026. Folic acid 5 mg daily started today.",
    "20 weeks given as its date",
)
ok(
    "dt-vo-due-30th-dec",
    DT,
    "vo",
    VO + " EDD 30th Dec 2026 by dates; the dating scan will confirm it.",
    "the EDD as an ordinal with a short month",
)
ok(
    "dt-dzp-day8-16-june",
    DT,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The foster carer and HV watch for late withdrawal signs until day 8, Tuesday 16 "
    "June 2026.",
    "day 8 from the birth on 8 June, with its weekday",
    shy,
)
ok(
    "dt-fo-6-week-20-jul",
    DT,
    "fo",
    FO + " The diazepam reduction starts at her 6-week review on 20/07/2026.",
    "the mother's 6-week review six weeks after the birth",
)
ok(
    "dt-quet-hv-8wks-13-jul",
    DT,
    "quet",
    QUET + " Born Mon 18 May 2026; the HV's 6-8 week visit is from 29/06/2026.",
    "birth date and 6-week visit in two formats",
)
ok(
    "dt-po-born-18th",
    DT,
    "po",
    "Baby born on the 18th of May 2026. " + PO,
    "the birth date in words",
)
ok(
    "dt-quet-now-10-days",
    DT,
    "quet",
    QUET_HEAD + " The baby, now 10 days old, is feeding well. " + QUET_TAIL,
    "the baby's age on the day of the assessment",
    greek,
)
ok(
    "dt-dzp-now-4-days",
    DT,
    "dzp",
    "The baby, now 4 days old, had mild withdrawal signs on day 3 and needed no treatment. " + DZP,
    "the baby's age and day 3 as the record has them",
)
ok(
    "dt-mo-29-plus-2",
    DT,
    "mo",
    "At 29+2 weeks today (29/40), all is well. " + MO,
    "the gestation as recorded, in two notations",
)
bad(
    "dt-meth-31-april",
    DT,
    "meth",
    METH + " Growth scan on 31/04/2026.",
    "a date April does not have",
    cyr,
)
bad(
    "dt-dzp-wrong-weekday",
    DT,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The foster carer and HV watch for late withdrawal signs until Wednesday 16 June "
    "2026.",
    "16 June 2026 is a Tuesday",
)
bad(
    "dt-quet-now-5-weeks",
    DT,
    "quet",
    QUET_HEAD + " The baby, now 5 weeks old, sleeps in the next-to-me crib. " + QUET_TAIL,
    "the baby is 10 days old on the day of the assessment, not 5 weeks",
)

# ---------------------------------------------------------------------------------------------------- doses
ok("ds-quet-3-tabs-nocte", DS, "d-quet", "3 tabs nocte (300mg)", "tablets and nocte as clinicians write them")
ok("ds-quet-300mg-on", DS, "d-quet", "300mg ON", "'ON' for at night")
ok("ds-quet-3x100-2200", DS, "d-quet", "3 x 100mg tabs at 22:00", "a count by strength and a clock time")
ok("ds-dzp-5mg-tds", DS, "d-dzp", "5mg tds", "tds without a space")
ok("ds-dzp-1-tab-tds-prn", DS, "d-dzp", "1 tab tds prn", "one tablet three times a day when needed")
ok("ds-pgb-2-caps-bd", DS, "d-pgb", "2 caps bd (150mg)", "capsules abbreviated")
ok("ds-pgb-150mg-caps-bd", DS, "d-pgb", "150mg BD", "BD in capitals")
ok("ds-lith-mr-800-nocte", DS, "d-lith", "MR 800mg nocte (Priadel brand)", "MR before the dose")
ok("ds-lith-2-tabs-on", DS, "d-lith", "2 tabs ON, Priadel brand only", "two tablets at night, brand kept")
ok("ds-valp-500mg-bd", DS, "d-valp", "500mg b.d. with food", "b.d. with dots")
ok("ds-valp-1-tab-bd", DS, "d-valp", "1 tab BD", "one tablet twice a day")
ok("ds-fol-5mg-od-to-12", DS, "d-fol", "5mg od to 12/40", "od and a gestation as its limit")
ok("ds-sert-2-tabs-mane", DS, "d-sert", "2 tabs mane (100mg)", "mane for the morning")
ok("ds-meth-60ml-od-sup", DS, "d-meth", "60ml (60mg) od, supervised at the chemist", "ml and mg of a 1 mg/ml solution")
ok("ds-cit-20mg-od", DS, "d-cit", "20mg OD", "OD in capitals")
ok("ds-para-1g-qds-prn", DS, "d-para", "1g qds prn, max 4g/24h", "qds prn with the daily maximum")
ok(
    "ds-dzp-conclusion-tds-bd",
    DS,
    "dzp",
    "Diazepam 5mg tds and pregabalin 150mg bd continue for now, with a supervised diazepam taper from the 6/52 "
    "review. " + DZP_SLEEP + " " + DZP_WATCH,
    "doses and 6/52 written as clinicians write them in the conclusion",
    cyr,
)
ok(
    "ds-lith-conclusion-mr-nocte",
    DS,
    "lith",
    "Priadel MR 800mg nocte continues: her risk of relapse after birth is high. " + LITH_LEVELS + " " + LITH_BABY,
    "the brand and MR dose in the conclusion",
)
ok(
    "ds-quet-conclusion-3-tabs",
    DS,
    "quet",
    "Daniel takes quetiapine 3 tabs nocte (300mg), which makes him very hard to wake until morning. " + QUET_TAIL,
    "the father's dose as his GP writes it",
    zwsp,
)
ok(
    "ds-meth-conclusion-60ml",
    DS,
    "meth",
    "Methadone 60ml od, supervised, continues unchanged. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "methadone in ml as the chemist writes it",
)
ok(
    "ds-sert-conclusion-2-tabs",
    DS,
    "sert",
    "Sertraline 2 x 50mg od continues: a relapse of her depression would harm her and the baby more than the drug. "
    "The ward midwives watch the baby for 48 hours for jitteriness and poor feeding; breastfeeding is fine; the GP "
    "reviews her mood at 6/52.",
    "a count by strength in the conclusion",
)
bad("ds-quet-0mg-nocte", DS, "d-quet", "0mg nocte", "a zero dose as what is taken")
bad("ds-quet-300mg-iv", DS, "d-quet", "300mg IV nocte", "tablets injected")
bad("ds-dzp-minus-5", DS, "d-dzp", "-5mg tds", "a negative dose")


# ---------------------------------------------------------------------------------------------------- late additions
ok(
    "ps-po-discharged-day2-seen-day5",
    PS,
    "po",
    PO + " The baby was discharged home on day 2 and was seen by the community midwife on day 5.",
    "postnatal record: born-only pasts of the baby, all before the assessment",
    greek,
)
ok(
    "ps-fo-as-birth-plan-said",
    PS,
    "fo",
    "As the birth plan said, the baby was scored for 5 days on the postnatal ward. " + FO,
    "postnatal record: the birth plan cited as the source of what was done",
)
ok(
    "ps-meth-once-born-weighed",
    PS,
    "meth",
    METH + " Once the baby is born, the community midwife weighs the baby on day 5 and the HV on day 10 to 14.",
    "antenatal record: 'once the baby is born' is a plan there",
)
ok(
    "lv-lith-level-0-6-april",
    LV,
    "lith",
    "Her last lithium level was 0.6 mmol/L on 22/04/2026. " + LITH,
    "a past level with its date before the assessment",
)
ok(
    "dt-lo-wc-27-jul",
    DT,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte with levels every 4 weeks, then weekly from w/c 27/07/26 (36 weeks "
    "on Wed 29 July), and within 24 hours of birth. " + LO_TAIL,
    "a week-commencing date and 36 weeks inside it",
)
ok(
    "pl-mo-midwife-then-hv-ranges",
    PL,
    "mo",
    "Methadone 60 mg and sertraline 100 mg both continue. The ward midwives score the baby for 72 hours; at home the "
    "community midwife visits on days 4-10 and looks for late withdrawal signs to day 8, and the HV takes over at "
    "the new birth visit on days 10-14. "
    "Breastfeeding is encouraged. No co-sleeping, as methadone makes her sleepy; the social worker and HV see the "
    "cot before discharge.",
    "a hand-over written as day ranges",
)
ok(
    "pt-quet-sleep-like-a-log",
    PT,
    "quet",
    "Daniel's words: 'on my quetiapine I sleep like a log until seven'. " + QUET_TAIL,
    "the father's sedation in an idiom of his own",
    shy,
)
ok(
    "sn-dzp-foster-na-feeding-na",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep and feeding by Kayleigh: N/A, as the baby is discharged to a foster carer without her; "
    "the foster carer formula feeds and the baby sleeps in her cot. The foster carer and HV watch for late "
    "withdrawal signs until day 8.",
    "both dismissals true when the baby goes to a foster carer without her",
    None,
    pre=FOSTER,
)


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F138CASES))


if __name__ == "__main__":  # pragma: no cover
    total = Counter(c.expect for c in F138CASES)
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:10} {expect:7} {n}")
    print(dict(total), len(F138CASES))
