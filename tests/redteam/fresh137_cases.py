"""A hundred-and-thirty-seventh independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, twenty-fourth round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work in many registers (terse GP shorthand, midwife notes, letters, SBAR,
bullets, numbered plans, plain English for a foster carer, a pharmacist's note, a perinatal psychiatrist's letter,
a health visitor's handover, a drug-service keyworker's note, a social worker's case note) that must pass; the
other half is hollow, disguised or impossible in each of issue 9's categories and must be refused. Each shape is
paired both ways.

This round leans on medicines earlier rounds used less. Each scenario swaps a shipped example's medicine for
another real one, written as clinicians write it (brands from codelists-more/brand-names.csv, no dm+d code, so
no code is invented), and rewrites that assessment completely:

* ``mst``: slow-release morphine (MST Continus) for back pain in place of methadone, with sertraline (M);
* ``dhc``: dihydrocodeine for pelvic girdle pain in place of citalopram (C);
* ``cam``: lithium as Camcolit in place of Priadel (L); ``abi``: aripiprazole (Abilify) in place of lithium (L);
* ``epi``, ``phy``, ``cbm``, ``ace``, ``tet``: Epilim Chrono, phenytoin (Epanutin), carbimazole, ramipril and
  lymecycline in an unplanned pregnancy in place of valproate (V);
* ``lox``: lorazepam and oxycodone (OxyContin) jointly, in the foster placement (F);
* ``fen``: a fentanyl patch (Matrifen) and chlordiazepoxide (Librium) jointly, in the foster placement (F);
* ``nyt``, ``ris``, ``hyd``: the father's Nytol (diphenhydramine), risperidone and hydroxyzine (P);
* Dyzantil and Liskonum in place of Epilim and Camcolit; and, listed with no assessment, Oramorph, Zomorph
  misspelt, Depakote and the father's Rivotril, against hydralazine, oxybutynin and lactulose (near misses to a
  medicine of concern, or harmless).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh137_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    CASTLE_STREET,
    ELM_PARK,
    MILLBROOK,
    NORTHGATE,
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
    P,
    Record,
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    other_prescriber,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F137CASES: list[Case] = []

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
    "disguise",
)

GD, HL, DF, DS, CP, JT, CN, NM, RT, AT, DT, PT, LB, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F137CASES.append(Case(f"f137-{name}", category, expect, base, mutate, why))


# ------------------------------------------------------------------------------------------------ scenarios


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


# mst: MST Continus for back pain, with sertraline (M) --------------------------------------------------------
MST = medicine("med-mst", "MST Continus 30mg modified-release tablets", "30 mg twice a day", "2025-03-10",
               gp_prescriber(RIVERSIDE), last_changed="2025-12-01")
MST_C = (
    "Morphine (MST Continus) 30 mg twice a day continues for her back pain; the GP will not increase it and will "
    "not stop it abruptly. The baby may withdraw from morphine: at least 72 hours of NAS scoring on the postnatal "
    "ward, then the health visitor looks for late signs to day 8. Breastfeeding is encouraged on this steady dose, "
    "watching the baby for sleepiness. Morphine makes her drowsy, so the baby never sleeps in her bed or on the "
    "sofa; the cot is seen at the first home visit."
)
MST_O = (
    "Morphine (MST) 30 mg bd and sertraline 100 mg daily both continue unchanged. After birth the ward scores the "
    "baby for withdrawal and SSRI adaptation for 72 hours, then the health visitor to day 8. Breastfeeding "
    "encouraged. No co-sleeping because morphine sedates her; the social worker and health visitor see the "
    "sleeping arrangements before discharge."
)
MST_S = _swap(
    M, [("med-methadone", MST)], "asm-methadone",
    {"sedation": "yes",
     "parenting_capacity": "Chronic back pain after a fall in 2024; on slow-release morphine 30 mg twice a day for "
                           "a year, no extra use. Drowsy for an hour or two after each dose.",
     "safe_sleep": "Never to share a bed or sofa with the baby; cot in the parents' room, to be seen at the first "
                   "home visit."},
    {"summary": "Regular morphine to term can cause neonatal withdrawal; signs start 24 to 72 hours after birth and "
                "can appear up to day 8.",
     "neonatal_withdrawal_plan": "At least 72 hours on the postnatal ward with withdrawal scoring per the local "
                                 "guideline; health visitor to look for late signs to day 8.",
     "breastfeeding": "Morphine passes into breast milk in small amounts; breastfeeding is encouraged on a steady "
                      "dose, watching the baby for drowsiness."},
    "GP keeps the morphine dose steady; no increase and no sudden stop. Any change shared with maternity and the "
    "health visitor the same week.",
    MST_C, MST_O,
)

# dhc: dihydrocodeine for pelvic girdle pain (C) --------------------------------------------------------------
DHC = medicine("med-dihydrocodeine", "Dihydrocodeine 30mg tablets", "30 mg up to four times a day", "2025-12-15",
               gp_prescriber(CASTLE_STREET), last_changed="2026-01-20")
DHC_C = (
    "Dihydrocodeine 30 mg up to four times a day carries on for her pelvic girdle pain, with physiotherapy; she "
    "is taking about three doses a day. Taken up to delivery it can cause withdrawal in the baby, so the midwife "
    "scores the baby for 72 hours after birth and the health visitor looks for late signs to day 8. Breastfeeding "
    "is supported on this dose, watching for a sleepy baby. It makes her drowsy, so no bed or sofa sharing with "
    "the baby."
)
DHC_O = (
    "Continue dihydrocodeine for pelvic girdle pain, at the lowest dose that works. Midwife to score the baby for "
    "withdrawal for 72 hours after birth; health visitor to day 8. Breastfeeding supported. No co-sleeping while "
    "she is drowsy on it. Amended on 2026-02-12 to add the health visitor as a recipient."
)
DHC_S = _swap(
    C, [("med-citalopram", DHC)], "asm-citalopram",
    {"sedation": "yes",
     "parenting_capacity": "Pelvic girdle pain since 24 weeks; dihydrocodeine lets her walk and sleep. Mildly "
                           "drowsy after a dose.",
     "safe_sleep": "Advised never to share a bed or sofa with the baby; moses basket in the parents' room."},
    {"summary": "Regular dihydrocodeine in late pregnancy can cause neonatal withdrawal (irritability, poor feeding) "
                "starting 1 to 3 days after birth, occasionally later.",
     "neonatal_withdrawal_plan": "Midwife to score the baby for withdrawal for 72 hours after birth per the local "
                                 "guideline; health visitor to look for late signs to day 8.",
     "breastfeeding": "Compatible at this dose for a short time; watch the baby for drowsiness or poor feeding."},
    "Continue dihydrocodeine at the lowest effective dose with physiotherapy. Maternity team to know before "
    "delivery. GP review at the 6-week postnatal check.",
    DHC_C, DHC_O,
)

# cam: lithium as Camcolit (L) --------------------------------------------------------------------------------
CAMCOLIT = medicine("med-camcolit", "Camcolit 400mg modified-release tablets", "800 mg at night; brand prescribing "
                    "(Camcolit)", "2021-03-15", gp_prescriber(NORTHGATE), last_changed="2025-08-04")
CAM_C = (
    "Camcolit (lithium carbonate) 800 mg at night should continue, because stopping it would put her at high risk "
    "of relapse and postpartum psychosis. Lithium levels every 4 weeks, weekly from 36 weeks and within 24 hours "
    "of delivery. The baby needs a paediatric review after birth for floppiness, poor feeding and thyroid "
    "problems. She will bottle feed, since lithium passes into breast milk."
)
CAM_O = (
    "Lithium (Camcolit) 800 mg nocte continues, with levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. The baby has a paediatric review after birth. Bottle feeding agreed. The perinatal mental health team "
    "sees her within a week of birth because relapse risk is high."
)
CAM_S = _swap(
    L, [("med-lithium", CAMCOLIT)], "asm-lithium",
    {"sedation": "no",
     "parenting_capacity": "Bipolar disorder, well for four years on lithium. High risk of relapse after birth, "
                           "including postpartum psychosis.",
     "safe_sleep": "Lithium is not sedating at this level. Safe sleep advice given."},
    {"summary": "Fetal heart scan at 20 weeks normal. Near birth lithium can cause floppiness, poor feeding and "
                "thyroid problems in the baby.",
     "neonatal_withdrawal_plan": "Paediatric review after birth; baby observed on the postnatal ward for lithium "
                                 "effects, with levels and thyroid function if signs appear.",
     "breastfeeding": "Not advised on lithium; bottle feeding agreed."},
    "Levels every 4 weeks, weekly from 36 weeks, within 24 hours after birth. Fluids in labour. Deliver in hospital. "
    "Perinatal mental health team within a week of birth.",
    CAM_C, CAM_O,
)

# abi: aripiprazole (Abilify) in place of lithium (L) ---------------------------------------------------------
ABILIFY = medicine("med-abilify", "Abilify 15mg tablets", "15 mg once daily", "2022-01-10",
                   gp_prescriber(NORTHGATE), last_changed="2025-08-04")
ABI_C = (
    "Aripiprazole (Abilify) 15 mg each morning continues: she has been well on it for three years and relapse "
    "after birth would be dangerous for her and the baby. After birth the baby is observed for 72 hours for "
    "jitteriness, stiffness or floppiness and poor feeding, with a paediatric review if seen. She has chosen to "
    "bottle feed. It does not sedate her; safe sleep advice given. Perinatal mental health review within a week of "
    "birth."
)
ABI_O = (
    "Continue aripiprazole 15 mg daily through pregnancy. The postnatal ward watches the baby for 72 hours for "
    "jitteriness, abnormal tone or feeding problems; paediatric review if they appear. Bottle feeding. Perinatal "
    "mental health team to see her within a week of birth and the GP to check her glucose at 28 weeks."
)
ABI_S = _swap(
    L, [("med-lithium", ABILIFY)], "asm-lithium",
    {"sedation": "no",
     "parenting_capacity": "Bipolar disorder, well for three years on aripiprazole. High risk of relapse after "
                           "birth.",
     "safe_sleep": "Not sedating at this dose. Safe sleep advice given."},
    {"summary": "Antipsychotics in the third trimester can cause extrapyramidal or withdrawal symptoms in the "
                "newborn (agitation, abnormal tone, tremor, sleepiness, feeding difficulty).",
     "neonatal_withdrawal_plan": "Baby observed on the postnatal ward for 72 hours for these signs; paediatric "
                                 "review if they appear.",
     "breastfeeding": "Limited data; she has chosen to bottle feed."},
    "Continue aripiprazole. Glucose tolerance test at 28 weeks. Perinatal mental health team within a week of "
    "birth.",
    ABI_C, ABI_O,
)


# V scenarios ------------------------------------------------------------------------------------------------
def _v(med: Record, mother: Record, summary: str, feeding: str, recs: str, conc: str,
       overall_text: str) -> tuple[str, Mutation, str, str]:
    return _swap(V, [("med-valproate", med)], "asm-valproate", mother,
                 {"summary": summary, "breastfeeding": feeding}, recs, conc, overall_text)


EPILIM = medicine("med-epilim", "Epilim Chrono 500mg modified-release tablets", "500 mg twice a day", "2019-09-02",
                  gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
EPI_C = (
    "Epilim Chrono 500 mg twice a day must not be stopped suddenly, since a seizure would endanger her and the "
    "pregnancy; the neurologist sees her urgently this week to decide on a switch. The baby has been exposed to "
    "valproate for 8 weeks: about a 1 in 10 chance of a major malformation such as spina bifida and a 3 to 4 in 10 "
    "chance of later learning difficulties, so fetal medicine will see her for an early detailed scan. Folic acid "
    "5 mg started today."
)
EPI_O = (
    "Unplanned pregnancy at 8 weeks on Epilim (sodium valproate). Do not stop it abruptly; urgent neurology review "
    "this week. Fetal medicine referral sent for the valproate exposure; folic acid 5 mg started. Annual risk "
    "acknowledgement form last signed November 2025."
)
EPI_S = _v(
    EPILIM,
    {"sedation": "no",
     "parenting_capacity": "Seizure-free for two years on valproate; stopping suddenly risks seizures.",
     "safe_sleep": "Not sedating. If seizures return after birth she should not bath the baby alone."},
    "First-trimester valproate exposure: about 1 in 10 major malformations and up to 3 to 4 in 10 later "
    "developmental difficulties. Early fetal medicine review and detailed scan needed.",
    "To be advised by neurology once the plan for the pregnancy is agreed.",
    "Do not stop valproate abruptly. Urgent neurology and fetal medicine referrals. Folic acid 5 mg daily.",
    EPI_C, EPI_O,
)

EPANUTIN = medicine("med-epanutin", "Epanutin 100mg capsules", "300 mg at night", "2018-04-16",
                    gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
PHY_C = (
    "Phenytoin (Epanutin) 300 mg at night continues: she has been seizure-free on it for years and must not stop "
    "suddenly. It raises the risk of malformations (cleft lip, heart and finger defects) and of a small baby, so the "
    "neurologist reviews her this month, the epilepsy nurse checks levels each trimester, and fetal medicine scans "
    "at 12 and 20 weeks. Folic acid 5 mg started today. The baby needs vitamin K at birth; breastfeeding is fine."
)
PHY_O = (
    "Unplanned pregnancy at 8 weeks on phenytoin. Continue it; do not stop abruptly. Neurology review this month, "
    "levels each trimester, fetal medicine scans at 12 and 20 weeks for the exposure. Folic acid 5 mg started. "
    "Vitamin K for the baby at birth."
)
PHY_S = _v(
    EPANUTIN,
    {"sedation": "no",
     "parenting_capacity": "Seizure-free on phenytoin for six years; stopping risks seizures.",
     "safe_sleep": "Not sedating at this level. If seizures return she should not bath the baby alone."},
    "First-trimester phenytoin raises the risk of major malformations (about 6 in 100) and of growth restriction. "
    "Detailed scans needed.",
    "Compatible with breastfeeding; watch the baby for drowsiness.",
    "Do not stop phenytoin. Levels each trimester. Fetal medicine scans. Folic acid 5 mg daily. Vitamin K at birth.",
    PHY_C, PHY_O,
)

CARBIMAZOLE = medicine("med-carbimazole", "Carbimazole 5mg tablets", "10 mg once daily", "2024-09-09",
                       gp_prescriber(CASTLE_STREET), last_changed="2025-06-02")
CBM_C = (
    "Carbimazole 10 mg daily is switched today to propylthiouracil for the first trimester, after a call with the "
    "endocrinologist, because carbimazole in early pregnancy can cause scalp and gut defects in the baby. Thyroid "
    "function every 4 weeks, and fetal medicine will scan at 12 and 20 weeks for the exposure so far. She must not "
    "just stop treatment: untreated thyrotoxicosis also harms the baby. Folic acid 5 mg started."
)
CBM_O = (
    "Unplanned pregnancy at 8 weeks on carbimazole: switched to propylthiouracil today on endocrinology advice. "
    "Thyroid tests every 4 weeks; fetal medicine scans at 12 and 20 weeks. Folic acid 5 mg started. The baby's "
    "thyroid will be checked after birth."
)
CBM_S = _v(
    CARBIMAZOLE,
    {"sedation": "no",
     "parenting_capacity": "Graves' disease controlled on carbimazole; stopping risks thyrotoxicosis.",
     "safe_sleep": "Not sedating."},
    "First-trimester carbimazole is linked to aplasia cutis and other rare malformations. Detailed scans needed. "
    "The baby's thyroid needs checking after birth.",
    "Carbimazole at low dose is compatible with breastfeeding later.",
    "Switch to propylthiouracil for the first trimester. Thyroid function every 4 weeks. Fetal medicine scans.",
    CBM_C, CBM_O,
)

RAMIPRIL = medicine("med-ramipril", "Ramipril 5mg capsules", "5 mg once daily", "2023-02-20",
                    gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
ACE_C = (
    "Ramipril is stopped today and labetalol 100 mg twice a day started instead, because ACE inhibitors taken beyond "
    "the first trimester can damage the baby's kidneys and skull; at 8 weeks the exposure so far carries little "
    "risk. Blood pressure check in one week with the practice nurse, and early referral to the antenatal clinic for "
    "growth scans. Folic acid 5 mg started."
)
ACE_O = (
    "Unplanned pregnancy at 8 weeks on ramipril: stopped today, labetalol started. BP check in a week. Antenatal "
    "clinic referral for blood pressure care and growth scans. Folic acid 5 mg started. Breastfeeding will be "
    "possible on labetalol."
)
ACE_S = _v(
    RAMIPRIL,
    {"sedation": "no",
     "parenting_capacity": "Essential hypertension controlled on ramipril.",
     "safe_sleep": "Not sedating."},
    "ACE inhibitors in the second and third trimesters cause fetal kidney damage and low fluid; first-trimester "
    "exposure carries little extra risk. Growth scans needed.",
    "Labetalol is compatible with breastfeeding.",
    "Stop ramipril, start labetalol. BP in one week. Antenatal clinic referral.",
    ACE_C, ACE_O,
)

LYMECYCLINE = medicine("med-lymecycline", "Lymecycline 408mg capsules", "408 mg once daily", "2026-03-02",
                       gp_prescriber(CASTLE_STREET), flagged=True)
TET_C = (
    "Lymecycline for her acne is stopped today: tetracyclines can stain the baby's teeth and affect bone growth "
    "if taken after about 15 weeks, and the 8 weeks so far carry little risk. Azelaic acid cream instead. No "
    "extra scans beyond the routine anomaly scan at 20 weeks. Folic acid 5 mg started; the GP reviews her skin in 6 "
    "weeks."
)
TET_O = (
    "Unplanned pregnancy at 8 weeks: lymecycline stopped today, azelaic acid cream instead. Routine anomaly scan at "
    "20 weeks. Folic acid 5 mg started. GP skin review in 6 weeks."
)
TET_S = _v(
    LYMECYCLINE,
    {"sedation": "no",
     "parenting_capacity": "Acne only; no effect on her care of a baby.",
     "safe_sleep": "Not sedating."},
    "Tetracyclines after about 15 weeks can discolour the baby's teeth and slow bone growth; early exposure carries "
    "little risk.",
    "Short courses are avoided while breastfeeding; not needed now.",
    "Stop lymecycline; azelaic acid cream. Routine anomaly scan.",
    TET_C, TET_O,
)


# F scenarios ------------------------------------------------------------------------------------------------
def _f(swaps: list[tuple[str, Record]], mother: Record, baby: Record, recs: str, conc: str,
       overall_text: str) -> tuple[str, Mutation, str, str]:
    return _swap(F, swaps, "asm-diazepam-pregabalin", mother, baby, recs, conc, overall_text)


LORAZEPAM = medicine("med-lorazepam", "Lorazepam 1mg tablets", "1 mg twice a day", "2025-10-20",
                     gp_prescriber(MILLBROOK), last_changed="2026-02-16")
OXYCONTIN = medicine("med-oxycontin", "OxyContin 10mg modified-release tablets", "10 mg twice a day", "2025-07-01",
                     gp_prescriber(MILLBROOK), last_changed="2026-01-12")
LOX_C = (
    "Lorazepam 1 mg bd and oxycodone (OxyContin) 10 mg bd both continue for now, and the GP will start a slow "
    "lorazepam reduction at the 6-week review. Together they make Kayleigh drowsy, so she must never sleep with the "
    "baby on a bed, sofa or armchair and must not feed lying down; the foster carer does the night feeds. The baby "
    "had mild withdrawal on day 3 and may still show late signs up to day 8, which the foster carer and health "
    "visitor watch for."
)
LOX_O = (
    "Lorazepam and oxycodone continue and both sedate the mother: no bed, sofa or armchair sharing, no feeding lying "
    "down, and the foster carer does the night feeds. Late withdrawal signs are possible until day 8; ring the "
    "neonatal unit for tremor, poor feeding or high-pitched crying. The foster carer, health visitor and social "
    "worker all hold this plan."
)
LOX_S = _f(
    [("med-diazepam", LORAZEPAM), ("med-pregabalin", OXYCONTIN)],
    {"sedation": "yes",
     "parenting_capacity": "Lorazepam and oxycodone together make her drowsy, worst after doses and at night. She "
                           "cares for the baby in the day with prompting; nights need another adult awake.",
     "safe_sleep": "Never to share a bed, sofa or armchair with the baby and not to feed lying down. Cot in the "
                   "foster carer's room; the foster carer does the night feeds."},
    {"summary": "Exposed to lorazepam and oxycodone through pregnancy. Withdrawal signs can appear up to day 8. "
                "The newborn examination was normal.",
     "neonatal_withdrawal_plan": "Observed on the postnatal ward for 5 days with withdrawal scoring; mild signs on "
                                 "day 3, no treatment. Foster carer and health visitor watch for late signs to day 8.",
     "breastfeeding": "Baby is bottle fed by choice."},
    "Do not stop either suddenly. GP to agree a slow lorazepam reduction at the 6-week review. Weekly prescriptions "
    "in the placement; dose changes shared with the social worker, foster carer and health visitor.",
    LOX_C, LOX_O,
)

MATRIFEN = medicine("med-matrifen", "Matrifen 25micrograms/hour transdermal patches", "One 25 microgram/hour patch "
                    "changed every 72 hours", "2025-07-01", gp_prescriber(MILLBROOK), last_changed="2026-01-12")
LIBRIUM = medicine("med-librium", "Librium 10mg capsules", "10 mg three times a day, reducing", "2026-06-09",
                   gp_prescriber(MILLBROOK))
FEN_C = (
    "Fentanyl (Matrifen 25 microgram/hour patch, changed every 3 days) continues, and chlordiazepoxide (Librium) "
    "10 mg tds reduces over 10 days for alcohol withdrawal under the GP. Both make Kayleigh drowsy: she never sleeps "
    "with the baby on a bed, sofa or chair, never feeds lying down, and the foster carer does every night feed. The "
    "baby may show late opioid withdrawal up to day 8; the foster carer and HV watch for it and ring the neonatal "
    "unit if worried."
)
FEN_O = (
    "The fentanyl patch continues and the Librium (chlordiazepoxide) course reduces over 10 days. Both sedate her: "
    "no co-sleeping, no feeding lying down, nights by the foster carer. Late withdrawal possible to day 8; foster "
    "carer and HV watch. Used patches go back to the pharmacy, out of the baby's reach. Social worker, HV and foster "
    "carer hold this plan."
)
FEN_S = _f(
    [("med-diazepam", MATRIFEN), ("med-pregabalin", LIBRIUM)],
    {"sedation": "yes",
     "parenting_capacity": "Fentanyl patch for chronic pain and a reducing chlordiazepoxide course for alcohol "
                           "withdrawal; drowsy, worst at night. Nights need another adult awake.",
     "safe_sleep": "Never to share a bed, sofa or armchair with the baby and not to feed lying down. Cot in the "
                   "foster carer's room; the foster carer does the night feeds."},
    {"summary": "Exposed to fentanyl through pregnancy; withdrawal signs can appear up to day 8. The newborn "
                "examination was normal.",
     "neonatal_withdrawal_plan": "Observed on the postnatal ward for 5 days with withdrawal scoring; mild signs on "
                                 "day 3. Foster carer and health visitor watch for late signs to day 8.",
     "breastfeeding": "Baby is bottle fed by choice."},
    "Do not remove the patch suddenly. Librium reducing course over 10 days, supervised. Used patches folded and "
    "returned to the pharmacy. Dose changes shared with the social worker, foster carer and health visitor.",
    FEN_C, FEN_O,
)


# P scenarios: the father's sedating medicine ---------------------------------------------------------------
def _partner(med: Record, drug: str, conc: str, overall_text: str) -> tuple[str, Mutation, str, str]:
    return _swap(
        P, [("med-partner-quetiapine", med)], "asm-partner-quetiapine",
        {"sedation": "yes",
         "parenting_capacity": f"The father takes {drug} at night and is hard to wake for some hours after it. He "
                               "shares the baby's care in the daytime.",
         "safe_sleep": "He must never sleep in a bed, sofa or armchair with the baby and does no night feeds after "
                       "his dose; the baby sleeps in a next-to-me crib on the mother's side."},
        {"summary": "The baby is not exposed to the father's medicine. The risk is sudden infant death from "
                    "co-sleeping with a sedated adult.",
         "breastfeeding": "Not relevant: the medicine is the father's."},
        "Health visitor to check the sleeping arrangements at each visit in the first 8 weeks; his GP to tell the "
        "health visitor of any change in his dose.",
        conc, overall_text,
    )


NYTOL = medicine("med-partner-nytol", "Nytol One-A-Night 50mg tablets", "50 mg at night", "2025-11-01",
                 other_prescriber(ELM_PARK), taken_by="partner")
NYT_C = (
    "Daniel takes Nytol (diphenhydramine) 50 mg most nights and sleeps very deeply after it. He does no night "
    "feeds and never dozes with the baby on the bed, sofa or an armchair; Chloe does the nights and the baby sleeps "
    "in the next-to-me crib. The health visitor checks this at every visit to 8 weeks."
)
NYT_O = (
    "Chloe's paracetamol raises no concern. Daniel's diphenhydramine (Nytol) sedates him at night: no co-sleeping "
    "with him and no night feeds by him. The crib was seen and is safe; the health visitor keeps checking, and his "
    "GP will review whether he still needs it."
)
NYT_S = _partner(NYTOL, "diphenhydramine", NYT_C, NYT_O)

RISPERIDONE = medicine("med-partner-risperidone", "Risperidone 2mg tablets", "4 mg at night", "2023-05-15",
                       other_prescriber(ELM_PARK), taken_by="partner", last_changed="2025-10-13")
RIS_C = (
    "The father's risperidone 4 mg at night makes him sleep heavily until morning. So he does not do night feeds "
    "and must never fall asleep with the baby on a bed, sofa or chair; Chloe does the nights with the baby in the "
    "crib beside her. Health visitor to check the arrangements at each contact to 8 weeks."
)
RIS_O = (
    "Chloe's paracetamol raises no concern for the baby. Daniel's risperidone makes him very sleepy at night: he "
    "must not co-sleep with the baby or do night feeds. The crib is safe; the health visitor keeps checking and his "
    "GP tells her of any change."
)
RIS_S = _partner(RISPERIDONE, "risperidone", RIS_C, RIS_O)

HYDROXYZINE = medicine("med-partner-hydroxyzine", "Hydroxyzine 25mg tablets", "25 mg at night", "2025-09-01",
                       other_prescriber(ELM_PARK), taken_by="partner")
HYD_C = (
    "Hydroxyzine 25 mg at night for Daniel's eczema itch leaves him drowsy into the small hours. He must not share a "
    "bed, sofa or armchair with the baby and does not do night feeds; Chloe does those, and the baby sleeps in the "
    "crib on her side. The HV checks the set-up at each visit to 8 weeks."
)
HYD_O = (
    "Chloe's paracetamol is no concern. Daniel's hydroxyzine sedates him at night, so no co-sleeping with him and no "
    "night feeds by him. Crib seen and safe; HV keeps checking; his GP tells the HV if the dose changes."
)
HYD_S = _partner(HYDROXYZINE, "hydroxyzine", HYD_C, HYD_O)

SCENARIOS: dict[str, tuple[str, Mutation, str, str]] = {
    "mst": MST_S, "dhc": DHC_S, "cam": CAM_S, "abi": ABI_S, "epi": EPI_S, "phy": PHY_S, "cbm": CBM_S,
    "ace": ACE_S, "tet": TET_S, "lox": LOX_S, "fen": FEN_S, "nyt": NYT_S, "ris": RIS_S, "hyd": HYD_S,
}


def at(where: str) -> tuple[str, Mutation, str]:
    """``mst`` (the scenario's assessment conclusion) or ``mst.o`` (its overall)."""
    key, _, part = where.partition(".")
    base, pre, cpath, opath = SCENARIOS[key]
    return base, pre, opath if part == "o" else cpath


def on(where: str, *more: Mutation) -> tuple[str, Mutation]:
    base, pre, _ = at(where)
    return base, chain(pre, *more)


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


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str,
         disguise: Disguise | None) -> None:
    base, pre, path = at(where)

    def build(t: str) -> Mutation:
        return chain(pre, set_(path, t))

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
for _key, _why in {
    "mst": "MST Continus for back pain, with sertraline, antenatal",
    "dhc": "dihydrocodeine for pelvic girdle pain at 32 weeks",
    "cam": "lithium written as Camcolit",
    "abi": "aripiprazole (Abilify) continued for bipolar disorder",
    "epi": "Epilim Chrono in an unplanned pregnancy",
    "phy": "phenytoin (Epanutin) continued in an unplanned pregnancy",
    "cbm": "carbimazole switched in the first trimester",
    "ace": "ramipril stopped at 8 weeks",
    "tet": "lymecycline stopped at 8 weeks",
    "lox": "lorazepam and OxyContin jointly assessed in a foster placement",
    "fen": "Matrifen patch and Librium course jointly assessed in a foster placement",
    "nyt": "the father's Nytol assessed for co-sleeping",
    "ris": "the father's risperidone assessed for co-sleeping",
    "hyd": "the father's hydroxyzine assessed for co-sleeping",
}.items():
    rec(f"good-scenario-{_key}", GD, PASS, _key, _why)

