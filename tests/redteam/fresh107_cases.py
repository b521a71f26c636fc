"""A hundred-and-seventh independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-eighth round, against the readings that landed in the last hour (CHANGELOG, Unreleased, Fixed).

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Most cases are complete clinical work that legitimately uses a shape the newest readings refuse; each is paired
with a near miss that the reading is right to refuse:

* ``withdrawn``: one thing withdrawn or an entry deleted, the plan standing ("the earlier plan to stop is
  withdrawn; ... continues") against the whole plan withdrawn ("all of the above withdrawn");
* ``choice``: her choice of feeding, or a choice beside a fixed plan, against the baby's watch or sleep left to
  her wish;
* ``cells``: table notes with every cell filled, against bare cells ("Levels: -.");
* ``stay``: a watch carried on at home, or the mother's own stay, against a ward watch longer than the stay;
* ``window``: windows running forward ("weekly levels from 36/40 until delivery") against one ending before it
  starts;
* ``earlier``: "as before" / "as last time" / "last time ... this time" with the plan restated for now, against
  an earlier pregnancy's plan copied in with nothing for now;
* ``span``: spans of the mother's or partner's life, an older child's age, an age to come, against a span of
  the baby's life longer than its age;
* ``route``: dose lines whose route the form takes (suspension for injection injected, oral suspension by
  mouth, an injection solution by mouth) against a depot by mouth or under the tongue;
* ``actor``: medicines as subjects of what medicines do ("methadone sedates her") with people acting, against a
  medicine doing what only a person can;
* ``roles``: a role absent for a while with cover for the gap, against the plan held by a role the text rules out;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (added medicines carry no code and a reason).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh107_cases`` for the counts per category.
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
    N,
    P,
    Record,
    V,
    add_medicine,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F107CASES: list[Case] = []

CATEGORIES = (
    "withdrawn",
    "choice",
    "cells",
    "stay",
    "window",
    "earlier",
    "span",
    "route",
    "actor",
    "roles",
    "disguise",
)

WD, CH, CE, ST, WN, ER, SP, RT, AC, RO, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F107CASES.append(Case(f"f107-{name}", category, expect, base, mutate, why))


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
    return homoglyphs(text, "aeopcx")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def fsi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


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


def extra_med(name: str, dose: str, reason: str) -> Mutation:
    med: Record = medicine("med-f107", name, dose, "2026-04-06", gp_prescriber(RIVERSIDE))
    med["not_of_concern_reason"] = reason
    return add_medicine(med)


def med_case(
    name: str, expect: Expect, med_name: str, dose: str, reason: str, why: str, disguise: Disguise | None = None
) -> None:
    add(name, RT, expect, N, extra_med(med_name, dose, reason), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, N, extra_med(med_name, disguise(dose), reason), f"{why} [disguised dose]")


# ============================================================================================================
# withdrawn

ok(
    "wd-meth-stop-plan-withdrawn",
    WD,
    "meth",
    "The earlier plan to stop is withdrawn; methadone continues at 60 mg daily, supervised. The baby will be "
    "scored for NAS on the postnatal ward for at least 72 hours, breastfeeding is supported on this steady dose, "
    "and because methadone makes her drowsy there is no co-sleeping: the HV checks the cot at the first visit.",
    "one plan (to stop) withdrawn; the plan for now is stated in full",
    cyr,
)
bad(
    "wd-meth-all-withdrawn",
    WD,
    "meth",
    "Methadone 60 mg daily continues. The baby will be scored for NAS on the postnatal ward for at least 72 "
    "hours, breastfeeding supported, no co-sleeping, HV checks the cot at the first visit. All of the above "
    "withdrawn.",
    "the whole plan taken back at the end: nothing decided",
    cyr,
)
ok(
    "wd-sert-entry-in-error",
    WD,
    "sert",
    "Entry made in error deleted; the plan below stands: sertraline 100 mg continues because stopping it in the "
    "past led to relapse. The midwife watches the baby for adaptation symptoms (jittery, poor feeding, fast "
    "breathing) for 48 hours after birth, and breastfeeding on sertraline is fine.",
    "a wrong entry deleted, the plan below it standing",
)
bad(
    "wd-sert-delete-all",
    WD,
    "sert",
    "Sertraline 100 mg continues for relapse prevention; the midwife watches the baby for adaptation for 48 "
    "hours and breastfeeding is fine. Wrong patient - please delete all of this.",
    "the text deletes itself",
)
ok(
    "wd-lith-not-going-ahead-with-stopping",
    WD,
    "lith",
    "We are not going ahead with stopping lithium: relapse after birth is the bigger risk. Lithium continues at "
    "800 mg with levels monthly, weekly from 36/40 and within 24 h of delivery; the paediatrician reviews the "
    "baby at birth for tone, feeding and thyroid; bottle feeding, as lithium passes into breast milk.",
    "'not going ahead' with one option; the decision is stated",
)
bad(
    "wd-lith-not-going-ahead-any",
    WD,
    "lith",
    "Lithium 800 mg continues with levels monthly, weekly from 36/40 and within 24 h of delivery; paediatric "
    "review of the baby at birth; bottle feeding. Discussed again with Rebecca: not going ahead with any of this.",
    "the plan as a whole abandoned",
)
ok(
    "wd-dzp-reduction-withdrawn",
    WD,
    "dzp",
    "Only the plan to start the diazepam reduction next week is withdrawn, as she is not ready; diazepam and "
    "pregabalin continue unchanged. Both sedate her: no sharing a bed, sofa or armchair with the baby, no "
    "feeding lying down, and the foster carer does the night feeds. The HV and foster carer watch for late "
    "withdrawal (tremor, poor feeding) until day 8.",
    "one step withdrawn, the rest of the plan stands",
)
bad(
    "wd-dzp-everything-cancelled",
    WD,
    "dzp",
    "Diazepam and pregabalin continue; no bed, sofa or armchair sharing; no feeding lying down; the foster carer "
    "does night feeds; late withdrawal watch until day 8. Everything above cancelled after the strategy meeting.",
    "everything above cancelled, nothing put in its place",
)
ok(
    "wd-quet-night-feed-note-withdrawn",
    WD,
    "quet",
    "Revised: the earlier note that dad may do the 2 am feed is withdrawn. Dad's quetiapine 300 mg at night "
    "leaves him too sedated to wake: mum does every night feed, he never shares a bed or sofa with the baby after "
    "his dose, and the HV checks the crib at each visit.",
    "a wrong detail withdrawn in a revision that decides",
    shy,
)
bad(
    "wd-quet-scrap-all",
    WD,
    "quet",
    "Dad's quetiapine 300 mg at night sedates him: mum does night feeds, no bed or sofa sharing with him, HV "
    "checks the crib at each visit. Scrap all of the above, it was written for another family.",
    "the plan withdrawn as a whole",
)
ok(
    "wd-mo-sert-taper-withdrawn",
    WD,
    "mo",
    "The sertraline taper proposed in January is withdrawn: methadone 60 mg and sertraline 100 mg both continue "
    "unchanged. Ward NAS scoring for at least 72 hours, with the midwife also watching for SSRI adaptation; "
    "breastfeeding supported; no co-sleeping because methadone sedates her, and the social worker and HV see "
    "the cot before discharge.",
    "a proposal withdrawn in the overall conclusion, the plan stated",
)
bad(
    "wd-mo-not-proceeding",
    WD,
    "mo",
    "Methadone and sertraline continue; NAS scoring on the ward; breastfeeding supported; no co-sleeping; social "
    "worker and HV to see the cot. On review we are not proceeding with any part of this plan.",
    "the overall plan withdrawn",
)

# ============================================================================================================
# choice

ok(
    "ch-meth-feeding-her-choice",
    CH,
    "meth",
    "Methadone 60 mg daily continues. Feeding is her choice: breast and bottle are both safe on this dose and "
    "either way the ward midwives score the baby for NAS for at least 72 hours. Methadone makes her drowsy, so "
    "the baby never sleeps in her bed or on the sofa; the HV checks the cot at the first visit.",
    "her choice of feeding beside a fixed watch and sleep plan",
    greek,
)
bad(
    "ch-meth-watch-whatever-she-prefers",
    CH,
    "meth",
    "Methadone 60 mg daily continues and breastfeeding is supported. Whether the baby is scored for withdrawal, "
    "and where the baby sleeps, is whatever she prefers.",
    "the NAS watch and sleep left to her wish",
)
ok(
    "ch-sert-either-way-observed",
    CH,
    "sert",
    "Sertraline 100 mg continues because of her history of relapse. Feeding is her choice: both are safe with "
    "sertraline; the midwife observes the baby for adaptation symptoms for 72 hours whichever she picks.",
    "choice of feeding with the watch fixed",
)
ok(
    "ch-quet-mum-chose-mixed",
    CH,
    "quet",
    "Mum has chosen to mix feed and we support that. Dad's quetiapine 300 mg at night sedates him heavily, so "
    "mum does all night feeds, he never shares a bed or sofa with the baby after his dose, and the HV rechecks "
    "the crib at each visit.",
    "'she has chosen ... and we support that' about feeding",
)
bad(
    "ch-quet-up-to-mum-bed",
    CH,
    "quet",
    "Dad takes quetiapine 300 mg at night. It is up to mum whether the baby sleeps in their bed; the HV will "
    "visit as usual.",
    "sleep beside a sedated father left to mum's wish",
)
ok(
    "ch-dzp-co-sleep-disregarded",
    CH,
    "dzp",
    "Any plan to co-sleep should be disregarded: diazepam and pregabalin sedate her, so the baby sleeps in its "
    "own cot, never in her bed or on the sofa, and the foster carer does night feeds. Late withdrawal is "
    "possible until day 8 and the HV and carer watch for it. Both medicines continue for now; diazepam "
    "reduction from the 6-week review.",
    "a co-sleeping plan set aside by the clinician",
    fsi,
)
bad(
    "ch-dzp-she-can-decide",
    CH,
    "dzp",
    "Diazepam and pregabalin continue. She can decide whether the baby is observed for withdrawal and where it "
    "sleeps at night; the baby is bottle fed.",
    "watch and sleep to her wish",
)
ok(
    "ch-cit-chosen-to-breastfeed",
    CH,
    "cit",
    "Citalopram 20 mg continues: relapse is the greater risk. She has chosen to breastfeed and we support that, "
    "as little citalopram reaches the milk. The midwife watches the baby for adaptation for 48 hours after "
    "birth and the GP reviews her mood at the 6-week check.",
    "her feeding choice supported",
)
ok(
    "ch-po-night-feeds-her-way",
    CH,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night: he does no night feeds "
    "after his dose and never sleeps with the baby on a bed, sofa or armchair. How Chloe feeds is her choice "
    "(she mixes breast and bottle); the HV checks the crib each visit.",
    "feeding method her choice, the partner's plan fixed",
)
bad(
    "ch-po-sleep-their-call",
    CH,
    "po",
    "Chloe's paracetamol raises no concern. Daniel takes quetiapine at night. Where the baby sleeps and who does "
    "night feeds is for Chloe to decide as she prefers; HV to visit.",
    "night care and sleep to her wish",
)

# ============================================================================================================
# cells

ok(
    "ce-lith-cells-filled",
    CE,
    "lith",
    "Lithium (Priadel) 800 mg nocte: continue. Levels: monthly, weekly from 36/40, within 24 h of delivery. "
    "Paeds: review at birth (tone, feeding, thyroid). Breastfeeding: not advised. Relapse: PMHT review within a "
    "week of birth.",
    "every cell holds words",
    zwj,
)
bad(
    "ce-lith-cells-bare",
    CE,
    "lith",
    "Lithium (Priadel) 800 mg nocte: continue. Levels: -. Paeds: N. Breastfeeding: ?. Relapse:   .",
    "bare cells",
    zwj,
)
ok(
    "ce-meth-cells-filled",
    CE,
    "meth",
    "Methadone 60 mg od: continue. NAS obs: 72 h minimum on the postnatal ward. Feeding: breast, supported. "
    "Sleep: own cot, no co-sleeping (sedation). Cot check: HV at first visit.",
    "a filled grid",
)
bad(
    "ce-meth-cells-bare",
    CE,
    "meth",
    "Methadone 60 mg od: continue. NAS obs: -. Feeding: Y. Sleep:   . Cot check: N.",
    "cells with a dash, a letter and blanks",
)
ok(
    "ce-dzp-cells-filled",
    CE,
    "dzp",
    "Diazepam 5 mg tds / pregabalin 150 mg bd: continue. Sedation risk: high - no bed or sofa sharing, no "
    "lying-down feeds. Night feeds: foster carer. Late withdrawal: watch to day 8 (HV, carer). Feeding: bottle.",
    "every cell says something",
)
bad(
    "ce-dzp-cells-bare",
    CE,
    "dzp",
    "Diazepam 5 mg tds / pregabalin 150 mg bd: continue. Sedation risk:   . Night feeds: ?. Late withdrawal: -. "
    "Feeding: bottle.",
    "the sedation and withdrawal cells bare",
)
ok(
    "ce-valp-cells-filled",
    CE,
    "valp",
    "Valproate 500 mg bd: continue, do not stop suddenly. Exposure: first trimester, about 1 in 10 risk of major "
    "malformation. Fetal medicine: referred today. Neurology: urgent referral sent. Folic acid: 5 mg started.",
    "a filled grid for valproate",
)
bad(
    "ce-valp-cells-bare",
    CE,
    "valp",
    "Valproate 500 mg bd: continue. Exposure: Y. Fetal medicine: -. Neurology: ?. Folic acid:  .",
    "bare cells for valproate",
)
ok(
    "ce-quet-cells-filled",
    CE,
    "quet",
    "Partner's quetiapine 300 mg nocte. Night feeds: mum only. Bed or sofa sharing with dad: never. Crib: seen, "
    "safe. HV: rechecks each visit.",
    "cells filled, one with 'never'",
    fw,
)
bad(
    "ce-quet-cells-bare",
    CE,
    "quet",
    "Partner's quetiapine 300 mg nocte. Night feeds: -. Bed sharing: N. Crib: Y. HV: ?.",
    "cells bare",
    fw,
)
ok(
    "ce-mo-cells-filled",
    CE,
    "mo",
    "Methadone 60 mg / sertraline 100 mg: both continue. Baby: NAS and SSRI adaptation obs on the ward, 72 h. "
    "Feeding: breast, supported. Sleep: no co-sleeping (methadone sedation). Home: SW and HV see the cot "
    "before discharge.",
    "overall grid filled",
)

# ============================================================================================================
# stay

ok(
    "st-meth-watch-continues-home",
    ST,
    "meth",
    "Methadone 60 mg daily continues. Observe the baby for NAS for 72 hours, at home with daily midwife visits "
    "after discharge at 24 hours; breastfeeding supported; no co-sleeping because methadone sedates her, and the "
    "HV checks the cot.",
    "a watch longer than the stay, carried on at home",
    cyr,
)
bad(
    "st-meth-ward-5-days-discharge-24h",
    ST,
    "meth",
    "Methadone 60 mg daily continues. Observe the baby on the postnatal ward for 5 days for NAS; discharge home "
    "at 24 hours. Breastfeeding supported; no co-sleeping; HV checks the cot.",
    "a ward watch longer than the stay",
)
ok(
    "st-meth-early-discharge-not-advised",
    ST,
    "meth",
    "Early discharge at 6 hours is not advised: she stays 72 hours so the ward midwives can score the baby for "
    "NAS. Methadone 60 mg continues, breastfeeding is supported, and as methadone sedates her there is no "
    "co-sleeping; the HV checks the cot at the first visit.",
    "a short stay advised against, the stay is 72 hours",
)
bad(
    "st-meth-six-hour-discharge",
    ST,
    "meth",
    "Methadone 60 mg continues. NAS scoring of the baby on the ward for 72 hours; 6-hour discharge planned. "
    "Breastfeeding supported; no co-sleeping; HV checks the cot.",
    "72 hours of ward scoring inside a 6-hour stay",
)
ok(
    "st-sert-community-completes",
    ST,
    "sert",
    "Sertraline 100 mg continues for relapse prevention. The midwife observes the baby for adaptation for 48 "
    "hours; if they go home at 24 hours the community midwife completes the 48 hours at home. Breastfeeding is "
    "fine on sertraline.",
    "the watch finished at home after an early discharge",
)
bad(
    "st-sert-ward-48h-discharge-12h",
    ST,
    "sert",
    "Sertraline 100 mg continues for relapse prevention. Ward observation of the baby for adaptation for 48 "
    "hours, with discharge at 12 hours. Breastfeeding is fine.",
    "ward watch longer than the stay",
)
ok(
    "st-cit-mother-stays-longer",
    ST,
    "cit",
    "Citalopram 20 mg continues. She stays on the ward for 4 days after her planned section, and the midwife "
    "watches the baby for adaptation for the first 48 hours of that. Breastfeeding supported; GP mood review at "
    "the 6-week check.",
    "the mother's stay longer than the watch",
)
bad(
    "st-cit-ward-4-days-home-24h",
    ST,
    "cit",
    "Citalopram 20 mg continues. Observe the baby on the postnatal ward for 4 days for adaptation; discharge at "
    "24 hours. Breastfeeding supported; GP mood review at 6 weeks.",
    "ward watch longer than the stay",
)
ok(
    "st-mo-home-visits",
    ST,
    "mo",
    "Methadone and sertraline both continue unchanged. The baby stays at least 72 hours on the postnatal ward "
    "for NAS scoring, with the community midwife visiting daily to day 5 after discharge and the HV watching "
    "for late signs to day 8. Breastfeeding supported; no co-sleeping because of methadone sedation; SW and HV "
    "see the cot before discharge.",
    "a ward stay then home visits",
)

# ============================================================================================================
# window

ok(
    "wn-lith-weekly-until-delivery",
    WN,
    "lith",
    "Lithium continues at 800 mg: monthly levels now, weekly levels from 36/40 until delivery, and a level within "
    "24 h of birth. The paediatrician reviews the baby at birth; bottle feeding, as lithium passes into breast "
    "milk.",
    "windows running forward",
    greek,
)
bad(
    "wn-lith-36-stopping-32",
    WN,
    "lith",
    "Lithium continues at 800 mg: weekly levels from 36/40 stopping at 32/40, then within 24 h of birth. "
    "Paediatric review of the baby at birth; bottle feeding.",
    "a window that ends before it starts",
)
ok(
    "wn-lo-24-to-36",
    WN,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte. Levels monthly from 24/40 to 36/40, weekly from 36/40 to "
    "delivery, and within 24 hours of birth. Paediatric review of the baby after birth; bottle feeding; PMHT "
    "review in the first week because of the relapse risk.",
    "two windows in order",
)
bad(
    "wn-lo-36-to-30",
    WN,
    "lo",
    "Continue lithium (Priadel) 800 mg nocte. Levels weekly from 36/40 to 30/40 and within 24 hours of birth. "
    "Paediatric review of the baby after birth; bottle feeding; PMHT review in the first week.",
    "window reversed",
)
ok(
    "wn-meth-day-windows",
    WN,
    "meth",
    "Methadone 60 mg continues. NAS scoring from birth to day 3 on the ward, then the HV looks for late signs "
    "from day 5 to day 8. Breastfeeding supported; no co-sleeping, as methadone sedates her.",
    "day-of-life windows in order",
)
bad(
    "wn-meth-day-3-to-day-1",
    WN,
    "meth",
    "Methadone 60 mg continues. NAS scoring from day 3 to day 1 on the ward, and the HV looks for late signs. "
    "Breastfeeding supported; no co-sleeping, as methadone sedates her.",
    "a day-of-life window reversed",
)
ok(
    "wn-valp-scans-forward",
    WN,
    "valp",
    "Valproate 500 mg bd continues until the urgent neurology review this week; she must not stop it suddenly. "
    "The baby was exposed in the first trimester, so fetal medicine scans from 12/40 to 20/40 and a detailed "
    "anomaly scan; folic acid 5 mg from now to 12/40.",
    "windows forward",
)
bad(
    "wn-valp-scans-backward",
    WN,
    "valp",
    "Valproate 500 mg bd continues until the urgent neurology review; she must not stop it suddenly. First "
    "trimester exposure, so fetal medicine scans from 20/40 to 12/40; folic acid 5 mg started.",
    "scan window reversed",
)

# ============================================================================================================
# earlier

ok(
    "er-meth-as-before",
    ER,
    "meth",
    "As before, methadone 60 mg continues through pregnancy. The baby is scored for NAS on the ward for at least "
    "72 hours, breastfeeding is supported, and because methadone sedates her there is no co-sleeping; the HV "
    "checks the cot at the first visit.",
    "'as before' with the plan for now",
    zwj,
)
bad(
    "er-meth-same-again-2019",
    ER,
    "meth",
    "Methadone: same again. Plan from her 2019 pregnancy, re-dated for this one.",
    "an old plan copied in",
)
ok(
    "er-lith-as-last-time",
    ER,
    "lith",
    "As last time, lithium continues at 800 mg with levels monthly, weekly from 36/40 and within 24 h of birth. "
    "Paediatric review of the baby at birth; bottle feeding; perinatal team review within a week of birth.",
    "'as last time' with the plan restated",
)
bad(
    "er-lith-plan-from-first-pregnancy",
    ER,
    "lith",
    "Lithium: plan carried forward from her first pregnancy's assessment, re-dated to today. No changes.",
    "earlier pregnancy's plan copied, nothing for now",
)
ok(
    "er-dzp-last-time-scbu",
    ER,
    "dzp",
    "Last time the baby needed SCBU for withdrawal; this time the plan is: diazepam and pregabalin continue, "
    "the foster carer does night feeds, no bed or sofa sharing and no lying-down feeds, and the HV and carer "
    "watch for late withdrawal to day 8.",
    "the earlier baby's course as background to today's plan",
)
bad(
    "er-dzp-copied-first-child",
    ER,
    "dzp",
    "Diazepam and pregabalin: copied from the assessment for her first child. Nothing has changed since then.",
    "copied from another child's assessment",
)
ok(
    "er-quet-as-first-child",
    ER,
    "quet",
    "As with their first child, which worked well: dad's quetiapine sedates him at night, so mum does all night "
    "feeds, he never shares a bed or sofa with the baby after his dose, and the HV checks the crib each visit.",
    "the earlier plan restated for this baby",
)
bad(
    "er-quet-same-plan-carried",
    ER,
    "quet",
    "Dad's quetiapine: same plan as for their first child, carried forward unchanged.",
    "an earlier child's plan carried forward, not stated",
)
ok(
    "er-sert-last-pregnancy-relapse",
    ER,
    "sert",
    "Sertraline 100 mg continues: stopping it in her last pregnancy led to relapse. The midwife watches the "
    "baby for adaptation (jittery, feeding, breathing) for 48 h after birth; breastfeeding is fine.",
    "the last pregnancy as a reason",
    shy,
)
bad(
    "er-sert-same-again",
    ER,
    "sert",
    "Sertraline: same again as her last pregnancy.",
    "same again",
)
ok(
    "er-mo-as-before",
    ER,
    "mo",
    "As before, methadone 60 mg and sertraline 100 mg continue unchanged. NAS and adaptation scoring on the ward "
    "for 72 hours; breastfeeding supported; no co-sleeping due to methadone sedation; the social worker and HV "
    "check the cot before discharge.",
    "'as before' overall with the plan",
)
bad(
    "er-mo-previous-plan-redated",
    ER,
    "mo",
    "Methadone and sertraline: the plan from her previous pregnancy applies, re-dated to this one.",
    "previous pregnancy plan re-dated",
)

# ============================================================================================================
# span (F: the baby 4 days old at the assessment; P: 10 days)

ok(
    "sp-quet-dad-three-months",
    SP,
    "quet",
    "Dad has taken quetiapine 300 mg at night for the past three months and is very hard to wake after it: mum "
    "does night feeds, he never shares a bed or sofa with the baby, and the HV checks the crib each visit.",
    "a span of the father's treatment",
    fsi,
)
bad(
    "sp-quet-baby-three-months",
    SP,
    "quet",
    "Dad's quetiapine sedates him at night: mum does night feeds and he never shares a bed or sofa with the "
    "baby. The baby has slept in its own crib for the past three months; HV rechecks.",
    "the baby's span longer than its ten days",
)
ok(
    "sp-quet-now-ten-days",
    SP,
    "quet",
    "The baby, now ten days old, sleeps in her own crib by mum's bed. Dad's quetiapine at night sedates him, so "
    "he does no night feeds and never shares a bed or sofa with her. At six weeks old the HV will weigh her and "
    "recheck the crib.",
    "the true age now and an age to come",
)
bad(
    "sp-quet-now-six-weeks",
    SP,
    "quet",
    "The baby, now six weeks old, sleeps in her own crib by mum's bed. Dad's quetiapine at night sedates him, so "
    "he does no night feeds and never shares a bed or sofa with her; the HV rechecks the crib.",
    "an age the baby cannot have",
)
ok(
    "sp-dzp-eldest-now-six",
    SP,
    "dzp",
    "Her eldest, now six, is well and lives with his gran. For this baby: diazepam and pregabalin continue and "
    "sedate her, so no bed or sofa sharing and no lying-down feeds; the foster carer does night feeds; the HV "
    "and carer watch for late withdrawal to day 8.",
    "an older child's age",
)
bad(
    "sp-dzp-baby-two-months",
    SP,
    "dzp",
    "The baby has been bottle fed by the foster carer for the past two months. Diazepam and pregabalin "
    "continue; no bed or sofa sharing; carer does night feeds; late withdrawal watch to day 8.",
    "two months of a four-day-old's life",
)
ok(
    "sp-dzp-mother-years",
    SP,
    "dzp",
    "She has taken diazepam for the past two years and pregabalin for the past six months; both continue, with a "
    "supervised diazepam taper later. They sedate her: no bed or sofa sharing, no feeding lying down, foster "
    "carer does night feeds, and the HV watches for late withdrawal in the baby until day 8.",
    "spans of the mother's treatment",
)
ok(
    "sp-po-until-six-weeks",
    SP,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him at night: no night feeds by him and "
    "no bed or sofa sharing with the baby until at least six weeks old, when the HV reviews the plan with them.",
    "an age to come as a plan",
)
bad(
    "sp-po-baby-months",
    SP,
    "po",
    "Chloe's paracetamol raises no concern. The baby has slept safely in the crib for the past four months "
    "despite Daniel's quetiapine, so no change; the HV will keep visiting.",
    "four months of a ten-day-old's life",
)

# ============================================================================================================
# route (added to the postnatal record, no code, with the clinician's reason)

DEPO = "Postnatal contraception, progestogen only; compatible with breastfeeding, no effect on the baby."

med_case(
    "rt-sayana-subcut",
    PASS,
    "Medroxyprogesterone acetate 104mg/0.65ml suspension for injection pre-filled disposable devices",
    "104 mg subcutaneously every 13 weeks",
    DEPO,
    "a suspension for injection given under the skin",
    cyr,
)
med_case(
    "rt-sayana-sublingual",
    REFUSE,
    "Medroxyprogesterone acetate 104mg/0.65ml suspension for injection pre-filled disposable devices",
    "104 mg sublingually every 13 weeks",
    DEPO,
    "a depot under the tongue",
    cyr,
)
med_case(
    "rt-depo-provera-injected",
    PASS,
    "Depo-Provera 150mg/1ml suspension for injection",
    "150 mg deep IM injection every 13 weeks, given by the practice nurse",
    DEPO,
    "Depo-Provera injected",
)
med_case(
    "rt-depo-provera-po",
    REFUSE,
    "Depo-Provera 150mg/1ml suspension for injection",
    "150 mg PO every 13 weeks",
    DEPO,
    "Depo-Provera by mouth",
)
med_case(
    "rt-amoxicillin-oral-suspension",
    PASS,
    "Amoxicillin 250mg/5ml oral suspension",
    "10 ml by mouth three times a day for 5 days",
    "Short antibiotic course for mastitis; compatible with breastfeeding (small amounts in milk).",
    "an oral suspension by mouth",
)
med_case(
    "rt-amoxicillin-oral-suspension-iv",
    REFUSE,
    "Amoxicillin 250mg/5ml oral suspension",
    "10 ml IV three times a day",
    "Short antibiotic course for mastitis; compatible with breastfeeding (small amounts in milk).",
    "an oral suspension injected",
)
med_case(
    "rt-hydroxocobalamin-im",
    PASS,
    "Hydroxocobalamin 1mg/1ml solution for injection ampoules",
    "1 mg by intramuscular injection every 3 months",
    "Vitamin B12 replacement for pernicious anaemia; compatible with breastfeeding.",
    "an injection injected",
)
med_case(
    "rt-ondansetron-injection-by-mouth",
    PASS,
    "Ondansetron 4mg/2ml solution for injection ampoules",
    "4 mg given by mouth up to three times a day for vomiting",
    "Antiemetic for postnatal vomiting; compatible with breastfeeding.",
    "an injection solution given by mouth, a route clinicians use",
)

# ============================================================================================================
# actor

ok(
    "ac-meth-methadone-sedates",
    AC,
    "meth",
    "Methadone sedates her for a few hours after each dose, so the baby never sleeps in her bed or on the sofa "
    "and the HV checks the cot. The dose stays at 60 mg daily; the ward midwives score the baby for NAS for at "
    "least 72 hours; breastfeeding supported.",
    "the medicine sedates; people act",
)
bad(
    "ac-meth-methadone-monitors",
    AC,
    "meth",
    "Methadone 60 mg continues and will monitor the baby for withdrawal after birth and will make sure the baby "
    "sleeps safely. Breastfeeding supported.",
    "the medicine as the one who monitors",
)
ok(
    "ac-lith-lithium-passes",
    AC,
    "lith",
    "Lithium passes into breast milk and can build up in the baby, so she will bottle feed. Lithium 800 mg "
    "continues; the obstetric team check levels monthly, weekly from 36/40 and within 24 h of birth; the "
    "paediatrician reviews the baby.",
    "the medicine passes into milk; people act",
)
bad(
    "ac-lith-lithium-reviews",
    AC,
    "lith",
    "Lithium 800 mg continues. Lithium will check its own levels and will review the baby at birth; bottle feeding.",
    "the medicine checks and reviews",
)
ok(
    "ac-quet-quetiapine-knocks-out",
    AC,
    "quet",
    "Quetiapine knocks Daniel out for hours after his 10 pm dose, so Chloe does the night feeds, he never shares "
    "a bed or sofa with the baby, and the HV checks the crib at each visit.",
    "the medicine's effect, the parents and HV act",
)
bad(
    "ac-quet-quetiapine-does-nights",
    AC,
    "quet",
    "Dad's quetiapine will keep an eye on the baby overnight and will make sure the baby is in the crib.",
    "the medicine keeps watch",
)

# ============================================================================================================
# roles

ok(
    "ro-meth-no-hv-yet-midwife-covers",
    RO,
    "meth",
    "Methadone 60 mg continues. The ward midwives score the baby for NAS for at least 72 hours; breastfeeding "
    "supported. No HV allocated yet, so the community midwife continues home visits and checks the cot until one "
    "is; methadone sedates her, so no co-sleeping.",
    "a role not yet allocated with cover for the gap",
    greek,
)
bad(
    "ro-meth-no-hv-hv-checks",
    RO,
    "meth",
    "Methadone 60 mg continues; NAS scoring on the ward; breastfeeding supported. She has no health visitor. "
    "No co-sleeping: the health visitor checks the cot at every visit.",
    "the plan held by a role she has none of",
    greek,
)
ok(
    "ro-dzp-sw-on-leave-cover",
    RO,
    "dzp",
    "Diazepam and pregabalin continue and sedate her: no bed or sofa sharing, no lying-down feeds, the foster "
    "carer does night feeds. The social worker is on leave until 22 June; her manager covers and the HV "
    "watches for late withdrawal until day 8.",
    "a time-limited absence with cover",
)
bad(
    "ro-dzp-carer-withdrew",
    RO,
    "dzp",
    "The foster carer has withdrawn from the placement. Diazepam and pregabalin continue and sedate her: the "
    "foster carer does night feeds and watches for late withdrawal until day 8.",
    "the plan held by a carer the text says withdrew",
)
ok(
    "ro-quet-dad-declined-gp-then-hv",
    RO,
    "quet",
    "Dad declined a review with his own GP, so the HV will speak to him at the next visit. His quetiapine "
    "sedates him at night: mum does the night feeds and he never shares a bed or sofa with the baby.",
    "a decline with a plan around it",
)
bad(
    "ro-quet-hv-not-involved",
    RO,
    "quet",
    "The HV is not involved with this family. Dad's quetiapine sedates him: the HV will make sure mum does night "
    "feeds and that he never shares a bed or sofa with the baby.",
    "the plan held by a role the text rules out",
)


# ============================================================================================================
# More complete work in the shapes the newest readings refuse (must pass)

ok(
    "wd-meth-home-birth-scrapped",
    WD,
    "meth",
    "Scrap the plan for a home birth: she delivers on the consultant unit so the baby can be scored for NAS for "
    "at least 72 hours. Methadone stays at 60 mg daily, breastfeeding is supported, and as methadone sedates her "
    "the baby never sleeps in her bed or on the sofa; the HV sees the cot before discharge.",
    "one plan scrapped, a decided plan in its place",
    fsi,
)
ok(
    "wd-sert-disregard-old-dose",
    WD,
    "sert",
    "Disregard the 150 mg in the previous version, a typing error: sertraline is 100 mg daily and continues, "
    "as relapse is the bigger risk. The maternity team watch the baby for adaptation (jittery, poor feeding) "
    "for 48 hours; breastfeeding on sertraline is fine.",
    "a wrong figure set aside",
)
ok(
    "wd-lith-trial-off-withdrawn",
    WD,
    "lith",
    "Withdrawn: the request for a trial off lithium, after discussion with the perinatal psychiatrist. Lithium "
    "800 mg continues with levels monthly, weekly from 36/40 and within 24 h of birth; the baby is reviewed by "
    "the paediatrician after birth; she will bottle feed, as lithium passes into breast milk.",
    "a request withdrawn, the plan stated",
    cyr,
)
ok(
    "wd-valp-switch-not-this-week",
    WD,
    "valp",
    "The switch to another antiepileptic is not going ahead this week, as neurology want to see her first: "
    "valproate 500 mg bd continues and she must not stop it suddenly. The baby was exposed through the first "
    "trimester, so fetal medicine review is requested today; folic acid 5 mg started.",
    "one change not going ahead, the plan decided",
)
ok(
    "wd-dzp-history-background",
    WD,
    "dzp",
    "The history above is background only. Plan: diazepam and pregabalin continue; both sedate her, so no bed, "
    "sofa or armchair sharing, no feeding lying down, and the foster carer does the night feeds. The HV and "
    "carer watch for late withdrawal (tremor, poor feeding) until day 8.",
    "background set aside as background, the plan stated",
)
ok(
    "ch-dzp-cot-position-up-to-her",
    CH,
    "dzp",
    "Diazepam and pregabalin continue and sedate her. Where the cot stands in the room is up to her, as long as "
    "the baby sleeps in its own cot and never in her bed or on the sofa; the foster carer does night feeds, and "
    "the HV and carer watch for late withdrawal to day 8.",
    "a small choice inside a fixed sleep plan",
    zwj,
)
ok(
    "ch-quet-daytime-bottle-up-to-them",
    CH,
    "quet",
    "Whether dad gives a daytime bottle is up to them; at night, after his quetiapine, he does no feeds and never "
    "shares a bed or sofa with the baby, and mum does the night feeds. The HV checks the crib each visit.",
    "a daytime choice beside a fixed night plan",
    shy,
)
ok(
    "ch-lith-formula-her-choice",
    CH,
    "lith",
    "Lithium passes into breast milk, so breastfeeding is not advised; which formula she uses is her choice. "
    "Lithium 800 mg continues, with levels monthly, weekly from 36/40 and within 24 h of birth, and the "
    "paediatrician reviews the baby at birth.",
    "a choice of formula brand",
)
ok(
    "ch-cit-place-of-birth-choice",
    CH,
    "cit",
    "Citalopram 20 mg continues: relapse is the bigger risk. Where she gives birth is her choice; either way "
    "the midwife watches the baby for adaptation for 48 hours. Breastfeeding supported; GP mood review at 6 "
    "weeks.",
    "place of birth her choice, the watch fixed",
)
ok(
    "ch-meth-prefers-breast",
    CH,
    "meth",
    "She prefers to breastfeed and that is encouraged on a stable methadone dose of 60 mg. The ward midwives "
    "score the baby for NAS for at least 72 hours, and because methadone sedates her, no co-sleeping: the HV "
    "checks the cot at the first visit.",
    "her preference about feeding",
    fsi,
)
ok(
    "ce-lith-dash-separators",
    CE,
    "lith",
    "Lithium (Priadel) 800 mg ON - continue. Levels - monthly; weekly from 36/40; within 24 h of birth. "
    "Paeds - review at birth. BF - no, bottle feeding. Relapse - PMHT within 1 week of delivery.",
    "dashes as separators, every cell with words",
    shy,
)
ok(
    "ce-meth-yes-with-words",
    CE,
    "meth",
    "Methadone 60 mg od - continue. NAS obs: yes, 72 h on the ward. BF: yes, supported. Co-sleeping: no "
    "(sedation). Cot: HV to see at the first visit.",
    "cells opening with yes or no and going on",
    cyr,
)
ok(
    "ce-dzp-short-cells",
    CE,
    "dzp",
    "Diazepam / pregabalin: continue both. Sedation: high. Bed or sofa sharing: never. Night feeds: carer. Late "
    "withdrawal: HV and carer watch to day 8. Feeding: bottle.",
    "short cells, each a word or more",
)
ok(
    "ce-quet-short-cells",
    CE,
    "quet",
    "Dad: quetiapine 300 mg ON. Nights: mum. Bed share: no, never with dad. Crib: yes, seen today. HV: each visit.",
    "short cells with words",
    zwj,
)
ok(
    "ce-lo-cells",
    CE,
    "lo",
    "Lithium (Priadel) 800 mg: continue. Levels: 4-weekly, weekly from 36/40, within 24 h of birth. Delivery: "
    "hospital. Baby: paediatric review. Feeding: bottle. Relapse: PMHT within a week.",
    "overall grid filled",
)
ok(
    "st-meth-transitional-care",
    ST,
    "meth",
    "Methadone 60 mg continues. Mother and baby stay together on transitional care for 72 hours so the midwives "
    "can score the baby for NAS; breastfeeding supported; no co-sleeping because methadone sedates her; the HV "
    "sees the cot.",
    "stay and watch the same length",
    greek,
)
ok(
    "st-meth-wants-home-stays",
    ST,
    "meth",
    "Methadone 60 mg continues. She wanted to go home at 24 hours, but the baby stays 72 hours for NAS scoring, "
    "so she is staying too. Breastfeeding supported; methadone sedates her, so no co-sleeping, and the HV sees "
    "the cot.",
    "a wish for a shorter stay overruled",
)
ok(
    "st-dzp-mother-home-day-2",
    ST,
    "dzp",
    "The baby stays on SCBU for withdrawal scoring until day 5; mum was discharged on day 2 and visits daily. "
    "Diazepam and pregabalin continue and sedate her, so no bed or sofa sharing and no lying-down feeds; the "
    "foster carer does night feeds once the baby is placed.",
    "the mother's stay shorter than the baby's",
)
ok(
    "st-cit-home-birth-visits",
    ST,
    "cit",
    "Citalopram 20 mg continues for relapse prevention. Home birth planned: the community midwife watches the "
    "baby for adaptation at visits on days 1, 2 and 3. Breastfeeding supported; GP mood review at 6 weeks.",
    "a home watch with no ward stay",
)
ok(
    "wn-lith-weekly-to-delivery-then-postpartum",
    WN,
    "lith",
    "Lithium 800 mg continues: levels weekly from 36/40 until she delivers, within 24 h of birth, then weekly "
    "for the first month postpartum. The paediatrician reviews the baby at birth; bottle feeding, as lithium "
    "passes into breast milk.",
    "windows in order across the birth",
    fsi,
)
ok(
    "wn-meth-until-72-hours",
    WN,
    "meth",
    "Methadone 60 mg continues. NAS scoring 4-hourly from birth until at least 72 hours of age; the HV checks "
    "from day 5 to day 8 at home. Breastfeeding supported; no co-sleeping, as methadone sedates her.",
    "from birth until 72 hours",
)
ok(
    "wn-valp-folic-until-12",
    WN,
    "valp",
    "Valproate 500 mg bd continues until the urgent neurology review; do not stop suddenly. Folic acid 5 mg "
    "until 12/40; detailed anomaly scan at 20/40 and fetal echo between 22/40 and 24/40 for the first-trimester "
    "exposure.",
    "dates and windows forward",
)
ok(
    "wn-mo-daily-pickup",
    WN,
    "mo",
    "Methadone 60 mg and sertraline 100 mg both continue; from 36/40 to delivery she collects methadone daily. "
    "The baby has NAS and adaptation scoring on the ward for 72 hours; breastfeeding supported; no co-sleeping "
    "(methadone sedation); SW and HV see the cot before discharge.",
    "a window from 36/40 to delivery",
)
ok(
    "er-lith-repeat-2019-plan",
    ER,
    "lith",
    "Her 2019 pregnancy plan worked and we repeat it now: lithium 800 mg continues, levels monthly, weekly from "
    "36/40 and within 24 h of birth; the paediatrician reviews the baby at birth; bottle feeding.",
    "an earlier plan repeated and stated for now",
    greek,
)
ok(
    "er-valp-first-child-well",
    ER,
    "valp",
    "Her first child, born in 2019 while she took valproate, is well. For this pregnancy: valproate 500 mg bd "
    "continues until the urgent neurology review and must not stop suddenly; fetal medicine review for the "
    "first-trimester exposure requested today; folic acid 5 mg started.",
    "an earlier child as history",
)
ok(
    "er-meth-same-dose-last-pregnancy",
    ER,
    "meth",
    "Same dose as in her last pregnancy: methadone 60 mg daily continues. The baby is scored for NAS on the "
    "ward for at least 72 hours; breastfeeding supported; because methadone sedates her, no co-sleeping and the "
    "HV sees the cot.",
    "'same dose as' with the plan for now",
    cyr,
)
ok(
    "er-quet-carried-forward-checked",
    ER,
    "quet",
    "Carried forward from the plan for their first child and checked again today: dad's quetiapine sedates him "
    "at night, so mum does all night feeds, he never shares a bed or sofa with the baby, and the HV checks the "
    "crib each visit.",
    "carried forward and restated",
)
ok(
    "er-dzp-copied-and-updated",
    ER,
    "dzp",
    "Copied from the assessment for her first child and updated for this baby: diazepam and pregabalin "
    "continue; no bed or sofa sharing, no lying-down feeds; the foster carer does night feeds; late withdrawal "
    "watch by HV and carer to day 8.",
    "copied, updated and stated",
)
ok(
    "sp-quet-past-week",
    SP,
    "quet",
    "The baby has slept in its own crib every night for the past week. Dad's quetiapine sedates him at night, "
    "so mum does the night feeds and he never shares a bed or sofa with the baby; the HV rechecks each visit.",
    "a span within the baby's ten days",
    shy,
)
ok(
    "sp-dzp-now-four-days",
    SP,
    "dzp",
    "The baby, now four days old, had mild withdrawal on day 3. Diazepam and pregabalin continue and sedate "
    "her: no bed or sofa sharing, no lying-down feeds, the foster carer does nights; HV and carer watch for late "
    "signs to day 8.",
    "the baby's true age",
)
ok(
    "sp-po-daniel-eight-years",
    SP,
    "po",
    "Chloe's paracetamol raises no concern. Daniel has been on quetiapine for the past eight years and it "
    "sedates him heavily at night: no night feeds by him and no bed or sofa sharing with the baby; the HV "
    "checks the crib each visit.",
    "a span of the father's life",
)
ok(
    "sp-quet-until-three-months",
    SP,
    "quet",
    "Until the baby is three months old dad does no night feeds: his quetiapine sedates him heavily. He never "
    "shares a bed or sofa with the baby, mum does the nights, and the HV reviews the plan at the 3-month visit.",
    "an age to come",
    fsi,
)
ok(
    "sp-quet-born-ten-days-ago",
    SP,
    "quet",
    "The baby, born ten days ago, sleeps in its own crib. Dad's quetiapine sedates him, so he does no night "
    "feeds and never shares a bed or sofa with the baby; HV checks at each visit.",
    "born ten days ago",
)
med_case(
    "rt-depo-im-gluteal",
    PASS,
    "Medroxyprogesterone acetate 150mg/1ml suspension for injection",
    "150 mg intramuscularly into the gluteal muscle every 13 weeks",
    DEPO,
    "a depot injected into the muscle",
    shy,
)
med_case(
    "rt-sayana-self-injected",
    PASS,
    "Sayana Press 104mg/0.65ml suspension for injection",
    "104 mg by subcutaneous injection every 13 weeks, self-administered",
    DEPO,
    "a depot self-injected under the skin",
)
med_case(
    "rt-ferrous-syrup-by-mouth",
    PASS,
    "Ferrous fumarate 140mg/5ml oral syrup",
    "10 ml by mouth twice a day",
    "Iron for postnatal anaemia; compatible with breastfeeding.",
    "an oral syrup by mouth",
)
ok(
    "ac-dzp-medicines-make-her",
    AC,
    "dzp",
    "Pregabalin makes her unsteady and diazepam makes her sleepy, so the foster carer does night feeds and the "
    "baby never shares her bed or sofa; no feeding lying down. Both continue; HV and carer watch for late "
    "withdrawal to day 8.",
    "medicines as subjects of their effects",
    greek,
)
ok(
    "ac-meth-dose-keeps-stable",
    AC,
    "meth",
    "The dose keeps her stable and off heroin, so methadone 60 mg continues. The ward midwives score the baby for "
    "NAS for at least 72 hours; breastfeeding supported; methadone sedates her, so no co-sleeping and the HV "
    "checks the cot.",
    "the dose as subject of what a dose does",
)
ok(
    "ac-valp-protects",
    AC,
    "valp",
    "Valproate protects her from seizures, which would harm her and the baby, so it continues at 500 mg bd "
    "until the urgent neurology review. First-trimester exposure: fetal medicine review requested; folic acid "
    "5 mg started.",
    "a medicine that protects",
)
ok(
    "ac-quet-will-make-him-sleep",
    AC,
    "quet",
    "Quetiapine will make him sleep through the baby crying, so Chloe does every night feed, he never shares a "
    "bed or sofa with the baby after his dose, and the HV checks the crib each visit.",
    "'will make him sleep': an effect, not a person's act",
    zwj,
)
ok(
    "ro-meth-drug-worker-on-leave",
    RO,
    "meth",
    "Methadone 60 mg continues. Her drug worker is on leave until April, so the duty worker covers the script; "
    "the ward midwives score the baby for NAS for 72 hours; breastfeeding supported; no co-sleeping (sedation), "
    "HV checks the cot.",
    "a leave with cover",
)
ok(
    "ro-quet-dad-not-involved-nights",
    RO,
    "quet",
    "Dad is not involved in night care at all: his quetiapine sedates him, so mum does every night feed and he "
    "never shares a bed or sofa with the baby. The HV checks the crib at each visit.",
    "a role ruled out of night care, the plan held by others",
    cyr,
)
ok(
    "ro-dzp-sw-not-yet-allocated",
    RO,
    "dzp",
    "The social worker is not yet allocated; the duty social worker holds the plan until then. Diazepam and "
    "pregabalin continue and sedate her: no bed or sofa sharing, no lying-down feeds, foster carer does nights; "
    "HV and carer watch for late withdrawal to day 8.",
    "not yet allocated, with a holder for the gap",
)
ok(
    "ro-lith-discharged-psychiatry",
    RO,
    "lith",
    "She has no psychiatrist now (discharged in 2024), so the perinatal mental health team takes her on. "
    "Lithium 800 mg continues: levels monthly, weekly from 36/40, within 24 h of birth; paediatric review of the "
    "baby; bottle feeding.",
    "a role she has none of, another holding the plan",
)
ok(
    "ro-cit-no-hv-yet",
    RO,
    "cit",
    "Citalopram 20 mg continues for relapse prevention. No HV allocated yet, so the midwife continues visits "
    "until one is, watching the baby for adaptation in the first 48 hours. Breastfeeding supported; GP mood "
    "review at 6 weeks.",
    "no HV yet, the midwife continues",
    greek,
)


def counts() -> dict[tuple[str, str], int]:
    found = Counter((c.category, c.expect) for c in F107CASES)
    return {(cat, exp): found[(cat, exp)] for cat in CATEGORIES for exp in (REFUSE, PASS)}


if __name__ == "__main__":  # pragma: no cover
    table = counts()
    for cat in CATEGORIES:
        r, p = table[(cat, REFUSE)], table[(cat, PASS)]
        print(f"{cat:12} refuse {r:3} pass {p:3}")
    r = sum(v for (_, e), v in table.items() if e == REFUSE)
    p = sum(v for (_, e), v in table.items() if e == PASS)
    print(f"all          refuse {r:3} pass {p:3} total {r + p}")
