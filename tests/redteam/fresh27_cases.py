"""A twenty-seventh independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, sixth round.

Good conclusions by every profession in every style. Each pass case is a conclusion (an assessment's or the
overall one) that a UK GP, specialist midwife, perinatal psychiatrist, community pharmacist, drug-service
keyworker, health visitor or neurologist could well write about the record in front of them, in the styles they
actually use:

* SOAP-like notes ("S: ... O: ... A: ... P: ...");
* numbered and bulleted plans, with bullet characters, semicolons and line breaks;
* telegraphic shorthand with clinical abbreviations (NAS, NNU, SCBU, HV, MW, PNMH, OD, BD, mg) and gestations
  (36/40);
* long narratives that also point to a letter ("see the drug service letter of ... for doses; in summary ...");
* conclusions with doses, dates and times;
* conditional plans with concrete actions ("if the baby is jittery, the midwife will score with Finnegan
  4-hourly");
* plans addressed to the reader ("Please weigh the baby at day 5");
* Scottish and Welsh NHS terms (health board, CHI, Named Person, Flying Start), British spelling, mixed case.

They cover opioid substitution (methadone), antidepressants (sertraline, citalopram), an antiepileptic
(valproate, with the pregnancy prevention programme), lithium, a benzodiazepine with a gabapentinoid
(diazepam with pregabalin) and a partner's sedating medicine (quetiapine). Every pass conclusion names every
medicine it covers, says what it means for the baby and what the professionals must do; the assessment's own
items (unchanged from the shipped example) answer each concern of its classes.

Beside them, refuse controls: each a near miss of a pass case in the same voice with its substance taken out,
leaving only the pointer, only the doses, only the process (who was told, what was discussed), only the
subjective and objective parts of a SOAP note, or only the bullets' headings.

Each case is ONE mutation of a shipped pass example (one conclusion text). Medicines named here are real; no
clinical code is invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed
there (strict xfail). Run ``python -m tests.redteam.fresh27_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words

F27CASES: list[Case] = []

CATEGORIES = (
    "gp",
    "midwife",
    "psychiatry",
    "pharmacist",
    "drug-service",
    "hv",
    "neurology",
    "soap",
    "bullets",
    "shorthand",
    "pointers-plus-summary",
    "conditional-plans",
    "disguise",
)

METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"

_BASE_OF = {METH: M, SERT: M, LITH: L, VALP: V, DZPG: F, QUET: P, CITA: C}
_OVERALL_OF = {"m": M, "l": L, "v": V, "f": F, "p": P, "c": C}


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F27CASES.append(Case(f"f27-{name}", category, expect, base, mutate, why))


def target(where: str) -> tuple[str, str]:
    """(base, path) for an assessment id or "overall:<m|l|v|f|p|c>"."""
    if where.startswith("overall:"):
        return _OVERALL_OF[where.split(":", 1)[1]], "overall_conclusion.text"
    return _BASE_OF[where], f"assessments#{where}.conclusion"


Row = tuple[str, str, str, str]
"""(name, assessment id or "overall:<base>", text, why)."""


def run(category: str, expect: Expect, rows: list[Row]) -> None:
    for name, where, text, why in rows:
        base, path = target(where)
        add(name, category, expect, base, set_(path, text), why)


# ============================================================================================================
# gp: a GP's conclusions, short and decisive, sometimes addressed to the practice team.

run(
    "gp",
    PASS,
    [
        (
            "gp-meth-continue-ward-72h",
            METH,
            "Jodie stays on methadone 60 mg once daily through to delivery; I would not reduce it now. Her baby will need "
            "at least 72 hours on the postnatal ward watching for withdrawal, breastfeeding is encouraged, and she must "
            "never fall asleep with the baby in her bed or on the sofa.",
            "a GP's narrative, first person",
        ),
        (
            "gp-sert-keep-100",
            SERT,
            "Keep sertraline at 100 mg: her depression relapsed the last time it was stopped. The baby may be jittery or "
            "feed poorly for the first two or three days, so the midwife should look for this; she can breastfeed.",
            "a GP's decision with its reason",
        ),
        (
            "gp-lith-practice-team",
            LITH,
            "Practice team: lithium (Priadel) 800 mg nocte is to continue and must not be stopped by us. Book monthly "
            "levels now and weekly from 36 weeks; the baby will be bottle fed and needs a paediatric check for "
            "floppiness and thyroid problems after birth.",
            "addressed to the practice team",
        ),
        (
            "gp-valp-today",
            VALP,
            "Sodium valproate carries on at 500 mg twice a day for now because a seizure would harm her and the "
            "pregnancy. The unborn baby has had first-trimester exposure, so she needs the detailed anomaly scan and "
            "fetal medicine review; urgent neurology referral sent today.",
            "a GP's same-day plan",
        ),
        (
            "gp-dzpg-placement",
            DZPG,
            "Diazepam 5 mg TDS and pregabalin 150 mg BD both continue for now and together make Kayleigh drowsy, so the "
            "foster carer does all night feeds and the baby always sleeps in its own cot. Watch the baby for late "
            "withdrawal until day 8.",
            "a GP's plan for a foster placement",
        ),
        (
            "gp-cita-stable",
            CITA,
            "Citalopram 20 mg remains the right choice: stopping would risk a relapse and the risks to the baby are "
            "small. Baby to have 48 hours of observation for adaptation symptoms; breastfeeding is fine.",
            "a short GP verdict",
        ),
        (
            "gp-overall-m-dated",
            "overall:m",
            "Reviewed 02/03/2026 at 29+2 weeks. Methadone 60 mg and sertraline 100 mg both continue unchanged. The baby "
            "is expected to need 72 hours of withdrawal observation on the postnatal ward; breastfeeding is encouraged; "
            "no bed-sharing because methadone sedates her.",
            "a dated GP overall",
        ),
        (
            "gp-overall-p-household",
            "overall:p",
            "Chloe's paracetamol is no risk to the baby. Daniel's quetiapine 300 mg at night leaves him very hard to "
            "wake, so he must not share a bed, sofa or armchair with the baby and does not do night feeds; the health "
            "visitor will recheck the crib.",
            "a GP's household overall",
        ),
    ],
)
run(
    "gp",
    REFUSE,
    [
        (
            "gp-ctl-meth-only-process",
            METH,
            "Jodie was seen today at 29+2 weeks with her keyworker. Methadone was discussed in detail and a copy of this "
            "assessment has been sent to the drug service, the midwife and the health visitor.",
            "near miss of gp-meth-continue-ward-72h: only the process, no decision (MA103)",
        ),
        (
            "gp-ctl-dzpg-only-doses",
            DZPG,
            "Diazepam 5 mg three times a day; pregabalin 150 mg twice a day; both issued weekly by Millbrook Medical "
            "Centre.",
            "near miss of gp-dzpg-placement: only the doses (MA103/MA104)",
        ),
    ],
)

# ============================================================================================================
# midwife: a specialist midwife's conclusions, about the birth, the ward and feeding.

run(
    "midwife",
    PASS,
    [
        (
            "mw-meth-birth-plan",
            METH,
            "Methadone dose stays at 60 mg; please give her usual dose on the labour ward and do not miss it. Baby to "
            "stay with Jodie on the postnatal ward for a minimum of 72 hours with Finnegan scoring, skin-to-skin and "
            "breastfeeding encouraged. Cot beside the bed, never in it.",
            "a specialist midwife's birth plan",
        ),
        (
            "mw-sert-adaptation",
            SERT,
            "Sertraline continues at 100 mg. Midwives on the postnatal ward will watch baby for adaptation signs: "
            "jitteriness, poor feeding, fast breathing. Breastfeeding is supported and does not need to be delayed.",
            "a midwife's ward note",
        ),
        (
            "mw-lith-delivery",
            LITH,
            "Lithium continues; she is to deliver in the consultant unit with fluids in labour and a lithium level "
            "within 24 hours after birth. The baby will be formula fed, stays with mum and is to be seen by the "
            "paediatrician before going home.",
            "a midwife's delivery plan",
        ),
        (
            "mw-valp-booking",
            VALP,
            "Booked at 8 weeks on valproate. She is to keep taking it until neurology advise otherwise. I have booked an "
            "early dating scan and the fetal medicine clinic because of the risk of malformations for the baby; folic "
            "acid 5 mg daily continues to 12 weeks.",
            "a booking midwife's plan",
        ),
        (
            "mw-dzpg-postnatal-ward",
            DZPG,
            "Diazepam and pregabalin cause drowsiness, so on the ward and in the placement baby must sleep in the cot "
            "and be fed sitting up by an alert adult. Both medicines are unchanged. Baby to be weighed and checked for "
            "tremor and poor feeding daily until day 8.",
            "a midwife's postnatal plan",
        ),
        (
            "mw-cita-48h",
            CITA,
            "Citalopram 20 mg carries on. Baby to have 48 hours of observation on the postnatal ward for jitteriness "
            "or breathing changes before discharge; exclusive breastfeeding is encouraged.",
            "a midwife's brief plan",
        ),
        (
            "mw-overall-c-labour",
            "overall:c",
            "Citalopram continues throughout. Labour ward and postnatal midwives are to observe the baby for 48 hours "
            "for neonatal adaptation; breastfeed as planned. Community midwife to ask about mood at each postnatal visit.",
            "a midwife's overall",
        ),
        (
            "mw-overall-f-ward",
            "overall:f",
            "Both diazepam and pregabalin continue as prescribed. The baby is at risk from sedation and late "
            "withdrawal: cot sleeping only, bottle feeds by the foster carer overnight, and daily checks for tremor and "
            "feeding until day 8.",
            "a midwife's overall for the placement",
        ),
    ],
)
run(
    "midwife",
    REFUSE,
    [
        (
            "mw-ctl-meth-only-labour-admin",
            METH,
            "Methadone: birth plan form completed and filed in the handheld notes; labour ward coordinator informed.",
            "near miss of mw-meth-birth-plan: only the paperwork (MA103)",
        ),
        (
            "mw-ctl-cita-as-usual",
            CITA,
            "Citalopram: usual postnatal care as for any baby; routine midwifery follow-up.",
            "near miss of mw-cita-48h: what is said of every baby (MA103)",
        ),
    ],
)

# ============================================================================================================
# psychiatry: a perinatal psychiatrist's conclusions, weighing relapse against risk to the baby.

run(
    "psychiatry",
    PASS,
    [
        (
            "psy-lith-formulation",
            LITH,
            "In my opinion lithium should be continued. The postpartum relapse risk in her bipolar disorder is high and "
            "outweighs the cardiac and neonatal risks, which have been reduced by the normal fetal echo. Target level "
            "0.6-0.8 mmol/L; check within 24 hours of delivery; bottle feeding is advised; the baby needs a paediatric "
            "review for floppiness and thyroid function.",
            "a psychiatrist's formulation",
        ),
        (
            "psy-sert-relapse",
            SERT,
            "Sertraline 100 mg should continue; her depression returned within weeks when it was stopped in 2024. "
            "Benefits for mother and baby outweigh a small risk of neonatal adaptation; the midwife will observe "
            "the baby after birth. Breastfeeding is compatible.",
            "a psychiatrist weighing relapse",
        ),
        (
            "psy-cita-pnmh",
            CITA,
            "From a PNMH point of view citalopram 20 mg must continue: she relapsed within six weeks of stopping before. "
            "The baby should be observed for 48 hours for adaptation symptoms, and she can breastfeed. We will see her "
            "at 2 and 6 weeks postpartum.",
            "a perinatal mental health plan",
        ),
        (
            "psy-quet-partner",
            QUET,
            "Daniel remains well on quetiapine 300 mg nocte and it should not be stopped. Because he is deeply sedated "
            "for several hours after the dose, he will not sleep with the baby in any bed or chair and Chloe does "
            "every night feed.",
            "a psychiatrist on the father's medicine",
        ),
        (
            "psy-meth-mood-and-nas",
            METH,
            "Methadone 60 mg must not be reduced in late pregnancy, as a reduction risks relapse to heroin and harm to "
            "the baby. Expect neonatal abstinence symptoms; observation for at least 72 hours. Sedation after dosing "
            "means no co-sleeping.",
            "a psychiatrist on opioid substitution",
        ),
        (
            "psy-overall-l",
            "overall:l",
            "Lithium stays at 800 mg nocte: the high risk of postpartum psychosis outweighs the risks to the baby. The "
            "baby will be formula fed and reviewed by the paediatrician after birth; the perinatal team sees Rebecca "
            "within 7 days of delivery and lithium levels are checked within 24 hours.",
            "a psychiatrist's overall",
        ),
        (
            "psy-overall-m",
            "overall:m",
            "Opinion: sertraline 100 mg and methadone 60 mg should both carry on, since stopping either risks relapse. "
            "Her baby will be observed for withdrawal and SSRI adaptation for at least 72 hours; breastfeeding is "
            "encouraged; she must not co-sleep because of methadone sedation.",
            "a psychiatrist's joint overall",
        ),
    ],
)
run(
    "psychiatry",
    REFUSE,
    [
        (
            "psy-ctl-lith-only-diagnosis",
            LITH,
            "Lithium: bipolar affective disorder, diagnosed 2015, two admissions, currently euthymic. Seen in the PNMH "
            "clinic with her partner.",
            "near miss of psy-lith-formulation: only history, nothing follows (MA103)",
        ),
        (
            "psy-ctl-sert-only-pointer",
            SERT,
            "Sertraline: please see my clinic letter of 24/02/2026 to the GP for the full psychiatric opinion.",
            "near miss of psy-sert-relapse: only the pointer (MA103)",
        ),
    ],
)

# ============================================================================================================
# pharmacist: a community or specialist pharmacist's conclusions, with doses, supply and interactions.

run(
    "pharmacist",
    PASS,
    [
        (
            "rph-meth-supervised",
            METH,
            "Methadone 1 mg/ml, 60 mg daily supervised at the pharmacy, continues unchanged; please tell us of any "
            "admission so doses are not duplicated. Neonatal withdrawal is expected and the baby needs 72 hours of "
            "observation; breastfeeding is safe at this dose; she must not share a bed with the baby.",
            "a community pharmacist's plan",
        ),
        (
            "rph-sert-milk-levels",
            SERT,
            "Sertraline passes into breast milk in very low amounts, so breastfeeding is preferred; continue 100 mg "
            "daily. The baby may show mild adaptation symptoms in the first days, which the midwife should watch for.",
            "a pharmacist on milk transfer",
        ),
        (
            "rph-lith-interactions",
            LITH,
            "Lithium (Priadel) 800 mg must stay on the same brand. Avoid NSAIDs and dehydration as both raise levels; "
            "check a level within 24 hours after birth. Breastfeeding is not advised because the baby could get toxic "
            "levels; the newborn needs a paediatric review.",
            "a pharmacist on interactions and levels",
        ),
        (
            "rph-dzpg-weekly",
            DZPG,
            "Diazepam and pregabalin continue, dispensed weekly while she is in the placement. Together they sedate, "
            "so she should not feed the baby lying down or sleep beside the baby; the foster carer gives night feeds. "
            "Late withdrawal in the baby can occur up to day 8.",
            "a pharmacist on weekly supply",
        ),
        (
            "rph-valp-mhra",
            VALP,
            "Valproate supply continues at 500 mg BD; do not stop abruptly. As MHRA guidance requires, the pharmacist "
            "has reminded her of the risk to the unborn baby (neural tube defects, developmental delay) and an urgent "
            "specialist review is arranged; effective contraception will be needed after the birth.",
            "a pharmacist on the valproate safety measures",
        ),
        (
            "rph-cita-bf",
            CITA,
            "Citalopram 20 mg OD continues; it is acceptable in breastfeeding, but the baby should be watched for "
            "drowsiness or poor feeding, and for adaptation symptoms in the first 48 hours.",
            "a pharmacist's note",
        ),
        (
            "rph-overall-v",
            "overall:v",
            "Valproate 500 mg twice daily is continued for now and must not be stopped suddenly; folic acid 5 mg added. "
            "The fetus has been exposed in the first trimester, so fetal medicine review and the anomaly scan are "
            "needed, and the neurologist will decide on switching; contraception after birth under the pregnancy "
            "prevention programme.",
            "a pharmacist's overall",
        ),
    ],
)
run(
    "pharmacist",
    REFUSE,
    [
        (
            "rph-ctl-meth-dispensing-only",
            METH,
            "Methadone 1 mg/ml oral solution 60 ml daily, supervised consumption, instalments Mon-Sat with Sunday "
            "take-home dose.",
            "near miss of rph-meth-supervised: only the dispensing line (MA103/MA104)",
        ),
        (
            "rph-ctl-lith-refer-bumps",
            LITH,
            "Lithium: refer to the BUMPS leaflet and UKTIS monograph for pregnancy information.",
            "near miss of rph-lith-interactions: only a pointer to leaflets (MA103)",
        ),
    ],
)

# ============================================================================================================
# drug-service: a drug-service keyworker's conclusions.

run(
    "drug-service",
    PASS,
    [
        (
            "ds-meth-keyworker",
            METH,
            "From the drug service: Jodie is stable on 60 mg methadone, no on-top use, and we will keep her dose the "
            "same until the birth. The baby is likely to have withdrawal and needs at least 3 days on the ward; she "
            "wants to breastfeed, which we support. She knows never to sleep with the baby on a sofa or bed.",
            "a keyworker's narrative",
        ),
        (
            "ds-meth-split-dose",
            METH,
            "Methadone continues at 60 mg; if she feels withdrawal late in pregnancy we may split it 30 mg twice "
            "daily rather than raise it. Baby: observe for NAS for 72 hours minimum, HV checks to day 8. No "
            "co-sleeping. Breastfeeding supported.",
            "a keyworker's plan with a contingency",
        ),
        (
            "ds-meth-urine-screens",
            METH,
            "Urine screens clear of other opioids since November. Methadone 60 mg continues; her baby will be "
            "observed for withdrawal on the postnatal ward and we will liaise with the ward over her daily dose. Cot "
            "in her room, never bed-sharing.",
            "a keyworker citing screens",
        ),
        (
            "ds-overall-m",
            "overall:m",
            "Methadone 60 mg stays the same and her GP continues sertraline 100 mg. The baby will have withdrawal "
            "monitoring for at least 72 hours; she is breastfeeding; the keyworker, midwife and health visitor will "
            "check the baby sleeps in a cot, not with her.",
            "a keyworker's overall",
        ),
        (
            "ds-dzpg-illicit-none",
            DZPG,
            "Kayleigh is not using street benzodiazepines. Prescribed diazepam and pregabalin continue, with a slow "
            "diazepam reduction to be agreed at 6 weeks; she must never co-sleep and night feeds are done by the foster "
            "carer. The baby may have late withdrawal signs up to day 8.",
            "a keyworker on benzodiazepines",
        ),
    ],
)
run(
    "drug-service",
    REFUSE,
    [
        (
            "ds-ctl-meth-engagement-only",
            METH,
            "Methadone: attending keyworker sessions fortnightly, engaging well, last seen 26/02/2026. Next "
            "appointment booked for 12/03/2026.",
            "near miss of ds-meth-keyworker: only engagement, no decision (MA103)",
        ),
        (
            "ds-ctl-meth-decided-by-service",
            METH,
            "Methadone dosing and the baby's withdrawal management will be decided by the drug service and the "
            "neonatal team nearer the time.",
            "near miss of ds-meth-split-dose: the decision handed on (MA103)",
        ),
    ],
)

# ============================================================================================================
# hv: a health visitor's conclusions, about the home, sleep and feeding.

run(
    "hv",
    PASS,
    [
        (
            "hv-quet-home-visit",
            QUET,
            "Home visit 26/05: Moses basket beside Chloe's side of the bed. Daniel's quetiapine at night means he must "
            "not sleep with the baby or do night feeds; he is happy with this. I will check the sleeping arrangements at "
            "every contact until 8 weeks.",
            "a health visitor's home visit",
        ),
        (
            "hv-quet-scottish",
            QUET,
            "As the baby's Named Person I have agreed with the parents that the father, on quetiapine 300 mg, never "
            "has the baby in bed or on the settee with him and does no night-time care after his dose. Baby sleeps in "
            "the crib; I will review this at the 6-8 week visit.",
            "Scottish terms: Named Person, settee",
        ),
        (
            "hv-dzpg-carer",
            DZPG,
            "Foster carer to keep the baby in a cot in her own room and to do night feeds, because diazepam and "
            "pregabalin make mum drowsy; supervised contact only while she is drowsy. Both medicines continue. I will "
            "look for feeding problems or irritability from late withdrawal at the day 8 visit.",
            "a HV's plan",
        ),
        (
            "hv-meth-flying-start",
            METH,
            "Flying Start HV will visit at day 5, 10 and 14: methadone means the baby may show late withdrawal at home, "
            "so we will weigh baby and check feeding and sleeping. Methadone continues at 60 mg; the cot is already "
            "in place and she will never bed-share.",
            "a Welsh Flying Start health visitor",
        ),
        (
            "hv-overall-p",
            "overall:p",
            "Daniel's quetiapine sedates him heavily at night: he must not co-sleep with the baby on a bed, sofa or "
            "armchair and Chloe does the night feeds. Her paracetamol is no concern. HV will check the sleep space at "
            "each visit to 8 weeks.",
            "a HV overall",
        ),
        (
            "hv-sert-mood-feeding",
            SERT,
            "Continue sertraline; breastfeeding is supported and her mood will be asked about at the new birth visit. "
            "If the baby is unsettled or feeding poorly in the first week, the HV will weigh the baby and let the GP "
            "know.",
            "a HV on an antidepressant",
        ),
    ],
)
run(
    "hv",
    REFUSE,
    [
        (
            "hv-ctl-quet-leaflet-given",
            QUET,
            "The father's quetiapine: Lullaby Trust leaflet given to both parents at the new birth visit.",
            "near miss of hv-quet-home-visit: only a report that a leaflet was given (MA103)",
        ),
        (
            "hv-ctl-quet-no-concerns",
            QUET,
            "Home visit completed. No concerns regarding dad's quetiapine at present.",
            "near miss of hv-quet-scottish: a dismissal (MA103)",
        ),
    ],
)

# ============================================================================================================
# neurology: a neurologist's or epilepsy specialist nurse's conclusions on valproate.

run(
    "neurology",
    PASS,
    [
        (
            "neuro-valp-switch",
            VALP,
            "Valproate is continued at 500 mg BD until a lamotrigine cross-taper is started next month; it must not be "
            "stopped suddenly because of the risk of status epilepticus to mother and fetus. The baby has been exposed "
            "in the first trimester: fetal medicine will offer the detailed anomaly scan.",
            "a neurologist planning a switch (contrasted medicine)",
        ),
        (
            "neuro-valp-epsn",
            VALP,
            "Epilepsy specialist nurse review: she is seizure-free and understands the risks valproate poses to the "
            "baby, about 1 in 10 major malformations and up to 4 in 10 developmental problems. Valproate stays at 500 mg "
            "twice daily for now; folic acid 5 mg; fetal medicine referral made.",
            "an epilepsy nurse's review",
        ),
        (
            "neuro-valp-ppp-after",
            VALP,
            "Keep sodium valproate at the current dose; do not reduce. The pregnancy exposes the baby to a high risk "
            "of malformation and neurodevelopmental harm, so a detailed scan at 18-20 weeks is needed. After delivery "
            "she will rejoin the pregnancy prevention programme with highly effective contraception.",
            "a neurologist's plan including pregnancy prevention",
        ),
        (
            "neuro-overall-v",
            "overall:v",
            "Neurology: valproate 500 mg BD continues for seizure control until review in clinic within 2 weeks. Risk "
            "to the fetus is high (malformations, neurodevelopmental disorders); fetal medicine and anomaly scanning "
            "arranged; folic acid 5 mg daily. Effective contraception after birth.",
            "a neurologist's overall",
        ),
        (
            "neuro-dzpg-seizure-risk",
            DZPG,
            "Do not stop diazepam or pregabalin abruptly: withdrawal seizures are possible. Both continue, with a slow "
            "diazepam reduction later. The sedation means no bed- or sofa-sharing with the baby and supervised night "
            "feeds; watch the baby for late withdrawal until day 8.",
            "a neurologist on seizure risk",
        ),
    ],
)
run(
    "neurology",
    REFUSE,
    [
        (
            "neuro-ctl-valp-clinic-booked",
            VALP,
            "Valproate: epilepsy clinic appointment requested; neurology to advise on management in due course.",
            "near miss of neuro-valp-switch: only a referral and a hand-off (MA103)",
        ),
        (
            "neuro-ctl-valp-form-signed",
            VALP,
            "Valproate: Annual Risk Acknowledgement Form signed 2025-11-03 and scanned into the notes.",
            "near miss of neuro-valp-ppp-after: only the paperwork (MA103)",
        ),
    ],
)

# ============================================================================================================
# soap: SOAP-like notes, the assessment and plan carrying the conclusion.

run(
    "soap",
    PASS,
    [
        (
            "soap-meth",
            METH,
            "S: Feels settled on methadone, no on-top use. O: 29+2/40, growth normal. A: Neonatal withdrawal likely; "
            "sedation 2-4 h after dose. P: Continue methadone 60 mg OD; baby to be observed 72 h on the postnatal "
            "ward; breastfeeding encouraged; no co-sleeping.",
            "a full SOAP note",
        ),
        (
            "soap-sert",
            SERT,
            "S: mood good, sleeping well. O: PHQ-9 score 4. A: sertraline is working; small risk to the baby of "
            "adaptation symptoms. P: continue sertraline 100 mg, midwife to observe the baby after delivery, "
            "breastfeeding fine.",
            "lower-case SOAP",
        ),
        (
            "soap-lith-lines",
            LITH,
            "S: Well, no mood symptoms.\nO: Lithium level 0.7 mmol/L on 28/04; fetal echo normal.\nA: High postpartum "
            "relapse risk; neonatal lithium toxicity possible.\nP: Continue lithium 800 mg; weekly levels from 36/40; "
            "formula feeding; paediatric review of the baby after birth.",
            "SOAP on separate lines",
        ),
        (
            "soap-valp",
            VALP,
            "S: Unplanned pregnancy, 8/40, seizure-free 2 years. O: Taking valproate 500 mg BD. A: Significant risk of "
            "malformation and developmental harm to the baby; sudden cessation risks status epilepticus. P: Continue "
            "valproate until urgent neurology review; fetal medicine referral; folic acid 5 mg OD.",
            "a SOAP valproate note",
        ),
        (
            "soap-dzpg",
            DZPG,
            "S: Drowsy after doses. O: Baby day 4, feeding well, no tremor. A: Sedation and late withdrawal risk from "
            "diazepam and pregabalin. P: Both continue; cot sleeping only; foster carer does night feeds; daily baby "
            "checks until day 8.",
            "a postnatal SOAP note",
        ),
        (
            "soap-quet",
            QUET,
            "S: Father well on quetiapine. O: Crib beside the mother's bed. A: He is deeply sedated at night, so "
            "co-sleeping with him would put the baby at risk of SUDI. P: He does no night feeds and never sleeps with "
            "the baby on a bed, sofa or armchair; HV to recheck.",
            "a SOAP note on the partner's medicine",
        ),
        (
            "soap-cita",
            CITA,
            "S - anxious but coping. O - 32+1 weeks. A - citalopram needed; adaptation risk to the baby is small. P - "
            "continue citalopram 20 mg; 48 h neonatal observation; breastfeed.",
            "SOAP with dashes",
        ),
        (
            "soap-overall-f",
            "overall:f",
            "A: Diazepam and pregabalin together sedate Kayleigh and the baby may withdraw late. P: Both continue; "
            "the baby sleeps only in a cot; night feeds by the foster carer; HV and midwife to check for late "
            "withdrawal until day 8.",
            "an A/P overall",
        ),
    ],
)
run(
    "soap",
    REFUSE,
    [
        (
            "soap-ctl-meth-s-and-o-only",
            METH,
            "S: Feels settled on methadone, no on-top use. O: 29+2/40, growth normal, BP 112/70.",
            "near miss of soap-meth: only S and O, no assessment or plan (MA103)",
        ),
        (
            "soap-ctl-valp-plan-pointer",
            VALP,
            "S: Unplanned pregnancy on valproate. O: 8/40. A: See neurology. P: As per neurology letter.",
            "near miss of soap-valp: A and P only point elsewhere (MA103)",
        ),
        (
            "soap-ctl-quet-plan-tbc",
            QUET,
            "S: Father on quetiapine. O: Home visit done. A: Discussed. P: TBC at next visit.",
            "near miss of soap-quet: A and P are a report and a deferral (MA103)",
        ),
    ],
)

# ============================================================================================================
# bullets: numbered and bulleted plans with bullet characters, semicolons and line breaks.

run(
    "bullets",
    PASS,
    [
        (
            "bul-meth-numbered",
            METH,
            "1. Methadone 60 mg daily continues, no reduction before birth.\n2. Baby to be observed for withdrawal on "
            "the postnatal ward for at least 72 hours.\n3. Breastfeeding encouraged.\n4. No bed- or sofa-sharing "
            "after a dose; cot check at the home visit.",
            "a numbered plan",
        ),
        (
            "bul-sert-dots",
            SERT,
            "\u2022 Sertraline 100 mg continues\n\u2022 Relapse risk outweighs the small risk to the baby\n\u2022 "
            "Midwife to watch the baby for jitteriness and poor feeding for 48 h\n\u2022 Breastfeeding compatible",
            "bullet characters",
        ),
        (
            "bul-lith-dashes",
            LITH,
            "- continue lithium 800 mg ON\n- levels monthly, weekly from 36/40, within 24 h postpartum\n- formula "
            "feeding (breastfeeding not advised)\n- baby: paediatric review for lithium effects after birth",
            "dash bullets in lower case",
        ),
        (
            "bul-valp-semicolons",
            VALP,
            "Valproate: (a) continue 500 mg BD, never stop suddenly; (b) the baby's risk of malformation is high, "
            "so anomaly scan and fetal medicine review; (c) folic acid 5 mg OD; (d) contraception plan after birth.",
            "lettered items with semicolons",
        ),
        (
            "bul-dzpg-arrows",
            DZPG,
            "Diazepam + pregabalin \u2192 continue unchanged for now\n\u2192 mum sedated: no co-sleeping, no feeding "
            "lying down\n\u2192 foster carer does night feeds\n\u2192 baby checked for late withdrawal up to day 8",
            "arrow bullets",
        ),
        (
            "bul-quet-ticks",
            QUET,
            "\u2713 Father's quetiapine continues\n\u2713 He never sleeps with the baby in a bed, sofa or armchair\n"
            "\u2713 Mum does all night feeds\n\u2713 HV checks the crib at each visit",
            "tick-mark bullets",
        ),
        (
            "bul-cita-asterisks",
            CITA,
            "* Citalopram 20 mg continues\n* baby observed 48 h for adaptation symptoms\n* breastfeeding supported\n"
            "* GP mood review at 6 weeks",
            "asterisk bullets",
        ),
        (
            "bul-overall-m",
            "overall:m",
            "Plan:\n1) Methadone 60 mg and sertraline 100 mg continue unchanged;\n2) 72 h neonatal withdrawal "
            "observation on the postnatal ward;\n3) breastfeeding supported;\n4) no co-sleeping; cot checked by HV "
            "and social worker before discharge.",
            "numbered overall",
        ),
        (
            "bul-overall-l",
            "overall:l",
            "\u25aa Lithium (Priadel) 800 mg continues\n\u25aa levels weekly from 36 weeks and within 24 h of birth\n"
            "\u25aa baby formula fed; paediatric review after delivery\n\u25aa PNMH review within a week of birth",
            "square bullets overall",
        ),
    ],
)
run(
    "bullets",
    REFUSE,
    [
        (
            "bul-ctl-meth-headings-only",
            METH,
            "1. Methadone\n2. Neonatal withdrawal\n3. Breastfeeding\n4. Safe sleep",
            "near miss of bul-meth-numbered: only the headings (MA103/MA104)",
        ),
        (
            "bul-ctl-sert-ticked-topics",
            SERT,
            "\u2022 Sertraline \u2013 discussed\n\u2022 Baby \u2013 discussed\n\u2022 Breastfeeding \u2013 discussed",
            "near miss of bul-sert-dots: topics ticked as discussed (MA103)",
        ),
    ],
)

# ============================================================================================================
# shorthand: telegraphic notes with clinical abbreviations.

run(
    "shorthand",
    PASS,
    [
        (
            "sh-meth-nas",
            METH,
            "Methadone 60mg OD cont. Baby: NAS likely, obs 72h on PN ward, HV to day 8. BF encouraged. No co-sleeping.",
            "telegraphic with NAS, PN, HV, BF",
        ),
        (
            "sh-meth-scbu",
            METH,
            "Cont methadone 60 mg. NNU aware; SCBU only if NAS scores high. Baby to stay with mum on PN ward 72 h min. "
            "Cot only, no bed-share.",
            "NNU and SCBU",
        ),
        (
            "sh-sert-ssri",
            SERT,
            "Sertraline 100mg OD - cont. Small PPHN risk; MW to obs baby for adaptation 48h. BF ok.",
            "SSRI shorthand",
        ),
        (
            "sh-lith-levels",
            LITH,
            "Li 800mg ON cont (Priadel). Levels 4-wkly, wkly from 36/40, <24h PN. Baby: paeds r/v, formula fed. "
            "Lithium not for BF.",
            "lithium shorthand",
        ),
        (
            "sh-valp",
            VALP,
            "Valproate 500mg BD - do not stop. 8/40. Fetal risk high: FMU referral, anomaly scan. Folic 5mg OD. "
            "Urgent neuro r/v.",
            "valproate shorthand",
        ),
        (
            "sh-dzpg",
            DZPG,
            "Diazepam 5mg TDS + pregabalin 150mg BD cont. Mum sedated - no co-sleeping, no feeding lying down; FC does "
            "night feeds. Baby: late w/d watch to D8.",
            "benzodiazepine and gabapentinoid shorthand",
        ),
        (
            "sh-quet",
            QUET,
            "Dad on quetiapine 300mg ON - v sedated. No co-sleeping w/ dad; no night feeds by dad. Baby in crib. HV "
            "r/v each visit.",
            "partner shorthand",
        ),
        (
            "sh-cita",
            CITA,
            "Citalopram 20mg OD cont. Relapse risk > small risk to baby. Baby obs 48h (adaptation). BF supported.",
            "citalopram shorthand",
        ),
        (
            "sh-overall-m",
            "overall:m",
            "Methadone 60mg + sertraline 100mg cont. Baby: NAS obs 72h PN ward. BF yes. No co-sleeping. SW + HV to see "
            "sleeping arrangements pre-d/c.",
            "overall shorthand",
        ),
        (
            "sh-overall-v",
            "overall:v",
            "8/40 unplanned, on valproate. Cont, don't stop abruptly. Urgent neuro + FMU for fetal risk. Folic 5mg. "
            "PPP/contraception after birth.",
            "valproate overall shorthand",
        ),
    ],
)
run(
    "shorthand",
    REFUSE,
    [
        (
            "sh-ctl-meth-abbrevs-only",
            METH,
            "Methadone 60mg OD. NAS. PN. HV. BF. Cot.",
            "near miss of sh-meth-nas: abbreviations without a plan (MA103)",
        ),
        (
            "sh-ctl-lith-tbc",
            LITH,
            "Li 800mg ON. Plan TBC at MDT.",
            "near miss of sh-lith-levels: dose and a deferral (MA103)",
        ),
    ],
)

# ============================================================================================================
# pointers-plus-summary: a conclusion that points to a letter and also says what follows.

run(
    "pointers-plus-summary",
    PASS,
    [
        (
            "pps-meth-letter-summary",
            METH,
            "See the drug service letter of 20/02/2026 for dosing details; in summary, methadone continues at 60 mg, the "
            "baby needs at least 72 hours of withdrawal observation on the postnatal ward, breastfeeding is encouraged "
            "and there must be no co-sleeping.",
            "a pointer with a summary",
        ),
        (
            "pps-sert-psych-letter",
            SERT,
            "The psychiatry letter of 18/02/2026 has the full history. In brief: sertraline continues at 100 mg, the "
            "baby may be jittery for a few days and the midwife will observe, and she can breastfeed.",
            "history pointed to, plan stated",
        ),
        (
            "pps-lith-pnmh-plan",
            LITH,
            "Full PNMH perinatal plan attached to the maternity notes. Key points: lithium continues; no breastfeeding; "
            "the baby needs a paediatric check after birth; lithium level within 24 hours of delivery.",
            "a plan pointed to, key points given",
        ),
        (
            "pps-valp-neuro-letter",
            VALP,
            "Neurology will write separately about the long-term choice of drug. Meanwhile valproate continues "
            "unchanged and must not be stopped; the baby is at high risk of malformation, so fetal medicine review and "
            "the anomaly scan are booked.",
            "a future letter, and the plan now",
        ),
        (
            "pps-dzpg-court-report",
            DZPG,
            "The social work court report covers the placement. For the baby: diazepam and pregabalin continue and "
            "sedate her mother, so no co-sleeping and night feeds by the foster carer; watch for late withdrawal "
            "until day 8.",
            "a report pointed to, the baby's plan given",
        ),
        (
            "pps-quet-gp-letter",
            QUET,
            "Daniel's GP letter lists his medicines. What matters for the baby: quetiapine makes him very drowsy at "
            "night, so he must never sleep with the baby and does no night feeds; the baby sleeps in the crib.",
            "the partner's GP letter and the point",
        ),
        (
            "pps-cita-see-also",
            CITA,
            "See also the antenatal clinic letter. Citalopram 20 mg is to continue; the baby should be observed for 48 "
            "hours for adaptation symptoms; breastfeeding is encouraged.",
            "'see also' before a plan",
        ),
        (
            "pps-overall-m-letters",
            "overall:m",
            "Doses are in the drug service letter (methadone) and the GP record (sertraline); both medicines are "
            "unchanged. For the baby: 72 hours of withdrawal observation on the postnatal ward, breastfeeding "
            "encouraged, and no co-sleeping because of methadone sedation.",
            "doses pointed to, the rest said",
        ),
        (
            "pps-overall-l-please-see",
            "overall:l",
            "Please see the perinatal mental health plan for the relapse signature. In summary lithium continues at "
            "800 mg, the baby is formula fed and reviewed by the paediatrician at birth, and levels are taken within "
            "24 hours of delivery.",
            "'please see' with a summary",
        ),
    ],
)
run(
    "pointers-plus-summary",
    REFUSE,
    [
        (
            "pps-ctl-meth-letter-only",
            METH,
            "See the drug service letter of 20/02/2026 for dosing details and the plan for the baby.",
            "near miss of pps-meth-letter-summary: only the pointer (MA103)",
        ),
        (
            "pps-ctl-lith-attached-only",
            LITH,
            "Full PNMH perinatal plan for lithium attached to the maternity notes; please refer to it.",
            "near miss of pps-lith-pnmh-plan: only the pointer (MA103)",
        ),
        (
            "pps-ctl-dzpg-court-report-only",
            DZPG,
            "Diazepam and pregabalin: the social work court report and the GP letter cover the baby's placement.",
            "near miss of pps-dzpg-court-report: only the pointers (MA103)",
        ),
        (
            "pps-ctl-overall-m-letters-only",
            "overall:m",
            "Methadone: as per the drug service letter. Sertraline: as per the GP record. Baby: as per the maternity "
            "plan.",
            "near miss of pps-overall-m-letters: only pointers (MA103)",
        ),
    ],
)

# ============================================================================================================
# conditional-plans: conditions with concrete actions, and plans addressed to the reader.

run(
    "conditional-plans",
    PASS,
    [
        (
            "cp-meth-finnegan",
            METH,
            "Methadone 60 mg continues. If the baby is jittery, feeding poorly or sneezing a lot, the midwife will "
            "score with Finnegan 4-hourly and call the neonatal team if two scores are 8 or more. No co-sleeping; "
            "breastfeeding encouraged.",
            "a condition with a concrete action",
        ),
        (
            "cp-meth-please-weigh",
            METH,
            "Please weigh the baby at day 5 and day 8 and look for late withdrawal signs: methadone 60 mg is "
            "unchanged, she is breastfeeding, and the cot must be in her room, never her bed.",
            "addressed to the reader",
        ),
        (
            "cp-sert-if-relapse",
            SERT,
            "Sertraline 100 mg continues. If her mood drops after birth, the GP will see her within a week and may "
            "raise the dose. The baby is observed for 48 hours for adaptation; breastfeeding is safe.",
            "a conditional plan for mood",
        ),
        (
            "cp-lith-if-vomiting",
            LITH,
            "Lithium continues. If she is vomiting or cannot drink in labour, check a lithium level urgently and "
            "stop the dose until it is known. Baby formula fed and checked by the paediatrician after birth for "
            "floppiness and poor feeding.",
            "a conditional plan for toxicity",
        ),
        (
            "cp-valp-if-seizure",
            VALP,
            "Valproate continues at 500 mg twice a day. If she has a seizure, call 999 and tell neurology the same "
            "day. The unborn baby needs the anomaly scan and fetal medicine review because of first-trimester "
            "exposure.",
            "an emergency instruction",
        ),
        (
            "cp-dzpg-if-drowsy",
            DZPG,
            "Diazepam and pregabalin continue. If Kayleigh is drowsy, the foster carer takes over the baby's care "
            "and she does not hold the baby on a sofa or in bed. Please phone the GP if the baby becomes irritable, "
            "tremulous or stops feeding before day 8.",
            "conditions and a request",
        ),
        (
            "cp-quet-if-mum-unwell",
            QUET,
            "The father's quetiapine continues. If Chloe is unwell and he must do night care, he should take his "
            "dose after the last feed and another adult must do the night feeds; he never sleeps with the baby.",
            "a contingency for night care",
        ),
        (
            "cp-cita-unless",
            CITA,
            "Citalopram continues unless she chooses otherwise after a discussion with the GP; the baby is observed "
            "for 48 hours, and if breathing is fast or feeding poor the paediatrician will review. Breastfeed as "
            "planned.",
            "'unless' beside a plan",
        ),
        (
            "cp-overall-p-please",
            "overall:p",
            "Please keep checking the sleep space: Daniel's quetiapine makes him heavily sedated at night, so he must "
            "not sleep with the baby on any bed, sofa or armchair, and Chloe does night feeds. Paracetamol is fine.",
            "an overall addressed to the reader",
        ),
        (
            "cp-overall-f-if-irritable",
            "overall:f",
            "Diazepam and pregabalin continue. If the baby is irritable, tremulous or feeding poorly before day 8, the "
            "foster carer will ring the health visitor the same day. No co-sleeping; night feeds by the carer.",
            "a conditional overall",
        ),
    ],
)
run(
    "conditional-plans",
    REFUSE,
    [
        (
            "cp-ctl-meth-if-problems",
            METH,
            "Methadone: if any problems arise with the baby, the team will act accordingly.",
            "near miss of cp-meth-finnegan: a condition with nothing concrete (MA103)",
        ),
        (
            "cp-ctl-dzpg-should-concerns",
            DZPG,
            "Diazepam and pregabalin: should any concerns about the baby arise, they will be escalated as appropriate.",
            "near miss of cp-dzpg-if-drowsy: a condition with no action (MA103)",
        ),
        (
            "cp-ctl-quet-if-needed-review",
            QUET,
            "The father's quetiapine: if needed, review.",
            "near miss of cp-quet-if-mum-unwell: a condition and a deferral (MA103)",
        ),
    ],
)

# ============================================================================================================
# disguise: good texts with line breaks, mixed case, soft hyphens, look-alike letters and full-width forms,
# each judged exactly like the plain text; and hollow ones likewise.

_G_METH = (
    "Methadone 60 mg continues unchanged; the baby needs at least 72 hours on the postnatal ward for "
    "withdrawal observation, and she must not share a bed or settee with the baby."
)
_G_QUET = (
    "Daniel's quetiapine leaves him deeply asleep at night: he must not share any bed, sofa or armchair "
    "with the baby, and Chloe does the night feeds."
)
run(
    "disguise",
    PASS,
    [
        ("dg-meth-upper", METH, _G_METH.upper(), "capitals throughout"),
        ("dg-meth-crlf", METH, _G_METH.replace("; ", ";\r\n"), "Windows line breaks"),
        ("dg-meth-soft-hyphen", METH, inside_words(_G_METH, SOFT_HYPHEN, every=2), "soft hyphens inside words"),
        ("dg-meth-cyrillic", METH, homoglyphs(_G_METH, "aeopc"), "Cyrillic look-alike letters"),
        ("dg-quet-full-width", QUET, full_width(_G_QUET), "full-width letters"),
        ("dg-quet-zwj", QUET, inside_words(_G_QUET, "\u200d", every=3), "zero-width joiners"),
        ("dg-quet-nbsp-tabs", QUET, _G_QUET.replace(" ", "\u00a0").replace(": ", ":\t"), "no-break spaces and a tab"),
    ],
)
run(
    "disguise",
    REFUSE,
    [
        (
            "dg-ctl-meth-pointer-upper",
            METH,
            "METHADONE: SEE DRUG SERVICE LETTER DATED 20/02/2026.",
            "a pointer in capitals (MA103)",
        ),
        (
            "dg-ctl-quet-dismissal-cyrillic",
            QUET,
            homoglyphs("Dad's quetiapine: no concerns for the baby.", "aeo"),
            "a dismissal in Cyrillic look-alikes (MA103)",
        ),
    ],
)


# ============================================================================================================
# More of each voice, in harder shapes: contractions, quotations beside a plan, TTO and discharge wording,
# symbols for numbers, Scottish and Welsh services, questions answered, long narratives.

run(
    "gp",
    PASS,
    [
        (
            "gp-meth-contractions",
            METH,
            "She's doing well on methadone 60 mg and we won't change it before the birth. Her baby'll probably need "
            "a few days' observation for withdrawal, she can't co-sleep after a dose, and she's keen to breastfeed, "
            "which we'll support.",
            "contractions throughout",
        ),
        (
            "gp-quet-quote",
            QUET,
            'Daniel says "I sleep like a log on it". That is exactly the risk: while he takes quetiapine he must '
            "never have the baby in bed or on the sofa with him, and Chloe will do every night feed.",
            "a quotation beside the plan",
        ),
        (
            "gp-overall-c-question",
            "overall:c",
            "Should citalopram stop now? No: she relapsed last time, so citalopram 20 mg continues. The baby will be "
            "observed for 48 hours for adaptation symptoms and breastfeeding is supported; mood review at 6 weeks.",
            "a question answered",
        ),
    ],
)
run(
    "midwife",
    PASS,
    [
        (
            "mw-dzpg-tto",
            DZPG,
            "TTO: diazepam 5 mg TDS and pregabalin 150 mg BD, 7 days, both unchanged. Baby discharged to the placement "
            "on day 4; the community midwife will check the baby daily for tremor, poor feeding and irritability up to "
            "day 8. Mum must never fall asleep holding the baby.",
            "discharge (TTO) wording",
        ),
        (
            "mw-meth-badgernet",
            METH,
            "Methadone stays at 60 mg. Alert added on BadgerNet: baby to room in with Jodie on the postnatal ward, "
            "NAS charts for 72 hours, breastfeeding support from the infant feeding team, and no bed-sharing at home.",
            "Scottish and English maternity systems",
        ),
        (
            "mw-overall-m-welsh",
            "overall:m",
            "Methadone and sertraline are unchanged. Under the health board's guideline the baby stays for 72 hours of "
            "withdrawal monitoring; she breastfeeds; the community midwife and health visitor will see the cot before "
            "the baby goes home, with no co-sleeping.",
            "a Welsh health board",
        ),
    ],
)
run(
    "psychiatry",
    PASS,
    [
        (
            "psy-lith-long-narrative",
            LITH,
            "Rebecca and I went through the choices again today. She understands that stopping lithium would more "
            "than double her chance of a postpartum episode, and she wants to stay well for her baby. Lithium "
            "therefore continues at 800 mg, with closer levels from 36 weeks and one within 24 hours of delivery. The "
            "baby will be bottle fed and looked at by the paediatrician after birth for any lithium effects.",
            "a long narrative ending in the plan",
        ),
        (
            "psy-sert-mixed-case",
            SERT,
            "SERTRALINE CONTINUES at 100 mg. Relapse risk HIGH if stopped; risk TO THE BABY small (adaptation, PPHN). "
            "Midwife to observe the baby after birth; Breastfeeding OK.",
            "mixed case",
        ),
    ],
)
run(
    "pharmacist",
    PASS,
    [
        (
            "rph-meth-symbols",
            METH,
            "Methadone 60 mg o.d. \u2192 no change. NAS expected; baby obs \u2265 72 h. BF \u2713 (methadone in milk is "
            "low). No bed-sharing after dose.",
            "symbols for numbers and ticks",
        ),
        (
            "rph-overall-f-supply",
            "overall:f",
            "Diazepam and pregabalin continue on weekly dispensing. Together they sedate her, so the baby must sleep in "
            "the cot and be fed at night by the foster carer; the pharmacy and HV will report any dose change, and the "
            "baby is watched for late withdrawal to day 8.",
            "a pharmacist's overall",
        ),
    ],
)
run(
    "drug-service",
    PASS,
    [
        (
            "ds-meth-scottish-adp",
            METH,
            "Methadone 60 mg continues through the drug service and the ADP's pregnancy pathway. Her baby will be "
            "observed for NAS for 72 hours; breastfeeding supported; she has a cot and knows not to sleep with the "
            "baby after dosing.",
            "a Scottish alcohol and drug partnership",
        ),
        (
            "ds-overall-m-narrative",
            "overall:m",
            "Jodie has worked hard to stay stable, and methadone 60 mg and sertraline 100 mg both continue. Her baby "
            "will probably withdraw and will be observed for at least 3 days on the ward; she plans to breastfeed. "
            "She will not share a bed with the baby, and the keyworker will check this at the first home visit.",
            "a narrative overall",
        ),
    ],
)
run(
    "hv",
    PASS,
    [
        (
            "hv-dzpg-welsh-flying-start",
            DZPG,
            "Flying Start health visitor: the foster carer does night feeds and the baby sleeps alone in a cot because "
            "diazepam and pregabalin make mum sleepy; no holding the baby on the sofa if drowsy. Both medicines "
            "continue. Weigh the baby at day 5 and day 10.",
            "a Welsh Flying Start plan",
        ),
        (
            "hv-overall-f",
            "overall:f",
            "HV summary: diazepam and pregabalin continue; the baby must never sleep with mum, night feeds by the foster "
            "carer; I will check for late withdrawal (irritability, poor feeding) at the day 8 visit.",
            "a HV overall for the placement",
        ),
    ],
)
run(
    "neurology",
    PASS,
    [
        (
            "neuro-valp-numbered",
            VALP,
            "1. Continue valproate 500 mg BD - abrupt withdrawal could cause status epilepticus.\n2. Teratogenic risk to "
            "the baby is high: detailed anomaly scan and fetal medicine.\n3. Folic acid 5 mg.\n4. Contraception plan "
            "post-delivery.",
            "a neurologist's numbered plan",
        ),
        (
            "neuro-overall-v-scottish",
            "overall:v",
            "Valproate continues unchanged until she is seen at the Institute of Neurological Sciences; stopping it "
            "suddenly risks seizures. The baby faces a high risk of malformation, so she is referred to fetal medicine "
            "for early review and the anomaly scan.",
            "a Scottish neurology service",
        ),
    ],
)
run(
    "shorthand",
    PASS,
    [
        (
            "sh-meth-pt",
            METH,
            "Pt stable on methadone 60mg. Plan: cont same dose; PN ward 72h NAS obs for baby; BF; no co-sleeping; cot "
            "seen by CMW.",
            "'Pt' and CMW",
        ),
        (
            "sh-overall-p",
            "overall:p",
            "Dad quetiapine 300mg ON: heavily sedated, never co-sleep w/ baby (bed/sofa/chair); mum does night feeds. "
            "Mum's paracetamol - no issue. HV to r/v sleep space each contact.",
            "partner overall shorthand",
        ),
    ],
)
run(
    "conditional-plans",
    PASS,
    [
        (
            "cp-meth-scores",
            METH,
            "Methadone continues at 60 mg. Finnegan scoring 4-hourly from birth: if three scores average 8 or more, "
            "the baby goes to the neonatal unit for treatment; otherwise she stays with Jodie for 72 hours and "
            "breastfeeds. No co-sleeping.",
            "scores with a threshold and a default",
        ),
        (
            "cp-lith-please-bloods",
            LITH,
            "Please take a lithium level within 24 hours of delivery and a baby TFT if the paediatrician asks. "
            "Lithium continues at 800 mg; the baby is formula fed; if she shows early relapse signs, phone PNMH the "
            "same day.",
            "requests to the reader",
        ),
    ],
)
run(
    "soap",
    PASS,
    [
        (
            "soap-overall-v",
            "overall:v",
            "S: unplanned pregnancy, 8 weeks. O: on valproate. A: high risk to the baby from first-trimester "
            "exposure; stopping suddenly risks seizures. P: continue valproate; urgent neurology; fetal medicine and "
            "anomaly scan; folic acid 5 mg; contraception after birth.",
            "a SOAP overall",
        ),
    ],
)
run(
    "bullets",
    PASS,
    [
        (
            "bul-overall-p",
            "overall:p",
            "\u2022 Daniel's quetiapine: deeply sedating at night\n\u2022 no bed, sofa or armchair sharing with the "
            "baby\n\u2022 Chloe does the night feeds\n\u2022 paracetamol: no risk\n\u2022 HV to recheck the crib",
            "bulleted overall for the household",
        ),
    ],
)
run(
    "pointers-plus-summary",
    PASS,
    [
        (
            "pps-valp-ppp-form",
            VALP,
            "The risk acknowledgement form is on file. What it means now: valproate continues until neurology review, "
            "it must not be stopped suddenly, and the baby needs fetal medicine review and an anomaly scan because of "
            "the malformation risk.",
            "a form mentioned, the plan given",
        ),
    ],
)
run(
    "conditional-plans",
    REFUSE,
    [
        (
            "cp-ctl-lith-please-see-plan",
            LITH,
            "Lithium: please see the PNMH plan and act on it if needed.",
            "near miss of cp-lith-please-bloods: a request that only points (MA103)",
        ),
    ],
)
run(
    "psychiatry",
    REFUSE,
    [
        (
            "psy-ctl-lith-went-through",
            LITH,
            "Rebecca and I went through the choices about lithium again today, and the baby's needs were explored at "
            "length with her partner.",
            "near miss of psy-lith-long-narrative: only the account of the talk (MA103)",
        ),
    ],
)


# ============================================================================================================
# Colloquial and terse voices (idioms for sedation and watching, dash-separated plans), and controls in the
# same voices that keep the baby's words but drop the decision.

run(
    "hv",
    PASS,
    [
        (
            "hv-quet-out-for-the-count",
            QUET,
            "Quetiapine (dad's): he's out for the count at night, so the baby never sleeps with him and he doesn't do "
            "night feeds.",
            "an idiom for heavy sedation, with where the baby sleeps and who feeds at night",
        ),
        (
            "hv-quet-dead-to-the-world",
            QUET,
            "The father's quetiapine is not a problem by day but at night he is dead to the world, so no co-sleeping "
            "with him and no night feeds.",
            "an idiom for heavy sedation, co-sleeping and night feeds ruled out",
        ),
        (
            "hv-quet-knocks-him-out",
            QUET,
            "Dad's quetiapine knocks him out at night, so he never has the baby in bed or on the sofa with him and "
            "Chloe does the night feeds.",
            "an idiom beside the plan",
        ),
    ],
)
run(
    "midwife",
    PASS,
    [
        (
            "mw-sert-keep-an-eye",
            SERT,
            "Sertraline 100 mg - carry on. Low risk for the baby; MW will keep an eye on baby for jitters the first "
            "couple of days. Fine to breastfeed.",
            "a midwife's colloquial observation plan",
        ),
        (
            "mw-meth-little-one",
            METH,
            "Methadone stays put at 60 mg. The little one will likely withdraw, so 72 hours on the ward at least; "
            "she's breastfeeding and knows never to nod off with the baby on the settee.",
            "colloquial British",
        ),
    ],
)
run(
    "bullets",
    PASS,
    [
        (
            "bul-meth-dash-pairs",
            METH,
            "Methadone - cont 60mg\nBaby - NAS obs 72h\nBF - yes\nSleep - own cot, never mum's bed",
            "topic - decision pairs",
        ),
        (
            "bul-meth-blank-lines",
            METH,
            "Methadone 60mg daily unchanged.\n\nBaby:\n- NAS obs 72h\n- HV to D8\n\nFeeding: BF\nSleep: cot, no "
            "co-sleeping",
            "headed sections with blank lines",
        ),
    ],
)
run(
    "shorthand",
    PASS,
    [
        (
            "sh-meth-dw-pnw",
            METH,
            "D/W DS keyworker. Methadone 60mg OD unchanged. Pls obs baby on PNW 72/24 for NAS; HV f/u to D8. BF. Cot "
            "only.",
            "D/W, PNW, 72/24",
        ),
        (
            "sh-valp-epilim",
            VALP,
            "Epilim Chrono 500 BD (valproate) ctd. Unborn baby at ~10% risk of major malformation: FMU + detailed scan. "
            "ESN r/v wk.",
            "a brand, 'ctd' and '~10%'",
        ),
        (
            "sh-dzpg-arrows",
            DZPG,
            "Diazepam/pregabalin: no change. Sedating -> FC does nights, baby in cot, no sofa feeds. Late w/d watch to "
            "D8.",
            "a slash pair and ASCII arrows",
        ),
    ],
)
run(
    "pointers-plus-summary",
    PASS,
    [
        (
            "pps-meth-ds-letter-terse",
            METH,
            "Methadone: see DS letter 20/02 for doses. Baby 72h NAS obs PN ward; no co-sleeping; BF ok.",
            "a terse pointer with a terse plan",
        ),
    ],
)
run(
    "soap",
    REFUSE,
    [
        (
            "soap-ctl-meth-s-o-fetal-growth",
            METH,
            "S: Feels settled on methadone, no on-top use. O: 29+2/40, fetal growth normal on scan, BP 112/70.",
            "near miss of soap-meth: S and O only; a finding about the fetus, no assessment or plan (MA103)",
        ),
    ],
)
run(
    "gp",
    REFUSE,
    [
        (
            "gp-ctl-meth-process-topics",
            METH,
            "Jodie was seen today at 29+2 weeks with her keyworker. Methadone, the baby's withdrawal and co-sleeping "
            "were discussed in detail and a copy has been sent to the midwife.",
            "near miss of gp-meth-continue-ward-72h: the process over concern words (MA103: 'were discussed')",
        ),
    ],
)
run(
    "pharmacist",
    REFUSE,
    [
        (
            "rph-ctl-dzpg-issued-to-placement",
            DZPG,
            "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day; both issued weekly to the baby's foster "
            "placement.",
            "near miss of rph-overall-f-supply: the dose lines and the supply, nothing for the baby (MA103)",
        ),
    ],
)
run(
    "psychiatry",
    REFUSE,
    [
        (
            "psy-ctl-lith-history-cot-ready",
            LITH,
            "Lithium: bipolar affective disorder since 2015, two admissions; the baby's father is supportive and she "
            "has a cot ready.",
            "near miss of psy-lith-formulation: history and circumstances, nothing decided (MA103)",
        ),
    ],
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F27CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:22} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F27CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F27CASES),
        "total",
        len(F27CASES),
    )
