"""A fifty-fifth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, eighteenth
round, against the MA103 readings added last (CHANGELOG ``[Unreleased]``, the first entries under ``Fixed``).

The gate learnt to refuse risk lists with no item answered, class facts told as "this class/this type of
medicine", alternatives opening a sentence whose verb is an account, a gestation just before "pregnant" as the
record's premise, a modal repeated across "or", "possibly/perhaps/potentially" as possibility modals, a
"whether" clause as subject, unmarked "does/do" questions and "the of"/"a of" word salad. Each case is ONE
mutation of a shipped pass example (examples/pass/*.json), written from the issue, docs/rules.md, README.md, the
templates and the examples, not from the gate's code or its word lists. About 85% are GOOD conclusions that use
these very shapes legitimately (MUST PASS): each names every medicine it covers and says what it means for the
baby and what the professionals must do. The rest are hollow near misses (MUST REFUSE). Categories, each both
ways:

* ``risk-headings``: terse risk headings whose items are each answered, beside lists answering none;
* ``class-facts``: "this type of medicine ..." applied to this baby with "so", beside class facts alone;
* ``options-chosen``: options set out and one chosen in the same or the next sentence, beside options only;
* ``gestation``: "29 weeks pregnant; methadone continues ...", beside a gestation and scores only;
* ``modal-or``: "may be jittery or feed poorly, so the midwife ...", beside "may be continued or may be stopped";
* ``possibly``: "possibly/perhaps/potentially" inside a reason beside a firm plan, beside hedges only;
* ``whether``: a "whether" clause answered ("whether to breastfeed was her choice: she will bottle feed"),
  beside "whether" clauses left open;
* ``questions``: marked questions answered, "does the night feeds" with its subject left out, beside unmarked
  questions;
* ``of-pairs``: "the cost of ... of the ..." in real sentences, beside "the of"/"a of" salad;
* ``disguise``: about a fifth of the batch, the shapes above in look-alike letters, zero-width and format
  characters, soft hyphens, bidi controls, full-width forms and combining marks.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh55_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter

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

F55CASES: list[Case] = []

CATEGORIES = (
    "risk-headings",
    "class-facts",
    "options-chosen",
    "gestation",
    "modal-or",
    "possibly",
    "whether",
    "questions",
    "of-pairs",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F55CASES.append(Case(f"f55-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


ASM = {
    M: "asm-methadone",
    L: "asm-lithium",
    V: "asm-valproate",
    F: "asm-diazepam-pregabalin",
    P: "asm-partner-quetiapine",
    C: "asm-citalopram",
}


def concl(base: str, text: str) -> Mutation:
    return set_(f"assessments#{ASM[base]}.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def combining(text: str, mark: str = "\u0323") -> str:
    """A combining dot below after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a first-strong isolate."""
    return " ".join(f"\u2068{w}\u2069" for w in text.split(" "))


def soft(text: str) -> str:
    """A soft hyphen after every third letter inside words."""
    return inside_words(text, "\u00ad", every=3)


def where(base: str, target: str, text: str) -> Mutation:
    """``target``: "a" the example's own assessment, "s" the sertraline assessment, "o" the overall box."""
    if target == "s":
        return sert(text)
    if target == "o":
        return overall(text)
    return concl(base, text)


Row = tuple[str, str, str, str, str]
"""(name, base, target, text, why)."""


def table(category: str, expect: Expect, rows: list[Row]) -> None:
    for name, base, target, text, why in rows:
        add(name, category, expect, base, where(base, target, text), why)


TEXT: dict[str, tuple[str, str, str]] = {}
"""Every text by case name (base, target, text), for the disguised twins."""


def good(category: str, rows: list[Row]) -> None:
    for name, base, target, text, _ in rows:
        TEXT[name] = (base, target, text)
    table(category, PASS, rows)


def hollow(category: str, rows: list[Row]) -> None:
    for name, base, target, text, _ in rows:
        TEXT[name] = (base, target, text)
    table(category, REFUSE, rows)


# ============================================================================================================
# risk-headings: a heading of risks or of medicines, each item answered (pass) or none answered (refuse).

