"""A hundred-and-twenty-third independent "fresh" batch of red-team cases for the share gate: the adversary,
twenty-second round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Hollow, contradictory or impossible records in fluent clinical writing, refuse-heavy (about 60%), each
shape paired with a near miss a GP or midwife could write that must pass:

* ``holders``: plans whose acts are held by someone who cannot do them (a probation officer, a porter, a
  solicitor, a chaplain, a delivery driver, a dead grandmother, a social worker the record does not have, the
  sedated parent at night); against plans held by the right people, with the others beside them;
* ``withdrawn``: plans shelved, fallen through, postponed past the point they matter, suspended, or disowned by
  a closing sentence (drafts, another patient's plan, "none of this was discussed"); against real replacements;
* ``never``: plans under conditions that can never hold (a birth after 45 weeks, an impossible score or level, a
  scan in the first trimester at 30 weeks, the care of nights he never has); against real conditions;
* ``pasted``: another medicine's plan under this one (lithium levels for citalopram, supervised consumption for
  sertraline, the quetiapine household's plan for diazepam); against each medicine's own plan;
* ``facts``: contradictions with the record's facts (trimester, due month, where the baby is and sleeps, feeding,
  who takes the medicine, a born baby in an antenatal record) and dose lines with routes their form cannot take;
* ``numbers``: counts and units that cannot be (scores over a window, grams for milligrams, per kilogram, a daily
  total tenfold, a watch in thousands of hours, a crib 25 hours a day);
* ``pointers``: deferrals in new clothes (a shared drive, a QR code, a laminated card, an e-mail thread's item, a
  whiteboard, a voice note, an appendix, "ditto"); against content with the pointer beside it;
* ``names``: brands, misspellings and combination products of concerning medicines in the list or hidden in a
  conclusion; against brands of listed medicines and harmless products with a reason;
* ``dates``: dates that cannot be true (a weekday that is not that date's, a 6-week check before the EDD, a
  gestation's date weeks off, day 8 three weeks after the birth); against the right dates;
* ``routes``: routes that cannot deliver (port 0 or past 65535, a hand-over by the baby, a post to no address);
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh123_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

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
    N,
    P,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F123CASES: list[Case] = []

CATEGORIES = (
    "holders",
    "withdrawn",
    "never",
    "pasted",
    "facts",
    "numbers",
    "pointers",
    "names",
    "dates",
    "routes",
    "disguise",
)

HO, WD, NV, PS, FC, NU, PT, NM, DT, RT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F123CASES.append(Case(f"f123-{name}", category, expect, base, mutate, why))


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


def rec(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    """A case that changes a structured part of the record rather than a conclusion."""
    add(name, category, expect, base, mutate, why)


# Complete bodies written afresh for this batch; each case adds or swaps its own point.
M_DOSE = "Methadone 60 mg once daily is to stay as it is through the rest of pregnancy."
M_WATCH = (
    "After birth the baby stays on the postnatal ward for at least 72 hours, scored for withdrawal 4-hourly by the "
    "ward midwives, and the health visitor checks for late signs until day 8."
)
M_FEED = "She may breastfeed on this steady dose."
M_SLEEP = (
    "Methadone leaves her drowsy after each dose, so the baby never shares her bed or sofa; the midwife checks the "
    "cot at the first home visit."
)
METH = " ".join((M_DOSE, M_WATCH, M_FEED, M_SLEEP))

SERT = (
    "Sertraline 100 mg a day goes on, since stopping brought back her depression before. The ward midwives look for "
    "jitteriness, fast breathing and poor feeding in the baby's first 48 hours; breastfeeding is fine on sertraline; "
    "the GP reviews her mood at six weeks."
)
MO = (
    "Methadone and sertraline both stay at their current doses. The baby is scored for withdrawal and adaptation on "
    "the postnatal ward for at least 72 hours, and the health visitor looks for late signs until day 8. "
    "Breastfeeding is supported. Methadone sedates her, so no bed or sofa sharing with the baby; the social worker "
    "and health visitor see the cot before discharge."
)
C_DOSE = "Citalopram 20 mg daily goes on because her last attempt to stop led to relapse."
C_WATCH = (
    "The midwife watches the baby for 48 hours after birth for jitteriness, poor feeding and fast breathing, with a "
    "paediatric review if these persist"
)
C_REST = "breastfeeding is supported; the GP reviews her mood at the 6-week check."
CIT = f"{C_DOSE} {C_WATCH}; {C_REST}"
L_DOSE = (
    "Lithium (Priadel) 800 mg at night stays, because relapse after birth, including postpartum psychosis, is the "
    "bigger danger."
)
L_LEVELS = "Levels every 4 weeks, weekly from 36 weeks and within 24 hours of delivery;"
L_BABY = "the paediatrician reviews the baby after birth for floppiness, poor feeding and thyroid problems."
L_FEED = "Lithium passes into breast milk, so she will bottle feed."
LITH = " ".join((L_DOSE, L_LEVELS, L_BABY, L_FEED))
V_DOSE = "Sodium valproate 500 mg twice a day must not be stopped suddenly: seizures would endanger her and the baby."
V_PLAN = (
    "The baby was exposed through the first trimester, so neurology reviews her treatment urgently and fetal "
    "medicine arranges a detailed anomaly scan; folic acid 5 mg has started."
)
VALP = f"{V_DOSE} {V_PLAN}"
D_DOSE = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day carry on for now, with a slow diazepam "
    "reduction agreed for the 6-week review."
)
D_SLEEP = (
    "Together they make Kayleigh drowsy, so she never sleeps with the baby on a bed, sofa or armchair and never "
    "feeds lying down; the foster carer does all the night feeds."
)
D_WATCH = "The foster carer and health visitor watch the baby for late withdrawal until day 8."
DZP = " ".join((D_DOSE, D_SLEEP, D_WATCH))
Q_HEAD = "Daniel's quetiapine 300 mg at night leaves him very hard to wake."
Q_RULE = "He does no night feeds after his dose and never has the baby on a bed, sofa or armchair with him."
Q_NIGHTS = "Chloe does the night feeds and the baby sleeps in the crib on her side"
QUET = f"{Q_HEAD} {Q_RULE} {Q_NIGHTS}; the health visitor checks this at each visit to 8 weeks."
PO_HEAD = (
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine sedates him heavily at night: no "
    "co-sleeping with him and no night feeds by him after his dose."
)

# ---------------------------------------------------------------------------------------------------- holders
bad("ho-meth-probation-officer-watches", HO, "meth",
    f"{M_DOSE} After birth her probation officer watches the baby for withdrawal signs for 72 hours and then until "
    f"day 8. {M_FEED} {M_SLEEP}",
    "the baby's withdrawal watch held only by a probation officer, who cannot score a newborn", cyr)
ok("ho-meth-probation-officer-informed", HO, "meth",
    f"{M_DOSE} {M_WATCH} Her probation officer knows the plan and reminds her of antenatal appointments. {M_FEED} "
    f"{M_SLEEP}",
    "the watch held by the ward and the HV; the probation officer only reminds her of appointments")
bad("ho-quet-delivery-driver-checks", HO, "quet",
    f"{Q_HEAD} The pharmacy delivery driver checks each week, when he drops off the tablets, that the baby sleeps in "
    "her own crib and that Daniel does no night feeds.",
    "the only safe-sleep act given to a delivery driver on his round", zwsp)
ok("ho-quet-driver-beside-hv", HO, "quet",
    f"{Q_HEAD} {Q_RULE} {Q_NIGHTS}; the health visitor checks the crib at each visit to 8 weeks, and the pharmacy "
    "delivers his tablets each week.",
    "the delivery is only a delivery; the HV holds the check")
bad("ho-dzp-porter-and-taxi", HO, "dzp",
    f"{D_DOSE} {D_SLEEP} The hospital porter and the taxi driver who takes her to the placement watch the baby for "
    "late withdrawal until day 8.",
    "the late-withdrawal watch held by a porter and a taxi driver", fw)
bad("ho-lith-chaplain-takes-level", HO, "lith",
    f"{L_DOSE} {L_LEVELS} the hospital chaplain takes the baby's lithium level on the first day and checks the baby "
    f"for floppiness and poor feeding. {L_FEED}",
    "the baby's level and review given to the chaplain")
ok("ho-lith-chaplain-visits", HO, "lith",
    f"{LITH} The hospital chaplain, whom she asked for, visits her on the ward.",
    "the chaplain visits her; the paediatrician holds the review", greek)
bad("ho-cit-late-mother-watches", HO, "cit",
    f"{C_DOSE} Her late mother, who died last spring, will watch the baby for jitteriness and poor feeding for 48 "
    f"hours after birth; {C_REST}",
    "the adaptation watch held by a grandmother the text says has died")
bad("ho-cit-social-worker-none", HO, "cit",
    f"{C_DOSE} The allocated social worker watches the baby for 48 hours after birth for jitteriness, poor feeding "
    f"and fast breathing; {C_REST}",
    "the watch held by a social worker the record does not have (no social care involved), and not a neonatal role")
ok("ho-cit-no-social-worker-midwife", HO, "cit",
    f"{CIT} No social worker is involved, as there are no safeguarding concerns.",
    "the absent role holds nothing; the midwife watches")
bad("ho-po-daniel-checks-breathing", HO, "po",
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine leaves him very hard to wake after his "
    "10 pm dose, so Daniel will check the baby's breathing every hour through the night while Chloe sleeps.",
    "the night checks given to the parent the same sentence says is hard to wake", shy)
ok("ho-po-chloe-checks-breathing", HO, "po",
    f"{PO_HEAD} Chloe checks the baby through the night in the crib on her side, which the health visitor saw and "
    "keeps checking.",
    "the night with the unsedated mother")
bad("ho-fo-foster-nights-away", HO, "fo",
    "Diazepam and pregabalin continue for now, and both sedate the mother. The foster carer works nights this month, "
    "so Kayleigh does the night feeds herself in the placement. The health visitor watches for late withdrawal "
    "until day 8.",
    "the sedated mother given the nights because the carer is away")
ok("ho-fo-night-carer-covers", HO, "fo",
    "Diazepam and pregabalin continue for now, and both sedate the mother: no bed, sofa or armchair sharing and no "
    "feeding lying down. The foster carer works nights this month, so the placement's relief carer does the night "
    "feeds. The health visitor watches for late withdrawal until day 8.",
    "the nights with a relief carer, not the sedated mother")
bad("ho-meth-solicitor-cot", HO, "meth",
    f"{M_DOSE} {M_WATCH} {M_FEED} Methadone leaves her drowsy after each dose; her solicitor will see that the baby "
    "sleeps in the cot and not in her bed.",
    "the safe-sleep check held by her solicitor, with no rule of its own")

# ---------------------------------------------------------------------------------------------------- withdrawn
bad("wd-meth-none-discussed", WD, "meth",
    f"{METH} None of the above has been discussed with Jodie or the ward yet, so it may all be different on the day.",
    "a closing sentence that disowns the whole plan", cyr)
bad("wd-sert-student-draft", WD, "sert",
    f"{SERT} This is a first draft by the student and has not been checked; please do not act on it yet.",
    "an unchecked draft marked not to be acted on")
ok("wd-sert-student-checked", WD, "sert",
    f"{SERT} Drafted with the student and checked by me before signing.",
    "a draft checked and signed is the clinician's own", bidi)
bad("wd-lith-another-patient", WD, "lith",
    f"{LITH} Please disregard the plan above: it was written for another patient, and a corrected one will follow.",
    "the plan disowned as another patient's")
bad("wd-valp-not-until-delivery", WD, "valp",
    f"{VALP} On reflection, none of these referrals will be sent until after she has delivered.",
    "every referral postponed past the point it could help the unborn baby", bidi)
ok("wd-valp-sent-today", WD, "valp",
    f"{VALP} Both referrals went today, marked urgent.",
    "the referrals sent now")
bad("wd-dzp-suspended-proceedings", WD, "dzp",
    f"{DZP} The whole of this plan is suspended until the care proceedings finish in the autumn.",
    "the plan suspended for months, past the weeks it covers", zwsp)
bad("wd-meth-scoring-shelved", WD, "meth",
    f"{M_DOSE} The ward's 72-hour withdrawal scoring has been shelved because of staffing, and nothing else is set "
    f"up. {M_FEED} {M_SLEEP}",
    "the withdrawal watch shelved with nothing in its place", shy)
ok("wd-meth-shelved-transitional-care", WD, "meth",
    f"{M_DOSE} The ward's 72-hour scoring has been shelved because of staffing, so the baby goes to the transitional "
    f"care unit for 72 hours of withdrawal scoring instead, and the HV checks to day 8. {M_FEED} {M_SLEEP}",
    "shelved with a replacement that scores the baby")
bad("wd-quet-nights-fallen-through", WD, "quet",
    f"{Q_HEAD} The plan for Chloe to do the baby's night feeds has fallen through since she went back to night "
    "shifts, and no new arrangement exists.",
    "the night arrangement fallen through and nothing replaces it", greek)
ok("wd-quet-nights-grandmother-hv", WD, "quet",
    f"{Q_HEAD} {Q_RULE} Chloe is back on night shifts, so her mother, who lives with them, does the night feeds "
    "and the baby sleeps in its crib beside her; the health visitor checks this at each visit.",
    "a new night arrangement named, with the HV checking")
bad("wd-mo-scoring-from-six-weeks", WD, "mo",
    "Methadone and sertraline both stay at their current doses. The baby's withdrawal scoring starts when the baby "
    "is six weeks old, and the health visitor then looks for signs. Breastfeeding is supported. Methadone sedates "
    "her, so no bed or sofa sharing with the baby.",
    "the withdrawal watch starts weeks after late withdrawal would have shown")
bad("wd-cit-watch-from-six-weeks", WD, "cit",
    f"{C_DOSE} The midwife watches the baby for jitteriness, poor feeding and fast breathing from the 6-week check "
    f"onwards; {C_REST}",
    "the adaptation watch put after the days it matters")
bad("wd-valp-anomaly-scan-39-weeks", WD, "valp",
    f"{V_DOSE} The baby was exposed through the first trimester, so neurology reviews her treatment urgently and "
    "the detailed anomaly scan is booked for 39 weeks; folic acid 5 mg has started.",
    "the anomaly scan put off to term, when it can change nothing")
ok("wd-valp-anomaly-scan-20-weeks", WD, "valp",
    f"{V_DOSE} The baby was exposed through the first trimester, so neurology reviews her treatment urgently and "
    "the detailed anomaly scan is booked for 20 weeks, with an early scan at 12; folic acid 5 mg has started.",
    "the scans at the weeks they matter")

# ---------------------------------------------------------------------------------------------------- never
bad("nv-meth-after-45-weeks", NV, "meth",
    f"{M_DOSE} The ward midwives score the baby for withdrawal only if she delivers after 45 weeks. {M_FEED} "
    f"{M_SLEEP}",
    "the watch conditional on a pregnancy past 45 weeks, which cannot happen", cyr)
ok("nv-meth-scores-below-eight", NV, "meth",
    f"{M_DOSE} {M_WATCH} If the scores stay below 8 throughout, the baby can go home on day 4. {M_FEED} {M_SLEEP}",
    "a real condition on the scores")
bad("nv-lith-level-fifty", NV, "lith",
    f"{L_DOSE} {L_LEVELS} the paediatrician reviews the baby only if the baby's lithium level at birth is above 50 "
    f"mmol/L. {L_FEED}",
    "the baby's review conditional on a level no living baby has")
ok("nv-lith-level-above-one", NV, "lith",
    f"{LITH} If her level is above 1.0 mmol/L, the dose is reduced and the level checked again within a week.",
    "a real threshold for her level")
bad("nv-valp-first-trimester-at-30", NV, "valp",
    f"{V_DOSE} The baby was exposed through the first trimester, so the fetal medicine scan goes ahead if she is "
    "still in the first trimester at 30 weeks; neurology reviews her treatment urgently.",
    "the scan conditional on something that can never hold", fw)
ok("nv-valp-scan-shows-defect", NV, "valp",
    f"{VALP} If the 20-week scan shows a neural tube defect, fetal medicine discuss the options with her that week.",
    "a real condition on a result")
bad("nv-dzp-only-if-off-both", NV, "dzp",
    f"{D_DOSE} The foster carer does the night feeds only on nights when Kayleigh has taken neither diazepam nor "
    f"pregabalin. {D_WATCH}",
    "the nights kept from her only on nights that never come, as both continue")
bad("nv-quet-nights-he-skips", NV, "quet",
    f"{Q_HEAD} Chloe does the night feeds on any night Daniel has taken no quetiapine; on other nights he does them.",
    "he takes it every night, so he does every night after his dose", cyr)
bad("nv-cit-birth-after-six-week", NV, "cit",
    f"{C_DOSE} The midwife watches the baby for adaptation signs only if the birth falls after the baby's 6-week "
    f"check; {C_REST}",
    "a birth after the baby's own 6-week check cannot happen")

# ---------------------------------------------------------------------------------------------------- pasted
bad("ps-sert-opioid-plan", PS, "sert",
    "Sertraline 100 mg continues under supervised consumption at the chemist, with take-home doses only once the "
    "drug service agrees; the baby is scored for NAS for 72 hours and no co-sleeping after her dose.",
    "the methadone plan pasted under sertraline")
bad("ps-valp-opioid-plan", PS, "valp",
    "Sodium valproate 500 mg twice a day continues. The baby is scored for withdrawal on the postnatal ward for 72 "
    "hours and the health visitor checks for late signs until day 8; no bed sharing after her dose.",
    "the methadone plan pasted under valproate")
bad("ps-dzp-quetiapine-household", PS, "dzp",
    f"{D_DOSE} He does no night feeds after his dose and never has the baby on a bed, sofa or armchair with him; "
    "Chloe does the night feeds and the baby sleeps in the crib on her side.",
    "another household's plan for a sedated father pasted under the mother's diazepam and pregabalin", bidi)
ok("ps-cit-own-plan", PS, "cit", CIT, "citalopram's own plan", shy)
bad("ps-po-foster-plan", PS, "po",
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine continues. Night feeds by the foster "
    "carer while the mother is sedated; the interim care order does not lower the risk.",
    "the foster placement's plan pasted into a household with no foster carer, giving the father's sedation to her")

# ---------------------------------------------------------------------------------------------------- facts
bad("fc-valp-third-trimester", FC, "valp",
    f"{V_DOSE} Now in her third trimester, the baby has been exposed throughout, so neurology reviews her treatment "
    "urgently and fetal medicine arranges a detailed anomaly scan; folic acid 5 mg has started.",
    "the third trimester at 8 weeks", cyr)
ok("fc-valp-first-trimester", FC, "valp",
    f"{V_DOSE} Now in her first trimester, the baby has been exposed from conception, so neurology reviews her "
    "treatment urgently and fetal medicine arranges a detailed anomaly scan; folic acid 5 mg has started.",
    "the first trimester at 8 weeks")
bad("fc-meth-due-end-august", FC, "meth",
    f"{M_DOSE} Her baby is due at the end of August; {M_WATCH[0].lower()}{M_WATCH[1:]} {M_FEED} {M_SLEEP}",
    "a due month three months from the EDD of 15 May")
ok("fc-meth-due-mid-may", FC, "meth",
    f"{M_DOSE} Her baby is due in mid-May; {M_WATCH[0].lower()}{M_WATCH[1:]} {M_FEED} {M_SLEEP}",
    "the due month the EDD gives")
bad("fc-dzp-home-with-parents", FC, "dzp",
    f"{D_DOSE} Together they make Kayleigh drowsy, so the baby sleeps in a cot beside her bed at home with her "
    f"parents and never in her bed. {D_WATCH}",
    "the baby placed at the mother's home, not the foster placement the record gives", greek)
ok("fc-dzp-cot-foster-room", FC, "dzp",
    f"{D_DOSE} Together they make Kayleigh drowsy, so the baby sleeps in a cot in the foster carer's room at the "
    f"placement and never in her bed. {D_WATCH}",
    "the cot where the record puts the baby")
bad("fc-po-still-on-nnu", FC, "po",
    f"{PO_HEAD} The baby is still on the neonatal unit and will not come home for some weeks; the unit nurses keep "
    "the cot.",
    "the baby on the neonatal unit in a record that discharged the baby home and saw the crib at home", cyr)
ok("fc-po-home-day-two", FC, "po",
    f"{PO_HEAD} The baby came home on day 2; the crib on Chloe's side was seen and is safe, and the health visitor "
    "keeps checking it.",
    "home, as the record says")
bad("fc-cit-formula-from-birth", FC, "cit",
    f"{C_DOSE} {C_WATCH}. She will formula feed from birth, so breast milk does not arise; the GP reviews her mood at "
    "the 6-week check.",
    "formula from birth against a record of breastfeeding and an item that supports it")
bad("fc-lith-newborn-three-weeks", FC, "lith",
    f"{L_DOSE} {L_LEVELS} her newborn, now three weeks old, was reviewed by the paediatrician for floppiness and "
    f"thyroid problems. {L_FEED}",
    "a born baby in an antenatal record at 24 weeks")
bad("fc-meth-boyfriend-takes", FC, "meth",
    f"The methadone, which is her boyfriend's prescription, stays at 60 mg once daily. {M_WATCH} {M_FEED} "
    f"{M_SLEEP}",
    "the mother's methadone written as her boyfriend's", zwsp)
ok("fc-meth-boyfriend-none", FC, "meth",
    f"Her boyfriend takes no methadone; hers stays at 60 mg once daily. {M_WATCH} {M_FEED} {M_SLEEP}",
    "the boyfriend denied, hers continuing")
rec("fc-sert-line-into-eye", FC, REFUSE, M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) into each eye once daily"),
    "tablets given into the eye: a route no tablet takes")
rec("fc-dzp-line-on-skin", FC, REFUSE, F,
    set_("medicines#med-diazepam.dose", "5 mg applied to the skin three times a day"),
    "tablets applied to the skin")
rec("fc-dzp-line-rectally", FC, PASS, F,
    set_("medicines#med-diazepam.dose", "5 mg rectally three times a day"),
    "tablets given rectally: unusual, but clinicians do it")
rec("fc-quet-line-nasal", FC, REFUSE, P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) sniffed up the nose at night"),
    "tablets taken up the nose")

# ---------------------------------------------------------------------------------------------------- numbers
bad("nu-meth-48-scores", NU, "meth",
    f"{M_DOSE} After birth the ward midwives score the baby 4-hourly for 72 hours, 48 scores in all, and the health "
    f"visitor checks for late signs until day 8. {M_FEED} {M_SLEEP}",
    "48 scores cannot come of 4-hourly over 72 hours (18)", zwsp)
ok("nu-meth-18-scores", NU, "meth",
    f"{M_DOSE} After birth the ward midwives score the baby 4-hourly for 72 hours, 18 scores in all, and the health "
    f"visitor checks for late signs until day 8. {M_FEED} {M_SLEEP}",
    "18 scores over 72 hours 4-hourly")
bad("nu-sert-100-grams", NU, "sert",
    SERT.replace("Sertraline 100 mg a day", "Sertraline 100 g a day"),
    "a thousandfold dose, grams for milligrams")
bad("nu-valp-ten-grams-total", NU, "valp",
    f"Sodium valproate 500 mg twice a day, 10 g a day in all, must not be stopped suddenly: seizures would endanger "
    f"her and the baby. {V_PLAN}",
    "a daily total twenty times the line's")
ok("nu-valp-one-gram-total", NU, "valp",
    f"Sodium valproate 500 mg twice a day, 1 g a day in all, must not be stopped suddenly: seizures would endanger "
    f"her and the baby. {V_PLAN}",
    "the daily total the line gives", fw)
bad("nu-meth-per-kilogram", NU, "meth",
    f"Methadone 60 mg/kg once daily is to stay as it is through the rest of pregnancy. {M_WATCH} {M_FEED} {M_SLEEP}",
    "a dose per kilogram that would be thousands of milligrams")
bad("nu-dzp-2000-hours", NU, "dzp",
    f"{D_DOSE} {D_SLEEP} The foster carer and health visitor watch the baby for late withdrawal for the next 2,000 "
    "hours.",
    "a withdrawal watch of about 83 days", bidi)
ok("nu-dzp-96-hours", NU, "dzp",
    f"{D_DOSE} {D_SLEEP} The foster carer and health visitor watch the baby for late withdrawal for the next 96 "
    "hours, to day 8.",
    "a watch to day 8 in hours")
bad("nu-quet-crib-25-hours", NU, "quet",
    f"{Q_HEAD} {Q_RULE} The baby sleeps in the crib on Chloe's side 25 hours a day, which the health visitor checks.",
    "a day of 25 hours")
ok("nu-lith-four-weekly-levels", NU, "lith",
    f"{L_DOSE} Levels every 4 weeks, then weekly from 36 weeks to delivery, about four weekly levels, and within 24 "
    f"hours of delivery; {L_BABY} {L_FEED}",
    "four weekly levels from 36 weeks to term")
bad("nu-cit-watch-48-weeks", NU, "cit",
    f"{C_DOSE} The midwife watches the baby on the ward for 48 weeks after birth for adaptation signs: jitteriness, "
    f"poor feeding and fast breathing; {C_REST}",
    "a ward watch of 48 weeks for adaptation")

# ---------------------------------------------------------------------------------------------------- pointers
bad("pt-meth-shared-drive", PT, "meth",
    "Methadone: plan as saved on the perinatal shared drive (Perinatal > 2026 > Marsh), which the ward can open.",
    "a folder path instead of a plan", shy)
bad("pt-sert-qr-code", PT, "sert",
    "Sertraline: scan the QR code on her hand-held notes for the current plan for her and the baby.",
    "a QR code instead of a plan")
bad("pt-lith-laminated-card", PT, "lith",
    "Lithium: follow the laminated card in her red folder, which sets out the plan for the levels and the baby.",
    "a card in her folder instead of a plan")
ok("pt-lith-card-beside-plan", PT, "lith",
    f"{LITH} The same plan is on the laminated card in her red folder.",
    "the plan written, the card a copy", cyr)
bad("pt-valp-email-item-three", PT, "valp",
    "Sodium valproate: per the neurology e-mail thread of last week, item 3, for what happens next with the baby.",
    "an e-mail thread's item instead of a plan")
bad("pt-dzp-whiteboard", PT, "dzp",
    "Diazepam and pregabalin: as set out on the whiteboard in the placement kitchen for the baby's nights.",
    "a whiteboard instead of a plan")
ok("pt-dzp-whiteboard-beside", PT, "dzp",
    f"{DZP} The foster carer has copied the night rules onto the whiteboard in the placement kitchen.",
    "the plan written; the whiteboard a copy of it")
bad("pt-quet-voice-note", PT, "quet",
    "Daniel's quetiapine: the health visitor's voice note from the new birth visit explains the plan for the baby's "
    "nights.",
    "a voice note instead of a plan", greek)
bad("pt-cit-ditto-last-pregnancy", PT, "cit",
    "Citalopram: ditto the plan for her last pregnancy, carried forward for this baby.",
    "'ditto' an earlier pregnancy's plan")
bad("pt-mo-appendix-b", PT, "mo",
    "Methadone and sertraline: the plan for both, and for the baby, is in Appendix B of this record.",
    "an appendix the record does not have")
ok("pt-mo-see-also-appendix", PT, "mo",
    f"{MO} The drug service's detailed dosing plan is also attached as an appendix.",
    "the plan written; an attachment beside it")

# ---------------------------------------------------------------------------------------------------- names
_N_PRESCRIBER = gp_prescriber(RIVERSIDE)


def _n_med(mid: str, name: str, dose: str, **extra: Any) -> Mutation:
    return add_medicine(medicine(mid, name, dose, "2026-04-05", _N_PRESCRIBER, **extra))


rec("nm-n-migraleve-pink", NM, REFUSE, N,
    _n_med("med-migraleve", "Migraleve Pink tablets", "Two tablets at the onset of a migraine"),
    "codeine with a sedating antihistamine under a brand, listed with no assessment")
rec("nm-n-nytol-with-reason", NM, REFUSE, N,
    _n_med("med-nytol", "Nytol One-A-Night 50mg tablets", "One tablet at night when needed",
           not_of_concern_reason="Over-the-counter sleep aid from the supermarket, taken now and then."),
    "a sedating antihistamine passed off with a reason")
rec("nm-n-kapake-with-reason", NM, REFUSE, N,
    _n_med("med-kapake", "Kapake 30mg/500mg tablets", "Two tablets up to four times a day",
           not_of_concern_reason="Painkiller for her perineal pain after the birth, short course only."),
    "co-codamol under a brand passed off with a reason")
rec("nm-n-diazapam-misspelt", NM, REFUSE, N,
    _n_med("med-diazapam", "Diazapam 2mg tablets", "2 mg at night when needed",
           not_of_concern_reason="Taken now and then for back spasm; she says it is harmless."),
    "misspelt diazepam passed off with a reason")
rec("nm-n-gaviscon-with-reason", NM, PASS, N,
    _n_med("med-gaviscon", "Gaviscon Advance oral suspension", "10 ml after meals and at bedtime",
           not_of_concern_reason="Alginate for heartburn; it acts in the stomach, is barely absorbed and does not "
           "reach the baby through breast milk."),
    "a harmless product with its reason")
bad("nm-cit-longtec-hidden", NM, "cit",
    f"{C_DOSE} {C_WATCH}; {C_REST} Her Longtec 10 mg at night for back pain carries on too.",
    "oxycodone under a brand, hidden in the conclusion and not on the list", zwsp)
bad("nm-lith-solpadol-hidden", NM, "lith",
    f"{LITH} She keeps taking her Solpadol for headaches as before.",
    "co-codamol under a brand, hidden in the conclusion and not on the list")
bad("nm-cit-mirtazapene-hidden", NM, "cit",
    f"{C_DOSE} She also takes Mirtazapene 15 mg at night for sleep. {C_WATCH}; {C_REST}",
    "a misspelt sedating antidepressant she takes, not on the list")
ok("nm-cit-mirtazapine-stopped", NM, "cit",
    f"{C_DOSE} Mirtazapine was stopped before this pregnancy. {C_WATCH}; {C_REST}",
    "a medicine named as stopped")
ok("nm-sert-lustral-brand", NM, "sert",
    SERT.replace("Sertraline 100 mg a day goes on", "Sertraline (Lustral) 100 mg a day goes on"),
    "the listed medicine's brand beside it")
ok("nm-po-seroquel-brand", NM, "po",
    "Chloe's paracetamol raises no concern for the baby. Daniel's Seroquel sedates him heavily at night: no "
    "co-sleeping with him and no night feeds by him after his dose. The crib on Chloe's side was seen and is safe, "
    "and the health visitor keeps checking it.",
    "the partner's listed quetiapine by its brand", bidi)
ok("nm-fo-valium-alzain", NM, "fo",
    "Valium (diazepam) and Alzain (pregabalin) continue for now. Both sedate the mother: no bed, sofa or armchair "
    "sharing, no feeding lying down, and the foster carer does the night feeds. The foster carer and health visitor "
    "watch for late withdrawal until day 8.",
    "the listed medicines by brand with their ingredients")
bad("nm-fo-zopiclone-hidden", NM, "fo",
    "Diazepam and pregabalin continue for now, with her Zimovane 7.5 mg at night. All three sedate the mother: no "
    "bed, sofa or armchair sharing, and the foster carer does the night feeds. The foster carer and health visitor "
    "watch for late withdrawal until day 8.",
    "zopiclone under a brand she takes, hidden in the overall conclusion and never assessed")

# ---------------------------------------------------------------------------------------------------- dates
bad("dt-meth-wrong-weekday", DT, "meth",
    f"{M_DOSE} {M_WATCH} {M_FEED} Methadone leaves her drowsy after each dose, so the baby never shares her bed or "
    "sofa; the midwife sees the cot at the home visit on Friday 9 March 2026.",
    "9 March 2026 is a Monday: the visit's day cannot be told", fw)
ok("dt-meth-right-weekday", DT, "meth",
    f"{M_DOSE} {M_WATCH} {M_FEED} Methadone leaves her drowsy after each dose, so the baby never shares her bed or "
    "sofa; the midwife sees the cot at the home visit on Monday 9 March 2026.",
    "the weekday the date has")
bad("dt-mo-six-week-check-before-edd", DT, "mo",
    f"{MO} The baby's 6-week check on 1 April 2026 looks at the cot again.",
    "a 6-week check six weeks before the EDD")
ok("dt-mo-six-week-check-june", DT, "mo",
    f"{MO} The baby's 6-week check, around 26 June 2026, looks at the cot again.",
    "the 6-week check six weeks after the EDD")
bad("dt-lith-36-weeks-june-17", DT, "lith",
    f"{L_DOSE} Levels every 4 weeks, weekly from 36 weeks (from 17 June 2026) and within 24 hours of delivery; "
    f"{L_BABY} {L_FEED}",
    "36 weeks falls on 29 July 2026 by the EDD and the gestation, six weeks after 17 June")
ok("dt-lith-36-weeks-july-29", DT, "lith",
    f"{L_DOSE} Levels every 4 weeks, weekly from 36 weeks (from 29 July 2026) and within 24 hours of delivery; "
    f"{L_BABY} {L_FEED}",
    "36 weeks on the date the EDD gives", shy)
bad("dt-valp-20-weeks-june", DT, "valp",
    f"{V_DOSE} The baby was exposed through the first trimester, so neurology reviews her treatment urgently and the "
    "detailed anomaly scan at 20 weeks is booked for 10 June 2026; folic acid 5 mg has started.",
    "20 weeks falls in August by the record, not on 10 June (12 weeks)", greek)
ok("dt-valp-20-weeks-august", DT, "valp",
    f"{V_DOSE} The baby was exposed through the first trimester, so neurology reviews her treatment urgently and the "
    "detailed anomaly scan at 20 weeks is booked for 12 August 2026; folic acid 5 mg has started.",
    "the 20-week scan on the date the record gives")
bad("dt-dzp-day-eight-june-30", DT, "dzp",
    f"{D_DOSE} {D_SLEEP} The foster carer and health visitor watch the baby for late withdrawal until day 8, 30 June "
    "2026.",
    "day 8 of a baby born on 8 June is 16 June, not 30 June")
ok("dt-dzp-day-eight-june-16", DT, "dzp",
    f"{D_DOSE} {D_SLEEP} The foster carer and health visitor watch the baby for late withdrawal until day 8, 16 June "
    "2026.",
    "day 8 on its date")
bad("dt-quet-eight-weeks-november", DT, "quet",
    f"{Q_HEAD} {Q_RULE} {Q_NIGHTS}; the health visitor checks this at each visit to 8 weeks, the last on 13 "
    "November 2026.",
    "8 weeks from a birth on 18 May is mid-July, not November")
ok("dt-quet-eight-weeks-july", DT, "quet",
    f"{Q_HEAD} {Q_RULE} {Q_NIGHTS}; the health visitor checks this at each visit to 8 weeks, the last on 13 July "
    "2026.",
    "8 weeks on its date")
bad("dt-cit-six-week-check-february", DT, "cit",
    f"{C_DOSE} {C_WATCH}; breastfeeding is supported; the GP reviews her mood at the 6-week postnatal check on 18 "
    "February 2026.",
    "a postnatal check dated before the EDD of 6 April")

# ---------------------------------------------------------------------------------------------------- routes
rec("rt-v-mllp-port-zero", RT, REFUSE, V,
    set_("recipients#rcp-maternity.route.port", 0),
    "port 0 names no listening service")
rec("rt-v-mllp-port-6661", RT, PASS, V,
    set_("recipients#rcp-maternity.route.port", 6661),
    "a usual MLLP port")
rec("rt-l-fhir-port-99999", RT, REFUSE, L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:99999/fhir/R4"),
    "a port past 65535")
rec("rt-l-fhir-port-8443", RT, PASS, L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "a real https port")
rec("rt-f-handed-by-baby", RT, REFUSE, F,
    set_("recipients#rcp-foster-carer.route.description",
         "Printed copy handed to the foster carer by the baby at discharge from the postnatal ward."),
    "a hand-over by a newborn")
rec("rt-f-handed-by-ward-midwife", RT, PASS, F,
    set_("recipients#rcp-foster-carer.route.description",
         "Printed copy handed to the foster carer by the ward midwife at discharge, and the plan read through."),
    "a hand-over by the ward midwife")
rec("rt-f-posted-no-address", RT, REFUSE, F,
    set_("recipients#rcp-foster-carer.route.description",
         "Copy posted to the foster carer at an address we do not yet have."),
    "a post to no address")
rec("rt-f-posted-agency-address", RT, PASS, F,
    set_("recipients#rcp-foster-carer.route.description",
         "Copy posted first class to the foster carer at the placement address held by Brightwater Fostering."),
    "a post to a known address")

# ---------------------------------------------------------------------------------------------------- more near misses
ok("ps-valp-own-plan", PS, "valp", VALP, "valproate's own plan", cyr)
ok("ho-dzp-porter-bags", HO, "dzp",
    f"{DZP} The hospital porter takes her bags to the taxi at discharge.",
    "the porter carries bags; the foster carer and HV hold the watch")
ok("nv-cit-still-jittery", NV, "cit",
    f"{CIT} If the baby is still jittery at 48 hours, the paediatrician reviews the baby before discharge.",
    "a real condition with its act")
ok("fc-cit-intends-breastfeed", FC, "cit",
    f"{CIT} She intends to breastfeed, as the record says.",
    "the feeding the record gives")
ok("nu-quet-crib-day-night", NU, "quet",
    f"{Q_HEAD} {Q_RULE} The baby sleeps in the crib on Chloe's side day and night, which the health visitor checks "
    "at each visit.",
    "the crib day and night")

ok("ho-meth-solicitor-has-copy", HO, "meth",
    f"{METH} Her solicitor has a copy of this plan for the care proceedings.",
    "the solicitor holds a copy, not an act of care")
ok("wd-lith-replaces-earlier", WD, "lith",
    f"{LITH} This replaces the version of 2 May, which gave the wrong dates for the weekly levels.",
    "a correction note beside the plan, not a disowning", fw)
ok("wd-dzp-review-after-proceedings", WD, "dzp",
    f"{DZP} The plan is looked at again when the care proceedings finish in the autumn.",
    "a later review beside a plan in force now")
ok("wd-mo-hv-six-weeks-beside", WD, "mo",
    f"{MO} The health visitor also sees the baby at six weeks for the routine review.",
    "a routine review later beside the withdrawal watch at birth")
ok("nv-dzp-missed-dose-still-carer", NV, "dzp",
    f"{DZP} Even on a night she misses a dose, the foster carer still does the feeds.",
    "a real condition that keeps the nights with the carer")
ok("ps-po-own-plan", PS, "po",
    f"{PO_HEAD} The crib on Chloe's side was seen and is safe, and the health visitor keeps checking it.",
    "the household's own plan")
rec("fc-sert-line-by-mouth", FC, PASS, M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) by mouth once daily"),
    "tablets by mouth")
ok("fc-lith-first-child-three", FC, "lith",
    f"{LITH} Her first child, now three, also had a paediatric review after birth.",
    "an older child's past review, not this baby's")
ok("dt-cit-six-week-check-may", DT, "cit",
    f"{C_DOSE} {C_WATCH}; breastfeeding is supported; the GP reviews her mood at the 6-week postnatal check around 18 "
    "May 2026.",
    "the postnatal check dated six weeks after the EDD", cyr)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F123CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F123CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F123CASES):3}"
    )