ok("good-mst-terse-gp", GD, "mst",
   "MST 30mg bd - cont, no dose escalation. Baby: NAS obs 72h PN ward, HV late signs to d8. BF encouraged, watch "
   "for sleepy baby. Drowsy post-dose -> no bed/sofa sharing, cot checked 1st home visit.",
   "terse GP shorthand with arrows", cyr)
ok("good-dhc-midwife-note", GD, "dhc",
   "Midwife note 32/40. On DHC 30 mg, about tds, for SPD; physio helping. Plan: baby scored for withdrawal 72 hrs "
   "after delivery, HV to watch to day 8. BF supported - watch for sleepy baby. Drowsy after doses, so no bed or "
   "sofa sharing.",
   "a midwife note with DHC and SPD abbreviations")
ok("good-cam-psychiatrist-letter", GD, "cam",
   "Dear Dr Campbell, I saw Rebecca in the perinatal clinic today. My advice is that Camcolit 800 mg at night "
   "continues: her relapses have been severe, and the postpartum period is the time of highest risk. Please check "
   "lithium levels 4-weekly, weekly from 36 weeks and within 24 hours of delivery. The baby should be reviewed by "
   "the paediatric team after birth for floppiness, feeding and thyroid function. She plans to bottle feed, which "
   "I support, as lithium passes into breast milk. Yours sincerely, Dr Osei.",
   "a perinatal psychiatrist's letter", shy)
