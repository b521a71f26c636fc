"""A fourteenth independent "fresh" batch of red-team cases for the share gate: every class, every concern; the
least a clinician would accept, and one concern short.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md, README.md), the templates (templates/*.toml) and the clinical
reference (../shared/reference: clinical.md, codes/codelists-more/teratogens.md and PROVENANCE.md), not from the
gate's code or its lexicons. Where a case adds or swaps a medicine, the one mutation is "this medicine, with its
assessment": the medicine, the assessment that covers it and the overall conclusion that names it.

For each class the docs and templates name (opioid substitution, opioid analgesics and combinations,
benzodiazepines and z-drugs, gabapentinoids, antidepressants, antipsychotics, lithium, valproate, other
antiepileptics, other teratogens, sedating antihistamines, other sedating medicines, a partner's sedating
medicine) and for each concern such a class raises (neonatal withdrawal or adaptation, sedation and safe sleep,
breastfeeding, harm in the womb, pregnancy prevention, relapse if stopped; MA122-MA125):

* must pass: a TERSE but complete assessment in the shorthand GPs write (NAS, PNW, HV, BF, D8, 36/40, ON, BD,
  r/v), with only the items the template requires (sedation, impact on the baby, recommendations, conclusion)
  and every concern answered in the text; the same in plain English for a parent; antenatal (the valproate
  pregnancy at 8 weeks, a medicine swapped in) and postnatal (the breastfed baby at day 7, a medicine added);
  a concern the record itself answers (safe sleep advice given, a bottle-fed baby) left out of the text; and
  a medicine whose exposure is over or never happened (stopped before conception, started after birth), where
  the concern it no longer raises is not written about;
* must refuse: the same assessment with exactly ONE concern left unanswered anywhere in it (the case says which,
  and which rule must fire), or answered only by a dismissal ("Not applicable.") or a report ("Discussed.");
  pregnancy prevention is not a concern of its own (MA122 and README name five: withdrawal, safe sleep,
  breastfeeding, harm in the womb, relapse if stopped), so no case refuses its absence;
* disguise: terse good answers beside the same text under look-alike letters, invisible characters, full-width
  forms and odd spaces: both must pass (MA115 only warns).

Short verdicts are answers ("Compatible with BF.", "OK to breastfeed."): MA112 names "Compatible with
breastfeeding." as advice, so no case here refuses one. A dismissal is refused only when it gives no reason and
the concern applies (a bottle-fed baby's breastfeeding may be called not applicable; MA123).

Medicines named here are real; no clinical code is invented (uncoded medicines of concern only warn, MA118).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh14_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.redteam.cases import (
    DERMATOLOGY,
    DRUG_SERVICE,
    ELM_PARK,
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
    add_medicine,
    chain,
    delete,
    gp_prescriber,
    medicine,
    other_prescriber,
    replace_assessment,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces

F14CASES: list[Case] = []

CATEGORIES = (
    "opioid-substitution",
    "opioid-analgesics",
    "benzodiazepines-z-drugs",
    "gabapentinoids",
    "antidepressants",
    "antipsychotics",
    "lithium",
    "valproate",
    "other-antiepileptics",
    "other-teratogens",
    "sedating-antihistamines",
    "other-sedating",
    "partner",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F14CASES.append(Case(f"f14-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# Assessment ids in the shipped examples.
METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"

RENAL = {"ods_code": "Y90750", "name": "Castleford Royal Renal Unit"}

# Concern tags (PP tags the pregnancy prevention sentences, which answer no concern of their own).
W = "withdrawal"
S = "safe-sleep"
B = "breastfeeding"
T = "teratogenicity"
PP = "pregnancy-prevention"
R = "relapse"

Parts = list[tuple[str | None, str]]
"""Sentences, each tagged with the concern it answers (None: the decision itself)."""


def _join(parts: Parts, drop: str | None) -> str:
    return " ".join(text for tag, text in parts if tag is None or tag != drop)


@dataclass(frozen=True)
class Spec:
    """One medicine and its terse assessment, each sentence tagged with the concern it answers.

    ``where`` is V (the valproate record at 8 weeks: the medicine replaces valproate, so the record is antenatal,
    infant feeding not known and no safe sleep advice recorded), N (the postnatal record, breastfed baby at day 7,
    safe sleep advice recorded: the medicine and its assessment are added) or P (the partner's record: the
    medicine replaces the father's quetiapine)."""

    where: str
    med: Record
    sedation: str
    summary: Parts
    recs: Parts
    conclusion: Parts
    overall: Parts
    items: dict[str, str] = field(default_factory=dict)
    capacity: str | None = None


def _assessment(spec: Spec, drop: str | None, conclusion_text: str | None, items: dict[str, str] | None) -> Record:
    aid = "asm-" + spec.med["id"].removeprefix("med-")
    author, date = {"V": (MCALLISTER, "2026-05-20"), "N": (SHAH, "2026-04-09"), "P": (PRITCHARD, "2026-05-28")}[
        spec.where]
    mother: Record = {"sedation": spec.sedation}
    if spec.capacity:
        mother["parenting_capacity"] = spec.capacity
    baby: Record = {"summary": _join(spec.summary, drop)}
    for key, text in (spec.items if items is None else items).items():
        (mother if key in ("safe_sleep", "parenting_capacity") else baby)[key] = text
    return {
        "id": aid,
        "medicine_ids": [spec.med["id"]],
        "impact_on_mother": mother,
        "impact_on_baby": baby,
        "recommendations": _join(spec.recs, drop),
        "conclusion": _join(spec.conclusion, drop) if conclusion_text is None else conclusion_text,
        "author": author,
        "date": date,
    }


def build(spec: Spec, drop: str | None = None, *, conclusion_text: str | None = None,
          items: dict[str, str] | None = None, overall_text: str | None = None) -> Mutation:
    """The spec's medicine with its assessment, every concern answered except ``drop`` (left out everywhere)."""
    asm = _assessment(spec, drop, conclusion_text, items)
    text = _join(spec.overall, drop) if overall_text is None else overall_text
    if spec.where == "V":
        return chain(replace_medicine("med-valproate", spec.med), replace_assessment(VALP, asm), overall(text))
    if spec.where == "P":
        return chain(replace_medicine("med-partner-quetiapine", spec.med), replace_assessment(QUET, asm),
                     overall(text))

    def mutate(doc: Record) -> None:
        add_medicine(spec.med)(doc)
        doc["assessments"] = [asm]
        doc["overall_conclusion"] = {"text": text, "author": SHAH, "date": "2026-04-09"}

    return mutate


def base_of_spec(spec: Spec) -> str:
    return {"V": V, "N": N, "P": P}[spec.where]


def gp_castle() -> Record:
    return gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"})


def gp_riverside() -> Record:
    return gp_prescriber(RIVERSIDE)


# ============================================================================================================
# opioid substitution: withdrawal, safe sleep, breastfeeding, relapse.

OS = "opioid-substitution"

BUP = Spec(
    "V",
    medicine("med-buprenorphine", "Buprenorphine 8mg sublingual tablets", "16 mg once daily, supervised consumption",
             "2024-06-10", other_prescriber(DRUG_SERVICE), last_changed="2025-11-03"),
    "yes",
    summary=[(None, "Exposed in the womb since conception; no known link with malformations."),
             (W, "NAS likely: onset usually D2-4, can be as late as D8.")],
    # "NNU" is the neonatal unit: alerting it is part of the baby's withdrawal plan, so it goes with W.
    recs=[(None, "Specialist midwife booking by 20/40."), (W, "NNU alert by 20/40."),
          (R, "Do not reduce or stop without the drug service, who manage every dose change.")],
    conclusion=[(None, "Buprenorphine 16 mg OD continues, supervised."),
                (W, "Baby: NAS scoring for ≥72h on the PNW, then HV checks for late signs to D8."),
                (B, "Breastfeeding encouraged on a stable dose."),
                (S, "Drowsy for a few hours post-dose, so never in bed or on the sofa with the baby.")],
    overall=[(None, "Unplanned pregnancy at 8/40 on buprenorphine 16 mg under the drug service; dose changes only "
                    "via them."),
             (W, "Baby needs NAS obs after birth."), (B, "Breastfeeding encouraged."), (S, "No co-sleeping after doses.")],
)

ok("bup-antenatal-terse", OS, V, build(BUP),
   "buprenorphine at 8/40 in shorthand: NAS plan, BF, no bed/sofa after dose, dose changes via the drug service; "
   "every concern answered")
ok("bup-antenatal-plain-english", OS, V, build(BUP, conclusion_text=(
    "Keep taking buprenorphine at 16 mg each day; stopping or cutting down on your own could lead to relapse, so "
    "any change goes through your drug worker. After the birth your baby may have withdrawal symptoms and will stay "
    "on the ward for at least three days to be checked. Breastfeeding is safe and encouraged. Because the medicine "
    "can make you sleepy, never share a bed or sofa with your baby.")),
   "the same assessment concluded in plain English for the parent")
bad("bup-antenatal-no-safe-sleep", OS, V, build(BUP, S),
    "sedating opioid, no word on sleep, beds or sofas anywhere in the assessment and no safe sleep advice recorded "
    "(the valproate record has none): MA122 (safe sleep)")
bad("bup-antenatal-no-breastfeeding", OS, V, build(BUP, B),
    "infant feeding not known, nothing on breastfeeding or breast milk: MA122 (breastfeeding)")
bad("bup-antenatal-no-withdrawal", OS, V, build(BUP, W),
    "an opioid in pregnancy with no word on the baby's withdrawal or observation: MA122 (withdrawal)")
bad("bup-antenatal-safe-sleep-item-not-applicable", OS, V,
    build(BUP, S, items={"safe_sleep": "Not applicable."}),
    "safe sleep answered only by 'Not applicable.' for a sedating opioid: MA123")

ok("methadone-terse-conclusion", OS, M, concl(METH, (
    "Methadone 60 mg OD cont via the drug service. NAS obs ≥72h on PNW, HV to D8. BF encouraged. Sedated post-dose "
    "→ no co-sleeping; cot check at the HV visit.")),
   "the shipped methadone assessment with a conclusion in shorthand that still answers every concern")
ok("methadone-plan-item-empty-text-answers", OS, M, delete(f"assessments#{METH}.impact_on_baby.neonatal_withdrawal_plan"),
   "the withdrawal plan item left empty while the summary and conclusion speak of neonatal withdrawal and its "
   "observation: MA110 at most warns (MA125: leave the item empty when the conclusion answers it)")
ok("methadone-bf-item-terse", OS, M,
   set_(f"assessments#{METH}.impact_on_baby.breastfeeding", "BF encouraged - stable dose."),
   "a terse breastfeeding answer is advice")
bad("methadone-withdrawal-plan-not-applicable", OS, M,
    set_(f"assessments#{METH}.impact_on_baby.neonatal_withdrawal_plan", "N/A."),
    "the withdrawal plan box of a methadone-exposed baby reads 'N/A.', no reason: MA123 (the item dismisses it)")
bad("methadone-bf-item-not-applicable", OS, M,
    set_(f"assessments#{METH}.impact_on_baby.breastfeeding", "Not applicable."),
    "she intends to breastfeed and the breastfeeding box reads 'Not applicable.': MA123")

BUP_N = Spec(
    "N",
    medicine("med-buprenorphine", "Buprenorphine 8mg sublingual tablets", "12 mg once daily, supervised consumption",
             "2025-01-13", other_prescriber(DRUG_SERVICE), last_changed="2025-10-06"),
    "yes",
    summary=[(None, "Exposed throughout pregnancy; newborn check normal."),
             (W, "Withdrawal signs can still appear up to D8.")],
    recs=[(R, "Dose stays at 12 mg; the drug service manages any change and is told of the birth.")],
    conclusion=[(None, "Buprenorphine 12 mg OD continues."),
                (W, "Baby: MW/HV watch for late NAS (tremor, poor feeding, high-pitched cry) to D8."),
                (B, "Breastfeeding going well and encouraged.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Buprenorphine continues at 12 mg under the drug "
                    "service, dose unchanged since pregnancy;"),
             (W, "late NAS watch on the baby to D8;"), (B, "breastfeeding encouraged.")],
)
ok("bup-postnatal-relies-on-recorded-safe-sleep", OS, N, build(BUP_N),
   "postnatal, safe sleep advice recorded for the household: the terse assessment answers withdrawal, "
   "breastfeeding and relapse in its text and leaves safe sleep to the record, which answers it (MA122)")
bad("bup-postnatal-no-withdrawal", OS, N, build(BUP_N, W),
   "day 7 after birth, exposed to term, nothing on withdrawal: MA122 (withdrawal, asked until 28 days after birth)")

# ============================================================================================================
# opioid analgesics and combinations.

OA = "opioid-analgesics"

TRAMADOL = Spec(
    "V",
    medicine("med-tramadol", "Tramadol 50mg capsules", "50 mg up to four times a day for back pain", "2025-10-06",
             gp_castle()),
    "yes",
    summary=[(None, "Exposed since conception; no clear link with birth defects."),
             (W, "Regular use near term can cause neonatal withdrawal (irritability, poor feeding).")],
    recs=[(None, "GP to reduce by 50 mg a week; physiotherapy referral made.")],
    conclusion=[(None, "Tramadol 50 mg QDS PRN for back pain: taper with the GP to stop by 32/40, physio meanwhile."),
                (W, "If still taken near term, the baby needs withdrawal obs for 72h."),
                (S, "Makes her drowsy: no sleeping with the baby in bed or on a sofa."),
                (B, "Not advised while breastfeeding; paracetamol instead after birth.")],
    overall=[(None, "8/40, tramadol for back pain being tapered off by 32/40."),
             (W, "Withdrawal obs for the baby if still on it near term."),
             (S, "No co-sleeping while taking it."), (B, "Avoid while breastfeeding.")],
)
ok("tramadol-antenatal-terse", OA, V, build(TRAMADOL),
   "tramadol at 8/40: taper plan, withdrawal obs if still taken, no co-sleeping, not with BF")
ok("tramadol-antenatal-plain-english", OA, V, build(TRAMADOL, conclusion_text=(
    "We will bring your tramadol down slowly with the GP so that you are off it by 32 weeks, with physiotherapy "
    "for your back meanwhile. If you are still taking it near the birth, your baby will be watched for withdrawal "
    "for three days. While you take it you may feel drowsy, so never fall asleep with your baby in your bed or on a "
    "sofa. It is not advised while breastfeeding, so paracetamol will be used after the birth instead.")),
   "the same, in plain English")
bad("tramadol-antenatal-no-safe-sleep", OA, V, build(TRAMADOL, S),
    "sedating opioid, nothing on sleep anywhere, no advice recorded: MA122 (safe sleep)")
bad("tramadol-antenatal-no-withdrawal", OA, V, build(TRAMADOL, W),
    "regular tramadol in pregnancy with no word on neonatal withdrawal: MA122 (withdrawal)")
bad("tramadol-antenatal-no-breastfeeding", OA, V, build(TRAMADOL, B),
    "feeding not known, an opioid that reaches breast milk, nothing on breastfeeding: MA122 (breastfeeding)")

COCODAMOL = Spec(
    "N",
    medicine("med-co-codamol", "Co-codamol 30mg/500mg tablets", "Two tablets up to four times a day",
             "2026-04-03", gp_riverside(), stopped="2026-04-09"),
    "yes",
    summary=[(None, "Started after the birth, so no exposure in the womb."),
             (B, "Codeine passes into breast milk; in fast metabolisers a breastfed baby can become drowsy, feed "
                 "poorly and breathe slowly.")],
    recs=[(None, "Regular paracetamol for perineal pain; MW to check the baby's feeding and alertness at D10.")],
    conclusion=[(None, "Co-codamol 30/500 stopped today; paracetamol instead. MW to check the baby's feeding and "
                       "alertness at the D10 visit."),
                (B, "Codeine is not advised while breastfeeding (drowsy baby, apnoea risk).")],
    overall=[(None, "Paracetamol and lactulose are fine. Co-codamol stopped; the MW checks the baby's feeding and "
                    "alertness."), (B, "Codeine is not advised in breastfeeding.")],
)
ok("co-codamol-started-after-birth-stopped-terse", OA, N, build(COCODAMOL),
   "codeine started after the birth and stopped the day it was assessed: breastfeeding answered; no word on "
   "neonatal withdrawal, which cannot follow a medicine the baby never met in the womb (exposure window), and "
   "safe sleep answered by the record")

COCODAMOL_ON = Spec(
    "N",
    medicine("med-co-codamol", "Co-codamol 30mg/500mg tablets", "Two tablets up to four times a day for 3 days",
             "2026-04-03", gp_riverside()),
    "yes",
    summary=[(None, "Started after the birth, so the baby was not exposed in the womb; the MW sees the baby at D10."),
             (B, "Codeine passes into breast milk and can make a breastfed baby drowsy.")],
    recs=[(None, "Lowest dose for the shortest time; paracetamol alone once the pain settles.")],
    conclusion=[(None, "Co-codamol 30/500 2 QDS PRN for 3 more days for perineal pain. Drowsy at times: baby in the "
                       "Moses basket, never in her bed or on the sofa. MW r/v at D10."),
                (B, "If breastfeeding, watch the baby closely for sleepiness and stop it if the baby is hard to wake.")],
    overall=[(None, "Paracetamol and lactulose fine; co-codamol for 3 more days for perineal pain, with the baby never "
                    "in her bed or on the sofa while she is drowsy."), (B, "Watch the breastfed baby for sleepiness.")],
)
bad("co-codamol-breastfed-no-breastfeeding", OA, N, build(COCODAMOL_ON, B),
    "codeine continuing in a breastfeeding mother with no word on breast milk or breastfeeding (MHRA: not advised): "
    "MA122 (breastfeeding)")

DHC = Spec(
    "N",
    medicine("med-dihydrocodeine", "Dihydrocodeine 30mg tablets", "30 mg up to four times a day when needed",
             "2026-04-03", gp_riverside()),
    "yes",
    summary=[(None, "Started after the caesarean; the baby was not exposed in the womb.")],
    recs=[(None, "Lowest dose for the shortest time; stop within a week.")],
    conclusion=[(None, "Dihydrocodeine 30 mg PRN for up to a week after the CS. Drowsy after doses: baby in the Moses "
                       "basket to sleep. MW to check the baby at each visit.")],
    overall=[(None, "Dihydrocodeine for a week after the caesarean; the baby sleeps in the Moses basket.")],
)
ok("dihydrocodeine-postnatal-plain-english", OA, N, build(DHC, conclusion_text=(
    "You can take dihydrocodeine for a few days for the pain after your caesarean, at the lowest dose that helps. "
    "Small amounts reach your breast milk, so keep breastfeeding but check that your baby feeds well and wakes "
    "easily; if the baby is unusually sleepy or floppy, stop it and ring the midwife straight away. It may make you "
    "drowsy too, so put the baby down in the Moses basket to sleep, never in your bed or on the sofa with you."),
    overall_text=("Dihydrocodeine for a week after the caesarean; breastfeeding continues with a watch for a sleepy "
                  "baby, who sleeps in the Moses basket.")),
   "plain English for the mother: breastfeeding answered with what to watch for; safe sleep in the text and the "
   "record")
bad("dihydrocodeine-bf-item-discussed", OA, N,
    build(DHC, items={"breastfeeding": "Discussed with mum."}),
    "the only breastfeeding answer is a report that it was discussed: MA125 (or MA122: nothing says what the "
    "advice is)")

# ============================================================================================================
# benzodiazepines and z-drugs.

BZ = "benzodiazepines-z-drugs"

ZOPICLONE = Spec(
    "V",
    medicine("med-zopiclone", "Zopiclone 3.75mg tablets", "3.75 mg at night when needed, two nights a week at most",
             "2025-11-17", gp_castle()),
    "yes",
    summary=[(None, "Exposed occasionally since conception; no increase in malformations reported."),
             (W, "Use near term can cause neonatal withdrawal or a floppy baby.")],
    recs=[(None, "CBT-I referral; GP r/v at 28/40.")],
    conclusion=[(None, "Zopiclone 3.75 mg ON PRN, max 2 nights/wk, CBT-I referral; aim to stop by 36/40."),
                (W, "If used in the last weeks, baby obs 72h for withdrawal and floppiness."),
                (S, "Nights taken: baby never in her bed or on the sofa with her."),
                (B, "Occasional doses compatible with breastfeeding; watch the baby for sleepiness.")],
    overall=[(None, "Occasional zopiclone at 8/40, being phased out by 36/40."),
             (W, "Withdrawal obs for the baby if used near term."), (S, "No bed sharing on nights taken."),
             (B, "Occasional use compatible with breastfeeding.")],
)
ok("zopiclone-antenatal-terse", BZ, V, build(ZOPICLONE), "a z-drug at 8/40, every concern answered in shorthand")
ok("zopiclone-antenatal-plain-english", BZ, V, build(ZOPICLONE, conclusion_text=(
    "Use zopiclone only on bad nights, twice a week at most, while the sleep therapy referral goes through; the aim "
    "is to stop it by 36 weeks. If you still need it near the birth, the baby will be watched for three days for "
    "withdrawal and floppiness. On nights you take it, never have the baby in your bed or on the sofa with you. An "
    "occasional dose is fine with breastfeeding, but tell the midwife if the baby seems very sleepy.")),
   "the same in plain English")
bad("zopiclone-antenatal-no-breastfeeding", BZ, V, build(ZOPICLONE, B),
    "feeding not known, nothing on breastfeeding: MA122 (breastfeeding)")
bad("zopiclone-antenatal-no-safe-sleep", BZ, V, build(ZOPICLONE, S),
    "a hypnotic with nothing on sleeping with the baby, no advice recorded: MA122 (safe sleep)")
bad("zopiclone-antenatal-no-withdrawal", BZ, V, build(ZOPICLONE, W),
    "a z-drug in pregnancy, nothing on the baby's withdrawal: MA122 (withdrawal)")
bad("zopiclone-antenatal-safe-sleep-item-no-concerns", BZ, V,
    build(ZOPICLONE, S, items={"safe_sleep": "No concerns."}),
    "a hypnotic's safe sleep answered only by 'No concerns.', nothing else on sleep: MA123")

ZOPI_STOPPED = Spec(
    "N",
    medicine("med-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night (stopped)", "2025-03-03", gp_riverside(),
             stopped="2025-09-01"),
    "no",
    summary=[(None, "Last dose at about 10 weeks of pregnancy, seven months before the birth: no late-pregnancy "
                    "exposure, newborn check normal.")],
    recs=[(None, "Not to be restarted; sleep hygiene and GP review if insomnia returns.")],
    conclusion=[(None, "Zopiclone stopped at 10/40 and not restarted: the baby had no exposure in late pregnancy and "
                       "none now through breast milk, so no extra checks of the baby are needed.")],
    overall=[(None, "Paracetamol and lactulose are fine. Zopiclone stopped at 10/40: no late exposure for the baby "
                    "and none through breast milk.")],
    items={"neonatal_withdrawal_plan": "N/A: stopped at 10 weeks, no exposure near birth."},
)
ok("zopiclone-stopped-at-10-weeks-postnatal", BZ, N, build(ZOPI_STOPPED),
   "a z-drug stopped seven months before the birth: no withdrawal plan is needed and the item says why (a "
   "dismissal with its reason, MA123); she no longer takes it, so no sedation")

LORAZEPAM = Spec(
    "N",
    medicine("med-lorazepam", "Lorazepam 1mg tablets", "1 mg twice a day", "2025-03-10", gp_riverside(),
             last_changed="2025-09-15"),
    "yes",
    summary=[(None, "Exposed throughout pregnancy; newborn examination normal."),
             (W, "Benzodiazepine withdrawal (irritability, tremor) can start between D2 and D8.")],
    recs=[(None, "GP to agree a slow taper at the 6-week check; no sudden stop (risk of fits).")],
    conclusion=[(None, "Lorazepam 1 mg BD cont; slow taper from 6/52, no sudden stop."),
                (W, "Baby exposed to term: MW/HV to watch for withdrawal to D8, onset may be late."),
                (B, "Breastfeeding OK at this dose: little reaches the milk.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Lorazepam continues for anxiety, with a slow "
                    "taper from 6 weeks;"),
             (W, "withdrawal watch on the baby to D8;"), (B, "breastfeeding OK with a watch for a sleepy baby.")],
)
ok("lorazepam-postnatal-terse", BZ, N, build(LORAZEPAM),
   "a benzodiazepine taken to term, day 7: withdrawal watch, breastfeeding, taper; safe sleep by the record")
bad("lorazepam-postnatal-no-withdrawal", BZ, N, build(LORAZEPAM, W),
    "exposed to term, day 7, nothing on withdrawal: MA122 (withdrawal)")

_DZPG_TERSE: Record = {
    "id": DZPG,
    "medicine_ids": ["med-diazepam", "med-pregabalin"],
    "impact_on_mother": {"sedation": "yes"},
    "impact_on_baby": {
        "summary": "In-utero exposure to both throughout; newborn exam normal. Late withdrawal possible to D8.",
    },
    "recommendations": "No sudden stop (diazepam: fits). Slow diazepam taper at the 6/52 r/v; weekly scripts in "
    "the placement.",
    "conclusion": "Diazepam + pregabalin cont. Both sedate: no bed/sofa/armchair with the baby; FC does night feeds. "
    "Baby: late withdrawal watch to D8. Bottle fed.",
    "author": PRITCHARD,
    "date": "2026-06-12",
}
ok("diazepam-pregabalin-terse-assessment", BZ, F, replace_assessment(DZPG, _DZPG_TERSE),
   "the foster placement's joint assessment cut to the required items in shorthand: sedation, safe sleep, late "
   "withdrawal, relapse (no sudden stop) answered; breastfeeding answered by the record (bottle fed)")
bad("diazepam-pregabalin-terse-no-withdrawal", BZ, F, chain(
    replace_assessment(DZPG, {
        **_DZPG_TERSE,
        "impact_on_baby": {"summary": "In-utero exposure to both throughout; newborn exam normal."},
        "conclusion": "Diazepam + pregabalin cont. Both sedate: no bed/sofa/armchair with the baby; FC does night "
        "feeds. Bottle fed."}),
    overall("Diazepam and pregabalin continue; both sedate, so the mother never shares a bed, sofa or armchair with "
            "the baby and the foster carer does the night feeds. The care order does not lower the risk.")),
    "four days after birth, exposed to two withdrawal-causing medicines to term, nothing on withdrawal in the "
    "assessment (nor the overall): MA122 (withdrawal)")
bad("diazepam-pregabalin-safe-sleep-item-na", BZ, F,
    set_(f"assessments#{DZPG}.impact_on_mother.safe_sleep", "N/A."),
    "a sedating medicine's safe sleep box reads 'N/A.': never dismissed, even with advice recorded (MA123)")
ok("diazepam-pregabalin-bf-item-na-bottle-fed", BZ, F,
   set_(f"assessments#{DZPG}.impact_on_baby.breastfeeding", "N/A - bottle fed."),
   "breastfeeding called not applicable for a bottle-fed baby: allowed (MA123)")

# ============================================================================================================
# gabapentinoids.

GA = "gabapentinoids"

PREGABALIN = Spec(
    "V",
    medicine("med-pregabalin", "Pregabalin 75mg capsules", "150 mg twice a day", "2024-09-02", gp_castle(),
             last_changed="2025-08-11"),
    "yes",
    summary=[(None, "Exposed since conception."),
             (T, "MHRA 2022: small increase in major malformations after first-trimester use."),
             (W, "Near-term exposure can cause neonatal withdrawal.")],
    recs=[(None, "GP r/v 4-weekly; do not stop abruptly."),
          (T, "Fetal medicine referral for a detailed anomaly scan.")],
    conclusion=[(None, "Pregabalin 150 mg BD (GAD): continue at the lowest effective dose, never stopped abruptly."),
                (T, "1st-trimester exposure: small ↑ major malformation risk (~5.6% vs 4.1%) → detailed anomaly scan "
                    "at 20/40."),
                (W, "Baby obs for withdrawal 72h if still on it at term."),
                (S, "Sedating: no co-sleeping or sofa sleeping with the baby."),
                (B, "Breastfeeding possible at this dose; HV to check weight gain.")],
    overall=[(None, "8/40 on pregabalin for anxiety: lowest effective dose, no abrupt stop."),
             (T, "Anomaly scan at 20/40 for the small malformation risk."),
             (W, "Withdrawal obs for the baby if taken at term."), (S, "No co-sleeping."),
             (B, "Breastfeeding possible with a watch on the baby.")],
)
ok("pregabalin-antenatal-terse", GA, V, build(PREGABALIN),
   "pregabalin at 8/40: malformation risk and scan (MHRA 2022), withdrawal, sleep, breastfeeding, no abrupt stop")
ok("pregabalin-antenatal-plain-english", GA, V, build(PREGABALIN, conclusion_text=(
    "Keep taking pregabalin at the lowest dose that controls your anxiety, and do not stop it suddenly. Taking it "
    "in the first weeks of pregnancy slightly raises the chance of a birth defect, so you will be offered a "
    "detailed scan at 20 weeks. If you are still taking it at the birth, your baby will be watched for withdrawal "
    "for three days. It makes you drowsy, so never sleep with the baby in your bed or on the sofa. Breastfeeding is "
    "possible; tell the midwife if the baby is very sleepy or feeding poorly.")),
   "the same in plain English")
bad("pregabalin-antenatal-no-teratogenicity", GA, V, build(PREGABALIN, T),
    "first-trimester pregabalin (MHRA 2022: small increase in malformations) with no word on harm in the womb or a "
    "scan: MA122 (teratogenicity)")
bad("pregabalin-antenatal-no-safe-sleep", GA, V, build(PREGABALIN, S),
    "a sedating gabapentinoid, nothing on sleep, no advice recorded: MA122 (safe sleep)")
bad("pregabalin-antenatal-no-withdrawal", GA, V, build(PREGABALIN, W),
    "nothing on the baby's withdrawal: MA122 (withdrawal)")

GABAPENTIN = Spec(
    "N",
    medicine("med-gabapentin", "Gabapentin 300mg capsules", "300 mg three times a day", "2025-01-20", gp_riverside(),
             last_changed="2025-05-12"),
    "yes",
    summary=[(None, "Exposed throughout pregnancy; newborn check normal."),
             (W, "Gabapentinoid withdrawal in the newborn can appear in the first week.")],
    recs=[(None, "GP pain review at 6/52; no abrupt stop.")],
    conclusion=[(None, "Gabapentin 300 mg TDS cont for neuropathic pain; no abrupt stop."),
                (W, "Exposed to term: MW/HV watch for withdrawal (jittery, poor feeding) to D8."),
                (B, "Compatible with breastfeeding; watch the baby for sleepiness and weight gain.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Gabapentin continues for neuropathic pain at "
                    "the same dose, never stopped abruptly."),
             (W, "Withdrawal watch on the baby to D8."), (B, "Breastfeeding compatible.")],
)
ok("gabapentin-postnatal-terse", GA, N, build(GABAPENTIN),
   "gabapentin to term, day 7: withdrawal watch and breastfeeding; safe sleep by the record")
bad("gabapentin-postnatal-no-breastfeeding", GA, N, build(GABAPENTIN, B),
    "breastfed baby, nothing on breastfeeding: MA122 (breastfeeding)")
bad("gabapentin-postnatal-no-withdrawal", GA, N, build(GABAPENTIN, W),
    "exposed to term, nothing on withdrawal: MA122 (withdrawal)")
bad("gabapentin-postnatal-bf-item-not-applicable", GA, N,
    build(GABAPENTIN, B, items={"breastfeeding": "Not applicable."}),
    "breastfed baby; breastfeeding answered only by 'Not applicable.': MA123")

# ============================================================================================================
# antidepressants.

AD = "antidepressants"

FLUOXETINE = Spec(
    "V",
    medicine("med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily", "2023-02-13", gp_castle(),
             last_changed="2024-01-08"),
    "no",
    summary=[(None, "Exposed since conception; no clear increase in major malformations."),
             (W, "Late-pregnancy SSRI exposure: neonatal adaptation symptoms and a small risk of PPHN.")],
    recs=[(None, "Maternity to be told at booking."), (R, "GP mood review each trimester; no abrupt stop.")],
    conclusion=[(None, "Fluoxetine 20 mg OD cont."),
                (R, "Relapse risk high off it (two prior episodes): GP mood r/v each trimester."),
                (W, "Baby: MW to watch for adaptation sx (jittery, poor feeding, fast breathing) for 48h; small "
                    "PPHN risk, paeds aware."),
                (B, "Compatible with breastfeeding.")],
    overall=[(None, "8/40 on fluoxetine 20 mg, continuing;"), (R, "relapse risk if stopped;"),
             (W, "adaptation watch on the baby after birth;"), (B, "breastfeeding compatible.")],
)
ok("fluoxetine-antenatal-terse", AD, V, build(FLUOXETINE),
   "an SSRI at 8/40: relapse, adaptation/PPHN, breastfeeding answered in shorthand")
ok("fluoxetine-antenatal-plain-english", AD, V, build(FLUOXETINE, conclusion_text=(
    "Carry on with fluoxetine 20 mg: you have been unwell twice before when off it, and the GP will check your mood "
    "each trimester. In the first days after birth your baby may be a little jittery or slow to feed, and there is "
    "a small chance of breathing problems, so the midwife and children's team will keep an eye on the baby. You can "
    "breastfeed while taking it.")),
   "the same in plain English")
bad("fluoxetine-antenatal-no-breastfeeding", AD, V, build(FLUOXETINE, B),
    "nothing on breastfeeding, feeding not known: MA122 (breastfeeding)")
bad("fluoxetine-antenatal-no-adaptation", AD, V, build(FLUOXETINE, W),
    "an SSRI continued to term with nothing on the baby's adaptation or withdrawal: MA122 (withdrawal)")

FLUOX_STOP = Spec(
    "V",
    medicine("med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily (stopped)", "2023-02-13", gp_castle(),
             last_changed="2024-01-08", stopped="2026-05-20"),
    "no",
    summary=[(None, "Exposed from conception to 8/40; no clear increase in major malformations. Fluoxetine clears "
                    "slowly, so the baby will have none in the system by the birth.")],
    recs=[(None, "Maternity to be told at booking.")],
    conclusion=[(None, "Fluoxetine 20 mg stopped today at her request, now she is pregnant, to avoid exposing the "
                       "baby: no added malformation risk from the first weeks, no neonatal adaptation or withdrawal "
                       "expected at birth, and nothing in breast milk if it stays stopped.")],
    overall=[(None, "Fluoxetine stopped at 8/40 at her request; the baby's early exposure carries no added "
                    "malformation risk and none is expected at birth.")],
)
bad("fluoxetine-stopped-no-relapse-plan", AD, V, build(FLUOX_STOP),
    "an antidepressant stopped in early pregnancy with no word on relapse, mood monitoring or who reviews her: "
    "MA122 (relapse if stopped)")

ok("sertraline-terse-conclusion", AD, M, concl(SERT, (
    "Sertraline 100 mg OD cont: relapse risk outweighs the small neonatal risks (PPHN ~3/1000, adaptation sx). "
    "MW/paeds to observe the baby after delivery; compatible with BF.")),
   "the shipped sertraline assessment with a conclusion in shorthand")
bad("sertraline-bf-item-removed", AD, M, delete(f"assessments#{SERT}.impact_on_baby.breastfeeding"),
    "she intends to breastfeed and, without its item, nothing in the sertraline assessment speaks of breastfeeding "
    "(MA112's own example): MA122 (breastfeeding)")
ok("sertraline-bf-item-ok-to-breastfeed", AD, M,
   set_(f"assessments#{SERT}.impact_on_baby.breastfeeding", "OK to breastfeed."),
   "a short verdict is advice (MA112: 'Compatible with breastfeeding.' is advice)")
bad("sertraline-bf-item-discussed", AD, M,
    chain(set_(f"assessments#{SERT}.impact_on_baby.breastfeeding", "Discussed.")),
    "the breastfeeding box says only that it was discussed, and nothing else in the assessment answers it: MA125")

ok("citalopram-terse-conclusion", AD, C, concl(CITA, (
    "Citalopram 20 mg OD cont (relapsed within 6/52 when stopped before). MW to watch the baby for jitteriness, poor "
    "feeding and fast breathing for 48h; BF supported.")),
   "the citalopram record (template 1.0.0) with a terse conclusion")
ok("citalopram-plan-item-empty-summary-answers", AD, C,
   delete(f"assessments#{CITA}.impact_on_baby.neonatal_withdrawal_plan"),
   "the plan item left empty; the summary and conclusion speak of neonatal adaptation and the midwife watching "
   "(MA110 at most warns)")
ok("citalopram-bf-item-compatible-with-bf", AD, C,
   set_(f"assessments#{CITA}.impact_on_baby.breastfeeding", "Compatible with BF."),
   "the documented short verdict, with the usual abbreviation")
bad("citalopram-bf-item-not-applicable", AD, C,
    set_(f"assessments#{CITA}.impact_on_baby.breastfeeding", "Not applicable."),
    "she intends to breastfeed; the breastfeeding box reads 'Not applicable.' with no reason: MA123")

SERT_AFTER = Spec(
    "N",
    medicine("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", "2026-04-06", gp_riverside()),
    "no",
    summary=[(None, "Started after the birth for postnatal depression, so no exposure in the womb. Very little "
                    "passes into breast milk.")],
    recs=[(None, "GP review in 2 weeks; continue for at least 6 months after recovery; do not stop suddenly.")],
    conclusion=[(None, "Sertraline 50 mg OD started 6/4 for PND. Preferred SSRI in BF: tiny amounts in milk; watch "
                       "the baby for poor feeding or unsettledness. Continue ≥6 months after recovery; no abrupt "
                       "stop.")],
    overall=[(None, "Paracetamol and lactulose fine. Sertraline started for postnatal depression is compatible with "
                    "breastfeeding; watch the baby's feeding.")],
)
ok("sertraline-started-after-birth", AD, N, build(SERT_AFTER),
   "an SSRI started four days after birth: breastfeeding and relapse answered; no neonatal adaptation plan, since "
   "the baby was never exposed in the womb (exposure window)")

MIRTAZAPINE = Spec(
    "N",
    medicine("med-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night", "2025-02-03", gp_riverside(),
             last_changed="2025-08-18"),
    "yes",
    summary=[(None, "Exposed throughout pregnancy; newborn check normal."),
             (W, "Late-pregnancy exposure can cause neonatal adaptation symptoms in the first days.")],
    recs=[(None, "GP mood review in 2 weeks.")],
    conclusion=[(None, "Mirtazapine 15 mg ON cont: PND relapse risk; GP r/v 2/52, no abrupt stop."),
                (W, "Exposed to term: MW to watch the baby for adaptation sx (jittery, poor feeding) this week."),
                (B, "Compatible with breastfeeding; watch for a sleepy baby."),
                (S, "Sleeps heavily after her dose: baby in the Moses basket, never in her bed.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Mirtazapine continues for depression at the "
                    "same dose."),
             (W, "Adaptation watch on the baby this week."), (B, "Breastfeeding compatible."),
             (S, "Baby never in her bed after her dose.")],
)
ok("mirtazapine-postnatal-terse", "other-sedating", N, build(MIRTAZAPINE),
   "a sedating antidepressant to term, day 7: adaptation, breastfeeding, relapse, sleep")
ok("mirtazapine-postnatal-plain-english", "other-sedating", N, build(MIRTAZAPINE, conclusion_text=(
    "Keep taking mirtazapine at night: stopping could bring your depression back, and the GP will see you in two "
    "weeks. This week the midwife will check that the baby is not jittery or slow to feed. You can keep "
    "breastfeeding; tell us if the baby seems unusually sleepy. You sleep heavily after your tablet, so the baby "
    "sleeps in the Moses basket, never in your bed.")),
   "the same in plain English")
bad("mirtazapine-postnatal-no-breastfeeding", "other-sedating", N, build(MIRTAZAPINE, B),
    "breastfed baby, nothing on breastfeeding: MA122 (breastfeeding)")
bad("mirtazapine-postnatal-no-adaptation", AD, N, build(MIRTAZAPINE, W),
    "an antidepressant to term, day 7, nothing on adaptation or withdrawal: MA122 (withdrawal)")
bad("mirtazapine-postnatal-bf-item-not-applicable", "other-sedating", N,
    build(MIRTAZAPINE, B, items={"breastfeeding": "N/A"}),
    "breastfed baby; breastfeeding answered only by 'N/A': MA123")

# ============================================================================================================
# antipsychotics.

AP = "antipsychotics"

QUET_MUM = Spec(
    "V",
    medicine("med-quetiapine", "Quetiapine 100mg tablets", "200 mg at night", "2023-08-21", gp_castle(),
             last_changed="2025-04-14"),
    "yes",
    summary=[(None, "Exposed since conception; no consistent link with major malformations; raised gestational "
                    "diabetes risk."),
             (W, "Third-trimester exposure can cause neonatal adaptation or extrapyramidal signs.")],
    recs=[(None, "OGTT at 24-28/40."), (R, "PNMH referral; do not stop suddenly.")],
    conclusion=[(None, "Quetiapine 200 mg ON cont (bipolar)."),
                (R, "Relapse risk high if stopped: no abrupt stop, PNMH r/v by 12/40."),
                (W, "Baby: obs on the PNW 72h for adaptation (jittery, sleepy, poor feeding)."),
                (S, "Heavy sleeper after her dose: baby never in her bed or on the sofa, partner does night feeds."),
                (B, "Breastfeeding OK, low levels in milk; watch for sleepiness.")],
    overall=[(None, "8/40 on quetiapine for bipolar disorder, continuing;"), (R, "PNMH review, no abrupt stop;"),
             (W, "adaptation obs for the baby;"), (S, "no co-sleeping after her dose;"),
             (B, "breastfeeding OK.")],
)
ok("quetiapine-mother-antenatal-terse", AP, V, build(QUET_MUM),
   "the mother's antipsychotic at 8/40: relapse, adaptation, sleep, breastfeeding")
ok("quetiapine-mother-antenatal-plain-english", AP, V, build(QUET_MUM, conclusion_text=(
    "Keep taking quetiapine at night: stopping it, especially suddenly, could make your bipolar disorder come back, "
    "and the perinatal mental health team will see you before 12 weeks. After the birth your baby will be watched "
    "on the ward for three days in case they are jittery, sleepy or slow to feed. You sleep very deeply after your "
    "tablet, so the baby must never be in your bed or on the sofa with you; your partner does the night feeds. You "
    "can breastfeed.")),
   "the same in plain English")
bad("quetiapine-mother-antenatal-no-safe-sleep", AP, V, build(QUET_MUM, S),
    "a sedating antipsychotic at night, nothing on sleep, no advice recorded: MA122 (safe sleep)")
bad("quetiapine-mother-antenatal-no-breastfeeding", AP, V, build(QUET_MUM, B),
    "nothing on breastfeeding: MA122 (breastfeeding)")

OLANZAPINE = Spec(
    "N",
    medicine("med-olanzapine", "Olanzapine 10mg tablets", "10 mg at night", "2024-07-01", gp_riverside(),
             last_changed="2025-03-17"),
    "yes",
    summary=[(None, "Exposed throughout pregnancy; newborn check normal."),
             (W, "Third-trimester antipsychotic exposure can cause neonatal extrapyramidal or adaptation signs.")],
    recs=[(None, "PNMH review within a week; do not stop.")],
    conclusion=[(None, "Olanzapine 10 mg ON cont (psychosis): relapse risk high postpartum, PNMH r/v 1/52, don't "
                       "stop."),
                (W, "Exposed to term: baby watched for jitteriness, sleepiness, poor feeding to D8."),
                (B, "Breastfeeding compatible; watch the baby for sleepiness."),
                (S, "Heavy sleeper after her dose: partner does night feeds, baby in the Moses basket.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Olanzapine continues for psychosis with a "
                    "PNMH review within a week;"),
             (W, "the baby is watched to D8;"), (B, "breastfeeding compatible;"),
             (S, "partner does night feeds.")],
)
ok("olanzapine-postnatal-terse", AP, N, build(OLANZAPINE),
   "an antipsychotic to term, day 7: relapse, adaptation, breastfeeding, sleep")
bad("olanzapine-postnatal-no-breastfeeding", AP, N, build(OLANZAPINE, B),
    "breastfed baby, nothing on breastfeeding: MA122 (breastfeeding)")
bad("olanzapine-postnatal-bf-item-leaflet-given", AP, N,
    build(OLANZAPINE, B, items={"breastfeeding": "BF leaflet given."}),
    "breastfeeding answered only by 'BF leaflet given.': a report, not advice (MA125)")
bad("olanzapine-postnatal-no-adaptation", AP, N, build(OLANZAPINE, W),
    "an antipsychotic to term, day 7, nothing on the baby's adaptation or withdrawal: MA122 (withdrawal)")

# ============================================================================================================
# lithium.

LI = "lithium"

ok("lithium-terse-conclusion", LI, L, concl(LITH, (
    "Lithium (Priadel) 800 mg ON cont: high PP relapse/psychosis risk off it. Levels 4-wkly, weekly from 36/40, <24h "
    "post-delivery. Fetal echo at 20/40 normal. Baby: paeds r/v at birth (floppy, poor feeding, thyroid). Bottle "
    "feeding: lithium passes into BM.")),
   "the lithium conclusion in shorthand, every concern answered")
ok("lithium-plain-english-conclusion", LI, L, concl(LITH, (
    "Keep taking lithium: the weeks after the birth carry a high risk of your illness coming back. Your blood level "
    "will be checked every four weeks, then every week from 36 weeks, and within a day of the birth. The baby's "
    "heart scan at 20 weeks was normal. A children's doctor will check the baby after birth for floppiness, poor "
    "feeding and thyroid problems. Bottle feeding is advised because lithium passes into breast milk.")),
   "the same for the mother, in plain English")
ok("lithium-bf-item-removed-bottle-fed", LI, L, delete(f"assessments#{LITH}.impact_on_baby.breastfeeding"),
   "the baby is to be bottle fed: the record answers breastfeeding, and the conclusion says it is not advised")
bad("lithium-summary-without-heart-scan", LI, L, set_(
    f"assessments#{LITH}.impact_on_baby.summary",
    "Near birth, lithium in the baby can cause floppiness, poor feeding, drowsiness and thyroid problems, so the "
    "baby needs a paediatric review after birth."),
    "at 24 weeks, first-trimester lithium exposure with no word on heart malformations or the fetal echo anywhere "
    "in the assessment: MA122 (teratogenicity)")
bad("lithium-overall-silent-on-baby", LI, L, overall(
    "Lithium (Priadel) 800 mg nocte continues; serum levels 4-weekly, weekly from 36/40 and within 24 h of delivery; "
    "PNMH review within 1/52 postpartum; hydration in labour."),
    "a terse overall conclusion about her levels and her team only: MA124")
ok("lithium-overall-terse", LI, L, overall(
    "Lithium (Priadel) 800 mg ON cont; levels 4-wkly, weekly from 36/40, <24h after birth. Baby: paeds r/v at birth. "
    "Bottle feeding (lithium in BM). PNMH r/v within 1/52 of delivery."),
   "the least overall conclusion: the medicine, the baby's review, feeding, her review")

# ============================================================================================================
# valproate.

VA = "valproate"

ok("valproate-terse-conclusion", VA, V, concl(VALP, (
    "Valproate 500 mg BD cont until urgent neuro r/v: abrupt stop risks status epilepticus. 1st-trimester exposure: "
    "~1 in 10 major malformation (incl. NTD), 3-4 in 10 neurodevelopmental → FMU + detailed anomaly scan; folic "
    "acid 5 mg today. ARAF signed 11/25.")),
   "the valproate conclusion in shorthand")
ok("valproate-plain-english-conclusion", VA, V, concl(VALP, (
    "Do not stop your valproate until the neurologist has seen you this week: stopping suddenly could bring back "
    "seizures that put you and the baby at risk. Because the baby was exposed in the first weeks, there is a higher "
    "chance of birth defects and of later learning difficulties, so you will be offered an early appointment with "
    "the fetal medicine team and a detailed scan at 20 weeks. Folic acid 5 mg started today.")),
   "the same in plain English")
ok("valproate-safe-sleep-item-removed", VA, V, delete(f"assessments#{VALP}.impact_on_mother.safe_sleep"),
   "valproate is not sedating here (sedation 'no'): safe sleep is not a concern it raises, so its empty item "
   "refuses nothing")
bad("valproate-bf-item-removed", VA, V, delete(f"assessments#{VALP}.impact_on_baby.breastfeeding"),
    "feeding not known and, without its item, nothing in the assessment speaks of breastfeeding: MA122 "
    "(breastfeeding)")

VALPROATE = Spec(
    "V",
    medicine("med-valproate2", "Sodium valproate 500mg gastro-resistant tablets", "500 mg twice a day", "2019-09-02",
             gp_castle(), last_changed="2024-03-11"),
    "no",
    summary=[(None, "Unplanned pregnancy, exposed since conception."),
             (T, "About 1 in 10 exposed babies have a major malformation and 3-4 in 10 later developmental "
                 "difficulties.")],
    recs=[(R, "Neurology (ESN) within the week; no dose change meanwhile."),
          (T, "Fetal medicine referral."), (PP, "Contraception plan at the postnatal check.")],
    conclusion=[(None, "Sodium valproate 500 mg BD (JME)."),
                (R, "Continue unchanged until urgent neurology r/v this week; never stop abruptly (seizures)."),
                (T, "1st-trimester exposure: ~10% major malformation incl. NTD, 30-40% neurodevelopmental → FMU "
                    "referral + detailed anomaly scan; folic acid 5 mg started."),
                (PP, "PPP: ARAF signed 04/11/25; pregnancy unplanned on the pill."),
                (B, "Breastfeeding usually possible on valproate; the baby is watched for jaundice and bruising.")],
    overall=[(None, "8/40 on valproate."), (R, "No abrupt stop; urgent neurology review."),
             (T, "Fetal medicine review and detailed scan for the baby's malformation risk."),
             (PP, "ARAF signed; contraception after birth."), (B, "Breastfeeding usually possible.")],
)
ok("valproate-terse-assessment", VA, V, build(VALPROATE),
   "the valproate assessment cut to the required items in shorthand, every concern answered")
bad("valproate-terse-no-teratogenicity", VA, V, build(VALPROATE, T),
    "valproate at 8/40 with no word on malformations, fetal medicine or a scan: MA122 (teratogenicity)")
bad("valproate-stopped-no-seizure-plan", VA, V, build(VALPROATE, R, conclusion_text=(
    "Sodium valproate 500 mg BD (JME) stopped today at her request. 1st-trimester exposure: ~10% major malformation "
    "incl. NTD, 30-40% neurodevelopmental → FMU referral + detailed anomaly scan; folic acid 5 mg started. PPP: ARAF "
    "signed 04/11/25; pregnancy unplanned on the pill. Breastfeeding usually possible; the baby is watched for jaundice and "
    "bruising.")),
    "valproate stopped at once for epilepsy with no word on seizures, neurology or how to stop: MA122 (relapse if "
    "stopped)")

# ============================================================================================================
# other antiepileptics.

AE = "other-antiepileptics"

LAMOTRIGINE = Spec(
    "V",
    medicine("med-lamotrigine", "Lamotrigine 100mg tablets", "100 mg twice a day", "2020-01-13",
             other_prescriber(NEUROLOGY), last_changed="2024-06-03"),
    "no",
    summary=[(None, "Exposed since conception."),
             (T, "Among the lowest-risk antiepileptics: major malformations close to the background 2-3%.")],
    recs=[(None, "Folic acid 5 mg daily."), (R, "ESN referral for levels each trimester; no dose change without "
                                              "neurology.")],
    conclusion=[(None, "Lamotrigine 100 mg BD cont."),
                (R, "Don't stop: seizures risk her and the baby; ESN to check levels each trimester (they fall in "
                    "pregnancy)."),
                (T, "Malformation risk close to background; detailed anomaly scan at 20/40."),
                (B, "Breastfeeding OK; watch the baby for rash, drowsiness, poor feeding.")],
    overall=[(None, "8/40 on lamotrigine, continuing;"), (R, "levels each trimester;"),
             (T, "anomaly scan at 20/40;"), (B, "breastfeeding OK.")],
)
ok("lamotrigine-antenatal-terse", AE, V, build(LAMOTRIGINE), "lamotrigine at 8/40, every concern in shorthand")
ok("lamotrigine-antenatal-plain-english", AE, V, build(LAMOTRIGINE, conclusion_text=(
    "Keep taking lamotrigine; do not stop it, because a seizure could harm you and the baby. Its levels drop in "
    "pregnancy, so the epilepsy nurse will check them each trimester. The chance of a birth defect is close to that "
    "of any pregnancy, and you will have a detailed scan at 20 weeks. You can breastfeed; watch the baby for a rash "
    "or sleepiness.")),
   "the same in plain English")
bad("lamotrigine-antenatal-no-breastfeeding", AE, V, build(LAMOTRIGINE, B),
    "lamotrigine passes into breast milk in real amounts; nothing on breastfeeding: MA122 (breastfeeding)")
bad("lamotrigine-antenatal-no-teratogenicity", AE, V, build(LAMOTRIGINE, T),
    "an antiepileptic at 8/40 with no word on the fetal risk or a scan: MA122 (teratogenicity)")
ok("lamotrigine-bf-item-no-concerns-with-reason", AE, V, build(LAMOTRIGINE, B, items={
    "breastfeeding": "No concerns: lamotrigine passes into breast milk, but at 200 mg a day breastfeeding is fine; "
    "watch the baby for a rash or sleepiness."}),
   "breastfeeding answered in its item by 'no concerns' followed by its reason (MA123: a dismissal with a reason)")

CARBAMAZEPINE = Spec(
    "V",
    medicine("med-carbamazepine", "Carbamazepine 200mg modified-release tablets", "400 mg twice a day", "2018-04-09",
             other_prescriber(NEUROLOGY), last_changed="2023-10-02"),
    "no",
    summary=[(None, "Exposed since conception."),
             (T, "Carbamazepine raises the risk of neural tube and other major malformations (about 3-5%).")],
    recs=[(None, "Neonatal vitamin K at birth."), (R, "Urgent ESN referral; no change without neurology."),
          (T, "Detailed anomaly scan at 20/40.")],
    conclusion=[(None, "Carbamazepine 400 mg BD cont."), (R, "No abrupt stop (seizures); urgent ESN r/v of dose."),
                (T, "~3-5% malformation risk incl. NTD → detailed anomaly scan at 20/40; folic acid 5 mg."),
                (B, "Compatible with breastfeeding; watch the baby for jaundice or poor feeding.")],
    overall=[(None, "8/40 on carbamazepine: continue;"), (R, "ESN review;"), (T, "anomaly scan for NTD risk;"),
             (B, "breastfeeding compatible.")],
)
ok("carbamazepine-antenatal-terse", AE, V, build(CARBAMAZEPINE), "carbamazepine at 8/40 in shorthand")
bad("carbamazepine-self-stopped-no-seizure-plan", AE, V, build(CARBAMAZEPINE, R, conclusion_text=(
    "Carbamazepine: she stopped it herself last week after the positive test. ~3-5% malformation risk incl. NTD "
    "from the first weeks → detailed anomaly scan at 20/40; folic acid 5 mg. If restarted, compatible with breastfeeding; "
    "watch the baby for jaundice or poor feeding."),
    overall_text="8/40, carbamazepine stopped by her last week; anomaly scan for the NTD risk; breastfeeding "
    "compatible if restarted."),
    "an antiepileptic stopped abruptly by the patient and nothing on seizures, neurology or restarting: MA122 "
    "(relapse if stopped)")

TOPIRAMATE = Spec(
    "V",
    medicine("med-topiramate", "Topiramate 50mg tablets", "50 mg twice a day for migraine prevention", "2024-03-04",
             gp_castle(), stopped="2026-05-20"),
    "no",
    summary=[(None, "Exposed from conception to 8/40."),
             (T, "Topiramate increases the risk of cleft lip and palate and of low birth weight, and exposed children "
                 "have a 2-3 times higher risk of neurodevelopmental disorders.")],
    recs=[(None, "GP migraine review in 2 weeks; paracetamol meanwhile."), (T, "Fetal medicine referral."),
          (PP, "Contraception plan at the postnatal check.")],
    conclusion=[(None, "Topiramate 50 mg BD (migraine prophylaxis) stopped today: contraindicated in pregnancy for "
                       "migraine; GP migraine r/v 2/52."),
                (T, "Fetal exposure to 8/40: ↑ risk of cleft lip/palate, low birth weight, neurodevelopmental "
                    "effects → FMU referral + detailed scan."),
                (PP, "PPP: Risk Awareness Form signed 03/26; POP failed, effective contraception after birth."),
                (B, "If restarted after birth, breastfeeding possible; watch the baby for diarrhoea and poor weight gain.")],
    overall=[(None, "8/40, topiramate stopped today;"), (T, "fetal medicine review and detailed scan for the baby;"),
             (PP, "contraception after birth under the PPP;"), (B, "breastfeeding possible if restarted.")],
)
ok("topiramate-stopped-antenatal-terse", AE, V, build(TOPIRAMATE),
   "topiramate for migraine stopped at 8/40: fetal risk, PPP, breastfeeding, migraine review")
bad("topiramate-stopped-no-teratogenicity", AE, V, build(TOPIRAMATE, T),
    "topiramate exposure to 8/40 with nothing on the fetal risk: MA122 (teratogenicity)")

LEVETIRACETAM = Spec(
    "N",
    medicine("med-levetiracetam", "Levetiracetam 500mg tablets", "500 mg twice a day", "2022-02-14",
             other_prescriber(NEUROLOGY)),
    "no",
    summary=[(None, "Exposed throughout pregnancy; newborn examination normal.")],
    recs=[(None, "ESN review of the postpartum dose; partner to do some night feeds so she sleeps (sleep loss "
                 "lowers her seizure threshold).")],
    conclusion=[(None, "Levetiracetam 500 mg BD cont; don't stop (seizures); ESN r/v of the postpartum dose. Never "
                       "bath the baby alone."),
                (B, "Breastfeeding OK; watch the baby for sleepiness and poor feeding.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Levetiracetam continues for epilepsy at the "
                    "same dose; she never baths the baby alone;"),
             (B, "breastfeeding OK.")],
)
ok("levetiracetam-postnatal-terse", AE, N, build(LEVETIRACETAM),
   "an antiepileptic to term, day 7: relapse (no stop, ESN) and breastfeeding; levetiracetam causes no neonatal "
   "withdrawal, so none is written")
bad("levetiracetam-postnatal-no-breastfeeding", AE, N, build(LEVETIRACETAM, B),
    "breastfed baby, nothing on breastfeeding: MA122 (breastfeeding)")

# ============================================================================================================
# other teratogens.

OT = "other-teratogens"

METHOTREXATE = Spec(
    "V",
    medicine("med-methotrexate", "Methotrexate 2.5mg tablets", "15 mg once weekly on Mondays", "2024-05-01",
             other_prescriber(DERMATOLOGY), last_changed="2025-02-03", stopped="2026-05-18"),
    "no",
    summary=[(None, "Exposed weekly from conception to 7/40."),
             (T, "Methotrexate is a folate antagonist: first-trimester exposure carries a risk of miscarriage and of "
                 "an embryopathy (skull, limb and heart defects).")],
    recs=[(R, "Urgent dermatology review for psoriasis control without it."),
          (T, "Fetal medicine referral; folic acid 5 mg daily."), (PP, "Contraception review after birth.")],
    conclusion=[(None, "Methotrexate 15 mg weekly (psoriasis) stopped: last dose 18/5 at ~7/40."),
                (T, "Risk of MTX embryopathy and miscarriage → UKTIS advice, early FMU review and detailed anomaly "
                    "scan; folic acid 5 mg."),
                (PP, "Contraception had lapsed; reliable contraception before any restart."),
                (R, "Dermatology to manage her psoriasis without it."),
                (B, "Not to restart while breastfeeding.")],
    overall=[(None, "7/40, methotrexate stopped;"), (T, "FMU review and detailed scan for the baby;"),
             (PP, "contraception before any restart;"), (R, "dermatology manage the psoriasis;"),
             (B, "not while breastfeeding.")],
)
ok("methotrexate-stopped-at-positive-test-terse", OT, V, build(METHOTREXATE),
   "methotrexate stopped at 7/40: embryopathy risk and scan, contraception, who manages the skin, breastfeeding")
bad("methotrexate-stopped-no-teratogenicity", OT, V, build(METHOTREXATE, T),
    "first-trimester methotrexate with no word on harm in the womb, UKTIS or a scan: MA122 (teratogenicity)")

WARFARIN = Spec(
    "V",
    medicine("med-warfarin", "Warfarin 1mg tablets", "Dose by INR, about 5 mg daily", "2021-07-19", gp_castle(),
             last_changed="2026-04-27", stopped="2026-05-20"),
    "no",
    summary=[(None, "Exposed from conception to 8/40."),
             (T, "Warfarin in weeks 6-12 can cause embryopathy (nasal hypoplasia, stippled epiphyses); later use "
                 "risks fetal bleeding.")],
    recs=[(R, "Same-day haematology and cardiology advice; anticoagulation never interrupted."),
          (T, "Fetal medicine referral and detailed anomaly scan.")],
    conclusion=[(None, "Warfarin (mechanical mitral valve) switched today to LMWH on same-day haematology and "
                       "cardiology advice."),
                (R, "Never without anticoagulant cover: valve thrombosis risk."),
                (T, "Embryopathy risk highest 6-12/40; exposure ended at 8/40 → FMU and detailed anomaly scan."),
                (PP, "Contraception after birth: IUS to be discussed."),
                (B, "If warfarin is restarted after birth, it is compatible with breastfeeding.")],
    overall=[(None, "8/40, warfarin switched to LMWH with no gap in cover;"),
             (T, "FMU review and anomaly scan for the baby;"), (PP, "contraception after birth;"),
             (B, "warfarin compatible with breastfeeding if restarted.")],
)
ok("warfarin-switched-antenatal-terse", OT, V, build(WARFARIN),
   "warfarin switched at 8/40: embryopathy, scan, no gap in anticoagulation, contraception, breastfeeding")
bad("warfarin-switched-no-teratogenicity", OT, V, build(WARFARIN, T),
    "warfarin to 8/40 (embryopathy weeks 6-12) with no word on the fetal risk or a scan: MA122 (teratogenicity)")

MYCOPHENOLATE = Spec(
    "V",
    medicine("med-mycophenolate", "Mycophenolate mofetil 500mg tablets", "1 g twice a day", "2023-03-06",
             other_prescriber(RENAL), stopped="2026-05-20"),
    "no",
    summary=[(None, "Exposed from conception to 8/40."),
             (T, "About a quarter of exposed babies have serious malformations (ear, face, heart) and about half of "
                 "exposed pregnancies miscarry.")],
    recs=[(R, "Renal review this week for lupus nephritis control."), (T, "Urgent fetal medicine referral.")],
    conclusion=[(None, "Mycophenolate 1 g BD (lupus nephritis) stopped today with the renal team, who are switching "
                       "her to a pregnancy-compatible immunosuppressant."),
                (R, "Renal team to watch for a flare; no gap without cover."),
                (T, "Exposure to 8/40: high miscarriage (~45%) and serious malformation (~25%) risk → urgent FMU "
                    "and detailed anomaly scan."),
                (PP, "Contraception failed; two methods after birth."),
                (B, "Not to be used while breastfeeding.")],
    overall=[(None, "8/40, mycophenolate stopped;"), (R, "renal team manage the lupus;"),
             (T, "urgent FMU review for the baby;"), (PP, "two methods of contraception after birth;"),
             (B, "not while breastfeeding.")],
)
ok("mycophenolate-stopped-antenatal-terse", OT, V, build(MYCOPHENOLATE),
   "mycophenolate stopped at 8/40 with every concern answered in shorthand")
bad("mycophenolate-stopped-no-teratogenicity", OT, V, build(MYCOPHENOLATE, T),
    "first-trimester mycophenolate (about 1 in 4 malformed) with nothing on the baby's risk: MA122 (teratogenicity)")

RAMIPRIL = Spec(
    "V",
    medicine("med-ramipril", "Ramipril 5mg capsules", "5 mg once daily for hypertension", "2024-10-07", gp_castle(),
             stopped="2026-05-20"),
    "no",
    summary=[(None, "Exposed from conception to 8/40."),
             (T, "ACE inhibitors harm the fetal kidneys and skull in the second and third trimesters; first-trimester "
                 "data show no reliable increase in malformations.")],
    recs=[(None, "Labetalol started today."), (R, "Practice nurse BP check in a week, target below 135/85.")],
    conclusion=[(None, "Ramipril 5 mg stopped today at 8/40; switched to labetalol."),
                (T, "ACEi fetopathy risk is in the 2nd/3rd trimester; 1st-trimester exposure shows no reliable ↑ in "
                    "malformations."),
                (R, "BP r/v in 1/52."),
                (PP, "Planned pregnancies on it later: switch before stopping contraception."),
                (B, "After birth, if an ACE inhibitor is needed, breastfeeding is compatible with it.")],
    overall=[(None, "8/40, ramipril stopped and replaced;"), (T, "no added fetal risk from the first weeks;"),
             (R, "BP review in a week;"), (B, "breastfeeding compatible after birth.")],
)
ok("ramipril-stopped-antenatal-terse", OT, V, build(RAMIPRIL),
   "an ACE inhibitor stopped at 8/40: fetal risk by trimester, BP plan, breastfeeding")
ok("ramipril-stopped-antenatal-plain-english", OT, V, build(RAMIPRIL, conclusion_text=(
    "Ramipril has been stopped today and replaced with labetalol, which is safe in pregnancy. Ramipril can harm a "
    "baby's kidneys later in pregnancy, but taking it in the first eight weeks has not been shown to cause birth "
    "defects, so no extra scans are needed. The practice nurse will check your blood pressure in a week. After the "
    "birth you can breastfeed on your blood pressure tablets.")),
   "the same in plain English")
bad("ramipril-stopped-no-teratogenicity", OT, V, build(RAMIPRIL, T),
    "an ACE inhibitor to 8/40 with no word on what it means for the fetus: MA122 (teratogenicity)")

ISOTRETINOIN = Spec(
    "V",
    medicine("med-isotretinoin", "Isotretinoin 20mg capsules", "20 mg once daily (course finished)", "2025-06-02",
             other_prescriber(DERMATOLOGY), stopped="2025-12-19"),
    "no",
    summary=[(None, "Course finished on 19/12/25, over three months before conception; the PPP asks for one month "
                    "clear, so this pregnancy was never exposed.")],
    recs=[(None, "Dermatology told of the pregnancy; not to be restarted while pregnant.")],
    conclusion=[(None, "Isotretinoin course ended 19/12/25, >3 months before conception (PPP: 1 month clear): no "
                       "fetal exposure, so no added risk to the baby and no extra scans. Not to restart while "
                       "pregnant.")],
    overall=[(None, "Isotretinoin finished three months before conception: the baby was never exposed; no extra "
                    "scans.")],
)
ok("isotretinoin-finished-before-conception", OT, V, build(ISOTRETINOIN),
   "a retinoid whose course ended three months before conception: no fetal exposure; it is not taken now, so "
   "breastfeeding and relapse do not arise and are not written about (exposure window)")

# ============================================================================================================
# sedating antihistamines.

SA = "sedating-antihistamines"

PROMETHAZINE_NVP = Spec(
    "V",
    medicine("med-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night for nausea and vomiting",
             "2026-05-06", gp_castle()),
    "yes",
    summary=[(None, "First-trimester use for nausea; large studies show no increase in malformations.")],
    recs=[(None, "Review at 16/40; ketones and hydration checked.")],
    conclusion=[(None, "Promethazine 25 mg ON for NVP: no known fetal harm; r/v at 16/40 and stop when settled."),
                (S, "Drowsy next morning: if still needed after birth, the baby sleeps in the crib, never her bed or "
                    "the sofa."),
                (B, "Short courses compatible with breastfeeding; watch the baby for sleepiness.")],
    overall=[(None, "8/40, promethazine at night for sickness, reviewed at 16/40;"),
             (S, "no co-sleeping if needed after birth;"), (B, "compatible with breastfeeding.")],
)
ok("promethazine-nvp-antenatal-terse", SA, V, build(PROMETHAZINE_NVP),
   "a sedating antihistamine for sickness at 8/40: fetal safety, sleep, breastfeeding")

CHLORPHENAMINE = Spec(
    "N",
    medicine("med-chlorphenamine", "Chlorphenamine 4mg tablets", "4 mg at night when needed for urticaria",
             "2026-04-05", gp_riverside()),
    "yes",
    summary=[(None, "Started after the birth; the baby was not exposed in the womb."),
             (B, "Small amounts pass into breast milk and could make the baby sleepy or irritable.")],
    recs=[(None, "Non-drowsy antihistamine by day; GP review if the rash lasts beyond 6 weeks.")],
    conclusion=[(None, "Chlorphenamine 4 mg ON PRN for urticaria; non-drowsy one by day; baby in the Moses basket."),
                (B, "Occasional doses OK in breastfeeding; watch for a sleepy baby.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Chlorphenamine at night when needed for "
                    "urticaria, with a non-drowsy antihistamine by day and the baby in the Moses basket;"),
             (B, "occasional use OK in breastfeeding with a watch for a sleepy baby.")],
)
ok("chlorphenamine-postnatal-relies-on-recorded-safe-sleep", SA, N, build(CHLORPHENAMINE),
   "started after birth; breastfeeding answered; safe sleep answered by the record (advice given), not in the text")
bad("chlorphenamine-postnatal-no-breastfeeding", SA, N, build(CHLORPHENAMINE, B),
    "breastfed baby, nothing on breastfeeding or breast milk: MA122 (breastfeeding)")
bad("chlorphenamine-safe-sleep-item-not-applicable", SA, N,
    build(CHLORPHENAMINE, items={"safe_sleep": "Not applicable."}),
    "a sedating antihistamine's safe sleep box dismissed: never dismissed, even with advice recorded (MA123)")

PROMETHAZINE_N = Spec(
    "N",
    medicine("med-promethazine", "Promethazine hydrochloride 10mg tablets", "10 mg at night when needed for itching",
             "2026-04-06", gp_riverside()),
    "yes",
    summary=[(None, "Started after the birth; small amounts pass into breast milk and could make the baby "
                    "sleepy.")],
    recs=[(None, "Lowest dose, only when needed; MW to ask about the baby's feeding and alertness.")],
    conclusion=[(None, "Promethazine 10 mg ON PRN for itching.")],
    overall=[(None, "Paracetamol and lactulose fine; promethazine now and then at night, with the baby in the Moses "
                    "basket on those nights and a watch on the breastfed baby's alertness.")],
)
ok("promethazine-postnatal-plain-english", SA, N, build(PROMETHAZINE_N, conclusion_text=(
    "Promethazine at night for your itching is fine while breastfeeding if you only take it now and then. It can "
    "make you and your baby sleepy, so on nights you take it the baby sleeps in the Moses basket, never in your bed "
    "or on the sofa with you. Tell the midwife if the baby is hard to wake or not feeding well.")),
   "a sedating antihistamine concluded for the mother in plain English")

PARTNER_PROMETHAZINE = Spec(
    "P",
    medicine("med-partner-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night for sleep",
             "2025-11-03", other_prescriber(ELM_PARK), taken_by="partner"),
    "yes",
    capacity="The father takes promethazine 25 mg most nights and is groggy until mid-morning.",
    summary=[(None, "The baby is not exposed to the father's medicine."),
             (S, "The risk is sudden infant death if a drowsy adult falls asleep with the baby.")],
    recs=[(R, "His GP to tell the HV of any change in dose or timing.")],
    conclusion=[(None, "Father's promethazine ON leaves him groggy until mid-morning; mum cares for the baby then."),
                (S, "No bed/sofa sharing with the baby after a dose; mum does nights; HV to recheck the sleep "
                    "set-up.")],
    overall=[(None, "Mum's paracetamol needs nothing for the baby. Dad's promethazine at night makes him drowsy and "
                    "groggy; mum looks after the baby in "
                    "the mornings."),
             (S, "He never sleeps with the baby on a bed or sofa; mum does night feeds.")],
    items={"safe_sleep": "Never asleep with the baby on a bed, sofa or chair after a dose; mum does night feeds."},
)
ok("partner-promethazine-terse", "partner", P, build(PARTNER_PROMETHAZINE),
   "the father's sedating antihistamine: safe sleep in its own item and the conclusion; his GP manages changes")
bad("partner-promethazine-no-safe-sleep", "partner", P, build(PARTNER_PROMETHAZINE, S, items={}),
    "the father's sedating antihistamine with no safe sleep item and no word on sleep, beds or sofas: the partner's "
    "safe sleep is answered in its own assessment, not by the household advice (MA122)")

# ============================================================================================================
# other sedating medicines (mirtazapine above), and the partner's.

OS2 = "other-sedating"

TRAZODONE = Spec(
    "N",
    medicine("med-trazodone", "Trazodone 50mg capsules", "50 mg at night", "2025-04-22", gp_riverside()),
    "yes",
    summary=[(None, "Exposed throughout pregnancy; newborn check normal."),
             (W, "Antidepressant exposure near term can cause adaptation symptoms.")],
    recs=[(None, "GP r/v at 6/52; no abrupt stop.")],
    conclusion=[(None, "Trazodone 50 mg ON cont (depression with insomnia); GP r/v 6/52; no abrupt stop."),
                (W, "Exposed to term: watch the baby for jitteriness/poor feeding in week 1."),
                (B, "Small amounts in milk; breastfeeding OK with a watch for a sleepy baby.")],
    overall=[(None, "Paracetamol and lactulose need nothing for the newborn. Trazodone continues at night for depression "
                    "with insomnia;"), (W, "week-1 adaptation watch;"),
             (B, "breastfeeding OK.")],
)
ok("trazodone-postnatal-terse", OS2, N, build(TRAZODONE),
   "a sedating antidepressant to term, day 7; safe sleep by the record")
bad("trazodone-postnatal-no-breastfeeding", OS2, N, build(TRAZODONE, B),
    "breastfed baby, nothing on breastfeeding: MA122 (breastfeeding)")
bad("trazodone-postnatal-no-adaptation", OS2, N, build(TRAZODONE, W),
    "an antidepressant to term, day 7, nothing on adaptation or withdrawal: MA122 (withdrawal)")

PARTNER_TRAZODONE = Spec(
    "P",
    medicine("med-partner-trazodone", "Trazodone 100mg capsules", "100 mg at night", "2024-09-09",
             other_prescriber(ELM_PARK), taken_by="partner", last_changed="2025-06-02"),
    "yes",
    capacity="The father takes trazodone 100 mg at night and sleeps very deeply for several hours.",
    summary=[(None, "The baby is not exposed to the father's medicine; the risk is co-sleeping with a deeply asleep "
                    "adult.")],
    recs=[(None, "His GP tells the HV of dose changes; HV checks the crib at each visit.")],
    conclusion=[(None, "Dad's trazodone 100 mg ON sedates him: never asleep with the baby on a bed, sofa or chair; "
                       "mum does nights. His GP tells the HV of dose changes.")],
    overall=[(None, "Mum's paracetamol: no concern. Dad's trazodone sedates him at night: no co-sleeping with him "
                    "on a bed, sofa or chair; mum does night feeds.")],
    items={"safe_sleep": "After his trazodone: no bed/sofa/armchair with the baby; no night feeds by him."},
)
ok("partner-trazodone-terse", OS2, P, build(PARTNER_TRAZODONE),
   "the father's sedating antidepressant: terse safe sleep item and conclusion; his GP manages changes")
bad("partner-trazodone-safe-sleep-item-report", OS2, P,
    build(PARTNER_TRAZODONE, items={"safe_sleep": "Both parents spoken to at the new birth visit."}),
    "the partner's safe-sleep box only reports a conversation: MA125 (reported even when the conclusion answers)")

# ============================================================================================================
# the partner's quetiapine (the shipped record).

PA = "partner"
_SAFE_SLEEP_P = f"assessments#{QUET}.impact_on_mother.safe_sleep"

ok("partner-quetiapine-safe-sleep-terse", PA, P,
   set_(_SAFE_SLEEP_P, "No bed/sofa/chair sleeping with the baby after his 300 mg; mum does all nights."),
   "the father's safe sleep in a terse item")
ok("partner-quetiapine-plain-english-conclusion", PA, P, concl(QUET, (
    "Dad's quetiapine at night makes him very hard to wake, so he must never fall asleep with the baby on a bed, "
    "sofa or armchair, and he does not do night feeds after taking it. Mum does the night feeds, and the baby sleeps "
    "in a crib next to her. The health visitor will check this at each visit.")),
   "the father's conclusion in plain English for the parents")
ok("partner-quetiapine-na-because-he-sleeps-apart", PA, P,
   set_(_SAFE_SLEEP_P, "N/A: he sleeps in the back bedroom and never has the baby overnight."),
   "'N/A' with a reason that speaks of where he sleeps and the baby's nights answers (MA123)")
bad("partner-quetiapine-na-mother-main-carer", PA, P,
    set_(_SAFE_SLEEP_P, "Not applicable, mother is the main carer."),
    "dismissed with a reason that says nothing of sleep, beds, sofas or night care: MA123")
bad("partner-quetiapine-no-dose-change-plan", PA, P, set_(
    f"assessments#{QUET}.recommendations",
    "Health visitor to check the sleeping arrangements at each visit in the first 8 weeks."),
    "the partner's medicine raises relapse if stopped (MA122); with the recommendation on who manages his dose "
    "changes gone, nothing answers it: MA122 (relapse)")

# ============================================================================================================
# terse overall conclusions.

ok("methadone-sertraline-overall-terse", OS, M, overall(
    "Methadone + sertraline cont. Baby: NAS/adaptation obs ≥72h on PNW; BF supported; no co-sleeping (methadone "
    "sedation); SW/HV to see the sleep set-up before discharge."),
   "the least overall conclusion, both medicines and what they mean for the baby")
bad("foster-overall-silent-on-baby", BZ, F, overall(
    "Diazepam 5 mg TDS and pregabalin 150 mg BD continue; GP to start a slow diazepam taper at the 6-week review; "
    "weekly prescriptions while in the placement."),
    "a terse overall conclusion about prescribing only: MA124")

# ============================================================================================================
# "BF": the abbreviation every midwife, health visitor and GP writes for breastfeeding. The terse assessments above
# with only that word changed back: they answer the breastfeeding concern just as well.


def bf_abbreviated(spec: Spec) -> Mutation:
    text = _join(spec.conclusion, None).replace("Breastfeeding", "BF").replace("breastfeeding", "BF")
    assert "BF" in text
    return build(spec, conclusion_text=text)


for _name, _cat, _spec in [
    ("bup-antenatal", OS, BUP),
    ("gabapentin-postnatal", GA, GABAPENTIN),
    ("valproate", VA, VALPROATE),
    ("lamotrigine-antenatal", AE, LAMOTRIGINE),
    ("levetiracetam-postnatal", AE, LEVETIRACETAM),
]:
    ok(f"{_name}-terse-bf-abbreviated", _cat, base_of_spec(_spec), bf_abbreviated(_spec),
       "the terse assessment with 'breastfeeding' written 'BF', as clinicians write it: still answers breastfeeding")


# ============================================================================================================
# disguise: terse good answers, plain and disguised; both must pass (MA115 may warn).

DG = "disguise"


def twin(name: str, base: str, target: Callable[[str], Mutation], text: str, disguise: Callable[[str], str],
         how: str) -> None:
    ok(f"{name}-plain", DG, base, target(text), f"a terse good answer ({name}), plain")
    ok(f"{name}-disguised", DG, base, target(disguise(text)), f"the same terse good answer, {how}")


def _c(assessment_id: str) -> Callable[[str], Mutation]:
    return lambda t: concl(assessment_id, t)


def _item(path: str) -> Callable[[str], Mutation]:
    return lambda t: set_(path, t)


def _spec_conclusion(spec: Spec) -> Callable[[str], Mutation]:
    return lambda t: build(spec, conclusion_text=t)


twin("twin-methadone", M, _c(METH),
     "Methadone 60 mg OD stays. Baby: NAS scoring 72h PNW, HV late-sign check to D8. BF fine. No co-sleeping after "
     "her dose.",
     lambda t: homoglyphs(t, "aeo"), "Cyrillic a, e and o")
twin("twin-sertraline", M, _c(SERT),
     "Sertraline 100 mg OD stays (relapse risk). MW to watch the baby for adaptation sx and PPHN after birth; BF "
     "compatible.",
     lambda t: inside_words(t, "\u200b"), "zero-width spaces inside every word")
twin("twin-lithium", L, _c(LITH),
     "Lithium 800 mg ON stays (PP relapse risk). Levels 4-wkly, weekly from 36/40, within 24h of birth. Echo "
     "normal. Baby: paeds r/v at birth. Bottle fed.",
     lambda t: homoglyphs(t, "ceiopsxy", variant=1), "Cyrillic and Greek look-alikes")
twin("twin-valproate", V, _c(VALP),
     "Valproate 500 mg BD stays until neuro r/v this week; no abrupt stop. 1st-trimester exposure: ~10% "
     "malformation → FMU + anomaly scan. ARAF signed.",
     lambda t: inside_words(t, "\u00ad", every=3), "soft hyphens inside words")
twin("twin-citalopram", C, _c(CITA),
     "Citalopram 20 mg OD stays (relapse when stopped before). Baby: MW watches for jitteriness and poor feeding "
     "48h. BF supported.",
     swap_spaces, "no-break spaces between words")
twin("twin-foster", F, _c(DZPG),
     "Diazepam + pregabalin stay. Both sedate: no bed/sofa/armchair with the baby, FC does nights. Late withdrawal "
     "watch to D8.",
     full_width, "full-width letters")
twin("twin-partner-safe-sleep", P, _item(_SAFE_SLEEP_P),
     "Never asleep with the baby on a bed, sofa or armchair after his quetiapine; mum does the night feeds.",
     lambda t: homoglyphs(t, "aeops"), "Cyrillic look-alikes")
twin("twin-bup", V, _spec_conclusion(BUP),
     "Buprenorphine 16 mg OD stays, drug service manages changes. Baby: NAS obs 72h PNW, HV to D8. Breastfeeding encouraged. "
     "No bed/sofa with baby post-dose.",
     lambda t: inside_words(t, "\u2060"), "word joiners inside words")
twin("twin-pregabalin", V, _spec_conclusion(PREGABALIN),
     "Pregabalin 150 mg BD stays, no abrupt stop. Small malformation risk → anomaly scan at 20 weeks. Baby: "
     "withdrawal obs 72h if on it at term. No co-sleeping or sofa-sleeping. Breastfeeding OK.",
     lambda t: swap_dashes(t, "\u2011"), "non-breaking hyphens for hyphens")
twin("twin-lamotrigine", V, _spec_conclusion(LAMOTRIGINE),
     "Lamotrigine 100 mg BD stays; no stop (seizures harm her and the baby). ESN levels each trimester. Anomaly "
     "scan 20/40. Breastfeeding OK.",
     lambda t: inside_words(t, "\u200e", every=2), "left-to-right marks inside words")
twin("twin-gabapentin", N, _spec_conclusion(GABAPENTIN),
     "Gabapentin 300 mg TDS stays; no abrupt stop. Baby exposed to term: withdrawal watch to D8. Breastfeeding compatible.",
     lambda t: inside_words(t, "\u200d"), "zero-width joiners inside words")
twin("twin-zopiclone", V, _spec_conclusion(ZOPICLONE),
     "Zopiclone 3.75 mg ON PRN, max 2/wk; stop by 36/40. If used near term: baby withdrawal obs 72h. Nights taken: "
     "no bed/sofa with baby. Occasional use OK with breastfeeding.",
     lambda t: homoglyphs(t, "acehiopxy"), "Cyrillic look-alikes throughout")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F14CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:24} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F14CASES), "refuse", sum(c.expect == REFUSE for c in F14CASES),
          "total", len(F14CASES))
