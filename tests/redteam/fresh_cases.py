"""A third, independent batch of red-team cases for the share gate, written as a held-out assessor would.

Each case is ONE small mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate
must give. Must-PASS cases are complete records a UK clinician could well write (shorthand, bullets, long
prose, brand names, misspellings that still name the medicine, pointers that also give the substance,
negations, partners' medicines, Welsh and Polish names, a polite sign-off). Must-REFUSE cases are hollow or
impossible records: non-answers, deferrals and dismissals in new wordings, filler, repetition, disguised
phrases and names, brands and misspellings of medicines of concern left unassessed, combination products,
impossible dates, routes that cannot deliver, registers that do not fit the role, a partner carrying the
mother's NHS number, and a hollow lawful-basis justification.

Only real medicines and real UK brands are used (mappings/brand-names.csv); dm+d codes are used only where the
shared reference list holds them, otherwise the medicine is recorded uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.redteam.cases import (
    CASTLE_STREET,
    DRUG_SERVICE,
    MILLBROOK,
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
    add_assessment,
    add_medicine,
    chain,
    conclusion,
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words

FCASES: list[Case] = []

CATEGORIES = (
    "good-shorthand",
    "good-structure",
    "good-brand-misspelt",
    "good-pointer-substance",
    "good-negation-instruction",
    "good-partner",
    "good-names-numbers",
    "good-record-fields",
    "non-answer",
    "deferral-fresh",
    "dismissal-fake-reason",
    "filler-fresh",
    "repetition-fresh",
    "disguise-phrase",
    "disguise-name",
    "brand-unassessed",
    "misspelt-unassessed",
    "combination-unassessed",
    "dates-impossible",
    "routes-undeliverable",
    "register-role",
    "identity",
    "lawful-basis",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    FCASES.append(Case(name, category, expect, base, mutate, why))


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)


def asm(aid: str, field: str, value: Any) -> Mutation:
    return set_(f"assessments#{aid}.{field}", value)


def rename_everywhere(old_family: str, name: Record) -> Mutation:
    """Give one author a new spelling of their name in every part they sign (same registration number)."""

    def mutate(doc: Record) -> None:
        parts = [a["author"] for a in doc.get("assessments", [])]
        if "overall_conclusion" in doc:
            parts.append(doc["overall_conclusion"]["author"])
        parts.append(doc["attestation"]["by"])
        for person in parts:
            if person["name"]["family"] == old_family:
                person["name"] = dict(name)

    return mutate


def drop_code(mid: str) -> Mutation:
    """Remove a medicine's dm+d code (it is then judged by its written name)."""

    def mutate(doc: Record) -> None:
        del next(m for m in doc["medicines"] if m["id"] == mid)["code"]

    return mutate


# ------------------------------------------------------------------------------------------------------------
# Building blocks for swapped or added medicines.


def swap_ost(mid: str, name: str, dose: str, label: str, concl: str, overall_text: str) -> Mutation:
    """Replace the methadone in M with another opioid substitution product, every text rewritten to it."""
    new = medicine(mid, name, dose, "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01")
    return chain(
        replace_medicine("med-methadone", new),
        asm(MA, "impact_on_mother", {
            "sedation": "yes",
            "parenting_capacity": f"Stable on {label} with supervised consumption for over a year; no on-top use "
                                  "reported by the drug service. Drowsy for a few hours after each dose.",
            "safe_sleep": "Never to share a bed or sofa with the baby after her dose; Moses basket beside the bed "
                          "agreed and to be seen by the health visitor at the first home visit.",
        }),
        asm(MA, "impact_on_baby", {
            "summary": f"Neonatal withdrawal is likely after in-utero {label}; signs usually begin within 2 to 4 "
                       "days of birth and can be delayed up to a week.",
            "neonatal_withdrawal_plan": "Observe on the postnatal ward for at least 72 hours with withdrawal "
                                        "scoring per the local guideline; health visitor to check for late signs "
                                        "to day 8.",
            "breastfeeding": f"Breastfeeding is compatible with a stable dose of {label} and is encouraged.",
        }),
        asm(MA, "recommendations", f"Do not reduce or stop {label} without the drug service. Any dose change "
                                   "to be shared with maternity and the health visitor within the week."),
        conclusion(MA, concl),
        overall(overall_text),
    )


def swap_partner(mid: str, name: str, dose: str, label: str, cap: str, ss: str, concl: str, overall_text: str,
                 **extra: Any) -> Mutation:
    new = medicine(mid, name, dose, "2024-02-05", other_prescriber({"ods_code": "Y90005", "name": "Elm Park Surgery"}),
                   taken_by="partner", last_changed="2025-10-13", **extra)
    return chain(
        replace_medicine("med-partner-quetiapine", new),
        asm(PA, "impact_on_mother", {"sedation": "yes", "parenting_capacity": cap, "safe_sleep": ss}),
        asm(PA, "impact_on_baby", {
            "summary": "The baby is not exposed to the father's medicine. The risk is sudden unexpected death in "
                       "infancy from sharing a sleep surface with a sedated adult.",
            "breastfeeding": f"Not relevant: {label} is the father's medicine.",
        }),
        asm(PA, "recommendations", "Health visitor to check the sleeping arrangements at every contact for the "
                                   "first 8 weeks; the father's GP to tell the health visitor of any dose change."),
        conclusion(PA, concl),
        overall(overall_text),
    )


def n_assessed(mid: str, name: str, dose: str, mother: dict[str, str], baby: dict[str, str], recs: str,
               concl: str, overall_text: str, **extra: Any) -> Mutation:
    """Add an assessed medicine (and an overall conclusion) to the postnatal nothing-concerning record."""
    author = {
        "name": {"prefix": "Dr", "given": ["Priya"], "family": "Shah"},
        "role": "general-practitioner",
        "registration": {"body": "GMC", "number": "7012345"},
        "organisation": RIVERSIDE,
    }
    return chain(
        edit(lambda d: d.setdefault("assessments", [])),
        add_medicine(medicine(mid, name, dose, "2026-04-03", gp_prescriber(RIVERSIDE), **extra)),
        add_assessment({"id": "asm-" + mid, "medicine_ids": [mid], "impact_on_mother": mother,
                        "impact_on_baby": baby, "recommendations": recs, "conclusion": concl, "author": author,
                        "date": "2026-04-09"}),
        set_("overall_conclusion", {"text": overall_text, "author": author, "date": "2026-04-09"}),
    )


_REASON = "Only taken now and then; she says it does not affect her or the baby at all."


def unassessed(base: str, name: str, *, reason: str = _REASON, taken_by: str | None = None) -> Mutation:
    """A medicine of concern added to the list with a 'not of concern' reason and no assessment."""
    org = {M: RIVERSIDE, L: {"ods_code": "Y90004", "name": "Northgate Health Centre"}, V: CASTLE_STREET,
           N: RIVERSIDE, F: MILLBROOK, P: MILLBROOK, C: CASTLE_STREET}[base]
    started = {M: "2026-02-11", L: "2026-04-21", V: "2026-05-02", N: "2026-04-04", F: "2026-06-09",
               P: "2026-05-20", C: "2026-01-21"}[base]
    med: Record = medicine("med-fresh", name, "as directed", started, gp_prescriber(org),
                           not_of_concern_reason=reason)
    if taken_by:
        med["taken_by"] = taken_by
    return add_medicine(med)


# ============================================================================================================
# MUST PASS: good conclusions in realistic styles.

add("ok-meth-shorthand-ost", "good-shorthand", PASS, M,
    conclusion(MA, "OST: methadone 60mg OD supervised via DAS - cont, no dose change w/o drug service. Baby: NAS "
                   "likely, obs min 72h on PN ward, SCBU if scores rising; HV to check late signs to d8. BF "
                   "encouraged on stable dose. Drowsy post-dose so no co-sleeping; cot to be seen at 1st HV visit."),
    "terse GP shorthand (OST, OD, DAS, NAS, PN, SCBU, HV, BF, d8) with every element present")
add("ok-sert-shorthand-pmht", "good-shorthand", PASS, M,
    conclusion(SA, "Sertraline 100mg OD - cont (hx relapse off SSRI, PMHT aware & following up). Baby: small "
                   "PPHN risk (~3/1000) + poss. poor neonatal adaptation 1st 48h -> MW obs alongside NAS obs, paeds "
                   "r/v if jittery or poor feeding. BF compatible."),
    "shorthand SSRI conclusion: relapse, PPHN, adaptation obs, BF")
add("ok-lith-shorthand-priadel", "good-shorthand", PASS, L,
    conclusion(LA, "Priadel (lithium) 800mg nocte - cont; PP psychosis risk outweighs fetal risk. Li levels "
                   "4-wkly, wkly from 36/40, <24h post-delivery. Baby: paeds r/v at birth, obs for floppiness, "
                   "poor feeding, lethargy; TFTs if signs. Fetal echo at 20/40 NAD. Bottle feeding (Li in breast "
                   "milk). PMHT r/v within 1/52 of birth."),
    "psychiatry shorthand with brand, gestation notation and TFTs")
