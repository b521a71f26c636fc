"""An eighth, independent batch of red-team cases for the share gate (the sixth "fresh" batch).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give.
It was written from the clinical intent and the rule catalogue (docs/rules.md, README.md), not from the gate's
code, and covers angles the earlier batches touched lightly:

* polypharmacy: three to five medicines (methadone + pregabalin + mirtazapine, lamotrigine + sertraline +
  promethazine, a partner on two sedating medicines), assessed jointly and separately, against records in which
  one medicine is silently left out of every conclusion, a conclusion covers the wrong medicine, or one
  conclusion is pasted across two medicines;
* class-specific concerns: each class's own concerns (opioid substitution: neonatal abstinence and breastfeeding;
  antiepileptics: harm in the womb, folic acid, specialist plan; lithium: levels, toxicity, neonatal checks;
  benzodiazepines, z-drugs, sedating antihistamines and gabapentinoids: sedation and co-sleeping; SSRIs:
  neonatal adaptation) answered in clinicians' own words, against conclusions that answer another class's
  concern only;
* dose changes: increases, split doses, tapers, switches and restarts, dated before or after the assessment;
* dates: leap days (29 February 2024 is a date, 29 February 2025 is not), an assessment on the day of delivery,
  attestation the same day (also just after midnight in British Summer Time), pre-conception advice; impossible
  dates (30 February, month 13), a baby born before conception, an EDD that disagrees with the gestation;
* routes: MESH mailbox ids, MLLP hosts and ports, FHIR base URLs, manual hand-overs, ODS codes and social
  workers' telephone numbers that can and cannot deliver (MA306-MA311);
* disguise: must-pass and must-refuse texts, each written plain and disguised (Cyrillic and Greek look-alike
  letters, zero-width characters, soft hyphens, full-width letters), so that each pair must get one verdict.

Only real medicines and UK brands are used; no clinical code is invented: medicines added here are recorded
uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh6_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    DRUG_SERVICE,
    MCALLISTER,
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
    chain,
    delete,
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F6CASES: list[Case] = []

CATEGORIES = (
    "ok-polypharmacy",
    "bad-polypharmacy",
    "ok-class-specific",
    "bad-wrong-concern",
    "ok-dose-change",
    "bad-dose-change",
    "ok-dates-edge",
    "bad-dates",
    "ok-routes",
    "bad-routes",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F6CASES.append(Case(f"f6-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)

# The clinicians of the examples (same names, registrations and organisations).
COLE = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": RIVERSIDE,
}
OSEI = {
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "registration": {"body": "GMC", "number": "7056789"},
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
ELM_PARK = {"ods_code": "Y90005", "name": "Elm Park Surgery"}
NORTHGATE = {"ods_code": "Y90004", "name": "Northgate Health Centre"}
CASTLE_STREET = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
NORTHGATE_PMH = {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"}


def asm(aid: str, mids: list[str], *, sed: str, cap: str, summary: str, recs: str, concl: str,
        ss: str | None = None, nwp: str | None = None, bf: str | None = None, author: Record = SHAH,
        date: str = "2026-03-02") -> Record:
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
            "recommendations": recs, "conclusion": concl, "author": author, "date": date}


def whole(aid: str, **texts: str) -> Mutation:
    """Every free-text answer of one existing assessment replaced (its author, date and medicines kept)."""

    def mutate(doc: Record) -> None:
        pos = next(i for i, x in enumerate(doc["assessments"]) if x["id"] == aid)
        old = doc["assessments"][pos]
        doc["assessments"][pos] = asm(aid, old["medicine_ids"], author=old["author"], date=old["date"], **texts)

    return mutate


def meds(*medicines: Record) -> Mutation:
    return set_("medicines", list(medicines))


def assessed(*assessments: Record, ov: str, author: Record = SHAH, date: str = "2026-03-02") -> Mutation:
    """The record's assessments and overall conclusion replaced."""
    return chain(set_("assessments", list(assessments)),
                 set_("overall_conclusion", {"text": ov, "author": author, "date": date}))


# ============================================================================================================
# Polypharmacy. Antenatal (M: 29+2 weeks on 2026-03-02, breastfeeding intended, child protection plan):
# methadone from the drug service, with pregabalin, mirtazapine and promethazine from the GP.

METHADONE = {
    "id": "med-methadone",
    "code": {"system": "https://dmd.nhs.uk", "code": "36120711000001104", "display": "Methadone 1mg/ml oral solution"},
    "name": "Methadone 1mg/ml oral solution",
    "dose": "60 mg (60 ml) once daily, supervised consumption",
    "started": "2024-11-04",
    "last_changed": "2025-12-01",
    "prescriber": other_prescriber(DRUG_SERVICE),
}
PREGABALIN = medicine("med-pregabalin", "Pregabalin 75mg capsules", "75 mg twice a day", "2025-04-14",
                      gp_prescriber(RIVERSIDE), last_changed="2025-09-01")
MIRTAZAPINE = medicine("med-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night", "2025-10-06",
                       gp_prescriber(RIVERSIDE))
PROMETHAZINE = medicine("med-promethazine", "Promethazine hydrochloride 25mg tablets",
                        "25 mg at night when needed for itching", "2026-01-19", gp_prescriber(RIVERSIDE))
DIAZEPAM_M = medicine("med-diazepam", "Diazepam 2mg tablets", "2 mg up to three times a day", "2025-05-12",
                      gp_prescriber(RIVERSIDE))

POLY_METH = asm(
    MA, ["med-methadone"], sed="yes",
    cap="On methadone 60 mg supervised for over a year; no on-top use reported by her key worker. Drowsiest "
        "mid-morning, a couple of hours after the dose.",
    ss="Never to sleep with the baby in her bed or on the sofa after a dose; a cot in the parents' room is ready.",
    summary="Methadone throughout pregnancy: neonatal abstinence syndrome is likely, usually from day 2 or 3, "
            "occasionally as late as day 8.",
    nwp="At least 72 hours on the postnatal ward with NAS scoring under the local guideline; health visitor "
        "checks for late signs until day 8.",
    bf="Breastfeeding on a stable methadone dose is encouraged; it can ease the baby's withdrawal.",
    recs="The drug service alone changes the methadone dose and tells maternity and the health visitor the "
         "same week; no sudden reduction.",
    concl="Methadone 60 mg continues unchanged through pregnancy. Her baby will probably show neonatal "
          "abstinence signs, so at least 72 hours of NAS scoring on the ward; she is encouraged to breastfeed, "
          "and because she is drowsy after a dose the baby sleeps in the cot, never her bed or the sofa.")
POLY_PREG = asm(
    "asm-pregabalin", ["med-pregabalin"], sed="yes",
    cap="Pregabalin 75 mg twice a day for generalised anxiety since April 2025; adds to the drowsiness of "
        "methadone in the evening.",
    ss="Same advice as for methadone: with two sedating medicines she must never share a bed, sofa or armchair "
       "with the baby.",
    summary="Taken through the first trimester: a small rise in the chance of a major malformation (about 6 in "
            "100 against 4 in 100); the 20-week anomaly scan was normal. Pregabalin can add to withdrawal "
            "signs after birth.",
    nwp="Covered by the methadone observation plan: NAS scoring for at least 72 hours, late signs to day 8.",
    bf="Little data for pregabalin in breast milk; breastfeeding supported with the baby watched for "
       "sleepiness and poor feeding.",
    recs="GP to review whether pregabalin is still needed at 34 weeks; any reduction slowly over at least a "
         "week, never stopped suddenly.",
    concl="Pregabalin continues for now, reviewed at 34 weeks. It was taken in the first trimester, with a "
          "small added risk of malformation for the baby; the anomaly scan was normal. It adds to her "
          "sedation and to the baby's withdrawal, both already planned for; breastfeeding with the baby "
          "watched for sleepiness.")
POLY_MIRT = asm(
    "asm-mirtazapine", ["med-mirtazapine"], sed="yes",
    cap="Mirtazapine 15 mg at night for depression since October 2025, after sertraline did not suit her; "
        "mood much better, sleeps heavily after the dose.",
    ss="Heavy sleep after the night-time dose: the baby sleeps in the cot, and night feeds after the dose "
       "are done by her partner.",
    summary="Late-pregnancy antidepressant exposure: possible neonatal adaptation signs (jitteriness, poor "
            "feeding, breathing fast) in the first days.",
    nwp="Midwife watches for adaptation signs alongside the NAS scoring.",
    bf="Compatible with breastfeeding at this dose; watch the baby for drowsiness.",
    recs="Continue mirtazapine; stopping it suddenly risks relapse of depression and discontinuation symptoms. "
         "GP reviews mood at the postnatal check.",
    concl="Mirtazapine 15 mg continues, since stopping risks relapse. The baby may have short-lived adaptation "
          "signs, watched for with the NAS scoring; breastfeeding is fine; because she sleeps heavily after "
          "the dose the partner does the night feeds and the baby stays in the cot.")
POLY_OV = ("Methadone, pregabalin and mirtazapine all continue, pregabalin reviewed at 34 weeks. Together they "
           "make her drowsy, so no bed, sofa or armchair sharing with the baby, and her partner does the night "
           "feeds. The baby needs at least 72 hours of NAS scoring on the ward and health visitor checks to day "
           "8; breastfeeding is supported; the 20-week scan after first-trimester pregabalin was normal.")
THREE_M = meds(METHADONE, PREGABALIN, MIRTAZAPINE)

ok("poly-meth-preg-mirt-separate", "ok-polypharmacy", M, chain(THREE_M, assessed(POLY_METH, POLY_PREG, POLY_MIRT,
                                                                                   ov=POLY_OV)),
   "three medicines, each assessed on its own, overall conclusion names all three")

POLY_JOINT = asm(
    "asm-joint", ["med-methadone", "med-pregabalin", "med-mirtazapine"], sed="yes",
    cap="Methadone 60 mg supervised, pregabalin 75 mg twice a day and mirtazapine 15 mg at night; stable, "
        "engaged with the drug service. Together they leave her drowsy mid-morning and heavily asleep at night.",
    ss="Never to share a bed, sofa or armchair with the baby; cot in the parents' room; her partner does the "
       "night feeds after her mirtazapine.",
    summary="Neonatal withdrawal is likely (methadone, pregabalin) with possible antidepressant adaptation signs. "
            "First-trimester pregabalin slightly raises the malformation risk; the anomaly scan at 20 weeks was "
            "normal.",
    nwp="NAS scoring on the postnatal ward for at least 72 hours per the local guideline; health visitor "
        "checks for late signs until day 8.",
    bf="Breastfeeding encouraged: methadone and mirtazapine are compatible, pregabalin with the baby watched for "
       "sleepiness.",
    recs="No sudden stop of any of them: the drug service manages methadone, the GP pregabalin (review at 34 "
         "weeks) and mirtazapine (mood check postnatally). Any change shared with maternity and the health "
         "visitor the same week.",
    concl="Methadone, pregabalin and mirtazapine continue. The baby is likely to withdraw and will have NAS "
          "scoring for at least 72 hours; pregabalin in the first trimester was followed by a normal anomaly "
          "scan. Breastfeeding is encouraged. All three sedate, so the baby never sleeps with her in a bed or "
          "on a sofa.")
ok("poly-meth-preg-mirt-joint", "ok-polypharmacy", M,
   chain(THREE_M, assessed(POLY_JOINT, ov=(
       "One joint assessment: methadone, pregabalin and mirtazapine continue unchanged for now. For the baby, "
       "NAS scoring for at least 72 hours and late checks to day 8, breastfeeding encouraged, and never a bed, "
       "sofa or armchair shared with a sedated mother."))),
   "three medicines in one joint assessment whose conclusion names each")

POLY_SEDATIVES = asm(
    "asm-sedatives", ["med-pregabalin", "med-mirtazapine", "med-promethazine"], sed="yes",
    cap="Pregabalin twice a day, mirtazapine at night and promethazine some nights for itching of pregnancy: "
        "three sedating medicines on top of methadone.",
    ss="With four sedating medicines she must never fall asleep with the baby on a bed, sofa or armchair; the "
       "partner does the night feeds; the cot stays in the parents' room.",
    summary="Pregabalin and mirtazapine add to the baby's withdrawal and adaptation signs; pregabalin in the "
            "first trimester carries a small malformation risk (anomaly scan normal). Promethazine near "
            "delivery can make a newborn drowsy.",
    nwp="The methadone NAS observation plan covers these medicines too.",
    bf="Breastfeeding supported; promethazine only occasionally while feeding, with the baby watched for "
       "drowsiness.",
    recs="Stop promethazine when the itching settles; pregabalin reviewed at 34 weeks; mirtazapine continues, "
         "never stopped suddenly because of relapse.",
    concl="Pregabalin, mirtazapine and promethazine: each makes her sleepier, so the baby never shares her bed or "
          "sofa and the partner does the nights. Pregabalin and mirtazapine may add to the baby's withdrawal, "
          "observed with the NAS scoring; the anomaly scan after pregabalin was normal; breastfeeding is "
          "supported with promethazine only now and then.")
