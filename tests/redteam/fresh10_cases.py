"""A tenth independent "fresh" batch of red-team cases for the share gate: hunting false refusals.

The gate has become stricter, and a false refusal is as wrong as a false pass: clinicians stop trusting a gate
that blocks good work. Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the
verdict the gate must give, written from the clinical intent and the rule catalogue (docs/rules.md, README.md),
not from the gate's code. Most cases are complete, good records written the way clinicians write them:

* conclusions that also point elsewhere, defer one thing or dismiss another ("See also ...", "minutes to
  follow", "pending the 20-week scan", "No concerns about her paracetamol") beside a real decision;
* conclusions that mention process and governance (MDT, safeguarding lead, NICE, Caldicott) or open with
  history before the decision;
* short but real recommendations and impact answers ("Continue sertraline.", "Levels monthly.");
* two assessments of similar medicines that share structure and a sentence but each say their own, and a
  joint assessment repeated as the overall conclusion;
* coded sedation "no" beside drowsiness in the past, in the baby, hypothetically or in a question answered no;
* scan results, limited courses, medicines for the baby and medicines advised against;
* names as clinicians type them (brands, misspellings, LTG, Li, VPA) and medicines of no concern beside them;
* disguised good records (look-alike letters, invisible characters) that must still pass.

Each must-refuse case is the hollow twin of a good one: the same record made hollow in one place. Medicines
added here are real and recorded uncoded (MA118 warns, never refuses); no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh10_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter

from tests.redteam.cases import (
    CASTLE_STREET,
    MCALLISTER,
    MILLBROOK,
    NEUROLOGY,
    PASS,
    PRITCHARD,
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
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_spaces

F10CASES: list[Case] = []

CATEGORIES = (
    "pointer-beside-decision",
    "governance-context",
    "short-items",
    "similar-medicines",
    "sedation-coded",
    "womb-course-baby-medicines",
    "names-as-typed",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F10CASES.append(Case(f"f10-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


MA_, SA_, LA_, VA_, FA_, PA_, CA_ = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def item(aid: str, path: str, value: object) -> Mutation:
    return set_(f"assessments#{aid}.{path}", value)


def asm(aid: str, mids: list[str], *, sed: str, cap: str, summary: str, recs: str, concl: str,
        ss: str | None = None, nwp: str | None = None, bf: str | None = None, author: Record = SHAH,
        date: str = "2026-04-09") -> Record:
    """One whole assessment."""
    mother: Record = {"sedation": sed, "parenting_capacity": cap}
    if ss is not None:
        mother["safe_sleep"] = ss
    baby: Record = {"summary": summary}
    if nwp is not None:
        baby["neonatal_withdrawal_plan"] = nwp
    if bf is not None:
        baby["breastfeeding"] = bf
    return {"id": aid, "medicine_ids": mids, "impact_on_mother": mother, "impact_on_baby": baby,
            "recommendations": recs, "conclusion": concl, "author": copy.deepcopy(author), "date": date}


def assessed(*assessments: Record, ov: str, author: Record = SHAH, date: str = "2026-04-09") -> Mutation:
    """The record's assessments and overall conclusion replaced."""
    return chain(set_("assessments", [copy.deepcopy(a) for a in assessments]),
                 set_("overall_conclusion", {"text": ov, "author": copy.deepcopy(author), "date": date}))


def twin(name: str, category: str, base: str, good: Mutation, hollow: Mutation, why_good: str,
         why_hollow: str) -> None:
    """A good record and its hollow twin (the same record made hollow in one place)."""
    ok(name, category, base, good, why_good)
    bad(f"{name}-hollow-twin", category, base, hollow, why_hollow)


# ============================================================================================================
# pointer-beside-decision: a pointer, deferral or dismissal next to a real decision about the medicine and baby.

PB = "pointer-beside-decision"

twin("m-methadone-see-also-letter", PB, M, concl(MA_, (
    "See also the drug service letter of 24 February. Methadone 60 mg continues unchanged to delivery; the baby "
    "will be scored for withdrawal on the postnatal ward for at least 72 hours, breastfeeding is encouraged, and "
    "because she is drowsy after each dose she must never co-sleep, with the cot checked at the first home visit.")),
    concl(MA_, "See also the drug service letter of 24 February for the methadone plan."),
    "a pointer to the drug service letter, then the whole methadone decision for the baby",
    "the same pointer with nothing beside it (MA103)")
twin("m-sertraline-per-perinatal-plan", PB, M, concl(SA_, (
    "Sertraline 100 mg continues as per the perinatal team's plan: stopping now would risk a relapse of her "
    "depression, and the small chance of adaptation symptoms in the baby (jitteriness, poor feeding) will be "
    "watched for by the midwife in the first 48 hours; breastfeeding is supported.")),
    concl(SA_, "Sertraline 100 mg: as per the perinatal team's plan."),
    "'as per the perinatal team's plan' beside the reason and the baby's watch",
    "only the pointer to the team's plan (MA103)")
twin("l-overall-minutes-to-follow", PB, L, overall(
    "MDT minutes to follow. Decision today: lithium (Priadel) 800 mg continues; levels monthly then weekly from 36 "
    "weeks; the baby has a paediatric review and a lithium level after birth, and is formula fed because lithium "
    "passes into breast milk."),
    overall("Lithium discussed at the perinatal MDT today; minutes to follow."),
    "'minutes to follow' before a complete decision",
    "the MDT happened, minutes to follow, nothing decided (MA103/MA124)")
twin("v-valproate-pending-neurology", PB, V, concl(VA_, (
    "Valproate continues unchanged pending the urgent neurology review; do not stop it, as seizures would endanger "
    "her and the baby. The baby was exposed in the first trimester, so the detailed 20-week anomaly scan and early "
    "fetal medicine review are booked; folic acid 5 mg started.")),
    concl(VA_, "Valproate: pending the neurology review and the 20-week scan."),
    "'pending the review' beside the decision, the scan and the reason not to stop",
    "only pending (MA103)")
twin("m-overall-paracetamol-dismissed", PB, M, overall(
    "No concerns about her paracetamol. Methadone and sertraline continue unchanged: the baby needs at least 72 "
    "hours of withdrawal observation on the ward with health visitor checks to day 8, breastfeeding is supported, "
    "and methadone drowsiness rules out co-sleeping."),
    overall("No concerns about her methadone or sertraline at this time."),
    "a dismissal of paracetamol beside the real decision on methadone and sertraline",
    "the dismissal is all there is (MA103)")
twin("f-nothing-of-note-newborn", PB, F, concl(FA_, (
    "Nothing of note on the newborn examination. Diazepam and pregabalin continue for now; both make the mother "
    "drowsy, so no bed, sofa or armchair sharing and the foster carer does the night feeds; the baby is watched for "
    "late withdrawal until day 8, with a slow diazepam reduction from the six-week review.")),
    concl(FA_, "Diazepam and pregabalin: nothing of note."),
    "'nothing of note' about the examination beside the sedation and withdrawal plan",
    "nothing of note, nothing else (MA103)")