ok("good-cam-misspelt-camcolit", GD, "cam",
   "Camcolite 800 mg nocte continues (relapse risk high). Li levels 4-weekly, weekly from 36/40, within 24 h of "
   "birth. Paeds review of baby after delivery: tone, feeding, TFTs. Bottle feeding as Li passes into breast milk.",
   "'Camcolite' as clinicians misspell it, with Li")
ok("good-epi-misspelt-epilum", GD, "epi",
   "Epilum Chrono 500 mg twice daily continues until the urgent neurology review this week; stopping suddenly "
   "risks seizures. 8 weeks of valproate exposure: major malformation risk about 10%, neurodevelopmental risk up "
   "to 40%. Fetal medicine referral for early detailed scan. Folic acid 5 mg started.",
   "'Epilum' misspelt, with valproate named")
ok("good-phy-pharmacist-note", GD, "phy",
   "Pharmacist note: phenytoin (Epanutin caps) 300 mg nocte - continue, do not stop; seizure-free for years. "
   "Teratogenic: cleft and heart defects about 6%; neuro to review this month; levels each trimester as they fall "
   "in pregnancy; fetal medicine scans at 12 and 20 weeks. Folic acid 5 mg started. Baby: vitamin K at birth; "
   "breastfeeding OK.",
   "a pharmacist's note", cyr)
