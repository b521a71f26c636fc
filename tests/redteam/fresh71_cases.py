"""A seventy-first independent "fresh" batch of red-team cases for the share gate: the adversary, thirteenth
round, hunting incompleteness and attribution rather than hollow wording.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. Every text here reads well; what is wrong is what the record leaves out or
who stands behind it. Each incomplete or unattributable record (MUST REFUSE) sits beside a complete near-miss
twin (MUST PASS) that differs from it in one place:

* ``concern-gap``: a conclusion that answers every concern its medicine raises but one (neonatal withdrawal,
  safe sleep, breastfeeding, harm in the womb, relapse if stopped), with the item that answered it emptied;
  the twin answers that one too (MA122);
* ``overall-coverage``: an overall conclusion that omits an assessed medicine or names one nobody lists, or a
  partner's sedating medicine nobody assessed; the twin names all, or names the other medicine as stopped or
  advised against (MA119, MA120, MA101);
* ``joint-plan``: two medicines in one conclusion with the plan for only one (MA119);
* ``orphan-assessment``: an assessment pointing at a medicine that is on no list (unreadable or refused);
* ``contradiction``: recommendations or coded answers that say the opposite of the conclusion: dose, feeding,
  sedation, stopping (MA127, MA130);
* ``signers``: roles that cannot sign, registers that do not fit the role, impossible numbers, one number under
  two names (MA204, MA207-MA210);
* ``attest-dates``: attestations before the assessments they attest, in and across time zones (MA211);
* ``recipients``: the GP, maternity, health visitor, foster carer or social worker missing where the rules say
  they must receive it; routes that cannot deliver (MA301-MA310);
* ``disguise``: about a fifth, the same gaps and twins with look-alike letters, invisible characters and
  full-width forms, judged exactly like the plain text.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh71_cases`` for the
counts per category.
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
    P,
    Record,
    V,
    add_medicine,
    chain,
    delete,
    edit,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F71CASES: list[Case] = []

CATEGORIES = (
    "concern-gap",
    "overall-coverage",
    "joint-plan",
    "orphan-assessment",
    "contradiction",
    "signers",
    "attest-dates",
    "recipients",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F71CASES.append(Case(f"f71-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(asm: str, text: str) -> Mutation:
    return set_(f"assessments#{asm}.conclusion", text)


def over(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# Disguises applied to texts of the plain cases (the disguise category, about a fifth of the batch).
Disguise = Callable[[str], str]
DISGUISES: dict[str, Disguise] = {
    "cyr": lambda t: homoglyphs(t, "aeo"),
    "zw": lambda t: inside_words(t, "\u200b", every=2),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "fw": full_width,
    "grk": lambda t: homoglyphs(t, "io", variant=1),
    "wj": lambda t: inside_words(t, "\u2060"),
}
TO_DISGUISE: list[tuple[str, Expect, str, Callable[[str], Mutation], str, str]] = []


def text_pair(
    name: str,
    category: str,
    base: str,
    setup: Mutation,
    put: Callable[[str], Mutation],
    gap: str,
    whole: str,
    why_gap: str,
    why_whole: str,
    disguise: bool = False,
) -> None:
    """A gap conclusion (refuse) and its complete twin (pass), both after the same setup."""
    bad(f"{name}-gap", category, base, chain(setup, put(gap)), why_gap)
    ok(f"{name}-whole", category, base, chain(setup, put(whole)), why_whole)
    if disguise:

        def mutate(text: str) -> Mutation:
            return chain(setup, put(text))

        TO_DISGUISE.append((f"{name}-gap", REFUSE, base, mutate, gap, why_gap))
        TO_DISGUISE.append((f"{name}-whole", PASS, base, mutate, whole, why_whole))


def nothing(_: Record) -> None:
    return None


# ============================================================================================================
# concern-gap: the item that answered a concern is emptied; the conclusion answers every concern but that one.

_METH_NO_WD = chain(
    delete("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"),
    set_(
        "assessments#asm-methadone.impact_on_baby.summary",
        "Methadone crosses the placenta throughout pregnancy; the baby will be born opioid-exposed and the "
        "paediatric team must know the dose at delivery.",
    ),
)
text_pair(
    "meth-withdrawal",
    "concern-gap",
    M,
    _METH_NO_WD,
    lambda t: concl("asm-methadone", t),
    "Methadone stays at 60 mg each morning under supervised consumption and Jodie must not cut it down herself. "
    "She may breastfeed on this steady dose. Drowsiness after each dose means the baby never shares her bed or "
    "sofa; the health visitor checks the cot on the first home visit.",
    "Methadone stays at 60 mg each morning under supervised consumption and Jodie must not cut it down herself. "
    "The baby stays on the postnatal ward for at least 72 hours of withdrawal scoring, and the health visitor "
    "looks for late signs until day 8. She may breastfeed on this steady dose. Drowsiness after each dose means "
    "the baby never shares her bed or sofa; the cot is checked on the first home visit.",
    "withdrawal plan emptied and summary rewritten; the conclusion covers feeding and sleep, never withdrawal",
    "the same record with the withdrawal observation written into the conclusion",
    disguise=True,
)
_METH_NO_BF = delete("assessments#asm-methadone.impact_on_baby.breastfeeding")
text_pair(
    "meth-feeding",
    "concern-gap",
    M,
    _METH_NO_BF,
    lambda t: concl("asm-methadone", t),
    "Methadone 60 mg once daily carries on unchanged through to delivery. The newborn is scored for withdrawal "
    "on the ward for three days at least, with late signs watched for until day 8. Because the dose makes her "
    "drowsy, no co-sleeping at any time, and the cot is seen at the first home visit.",
    "Methadone 60 mg once daily carries on unchanged through to delivery. The newborn is scored for withdrawal "
    "on the ward for three days at least, with late signs watched for until day 8. Breast milk on a stable dose "
    "is safe, so the midwife supports her to breastfeed. Because the dose makes her drowsy, no co-sleeping at "
    "any time, and the cot is seen at the first home visit.",
    "breastfeeding item removed and the conclusion never says whether she may breastfeed (baby to be breast fed)",
    "the twin says breastfeeding is safe and supported",
    disguise=True,
)
_METH_NO_RELAPSE = set_(
    "assessments#asm-methadone.recommendations",
    "Share the delivery plan with the maternity unit and the health visitor this week.",
)
text_pair(
    "meth-relapse",
    "concern-gap",
    M,
    _METH_NO_RELAPSE,
    lambda t: concl("asm-methadone", t),
    "Methadone at 60 mg daily is right for this pregnancy. Her baby will need at least 72 hours of withdrawal "
    "observation on the postnatal ward. Breastfeeding is encouraged. Sedation after each dose rules out "
    "co-sleeping, and the health visitor will see the cot.",
    "Methadone at 60 mg daily is right for this pregnancy and must not be reduced or stopped abruptly, since "
    "relapse into street opioid use is the greater danger to her and the baby. Her baby will need at least 72 "
    "hours of withdrawal observation on the postnatal ward. Breastfeeding is encouraged. Sedation after each "
    "dose rules out co-sleeping, and the health visitor will see the cot.",
    "'do not reduce' removed from the recommendations; nothing says what stopping risks",
    "the twin says she must not stop abruptly and why",
)
_SERT_NO_BF = delete("assessments#asm-sertraline.impact_on_baby.breastfeeding")
text_pair(
    "sert-feeding",
    "concern-gap",
    M,
    _SERT_NO_BF,
    lambda t: concl("asm-sertraline", t),
    "Sertraline 100 mg carries on because her depression returned the last time it was stopped. After birth "
    "the midwife watches the baby for jitteriness, fast breathing and poor feeding for the first two days, "
    "and the paediatric team knows of the small PPHN risk.",
    "Sertraline 100 mg carries on because her depression returned the last time it was stopped. After birth "
    "the midwife watches the baby for jitteriness, fast breathing and poor feeding for the first two days, "
    "and the paediatric team knows of the small PPHN risk. Very little passes into breast milk, so she can "
    "breastfeed as planned.",
    "sertraline's breastfeeding advice emptied; the conclusion is silent on breast milk",
    "the twin gives the breastfeeding advice",
    disguise=True,
)
_CIT_NO_ADAPT = chain(
    delete("assessments#asm-citalopram.impact_on_baby.neonatal_withdrawal_plan"),
    set_(
        "assessments#asm-citalopram.impact_on_baby.summary",
        "Late-pregnancy SSRI exposure carries a small absolute risk of persistent pulmonary hypertension of the "
        "newborn, about 3 in 1,000.",
    ),
)
text_pair(
    "cit-adaptation",
    "concern-gap",
    C,
    _CIT_NO_ADAPT,
    lambda t: concl("asm-citalopram", t),
    "Citalopram continues at 20 mg: stopping would risk her anxiety and depression returning, which is the "
    "bigger threat to her and the baby. She can breastfeed, as little reaches breast milk.",
    "Citalopram continues at 20 mg: stopping would risk her anxiety and depression returning, which is the "
    "bigger threat to her and the baby. The midwife observes the newborn for 48 hours for adaptation signs "
    "such as jitteriness, fast breathing and poor feeding. She can breastfeed, as little reaches breast milk.",
    "adaptation plan emptied and summary cut; the conclusion never plans the newborn's observation",
    "the twin plans 48 hours of adaptation observation",
)
_SERT_NO_RELAPSE = set_(
    "assessments#asm-sertraline.impact_on_mother.parenting_capacity",
    "Mood stable on 100 mg; caring well for herself and preparing for the birth.",
)
text_pair(
    "sert-relapse",
    "concern-gap",
    M,
    _SERT_NO_RELAPSE,
    lambda t: concl("asm-sertraline", t),
    "Sertraline 100 mg daily goes on unchanged. The newborn is watched for jitteriness and feeding problems "
    "for 48 hours by the midwife, and breastfeeding is fine on this medicine.",
    "Sertraline 100 mg daily goes on unchanged, as stopping it would bring back her depression. The newborn is "
    "watched for jitteriness and feeding problems for 48 hours by the midwife, and breastfeeding is fine on "
    "this medicine.",
    "relapse removed from parenting capacity; conclusion never says what stopping risks",
    "the twin says stopping brings back her depression",
)
_VALP_NO_TERATO = chain(
    set_(
        "assessments#asm-valproate.impact_on_baby.summary",
        "Unplanned pregnancy at 8 weeks; the baby has been exposed to valproate since conception.",
    ),
    set_(
        "assessments#asm-valproate.recommendations",
        "Do not stop valproate abruptly. Urgent referral to neurology (epilepsy specialist nurse) this week.",
    ),
)
text_pair(
    "valp-womb",
    "concern-gap",
    V,
    _VALP_NO_TERATO,
    lambda t: concl("asm-valproate", t),
    "Sodium valproate 500 mg twice daily must carry on until the neurologist sees her this week, because a "
    "seizure would endanger her and the baby. Breastfeeding advice will come with the neurology plan.",
    "Sodium valproate 500 mg twice daily must carry on until the neurologist sees her this week, because a "
    "seizure would endanger her and the baby. The baby faces about a 1 in 10 chance of a major malformation, "
    "so a detailed anomaly scan and fetal medicine review are booked.",
    "anomaly risk removed from the summary; the conclusion never speaks of harm in the womb or the scan",
    "the twin names the malformation risk and the anomaly scan",
    disguise=True,
)
_VALP_NO_BF = delete("assessments#asm-valproate.impact_on_baby.breastfeeding")
text_pair(
    "valp-feeding",
    "concern-gap",
    V,
    _VALP_NO_BF,
    lambda t: concl("asm-valproate", t),
    "Valproate 500 mg twice daily continues until the neurologist's review this week; stopping suddenly risks "
    "seizures. First-trimester exposure gives the baby about a 1 in 10 risk of a major malformation, so an "
    "anomaly scan is booked.",
    "Valproate 500 mg twice daily continues until the neurologist's review this week; stopping suddenly risks "
    "seizures. First-trimester exposure gives the baby about a 1 in 10 risk of a major malformation, so an "
    "anomaly scan is booked. Breastfeeding on valproate is usually possible and she will be supported to.",
    "breastfeeding item removed, feeding not known; the conclusion gives no breastfeeding advice",
    "the twin advises on breastfeeding",
)
_LI_NO_PLAN = chain(
    delete("assessments#asm-lithium.impact_on_baby.neonatal_withdrawal_plan"),
    set_(
        "assessments#asm-lithium.impact_on_baby.summary",
        "First-trimester lithium slightly raises the risk of heart malformations; the detailed fetal heart "
        "scan at 20 weeks was normal.",
    ),
)
text_pair(
    "li-newborn",
    "concern-gap",
    L,
    _LI_NO_PLAN,
    lambda t: concl("asm-lithium", t),
    "Lithium 800 mg at night carries on, because relapse or postpartum psychosis after birth is the bigger "
    "danger. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of delivery. She will bottle feed.",
    "Lithium 800 mg at night carries on, because relapse or postpartum psychosis after birth is the bigger "
    "danger. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of delivery. The baby is reviewed "
    "by a paediatrician after birth and observed on the ward for floppiness, poor feeding and drowsiness. She "
    "will bottle feed.",
    "the newborn observation plan emptied and the summary cut; conclusion plans nothing for the baby after birth",
    "the twin gives the paediatric review and ward observation",
)
_LI_NO_RELAPSE = chain(
    set_(
        "assessments#asm-lithium.impact_on_mother.parenting_capacity",
        "Bipolar disorder, well for four years; lives with her husband.",
    ),
    set_(
        "assessments#asm-lithium.recommendations",
        "Lithium levels every 4 weeks, then weekly from 36 weeks, and within 24 hours after birth. Keep well "
        "hydrated, especially in labour. Deliver in hospital.",
    ),
)
text_pair(
    "li-relapse",
    "concern-gap",
    L,
    _LI_NO_RELAPSE,
    lambda t: concl("asm-lithium", t),
    "Lithium 800 mg at night continues, with levels monthly and weekly from 36 weeks. The baby has a paediatric "
    "review after birth for floppiness and poor feeding; bottle feeding is agreed as lithium enters breast milk.",
    "Lithium 800 mg at night continues, as stopping it would risk a severe relapse or postpartum psychosis, with "
    "levels monthly and weekly from 36 weeks. The baby has a paediatric review after birth for floppiness and "
    "poor feeding; bottle feeding is agreed as lithium enters breast milk.",
    "relapse removed from parenting capacity; conclusion never weighs what stopping risks",
    "the twin says stopping risks relapse or psychosis",
)
_DZ_NO_WD = chain(
    delete("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan"),
    set_(
        "assessments#asm-diazepam-pregabalin.impact_on_baby.summary",
        "Exposed to diazepam and pregabalin throughout pregnancy; the newborn examination was normal.",
    ),
)
text_pair(
    "dz-withdrawal",
    "concern-gap",
    F,
    _DZ_NO_WD,
    lambda t: concl("asm-diazepam-pregabalin", t),
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day both carry on, with a slow diazepam "
    "taper from the 6-week review. Together they make Kayleigh drowsy, so she never sleeps with the baby on a "
    "bed, sofa or armchair, and the foster carer does the night feeds.",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day both carry on, with a slow diazepam "
    "taper from the 6-week review. Together they make Kayleigh drowsy, so she never sleeps with the baby on a "
    "bed, sofa or armchair, and the foster carer does the night feeds. The baby may still show withdrawal "
    "until day 8: the foster carer calls the neonatal unit for tremor or poor feeding.",
    "withdrawal plan emptied and summary cut; the joint conclusion never speaks of late withdrawal",
    "the twin tells the foster carer what withdrawal to watch for until day 8",
    disguise=True,
)
_DZ_NO_STOP = set_(
    "assessments#asm-diazepam-pregabalin.recommendations",
    "Prescriptions weekly while in the placement. Share the plan with the social worker, foster "
    "carer and health visitor.",
)
text_pair(
    "dz-stop",
    "concern-gap",
    F,
    _DZ_NO_STOP,
    lambda t: concl("asm-diazepam-pregabalin", t),
    "Diazepam and pregabalin continue at the current doses. Both sedate her: no bed, sofa or armchair sharing "
    "with the baby, no feeding lying down, and the foster carer does nights. Late withdrawal signs are possible "
    "until day 8.",
    "Diazepam and pregabalin continue at the current doses, and neither is to be stopped suddenly: stopping "
    "diazepam at once risks seizures. Both sedate her: no bed, sofa or armchair sharing with the baby, no "
    "feeding lying down, and the foster carer does nights. Late withdrawal signs are possible until day 8.",
    "'do not stop suddenly' removed from the recommendations; conclusion never says what stopping risks",
    "the twin warns against stopping suddenly",
)
text_pair(
    "quet-sleep",
    "concern-gap",
    P,
    nothing,
    lambda t: set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", t),
    "He sleeps heavily for several hours after his night dose and says he wakes refreshed; both parents were "
    "spoken to together about it.",
    "He must never fall asleep with the baby in a bed, on a sofa or in an armchair, and does no night feeds "
    "after his dose; the baby sleeps in the crib on Chloe's side of the bed.",
    "the partner's safe-sleep item tells how he sleeps, not where the baby sleeps or who does nights (MA125)",
    "the twin says where the baby sleeps and who does nights",
    disguise=True,
)
_CIT_NO_BF = delete("assessments#asm-citalopram.impact_on_baby.breastfeeding")
text_pair(
    "cit-feeding",
    "concern-gap",
    C,
    _CIT_NO_BF,
    lambda t: concl("asm-citalopram", t),
    "Citalopram 20 mg daily should go on: she relapsed within six weeks when she last stopped it. The midwife "
    "watches the baby for jitteriness, fast breathing and poor feeding in the first 48 hours.",
    "Citalopram 20 mg daily should go on: she relapsed within six weeks when she last stopped it. The midwife "
    "watches the baby for jitteriness, fast breathing and poor feeding in the first 48 hours. She may "
    "breastfeed, watching the baby for drowsiness.",
    "citalopram's breastfeeding item removed; conclusion silent on breast milk",
    "the twin advises on breastfeeding",
)


# ============================================================================================================
# overall-coverage: the overall conclusion omits an assessed medicine, or names one nobody lists or assessed.

text_pair(
    "ovr-m-omit",
    "overall-coverage",
    M,
    nothing,
    over,
    "Methadone continues at 60 mg. The newborn stays on the postnatal ward for 72 hours of withdrawal scoring, "
    "breastfeeding is supported, and no co-sleeping because of sedation; the health visitor and social worker "
    "see the cot before discharge.",
    "Methadone 60 mg and sertraline 100 mg both continue. The newborn stays on the postnatal ward for 72 hours "
    "of withdrawal and SSRI adaptation scoring, breastfeeding is supported, and no co-sleeping because of "
    "methadone sedation; the health visitor and social worker see the cot before discharge.",
    "overall conclusion drops the assessed sertraline (MA119)",
    "the twin names both",
    disguise=True,
)
text_pair(
    "ovr-m-unlisted",
    "overall-coverage",
    M,
    nothing,
    over,
    "Methadone 60 mg, sertraline 100 mg and her mirtazapine at night all continue. The newborn has 72 hours of "
    "withdrawal scoring on the ward; she may breastfeed; no co-sleeping after doses, and the health visitor "
    "checks the cot.",
    "Methadone 60 mg and sertraline 100 mg continue; she must not start mirtazapine for sleep. The newborn has "
    "72 hours of withdrawal scoring on the ward; she may breastfeed; no co-sleeping after doses, and the health "
    "visitor checks the cot.",
    "names mirtazapine as hers; the list does not hold it and nobody assessed it (MA120)",
    "mirtazapine only advised against",
    disguise=True,
)
text_pair(
    "ovr-f-omit",
    "overall-coverage",
    F,
    nothing,
    over,
    "Pregabalin continues. The mother is drowsy after doses: no bed, sofa or armchair sharing with the baby, and "
    "the foster carer does the night feeds. Late withdrawal signs until day 8 are watched for by the foster "
    "carer and health visitor.",
    "Pregabalin and diazepam continue, diazepam with a slow taper from six weeks. The mother is drowsy after "
    "doses: no bed, sofa or armchair sharing with the baby, and the foster carer does the night feeds. Late "
    "withdrawal signs until day 8 are watched for by the foster carer and health visitor.",
    "overall conclusion leaves out the assessed diazepam (MA119)",
    "the twin names diazepam with its plan",
)
text_pair(
    "ovr-f-unlisted-opioid",
    "overall-coverage",
    F,
    nothing,
    over,
    "Diazepam, pregabalin and her buprenorphine all continue unchanged. All sedate her: no bed, sofa or "
    "armchair sharing, and the foster carer does nights. Late withdrawal signs until day 8 mean a call to the "
    "neonatal unit.",
    "Diazepam and pregabalin continue unchanged; buprenorphine was stopped in 2024 and must not be restarted "
    "without the drug service. Both sedate her: no bed, sofa or armchair sharing, and the foster carer does "
    "nights. Late withdrawal signs until day 8 mean a call to the neonatal unit.",
    "buprenorphine given as a current medicine the list does not hold (MA120)",
    "buprenorphine said to be stopped",
)
text_pair(
    "ovr-l-unlisted",
    "overall-coverage",
    L,
    nothing,
    over,
    "Lithium 800 mg and her quetiapine continue, with lithium levels weekly from 36 weeks. The baby has a "
    "paediatric review after birth; she will bottle feed. Perinatal mental health sees her within a week of "
    "the birth.",
    "Lithium 800 mg continues, with levels weekly from 36 weeks; quetiapine was considered and ruled out. The "
    "baby has a paediatric review after birth; she will bottle feed. Perinatal mental health sees her within a "
    "week of the birth.",
    "quetiapine named as hers, not on the list (MA120)",
    "quetiapine an option ruled out",
)
text_pair(
    "ovr-v-unlisted",
    "overall-coverage",
    V,
    nothing,
    over,
    "Sodium valproate and lamotrigine both continue until neurology review this week; do not stop either "
    "abruptly. The baby's first-trimester valproate exposure means an anomaly scan and fetal medicine review. "
    "Folic acid 5 mg started.",
    "Sodium valproate continues until neurology review this week, when a switch to lamotrigine may be weighed; "
    "do not stop it abruptly. The baby's first-trimester valproate exposure means an anomaly scan and fetal "
    "medicine review. Folic acid 5 mg started.",
    "lamotrigine said to continue, listed nowhere (MA120)",
    "lamotrigine only an option for the neurologist",
)
text_pair(
    "ovr-p-partner-unlisted",
    "overall-coverage",
    P,
    nothing,
    over,
    "Chloe's paracetamol is harmless to the baby. Daniel takes quetiapine and zopiclone at night, which leave "
    "him hard to wake: he never shares a bed, sofa or armchair with the baby and does no night feeds. The "
    "health visitor checks the crib at each visit.",
    "Chloe's paracetamol is harmless to the baby. Daniel takes quetiapine at night, having stopped zopiclone "
    "last year; it leaves him hard to wake, so he never shares a bed, sofa or armchair with the baby and does "
    "no night feeds. The health visitor checks the crib at each visit.",
    "the partner's zopiclone named as his, not listed or assessed (MA120)",
    "zopiclone said to be stopped",
    disguise=True,
)

_PARTNER_ZOP: Record = {
    "id": "med-partner-zopiclone",
    "name": "Zopiclone 7.5mg tablets",
    "dose": "7.5 mg at night",
    "taken_by": "partner",
    "started": "2026-01-10",
    "prescriber": {"kind": "other-organisation", "organisation": {"ods_code": "Y90005", "name": "Elm Park Surgery"}},
}
bad(
    "ovr-p-partner-listed-unassessed",
    "overall-coverage",
    P,
    chain(
        add_medicine(_PARTNER_ZOP),
        over(
            "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine and zopiclone both sedate "
            "him at night: he never shares a bed, sofa or armchair with the baby and does no night feeds. The "
            "health visitor checks the crib at each visit."
        ),
    ),
    "the partner's zopiclone is listed and named in the overall, but no assessment covers it (MA101)",
)
ok(
    "ovr-p-partner-listed-assessed",
    "overall-coverage",
    P,
    chain(
        add_medicine(_PARTNER_ZOP),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", "med-partner-zopiclone"]),
        concl(
            "asm-partner-quetiapine",
            "Daniel's quetiapine 300 mg and zopiclone 7.5 mg together leave him very hard to wake at night, so "
            "he never sleeps with the baby on a bed, sofa or armchair and does no night feeds; Chloe does them "
            "and the baby sleeps in the crib beside her. The health visitor checks at every visit.",
        ),
        over(
            "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine and zopiclone both sedate "
            "him at night: he never shares a bed, sofa or armchair with the baby and does no night feeds. The "
            "health visitor checks the crib at each visit."
        ),
    ),
    "the twin: zopiclone joins the partner's assessment, whose conclusion names both",
)
bad(
    "ovr-p-partner-assessed-overall-omits",
    "overall-coverage",
    P,
    chain(
        add_medicine(_PARTNER_ZOP),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", "med-partner-zopiclone"]),
        concl(
            "asm-partner-quetiapine",
            "Daniel's quetiapine 300 mg and zopiclone 7.5 mg leave him hard to wake after his night doses: no "
            "bed, sofa or armchair with the baby, no night feeds by him; the baby sleeps in Chloe's side crib, "
            "and the health visitor checks at each visit.",
        ),
    ),
    "zopiclone assessed, but the (unchanged) overall conclusion never names it (MA119)",
)


# ============================================================================================================
# joint-plan: two medicines in one conclusion, the plan for only one.

text_pair(
    "joint-dz",
    "joint-plan",
    F,
    nothing,
    lambda t: concl("asm-diazepam-pregabalin", t),
    "Diazepam and pregabalin are on her list. Pregabalin 150 mg twice daily continues; it makes her drowsy, so "
    "no bed or sofa sharing with the baby and the foster carer does nights. Late withdrawal signs until day 8.",
    "Diazepam 5 mg tds and pregabalin 150 mg twice daily both continue; together they make her drowsy, so no "
    "bed or sofa sharing with the baby and the foster carer does nights. Late withdrawal signs until day 8.",
    "diazepam only said to be on her list; the plan is pregabalin's (MA119)",
    "the twin decides on both",
    disguise=True,
)
text_pair(
    "joint-dz-aside",
    "joint-plan",
    F,
    nothing,
    lambda t: concl("asm-diazepam-pregabalin", t),
    "Alongside diazepam, pregabalin 150 mg twice daily carries on. She is drowsy after doses: she never shares "
    "a bed, sofa or armchair with the baby, and night feeds are the foster carer's. The baby may withdraw late, "
    "up to day 8.",
    "Diazepam 5 mg tds carries on with a taper from six weeks, and pregabalin 150 mg twice daily carries on. She "
    "is drowsy after doses: she never shares a bed, sofa or armchair with the baby, and night feeds are the "
    "foster carer's. The baby may withdraw late, up to day 8.",
    "diazepam only in an aside beside pregabalin's plan (MA119)",
    "the twin gives diazepam a plan of its own",
)
text_pair(
    "joint-dz-pointer",
    "joint-plan",
    F,
    nothing,
    lambda t: concl("asm-diazepam-pregabalin", t),
    "Pregabalin 150 mg twice daily continues; she is drowsy, so no bed or sofa sharing with the baby and the "
    "foster carer does nights; late withdrawal until day 8 is watched for. Diazepam: see the drug service letter.",
    "Pregabalin 150 mg twice daily continues; she is drowsy, so no bed or sofa sharing with the baby and the "
    "foster carer does nights; late withdrawal until day 8 is watched for. Diazepam: as for pregabalin, plus a "
    "slow taper from the 6-week review.",
    "diazepam named only in a pointer to a letter (MA119)",
    "'as for pregabalin' leans on the rest, with its own taper",
)
text_pair(
    "ovr-m-sert-pointer",
    "joint-plan",
    M,
    nothing,
    over,
    "Methadone 60 mg continues: 72 hours of withdrawal scoring for the newborn, breastfeeding supported, no "
    "co-sleeping after doses, cot seen at the first visit. Sertraline: please refer to the psychiatry letter.",
    "Methadone 60 mg continues: 72 hours of withdrawal scoring for the newborn, breastfeeding supported, no "
    "co-sleeping after doses, cot seen at the first visit. Sertraline 100 mg continues too; the midwife watches "
    "for adaptation signs at the same time.",
    "the overall defers sertraline to another letter (MA119)",
    "the twin decides sertraline in the overall",
)


# ============================================================================================================
# orphan-assessment: an assessment for a medicine that is on no list.

bad(
    "orphan-sert-id",
    "orphan-assessment",
    M,
    set_("assessments#asm-sertraline.medicine_ids", ["med-fluoxetine"]),
    "the sertraline assessment covers an id no medicine has (unreadable, or MA101 for sertraline)",
)


def _rename_sertraline(d: Record) -> None:
    d["medicines"][1]["id"] = "med-sertraline-100"
    d["assessments"][1]["medicine_ids"] = ["med-sertraline-100"]


ok(
    "orphan-sert-id-renamed",
    "orphan-assessment",
    M,
    edit(_rename_sertraline),
    "the twin renames the medicine and its assessment's reference together",
)
bad(
    "orphan-extra-id",
    "orphan-assessment",
    M,
    set_("assessments#asm-methadone.medicine_ids", ["med-methadone", "med-buprenorphine"]),
    "the methadone assessment also claims a buprenorphine id the list does not hold",
)
ok(
    "orphan-extra-id-real",
    "orphan-assessment",
    M,
    chain(
        set_("assessments#asm-methadone.medicine_ids", ["med-methadone", "med-sertraline"]),
        concl(
            "asm-methadone",
            "Methadone 60 mg and sertraline 100 mg both carry on. The newborn is scored for withdrawal and SSRI "
            "adaptation on the ward for 72 hours, with late signs watched until day 8; breastfeeding is "
            "supported; sedation after the methadone dose rules out co-sleeping, and the cot is seen at "
            "home. Neither is stopped suddenly: relapse is the greater danger.",
        ),
    ),
    "the twin widens the assessment to a listed medicine and names both",
)
bad(
    "orphan-drop-medicine",
    "orphan-assessment",
    F,
    edit(lambda d: d.__setitem__("medicines", [m for m in d["medicines"] if m["id"] != "med-diazepam"])),
    "diazepam removed from the list while the assessment still covers it and every conclusion names it",
)


# ============================================================================================================
# contradiction: dose, feeding, sedation and stopping said two ways.

text_pair(
    "dose-meth",
    "contradiction",
    M,
    nothing,
    lambda t: concl("asm-methadone", t),
    "Methadone 90 mg daily should continue through pregnancy. The baby will be observed for neonatal withdrawal "
    "for 72 hours; breastfeeding is supported. Sedation after each dose means no co-sleeping; the cot is "
    "checked at home.",
    "Methadone is to increase from 60 mg to 70 mg daily under the drug service. The baby will be observed for "
    "neonatal withdrawal for 72 hours; breastfeeding is supported. Sedation after each dose means no "
    "co-sleeping; the cot is checked at home.",
    "conclusion's 90 mg contradicts the 60 mg dose line with no word of change (MA130)",
    "the twin speaks of a change from 60 to 70 mg",
    disguise=True,
)
text_pair(
    "dose-sert",
    "contradiction",
    M,
    nothing,
    lambda t: concl("asm-sertraline", t),
    "Sertraline 700 mg daily continues, as her depression is well controlled on it. The midwife watches the "
    "baby for adaptation signs for 48 hours; breastfeeding is compatible.",
    "Sertraline 100 mg daily continues, as her depression is well controlled on it. The midwife watches the "
    "baby for adaptation signs for 48 hours; breastfeeding is compatible.",
    "700 mg (seven times the line, 14 tablets) against a 100 mg dose line (MA130)",
    "the twin gives the line's 100 mg",
)
text_pair(
    "li-feed",
    "contradiction",
    L,
    nothing,
    lambda t: concl("asm-lithium", t),
    "Lithium 800 mg continues, since relapse after birth is the larger risk; levels weekly from 36 weeks and "
    "within 24 hours of delivery. The baby gets a paediatric review, and breastfeeding is encouraged.",
    "Lithium 800 mg continues, since relapse after birth is the larger risk; levels weekly from 36 weeks and "
    "within 24 hours of delivery. The baby gets a paediatric review. If she chooses to breastfeed against "
    "advice, the baby's lithium level and thyroid are checked weekly.",
    "conclusion encourages breastfeeding beside an item that advises against it (MA127)",
    "the twin plans for a choice against advice",
)
bad(
    "quet-coded-no",
    "contradiction",
    P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.sedation", "no"),
    "sedation coded 'no' beside 'very hard to wake' and 'too sedated' (MA127)",
)
ok(
    "quet-coded-yes-drowsy",
    "contradiction",
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
        "The father takes quetiapine 300 mg at night for bipolar disorder and is drowsy and hard to rouse until "
        "morning. He is well and shares the baby's care in the daytime.",
    ),
    "sedation coded 'yes' beside text that says he is drowsy: they agree",
)
text_pair(
    "sert-stop",
    "contradiction",
    M,
    nothing,
    lambda t: concl("asm-sertraline", t),
    "Sertraline is being stopped this week at her request. The midwife watches the baby for jitteriness and "
    "poor feeding for 48 hours after birth; breastfeeding is compatible; relapse signs to be reported to the GP.",
    "Sertraline 100 mg continues until the baby is six weeks old, then a slow taper with the GP, since relapse "
    "is the risk. The midwife watches the baby for jitteriness and poor feeding for 48 hours after birth; "
    "breastfeeding is compatible.",
    "stopped outright now while the recommendations continue it (MA127)",
    "the twin tapers after six weeks",
)


# ============================================================================================================
# signers: roles, registers and numbers.

_SHAH = {"prefix": "Dr", "given": ["Priya"], "family": "Shah"}
_RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}


def _signer(name: dict[str, Any], role: str, body: str | None, number: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "role": role, "organisation": _RIVERSIDE}
    if body is not None:
        out["registration"] = {"body": body, "number": number}
    return out


_STUDENT = {"given": ["Ellie"], "family": "Barnes"}
_NURSE = {"given": ["Grace"], "family": "Okafor"}
_PHARM = {"given": ["Tom"], "family": "Hale"}
bad(
    "attest-other-no-reg",
    "signers",
    M,
    set_("attestation.by", _signer(_STUDENT, "other", None, None)),
    "attested by a medical student recorded as role 'other' with no registration (MA210)",
)
bad(
    "attest-other-hcpc",
    "signers",
    M,
    set_("attestation.by", _signer(_STUDENT, "other", "HCPC", "PA12345")),
    "attested by role 'other' (a paramedic student): the attestation needs a template clinical role (MA210)",
)
ok(
    "attest-clin-pharm",
    "signers",
    M,
    set_("attestation.by", _signer(_PHARM, "clinical-pharmacist", "GPhC", "2087613")),
    "the practice's clinical pharmacist, GPhC, attests",
)
bad(
    "attest-receptionist",
    "signers",
    M,
    set_("attestation.by", _signer(_STUDENT, "receptionist", None, None)),
    "a receptionist's role is no role the schema knows (unreadable)",
)
ok(
    "attest-practice-nurse",
    "signers",
    M,
    set_("attestation.by", _signer(_NURSE, "nurse", "NMC", "09I4821E")),
    "the practice nurse, NMC, attests",
)
bad(
    "gp-nmc",
    "signers",
    M,
    set_("overall_conclusion.author", _signer(_SHAH, "general-practitioner", "NMC", "12A3456B")),
    "a GP under an NMC number (MA207; also the NMC number belongs to the health visitor in another record)",
)
ok(
    "gp-gmc-own",
    "signers",
    M,
    set_(
        "overall_conclusion.author",
        _signer({"prefix": "Dr", "given": ["Ravi"], "family": "Kapoor"}, "general-practitioner", "GMC", "7039182"),
    ),
    "another GP of the practice writes the overall conclusion under their own GMC number",
)
bad(
    "midwife-gmc",
    "signers",
    M,
    set_("attestation.by", _signer({"given": ["Anna"], "family": "Lowe"}, "community-midwife", "GMC", "7082214")),
    "a midwife with a GMC number (MA207)",
)
ok(
    "midwife-nmc",
    "signers",
    M,
    set_("attestation.by", _signer({"given": ["Anna"], "family": "Lowe"}, "community-midwife", "NMC", "03C1187W")),
    "a midwife with a well-formed NMC number",
)
bad(
    "pharm-gphc-bad",
    "signers",
    M,
    set_("attestation.by", _signer(_PHARM, "pharmacist", "GPhC", "7087613")),
    "a GPhC number that does not start with 2 (MA204)",
)
bad(
    "gp-gmc-all-same",
    "signers",
    M,
    set_("overall_conclusion.author.registration.number", "7777777"),
    "a GMC number of one digit repeated (MA208)",
)
bad(
    "two-names-one-gmc",
    "signers",
    M,
    set_(
        "overall_conclusion.author",
        _signer({"prefix": "Dr", "given": ["Owen"], "family": "Pritchard"}, "general-practitioner", "GMC", "7012345"),
    ),
    "Shah's GMC number under Owen Pritchard's name (MA209)",
)
ok(
    "one-name-initial",
    "signers",
    M,
    set_(
        "overall_conclusion.author",
        _signer({"prefix": "Dr", "given": ["P."], "family": "Shah"}, "general-practitioner", "GMC", "7012345"),
    ),
    "the same clinician signing with her initial",
)
bad(
    "two-names-same-family",
    "signers",
    M,
    set_(
        "attestation.by",
        _signer({"prefix": "Dr", "given": ["Arjun"], "family": "Shah"}, "general-practitioner", "GMC", "7012345"),
    ),
    "a different Dr Shah (Arjun) under Priya Shah's number (MA209)",
)
ok(
    "one-name-middle",
    "signers",
    M,
    set_(
        "attestation.by",
        _signer(
            {"prefix": "Dr", "given": ["Priya", "Anjali"], "family": "Shah"}, "general-practitioner", "GMC", "7012345"
        ),
    ),
    "the same clinician with her middle name",
)


# ============================================================================================================
# attest-dates: attested before the assessments it attests.

bad(
    "attest-day-before",
    "attest-dates",
    M,
    set_("attestation.at", "2026-03-01T17:05:00+00:00"),
    "attested the day before the assessments are dated (MA211)",
)
ok(
    "attest-same-morning",
    "attest-dates",
    M,
    set_("attestation.at", "2026-03-02T08:15:00+00:00"),
    "attested the same day, in the morning",
)
bad(
    "attest-late-evening-utc",
    "attest-dates",
    M,
    set_("attestation.at", "2026-03-01T23:30:00+00:00"),
    "23:30 UTC on 1 March: the day before the assessments (MA211)",
)
ok(
    "attest-after-midnight-bst",
    "attest-dates",
    M,
    set_("attestation.at", "2026-03-02T00:30:00+01:00"),
    "00:30 on 2 March in its own zone: the assessments' day",
)
bad(
    "attest-before-overall",
    "attest-dates",
    L,
    chain(set_("overall_conclusion.date", "2026-05-07"), set_("attestation.at", "2026-05-06T12:25:00+01:00")),
    "the overall conclusion dated after the attestation (MA211)",
)
ok(
    "attest-after-overall",
    "attest-dates",
    L,
    chain(set_("overall_conclusion.date", "2026-05-07"), set_("attestation.at", "2026-05-07T09:00:00+01:00")),
    "the twin attests the day the overall is written",
)
bad(
    "attest-before-assessment-f",
    "attest-dates",
    F,
    set_("attestation.at", "2026-06-11T15:10:00+01:00"),
    "attested the day before the joint assessment (MA211)",
)
ok(
    "attest-week-after-f",
    "attest-dates",
    F,
    set_("attestation.at", "2026-06-19T10:00:00+01:00"),
    "attested a week after the assessment",
)


# ============================================================================================================
# recipients: who must receive it and how.


def _drop(*ids: str) -> Mutation:
    return edit(lambda d: d.__setitem__("recipients", [r for r in d["recipients"] if r["id"] not in ids]))


bad(
    "no-maternity-or-midwife",
    "recipients",
    M,
    _drop("rcp-maternity", "rcp-midwife"),
    "antenatal record shared with neither the maternity unit nor the midwife (MA301)",
)
ok("no-maternity-midwife-stays", "recipients", M, _drop("rcp-maternity"), "the community midwife still receives it")
bad(
    "no-sw-cpp",
    "recipients",
    M,
    _drop("rcp-sw"),
    "child protection plan in place, social worker not a recipient (MA304)",
)
ok("no-hv-antenatal", "recipients", M, _drop("rcp-hv"), "antenatal: the health visitor is not yet required")
bad("no-hv-postnatal", "recipients", P, _drop("rcp-hv"), "postnatal record not shared with the health visitor (MA302)")
ok(
    "no-midwife-postnatal",
    "recipients",
    P,
    _drop("rcp-midwife"),
    "postnatal: the health visitor and GP still receive it",
)
bad(
    "no-foster-or-placement",
    "recipients",
    F,
    _drop("rcp-foster-carer", "rcp-placement"),
    "baby in a parent-and-baby foster placement; neither carer nor provider receives it (MA305)",
)
ok("no-placement-provider", "recipients", F, _drop("rcp-placement"), "the foster carer still receives it by hand")
bad(
    "li-psych-signs-all-no-gp",
    "recipients",
    L,
    chain(
        set_(
            "overall_conclusion.author",
            {
                "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
                "role": "psychiatrist",
                "registration": {"body": "GMC", "number": "7056789"},
                "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
            },
        ),
        set_(
            "attestation.by",
            {
                "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
                "role": "psychiatrist",
                "registration": {"body": "GMC", "number": "7056789"},
                "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
            },
        ),
    ),
    "the psychiatrist writes and attests everything; no GP recipient (MA303)",
)
ok(
    "li-psych-overall-gp-attests",
    "recipients",
    L,
    set_(
        "overall_conclusion.author",
        {
            "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
            "role": "psychiatrist",
            "registration": {"body": "GMC", "number": "7056789"},
            "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
        },
    ),
    "the psychiatrist writes the overall, but the GP attests it and so holds it",
)
ok(
    "v-gp-wrote-no-gp-recipient",
    "recipients",
    V,
    _drop("rcp-gp"),
    "the GP wrote and attested it: no GP recipient needed",
)
bad(
    "mesh-lowercase",
    "recipients",
    M,
    set_("recipients#rcp-hv.route.mailbox", "x26hc003"),
    "a MESH mailbox id in lower case (MA307)",
)
ok(
    "mesh-other-valid",
    "recipients",
    M,
    set_("recipients#rcp-hv.route.mailbox", "Y90500HV1"),
    "a MESH mailbox of another valid form (ODS code and digits)",
)
bad(
    "mllp-localhost",
    "recipients",
    V,
    set_("recipients#rcp-maternity.route.host", "localhost"),
    "an MLLP host that is this machine (MA308)",
)
ok(
    "mllp-ip",
    "recipients",
    V,
    set_("recipients#rcp-maternity.route.host", "10.42.7.19"),
    "an MLLP host given as a private IP address of the trust's network",
)
bad(
    "fhir-http",
    "recipients",
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL without https (MA308)",
)
ok(
    "fhir-port",
    "recipients",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "https with an explicit port",
)
bad(
    "manual-foster-parent-passes",
    "recipients",
    F,
    set_(
        "recipients#rcp-foster-carer.route",
        {"kind": "manual", "description": "Mother will give her copy to the foster carer when she arrives."},
    ),
    "the record left to the mother to pass on (MA309)",
)
ok(
    "manual-foster-hv-hands",
    "recipients",
    F,
    set_(
        "recipients#rcp-foster-carer.route",
        {
            "kind": "manual",
            "description": "Health visitor hands a printed copy to the foster carer at the first "
            "placement visit and goes through it with her.",
        },
    ),
    "a hand-over by the health visitor",
)
bad(
    "ods-digits-only",
    "recipients",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", "90500"),
    "an ODS code of digits only (MA310)",
)
ok(
    "ods-three-char",
    "recipients",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", "RX1"),
    "a three-character trust ODS code",
)
bad(
    "foster-no-route",
    "recipients",
    F,
    delete("recipients#rcp-foster-carer.route"),
    "the foster carer listed with no route (MA306)",
)
bad(
    "foster-mllp",
    "recipients",
    F,
    set_("recipients#rcp-foster-carer.route", {"kind": "mllp", "host": "interface.millbrook.example", "port": 2575}),
    "a foster carer, a private person, given a hospital HL7 interface as her route: it cannot reach her",
)
ok(
    "placement-fhir",
    "recipients",
    F,
    set_("recipients#rcp-placement.route", {"kind": "fhir", "base_url": "https://fhir.brightwater.example/R4"}),
    "the placement provider, an organisation, on its FHIR server",
)


# ============================================================================================================
# disguise: about a fifth, the gaps and twins above disguised.

for _i, (_name, _expect, _base, _put, _text, _why) in enumerate(TO_DISGUISE):
    for _key in [list(DISGUISES)[_i % len(DISGUISES)]]:
        add(
            f"dis-{_key}-{_name}", "disguise", _expect, _base, _put(DISGUISES[_key](_text)), f"{_why} ({_key} disguise)"
        )

bad(
    "dis-two-names-cyr",
    "disguise",
    M,
    set_(
        "overall_conclusion.author",
        _signer(
            {"prefix": "Dr", "given": [homoglyphs("Owen", "eo")], "family": homoglyphs("Pritchard", "a")},
            "general-practitioner",
            "GMC",
            "7012345",
        ),
    ),
    "Owen Pritchard in Cyrillic letters under Shah's number (MA209)",
)
ok(
    "dis-one-name-cyr",
    "disguise",
    M,
    set_(
        "overall_conclusion.author",
        _signer(
            {"prefix": "Dr", "given": [homoglyphs("Priya", "a")], "family": homoglyphs("Shah", "a")},
            "general-practitioner",
            "GMC",
            "7012345",
        ),
    ),
    "Priya Shah herself, one letter in Cyrillic: the same person",
)
bad(
    "dis-manual-zw-parent",
    "disguise",
    F,
    set_(
        "recipients#rcp-foster-carer.route",
        {"kind": "manual", "description": inside_words("Given to mum to pass on to the foster carer.", "\u200b")},
    ),
    "a parent passing it on, with zero-width spaces (MA309)",
)
ok(
    "dis-manual-zw-midwife",
    "disguise",
    F,
    set_(
        "recipients#rcp-foster-carer.route",
        {
            "kind": "manual",
            "description": inside_words(
                "Ward midwife hands a printed copy to the foster carer at discharge and explains it.", "\u200b"
            ),
        },
    ),
    "a real hand-over with zero-width spaces",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F71CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F71CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F71CASES),
        "total",
        len(F71CASES),
    )