twin("p-please-see-family", PB, P, concl(PA_, (
    "Please see the family at home within a week: the father's quetiapine leaves him heavily sedated at night, so "
    "he must never share a bed, sofa or armchair with the baby or do night feeds after his dose; the baby sleeps in "
    "its own crib on the mother's side.")),
    concl(PA_, "Father's quetiapine: please see the GP letter."),
    "'please see the family' is an instruction, and the safe sleep decision follows",
    "a pointer to a letter (MA103)")
twin("c-awaiting-obstetric-letter", PB, C, concl(CA_, (
    "Awaiting the obstetric consultant's letter about the birth plan, but the decision here stands: citalopram 20 "
    "mg continues because she relapsed the last time she stopped; the midwife watches the baby for adaptation "
    "symptoms for 48 hours and breastfeeding is supported.")),
    concl(CA_, "Citalopram: awaiting the obstetric consultant's letter."),
    "awaiting a letter about something else, beside the citalopram decision",
    "only awaiting (MA103)")
twin("m-overall-as-discussed", PB, M, overall(
    "As discussed with her and the drug service: methadone and sertraline both continue. The baby will be observed "
    "for withdrawal and SSRI adaptation for at least 72 hours, breastfeeding is encouraged, and there is to be no "
    "co-sleeping after her methadone dose; the social worker and health visitor check the cot before discharge."),
    overall("Methadone and sertraline: as discussed with her and the drug service."),
    "'as discussed' opening a complete overall conclusion",
    "'as discussed' alone (MA103)")
ok("l-decision-here-not-letter", PB, L, concl(LA_, (
    "Lithium decision recorded here rather than in the clinic letter: continue Priadel, since a relapse after birth "
    "would endanger mother and baby; the baby gets a paediatric review and a lithium level within a day of birth, "
    "and formula feeding avoids lithium in breast milk.")),
    "mentions the clinic letter while writing the decision itself")
ok("v-refer-epilepsy-nurse-letter", PB, V, concl(VA_, (
    "Refer to the epilepsy nurse's letter for the seizure plan. For the baby: valproate exposure in the first "
    "trimester carries about a 1 in 10 risk of major malformation, so fetal medicine review and a detailed anomaly "
    "scan are booked; valproate continues until neurology review and must not be stopped abruptly.")),
    "a pointer for the seizure plan beside the baby's risk and the plan for it")
ok("f-overall-please-see-baby-daily", PB, F, overall(
    "Late withdrawal signs can be missed at home: please see the baby daily in the placement until day 8. Diazepam "
    "and pregabalin continue unchanged for now; sedation means the mother never sleeps with the baby on a bed, sofa "
    "or armchair and never feeds lying down, and the foster carer does night feeds."),
    "an instruction to see the baby, not a pointer")
ok("p-overall-paracetamol-no-concern", PB, P, overall(
    "Her paracetamol is of no concern. The father's quetiapine sedates him heavily at night, so the baby never "
    "sleeps with him on a bed, sofa or armchair and he does no night feeds after his dose; the crib on the mother's "
    "side was seen and the health visitor will check it at each visit."),
    "a dismissal of the mother's paracetamol beside the partner's safe sleep decision")
ok("c-overall-minutes-to-follow", PB, C, overall(
    "Citalopram 20 mg continues through pregnancy and breastfeeding; minutes of the antenatal review to follow. "
    "Midwife to watch the baby for jitteriness, fast breathing and poor feeding in the first 48 hours; GP to review "
    "mood at the 6-week check."),
    "'minutes to follow' in the middle of a complete overall conclusion")
ok("m-sertraline-no-issues-with-feeding", PB, M, concl(SA_, (
    "No issues with breastfeeding on sertraline, which is one of the preferred SSRIs for it. Sertraline 100 mg "
    "continues because relapse would harm her and the baby's care; the midwife watches the newborn for adaptation "
    "symptoms and PPHN signs during the withdrawal observations.")),
    "'no issues' about feeding, followed by the decision and the baby's watch")
ok("v-overall-tbc-date-only", PB, V, overall(
    "Neurology appointment date tbc, requested as urgent today. Valproate continues, never stopped abruptly; the "
    "baby's first-trimester exposure means early fetal medicine review and a detailed anomaly scan; folic acid 5 mg "
    "started; the annual risk form is on file."),
    "'tbc' about one date beside a complete plan")

ok("c-leaflet-and-sps-pointer", PB, C, concl(CA_, (
    "Leaflet on SSRIs in pregnancy given; see also the SPS page on citalopram in breastfeeding. Citalopram 20 mg "
    "continues because stopping led to relapse before; the baby may be jittery or breathe fast in the first days, "
    "so the midwife watches for 48 hours.")),
   "a leaflet and a pointer beside the decision")

# ============================================================================================================
# governance-context: process and governance, or history first, beside the decision.

GC = "governance-context"

twin("m-methadone-mdt-safeguarding-lead", GC, M, concl(MA_, (
    "Discussed at the maternity safeguarding MDT on 27 February and the safeguarding lead informed. Methadone 60 mg "
    "stays the same; the baby will need withdrawal observation for at least 72 hours on the postnatal ward and "
    "breastfeeding is encouraged; she is drowsy after the dose, so no co-sleeping and the cot is seen at the home "
    "visit.")),
    concl(MA_, "Methadone discussed at the maternity safeguarding MDT on 27 February; safeguarding lead informed."),
    "MDT and safeguarding lead mentioned before the decision",
    "only the process (MA124/MA103/MA104)")
twin("l-nice-cg192", GC, L, concl(LA_, (
    "In line with NICE CG192, lithium continues: stopping would risk postpartum psychosis. Levels every four weeks, "
    "weekly from 36 weeks; paediatric review of the baby at birth with a lithium level and thyroid check; formula "
    "feeding, as lithium enters breast milk.")),
    concl(LA_, "Lithium managed in line with NICE CG192 and the local perinatal pathway; Caldicott principles "
               "followed."),
    "NICE guidance cited beside the decision",
    "only governance words (MA124/MA104)")
twin("f-caldicott-shared", GC, F, concl(FA_, (
    "Shared under the Caldicott principles with the foster carer, social worker and health visitor. Diazepam and "
    "pregabalin continue; the mother is drowsy after doses so must not co-sleep or feed lying down; the foster "
    "carer does night feeds and watches the baby for late withdrawal to day 8.")),
    concl(FA_, "Diazepam and pregabalin: shared under the Caldicott principles with the foster carer, social worker "
               "and health visitor."),
    "Caldicott sharing beside the sedation and withdrawal plan",
    "only who it was shared with (MA124)")
twin("v-history-first", GC, V, concl(VA_, (
    "History: epilepsy since 14, seizure-free two years on valproate, pregnancy unplanned. Decision: valproate "
    "continues until the neurologist reviews it this week, never stopped suddenly; the baby's first-trimester "
    "exposure means fetal medicine review and a detailed anomaly scan, and folic acid 5 mg from today.")),
    concl(VA_, "History: epilepsy since 14, seizure-free two years on valproate, pregnancy unplanned, seen today."),
    "history first, then the decision",
    "history only, no decision and nothing for the baby (MA124)")