ok("good-ace-one-line", GD, "ace",
   "Ramipril stopped (ACEi fetotoxic after T1), labetalol 100 mg bd started; BP in 1/52 with PN; ANC referral for "
   "growth scans; exposure to date low risk.",
   "one-line terse note that is still complete", zwsp)
ok("good-lox-foster-carer", GD, "lox",
   "For Sandra, the foster carer: Kayleigh takes lorazepam and oxycodone, and both make her very sleepy. She must "
   "never fall asleep holding the baby, in bed, on the sofa or in a chair, and should not feed lying down. Please "
   "do all the night feeds. Until day 8 the baby could still get shaky, cry a lot or feed poorly from coming off "
   "these medicines: ring the neonatal unit if so. The GP will start cutting down the lorazepam at 6 weeks.",
   "plain English for a foster carer", shy)
ok("good-lox-misspelt", GD, "lox",
   "Lorazapam 1 mg bd and oxycodone MR 10 mg bd continue; GP to taper the lorazepam from 6 weeks. Both sedate: no "
   "co-sleeping, no feeding lying down, FC does all nights. Baby: late withdrawal watch to d8 by FC and HV.",
   "'Lorazapam' misspelt, with the ingredient named again")
ok("good-lox-sw-case-note", GD, "lox.o",
   "Social worker case note: medication plan shared at the placement meeting. Lorazepam and OxyContin (oxycodone) "
   "continue and sedate mum, so no co-sleeping, no lying-down feeds, foster carer covers all nights. Baby may show "
   "late withdrawal to day 8 - FC and HV to watch and call the neonatal unit. I will review this at my visit on "
   "day 10.",
   "a social worker's case note", greek)
