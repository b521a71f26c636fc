"""A fifteenth independent "fresh" batch of red-team cases for the share gate: a hunt for false refusals under
the newly stricter rules, each good record beside a near miss that really fails.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, CHANGELOG.md, the templates and the examples, not
from the gate's code. Most cases are good clinical work the gate must share (a false refusal is as wrong as a
false pass); beside them are near misses that genuinely fail, so the gate cannot win by passing everything. It
covers:

* MA103 "a conclusion states what follows": telegraphic noun-phrase plans with few or no verbs, conclusions in
  the passive or the past tense that still decide, guidance or a parent quoted AND a decision, a process named
  AND its outcome; beside accounts of what was done, considered, sent or quoted that decide nothing;
* MA119 joint and overall conclusions: a heading per medicine with one part short but deciding, both medicines
  treated together then a pointer for one, "both", "each", "as above", "as for methadone"; beside one medicine
  named only to defer, dismiss or report;
* MA127 a coded sedation "no" beside text with negations, conditions, instructions to watch, or about the baby;
  beside text that says she is drowsy or hard to wake;
* MA309 manual hand-overs with a parent present but not relaying; beside a parent relaying or "to be arranged";
* MA014 dates at the edges (a medicine started on her birthday, ages inside the limits, a partner's medicine
  older than she is); beside medicines of hers dated before her birth and ages outside the limits;
* brand family names without their release form (Timonil, Dilantin, MST, DHC), assessed and named (must pass)
  or listed and never assessed (must refuse), and "MST" in a conclusion meaning multisystemic therapy;
* stopped and switched medicines, and partners' medicines;
* disguised versions (tests/redteam/disguise.py) of good texts (must pass) and of hollow ones (must refuse).

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh15_cases`` for the
counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    ELM_PARK,
    NEUROLOGY,
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
    add_assessment,
    add_medicine,
    chain,
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces

F15CASES: list[Case] = []

CATEGORIES = (
    "telegraphic",
    "passive-past",
    "quotation",
    "process-outcome",
    "joint-coverage",
    "overall-summary",
    "sedation-coded",
    "manual-routes",
    "dates",
    "brand-families",
    "partner-stopped",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F15CASES.append(Case(f"f15-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def concl(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def manual(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


# Assessment ids in the shipped examples.
METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"


# ------------------------------------------------------------------------------------------------------------
# A joint methadone + sertraline assessment (one assessment covering both, as many GPs write it), replacing the
# two separate ones of the shipped example. Its items answer every concern of both medicines.

def _joint_methadone_sertraline(doc: Record) -> None:
    meth = next(a for a in doc["assessments"] if a["id"] == METH)
    joint = copy.deepcopy(meth)
    joint["medicine_ids"] = ["med-methadone", "med-sertraline"]
    joint["impact_on_mother"]["parenting_capacity"] = (
        "Stable on methadone 60 mg for three months with supervised consumption; no on-top use reported by the "
        "drug service. Sedation peaks two to four hours after the methadone dose. Mood stable on sertraline "
        "100 mg; stopping it risks relapse of depression.")
    joint["impact_on_baby"] = {
        "summary": "Neonatal withdrawal from methadone is likely, starting 48 to 72 hours after birth but up to 8 "
                   "days. Sertraline adds a small risk of persistent pulmonary hypertension of the newborn (about "
                   "3 in 1,000) and of adaptation symptoms in the first days.",
        "neonatal_withdrawal_plan": "Observe on the postnatal ward for at least 72 hours per the local neonatal "
                                    "abstinence guideline, scoring SSRI adaptation signs alongside; health "
                                    "visitor to check for late signs up to day 8.",
        "breastfeeding": "Breastfeeding is compatible with both medicines on stable doses and is encouraged.",
    }
    joint["recommendations"] = (
        "Do not reduce or stop methadone without the drug service; continue sertraline 100 mg and do not stop it "
        "suddenly. Any dose change to be shared with maternity and the health visitor the same week.")
    doc["assessments"] = [joint]


def joint(text: str) -> Mutation:
    """The joint methadone + sertraline assessment, with this conclusion."""
    return chain(edit(_joint_methadone_sertraline), concl(METH, text))


# ============================================================================================================
# telegraphic: very terse but complete conclusions, few or no verbs.

T = "telegraphic"

ok("meth-noun-phrase-plan", T, M, concl(METH, (
    "Methadone 60 mg od: continue. Paeds r/v at birth; NAS scoring 72h on the postnatal ward; HV late signs to "
    "day 8; BF encouraged; cot only, no co-sleeping post-dose.")),
    "a shorthand plan with almost no verbs; decides the dose, the baby's observation, feeding and sleep")
ok("sert-noun-phrase-plan", T, M, concl(SERT, (
    "Sertraline 100 mg od - continue. Relapse risk > PPHN risk. Baby: adaptation obs 48h alongside NAS charts; "
    "BF fine.")),
    "terse: decision, reason, the baby's observation, feeding")
ok("lith-noun-phrase-plan", T, L, concl(LITH, (
    "Lithium (Priadel) 800 mg nocte - continue. Levels 4-weekly, weekly from 36/40, within 24h of delivery. "
    "Paeds r/v at birth: floppiness, poor feeding, TFTs. Bottle feeding (lithium in breast milk).")),
    "lithium in shorthand, complete")
ok("dzpg-noun-phrase-plan", T, F, concl(DZPG, (
    "Diazepam 5 mg tds + pregabalin 150 mg bd: both continue; slow diazepam taper from 6/52. Marked sedation: no "
    "bed/sofa/armchair sharing, no feeding lying down, foster carer does nights. Late NAS signs possible to day "
    "8.")),
    "a joint shorthand conclusion with both medicines")
ok("quet-noun-phrase-plan", T, P, concl(QUET, (
    "Dad's quetiapine 300 mg nocte: heavy sedation. No co-sleeping, no night feeds by him post-dose; baby in "
    "the next-to-me crib on mum's side; HV to check each visit.")),
    "a partner's medicine in shorthand: sedation and the baby's sleep")
ok("valp-noun-phrase-plan", T, V, concl(VALP, (
    "Valproate 500 mg bd: do NOT stop abruptly (seizure risk). First-trimester exposure: urgent neuro r/v, FMU "
    "referral and detailed anomaly scan; folic acid 5 mg from today.")),
    "valproate in shorthand, with the exposure plan")
ok("cita-noun-phrase-plan", T, C, concl(CITA, (
    "Citalopram 20 mg: continue through pregnancy and BF. Baby: MW obs 48h for jitteriness, poor feeding, fast "
    "breathing; paeds if persisting.")),
    "citalopram in shorthand")
ok("overall-noun-phrase-plan", T, M, overall(
    "Methadone + sertraline: both unchanged. Baby: NAS and SSRI adaptation scoring 72h on PNW; BF encouraged; "
    "no co-sleeping (methadone drowsiness); SW and HV to see the cot pre-discharge."),
    "an overall conclusion in shorthand, both medicines")
ok("meth-numbered-list", T, M, concl(METH, (
    "Methadone: 1) 60 mg daily unchanged. 2) Baby: NAS scoring for 72 hours, HV to day 8. 3) Breastfeeding "
    "yes. 4) Never in her bed or on the sofa after a dose.")),
    "a numbered list with no main verbs")
ok("lith-verdict-style", T, L, concl(LITH, (
    "Verdict: lithium stays. Well four years; postpartum psychosis risk too high to stop. Baby: paeds check at "
    "birth, level if floppy or feeding poorly; formula feeding.")),
    "a verdict and its reasons, terse")
ok("meth-imperatives", T, M, concl(METH, (
    "Keep methadone at 60 mg. Score the baby for withdrawal for 72 hours on the ward. Encourage breastfeeding. "
    "No bed or sofa sharing after a dose.")),
    "a conclusion written as instructions")
ok("meth-nil-change", T, M, concl(METH, (
    "Nil change to methadone 60 mg. Baby: NAS scoring 72h on the ward, HV to day 8. BF yes. Cot; no "
    "co-sleeping post-dose.")),
    "'nil change' is a decision, not a placeholder")
ok("sert-no-change", T, M, concl(SERT, (
    "No change to sertraline 100 mg: relapse is the bigger risk. Baby watched 48h for jitteriness and fast "
    "breathing; BF fine.")),
    "'no change' is a decision, not a dismissal")
ok("lith-breastfeeding-na-bottle", T, L, concl(LITH, (
    "Lithium 800 mg continues; paediatric review and a lithium level for the baby at birth. Breastfeeding: n/a, "
    "bottle feeding chosen, as lithium passes into milk.")),
    "'n/a' for breastfeeding in a bottle-fed baby, with its reason, inside a complete conclusion")
ok("meth-questions-answered", T, M, concl(METH, (
    "Reduce methadone before the birth? No: 60 mg continues, as reducing risks relapse. Will the baby withdraw? "
    "Probably, so 72 hours of scoring on the ward and HV checks to day 8. Breastfeeding: yes. Co-sleeping: "
    "never after a dose.")),
    "questions and their answers")
ok("cita-i-recommend", T, C, concl(CITA, (
    "I recommend citalopram carries on at 20 mg; the midwife should watch the baby for jitteriness and fast "
    "breathing for 48 hours, and breastfeeding is fine.")),
    "a first-person recommendation")
ok("meth-no-numbers-outweigh", T, M, concl(METH, (
    "Methadone: benefits outweigh the risks for mother and baby. Neonatal abstinence scoring on the postnatal "
    "ward, breastfeeding, and her own cot for the baby rather than her bed after a dose.")),
    "no number and hardly a verb: a verdict and a plan")
ok("sert-no-numbers-right-choice", T, M, concl(SERT, (
    "Sertraline: the right choice for her in pregnancy and while breastfeeding; the midwife looks out for "
    "jitteriness and fast breathing in the baby's first days.")),
    "a verdict without a number")
ok("lith-no-numbers-chose-to-stay", T, L, concl(LITH, (
    "Lithium: she and the psychiatrist chose to stay on it, for relapse after birth is worse for the baby than "
    "the drug. Paediatric review at birth; bottle feeding.")),
    "a choice and its reason, no number")
ok("cita-no-numbers-best-interest", T, C, concl(CITA, (
    "Citalopram: in her best interest and the baby's. Jitteriness and fast breathing looked for by the midwife "
    "after birth; breastfeeding supported.")),
    "a verdict phrased as best interest, no number")
bad("meth-topic-words-only", T, M, concl(METH, (
    "Methadone reviewed. NAS, breastfeeding and safe sleep considered with Jodie and the keyworker.")),
    "names the topics that were considered and decides nothing about any of them (MA103: an account of what "
    "was considered states nothing)")
bad("sert-discussed-leaflet", T, M, concl(SERT, (
    "Sertraline: PPHN and neonatal adaptation discussed; breastfeeding leaflet given; questions answered.")),
    "a terse account of a consultation: no decision on sertraline, nothing said will happen for the baby "
    "(MA103)")
bad("dzpg-headings-empty", T, F, concl(DZPG, (
    "Diazepam and pregabalin. Sedation: discussed. Safe sleep: discussed. Withdrawal: discussed. Feeding: "
    "discussed.")),
    "headings each answered only 'discussed' (MA103/MA114)")

# ============================================================================================================
# passive-past: conclusions in the passive or the past tense that still conclude.

PP = "passive-past"

ok("meth-it-was-agreed", PP, M, concl(METH, (
    "It was agreed with Jodie and her keyworker that methadone stays at 60 mg and the baby will be scored for "
    "withdrawal for 72 hours on the postnatal ward. Breastfeeding was encouraged, and she was told she must "
    "never sleep with the baby on a bed or sofa after a dose.")),
    "passive voice, but the decision and the plan are stated")
ok("lith-it-was-decided", PP, L, concl(LITH, (
    "At the joint clinic it was decided that lithium would be continued at 800 mg, as relapse after birth was "
    "judged the greater risk. The baby was booked for a paediatric review at birth, and breastfeeding was "
    "advised against because lithium is excreted in breast milk; she chose to bottle feed.")),
    "past-tense account that carries the decision and the baby's plan")
ok("dzpg-were-agreed", PP, F, concl(DZPG, (
    "At the discharge meeting diazepam and pregabalin were both kept unchanged until the 6-week review. The "
    "mother was told she must not share a bed or sofa with the baby, and the baby was observed for five days "
    "with mild withdrawal that settled; late signs up to day 8 were to be reported to the neonatal unit.")),
    "past tense, both medicines decided, the baby's plan given")
ok("valp-decision-was-made", PP, V, concl(VALP, (
    "The decision was made with her to keep valproate going until neurology has seen her, since a sudden stop "
    "could cause seizures; the pregnancy was referred for a detailed anomaly scan because the baby was exposed "
    "in the first trimester.")),
    "a passive decision and a referral with its reason")
ok("sert-was-continued", PP, M, concl(SERT, (
    "Sertraline was continued at 100 mg after weighing relapse against the small PPHN risk; the baby will be "
    "observed for adaptation signs for 48 hours, and breastfeeding was encouraged.")),
    "'was continued' is a decision in the past tense")
ok("quet-past-agreed", PP, P, concl(QUET, (
    "Both parents were seen together. It was agreed that Daniel would not do night feeds after his quetiapine "
    "and would never sleep with the baby on a bed, sofa or armchair; the crib was seen and was safe.")),
    "a partner's conclusion in the past tense, with what was agreed")
ok("cita-has-been-kept", PP, C, concl(CITA, (
    "Citalopram has been kept at 20 mg because she relapsed when it was stopped before. The midwife has been "
    "asked to watch the baby for jitteriness and fast breathing for 48 hours; breastfeeding has been supported.")),
    "present perfect, still a decision and a plan")
ok("meth-as-discussed-lead-in", PP, M, concl(METH, (
    "As discussed with Jodie today, methadone stays at 60 mg; the baby is scored for withdrawal for 72 hours on "
    "the ward, breastfeeding is encouraged, and she must not co-sleep after a dose.")),
    "'as discussed' as a lead-in to a complete conclusion")
bad("meth-discussed-on-date", PP, M, concl(METH, (
    "Methadone: withdrawal, feeding and co-sleeping discussed with Jodie on 2 March.")),
    "an account of a discussion; the only number is the date it happened (MA103)")
bad("meth-all-covered", PP, M, concl(METH, (
    "Methadone was discussed with Jodie and her keyworker; the dose, the baby's withdrawal observations, "
    "breastfeeding and co-sleeping were all covered.")),
    "passive account of what was covered, nothing decided (MA103)")
bad("lith-considered-documented", PP, L, concl(LITH, (
    "Lithium was reviewed at the joint clinic; levels, the baby's paediatric review and feeding were "
    "considered and documented.")),
    "what was reviewed and documented, not what was concluded (MA103)")
bad("dzpg-explored-with-carer", PP, F, concl(DZPG, (
    "Diazepam and pregabalin were assessed on the ward; sedation, safe sleep and neonatal withdrawal were "
    "explored with the foster carer.")),
    "an account of an assessment on the ward; nothing follows (MA103)")

# ============================================================================================================
# quotation: guidance or a parent quoted AND a decision; a quotation alone.

Q = "quotation"

ok("meth-guideline-quoted-then-applied", Q, M, concl(METH, (
    "The local NAS guideline says 'observe for at least 72 hours'; for this baby that means 72 hours on the "
    "postnatal ward with scoring, then health visitor checks to day 8. Methadone 60 mg continues, and she must "
    "not co-sleep after a dose.")),
    "quotes the guideline, then applies it to this baby and decides")
ok("quet-lullaby-quoted-then-applied", Q, P, concl(QUET, (
    "The Lullaby Trust's advice, 'never sleep on a sofa or armchair with your baby', matters most for Daniel: "
    "his quetiapine leaves him hard to wake, so he sleeps apart from the baby and does no night feeds; Chloe "
    "does them and the crib stays on her side.")),
    "a quotation of safe sleep guidance, then what it means for this father")
ok("lith-mother-quoted-then-decided", Q, L, concl(LITH, (
    "Rebecca said: 'I would rather bottle feed than risk it', which fits the advice: lithium passes into "
    "breast milk, so the baby is bottle fed. Lithium 800 mg continues, with a paediatric review of the baby at "
    "birth and her level within 24 hours of delivery.")),
    "the mother's own words quoted, then the decision")
ok("cita-quoted-stop-then-decision", Q, C, concl(CITA, (
    "Her words: 'last time I stopped I was in a very dark place'. Citalopram 20 mg therefore continues; the "
    "baby is watched by the midwife for jitteriness and fast breathing for 48 hours, and breastfeeding is "
    "supported.")),
    "a quotation as the reason, followed by the decision")
ok("valp-quoted-mhra-then-decision", Q, V, concl(VALP, (
    "The MHRA warns that valproate 'can seriously harm an unborn baby'. She is already 8 weeks pregnant, so "
    "stopping now would not undo the exposure and would risk seizures: valproate continues until the urgent "
    "neurology review; detailed anomaly scan and fetal medicine review for the baby.")),
    "a warning quoted, then the decision for this pregnancy")
bad("sert-uktis-quote-only", Q, M, concl(SERT, (
    "Sertraline: 'SSRIs in late pregnancy carry a small risk of persistent pulmonary hypertension of the "
    "newborn and of neonatal adaptation syndrome' (UKTIS monograph).")),
    "a quotation of a monograph instead of a conclusion about this baby (MA103)")
bad("overall-guideline-quote-only", Q, F, overall(
    "Diazepam and pregabalin: 'Babies exposed to benzodiazepines and gabapentinoids in late pregnancy should "
    "be observed for withdrawal for at least 72 hours' (local neonatal guideline)."),
    "the local guideline quoted, nothing decided for this baby or mother (MA103)")
bad("quet-mother-quote-only", Q, P, concl(QUET, (
    "Quetiapine (father): in Chloe's words, 'he sleeps through anything after his tablets, so I just get on "
    "with the nights myself'.")),
    "the mother's words quoted; the clinician concludes nothing about the father's sleep with the baby (MA103)")

# ============================================================================================================
# process-outcome: a process named AND its outcome; a process alone.

PO = "process-outcome"

ok("meth-meeting-then-outcome", PO, M, concl(METH, (
    "Discussed at the pre-birth planning meeting on 2 March. Outcome: methadone stays at 60 mg, the baby has NAS "
    "scoring for 72 hours on the postnatal ward, breastfeeding goes ahead, and she must not co-sleep after her "
    "dose.")),
    "the meeting and its outcome")
ok("valp-referred-with-reason", PO, V, concl(VALP, (
    "Referred to neurology and fetal medicine today, both urgent, because the baby has had first-trimester "
    "valproate exposure. Valproate continues at 500 mg twice daily meanwhile and must not be stopped suddenly; "
    "anomaly scan at 18 to 20 weeks.")),
    "referrals sent, with why and what happens meanwhile")
ok("lith-letter-says-what", PO, L, concl(LITH, (
    "Letter sent to the obstetric team asking that lithium be withheld at the start of labour and restarted "
    "after delivery, with a level within 24 hours. Baby: paediatric review at birth; bottle fed because lithium "
    "gets into breast milk.")),
    "a letter sent, and what it asks and decides")
ok("quet-home-visit-then-rule", PO, P, concl(QUET, (
    "Home visit done with both parents: the crib is on Chloe's side of the bed. Because his quetiapine leaves "
    "Daniel hard to wake, he must not bed-share or do night feeds after his dose; the health visitor re-checks "
    "this at each visit.")),
    "a visit made, and the rule that follows from it")
ok("cita-reviewed-today-outcome", PO, C, concl(CITA, (
    "Reviewed with the community midwife today: citalopram continues at 20 mg. Baby: 48 hours of observation "
    "for jitteriness, poor feeding and fast breathing; breastfeeding supported.")),
    "a review and its result")
ok("dzpg-mdt-outcome", PO, F, concl(DZPG, (
    "MDT on the ward with the foster carer and social worker: diazepam and pregabalin continue, a supervised "
    "diazepam taper starts at 6 weeks, the mother never sleeps with the baby on a bed, sofa or armchair, and "
    "the foster carer watches for late withdrawal to day 8.")),
    "a multidisciplinary meeting and what it decided")
bad("valp-referrals-sent-only", PO, V, concl(VALP, (
    "Referrals to neurology and fetal medicine sent today; folic acid prescription issued; the valproate risk "
    "form was discussed with her.")),
    "what was sent and issued; nothing about whether valproate continues or what the baby needs (MA103)")
bad("meth-meeting-held-only", PO, M, concl(METH, (
    "Pre-birth planning meeting held with the drug service, community midwife and social worker; methadone, "
    "withdrawal scoring and safe sleep were on the agenda.")),
    "a meeting and its agenda, no outcome (MA103)")
bad("lith-letter-sent-only", PO, L, concl(LITH, (
    "Letter sent to the obstetric team about lithium in labour and the baby's paediatric review; copy to the "
    "perinatal mental health team.")),
    "a letter about the topics, not what it says (MA103)")

# ============================================================================================================
# joint-coverage: conclusions covering several medicines (MA119).

J = "joint-coverage"

ok("dzpg-headings-pregabalin-short", J, F, concl(DZPG, (
    "Diazepam: 5 mg tds for now; taper from the 6-week review, never abruptly. Pregabalin: unchanged. Together "
    "they sedate her, so no bed, sofa or armchair sharing and the foster carer does night feeds; late "
    "withdrawal watched for to day 8.")),
    "a heading per medicine; pregabalin's part is one word but decides (unchanged), and the shared sedation "
    "plan follows")
ok("dzpg-as-for-pregabalin", J, F, concl(DZPG, (
    "Pregabalin 150 mg bd continues: stopping would bring back her pain and a withdrawal of her own. Diazepam: "
    "as for pregabalin, plus a slow supervised reduction from 6 weeks. Both sedate: she never sleeps with the "
    "baby on a bed, sofa or armchair, the foster carer does night feeds, late withdrawal signs watched to day "
    "8.")),
    "'as for pregabalin' leans on the rest of the conclusion")
ok("dzpg-together-then-pointer", J, F, concl(DZPG, (
    "Diazepam and pregabalin both continue and together cause marked drowsiness: she must never sleep with the "
    "baby on a bed, sofa or armchair, and the foster carer does the night feeds. Late withdrawal is possible "
    "until day 8. For pregabalin, see also the pain clinic letter of 3 June about a later reduction.")),
    "both treated together, then an extra pointer for one")
ok("dzpg-each-sentence", J, F, concl(DZPG, (
    "Each medicine stays at its current dose for now (diazepam 5 mg tds, pregabalin 150 mg bd), and each "
    "sedates: no bed, sofa or armchair sharing, no feeding lying down, the foster carer does nights. The baby "
    "may still show withdrawal until day 8.")),
    "'each' speaks of both medicines")
ok("joint-meth-sert-headings", J, M, joint(
    "Methadone: 60 mg continues; NAS scoring for 72 hours on the ward; no co-sleeping after a dose. "
    "Sertraline: unchanged, relapse risk outweighs the PPHN risk; adaptation signs watched with the NAS scores. "
    "Breastfeeding encouraged on both."),
    "a joint assessment with a heading per medicine; sertraline's part is short and decides")
ok("joint-meth-sert-together", J, M, joint(
    "Methadone 60 mg and sertraline 100 mg both continue unchanged. The baby is scored for withdrawal and SSRI "
    "adaptation for 72 hours on the postnatal ward, breastfeeding is encouraged, and she must never sleep with "
    "the baby on a bed or sofa after her methadone."),
    "a joint conclusion treating both together")
ok("joint-meth-sert-sertraline-pointer-extra", J, M, joint(
    "Both continue: methadone at 60 mg with supervised consumption, sertraline at 100 mg. Baby: 72 hours of "
    "NAS and adaptation scoring, breastfeeding encouraged, no co-sleeping after methadone. Sertraline: the "
    "perinatal mental health team will also see her at 36 weeks."),
    "'both' decides for both; a later sertraline part only reports a further review")
ok("joint-meth-sert-no-concerns-with-reason", J, M, joint(
    "Methadone 60 mg continues, with 72 hours of NAS scoring for the baby and no co-sleeping after a dose. "
    "Sertraline: no concerns about continuing 100 mg, because relapse is the bigger risk and the baby's small "
    "PPHN risk is covered by the same observation. Breastfeeding is fine on both."),
    "'no concerns' for sertraline, with a reason and a decision beside it")
ok("dzpg-plan-bullets", J, F, concl(DZPG, (
    "Plan:\n- diazepam: carry on 5 mg tds, taper from 6/52\n- pregabalin: carry on 150 mg bd\n- both "
    "sedating: no bed/sofa/armchair sharing, foster carer does nights\n- baby: late withdrawal watch to day 8")),
    "a bulleted plan, one line per medicine")
bad("dzpg-pregabalin-awaiting", J, F, concl(DZPG, (
    "Diazepam 5 mg tds continues with a taper from 6 weeks; it sedates her, so no bed or sofa sharing and the "
    "foster carer does night feeds; late withdrawal possible to day 8. Pregabalin: awaiting pain clinic "
    "advice.")),
    "pregabalin named only to defer: nothing decided about it (MA119)")
bad("dzpg-diazepam-see-letter", J, F, concl(DZPG, (
    "Pregabalin continues at 150 mg bd; she must not share a bed or sofa with the baby, the foster carer does "
    "night feeds, and late withdrawal signs are watched for until day 8. Diazepam: see GP letter re taper.")),
    "diazepam named only in a pointer (MA119)")
bad("joint-meth-sert-sertraline-na", J, M, joint(
    "Methadone: 60 mg continues; NAS scoring for 72 hours on the ward; no co-sleeping after a dose; "
    "breastfeeding encouraged. Sertraline: n/a."),
    "sertraline dismissed with a placeholder in a joint conclusion (MA119)")
bad("joint-meth-sert-methadone-reported", J, M, joint(
    "Sertraline 100 mg continues: relapse is the greater risk; the baby is watched for adaptation signs for 48 "
    "hours and breastfeeding is encouraged. Methadone: discussed with the drug service keyworker."),
    "methadone named only in a report of a conversation: no decision, and no sedation or withdrawal plan in "
    "the conclusion (MA119)")

# ============================================================================================================
# overall-summary: overall conclusions across several assessments (MA119).

OV = "overall-summary"

ok("overall-headings-sertraline-short", OV, M, overall(
    "Methadone: 60 mg daily continues; the baby is scored for withdrawal for at least 72 hours and she never "
    "shares a bed or sofa with the baby after a dose. Sertraline: unchanged at 100 mg, relapse being the bigger "
    "danger to mother and baby. Breastfeeding encouraged."),
    "an overall conclusion with a heading per medicine; sertraline's part is short and decides")
ok("overall-both-then-sertraline-pointer", OV, M, overall(
    "Both medicines continue at their current doses (methadone 60 mg, sertraline 100 mg). Baby: 72 hours of "
    "NAS and SSRI adaptation scoring on the ward; breastfeeding encouraged; no co-sleeping after methadone. "
    "Sertraline: the perinatal mental health team will also see her at 36 weeks."),
    "'both' decides; the sertraline pointer is extra")
ok("overall-as-above", OV, M, overall(
    "Methadone 60 mg continues: 72 hours of withdrawal scoring for the baby on the postnatal ward, "
    "breastfeeding encouraged, and no co-sleeping after a dose. Sertraline as above: continue 100 mg and add "
    "adaptation signs to the baby's scoring."),
    "'as above' leans on the rest and also decides")
ok("overall-as-for-methadone", OV, M, overall(
    "Methadone stays at 60 mg and she must not co-sleep after a dose; the baby is scored for withdrawal for 72 "
    "hours. Sertraline: as for methadone, continue unchanged; the same scoring picks up SSRI adaptation signs. "
    "Breastfeeding is encouraged."),
    "'as for methadone'")
ok("overall-sertraline-stays", OV, M, overall(
    "Methadone 60 mg continues with 72 hours of neonatal withdrawal scoring and no co-sleeping after a dose; "
    "breastfeeding encouraged. Sertraline stays at 100 mg."),
    "sertraline's part is one short sentence, but a decision")
ok("overall-planning-meeting-outcome", OV, M, overall(
    "Methadone and sertraline were discussed at the pre-birth planning meeting, where it was agreed both "
    "continue unchanged; the baby will have NAS scoring for 72 hours, breastfeeding is supported, and "
    "co-sleeping is ruled out because methadone makes her drowsy."),
    "a process named with its outcome, both medicines")
ok("overall-as-in-the-assessments", OV, M, overall(
    "As in the two assessments: methadone and sertraline both continue unchanged; the baby has 72 hours of "
    "withdrawal and adaptation scoring, breastfeeding is encouraged, and the cot is checked at the first home "
    "visit because methadone sedates her."),
    "refers to the assessments and still concludes")
ok("overall-foster-each", OV, F, overall(
    "Each medicine continues for now: diazepam 5 mg tds with a taper planned, pregabalin 150 mg bd. Each "
    "sedates, so no bed, sofa or armchair sharing, no feeding lying down, and the foster carer does night "
    "feeds. Late withdrawal to day 8: call the neonatal unit for tremor or poor feeding."),
    "'each' in an overall conclusion")
ok("overall-foster-pregabalin-short", OV, F, overall(
    "Diazepam: continues while a slow reduction is planned from 6 weeks; never stopped suddenly. Pregabalin: "
    "same dose. Both sedate the mother, so the foster carer does the night feeds and the baby never sleeps "
    "with her on a bed, sofa or armchair; late withdrawal watched for until day 8."),
    "pregabalin's heading answered in two words that decide")
ok("overall-brand-names", OV, M, overall(
    "Physeptone 60 mg and Lustral 100 mg both carry on unchanged. The baby has 72 hours of NAS and adaptation "
    "scoring on the postnatal ward; breastfeeding encouraged; never in her bed or on the sofa after the "
    "Physeptone."),
    "methadone and sertraline named by their brands (Physeptone, Lustral)")
bad("overall-sertraline-to-be-decided", OV, M, overall(
    "Methadone 60 mg continues; the baby has 72 hours of withdrawal scoring on the ward, breastfeeding is "
    "encouraged, and no co-sleeping after a dose. Sertraline: to be decided by the perinatal psychiatrist."),
    "sertraline handed to another team: nothing decided (MA119)")
bad("overall-sertraline-no-concerns", OV, M, overall(
    "Methadone: 60 mg continues, NAS scoring for 72 hours, no co-sleeping after a dose, breastfeeding "
    "encouraged. Sertraline: no concerns."),
    "sertraline dismissed without a reason although it has risks for the baby (MA119)")
bad("overall-sertraline-discussed", OV, M, overall(
    "Methadone 60 mg continues; NAS scoring for 72 hours; no co-sleeping after a dose; breastfeeding "
    "encouraged. Sertraline was discussed with the perinatal team."),
    "sertraline named only in a report (MA119)")
bad("overall-sertraline-letter-applies", OV, M, overall(
    "Methadone 60 mg continues; NAS scoring for 72 hours; no co-sleeping after a dose; breastfeeding "
    "encouraged. Sertraline: the psychiatrist's letter of 1 March applies."),
    "sertraline named only in a pointer to a letter (MA119)")
bad("overall-sertraline-reviewed-on-date", OV, M, overall(
    "Methadone 60 mg continues; NAS scoring for 72 hours; no co-sleeping after a dose; breastfeeding "
    "encouraged. Sertraline: reviewed on 2 March by the perinatal team."),
    "sertraline named only in a report of a review, with its date (MA119)")
bad("overall-sertraline-discussed-today", OV, M, overall(
    "Methadone 60 mg continues; NAS scoring for 72 hours; no co-sleeping after a dose; breastfeeding "
    "encouraged. Sertraline: discussed today with the perinatal team."),
    "sertraline named only in a report of a discussion (MA119)")
bad("overall-diazepam-pending", OV, F, overall(
    "Pregabalin continues at 150 mg twice a day; the mother never shares a bed, sofa or armchair with the baby "
    "and the foster carer does night feeds; late withdrawal to day 8. Diazepam: pending the 6-week review."),
    "diazepam named only in a deferral (MA119)")

# ============================================================================================================
# sedation-coded: a coded sedation "no" and the text beside it (MA127).

S = "sedation-coded"

ok("lith-safe-sleep-negated-and-conditional", S, L, set_(
    "assessments#asm-lithium.impact_on_mother.safe_sleep",
    "Lithium does not make her drowsy at this level. If she feels sleepy after any added antipsychotic, the "
    "baby goes in the cot, never her bed; safe sleep advice given."),
    "a negation and a condition beside sedation 'no'")
ok("sert-not-sleepy-alert", S, M, set_(
    "assessments#asm-sertraline.impact_on_mother.parenting_capacity",
    "Mood stable on 100 mg; not sleepy or slowed on it, and alert with her older child in clinic. Stopping "
    "risks relapse of depression."),
    "'not sleepy' beside sedation 'no'")
ok("valp-no-daytime-drowsiness", S, V, set_(
    "assessments#asm-valproate.impact_on_mother.parenting_capacity",
    "Seizure-free for two years; no daytime drowsiness on valproate. Stopping or cutting down suddenly risks "
    "seizures, including status epilepticus, which would endanger her and the pregnancy."),
    "'no daytime drowsiness'")
ok("cita-watch-for-drowsiness", S, C, set_(
    "assessments#asm-citalopram.recommendations",
    "Continue citalopram 20 mg. Maternity team to know before delivery. Watch for drowsiness if the dose is "
    "ever raised. GP review of mood at the 6-week postnatal check."),
    "an instruction to watch for drowsiness")
ok("lith-baby-may-be-sleepy", S, L, concl(LITH, (
    "Lithium continues at 800 mg: relapse after birth is the bigger danger. The baby may be sleepy, floppy or "
    "slow to feed in the first days, so a paediatric review and a lithium level are planned; bottle feeding as "
    "lithium passes into milk.")),
    "drowsiness said of the baby, not the mother")
ok("sert-never-drowsy", S, M, set_(
    "assessments#asm-sertraline.impact_on_mother.parenting_capacity",
    "Sertraline has never made her drowsy, even at 100 mg; mood stable. Stopping risks relapse of depression."),
    "'never made her drowsy'")
ok("valp-drowsy-only-after-seizure", S, V, set_(
    "assessments#asm-valproate.impact_on_mother.safe_sleep",
    "Not sedating at this dose. After any seizure she may be drowsy for some hours, so another adult then "
    "takes over the baby's care and she does not sleep with the baby in her bed."),
    "drowsiness only on a condition (after a seizure), with the instruction that follows")
ok("sert-drowsy-on-stopped-amitriptyline", S, M, set_(
    "assessments#asm-sertraline.impact_on_mother.parenting_capacity",
    "Mood stable on 100 mg. She used to be drowsy on amitriptyline, stopped in 2024; sertraline has no such "
    "effect."),
    "drowsiness in the past, on another medicine long stopped")
ok("sert-drowsy-first-week-passed", S, M, set_(
    "assessments#asm-sertraline.impact_on_mother.parenting_capacity",
    "Mood stable on 100 mg. Drowsy for the first week on sertraline in 2025; that passed and she has been alert "
    "since."),
    "a side effect that passed a year ago")
ok("lith-tired-not-drowsy", S, L, set_(
    "assessments#asm-lithium.impact_on_mother.parenting_capacity",
    "Bipolar disorder, well for four years on lithium. Tired, as any mother of a toddler is, but not drowsy or "
    "slowed by lithium. High relapse risk after birth if stopped."),
    "ordinary tiredness, and drowsiness denied")
ok("cita-report-drowsiness", S, C, set_(
    "assessments#asm-citalopram.recommendations",
    "Continue citalopram 20 mg. Any drowsiness or sleepiness to be reported to the GP. GP review of mood at the "
    "6-week postnatal check."),
    "an instruction to report drowsiness")
bad("lith-drowsy-mornings", S, L, set_(
    "assessments#asm-lithium.impact_on_mother.parenting_capacity",
    "Well for four years on lithium, but drowsy most mornings since the dose went up; stopping would raise the "
    "high postnatal relapse risk."),
    "sedation coded 'no' beside 'drowsy most mornings' (MA127)")
bad("sert-sleepy-after-dose", S, M, set_(
    "assessments#asm-sertraline.impact_on_mother.parenting_capacity",
    "Mood stable on 100 mg, though she is sleepy for a couple of hours after her morning dose."),
    "sedation coded 'no' beside 'sleepy after her dose' (MA127)")
bad("valp-hard-to-wake", S, V, set_(
    "assessments#asm-valproate.impact_on_mother.safe_sleep",
    "Valproate leaves her very hard to wake at night, so the baby must sleep in a cot, never in her bed."),
    "sedation coded 'no' beside 'very hard to wake' (MA127)")
bad("cita-drowsy-afternoons", S, C, set_(
    "assessments#asm-citalopram.recommendations",
    "Continue citalopram 20 mg. She is drowsy in the afternoons on it, so she naps only when another adult has "
    "the baby. GP review of mood at the 6-week postnatal check."),
    "sedation coded 'no' beside 'drowsy in the afternoons on it' (MA127)")

# ============================================================================================================
# manual-routes: the foster carer's manual hand-over (MA309).

R = "manual-routes"

ok("manual-mother-present-midwife-hands", R, F, manual(
    "The ward midwife went through the printed plan with the foster carer at the discharge meeting, with the "
    "mother present, and gave the copy to the foster carer."),
    "the mother is present; the midwife hands it to the carer")
ok("manual-hv-hands-mother-sat-in", R, F, manual(
    "Printed copy given to the foster carer by the health visitor at the first placement visit on 2026-06-13; "
    "the mother sat in and asked questions."),
    "a health visitor hands it over; the mother only sits in")
ok("manual-sister-after-mother-read", R, F, manual(
    "Handed in person to Sandra Hollis, the foster carer, by the ward sister at discharge, after the mother had "
    "read it through."),
    "the mother reads it; the sister hands it to the carer")
ok("manual-social-worker-mother-told", R, F, manual(
    "Leanne Moss, the social worker, handed the foster carer the printed record at the placement on the day of "
    "discharge; the mother was told what it contains."),
    "the social worker carries it; the mother is told")
ok("manual-read-together-carer-keeps", R, F, manual(
    "Read through with the mother and the foster carer together on the ward by the discharge midwife; the "
    "foster carer took her own printed copy away."),
    "read with both; the carer keeps her own copy")
ok("manual-posted-recorded-delivery", R, F, manual(
    "Printed copy sent by recorded delivery from the practice to the foster carer's home address on "
    "2026-06-12, and a copy of the plan given to her by the ward midwife at discharge."),
    "posted by the practice and handed over by the midwife")
ok("manual-both-given-copies", R, F, manual(
    "Mum and the foster carer were each given a printed copy by the ward midwife at discharge."),
    "each gets her own copy from the midwife")
ok("manual-carer-collected", R, F, manual(
    "The foster carer collected the printed copy from the practice reception on 2026-06-12 after the GP phoned "
    "her."),
    "the carer collects it herself")
ok("manual-sw-drove-them", R, F, manual(
    "Taken to the placement by the social worker with the mother and baby on the day of discharge and handed to "
    "the foster carer."),
    "the social worker carries it; the mother travels with her")
bad("manual-mother-taking-copy", R, F, manual(
    "The mother is taking the printed copy to the placement for the foster carer."),
    "the mother carries the record on (MA309)")
bad("manual-mum-has-copy-for-carer", R, F, manual("Mum has a printed copy for the foster carer."),
    "the copy is with the mother, to reach the carer through her (MA309)")
bad("manual-mother-will-hand-it", R, F, manual(
    "Printed copy given to the mother, who will hand it to the foster carer at the placement."),
    "the mother relays the record (MA309)")
bad("manual-mum-to-show", R, F, manual("Mum to show the foster carer her copy when they arrive at the placement."),
    "left to the mother to show (MA309)")
bad("manual-ward-will-sort", R, F, manual(
    "The ward will sort out getting a copy to the foster carer before discharge."),
    "still to be arranged (MA309)")
bad("manual-details-to-follow", R, F, manual("To be handed over; details to follow from the social worker."),
    "a hand-over still to be described (MA309)")
bad("manual-dad-drops-off", R, F, manual("Dad will drop the printed copy off at Brightwater tomorrow."),
    "the father relays the record (MA309)")

# ============================================================================================================
# dates: the mother's date of birth against her medicines and her age (MA014).

D = "dates"

_LEVOTHYROXINE_FROM_BIRTH = medicine(
    "med-levothyroxine", "Levothyroxine sodium 100microgram tablets", "100 micrograms once daily", "1990-12-19",
    gp_prescriber(NORTHGATE), last_changed="2025-11-03",
    not_of_concern_reason="Thyroid hormone replacement for congenital hypothyroidism, taken since birth; at a "
                          "replacement dose it does not harm the pregnancy or the baby and is compatible with "
                          "feeding.")

ok("levothyroxine-started-on-her-birth-date", D, L, add_medicine(_LEVOTHYROXINE_FROM_BIRTH),
   "congenital hypothyroidism treated from the day she was born: her birthday itself stands (MA014)")
bad("levothyroxine-started-day-before-birth", D, L,
    add_medicine({**_LEVOTHYROXINE_FROM_BIRTH, "started": "1990-12-18"}),
    "a medicine of hers started the day before she was born (MA014)")
ok("teenage-mother-sixteen", D, C, set_("mother.birth_date", "2009-05-01"),
   "a 16-year-old mother whose citalopram was started at 15: an age mothers can be")
ok("older-mother-fifty-nine", D, L, set_("mother.birth_date", "1967-01-20"),
   "a 59-year-old mother (IVF): inside the limits")
ok("partner-medicine-older-than-mother", D, P, chain(
    set_("mother.birth_date", "2005-11-10"),
    set_("medicines#med-partner-quetiapine.started", "2005-09-01")),
    "the father's quetiapine started before the mother was born: a partner's medicine is not judged against "
    "her date of birth")
ok("started-at-age-ten", D, M, set_("medicines#med-sertraline.started", "2006-08-14"),
   "sertraline started on her tenth birthday (a long course for childhood OCD); last changed in 2025")
bad("methadone-started-before-birth", D, M, set_("medicines#med-methadone.started", "1995-03-01"),
    "methadone 'started' 18 months before she was born (MA014)")
bad("sertraline-started-day-before-birth", D, M, set_("medicines#med-sertraline.started", "1996-08-13"),
    "sertraline started the day before her birth (MA014)")
bad("stopped-medicine-before-birth", D, M, add_medicine(medicine(
    "med-fluoxetine", "Fluoxetine 20mg capsules", "20 mg once daily", "1994-02-01", gp_prescriber(RIVERSIDE),
    stopped="1995-06-30", status="stopped")),
    "a stopped medicine of hers whose whole course lies before her birth (MA014)")
bad("mother-aged-sixty-one", D, M, set_("mother.birth_date", "1965-01-10"), "61 on the day of the record (MA014)")
bad("mother-aged-nine", D, C, set_("mother.birth_date", "2016-05-01"), "9 on the day of the record (MA014)")

# ============================================================================================================
# brand-families: brand family names without their release form.

B = "brand-families"

_TIMONIL = medicine("med-timonil", "Timonil 200mg tablets", "200 mg twice a day", "2023-04-17",
                    other_prescriber(NEUROLOGY), last_changed="2024-03-11")
_VALPROATE_AUTHOR = {
    "name": {"prefix": "Dr", "given": ["Fiona"], "family": "McAllister"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7045678"},
    "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
}
_TIMONIL_ASSESSMENT = {
    "id": "asm-carbamazepine",
    "medicine_ids": ["med-timonil"],
    "impact_on_mother": {
        "sedation": "no",
        "parenting_capacity": "Seizure-free for two years on valproate with carbamazepine added by neurology; "
                              "stopping either suddenly risks seizures that would endanger her and the pregnancy.",
        "safe_sleep": "Carbamazepine does not make her drowsy at this dose. If seizures return after birth she "
                      "should not bath the baby alone or sleep with the baby in her bed.",
    },
    "impact_on_baby": {
        "summary": "First-trimester carbamazepine exposure raises the risk of major malformations, including "
                   "neural tube defects, above the background risk, on top of the valproate exposure. A "
                   "detailed anomaly scan and fetal medicine review are needed.",
        "breastfeeding": "Carbamazepine is generally compatible with breastfeeding; watch the baby for "
                         "drowsiness and poor feeding.",
    },
    "recommendations": "Do not stop carbamazepine abruptly. Neurology to review both antiepileptic medicines "
                       "urgently this week; detailed anomaly scan at 20 weeks; folic acid 5 mg daily.",
    "conclusion": "Carbamazepine (Timonil) 200 mg twice daily continues alongside valproate until neurology "
                  "reviews both this week; it must not be stopped suddenly. It adds to the baby's malformation "
                  "risk, so the anomaly scan and fetal medicine review cover both exposures; breastfeeding will "
                  "be possible on it.",
    "author": _VALPROATE_AUTHOR,
    "date": "2026-05-20",
}
_V_OVERALL_WITH_TIMONIL = (
    "Unplanned pregnancy at 8 weeks on sodium valproate and carbamazepine (Timonil). Both continue unchanged "
    "until the urgent neurology review this week, and neither may be stopped abruptly. The baby has "
    "first-trimester exposure to both: urgent fetal medicine review and a detailed anomaly scan; folic acid "
    "5 mg started.")

ok("timonil-assessed-and-named", B, V, chain(
    add_medicine(_TIMONIL), add_assessment(_TIMONIL_ASSESSMENT), overall(_V_OVERALL_WITH_TIMONIL)),
    "Timonil (carbamazepine) listed without its release form, assessed, and named in both conclusions")
bad("timonil-listed-not-assessed", B, V, add_medicine(_TIMONIL),
    "Timonil is carbamazepine, a teratogenic antiepileptic: listed in pregnancy and never assessed (MA101)")
bad("dilantin-listed-not-assessed", B, C, add_medicine(medicine(
    "med-dilantin", "Dilantin 100mg capsules", "100 mg three times a day", "2022-09-05",
    other_prescriber(NEUROLOGY))),
    "Dilantin is phenytoin: listed in pregnancy and never assessed (MA101)")
bad("mst-listed-not-assessed", B, M, add_medicine(medicine(
    "med-mst", "MST 10mg tablets", "10 mg twice a day", "2025-11-20", gp_prescriber(RIVERSIDE))),
    "MST is modified-release morphine, an opioid beside her methadone: never assessed (MA101)")
bad("dhc-listed-not-assessed", B, F, add_medicine(medicine(
    "med-dhc", "DHC 60mg tablets", "60 mg twice a day", "2026-03-01", gp_prescriber(RIVERSIDE))),
    "DHC is dihydrocodeine, an opioid: never assessed in a sedated mother with a newborn (MA101)")
bad("partner-mst-not-assessed", B, P, add_medicine(medicine(
    "med-partner-mst", "MST 10mg tablets", "10 mg twice a day", "2025-08-01", other_prescriber(ELM_PARK),
    taken_by="partner")),
    "the father's MST (morphine) sedates him and is never assessed (MA101)")

_PARTNER_AUTHOR = {
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "registration": {"body": "NMC", "number": "12A3456B"},
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
_PARTNER_MST = medicine("med-partner-mst", "MST 10mg tablets", "10 mg twice a day", "2025-08-01",
                        other_prescriber(ELM_PARK), taken_by="partner")
_PARTNER_MST_ASSESSMENT = {
    "id": "asm-partner-mst",
    "medicine_ids": ["med-partner-mst"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Daniel takes MST (morphine sulfate modified-release) 10 mg twice a day for back "
                              "pain; with his quetiapine he is drowsier in the evenings.",
        "safe_sleep": "He must never sleep with the baby on a bed, sofa or armchair and does no night feeds; the "
                      "baby sleeps in the crib on the mother's side.",
    },
    "impact_on_baby": {
        "summary": "The baby is not exposed to his morphine; the risk is co-sleeping with a sedated adult.",
    },
    "recommendations": "His GP to tell the health visitor of any change in his morphine; he must not stop it "
                       "suddenly. Health visitor to check the sleeping arrangements at each visit.",
    "conclusion": "Daniel's MST (morphine) adds to the drowsiness from his quetiapine, especially in the evening, "
                  "so he never sleeps with the baby on a bed, sofa or armchair and does no night feeds; the baby "
                  "stays in the crib on Chloe's side, which the health visitor checks at each visit.",
    "author": _PARTNER_AUTHOR,
    "date": "2026-05-28",
}
ok("partner-mst-assessed-and-named", B, P, chain(
    add_medicine(_PARTNER_MST), add_assessment(_PARTNER_MST_ASSESSMENT), overall(
        "Chloe's paracetamol is of no concern. Daniel's quetiapine and MST (morphine) both make him drowsy at "
        "night: he never shares a bed, sofa or armchair with the baby and does no night feeds; the crib on "
        "Chloe's side was seen, and the health visitor keeps checking it.")),
    "the father's MST assessed and named in both conclusions")
ok("mst-team-in-conclusion-is-therapy", B, M, overall(
    "Methadone and sertraline continue unchanged. The baby is scored for withdrawal and adaptation for 72 hours "
    "on the postnatal ward; breastfeeding is encouraged. No co-sleeping after methadone: the health visitor "
    "and the family's MST (multisystemic therapy) worker will see the cot before discharge."),
    "'MST' in a conclusion is multisystemic therapy, not an unlisted morphine (MA120 reads short family names "
    "only in the medicines list)")

# ============================================================================================================
# partner-stopped: partners' medicines, stopped and switched medicines.

PS = "partner-stopped"

ok("partner-overall-each-parent", PS, P, overall(
    "Chloe: paracetamol only, nothing in it to worry about for the baby or her milk. Daniel: quetiapine sedates "
    "him at night, so he never co-sleeps with the baby on a bed, sofa or armchair and leaves night feeds to "
    "Chloe; the health visitor checks the crib each visit."),
    "an overall conclusion by parent")
ok("partner-spare-room", PS, P, concl(QUET, (
    "Quetiapine 300 mg at night leaves Daniel very hard to wake, so he sleeps in the spare room on work nights "
    "and never has the baby in bed or on the sofa with him; Chloe does all night feeds from the next-to-me "
    "crib.")),
    "a partner's conclusion giving the actual arrangement")
ok("partner-first-person-hv", PS, P, concl(QUET, (
    "I have advised both parents that Daniel must not fall asleep with the baby anywhere after his quetiapine, "
    "as it makes him hard to rouse; I will check the crib and who does the night feeds at every visit until 8 "
    "weeks.")),
    "the health visitor's first-person conclusion")
ok("switched-from-citalopram", PS, M, concl(SERT, (
    "Switched from citalopram to sertraline last June; sertraline 100 mg continues, as relapse off it is the "
    "greater danger. The baby is watched for adaptation signs for 48 hours and breastfeeding is encouraged.")),
    "a switch from an unlisted medicine (MA120 does not count it as taken)")
ok("codeine-stopped-at-discharge", PS, F, overall(
    "Diazepam and pregabalin continue for now; the co-codamol she had on the ward was stopped at discharge. "
    "Both sedate her: no bed, sofa or armchair sharing with the baby, no feeding lying down, foster carer does "
    "night feeds. Late withdrawal signs possible until day 8."),
    "an unlisted medicine named only as stopped")
ok("mirtazapine-stopped-before-pregnancy", PS, M, add_medicine(medicine(
    "med-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night", "2024-10-01", gp_prescriber(RIVERSIDE),
    stopped="2025-06-10", status="stopped")),
    "mirtazapine stopped in June 2025 when sertraline started, two months before this pregnancy began: no "
    "exposure, nothing to assess")
ok("partner-seroquel-brand", PS, P, concl(QUET, (
    "Daniel's Seroquel 300 mg at night makes him very hard to wake, so he never shares a bed, sofa or armchair "
    "with the baby and does no night feeds; the crib stays on Chloe's side.")),
    "the partner's quetiapine named by its brand")
bad("partner-deferred-to-his-gp", PS, P, concl(QUET, (
    "Quetiapine is Daniel's medicine; his own GP and the mental health team manage it and will advise the "
    "family about the baby's sleep.")),
    "the partner's sedation handed to another team; nothing said about the baby's sleep (MA103)")
bad("overall-unlisted-promethazine", PS, M, overall(
    "Methadone and sertraline continue, and she also takes promethazine at night for sleep: the baby is scored "
    "for withdrawal for 72 hours, breastfeeding is encouraged, and there is no co-sleeping."),
    "a sedating medicine she takes that the list does not hold (MA120)")
bad("partner-quetiapine-not-his-problem", PS, P, concl(QUET, (
    "Quetiapine: father's medicine only, so not applicable to the baby; the mother is the main carer.")),
    "the partner's sedation dismissed as not applicable (MA103/MA123 purpose)")

# ============================================================================================================
# disguise: good texts disguised (must pass), hollow ones disguised (must refuse).

G = "disguise"


def dis(name: str, expect: Expect, base: str, target: Callable[[str], Mutation], text: str,
        disguise: Callable[[str], str], why: str) -> None:
    add(name, G, expect, base, target(disguise(text)), why)


def _c(assessment_id: str) -> Callable[[str], Mutation]:
    return lambda t: concl(assessment_id, t)


def _joint(t: str) -> Mutation:
    return joint(t)


_overall: Callable[[str], Mutation] = overall
_manual: Callable[[str], Mutation] = manual


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def soft(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def cyr(text: str) -> str:
    return homoglyphs(text, "aeocp")


def greek(text: str) -> str:
    return homoglyphs(text, "aiop", variant=1)


def nbsp(text: str) -> str:
    return swap_spaces(text)


def dashes(text: str) -> str:
    return swap_spaces(swap_dashes(text, "\u2011"), "\u202f")


dis("zw-meth-terse", PASS, M, _c(METH), (
    "Methadone 60 mg: continue. Paeds review at birth; NAS scoring 72h; HV checks to day 8; breastfeeding "
    "encouraged; cot only, never her bed after a dose."), zw,
    "a terse good conclusion with zero-width spaces inside words")
dis("cyr-sert-short-decides", PASS, M, _c(SERT), (
    "Sertraline: unchanged at 100 mg, relapse risk outweighs the PPHN risk; the midwife watches the baby for "
    "adaptation signs for 48 hours; breastfeeding fine."), cyr,
    "a good short conclusion with Cyrillic look-alikes (MA115 only warns)")
dis("full-width-lith-passive", PASS, L, _c(LITH), (
    "It was agreed that lithium continues at 800 mg; the baby will have a paediatric review at birth, and "
    "bottle feeding was chosen because lithium passes into breast milk."), full_width,
    "a passive good conclusion in full-width letters")
dis("soft-dzpg-headings", PASS, F, _c(DZPG), (
    "Diazepam: continues, slow taper from 6 weeks. Pregabalin: unchanged. Both sedate: no bed, sofa or armchair "
    "sharing; foster carer does night feeds; late withdrawal to day 8."), soft,
    "a joint conclusion with headings and soft hyphens inside words")
dis("greek-overall-as-above", PASS, M, _overall, (
    "Methadone 60 mg continues with 72 hours of withdrawal scoring for the baby, breastfeeding encouraged and no "
    "co-sleeping after a dose. Sertraline as above: continue 100 mg, adaptation signs added to the scoring."),
    greek, "an overall 'as above' conclusion with Greek look-alikes")
dis("nbsp-quet-quote-then-rule", PASS, P, _c(QUET), (
    "Chloe says 'he's out cold after his tablets', so Daniel never sleeps with the baby on a bed, sofa or "
    "armchair and does no night feeds after his quetiapine; the crib stays on her side."), nbsp,
    "a quotation and a rule, with no-break spaces")
dis("dashes-valp-process-outcome", PASS, V, _c(VALP), (
    "Referred to neurology and fetal medicine today - both urgent - because of first-trimester valproate "
    "exposure; valproate continues meanwhile and must not be stopped suddenly; anomaly scan at 18-20 weeks for "
    "the baby."), dashes,
    "a process with its outcome, non-breaking hyphens and narrow no-break spaces")
dis("zw-overall-foster-each", PASS, F, _overall, (
    "Each medicine continues for now (diazepam with a taper planned, pregabalin unchanged), and each sedates: "
    "no bed, sofa or armchair sharing, foster carer does night feeds, late withdrawal watched until day 8."), zw,
    "'each' in an overall conclusion with zero-width spaces")
dis("cyr-joint-meth-sert", PASS, M, _joint, (
    "Methadone: 60 mg continues; NAS scoring for 72 hours; no co-sleeping after a dose. Sertraline: stays at "
    "100 mg, as relapse is the bigger danger. Breastfeeding encouraged on both."), cyr,
    "a joint conclusion with headings, Cyrillic look-alikes")
dis("full-width-cita-terse", PASS, C, _c(CITA), (
    "Citalopram 20 mg: continue. Baby: midwife obs 48h for jitteriness and fast breathing. Breastfeeding "
    "supported."), full_width, "a terse good conclusion in full-width")
dis("soft-meth-meeting-outcome", PASS, M, _c(METH), (
    "Pre-birth planning meeting: methadone stays at 60 mg, the baby has NAS scoring for 72 hours on the ward, "
    "breastfeeding goes ahead, and no co-sleeping after her dose."), soft,
    "a meeting and its outcome, soft hyphens")
dis("greek-manual-mother-present", PASS, F, _manual, (
    "The ward midwife handed the printed plan to the foster carer at discharge, with the mother present, and "
    "went through it with them both."), greek, "a hand-over with the mother present, Greek look-alikes")
dis("nbsp-lith-baby-sleepy", PASS, L, _c(LITH), (
    "Lithium stays at 800 mg. The baby may be sleepy or floppy after birth: paediatric review and a lithium "
    "level; formula feeding because lithium enters breast milk."), nbsp,
    "drowsiness of the baby (not the mother) with no-break spaces")
dis("zw-partner-overall", PASS, P, _overall, (
    "Chloe's paracetamol needs nothing for the baby. Daniel's quetiapine makes him hard to wake at night: he "
    "never shares a bed, sofa or armchair with the baby and does no night feeds; the health visitor checks the "
    "crib."), zw, "a partner overall conclusion with zero-width spaces")
dis("cyr-overall-sertraline-awaiting", REFUSE, M, _overall, (
    "Methadone 60 mg continues; the baby has 72 hours of withdrawal scoring, breastfeeding is encouraged, and "
    "no co-sleeping after a dose. Sertraline: awaiting the psychiatrist's view."), cyr,
    "sertraline deferred, in Cyrillic look-alikes (MA119)")
dis("zw-dzpg-pregabalin-see-letter", REFUSE, F, _c(DZPG), (
    "Diazepam 5 mg tds continues with a taper; no bed or sofa sharing; the foster carer does night feeds; late "
    "withdrawal to day 8. Pregabalin: see pain clinic letter."), zw,
    "pregabalin named only in a pointer, zero-width spaces (MA119)")
dis("full-width-meth-considered", REFUSE, M, _c(METH), (
    "Methadone: withdrawal, feeding and safe sleep were considered in detail with Jodie."), full_width,
    "an account of what was considered, full-width (MA103)")
dis("greek-sert-quote-only", REFUSE, M, _c(SERT), (
    "Sertraline: 'the benefits of treatment usually outweigh the small risks to the baby' (perinatal "
    "pharmacist)."), greek, "a quotation instead of a conclusion, Greek look-alikes (MA103)")
dis("soft-manual-mum-passes-on", REFUSE, F, _manual, (
    "Copy given to mum to pass on to the foster carer."), soft,
    "the mother relays the record, soft hyphens (MA309)")
dis("nbsp-lith-drowsy", REFUSE, L, lambda t: set_("assessments#asm-lithium.impact_on_mother.parenting_capacity",
                                                  t), (
    "Well on lithium for four years, but drowsy and hard to wake in the mornings since the dose went up."), nbsp,
    "sedation coded 'no' contradicted, no-break spaces (MA127)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F15CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F15CASES), "refuse", sum(c.expect == REFUSE for c in F15CASES),
          "total", len(F15CASES))
