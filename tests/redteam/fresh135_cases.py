"""A hundred-and-thirty-fifth independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, twenty-third round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work in many registers (terse GP shorthand, midwife notes, letters, SBAR,
bullets, numbered plans, plain English for a foster carer, a pharmacist's note, a perinatal psychiatrist's letter,
a health visitor's handover, a drug-service keyworker's note) that must pass; the other half is hollow, disguised
or impossible in each of issue 9's categories and must be refused. Each shape is paired both ways.

This round leans on medicines earlier rounds used less. Each scenario swaps a shipped example's medicine for
another real one, written as clinicians write it (brands from codelists-more/brand-names.csv, no dm+d code, so
no code is invented), and rewrites that assessment completely:

* ``esp``: buprenorphine (Espranor) in place of methadone, with sertraline (M);
* ``buv``: long-acting buprenorphine injection (Buvidal) in place of methadone (M);
* ``gz``: zopiclone and gabapentin in place of diazepam and pregabalin, in the foster placement (F);
* ``phen``: the father's promethazine (Phenergan) in place of his quetiapine (P);
* ``olz``: the father's olanzapine in place of his quetiapine (P);
* ``ltg``, ``top``, ``mtx``, ``iso``, ``war``, ``cbz``, ``lev``: lamotrigine, topiramate (Topamax), methotrexate,
  isotretinoin, warfarin, carbamazepine (Tegretol Retard) and levetiracetam (Keppra) in an unplanned pregnancy in
  place of valproate (V);
* ``tram``: the mother's tramadol after a caesarean, assessed beside the father's quetiapine (P);
* ``mir``: mirtazapine in place of citalopram (C);
* plus the shipped lithium (L) record, written as a perinatal psychiatrist's letter.

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh135_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    CASTLE_STREET,
    DERMATOLOGY,
    DRUG_SERVICE,
    ELM_PARK,
    MILLBROOK,
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
    chain,
    gp_prescriber,
    medicine,
    other_prescriber,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F135CASES: list[Case] = []

CATEGORIES = (
    "good",
    "hollow",
    "deferral",
    "dismissal",
    "copy-paste",
    "joint",
    "concerns",
    "names",
    "routes",
    "attribution",
    "dates",
    "partner",
    "lawful-basis",
    "doses",
    "disguise",
)

GD, HL, DF, DS, CP, JT, CN, NM, RT, AT, DT, PT, LB, DO, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F135CASES.append(Case(f"f135-{name}", category, expect, base, mutate, why))


# ------------------------------------------------------------------------------------------------ scenarios


def _fn(f: Callable[[Record], None]) -> Mutation:
    return f



def _assessment(asm_id: str, mother: Record, baby: Record, recs: str, conc: str) -> Mutation:
    def mutate(doc: Record) -> None:
        a = next(x for x in doc["assessments"] if x["id"] == asm_id)
        a["impact_on_mother"] = copy.deepcopy(mother)
        a["impact_on_baby"] = copy.deepcopy(baby)
        a["recommendations"] = recs
        a["conclusion"] = conc

    return mutate


def _swap(base: str, swaps: list[tuple[str, Record]], asm_id: str, mother: Record, baby: Record, recs: str,
          conc: str, overall_text: str) -> tuple[str, Mutation, str, str]:
    steps: list[Mutation] = [replace_medicine(old, new) for old, new in swaps]
    steps.append(_assessment(asm_id, mother, baby, recs, conc))
    steps.append(set_("overall_conclusion.text", overall_text))
    return base, chain(*steps), f"assessments#{asm_id}.conclusion", "overall_conclusion.text"


# esp: buprenorphine as Espranor, with sertraline (M) --------------------------------------------------------
ESPRANOR = medicine("med-espranor", "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised consumption",
                    "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01")
ESP_C = (
    "Buprenorphine (Espranor) 16 mg once daily stays as it is under the drug service; stopping or cutting it now "
    "would put her at risk of relapse to heroin, which is worse for the baby. After birth the baby is scored for "
    "withdrawal on the postnatal ward for at least 72 hours, and the health visitor looks for late signs to day 8. "
    "Breastfeeding is encouraged. She can be drowsy after her dose, so no bed or sofa sharing; the moses basket is "
    "checked at the first home visit."
)
ESP_O = (
    "Espranor (buprenorphine) 16 mg and sertraline 100 mg both continue unchanged. The ward scores the baby for "
    "withdrawal and SSRI adaptation for 72 hours after birth, then the health visitor to day 8. Breastfeeding is "
    "encouraged. No co-sleeping because buprenorphine can make her drowsy; the social worker and health visitor "
    "see the sleeping arrangements before discharge."
)
ESP = _swap(
    M, [("med-methadone", ESPRANOR)], "asm-methadone",
    {"sedation": "yes",
     "parenting_capacity": "Stable on buprenorphine 16 mg for a year with supervised consumption; no on-top use "
                           "reported by her keyworker. Mild drowsiness for an hour or two after the dose.",
     "safe_sleep": "Never to share a bed or sofa with the baby, above all after her dose; moses basket in the "
                   "parents' room, to be seen at the first home visit."},
    {"summary": "Neonatal withdrawal is possible with buprenorphine, often milder than with methadone; signs start "
                "24 to 72 hours after birth and can appear up to day 8.",
     "neonatal_withdrawal_plan": "At least 72 hours on the postnatal ward with withdrawal scoring per the local "
                                 "guideline; health visitor to look for late signs to day 8.",
     "breastfeeding": "Buprenorphine passes into breast milk in small amounts; breastfeeding is encouraged on a "
                      "stable dose."},
    "Drug service keeps the buprenorphine dose stable; no reduction without them. Any change shared with maternity "
    "and the health visitor the same week.",
    ESP_C, ESP_O,
)

# buv: long-acting buprenorphine injection (M) ----------------------------------------------------------------
BUVIDAL = medicine("med-buvidal", "Buvidal 96mg/0.27ml prolonged-release solution for injection pre-filled syringes",
                   "96 mg by subcutaneous injection once a month", "2025-04-07", other_prescriber(DRUG_SERVICE),
                   last_changed="2025-12-01")
BUV_C = (
    "Monthly Buvidal (long-acting buprenorphine) 96 mg carries on at the drug service clinic, next due 30 March. "
    "The baby may withdraw: 72 hours of scoring on the postnatal ward, then the health visitor watches to day 8. "
    "Breastfeeding encouraged. She is rarely drowsy on it, but no bed or sofa sharing; the cot is seen at the first "
    "home visit."
)
BUV_O = (
    "Buvidal monthly and sertraline 100 mg daily both continue. Baby: 72 hours of withdrawal and adaptation "
    "scoring on the ward, health visitor to day 8. Breastfeeding encouraged. No co-sleeping; the social worker and "
    "health visitor see the cot before discharge."
)
BUV = _swap(
    M, [("med-methadone", BUVIDAL)], "asm-methadone",
    {"sedation": "yes",
     "parenting_capacity": "Stable on monthly long-acting buprenorphine since April 2025; no on-top use. Little "
                           "drowsiness, most in the first days after each injection.",
     "safe_sleep": "No bed or sofa sharing with the baby; cot in the parents' room, seen at the first home visit."},
    {"summary": "Neonatal withdrawal is possible after long-acting buprenorphine; signs may start later than with "
                "oral opioids and can appear up to day 8.",
     "neonatal_withdrawal_plan": "72 hours of scoring on the postnatal ward per the local guideline; health "
                                 "visitor to check for late signs to day 8.",
     "breastfeeding": "Compatible; breastfeeding encouraged."},
    "Do not stop or delay the injections: a missed dose risks relapse to heroin. Drug service gives the monthly "
    "injection and tells maternity the date of the last one before delivery.",
    BUV_C, BUV_O,
)

# gz: zopiclone and gabapentin in the foster placement (F) ----------------------------------------------------
ZOPICLONE = medicine("med-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", "2025-10-20",
                     gp_prescriber(MILLBROOK), last_changed="2026-02-16")
GABAPENTIN = medicine("med-gabapentin", "Gabapentin 300mg capsules", "600 mg three times a day", "2025-07-01",
                      gp_prescriber(MILLBROOK), last_changed="2026-01-12")
GZ_C = (
    "Zopiclone 7.5 mg at night and gabapentin 600 mg three times a day both continue for now; the GP plans to "
    "stop the zopiclone gradually from the 6-week review. Together they make Kayleigh drowsy, worst at night, so she "
    "must never sleep with the baby on a bed, sofa or armchair, and the foster carer does the night feeds. The baby "
    "had mild withdrawal signs on day 3 and may show late signs up to day 8; the foster carer and health visitor "
    "watch for them."
)
GZ_O = (
    "Zopiclone and gabapentin continue, and both sedate the mother. No bed, sofa or armchair sharing, no feeding "
    "lying down, and the foster carer does the night feeds. Late withdrawal signs are possible until day 8: ring "
    "the neonatal unit for tremor or poor feeding. The foster carer, health visitor and social worker all hold "
    "this plan."
)
GZ = _swap(
    F, [("med-diazepam", ZOPICLONE), ("med-pregabalin", GABAPENTIN)], "asm-diazepam-pregabalin",
    {"sedation": "yes",
     "parenting_capacity": "Zopiclone at night and gabapentin in the day make her drowsy, worst at night. She cares "
                           "for the baby in the day with prompting; night feeds need another adult awake.",
     "safe_sleep": "Never to share a bed, sofa or armchair with the baby and not to feed lying down. Cot in the "
                   "foster carer's room; the foster carer does the night feeds."},
    {"summary": "Exposed to gabapentin and zopiclone through pregnancy. Withdrawal signs (irritability, tremor, "
                "poor feeding) can appear up to day 8. The newborn examination was normal.",
     "neonatal_withdrawal_plan": "Observed on the postnatal ward for 5 days with withdrawal scoring; mild signs on "
                                 "day 3, no treatment. Foster carer and health visitor watch for late signs to day 8.",
     "breastfeeding": "Baby is bottle fed by choice."},
    "Do not stop gabapentin suddenly. GP to agree a gradual zopiclone reduction at the 6-week review. Weekly "
    "prescriptions in the placement; dose changes shared with the social worker, foster carer and health visitor.",
    GZ_C, GZ_O,
)

# phen / olz: the father's sedating medicine (P) --------------------------------------------------------------
PHENERGAN = medicine("med-partner-phenergan", "Phenergan 25mg tablets", "25 mg at night", "2025-01-10",
                     other_prescriber(ELM_PARK), taken_by="partner")
OLANZAPINE = medicine("med-partner-olanzapine", "Olanzapine 10mg tablets", "10 mg at night", "2024-02-05",
                      other_prescriber(ELM_PARK), taken_by="partner", last_changed="2025-10-13")


def _partner(med: Record, drug: str, conc: str, overall_text: str) -> tuple[str, Mutation, str, str]:
    return _swap(
        P, [("med-partner-quetiapine", med)], "asm-partner-quetiapine",
        {"sedation": "yes",
         "parenting_capacity": f"The father takes {drug} at night and is hard to wake for several hours after it. "
                               "He shares the baby's care in the daytime.",
         "safe_sleep": "He must never sleep in a bed, sofa or armchair with the baby and does no night feeds after "
                       "his dose; the baby sleeps in a next-to-me crib on the mother's side."},
        {"summary": "The baby is not exposed to the father's medicine. The risk is sudden infant death from "
                    "co-sleeping with a sedated adult.",
         "breastfeeding": "Not relevant: the medicine is the father's."},
        "Health visitor to check the sleeping arrangements at each visit in the first 8 weeks; his GP to tell the "
        "health visitor of any change in his dose.",
        conc, overall_text,
    )


PHEN_C = (
    "Daniel takes Phenergan (promethazine) 25 mg at night to sleep and is groggy until morning. He does no night "
    "feeds and never dozes with the baby on the bed, sofa or an armchair; Chloe does the nights and the baby sleeps "
    "in the next-to-me crib. The health visitor checks this at every visit to 8 weeks."
)
PHEN_O = (
    "Chloe's paracetamol is no concern. Daniel's promethazine sedates him at night: no co-sleeping with him and no "
    "night feeds by him. The crib was seen and is safe; the health visitor keeps checking and his GP will tell her "
    "of any dose change."
)
PHEN = _partner(PHENERGAN, "promethazine", PHEN_C, PHEN_O)
OLZ_C = (
    "Olanzapine 10 mg at night leaves Daniel heavily asleep until the morning. So: no night feeds by him, no "
    "sleeping with the baby on a bed, sofa or chair, and Chloe does the nights with the baby in the crib beside her. "
    "HV to check the arrangements at each contact to 8 weeks."
)
OLZ_O = (
    "Chloe's paracetamol raises no concern for the baby. Daniel's olanzapine makes him very sleepy at night: he must "
    "not co-sleep with the baby or do night feeds. The crib is safe; the HV keeps checking and his GP tells her of "
    "any change."
)
OLZ = _partner(OLANZAPINE, "olanzapine", OLZ_C, OLZ_O)


# ltg / top / mtx / iso: a teratogen or antiepileptic in an unplanned pregnancy (V) ---------------------------
def _v(med: Record, mother: Record, summary: str, feeding: str, recs: str, conc: str,
       overall_text: str) -> tuple[str, Mutation, str, str]:
    return _swap(V, [("med-valproate", med)], "asm-valproate", mother,
                 {"summary": summary, "breastfeeding": feeding}, recs, conc, overall_text)


LAMOTRIGINE = medicine("med-lamotrigine", "Lamotrigine 100mg tablets", "100 mg twice a day", "2019-09-02",
                       gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
LTG_C = (
    "Lamotrigine 100 mg twice a day continues: it is one of the safer antiepileptics in pregnancy, and a seizure "
    "would harm her and the baby more. Levels fall in pregnancy, so the epilepsy nurse checks them each trimester and "
    "adjusts the dose. The baby has a normal detailed anomaly scan planned at 20 weeks; folic acid 5 mg started "
    "today. Breastfeeding is fine on lamotrigine; the midwife watches the baby for sleepiness or rash."
)
LTG_O = (
    "Unplanned pregnancy at 8 weeks on lamotrigine. It continues, with levels each trimester by the epilepsy nurse; "
    "she must not stop it. Anomaly scan at 20 weeks; folic acid 5 mg started. Breastfeeding will be supported."
)
LTG = _v(
    LAMOTRIGINE,
    {"sedation": "no",
     "parenting_capacity": "Seizure-free for two years on lamotrigine; stopping risks seizures.",
     "safe_sleep": "Not sedating. If seizures return after birth she should not bath the baby alone."},
    "First-trimester lamotrigine carries little if any raised risk of major malformation. Levels fall in pregnancy "
    "and a breakthrough seizure is the main risk to the pregnancy.",
    "Compatible with breastfeeding; watch the baby for drowsiness or rash.",
    "Do not stop lamotrigine. Epilepsy nurse to check levels each trimester. Anomaly scan at 20 weeks. Folic acid "
    "5 mg daily started today.",
    LTG_C, LTG_O,
)

TOPAMAX = medicine("med-topamax", "Topamax 50mg tablets", "50 mg twice a day", "2021-02-01",
                   gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
TOP_C = (
    "Topiramate (Topamax) is a known teratogen: exposure in early pregnancy raises the risk of cleft lip and palate "
    "and of a small baby, and it should have been under a pregnancy prevention programme. She must not stop it "
    "suddenly; the neurologist sees her this week to switch it, and fetal medicine sees her for a detailed scan. "
    "Folic acid 5 mg started today. Breastfeeding plans will be made once the new medicine is chosen."
)
TOP_O = (
    "Unplanned pregnancy at 8 weeks on topiramate for epilepsy. Urgent neurology review this week to switch it; do "
    "not stop abruptly. Fetal medicine referral for the exposure; folic acid 5 mg started. Pregnancy prevention "
    "form to be completed by neurology."
)
TOP = _v(
    TOPAMAX,
    {"sedation": "no",
     "parenting_capacity": "Seizure-free on topiramate; stopping suddenly risks seizures.",
     "safe_sleep": "Not sedating at this dose. Safe sleep to be reviewed after birth."},
    "First-trimester topiramate exposure raises the risk of oral clefts and of low birth weight; possible later "
    "neurodevelopmental effects. Detailed anomaly scan and fetal medicine review needed.",
    "To be advised by neurology once the treatment plan is agreed.",
    "Urgent neurology review to switch topiramate; fetal medicine referral; folic acid 5 mg; pregnancy prevention "
    "programme paperwork to be completed.",
    TOP_C, TOP_O,
)

METHOTREXATE = medicine("med-methotrexate", "Methotrexate 2.5mg tablets", "15 mg once a week on Mondays",
                        "2022-05-09", other_prescriber(DERMATOLOGY), last_changed="2024-03-11")
MTX_C = (
    "Methotrexate is stopped today: it can cause miscarriage and birth defects, and her psoriasis is a lesser risk. "
    "The baby has been exposed in the first 8 weeks, so fetal medicine sees her within a week for counselling and a "
    "detailed scan; folic acid 5 mg daily started today. Dermatology reviews her skin treatment this month. She will "
    "not breastfeed on methotrexate if it is restarted."
)
MTX_O = (
    "Unplanned pregnancy at 8 weeks on weekly methotrexate. Methotrexate stopped today; folic acid 5 mg started. "
    "Urgent fetal medicine review for the exposure and dermatology review of her psoriasis this month."
)
MTX = _v(
    METHOTREXATE,
    {"sedation": "no",
     "parenting_capacity": "Psoriasis well controlled on methotrexate; a flare is likely after stopping.",
     "safe_sleep": "Not sedating."},
    "Methotrexate in early pregnancy raises the risk of miscarriage and of major malformations. First-trimester "
    "exposure needs fetal medicine counselling and a detailed anomaly scan.",
    "Not compatible with breastfeeding if restarted.",
    "Stop methotrexate now. Folic acid 5 mg daily. Urgent fetal medicine referral; dermatology review this month.",
    MTX_C, MTX_O,
)

ISOTRETINOIN = medicine("med-isotretinoin", "Isotretinoin 20mg capsules", "20 mg once daily", "2026-02-02",
                        other_prescriber(DERMATOLOGY))
ISO_C = (
    "Isotretinoin was stopped today: it is a strong teratogen and she was meant to be under the pregnancy prevention "
    "programme. The baby was exposed for the first 8 weeks, with a high risk of serious malformations, so fetal "
    "medicine sees her this week to counsel her about the options; dermatology has been told and reports the "
    "exposure to the MHRA. Folic acid 5 mg started today."
)
ISO_O = (
    "Unplanned pregnancy at 8 weeks on isotretinoin for acne. Isotretinoin stopped today. Urgent fetal medicine "
    "counselling this week; dermatology informed. Folic acid 5 mg started."
)
ISO = _v(
    ISOTRETINOIN,
    {"sedation": "no",
     "parenting_capacity": "Well; severe acne treated since February.",
     "safe_sleep": "Not sedating."},
    "Isotretinoin in early pregnancy carries a high risk of severe malformations (face, heart, brain). Urgent fetal "
    "medicine counselling needed.",
    "Isotretinoin is not compatible with breastfeeding; it will not be restarted while she breastfeeds.",
    "Stopping isotretinoin at once carries no risk to her; if the acne flares, dermatology will treat it with "
    "something safe in pregnancy. Stop isotretinoin today. Urgent fetal medicine referral. Dermatology to review the pregnancy prevention lapse.",
    ISO_C, ISO_O,
)

# mir: mirtazapine at 32 weeks (C) ----------------------------------------------------------------------------
MIRTAZAPINE = medicine("med-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night", "2024-06-01",
                       gp_prescriber(CASTLE_STREET), last_changed="2025-01-15")
MIR_C = (
    "Mirtazapine 15 mg at night carries on, as relapse of her depression would hurt her and the baby. It makes her "
    "sleepy at night, so the baby sleeps in a cot beside the bed and never in her bed or on the sofa. The midwife "
    "watches the baby for 48 h for jitteriness or poor feeding; breastfeeding is supported; GP mood review at 6 "
    "weeks."
)
MIR_O = (
    "Continue mirtazapine 15 mg at night. Midwife to watch the baby for 48 h after birth; no bed sharing because it "
    "sedates her at night; breastfeeding supported; GP mood review at 6 weeks. Amended on 2026-02-12 to add the "
    "health visitor as a recipient."
)
MIR = _swap(
    C, [("med-citalopram", MIRTAZAPINE)], "asm-citalopram",
    {"sedation": "yes",
     "parenting_capacity": "Depression well controlled on mirtazapine; an earlier attempt to stop led to relapse. "
                           "Sleepy for some hours after the night dose.",
     "safe_sleep": "Cot beside the bed; never to share her bed or sofa with the baby after her night dose."},
    {"summary": "Late-pregnancy mirtazapine may cause neonatal adaptation symptoms (jitteriness, poor feeding) in "
                "the first days.",
     "neonatal_withdrawal_plan": "Midwife to watch for adaptation symptoms for 48 hours; paediatric review if they "
                                 "persist.",
     "breastfeeding": "Compatible with breastfeeding; watch for drowsiness."},
    "Continue mirtazapine 15 mg at night. Maternity to know before delivery. GP mood review at the 6-week check.",
    MIR_C, MIR_O,
)

# war / cbz / lev: more teratogens and antiepileptics in the unplanned pregnancy (V) ---------------------------
WARFARIN = medicine("med-warfarin", "Warfarin 3mg tablets", "6 mg once daily, adjusted to INR", "2023-08-14",
                    gp_prescriber(CASTLE_STREET), last_changed="2026-01-05")
WAR_C = (
    "Warfarin must be switched now: in weeks 6 to 12 it can cause warfarin embryopathy (bone and face "
    "abnormalities) and later bleeding in the baby's brain. She must not simply stop it, as a clot on her leg veins "
    "would endanger them both; the anticoagulation clinic switches her to daily heparin injections this week. The "
    "baby has been exposed to 8 weeks, so fetal medicine sees her for a detailed scan. Folic acid 5 mg started."
)
WAR_O = (
    "Unplanned pregnancy at 8 weeks on warfarin. Anticoagulation clinic to switch her to heparin injections this "
    "week; not to stop without cover. Fetal medicine referral for the exposure; folic acid 5 mg started."
)
WAR = _v(
    WARFARIN,
    {"sedation": "no",
     "parenting_capacity": "On warfarin after two leg vein clots; stopping without other anticoagulation risks "
                           "another clot.",
     "safe_sleep": "Not sedating."},
    "Warfarin between 6 and 12 weeks can cause embryopathy; later in pregnancy it risks bleeding in the baby. "
    "Detailed anomaly scan and fetal medicine review needed.",
    "Warfarin is compatible with breastfeeding if used again after birth.",
    "Switch warfarin to heparin this week through the anticoagulation clinic; do not stop without cover. Fetal "
    "medicine referral; folic acid 5 mg daily.",
    WAR_C, WAR_O,
)

TEGRETOL = medicine("med-tegretol", "Tegretol Retard 400mg tablets", "400 mg twice a day", "2018-04-16",
                    gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
CBZ_C = (
    "Tegretol Retard (carbamazepine) 400 mg twice a day continues until the neurologist sees her this week; a "
    "seizure would endanger her and the pregnancy. Carbamazepine raises the baby's risk of neural tube and other "
    "malformations to about 3 in 100, so fetal medicine sees her for a detailed anomaly scan. Folic acid 5 mg "
    "started today. Breastfeeding is usually fine on carbamazepine; the midwife watches the baby for sleepiness."
)
CBZ_O = (
    "Unplanned pregnancy at 8 weeks on carbamazepine. Continue it, do not stop abruptly; urgent neurology review "
    "this week; fetal medicine referral for the anomaly scan; folic acid 5 mg started."
)
CBZ = _v(
    TEGRETOL,
    {"sedation": "no",
     "parenting_capacity": "Seizure-free for three years on carbamazepine; stopping risks seizures.",
     "safe_sleep": "Not sedating at this dose. If seizures return after birth she should not bath the baby alone."},
    "First-trimester carbamazepine raises the risk of major malformations (neural tube defects, clefts) to about "
    "3 in 100. Detailed anomaly scan and fetal medicine review needed.",
    "Compatible with breastfeeding; watch the baby for drowsiness and poor feeding.",
    "Do not stop carbamazepine. Urgent neurology review. Fetal medicine referral. Folic acid 5 mg daily.",
    CBZ_C, CBZ_O,
)

KEPPRA = medicine("med-keppra", "Keppra 500mg tablets", "750 mg twice a day", "2020-01-20",
                  gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
LEV_C = (
    "Keppra (levetiracetam) 750 mg bd continues: low malformation risk, and seizures are the bigger danger to her "
    "and the baby. Epilepsy nurse reviews her each trimester; anomaly scan at 20 weeks; folic acid 5 mg from today. "
    "Breastfeeding is fine; the midwife watches the baby for drowsiness."
)
LEV_O = (
    "Unplanned pregnancy at 8 weeks on levetiracetam, which continues; do not stop. Epilepsy nurse each trimester; "
    "anomaly scan at 20 weeks; folic acid 5 mg started; breastfeeding supported."
)
LEV = _v(
    KEPPRA,
    {"sedation": "no",
     "parenting_capacity": "Seizure-free on levetiracetam; stopping risks seizures.",
     "safe_sleep": "Not sedating. If seizures return after birth she should not bath the baby alone."},
    "First-trimester levetiracetam carries little if any raised risk of major malformation.",
    "Compatible with breastfeeding; watch the baby for drowsiness.",
    "Do not stop levetiracetam. Epilepsy nurse review each trimester. Anomaly scan at 20 weeks. Folic acid 5 mg.",
    LEV_C, LEV_O,
)

# tram: the mother's tramadol after birth, mixed feeding, beside the father's quetiapine (P) ------------------
TRAMADOL = medicine("med-tramadol", "Tramadol 50mg capsules", "50 mg up to four times a day when needed",
                    "2026-05-19", gp_prescriber(MILLBROOK))
TRAM_C = (
    "Tramadol 50 mg up to four times a day for her caesarean wound pain, for a week at most, then paracetamol "
    "alone. It can make Chloe and the baby drowsy: she should not sleep with the baby in her bed or on the sofa, "
    "and while she takes it the baby is fed and watched for sleepiness or slow breathing. Mixed feeding can go on. "
    "The health visitor checks on day 10."
)
TRAM_O = (
    "Chloe's tramadol is short term for wound pain: no co-sleeping while she takes it, and the baby is watched for "
    "drowsiness with her mixed feeding. Daniel's quetiapine sedates him at night: no co-sleeping with him and no "
    "night feeds by him. The HV checks the crib at each visit."
)


def _tram(doc: Record) -> None:
    doc["medicines"][0] = copy.deepcopy(TRAMADOL)
    doc["assessments"].append({
        "id": "asm-tramadol",
        "medicine_ids": ["med-tramadol"],
        "impact_on_mother": {
            "sedation": "yes",
            "parenting_capacity": "Caring well for the baby; tramadol taken mostly in the evening for wound pain.",
            "safe_sleep": "Not to share a bed or sofa with the baby while taking tramadol; crib beside the bed.",
        },
        "impact_on_baby": {
            "summary": "Small amounts reach breast milk; the baby may be drowsy or breathe slowly.",
            "breastfeeding": "Mixed feeding can continue for this short course; watch the baby for drowsiness.",
        },
        "recommendations": "Stop after a week; paracetamol alone after that. Stopping a short course carries no "
                           "withdrawal risk for her. HV to check on day 10.",
        "conclusion": TRAM_C,
        "author": copy.deepcopy(doc["overall_conclusion"]["author"]),
        "date": "2026-05-28",
    })
    doc["overall_conclusion"]["text"] = TRAM_O


TRAM = (P, _fn(_tram), "assessments#asm-tramadol.conclusion", "overall_conclusion.text")

SCENARIOS: dict[str, tuple[str, Mutation, str, str]] = {
    "esp": ESP, "buv": BUV, "gz": GZ, "phen": PHEN, "olz": OLZ, "ltg": LTG, "top": TOP, "mtx": MTX, "iso": ISO,
    "mir": MIR, "war": WAR, "cbz": CBZ, "lev": LEV, "tram": TRAM,
}
PLAIN: dict[str, tuple[str, str]] = {
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "lo": (L, "overall_conclusion.text"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "dzp": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
}


def at(where: str) -> tuple[str, Mutation | None, str]:
    """``esp`` (the scenario's assessment conclusion), ``esp.o`` (its overall), or a plain base's setter."""
    if where in PLAIN:
        base, path = PLAIN[where]
        return base, None, path
    key, _, part = where.partition(".")
    base, pre, cpath, opath = SCENARIOS[key]
    return base, pre, opath if part == "o" else cpath


def on(where: str, *more: Mutation) -> tuple[str, Mutation]:
    """A scenario with more changes of its own (not of its conclusions)."""
    base, pre, _ = at(where)
    steps = ([pre] if pre is not None else []) + list(more)
    return base, chain(*steps)


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


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str,
         disguise: Disguise | None) -> None:
    base, pre, path = at(where)

    def build(t: str) -> Mutation:
        return set_(path, t) if pre is None else chain(pre, set_(path, t))

    add(name, category, expect, base, build(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, build(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def rec(name: str, category: str, expect: Expect, where: str, why: str, *more: Mutation) -> None:
    base, mutate = on(where, *more)
    add(name, category, expect, base, mutate, why)


# ============================================================================================================ good
# The scenarios as written: complete and good.
for _key, _why in {
    "esp": "Espranor (buprenorphine) written as the brand, with sertraline",
    "buv": "long-acting buprenorphine injection, monthly",
    "gz": "zopiclone and gabapentin jointly assessed in a foster placement",
    "phen": "the father's Phenergan assessed for co-sleeping",
    "olz": "the father's olanzapine assessed for co-sleeping",
    "ltg": "lamotrigine continued in an unplanned pregnancy",
    "top": "Topamax in an unplanned pregnancy, switched urgently",
    "mtx": "weekly methotrexate stopped in an unplanned pregnancy",
    "iso": "isotretinoin stopped in an unplanned pregnancy",
    "mir": "mirtazapine at 32 weeks with safe sleep answered",
    "war": "warfarin switched to heparin in an unplanned pregnancy",
    "cbz": "Tegretol Retard continued pending neurology",
    "tram": "the mother's tramadol assessed after birth beside the father's quetiapine",
}.items():
    rec(f"good-scenario-{_key}", GD, PASS, _key, _why)

ok("good-esp-keyworker-note", GD, "esp",
   "Keyworker note. Espranor 16mg od supervised - no change, no on-top use, engaging well. Told her baby might "
   "withdraw: ward will score for 72 hrs after birth, then HV checks to day 8. Keen to breastfeed - encouraged. "
   "Knows to never have baby in bed or on the sofa after her dose; HV to see moses basket at first visit.",
   "a drug-service keyworker's note, terse and complete", cyr)
ok("good-esp-sbar", GD, "esp",
   "S: 29/40, buprenorphine 16 mg (Espranor) od. B: stable on it a year, supervised. A: risk of neonatal "
   "withdrawal; mild sedation after dose. R: continue dose; 72 h NAS scoring on postnatal ward, HV to day 8; "
   "breastfeeding encouraged; no co-sleeping, basket seen at first home visit.",
   "SBAR shorthand")
ok("good-esp-overall-numbered", GD, "esp.o",
   "1. Buprenorphine (Espranor) 16 mg od and sertraline 100 mg od continue. 2. Ward scores the baby 72 h for "
   "withdrawal and adaptation; HV to day 8. 3. Breastfeeding encouraged. 4. No co-sleeping after her dose; SW and "
   "HV see the sleeping set-up before discharge.",
   "a numbered overall plan", zwsp)
ok("good-buv-one-line", GD, "buv",
   "Buvidal 96 mg monthly continues; baby: 72 h NAS scoring on ward then HV to day 8; breastfeed ok; no bed/sofa "
   "sharing, HV checks cot.",
   "a one-line terse note that is still complete", shy)
ok("good-gz-foster-carer-plain", GD, "gz",
   "For Sandra, the foster carer: Kayleigh takes zopiclone at night and gabapentin in the day, and both make her "
   "sleepy. Please make sure she never falls asleep with the baby in bed, on the sofa or in a chair, and do the "
   "night feeds yourself. The baby may still get jittery, cry a lot or feed badly up to day 8 from coming off "
   "these medicines: ring the neonatal unit if so. The GP will start cutting down the zopiclone at 6 weeks.",
   "plain English for a foster carer", shy)
ok("good-gz-misspelt-gabapentin", GD, "gz",
   "Zopiclone 7.5 mg nocte and gabapentine 600 mg tds continue; GP to taper the zopiclone from 6 weeks. Both "
   "sedate her: no co-sleeping, no feeding lying down, foster carer does nights. Baby watched by foster carer and "
   "HV for late withdrawal to day 8.",
   "'gabapentine' as clinicians misspell it", cyr)
ok("good-phen-hv-handover", GD, "phen",
   "HV handover: Dad (Daniel) takes Phenergan 25 mg nightly for sleep - very groggy after. Agreed with both "
   "parents: he does no night feeds and never sleeps with baby on bed/sofa/chair; Chloe does nights, baby in "
   "next-to-me crib. Crib seen today. Next HV check at 6-8 weeks, then at each contact.",
   "a health visitor's handover", bidi)
ok("good-olz-psychiatrist-letter", GD, "olz",
   "Dear colleague, I reviewed Daniel, who takes olanzapine 10 mg at night for schizophrenia and remains well. "
   "It sedates him deeply for several hours, so he has agreed not to do night feeds and never to sleep with the "
   "baby on a bed, sofa or chair; Chloe does the nights and the baby sleeps in the crib by her. The health visitor "
   "will check this at every visit to 8 weeks, and I will tell her of any change in his dose.",
   "a perinatal psychiatrist's letter about the father")
ok("good-ltg-lamictal-brand", GD, "ltg",
   "Lamictal (lamotrigine) 100 mg bd continues - safest choice for her epilepsy in pregnancy. Epilepsy nurse to "
   "check levels every trimester as they fall. Anomaly scan at 20/40. Folic acid 5 mg from today. Baby: low "
   "malformation risk; breastfeeding fine, midwife to watch for drowsiness.",
   "the Lamictal brand in a terse note", greek)
ok("good-top-pharmacist-note", GD, "top",
   "Pharmacist note: topiramate 50 mg bd (Topamax) in an unplanned 8-week pregnancy. Teratogen under the pregnancy "
   "prevention programme - risk of cleft lip/palate and low birth weight for the baby. Do not stop abruptly; "
   "neurology to switch this week; fetal medicine referral sent for a detailed scan; folic acid 5 mg started. "
   "Breastfeeding advice once the new drug is chosen.",
   "a pharmacist's note")
ok("good-mtx-bullets", GD, "mtx",
   "- Methotrexate stopped today (teratogen).\n- Baby exposed wk 0-8: risk of miscarriage and malformation; fetal "
   "medicine within 1 week.\n- Folic acid 5 mg daily.\n- Dermatology to review psoriasis this month.\n- No "
   "breastfeeding if restarted.",
   "a bullet list", cyr)
ok("good-iso-roaccutane-brand", GD, "iso",
   "Roaccutane (isotretinoin) stopped today - serious teratogen. Baby exposed for 8 weeks with a high risk of "
   "malformations: fetal medicine counselling this week. Dermatology informed of the pregnancy prevention lapse. "
   "Folic acid 5 mg started.",
   "the Roaccutane brand", fw)
ok("good-mir-midwife-note", GD, "mir",
   "MW note 32/40: mirtazapine 15mg nocte continues, mood good. Sleepy at night - baby to sleep in own cot, never in "
   "her bed or on sofa. Baby obs for 48 hrs for jittery/poor feeding. Breastfeeding supported. GP mood r/v 6/52.",
   "a midwife's note in shorthand", bidi)
ok("good-lith-psychiatrist-letter", GD, "lith",
   "Dear Dr Campbell, I saw Rebecca at 24 weeks. Priadel 800 mg at night continues: her risk of a postpartum "
   "relapse is high and lithium protects her. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of "
   "delivery, with good hydration in labour. The baby needs a paediatric review after birth for floppiness, poor "
   "feeding and thyroid function. She will bottle feed, as lithium reaches breast milk. I will see her within a "
   "week of birth.",
   "a perinatal psychiatrist's letter", cyr)
ok("good-sert-setraline-misspelt", GD, "sert",
   "Setraline 100 mg od to continue - relapse risk if stopped. Baby: small PPHN risk and 48 h adaptation obs by "
   "the midwife alongside the withdrawal scoring. Breastfeeding compatible.",
   "'Setraline' misspelt")

# ============================================================================================================ hollow
bad("hl-esp-long-nothing", HL, "esp",
    "Espranor has been discussed at length with the patient today and all the relevant considerations were taken "
    "into account in reaching the conclusion that is recorded in this assessment.",
    "long, names the brand, concludes nothing", greek)
bad("hl-gz-noted-reviewed", HL, "gz",
    "Zopiclone and gabapentin reviewed. Noted. Discussed. Documented. Advice given as per protocol.",
    "stock words, no plan for the baby")
bad("hl-ltg-pending-padded", HL, "ltg",
    "Lamotrigine: pending review. Pending review. Outcome pending the review, which is pending at present.",
    "'pending review' padded to length", zwsp)
bad("hl-phen-lorem", HL, "phen",
    "Phenergan lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "filler text")
bad("hl-mir-repeated-word", HL, "mir",
    "Mirtazapine continue continue continue continue continue continue continue continue continue continue.",
    "one word repeated")
bad("hl-top-na-long-form", HL, "top",
    "Topiramate: this section is not applicable to this patient at this time and no further comment is required.",
    "a long-form 'not applicable'")
bad("hl-lith-no-concerns-no-reason", HL, "lith",
    "No concerns regarding Priadel at this time noted by the perinatal team.",
    "'no concerns' with no reason")
ok("hl-near-lith-no-concerns-with-reason", HL, "lith",
   "No concerns about the baby's heart: the 20-week fetal echo was normal. Priadel 800 mg nocte continues because "
   "relapse after birth is likely without it; levels monthly, weekly from 36 weeks and within 24 h of delivery. "
   "Baby: paediatric review after birth for floppiness, poor feeding and thyroid. Bottle feeding, as lithium "
   "passes into milk.",
   "'no concerns' about one thing, with the reason, then the plan")
ok("hl-near-ltg-pending-real", HL, "ltg",
   "Lamotrigine 100 mg twice a day continues pending the epilepsy nurse's level check on 3 June; do not stop it, "
   "as a seizure is the greater danger to her and the baby. Malformation risk low; anomaly scan at 20 weeks; folic "
   "acid 5 mg from today. Breastfeeding is fine; the midwife watches the baby for drowsiness.",
   "'pending' a dated, real check", greek)

# ============================================================================================================ deferral
bad("df-esp-see-keyworker-letter", DF, "esp",
    "Espranor: please see the drug service keyworker's letter of 20 February for the plan.",
    "a deferral only", zwsp)
bad("df-gz-as-per-discharge", DF, "gz",
    "Zopiclone and gabapentin - as per the discharge summary dated 12 June; refer to the social worker's notes.",
    "deferrals anywhere, nothing else", cyr)
bad("df-olz-per-psychiatry", DF, "olz",
    "Olanzapine (father): as discussed with his psychiatrist, see their clinic letter.",
    "the partner's medicine deferred elsewhere")
bad("df-iso-derm-letter", DF, "iso",
    "Isotretinoin - dermatology to advise. Refer to their letter.",
    "a teratogen deferred to another team")
ok("df-near-esp-see-also-summary", DF, "esp",
   "See also the keyworker's letter. In summary: Espranor 16 mg od continues; the baby is scored for withdrawal "
   "on the ward for 72 h and by the HV to day 8; breastfeeding encouraged; no bed or sofa sharing after her dose, "
   "basket checked at the home visit.",
   "a pointer beside a substantive conclusion", shy)
ok("df-near-gz-please-see-baby", DF, "gz",
   "Please see the baby at home within 48 hours of discharge (HV). Zopiclone and gabapentin continue; both sedate "
   "Kayleigh, so no co-sleeping and the foster carer does nights. Watch for late withdrawal to day 8; zopiclone "
   "taper from 6 weeks.",
   "an instruction, not a deferral")
ok("df-near-iso-derm-and-plan", DF, "iso",
   "Isotretinoin stopped today because of its teratogenic risk; dermatology's letter has the acne plan. The baby "
   "was exposed for 8 weeks: fetal medicine counselling this week about the high malformation risk. Folic acid 5 mg "
   "started.",
   "a pointer for the acne plan, with the baby's plan here", bidi)

# ============================================================================================================ dismissal
bad("ds-phen-not-applicable", DS, "phen",
    "Not applicable - Phenergan is Daniel's, not Chloe's, so nothing for the baby.",
    "the partner's sedating medicine dismissed")
bad("ds-olz-nothing-to-add", DS, "olz",
    "Olanzapine is his medicine only; nothing further to add for the baby or the mother.",
    "the partner's medicine dismissed", fw)
rec("ds-phen-safe-sleep-na", DS, REFUSE, "phen", "the partner's safe sleep item 'not applicable'",
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "N/A (father's medication)"))
rec("ds-near-phen-safe-sleep-short", DS, PASS, "phen", "a short real safe-sleep answer",
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
         "Dad never sleeps with baby after his Phenergan; baby in own crib; mum does nights."))
ok("ds-near-olz-no-direct-exposure", DS, "olz",
   "Not applicable to breastfeeding, as the olanzapine is Daniel's; the real risk is his deep sleep after his 10 mg "
   "dose. He does no night feeds and never sleeps with the baby on a bed, sofa or chair; Chloe does nights with the "
   "crib beside her; HV checks at every visit.",
   "'not applicable' to one point, the real concern answered")

# ============================================================================================================ copy-paste
_COPY = (
    "Continue current medication. Baby to be observed after birth and breastfeeding supported. No co-sleeping; "
    "health visitor to check."
)


def _both(text_a: str, text_b: str) -> Mutation:
    return chain(set_("assessments#asm-methadone.conclusion", text_a),
                 set_("assessments#asm-sertraline.conclusion", text_b))


_ESP_SERT_JOINT = (
    "Espranor (buprenorphine) 16 mg and sertraline 100 mg both continue: relapse of either problem would harm the "
    "baby more. Baby: 72 h withdrawal and adaptation scoring on the ward, HV to day 8. Breastfeeding encouraged. "
    "No co-sleeping after her buprenorphine dose; basket seen at the home visit."
)
rec("cp-esp-generic-both", CP, REFUSE, "esp", "one generic conclusion under both medicines", _both(_COPY, _COPY))
rec("cp-esp-joint-pasted-both", CP, REFUSE, "esp",
    "a joint-sounding conclusion pasted under two separate assessments", _both(_ESP_SERT_JOINT, _ESP_SERT_JOINT))
rec("cp-near-esp-own-each", CP, PASS, "esp", "each assessment its own conclusion, sharing a sentence",
    _both(ESP_C.replace("Breastfeeding is encouraged.", "Breastfeeding is encouraged, as with her sertraline."),
          "Sertraline 100 mg continues alongside the Espranor: relapse risk if stopped. The midwife watches the baby "
          "for 48 h for jitteriness and poor feeding during the withdrawal scoring. Compatible with breastfeeding."))
rec("cp-buv-overall-equals-conclusion", CP, PASS, "buv",
    "the overall conclusion equal to the only concerning medicine's assessment (sertraline's own stays)",
    set_("overall_conclusion.text",
         "Buvidal 96 mg monthly and sertraline 100 mg daily continue. Ward scores the baby 72 h for withdrawal and "
         "adaptation; HV to day 8; breastfeeding encouraged; no bed or sofa sharing, cot seen before discharge."))

# ============================================================================================================ joint
bad("jt-gz-omits-zopiclone", JT, "gz",
    "Gabapentin 600 mg tds continues. It sedates Kayleigh, so no co-sleeping and the foster carer does the night "
    "feeds. The baby is watched for late withdrawal to day 8 by the foster carer and HV.",
    "a joint assessment whose conclusion never names zopiclone", cyr)
bad("jt-gz-omits-gabapentin", JT, "gz",
    "Zopiclone 7.5 mg at night continues until the taper at 6 weeks; she must not co-sleep and the foster carer "
    "does nights. Late withdrawal possible to day 8; the HV and foster carer watch.",
    "never names gabapentin", fw)
bad("jt-esp-overall-omits-sertraline", JT, "esp.o",
    "Espranor 16 mg continues. Baby scored for withdrawal 72 h on the ward, HV to day 8. Breastfeeding encouraged. "
    "No co-sleeping; SW and HV see the cot before discharge.",
    "the overall conclusion never names sertraline")
ok("jt-near-gz-neurontin-brand", JT, "gz",
   "Zimovane 7.5 mg at night and Neurontin 600 mg tds carry on; GP tapers the Zimovane from 6 weeks. Both make her "
   "drowsy: no co-sleeping, no feeding lying down, foster carer does nights. HV and foster carer watch the baby "
   "for late withdrawal to day 8.",
   "both medicines named by their brands")
ok("jt-near-gz-both-word", JT, "gz",
   "Kayleigh's zopiclone and gabapentin: both continue, both sedate. No co-sleeping; foster carer does all night "
   "feeds. Baby: late withdrawal watch to day 8 by the foster carer and HV. Zopiclone taper from the 6-week review.",
   "a heading naming both, then 'both'", zwsp)

# ============================================================================================================ concerns
bad("cn-esp-no-baby", CN, "esp",
    "Espranor 16 mg once daily continues under the drug service with supervised consumption; her keyworker reviews "
    "her fortnightly and she has had no on-top use this year.",
    "an opioid conclusion silent on withdrawal, sleep and feeding", bidi)
bad("cn-gz-sister-watches", CN, "gz",
    "Zopiclone and gabapentin continue; zopiclone taper from 6 weeks. Both sedate her, so no co-sleeping. Her sister "
    "will keep an eye on the baby at night and for late withdrawal.",
    "the night care and withdrawal watch given only to a relative, no one answerable named")
bad("cn-top-no-teratogen", CN, "top",
    "Topamax 50 mg twice a day continues for her epilepsy; she is seizure-free and the neurologist is happy.",
    "a teratogen in the first trimester with no word of the baby", shy)
bad("cn-lith-breastfeed-wrong", CN, "lith",
    "Priadel 800 mg at night continues because relapse after birth is likely; levels monthly, weekly from 36 weeks "
    "and within 24 h of birth. Paediatric review of the baby after birth. She will breastfeed, as lithium does not "
    "pass into breast milk.",
    "breastfeeding planned on a false premise, against the record's bottle feeding and its own advice")
bad("cn-olz-no-sleep", CN, "olz",
    "Daniel's olanzapine 10 mg at night continues; he is well and his psychiatrist reviews him every three months.",
    "a partner's sedating medicine with no word of the baby's sleep")
ok("cn-near-esp-short-complete", CN, "esp",
   "Espranor 16 mg od continues (relapse risk). Baby: NAS scoring 72 h on ward, HV to d8. BF encouraged. No bed/sofa "
   "sharing post-dose; HV sees basket.",
   "short, every concern answered")
ok("cn-near-top-brief", CN, "top",
   "Topiramate 50 mg bd: teratogen (cleft lip/palate, low birth weight). Not to stop suddenly; neurology switching "
   "this week; fetal medicine scan referral sent; folic acid 5 mg today; feeding plan once switched.",
   "brief, the teratogen answered", cyr)
ok("cn-near-lith-levels-numbers", CN, "lith",
   "Lithium 800 mg nocte continues to prevent a postpartum relapse. Levels every 4 weeks (target 0.6-0.8 mmol/L), "
   "weekly from 36/40, and within 24 h of delivery. Paediatric review of the baby for floppiness, poor feeding and "
   "thyroid. Bottle feeding.",
   "lithium with its levels and a real target range")

# ============================================================================================================ names
rec("nm-gz-gabapentin-misspelt-list", NM, PASS, "gz", "'Gabapentine' on the list, recognised as gabapentin",
    replace_medicine("med-gabapentin", {**GABAPENTIN, "name": "Gabapentine 300mg capsules"}))
rec("nm-esp-subutex-list", NM, PASS, "esp", "Subutex on the list, the conclusion naming buprenorphine",
    replace_medicine("med-espranor", {**ESPRANOR, "id": "med-subutex", "name": "Subutex 8mg sublingual tablets",
                                      "dose": "16 mg once daily under the tongue, supervised"}))
_ZAPAIN = medicine("med-zapain", "Zapain 30mg/500mg tablets", "Two tablets up to four times a day when needed",
                   "2026-05-19", gp_prescriber(MILLBROOK))
rec("nm-phen-zapain-unassessed", NM, REFUSE, "phen",
    "the mother's paracetamol swapped for a co-codamol brand while breastfeeding, no assessment",
    replace_medicine("med-paracetamol", _ZAPAIN))
_TRAMADOL_HIDDEN = medicine("med-tramadol", "Tra\u200bmadol 50mg capsules", "50 mg up to four times a day when needed",
                            "2026-05-19", gp_prescriber(MILLBROOK))
rec("nm-phen-tramadol-zero-width", NM, REFUSE, "phen",
    "tramadol with a zero-width space inside its name, breastfeeding, no assessment",
    replace_medicine("med-paracetamol", _TRAMADOL_HIDDEN))
_SOMINEX = medicine("med-sominex", "Sominex 20mg tablets", "20 mg at night when needed", "2026-05-20",
                    gp_prescriber(MILLBROOK))
rec("nm-olz-mother-sominex", NM, REFUSE, "olz",
    "a sedating antihistamine brand for the mother, postnatal, never assessed",
    _fn(lambda d: d["medicines"].append(copy.deepcopy(_SOMINEX))))
bad("nm-mtx-names-unlisted-warfarin", NM, "mtx",
    "Methotrexate stopped today (teratogen). She also takes warfarin 5 mg daily, which continues. Baby exposed for 8 "
    "weeks: fetal medicine within a week. Folic acid 5 mg started. Dermatology review this month.",
    "a conclusion naming warfarin she takes, which the list does not hold")
ok("nm-near-mtx-warfarin-avoided", NM, "mtx",
   "Methotrexate stopped today: teratogen. Her cardiologist confirmed she has never taken warfarin. Baby exposed for 8 "
   "weeks: fetal medicine within a week for a detailed scan. Folic acid 5 mg started; dermatology review this "
   "month; no breastfeeding if restarted.",
   "warfarin named as never taken")
ok("nm-ltg-keppra-brand-in-text", NM, "ltg",
   "Lamotrigine 100 mg bd continues; a switch to Keppra was considered and rejected as she is seizure-free. Levels "
   "each trimester by the epilepsy nurse. Baby: low malformation risk, anomaly scan 20/40; folic acid 5 mg today; "
   "breastfeeding fine, watch for drowsiness.",
   "another antiepileptic named only as rejected, not taken")

# ============================================================================================================ routes
rec("rt-esp-mesh-tbc", RT, REFUSE, "esp", "a MESH mailbox of 'tbc'",
    set_("recipients#rcp-hv.route.mailbox", "tbc"))
rec("rt-ltg-mllp-dash-host", RT, REFUSE, "ltg", "an MLLP route with a dash for its host",
    set_("recipients#rcp-maternity.route.host", "-"))
rec("rt-lith-fhir-http", RT, REFUSE, "lith", "a FHIR base URL with no host",
    set_("recipients#rcp-maternity.route.base_url", "https://"))
rec("rt-gz-manual-vague", RT, REFUSE, "gz", "a manual route with no real instruction",
    set_("recipients#rcp-foster-carer.route.description", "Manual."))
rec("rt-gz-ods-malformed", RT, REFUSE, "gz", "an ODS code of the wrong form",
    set_("recipients#rcp-placement.organisation.ods_code", "??"))
rec("rt-near-esp-mesh-other", RT, PASS, "esp", "another well-formed MESH mailbox",
    set_("recipients#rcp-hv.route.mailbox", "X26HC013"))
rec("rt-near-ltg-mllp-other", RT, PASS, "ltg", "a real MLLP host and port",
    chain(set_("recipients#rcp-maternity.route.host", "10.20.30.40"),
          set_("recipients#rcp-maternity.route.port", 6661)))
rec("rt-near-gz-manual-real", RT, PASS, "gz", "a manual route with a real instruction",
    set_("recipients#rcp-foster-carer.route.description",
         "Printed copy given to the foster carer by the health visitor at the placement visit on 2026-06-13, "
         "with the zopiclone and gabapentin plan talked through."))

# ============================================================================================================ attribution
_NMC_MIDWIFE = {
    "name": {"given": ["Anna"], "family": "Lowe"},
    "role": "community-midwife",
    "registration": {"body": "NMC", "number": "09I1234E"},
    "organisation": {"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
}
_GPHC = {
    "name": {"given": ["Tariq"], "family": "Hussain"},
    "role": "pharmacist",
    "registration": {"body": "GPhC", "number": "2071234"},
    "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
}
rec("at-esp-midwife-gmc", AT, REFUSE, "esp", "a midwife with a GMC number",
    set_("assessments#asm-methadone.author", {**_NMC_MIDWIFE, "registration": {"body": "GMC", "number": "7091234"}}))
rec("at-near-esp-midwife-nmc", AT, PASS, "esp", "a midwife with her NMC PIN",
    set_("assessments#asm-methadone.author", _NMC_MIDWIFE))
rec("at-top-pharmacist-nmc", AT, REFUSE, "top", "a pharmacist with an NMC number",
    set_("assessments#asm-valproate.author", {**_GPHC, "registration": {"body": "NMC", "number": "12A3456B"}}))
rec("at-near-top-pharmacist-gphc", AT, PASS, "top", "a pharmacist with a GPhC number",
    set_("assessments#asm-valproate.author", _GPHC))
rec("at-mtx-zero-gmc", AT, REFUSE, "mtx", "an all-zeros GMC number",
    set_("assessments#asm-valproate.author.registration.number", "0000000"))
rec("at-phen-number-two-names", AT, REFUSE, "phen",
    "the overall author's GMC number given to a different doctor attesting",
    set_("attestation.by.name", {"prefix": "Dr", "given": ["Sarah"], "family": "Whitley"}))
rec("at-mir-attester-no-registration", AT, REFUSE, "mir", "an attester without a registration",
    _fn(lambda d: d["attestation"]["by"].pop("registration")))

# ============================================================================================================ dates
rec("dt-ltg-assessment-before-conception", DT, REFUSE, "ltg", "an assessment months before conception",
    set_("assessments#asm-valproate.date", "2025-12-01"))
rec("dt-near-ltg-assessment-early", DT, PASS, "ltg",
    "an assessment in week 6, after conception (the overall conclusion still dated the day of record)",
    set_("assessments#asm-valproate.date", "2026-05-06"))
rec("dt-esp-attested-2099", DT, REFUSE, "esp", "attestation in 2099",
    set_("attestation.at", "2099-03-02T16:40:00+00:00"))
rec("dt-gz-attested-before", DT, REFUSE, "gz", "attestation before the assessments it attests",
    set_("attestation.at", "2026-06-10T09:00:00+00:00"))
rec("dt-olz-delivery-future", DT, REFUSE, "olz", "a delivery date in the future",
    set_("pregnancy.delivery_date", "2027-01-18"))
rec("dt-mir-edd-gestation-clash", DT, REFUSE, "mir", "an EDD 20 weeks from what the gestation implies",
    set_("pregnancy.edd", "2026-08-24"))
rec("dt-near-mir-edd-ten-days", DT, PASS, "mir", "an EDD ten days from the gestation's, within 14",
    set_("pregnancy.edd", "2026-04-16"))
rec("dt-top-consent-future", DT, REFUSE, "top", "consent recorded in the future",
    set_("lawful_basis.recorded_on", "2027-05-20"))
ok("dt-near-buv-next-injection-date", DT, "buv",
   "Buvidal 96 mg continues monthly, next injection 30 March 2026 at the drug service clinic. Baby: 72 h NAS "
   "scoring on the ward, then HV to day 8. Breastfeeding encouraged. No bed/sofa sharing; cot seen at first home "
   "visit.",
   "a future date for a planned injection")
bad("dt-buv-injection-plan-before-pregnancy", DT, "buv",
    "Buvidal 96 mg continues monthly. Breastfeeding encouraged. No bed or sofa sharing; cot seen at the first home "
    "visit. NAS scoring on the ward for 72 h is booked for 2 March 2025.",
    "the withdrawal plan dated a year before the record, before conception")

# ============================================================================================================ partner
rec("pt-olz-partner-mothers-nhs", PT, REFUSE, "olz", "the partner given the mother's NHS number",
    set_("partner.nhs_number", "9990004145"))
rec("pt-near-olz-partner-own-nhs", PT, PASS, "olz", "the partner without an NHS number (not known)",
    _fn(lambda d: d["partner"].pop("nhs_number")))
bad("pt-phen-dismissed-as-his", PT, "phen.o",
    "Chloe's paracetamol: no concern. Daniel's Phenergan: his own business, not relevant to the baby.",
    "the overall conclusion dismissing the partner's sedating medicine")
ok("pt-near-phen-overall-brief", PT, "phen.o",
   "Paracetamol (Chloe): no concern. Promethazine (Daniel, 25 mg nocte): sedating, so no co-sleeping with him and no "
   "night feeds by him; crib seen; HV to keep checking.",
   "a brief overall conclusion that answers the partner's medicine", greek)
bad("pt-olz-father-does-nights", PT, "olz",
    "Olanzapine 10 mg at night makes Daniel sleep heavily. He will do the night feeds so Chloe can rest, with the "
    "baby asleep on his chest on the sofa. HV visits at 8 weeks.",
    "the sedated father given the night feeds and sofa sleep")

# ============================================================================================================ lawful basis
rec("lb-phen-yes", LB, REFUSE, "phen", "a lawful-basis justification of 'Yes.'",
    set_("lawful_basis.justification", "Yes."))
rec("lb-gz-hollow", LB, REFUSE, "gz", "a hollow justification",
    set_("lawful_basis.justification", "Shared as per policy."))
rec("lb-near-phen-short-real", LB, PASS, "phen", "a short real justification",
    set_("lawful_basis.justification",
         "Chloe and Daniel both agreed today to share this with the HV, the midwife and Daniel's GP."))
rec("lb-near-gz-safeguarding-real", LB, PASS, "gz", "a real safeguarding justification in other words",
    set_("lawful_basis.justification",
         "Kayleigh did not agree to the placement having this. Shared without consent because the foster carer "
         "must know how sleepy the zopiclone and gabapentin make her to keep the baby safe at night; agreed with "
         "the safeguarding lead and the social worker."))

# ============================================================================================================ doses
rec("do-buv-injection-by-mouth", DO, REFUSE, "buv", "a depot injection taken by mouth",
    set_("medicines#med-buvidal.dose", "96 mg by mouth once a month"))
rec("do-mir-tablets-iv", DO, REFUSE, "mir", "tablets given intravenously",
    set_("medicines#med-mirtazapine.dose", "15 mg IV at night"))
rec("do-gz-zero-dose", DO, REFUSE, "gz", "a zero dose",
    set_("medicines#med-gabapentin.dose", "0 mg three times a day"))
rec("do-near-gz-reducing-to-zero", DO, PASS, "gz", "a taper step to nought beside a real dose",
    chain(set_("medicines#med-zopiclone.dose", "7.5 mg at night, reducing by 3.75 mg a fortnight to 0 mg from "
                                               "the 6-week review")))
bad("do-ltg-conclusion-dose-clash", DO, "ltg",
    "Lamotrigine 400 mg twice a day continues: safest antiepileptic in pregnancy. Levels each trimester. Anomaly scan "
    "20/40; folic acid 5 mg today; breastfeeding fine, watch the baby for drowsiness.",
    "a conclusion dose that the dose line contradicts")
ok("do-near-ltg-dose-increase", DO, "ltg",
   "Lamotrigine to increase from 100 mg to 150 mg twice a day as levels fall in pregnancy; epilepsy nurse checks "
   "levels each trimester. Malformation risk low; anomaly scan at 20 weeks; folic acid 5 mg today; breastfeeding "
   "fine, midwife to watch the baby for drowsiness.",
   "a dose change said to be one", zwsp)
bad("do-esp-patch-form", DO, "esp",
    "The Espranor patch continues at 16 mg. Baby: 72 h withdrawal scoring on the ward, HV to day 8. Breastfeeding "
    "encouraged. No bed/sofa sharing after her dose; basket seen at the first visit.",
    "a patch form for an oral lyophilisate")
ok("do-near-esp-melt-on-tongue", DO, "esp",
   "Espranor 16 mg continues, dissolved on the tongue under supervision. Baby: 72 h withdrawal scoring on the ward, "
   "HV to day 8. Breastfeeding encouraged. No bed or sofa sharing after her dose; basket checked at the first visit.",
   "the product's own route")

# ============================================================================================================ more
bad("hl-war-reviewed-only", HL, "war",
    "Warfarin reviewed by the GP today in view of the pregnancy and the appropriate actions have been taken.",
    "'appropriate actions' with none named", cyr)
ok("hl-near-war-reviewed-then-plan", HL, "war",
   "Warfarin reviewed today in view of the pregnancy: it is switched to heparin injections by the anticoagulation "
   "clinic this week and not stopped without cover, as a clot would endanger them both. The baby was exposed to "
   "8 weeks, with a risk of warfarin embryopathy, so fetal medicine sees her for a detailed scan. Folic acid 5 mg "
   "started.",
   "'reviewed' followed by the plan")
bad("df-cbz-neurology-letter", DF, "cbz",
    "Carbamazepine: as per neurology letter dated 19 May 2026.",
    "a deferral to a letter")
ok("nm-cbz-tegretol-misspelt", NM, "cbz",
   "Tegretrol 400 mg bd continues pending neurology this week - do not stop (seizure risk). Baby: about 3 in 100 "
   "risk of neural tube and other malformations; fetal medicine anomaly scan referral sent; folic acid 5 mg "
   "today. Breastfeeding fine later, midwife to watch for sleepiness.",
   "'Tegretrol' as clinicians misspell it", zwsp)
bad("cp-lev-pasted-valproate-text", CP, "lev",
    "Valproate must continue until the neurologist reviews it: stopping suddenly risks seizures. The baby has been "
    "exposed in the first trimester, so an urgent neurology review and early fetal medicine assessment are needed.",
    "the valproate conclusion pasted under levetiracetam, never naming it")
ok("cp-near-lev-own-words", CP, "lev",
   "Levetiracetam must continue: stopping risks seizures, which endanger her and the baby. First-trimester risk to "
   "the baby is low; anomaly scan at 20 weeks; epilepsy nurse each trimester; folic acid 5 mg today. Breastfeeding "
   "fine, midwife watches for drowsiness.",
   "its own conclusion in its own words", fw)
bad("jt-tram-overall-omits-tramadol", JT, "tram.o",
    "Daniel's quetiapine sedates him at night: no co-sleeping with him and no night feeds by him. Chloe does the "
    "nights; the HV checks the crib at each visit.",
    "the overall conclusion never names the mother's tramadol")
ok("jt-near-tram-zydol-brand", JT, "tram",
   "Zydol 50 mg up to qds for wound pain, one week max, then paracetamol. Can make Chloe and the baby sleepy: no "
   "bed or sofa sharing while on it; baby watched for drowsiness or slow breathing with her mixed feeds. HV checks "
   "on day 10.",
   "tramadol named by a brand, terse", greek)
bad("cn-tram-no-sleep", CN, "tram",
    "Tramadol 50 mg up to four times a day for a week for wound pain, then paracetamol alone; the GP reviews the "
    "wound on day 10.",
    "a sedating opioid conclusion silent on the baby's sleep, feeding and drowsiness", zwsp)
bad("dt-war-heparin-planned-past", DT, "war",
    "Warfarin is to be switched: the anticoagulation clinic will start her heparin injections on 3 March 2026, and "
    "she must not stop warfarin before then. The baby was exposed to 8 weeks; fetal medicine sees her for a detailed "
    "scan. Folic acid 5 mg started.",
    "the switch planned for a date months before the assessment was written")
rec("do-esp-subutex-patch", DO, REFUSE, "esp", "Subutex tablets on the list, a patch in the conclusion",
    replace_medicine("med-espranor", {**ESPRANOR, "id": "med-subutex", "name": "Subutex 8mg sublingual tablets"}),
    set_("assessments#asm-methadone.conclusion",
         "The Subutex patch continues at 16 mg. Baby: 72 h withdrawal scoring on the ward, HV to day 8. "
         "Breastfeeding encouraged. No bed/sofa sharing after her dose; basket seen at the first visit."))
rec("do-war-tablets-inhaled", DO, REFUSE, "war", "warfarin tablets inhaled",
    set_("medicines#med-warfarin.dose", "two puffs twice a day"))

# ============================================================================================================ contradictions
bad("cn-gz-mother-does-nights", CN, "gz",
    "Zopiclone and gabapentin continue; the GP tapers the zopiclone from 6 weeks. Kayleigh does the night feeds "
    "herself in the placement. Late withdrawal watch by the foster carer and HV to day 8.",
    "the sedated mother, named, given the nights: the arrangement the concern is about, not a plan for it")
ok("cn-near-gz-evening-feed-only", CN, "gz",
   "Zopiclone and gabapentin continue; GP tapers zopiclone from 6 weeks. Kayleigh gives the evening bottle before "
   "her zopiclone; the foster carer does every feed after that and the baby sleeps in the foster carer's room. Late "
   "withdrawal watch by the foster carer and HV to day 8.",
   "a feed before the dose, the nights with the foster carer")
bad("cn-mir-cosleep-if-alert", CN, "mir",
    "Mirtazapine 15 mg at night continues. Co-sleeping is fine if she feels alert. Midwife watches the baby 48 h "
    "for jitteriness; breastfeeding supported; GP mood review at 6 weeks.",
    "co-sleeping allowed under a condition beside an item that forbids it")
ok("cn-near-mir-cosleep-never", CN, "mir",
   "Mirtazapine 15 mg at night continues. Co-sleeping is never safe on mirtazapine, even if she feels alert: cot "
   "beside the bed. Midwife watches the baby 48 h for jitteriness; breastfeeding supported; GP mood review at 6 "
   "weeks.",
   "the condition named only to rule it out")
bad("cn-buv-no-scoring-needed", CN, "buv",
    "Buvidal 96 mg monthly continues. The baby is not exposed to buprenorphine in the womb, so no withdrawal scoring "
    "is needed. Breastfeeding encouraged. No bed or sofa sharing; cot seen at the first home visit.",
    "the withdrawal watch the item plans dropped on a false premise", cyr)
bad("cn-esp-home-at-24-hours", CN, "esp",
    "Espranor 16 mg od continues (relapse risk). Baby home at 24 hours with no scoring, as buprenorphine never "
    "causes withdrawal. BF encouraged. No bed/sofa sharing post-dose; HV sees basket.",
    "the 72-hour withdrawal watch dropped for a day-one discharge")
ok("cn-near-buv-no-more-scoring-if", CN, "buv",
   "Buvidal 96 mg monthly continues. The ward scores the baby for 72 h; if there are no signs by then, no further "
   "ward scoring is needed and the HV looks for late signs to day 8. Breastfeeding encouraged. No bed or sofa "
   "sharing; cot seen at the first home visit.",
   "no more scoring only after a watch that found nothing, the HV still watching")
bad("cn-mtx-continues-against-stop", CN, "mtx",
    "Methotrexate 15 mg once a week continues through the pregnancy, as her psoriasis is severe. Folic acid 5 mg "
    "daily. Fetal medicine scan at 20 weeks for the baby. Dermatology review this month.",
    "a teratogen continued in the conclusion while the recommendations stop it now")
ok("cn-near-mtx-last-dose-monday", CN, "mtx",
   "Methotrexate: her last weekly dose was on Monday and it is now stopped for good in this pregnancy (teratogen). "
   "Baby exposed to 8 weeks: fetal medicine within a week for counselling and a detailed scan. Folic acid 5 mg "
   "daily. Dermatology review of the psoriasis this month; no breastfeeding if it is restarted.",
   "the stop told with her last dose")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F135CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F135CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F135CASES):3}"
    )