ok("good-fen-keyworker", GD, "fen",
   "Keyworker note: Kayleigh's Matrifen 25 mcg/hr patch continues (changed every 72 h by the GP surgery nurse) and "
   "the Librium detox reduces over 10 days. Drowsy with both, so: no sleeping with baby on bed/sofa/chair, no "
   "lying-down feeds, foster carer does nights. Baby could show late opioid withdrawal to day 8; FC and HV to "
   "watch and phone the neonatal unit.",
   "a drug-service keyworker's note", fw)
ok("good-nyt-hv-handover", GD, "nyt",
   "HV handover: Dad takes Nytol (diphenhydramine) at night for sleep and is hard to rouse after. Agreed with both: "
   "no night feeds by Dad, never asleep with baby on bed/sofa/chair; Mum does nights, baby in next-to-me crib. "
   "Crib seen. Recheck every contact to 8 weeks.",
   "a health visitor's handover", bidi)
ok("good-ris-short", GD, "ris",
   "Dad's risperidone sedates him overnight: no night feeds or co-sleeping by him; Mum does nights, baby in own "
   "crib; HV checks each visit.",
   "short and complete")
ok("good-hyd-atarax-brand", GD, "hyd",
   "Daniel's Atarax (hydroxyzine) 25 mg at night makes him drowsy until the early hours. He does no night feeds and "
   "never sleeps with the baby on a bed, sofa or chair; Chloe does the nights; the baby sleeps in the crib beside "
   "her. HV checks at each visit.",
   "the brand Atarax with the ingredient", cyr)

# ============================================================================================================ hollow
bad("hl-mst-reviewed-stable", HL, "mst",
    "MST Continus reviewed today; patient stable on current dose and happy with the management plan discussed.",
    "stock review phrases: nothing about withdrawal, feeding or sleep", cyr)
ok("hl-mst-near-reviewed-stable", HL, "mst",
   "MST Continus reviewed today and she is stable on 30 mg bd, which continues. Her baby will be scored for "
   "withdrawal for 72 h on the ward, then the HV watches to day 8. Breastfeeding encouraged. Sleepy after doses, "
   "so the baby has its own cot, never her bed or the sofa.",
   "the same opening, then a conclusion")
bad("hl-cam-risks-explained", HL, "cam",
    "Camcolit: all risks and benefits fully explained and understood; she consents to the current approach.",
    "consent to an approach never written")
ok("hl-cam-near-risks-explained", HL, "cam",
   "Risks explained and she chooses to stay on Camcolit 800 mg at night: relapse after birth is her biggest danger. "
   "Levels monthly then weekly from 36 weeks and within 24 h of birth; paediatric review of the baby after "
   "delivery; bottle feeding, as lithium passes into milk.",
   "'risks explained' followed by the decision and plan")
bad("hl-phy-noted", HL, "phy",
    "Phenytoin noted. Appropriate counselling provided in line with guidance. Will continue to monitor as "
    "required.",
    "counselling 'provided', monitoring 'as required'", zwsp)
bad("hl-epi-overall-complete", HL, "epi.o",
    "Epilim (sodium valproate): perinatal assessment complete, all actions taken, patient aware.",
    "an overall conclusion claiming actions never named")

# ============================================================================================================ deferral
bad("df-mst-see-pain-clinic", DF, "mst",
    "MST Continus: please refer to the pain clinic letter of 12 February for the plan regarding this medicine.",
    "a deferral to another letter", cyr)
ok("df-mst-near-instruction-plus", DF, "mst",
   "See also the pain clinic letter of 12 February. In short: MST 30 mg bd continues, no increase; the baby is "
   "scored for withdrawal 72 h on the ward and by the HV to day 8; breastfeeding encouraged; no bed or sofa "
   "sharing as morphine makes her drowsy.",
   "a pointer beside a full conclusion")
bad("df-cam-as-per", DF, "cam",
    "Camcolit - as per perinatal psychiatry letter dated 30/04/2026; no further comment from primary care.",
    "'as per letter dated' with nothing else", shy)
bad("df-lox-for-sw", DF, "lox",
    "Lorazepam and oxycodone: the plan is held by the social worker and will be in the placement agreement.",
    "the plan said to be elsewhere")
ok("df-lox-near-please-see-baby", DF, "lox",
   "Please see the baby at the placement within 48 hours of discharge: Kayleigh's lorazepam and oxycodone continue, "
   "the baby may show late withdrawal to day 8, and both sedate her, so no co-sleeping or lying-down feeds and "
   "the foster carer does every night feed.",
   "'please see the baby' is an instruction, not a deferral", zwsp)
bad("df-phy-neuro-decide", DF, "phy",
    "Phenytoin: neurology to decide. GP has no further input at this stage; await their letter.",
    "deferral with nothing said about this baby")

# ============================================================================================================ dismissal
bad("ds-ris-no-concerns", DS, "ris",
    "No concerns regarding the father's risperidone at this time noted by the health visiting team.",
    "a long non-answer with no reason")
ok("ds-ris-near-no-concerns-reason", DS, "ris",
   "No concerns about the baby's sleep with Daniel, because he takes his risperidone only after Chloe has taken "
   "over the nights: he does no night feeds and never sleeps with the baby on a bed or sofa, and the baby sleeps in "
   "its own crib. HV checks at each visit.",
   "'no concerns' with the reason and the plan", cyr)
bad("ds-nyt-over-counter", DS, "nyt",
    "Nytol is an over-the-counter sleep aid and is not a concern for the baby, so no action needed.",
    "a sedating antihistamine dismissed as harmless", greek)
bad("ds-nyt-na-father", DS, "nyt",
    "Not applicable: diphenhydramine is taken by the father, not the mother, and the baby is not exposed to it.",
    "the partner's sedating medicine dismissed as not applicable")

# ============================================================================================================ copy-paste
_MST_COPY = (
    "Both medicines continue at the same doses. The baby is watched on the postnatal ward for three days after "
    "birth and then by the health visitor; breastfeeding is encouraged; the cot is checked at home."
)


def _both(text_a: str, text_b: str) -> Mutation:
    return chain(set_("assessments#asm-methadone.conclusion", text_a),
                 set_("assessments#asm-sertraline.conclusion", text_b))


rec("cp-mst-same-under-both", CP, REFUSE, "mst", "one generic conclusion pasted under morphine and sertraline",
    _both(_MST_COPY, _MST_COPY))
_MST_SERT = (
    "Sertraline 100 mg daily carries on: stopping risks relapse of her depression. The baby may be jittery or feed "
    "poorly for a day or two after birth, so the ward midwives watch alongside the withdrawal scoring. Sertraline "
    "is fine with breastfeeding."
)
rec("cp-mst-near-own-conclusions", CP, PASS, "mst", "each medicine with its own conclusion",
    _both(MST_C, _MST_SERT))
rec("cp-mst-copied-mst-into-sert", CP, REFUSE, "mst", "the morphine conclusion pasted under sertraline",
    _both(MST_C, MST_C))
rec("cp-mst-near-different-lengths", CP, PASS, "mst",
    "the overall repeats the assessment's plan in its own words",
    set_("overall_conclusion.text",
         "Morphine (MST Continus) and sertraline both continue. Baby: 72 h withdrawal and adaptation scoring, then "
         "HV to day 8. Breastfeeding encouraged. No co-sleeping as morphine sedates her; SW and HV see the "
         "sleeping arrangements before discharge."))

# ============================================================================================================ joint
bad("jt-lox-omits-oxycodone", JT, "lox",
    "Lorazepam 1 mg bd continues with a taper from 6 weeks. It makes Kayleigh drowsy: no co-sleeping, no feeding "
    "lying down, foster carer does nights. Late withdrawal watch to day 8 by the foster carer and HV.",
    "a joint assessment whose conclusion never names oxycodone", cyr)
