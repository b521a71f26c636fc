"""A hundred-and-thirty-first independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the last stop's readings.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is good, complete work that legitimately uses the surfaces the newest readings refuse (must
pass), each paired with a near miss, in new wording, that really is hollow, contradicted or impossible (must
refuse):

* ``plans``: a plan cancelled, withdrawn or fallen through with a named better one in its place; against one
  with nothing in its place;
* ``disown``: a draft status of another document (the birth plan, the leaflet); against a closing sentence that
  disowns the whole conclusion;
* ``cells``: "XXX" as a redacted batch or name inside a full plan; against headings left "XXX";
* ``stay``: "the dose stays" beside a held watch; against a watch set aside with only the dose staying;
* ``watches``: hourly observations for 24 hours, 4-hourly looks six a day, a span restated as itself; against
  impossible counts, hours and restated spans, and a watch weeks after the window;
* ``levels``: weekly lithium levels from 36 weeks to birth; against more weekly levels than weeks are left;
* ``facts``: trimester and gestation, due month and EDD, the baby's place and feeding, daily totals that add up;
  against each contradicted;
* ``forms``: the listed product's own form and route, a reason after ", as"; against eye drops, pessaries, a
  patch or an injection for a tablet or an oral solution;
* ``remedies``: St John's wort advised against with the reason; against it taken beside her antidepressant;
* ``handover``: an address confirmed by a named person before a dated hand-over, weekdays that match; against an
  address still TBC, a baby handing over, a weekday that does not match;
* ``regimen``: "carries on", "likewise", "supervised consumption" with a full plan for the baby; against the
  baby set aside;
* ``nights``: sofas and chairs ruled out, nights held by the unsedated parent or carer; against sofa sleep
  allowed and nights given to the sedated parent;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh131_cases`` for the counts per category.
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

F131CASES: list[Case] = []

CATEGORIES = (
    "plans",
    "disown",
    "cells",
    "stay",
    "watches",
    "levels",
    "facts",
    "forms",
    "remedies",
    "handover",
    "regimen",
    "nights",
    "disguise",
)

PL, DW, CL, ST, WT, LV, FC, FM, RM, HO, RG, NT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F131CASES.append(Case(f"f131-{name}", category, expect, base, mutate, why))


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
METH_DOSE = "Methadone 60 mg once daily, supervised, is kept at the same dose up to delivery."
METH_WATCH = (
    "After the birth the baby stays on the postnatal ward for at least 72 hours of NAS scoring by the ward "
    "midwives, and the health visitor looks for late withdrawal signs until day 8."
)
METH_FEED = "Breastfeeding is encouraged on this dose."
METH_SLEEP = (
    "Methadone leaves Jodie drowsy for some hours after each dose, so the baby sleeps in its own cot, never in her "
    "bed or on the sofa; the HV checks the cot at the first home visit."
)
METH = " ".join((METH_DOSE, METH_WATCH, METH_FEED, METH_SLEEP))
METH_NOWATCH = " ".join((METH_DOSE, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg once daily is kept going, because a relapse of her depression would harm her and the baby "
    "more than the medicine does. The midwives observe the baby for 48 hours after birth for jitteriness, poor "
    "feeding and fast breathing; breastfeeding on sertraline is fine; the GP reviews her mood at the 6-week check."
)
MO_BABY = (
    "The baby has 72 hours of NAS and adaptation scoring on the postnatal ward, then the HV watches for late signs "
    "to day 8. Breastfeeding is encouraged on both. Methadone makes Jodie drowsy, so no bed or sofa sharing; the HV "
    "and social worker check the cot before discharge."
)
MO = "Methadone and sertraline are both kept at their present doses. " + MO_BABY
CIT_DOSE = "Citalopram 20 mg once daily is kept going for the rest of the pregnancy."
CIT_BABY = (
    "The midwife observes the baby for 48 hours after birth for adaptation signs (jitteriness, poor feeding, fast "
    "breathing); breastfeeding on citalopram is supported; the GP reviews her mood at the 6-week check."
)
CIT = CIT_DOSE + " " + CIT_BABY
LITH_DOSE = "Lithium (Priadel) 800 mg at night is kept going, as her risk of a postpartum relapse is high."
LITH_BABY = (
    "The paediatrician examines the baby after birth for floppiness, poor feeding and thyroid problems. She will "
    "bottle feed, since lithium passes into breast milk, and the perinatal mental health team sees her within a "
    "week of the birth."
)
LITH_LEVELS = "Levels every 4 weeks now, weekly from 36 weeks to the birth, and within 24 hours of delivery."
LITH = " ".join((LITH_DOSE, LITH_LEVELS, LITH_BABY))
VALP_DOSE = (
    "Sodium valproate 500 mg twice a day is not stopped suddenly, since an abrupt stop risks seizures; the "
    "neurologist sees her within two weeks to plan any switch."
)
VALP_BABY = (
    "The baby was exposed in the first trimester, with a high risk of malformations and later developmental "
    "problems; a fetal medicine scan is arranged and folic acid 5 mg daily started today."
)
VALP = VALP_DOSE + " " + VALP_BABY
DZP_DOSE = "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue, with a slow diazepam taper agreed for the 6-week review."
DZP_SLEEP = (
    "Both sedate Kayleigh, so she never shares a bed, sofa or armchair with the baby and does not feed lying down; "
    "Sandra, the foster carer, does the night feeds."
)
DZP_WATCH = "Sandra and the HV watch the baby for late withdrawal signs until day 8."
DZP = " ".join((DZP_DOSE, DZP_SLEEP, DZP_WATCH))
DZP_NOWATCH = DZP_DOSE + " " + DZP_SLEEP
QUET_HEAD = "Daniel's quetiapine 300 mg at night makes him very hard to wake for several hours."
QUET_NIGHTS = (
    "He gives no night feeds and never sleeps with the baby on a bed, sofa or chair; Chloe does the nights and the "
    "baby sleeps in its own crib, which the HV checks at each visit."
)
QUET = QUET_HEAD + " " + QUET_NIGHTS
PO = (
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine sedates him heavily at night: no "
    "co-sleeping with him on a bed, sofa or armchair and no night feeds by him; Chloe does them and the HV keeps "
    "checking the crib."
)

# ---------------------------------------------------------------------------------------------------- plans
ok(
    "pl-meth-ward-cancelled-replaced",
    PL,
    "meth",
    METH_DOSE + " The planned transfer of the baby to SCBU for scoring was cancelled and replaced by 72 hours of "
    "NAS scoring on the postnatal ward by the ward midwives, which keeps mother and baby together; the HV looks "
    "for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "a plan cancelled with a named better one in its place",
    cyr,
)
ok(
    "pl-dzp-offer-withdrawn-foster-takes",
    PL,
    "dzp",
    DZP_NOWATCH + " The community nursery nurse's offer of late-withdrawal checks was withdrawn when her team "
    "merged; instead the HV visits on days 5 and 8 and Sandra watches for tremor, poor feeding and inconsolable "
    "crying until day 8.",
    "an offer withdrawn with the HV and the foster carer named instead",
)
ok(
    "pl-quet-rota-fallen-through-chloe",
    PL,
    "quet",
    QUET_HEAD + " His mother's offer to share the night feeds has fallen through, so Chloe does every night feed; "
    "he never sleeps with the baby on a bed, sofa or chair, and the baby sleeps in its own crib, checked by the HV "
    "at each visit.",
    "a relative's offer fallen through, the nights held by Chloe",
)
ok(
    "pl-mo-come-to-nothing-hv",
    PL,
    "mo",
    "Methadone and sertraline are both kept at their present doses. The referral to the family nurse partnership "
    "came to nothing as she is over the age limit, so the HV takes on the watch for late signs to day 8 after 72 "
    "hours of NAS and adaptation scoring on the postnatal ward. Breastfeeding is encouraged on both. Methadone "
    "makes Jodie drowsy, so no bed or sofa sharing; the HV and social worker check the cot before discharge.",
    "a referral that came to nothing with the HV named in its place",
    zwsp,
)
ok(
    "pl-valp-switch-stopped-neuro",
    PL,
    "valp",
    "Sodium valproate 500 mg twice a day continues for now: the switch to lamotrigine suggested by her previous GP "
    "was withdrawn by the neurologist, who will decide on a slow change herself within two weeks, as an abrupt stop "
    "risks seizures. " + VALP_BABY,
    "a suggestion withdrawn by the neurologist who holds the decision",
)
bad(
    "pl-meth-scoring-cancelled-nothing",
    PL,
    "meth",
    METH_NOWATCH + " The NAS scoring the ward was to do has been cancelled, and nothing has been arranged in its "
    "place.",
    "the only withdrawal watch cancelled with nothing instead",
)
bad(
    "pl-dzp-hv-checks-fallen-through",
    PL,
    "dzp",
    DZP_NOWATCH + " The health visitor's late-withdrawal checks to day 8 have fallen through and nobody has picked "
    "them up.",
    "the late watch fallen through, held by no one",
)
bad(
    "pl-quet-nights-withdrawn",
    PL,
    "quet",
    QUET_HEAD + " Chloe has withdrawn her offer to do the night feeds, and no one else has been found to do them. "
    "The baby sleeps in its own crib.",
    "the nights withdrawn from the unsedated parent with no one in her place",
)
bad(
    "pl-cit-watch-shelved",
    PL,
    "cit",
    CIT_DOSE + " The 48-hour adaptation watch by the midwife has been shelved for now with no other watch set up; "
    "breastfeeding on citalopram is supported; the GP reviews her mood at the 6-week check.",
    "the adaptation watch shelved with nothing in its place",
)

# ---------------------------------------------------------------------------------------------------- disown
ok(
    "dw-meth-birth-plan-draft",
    DW,
    "meth",
    METH + " Her birth plan is still a first draft; the community midwife finalises it with her at 36 weeks.",
    "another document's draft status, the conclusion stands",
    greek,
)
ok(
    "dw-dzp-taper-open",
    DW,
    "dzp",
    DZP + " The speed of the diazepam taper may change once the GP has seen her at 6 weeks.",
    "one thing open to change, the rest stands",
)
ok(
    "dw-quet-not-mine-crib",
    DW,
    "quet",
    QUET + " The crib is not theirs but borrowed from Chloe's sister; the HV has checked it is safe.",
    "'not theirs' about a borrowed crib, not the conclusion",
)
ok(
    "dw-cit-checked-draft",
    DW,
    "cit",
    CIT + " This replaces my draft of 9 February, which the practice pharmacist has checked.",
    "a checked draft replaced by this one",
    shy,
)
bad(
    "dw-meth-do-not-act",
    DW,
    "meth",
    METH + " All of this is provisional and nobody should act on it until I have written it up properly.",
    "a closing sentence that tells readers not to act on the whole",
)
bad(
    "dw-lith-rough-notes",
    DW,
    "lith",
    LITH + " These are rough working notes only, not my conclusion; a proper one will follow.",
    "the whole disowned as rough notes",
)
bad(
    "dw-quet-not-my-view",
    DW,
    "quet",
    QUET + " None of the above is my assessment: it was copied from another patient's notes and must be redone.",
    "the whole disowned as copied from another patient",
)
bad(
    "dw-dzp-whole-on-hold",
    DW,
    "dzp",
    DZP + " The whole plan above is on hold until the placement is confirmed.",
    "the whole plan suspended",
)

# ---------------------------------------------------------------------------------------------------- cells
ok(
    "cl-meth-batch-redacted",
    CL,
    "meth",
    METH + " Keyworker: name XXX, withheld from this copy at her request; the drug service holds it.",
    "a redacted name inside a full plan",
)
ok(
    "cl-lith-phone-redacted",
    CL,
    "lith",
    LITH + " Crisis line number XXX is in her own copy only.",
    "a redacted number inside a full plan",
    bidi,
)
bad(
    "cl-cit-cells-xxx",
    CL,
    "cit",
    CIT_DOSE + " Baby observation: XXX. Feeding advice: XXX. Mood follow-up: XXX.",
    "the baby's headings left as XXX cells",
    bidi,
)
bad(
    "cl-dzp-cells-xxx",
    CL,
    "dzp",
    DZP_DOSE + " Sleep: XXX. Night feeds: XXX. Withdrawal watch: XXX.",
    "every concern's heading left XXX",
)

# ---------------------------------------------------------------------------------------------------- stay
ok(
    "st-meth-dose-stays",
    ST,
    "meth",
    "The methadone dose stays at 60 mg once daily, supervised. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "'the dose stays' beside the held watch",
    zwsp,
)
ok(
    "st-cit-stays-as-is",
    ST,
    "cit",
    "Citalopram stays at 20 mg once daily as it is. " + CIT_BABY,
    "'stays' of the dose, the baby's plan complete",
)
ok(
    "st-mo-baby-stays-ward",
    ST,
    "mo",
    "Methadone and sertraline stay at their present doses. The baby stays on the postnatal ward for 72 hours of "
    "NAS and adaptation scoring by the ward midwives, then the HV watches for late signs to day 8. Breastfeeding is "
    "encouraged on both. Methadone makes Jodie drowsy, so no bed or sofa sharing; the HV and social worker check "
    "the cot before discharge.",
    "the baby's ward stay with its scoring, and the doses staying",
)
bad(
    "st-meth-only-dose-stays",
    ST,
    "meth",
    "The baby's NAS scoring has been set aside. Methadone 60 mg once daily is to stay as it is. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "the watch set aside, only the dose staying",
)
bad(
    "st-cit-stays-watch-dropped",
    ST,
    "cit",
    "Citalopram 20 mg once daily stays. The adaptation watch after birth was dropped and not replaced; breastfeeding "
    "is supported; the GP reviews her mood at 6 weeks.",
    "the adaptation watch dropped, 'stays' of the dose only",
)

# ---------------------------------------------------------------------------------------------------- watches
ok(
    "wt-meth-hourly-24h",
    WT,
    "meth",
    METH_DOSE + " After the birth the ward midwives record hourly observations for the first 24 hours, then NAS "
    "scores every 4 hours to 72 hours, and the HV looks for late withdrawal signs until day 8. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "hourly obs for 24 hours, then 4-hourly to 72 hours",
    greek,
)
ok(
    "wt-mo-six-a-day",
    WT,
    "mo",
    "Methadone and sertraline are both kept at their present doses. The ward midwives score the baby every 4 "
    "hours, six times a day, for 72 hours (3 days), and the HV then watches for late signs to day 8. Breastfeeding "
    "is encouraged on both. Methadone makes Jodie drowsy, so no bed or sofa sharing; the HV and social worker check "
    "the cot before discharge.",
    "six looks a day at 4-hourly intervals, 72 hours restated as 3 days",
)
ok(
    "wt-dzp-round-the-clock",
    WT,
    "dzp",
    DZP_NOWATCH + " In the placement an adult is awake with the baby 24 hours a day for the first week, and Sandra "
    "and the HV watch for late withdrawal signs until day 8.",
    "'24 hours a day' with the late watch held",
)
ok(
    "wt-dzp-120-hours",
    WT,
    "dzp",
    DZP_NOWATCH + " The ward kept the baby for 120 hours (5 days) of withdrawal scoring; Sandra and the HV watch "
    "for late signs until day 8.",
    "120 hours restated rightly as 5 days",
)
ok(
    "wt-cit-two-hourly-12",
    WT,
    "cit",
    CIT_DOSE + " The midwife checks the baby every 2 hours, up to twelve times a day, for the first 48 hours after "
    "birth for adaptation signs (jitteriness, poor feeding, fast breathing); breastfeeding on citalopram is "
    "supported; the GP reviews her mood at the 6-week check.",
    "twelve looks a day at 2-hourly intervals",
    fw,
)
bad(
    "wt-mo-ten-a-day",
    WT,
    "mo",
    "Methadone and sertraline are both kept at their present doses. The ward midwives score the baby every 4 hours, "
    "ten times a day, for 72 hours, and the HV watches to day 8. Breastfeeding is encouraged on both. Methadone "
    "makes Jodie drowsy, so no bed or sofa sharing; the HV and social worker check the cot before discharge.",
    "ten looks a day at 4-hourly intervals cannot be",
    cyr,
)
bad(
    "wt-dzp-72-hours-5-days",
    WT,
    "dzp",
    DZP_NOWATCH + " The ward scores the baby for withdrawal for 72 hours (5 days), then Sandra and the HV watch "
    "until day 8.",
    "72 hours restated as 5 days",
)
bad(
    "wt-dzp-30-hours-a-day",
    WT,
    "dzp",
    DZP_NOWATCH + " Sandra watches the baby for withdrawal signs 30 hours a day until day 8.",
    "more hours in a day than a day has",
)
bad(
    "wt-dzp-starts-seven-weeks",
    WT,
    "dzp",
    DZP_NOWATCH + " The HV begins checking the baby for withdrawal signs once the baby is seven weeks old.",
    "the only watch starting weeks after the window",
)
bad(
    "wt-meth-3000-hours",
    WT,
    "meth",
    METH_DOSE
    + " The ward midwives score the baby for withdrawal every 4 hours for the next 3,000 hours. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "a ward withdrawal watch of four months",
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-lith-weekly-dated",
    LV,
    "lith",
    LITH_DOSE + " Levels every 4 weeks now, then weekly from 36 weeks (29 July 2026) until delivery and within 24 "
    "hours of the birth. " + LITH_BABY,
    "weekly from 36 weeks tied to its right date",
    zwsp,
)
ok(
    "lv-lith-five-weekly",
    LV,
    "lith",
    LITH_DOSE + " Monthly levels now; five weekly levels from 36 weeks to her due date, and one within 24 hours of "
    "delivery. " + LITH_BABY,
    "five weekly levels from 36 to 40 weeks",
)
ok(
    "lv-lo-target-range",
    LV,
    "lo",
    "Lithium (Priadel) 800 mg at night continues, with a 12-hour level every 4 weeks aiming for 0.5 to 0.8 mmol/L, "
    "weekly from 36 weeks and within 24 hours of birth. The baby has a paediatric review after birth; she will "
    "bottle feed. The perinatal mental health team sees her within a week of the birth because relapse is likely.",
    "a real target range",
)
ok(
    "lv-lith-fortnightly-replaced",
    LV,
    "lith",
    LITH_DOSE + " The idea of fortnightly levels was shelved in favour of levels every 4 weeks now, weekly from 36 "
    "weeks to the birth and within 24 hours of delivery, taken by the antenatal clinic. " + LITH_BABY,
    "a schedule shelved for a named stricter one",
)
bad(
    "lv-lith-twelve-weekly",
    LV,
    "lith",
    LITH_DOSE + " Monthly levels now, then a level every week from 36 weeks, twelve in all, and one within 24 "
    "hours of delivery. " + LITH_BABY,
    "more weekly levels than weeks are left",
)
bad(
    "lv-lith-36-weeks-wrong-date",
    LV,
    "lith",
    LITH_DOSE + " Levels every 4 weeks now, weekly from 36 weeks (from 26 August 2026) and within 24 hours of "
    "delivery. " + LITH_BABY,
    "36 weeks tied to a date when she is 40 weeks",
)
bad(
    "lv-lo-level-impossible",
    LV,
    "lo",
    "Lithium (Priadel) 800 mg at night continues, with levels every 4 weeks kept between 40 and 50 mmol/L, weekly "
    "from 36 weeks and within 24 hours of birth. The baby has a paediatric review after birth; she will bottle "
    "feed. The perinatal mental health team sees her within a week of the birth.",
    "a target level no living person has",
)

# ---------------------------------------------------------------------------------------------------- facts
ok(
    "fc-lith-second-trimester",
    FC,
    "lith",
    "She is 24 weeks now, in her second trimester. " + LITH,
    "the trimester the record gives",
    cyr,
)
ok(
    "fc-lo-due-end-august",
    FC,
    "lo",
    "Lithium (Priadel) 800 mg at night continues; she is due at the end of August. Levels monthly, weekly from 36 "
    "weeks and within 24 hours of birth. Paediatric review of the baby after birth; she will formula feed from "
    "birth. The perinatal mental health team sees her within a week of the birth.",
    "the due month and the bottle the record gives",
)
ok(
    "fc-meth-third-trimester",
    FC,
    "meth",
    "Jodie is now in her third trimester, at 29 weeks. " + METH,
    "third trimester at 29 weeks",
)
ok(
    "fc-vo-due-december",
    FC,
    "vo",
    "Unplanned pregnancy on sodium valproate, 8 weeks today and due at the end of December. Valproate continues "
    "unchanged until the urgent neurology review, and is not stopped abruptly. The baby was exposed in the first "
    "trimester: urgent referrals to neurology and fetal medicine sent today; folic acid 5 mg started.",
    "gestation and due month the record gives",
)
ok(
    "fc-co-due-early-april",
    FC,
    "co",
    "Citalopram 20 mg continues; she is 32 weeks and due in early April. The midwife watches the baby for "
    "adaptation signs for 48 hours after birth; breastfeeding is supported; GP mood review at the 6-week check.",
    "gestation and due month the record gives",
)
ok(
    "fc-dzp-daily-totals",
    FC,
    "dzp",
    "Diazepam 5 mg three times a day (15 mg a day) and pregabalin 150 mg twice a day (300 mg a day) continue, with "
    "a slow diazepam taper agreed for the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "daily totals that add up",
    shy,
)
ok(
    "fc-valp-one-gram",
    FC,
    "valp",
    "Sodium valproate 500 mg twice a day, 1 g a day, is not stopped suddenly, since an abrupt stop risks seizures; "
    "the neurologist sees her within two weeks to plan any switch. " + VALP_BABY,
    "'500 mg twice a day, 1 g a day'",
)
ok(
    "fc-fo-placement",
    FC,
    "fo",
    "Diazepam and pregabalin continue for now. The baby and Kayleigh stay together in the parent-and-baby foster "
    "placement with Sandra, who does the night feeds; no bed, sofa or armchair sharing and no feeding lying down. "
    "Late withdrawal signs are possible until day 8: Sandra, the HV and the social worker all hold this plan.",
    "the baby's place the record gives",
)
bad(
    "fc-lith-third-trimester",
    FC,
    "lith",
    "She is now in her third trimester. " + LITH,
    "third trimester at 24 weeks",
)
bad(
    "fc-lo-due-october",
    FC,
    "lo",
    "Lithium (Priadel) 800 mg at night continues; she is due in mid-October. Levels monthly, weekly from 36 weeks "
    "and within 24 hours of birth. Paediatric review of the baby after birth; she will bottle feed. The perinatal "
    "mental health team sees her within a week of the birth.",
    "due month two months after the EDD",
)
bad(
    "fc-meth-first-trimester",
    FC,
    "meth",
    "Jodie is at present in her first trimester. " + METH,
    "first trimester at 29 weeks",
)
bad(
    "fc-mo-formula-from-birth",
    FC,
    "mo",
    "Methadone and sertraline are both kept at their present doses. The baby has 72 hours of NAS and adaptation "
    "scoring on the postnatal ward, then the HV watches for late signs to day 8. Jodie will give formula from "
    "birth. Methadone makes Jodie drowsy, so no bed or sofa sharing; the HV and social worker check the cot before "
    "discharge.",
    "formula from birth in a record of breastfeeding",
)
bad(
    "fc-fo-home-with-parents",
    FC,
    "fo",
    "Diazepam and pregabalin continue for now. On discharge the baby goes home with Kayleigh and her partner; no "
    "bed, sofa or armchair sharing and no feeding lying down. Late withdrawal signs are possible until day 8: the "
    "HV and the social worker hold this plan.",
    "the baby sent home with the parents in a record of a foster placement",
)
bad(
    "fc-dzp-total-wrong",
    FC,
    "dzp",
    "Diazepam 5 mg three times a day, 45 mg a day in all, and pregabalin 150 mg twice a day continue, with a slow "
    "diazepam taper agreed for the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "a daily total three times the listed dose",
)
bad(
    "fc-valp-total-low",
    FC,
    "valp",
    "Sodium valproate 500 mg twice a day (250 mg a day) is not stopped suddenly, since an abrupt stop risks "
    "seizures; the neurologist sees her within two weeks to plan any switch. " + VALP_BABY,
    "a daily total below one dose",
)
bad(
    "fc-vo-due-march",
    FC,
    "vo",
    "Unplanned pregnancy on sodium valproate, due in early March. Valproate continues unchanged until the urgent "
    "neurology review, and is not stopped abruptly. The baby was exposed in the first trimester: urgent referrals "
    "to neurology and fetal medicine sent today; folic acid 5 mg started.",
    "due month months after the EDD",
)

# ---------------------------------------------------------------------------------------------------- forms
ok(
    "fm-cit-tablet-swallowed",
    FM,
    "cit",
    "Citalopram 20 mg, one tablet swallowed each morning, is kept going for the rest of the pregnancy. " + CIT_BABY,
    "the listed tablet taken by mouth",
)
ok(
    "fm-lith-mr-whole",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg at night, as modified-release tablets swallowed whole and never crushed, is kept "
    "going, as her risk of a postpartum relapse is high. " + LITH_LEVELS + " " + LITH_BABY,
    "the listed modified-release tablets",
)
ok(
    "fm-meth-oral-solution",
    FM,
    "meth",
    "Methadone 60 mg as the 1 mg/ml oral solution, drunk under supervision at the pharmacy each morning, is kept "
    "at the same dose. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "the listed oral solution drunk",
    fw,
)
ok(
    "fm-sert-two-tablets",
    FM,
    "sert",
    "Sertraline 100 mg, as two 50 mg tablets once daily, is kept going, because a relapse of her depression would "
    "harm her and the baby more than the medicine does. The midwives observe the baby for 48 hours after birth for "
    "jitteriness, poor feeding and fast breathing; breastfeeding on sertraline is fine; the GP reviews her mood at "
    "the 6-week check.",
    "'as two 50 mg tablets' is the listed form",
)
ok(
    "fm-dzp-as-reason",
    FM,
    "dzp",
    "Diazepam 5 mg three times a day continues, as stopping it suddenly could cause seizures, and pregabalin "
    "150 mg twice a day likewise, with a slow diazepam taper agreed for the 6-week review. "
    + DZP_SLEEP
    + " "
    + DZP_WATCH,
    "a reason after ', as' with a possibility word",
    zwsp,
)
ok(
    "fm-meth-baby-cream-skin",
    FM,
    "meth",
    METH + " For the baby's dry skin the HV advises a plain emollient applied to the skin after the bath.",
    "'applied to the skin' of something the baby is given, not the listed medicine",
)
bad(
    "fm-cit-eye-drops",
    FM,
    "cit",
    "Citalopram 20 mg as eye drops, one drop each morning, is kept going for the rest of the pregnancy. " + CIT_BABY,
    "citalopram tablets given as eye drops",
    greek,
)
bad(
    "fm-lith-pessaries",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg at night, as pessaries, is kept going, as her risk of a postpartum relapse is high. "
    + LITH_LEVELS
    + " "
    + LITH_BABY,
    "modified-release tablets called pessaries",
)
bad(
    "fm-meth-goes-on-im",
    FM,
    "meth",
    "Methadone 60 mg once daily goes on, to be given IM by the pharmacist each morning. "
    + METH_WATCH
    + " "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "an oral solution given by intramuscular injection",
)
bad(
    "fm-dzp-rubbed-on-skin",
    FM,
    "dzp",
    "Diazepam 5 mg three times a day is to be rubbed into the skin of her forearm, and pregabalin 150 mg twice a "
    "day continues, with a slow diazepam taper agreed for the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "tablets rubbed into the skin",
)
bad(
    "fm-quet-patch",
    FM,
    "quet",
    "Daniel's quetiapine 300 mg, as a skin patch put on at night, makes him very hard to wake for several hours. "
    + QUET_NIGHTS,
    "tablets worn as a skin patch",
)

# ---------------------------------------------------------------------------------------------------- remedies
ok(
    "rm-sert-wort-advised-against",
    RM,
    "sert",
    SERT + " She has been advised not to take St John's wort, as with sertraline it raises the risk of serotonin "
    "toxicity.",
    "St John's wort advised against with the reason",
    cyr,
)
ok(
    "rm-cit-wort-stopped",
    RM,
    "cit",
    CIT + " She stopped the St John's wort she used to buy when citalopram was started, because the two together "
    "are unsafe.",
    "a remedy stopped with the reason",
)
ok(
    "rm-meth-wort-warning",
    RM,
    "meth",
    METH + " St John's wort lowers methadone levels and could bring on withdrawal, so she is to avoid it and ask the "
    "pharmacist before buying any remedy.",
    "a warning of the remedy's interaction",
)
ok(
    "rm-valp-mothers-wort",
    RM,
    "valp",
    VALP + " The St John's wort in the house is her mother's; she knows not to take it, as it can interfere with "
    "her epilepsy treatment.",
    "another person's remedy, advised against for her",
)
bad(
    "rm-cit-wort-taken",
    RM,
    "cit",
    CIT + " She also takes St John's wort from the health food shop each morning with her citalopram to lift her mood.",
    "an interacting remedy taken beside the SSRI and not listed",
)
bad(
    "rm-meth-wort-bought",
    RM,
    "meth",
    METH + " She buys St John's wort capsules every week and takes one daily alongside the methadone.",
    "an interacting remedy taken beside methadone and not listed",
)

# ---------------------------------------------------------------------------------------------------- handover
ok(
    "ho-fcr-address-confirmed-posted",
    HO,
    "fcr",
    "Printed copy posted first class to Sandra Hollis at the placement address, which Leanne Moss (social worker) "
    "confirmed with Brightwater Fostering on 2026-06-13; it should arrive by Tue 16 June 2026, and Sandra rings the "
    "HV when it comes.",
    "an address confirmed by a named person, a weekday that matches",
)
ok(
    "ho-fcr-handed-wed",
    HO,
    "fcr",
    "Printed copy to be handed to Sandra Hollis by the health visitor at the placement on Wed 17 June 2026, and "
    "its contents explained to her.",
    "a planned hand-over on the right weekday",
    bidi,
)
ok(
    "ho-fcr-handed-sat-done",
    HO,
    "fcr",
    "Printed copy handed to Sandra Hollis at the placement by Leanne Moss (social worker) on Saturday 13 June "
    "2026, with the baby, and its contents explained.",
    "a hand-over done before signing on the right weekday, with the baby",
)
bad(
    "ho-fcr-address-tbc",
    HO,
    "fcr",
    "Printed copy to go by post to the foster carer, address TBC.",
    "an address still to be confirmed, no other route",
    fw,
)
bad(
    "ho-fcr-baby-hands",
    HO,
    "fcr",
    "Printed copy handed to the foster carer by the newborn at the door of the ward.",
    "the newborn hands the record over",
)
bad(
    "ho-fcr-weds-wrong",
    HO,
    "fcr",
    "Printed copy to be handed to Sandra Hollis at the placement on Weds 16 June 2026 by the HV, and explained.",
    "'Weds' on a date that is a Tuesday",
)
bad(
    "ho-fcr-no-address",
    HO,
    "fcr",
    "Printed copy to be posted to the foster carer once someone finds out where she lives; we have no address.",
    "posted to no address",
)
ok(
    "ho-po-sat-visit",
    HO,
    "po",
    PO + " The HV's next home visit is on Sat 30 May 2026.",
    "'on Sat 30 May 2026', a Saturday",
)
bad(
    "ho-po-wed-wrong",
    HO,
    "po",
    PO + " The HV's next home visit is on Wed 30 May 2026.",
    "'on Wed 30 May 2026', a Saturday",
)

# ---------------------------------------------------------------------------------------------------- regimen
ok(
    "rg-mo-carries-on-likewise",
    RG,
    "mo",
    "Methadone 60 mg carries on, supervised consumption. Sertraline 100 mg likewise. " + MO_BABY,
    "regimen lines with the baby's full plan",
    shy,
)
ok(
    "rg-dzp-goes-on-likewise",
    RG,
    "dzp",
    "Diazepam goes on at 5 mg three times a day; pregabalin likewise at 150 mg twice a day, and the GP starts a "
    "slow diazepam taper at the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "'goes on' and 'likewise' with the baby's plan",
)
ok(
    "rg-cit-kept-baby-considered",
    RG,
    "cit",
    "Citalopram 20 mg kept. The baby was taken into account: the midwife observes the baby for 48 hours after "
    "birth for jitteriness, poor feeding and fast breathing; breastfeeding is supported; the GP reviews her mood at "
    "the 6-week check.",
    "'taken into account' followed by the plan for the baby",
)
bad(
    "rg-mo-baby-set-aside",
    RG,
    "mo",
    "Methadone 60 mg carries on, supervised consumption. Sertraline likewise. The baby has been taken into account "
    "in reaching this.",
    "regimen lines with the baby set aside",
)
bad(
    "rg-dzp-baby-discussed",
    RG,
    "dzp",
    "Diazepam 5 mg three times a day goes on. Pregabalin 150 mg twice a day, likewise. The baby's needs were "
    "discussed at the meeting.",
    "regimen lines with the baby discussed only",
)
bad(
    "rg-cit-kept-considered",
    RG,
    "cit",
    "Citalopram 20 mg once daily is kept. Effects on the baby have been considered.",
    "a regimen line and the baby considered",
)

# ---------------------------------------------------------------------------------------------------- nights
ok(
    "nt-quet-no-sofa-holding",
    NT,
    "quet",
    QUET_HEAD + " He never holds the baby on the sofa or in the armchair once he has taken it, and gives no night "
    "feeds; Chloe does the nights and the baby sleeps in its own crib, which the HV checks at each visit.",
    "sofa and chair ruled out for the sedated father",
    greek,
)
ok(
    "nt-quet-morning-bottle",
    NT,
    "quet",
    QUET_HEAD + " Chloe does every night feed; Daniel gives the 8 am bottle only once he is fully awake. He never "
    "sleeps with the baby on a bed, sofa or chair, and the baby sleeps in its own crib, checked by the HV.",
    "the sedated father's daytime feed, the nights held by Chloe",
)
ok(
    "nt-dzp-carer-holds-nights",
    NT,
    "dzp",
    DZP_DOSE + " Both sedate Kayleigh: she does not doze with the baby on the settee or in a chair, and Sandra, the "
    "foster carer, does every feed between 10 pm and 7 am. " + DZP_WATCH,
    "settee and chair ruled out, the nights held by the carer",
)
bad(
    "nt-quet-settee-fine",
    NT,
    "quet",
    QUET_HEAD + " Him nodding off on the settee with the baby on his chest after his dose is fine. Chloe does most "
    "feeds.",
    "sofa sleep with the sedated father judged fine",
    greek,
)
bad(
    "nt-quet-father-nights",
    NT,
    "quet",
    QUET_HEAD + " He does the 2 am and 5 am feeds so that Chloe can sleep, and the baby sleeps in its own crib.",
    "the nights given to the sedated father",
)
bad(
    "nt-dzp-kayleigh-nights",
    NT,
    "dzp",
    DZP_DOSE + " Kayleigh does all the night feeds herself in the placement while Sandra sleeps. " + DZP_WATCH,
    "the nights given to the sedated mother",
)

# ---------------------------------------------------------------------------------------------------- more near misses
ok(
    "pl-sert-switch-withdrawn-stays",
    PL,
    "sert",
    "The suggestion to switch her to fluoxetine was withdrawn after the perinatal team's advice, so sertraline "
    "100 mg once daily stays, because a relapse would harm her and the baby more than the medicine. The midwives "
    "observe the baby for 48 hours after birth for jitteriness and poor feeding; breastfeeding on sertraline is "
    "fine; the GP reviews her mood at the 6-week check.",
    "a switch withdrawn, the present medicine and its plan kept",
)
ok(
    "pl-meth-if-cancelled-scbu",
    PL,
    "meth",
    METH + " Should the postnatal ward be closed to admissions, SCBU does the same 72 hours of scoring instead.",
    "a fallback named for a cancelled ward",
)
ok(
    "pl-lith-last-pregnancy-nothing",
    PL,
    "lith",
    LITH + " In her last pregnancy the referral to perinatal mental health came to nothing; this time the team has "
    "already seen her and holds the plan.",
    "another pregnancy's plan that came to nothing",
    shy,
)
ok(
    "pl-dzp-day5-visit-moved",
    PL,
    "dzp",
    DZP_NOWATCH + " The HV's day-5 visit was cancelled by the placement and moved to day 6; Sandra watches for "
    "tremor, poor feeding and inconsolable crying in between and until day 8.",
    "a visit cancelled and moved, the watch held in between",
)
ok(
    "dw-valp-not-mine-neuro",
    DW,
    "valp",
    VALP_BABY + " Sodium valproate 500 mg twice a day continues and is not stopped suddenly, since an abrupt stop "
    "risks seizures. Whether to switch is not mine to decide: the neurologist decides it at her review within two "
    "weeks.",
    "'not mine to decide' with the named decision-maker",
)
ok(
    "dw-meth-old-leaflet",
    DW,
    "meth",
    METH + " Please do not act on the 2019 leaflet she was given elsewhere; this plan replaces it.",
    "'do not act on' an old leaflet, not this plan",
    cyr,
)
ok(
    "dw-mo-supersedes-draft",
    DW,
    "mo",
    MO + " This supersedes the draft plan of 20 February; earlier copies should be destroyed.",
    "an earlier draft superseded by this one",
)
ok(
    "cl-meth-headings-filled",
    CL,
    "meth",
    METH_DOSE + " Baby: 72 hours of NAS scoring on the postnatal ward by the midwives, then the HV to day 8. "
    "Feeding: breastfeeding encouraged. Sleep: methadone makes Jodie drowsy, so own cot only, never her bed or the "
    "sofa; the HV checks it at the first visit.",
    "headings with real cells",
    greek,
)
ok(
    "st-sert-dose-stays-same",
    ST,
    "sert",
    "The sertraline dose stays the same at 100 mg once daily, since a relapse would harm her and the baby more "
    "than the drug. The midwives watch the baby for 48 hours after birth for jitteriness, poor feeding and fast "
    "breathing; breastfeeding is fine; the GP reviews her mood at the 6-week check.",
    "'the dose stays the same' beside the held watch",
)
ok(
    "wt-cit-three-hourly",
    WT,
    "cit",
    CIT_DOSE + " The midwife checks the baby 3-hourly, eight times a day, for 48 hours (2 days) after birth for "
    "adaptation signs; breastfeeding on citalopram is supported; the GP reviews her mood at the 6-week check.",
    "eight looks a day at 3-hourly intervals, 48 hours as 2 days",
)
ok(
    "wt-meth-then-twelve-hourly",
    WT,
    "meth",
    METH_DOSE + " The ward midwives score the baby for NAS 4-hourly for the first 3 days, then 12-hourly to day 5, "
    "and the HV looks for late signs until day 8. " + METH_FEED + " " + METH_SLEEP,
    "a watch that slows after 3 days",
    bidi,
)
ok(
    "wt-dzp-hv-routine-later",
    WT,
    "dzp",
    DZP_NOWATCH + " Sandra watches for withdrawal signs every day until day 8, the HV visits on days 4 and 8, and "
    "the HV's routine 6 to 8 week review checks feeding and growth.",
    "a routine review weeks later beside the early watch",
)
ok(
    "lv-lith-about-five",
    LV,
    "lith",
    LITH_DOSE + " Monthly levels now, weekly from 36 weeks until she delivers (about four or five in all), and one "
    "within 24 hours of the birth. " + LITH_BABY,
    "weekly levels counted 'about four or five'",
)
ok(
    "fc-lith-booked-first-trimester",
    FC,
    "lith",
    "She booked at 10 weeks, in her first trimester, and is 24 weeks today. " + LITH,
    "a trimester of history beside the present gestation",
)
ok(
    "fc-co-third-trimester",
    FC,
    "co",
    "Citalopram 20 mg continues; she is now in her third trimester. The midwife watches the baby for adaptation "
    "signs for 48 hours after birth; breastfeeding is supported; GP mood review at the 6-week check.",
    "third trimester at 32 weeks",
    zwsp,
)
ok(
    "fc-po-mixed-feeding",
    FC,
    "po",
    "Chloe's paracetamol raises no concern: she breastfeeds and Daniel gives a daytime bottle of expressed milk. "
    "Daniel's quetiapine sedates him heavily at night: no co-sleeping with him on a bed, sofa or armchair and no "
    "night feeds by him; Chloe does them and the HV keeps checking the crib.",
    "mixed feeding as the record gives",
)
ok(
    "fc-po-paracetamol-max",
    FC,
    "po",
    "Chloe's paracetamol, 1 g up to four times a day and never more than 4 g in 24 hours, raises no concern for "
    "the breastfed baby. Daniel's quetiapine sedates him heavily at night: no co-sleeping with him on a bed, sofa "
    "or armchair and no night feeds by him; Chloe does them and the HV keeps checking the crib.",
    "a daily maximum that adds up",
)
ok(
    "fm-meth-never-injected",
    FM,
    "meth",
    "Jodie has not injected anything for two years; methadone 60 mg once daily by mouth, supervised, is kept at the "
    "same dose up to delivery. " + METH_WATCH + " " + METH_FEED + " " + METH_SLEEP,
    "an injecting history, the listed oral route kept",
)
ok(
    "fm-valp-gastro-resistant",
    FM,
    "valp",
    "Sodium valproate 500 mg twice a day, as gastro-resistant tablets swallowed whole, is not stopped suddenly, since "
    "an abrupt stop risks seizures; the neurologist sees her within two weeks to plan any switch. " + VALP_BABY,
    "the listed gastro-resistant tablets",
)
ok(
    "fm-cit-drops-declined",
    FM,
    "cit",
    "She asked about citalopram oral drops but prefers to stay on the 20 mg tablet once daily. " + CIT_BABY,
    "another product asked about, the listed tablet kept",
)
ok(
    "rm-sert-wort-never",
    RM,
    "sert",
    SERT + " She has never taken St John's wort and will not, since it interacts with sertraline.",
    "a remedy never taken, with the reason",
)
ok(
    "rm-mo-wort-grandmother-asked",
    RM,
    "mo",
    MO + " Her mother asked about St John's wort for Jodie; the GP advised against it because it lowers methadone "
    "levels and adds to sertraline's serotonin effects.",
    "a relative's question answered with advice against",
    fw,
)
ok(
    "ho-fcr-with-baby-discharge",
    HO,
    "fcr",
    "Printed copy handed to Sandra Hollis with the baby at discharge from the postnatal ward on 2026-06-12, and "
    "its contents explained.",
    "the baby handed over with the copy",
)
ok(
    "ho-fcr-address-by-sw-fri",
    HO,
    "fcr",
    "Printed copy posted to Sandra Hollis at the placement address, confirmed by Leanne Moss (social worker) "
    "before posting; if it has not arrived by Fri 19 June 2026, the HV brings another copy on her next visit.",
    "an address confirmed before posting, a fallback on the right weekday",
)
ok(
    "rg-vo-continues-likewise",
    RG,
    "vo",
    "Sodium valproate 500 mg twice a day carries on until the urgent neurology review; folic acid 5 mg likewise. "
    "The baby was exposed in the first trimester, so urgent referrals to neurology and fetal medicine were sent "
    "today; valproate is not stopped abruptly, as seizures would endanger both.",
    "'carries on' and 'likewise' with the baby's risk and referrals",
)
ok(
    "nt-dzp-nursing-chair-carer",
    NT,
    "dzp",
    DZP_DOSE + " Both sedate Kayleigh, so she never dozes with the baby on a bed, sofa or chair; Sandra, who takes "
    "no sedating medicine, does the night feeds in the nursing chair and puts the baby back in the cot. " + DZP_WATCH,
    "a chair used by the unsedated carer",
)
ok(
    "nt-quet-chloe-chair",
    NT,
    "quet",
    QUET_HEAD + " He gives no night feeds and never sleeps with the baby on a bed, sofa or chair; Chloe feeds the "
    "baby in the chair by the crib at night and puts it back down, and the HV checks the crib at each visit.",
    "the unsedated mother feeding in a chair",
    cyr,
)
ok(
    "pl-meth-nicu-withdrawn-next",
    PL,
    "meth",
    METH_DOSE + " The neonatal unit has withdrawn its offer of a cot for scoring. The postnatal ward midwives will "
    "do the 72 hours of NAS scoring instead, and the HV looks for late signs until day 8. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "an offer withdrawn, its replacement in the next sentence",
)
ok(
    "pl-dzp-second-carer-nights",
    PL,
    "dzp",
    DZP_NOWATCH.replace("Sandra, the foster carer, does the night feeds.", "the foster carers do the night feeds.")
    + " Sandra's Tuesday nights were cancelled by the agency; a second foster carer, Mrs Ahmed, covers them instead, "
    "and Sandra and the HV watch the baby for late withdrawal until day 8.",
    "nights cancelled with a named carer in their place",
)
ok(
    "dw-meth-all-different-early",
    DW,
    "meth",
    METH + " It may all be different if she labours early: then SCBU scores the baby instead.",
    "a change of plan under a condition, the alternative named",
)
ok(
    "dw-meth-labours-before-34",
    DW,
    "meth",
    METH + " If she labours before 34 weeks, it may all be different: SCBU, not the postnatal ward, then scores "
    "the baby.",
    "the condition first, the alternative named",
)
ok(
    "dw-meth-collection-day",
    DW,
    "meth",
    METH + " The pharmacy has asked to move her collection day; do not act on that yet, as the keyworker decides it "
    "at the next review.",
    "'do not act on that yet' of a pharmacy request",
)
ok(
    "ho-fcr-second-copy-tbc",
    HO,
    "fcr",
    "Printed copy handed to Sandra Hollis with the baby at discharge on 2026-06-12 and explained; a second copy "
    "goes by post to Brightwater Fostering, address TBC by Leanne Moss.",
    "a full hand-over done, a second copy's address left to a named person",
)
ok(
    "fm-cit-hay-fever-drops",
    FM,
    "cit",
    CIT_DOSE + " Her hay fever is treated with sodium cromoglicate eye drops, which are fine in pregnancy. " + CIT_BABY,
    "eye drops of another product beside the tablet",
)
ok(
    "fm-dzp-eczema-cream",
    FM,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue; her eczema cream is applied to the "
    "skin twice a day and does not reach the baby. " + DZP_SLEEP + " " + DZP_WATCH,
    "another product applied to the skin",
)
ok(
    "nt-quet-sofa-downstairs-alone",
    NT,
    "quet",
    QUET_HEAD + " He sleeps downstairs on the sofa after his dose, away from the baby, and gives no night feeds; "
    "Chloe does the nights and the baby sleeps in its own crib upstairs, which the HV checks.",
    "the sedated father alone on the sofa, away from the baby",
)
ok(
    "rg-mo-considered-then-plan",
    RG,
    "mo",
    "Methadone 60 mg carries on, supervised consumption. Sertraline likewise. The baby has been taken into account: "
    "72 hours of NAS and adaptation scoring on the ward, the HV to day 8, breastfeeding encouraged, and no bed or "
    "sofa sharing as methadone makes Jodie drowsy; the HV checks the cot.",
    "'taken into account' followed by the whole plan",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F131CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F131CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F131CASES):3}"
    )
