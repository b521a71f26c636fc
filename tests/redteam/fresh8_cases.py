"""A tenth, independent batch of red-team cases for the share gate (the eighth "fresh" batch).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give.
It was written from the clinical intent and the rule catalogue (docs/rules.md, README.md), not from the gate's
code, and covers:

* UK brand names (../shared/reference/codes/codelists-more/brand-names.csv) of medicines of concern, and those
  brands misspelt the way people type them ("Kepra", "Tegretal", "Lamictle", "Nurontin", "Zimmovane"): left
  unassessed (or waved through with a reason that does not hold) they must be refused; assessed properly they
  must pass. Medicines of no concern whose names look like one of concern ("Nurofen" and Neurontin, "Keflex"
  and Keppra, "Loratadine" and lorazepam, "Co-amoxiclav" and co-codamol) must not be refused for the likeness;
* GP shorthand that concludes ("Cont. methadone 60mg OD. Baby: NAS obs 72h PNW ...") against shorthand that
  says nothing ("NAD. Cont. R/v 4/52.");
* conclusions copied between medicines with the name swapped, a few words changed, sentences reordered or
  look-alike letters, against a joint assessment that names both medicines and separate conclusions that share
  a sentence but differ in substance;
* concerns that are moot (a baby past 28 days for withdrawal, a medicine stopped before the pregnancy, a bottle-
  fed baby for breastfeeding) said briefly, against concerns that are live and dismissed;
* long conclusions (200 to 400 words, headings, lists, history, letters and meetings) with a real decision,
  against long texts that pad a one-line non-answer with history and pleasantries;
* disguise: pairs and families from the categories above, plain and disguised, each with one verdict.

Only real medicines and UK brands are used; no clinical code is invented: medicines added here are recorded
uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh8_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Sequence

from tests.redteam.cases import (
    CASTLE_STREET,
    DRUG_SERVICE,
    ELM_PARK,
    MCALLISTER,
    MILLBROOK,
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
    delete,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F8CASES: list[Case] = []

CATEGORIES = (
    "bad-brand-unassessed",
    "ok-brand-assessed",
    "ok-shorthand",
    "bad-shorthand",
    "bad-copy-edited",
    "ok-copy-distinct",
    "ok-late-postnatal",
    "ok-stopped",
    "ok-no-concern",
    "bad-concern-live",
    "ok-long",
    "bad-long-padding",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F8CASES.append(Case(f"f8-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def item(aid: str, path: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.{path}", text)


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
            "recommendations": recs, "conclusion": concl, "author": author, "date": date}


def assessed(*assessments: Record, ov: str, author: Record = SHAH, date: str = "2026-04-09") -> Mutation:
    """The record's assessments and overall conclusion replaced."""
    return chain(set_("assessments", [copy.deepcopy(a) for a in assessments]),
                 set_("overall_conclusion", {"text": ov, "author": author, "date": date}))


def redate(day: str, time: str = "12:00:00+01:00") -> Mutation:
    """Every assessment, the overall conclusion, the attestation and the update time moved to one later day."""

    def mutate(doc: Record) -> None:
        for a in doc.get("assessments", []):
            a["date"] = day
        if doc.get("overall_conclusion"):
            doc["overall_conclusion"]["date"] = day
        doc["attestation"]["at"] = f"{day}T{time}"
        doc["updated"] = f"{day}T{time}"

    return mutate


def n_med(mid: str, name: str, dose: str, *, started: str = "2025-05-01", **extra: object) -> Record:
    """A medicine for the postnatal example (Riverside Surgery, delivery 2026-04-02, breastfed)."""
    return medicine(mid, name, dose, started, gp_prescriber(RIVERSIDE), **extra)


# ============================================================================================================
# bad-brand-unassessed: a medicine of concern listed by brand, or a brand misspelt as typed, on the postnatal
# breastfed example, with no assessment. Some carry a clinician's "not of concern" reason, which cannot excuse
# a medicine of concern (MA101); an unrecognised misspelling with no reason is refused too (MA117).

_UNASSESSED: list[tuple[str, str, str, str | None, str]] = [
    # case name, listed name, dose, not_of_concern_reason, why
    ("solpadol-plain", "Solpadol 30mg/500mg caplets", "Two caplets up to four times a day", None,
     "co-codamol 30/500 by brand: codeine while breastfeeding"),
    ("zapain-with-reason", "Zapain 30mg/500mg capsules", "Two capsules four times a day when needed",
     "Just a painkiller for after the birth; she has used it before with no problems.",
     "co-codamol by brand, waved through as 'just a painkiller'"),
    ("kapak-dropped-e", "Kapak 30/500 tablets", "Two tablets four times a day", None,
     "Kapake with its last letter dropped"),
    ("emcozin-brand", "Emcozin 30mg/500mg tablets", "Two tablets up to four times a day", None,
     "a less familiar co-codamol brand"),
    ("cocodamol-run-together", "Cocodamol 30/500 caps", "2 QDS PRN", None,
     "co-codamol with the hyphen left out and 'caps'"),
    ("nytol-with-reason", "Nytol One-A-Night 50mg tablets", "One tablet at night when she cannot sleep",
     "Over-the-counter sleep aid she buys herself at the chemist.",
     "diphenhydramine sold over the counter, excused because she bought it"),
    ("sominx-dropped-e", "Sominx 20mg tablets", "20 mg at night", None,
     "Sominex (promethazine) with a letter dropped"),
    ("phenergen-vowel", "Phenergen 25mg tablets", "25 mg at night for itching", None,
     "Phenergan misspelt with an e for the a"),
    ("kepra-dropped-p", "Kepra 500mg tablets", "500 mg twice a day", None,
     "Keppra (levetiracetam) with one p"),
    ("keppra-with-reason", "Keppra 250mg tablets", "250 mg twice a day",
     "Long-standing neurology prescription for epilepsy, well controlled, not changed for years.",
     "an antiepileptic excused because it is long-standing; breastfeeding and relapse unassessed"),
    ("tegretal-vowel", "Tegretal 200mg tablets", "200 mg twice a day", None,
     "Tegretol (carbamazepine) typed with an a"),
    ("tegretol-retard-plain", "Tegretol Retard 400mg tablets", "400 mg twice a day", None,
     "carbamazepine by brand"),
    ("lamictle-by-sound", "Lamictle 100mg tablets", "100 mg twice a day", None,
     "Lamictal spelt as it sounds"),
    ("epilum-vowel", "Epilum 200 gastro-resistant tablets", "400 mg twice a day", None,
     "Epilim (sodium valproate) misspelt"),
    ("lyrika-by-sound", "Lyrika 75mg capsules", "75 mg twice a day", None,
     "Lyrica (pregabalin) spelt with a k"),
    ("nurontin-dropped-e", "Nurontin 300mg capsules", "300 mg three times a day", None,
     "Neurontin (gabapentin) with the e dropped"),
    ("neurontin-with-reason", "Neurontin 300mg capsules", "300 mg three times a day",
     "For nerve pain in her back; GP prescribed and reviewed.",
     "gabapentin by brand, excused as 'for nerve pain'"),
    ("xanex-by-sound", "Xanex 500microgram tablets", "500 micrograms at night", None,
     "Xanax (alprazolam) spelt with an e"),
    ("zimmovane-doubled", "Zimmovane 7.5mg tablets", "7.5 mg at night", None,
     "Zimovane (zopiclone) with the m doubled"),
    ("stilnoct-with-reason", "Stilnoct 10mg tablets", "10 mg at night",
     "Short course for sleep only; she says it helps her rest between feeds.",
     "zolpidem excused as a short course, while caring for a newborn at night"),
    ("zyprexia-added-i", "Zyprexia 5mg tablets", "5 mg at night", None,
     "Zyprexa (olanzapine) with an extra i"),
    ("abilfy-dropped-i", "Abilfy 10mg tablets", "10 mg once daily", None,
     "Abilify (aripiprazole) with an i dropped"),
    ("largactil-plain", "Largactil 25mg tablets", "25 mg at night", None,
     "chlorpromazine by brand"),
    ("priton-dropped-i", "Priton 4mg tablets", "4 mg at night", None,
     "Piriton (chlorphenamine) with an i dropped"),
    ("espranor-plain", "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised", None,
     "buprenorphine by brand, from the drug service"),
    ("xanex-with-reason", "Xanex 500microgram tablets", "500 micrograms at night when anxious",
     "Occasional tablet for anxiety from her previous GP; she rarely takes it.",
     "Xanax misspelt and excused as occasional: a benzodiazepine while caring for a newborn"),
    ("tegretal-with-reason", "Tegretal 200mg tablets", "200 mg twice a day",
     "Taken for trigeminal neuralgia for years; stable and managed by neurology.",
     "Tegretol misspelt and excused as long-standing"),
    ("nurontin-with-reason", "Nurontin 300mg capsules", "300 mg three times a day",
     "Nerve pain tablet from the pain clinic; she has been on it for a long time.",
     "Neurontin misspelt and excused as a pain clinic tablet"),
    ("lamictle-with-reason", "Lamictle 50mg tablets", "50 mg twice a day",
     "Mood stabiliser from the psychiatrist; stable, no recent change.",
     "Lamictal spelt by sound and excused as stable"),
    ("sominx-with-reason", "Sominx 20mg tablets", "20 mg at night",
     "Bought over the counter at the chemist to help her sleep.",
     "Sominex misspelt and excused as bought over the counter"),
    ("zamadol-with-reason", "Zamadol 50mg capsules", "50 mg up to four times a day",
     "Painkiller after the caesarean section; short course from the ward.",
     "tramadol by brand excused as a short course while breastfeeding"),
]
for _name, _listed, _dose, _reason, _why in _UNASSESSED:
    _extra: dict[str, object] = {} if _reason is None else {"not_of_concern_reason": _reason}
    bad(f"brand-unassessed-{_name}", "bad-brand-unassessed", N,
        add_medicine(n_med("med-brand", _listed, _dose, started="2026-04-03", **_extra)),
        f"unassessed medicine of concern while breastfeeding: {_why}")