ok("jt-lox-near-opioid-brand", JT, "lox",
   "Lorazepam 1 mg bd and OxyContin 10 mg bd continue, lorazepam tapering from 6 weeks. Both sedate Kayleigh: no "
   "co-sleeping, no feeding lying down, foster carer does nights. Late withdrawal watch to day 8 by the foster "
   "carer and HV.",
   "the opioid named by its brand")
bad("jt-fen-omits-librium", JT, "fen",
    "The fentanyl patch continues. It makes Kayleigh drowsy: no sleeping with the baby on a bed, sofa or chair, no "
    "feeding lying down, foster carer does nights. Late withdrawal possible to day 8; foster carer and HV watch.",
    "the chlordiazepoxide course never named", zwsp)
ok("jt-fen-near-both-generic", JT, "fen",
   "Fentanyl 25 microgram/hour patch continues; chlordiazepoxide reduces over 10 days. Both sedate her: no sleeping "
   "with the baby on a bed, sofa or chair, no lying-down feeds, foster carer does nights. Late withdrawal possible "
   "to day 8; foster carer and HV watch.",
   "both named by ingredient")

# ============================================================================================================ concerns
bad("cn-mst-no-withdrawal", CN, "mst",
    "MST Continus 30 mg twice daily continues unchanged for her back pain. Breastfeeding encouraged. No bed or sofa "
    "sharing after doses; cot checked at the first home visit.",
    "an opioid conclusion with no withdrawal watch", cyr)
ok("cn-mst-near-withdrawal-brief", CN, "mst",
   "MST Continus 30 mg twice daily continues unchanged for her back pain. Baby: 72 h NAS scoring then HV to day 8. "
   "Breastfeeding encouraged. No bed or sofa sharing after doses; cot checked at the first home visit.",
   "the withdrawal watch in a few words")
bad("cn-lox-no-safe-sleep", CN, "lox",
    "Lorazepam 1 mg bd and oxycodone 10 mg bd continue, lorazepam tapering from the 6-week review. The baby may show "
    "late withdrawal to day 8; the foster carer and HV watch and ring the neonatal unit if worried.",
    "two sedating medicines with nothing on safe sleep")
bad("cn-cam-no-baby", CN, "cam",
    "Camcolit 800 mg at night continues with lithium levels monthly, weekly from 36 weeks and within 24 hours of "
    "delivery, managed by the perinatal mental health team.",
    "lithium with nothing for the baby or feeding", shy)
bad("cn-epi-no-exposure", CN, "epi",
    "Epilim Chrono 500 mg bd continues; she must not stop it suddenly. Neurology sees her this week. Folic acid 5 mg "
    "started today.",
    "valproate in the first trimester with no word of the exposure")
ok("cn-epi-near-exposure-brief", CN, "epi",
   "Epilim Chrono 500 mg bd continues; she must not stop it suddenly. Neurology sees her this week. The baby has "
   "had 8 weeks of valproate, a high malformation risk: fetal medicine scan booked. Folic acid 5 mg started today.",
   "the exposure answered in one sentence", fw)
bad("cn-fen-safe-sleep-na", CN, "fen",
    "Fentanyl patch and Librium continue. Safe sleep: not applicable as the baby is in foster care. Late withdrawal "
    "possible to day 8; foster carer and HV watch.",
    "safe sleep dismissed because of the placement")
rec("cn-lox-withdrawal-plan-na", CN, REFUSE, "lox", "the withdrawal plan dismissed for a baby at risk to day 8",
    set_("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan", "N/A, baby in placement."))

# ============================================================================================================ names
_OT = medicine("med-oramorph", "Oramorph 10mg/5ml oral solution", "5 mg up to four times a day when needed",
               "2026-05-19", gp_prescriber(MILLBROOK))
rec("nm-nyt-oramorph-unassessed", NM, REFUSE, "nyt", "the mother's Oramorph listed but never assessed",
    add_medicine(_OT))
_LACT = medicine("med-lactulose", "Lactulose 3.35g/5ml oral solution", "15 ml twice a day", "2026-05-19",
                 gp_prescriber(MILLBROOK))
rec("nm-nyt-near-lactulose-unassessed", NM, PASS, "nyt", "a common harmless medicine needs no assessment",
    add_medicine(_LACT))
_CYC = medicine("med-cyclizine", "Cyclizine 50mg tablets", "50 mg up to three times a day", "2026-05-19",
                gp_prescriber(MILLBROOK))
_DEPAKOTE = medicine("med-depakote", "Depakote 250mg gastro-resistant tablets", "250 mg twice a day",
                     "2024-01-08", gp_prescriber(CASTLE_STREET))
rec("nm-tet-depakote-unassessed", NM, REFUSE, "tet", "a valproate brand listed and never assessed",
    add_medicine(_DEPAKOTE))
_PHENOBARB = medicine("med-phenobarbital", "Phenobarbital 30mg tablets", "60 mg at night", "2020-03-03",
                      gp_prescriber(CASTLE_STREET))
_TOPIR = medicine("med-topiramate", "Topiramate 25mg tablets", "25 mg twice a day for migraine", "2025-02-03",
                  gp_prescriber(CASTLE_STREET))
_ZOMORPH_BAD = medicine("med-zomorph", "Zomorf 10mg modified-release capsules", "10 mg twice a day", "2026-05-19",
                        gp_prescriber(MILLBROOK))
rec("nm-tet-lymecycline-unflagged", NM, REFUSE, "tet",
    "an uncoded tetracycline the gate does not know, with no flag and no reason",
    set_("medicines#med-lymecycline.flagged", False))
rec("nm-hyd-zomorph-misspelt-unassessed", NM, REFUSE, "hyd", "'Zomorf' misspelt, never assessed",
    add_medicine(_ZOMORPH_BAD))