good(
    "risk-headings",
    [
        (
            "rh-meth-nas-obs-sedation-cot",
            M,
            "a",
            "Methadone 60 mg daily continues. Risks to the baby: NAS - at least 72h obs on the PNW, HV checks for "
            "late signs to day 8; sedation - no co-sleeping after her dose, cot seen at the first home visit. "
            "Breastfeeding encouraged.",
            "terse risk heading, each risk answered with the plan",
        ),
        (
            "rh-meth-so-answers",
            M,
            "a",
            "Methadone - risks to the baby: withdrawal, so 72 hours on the postnatal ward with scoring; death while "
            "co-sleeping, so the baby always sleeps in the cot, which the HV checks. The dose stays at 60 mg and she "
            "breastfeeds.",
            "each listed risk turned into a plan with 'so'",
        ),
        (
            "rh-meth-plan-heading",
            M,
            "a",
            "Risks: NAS - 72h obs on PNW; sedation - no co-sleeping, cot checked at the home visit; feeding - "
            "breastfeeding encouraged. Plan: methadone 60 mg continues with the drug service.",
            "risk heading with answers and a plan heading",
        ),
        (
            "rh-sert-pphn-checked",
            M,
            "s",
            "Sertraline: PPHN risk small, so the baby is checked at birth by the paediatric team; adaptation signs - "
            "the midwife watches alongside the withdrawal scoring. Continue 100 mg; breastfeeding is fine.",
            "a medicine heading whose risks are each answered",
        ),
        (
            "rh-cit-pphn-48h",
            C,
            "a",
            "Citalopram: PPHN risk small (about 3 in 1,000), so the baby is checked at birth; adaptation signs - "
            "midwife watches for 48 hours. Continue 20 mg; breastfeeding goes ahead with a watch for drowsiness.",
            "the citalopram risks each answered",
        ),
        (
            "rh-lith-each-answered",
            L,
            "a",
            "Lithium risks and the answer to each: relapse after birth - 800 mg continues and the perinatal team "
            "sees her within a week; toxicity in the baby - paediatric review and ward observation; milk - she "
            "bottle feeds. Levels weekly from 36 weeks and within 24 hours of birth.",
            "a risk heading answered item by item",
        ),
        (
            "rh-valp-malformation-scan",
            V,
            "a",
            "Valproate - risks to the baby: malformation, so an urgent fetal medicine review is booked at the "
            "antenatal clinic; seizures if stopped, so valproate continues at 500 mg twice a day until neurology "
            "sees her. Folic acid 5 mg started today.",
            "valproate risks each turned into a referral or a dose",
        ),
        (
            "rh-fost-sedation-night-feeds",
            F,
            "a",
            "Diazepam and pregabalin - risks to the baby: sedation, so no bed or sofa sharing and the foster carer "
            "does the night feeds; late withdrawal to day 8, so the health visitor watches for it. Both continue "
            "for now; the GP plans a slow diazepam reduction.",
            "the joint assessment's risks each answered",
        ),
        (
            "rh-quet-cosleeping-crib",
            P,
            "a",
            "Father's quetiapine - risk to the baby: co-sleeping with a sedated adult, so he never shares a bed, "
            "sofa or armchair with the baby and does no night feeds after his dose; the mother does them and the "
            "HV checks the crib at each visit.",
            "the partner's one risk answered",
        ),
        (
            "rh-overall-m-terse",
            M,
            "o",
            "Methadone and sertraline continue unchanged. Risks: NAS - 72h obs on PNW; sedation - no co-sleeping, "
            "cot checked by the HV and social worker; adaptation - midwife watches. Breastfeeding supported.",
            "the overall box as a terse answered risk list",
        ),
        (
            "rh-overall-f-terse",
            F,
            "o",
            "Diazepam and pregabalin continue for now. Risks and actions: oversedation - no bed, sofa or armchair "
            "sharing and no feeding lying down; night care - foster carer; late withdrawal - HV and foster carer "
            "watch to day 8. Social worker holds the plan.",
            "an overall answered risk list",
        ),
        (
            "rh-overall-l-risk-to-plan",
            L,
            "o",
            "Lithium (Priadel) 800 mg continues. Risk to her: postpartum relapse - perinatal team review within a "
            "week of birth. Risk to the baby: toxicity - levels within 24 hours of birth and paediatric review; "
            "breast milk - bottle feeding agreed.",
            "headed risks to her and to the baby, each answered",
        ),
    ],
)
hollow(
    "risk-headings",
    [
        (
            "rh-meth-list-only",
            M,
            "a",
            "Methadone - risks to the baby: NAS, sudden infant death with co-sleeping, smaller birth weight, a "
            "prolonged admission.",
            "a risk list under a medicine heading, nothing answered (MA103)",
        ),
        (
            "rh-cit-profile-only",
            C,
            "a",
            "Citalopram risk profile: PPHN, poor neonatal adaptation, drowsiness at the breast, relapse on stopping.",
            "a risk profile with no item answered (MA103)",
        ),
        (
            "rh-fost-neonatal-risks-only",
            F,
            "a",
            "Diazepam and pregabalin - neonatal risks: withdrawal, floppiness, feeding difficulty, death while "
            "co-sleeping with a drowsy adult.",
            "neonatal risks listed, none answered (MA103)",
        ),
    ],
)

# ============================================================================================================
# class-facts: "this type of medicine" applied to this baby (pass) or told alone (refuse).