twin("p-background-first", GC, P, concl(PA_, (
    "Background: the father has had bipolar disorder for years and has been well on quetiapine since 2024. Because "
    "it leaves him hard to wake at night, he never sleeps with the baby on a bed, sofa or armchair and does no night "
    "feeds after his dose; the baby's crib is on the mother's side.")),
    concl(PA_, "Background: the father has had bipolar disorder for years and has been well on quetiapine since "
               "2024."),
    "the partner's history, then the safe sleep decision",
    "history only (MA124)")
ok("c-amended-record-note", GC, C, concl(CA_, (
    "Amended record (health visitor added). Citalopram continues at 20 mg; the baby may have adaptation symptoms "
    "for a day or two, which the midwife watches for in the first 48 hours, with paediatric review if they persist; "
    "breastfeeding is supported.")),
    "a note about the amendment before the decision")
ok("m-overall-perinatal-mdt", GC, M, overall(
    "Reviewed at the perinatal MDT with the drug service, safeguarding lead and social worker. Methadone and "
    "sertraline continue unchanged; the baby is observed for withdrawal for at least 72 hours with health visitor "
    "checks to day 8; breastfeeding encouraged; never co-sleep after her methadone."),
    "an MDT overall conclusion that decides")
ok("l-overall-mdt-attendance", GC, L, overall(
    "Perinatal MDT 6 May (obstetrics, psychiatry, midwifery, GP): lithium (Priadel) 800 mg continues. The baby: "
    "fetal heart scan at 20 weeks normal; paediatric review and lithium level within 24 hours of birth; bottle "
    "feeding. Levels weekly from 36 weeks."),
    "who attended the MDT, then the decision")
ok("f-overall-cp-plan-history", GC, F, overall(
    "The child protection plan ended on 10 June when the interim care order was made; the risk is unchanged. "
    "Diazepam and pregabalin continue; no co-sleeping with the mother, night feeds by the foster carer, and the "
    "baby watched for late withdrawal until day 8 by the foster carer and health visitor."),
    "care proceedings history opening a complete overall conclusion")
ok("v-overall-safeguarding-lead-no-concerns", GC, V, overall(
    "Seen jointly with the practice safeguarding lead for information; no safeguarding concerns. Valproate continues "
    "until urgent neurology review and must not be stopped; the baby needs early fetal medicine review and a "
    "detailed anomaly scan because of first-trimester exposure; folic acid 5 mg started."),
    "a safeguarding dismissal beside the valproate plan")
ok("p-overall-need-to-know", GC, P, overall(
    "Information shared on a need-to-know basis (Caldicott). Paracetamol: nothing to add. Quetiapine makes the "
    "father very drowsy at night, so no co-sleeping with him and no night feeds by him after his dose; crib on the "
    "mother's side, seen by the health visitor."),
    "Caldicott and a paracetamol aside, then the partner's safe sleep decision")
ok("m-sertraline-nice-cited", GC, M, concl(SA_, (
    "Per NICE CG192 an SSRI is continued where relapse risk is high: sertraline 100 mg continues; the baby has a "
    "small risk of PPHN and adaptation symptoms, watched for by the midwife alongside the withdrawal scoring; "
    "breastfeeding compatible.")),
    "a guideline citation then the sertraline decision")
ok("l-overall-consent-first", GC, L, overall(
    "She consented to sharing with maternity and the health visitor. Lithium (Priadel) continues at 800 mg; the "
    "baby's heart scan at 20 weeks was normal; paediatric review and a lithium level within 24 hours of birth; "
    "bottle feeding, as lithium passes into breast milk."),
   "consent to sharing mentioned first")
ok("c-history-relapse-first", GC, C, concl(CA_, (
    "In 2024 she stopped citalopram on her own and relapsed within six weeks. So citalopram 20 mg continues to "
    "delivery; the newborn may be jittery or feed poorly for a day or two, and the midwife will watch for that in "
    "the first 48 hours; breastfeeding is fine.")),
    "history of a relapse opening the decision")

# ============================================================================================================
# short-items: short but real recommendations and impact answers.

SI = "short-items"

twin("m-sertraline-recs-continue-sertraline", SI, M, item(SA_, "recommendations", "Continue sertraline."),
     item(SA_, "recommendations", "Continue."),
     "'Continue sertraline.' names what continues",
     "'Continue.' names nothing (MA106)")
twin("l-recs-levels-monthly", SI, L, item(LA_, "recommendations", "Levels monthly."),
     item(LA_, "recommendations", "Review."),
     "'Levels monthly.' is an action", "'Review.' is not (MA106)")
twin("p-recs-hv-check-cot", SI, P, item(PA_, "recommendations", "HV to check cot; his GP manages dose changes."),
     item(PA_, "recommendations", "As discussed."),
     "'HV to check cot.' is who does what", "'As discussed.' (MA106)")
twin("v-recs-do-not-stop", SI, V, item(VA_, "recommendations", "Do not stop."),
     item(VA_, "recommendations", "Nil."),
     "'Do not stop.' is the key instruction for valproate", "'Nil.' (MA106)")
twin("m-methadone-nwp-short", SI, M, item(MA_, "impact_on_baby.neonatal_withdrawal_plan",
                                           "Ward obs 72 hours; HV checks to day 8."),
     item(MA_, "impact_on_baby.neonatal_withdrawal_plan", "As per guideline."),
     "a terse but complete observation plan", "'As per guideline.' (MA125)")
bad("m-methadone-nwp-paeds-aware", SI, M, item(MA_, "impact_on_baby.neonatal_withdrawal_plan", "Paeds aware."),
    "'Paeds aware.' reports who knows, not the plan (MA125)")
ok("m-methadone-recs-short", SI, M, item(MA_, "recommendations", "Do not reduce without the drug service."),
   "a short recommendation naming who manages changes")
ok("c-recs-review-at-36-weeks", SI, C, item(CA_, "recommendations", "Review at 36 weeks."),
   "'Review at 36 weeks.' names when")
ok("f-bf-bottle-fed-short", SI, F, item(FA_, "impact_on_baby.breastfeeding", "Bottle fed; no exposure via milk."),
   "a short breastfeeding answer for a bottle-fed baby")
ok("l-bf-formula-fed-short", SI, L, item(LA_, "impact_on_baby.breastfeeding", "Formula fed: no lithium via milk."),
   "a short lithium breastfeeding answer for a formula-fed baby")
ok("c-summary-short", SI, C, item(CA_, "impact_on_baby.summary",
                                  "Small PPHN risk (about 3 in 1,000); adaptation signs possible in first days."),
   "a short but real impact on the baby")
ok("m-sertraline-summary-short", SI, M, item(SA_, "impact_on_baby.summary",
                                             "Small risk of PPHN and of a jittery, unsettled first few days."),
   "a short sertraline impact on the baby")
