"""A seventy-sixth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-fifth round, against the readings landed in the two hours before it.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About four in five records are good clinical work sitting next to a new
reading; the rest are hollow or impossible near misses. It covers:

* ``dates-past``: MA017's simple past and ordinal days, MA013's delivery bounded by the gestation's EDD: events
  reported in every past form dated before the attestation (or on its day), bookings, requests and agreements
  made earlier for a later date, "to be seen on", "reviewed again on" shorthand, "will have been seen by",
  adjectival participles ("her booked scan on"), irregular verbs that are also plans ("to be cut", "is set
  for"); births at term, late and preterm from a gestation with no EDD;
* ``withdrawal-whose``: MA122, the mother's own withdrawal warned about beside the baby's plan;
* ``naming-lists``: MA119, "X and Y are on her list" followed by a decision on each, and a brand's first word;
* ``ruled-out-names``: MA120, medicines she must not start, ruled out in long phrases, a psychiatrist whose given
  name is a pregabalin brand, people called by names that are street names, ordinary misspellings, and the
  record's own medicines misspelt;
* ``partner-womb``: MA101, a partner's ACE inhibitor, ARB or warfarin needs no assessment, his sedating
  medicine does;
* ``licence-hedges``: MA103, licence text applied to her, counterfactuals and "may or may not" beside decisions;
* ``item-answers``: MA125, item answers opening with a gerund, a process followed by a plan, concern words in
  another sense beside a real answer;
* ``routes``: MA308 ASCII hosts of every shape and look-alike hosts, MA312 a foster carer reached by hand;
* ``disguise``: a fifth more, good and hollow texts from above in look-alike letters, zero-width characters,
  soft hyphens, bidi isolates and full width.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh76_cases`` for the
counts per category.
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
    add_medicine,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F76CASES: list[Case] = []

CATEGORIES = (
    "dates-past",
    "withdrawal-whose",
    "naming-lists",
    "ruled-out-names",
    "partner-womb",
    "licence-hedges",
    "item-answers",
    "routes",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F76CASES.append(Case(f"f76-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def isolate_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def soft_hyphens(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


# Item paths.
M_NW = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
M_BF = "assessments#asm-methadone.impact_on_baby.breastfeeding"
M_SS = "assessments#asm-methadone.impact_on_mother.safe_sleep"
S_BF = "assessments#asm-sertraline.impact_on_baby.breastfeeding"
F_NW = "assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan"
F_BF = "assessments#asm-diazepam-pregabalin.impact_on_baby.breastfeeding"
P_BF = "assessments#asm-partner-quetiapine.impact_on_baby.breastfeeding"

# ------------------------------------------------------------------------------------------------------------
# dates-past. Attested: M 2026-03-02, C 2026-02-12, L 2026-05-06, V 2026-05-20, F 2026-06-14, P 2026-05-28.
DP = "dates-past"

M_STARTED = (
    "Methadone 60 mg daily, which she started on 2025-11-18 and took under supervision every day since, continues "
    "through pregnancy; the baby is observed 72 hours on the ward for neonatal withdrawal, breastfeeding is "
    "supported, and there is no co-sleeping after her dose."
)
ok("dp-meth-started-took-before", DP, M, meth(M_STARTED), "started and took, both dated months before attestation")
C_GAVE = (
    "The midwife gave her the plan on 2026-02-05 and she took it home to read with her partner; citalopram 20 mg "
    "continues, the midwife watches the baby for adaptation symptoms for 48 hours after birth, and breastfeeding "
    "is supported."
)
ok("dp-cit-gave-took-before", DP, C, cit(C_GAVE), "gave and took, irregular pasts a week before attestation")
L_SAW = (
    "Dr Osei saw her on 2026-04-28 and agreed that lithium (Priadel) 800 mg continues with levels monthly, weekly "
    "from 36 weeks and within 24 hours of birth; the baby has a paediatric review after birth and is bottle fed."
)
ok("dp-lith-saw-before", DP, L, lith(L_SAW), "saw, an irregular past eight days before attestation")
ok(
    "dp-valp-had-been-reviewed-before",
    DP,
    V,
    valp(
        "Valproate had been prescribed since 2019 and was last reviewed on 2026-01-14; it continues at 500 mg twice "
        "a day until the urgent neurology review, because stopping suddenly risks seizures, and the baby has an "
        "early fetal medicine scan. Folic acid 5 mg continues."
    ),
    "pluperfect and passive past dated before attestation",
)
F_SEEN = (
    "The baby was seen by the paediatrician on 2026-06-11 and the newborn check was normal. Diazepam and pregabalin "
    "continue unchanged for now; she must not co-sleep or feed lying down, the foster carer does the night feeds, "
    "and the baby is watched for late withdrawal until day 8."
)
ok("dp-dzp-was-seen-before", DP, F, dzp(F_SEEN), "a passive past three days before attestation")
ok(
    "dp-quet-checked-attestation-day",
    DP,
    P,
    quet(
        "The health visitor checked the crib on 2026-05-28, the day of this record. The father's quetiapine keeps "
        "him heavily sedated at night, so he does no night feeds and never shares a bed or sofa with the baby; the "
        "mother does the nights and the health visitor keeps checking."
    ),
    "an event on the attestation's own day is not after it",
)
M_BOOKED = (
    "The drug service booked a joint review for 2026-03-16. Methadone 60 mg daily continues meanwhile; the baby "
    "will be observed for neonatal withdrawal for at least 72 hours, breastfeeding is supported, and she must not "
    "co-sleep after her dose."
)
ok("dp-meth-booked-for-later", DP, M, meth(M_BOOKED), "the booking was made; the review it books is later")
S_TOBESEEN = (
    "Sertraline 100 mg continues, as relapse would harm her and the baby; she is to be seen on 2026-03-30 by the "
    "perinatal team, and the maternity team watches the baby for adaptation symptoms after birth."
)
ok("dp-sert-to-be-seen", DP, M, sert(S_TOBESEEN), "'to be seen on' a later date is a plan")
L_AGAIN = (
    "Lithium (Priadel) 800 mg continues; reviewed again on 2026-06-03 with a level, then weekly from 36 weeks and "
    "within 24 hours of birth. The baby needs a paediatric review after birth; bottle feeding as planned."
)
ok("dp-lith-reviewed-again-on", DP, L, lith(L_AGAIN), "'reviewed again on' a later date is plan shorthand")
ok(
    "dp-cit-will-have-been-seen",
    DP,
    C,
    cit(
        "Citalopram 20 mg continues; she will have been seen by the perinatal mental health nurse by 2026-03-09, "
        "and the midwife watches the baby for 48 hours after birth for adaptation symptoms. Breastfeeding is "
        "supported."
    ),
    "future perfect: a plan",
)
ok(
    "dp-valp-booked-scan-adjective",
    DP,
    V,
    valp(
        "Valproate 500 mg twice a day continues until the urgent neurology review: stopping risks seizures. Her "
        "booked fetal medicine scan on 2026-06-03 looks for neural tube and other malformations in the baby; folic "
        "acid 5 mg continues."
    ),
    "'booked' as an adjective before a later scan",
)
ok(
    "dp-dzp-to-be-cut",
    DP,
    F,
    dzp(
        "Diazepam and pregabalin continue for now; diazepam is to be cut by 1 mg a fortnight from 2026-07-20 under "
        "the GP. She must not co-sleep or feed the baby lying down; the foster carer does the night feeds and "
        "watches for late withdrawal until day 8."
    ),
    "'cut' is spelt as its past but is a plan here",
)
ok(
    "dp-quet-asked-to-see",
    DP,
    P,
    quet(
        "His GP asked to see him on 2026-06-04 about the timing of his quetiapine. Until then he is too sedated "
        "after his dose to care for the baby at night: no night feeds and no bed or sofa sharing; the mother does "
        "the nights and the health visitor keeps checking the crib."
    ),
    "the request was made earlier; the seeing it asks for is later",
)
ok(
    "dp-meth-agreed-to-visit",
    DP,
    M,
    meth(
        "At the meeting she agreed to a home visit on 2026-03-09 to see the cot. Methadone 60 mg daily continues "
        "through pregnancy; the baby is observed for neonatal withdrawal after birth, breastfeeding is supported and "
        "there is no co-sleeping after her dose."
    ),
    "she agreed today to a visit next week",
)
ok(
    "dp-lith-set-for",
    DP,
    L,
    lith(
        "Her next lithium level is set for 2026-06-03; lithium (Priadel) 800 mg continues with weekly levels from 36 "
        "weeks and within 24 hours of birth; the baby has a paediatric review after birth and is bottle fed."
    ),
    "present passive of an irregular verb: a plan",
)
ok(
    "dp-sert-arranged-for",
    DP,
    M,
    sert(
        "Sertraline 100 mg continues: relapse is the bigger risk to her and the baby. The midwife arranged a mood "
        "check for 2026-04-13, and the maternity team watches the baby for adaptation symptoms after birth."
    ),
    "arranged now for a later date",
)
ok(
    "dp-gestation-term-no-edd",
    DP,
    P,
    set_("pregnancy.gestation", {"weeks": 39, "days": 4, "on": "2026-05-11"}),
    "39+4 a week before delivery: born at 40+4",
)
ok(
    "dp-gestation-post-term-no-edd",
    DP,
    P,
    set_("pregnancy.gestation", {"weeks": 41, "days": 5, "on": "2026-05-11"}),
    "41+5 a week before delivery: born at 42+5, within the 44-week bound",
)
ok(
    "dp-gestation-preterm-no-edd",
    DP,
    P,
    set_("pregnancy.gestation", {"weeks": 26, "days": 0, "on": "2026-04-20"}),
    "26+0 four weeks before delivery: born at 30+0, preterm but real",
)
ok(
    "dp-gestation-dating-scan-no-edd",
    DP,
    P,
    set_("pregnancy.gestation", {"weeks": 12, "days": 3, "on": "2025-11-10"}),
    "dating scan 12+3 on 2025-11-10: born at 39+4",
)
bad(
    "dp-meth-saw-after",
    DP,
    M,
    meth(
        "The health visitor saw the cot on 2026-03-20 and it was safe. Methadone 60 mg daily continues; the baby is "
        "observed 72 hours for withdrawal, breastfeeding is supported and there is no co-sleeping."
    ),
    "reports as done a visit 18 days after the record was signed (MA017)",
)
bad(
    "dp-cit-gave-after",
    DP,
    C,
    cit(
        "Citalopram 20 mg continues; the midwife gave her the neonatal plan on 2026-03-01, the baby is watched 48 "
        "hours after birth, and breastfeeding is supported."
    ),
    "an irregular past dated after attestation (MA017)",
)
bad(
    "dp-dzp-weighed-after",
    DP,
    F,
    dzp(
        "The health visitor weighed the baby on 2026-06-20 and found good gain. Diazepam and pregabalin continue; no "
        "co-sleeping or feeding lying down, the foster carer does the nights, and late withdrawal is watched for."
    ),
    "an -ed past six days after attestation (MA017)",
)
bad(
    "dp-lith-33rd-may",
    DP,
    L,
    lith(
        "Lithium (Priadel) 800 mg continues with a level on the 33rd of May 2026, weekly from 36 weeks and within "
        "24 hours of birth; the baby has a paediatric review and is bottle fed."
    ),
    "no month has a 33rd day (MA017)",
)
bad(
    "dp-gestation-45-weeks-no-edd",
    DP,
    P,
    set_("pregnancy.gestation", {"weeks": 43, "days": 6, "on": "2026-05-11"}),
    "43+6 a week before delivery: a birth at 44+6, past the bound (MA013)",
)
bad(
    "dp-gestation-13-weeks-no-edd",
    DP,
    P,
    set_("pregnancy.gestation", {"weeks": 9, "days": 2, "on": "2026-04-20"}),
    "9+2 four weeks before delivery: a birth at 13+2 is no delivery (MA013)",
)

# ------------------------------------------------------------------------------------------------------------
# withdrawal-whose (MA122)
WW = "withdrawal-whose"

ok(
    "ww-meth-item-both",
    WW,
    M,
    set_(
        M_NW,
        "Baby observed on the postnatal ward for at least 72 hours for neonatal withdrawal under the local "
        "guideline; health visitor checks for late signs to day 8. Separately, the mother is warned that missed "
        "doses in labour would put her into withdrawal, so her doses continue on the ward.",
    ),
    "the baby's plan, then the mother's own withdrawal",
)
M_BOTH = (
    "Methadone 60 mg continues; stopping would put her into withdrawal and risk relapse to heroin, which would "
    "harm the baby more. The baby is observed for neonatal withdrawal for 72 hours; breastfeeding is supported "
    "and she must not co-sleep after a dose."
)
ok("ww-meth-conclusion-both", WW, M, meth(M_BOTH), "her withdrawal as the reason, the baby's as the plan")
F_BOTH = (
    "Diazepam and pregabalin continue: stopping diazepam suddenly could give her withdrawal seizures. The baby's "
    "own withdrawal signs may appear up to day 8, so the foster carer and health visitor watch for them; she must "
    "not co-sleep or feed lying down, and the foster carer does the nights."
)
ok("ww-dzp-conclusion-both", WW, F, dzp(F_BOTH), "the mother's seizures, then the baby's signs")
ok(
    "ww-dzp-item-her-first",
    WW,
    F,
    set_(
        F_NW,
        "Her own withdrawal is avoided by keeping both doses steady. The baby was observed on the ward for 5 days "
        "with mild signs on day 3 and no treatment; the foster carer and health visitor watch for late signs until "
        "day 8 and call the neonatal unit for tremor or poor feeding.",
    ),
    "the mother's withdrawal first, the baby's plan after",
)
ok(
    "ww-overall-both",
    WW,
    M,
    overall(
        "Methadone 60 mg and sertraline 100 mg continue unchanged; a sudden stop would put her into withdrawal and "
        "risk relapse. The baby is observed on the postnatal ward for neonatal withdrawal for 72 hours; breastfeeding "
        "supported; no co-sleeping after her methadone, with the health visitor and social worker seeing the "
        "sleeping arrangements before discharge."
    ),
    "overall conclusion with both withdrawals",
)
ok(
    "ww-meth-item-abstinence-scoring",
    WW,
    M,
    set_(
        M_NW,
        "If she is admitted in labour her methadone is given on the ward so she does not withdraw; the newborn has "
        "abstinence scoring every four hours for 72 hours and the health visitor looks for late signs up to day 8.",
    ),
    "her withdrawal prevented, the newborn's scored",
)
bad(
    "ww-meth-only-hers",
    WW,
    M,
    chain(
        set_(M_NW, "If she misses doses she will go into withdrawal; the drug service supervises each dose."),
        meth(
            "Methadone 60 mg daily continues so that she does not go into withdrawal; breastfeeding is supported and "
            "she must not co-sleep after each dose."
        ),
    ),
    "only the mother's withdrawal is planned for; the baby's goes unanswered (MA122)",
)
bad(
    "ww-dzp-only-hers",
    WW,
    F,
    chain(
        set_(F_NW, "She must not stop diazepam suddenly because of withdrawal seizures."),
        dzp(
            "Diazepam and pregabalin continue to avoid her own withdrawal; she must not co-sleep or feed lying down, "
            "and the foster carer does the night feeds."
        ),
    ),
    "the mother's withdrawal answers nothing about the baby's (MA122)",
)

# ------------------------------------------------------------------------------------------------------------
# naming-lists (MA119)
NL = "naming-lists"

M_LIST = (
    "Methadone and sertraline are on her list, and both continue: methadone 60 mg with observation of the baby for "
    "neonatal withdrawal for 72 hours, sertraline 100 mg with the midwife watching for adaptation symptoms. "
    "Breastfeeding supported; no co-sleeping after her methadone, with the health visitor and social worker seeing "
    "the cot before discharge."
)
ok("nl-overall-list-then-each", NL, M, overall(M_LIST), "listed in passing, then each decided")
F_LIST = (
    "Diazepam and pregabalin are both on her list; diazepam continues with a slow reduction agreed at the 6-week "
    "review, and pregabalin continues unchanged. The baby may show late withdrawal until day 8; no bed, sofa or "
    "armchair sharing, no feeding lying down, and the foster carer does the night feeds."
)
ok("nl-overall-foster-list-then-each", NL, F, overall(F_LIST), "listed, then each decided")
ok(
    "nl-dzp-on-her-list-are",
    NL,
    F,
    dzp(
        "On her list are diazepam and pregabalin: each continues unchanged for now, with a supervised diazepam "
        "reduction later. Together they sedate her, so no co-sleeping or feeding lying down, another adult awake at "
        "night, and the baby is watched for late withdrawal until day 8."
    ),
    "the list phrase inverted, then a decision on each",
)
ok(
    "nl-valp-epilim-brand",
    NL,
    V,
    chain(
        set_("medicines#med-valproate.name", "Epilim Chrono 500 prolonged-release tablets"),
        valp(
            "Epilim continues at 500 mg twice a day until the urgent neurology review: stopping suddenly risks "
            "seizures. The baby was exposed in the first trimester, so fetal medicine scans are requested and folic "
            "acid 5 mg continues."
        ),
    ),
    "a listed brand named by its distinctive first word",
)
ok(
    "nl-lith-priadel-brand",
    NL,
    L,
    lith(
        "Priadel 800 mg at night continues, with lithium levels monthly, weekly from 36 weeks and within 24 hours of "
        "birth; the baby has a paediatric review after birth and she bottle feeds."
    ),
    "the brand given in the medicine's name",
)
ok(
    "nl-dzp-lyrica-brand",
    NL,
    F,
    dzp(
        "Diazepam and Lyrica continue unchanged for now; together they sedate her, so she must not co-sleep or feed "
        "lying down, the foster carer does the nights, and the baby is watched for late withdrawal until day 8."
    ),
    "pregabalin by its best-known brand",
)
bad(
    "nl-overall-sertraline-in-passing",
    NL,
    M,
    overall(
        "Methadone and sertraline are on her list. Methadone 60 mg continues with observation of the baby for "
        "neonatal withdrawal for 72 hours, breastfeeding supported and no co-sleeping after her dose."
    ),
    "sertraline is only listed, never decided (MA119)",
)

# ------------------------------------------------------------------------------------------------------------
# ruled-out-names (MA120)
RO = "ruled-out-names"

L_NOVALP = (
    "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; she "
    "must not start valproate as a mood stabiliser in pregnancy. The baby has a paediatric review after birth and "
    "is bottle fed."
)
ok("ro-lith-must-not-start-valproate", RO, L, lith(L_NOVALP), "valproate ruled out by 'must not start'")
L_LYRICA = (
    "Dr Lyrica Okafor, perinatal psychiatrist, agrees lithium (Priadel) 800 mg continues with levels monthly, weekly "
    "from 36 weeks and within 24 hours of birth; the baby has a paediatric review after birth and she bottle feeds."
)
ok("ro-lith-dr-lyrica-okafor", RO, L, lith(L_LYRICA), "a psychiatrist whose given name is a pregabalin brand")
ok(
    "ro-lith-lyrica-okafor-apposition",
    RO,
    L,
    lith(
        "Lithium (Priadel) 800 mg continues, levels monthly then weekly from 36 weeks and within 24 hours of birth; "
        "the baby has a paediatric review, bottle feeding is planned, and Lyrica Okafor, the perinatal psychiatrist, "
        "sees her within a week of birth."
    ),
    "the same person with no title, role after the surname",
)
ok(
    "ro-overall-lyrica-okafor-reviews",
    RO,
    L,
    overall(
        "Continue lithium (Priadel) 800 mg at night with levels monthly, weekly from 36 weeks and within 24 hours of "
        "birth. Paediatric review of the baby after birth; she bottle feeds. Dr Lyrica Okafor of the perinatal team "
        "reviews her within a week of birth because of the high relapse risk."
    ),
    "the person in the overall conclusion",
)
ok(
    "ro-valp-topiramate-ruled-out-long",
    RO,
    V,
    valp(
        "Valproate 500 mg twice a day continues until the urgent neurology review, as stopping suddenly risks "
        "seizures; topiramate, often suggested as an alternative for her seizures, is ruled out too. The baby has a "
        "fetal medicine scan and folic acid 5 mg continues."
    ),
    "ruled out nine words after the name",
)
ok(
    "ro-sert-not-start-paroxetine",
    RO,
    M,
    sert(
        "Sertraline 100 mg continues and she must not start paroxetine or any other antidepressant on top of it; the "
        "maternity team watches the baby for adaptation symptoms after birth, and breastfeeding is supported."
    ),
    "another SSRI ruled out",
)
ok(
    "ro-dzp-no-morfine",
    RO,
    F,
    dzp(
        "Diazepam and pregabalin continue for now; she must never co-sleep or feed lying down, the foster carer does "
        "the night feeds and the baby is watched for late withdrawal until day 8. No Morfine or codeine for her "
        "perineal pain: paracetamol only."
    ),
    "a sound-spelt opioid ruled out by 'No'",
)
ok(
    "ro-quet-mandy-and-charlie",
    RO,
    P,
    quet(
        "Charlie, the father, takes quetiapine at night and is too sedated to do night feeds or share a bed or sofa "
        "with the baby; the mother and her sister Mandy do the nights, the baby sleeps in its crib, and the health "
        "visitor keeps checking."
    ),
    "people whose names are also street names of drugs",
)
ok(
    "ro-quet-ordinary-misspellings",
    RO,
    P,
    quet(
        "The father's quetiapine makes him definately too drowsy at night: he sleeps seperately, does no night "
        "feeds and never shares a bed or sofa with the baby untill the health visitor has recieved word of any dose "
        "change; the mother does the nights in the crib beside her."
    ),
    "ordinary misspellings are not medicines",
)
ok(
    "ro-dzp-diazapam-misspelt",
    RO,
    F,
    dzp(
        "Diazapam and pregabalin continue for now; both sedate her, so she must not co-sleep or feed lying down, the "
        "foster carer does the nights, and the baby is watched for late withdrawal until day 8."
    ),
    "the record's own medicine as commonly misspelt",
)
bad(
    "ro-lith-valproate-added",
    RO,
    L,
    lith(
        "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
        "valproate is to be added as a second mood stabiliser. The baby has a paediatric review after birth."
    ),
    "a teratogen started and never assessed (MA120)",
)
bad(
    "ro-quet-morfine-he-takes",
    RO,
    P,
    quet(
        "The father's quetiapine, with the Morfine he takes for his back, makes him too sedated at night to care "
        "for the baby: no night feeds and no bed or sofa sharing; the mother does the nights and the health visitor "
        "keeps checking."
    ),
    "a sound-spelt morphine he takes, never listed or assessed (MA120)",
)
bad(
    "ro-sert-zopiclone-added",
    RO,
    M,
    sert(
        "Sertraline 100 mg continues, and the GP adds zopiclone 7.5 mg at night for her sleep; the maternity team "
        "watches the baby for adaptation symptoms after birth."
    ),
    "a sedative started beside a methadone pregnancy, never assessed (MA120)",
)


# ------------------------------------------------------------------------------------------------------------
# partner-womb (MA101). P is postnatal; the partner's medicines reach the baby only through his care.
PW = "partner-womb"


def partner_med(ident: str, name: str, dose: str) -> Mutation:
    return add_medicine(
        {
            "id": ident,
            "name": name,
            "dose": dose,
            "taken_by": "partner",
            "started": "2023-06-01",
            "prescriber": {
                "kind": "other-organisation",
                "organisation": {"ods_code": "Y90005", "name": "Elm Park Surgery"},
            },
        }
    )


def mother_med(ident: str, name: str, dose: str) -> Mutation:
    return add_medicine(
        {
            "id": ident,
            "name": name,
            "dose": dose,
            "started": "2025-09-01",
            "prescriber": {
                "kind": "gp-practice",
                "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
            },
        }
    )


ok(
    "pw-partner-ramipril",
    PW,
    P,
    partner_med("med-partner-ramipril", "Ramipril 5mg capsules", "5 mg once daily"),
    "an ACE inhibitor harms only through the womb; his needs no assessment",
)
ok(
    "pw-partner-warfarin",
    PW,
    P,
    partner_med("med-partner-warfarin", "Warfarin 1mg tablets", "4 mg once daily as directed by the INR clinic"),
    "warfarin's harm to a baby is in the womb",
)
ok(
    "pw-partner-losartan",
    PW,
    P,
    partner_med("med-partner-losartan", "Losartan 50mg tablets", "50 mg once daily"),
    "an ARB taken by the father",
)
ok(
    "pw-partner-lisinopril",
    PW,
    P,
    partner_med("med-partner-lisinopril", "Lisinopril 10mg tablets", "10 mg once daily"),
    "another ACE inhibitor taken by the father",
)
ok(
    "pw-partner-candesartan",
    PW,
    P,
    partner_med("med-partner-candesartan", "Candesartan 8mg tablets", "8 mg once daily"),
    "another ARB taken by the father",
)
bad(
    "pw-partner-diazepam",
    PW,
    P,
    partner_med("med-partner-diazepam", "Diazepam 5mg tablets", "5 mg at night"),
    "his sedating medicine must be assessed for co-sleeping (MA101)",
)
bad(
    "pw-partner-zopiclone",
    PW,
    P,
    partner_med("med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night"),
    "a hypnotic the father takes at night, unassessed (MA101)",
)
bad(
    "pw-mother-ramipril-antenatal",
    PW,
    C,
    mother_med("med-ramipril", "Ramipril 5mg capsules", "5 mg once daily"),
    "the mother's own ACE inhibitor in pregnancy, unassessed (MA101)",
)

# ------------------------------------------------------------------------------------------------------------
# licence-hedges (MA103)
LX = "licence-hedges"

V_LICENCE = (
    "Valproate must not be used in women able to become pregnant unless the pregnancy prevention programme is in "
    "place; she is now 8 weeks pregnant, so valproate 500 mg twice a day continues until the urgent neurology "
    "review because stopping risks seizures, and the baby has an early fetal medicine scan. Folic acid 5 mg "
    "continues."
)
ok("lx-valp-licence-then-her", LX, V, valp(V_LICENCE), "the licence quoted, then applied to her")
ok(
    "lx-valp-counterfactual-then-now",
    LX,
    V,
    valp(
        "Valproate would ideally have been switched before conception. Now, at 8 weeks, it continues at 500 mg twice "
        "a day until the urgent neurology review, as a sudden stop risks seizures that harm her and the baby; fetal "
        "medicine review is requested and folic acid 5 mg continues."
    ),
    "what might have been, then what is decided",
)
ok(
    "lx-meth-may-or-may-not",
    LX,
    M,
    meth(
        "The baby may or may not need treatment for neonatal withdrawal, so the baby is observed on the postnatal "
        "ward for at least 72 hours. Methadone 60 mg continues, breastfeeding is supported and there is no "
        "co-sleeping after her dose."
    ),
    "an uncertainty answered by a plan",
)
ok(
    "lx-lith-not-recommended-unless",
    LX,
    L,
    lith(
        "Lithium is not recommended in pregnancy unless the benefit outweighs the risk; for her it does, so lithium "
        "(Priadel) 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth. The baby "
        "has a paediatric review after birth; she bottle feeds."
    ),
    "licence caution weighed for her",
)
ok(
    "lx-cit-licence-caution",
    LX,
    C,
    cit(
        "The licence advises caution in late pregnancy because of neonatal adaptation symptoms; in her case "
        "citalopram 20 mg continues, the midwife watches the baby for 48 hours after birth, and breastfeeding is "
        "supported."
    ),
    "licence text about a population, then her plan",
)
bad(
    "lx-valp-licence-only",
    LX,
    V,
    valp(
        "Valproate must not be used in women able to become pregnant unless the conditions of the pregnancy "
        "prevention programme are fulfilled."
    ),
    "licence text alone decides nothing for her (MA103)",
)
bad(
    "lx-lith-may-or-may-not-only",
    LX,
    L,
    lith("Lithium may or may not continue after the birth; the baby may or may not need a paediatric review."),
    "nothing decided (MA103)",
)
bad(
    "lx-valp-counterfactual-only",
    LX,
    V,
    valp("Valproate should have been stopped before this pregnancy, and folic acid should have been started earlier."),
    "only what might have been (MA103)",
)

# ------------------------------------------------------------------------------------------------------------
# item-answers (MA125)
IA = "item-answers"

ok(
    "ia-meth-observing-gerund",
    IA,
    M,
    set_(
        M_NW,
        "Observing the baby on the postnatal ward for at least 72 hours with withdrawal scoring, then health visitor "
        "checks for late signs to day 8; treatment if scores stay high.",
    ),
    "opens with the prompt's gerund, then gives the plan",
)
ok(
    "ia-meth-breast-milk-verdict",
    IA,
    M,
    set_(
        M_BF,
        "Methadone passes into breast milk only in small amounts; breastfeeding is encouraged while her dose is "
        "stable.",
    ),
    "breast milk named, with a verdict",
)
ok(
    "ia-meth-discussed-then-plan",
    IA,
    M,
    set_(
        M_NW,
        "Discussed with the paediatric registrar at the 28-week visit: the baby stays on the postnatal ward for 72 "
        "hours of withdrawal scoring, and the health visitor watches for late signs to day 8.",
    ),
    "a process, then the plan it made",
)
ok(
    "ia-meth-water-by-bed-and-cot",
    IA,
    M,
    set_(
        M_SS,
        "She keeps a bottle of water by her bed at night; the baby sleeps in a cot beside it, never in her bed or on "
        "the sofa after her dose, and the cot is checked at the first home visit.",
    ),
    "a bed in another sense beside a real safe-sleep answer",
)
ok(
    "ia-quet-breast-milk-unaffected",
    IA,
    P,
    set_(P_BF, "Mixed feeding continues; her breast milk is unaffected because the quetiapine is the father's."),
    "partner's medicine: breast milk unaffected, a verdict",
)
ok(
    "ia-dzp-bottle-review-if",
    IA,
    F,
    set_(
        F_BF,
        "Bottle fed in the placement; diazepam and pregabalin pass into breast milk, so if she asks to breastfeed "
        "later the GP reviews it first.",
    ),
    "a plan for a change of feeding",
)
ok(
    "ia-sert-preferred",
    IA,
    M,
    set_(S_BF, "Sertraline is a preferred antidepressant when breastfeeding; she is encouraged to breastfeed."),
    "a verdict in other words",
)
bad(
    "ia-meth-restated-gerund",
    IA,
    M,
    set_(M_NW, "Plan for observing the newborn after birth."),
    "the prompt restated (MA125)",
)
bad(
    "ia-meth-breast-milk-considered",
    IA,
    M,
    set_(M_BF, "Advice about methadone in breast milk has been considered."),
    "the prompt's topic considered, nothing said (MA125)",
)
bad(
    "ia-meth-discussed-only",
    IA,
    M,
    set_(M_NW, "Discussed with the paediatric registrar at the 28-week visit."),
    "a process with no plan (MA125)",
)
bad(
    "ia-meth-water-by-bed-only",
    IA,
    M,
    set_(M_SS, "She keeps a bottle of water by the bed at night."),
    "a bed in another sense only (MA125)",
)

# ------------------------------------------------------------------------------------------------------------
# routes (MA308 hosts, MA312 the foster carer)
RT = "routes"
V_HOST = "recipients#rcp-maternity.route.host"
L_FHIR = "recipients#rcp-maternity.route.base_url"
F_FC = "recipients#rcp-foster-carer.route"
F_FC_MAN = "recipients#rcp-foster-carer.route.description"

ok("rt-mllp-ipv4", RT, V, set_(V_HOST, "10.42.7.19"), "a private IPv4 address")
ok("rt-mllp-hyphen-labels", RT, V, set_(V_HOST, "mllp-01.castleford-royal.nhs.example"), "hyphens inside labels")
ok("rt-mllp-a-label", RT, V, set_(V_HOST, "xn--bcher-kva.castleford.example"), "an IDN in its A-label")
ok("rt-mllp-upper-case", RT, V, set_(V_HOST, "HL7GW.CASTLEFORD.EXAMPLE"), "host names are case-insensitive")
ok(
    "rt-mllp-digit-label",
    RT,
    V,
    set_(V_HOST, "3rd-party-interface.castleford.example"),
    "a label starting with a digit",
)
ok("rt-mllp-deep-subdomain", RT, V, set_(V_HOST, "tie.prod.int.maternity.castleford.example"), "many labels")
ok("rt-fhir-port", RT, L, set_(L_FHIR, "https://fhir.northgate-nhs.example:8443/baseR4"), "https with a port")
ok("rt-fhir-a-label", RT, L, set_(L_FHIR, "https://xn--e1afmkfd.example/fhir/R4"), "an IDN host as its A-label")
ok("rt-fhir-ipv4", RT, L, set_(L_FHIR, "https://192.0.2.44/fhir/R4"), "https to an IPv4 address")
ok(
    "rt-foster-manual-home-visit",
    RT,
    F,
    set_(
        F_FC_MAN,
        "The health visitor hands Sandra Hollis a printed copy at the first home visit on 2026-06-16 and goes "
        "through the sleep and withdrawal plan with her.",
    ),
    "a hand-over at a booked visit",
)
ok(
    "rt-foster-manual-posted-same-day",
    RT,
    F,
    set_(
        F_FC_MAN,
        "Posted first class to the foster carer's home address on 2026-06-14; the social worker rings her the next "
        "day to go through it.",
    ),
    "posted on the day of signing, then explained by phone",
)
ok(
    "rt-foster-manual-will-have-handed",
    RT,
    F,
    set_(
        F_FC_MAN,
        "Social worker Leanne Moss will have handed a paper copy to the foster carer by 2026-06-16 and explained the "
        "night-feed plan.",
    ),
    "future perfect hand-over",
)
ok(
    "rt-foster-manual-left-at-placement",
    RT,
    F,
    set_(
        F_FC_MAN,
        "Read through with the foster carer by telephone, and a printed copy left at the placement by the "
        "supervising social worker the same day.",
    ),
    "read by phone and left in print",
)
bad("rt-mllp-cyrillic-a", RT, V, set_(V_HOST, "m\u0430ternity-interface.castleford.example"), "a Cyrillic a (MA308)")
bad("rt-fhir-accented-host", RT, L, set_(L_FHIR, "https://maternit\u00e9.northgate.example/fhir"), "a Unicode host")
bad(
    "rt-foster-mesh",
    RT,
    F,
    set_(F_FC, {"kind": "mesh", "mailbox": "X26BW009"}),
    "a private person has no MESH mailbox (MA312)",
)
bad(
    "rt-foster-mllp",
    RT,
    F,
    set_(F_FC, {"kind": "mllp", "host": "hollis-home.example", "port": 2575}),
    "a private person has no MLLP endpoint (MA312)",
)
bad(
    "rt-foster-fhir",
    RT,
    F,
    set_(F_FC, {"kind": "fhir", "base_url": "https://fhir.brightwater.example/R4"}),
    "a private person has no FHIR server (MA312)",
)

# ------------------------------------------------------------------------------------------------------------
# disguise: texts from above in look-alikes, invisible characters and full width.
DG = "disguise"

ok("dg-meth-started-cyr", DG, M, meth(homoglyphs(M_STARTED, "aeoc")), "a past before attestation, look-alikes")
ok("dg-cit-gave-zw", DG, C, cit(inside_words(C_GAVE, "\u200b", every=3)), "gave/took before, zero-width spaces")
ok("dg-lith-saw-fw", DG, L, lith(full_width(L_SAW)), "saw before attestation, full width")
ok("dg-dzp-seen-shy", DG, F, dzp(soft_hyphens(F_SEEN)), "a passive past before, soft hyphens")
ok("dg-meth-booked-iso", DG, M, meth(isolate_words(M_BOOKED)), "a booking for later, bidi isolates")
ok("dg-sert-tobeseen-cyr", DG, M, sert(homoglyphs(S_TOBESEEN, "aop")), "to be seen on, look-alikes")
ok("dg-lith-again-wj", DG, L, lith(inside_words(L_AGAIN, "\u2060", every=2)), "shorthand plan, word joiners")
ok("dg-meth-both-fw", DG, M, meth(full_width(M_BOTH)), "both withdrawals, full width")
ok("dg-dzp-both-cyr", DG, F, dzp(homoglyphs(F_BOTH, "eop")), "both withdrawals, look-alikes")
ok("dg-overall-list-shy", DG, M, overall(soft_hyphens(M_LIST)), "list then each decided, soft hyphens")
ok("dg-overall-foster-list-iso", DG, F, overall(isolate_words(F_LIST)), "list then decisions, isolates")
ok("dg-lith-novalp-cyr", DG, L, lith(homoglyphs(L_NOVALP, "aceo")), "must not start, look-alikes")
ok("dg-lith-lyrica-zw", DG, L, lith(inside_words(L_LYRICA, "\u200c", every=2)), "Dr Lyrica Okafor, ZWNJ")
ok("dg-valp-licence-fw", DG, V, valp(full_width(V_LICENCE)), "licence applied to her, full width")
ok("dg-valp-licence-cgj", DG, V, valp(inside_words(V_LICENCE, "\u034f", every=3)), "licence, combining joiners")
bad(
    "dg-meth-saw-after-cyr",
    DG,
    M,
    meth(
        homoglyphs(
            "The health visitor saw the cot on 2026-03-24 and it was safe. Methadone 60 mg daily continues; the baby "
            "is observed 72 hours for withdrawal, breastfeeding is supported and there is no co-sleeping.",
            "aeo",
        )
    ),
    "a visit after attestation reported as done, look-alikes (MA017)",
)
bad(
    "dg-lith-valproate-added-fw",
    DG,
    L,
    lith(
        full_width(
            "Lithium (Priadel) 800 mg continues with levels monthly; valproate is to be added as a second mood "
            "stabiliser. The baby has a paediatric review after birth."
        )
    ),
    "an unassessed teratogen added, full width (MA120)",
)
bad(
    "dg-valp-licence-only-zw",
    DG,
    V,
    valp(
        inside_words(
            "Valproate must not be used in women who can become pregnant unless every condition of the pregnancy "
            "prevention programme is met.",
            "\u200b",
        )
    ),
    "licence text alone, zero-width spaces (MA103)",
)
bad(
    "dg-overall-sert-passing-iso",
    DG,
    M,
    overall(
        isolate_words(
            "Methadone and sertraline are on her list. Methadone 60 mg continues; the baby is observed for neonatal "
            "withdrawal for 72 hours, breastfeeding is supported and there is no co-sleeping after her dose."
        )
    ),
    "sertraline only listed, bidi isolates (MA119)",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F76CASES)
    for category in CATEGORIES:
        print(f"{category:16} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F76CASES):3}  pass {sum(c.expect == PASS for c in F76CASES):3}"
    )