good(
    "class-facts",
    [
        (
            "cf-sert-type-milk-hv",
            M,
            "s",
            "This type of medicine passes into milk in small amounts, so she breastfeeds and the health visitor "
            "watches for drowsiness. Sertraline continues at 100 mg; the midwife looks for adaptation signs after "
            "birth.",
            "a class fact turned into this baby's feeding plan",
        ),
        (
            "cf-cit-class-pphn-midwife",
            C,
            "a",
            "Drugs of this class taken late in pregnancy carry a small PPHN risk, so the baby is checked by the "
            "midwife at birth and watched for 48 hours. Citalopram continues at 20 mg and breastfeeding goes ahead.",
            "a class fact applied to this baby's checks",
        ),
        (
            "cf-meth-type-withdrawal-ward",
            M,
            "a",
            "Medicines of this type cause withdrawal in many exposed babies, so her baby stays 72 hours on the "
            "postnatal ward with scoring. Methadone continues at 60 mg; no co-sleeping after her dose and she "
            "breastfeeds.",
            "an opioid class fact applied to the ward stay",
        ),
        (
            "cf-lith-class-bottle",
            L,
            "a",
            "This class of medicine reaches milk in amounts that can harm a baby, so she bottle feeds. Lithium "
            "continues at 800 mg at night with levels weekly from 36 weeks; the paediatrician reviews the baby "
            "after birth.",
            "a class fact applied to feeding",
        ),
        (
            "cf-quet-type-hard-to-wake",
            P,
            "a",
            "This type of medicine makes a man very hard to wake, so the father's quetiapine means he never sleeps "
            "beside the baby and does no night feeds after his dose; the mother does them and the health visitor "
            "checks the crib.",
            "a class fact applied to the father's nights",
        ),
        (
            "cf-fost-kind-together",
            F,
            "a",
            "Medicines of this kind together deepen sedation, so the mother on diazepam and pregabalin never feeds "
            "lying down or shares a bed or sofa; the foster carer does the night feeds and the health visitor "
            "watches for withdrawal to day 8.",
            "a class fact about the pair applied to night care",
        ),
        (
            "cf-valp-type-scan",
            V,
            "a",
            "This type of medicine raises the chance of malformation, so this exposed pregnancy gets an urgent "
            "fetal medicine review; valproate continues at 500 mg twice a day until neurology sees her and folic "
            "acid 5 mg has started.",
            "a class fact applied to the scan and the dose",
        ),
        (
            "cf-overall-m-class-applied",
            M,
            "o",
            "Both medicines of this kind reach the baby, so after birth the baby is scored for methadone withdrawal "
            "for 72 hours and watched for sertraline adaptation signs. Both continue unchanged, breastfeeding is "
            "supported and there is no co-sleeping after her methadone dose.",
            "the overall box applying class facts",
        ),
    ],
)
hollow(
    "class-facts",
    [
        (
            "cf-sert-class-alone",
            M,
            "s",
            "Medicines of this class can pass into breast milk and are associated with PPHN when taken in late "
            "pregnancy; sertraline is one of this type of medicine.",
            "class facts alone about sertraline (MA103)",
        ),
        (
            "cf-cit-type-alone",
            C,
            "a",
            "This type of medicine is linked with poor neonatal adaptation and with PPHN; citalopram belongs to "
            "this class of antidepressant.",
            "class facts alone about citalopram (MA103)",
        ),
    ],
)

# ============================================================================================================
# options-chosen: alternatives set out, one chosen in the same or the next sentence.

good(
    "options-chosen",
    [
        (
            "oc-meth-set-out-chose",
            M,
            "a",
            "The options of continuing, reducing or stopping methadone were set out for her; she chose to stay on "
            "60 mg. The baby has 72 hours on the postnatal ward for withdrawal scoring, she breastfeeds, and there "
            "is no co-sleeping after her dose.",
            "options set out, a choice made in the same sentence",
        ),
        (
            "oc-sert-explained-decided",
            M,
            "s",
            "Continuing, lowering or stopping sertraline were each explained, and she and the GP decided to "
            "continue 100 mg. The midwife watches the baby for adaptation signs and a small PPHN risk; breastfeeding "
            "is fine.",
            "options explained, the decision after them",
        ),
        (
            "oc-valp-discussed-continues",
            V,
            "a",
            "Switching, tapering or continuing valproate were discussed with her. Valproate continues at 500 mg "
            "twice a day until neurology reviews it, the baby's exposure is assessed at the fetal medicine clinic, "
            "and folic acid 5 mg has started.",
            "options discussed, the choice in the next sentence",
        ),
        (
            "oc-lith-weighed-decision",
            L,
            "a",
            "Stopping, switching or continuing lithium were weighed with her and the perinatal team; the decision "
            "is to continue 800 mg, with levels weekly from 36 weeks and a paediatric review of the baby. She "
            "bottle feeds.",
            "options weighed, a decision named",
        ),
        (
            "oc-cit-dash-chose",
            C,
            "a",
            "Options were set out - continue, reduce or stop citalopram - and she chose to continue 20 mg. The "
            "midwife watches the baby for adaptation signs for 48 hours; breastfeeding goes ahead.",
            "options in a dash aside, then chosen",
        ),
        (
            "oc-fost-gone-through-continue",
            F,
            "a",
            "Reducing, stopping or keeping diazepam and pregabalin were gone through with her. Both continue for "
            "now and the GP plans a slow diazepam reduction at 6 weeks; no bed sharing, and the foster carer does "
            "the night feeds.",
            "options gone through, the choice next",
        ),
        (
            "oc-quet-offered-agreed",
            P,
            "a",
            "Moving his quetiapine earlier, lowering it or keeping it were offered to the father; he keeps 300 mg "
            "at night, never shares a bed or sofa with the baby and does no night feeds after his dose. The HV "
            "checks the crib.",
            "options offered to the father, one agreed",
        ),
        (
            "oc-overall-m-chosen",
            M,
            "o",
            "Continuing, reducing or stopping methadone and sertraline were explained; she chose to continue both "
            "unchanged. Withdrawal scoring for 72 hours on the postnatal ward, breastfeeding supported, and no "
            "co-sleeping after her methadone dose.",
            "the overall box with options then the choice",
        ),
    ],
)
hollow(
    "options-chosen",
    [
        (
            "oc-meth-set-out-only",
            M,
            "a",
            "The options of continuing, reducing or stopping methadone, and what each would mean for the baby, "
            "were set out for her in full.",
            "options reported, no choice made (MA103)",
        ),
        (
            "oc-lith-explained-only",
            L,
            "a",
            "Continuing, switching or stopping lithium were each explained to her along with the risks to the baby "
            "of each.",
            "options explained, none chosen (MA103)",
        ),
    ],
)