add("ok-val-shorthand-epilim", "good-shorthand", PASS, V,
    conclusion(VA, "Epilim (sodium valproate) 500mg BD - do NOT stop abruptly (seizure risk to mum + fetus). 1st "
                   "trimester exposure: ~1 in 10 major malformation risk, up to 3-4 in 10 neurodevelopmental; "
                   "urgent neuro r/v re switch, fetal med referral + detailed anomaly scan at 20/40. Folic acid 5mg "
                   "OD started. PPP: pregnancy unplanned, ARAF to be redone with neuro."),
    "valproate shorthand with PPP and ARAF")
add("ok-dzpg-shorthand-fc", "good-shorthand", PASS, F,
    conclusion(FA, "Diazepam 5mg TDS + pregabalin 75mg BD: combined sedation, worst at night. No co-sleeping, no "
                   "feeding lying down; FC does night feeds. Baby had 5d NAS obs, mild d3 signs, no Rx - FC/HV to "
                   "watch late signs to d8. Bottle fed. Slow diazepam taper at 6/52 r/v; do not stop suddenly."),
    "telegraphic placement conclusion (FC, NAS, Rx, 6/52)")
add("ok-quet-shorthand-dad", "good-shorthand", PASS, P,
    conclusion(PA, "Dad on quetiapine 300mg nocte (BPAD) - v. sedated for hrs post-dose. No co-sleeping w/ dad on "
                   "bed/sofa/chair; no night feeds by dad after dose. Mum does nights; baby in own crib. HV to check "
                   "sleep set-up each visit to 8/52."),
    "partner shorthand: sedation and safe sleep answered")
add("ok-cital-shorthand", "good-shorthand", PASS, C,
    conclusion(CA, "Citalopram 20mg OD - cont, relapse hx when stopped. Baby: small PPHN risk + poss. neonatal "
                   "adaptation sx (jittery, poor feeding, tachypnoea) 1st 48h -> MW obs, paeds r/v if persisting. "
                   "BF supported."),
    "shorthand citalopram with tachypnoea and sx")

add("ok-meth-bullets", "good-structure", PASS, M,
    conclusion(MA, "Methadone 60 mg daily:\n- continue unchanged through pregnancy\n- baby: neonatal withdrawal "
                   "observation on the postnatal ward for at least 72 hours\n- breastfeeding supported on a stable "
                   "dose\n- sedating after each dose: no bed or sofa sharing; cot checked at the home visit"),
    "a bullet list with newlines and hyphens")
add("ok-overall-m-bullets", "good-structure", PASS, M,
    overall("Summary:\n\u2022 methadone 60 mg and sertraline 100 mg both continue\n\u2022 neonatal withdrawal obs "
            "for at least 72 h on the postnatal ward; HV watches for late signs to day 8\n\u2022 breastfeeding "
            "supported on both\n\u2022 no co-sleeping because of methadone sedation; social worker and HV to see "
            "the cot before discharge"),
    "overall conclusion as round bullets")
add("ok-lith-long-paragraph", "good-structure", PASS, L,
    conclusion(LA, "Having reviewed her history with her and her partner, and taking into account four years of "
                   "stability, two previous admissions before lithium, and the very high risk of postpartum "
                   "psychosis in women with bipolar disorder who stop treatment, the balance clearly favours "
                   "continuing lithium at 800 mg at night throughout the pregnancy and after the birth. The baby "
                   "was exposed in the first trimester, but the detailed fetal heart scan at 20 weeks was normal. "
                   "Around delivery the main risks to the baby are floppiness, poor feeding, lethargy and thyroid "
                   "problems, so a paediatrician will review the baby after birth and check a lithium level and "
                   "thyroid function if any of these appear. Her own lithium level will be checked monthly, weekly "
                   "from 36 weeks and within 24 hours of birth, and she will keep well hydrated in labour. Because "
                   "lithium passes into breast milk she has chosen to bottle feed, which we support. The perinatal "
                   "mental health team will see her within a week of the birth."),
    "a long narrative paragraph")
add("ok-val-numbered", "good-structure", PASS, V,
    conclusion(VA, "1) Sodium valproate continues at 500 mg twice a day until neurology review: stopping abruptly "
                   "risks seizures. 2) The baby was exposed in the first trimester: about 1 in 10 risk of a major "
                   "malformation, so fetal medicine referral and a detailed anomaly scan. 3) Folic acid 5 mg daily "
                   "from today. 4) Feeding advice from neurology once the plan is set."),
    "numbered list")
add("ok-overall-f-bullets", "good-structure", PASS, F,
    overall("Diazepam + pregabalin - plan for the placement:\n* both continue for now, no sudden stop\n* sedation: "
            "no bed/sofa/armchair sharing, no feeding lying down, foster carer does nights\n* baby: late "
            "withdrawal signs possible to day 8 - foster carer and HV to watch\n* slow diazepam reduction from the "
            "6-week review"),
    "overall as asterisk bullets")
add("ok-cital-semicolons", "good-structure", PASS, C,
    conclusion(CA, "Continue citalopram 20 mg; relapse risk high if stopped; small risk of PPHN and of jitteriness "
                   "or poor feeding in the first 2 days; midwife observes for 48 hours; breastfeeding encouraged; "
                   "paediatric review if symptoms persist."),
    "a single sentence of semicolon clauses")

add("ok-meth-misspelt-methadon", "good-brand-misspelt", PASS, M,
    conclusion(MA, "Methadon 60 mg daily continues; she must not cut down without the drug service. The baby is "
                   "likely to need observation for neonatal withdrawal for at least 72 hours after birth, with the "
                   "health visitor checking for late signs until day 8. Breastfeeding encouraged. No co-sleeping "
                   "after her dose; the cot will be seen at the first home visit."),
    "'Methadon' (final e dropped) still clearly names methadone")
add("ok-sert-brand-lustral", "good-brand-misspelt", PASS, M,
    conclusion(SA, "Lustral 100 mg daily should continue: she relapsed when it was stopped before. For the baby, "
                   "a small risk of persistent pulmonary hypertension and of adaptation symptoms in the first days; "
                   "the maternity team will observe alongside the withdrawal observations. Compatible with "
                   "breastfeeding."),
    "sertraline named only by its UK brand Lustral")
add("ok-val-misspelt-valporate", "good-brand-misspelt", PASS, V,
    conclusion(VA, "Sodium valporate continues until the urgent neurology review - stopping suddenly risks "
                   "seizures that would endanger her and the pregnancy. First-trimester exposure: fetal medicine "
                   "review and a detailed anomaly scan requested, folic acid 5 mg started. The pregnancy "
                   "prevention programme form will be reviewed with neurology."),
    "'valporate' (letters swapped) still clearly names valproate")
add("ok-dzpg-brand-lyrica", "good-brand-misspelt", PASS, F,
    conclusion(FA, "Diazepam and Lyrica (pregabalin) together cause marked drowsiness: the mother must never share "
                   "a bed, sofa or armchair with the baby or feed lying down, and the foster carer does the night "
                   "feeds. Late withdrawal signs are possible until day 8, so the foster carer and health visitor "
                   "watch for tremor, poor feeding and crying. Neither is stopped suddenly; diazepam to be reduced "
                   "slowly from the 6-week review."),
    "pregabalin by its brand Lyrica")
add("ok-dzpg-misspelt-diazapam", "good-brand-misspelt", PASS, F,
    conclusion(FA, "Diazapam and pregabalin continue for now and together make her drowsy: no co-sleeping, no "
                   "feeding lying down, foster carer to do night feeds. The baby may show late withdrawal until "
                   "day 8; foster carer and HV to watch and call the neonatal unit if worried. No sudden stop; "
                   "slow reduction of the diazepam at the 6-week review."),
    "'Diazapam' common misspelling in the first word, spelt right later")
add("ok-cital-brand-cipramil", "good-brand-misspelt", PASS, C,
    conclusion(CA, "Cipramil (citalopram) 20 mg continues through pregnancy: relapse risk outweighs the small "
                   "risks to the baby - PPHN and adaptation symptoms - which the midwife watches for in the first "
                   "48 hours. Breastfeeding is supported."),
    "citalopram by its brand Cipramil")
add("ok-ost-espranor", "good-brand-misspelt", PASS, M,
    swap_ost("med-espranor", "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised", "Espranor",
             "Espranor (buprenorphine) 16 mg daily continues. The baby may need observation for neonatal "
             "withdrawal for at least 72 hours; breastfeeding is encouraged. She is drowsy after each dose, so no "
             "co-sleeping and the Moses basket is checked at the home visit.",
             "Continue Espranor (buprenorphine) and sertraline. Neonatal withdrawal observation for at least 72 "
             "hours; breastfeeding supported. No co-sleeping because of buprenorphine sedation; the social worker "
             "and HV will see the sleeping arrangements before discharge."),
    "buprenorphine as Espranor, assessed in every field")
add("ok-ost-subutex", "good-brand-misspelt", PASS, M,
    swap_ost("med-subutex", "Subutex 8mg sublingual tablets", "12 mg once daily, supervised", "Subutex",
             "Subutex 12 mg daily continues under the drug service. Baby: NAS possible, obs for at least 72 hours "
             "on the postnatal ward, HV to look for late signs to day 8. Breastfeeding encouraged. Drowsy after "
             "her dose, so no bed or sofa sharing with the baby.",
             "Subutex (buprenorphine) 12 mg and sertraline 100 mg continue. NAS obs at least 72 hours; "
             "breastfeeding supported. No co-sleeping after her Subutex dose; SW and HV to see the sleeping "
             "arrangements before discharge."),
    "Subutex assessed and named in both conclusions")
