"""A hundred-and-twenty-ninth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the readings that landed at the last stop.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About seven in ten records are good, complete work that legitimately uses the surfaces the newest
readings look at (must pass), each paired with a near miss that really is defective (must refuse):

* ``weekday``: a weekday beside a full date, right in several formats; against the wrong weekday;
* ``babyage``: an event of the baby's age with a date where that age puts it; against one weeks away;
* ``gestation``: a gestation tied to a date that the record gives on that date; against one weeks away;
* ``buying``: advice not to buy a medicine of concern; against advice that she may buy one;
* ``routes``: eye, ear, nose and skin products used their own way, injections of what is injected; against
  tablets and solutions given by routes their form cannot take;
* ``holders``: acts held by carers and professionals who have the role, a dead relative named beside the real
  carer, a title that is a surname; against acts held by no role or by the dead;
* ``refusals``: a refusal by her or of another act with the plan held; against the plan refused by its holder;
* ``nights``: nights shared properly with the unsedated parent; against the sedated parent given them;
* ``conditions``: births under conditions that can hold, inverted conditionals with a fallback; against
  conditions that never hold;
* ``sofa``: sofa and chair sleeping forbidden under negation; against it allowed under negation;
* ``withdrawn``: a named plan replaced by a better one; against one withdrawn with nothing in its place;
* ``regimen``: a regimen line beside a real plan; against a conclusion that is only the regimen line;
* ``babywords``: the baby's plan with a pointer beside it, a finished text; against the baby only in a pointer
  or a cut-off clause, or an objectless act after a topic;
* ``readers``: a named role picking up the care; against "whoever picks this up";
* ``stays``: stays and hourly observations that fit the watch; against stays and counts that clash;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Dates were checked with Python's datetime. Medicines named here are real; no clinical code is invented (the only
medicines added are uncoded, each with the clinician's reason it raises no concern).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh129_cases`` for the counts per category.
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
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F129CASES: list[Case] = []

CATEGORIES = (
    "weekday",
    "babyage",
    "gestation",
    "buying",
    "routes",
    "holders",
    "refusals",
    "nights",
    "conditions",
    "sofa",
    "withdrawn",
    "regimen",
    "babywords",
    "readers",
    "stays",
    "disguise",
)

WD, BA, GS, BY, RT, HD, RF, NT, CD, SF, WN, RG, BW, RD, ST, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F129CASES.append(Case(f"f129-{name}", category, expect, base, mutate, why))


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
    return " ".join(f"\u200e{word}\u200f" for word in text.split(" "))


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
    name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, PASS, where, text, why, disguise, pre)


def bad(
    name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, REFUSE, where, text, why, disguise, pre)


def rec(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, expect, base, mutate, why)


# Complete bodies written afresh for this batch; each case adds its own point to one of them.
M_DOSE = "Methadone 60 mg once daily goes on unchanged through the pregnancy."
M_WATCH = (
    "After the birth the ward midwives score the baby for NAS 4-hourly for at least 72 h, and the HV looks for late "
    "signs until day 8."
)
M_FEED = "Breastfeeding is supported on this dose."
M_SLEEP = "She is drowsy for a while after each dose, so no bed or sofa sharing; the HV checks the moses basket at home."
METH = f"{M_DOSE} {M_WATCH} {M_FEED} {M_SLEEP}"

SERT = (
    "Sertraline 100 mg daily goes on, as a relapse would harm her and the baby more than the drug. The ward midwives "
    "watch the baby for 48 h for jitteriness, poor feeding or fast breathing; breastfeeding is fine; the GP reviews "
    "her mood at the 6-week check."
)
MO = (
    "Methadone and sertraline go on at the same doses. The ward midwives score the baby for NAS and adaptation for "
    "72 h, then the HV to day 8. Breastfeeding supported. Methadone leaves her drowsy, so no co-sleeping; the HV and "
    "social worker see the sleeping arrangements before discharge."
)
C_DOSE = "Citalopram 20 mg daily goes on, as relapse is the bigger risk to her and the baby."
C_WATCH = "The midwife observes the baby for 48 h after birth for jitteriness, poor feeding and fast breathing"
C_REST = "breastfeeding is supported; the GP reviews her mood at the 6-week postnatal check."
CIT = f"{C_DOSE} {C_WATCH}; {C_REST}"
LITH = (
    "Lithium (Priadel) 800 mg at night goes on, as relapse after the birth is the greater danger. Levels monthly, "
    "weekly from 36 weeks and within 24 hours of birth; the paediatrician reviews the baby after birth; she will "
    "bottle feed, as breastfeeding is not advised on lithium; the perinatal mental health team sees her within a "
    "week of the birth."
)
LITH_NOBABY = (
    "Lithium (Priadel) 800 mg at night goes on, as relapse after the birth is the greater danger. Levels monthly, "
    "weekly from 36 weeks and within 24 hours of birth; she will bottle feed, as breastfeeding is not advised on "
    "lithium; the perinatal mental health team sees her within a week of the birth."
)
VALP = (
    "Sodium valproate 500 mg bd goes on until the urgent neurology review, as stopping it suddenly risks seizures. "
    "The baby was exposed through the first trimester, so fetal medicine sees her for a detailed scan; folic acid "
    "5 mg started today, and pregnancy prevention is planned with her after the birth."
)
D_DOSE = "Diazepam 5 mg tds and pregabalin 150 mg bd go on, with a supervised diazepam reduction from the 6-week review."
D_SLEEP = "Both sedate Kayleigh: she must not co-sleep or feed the baby lying down, and the foster carer does every night feed."
D_WATCH = "The HV and the foster carer watch the baby for late withdrawal until day 8."
DZP = f"{D_DOSE} {D_SLEEP} {D_WATCH}"
Q_HEAD = "Daniel's quetiapine 300 mg at night makes him very hard to rouse."
Q_NIGHT = "He does no night feeds and never sleeps with the baby on a bed, sofa or armchair."
Q_REST = "Chloe does the nights and the baby sleeps in its own crib, which the HV checks at each visit."
QUET = f"{Q_HEAD} {Q_NIGHT} {Q_REST}"

# ---------------------------------------------------------------------------------------------------- weekday
# M: 17 April 2026 is a Friday (36+0); C: 18 May 2026 a Monday; L: 29 July 2026 a Wednesday (36+0);
# V: 27 May 2026 a Wednesday; P: 1 June 2026 a Monday; F: 20 July 2026 a Monday (6 weeks).
ok("wd-meth-friday-full", WD, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing; the HV checks the moses "
   "basket at a home visit on Friday 17 April 2026.",
   "Friday 17 April 2026 is a Friday", cyr)
bad("wd-meth-thursday-wrong", WD, "meth",
    f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing; the HV checks the moses "
    "basket at a home visit on Thursday 17 April 2026.",
    "17 April 2026 is a Friday, not a Thursday")
ok("wd-cit-mon-comma", WD, "cit",
   f"{C_DOSE} {C_WATCH}; breastfeeding is supported; the GP reviews her mood at the postnatal check, pencilled in "
   "for Mon, 18 May 2026.",
   "'Mon,' beside 18 May 2026, a Monday")
ok("wd-lith-wednesday-numeric", WD, "lith",
   LITH.replace("weekly from 36 weeks", "weekly from 36 weeks (the first on Wednesday 29/07/2026)"),
   "Wednesday 29/07/2026 is a Wednesday and 36+0")
bad("wd-lith-tuesday-numeric", WD, "lith",
    LITH.replace("weekly from 36 weeks", "weekly from 36 weeks (the first on Tuesday 29/07/2026)"),
    "29/07/2026 is a Wednesday, not a Tuesday")
ok("wd-valp-wed-dot", WD, "valp",
   VALP.replace("until the urgent neurology review", "until the urgent neurology review on Wed. 27 May 2026"),
   "'Wed.' beside 27 May 2026, a Wednesday")
ok("wd-quet-monday-iso", WD, "quet",
   f"{Q_HEAD} {Q_NIGHT} Chloe does the nights and the baby sleeps in its own crib; the HV checks it again on "
   "Monday 2026-06-01.",
   "Monday 2026-06-01 is a Monday")
bad("wd-quet-saturday-iso", WD, "quet",
    f"{Q_HEAD} {Q_NIGHT} Chloe does the nights and the baby sleeps in its own crib; the HV checks it again on "
    "Saturday 2026-06-01.",
    "2026-06-01 is a Monday, not a Saturday")
ok("wd-dzp-monday-ordinal", WD, "dzp",
   DZP.replace("from the 6-week review", "from the 6-week review on Monday 20th July 2026"),
   "Monday 20th July 2026 is a Monday, six weeks from the birth", bidi)

# ---------------------------------------------------------------------------------------------------- babyage
# F born Monday 8 June 2026 (attested 14 June); P born 18 May 2026 (attested 28 May).
ok("ba-dzp-day8-date", BA, "dzp",
   f"{D_DOSE} {D_SLEEP} The HV and the foster carer watch the baby for late withdrawal until day 8, 16 June 2026.",
   "day 8 from 8 June is 16 June", shy)
bad("ba-dzp-day8-date-far", BA, "dzp",
    f"{D_DOSE} {D_SLEEP} The HV and the foster carer watch the baby for late withdrawal until day 8, 30 June 2026.",
    "30 June is day 22, not day 8")
ok("ba-quet-8-week-visit", BA, "quet",
   f"{QUET.removesuffix('.')}, the last at the 8-week visit on 13 July 2026.",
   "8 weeks from 18 May is 13 July")
bad("ba-quet-8-week-visit-early", BA, "quet",
    f"{QUET.removesuffix('.')}, the last at the 8-week visit on 8 June 2026.",
    "8 June is three weeks from the birth, not eight")
ok("ba-po-6-week-check", BA, "po",
   "Chloe's paracetamol raises no concern. Daniel's quetiapine leaves him sedated at night: no co-sleeping with "
   "him on any surface and no night feeds by him. The crib is safe; the GP sees mother and baby at the baby's "
   "6-week check on 29 June 2026 and the HV keeps checking.",
   "the 6-week check six weeks after 18 May")
ok("ba-meth-6-week-antenatal", BA, "sert",
   "Sertraline 100 mg daily goes on, as a relapse would harm her and the baby more than the drug. The ward "
   "midwives watch the baby for 48 h for jitteriness or poor feeding; breastfeeding is fine; the GP reviews her "
   "mood at the baby's 6-week check, expected around 26 June 2026.",
   "before the birth, a 6-week check in late June fits a birth near the EDD")
bad("ba-meth-6-week-antenatal-early", BA, "sert",
    "Sertraline 100 mg daily goes on, as a relapse would harm her and the baby more than the drug. The ward "
    "midwives watch the baby for 48 h for jitteriness or poor feeding; breastfeeding is fine; the GP reviews her "
    "mood at the baby's 6-week check on 23 March 2026.",
    "at 29 weeks on 2 March, no baby can be six weeks old on 23 March")
ok("ba-fo-day-14-visit", BA, "fo",
   "Diazepam and pregabalin go on for now. Both sedate Kayleigh: no bed, sofa or armchair sharing, no feeding "
   "lying down, and the foster carer does the night feeds. Late withdrawal is watched for to day 8; the HV's "
   "day-14 visit to the placement is on 22 June 2026. The foster carer, HV and social worker hold this plan.",
   "day 14 from 8 June is 22 June")
bad("ba-fo-day-14-visit-late", BA, "fo",
    "Diazepam and pregabalin go on for now. Both sedate Kayleigh: no bed, sofa or armchair sharing, no feeding "
    "lying down, and the foster carer does the night feeds. Late withdrawal is watched for to day 8; the HV's "
    "day-14 visit to the placement is on 13 July 2026. The foster carer, HV and social worker hold this plan.",
    "13 July is five weeks from the birth, not day 14")

# ---------------------------------------------------------------------------------------------------- gestation
# L: 32+0 on 1 July 2026; V: 20+0 on 12 August 2026; M: 34+0 on 3 April 2026; C: 36+0 on 9 March 2026.
ok("gs-lith-growth-scan-32", GS, "lith",
   f"{LITH} A growth scan at 32 weeks is booked for 1 July 2026.",
   "32+0 on 1 July 2026 by the record", cyr)
bad("gs-lith-growth-scan-32-late", GS, "lith",
    f"{LITH} A growth scan at 32 weeks is booked for 22 July 2026.",
    "on 22 July she is 35 weeks, three weeks past the 32-week scan")
ok("gs-valp-anomaly-20", GS, "valp",
   f"{VALP} The detailed anomaly scan at 20 weeks is on 12 August 2026.",
   "20+0 on 12 August 2026")
ok("gs-meth-34-weeks-meeting", GS, "mo",
   "Methadone and sertraline go on unchanged. A pre-birth planning meeting at 34 weeks (3 April 2026) agrees the "
   "ward's 72 h NAS scoring and the HV's watch to day 8. Breastfeeding supported. Methadone makes her drowsy, so "
   "no co-sleeping; the HV and social worker see the cot before discharge.",
   "34+0 on 3 April 2026")
bad("gs-meth-34-weeks-meeting-late", GS, "mo",
    "Methadone and sertraline go on unchanged. A pre-birth planning meeting at 34 weeks (24 April 2026) agrees the "
    "ward's 72 h NAS scoring and the HV's watch to day 8. Breastfeeding supported. Methadone makes her drowsy, so "
    "no co-sleeping; the HV and social worker see the cot before discharge.",
    "on 24 April she is 37 weeks, not 34")

# ---------------------------------------------------------------------------------------------------- buying
ok("by-cit-not-buy-nytol", BY, "cit",
   f"{CIT} She has been told not to buy Nytol or Phenergan for sleep, as they would add drowsiness.",
   "advice not to buy sedating antihistamines")
bad("by-cit-may-buy-nytol", BY, "cit",
    f"{CIT} She may buy Nytol from the pharmacy if she cannot sleep.",
    "advice that she may take an unlisted sedating antihistamine")
ok("by-meth-not-purchase-cocodamol", BY, "meth",
   f"{METH} She is not to purchase co-codamol or Nurofen Plus over the counter, as codeine adds to the sedation.",
   "advice not to purchase codeine products")
bad("by-meth-purchase-cocodamol", BY, "meth",
    f"{METH} She can purchase co-codamol over the counter for her back pain.",
    "an unlisted opioid she is told she may take")
ok("by-quet-avoid-buying-sominex", BY, "quet",
   f"{QUET} Daniel was advised to avoid buying Sominex or other sleep aids, which would deepen the sedation.",
   "advice to avoid buying promethazine")
bad("by-quet-buys-sominex", BY, "quet",
    f"{QUET} Daniel also buys Sominex most weeks and takes it with his dose.",
    "an unlisted sedating antihistamine he takes, not on the list")

# ---------------------------------------------------------------------------------------------------- routes
_P_PRESCRIBER = gp_prescriber(RIVERSIDE)


def _p_med(mid: str, name: str, dose: str, reason: str) -> Mutation:
    return add_medicine(medicine(mid, name, dose, "2026-05-22", _P_PRESCRIBER, not_of_concern_reason=reason))


EYE = ("Eye drops for conjunctivitis; barely absorbed, compatible with breastfeeding and no effect on the baby.")
rec("rt-p-chloramphenicol-eye", RT, PASS, P,
    _p_med("med-chloramphenicol", "Chloramphenicol 0.5% eye drops",
           "One drop into the affected eye every two hours for 2 days, then four times a day", EYE),
    "eye drops put in the eye")
rec("rt-p-paracetamol-in-eye", RT, REFUSE, P,
    set_("medicines#med-paracetamol.dose", "1 g into the eye up to four times a day when needed"),
    "tablets put in the eye")
rec("rt-p-emollient-skin", RT, PASS, P,
    _p_med("med-emollient", "Hydromol ointment", "Apply to the dry skin of the hands twice a day and after washing",
           "A paraffin emollient for hand eczema; not absorbed and no effect on the baby or breastfeeding."),
    "an ointment spread on the skin")
rec("rt-p-paracetamol-on-skin", RT, REFUSE, P,
    set_("medicines#med-paracetamol.dose", "1 g rubbed onto the skin up to four times a day when needed"),
    "tablets rubbed on the skin")
rec("rt-p-nasal-spray", RT, PASS, P,
    _p_med("med-beclometasone", "Beclometasone 50micrograms/dose nasal spray",
           "Two sprays into each nostril twice a day",
           "A steroid nasal spray for hay fever; tiny doses, compatible with breastfeeding, no effect on the baby."),
    "a nasal spray up the nose")
rec("rt-quet-tablets-nostril", RT, REFUSE, P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) into the nostril at night"),
    "tablets put up the nose")
bad("rt-meth-given-im", RT, "meth",
    "Methadone 60 mg once daily goes on, to be given IM by the drug service nurse. "
    f"{M_WATCH} {M_FEED} {M_SLEEP}",
    "the listed oral solution given intramuscularly")
ok("rt-mo-vitamin-k-im", RT, "mo",
   f"{MO} The baby has vitamin K given IM at birth, with her agreement.",
   "the baby's vitamin K given IM, not the listed medicines")
bad("rt-sert-applied-to-skin", RT, "sert",
    "Sertraline 100 mg daily is applied to the skin, as a relapse would harm her and the baby more than the drug. "
    "The ward midwives watch the baby for 48 h; breastfeeding is fine; GP mood review at the 6-week check.",
    "tablets applied to the skin")

# ---------------------------------------------------------------------------------------------------- holders
bad("hd-meth-late-mother-helps", HD, "meth",
    f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing; her late mother will do "
    "the night feeds for the first weeks.",
    "a dead relative given the night feeds; nobody else holds safe sleep")
ok("hd-meth-dead-relative-beside-carer", HD, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing. Her mother died last "
   "year, so her sister, who moves in after the birth, does the night feeds and the HV checks the moses basket.",
   "a dead relative named, the nights held by a living sister")
ok("hd-mo-dr-porter", HD, "mo",
   "Methadone and sertraline go on at the same doses. Dr Porter, the neonatal registrar, reviews the baby at 24 h "
   "and the ward midwives score it for 72 h; the HV watches to day 8. Breastfeeding supported. Methadone makes her "
   "drowsy, so no co-sleeping; the HV and social worker see the cot before discharge.",
   "Porter is a surname with a title and a role")
bad("hd-meth-the-porter", HD, "meth",
    f"{M_DOSE} The ward porter watches the baby for withdrawal after birth. {M_FEED} {M_SLEEP}",
    "a porter given the withdrawal watch")
ok("hd-meth-probation-own-work", HD, "meth",
   f"{METH} Her probation officer knows the plan and reminds her of her drug service appointments.",
   "a probation officer doing a probation officer's work beside the real watchers")
bad("hd-meth-probation-watches", HD, "meth",
    f"{M_DOSE} Her probation officer will check the baby for withdrawal signs when he visits. {M_FEED} {M_SLEEP}",
    "a probation officer given the baby's withdrawal watch")
bad("hd-lith-aunt-does-levels", HD, "lith",
    LITH_NOBABY + " Her aunt will take the baby's lithium level after the birth and see to its review.",
    "a relative taking the baby's level, with no paediatric review")

# ---------------------------------------------------------------------------------------------------- refusals
ok("rf-meth-she-declined-stay", RF, "meth",
   f"{M_DOSE} She turned down a side room, so the ward midwives score the baby 4-hourly for 72 h on the main ward "
   f"and the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "a refusal by her of another offer, the watch held", cyr)
bad("rf-meth-ward-turned-down", RF, "meth",
    f"{M_DOSE} The postnatal ward turned down our request to score the baby for NAS after birth. {M_FEED} {M_SLEEP}",
    "the ward refuses the only withdrawal watch")
bad("rf-lith-paeds-refused", RF, "lith",
    LITH_NOBABY + " The paediatric team refused to review the baby after the birth.",
    "the paediatric review of the baby refused by its holder, nothing in its place")
ok("rf-lith-paeds-refused-then-agreed", RF, "lith",
   LITH_NOBABY + " The paediatric team first refused to review the baby, but agreed after the perinatal team "
   "called: the paediatrician reviews the baby after birth.",
   "a refusal taken back in its sentence and the review held", cyr)
bad("rf-dzp-carer-turned-down", RF, "dzp",
    f"{D_DOSE} {D_SLEEP} The HV and the foster carer have both turned down watching the baby for late withdrawal.",
    "the withdrawal watch refused by both its holders, nobody else holds it")

# ---------------------------------------------------------------------------------------------------- nights
ok("nt-quet-gran-stays-over", NT, "quet",
   f"{Q_HEAD} {Q_NIGHT} Chloe gives the night feeds, and on the nights her mother stays over, her mother does; the "
   "baby sleeps in its own crib and the HV checks it at each visit.",
   "nights shared between the mother and the grandmother", shy)
bad("nt-quet-every-other-night", NT, "quet",
    f"{Q_HEAD} He and Chloe take the night feeds every other night so she can rest; the baby sleeps in its own crib "
    "and the HV checks it at each visit.",
    "the sedated father does every other night")
ok("nt-quet-evening-bottle", NT, "quet",
   f"{Q_HEAD} He gives the 7 pm bottle before his dose and does nothing for the baby after it; Chloe sees to the "
   "baby through the night, which the HV checks at each visit. He never sleeps with the baby on a bed or sofa.",
   "an evening bottle before the dose, the night kept by Chloe")
bad("nt-quet-2am-bottle", NT, "quet",
    f"{Q_HEAD} He gives the 2 am bottle so that Chloe can get some sleep; he never sleeps with the baby on a bed or "
    "sofa and the HV checks the crib at each visit.",
    "the sedated father given the small-hours bottle")
bad("nt-dzp-she-does-2am", NT, "dzp",
    f"{D_DOSE} Diazepam and pregabalin together make Kayleigh drowsy at night. She will give the 2 am feed herself. "
    f"{D_WATCH}",
    "'she' after the sedation sentence given the night feed", bidi)
ok("nt-dzp-carer-listed-taker-none", NT, "dzp",
   f"{D_DOSE} Both sedate Kayleigh, so she shares no bed or sofa with the baby and does no night feeds; the foster "
   f"carer, who takes no sedating medicine, does every night feed. {D_WATCH}",
   "the foster carer, who takes nothing sedating, does the nights")
bad("nt-quet-when-chloe-away", NT, "quet",
    f"{Q_HEAD} He never sleeps with the baby on a bed, sofa or armchair. Chloe does the nights, except that Daniel "
    "does the night feeds when Chloe is away at her sister's; the HV checks the crib at each visit.",
    "the sedated father the lone night carer when she is away")
ok("nt-quet-when-chloe-away-sister", NT, "quet",
   f"{Q_HEAD} {Q_NIGHT} Chloe does the nights; when she is away overnight, her sister stays and does them, and the "
   "baby sleeps in its own crib, which the HV checks at each visit.",
   "when the mother is away, another unsedated adult does the nights")
bad("nt-po-weekends-daniel", NT, "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine leaves him deeply asleep at night; he shares no "
    "bed, sofa or armchair with the baby, and at weekends he does the night feeds. The crib was seen and is safe; "
    "the HV keeps checking.",
    "the sedated father does the nights at weekends")

# ---------------------------------------------------------------------------------------------------- conditions
ok("cd-meth-should-preterm", CD, "meth",
   f"{M_DOSE} Should the baby come before 37 weeks, it is scored on the neonatal unit; otherwise the ward "
   f"midwives score it 4-hourly for 72 h, and the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "an inverted conditional that can hold, with the term plan beside it")
bad("cd-meth-should-before-20", CD, "meth",
    f"{M_DOSE} Should the baby be born before 20 weeks, the ward midwives will score it for NAS. {M_FEED} "
    f"{M_SLEEP}",
    "the only withdrawal watch under a birth before 20 weeks, at 29 weeks now")
bad("cd-lith-were-at-18", CD, "lith",
    LITH_NOBABY + " Were the baby born at 18 weeks, the paediatrician would review it.",
    "the baby's review only under a birth at 18 weeks, which cannot hold at 24 weeks now")
ok("cd-cit-if-early-scbu", CD, "cit",
   f"{C_DOSE} If she delivers before 34 weeks the baby goes to SCBU, where the nurses watch it; at term the "
   f"midwife observes it for 48 h for jitteriness, poor feeding and fast breathing; {C_REST}",
   "a preterm condition that can hold, with the term watch")
bad("cd-meth-if-by-16", CD, "meth",
    f"{M_DOSE} If she delivers by 16/40, the ward midwives score the baby for 72 h and the HV to day 8. {M_FEED} "
    f"{M_SLEEP}",
    "the withdrawal watch only under a birth by 16 weeks, at 29 weeks now")

# ---------------------------------------------------------------------------------------------------- sofa
ok("sf-quet-never-chair", SF, "quet",
   f"{Q_HEAD} He must never fall asleep on the sofa or in a chair with the baby, and we would never allow it; he "
   f"does no night feeds. {Q_REST}",
   "sofa and chair sleep forbidden under 'never'", fw)
bad("sf-quet-would-not-stop-armchair", SF, "quet",
    f"{Q_HEAD} He does no night feeds. We would not stop him napping in the armchair with the baby after his dose. "
    f"{Q_REST}",
    "chair sleeping with a sedated father allowed under negation")
bad("sf-dzp-no-objection-settee", SF, "dzp",
    f"{D_DOSE} Kayleigh must not feed lying down and the foster carer does every night feed, but there is no "
    f"objection to her sleeping on the settee with the baby in the day. {D_WATCH}",
    "settee sleeping with a sedated mother allowed by 'no objection'")
ok("sf-dzp-no-settee-ever", SF, "dzp",
   f"{D_DOSE} Both sedate Kayleigh: at no time may she sleep on a settee, couch or chair with the baby, nor feed it "
   f"lying down; the foster carer does every night feed. {D_WATCH}",
   "settee and chair sleeping forbidden 'at no time'")
bad("sf-po-couch-not-a-problem", SF, "po",
    "Chloe's paracetamol raises no concern. Daniel gives no night feeds after his quetiapine, but him dozing on the "
    "couch with the baby after his dose is not a problem. The crib was seen and is safe; the HV keeps checking.",
    "couch sleeping with the sedated father allowed")

# ---------------------------------------------------------------------------------------------------- withdrawn
ok("wn-meth-transfer-replaced", WN, "meth",
   f"{M_DOSE} The planned transfer to the neonatal unit for scoring has been cancelled; instead the ward midwives "
   f"score the baby 4-hourly for 72 h at her bedside, and the HV watches to day 8. {M_FEED} {M_SLEEP}",
   "a named plan withdrawn and replaced by a better one", cyr)
bad("wn-meth-scoring-cancelled", WN, "meth",
    f"{M_DOSE} The NAS scoring on the postnatal ward has been cancelled because of staffing, and no other "
    f"arrangement has been made. {M_FEED} {M_SLEEP}",
    "the only withdrawal watch withdrawn with nothing in its place", cyr)
ok("wn-lith-review-moved", WN, "lith",
   LITH_NOBABY + " The paediatric clinic review of the baby has been withdrawn because the paediatrician now sees "
   "the baby on the postnatal ward within 24 hours of birth instead.",
   "a plan withdrawn for a sooner one")
bad("wn-lith-review-dropped", WN, "lith",
    LITH_NOBABY + " The paediatric review of the baby after birth has been withdrawn and will not be rebooked.",
    "the baby's review withdrawn bare")
bad("wn-dzp-watch-cancelled", WN, "dzp",
    f"{D_DOSE} {D_SLEEP} The watch for late withdrawal in the placement has since been cancelled; nothing else has "
    "been set up.",
    "the withdrawal watch cancelled, nothing in its place")

# ---------------------------------------------------------------------------------------------------- regimen
ok("rg-meth-line-beside-plan", RG, "meth",
   "Methadone 60 mg (60 ml) once daily, supervised consumption. Baby: NAS scoring 4-hourly for 72 h by the ward "
   "midwives, the HV to day 8; breastfeeding supported; no bed or sofa sharing, as she is drowsy after dosing.",
   "a regimen line beside the baby's plan", zwsp)
bad("rg-meth-line-only", RG, "meth",
    "Methadone 60 mg (60 ml) once daily, supervised consumption, continues. The baby's observation, feeding and "
    "sleep were all discussed at the planning meeting.",
    "only the regimen line, the baby set aside as discussed")
bad("rg-cit-line-and-considered", RG, "cit",
    "Citalopram 20 mg once daily carries on. Neonatal adaptation and breastfeeding have been taken into account.",
    "the regimen line, the baby only 'taken into account'")
ok("rg-dzp-lines-then-plan", RG, "dzp",
   "Diazepam 5 mg three times a day; pregabalin 150 mg twice a day; both continue, the diazepam to be reduced from "
   "the 6-week review. Both sedate Kayleigh, so no co-sleeping or feeding lying down; the foster carer does the "
   "nights; the HV and foster carer watch for late withdrawal to day 8.",
   "both regimen lines, then the baby's plan")
bad("rg-dzp-lines-likewise", RG, "dzp",
    "Diazepam 5 mg three times a day continues. Pregabalin 150 mg twice a day likewise. Sleep, feeding and "
    "withdrawal to be covered at the placement meeting.",
    "regimen lines with the baby deferred to a meeting")

# ---------------------------------------------------------------------------------------------------- babywords
ok("bw-cit-pointer-beside-plan", BW, "cit",
   f"{C_DOSE} {C_WATCH}, as set out in the maternity adaptation guideline; {C_REST}",
   "a guideline beside the baby's own plan", bidi)
bad("bw-cit-baby-only-pointer", BW, "cit",
    "Citalopram 20 mg daily goes on, as relapse is the bigger risk; the GP reviews her mood at 6 weeks. As to the "
    "baby's checks after the birth and its feeding, refer to the maternity guideline.",
    "the baby only in a pointer")
bad("bw-sert-cut-off", BW, "sert",
    "Sertraline 100 mg daily goes on for her mood, as relapse is the bigger risk, and the GP reviews her at 6 weeks. "
    "After the birth the ward midwives will watch the baby for signs of",
    "the baby only in a clause cut off")
ok("bw-meth-objectless-fixed", BW, "meth",
   f"{M_DOSE} As for the baby after birth, the ward midwives are looking after it and scoring it 4-hourly for 72 h, "
   f"and the HV watches to day 8. {M_FEED} {M_SLEEP}",
   "a fronted topic with its acts and objects")
bad("bw-meth-objectless", BW, "meth",
    f"{M_DOSE} As for the baby after the birth, the ward team are looking. {M_FEED} {M_SLEEP}",
    "a fronted topic whose only act has no object")
bad("bw-lith-baby-withdrawn", BW, "lith",
    LITH_NOBABY + " The paediatrician was to see the baby after birth, but this arrangement has now been cancelled.",
    "the baby only in a cancelled plan")

# ---------------------------------------------------------------------------------------------------- readers
bad("rd-meth-whoever-picks-up", RD, "meth",
    f"{M_DOSE} Whoever picks this up on the labour ward should arrange the baby's withdrawal scoring. {M_FEED} "
    f"{M_SLEEP}",
    "the reader given the withdrawal watch", shy)
ok("rd-meth-named-role-picks-up", RD, "meth",
   f"{M_DOSE} The labour ward coordinator who picks up her care on admission arranges the baby's NAS scoring, "
   f"which the ward midwives do 4-hourly for 72 h; the HV watches to day 8. {M_FEED} {M_SLEEP}",
   "a named role picks up the care and the midwives hold the watch")
bad("rd-dzp-whoever-reads", RD, "dzp",
    f"{D_DOSE} {D_SLEEP} Whoever takes this on at the placement will need to watch the baby for late withdrawal.",
    "the reader given the withdrawal watch")
ok("rd-dzp-foster-carer-takes-on", RD, "dzp",
   f"{D_DOSE} {D_SLEEP} The foster carer, who takes this placement on, watches the baby for late withdrawal to day "
   "8 with the HV.",
   "the foster carer taking the placement on")

# ---------------------------------------------------------------------------------------------------- stays
bad("st-meth-one-day-stay", ST, "meth",
    f"{M_DOSE} After a one-day postnatal stay, during which the ward midwives score the baby 4-hourly for 72 h, "
    f"the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
    "a 72 h ward watch inside a one-day stay")
ok("st-cit-hourly-day", ST, "cit",
   f"{C_DOSE} The midwife does hourly observations of the baby for the first 24 hours, 24 sets, then 4-hourly to "
   f"48 h, for jitteriness, poor feeding and fast breathing; {C_REST}",
   "hourly for 24 hours is 24 sets", greek)
bad("st-cit-hourly-day-wrong", ST, "cit",
    f"{C_DOSE} The midwife does hourly observations of the baby for the first 24 hours, 6 sets in all, looking "
    f"for jitteriness, poor feeding and fast breathing; {C_REST}",
    "hourly for 24 hours cannot be 6 sets")
ok("st-meth-every-hour-12", ST, "mo",
   "Methadone and sertraline go on at the same doses. The ward midwives score the baby every hour for the first "
   "12 hours, 12 scores, then 4-hourly to 72 h; the HV watches to day 8. Breastfeeding supported. Methadone makes "
   "her drowsy, so no co-sleeping; the HV and social worker see the cot before discharge.",
   "every hour for 12 hours is 12 scores")
bad("st-meth-every-hour-12-wrong", ST, "mo",
    "Methadone and sertraline go on at the same doses. The ward midwives score the baby every hour for the first "
    "12 hours, 40 scores. After that they score it 4-hourly to 72 h; the HV watches to day 8. Breastfeeding supported. Methadone makes "
    "her drowsy, so no co-sleeping; the HV and social worker see the cot before discharge.",
    "every hour for 12 hours cannot be 40 scores")


# ---------------------------------------------------------------------------------------------------- more good work
ok("wd-meth-fri-numeric", WD, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing; the HV sees the moses "
   "basket on Fri 01/05/2026, two weeks before the EDD.",
   "'Fri' beside 01/05/2026, a Friday")
ok("wd-fo-tuesday-day8", WD, "fo",
   "Diazepam and pregabalin go on for now. Both sedate Kayleigh: no bed, sofa or armchair sharing, no feeding "
   "lying down, and the foster carer does the night feeds. The foster carer and HV watch for late withdrawal until "
   "day 8, Tuesday 16 June 2026; the social worker holds this plan with them.",
   "day 8 is Tuesday 16 June 2026: weekday and age both right")
ok("gs-lith-36-week-appointment", GS, "lo",
   "Continue lithium (Priadel) 800 mg at night. Levels monthly; the 36-week appointment on 29 July 2026 starts the "
   "weekly levels, with one within 24 hours of birth. The paediatrician reviews the baby after birth. Breastfeeding "
   "not advised; she will bottle feed. The perinatal mental health team sees her within a week of the birth.",
   "36+0 on 29 July 2026", shy)
rec("rt-p-clotrimazole-skin", RT, PASS, P,
    _p_med("med-clotrimazole", "Clotrimazole 1% cream", "Apply thinly to the affected skin two or three times a day",
           "A topical antifungal for intertrigo; barely absorbed, no effect on the baby or on breastfeeding."),
    "a cream on the skin")
ok("rf-quet-he-turned-down-sharing", RF, "quet",
   f"{Q_HEAD} He turned down sharing the night feeds, as the quetiapine leaves him too drowsy, and he never sleeps "
   "with the baby on a bed, sofa or armchair. Chloe does the nights; the HV checks the crib at each visit.",
   "the sedated father turns down the nights")
ok("nt-dzp-carers-alternate", NT, "dzp",
   f"{D_DOSE} Both sedate Kayleigh: she must not co-sleep or feed the baby lying down. The foster carer and her "
   f"husband take the night feeds every other night between them. {D_WATCH}",
   "two unsedated foster carers alternate the nights", cyr)
ok("nt-quet-spare-room", NT, "quet",
   f"{Q_HEAD} He takes it at 10 pm and sleeps in the spare room; Chloe sees to the baby through the night, and the "
   "baby sleeps in its own crib, which the HV checks at each visit. He never dozes with the baby on a sofa.",
   "the mother through the night, the father in another room")
ok("cd-valp-were-she-to-stop", CD, "valp",
   f"{VALP} Were she to stop valproate suddenly, seizures could harm her and the baby.",
   "an inverted conditional giving the reason the dose stands")
ok("sf-meth-not-even-a-minute", SF, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} Methadone makes her drowsy, so no sleeping on the sofa or in an armchair with the "
   "baby, not even for a minute; the HV checks the moses basket at home.",
   "sofa and armchair sleep forbidden under 'not even'", bidi)
ok("wn-mo-home-birth-withdrawn", WN, "mo",
   "Methadone and sertraline go on at the same doses. The home birth plan has been withdrawn in favour of a "
   "hospital birth, so the ward midwives can score the baby for 72 h; the HV then watches to day 8. Breastfeeding "
   "supported. Methadone makes her drowsy, so no co-sleeping; the HV and social worker see the cot.",
   "a plan withdrawn for a better one")
ok("bw-meth-see-also-guideline", BW, "meth",
   f"{M_DOSE} Baby: the ward midwives score it 4-hourly for 72 h, following the trust NAS guideline (see also), and "
   f"the HV looks for late signs to day 8. {M_FEED} {M_SLEEP}",
   "a guideline pointer beside the baby's own plan")
ok("rd-quet-hv-picks-up", RD, "quet",
   f"{Q_HEAD} {Q_NIGHT} Chloe does the nights; the HV who picks up the family at the new birth visit checks the "
   "crib at each visit after that.",
   "a named role picks up the family")
ok("st-meth-hourly-first-day", ST, "meth",
   f"{M_DOSE} After the birth the ward midwives observe the baby hourly for the first day, then score it 4-hourly "
   f"until 72 h, and the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "hourly observations for a day, then the rest of the watch")


# ---------------------------------------------------------------------------------------------------- traps
# Good work whose words sit near the surfaces the newest readings look at.
ok("wd-quet-sat-abbrev", WD, "quet",
   f"{Q_HEAD} {Q_NIGHT} Chloe does the nights and the baby sleeps in its own crib; the HV looks at it again on "
   "Sat 30 May 2026 and at each visit after.",
   "'Sat' (also a word) beside 30 May 2026, a Saturday", shy)
ok("wd-meth-on-sat-abbrev", WD, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing; the HV sees the moses "
   "basket on Sat 18 April 2026.",
   "'Sat' beside 18 April 2026, a Saturday, in a plan after the record was written")
ok("wd-meth-friday-the-ordinal", WD, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing; the HV sees the moses "
   "basket on Friday the 17th of April 2026.",
   "'Friday the 17th of April 2026' is a Friday")
ok("ba-dzp-blood-spot-day5-done", BA, "dzp",
   f"{DZP} The blood spot was taken on day 5 (13 June 2026) and was normal.",
   "day 5 from 8 June was 13 June, before the record was signed")
ok("ba-fo-visits-to-8-weeks", BA, "fo",
   "Diazepam and pregabalin go on for now. Both sedate Kayleigh: no bed, sofa or armchair sharing, no feeding lying "
   "down, and the foster carer does the night feeds. The foster carer and HV watch for late withdrawal to day 8; "
   "the HV then visits to 8 weeks, the last on 3 August 2026, and the social worker holds the plan with them.",
   "visits to 8 weeks ending on the day eight weeks from the birth", greek)
ok("gs-meth-now-29-weeks", GS, "meth",
   f"She is now 29 weeks. {METH}",
   "a present gestation the record gives on the day", cyr)
ok("gs-meth-booked-10-weeks-dated", GS, "sert",
   "Booked at 10 weeks on 17 October 2025, already on sertraline. Sertraline 100 mg daily goes on, as a relapse "
   "would harm her and the baby more than the drug. The ward midwives watch the baby for 48 h for jitteriness or "
   "poor feeding; breastfeeding is fine; GP mood review at the 6-week check.",
   "a past gestation tied to its right date", shy)
ok("rt-sert-eye-contact", RT, "sert",
   f"{SERT} Her mood is good on it: at review she keeps good eye contact and talks warmly about the baby.",
   "'eye contact' beside tablets is not a route")
ok("rt-meth-skin-to-skin", RT, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} Skin-to-skin contact after birth is encouraged, awake. {M_SLEEP}",
   "'skin-to-skin' beside an oral solution is not a route", zwsp)
ok("rt-meth-stuffy-nose-sign", RT, "meth",
   f"{M_DOSE} After the birth the ward midwives score the baby 4-hourly for 72 h for tremor, a high-pitched cry, "
   f"sneezing and a stuffy nose, and the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "'nose' as a withdrawal sign beside methadone", cyr)
ok("hd-meth-since-mothers-death", HD, "meth",
   f"{M_DOSE} {M_WATCH} {M_FEED} She is drowsy after each dose, so no bed or sofa sharing. Since her mother's death "
   "her aunt has moved in and does the night feeds; the HV checks the moses basket.",
   "a death told as history, the nights held by a living aunt")
ok("rf-meth-drug-service-turned-down-reduction", RF, "meth",
   f"{M_DOSE} The drug service turned down her request to reduce before the birth, as a reduction risks relapse. "
   f"{M_WATCH} {M_FEED} {M_SLEEP}",
   "a service refusing a dose reduction, not the baby's care", greek)
ok("cd-meth-should-scores-rise", CD, "meth",
   f"{M_DOSE} {M_WATCH} Should the scores rise above 8 twice, the baby goes to the neonatal unit for treatment. "
   f"{M_FEED} {M_SLEEP}",
   "an inverted conditional about scores, not a birth", bidi)
ok("sf-mo-nobody-on-sofa", SF, "mo",
   f"{MO} Nobody should fall asleep with the baby on a sofa or in a chair.",
   "'nobody should' sleep on a sofa with the baby", zwsp)
ok("wn-meth-scbu-referral-withdrawn", WN, "meth",
   f"{M_DOSE} The SCBU referral was withdrawn, as the transitional care team on the postnatal ward now scores the "
   f"baby 4-hourly for 72 h, and the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "a referral withdrawn with a better arrangement in its place", shy)
ok("bw-meth-we-will-see-how", BW, "meth",
   f"{M_DOSE} After the birth the ward midwives will see how the baby feeds and score it 4-hourly for 72 h; the HV "
   f"looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "'see how the baby feeds' has its object", zwsp)
ok("bw-meth-looking-out-for", BW, "meth",
   f"{M_DOSE} The ward team are looking out for tremor, sneezing and poor feeding in the baby for 72 h after birth, "
   f"and the HV until day 8. {M_FEED} {M_SLEEP}",
   "'looking out for' with its objects")
ok("rd-meth-whichever-midwife", RD, "meth",
   f"{M_DOSE} Whichever midwife is on shift scores the baby 4-hourly for 72 h on the postnatal ward, and the HV "
   f"looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "the midwife on shift holds the scoring, not the reader", greek)
ok("st-meth-not-one-day", ST, "meth",
   f"{M_DOSE} A one-day stay is not enough: she stays at least three days so the ward midwives can score the baby "
   f"4-hourly for 72 h, and the HV looks for late signs until day 8. {M_FEED} {M_SLEEP}",
   "a one-day stay ruled out for the watch", bidi)
ok("st-cit-hourly-six", ST, "cit",
   f"{C_DOSE} The midwife checks the baby's breathing and colour hourly for the first 6 hours, 6 sets. She then "
   f"watches it to 48 h for jitteriness and poor feeding; {C_REST}",
   "hourly for 6 hours is 6 sets", zwsp)


# ---------------------------------------------------------------------------------------------------- more traps
ok("wd-valp-weds", WD, "valp",
   f"{VALP} The neurologist sees her on Weds 27 May 2026.",
   "'Weds' beside 27 May 2026, a Wednesday")
bad("wd-valp-weds-wrong", WD, "valp",
    f"{VALP} The neurologist sees her on Weds 28 May 2026.",
    "28 May 2026 is a Thursday, not a Wednesday")
ok("wd-quet-monday-no-year", WD, "quet",
   f"{QUET} The next visit is Monday 1 June.",
   "Monday 1 June, in a record written on 28 May 2026, is a Monday")
bad("wd-quet-tuesday-no-year", WD, "quet",
    f"{QUET} The next visit is Tuesday 1 June.",
    "1 June after a record written on 28 May 2026 is a Monday: the visit is on two days at once")
ok("ba-quet-now-10-days", BA, "quet",
   f"{QUET} The baby, now 10 days old, is feeding and gaining well.",
   "ten days old on the day the record was written")
bad("ba-quet-now-3-weeks", BA, "quet",
    f"{QUET} The baby, now 3 weeks old, is feeding and gaining well.",
    "the baby was ten days old when the record was written")
ok("ba-dzp-day3-done", BA, "dzp",
   f"{DZP} On day 3 of life, 11 June 2026, the baby was feeding well with no withdrawal signs.",
   "day 3 was 11 June, before the record was signed")
ok("gs-meth-30-weeks-consultant", GS, "meth",
   f"{METH} At 30 weeks (9 March 2026) she sees the consultant obstetrician.",
   "30+3 on 9 March 2026")
bad("gs-meth-34-weeks-consultant", GS, "meth",
    f"{METH} At 34 weeks (9 March 2026) she sees the consultant obstetrician.",
    "on 9 March she is 30 weeks, not 34")
ok("nt-quet-other-nights-gran", NT, "quet",
   f"{Q_HEAD} {Q_NIGHT} Chloe does most nights; on other nights her mother comes over and does them. The baby "
   "sleeps in its own crib, which the HV checks.",
   "'on other nights' given to the unsedated grandmother", greek)
ok("sf-quet-under-no-circumstances", SF, "quet",
   f"{Q_HEAD} He does no night feeds; under no circumstances should he sleep on the sofa or in a chair with the "
   f"baby. {Q_REST}",
   "sofa and chair sleeping forbidden 'under no circumstances'")
ok("wn-meth-reduction-plan-withdrawn", WN, "meth",
   "The plan to reduce methadone before the birth has been withdrawn: methadone 60 mg once daily now continues "
   f"unchanged. {M_WATCH} {M_FEED} {M_SLEEP}",
   "a plan for her dose withdrawn, the dose decided and the baby's plan held")
ok("rd-dzp-whoever-night-rule", RD, "dzp",
   f"{D_DOSE} Both sedate Kayleigh, so she must not co-sleep or feed lying down. Whoever gives the night feeds must "
   f"have taken no sedating medicine; in this placement that is the foster carer. {D_WATCH}",
   "'whoever' as a rule, then the holder named")


if __name__ == "__main__":  # pragma: no cover
    counts = Counter((c.category, c.expect) for c in F129CASES)
    for cat in CATEGORIES:
        print(f"{cat:12} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(f"total {len(F129CASES)}: refuse {sum(c.expect == REFUSE for c in F129CASES)}, "
          f"pass {sum(c.expect == PASS for c in F129CASES)}")
