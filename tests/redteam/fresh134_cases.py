"""A hundred-and-thirty-fourth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the last stop's readings (the fresh127 to fresh133 fixes in CHANGELOG.md).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About three quarters is good, complete work that legitimately uses the surfaces the newest readings
refuse (must pass), each paired with a near miss in new wording that really is defective (must refuse):

* ``consent``: consent justifications of a few words that state the consent; against bare ticks, thanks and yeses;
* ``sleep``: a cot beside the bed, a feed sitting up, a daytime cuddle awake, room sharing; against bed sharing
  granted to a sedated carer by a modal or "is fine once";
* ``placement``: a relative named as a hope, a court's decision, a visitor, or the mother's own trip home; against
  the baby told as gone home with a relative from a foster placement;
* ``feeding``: breastfeeding of an older child, in the past or as a condition; against breastfeeding told now or
  planned in a bottle-feeding record;
* ``dates``: ages in days, EDDs with and without the year, day-N checks, trimesters, levels, counts "about" and
  doses "up to" that agree with the record; against ones that do not;
* ``closings``: a checked draft, a matter not discussed with someone else at her request, text carried over and
  reviewed, a real contingency, one item on hold; against closings that disown the whole;
* ``copies``: a comparison with another baby's care followed by the care written out; against the copy alone;
* ``holders``: retired clinicians named as history or with a successor, a plain condition, a watcher named
  between, a watch replaced; against holders gone, conditions that never hold, the baby as watcher, nothing in
  a withdrawn watch's place;
* ``forms``: eye, nose and ear preparations of other products or listed as their own medicine; against the listed
  tablets given by those routes;
* ``remedies``: an interacting remedy stopped, beside a dose that "will not be changed"; against the remedy kept;
* ``hedges``: questions answered with a hedge and a reason or plan; against hedges alone;
* ``handover``: a second copy pending with a named person beside a full hand-over; against one held by no one;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Every date was checked with datetime against the base record's dates. Medicines named here are real; no clinical
code is invented (the one medicine added carries no code and the clinician's reason it is not of concern).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh134_cases`` for the counts per category.
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

F134CASES: list[Case] = []

CATEGORIES = (
    "consent",
    "sleep",
    "placement",
    "feeding",
    "dates",
    "closings",
    "copies",
    "holders",
    "forms",
    "remedies",
    "hedges",
    "handover",
    "disguise",
)

CS, SL, PL, FD, DT, CL, CP, HD, FM, RM, HG, HO, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F134CASES.append(Case(f"f134-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "mlb": (M, _at("lawful_basis.justification")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "clb": (C, _at("lawful_basis.justification")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "llb": (L, _at("lawful_basis.justification")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "vlb": (V, _at("lawful_basis.justification")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "fcr": (F, _at("recipients#rcp-foster-carer.route.description")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
    "plb": (P, _at("lawful_basis.justification")),
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
METH_DOSE = "Methadone 60 mg once a day, supervised, stays at this dose until she delivers."
METH_WATCH = (
    "The ward midwives score the baby for withdrawal for at least 72 hours after birth, and the health visitor "
    "looks for late signs up to day 8."
)
METH_FEED = "She plans to breastfeed and is encouraged to."
METH_SLEEP = (
    "Drowsiness after each dose means the baby never shares her bed or sofa; the HV sees the cot at the first home "
    "visit."
)
METH = " ".join((METH_DOSE, METH_WATCH, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg once a day goes on, since a relapse of her depression would harm her and the baby more than "
    "the drug. The midwives look for jitteriness and poor feeding in the first 48 hours; breastfeeding is "
    "compatible; her GP reviews her mood at the 6-week check."
)
MO_HEAD = "Methadone and sertraline go on at today's doses."
MO_BABY = (
    "The ward midwives score the baby for withdrawal and adaptation for 72 hours after birth, and the HV watches to "
    "day 8. Breastfeeding is supported."
)
MO_SLEEP = (
    "Methadone makes her drowsy, so the baby never sleeps in her bed or on the sofa; the social worker and HV see "
    "the cot before discharge."
)
MO = " ".join((MO_HEAD, MO_BABY, MO_SLEEP))
CIT_DOSE = "Citalopram 20 mg once a day carries on through pregnancy and feeding, as her last attempt to stop ended in relapse."
CIT_BABY = (
    "The midwife looks for adaptation signs (jitteriness, poor feeding, fast breathing) for 48 hours after birth; "
    "breastfeeding is supported; the GP reviews her mood at the 6-week check."
)
CIT = CIT_DOSE + " " + CIT_BABY
CO_AMEND = "Amended on 2026-02-12 to add the health visitor as a recipient."
CO = (
    "Citalopram 20 mg daily continues through pregnancy and breastfeeding. The midwife watches the baby for "
    "adaptation signs for the first 48 hours; the GP reviews her mood at 6 weeks. " + CO_AMEND
)
LITH_DOSE = (
    "Lithium (Priadel) 800 mg at night continues, because stopping would raise her high risk of relapse and "
    "postpartum psychosis."
)
LITH_LEVELS = "Levels monthly, weekly from 36 weeks and within 24 hours of delivery."
LITH_BABY = (
    "The paediatric team reviews the baby after birth for floppiness, poor feeding and thyroid problems. "
    "Breastfeeding is not advised; she will bottle feed."
)
LITH = " ".join((LITH_DOSE, LITH_LEVELS, LITH_BABY))
LO = (
    "Lithium (Priadel) 800 mg at night carries on, with levels monthly, then weekly from 36 weeks, and within 24 "
    "hours of birth. The baby has a paediatric review after birth. She will bottle feed, as breastfeeding is not "
    "advised on lithium. The perinatal mental health team sees her within a week of birth because relapse risk is "
    "high."
)
VALP_DOSE = (
    "Sodium valproate 500 mg twice a day must not be stopped suddenly: it carries on until the urgent neurology "
    "review, as seizures would endanger her and the pregnancy."
)
VALP_BABY = (
    "The baby was exposed in the first trimester, so early fetal medicine review and a detailed anomaly scan are "
    "needed; both referrals went today and folic acid 5 mg was started."
)
VALP = VALP_DOSE + " " + VALP_BABY
VO = (
    "Unplanned pregnancy at 8 weeks on sodium valproate 500 mg twice a day. Valproate continues unchanged until the "
    "urgent neurology review; she must not stop it abruptly. Urgent referrals sent to neurology and the antenatal "
    "clinic for fetal medicine review of the exposed baby; folic acid 5 mg started; annual risk form status "
    "recorded."
)
DZP_DOSE = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day carry on for now, with a slow diazepam "
    "reduction to be agreed at the 6-week review."
)
DZP_SLEEP = (
    "Together they make Kayleigh drowsy, so she must not share a bed, sofa or armchair with the baby or feed lying "
    "down; the foster carer does all the night feeds."
)
DZP_WATCH = "The foster carer and HV watch for late withdrawal until day 8."
DZP = " ".join((DZP_DOSE, DZP_SLEEP, DZP_WATCH))
FO = (
    "Diazepam and pregabalin go on unchanged for now. Sedation is the risk: no sharing of a bed, sofa or armchair, "
    "no feeding lying down, and the foster carer does the night feeds while Kayleigh is drowsy. Late withdrawal "
    "signs are possible until day 8, watched by the foster carer and HV. The social worker, foster carer and HV "
    "hold this plan under the interim care order."
)
QUET_HEAD = "Daniel's quetiapine 300 mg at night leaves him very hard to wake for hours."
QUET_TAIL = (
    "He gives no night feeds after his dose and never sleeps with the baby on a bed, sofa or armchair. The mother "
    "does the nights with the baby in the next-to-me crib, and the HV checks this at each visit to 8 weeks."
)
QUET = QUET_HEAD + " " + QUET_TAIL
PO = (
    "The mother's paracetamol raises no concern. The father's quetiapine 300 mg at night sedates him heavily: he "
    "does no night feeds and never sleeps with the baby on a bed, sofa or armchair. The crib beside the mother's "
    "bed was seen and is safe; the HV keeps checking it."
)

# ---------------------------------------------------------------------------------------------------- consent
ok("cs-m-verbal-consent", CS, "mlb", "Verbal consent given in clinic today.", "a statement of consent, short", cyr)
ok("cs-c-she-consented", CS, "clb", "She consented at today's review.", "who and when, in five words")
ok("cs-l-signed-form", CS, "llb", "Signed the sharing form with me today.", "consent given in writing", zwsp)
ok("cs-v-agreed-neuro", CS, "vlb", "Agreed, with the neurology team included.", "agreement with whom it covers")
ok("cs-p-both-parents", CS, "plb", "Both parents consented at the new birth visit.", "both parents' consent")
ok(
    "cs-m-yes-then-statement",
    CS,
    "mlb",
    "Yes: she agreed to every recipient after we went through the letter together.",
    "an affirmation followed by the consent itself",
)
ok(
    "cs-c-thanks-interpreter",
    CS,
    "clb",
    "Consent given through the interpreter, whom she thanked; she wants the HV to have it.",
    "thanks inside a statement of consent",
)
ok("cs-l-happy-to-share", CS, "llb", "She is happy for all three teams to see this.", "consent told plainly")
bad("cs-m-tick", CS, "mlb", "Tick.", "a tick is no statement of consent", cyr)
bad("cs-c-thanks-noted", CS, "clb", "Thanks, noted.", "thanks and an acknowledgement only")
bad("cs-l-yes-yes", CS, "llb", "Yes yes.", "a repeated affirmation only")

# ---------------------------------------------------------------------------------------------------- sleep
ok(
    "sl-meth-cot-beside-bed",
    SL,
    "meth",
    " ".join((METH_DOSE, METH_WATCH, METH_FEED))
    + " She is drowsy after each dose, so the baby may sleep in a cot beside her bed but never in it or on the "
    "sofa with her; the HV sees the cot at the first home visit.",
    "a modal granting a cot beside the bed, bed sharing forbidden",
    zwsp,
)
ok(
    "sl-meth-feed-sitting-up",
    SL,
    "meth",
    " ".join((METH_DOSE, METH_WATCH, METH_FEED))
    + " She can feed the baby in bed sitting up in the daytime, and the baby goes back into the cot before she "
    "settles; after her dose the baby never shares her bed or sofa.",
    "a feed sitting up shares no sleep",
)
ok(
    "sl-quet-cuddle-awake",
    SL,
    "quet",
    QUET_HEAD + " He may cuddle the baby in the daytime while he is wide awake, but he gives no night feeds after "
    "his dose and never sleeps with the baby on a bed, sofa or armchair. The mother does the nights with the baby "
    "in the next-to-me crib, and the HV checks this at each visit to 8 weeks.",
    "a daytime cuddle awake granted, sleep shared never",
)
ok(
    "sl-mo-room-fine-once-cot",
    SL,
    "mo",
    MO_HEAD + " " + MO_BABY + " Room sharing is fine once the cot is up in the parents' room; bed or sofa sharing "
    "is not, because methadone makes her drowsy. The social worker and HV see the cot before discharge.",
    "room sharing 'fine once' the cot is up, bed sharing forbidden",
    cyr,
)
ok(
    "sl-dzp-basket-day-carer",
    SL,
    "dzp",
    DZP_DOSE + " Together they make Kayleigh drowsy: the baby may nap in the Moses basket beside her in the "
    "daytime while the foster carer is in the room, but never in her bed, on a sofa or armchair with her, and she "
    "does not feed lying down; the foster carer does all the night feeds. " + DZP_WATCH,
    "a daytime nap in the baby's own basket granted",
)
bad(
    "sl-meth-doze-after-feed",
    SL,
    "meth",
    " ".join((METH_DOSE, METH_WATCH, METH_FEED))
    + " After the early morning feed she may take the baby into bed with her for a doze; the HV sees the cot at "
    "the first home visit.",
    "bed sharing granted by a modal to a mother sedated by methadone",
    cyr,
)
bad(
    "sl-dzp-fine-once-settled",
    SL,
    "dzp",
    DZP_DOSE + " Sharing her bed with the baby is fine once the baby has settled after the 2 am feed. " + DZP_WATCH,
    "bed sharing 'fine once' to a mother sedated by diazepam and pregabalin",
)
bad(
    "sl-quet-sunday-lie-in",
    SL,
    "quet",
    QUET_HEAD + " He may doze with the baby in bed on Sunday mornings while the mother has a lie-in. The mother "
    "does the other nights, and the HV checks this at each visit to 8 weeks.",
    "bed sharing granted to a father sedated by quetiapine",
)

# ---------------------------------------------------------------------------------------------------- placement
ok(
    "pl-fo-court-grandmother",
    PL,
    "fo",
    FO + " If the court decides at the final hearing that the baby can live with Kayleigh's grandmother, the social "
    "worker shares this plan with her before the move.",
    "a relative's home as the court's decision to come",
    shy,
)
ok(
    "pl-dzp-mother-to-her-mum",
    PL,
    "dzp",
    DZP + " Kayleigh spends Sunday afternoons at home with her mum; the baby stays in the placement with the "
    "foster carer.",
    "the mother, not the baby, goes home with a relative",
)
ok(
    "pl-fo-aunt-visits",
    PL,
    "fo",
    FO + " The baby's aunt visits the placement on Saturdays, supervised by the foster carer.",
    "a relative visiting the placement",
)
ok(
    "pl-dzp-kinship-assessment",
    PL,
    "dzp",
    DZP + " Her sister is being assessed as a kinship carer; if the baby moves to her, the HV teaches her the same "
    "safe-sleep plan first.",
    "a relative assessed, a move only as a condition",
    greek,
)
bad(
    "pl-fo-left-with-uncle",
    PL,
    "fo",
    FO.replace("under the interim care order.", "now that the baby has gone home with his uncle."),
    "the baby told as gone home with a relative against a foster placement",
)
bad(
    "pl-dzp-at-granny",
    PL,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The baby is living at his granny's house since leaving the ward, and the HV "
    "watches there for late withdrawal until day 8.",
    "the baby living with a relative against a foster placement",
)

# ---------------------------------------------------------------------------------------------------- feeding
ok(
    "fd-dzp-first-child-breastfed",
    FD,
    "dzp",
    DZP + " Kayleigh breastfed her first child; this baby is bottle fed by her choice, so no advice on these "
    "medicines in breast milk is needed.",
    "breastfeeding of an older child in the past, this baby bottle fed",
    zwsp,
)
ok(
    "fd-lith-if-she-asks",
    FD,
    "lith",
    LITH_DOSE + " " + LITH_LEVELS + " The paediatric team reviews the baby after birth for floppiness, poor "
    "feeding and thyroid problems. She will bottle feed; if she later asks about breastfeeding, the perinatal "
    "pharmacist will talk it through, though the advice on lithium stays against it.",
    "breastfeeding only as a question she may ask",
)
ok(
    "fd-lo-sister-breastfeeds",
    FD,
    "lo",
    LO + " Her sister, who is breastfeeding her own baby, has offered help with night bottles.",
    "another mother breastfeeding her own baby",
    cyr,
)
bad(
    "fd-dzp-feeds-at-breast",
    FD,
    "dzp",
    DZP + " Kayleigh now feeds the baby at the breast every three hours on the ward.",
    "breastfeeding told as now in a bottle-fed record",
)
bad(
    "fd-lo-breast-from-birth",
    FD,
    "lo",
    "Lithium (Priadel) 800 mg at night carries on, with levels monthly, then weekly from 36 weeks, and within 24 "
    "hours of birth. The baby has a paediatric review after birth and will be breastfed from birth. The perinatal "
    "mental health team sees her within a week of birth because relapse risk is high.",
    "breastfeeding planned on lithium against a bottle-feeding record",
)

# ---------------------------------------------------------------------------------------------------- dates
# F: born Mon 8 June 2026, assessed 12 June (4 days old); day 5 = Sat 13 June, day 8 = Tue 16 June.
# P: born Mon 18 May 2026, assessed 28 May (10 days old); day 14 = Mon 1 June, 6 weeks = Mon 29 June.
# M: EDD Fri 15 May 2026. L: EDD Wed 26 Aug 2026, 36 weeks = Wed 29 July, 24+0 on 6 May (second trimester).
# V: EDD Wed 30 Dec 2026, 8+0 on 20 May, 20 weeks = Wed 12 August.
ok(
    "dt-dzp-four-days-old",
    DT,
    "dzp",
    "The baby, four days old today, is feeding well. " + DZP,
    "an age in days that agrees with the birth and the assessment's date",
    bidi,
)
ok(
    "dt-quet-ten-days",
    DT,
    "quet",
    QUET_HEAD + " At ten days old the baby sleeps in the next-to-me crib on the mother's side. He gives no night "
    "feeds after his dose and never sleeps with the baby on a bed, sofa or armchair; the mother does the nights, "
    "and the HV checks this at each visit to 8 weeks.",
    "an age in days that agrees with the record",
)
ok(
    "dt-meth-edd-with-year",
    DT,
    "meth",
    "EDD 15/05/2026. " + METH,
    "an EDD in UK numeric form, the record's",
    cyr,
)
ok(
    "dt-sert-due-no-year",
    DT,
    "sert",
    "Her baby is due on 15 May. " + SERT,
    "an EDD without its year, the record's",
)
ok(
    "dt-dzp-day5-visit",
    DT,
    "dzp",
    DZP + " The HV's day-5 visit is at the placement on Saturday 13 June 2026.",
    "a day-5 visit dated right from the birth",
    zwsp,
)
ok(
    "dt-po-day14-visit",
    DT,
    "po",
    PO + " Her day-14 visit is on Monday 1 June.",
    "a day-14 visit dated right",
)
ok(
    "dt-lith-second-trimester",
    DT,
    "lith",
    "Now 24 weeks, in the second trimester. " + LITH,
    "a trimester and week that agree",
)
ok(
    "dt-lith-level-after",
    DT,
    "lith",
    LITH_DOSE + " Her last lithium level, taken in April, was 0.7 mmol/L. " + LITH_LEVELS + " " + LITH_BABY,
    "a real level told after lithium",
    greek,
)
ok(
    "dt-vo-anomaly-scan-date",
    DT,
    "vo",
    VO + " The detailed anomaly scan is at 20 weeks, on or near 12 August 2026.",
    "the 20-week scan dated right",
)
ok(
    "dt-quet-about-eight",
    DT,
    "quet",
    QUET + " The baby feeds every three hours, about eight times a day.",
    "a count told 'about' after its interval",
)
ok(
    "dt-po-up-to-four",
    DT,
    "po",
    "The mother's paracetamol, 1 g up to four times a day and never more than 4 g in 24 hours, raises no concern. "
    "The father's quetiapine 300 mg at night sedates him heavily: he does no night feeds and never sleeps with the "
    "baby on a bed, sofa or armchair. The crib beside the mother's bed was seen and is safe; the HV keeps checking "
    "it.",
    "a dose told as its most, the total within it",
)
ok(
    "dt-po-next-pregnancy-booking",
    DT,
    "po",
    PO + " She was advised to book early with the midwife in any next pregnancy.",
    "a next pregnancy's booking in a postnatal record",
)
ok(
    "dt-po-crib-before-baby-after",
    DT,
    "po",
    PO + " The crib went up beside the bed on 10 May, before the birth, and the baby has slept in it since coming "
    "home.",
    "the crib before the birth, the baby in it after",
    fw,
)
bad(
    "dt-dzp-nine-days-old",
    DT,
    "dzp",
    "The baby, nine days old today, is feeding well. " + DZP,
    "nine days old on the fourth day of life",
)
bad(
    "dt-sert-due-june-no-year",
    DT,
    "sert",
    "Her baby is due on 20 June. " + SERT,
    "an EDD without its year five weeks from the record's",
)
bad(
    "dt-dzp-day5-wrong-date",
    DT,
    "dzp",
    DZP + " The HV's day-5 visit is at the placement on Saturday 20 June 2026.",
    "20 June is day 12, not day 5",
)
bad(
    "dt-fo-booking-next-week",
    DT,
    "fo",
    FO + " Her booking appointment with the community midwife is next week.",
    "a booking appointment planned in a postnatal record",
)
bad(
    "dt-po-baby-crib-before-birth",
    DT,
    "po",
    PO + " The HV saw the baby asleep in the crib on 12 May 2026.",
    "the baby seen six days before it was born",
)
bad(
    "dt-lith-level-impossible",
    DT,
    "lith",
    LITH_DOSE + " Her last lithium level, taken in April, was 11.5 mmol/L. " + LITH_LEVELS + " " + LITH_BABY,
    "a lithium level no living person has",
)
bad(
    "dt-lith-second-trimester-31",
    DT,
    "lith",
    "Now 31 weeks, in the second trimester. " + LITH,
    "a second trimester at a week past its end",
)
bad(
    "dt-quet-every-four-twelve",
    DT,
    "quet",
    QUET + " The baby feeds every four hours, twelve times a day.",
    "more feeds a day than a four-hour interval allows",
)
bad(
    "dt-po-paracetamol-total",
    DT,
    "po",
    "The mother's paracetamol, 1 g up to four times a day, 7 g a day in all, raises no concern. The father's "
    "quetiapine 300 mg at night sedates him heavily: he does no night feeds and never sleeps with the baby on a "
    "bed, sofa or armchair. The crib beside the mother's bed was seen and is safe; the HV keeps checking it.",
    "a day's total above four doses of 1 g",
)

# ---------------------------------------------------------------------------------------------------- closings
ok(
    "cl-meth-registrar-checked",
    CL,
    "meth",
    METH + " Drafted by the GP registrar, then checked and agreed by me on 2 March.",
    "a trainee's draft checked by the accountable GP",
    cyr,
)
ok(
    "cl-mo-not-father-request",
    CL,
    "mo",
    MO + " None of this was discussed with the father, at her request; the social worker knows why.",
    "not discussed with someone else, at her request",
)
ok(
    "cl-lith-carried-reviewed",
    CL,
    "lith",
    LITH + " Carried over from her 2025 pre-conception letter and reviewed line by line with her today.",
    "text carried over and reviewed",
)
ok(
    "cl-valp-contingency",
    CL,
    "valp",
    VALP + " If she decides not to continue the pregnancy, this could all change: neurology would then review the "
    "valproate and her contraception instead.",
    "a contingency naming what happens instead",
    shy,
)
ok(
    "cl-dzp-notes-elsewhere",
    CL,
    "dzp",
    DZP + " My rough notes from the ward round stay in the GP record; this conclusion is the agreed plan.",
    "rough notes kept elsewhere, the conclusion owned",
)
ok(
    "cl-meth-one-date-hold",
    CL,
    "meth",
    METH + " Only the date of the home visit is on hold until the ward confirms discharge.",
    "one item on hold, the plan standing",
)
ok(
    "cl-vo-ai-checked",
    CL,
    "vo",
    VO + " The first draft came from the practice's dictation software and was checked and corrected by me.",
    "a machine draft checked by its author",
)
bad(
    "cl-meth-copied-never-reviewed",
    CL,
    "meth",
    METH + " All of the above was copied from her 2024 letter and never reviewed.",
    "the whole copied and never reviewed",
    cyr,
)
bad(
    "cl-mo-none-discussed",
    CL,
    "mo",
    MO + " None of this has been discussed with her.",
    "the whole never discussed with her",
)
bad(
    "cl-lith-not-mine",
    CL,
    "lith",
    LITH + " None of the above is my assessment; I am only typing it up.",
    "the whole disowned as not the author's",
)
bad(
    "cl-dzp-rough-notes",
    CL,
    "dzp",
    DZP + " These are only rough notes.",
    "the whole called rough notes",
)
bad(
    "cl-fo-whole-on-hold",
    CL,
    "fo",
    FO + " The entire plan is on hold until the case conference.",
    "the whole plan on hold",
)
bad(
    "cl-valp-may-change",
    CL,
    "valp",
    VALP + " It may all be different by next week.",
    "the whole open to change, nothing in its place",
)

# ---------------------------------------------------------------------------------------------------- copies
ok(
    "cp-meth-sister-then-plan",
    CP,
    "meth",
    METH_DOSE + " The baby will be looked after as her sister's baby was last year: withdrawal scoring on the "
    "postnatal ward for at least 72 hours, then the HV checks for late signs to day 8. " + METH_FEED + " "
    + METH_SLEEP,
    "a comparison followed by the care written out",
    greek,
)
ok(
    "cp-dzp-previous-then-plan",
    CP,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " As with her first baby, the foster carer and HV watch for late withdrawal "
    "(tremor, poor feeding, inconsolable crying) until day 8.",
    "a comparison beside the watch written out",
)
bad(
    "cp-meth-first-child-only",
    CP,
    "meth",
    METH_DOSE + " Her drowsiness after each dose is worst in the early afternoon. Everything for the baby will be "
    "done exactly as it was for her first child in 2022.",
    "the baby's whole care given only as a copy of another child's",
)
bad(
    "cp-dzp-as-last-time",
    CP,
    "dzp",
    DZP_DOSE + " Both make Kayleigh drowsy, worst in the hour after each dose. The baby's care will be managed "
    "just as her sister's baby's was last year.",
    "the baby's care only a copy of another baby's",
)

# ---------------------------------------------------------------------------------------------------- holders
ok(
    "hd-lith-retired-successor",
    HD,
    "lith",
    LITH_DOSE + " Dr Evans, who started her lithium in 2021, has since retired; Dr Rao, who replaced her, now "
    "arranges the levels monthly, weekly from 36 weeks and within 24 hours of delivery. " + LITH_BABY,
    "a retired prescriber with her successor holding the levels",
    cyr,
)
ok(
    "hd-valp-retired-history",
    HD,
    "valp",
    "Her valproate was first prescribed in 2019 by a GP who has since retired; the practice prescribes it now. "
    + VALP,
    "a retired GP named only as history",
)
ok(
    "hd-sert-if-she-stops",
    HD,
    "sert",
    SERT + " If she stops the sertraline at any point, the GP sees her within a week.",
    "a plain 'if she stops' with its holder",
)
ok(
    "hd-quet-fine-hv-tells",
    HD,
    "quet",
    QUET + " The baby should be fine with this; the HV will let us know at once if the crib arrangement changes.",
    "a watcher named between the baby and the telling",
    shy,
)
ok(
    "hd-fo-watch-replaced",
    HD,
    "fo",
    FO + " The ward's day-7 review was cancelled; the community midwife, who replaced it with a home visit on day "
    "7, reports to the HV.",
    "a cancelled review replaced",
)
ok(
    "hd-dzp-hv-left-cover",
    HD,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The named HV, who has left the service, has been replaced by Jo Ames, HV; "
    "she and the foster carer watch for late withdrawal until day 8.",
    "a holder gone with her cover named",
)
ok(
    "hd-dzp-hv-covered-by",
    HD,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The named HV, who has left the service, is covered by Jo Ames, HV, who "
    "watches with the foster carer for late withdrawal until day 8.",
    "a holder gone with her cover named in the same sentence",
)
bad(
    "hd-lith-levels-retired",
    HD,
    "lith",
    LITH_DOSE + " The levels are arranged by Dr Evans, who has retired from the practice. " + LITH_BABY,
    "the levels held by a clinician who has retired",
)
bad(
    "hd-sert-only-if-stops-today",
    HD,
    "sert",
    "Sertraline 100 mg once a day continues, since a relapse would harm her and the baby more than the drug. The "
    "midwives watch the baby for jitteriness and poor feeding only if she stops sertraline today; breastfeeding is "
    "compatible; mood review at the 6-week check.",
    "a watch gated on stopping today a medicine that continues",
)
bad(
    "hd-valp-born-before-conception",
    HD,
    "valp",
    VALP_DOSE + " The baby was exposed in the first trimester; early fetal medicine review happens only if the baby "
    "is born before she conceived. Folic acid 5 mg was started today.",
    "a review gated on a birth before conception",
)
bad(
    "hd-quet-baby-will-say",
    HD,
    "quet",
    QUET_HEAD + " He gives no night feeds after his dose and never sleeps with the baby on a bed, sofa or armchair. "
    "The baby will be fine in the crib and will let the mother know if anything changes.",
    "the baby as the one who tells",
)
bad(
    "hd-fo-visits-stopped",
    HD,
    "fo",
    "Diazepam and pregabalin go on unchanged for now. Sedation is the risk: no sharing of a bed, sofa or armchair, "
    "no feeding lying down, and the foster carer does the night feeds while Kayleigh is drowsy. Late withdrawal "
    "signs are possible until day 8; the HV's late-withdrawal visits were stopped on 12 June and no one has "
    "replaced them.",
    "the withdrawal watch withdrawn with nothing in its place",
)

# ---------------------------------------------------------------------------------------------------- forms
EYE = add_medicine(
    medicine(
        "med-cromoglicate",
        "Sodium cromoglicate 2% eye drops",
        "One drop in each eye four times a day for hay fever",
        "2026-02-20",
        gp_prescriber(RIVERSIDE),
        not_of_concern_reason=(
            "Eye drops for hay fever with negligible absorption; compatible with pregnancy and breastfeeding (BNF)."
        ),
    )
)
ok(
    "fm-cit-eye-drops-other",
    FM,
    "cit",
    CIT_DOSE + " Her sticky eye is treated with chloramphenicol eye drops for five days, which raise no concern. "
    + CIT_BABY,
    "eye drops of another product beside the tablet",
    zwsp,
)
ok(
    "fm-sert-saline-spray",
    FM,
    "sert",
    SERT + " A saline nasal spray for her blocked nose is fine alongside it.",
    "a nasal spray of another product",
)
ok(
    "fm-sert-with-listed-eye-drops",
    FM,
    "sert",
    SERT + " Her sodium cromoglicate eye drops for hay fever raise no concern.",
    "an eye drop listed as its own medicine",
    pre=EYE,
)
ok(
    "fm-meth-liquid-mouth",
    FM,
    "meth",
    "Methadone 60 ml of the 1 mg/ml oral solution, taken by mouth once a day under supervision, stays at this dose "
    "until she delivers. " + " ".join((METH_WATCH, METH_FEED, METH_SLEEP)),
    "the listed oral solution by its own route",
)
bad(
    "fm-sert-nasal",
    FM,
    "sert",
    "Sertraline 100 mg as a nasal spray once a day goes on, since a relapse would harm her and the baby more than "
    "the drug. The midwives look for jitteriness and poor feeding in the first 48 hours; breastfeeding is "
    "compatible; mood review at the 6-week check.",
    "sertraline tablets given as a nasal spray",
)
bad(
    "fm-cit-ear-drops",
    FM,
    "cit",
    "Citalopram 20 mg given as ear drops each morning carries on through pregnancy and feeding. " + CIT_BABY,
    "citalopram tablets given as ear drops",
)

# ---------------------------------------------------------------------------------------------------- remedies
ok(
    "rm-sert-wort-stopped",
    RM,
    "sert",
    SERT + " She stopped the St John's wort she had bought once told it interacts with sertraline; the sertraline "
    "dose will not be changed.",
    "an interacting remedy stopped, the listed dose 'will not be changed'",
    cyr,
)
ok(
    "rm-cit-wort-avoid",
    RM,
    "cit",
    CIT + " She must not take St John's wort with citalopram; the citalopram should not be stopped.",
    "advice against the remedy, the listed medicine kept",
)
bad(
    "rm-sert-wort-kept",
    RM,
    "sert",
    SERT + " She also takes St John's wort for her mood, which will not be changed.",
    "an interacting remedy kept as hers",
    cyr,
)
bad(
    "rm-cit-wort-continue",
    RM,
    "cit",
    CIT + " The St John's wort she buys at the health food shop should not be stopped either.",
    "an interacting remedy kept by 'should not be stopped'",
)

# ---------------------------------------------------------------------------------------------------- hedges
ok(
    "hg-cit-feeding-likely",
    HG,
    "cit",
    CIT_DOSE + " The GP reviews her mood at the 6-week check. The baby after birth? Probably fine, but the "
    "midwife looks for adaptation signs for 48 hours; feeding likely breast, which is compatible with citalopram.",
    "a hedged question answered with its watch and reason",
)
ok(
    "hg-lith-level-probably",
    HG,
    "lith",
    LITH_DOSE + " Baby's level at birth? Probably not needed: the paediatric team checks it only if the baby is "
    "floppy or feeds poorly. " + LITH_LEVELS + " Breastfeeding is not advised; she will bottle feed.",
    "a hedge with its plan",
    greek,
)
ok(
    "hg-mo-scoring-perhaps-longer",
    HG,
    "mo",
    MO + " Longer on the ward? Perhaps, if the scores rise after 72 hours; the neonatal team decides then.",
    "a hedge with its condition and holder",
)
bad(
    "hg-cit-feeding-maybe",
    HG,
    "cit",
    "Citalopram 20 mg once a day carries on, as her last attempt to stop ended in relapse; the GP reviews her "
    "mood at the 6-week check. The baby after birth? Possibly.",
    "the baby's only mention a question answered by a hedge",
)
bad(
    "hg-lith-levels-unsure",
    HG,
    "lith",
    LITH_DOSE + " " + LITH_LEVELS + " The baby? Not sure yet.",
    "the baby's only mention a question answered by a hedge",
)

# ---------------------------------------------------------------------------------------------------- handover
HANDED = (
    "Printed copy handed to the foster carer at the discharge planning meeting on the postnatal ward, 2026-06-12, "
    "and its contents explained."
)
ok(
    "ho-second-copy-sw",
    HO,
    "fcr",
    HANDED + " A second copy for her fostering supervisor, address TBC, to be confirmed by Leanne Moss, social "
    "worker.",
    "a second copy pending with a named person beside a full hand-over",
)
ok(
    "ho-second-copy-office",
    HO,
    "fcr",
    HANDED + " A copy for the Brightwater office is to follow once the placement team confirms the address.",
    "a second copy pending with a named team",
    cyr,
)
bad(
    "ho-only-pending",
    HO,
    "fcr",
    "Printed copy to be posted to the foster carer; address TBC.",
    "the only hand-over waiting on an address no one confirms",
)
bad(
    "ho-pending-mother",
    HO,
    "fcr",
    "Printed copy to be given to the foster carer once Kayleigh confirms where the placement is.",
    "the only hand-over held by a parent",
)

# ---------------------------------------------------------------------------------------------------- more good work
ok("cs-v-by-phone", CS, "vlb", "Consent taken by phone on 20 May.", "consent with its manner and date", shy)
ok("cs-p-daniel-too", CS, "plb", "Daniel agreed as well as the mother.", "both parents' agreement", fw)
ok(
    "cs-m-ok-all-four",
    CS,
    "mlb",
    "OK with all four recipients, she said when we read it through.",
    "an affirmation that carries who agreed and to what",
)
ok(
    "sl-quet-spare-room",
    SL,
    "quet",
    QUET_HEAD + " He may sleep in the spare room after his dose, so he is never in a bed, on a sofa or in an "
    "armchair with the baby, and he gives no night feeds. The mother does the nights with the baby in the "
    "next-to-me crib; the HV checks this at each visit to 8 weeks.",
    "a modal sending the sedated father to another room",
    cyr,
)
ok(
    "sl-po-crib-locked",
    SL,
    "po",
    "The mother's paracetamol raises no concern. The father's quetiapine 300 mg at night sedates him heavily, so "
    "he does no night feeds. The next-to-me crib is fine once its side is locked to the mother's side of the bed; "
    "the baby never sleeps in the bed or on a sofa with him. The HV saw the crib and keeps checking it.",
    "'is fine once' for the baby's own crib",
)
ok(
    "sl-lith-cot-six-months",
    SL,
    "lith",
    LITH + " The baby may sleep in a cot in their room for the first six months, as the safe-sleep advice says.",
    "a modal granting room sharing in a cot",
)
ok(
    "pl-fo-grandmother-met",
    PL,
    "fo",
    FO + " The baby's grandmother came to the ward to meet the foster carer; she has no caring role in this plan "
    "for now.",
    "a relative met on the ward, no move told",
)
ok(
    "pl-dzp-mother-out-with-aunt",
    PL,
    "dzp",
    DZP + " Kayleigh went home with her aunt for the afternoon on 11 June while the baby stayed on the ward with "
    "the midwives.",
    "the mother out with a relative, the baby on the ward",
    zwsp,
)
ok(
    "fd-dzp-milk-not-arising",
    FD,
    "dzp",
    DZP + " Because the baby is bottle fed, exposure through breast milk does not arise.",
    "breast milk named only to set it aside",
)
ok(
    "fd-lith-hoped-not",
    FD,
    "lith",
    LITH_DOSE + " " + LITH_LEVELS + " The paediatric team reviews the baby after birth for floppiness, poor "
    "feeding and thyroid problems. She had hoped to breastfeed, as she did with her son, but agreed to bottle "
    "feed because lithium passes into breast milk.",
    "a past hope and an older child's feeding, this baby bottle fed",
    greek,
)
ok(
    "dt-fo-day8-date",
    DT,
    "fo",
    FO + " The last late-withdrawal check is on day 8, Tuesday 16 June 2026.",
    "day 8 dated right with its weekday",
)
ok(
    "dt-meth-36-weeks",
    DT,
    "meth",
    METH + " The drug service reviews her dose at 36 weeks, on Friday 17 April 2026.",
    "36 weeks dated right from the EDD",
    shy,
)
ok(
    "dt-cit-edd-april",
    DT,
    "cit",
    "EDD 6 April 2026. " + CIT,
    "the record's EDD written out",
)
ok(
    "dt-quet-six-week-date",
    DT,
    "quet",
    QUET + " His GP reviews the dose at the baby's 6-week check on 29 June 2026.",
    "a 6-week check dated right from the birth",
)
ok(
    "dt-po-day5-past",
    DT,
    "po",
    PO + " The midwife's day-5 visit on Saturday 23 May 2026 found the crib safe.",
    "a past day-5 visit dated right",
)
ok(
    "cl-quet-discussed-both",
    CL,
    "quet",
    QUET + " All of this was discussed with both parents together.",
    "the whole discussed",
    greek,
)
ok(
    "cl-fo-one-move-on-hold",
    CL,
    "fo",
    FO + " Only the move to a mother-and-baby unit is on hold until the hearing; the rest of the plan stands.",
    "one item on hold",
)
ok(
    "cl-lo-early-birth",
    CL,
    "lo",
    LO + " Should she deliver before 34 weeks, the plan may be different: the baby would then have the paediatric "
    "review on the neonatal unit instead.",
    "a contingency with what happens instead",
)
ok(
    "cp-quet-older-child-then",
    CP,
    "quet",
    QUET_HEAD + " As with their older child, the nights are the mother's: he gives no night feeds after his dose "
    "and never sleeps with the baby on a bed, sofa or armchair, and the baby sleeps in the next-to-me crib. The HV "
    "checks this at each visit to 8 weeks.",
    "a comparison followed by the care written out",
    shy,
)
ok(
    "hd-cit-midwife-covering",
    HD,
    "cit",
    CIT_DOSE + " Anna Lowe, the community midwife who replaced Ms Green while she is on leave, looks for adaptation "
    "signs for 48 hours after birth; breastfeeding is supported; the GP reviews her mood at the 6-week check.",
    "a successor holding the watch",
)
ok(
    "hd-po-psychiatrist-retired",
    HD,
    "po",
    PO + " Daniel's quetiapine was started by a psychiatrist who has since retired; his GP prescribes it now and "
    "tells the HV of any change.",
    "a retired prescriber as history, a current holder named",
    cyr,
)
ok(
    "fm-lith-tablets-mouth",
    FM,
    "lith",
    "Lithium (Priadel) 800 mg as modified-release tablets by mouth at night continues, because stopping would "
    "raise her risk of relapse and postpartum psychosis. " + LITH_LEVELS + " " + LITH_BABY,
    "the listed modified-release tablets by mouth",
)
ok(
    "fm-dzp-eye-drops-baby",
    FM,
    "dzp",
    DZP + " The baby's sticky eye needs only cleaning with cooled boiled water; no eye drops.",
    "eye drops named as not needed for the baby",
    zwsp,
)
ok(
    "rm-sert-never-wort",
    RM,
    "sert",
    SERT + " She has never used St John's wort and knows not to take it with sertraline.",
    "an interacting remedy never taken",
)
ok(
    "hg-sert-pphn-possible",
    HG,
    "sert",
    SERT + " PPHN? Possible but rare, about 3 in 1,000; the paediatric team is told at delivery.",
    "a hedge with its size and holder",
)
ok(
    "ho-second-copy-mesh",
    HO,
    "fcr",
    HANDED + " The placement's office has its copy by MESH.",
    "a full hand-over beside a second copy sent",
    zwsp,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F134CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F134CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F134CASES):3}"
    )
