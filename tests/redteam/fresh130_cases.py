"""A hundred-and-thirtieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt
against this stop's readings.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About three quarters is good, complete work that legitimately uses the surfaces the newest readings
refuse (must pass), each paired with a near miss in new wording that really is defective (must refuse):

* ``weekdays``: "Sat", "Sun", "Wed", "Weds" beside the dates they fall on; against a weekday the date is not;
* ``cells``: a redacted "XXX" name inside a full plan; against template cells left as "XXX";
* ``forms``: forms and routes the listed product takes ("goes on, taken by mouth", "as modified-release
  tablets"); against an oral product given IM, put on the skin, used as eye drops, a patch or pessaries;
* ``remedies``: St John's wort stopped, warned against or someone else's; against it taken beside the medicine;
* ``handover``: a copy handed over by the ward midwife, with the baby, or posted to an address on file; against
  a copy handed over by the newborn or posted to an address the sender does not have;
* ``regimen``: "carries on", "likewise", "supervised consumption" beside the baby's care stated; against the same
  lines beside a baby only discussed or taken into account;
* ``watches``: a day-3 watch beside a 6-week check, hours that a day holds; against a watch that starts weeks late,
  in thousands of hours or with more hours than a day has;
* ``gestation``: induction after 41 weeks, a growth scan at 38 weeks, an early delivery at 32 weeks with its date,
  lithium levels in mmol/L; against a birth after 43 weeks, an anomaly scan at term, levels no one has, "first
  trimester at 30 weeks", a date that is not the gestation said;
* ``birth``: "within 24 hours of birth and again at 6 weeks", day-N dates from a birth at term; against the
  clashes and day-N dates that put the birth at 30 weeks;
* ``gaps``: withdrawal windows covered to day 8; against a gap inside the window;
* ``plans``: plans withdrawn with what replaces them, closings that own the plan; against withdrawn bare and
  disowning closings;
* ``nights``: the sedated partner's evening bottle before his dose and bedtime checks; against the small-hours
  feed, an hourly night watch and the nights at weekends, and sofa sleeping allowed;
* ``holders``: real carers, "Dr Porter", a probation officer's own work; against acts held by a taxi driver, a
  probation officer or a late mother;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh130_cases`` for the counts per category.
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
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F130CASES: list[Case] = []

CATEGORIES = (
    "weekdays",
    "cells",
    "forms",
    "remedies",
    "handover",
    "regimen",
    "watches",
    "gestation",
    "birth",
    "gaps",
    "plans",
    "nights",
    "holders",
    "disguise",
)

WD, CL, FM, RM, HO, RG, WT, GS, BR, GP, PL, NT, HD, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F130CASES.append(Case(f"f130-{name}", category, expect, base, mutate, why))


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
    "fcr": (F, _at("recipients#rcp-foster-carer.route.description")),
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


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# Complete bodies written afresh for this batch; each case adds or changes one point of one of them.
METH_HEAD = "Methadone 60 mg once a day, supervised, stays unchanged for the rest of Jodie's pregnancy."
METH_WATCH = (
    "Her baby is likely to show withdrawal: the postnatal ward midwives score the baby every 4 hours for at least "
    "72 hours, and the health visitor checks for late signs at home up to day 8."
)
METH_FEED = "Breastfeeding on this steady dose is encouraged and the midwives will help with it."
METH_SLEEP = (
    "Jodie is drowsy for a while after each dose, so the baby never shares her bed or sofa and sleeps in the cot "
    "in her room, which the health visitor will see."
)
METH = " ".join((METH_HEAD, METH_WATCH, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg each day continues, because a relapse of Jodie's depression would harm her and the baby more "
    "than the medicine could. The ward midwives watch the baby for 48 hours after birth for jitteriness, fast "
    "breathing and poor feeding. Breastfeeding is compatible. The GP reviews her mood at the 6-week postnatal check."
)
MO_BABY = (
    "After birth the baby stays on the postnatal ward for 72 hours of withdrawal and adaptation scoring by the "
    "midwives, then the health visitor checks to day 8. Breastfeeding is encouraged. Methadone makes Jodie drowsy, "
    "so no bed or sofa sharing; Marcus Reed and the health visitor see the cot before discharge."
)
MO = "Methadone and sertraline both carry on at today's doses. " + MO_BABY
CIT_HEAD = (
    "Citalopram 20 mg each day continues through pregnancy and breastfeeding, as stopping it before led to relapse."
)
CIT_BABY = (
    "The midwife watches Megan's baby for 48 hours after birth for jitteriness, poor feeding and fast breathing, "
    "with a paediatric review if any appear. Breastfeeding is supported. The GP reviews her mood at the 6-week "
    "postnatal check."
)
CIT = CIT_HEAD + " " + CIT_BABY
LITH_HEAD = (
    "Lithium (Priadel) 800 mg at night continues, as a relapse after birth would put Rebecca and the baby at risk."
)
LITH_LEVELS = "Levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth, aiming for 0.4 to 0.8 mmol/L."
LITH_BABY = (
    "The paediatrician reviews the baby after birth and the ward midwives watch for floppiness and poor feeding. "
    "She will bottle feed, as lithium passes into breast milk. The perinatal team sees her weekly for 6 weeks "
    "after the birth."
)
LITH = " ".join((LITH_HEAD, LITH_LEVELS, LITH_BABY))
VALP = (
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review, because stopping it abruptly "
    "risks seizures that would harm her and the baby. The baby was exposed in the first trimester, so fetal medicine "
    "sees her and the 20-week anomaly scan looks closely for spina bifida and heart defects. Folic acid 5 mg daily "
    "has started. Neurology will discuss a switch and the risks to the baby's development."
)
DZP_HEAD = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue, with a supervised diazepam "
    "reduction planned."
)
DZP_SLEEP = (
    "Together they sedate Kayleigh: she must not co-sleep, sleep on a sofa with the baby or feed lying down, and "
    "Sandra Hollis, the foster carer, does the night feeds."
)
DZP_WATCH = (
    "The foster carer and the health visitor watch the baby for late withdrawal (jitteriness, poor feeding, a "
    "high-pitched cry) until day 8."
)
DZP = " ".join((DZP_HEAD, DZP_SLEEP, DZP_WATCH))
QUET_HEAD = "Daniel's quetiapine 300 mg at night leaves him heavily sedated until morning."
QUET_TAIL = (
    "Chloe does the nights and the baby sleeps in the next-to-me crib; the health visitor checks this at each visit."
)
QUET = (
    QUET_HEAD + " He does no night feeds and never sleeps with the baby in a bed, on a sofa or in a chair. " + QUET_TAIL
)
PO = (
    "Chloe's paracetamol raises no concern for the baby or for feeding. Daniel's quetiapine 300 mg at night sedates "
    "him heavily: no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose. The "
    "crib was seen and is safe; the health visitor keeps checking it."
)
FCR = (
    "Printed copy handed by the ward midwife to Sandra Hollis, the foster carer, at the discharge planning meeting "
    "on the postnatal ward on 2026-06-12, with its contents explained."
)

ok("base-meth", RG, "meth", METH, "the batch's own methadone body")
ok("base-sert", RG, "sert", SERT, "the batch's own sertraline body")
ok("base-mo", RG, "mo", MO, "the batch's own overall for methadone and sertraline")
ok("base-cit", RG, "cit", CIT, "the batch's own citalopram body")
ok("base-lith", GS, "lith", LITH, "the batch's own lithium body")
ok("base-valp", GS, "valp", VALP, "the batch's own valproate body")
ok("base-dzp", WT, "dzp", DZP, "the batch's own diazepam and pregabalin body")
ok("base-quet", NT, "quet", QUET, "the batch's own quetiapine body")
ok("base-po", NT, "po", PO, "the batch's own overall for the partner's quetiapine")
ok("base-fcr", HO, "fcr", FCR, "the batch's own hand-over to the foster carer")

# ---------------------------------------------------------------------------------------------------- weekdays
ok(
    "wd-quet-sat-30-may",
    WD,
    "quet",
    QUET + " The weekend duty health visitor sees the crib again on Sat 30 May 2026.",
    "Sat 30 May 2026 is a Saturday",
    cyr,
)
bad(
    "wd-quet-fri-30-may",
    WD,
    "quet",
    QUET + " The weekend duty health visitor sees the crib again on Fri 30 May 2026.",
    "30 May 2026 is a Saturday, not a Friday",
)
ok(
    "wd-dzp-weds-17-june",
    WD,
    "dzp",
    DZP + " Leanne Moss reviews the placement with the foster carer on Weds 17 June 2026.",
    "Weds 17 June 2026 is a Wednesday",
    zwsp,
)
bad(
    "wd-dzp-weds-18-june",
    WD,
    "dzp",
    DZP + " Leanne Moss reviews the placement with the foster carer on Weds 18 June 2026.",
    "18 June 2026 is a Thursday",
)
ok(
    "wd-meth-sat-7-march",
    WD,
    "meth",
    METH + " The health visitor meets Jodie at home on Sat 7 March 2026 to go through the plan.",
    "Sat 7 March 2026 is a Saturday",
)
bad(
    "wd-meth-sun-7-march",
    WD,
    "meth",
    METH + " The health visitor meets Jodie at home on Sun 7 March 2026 to go through the plan.",
    "7 March 2026 is a Saturday, not a Sunday",
)
ok(
    "wd-cit-wed-18-feb",
    WD,
    "cit",
    CIT + " The community midwife goes through the plan with Megan at clinic on Wed 18 Feb 2026.",
    "Wed 18 Feb 2026 is a Wednesday",
)
bad(
    "wd-cit-wed-19-feb",
    WD,
    "cit",
    CIT + " The community midwife goes through the plan with Megan at clinic on Wed 19 Feb 2026.",
    "19 Feb 2026 is a Thursday",
)
ok(
    "wd-lith-wed-3-june",
    WD,
    "lith",
    LITH + " Her next level is taken at the surgery on Wed 3 June 2026.",
    "Wed 3 June 2026 is a Wednesday, four weeks on",
    greek,
)
ok(
    "wd-po-sun-31-may",
    WD,
    "po",
    PO + " Chloe's sister stays on Sun 31 May 2026 so that Chloe can sleep in the afternoon.",
    "Sun 31 May 2026 is a Sunday",
)
ok(
    "wd-quet-sat-past-tense",
    WD,
    "quet",
    QUET_HEAD + " He sat with the health visitor on 28 May and agreed he does no night feeds and never sleeps with "
    "the baby in a bed, on a sofa or in a chair. " + QUET_TAIL,
    "'sat' as the past of sit, no weekday",
)
ok(
    "wd-fo-sat-13-june",
    WD,
    "fo",
    "Diazepam and pregabalin carry on for now and together sedate Kayleigh: no bed, sofa or armchair sharing, no "
    "feeding lying down, and Sandra Hollis does the night feeds. The foster carer and health visitor watch the baby "
    "for late withdrawal until day 8; the health visitor visits the placement on Sat 13 June 2026, day 5.",
    "Sat 13 June 2026 is a Saturday and the baby's day 5",
)

# ---------------------------------------------------------------------------------------------------- cells
ok(
    "cl-mo-redacted-sw",
    CL,
    "mo",
    "Methadone and sertraline both carry on at today's doses. After birth the baby stays on the postnatal ward for "
    "72 hours of withdrawal and adaptation scoring by the midwives, then the health visitor checks to day 8. "
    "Breastfeeding is encouraged. Methadone makes Jodie drowsy, so no bed or sofa sharing; the social worker (XXX "
    "in this copy) and the health visitor see the cot before discharge.",
    "a redacted social worker's name inside a full plan",
    cyr,
)
bad(
    "cl-meth-xxx-cells",
    CL,
    "meth",
    METH_HEAD + " Baby: XXX. Feeding: XXX. Sleep: XXX.",
    "the template's cells left as XXX",
)
ok(
    "cl-dzp-foster-withheld",
    CL,
    "dzp",
    DZP_HEAD + " Together they sedate Kayleigh: she must not co-sleep, sleep on a sofa with the baby or feed lying "
    "down, and the foster carer (XXX, name withheld for the placement's safety) does the night feeds. " + DZP_WATCH,
    "a foster carer's name withheld as XXX, the plan full",
)
bad(
    "cl-dzp-xxx-cells",
    CL,
    "dzp",
    DZP_HEAD + " Night feeds: XXX. Withdrawal watch: XXX. Sleeping: XXX.",
    "night care, watch and sleeping left as XXX",
)
ok(
    "cl-lith-paed-xxx",
    CL,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The paediatrician (Dr XXX, redacted) reviews the baby after birth and the ward "
    "midwives watch for floppiness and poor feeding. She will bottle feed, as lithium passes into breast milk. The "
    "perinatal team sees her weekly for 6 weeks after the birth.",
    "a redacted doctor's name, the plan full",
    zwsp,
)
bad(
    "cl-cit-xxx-after-head",
    CL,
    "cit",
    CIT_HEAD + " Baby watch: XXX. Breastfeeding: XXX. Mood review: XXX.",
    "the baby's cells left as XXX after a real first sentence",
)
ok(
    "cl-co-redacted-unit",
    CL,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding, as relapse would harm Megan and the baby. The "
    "midwife at XXX (unit name removed for this teaching copy) watches the baby for 48 hours for adaptation signs, "
    "breastfeeding is supported and the GP reviews her mood at the 6-week check.",
    "a redacted unit name, the plan full",
)

# ---------------------------------------------------------------------------------------------------- forms
ok(
    "fm-meth-goes-on-by-mouth",
    FM,
    "meth",
    "Methadone 60 mg once a day goes on, to be taken by mouth under supervision at the pharmacy. "
    + " ".join((METH_WATCH, METH_FEED, METH_SLEEP)),
    "an oral solution goes on, taken by mouth",
    greek,
)
bad(
    "fm-meth-goes-on-im",
    FM,
    "meth",
    "Methadone 60 mg once a day goes on, to be given IM by the drug service nurse. "
    + " ".join((METH_WATCH, METH_FEED, METH_SLEEP)),
    "an oral solution to be given IM",
)
ok(
    "fm-lith-as-mr-tablets",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg at night as modified-release tablets, swallowed whole, continues, as a relapse after "
    "birth would put Rebecca and the baby at risk. " + LITH_LEVELS + " " + LITH_BABY,
    "the listed modified-release tablets as they are",
)
bad(
    "fm-lith-as-pessaries",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg at night as pessaries continues, as a relapse after birth would put Rebecca and the "
    "baby at risk. " + LITH_LEVELS + " " + LITH_BABY,
    "modified-release tablets called pessaries",
)
ok(
    "fm-dzp-by-mouth",
    FM,
    "dzp",
    "Diazepam 5 mg tablets by mouth three times a day and pregabalin 150 mg (two capsules) swallowed twice a day "
    "continue, with a supervised diazepam reduction planned. " + DZP_SLEEP + " " + DZP_WATCH,
    "tablets and capsules taken by mouth",
)
bad(
    "fm-dzp-applied-skin",
    FM,
    "dzp",
    "Diazepam 5 mg three times a day is applied to the skin and pregabalin 150 mg twice a day continues, with a "
    "supervised diazepam reduction planned. " + DZP_SLEEP + " " + DZP_WATCH,
    "diazepam tablets applied to the skin",
)
ok(
    "fm-quet-three-tablets",
    FM,
    "quet",
    "Daniel's quetiapine, three 100 mg tablets swallowed at night, leaves him heavily sedated until morning. He "
    "does no night feeds and never sleeps with the baby in a bed, on a sofa or in a chair. " + QUET_TAIL,
    "the listed tablets swallowed",
)
bad(
    "fm-quet-eye-drops",
    FM,
    "quet",
    "Daniel's quetiapine 300 mg at night as eye drops leaves him heavily sedated until morning. He does no night "
    "feeds and never sleeps with the baby in a bed, on a sofa or in a chair. " + QUET_TAIL,
    "quetiapine tablets as eye drops",
)
bad(
    "fm-cit-skin-patch",
    FM,
    "cit",
    "Citalopram 20 mg each day as a skin patch continues through pregnancy and breastfeeding, as stopping it "
    "before led to relapse. " + CIT_BABY,
    "citalopram tablets as a skin patch",
)
ok(
    "fm-cit-tablet-morning",
    FM,
    "cit",
    "Citalopram 20 mg, one tablet each morning with water, continues through pregnancy and breastfeeding, as "
    "stopping it before led to relapse. " + CIT_BABY,
    "the listed tablet taken each morning",
)
ok(
    "fm-valp-swallowed-whole",
    FM,
    "valp",
    "Sodium valproate 500 mg gastro-resistant tablets, swallowed whole twice a day, continue until the urgent "
    "neurology review, because stopping abruptly risks seizures that would harm her and the baby. The baby was "
    "exposed in the first trimester, so fetal medicine sees her and the 20-week anomaly scan looks closely for "
    "spina bifida and heart defects. Folic acid 5 mg daily has started. Neurology will discuss a switch.",
    "gastro-resistant tablets swallowed whole",
    fw,
)
bad(
    "fm-valp-rubbed-skin",
    FM,
    "valp",
    "Sodium valproate 500 mg twice a day, to be rubbed into the skin, continues until the urgent neurology review, "
    "because stopping abruptly risks seizures that would harm her and the baby. The baby was exposed in the first "
    "trimester, so fetal medicine sees her and the 20-week anomaly scan looks closely for spina bifida and heart "
    "defects. Folic acid 5 mg daily has started. Neurology will discuss a switch.",
    "gastro-resistant tablets rubbed into the skin",
)
ok(
    "fm-po-paracetamol-tablets",
    FM,
    "po",
    "Chloe's paracetamol, two 500 mg tablets by mouth up to four times a day, raises no concern for the baby or "
    "for feeding. Daniel's quetiapine 300 mg at night sedates him heavily: no co-sleeping with him on a bed, sofa or "
    "armchair, and no night feeds by him after his dose. The crib was seen and is safe; the health visitor keeps "
    "checking it.",
    "paracetamol tablets by mouth",
)
ok(
    "fm-meth-liquid-measured",
    FM,
    "meth",
    "Methadone 60 ml of the 1 mg/ml oral solution, drunk under supervision each day, stays unchanged for the rest of "
    "Jodie's pregnancy. " + " ".join((METH_WATCH, METH_FEED, METH_SLEEP)),
    "the oral solution drunk",
)

# ---------------------------------------------------------------------------------------------------- remedies
ok(
    "rm-sert-sjw-stopped",
    RM,
    "sert",
    SERT + " She stopped the St John's wort she had bought once the pharmacist explained it interacts with sertraline.",
    "St John's wort stopped",
    cyr,
)
bad(
    "rm-sert-sjw-taking",
    RM,
    "sert",
    SERT + " She also takes St John's wort from the health food shop for her low mood.",
    "St John's wort taken beside sertraline",
)
ok(
    "rm-cit-sjw-warned",
    RM,
    "cit",
    CIT + " She was told not to take St John's wort with citalopram, as together they can cause serotonin toxicity.",
    "St John's wort warned against",
)
ok(
    "rm-meth-sjw-avoids",
    RM,
    "meth",
    METH + " St John's wort lowers methadone levels, so she avoids it and asks the pharmacist before any remedy.",
    "St John's wort avoided, its interaction said",
)
bad(
    "rm-meth-sjw-buys",
    RM,
    "meth",
    METH + " She buys St John's wort to help her sleep and will keep taking it.",
    "St John's wort bought and kept beside methadone",
)
ok(
    "rm-sert-sjw-mother",
    RM,
    "sert",
    SERT + " Her own mother takes St John's wort; Jodie knows not to take any of it.",
    "another person's St John's wort",
)
bad(
    "rm-mo-sjw-supermarket",
    RM,
    "mo",
    MO + " Jodie also takes St John's wort she buys at the supermarket, to lift her mood.",
    "St John's wort taken beside sertraline and methadone",
)
ok(
    "rm-valp-sjw-stop",
    RM,
    "valp",
    VALP + " She has been asked to stop the St John's wort she bought, as it interacts with antiepileptic medicines.",
    "St John's wort stopped beside valproate",
    zwsp,
)

# ---------------------------------------------------------------------------------------------------- handover
bad(
    "ho-by-newborn",
    HO,
    "fcr",
    "Printed copy handed over by the newborn to the foster carer at discharge from the postnatal ward on 2026-06-12.",
    "a copy handed over by the newborn",
)
bad(
    "ho-posted-no-address",
    HO,
    "fcr",
    "Printed copy posted on 2026-06-12 to the foster carer's home address, which the ward does not hold.",
    "posted to an address the sender says it does not have",
)
ok(
    "ho-posted-on-file",
    HO,
    "fcr",
    "Printed copy posted on 2026-06-12 to the foster carer's address held on file by Brightwater Fostering, and "
    "explained to her by phone the same day.",
    "posted to an address on file",
    shy,
)
ok(
    "ho-with-baby",
    HO,
    "fcr",
    "Printed copy handed to the foster carer with the baby at discharge from the postnatal ward on 2026-06-12, and "
    "its contents explained.",
    "the baby handed over with the copy",
)
ok(
    "ho-sw-handed",
    HO,
    "fcr",
    "Printed copy handed to Sandra Hollis by the social worker, Leanne Moss, at the placement on 2026-06-12 and "
    "gone through with her.",
    "the social worker hands it over",
)

# ---------------------------------------------------------------------------------------------------- regimen
bad(
    "rg-meth-carries-on-discussed",
    RG,
    "meth",
    "Methadone 60 mg once daily, supervised consumption, carries on. The baby's care after birth was discussed "
    "with Jodie.",
    "a regimen line beside a baby only discussed",
)
ok(
    "rg-meth-carries-on-held",
    RG,
    "meth",
    "Methadone 60 mg once daily, supervised consumption, carries on. The baby's care after birth was discussed "
    "with Jodie: the ward midwives score the baby every 4 hours for 72 hours, the health visitor checks at home to "
    "day 8, breastfeeding is encouraged, and she is drowsy after her dose so there is no bed or sofa sharing, with "
    "the cot seen by the health visitor.",
    "the same line with the baby's care stated",
    cyr,
)
bad(
    "rg-mo-likewise-taken-into-account",
    RG,
    "mo",
    "Methadone 60 mg daily carries on. Sertraline 100 mg likewise. The baby's needs have been taken into account.",
    "'likewise' beside a baby taken into account",
)
ok(
    "rg-mo-likewise-full",
    RG,
    "mo",
    "Methadone 60 mg daily carries on. Sertraline 100 mg likewise. " + MO_BABY,
    "'likewise' beside the baby's full plan",
    greek,
)
bad(
    "rg-dzp-goes-on-gone-through",
    RG,
    "dzp",
    "Diazepam 5 mg three times a day goes on. Pregabalin 150 mg twice a day likewise. The baby's needs were gone "
    "through at the planning meeting.",
    "regimen lines beside a baby gone through",
)
ok(
    "rg-dzp-goes-on-full",
    RG,
    "dzp",
    "Diazepam 5 mg three times a day goes on. Pregabalin 150 mg twice a day likewise. " + DZP_SLEEP + " " + DZP_WATCH,
    "regimen lines beside the baby's care",
)
bad(
    "rg-cit-kept-considered",
    RG,
    "cit",
    "Citalopram 20 mg once a day is kept. The baby's adaptation and feeding were considered.",
    "a kept dose beside a baby only considered",
)
ok(
    "rg-cit-kept-full",
    RG,
    "cit",
    "Citalopram 20 mg once a day is kept, as stopping it before led to relapse. " + CIT_BABY,
    "a kept dose beside the baby's care",
)
ok(
    "rg-sert-three-lines",
    RG,
    "sert",
    "Sertraline 100 mg once a day carries on. Relapse would harm Jodie and the baby more than the drug. Baby: ward "
    "midwives watch 48 hours for jitteriness and poor feeding. Feeding: breastfeeding compatible. Mood: GP review "
    "at the 6-week check.",
    "a regimen line beside labelled answers",
)

# ---------------------------------------------------------------------------------------------------- watches
ok(
    "wt-meth-6-week-beside-ward",
    WT,
    "meth",
    METH + " The GP sees Jodie and the baby together at the 6-week check.",
    "a routine 6-week check beside a 72-hour ward watch",
    fw,
)
bad(
    "wt-meth-from-6-week",
    WT,
    "meth",
    METH_HEAD
    + " The health visitor scores the baby for withdrawal from the 6-week check. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "the withdrawal watch starts at 6 weeks",
)
bad(
    "wt-dzp-starts-4-weeks",
    WT,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The health visitor starts watching for late withdrawal when the baby is 4 weeks "
    "old.",
    "a withdrawal watch starting weeks after the window",
)
ok(
    "wt-dzp-weigh-4-weeks",
    WT,
    "dzp",
    DZP + " The health visitor weighs the baby again when the baby is 4 weeks old.",
    "a later weighing beside a watch to day 8",
)
bad(
    "wt-meth-2000-hours",
    WT,
    "meth",
    METH_HEAD
    + " The ward midwives score the baby every 4 hours for the next 2,000 hours. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a ward watch of 2,000 hours",
)
ok(
    "wt-meth-120-hours",
    WT,
    "meth",
    METH_HEAD + " The ward midwives score the baby every 4 hours for the first 120 hours, and the health visitor "
    "checks for late signs at home up to day 8. " + METH_FEED + " " + METH_SLEEP,
    "a 120-hour ward watch",
)
bad(
    "wt-meth-25-hours-a-day",
    WT,
    "meth",
    METH_HEAD + " The ward midwives watch the baby 25 hours a day for 3 days, and the health visitor checks for "
    "late signs to day 8. " + METH_FEED + " " + METH_SLEEP,
    "more hours a day than a day has",
)
ok(
    "wt-dzp-24-hours-a-day",
    WT,
    "dzp",
    DZP + " For the first week an adult who has taken no sedating medicine is with the baby 24 hours a day.",
    "24 hours a day",
    zwsp,
)
ok(
    "wt-dzp-shifts-add-up",
    WT,
    "dzp",
    DZP + " Sandra covers 12 hours a night and her husband, the second foster carer, covers 12 hours a day.",
    "fixed hours per day that add up",
)
bad(
    "wt-dzp-26-hours",
    WT,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The foster carer is awake with the baby 26 hours a day until day 8.",
    "26 hours a day",
)
ok(
    "wt-cit-7-days-week",
    WT,
    "cit",
    CIT + " The maternity triage line answers 7 days a week if the baby seems unwell at home.",
    "7 days a week",
)

# ---------------------------------------------------------------------------------------------------- gestation
ok(
    "gs-lith-after-41",
    GS,
    "lith",
    LITH + " Induction is offered if she is still pregnant after 41 weeks.",
    "induction after 41 weeks",
    cyr,
)
bad(
    "gs-lith-after-43",
    GS,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The paediatrician reviews the baby only if she delivers after 43 weeks. She "
    "will bottle feed, as lithium passes into breast milk. The perinatal team sees her weekly for 6 weeks after "
    "the birth.",
    "the baby's review only after 43 weeks",
)
ok(
    "gs-meth-after-52-weeks-treatment",
    GS,
    "meth",
    METH + " After 52 weeks of treatment she has had no on-top use.",
    "'after 52 weeks of treatment' is a length",
)
bad(
    "gs-lith-echo-38",
    GS,
    "lith",
    LITH + " The fetal echocardiogram to look for heart malformations is booked at 38 weeks.",
    "a fetal echo at term",
)
ok(
    "gs-lith-growth-36",
    GS,
    "lith",
    LITH + " The fetal heart was looked at closely at the 20-week scan, and a growth scan follows at 36 weeks.",
    "a 20-week heart scan beside a 36-week growth scan",
)
ok(
    "gs-cit-growth-38",
    GS,
    "cit",
    CIT + " A growth scan at 38 weeks checks the baby's size before delivery, as the last one was small for dates.",
    "a growth scan at 38 weeks, explained",
)
bad(
    "gs-lith-first-trimester-30",
    GS,
    "lith",
    LITH + " Exposure in the first trimester at 30 weeks slightly raises the risk of heart malformations.",
    "a first trimester at 30 weeks",
)
ok(
    "gs-lith-first-trimester-then-30",
    GS,
    "lith",
    LITH + " Exposure in the first trimester slightly raised the risk of heart malformations; the growth scan at "
    "30 weeks also checks the heart.",
    "first trimester and a scan at 30 weeks, apart",
    greek,
)
bad(
    "gs-lith-level-25",
    GS,
    "lith",
    LITH_HEAD + " Levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth, aiming for 20 to 25 "
    "mmol/L. " + LITH_BABY,
    "a lithium target no living person has",
)
ok(
    "gs-lith-level-above-1",
    GS,
    "lith",
    LITH + " If a level goes above 1.0 mmol/L the dose is reduced the same day.",
    "a real threshold in mmol/L",
)
bad(
    "gs-lith-level-above-40",
    GS,
    "lith",
    LITH_HEAD + " Levels every 4 weeks and weekly from 36 weeks. The paediatrician reviews the baby after birth only "
    "if her level is above 40 mmol/L. She will bottle feed. The perinatal team sees her weekly for 6 weeks after "
    "the birth.",
    "the baby's review under a level that never happens",
)
ok(
    "gs-lith-early-32-dated",
    GS,
    "lith",
    LITH + " Because of the baby's poor growth, delivery is planned at 32 weeks, on 1 July 2026, with the neonatal "
    "team present.",
    "an early delivery at 32 weeks on the right date",
)
bad(
    "gs-lith-early-32-misdated",
    GS,
    "lith",
    LITH + " Because of the baby's poor growth, delivery is planned at 32 weeks, on 5 August 2026, with the "
    "neonatal team present.",
    "32 weeks put on a date at 37 weeks",
)
ok(
    "gs-meth-36-dated",
    GS,
    "meth",
    METH + " The drug service and midwife meet her at 36 weeks, on 17 April 2026, to confirm the plan.",
    "36 weeks on its date",
)

# ---------------------------------------------------------------------------------------------------- birth
bad(
    "br-lith-within-24-at-6-week",
    BR,
    "lith",
    LITH_HEAD + " Levels every 4 weeks and weekly from 36 weeks; the baby's level within 24 hours of birth, at the "
    "six-week check. " + LITH_BABY,
    "within 24 hours of birth and at the 6-week check at once",
)
ok(
    "br-lith-within-24-and-6-week",
    BR,
    "lith",
    LITH + " Her own level is taken again at 6 weeks after the birth.",
    "within 24 hours of birth and again at 6 weeks",
    shy,
)
bad(
    "br-lith-birth-after-6-week",
    BR,
    "lith",
    LITH + " The baby will be born after its 6-week check with the GP.",
    "a birth after the baby's own 6-week check",
)
ok(
    "br-meth-day5-at-term",
    BR,
    "meth",
    METH + " If she delivers on her due date, the health visitor's day-5 visit falls on 20 May 2026.",
    "day 5 dated from a birth on the EDD",
)
bad(
    "br-meth-day5-in-pregnancy",
    BR,
    "meth",
    METH + " The health visitor's day-5 visit is on 12 March 2026.",
    "a day-5 visit dated at 30 weeks of pregnancy",
)
ok(
    "br-cit-day2-at-term",
    BR,
    "cit",
    CIT + " If she delivers at 40 weeks the 48-hour watch ends around 8 April 2026.",
    "the watch's end dated from a term birth",
)
ok(
    "br-po-within-24-and-6-week",
    BR,
    "po",
    PO + " The baby had a newborn examination within 24 hours of birth and has the 6-week check with the GP.",
    "within 24 hours of birth and a 6-week check, two acts",
)

# ---------------------------------------------------------------------------------------------------- gaps
ok(
    "gp-meth-hv-days-5-8",
    GP,
    "meth",
    METH_HEAD + " The ward midwives score the baby every 4 hours for the first 96 hours, then the health visitor "
    "visits on days 5, 6, 7 and 8. " + METH_FEED + " " + METH_SLEEP,
    "ward to day 4, HV days 5 to 8",
    cyr,
)
bad(
    "gp-meth-next-day-14",
    GP,
    "meth",
    METH_HEAD + " The ward midwives score the baby every 4 hours for 72 hours; the next contact is the health "
    "visitor's visit on day 14. " + METH_FEED + " " + METH_SLEEP,
    "nothing between 72 hours and day 14",
    cyr,
)
ok(
    "gp-dzp-daily-to-8",
    GP,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The foster carer scores the baby twice a day to day 8 and the health visitor "
    "visits on day 5 and day 8.",
    "daily to day 8 with HV visits",
)
bad(
    "gp-dzp-ends-day-5",
    GP,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The foster carer watches for withdrawal until day 5; the health visitor next "
    "sees the baby on day 14.",
    "a watch ending at day 5 and nothing until day 14",
)
ok(
    "gp-mo-ward-then-hv",
    GP,
    "mo",
    "Methadone and sertraline both carry on at today's doses. The baby stays on the postnatal ward for 5 days of "
    "scoring, then the health visitor visits on days 6, 7 and 8. Breastfeeding is encouraged. Methadone makes Jodie "
    "drowsy, so no bed or sofa sharing; Marcus Reed and the health visitor see the cot before discharge.",
    "five ward days then the HV to day 8",
)

# ---------------------------------------------------------------------------------------------------- plans
bad(
    "pl-meth-obs-cancelled-bare",
    PL,
    "meth",
    METH_HEAD + " The neonatal observation plan has been cancelled, as the ward is short of staff, and nothing else "
    "has been set up. " + METH_FEED + " " + METH_SLEEP,
    "the watch withdrawn bare, a reason is no replacement",
)
ok(
    "pl-meth-obs-replaced",
    PL,
    "meth",
    METH_HEAD + " The earlier plan of a 48-hour stay was cancelled because withdrawal can start late; instead the "
    "ward midwives score the baby every 4 hours for 72 hours and the health visitor checks at home to day 8. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a plan withdrawn with its replacement",
    greek,
)
bad(
    "pl-lith-fm-withdrawn",
    PL,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The paediatric review after the birth has been withdrawn at her request, and "
    "no new arrangement has been made. She will bottle feed. The perinatal team sees her weekly for 6 weeks after "
    "the birth.",
    "the baby's review withdrawn bare",
)
ok(
    "pl-lith-fm-replaced",
    PL,
    "lith",
    LITH_HEAD + " " + LITH_LEVELS + " The paediatric review on the labour ward has been moved, at her request, to "
    "the postnatal ward the morning after birth, and the ward midwives watch for floppiness and poor feeding. She "
    "will bottle feed, as lithium passes into breast milk. The perinatal team sees her weekly for 6 weeks after the "
    "birth.",
    "a review moved, not withdrawn",
)
bad(
    "pl-cit-disowned",
    PL,
    "cit",
    CIT + " These are not my views and I do not stand behind this plan.",
    "a closing that disowns the plan",
)
ok(
    "pl-cit-owned",
    PL,
    "cit",
    CIT + " I went through this with Megan and I am accountable for this plan.",
    "a closing that owns the plan",
)
ok(
    "pl-dzp-taper-postponed",
    PL,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue; the diazepam reduction is put back "
    "to the 6-week review so the placement can settle first. " + DZP_SLEEP + " " + DZP_WATCH,
    "a taper postponed with its new time",
)
bad(
    "pl-dzp-night-cover-cancelled",
    PL,
    "dzp",
    DZP_HEAD + " They sedate Kayleigh, so the foster carer was to do the night feeds, but that arrangement has "
    "been cancelled and no one has replaced it. " + DZP_WATCH,
    "the night cover withdrawn bare",
)

# ---------------------------------------------------------------------------------------------------- nights
bad(
    "nt-quet-3am-bottle",
    NT,
    "quet",
    QUET_HEAD + " He gives the 3 am bottle so Chloe can sleep; the baby sleeps in the next-to-me crib and the health "
    "visitor checks this at each visit.",
    "the sedated father gives the small-hours feed",
    bidi,
)
ok(
    "nt-quet-7pm-bottle",
    NT,
    "quet",
    QUET_HEAD + " He gives the 7 pm bottle before his dose and then does no night feeds; he never sleeps with the "
    "baby in a bed, on a sofa or in a chair. " + QUET_TAIL,
    "an evening bottle before his dose",
    bidi,
)
bad(
    "nt-quet-weekend-nights",
    NT,
    "quet",
    QUET_HEAD + " He never sleeps with the baby in a bed, on a sofa or in a chair. Chloe does the nights in the "
    "week; at weekends Daniel does them. The health visitor checks the crib at each visit.",
    "the sedated father does the weekend nights",
)
ok(
    "nt-quet-weekend-mornings",
    NT,
    "quet",
    QUET + " At weekends Daniel does the mid-morning feed once he is fully awake.",
    "daytime help at weekends",
)
bad(
    "nt-po-hourly-breathing",
    NT,
    "po",
    "Chloe's paracetamol raises no concern for the baby or for feeding. Daniel's quetiapine 300 mg at night sedates "
    "him heavily, so no co-sleeping with him; Daniel will check the baby's breathing every hour through the night. "
    "The crib was seen and is safe.",
    "the sedated father's hourly night watch",
)
ok(
    "nt-po-bedtime-check",
    NT,
    "po",
    PO + " Daniel checks the baby at bedtime before his dose; after that Chloe has the baby for the night.",
    "a bedtime check before his dose",
)
bad(
    "nt-quet-settee-allowed",
    NT,
    "quet",
    QUET_HEAD + " Chloe does most nights. If she is tired, Daniel may fall asleep on the settee with the baby after "
    "his dose. The health visitor checks the crib at each visit.",
    "sofa sleeping with the sedated father allowed",
)
ok(
    "nt-meth-never-settee",
    NT,
    "meth",
    METH_HEAD + " " + METH_WATCH + " " + METH_FEED + " She never dozes on the settee or in a chair with the baby "
    "after her dose; the baby sleeps in the cot in her room, which the health visitor will see.",
    "settee sleeping ruled out",
    fw,
)
bad(
    "nt-meth-settee-ok",
    NT,
    "meth",
    METH_HEAD + " " + METH_WATCH + " " + METH_FEED + " Dozing on the settee with the baby after her dose is fine "
    "while someone else is in the house.",
    "settee sleeping after a sedating dose allowed",
)

# ---------------------------------------------------------------------------------------------------- holders
bad(
    "hd-dzp-taxi-driver",
    HD,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The taxi driver who takes the baby to the placement watches for late withdrawal "
    "until day 8.",
    "a taxi driver holds the withdrawal watch",
)
ok(
    "hd-dzp-dr-porter",
    HD,
    "dzp",
    DZP + " Dr Porter, the paediatrician, reviews the baby at the placement on day 5.",
    "'Dr Porter' is a person",
    cyr,
)
bad(
    "hd-meth-probation-watch",
    HD,
    "meth",
    METH_HEAD
    + " Jodie's probation officer watches the baby for withdrawal signs at home up to day 8. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a probation officer holds the withdrawal watch",
)
ok(
    "hd-meth-probation-reminds",
    HD,
    "meth",
    METH + " Her probation officer knows the plan and reminds her of her appointments.",
    "a probation officer's own work beside the plan",
)
bad(
    "hd-dzp-late-mother",
    HD,
    "dzp",
    DZP_HEAD + " Together they sedate Kayleigh: she must not co-sleep or feed lying down, and her late mother does "
    "the night feeds. " + DZP_WATCH,
    "night feeds by someone who has died",
)
ok(
    "hd-dzp-grandmother",
    HD,
    "dzp",
    DZP + " Kayleigh's mother visits in the day to help with bathing.",
    "a living grandmother helping by day",
)
ok(
    "hd-quet-porter-family",
    HD,
    "quet",
    QUET + " Chloe's sister, Amy Porter, stays for the first fortnight to help in the day.",
    "Porter as a family name",
)

# ---------------------------------------------------------------------------------------------------- more near misses
ok(
    "wd-mo-weds-11-march",
    WD,
    "mo",
    MO + " Marcus Reed meets Jodie at home on Weds 11 March 2026 to plan the cot check.",
    "Weds 11 March 2026 is a Wednesday",
)
ok(
    "wd-valp-wed-17-june-12-weeks",
    WD,
    "valp",
    VALP + " The fetal medicine appointment is on Wed 17 June 2026, at 12 weeks.",
    "Wed 17 June 2026 is a Wednesday and 12+0",
    cyr,
)
ok(
    "wd-quet-sat-dot",
    WD,
    "quet",
    QUET + " Chloe's mother comes to stay from Sat. 6 June 2026 to help in the day.",
    "Sat. 6 June 2026 is a Saturday",
)
ok(
    "wd-co-sat-14-feb",
    WD,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding, as relapse would harm Megan and the baby. The "
    "midwife watches the baby for 48 hours after birth for adaptation signs, breastfeeding is supported and the GP "
    "reviews her mood at the 6-week check. Megan meets the infant feeding lead on Sat 14 Feb 2026.",
    "Sat 14 Feb 2026 is a Saturday",
)
ok(
    "cl-po-address-redacted",
    CL,
    "po",
    PO + " Their address (XXX in this copy) is on the health visitor's caseload.",
    "an address redacted as XXX beside a full plan",
)
ok(
    "cl-sert-pharmacy-redacted",
    CL,
    "sert",
    SERT + " She collects it from XXX Pharmacy (name redacted) with her methadone.",
    "a pharmacy's name redacted as XXX",
    shy,
)
ok(
    "fm-lith-two-tablets-by-mouth",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg, two modified-release tablets by mouth at night, continues, as a relapse after birth "
    "would put Rebecca and the baby at risk. " + LITH_LEVELS + " " + LITH_BABY,
    "modified-release tablets by mouth",
)
ok(
    "fm-mo-supervised-continues",
    FM,
    "mo",
    "Methadone 60 mg once daily, supervised consumption, continues. Sertraline 100 mg, two tablets each morning, "
    "continues. " + MO_BABY,
    "regimen lines with how each is taken, the baby's plan full",
    zwsp,
)
ok(
    "rm-cit-sjw-none",
    RM,
    "cit",
    CIT + " St John's wort and citalopram must not be combined; she takes none and knows why.",
    "St John's wort ruled out",
)
ok(
    "rm-po-sjw-warned",
    RM,
    "sert",
    SERT + " If she wants a remedy for sleep she asks the pharmacist first; St John's wort is not safe with "
    "sertraline.",
    "St John's wort warned against in a general rule",
)
ok(
    "ho-fostering-office",
    HO,
    "fcr",
    "Printed copy posted on 2026-06-12 to Brightwater Fostering's office address, given on the referral, for the "
    "foster carer, and gone through with her by phone on 2026-06-13.",
    "posted to an address the sender has",
)
ok(
    "rg-dzp-three-times-full",
    RG,
    "dzp",
    "Diazepam 5 mg, three times a day, carries on; pregabalin 150 mg twice a day is kept, with a supervised "
    "diazepam reduction planned. " + DZP_SLEEP + " " + DZP_WATCH,
    "'carries on' and 'is kept' with the baby's care",
)
ok(
    "wt-dzp-will-be-24",
    WT,
    "dzp",
    DZP + " For the first week an adult who takes no sedating medicine will be with the baby 24 hours a day.",
    "24 hours a day as a plan",
)
ok(
    "wt-meth-day3-day8-6-week",
    WT,
    "meth",
    METH_HEAD + " The ward midwives score the baby to day 3, the health visitor checks on days 5 and 8, and the GP "
    "sees them both at the 6-week check. " + METH_FEED + " " + METH_SLEEP,
    "a day-3 watch, HV to day 8 and a 6-week check",
)
ok(
    "wt-quet-visits-to-8-weeks",
    WT,
    "quet",
    QUET + " The health visitor visits every 2 weeks until the baby is 8 weeks old.",
    "sleep checks to 8 weeks, not a withdrawal watch",
)
ok(
    "gs-lith-induction-41-dated",
    GS,
    "lith",
    LITH + " Induction is offered at 41 weeks, on 2 September 2026, if she has not delivered.",
    "41 weeks on its date",
)
ok(
    "gs-valp-anomaly-20-dated",
    GS,
    "valp",
    VALP + " The anomaly scan at 20 weeks is booked for 12 August 2026.",
    "20 weeks on its date",
)
ok(
    "gs-meth-after-37",
    GS,
    "meth",
    METH + " If she goes into labour after 37 weeks the baby stays with her on the postnatal ward for the scoring.",
    "'after 37 weeks' within term",
    fw,
)
ok(
    "br-lo-24-hours-and-6-weeks",
    BR,
    "lo",
    "Continue lithium (Priadel) 800 mg at night: levels monthly, weekly from 36 weeks, within 24 hours of birth and "
    "again at 6 weeks. Paediatric review of the baby after birth with ward observation for floppiness and poor "
    "feeding; bottle feeding, as lithium passes into breast milk; the perinatal team sees her weekly for 6 weeks "
    "for relapse.",
    "within 24 hours of birth and again at 6 weeks",
)
ok(
    "br-dzp-6-week-dated",
    BR,
    "dzp",
    DZP + " The baby's 6-week check with the GP is on 20 July 2026.",
    "the 6-week check dated 42 days after the birth",
)
ok(
    "br-quet-6-week-dated",
    BR,
    "quet",
    QUET + " The baby's 6-week check is on 29 June 2026.",
    "the 6-week check dated 42 days after the birth",
    greek,
)
ok(
    "gp-cit-mw-day5",
    GP,
    "cit",
    CIT + " After the 48 hours the community midwife visits on day 5 and weighs the baby.",
    "a later midwife visit after the watch",
)
ok(
    "gp-dzp-to-day-10",
    GP,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " The foster carer scores the baby morning and evening until day 10, and the health "
    "visitor visits on days 5 and 8.",
    "a watch past day 8 with HV visits inside it",
)
ok(
    "pl-mo-meeting-replaced",
    PL,
    "mo",
    MO + " The strategy meeting planned for March was cancelled because the child protection conference on 16 March "
    "2026 replaces it.",
    "a meeting cancelled with its replacement",
)
ok(
    "pl-quet-stand-by",
    PL,
    "quet",
    QUET + " I wrote this after seeing them both and I stand by it.",
    "a closing that owns the plan",
)
ok(
    "nt-po-grandmother-one-night",
    NT,
    "po",
    PO + " Chloe's mother covers one night a week so Chloe can sleep; Daniel does no night care.",
    "another adult one night a week",
)
ok(
    "nt-quet-awake-day-sofa",
    NT,
    "quet",
    QUET + " In the day, when he is fully awake, Daniel may hold the baby on the sofa, but never once he feels drowsy.",
    "awake daytime holding on a sofa",
)
ok(
    "hd-meth-taxi-to-clinic",
    HD,
    "meth",
    METH + " A hospital taxi brings her to the antenatal clinic each fortnight.",
    "a taxi for her own appointments",
)
ok(
    "hd-dzp-sw-lift",
    HD,
    "dzp",
    DZP + " Leanne Moss drives Kayleigh and the baby to the placement on discharge.",
    "the social worker drives them",
)

# ---------------------------------------------------------------------------------------------------- landed while writing
ok(
    "ho-fri-12-june",
    HO,
    "fcr",
    "Printed copy handed by the ward midwife to Sandra Hollis, the foster carer, on Fri 12 June 2026 at the "
    "discharge planning meeting, with its contents explained.",
    "a hand-over on Fri 12 June 2026, a Friday",
    cyr,
)
bad(
    "ho-thu-12-june",
    HO,
    "fcr",
    "Printed copy handed by the ward midwife to Sandra Hollis, the foster carer, on Thu 12 June 2026 at the "
    "discharge planning meeting, with its contents explained.",
    "12 June 2026 is a Friday",
)
ok(
    "ho-sat-13-june-hv",
    HO,
    "fcr",
    "Printed copy handed to the foster carer by the health visitor at the placement on Saturday 13 June 2026 and "
    "gone through with her.",
    "a hand-over on Saturday 13 June 2026, a Saturday",
)
ok(
    "pl-dzp-taper-on-hold",
    PL,
    "dzp",
    DZP + " The diazepam reduction is on hold until the 6-week review, so the placement can settle first.",
    "one thing on hold with its time",
    zwsp,
)
bad(
    "pl-dzp-whole-on-hold",
    PL,
    "dzp",
    DZP + " This whole plan is on hold and should not be acted on until further notice.",
    "the whole plan suspended",
)
ok(
    "pl-meth-draft-checked",
    PL,
    "meth",
    METH + " I drafted this with the drug service keyworker and checked it with Jodie before signing.",
    "a checked draft",
)
bad(
    "pl-meth-rough-draft",
    PL,
    "meth",
    METH + " This is only a rough first draft and it may all be different once the team has met.",
    "a closing that disowns the whole as a rough draft",
)
ok(
    "pl-lith-one-thing-open",
    PL,
    "lith",
    LITH + " Only the timing of the 36-week level may change, once the antenatal clinic dates are known.",
    "one thing open to change",
)
ok(
    "pl-fo-night-feeds-replaced",
    PL,
    "fo",
    "Diazepam and pregabalin carry on for now and together sedate Kayleigh: no bed, sofa or armchair sharing and no "
    "feeding lying down. The plan for the night nanny fell through, so Sandra Hollis, the foster carer, does every "
    "night feed instead. The foster carer and health visitor watch the baby for late withdrawal until day 8.",
    "a plan fallen through with its replacement",
)
bad(
    "pl-fo-night-feeds-fell-through",
    PL,
    "fo",
    "Diazepam and pregabalin carry on for now and together sedate Kayleigh: no bed, sofa or armchair sharing and no "
    "feeding lying down. The foster carer's night feeds fell through and nobody else has taken them on. The foster "
    "carer and health visitor watch the baby for late withdrawal until day 8.",
    "the sedated mother's night cover fallen through, nothing in its place",
)
ok(
    "pl-mo-dose-stays-and-watch",
    PL,
    "mo",
    "The methadone dose stays the same and sertraline 100 mg is to stay as it is. " + MO_BABY,
    "doses that stay, beside the baby's own plan",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F130CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F130CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F130CASES):3}"
    )