add("ok-ost-eptadone", "good-brand-misspelt", PASS, M,
    swap_ost("med-eptadone", "Eptadone 1mg/ml oral solution", "55 ml (55 mg) once daily, supervised",
             "Eptadone",
             "Eptadone (methadone) 55 mg daily continues unchanged. The baby is likely to need withdrawal "
             "observation for at least 72 hours; breastfeeding is supported. Sedation after the dose means no "
             "co-sleeping; the health visitor will check the Moses basket.",
             "Eptadone (methadone) and sertraline continue. Withdrawal observation of the baby for at least 72 "
             "hours; breastfeeding supported; no co-sleeping after her methadone dose."),
    "a methadone brand rarely seen, assessed")
add("ok-p-partner-rewisca", "good-partner", PASS, P,
    swap_partner("med-partner-rewisca", "Rewisca 150mg capsules", "150 mg twice a day", "pregabalin",
                 "The father takes Rewisca (pregabalin) 150 mg twice a day for anxiety and is drowsy in the evenings.",
                 "He must not fall asleep with the baby on a sofa, armchair or bed, and does not do night feeds. The "
                 "baby sleeps in the next-to-me crib on the mother's side.",
                 "Dad's Rewisca (pregabalin) makes him drowsy in the evening: he must never sleep with the baby on a "
                 "bed, sofa or armchair and does no night feeds. Mum does the night feeds; the HV will keep checking "
                 "the crib.",
                 "Mum's paracetamol raises no concern. Dad's Rewisca (pregabalin) sedates him: no co-sleeping with "
                 "him, no night feeds by him; crib seen and safe, HV to keep checking."),
    "partner's pregabalin by a UK brand, assessed for co-sleeping")
add("ok-p-partner-olanzapine-coded", "good-partner", PASS, P,
    swap_partner("med-partner-olanzapine", "Olanzapine 10mg tablets", "10 mg at night", "olanzapine",
                 "Daniel takes olanzapine 10 mg at night for schizophrenia; he sleeps heavily for 8 to 10 hours.",
                 "He must not share a bed, sofa or armchair with the baby at any time after his dose, and is not "
                 "to give night feeds. Baby in a cot in the parents' room.",
                 "The father's olanzapine at night leaves him very hard to wake, so no co-sleeping with him on a "
                 "bed, sofa or armchair and no night feeds by him. The mother does the nights; HV to check the cot "
                 "at each visit.",
                 "Paracetamol (mother) raises no concern. Father's olanzapine: heavy sedation at night, so no "
                 "co-sleeping with him and no night feeds by him; cot seen; HV to keep checking.",
                 code={"system": "https://dmd.nhs.uk", "code": "42275511000001103",
                       "display": "Olanzapine 10mg tablets"}),
    "partner's antipsychotic with its dm+d code from the shared reference list")
add("ok-p-partner-rivotril", "good-partner", PASS, P,
    swap_partner("med-partner-rivotril", "Rivotril 0.5mg tablets", "0.5 mg twice a day", "clonazepam",
                 "The father takes Rivotril (clonazepam) for panic disorder; drowsy at night.",
                 "No bed or sofa sharing with the baby after his evening dose; he does not do night feeds; "
                 "baby in own cot.",
                 "Dad's Rivotril (clonazepam) sedates him at night: never share a bed, sofa or armchair with the "
                 "baby after his dose and no night feeds by him. The mother does the nights and the HV checks the "
                 "cot.",
                 "The mother's paracetamol raises no concern. The father's Rivotril (clonazepam) sedates him: no "
                 "co-sleeping, no night feeds by him; HV to keep checking the cot."),
    "partner's benzodiazepine by a UK brand")
add("ok-quet-negations", "good-partner", PASS, P,
    conclusion(PA, "Father: quetiapine 300 mg at night, not to be stopped by anyone but his psychiatrist. He is "
                   "not to sleep with the baby on a bed, sofa or armchair, not to do night feeds after his dose, and "
                   "not to be left as the only adult at night. No co-sleeping at any time. Mother does night feeds; "
                   "baby sleeps in the next-to-me crib; HV checks each visit."),
    "a string of negations that ARE the plan")
add("ok-overall-p-shorthand", "good-partner", PASS, P,
    overall("Mum: paracetamol only, no concern. Dad: quetiapine 300mg nocte -> heavily sedated; no co-sleeping "
            "w/ dad (bed/sofa/armchair), no night feeds by dad post-dose. Crib seen & safe. HV to recheck each visit "
            "to 8/52."),
    "overall shorthand for a partner record")

add("ok-meth-pointer-substance", "good-pointer-substance", PASS, M,
    conclusion(MA, "See the drug service letter of 02/03/2026 for her dosing history; in short, methadone 60 mg "
                   "daily continues unchanged. The baby is likely to need observation for neonatal withdrawal for "
                   "at least 72 hours; breastfeeding is encouraged. She is drowsy after each dose, so no "
                   "co-sleeping, and the cot is checked at the home visit."),
    "a pointer to another document followed by the substance")
add("ok-sert-pointer-pmht", "good-pointer-substance", PASS, M,
    conclusion(SA, "Full mental health history in the PMHT letter (attached to her notes). Decision: sertraline "
                   "100 mg continues because relapse off treatment was severe. The baby has a small risk of PPHN and "
                   "of adaptation symptoms, so the midwife observes alongside the withdrawal observations; "
                   "breastfeeding is compatible."),
    "names a letter and gives the decision")
add("ok-lith-as-per-plus", "good-pointer-substance", PASS, L,
    conclusion(LA, "As per the perinatal psychiatry plan, which is summarised here: lithium continues at 800 mg "
                   "nightly; levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby has a "
                   "paediatric review after birth for floppiness, poor feeding and thyroid problems; breastfeeding "
                   "is not advised so she will bottle feed."),
    "'as per ... plan' followed by the summary itself")
add("ok-val-pending-with-substance", "good-pointer-substance", PASS, V,
    conclusion(VA, "Neurology review pending, but in the meantime: valproate continues unchanged because stopping "
                   "suddenly risks seizures; the baby has had first-trimester exposure, so fetal medicine review "
                   "and a detailed anomaly scan are booked and folic acid 5 mg is started today."),
    "'pending' with a complete interim plan")
add("ok-cital-see-also", "good-pointer-substance", PASS, C,
    conclusion(CA, "Citalopram 20 mg continues (see also the GP mood review entry of 10/02). The baby has a small "
                   "risk of PPHN and of adaptation symptoms in the first 48 hours, which the midwife will watch for; "
                   "breastfeeding is encouraged."),
    "a parenthetical 'see also' inside a complete conclusion")
add("ok-dzpg-refer-plus", "good-pointer-substance", PASS, F,
    conclusion(FA, "Diazepam and pregabalin: for dosing detail refer to the discharge summary. The decision: both "
                   "continue for now; both sedate, so the mother must not co-sleep or feed lying down and the foster "
                   "carer does the night feeds. The baby may show late withdrawal to day 8 - foster carer and HV to "
                   "watch. No abrupt stop; diazepam to be tapered from 6 weeks."),
    "'refer to the discharge summary' for dosing, decision written out")

add("ok-overall-m-pointer-substance", "good-pointer-substance", PASS, M,
    overall("Detail is in the two assessments above; overall: methadone 60 mg and sertraline 100 mg continue "
            "unchanged. The baby needs withdrawal observation for at least 72 hours on the postnatal ward and HV "
            "checks for late signs to day 8; breastfeeding supported. No co-sleeping because of methadone "
            "sedation; social worker and HV see the cot before discharge."),
    "overall points to the assessments and still concludes")
add("ok-sert-misspelt-setraline", "good-brand-misspelt", PASS, M,
    conclusion(SA, "Setraline 100 mg daily continues - she relapsed badly when it was stopped in 2023. Baby: small "
                   "risk of PPHN and of jitteriness or poor feeding in the first days; the midwife watches alongside "
                   "the withdrawal observations. Fine to breastfeed."),
    "'Setraline' (r dropped) still clearly names sertraline")
add("ok-quet-long-paragraph", "good-partner", PASS, P,
    conclusion(PA, "I met both parents at the new birth visit. Daniel takes quetiapine 300 mg every night for "
                   "bipolar disorder, prescribed by his own GP, and he describes being very hard to wake for several "
                   "hours afterwards; Chloe confirms this. That level of sedation means he must never share a bed, "
                   "sofa or armchair with the baby and must not do any night feeds or settling after his dose. "
                   "Chloe does the night feeds, and the baby sleeps in the next-to-me crib on her side of the bed, "
                   "which I saw today. I will check this arrangement at each visit for the first eight weeks, and "
                   "his GP will tell me if his dose or timing changes."),
    "a first-person health visitor narrative about the father's medicine")

add("ok-meth-see-baby-instruction", "good-negation-instruction", PASS, M,
    conclusion(MA, "Methadone 60 mg continues. Please see the baby at home within 48 hours of discharge and review "
                   "for late withdrawal signs to day 8; the baby must stay on the ward for at least 72 hours of "
                   "withdrawal scoring first. Breastfeeding encouraged. No co-sleeping after her dose."),
    "'please see the baby' and 'review' are instructions, not pointers")