ok("p-recs-two-short-lines", SI, P, item(PA_, "recommendations", "HV to see crib each visit. GP to tell HV of dose "
                                     "changes."),
   "two short instructions")
ok("f-recs-short-do-not-stop-either", SI, F, item(FA_, "recommendations",
                                                  "Do not stop either suddenly. Slow diazepam taper from 6 weeks."),
   "short recommendations that keep the relapse/withdrawal answer")

N_SERT = medicine("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", "2026-04-05",
                  gp_prescriber(RIVERSIDE))
N_SERT_CONCL = ("Sertraline 50 mg for postnatal depression continues while breastfeeding: only tiny amounts reach the "
                "baby through breast milk, so the health visitor just checks feeding and weight gain, and treating "
                "her mood protects the baby's care.")
N_SERT_OV = ("Postnatal depression treated with sertraline 50 mg, started after the birth so the baby was never "
             "exposed in the womb; breastfeeding continues and the health visitor watches the baby's feeding and "
             "weight gain at each visit.")


def n_sert(*, recs: str = "Continue sertraline.", conclusion: str = N_SERT_CONCL, ov: str = N_SERT_OV,
           nwp: str = "No withdrawal expected: started after the birth, so no exposure in the womb.") -> Mutation:
    return chain(add_medicine(N_SERT), assessed(asm(
        "asm-sertraline", ["med-sertraline"], sed="no",
        cap="Low mood since the birth; started sertraline 50 mg on 5 April. Stopping early risks relapse.",
        summary="Not exposed in pregnancy; tiny amounts in breast milk. Baby feeding and gaining well.",
        nwp=nwp, bf="Compatible; low levels in milk.", recs=recs, concl=conclusion), ov=ov))


twin("n-sertraline-postnatal-short-items", SI, N, n_sert(), n_sert(recs="Continue."),
     "postnatal sertraline with short items: 'No withdrawal expected: ...', 'Continue sertraline.'",
     "the same record with 'Continue.' as the recommendation (MA106)")

# ============================================================================================================
# similar-medicines: two assessments of similar medicines, sharing structure and a sentence, each its own.

SM = "similar-medicines"

TEMAZ = medicine("med-temazepam", "Temazepam 10mg tablets", "10 mg at night", "2025-07-01", gp_prescriber(MILLBROOK))
F_DZ_A = dict(
    sed="yes", author=PRITCHARD, date="2026-06-12",
    cap="Diazepam 5 mg three times a day makes her drowsy for an hour or two after each dose.",
    ss="Must never share a bed, sofa or armchair with the baby; cot in the foster carer's room.",
    summary="Exposed to diazepam all through pregnancy: withdrawal signs up to day 8, and floppy, slow feeding at "
            "first.",
    nwp="Observed 5 days on the ward; foster carer and health visitor watch for late signs until day 8.",
    bf="Bottle fed by choice.",
    recs="Do not stop diazepam suddenly; slow reduction agreed at the six-week review.")
F_TZ_A = dict(
    sed="yes", author=PRITCHARD, date="2026-06-12",
    cap="Temazepam 10 mg at night leaves her hard to rouse until morning.",
    ss="Never to sleep with the baby in bed; the foster carer does every night feed.",
    summary="Exposed to temazepam at night through the third trimester: adds to the risk of withdrawal and of a "
            "sleepy baby in the first days.",
    nwp="Covered by the ward observation and the foster carer's watch until day 8.",
    bf="Bottle fed by choice.",
    recs="Temazepam to stop first, tapered over four weeks by the GP; not stopped abruptly.")
DZ_OWN = ("Diazepam continues for now, with a slow reduction from the six-week review. It makes her drowsy after "
          "each daytime dose, so she must never hold the baby on a sofa or armchair when tired. The baby may show "
          "late withdrawal until day 8.")
TZ_OWN = ("Temazepam is the first to be tapered, over four weeks, and is never stopped suddenly. It makes her hard "
          "to rouse at night, so the foster carer does every night feed and the baby sleeps in the foster carer's "
          "room. The baby may show late withdrawal until day 8.")
F_TWO_BENZO_OV = ("Diazepam by day and temazepam at night both sedate the mother and both can cause withdrawal: no "
                  "co-sleeping, night feeds by the foster carer, the baby watched until day 8; temazepam tapers "
                  "first, then diazepam.")


def f_two_benzos(dz: str, tz: str, ov: str = F_TWO_BENZO_OV) -> Mutation:
    return chain(replace_medicine("med-pregabalin", TEMAZ), assessed(
        asm("asm-diazepam", ["med-diazepam"], concl=dz, **F_DZ_A),  # type: ignore[arg-type]
        asm("asm-temazepam", ["med-temazepam"], concl=tz, **F_TZ_A),  # type: ignore[arg-type]
        ov=ov, author=PRITCHARD, date="2026-06-12"))


twin("f-two-benzodiazepines-own-conclusions", SM, F, f_two_benzos(DZ_OWN, TZ_OWN),
     f_two_benzos(DZ_OWN, DZ_OWN.replace("Diazepam", "Temazepam").replace("daytime", "night-time")),
     "diazepam and temazepam: one shared sentence, each conclusion its own plan",
     "the diazepam conclusion pasted under temazepam with the name swapped (MA121)")

LTG = medicine("med-lamotrigine", "Lamotrigine 100mg tablets", "100 mg twice a day", "2021-04-12",
               other_prescriber(NEUROLOGY))
LEV = medicine("med-levetiracetam", "Levetiracetam 500mg tablets", "500 mg twice a day", "2023-09-04",
               other_prescriber(NEUROLOGY))
AED_A = dict(sed="no", author=MCALLISTER, date="2026-05-20",
             ss="Not drowsy on either medicine; if a seizure occurs she should not sleep with the baby in her bed.",
             bf="Breastfeeding is possible on both; watch the baby for sleepiness or poor feeding.")
LTG_OWN = ("Lamotrigine continues at 100 mg twice a day; its levels fall in pregnancy, so neurology will check a "
           "level each trimester and adjust the dose. The risk of malformation for the baby is close to the "
           "background rate, and the detailed anomaly scan at 20 weeks will confirm it. Folic acid 5 mg continues "
           "until at least 12 weeks.")
LEV_OWN = ("Levetiracetam continues at 500 mg twice a day with no routine levels, and neurology will raise the dose "
           "only if seizures return. The baby's risk of malformation is low, and the detailed anomaly scan at 20 "
           "weeks will check the heart and spine. Folic acid 5 mg continues until at least 12 weeks.")
AED_OV = ("Unplanned pregnancy at 8 weeks on lamotrigine and levetiracetam: both continue, never stopped "
          "suddenly; lamotrigine levels each trimester; low malformation risk for the baby, detailed anomaly scan at "
          "20 weeks; folic acid 5 mg; breastfeeding possible on both.")