_DYZ = medicine("med-dyzantil", "Dyzantil 500mg modified-release tablets", "500 mg twice a day", "2019-09-02",
                gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
rec("nm-epi-dyzantil-brand", NM, PASS, "epi", "Dyzantil in place of Epilim, the conclusion naming valproate",
    replace_medicine("med-epilim", _DYZ),
    set_("assessments#asm-valproate.conclusion", EPI_C.replace("Epilim Chrono", "Dyzantil (sodium valproate)")),
    set_("overall_conclusion.text", EPI_O.replace("Epilim", "Dyzantil")))
_LISK = medicine("med-liskonum", "Liskonum 450mg modified-release tablets", "900 mg at night", "2021-03-15",
                 gp_prescriber(NORTHGATE), last_changed="2025-08-04")
rec("nm-cam-liskonum-brand", NM, PASS, "cam", "lithium citrate-free brand Liskonum, named with lithium",
    replace_medicine("med-camcolit", _LISK),
    set_("assessments#asm-lithium.conclusion",
         "Liskonum (lithium carbonate) 900 mg at night should continue, as stopping it would put her at high risk "
         "of relapse and postpartum psychosis. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of "
         "delivery. Paediatric review of the baby after birth for floppiness, poor feeding and thyroid problems. "
         "Bottle feeding, since lithium passes into breast milk."),
    set_("overall_conclusion.text",
         "Lithium (Liskonum) 900 mg nocte continues, levels monthly, weekly from 36 weeks and within 24 hours of "
         "birth. Paediatric review of the baby after birth. Bottle feeding. Perinatal mental health team within a "
         "week of birth."))
bad("nm-phy-names-unlisted-phenobarbital", NM, "phy",
    PHY_C + " She also takes phenobarbital 30 mg at night, which continues.",
    "a concerning medicine named in a conclusion but not on the list")
ok("nm-phy-near-names-folic", NM, "phy",
   PHY_C + " Her folic acid continues to 12 weeks.",
   "a listed harmless medicine named")
bad("nm-nyt-names-unlisted-zopiclone", NM, "nyt",
    NYT_C + " On bad nights he also takes zopiclone.",
    "another sedative named, not listed", greek)

# ============================================================================================================ routes
rec("rt-mst-mesh-tbc", RT, REFUSE, "mst", "a MESH mailbox 'tbc'",
    set_("recipients#rcp-hv.route.mailbox", "tbc"))
rec("rt-mst-near-mesh-other", RT, PASS, "mst", "another well-formed MESH mailbox",
    set_("recipients#rcp-hv.route.mailbox", "X26HC009"))
rec("rt-cam-fhir-empty", RT, REFUSE, "cam", "an empty FHIR base URL",
    set_("recipients#rcp-maternity.route.base_url", ""))
rec("rt-cam-near-fhir-other-path", RT, PASS, "cam", "another https FHIR base URL",
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate.example/R4"))
rec("rt-epi-mllp-dash", RT, REFUSE, "epi", "an MLLP host '-'",
    set_("recipients#rcp-maternity.route.host", "-"))
rec("rt-epi-mllp-port-zero", RT, REFUSE, "epi", "an MLLP port 0",
    set_("recipients#rcp-maternity.route.port", 0))
rec("rt-epi-near-mllp-port", RT, PASS, "epi", "another valid MLLP port",
    set_("recipients#rcp-maternity.route.port", 6661))
rec("rt-lox-manual-see-above", RT, REFUSE, "lox", "a manual route that says nothing",
    set_("recipients#rcp-foster-carer.route.description", "See above."))
rec("rt-lox-near-manual-posted", RT, PASS, "lox", "a manual route with a real instruction",
    set_("recipients#rcp-foster-carer.route.description",
         "Sealed copy given by hand to the foster carer by the social worker at the placement on 2026-06-13, "
         "and read through with her."))

# ============================================================================================================ attribution
_PHARM = {
    "name": {"given": ["Imran"], "family": "Qureshi"},
    "role": "pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}
_MW = {
    "name": {"given": ["Bethan"], "family": "Morgan"},
    "role": "community-midwife",
    "registration": {"body": "NMC", "number": "09C1234E"},
    "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Maternity Unit"},
}
rec("at-dhc-midwife-nmc", AT, PASS, "dhc", "a community midwife with an NMC PIN authors the assessment",
    set_("assessments#asm-citalopram.author", _MW))
rec("at-dhc-midwife-gphc", AT, REFUSE, "dhc", "a midwife with a GPhC number",
    set_("assessments#asm-citalopram.author", {**_MW, "registration": {"body": "GPhC", "number": "2012345"}}))
rec("at-cam-gmc-zeros", AT, REFUSE, "cam", "an all-zero GMC number",
    set_("assessments#asm-lithium.author.registration.number", "0000000"))
rec("at-lox-one-number-two-names", AT, REFUSE, "lox", "Dr Pritchard's GMC number under another name",
    set_("overall_conclusion.author",
         {"name": {"prefix": "Dr", "given": ["Alan"], "family": "Hughes"}, "role": "general-practitioner",
          "registration": {"body": "GMC", "number": "7023456"},
          "organisation": {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}}))
rec("at-lox-near-other-gp-own-number", AT, PASS, "lox", "another GP with their own number signs the overall",
    set_("overall_conclusion.author",
         {"name": {"prefix": "Dr", "given": ["Alan"], "family": "Hughes"}, "role": "general-practitioner",
          "registration": {"body": "GMC", "number": "7098123"},
          "organisation": {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}}))
rec("at-nyt-attested-by-other", AT, REFUSE, "nyt", "attestation by role 'other'",
    set_("attestation.by.role", "other"))

# ============================================================================================================ dates
rec("dt-mst-assessment-before-conception", DT, REFUSE, "mst", "the assessment months before conception",
    set_("assessments#asm-methadone.date", "2025-05-02"))
rec("dt-mst-near-assessment-early-pregnancy", DT, PASS, "mst", "an assessment early in the pregnancy",
    set_("assessments#asm-methadone.date", "2025-12-10"))
rec("dt-cam-attested-2099", DT, REFUSE, "cam", "attestation in 2099",
    set_("attestation.at", "2099-05-06T12:25:00+00:00"))
rec("dt-cam-attested-before-assessment", DT, REFUSE, "cam", "attestation before the assessment it attests",
    set_("attestation.at", "2026-05-01T09:00:00+00:00"))
rec("dt-lox-delivery-future", DT, REFUSE, "lox", "delivery in the future",
    set_("pregnancy.delivery_date", "2027-06-08"))
rec("dt-epi-edd-20-weeks-off", DT, REFUSE, "epi", "an EDD 20 weeks from what the gestation implies",
    set_("pregnancy.edd", "2026-08-12"))
rec("dt-epi-near-edd-10-days-off", DT, PASS, "epi", "an EDD 10 days from the gestation's, within the margin",
    set_("pregnancy.edd", "2027-01-09"))

# ============================================================================================================ partner
rec("pt-nyt-partner-mothers-nhs", PT, REFUSE, "nyt", "a partner with the mother's NHS number",
    set_("partner.nhs_number", "9990004145"))
rec("pt-nyt-near-partner-other-nhs", PT, PASS, "nyt", "a partner with his own valid NHS number",
    set_("partner.nhs_number", "9990004307"))
bad("pt-ris-father-does-nights", PT, "ris",
    "Daniel's risperidone makes him sleep heavily. He does the 2 am bottle so that Chloe can rest, then puts the "
    "baby back in the crib. HV checks the crib.",
    "the sedated father doing night feeds", shy)
ok("pt-ris-near-father-daytime", PT, "ris",
   "Daniel's risperidone makes him sleep heavily until morning, so Chloe does every night feed and he never sleeps "
   "with the baby on a bed or sofa. He gives the lunchtime bottle once awake. HV checks the crib each visit.",
   "the sedated father's daytime feed")
bad("pt-hyd-cosleep-ok", PT, "hyd",
    "Hydroxyzine is a mild antihistamine, so Daniel can have the baby in bed with him for the early feeds as long "
    "as Chloe is there. HV to visit at 6-8 weeks.",
    "co-sleeping with a sedated father allowed")
ok("pt-hyd-near-never-cosleep", PT, "hyd",
   "Even though hydroxyzine is only an antihistamine, it makes Daniel drowsy at night: he never has the baby in bed "
   "with him and does no night feeds; Chloe does those with the baby in the crib. HV to check at each visit.",
   "a mild-sounding medicine still answered for co-sleeping", bidi)
bad("pt-nyt-mother-meds-only", PT, "nyt.o",
    "Chloe's paracetamol raises no concern for the baby. Breastfeeding and mixed feeding are going well; the HV will "
    "see her at 6 weeks.",
    "the overall conclusion silent on the father's sedating medicine")

# ============================================================================================================ lawful basis
rec("lb-mst-yes", LB, REFUSE, "mst", "a justification of 'Yes.'", set_("lawful_basis.justification", "Yes."))
rec("lb-mst-near-short-real", LB, PASS, "mst", "a short real justification",
    set_("lawful_basis.justification", "Jodie agreed today to share this with maternity, her HV and the social "
                                       "worker."))
rec("lb-lox-safeguarding-hollow", LB, REFUSE, "lox", "a safeguarding-without-consent basis justified by nothing",
    set_("lawful_basis.justification", "Safeguarding. As discussed."))
rec("lb-lox-near-safeguarding-reason", LB, PASS, "lox", "sharing without consent with its reason",
    set_("lawful_basis.justification",
         "She declined consent. Shared because the foster carer must know that lorazepam and oxycodone sedate the "
         "mother, or the baby could be put at risk at night; agreed with the safeguarding lead and the social "
         "worker."))

# ============================================================================================================ more good work
ok("good-tet-overall-bullets", GD, "tet.o",
   "- Lymecycline stopped today (tetracycline; teeth and bone risk after 15 weeks).\n- Azelaic acid cream for the "
   "acne.\n- Routine anomaly scan at 20 weeks.\n- Folic acid 5 mg.\n- GP skin review in 6 weeks.",
   "a bulleted overall conclusion")
ok("good-ris-overall-risperdal", GD, "ris.o",
   "Chloe's paracetamol: no concern. Daniel's Risperdal (risperidone) 4 mg at night: heavily sedating, so he "
   "never co-sleeps with the baby and never does night feeds. Crib safe; HV rechecks each contact; his GP informs "
   "the HV of changes.",
   "the father's medicine as Risperdal with its ingredient")
ok("good-nyt-overall-plain", GD, "nyt.o",
   "Nothing Chloe takes (paracetamol) affects the baby. Daniel's Nytol makes him sleep very deeply, so he must "
   "never fall asleep with the baby and Chloe does the night feeds. The health visitor saw the crib and will keep "
   "checking.",
   "plain English, Nytol by brand only")

# ============================================================================================================ more refusals
bad("cn-dhc-overall-only-mother", CN, "dhc.o",
    "Dihydrocodeine continues for pelvic girdle pain with physiotherapy; GP review at 6 weeks. Amended on 2026-02-12 "
    "to add the health visitor as a recipient.",
    "an opioid overall conclusion with nothing for the baby")

# ============================================================================================================ harder shapes
# Forms and routes the listed product cannot take, and their near misses.
bad("cn-fen-patch-swallowed", CN, "fen",
    FEN_C.replace("changed every 3 days) continues", "taken by mouth every 3 days) continues"),
    "a transdermal patch taken by mouth: an impossible route", greek)
ok("cn-fen-near-patch-upper-arm", CN, "fen",
   FEN_C.replace("changed every 3 days) continues", "applied to the upper arm and changed every 3 days) continues"),
   "the patch applied to the skin")
bad("cn-mst-oramorph-rubbed-in", CN, "mst",
    MST_C.replace("30 mg twice a day continues", "30 mg twice a day, rubbed into the skin, continues"),
    "modified-release tablets rubbed into the skin")
ok("cn-mst-near-swallowed-whole", CN, "mst",
   MST_C.replace("30 mg twice a day continues", "30 mg twice a day, swallowed whole, continues"),
   "the tablets swallowed whole")
# Doses that contradict the medicine list, and their near misses.
bad("cn-mst-dose-doubled", CN, "mst",
    MST_C.replace("(MST Continus) 30 mg twice a day", "(MST Continus) 60 mg twice a day"),
    "the conclusion's dose is double the listed one")
ok("cn-mst-near-daily-total", CN, "mst",
   MST_C.replace("(MST Continus) 30 mg twice a day", "(MST Continus) 30 mg twice a day (60 mg a day in all)"),
   "the daily total beside the listed dose")
bad("cn-cam-level-impossible", CN, "cam",
    CAM_C + " Her last level was 9.5 mmol/L, well within range.",
    "a lithium level no one lives at, called in range")
ok("cn-cam-near-level-real", CN, "cam",
   CAM_C + " Her last level was 0.7 mmol/L, within range.",
   "a real lithium level", cyr)
# A conclusion copied from the opioid under the SSRI with only the name changed.
rec("cp-mst-name-swapped-under-sert", CP, REFUSE, "mst",
    "the morphine conclusion pasted under sertraline with the name swapped (sertraline does not sedate her)",
    _both(MST_C, MST_C.replace("Morphine (MST Continus) 30 mg twice a day", "Sertraline 100 mg once daily")
          .replace("withdraw from morphine", "withdraw from sertraline").replace("Morphine makes", "Sertraline makes")))
# Near misses to a different real medicine: must not be read as the one of concern.
_HYDRALAZINE = medicine("med-hydralazine", "Hydralazine 25mg tablets", "25 mg three times a day", "2026-05-19",
                        gp_prescriber(MILLBROOK),
                        not_of_concern_reason="Hydralazine for postnatal blood pressure: not sedating, compatible "
                                              "with breastfeeding, no effect on the baby's sleep or care.")
rec("nm-hyd-near-hydralazine-reasoned", NM, PASS, "hyd",
    "the mother's hydralazine, a near miss to the father's hydroxyzine, with the clinician's reason",
    add_medicine(_HYDRALAZINE))
rec("nm-hyd-hydralazine-no-reason", NM, REFUSE, "hyd",
    "the same uncoded hydralazine with no classification",
    add_medicine({k: v for k, v in _HYDRALAZINE.items() if k != "not_of_concern_reason"}))
_OXYBUTYNIN = medicine("med-oxybutynin", "Oxybutynin 5mg tablets", "5 mg twice a day", "2026-05-19",
                       gp_prescriber(MILLBROOK),
                       not_of_concern_reason="Oxybutynin for bladder urgency after the birth: small doses, not "
                                             "sedating for her, compatible with mixed feeding on advice.")
rec("nm-nyt-near-oxybutynin-reasoned", NM, PASS, "nyt",
    "oxybutynin, a near miss to oxycodone, with the clinician's reason", add_medicine(_OXYBUTYNIN))
# The father asleep with the baby in the day: still unsafe.
bad("pt-nyt-sofa-nap-daytime", PT, "nyt",
    "Daniel's Nytol wears off by morning, so he can nap with the baby on his chest on the sofa in the afternoons. "
    "Chloe does the night feeds; the baby sleeps in the crib at night. HV to check at 6-8 weeks.",
    "sofa sleeping with the baby allowed in the day", fw)
ok("pt-nyt-near-day-awake", PT, "nyt",
   "Daniel's Nytol wears off by morning, so he can give daytime feeds and cuddles while awake, but never dozes with "
   "the baby on the sofa or bed at any time and does no night feeds; Chloe does the nights; crib by her bed; HV "
   "checks at each visit.",
   "daytime care awake, never asleep with the baby")
# Pre-conception advice dated before the pregnancy, marked as such.
rec("dt-epi-near-preconception-marked", DT, PASS, "epi",
    "an assessment before conception, marked as pre-conception advice",
    set_("assessments#asm-valproate.date", "2026-01-15"),
    set_("assessments#asm-valproate.pre_conception", True))
# The sedated mother given the nights, the sedated father asleep in bed with the baby, after-birth care told done.
bad("cn-lox-kayleigh-does-nights", CN, "lox",
    "Lorazepam 1 mg bd and oxycodone 10 mg bd continue. Both sedate Kayleigh, but she is keen to do the night feeds "
    "herself in the placement, which everyone supports. Foster carer and HV watch the baby for late withdrawal to "
    "day 8.",
    "the sedated mother given the nights, against the safe-sleep item", cyr)
ok("cn-lox-near-kayleigh-days-only", CN, "lox",
   "Lorazepam 1 mg bd and oxycodone 10 mg bd continue. Both sedate Kayleigh, so she does the daytime feeds with the "
   "foster carer in the room and the foster carer does every night feed; she never sleeps with the baby on a bed, "
   "sofa or chair. Foster carer and HV watch the baby for late withdrawal to day 8.",
   "the sedated mother's care kept to the day, the nights held by the foster carer")
bad("pt-nyt-dad-day-naps-in-bed", PT, "nyt",
    "Daniel's Nytol is taken at night only. In the day he often naps in bed with the baby beside him while Chloe "
    "rests; at night Chloe does the feeds with the baby in the crib. HV checks each visit.",
    "bed sharing with the father on a sedating antihistamine, in the day")
ok("pt-nyt-near-dad-naps-alone", PT, "nyt",
   "Daniel's Nytol is taken at night only and leaves him groggy in the morning. When he naps in the day he sleeps "
   "alone, with the baby in the crib or with Chloe; he never sleeps with the baby on a bed or sofa and does no night "
   "feeds. HV checks each visit.",
   "the father naps alone; the baby is never in bed with him", zwsp)
bad("dt-phy-vitamin-k-given", DT, "phy",
    PHY_C.replace("The baby needs vitamin K at birth", "The baby was given vitamin K at birth"),
    "after-birth care told as done at 8 weeks of pregnancy")
ok("dt-phy-near-vitamin-k-planned", DT, "phy",
   PHY_C.replace("The baby needs vitamin K at birth", "The baby is to be given vitamin K by injection at birth"),
   "the same care written as a plan")
rec("at-nyt-nmc-all-ones", AT, REFUSE, "nyt", "an NMC PIN of one digit repeated",
    set_("assessments#asm-partner-quetiapine.author.registration.number", "11A1111A"))
rec("rt-cam-fhir-no-host", RT, REFUSE, "cam", "a FHIR base URL with a scheme and no host",
    set_("recipients#rcp-maternity.route.base_url", "https://"))
rec("rt-epi-near-mllp-ip", RT, PASS, "epi", "an MLLP host given as an IP address",
    set_("recipients#rcp-maternity.route.host", "10.20.30.40"))
rec("nm-ris-rivotril-partner-unassessed", NM, REFUSE, "ris", "the father's Rivotril (clonazepam) never assessed",
    add_medicine(medicine("med-partner-rivotril", "Rivotril 500microgram tablets", "0.5 mg at night", "2025-05-19",
                          other_prescriber(ELM_PARK), taken_by="partner")))

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F137CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F137CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F137CASES):3}"
    )