ok("poly-four-two-assessments", "ok-polypharmacy", M,
   chain(meds(METHADONE, PREGABALIN, MIRTAZAPINE, PROMETHAZINE), assessed(POLY_METH, POLY_SEDATIVES, ov=(
       "Four medicines: methadone, pregabalin, mirtazapine and promethazine. All sedate her, so no bed, sofa or "
       "armchair sharing with the baby, and the partner does the night feeds. The baby will have NAS scoring "
       "for at least 72 hours; breastfeeding is supported; the anomaly scan after pregabalin was normal."))),
   "four medicines, methadone alone and the three sedatives jointly")

ok("poly-terse-gp", "ok-polypharmacy", M, chain(THREE_M, assessed(
    asm(MA, ["med-methadone"], sed="yes", cap="OST methadone 60mg OD supervised, stable 14/12, no on-top.",
        ss="No bed/sofa sharing post dose. Cot in parents' rm.", summary="NAS likely, onset 48-72h, up to d8.",
        nwp="Min 72h PN ward obs + NAS scoring; HV late signs to d8.", bf="BF encouraged on stable dose.",
        recs="No dose change w/o DAS; no abrupt stop.",
        concl="Methadone 60mg OD cont. Baby: NAS likely - min 72h obs on PN ward. BF encouraged. Drowsy post "
              "dose: baby in cot, never bed/sofa with mum."),
    asm("asm-pregabalin", ["med-pregabalin"], sed="yes", cap="Pregabalin 75mg BD for GAD; drowsy eves.",
        ss="No bed/sofa sharing - adds to methadone sedation.",
        summary="T1 exposure: small malformation risk (~6% v 4%); 20/40 anomaly scan NAD. May add to NAS.",
        nwp="Same obs as methadone: min 72h PN ward NAS scoring, HV to d8.", bf="BF ok, watch baby for sleepiness.",
        recs="GP r/v at 34/40; taper over >=1 wk if stopping, never abrupt.",
        concl="Pregabalin cont, r/v 34/40. T1 exposure: anomaly scan NAD. Adds to NAS risk + sedation - covered "
              "by obs plan and no co-sleeping. BF ok, watch baby."),
    asm("asm-mirtazapine", ["med-mirtazapine"], sed="yes", cap="Mirtazapine 15mg ON for depression, mood good.",
        ss="Heavy sleeper post dose: partner does night feeds, baby in cot.",
        summary="Poss neonatal adaptation sx (jittery, poor feeding) first days.",
        nwp="MW to watch for adaptation sx alongside NAS scoring.", bf="Compatible w/ BF.",
        recs="Cont; no abrupt stop (relapse). GP mood r/v at 6/52 PN check.",
        concl="Mirtazapine 15mg ON cont (relapse risk if stopped). Baby: poss adaptation sx, MW watching with NAS "
              "obs; BF ok. Sedating - partner does nights, baby in cot."),
    ov="Methadone + pregabalin + mirtazapine all cont. Baby: NAS obs min 72h, HV to d8; T1 pregabalin - anomaly "
       "scan NAD; BF encouraged. All sedate: no co-sleeping, partner does nights.")),
   "three medicines in terse GP shorthand")

# Postnatal (N: delivered 2026-04-02, breastfed, reviewed by the practice pharmacist on 2026-04-09):
# lamotrigine, sertraline and promethazine beside paracetamol and lactulose, five medicines in all.
LAMOTRIGINE_N = medicine("med-lamotrigine", "Lamotrigine 100mg tablets", "200 mg twice a day, reducing after the birth",
                         "2019-05-13", other_prescriber(NEUROLOGY), last_changed="2026-04-03")
SERTRALINE_N = medicine("med-sertraline", "Sertraline 100mg tablets", "100 mg once daily", "2024-11-18",
                        gp_prescriber(RIVERSIDE), last_changed="2025-03-10")
PHENERGAN_N = medicine("med-promethazine", "Phenergan 25mg tablets", "25 mg at night when needed for hives",
                       "2026-04-03", gp_prescriber(RIVERSIDE))
PARACETAMOL_N = {"id": "med-paracetamol", "name": "Paracetamol 500mg tablets",
                 "dose": "1 g up to four times a day when needed for perineal pain", "started": "2026-04-03",
                 "prescriber": gp_prescriber(RIVERSIDE)}
LACTULOSE_N = {"id": "med-lactulose", "name": "Lactulose 3.1-3.7g/5ml oral solution", "dose": "15 ml twice a day",
               "started": "2026-04-03", "prescriber": gp_prescriber(RIVERSIDE)}
FIVE_N = meds(PARACETAMOL_N, LACTULOSE_N, LAMOTRIGINE_N, SERTRALINE_N, PHENERGAN_N)

N_LAMO = asm(
    "asm-lamotrigine", ["med-lamotrigine"], sed="no", author=COLE, date="2026-04-09",
    cap="Epilepsy, seizure-free for three years; lamotrigine was increased in pregnancy as levels fell and the "
        "neurologist is bringing it back down over three weeks from 3 April, as levels rise after birth.",
    ss="Lamotrigine does not make her drowsy. If she has a seizure she could drop or smother the baby: she feeds "
       "sitting on the floor or a low chair and never sleeps with the baby in her bed.",
    summary="The baby was exposed through pregnancy to one of the lower-risk antiepileptics; the newborn check "
            "was normal. Lamotrigine passes into breast milk.",
    bf="Breastfeeding continues; the health visitor watches the baby for a rash, sleepiness or poor feeding "
       "and tells the GP at once.",
    recs="Follow the neurologist's step-down dose plan exactly; do not stop lamotrigine (seizure risk). If she "
         "feels dizzy or has double vision (too high a level), ring the epilepsy nurse the same day.",
    concl="Lamotrigine is being stepped down to her pre-pregnancy dose over three weeks under the neurologist; it "
          "must not be stopped. Breastfeeding continues, with the baby watched for rash, sleepiness or poor "
          "feeding; because of her seizure risk the baby never sleeps in her bed and she feeds low down.")
N_SERT = asm(
    "asm-sertraline", ["med-sertraline"], sed="no", author=COLE, date="2026-04-09",
    cap="Postnatal depression in her first pregnancy; mood good on sertraline 100 mg.",
    summary="Sertraline in late pregnancy: adaptation signs possible in the first days; on the ward the baby fed "
            "well and was not jittery.",
    nwp="Health visitor to check for jitteriness, floppiness or feeding difficulty at the new birth visit.",
    bf="Sertraline is a preferred antidepressant in breastfeeding: very little reaches the baby.",
    recs="Continue 100 mg; no sudden stop (relapse, discontinuation symptoms). GP mood review at 6 weeks.",
    concl="Sertraline 100 mg continues because stopping risks postnatal depression again. The baby showed no "
          "adaptation signs on the ward and the health visitor rechecks at the new birth visit; breastfeeding "
          "is fine on sertraline.")
N_PHEN = asm(
    "asm-promethazine", ["med-promethazine"], sed="yes", author=COLE, date="2026-04-09",
    cap="Phenergan 25 mg some nights for hives since the birth; drowsy for the rest of the night after a dose.",
    ss="On a night she takes Phenergan her partner does the night feeds and she must not fall asleep with the "
       "baby in the bed or on the sofa; the Moses basket stays beside the bed.",
    summary="A drowsy mother is the risk: falling asleep with the baby after a dose. Small amounts reach breast "
            "milk and could make the baby sleepy.",
    recs="Try a non-sedating antihistamine (cetirizine) by day; Phenergan only when needed and not on nights she "
         "is alone with the baby.",
    concl="Phenergan makes her drowsy, so on nights she takes it her partner feeds the baby and she never sleeps "
          "with the baby in bed or on the sofa; a non-sedating antihistamine by day instead.")
N_OV = ("Lamotrigine (stepping down to the pre-pregnancy dose under neurology, never stopped), sertraline (continues) "
        "and Phenergan (occasional, makes her drowsy) were reviewed; paracetamol and lactulose raise no concern. "
        "The baby is breastfed and watched for rash, sleepiness or poor feeding; on Phenergan nights her partner "
        "does the feeds and the baby sleeps in the Moses basket.")
ok("poly-five-postnatal", "ok-polypharmacy", N,
   chain(FIVE_N, assessed(N_LAMO, N_SERT, N_PHEN, ov=N_OV, author=COLE, date="2026-04-09")),
   "five medicines after birth, three assessed separately by the practice pharmacist")

N_LAMO_SERT = asm(
    "asm-lamotrigine-sertraline", ["med-lamotrigine", "med-sertraline"], sed="no", author=COLE, date="2026-04-09",
    cap="Epilepsy controlled on lamotrigine (being stepped down after the birth under neurology) and depression "
        "controlled on sertraline 100 mg.",
    ss="Neither sedates her. Because of seizure risk she feeds low down and does not sleep with the baby in her "
       "bed.",
    summary="Exposed to both through pregnancy: lamotrigine is among the lower-risk antiepileptics, and "
            "sertraline can cause short-lived adaptation signs. The newborn check was normal.",
    nwp="Health visitor checks for jitteriness, poor feeding or floppiness at the new birth visit.",
    bf="Breastfeeding supported on both; watch for a rash, sleepiness or poor feeding.",
    recs="Neither to be stopped suddenly: seizures (lamotrigine), relapse (sertraline). Lamotrigine step-down as "
         "the neurologist wrote; GP mood review at 6 weeks.",
    concl="Lamotrigine steps down under the neurologist and sertraline continues; neither may be stopped "
          "suddenly. The breastfed baby is watched for adaptation signs, a rash, sleepiness or poor feeding at the "
          "new birth visit, and never sleeps in her bed because of her seizure risk.")
ok("poly-five-joint-and-separate", "ok-polypharmacy", N,
   chain(FIVE_N, assessed(N_LAMO_SERT, N_PHEN, ov=N_OV, author=COLE, date="2026-04-09")),
   "lamotrigine and sertraline assessed jointly, Phenergan separately")

# Foster placement (F): diazepam and pregabalin jointly, with mirtazapine added on its own.
MIRTAZAPINE_F = medicine("med-mirtazapine", "Mirtazapine 30mg tablets", "30 mg at night", "2025-11-03",
                         gp_prescriber(MILLBROOK))
F_MIRT = asm(
    "asm-mirtazapine", ["med-mirtazapine"], sed="yes", author=PRITCHARD, date="2026-06-12",
    cap="Mirtazapine 30 mg at night for depression; sleeps very deeply until morning.",
    ss="Adds to the night-time sedation of diazepam and pregabalin: she does no night feeds and never sleeps with "
       "the baby on a bed, sofa or armchair; the foster carer does the nights.",
    summary="Exposure in late pregnancy can cause adaptation signs (jittery, poor feeding) overlapping with the "
            "withdrawal signs already watched for.",
    nwp="Included in the withdrawal watch: foster carer and health visitor look for late signs until day 8.",
    bf="The baby is bottle fed.",
    recs="Continue; not to be stopped suddenly because of relapse. GP reviews mood at 6 weeks.",
    concl="Mirtazapine continues because stopping risks relapse. It adds to her night-time sedation, so the foster "
          "carer does all night feeds and the baby never sleeps with her; its adaptation signs overlap with the "
          "withdrawal signs the foster carer watches for until day 8.")
ok("poly-foster-three", "ok-polypharmacy", F,
   chain(edit(lambda d: d["medicines"].append(MIRTAZAPINE_F)), edit(lambda d: d["assessments"].append(F_MIRT)),
         overall("Diazepam, pregabalin and mirtazapine continue for now, with a slow diazepam reduction planned. "
                 "All three sedate her at night: no bed, sofa or armchair sharing and the foster carer does the "
                 "night feeds. The baby may show late withdrawal or adaptation signs until day 8.")),
   "foster placement: two medicines jointly and a third separately")

# Partner (P): the mother's sertraline, the father's quetiapine and diazepam (four medicines with paracetamol).
SERTRALINE_P = medicine("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", "2025-02-03",
                        gp_prescriber(MILLBROOK))