# ============================================================================================================
# gestation: how far on she is as the premise, a plan after it.

good(
    "gestation",
    [
        (
            "ge-meth-29-weeks",
            M,
            "a",
            "29 weeks pregnant; methadone continues at 60 mg and the baby will have 72 hours of withdrawal scoring "
            "on the postnatal ward. No co-sleeping after her dose; breastfeeding encouraged.",
            "gestation as premise, then the plan",
        ),
        (
            "ge-valp-8-weeks",
            V,
            "a",
            "8 weeks pregnant on valproate: it continues at 500 mg twice a day until the urgent neurology review, "
            "the baby has an early fetal medicine assessment, and folic acid 5 mg started today.",
            "gestation then the valproate plan",
        ),
        (
            "ge-lith-24-weeks",
            L,
            "a",
            "24 weeks pregnant and well on lithium: 800 mg continues, levels go weekly from 36 weeks, and the baby "
            "has a paediatric review after birth and is bottle fed.",
            "gestation then the lithium plan",
        ),
        (
            "ge-cit-slash-40",
            C,
            "a",
            "32+1/40 pregnant; citalopram 20 mg continues. The midwife watches the baby for adaptation signs for 48 "
            "hours and breastfeeding goes ahead.",
            "a /40 gestation then the plan",
        ),
        (
            "ge-sert-at-weeks",
            M,
            "s",
            "At 29+2 weeks pregnant, sertraline stays at 100 mg; the midwife watches the baby for adaptation signs "
            "and the paediatric team knows of the small PPHN risk. Breastfeeding is fine.",
            "'at ... weeks pregnant' then the plan",
        ),
        (
            "ge-overall-m-premise",
            M,
            "o",
            "29 weeks pregnant. Methadone and sertraline continue unchanged; the baby is scored for withdrawal for "
            "72 hours on the postnatal ward, breastfeeding is supported, and there is no co-sleeping after her "
            "methadone dose - the health visitor sees the cot.",
            "a premise sentence of its own, then the plan",
        ),
        (
            "ge-overall-v-premise",
            V,
            "o",
            "Now 8 weeks pregnant and seizure-free on valproate. It continues unchanged until the urgent neurology "
            "review; the antenatal clinic assesses the baby's exposure at fetal medicine, and folic acid 5 mg has "
            "started.",
            "the overall box opened by how far on she is",
        ),
    ],
)
hollow(
    "gestation",
    [
        (
            "ge-meth-scores-only",
            M,
            "a",
            "Methadone review at 29 weeks pregnant: EPDS 5/30, GAD-7 3/21, sleep 6/10.",
            "a gestation beside scores only (MA103)",
        ),
        (
            "ge-valp-scores-only",
            V,
            "a",
            "Valproate: 8 weeks pregnant, seizure diary 0/30 days, mood 7/10.",
            "a gestation beside counts and a score only (MA103)",
        ),
    ],
)

# ============================================================================================================
# modal-or: possible signs in the baby joined by "or", with the plan for them.