def v_two_aeds(ltg: str, lev: str) -> Mutation:
    return chain(replace_medicine("med-valproate", LTG), add_medicine(LEV), assessed(
        asm("asm-lamotrigine", ["med-lamotrigine"], concl=ltg,
            cap="Juvenile myoclonic epilepsy; seizure-free on lamotrigine with levetiracetam. Stopping either risks "
                "seizures.",
            summary="Lamotrigine exposure up to 8 weeks: malformation risk close to background. Anomaly scan needed.",
            recs="Do not stop. Lamotrigine level now and each trimester; neurology to adjust.",
            **AED_A),  # type: ignore[arg-type]
        asm("asm-levetiracetam", ["med-levetiracetam"], concl=lev,
            cap="Levetiracetam added in 2023 after breakthrough seizures; stopping risks seizures again.",
            summary="Levetiracetam exposure up to 8 weeks: low malformation risk. Anomaly scan needed.",
            recs="Do not stop. Neurology to review the dose at the joint epilepsy antenatal clinic.",
            **AED_A),  # type: ignore[arg-type]
        ov=AED_OV, author=MCALLISTER, date="2026-05-20"))


twin("v-two-antiepileptics-own-conclusions", SM, V, v_two_aeds(LTG_OWN, LEV_OWN),
     v_two_aeds(LTG_OWN, LTG_OWN.replace("Lamotrigine", "Levetiracetam")),
     "lamotrigine and levetiracetam: shared folic acid sentence and structure, each its own levels and scan",
     "the lamotrigine conclusion pasted under levetiracetam (MA121)")

VENLA = medicine("med-venlafaxine", "Venlafaxine 37.5mg tablets", "37.5 mg twice a day (cross-taper)",
                 "2026-01-20", gp_prescriber(CASTLE_STREET))
CIT_OWN = ("Citalopram is being reduced to 10 mg over two weeks as venlafaxine takes over, never stopped suddenly. "
           "Late-pregnancy SSRI exposure means a small risk of PPHN and jittery, poorly feeding first days. The "
           "midwife will watch the baby for adaptation symptoms for 48 hours after birth.")
VEN_OWN = ("Venlafaxine starts at 37.5 mg twice a day because citalopram alone did not hold her mood. Venlafaxine "
           "near birth can cause more marked adaptation in the baby (tremor, irritability, poor feeding). The "
           "midwife will watch the baby for adaptation symptoms for 48 hours after birth.")
CV_OV = ("Cross-taper from citalopram to venlafaxine under the GP, never stopped abruptly: relapse would harm her "
         "and the baby. The baby is watched for adaptation symptoms for 48 hours, with paediatric review if they "
         "persist; breastfeeding is supported on venlafaxine.")


def c_ssri_snri(cit: str, ven: str) -> Mutation:
    return chain(add_medicine(VENLA), set_(f"assessments#{CA_}.conclusion", cit), lambda d: d["assessments"].append(
        asm("asm-venlafaxine", ["med-venlafaxine"], sed="no", author=MCALLISTER, date="2026-02-10",
            cap="Mood slipping on citalopram alone; venlafaxine started on 20 January. Stopping risks relapse.",
            summary="Venlafaxine near birth: risk of neonatal adaptation (tremor, irritability, poor feeding).",
            nwp="Midwife to watch for adaptation symptoms for 48 hours; paediatric review if they persist.",
            bf="Compatible with breastfeeding; watch for poor feeding.",
            recs="Continue venlafaxine 37.5 mg twice a day; GP review in two weeks.", concl=ven)),
        overall(CV_OV))


twin("c-ssri-snri-own-conclusions", SM, C, c_ssri_snri(CIT_OWN, VEN_OWN),
     c_ssri_snri(CIT_OWN, CIT_OWN.replace("Citalopram", "Venlafaxine").replace("as venlafaxine takes over",
                                                                                "as citalopram tails off")),
     "citalopram and venlafaxine in a cross-taper: one shared sentence, each its own decision",
     "the citalopram conclusion pasted under venlafaxine with the names swapped (MA121)")

F_JOINT = ("Diazepam and pregabalin both continue for now and both sedate: the mother never shares a bed, sofa or "
           "armchair with the baby and never feeds lying down; the foster carer does the night feeds. The baby may "
           "withdraw late, up to day 8, so the foster carer and health visitor watch; diazepam reduces slowly "
           "from six weeks.")
ok("f-joint-repeated-as-overall", SM, F, chain(concl(FA_, F_JOINT), overall(F_JOINT)),
   "a joint assessment naming both medicines, repeated word for word as the overall conclusion (allowed)")

M_JOINT = ("Methadone 60 mg and sertraline 100 mg both continue: stopping either risks relapse. The baby needs at "
           "least 72 hours of withdrawal and adaptation observation on the ward, with health visitor checks to day "
           "8; breastfeeding is encouraged; methadone makes her drowsy, so no co-sleeping and the cot is checked.")


def m_joint(ov: str) -> Mutation:
    def mutate(doc: Record) -> None:
        first = doc["assessments"][0]
        first["medicine_ids"] = ["med-methadone", "med-sertraline"]
        first["conclusion"] = M_JOINT
        del doc["assessments"][1]
        doc["overall_conclusion"]["text"] = ov

    return mutate


ok("m-joint-repeated-as-overall", SM, M, m_joint(M_JOINT),
   "one joint methadone and sertraline assessment repeated as the overall conclusion (allowed)")
M_OWN_MA = ("Methadone stays at 60 mg to delivery. The baby will be scored for withdrawal for at least 72 hours on "
            "the ward; breastfeeding helps and is encouraged. She is sleepy after the dose, so no co-sleeping.")
bad("m-overall-repeats-methadone-only", SM, M, chain(concl(MA_, M_OWN_MA), overall(M_OWN_MA)),
    "two assessments and the overall conclusion repeats the methadone one, never naming sertraline (MA121/MA119)")
ok("m-two-similar-but-own", SM, M, chain(concl(MA_, M_OWN_MA), concl(SA_, (
    "Sertraline stays at 100 mg to delivery. The baby will be watched for SSRI adaptation and PPHN alongside the "
    "withdrawal scoring; breastfeeding is compatible. Stopping it would risk her depression returning."))),
   "methadone and sertraline conclusions with the same shape, each about its own medicine")

# ============================================================================================================
# sedation-coded: sedation "no" beside drowsiness in the past, in the baby, hypothetically, or asked and denied.

SC = "sedation-coded"

twin("m-sertraline-drowsy-in-past", SC, M, item(SA_, "impact_on_mother.parenting_capacity", (
    "Mood stable on 100 mg. She felt drowsy in the first fortnight on sertraline last year; not now. Stopping "
    "risks relapse.")),
    item(SA_, "impact_on_mother.parenting_capacity", (
        "Mood stable on 100 mg, but she is drowsy and hard to wake most mornings since the dose went up. Stopping "
        "risks relapse.")),
    "drowsiness in the past, with sedation 'no'",
    "drowsy and hard to wake now, with sedation 'no' (MA127)")