DIAZEPAM_PARTNER = medicine("med-partner-diazepam", "Diazepam 5mg tablets", "5 mg at night", "2025-08-11",
                            other_prescriber(ELM_PARK), taken_by="partner")
PRICE = {
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "registration": {"body": "NMC", "number": "12A3456B"},
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
P_SERT = asm(
    "asm-sertraline", ["med-sertraline"], sed="no", author=PRICE, date="2026-05-28",
    cap="Anxiety well controlled on sertraline 50 mg through the pregnancy.",
    summary="Ten days old: no adaptation signs on the ward or since (feeding well, not jittery).",
    nwp="Health visitor looked for jitteriness and feeding difficulty today; none seen; no further watch needed "
        "after two weeks.",
    bf="Mixed feeding; sertraline is compatible with breastfeeding.",
    recs="Continue sertraline; do not stop suddenly (relapse). GP mood review at 6 weeks.",
    concl="Sertraline 50 mg continues; stopping could bring the anxiety back. The baby has shown no adaptation "
          "signs and is feeding well; breast milk feeds are fine on sertraline.")
P_PARTNER_JOINT = asm(
    PA, ["med-partner-quetiapine", "med-partner-diazepam"], sed="yes", author=PRICE, date="2026-05-28",
    cap="The father takes quetiapine 300 mg and diazepam 5 mg at night; together they leave him very hard to wake "
        "until morning.",
    ss="He does no night feeds and never sleeps with the baby on a bed, sofa or armchair; the baby sleeps in the "
       "next-to-me crib on the mother's side.",
    summary="The baby is not exposed to the father's medicines; the risk is co-sleeping with a heavily sedated "
            "adult.",
    recs="His GP manages both and is not to stop the diazepam suddenly; any change in dose or timing is told to "
         "the health visitor, who checks the sleep arrangements at each visit.",
    concl="The father's quetiapine and diazepam together make him very hard to wake at night: no night feeds by "
          "him and no bed, sofa or armchair sharing with the baby; the crib stays on the mother's side.")
ok("poly-partner-two-plus-mother", "ok-polypharmacy", P,
   chain(edit(lambda d: d["medicines"].extend([SERTRALINE_P, DIAZEPAM_PARTNER])),
         edit(lambda d: d["assessments"].__setitem__(0, P_PARTNER_JOINT)),
         edit(lambda d: d["assessments"].append(P_SERT)),
         overall("The mother's sertraline continues and the baby has no adaptation signs; her paracetamol raises "
                 "no concern. The father's quetiapine and diazepam sedate him heavily at night: no night feeds by "
                 "him and no bed, sofa or armchair sharing; the crib stays on the mother's side.")),
   "mother's sertraline plus the father's two sedating medicines in one joint assessment")

# Lithium (L) with quetiapine added for sleep, one joint assessment by the psychiatrist.
QUETIAPINE_L = medicine("med-quetiapine", "Quetiapine 25mg tablets", "25 mg at night", "2025-08-04",
                        gp_prescriber(NORTHGATE))
L_JOINT = asm(
    "asm-lithium-quetiapine", ["med-lithium", "med-quetiapine"], sed="yes", author=OSEI, date="2026-05-06",
    cap="Bipolar disorder, well for four years on lithium; quetiapine 25 mg added at night for sleep in "
        "August 2025. High risk of relapse and postpartum psychosis after birth.",
    ss="Quetiapine makes her drowsy at night: she must not sleep with the baby in her bed or on the sofa; her "
       "husband does the night bottle feeds for the first weeks.",
    summary="Lithium in the first trimester: small rise in heart malformations; fetal echocardiogram at 20 weeks "
            "normal. Near birth lithium can make the baby floppy, sleepy, slow to feed and hypothyroid; "
            "quetiapine can add drowsiness or restlessness in the newborn.",
    nwp="Paediatric review at birth; observed on the ward for 48 hours for floppiness, poor feeding or jitters; "
        "baby's lithium level and thyroid test if signs appear.",
    bf="Bottle feeding agreed: breastfeeding is not advised on lithium.",
    recs="Lithium levels 4-weekly, weekly from 36 weeks and within 24 hours of birth; hold the dose in labour "
         "and restart with a level; neither medicine stopped abruptly.",
    concl="Lithium and quetiapine continue: relapse after birth is the bigger danger. Lithium levels 4-weekly, "
          "weekly from 36 weeks and within 24 hours of delivery; the baby has a paediatric review and 48 hours "
          "on the ward for floppiness or poor feeding, is bottle fed, and never sleeps in her bed because "
          "quetiapine sedates her.")
ok("poly-lithium-quetiapine-joint", "ok-polypharmacy", L,
   chain(edit(lambda d: d["medicines"].append(QUETIAPINE_L)), assessed(L_JOINT, author=OSEI, date="2026-05-06", ov=(
       "Lithium and quetiapine continue. Levels 4-weekly, weekly from 36 weeks and within a day of birth; the "
       "baby is reviewed by a paediatrician and watched on the ward for 48 hours; bottle feeding; quetiapine "
       "makes her drowsy at night, so her husband does the night feeds and there is no bed sharing."))),
   "lithium plus quetiapine jointly, written by the perinatal psychiatrist")

# Valproate (V) with levetiracetam: dual therapy, each assessed.
LEVETIRACETAM_V = medicine("med-levetiracetam", "Levetiracetam 500mg tablets", "500 mg twice a day", "2023-06-19",
                           gp_prescriber(CASTLE_STREET))
V_LEV = asm(
    "asm-levetiracetam", ["med-levetiracetam"], sed="no", author=MCALLISTER, date="2026-05-20",
    cap="Levetiracetam added in 2023 when seizures broke through on valproate alone; no drowsiness; irritable at "
        "times.",
    ss="Not sedating. If a seizure happens after birth she must not sleep with the baby in her bed or bath the "
       "baby alone.",
    summary="On its own levetiracetam is one of the lower-risk antiepileptics for the unborn baby, but with "
            "valproate the combined risk of malformation is higher; the detailed anomaly scan will look for both.",
    bf="Breastfeeding is usually possible on levetiracetam; the plan to be confirmed with the valproate advice.",
    recs="Do not stop levetiracetam: seizures in pregnancy are dangerous for her and the baby. Epilepsy nurse "
         "to consider whether levetiracetam alone could replace valproate. Folic acid 5 mg daily.",
    concl="Levetiracetam continues and must not be stopped. It adds to the malformation risk for the baby while "
          "combined with valproate, so the fetal medicine review and detailed anomaly scan cover both; folic acid "
          "5 mg started; the epilepsy nurse considers levetiracetam alone as the safer treatment.")
ok("poly-valproate-levetiracetam", "ok-polypharmacy", V,
   chain(edit(lambda d: d["medicines"].append(LEVETIRACETAM_V)), edit(lambda d: d["assessments"].append(V_LEV)),
         overall("Unplanned pregnancy at 8 weeks on sodium valproate and levetiracetam. Neither is stopped "
                 "suddenly; the epilepsy team reviews urgently, aiming to leave levetiracetam alone. The baby has "
                 "been exposed to both, so fetal medicine review and a detailed anomaly scan; folic acid 5 mg "
                 "started; risk acknowledgement form status recorded.")),
   "dual antiepileptic therapy, each assessed and both in the overall conclusion")


def _with(assessment: Record, **changes: object) -> Record:
    return {**assessment, **changes}


# ---- must refuse: one medicine silently dropped, the wrong medicine concluded on, a conclusion pasted.

bad("poly-joint-drops-mirtazapine", "bad-polypharmacy", M, chain(THREE_M, assessed(
    _with(POLY_JOINT, conclusion=(
        "Methadone and pregabalin continue. The baby is likely to withdraw and will have NAS scoring for at least "
        "72 hours; the anomaly scan after first-trimester pregabalin was normal. Breastfeeding is encouraged and "
        "the baby never sleeps with her in a bed or on a sofa.")),
    ov=("Methadone and pregabalin continue unchanged for now. For the baby: NAS scoring for at least 72 hours, "
        "late checks to day 8, breastfeeding encouraged, never a bed or sofa shared with her."))),
    "mirtazapine is covered by the joint assessment but named in no conclusion at all (MA119)")
bad("poly-overall-drops-mirtazapine", "bad-polypharmacy", M, chain(THREE_M, assessed(
    POLY_METH, POLY_PREG, POLY_MIRT,
    ov=("Methadone and pregabalin continue, pregabalin reviewed at 34 weeks. No bed, sofa or armchair sharing "
        "with the baby; at least 72 hours of NAS scoring on the ward; breastfeeding supported; the anomaly scan "
        "after first-trimester pregabalin was normal."))),
    "each medicine assessed, but the overall conclusion leaves mirtazapine out (MA119)")
bad("poly-mirtazapine-never-assessed", "bad-polypharmacy", M, chain(THREE_M, assessed(
    POLY_METH, POLY_PREG,
    ov=("Methadone and pregabalin continue, pregabalin reviewed at 34 weeks: no bed or sofa sharing with the "
        "baby, NAS scoring on the ward for at least 72 hours, breastfeeding supported, anomaly scan normal."))),
    "mirtazapine is on the medicine list and in no assessment (MA101)")
bad("poly-mirtazapine-box-about-pregabalin", "bad-polypharmacy", M, chain(THREE_M, assessed(
    POLY_METH, POLY_PREG,
    _with(POLY_MIRT, conclusion=(
        "Pregabalin should be reviewed at 34 weeks and tapered slowly if stopped. It may add to the baby's "
        "withdrawal, which the NAS scoring covers, and to her drowsiness, so the baby sleeps in the cot.")),
    ov=POLY_OV)),
    "the mirtazapine assessment's conclusion is about pregabalin and never names mirtazapine (MA119)")
bad("poly-pasted-between-preg-and-mirt", "bad-polypharmacy", M, chain(THREE_M, assessed(
    POLY_METH,
    _with(POLY_PREG, conclusion=(
        "Pregabalin continues unchanged. It may cause mild signs in the baby after birth, which the maternity "
        "team will look out for; breastfeeding is supported and the baby sleeps in the cot, not her bed.")),
    _with(POLY_MIRT, conclusion=(
        "Mirtazapine continues unchanged. It may cause mild signs in the baby after birth, which the maternity "
        "team will look out for; breastfeeding is supported and the baby sleeps in the cot, not her bed.")),
    ov=POLY_OV)),
    "one conclusion pasted under pregabalin and mirtazapine with only the name changed (MA121)")
bad("poly-overall-is-methadone-conclusion", "bad-polypharmacy", M, chain(THREE_M, assessed(
    POLY_METH, POLY_PREG, POLY_MIRT, ov=str(POLY_METH["conclusion"]))),
    "the overall conclusion is the methadone assessment's, silent on pregabalin and mirtazapine (MA119, MA121)")
bad("poly-conclusion-names-unlisted-diazepam", "bad-polypharmacy", M, chain(THREE_M, assessed(
    POLY_METH, POLY_PREG, POLY_MIRT,
    ov=("Methadone, pregabalin, mirtazapine and her diazepam 2 mg three times a day all continue. Four sedating "
        "medicines: no bed, sofa or armchair sharing with the baby. At least 72 hours of NAS scoring; "
        "breastfeeding supported; anomaly scan after pregabalin normal."))),
    "the overall conclusion says she takes diazepam, which the medicine list omits (MA120)")
bad("poly-postnatal-phenergan-unassessed", "bad-polypharmacy", N,
    chain(FIVE_N, assessed(N_LAMO, N_SERT, author=COLE, date="2026-04-09", ov=(
        "Lamotrigine steps down to the pre-pregnancy dose under neurology and is never stopped; sertraline "
        "continues; paracetamol and lactulose raise no concern. The breastfed baby is watched for rash, "
        "sleepiness or poor feeding."))),
    "five medicines; the sedating Phenergan is listed and assessed nowhere (MA101)")
bad("poly-joint-lamo-sert-only-sertraline", "bad-polypharmacy", N,
    chain(FIVE_N, assessed(_with(N_LAMO_SERT, conclusion=(
        "Sertraline continues and may not be stopped suddenly because of relapse. The breastfed baby is watched "
        "for adaptation signs, sleepiness or poor feeding at the new birth visit.")), N_PHEN, ov=N_OV,
        author=COLE, date="2026-04-09")),
    "joint lamotrigine and sertraline assessment whose conclusion concludes on sertraline only (MA119)")
bad("poly-foster-overall-drops-mirtazapine", "bad-polypharmacy", F,
    chain(edit(lambda d: d["medicines"].append(MIRTAZAPINE_F)), edit(lambda d: d["assessments"].append(F_MIRT)),
          overall("Diazepam and pregabalin continue, with a slow diazepam reduction planned. They sedate her at "
                  "night: no bed, sofa or armchair sharing and the foster carer does the night feeds. Late "
                  "withdrawal signs possible until day 8.")),
    "the foster carer's overall conclusion leaves out the third medicine, mirtazapine (MA119)")
bad("poly-partner-joint-drops-diazepam", "bad-polypharmacy", P,
    chain(edit(lambda d: d["medicines"].extend([SERTRALINE_P, DIAZEPAM_PARTNER])),
          edit(lambda d: d["assessments"].__setitem__(0, _with(P_PARTNER_JOINT, conclusion=(
              "The father's quetiapine makes him very hard to wake at night: no night feeds by him and no bed, "
              "sofa or armchair sharing with the baby; the crib stays on the mother's side.")))),
          edit(lambda d: d["assessments"].append(P_SERT)),
          overall("The mother's sertraline continues and the baby has no adaptation signs; paracetamol raises no "
                  "concern. The father's quetiapine sedates him heavily at night: no night feeds by him, no bed, "
                  "sofa or armchair sharing.")),
    "the father's diazepam is in the joint assessment and in no conclusion (MA119)")
bad("poly-lithium-quetiapine-only-lithium", "bad-polypharmacy", L,
    chain(edit(lambda d: d["medicines"].append(QUETIAPINE_L)), assessed(_with(L_JOINT, conclusion=(
        "Lithium continues: relapse after birth is the bigger danger. Levels 4-weekly, weekly from 36 weeks and "
        "within 24 hours of delivery; the baby has a paediatric review and 48 hours on the ward for floppiness "
        "or poor feeding, and is bottle fed.")), author=OSEI, date="2026-05-06", ov=(
        "Lithium continues with levels 4-weekly, weekly from 36 weeks and within a day of birth; paediatric "
        "review and 48 hours on the ward for the baby; bottle feeding."))),
    "joint lithium and quetiapine assessment: quetiapine named in neither conclusion (MA119)")


# ============================================================================================================
# Class-specific concerns answered in clinicians' own words, and conclusions that answer another class's.

BUPRENORPHINE = medicine("med-buprenorphine", "Buprenorphine 8mg sublingual tablets", "14 mg once daily, supervised",
                         "2025-01-13", other_prescriber(DRUG_SERVICE), last_changed="2025-11-17")
ESPRANOR = medicine("med-buprenorphine", "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised",
                    "2025-01-13", other_prescriber(DRUG_SERVICE), last_changed="2025-11-17")
LAMOTRIGINE_V = medicine("med-lamotrigine", "Lamotrigine 100mg tablets", "150 mg twice a day", "2018-02-05",
                         gp_prescriber(CASTLE_STREET), last_changed="2024-06-10")
CARBAMAZEPINE_V = medicine("med-carbamazepine", "Tegretol Retard 400mg tablets", "400 mg twice a day", "2017-09-11",
                           gp_prescriber(CASTLE_STREET), last_changed="2023-04-03")
LEVETIRACETAM_ALONE = medicine("med-levetiracetam", "Keppra 750mg tablets", "750 mg twice a day", "2020-01-20",
                               gp_prescriber(CASTLE_STREET), last_changed="2024-09-30")
FLUOXETINE_M = medicine("med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily", "2025-04-07",
                        gp_prescriber(RIVERSIDE))
GABAPENTIN_M = medicine("med-gabapentin", "Gabapentin 300mg capsules", "300 mg three times a day", "2025-03-24",
                        gp_prescriber(RIVERSIDE), last_changed="2025-06-02")
DIAZEPAM_MOTHER = medicine("med-diazepam", "Diazepam 2mg tablets", "2 mg twice a day", "2025-05-12",
                           gp_prescriber(RIVERSIDE), last_changed="2025-12-08")
QUETIAPINE_MOTHER = medicine("med-quetiapine", "Quetiapine 100mg tablets", "150 mg at night", "2022-03-14",
                             gp_prescriber(NORTHGATE), last_changed="2025-02-17")
ZOPICLONE_N = medicine("med-zopiclone", "Zopiclone 3.75mg tablets", "3.75 mg at night for up to 7 nights",
                       "2026-04-06", gp_prescriber(RIVERSIDE))
PIRITON_N = medicine("med-chlorphenamine", "Piriton 4mg tablets", "4 mg at night when needed for hay fever",
                     "2026-04-06", gp_prescriber(RIVERSIDE))

M_SERT_KEPT = ("sertraline continues, with the midwife watching for adaptation symptoms alongside the withdrawal "
               "observations")

ok("class-buprenorphine-nas", "ok-class-specific", M, chain(
    replace_medicine("med-methadone", BUPRENORPHINE),
    whole(MA, sed="yes",
          cap="Buprenorphine 14 mg sublingual, supervised daily at the chemist; stable since November, engaged "
              "with her key worker; a little drowsy for an hour after the dose.",
          ss="No sleeping with the baby in her bed or on the sofa after her dose; Moses basket by the bed.",
          summary="The baby may get neonatal abstinence syndrome, usually milder and later than with methadone, "
                  "typically from day 2 to day 4.",
          nwp="Baby stays on the postnatal ward at least 72 hours with NAS scores every 4 hours; the community "
              "midwife and health visitor look for late signs up to day 7.",
          bf="Very little buprenorphine reaches breast milk: breastfeeding is encouraged.",
          recs="Keep taking buprenorphine daily; only the drug service changes the dose and tells the midwife.",
          concl="Buprenorphine 14 mg continues. The baby may withdraw, more mildly than after methadone, so the "
                "ward keeps the baby at least 72 hours with NAS scores and the health visitor looks for late "
                "signs to day 7. Breastfeeding is encouraged; no bed or sofa sharing after her dose."),
    overall(f"Buprenorphine continues through pregnancy and {M_SERT_KEPT}. The baby stays at least 72 hours for NAS "
            "scoring; breastfeeding encouraged; no bed or sofa sharing after her dose.")),
    "opioid substitution (buprenorphine): NAS observation, breastfeeding, drowsiness, drug service manages dose")
ok("class-espranor-brand", "ok-class-specific", M, chain(
    replace_medicine("med-methadone", ESPRANOR),
    whole(MA, sed="no",
          cap="Espranor 16 mg each morning, supervised; not drowsy on it; no illicit use for nine months.",
          ss="Not drowsy on Espranor; household safe sleep advice given, cot beside the bed.",
          summary="Neonatal withdrawal from buprenorphine is possible from the second or third day.",
          nwp="Minimum 72-hour stay with withdrawal scoring; paediatrician if scores rise.",
          bf="Compatible with breastfeeding; she wants to breastfeed.",
          recs="Dose changes only by the drug service; no abrupt stop, which risks relapse to heroin.",
          concl="Espranor 16 mg daily should carry on unchanged. Her baby could show withdrawal from day 2 or 3 "
                "and stays at least 72 hours with scoring; breastfeeding is encouraged."),
    overall(f"Espranor (buprenorphine) continues and {M_SERT_KEPT}. 72-hour withdrawal scoring for the baby; "
            "breastfeeding encouraged.")),
    "a buprenorphine brand (Espranor) recognised and assessed for withdrawal and breastfeeding")
ok("class-lamotrigine-antenatal", "ok-class-specific", V, chain(
    replace_medicine("med-valproate", LAMOTRIGINE_V),
    whole(VA, sed="no",
          cap="Focal epilepsy, one seizure in 2024 after a missed dose, otherwise controlled on lamotrigine.",
          ss="Not drowsy on lamotrigine. After the birth: feed sitting low down and never sleep with the baby in "
             "her bed, in case of a seizure.",
          summary="Lamotrigine is one of the antiepileptics with the lowest risk of birth defects at this dose; "
                  "folic acid 5 mg lowers the risk further.",
          bf="Breastfeeding is fine on lamotrigine; watch the baby for a rash or poor feeding.",
          recs="Do not stop lamotrigine. Epilepsy nurse to check levels each trimester and raise the dose if "
               "they fall. Folic acid 5 mg daily to 12 weeks. Detailed anomaly scan at 20 weeks.",
          concl="Lamotrigine carries on: a seizure in pregnancy is the bigger danger to mother and baby. For "
                "the unborn baby it is among the lowest-risk choices; folic acid 5 mg started and the anomaly "
                "scan at 20 weeks booked. Breastfeeding will be fine."),
    overall("8 weeks pregnant on lamotrigine, continued. Folic acid 5 mg, anomaly scan at 20 weeks, levels checked "
            "by the epilepsy nurse; breastfeeding compatible.")),
    "antiepileptic: harm in the womb, folic acid, specialist levels, never stopped")
ok("class-carbamazepine-antenatal", "ok-class-specific", V, chain(
    replace_medicine("med-valproate", CARBAMAZEPINE_V),
    whole(VA, sed="no",
          cap="Temporal lobe epilepsy on Tegretol Retard since 2017; seizure-free; unplanned pregnancy.",
          ss="No drowsiness on carbamazepine at this dose.",
          summary="First-trimester carbamazepine raises the risk of a major malformation to about 5 in 100 "
                  "(neural tube, facial cleft, heart); no clear effect on later development.",
          bf="Breastfeeding is compatible with carbamazepine.",
          recs="Keep taking it: no sudden stop. Urgent epilepsy specialist review about the dose in pregnancy; "
               "fetal medicine referral and a detailed anomaly scan; folic acid 5 mg daily.",
          concl="Carbamazepine (Tegretol) continues until the epilepsy specialist sees her. The baby has had "
                "first-trimester exposure with about a 1 in 20 risk of a malformation, so fetal medicine review "
                "and a detailed anomaly scan are arranged and folic acid 5 mg started."),
    overall("Carbamazepine continues pending the urgent specialist review; the baby needs fetal medicine review "
            "and a detailed anomaly scan; folic acid 5 mg; breastfeeding will be possible.")),
    "carbamazepine by its brand: teratogenicity, scan, folic acid, specialist")
ok("class-levetiracetam-antenatal", "ok-class-specific", V, chain(
    replace_medicine("med-valproate", LEVETIRACETAM_ALONE),
    whole(VA, sed="no",
          cap="Juvenile myoclonic epilepsy switched from valproate to Keppra in 2020; no seizures since.",
          ss="Not sedating. Early-morning jerks are her warning sign; if they return she should not carry the "
             "baby on the stairs or share a bed with the baby.",
          summary="Levetiracetam has one of the lowest risks of malformation of the antiepileptics; no "
                  "developmental harm shown. Exposure so far is to 8 weeks.",
          bf="Levetiracetam passes into breast milk but breastfeeding is usually fine; watch the baby's feeding "
             "and sleepiness.",
          recs="Continue Keppra; never stop suddenly. Epilepsy nurse review this month; folic acid 5 mg; routine "
               "anomaly scan at 20 weeks.",
          concl="Keppra (levetiracetam) 750 mg twice daily continues. The risk to the unborn baby is low; folic "
                "acid 5 mg and the 20-week anomaly scan as planned, and breastfeeding is possible with the baby's "
                "feeding watched."),
    overall("Levetiracetam continues unchanged; low risk to the baby; folic acid 5 mg; anomaly scan; breastfeeding "
            "possible.")),
    "levetiracetam (Keppra): low teratogenic risk still stated, scan and folic acid")
ok("class-lithium-own-words", "ok-class-specific", L, whole(
    LA, sed="no",
    cap="Bipolar I; two admissions before lithium, none in four years. Postpartum psychosis risk roughly 1 in 2 "
        "if lithium stopped.",
    ss="Not drowsy on lithium. Bottle feeding means her partner can share the nights.",
    summary="Li crosses the placenta. Fetal echo at 20/40 was normal. At birth the baby may be hypotonic, "
            "lethargic, cyanosed or feed poorly (neonatal lithium toxicity); thyroid may be low.",
    nwp="Neonatologist at delivery; 48 h on the postnatal ward watching tone, feeding and colour; cord or baby "
        "serum lithium and TFTs if any sign.",
    bf="Formula feeding: lithium in breast milk can reach toxic levels in a baby.",
    recs="Serum lithium 12 h post-dose every 4 weeks, weekly from 36/40, and 24 h after delivery. Stop lithium at "
         "the onset of labour and restart after birth with a level. Avoid NSAIDs and dehydration.",
    concl="Continue lithium: postpartum relapse is the greater risk. Serum levels 4-weekly, weekly from 36 weeks "
          "and 24 hours after delivery to avoid toxicity; the newborn is watched 48 hours for floppiness, poor "
          "feeding and thyroid problems, and is formula fed."),
    "lithium in the psychiatrist's own words: levels, toxicity, neonatal checks, formula")
ok("class-zopiclone-postnatal", "ok-class-specific", N, chain(
    edit(lambda d: d["medicines"].append(ZOPICLONE_N)),
    set_("assessments", [asm(
        "asm-zopiclone", ["med-zopiclone"], sed="yes", author=COLE, date="2026-04-09",
        cap="Zopiclone 3.75 mg for a week of poor sleep after the birth; heavy-headed for the rest of the night.",
        ss="On zopiclone nights her partner does the feeds; she must not doze with the baby on the bed or sofa, "
           "and the baby sleeps in the Moses basket.",
        summary="Started after the birth, so no exposure in the womb and no withdrawal expected. Small amounts "
                "pass into breast milk and can make the baby sleepy.",
        nwp="Not exposed in pregnancy, so no withdrawal watch; the health visitor asks about sleepiness.",
        bf="Breastfeeding can continue on a short low-dose course; feed before she takes it.",
        recs="No more than 7 nights; the GP reviews before any repeat. A week is short enough to finish without "
             "tapering; longer courses are tapered, not stopped suddenly.",
        concl="Zopiclone, a short course of up to 7 nights, makes her drowsy: on those nights her partner feeds "
              "the baby and she never sleeps with the baby on a bed or sofa. Breastfeeding continues, feeding "
              "before the dose; the baby was not exposed in pregnancy.")]),
    set_("overall_conclusion", {"text": (
        "Zopiclone for up to 7 nights: her partner does those nights' feeds and the baby sleeps in the Moses "
        "basket, never in bed with her. Breastfeeding continues. Paracetamol and lactulose raise no concern."),
        "author": COLE, "date": "2026-04-09"})),
    "z-drug after birth: sedation and co-sleeping, breastfeeding, short course end")
ok("class-piriton-postnatal", "ok-class-specific", N, chain(
    edit(lambda d: d["medicines"].append(PIRITON_N)),
    set_("assessments", [asm(
        "asm-chlorphenamine", ["med-chlorphenamine"], sed="yes", author=COLE, date="2026-04-09",
        cap="Piriton 4 mg some nights for hay fever; it makes her sleepy.",
        ss="After a Piriton dose she should not fall asleep with the baby in the bed, on the sofa or in the "
           "armchair; the Moses basket stays beside the bed. Loratadine by day is better.",
        summary="A sleepy mother is the risk to the baby at night; a little reaches breast milk.",
        bf="Occasional doses are compatible; watch the baby for drowsiness; regular use may reduce the supply.",
        recs="Switch to loratadine if she needs something every day.",
        concl="Piriton makes her drowsy, so after a dose she never dozes with the baby in the bed, on the sofa or "
              "in an armchair; occasional doses are fine with breastfeeding, and loratadine is the daytime "
              "choice.")]),
    set_("overall_conclusion", {"text": (
        "Piriton (chlorphenamine) sedates her: no bed, sofa or armchair dozing with the baby after a dose; "
        "breastfeeding fine with occasional doses. Paracetamol and lactulose raise no concern."),
        "author": COLE, "date": "2026-04-09"})),
    "sedating antihistamine: sedation and co-sleeping in a pharmacist's words")
ok("class-gabapentin-antenatal", "ok-class-specific", M, chain(
    replace_medicine("med-sertraline", GABAPENTIN_M),
    whole(SA, sed="yes",
          cap="Gabapentin 300 mg three times a day for sciatica since March 2025; drowsy in the afternoons.",
          ss="Drowsiness from gabapentin adds to methadone's: never a bed, sofa or armchair shared with the baby.",
          summary="Gabapentin crosses the placenta; first-trimester data suggest little or no rise in "
                  "malformations; the 20-week scan was normal. It can add to withdrawal signs after birth.",
          nwp="Included in the methadone NAS observation: at least 72 hours on the ward.",
          bf="Breastfeeding is possible on gabapentin; watch the baby for sleepiness and poor weight gain.",
          recs="Reduce gradually if stopped, never suddenly; physiotherapy referral to cut the dose.",
          concl="Gabapentin continues while physiotherapy is tried. The 20-week anomaly scan after first-"
                "trimester exposure was normal; it may add to the baby's withdrawal, covered by the 72-hour NAS "
                "observation, and to her sedation, so no bed or sofa sharing; breastfeeding with the baby "
                "watched."),
    overall("Methadone and gabapentin continue. NAS observation for at least 72 hours; anomaly scan normal; "
            "breastfeeding supported; both sedate her so no bed or sofa sharing with the baby.")),
    "gabapentinoid in pregnancy: malformation, withdrawal, sedation, breastfeeding")
ok("class-fluoxetine-adaptation", "ok-class-specific", M, chain(
    replace_medicine("med-sertraline", FLUOXETINE_M),
    whole(SA, sed="no",
          cap="Recurrent depression; well on fluoxetine 20 mg for a year; relapsed within weeks when she stopped "
              "before.",
          summary="After fluoxetine late in pregnancy about 1 in 3 babies have mild, short-lived poor neonatal "
                  "adaptation: jitteriness, irritability, feeding or breathing difficulty; small PPHN risk.",
          nwp="Midwife watches for jitteriness, fast breathing and poor feeding over the first 48 hours alongside "
              "the NAS scoring.",
          bf="Breastfeeding is fine; fluoxetine lasts long in the body, so watch for colic or poor feeding.",
          recs="Continue fluoxetine 20 mg; no sudden stop (relapse).",
          concl="Fluoxetine 20 mg continues to prevent relapse. The newborn may be jittery or feed poorly for a "
                "day or two (poor neonatal adaptation), watched by the midwife; breastfeeding is supported."),
    overall("Methadone and fluoxetine continue. NAS scoring and adaptation watch for the baby; breastfeeding "
            "supported; no co-sleeping after her methadone.")),
    "SSRI: poor neonatal adaptation in the midwife's terms")
ok("class-diazepam-antenatal", "ok-class-specific", M, chain(
    replace_medicine("med-sertraline", DIAZEPAM_MOTHER),
    whole(SA, sed="yes",
          cap="Diazepam 2 mg twice daily for panic disorder; sleepy for a few hours after each dose.",
          ss="No bed, sofa or armchair sharing with the baby; the cot in their room.",
          summary="Near term, diazepam can cause floppy infant syndrome and, after regular use, withdrawal in "
                  "the baby days after birth.",
          nwp="Paediatric review after birth for tone and feeding; observe with the methadone plan, late "
              "benzodiazepine withdrawal can appear up to 2 weeks.",
          bf="Breastfeeding possible at this low dose; watch the baby for sleepiness.",
          recs="Do not stop diazepam abruptly (risk of withdrawal fits); GP to taper slowly with the drug service "
               "after birth.",
          concl="Diazepam 2 mg twice daily continues for now; no abrupt stop. The baby may be floppy or withdraw "
                "later than from methadone, so paediatric review and observation up to 2 weeks; no bed or sofa "
                "sharing while she is sedated; breastfeeding with the baby watched."),
    overall("Methadone and diazepam continue. Observation for withdrawal up to 2 weeks and paediatric review; "
            "breastfeeding supported; no bed or sofa sharing with the baby.")),
    "benzodiazepine in pregnancy: floppy infant, late withdrawal, co-sleeping")
ok("class-quetiapine-mother", "ok-class-specific", L, chain(
    replace_medicine("med-lithium", QUETIAPINE_MOTHER),
    whole(LA, sed="yes",
          cap="Bipolar II on quetiapine 150 mg at night; deeply asleep for 8 hours after the dose.",
          ss="After the dose she must not do night feeds or share a bed or sofa with the baby; her partner does "
             "the night bottles.",
          summary="Quetiapine: no clear increase in malformations; gestational diabetes screening advised; the "
                  "newborn may be jittery, sleepy or feed poorly for a few days.",
          nwp="Midwife and paediatrician to watch the baby's tone, breathing and feeding for 48 hours.",
          bf="She is bottle feeding.",
          recs="Continue quetiapine; never stopped abruptly (relapse). Glucose tolerance test at 26 weeks.",
          concl="Quetiapine continues to prevent relapse. The baby may be sleepy or jittery for a few days and is "
                "watched for 48 hours; glucose tolerance test for her; her partner does the night bottles and "
                "the baby never shares her bed."),
    overall("Quetiapine continues: 48-hour watch on the baby, glucose test, bottle feeding, no bed sharing and no "
            "night feeds by her after the dose.")),
    "antipsychotic: neonatal symptoms, sedation and night care, relapse")

# ---- must refuse: every answer speaks of another class's concern.

bad("wrong-buprenorphine-told-teratogen", "bad-wrong-concern", M, chain(
    replace_medicine("med-methadone", BUPRENORPHINE),
    whole(MA, sed="yes",
          cap="Buprenorphine 14 mg daily, supervised; a little drowsy after the dose.",
          summary="Buprenorphine has not been linked with birth defects; the 20-week anomaly scan was normal.",
          recs="Folic acid 400 micrograms; fetal growth scans at 28 and 34 weeks.",
          concl="Buprenorphine continues. It is not known to cause malformations in the unborn baby and the "
                "anomaly scan was normal; growth scans are booked at 28 and 34 weeks."),
    overall("Buprenorphine and sertraline continue; the anomaly scan was normal and growth scans are booked for "
            "the baby.")),
    "opioid substitution concluded on as a teratogen only: no NAS observation, breastfeeding or drug service")
bad("wrong-methadone-ssri-terms", "bad-wrong-concern", M, whole(
    MA, sed="yes",
    cap="Methadone 60 mg supervised; drowsy mid-morning.",
    summary="Small risk of persistent pulmonary hypertension of the newborn; the fetal anomaly scan was normal.",
    recs="Paediatrician aware of the PPHN risk; oxygen saturation check after birth.",
    concl="Methadone continues. The baby has a small PPHN risk, so oxygen saturations are checked after birth; the "
          "anomaly scan was normal."),
    "methadone answered with an SSRI's and a teratogen's concerns: no withdrawal plan, no breastfeeding advice")
bad("wrong-lamotrigine-nas-and-cot", "bad-wrong-concern", V, chain(
    replace_medicine("med-valproate", LAMOTRIGINE_V),
    whole(VA, sed="no",
          cap="Epilepsy, controlled on lamotrigine 150 mg twice a day.",
          summary="The newborn may show withdrawal signs such as tremor and irritability after birth.",
          recs="NAS scoring on the postnatal ward for 72 hours; cot in the parents' room.",
          concl="Lamotrigine: the baby will have 72 hours of NAS scoring on the ward for withdrawal and will sleep "
                "in a cot in the parents' room."),
    overall("Lamotrigine: 72 hours of NAS scoring for the baby on the ward; cot in the parents' room.")),
    "an antiepileptic at 8 weeks concluded on with opioid concerns: nothing on harm in the womb or stopping")
bad("wrong-valproate-sleep-only", "bad-wrong-concern", V, whole(
    VA, sed="no",
    cap="Seizure-free on valproate 500 mg twice a day.",
    ss="Never to sleep with the baby on a sofa; cot in the parents' room.",
    summary="After birth the baby must sleep on its back in its own cot.",
    recs="Safe sleep leaflet given; health visitor to check the cot at the new birth visit.",
    concl="Sodium valproate: the baby will sleep in its own cot in the parents' room and never on a sofa with her; "
          "the health visitor checks the cot."),
    "valproate at 8 weeks answered only with safe sleep: no plan for the exposed unborn baby, no specialist")
bad("wrong-lithium-co-sleeping-only", "bad-wrong-concern", L, whole(
    LA, sed="no",
    cap="Bipolar disorder, settled on lithium.",
    ss="No bed sharing; baby in the crib next to the bed.",
    summary="The risk to the baby is sharing a sleep surface with a tired parent.",
    recs="Safe sleep discussed; the health visitor sees the crib.",
    concl="Lithium: the baby sleeps in a next-to-me crib and never in the parents' bed or on a sofa; the health "
          "visitor sees the crib after birth."),
    "lithium answered as a sedative: no levels, toxicity, heart scan, relapse or neonatal checks")
bad("wrong-sertraline-sedation-only", "bad-wrong-concern", M, whole(
    SA, sed="no",
    cap="Mood stable on sertraline 100 mg.",
    summary="If she dozes off holding the baby the baby could be smothered.",
    recs="No dozing with the baby on the sofa.",
    concl="Sertraline: she must not doze off with the baby on the sofa or in bed, as the baby could be "
          "smothered."),
    "an SSRI answered only with co-sleeping: no neonatal adaptation, breastfeeding or relapse")
bad("wrong-pregabalin-sleep-only", "bad-wrong-concern", M, chain(
    replace_medicine("med-sertraline", PREGABALIN),
    whole(SA, sed="yes",
          cap="Pregabalin 75 mg twice a day for anxiety; drowsy in the evening.",
          ss="No bed or sofa sharing with the baby in the evening.",
          summary="The risk to the baby is an evening nap on the sofa with a drowsy mother.",
          recs="Health visitor to check the cot.",
          concl="Pregabalin makes her drowsy in the evening, so the baby is never on the sofa or in bed with her; "
                "the cot is checked by the health visitor."),
    overall("Methadone and pregabalin continue; no bed or sofa sharing with the baby; NAS scoring after birth "
            "for methadone.")),
    "pregabalin answered for sedation only: first-trimester exposure, withdrawal and breastfeeding never answered")
bad("wrong-zopiclone-teratogen-terms", "bad-wrong-concern", N, chain(
    edit(lambda d: d["medicines"].append(ZOPICLONE_N)),
    set_("assessments", [asm(
        "asm-zopiclone", ["med-zopiclone"], sed="yes", author=COLE, date="2026-04-09",
        cap="Zopiclone for a week of poor sleep after the birth.",
        summary="Zopiclone is not known to cause birth defects.",
        recs="Folic acid not needed now the baby is born; pregnancy test before any future course.",
        concl="Zopiclone for a week: it is not known to cause birth defects in a baby, and a pregnancy test is "
              "advised before any future course.")]),
    set_("overall_conclusion", {"text": (
        "Zopiclone is not known to harm an unborn baby; a pregnancy test before any future course. Paracetamol "
        "and lactulose raise no concern."), "author": COLE, "date": "2026-04-09"})),
    "a z-drug for a breastfeeding mother answered with birth-defect facts: breast milk never answered")
bad("wrong-partner-olanzapine-breast-milk", "bad-wrong-concern", P, chain(
    replace_medicine("med-partner-quetiapine", medicine(
        "med-partner-olanzapine", "Olanzapine 10mg tablets", "10 mg at night", "2024-02-05",
        other_prescriber(ELM_PARK), taken_by="partner", last_changed="2025-10-13")),
    whole(PA, sed="yes",
          cap="The father takes olanzapine 10 mg at night for schizophrenia; stable.",
          summary="The baby cannot be exposed: olanzapine does not reach the baby through breast milk from a "
                  "father.",
          bf="Not relevant: none of it reaches breast milk.",
          recs="His GP to check his weight and blood sugar.",
          concl="The father's olanzapine cannot reach the baby through breast milk; his GP monitors his weight and "
                "blood sugar."),
    overall("The mother's paracetamol raises no concern; the father's olanzapine cannot reach the baby through "
            "breast milk.")),
    "a father's sedating antipsychotic answered only about breast milk: sleep and night care never mentioned")
bad("wrong-fluoxetine-lithium-terms", "bad-wrong-concern", M, chain(
    replace_medicine("med-sertraline", FLUOXETINE_M),
    whole(SA, sed="no",
          cap="Depression, well on fluoxetine 20 mg.",
          summary="Blood levels and thyroid function will be checked in the baby if there are signs of toxicity.",
          recs="Her levels every 4 weeks and weekly from 36 weeks.",
          concl="Fluoxetine: her blood levels every 4 weeks; the baby's thyroid tested if toxicity is suspected."),
    overall("Methadone and fluoxetine continue; levels monitored; NAS scoring for the baby after birth.")),
    "an SSRI answered with lithium's concerns (levels, thyroid): no adaptation, breastfeeding or relapse")
bad("wrong-carbamazepine-breastfeeding-only", "bad-wrong-concern", V, chain(
    replace_medicine("med-valproate", CARBAMAZEPINE_V),
    whole(VA, sed="no",
          cap="Epilepsy on Tegretol Retard, seizure-free.",
          summary="Carbamazepine passes into breast milk in small amounts.",
          bf="Breastfeeding is compatible with carbamazepine.",
          recs="Midwife to support breastfeeding after birth.",
          concl="Carbamazepine: the baby can be breastfed, with the midwife supporting feeding after birth."),
    overall("Carbamazepine: breastfeeding supported after birth.")),
    "carbamazepine at 8 weeks answered only for breastfeeding: no plan for harm in the womb or stopping")


# ============================================================================================================
# Dose changes: increases, split doses, tapers, switches and restarts.

def dose(mid: str, text: str, changed: str | None = None, **extra: str) -> Mutation:
    steps = [set_(f"medicines#{mid}.dose", text)]
    if changed is not None:
        steps.append(set_(f"medicines#{mid}.last_changed", changed))
    steps += [set_(f"medicines#{mid}.{k}", v) for k, v in extra.items()]
    return chain(*steps)


ok("dose-methadone-increased", "ok-dose-change", M, chain(
    dose("med-methadone", "75 mg (75 ml) once daily, supervised consumption", "2026-02-23"),
    set_(f"assessments#{MA}.conclusion",
         "Methadone went up from 60 to 75 mg on 23 February because of withdrawal symptoms in late pregnancy; "
         "the new dose continues. A higher dose does not reliably change how severe the baby's abstinence "
         "syndrome is; the ward observes at least 72 hours as planned. Breastfeeding encouraged; no co-sleeping "
         "as she is drowsy after each dose."),
    overall("Methadone increased to 75 mg on 23 February and continues; sertraline unchanged. The baby has NAS "
            "observation for at least 72 hours; breastfeeding supported; no co-sleeping.")),
    "methadone increased a week before the assessment, which says so")
ok("dose-methadone-split", "ok-dose-change", M, chain(
    dose("med-methadone", "35 mg morning and 35 mg evening (split dose), supervised in the morning", "2026-02-16"),
    set_(f"assessments#{MA}.conclusion",
         "Methadone 70 mg a day is now split into two doses of 35 mg (from 16 February), as the third trimester "
         "speeds up how fast she clears it. The baby will still need at least 72 hours of withdrawal observation; "
         "breastfeeding is encouraged; she is less drowsy on the split dose but still never sleeps with the baby "
         "in her bed or on the sofa."),
    overall("Methadone continues as a split dose (35 mg twice a day) with sertraline unchanged. 72-hour "
            "withdrawal observation for the baby, breastfeeding, and no bed or sofa sharing.")),
    "third-trimester split methadone dose, dated before the assessment")
ok("dose-methadone-small-reduction", "ok-dose-change", M, chain(
    dose("med-methadone", "55 mg (55 ml) once daily, supervised consumption", "2026-02-24"),
    set_(f"assessments#{MA}.conclusion",
         "At her request and with the drug service, methadone was reduced by 5 mg to 55 mg on 24 February; no "
         "further cuts before birth, as relapse would be the greater danger for her and the baby. The baby will "
         "still probably withdraw: 72 hours of observation on the ward. Breastfeeding supported; no co-sleeping "
         "after a dose."),
    overall("Methadone reduced slightly to 55 mg, sertraline unchanged. The baby still needs 72 hours of "
            "withdrawal observation; breastfeeding supported; no co-sleeping after methadone.")),
    "a small supervised methadone reduction, assessed after the change")
ok("dose-diazepam-taper", "ok-dose-change", F, chain(
    dose("med-diazepam", "4 mg three times a day, reducing by 1 mg every two weeks", "2026-06-10"),
    set_(f"assessments#{FA}.conclusion",
         "Diazepam is now tapering (4 mg three times a day from 10 June, down 1 mg every two weeks) and pregabalin "
         "is unchanged. She is still sedated, especially at night: no co-sleeping or feeding lying down, and the "
         "foster carer does night feeds. The baby may still show withdrawal until day 8; the taper is slow so she "
         "does not have withdrawal fits."),
    overall("Diazepam tapering slowly from 10 June, pregabalin continues. The mother is still sedated: no bed, "
            "sofa or armchair sharing and the foster carer does night feeds. Late withdrawal signs in the baby "
            "possible until day 8.")),
    "a diazepam taper started two days before the assessment")
ok("dose-switch-sertraline-to-fluoxetine", "ok-dose-change", M, chain(
    replace_medicine("med-sertraline", medicine(
        "med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily", "2026-02-16", gp_prescriber(RIVERSIDE))),
    whole(SA, sed="no",
          cap="Switched from sertraline to fluoxetine on 16 February because of nausea; mood holding.",
          summary="The baby may have adaptation signs in the first days after late-pregnancy SSRI exposure.",
          nwp="Midwife watches for jitteriness and poor feeding with the withdrawal observations.",
          bf="Breastfeeding supported on fluoxetine; watch for colic or poor feeding.",
          recs="Continue fluoxetine; no abrupt stop (relapse). GP mood review in 4 weeks after the switch.",
          concl="Switched from sertraline to fluoxetine 20 mg on 16 February; fluoxetine continues. The baby may "
                "have brief adaptation signs, watched by the midwife; breastfeeding supported."),
    overall("Methadone continues; switched from sertraline to fluoxetine, which continues. Withdrawal and "
            "adaptation observation for the baby; breastfeeding supported; no co-sleeping after methadone.")),
    "an SSRI switch: the stopped medicine named only as switched from, the new one listed and assessed")
ok("dose-lithium-restarted", "ok-dose-change", L, chain(
    set_("medicines#med-lithium.started", "2026-04-20"), delete("medicines#med-lithium.last_changed"),
    set_(f"assessments#{LA}.conclusion",
         "Lithium was stopped at 6 weeks when she found she was pregnant and restarted on 20 April after early "
         "signs of relapse. Continue it, with levels monthly, weekly from 36 weeks and within 24 hours of birth. "
         "First-trimester exposure: the fetal heart scan was normal. The baby needs a paediatric review after "
         "birth; bottle feeding as breastfeeding is not advised.")),
    "lithium restarted after a first-trimester stop; the restart date precedes the assessment")
ok("dose-valproate-to-lamotrigine", "ok-dose-change", V, chain(
    edit(lambda d: d["medicines"].append(medicine(
        "med-lamotrigine", "Lamotrigine 25mg tablets", "25 mg once daily, rising every two weeks", "2026-05-20",
        gp_prescriber(CASTLE_STREET)))),
    set_(f"assessments#{VA}.medicine_ids", ["med-valproate", "med-lamotrigine"]),
    set_(f"assessments#{VA}.conclusion",
         "Valproate is being replaced by lamotrigine: lamotrigine started today at 25 mg and rises every two weeks, "
         "and valproate comes down only when the epilepsy nurse says, never suddenly. The baby has been exposed to "
         "valproate in the first trimester, so urgent fetal medicine review and a detailed anomaly scan; folic "
         "acid 5 mg started."),
    overall("Switching from sodium valproate to lamotrigine under the epilepsy nurse, valproate not stopped "
            "suddenly. The baby needs fetal medicine review and a detailed anomaly scan after valproate exposure; "
            "folic acid 5 mg; risk acknowledgement form status recorded.")),
    "a cross-titration started on the day of the assessment, both medicines in one assessment")
ok("dose-sertraline-up-postnatal", "ok-dose-change", N, chain(
    edit(lambda d: d["medicines"].append(_with(SERTRALINE_N, dose="150 mg once daily", last_changed="2026-04-06"))),
    set_("assessments", [_with(N_SERT, conclusion=(
        "Sertraline went up from 100 to 150 mg on 6 April for low mood after the birth and continues; stopping "
        "risks a depressive relapse. The baby had no adaptation signs on the ward; breastfeeding continues, as "
        "sertraline reaches the baby only in tiny amounts."))]),
    set_("overall_conclusion", {"text": (
        "Sertraline increased to 150 mg after the birth and continues; breastfeeding continues and the baby is "
        "well. Paracetamol and lactulose raise no concern."), "author": COLE, "date": "2026-04-09"})),
    "a postnatal SSRI increase three days before the pharmacist's assessment")
ok("dose-partner-quetiapine-reduced", "ok-dose-change", P, chain(
    dose("med-partner-quetiapine", "150 mg at night (reduced from 300 mg)", "2026-05-25"),
    set_(f"assessments#{PA}.conclusion",
         "The father's quetiapine was halved to 150 mg on 25 May; he is still very drowsy after his dose, so the "
         "plan stands: no night feeds by him and no bed or sofa sharing with the baby, and the crib stays on the "
         "mother's side."),
    overall("The mother's paracetamol raises no concern. The father's quetiapine was reduced to 150 mg but still "
            "sedates him at night: no night feeds by him and no co-sleeping with him.")),
    "a partner's dose reduction three days before the health visitor's assessment")
ok("dose-stopped-long-before-pregnancy", "ok-dose-change", N, edit(lambda d: d["medicines"].append(medicine(
    "med-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", "2023-11-06", gp_prescriber(RIVERSIDE),
    stopped="2024-01-10"))),
    "zopiclone stopped in January 2024, long before this pregnancy: no assessment needed (exposure windows)")
ok("dose-citalopram-amended", "ok-dose-change", C, chain(
    dose("med-citalopram", "10 mg once daily (reduced from 20 mg)", "2026-02-11"),
    set_(f"assessments#{CA}.date", "2026-02-11"), set_("overall_conclusion.date", "2026-02-11"),
    set_(f"assessments#{CA}.conclusion",
         "Citalopram was reduced to 10 mg on 11 February because of palpitations; it continues at that dose, not "
         "stopped, because of her relapse risk. The baby may still have adaptation symptoms, which the midwife "
         "watches for in the first 48 hours; breastfeeding is supported."),
    overall("Citalopram reduced to 10 mg on 11 February and continuing. Midwife to watch the baby for adaptation "
            "symptoms in the first 48 hours; breastfeeding supported; GP mood review at 6 weeks."),
    set_("amendment_reason",
         "Citalopram reduced from 20 mg to 10 mg on 11 February because of palpitations; the assessment and both "
         "conclusions were rewritten that day; the health visitor was added as a recipient.")),
    "an amended record after a dose reduction, saying what changed")

# ---- must refuse: the change came after the assessment, the new medicine is missing, the change is unexplained.

bad("dose-methadone-raised-after", "bad-dose-change", M,
    dose("med-methadone", "80 mg (80 ml) once daily, supervised consumption", "2026-03-20"),
    "methadone raised to 80 mg on 20 March, after the assessment of 2 March (MA108)")
bad("dose-lithium-restarted-after", "bad-dose-change", L, chain(
    set_("medicines#med-lithium.started", "2026-05-15"), delete("medicines#med-lithium.last_changed")),
    "lithium restarted on 15 May, after the assessment of 6 May (MA108)")
bad("dose-fluoxetine-listed-unassessed", "bad-dose-change", M, chain(
    set_("medicines#med-sertraline.stopped", "2026-02-16"),
    edit(lambda d: d["medicines"].append(medicine(
        "med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily", "2026-02-16", gp_prescriber(RIVERSIDE))))),
    "switched to fluoxetine, which is listed, while only the stopped sertraline is assessed (MA101)")
bad("dose-fluoxetine-not-listed", "bad-dose-change", M, set_(
    f"assessments#{SA}.conclusion",
    "Sertraline did not suit her, so she now takes fluoxetine 20 mg every morning instead. The baby may be "
    "jittery or feed poorly for the first days, which the midwife will watch for; breastfeeding is fine."),
    "the conclusion says she now takes fluoxetine, which the medicine list does not hold (MA120)")
bad("dose-diazepam-taper-after", "bad-dose-change", F,
    dose("med-diazepam", "4 mg three times a day, reducing", "2026-06-13"),
    "diazepam taper started on 13 June, after the assessment of 12 June (MA108)")
bad("dose-citalopram-amended-unsaid", "bad-dose-change", C, chain(
    dose("med-citalopram", "10 mg once daily", "2026-02-09"),
    set_("amendment_reason", "Updated as discussed.")),
    "a dose changed and the record amended, whose reason says only 'Updated as discussed.' (MA008)")
bad("dose-partner-increased-after", "bad-dose-change", P,
    dose("med-partner-quetiapine", "400 mg at night", "2026-05-30"),
    "the father's quetiapine raised on 30 May, after the assessment of 28 May (MA108)")
bad("dose-sertraline-started-after", "bad-dose-change", N, chain(
    edit(lambda d: d["medicines"].append(_with(SERTRALINE_N, started="2026-04-10", last_changed=None))),
    set_("assessments", [N_SERT]),
    set_("overall_conclusion", {"text": (
        "Sertraline 100 mg continues; the breastfed baby had no adaptation signs. Paracetamol and lactulose raise "
        "no concern."), "author": COLE, "date": "2026-04-09"})),
    "sertraline started on 10 April, the day after the assessment of 9 April (MA108)")


# ============================================================================================================
# Dates: leap days, the day of delivery, the attestation the same day, pre-conception advice; impossible dates.

ok("dates-mother-born-leap-day", "ok-dates-edge", M, set_("mother.birth_date", "1996-02-29"),
   "a mother born on 29 February 1996, a leap year")
ok("dates-started-leap-day-2024", "ok-dates-edge", M, set_("medicines#med-methadone.started", "2024-02-29"),
   "methadone started on 29 February 2024, a real date")


def _all_on(day: str, at: str) -> Mutation:
    """Every date of the partner record (P) moved to one day: assessment, overall, attestation, update, consent."""
    return chain(
        set_(f"assessments#{PA}.date", day), set_("overall_conclusion.date", day),
        set_("attestation.at", at), set_("updated", at), set_("lawful_basis.recorded_on", day),
        set_("medicines#med-paracetamol.started", day))


ok("dates-all-on-delivery-day", "ok-dates-edge", P, chain(
    _all_on("2026-05-18", "2026-05-18T21:30:00+01:00"),
    set_("safeguarding.sleeping_arrangements",
         "Next-to-me crib on the mother's side of the bed, seen by the ward midwife before discharge on "
         "2026-05-18.")),
    "assessed, concluded, attested and shared on the day the baby was born")
ok("dates-attested-just-after-midnight-bst", "ok-dates-edge", P, chain(
    set_("attestation.at", "2026-05-28T00:20:00+01:00"), set_("updated", "2026-05-28T00:25:00+01:00")),
    "attested at 00:20 BST on the assessment day (23:20 UTC the day before): same day in its own time zone")
ok("dates-attested-utc-z", "ok-dates-edge", M, chain(
    set_("attestation.at", "2026-03-02T16:40:00Z"), set_("updated", "2026-03-02T16:45:00Z")),
    "attestation and update time written with a Z suffix")
ok("dates-edd-13-days-off", "ok-dates-edge", M, set_("pregnancy.edd", "2026-05-29"),
   "agreed EDD 13 days after the one the gestation implies (2026-05-16): within the 14-day tolerance")
ok("dates-post-dates-antenatal", "ok-dates-edge", M, chain(
    set_("pregnancy.edd", "2026-02-20"), set_("pregnancy.gestation", {"weeks": 41, "days": 2, "on": "2026-03-02"})),
    "still pregnant at 41+2, assessed 10 days after the EDD (within 42 weeks)")
ok("dates-gestation-from-dating-scan", "ok-dates-edge", L,
   set_("pregnancy.gestation", {"weeks": 12, "days": 0, "on": "2026-02-11"}),
   "gestation recorded at the dating scan months before the assessment, exactly matching the EDD")
ok("dates-pre-conception-advice-kept", "ok-dates-edge", V, edit(lambda d: d["assessments"].insert(0, asm(
    "asm-valproate-preconception", ["med-valproate"], sed="no", author=MCALLISTER, date="2025-03-10",
    cap="Seen before any pregnancy: seizure-free on valproate; not planning a pregnancy this year.",
    ss="Not sedating at this dose.",
    summary="If she became pregnant on valproate, about 1 in 10 babies would have a malformation and up to 4 in 10 "
            "later developmental difficulties.",
    bf="To be advised in any future pregnancy.",
    recs="Pregnancy prevention programme: long-acting contraception (implant) fitted; annual risk form with the "
         "neurologist; never stop valproate suddenly; see the GP before trying for a baby.",
    concl="Valproate continues under the pregnancy prevention programme with an implant for contraception; any "
          "future baby would be at high risk of malformation, so she must see the GP before trying to conceive "
          "and never stop valproate suddenly.") | {"pre_conception": True})),
   "pre-conception valproate advice from 2025, marked as such, kept beside the current assessment")
ok("dates-assessed-today", "ok-dates-edge", P, chain(
    _all_on("2026-12-03", "2026-12-03T09:00:00+00:00")),
    "assessed and attested on the day the gate runs (2026-12-03), six months after the birth")
ok("dates-stop-planned-ahead", "ok-dates-edge", F, set_("medicines#med-pregabalin.stopped", "2027-01-31"),
   "a planned end of pregabalin in the future: a stop date may lie ahead")
ok("dates-cpp-ended-before", "ok-dates-edge", M, chain(
    set_("safeguarding.child_protection_plan", False),
    set_("safeguarding.child_protection_plan_ended", "2026-02-20")),
    "a child protection plan that ended before the assessment, social worker still receiving")

bad("dates-mother-born-29-feb-1995", "bad-dates", M, set_("mother.birth_date", "1995-02-29"),
    "29 February 1995 does not exist")
bad("dates-started-29-feb-2025", "bad-dates", M, set_("medicines#med-methadone.started", "2025-02-29"),
    "methadone started on 29 February 2025, a day that does not exist")
bad("dates-assessed-30-feb", "bad-dates", M, set_(f"assessments#{SA}.date", "2026-02-30"),
    "an assessment dated 30 February")
bad("dates-consent-month-13", "bad-dates", M, set_("lawful_basis.recorded_on", "2026-13-02"),
    "consent recorded in month 13")
bad("dates-delivered-31-april", "bad-dates", N, set_("pregnancy.delivery_date", "2026-04-31"),
    "a delivery date of 31 April")
bad("dates-edd-18-days-off", "bad-dates", M, set_("pregnancy.edd", "2026-06-03"),
    "agreed EDD 18 days from what the gestation implies (MA011)")
bad("dates-born-before-conception", "bad-dates", P, set_("pregnancy.edd", "2027-04-01"),
    "a postnatal record whose EDD puts conception (2026-06-25) after the delivery of 2026-05-18 (MA013/MA212)")
bad("dates-postnatal-attested-before-birth", "bad-dates", P, chain(
    _all_on("2026-05-10", "2026-05-10T10:00:00+01:00")),
    "a postnatal record attested on 10 May for a baby born on 18 May (MA013)")
bad("dates-attested-over-a-year-after-birth", "bad-dates", P, set_("pregnancy.delivery_date", "2025-05-10"),
    "a postnatal record attested more than a year after the delivery it describes (MA013)")
bad("dates-assessed-before-pregnancy", "bad-dates", V, chain(
    set_(f"assessments#{VA}.date", "2025-03-10")),
    "the current valproate assessment dated a year before this pregnancy and not marked pre-conception (MA212)")
bad("dates-44-weeks-antenatal", "bad-dates", M, chain(
    set_("pregnancy.edd", "2026-02-01"), set_("pregnancy.gestation", {"weeks": 44, "days": 1, "on": "2026-03-02"})),
    "an antenatal assessment 29 days after the EDD, at 44+1 weeks (MA013)")
bad("dates-assessed-tomorrow", "bad-dates", P, _all_on("2026-12-04", "2026-12-04T09:00:00+00:00"),
    "assessed, attested and updated on 4 December 2026, the day after the gate runs (MA206, MA211)")
bad("dates-cpp-ends-in-future", "bad-dates", M, chain(
    set_("safeguarding.child_protection_plan", False),
    set_("safeguarding.child_protection_plan_ended", "2027-01-15")),
    "a child protection plan recorded as having ended in January 2027 (MA013)")
bad("dates-gestation-seven-days", "bad-dates", M, set_("pregnancy.gestation", {"weeks": 29, "days": 7, "on": "2026-03-02"}),
    "gestation 29+7: days run 0 to 6")
bad("dates-mother-aged-eight", "bad-dates", M, set_("mother.birth_date", "2017-05-01"),
    "a mother born in 2017 (MA014)")
bad("dates-consent-before-pregnancy", "bad-dates", M, set_("lawful_basis.recorded_on", "2025-06-01"),
    "consent recorded in June 2025, before this pregnancy began (about 2025-08-08) (MA013)")
bad("dates-attested-day-before", "bad-dates", M, set_("attestation.at", "2026-03-01T18:15:00+00:00"),
    "attested the evening before the assessments it attests (MA211)")


# ============================================================================================================
# Routes for recipients (MA306-MA311), on the methadone record (M).

def route(rid: str, value: Record) -> Mutation:
    return set_(f"recipients#{rid}.route", value)


def mllp(host: str, port: int = 2575) -> Record:
    return {"kind": "mllp", "host": host, "port": port}


def fhir(url: str) -> Record:
    return {"kind": "fhir", "base_url": url}


def mesh(box: str) -> Record:
    return {"kind": "mesh", "mailbox": box}


def manual(text: str) -> Record:
    return {"kind": "manual", "description": text}


ok("route-mesh-trust-style", "ok-routes", M, route("rcp-hv", mesh("RXF7HV02")),
   "a MESH id in a trust's style: ODS code then letters and digits")
ok("route-mesh-six-chars", "ok-routes", M, route("rcp-hv", mesh("X26HV1")),
   "a MESH id of six characters, the shortest documented length")
ok("route-mllp-private-ipv4", "ok-routes", M, route("rcp-maternity", mllp("10.212.4.17")),
   "an MLLP host given as an HSCN-style private IPv4 address")
ok("route-mllp-ipv6", "ok-routes", M, route("rcp-maternity", mllp("2001:db8:4::17", 6661)),
   "an MLLP host given as an IPv6 address")
ok("route-mllp-nhs-fqdn", "ok-routes", M, route("rcp-maternity", mllp("tie-live.castleford-royal.nhs.uk", 5000)),
   "an MLLP host as a hyphenated NHS domain name on a non-default port")
ok("route-fhir-trailing-slash", "ok-routes", M,
   route("rcp-maternity", fhir("https://fhir.hampton-general.nhs.uk/R4/")),
   "a FHIR base URL ending in a slash")
ok("route-fhir-with-port", "ok-routes", M,
   route("rcp-maternity", fhir("https://interop.hampton-general.nhs.uk:8443/fhir/R4")),
   "a FHIR base URL with an explicit https port")
ok("route-fhir-test-domain", "ok-routes", M, route("rcp-maternity", fhir("https://fhir.maternity.test/baseR4")),
   "a FHIR base URL under the reserved 'test' domain, which stays allowed")
ok("route-fhir-upper-case-host", "ok-routes", M,
   route("rcp-maternity", fhir("https://FHIR.Hampton-General.NHS.uk/R4")),
   "host names are case-insensitive")
ok("route-manual-collects-signed", "ok-routes", M, route("rcp-sw", manual(
    "Social worker collects a sealed printed copy from the practice reception on 2026-03-04 and signs for it.")),
   "a manual hand-over that says who, what, where and when")
ok("route-phone-international-form", "ok-routes", M, set_("safeguarding.social_worker.telephone", "+44 1632 960123"),
   "the social worker's number written with +44")
ok("route-phone-brackets-extension", "ok-routes", M,
   set_("safeguarding.social_worker.telephone", "(01632) 960123 ext. 214"),
   "a number with the area code in brackets and an extension")
ok("route-ods-trust-three", "ok-routes", M, set_("recipients#rcp-maternity.organisation.ods_code", "RR8"),
   "a three-character NHS trust ODS code")
ok("route-ods-site-five", "ok-routes", M, set_("recipients#rcp-midwife.organisation.ods_code", "RR801"),
   "a five-character trust site ODS code")

bad("route-mesh-word-sample", "bad-routes", M, route("rcp-hv", mesh("SAMPLE01")),
    "'SAMPLE01': an English word standing in for a mailbox id (MA307)")
bad("route-mesh-word-inbox", "bad-routes", M, route("rcp-midwife", mesh("INBOX001")),
    "'INBOX001': an English word standing in for a mailbox id (MA307)")
bad("route-mesh-three-chars", "bad-routes", M, route("rcp-hv", mesh("X26")),
    "a mailbox id of three characters: an ODS code, not a mailbox (MA307)")
bad("route-mesh-lower-case", "bad-routes", M, route("rcp-hv", mesh("x26hc003")),
    "a mailbox id in lower case: MESH ids are upper case")
bad("route-mesh-one-letter-repeated", "bad-routes", M, route("rcp-hv", mesh("QQQQQQQQ")),
    "one letter repeated (MA307)")
bad("route-mesh-digits-only", "bad-routes", M, route("rcp-hv", mesh("20260302")),
    "a date typed as a mailbox id: no letter (MA307)")
bad("route-mllp-localhost", "bad-routes", M, route("rcp-maternity", mllp("localhost")),
    "MLLP to this machine on a live site (MA308)")
bad("route-mllp-loopback-ip", "bad-routes", M, route("rcp-maternity", mllp("127.0.0.1")),
    "MLLP to the loopback address (MA308)")
bad("route-mllp-unspecified", "bad-routes", M, route("rcp-maternity", mllp("0.0.0.0")),
    "MLLP to 0.0.0.0, where no server answers (MA308)")
bad("route-mllp-bare-name", "bad-routes", M, route("rcp-maternity", mllp("maternity")),
    "a one-label host name, not fully qualified (MA308)")
bad("route-mllp-invalid-domain", "bad-routes", M, route("rcp-maternity", mllp("tie.castleford.invalid")),
    "a host under 'invalid', which never resolves (MA308)")
bad("route-mllp-multicast", "bad-routes", M, route("rcp-maternity", mllp("239.1.2.3")),
    "a multicast group as the receiver (MA308)")
bad("route-mllp-port-in-host", "bad-routes", M, route("rcp-maternity", mllp("tie.castleford.nhs.uk:2575")),
    "the port typed into the host field (MA308)")
bad("route-mllp-empty-label", "bad-routes", M, route("rcp-maternity", mllp("tie..castleford.nhs.uk")),
    "a host name with an empty label (MA308)")
bad("route-fhir-plain-http", "bad-routes", M, route("rcp-maternity", fhir("http://fhir.hampton-general.nhs.uk/R4")),
    "a FHIR base URL over plain http to another organisation (MA308)")
bad("route-fhir-credentials", "bad-routes", M,
    route("rcp-maternity", fhir("https://gp:Secret1@fhir.hampton-general.nhs.uk/R4")),
    "credentials inside the FHIR base URL (MA308)")
bad("route-fhir-query", "bad-routes", M,
    route("rcp-maternity", fhir("https://fhir.hampton-general.nhs.uk/R4?_format=json")),
    "a query string on the FHIR base URL (MA308)")
bad("route-fhir-fragment", "bad-routes", M,
    route("rcp-maternity", fhir("https://fhir.hampton-general.nhs.uk/R4#maternity")),
    "a fragment on the FHIR base URL (MA308)")
bad("route-fhir-ipv6-loopback", "bad-routes", M, route("rcp-maternity", fhir("https://[::1]/fhir")),
    "FHIR to this machine by its IPv6 loopback address (MA308)")
bad("route-manual-to-be-arranged", "bad-routes", M,
    route("rcp-sw", manual("Printed copy to be arranged with the ward clerk.")),
    "a hand-over still to be arranged (MA309)")
bad("route-manual-mother-hands-on", "bad-routes", M,
    route("rcp-sw", manual("Copy left with the mother to hand on to her social worker.")),
    "the mother asked to hand the record on (MA309)")
bad("route-phone-area-code-only", "bad-routes", M, set_("safeguarding.social_worker.telephone", "01632"),
    "an area code with no number (MA311)")
bad("route-ods-two-chars", "bad-routes", M, set_("recipients#rcp-hv.organisation.ods_code", "Y9"),
    "a two-character ODS code (MA310)")
bad("route-social-worker-no-route", "bad-routes", M, delete("recipients#rcp-sw.route"),
    "the social worker listed with no route at all (MA306)")


# ============================================================================================================
# Disguise: each text written plain and disguised; the pair must get one verdict.


def _cyr(text: str) -> str:
    return homoglyphs(text, "aeopcx")


def _greek(text: str) -> str:
    return homoglyphs(text, "aoi", variant=1)


def _zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def _shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def _mixed(text: str) -> str:
    return inside_words(homoglyphs(text, "eo"), "\u2060", every=3)


def pair(name: str, expect: Expect, base: str, build: Callable[[Callable[[str], str]], Mutation],
         disguise: tuple[str, Callable[[str], str]], why: str) -> None:
    """The same case plain and disguised, with one expected verdict."""
    kind, fn = disguise
    add(f"disguise-{name}-plain", "disguise", expect, base, build(lambda t: t), f"{why} (plain)")
    add(f"disguise-{name}-{kind}", "disguise", expect, base, build(fn), f"{why} ({kind}: same verdict as plain)")


pair("good-methadone", PASS, M, lambda d: set_(f"assessments#{MA}.conclusion", d(
    "Methadone 60 mg a day stays as it is. Expect the baby to need neonatal abstinence scoring for three days or "
    "more after birth; breastfeeding is encouraged; she is sleepy after each dose, so the baby has its own cot "
    "and never shares her bed or the sofa.")), ("cyrillic", _cyr),
    "a complete methadone conclusion")
pair("good-sertraline", PASS, M, lambda d: set_(f"assessments#{SA}.conclusion", d(
    "Keep sertraline at 100 mg: relapse would harm mother and baby more than the medicine does. The newborn may "
    "be jittery or slow to feed for a day or two, which the midwife watches for; breastfeeding on sertraline is "
    "fine.")), ("zwsp", _zwsp),
    "a complete sertraline conclusion")
pair("good-overall-m", PASS, M, lambda d: overall(d(
    "Methadone and sertraline both carry on at the same doses. After birth the baby is scored for withdrawal for "
    "at least 72 hours and watched for SSRI adaptation; breastfeeding is encouraged; no bed or sofa sharing while "
    "she is drowsy from methadone.")), ("soft-hyphen", _shy),
    "a complete overall conclusion for methadone and sertraline")
pair("good-lithium", PASS, L, lambda d: set_(f"assessments#{LA}.conclusion", d(
    "Lithium 800 mg continues to protect her from postpartum relapse. Levels every 4 weeks, weekly from 36 weeks "
    "and within 24 hours of birth; the baby sees a paediatrician after birth for floppiness, feeding and thyroid "
    "checks, and is bottle fed.")), ("fullwidth", full_width),
    "a complete lithium conclusion")
pair("good-partner", PASS, P, lambda d: set_(f"assessments#{PA}.conclusion", d(
    "Daniel's quetiapine at night leaves him too drowsy to wake for the baby: he does no night feeds and never "
    "lies down with the baby on a bed, sofa or armchair; the crib stays by the mother's side.")), ("greek", _greek),
    "a complete conclusion on the father's quetiapine")
pair("good-manual-route", PASS, F, lambda d: route("rcp-foster-carer", manual(d(
    "The ward midwife gives the foster carer a printed copy at discharge on 2026-06-14 and goes through the "
    "sedation and safe sleep plan with her."))), ("mixed", _mixed),
    "a manual hand-over that is an instruction")

pair("hollow-methadone-dismissal", REFUSE, M, lambda d: set_(f"assessments#{MA}.conclusion", d(
    "No concerns with methadone at this point.")), ("cyrillic", _cyr),
    "a dismissal with nothing else (MA103)")
pair("hollow-sertraline-deferral", REFUSE, M, lambda d: set_(f"assessments#{SA}.conclusion", d(
    "Sertraline plan: refer to the perinatal team's letter.")), ("zwsp", _zwsp),
    "a deferral to a letter nobody receives (MA103)")
pair("hollow-overall-pointer", REFUSE, M, lambda d: overall(d(
    "Both medicines reviewed; see each assessment above for details.")), ("soft-hyphen", _shy),
    "an overall conclusion that only points at the assessments (MA103)")
pair("partner-safe-sleep-na", REFUSE, P, lambda d: set_(f"assessments#{PA}.impact_on_mother.safe_sleep", d(
    "Not applicable - his medicine, not hers.")), ("fullwidth", full_width),
    "the father's sedating medicine: safe sleep dismissed as not applicable (MA123)")
pair("manual-mum-passes-on", REFUSE, F, lambda d: route("rcp-foster-carer", manual(d(
    "Handed to mum to pass on to the foster carer."))), ("greek", _greek),
    "the record left to the mother to pass on (MA309)")
pair("diazepam-unassessed", REFUSE, N, lambda d: edit(lambda doc: doc["medicines"].append(medicine(
    "med-diazepam", d("Diazepam 5mg tablets"), "5 mg at night", "2026-04-03", gp_prescriber(RIVERSIDE)))),
    ("cyrillic", _cyr),
    "a listed, uncoded diazepam with no assessment (MA101)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F6CASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:18} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':18} refuse {sum(c.expect == REFUSE for c in F6CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F6CASES):3}")