good(
    "modal-or",
    [
        (
            "mo-sert-jittery-or-poor",
            M,
            "s",
            "Sertraline continues at 100 mg. The baby may be jittery or feed poorly for a few days, so the midwife "
            "watches alongside the withdrawal scoring; breastfeeding is fine.",
            "signs joined by 'or', then a plan",
        ),
        (
            "mo-cit-may-may",
            C,
            "a",
            "Citalopram 20 mg continues. Her baby may breathe fast or may be unsettled in the first 48 hours, so "
            "the midwife checks each shift and calls the paediatrician if it persists; breastfeeding goes ahead.",
            "a modal repeated across 'or' for signs, then what the midwife does",
        ),
        (
            "mo-meth-day2-or-day8",
            M,
            "a",
            "Methadone stays at 60 mg. The baby may show withdrawal on day 2 or may not until day 8, so 72 hours on "
            "the ward and the health visitor checks to day 8; no co-sleeping, and breastfeeding is encouraged.",
            "timing alternatives with a plan covering both",
        ),
        (
            "mo-fost-irritable-or",
            F,
            "a",
            "Diazepam and pregabalin continue. The baby may be irritable or may feed poorly up to day 8, so the "
            "foster carer and health visitor watch for it; she must not co-sleep or feed lying down.",
            "repeated modal for signs, then who watches",
        ),
        (
            "mo-lith-floppy-or",
            L,
            "a",
            "Lithium 800 mg continues. The newborn may be floppy or feed poorly if levels were high, so the "
            "paediatrician reviews the baby and levels are taken within 24 hours of birth; she bottle feeds.",
            "signs with 'or', then the review",
        ),
        (
            "mo-quet-might-or-might",
            P,
            "a",
            "The father's quetiapine continues at 300 mg. He might sleep through a cry or might roll onto the baby, "
            "so he never shares a bed, sofa or armchair with the baby and the mother does the night feeds; the HV "
            "checks this.",
            "harms joined by 'might ... or might', then the rule",
        ),
        (
            "mo-overall-c-or",
            C,
            "o",
            "Continue citalopram 20 mg in pregnancy and while breastfeeding. The baby may be jittery or may feed "
            "poorly in the first 48 hours, so the midwife watches; GP mood review at the 6-week check.",
            "the overall box with signs and a plan",
        ),
    ],
)
hollow(
    "modal-or",
    [
        (
            "mo-sert-continued-or-stopped",
            M,
            "s",
            "Sertraline may be continued or may be stopped, and the baby may or may not be affected by it.",
            "a modal repeated across the choice (MA103)",
        ),
        (
            "mo-valp-could-could",
            V,
            "a",
            "Valproate could be continued or could be switched, and the fetal scan could be booked or could wait.",
            "'could ... or could' for every choice (MA103)",
        ),
    ],
)

# ============================================================================================================
# possibly: a hedge inside a reason beside a firm plan.

good(
    "possibly",
    [
        (
            "po-meth-reason-ontop",
            M,
            "a",
            "Methadone continues at 60 mg, since reducing now would possibly bring back on-top use. The baby has 72 "
            "hours on the postnatal ward for withdrawal; no co-sleeping after her dose and she breastfeeds.",
            "'possibly' in the reason, the plan firm",
        ),
        (
            "po-quet-perhaps-relapse",
            P,
            "a",
            "The father's quetiapine stays at 300 mg because stopping would perhaps bring back his bipolar illness. "
            "He never shares a bed or sofa with the baby and does no night feeds after his dose; the health "
            "visitor checks the crib each visit.",
            "'perhaps' in the reason",
        ),
        (
            "po-cit-potentially",
            C,
            "a",
            "Citalopram continues at 20 mg: stopping would potentially bring back her depression within weeks. The "
            "midwife watches the baby for adaptation signs for 48 hours; breastfeeding goes ahead.",
            "'potentially' in the reason",
        ),
        (
            "po-valp-status",
            V,
            "a",
            "Valproate continues at 500 mg twice a day until neurology reviews it; stopping would possibly bring on "
            "status epilepticus. The baby gets an urgent fetal medicine review and folic acid 5 mg has started.",
            "plan first, hedge in the reason after",
        ),
        (
            "po-fost-potentially-seizures",
            F,
            "a",
            "Diazepam and pregabalin continue, as stopping either suddenly could potentially cause seizures. No bed "
            "or sofa sharing, the foster carer does the night feeds, and the health visitor watches for withdrawal "
            "to day 8.",
            "'potentially' inside 'as ...'",
        ),
        (
            "po-lith-perhaps-psychosis",
            L,
            "a",
            "Lithium 800 mg continues, perhaps the strongest guard against postpartum psychosis for her. Levels "
            "weekly from 36 weeks and within 24 hours of birth; the paediatrician reviews the baby; bottle feeding.",
            "'perhaps' in an appositive, the plan firm",
        ),
        (
            "po-sert-possibly-small",
            M,
            "s",
            "Sertraline continues at 100 mg; the baby will possibly be a little jittery, so the midwife watches "
            "alongside the withdrawal scoring and the paediatric team knows of the PPHN risk. Breastfeeding is "
            "fine.",
            "a hedged sign beside a firm watch",
        ),
        (
            "po-overall-p-perhaps",
            P,
            "o",
            "Paracetamol raises no concern. The father's quetiapine perhaps makes him the hardest person in the "
            "house to wake, so he does no night feeds and never shares a bed, sofa or armchair with the baby; the "
            "health visitor checks the sleeping arrangements.",
            "the overall box, 'perhaps' beside the rule",
        ),
    ],
)
hollow(
    "possibly",
    [
        (
            "po-meth-hedges-only",
            M,
            "a",
            "Methadone could possibly be reduced, and the baby will perhaps need observation, potentially on the ward.",
            "every statement hedged (MA103)",
        ),
        (
            "po-quet-hedges-only",
            P,
            "a",
            "The father's quetiapine is perhaps sedating and potentially a co-sleeping risk, possibly more so at "
            "night.",
            "hedged possibilities only (MA103)",
        ),
    ],
)

