"""A fifty-sixth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, nineteenth
round, against the readings added in the last hour (CHANGELOG.md, the first entries under ``### Fixed``).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), CHANGELOG.md, README.md, the templates and the
examples, not from the gate's code or its word lists. The gate has just learnt to read the baby as a medicine's
receiver ("the baby will be given X", "given X by the neonatal team"); a medicine "considered, discussed, weighed
or rejected" after its name as an option; a brand after a given name after a role word as a surname; conclusions
compared as bags of synonym-mapped content words across medicines; a breastfeeding item against its conclusion
and sedation "yes" against "does not make her drowsy"; "out of scope" and "not disturbed by the baby" as a
partner's dismissal; and a partner's womb-only medicine with a reason as needing no assessment. About 85% of the
cases are GOOD records using those very shapes legitimately (MUST PASS), beside hollow near misses (MUST REFUSE):

* ``shared-plan``: two medicines' conclusions sharing a plan sentence while each decides its own thing; joint
  conclusions; an overall conclusion sharing a sentence with one assessment;
* ``baby-treatment``: the baby's own morphine or phenobarbital, told actively, passively, conditionally, by
  the unit or the nurse, with doses per kilogram;
* ``options``: alternatives considered, discussed, weighed or rejected, then one started or kept;
* ``staff-names``: staff with uncommon given names whose surnames are spelt like brands;
* ``feeding``: breastfeeding items and conclusions that agree in other words; a mother breastfeeding against
  advice with a plan;
* ``sedation``: sedation "yes" beside denials limited to the daytime, another medicine or the baby;
* ``partner-sleep``: a father not disturbed at night BECAUSE he sleeps apart, with a decided plan;
* ``womb-only``: a partner's ACE inhibitor or ARB with its reason; the mother's ARB stopped before conception;
* ``disguise``: a fifth of the good texts in look-alike letters, zero-width and format characters, soft hyphens,
  bidi controls, full-width forms and combining marks, and a few hollow ones.

Medicines named here are real (brands from codelists-more/brand-names.csv); no clinical code is used or
invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict
xfail). Run ``python -m tests.redteam.fresh56_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    ELM_PARK,
    PASS,
    REFUSE,
    RIVERSIDE,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    V,
    _merge_m,
    _split_f,
    add_medicine,
    chain,
    conclusion,
    gp_prescriber,
    medicine,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F56CASES: list[Case] = []

CATEGORIES = (
    "shared-plan",
    "baby-treatment",
    "options",
    "staff-names",
    "feeding",
    "sedation",
    "partner-sleep",
    "womb-only",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F56CASES.append(Case(f"f56-{name}", category, expect, base, mutate, why))


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


def item(asm: str, path: str, text: str) -> Mutation:
    return set_(f"assessments#{asm}.{path}", text)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining acute accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def bidi(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"{BIDI_CONTROLS[7]}{w}{BIDI_CONTROLS[10]}" for w in text.split(" "))


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopcx"),
    "greek": lambda t: homoglyphs(t, "aoi", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "zwj": lambda t: inside_words(t, "\u200d", every=3),
    "shy": lambda t: inside_words(t, SOFT_HYPHEN, every=3),
    "bidi": bidi,
    "fullwidth": full_width,
    "combining": combining,
    "wordjoiner": lambda t: inside_words(t, "\u2060", every=2),
    "lrm": lambda t: inside_words(t, "\u200e", every=3),
}

_GOOD: list[tuple[str, str, str, Callable[[str], Mutation], str, str]] = []


def good(name: str, category: str, base: str, put: Callable[[str], Mutation], text: str, why: str) -> None:
    _GOOD.append((name, category, base, put, text, why))
    ok(name, category, base, put(text), why)


def both_m(meth_text: str) -> Callable[[str], Mutation]:
    """Put a sertraline conclusion beside a given methadone conclusion."""

    def put(text: str) -> Mutation:
        return chain(meth(meth_text), sert(text))

    return put


# ============================================================================================================
# shared-plan: conclusions that share a plan sentence but each decide their own medicine (MA121).

_SHARED_HV = "The health visitor sees mother and baby on day 5 and again on day 10."
good(
    "shared-hv-visit-sentence",
    "shared-plan",
    M,
    both_m(
        "Methadone 60 mg carries on through pregnancy. The baby is scored for withdrawal on the postnatal ward for "
        "at least 72 hours, and she must not sleep with the baby in her bed or on the sofa after a dose. " + _SHARED_HV
    ),
    "Sertraline 100 mg carries on: a relapse of her depression would harm her and the baby more than the small "
    "risk of PPHN, so the paediatrician listens to the baby's breathing after birth. " + _SHARED_HV,
    "one shared visit sentence; methadone decides withdrawal and sleep, sertraline decides relapse and PPHN",
)
_SHARED_CHANGE = "Any change of dose is told to maternity and the health visitor within the week."
good(
    "shared-dose-change-sentence",
    "shared-plan",
    M,
    both_m(
        "Keep methadone at 60 mg under the drug service. Expect neonatal withdrawal from about day 2: at least three "
        "days of ward scoring, and the cot beside her bed, never her bed itself. " + _SHARED_CHANGE
    ),
    "Keep sertraline at 100 mg, as her mood has held since June. The baby may be jittery or feed slowly for a few "
    "days, which the midwife checks each shift; breastfeeding suits both medicines. " + _SHARED_CHANGE,
    "the same closing instruction under two conclusions that otherwise decide different things",
)
_SHARED_OPEN = "Seen with Jodie and her drug worker on 2 March at 29+2 weeks."
good(
    "shared-opening-sentence",
    "shared-plan",
    M,
    both_m(
        _SHARED_OPEN + " Methadone stays at 60 mg; the baby will need withdrawal observation for at least 72 hours "
        "and she never shares a bed or sofa with the baby after dosing."
    ),
    _SHARED_OPEN + " Sertraline stays at 100 mg because stopping it risks her depression returning; the maternity "
    "team watches the baby for adaptation signs such as poor feeding in the first 48 hours.",
    "the same opening line, then each medicine's own decision",
)
good(
    "shared-breastfeeding-sentence",
    "shared-plan",
    M,
    both_m(
        "Methadone should not be cut or stopped before birth. Its sedation two to four hours after each dose rules "
        "out co-sleeping, and the baby is watched for withdrawal for three days. She will breastfeed."
    ),
    "Sertraline is kept at two tablets a day, since the benefit to her mood outweighs the small newborn risks, "
    "and the paediatric team is told at delivery. She will breastfeed.",
    "a three-word shared sentence about feeding; the rest differs",
)
good(
    "overall-shares-one-sentence",
    "shared-plan",
    M,
    overall,
    "Methadone 60 mg and sertraline 100 mg continue. The baby is likely to need observation for neonatal "
    "withdrawal; breastfeeding is supported. The social worker and health visitor look at the cot before "
    "discharge, because methadone sedation means no co-sleeping, and the midwife watches for sertraline "
    "adaptation signs too.",
    "the overall conclusion repeats one sentence of the methadone conclusion and goes on to both medicines",
)
good(
    "joint-merged-new-text",
    "shared-plan",
    M,
    _merge_m,
    "One plan for methadone and sertraline: both go on at their present doses, as stopping either risks a "
    "relapse. The baby is scored for methadone withdrawal and watched for sertraline adaptation for at least 72 "
    "hours, breastfeeding goes ahead, and after each methadone dose she keeps the baby in the cot, not her bed.",
    "one joint assessment naming both medicines",
)
good(
    "split-f-shared-night-sentence",
    "shared-plan",
    F,
    lambda t: _split_f(
        "Diazepam 5 mg three times a day sedates her most in the hour after each dose, so she never feeds the baby "
        "lying down or shares a bed or sofa with him; a slow reduction starts at her 6-week review. " + t,
        "Pregabalin 150 mg twice a day continues unchanged; the baby, exposed all pregnancy, may show late "
        "withdrawal until day 8, which the foster carer reports to the neonatal unit at once. " + t,
    ),
    "The foster carer does the night feeds.",
    "split assessments share one sentence about nights; each decides its own medicine",
)
good(
    "joint-f-new-text",
    "shared-plan",
    F,
    dzp,
    "Diazepam and pregabalin both stay at their current doses for now, with diazepam to be tapered slowly from "
    "the 6-week review. Together they make her drowsy, so the baby never sleeps with her and the foster carer "
    "covers the nights; he may still show late withdrawal until day 8.",
    "one joint conclusion covering both medicines",
)
good(
    "shared-paediatric-sentence-lith-overall",
    "shared-plan",
    L,
    overall,
    "Lithium (Priadel) 800 mg at night continues, with levels monthly, weekly from 36 weeks and within a day of "
    "birth. The baby needs a paediatric review after birth; bottle feeding is planned because lithium passes "
    "into breast milk. The perinatal team sees her in the first week after birth.",
    "overall and assessment share the paediatric review; the overall adds the team and the feeding",
)
bad(
    "sert-reworded-copy-of-meth",
    "shared-plan",
    M,
    sert(
        "Sertraline 100 mg daily should carry on through pregnancy. The infant is likely to need observation for "
        "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no bed sharing and the "
        "cot must be checked at the home visit."
    ),
    "methadone's conclusion pasted under sertraline with synonyms swapped in (MA121)",
)
bad(
    "sert-reordered-copy-of-meth",
    "shared-plan",
    M,
    sert(
        "Sedation after each dose means the cot must be checked at the home visit and no co-sleeping; breastfeeding "
        "is supported and the baby is likely to need observation for neonatal withdrawal. Sertraline 100 mg daily "
        "should continue through pregnancy."
    ),
    "methadone's conclusion pasted under sertraline with its clauses reordered (MA121)",
)
bad(
    "split-f-same-text-renamed",
    "shared-plan",
    F,
    _split_f(
        "Diazepam goes on unchanged for now; she must not co-sleep or feed lying down, the foster carer does the "
        "nights, and the baby may withdraw late until day 8.",
        "Pregabalin carries on unchanged for now; she must not bed share or feed lying down, the foster carer does "
        "the nights, and the infant may withdraw late until day 8.",
    ),
    "the same conclusion under each split assessment, only the medicine name and synonyms changed (MA121)",
)

# ============================================================================================================
# baby-treatment: the baby's own morphine or phenobarbital, told many ways (MA120).

good(
    "unit-gives-baby-morphine-if-scores",
    "baby-treatment",
    M,
    meth,
    "Methadone continues at 60 mg. The baby is scored every four hours for at least 72 hours; if two scores in a "
    "row pass the threshold, the neonatal unit gives the baby oral morphine and weans it before discharge. She "
    "breastfeeds, and after her dose the baby sleeps in the cot, never in her bed.",
    "the neonatal unit as giver, the baby as receiver, morphine as treatment",
)
good(
    "baby-may-need-morphine-passive",
    "baby-treatment",
    M,
    meth,
    "Keep methadone at 60 mg daily. Her baby may need to be treated with morphine by the neonatal team for a week "
    "or two if withdrawal is severe; mild signs are managed with skin-to-skin contact and feeding on demand. No "
    "co-sleeping at any time after a dose.",
    "passive: the baby treated with morphine by the neonatal team",
)
good(
    "morphine-per-kilo",
    "baby-treatment",
    M,
    meth,
    "Methadone stays at 60 mg. Withdrawal in the baby is expected from day 2; the neonatal team starts oral "
    "morphine at 40 micrograms/kg four-hourly if the scores call for it and reduces it by a tenth each day. "
    "Breastfeeding is encouraged; cot only after her dose.",
    "the baby's dose per kilogram, unlike any parent's",
)
good(
    "phenobarbital-second-line",
    "baby-treatment",
    M,
    meth,
    "Methadone 60 mg goes on. If the baby withdraws badly, oral morphine is the first treatment and phenobarbital "
    "is added by the neonatal team only if morphine does not settle him; either way he stays on the unit until "
    "weaned. She may breastfeed, and must never have him in bed after a dose.",
    "phenobarbital added by the neonatal team as a second line",
)
good(
    "baby-will-receive-morphine-future",
    "baby-treatment",
    M,
    overall,
    "Methadone and sertraline continue unchanged. The baby will be scored for withdrawal for at least 72 hours "
    "and will receive morphine from the neonatal team only if the scores stay high. Breastfeeding is supported. "
    "No co-sleeping because methadone sedates her; the cot is seen before discharge.",
    "future tense: the baby will receive morphine from the neonatal team",
)
good(
    "nurse-gives-morphine",
    "baby-treatment",
    M,
    meth,
    "Methadone should carry on at 60 mg. On the ward the neonatal nurse scores the baby and, on the doctor's "
    "prescription, gives him morphine by mouth if he cannot settle or feed; he goes home only once off it for 48 "
    "hours. Breastfeeding is fine. After her dose he sleeps in his own cot.",
    "the baby's morphine given by a nurse on the doctor's prescription",
)
good(
    "phenobarbital-for-baby-dzp",
    "baby-treatment",
    F,
    dzp,
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction planned. Should the baby show late "
    "withdrawal by day 8, the neonatal unit can treat him with phenobarbital, so the foster carer rings them for "
    "tremor or poor feeding. The mother never shares a bed or sofa with him and does no night feeds while drowsy.",
    "phenobarbital for the baby as a conditional treatment",
)
good(
    "baby-started-on-morphine-report",
    "baby-treatment",
    M,
    overall,
    "Methadone and sertraline go on as they are. If the baby is started on morphine for withdrawal, he stays on "
    "the neonatal unit until it is stopped, and the health visitor looks for late signs up to day 8. "
    "Breastfeeding is supported; methadone sedation means no co-sleeping and the cot is checked before discharge.",
    "'started on morphine' with the baby as subject",
)
good(
    "morphine-liquid-recommendation",
    "baby-treatment",
    M,
    lambda t: chain(
        item("asm-methadone", "recommendations", t),
        meth(
            "Methadone continues at 60 mg; the baby is observed for withdrawal for at least 72 hours and treated by "
            "the neonatal team if needed. Breastfeeding goes ahead; no co-sleeping after a dose."
        ),
    ),
    "Do not reduce or stop methadone without the drug service. If the baby needs it, oral morphine solution is "
    "prescribed for the baby by the neonatal team and weaned on the unit. Any dose change to be shared with "
    "maternity and the health visitor the same week.",
    "the baby's morphine solution in the recommendations",
)
good(
    "lithium-baby-no-medicine",
    "baby-treatment",
    L,
    lith,
    "Lithium continues: a relapse after birth would put her and the baby at risk. The paediatrician sees the baby "
    "on day 1 for floppiness, poor feeding and thyroid problems; the baby is given no medicine unless a blood "
    "level is high. She formula feeds; levels weekly from 36 weeks and within a day of birth.",
    "the baby given no medicine: lithium is the mother's",
)
bad(
    "unit-gives-baby-mothers-dose",
    "baby-treatment",
    M,
    meth(
        "Methadone continues. The neonatal team will give the baby methadone 60 mg (60 ml) once daily for "
        "withdrawal; she breastfeeds and keeps him in the cot after her dose."
    ),
    "the mother's listed dose given to the baby: impossible (MA120)",
)
bad(
    "baby-receives-sertraline-dose",
    "baby-treatment",
    M,
    sert(
        "Sertraline continues, and the baby receives sertraline 100 mg once daily from birth to prevent "
        "adaptation symptoms; the midwife watches him for 48 hours."
    ),
    "the mother's sertraline dose given as the baby's: impossible (MA120)",
)

# ============================================================================================================
# options: alternatives considered, discussed, weighed or rejected, then one started or kept (MA120).

good(
    "fluoxetine-considered-sertraline-kept",
    "options",
    M,
    sert,
    "Switching to fluoxetine was considered and rejected, because sertraline suits breastfeeding better and her "
    "mood is stable. Sertraline 100 mg continues; the midwife watches the baby for adaptation signs for 48 hours "
    "and the paediatric team knows at delivery.",
    "fluoxetine named as an option, rejected; sertraline kept",
)
good(
    "citalopram-weighed-sertraline-started",
    "options",
    M,
    sert,
    "Citalopram was weighed against sertraline in June 2025 and sertraline was chosen for its record in "
    "pregnancy and breastfeeding; it continues at 100 mg, since relapse would harm her and the baby. The "
    "paediatric team checks the baby's breathing at delivery.",
    "two options weighed; the listed one chosen",
)
good(
    "buprenorphine-discussed-declined",
    "options",
    M,
    meth,
    "Buprenorphine was discussed as an alternative and she declined to switch at this stage of pregnancy; "
    "methadone 60 mg continues with the drug service. The baby is watched for withdrawal for at least 72 hours, "
    "and she never has him in her bed after a dose.",
    "buprenorphine discussed and declined",
)
good(
    "quetiapine-weighed-lithium-kept",
    "options",
    L,
    lith,
    "Quetiapine was weighed as an alternative to lithium and rejected, since lithium has kept her well for four "
    "years and a switch now risks relapse. Priadel 800 mg continues, with levels weekly from 36 weeks; the baby "
    "has a paediatric review after birth and is bottle fed.",
    "quetiapine weighed and rejected",
)
good(
    "lamotrigine-levetiracetam-discussed",
    "options",
    V,
    valp,
    "Lamotrigine and levetiracetam were discussed as alternatives to valproate, for the neurologist to choose "
    "between at the urgent review. Until then valproate continues, as a sudden stop risks seizures; the exposed "
    "baby needs the fetal medicine review and detailed scans, and folic acid 5 mg has started.",
    "two options discussed and left to the specialist; valproate kept meanwhile",
)
good(
    "zopiclone-ruled-out-dzp",
    "options",
    F,
    dzp,
    "Zopiclone for her poor sleep was considered and ruled out, as it would add to the drowsiness from diazepam "
    "and pregabalin. Both continue for now with a slow diazepam taper; she never shares a bed or sofa with the "
    "baby, the foster carer does the nights, and late withdrawal is watched for until day 8.",
    "a sedative considered and ruled out",
)
good(
    "mirtazapine-rejected-overall",
    "options",
    M,
    overall,
    "Methadone and sertraline continue at today's doses; mirtazapine was discussed for sleep and rejected because "
    "it would deepen her sedation. The baby is observed for withdrawal on the ward for at least 72 hours, "
    "breastfeeding goes ahead, and the cot is checked before discharge as co-sleeping is unsafe.",
    "an added sedative rejected in the overall conclusion",
)
good(
    "options-then-continue-started",
    "options",
    M,
    sert,
    "Stopping, reducing or switching to paroxetine were each considered; she chose to keep sertraline at 100 mg, "
    "which I agree with, and it continues. The baby may be jittery for a few days, which the midwife checks, and "
    "breastfeeding is safe.",
    "alternatives considered, the choice made after them",
)
bad(
    "lamotrigine-discussed-and-started",
    "options",
    V,
    valp(
        "Lamotrigine was discussed and started at the neurology clinic last week; valproate continues meanwhile "
        "and must not stop suddenly, and the baby needs the fetal medicine scans."
    ),
    "lamotrigine started but not on the medicine list (MA120)",
)
bad(
    "pregabalin-weighed-hollow",
    "options",
    F,
    dzp("Diazepam and pregabalin: continuing, reducing and stopping were all weighed and considered."),
    "only options weighed, nothing decided (MA103)",
)

# ============================================================================================================
# staff-names: staff with uncommon given names whose surnames are spelt like brands (MA120).

good(
    "midwife-eilidh-valclair",
    "staff-names",
    M,
    meth,
    "Methadone continues at 60 mg. Her midwife, Eilidh Valclair, arranges at least 72 hours of withdrawal "
    "scoring on the postnatal ward, breastfeeding goes ahead, and the baby sleeps in his cot after every dose.",
    "Valclair as a midwife's surname after an uncommon given name",
)
good(
    "dr-thandiwe-alzain",
    "staff-names",
    L,
    lith,
    "Lithium continues at 800 mg, as Dr Thandiwe Alzain, her perinatal psychiatrist, advises: relapse after "
    "birth is the greater danger. The baby has a paediatric check on day 1 and is formula fed; levels weekly from "
    "36 weeks.",
    "Alzain as a psychiatrist's surname after title and given name",
)
good(
    "hv-bronwen-carace",
    "staff-names",
    P,
    quet,
    "The father's quetiapine makes him very hard to wake at night, so he never has the baby in bed or on the "
    "sofa and does no night feeds; the mother does them with the crib at her side. The health visitor, Bronwen "
    "Carace, checks this at every visit.",
    "Carace as a health visitor's surname",
)
good(
    "sw-oisin-tensium",
    "staff-names",
    F,
    dzp,
    "Diazepam and pregabalin carry on for now with a planned slow diazepam taper. The social worker, Oisín "
    "Tensium, and the foster carer keep the baby out of her bed and off the sofa, the foster carer does the "
    "night feeds, and late withdrawal is watched for until day 8.",
    "Tensium as a social worker's surname after an accented given name",
)
good(
    "dr-title-only-morcap",
    "staff-names",
    M,
    sert,
    "Sertraline continues at 100 mg; Dr Morcap, the obstetrician, agrees the small risk of PPHN is outweighed by "
    "her risk of relapse, and the paediatric team examines the baby at delivery.",
    "a brand-like surname straight after a title",
)
good(
    "pharmacist-tadhg-axalid",
    "staff-names",
    F,
    dzp,
    "Diazepam and pregabalin both go on unchanged; the pharmacist, Tadhg Axalid, dispenses them weekly. They "
    "make her drowsy, so she never shares a bed or sofa with the baby and the foster carer does the nights; "
    "late withdrawal is watched for until day 8.",
    "Axalid as a pharmacist's surname",
)
good(
    "neonatal-nurse-ngozi-lecaent",
    "staff-names",
    M,
    meth,
    "Keep methadone at 60 mg. The neonatal nurse Ngozi Lecaent scores the baby for withdrawal for at least three "
    "days; breastfeeding is supported, and no co-sleeping after a dose.",
    "Lecaent as a nurse's surname with no comma",
)
good(
    "consultant-saoirse-lopace",
    "staff-names",
    V,
    valp,
    "Valproate continues unchanged until her neurologist, Saoirse Lopace, sees her this week: stopping suddenly "
    "risks seizures. The baby, exposed in the first trimester, needs the fetal medicine review and a detailed "
    "anomaly scan; folic acid 5 mg is taken daily.",
    "Lopace as a neurologist's surname",
)
good(
    "drug-worker-olamide-rewisca",
    "staff-names",
    M,
    overall,
    "Methadone and sertraline continue unchanged, agreed with her drug worker, Olamide Rewisca. The baby is "
    "scored for withdrawal for at least 72 hours on the ward; breastfeeding is supported; methadone sedation "
    "means no co-sleeping, and the cot is seen before discharge.",
    "Rewisca as a drug worker's surname in the overall conclusion",
)
bad(
    "she-takes-valclair",
    "staff-names",
    M,
    meth(
        "Methadone continues at 60 mg and she also takes Valclair at night for anxiety; the baby is scored for "
        "withdrawal for 72 hours and never shares her bed."
    ),
    "a diazepam brand she takes, not on the medicine list (MA120)",
)
bad(
    "her-zimovane-dose",
    "staff-names",
    F,
    dzp(
        "Diazepam and pregabalin continue, with her Zimovane 7.5 mg at night as well; no bed sharing, the foster "
        "carer does the nights, and late withdrawal is watched for until day 8."
    ),
    "a zopiclone brand dosed and hers, not on the medicine list (MA120)",
)
good(
    "midwife-anna-valclair-control",
    "staff-names",
    M,
    sert,
    "Sertraline continues at 100 mg: relapse would harm her more than the small newborn risks. Her midwife, Anna "
    "Valclair, watches the baby for jitteriness and poor feeding for 48 hours, and breastfeeding is safe.",
    "a common given name before the brand-like surname",
)
good(
    "hv-aoife-zileze",
    "staff-names",
    P,
    overall,
    "Paracetamol, the mother's only medicine, raises no concern. The father's quetiapine leaves him hard to wake "
    "at night: he never shares a bed, sofa or armchair with the baby and does no night feeds after his dose. "
    "The crib is safe, and the health visitor, Aoife Zileze, checks it at each visit.",
    "Zileze as a health visitor's surname after an Irish given name",
)

# ============================================================================================================
# feeding: breastfeeding items and conclusions that agree in other words (MA127).

good(
    "lith-bf-not-advised-formula",
    "feeding",
    L,
    lambda t: chain(item("asm-lithium", "impact_on_baby.breastfeeding", "BF not advised on lithium."), lith(t)),
    "Lithium carries on at 800 mg: stopping it risks a relapse after birth. She formula feeds from birth; the "
    "paediatrician checks the baby's tone, feeding and thyroid on day 1, and levels are weekly from 36 weeks.",
    "'BF not advised' beside 'she formula feeds'",
)
good(
    "lith-against-advice-with-plan",
    "feeding",
    L,
    lith,
    "Lithium should continue. Breastfeeding is not advised, but she has chosen to breastfeed; if she does, the "
    "baby's lithium level and thyroid function are checked on day 3 and weekly while fed, and she stops if the "
    "baby becomes floppy or feeds poorly. The paediatrician reviews the baby after birth.",
    "the mother choosing to breastfeed against advice, with a plan",
)
good(
    "lith-declined-to-breastfeed",
    "feeding",
    L,
    lith,
    "Lithium stays at Priadel 800 mg, with levels weekly from 36 weeks and within 24 hours of birth. As advised, "
    "she will not breastfeed and will bottle feed with formula. The baby needs a paediatric review for "
    "floppiness and poor feeding after birth.",
    "'will not breastfeed' agrees with 'not advised'",
)
good(
    "meth-compatible-continues",
    "feeding",
    M,
    meth,
    "Methadone continues at 60 mg. Breastfeeding continues after birth and can ease the baby's withdrawal, which "
    "is scored for at least 72 hours. She must never have the baby in her bed or on the sofa after a dose.",
    "item 'compatible' beside 'breastfeeding continues'",
)
good(
    "meth-compatible-feeds-at-breast",
    "feeding",
    M,
    lambda t: chain(item("asm-methadone", "impact_on_baby.breastfeeding", "Compatible."), meth(t)),
    "Methadone stays at 60 mg. She will feed the baby at the breast, which helps with withdrawal; the ward "
    "scores him for at least 72 hours. No co-sleeping after her dose.",
    "a one-word 'Compatible.' beside feeding at the breast",
)
good(
    "meth-avoid-only-if-relapse",
    "feeding",
    M,
    meth,
    "Methadone 60 mg continues and breastfeeding is encouraged; she should stop breastfeeding only if she uses "
    "street drugs on top, which the drug service tests for. The baby is scored for withdrawal for 72 hours and "
    "sleeps in his cot after her dose.",
    "'stop breastfeeding' limited to a condition beside encouragement",
)
good(
    "sert-compatible-and-avoid-formula-top-ups",
    "feeding",
    M,
    sert,
    "Sertraline continues at 100 mg because relapse risk outweighs the small newborn risks. Breastfeeding is "
    "compatible and she is advised to avoid formula top-ups unless the midwife asks. The paediatric team is told "
    "at delivery.",
    "'avoid' aimed at formula top-ups, not breastfeeding",
)
good(
    "f-bottle-not-relevant-conclusion",
    "feeding",
    F,
    dzp,
    "Diazepam and pregabalin continue for now, diazepam to be reduced slowly. The baby is formula fed by the "
    "foster carer, who also does the night feeds while the mother is drowsy; the mother never shares a bed or "
    "sofa with the baby. Late withdrawal is watched for until day 8.",
    "a bottle-fed baby, its feeding told in other words",
)
good(
    "lith-not-advised-overall",
    "feeding",
    L,
    overall,
    "Continue Priadel 800 mg at night; levels monthly, weekly from 36 weeks and within a day of birth. The baby "
    "has a paediatric review after birth and is formula fed, as lithium reaches breast milk. The perinatal team "
    "reviews her within a week of birth.",
    "'formula fed' in the overall conclusion beside 'not advised'",
)
bad(
    "lith-not-advised-but-encouraged",
    "feeding",
    L,
    lith(
        "Lithium continues at 800 mg with levels weekly from 36 weeks. Breastfeeding is encouraged from birth; the "
        "paediatrician reviews the baby on day 1."
    ),
    "the item advises against breastfeeding; the conclusion encourages it with no plan (MA127)",
)
bad(
    "meth-compatible-but-avoid",
    "feeding",
    M,
    meth(
        "Methadone continues at 60 mg. She should avoid breastfeeding on methadone. The baby is scored for "
        "withdrawal for 72 hours and sleeps in his cot after her dose."
    ),
    "the item says compatible and encouraged; the conclusion says avoid (MA127)",
)

# ============================================================================================================
# sedation: sedation "yes" beside denials limited to the daytime, another medicine or the baby (MA127).

good(
    "meth-not-drowsy-daytime",
    "sedation",
    M,
    meth,
    "Methadone continues at 60 mg. She is not drowsy in the day, but is sleepy for two to four hours after her "
    "dose, so the baby never shares her bed or sofa then. The baby is scored for withdrawal for 72 hours; she "
    "breastfeeds.",
    "a denial limited to the daytime beside the sedation",
)
good(
    "meth-sertraline-not-sedating",
    "sedation",
    M,
    meth,
    "Methadone stays at 60 mg. Unlike her sertraline, which does not make her drowsy, methadone sedates her for a "
    "few hours after each dose, so the cot is used and never her bed. The baby is watched for withdrawal for three "
    "days; breastfeeding is supported.",
    "the denial's subject is another medicine",
)
good(
    "meth-baby-not-drowsy",
    "sedation",
    M,
    meth,
    "Methadone 60 mg continues; the dose makes her drowsy for a few hours, so she never co-sleeps with the baby. "
    "If the baby is not drowsy but irritable and feeding poorly, that is withdrawal, which the ward scores for 72 "
    "hours. Breastfeeding goes ahead.",
    "a denial about the baby, and sedation said plainly",
)
good(
    "quet-alert-daytime",
    "sedation",
    P,
    quet,
    "The father's quetiapine does not make him drowsy in the daytime, when he shares the baby's care, but after "
    "his 300 mg dose at night he is very hard to wake: he never shares a bed or sofa with the baby and the mother "
    "does the night feeds, as the health visitor keeps checking.",
    "a partner's denial limited to the daytime",
)
good(
    "dzp-not-sedated-at-clinic",
    "sedation",
    F,
    dzp,
    "Diazepam and pregabalin continue for now. She was not sedated at the clinic appointment, but both medicines "
    "make her drowsy after doses and at night, so she never shares a bed or sofa with the baby and the foster "
    "carer does the night feeds. Late withdrawal is watched for until day 8.",
    "a denial limited to where she was seen",
)
bad(
    "meth-dose-not-drowsy-bed",
    "sedation",
    M,
    meth(
        "Methadone continues at 60 mg; the dose does not make her drowsy, so she can keep the baby in her bed at "
        "night. The baby is scored for withdrawal for 72 hours."
    ),
    "sedation 'yes' beside a plain denial that lets her bed share (MA127)",
)

# ============================================================================================================
# partner-sleep: the father not disturbed at night because he sleeps apart, with a decided plan (MA103/MA123).

good(
    "not-disturbed-spare-room",
    "partner-sleep",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_mother.safe_sleep", t),
    "He sleeps in the spare room after his dose, so the baby's night waking does not disturb him and he never has "
    "the baby in his bed; the mother does all the night feeds with the crib beside her.",
    "'does not disturb him' because he sleeps apart, with the plan",
)
good(
    "not-woken-by-baby-because-apart",
    "partner-sleep",
    P,
    quet,
    "The father's quetiapine leaves him too sedated to wake for the baby, so he is not woken by the baby at all: "
    "he sleeps in the back bedroom from his 10 pm dose and never takes the baby into his bed or onto the sofa. The "
    "mother does the nights with the crib at her side; the health visitor checks this at each visit.",
    "'not woken by the baby' because he sleeps elsewhere, with the night plan",
)
good(
    "out-of-scope-other-thing",
    "partner-sleep",
    P,
    quet,
    "Quetiapine 300 mg makes the father very hard to wake at night, so the mother does every night feed and the "
    "baby sleeps in the crib on her side; he never shares a bed or sofa with the baby. His bipolar care is out of "
    "scope here and stays with his GP, who tells the health visitor of any dose change.",
    "'out of scope' said of his own psychiatric care, not the baby's sleep",
)
good(
    "daytime-nap-plan",
    "partner-sleep",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_mother.safe_sleep", t),
    "Never asleep with the baby on a bed, sofa or armchair. He is not disturbed by the baby at night because he "
    "sleeps downstairs, and he naps in the afternoon only when the mother has the baby.",
    "'not disturbed by the baby' followed by why and the rule",
)
good(
    "mother-nights-he-sleeps-through",
    "partner-sleep",
    P,
    overall,
    "The mother's paracetamol raises no concern. The father's quetiapine sedates him heavily at night, so he "
    "sleeps apart and is not disturbed by the baby, and the mother does every night feed; he never shares a bed, "
    "sofa or armchair with the baby. The health visitor has seen the crib and keeps checking.",
    "the overall conclusion with the sleeping-apart plan",
)
bad(
    "not-disturbed-only",
    "partner-sleep",
    P,
    item("asm-partner-quetiapine", "impact_on_mother.safe_sleep", "Not disturbed by the baby at night."),
    "a partner's safe sleep dismissed: not disturbed, no plan for where the baby sleeps (MA123/MA125)",
)
bad(
    "out-of-scope-only",
    "partner-sleep",
    P,
    item("asm-partner-quetiapine", "impact_on_mother.safe_sleep", "Out of scope: the partner's medicine."),
    "'out of scope' dismisses the partner's safe sleep (MA123)",
)

# ============================================================================================================
# womb-only: a partner's ACE inhibitor or ARB with its reason; the mother's ARB stopped before conception (MA101).


def partner_med(mid: str, name: str, dose: str, **more: object) -> Mutation:
    return add_medicine(medicine(mid, name, dose, "2023-04-11", gp_prescriber(ELM_PARK), taken_by="partner", **more))


_REASON_ARB = "His blood pressure medicine harms only a baby in the womb; it cannot reach our baby after birth."
ok(
    "partner-losartan-reason",
    "womb-only",
    P,
    partner_med(
        "med-partner-losartan",
        "Losartan 50mg tablets",
        "50 mg once daily",
        not_of_concern_reason="Father's losartan for blood pressure: it harms only a pregnancy the mother "
        "carries and cannot reach the baby; it does not sedate him.",
    ),
    "a partner's ARB with its reason needs no assessment",
)
ok(
    "partner-ramipril-brand-reason",
    "womb-only",
    P,
    partner_med(
        "med-partner-ramipril",
        "Tritace 5mg capsules",
        "5 mg once daily",
        not_of_concern_reason="The father's ramipril for hypertension acts only in pregnancy, which is over; "
        "nothing passes to the baby and it causes no drowsiness.",
    ),
    "a partner's ACE inhibitor by brand, with its reason",
)
ok(
    "partner-candesartan-amias",
    "womb-only",
    P,
    partner_med("med-partner-candesartan", "Amias 8mg tablets", "8 mg once daily", not_of_concern_reason=_REASON_ARB),
    "a partner's candesartan brand with a reason",
)
ok(
    "partner-lisinopril-named-in-conclusion",
    "womb-only",
    P,
    chain(
        partner_med(
            "med-partner-lisinopril",
            "Lisinopril 10mg tablets",
            "10 mg once daily",
            not_of_concern_reason="Father's lisinopril: harmful only to an unborn baby through the mother; "
            "no route to this baby and not sedating.",
        ),
        overall(
            "The mother's paracetamol and the father's lisinopril raise no concern for the baby. His quetiapine "
            "sedates him heavily at night: no sharing a bed, sofa or armchair with the baby and no night feeds "
            "after his dose. The crib is seen and safe; the health visitor keeps checking."
        ),
    ),
    "a partner's ACE inhibitor with a reason, also named in the overall conclusion",
)
good(
    "mother-losartan-stopped-preconception",
    "womb-only",
    L,
    lith,
    "Lithium continues at Priadel 800 mg; her losartan was stopped before conception and labetalol is not needed, "
    "as her blood pressure is normal at each antenatal visit. The baby has a paediatric review after birth and is "
    "formula fed; levels weekly from 36 weeks.",
    "the mother's ARB stopped before conception, said in the conclusion",
)
ok(
    "mother-losartan-listed-stopped",
    "womb-only",
    L,
    chain(
        add_medicine(
            medicine(
                "med-losartan",
                "Losartan 25mg tablets",
                "25 mg once daily",
                "2024-01-15",
                gp_prescriber(RIVERSIDE),
                stopped="2025-09-30",
                not_of_concern_reason="Stopped at the preconception review in September 2025 before "
                "she conceived; the baby was never exposed, and her blood pressure is checked at each "
                "antenatal visit.",
            )
        ),
        overall(
            "Continue Priadel 800 mg at night with levels monthly, weekly from 36 weeks and within 24 hours of "
            "birth. Losartan was stopped before conception, so the baby was never exposed. Paediatric review of "
            "the baby after birth; she bottle feeds. The perinatal team reviews her within a week of birth."
        ),
    ),
    "the mother's ARB listed as stopped before conception, with its reason and plan",
)
# Re-judged after the seventieth fresh corpus (its f70-partner-nonsedating-ramipril says the opposite of these
# two): a partner's womb-only medicine harms only a baby carried by the person who takes it (MHRA Drug Safety
# Update 2007; codelists/teratogens.md), and it does not sedate, so like his omeprazole it needs nothing, with no
# reason or a hollow one. Mycophenolate and ribavirin (paternal-exposure warnings) still need an assessment.
ok(
    "partner-losartan-no-reason",
    "womb-only",
    P,
    partner_med("med-partner-losartan", "Losartan 50mg tablets", "50 mg once daily"),
    "a partner's ARB with no reason: it cannot reach the baby and does not sedate",
)
ok(
    "partner-ramipril-hollow-reason",
    "womb-only",
    P,
    partner_med("med-partner-ramipril", "Ramipril 5mg capsules", "5 mg once daily", not_of_concern_reason="N/A."),
    "a partner's ACE inhibitor whose reason is only 'N/A': nothing to assess, as with no reason",
)


# ------------------------------------------------------------------------------------------------------------
# More near misses, one per reading.

good(
    "morphine-prescribed-by-neonatal-doctor",
    "baby-treatment",
    M,
    overall,
    "Methadone 60 mg and sertraline 100 mg continue. Morphine for the baby, if withdrawal scores stay high, is "
    "prescribed by the neonatal doctor and weaned on the unit; otherwise at least 72 hours on the postnatal ward. "
    "She breastfeeds. Methadone sedates her, so no co-sleeping; the cot is seen before discharge.",
    "morphine for the baby prescribed by the neonatal doctor",
)
good(
    "neonatal-team-may-start-phenobarbital",
    "baby-treatment",
    F,
    overall,
    "Diazepam and pregabalin continue for now. Sedation is the main risk: no bed, sofa or armchair sharing, no "
    "feeding lying down, and the foster carer does the night feeds. Late withdrawal is possible until day 8; "
    "the neonatal team may start the baby on phenobarbital if it is severe, so the foster carer calls them early.",
    "the neonatal team may start the baby on phenobarbital",
)
good(
    "lamotrigine-rejected-preconception-lith",
    "options",
    L,
    lith,
    "Lamotrigine was considered at her preconception review and rejected, as it had not kept her well before. "
    "Lithium 800 mg continues through pregnancy with levels weekly from 36 weeks; the baby has a paediatric "
    "review on day 1 and is formula fed.",
    "an option rejected before pregnancy; lithium kept",
)
good(
    "buprenorphine-switch-weighed-not-advised",
    "options",
    M,
    overall,
    "Continue methadone and sertraline as they are; a switch to buprenorphine was weighed and is not advised this "
    "late in pregnancy. The baby is scored for withdrawal on the ward for at least 72 hours, breastfeeding is "
    "encouraged, and methadone sedation means the baby sleeps in the cot, never her bed.",
    "a switch weighed and not advised, in the overall conclusion",
)
good(
    "lith-breastfeeding-no-formula",
    "feeding",
    L,
    lambda t: chain(
        item(
            "asm-lithium",
            "impact_on_baby.breastfeeding",
            "Breastfeeding: no. Lithium passes into breast milk; formula from birth.",
        ),
        lith(t),
    ),
    "Lithium continues at 800 mg, with levels weekly from 36 weeks and within a day of birth. The baby is bottle "
    "fed as planned and sees the paediatrician on day 1 for tone, feeding and thyroid checks.",
    "'Breastfeeding: no' beside 'bottle fed as planned'",
)
good(
    "meth-overall-she-will-breastfeed",
    "feeding",
    M,
    overall,
    "Methadone and sertraline continue unchanged, and she will breastfeed, which both allow. The baby is scored "
    "for withdrawal on the ward for at least 72 hours. Methadone makes her drowsy after each dose, so no "
    "co-sleeping; the social worker and health visitor see the cot before discharge.",
    "'she will breastfeed' beside items saying compatible",
)
good(
    "foster-carer-not-drowsy",
    "sedation",
    F,
    dzp,
    "Diazepam and pregabalin make the mother drowsy, worst after doses and at night, so she never shares a bed or "
    "sofa with the baby. The foster carer, who is not drowsy and takes no such medicine, does the night feeds. "
    "Both medicines continue for now; late withdrawal is watched for until day 8.",
    "another adult's denial beside the mother's sedation",
)
good(
    "quet-not-sedated-before-dose",
    "sedation",
    P,
    quet,
    "Before his 10 pm dose the father is not sedated and bathes the baby; after it, quetiapine makes him very "
    "hard to wake, so he never sleeps with the baby on a bed or sofa and the mother does all the night feeds. "
    "The health visitor keeps checking this.",
    "a denial limited to before his dose",
)
good(
    "not-disturbed-sofa-rule",
    "partner-sleep",
    P,
    lambda t: item("asm-partner-quetiapine", "impact_on_mother.safe_sleep", t),
    "Because he sleeps in a separate room after his dose, the baby's crying does not disturb him; he must never "
    "fall asleep with the baby on the sofa or in an armchair in the evening, and the mother has the baby at night.",
    "sleeping apart explains why he is not disturbed; the evening rule is decided",
)
good(
    "valp-overall-shares-sentence",
    "shared-plan",
    V,
    overall,
    "Valproate must continue until the neurologist reviews it: stopping suddenly risks seizures. The baby, "
    "exposed in the first weeks, needs the fetal medicine review and a detailed anomaly scan; folic acid 5 mg "
    "daily has started and the annual risk form is on file.",
    "an overall conclusion sharing its opening sentence with the assessment",
)
ok(
    "partner-warfarin-reason",
    "womb-only",
    P,
    partner_med(
        "med-partner-warfarin",
        "Warfarin 3mg tablets",
        "Dose by INR, about 4 mg daily",
        not_of_concern_reason="The father's warfarin harms only a baby carried in the womb; none reaches "
        "this baby, and it does not make him drowsy at night.",
    ),
    "a partner's warfarin, womb-only, with a reason",
)
bad(
    "partner-mycophenolate-reason",
    "womb-only",
    P,
    partner_med(
        "med-partner-mycophenolate",
        "Mycophenolate mofetil 500mg tablets",
        "1 g twice a day",
        not_of_concern_reason="The father's transplant medicine cannot reach the baby after birth and does "
        "not sedate him.",
    ),
    "mycophenolate carries a paternal-exposure warning: a reason cannot clear it (MA101)",
)

# ============================================================================================================
# disguise: a fifth of the good texts in disguise, judged like the plain text, and a few hollow ones.

_HOWS = tuple(DISGUISES)
for _i, (_n, _c, _b, _put, _t, _w) in enumerate(_GOOD[::3]):
    _how = _HOWS[_i % len(_HOWS)]
    ok(f"dis-{_how}-{_n}", "disguise", _b, _put(DISGUISES[_how](_t)), f"{_w}; in {_how} disguise")

bad(
    "dis-cyrillic-sert-copy",
    "disguise",
    M,
    sert(
        DISGUISES["cyrillic"](
            "Sertraline 100 mg daily should carry on through pregnancy. The infant is likely to need observation for "
            "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no bed sharing and the "
            "cot must be checked at the home visit."
        )
    ),
    "a synonym copy of methadone's conclusion in Cyrillic look-alikes (MA121)",
)
bad(
    "dis-zwsp-not-disturbed",
    "disguise",
    P,
    item(
        "asm-partner-quetiapine", "impact_on_mother.safe_sleep", DISGUISES["zwsp"]("He is not disturbed by the baby.")
    ),
    "'not disturbed by the baby' alone, with zero-width spaces (MA123/MA125)",
)
bad(
    "dis-fullwidth-lith-encouraged",
    "disguise",
    L,
    lith(
        DISGUISES["fullwidth"](
            "Lithium goes on at 800 mg with weekly levels from 36 weeks; she is encouraged to breastfeed from birth."
        )
    ),
    "encouraged to breastfeed against the item's advice, in full-width forms (MA127)",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F56CASES)
    for cat in CATEGORIES:
        print(f"{cat:15} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':15} refuse {sum(c.expect == REFUSE for c in F56CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F56CASES):3}"
    )
