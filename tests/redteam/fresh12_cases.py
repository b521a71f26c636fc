"""A twelfth independent "fresh" batch of red-team cases for the share gate: a real week of GP practice.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md, README.md), the templates (templates/*.toml) and the clinical
references (../shared/reference), not from the gate's code. The lens is the records UK GPs, perinatal
psychiatrists, community and practice pharmacists, midwives and health visitors really write in a week:

* good work in many real styles that must pass: dictated letter prose with courtesies and "see also" pointers
  beside a real conclusion, telegraphic notes dense with the abbreviations clinicians use (NAS, PNW, HV, MW,
  DAS, BF, FF, FC, PPHN, TFTs, /40, /52, od, bd, tds, nocte, r/v, D8), ordinary typos, British spellings
  ("foetus"), medicines named by brand, abbreviation or a human misspelling, harmless medicines (iron, folic
  acid, vitamin D, laxatives) beside medicines of concern, and partners' medicines assessed for co-sleeping;
* the realistic failure modes that must be refused: a conclusion that sounds busy (MDT, EMIS, NICE, shared
  decision-making) and says nothing about this mother and baby, one conclusion pasted under two medicines, a
  medicine of concern named in the text but missing from the list, a brand or misspelt medicine of concern in
  the list left unassessed, or assessed with a concern (withdrawal, safe sleep, breastfeeding, harm in the
  womb) never answered, a coded answer the text contradicts, dates that cannot be true, recipients missing for
  the situation, and attribution that does not hold;
* disguise: plain and disguised pairs with one verdict, good texts that must still pass and hollow texts that
  must still be refused (look-alike letters, zero-width characters, soft hyphens, bidi marks, full-width forms,
  no-break spaces and dashes).

Brands were drawn with ``random.Random(20261203)`` from the rows of codelists-more/brand-names.csv that no
earlier corpus names, then kept where they fit the story (Metharose, Axalid, Tensium, Arpoya,
Galpharm One a Night Sleep Aid, Sleepeaze, Librium, Aprovel, Cymbalta, Tegretol Chewtabs, Somnite, Zileze,
Panadol Ultra, Prozep, Vensir, Buccolam). Medicines added here are real and recorded uncoded (MA118 warns,
never refuses); no clinical code is invented.

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh12_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    CASTLE_STREET,
    DRUG_SERVICE,
    ELM_PARK,
    MCALLISTER,
    MILLBROOK,
    NEUROLOGY,
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
    add_medicine,
    chain,
    delete,
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces

F12CASES: list[Case] = []

CATEGORIES = (
    "dictated-letters",
    "telegraphic-notes",
    "typos-and-spellings",
    "brands",
    "polypharmacy",
    "partner",
    "busy-but-empty",
    "copy-paste",
    "unlisted-in-text",
    "coded-answers",
    "dates",
    "recipients",
    "attribution",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F12CASES.append(Case(f"f12-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def drop_recipient(rid: str) -> Mutation:
    def mutate(doc: Record) -> None:
        before = len(doc["recipients"])
        doc["recipients"] = [r for r in doc["recipients"] if r["id"] != rid]
        assert len(doc["recipients"]) == before - 1, rid

    return mutate


def add_asm(assessment: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc.setdefault("assessments", []).append(copy.deepcopy(assessment))

    return mutate


def asm(
    aid: str,
    mids: list[str],
    author: Record,
    date: str,
    *,
    sedation: str,
    capacity: str,
    summary: str,
    recommendations: str,
    conclusion: str,
    safe_sleep: str | None = None,
    plan: str | None = None,
    breastfeeding: str | None = None,
) -> Record:
    mother: Record = {"sedation": sedation, "parenting_capacity": capacity}
    if safe_sleep is not None:
        mother["safe_sleep"] = safe_sleep
    baby: Record = {"summary": summary}
    if plan is not None:
        baby["neonatal_withdrawal_plan"] = plan
    if breastfeeding is not None:
        baby["breastfeeding"] = breastfeeding
    return {
        "id": aid,
        "medicine_ids": mids,
        "impact_on_mother": mother,
        "impact_on_baby": baby,
        "recommendations": recommendations,
        "conclusion": conclusion,
        "author": author,
        "date": date,
    }


def otc(mid: str, name: str, dose: str, started: str, **extra: object) -> Record:
    """A medicine bought over the counter: no prescriber."""
    return {"id": mid, "name": name, "dose": dose, "started": started, **extra}


OSEI = {
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "registration": {"body": "GMC", "number": "7056789"},
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
COLE = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": RIVERSIDE,
}
PRICE = {
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "registration": {"body": "NMC", "number": "12A3456B"},
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
PMH = {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"}

DL = "dictated-letters"
TN = "telegraphic-notes"
TY = "typos-and-spellings"
BR = "brands"
PP = "polypharmacy"
PT = "partner"
BZ = "busy-but-empty"
CP = "copy-paste"
UL = "unlisted-in-text"
CD = "coded-answers"
DT = "dates"
RC = "recipients"
AT = "attribution"
DG = "disguise"

# ============================================================================================================
# dictated-letters: letter prose, courtesies and "see also" beside a real conclusion. All must pass.

ok("dl-methadone-dear-colleagues", DL, M, concl("asm-methadone", (
    "Dear colleagues, I reviewed Jodie today at 29 weeks with her keyworker from the drug service. She is stable "
    "on methadone 60 mg daily under supervised consumption and we agreed it should continue unchanged for the rest "
    "of the pregnancy, as reducing now would risk relapse to street heroin. Her baby is likely to show neonatal "
    "abstinence syndrome, usually from 48 to 72 hours after birth, so the baby should stay on the postnatal ward "
    "for at least 72 hours and the health visitor should look for late signs up to day 8. I have encouraged "
    "breastfeeding, which is safe on a stable dose. Because she is drowsy for a few hours after each dose, the "
    "baby must never share her bed or the sofa, and I would be grateful if the health visitor could see the cot "
    "at the first home visit. Yours sincerely, Dr Priya Shah")),
   "a dictated GP letter with salutation and sign-off; 'relapse to street heroin' is a risk, not a medicine she takes")
ok("dl-sertraline-thank-you-for-asking", DL, M, concl("asm-sertraline", (
    "Thank you for asking me to review her sertraline. She has been on 100 mg since last September and her mood "
    "has been stable; two previous attempts to stop ended in relapse of depression, so I have advised that she "
    "continues it through the pregnancy and after birth. I explained the small absolute risk of persistent "
    "pulmonary hypertension in the newborn, about 3 in 1,000, and that some babies are jittery, feed poorly or "
    "breathe fast in the first few days; the midwives will watch for this alongside the methadone withdrawal "
    "observations. Sertraline is one of the preferred antidepressants in breastfeeding and she can feed her baby "
    "as planned.")),
   "a reply letter to a colleague: courtesy first, then the decision, the baby's risks and feeding")
ok("dl-lithium-psychiatrist-letter", DL, L, concl("asm-lithium", (
    "Rebecca has a clear history of bipolar affective disorder with one admission for mania in 2019 and has been "
    "well on lithium since 2021. Having discussed the options with her and her partner, my recommendation is that "
    "she continues lithium through the pregnancy and the postnatal period, because the risk of a postpartum "
    "relapse or psychosis without it is considerably higher than the risks to the baby. The fetal cardiac scan at "
    "20 weeks was reassuring. Serum levels should be checked every four weeks, weekly from 36 weeks and within 24 "
    "hours of delivery, and the obstetric team will withhold the dose in established labour. The baby should be "
    "reviewed by the paediatricians after birth for hypotonia, poor feeding and thyroid function. She will bottle "
    "feed, as lithium enters breast milk at levels that can harm the baby.")),
   "a perinatal psychiatrist's dictated opinion, history first and then the plan")
ok("dl-valproate-urgent-letter", DL, V, concl("asm-valproate", (
    "I saw Hannah urgently today after a positive pregnancy test; she is about 8 weeks and the pregnancy was not "
    "planned. She takes sodium valproate 500 mg twice daily for juvenile myoclonic epilepsy and has been seizure "
    "free for two years. I have advised her not to stop or reduce it herself, because uncontrolled seizures would "
    "put her and the pregnancy at risk, and I have asked the epilepsy service to see her within the week to review "
    "the treatment. I explained, with the MHRA leaflet, that the baby has been exposed during the first trimester, "
    "with around a one in ten chance of a major malformation and a higher chance of later developmental "
    "difficulties, and that a detailed anomaly scan and fetal medicine review will be offered. She has started "
    "folic acid 5 mg and wishes to continue the pregnancy.")),
   "an urgent GP letter after an unplanned pregnancy on valproate")
ok("dl-diazepam-pregabalin-placement-letter", DL, F, concl("asm-diazepam-pregabalin", (
    "Kayleigh and her daughter moved to the parent and baby placement on 12 June. Kayleigh takes diazepam 5 mg "
    "three times a day and pregabalin 150 mg twice a day, and together they make her noticeably drowsy, "
    "particularly in the evening; she must not have the baby in bed with her, on the sofa or in an armchair, and "
    "must not feed lying down. Until her doses are reduced, the foster carer will do the night feeds and the cot "
    "will stay in the foster carer's room. The baby had mild withdrawal signs on day 3 that settled without "
    "treatment, but late signs can still appear up to day 8. Neither medicine should be stopped suddenly; I will "
    "start a slow diazepam taper with her at the six-week review.")),
   "a GP letter to the placement written as a narrative")
ok("dl-partner-hv-home-visit-letter", DL, P, concl("asm-partner-quetiapine", (
    "I visited the family at home on 28 May. Daniel, the baby's father, takes quetiapine 300 mg at night for "
    "bipolar disorder and told me he sleeps very deeply for several hours afterwards and would not hear the baby "
    "cry. We agreed together that he will not sleep with the baby in the bed, on the sofa or in the armchair and "
    "will not do night feeds after his tablets; Chloe does the night feeds and the baby sleeps in the next-to-me "
    "crib on her side. I will look at the sleeping arrangements again at each contact until eight weeks.")),
   "a health visitor's home-visit note in the first person")
ok("dl-citalopram-see-also-pnmh-letter", DL, C, concl("asm-citalopram", (
    "See also the perinatal mental health letter of 3 February. In summary, citalopram 20 mg continues for the rest "
    "of the pregnancy and while breastfeeding, because her last attempt to stop led to relapse within six weeks. "
    "The baby has a small risk of persistent pulmonary hypertension and of adaptation symptoms such as jitteriness "
    "or poor feeding in the first two days, so the midwife will observe the baby for 48 hours after birth.")),
   "points to a letter and also concludes: the pointer is allowed beside a real conclusion")
ok("dl-overall-methadone-sertraline-paragraphs", DL, M, overall(
    "Summary for the maternity team, health visitor and children's social care.\n\n"
    "Methadone 60 mg daily and sertraline 100 mg daily both continue unchanged. Neither should be stopped or "
    "reduced without the prescriber: stopping methadone risks relapse to illicit use, stopping sertraline risks a "
    "return of depression.\n\n"
    "For the baby: observation on the postnatal ward for at least 72 hours for neonatal abstinence syndrome and "
    "sertraline adaptation symptoms, then the health visitor to look for late signs up to day 8. Breastfeeding is "
    "encouraged on both medicines.\n\n"
    "Safe sleep: methadone makes her drowsy after each dose, so no bed or sofa sharing at any time; the social "
    "worker and health visitor will see the cot before discharge."),
   "a long multi-paragraph overall conclusion with headings in prose")
ok("dl-overall-lithium-see-also-osei", DL, L, overall(
    "See also Dr Osei's perinatal psychiatry letter. Lithium (Priadel) 800 mg at night continues: levels monthly, "
    "weekly from 36 weeks and within 24 hours of delivery. The baby needs a paediatric review at birth, with "
    "thyroid function and a lithium level if the baby is floppy or feeding poorly. Bottle feeding is planned "
    "because lithium passes into breast milk. The perinatal team will see her in the first week after birth, when "
    "her relapse risk is highest."),
   "an overall conclusion that points to the psychiatry letter and then says everything itself")
ok("dl-overall-foster-for-the-carers", DL, F, overall(
    "For the foster carer, health visitor and social worker.\n\n"
    "The mother's diazepam and pregabalin continue for now, with a slow supervised diazepam reduction from the "
    "six-week review. Both medicines sedate her: she must never sleep with the baby on a bed, sofa or armchair, "
    "must not feed lying down, and the foster carer does all night feeds while she is drowsy.\n\n"
    "The baby may still show late withdrawal (tremor, poor feeding, high-pitched crying) until day 8; call the "
    "neonatal unit if these appear.\n\n"
    "The interim care order does not reduce this risk."),
   "a multi-paragraph overall conclusion addressed to the people caring for the baby")

ok("dl-citalopram-as-discussed-then-plan", DL, C, concl("asm-citalopram", (
    "As discussed with Megan today, citalopram 20 mg continues through pregnancy and breastfeeding because stopping "
    "it led to relapse. The baby may be jittery or feed poorly for a day or two after birth; the midwife will "
    "observe for 48 hours and call the paediatrician if it persists.")),
   "'as discussed' as a lead-in to a real conclusion (the deferral clause is set aside, the rest counts)")
ok("dl-lithium-awaiting-growth-scan", DL, L, concl("asm-lithium", (
    "Lithium continues, as relapse after birth is the greater risk; awaiting the 32-week growth scan. Levels "
    "monthly, weekly from 36 weeks and within 24 hours of birth. The baby needs a paediatric review after birth for "
    "floppiness, feeding and thyroid function; she will bottle feed because lithium enters breast milk.")),
   "'awaiting' a scan inside a substantive conclusion")

# ============================================================================================================
# telegraphic-notes: how GPs and pharmacists really type between patients. All must pass.

ok("tn-methadone-od-supervised", TN, M, concl("asm-methadone", (
    "Methadone 60mg od supervised, stable 3/12 - cont, no dose change w/o DAS. Baby: NAS likely, obs min 72h on "
    "PNW per guideline; HV to look for late signs to D8. BF encouraged on stable dose. Drowsy post-dose -> NO "
    "co-sleeping/sofa; cot in parents' rm, HV to check at 1st visit.")),
   "telegraphic GP note: od, 3/12, w/o, DAS, NAS, PNW, HV, D8, BF")
ok("tn-sertraline-hx-relapse", TN, M, concl("asm-sertraline", (
    "Sertraline 100mg od - cont. Hx relapse x2 when stopped. Baby: small PPHN risk (~3/1000) + poss poor neonatal "
    "adaptation (jittery, poor feeding, tachypnoea) - MW to obs alongside NAS obs. BF ok.")),
   "telegraphic note: Hx, PPHN, MW, obs, BF")
ok("tn-lithium-li-priadel-nocte", TN, L, concl("asm-lithium", (
    "Li carbonate (Priadel) 800mg nocte - cont. High risk PP relapse/psychosis off Li. Levels 4-wkly, wkly from "
    "36/40, within 24h of delivery. Fetal echo 20/40 normal. Paed r/v at birth: hypotonia, poor feeding, TFTs. "
    "BF not advised -> FF agreed.")),
   "telegraphic psychiatry note naming lithium as 'Li' and by its brand")
ok("tn-valproate-8-40", TN, V, concl("asm-valproate", (
    "Unplanned preg 8/40 on Na valproate 500mg bd. Do NOT stop/reduce - seizure risk to mum + fetus. 1st "
    "trimester exposure: ~1 in 10 major malformation, up to 30-40% neurodevelopmental problems. Urgent neuro/ESN + "
    "FMU referral sent today, detailed anomaly scan. FA 5mg started. ARAF last signed 11/25.")),
   "telegraphic note: /40, bd, ESN, FMU, FA, ARAF")
ok("tn-diazepam-pregabalin-tds-bd", TN, F, concl("asm-diazepam-pregabalin", (
    "Diazepam 5mg tds + pregabalin 150mg bd - both cont for now, slow diazepam wean from 6/52 r/v; don't stop "
    "abruptly (seizures). Sedation ++ evenings: no bed/sofa/armchair sharing, no feeding lying down, FC does "
    "nights. Baby: mild NAS sx D3 on PNW, no Rx; FC + HV watch for late sx to D8.")),
   "telegraphic note: tds, bd, 6/52, r/v, FC, sx, Rx")
ok("tn-partner-fob-bpad", TN, P, concl("asm-partner-quetiapine", (
    "Dad on quetiapine 300mg nocte for BPAD - v hard to rouse for hrs post-dose. NO bed/sofa/armchair sharing w/ "
    "baby, no night feeds by dad after dose. Mum does nights; baby in NTM crib her side. HV r/v sleeping "
    "arrangements each contact to 8/52.")),
   "telegraphic health visitor note about the father's medicine")
ok("tn-citalopram-pnas", TN, C, concl("asm-citalopram", (
    "Citalopram 20mg od - cont, relapse <6/52 on last attempt to stop. Baby: PPHN ~3/1000, poss neonatal "
    "adaptation sx (jittery, poor feeding, fast breathing) - MW obs 48h, paeds if persists. BF fine. GP mood r/v "
    "at 6/52 PN check.")),
   "telegraphic note: PN, paeds, <6/52")
ok("tn-overall-foster-ico", TN, F, overall(
    "Overall: diazepam + pregabalin cont, supervised diazepam taper from 6/52. Main risk to baby = maternal "
    "sedation: no co-sleeping (bed/sofa/armchair), no feeding lying down, FC does nights. Late NAS sx poss to D8 - "
    "FC/HV/SW all have plan. ICO doesn't lower risk."),
   "telegraphic overall conclusion with ICO, FC, SW")

ok("tn-valproate-top-larc", TN, V, concl("asm-valproate", (
    "8/40, unplanned, on sodium valproate 500mg bd. TOP discussed and declined. Do not stop valproate - seizure "
    "risk to her and the baby. Fetus exposed in 1st trimester: ~10% major malformation + neurodevelopmental risk; "
    "urgent neuro + FMU, detailed anomaly scan at 20/40. FA 5mg started. LARC to be fitted postnatally (PPP).")),
   "telegraphic note with TOP, FMU, LARC and PPP")
ok("tn-methadone-scbu-ebm", TN, M, concl("asm-methadone", (
    "Methadone 60mg od cont (DAS). Baby at risk of NAS: min 72h obs on PNW, SCBU/NICU if scores high; if baby on "
    "SCBU, mum to express and give EBM. BF encouraged. Drowsy 2-4h post-dose: no co-sleeping, cot in parents' room "
    "(HV to see).")),
   "telegraphic note with SCBU, NICU and EBM")
ok("tn-foster-ftt-weights", TN, F, concl("asm-diazepam-pregabalin", (
    "Diazepam + pregabalin: cont for now, slow diazepam wean from 6/52. Sedating - no co-sleeping, no feeding lying "
    "down, FC does nights. Baby: late NAS sx poss to D8; poor feeding -> weekly weights by HV to pick up FTT "
    "early.")),
   "telegraphic note with FTT and weekly weights")

# ============================================================================================================
# typos-and-spellings: ordinary human slips and British spellings must pass; a misspelt medicine of concern in
# the list still needs its assessment.

ok("ty-methadone-everyday-typos", TY, M, concl("asm-methadone", (
    "Methadone 60mg daliy to continue through pregancy, no reduction without the drug sevice. Baby will need "
    "obsevation for neonatal withdrawal for at least 72 hours on the postnatal ward, health visitor to watch for "
    "late signs untill day 8. Breastfeeding encouraged. She is drowsy after her dose so no co-sleeping, cot to be "
    "cheked at the home visit.")),
   "six everyday typos in a conclusion that still says everything")
ok("ty-diazapam-pregablin-misspelt", TY, F, concl("asm-diazepam-pregabalin", (
    "Diazapam and pregablin together make her very sleepy: no co-sleeping on a bed or sofa, no feeding lying down, "
    "and the foster carer does the night feeds. The baby may still show late withdrawal signs up to day 8. Both "
    "continue for now; a slow reduction of the diazapam will start at the six-week review.")),
   "both medicines misspelt the way people do (MA119 accepts near misspellings)")
ok("ty-lithuim-transposed", TY, L, concl("asm-lithium", (
    "Lithuim continues, as the risk of relapse and postpartum psychosis after birth outweighs the risks to the "
    "baby. Levels monthly, weekly from 36 weeks and within a day of delivery. Paediatric review of the baby after "
    "birth for floppiness, poor feeding and thyroid problems; bottle feeding planned because it passes into breast "
    "milk.")),
   "lithium with two letters transposed")
ok("ty-citalopam-dropped-letter", TY, C, concl("asm-citalopram", (
    "Citalopam 20 mg to continue: she relapsed within six weeks the last time she stopped. Small risk to the baby "
    "of pulmonary hypertension and of jitteriness or poor feeding in the first days, which the midwife will watch "
    "for over 48 hours. Fine to breastfeed.")),
   "citalopram with a letter dropped")
ok("ty-valproate-foetus-british", TY, V, concl("asm-valproate", (
    "Sodium valproate is to continue at the present dose until the epilepsy specialist has seen her, as sudden "
    "withdrawal could provoke seizures that would endanger her and the foetus. The foetus has been exposed "
    "throughout the first trimester, carrying roughly a 10% risk of major malformation, including neural tube "
    "defects, and a substantial risk of later neurodevelopmental problems; urgent foetal medicine review and a "
    "detailed anomaly scan have been organised, and folic acid 5 mg started today.")),
   "British 'foetus'/'foetal' are the words for the baby here (MA124 must read them)")
ok("ty-quetiapene-partner", TY, P, concl("asm-partner-quetiapine", (
    "Dad's quetiapene 300mg at night leaves him very hard to wake, so he must not share a bed or sofa with the baby "
    "or do night feeds after his dose. Mum does the nights and the baby sleeps in the crib on her side; the health "
    "visitor will keep checking.")),
   "quetiapine misspelt with an e")

bad("ty-cocodamol-unhyphenated-unassessed", TY, N, add_medicine(medicine(
    "med-cocodamol", "Cocodamol 30/500 tablets", "Two tablets four times a day when needed after the caesarean",
    "2026-04-03", gp_prescriber(RIVERSIDE))),
    "codeine (as 'Cocodamol') for a breastfeeding mother, unassessed (MA101, or MA117 if not recognised)")
bad("ty-diazapam-prn-unassessed", TY, M, add_medicine(medicine(
    "med-diazapam", "Diazapam 2mg tablets", "2 mg at night when needed for anxiety", "2025-12-15",
    gp_prescriber(RIVERSIDE))),
    "a misspelt benzodiazepine beside methadone, never assessed (MA101)")
bad("ty-partner-zoplicone-unassessed", TY, P, add_medicine(medicine(
    "med-partner-zoplicone", "Zoplicone 7.5mg tablets", "7.5 mg at night when needed", "2026-01-10",
    other_prescriber(ELM_PARK), taken_by="partner")),
    "the father's hypnotic, letters swapped, never assessed for co-sleeping (MA101)")
bad("ty-setraline-second-antidepressant-unassessed", TY, C, add_medicine(medicine(
    "med-setraline", "Setraline 50mg tablets", "50 mg once daily", "2025-11-20",
    other_prescriber(PMH))),
    "a second SSRI, misspelt, added by another team and never assessed (MA101)")

# ============================================================================================================
# brands: a medicine named by brand is the medicine. Assessed properly it passes; left unassessed, or assessed
# without answering what it raises, it is refused.

ok("br-metharose-in-medicine-list", BR, M, set_("medicines#med-methadone.name", "Metharose 1mg/ml oral solution"),
   "methadone recorded by its brand in the list; conclusions name methadone")
ok("br-metharose-in-conclusion", BR, M, concl("asm-methadone", (
    "Metharose 60 mg daily continues through pregnancy, supervised at the chemist. The baby is likely to need at "
    "least 72 hours of observation for neonatal abstinence after birth; breastfeeding is encouraged on this stable "
    "dose. She is drowsy after each dose, so no co-sleeping, and the cot will be looked at during the home visit.")),
   "the conclusion names methadone only by its brand")
ok("br-tensium-axalid-in-conclusion", BR, F, concl("asm-diazepam-pregabalin", (
    "Tensium 5 mg three times a day and Axalid 150 mg twice a day both continue for now. Together they make the "
    "mother drowsy: no co-sleeping on a bed, sofa or armchair, no feeding lying down, and the foster carer does the "
    "night feeds. The baby may show late withdrawal signs until day 8. A slow Tensium reduction starts at the "
    "six-week review.")),
   "diazepam and pregabalin named only by brands (Tensium, Axalid)")

_GALPHARM = otc("med-sleep-aid", "Galpharm One a Night Sleep Aid 50mg tablets",
                "50 mg at night when needed, bought over the counter", "2026-04-05", stopped="2026-04-09")
_GALPHARM_ASM = asm(
    "asm-sleep-aid", ["med-sleep-aid"], COLE, "2026-04-09", sedation="yes",
    capacity="Bought over the counter for poor sleep since the birth; she took it on three nights and felt groggy "
    "and slow to wake for the 2 a.m. feed.",
    safe_sleep="Advised not to take it while caring for the baby at night; on any night she has taken it she must "
    "not share a bed or sofa with the baby, and the baby sleeps in the Moses basket beside the bed.",
    summary="Diphenhydramine passes into breast milk in small amounts and can make a breastfed baby drowsy or "
    "irritable, and may reduce milk supply.",
    breastfeeding="Not advised while breastfeeding: it can sedate the baby and reduce supply. She has agreed to "
    "stop it.",
    recommendations="Stop the sleep aid. Health visitor to discuss sleep and tiredness at the next visit; GP if "
    "sleep does not improve or mood is low.",
    conclusion="She has stopped the Galpharm sleep aid (diphenhydramine) on advice today. It made her hard to wake "
    "for night feeds and can make a breastfed baby drowsy, so while any remains in her system she must not sleep "
    "with the baby in her bed or on the sofa. The health visitor will ask about sleep and mood at the next visit.",
)
ok("br-galpharm-sleep-aid-pharmacist", BR, N, chain(
    add_medicine(_GALPHARM), add_asm(_GALPHARM_ASM),
    set_("overall_conclusion", {
        "text": "Paracetamol and lactulose raise no concern while breastfeeding. The over-the-counter "
        "diphenhydramine sleep aid has been stopped because it sedated her at night and can make a breastfed baby "
        "drowsy; until it has worn off, no bed or sofa sharing with the baby. Health visitor to follow up sleep and "
        "mood.",
        "author": COLE, "date": "2026-04-09"})),
   "a practice pharmacist's postnatal review of an OTC sleep aid bought by brand, fully assessed")

_ARPOYA = medicine("med-aripiprazole", "Arpoya 5mg tablets", "5 mg once daily in the morning", "2025-11-20",
                   other_prescriber(PMH))
_ARPOYA_ASM = asm(
    "asm-aripiprazole", ["med-aripiprazole"], OSEI, "2026-05-06", sedation="no",
    capacity="Added in November for breakthrough hypomanic symptoms; she reports no daytime drowsiness and is "
    "managing work and home.",
    safe_sleep="Aripiprazole is rarely sedating at this dose; safe sleep advice given, and if any added night-time "
    "medicine makes her drowsy after birth she must not share a bed or sofa with the baby.",
    summary="Aripiprazole is not linked to a clear increase in major malformations; the 20-week anomaly and fetal "
    "heart scans were normal. Antipsychotics late in pregnancy can cause extrapyramidal or withdrawal symptoms in "
    "the newborn (restlessness, tremor, feeding difficulty, breathing problems).",
    plan="Baby observed on the postnatal ward for at least 48 hours for agitation, tremor, abnormal muscle tone and "
    "feeding problems alongside the lithium checks; paediatric review if these appear.",
    breastfeeding="Bottle feeding is planned because of lithium; aripiprazole may also reduce milk supply.",
    recommendations="Continue aripiprazole 5 mg; do not stop suddenly. Glucose tolerance test at 28 weeks. "
    "Perinatal team to review the dose after birth.",
    conclusion="Aripiprazole (Arpoya) 5 mg continues alongside lithium, because stopping it risks a return of "
    "hypomania late in pregnancy. The anomaly scan was normal; after birth the baby will be watched for 48 hours "
    "for tremor, restlessness and feeding difficulty, and she will bottle feed.",
)
ok("br-arpoya-added-by-pnmh", BR, L, chain(
    add_medicine(_ARPOYA), add_asm(_ARPOYA_ASM),
    overall("Continue lithium (Priadel) 800 mg at night and aripiprazole (Arpoya) 5 mg in the morning. Lithium "
            "levels monthly, weekly from 36 weeks and within 24 hours of birth. Paediatric review of the baby "
            "after birth, with 48 hours' observation for lithium effects and antipsychotic withdrawal signs. Bottle "
            "feeding planned. Perinatal mental health review within a week of birth because relapse risk is "
            "high.")),
   "an antipsychotic added by brand by the perinatal team, assessed with every concern answered")

bad("br-sleepeaze-otc-unassessed", BR, P, add_medicine(otc(
    "med-sleepeaze", "Sleepeaze 25mg tablets", "50 mg at night, bought from the pharmacy", "2026-05-22")),
    "the mother's OTC sedating antihistamine by brand, breastfeeding, never assessed (MA101)")
bad("br-librium-detox-unassessed", BR, M, add_medicine(medicine(
    "med-librium", "Librium 10mg capsules", "10 mg four times a day reducing over 5 days (alcohol detox)",
    "2026-02-25", other_prescriber(DRUG_SERVICE))),
    "chlordiazepoxide by brand beside methadone, never assessed (MA101)")
bad("br-aprovel-antenatal-unassessed", BR, C, add_medicine(medicine(
    "med-aprovel", "Aprovel 150mg tablets", "150 mg once daily for hypertension", "2025-03-01",
    gp_prescriber(CASTLE_STREET))),
    "an angiotensin receptor blocker by brand at 32 weeks, fetotoxic, never assessed (MA101)")

_CYMBALTA = medicine("med-duloxetine", "Cymbalta 60mg gastro-resistant capsules", "60 mg once daily",
                     "2025-09-01", gp_prescriber(CASTLE_STREET))
_CYMBALTA_ASM = asm(
    "asm-duloxetine", ["med-duloxetine"], MCALLISTER, "2026-02-10", sedation="no",
    capacity="Duloxetine added for generalised anxiety and chronic back pain; no drowsiness.",
    summary="Late-pregnancy duloxetine can cause neonatal adaptation symptoms (jitteriness, irritability, fast "
    "breathing) in the first days, as with citalopram.",
    plan="Midwife to watch for adaptation symptoms in the first 48 hours alongside the citalopram observations; "
    "paediatric review if they persist.",
    recommendations="Continue duloxetine 60 mg; do not stop suddenly because of discontinuation symptoms. Review "
    "the need for two serotonergic medicines at the 6-week check.",
    conclusion="Duloxetine (Cymbalta) continues with citalopram, as stopping it late in pregnancy would risk "
    "relapse of anxiety and discontinuation symptoms. The baby may be jittery, irritable or breathe fast in the "
    "first two days, which the midwife will watch for.",
)
bad("br-cymbalta-breastfeeding-never-answered", BR, C, chain(
    add_medicine(_CYMBALTA), add_asm(_CYMBALTA_ASM),
    overall("Continue citalopram 20 mg and duloxetine 60 mg through pregnancy. Citalopram is compatible with "
            "breastfeeding. Midwife to watch for neonatal adaptation symptoms in the first 48 hours; GP mood review "
            "at the 6-week check.")),
    "duloxetine by brand for a mother who will breastfeed; its assessment never gives breastfeeding advice (MA122)")

_TEGRETOL = medicine("med-carbamazepine", "Tegretol Chewtabs 100mg", "100 mg twice a day", "2025-02-10",
                     other_prescriber(NEUROLOGY))
_TEGRETOL_ASM = asm(
    "asm-carbamazepine", ["med-carbamazepine"], MCALLISTER, "2026-05-20", sedation="no",
    capacity="Added by neurology last year for focal seizures; no drowsiness reported.",
    safe_sleep="Not sedating at this dose; if seizures recur after birth she should not bath the baby alone or "
    "have the baby in her bed.",
    summary="Carbamazepine is an enzyme inducer, so the baby should have vitamin K at birth; it can occasionally "
    "make a newborn sleepy or slow to settle.",
    breastfeeding="Compatible with breastfeeding; watch the baby for drowsiness.",
    recommendations="Do not stop carbamazepine abruptly; repeat prescriptions as before. Vitamin K for the baby at "
    "birth.",
    conclusion="Carbamazepine continues at 100 mg twice a day alongside valproate, as seizure control matters "
    "most; she must not stop it suddenly. The baby will need vitamin K at birth and may be sleepy at first; "
    "breastfeeding is fine.",
)
bad("br-tegretol-at-8-weeks-no-fetal-risk", BR, V, chain(
    add_medicine(_TEGRETOL), add_asm(_TEGRETOL_ASM),
    overall("Unplanned pregnancy at 8 weeks on sodium valproate and carbamazepine. Continue both unchanged until "
            "urgent neurology review; do not stop abruptly. Urgent referrals to neurology and the antenatal clinic "
            "for fetal medicine review of the valproate exposure; folic acid 5 mg started.")),
    "carbamazepine by brand at 8 weeks; its assessment never speaks of harm in the womb (MA122, teratogenicity)")

_SOMNITE = medicine("med-partner-nitrazepam", "Somnite 5mg tablets", "5 mg at night", "2025-12-01",
                    other_prescriber(ELM_PARK), taken_by="partner")
_SOMNITE_ASM = asm(
    "asm-partner-nitrazepam", ["med-partner-nitrazepam"], PRICE, "2026-05-28", sedation="yes",
    capacity="The father takes nitrazepam most nights for insomnia; he has taken it for six months and says he "
    "feels dependent on it.",
    summary="The baby is not exposed to the father's nitrazepam.",
    breastfeeding="Not relevant: the medicine is the father's.",
    recommendations="Father to see his GP about a slow supervised reduction; he must not stop suddenly because of "
    "the risk of withdrawal seizures.",
    conclusion="The father's nitrazepam has caused dependence and should be reduced slowly by his GP rather than "
    "stopped; the baby is not exposed to it.",
)
bad("br-somnite-partner-safe-sleep-never-answered", BR, P, chain(
    add_medicine(_SOMNITE), add_asm(_SOMNITE_ASM),
    overall("The mother's paracetamol raises no concern. The father's quetiapine causes heavy sedation at night: "
            "no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose. His "
            "nitrazepam is to be reduced slowly by his GP. The health visitor will keep checking the baby's "
            "sleeping arrangements.")),
    "the father's hypnotic by brand; its assessment never speaks of co-sleeping (MA122 for a partner's medicine)")
bad("br-axalid-partner-unassessed", BR, P, add_medicine(medicine(
    "med-partner-axalid", "Axalid 150mg capsules", "300 mg twice a day", "2025-06-01", other_prescriber(ELM_PARK),
    taken_by="partner")),
    "the father's pregabalin by brand, sedating, never assessed (MA101)")

# ============================================================================================================
# polypharmacy: harmless medicines beside medicines of concern change nothing; a medicine of concern hidden among
# them still needs its assessment.

ok("pp-iron-beside-methadone", PP, M, add_medicine(medicine(
    "med-iron", "Ferrous fumarate 210mg tablets", "One tablet twice a day for anaemia (Hb 98 at 28 weeks)",
    "2026-02-20", gp_prescriber(RIVERSIDE))),
   "oral iron for anaemia of pregnancy: common and of no perinatal concern")
ok("pp-folic-vitamin-d-beside-methadone", PP, M, chain(
    add_medicine(medicine("med-folic", "Folic acid 400microgram tablets", "400 micrograms once daily",
                          "2025-09-01", gp_prescriber(RIVERSIDE))),
    add_medicine(medicine("med-vitd", "Colecalciferol 10microgram capsules", "10 micrograms (400 units) daily",
                          "2025-09-01", gp_prescriber(RIVERSIDE)))),
   "folic acid and vitamin D, as every pregnant woman is offered")
ok("pp-laxatives-paracetamol-in-placement", PP, F, chain(
    add_medicine(medicine("med-lactulose", "Lactulose 3.1-3.7g/5ml oral solution", "15 ml twice a day",
                          "2026-06-09", gp_prescriber(MILLBROOK))),
    add_medicine(medicine("med-senna", "Senna 7.5mg tablets", "Two tablets at night when needed", "2026-06-09",
                          gp_prescriber(MILLBROOK))),
    add_medicine(medicine("med-paracetamol", "Paracetamol 500mg tablets", "1 g up to four times a day when needed",
                          "2026-06-09", gp_prescriber(MILLBROOK)))),
   "laxatives and paracetamol after birth beside diazepam and pregabalin")
ok("pp-gaviscon-with-reason", PP, M, add_medicine(medicine(
    "med-gaviscon", "Gaviscon Advance oral suspension", "10 ml after meals and at bedtime for heartburn",
    "2026-02-02", gp_prescriber(RIVERSIDE),
    not_of_concern_reason="Alginate antacid for heartburn; it acts in the stomach, is barely absorbed and is safe "
    "in pregnancy and breastfeeding.")),
   "an unrecognised harmless medicine with the clinician's reason it raises no concern (MA117 satisfied)")
ok("pp-iron-lactulose-postnatal-partner", PP, P, chain(
    add_medicine(medicine("med-iron", "Ferrous sulfate 200mg tablets", "One tablet twice a day for three months",
                          "2026-05-19", gp_prescriber(MILLBROOK))),
    add_medicine(medicine("med-lactulose", "Lactulose 3.1-3.7g/5ml oral solution", "15 ml twice a day",
                          "2026-05-19", gp_prescriber(MILLBROOK)))),
   "postpartum iron and a laxative for the mother beside the father's quetiapine")

bad("pp-codeine-hidden-among-safe", PP, N, add_medicine(medicine(
    "med-codeine", "Codeine phosphate 30mg tablets", "30 mg four times a day when needed for perineal pain",
    "2026-04-03", gp_prescriber(RIVERSIDE))),
    "codeine for a breastfeeding mother among paracetamol and lactulose, never assessed (MA101)")
bad("pp-zopiclone-among-vitamins", PP, M, chain(
    add_medicine(medicine("med-folic", "Folic acid 400microgram tablets", "400 micrograms once daily",
                          "2025-09-01", gp_prescriber(RIVERSIDE))),
    add_medicine(medicine("med-zopiclone", "Zopiclone 3.75mg tablets", "3.75 mg at night when needed",
                          "2026-01-15", gp_prescriber(RIVERSIDE)))),
    "a hypnotic slipped in beside folic acid, never assessed (MA101)")
bad("pp-amitriptyline-among-laxatives", PP, F, chain(
    add_medicine(medicine("med-lactulose", "Lactulose 3.1-3.7g/5ml oral solution", "15 ml twice a day",
                          "2026-06-09", gp_prescriber(MILLBROOK))),
    add_medicine(medicine("med-amitriptyline", "Amitriptyline 10mg tablets", "20 mg at night for headaches",
                          "2026-03-01", gp_prescriber(MILLBROOK)))),
    "a sedating tricyclic at night among laxatives, never assessed (MA101)")
bad("pp-gabapentin-among-iron", PP, C, chain(
    add_medicine(medicine("med-iron", "Ferrous fumarate 210mg tablets", "One tablet twice a day", "2026-01-05",
                          gp_prescriber(CASTLE_STREET))),
    add_medicine(medicine("med-gabapentin", "Gabapentin 300mg capsules", "300 mg three times a day for sciatica",
                          "2025-12-10", gp_prescriber(CASTLE_STREET)))),
    "a gabapentinoid beside iron at 32 weeks, never assessed (MA101)")

# ============================================================================================================
# partner: the father's medicines assessed for co-sleeping.

ok("pt-spare-room-on-dose-nights", PT, P, set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", (
    "He sleeps in the back bedroom on his own after his dose, so he is never in a bed, on a sofa or in a chair with "
    "the baby at night; the mother does every night feed with the crib on her side.")),
   "the father sleeps apart: the safe-sleep item answers with where he sleeps")
ok("pt-telegraphic-safe-sleep-item", PT, P, set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", (
    "Dad: NO co-sleeping (bed/sofa/chair) after quetiapine. No night feeds by dad post-dose. NTM crib mum's side. "
    "Both parents advised tog.")),
   "a telegraphic safe-sleep answer")

_ZILEZE = medicine("med-partner-zopiclone", "Zileze 7.5mg tablets", "7.5 mg at night when needed, two or three "
                   "nights a week", "2026-01-10", other_prescriber(ELM_PARK), taken_by="partner")
_ZILEZE_ASM = asm(
    "asm-partner-zopiclone", ["med-partner-zopiclone"], PRICE, "2026-05-28", sedation="yes",
    capacity="The father takes zopiclone on two or three nights a week when he cannot sleep; on those nights he is "
    "groggy until morning.",
    safe_sleep="On nights he takes zopiclone he sleeps in the spare room, never with the baby in his bed or on the "
    "sofa, and does no night feeds; the mother does the nights with the baby in the crib on her side.",
    summary="The baby is not exposed to the father's zopiclone. The risk to the baby is sudden infant death if a "
    "drowsy father falls asleep with the baby.",
    recommendations="Father's GP to review whether he still needs zopiclone and not to increase it; he should not "
    "stop it abruptly after long use, and his GP will plan any reduction. If he takes on night care he must not "
    "take it that night. Health visitor to ask about it at each visit.",
    conclusion="The father's zopiclone makes him groggy on the nights he takes it, so on those nights he sleeps "
    "apart, never shares a bed or sofa with the baby and does no night feeds; the mother does the nights and the "
    "health visitor will keep asking about it.",
)
ok("pt-zileze-assessed-for-co-sleeping", PT, P, chain(
    add_medicine(_ZILEZE), add_asm(_ZILEZE_ASM),
    overall("The mother's paracetamol raises no concern. The father's quetiapine, and zopiclone on the nights he "
            "takes it, make him heavily sedated: no co-sleeping with him on a bed, sofa or armchair, and no night "
            "feeds by him after his doses. The health visitor saw the crib on the mother's side and will keep "
            "checking.")),
   "a second partner medicine by brand, assessed in its own right for co-sleeping")

ok("pt-no-concerns-daytime-then-nights", PT, P, concl("asm-partner-quetiapine", (
    "No concerns about the father's care of the baby in the daytime. At night his quetiapine leaves him too sedated "
    "to wake, so he must never share a bed or sofa with the baby and does no night feeds after his dose; the baby "
    "sleeps in the crib on the mother's side.")),
   "'no concerns' about one thing, then the concern answered")

bad("pt-safe-sleep-his-not-hers", PT, P, set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
    "Not relevant to the baby - it is his medication, not hers."),
    "the partner's safe sleep dismissed because the medicine is his (MA123)")
bad("pt-safe-sleep-leaflet-only", PT, P, set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
    "Lullaby Trust leaflet given to both parents."),
    "the partner's safe-sleep item only reports a leaflet (MA125)")
bad("pt-partner-nhs-number-copied", PT, P, set_("partner.nhs_number", "9990004145"),
    "the mother's NHS number typed on the partner (MA007)")
bad("pt-partner-sedation-coded-no", PT, P, set_("assessments#asm-partner-quetiapine.impact_on_mother.sedation", "no"),
    "sedation coded 'no' beside 'very hard to wake for several hours' (MA127)")
bad("pt-safe-sleep-advice-not-given", PT, P, set_("safeguarding.safe_sleep_advice_given", False),
    "the record says safe sleep advice was not given with a sedated father at home (MA126)")

# ============================================================================================================
# busy-but-empty: conclusions that read like a busy clinician's and say nothing about this mother and baby.

bad("bz-methadone-mdt-emis", BZ, M, concl("asm-methadone", (
    "Methadone: case discussed at length at today's antenatal MDT with MW, HV, DAS keyworker and SW. All "
    "professionals in agreement. Documentation updated on EMIS; task sent to admin to scan the minutes.")),
    "an MDT and admin account, nothing about withdrawal, feeding or sleep (MA104/MA124)")
bad("bz-sertraline-nice-ice", BZ, M, concl("asm-sertraline", (
    "Sertraline reviewed in line with NICE CG192 and the local perinatal pathway; shared decision-making "
    "undertaken, her ideas, concerns and expectations explored, safety-netting advice given and she knows how to "
    "access help.")),
    "consultation-skills vocabulary in place of a conclusion (MA104/MA124)")
bad("bz-lithium-liaise-closely", BZ, L, concl("asm-lithium", (
    "Lithium: complex case, perinatal psychiatry input appreciated. Multi-agency working ongoing; we will continue "
    "to liaise closely with colleagues across primary and secondary care as required.")),
    "management jargon, no decision and nothing about the baby (MA104/MA124)")
bad("bz-valproate-template-completed", BZ, V, concl("asm-valproate", (
    "Valproate: MHRA guidance followed, incident report not required, coding updated, risk register entry made and "
    "template completed in full.")),
    "governance boxes ticked, nothing about the exposed baby (MA104/MA124)")
bad("bz-diazepam-pregabalin-engaged-well", BZ, F, concl("asm-diazepam-pregabalin", (
    "Diazepam and pregabalin: the mother engaged well today and was appropriate throughout. Good rapport with the "
    "foster carer. Thank you for involving me.")),
    "an impression of the consultation, not a conclusion (MA104/MA124)")
bad("bz-partner-receptive-parents", BZ, P, concl("asm-partner-quetiapine", (
    "Quetiapine (dad's): discussed with both parents in a supportive, non-judgemental way. They were receptive and "
    "asked appropriate questions.")),
    "how the conversation felt, not what was decided about the baby's sleep (MA104/MA124)")
bad("bz-citalopram-repeat-template", BZ, C, concl("asm-citalopram", (
    "Citalopram - as per PNMH plan, GP happy to continue prescribing; repeat template amended and medication review "
    "date set.")),
    "a pointer to a plan plus prescribing admin (MA103)")
bad("bz-overall-boxes-ticked", BZ, M, overall(
    "Methadone and sertraline: multidisciplinary plan agreed, everybody aware, all boxes on the template ticked, "
    "the safeguarding lead informed and the record coded appropriately."),
    "an overall conclusion about the paperwork (MA104/MA124)")
bad("bz-overall-lithium-thanks", BZ, L, overall(
    "Lithium - thank you for seeing this lady; we appreciate your ongoing support and will follow your "
    "recommendations in due course."),
    "thanks and a promise to follow someone else's recommendations (MA103/MA124)")
bad("bz-overall-foster-see-minutes", BZ, F, overall(
    "Diazepam and pregabalin - see the discharge planning meeting minutes of 12 June; actions allocated to the "
    "relevant agencies per the minutes."),
    "the plan is in minutes the foster carer never receives (MA103)")

bad("bz-methadone-all-about-mum", BZ, M, concl("asm-methadone", (
    "Methadone 60 mg od, OST stable, DAS keyworker happy, UDS clean x3, no on-top use, engaging well with the "
    "recovery group and housing support in place.")),
    "a good recovery report about the mother; nothing about the baby (MA124)")

ok("bz-mdt-then-the-plan", BZ, M, concl("asm-methadone", (
    "Discussed at today's antenatal MDT with the community MW, HV, DAS keyworker and SW. Methadone 60 mg continues "
    "unchanged; the baby is expected to need at least 72 hours on the postnatal ward for neonatal abstinence "
    "observation, with the HV looking for late signs to day 8. Breastfeeding encouraged. She is drowsy after each "
    "dose, so no co-sleeping and the cot is checked at the first visit.")),
   "starts like the busy one (MDT) and then concludes")
ok("bz-thanks-then-the-plan", BZ, L, concl("asm-lithium", (
    "Thank you for involving the perinatal team. Our advice is that lithium continues, since stopping would sharply "
    "raise her risk of postpartum relapse. Please check levels monthly, weekly from 36 weeks and within 24 hours of "
    "delivery. The baby should see a paediatrician after birth (tone, feeding, thyroid), and she will bottle feed "
    "because lithium is present in breast milk.")),
   "starts with thanks and then concludes")

# ============================================================================================================
# copy-paste: one conclusion under two medicines, names swapped.

_CP_TEMPLATE = ("{drug} to continue unchanged through pregnancy. The baby will be observed on the postnatal ward "
                "after birth and the health visitor will follow up at home. Breastfeeding is supported and both "
                "parents have had safe sleep advice.")
bad("cp-template-names-swapped", CP, M, chain(
    concl("asm-methadone", _CP_TEMPLATE.format(drug="Methadone 60 mg")),
    concl("asm-sertraline", _CP_TEMPLATE.format(drug="Sertraline 100 mg"))),
    "a practice template conclusion with only the medicine and dose swapped (MA121)")
bad("cp-sentences-reordered-names-swapped", CP, M, chain(
    concl("asm-methadone", "Methadone continues at 60 mg. Her baby will need at least three days of observation "
          "after delivery for withdrawal. Breastfeeding is encouraged and there must be no co-sleeping."),
    concl("asm-sertraline", "Breastfeeding is encouraged and there must be no co-sleeping. Her baby will need at "
          "least three days of observation after delivery for withdrawal. Sertraline continues at 100 mg.")),
    "the same sentences in another order under the other medicine (MA121)")


def _split_f_pasted(doc: Record) -> None:
    joint = doc["assessments"][0]
    text = ("{drug} continues unchanged for now. It makes the mother drowsy, so no co-sleeping, no feeding lying "
            "down and the foster carer does night feeds; the baby may show late withdrawal signs up to day 8.")
    diazepam = copy.deepcopy(joint)
    diazepam.update(id="asm-diazepam", medicine_ids=["med-diazepam"],
                    conclusion=text.format(drug="Diazepam 5 mg three times a day"))
    pregabalin = copy.deepcopy(joint)
    pregabalin.update(id="asm-pregabalin", medicine_ids=["med-pregabalin"],
                      conclusion=text.format(drug="Pregabalin 150 mg twice a day"))
    doc["assessments"] = [diazepam, pregabalin]


bad("cp-split-placement-assessments-pasted", CP, F, edit(_split_f_pasted),
    "the joint assessment split in two, one conclusion pasted under both with names swapped (MA121)")

ok("cp-same-opening-line-own-conclusions", CP, M, chain(
    concl("asm-methadone", "Seen jointly with the DAS keyworker and community MW at 29+2. Methadone 60 mg continues; "
          "the baby needs at least 72 hours of neonatal abstinence observation on the ward and HV checks to day 8; "
          "breastfeeding encouraged; no co-sleeping because of drowsiness after her dose."),
    concl("asm-sertraline", "Seen jointly with the DAS keyworker and community MW at 29+2. Sertraline 100 mg "
          "continues because she relapsed when it was stopped before; the baby has a small risk of PPHN and of "
          "jitteriness in the first days, watched for alongside the withdrawal observations; fine with "
          "breastfeeding.")),
   "the same opening line, each medicine's own conclusion after it")
ok("cp-overall-shares-one-sentence", CP, M, overall(
    "Methadone 60 mg daily should continue through pregnancy. Sertraline 100 mg continues too, because stopping it "
    "risks relapse. The baby will be observed for withdrawal and adaptation for at least 72 hours, breastfeeding is "
    "encouraged, and methadone drowsiness means no co-sleeping."),
   "the overall conclusion shares one sentence with the methadone conclusion and says more")

# ============================================================================================================
# unlisted-in-text: a medicine of concern she takes, named in the text, missing from the list; and the ways of
# naming a medicine she does not take.

bad("ul-street-diazepam-weekends", UL, M, overall(
    "Methadone and sertraline continue unchanged. She also takes street diazepam most weekends, which adds to the "
    "sedation: no co-sleeping at any time, and the baby will be observed on the postnatal ward for at least 72 "
    "hours for withdrawal from both. Breastfeeding supported."),
    "on-top diazepam she takes, in the text and not in the list (MA120)")
bad("ul-vensir-added-last-month", UL, C, concl("asm-citalopram", (
    "Citalopram 20 mg continues, together with the Vensir XL 75 mg her psychiatrist added last month; the baby may "
    "be jittery or breathe fast for two days after birth and the midwife will watch for this. Breastfeeding is "
    "supported.")),
    "venlafaxine by brand, taken, not listed (MA120)")
bad("ul-buccolam-at-home", UL, V, overall(
    "Unplanned pregnancy at 8 weeks on sodium valproate, with Buccolam at home for seizures lasting over five "
    "minutes. Continue valproate unchanged until urgent neurology review; do not stop abruptly. The baby was "
    "exposed in the first trimester: fetal medicine review and a detailed anomaly scan requested; folic acid 5 mg "
    "started."),
    "buccal midazolam she holds at home, by brand, not listed (MA120)")
bad("ul-partner-zopiclone-in-text", UL, P, concl("asm-partner-quetiapine", (
    "The father takes quetiapine 300 mg and zopiclone 7.5 mg at night and is very hard to wake afterwards: he must "
    "never share a bed or sofa with the baby or do night feeds after his tablets. The mother does the nights with "
    "the baby in the crib beside her; the health visitor will check at every visit.")),
    "the father's second hypnotic named as taken, missing from the list (MA120)")

ok("ul-avoid-panadol-ultra", UL, M, concl("asm-methadone", (
    "Methadone 60 mg daily continues unchanged. After the birth she should avoid codeine-containing painkillers "
    "such as Panadol Ultra, which add to sedation in her and in a breastfed baby. The baby will be observed for "
    "neonatal withdrawal for at least 72 hours; breastfeeding is encouraged; no co-sleeping because of sedation "
    "after her dose.")),
   "a brand of codeine advised against, not taken (MA120 must not fire)")
ok("ul-switched-from-prozep", UL, C, concl("asm-citalopram", (
    "She was switched from Prozep to citalopram in 2024 because of agitation. Citalopram 20 mg now continues through "
    "pregnancy and breastfeeding, as relapse followed her last attempt to stop. The midwife will observe the baby "
    "for adaptation symptoms for 48 hours after birth.")),
   "a past fluoxetine brand she was switched from (MA120 must not fire)")
ok("ul-oral-morphine-for-the-baby", UL, F, concl("asm-diazepam-pregabalin", (
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction from the six-week review. Together "
    "they make the mother drowsy: no co-sleeping, no feeding lying down, and the foster carer does the nights. If "
    "the baby's withdrawal scores rise before day 8, the neonatal team may start oral morphine for the baby, so the "
    "foster carer should call them early.")),
   "morphine for the baby, not the mother (MA120 must not fire)")
ok("ul-do-not-start-valproate", UL, L, concl("asm-lithium", (
    "Lithium continues, since relapse after birth is the bigger danger. Valproate must not be started as an "
    "alternative mood stabiliser in this or a future pregnancy. Levels monthly, weekly from 36 weeks and within 24 "
    "hours of birth; paediatric review of the baby after birth; bottle feeding because lithium enters breast "
    "milk.")),
   "a medicine advised against (MA120 must not fire)")

# ============================================================================================================
# coded-answers: the coded sedation answer against the text.

bad("cd-methadone-sedation-misclicked-no", CD, M,
    set_("assessments#asm-methadone.impact_on_mother.sedation", "no"),
    "sedation coded 'no' beside 'sedation peaks two to four hours after the dose' (MA127)")
bad("cd-placement-sedation-misclicked-no", CD, F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_mother.sedation", "no"),
    "sedation coded 'no' beside 'cause drowsiness, worst in the hour or two after each dose' (MA127)")
bad("cd-lithium-sleepy-mornings", CD, L, set_("assessments#asm-lithium.impact_on_mother.parenting_capacity", (
    "Bipolar disorder, well for four years on lithium. Since the dose went up she is sleepy and slow until late "
    "morning most days. The weeks after birth carry a high risk of relapse, including postpartum psychosis.")),
    "sedation coded 'no' beside 'sleepy and slow until late morning' (MA127)")

bad("cd-sertraline-naps-afternoons", CD, M, set_("assessments#asm-sertraline.impact_on_mother.parenting_capacity", (
    "Mood stable on 100 mg, but she feels sleepy and flat on it and naps most afternoons; stopping risks relapse of "
    "depression.")),
    "sedation coded 'no' beside 'feels sleepy and naps most afternoons' (MA127)")

ok("cd-citalopram-not-drowsy", CD, C, set_("assessments#asm-citalopram.impact_on_mother.parenting_capacity", (
    "Anxiety and depression well controlled on citalopram 20 mg; not drowsy on it, up early with her toddler and "
    "driving. A previous attempt to stop led to relapse within six weeks.")),
   "sedation 'no' beside a plain statement that she is not drowsy")
ok("cd-citalopram-seldom-sedating", CD, C, set_("assessments#asm-citalopram.impact_on_mother.parenting_capacity", (
    "Citalopram is seldom sedating; she is up early with her toddler. A previous attempt to stop led to relapse "
    "within six weeks.")),
   "sedation 'no' beside 'seldom sedating', a statement that the medicine rarely sedates")
ok("cd-citalopram-mildly-sedating-in-a-few", CD, C, set_(
    "assessments#asm-citalopram.impact_on_mother.parenting_capacity", (
        "Citalopram is only mildly sedating in a few people; she has had no drowsiness on it. A previous attempt to "
        "stop led to relapse within six weeks.")),
   "sedation 'no' beside a general statement about the medicine and a plain 'no drowsiness' for her")
ok("cd-valproate-if-drowsy", CD, V, set_("assessments#asm-valproate.impact_on_mother.safe_sleep", (
    "Not sedating on this dose and she is alert in the day. If she feels drowsy after a seizure or a broken night, "
    "she should not bath the baby alone or have the baby in her bed.")),
   "sedation 'no' beside a conditional ('if she feels drowsy')")
ok("cd-lithium-baby-drowsy", CD, L, concl("asm-lithium", (
    "Lithium continues because relapse after birth, including postpartum psychosis, would be the greater harm. Near "
    "term lithium can leave the baby drowsy, floppy and slow to feed, so a paediatrician reviews the baby after "
    "birth with a lithium level and thyroid tests; her levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. She will bottle feed.")),
   "sedation 'no' for the mother; 'drowsy' is about the baby")

# ============================================================================================================
# dates: dates that cannot be true, and ones that only look odd.

bad("dt-sertraline-increased-after-assessment", DT, M, set_("medicines#med-sertraline.last_changed", "2026-03-04"),
    "sertraline dose changed two days after its assessment and the conclusion (MA108)")
bad("dt-delivery-after-attestation", DT, P, set_("pregnancy.delivery_date", "2026-05-30"),
    "a postnatal record attested two days before the birth it describes (MA013)")
bad("dt-gestation-from-wrong-scan", DT, C, set_("pregnancy.gestation.weeks", 22),
    "22 weeks on 10 February against an EDD of 6 April: ten weeks apart (MA011)")
bad("dt-lithium-assessment-month-typo", DT, L, set_("assessments#asm-lithium.date", "2026-06-05"),
    "the assessment dated a month after the attestation (MA211)")
bad("dt-valproate-overall-last-year", DT, V, set_("overall_conclusion.date", "2025-05-20"),
    "the overall conclusion dated a year before this pregnancy (MA212)")
bad("dt-placement-attested-before-birth", DT, F, set_("attestation.at", "2026-06-04T15:10:00+00:00"),
    "attested before the baby was born and before the assessments (MA013/MA211)")
bad("dt-sertraline-change-year-typo", DT, M, set_("medicines#med-sertraline.last_changed", "2027-09-22"),
    "a dose change dated next year (MA010)")

ok("dt-updated-next-morning", DT, M, set_("updated", "2026-03-03T08:05:00+00:00"),
   "the record saved again the next morning")
ok("dt-attested-same-evening-bst", DT, F, set_("attestation.at", "2026-06-12T18:30:00+01:00"),
   "attested on the evening of the assessments, in British Summer Time")
ok("dt-folic-acid-planned-stop", DT, V, set_("medicines#med-folic-acid.stopped", "2026-12-30"),
   "a planned stop date after today is allowed (MA010)")

# ============================================================================================================
# recipients: who must receive the record in this situation.

bad("rc-postnatal-without-hv", RC, P, drop_recipient("rcp-hv"),
    "a postnatal record with a sedated father at home and no health visitor (MA302)")
bad("rc-antenatal-hv-and-sw-only", RC, M, chain(drop_recipient("rcp-maternity"), drop_recipient("rcp-midwife")),
    "an antenatal methadone record not shared with maternity (MA301)")
bad("rc-pnmh-concludes-no-gp", RC, L, chain(set_("overall_conclusion.author", OSEI), set_("attestation.by", OSEI)),
    "the perinatal psychiatrist concludes and attests; the GP does not receive it (MA303)")
bad("rc-hv-copy-via-mum", RC, P, set_("recipients#rcp-hv.route", {
    "kind": "manual", "description": "Copy given to mum to pass on to the health visitor at the 10-day visit."}),
    "the health visitor's copy left to the mother to pass on (MA309)")
bad("rc-cp-plan-made-no-sw", RC, V, chain(
    set_("safeguarding.child_protection_plan", True),
    set_("safeguarding.social_worker", {"name": {"given": ["Tom"], "family": "Ashby"},
                                        "organisation": {"ods_code": "Y90320", "name": "Castleford Children's Services"},
                                        "telephone": "01632 960789"})),
    "a child protection plan for the unborn baby; the social worker does not receive the record (MA304)")

ok("rc-community-midwife-only", RC, M, drop_recipient("rcp-maternity"),
   "antenatal record shared with the community midwife rather than the unit: a midwife is maternity (MA301)")
ok("rc-pnmh-concludes-gp-copied", RC, L, chain(
    set_("overall_conclusion.author", OSEI), set_("attestation.by", OSEI),
    edit(lambda d: d["recipients"].append({
        "id": "rcp-gp", "role": "gp", "organisation": {"ods_code": "Y90004", "name": "Northgate Health Centre"},
        "route": {"kind": "mesh", "mailbox": "X26NG001"}}))),
   "the psychiatrist concludes and attests, and the GP practice is a recipient")
ok("rc-hv-hand-delivered", RC, N, set_("recipients#rcp-hv.route", {
    "kind": "manual", "description": "Printed copy taken by the practice pharmacist to the health visiting team base "
    "at Hampton Clinic and handed to the duty health visitor on 9 April."}),
   "a described manual hand-over to the health visitor")

# ============================================================================================================
# attribution: who wrote and who answers for it.

bad("at-hv-with-gmc-number", AT, P, set_("assessments#asm-partner-quetiapine.author.registration",
                                         {"body": "GMC", "number": "7034567"}),
    "a health visitor recorded with a GMC number (MA207)")
bad("at-shah-typed-shaw", AT, M, set_("assessments#asm-sertraline.author.name.family", "Shaw"),
    "GMC 7012345 under Dr Priya Shah and Dr Priya Shaw (MA209)")
bad("at-attested-by-technician", AT, N, set_("attestation.by", {
    "name": {"given": ["Leah"], "family": "Turner"}, "role": "other", "organisation": RIVERSIDE}),
    "attested by a medicines management technician with no register (MA210)")
bad("at-citalopram-author-unregistered", AT, C, delete("assessments#asm-citalopram.author.registration"),
    "the GP's registration left off the assessment (MA203)")

ok("at-drug-service-pharmacist-writes-methadone", AT, M, set_("assessments#asm-methadone.author", {
    "name": {"given": ["Imran"], "family": "Qureshi"}, "role": "pharmacist",
    "registration": {"body": "GPhC", "number": "2093417"}, "organisation": DRUG_SERVICE}),
   "the drug service pharmacist wrote the methadone assessment; the GP concluded and attested")
ok("at-community-midwife-writes-partner", AT, P, set_("assessments#asm-partner-quetiapine.author", {
    "name": {"given": ["Niamh"], "family": "Doherty"}, "role": "community-midwife",
    "registration": {"body": "NMC", "number": "07C5521E"},
    "organisation": {"ods_code": "Y90410", "name": "Millbrook General Community Midwives"}}),
   "the community midwife wrote the partner assessment")
ok("at-attester-initial-only", AT, F, set_("attestation.by.name.given", ["O"]),
   "the GP attests as 'Dr O Pritchard', an initial of his own name")

# ============================================================================================================
# disguise: one verdict for plain and disguised text.


def pair(name: str, base: str, mutate_with: Callable[[str], Mutation], text: str,
         disguise: Callable[[str], str], expect: Expect, why: str) -> None:
    """The plain text and the disguised text, with one verdict."""
    add(f"{name}-plain", DG, expect, base, mutate_with(text), f"{why} (plain)")
    add(f"{name}-disguised", DG, expect, base, mutate_with(disguise(text)), f"{why} (disguised)")


def _in(aid: str) -> Callable[[str], Mutation]:
    return lambda text: concl(aid, text)


def _partner_safe_sleep(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", text)


def _zw(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def _soft(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def _lrm(text: str) -> str:
    return inside_words(text, "\u200e", every=4)


def _wj(text: str) -> str:
    return inside_words(text, "\u2060")


def _zwnj(text: str) -> str:
    return inside_words(text, "\u200c", every=3)


def _nbsp_dash(text: str) -> str:
    return swap_spaces(swap_dashes(text, "\u2014"), "\u202f")


def _upper_glyphs(text: str) -> str:
    return homoglyphs(text.upper(), "AEOPCT")


_OV = overall
_M_METH = _in("asm-methadone")
_M_SERT = _in("asm-sertraline")

# Good texts, disguised, must still pass.
pair("g-methadone-cyrillic", M, _M_METH, (
    "Methadone stays at 60 mg daily; any change goes through the drug service. Expect neonatal abstinence signs "
    "from day 2 or 3: the baby stays on the ward for at least three days and the health visitor checks for late "
    "signs to day 8. Breastfeeding is encouraged. No sharing a bed or sofa with the baby after her dose; the cot "
    "will be seen at home."), lambda t: homoglyphs(t, "aeo"), PASS,
    "a good methadone conclusion with Cyrillic a, e and o")
pair("g-sertraline-zero-width", M, _M_SERT, (
    "Sertraline 100 mg should carry on, as her depression returned each time it was stopped. The newborn may be "
    "jittery or feed poorly for a day or two, and there is a very small risk of pulmonary hypertension; the "
    "midwives will watch for both. She can breastfeed."), _zw, PASS,
    "a good sertraline conclusion with zero-width spaces inside words")
pair("g-lithium-soft-hyphens", L, _in("asm-lithium"), (
    "Lithium continues through pregnancy to protect against postpartum psychosis. Levels four-weekly, weekly after "
    "36 weeks and within a day of birth; the baby will be checked by a paediatrician for floppiness, poor feeding "
    "and thyroid function. She will formula feed because lithium reaches breast milk."), _soft, PASS,
    "a good lithium conclusion with soft hyphens inside words")
pair("g-valproate-full-width", V, _in("asm-valproate"), (
    "Keep taking sodium valproate until the epilepsy nurse and neurologist review it this week; stopping suddenly "
    "could trigger seizures. The baby was exposed through the first trimester, so a fetal medicine appointment and "
    "detailed anomaly scan are booked, and folic acid 5 mg daily has begun."), full_width, PASS,
    "a good valproate conclusion typed in full-width forms")
pair("g-placement-nbsp-dashes", F, _in("asm-diazepam-pregabalin"), (
    "Diazepam and pregabalin continue while a slow diazepam reduction is planned. Both make the mother drowsy - no "
    "bed, sofa or armchair with the baby, no feeding lying down, and the foster carer covers the nights. Watch for "
    "late withdrawal until day 8."), _nbsp_dash, PASS,
    "a good joint conclusion with narrow no-break spaces and an em dash")
pair("g-partner-greek", P, _in("asm-partner-quetiapine"), (
    "Because quetiapine makes the father hard to wake, he must never sleep beside the baby on a bed, sofa or "
    "armchair and must not give night feeds after his dose; the baby sleeps in the crib by the mother, checked by "
    "the health visitor at each visit."), lambda t: homoglyphs(t, "aiop", variant=1), PASS,
    "a good partner conclusion with Greek alpha, iota, omicron and rho")
pair("g-citalopram-lrm", C, _in("asm-citalopram"), (
    "Citalopram 20 mg carries on through pregnancy and breastfeeding because stopping led to relapse before. After "
    "birth the baby may be jittery or slow to feed; the midwife will observe for 48 hours and ask the paediatrician "
    "if signs persist."), _lrm, PASS,
    "a good citalopram conclusion with left-to-right marks inside words")
pair("g-overall-m-cyrillic-ceps", M, _OV, (
    "Both methadone and sertraline continue. The baby will be observed for withdrawal and adaptation for at least "
    "72 hours, breastfeeding is encouraged, and methadone drowsiness rules out any co-sleeping; the cot is checked "
    "before discharge."), lambda t: homoglyphs(t, "ceps"), PASS,
    "a good overall conclusion with Cyrillic c, e, p and s")
pair("g-overall-l-word-joiner", L, _OV, (
    "Continue lithium with monthly levels, weekly from 36 weeks and within 24 hours of delivery; paediatric check "
    "of the baby at birth; bottle feeding because of breast milk transfer; perinatal team review in the first week "
    "after birth."), _wj, PASS,
    "a good overall lithium conclusion with a word joiner between every letter")
pair("g-overall-f-upper-glyphs", F, _OV, (
    "Diazepam and pregabalin continue for now, and their sedation is the main danger to the baby: never on a bed, "
    "sofa or armchair with her, no feeding lying down, foster carer does the nights, late withdrawal watched for "
    "until day 8."), _upper_glyphs, PASS,
    "a good overall conclusion in capitals with look-alike capitals")
pair("g-overall-p-zwnj", P, _OV, (
    "Paracetamol for the mother raises no concern. The father's quetiapine makes him heavily sedated at night, so "
    "no co-sleeping with him anywhere and no night feeds by him after his dose; the health visitor keeps checking "
    "the crib."), _zwnj, PASS,
    "a good overall partner conclusion with zero-width non-joiners")
pair("g-overall-v-nbsp-glyphs", V, _OV, (
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged until neurology review this "
    "week and is not to be stopped suddenly. The baby's first-trimester exposure needs fetal medicine review and a "
    "detailed anomaly scan; folic acid 5 mg started."), lambda t: swap_spaces(homoglyphs(t, "ny")), PASS,
    "a good overall valproate conclusion with no-break spaces and look-alike n and y")
pair("g-overall-c-full-width", C, _OV, (
    "Continue citalopram 20 mg in pregnancy and while breastfeeding; the midwife watches the baby for adaptation "
    "symptoms for 48 hours after birth, and the GP reviews mood at six weeks."), full_width, PASS,
    "a good overall citalopram conclusion in full-width forms")
pair("g-methadone-telegraphic-dashes", M, _M_METH, (
    "Methadone 60mg od - cont. Baby: NAS obs >=72h on PNW, HV late signs to D8. BF encouraged. Drowsy post-dose - "
    "no co-sleeping, cot checked at 1st HV visit."), lambda t: homoglyphs(swap_dashes(t, "\u2014"), "o"), PASS,
    "a good telegraphic methadone note with em dashes and Cyrillic o")
pair("g-partner-safe-sleep-item", P, _partner_safe_sleep, (
    "He never sleeps with the baby on a bed, sofa or armchair and never does a night feed after his quetiapine; the "
    "mother does nights with the baby in her side crib."), lambda t: homoglyphs(t, "ea"), PASS,
    "a good partner safe-sleep answer with Cyrillic e and a")

# Hollow texts, disguised, must still be refused.
pair("h-methadone-see-das-letter", M, _M_METH, "Methadone: see DAS letter.", lambda t: homoglyphs(t, "e"), REFUSE,
     "a pointer to the drug service letter (MA103)")
pair("h-sertraline-as-per-pnmh", M, _M_SERT, "Sertraline - as per PNMH plan.", _zw, REFUSE,
     "a pointer to a plan (MA103)")
pair("h-lithium-awaiting-review", L, _in("asm-lithium"),
     "Lithium: awaiting perinatal psychiatry review; will update.", _soft, REFUSE,
     "a deferral and a promise (MA103)")
pair("h-valproate-neurology-decides", V, _in("asm-valproate"), "Valproate - plan to be decided by neurology.",
     full_width, REFUSE, "the decision handed to another team (MA103)")
pair("h-placement-no-concerns", F, _in("asm-diazepam-pregabalin"),
     "Diazepam & pregabalin: no concerns at this time.", swap_spaces, REFUSE,
     "a dismissal with a hedge (MA103)")
pair("h-partner-not-applicable", P, _in("asm-partner-quetiapine"),
     "Quetiapine (father's) - not applicable to baby.", lambda t: homoglyphs(t, "aip"), REFUSE,
     "a dismissal of the father's medicine (MA103)")
pair("h-citalopram-nothing-to-add", C, _in("asm-citalopram"),
     "Citalopram reviewed, patient happy to continue, nothing further to add.", _lrm, REFUSE,
     "a review with nothing concluded (MA103/MA104)")
pair("h-overall-m-mdt-aware", M, _OV,
     "Methadone and sertraline: MDT aware, plan in place, all agencies informed.",
     lambda t: homoglyphs(t, "aeo", variant=1), REFUSE, "'plan in place' without the plan (MA104/MA124)")
pair("h-overall-l-letter-to-follow", L, _OV, "Lithium: as discussed in clinic with Dr Osei, letter to follow.",
     _wj, REFUSE, "a discussion and a letter to come (MA103)")
pair("h-overall-f-discharge-summary", F, _OV, "Diazepam and pregabalin - please see discharge summary.",
     _upper_glyphs, REFUSE, "a pointer to the discharge summary (MA103)")
pair("h-overall-p-nil-of-note", P, _OV, "Paracetamol and the father's quetiapine: nil of note.", _zwnj, REFUSE,
     "a dismissal (MA103)")
pair("h-overall-v-tbc", V, _OV, "Sodium valproate: tbc following neurology clinic.",
     lambda t: swap_spaces(homoglyphs(t, "o")), REFUSE, "a placeholder (MA103)")
pair("h-overall-c-see-gp-notes", C, _OV, "Citalopram - see GP notes.", full_width, REFUSE,
     "a pointer to notes the midwife never sees (MA103)")
pair("h-methadone-pending-das", M, _M_METH, "Methadone 60mg od - pending r/v at next DAS appt.",
     lambda t: swap_dashes(t, "\u2013"), REFUSE, "a deferral in note form (MA103)")
pair("h-partner-safe-sleep-advice-given", P, _partner_safe_sleep, "Safe sleep advice given.",
     lambda t: homoglyphs(t, "ae"), REFUSE, "the item's own question restated for a partner's medicine (MA125)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F12CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:28} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F12CASES), "refuse", sum(c.expect == REFUSE for c in F12CASES),
          "total", len(F12CASES))