twin("c-asked-drowsy-answered-no", SC, C, item(CA_, "impact_on_mother.parenting_capacity", (
    "Anxiety and depression controlled on citalopram 20 mg; relapse within six weeks when she last stopped. Asked "
    "whether citalopram makes her drowsy: no.")),
    item(CA_, "impact_on_mother.parenting_capacity", (
        "Anxiety and depression controlled on citalopram 20 mg; relapse within six weeks when she last stopped. "
        "Sleepy for hours after each dose; her mother helps in the mornings.")),
    "a question about drowsiness answered no",
    "sleepy for hours after each dose, coded 'no' (MA127)")
twin("l-hypothetical-drowsy-safe-sleep", SC, L, item(LA_, "impact_on_mother.safe_sleep", (
    "Lithium is not sedating at this level. If she becomes drowsy after any added medicine, the baby sleeps in the "
    "cot, never in her bed; safe sleep advice given.")),
    item(LA_, "impact_on_mother.safe_sleep", (
        "She is very sleepy in the evenings on lithium and dozes on the sofa; safe sleep advice given.")),
    "drowsiness only as a condition",
    "sleepy and dozing on the sofa, coded 'no' (MA127)")
ok("l-baby-drowsy-in-capacity", SC, L, item(LA_, "impact_on_mother.parenting_capacity", (
    "Well on lithium for four years; high risk of postpartum relapse if stopped. Watch the baby for drowsiness and "
    "floppiness after birth.")),
   "drowsiness of the baby, not the mother")
ok("v-hypothetical-seizure-sleepy", SC, V, item(VA_, "impact_on_mother.safe_sleep", (
    "Not drowsy on valproate. If a seizure leaves her sleepy, another adult takes the baby and she does not sleep "
    "with the baby.")),
   "sleepiness after a hypothetical seizure")
ok("m-sertraline-baby-sleepy-conclusion", SC, M, concl(SA_, (
    "Sertraline 100 mg continues: relapse would harm her and the baby's care. The baby may be sleepy, jittery or "
    "slow to feed in the first days, so the midwife watches for adaptation alongside withdrawal scoring; "
    "breastfeeding is fine.")),
   "a sleepy baby in the conclusion, sedation 'no' for the mother")
ok("c-recs-if-drowsy", SC, C, item(CA_, "recommendations", (
    "Continue citalopram 20 mg. Tell the GP if she feels drowsy after any dose change. Mood review at 6 weeks.")),
   "a conditional drowsiness instruction")
ok("m-sertraline-not-drowsy-at-dose", SC, M, item(SA_, "impact_on_mother.parenting_capacity", (
    "Mood stable on 100 mg; not drowsy at this dose, alert through the day. Stopping risks relapse.")),
   "drowsiness negated")
ok("c-baby-drowsy-at-birth", SC, C, concl(CA_, (
    "Citalopram 20 mg continues; relapse is likely without it. If the baby is drowsy, jittery or breathing fast at "
    "birth, the midwife calls the paediatrician; breastfeeding is supported.")),
   "a drowsy baby, conditionally, in the conclusion with sedation 'no'")
ok("c-watch-for-sedation-baby", SC, C, item(CA_, "impact_on_baby.breastfeeding", (
    "Compatible with breastfeeding; watch the baby for sedation, drowsiness or poor feeding.")),
   "sedation watched for in the baby")
twin("p-partner-spare-room", SC, P, item(PA_, "impact_on_mother.safe_sleep", (
    "He sleeps in the spare room on the nights he takes quetiapine; the baby's crib stays beside the mother and he "
    "never takes the baby into bed or onto the sofa.")),
    item(PA_, "impact_on_mother.safe_sleep", "N/A as partner."),
    "the partner's sleeping arrangements answer safe sleep",
    "'N/A as partner' dismisses it (MA123)")
twin("p-partner-far-side-of-bed", SC, P, item(PA_, "impact_on_mother.safe_sleep", (
    "Baby in a Moses basket in the parents' room on the mother's side; the father does not lift the baby at night "
    "after his dose and never dozes with the baby on the sofa.")),
    item(PA_, "impact_on_mother.safe_sleep", "Safe sleep advice given."),
    "the partner's night care and where the baby sleeps",
    "the item's question restated (MA125)")
ok("p-partner-daytime-naps", SC, P, item(PA_, "impact_on_mother.safe_sleep", (
    "He takes quetiapine at 10 pm and is groggy till morning, so he does no night feeds and never naps with the "
    "baby on the sofa the next morning; the baby sleeps in the crib beside the mother.")),
   "the partner's drowsiness described truthfully with sedation 'yes'")

# ============================================================================================================
# womb-course-baby-medicines: scan results, limited courses, medicines for the baby or advised against.

WB = "womb-course-baby-medicines"

ok("l-summary-echo-result", WB, L, item(LA_, "impact_on_baby.summary", (
    "Fetal echocardiogram at 20 weeks: normal four-chamber heart and outflow tracts. Near birth lithium can make the "
    "baby floppy, drowsy and slow to feed; paediatric review after birth.")),
   "the scan result in the baby's summary answers harm in the womb")
L_RECS_NO_TEAM = ("Lithium levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth. Keep well "
                  "hydrated in labour. Deliver in hospital.")
L_SUMMARY_NO_SCAN = ("Near birth lithium in the baby can cause floppiness, poor feeding and thyroid problems; "
                     "paediatric review after birth.")
twin("l-scan-result-in-conclusion", WB, L, chain(item(LA_, "impact_on_baby.summary", L_SUMMARY_NO_SCAN),
                                                  item(LA_, "recommendations", L_RECS_NO_TEAM), concl(LA_, (
    "Lithium continues, because relapse after birth is the greater danger. Early exposure raised the risk of a "
    "heart malformation, but the detailed fetal heart scan at 20 weeks was normal. The baby needs a paediatric "
    "review and a lithium level at birth; formula feeding."))),
    chain(item(LA_, "impact_on_baby.summary", L_SUMMARY_NO_SCAN), item(LA_, "recommendations", L_RECS_NO_TEAM),
          concl(LA_, (
        "Lithium continues, because relapse after birth is the greater danger. The baby needs a paediatric review "
        "and a lithium level at birth; formula feeding."))),
    "the scan result in the conclusion answers harm in the womb",
    "nothing anywhere about harm in the womb (MA122 teratogenicity)")
ok("v-pending-20-week-scan", WB, V, concl(VA_, (
    "Valproate continues until neurology review, never stopped suddenly. The 8-week viability scan showed a "
    "heartbeat; the risk of malformation for the baby remains, pending the 20-week anomaly scan and early fetal "
    "medicine review, both requested today; folic acid 5 mg started.")),
   "a scan result and 'pending the 20-week scan' beside the decision")

ZOP = medicine("med-zopiclone", "Zopiclone 3.75mg tablets", "3.75 mg at night for 5 nights only", "2026-04-09",
               gp_prescriber(RIVERSIDE))
ZOP_CONCL = ("Zopiclone 3.75 mg for 5 nights only to reset her sleep: the baby was not exposed in pregnancy, only "
             "small amounts reach breast milk, and on those nights her partner does the night feeds and she never "
             "sleeps with the baby in bed or on the sofa.")
