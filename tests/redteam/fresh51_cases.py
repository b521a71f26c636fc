"""A fifty-first independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, fifth
round, taking every shipped pass example (examples/pass/*.json) as a base in turn.

Each case is ONE mutation of a shipped pass example with the verdict the gate must give, written from the issue,
the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's code or its
word lists. The hollow shapes are new: conclusions that read like clinical prose and decide nothing (the question
restated, the template's headings with no answers, "risk assessed", "all relevant factors considered", minutes of
who attended, a history of the pregnancy with no plan, a plan for the mother with nothing for the baby, a
conclusion about another medicine, a conclusion written for the last pregnancy's baby), generic conclusions copied
between medicines with one word changed, joint conclusions that miss one medicine. Beside them, about half the
cases are GOOD records (MUST PASS) in varied professional voices:

* ``hollow-shapes``: the shapes above, each with a near miss that carries the same opening and a real plan;
* ``copied``: one conclusion pasted under two medicines with the name changed, and honest shared structure;
* ``joint``: joint and overall conclusions missing one medicine, and ones naming each (by brand too);
* ``brands``: brands and misspellings of the listed medicines (from codelists-more/brand-names.csv), and a
  brand or near-name of a medicine that is not the one assessed;
* ``dates``: attestation before assessment, a future delivery, an assessment before conception, an EDD that
  disagrees with the gestation, each beside a date just inside its margin;
* ``routes``: MESH ids, MLLP hosts, FHIR base URLs, manual hand-overs and ODS codes that cannot deliver, and
  real ones;
* ``attribution``: a register that does not fit the role, an impossible number, one number under two names;
* ``voices``: GP, midwife, pharmacist, health visitor and perinatal psychiatrist, terse and long, with
  abbreviations, beside each voice's stock phrases that decide nothing;
* ``disguise``: about a quarter of the texts again in look-alike letters, zero-width and format characters,
  soft hyphens, bidi controls, full-width forms and combining marks, both ways.

Medicines named here are real; no clinical code is used or invented. ``test_fresh_records.py`` runs them; the
cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh51_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

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
    N,
    P,
    Record,
    V,
    chain,
    conclusion,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F51CASES: list[Case] = []

CATEGORIES = (
    "hollow-shapes",
    "copied",
    "joint",
    "brands",
    "dates",
    "routes",
    "attribution",
    "voices",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F51CASES.append(Case(f"f51-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return conclusion("asm-methadone", text)


def sert(text: str) -> Mutation:
    return conclusion("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return conclusion("asm-lithium", text)


def valp(text: str) -> Mutation:
    return conclusion("asm-valproate", text)


def quet(text: str) -> Mutation:
    return conclusion("asm-partner-quetiapine", text)


def dzp(text: str) -> Mutation:
    return conclusion("asm-diazepam-pregabalin", text)


def cit(text: str) -> Mutation:
    return conclusion("asm-citalopram", text)


def person(given: str, family: str, role: str, body: str, number: str, org: Record, prefix: str = "") -> Record:
    name: dict[str, Any] = {"given": [given], "family": family}
    if prefix:
        name["prefix"] = prefix
    return {"name": name, "role": role, "registration": {"body": body, "number": number}, "organisation": org}


def author(aid: str, who: Record) -> Mutation:
    return set_(f"assessments#{aid}.author", who)


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
HAMPTON_MIDWIVES = {"ods_code": "Y90400", "name": "Hampton General Community Midwives"}
NORTHGATE_PMH = {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"}


def combining(text: str, mark: str = "\u0308") -> str:
    """A combining diaeresis after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a first-strong isolate and its pop."""
    return " ".join(f"{BIDI_CONTROLS[9]}{w}{BIDI_CONTROLS[10]}" for w in text.split(" "))


DISGUISES: list[tuple[str, Callable[[str], str]]] = [
    ("cyrillic", lambda t: homoglyphs(t, "aeopcy")),
    ("zwsp", lambda t: inside_words(t, "\u200b", every=2)),
    ("shy", lambda t: inside_words(t, SOFT_HYPHEN, every=3)),
    ("fullwidth", full_width),
    ("greek", lambda t: homoglyphs(t, "aoiv", variant=1)),
    ("zwnj", lambda t: inside_words(t, "\u200c", every=4)),
    ("combining", combining),
    ("bidi", bidi),
    ("wordjoiner", lambda t: inside_words(t, "\u2060", every=3)),
]

# Texts collected as (name, expect, base, put, text, why) so that a quarter can be disguised as well.
_TEXTS: list[tuple[str, Expect, str, Callable[[str], Mutation], str, str]] = []


def good(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _TEXTS.append((name, PASS, base, put, text, why))
    ok(name, category, base, put(text), why)


def hollow(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _TEXTS.append((name, REFUSE, base, put, text, why))
    bad(name, category, base, put(text), why)


# ============================================================================================================
# hollow-shapes: prose that decides nothing, each beside a near miss that opens the same way and decides.

hollow(
    "restates-question-sert",
    "hollow-shapes",
    M,
    sert,
    "Does sertraline taken in the third trimester put Jodie's baby at risk, and ought it to carry on? That is "
    "the question this assessment of sertraline was asked to address.",
    "the question restated as the conclusion, never answered",
)
good(
    "restates-then-answers-sert",
    "hollow-shapes",
    M,
    sert,
    "Does sertraline in the third trimester put the baby at risk? A little: a small chance of breathing or "
    "adaptation problems in the first days. Sertraline 100 mg carries on because a relapse would hurt them both "
    "more; the midwife watches the baby for the first 72 hours and breastfeeding goes ahead.",
    "the same question, then the answer, the decision and the watch on the baby",
)
hollow(
    "headings-only-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium: maternal mental state; fetal heart; neonatal toxicity; infant feeding; serum levels; hydration in "
    "labour; delivery planning; postnatal follow-up.",
    "the template's headings listed, none answered",
)
good(
    "headings-answered-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium - decision: continue at 800 mg. Fetal heart: scan at 20 weeks normal. Neonatal: paediatric review "
    "after birth and ward observation for floppiness or poor feeding. Feeding: bottle, because lithium passes "
    "into milk. Levels: monthly, weekly from 36 weeks, within 24 hours of birth.",
    "headings each followed by its answer",
)
hollow(
    "risk-assessed-valp",
    "hollow-shapes",
    V,
    valp,
    "Sodium valproate: risk assessed in relation to this pregnancy and to the unborn baby, and the outcome of "
    "the risk assessment has been documented.",
    "'risk assessed' with no risk and no outcome",
)
good(
    "risk-assessed-then-stated-valp",
    "hollow-shapes",
    V,
    valp,
    "Risk assessed with Hannah at 8 weeks: valproate gives this baby roughly a 1 in 10 chance of a major "
    "malformation and a higher chance of later learning difficulties. Valproate stays at 500 mg twice a day "
    "until the urgent neurology review, the fetal medicine team will scan early, and folic acid 5 mg is started.",
    "'risk assessed' followed by the risk and the plan",
)
hollow(
    "all-factors-cit",
    "hollow-shapes",
    C,
    cit,
    "Citalopram in this pregnancy: all relevant maternal, fetal and neonatal factors have been weighed carefully "
    "in arriving at this conclusion.",
    "'all relevant factors weighed': the conclusion arrived at is never given",
)
good(
    "all-factors-then-decision-cit",
    "hollow-shapes",
    C,
    cit,
    "Having weighed her previous relapse against the small risks to the baby, citalopram 20 mg continues. The "
    "midwife looks for jitteriness, fast breathing or poor feeding in the first 48 hours and calls the "
    "paediatrician if they persist; breastfeeding is encouraged.",
    "the weighing named, then the decision and the checks on the baby",
)
hollow(
    "minutes-of-meeting-f",
    "hollow-shapes",
    F,
    dzp,
    "Diazepam and pregabalin were discussed at the discharge planning meeting on the postnatal ward. Present: "
    "the mother, the foster carer, the ward midwife, the health visitor and the allocated social worker.",
    "minutes of who attended; nothing decided",
)
good(
    "minutes-then-agreed-f",
    "hollow-shapes",
    F,
    dzp,
    "Agreed at the discharge planning meeting with the foster carer, health visitor and social worker: diazepam "
    "and pregabalin stay as they are for now; the mother never has the baby in her bed or on a sofa, the foster "
    "carer does the night feeds, and all three watch for late withdrawal up to day 8.",
    "who attended, then what they agreed for the baby",
)
hollow(
    "history-no-plan-meth",
    "hollow-shapes",
    M,
    meth,
    "Methadone was started in November 2024 by the drug service and went up to 60 mg in December 2025. This "
    "pregnancy was unplanned and she booked at 11 weeks, with a dating scan at 12 weeks.",
    "a history of the pregnancy and the dose, no plan",
)
good(
    "history-then-plan-meth",
    "hollow-shapes",
    M,
    meth,
    "On methadone since November 2024, 60 mg since December. That dose stays. After birth the baby is scored "
    "for withdrawal on the postnatal ward for at least 72 hours, she is encouraged to breastfeed, and she does "
    "not sleep with the baby after her dose; the health visitor sees the cot at the first visit.",
    "the history, then the plan for mother and baby",
)
hollow(
    "mother-only-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium carries on at 800 mg at night. Her levels are checked monthly and weekly from 36 weeks, she keeps "
    "well hydrated in labour, and the perinatal mental health team sees her within a week of delivery.",
    "a plan for the mother only, nothing for the baby (MA124)",
)
good(
    "mother-and-baby-lith",
    "hollow-shapes",
    L,
    lith,
    "Lithium carries on at 800 mg at night with levels monthly, weekly from 36 weeks and within a day of birth. "
    "For the baby: a paediatric review after delivery and ward observation for lithium toxicity, and bottle "
    "feeding because lithium passes into the milk.",
    "the mother's plan and the baby's plan",
)
hollow(
    "mother-only-f",
    "hollow-shapes",
    F,
    dzp,
    "Diazepam and pregabalin stay unchanged for now. The GP will agree a slow diazepam reduction with her at the "
    "six-week review, and her prescriptions remain weekly while she is in the placement.",
    "the mother's prescribing plan only; nothing for the baby (MA124)",
)
hollow(
    "other-medicine-sert",
    "hollow-shapes",
    M,
    sert,
    "Fluoxetine should continue: a relapse of her depression would be the greater harm, and the midwife will "
    "watch the baby for adaptation symptoms in the first days after birth.",
    "a conclusion about another medicine than the one assessed (MA119/MA120)",
)
hollow(
    "other-medicine-quet",
    "hollow-shapes",
    P,
    quet,
    "The father's night-time olanzapine makes him too drowsy to wake for the baby: no sharing a bed or sofa "
    "with the baby, and the mother does the night feeds; the health visitor checks at each visit.",
    "the partner's assessment concluded about olanzapine, not quetiapine",
)
hollow(
    "last-baby-meth",
    "hollow-shapes",
    M,
    meth,
    "Methadone: her first baby, born in 2022, needed oral morphine for withdrawal and spent twelve days on the "
    "neonatal unit before going home with his grandmother.",
    "a conclusion written about the last pregnancy's baby; nothing for this one",
)
good(
    "last-baby-informs-this-one-meth",
    "hollow-shapes",
    M,
    meth,
    "Because her first baby needed treatment for withdrawal in 2022, this baby is watched closely: withdrawal "
    "scoring on the ward for at least 72 hours and health visitor checks to day 8. Methadone 60 mg continues, "
    "breastfeeding is supported and she must not co-sleep after her dose.",
    "the last baby mentioned as the reason for this baby's plan",
)
hollow(
    "last-baby-valp",
    "hollow-shapes",
    V,
    valp,
    "Valproate in her previous pregnancy: her son, born in 2021, had a normal anomaly scan and has met his "
    "developmental milestones so far.",
    "the previous child's outcome, no plan for this pregnancy",
)
hollow(
    "overall-headings-m",
    "hollow-shapes",
    M,
    overall,
    "Methadone and sertraline - continuation; neonatal withdrawal; adaptation symptoms; breastfeeding; "
    "co-sleeping; sleeping arrangements; safeguarding.",
    "the overall conclusion as a list of headings",
)
good(
    "overall-headings-answered-m",
    "hollow-shapes",
    M,
    overall,
    "Methadone and sertraline: both continue. Withdrawal: at least 72 hours of scoring on the postnatal ward. "
    "Feeding: breastfeeding encouraged. Sleep: no co-sleeping after the methadone dose; the health visitor and "
    "social worker see the cot before discharge.",
    "the same headings, each answered",
)
hollow(
    "overall-minutes-v",
    "hollow-shapes",
    V,
    overall,
    "Sodium valproate reviewed today at an extended appointment; Hannah attended with her partner, and the "
    "epilepsy specialist nurse joined by telephone for the second half.",
    "who attended, nothing concluded",
)
hollow(
    "overall-history-p",
    "hollow-shapes",
    P,
    overall,
    "The father has taken quetiapine since February 2024 for bipolar disorder; his dose was raised to 300 mg "
    "at night in October 2025 and he has been well since.",
    "the father's history; nothing about the baby's nights",
)
good(
    "overall-history-then-plan-p",
    "hollow-shapes",
    P,
    overall,
    "Well on quetiapine 300 mg since October 2025, the father is deeply asleep for hours after his dose, so he "
    "never has the baby on a bed, sofa or armchair and leaves night feeds to the mother. Her paracetamol is of "
    "no concern. The health visitor checks the crib at each visit.",
    "the history, then the rule for the baby's nights",
)
hollow(
    "overall-restates-c",
    "hollow-shapes",
    C,
    overall,
    "Whether citalopram can safely continue through pregnancy and breastfeeding is the matter considered in "
    "this perinatal medication assessment.",
    "the question restated as the overall conclusion",
)

# ============================================================================================================
# copied: one conclusion under two medicines with the name changed; honest shared wording.

_GENERIC = (
    "{m} continues at the current dose. The baby will be observed after delivery in line with local guidance "
    "and the family has been given safe sleep and feeding advice; the health visitor will follow up."
)
bad(
    "generic-name-swapped-m",
    "copied",
    M,
    chain(meth(_GENERIC.format(m="Methadone")), sert(_GENERIC.format(m="Sertraline"))),
    "one generic conclusion under both medicines, only the name changed (MA121)",
)
_SUBST = (
    "{m} stays at today's dose. The baby is watched on the postnatal ward for 72 hours for {w}, breastfeeding "
    "is encouraged, and the health visitor checks the cot before discharge."
)
bad(
    "substantive-one-word-m",
    "copied",
    M,
    chain(meth(_SUBST.format(m="Methadone", w="withdrawal")), sert(_SUBST.format(m="Sertraline", w="withdrawal"))),
    "a specific-looking conclusion pasted under both with the medicine name swapped (MA121)",
)
bad(
    "generic-f-split",
    "copied",
    F,
    chain(
        lambda d: d["assessments"].append(
            {
                **{k: v for k, v in d["assessments"][0].items() if k not in ("id", "medicine_ids", "conclusion")},
                "id": "asm-pregabalin",
                "medicine_ids": ["med-pregabalin"],
                "conclusion": "Pregabalin makes the mother drowsy: she must not share a bed, sofa or armchair with "
                "the baby, and the foster carer does the night feeds. Late withdrawal is possible to day 8.",
            }
        ),
        lambda d: d["assessments"][0].update(
            medicine_ids=["med-diazepam"],
            conclusion="Diazepam makes the mother drowsy: she must not share a bed, sofa or armchair with "
            "the baby, and the foster carer does the night feeds. Late withdrawal is possible to day 8.",
        ),
    ),
    "split assessments with the same conclusion, one word changed (MA121)",
)
ok(
    "shared-structure-own-content-m",
    "copied",
    M,
    chain(
        meth(
            "Methadone stays at 60 mg. The baby is scored for withdrawal on the ward for at least 72 hours and the "
            "health visitor looks for late signs until day 8; breastfeeding is encouraged; no co-sleeping after "
            "her dose."
        ),
        sert(
            "Sertraline stays at 100 mg. The baby is watched for adaptation symptoms such as jitteriness and fast "
            "breathing in the first days, alongside the withdrawal scoring; breastfeeding is fine on sertraline."
        ),
    ),
    "the same opening shape, each conclusion with its own content",
)
ok(
    "shared-last-sentence-m",
    "copied",
    M,
    chain(
        meth(
            "Methadone 60 mg continues under the drug service. Expect withdrawal signs from day 2 to 3: at least "
            "72 hours of scoring on the ward, breastfeeding encouraged, no co-sleeping after the dose. Any dose "
            "change goes to maternity and the health visitor the same week."
        ),
        sert(
            "Sertraline 100 mg continues: her mood is stable and relapse would harm her and the baby. The midwife "
            "watches for adaptation symptoms after birth. Any dose change goes to maternity and the health "
            "visitor the same week."
        ),
    ),
    "a shared closing instruction beside different conclusions",
)

# ============================================================================================================
# joint: joint and overall conclusions must name each medicine they cover.

hollow(
    "joint-omits-diazepam-f",
    "joint",
    F,
    dzp,
    "Pregabalin twice daily makes the mother drowsy, so the foster carer gives the night feeds and the baby "
    "sleeps in the cot in her room; nobody lies down with the baby. Late withdrawal signs are watched for until "
    "day 8 by the foster carer and health visitor.",
    "a joint assessment concluded on pregabalin only (MA119)",
)
good(
    "joint-names-both-brands-f",
    "joint",
    F,
    dzp,
    "Diazepam 5 mg tds and Lyrica 150 mg bd together leave her sleepy, worst after each dose: no bed, sofa or "
    "armchair with the baby, no feeding lying down, night feeds by the foster carer. Late withdrawal possible "
    "to day 8. Both unchanged for now; diazepam to come down slowly from the 6-week review.",
    "a joint conclusion naming pregabalin by its brand (Lyrica)",
)
hollow(
    "overall-omits-methadone-m",
    "joint",
    M,
    overall,
    "Sertraline 100 mg continues and breastfeeding is supported. The baby stays on the postnatal ward for "
    "withdrawal observation for at least 72 hours, and there is no co-sleeping; the social worker and health "
    "visitor see the cot before discharge.",
    "the overall conclusion omits methadone (MA119)",
)
hollow(
    "overall-omits-valproate-v",
    "joint",
    V,
    overall,
    "Unplanned pregnancy at 8 weeks: folic acid 5 mg daily started today, urgent referrals made to neurology and "
    "to the antenatal clinic for an early fetal medicine scan; she must not stop her epilepsy treatment suddenly.",
    "the overall conclusion never names valproate, the medicine assessed",
)
good(
    "overall-omits-paracetamol-p",
    "joint",
    P,
    overall,
    "Daniel's quetiapine at night sedates him heavily, so he never sleeps with the baby on a bed, sofa or "
    "armchair and the mother does all night feeds; the baby sleeps in the next-to-me crib, which the health "
    "visitor will check at each visit for the first 8 weeks.",
    "the mother's unassessed paracetamol need not be named",
)
good(
    "overall-abbreviated-f",
    "joint",
    F,
    overall,
    "Diazepam + pregabalin continue for now (diazepam taper from 6/52). Sedation is the risk to baby: no "
    "co-sleeping, no feeds lying down; foster carer does nights. Late NAS signs possible to day 8 - FC, HV and "
    "SW hold this plan.",
    "a terse overall conclusion with clinical abbreviations, naming both",
)
bad(
    "merged-m-one-named",
    "joint",
    M,
    chain(
        lambda d: d["assessments"][0]["medicine_ids"].append("med-sertraline"),
        lambda d: d["assessments"].pop(1),
        meth(
            "Methadone is unchanged. The baby is observed for withdrawal for at least 72 hours on the ward; "
            "breastfeeding is encouraged; no co-sleeping after the dose, and the cot is checked at home."
        ),
    ),
    "one assessment covering methadone and sertraline, concluded on methadone only (MA119)",
)
ok(
    "merged-m-both-named",
    "joint",
    M,
    chain(
        lambda d: d["assessments"][0]["medicine_ids"].append("med-sertraline"),
        lambda d: d["assessments"][0]["impact_on_mother"].update(
            parenting_capacity=d["assessments"][0]["impact_on_mother"]["parenting_capacity"]
            + " Mood stable on sertraline 100 mg; stopping risks relapse."
        ),
        lambda d: d["assessments"].pop(1),
        meth(
            "Methadone and sertraline both stay as they are. The baby is observed for withdrawal and adaptation "
            "signs for at least 72 hours on the ward; breastfeeding is encouraged on both; no co-sleeping after "
            "the methadone dose, and the cot is checked at home."
        ),
    ),
    "one assessment covering both medicines, naming both",
)

# ============================================================================================================
# brands: brands and misspellings of the listed medicines; the brand of a medicine not assessed.

good(
    "lustral-only-sert",
    "brands",
    M,
    sert,
    "Lustral 100 mg carries on: her depression came back the last time it was stopped. Small chance of "
    "jitteriness or fast breathing in the baby in the first days, which the midwife will look for; she can "
    "breastfeed on it.",
    "sertraline named by its brand only (Lustral)",
)
good(
    "physeptone-meth",
    "brands",
    M,
    meth,
    "Physeptone 60 mg daily, supervised, continues. The baby will probably need withdrawal scoring on the ward "
    "for at least 72 hours; breastfeeding is encouraged; she must never sleep with the baby after her dose.",
    "methadone by its brand (Physeptone)",
)
good(
    "cipramil-cit",
    "brands",
    C,
    cit,
    "Cipramil 20 mg continues through pregnancy and breastfeeding: stopping it last time brought relapse within "
    "six weeks. The midwife watches the baby for adaptation signs over the first 48 hours.",
    "citalopram by its brand (Cipramil)",
)
good(
    "epilim-valp",
    "brands",
    V,
    valp,
    "Epilim 500 mg bd must not be stopped suddenly (seizure risk). The baby was exposed in the first weeks, so "
    "neurology sees her urgently and fetal medicine scans early; folic acid 5 mg started today.",
    "sodium valproate by its brand (Epilim)",
)
good(
    "camcolit-lith",
    "brands",
    L,
    lith,
    "Priadel (lithium) 800 mg nocte continues - relapse after birth is the bigger danger. Baby: paediatric "
    "review and ward observation for toxicity; bottle feeding as lithium enters the milk. Levels monthly, "
    "weekly from 36/40, within 24 h of birth.",
    "lithium by brand and name with prescribing abbreviations",
)
good(
    "misspelt-setraline",
    "brands",
    M,
    sert,
    "Setraline 100 mg continues: relapse is the greater risk. The midwife watches the baby for adaptation "
    "symptoms for 72 hours after delivery, and breastfeeding is encouraged.",
    "sertraline misspelt as clinicians type it",
)
good(
    "misspelt-quetiapene",
    "brands",
    P,
    quet,
    "Dad's quetiapene at night knocks him out for hours: he must never share a bed or sofa with the baby and "
    "does not do night feeds. Mum does nights with the baby in the crib beside her; HV checks each visit.",
    "quetiapine misspelt, in a health visitor's shorthand",
)
good(
    "misspelt-pregablin",
    "brands",
    F,
    dzp,
    "Diazepam and pregablin both sedate: the mother may not lie down with the baby on a bed, sofa or chair, "
    "and the foster carer does the nights. Late withdrawal can show until day 8. No change yet; diazepam to be "
    "reduced slowly.",
    "pregabalin misspelt in a joint conclusion",
)
ok(
    "medicine-named-lustral",
    "brands",
    M,
    set_("medicines#med-sertraline.name", "Lustral 50mg tablets"),
    "the medicine recorded by its brand; the conclusion names the ingredient",
)
ok(
    "medicine-named-lyrica",
    "brands",
    F,
    set_("medicines#med-pregabalin.name", "Lyrica 75mg capsules"),
    "pregabalin recorded by its brand; the joint conclusion names the ingredient",
)
hollow(
    "cipramil-under-sert",
    "brands",
    M,
    sert,
    "Cipramil should carry on: her depression relapsing would be the greater harm, and the midwife will watch "
    "the baby for adaptation symptoms for 72 hours.",
    "the sertraline assessment concluded on Cipramil (citalopram), not sertraline",
)
hollow(
    "escitalopram-under-cit",
    "brands",
    C,
    cit,
    "Escitalopram 10 mg continues: relapse is the greater risk to mother and baby; the midwife watches for "
    "adaptation signs over the first 48 hours and breastfeeding is supported.",
    "a near-name of another medicine (escitalopram) instead of citalopram",
)
hollow(
    "lyrica-only-joint-f",
    "brands",
    F,
    dzp,
    "Lyrica 150 mg twice a day makes her drowsy: no bed, sofa or armchair with the baby, and the foster carer "
    "feeds at night. Late withdrawal possible to day 8; no change for now.",
    "the joint conclusion names pregabalin by brand and forgets diazepam",
)
hollow(
    "lamictal-overall-v",
    "brands",
    V,
    overall,
    "Lamictal continues pending urgent neurology review; she must not stop it abruptly. The baby has had "
    "first-trimester exposure, so fetal medicine will scan early; folic acid 5 mg started.",
    "the overall conclusion names lamotrigine (Lamictal), not the sodium valproate assessed",
)

# ============================================================================================================
# dates: each margin, with a date just inside it.

bad(
    "attested-day-before-assessment-v",
    "dates",
    V,
    set_("attestation.at", "2026-05-19T17:00:00+00:00"),
    "attested the day before the assessment it attests (MA211)",
)
ok(
    "attested-next-morning-v",
    "dates",
    V,
    set_("attestation.at", "2026-05-21T08:15:00+00:00"),
    "attested the morning after the assessment",
)
bad(
    "attested-future-n",
    "dates",
    N,
    set_("attestation.at", "2026-12-09T10:40:00+00:00"),
    "attested after today (MA211)",
)
bad(
    "delivery-future-p",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-12-12"),
    "a postnatal record with a delivery date after today (MA012)",
)
ok(
    "delivery-day-before-p",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-05-17"),
    "delivered a day earlier than recorded; still before every other date",
)
bad(
    "delivery-after-attestation-f",
    "dates",
    F,
    set_("pregnancy.delivery_date", "2026-06-16"),
    "a postnatal record attested two days before the birth it describes (MA013)",
)
bad(
    "assessment-before-conception-m",
    "dates",
    M,
    set_("assessments#asm-sertraline.date", "2025-07-01"),
    "sertraline assessed five weeks before this pregnancy began (MA212)",
)
ok(
    "assessment-early-pregnancy-m",
    "dates",
    M,
    set_("assessments#asm-sertraline.date", "2025-10-20"),
    "sertraline assessed at about 10 weeks, months before the other parts",
)
bad(
    "edd-month-late-c",
    "dates",
    C,
    set_("pregnancy.edd", "2026-05-08"),
    "EDD 32 days after the one the gestation implies (MA011)",
)
ok(
    "edd-ten-days-c",
    "dates",
    C,
    set_("pregnancy.edd", "2026-04-16"),
    "EDD ten days from the gestation's: within the tolerance",
)
bad(
    "gestation-four-weeks-short-l",
    "dates",
    L,
    set_("pregnancy.gestation.weeks", 20),
    "gestation 20 weeks on a date that the EDD puts at 24 (MA011)",
)
ok(
    "gestation-one-week-short-l",
    "dates",
    L,
    set_("pregnancy.gestation.weeks", 23),
    "a week out: within the tolerance",
)
bad(
    "assessment-future-v",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-12-18"),
    "an assessment dated after today (MA206)",
)
bad(
    "postnatal-over-a-year-n",
    "dates",
    N,
    set_("pregnancy.delivery_date", "2025-03-01"),
    "a postnatal record attested more than a year after the birth (MA013)",
)
ok(
    "postnatal-week-later-n",
    "dates",
    N,
    set_("pregnancy.delivery_date", "2026-03-27"),
    "born two weeks before the review: within the postnatal year",
)

# ============================================================================================================
# routes: addresses that cannot deliver, beside real ones.

bad(
    "mesh-word-midwives",
    "routes",
    M,
    set_("recipients#rcp-midwife.route.mailbox", "MIDWIVES"),
    "an English word in place of a MESH mailbox id (MA307)",
)
bad(
    "mesh-lowercase-space",
    "routes",
    C,
    set_("recipients#rcp-hv.route.mailbox", "x26 cr003"),
    "lower case and a space: no MESH id (MA307)",
)
ok(
    "mesh-other-id",
    "routes",
    C,
    set_("recipients#rcp-hv.route.mailbox", "X26CR017"),
    "a well-formed mailbox id",
)
bad(
    "fhir-http",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL over plain http (MA308)",
)
bad(
    "fhir-credentials",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://gp:secret@maternity.northgate.example/fhir/R4"),
    "credentials in the FHIR base URL (MA308)",
)
bad(
    "fhir-link-local",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://169.254.10.20/fhir/R4"),
    "a link-local address (MA308)",
)
ok(
    "fhir-nhs-host",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate-hospital.nhs.uk/R4/"),
    "an https base URL on an NHS host",
)
bad(
    "mllp-bare-name",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface"),
    "an MLLP host that is no fully qualified name (MA308)",
)
bad(
    "mllp-localhost",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "127.0.0.1"),
    "this machine as the receiving host (MA308)",
)
ok(
    "mllp-private-ip",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "10.42.8.15"),
    "an IP address on the trust network",
)
bad(
    "manual-as-before",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", "As arranged previously with the placement team."),
    "a manual route that says no hand-over (MA309)",
)
bad(
    "manual-phone-only",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", "Foster carer: 01632 960789"),
    "only a telephone number (MA309)",
)
ok(
    "manual-read-through",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "The health visitor took a printed copy to the placement on 2026-06-13 and read it through with the "
        "foster carer.",
    ),
    "a real hand-over by a professional",
)
bad(
    "ods-placeholder",
    "routes",
    N,
    set_("recipients#rcp-hv.organisation.ods_code", "TBC"),
    "a placeholder ODS code (MA310)",
)
bad(
    "ods-seven-chars",
    "routes",
    P,
    set_("recipients#rcp-midwife.organisation.ods_code", "Y904001"),
    "seven characters: no shape ODS issues (MA310)",
)
ok(
    "ods-site-code",
    "routes",
    N,
    set_("recipients#rcp-midwife.organisation.ods_code", "RXQ02"),
    "a five-character site code",
)

# ============================================================================================================
# attribution: the register fits the role, the number can be issued, one number is one person.

bad(
    "hv-on-gmc",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7081234"}),
    "a health visitor on the medical register (MA207)",
)
bad(
    "gp-on-gphc",
    "attribution",
    C,
    set_("assessments#asm-citalopram.author.registration", {"body": "GPhC", "number": "2045678"}),
    "a GP on the pharmacy register (MA207)",
)
bad(
    "pharmacist-on-gmc-n",
    "attribution",
    N,
    set_("attestation.by.registration", {"body": "GMC", "number": "7087654"}),
    "a clinical pharmacist attesting with a GMC number (MA207)",
)
bad(
    "gmc-all-sevens",
    "attribution",
    L,
    set_("assessments#asm-lithium.author.registration.number", "7777777"),
    "one digit repeated: no register issues it (MA208)",
)
bad(
    "one-number-two-doctors-l",
    "attribution",
    L,
    set_("overall_conclusion.author.registration.number", "7056789"),
    "Dr Campbell signs the overall conclusion with Dr Osei's GMC number (MA209)",
)
bad(
    "one-number-two-first-names-v",
    "attribution",
    V,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Fatima"], "family": "McAllister"}),
    "same family name and number, another first name (MA209)",
)
ok(
    "midwife-author-nmc",
    "attribution",
    M,
    author("asm-sertraline", person("Anna", "Lowe", "registered-midwife", "NMC", "21B3344C", HAMPTON_MIDWIVES)),
    "the community midwife writes the sertraline assessment on the NMC register",
)
ok(
    "pharmacist-author-gphc",
    "attribution",
    M,
    author("asm-sertraline", person("Bethany", "Cole", "clinical-pharmacist", "GPhC", "2087654", RIVERSIDE)),
    "the practice pharmacist writes the sertraline assessment",
)
ok(
    "initials-same-doctor-l",
    "attribution",
    L,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["R"], "family": "Campbell"}),
    "an initial for the same doctor",
)
ok(
    "psychiatrist-concludes-l",
    "attribution",
    L,
    set_(
        "overall_conclusion.author",
        person("Samuel", "Osei", "psychiatrist", "GMC", "7056789", NORTHGATE_PMH, prefix="Dr"),
    ),
    "the perinatal psychiatrist signs the overall conclusion with his own number",
)

# ============================================================================================================
# voices: GP, midwife, pharmacist, health visitor and perinatal psychiatrist; each voice's stock phrases too.

good(
    "gp-voice-valp",
    "voices",
    V,
    valp,
    "I have asked Hannah not to stop her valproate until neurology has seen her - a seizure now would endanger "
    "her and the pregnancy. The baby has been exposed since conception, so I have referred her urgently to "
    "fetal medicine for an early detailed scan and started folic acid 5 mg.",
    "a GP in the first person",
)
good(
    "midwife-voice-meth",
    "voices",
    M,
    meth,
    "From a midwifery point of view: methadone stays at 60 mg, baby will room in with mum on the postnatal ward "
    "and be NAS-scored 4-hourly for at least 72 hours; we will support her to breastfeed; she knows not to have "
    "baby in bed with her after her dose.",
    "a midwife's voice with ward shorthand",
)
good(
    "pharmacist-voice-sert",
    "voices",
    M,
    sert,
    "Pharmacist review: sertraline is a sensible SSRI to continue at 100 mg - low milk transfer, and relapse "
    "risk outweighs the small PPHN and adaptation risks to the baby. Paeds aware at delivery; midwife to watch "
    "for jitteriness and feeding difficulty.",
    "a pharmacist's reasoning with abbreviations",
)
good(
    "hv-voice-quet",
    "voices",
    P,
    quet,
    "Seen at the new birth visit with both parents. Daniel's quetiapine means he will not wake for the baby at "
    "night, so he is never to doze with her on the sofa or in bed, and Chloe does the night feeds. Crib seen "
    "beside Chloe's side of the bed; I will check again at each visit.",
    "a health visitor's note style, in the first person",
)
good(
    "psychiatrist-voice-lith",
    "voices",
    L,
    lith,
    "From the perinatal psychiatry perspective, lithium must continue: her risk of postpartum psychosis off it is "
    "high. For the baby, the paediatricians review at birth and watch for toxicity on the ward; she will bottle "
    "feed, since lithium in breast milk can harm the baby. I will see her within a week of delivery.",
    "a perinatal psychiatrist's voice",
)
good(
    "terse-cit",
    "voices",
    C,
    cit,
    "Continue citalopram 20 mg. Baby: midwife watch for adaptation 48 h, paeds if persists. Breastfeed OK.",
    "terse but complete",
)
good(
    "long-with-asides-f",
    "voices",
    F,
    dzp,
    "Diazepam and pregabalin (both started before this pregnancy, and both prescribed here) leave the mother "
    "drowsy, particularly in the hour or two after each dose - she has said so herself. That matters most at "
    "night: she must not bring the baby into her bed or doze with the baby on a sofa or armchair, and the "
    "foster carer does the night feeds for now. The baby had mild withdrawal on day 3 without treatment; the "
    "foster carer and health visitor keep watching until day 8 (see the withdrawal plan above for whom to "
    "call). No dose change today; the diazepam taper starts at the 6-week review.",
    "a long conclusion with asides and a pointer to the plan above",
)
good(
    "terse-overall-c",
    "voices",
    C,
    overall,
    "Citalopram 20 mg continues in pregnancy and while breastfeeding; midwife watches baby for adaptation signs "
    "for 48 h; GP reviews mood at 6 weeks.",
    "a terse overall conclusion",
)
hollow(
    "pharmacist-stock-sert",
    "voices",
    M,
    sert,
    "Sertraline: clinical check completed, no interactions identified, dose within the licensed range and "
    "appropriate for the indication.",
    "a pharmacist's stock check, nothing for the baby",
)
hollow(
    "hv-stock-quet",
    "voices",
    P,
    quet,
    "Father's quetiapine noted at the new birth visit. Family known to the service; universal health visiting "
    "offer to continue as per schedule.",
    "a health visitor's stock note that decides nothing on co-sleeping",
)
hollow(
    "psychiatrist-stock-lith",
    "voices",
    L,
    lith,
    "Lithium: mental state stable at review, euthymic, no psychotic features, good insight and engagement with "
    "the service.",
    "a mental state examination, nothing for the baby",
)
hollow(
    "midwife-stock-meth",
    "voices",
    M,
    meth,
    "Methadone: booking bloods done, consultant-led care, glucose tolerance test booked, next antenatal appointment at 32 "
    "weeks.",
    "antenatal logistics, no plan for withdrawal or sleep",
)
hollow(
    "gp-stock-valp",
    "voices",
    V,
    valp,
    "Valproate: discussed at length, questions answered, leaflet given, she is happy with the plan and will "
    "make contact if concerned.",
    "stock consultation phrases",
)
hollow(
    "gp-stock-overall-l",
    "voices",
    L,
    overall,
    "Lithium (Priadel): reviewed jointly with the perinatal team; documentation complete; follow up as arranged.",
    "the overall conclusion in stock phrases",
)

# ============================================================================================================
# hollow-shapes, second pass: the question as a "whether" clause, options without a choice, another child.

hollow(
    "whether-clause-lith",
    "hollow-shapes",
    L,
    lith,
    "The question of whether lithium should carry on through the rest of this pregnancy, and what that means "
    "for the baby after birth, has been considered at this review.",
    "a 'whether' clause and 'has been considered': no answer",
)
good(
    "whether-clause-answered-lith",
    "hollow-shapes",
    L,
    lith,
    "Whether lithium should carry on was the question, and the answer is yes: a relapse after birth is the "
    "greater danger. The baby has a paediatric review at birth and ward observation for toxicity, and is bottle "
    "fed because lithium passes into the milk.",
    "the 'whether' clause followed by the answer and the baby's plan",
)
hollow(
    "options-no-choice-sert",
    "hollow-shapes",
    M,
    sert,
    "Sertraline: the options of continuing, reducing or stopping, and what each would mean for Jodie and for "
    "the baby, were set out for her in detail.",
    "the options listed, none chosen",
)
good(
    "options-then-choice-sert",
    "hollow-shapes",
    M,
    sert,
    "Continuing, reducing and stopping sertraline were all discussed; Jodie chose to continue 100 mg, which we "
    "support because relapse is the bigger risk. The midwife will look for adaptation signs in the baby in the "
    "first days, and she can breastfeed.",
    "the options, then the choice and the plan",
)
hollow(
    "considered-in-full-f",
    "hollow-shapes",
    F,
    dzp,
    "Diazepam and pregabalin, and their effects on the mother and on the baby, were considered in full at this "
    "review, with the foster carer's views taken into account.",
    "'considered in full': nothing decided",
)
hollow(
    "other-child-plan-valp",
    "hollow-shapes",
    V,
    valp,
    "Valproate: her daughter from the last pregnancy is under the community paediatrician for speech delay and "
    "will be seen again in the spring.",
    "a plan for another child, none for this pregnancy",
)
hollow(
    "last-baby-past-tense-meth",
    "hollow-shapes",
    M,
    meth,
    "Methadone: the baby was scored for withdrawal for 72 hours after the birth in 2022, needed no treatment and "
    "went home on day 5 with a cot in the parents' room.",
    "an antenatal record concluded with the last baby's stay in the past tense",
)
hollow(
    "other-medicine-lith",
    "hollow-shapes",
    L,
    lith,
    "Quetiapine 25 mg at night can be added if her sleep breaks down after the birth; the perinatal team will "
    "review her within a week, and the baby will be bottle fed.",
    "the lithium assessment concluded on a different medicine (MA119/MA120)",
)
hollow(
    "history-overall-c",
    "hollow-shapes",
    C,
    overall,
    "Citalopram since June 2024 for anxiety and depression; dose last changed in January 2025; booked at 10 "
    "weeks with a normal dating scan; this is her second pregnancy.",
    "a history with no plan as the overall conclusion",
)
good(
    "history-overall-plan-c",
    "hollow-shapes",
    C,
    overall,
    "On citalopram since June 2024 and well on 20 mg; it continues through pregnancy and breastfeeding. The "
    "midwife watches the baby for adaptation signs in the first 48 hours, and the GP reviews her mood at the "
    "6-week check.",
    "the same history, then the plan",
)
hollow(
    "attendance-quet",
    "hollow-shapes",
    P,
    quet,
    "Quetiapine: new birth visit attended by both parents, the baby and the maternal grandmother; the health "
    "visitor and a student health visitor were present.",
    "who was at the visit; nothing about the father's nights with the baby",
)
good(
    "attendance-then-rule-quet",
    "hollow-shapes",
    P,
    quet,
    "At the new birth visit, with both parents and the grandmother there, we agreed: because quetiapine leaves "
    "Daniel hard to wake, he never sleeps with the baby on a bed or sofa and does no night feeds after his "
    "dose. The health visitor checks the crib each visit.",
    "the attendance, then the agreed rule for the baby",
)

# ============================================================================================================
# voices, second pass: more good conclusions in clinicians' own shorthand.

good(
    "gp-shorthand-meth",
    "voices",
    M,
    meth,
    "Methadone 60 mg od (supervised) - continue, no change without the drug service. Baby: NAS scoring on PNW "
    "for at least 72 h, HV to look for late signs to day 8. BF encouraged. No co-sleeping post-dose; cot to be "
    "seen at the first HV visit.",
    "a GP's shorthand, complete",
)
good(
    "midwife-voice-cit",
    "voices",
    C,
    cit,
    "As her community midwife I am happy for citalopram to continue - she has been well on it. I have let the "
    "labour ward know so baby is watched for jitteriness, fast breathing and poor feeding for 48 hours, and she "
    "plans to breastfeed, which is fine.",
    "a community midwife in the first person",
)
good(
    "pharmacist-voice-f",
    "voices",
    F,
    dzp,
    "Pharmacy view: diazepam and pregabalin are additive CNS depressants, so the mother is not safe to share a "
    "bed or sofa with the baby or to feed lying down; foster carer to do nights. Neonatal withdrawal can be late "
    "with diazepam (up to day 8). Continue both for now; no abrupt stop (seizure risk); taper diazepam from 6 "
    "weeks.",
    "a pharmacist's clinical reasoning",
)
good(
    "psychiatrist-voice-overall-l",
    "voices",
    L,
    overall,
    "Perinatal psychiatry and GP agree: lithium (Priadel) 800 mg stays, with levels monthly, weekly from 36 "
    "weeks and within a day of delivery. The baby is reviewed by the paediatricians after birth and bottle fed. "
    "We see her within a week of birth because postpartum psychosis is a real risk.",
    "a joint psychiatry and GP overall conclusion",
)
good(
    "hv-voice-overall-p",
    "voices",
    P,
    overall,
    "From the health visiting side: Daniel's quetiapine (300 mg nocte) means he sleeps through the baby's cries "
    "for hours, so Chloe does nights, and the baby never sleeps on a bed, sofa or chair with him. Chloe's own "
    "paracetamol is fine with breastfeeding. Crib checked; we review at each contact.",
    "a health visitor's overall conclusion",
)
good(
    "gp-voice-overall-v",
    "voices",
    V,
    overall,
    "Hannah is 8 weeks pregnant on sodium valproate, unplanned. She keeps taking it until neurology sees her "
    "urgently - stopping could bring on seizures. The baby's exposure means early fetal medicine scanning; "
    "referrals sent and folic acid 5 mg started today.",
    "a GP's plain overall conclusion",
)

# ============================================================================================================
# disguise: about half of the texts above again, each in one disguise, judged exactly like the plain text.

for _i, (_name, _expect, _base, _put, _text, _why) in enumerate(list(_TEXTS)):
    if _i % 2:
        continue
    _label, _hide = DISGUISES[(_i // 2) % len(DISGUISES)]
    add(
        f"dis-{_label}-{_name}",
        "disguise",
        _expect,
        _base,
        _put(_hide(_text)),
        f"{_why}, in {_label} disguise",
    )

bad(
    "dis-zwsp-manual-as-before",
    "disguise",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        inside_words("As arranged previously with the placement team.", "\u200b", every=2),
    ),
    "a manual route that says no hand-over, with zero-width spaces (MA309)",
)
ok(
    "dis-shy-manual-read-through",
    "disguise",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        inside_words(
            "The ward midwife handed a printed copy to the foster carer at discharge and went through it with her.",
            SOFT_HYPHEN,
            every=3,
        ),
    ),
    "a real hand-over with soft hyphens",
)
bad(
    "dis-cyrillic-other-given-v",
    "disguise",
    V,
    set_(
        "overall_conclusion.author.name",
        {"prefix": "Dr", "given": [homoglyphs("Frances", "aec")], "family": "McAllister"},
    ),
    "another first name under Dr McAllister's number, in Cyrillic look-alikes (MA209)",
)
ok(
    "dis-cyrillic-same-doctor-v",
    "disguise",
    V,
    set_(
        "overall_conclusion.author.name",
        {"prefix": "Dr", "given": [homoglyphs("Fiona", "ao")], "family": homoglyphs("McAllister", "e")},
    ),
    "the same doctor's name in look-alike letters is one person",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F51CASES)
    for cat in CATEGORIES:
        print(f"{cat:14} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':14} refuse {sum(c.expect == REFUSE for c in F51CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F51CASES):3}"
    )