# ============================================================================================================
# whether: a "whether" clause as subject, answered.

good(
    "whether",
    [
        (
            "wh-lith-her-choice-bottle",
            L,
            "a",
            "Whether to breastfeed was her choice: she will bottle feed, as lithium passes into milk. Lithium 800 "
            "mg continues with levels weekly from 36 weeks, and the paediatrician reviews the baby after birth.",
            "a 'whether' subject answered after the colon",
        ),
        (
            "wh-valp-switch-for-neuro",
            V,
            "a",
            "Whether valproate could be switched is for neurology at the urgent review; until then it continues at "
            "500 mg twice a day, the baby has an early fetal medicine assessment and folic acid 5 mg has started.",
            "a 'whether' question pointed on, beside a firm interim plan",
        ),
        (
            "wh-meth-dose-discussed",
            M,
            "a",
            "Whether the dose should change was discussed: methadone stays at 60 mg. The baby has 72 hours of "
            "withdrawal scoring on the ward; no co-sleeping, and breastfeeding is encouraged.",
            "a 'whether' subject then the answer",
        ),
        (
            "wh-quet-night-feeds",
            P,
            "a",
            "Whether the father could do night feeds was talked through: he will not after his quetiapine dose, the "
            "mother does them, the baby sleeps in its own crib, and the health visitor checks this.",
            "a 'whether' subject answered by the night plan",
        ),
        (
            "wh-fost-feed-at-night",
            F,
            "a",
            "Whether she can feed at night was settled: not while sedated on diazepam and pregabalin. The foster "
            "carer does the night feeds, she never shares a bed or sofa with the baby, and the HV watches for "
            "withdrawal to day 8.",
            "'was settled' with the settlement after it",
        ),
        (
            "wh-cit-answered-yes",
            C,
            "a",
            "Whether citalopram should continue has been answered: yes, at 20 mg. The midwife watches the baby for "
            "adaptation signs for 48 hours and breastfeeding goes ahead.",
            "a 'whether' clause answered 'yes'",
        ),
        (
            "wh-overall-l-choice",
            L,
            "o",
            "Lithium (Priadel) 800 mg continues, with levels weekly from 36 weeks. Whether she could breastfeed was "
            "hers to decide, and she chose the bottle. The baby has a paediatric review; the perinatal team sees "
            "her within a week of birth.",
            "the overall box with a 'whether' answered",
        ),
    ],
)
hollow(
    "whether",
    [
        (
            "wh-lith-questions-for-team",
            L,
            "a",
            "Whether lithium continues, and whether the baby is reviewed after birth, are questions for the "
            "perinatal team.",
            "'whether' clauses left open and deferred (MA103)",
        ),
        (
            "wh-cit-depends",
            C,
            "a",
            "Whether citalopram affects this baby depends on many things.",
            "a 'whether' subject with no answer (MA103)",
        ),
    ],
)

# ============================================================================================================
# questions: marked questions answered; "does the night feeds" with its subject left out.

