"""A hundred-and-twenty-sixth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the newest readings (weekdays beside dates, baby-age events with dates, gestations tied to dates,
advice not to buy a medicine, forms and routes, plans held by someone).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most records are good, complete work using those surfaces legitimately (must pass), each paired with a
near miss that really is wrong (must refuse). About a fifth are disguised; the verdict equals the plain one.
Medicines named here are real; no clinical code is invented.
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

F126CASES: list[Case] = []

CATEGORIES = ("weekdays", "ages", "gestation", "buying", "forms", "roles", "disguise")

WD, AG, GS, BY, FM, RL, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F126CASES.append(Case(f"f126-{name}", category, expect, base, mutate, why))


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


def pair(
    name: str, category: str, where: str, good: str, wrong: str, why: str, disguise: Disguise | None = None
) -> None:
    ok(f"{name}-ok", category, where, good, f"good work: {why}", disguise)
    bad(f"{name}-bad", category, where, wrong, f"near miss: {why}", disguise)


# Complete bodies written afresh for this batch.
METH_A = (
    "Methadone 60 mg once daily goes on unchanged through the birth. The ward midwives score the baby for "
    "withdrawal for 72 h on the postnatal ward"
)
METH_B = (
    "She is encouraged to breastfeed. Each dose leaves her drowsy, so no bed or sofa sharing; the HV checks the cot "
    "at the first home visit."
)
SERT_A = (
    "Sertraline 100 mg daily continues, since relapse would harm her and the baby more than the drug. The "
    "midwives watch the baby for 48 h for jitteriness and poor feeding; breastfeeding is fine on sertraline."
)
CIT_A = (
    "Citalopram 20 mg daily continues unchanged. After the birth the midwife watches the baby for 48 h for "
    "jitteriness, poor feeding and fast breathing; breastfeeding is supported."
)
LITH_A = (
    "Lithium continues, as relapse after the birth would be worse than the managed risks to the baby. The baby "
    "has a paediatric review after the birth; breastfeeding is not advised and she will bottle feed."
)
VALP_A = (
    "Sodium valproate continues unchanged until the neurologist reviews it, as stopping suddenly risks seizures. "
    "The baby was exposed in the first trimester, so urgent neurology and fetal medicine referrals went today and "
    "folic acid 5 mg started."
)
DZP_A = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd carry on, with a supervised diazepam taper planned by the GP. Both "
    "make Kayleigh drowsy: no co-sleeping or feeding lying down, and the foster carer does all night feeds."
)
QUET_A = (
    "Daniel's quetiapine 300 mg at night leaves him very hard to wake. He does no night feeds and never sleeps with "
    "the baby on a bed, sofa or chair; Chloe does the nights and the baby sleeps in her own crib."
)

# ---------------------------------------------------------------------------------------------------- weekdays
# M: EDD Fri 15 May 2026; 36 w Fri 17 April 2026. C: EDD Mon 6 April 2026; 36 w Mon 9 March 2026.
# L: 36 w Wed 29 July 2026. V: 12 w Wed 17 June 2026. F: born Mon 8 June 2026. P: born Mon 18 May 2026.
pair(
    "wd-meth-friday-full",
    WD,
    "meth",
    METH_A + " and the HV looks for late signs up to day 8. The pre-birth planning meeting with the midwife and "
    "drug service is on Friday 17 April 2026. " + METH_B,
    METH_A + " and the HV looks for late signs up to day 8. The pre-birth planning meeting with the midwife and "
    "drug service is on Thursday 17 April 2026. " + METH_B,
    "the planning meeting's weekday (Friday 17 April 2026 is a Friday)",
    cyr,
)
pair(
    "wd-meth-abbrev-comma",
    WD,
    "meth",
    METH_A
    + " and the HV looks for late signs up to day 8. Drug service key worker review Mon, 13 April 2026. "
    + METH_B,
    METH_A
    + " and the HV looks for late signs up to day 8. Drug service key worker review Wed, 13 April 2026. "
    + METH_B,
    "an abbreviated weekday with a comma before the date (13 April 2026 is a Monday)",
)
pair(
    "wd-cit-monday-ordinal",
    WD,
    "cit",
    CIT_A + " The GP reviews her mood at the 6-week check; the midwife sees her on Monday 23rd February 2026 "
    "to agree the birth plan.",
    CIT_A + " The GP reviews her mood at the 6-week check; the midwife sees her on Sunday 23rd February 2026 "
    "to agree the birth plan.",
    "a weekday before an ordinal date (23 February 2026 is a Monday)",
    zwsp,
)
pair(
    "wd-cit-us-order",
    WD,
    "cit",
    CIT_A + " The GP reviews her mood at the 6-week check. Next antenatal appointment: Tuesday, 17 February 2026.",
    CIT_A + " The GP reviews her mood at the 6-week check. Next antenatal appointment: Friday, 17 February 2026.",
    "a weekday with a comma before the date (17 February 2026 is a Tuesday)",
)
pair(
    "wd-lith-wednesday-levels",
    WD,
    "lith",
    LITH_A + " The GP checks lithium levels monthly, weekly from Wednesday 29 July 2026 (36 weeks), and within 24 "
    "hours of the birth.",
    LITH_A + " The GP checks lithium levels monthly, weekly from Tuesday 29 July 2026 (36 weeks), and within 24 "
    "hours of the birth.",
    "weekly levels from a weekday and date (29 July 2026 is a Wednesday)",
    shy,
)
pair(
    "wd-valp-neuro-thursday",
    WD,
    "valp",
    VALP_A + " The neurology appointment is Thursday 28 May 2026; the GP phones her the day after.",
    VALP_A + " The neurology appointment is Saturday 28 May 2026; the GP phones her the day after.",
    "the neurology appointment's weekday (28 May 2026 is a Thursday)",
)
pair(
    "wd-dzp-tues-abbrev",
    WD,
    "dzp",
    DZP_A + " The HV and foster carer watch the baby for late withdrawal to day 8; the HV visits Tue. 16 June 2026.",
    DZP_A + " The HV and foster carer watch the baby for late withdrawal to day 8; the HV visits Thu. 16 June 2026.",
    "an abbreviated weekday with a full stop (16 June 2026 is a Tuesday)",
    greek,
)
pair(
    "wd-quet-hv-monday",
    WD,
    "quet",
    QUET_A + " The HV checks this at each visit, next on Monday 1 June 2026, and at the 8-week visit.",
    QUET_A + " The HV checks this at each visit, next on Sunday 1 June 2026, and at the 8-week visit.",
    "the HV visit's weekday (1 June 2026 is a Monday)",
)
pair(
    "wd-mo-two-dates",
    WD,
    "mo",
    "Methadone and sertraline continue unchanged. Baby: 72 h withdrawal and adaptation scoring on the postnatal "
    "ward, then the HV to day 8. Breastfeeding encouraged. Methadone makes her drowsy, so no co-sleeping. The "
    "midwife sees her on Monday 9 March and Monday 23 March 2026; the social worker visits the home on Wednesday "
    "1 April 2026.",
    "Methadone and sertraline continue unchanged. Baby: 72 h withdrawal and adaptation scoring on the postnatal "
    "ward, then the HV to day 8. Breastfeeding encouraged. Methadone makes her drowsy, so no co-sleeping. The "
    "midwife sees her on Monday 9 March and Monday 23 March 2026; the social worker visits the home on Thursday "
    "1 April 2026.",
    "several weekday-dates, the last one checked (1 April 2026 is a Wednesday)",
)
ok(
    "wd-sert-weekday-no-year",
    WD,
    "sert",
    SERT_A + " The GP reviews her mood on Friday, at the 6-week check, and sooner if she feels low.",
    "a weekday with no date beside it",
)
ok(
    "wd-cit-weekday-after-date",
    WD,
    "cit",
    CIT_A + " The GP reviews her mood at the 6-week check. She saw the midwife on 10 February 2026, a Tuesday, "
    "and the plan was agreed with her.",
    "a date with its correct weekday after it (10 February 2026 is a Tuesday)",
)

# ---------------------------------------------------------------------------------------------------- ages
pair(
    "ag-dzp-six-week-check",
    AG,
    "dzp",
    DZP_A + " The HV and foster carer watch the baby for late withdrawal to day 8. The baby's 6-week check is on "
    "20 July 2026, with the GP.",
    DZP_A + " The HV and foster carer watch the baby for late withdrawal to day 8. The baby's 6-week check is on "
    "6 July 2026, with the GP.",
    "the baby's 6-week check six weeks after the birth on 8 June 2026",
    cyr,
)
pair(
    "ag-dzp-until-day8",
    AG,
    "dzp",
    DZP_A + " The HV and foster carer watch the baby for late withdrawal until day 8, 16 June 2026.",
    DZP_A + " The HV and foster carer watch the baby for late withdrawal until day 8, 30 June 2026.",
    "day 8 after a birth on 8 June 2026 is 16 June",
)
pair(
    "ag-quet-eight-weeks-last",
    AG,
    "quet",
    QUET_A + " The HV visits to 8 weeks, the last on 13 July 2026, and checks the sleeping place each time.",
    QUET_A + " The HV visits to 8 weeks, the last on 10 August 2026, and checks the sleeping place each time.",
    "the last visit at 8 weeks after a birth on 18 May 2026",
    zwsp,
)
pair(
    "ag-quet-six-week-gp",
    AG,
    "quet",
    QUET_A + " The HV checks this at every visit; the baby's 6-week check with the GP is on Monday 29 June 2026.",
    QUET_A + " The HV checks this at every visit; the baby's 6-week check with the GP is on Monday 8 June 2026.",
    "6 weeks from 18 May 2026 is 29 June",
)
pair(
    "ag-meth-day8-antenatal",
    AG,
    "meth",
    METH_A + " (due date 15 May 2026) and the HV looks for late signs until day 8, 23 May 2026 if she delivers on "
    "her due date. " + METH_B,
    METH_A + " and the HV looks for late signs until day 8, 23 March 2026. " + METH_B,
    "day 8 counted from the due date before the birth",
)
pair(
    "ag-cit-six-week-antenatal",
    AG,
    "cit",
    CIT_A + " The GP reviews her mood and sees the baby at the baby's 6-week check in mid-May 2026, about 18 May 2026.",
    CIT_A + " The GP reviews her mood and sees the baby at the baby's 6-week check, planned for 18 February 2026.",
    "a 6-week check before the birth is impossible; after the EDD of 6 April 2026 it is fine",
)
ok(
    "ag-dzp-one-week-old",
    AG,
    "dzp",
    DZP_A + " At one week old, on 15 June 2026, the HV weighs the baby and watches for late withdrawal to day 8.",
    "the baby's age in weeks near the birth matches the date",
)
ok(
    "ag-quet-ten-days",
    AG,
    "quet",
    QUET_A + " At 10 days old the baby is feeding well; the HV checks the sleeping place at every visit to 8 weeks.",
    "the baby's age in days, no date",
)
ok(
    "ag-mo-previous-child",
    AG,
    "mo",
    "Methadone and sertraline continue unchanged. Her first child's 6-week check in 2021 went well. This baby: "
    "72 h withdrawal and adaptation scoring on the ward, then the HV to day 8. Breastfeeding encouraged. "
    "Methadone makes her drowsy, so no co-sleeping; the HV checks the cot before discharge.",
    "another child's check in another year",
)

# ---------------------------------------------------------------------------------------------------- gestation
pair(
    "gs-lith-36-weeks-date",
    GS,
    "lith",
    LITH_A + " Levels monthly, weekly from 36 weeks (from 29 July 2026), and within 24 hours of the birth.",
    LITH_A + " Levels monthly, weekly from 36 weeks (from 26 August 2026), and within 24 hours of the birth.",
    "36 weeks falls on 29 July 2026; 26 August 2026 is the EDD, 40 weeks",
    cyr,
)
pair(
    "gs-valp-anomaly-scan",
    GS,
    "valp",
    VALP_A + " The detailed anomaly scan at 20 weeks is booked for 12 August 2026.",
    VALP_A + " The detailed anomaly scan at 20 weeks is booked for 15 July 2026.",
    "20 weeks falls on 12 August 2026 for an EDD of 30 December",
)
pair(
    "gs-valp-nuchal-12",
    GS,
    "valp",
    VALP_A + " Fetal medicine sees her at 12 weeks, on 17 June 2026.",
    VALP_A + " Fetal medicine sees her at 12 weeks, on 29 July 2026.",
    "12 weeks is 17 June 2026",
    greek,
)
pair(
    "gs-meth-38-week-review",
    GS,
    "meth",
    METH_A + " and the HV looks for late signs to day 8. The obstetric review at 38 weeks is on 1 May 2026. " + METH_B,
    METH_A
    + " and the HV looks for late signs to day 8. The obstetric review at 38 weeks is on 3 April 2026. "
    + METH_B,
    "38 weeks is 1 May 2026 for an EDD of 15 May",
)
pair(
    "gs-cit-34-weeks",
    GS,
    "cit",
    CIT_A + " The GP reviews her mood at 34 weeks (23 February 2026) and at the 6-week check.",
    CIT_A + " The GP reviews her mood at 34 weeks (6 April 2026) and at the 6-week check.",
    "34 weeks is 23 February 2026 for an EDD of 6 April",
    shy,
)
pair(
    "gs-lith-28-weeks",
    GS,
    "lith",
    LITH_A + " Levels monthly until 36 weeks, with a growth scan at 28 weeks on 3 June 2026, weekly after that and "
    "within 24 hours of the birth.",
    LITH_A + " Levels monthly until 36 weeks, with a growth scan at 28 weeks on 1 July 2026, weekly after that and "
    "within 24 hours of the birth.",
    "28 weeks is 3 June 2026",
)
ok(
    "gs-lith-duration",
    GS,
    "lith",
    LITH_A + " Levels monthly, weekly for the last 4 weeks (from 29 July 2026), and within 24 hours of the birth.",
    "a duration in weeks, not a gestation",
)
ok(
    "gs-valp-previous-pregnancy",
    GS,
    "valp",
    VALP_A + " In her last pregnancy the 20-week scan on 3 March 2022 was normal; this pregnancy's 20-week scan "
    "follows the fetal medicine plan.",
    "another pregnancy's gestation and date",
)
ok(
    "gs-meth-detox-day",
    GS,
    "meth",
    METH_A
    + " and the HV looks for late signs to day 8. No detox in pregnancy: a detox in 2024 failed on day 5. "
    + METH_B,
    "day N of a past detox, not the baby's age",
)
ok(
    "gs-cit-weeks-duration",
    GS,
    "cit",
    CIT_A + " She has felt well for 20 weeks on this dose; the GP reviews her mood at the 6-week check.",
    "weeks of wellness, not a gestation",
)

# ---------------------------------------------------------------------------------------------------- buying
pair(
    "by-sert-nytol",
    BY,
    "sert",
    SERT_A + " She was told not to buy Nytol or other sleeping tablets over the counter. GP mood review at 6 weeks.",
    SERT_A + " She was told to buy Nytol over the counter for sleep. GP mood review at 6 weeks.",
    "advice not to buy a sleeping aid; the near miss advises an unlisted medicine",
    cyr,
)
pair(
    "by-cit-st-johns",
    BY,
    "cit",
    CIT_A + " She should not buy St John's wort, which interacts with citalopram. GP mood review at 6 weeks.",
    CIT_A + " She may buy St John's wort to take with citalopram. GP mood review at 6 weeks.",
    "advice against buying an interacting remedy",
)
pair(
    "by-meth-codeine",
    BY,
    "meth",
    METH_A + " and the HV looks for late signs to day 8. She agreed not to purchase co-codamol or other codeine "
    "painkillers. " + METH_B,
    METH_A + " and the HV looks for late signs to day 8. She will purchase co-codamol for pain as needed. " + METH_B,
    "advice not to purchase codeine painkillers beside methadone",
    zwsp,
)
pair(
    "by-dzp-sleep-aids",
    BY,
    "dzp",
    DZP_A + " She is advised not to buy promethazine or other sedating antihistamines. The HV and foster carer "
    "watch the baby for late withdrawal to day 8.",
    DZP_A + " She should buy promethazine to help her sleep. The HV and foster carer watch the baby for late "
    "withdrawal to day 8.",
    "advice against buying a sedating antihistamine",
)
ok(
    "by-quet-no-buying-for-baby",
    BY,
    "quet",
    QUET_A + " Chloe was advised not to buy any teething gels or colic drops without asking the pharmacist. The HV "
    "checks the sleeping place at every visit.",
    "advice not to buy products for the baby",
)

# ---------------------------------------------------------------------------------------------------- forms
pair(
    "fm-meth-oral-solution",
    FM,
    "meth",
    "Methadone 60 mg daily as oral solution goes on unchanged, supervised at the pharmacy. The ward midwives score "
    "the baby for withdrawal for 72 h on the postnatal ward and the HV looks for late signs to day 8. " + METH_B,
    "Methadone 60 mg daily as eye drops goes on unchanged, supervised at the pharmacy. The ward midwives score "
    "the baby for withdrawal for 72 h on the postnatal ward and the HV looks for late signs to day 8. " + METH_B,
    "the listed oral solution named as such; eye drops are a form it is not",
    cyr,
)
pair(
    "fm-sert-tablets-in-reach",
    FM,
    "sert",
    "Sertraline 100 mg daily as tablets continues, since relapse would harm her and the baby more than the drug. "
    "The midwives watch the baby for 48 h for jitteriness and poor feeding; breastfeeding is fine; GP mood review "
    "at the 6-week check.",
    "Sertraline 100 mg daily as a skin patch continues, since relapse would harm her and the baby more than the "
    "drug. The midwives watch the baby for 48 h for jitteriness and poor feeding; breastfeeding is fine; GP mood "
    "review at the 6-week check.",
    "tablets in reach of the name; a skin patch the listed tablets cannot be",
)
pair(
    "fm-cit-tablet-name",
    FM,
    "cit",
    "Citalopram tablets 20 mg daily continue unchanged. After the birth the midwife watches the baby for 48 h for "
    "jitteriness, poor feeding and fast breathing; breastfeeding is supported; GP mood review at the 6-week check.",
    "Citalopram injection 20 mg daily continues unchanged. After the birth the midwife watches the baby for 48 h "
    "for jitteriness, poor feeding and fast breathing; breastfeeding is supported; GP mood review at the 6-week "
    "check.",
    "the form word right after the name: tablets, not an injection",
    greek,
)
ok(
    "fm-quet-saline-eye-baby",
    FM,
    "quet",
    QUET_A + " The baby's sticky eye is cleaned with cooled boiled water by Chloe; the HV checks the sleeping place "
    "at every visit.",
    "eye care for the baby, no medicine's form in the eye",
)
for _name, _med, _good, _bad, _why in (
    (
        "fm-sert-dose-swallowed",
        "medicines#med-sertraline.dose",
        "Two tablets (100 mg) swallowed with water each morning",
        "Two tablets (100 mg) dissolved and dropped into the ear each morning",
        "a tablet dose line swallowed; dropped into the ear is impossible",
    ),
    (
        "fm-meth-dose-by-mouth",
        "medicines#med-methadone.dose",
        "60 mg (60 ml) by mouth once daily, supervised consumption",
        "60 mg (60 ml) rubbed onto the skin once daily, supervised consumption",
        "an oral solution taken by mouth; rubbed onto the skin is impossible",
    ),
):
    add(f"{_name}-ok", FM, PASS, M, set_(_med, _good), f"good work: {_why}")
    add(f"{_name}-bad", FM, REFUSE, M, set_(_med, _bad), f"near miss: {_why}")

# ---------------------------------------------------------------------------------------------------- roles
pair(
    "rl-sert-gp-holds",
    RL,
    "sert",
    SERT_A + " The GP reviews her mood at the 6-week check and the health visitor asks about mood at each visit.",
    SERT_A + " Her mood will be reviewed at some point.",
    "a mood review held by named professionals; the near miss is held by no one",
    shy,
)
pair(
    "rl-cit-withdrawn-replaced",
    RL,
    "cit",
    CIT_A + " The perinatal team withdrew its offer of a visit, so the GP now reviews her mood at the 6-week check.",
    CIT_A + " The perinatal team withdrew its offer of a mood review and nobody else has taken it on.",
    "a withdrawn plan replaced by the GP; the near miss leaves it with no one",
)
pair(
    "rl-meth-deferral",
    RL,
    "meth",
    METH_A + " and the HV looks for late signs to day 8. " + METH_B,
    "Methadone: plan to be decided after the birth.",
    "the full plan now; the near miss defers everything",
)
pair(
    "rl-lith-levels-held",
    RL,
    "lith",
    LITH_A + " The GP arranges lithium levels monthly, weekly from 36 weeks and within 24 hours of the birth; the "
    "perinatal team reviews her within a week of the birth.",
    "Lithium: see notes.",
    "levels held by the GP; the near miss is hollow",
)
pair(
    "rl-quet-night-care",
    RL,
    "quet",
    QUET_A + " The HV checks the sleeping place at every visit to 8 weeks.",
    "Daniel's quetiapine 300 mg at night leaves him very hard to wake. He does the night feeds on his own while "
    "Chloe sleeps. The HV visits to 8 weeks.",
    "night care with the unsedated parent; the near miss gives the nights to the sedated father",
    cyr,
)
pair(
    "rl-valp-condition",
    RL,
    "valp",
    VALP_A + " If she has a seizure before the neurology appointment she goes to A&E and the GP is told.",
    "Sodium valproate continues only if she is not pregnant; otherwise no change.",
    "a real condition with a fallback; the near miss is a condition that cannot hold in a pregnancy",
)


# ---------------------------------------------------------------------------------------------------- more good work
for _name, _cat, _where, _text, _why, _dg in (
    (
        "wd-meth-friday-38",
        WD,
        "meth",
        METH_A + " and the HV looks for late signs to day 8. Her 38-week antenatal "
        "appointment is on Friday 1 May 2026 with the consultant midwife. " + METH_B,
        "38 weeks on a Friday",
        None,
    ),
    (
        "wd-meth-fri-abbrev-stop",
        WD,
        "meth",
        METH_A + " and the HV looks for late signs to day 8. Key worker: "
        "Fri. 24 April 2026, at the drug service. " + METH_B,
        "an abbreviated Friday with a full stop",
        fw,
    ),
    (
        "wd-cit-mon-36",
        WD,
        "cit",
        CIT_A + " GP mood review at the 6-week check; the midwife sees her at 36 weeks on Monday 9 March 2026.",
        "weekday, gestation and date all agree",
        None,
    ),
    (
        "wd-cit-upper",
        WD,
        "cit",
        CIT_A + " GP mood review at the 6-week check. Birth plan meeting: MONDAY 23 MARCH 2026.",
        "a weekday and month in capitals",
        None,
    ),
    (
        "wd-lith-wed-28",
        WD,
        "lith",
        LITH_A + " Levels monthly (next on Wednesday 3 June 2026), weekly from 36 weeks "
        "and within 24 hours of the birth.",
        "a Wednesday level date",
        zwsp,
    ),
    (
        "wd-lith-thursday-team",
        WD,
        "lith",
        LITH_A + " Levels monthly, weekly from 36 weeks and within 24 hours of the "
        "birth; the perinatal team sees her on Thursday 14 May 2026 and again within a week of the birth.",
        "a Thursday review",
        None,
    ),
    (
        "wd-valp-fri-gp",
        WD,
        "valp",
        VALP_A + " The GP calls her on Friday 22 May 2026 to check the referrals arrived.",
        "a Friday call",
        None,
    ),
    (
        "wd-valp-wed-12",
        WD,
        "valp",
        VALP_A + " The fetal medicine scan is on Wednesday 17 June 2026, at 12 weeks.",
        "weekday, date and gestation agree",
        greek,
    ),
    (
        "wd-dzp-mon-check",
        WD,
        "dzp",
        DZP_A + " The HV and foster carer watch for late withdrawal to day 8; the "
        "baby's 6-week check is on Monday 20 July 2026.",
        "a Monday 6-week check",
        None,
    ),
    (
        "wd-dzp-sat-hv",
        WD,
        "dzp",
        DZP_A + " The HV and foster carer watch for late withdrawal to day 8; the "
        "weekend midwife visits Saturday 13 June 2026.",
        "a Saturday visit",
        None,
    ),
    (
        "wd-quet-thu-today",
        WD,
        "quet",
        QUET_A + " Agreed with both of them today, Thursday 28 May 2026; the HV checks at every visit to 8 weeks.",
        "the record's own date with its weekday",
        shy,
    ),
    (
        "wd-quet-tue-iso",
        WD,
        "quet",
        QUET_A + " The HV checks this at every visit to 8 weeks; next visit Tue 2026-06-02.",
        "an abbreviated weekday before an ISO date",
        None,
    ),
    (
        "ag-dzp-two-weeks",
        AG,
        "dzp",
        DZP_A + " The HV and foster carer watch for late withdrawal to day 8; at two "
        "weeks old, on 22 June 2026, the HV weighs the baby.",
        "two weeks old on 22 June",
        None,
    ),
    (
        "ag-dzp-day8-weekday",
        AG,
        "dzp",
        DZP_A + " The HV and foster carer watch for late withdrawal until day 8, Tuesday 16 June 2026.",
        "day 8 with its weekday",
        cyr,
    ),
    (
        "ag-quet-six-week-29",
        AG,
        "quet",
        QUET_A + " The HV checks at every visit; the baby's 6-week check is on 29 June 2026, with the GP.",
        "the 6-week check six weeks after 18 May",
        None,
    ),
    (
        "ag-quet-visits-8-weeks",
        AG,
        "quet",
        QUET_A + " HV visits to 8 weeks, the last on 13 July 2026, each one checking the crib.",
        "visits to 8 weeks ending on 13 July",
        None,
    ),
    (
        "ag-quet-day-5-bloodspot",
        AG,
        "quet",
        QUET_A + " The midwife did the day-5 blood spot on 23 May 2026; the HV checks at every visit to 8 weeks.",
        "day 5 on 23 May",
        None,
    ),
    (
        "ag-cit-after-edd",
        AG,
        "cit",
        CIT_A + " The GP reviews her mood and sees the baby at the 6-week check, due "
        "around 18 May 2026 if the baby comes on 6 April.",
        "a 6-week check after the EDD",
        None,
    ),
    (
        "ag-mo-day8-due",
        AG,
        "mo",
        "Methadone and sertraline continue unchanged. Baby: 72 h withdrawal and adaptation "
        "scoring on the postnatal ward, then the HV until day 8, about 23 May 2026 if she delivers on 15 May. "
        "Breastfeeding encouraged. Methadone makes her drowsy, so no co-sleeping; the HV checks the cot.",
        "day 8 counted from the due date",
        None,
    ),
    (
        "gs-meth-36-fri",
        GS,
        "meth",
        METH_A + " and the HV looks for late signs to day 8. From 36 weeks (from 17 April "
        "2026) the midwife sees her weekly. " + METH_B,
        "36 weeks on 17 April",
        cyr,
    ),
    (
        "gs-meth-34-growth",
        GS,
        "meth",
        METH_A + " and the HV looks for late signs to day 8. The growth scan at 34 "
        "weeks is booked for 3 April 2026. " + METH_B,
        "34 weeks on 3 April",
        None,
    ),
    (
        "gs-cit-38-weeks",
        GS,
        "cit",
        CIT_A + " GP mood review at 38 weeks (23 March 2026) and at the 6-week check.",
        "38 weeks on 23 March",
        None,
    ),
    (
        "gs-lith-32-weeks",
        GS,
        "lith",
        LITH_A + " Levels monthly, with one at 32 weeks on 1 July 2026, weekly from 36 "
        "weeks and within 24 hours of the birth.",
        "32 weeks on 1 July",
        None,
    ),
    (
        "gs-lith-38-planning",
        GS,
        "lith",
        LITH_A + " Levels monthly, weekly from 36 weeks and within 24 hours of the "
        "birth; delivery planning at 38 weeks, 12 August 2026.",
        "38 weeks on 12 August",
        zwsp,
    ),
    (
        "gs-valp-16-weeks",
        GS,
        "valp",
        VALP_A + " The neurologist and fetal medicine review again at 16 weeks (15 July 2026).",
        "16 weeks on 15 July",
        None,
    ),
    (
        "gs-valp-sister",
        GS,
        "valp",
        VALP_A + " Her sister's scan at 20 weeks on 2 September 2025 was normal, which she found reassuring.",
        "another woman's pregnancy",
        None,
    ),
    (
        "gs-lith-for-6-weeks",
        GS,
        "lith",
        LITH_A + " Levels monthly, then weekly for 4 weeks before the EDD of 26 "
        "August 2026, and within 24 hours of the birth.",
        "a duration before the EDD",
        None,
    ),
    (
        "by-meth-no-buy-loperamide",
        BY,
        "meth",
        METH_A + " and the HV looks for late signs to day 8. She was advised "
        "not to buy loperamide or codeine linctus without asking the pharmacist. " + METH_B,
        "advice not to buy",
        fw,
    ),
    (
        "by-lith-ibuprofen",
        BY,
        "lith",
        LITH_A + " Levels monthly, weekly from 36 weeks and within 24 hours of the "
        "birth. She must not buy ibuprofen or naproxen, which raise lithium levels.",
        "advice not to buy NSAIDs",
        None,
    ),
    (
        "by-valp-no-buy-vitamin",
        BY,
        "valp",
        VALP_A + " She was told not to buy an ordinary pregnancy multivitamin instead of the 5 mg folic acid.",
        "advice not to buy a weaker supplement",
        None,
    ),
    (
        "by-dzp-no-buy-online",
        BY,
        "dzp",
        DZP_A + " She agreed never to buy diazepam or pregabalin online. The HV and "
        "foster carer watch for late withdrawal to day 8.",
        "advice not to buy her own medicines elsewhere",
        cyr,
    ),
    (
        "by-quet-partner-no-buy",
        BY,
        "quet",
        QUET_A + " Daniel was told not to purchase sleep aids such as Nytol on "
        "top of the quetiapine. The HV checks at every visit to 8 weeks.",
        "advice to the partner not to buy",
        None,
    ),
):
    ok(_name, _cat, _where, _text, _why, _dg)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F126CASES)
    for (cat, exp), n in sorted(counts.items()):
        print(f"{cat:12} {exp:8} {n}")
    print(len(F126CASES), sum(c.expect == PASS for c in F126CASES))