add("ok-meth-refer-paeds", "good-negation-instruction", PASS, M,
    conclusion(MA, "Methadone 60 mg daily to continue. Refer the baby to the paediatric team at birth for NAS "
                   "scoring; observe at least 72 hours and review on day 3 before any discharge. Breastfeeding is "
                   "encouraged. Drowsy after dosing: no co-sleeping, HV to review the cot at the first visit."),
    "'refer' and 'review' as instructions")
add("ok-lith-bf-not-applicable-but", "good-negation-instruction", PASS, L,
    conclusion(LA, "Lithium 800 mg continues because of the high relapse risk. Breastfeeding advice is not "
                   "applicable (she will bottle feed) but the baby still needs a paediatric review after birth, with "
                   "a lithium level and thyroid check if floppy, lethargic or feeding poorly. Her levels monthly, "
                   "weekly from 36 weeks and within 24 hours of birth."),
    "'not applicable to breastfeeding (bottle fed) but ...' is a reason and a plan")
add("ok-dzpg-bf-na-bottle", "good-negation-instruction", PASS, F,
    conclusion(FA, "Breastfeeding not applicable (bottle fed). Diazepam and pregabalin sedate her, so no bed, sofa "
                   "or armchair sharing with the baby, no feeding lying down, and the foster carer does night feeds. "
                   "Watch the baby for late withdrawal signs until day 8. Neither to be stopped suddenly."),
    "N/A for breastfeeding with the reason, everything else answered")
add("ok-cital-not-to-stop", "good-negation-instruction", PASS, C,
    conclusion(CA, "Citalopram is not to be stopped in pregnancy: she relapsed within six weeks last time. The baby "
                   "is not expected to need special care, but the midwife watches for jitteriness, poor feeding "
                   "and fast breathing for 48 hours and there is a small risk of PPHN. Not a reason to avoid "
                   "breastfeeding."),
    "negations ('not to be stopped', 'not expected') carrying the conclusion")
add("ok-val-review-words", "good-negation-instruction", PASS, V,
    conclusion(VA, "Valproate: do not stop. Review by neurology within 2 weeks to consider switching; until then "
                   "500 mg twice a day continues. First-trimester exposure to the unborn baby: 1 in 10 malformation "
                   "risk and later developmental risk, so fetal medicine review and an anomaly scan; folic acid 5 mg "
                   "started."),
    "'review' as a timed instruction")

add("ok-m-welsh-mother", "good-names-numbers", PASS, M,
    set_("mother.name", {"given": ["Siân", "Angharad"], "family": "ap Rhys-Example"}),
    "a Welsh name with a circumflex and 'ap'")
add("ok-m-polish-author", "good-names-numbers", PASS, M,
    rename_everywhere("Shah", {"prefix": "Dr", "given": ["Małgorzata"], "family": "Wróblewska-Shah"}),
    "the author's Polish name, the same in every part she signs")
add("ok-p-polish-partner", "good-names-numbers", PASS, P,
    set_("partner.name", {"given": ["Grzegorz"], "family": "Wójcik-Example"}),
    "the partner's Polish name")
add("ok-meth-dates-numbers", "good-names-numbers", PASS, M,
    conclusion(MA, "From 02/03/2026: methadone 60 mg (60 ml of 1 mg/ml) once daily, supervised, unchanged since "
                   "01/12/2025. The baby needs 72-120 h of withdrawal scoring (4-hourly) on the postnatal ward; "
                   "the HV checks on days 5 and 8. Breastfeeding encouraged. No co-sleeping after the 09:00 dose."),
    "dates, times, ranges and concentrations")
add("ok-meth-american-spelling", "good-names-numbers", PASS, M,
    conclusion(MA, "Methadone 60 mg daily should continue. The baby is likely to need observation for neonatal "
                   "abstinence syndrome for at least 72 hours with pediatric review; breastfeeding is encouraged. "
                   "She is sleepy after her dose, so no co-sleeping, and the crib will be checked at the home "
                   "visit."),
    "American spelling ('pediatric', 'crib')")
add("ok-sert-signoff", "good-names-numbers", PASS, M,
    conclusion(SA, "Sertraline 100 mg continues: relapse risk outweighs the small risks to the baby (PPHN, "
                   "adaptation symptoms), which the maternity team will watch for after birth; compatible with "
                   "breastfeeding. Many thanks, Dr Shah."),
    "a short polite sign-off after a complete conclusion")
add("ok-overall-l-signoff", "good-names-numbers", PASS, L,
    overall("Continue lithium (Priadel) 800 mg at night; levels monthly, weekly from 36 weeks and within 24 hours "
            "of birth. Paediatric review of the baby after birth; bottle feeding. Perinatal team to see her within a "
            "week of birth. Kind regards, Dr Osei, perinatal psychiatry."),
    "overall with a sign-off")
add("ok-overall-v-numbers", "good-names-numbers", PASS, V,
    overall("Unplanned pregnancy at 8+0 weeks on sodium valproate 500 mg BD. Continue unchanged until urgent "
            "neurology review (within 14 days); do not stop abruptly. Baby exposed in the 1st trimester: fetal "
            "medicine review and anomaly scan at 18-20 weeks; folic acid 5 mg daily from 20/05/2026."),
    "overall with gestation and date notation")
add("ok-overall-c-short-clear", "good-names-numbers", PASS, C,
    overall("Citalopram 20 mg continues in pregnancy and while breastfeeding. Midwife to watch the baby for "
            "adaptation symptoms for 48 hours; small PPHN risk noted for the paediatric team. GP mood review at "
            "6 weeks. Amended 12/02/2026 to add the health visitor."),
    "overall, short and complete")

add("ok-n-co-codamol-assessed", "good-record-fields", PASS, N,
    n_assessed("med-cocodamol", "Co-codamol 30mg/500mg tablets", "Two tablets up to four times a day for 3 days",
               {"sedation": "yes", "parenting_capacity": "Perineal pain after delivery; mildly drowsy after doses.",
                "safe_sleep": "No bed-sharing or falling asleep with the baby on a sofa while taking it; Moses "
                              "basket by the bed."},
               {"summary": "Codeine passes into breast milk; some babies are ultra-rapid metabolisers and can "
                           "become drowsy.",
                "neonatal_withdrawal_plan": "Not taken in pregnancy, so no neonatal withdrawal expected.",
                "breastfeeding": "Maximum 3 days; stop and seek advice if the baby is sleepy, floppy or not "
                                 "feeding."},
               "Three days only, then paracetamol alone. Midwife to check the baby's feeding and alertness.",
               "Co-codamol (codeine with paracetamol) for 3 days only while breastfeeding: watch the baby for "
               "drowsiness or poor feeding and stop if seen. It makes her drowsy, so no bed-sharing.",
               "Co-codamol 3-day course with paracetamol and lactulose: breastfeeding continues with the midwife "
               "checking the baby for drowsiness; no bed-sharing while taking codeine."),
    "a combination product properly assessed postnatally")
add("ok-n-nurofen-plus-assessed", "good-record-fields", PASS, N,
    n_assessed("med-nurofenplus", "Nurofen Plus tablets", "Two tablets up to three times a day for 2 days",
               {"sedation": "yes", "parenting_capacity": "Occasional drowsiness after doses.",
                "safe_sleep": "Not to bed-share or doze with the baby on the sofa while taking it."},
               {"summary": "Contains codeine, which reaches breast milk and can make the baby sleepy.",
                "neonatal_withdrawal_plan": "Not used in pregnancy; no neonatal withdrawal expected.",
                "breastfeeding": "Short course only; stop if the baby is drowsy or feeding poorly."},
               "Switch to ibuprofen alone after 2 days. Midwife to check feeding.",
               "Nurofen Plus (ibuprofen with codeine) for 2 days only: the breastfed baby is watched for "
               "sleepiness and poor feeding; she must not bed-share while taking codeine.",
               "Nurofen Plus 2-day course (codeine): baby watched for drowsiness at the breast; no bed-sharing. "
               "Paracetamol and lactulose raise no concern."),
    "a codeine combination by brand, assessed")
add("ok-n-fluoxetine-coded", "good-record-fields", PASS, N,
    n_assessed("med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily",
               {"sedation": "no", "parenting_capacity": "Started for postnatal depression; coping well with the baby."},
               {"summary": "Fluoxetine reaches breast milk in higher amounts than some SSRIs; the baby may be "
                           "unsettled or feed poorly.",
                "breastfeeding": "Breastfeeding can continue; watch for irritability, poor feeding and weight gain."},
               "GP review in 4 weeks; not to be stopped suddenly (discontinuation symptoms, relapse). HV to monitor "
               "the baby's weight.",
               "Fluoxetine 20 mg started for postnatal depression; breastfeeding continues but the HV will watch "
               "the baby's feeding, weight gain and settling because fluoxetine reaches breast milk.",
               "Fluoxetine started postnatally: breastfeeding continues with the HV watching the baby's weight and "
               "feeding. Paracetamol and lactulose raise no concern.",
               code={"system": "https://dmd.nhs.uk", "code": "42271711000001106", "display": "Fluoxetine 20mg capsules"}),
    "a postnatal SSRI with its dm+d code")