good(
    "questions",
    [
        (
            "qu-meth-two-answered",
            M,
            "a",
            "Will the baby withdraw? Probably: 72 hours on the postnatal ward with scoring and HV checks to day 8. "
            "Can she breastfeed? Yes. Methadone stays at 60 mg with no co-sleeping after her dose.",
            "marked questions each answered",
        ),
        (
            "qu-quet-lines-subject-dropped",
            P,
            "a",
            "Father's quetiapine: too sedated at night; never shares a bed, sofa or armchair with the baby. Mother: "
            "does the night feeds. HV: checks the crib each visit.",
            "'does the night feeds' with its subject left out",
        ),
        (
            "qu-cit-does-reach-milk",
            C,
            "a",
            "Does citalopram reach the milk? A little, so the baby is watched for drowsiness while she breastfeeds. "
            "Citalopram continues at 20 mg and the midwife watches for adaptation signs for 48 hours.",
            "a marked 'does' question answered",
        ),
        (
            "qu-sert-extra-checks",
            M,
            "s",
            "Does the baby need extra checks? Yes: the midwife watches for adaptation signs alongside the "
            "withdrawal scoring and the paediatric team knows of the PPHN risk. Sertraline continues at 100 mg; "
            "breastfeeding is fine.",
            "a marked question about the baby answered",
        ),
        (
            "qu-fost-feed-at-night-no",
            F,
            "a",
            "Does the mother feed at night? No: on diazepam and pregabalin she is too drowsy, so the foster carer "
            "does the night feeds and she never shares a bed or sofa. The HV watches for withdrawal to day 8; both "
            "medicines continue.",
            "a marked question answered 'no'",
        ),
        (
            "qu-lith-continue-yes",
            L,
            "a",
            "Does lithium continue? Yes, 800 mg at night with levels weekly from 36 weeks. The baby is reviewed by "
            "the paediatrician after birth and is bottle fed.",
            "a marked question answered 'yes'",
        ),
        (
            "qu-quet-he-does-days",
            P,
            "a",
            "The father takes quetiapine 300 mg at 10 pm: he does the daytime care and the evening bath, never the "
            "night feeds, and never shares a bed or sofa with the baby. The mother does the nights; the HV checks "
            "the crib.",
            "'does' as a main verb of care, not a question",
        ),
        (
            "qu-overall-f-asked-answered",
            F,
            "o",
            "Do diazepam and pregabalin continue? For now, yes, with a slow diazepam reduction planned. Can she "
            "share a bed or sofa with the baby? Never. The foster carer does night feeds and the health visitor "
            "watches for withdrawal to day 8.",
            "the overall box as questions and answers",
        ),
    ],
)
hollow(
    "questions",
    [
        (
            "qu-meth-unmarked",
            M,
            "a",
            "Does methadone cause withdrawal in the baby. Does the mother co-sleep. Does the baby breastfeed.",
            "unmarked questions, nothing answered (MA103)",
        ),
        (
            "qu-quet-unmarked",
            P,
            "a",
            "Does the father's quetiapine affect the baby and does the partner share the bed",
            "an unmarked question about the partner (MA103)",
        ),
    ],
)

# ============================================================================================================
# of-pairs: "the ... of ... of the ..." in real sentences.

good(
    "of-pairs",
    [
        (
            "op-valp-cost-of-stopping",
            V,
            "a",
            "The cost of stopping valproate is the risk of seizures, so it continues at 500 mg twice a day; the "
            "timing of the scan of the baby is within two weeks at the fetal medicine clinic, and folic acid 5 mg "
            "has started.",
            "'the cost of ... the timing of the scan of the baby'",
        ),
        (
            "op-meth-length-of-stay",
            M,
            "a",
            "The length of the stay of the baby on the ward is at least 72 hours for withdrawal scoring. Methadone "
            "continues at 60 mg; no co-sleeping after her dose, and breastfeeding is encouraged.",
            "'the length of the stay of the baby'",
        ),
        (
            "op-lith-level-at-time",
            L,
            "a",
            "The level of lithium at the time of birth matters to the baby, so levels are taken within 24 hours of "
            "birth and the paediatrician reviews the baby. Lithium 800 mg continues; she bottle feeds.",
            "'the level of lithium at the time of birth'",
        ),
        (
            "op-fost-risk-of-a-fall",
            F,
            "a",
            "The risk of a fall of the baby from a sofa is why diazepam and pregabalin mean no sofa or bed sharing; "
            "the foster carer does night feeds and the HV watches for withdrawal to day 8. Both continue for now.",
            "'the risk of a fall of the baby'",
        ),
        (
            "op-cit-a-watch-of-a-day",
            C,
            "a",
            "Citalopram 20 mg continues. A watch of a day or two by the midwife covers the adaptation signs, and "
            "the baby is checked at birth for the small PPHN risk; breastfeeding goes ahead.",
            "'a watch of a day or two'",
        ),
        (
            "op-overall-p-end-of-the",
            P,
            "o",
            "Paracetamol raises no concern. The father's quetiapine lasts to the end of the night, so the care of "
            "the baby at night is the mother's; he never shares a bed, sofa or armchair with the baby. The health "
            "visitor checks the sleeping arrangements.",
            "'the end of the night', 'the care of the baby'",
        ),
    ],
)
hollow(
    "of-pairs",
    [
        (
            "op-meth-salad",
            M,
            "a",
            "Methadone the of baby a of withdrawal the of sleeping a of feeding.",
            "'the of'/'a of' word salad (MA103)",
        ),
        (
            "op-sert-salad",
            M,
            "s",
            "Sertraline of the a of the baby the of a plan of the.",
            "word salad around the name (MA103)",
        ),
    ],
)

# ============================================================================================================
# more near misses on the same readings, written after the first run.