ZOP_OV = ("A five-night course of zopiclone while breastfeeding: partner does night feeds on those nights, no bed or "
          "sofa sharing, baby watched for unusual sleepiness; five nights is too short for dependence, so stopping "
          "after the course is safe.")


def n_zop(conclusion: str) -> Mutation:
    return chain(add_medicine(ZOP), assessed(asm(
        "asm-zopiclone", ["med-zopiclone"], sed="yes",
        cap="Exhausted and not sleeping two weeks after the birth; drowsy for the night after each dose.",
        ss="Baby in the Moses basket; on zopiclone nights her partner does the night feeds and she never sleeps "
           "with the baby in bed or on the sofa.",
        summary="Not exposed in pregnancy; small amounts pass into breast milk, so watch for the baby being "
                "unusually sleepy or feeding poorly.",
        nwp="No withdrawal expected: started after the birth, five nights only.",
        bf="Short course compatible with breastfeeding; feed before the dose.",
        recs="Zopiclone 3.75 mg for 5 nights only, then stop; no repeat. Stopping after five nights is safe: too "
             "short for dependence.",
        concl=conclusion), ov=ZOP_OV))


twin("n-zopiclone-five-nights", WB, N, n_zop(ZOP_CONCL), n_zop("Zopiclone for 5 nights only."),
     "a limited course of a z-drug while breastfeeding, with the night plan",
     "the course named and nothing else (MA104/MA124)")
twin("m-morphine-for-baby-named", WB, M, concl(MA_, (
    "Methadone 60 mg continues. The baby will be scored for withdrawal for at least 72 hours and, if scores stay "
    "high, treated with oral morphine on the neonatal unit; breastfeeding helps and is encouraged. She is sleepy "
    "after her dose, so no co-sleeping, cot checked at home.")),
    concl(MA_, (
        "Methadone 60 mg continues and she also takes morphine sulfate for back pain. The baby will be scored for "
        "withdrawal for at least 72 hours; breastfeeding encouraged. She is sleepy after her dose, so no "
        "co-sleeping.")),
    "oral morphine for the baby's NAS named in the conclusion",
    "morphine she takes, absent from the medicine list (MA120)")
ok("f-overall-morphine-neonatal-unit", WB, F, overall(
    "Diazepam and pregabalin continue; the mother is sedated, so no co-sleeping and the foster carer does night "
    "feeds. If late withdrawal is severe the baby may need morphine on the neonatal unit; foster carer and health "
    "visitor watch until day 8."),
   "morphine for the baby in the overall conclusion")
ok("n-sertraline-no-codeine", WB, N, n_sert(conclusion=(
    "Sertraline 50 mg continues while breastfeeding; the baby gets only a tiny dose through breast milk, so the "
    "health visitor checks feeding and weight. No codeine for her pain while breastfeeding: the baby could become "
    "drowsy.")),
   "codeine advised against in the conclusion")
twin("p-overall-no-codeine", WB, P, overall(
    "Paracetamol for the mother, but no codeine while she breastfeeds. The father's quetiapine sedates him at "
    "night: he never shares a bed, sofa or armchair with the baby and does no night feeds after his dose; the "
    "health visitor checks the crib."),
    overall(
        "The mother takes tramadol for pain as well as paracetamol. The father's quetiapine sedates him at night: he "
        "never shares a bed, sofa or armchair with the baby and does no night feeds after his dose."),
    "codeine advised against for the mother, partner's safe sleep decided",
    "tramadol the mother takes is not in the list (MA120)")
ok("n-overall-no-codeine-or-co-codamol", WB, N, n_sert(ov=(
    "Postnatal depression treated with sertraline 50 mg, started after the birth so the baby was never exposed in "
    "the womb; breastfeeding continues with the health visitor watching feeding and weight; no codeine or "
    "co-codamol for her perineal pain while feeding, paracetamol instead.")),
   "codeine and co-codamol both advised against in one phrase")
ok("c-overall-avoid-codeine", WB, C, overall(
    "Citalopram 20 mg continues; the midwife watches the baby for adaptation symptoms for 48 hours. After the birth "
    "avoid codeine-based painkillers while breastfeeding; paracetamol and ibuprofen are fine. Mood review at 6 "
    "weeks."),
   "codeine-based painkillers advised against")
ok("m-sertraline-not-paroxetine", WB, M, concl(SA_, (
    "Sertraline 100 mg continues; do not switch to paroxetine, which is avoided in pregnancy. The baby may have mild "
    "adaptation symptoms, watched for by the midwife; breastfeeding is compatible.")),
   "a medicine advised against by name")
ok("f-limited-course-reduction", WB, F, item(FA_, "recommendations", (
    "Do not stop either suddenly. Diazepam to reduce by 1 mg a fortnight from the six-week review; pregabalin "
    "unchanged for 3 months only, then review.")),
   "a time-limited plan in the recommendations")

# ============================================================================================================
# names-as-typed: brands, misspellings and abbreviations, with medicines of no concern beside them.

NT = "names-as-typed"

PRIADEL = {"id": "med-lithium", "name": "Priadel 400mg MR tabs", "dose": "800 mg nocte", "started": "2021-03-15",
           "last_changed": "2025-08-04", "prescriber": gp_prescriber({"ods_code": "Y90004",
                                                                      "name": "Northgate Health Centre"})}
twin("l-li-abbreviation", NT, L, chain(replace_medicine("med-lithium", PRIADEL), concl(LA_, (
    "Li (Priadel) continues: stopping risks puerperal psychosis. Li levels monthly then weekly from 36/40; baby "
    "needs paeds review and a Li level at birth; formula feeding as Li passes into breast milk."))),
    chain(replace_medicine("med-lithium", PRIADEL), concl(LA_, (
        "The mood stabiliser continues: stopping risks puerperal psychosis. Levels monthly then weekly from 36/40; "
        "baby needs paeds review at birth; formula feeding."))),
    "'Li' and the brand Priadel, as typed",
    "the conclusion never names lithium by any name (MA119)")
ok("v-vpa-abbreviation", NT, V, concl(VA_, (
    "VPA (Epilim) continues until urgent neuro review - do not stop abruptly. Baby exposed in 1st trimester: fetal "
    "medicine review and detailed anomaly scan booked; folic acid 5 mg started today.")),
   "'VPA' and the brand Epilim")
LAMICTAL = medicine("med-valproate", "Lamictal 100mg tablets", "100 mg bd", "2019-09-02", gp_prescriber(CASTLE_STREET))
LTG_CONCL = ("LTG continues at 100 mg bd; levels each trimester as they fall in pregnancy; baby: detailed anomaly "
             "scan at 20 weeks; breastfeeding fine, watch baby for rash or poor feeding.")