add("ok-n-zopiclone-coded", "good-record-fields", PASS, N,
    n_assessed("med-zopiclone", "Zopiclone 7.5mg tablets", "3.75 mg at night for up to 7 nights",
               {"sedation": "yes", "parenting_capacity": "Short course for insomnia; sleepy for 6 to 8 hours after "
                                                         "a dose.",
                "safe_sleep": "Partner does night feeds on nights she takes it; she must not bed-share; baby in "
                              "the Moses basket."},
               {"summary": "Small amounts in breast milk; can make the baby sleepy.",
                "breastfeeding": "Feed just before the dose; watch the baby for sleepiness or poor feeding."},
               "Seven nights only. HV to ask about sleep and mood at the next visit.",
               "Zopiclone 3.75 mg for up to a week: on those nights her partner does the night feeds and she must "
               "not bed-share; feed before the dose and watch the baby for sleepiness.",
               "Zopiclone short course: no bed-sharing, partner does nights; baby watched for sleepiness through "
               "breast milk. Paracetamol and lactulose raise no concern.",
               code={"system": "https://dmd.nhs.uk", "code": "42139411000001100", "display": "Zopiclone 7.5mg tablets"}),
    "a hypnotic postnatally, assessed")
add("ok-n-zispin-assessed", "good-record-fields", PASS, N,
    n_assessed("med-zispin", "Zispin SolTab 15mg orodispersible tablets", "15 mg at night",
               {"sedation": "yes", "parenting_capacity": "Postnatal depression; very sleepy for the first hours "
                                                         "after her night dose.",
                "safe_sleep": "Must not bed-share or sleep with the baby on the sofa; partner to do the first night "
                              "feed; baby in the cot."},
               {"summary": "Mirtazapine passes into breast milk in small amounts.",
                "breastfeeding": "Compatible with breastfeeding; watch the baby for drowsiness or poor weight gain."},
               "GP review at 4 weeks; do not stop abruptly (relapse and discontinuation symptoms). HV to check sleep "
               "arrangements and the baby's weight.",
               "Zispin (mirtazapine) 15 mg at night makes her very sleepy: no bed-sharing, partner does the first "
               "night feed. Breastfeeding continues with the HV watching the baby's weight and alertness.",
               "Zispin (mirtazapine) postnatally: sedating at night, so no bed-sharing; breastfeeding continues with "
               "HV checks. Paracetamol and lactulose raise no concern."),
    "mirtazapine by brand, assessed")
add("ok-f-manual-route-detailed", "good-record-fields", PASS, F,
    set_("recipients#rcp-foster-carer.route",
         {"kind": "manual", "description": "Sealed printed copy given by the allocated social worker, Leanne Moss, "
                                           "to the foster carer in person at the placement on 2026-06-13; receipt "
                                           "signed and the plan read through together."}),
    "a specific manual hand-over")
add("ok-l-fhir-path", "good-record-fields", PASS, L,
    set_("recipients#rcp-maternity.route", {"kind": "fhir", "base_url": "https://fhir.northgate.example/maternity/R4"}),
    "a different real-looking FHIR base URL")
add("ok-v-mllp-other-port", "good-record-fields", PASS, V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "tie.castleford.example", "port": 6661}),
    "an MLLP interface on another port")
add("ok-c-gestation-earlier", "good-record-fields", PASS, C,
    set_("pregnancy.gestation", {"weeks": 30, "days": 1, "on": "2026-01-27"}),
    "gestation recorded two weeks earlier, consistent with the EDD")
add("ok-m-safeguarding-no-consent", "good-record-fields", PASS, M,
    set_("lawful_basis", {"basis": "safeguarding-without-consent",
                          "justification": "She declined sharing with children's services. Shared without consent "
                                           "because the unborn baby is on a child protection plan and unsafe sleep "
                                           "with a sedated parent is a serious risk; decision agreed with the "
                                           "practice safeguarding lead on 02/03/2026.",
                          "recorded_on": "2026-03-02"}),
    "sharing without consent with a real reason")
add("ok-m-attest-morning-after", "good-record-fields", PASS, M,
    chain(set_("attestation.at", "2026-03-03T08:05:00+00:00"), set_("updated", "2026-03-03T08:05:00+00:00")),
    "attested the next morning, update time moved with it")

# ============================================================================================================
# MUST REFUSE.

add("no-meth-thought-about", "non-answer", REFUSE, M,
    conclusion(MA, "Methadone: the baby's needs in relation to this medicine have been thought about carefully and "
                   "everything appropriate will be put in place."),
    "claims thought and appropriateness; no withdrawal, feeding or sleep decision")
add("no-lith-team-on-top", "non-answer", REFUSE, L,
    conclusion(LA, "Lithium: as would be expected for someone in her situation; the team is on top of things and "
                   "will act as and when needed for the baby."),
    "'the team is on top of things' is no conclusion")
add("no-val-right-steps", "non-answer", REFUSE, V,
    conclusion(VA, "Valproate: the situation is understood by all concerned and the right steps are being taken "
                   "for mother and baby."),
    "'the right steps' never named")
add("no-quet-handled", "non-answer", REFUSE, P,
    conclusion(PA, "Quetiapine (dad's): handled with the family, who know what to do with the baby."),
    "'know what to do' without saying it")
add("no-cital-standard-care", "non-answer", REFUSE, C,
    conclusion(CA, "Citalopram: standard care for the baby as for any pregnancy on this type of medication."),
    "'standard care' is a placeholder for the plan")
add("no-overall-f-everyone-informed", "non-answer", REFUSE, F,
    overall("Diazepam and pregabalin: everyone involved has been informed and is clear about their role with the "
            "baby."),
    "overall: roles 'clear' but never written")

add("def-meth-planning-meeting", "deferral-fresh", REFUSE, M,
    conclusion(MA, "Methadone: the outcome of the planning meeting on 16/03 will determine the plan for the baby."),
    "the plan depends on a future meeting")
add("def-sert-awaiting-consultant", "deferral-fresh", REFUSE, M,
    conclusion(SA, "Sertraline: awaiting the consultant's view before anything is decided for the baby."),
    "'awaiting the consultant's view'")
add("def-lith-next-mdt", "deferral-fresh", REFUSE, L,
    conclusion(LA, "Lithium: for discussion at the next perinatal MDT; the baby's plan to be confirmed afterwards."),
    "'for discussion at the next MDT'")
add("def-val-complete-once-received", "deferral-fresh", REFUSE, V,
    conclusion(VA, "Valproate: neurology to advise; this section will be completed once their recommendations for "
                   "the baby are received."),
    "'will be completed once ... received'")
add("def-dzpg-cp-conference", "deferral-fresh", REFUSE, F,
    conclusion(FA, "Diazepam and pregabalin: decision about the baby deferred to the child protection conference "
                   "next week."),
    "'deferred to the conference'")
add("def-cital-34-weeks", "deferral-fresh", REFUSE, C,
    conclusion(CA, "Citalopram: the obstetric consultant will decide at the 34-week appointment what the baby needs."),
    "decision left to a future appointment")
add("def-quet-ask-psychiatrist", "deferral-fresh", REFUSE, P,
    conclusion(PA, "Quetiapine: the father's psychiatrist has been written to for an opinion on the baby's safe "
                   "sleep; reply awaited."),
    "reply awaited; safe sleep undecided")
add("def-overall-m-pre-birth", "deferral-fresh", REFUSE, M,
    overall("Methadone and sertraline: final plan for the baby to be agreed at the pre-birth planning meeting and "
            "added afterwards."),
    "overall: plan to be added after a meeting")

add("dis-meth-years", "dismissal-fake-reason", REFUSE, M,
    conclusion(MA, "Methadone: no concerns for the baby as she has been on it for years."),
    "long use is no reason: the baby will still withdraw")
add("dis-quet-not-mothers", "dismissal-fake-reason", REFUSE, P,
    conclusion(PA, "Quetiapine: not an issue for the baby because it is the father's tablet, not the mother's."),
    "the father's sedation is the co-sleeping risk")
add("dis-dzpg-bottle-fed", "dismissal-fake-reason", REFUSE, F,
    conclusion(FA, "Diazepam and pregabalin: nothing to worry about for the baby as she is bottle fed."),
    "bottle feeding does not answer sedation or withdrawal")
add("dis-lith-levels-fine", "dismissal-fake-reason", REFUSE, L,
    conclusion(LA, "Lithium: no problems expected for the baby since her levels are in range."),
    "the mother's levels say nothing about the baby's review")
add("dis-sert-low-dose", "dismissal-fake-reason", REFUSE, M,
    conclusion(SA, "Sertraline: not relevant to the baby because it is only a low dose."),
    "100 mg is not low, and dose does not remove adaptation/PPHN risk")
add("dis-quet-safe-sleep-item", "dismissal-fake-reason", REFUSE, P,
    asm(PA, "impact_on_mother.safe_sleep", "Not applicable - he is not the one breastfeeding."),
    "safe sleep dismissed for a sedated father with an irrelevant reason")

add("fill-meth-waffle", "filler-fresh", REFUSE, M,
    conclusion(MA, "Methadone: with regard to the aforementioned, all things considered, going forward the position "
                   "remains as it is, and in terms of the baby, so to speak, it is what it is."),
    "waffle with the medicine name and 'baby'")
add("fill-val-corporate", "filler-fresh", REFUSE, V,
    conclusion(VA, "Valproate: we will leverage cross-functional synergies to deliver best-in-class outcomes for the "
                   "baby moving forward."),
    "management jargon")
add("fill-lith-keyboard", "filler-fresh", REFUSE, L,
    conclusion(LA, "Lithium qwertyuiop asdfghjkl zxcvbnm baby plokijuh ytrewq lkjhgf mnbvcx poiuyt."),
    "keyboard mash around two real words")
