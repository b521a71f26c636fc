"""A hundred-and-fourth independent "fresh" batch of red-team cases for the share gate: the adversary, eighteenth
round, in fluent clinical register, with strategies no earlier round used.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Each refusing case is a conclusion that reads like clinical work and decides nothing for this baby; each has a
near-miss twin that differs by the one thing that makes it substantive (must pass):

* ``cancelled``: every act of the plan negated or withdrawn later in the text ("Scrap that.");
* ``hypo-past``: the plan placed in a hypothetical past ("had we known, we would have ...");
* ``prev-preg``: a plan made for a previous pregnancy, re-dated as this one;
* ``drug-actor``: the acts given to the medicine itself ("methadone will monitor the baby");
* ``yes-no``: a list of questions answered only "yes", "no" or "n/a";
* ``dash-table``: headings with empty or dash cells written as prose ("Withdrawal: -. Safe sleep: -.");
* ``help-text``: the template's prompts mirrored back as the plan;
* ``her-wish``: the decision left to the mother's wish alone ("whatever she prefers");
* ``clash-times``: timings that contradict each other ("observe for 5 days ... discharge at 24 hours");
* ``not-involved``: the acts given to a professional the text says is not involved;
* ``tenfold``: a plan for a dose ten times the listed one;
* ``sms``: SMS- or translation-style English with no decision;
* ``swap-copy``: a joint conclusion whose parts are each other's copy with the medicine's name swapped;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh104_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F104CASES: list[Case] = []

CATEGORIES = (
    "cancelled",
    "hypo-past",
    "prev-preg",
    "drug-actor",
    "yes-no",
    "dash-table",
    "help-text",
    "her-wish",
    "clash-times",
    "not-involved",
    "tenfold",
    "sms",
    "swap-copy",
    "disguise",
)

CX, HP, PP, DA, YN, DT, HT, HW, CT, NI, TF, SM, SW, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F104CASES.append(Case(f"f104-{name}", category, expect, base, mutate, why))


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
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


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


# ============================================================================================================
# cancelled: every act is withdrawn later in the same text. Refuse; twins withdraw one act and replace it.

bad(
    "cx-meth-scrap-that",
    CX,
    "meth",
    "Methadone 60 mg od to continue. The ward midwife will observe the baby for NAS for 72 h, breastfeeding "
    "supported, cot checked at the home visit for co-sleeping. Scrap that - none of the above is agreed yet.",
    "the whole plan is cancelled in its last sentence; nothing is decided for the baby",
    cyr,
)
ok(
    "cx-meth-scrap-one-act",
    CX,
    "meth",
    "Methadone 60 mg od to continue. Ward midwives observe the baby for NAS for 72 h, breastfeeding supported, "
    "no co-sleeping because of the sedation after each dose. Scrap the home-visit cot check - the HV saw the "
    "cot at 34/40 and it is in the parents' room; HV to recheck at the new birth visit instead.",
    "twin: one act is replaced by another; the rest of the plan stands",
)
bad(
    "cx-lith-struck-out",
    CX,
    "lith",
    "Lithium 800 mg nocte continues, levels weekly from 36/40 and 24 h post delivery, paediatric review of the "
    "baby, formula feeding. [Entry struck out in error - all of the above withdrawn pending a new plan.]",
    "the plan is struck out as entered in error; no plan remains",
)
ok(
    "cx-lith-struck-one-line",
    CX,
    "lith",
    "Lithium 800 mg nocte continues, levels monthly then weekly from 36/40 and within 24 h of birth. Paediatric "
    "review of the baby before discharge (tone, feeding, thyroid); she will formula feed as lithium passes into "
    "milk. [Earlier line 'levels fortnightly' struck out in error - monthly is correct.]",
    "twin: one mistaken line struck out, the plan stands",
)
bad(
    "cx-dzp-cancelled-all",
    CX,
    "dzp",
    "Diazepam and pregabalin continue; foster carer to do night feeds, no sofa or bed sharing, HV to look for "
    "late withdrawal to day 8. Cancelled: the carer, HV and social worker have not agreed any of this and it "
    "should be disregarded.",
    "every act is cancelled and disregarded; no safe-sleep or withdrawal plan remains",
    zwsp,
)
bad(
    "cx-quet-ignore-above",
    CX,
    "quet",
    "Dad's quetiapine 300 mg nocte sedates him: mum to do night feeds, baby in own crib, no sofa sleeping with "
    "dad, HV to check. Please ignore the above, written for another family.",
    "the plan is withdrawn as belonging to another family; nothing for this baby",
)
ok(
    "cx-quet-ignore-earlier-draft",
    CX,
    "quet",
    "Dad's quetiapine 300 mg nocte leaves him heavily sedated: mum does all night feeds, the baby sleeps in its "
    "own next-to-me crib and never on a bed or sofa with dad after his dose; HV to recheck the sleeping set-up at "
    "the 6-8 week visit. (Supersedes my draft of 20/5, which had the wrong dose.)",
    "twin: an earlier draft is superseded; this plan stands",
    greek,
)
bad(
    "cx-mo-retracted",
    CX,
    "mo",
    "Methadone and sertraline continue; NAS observation on the ward, breastfeeding supported, no co-sleeping, "
    "SW and HV to see the cot before discharge. On discussion at the MDT, this plan is retracted in full and "
    "nothing replaces it at present.",
    "the plan is retracted and nothing replaces it",
)
bad(
    "cx-cit-not-going-ahead",
    CX,
    "cit",
    "Citalopram 20 mg continues and the midwife watches the baby for poor neonatal adaptation for 48 h; "
    "breastfeeding fine. Not going ahead with any of this - delete.",
    "the plan is deleted by its own author",
    shy,
)
ok(
    "cx-cit-not-going-ahead-switch",
    CX,
    "cit",
    "Citalopram 20 mg continues; we are not going ahead with the dose increase she asked about, as "
    "she is well and a higher dose adds to the baby's exposure. Midwife watches the baby for poor neonatal "
    "adaptation for 48 h after birth; breastfeeding on citalopram is fine.",
    "twin: 'not going ahead' applies to a rejected option, not to the plan",
)

# ============================================================================================================
# hypo-past: the plan sits in a counterfactual past. Refuse; twins say what is done now.

bad(
    "hp-valp-had-we-known",
    HP,
    "valp",
    "Had we known she was pregnant, we would have referred her to neurology before conception, would have "
    "switched her off valproate and would have started folic acid 5 mg months ago.",
    "a counterfactual past; no decision today about valproate or the exposed baby",
    cyr,
)
ok(
    "hp-valp-had-we-known-now",
    HP,
    "valp",
    "Had we known of the pregnancy earlier we would have switched; now, at 8 weeks, valproate 500 mg bd must "
    "continue until the neurologist sees her this week (stopping risks seizures). Folic acid 5 mg started "
    "today; urgent fetal medicine referral sent for the first-trimester exposure.",
    "twin: the regret is followed by today's decisions and referrals",
)
bad(
    "hp-meth-would-have-been",
    HP,
    "meth",
    "If she had booked earlier, methadone would have been reduced, the baby would have been spared NAS and "
    "she would have been able to breastfeed without worry.",
    "what would have been; nothing planned for the baby about to be born",
)
ok(
    "hp-meth-would-have-been-now",
    HP,
    "meth",
    "Earlier booking would have allowed a slow reduction, but at 29/40 methadone 60 mg stays as it is. The "
    "baby will be observed for NAS on the postnatal ward for 72 h, breastfeeding supported, and no "
    "co-sleeping after doses: HV to check the cot at the home visit.",
    "twin: the counterfactual is set aside and the plan is made",
)
bad(
    "hp-lith-should-have",
    HP,
    "lith",
    "In retrospect lithium should have been reviewed pre-conception and levels should have been checked "
    "monthly from booking; the paediatric team should have been told about the baby earlier.",
    "regrets in the past tense; no levels or paediatric plan from now",
    bidi,
)
bad(
    "hp-quet-if-only",
    HP,
    "quet",
    "If only dad's quetiapine had been moved to earlier in the evening, night feeds would have been shared "
    "safely and the crib would never have been an issue.",
    "wishful past; the father's sedation and co-sleeping left unplanned",
)
ok(
    "hp-quet-now-moved",
    HP,
    "quet",
    "Dad's quetiapine 300 mg has been moved to 8 pm from tonight, but he is still too sedated after it for "
    "night care: mum does the night feeds, baby sleeps in its own crib, no bed or sofa sharing with dad; HV "
    "checks at the next visit.",
    "twin: the change is made now and the sleep plan follows",
)
bad(
    "hp-vo-would-have-wanted",
    HP,
    "vo",
    "Sodium valproate: we would have wanted the pregnancy prevention programme to have worked and folic acid "
    "to have been in place, and would have liked the neurologist to have been involved sooner.",
    "wishes about the past; no decision today",
)

# ============================================================================================================
# prev-preg: the plan belongs to a previous pregnancy. Refuse; twins learn from it and plan now.

bad(
    "pp-meth-as-2022",
    PP,
    "meth",
    "Plan as for her 2022 pregnancy (baby born at Ward 12): methadone 40 mg, NAS scoring 72 h, bottle "
    "feeding, cot seen by HV. Re-dated 02/03/2026 and carried forward unchanged.",
    "a previous pregnancy's plan at another dose and feeding; not reconsidered for this baby",
    zwsp,
)
ok(
    "pp-meth-learned-from-2022",
    PP,
    "meth",
    "In 2022 her first baby needed SCBU treatment for NAS, so this time: methadone 60 mg od continues, the baby stays "
    "on the postnatal ward for 5 days of NAS scoring, she plans to breastfeed (supported), and there is to be "
    "no co-sleeping after doses; HV sees the cot before discharge.",
    "twin: the previous pregnancy informs a plan made for this one",
)
bad(
    "pp-cit-copied-from-first",
    PP,
    "cit",
    "Copied from the assessment for her first child (2021): citalopram 10 mg, midwife to observe, "
    "breastfeeding fine. Date updated.",
    "last pregnancy's plan, different dose, date changed; nothing assessed now",
)
bad(
    "pp-lith-last-time",
    PP,
    "lith",
    "Last time (2023) lithium was stopped at 12/40 and restarted after delivery with weekly levels; paediatric "
    "review was normal; she bottle fed. Same again.",
    "'same again' for a plan in which lithium was stopped, while it continues now; no current decision",
)
ok(
    "pp-lith-not-like-last-time",
    PP,
    "lith",
    "In 2023 lithium was stopped at 12/40 and she relapsed, so this time Priadel 800 mg nocte continues with "
    "levels monthly, weekly from 36/40 and within 24 h of birth. Paediatric review of the baby after birth; "
    "formula feeding as lithium passes into breast milk.",
    "twin: the last pregnancy is the reason for a different plan now",
    fw,
)
bad(
    "pp-dzp-previous-placement",
    PP,
    "dzp",
    "As agreed for her previous baby's placement in 2024: diazepam and pregabalin, night feeds by the carer, "
    "HV to visit. Rolled forward to this placement.",
    "another placement's plan rolled forward; no sedation or withdrawal plan for this baby",
)
bad(
    "pp-valp-old-letter",
    PP,
    "valp",
    "Plan from her 2019 pregnancy on valproate (neurology letter of that year): continue, folic acid, scans. "
    "Re-dated for this pregnancy.",
    "a seven-year-old plan re-dated; no referral or decision for this exposure",
    cyr,
)
ok(
    "pp-valp-2019-then-now",
    PP,
    "valp",
    "In 2019 she was on valproate through pregnancy and that child has a learning difficulty. Now: valproate "
    "continues only until the urgent neurology review (sent today), never stopped abruptly; folic acid 5 mg "
    "started; fetal medicine referral sent for first-trimester exposure.",
    "twin: history plus today's decisions",
)

# ============================================================================================================
# drug-actor: the medicine is the actor. Refuse; twins give the acts to people.

bad(
    "da-meth-methadone-monitors",
    DA,
    "meth",
    "Methadone 60 mg will keep mum stable, will monitor the baby's withdrawal after birth and will protect "
    "breastfeeding; methadone will also see that she does not co-sleep.",
    "the medicine monitors and protects; no professional does anything",
    greek,
)
ok(
    "da-meth-methadone-keeps-stable",
    DA,
    "meth",
    "Methadone 60 mg keeps her stable and continues. The postnatal midwives monitor the baby for withdrawal "
    "(NAS score 4-hourly for 72 h); breastfeeding supported; she must not co-sleep because of the sedation "
    "and the HV will check the cot at the home visit.",
    "twin: the medicine keeps her stable; the midwives and HV act",
)
bad(
    "da-sert-sertraline-will-watch",
    DA,
    "sert",
    "Sertraline will look after her mood and will watch out for the baby after delivery.",
    "the medicine 'watches out' for the baby; no observer named",
)
ok(
    "da-sert-midwives-watch",
    DA,
    "sert",
    "Sertraline 100 mg will keep her mood stable and continues. The maternity team will watch the baby for "
    "poor neonatal adaptation (jittery, feeding, breathing) for 48 h; breastfeeding is fine on sertraline.",
    "twin: the medicine keeps her mood; the team watches the baby",
)
bad(
    "da-lith-priadel-checks",
    DA,
    "lith",
    "Priadel will regulate her levels itself through pregnancy and will check the baby's thyroid at birth; "
    "lithium will decide whether feeding is safe.",
    "the medicine regulates, checks and decides; no levels, no paediatrician",
)
bad(
    "da-dzp-pregabalin-settles",
    DA,
    "dzp",
    "Pregabalin will settle the baby's withdrawal and diazepam will keep the night feeds safe in the placement.",
    "the medicines settle and keep safe; no carer, no safe-sleep rule",
    shy,
)
ok(
    "da-dzp-carer-keeps-safe",
    DA,
    "dzp",
    "Diazepam and pregabalin will keep her calm but make her drowsy, so the foster carer keeps the night "
    "feeds safe: carer does them, baby in its own cot, no sofa dozing with mum. HV looks for late withdrawal "
    "(jittery, poor feeding) until day 8; GP starts the diazepam taper in July.",
    "twin: the medicines cause drowsiness; people act",
)
bad(
    "da-quet-quetiapine-handles-nights",
    DA,
    "quet",
    "Quetiapine will handle dad's nights and will make sure the baby sleeps safely in its crib.",
    "the medicine is the guardian of safe sleep; no parent or HV acts",
)

# ============================================================================================================
# yes-no: questions answered yes/no/n/a. Refuse; twins answer with the decision.

bad(
    "yn-meth-questions-yes",
    YN,
    "meth",
    "Continue methadone? Yes. NAS observation? Yes. Breastfeeding? Yes. Co-sleeping risk? Yes. Cot check? N/A.",
    "questions with bare answers; the cot check is waved away as n/a and no one is named",
    cyr,
)
ok(
    "yn-meth-questions-answered",
    YN,
    "meth",
    "Continue methadone? Yes, 60 mg od. NAS observation? Yes, 72 h on the postnatal ward by the midwives. "
    "Breastfeeding? Yes, supported. Co-sleeping? No - she is drowsy after doses; HV to see the cot at the "
    "home visit.",
    "twin: the same questions, answered with the who, what and why",
)
bad(
    "yn-lith-y-n",
    YN,
    "lith",
    "Lithium to continue - Y. Levels - Y. Paeds - N. Breastfeed - N. Relapse risk - Y.",
    "letters for answers: 'paeds - N' denies the review the baby needs; no timings",
)
bad(
    "yn-quet-na-all",
    YN,
    "quet",
    "Father on quetiapine: sedation? Yes. Co-sleeping? N/A. Night feeds? N/A. HV aware? Yes.",
    "co-sleeping and night feeds dismissed as n/a for a sedated father",
    bidi,
)
ok(
    "yn-quet-answers-full",
    YN,
    "quet",
    "Father on quetiapine 300 mg nocte: sedated? Yes, heavily, for the night. Co-sleeping with him? No - "
    "never on a bed, sofa or armchair after his dose. Night feeds? Mum does them. HV? Rechecks the crib at "
    "each visit.",
    "twin: answered with the sleep plan and actors",
)
bad(
    "yn-cit-no-no-no",
    YN,
    "cit",
    "Citalopram: stop? No. Change? No. Worry? No.",
    "three negatives; no observation or feeding decision",
)
bad(
    "yn-valp-yes-list",
    YN,
    "valp",
    "Valproate exposure in T1? Yes. Refer? Yes. Folic acid? Yes. Stop? Not sure.",
    "bare answers and an open question on stopping; no referral named",
)
ok(
    "yn-valp-answered",
    YN,
    "valp",
    "Valproate exposure in T1? Yes, 8 weeks. Stop? No - continue 500 mg bd until neurology review, never "
    "abruptly. Refer? Urgent neurology and fetal medicine referrals sent today. Folic acid? 5 mg daily started.",
    "twin: answers carry decisions and referrals",
    zwsp,
)

# ============================================================================================================
# dash-table: headings with dash or empty cells. Refuse; twins fill the cells.

bad(
    "dt-meth-dashes",
    DT,
    "meth",
    "Methadone 60 mg. Withdrawal: -. Safe sleep: -. Breastfeeding: -. Follow-up: -. Responsible: -.",
    "a table of headings with dashes; nothing decided",
    fw,
)
ok(
    "dt-meth-filled",
    DT,
    "meth",
    "Methadone 60 mg od, continue. Withdrawal: NAS scoring on postnatal ward 72 h (midwives). Safe sleep: no "
    "co-sleeping (sedation after dose); HV checks cot. Breastfeeding: supported. Follow-up: drug service r/v "
    "at 36/40.",
    "twin: the same headings, each filled",
)
bad(
    "dt-dzp-blank-cells",
    DT,
    "dzp",
    "Diazepam / pregabalin. Sedation risk:    . Night feeds:    . Late withdrawal (to day 8):    . Taper:    .",
    "headings with blank cells",
)
bad(
    "dt-lith-tbc-cells",
    DT,
    "lith",
    "Lithium (Priadel). Levels: tbc. Delivery plan: tbc. Paediatric review: tbc. Feeding: tbc.",
    "every cell 'tbc'",
    cyr,
)
ok(
    "dt-lith-cells-done",
    DT,
    "lith",
    "Lithium (Priadel) 800 mg nocte, continue. Levels: monthly, weekly from 36/40, within 24 h of birth. "
    "Delivery: obstetric-led unit, fluids and level in labour. Paediatric review: baby before discharge. "
    "Feeding: formula.",
    "twin: cells filled",
)
bad(
    "dt-quet-question-marks",
    DT,
    "quet",
    "Partner: quetiapine 300 mg. Sedation: ?. Co-sleeping: ?. Night feeds: ?. HV: ?.",
    "question marks in every cell",
)
bad(
    "dt-cit-nil-cells",
    DT,
    "cit",
    "Citalopram 20 mg. Neonatal adaptation: nil. Breastfeeding: nil. Mood: nil. Plan: nil.",
    "'nil' in every cell, including the plan",
)
ok(
    "dt-cit-nil-concerns-with-plan",
    DT,
    "cit",
    "Citalopram 20 mg, continue. Neonatal adaptation: midwife observes 48 h (jittery, feeding, breathing). "
    "Breastfeeding: fine on citalopram. Mood: stable, nil concerns, GP r/v at 6-week check. Plan: as above.",
    "twin: 'nil concerns' sits inside a filled table",
    shy,
)

# ============================================================================================================
# help-text: the template's prompts mirrored back. Refuse; twins answer the prompts.

bad(
    "ht-meth-prompts-echoed",
    HT,
    "meth",
    "Methadone: impact on her capacity to care for the baby; safe sleep and co-sleeping advice given; impact "
    "on the baby; neonatal withdrawal observation plan (local guideline); breastfeeding advice for this "
    "medicine; recommendations.",
    "the template's prompts in a row; no answer to any",
    greek,
)
ok(
    "ht-meth-prompts-answered",
    HT,
    "meth",
    "Methadone 60 mg. Capacity to care: good, stable on dose. Safe sleep: advised no co-sleeping as she is "
    "drowsy after each dose. Baby: NAS likely - observe 72 h on the postnatal ward per local guideline. "
    "Breastfeeding: supported. Recommendation: continue dose; HV to check cot.",
    "twin: each prompt answered",
)
bad(
    "ht-lith-fill-in",
    HT,
    "lith",
    "Lithium. Record the clinician's assessment and written conclusion about the mother's medicines before and "
    "after birth, and who it must be shared with.",
    "the template's description copied as the conclusion",
)
bad(
    "ht-quet-prompt-parent",
    HT,
    "quet",
    "Quetiapine (partner): impact on the parent's capacity to care for the baby. Safe sleep advice given, "
    "consistent with the actual sleeping arrangements. The baby's actual sleeping arrangements (as seen).",
    "the prompts restated, with no arrangements described",
    zwsp,
)
ok(
    "ht-quet-prompt-answered",
    HT,
    "quet",
    "Quetiapine (father) 300 mg nocte: his capacity to care at night is poor - too sedated. Safe sleep advice "
    "given to both: no bed or sofa sharing with dad after his dose. Sleeping as seen: next-to-me crib on mum's "
    "side; mum does night feeds; HV rechecks.",
    "twin: prompts answered with the arrangements",
)
bad(
    "ht-mo-overall-prompt",
    HT,
    "mo",
    "Overall written conclusion across all medicines (methadone, sertraline). Clinician responsible for the "
    "overall conclusion. Date of the overall conclusion.",
    "the overall prompts copied out",
)
bad(
    "ht-valp-prompt-teratogen",
    HT,
    "valp",
    "Valproate: impact on the baby. Recommendations. Written conclusion.",
    "three prompts and no answer",
)

# ============================================================================================================
# her-wish: the decision left to the mother's preference. Refuse; twins decide with her, within a safe plan.

bad(
    "hw-meth-whatever-she-prefers",
    HW,
    "meth",
    "Methadone: whatever she prefers. She can decide about breastfeeding, where the baby sleeps and whether "
    "the baby is observed after birth.",
    "NAS observation and co-sleeping left to her preference; no professional decision",
    cyr,
)
ok(
    "hw-meth-her-choice-feeding-only",
    HW,
    "meth",
    "Methadone 60 mg od continues. Feeding is her choice and breastfeeding is supported. Not optional: the "
    "baby is observed for NAS on the postnatal ward for 72 h, and no co-sleeping because of sedation after "
    "each dose; HV checks the cot at the home visit.",
    "twin: her choice is feeding; observation and safe sleep are decided",
)
bad(
    "hw-dzp-up-to-mum",
    HW,
    "dzp",
    "Diazepam and pregabalin: up to mum whether she does night feeds and whether the baby sleeps with her; "
    "we will go with her wishes.",
    "night feeds and bed-sharing left to a sedated mother's wishes",
)
bad(
    "hw-lith-as-she-wishes",
    HW,
    "lith",
    "Lithium: continue or stop as she wishes, and she will let us know if she wants the baby seen or whether "
    "she plans to breastfeed.",
    "continuation, paediatric review and feeding left to her wishes",
    shy,
)
ok(
    "hw-lith-she-chose-continue",
    HW,
    "lith",
    "Lithium: after discussing the relapse risk she chose to continue Priadel 800 mg nocte, which we support. "
    "Levels monthly, weekly from 36/40 and within 24 h of birth; paediatrician sees the baby after birth; "
    "she will formula feed as lithium passes into milk.",
    "twin: her informed choice, then the professional plan",
)
bad(
    "hw-cit-her-call",
    HW,
    "cit",
    "Citalopram: her call entirely - she knows best what suits her and the baby.",
    "deferral to her wish; no observation or feeding plan",
)
bad(
    "hw-quet-parents-decide",
    HW,
    "quet",
    "Quetiapine: the parents will decide between them how night feeds and sleeping work; we respect whatever "
    "they choose.",
    "a sedated father's night care left to the parents' choice",
)
ok(
    "hw-quet-parents-chose-safe",
    HW,
    "quet",
    "Quetiapine: the parents chose, and we agree, that mum does all the night feeds because dad's 300 mg at "
    "night sedates him heavily; baby in its own crib, never in bed or on the sofa with dad; HV to recheck.",
    "twin: their choice is recorded with the safe arrangement and HV follow-up",
    bidi,
)

# ============================================================================================================
# clash-times: timings contradict each other. Refuse; twins reconcile them.

bad(
    "ct-meth-5-days-24-hours",
    CT,
    "meth",
    "Methadone 60 mg continues. Observe the baby on the postnatal ward for NAS for 5 days; discharge home at "
    "24 hours. Breastfeeding supported; no co-sleeping, HV to see cot.",
    "5 days of ward observation and discharge at 24 hours cannot both happen",
    zwsp,
)
ok(
    "ct-meth-24-hours-then-community",
    CT,
    "meth",
    "Methadone 60 mg continues. NAS scoring on the postnatal ward for the first 72 h; if scores stay low, "
    "discharge on day 3 with community midwife scoring daily to day 5. Breastfeeding supported; no "
    "co-sleeping, HV to see cot.",
    "twin: ward then community, times fit together",
)
bad(
    "ct-lith-levels-after-discharge",
    CT,
    "lith",
    "Lithium continues. Levels weekly from 36/40, stopping at 32/40. Maternal level within 24 h of birth, "
    "taken on day 5. Paediatric review; formula feeding.",
    "weekly from 36 weeks stopping at 32; a 24-hour level taken on day 5",
)
bad(
    "ct-dzp-day-8-day-2",
    CT,
    "dzp",
    "Diazepam and pregabalin: carer does night feeds; HV to watch for late withdrawal until day 8, with the "
    "last HV contact on day 2.",
    "watching to day 8 with the last contact on day 2",
)
ok(
    "ct-dzp-day-8-contacts",
    CT,
    "dzp",
    "Diazepam and pregabalin: carer does night feeds, baby in own cot, no sofa sharing with mum. HV to watch "
    "for late withdrawal until day 8, visiting day 5 and day 8, with the carer phoning SCBU if jittery or "
    "feeding poorly in between.",
    "twin: contacts cover the window",
    cyr,
)
bad(
    "ct-cit-48h-6h",
    CT,
    "cit",
    "Citalopram continues; midwife observes the baby for 48 h after birth in a 6-hour birth-centre stay; "
    "breastfeeding fine.",
    "48 hours of observation in a 6-hour stay",
)
ok(
    "ct-cit-6h-then-home",
    CT,
    "cit",
    "Citalopram 20 mg continues. After a 6-hour birth-centre stay the community midwife observes the baby at "
    "home on days 1 and 2 for poor neonatal adaptation; mum told what to look for. Breastfeeding fine.",
    "twin: short stay with home observation covering 48 h",
)
bad(
    "ct-valp-urgent-in-months",
    CT,
    "valp",
    "Valproate continues; urgent neurology review arranged for 3 months' time, after the fetal medicine scan at "
    "20 weeks, which is before her 12-week folic acid course ends.",
    "'urgent' in 3 months; a 20-week scan before 12 weeks",
)

# ============================================================================================================
# not-involved: acts given to a professional the text says is not involved. Refuse; twins name who is.

bad(
    "ni-lith-pmht-declined",
    NI,
    "lith",
    "The perinatal mental health team declined the referral and are not involved. Lithium continues; the "
    "perinatal mental health team will check levels, review the baby and advise on feeding.",
    "every act given to the team the text says is not involved",
    greek,
)
ok(
    "ni-lith-pmht-declined-gp-does",
    NI,
    "lith",
    "The perinatal mental health team declined the referral, so the GP holds this: lithium 800 mg nocte "
    "continues with levels monthly, weekly from 36/40 and within 24 h of birth; paediatrician reviews the baby "
    "after birth; formula feeding.",
    "twin: the team is out and the GP and paediatrician act",
)
bad(
    "ni-meth-no-drug-worker",
    NI,
    "meth",
    "She has no drug worker (discharged from the service in January). Methadone: her drug worker will arrange "
    "the NAS observation and check the cot.",
    "acts given to a drug worker she does not have",
)
bad(
    "ni-quet-no-hv-yet",
    NI,
    "quet",
    "No health visitor allocated yet. Dad's quetiapine sedates him: the health visitor will do the night "
    "checks and decide on the sleeping arrangements.",
    "the unallocated HV holds the whole plan",
)
ok(
    "ni-quet-no-hv-yet-mw",
    NI,
    "quet",
    "No health visitor allocated yet, so the community midwife holds this until day 10: dad's quetiapine 300 mg "
    "sedates him, so mum does the night feeds and the baby sleeps in its own crib, never in bed or on the sofa "
    "with dad. HV to take over at allocation.",
    "twin: the midwife acts until the HV is allocated",
)
bad(
    "ni-dzp-carer-withdrawn",
    NI,
    "dzp",
    "The foster carer has withdrawn from the placement. Diazepam and pregabalin: the foster carer will do the "
    "night feeds and watch for late withdrawal to day 8.",
    "the withdrawn carer holds the plan",
    fw,
)
bad(
    "ni-cit-no-midwife",
    NI,
    "cit",
    "She has opted out of midwifery care (freebirth planned). Citalopram: the midwife will watch the baby for 48 h.",
    "a midwife she has declined is the only observer",
)

# ============================================================================================================
# tenfold: plan for a dose ten times the listed one. Refuse; twins carry the listed dose.

bad(
    "tf-meth-600mg",
    TF,
    "meth",
    "Methadone 600 mg daily continues through pregnancy. NAS observation 72 h on the postnatal ward; "
    "breastfeeding supported; no co-sleeping, HV to check cot.",
    "600 mg is ten times the listed 60 mg and a lethal daily dose; the plan is for a dose she is not on",
    cyr,
)
ok(
    "tf-meth-60mg-6ml-note",
    TF,
    "meth",
    "Methadone 60 mg (60 ml of 1 mg/ml) daily continues through pregnancy. NAS observation 72 h on the "
    "postnatal ward; breastfeeding supported; no co-sleeping, HV to check the cot.",
    "twin: the listed dose in mg and ml",
)
bad(
    "tf-lith-8g",
    TF,
    "lith",
    "Lithium 8000 mg at night continues with levels weekly from 36/40 and within 24 h of birth; paediatric "
    "review of the baby; formula feeding.",
    "8 g of lithium a night is ten times the listed 800 mg",
)
bad(
    "tf-dzp-50mg-tds",
    TF,
    "dzp",
    "Diazepam 50 mg tds and pregabalin 150 mg bd continue: carer does night feeds, no bed sharing, HV watches "
    "for late withdrawal to day 8.",
    "diazepam ten times the listed 5 mg tds",
)
ok(
    "tf-dzp-5mg-tds",
    TF,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue and together sedate her: carer does night feeds, "
    "baby in own cot, no bed or sofa sharing; HV watches for late withdrawal to day 8; GP plans diazepam "
    "reduction.",
    "twin: the listed doses",
)
bad(
    "tf-cit-200mg",
    TF,
    "cit",
    "Citalopram 200 mg daily to continue; midwife to watch the baby 48 h after birth; breastfeeding fine.",
    "200 mg citalopram is ten times the listed dose and far above the licensed maximum",
    zwsp,
)
bad(
    "tf-valp-5g",
    TF,
    "valp",
    "Valproate 5000 mg bd continues until urgent neurology review; fetal medicine referral sent; folic acid "
    "5 mg started.",
    "5 g twice a day is ten times the listed 500 mg bd",
)
ok(
    "tf-valp-500mg",
    TF,
    "valp",
    "Valproate 500 mg bd continues until the urgent neurology review (sent today): stopping risks seizures. "
    "Fetal medicine referral for first-trimester exposure; folic acid 5 mg started today.",
    "twin: the listed dose",
)

# ============================================================================================================
# sms: SMS- or translation-style English with no decision. Refuse; twins in shorthand with a decision.

bad(
    "sm-meth-txt",
    SM,
    "meth",
    "methadone ok 4 now, baby prob nas, bf?? co sleep nt gd. tbh lets c. ttyl",
    "text-speak with question marks and 'let's see'; no one observes, nothing decided",
    cyr,
)
ok(
    "sm-meth-shorthand",
    SM,
    "meth",
    "Methadone 60mg od - cont. Baby: NAS obs 72h on PN ward (MW). BF: supported. No co-sleeping (drowsy post "
    "dose); HV to see cot at home visit.",
    "twin: clinical shorthand with decisions and actors",
)
bad(
    "sm-dzp-translation",
    SM,
    "dzp",
    "The diazepam and the pregabalin is making the mother of sleeping. The baby is to be careful of. Is "
    "good that foster is there. We are seeing.",
    "translation-style English: 'to be careful of', 'we are seeing'; no safe-sleep or withdrawal plan",
)
bad(
    "sm-quet-emoji",
    SM,
    "quet",
    "dad on quetiapine :( v sleepy nights zzz. baby + crib :) hv knows. all gd x",
    "emoticons and 'all gd'; no rule about co-sleeping or night feeds",
    zwsp,
)
ok(
    "sm-quet-shorthand-ok",
    SM,
    "quet",
    "Dad - quetiapine 300mg nocte, v sedated overnight. Mum does night feeds; baby in own crib; NO bed/sofa "
    "sharing w/ dad post dose. HV rechecks at 6/52.",
    "twin: shorthand that decides",
)
bad(
    "sm-lith-translation",
    SM,
    "lith",
    "Lithium is continuing for the mother, it is having the levels. The baby after the birth will be looked. "
    "The milk from breast is not so good maybe.",
    "'will be looked', 'not so good maybe'; no schedule, no reviewer, no feeding decision",
)
bad(
    "sm-cit-txt",
    SM,
    "cit",
    "cit 20 cont, bby fine prob, bf ok i think, pls chk",
    "'fine prob', 'i think', 'pls chk': no observation plan",
)

# ============================================================================================================
# swap-copy: joint parts that are each other's copy with names swapped. Refuse; twins give each its own.

bad(
    "sw-dzp-mirror",
    SW,
    "dzp",
    "Diazepam: continue, monitor, advise, review. Pregabalin: continue, monitor, advise, review.",
    "each part is the other's copy with the name swapped, and neither says what is monitored or advised",
    greek,
)
ok(
    "sw-dzp-own-parts",
    SW,
    "dzp",
    "Diazepam 5 mg tds: continue now, GP to start a supervised reduction in July. Pregabalin 150 mg bd: "
    "continue. Together they sedate her heavily, so the foster carer does night feeds and the baby sleeps in "
    "its own cot; HV watches for late withdrawal from either to day 8.",
    "twin: each medicine has its own part and the joint risk is planned",
)
bad(
    "sw-mo-mirror",
    SW,
    "mo",
    "Methadone: the baby will need to be watched and she should be careful at night. Sertraline: the baby "
    "will need to be watched and she should be careful at night.",
    "mirrored parts; no one named, no co-sleeping rule, no observation period",
)
ok(
    "sw-mo-own-parts",
    SW,
    "mo",
    "Methadone: continue 60 mg; baby observed on the PN ward 72 h for NAS; no co-sleeping because of "
    "sedation, SW and HV to see the cot before discharge. Sertraline: continue 100 mg; same ward stay covers "
    "poor neonatal adaptation. Breastfeeding supported on both.",
    "twin: each medicine has its own decision",
    shy,
)
bad(
    "sw-mo-swapped-risks",
    SW,
    "mo",
    "Methadone - risk: low, plan: as usual. Sertraline - risk: low, plan: as usual.",
    "two identical stubs; 'as usual' is no plan and methadone's NAS and sedation are ignored",
)
bad(
    "sw-fo-mirror-overall",
    SW,
    "fo",
    "Diazepam is a concern, so we will keep an eye on diazepam. Pregabalin is a concern, so we will keep an "
    "eye on pregabalin.",
    "mirrored sentences; no sedation or withdrawal plan, no carer",
    fw,
)
ok(
    "sw-fo-own-overall",
    SW,
    "fo",
    "Diazepam is tapered from July by the GP; pregabalin continues. Both sedate her, so the foster carer does "
    "night feeds, no bed, sofa or armchair sharing; HV and social worker hold the plan and the HV watches for "
    "late withdrawal to day 8.",
    "twin: each medicine's own decision plus the joint plan",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F104CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F104CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F104CASES):3}"
    )
