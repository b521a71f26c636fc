"""A hundred-and-fortieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt
against the last stop's newest readings (CHANGELOG [Unreleased] / Fixed, fresh136 to fresh139 and mutation round 44).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About 80% is complete, careful work that legitimately uses the surfaces the newest readings refuse;
the rest is the defect itself where it sharpens the point:

* ``ended``: clinics cancelled and rebooked, a crib returned once the cot came, the night plan changed to the
  grandmother, a carer replaced; against a watch called off, a crib gone back, night feeds fallen through;
* ``gone``: a retired GP named as history, "Dr A leaves in May and Dr B takes over the reviews", a relative
  retired; against a review or a level left with someone who retired, left or moved;
* ``levels``: thyroid, kidney, folate and vitamin D checks beside lithium levels and the baby's watch; against a
  bare "levels monthly" in place of the withdrawal watch and safe sleep;
* ``postponed``: a lithium level moved a week for a bank holiday with its new date; against levels put off,
  hedged or started late;
* ``nights``: the sedated parent doing days, the carer or grandmother every night, a taper beside it; against
  the sedated mother's night feeds, nights kept only when untreated, a sofa on dose-free nights;
* ``place``: the mother visiting a relative while the baby stays in the placement, a further watch ended at
  day 8 as planned, crib checks kept; against the baby going with her, a watch dropped at the ward, checks dropped;
* ``sleepna``: "not applicable" true with a kinship carer apart from her, said with the carer's plan; against it
  where the baby is in her care;
* ``passive``: a previous baby weighed and treated for NAS told in an antenatal record, the born baby's care in a
  postnatal one; against this unborn baby told as given, weighed or immunised;
* ``firstbaby``: "this is her first baby", a first baby named beside this one; against a dated first baby's care
  standing in for this baby's;
* ``numbers``: lithium results that can be, dated checks by days and weeks, a watch to day 8 then a later visit;
  against a level above 10 mmol/L, a dated check its age cannot reach, a watch ending early, counts that overfill
  a day;
* ``doses``: "up to 4 times a day, no more than 4 g in 24 hours", stricter ceilings, oral forms; against a ceiling
  above dose x count and an oral form given as an injection or patch;
* ``remote``: a phone call followed by a home visit to weigh, a cot shown on video; against weighing or examining
  at a call;
* ``handover``: what a carer knows beside what the carer does; against topics handed over alone;
* ``harm``: another medicine's safety or a risk not ruled out; against harm to the unborn denied overall;
* ``disguise``: about a fifth, texts in look-alike letters, zero-width characters, soft hyphens, bidi marks and
  full width; the verdict equals the plain one.

Every date was checked with datetime against the base record's dates (M EDD 2026-05-15, 29+2 on 2026-03-02; C EDD
2026-04-06, 32+1 on 2026-02-10; L EDD 2026-08-26, 24+0 on 2026-05-06; V EDD 2026-12-30, 8+0 on 2026-05-20; F born
2026-06-08, assessed 2026-06-12; P born 2026-05-18, assessed 2026-05-28). Medicines named here are real; no
clinical code is invented (no coded medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh140_cases`` for the counts per category.
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

F140CASES: list[Case] = []

CATEGORIES = (
    "ended",
    "gone",
    "levels",
    "postponed",
    "nights",
    "place",
    "sleepna",
    "passive",
    "firstbaby",
    "numbers",
    "doses",
    "remote",
    "handover",
    "harm",
    "disguise",
)

EN, GN, LV, PP, NT, PLC, SN, PS, FB, NU, DS, RM, HO, HM, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F140CASES.append(Case(f"f140-{name}", category, expect, base, mutate, why))


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
    "d-dzp": (F, _at("medicines#med-diazepam.dose")),
    "d-pgb": (F, _at("medicines#med-pregabalin.dose")),
    "d-quet": (P, _at("medicines#med-partner-quetiapine.dose")),
    "d-para": (P, _at("medicines#med-paracetamol.dose")),
}

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
METH_HEAD = (
    "Jodie stays on methadone 60 mg once a day, taken supervised at her pharmacy, with no change planned before "
    "delivery."
)
METH_WATCH = (
    "The baby will stay on the postnatal ward for at least 72 hours of NAS scoring by the ward midwives, and after "
    "discharge the health visitor checks for late withdrawal signs at home visits up to day 8."
)
METH_FEED = "Breastfeeding is recommended, as it can lessen withdrawal, and the infant feeding team will support her."
METH_SLEEP = (
    "Methadone can make her sleepy, so the baby must sleep in his own cot and never in her bed or on a sofa with "
    "her; social worker Marcus Reed and the HV will see the cot before discharge."
)
METH = " ".join((METH_HEAD, METH_WATCH, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg once a day should carry on, since stopping risks a return of Jodie's depression late in "
    "pregnancy. The ward midwives watch the baby for 48 hours after birth for jitteriness, fast breathing and "
    "feeding problems; sertraline is compatible with breastfeeding. Her GP reviews her mood at the 6-week postnatal "
    "check."
)
MO = (
    "Methadone 60 mg and sertraline 100 mg both continue unchanged. After delivery the baby stays on the postnatal "
    "ward for at least 72 hours of withdrawal and adaptation observation, and the HV checks for late signs at home "
    "until day 8. Breastfeeding is recommended. Because methadone can make Jodie drowsy, the baby sleeps in his own "
    "cot and never shares her bed or a sofa; Marcus Reed and the HV see the cot before he goes home. Her GP reviews "
    "her mood at six weeks."
)
CIT = (
    "Megan continues citalopram 20 mg once a day, as her anxiety and depression came back when she stopped it "
    "before. The midwives observe the baby for 48 hours after delivery for jitteriness, poor feeding and breathing "
    "problems; she can breastfeed on citalopram. Dr McAllister reviews her mood at the 6-week postnatal check."
)
CO = (
    "Citalopram 20 mg once a day continues through pregnancy and while breastfeeding. The midwives watch the baby "
    "for 48 hours after delivery for signs of poor adaptation, and the GP reviews Megan's mood at the 6-week "
    "postnatal check."
)
LITH_HEAD = "Rebecca continues Priadel (lithium) 800 mg at night, as her bipolar disorder has relapsed badly off it."
LITH_LEVELS = "Lithium levels are taken every 4 weeks until 36 weeks, then weekly, and within 24 hours of delivery."
LITH_BABY = (
    "After birth a paediatrician examines the baby for floppiness, poor feeding and thyroid problems; she will "
    "bottle feed, as lithium passes into breast milk."
)
LITH = " ".join((LITH_HEAD, LITH_LEVELS, LITH_BABY))
LO = (
    "Lithium (Priadel) 800 mg at night continues because of her high risk of relapse. Levels every 4 weeks until 36 "
    "weeks, then weekly, and within 24 hours of delivery. The paediatrician examines the baby after birth, and she "
    "plans to bottle feed. The perinatal mental health team sees Rebecca within a week of the birth."
)
VALP_HEAD = (
    "Hannah continues sodium valproate 500 mg twice a day until her urgent neurology appointment, because a sudden "
    "stop could bring on seizures that are dangerous for her and the pregnancy."
)
VALP_BABY = (
    "Her baby has been exposed through the first trimester, with about a 1 in 10 risk of a major malformation and a "
    "risk to later development, so she is referred to fetal medicine for early review and a detailed anomaly scan; "
    "she started folic acid 5 mg daily today."
)
VALP = " ".join((VALP_HEAD, VALP_BABY))
VO = (
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review and must not be stopped "
    "suddenly. The unborn baby was exposed in the first trimester, with a high risk of malformation and of "
    "developmental problems, so neurology and fetal medicine referrals for early review and a detailed anomaly scan "
    "were made today; folic acid 5 mg daily has started."
)
DZP_HEAD = (
    "Kayleigh continues diazepam 5 mg three times a day and pregabalin 150 mg twice a day for now; Dr Pritchard "
    "agrees a slow diazepam reduction with her at the 6-week review."
)
DZP_SLEEP = (
    "Together they make her drowsy, so she must never share a bed, sofa or armchair with the baby or feed him lying "
    "down, and the foster carer does all night feeds."
)
DZP_WATCH = (
    "The foster carer and health visitor watch for late withdrawal signs up to day 8 and call the neonatal unit with "
    "any concern; he is bottle fed."
)
DZP = " ".join((DZP_HEAD, DZP_SLEEP, DZP_WATCH))
FO = (
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction from the 6-week review. Their sedation "
    "is the main risk: Kayleigh never shares a bed, sofa or armchair with the baby, never feeds lying down, and the "
    "foster carer does all night feeds. Late withdrawal signs can appear up to day 8; the foster carer, the HV and "
    "social worker Leanne Moss share this plan. The baby is bottle fed."
)
QUET_HEAD = "Daniel takes quetiapine 300 mg at night, which leaves him deeply sedated and hard to rouse until morning."
QUET_TAIL = (
    "After his dose he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; Chloe does the "
    "night feeds and the baby sleeps in the next-to-me crib, which the HV checks at each visit up to 8 weeks."
)
QUET = QUET_HEAD + " " + QUET_TAIL
PO = (
    "Chloe's paracetamol is safe while breastfeeding. Daniel's quetiapine makes him heavily sedated at night, so he "
    "does no night feeds after his dose and never co-sleeps with the baby on a bed, sofa or armchair. The next-to-me "
    "crib has been seen and is safe; the HV checks it at each visit."
)

# ---------------------------------------------------------------------------------------------------- ended
ok(
    "en-meth-scan-cancelled-rebooked",
    EN,
    "meth",
    METH + " Her growth scan on 16 March was cancelled and rebooked for 23 March.",
    "a clinic cancelled and rebooked with its new date",
)
ok(
    "en-quet-crib-returned-cot-came",
    EN,
    "quet",
    QUET_HEAD + " After his dose he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; "
    "Chloe does the night feeds. The next-to-me crib was returned once the cot came, and the baby now sleeps in the "
    "cot beside their bed, which the HV checks at each visit up to 8 weeks.",
    "a crib returned once the cot came, the cot checked",
)
ok(
    "en-po-night-plan-to-grandmother",
    EN,
    "po",
    PO + " The night plan changed this week: Chloe's mother now stays over and does the night feeds while Chloe "
    "recovers from her caesarean section.",
    "the night plan changed to the grandmother",
    zwsp,
)
ok(
    "en-sert-group-ended-replaced",
    EN,
    "sert",
    SERT + " Her peer support group ended in February and she now goes to the perinatal wellbeing group instead.",
    "a group ended, its successor told",
)
ok(
    "en-lith-clinic-fell-through-rearranged",
    EN,
    "lith",
    LITH + " The joint obstetric and psychiatry clinic fell through when the clinic closed early and has been "
    "rearranged for 20 May.",
    "a clinic fallen through and rearranged with its date",
)
ok(
    "en-dzp-visit-cancelled-went-back-next-day",
    EN,
    "dzp",
    DZP + " The HV's day-10 visit was cancelled because she was off sick, so a colleague went back to the placement "
    "the next day instead.",
    "a visit cancelled, another visit made the next day",
    shy,
)
ok(
    "en-mo-reduction-withdrawn-reason",
    EN,
    "mo",
    MO + " The earlier plan to reduce methadone before delivery was withdrawn because reducing risked a relapse to "
    "heroin use.",
    "a plan withdrawn for a reason told",
)
ok(
    "en-vo-scan-cancelled-moved",
    EN,
    "vo",
    VO + " The dating scan first booked for 27 May was cancelled and moved to 29 May, when the sonographer could "
    "see her.",
    "a scan cancelled and moved",
)
ok(
    "en-po-sister-fell-through-chloe",
    EN,
    "po",
    PO + " Chloe's sister was going to help with the nights, but that fell through; Chloe does every night feed "
    "herself instead.",
    "help fallen through, the replacement told",
)
ok(
    "en-fo-carer-withdrew-replaced",
    EN,
    "fo",
    FO + " The first foster carer withdrew on day 2 and was replaced by an experienced carer, Mrs Ann Cole, who "
    "now does the night feeds.",
    "a carer withdrew and was replaced",
)
bad(
    "en-meth-watch-called-off",
    EN,
    "meth",
    METH_HEAD
    + " The plan for withdrawal scoring of the baby on the postnatal ward has been called off. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "the only withdrawal watch called off with nothing in its place",
)
bad(
    "en-quet-crib-went-back",
    EN,
    "quet",
    QUET_HEAD + " After his dose he does no night feeds; Chloe does them and he never sleeps with the baby on a "
    "bed, sofa or armchair. The next-to-me crib went back to the hospital loan scheme on Friday.",
    "the sleeping place given back, nothing in its place",
)
bad(
    "en-dzp-carer-nights-fell-through",
    EN,
    "dzp",
    DZP_HEAD + " Together they make her drowsy, so she must never share a bed, sofa or armchair with the baby. The "
    "plan for the foster carer to do the night feeds has fallen through. " + DZP_WATCH,
    "the night plan fallen through with nothing arranged",
)

# ---------------------------------------------------------------------------------------------------- gone
ok(
    "gn-cit-retired-gp-history",
    GN,
    "cit",
    "Dr Ellis, who retired in 2023, first prescribed her citalopram. " + CIT,
    "a retired GP named as history",
    cyr,
)
ok(
    "gn-mo-shah-leaves-may-rana-takes-over",
    GN,
    "mo",
    MO + " Dr Shah leaves the practice in May and Dr Rana takes over the mood reviews from then.",
    "Dr A leaves in May and Dr B takes over the reviews",
)
ok(
    "gn-lith-though-retired-osei-now",
    GN,
    "lith",
    LITH + " Though Dr Grant retired in April, Dr Osei now runs her psychiatric reviews each month.",
    "'though Dr X retired, Dr Y now ...'",
    zwsp,
)
ok(
    "gn-sert-hv-moved-successor",
    GN,
    "sert",
    SERT + " Her health visitor moved to another area in February; HV Tom Reilly now does the antenatal contact and "
    "the new birth visit.",
    "an HV who moved, the successor named",
)
ok(
    "gn-fo-sw-left-replaced-by-moss",
    GN,
    "fo",
    FO + " Her previous social worker left in May; Leanne Moss, who replaced her, chairs the placement reviews.",
    "a social worker left, the one who replaced her named",
)
ok(
    "gn-quet-father-retired-gp",
    GN,
    "quet",
    QUET + " Daniel's father, a retired GP, visits most afternoons to help.",
    "a relative who has retired",
)
ok(
    "gn-valp-neurologist-moved-started",
    GN,
    "valp",
    "Her first neurologist, who has since moved to Leeds, started the valproate in 2019. " + VALP,
    "a past act by someone who has since moved",
)
ok(
    "gn-dzp-pharmacist-retires-successor",
    GN,
    "dzp",
    DZP + " The pharmacist who dispenses her weekly prescriptions retires in July; his successor, Ravi Nair, takes "
    "over the dispensing from then.",
    "a retirement with a named successor",
)
ok(
    "gn-po-hv-leaving-handover",
    GN,
    "po",
    PO + " Joanna Price leaves the health visiting team in July and hands the family to HV Anne Lowe, who does the "
    "8-week visit.",
    "a hand-over to a named successor",
)
bad(
    "gn-cit-review-by-retired-gp",
    GN,
    "cit",
    "Megan continues citalopram 20 mg once a day, as her depression came back when she stopped it before. The "
    "midwives observe the baby for 48 hours after delivery for jitteriness and poor feeding; she can breastfeed on "
    "citalopram. Dr Ellis reviews her mood at six weeks, though Dr Ellis retired in January.",
    "the mood review given to a GP who has retired, no successor",
)
bad(
    "gn-meth-hv-moved-watch",
    GN,
    "meth",
    METH_HEAD + " The baby will stay on the postnatal ward for at least 72 hours of NAS scoring; after discharge HV "
    "Sue Hart, who has moved to another trust, checks for late withdrawal signs up to day 8. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "the late watch given to an HV who has moved, no successor",
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-lith-thyroid-folate-gp",
    LV,
    "lith",
    LITH + " The GP also checks her thyroid function and folate each trimester.",
    "thyroid and folate checks beside the lithium levels and the baby's review",
    cyr,
)
ok(
    "lv-lo-kidney-thyroid-each-level",
    LV,
    "lo",
    LO + " Kidney and thyroid blood tests are taken with each lithium level.",
    "kidney and thyroid tests with the lithium levels",
)
ok(
    "lv-valp-folate-twelve-weeks",
    LV,
    "valp",
    VALP + " Her folate level is checked by the GP at 12 weeks.",
    "a folate level beside the valproate plan",
)
ok(
    "lv-meth-haemoglobin-34-weeks",
    LV,
    "meth",
    METH + " Her haemoglobin and ferritin levels are checked again at 34 weeks.",
    "blood counts beside the methadone plan",
)
ok(
    "lv-cit-blood-sugar-levels",
    LV,
    "cit",
    CIT + " Her blood sugar levels are checked weekly by the diabetes midwife for gestational diabetes.",
    "blood sugar levels beside the SSRI plan",
)
bad(
    "lv-meth-her-levels-instead",
    LV,
    "meth",
    METH_HEAD + " Her levels are taken monthly by the drug service. Breastfeeding is recommended and the infant "
    "feeding team will support her.",
    "a bare levels plan in place of the baby's watch and safe sleep",
)
bad(
    "lv-fo-levels-monthly",
    LV,
    "fo",
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction from the 6-week review. Levels "
    "monthly with the GP. The baby is bottle fed.",
    "'levels monthly' with the baby's watch and sleep unsaid",
    greek,
)

# ---------------------------------------------------------------------------------------------------- postponed
ok(
    "pp-lith-bank-holiday-moved",
    PP,
    "lith",
    LITH + " The level due on 25 May moves to 26 May because of the bank holiday.",
    "a level moved a day for a bank holiday with its new date",
    shy,
)
ok(
    "pp-lith-postponed-week-new-date",
    PP,
    "lith",
    LITH + " This month's level is postponed by a week, to 10 June, while she is away, and the 4-weekly levels "
    "carry on from there.",
    "a level postponed a week with its new date",
)
ok(
    "pp-lo-level-hours-after-birth",
    PP,
    "lo",
    LO + " The first level after delivery is taken within 12 hours and again on day 3.",
    "levels after the birth at hours and days",
)
ok(
    "pp-lo-extra-level-added",
    PP,
    "lo",
    LO + " An extra level is added at 34 weeks, when her dose may need to rise.",
    "a level added to the schedule",
)
bad(
    "pp-lith-levels-after-birth",
    PP,
    "lith",
    LITH_HEAD + " Lithium levels are put off until after the birth. " + LITH_BABY,
    "lithium levels postponed past the birth",
)
bad(
    "pp-lo-levels-maybe",
    PP,
    "lo",
    "Lithium (Priadel) 800 mg at night continues because of her high risk of relapse. Lithium levels perhaps, if "
    "there is time. The paediatrician examines the baby after birth, and she plans to bottle feed. The perinatal "
    "mental health team sees Rebecca within a week of the birth.",
    "lithium levels hedged",
)
bad(
    "pp-lith-levels-from-six-weeks-postnatal",
    PP,
    "lith",
    LITH_HEAD + " Lithium levels start at the 6-week postnatal check. " + LITH_BABY,
    "lithium levels started late, past the birth",
)

# ---------------------------------------------------------------------------------------------------- nights
ok(
    "nt-dzp-days-sitting-carer-nights",
    NT,
    "dzp",
    DZP_HEAD + " Together they make her drowsy: Kayleigh gives the daytime feeds sitting up while the foster carer "
    "does every night feed, and she never shares a bed, sofa or armchair with the baby. " + DZP_WATCH,
    "the mother does days, the carer every night, a taper named",
    greek,
)
ok(
    "nt-po-grandmother-then-chloe",
    NT,
    "po",
    PO + " Chloe's mother does the night feeds for the first two weeks, then Chloe takes them on.",
    "the grandmother, then Chloe, does the nights; the sedated father none",
)
ok(
    "nt-quet-every-night-without-exception",
    NT,
    "quet",
    QUET + " This holds on every night he takes quetiapine, without exception.",
    "the night plan held every night",
)
ok(
    "nt-fo-taper-carer-keeps-nights",
    NT,
    "fo",
    FO + " Once the taper starts, the foster carer keeps the night feeds until the looked-after review agrees "
    "otherwise.",
    "a taper told with the nights kept by the carer",
    zwsp,
)
ok(
    "nt-po-missed-dose-still-no-sofa",
    NT,
    "po",
    PO + " Even on a night he misses his dose, Daniel does not sleep with the baby on a sofa or armchair.",
    "the sofa ruled out on any night",
)
ok(
    "nt-fo-carer-nights-during-taper",
    NT,
    "fo",
    FO + " The foster carer does the nights throughout the taper too, whether or not Kayleigh has taken a dose.",
    "night care kept through the taper, dose or not",
)
ok(
    "nt-quet-chloe-nights-daniel-evenings",
    NT,
    "quet",
    QUET_HEAD + " He feeds the baby in the early evening before his dose, Chloe does all the night feeds, and he "
    "never sleeps with the baby on a bed, sofa or armchair; the baby sleeps in the next-to-me crib, which the HV "
    "checks at each visit up to 8 weeks.",
    "the father feeds before his dose, the mother at night",
)
bad(
    "nt-dzp-kayleigh-nights-carer-sleeps",
    NT,
    "dzp",
    DZP_HEAD + " Kayleigh will give the night feeds while the foster carer sleeps, and she never lies down with "
    "the baby on a bed, sofa or armchair. " + DZP_WATCH,
    "the sedated mother given the night feeds beside a taper still to come",
)
bad(
    "nt-fo-carer-nights-only-untreated",
    NT,
    "fo",
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction from the 6-week review. Kayleigh "
    "never shares a bed, sofa or armchair with the baby; the foster carer does the night feeds only on nights when "
    "Kayleigh has taken neither diazepam nor pregabalin. Late withdrawal signs can appear up to day 8; the foster "
    "carer and the HV watch for them. The baby is bottle fed.",
    "night care kept only for nights she takes neither medicine (never, at fixed doses)",
)
bad(
    "nt-quet-sofa-skipped-dose",
    NT,
    "quet",
    QUET_HEAD + " After his dose he does no night feeds; Chloe does them and the baby sleeps in the next-to-me crib, "
    "which the HV checks at each visit. On nights he skips his quetiapine he may sleep on the sofa with the baby.",
    "a sofa allowed on dose-free nights",
    fw,
)

# ---------------------------------------------------------------------------------------------------- place
ok(
    "plc-fo-saturdays-at-grandmothers",
    PLC,
    "fo",
    FO + " Kayleigh spends Saturday afternoons at her grandmother's house while the baby stays in the placement with "
    "the foster carer.",
    "the mother visits a relative while the baby stays",
    cyr,
)
ok(
    "plc-meth-no-further-after-day8",
    PLC,
    "meth",
    METH + " No further checks for withdrawal after day 8, as planned, if he is feeding and settling well.",
    "a further watch ended at its planned day",
)
ok(
    "plc-quet-crib-checks-stop-8-weeks",
    PLC,
    "quet",
    QUET + " The crib checks stop after the 8-week visit, as planned.",
    "crib checks ended at their planned end",
)
ok(
    "plc-po-crib-checked-findings",
    PLC,
    "po",
    PO + " At the day-12 visit the crib was checked and the mattress was firm, flat and the right size.",
    "the crib check's findings",
)
ok(
    "plc-fo-off-ward-still-watched",
    PLC,
    "fo",
    FO + " Once off the ward the baby still needs watching for late signs, which the foster carer and HV do until "
    "day 8.",
    "the watch carried past the ward",
)
ok(
    "plc-fo-aunt-visits-placement",
    PLC,
    "fo",
    FO + " Kayleigh's aunt visits them at the placement on Sundays.",
    "a relative visiting the placement",
)
bad(
    "plc-fo-home-with-mum-to-aunts-flat",
    PLC,
    "fo",
    FO + " When the ward discharges them, the baby will go home with Kayleigh to her aunt's flat.",
    "the baby going with the mother to a relative's house in a foster placement",
)
bad(
    "plc-dzp-no-observation-after-ward",
    PLC,
    "dzp",
    DZP_HEAD + " " + DZP_SLEEP + " No further observation is needed once the baby leaves the ward; he is bottle fed.",
    "a further watch dropped at the ward, no later window",
)
bad(
    "plc-po-crib-needs-no-checks",
    PLC,
    "po",
    "Chloe's paracetamol is safe while breastfeeding. Daniel's quetiapine makes him heavily sedated at night, so he "
    "does no night feeds after his dose and never co-sleeps with the baby on a bed, sofa or armchair. No checks of "
    "the crib are needed.",
    "crib checks dropped where the item plans them",
)

# ---------------------------------------------------------------------------------------------------- sleepna
ok(
    "sn-dzp-kinship-cousin-apart",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep with Kayleigh: not applicable, since the baby is discharged to a kinship carer, her "
    "cousin, and Kayleigh lives elsewhere; the cousin's plan is a cot in her own room, never her bed or a sofa. "
    "The cousin and the HV watch for late withdrawal signs up to day 8; he is bottle fed.",
    "a true 'not applicable' with a kinship carer apart, the carer's plan told",
    None,
    KINSHIP,
)
ok(
    "sn-fo-kinship-aunt-apart",
    SN,
    "fo",
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction from the 6-week review. Co-sleeping "
    "with Kayleigh: not applicable, because the baby lives with his aunt as a kinship carer and Kayleigh lives "
    "apart; the aunt's plan is a cot in her room, which the HV has seen. Late withdrawal signs can appear up to day "
    "8; the aunt, the HV and Leanne Moss share this plan. The baby is bottle fed.",
    "overall 'not applicable' true with a kinship carer apart",
    cyr,
    KINSHIP,
)
ok(
    "sn-quet-driving-na",
    SN,
    "quet",
    QUET + " Advice about driving the baby: not applicable, as Daniel does not drive.",
    "a true 'not applicable' of something else, sleep answered",
)
bad(
    "sn-dzp-placement-na",
    SN,
    "dzp",
    DZP_HEAD + " Safe sleep: not applicable here. " + DZP_WATCH,
    "safe sleep dismissed where the baby is in her care",
    bidi,
)
bad(
    "sn-po-cosleeping-na",
    SN,
    "po",
    "Chloe's paracetamol is safe while breastfeeding. Daniel's quetiapine makes him heavily sedated at night, so he "
    "does no night feeds after his dose. Co-sleeping: not applicable. The HV visits at 8 weeks.",
    "overall co-sleeping dismissed for the partner's sedating medicine",
)

# ---------------------------------------------------------------------------------------------------- passive
ok(
    "ps-meth-previous-baby-weighed-treated",
    PS,
    "meth",
    "Her previous baby, born in 2021, was weighed daily and treated for NAS with morphine on the neonatal unit. "
    + METH,
    "antenatal: a previous baby weighed and treated",
    greek,
)
ok(
    "ps-cit-older-son-vaccinated",
    PS,
    "cit",
    CIT + " Her older son was vaccinated on time and is well.",
    "antenatal: an older sibling vaccinated",
)
ok(
    "ps-quet-baby-weighed-day5",
    PS,
    "quet",
    QUET + " The baby was weighed on day 5 and is back to his birth weight.",
    "postnatal: the born baby weighed",
)
ok(
    "ps-dzp-baby-given-vitamin-k",
    PS,
    "dzp",
    DZP + " The baby was given vitamin K at birth and was examined before discharge.",
    "postnatal: the born baby given and examined",
)
ok(
    "ps-mo-sister-baby-treated",
    PS,
    "mo",
    MO + " Her sister's baby was treated for NAS last year, which is why Jodie asked about it.",
    "antenatal: another woman's baby treated",
)
bad(
    "ps-cit-baby-immunised",
    PS,
    "cit",
    CIT + " The baby was immunised at 8 weeks.",
    "antenatal record: the unborn baby told as immunised",
)
bad(
    "ps-mo-baby-given-morphine",
    PS,
    "mo",
    MO + " The baby was given oral morphine for withdrawal on day 4.",
    "antenatal record: the unborn baby told as given treatment",
    cyr,
)

# ---------------------------------------------------------------------------------------------------- firstbaby
ok(
    "fb-cit-this-is-first-baby",
    FB,
    "cit",
    "This is Megan's first baby. " + CIT,
    "a first baby told with a copula",
)
ok(
    "fb-meth-first-baby-2020-and-this",
    FB,
    "meth",
    "Her first baby, born in 2020, needed NAS treatment, so this baby will be watched closely for the same. " + METH,
    "a dated first baby told beside this baby",
    zwsp,
)
ok(
    "fb-lo-first-baby-due-august",
    FB,
    "lo",
    LO + " This first baby is due in late August.",
    "the first baby told as due",
)
ok(
    "fb-sert-first-child-2018-history",
    FB,
    "sert",
    "After her first child was born in 2018 she had postnatal depression. " + SERT,
    "a dated first child as history, this baby's care told",
)
bad(
    "fb-meth-first-baby-2019-only",
    FB,
    "meth",
    METH_HEAD + " Her first baby, born in 2019, was scored for withdrawal on the ward for three days, was breastfed "
    "and slept in his own cot.",
    "a dated first baby's care standing in for this baby's",
)

# ---------------------------------------------------------------------------------------------------- numbers
ok(
    "nu-lith-level-in-range-april",
    NU,
    "lith",
    LITH + " Her level on 29 April was 0.8 mmol/L, within her target range.",
    "a lithium level that can be",
    cyr,
)
ok(
    "nu-lith-toxic-2018",
    NU,
    "lith",
    LITH + " In 2018 a level of 2.1 mmol/L came with toxicity, so her levels are kept close.",
    "a toxic past level that can be",
)
ok(
    "nu-fo-after-day8-next-day14",
    NU,
    "fo",
    FO + " No further checks after day 8, as planned, and the HV next visits on day 14.",
    "'no further checks after day 8, as planned' with a later visit",
)
ok(
    "nu-po-6-8-week-check-dated",
    NU,
    "po",
    PO + " The GP sees Chloe and the baby at the 6-8 week check on 2 July.",
    "a 6-8 week check dated inside its weeks",
)
ok(
    "nu-dzp-day-10-visit-dated",
    NU,
    "dzp",
    DZP + " The day-10 visit to the placement is on 18 June.",
    "a day-10 visit dated ten days after the birth",
)
ok(
    "nu-quet-about-3-hourly-eight",
    NU,
    "quet",
    QUET + " The baby feeds about every 3 hours, around eight feeds a day.",
    "an approximate interval and count",
)
ok(
    "nu-po-8-to-12-feeds",
    NU,
    "po",
    PO + " The baby breastfeeds 8 to 12 times a day and is gaining weight.",
    "a count range",
)
bad(
    "nu-lith-level-came-to-14",
    NU,
    "lith",
    LITH + " Her last level came to 14 mmol/L and no change is needed.",
    "a lithium level told that no living patient has",
)
bad(
    "nu-dzp-day-10-visit-wrong-date",
    NU,
    "dzp",
    DZP + " The day-10 visit to the placement is on 12 June.",
    "a day-10 visit dated on day 4",
)

# ---------------------------------------------------------------------------------------------------- doses
ok(
    "ds-d-para-two-tabs-4g",
    DS,
    "d-para",
    "1 g (two tablets) up to 4 times a day if needed; no more than 4 g in 24 hours",
    "'up to 4 times a day, no more than 4 g in 24 hours'",
    zwsp,
)
ok(
    "ds-d-para-stricter-3g",
    DS,
    "d-para",
    "1 g up to four times a day when needed, maximum 3 g in 24 hours while her liver tests are checked",
    "a stricter day ceiling",
)
ok(
    "ds-d-meth-single-supervised",
    DS,
    "d-meth",
    "60 mg (60 ml) oral solution once a day, taken as a single supervised dose",
    "an oral solution taken as a single dose",
)
ok(
    "ds-d-dzp-ceiling-equal",
    DS,
    "d-dzp",
    "5 mg three times a day; no more than 15 mg in 24 hours",
    "a day ceiling equal to dose x count",
    cyr,
)
ok(
    "ds-d-sert-single-morning-dose",
    DS,
    "d-sert",
    "Two tablets (100 mg) given as a single morning dose",
    "'given as a single ... dose' names no form",
)
bad(
    "ds-d-para-6g-ceiling",
    DS,
    "d-para",
    "1 g up to four times a day when needed, no more than 6 g in 24 hours",
    "a day ceiling above dose x count",
)
bad(
    "ds-d-quet-nightly-injection",
    DS,
    "d-quet",
    "300 mg at night, given as a nightly injection",
    "oral tablets given as an injection",
    fw,
)

# ---------------------------------------------------------------------------------------------------- remote
ok(
    "rm-quet-phone-then-visit-weigh",
    RM,
    "quet",
    QUET + " The HV phones Chloe on day 12 and then visits on day 14 to weigh the baby.",
    "a phone call followed by a home visit to weigh",
    cyr,
)
ok(
    "rm-fo-cot-shown-video-weighed-visit",
    RM,
    "fo",
    FO + " At the weekly video call the foster carer shows the HV the cot; the HV weighs the baby at her home visits.",
    "a cot shown on video, weighing at visits",
)
ok(
    "rm-po-options-by-phone-clinic-weigh",
    RM,
    "po",
    PO + " The HV talked through the feeding options with Chloe by phone on day 9 and weighs the baby at the clinic "
    "on day 14.",
    "options talked through by phone, weighing at the clinic",
)
ok(
    "rm-dzp-video-review-examine-visit",
    RM,
    "dzp",
    DZP + " Dr Pritchard reviews Kayleigh by video at 2 weeks and examines the baby at the surgery at 6 weeks.",
    "a video review, the examination in person",
)
bad(
    "rm-quet-weigh-at-phone-contact",
    RM,
    "quet",
    QUET + " The HV weighs the baby at the phone contact on day 14.",
    "weighing at a phone contact",
)
bad(
    "rm-dzp-examine-by-video",
    RM,
    "dzp",
    DZP + " The GP examines the baby at a video consultation at 6 weeks.",
    "examining the baby at a video contact",
)

# ---------------------------------------------------------------------------------------------------- handover
ok(
    "ho-fo-carer-knows-and-watches",
    HO,
    "fo",
    FO + " The foster carer knows about late withdrawal signs and watches for tremor and poor feeding at every feed "
    "until day 8.",
    "what the carer knows beside what the carer does",
    greek,
)
ok(
    "ho-quet-hv-knows-checks-crib",
    HO,
    "quet",
    QUET + " The HV knows about Daniel's quetiapine and checks the crib at the day-14 visit.",
    "what the HV knows beside her check",
)
ok(
    "ho-mo-keyworker-knows-sees",
    HO,
    "mo",
    MO + " Her drug service keyworker knows about the birth plan and sees her every two weeks.",
    "a keyworker who knows and sees her",
)
ok(
    "ho-dzp-taught-rings-same-day",
    HO,
    "dzp",
    DZP + " The foster carer has been taught about withdrawal signs, feeding and safe sleep, and rings the HV the "
    "same day with any worry.",
    "topics taught with an act of the carer's own",
)
bad(
    "ho-dzp-carer-knows-about-topics",
    HO,
    "dzp",
    "Kayleigh continues diazepam 5 mg three times a day and pregabalin 150 mg twice a day for now. The foster carer "
    "knows about withdrawal, feeding and safe sleep.",
    "topics handed over alone beside the medicine's line",
)
bad(
    "ho-quet-hv-aware-topics",
    HO,
    "quet",
    "Daniel takes quetiapine 300 mg at night. The HV is aware of sedation, night feeds and safe sleep.",
    "topics handed over alone",
)

# ---------------------------------------------------------------------------------------------------- harm
ok(
    "hm-vo-folic-itself-no-harm",
    HM,
    "vo",
    VO + " The folic acid itself will not harm the baby.",
    "another medicine's safety beside the valproate risk",
    zwsp,
)
ok(
    "hm-valp-harm-not-ruled-out",
    HM,
    "valp",
    VALP + " A normal scan cannot rule out harm to the baby's later development.",
    "a risk not ruled out",
)
ok(
    "hm-lo-heart-scan-normal",
    HM,
    "lo",
    LO + " The detailed fetal heart scan at 20 weeks was normal.",
    "a scan result told, no denial",
)
bad(
    "hm-vo-valproate-no-risk",
    HM,
    "vo",
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review. It poses no risk to the "
    "unborn baby. Folic acid 5 mg daily has started and she is referred to fetal medicine.",
    "harm to the unborn denied in the overall conclusion",
)

# ---------------------------------------------------------------------------------------------------- more must-pass work
ok(
    "en-fo-basket-back-when-cot-arrived",
    EN,
    "fo",
    FO + " The loaned Moses basket went back once the placement's cot arrived, and the HV saw the cot that day.",
    "a basket given back when its successor arrived",
    fw,
)
ok(
    "gn-vo-gp-left-referral-done",
    GN,
    "vo",
    VO + " Her usual GP left the practice last year; Dr McAllister now sees her and made both referrals.",
    "a GP left, the one now seeing her named",
)
ok(
    "nt-mo-partner-not-involved-sister-nights",
    NT,
    "mo",
    MO + " Her sister stays for the first fortnight and does the night feeds when Jodie is drowsy after her dose.",
    "a relative takes nights when the mother is drowsy",
)
ok(
    "plc-meth-cot-checked-before-home",
    PLC,
    "meth",
    METH + " Once the cot is seen, no further cot checks are planned unless the family moves.",
    "checks ended after their finding, with a condition",
)
ok(
    "nu-meth-watch-day8-hv-day10",
    NU,
    "mo",
    MO + " After day 8 the HV next visits on day 10, and Jodie rings the HV with any sign before then.",
    "a watch to day 8, the next visit after it",
    greek,
)
ok(
    "ds-d-valp-gastro-resistant",
    DS,
    "d-valp",
    "500 mg twice a day, gastro-resistant tablets swallowed whole",
    "the product's own form",
)
ok(
    "ds-d-lith-modified-release",
    DS,
    "d-lith",
    "800 mg at night as modified-release tablets; brand prescribing (Priadel)",
    "the product's own form and brand",
)
ok(
    "rm-mo-phone-reminder-visit-cot",
    RM,
    "mo",
    MO + " The HV rings Jodie the day before to arrange the home visit where she sees the cot.",
    "a call to arrange the visit that sees the cot",
)
ok(
    "ho-lo-team-knows-and-reviews",
    HO,
    "lo",
    LO + " The obstetric team knows her lithium plan and checks her fluid balance in labour every hour.",
    "what a team knows beside its act",
)
ok(
    "fb-po-first-baby-this",
    FB,
    "po",
    PO + " This is Chloe and Daniel's first baby, so the HV spends longer on night-time routines.",
    "this baby told as the first",
)
ok(
    "pp-lith-level-clinic-closure-new-date",
    PP,
    "lith",
    LITH + " The level on 3 June moves to 4 June because the clinic is closed for training.",
    "a level moved a day with its reason and new date",
)
ok(
    "ps-sert-previous-baby-given-vitamin-k",
    PS,
    "sert",
    "Her first son, born in 2019, was given vitamin K and did well. " + SERT,
    "antenatal: an older sibling given vitamin K",
)
ok(
    "ds-d-para-when-needed-count-digits",
    DS,
    "d-para",
    "500 mg to 1 g, up to 4 times a day when needed, no more than 4 g in 24 hours",
    "a range dose with the ceiling at dose x count",
)
ok(
    "ho-sert-hv-knows-and-visits",
    HO,
    "sert",
    SERT + " The HV knows her history and visits her at home at 36 weeks.",
    "what the HV knows beside her visit",
)
ok(
    "hm-valp-no-safe-dose",
    HM,
    "valp",
    VALP + " No dose of valproate is known to be safe for the baby.",
    "a risk stated, not denied",
)

ok(
    "en-fo-aunt-help-withdrawn-reason",
    EN,
    "fo",
    FO + " The night-time help offered by Kayleigh's aunt was withdrawn, as the foster carer already does all night "
    "feeds.",
    "an offer withdrawn with its reason, the night plan intact",
    cyr,
)
ok(
    "en-meth-switch-dropped-stable",
    EN,
    "meth",
    METH + " The plan to switch her to buprenorphine was dropped, as she is stable on methadone.",
    "a switch dropped with its reason",
)
ok(
    "en-quet-grandmother-gone-home-chloe-now",
    EN,
    "quet",
    QUET_HEAD + " Chloe's mother did the night feeds for the first week and has gone home; Chloe now does them, and "
    "after his dose Daniel does no night feeds and never sleeps with the baby on a bed, sofa or armchair. The baby "
    "sleeps in the next-to-me crib, which the HV checks at each visit up to 8 weeks.",
    "a helper gone home, the nights passed to Chloe",
    zwsp,
)
ok(
    "gn-lith-consultant-retired-agreed-dose",
    GN,
    "lith",
    LITH + " Dr Grant, her consultant until he retired last year, agreed the current dose.",
    "a past act by a consultant since retired",
)
ok(
    "nt-dzp-untaken-nights-carer-still",
    NT,
    "dzp",
    DZP + " On nights Kayleigh has not taken her evening diazepam, the foster carer still does the night feeds.",
    "the carer's nights kept on untreated nights too ('still', not 'only')",
    shy,
)
ok(
    "nt-dzp-wish-not-supported",
    NT,
    "dzp",
    DZP_HEAD + " Together they make her drowsy, so she must never share a bed, sofa or armchair with the baby or "
    "feed him lying down. Kayleigh would like to do a night feed, which the team does not support while she takes "
    "both medicines, so the foster carer does them all. " + DZP_WATCH,
    "the sedated mother's wish for nights, not supported",
)
ok(
    "plc-quet-crib-checks-stop-own-room",
    PLC,
    "quet",
    QUET + " The crib checks stop once the baby moves to his own cot in his own room at about 6 months, as advised.",
    "crib checks ended at a planned move",
)
ok(
    "fb-cit-first-baby-2021-and-this",
    FB,
    "cit",
    CIT + " Her first baby, born in 2021, was breastfed on citalopram without problems, and this baby can be "
    "breastfed too.",
    "a dated first baby beside this baby's feeding",
    greek,
)
ok(
    "rm-po-rang-then-visit-weighs",
    RM,
    "po",
    PO + " The HV rang on day 9 to ask how feeding was going and weighs the baby at the home visit on day 14.",
    "a phone call, the weighing at a home visit",
)
ok(
    "pp-lith-no-extra-levels-unless-unwell",
    PP,
    "lith",
    LITH + " No extra levels are needed between the planned checks unless she is unwell, vomiting or dehydrated.",
    "extra levels ruled out, the planned levels kept",
)


if __name__ == "__main__":  # pragma: no cover
    counts = Counter((c.category, c.expect) for c in F140CASES)
    for cat in CATEGORIES:
        print(f"{cat:12} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':12} refuse {sum(c.expect == REFUSE for c in F140CASES):3}  pass "
        f"{sum(c.expect == PASS for c in F140CASES):3}  all {len(F140CASES)}"
    )