add("fill-cital-disclaimer", "filler-fresh", REFUSE, C,
    conclusion(CA, "Citalopram. This e-mail and any attachments are confidential and intended solely for the "
                   "addressee. If you have received it in error please notify the sender and delete it."),
    "an email disclaimer")

add("rep-meth-no-cosleep", "repetition-fresh", REFUSE, M,
    conclusion(MA, "Methadone: no co-sleeping. No co-sleeping. No co-sleeping. No co-sleeping. No co-sleeping. No "
                   "co-sleeping. No co-sleeping. No co-sleeping."),
    "one instruction pasted eight times")
add("rep-sert-baby-fine", "repetition-fresh", REFUSE, M,
    conclusion(SA, "Sertraline continues, continues, continues; baby fine, baby fine, baby fine, baby fine, baby "
                   "fine, baby fine."),
    "two words repeated")
add("rep-quet-safe-sleep", "repetition-fresh", REFUSE, P,
    conclusion(PA, "Dad's quetiapine: safe sleep, safe sleep, safe sleep, safe sleep, safe sleep, safe sleep, safe "
                   "sleep, safe sleep."),
    "a topic phrase repeated")

add("dph-meth-cyrillic-see-letter", "disguise-phrase", REFUSE, M,
    conclusion(MA, homoglyphs("Methadone: see drug service letter for the baby.", "eao")),
    "Cyrillic e/a/o in a 'see letter' deferral")
add("dph-sert-zw-awaiting", "disguise-phrase", REFUSE, M,
    conclusion(SA, inside_words("Sertraline: awaiting the consultant's view on the baby.", "\u200b")),
    "zero-width spaces inside every word of a deferral")
add("dph-lith-soft-hyphen-nothing", "disguise-phrase", REFUSE, L,
    conclusion(LA, inside_words("Lithium: nothing of note regarding the baby.", SOFT_HYPHEN, every=2)),
    "soft hyphens inside a dismissal")
add("dph-val-fullwidth", "disguise-phrase", REFUSE, V,
    conclusion(VA, full_width("Valproate: outcome of the planning meeting will determine the baby's plan.")),
    "full-width letters in a deferral")
add("dph-dzpg-greek-na", "disguise-phrase", REFUSE, F,
    conclusion(FA, homoglyphs("Diazepam and pregabalin: not applicable to the baby.", "aio", variant=1)),
    "Greek alpha/iota/omicron in a dismissal")
add("dph-cital-mixed", "disguise-phrase", REFUSE, C,
    conclusion(CA, inside_words(homoglyphs("Citalopram: pending review for the baby.", "ep"), "\u2060", every=3)),
    "Cyrillic e/p plus word joiners in 'pending review'")
add("dph-quet-wj-noconcerns", "disguise-phrase", REFUSE, P,
    conclusion(PA, inside_words(homoglyphs("Quetiapine (father): no concerns for the baby.", "oc"), "\ufeff", every=2)),
    "Cyrillic o/c and BOMs inside a dismissal")

for _n, _name, _why in [
    ("subutex-cyrillic-s", "\u0405ubutex 2mg sublingual tablets", "Subutex with a Cyrillic capital Dze for S"),
    ("epilim-cyrillic-i", "Ep\u0456lim Chrono 300 prolonged-release tablets", "Epilim with a Cyrillic i"),
    ("lyrica-zero-width", "Lyr\u200bica 150mg capsules", "Lyrica split by a zero-width space"),
    ("priadel-fullwidth", full_width("Priadel") + " 200mg modified-release tablets", "Priadel in full-width letters"),
    ("buprenorphine-soft-hyphens", "Bu\u00adpre\u00adnor\u00adphine 8mg sublingual tablets",
     "buprenorphine with soft hyphens"),
    ("olanzapine-greek-omicron", "\u039flanzapine 5mg tablets", "olanzapine with a Greek capital Omicron"),
    ("mirtazapine-cyrillic-m", "\u041cirtazapine 30mg tablets", "mirtazapine with a Cyrillic capital Em"),
    ("promethazine-zwj", "Pro\u200dmethazine 25mg tablets", "promethazine split by a zero-width joiner"),
    ("zispin-greek-iota", "Zisp\u03b9n SolTab 30mg orodispersible tablets", "Zispin with a Greek iota"),
]:
    add(f"dnm-{_n}", "disguise-name", REFUSE, N, unassessed(N, _name),
        f"{_why}: a medicine of concern, unassessed, marked not of concern (MA101)")

for _n, _name, _what in [
    ("eptadone", "Eptadone 1mg/ml oral solution", "methadone"),
    ("episenta", "Episenta 300mg prolonged-release capsules", "sodium valproate"),
    ("dyzantil", "Dyzantil 200mg prolonged-release tablets", "sodium valproate"),
    ("liskonum", "Liskonum 450mg modified-release tablets", "lithium"),
    ("stesolid", "Stesolid 10mg rectal tubes", "diazepam"),
    ("rivotril", "Rivotril 0.5mg tablets", "clonazepam"),
    ("lecaent", "Lecaent 75mg capsules", "pregabalin"),
    ("epimaz", "Epimaz 200mg tablets", "carbamazepine"),
    ("abilify", "Abilify 10mg tablets", "aripiprazole"),
    ("zamadol", "Zamadol 50mg capsules", "tramadol"),
    ("diazemuls", "Diazemuls 10mg/2ml emulsion for injection", "diazepam"),
]:
    add(f"brand-{_n}-unassessed", "brand-unassessed", REFUSE, N, unassessed(N, _name),
        f"{_name} is {_what}: a medicine of concern, unassessed, marked not of concern (MA101)")
add("brand-partner-zispin-unassessed", "brand-unassessed", REFUSE, P,
    unassessed(P, "Zispin SolTab 45mg orodispersible tablets", reason="Only Dad's tablet, so not relevant to baby.",
               taken_by="partner"),
    "the father's mirtazapine (sedating), unassessed, dismissed as 'only Dad's' (MA101)")
add("brand-antenatal-lustral-extra-unassessed", "brand-unassessed", REFUSE, C,
    unassessed(C, "Lustral 50mg tablets", reason="Second antidepressant, mild, not needed in the assessment."),
    "a second SSRI (sertraline) in pregnancy left unassessed (MA101)")

for _n, _name in [
    ("buprenorfine", "Buprenorfine 8mg sublingual tablets"),
    ("clonazepan", "Clonazepan 0.5mg tablets"),
    ("olanzepine", "Olanzepine 5mg tablets"),
    ("venlafaxin", "Venlafaxin 75mg modified-release capsules"),
    ("pregabaline", "Pregabaline 75mg capsules"),
    ("methadon", "Methadon 1mg/ml oral solution"),
    ("promethazin", "Promethazin 25mg tablets"),
    ("lorazepan", "Lorazepan 1mg tablets"),
]:
    add(f"missp-{_n}-unassessed", "misspelt-unassessed", REFUSE, N, unassessed(N, _name),
        f"'{_name}' is a near misspelling of a medicine of concern, unassessed (MA101/MA117)")

for _n, _name, _what in [
    ("solpadeine-max", "Solpadeine Max tablets", "codeine 12.8mg with paracetamol"),
    ("nurofen-plus", "Nurofen Plus tablets", "ibuprofen with codeine"),
    ("migraleve-yellow", "Migraleve Yellow tablets", "codeine with paracetamol"),
    ("co-codamol-8-500", "Co-codamol 8mg/500mg effervescent tablets", "codeine with paracetamol"),
    ("tramacet-partner", "Tramacet 37.5mg/325mg tablets", "tramadol with paracetamol, the father's"),
]:
    add(f"combo-{_n}-unassessed", "combination-unassessed", REFUSE, P if "partner" in _n else N,
        unassessed(P if "partner" in _n else N, _name, taken_by="partner" if "partner" in _n else None),
        f"{_name} contains an opioid ({_what}); unassessed, marked not of concern (MA101)")

add("date-val-assessed-before-conception", "dates-impossible", REFUSE, V,
    chain(asm(VA, "date", "2025-11-20"), set_("overall_conclusion.date", "2025-11-20")),
    "assessment dated ~5 months before conception (EDD 2026-12-30) cannot assess this pregnancy (MA212)")
add("date-m-attested-future", "dates-impossible", REFUSE, M,
    chain(set_("attestation.at", "2027-01-15T10:00:00+00:00"), set_("updated", "2027-01-15T10:00:00+00:00")),
    "attestation (and update) after the judging day 2026-12-03 (MA211/MA010)")
add("date-l-attested-before-assessment", "dates-impossible", REFUSE, L,
    set_("attestation.at", "2026-05-05T09:00:00+00:00"),
    "attested the day before the assessment it attests (MA211)")
add("date-p-delivery-future", "dates-impossible", REFUSE, P,
    set_("pregnancy.delivery_date", "2026-12-20"),
    "postnatal record with a delivery date after the judging day (MA012)")
add("date-c-edd-gestation-mismatch", "dates-impossible", REFUSE, C,
    set_("pregnancy.gestation", {"weeks": 24, "days": 0, "on": "2026-02-10"}),
    "24+0 on 2026-02-10 means EDD ~2026-06-02, not 2026-04-06 (MA011)")
add("date-m-mother-aged-nine", "dates-impossible", REFUSE, M,
    set_("mother.birth_date", "2017-01-01"),
    "a nine-year-old mother (MA014)")