bad("brand-unassessed-partner-zimovane", "bad-brand-unassessed", P,
    add_medicine(medicine("med-partner-zimovane", "Zimovane 7.5mg tablets", "7.5 mg at night", "2025-11-03",
                          other_prescriber(ELM_PARK), taken_by="partner")),
    "the father's zopiclone by brand, never assessed for co-sleeping")

# A brand listed and an assessment written, but the conclusion never names it (or names another medicine).
_TEGRETOL_V = medicine("med-valproate", "Tegretol Retard 400mg prolonged-release tablets", "400 mg twice a day",
                       "2019-09-02", gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
_LAMICTAL_V = medicine("med-valproate", "Lamictal 100mg tablets", "100 mg twice a day", "2019-09-02",
                       gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")


def _v_antiepileptic(med: Record, ingredient: str, conclusion: str, ov: str) -> Mutation:
    return chain(replace_medicine("med-valproate", med), assessed(asm(
        VA, ["med-valproate"], sed="no", author=MCALLISTER, date="2026-05-20",
        cap=f"Seizure-free for two years on {ingredient}. Stopping suddenly risks seizures in pregnancy.",
        ss="Not sedating at this dose. If seizures return after birth she should not bath the baby alone or "
           "sleep with the baby in her bed.",
        summary=f"First-trimester {ingredient} exposure: a small rise in the chance of a major malformation, "
                "including neural tube defects; a detailed anomaly scan at 20 weeks is needed.",
        bf=f"Breastfeeding is usually possible on {ingredient}; watch the baby for drowsiness and poor feeding.",
        recs=f"Do not stop {ingredient}. Urgent epilepsy nurse review for the dose in pregnancy; antenatal clinic "
             "for a detailed anomaly scan. Folic acid 5 mg daily started today.",
        concl=conclusion), ov=ov, author=MCALLISTER, date="2026-05-20"))


bad("brand-assessed-conclusion-omits-tegretol", "bad-brand-unassessed", V, _v_antiepileptic(
    _TEGRETOL_V, "carbamazepine",
    "The epilepsy tablet continues unchanged until the neurologist reviews it, because a seizure in pregnancy "
    "endangers her and the baby. The baby was exposed in the first trimester, so a detailed anomaly scan is "
    "booked and folic acid 5 mg started; breastfeeding should be possible.",
    "Unplanned pregnancy at 8 weeks on Tegretol. It continues; urgent epilepsy review and a detailed anomaly scan "
    "for the baby; folic acid 5 mg started."),
    "Tegretol listed and assessed, but its conclusion says 'the epilepsy tablet' and never names it (MA119)")
bad("brand-assessed-conclusion-names-wrong-drug", "bad-brand-unassessed", V, _v_antiepileptic(
    _LAMICTAL_V, "lamotrigine",
    "Levetiracetam continues unchanged until the neurologist reviews it, because a seizure in pregnancy endangers "
    "her and the baby. The baby was exposed in the first trimester, so a detailed anomaly scan is booked and folic "
    "acid 5 mg started; breastfeeding should be possible.",
    "Unplanned pregnancy at 8 weeks on Lamictal (lamotrigine). It continues; urgent epilepsy review and a "
    "detailed anomaly scan for the baby; folic acid 5 mg started."),
    "Lamictal listed, the conclusion is about levetiracetam: omits lamotrigine (MA119), names an unlisted "
    "medicine (MA120)")

# ============================================================================================================
# ok-brand-assessed: the same kinds of name, assessed properly. Uncoded: MA118 warns, nothing refuses.

ok("brand-assessed-tegretol-retard", "ok-brand-assessed", V, _v_antiepileptic(
    _TEGRETOL_V, "carbamazepine",
    "Tegretol (carbamazepine) continues unchanged until the neurologist reviews it: a seizure in pregnancy is "
    "dangerous for her and the baby. First-trimester exposure slightly raises the chance of a neural tube defect, "
    "so a detailed anomaly scan is booked and folic acid 5 mg started; breastfeeding should be possible.",
    "Unplanned pregnancy at 8 weeks on Tegretol Retard. Carbamazepine continues, never stopped suddenly; urgent "
    "epilepsy nurse review, detailed anomaly scan for the baby, folic acid 5 mg."),
    "carbamazepine by brand in the list, named by brand and ingredient in the conclusion")
ok("brand-assessed-kepra-listed-misspelt", "ok-brand-assessed", V, _v_antiepileptic(
    medicine("med-valproate", "Kepra 500mg tablets", "500 mg twice a day", "2019-09-02",
             gp_prescriber(CASTLE_STREET), last_changed="2024-03-11"), "levetiracetam",
    "Levetiracetam (Keppra) 500 mg twice a day carries on, since stopping risks seizures that would harm her and "
    "the baby. It is one of the lower-risk antiepileptics for the unborn baby; a detailed anomaly scan is still "
    "booked and folic acid 5 mg started. Breastfeeding is fine with the baby watched for sleepiness.",
    "Pregnant at 8 weeks on levetiracetam, which continues; epilepsy nurse review, anomaly scan for the baby, "
    "folic acid 5 mg started, breastfeeding supported."),
    "the list says 'Kepra' (as typed), the conclusion spells it properly")
ok("brand-assessed-lamictle-listed-misspelt", "ok-brand-assessed", V, _v_antiepileptic(
    medicine("med-valproate", "Lamictle 100mg tablets", "100 mg twice a day", "2019-09-02",
             gp_prescriber(CASTLE_STREET), last_changed="2024-03-11"), "lamotrigine",
    "Lamotrigine continues at 100 mg twice a day with levels each trimester, because levels fall in pregnancy and "
    "seizures would endanger the baby. The risk to the baby is close to background; a detailed anomaly scan is "
    "booked, folic acid 5 mg started, and breastfeeding is expected to be fine.",
    "Lamotrigine (Lamictal) continues through this pregnancy with trimester levels; detailed anomaly scan for the "
    "baby; folic acid 5 mg; breastfeeding supported."),
    "'Lamictle' in the list as typed; conclusions name lamotrigine and Lamictal")
ok("brand-assessed-epilim-conclusion-misspelt", "ok-brand-assessed", V, chain(
    set_("medicines#med-valproate.name", "Epilim 500 gastro-resistant tablets"),
    concl(VA, "Epilum must not be stopped suddenly: seizures would put her and the baby at risk. The baby was "
              "exposed in the first trimester (about 1 in 10 risk of major malformation), so urgent neurology and "
              "fetal medicine review are booked today, with a detailed scan; folic acid 5 mg started.")),
    "the brand in the list, misspelt 'Epilum' in its own conclusion: a near misspelling names it (MA119)")
ok("brand-assessed-camcolit", "ok-brand-assessed", L,
   set_("medicines#med-lithium.name", "Camcolit 400mg modified-release tablets"),
   "lithium by another brand; the conclusions already say lithium")
ok("brand-assessed-priadell-doubled", "ok-brand-assessed", L,
   set_("medicines#med-lithium.name", "Priadell 400mg MR tablets"),
   "Priadel with the l doubled, assessed; the conclusions say lithium")

_LYRIKA_F = medicine("med-pregabalin", "Lyrika 75mg capsules", "150 mg (two capsules) twice a day", "2025-07-01",
                     gp_prescriber(MILLBROOK), last_changed="2026-01-12")
ok("brand-assessed-lyrika-foster", "ok-brand-assessed", F, replace_medicine("med-pregabalin", _LYRIKA_F),
   "Lyrica typed 'Lyrika' in the list; assessed jointly and the conclusions say pregabalin")

_NEURONTIN_F = medicine("med-gabapentin", "Neurontin 300mg capsules", "300 mg three times a day", "2025-07-01",
                        gp_prescriber(MILLBROOK), last_changed="2026-01-12")
_F_GABA_CONCL = (
    "Diazepam and Neurontin (gabapentin) together make her drowsy, worst at night: she must not co-sleep or feed "
    "the baby lying down, and the foster carer does the night feeds. The baby may show late withdrawal until day "
    "8. Both continue for now, with a slow diazepam reduction planned at the six-week review.")
ok("brand-assessed-neurontin-foster", "ok-brand-assessed", F, chain(
    replace_medicine("med-pregabalin", _NEURONTIN_F),
    set_(f"assessments#{FA}.impact_on_mother.parenting_capacity",
         "Taken together, diazepam and gabapentin cause drowsiness, worst after each dose and at night. Night feeds "
         "need another adult awake in the placement."),
    set_(f"assessments#{FA}.impact_on_baby.summary",
         "Exposed to diazepam and gabapentin throughout pregnancy. Withdrawal signs (irritability, tremor, poor "
         "feeding) usually start 48 to 72 hours after birth but can appear up to day 8. The newborn examination "
         "was normal."),
    concl(FA, _F_GABA_CONCL),
    overall("Diazepam and gabapentin (Neurontin) continue for now. Both sedate: no bed, sofa or armchair sharing, "
            "no feeding lying down, and the foster carer does the night feeds. Late withdrawal signs possible "
            "until day 8; foster carer, health visitor and social worker hold this plan.")),
    "gabapentin by brand, assessed jointly with diazepam and named by brand and ingredient")

_ESPRANOR_ASM = asm(
    MA, ["med-buprenorphine"], sed="yes", date="2026-03-02",
    cap="Stable on buprenorphine 16 mg daily (Espranor wafers) for a year; supervised; no on-top use.",
    ss="Never to share a bed or sofa with the baby after her dose; cot in the parents' room agreed.",
    summary="Neonatal withdrawal is possible after birth; signs usually start on day 2 to 4 and can take up to 8 "
            "days.",
    nwp="NAS scoring on the postnatal ward for at least 72 hours; health visitor checks for late signs to day 8.",
    bf="Buprenorphine is compatible with breastfeeding; breastfeeding encouraged.",
    recs="Dose changes only by the drug service, shared with maternity and the health visitor within the week.",
    concl="Espranor (buprenorphine) 16 mg continues under the drug service. The baby needs NAS scoring for at least "
          "72 hours after birth and health visitor checks to day 8; breastfeeding is encouraged; no co-sleeping "
          "after her dose.")
ok("brand-assessed-espranor", "ok-brand-assessed", M, chain(
    replace_medicine("med-methadone", medicine(
        "med-buprenorphine", "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised consumption",
        "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01")),
    lambda d: d["assessments"].__setitem__(0, copy.deepcopy(_ESPRANOR_ASM)),
    overall("Espranor (buprenorphine) and sertraline both continue unchanged. The baby needs withdrawal "
            "observation on the postnatal ward for at least 72 hours and a check for SSRI adaptation; "
            "breastfeeding supported; no co-sleeping after her buprenorphine dose.")),
    "a buprenorphine brand replacing methadone, assessed and named")

_CIPRALEX = medicine("med-sertraline", "Cipralex 10mg tablets", "10 mg once daily", "2025-06-10",
                     gp_prescriber(RIVERSIDE), last_changed="2025-09-22")
ok("brand-assessed-cipralex", "ok-brand-assessed", M, chain(
    replace_medicine("med-sertraline", _CIPRALEX),
    set_(f"assessments#{SA}.impact_on_mother.parenting_capacity",
         "Mood stable on escitalopram 10 mg; stopping risks relapse of depression."),
    set_(f"assessments#{SA}.recommendations",
         "Continue escitalopram 10 mg. Midwife to watch for adaptation symptoms alongside withdrawal observations."),
    concl(SA, "Cipralex (escitalopram) 10 mg continues, since relapse is the greater danger. The newborn may be "
              "jittery or feed poorly for a few days and the midwife will watch for this alongside the withdrawal "
              "scoring; fine to breastfeed."),
    overall("Methadone and escitalopram both continue. The baby will be scored for withdrawal on the postnatal "
            "ward and watched for SSRI adaptation; breastfeeding supported; no co-sleeping because methadone "
            "sedates her; social worker and health visitor see the cot before discharge.")),
    "an SSRI by brand, assessed and named by brand and ingredient")

_ZYPREXA_P = medicine("med-partner-olanzapine", "Zyprexa 10mg tablets", "10 mg at night", "2024-02-05",
                      other_prescriber(ELM_PARK), taken_by="partner", last_changed="2025-10-13")
ok("brand-assessed-partner-zyprexa", "ok-brand-assessed", P, chain(
    replace_medicine("med-partner-quetiapine", _ZYPREXA_P),
    set_(f"assessments#{PA}.impact_on_mother.parenting_capacity",
         "The father takes olanzapine 10 mg at night for schizophrenia and sleeps very deeply for hours after it. "
         "He is well and cares for the baby in the daytime."),
    concl(PA, "The father's Zyprexa (olanzapine) at night leaves him too deeply asleep to wake for the baby, so he "
              "never shares a bed, sofa or armchair with the baby and does no night feeds after his dose; the baby "
              "sleeps in its own crib and the health visitor checks this."),
    overall("The mother's paracetamol raises no concern. The father's olanzapine (Zyprexa) sedates him heavily at "
            "night: no co-sleeping with him and no night feeds by him after his dose; the baby's crib is on the "
            "mother's side and the health visitor keeps checking.")),
    "the father's antipsychotic by brand, assessed for co-sleeping and named")

_SOMINEX = n_med("med-promethazine", "Sominex 20mg tablets", "20 mg at night when needed", started="2026-04-04")
ok("brand-assessed-sominex", "ok-brand-assessed", N, chain(add_medicine(_SOMINEX), assessed(asm(
    "asm-promethazine", ["med-promethazine"], sed="yes",
    cap="Bought Sominex over the counter for poor sleep since the birth; groggy and slow to wake the next morning.",
    ss="On any night she takes it, the baby sleeps in the Moses basket and her partner does the night feed; never "
       "asleep with the baby in bed or on the sofa.",
    summary="Promethazine passes into breast milk in small amounts and could make a newborn drowsy or feed poorly.",
    bf="Better avoided while breastfeeding a newborn; if used, a single night only, with the baby watched for "
       "drowsiness.",
    recs="Stop Sominex; sleep hygiene and night feeds shared with her partner. Midwife to check the baby's "
         "alertness and feeding at the next visit.",
    concl="Sominex (promethazine) is to stop: it sedates her and reaches the breastfed baby, who could become drowsy "
          "and feed poorly. Until it is out of her system the baby sleeps in the Moses basket, never in her bed or "
          "on the sofa, and her partner does the night feeds."),
    ov="Sominex, bought for sleep, stops because promethazine sedates her and passes to the breastfed baby; no bed "
       "or sofa sharing meanwhile. Paracetamol and lactulose raise no concern.")),
    "a sleep aid sold over the counter, by brand, assessed for safe sleep and breastfeeding")

_NYTOL = n_med("med-diphenhydramine", "Nytol One-A-Night 50mg tablets", "50 mg at night", started="2026-04-04")
ok("brand-assessed-nytol-overall-brand-only", "ok-brand-assessed", N, chain(add_medicine(_NYTOL), assessed(asm(
    "asm-diphenhydramine", ["med-diphenhydramine"], sed="yes",
    cap="Two nights' use so far for sleeplessness; heavy-headed until mid-morning.",
    ss="No bed or sofa sharing with the baby on a night she has taken it; Moses basket beside the bed.",
    summary="Diphenhydramine reaches breast milk and can make a young baby sleepy or irritable and reduce milk "
            "supply.",
    bf="Not recommended while breastfeeding a newborn; stopped.",
    recs="Stop Nytol. Health visitor to ask about sleep and the baby's feeding at the new birth visit.",
    concl="Nytol (diphenhydramine) stops now: it can make the breastfed baby sleepy, may reduce her milk, and leaves "
          "her hard to wake. Until then no bed or sofa sharing, baby in the Moses basket."),
    ov="Nytol stopped as it can make the breastfed baby sleepy and leaves her hard to wake; Moses basket, no bed "
       "sharing. Paracetamol and lactulose need no change.")),
    "diphenhydramine by brand; the overall conclusion names it by brand only")

_SOLPADOL = n_med("med-co-codamol", "Solpadol 30mg/500mg caplets", "Two caplets four times a day",
                  started="2026-04-03", stopped="2026-04-09")
ok("brand-assessed-solpadol-stopped-today", "ok-brand-assessed", N, chain(add_medicine(_SOLPADOL), assessed(asm(
    "asm-co-codamol", ["med-co-codamol"], sed="yes",
    cap="Sleepy in the afternoons on Solpadol since the ward; otherwise caring for the baby well.",
    ss="While any codeine is in her system she must not fall asleep with the baby in bed or on the sofa.",
    summary="Codeine reaches breast milk; in fast metabolisers it can make a breastfed baby very drowsy with poor "
            "feeding and slowed breathing.",
    bf="Codeine is not to be used while breastfeeding (MHRA advice): Solpadol stopped, ibuprofen and paracetamol "
       "instead.",
    recs="Solpadol stopped today; ibuprofen 400 mg three times a day with paracetamol. Midwife to check the baby's "
         "feeding and alertness tomorrow; urgent help if the baby is floppy or hard to wake.",
    concl="Solpadol stopped today because its codeine can make a breastfed baby dangerously drowsy; ibuprofen and "
          "paracetamol instead. The midwife checks the baby's feeding and alertness tomorrow, and she knows to get "
          "urgent help if the baby is floppy or hard to wake."),
    ov="Solpadol (co-codamol) stopped: codeine is unsafe for the breastfed baby. Ibuprofen, paracetamol and "
       "lactulose continue; midwife to check the baby's alertness tomorrow.")),
    "co-codamol by brand, stopped on the day of the assessment, named by brand")

# Medicines of no concern whose names look like one of concern: each needs only the clinician's reason (MA117).
_LOOKALIKES: list[tuple[str, str, str, str, str]] = [
    # case name, listed name, dose, not_of_concern_reason, why
    ("nurofen-not-neurontin", "Nurofen 200mg tablets", "400 mg three times a day with food",
     "Ibuprofen for perineal pain after the birth; compatible with breastfeeding and not sedating.",
     "ibuprofen by brand; looks like Neurontin"),
    ("keflex-not-keppra", "Keflex 500mg capsules", "500 mg three times a day for seven days",
     "Cefalexin antibiotic for mastitis; safe while breastfeeding and no effect on her alertness.",
     "cefalexin by brand; looks like Keppra"),
    ("lamisil-not-lamictal", "Lamisil 1% cream", "Apply twice a day to the feet",
     "Terbinafine cream for athlete's foot; applied to the skin, negligible absorption.",
     "terbinafine cream by brand; looks like Lamictal"),
    ("piriteze-not-piriton", "Piriteze Allergy 10mg tablets", "10 mg once daily for hay fever",
     "Cetirizine, a non-drowsy antihistamine; compatible with breastfeeding at this dose.",
     "cetirizine by brand; looks like Piriton"),
    ("co-amoxiclav-not-co-codamol", "Co-amoxiclav 500mg/125mg tablets", "One tablet three times a day for a week",
     "Antibiotic for a wound infection after the caesarean section; compatible with breastfeeding.",
     "an antibiotic combination; looks like co-codamol"),
    ("nitrofurantoin-not-nitrazepam", "Nitrofurantoin 50mg capsules", "50 mg four times a day for three days",
     "Antibiotic for a urine infection; short course, compatible with breastfeeding a term baby.",
     "an antibiotic; looks like nitrazepam"),
    ("loratadine-not-lorazepam", "Loratadine 10mg tablets", "10 mg once daily",
     "Non-sedating antihistamine for hay fever; compatible with breastfeeding.",
     "a non-sedating antihistamine; one syllable from lorazepam"),
    ("clotrimazole-not-clonazepam", "Clotrimazole 1% cream", "Apply two to three times a day",
     "Antifungal cream for nipple thrush alongside the baby's oral gel; wiped off before feeds.",
     "an antifungal cream; looks like clonazepam"),
    ("epaderm-not-epilim", "Epaderm ointment", "Apply to dry skin as often as needed",
     "Emollient ointment for eczema on her hands; no effect on pregnancy, feeding or the baby.",
     "an emollient; looks like Epilim"),
    ("lyclear-not-lyrica", "Lyclear Dermal Cream 5%", "Apply to the whole body once, repeat after 7 days",
     "Permethrin for scabies; very little is absorbed and it is used while breastfeeding.",
     "permethrin by brand; looks like Lyrica"),
    ("nystan-not-nytol", "Nystan 100,000 units/ml oral suspension", "1 ml four times a day",
     "Nystatin for oral thrush; not absorbed from the gut.",
     "nystatin by brand; looks like Nytol"),
    ("seretide-not-seroquel", "Seretide 250 Evohaler", "Two puffs twice a day",
     "Inhaled steroid and long-acting reliever for asthma; continue as before, compatible with breastfeeding.",
     "an asthma inhaler; looks like Seroquel"),
]
for _name, _listed, _dose, _reason, _why in _LOOKALIKES:
    ok(f"lookalike-{_name}", "ok-brand-assessed", N,
       add_medicine(n_med("med-lookalike", _listed, _dose, started="2026-04-05", not_of_concern_reason=_reason)),
       f"a medicine of no concern with the clinician's reason: {_why}")

# ============================================================================================================
# ok-shorthand / bad-shorthand.

ok("shorthand-methadone-brief", "ok-shorthand", M, concl(MA, (
    "Cont. methadone 60mg OD. Baby: NAS obs 72h PNW, HV to d8. No co-sleep post dose. BF ++.")),
   "the brief's example: terse, but every decision is there")
ok("shorthand-sertraline", "ok-shorthand", M, concl(SA, (
    "Cont. sertraline 100mg OD - relapse risk if stopped. Neonate: watch for poor adaptation 48h (MW). BF OK. "
    "Paeds aware at del.")),
   "SSRI decision, neonatal watch and feeding in shorthand")
ok("shorthand-overall-methadone-sertraline", "ok-shorthand", M, overall(
    "Methadone + sertraline cont., no change. NAS obs >=72h PNW + SSRI adaptation; BF encouraged; no co-sleeping "
    "(methadone sedation); SW + HV to see cot pre-d/c."),
   "overall conclusion in shorthand, naming both")
ok("shorthand-lithium", "ok-shorthand", L, concl(LA, (
    "Li 800mg nocte cont. Levels 4/52 -> 1/52 from 36/40, + <24h PN. Paeds r/v at birth (hypotonia, poor feeding, "
    "TFTs). Not for BF -> FF. PNMH r/v wk 1 PN.")),
   "lithium plan in arrows and abbreviations")
ok("shorthand-valproate", "ok-shorthand", V, concl(VA, (
    "Valproate cont. - DO NOT stop abruptly (sz risk). 1st trim exposure -> urgent neuro + FMU r/v, detailed "
    "anomaly USS. FA 5mg started today.")),
   "valproate decision and the baby's scans in shorthand")
ok("shorthand-foster-joint", "ok-shorthand", F, concl(FA, (
    "Diazepam 5mg TDS + pregabalin 150mg BD cont. for now, diaz. wean @ 6/52 r/v. Sedation ++ -> no co-sleeping / "
    "sofa, no feeds lying down; FC does nights. Baby: late w/d poss. to D8 - FC/HV obs, NNU if concerns.")),
   "joint shorthand naming both")
ok("shorthand-partner", "ok-shorthand", P, concl(PA, (
    "Dad on quetiapine 300mg nocte - v. hard to rouse. NOT to bed-share/sofa w/ baby, no night feeds post dose. "
    "Mum does nights; baby in own crib her side. HV to check each visit to 8/52.")),
   "partner's sedation and the baby's sleep in shorthand")
ok("shorthand-citalopram", "ok-shorthand", C, concl(CA, (
    "Citalopram 20mg OD cont. (relapsed on previous w/d). Neonate: PPHN ~3/1000, adaptation sx 48h - MW obs, paeds "
    "if persists. BF compatible.")),
   "SSRI shorthand with figures")
ok("shorthand-lithium-overall", "ok-shorthand", L, overall(
    "Li (Priadel) cont; levels more freq from 36/40 + <24h post-del; paeds r/v baby at birth; FF agreed (Li not for "
    "BF); PNMH to see 1/52 PN."),
   "overall lithium shorthand")
ok("shorthand-valproate-clause-deferral", "ok-shorthand", V, overall(
    "8/40 unplanned on valproate. Cont., NOT to stop abruptly. Urgent neuro + ANC/FMU refs sent, detailed anomaly "
    "USS for baby. FA 5mg. BF advice TBC by neuro once plan agreed."),
   "a clause left to neurology inside a concluding overall conclusion (docs: a conclusion may point elsewhere)")

bad("shorthand-nad-cont-rv", "bad-shorthand", M, concl(MA, "NAD. Cont. R/v 4/52."),
    "the brief's example: nothing abnormal, carry on, review (MA103/MA104/MA124)")
bad("shorthand-plan-as-per-mdt", "bad-shorthand", M, overall("Plan as per MDT. F/U."),
    "the brief's example: the plan is elsewhere (MA103)")
bad("shorthand-sertraline-dw-pt", "bad-shorthand", M, concl(SA, "Sertraline - d/w pt. Happy. Cont. F/U PRN."),
    "discussed, happy, continue: nothing about the baby (MA104/MA124)")
bad("shorthand-lithium-as-per-pnmh", "bad-shorthand", L, concl(LA, "Li - stable. Cont. as per PNMH. R/v."),
    "a deferral to the perinatal team in shorthand (MA103)")
bad("shorthand-valproate-nfa", "bad-shorthand", V, concl(VA, "Valproate: NFA. Neuro aware. TCI."),
    "no further action, neurology aware, to come in (MA103/MA124)")
bad("shorthand-foster-all-aware", "bad-shorthand", F, concl(FA, "Diazepam/pregabalin - SW aware, FC aware. Cont. ?r/v."),
    "a roll-call of who knows, no decision for the baby (MA104/MA124)")
bad("shorthand-partner-noted", "bad-shorthand", P, concl(PA, "Quetiapine (dad) - noted. NKDA. Nil else."),
    "noted, no known allergies, nothing else: the co-sleeping risk unaddressed (MA103/MA124)")
bad("shorthand-citalopram-safety-netted", "bad-shorthand", C, concl(CA, "Citalopram: cont. Safety-netted. F/U 6/52."),
    "safety-netted for what is never said (MA104/MA124)")
bad("shorthand-overall-meds-rvd", "bad-shorthand", M, overall(
    "Meds r/v'd. Methadone + sertraline. D/w pt & SW. Plan made. TTO."),
    "reviewed, discussed, plan made: the plan is not written (MA104/MA124)")
bad("shorthand-lithium-overall-bloods-as-per", "bad-shorthand", L, overall(
    "Li: see PNMH plan. Bloods as per. Paeds informed."),
    "a pointer, 'as per' and a report that paediatrics know (MA103)")
bad("shorthand-foster-overall-as-before", "bad-shorthand", F, overall(
    "Diaz/pregab: as before. No change. SW/HV/FC cc'd."),
    "as before, copied to everyone: nothing for the foster carer at night (MA103/MA124)")

# ============================================================================================================
# bad-copy-edited / ok-copy-distinct: separate assessments of methadone and sertraline (M).

_COPY_M = ("Methadone 60 mg stays as it is through to delivery. The baby will be watched on the postnatal ward for "
           "at least three days for withdrawal, and the health visitor looks for late signs until day 8. "
           "Breastfeeding goes ahead. She must not sleep with the baby after a dose; the cot is checked at the "
           "first home visit.")
_COPY_S = _COPY_M.replace("Methadone 60 mg", "Sertraline 100 mg")
_COPY_S_EDITED = ("Sertraline 100 mg stays as it is until the birth. The baby will be watched on the postnatal ward "
                  "for at least three days for withdrawal, and the health visitor checks for late signs until day 8. "
                  "Breastfeeding goes ahead. She must not sleep with the baby after a dose; the cot is seen at the "
                  "first home visit.")
_COPY_S_REORDERED = ("Breastfeeding goes ahead. She must not sleep with the baby after a dose; the cot is checked at "
                     "the first home visit. The baby will be watched on the postnatal ward for at least three days "
                     "for withdrawal, and the health visitor looks for late signs until day 8. Sertraline 100 mg "
                     "stays as it is through to delivery.")


def _pair(methadone: str, sertraline: str) -> Mutation:
    return chain(concl(MA, methadone), concl(SA, sertraline))


bad("copy-name-swapped", "bad-copy-edited", M, _pair(_COPY_M, _COPY_S),
    "the methadone conclusion pasted under sertraline with only the name and dose swapped (MA121)")
bad("copy-few-words-changed", "bad-copy-edited", M, _pair(_COPY_M, _COPY_S_EDITED),
    "the pasted conclusion with three words changed (MA121)")
bad("copy-sentences-reordered", "bad-copy-edited", M, _pair(_COPY_M, _COPY_S_REORDERED),
    "the pasted conclusion with its sentences shuffled (MA121)")
bad("copy-padded-with-own-sentence", "bad-copy-edited", M, _pair(
    _COPY_M, _COPY_S + " Sertraline has kept her mood steady since June."),
    "the pasted conclusion plus one sentence of its own (MA121)")
bad("copy-cyrillic-lookalikes", "bad-copy-edited", M, _pair(_COPY_M, homoglyphs(_COPY_S, "aeo")),
    "the name-swapped copy with Cyrillic a, e, o (MA121; MA115 warns)")
bad("copy-zero-width", "bad-copy-edited", M, _pair(_COPY_M, inside_words(_COPY_S, "\u200b", every=3)),
    "the name-swapped copy with zero-width spaces inside words (MA121)")
bad("copy-case-and-punctuation", "bad-copy-edited", M, _pair(
    _COPY_M, _COPY_S.upper().replace(";", ",").replace(". ", " - ")),
    "the copy in capitals with its punctuation changed (MA121)")

_BOTH = ("Methadone 60 mg and sertraline 100 mg both continue through pregnancy. The baby needs at least 72 hours "
         "of withdrawal scoring on the ward, with a watch for SSRI adaptation, and health visitor checks to day 8; "
         "breastfeeding is encouraged; methadone sedation means no co-sleeping.")
bad("copy-overall-repeats-an-assessment", "bad-copy-edited", M, chain(concl(MA, _BOTH), overall(_BOTH)),
    "the overall conclusion is the methadone assessment's conclusion word for word (MA121)")

_DZ_ASM = asm(
    "asm-diazepam", ["med-diazepam"], sed="yes", author=PRITCHARD, date="2026-06-12",
    cap="Diazepam 5 mg three times a day makes her drowsy for an hour or two after each dose.",
    ss="Must never share a bed, sofa or armchair with the baby; the baby sleeps in the foster carer's room.",
    summary="Exposed to diazepam throughout pregnancy: withdrawal signs up to day 8, and a floppy, slow-feeding "
            "baby at first.",
    nwp="Observed 5 days on the ward; foster carer and health visitor watch for late signs until day 8.",
    bf="Bottle fed by choice.",
    recs="Do not stop diazepam suddenly; slow reduction agreed at the six-week review.",
    concl="")
_PG_ASM = asm(
    "asm-pregabalin", ["med-pregabalin"], sed="yes", author=PRITCHARD, date="2026-06-12",
    cap="Pregabalin 150 mg twice a day adds to her drowsiness, most at night.",
    ss="No sleeping with the baby on a bed, sofa or armchair; night feeds by the foster carer.",
    summary="Exposed to pregabalin throughout pregnancy: possible withdrawal signs up to day 8; newborn examination "
            "normal.",
    nwp="Covered by the ward observation and the foster carer's watch until day 8.",
    bf="Bottle fed by choice.",
    recs="Continue pregabalin; any change shared with the foster carer and health visitor the same week.",
    concl="")
_COPY_DZ = ("Diazepam makes the mother drowsy, so she must never sleep with the baby on a bed, sofa or armchair, and "
            "the foster carer does the night feeds. Late withdrawal signs may appear until day 8. It continues for "
            "now with a slow reduction planned.")


def _split(dz: str, pg: str) -> Mutation:
    a = dict(_DZ_ASM, conclusion=dz)
    b = dict(_PG_ASM, conclusion=pg)
    return set_("assessments", [a, b])


bad("copy-foster-split-name-swapped", "bad-copy-edited", F, _split(_COPY_DZ, _COPY_DZ.replace("Diazepam", "Pregabalin")),
    "the foster example split per medicine, one conclusion pasted under both with the name swapped (MA121)")

_PARTNER_PROM = medicine("med-partner-promethazine", "Phenergan 25mg tablets", "25 mg at night when he cannot sleep",
                         "2025-11-03", other_prescriber(ELM_PARK), taken_by="partner")
_PQ = ("The father's quetiapine at night makes him very hard to wake, so he never sleeps with the baby on a bed, "
       "sofa or armchair and does no night feeds after it; the baby sleeps in its own crib on the mother's side.")


def _partner_two(quetiapine: str, promethazine: str) -> Mutation:
    return chain(
        add_medicine(_PARTNER_PROM), concl(PA, quetiapine),
        lambda d: d["assessments"].append(asm(
            "asm-partner-promethazine", ["med-partner-promethazine"], sed="yes", author=copy.deepcopy(d["assessments"][0]["author"]),
            date="2026-05-28",
            cap="The father takes Phenergan 25 mg on nights he cannot sleep; groggy until morning.",
            ss="Never to sleep with the baby on a bed, sofa or armchair on a night he has taken it; no night feeds "
               "by him then.",
            summary="The baby is not exposed; the risk is co-sleeping with a sedated adult.",
            recs="Health visitor to ask how often he takes it at each visit.",
            concl=promethazine)),
        overall("The mother's paracetamol raises no concern. The father's quetiapine and promethazine both sedate "
                "him at night: no co-sleeping with him, no night feeds by him after a dose; the baby's crib is on "
                "the mother's side, checked by the health visitor."))


bad("copy-partner-name-swapped", "bad-copy-edited", P, _partner_two(
    _PQ, _PQ.replace("quetiapine", "promethazine")),
    "the father's quetiapine conclusion pasted under his promethazine with the name swapped (MA121)")

ok("copy-ok-joint-names-both", "ok-copy-distinct", M, chain(
    set_("assessments", [asm(
        "asm-methadone-sertraline", ["med-methadone", "med-sertraline"], sed="yes", date="2026-03-02",
        cap="Stable on methadone 60 mg supervised and sertraline 100 mg; methadone sedation peaks a few hours "
            "after the dose.",
        ss="Never to share a bed or sofa with the baby after her methadone; cot in the parents' room.",
        summary="Neonatal withdrawal from methadone is likely; sertraline adds a small risk of adaptation symptoms "
                "and PPHN.",
        nwp="At least 72 hours of NAS scoring on the postnatal ward; health visitor watches for late signs to day 8.",
        bf="Compatible with both medicines; breastfeeding encouraged.",
        recs="No change to either dose without the drug service (methadone) or the GP (sertraline).",
        concl=_BOTH)]),
    overall(_BOTH)),
    "one joint assessment of both medicines, its conclusion naming both, repeated as the overall conclusion "
    "(MA121 allows a joint conclusion)")
ok("copy-ok-shared-closing-sentence", "ok-copy-distinct", M, _pair(
    "Methadone 60 mg continues unchanged. The baby will probably withdraw, so 72 hours of NAS scoring on the ward "
    "and health visitor checks until day 8; she is drowsy after each dose, so no co-sleeping. The social worker and "
    "health visitor hold this plan.",
    "Sertraline 100 mg continues because relapse would harm her and the baby more than the drug does. The newborn "
    "may be jittery or feed poorly for a day or two; breastfeeding is fine. The social worker and health visitor "
    "hold this plan."),
    "two different conclusions ending with the same sentence")
ok("copy-ok-same-template-headings", "ok-copy-distinct", M, _pair(
    "Decision: methadone 60 mg daily continues. Baby: NAS scoring for at least 72 hours on the postnatal ward, late "
    "signs to day 8. Feeding: breastfeeding encouraged. Sleep: drowsy after doses, so never in her bed or on the "
    "sofa with the baby.",
    "Decision: sertraline 100 mg daily continues, as relapse is the bigger risk. Baby: possible jitteriness or poor "
    "feeding in the first two days, watched by the midwife. Feeding: compatible with breastfeeding. Sleep: not "
    "sedating."),
    "the practice's template headings in both, the substance different")
ok("copy-ok-foster-split-distinct", "ok-copy-distinct", F, _split(
    _COPY_DZ,
    "Pregabalin continues at 150 mg twice a day. It adds to the drowsiness from diazepam, so night feeds stay with "
    "the foster carer; first-trimester exposure slightly raised the malformation risk, but the newborn examination "
    "was normal. The foster carer watches for late withdrawal until day 8."),
    "the split foster assessments, each with its own conclusion sharing some words")
ok("copy-ok-partner-two-distinct", "ok-copy-distinct", P, _partner_two(
    _PQ,
    "Phenergan on his bad nights adds to the father's drowsiness; on those nights he sleeps apart from the baby and "
    "leaves every feed to the mother. The health visitor asks how often he takes it and whether the crib stays on "
    "her side."),
    "the father's two sedating medicines, each with its own conclusion")

# ============================================================================================================
# ok-late-postnatal / ok-stopped / ok-no-concern, and bad-concern-live.

ok("late-foster-six-weeks-withdrawal-na", "ok-late-postnatal", F, chain(
    redate("2026-07-20"),
    item(FA, "impact_on_baby.neonatal_withdrawal_plan", "Not applicable now: the baby is six weeks old, well past the "
         "time withdrawal signs appear, and had only mild signs on day 3.")),
   "reviewed at six weeks: the withdrawal plan is moot and says why")
ok("late-foster-item-deleted-at-seven-weeks", "ok-late-postnatal", F, chain(
    redate("2026-07-27"),
    delete(f"assessments#{FA}.impact_on_baby.neonatal_withdrawal_plan"),
    concl(FA, "At seven weeks the baby is past any withdrawal. Diazepam and pregabalin still make the mother drowsy, "
              "so she never shares a bed, sofa or armchair with the baby and the foster carer keeps the night feeds; "
              "the diazepam reduction starts this week.")),
   "no withdrawal plan at seven weeks; the conclusion says the baby is past it")

_LYRICA_N = n_med("med-pregabalin", "Lyrica 75mg capsules", "75 mg twice a day", started="2025-05-01")


def _n_lyrica(*, date: str = "2026-04-09", nwp: str | None = None, bf: str | None = None,
              conclusion: str, ov: str) -> Mutation:
    steps: list[Mutation] = [add_medicine(_LYRICA_N), assessed(asm(
        "asm-pregabalin", ["med-pregabalin"], sed="yes", date=date,
        cap="Lyrica 75 mg twice a day for anxiety through the pregnancy; drowsy in the evenings.",
        ss="Never to fall asleep with the baby in bed or on the sofa; Moses basket beside the bed.",
        summary="Pregabalin was taken throughout pregnancy; the newborn check was normal.",
        nwp=nwp, bf=bf,
        recs="Continue pregabalin; GP to review the dose at the six-week check and reduce slowly if possible.",
        concl=conclusion), ov=ov, date=date)]
    if date != "2026-04-09":
        steps.append(redate(date))
    return chain(*steps)


ok("late-n-lyrica-seven-weeks", "ok-late-postnatal", N, _n_lyrica(
    date="2026-05-21", nwp="Not needed: the baby is seven weeks old and never showed withdrawal.",
    bf="Breastfeeding continues; little pregabalin reaches the milk; watch for a sleepy baby.",
    conclusion="Pregabalin (Lyrica) continues. The baby is seven weeks old, past the withdrawal window, and feeding "
               "well on the breast; she is drowsy in the evenings, so never asleep with the baby in bed or on the "
               "sofa.",
    ov="Lyrica continues while breastfeeding, baby watched for sleepiness; no bed or sofa sharing. Withdrawal no "
       "longer a concern at seven weeks."),
    "first assessment at seven weeks: withdrawal moot, said in a few words")
ok("late-n-lyrica-no-plan-five-weeks", "ok-late-postnatal", N, _n_lyrica(
    date="2026-05-08",
    bf="Compatible with breastfeeding at this dose; watch the baby for drowsiness and poor feeding.",
    conclusion="Lyrica 75 mg twice a day carries on. At five weeks the baby has had no withdrawal and is gaining "
               "weight on breast milk; because it makes her sleepy she must never doze with the baby on the sofa or "
               "in bed.",
    ov="Pregabalin continues; breastfeeding supported with the baby watched for sleepiness; no bed or sofa sharing."),
    "no withdrawal plan written at five weeks old (over 28 days)")

ok("stopped-n-tramadol-before-pregnancy", "ok-stopped", N, add_medicine(
    n_med("med-tramadol", "Tramadol 50mg capsules", "50 mg up to four times a day", started="2024-09-01",
          stopped="2025-01-10")),
   "an opioid stopped months before conception: no assessment needed")
ok("stopped-n-sertraline-before-pregnancy", "ok-stopped", N, add_medicine(
    n_med("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", started="2024-06-01",
          stopped="2025-02-28")),
   "an SSRI stopped before the pregnancy: nothing to withdraw from, nothing in the milk")
ok("stopped-n-zopiclone-overall-says-so", "ok-stopped", N, chain(
    add_medicine(n_med("med-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", started="2024-03-01",
                       stopped="2024-06-01")),
    set_("overall_conclusion", {
        "text": "Zopiclone was stopped in June 2024, a year before this pregnancy: the baby was never exposed and it "
                "does not affect her sleep or the baby's now. Paracetamol and lactulose are fine with breastfeeding.",
        "author": SHAH, "date": "2026-04-09"})),
   "a hypnotic stopped long before the pregnancy, and a brief overall conclusion that says so")
ok("stopped-m-diazepam-overall-mentions", "ok-stopped", M, chain(
    add_medicine(medicine("med-diazepam", "Diazepam 2mg tablets", "2 mg three times a day", "2023-09-01",
                          gp_prescriber(RIVERSIDE), stopped="2024-03-01")),
    overall("Continue methadone and sertraline unchanged; diazepam was stopped in March 2024, before this pregnancy, "
            "so the baby has not been exposed to it. Withdrawal observation on the postnatal ward; breastfeeding "
            "supported; no co-sleeping because of methadone sedation.")),
   "a benzodiazepine stopped before conception, mentioned in the overall conclusion")
ok("stopped-v-topamax-assessed-briefly", "ok-stopped", V, chain(
    add_medicine(medicine("med-topiramate", "Topamax 50mg tablets", "50 mg twice a day for migraine prevention",
                          "2024-01-15", gp_prescriber(CASTLE_STREET), stopped="2025-11-30")),
    lambda d: d["assessments"].append(asm(
        "asm-topiramate", ["med-topiramate"], sed="no", author=MCALLISTER, date="2026-05-20",
        cap="Topiramate stopped at the end of November 2025 for a planned switch; migraines have not returned.",
        summary="Stopped about four months before conception; topiramate clears within days, so the baby was not "
                "exposed and needs no extra scan for it.",
        recs="No restart in pregnancy; migraine managed with paracetamol; neurology aware of the stop.",
        concl="Topamax (topiramate) was stopped in November 2025, months before conception and long enough to clear, "
              "so the baby was not exposed and needs no extra scan for it; her migraines have not come back since "
              "stopping.")),
    overall("Unplanned pregnancy at 8 weeks on sodium valproate, which continues until urgent neurology review and "
            "must not be stopped abruptly; fetal medicine review and a detailed scan for the baby; folic acid 5 mg "
            "started. Topamax stopped months before conception: no exposure.")),
   "a teratogen stopped before conception, assessed in a few sentences")

ok("noconcern-lithium-bottle-na", "ok-no-concern", L, item(LA, "impact_on_baby.breastfeeding",
   "Not applicable - she is bottle feeding."),
   "breastfeeding called not applicable for a bottle-fed baby (MA123 allows it)")
ok("noconcern-foster-formula-na", "ok-no-concern", F, item(FA, "impact_on_baby.breastfeeding", "N/A, formula fed."),
   "the bottle-fed foster baby: breastfeeding moot, said in three words")
ok("noconcern-lithium-bf-item-removed", "ok-no-concern", L, delete(f"assessments#{LA}.impact_on_baby.breastfeeding"),
   "a bottle-fed baby: the breastfeeding item is not asked")
ok("noconcern-n-sertraline-started-after-birth", "ok-no-concern", N, chain(
    add_medicine(n_med("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", started="2026-04-06")),
    assessed(asm(
        "asm-sertraline", ["med-sertraline"], sed="no",
        cap="Started on 6 April for postnatal anxiety and low mood; no previous episodes.",
        summary="Started after the birth, so the baby was not exposed in the womb; very little reaches breast milk.",
        nwp="Not applicable: started after the birth, so there is nothing for the baby to withdraw from.",
        bf="Compatible with breastfeeding; sertraline is the usual choice.",
        recs="Review at two weeks; do not stop suddenly.",
        concl="Sertraline 50 mg started after the birth for postnatal anxiety: the baby was never exposed in the womb, "
              "so no withdrawal watch is needed, and breastfeeding carries on as sertraline barely reaches the milk."),
        ov="Sertraline, started after the birth, is compatible with breastfeeding; no withdrawal risk for the baby. "
           "Paracetamol and lactulose raise no concern.")),
   "withdrawal moot for a medicine started after delivery, said in its item")
ok("noconcern-partner-bf-not-his", "ok-no-concern", P, item(PA, "impact_on_baby.breastfeeding",
   "Not applicable: the father takes it, so none reaches the breast milk."),
   "breastfeeding moot for the father's medicine, with its reason")

bad("live-n-lyrica-withdrawal-na-day-7", "bad-concern-live", N, _n_lyrica(
    nwp="N/A - discharged home.",
    bf="Compatible with breastfeeding; watch the baby for drowsiness.",
    conclusion="Pregabalin (Lyrica) continues while breastfeeding, with the baby watched for drowsiness; she never "
               "dozes with the baby in bed or on the sofa.",
    ov="Lyrica continues while breastfeeding; no bed or sofa sharing."),
    "a 7-day-old baby exposed all pregnancy: withdrawal dismissed because she went home (MA123/MA122)")
bad("live-n-lyrica-breastfeeding-na", "bad-concern-live", N, _n_lyrica(
    nwp="Health visitor watches for late withdrawal signs (irritability, poor feeding, tremor) until day 8.",
    bf="Not applicable.",
    conclusion="Pregabalin (Lyrica) continues; the health visitor watches the baby for late withdrawal until day 8, "
               "and she must not doze with the baby in bed or on the sofa.",
    ov="Lyrica continues; late withdrawal watch until day 8; no bed or sofa sharing."),
    "a breastfed baby: breastfeeding dismissed as not applicable (MA123)")
bad("live-foster-withdrawal-na-day-4", "bad-concern-live", F, item(
    FA, "impact_on_baby.neonatal_withdrawal_plan", "Not applicable."),
    "the baby is days old and was exposed all pregnancy: withdrawal plan dismissed (MA123)")
bad("live-v-stopped-in-first-trimester", "bad-concern-live", V, chain(
    set_("medicines#med-valproate.stopped", "2026-05-01"),
    concl(VA, "Valproate stopped, so not applicable.")),
    "valproate stopped at 5 weeks, after the exposure that matters: dismissed (MA103)")
bad("live-l-lithium-stopped-no-concerns", "bad-concern-live", L, chain(
    set_("medicines#med-lithium.stopped", "2026-04-20"),
    concl(LA, "Lithium stopped at 22 weeks; no further concerns.")),
    "lithium stopped mid-pregnancy: first-trimester exposure and a high relapse risk dismissed (MA103/MA124)")
bad("live-m-sertraline-stopped-na", "bad-concern-live", M, chain(
    set_("medicines#med-sertraline.stopped", "2026-02-20"),
    concl(SA, "Stopped in February. N/A.")),
    "sertraline stopped in pregnancy: relapse and the baby's exposure dismissed (MA103)")

# ============================================================================================================
# ok-long / bad-long-padding.


def long_text(text: str, lo: int = 200, hi: int = 400) -> str:
    n = len(text.split())
    assert lo <= n <= hi, (n, text[:60])
    return text


_LONG_METHADONE = long_text(
    "Background: Jodie has been on methadone since 2019 after several years of heroin use, and has been stable on "
    "60 mg daily with supervised consumption since December 2025. Her key worker at the Hampton Drug and Alcohol "
    "Service confirms no on-top use and good attendance. This conclusion follows the professionals' meeting on 26 "
    "February (midwife, drug service, social worker, health visitor) and the drug service letter of 2 March.\n\n"
    "Decision:\n"
    "- Methadone continues at 60 mg once daily through pregnancy and after the birth. No reduction in the third "
    "trimester: relapse would be the greater danger to her and the baby.\n"
    "- The dose is changed only by the drug service, who tell maternity and the health visitor the same week.\n\n"
    "What it means for the baby:\n"
    "- Neonatal abstinence syndrome is likely. The baby stays on the postnatal ward for at least 72 hours with NAS "
    "scoring; the neonatal team is told at delivery.\n"
    "- Signs can start late, up to day 8: the health visitor visits on day 5 and day 8 and looks for tremor, "
    "high-pitched crying, poor feeding and loose stools.\n"
    "- Breastfeeding is encouraged on a stable dose and may ease withdrawal.\n\n"
    "Safe sleep:\n"
    "- She is drowsy two to four hours after her dose. The baby must never sleep in her bed or on the sofa with her; "
    "the cot is in the parents' room and the social worker will see it before discharge.\n\n"
    "Everyone receiving this record holds the same plan; questions to Dr Shah at Riverside Surgery.")
ok("long-methadone-headings", "ok-long", M, concl(MA, _LONG_METHADONE),
   "a long methadone conclusion with background, a meeting, a letter, headings and a real decision")

_LONG_LITHIUM = long_text(
    "Summary of the perinatal mental health review on 6 May 2026 (Dr Osei, perinatal psychiatrist; Dr Campbell, "
    "GP; community midwife present).\n\n"
    "History. Bipolar I disorder since 2017 with two admissions, the last a manic episode in 2020. Well for four "
    "years on lithium (Priadel) 800 mg at night. She and her partner understand that the weeks after birth carry "
    "the highest risk of relapse, including postpartum psychosis, and they want to stay on lithium.\n\n"
    "Decision. Lithium continues at 800 mg at night. Stopping would roughly double her relapse risk and would not "
    "remove the exposure the baby has already had.\n\n"
    "Monitoring for her:\n"
    "1. Lithium levels every four weeks until 36 weeks, then weekly.\n"
    "2. In labour, fluids and a level on admission; the obstetric anaesthetist is aware.\n"
    "3. A level within 24 hours of delivery, as the dose may need to come down when fluid shifts after the birth.\n\n"
    "For the baby:\n"
    "- The fetal heart scan at 20 weeks was normal.\n"
    "- Paediatric review after birth, with observation on the postnatal ward for floppiness, poor feeding, "
    "drowsiness and thyroid problems, and a lithium level and thyroid function if any sign appears.\n"
    "- Breastfeeding is not advised on lithium; she has chosen to bottle feed and the midwife will support this.\n\n"
    "After the birth the perinatal team sees her within a week, and the health visitor knows the early signs of "
    "relapse to look for. A copy of the review letter goes to the GP.")
ok("long-lithium-numbered", "ok-long", L, concl(LA, _LONG_LITHIUM),
   "a long lithium conclusion with history, numbered monitoring and the baby's plan")

_LONG_VALPROATE = long_text(
    "Consultation 20 May 2026, face to face, with her partner present at her request.\n\n"
    "She found out she was pregnant last week (8 weeks by dates). She has taken sodium valproate 500 mg twice a "
    "day since 2019 for juvenile myoclonic epilepsy, seizure-free for two years. Her annual risk acknowledgement "
    "form was signed with the neurologist in November 2025; she had been using the pill and missed doses in March. "
    "She is upset and wants to continue the pregnancy.\n\n"
    "What we agreed:\n"
    "* Valproate continues unchanged for now. It must not be stopped or reduced suddenly: a convulsive seizure in "
    "pregnancy is dangerous for her and the baby. Any switch is for the neurologist to plan, and I have asked for "
    "review within the week.\n"
    "* Folic acid 5 mg daily started today.\n"
    "* The baby has been exposed during the first trimester. About 1 in 10 babies exposed to valproate have a major "
    "malformation (including spina bifida), and 3 to 4 in 10 have later developmental problems. Urgent referral to "
    "fetal medicine for early review and a detailed anomaly scan has been sent.\n"
    "* Breastfeeding is usually possible on valproate; the neurologist and maternity will confirm once the plan "
    "for the rest of the pregnancy is agreed.\n"
    "* The health visitor should know that the baby will need developmental follow-up after birth.\n\n"
    "I will see her again in two weeks to check she has heard from both teams, and sooner if seizures occur.")
ok("long-valproate-bullets", "ok-long", V, concl(VA, _LONG_VALPROATE),
   "a long valproate consultation note with a real decision for her and the baby")
_LONG_VALPROATE_HISTORY = long_text(_LONG_VALPROATE.replace(
    "seizure-free for two years.",
    "seizure-free for two years. She tried lamotrigine and levetiracetam before settling on valproate, which "
    "alone has controlled her seizures."))
ok("long-valproate-past-antiepileptics", "ok-long", V, concl(VA, _LONG_VALPROATE_HISTORY),
   "the same note with the antiepileptics she tried before valproate: named as history, not as taken now (MA120)")

_LONG_FOSTER = long_text(
    "Written after the discharge planning meeting on the postnatal ward on 12 June 2026 (ward midwife, social "
    "worker Leanne Moss, foster carer, health visitor, mother).\n\n"
    "Medicines. Diazepam 5 mg three times a day (since October 2025) and pregabalin 150 mg twice a day (since July "
    "2025), both from Millbrook Medical Centre. She has asked to reduce the diazepam and we will start a slow "
    "reduction at the six-week review; neither medicine is to be stopped suddenly, as diazepam withdrawal can cause "
    "seizures.\n\n"
    "Sedation and safe sleep. Together they make her drowsy, worst in the hour or two after each dose and at night. "
    "She must never share a bed, sofa or armchair with the baby and must not feed lying down. In the placement the "
    "baby sleeps in a cot in the foster carer's room and the foster carer does the night feeds while the mother is "
    "sedated.\n\n"
    "Withdrawal. The baby was observed for five days and had mild signs on day 3 that needed no treatment. Late "
    "signs can appear until day 8: the foster carer and the health visitor watch for tremor, poor feeding and "
    "inconsolable crying, and call the neonatal unit if they see them.\n\n"
    "Feeding. The baby is bottle fed.\n\n"
    "Everyone at the meeting agreed this plan. Any change to either dose goes to the social worker, foster carer "
    "and health visitor the same week. Thank you to the ward team for arranging the meeting at short notice.")
ok("long-foster-meeting", "ok-long", F, concl(FA, _LONG_FOSTER),
   "a long joint conclusion written after a meeting, with thanks, and the whole plan")

_LONG_PARTNER = long_text(
    "New birth visit, 28 May 2026, at home with both parents.\n\n"
    "Background: Daniel, the baby's father, has taken quetiapine for bipolar disorder since February 2024, now "
    "300 mg at night from his GP at Elm Park Surgery. He has been well for over a year. He told me he is very hard "
    "to wake for several hours after his dose, and the mother confirmed that she cannot rouse him at night.\n\n"
    "What I saw: the baby sleeps in a next-to-me crib on the mother's side of the bed. The sofa in the lounge is "
    "where Daniel often falls asleep in the evening, which we talked about.\n\n"
    "Conclusion and plan:\n"
    "1. Daniel must never sleep with the baby in a bed, on the sofa or in an armchair, and must not hold the baby "
    "when he is drowsy after his dose.\n"
    "2. He does no night feeds after his dose; the mother does them. If she becomes unwell or needs to be away "
    "overnight, another adult who has taken no sedating medicine looks after the baby at night.\n"
    "3. The crib stays on the mother's side. I will check the sleeping arrangements at every visit for the first "
    "eight weeks.\n"
    "4. If Daniel's dose or its timing changes, his GP will let the health visiting team know.\n\n"
    "The baby is not exposed to quetiapine; the risk is sudden infant death from sharing a sleep surface with a "
    "heavily sedated adult. Both parents understood and agreed, and had a copy of the Lullaby Trust leaflet.")
ok("long-partner-visit", "ok-long", P, concl(PA, _LONG_PARTNER),
   "a long health visitor conclusion about the father's quetiapine, what was seen and the plan")

_LONG_OVERALL_M = long_text(
    "Overall conclusion (perinatal medication assessment, 2 March 2026)\n\n"
    "This record covers the two medicines Jodie takes: methadone 60 mg daily from the drug service and sertraline "
    "100 mg daily from the practice. Both were discussed at the professionals' meeting on 26 February and with "
    "Jodie herself, who agrees with the plan and has consented to sharing it.\n\n"
    "1. Both medicines continue at the current doses. Stopping either would harm her and, through relapse, the "
    "baby; the drug service alone changes the methadone dose.\n"
    "2. After birth the baby stays on the postnatal ward for at least 72 hours for NAS scoring, with the midwife "
    "also watching for SSRI adaptation symptoms such as jitteriness and fast breathing. The health visitor checks "
    "for late withdrawal signs up to day 8.\n"
    "3. Breastfeeding is encouraged: both medicines are compatible with it at these doses.\n"
    "4. Methadone makes her drowsy for a few hours after each dose. The baby must never sleep in her bed or on the "
    "sofa with her; the cot is in the parents' room, and the social worker and health visitor will see it before "
    "discharge.\n"
    "5. The baby is subject to a child protection plan from birth; the social worker, Marcus Reed, holds this "
    "assessment and will bring it to the next core group.\n\n"
    "Any change to either medicine will be shared with maternity, the health visitor and the social worker the same "
    "week.")
ok("long-overall-numbered", "ok-long", M, overall(_LONG_OVERALL_M),
   "a long numbered overall conclusion naming both medicines and the plan for the baby")

_PAD_HISTORY_METHADONE = long_text(
    "Jodie has been known to the practice since 2012 and has always been pleasant and engaged when she attends. She "
    "started methadone in 2019 after several years of heroin use and has worked hard with her key worker at the "
    "Hampton Drug and Alcohol Service, where she attends fortnightly. Her supervised consumption is at the Boots "
    "pharmacy on the High Street, and the pharmacist reports that she collects reliably. She lives with her partner "
    "in a two-bedroom flat, and her mother lives nearby and is supportive. She was seen today in the afternoon "
    "clinic with her partner, who waited in the car. She was in good spirits and talked about the nursery she has "
    "been decorating, and she is looking forward to meeting the baby. We talked about her plans for maternity "
    "leave, her sister's wedding in the summer and the new kitten at home. Her blood pressure was normal and her "
    "urine dip was clear. She has had some heartburn, for which she has bought Gaviscon. She is attending all her "
    "antenatal appointments and had her growth scan last week. She asked me to pass on her thanks to the midwife "
    "for her support. Overall she seems to be doing really well and was grateful for the time today, and I wished "
    "her all the best for the rest of the pregnancy. Plan for methadone as per the drug service letter.",
    lo=200)
bad("padding-methadone-history-as-per-letter", "bad-long-padding", M, concl(MA, _PAD_HISTORY_METHADONE),
    "a long, warm history ending in 'as per the drug service letter': no decision for the baby (MA103)")

_PAD_LITHIUM = long_text(
    "Thank you for asking me to see this lovely lady, whom I reviewed in the perinatal clinic this morning together "
    "with her husband. She was diagnosed with bipolar disorder in 2017 after a first manic episode at university, "
    "and had a second admission in 2020 under the crisis team. Since then she has been well on lithium and has "
    "returned to work as a teaching assistant, which she enjoys very much. She has a good network of friends and "
    "her parents live in the next village. She told me about the holiday they took in Cornwall before the pregnancy "
    "and about their plans to move house next year. She has read a great deal about medicines in pregnancy and "
    "came with a list of questions, which we went through at length over the course of the appointment. Her mental "
    "state today was unremarkable: she was calm, engaged and had good insight. She sleeps well and her appetite is "
    "good. She has been attending her antenatal appointments, and the midwife has been in touch with our team. It "
    "was a pleasure to meet her and her husband, and I was impressed by how well prepared they are for the arrival "
    "of their first child. Lithium: no concerns at this time. I have not arranged to see her again but would be "
    "happy to do so if needed.",
    lo=200)
bad("padding-lithium-clinic-letter-no-concerns", "bad-long-padding", L, concl(LA, _PAD_LITHIUM),
    "a clinic letter's pleasantries and history around 'Lithium: no concerns at this time' (MA103)")

_PAD_VALPROATE = long_text(
    "I saw this 27-year-old woman today, who attended on her own. She has a long history of epilepsy, diagnosed "
    "when she was fourteen after a seizure at school, and she has seen several neurologists over the years. She "
    "tried lamotrigine and levetiracetam before settling on sodium valproate in 2019, since when her seizures "
    "have been well controlled and she has been able to drive again. She works in a call centre and lives with her "
    "partner, who is supportive. She was surprised to find she was pregnant and we talked for some time about how "
    "she is feeling, about her work and about telling her family. She is not yet sure how she feels about the "
    "pregnancy and wanted time to think. We had a long and helpful conversation, and she was appreciative of the "
    "time taken. She asked sensible questions and I answered them as well as I could. Her blood pressure was 118/72 "
    "and she looked well. She knows she can contact the surgery at any time, and the reception team have been asked "
    "to offer her a double appointment when she next books. I hope she has a good weekend and I look forward to "
    "seeing her again in the coming weeks. Valproate - awaiting neurology opinion before any decision is made.",
    lo=200)
bad("padding-valproate-awaiting-neurology", "bad-long-padding", V, concl(VA, _PAD_VALPROATE),
    "a long consultation narrative ending in 'awaiting neurology opinion' (MA103)")

_PAD_FOSTER = long_text(
    "The discharge planning meeting was held on the postnatal ward on Friday afternoon in the family room, and I am "
    "grateful to the ward manager for finding us a space at such short notice. Present were the ward midwife, the "
    "allocated social worker, the foster carer, the health visitor and the mother, with the independent reviewing "
    "officer joining by telephone for the first half. Apologies were received from the drug service. Introductions "
    "were made and everyone agreed the purpose of the meeting. The mother was tearful at times but engaged well, "
    "and the foster carer was warm and welcoming towards her. The social worker updated the meeting on the interim "
    "care order and the court timetable, and the foster carer described the placement, which has a garden and is "
    "close to a bus route. Contact arrangements with the wider family were discussed and will be confirmed by the "
    "social worker. Transport to the placement was arranged for Saturday morning. The health visitor introduced "
    "herself and explained the service. Everyone had the opportunity to ask questions and the mother said she felt "
    "listened to. The meeting closed at four o'clock. Diazepam and pregabalin were discussed and the plan is as "
    "agreed at the meeting; minutes to follow.",
    lo=200)
bad("padding-foster-meeting-minutes-to-follow", "bad-long-padding", F, concl(FA, _PAD_FOSTER),
    "a long account of who attended and what was arranged; the medicines' plan 'as agreed, minutes to follow' "
    "(MA103)")

_PAD_PARTNER = long_text(
    "I visited the family at home this morning for the new birth visit. Both parents were present and welcoming, "
    "and the home was warm, clean and well prepared for the baby, with plenty of baby clothes, nappies and a pram in "
    "the hallway. The family dog was shut in the kitchen during the visit. Daniel, the father, has taken quetiapine "
    "for several years for his bipolar disorder and told me about his work as a delivery driver, which he has been "
    "able to keep up throughout, and about his football team. The mother talked about the birth, which was longer "
    "than she had hoped but went well in the end, and about her own mother's help with shopping and cooking. Both "
    "parents are clearly devoted to the baby and are enjoying getting to know her. Registration of the birth is "
    "booked for next week. We talked about immunisations, the six to eight week check, local baby groups and the "
    "children's centre, and I gave them the contact details for the health visiting duty line. The red book was "
    "completed and the baby was weighed. They had no questions for me at the end of the visit. Quetiapine: "
    "discussed with both parents; not applicable to the baby as it is the father's medicine.",
    lo=200)
bad("padding-partner-visit-not-applicable", "bad-long-padding", P, concl(PA, _PAD_PARTNER),
    "a long, friendly visit record ending in 'not applicable to the baby as it is the father's medicine' "
    "(MA103/MA123)")

_PAD_OVERALL_M = long_text(
    "This overall conclusion has been completed as part of the practice's perinatal medication assessment process, "
    "introduced following the recommendations of the local child safeguarding practice review, which all clinicians "
    "at Riverside Surgery have read. The assessment was carried out in line with the practice policy, the local "
    "safeguarding children partnership procedures and national guidance, and was discussed at the practice's "
    "monthly safeguarding meeting, attended by the GP partners, the practice nurse, the clinical pharmacist and "
    "the attached health visitor. The practice is committed to working together with partner agencies and to "
    "sharing information in a timely way. Jodie has been informed of the outcome of the assessment and has been "
    "given the opportunity to ask questions. Her medicines, methadone and sertraline, have been reviewed and "
    "recorded accurately on the clinical system, and the record has been coded using the appropriate SNOMED CT "
    "terms. A copy will be sent to maternity, the health visitor and children's social care. The practice will "
    "continue to monitor the situation and will update the record should anything change. I would like to thank "
    "all colleagues for their contributions to this assessment. Methadone and sertraline: no change, nothing further "
    "to add.",
    lo=180)
bad("padding-overall-process-boilerplate", "bad-long-padding", M, overall(_PAD_OVERALL_M),
    "process, policy and thanks around 'no change, nothing further to add' (MA103/MA124)")

# ============================================================================================================
# disguise: families from the categories above, plain and disguised, one verdict each.

_DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopc"),
    "greek": lambda t: homoglyphs(t, "aoi", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "zwj-every": lambda t: inside_words(t, "\u200d"),
    "acute": lambda t: "".join(ch + "\u0301" if ch in "aeiou" else ch for ch in t),
    "fullwidth": full_width,
    "soft-hyphen": lambda t: inside_words(t, "\u00ad", every=3),
}


def family(name: str, expect: Expect, base: str, build: Callable[[str], Mutation], text: str,
           kinds: Sequence[str], why: str) -> None:
    add(f"dz-{name}-plain", "disguise", expect, base, build(text), f"{why} (plain)")
    for kind in kinds:
        add(f"dz-{name}-{kind}", "disguise", expect, base, build(_DISGUISES[kind](text)),
            f"{why} ({kind}: same verdict as the plain text)")


def _n_listed(name: str) -> Mutation:
    return add_medicine(n_med("med-brand", name + " 75mg capsules", "75 mg twice a day", started="2026-04-03"))


def _n_listed_reason(name: str) -> Mutation:
    return add_medicine(n_med("med-lookalike", name + " 200mg tablets", "400 mg three times a day",
                              started="2026-04-05",
                              not_of_concern_reason="Ibuprofen for perineal pain; compatible with breastfeeding."))


family("brand-lyrica-unassessed", REFUSE, N, _n_listed, "Lyrica", ("cyrillic", "greek", "zwsp", "acute"),
       "pregabalin by brand, unassessed (MA101)")
family("brand-nurontin-unassessed", REFUSE, N,
       lambda t: add_medicine(n_med("med-brand", t + " 300mg capsules", "300 mg three times a day",
                                    started="2026-04-03")),
       "Nurontin", ("fullwidth", "soft-hyphen"), "misspelt gabapentin brand, unassessed (MA101/MA117)")
family("lookalike-nurofen", PASS, N, _n_listed_reason, "Nurofen", ("cyrillic", "zwsp"),
       "ibuprofen by brand with a reason: not gabapentin (MA115 may warn)")
family("ok-shorthand-methadone", PASS, M, lambda t: concl(MA, t),
       "Methadone 60mg OD cont. Neonate: NAS scoring 72h+ on PNW, HV late-signs check to D8. BF encouraged. "
       "Drowsy post-dose -> no co-sleeping, cot seen at NBV.",
       ("cyrillic", "zwj-every"), "shorthand that concludes")
family("bad-shorthand-mdt", REFUSE, M, lambda t: concl(MA, t), "Methadone: plan per MDT. F/U 2/52.",
       ("cyrillic", "acute", "fullwidth"), "shorthand that defers (MA103)")
family("copy-swapped", REFUSE, M, lambda t: _pair(_COPY_M, t), _COPY_S, ("greek", "soft-hyphen"),
       "the methadone conclusion pasted under sertraline (MA121)")
family("bf-na-breastfed", REFUSE, N, lambda t: _n_lyrica(
    nwp="Health visitor watches for late withdrawal signs (tremor, poor feeding) until day 8.",
    bf=t,
    conclusion="Lyrica continues; the baby is watched for late withdrawal until day 8 and she never dozes with "
               "the baby in bed or on the sofa.",
    ov="Pregabalin (Lyrica) continues; late withdrawal watch to day 8; no bed or sofa sharing."),
       "Not applicable.", ("zwsp", "cyrillic"), "breastfeeding dismissed for a breastfed baby (MA123)")
family("bf-na-bottle-fed", PASS, F, lambda t: item(FA, "impact_on_baby.breastfeeding", t),
       "Not applicable - bottle fed.", ("zwsp", "greek"), "breastfeeding moot for a bottle-fed baby")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F8CASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:24} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':24} refuse {sum(c.expect == REFUSE for c in F8CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F8CASES):3}")