twin("v-ltg-abbreviation", NT, V, chain(replace_medicine("med-valproate", LAMICTAL), concl(VA_, LTG_CONCL), overall(
    "Lamotrigine (Lamictal) continues, never stopped suddenly; levels each trimester; detailed anomaly scan for the "
    "baby at 20 weeks; folic acid 5 mg; breastfeeding possible.")),
    chain(replace_medicine("med-valproate", LAMICTAL), concl(VA_, LTG_CONCL.replace("LTG", "The antiepileptic")),
          overall("Lamotrigine (Lamictal) continues, never stopped suddenly; levels each trimester; detailed anomaly "
                  "scan for the baby at 20 weeks; folic acid 5 mg; breastfeeding possible.")),
    "'LTG' for lamotrigine listed as Lamictal",
    "'the antiepileptic' names no medicine (MA119)")
ok("m-misspelt-methadon", NT, M, concl(MA_, (
    "Methadon 60 mg continues to delivery; baby to be scored for withdrawal 72 hours minimum on the postnatal ward; "
    "breastfeeding encouraged; drowsy after dose so no co-sleeping.")),
   "'Methadon' as typed")
ok("m-misspelt-setraline", NT, M, concl(SA_, (
    "Setraline 100 mg continues as relapse risk is high; baby may have adaptation symptoms or PPHN, midwife to "
    "watch; breastfeeding compatible.")),
   "'Setraline' as typed")
F_TYPED = [
    {"id": "med-diazepam", "name": "Diazepam 5mg tabs", "dose": "5 mg tds", "started": "2025-10-20",
     "last_changed": "2026-02-16", "prescriber": gp_prescriber(MILLBROOK)},
    {"id": "med-pregabalin", "name": "Lyrica 75mg caps", "dose": "150 mg bd", "started": "2025-07-01",
     "last_changed": "2026-01-12", "prescriber": gp_prescriber(MILLBROOK)},
]
twin("f-typed-names-lyrica", NT, F, chain(set_("medicines", F_TYPED), concl(FA_, (
    "Diazepam and Lyrica continue; both make mum drowsy, so no co-sleeping and no feeding lying down, foster carer "
    "does the night feeds; baby watched for late withdrawal to day 8; slow diazepam wean from 6 weeks."))),
    chain(set_("medicines", F_TYPED), concl(FA_, (
        "Lyrica continues; it makes mum drowsy, so no co-sleeping and no feeding lying down, foster carer does the "
        "night feeds; baby watched for late withdrawal to day 8."))),
    "medicines listed as typed, conclusion naming the brand",
    "the conclusion omits diazepam (MA119)")
ok("p-seroquel-brand", NT, P, concl(PA_, (
    "Dad's Seroquel 300 mg at night knocks him out, so he never sleeps with the baby on a bed, sofa or chair and "
    "does no night feeds; baby in her own crib by mum.")),
   "the partner's medicine named by brand")
ok("c-cipramil-brand", NT, C, concl(CA_, (
    "Cipramil 20 mg continues: she relapsed when she stopped before. The baby may be jittery or feed poorly for a "
    "day or two; midwife watches for 48 hours; breastfeeding fine.")),
   "citalopram by its brand Cipramil")
ok("m-no-concern-beside", NT, M, chain(
    add_medicine(medicine("med-ferrous", "Ferrous fumarate 210mg tablets", "210 mg twice a day", "2026-01-10",
                          gp_prescriber(RIVERSIDE))),
    add_medicine(medicine("med-gaviscon", "Gaviscon Advance oral suspension", "10 ml after meals", "2026-01-10",
                          gp_prescriber(RIVERSIDE))),
    overall("Methadone and sertraline continue unchanged (iron and Gaviscon raise no concern). Baby: withdrawal "
            "observation for at least 72 hours, breastfeeding supported, no co-sleeping after her methadone dose.")),
   "iron and Gaviscon listed and mentioned beside the medicines of concern")
ok("m-overall-abbreviations", NT, M, overall(
    "Methadone + sertraline continue. Baby: NAS obs 72 h min on PNW, HV to day 8; BF encouraged; no co-sleeping "
    "(sedated post-dose); SW and HV to see cot pre-discharge."),
   "clinical abbreviations as typed in the overall conclusion")
ok("v-epilim-chrono-listed", NT, V, chain(
    replace_medicine("med-valproate", medicine("med-valproate", "Epilim Chrono 500mg", "500 mg bd", "2019-09-02",
                                               gp_prescriber(CASTLE_STREET))),
    concl(VA_, ("Epilim continues until neurology reviews it; never stop suddenly. The baby was exposed in the "
                "first trimester: fetal medicine and a detailed anomaly scan; folic acid 5 mg from today."))),
   "valproate listed and concluded by brand")

# ============================================================================================================
# disguise: good records with look-alike letters or invisible characters still pass.

DG = "disguise"

ok("m-methadone-cyrillic", DG, M, concl(MA_, homoglyphs(
    "Methadone continues at 60 mg; the baby is scored for withdrawal for three days on the ward; breastfeeding "
    "encouraged; sleepy after the dose, so the baby always sleeps in the cot.", "aeo")),
   "a good methadone conclusion with Cyrillic look-alikes (MA115 warns)")
ok("l-lithium-zero-width", DG, L, concl(LA_, inside_words(
    "Lithium continues because relapse after birth is likely without it; paediatric review and a lithium level for "
    "the baby at birth; formula feeding; fetal heart scan was normal.", "\u200b")),
   "a good lithium conclusion with zero-width spaces")
ok("p-partner-full-width", DG, P, concl(PA_, full_width(
    "Father's quetiapine: heavily sedated at night, so never in bed or on the sofa with the baby; no night feeds by "
    "him; crib by the mother.")),
   "a good partner conclusion in full-width letters")
ok("f-pointer-greek", DG, F, concl(FA_, homoglyphs(
    "See also the placement plan. Diazepam and pregabalin continue; no co-sleeping or feeding lying down; foster "
    "carer does night feeds; baby watched for withdrawal until day 8.", "aeio", variant=1)),
   "a pointer beside a decision, with Greek look-alikes")
ok("c-overall-soft-hyphens", DG, C, overall(inside_words(
    "Citalopram continues through pregnancy and breastfeeding; midwife watches the baby for jitteriness and poor "
    "feeding for 48 hours.", "\u00ad")),
   "a good overall conclusion with soft hyphens")
ok("v-valproate-odd-spaces", DG, V, concl(VA_, swap_spaces(
    "Valproate continues until the neurologist sees her; never stopped suddenly. The baby was exposed early, so "
    "fetal medicine review and a detailed anomaly scan are booked; folic acid 5 mg daily.")),
   "a good valproate conclusion with no-break and thin spaces")
bad("m-sertraline-pointer-cyrillic", DG, M, concl(SA_, homoglyphs("Sertraline: see perinatal team letter.", "eo")),
    "a bare pointer disguised with Cyrillic letters (MA103)")
bad("v-pending-zero-width", DG, V, concl(VA_, inside_words("Valproate: pending neurology review.", "\u200d")),
    "a bare deferral disguised with zero-width joiners (MA103)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F10CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:28} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F10CASES), "refuse", sum(c.expect == REFUSE for c in F10CASES),
          "total", len(F10CASES))