add("date-f-overall-future", "dates-impossible", REFUSE, F,
    set_("overall_conclusion.date", "2027-02-01"),
    "overall conclusion dated in the future (MA206)")
add("date-m-lawful-basis-future", "dates-impossible", REFUSE, M,
    set_("lawful_basis.recorded_on", "2027-03-02"),
    "consent recorded in the future (MA403)")
add("date-p-dose-changed-after-assessment", "dates-impossible", REFUSE, P,
    set_("medicines#med-partner-quetiapine.last_changed", "2026-06-01"),
    "the dose changed after the assessment of it (MA108)")

add("route-l-fhir-port-zero", "routes-undeliverable", REFUSE, L,
    set_("recipients#rcp-maternity.route", {"kind": "fhir", "base_url": "https://maternity.northgate.example:0/fhir/R4"}),
    "TCP port 0 names no server (MA308)")
add("route-v-mllp-bad-ip", "routes-undeliverable", REFUSE, V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "256.12.1.300", "port": 2575}),
    "an IPv4 address with octets over 255 (MA308)")
add("route-l-fhir-no-host", "routes-undeliverable", REFUSE, L,
    set_("recipients#rcp-maternity.route", {"kind": "fhir", "base_url": "https:///fhir/R4"}),
    "a FHIR URL with no host (MA308)")
add("route-f-manual-na", "routes-undeliverable", REFUSE, F,
    set_("recipients#rcp-foster-carer.route", {"kind": "manual", "description": "N/A"}),
    "manual hand-over described as 'N/A' (MA309)")
add("route-f-manual-question-marks", "routes-undeliverable", REFUSE, F,
    set_("recipients#rcp-foster-carer.route", {"kind": "manual", "description": "???"}),
    "manual hand-over described as '???' (MA309)")

add("reg-m-gp-gphc", "register-role", REFUSE, M,
    asm(SA, "author.registration", {"body": "GPhC", "number": "2012345"}),
    "a general practitioner registered with the GPhC (MA207)")
add("reg-l-psychiatrist-nmc", "register-role", REFUSE, L,
    asm(LA, "author.registration", {"body": "NMC", "number": "14B2233C"}),
    "a psychiatrist registered with the NMC (MA207)")
add("reg-p-hv-gmc", "register-role", REFUSE, P,
    asm(PA, "author.registration", {"body": "GMC", "number": "7076543"}),
    "a health visitor registered with the GMC (MA207)")
add("reg-c-gp-hcpc", "register-role", REFUSE, C,
    chain(asm(CA, "author.registration", {"body": "HCPC", "number": "PA12345"})),
    "a GP on the HCPC register (MA207)")

add("id-p-partner-is-mother", "identity", REFUSE, P,
    set_("partner.nhs_number", "9990004145"),
    "the partner carries the mother's NHS number (MA007)")
add("id-m-mother-nhs-bad-check", "identity", REFUSE, M,
    set_("mother.nhs_number", "9990001112"),
    "the mother's NHS number fails Modulus 11 (MA003)")

for _n, _text in [
    ("as-per-policy", "As per policy."),
    ("necessary", "Shared without consent because it is necessary to share it."),
    ("safeguarding-word", "Safeguarding."),
    ("standard-practice", "Standard practice for all records at this surgery; we always share."),
]:
    add(f"lb-f-{_n}", "lawful-basis", REFUSE, F, set_("lawful_basis.justification", _text),
        f"sharing without consent justified by {_text!r}: no reason (MA402)")


# ============================================================================================================
# Second round: harder probes in both directions.

add("ok-meth-avoid-co-codamol", "good-negation-instruction", PASS, M,
    conclusion(MA, "Methadone 60 mg daily continues. Baby: withdrawal observation for at least 72 hours on the "
                   "postnatal ward, HV to check late signs to day 8. Breastfeeding encouraged. Avoid co-codamol for "
                   "pain after the birth (use paracetamol and ibuprofen). No co-sleeping after her dose."),
    "a combination product named only as one to avoid")
add("ok-meth-transferred-from-subutex", "good-negation-instruction", PASS, M,
    conclusion(MA, "Transferred from Subutex to methadone in 2024 for better stability; methadone 60 mg daily now "
                   "continues. The baby is likely to need withdrawal observation for at least 72 hours; "
                   "breastfeeding is encouraged; no co-sleeping because of sedation after each dose."),
    "a previous OST brand named as history")
add("ok-meth-as-discussed-then-plan", "good-pointer-substance", PASS, M,
    conclusion(MA, "As discussed with Jodie today, methadone 60 mg daily continues unchanged. Her baby will be "
                   "observed for neonatal withdrawal for at least 72 hours on the postnatal ward, breastfeeding is "
                   "encouraged, and because she is drowsy after her dose there must be no co-sleeping; the cot is "
                   "seen at the first home visit."),
    "'as discussed' as a lead-in to a full plan")
add("ok-val-awaiting-scan-meanwhile", "good-pointer-substance", PASS, V,
    conclusion(VA, "Awaiting the anomaly scan at 20 weeks; meanwhile sodium valproate continues at 500 mg twice a "
                   "day because stopping suddenly risks seizures. The baby was exposed in the first trimester "
                   "(about 1 in 10 risk of a major malformation), so fetal medicine review is booked; folic acid "
                   "5 mg started; urgent neurology review requested."),
    "'awaiting' a scan, with a complete interim plan")
add("ok-cital-tbc-clause", "good-pointer-substance", PASS, C,
    conclusion(CA, "Place of delivery TBC, but the plan stands wherever she delivers: citalopram 20 mg continues, "
                   "the midwife watches the baby for adaptation symptoms for 48 hours, the paediatric team knows "
                   "of the small PPHN risk, and breastfeeding is supported."),
    "'TBC' about an unrelated detail")
add("ok-sert-no-concerns-with-reason", "good-negation-instruction", PASS, M,
    conclusion(SA, "No concerns about breastfeeding: very little sertraline reaches breast milk. Sertraline 100 mg "
                   "continues because stopping risks relapse. The baby has a small risk of PPHN and of adaptation "
                   "symptoms, so the midwife observes alongside the withdrawal observations."),
    "'no concerns' scoped to breastfeeding with its reason")
add("ok-meth-all-caps", "good-shorthand", PASS, M,
    conclusion(MA, "METHADONE 60MG OD TO CONTINUE, NO CHANGE WITHOUT DRUG SERVICE. BABY: NAS OBS AT LEAST 72H ON "
                   "POSTNATAL WARD, HV LATE SIGNS TO DAY 8. BREASTFEEDING ENCOURAGED. NO CO-SLEEPING AFTER DOSE; "
                   "COT TO BE SEEN AT HOME VISIT."),
    "typed in capitals, as some clinical systems still show")
add("ok-meth-no-spaces-after-stops", "good-shorthand", PASS, M,
    conclusion(MA, "Methadone 60mg OD.Continue,no change w/o drug service.Baby:NAS obs min 72h on PN ward,HV to "
                   "check late signs to d8.BF encouraged.Drowsy post-dose:no co-sleeping,cot checked at HV visit."),
    "no spaces after full stops and commas, as typed in a hurry")
add("ok-meth-nnu-nows", "good-shorthand", PASS, M,
    conclusion(MA, "Methadone 60 mg daily continues. Baby at risk of NOWS: Finnegan scoring on the PNW for at "
                   "least 72 h, NNU if scores climb; HV checks late signs to day 8. BF encouraged. Sedated after "
                   "dosing: no co-sleeping, cot seen at first HV visit."),
    "NOWS, Finnegan, PNW and NNU")
add("ok-sert-welsh-signoff", "good-names-numbers", PASS, M,
    conclusion(SA, "Sertraline 100 mg continues: relapse risk outweighs the small risks to the baby (PPHN and "
                   "adaptation symptoms), which the maternity team watches for after birth; breastfeeding is "
                   "fine. Diolch yn fawr."),
    "a Welsh 'thank you very much' after a complete conclusion")
add("ok-lith-brand-only", "good-brand-misspelt", PASS, L,
    conclusion(LA, "Priadel 800 mg at night continues: relapse after birth is the bigger risk. Levels monthly, "
                   "weekly from 36 weeks and within 24 hours of birth; the baby has a paediatric review for "
                   "floppiness, poor feeding and thyroid problems; bottle feeding because it passes into breast "
                   "milk."),
    "lithium named only by its brand, which the medicine list also names")
add("ok-val-brand-only-epilim", "good-brand-misspelt", PASS, V,
    conclusion(VA, "Epilim 500 mg twice a day continues until the urgent neurology review; stopping suddenly risks "
                   "seizures. First-trimester exposure means a raised risk of malformation and later learning "
                   "difficulties for the baby: fetal medicine review and anomaly scan requested; folic acid 5 mg "
                   "started."),
    "valproate named only by its brand Epilim; the list holds the generic")
add("ok-m-physeptone-in-list", "good-brand-misspelt", PASS, M,
    set_("medicines#med-methadone.name", "Physeptone 1mg/ml oral solution"),
    "the list names the brand Physeptone (dm+d code kept); conclusions say methadone")
add("ok-f-diazapam-in-list-uncoded", "good-brand-misspelt", PASS, F,
    chain(set_("medicines#med-diazepam.name", "Diazapam 5mg tablets"), drop_code("med-diazepam")),
    "a misspelt uncoded medicine in the list; the conclusions name diazepam correctly")
