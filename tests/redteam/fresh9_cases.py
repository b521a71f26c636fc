"""A ninth independent "fresh" batch of red-team cases for the share gate.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give.
It was written from the clinical intent and the rule catalogue (docs/rules.md, README.md) and the reference notes
(../shared/reference/codes/codelists-more/teratogens.md), not from the gate's code. It covers the medicine groups
the earlier batches covered least:

* other teratogens (methotrexate, warfarin, mycophenolate, isotretinoin, ramipril, topiramate, carbamazepine,
  phenytoin) in an unplanned pregnancy at 8 weeks: a real plan (stop or switch under the specialist, fetal
  medicine, scans, folic acid, breastfeeding) against hollow or wrong-concern conclusions; pre-conception advice;
* opioid analgesics after birth while breastfeeding (co-codamol, codeine, tramadol, dihydrocodeine, morphine,
  oxycodone): the baby's drowsiness and breathing, the mother's sedation and safe sleep, good against hollow;
* sedating antihistamines, over-the-counter sleep aids and antipsychotics, for the mother and the partner:
  good, hollow and dismissed;
* overall conclusions: syntheses of two to four assessments in varied styles against overall conclusions that
  restate one assessment, skip a medicine or only describe the process;
* good conclusions by different professions and in different registers (midwife, pharmacist, psychiatrist, GP
  registrar, health visitor; a formal letter, very short, long, bullets, numbered plans);
* disguise: plain and disguised pairs from the categories above, each pair with one verdict.

Medicines added here are real, written as UK prescribers write them, and recorded uncoded (MA118 warns, never
refuses); no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today
are listed there (strict xfail). Run ``python -m tests.redteam.fresh9_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

from tests.redteam.cases import (
    CASTLE_STREET,
    DERMATOLOGY,
    ELM_PARK,
    MCALLISTER,
    NEUROLOGY,
    PASS,
    REFUSE,
    RIVERSIDE,
    SHAH,
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
    chain,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F9CASES: list[Case] = []

CATEGORIES = (
    "teratogen-good",
    "teratogen-hollow",
    "opioid-postnatal-good",
    "opioid-postnatal-hollow",
    "sedating-good",
    "sedating-hollow",
    "overall-synthesis",
    "overall-partial",
    "profession-register",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F9CASES.append(Case(f"f9-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


# ------------------------------------------------------------------------------------------------------------
# Authors: the examples' own clinicians, and a few more (one registration number each, never shared).

COLE = {  # the clinical pharmacist who attests the postnatal example N
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": RIVERSIDE,
}
PRICE = {  # the health visitor of the partner example P
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "registration": {"body": "NMC", "number": "12A3456B"},
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
OSEI = {  # the perinatal psychiatrist of the lithium example L
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "registration": {"body": "GMC", "number": "7034567"},
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
MIDWIFE = {
    "name": {"given": ["Aisling"], "family": "Brennan"},
    "role": "community-midwife",
    "registration": {"body": "NMC", "number": "15D6032E"},
    "organisation": {"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
}
REGISTRAR = {
    "name": {"prefix": "Dr", "given": ["Tomasz"], "family": "Nowicki"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7192836"},
    "organisation": RIVERSIDE,
}
HV_HAMPTON = {
    "name": {"given": ["Marcia"], "family": "Okonkwo"},
    "role": "health-visitor",
    "registration": {"body": "NMC", "number": "07F1985A"},
    "organisation": {"ods_code": "Y90500", "name": "Hampton Health Visiting Service"},
}
RENAL = {"ods_code": "Y90750", "name": "Castleford Royal Renal Transplant Unit"}
CARDIOLOGY = {"ods_code": "Y90760", "name": "Castleford Royal Cardiology Department"}

MA_, SA_, LA_, FA_, PA_, CA_ = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-diazepam-pregabalin", "asm-partner-quetiapine",
    "asm-citalopram",
)


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def item(aid: str, path: str, value: object) -> Mutation:
    return set_(f"assessments#{aid}.{path}", value)


def asm(aid: str, mids: list[str], *, sed: str, cap: str, summary: str, recs: str, concl: str,
        ss: str | None = None, nwp: str | None = None, bf: str | None = None, author: Record = SHAH,
        date: str = "2026-04-09", pre_conception: bool = False) -> Record:
    """One whole assessment."""
    mother: Record = {"sedation": sed, "parenting_capacity": cap}
    if ss is not None:
        mother["safe_sleep"] = ss
    baby: Record = {"summary": summary}
    if nwp is not None:
        baby["neonatal_withdrawal_plan"] = nwp
    if bf is not None:
        baby["breastfeeding"] = bf
    out: Record = {"id": aid, "medicine_ids": mids, "impact_on_mother": mother, "impact_on_baby": baby,
                   "recommendations": recs, "conclusion": concl, "author": copy.deepcopy(author), "date": date}
    if pre_conception:
        out["pre_conception"] = True
    return out


def assessed(*assessments: Record, ov: str, author: Record = SHAH, date: str = "2026-04-09") -> Mutation:
    """The record's assessments and overall conclusion replaced."""
    return chain(set_("assessments", [copy.deepcopy(a) for a in assessments]),
                 set_("overall_conclusion", {"text": ov, "author": copy.deepcopy(author), "date": date}))