good(
    "risk-headings",
    [
        (
            "rh-sert-colon-items-plans",
            M,
            "s",
            "Sertraline 100 mg continues. Baby: PPHN - paediatric team aware at delivery; jitteriness - midwife "
            "watches with the withdrawal scoring; milk - breastfeeding fine.",
            "a heading of the baby, items answered",
        ),
    ],
)
good(
    "questions",
    [
        (
            "qu-valp-do-we-stop",
            V,
            "a",
            "Do we stop valproate now? No: it continues at 500 mg twice a day until the urgent neurology review, the "
            "baby's exposure is assessed at the fetal medicine clinic, and folic acid 5 mg has started.",
            "a marked 'do' question answered 'no'",
        ),
    ],
)
good(
    "whether",
    [
        (
            "wh-meth-or-not-decided",
            M,
            "a",
            "Whether or not she reduces later is for the drug service; for this pregnancy methadone stays at 60 mg, "
            "the baby has 72 hours of withdrawal scoring on the ward, she breastfeeds and never co-sleeps.",
            "'whether or not' pointed on, beside a firm plan for this pregnancy",
        ),
    ],
)
good(
    "possibly",
    [
        (
            "po-overall-v-possibly",
            V,
            "o",
            "Valproate continues unchanged until the urgent neurology review, as stopping would possibly bring back "
            "seizures. The antenatal clinic assesses the baby's exposure at fetal medicine; folic acid 5 mg has "
            "started.",
            "the overall box, a hedge in the reason",
        ),
    ],
)
good(
    "options-chosen",
    [
        (
            "oc-cit-options-were-then-chosen",
            C,
            "a",
            "The options of stopping or switching citalopram were set out. She keeps 20 mg; the midwife watches the "
            "baby for adaptation signs for 48 hours and breastfeeding goes ahead.",
            "options, then the choice next",
        ),
    ],
)
good(
    "of-pairs",
    [
        (
            "op-quet-time-of-the-dose",
            P,
            "a",
            "The time of the father's quetiapine dose is 10 pm, and the rest of the night is the mother's: he never "
            "shares a bed, sofa or armchair with the baby and does no night feeds. The HV checks the crib.",
            "'the time of the ... dose', 'the rest of the night'",
        ),
    ],
)


# ============================================================================================================
# disguise: the shapes above in look-alike letters and invisible or format characters, judged as plain text.

DISGUISES = {
    "cyrillic": lambda t: homoglyphs(t, "aeoc"),
    "greek": lambda t: homoglyphs(t, "oi", variant=1),
    "zero-width": lambda t: inside_words(t, "\u200b", every=2),
    "word-joiner": lambda t: inside_words(t, "\u2060", every=4),
    "soft-hyphen": soft,
    "bidi": bidi,
    "full-width": full_width,
    "combining": combining,
}

DISGUISED: list[tuple[str, str, str]] = [
    ("rh-meth-nas-obs-sedation-cot", "cyrillic", "a terse answered risk heading"),
    ("rh-sert-pphn-checked", "zero-width", "an answered medicine heading"),
    ("rh-quet-cosleeping-crib", "full-width", "the partner's answered risk"),
    ("cf-sert-type-milk-hv", "soft-hyphen", "a class fact applied to feeding"),
    ("cf-lith-class-bottle", "bidi", "a class fact applied to the bottle"),
    ("oc-meth-set-out-chose", "full-width", "options set out and chosen"),
    ("oc-lith-weighed-decision", "combining", "options weighed and decided"),
    ("ge-meth-29-weeks", "zero-width", "gestation as premise, then the plan"),
    ("ge-valp-8-weeks", "greek", "gestation then the valproate plan"),
    ("mo-sert-jittery-or-poor", "cyrillic", "signs joined by 'or', then a plan"),
    ("mo-fost-irritable-or", "word-joiner", "a repeated modal for signs"),
    ("po-quet-perhaps-relapse", "bidi", "'perhaps' in the reason"),
    ("po-cit-potentially", "soft-hyphen", "'potentially' in the reason"),
    ("wh-lith-her-choice-bottle", "full-width", "a 'whether' subject answered"),
    ("wh-quet-night-feeds", "cyrillic", "a 'whether' subject answered by the night plan"),
    ("qu-quet-lines-subject-dropped", "zero-width", "'does the night feeds', subject left out"),
    ("qu-cit-does-reach-milk", "combining", "a marked question answered"),
    ("op-valp-cost-of-stopping", "word-joiner", "'the cost of ... of the ...'"),
    ("op-meth-length-of-stay", "greek", "'the length of the stay of the baby'"),
    ("rh-meth-list-only", "cyrillic", "a risk list answering nothing (MA103)"),
    ("cf-cit-type-alone", "full-width", "class facts alone (MA103)"),
    ("oc-meth-set-out-only", "zero-width", "options reported, none chosen (MA103)"),
    ("mo-sert-continued-or-stopped", "soft-hyphen", "a modal repeated across the choice (MA103)"),
    ("po-meth-hedges-only", "bidi", "hedges only (MA103)"),
    ("qu-meth-unmarked", "combining", "unmarked questions (MA103)"),
    ("op-meth-salad", "word-joiner", "word salad (MA103)"),
]

for _name, _how, _why in DISGUISED:
    _base, _target, _text = TEXT[_name]
    _expect = next(c.expect for c in F55CASES if c.name == f"f55-{_name}")
    add(
        f"dg-{_name}-{_how}",
        "disguise",
        _expect,
        _base,
        where(_base, _target, DISGUISES[_how](_text)),
        f"{_why}, in {_how} disguise",
    )


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F55CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F55CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F55CASES),
        "total",
        len(F55CASES),
    )