add("ok-m-mother-aged-15", "good-names-numbers", PASS, M,
    set_("mother.birth_date", "2010-09-01"),
    "a 15-year-old mother: young, but possible")
add("ok-m-mother-aged-48", "good-names-numbers", PASS, M,
    set_("mother.birth_date", "1977-11-20"),
    "a 48-year-old mother: older, but possible")
add("ok-p-no-consent-reasoned", "good-record-fields", PASS, P,
    set_("lawful_basis", {"basis": "safeguarding-without-consent",
                          "justification": "The father refused sharing with his GP. Shared without consent because "
                                           "the baby is at risk of sudden infant death from co-sleeping with a "
                                           "heavily sedated father and his GP must tell the health visitor of any "
                                           "dose change; discussed with the safeguarding lead on 28/05/2026.",
                          "recorded_on": "2026-05-28"}),
    "a partner's refusal overridden with a specific reason")

add("def-sert-ditto", "deferral-fresh", REFUSE, M,
    conclusion(SA, "Sertraline: ditto the methadone plan above for the baby."),
    "'ditto' another assessment")
add("def-sert-as-for-methadone", "deferral-fresh", REFUSE, M,
    conclusion(SA, "Sertraline: same considerations for the baby as outlined for methadone."),
    "'same as for methadone': sertraline's own risks never concluded")
add("def-lith-letter-covers", "deferral-fresh", REFUSE, L,
    conclusion(LA, "Lithium: the perinatal team's letter covers the baby comprehensively and should be relied on."),
    "a pointer to a letter with no pointer verb")
add("def-meth-paeds-decide", "deferral-fresh", REFUSE, M,
    conclusion(MA, "Methadone: how the baby is managed will be decided by paediatrics at birth depending on how the "
                   "baby is."),
    "the decision handed to a team after birth")
add("def-val-sits-with-neurology", "deferral-fresh", REFUSE, V,
    conclusion(VA, "Valproate: any decision on the unborn baby's care sits with neurology."),
    "ownership named instead of the plan")
add("dis-quet-out-of-scope", "dismissal-fake-reason", REFUSE, P,
    conclusion(PA, "Quetiapine: the partner's own medication, so outside the scope of this assessment of the baby."),
    "'outside the scope' for the father's sedation")
add("dis-meth-last-child-fine", "dismissal-fake-reason", REFUSE, M,
    conclusion(MA, "Methadone: baby will be fine - mum took it with her last child and that baby was fine."),
    "a previous baby's outcome is no plan for this one")
add("dis-dzpg-low-doses", "dismissal-fake-reason", REFUSE, F,
    conclusion(FA, "Diazepam and pregabalin: doses are low, so no special measures are needed for the baby."),
    "dose is no reason; sedation and withdrawal unanswered")

for _n, _name, _what in [
    ("calpol-night", "Calpol Night 500mg/25mg tablets", "diphenhydramine with paracetamol (sedating)"),
    ("ucerax", "Ucerax 25mg tablets", "hydroxyzine (sedating antihistamine)"),
    ("vallergan", "Vallergan 10mg tablets", "alimemazine (sedating antihistamine)"),
    ("codipar", "Codipar 15mg/500mg capsules", "co-codamol"),
    ("remedeine", "Remedeine tablets", "co-dydramol"),
    ("co-codaprin", "Co-codaprin 8mg/400mg dispersible tablets", "codeine with aspirin"),
    ("oxycontin", "OxyContin 10mg modified-release tablets", "oxycodone"),
    ("lamictal", "Lamictal 100mg tablets", "lamotrigine (antiepileptic)"),
]:
    add(f"brand2-{_n}-unassessed", "brand-unassessed" if "co-" not in _n and _n not in ("codipar", "remedeine")
        else "combination-unassessed", REFUSE, N, unassessed(N, _name),
        f"{_name} is {_what}: a medicine of concern, unassessed, marked not of concern (MA101)")

for _n, _name in [
    ("sertaline", "Sertaline 50mg tablets"),
    ("quetiepine", "Quetiepine 50mg tablets"),
    ("mirtazepine", "Mirtazepine 15mg tablets"),
    ("zoplicone", "Zoplicone 7.5mg tablets"),
    ("lithuim", "Lithuim carbonate 400mg modified-release tablets"),
    ("gabapentine", "Gabapentine 300mg capsules"),
    ("citalopam", "Citalopam 20mg tablets"),
    ("diazepan", "Diazepan 2mg tablets"),
]:
    add(f"missp2-{_n}-unassessed", "misspelt-unassessed", REFUSE, N, unassessed(N, _name),
        f"'{_name}' is a near misspelling of a medicine of concern, unassessed (MA101/MA117)")

for _n, _name, _why in [
    ("pregabalin-digit-one", "Pregaba1in 75mg capsules", "pregabalin with the digit 1 for l"),
    ("methadone-combining-acute", "Metha\u0301done 1mg/ml oral solution", "methadone with a combining accent"),
    ("subutex-space-split", "Sub utex 8mg sublingual tablets", "Subutex split by a space"),
    ("diazepam-hyphen-split", "Dia-zepam 5mg tablets", "diazepam split by a hyphen"),
    ("zopiclone-digit-zero", "Z0piclone 7.5mg tablets", "zopiclone with the digit 0 for o"),
]:
    add(f"dnm2-{_n}", "disguise-name", REFUSE, N, unassessed(N, _name),
        f"{_why}: a medicine of concern, unassessed, marked not of concern (MA101)")

add("date-m-antenatal-already-delivered", "dates-impossible", REFUSE, M,
    set_("pregnancy.delivery_date", "2026-02-20"),
    "an antenatal record (gestation 29+2 on 2026-03-02) that also says the baby was delivered on 2026-02-20 (MA013)")
add("date-f-postnatal-born-after-attestation", "dates-impossible", REFUSE, F,
    set_("pregnancy.delivery_date", "2026-06-20"),
    "a postnatal record attested on 2026-06-14 about a baby delivered on 2026-06-20 (MA013)")
add("id-p-partner-nhs-bad-check", "identity", REFUSE, P,
    set_("partner.nhs_number", "9990004294"),
    "the partner's NHS number fails Modulus 11 (MA003)")
add("route-v-mllp-double-dot", "routes-undeliverable", REFUSE, V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "maternity-interface..castleford.example",
                                            "port": 2575}),
    "a host name with an empty label (MA308)")
add("route-v-mllp-underscore", "routes-undeliverable", REFUSE, V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "maternity_interface.castleford.example",
                                            "port": 2575}),
    "an underscore is not allowed in a DNS host name (MA308)")
add("reg-m-gp-nmc-pattern", "register-role", REFUSE, M,
    asm(MA, "author.registration", {"body": "NMC", "number": "09H1234A"}),
    "a GP recorded on the NMC register (MA207)")
add("reg-f-pharmacist-gmc", "register-role", REFUSE, F,
    chain(asm(FA, "author.role", "clinical-pharmacist")),
    "a clinical pharmacist with a GMC number (MA207)")
for _n, _text in [
    ("public-interest", "Public interest."),
    ("vital-interests", "Vital interests of the child."),
]:
    add(f"lb-f-{_n}", "lawful-basis", REFUSE, F, set_("lawful_basis.justification", _text),
        f"sharing without consent justified by {_text!r}: a legal label, not a reason (MA402)")

add("ok-meth-baby-morphine-on-nnu", "good-negation-instruction", PASS, M,
    conclusion(MA, "Methadone 60 mg daily continues. The baby needs withdrawal scoring for at least 72 hours; if "
                   "scores stay high the neonatal unit may treat the baby with oral morphine. Breastfeeding "
                   "encouraged as it eases withdrawal. No co-sleeping after her dose; cot checked at the home visit."),
    "morphine named as the baby's possible treatment, not a medicine the mother takes")
add("ok-val-neurology-may-switch-lamotrigine", "good-negation-instruction", PASS, V,
    conclusion(VA, "Valproate continues at 500 mg twice a day for now; neurology may consider a change to "
                   "lamotrigine, but never a sudden stop, because seizures endanger her and the baby. The baby was "
                   "exposed in the first trimester, so fetal medicine review and an anomaly scan are booked; folic "
                   "acid 5 mg started."),
    "an alternative medicine named as an option neurology may consider")
add("ok-meth-no-street-diazepam", "good-negation-instruction", PASS, M,
    conclusion(MA, "Methadone 60 mg daily continues; the drug service confirms no on-top use of heroin or street "
                   "diazepam since 2025. The baby is likely to need withdrawal observation for at least 72 hours; "
                   "breastfeeding is encouraged; no co-sleeping because of sedation after her dose."),
    "a medicine of concern named only as something she does NOT use")
add("ok-cital-stopped-nytol", "good-negation-instruction", PASS, C,
    conclusion(CA, "Citalopram 20 mg continues: relapse risk outweighs the small risks to the baby (PPHN, "
                   "adaptation symptoms in the first 48 hours, watched for by the midwife). She stopped the Nytol "
                   "she was buying for sleep at booking. Breastfeeding supported."),
    "an over-the-counter sedative named as stopped")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in FCASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:28} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':28} refuse {sum(c.expect == REFUSE for c in FCASES):3}  pass {sum(c.expect == PASS for c in FCASES):3}")