def add_asm(assessment: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["assessments"].append(copy.deepcopy(assessment))

    return mutate


# ============================================================================================================
# Teratogens on the valproate example (V): an unplanned pregnancy at 8 weeks (EDD 2026-12-30), Castle Street
# Surgery, Dr McAllister, 2026-05-20. The valproate is replaced by another teratogen and its assessment
# rewritten; folic acid stays.

T_DATE = "2026-05-20"


def t_med(name: str, dose: str, prescriber: Record, started: str = "2023-02-06", **extra: object) -> Record:
    return medicine("med-valproate", name, dose, started, prescriber, **extra)


def tera(med: Record, *, cap: str, summary: str, bf: str, recs: str, conclusion: str, ov: str,
         ss: str = "Not sedating; no change to safe sleep advice is needed for this medicine.",
         author: Record = MCALLISTER) -> Mutation:
    return chain(replace_medicine("med-valproate", med), assessed(asm(
        "asm-valproate", ["med-valproate"], sed="no", cap=cap, ss=ss, summary=summary, bf=bf, recs=recs,
        concl=conclusion, author=author, date=T_DATE), ov=ov, author=MCALLISTER, date=T_DATE))


MTX = t_med("Methotrexate 2.5mg tablets", "15 mg once weekly on Mondays", other_prescriber(DERMATOLOGY))
MTX_CAP = ("Severe plaque psoriasis controlled on weekly methotrexate for three years; a flare after stopping is "
           "uncomfortable but not dangerous, and dermatology manages any change of treatment.")
MTX_SUMMARY = ("Methotrexate taken up to 8 weeks: it can cause miscarriage and malformations (skull, limbs, heart). "
               "The fetal medicine unit will see her and a detailed anomaly scan at 20 weeks is needed.")
MTX_BF = "Methotrexate is not to be restarted while breastfeeding without dermatology advice; not advised."
MTX_RECS = ("Stop methotrexate today (she took the last dose on Monday). Folic acid 5 mg daily continues. Urgent "
            "referrals: fetal medicine unit and dermatology (emollients and topical treatment meanwhile).")
MTX_GOOD = ("Methotrexate stops today: the baby was exposed until 8 weeks, with a risk of miscarriage and "
            "malformations, so fetal medicine review and a detailed anomaly scan are booked and folic acid 5 mg "
            "continues. Dermatology will manage the psoriasis with treatments safe in pregnancy; methotrexate "
            "stays off while breastfeeding.")
MTX_OV = ("Unplanned pregnancy at 8 weeks on weekly methotrexate for psoriasis. Methotrexate stopped today; fetal "
          "medicine referral and a detailed anomaly scan for the baby; folic acid 5 mg; dermatology to switch her "
          "to treatment safe in pregnancy and breastfeeding.")


def mtx(conclusion: str, *, ov: str = MTX_OV, bf: str = MTX_BF, summary: str = MTX_SUMMARY) -> Mutation:
    return tera(MTX, cap=MTX_CAP, summary=summary, bf=bf, recs=MTX_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-methotrexate-stopped-fetal-medicine", "teratogen-good", V, mtx(MTX_GOOD),
   "methotrexate at 8 weeks: stopped, fetal medicine, anomaly scan, folic acid, dermatology, breastfeeding")

WARF = t_med("Warfarin 3mg tablets", "Dose by INR, about 5 mg daily", other_prescriber(CARDIOLOGY))
WARF_CAP = ("Mechanical mitral valve since 2019; stopping anticoagulation even for days risks a valve clot or "
            "stroke. The cardiology and anticoagulation team manage every change.")
WARF_SUMMARY = ("Warfarin between 6 and 12 weeks can cause warfarin embryopathy (nasal and bone changes), and later "
                "in pregnancy bleeding in the baby's brain. Detailed anomaly scan and fetal growth scans needed.")
WARF_BF = "Warfarin passes into breast milk only in tiny amounts; compatible with breastfeeding after birth."
WARF_RECS = ("Do not stop warfarin without cover. Same-day call to the cardiology anticoagulation team, who are "
             "switching her to treatment-dose low molecular weight heparin injections today; joint obstetric and "
             "cardiology clinic; detailed anomaly scan.")
WARF_GOOD = ("Warfarin is being switched today to heparin injections by the cardiology team, never simply stopped, "
             "because her mechanical valve could clot. The baby has been exposed at 8 weeks, inside the window for "
             "warfarin embryopathy, so the detailed anomaly scan and growth scans matter; warfarin is compatible "
             "with breastfeeding if restarted after birth.")
WARF_OV = ("Pregnant at 8 weeks with a mechanical valve on warfarin. Switched to heparin injections today under "
           "cardiology (not stopped); joint obstetric cardiology clinic; detailed anomaly and growth scans for the "
           "baby; breastfeeding possible on warfarin later.")


def warf(conclusion: str, *, ov: str = WARF_OV, summary: str = WARF_SUMMARY) -> Mutation:
    return tera(WARF, cap=WARF_CAP, summary=summary, bf=WARF_BF, recs=WARF_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-warfarin-switched-to-heparin", "teratogen-good", V, warf(WARF_GOOD),
   "warfarin with a mechanical valve: switched under cardiology, embryopathy window, scans, breastfeeding")

MMF = t_med("Mycophenolate mofetil 500mg tablets", "1 g twice a day", other_prescriber(RENAL))
MMF_CAP = ("Kidney transplant in 2021. Stopping immunosuppression without cover risks rejection of the kidney; "
           "the transplant team manage every change.")
MMF_SUMMARY = ("Mycophenolate in early pregnancy carries a high risk of miscarriage and of malformations (ears, lip "
               "and palate, heart). Urgent fetal medicine review and a detailed anomaly scan are needed.")
MMF_BF = "Mycophenolate is not advised while breastfeeding; the transplant team will plan feeding before birth."
MMF_RECS = ("Urgent same-day call to the transplant team: mycophenolate to be replaced by azathioprine under their "
            "supervision, with kidney function checked weekly for a month. Fetal medicine referral today.")
MMF_GOOD = ("Mycophenolate is being switched to azathioprine by the transplant team this week, with close kidney "
            "checks, because stopping it alone risks rejection. The baby was exposed until 8 weeks, with a high "
            "risk of miscarriage and malformations, so fetal medicine review and a detailed anomaly scan are booked. "
            "Mycophenolate is not used while breastfeeding.")
MMF_OV = ("8 weeks pregnant after a kidney transplant, on mycophenolate: transplant team switching it to "
          "azathioprine now; urgent fetal medicine review and detailed anomaly scan for the baby; feeding plan to be "
          "agreed with the transplant team before birth, as mycophenolate is not advised in breast milk.")


def mmf(conclusion: str, *, ov: str = MMF_OV, bf: str = MMF_BF) -> Mutation:
    return tera(MMF, cap=MMF_CAP, summary=MMF_SUMMARY, bf=bf, recs=MMF_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-mycophenolate-transplant-switch", "teratogen-good", V, mmf(MMF_GOOD),
   "mycophenolate after a transplant: switched by the transplant team, not stopped alone; fetal medicine")

ISO = t_med("Isotretinoin 20mg capsules", "20 mg once daily", other_prescriber(DERMATOLOGY), started="2026-01-12")
ISO_CAP = ("Severe nodular acne; on the pregnancy prevention programme with a negative test on 2026-03-09, but she "
           "missed pills in March. Stopping is safe for her; dermatology manages the acne from now.")
ISO_SUMMARY = ("Isotretinoin in early pregnancy carries a very high risk of severe malformations (brain, face, heart) "
               "and of miscarriage. Urgent fetal medicine counselling about the options is needed.")
ISO_BF = "Isotretinoin is not to be taken while breastfeeding."
ISO_RECS = ("Stop isotretinoin today and return the remaining capsules to the pharmacy. Urgent fetal medicine "
            "referral; dermatology informed under the pregnancy prevention programme; yellow card report.")
ISO_GOOD = ("Isotretinoin stopped today. The baby was exposed in the first weeks, when the risk of serious "
            "malformation is very high, so she is being seen urgently in fetal medicine to talk through her "
            "options and scans; dermatology and the pregnancy prevention programme have been told. Not to be "
            "restarted while breastfeeding.")
ISO_OV = ("Pregnancy at 8 weeks during isotretinoin treatment despite the pregnancy prevention programme. Isotretinoin "
          "stopped; urgent fetal medicine counselling and scans for the baby; dermatology informed; no isotretinoin "
          "while breastfeeding.")


def iso(conclusion: str, *, ov: str = ISO_OV) -> Mutation:
    return tera(ISO, cap=ISO_CAP, summary=ISO_SUMMARY, bf=ISO_BF, recs=ISO_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-isotretinoin-ppp-failure", "teratogen-good", V, iso(ISO_GOOD),
   "isotretinoin pregnancy despite the PPP: stopped, urgent fetal medicine, dermatology told, breastfeeding")

RAM = t_med("Ramipril 5mg capsules", "5 mg once daily", gp_prescriber(CASTLE_STREET))
RAM_CAP = ("Essential hypertension, blood pressure 132/84 on ramipril. Untreated, high blood pressure would risk "
           "her and the pregnancy; the GP manages the switch and the midwife checks her pressure.")
RAM_SUMMARY = ("ACE inhibitors in the first trimester carry a small risk of malformation; from the second trimester "
               "they can damage the baby's kidneys and reduce the fluid around the baby. A detailed anomaly scan is "
               "needed.")
RAM_BF = "After birth enalapril is the ACE inhibitor used in breastfeeding; ramipril is not, so review at discharge."
RAM_RECS = ("Stop ramipril today and start labetalol 100 mg twice a day. Midwife to check blood pressure in one week; "
            "early booking and aspirin 150 mg from 12 weeks per the antenatal clinic; detailed anomaly scan.")
RAM_GOOD = ("Ramipril is switched today to labetalol, which is safe in pregnancy, because ACE inhibitors can harm the "
            "baby's kidneys later in pregnancy; blood pressure rechecked by the midwife in a week. First-trimester "
            "exposure so far is low risk, and the detailed anomaly scan will look at the baby. Ramipril is not used "
            "while breastfeeding.")
RAM_OV = ("Pregnant at 8 weeks on ramipril for high blood pressure: ramipril replaced with labetalol today; blood "
          "pressure check in one week; detailed anomaly scan for the baby; blood pressure medicine reviewed for "
          "breastfeeding at discharge.")


def ram(conclusion: str, *, ov: str = RAM_OV) -> Mutation:
    return tera(RAM, cap=RAM_CAP, summary=RAM_SUMMARY, bf=RAM_BF, recs=RAM_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-ramipril-switched-labetalol", "teratogen-good", V, ram(RAM_GOOD),
   "an ACE inhibitor at 8 weeks: switched to labetalol, kidney risk later in pregnancy explained, scan, feeding")

TPM_MIG = t_med("Topiramate 50mg tablets", "50 mg twice a day (migraine prevention)", gp_prescriber(CASTLE_STREET))
TPM_CAP = ("Chronic migraine, down from 12 to 3 days a month on topiramate. Migraine may return after stopping; "
           "the GP manages the change and paracetamol is used for attacks.")
TPM_SUMMARY = ("Topiramate in pregnancy raises the chance of cleft lip and palate and of a small baby, and children "
               "exposed have a 2 to 3 times higher risk of learning difficulties, autism and ADHD. Detailed anomaly "
               "scan and growth scans needed.")
TPM_BF = "Topiramate will not be restarted while breastfeeding; migraine prevention reviewed after birth."
TPM_RECS = ("Stop topiramate now: it is contraindicated in pregnancy for migraine. Taper over a week to limit rebound "
            "headache. Detailed anomaly scan and third-trimester growth scans; report under the pregnancy "
            "prevention programme.")
TPM_GOOD = ("Topiramate is stopped over a week, since it must not be used for migraine in pregnancy. The baby was "
            "exposed for 8 weeks, which raises the risk of cleft lip and palate, a small baby and later learning "
            "difficulties, so a detailed anomaly scan and growth scans are booked. Migraine prevention will be "
            "reviewed after birth, with topiramate not restarted while breastfeeding.")
TPM_OV = ("Unplanned pregnancy at 8 weeks on topiramate for migraine: topiramate tapered off this week; detailed "
          "anomaly and growth scans for the baby; no topiramate while breastfeeding; migraine prevention reviewed "
          "after birth.")


def tpm(conclusion: str, *, ov: str = TPM_OV) -> Mutation:
    return tera(TPM_MIG, cap=TPM_CAP, summary=TPM_SUMMARY, bf=TPM_BF, recs=TPM_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-topiramate-migraine-stopped", "teratogen-good", V, tpm(TPM_GOOD),
   "topiramate for migraine: stopped (contraindicated), the baby's risks named, scans, breastfeeding")

TPM_EPI = t_med("Topamax 100mg tablets", "100 mg twice a day", other_prescriber(NEUROLOGY))
ok("teratogen-topamax-epilepsy-continue", "teratogen-good", V, tera(
    TPM_EPI,
    cap="Juvenile myoclonic epilepsy; seizure-free for 18 months on Topamax. A seizure in pregnancy endangers her "
        "and the baby; the epilepsy team manages any change.",
    summary="Topiramate raises the chance of cleft lip and palate, low birth weight and later learning difficulties; "
            "detailed anomaly scan at 20 weeks and growth scans from 28 weeks.",
    bf="Topiramate passes into breast milk; breastfeeding is possible with the baby watched for drowsiness, poor "
       "feeding and poor weight gain.",
    recs="Do not stop topiramate suddenly. Urgent epilepsy nurse review this week to consider a safer medicine; "
         "folic acid 5 mg daily; detailed anomaly and growth scans.",
    conclusion="Topamax (topiramate) continues until the epilepsy team review it this week: stopping it suddenly "
               "could bring on seizures, which are dangerous for her and the baby. The baby carries a higher risk "
               "of cleft lip, a small size and later learning difficulties, so anomaly and growth scans are booked "
               "and folic acid 5 mg started. Breastfeeding is possible with the baby watched.",
    ov="Topiramate for epilepsy at 8 weeks: continued, never stopped suddenly, until urgent epilepsy review; "
       "anomaly and growth scans for the baby; folic acid 5 mg; breastfeeding with the baby watched."),
    "topiramate by brand for epilepsy: not stopped suddenly, urgent specialist review, scans, folic acid")

CBZ = t_med("Carbamazepine 200mg prolonged-release tablets", "400 mg twice a day", other_prescriber(NEUROLOGY))
CBZ_CAP = ("Focal epilepsy, one seizure in the last three years on carbamazepine. Stopping suddenly risks seizures; "
           "the epilepsy nurse manages any change.")
CBZ_SUMMARY = ("Carbamazepine in the first trimester roughly doubles the background chance of a major malformation "
               "(about 4 to 5 in 100), including spina bifida. Detailed anomaly scan at 20 weeks.")
CBZ_BF = "Carbamazepine is compatible with breastfeeding; watch the baby for sleepiness and poor feeding."
CBZ_RECS = ("Continue carbamazepine 400 mg twice a day. Epilepsy nurse review within two weeks; folic acid 5 mg "
            "daily; detailed anomaly scan; vitamin K for the baby at birth as usual.")
CBZ_GOOD = ("Carbamazepine continues at the same dose: a seizure in pregnancy is a bigger danger to her and the baby "
            "than the drug. The baby's chance of a malformation such as spina bifida is about twice the background, "
            "so folic acid 5 mg is started and the 20-week anomaly scan will check. Breastfeeding is fine, watching "
            "the baby for sleepiness.")
CBZ_OV = ("Pregnant at 8 weeks on carbamazepine for epilepsy: continue unchanged; epilepsy nurse within two weeks; "
          "folic acid 5 mg; anomaly scan at 20 weeks for the baby; breastfeeding supported.")


def cbz(conclusion: str, *, ov: str = CBZ_OV) -> Mutation:
    return tera(CBZ, cap=CBZ_CAP, summary=CBZ_SUMMARY, bf=CBZ_BF, recs=CBZ_RECS, conclusion=conclusion, ov=ov)


ok("teratogen-carbamazepine-continue-scan", "teratogen-good", V, cbz(CBZ_GOOD),
   "carbamazepine: continued because seizures are the greater danger, malformation risk, scan, feeding")

PHT = t_med("Phenytoin sodium 100mg capsules", "300 mg at night", other_prescriber(NEUROLOGY))
PHT_CAP = ("Epilepsy since childhood, seizure-free on phenytoin. Levels fall in pregnancy and a seizure would "
           "endanger her and the baby; neurology manages the dose.")
PHT_SUMMARY = ("Phenytoin can cause fetal hydantoin syndrome (face, fingers, growth) and raises the chance of heart "
               "and lip malformations. Detailed anomaly scan and growth scans; vitamin K for the baby at birth.")
PHT_BF = "Phenytoin is compatible with breastfeeding; watch the baby for drowsiness and poor sucking."
PHT_RECS = ("Continue phenytoin; levels each trimester with dose changes by neurology. Folic acid 5 mg. Detailed "
            "anomaly scan and growth scans. Paediatrician to give vitamin K at birth.")
ok("teratogen-phenytoin-levels-scans", "teratogen-good", V, tera(
    PHT, cap=PHT_CAP, summary=PHT_SUMMARY, bf=PHT_BF, recs=PHT_RECS,
    conclusion="Phenytoin carries on with levels every trimester, since seizures would put her and the baby at risk "
               "and levels drop in pregnancy. The unborn baby may be affected (face, fingers, growth, heart), so "
               "anomaly and growth scans are booked; vitamin K at birth. She can breastfeed, watching the baby for "
               "drowsiness.",
    ov="Phenytoin at 8 weeks: continue with trimester levels managed by neurology; folic acid 5 mg; anomaly and "
       "growth scans for the baby; vitamin K at birth; breastfeeding supported."),
    "phenytoin: continued with levels, hydantoin risks, scans, vitamin K, breastfeeding")

# Pre-conception: ramipril switched at a pre-conception consultation, marked as such; the current overall
# conclusion covers it. Conception on the V example is about 2026-03-25.
RAM_STOPPED = t_med("Ramipril 5mg capsules", "5 mg once daily", gp_prescriber(CASTLE_STREET), stopped="2026-01-08")
RAM_PRE = asm(
    "asm-valproate", ["med-valproate"], sed="no", author=MCALLISTER, date="2026-01-08", pre_conception=True,
    cap="Planning a pregnancy this year; blood pressure 130/82 on ramipril. The GP manages the switch; untreated "
        "pressure would risk a future pregnancy.",
    ss="Not sedating; safe sleep advice unchanged by this medicine.",
    summary="Ramipril can harm a baby's kidneys and the fluid around it if taken in pregnancy; switching before "
            "conception means no exposure.",
    bf="Ramipril is not used while breastfeeding; enalapril is the usual choice after birth if needed.",
    recs="Stop ramipril today; start labetalol 100 mg twice a day; folic acid 400 micrograms daily while trying; "
         "see the midwife as soon as pregnant.",
    concl="Pre-conception advice: ramipril is swapped for labetalol now, before she tries to conceive, so a future "
          "baby is never exposed to an ACE inhibitor, which can damage the unborn baby's kidneys. Blood pressure "
          "checked in two weeks; ramipril is also avoided while breastfeeding.")
ok("teratogen-ramipril-pre-conception-switch", "teratogen-good", V, chain(
    replace_medicine("med-valproate", RAM_STOPPED),
    set_("assessments", [copy.deepcopy(RAM_PRE)]),
    set_("overall_conclusion", {
        "text": "Ramipril was stopped in January at a pre-conception visit and replaced with labetalol, so the baby "
                "has not been exposed to it. Now 8 weeks pregnant: labetalol continues, blood pressure at each "
                "antenatal visit, routine anomaly scan; folic acid 5 mg.",
        "author": copy.deepcopy(MCALLISTER), "date": T_DATE})),
    "pre-conception advice marked pre_conception, and a current overall conclusion (MA212 exempts it)")
bad("teratogen-ramipril-pre-conception-unmarked", "teratogen-hollow", V, chain(
    replace_medicine("med-valproate", RAM_STOPPED),
    set_("assessments", [{k: v for k, v in RAM_PRE.items() if k != "pre_conception"}]),
    set_("overall_conclusion", {
        "text": "Ramipril stopped in January before conception and swapped to labetalol; the baby was not exposed. "
                "Labetalol continues with blood pressure at every antenatal visit and the usual anomaly scan.",
        "author": copy.deepcopy(MCALLISTER), "date": T_DATE})),
    "the same January assessment not marked pre-conception: dated before the pregnancy (MA212)")

# Hollow or wrong-concern teratogen conclusions (the items stay good, so the conclusion is what is judged).
bad("teratogen-methotrexate-counselled-continue", "teratogen-hollow", V, mtx(
    "Methotrexate reviewed with the patient. Counselled. Continue for now and review at booking."),
    "reviewed, counselled, continue a teratogen: nothing for the baby (MA104/MA124)")
bad("teratogen-methotrexate-bf-not-applicable", "teratogen-hollow", V, mtx(MTX_GOOD.replace(
    "; methotrexate stays off while breastfeeding.", "."), bf="Not applicable."),
    "feeding not yet known, and the breastfeeding item says 'Not applicable.' (MA123)")
bad("teratogen-warfarin-inr-only", "teratogen-hollow", V, warf(
    "Warfarin: INR stable in range at 2.5 to 3.5; anticoagulation clinic continues weekly monitoring and dosing."),
    "the INR and the clinic, nothing about the baby or the switch (MA124)")
bad("teratogen-warfarin-overall-referred", "teratogen-hollow", V, warf(
    WARF_GOOD, ov="Warfarin reviewed as part of the booking appointment. Referred on. Awaiting cardiology."),
    "overall conclusion: reviewed, referred, awaiting (MA103/MA104/MA124)")
bad("teratogen-mycophenolate-team-aware", "teratogen-hollow", V, mmf(
    "Mycophenolate: no concerns, transplant team aware."),
    "a dismissal and a note that a team knows (MA103)")
bad("teratogen-isotretinoin-skin-only", "teratogen-hollow", V, iso(
    "Isotretinoin has cleared most of the nodules; skin care and lip balm advice given; complete the course."),
    "the skin, not the baby: and completing the course would be wrong (MA124)")
bad("teratogen-ramipril-bp-only", "teratogen-hollow", V, ram(
    "Ramipril continues; blood pressure 128/80 and kidney function normal on the latest bloods."),
    "her blood pressure and kidneys, not the baby's (MA124)")
bad("teratogen-topiramate-migraine-diary", "teratogen-hollow", V, tpm(
    "Topiramate has cut her migraine days from twelve to three a month; she is delighted and wishes to carry on."),
    "the migraine diary; the pregnancy is not mentioned (MA124)")
bad("teratogen-carbamazepine-see-neurology-letter", "teratogen-hollow", V, cbz(
    "Carbamazepine - please see the neurology clinic letter for the plan."),
    "a pointer to a letter nobody receives (MA103)")
bad("teratogen-carbamazepine-driving-advice", "teratogen-hollow", V, cbz(
    "Carbamazepine can make her dizzy; she should not drive until seizure-free for a year and must take tablets "
    "at the same times daily."),
    "the mother's driving, not the baby (MA124)")
bad("teratogen-phenytoin-levels-pending", "teratogen-hollow", V, tera(
    PHT, cap=PHT_CAP, summary=PHT_SUMMARY, bf=PHT_BF, recs=PHT_RECS,
    conclusion="Phenytoin levels pending; plan to follow once the results are back.",
    ov="Phenytoin at 8 weeks: continue with trimester levels; folic acid 5 mg; anomaly and growth scans for the "
       "baby; vitamin K at birth; breastfeeding supported."),
    "pending results, plan to follow (MA103)")
bad("teratogen-mycophenolate-unassessed", "teratogen-hollow", V, add_medicine(medicine(
    "med-mycophenolate", "CellCept 500mg tablets", "1 g twice a day", "2021-06-14", other_prescriber(RENAL))),
    "mycophenolate by brand beside valproate, never assessed (MA101)")
bad("teratogen-methotrexate-summary-no-concerns", "teratogen-hollow", V, mtx(
    MTX_GOOD, summary="No concerns for the baby."),
    "the impact on the baby dismissed (MA105)")

# ============================================================================================================
# Opioid analgesics after birth on the postnatal example (N): delivered 2026-04-02, breastfed, Riverside.

O_DATE = "2026-04-09"


def n_med(mid: str, name: str, dose: str, *, started: str = "2026-04-03", **extra: object) -> Record:
    return medicine(mid, name, dose, started, gp_prescriber(RIVERSIDE), **extra)


POST_NWP = ("Started after the birth, so the baby was not exposed in the womb and needs no withdrawal scoring; "
            "midwife watches feeding and alertness at each visit.")


def o_asm(mid: str, *, cap: str, summary: str, bf: str, recs: str, conclusion: str, sed: str = "yes",
          ss: str = "Not to sleep with the baby in her bed or on the sofa after a dose; Moses basket beside the bed.",
          nwp: str | None = POST_NWP, author: Record = SHAH) -> Record:
    return asm(f"asm-{mid[4:]}", [mid], sed=sed, cap=cap, ss=ss, nwp=nwp, summary=summary, bf=bf, recs=recs,
               concl=conclusion, author=author, date=O_DATE)


def on_n(meds: list[Record], assessments: list[Record], ov: str, author: Record = SHAH) -> Mutation:
    return chain(*[add_medicine(m) for m in meds], assessed(*assessments, ov=ov, author=author, date=O_DATE))


COCOD = n_med("med-co-codamol", "Co-codamol 30mg/500mg tablets", "Two tablets four times a day",
              stopped="2026-04-09")
COCOD_A: dict[str, Any] = dict(
    cap="Caesarean section on 2 April; took co-codamol for a week and felt drowsy after doses.",
    summary="Codeine passes into breast milk and in some mothers is turned into morphine quickly; breastfed babies "
            "have become very drowsy and stopped breathing properly.",
    bf="Codeine is not advised while breastfeeding; stopped today.",
    recs="Stop co-codamol today. Paracetamol 1 g four times a day and ibuprofen 400 mg three times a day with food "
         "instead. Midwife to check the baby's feeding and alertness tomorrow.")
COCOD_GOOD = ("Co-codamol stopped today because the codeine in it can make a breastfed baby too sleepy to feed or "
              "breathe well; paracetamol and ibuprofen instead. Midwife checks the baby tomorrow for sleepiness and "
              "feeding. While she still feels drowsy the baby sleeps in the Moses basket, never in her bed.")
COCOD_OV = ("Co-codamol after her caesarean is stopped in favour of paracetamol and ibuprofen, as codeine in breast "
            "milk can sedate the baby; the midwife checks the baby's feeding and alertness; no bed-sharing while "
            "she is drowsy.")


def cocod(conclusion: str, *, ov: str = COCOD_OV, **over: str) -> Mutation:
    fields: dict[str, Any] = {**COCOD_A, **over}
    return on_n([COCOD], [o_asm("med-co-codamol", conclusion=conclusion, **fields)], ov)


ok("opioid-co-codamol-stopped-breastfeeding", "opioid-postnatal-good", N, cocod(COCOD_GOOD),
   "co-codamol after a caesarean stopped for breastfeeding (MHRA: codeine), baby checked, safe sleep")

COD = n_med("med-codeine", "Codeine phosphate 30mg tablets", "30 mg four times a day when needed")
COD_A: dict[str, Any] = dict(
    cap="Third-degree tear; pain limits walking. Codeine makes her light-headed.",
    summary="Codeine reaches the baby through breast milk; a few babies become very sleepy, feed poorly and breathe "
            "slowly. The baby is 7 days old and feeding well so far.",
    bf="Codeine is not recommended while breastfeeding; replaced today.",
    recs="Stop codeine; regular paracetamol and ibuprofen; laxative continues. Midwife to weigh the baby on day 10.")
ok("opioid-codeine-replaced-watch-breathing", "opioid-postnatal-good", N, on_n(
    [COD], [o_asm("med-codeine", **COD_A, conclusion=(
        "Codeine is replaced today by paracetamol and ibuprofen: through breast milk it can leave a baby floppy, "
        "too sleepy to feed and breathing slowly. If the baby is hard to wake or breathing oddly she rings 999. "
        "No sleeping with the baby while she is light-headed."))],
    "Codeine for her tear is replaced with paracetamol and ibuprofen because of the risk to the breastfed baby "
    "(sleepiness, slow breathing); midwife weighs the baby on day 10; baby sleeps in the Moses basket."),
    "codeine replaced, parents told what to watch for in the baby (drowsy, breathing)")

TRAM = n_med("med-tramadol", "Tramadol 50mg capsules", "50 mg up to four times a day", stopped="2026-04-12")
TRAM_A: dict[str, Any] = dict(
    cap="Caesarean pain not controlled by paracetamol and ibuprofen alone. Tramadol makes her a little drowsy.",
    summary="Tramadol and its active breakdown product pass into breast milk in small amounts; a breastfed newborn "
            "can become drowsy or breathe less well, though this is uncommon with a short course.",
    bf="Breastfeeding can continue during the short course; watch the baby for sleepiness and poor feeding.",
    recs="Lowest dose, three more days only, then stop. Midwife to see mother and baby on day 10.")
TRAM_GOOD = ("Tramadol 50 mg for three more days only, then it stops. Breastfeeding carries on, but the baby is "
             "watched for unusual sleepiness, poor feeding or slow breathing, and the midwife sees them on day 10. "
             "Because it makes her drowsy, she does not sleep with the baby in her bed or on the sofa.")
TRAM_OV = ("Short tramadol course ends on 12 April. Breastfeeding continues with the baby watched for drowsiness and "
           "breathing; no bed or sofa sharing while she is drowsy; midwife visit on day 10.")


def tram(conclusion: str, *, ov: str = TRAM_OV, **over: str) -> Mutation:
    fields: dict[str, Any] = {**TRAM_A, **over}
    return on_n([TRAM], [o_asm("med-tramadol", conclusion=conclusion, **fields)], ov)


ok("opioid-tramadol-short-course-watch", "opioid-postnatal-good", N, tram(TRAM_GOOD),
   "a three-day tramadol course while breastfeeding with the baby's signs and safe sleep")

DHC = n_med("med-dihydrocodeine", "Dihydrocodeine 30mg tablets", "30 mg every six hours when needed",
            stopped="2026-04-13")
ok("opioid-dihydrocodeine-four-days", "opioid-postnatal-good", N, on_n(
    [DHC], [o_asm("med-dihydrocodeine",
                  cap="Perineal repair pain; dihydrocodeine helps at night. Slightly sleepy for an hour after it.",
                  summary="Small amounts reach the baby in breast milk; with regular doses over several days a "
                          "newborn may become drowsy and feed less.",
                  bf="Compatible for a few days at the lowest dose, watching the baby closely.",
                  recs="Use only when paracetamol and ibuprofen are not enough; stop by 13 April. Midwife to review "
                       "the baby's feeding and weight on day 10.",
                  conclusion="Dihydrocodeine may be used for four more days at most, only when paracetamol and "
                             "ibuprofen fall short. The breastfed baby may get sleepy or feed less, so the midwife "
                             "checks weight and feeding on day 10; after a dose she puts the baby down in the "
                             "Moses basket rather than sleeping with it.")],
    "Dihydrocodeine as needed until 13 April; the baby's feeding and weight checked on day 10; no co-sleeping "
    "after a dose."),
    "dihydrocodeine short course: baby's drowsiness and feeding, safe sleep")

MORPH = n_med("med-morphine", "Oramorph 10mg/5ml oral solution", "2.5 to 5 mg every four hours when needed",
              stopped="2026-04-11")
MORPH_A: dict[str, Any] = dict(
    cap="Emergency caesarean with a wound haematoma; oral morphine for breakthrough pain. Drowsy for two hours "
        "after a dose.",
    summary="Oral morphine passes into breast milk in small amounts and is poorly absorbed by the baby; occasional "
            "small doses are unlikely to affect a term baby, but regular doses can make it sleepy.",
    bf="Small occasional doses are compatible with breastfeeding; feed before a dose where possible.",
    recs="Oramorph only for breakthrough pain until 11 April; partner to be present for night feeds after a dose. "
         "Midwife review on day 10.")
MORPH_GOOD = ("Oramorph (morphine) stays for breakthrough pain until 11 April only. Breastfeeding continues, feeding "
              "before a dose, and the baby is checked for sleepiness; after a dose her partner stays awake for the "
              "night feed and the baby goes back in its own cot, never in her bed.")
MORPH_OV = ("Occasional oral morphine until 11 April: breastfeeding continues with the baby watched for sleepiness; "
            "partner does the night feed after a dose; baby always in its own cot.")


def morph(conclusion: str, *, ov: str = MORPH_OV, **over: str) -> Mutation:
    fields: dict[str, Any] = {**MORPH_A, **over}
    return on_n([MORPH], [o_asm("med-morphine", conclusion=conclusion, **fields)], ov)


ok("opioid-oramorph-breakthrough", "opioid-postnatal-good", N, morph(MORPH_GOOD),
   "morphine by brand for breakthrough pain: feeding before doses, partner for nights, cot")

OXY = n_med("med-oxycodone", "OxyContin 10mg modified-release tablets", "10 mg twice a day, reducing",
            started="2025-09-15")
OXY_A: dict[str, Any] = dict(
    cap="Chronic back pain after spinal surgery; on oxycodone throughout pregnancy, now reducing with the pain "
        "clinic. Sleepy in the evenings.",
    summary="The baby was exposed to oxycodone in the womb and may show late withdrawal (jittery, unsettled, poor "
            "feeding) up to day 8 and beyond; oxycodone in breast milk can also make the baby drowsy.",
    nwp="Observed on the ward for 5 days with no signs; health visitor and midwife look for late withdrawal and "
        "drowsiness until day 28.",
    bf="Breastfeeding supported on the reducing dose; stop feeding and seek help if the baby is hard to wake.",
    recs="Pain clinic reduction by 5 mg a fortnight; no change without them. Health visitor told today.")
OXY_GOOD = ("OxyContin (oxycodone) continues on the pain clinic's slow reduction. Exposed in the womb, the baby may "
            "still show late withdrawal or drowsiness, so the midwife and health visitor check until day 28. "
            "Breastfeeding goes on; in the evenings, when she is sleepy, the baby sleeps in its cot and never on the "
            "sofa with her.")
OXY_OV = ("Oxycodone reducing under the pain clinic; baby exposed in pregnancy, so checks for late withdrawal and "
          "drowsiness to day 28; breastfeeding continues; no sofa or bed sharing when she is sleepy.")


def oxy(conclusion: str, *, ov: str = OXY_OV, **over: str) -> Mutation:
    fields: dict[str, Any] = {**OXY_A, **over}
    return on_n([OXY], [o_asm("med-oxycodone", conclusion=conclusion, **fields)], ov)


ok("opioid-oxycontin-exposed-reducing", "opioid-postnatal-good", N, oxy(OXY_GOOD),
   "oxycodone through pregnancy and after: late withdrawal checks, breastfeeding, safe sleep")

ok("opioid-zydol-terse", "opioid-postnatal-good", N, on_n(
    [n_med("med-tramadol", "Zydol 50mg capsules", "50 mg QDS PRN", stopped="2026-04-11")],
    [o_asm("med-tramadol", **TRAM_A, conclusion=(
        "Zydol (tramadol) PRN to 11/4 then stop. BF OK; watch baby for drowsiness, poor feeds, slow breathing. No "
        "co-sleeping post dose. MW r/v D10."))],
    "Tramadol (Zydol) to 11/4; baby watched for drowsiness and breathing; no co-sleeping; MW D10."),
    "tramadol by brand in shorthand, every decision there")

# Hollow opioid conclusions.
bad("opioid-co-codamol-pain-controlled", "opioid-postnatal-hollow", N, cocod(
    "Co-codamol for post-section pain. Pain now controlled. Continue PRN as required."),
    "pain control only: nothing for the breastfed baby (MA124)")
bad("opioid-tramadol-no-concerns-short-course", "opioid-postnatal-hollow", N, tram(
    "Tramadol: no concerns, short course only."),
    "a dismissal with 'short course' as its only reason (MA103)")
bad("opioid-codeine-fine-continue", "opioid-postnatal-hollow", N, on_n(
    [COD], [o_asm("med-codeine", **COD_A, conclusion="Codeine ok to continue, fine.")],
    "Codeine for her tear; baby sleeps in the Moses basket; midwife weighs the baby on day 10 and checks feeding."),
    "'ok to continue, fine': too little (MA104/MA124)")
bad("opioid-dihydrocodeine-discharge-letter", "opioid-postnatal-hollow", N, on_n(
    [DHC], [o_asm("med-dihydrocodeine",
                  cap="Perineal repair pain; dihydrocodeine at night.",
                  summary="Small amounts reach the baby in breast milk; regular doses may make a newborn drowsy.",
                  bf="Compatible for a few days at the lowest dose, watching the baby closely.",
                  recs="Stop by 13 April; midwife to review feeding on day 10.",
                  conclusion="Dihydrocodeine - as per the ward discharge letter.")],
    "Dihydrocodeine until 13 April; baby watched for drowsiness; no co-sleeping after a dose."),
    "a pointer to the discharge letter (MA103)")
bad("opioid-oramorph-bf-na", "opioid-postnatal-hollow", N, morph(
    "Oramorph for breakthrough pain until 11 April; after a dose her partner does the night feed and the baby "
    "sleeps in its own cot.", bf="N/A"),
    "the breastfeeding item dismissed with 'N/A' for a breastfed baby (MA123)")
bad("opioid-oxycontin-safe-sleep-not-relevant", "opioid-postnatal-hollow", N, oxy(
    "OxyContin (oxycodone) continues on the slow reduction; the midwife and health visitor check the baby for late "
    "withdrawal and drowsiness until day 28 and breastfeeding goes on.",
    ss="Not relevant."),
    "the safe sleep item of a sedating opioid dismissed (MA123)")
bad("opioid-tramadol-sedation-no-but-drowsy", "opioid-postnatal-hollow", N, on_n(
    [TRAM], [asm("asm-tramadol", ["med-tramadol"], sed="no", date=O_DATE, nwp=POST_NWP,
                 cap="Very drowsy and hard to rouse for two hours after each tramadol capsule.",
                 ss="Baby sleeps in the Moses basket; never in her bed after a dose.",
                 summary=TRAM_A["summary"], bf=TRAM_A["bf"], recs=TRAM_A["recs"], concl=TRAM_GOOD)], TRAM_OV),
    "sedation coded 'no' beside 'very drowsy and hard to rouse' (MA127)")
bad("opioid-oxycontin-withdrawal-paeds-aware", "opioid-postnatal-hollow", N, oxy(
    OXY_GOOD.replace("OxyContin (oxycodone) continues", "Oxycodone (OxyContin) goes on"), nwp="Paeds aware."),
    "a withdrawal plan that only says paediatrics know (MA125)")
bad("opioid-tramadol-unassessed-with-reason", "opioid-postnatal-hollow", N, add_medicine(n_med(
    "med-tramadol", "Tramadol 50mg capsules", "50 mg four times a day",
    not_of_concern_reason="Post-operative pain relief for five days only after her caesarean.")),
    "an opioid while breastfeeding waved through with a reason (MA101)")
bad("opioid-co-codamol-overall-pain-relief", "opioid-postnatal-hollow", N, cocod(
    COCOD_GOOD.replace("Co-codamol stopped today", "Co-codamol is stopped from today"),
    ov="Co-codamol reviewed: pain relief adequate, plan discussed and agreed."),
    "overall conclusion about pain relief and process (MA104/MA124)")

# ============================================================================================================
# Sedating antihistamines, over-the-counter sleep aids and antipsychotics.
# P: the father on quetiapine, postnatal (delivered 2026-05-18, mixed feeding), Millbrook, 2026-05-28.

P_DATE = "2026-05-28"


def p_partner_med(mid: str, name: str, dose: str, started: str = "2025-12-01") -> Record:
    return medicine(mid, name, dose, started, other_prescriber(ELM_PARK), taken_by="partner")


def partner_second(med: Record, *, cap: str, ss: str, conclusion: str, ov: str, sed: str = "yes") -> Mutation:
    return chain(add_medicine(med), add_asm(asm(
        f"asm-{med['id'][4:]}", [med["id"]], sed=sed, author=PRICE, date=P_DATE, cap=cap, ss=ss,
        summary="The baby is not exposed to the father's medicine; the danger is co-sleeping with a sedated adult.",
        recs="Health visitor to ask at each visit how often he takes it and where the baby sleeps.",
        concl=conclusion)), overall(ov))


PROM = p_partner_med("med-partner-promethazine", "Phenergan 25mg tablets", "25 mg at night when he cannot sleep")
PROM_CAP = "He takes Phenergan two or three nights a week to sleep; groggy and hard to wake until morning."
PROM_SS = ("On any night he takes it, he never sleeps with the baby on a bed, sofa or armchair and does no night "
           "feeds; the baby sleeps in its crib on the mother's side.")
PROM_OV = ("Both the father's medicines sedate him at night: quetiapine every night and promethazine on some "
           "nights. He never shares a bed, sofa or armchair with the baby and does no night feeds after either; the "
           "crib stays on the mother's side, checked by the health visitor.")
ok("sedating-partner-phenergan-second-medicine", "sedating-good", P, partner_second(
    PROM, cap=PROM_CAP, ss=PROM_SS, ov=PROM_OV, conclusion=(
        "Phenergan (promethazine) leaves the father groggy all night, on top of his quetiapine: on those nights he "
        "does not sleep beside the baby anywhere, bed, sofa or chair, and the mother does the feeds. The baby's "
        "crib stays on her side; the health visitor asks about it at each visit.")),
    "the father's second sedating medicine, assessed for co-sleeping in its own item")

NYT = p_partner_med("med-partner-diphenhydramine", "Nytol Original 25mg tablets", "50 mg at night, bought himself",
                    started="2026-05-20")
NYT_CAP = "Since the baby came he has bought Nytol to get to sleep after night shifts; heavy-headed for hours."
NYT_SS = ("After Nytol he sleeps in the spare room, never with the baby on a bed or sofa, and does no night care; "
          "the baby's crib is beside the mother.")
ok("sedating-partner-nytol-spare-room", "sedating-good", P, partner_second(
    NYT, cap=NYT_CAP, ss=NYT_SS,
    conclusion="Nytol (diphenhydramine) from the chemist makes the father heavy-headed for hours, so after taking it "
               "he sleeps in the spare room and does none of the baby's night care; the baby never sleeps with him "
               "on a bed or sofa. The health visitor will check this and suggest sleep help without tablets.",
    ov="The father takes quetiapine nightly and Nytol after night shifts; both make him hard to wake. No co-sleeping "
       "with him, no night care after either; the baby sleeps beside the mother; health visitor checks each visit."),
    "an over-the-counter sleep aid for the partner, assessed for the baby's sleep")


def on_n_one(med: Record, *, sed: str, cap: str, ss: str, summary: str, bf: str, recs: str, conclusion: str,
             ov: str, nwp: str | None = None, author: Record = SHAH) -> Mutation:
    return on_n([med], [asm(f"asm-{med['id'][4:]}", [med["id"]], sed=sed, cap=cap, ss=ss, nwp=nwp, summary=summary,
                            bf=bf, recs=recs, concl=conclusion, author=author, date=O_DATE)], ov, author=author)


PIR = n_med("med-chlorphenamine", "Piriton 4mg tablets", "4 mg at night when needed for itching")
PIR_A: dict[str, Any] = dict(
    sed="yes", cap="Itchy rash since the birth; Piriton at night helps but she feels dopey in the morning.",
    ss="On nights she takes Piriton the baby sleeps in the Moses basket, never in her bed or on the sofa with her.",
    summary="Small amounts pass into breast milk; a newborn may become sleepy or irritable, and sedating "
            "antihistamines can lower milk supply.",
    bf="Occasional night-time doses are compatible with breastfeeding; watch the baby for drowsiness.",
    recs="Try emollients first; Piriton only on bad nights. GP review if the rash persists beyond two weeks.")
PIR_GOOD = ("Piriton (chlorphenamine) only on bad nights for the itch, after emollients. It can make the baby sleepy "
            "through breast milk and may reduce her milk, so she watches for a drowsy baby and feeds; on those nights "
            "she is dopey too, and the baby sleeps in the Moses basket, not in her bed.")
PIR_OV = ("Chlorphenamine occasionally at night: breastfeeding continues with the baby watched for sleepiness; "
          "baby in the Moses basket on those nights; rash reviewed in two weeks.")


def pir(conclusion: str, *, ov: str = PIR_OV, **over: str) -> Mutation:
    fields: dict[str, Any] = {**PIR_A, **over}
    return on_n_one(PIR, conclusion=conclusion, ov=ov, **fields)


ok("sedating-piriton-mother-breastfeeding", "sedating-good", N, pir(PIR_GOOD),
   "chlorphenamine for the mother while breastfeeding: baby's drowsiness, milk supply, safe sleep")

QUE = n_med("med-quetiapine", "Quetiapine 50mg tablets", "50 mg at night", started="2024-08-01")
QUE_A: dict[str, Any] = dict(
    sed="yes", cap="Bipolar disorder stable on quetiapine 50 mg at night for two years; relapse after the birth is "
    "a real risk if it stops. Very sleepy for the first hours of the night.",
    ss="Never to sleep with the baby in her bed or on the sofa; partner does the first night feed after her dose.",
    nwp="Exposed through pregnancy: ward watched 72 hours for jitteriness, sleepiness and feeding; none seen. "
        "Midwife checks again at day 5 and day 10.",
    summary="Quetiapine in late pregnancy can cause jitteriness, sleepiness or feeding problems in the first days; "
            "small amounts pass into breast milk.",
    bf="Compatible with breastfeeding at this dose; watch the baby for sleepiness.",
    recs="Continue quetiapine 50 mg; perinatal mental health team reviews at 2 weeks; no change without them.")
QUE_GOOD = ("Quetiapine 50 mg continues: stopping it now risks a postnatal relapse that would harm her and the baby. "
            "The baby showed no adaptation signs in 72 hours and the midwife looks again on day 5 and day 10. "
            "Breastfeeding is fine, watching for a sleepy baby; because she is heavily sleepy at night, the partner "
            "does the first feed and she never sleeps with the baby in her bed or on the sofa.")
QUE_OV = ("Quetiapine continues for bipolar disorder; baby's adaptation checked to day 10; breastfeeding supported; "
          "partner does the first night feed; no bed or sofa sharing; perinatal mental health review at 2 weeks.")


def que(conclusion: str, *, ov: str = QUE_OV, **over: str) -> Mutation:
    fields: dict[str, Any] = {**QUE_A, **over}
    return on_n_one(QUE, conclusion=conclusion, ov=ov, **fields)


ok("sedating-quetiapine-mother-continue", "sedating-good", N, que(QUE_GOOD),
   "the mother's quetiapine: relapse, adaptation, breastfeeding, sedation and night feeds")

OLZ = n_med("med-olanzapine", "Olanzapine 10mg tablets", "10 mg at night", started="2024-11-18")
OLZ_A: dict[str, Any] = dict(
    sed="yes", cap="Schizoaffective disorder, well on olanzapine; sleeps deeply and gains weight on it. Stopping "
    "risks psychosis within weeks.",
    ss="Baby sleeps in a cot beside the bed; no co-sleeping or sofa naps with the baby; partner does night feeds.",
    nwp="Observed on the ward 3 days: mildly sleepy on day 1 only. Health visitor checks tone and feeding at the "
        "new birth visit.",
    summary="Exposure in late pregnancy can make a newborn sleepy, floppy or jittery for a few days; gestational "
            "diabetes was screened and negative.",
    bf="Olanzapine is one of the preferred antipsychotics in breastfeeding; watch for sleepiness.",
    recs="Continue olanzapine 10 mg; community mental health team review in one week; no change without them.")
OLZ_GOOD = ("Olanzapine 10 mg continues, since relapse of psychosis after the birth would put her and the baby at "
            "risk. The baby was a little sleepy on day 1 only; the health visitor checks feeding and tone at the "
            "new birth visit. Breastfeeding is supported. She sleeps deeply, so no co-sleeping or sofa naps with "
            "the baby, and her partner does the night feeds.")
ok("sedating-olanzapine-mother-continue", "sedating-good", N, on_n_one(
    OLZ, conclusion=OLZ_GOOD, ov="Olanzapine continues with mental health review in a week; baby checked for "
    "sleepiness and feeding; breastfeeding supported; no co-sleeping, partner does night feeds.", **OLZ_A),
    "the mother's olanzapine: relapse, newborn signs, breastfeeding, safe sleep")

ARI = n_med("med-aripiprazole", "Abilify 10mg tablets", "10 mg in the morning", started="2025-02-03")
ARI_A: dict[str, Any] = dict(
    sed="no", cap="Bipolar disorder, well for a year on aripiprazole; alert in the day and not drowsy on it. "
    "Relapse risk is high after birth if it stops.",
    ss="Not drowsy on aripiprazole; safe sleep advice given as for any family: baby in a cot in the parents' room.",
    nwp="Exposed in pregnancy: 72 hours of ward observation, no jitteriness or feeding problems. Midwife checks on "
        "day 10.",
    summary="Late-pregnancy exposure can rarely cause restlessness or feeding difficulty in the first days.",
    bf="Aripiprazole can lower prolactin and reduce milk supply; limited data. She chose to bottle feed and was "
       "supported in that.",
    recs="Continue aripiprazole 10 mg; perinatal mental health review at 4 weeks.")
ARI_GOOD = ("Abilify (aripiprazole) continues, as relapse after birth is the bigger danger. The baby had no "
            "adaptation signs in 72 hours; the midwife checks on day 10. It can reduce milk supply and little is "
            "known about it in breast milk, so she has chosen formula feeding with support. It does not make her "
            "drowsy; the baby sleeps in a cot in the parents' room.")
ok("sedating-abilify-not-drowsy-bottle", "sedating-good", N, chain(
    set_("pregnancy.infant_feeding", "bottle"),
    on_n_one(ARI, conclusion=ARI_GOOD, ov="Aripiprazole continues; baby's adaptation checked to day 10; formula "
             "feeding supported; not drowsy on it, cot in the parents' room.", **ARI_A)),
    "aripiprazole: not sedating for her (said plainly), milk supply, bottle feeding chosen")

OLZ_P = p_partner_med("med-partner-olanzapine", "Zyprexa 10mg tablets", "10 mg at night", started="2024-02-05")
ok("sedating-partner-zyprexa-replaces-quetiapine", "sedating-good", P, chain(
    replace_medicine("med-partner-quetiapine", OLZ_P),
    item(PA_, "impact_on_mother.parenting_capacity",
         "The father takes Zyprexa (olanzapine) 10 mg at night and sleeps very deeply until morning; well and "
         "active with the baby in the day."),
    concl(PA_, "The father's Zyprexa (olanzapine) leaves him deeply asleep all night, so he does not share a bed, "
               "sofa or armchair with the baby and does no night feeds; the mother does them and the baby's crib is "
               "on her side. The health visitor checks at every visit."),
    overall("The mother's paracetamol raises no concern. The father's olanzapine makes him very hard to wake at "
            "night: no co-sleeping with him, no night feeds by him; crib on the mother's side, checked by the "
            "health visitor.")),
    "the partner's antipsychotic by brand, safe sleep and night care")

PROM_M = n_med("med-promethazine", "Promethazine 25mg tablets", "25 mg at night when she cannot sleep")
ok("sedating-promethazine-mother-sleep-aid", "sedating-good", N, on_n_one(
    PROM_M, sed="yes", cap="Struggling to sleep between feeds; promethazine makes her very drowsy for 8 hours.",
    ss="On nights she takes it the partner does all night feeds and the baby sleeps in the Moses basket; she never "
       "takes it and then sleeps with the baby.",
    summary="Promethazine passes into breast milk; sedating antihistamines may make a newborn drowsy and are linked "
            "with breathing pauses in young babies.",
    bf="Better avoided while breastfeeding a newborn; she will use sleep hygiene and partner support instead.",
    recs="Stop promethazine; sleep hygiene advice; partner covers one night feed with expressed milk. Health "
         "visitor to screen for low mood.",
    conclusion="Promethazine is stopped: in breast milk it can make a young baby drowsy and it leaves her too "
               "sleepy to wake for the baby. Her partner takes a night feed with expressed milk instead, and the "
               "health visitor checks her sleep and mood; the baby sleeps in the Moses basket.",
    ov="Promethazine stopped for breastfeeding and safe night care; partner covers a feed; health visitor to "
       "screen for low mood; baby in the Moses basket."),
    "promethazine as a sleep aid for a breastfeeding mother, stopped with a plan")

# Hollow and dismissed.
bad("sedating-partner-phenergan-na-partner", "sedating-hollow", P, partner_second(
    PROM, cap=PROM_CAP, ss="N/A - partner's medication.", ov=PROM_OV, conclusion=(
        "Phenergan (promethazine) is the father's, taken two or three nights a week; he feels groggy the next "
        "morning and has been told to keep taking it only when needed.")),
    "the partner's sedating medicine dismissed as 'N/A - partner's medication', conclusion silent on sleep (MA123)")
bad("sedating-partner-nytol-nothing-to-add", "sedating-hollow", P, partner_second(
    NYT, cap=NYT_CAP, ss=NYT_SS, conclusion="Dad takes Nytol occasionally; nothing further to add.",
    ov="The father takes quetiapine nightly and Nytol after night shifts; both make him hard to wake. No "
       "co-sleeping with him; baby sleeps beside the mother."),
    "'nothing further to add' (MA103/MA104)")
bad("sedating-piriton-over-the-counter", "sedating-hollow", N, pir(
    "Piriton is an old, widely used antihistamine available over the counter in any pharmacy."),
    "about the medicine in general, not this baby (MA124)")
bad("sedating-quetiapine-stable-no-concerns", "sedating-hollow", N, que(
    "Quetiapine - mental health stable, no concerns."),
    "a dismissal with only her mental state (MA103)")
bad("sedating-olanzapine-cmht-bloods", "sedating-hollow", N, on_n_one(
    OLZ, conclusion="Olanzapine continues under the community mental health team with weight, lipids and glucose "
                    "monitored every three months.",
    ov="Olanzapine continues; baby checked for sleepiness; breastfeeding supported; no co-sleeping.", **OLZ_A),
    "the mother's monitoring only; nothing for the baby (MA124)")
bad("sedating-abilify-bf-leaflet", "sedating-hollow", N, on_n_one(
    ARI, conclusion=ARI_GOOD.replace("so she has chosen formula feeding with support", "which was discussed"),
    ov="Aripiprazole continues; baby's adaptation checked to day 10; cot in the parents' room.",
    **{**ARI_A, "bf": "Leaflet given."}),
    "a breastfed baby and a breastfeeding item that says 'Leaflet given.' (MA125)")
bad("sedating-partner-quetiapine-advice-not-given", "sedating-hollow", P, chain(
    set_("safeguarding.safe_sleep_advice_given", False),
    concl(PA_, "Quetiapine keeps the father asleep so deeply that he must not share a bed, sofa or armchair with "
               "the baby or do night feeds; the baby's crib is beside the mother, and the health visitor checks.")),
    "the record says safe sleep advice was not given with a sedated father (MA126)")
bad("sedating-promethazine-coded-no-drowsy", "sedating-hollow", N, on_n_one(
    PROM_M, sed="no", cap="Very drowsy and hard to wake for eight hours after promethazine.",
    ss="Baby sleeps in the Moses basket; partner does night feeds when she has taken it.",
    summary="Promethazine passes into breast milk and may make a newborn drowsy.",
    bf="Better avoided while breastfeeding a newborn.",
    recs="Stop promethazine; sleep hygiene advice; health visitor to screen for low mood.",
    conclusion="Promethazine stops today: it can make the breastfed baby drowsy and her too sleepy to wake for "
               "feeds; partner covers nights and the baby sleeps in the Moses basket.",
    ov="Promethazine stopped for breastfeeding and safe nights; partner covers feeds; baby in the Moses basket."),
    "sedation coded 'no' beside 'very drowsy and hard to wake' (MA127)")
bad("sedating-nytol-original-unassessed", "sedating-hollow", N, add_medicine(n_med(
    "med-nytol", "Nytol Original 25mg tablets", "50 mg at night")),
    "an over-the-counter sleep aid for a breastfeeding mother, never assessed (MA101)")
bad("sedating-partner-zyprexa-his-business", "sedating-hollow", P, chain(
    replace_medicine("med-partner-quetiapine", OLZ_P),
    item(PA_, "impact_on_mother.safe_sleep", "Only the mother's medicines bear on the baby's sleep."),
    concl(PA_, "Zyprexa (olanzapine) is the father's own treatment from his GP; he is well on it and his mental "
               "health team follow him up.")),
    "the father's antipsychotic: safe sleep dismissed as only the mother's concern (MA123/MA124)")

# ============================================================================================================
# Overall conclusions across several assessments on N (each assessment as above), and on M, F, L.

A_TRAM = o_asm("med-tramadol", conclusion=TRAM_GOOD, **TRAM_A)
A_PIR = asm("asm-chlorphenamine", ["med-chlorphenamine"], concl=PIR_GOOD, date=O_DATE, **PIR_A)
A_QUE = asm("asm-quetiapine", ["med-quetiapine"], concl=QUE_GOOD, date=O_DATE, **QUE_A)
A_COCOD = o_asm("med-co-codamol", conclusion=COCOD_GOOD, **COCOD_A)
A_MORPH = o_asm("med-morphine", conclusion=MORPH_GOOD, **MORPH_A)


def n_multi(meds: list[Record], assessments: list[Record], ov: str) -> Mutation:
    return on_n(meds, assessments, ov)


TWO = ([TRAM, PIR], [A_TRAM, A_PIR])
THREE = ([QUE, TRAM, PIR], [A_QUE, A_TRAM, A_PIR])
FOUR = ([QUE, COCOD, PIR, MORPH], [A_QUE, A_COCOD, A_PIR, A_MORPH])

ok("overall-two-together-sedation", "overall-synthesis", N, n_multi(*TWO, (
    "Tramadol and chlorphenamine both make her drowsy and both reach the baby in small amounts, so together they "
    "matter more than either alone: tramadol ends on 12 April, Piriton only on bad nights, never on the same "
    "night as a tramadol dose. The breastfed baby is watched for sleepiness and slow breathing, and sleeps in the "
    "Moses basket, never in her bed.")),
    "a synthesis of two: the combined sedation, a rule for taking them together")
ok("overall-three-prose", "overall-synthesis", N, n_multi(*THREE, (
    "Three medicines, one baby: quetiapine continues for her bipolar disorder; tramadol stops on 12 April; "
    "chlorphenamine is for occasional nights only. All three can sedate her and reach the breastfed baby, so the "
    "baby is watched for sleepiness, feeding and breathing to day 10, her partner does the first night feed, and "
    "the baby never shares her bed or the sofa.")),
    "a synthesis of three in prose, naming each")
ok("overall-three-bullets", "overall-synthesis", N, n_multi(*THREE, (
    "- Quetiapine 50 mg: continue (relapse risk); mental health review at 2 weeks.\n"
    "- Tramadol: stop 12 April.\n"
    "- Chlorphenamine: bad nights only, never with tramadol.\n"
    "- Baby: breastfed; watch for sleepiness, poor feeding, slow breathing; midwife day 10.\n"
    "- Sleep: cot or Moses basket only, partner does the first night feed.")),
    "the same synthesis as a bullet list")
ok("overall-four-numbered", "overall-synthesis", N, n_multi(*FOUR, (
    "1. Quetiapine continues; perinatal mental health review at 2 weeks.\n"
    "2. Co-codamol stopped (codeine in breast milk); paracetamol and ibuprofen instead.\n"
    "3. Oramorph for breakthrough pain only until 11 April.\n"
    "4. Piriton only on bad nights, not on a morphine night.\n"
    "5. The baby: breastfed, watched for drowsiness and slow breathing by the midwife to day 10; sleeps in its own "
    "Moses basket; partner does night feeds after any sedating dose.")),
    "four assessments drawn together as a numbered plan")
ok("overall-four-brands-and-ingredients", "overall-synthesis", N, n_multi(*FOUR, (
    "Seroquel-type quetiapine stays; the codeine (co-codamol) has gone; Oramorph and Piriton are occasional. "
    "Together these could make her sleepy and the breastfed baby drowsy, so no sleeping with the baby, the "
    "partner covers nights after any dose, and the midwife watches the baby's feeding and breathing.")),
    "four medicines named by ingredient or brand, with what they mean together")
ok("overall-m-partnership-style", "overall-synthesis", M, overall(
    "Methadone and sertraline continue as they are, agreed with Jodie and her drug worker. Together they make "
    "withdrawal and adaptation in the baby likely in the first days: NAS scoring on the postnatal ward for at least "
    "72 hours, then health visitor checks to day 8. Breastfeeding is encouraged; no co-sleeping after her methadone."),
    "the methadone and sertraline record drawn together in plain language")
ok("overall-f-night-plan", "overall-synthesis", F, overall(
    "For the foster carer at night: the mother's diazepam and pregabalin together make her very drowsy, so she "
    "never sleeps with the baby and the carer does all night feeds; the baby may show late withdrawal until day 8 "
    "(tremor, high-pitched cry, poor feeding), to be reported to the health visitor the same day."),
    "the foster record's overall conclusion written for the person who reads it at night")
ok("overall-m-question-answer", "overall-synthesis", M, overall(
    "What continues? Methadone 60 mg and sertraline 100 mg. What does the baby need? NAS scoring for 72 hours or "
    "more, a watch for SSRI adaptation, health visitor checks to day 8. Feeding? Breastfeeding encouraged. Sleep? "
    "No co-sleeping after methadone; cot seen before discharge."),
    "a synthesis as questions and answers")

# Partial or process-only overall conclusions.
bad("overall-restates-tramadol-only", "overall-partial", N, n_multi(*TWO, TRAM_GOOD),
    "the overall conclusion is the tramadol conclusion word for word; chlorphenamine never named (MA121/MA119)")
bad("overall-skips-chlorphenamine", "overall-partial", N, n_multi(*TWO, (
    "Tramadol stops on 12 April; the breastfed baby is watched for sleepiness and slow breathing, and sleeps in the "
    "Moses basket, never in her bed.")),
    "two assessments, an overall conclusion naming one (MA119)")
bad("overall-skips-quetiapine-of-three", "overall-partial", N, n_multi(*THREE, (
    "Tramadol stops on 12 April and chlorphenamine is for bad nights only; the baby is watched for sleepiness and "
    "feeding to day 10 and sleeps in the Moses basket.")),
    "three assessments; the antipsychotic left out of the overall conclusion (MA119)")
bad("overall-process-only-four", "overall-partial", N, n_multi(*FOUR, (
    "Quetiapine, co-codamol, Oramorph and Piriton all reviewed at the MDT today; letters sent to the midwife and "
    "health visitor; follow-up booked in clinic.")),
    "process only: reviewed, letters sent, follow-up booked (MA104/MA124)")
bad("overall-as-per-assessments", "overall-partial", N, n_multi(*THREE, (
    "Quetiapine, tramadol and chlorphenamine: as per the individual assessments above.")),
    "a pointer to the assessments (MA103)")
bad("overall-m-restates-sertraline", "overall-partial", M, overall(
    "Sertraline continues at 100 mg because relapse is the bigger risk; the newborn may be jittery for a couple of "
    "days and the midwife will watch; breastfeeding is fine."),
    "only the sertraline half: methadone never named (MA119)")
bad("overall-f-team-informed", "overall-partial", F, overall(
    "Diazepam and pregabalin: multi-agency meeting held, all parties informed, actions allocated, minutes to "
    "follow."),
    "a meeting happened and minutes will follow (MA103/MA104)")
bad("overall-l-mother-only", "overall-partial", L, overall(
    "Lithium continues at 800 mg at night; levels monthly, then weekly from 36 weeks; perinatal psychiatry "
    "follows her up."),
    "the mother's monitoring only, nothing for the baby (MA124)")
bad("overall-four-skips-oramorph", "overall-partial", N, n_multi(*FOUR, (
    "Quetiapine continues, co-codamol is replaced by paracetamol and ibuprofen and Piriton is for bad nights; the "
    "breastfed baby is watched for drowsiness and slow breathing by the midwife, sleeps in the Moses basket, and "
    "the partner covers nights.")),
    "four assessments; morphine missing from the overall conclusion (MA119)")

# ============================================================================================================
# Good conclusions by different professions and in different registers.

ok("profession-midwife-methadone", "profession-register", M, chain(
    item(MA_, "author", MIDWIFE),
    concl(MA_, "From the community midwife: Jodie stays on methadone 60 mg through to delivery, and I have "
               "explained that her baby will be watched on the postnatal ward for withdrawal for at least three "
               "days (NAS scoring), with me and the health visitor looking for late signs until day 8. She wants to "
               "breastfeed and I will support that. No co-sleeping after her dose: the cot is ready in her room.")),
    "a midwife's first-person conclusion")
ok("profession-pharmacist-tramadol", "profession-register", N, on_n(
    [TRAM], [o_asm("med-tramadol", author=COLE, **TRAM_A, conclusion=(
        "Pharmacist review: tramadol 50 mg is acceptable for three more days at the lowest dose. Tramadol and "
        "O-desmethyltramadol reach breast milk at about 3% of the maternal dose; watch the infant for sedation, "
        "poor feeding and respiratory depression. Stop on 12 April. Maternal drowsiness: no bed-sharing or sofa "
        "sleeping with the infant."))],
    "Tramadol short course to 12 April; infant watched for sedation and breathing; no bed-sharing.", author=COLE),
    "a clinical pharmacist's technical register")
ok("profession-psychiatrist-lithium", "profession-register", L, concl(LA_, (
    "Perinatal psychiatry opinion: the risk of a severe postpartum relapse off lithium is high given two previous "
    "admissions, so lithium continues. For the baby: cardiac anomaly risk is small and the fetal echo is booked; "
    "paediatric review at birth with a lithium level, watching for floppiness, poor feeding and thyroid changes; "
    "formula feeding agreed as lithium is not advised in breast milk.")),
    "a psychiatrist's opinion-style conclusion")
ok("profession-gp-registrar-valproate", "profession-register", V, chain(
    item("asm-valproate", "author", REGISTRAR),
    item("asm-valproate", "conclusion",
         "GP registrar (discussed with Dr McAllister): valproate continues until neurology review, because abrupt "
         "withdrawal risks seizures and status epilepticus. The fetus was exposed in the first trimester: around 1 "
         "in 10 risk of major malformation and 3 to 4 in 10 of neurodevelopmental problems; fetal medicine referral "
         "and detailed anomaly scan requested; folic acid 5 mg started.")),
    "a GP registrar's conclusion, noting supervision")
ok("profession-health-visitor-quetiapine", "profession-register", P, concl(PA_, (
    "Health visitor's conclusion after the home visit: Daniel takes quetiapine at night and is very hard to wake. "
    "I saw the next-to-me crib on Chloe's side; Daniel does not do night feeds and will never sleep with the baby "
    "on the bed, sofa or armchair. I will check the sleeping arrangements at every visit until 8 weeks.")),
    "a health visitor's account from the home visit, with the decision")
ok("profession-formal-letter", "profession-register", C, concl(CA_, (
    "Dear colleagues, I write to confirm my assessment of citalopram 20 mg daily in this pregnancy. I advise that "
    "citalopram continues, as her previous relapse followed withdrawal. The baby may show adaptation symptoms "
    "(jitteriness, poor feeding) in the first 48 hours and there is a small risk of persistent pulmonary "
    "hypertension; the midwife will observe and involve the paediatrician if needed. Breastfeeding is compatible. "
    "Yours sincerely, Dr F McAllister.")),
    "a formal letter with salutation and sign-off")
ok("profession-very-short-complete", "profession-register", C, concl(CA_, (
    "Continue citalopram. Baby: watch 48h for jitteriness/poor feeding, paeds if persists. Breastfeed.")),
    "very short but every decision present")
ok("profession-long-history", "profession-register", M, concl(SA_, (
    "Jodie first started sertraline in 2019 after the death of her mother, stopped it when she felt better in "
    "2022 and relapsed within three months, with two weeks off work and thoughts of self-harm. She restarted in "
    "June 2025 and has been well on 100 mg since September. She asked whether she should stop for the baby; we "
    "went through the evidence together. My decision: sertraline 100 mg continues through pregnancy and after. "
    "For the baby, there is a small risk of adaptation symptoms (jittery, sleepy or feeding poorly) for a few days "
    "and a very small risk of PPHN; the midwife will watch for these alongside the withdrawal scoring for "
    "methadone. Sertraline is one of the preferred antidepressants for breastfeeding, which she plans.")),
    "a long conclusion with history and a clear decision")
ok("profession-bullets-foster", "profession-register", F, set_(f"assessments#{FA_}.conclusion", (
    "- Diazepam 5 mg TDS and pregabalin 150 mg BD: continue for now; diazepam taper at the six-week review.\n"
    "- Sedation: marked with both; she must not sleep with the baby anywhere; foster carer does all night care.\n"
    "- Baby: late withdrawal possible to day 8 (tremor, poor feeding, high-pitched cry): carer reports to HV.\n"
    "- Feeding: bottle.")),
    "a bullet-list conclusion for the foster placement")
ok("profession-numbered-lithium-overall", "profession-register", L, overall(
    "1. Lithium continues (high relapse risk).\n"
    "2. Levels monthly, weekly from 36 weeks, and within 24 hours of birth.\n"
    "3. Baby: fetal echo booked; paediatric review at birth; watch for floppiness, poor feeding, low thyroid.\n"
    "4. Formula feeding (lithium not advised in breast milk).\n"
    "5. Perinatal mental health visit in week 1 after birth."),
    "a numbered overall plan")
ok("profession-midwife-signs-ramipril", "profession-register", V, tera(
    RAM, cap=RAM_CAP, summary=RAM_SUMMARY, bf=RAM_BF, recs=RAM_RECS, author=MIDWIFE,
    conclusion="Midwife booking visit: ramipril was stopped today by Dr McAllister and labetalol started; I will "
               "recheck her blood pressure in one week. ACE inhibitors can damage the baby's kidneys after the first "
               "trimester, so the switch now protects the baby, and the detailed anomaly scan is booked. Ramipril "
               "will not be used while breastfeeding.",
    ov=RAM_OV),
    "a midwife concluding on an ACE inhibitor switch made by the GP")

# ============================================================================================================
# Disguise: plain and disguised pairs, one verdict per pair.

COMBINING_ACUTE = "\u0301"


def combining(text: str) -> str:
    """An acute accent after every vowel: 'methádóné'."""
    return "".join(ch + COMBINING_ACUTE if ch in "aeiou" else ch for ch in text)


def circled(text: str) -> str:
    """Latin letters as letters in circles (U+24B6.. capitals, U+24D0.. small)."""
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def squared(text: str) -> str:
    """Latin letters as squared capitals (U+1F130..)."""
    return "".join(chr(0x1F130 + ord(ch.upper()) - ord("A")) if ch.isascii() and ch.isalpha() else ch
                   for ch in text)


def pair(name: str, expect: Expect, base: str, build: object, text: str, disguise: object, label: str,
         why: str) -> None:
    """Two cases: ``build(text)`` and ``build(disguise(text))``."""
    assert callable(build) and callable(disguise)
    add(f"disguise-{name}-plain", "disguise", expect, base, build(text), f"{why} (plain)")
    add(f"disguise-{name}-{label}", "disguise", expect, base, build(disguise(text)), f"{why} ({label})")


pair("methotrexate-good", PASS, V, mtx,
     "Methotrexate was stopped today; the unborn baby was exposed until 8 weeks, so fetal medicine will review "
     "and a detailed anomaly scan is booked; folic acid 5 mg continues; dermatology switches her psoriasis "
     "treatment; no methotrexate while breastfeeding.",
     lambda t: homoglyphs(t, "aeop"), "cyrillic", "a good methotrexate conclusion with look-alike letters")
pair("warfarin-hollow", REFUSE, V, warf, "Warfarin: see anticoagulation clinic letter.",
     lambda t: inside_words(t, "\u200b"), "zero-width", "a warfarin pointer with zero-width spaces")
pair("tramadol-good", PASS, N, tram,
     "Tramadol ends on 12 April. The breastfed baby is watched for drowsiness, poor feeding and slow breathing by "
     "the midwife on day 10; she does not sleep with the baby in her bed or on the sofa while drowsy.",
     combining, "combining", "a good tramadol conclusion with combining accents on every vowel")
pair("co-codamol-hollow", REFUSE, N, cocod, "Co-codamol: no concerns regarding breastfeeding at this time.",
     combining, "combining", "a co-codamol dismissal with combining accents")
pair("quetiapine-hollow", REFUSE, N, que, "Quetiapine: as discussed with the mental health team, pending review.",
     full_width, "full-width", "a quetiapine deferral in full-width letters")
pair("piriton-good", PASS, N, pir,
     "Piriton (chlorphenamine) on bad nights only; the breastfed baby is watched for sleepiness and her milk "
     "supply; on those nights the baby sleeps in the Moses basket, not in her bed.",
     full_width, "full-width", "a good chlorphenamine conclusion in full-width letters")
pair("oxycontin-hollow", REFUSE, N, oxy, "Oxycodone: not applicable, see pain clinic.",
     circled, "circled", "an oxycodone dismissal in letters in circles")
pair("morphine-good", PASS, N, morph,
     "Oramorph until 11 April only. Feed the baby before a dose and watch for sleepiness; the partner does the "
     "night feed after a dose and the baby sleeps in its own cot.",
     circled, "circled", "a good morphine conclusion in letters in circles")
pair("isotretinoin-hollow", REFUSE, V, iso, "Isotretinoin - tbc.", squared, "squared",
     "an isotretinoin placeholder in squared letters")
pair("carbamazepine-good", PASS, V, cbz,
     "Carbamazepine continues unchanged because seizures would endanger her and the baby; the unborn baby's "
     "malformation risk is about twice background, so folic acid 5 mg and the 20-week anomaly scan; breastfeeding "
     "is fine.",
     squared, "squared", "a good carbamazepine conclusion in squared letters")
pair("overall-process-hollow", REFUSE, N, lambda t: n_multi(*TWO, t),
     "Tramadol and chlorphenamine reviewed; letters sent; follow up booked.",
     lambda t: homoglyphs(inside_words(t, "\u00ad", every=2), "ace"), "mixed",
     "a process-only overall conclusion with soft hyphens and look-alikes")
pair("overall-synthesis-good", PASS, N, lambda t: n_multi(*TWO, t),
     "Tramadol and chlorphenamine both sedate her and reach the breastfed baby: tramadol ends 12 April, Piriton "
     "only on nights without tramadol; the baby is watched for sleepiness and breathing and sleeps in the Moses "
     "basket.",
     lambda t: homoglyphs(inside_words(t, "\u2060", every=3), "eo"), "mixed",
     "a good two-medicine synthesis with word joiners and look-alikes")
pair("partner-phenergan-dismissed", REFUSE, P, lambda t: partner_second(
    PROM, cap=PROM_CAP, ss=t, ov=PROM_OV, conclusion=(
        "Phenergan (promethazine) is the father's, two or three nights a week; he feels groggy next morning and "
        "takes it only when needed.")),
    "Not relevant - father's medicine.", lambda t: homoglyphs(t, "aeo", variant=1), "greek",
    "the partner's safe sleep item dismissed, with Greek look-alikes")


# ============================================================================================================
# More of the same groups: brands, and further hollow forms.

ok("teratogen-marevan-brand-switched", "teratogen-good", V, chain(
    warf(WARF_GOOD.replace("Warfarin is being switched", "Marevan (warfarin) is being switched")),
    set_("medicines#med-valproate.name", "Marevan 3mg tablets")),
    "warfarin listed by brand, named by brand and ingredient")
ok("teratogen-tritace-brand-switched", "teratogen-good", V, chain(
    ram(RAM_GOOD.replace("Ramipril is switched", "Tritace (ramipril) is switched")),
    set_("medicines#med-valproate.name", "Tritace 5mg capsules")),
    "ramipril listed by brand")
ok("teratogen-cellcept-brand-switch", "teratogen-good", V, chain(
    mmf(MMF_GOOD.replace("Mycophenolate is being switched", "CellCept (mycophenolate) is being switched")),
    set_("medicines#med-valproate.name", "CellCept 500mg tablets")),
    "mycophenolate listed by brand")
bad("teratogen-tritace-unassessed", "teratogen-hollow", V, add_medicine(medicine(
    "med-tritace", "Tritace 10mg capsules", "10 mg once daily", "2022-03-01", gp_prescriber(CASTLE_STREET))),
    "an ACE inhibitor by brand beside valproate at 8 weeks, never assessed (MA101)")
bad("teratogen-topiramate-lorem", "teratogen-hollow", V, tpm(
    "Topiramate lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt."),
    "filler (MA113)")

ok("opioid-tylex-brand-stopped", "opioid-postnatal-good", N, on_n(
    [n_med("med-co-codamol", "Tylex 30mg/500mg capsules", "Two capsules four times a day", stopped="2026-04-09")],
    [o_asm("med-co-codamol", **COCOD_A, conclusion=(
        "Tylex (co-codamol 30/500) stops today: the codeine can leave a breastfed baby too drowsy to feed and "
        "breathing too slowly. Paracetamol and ibuprofen replace it; the midwife checks the baby's alertness "
        "tomorrow, and the baby sleeps in the Moses basket while she is still drowsy."))],
    "Tylex (co-codamol) stopped for the breastfed baby's sake; midwife checks the baby tomorrow; Moses basket."),
    "co-codamol by brand, stopped")
ok("opioid-dhc-continus-brand", "opioid-postnatal-good", N, on_n(
    [n_med("med-dihydrocodeine", "DHC Continus 60mg tablets", "60 mg twice a day", started="2025-10-06")],
    [o_asm("med-dihydrocodeine",
           cap="Long-term hip pain; DHC Continus through pregnancy, dose unchanged; drowsy in the evening.",
           summary="Exposed in the womb: late withdrawal possible (unsettled, poor feeding, sneezing) to day 8 and "
                   "beyond; in breast milk it can make the baby drowsy.",
           nwp="Ward observation for 5 days showed no signs; health visitor checks for late withdrawal until day 28.",
           bf="Breastfeeding supported; seek help if the baby is floppy or hard to wake.",
           recs="Continue; pain clinic to plan a slow reduction after 6 weeks; no change without them.",
           conclusion="DHC Continus (dihydrocodeine) continues unchanged for now. Exposed before birth, the baby is "
                      "checked by the health visitor for late withdrawal and drowsiness until day 28; breastfeeding "
                      "goes on. She is drowsy in the evenings, so the baby never sleeps on the sofa or in her bed "
                      "with her.")],
    "Dihydrocodeine continues; late withdrawal and drowsiness checks to day 28; breastfeeding; no co-sleeping."),
    "long-term dihydrocodeine by brand through pregnancy")
bad("opioid-tylex-unassessed", "opioid-postnatal-hollow", N, add_medicine(n_med(
    "med-tylex", "Tylex 30mg/500mg capsules", "Two capsules four times a day")),
    "co-codamol by brand while breastfeeding, never assessed (MA101)")
bad("opioid-tramadol-repeated", "opioid-postnatal-hollow", N, tram(
    "Tramadol: watch baby. Tramadol: watch baby. Tramadol: watch baby. Tramadol: watch baby. Tramadol: watch baby."),
    "one phrase pasted five times (MA114)")

PIR_P = p_partner_med("med-partner-chlorphenamine", "Piriton 4mg tablets", "4 mg at night for hay fever",
                      started="2026-05-01")
ok("sedating-partner-piriton-hay-fever", "sedating-good", P, partner_second(
    PIR_P, cap="He takes Piriton at night in the hay fever season and sleeps heavily after it.",
    ss="After Piriton he does not sleep with the baby on a bed, sofa or armchair and does no night feeds.",
    conclusion="Piriton (chlorphenamine) makes the father sleep heavily, adding to his quetiapine, so after a dose he "
               "never sleeps with the baby on a bed, sofa or armchair and the mother does the night feeds. A "
               "non-drowsy hay fever tablet has been suggested; the health visitor will ask.",
    ov="The father's quetiapine and chlorphenamine both sedate him at night: no co-sleeping with him, no night feeds "
       "by him; crib on the mother's side; health visitor checks."),
    "the partner's sedating antihistamine, with a non-sedating alternative suggested")
bad("sedating-partner-piriton-no-concerns", "sedating-hollow", P, partner_second(
    PIR_P, cap="He takes Piriton at night in the hay fever season.", ss="No concerns.",
    conclusion="Piriton (chlorphenamine) for the father's hay fever: no concerns, seasonal use only.",
    ov="The father's quetiapine and chlorphenamine both sedate him at night: no co-sleeping with him; crib on the "
       "mother's side."),
    "the partner's antihistamine dismissed in the item and the conclusion (MA123/MA103)")
ok("profession-hv-hampton-piriton", "profession-register", N, on_n_one(
    PIR, author=HV_HAMPTON, conclusion=(
        "Health visitor new birth visit, day 7: mum uses Piriton (chlorphenamine) on itchy nights. Baby alert, "
        "feeding well, weight regained. Advised Piriton only on bad nights; watch baby for sleepiness or fewer "
        "wet nappies; on those nights baby in the Moses basket, never in mum's bed. I will review at 2 weeks."),
    ov="Chlorphenamine on bad nights only; baby watched for sleepiness and feeding; Moses basket on those nights.",
    **PIR_A),
    "a health visitor's visit note that concludes")
ok("overall-l-short-synthesis", "overall-synthesis", L, overall(
    "Lithium stays (relapse risk high); baby: fetal echo, paediatric review and lithium level at birth; formula "
    "feeding; levels weekly from 36 weeks."),
    "a short, complete lithium overall conclusion")
bad("overall-l-as-per-team", "overall-partial", L, overall("Lithium: plan as per perinatal team."),
    "a pointer to the team's plan (MA103)")
pair("warfarin-good", PASS, V, warf,
     "Warfarin switched today to heparin injections by cardiology, not stopped, to protect her valve; the baby was "
     "exposed at 8 weeks, so anomaly and growth scans are booked; warfarin is compatible with breastfeeding later.",
     lambda t: homoglyphs(t, "aceiop", variant=1), "greek-cyrillic", "a good warfarin conclusion with look-alikes")
pair("tramadol-hollow", REFUSE, N, tram, "Tramadol - nothing of note.",
     lambda t: inside_words(t, "\u200d"), "zero-width-joiner", "a tramadol dismissal with zero-width joiners")


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F9CASES))


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:28} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F9CASES), "refuse", sum(c.expect == REFUSE for c in F9CASES),
          "total", len(F9CASES))
