"""A sixth, independent batch of red-team cases for the share gate (the fourth "fresh" batch).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give.
This batch is about the FREE TEXT of whole assessments: every answer of an assessment (parenting capacity,
safe sleep, the baby's summary, the withdrawal plan, breastfeeding, recommendations, conclusion) is rewritten
end to end, with the overall conclusion, both ways:

* must pass: complete assessments in the voices real clinicians write in: a terse GP with abbreviations, a
  thorough perinatal psychiatrist, a community midwife, a pharmacist, a health visitor writing for a foster
  carer in plain English, bullet lists, mixed British clinical shorthand, long sentences with many commas and
  brackets, texts that mention other documents or teams but still state the conclusion, doses and dates, a
  partner's medicines properly assessed, several medicines assessed jointly with each one named;
* must refuse: whole assessments whose every answer looks busy but says nothing: process words, who was told,
  generic advice that fits any baby, the question restated, one template copied across medicines with only
  the names changed, a conclusion about a different medicine, a partner's sedating medicine "assessed"
  without a word about sleep, padding with irrelevant real sentences; plain and disguised (Cyrillic and
  Greek look-alike letters, zero-width characters, soft hyphens, full-width letters).

Only real medicines and UK brands are used; no clinical code is invented: medicines added or swapped in here
are recorded uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh4_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
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
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F4CASES: list[Case] = []

CATEGORIES = (
    "ok-terse-gp",
    "ok-psychiatrist",
    "ok-midwife",
    "ok-pharmacist",
    "ok-plain-english",
    "ok-bullets",
    "ok-long-sentences",
    "ok-cites-documents",
    "ok-numbers-dates",
    "ok-partner",
    "ok-joint",
    "hollow-process",
    "hollow-who-told",
    "hollow-generic",
    "hollow-restated",
    "hollow-padding",
    "hollow-copied-template",
    "hollow-wrong-medicine",
    "hollow-partner-sleep",
    "hollow-disguised",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F4CASES.append(Case(name, category, expect, base, mutate, why))


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)
ASM_OF = {MA: M, SA: M, LA: L, VA: V, FA: F, PA: P, CA: C}


def whole(aid: str, *, sed: str, cap: str, summary: str, recs: str, concl: str, ss: str | None = None,
          nwp: str | None = None, bf: str | None = None) -> Mutation:
    """Every free-text answer of one assessment replaced (items not given are left out, not kept)."""

    def mutate(doc: Record) -> None:
        a = next(x for x in doc["assessments"] if x["id"] == aid)
        mother: Record = {"sedation": sed, "parenting_capacity": cap}
        if ss is not None:
            mother["safe_sleep"] = ss
        baby: Record = {"summary": summary}
        if nwp is not None:
            baby["neonatal_withdrawal_plan"] = nwp
        if bf is not None:
            baby["breastfeeding"] = bf
        a["impact_on_mother"] = mother
        a["impact_on_baby"] = baby
        a["recommendations"] = recs
        a["conclusion"] = concl

    return mutate


def ok(name: str, category: str, aid: str, why: str, *, ov: str, **texts: str) -> None:
    """A must-pass case: one assessment rewritten end to end, and the overall conclusion with it."""
    add(f"w4-{name}", category, PASS, ASM_OF[aid], chain(whole(aid, **texts), overall(ov)), why)


# ============================================================================================================
# MUST PASS: methadone (antenatal, 29+2 weeks, 60 mg supervised, breastfeeding intended, sertraline alongside).

ok("meth-terse-gp", "ok-terse-gp", MA, "terse GP with NAS, OST, HV, MW, SCBU, 72h, BF",
   sed="yes",
   cap="OST 60mg methadone OD, supervised, stable 3/12. No on-top use per DAS. Drowsy 2-4h post dose.",
   ss="No co-sleeping/sofa after dose. Cot in parents' rm - HV to see at 1st visit.",
   summary="NAS likely. Onset usu. 48-72h, can be up to d8.",
   nwp="PN ward obs min 72h, NAS scoring per local guideline; SCBU/NNU if scores rising. HV to check late "
       "signs to d8.",
   bf="BF encouraged on stable OST dose.",
   recs="No dose change w/o DAS. Any change -> MW + HV same wk.",
   concl="Methadone 60mg OD cont. Baby: NAS likely, min 72h obs on PN ward, SCBU if needed; BF supported. "
         "Drowsy post-dose so no co-sleeping - cot to be checked at HV visit.",
   ov="Methadone + sertraline both cont unchanged. Baby needs 72h NAS obs and MW watch for SSRI adaptation; "
      "BF supported; no co-sleeping (methadone sedation), cot checked by HV/SW before d/c.")
ok("meth-psychiatrist", "ok-psychiatrist", MA, "thorough specialist prose, every answer in full",
   sed="yes",
   cap="She has been maintained on methadone 60 mg daily under supervised consumption since December, "
       "with no reported use of illicit opioids on urine screening; she is organised, engaged with antenatal "
       "care and her parenting capacity is not in itself impaired, although she describes a period of "
       "drowsiness for two to four hours after each dose.",
   ss="Because of that post-dose drowsiness she has been advised never to share a bed, sofa or armchair with "
      "the baby; the baby will sleep in a cot in the parents' bedroom, which the health visitor will see.",
   summary="In-utero methadone exposure makes neonatal abstinence syndrome likely; onset is usually between 48 "
           "and 72 hours but may be delayed to day 8, and severity does not correlate reliably with maternal "
           "dose.",
   nwp="The baby should remain on the postnatal ward for at least 72 hours with formal abstinence scoring, "
       "escalating to the neonatal unit if scores rise; the health visitor should look for late signs up to "
       "day 8.",
   bf="Breastfeeding is encouraged: only small amounts of methadone pass into breast milk, and breastfeeding "
      "may lessen withdrawal.",
   recs="Continue methadone 60 mg without reduction in the third trimester, as dose reduction now risks "
        "relapse and fetal distress; the drug service alone changes the dose and must tell maternity and the "
        "health visitor within the week.",
   concl="Methadone 60 mg daily should continue unchanged for the rest of the pregnancy. The baby is likely to "
         "develop withdrawal and needs at least 72 hours of observation; breastfeeding is encouraged. Her "
         "post-dose drowsiness means the baby must never share her bed or sofa and will sleep in a cot.",
   ov="Both medicines continue: methadone 60 mg and sertraline 100 mg. The baby needs a 72-hour stay with "
      "withdrawal scoring, adaptation signs are watched for at the same time, breastfeeding is encouraged, and "
      "methadone's sedation means the cot in the parents' room is where the baby sleeps.")
ok("meth-midwife", "ok-midwife", MA, "community midwife writing for the ward and the health visitor",
   sed="yes",
   cap="Seen at home at 29 weeks. Coping well, attends every antenatal appointment, picks up methadone daily "
       "from the chemist. Says she feels sleepy for a couple of hours after her dose.",
   ss="Talked through safe sleep with her and her partner: baby never in their bed or on the sofa after her "
      "methadone; cot already set up in their room.",
   summary="Baby likely to show withdrawal (NAS) after birth - usually day 2 to 3, sometimes as late as day 8.",
   nwp="Birth plan says: baby stays on the postnatal ward at least 72 hours with NAS scoring every feed; "
       "neonatal team called if scores rise. I will hand over to the health visitor to watch for late signs.",
   bf="She wants to breastfeed and this is encouraged on her stable methadone dose; skin to skin and "
      "breastfeeding support from the infant feeding team.",
   recs="Birth plan and alert on the maternity record. Don't let anyone reduce her methadone in labour; drug "
        "service to tell us of any change.",
   concl="Methadone continues at 60 mg. Baby to stay at least 72 hours on the postnatal ward for withdrawal "
         "scoring; breastfeeding encouraged. Mum gets drowsy after her dose, so no bed or sofa sharing - cot "
         "in their room.",
   ov="Methadone and sertraline carry on as they are. Plan for the baby: 72 hours minimum on the ward with "
      "withdrawal and adaptation checks, breastfeeding supported, safe sleep in the cot (no co-sleeping "
      "because of methadone).")
ok("meth-pharmacist", "ok-pharmacist", MA, "pharmacist: doses, pharmacokinetics, milk transfer",
   sed="yes",
   cap="Methadone 1 mg/ml oral solution 60 ml once daily, supervised at the pharmacy; last dose change "
       "2025-12-01. Peak plasma level and peak drowsiness 2 to 4 hours post-dose.",
   ss="Counselled: no bed-sharing or sofa-sleeping with the baby, particularly in the 2 to 4 hours after the "
      "dose; cot beside the parents' bed.",
   summary="Methadone crosses the placenta; neonatal abstinence syndrome is expected in most exposed babies, "
           "with onset typically at 48 to 72 hours (long half-life) and occasionally up to day 8.",
   nwp="Postnatal ward observation for a minimum of 72 hours with validated withdrawal scoring; oral morphine "
       "on the neonatal unit only if scores require it. Health visitor to monitor for late-onset signs.",
   bf="Relative infant dose is low (around 2 to 3%); breastfeeding is recommended on a stable dose and may "
      "reduce the severity of withdrawal.",
   recs="Maintain current dose; no dose reduction without the prescribing drug service. Avoid co-prescribing "
        "other sedatives. Dose changes to be communicated to maternity and the health visitor.",
   concl="Methadone 60 mg once daily to continue. The baby is expected to need withdrawal observation for at "
         "least 72 hours and breastfeeding is recommended. Peak sedation after each dose means no co-sleeping; "
         "the cot stays beside the bed.",
   ov="Continue methadone 60 mg and sertraline 100 mg. The neonatal team scores the baby for withdrawal for "
      "72 hours or more and watches for serotonergic adaptation; both medicines are compatible with "
      "breastfeeding; the sedating methadone rules out bed-sharing.")
ok("meth-bullets", "ok-bullets", MA, "everything written as bullet lists",
   sed="yes",
   cap="- Methadone 60 mg daily, supervised\n- Stable, engaged with drug service\n- Drowsy 2-4 hours after dose",
   ss="- Never share a bed or sofa with baby after dose\n- Cot in parents' bedroom\n- Health visitor to see it",
   summary="- Withdrawal (NAS) likely\n- Onset 48-72 hours, sometimes to day 8",
   nwp="- Postnatal ward 72 hours minimum\n- Withdrawal scores every 3-4 hours\n- Health visitor: late signs "
       "to day 8",
   bf="- Breastfeeding encouraged\n- Stable dose: small amount in milk",
   recs="- Do not reduce or stop methadone\n- Drug service manages dose\n- Tell maternity + HV of changes",
   concl="- Methadone 60 mg continues\n- Baby: withdrawal observation at least 72 hours\n- Breastfeeding "
         "encouraged\n- No co-sleeping after her dose; cot in parents' room",
   ov="- Methadone and sertraline both continue\n- Baby: 72-hour withdrawal and adaptation observation\n"
      "- Breastfeeding supported\n- Safe sleep: cot only, no bed or sofa sharing")
ok("meth-long-sentences", "ok-long-sentences", MA, "long sentences with many commas and brackets",
   sed="yes",
   cap="She takes methadone (60 mg, supervised, unchanged since December), has had no on-top use on any "
       "screen since, attends (with her partner) every appointment, and describes drowsiness, worst two to "
       "four hours after her dose, that does not stop her caring for herself or preparing for the baby.",
   ss="Because she is drowsy after each dose (and her partner works nights), she has agreed that the baby "
      "will never sleep in her bed, on the sofa or in an armchair with her, and that the cot (already in "
      "their room) is where the baby sleeps.",
   summary="The baby, exposed to methadone throughout pregnancy, is likely to develop neonatal abstinence "
           "syndrome (irritability, tremor, poor feeding, loose stools), usually from 48 to 72 hours but "
           "occasionally as late as day 8.",
   nwp="After birth the baby stays on the postnatal ward (not discharged early, whatever the bed pressures) "
       "for at least 72 hours, with withdrawal scores, and the health visitor (who has the plan) looks for "
       "late signs up to day 8.",
   bf="Breastfeeding, which she wants, is encouraged (methadone passes into milk in small amounts, and "
      "breastfeeding can soften withdrawal), with support from the infant feeding lead.",
   recs="The dose stays where it is, since reducing it late in pregnancy risks relapse, and any change (made "
        "only by the drug service) goes to maternity and the health visitor the same week.",
   concl="Methadone (60 mg daily) continues, the baby, who will probably withdraw, stays at least 72 hours "
         "for observation, breastfeeding is encouraged, and, because she is drowsy after each dose, the baby "
         "sleeps in its cot and never in her bed or on the sofa.",
   ov="Methadone (60 mg) and sertraline (100 mg) both continue, the baby is observed for withdrawal and "
      "adaptation for at least 72 hours, breastfeeding (compatible with both) is encouraged, and the cot "
      "(never the parents' bed or sofa) is the baby's sleep space.")
ok("meth-cites-documents", "ok-cites-documents", MA, "mentions the drug service letter and birth plan, still concludes",
   sed="yes",
   cap="Drug service letter of 2026-02-20 confirms 60 mg daily, supervised, negative screens since December. "
       "In clinic she is alert; she reports drowsiness for a few hours after the dose.",
   ss="Safe sleep discussed using the Lullaby Trust leaflet; in summary: no bed or sofa sharing with the baby "
      "after her dose, cot in the parents' room.",
   summary="As the neonatal team's antenatal note also says, withdrawal is likely, from day 2 to 3 and up to "
           "day 8.",
   nwp="In line with the local neonatal abstinence guideline (copy in the birth plan): at least 72 hours on "
       "the postnatal ward with withdrawal scoring; the health visitor watches for late signs to day 8.",
   bf="Breastfeeding encouraged; the Specialist Pharmacy Service guidance supports it on a stable dose.",
   recs="See also the drug service letter. In summary: no reduction in pregnancy; the drug service tells "
        "maternity and the health visitor of any change within a week.",
   concl="The drug service's letter is on file, but the decision is here: methadone 60 mg continues, the "
         "baby is observed for withdrawal for at least 72 hours, breastfeeding is encouraged, and there is no "
         "co-sleeping because of post-dose drowsiness.",
   ov="Alongside the birth plan and the child protection plan, this record's conclusion stands on its own: "
      "methadone and sertraline continue, the baby has 72 hours of withdrawal and adaptation observation, "
      "breastfeeding is supported and the baby sleeps in a cot, never with the sedated mother.")
ok("meth-numbers-dates", "ok-numbers-dates", MA, "dates, doses and gestations throughout",
   sed="yes",
   cap="29+2/40 on 2026-03-02. Methadone 60 mg since 2025-12-01 (was 50 mg). Drowsy 14:00-16:00 after her "
       "12:00 dose.",
   ss="After the 12:00 dose and at night: no bed or sofa sharing; cot 1 m from the bed in the parents' room.",
   summary="NAS expected in 60-80% of methadone-exposed babies; onset 48-72 h, up to day 8.",
   nwp="Minimum 72 h on the postnatal ward, scores 4-hourly; NNU if 2 scores of 8 or more. HV visits day "
       "5 and day 8 for late signs.",
   bf="Breastfeeding encouraged at 60 mg; milk levels low.",
   recs="Dose fixed at 60 mg until 6 weeks after birth unless the drug service decides otherwise; changes to "
        "maternity and HV within 7 days.",
   concl="Methadone 60 mg daily continues to delivery (EDD 2026-05-15). The baby needs at least 72 hours of "
         "withdrawal scoring and home checks on days 5 and 8; breastfeeding encouraged; no co-sleeping "
         "after her midday dose or at night.",
   ov="Methadone 60 mg and sertraline 100 mg continue to the EDD of 2026-05-15 and beyond. Baby: 72 hours of "
      "withdrawal scoring, HV checks on days 5 and 8, breastfeeding encouraged, cot only (no co-sleeping).")
ok("meth-plain-english", "ok-plain-english", MA, "plain English a family or carer can follow",
   sed="yes",
   cap="She takes methadone every day at the chemist. It is working well for her. It makes her sleepy for a "
       "few hours after she takes it.",
   ss="The baby must never sleep in her bed or on the sofa with her after she has taken it. The baby sleeps "
      "in the cot in her room.",
   summary="Because she takes methadone, the baby may have withdrawal after birth: shaking, crying a lot, "
           "feeding badly. This usually starts after 2 or 3 days.",
   nwp="The baby will stay in hospital for at least 3 days so nurses can check for withdrawal. After going "
       "home, the health visitor will check again up to day 8.",
   bf="Breastfeeding is good for the baby and is safe with her methadone.",
   recs="She should not cut down or stop methadone on her own. The drug service will tell the midwife and "
        "health visitor if the dose changes.",
   concl="Methadone carries on. The baby stays in hospital at least 3 days to be checked for withdrawal. "
         "Breastfeeding is encouraged. The baby sleeps in the cot, never in her bed or on the sofa, because "
         "methadone makes her sleepy.",
   ov="Methadone and sertraline both carry on. The baby stays at least 3 days in hospital to be checked for "
      "withdrawal and for settling problems; breastfeeding is encouraged; the baby always sleeps in the cot "
      "because methadone makes mum sleepy.")
ok("meth-mixed-shorthand", "ok-terse-gp", MA, "mixed British clinical shorthand and symbols",
   sed="yes",
   cap="Methadone 60ml (1mg/ml) o.d. supervised @ Boots. UDS neg x3. ?Drowsy 2-4/24 post dose - yes, per "
       "pt + partner.",
   ss="Advised: NO co-sleeping / sofa after dose; cot in parents' rm (to be seen by HV).",
   summary="High likelihood NAS; onset 48-72h, occ. up to d8.",
   nwp="Min 72h obs on PNW, Finnegan/local scoring 4-hrly; NNU review if >=8 x2. HV: late signs to d8.",
   bf="BF - yes, encouraged.",
   recs="Dose unchanged; DAS only to alter. Changes -> MW/HV within 1/52.",
   concl="Cont methadone 60mg o.d. NAS likely -> min 72h obs, NNU if scores high. BF encouraged. Drowsy "
         "post dose: no co-sleeping, cot only.",
   ov="Methadone 60mg + sertraline 100mg: both cont. Baby: 72h NAS obs (+ SSRI adaptation), BF encouraged, "
      "cot only - no co-sleeping.")

# Sertraline (antenatal, 100 mg, beside methadone): every answer rewritten; the methadone plan is untouched.

ok("sert-terse-gp", "ok-terse-gp", SA, "GP shorthand for an SSRI",
   sed="no",
   cap="Sertraline 100mg OD since 09/25. Mood stable. Hx relapse when stopped 2024.",
   summary="Small PPHN risk (~3/1000). Poss. poor neonatal adaptation 1st 48h (jittery, fast breathing, "
           "poor feeding).",
   nwp="MW to watch for adaptation signs alongside NAS obs.",
   bf="BF compatible - sertraline preferred SSRI in BF.",
   recs="Cont 100mg. Paeds aware for delivery. PMHT not needed unless mood dips; GP r/v 6/52 PN.",
   concl="Cont sertraline 100mg OD - relapse risk > small risk to baby (PPHN, adaptation). MW obs for "
         "adaptation with NAS obs. BF ok.",
   ov="Both cont: methadone 60mg + sertraline 100mg. Baby: 72h NAS obs incl. SSRI adaptation signs; BF ok; "
      "no co-sleeping due to methadone sedation; cot checked by HV.")
ok("sert-psychiatrist", "ok-psychiatrist", SA, "perinatal psychiatrist weighing relapse",
   sed="no",
   cap="Recurrent depressive disorder with two previous episodes, the last after stopping an SSRI in 2024; "
       "on sertraline 100 mg her mood has been euthymic for six months, with no impairment of her ability "
       "to care for herself or plan for the baby.",
   summary="The absolute risk of persistent pulmonary hypertension of the newborn with late-pregnancy SSRI "
           "exposure is small (around 3 per 1,000); transient neonatal adaptation symptoms occur in up to a "
           "third of exposed babies and are self-limiting.",
   bf="Sertraline has low transfer into breast milk and is the antidepressant of choice for breastfeeding.",
   recs="Continue sertraline 100 mg. Discontinuation in the third trimester would expose her to a high risk "
        "of postnatal relapse; the perinatal team will see her postnatally if symptoms recur.",
   concl="Sertraline 100 mg should continue: the risk to her of postnatal depressive relapse clearly outweighs "
         "the small risks to the baby of pulmonary hypertension and self-limiting adaptation symptoms, which "
         "the neonatal team will watch for; breastfeeding on sertraline is supported.",
   ov="Methadone and sertraline continue unchanged. The baby faces likely opioid withdrawal and possible SSRI "
      "adaptation symptoms, so 72 hours of observation covers both; breastfeeding is supported on both; "
      "sedation from methadone means safe sleep in a cot only.")
ok("sert-midwife", "ok-midwife", SA, "community midwife on an SSRI",
   sed="no",
   cap="Mood good on sertraline. Last year, when she ran out for a month, her depression came back within "
       "weeks.",
   summary="Baby may be a bit jittery or fast-breathing in the first couple of days (settles by itself). "
           "Very small risk of a lung blood-pressure problem (PPHN).",
   nwp="Ward staff to check for jitteriness, fast breathing and poor feeding during the NAS observations.",
   bf="Fine to breastfeed on sertraline.",
   recs="Keep taking sertraline 100 mg every day. Paediatricians know from the birth plan.",
   concl="Sertraline 100 mg carries on. Baby checked for jitteriness and breathing in the first days "
         "alongside the withdrawal checks; breastfeeding fine.",
   ov="Methadone and sertraline both carry on. The baby stays at least 72 hours for withdrawal and settling "
      "checks; breastfeeding encouraged; no co-sleeping because methadone makes her drowsy.")
ok("sert-pharmacist", "ok-pharmacist", SA, "pharmacist on sertraline",
   sed="no",
   cap="Sertraline 50 mg tablets, two (100 mg) each morning; adherent on the PMR.",
   summary="Late-pregnancy SSRI exposure: PPHN absolute risk about 0.3%; poor neonatal adaptation (tremor, "
           "tachypnoea, feeding difficulty) in the first 48 hours.",
   bf="Relative infant dose under 2%; infant serum levels usually undetectable. Compatible with "
      "breastfeeding.",
   recs="Continue 100 mg; no dose taper before delivery (tapering does not reduce neonatal effects and risks "
        "relapse).",
   concl="Continue sertraline 100 mg daily. Neonatal adaptation signs to be watched for in the first 48 "
         "hours, PPHN risk small; compatible with breastfeeding.",
   ov="Methadone 60 mg and sertraline 100 mg continue. The baby has withdrawal scoring for at least 72 hours, "
      "which also picks up SSRI adaptation; breastfeeding is compatible with both; methadone's sedation "
      "means no bed-sharing.")
ok("sert-bullets", "ok-bullets", SA, "bulleted SSRI assessment",
   sed="no",
   cap="* Sertraline 100 mg\n* Mood stable 6 months\n* Relapsed last time she stopped",
   summary="* PPHN: about 3 in 1,000\n* Adaptation signs possible in first 48 hours",
   bf="* Compatible with breastfeeding",
   recs="* Continue 100 mg\n* Paediatric team aware\n* Midwife watches adaptation signs",
   concl="* Sertraline continues at 100 mg\n* Baby: watch for adaptation signs in first 48 hours\n"
         "* Breastfeeding compatible",
   ov="* Methadone and sertraline continue\n* Baby: 72-hour withdrawal and adaptation observation\n"
      "* Breastfeeding supported\n* No co-sleeping: methadone causes drowsiness")
ok("sert-long-sentences", "ok-long-sentences", SA, "one long bracketed sentence per answer",
   sed="no",
   cap="She has taken sertraline (now 100 mg, increased in September) for depression that, when she stopped "
       "treatment in 2024, came back within weeks, and she is currently well, organised and caring for "
       "herself.",
   summary="The baby (exposed to sertraline in late pregnancy) has a small risk of persistent pulmonary "
           "hypertension (about 3 in 1,000) and may, in the first two days, be jittery, breathe fast or feed "
           "poorly, which usually settles without treatment.",
   bf="Breastfeeding (which she plans) is compatible with sertraline, since very little reaches the milk.",
   recs="Sertraline continues at 100 mg (not tapered before birth, which would not help the baby and would "
        "risk relapse), and the paediatric team, who have the birth plan, will be aware at delivery.",
   concl="Sertraline (100 mg) continues because relapse is the bigger risk, the baby's small risks (pulmonary "
         "hypertension, early adaptation signs) are watched for by the midwife in the first days, and "
         "breastfeeding is compatible.",
   ov="Methadone (60 mg) and sertraline (100 mg) continue, the baby (likely to withdraw from methadone, "
      "possibly jittery from sertraline) is observed for at least 72 hours, breastfeeding is encouraged, and "
      "the baby sleeps in a cot, since methadone sedates her.")
ok("sert-plain-english", "ok-plain-english", SA, "plain English for the family",
   sed="no",
   cap="Sertraline keeps her depression away. When she stopped it before, she became unwell again.",
   summary="The baby might be a little shaky or feed slowly for a day or two after birth. There is a very "
           "small chance of a breathing problem.",
   bf="She can breastfeed while taking sertraline.",
   recs="Keep taking sertraline. The baby doctors know about it.",
   concl="Sertraline carries on because stopping could make her unwell again. The midwife checks the baby for "
         "shakiness and slow feeding for the first days. Breastfeeding is fine.",
   ov="Methadone and sertraline carry on. The baby stays in hospital for at least 3 days for checks; "
      "breastfeeding is fine; the baby sleeps in the cot, not in mum's bed, because methadone makes her "
      "sleepy.")
ok("sert-cites-documents", "ok-cites-documents", SA, "refers to PMHT letter and SPS, still concludes",
   sed="no",
   cap="The perinatal mental health team's letter (2026-02-14) describes a stable mood on 100 mg; I agree "
       "from today's review.",
   summary="As the UKTIS monograph summarises: PPHN about 3 per 1,000; adaptation signs in the first 48 hours.",
   bf="The Specialist Pharmacy Service rates sertraline as a preferred choice in breastfeeding.",
   recs="PMHT letter also on file. Continue sertraline 100 mg; paediatric team aware via the birth plan.",
   concl="Having read the perinatal team's letter, my conclusion is: sertraline 100 mg continues, the baby is "
         "observed for adaptation signs in the first 48 hours, and breastfeeding is supported.",
   ov="The drug service and perinatal team letters are on file; this record concludes that methadone and "
      "sertraline continue, the baby is observed for withdrawal and adaptation for at least 72 hours, "
      "breastfeeding is encouraged, and the baby sleeps in a cot, never with the sedated mother.")

# Both methadone and sertraline rewritten in one record, in two different voices.


def both_m(meth: dict[str, str], sert: dict[str, str], ov: str) -> Mutation:
    return chain(whole(MA, **meth), whole(SA, **sert), overall(ov))


add("w4-m-both-gp-and-psychiatrist", "ok-joint", PASS, M, both_m(
    {"sed": "yes", "cap": "Methadone 60mg OD supervised. Stable. Drowsy post dose.",
     "ss": "No bed/sofa sharing post dose; cot in parents' room.",
     "summary": "NAS likely, onset 48-72h, up to d8.",
     "nwp": "PN ward obs >=72h with NAS scores; HV late signs to d8.",
     "bf": "BF encouraged.", "recs": "No dose change w/o DAS; changes to MW/HV.",
     "concl": "Methadone 60mg cont. Baby 72h NAS obs; BF encouraged; no co-sleeping (post-dose drowsiness)."},
    {"sed": "no", "cap": "Euthymic on sertraline for six months; prior relapse after stopping.",
     "summary": "Small PPHN risk and transient adaptation symptoms in the first two days.",
     "bf": "Compatible with breastfeeding; very low milk transfer.",
     "recs": "Continue sertraline 100 mg; no taper before delivery.",
     "concl": "Sertraline 100 mg continues: relapse is the greater risk; the baby's transient adaptation "
              "symptoms are watched for with the withdrawal scoring; breastfeeding supported."},
    "Methadone and sertraline both continue. The baby is observed for 72 hours for opioid withdrawal and SSRI "
    "adaptation together; breastfeeding is encouraged; methadone's sedation means cot only, no co-sleeping."),
    "two assessments in two voices, the overall conclusion synthesising both")
add("w4-m-both-midwife-bullets", "ok-joint", PASS, M, both_m(
    {"sed": "yes", "cap": "- 60 mg daily at the chemist\n- Sleepy for a few hours after",
     "ss": "- Baby never in her bed/on sofa after dose\n- Cot in bedroom",
     "summary": "- Withdrawal likely from day 2-3", "nwp": "- 72 hours on ward with scoring\n- HV to day 8",
     "bf": "- Breastfeeding encouraged", "recs": "- Don't cut down\n- Drug service tells us of changes",
     "concl": "- Methadone continues\n- Baby: 72 hours withdrawal checks\n- Breastfeeding encouraged\n"
              "- Cot only: she is drowsy after doses"},
    {"sed": "no", "cap": "- Sertraline 100 mg\n- Keeps her well\n- Relapsed when she stopped in 2024",
     "summary": "- Possible jitteriness first 48 hours\n- Tiny PPHN risk",
     "bf": "- Fine with breastfeeding", "recs": "- Keep taking it\n- Paeds aware",
     "concl": "- Sertraline continues\n- Baby: jitteriness/breathing watched 48 hours\n- Breastfeeding fine"},
    "- Methadone + sertraline continue\n- Baby: 72h withdrawal + adaptation checks\n- Breastfeeding "
    "encouraged\n- Cot only, no co-sleeping (methadone drowsiness)"),
    "both assessments as bullets")
add("w4-m-both-numbers", "ok-joint", PASS, M, both_m(
    {"sed": "yes", "cap": "60 mg at 12:00 daily since 2025-12-01; drowsy until about 16:00.",
     "ss": "Cot 1 m from the bed; no bed or sofa sharing from 12:00 to 16:00 or overnight.",
     "summary": "NAS in 60-80%; onset 48-72 h; late to day 8.",
     "nwp": ">=72 h ward stay, scores 4-hourly; HV day 5 and day 8.",
     "bf": "Breastfeeding encouraged on 60 mg.", "recs": "Fixed at 60 mg to 6 weeks postnatal unless DAS changes it.",
     "concl": "Methadone 60 mg continues; 72 h withdrawal scoring then HV checks days 5 and 8; breastfeeding "
              "encouraged; no co-sleeping 12:00-16:00 or overnight."},
    {"sed": "no", "cap": "100 mg since 2025-09-22; PHQ-9 of 4 on 2026-02-20.",
     "summary": "PPHN about 3/1,000; adaptation signs 0-48 h.",
     "bf": "Compatible with breastfeeding (RID below 2%).", "recs": "100 mg continues (relapsed within 6 weeks of stopping in 2024); GP mood review at 6 weeks.",
     "concl": "Sertraline 100 mg continues (PHQ-9 of 4); baby watched 0-48 h for adaptation signs; "
              "breastfeeding compatible."},
    "Methadone 60 mg and sertraline 100 mg continue past the EDD of 2026-05-15: 72 h withdrawal and "
    "adaptation scoring, HV checks days 5 and 8, breastfeeding encouraged, cot only."),
    "both assessments full of doses, dates and scores")

# ============================================================================================================
# MUST PASS: lithium (antenatal, 24+0 weeks, Priadel 800 mg at night, bottle feeding planned).

LI_OV = ("Continue Priadel (lithium) 800 mg at night with levels 4-weekly, weekly from 36 weeks and within 24 "
         "hours of delivery. The baby needs a paediatric review and observation for lithium toxicity after "
         "birth; bottle feeding planned.")

ok("lith-terse-gp", "ok-terse-gp", LA, "GP shorthand for lithium",
   sed="no",
   cap="BPAD, well 4y on Li. High PP relapse/psychosis risk if stopped.",
   ss="Li not sedating. Std safe sleep advice; PMHT to r/v any new meds PN.",
   summary="1st trim Li: small cardiac risk - fetal echo 20/40 NAD. Neonatal toxicity poss. (floppy, poor "
           "feeding, hypothyroid).",
   nwp="Paeds r/v at birth; PN ward obs for toxicity; Li level + TFTs if signs.",
   bf="Not advised - Li in breast milk. Bottle feeding agreed.",
   recs="Li levels 4-wkly, wkly from 36/40, <24h PN. Hydration in labour. PMHT r/v within 1/52 of birth.",
   concl="Cont lithium (Priadel) 800mg nocte - PP relapse risk > fetal/neonatal risk. Baby: paeds r/v at "
         "birth + toxicity obs; bottle feeding (Li in breast milk).",
   ov="Lithium 800mg nocte cont with levels 4-wkly -> wkly from 36/40 -> <24h PN. Baby: paeds r/v and obs "
      "for toxicity; bottle fed. PMHT r/v within 1/52.")
ok("lith-psychiatrist", "ok-psychiatrist", LA, "perinatal psychiatrist, full formulation",
   sed="no",
   cap="Bipolar I disorder with one previous manic episode requiring admission in 2020; euthymic for four "
       "years on lithium. Her risk of a severe postpartum episode, including puerperal psychosis, is high "
       "and would rise substantially if lithium were stopped.",
   ss="Lithium at this level does not sedate her; general safe sleep advice has been given and any sedating "
      "medicine added after birth will be reviewed for its effect on night-time care.",
   summary="First-trimester exposure carries a small increase in cardiac malformation risk; the fetal "
           "echocardiogram at 20 weeks was normal. Exposure near term can cause neonatal hypotonia, poor "
           "feeding, lethargy and transient hypothyroidism.",
   nwp="Paediatric review at birth; observation on the postnatal ward for signs of lithium toxicity, with a "
       "neonatal lithium level and thyroid function if any appear.",
   bf="Breastfeeding is not advised: infant serum levels can reach a significant fraction of maternal "
      "levels. She has chosen to bottle feed.",
   recs="Serum lithium every four weeks, weekly from 36 weeks and within 24 hours of delivery; maintain "
        "hydration in labour; the obstetric and perinatal mental health teams to agree intrapartum dosing; "
        "review by this team within seven days of birth.",
   concl="Lithium should continue at 800 mg: the risk of a severe postpartum relapse outweighs the managed "
         "risks to the fetus and newborn. The baby requires a paediatric review and observation for toxicity "
         "after birth, and breastfeeding is not advised.",
   ov=LI_OV)
ok("lith-midwife", "ok-midwife", LA, "midwife's birth-plan voice",
   sed="no",
   cap="She is well and organised; her bipolar disorder has been stable for years on lithium, and stopping "
       "it would risk a serious relapse after the birth.",
   ss="Not sleepy on lithium; safe sleep talked through, Moses basket by the bed.",
   summary="Heart scan at 20 weeks normal. After birth the baby could be floppy, sleepy or slow to feed "
           "because of lithium.",
   nwp="Birth plan: paediatrician to see the baby after birth; ward to watch for floppiness and poor feeding, "
       "blood test for the baby's lithium level and thyroid if worried.",
   bf="She will bottle feed - breastfeeding isn't advised on lithium.",
   recs="Lithium blood tests as booked; drink plenty in labour; deliver in hospital; perinatal team to see "
        "her within a week of birth.",
   concl="Lithium carries on. The baby is seen by the paediatrician after birth and watched on the ward for "
         "floppiness and poor feeding; bottle feeding because lithium gets into breast milk.",
   ov=LI_OV)
ok("lith-pharmacist", "ok-pharmacist", LA, "pharmacist on lithium pharmacokinetics",
   sed="no",
   cap="Priadel 400 mg MR, 800 mg at night; brand-specific prescribing. Last level 0.7 mmol/L.",
   ss="No sedation at a level of 0.7 mmol/L; household safe sleep advice recorded.",
   summary="Renal clearance of lithium rises in pregnancy and falls abruptly after delivery, risking "
           "maternal toxicity; neonatal exposure can cause hypotonia, poor suck and hypothyroidism. Fetal "
           "echocardiogram normal.",
   nwp="Paediatric review at birth; monitor the neonate for toxicity; neonatal lithium level and TFTs if "
       "signs.",
   bf="Not recommended: milk levels high and variable. Formula feeding planned.",
   recs="Levels 4-weekly, weekly from 36 weeks, within 24 hours postpartum; dose likely to need reducing "
        "after delivery; avoid NSAIDs; stay hydrated.",
   concl="Continue Priadel 800 mg with intensified level monitoring around delivery. The newborn needs "
         "paediatric review and toxicity monitoring; formula feeding because lithium passes into breast milk.",
   ov=LI_OV)
ok("lith-plain-english", "ok-plain-english", LA, "plain English for the family",
   sed="no",
   cap="Lithium keeps her well. Without it she could become very unwell after the birth.",
   ss="Lithium does not make her sleepy. She has had the usual safe sleep advice.",
   summary="The baby's heart scan was normal. After birth the baby might be floppy or slow to feed for a "
           "while because of the lithium.",
   nwp="A children's doctor will check the baby after birth, and the nurses will watch for floppiness and "
       "feeding problems.",
   bf="She will use formula because lithium passes into breast milk.",
   recs="Blood tests for lithium more often near the end of pregnancy and the day after birth. Drink plenty "
        "of fluids in labour.",
   concl="Lithium carries on so she stays well. The baby gets a check from a children's doctor after birth "
         "and is watched for floppiness and feeding problems. Formula feeding, not breastfeeding.",
   ov=LI_OV)
ok("lith-bullets", "ok-bullets", LA, "bulleted lithium assessment",
   sed="no",
   cap="- Bipolar disorder, well 4 years\n- High relapse risk after birth",
   ss="- Not sedating\n- Safe sleep advice given",
   summary="- Fetal heart scan normal\n- Newborn: floppiness, poor feeding, thyroid",
   nwp="- Paediatric review at birth\n- Watch for toxicity\n- Baby's lithium level if signs",
   bf="- Breastfeeding not advised\n- Bottle feeding agreed",
   recs="- Levels 4-weekly, weekly from 36 weeks, within 24 hours of birth\n- Fluids in labour",
   concl="- Lithium continues\n- Fetal heart scan normal\n- Baby: paediatric review and toxicity watch\n"
         "- Bottle feeding (lithium in breast milk)",
   ov="- Lithium 800 mg continues with closer levels\n- Baby: paediatric review, toxicity observation\n"
      "- Bottle fed\n- Perinatal team within a week of birth")
ok("lith-long-sentences", "ok-long-sentences", LA, "complex sentences with brackets",
   sed="no",
   cap="Her bipolar disorder (one admission in 2020, none since) has been stable on lithium, which she "
       "takes reliably, and stopping it now (or in the weeks after birth) would raise an already high risk "
       "of postpartum psychosis.",
   ss="Lithium (at her level) is not sedating, safe sleep advice has been given, and any sedating medicine "
      "added after birth (for sleep, say) will be reviewed first.",
   summary="The fetal heart scan (20 weeks) was normal, and the remaining risk is to the newborn, who may "
           "(from lithium near birth) be floppy, drowsy, slow to feed or hypothyroid.",
   nwp="The baby, reviewed by a paediatrician after birth, is watched on the ward (for floppiness, poor "
       "feeding and lethargy), with a lithium level and thyroid tests if signs appear.",
   bf="Breastfeeding (which would pass lithium to the baby in significant amounts) is not advised, and she "
      "plans to bottle feed.",
   recs="Levels (monthly, weekly from 36 weeks, and within 24 hours of birth), hydration (especially in "
        "labour) and a perinatal team review (within a week of birth) are all booked.",
   concl="Lithium continues (the relapse risk is too high to stop), the baby is reviewed by a paediatrician "
         "and observed for toxicity after birth, and the baby is bottle fed (lithium passes into milk).",
   ov=LI_OV)
ok("lith-cites-documents", "ok-cites-documents", LA, "cites the fetal echo report and PMHT plan",
   sed="no",
   cap="See the perinatal team's care plan (2026-04-30) for the relapse signature; in short, well for four "
       "years and at high risk of postpartum relapse.",
   ss="Not sedating; safe sleep leaflet given and the Moses basket plan recorded.",
   summary="Fetal echocardiogram report (2026-03-18): normal. Neonatal risks near term: floppiness, poor "
           "feeding, thyroid dysfunction.",
   nwp="As in the neonatal alert: paediatric review at birth, toxicity observation, lithium level and TFTs "
       "if signs.",
   bf="Not advised (SPS guidance); bottle feeding agreed.",
   recs="Level schedule as in the obstetric plan: monthly, weekly from 36 weeks, within 24 hours of birth.",
   concl="Whatever the other plans add, this record's conclusion is: lithium continues, the baby has a "
         "paediatric review and toxicity observation after birth, and bottle feeding because breastfeeding "
         "is not advised.",
   ov=LI_OV)
ok("lith-numbers-dates", "ok-numbers-dates", LA, "levels, weeks and dates",
   sed="no",
   cap="Lithium since 2021-03-15; 800 mg since 2025-08-04. Levels 0.6-0.8 mmol/L throughout. Relapse risk "
       "postpartum about 1 in 2 if stopped.",
   ss="Non-sedating at 0.7 mmol/L. Safe sleep advice given on 2026-05-06.",
   summary="Echo at 20+0 weeks normal. Near-term exposure: neonatal hypotonia, poor feeding, TSH rise.",
   nwp="Paediatric review within 24 h of birth; toxicity observation for 48 h; neonatal lithium level if "
       "signs.",
   bf="Breastfeeding not advised; formula from birth.",
   recs="Levels at 28, 32, 36, 37, 38, 39 and 40 weeks and within 24 h postpartum; target 0.4-0.8 mmol/L.",
   concl="Lithium 800 mg continues (level target 0.4-0.8 mmol/L; fetal echo at 20+0 weeks normal). Baby: "
         "paediatric review within 24 h and 48 h of toxicity observation; formula feeding from birth.",
   ov="Lithium 800 mg at night continues with levels weekly from 36 weeks and within 24 h of delivery (EDD "
      "2026-08-26). Baby: paediatric review and 48 h toxicity watch; formula fed.")

# ============================================================================================================
# MUST PASS: valproate (unplanned pregnancy at 8 weeks; feeding not yet decided).

VA_OV = ("Sodium valproate continues until the urgent neurology review; stopping abruptly risks seizures. The "
         "baby was exposed in the first trimester: early fetal medicine review and detailed anomaly scan "
         "arranged, folic acid 5 mg started.")

ok("valp-terse-gp", "ok-terse-gp", VA, "GP shorthand for valproate",
   sed="no",
   cap="Epilepsy, sz-free 2y on VPA 500mg BD. Abrupt stop -> sz/status risk.",
   ss="Not sedating. If sz recur PN: no bathing baby alone, no bed-sharing.",
   summary="Unplanned preg 8/40, 1st trim VPA: ~10% major malformation (incl. NTD), 30-40% neurodev "
           "problems. Needs FMU r/v + detailed anomaly scan.",
   bf="BF usually poss. on VPA - neuro + MW to advise once plan set.",
   recs="Do NOT stop VPA. Urgent neuro/ESN referral + ANC/FMU referral sent. Folic acid 5mg OD started. "
        "ARAF signed by neuro 2025-11-04.",
   concl="Cont valproate until urgent neuro r/v - abrupt stop risks sz. Fetus exposed 1st trim: urgent FMU "
         "r/v + detailed anomaly scan; folic acid 5mg started.",
   ov="Valproate 500mg BD cont pending urgent neuro r/v (don't stop - sz risk). Fetal exposure 1st trim: "
      "FMU + anomaly scan, folic acid 5mg started.")
ok("valp-neurologist-voice", "ok-psychiatrist", VA, "specialist prose (neurology-style) for valproate",
   sed="no",
   cap="Juvenile myoclonic epilepsy, seizure-free for two years on sodium valproate 1 g daily; previous "
       "attempts at lamotrigine failed. Uncontrolled seizures in pregnancy carry risks of injury, status "
       "epilepticus and SUDEP.",
   ss="Valproate does not sedate her at this dose. Should seizures recur after birth, she must not bathe "
      "the baby alone or sleep with the baby in her bed.",
   summary="The pregnancy has had first-trimester valproate exposure: major congenital malformation risk is "
           "about 10% (neural tube defects, cardiac and facial anomalies), and neurodevelopmental disorders "
           "affect up to 30 to 40% of exposed children.",
   bf="Valproate transfers into milk in low amounts; breastfeeding is usually possible and will be "
      "discussed once the antenatal treatment plan is settled.",
   recs="Do not stop valproate abruptly. Urgent review by the epilepsy service to consider a switch, and "
        "referral to fetal medicine for early and detailed scanning. High-dose folic acid started. The "
        "annual risk acknowledgement form was signed in November 2025.",
   concl="Sodium valproate must continue until the epilepsy specialist reviews her urgently, because "
         "stopping risks seizures. The fetus has been exposed during organogenesis, so fetal medicine "
         "review and a detailed anomaly scan are needed; folic acid 5 mg has started.",
   ov=VA_OV)
ok("valp-midwife", "ok-midwife", VA, "midwife's booking-visit voice",
   sed="no",
   cap="Booked at 8 weeks; shocked by the pregnancy but wants to continue it. No fits for two years on "
       "valproate.",
   ss="Valproate doesn't make her drowsy. If fits come back after birth she shouldn't bath the baby alone "
      "or have the baby in her bed.",
   summary="Valproate in early pregnancy: about 1 in 10 chance of a major problem like spina bifida, and "
           "higher chance of learning or development problems later.",
   bf="Breastfeeding is usually possible on valproate; we will talk about it again later in pregnancy.",
   recs="She mustn't stop valproate suddenly. Urgent referrals to neurology and to the fetal medicine "
        "clinic done; folic acid 5 mg started today.",
   concl="Valproate continues for now (stopping could bring on fits) until neurology sees her urgently. "
         "The baby was exposed early on, so she has a fetal medicine appointment and detailed scans; folic "
         "acid 5 mg started.",
   ov=VA_OV)
ok("valp-pharmacist", "ok-pharmacist", VA, "pharmacist and the PPP",
   sed="no",
   cap="Sodium valproate 500 mg gastro-resistant tablets, one twice daily since 2024-03-11; adherent.",
   ss="No sedation at 1 g daily; no safe sleep concern unless seizures recur.",
   summary="Teratogenic: major malformations in about 11% and neurodevelopmental disorders in 30-40% after "
           "first-trimester exposure; dose-dependent.",
   bf="Milk levels low (RID under 7%); breastfeeding generally compatible; monitor the infant for jaundice "
      "and bruising.",
   recs="Pregnancy prevention programme: ARAF on file (2025-11-04); pregnancy now unplanned - MHRA "
        "guidance: do not stop abruptly, urgent specialist review. Folic acid 5 mg daily.",
   concl="Valproate is continued pending urgent specialist review because abrupt withdrawal risks seizures; "
         "the unborn baby was exposed in the first trimester, so fetal medicine review and detailed scanning "
         "follow; folic acid 5 mg started.",
   ov=VA_OV)
ok("valp-plain-english", "ok-plain-english", VA, "plain English for the woman herself",
   sed="no",
   cap="She has had no fits for two years on valproate. Stopping it suddenly could bring fits back.",
   ss="It does not make her sleepy. If she has fits again after the baby is born, someone else should bath "
      "the baby and the baby should not sleep in her bed.",
   summary="Valproate taken in early pregnancy can harm the unborn baby's body and later learning. The baby "
           "needs special scans.",
   bf="Breastfeeding is usually possible. The specialists will advise nearer the time.",
   recs="Don't stop valproate. The epilepsy doctor will see her soon. Folic acid 5 mg every day.",
   concl="Keep taking valproate until the epilepsy doctor sees her very soon, because stopping could cause "
         "fits. The unborn baby needs special scans because of valproate in early pregnancy; folic acid "
         "started.",
   ov=VA_OV)
ok("valp-bullets", "ok-bullets", VA, "bulleted valproate assessment",
   sed="no",
   cap="- Seizure-free 2 years\n- Sudden stop = seizure risk",
   ss="- Not sedating\n- If seizures return: no bathing baby alone, no bed-sharing",
   summary="- 1st trimester exposure\n- ~1 in 10 major malformation\n- Up to 4 in 10 developmental",
   bf="- Usually possible\n- Specialist advice later",
   recs="- Don't stop abruptly\n- Urgent neurology + fetal medicine\n- Folic acid 5 mg",
   concl="- Valproate continues until urgent neurology review\n- Fetus exposed: fetal medicine + anomaly "
         "scan\n- Folic acid 5 mg started",
   ov="- Valproate continues (do not stop abruptly)\n- Urgent neurology review\n- Fetal medicine + "
      "detailed anomaly scan\n- Folic acid 5 mg")
ok("valp-long-sentences", "ok-long-sentences", VA, "long bracketed sentences",
   sed="no",
   cap="She has epilepsy (seizure-free for two years on valproate, after lamotrigine failed), and stopping "
       "valproate suddenly (as she wondered about today) would risk seizures, including status epilepticus, "
       "dangerous to her and the pregnancy.",
   ss="Valproate (at 1 g a day) does not sedate her, but if seizures return after birth she should not "
      "bath the baby alone (or sleep with the baby in her bed).",
   summary="The baby (exposed to valproate through the first eight weeks) has about a 1 in 10 chance of a "
           "major malformation (such as spina bifida) and up to a 4 in 10 chance of later developmental "
           "difficulties.",
   bf="Breastfeeding (usually possible on valproate) will be discussed once neurology and maternity have "
      "agreed the plan.",
   recs="Valproate continues (not stopped abruptly), urgent neurology and fetal medicine referrals went "
        "today, and folic acid (5 mg) started.",
   concl="Valproate continues (stopping risks seizures) until the urgent neurology review, and the baby, "
         "exposed in the first trimester, needs fetal medicine review and a detailed anomaly scan, with "
         "folic acid 5 mg started today.",
   ov=VA_OV)
ok("valp-cites-documents", "ok-cites-documents", VA, "cites the ARAF and referral letters",
   sed="no",
   cap="Neurology clinic letter (2025-11-04): seizure-free on valproate; ARAF signed that day.",
   ss="Not sedating; if seizures recur, no bathing the baby alone and no bed-sharing.",
   summary="Per the MHRA valproate guidance: about 10% major malformations and 30-40% neurodevelopmental "
           "disorders after first-trimester exposure.",
   bf="Usually possible; the referral letter asks neurology to confirm.",
   recs="Referral letters to neurology and fetal medicine sent today (copies in the GP record); do not stop "
        "valproate; folic acid 5 mg daily.",
   concl="The referral letters are sent, and the conclusion is: valproate continues until the urgent "
         "neurology review (never stopped abruptly), and the first-trimester exposure means fetal medicine "
         "review and a detailed anomaly scan for the baby; folic acid 5 mg started.",
   ov=VA_OV)
ok("valp-numbers-dates", "ok-numbers-dates", VA, "dates and doses throughout",
   sed="no",
   cap="500 mg BD since 2024-03-11; last seizure 2024-04. 8+0 weeks on 2026-05-20.",
   ss="Non-sedating at 1 g/day. If seizures recur: no solo bathing of the baby, no bed-sharing.",
   summary="LMP-dated 8+0 weeks: exposure through organogenesis. Major malformation ~10%; neurodevelopmental "
           "30-40%.",
   bf="Decision deferred to 34 weeks when the treatment plan is known; usually compatible.",
   recs="Neurology within 2 weeks; fetal medicine at 12-14 weeks and anomaly scan at 18-20 weeks; folic acid "
        "5 mg to 12 weeks at least.",
   concl="Valproate 500 mg BD continues until neurology (within 2 weeks). Fetal medicine at 12-14 weeks and "
         "detailed anomaly scan at 18-20 weeks for the exposed baby; folic acid 5 mg started 2026-05-20.",
   ov="Valproate 1 g/day continues pending neurology within 2 weeks; do not stop abruptly. Baby: fetal "
      "medicine at 12-14 weeks, anomaly scan at 18-20 weeks; folic acid 5 mg from 2026-05-20.")

# ============================================================================================================
# MUST PASS: diazepam and pregabalin, one joint assessment (postnatal, foster placement, bottle fed).

DP_OV = ("Diazepam and pregabalin continue for now with a slow diazepam taper planned. Both sedate: no bed, "
         "sofa or armchair sharing, and the foster carer does night feeds. The baby may show late withdrawal "
         "up to day 8; carer and health visitor watch for it.")

ok("dzpg-terse-gp", "ok-terse-gp", FA, "GP shorthand, both medicines named",
   sed="yes",
   cap="Diazepam 5mg TDS + pregabalin 150mg BD. Combined sedation, worst 1-2h post dose + nocte. Cared for "
       "baby on ward w/ prompting.",
   ss="NO co-sleeping/sofa/armchair. No feeding lying down. Cot in FC's room; FC does night feeds.",
   summary="In-utero diazepam + pregabalin. NAS obs 5d, mild d3, no Rx. NFE normal.",
   nwp="FC + HV watch late signs to d8; NNU if poor feeding, inconsolable, tremor.",
   bf="Bottle fed.",
   recs="Don't stop either abruptly (diazepam: sz risk). Slow diazepam taper from 6/52 r/v. Weekly Rx. "
        "Changes -> SW/FC/HV same wk.",
   concl="Diazepam + pregabalin cont for now. Both sedate: no co-sleeping, no feeding lying down; FC does "
         "nights. Baby: late NAS signs poss. to d8 - FC/HV watch. Diazepam taper planned.",
   ov="Diazepam + pregabalin: cont, diazepam taper from 6/52. Sedation = no bed/sofa sharing, FC nights. "
      "Baby: late NAS to d8, bottle fed.")
ok("dzpg-plain-english-carer", "ok-plain-english", FA, "health visitor writing for the foster carer",
   sed="yes",
   cap="Mum takes diazepam and pregabalin. Together they make her very drowsy, especially for an hour or "
       "two after each dose and at night. She can look after the baby in the day with someone nearby.",
   ss="Please never let mum fall asleep with the baby in a bed, on the sofa or in an armchair, and don't let "
      "her feed the baby lying down. The baby sleeps in the cot in your room and you do the night feeds.",
   summary="The baby got used to these medicines before birth, so may have withdrawal: shaking, crying that "
           "won't settle, poor feeding or poor sleep.",
   nwp="The baby was watched in hospital for 5 days. You and the health visitor keep watching until day 8. "
       "Ring the neonatal unit if the baby feeds badly, can't be settled or shakes.",
   bf="The baby has formula, so the medicines don't reach the baby through milk.",
   recs="Mum must not stop either medicine suddenly. The GP will slowly reduce the diazepam after the "
        "6-week check. Any change will be passed to you, the social worker and the health visitor.",
   concl="Diazepam and pregabalin make mum drowsy, so she never sleeps with the baby in a bed or on the sofa "
         "and you do the night feeds. Watch the baby for withdrawal until day 8. Both medicines carry on for "
         "now, with the diazepam reduced slowly later.",
   ov="Diazepam and pregabalin continue for now. Mum must not share a bed, sofa or armchair with the baby; "
      "the foster carer does night feeds. Watch the baby for withdrawal signs until day 8.")
ok("dzpg-pharmacist", "ok-pharmacist", FA, "pharmacist on two sedatives together",
   sed="yes",
   cap="Diazepam 5 mg three times daily (long half-life, active metabolite desmethyldiazepam) with pregabalin "
       "150 mg twice daily: additive CNS depression; peak drowsiness 1-2 hours post-dose.",
   ss="Additive sedation: no bed, sofa or armchair sharing; no night feeds by the mother; the cot is in the "
      "foster carer's room.",
   summary="Third-trimester exposure to both: neonatal withdrawal (benzodiazepine onset can be delayed by "
           "diazepam's long half-life), floppy infant syndrome, and pregabalin's small malformation signal "
           "(5.6% vs 4.1%); newborn examination normal.",
   nwp="Five days of inpatient scoring completed (mild signs day 3, no treatment). Late signs possible to "
       "day 8 because of diazepam's long half-life: carer and health visitor to observe.",
   bf="Formula fed; no milk exposure.",
   recs="No abrupt discontinuation (benzodiazepine withdrawal seizures; pregabalin withdrawal). Diazepam "
        "reduction of 1-2 mg every 2 weeks from the 6-week review. Weekly dispensing.",
   concl="Continue diazepam 5 mg TDS and pregabalin 150 mg BD for now, with a diazepam taper from 6 weeks. "
         "Additive sedation means no co-sleeping and no night feeds by the mother; the baby may withdraw "
         "late, to day 8.",
   ov=DP_OV)
ok("dzpg-bullets", "ok-bullets", FA, "bulleted joint assessment",
   sed="yes",
   cap="- Diazepam 5 mg x3/day\n- Pregabalin 150 mg x2/day\n- Drowsy after doses and at night",
   ss="- No bed/sofa/armchair with baby\n- No feeding lying down\n- Foster carer does night feeds",
   summary="- Exposed to both before birth\n- Withdrawal possible to day 8",
   nwp="- 5 days ward observation done\n- Carer + HV watch to day 8\n- Call neonatal unit if worried",
   bf="- Bottle fed",
   recs="- Don't stop suddenly\n- Slow diazepam reduction from 6 weeks\n- Weekly prescriptions",
   concl="- Diazepam and pregabalin continue\n- Sedation: no co-sleeping, carer does nights\n- Baby: watch "
         "withdrawal to day 8",
   ov="- Diazepam + pregabalin continue; diazepam taper later\n- No co-sleeping; carer does night feeds\n"
      "- Baby: late withdrawal watch to day 8")
ok("dzpg-long-sentences", "ok-long-sentences", FA, "long sentences, both named",
   sed="yes",
   cap="Diazepam (5 mg three times a day) and pregabalin (150 mg twice a day), taken together, leave her "
       "drowsy (worst for an hour or two after each dose, and at night), though she has fed and changed the "
       "baby on the ward with prompting.",
   ss="She must never share a bed, sofa or armchair with the baby (nor feed lying down), and the baby "
      "sleeps in a cot in the foster carer's room, where the carer (not the mother) does the night feeds.",
   summary="The baby, exposed to diazepam and pregabalin throughout pregnancy, may show withdrawal "
           "(irritability, tremor, poor feeding) until about day 8, and the newborn check was normal.",
   nwp="After five days on the ward (mild signs on day 3, no treatment), the foster carer and health "
       "visitor watch for late signs until day 8, calling the neonatal unit if worried.",
   bf="The baby is bottle fed (by choice), so neither medicine reaches the baby in milk.",
   recs="Neither medicine is stopped suddenly (diazepam withdrawal can cause seizures), the diazepam is "
        "reduced slowly after the 6-week review, and every change goes to the social worker, foster carer "
        "and health visitor.",
   concl="Diazepam and pregabalin (both sedating) continue for now, which means no co-sleeping and the "
         "foster carer doing night feeds, while the baby (who may withdraw late) is watched until day 8.",
   ov=DP_OV)
ok("dzpg-cites-documents", "ok-cites-documents", FA, "mentions the care plan and discharge summary",
   sed="yes",
   cap="Discharge summary (2026-06-13) notes drowsiness on diazepam and pregabalin; I saw the same today.",
   ss="As in the placement safety plan, and stated here: no bed, sofa or armchair sharing, no feeding lying "
      "down, cot in the foster carer's room, carer does night feeds.",
   summary="The neonatal discharge letter records mild withdrawal on day 3 and a normal newborn check.",
   nwp="Per the neonatal discharge letter, and as the plan here: carer and health visitor watch for late "
       "withdrawal to day 8; neonatal unit number on the fridge.",
   bf="Bottle fed.",
   recs="Care plan review on 2026-07-20 will revisit this; until then, no sudden stopping and weekly "
        "prescriptions; diazepam taper from 6 weeks.",
   concl="The placement plan and discharge letters agree with this conclusion: diazepam and pregabalin "
         "continue, both sedate so there is no co-sleeping and the foster carer does night feeds, and the "
         "baby is watched for late withdrawal until day 8.",
   ov=DP_OV)
ok("dzpg-numbers-dates", "ok-numbers-dates", FA, "times, doses and dates",
   sed="yes",
   cap="Diazepam 5 mg at 08:00, 14:00, 20:00; pregabalin 150 mg at 08:00 and 20:00. Drowsiest 20:00-23:00.",
   ss="From 20:00 to 08:00 the foster carer does all feeds; no bed/sofa/armchair sharing at any time.",
   summary="Born 2026-06-08; exposure throughout. Withdrawal scores peaked at 7 on day 3.",
   nwp="Ward observation 2026-06-08 to 2026-06-13; late-sign watch to 2026-06-16 (day 8).",
   bf="Formula feeding.",
   recs="Neither stopped suddenly. Diazepam down by 1 mg every 14 days from the 6-week review (around "
        "2026-07-20); pregabalin review after.",
   concl="Diazepam 15 mg/day and pregabalin 300 mg/day continue; foster carer does all feeds 20:00-08:00; "
         "no co-sleeping; baby watched for withdrawal to 2026-06-16 (day 8).",
   ov="Diazepam and pregabalin continue (diazepam taper from about 2026-07-20). No co-sleeping; carer does "
      "night feeds. Baby: withdrawal watch to day 8 (2026-06-16).")
ok("dzpg-midwife", "ok-midwife", FA, "community midwife's postnatal visit voice",
   sed="yes",
   cap="Day 5 visit at the placement. Mum drowsy mid-morning after her diazepam and pregabalin but engaging "
       "with the baby, changing and winding with the carer beside her.",
   ss="Went through safe sleep again with mum and the carer: no bed or sofa sharing, never feed lying down; "
      "cot in the carer's room.",
   summary="Baby feeding well on formula today; some mild tremor on day 3 in hospital.",
   nwp="I'll visit day 8; carer to ring the neonatal unit or me if feeding drops off or baby is shaky or "
       "can't be settled.",
   bf="Formula fed.",
   recs="Mum not to stop her tablets on her own. GP plans to cut the diazepam down slowly.",
   concl="Diazepam and pregabalin carry on for now and make mum drowsy, so no co-sleeping and the carer does "
         "nights; I'm watching the baby for late withdrawal until day 8.",
   ov=DP_OV)
ok("dzpg-psychiatrist", "ok-psychiatrist", FA, "psychiatric formulation of a joint assessment",
   sed="yes",
   cap="Generalised anxiety disorder with benzodiazepine dependence; diazepam and pregabalin together "
       "produce clinically evident sedation that limits her capacity for unsupervised night-time care, "
       "though daytime interaction with the baby is warm and attuned.",
   ss="Given the combined sedation she must never share a sleep surface (bed, sofa, armchair) with the "
      "baby, and night care falls to the foster carer, in whose room the cot is placed.",
   summary="Prolonged intrauterine exposure to both agents confers a risk of neonatal withdrawal, which may "
           "be delayed, and of transient hypotonia; the newborn examination was normal.",
   nwp="Inpatient observation completed over five days; community observation by the carer and health "
       "visitor continues until day 8.",
   bf="Formula feeding was her choice.",
   recs="Abrupt cessation would risk seizures and a resurgence of anxiety; a gradual diazepam reduction "
        "should follow the 6-week review, with pregabalin reviewed afterwards.",
   concl="Diazepam and pregabalin should continue in the short term with a planned diazepam reduction; "
         "their combined sedation means no co-sleeping and night care by the foster carer, and the baby "
         "remains under observation for late withdrawal to day 8.",
   ov=DP_OV)

# ============================================================================================================
# MUST PASS: the father's quetiapine (postnatal, mixed feeding; the mother takes paracetamol).

Q_OV = ("The mother's paracetamol raises no concern. The father's quetiapine 300 mg at night sedates him "
        "heavily: he does not share a bed, sofa or armchair with the baby or do night feeds after his dose. "
        "The health visitor checks the sleeping arrangements.")

ok("quet-terse-gp", "ok-terse-gp", PA, "GP shorthand for the father's medicine",
   sed="yes",
   cap="Dad: quetiapine 300mg nocte for BPAD. Well. V. hard to rouse for hrs post dose.",
   ss="Dad: no co-sleeping in bed/sofa/armchair; no night feeds after dose. Mum does nights; baby in "
      "next-to-me crib her side.",
   summary="Baby not exposed (dad's med). Risk = SUDI from co-sleeping w/ sedated adult.",
   bf="N/A for BF - dad's med; mum mixed feeding on paracetamol only.",
   recs="HV to check sleep set-up each visit to 8/52. Dad's GP to tell HV of dose/timing change. Don't stop "
        "quetiapine abruptly (relapse).",
   concl="Dad's quetiapine 300mg nocte -> heavily sedated at night: no co-sleeping w/ dad, no night feeds "
         "by him. Mum does nights, baby in own crib; HV to check.",
   ov="Mum: paracetamol only, no concern. Dad: quetiapine 300mg nocte = heavy sedation -> no co-sleeping, "
      "no night feeds by dad; crib her side; HV checks.")
ok("quet-hv-plain", "ok-plain-english", PA, "health visitor in plain English",
   sed="yes",
   cap="Daniel takes quetiapine every night for bipolar disorder. It works well, but after his tablets he "
       "sleeps very deeply and is hard to wake for several hours.",
   ss="Daniel must never fall asleep with the baby in bed, on the sofa or in a chair, and he does not do "
      "night feeds after his tablets. Mum does the night feeds; the baby sleeps in the crib on her side.",
   summary="The baby does not take in any of Daniel's medicine. The danger is the baby sleeping next to "
           "someone who is too deeply asleep to wake.",
   bf="Daniel's medicine does not affect breastfeeding; mum breast and bottle feeds.",
   recs="I will check where the baby sleeps at every visit for 8 weeks. Daniel should keep taking his "
        "medicine (stopping could make him unwell) and tell his GP if the time or dose changes.",
   concl="Daniel's night-time quetiapine makes him too sleepy to care for the baby at night, so he never "
         "shares a bed or sofa with the baby and mum does the night feeds; I will keep checking the sleeping "
         "arrangements.",
   ov=Q_OV)
ok("quet-psychiatrist", "ok-psychiatrist", PA, "the father's psychiatrist",
   sed="yes",
   cap="Mr Whitfield has bipolar affective disorder, stable on quetiapine 300 mg at night since October; "
       "the dose produces marked sedation for six to eight hours, during which he would not reliably wake "
       "to an infant.",
   ss="He must not share any sleep surface with the baby and should not undertake night feeds or night "
      "care after his dose; the baby sleeps in a bedside crib next to the mother, who does the night feeds.",
   summary="There is no pharmacological exposure of the baby; the risk is sudden unexpected death in "
           "infancy from sharing a sleep surface with a heavily sedated adult.",
   bf="Not relevant to feeding: the medicine is the father's and the baby is not exposed through milk.",
   recs="Quetiapine continues; abrupt discontinuation would risk relapse. If the mother becomes unwell and "
        "he must provide night care, the timing of his dose should be reviewed with us first.",
   concl="The father's quetiapine continues; because of its heavy night-time sedation he must not share a "
         "bed, sofa or armchair with the baby or do night care after his dose, and the baby sleeps in the "
         "mother's bedside crib.",
   ov=Q_OV)
ok("quet-midwife", "ok-midwife", PA, "midwife's home visit, father's medicine",
   sed="yes",
   cap="Dad is well and hands-on in the day. He takes quetiapine at 10pm and says he is out for the count "
       "till morning.",
   ss="Talked with both: dad never sleeps with the baby in bed or on the sofa, and doesn't do night feeds "
      "after his tablet. Crib is on mum's side.",
   summary="Baby isn't exposed to dad's tablets; the risk is co-sleeping with a sedated adult.",
   bf="Mum is mixed feeding; dad's medicine doesn't affect that.",
   recs="Health visitor to check the crib and sleeping set-up. Dad keeps taking quetiapine as prescribed - "
        "stopping it suddenly could make him unwell.",
   concl="Dad's quetiapine at 10pm knocks him out till morning, so he doesn't do night feeds or share a bed "
         "or sofa with the baby; the crib is on mum's side.",
   ov=Q_OV)
ok("quet-bullets", "ok-bullets", PA, "bulleted father's assessment",
   sed="yes",
   cap="- Father: quetiapine 300 mg at night\n- Bipolar, well\n- Very hard to wake after dose",
   ss="- No bed/sofa/armchair sharing with baby\n- No night feeds by father\n- Crib on mother's side",
   summary="- Baby not exposed\n- Risk: co-sleeping with sedated adult",
   bf="- Not affected: father's medicine",
   recs="- HV checks sleep set-up every visit\n- Don't stop quetiapine suddenly\n- GP tells HV of changes",
   concl="- Father's quetiapine sedates him at night\n- No co-sleeping with him; no night feeds by him\n"
         "- Baby sleeps in own crib",
   ov="- Mother: paracetamol, no concern\n- Father: quetiapine, heavy night sedation\n- No co-sleeping "
      "with father; mother does night feeds\n- HV checks crib")
ok("quet-long-sentences", "ok-long-sentences", PA, "one long bracketed sentence per answer",
   sed="yes",
   cap="The father (who takes quetiapine 300 mg at about 10 pm for bipolar disorder, and has been well on "
       "it) shares the baby's care in the day but, after his dose, is hard to wake for several hours.",
   ss="After his dose he must never share a bed, sofa or armchair with the baby (or do night feeds), and "
      "the baby sleeps in a next-to-me crib on the mother's side (where the mother does night feeds).",
   summary="The baby (not exposed to the father's medicine) is at risk only from co-sleeping with a heavily "
           "sedated adult, which the plan prevents.",
   bf="Not relevant (the father's medicine does not reach the baby), and the mother's mixed feeding goes "
      "on.",
   recs="The health visitor (who has seen the crib) checks the sleeping arrangements at each visit, and the "
        "father (who should not stop quetiapine suddenly) tells his GP of any change.",
   concl="The father's quetiapine (300 mg at night) leaves him too sedated for night care, so he never "
         "shares a bed or sofa with the baby, the mother does the night feeds, and the health visitor "
         "(who has seen the crib) keeps checking.",
   ov=Q_OV)
ok("quet-cites-documents", "ok-cites-documents", PA, "cites the CMHT letter and HV notes",
   sed="yes",
   cap="CMHT letter (2025-10-13) confirms quetiapine 300 mg nocte; his partner reports he is very hard to "
       "wake at night.",
   ss="As in the HV new birth visit notes, and here in full: no sharing a bed, sofa or armchair with the "
      "baby, no night feeds by him after his dose; crib on the mother's side.",
   summary="Per the CMHT, no interaction with the baby's care by day; the night-time risk is co-sleeping "
           "while sedated.",
   bf="The baby is not exposed through milk: the medicine is the father's.",
   recs="CMHT to let the GP and health visitor know of any dose or timing change; he should not stop it "
        "suddenly.",
   concl="Whatever the CMHT letter adds, the conclusion here is: the father's quetiapine sedates him heavily "
         "at night, so he does no night feeds and never shares a bed or sofa with the baby, who sleeps in "
         "the crib beside the mother.",
   ov=Q_OV)
ok("quet-numbers-dates", "ok-numbers-dates", PA, "times and dates",
   sed="yes",
   cap="Quetiapine 300 mg at 22:00 since 2025-10-13; hard to wake 22:30-06:30.",
   ss="22:00-07:00: father does no feeds and never sleeps with the baby on a bed, sofa or armchair; crib on "
      "the mother's side, seen 2026-05-28.",
   summary="No exposure of the baby; risk is SUDI from co-sleeping 22:30-06:30.",
   bf="Father's medicine: feeding unaffected.",
   recs="HV checks sleeping arrangements at 2, 4, 6 and 8 weeks; GP to tell HV of any change; no abrupt stop.",
   concl="Father's quetiapine 300 mg at 22:00 makes him hard to wake until about 06:30: no night feeds by "
         "him and no co-sleeping; crib by the mother, checked by the HV at 2-8 weeks.",
   ov="Mother: paracetamol only. Father: quetiapine 300 mg at 22:00, sedated until about 06:30 - no "
      "co-sleeping and no night feeds by him; HV checks the crib at 2, 4, 6 and 8 weeks.")

# A different partner medicine swapped in, every answer written for it.


def partner_swap(mid: str, name: str, dose: str, *, ov: str, **texts: str) -> Mutation:
    new = medicine(mid, name, dose, "2024-02-05", other_prescriber({"ods_code": "Y90005", "name": "Elm Park Surgery"}),
                   taken_by="partner", last_changed="2025-10-13")
    return chain(replace_medicine("med-partner-quetiapine", new), whole(PA, **texts), overall(ov))


add("w4-partner-mirtazapine", "ok-partner", PASS, P, partner_swap(
    "med-partner-mirtazapine", "Mirtazapine 45mg tablets", "45 mg at night",
    sed="yes",
    cap="The father takes mirtazapine 45 mg at night for depression; he sleeps heavily and is slow to wake for "
        "several hours after it.",
    ss="He does not share a bed, sofa or armchair with the baby after his dose and does no night feeds; the "
       "baby sleeps in the crib by the mother.",
    summary="The baby is not exposed to his mirtazapine; the risk is co-sleeping with a deeply asleep adult.",
    bf="Feeding unaffected: the mirtazapine is the father's.",
    recs="Keep taking mirtazapine (stopping suddenly risks relapse and discontinuation symptoms); HV checks "
         "the crib at each visit.",
    concl="The father's mirtazapine 45 mg makes him sleep heavily: no co-sleeping with him on a bed or sofa "
          "and no night feeds by him; the baby sleeps in the mother's crib.",
    ov="The mother's paracetamol raises no concern. The father's mirtazapine at night means no co-sleeping "
       "with him and no night feeds by him; the health visitor checks the crib."),
    "a partner's mirtazapine assessed for sleep in every answer")
add("w4-partner-pregabalin", "ok-partner", PASS, P, partner_swap(
    "med-partner-pregabalin", "Pregabalin 150mg capsules", "150 mg twice a day",
    sed="yes",
    cap="Dad takes pregabalin 150mg BD for nerve pain after a back injury; drowsy in the evenings.",
    ss="Dad: no dozing with the baby on the sofa or in bed; mum does the night feeds; crib by mum's side.",
    summary="Baby not exposed (dad's medicine). Risk is falling asleep with the baby on a sofa or bed.",
    bf="Dad's pregabalin does not affect the mother's feeding.",
    recs="Dad not to stop pregabalin suddenly; GP to review the dose. HV to recheck sleep set-up.",
    concl="Dad's pregabalin makes him drowsy in the evenings, so no dozing with the baby on the sofa or in "
          "bed, and mum does night feeds; baby sleeps in the crib.",
    ov="Mother on paracetamol only. Father's pregabalin: evening drowsiness, so no sofa or bed sharing with "
       "the baby and no night feeds by him; HV rechecks the crib."),
    "a partner's pregabalin assessed for sleep")
add("w4-partner-zopiclone", "ok-partner", PASS, P, partner_swap(
    "med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night when needed",
    sed="yes",
    cap="Partner uses zopiclone 7.5 mg on about three nights a week for insomnia; on those nights he is "
        "heavily asleep until morning.",
    ss="On any night he takes zopiclone he sleeps in the spare room, never with the baby in bed or on the "
       "sofa, and does no night care.",
    summary="No exposure to the baby; the danger is a sedated adult sharing the baby's sleep surface.",
    bf="Not affected: his medicine.",
    recs="GP to review and aim to stop the zopiclone gradually; HV to ask about zopiclone nights at each "
         "visit.",
    concl="On zopiclone nights the partner is heavily asleep, so he sleeps in the spare room, never shares a "
          "bed or sofa with the baby and does no night care.",
    ov="The mother's paracetamol is no concern. The partner's zopiclone: on nights he takes it he sleeps in "
       "the spare room and does no night care; no co-sleeping with him."),
    "a partner's hypnotic assessed with where he sleeps")
add("w4-partner-methadone", "ok-partner", PASS, P, partner_swap(
    "med-partner-methadone", "Methadone 1mg/ml oral solution", "70 mg once daily, supervised",
    sed="yes",
    cap="The father is on methadone 70 mg daily through the drug service, stable, supervised; drowsy for a "
        "few hours after his morning dose.",
    ss="He never sleeps with the baby in bed or on the sofa, especially after his dose; the baby sleeps in "
       "the crib by the mother; methadone is locked in a box out of reach.",
    summary="No exposure of the baby to the father's methadone unless swallowed: accidental ingestion can "
            "kill a baby, so it is kept locked away. Co-sleeping with him is the other risk.",
    bf="Not relevant: father's medicine.",
    recs="Drug service to tell the health visitor of any dose change; lockable box seen by the HV; he should "
         "not stop methadone abruptly.",
    concl="The father's methadone 70 mg sedates him after his dose: no co-sleeping with him, the crib stays "
          "by the mother, and the methadone is locked away from the baby.",
    ov="Mother: paracetamol, no concern. Father: methadone, drowsy after dosing - no co-sleeping with him, "
       "crib by the mother, methadone locked away; HV checks both."),
    "a partner's methadone with safe storage and sleep")

# ============================================================================================================
# MUST PASS: citalopram (antenatal 32+1 weeks, template 1.0.0, breastfeeding planned).

CI_OV = ("Citalopram 20 mg continues through pregnancy and breastfeeding; the midwife watches the baby for "
         "neonatal adaptation signs in the first 48 hours and the GP reviews mood at 6 weeks.")

ok("cital-terse-gp", "ok-terse-gp", CA, "GP shorthand, citalopram",
   sed="no",
   cap="Anx/dep well controlled on citalopram 20mg. Relapsed within 6/52 of last stop attempt.",
   summary="Late preg SSRI: PPHN ~3/1000, adaptation sx (jittery, poor feeding, tachypnoea) 1st days.",
   nwp="MW obs for adaptation sx 1st 48h per local guideline; paeds r/v if persisting.",
   bf="BF compatible; watch for poor feeding.",
   recs="Cont 20mg. Maternity aware pre-delivery. GP r/v mood 6/52 PN.",
   concl="Cont citalopram 20mg - relapse risk > small baby risks (PPHN, adaptation). MW obs 48h; BF ok.",
   ov="Citalopram 20mg cont through preg + BF. MW watch baby 48h for adaptation sx; GP mood r/v 6/52.")
ok("cital-psychiatrist", "ok-psychiatrist", CA, "perinatal psychiatrist, citalopram",
   sed="no",
   cap="Mixed anxiety and depressive disorder, in remission on citalopram 20 mg; a trial discontinuation in "
       "2024 was followed by relapse within six weeks.",
   summary="Third-trimester SSRI exposure confers a small absolute risk of persistent pulmonary hypertension "
           "of the newborn and a higher but self-limiting risk of poor neonatal adaptation.",
   nwp="Neonatal observation for adaptation signs over the first 48 hours; paediatric review if they persist.",
   bf="Citalopram is compatible with breastfeeding, though sertraline transfers less; switching is not "
      "advised at this stage given the relapse history.",
   recs="Continue citalopram 20 mg; no taper before delivery. Mood review postnatally by the GP.",
   concl="Citalopram 20 mg should continue: relapse is the greater risk, the baby's small risks of pulmonary "
         "hypertension and adaptation signs will be observed for 48 hours, and breastfeeding is compatible.",
   ov=CI_OV)
ok("cital-midwife", "ok-midwife", CA, "midwife, citalopram",
   sed="no",
   cap="32 weeks, well, anxiety under control on citalopram. She relapsed the last time she stopped it.",
   summary="Baby may be jittery, breathe fast or feed poorly for the first day or two; tiny risk of a lung "
           "problem.",
   nwp="We'll check baby for jitteriness, breathing and feeding for 48 hours; paediatrician if it doesn't "
       "settle.",
   bf="Happy for her to breastfeed on citalopram.",
   recs="Keep taking citalopram. Alert on the maternity record.",
   concl="Citalopram carries on. Baby checked for 48 hours for jitters, breathing and feeding; breastfeeding "
         "supported.",
   ov=CI_OV)
ok("cital-pharmacist", "ok-pharmacist", CA, "pharmacist, citalopram",
   sed="no",
   cap="Citalopram 20 mg once daily since 2025-01-15 dose change; good adherence.",
   summary="PPHN absolute risk around 0.3%; poor neonatal adaptation syndrome in up to 30%, onset within "
           "hours, resolving by 2 weeks.",
   nwp="Observe 48 hours for adaptation (tremor, tachypnoea, hypoglycaemia, feeding difficulty).",
   bf="RID about 3-5%: compatible; monitor the baby for poor feeding.",
   recs="Maintain 20 mg; avoid abrupt cessation; review at 6 weeks postnatal.",
   concl="Citalopram 20 mg to continue; the baby is observed for adaptation signs for 48 hours; compatible "
         "with breastfeeding.",
   ov=CI_OV)
ok("cital-plain-english", "ok-plain-english", CA, "plain English, citalopram",
   sed="no",
   cap="Citalopram keeps her anxiety and low mood under control. Last time she stopped, she became unwell.",
   summary="For a day or two after birth the baby might be shaky, breathe fast or not feed well.",
   nwp="The midwife will keep an eye on the baby for two days after birth.",
   bf="She can breastfeed.",
   recs="Keep taking citalopram every day.",
   concl="Citalopram carries on. The midwife watches the baby for shakiness, fast breathing and poor feeding "
         "for two days; breastfeeding is fine.",
   ov=CI_OV)
ok("cital-bullets", "ok-bullets", CA, "bulleted citalopram assessment",
   sed="no",
   cap="- Citalopram 20 mg\n- Well\n- Relapsed when stopped before",
   summary="- PPHN ~3 in 1,000\n- Adaptation signs first days",
   nwp="- Midwife: 48-hour watch\n- Paediatric review if persisting",
   bf="- Compatible with breastfeeding",
   recs="- Continue\n- Maternity aware\n- GP mood review at 6 weeks",
   concl="- Citalopram continues\n- Baby: 48-hour adaptation watch\n- Breastfeeding supported",
   ov="- Citalopram 20 mg continues\n- Baby: adaptation watch 48 hours\n- Breastfeeding supported\n"
      "- GP mood review 6 weeks")
ok("cital-long-sentences", "ok-long-sentences", CA, "long bracketed sentences, citalopram",
   sed="no",
   cap="She has been well on citalopram (20 mg, unchanged since January 2025), and when she tried stopping "
       "it (in 2024) her anxiety and low mood came back within six weeks.",
   summary="The baby (exposed in late pregnancy) has a small risk of pulmonary hypertension and may, in the "
           "first days, be jittery, breathe fast or feed poorly.",
   nwp="The midwife (using the local guideline) watches for these signs for 48 hours, with a paediatric "
       "review if they persist.",
   bf="Breastfeeding (which she plans) is compatible with citalopram.",
   recs="Citalopram continues (not tapered), maternity are told before delivery, and the GP reviews mood (at "
        "the 6-week check).",
   concl="Citalopram (20 mg) continues, since relapse is the bigger risk, and the baby is watched (for 48 "
         "hours) for adaptation signs, with breastfeeding supported.",
   ov=CI_OV)
ok("cital-cites-documents", "ok-cites-documents", CA, "cites the booking letter, still concludes",
   sed="no",
   cap="Booking letter from the midwife (2025-10-02) notes anxiety on citalopram; stable since, and she "
       "relapsed within six weeks of stopping it in 2024.",
   summary="As the maternity medicines leaflet says: small PPHN risk, adaptation signs in the first days.",
   nwp="Local neonatal adaptation guideline: 48 hours of observation; paediatric review if persisting.",
   bf="SPS: compatible with breastfeeding.",
   recs="Maternity letter sent today; continue citalopram; GP review at 6 weeks.",
   concl="The maternity letter is sent, and the conclusion is: citalopram 20 mg continues, the baby is "
         "watched for adaptation signs for 48 hours, and breastfeeding is supported.",
   ov=CI_OV)
ok("cital-numbers-dates", "ok-numbers-dates", CA, "dates, weeks and doses, citalopram",
   sed="no",
   cap="20 mg daily since 2025-01-15; GAD-7 of 5 on 2026-02-10 at 32+1 weeks.",
   summary="PPHN about 3/1,000; adaptation signs in 20-30% within 48 h.",
   nwp="Observe 0-48 h after birth; paediatric review if signs beyond 48 h.",
   bf="Compatible; RID under 5%.",
   recs="20 mg to continue to EDD 2026-04-06 and after (relapse within 6 weeks of stopping in 2024); GP "
        "review at 6 weeks.",
   concl="Citalopram 20 mg continues past the EDD (2026-04-06); baby observed 0-48 h for adaptation signs; "
         "breastfeeding compatible.",
   ov="Citalopram 20 mg continues to 2026-04-06 and beyond; baby observed 48 h for adaptation; "
      "breastfeeding compatible; GP mood review at 6 weeks.")

# ============================================================================================================
# MUST PASS: medicines added to the postnatal nothing-concerning record and assessed (several jointly).

SHAH_AUTHOR = {
    "name": {"prefix": "Dr", "given": ["Priya"], "family": "Shah"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7012345"},
    "organisation": RIVERSIDE,
}


def n_joint(meds: list[tuple[str, str, str]], *, sed: str, cap: str, ss: str, summary: str, bf: str, recs: str,
            concl: str, ov: str, nwp: str | None = None) -> Mutation:
    """Medicines added to N (started after the birth) and assessed together, with an overall conclusion."""
    ids = [mid for mid, _, _ in meds]
    mother = {"sedation": sed, "parenting_capacity": cap, "safe_sleep": ss}
    baby = {"summary": summary, "breastfeeding": bf}
    if nwp is not None:
        baby["neonatal_withdrawal_plan"] = nwp
    return chain(
        edit(lambda d: d.setdefault("assessments", [])),
        *[add_medicine(medicine(mid, name, dose, "2026-04-03", gp_prescriber(RIVERSIDE))) for mid, name, dose in meds],
        add_assessment({"id": "asm-" + "-".join(i.removeprefix("med-") for i in ids), "medicine_ids": ids,
                        "impact_on_mother": mother, "impact_on_baby": baby, "recommendations": recs,
                        "conclusion": concl, "author": SHAH_AUTHOR, "date": "2026-04-09"}),
        set_("overall_conclusion", {"text": ov, "author": SHAH_AUTHOR, "date": "2026-04-09"}),
    )


add("w4-n-codeine-gp", "ok-terse-gp", PASS, N, n_joint(
    [("med-codeine", "Codeine phosphate 30mg tablets", "30 mg up to four times a day for 3 days")],
    sed="yes", cap="Post-CS pain. Codeine 30mg QDS x3/7. Mildly drowsy post dose.",
    ss="No co-sleeping/sofa while on codeine. Moses basket by bed.",
    summary="Codeine -> morphine in milk; ultra-rapid metabolisers risk infant resp. depression. Short course "
            "only.",
    bf="BF ok for max 3/7; stop + seek help if baby drowsy, floppy, poor feeding or breathing pauses.",
    recs="Max 3 days then paracetamol/ibuprofen. MW to check baby alertness d5.",
    concl="Codeine 30mg QDS max 3/7 while BF: MW checks baby for drowsiness/poor feeding at d5, stop if seen. "
          "No co-sleeping while on it.",
    ov="Paracetamol + lactulose no concern. Codeine 3/7 only while BF - baby watched for drowsiness; no "
       "co-sleeping during the course."),
    "a mother's short codeine course in GP shorthand")
add("w4-n-codeine-cyclizine-joint", "ok-joint", PASS, N, n_joint(
    [("med-codeine", "Codeine phosphate 30mg tablets", "30 mg four times a day for 3 days"),
     ("med-cyclizine", "Cyclizine 50mg tablets", "50 mg up to three times a day for 2 days")],
    sed="yes",
    cap="Codeine for caesarean wound pain and cyclizine for nausea, both for two to three days; together "
        "they make her drowsy.",
    ss="While taking codeine or cyclizine she must not fall asleep with the baby in bed, on the sofa or in a "
       "chair; baby in the Moses basket; partner does the night settling after doses.",
    summary="Both pass into breast milk in small amounts; codeine can make a breastfed baby drowsy and, "
            "rarely, stop breathing properly.",
    bf="Breastfeeding continues for the short course; stop both and seek help if the baby is sleepy, floppy "
       "or feeding poorly.",
    recs="Codeine at most 3 days, cyclizine at most 2 days; then paracetamol alone. Midwife checks the baby on "
         "day 5.",
    concl="Codeine (3 days) and cyclizine (2 days) together sedate her: no co-sleeping, partner settles the "
          "baby at night, and the breastfed baby is watched for sleepiness and poor feeding, stopping both if "
          "seen.",
    ov="Paracetamol and lactulose raise no concern. Codeine and cyclizine, short courses, sedate: no "
       "co-sleeping, baby watched for sleepiness while breastfeeding; midwife checks on day 5."),
    "two sedating medicines assessed together, each named")
add("w4-n-sertraline-started-pn", "ok-psychiatrist", PASS, N, n_joint(
    [("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily")],
    sed="no",
    cap="Postnatal depression diagnosed at one week; sertraline 50 mg started. She is caring for the baby "
        "well with her partner's support.",
    ss="Sertraline does not sedate her; household safe sleep advice given; Moses basket beside the bed.",
    summary="Started after birth, so no in-utero exposure and no adaptation signs expected; very little "
            "reaches the breastfed baby.",
    bf="Sertraline is the preferred antidepressant in breastfeeding; continue breastfeeding.",
    recs="Review in 2 weeks; do not stop abruptly; perinatal mental health referral if not improving by 4 "
         "weeks.",
    concl="Sertraline 50 mg for postnatal depression is compatible with breastfeeding; started after birth, "
          "so the baby needs no withdrawal watch; review in 2 weeks.",
    ov="Paracetamol and lactulose raise no concern. Sertraline started postnatally: breastfeeding continues, "
       "the baby was never exposed in the womb; mood review in 2 weeks."),
    "an SSRI started after birth, with why no withdrawal watch")
add("w4-n-oramorph-midwife", "ok-midwife", PASS, N, n_joint(
    [("med-oramorph", "Oramorph 10mg/5ml oral solution", "2.5 ml up to every 4 hours for 2 days")],
    sed="yes",
    cap="Oramorph on the ward after her caesarean, two days to go at home; feels woozy for an hour after a "
        "dose.",
    ss="No dozing with the baby in bed or on the sofa after a dose; baby back in the Moses basket after feeds.",
    summary="Morphine passes into breast milk in small amounts; can make the baby sleepy.",
    bf="Keep breastfeeding for the two days; ring us if the baby is hard to wake for feeds.",
    recs="Two days only, then paracetamol and ibuprofen. I'll check the baby's feeding at the day 5 visit.",
    concl="Oramorph for two more days while breastfeeding: watch the baby for sleepiness and poor feeding; "
          "no dozing with the baby in bed or on the sofa after a dose.",
    ov="Paracetamol and lactulose no concern. Oramorph for two days: breastfed baby watched for sleepiness; "
       "no co-sleeping after doses."),
    "a midwife's short oral morphine assessment")
add("w4-n-promethazine-pharmacist", "ok-pharmacist", PASS, N, n_joint(
    [("med-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night for 5 nights")],
    sed="yes",
    cap="Promethazine 25 mg at night for itch from a drug rash, 5 nights; marked next-morning hangover "
        "reported.",
    ss="Sedating antihistamine: no bed-sharing, no sofa sleeping with the baby; partner does night feeds "
       "from expressed milk on those five nights.",
    summary="Promethazine enters breast milk; sedating antihistamines can cause infant drowsiness or "
            "irritability.",
    bf="Short course acceptable; a non-sedating antihistamine (cetirizine) preferred after 5 nights; watch the "
       "baby for drowsiness.",
    recs="Five nights only; switch to cetirizine if itch persists.",
    concl="Promethazine for five nights only: the breastfed baby is watched for drowsiness, the partner does "
          "night feeds with expressed milk, and there is no bed-sharing on those nights.",
    ov="Paracetamol and lactulose no concern. Promethazine five nights: no bed-sharing, partner does night "
       "feeds; breastfed baby watched for drowsiness."),
    "a pharmacist's sedating antihistamine assessment")
add("w4-n-zopiclone-plain", "ok-plain-english", PASS, N, n_joint(
    [("med-zopiclone", "Zopiclone 3.75mg tablets", "3.75 mg at night for up to 5 nights")],
    sed="yes",
    cap="She was given zopiclone sleeping tablets for a few nights because she could not sleep. They make "
        "her very sleepy until morning.",
    ss="On the nights she takes it, she must not have the baby in her bed, and her partner does the night "
       "feeds with expressed milk. The baby sleeps in the Moses basket.",
    summary="A small amount gets into breast milk and could make the baby sleepy.",
    bf="She can keep breastfeeding in the day; her partner gives expressed milk at night on zopiclone nights.",
    recs="No more than 5 nights. The GP will see her about sleep and mood next week.",
    concl="Zopiclone for up to 5 nights makes her very sleepy: no baby in her bed, her partner does night "
          "feeds, and the baby is watched for sleepiness from breast milk.",
    ov="Paracetamol and lactulose are fine. Zopiclone for a few nights: partner does night feeds, no baby in "
       "her bed, baby watched for sleepiness."),
    "a short hypnotic course in plain English")
add("w4-n-gabapentin-ibuprofen-joint", "ok-joint", PASS, N, n_joint(
    [("med-gabapentin", "Gabapentin 300mg capsules", "300 mg three times a day"),
     ("med-dihydrocodeine", "Dihydrocodeine 30mg tablets", "30 mg up to four times a day for 3 days")],
    sed="yes",
    cap="Gabapentin restarted for sciatica after the birth, with dihydrocodeine for three days; the two "
        "together make her drowsy in the afternoons.",
    ss="No naps with the baby on the sofa or in bed; baby in the Moses basket; her mother stays for the "
       "three dihydrocodeine days.",
    summary="Gabapentin and dihydrocodeine both reach breast milk in small amounts; dihydrocodeine can make a "
            "breastfed baby drowsy.",
    bf="Breastfeeding continues; stop dihydrocodeine and seek help if the baby is sleepy or feeds poorly; "
       "gabapentin is compatible at this dose.",
    recs="Dihydrocodeine 3 days maximum; gabapentin reviewed at 6 weeks; not to be stopped suddenly.",
    concl="Gabapentin continues and dihydrocodeine is limited to 3 days: together they cause afternoon "
          "drowsiness, so no sofa or bed naps with the baby, and the breastfed baby is watched for "
          "sleepiness.",
    ov="Paracetamol and lactulose raise no concern. Gabapentin and dihydrocodeine: no co-sleeping while "
       "drowsy, baby watched for sleepiness while breastfeeding; dihydrocodeine stops after 3 days."),
    "a gabapentinoid and an opioid assessed jointly, both named")


add("w4-partner-diazepam", "ok-partner", PASS, P, partner_swap(
    "med-partner-diazepam", "Diazepam 5mg tablets", "5 mg twice a day",
    sed="yes",
    cap="The father takes diazepam 5 mg twice a day for anxiety (long term, GP-prescribed); drowsy in the "
        "evening after his second dose.",
    ss="After his evening diazepam he does not hold the baby on the sofa or sleep with the baby in bed; the "
       "mother does the night feeds and the baby sleeps in the crib on her side.",
    summary="The baby is not exposed to the father's diazepam; the danger is a drowsy adult falling asleep "
            "with the baby.",
    bf="Not relevant to feeding: his medicine.",
    recs="He must not stop diazepam suddenly (seizure and anxiety rebound risk); his GP plans a slow taper "
         "and will tell the health visitor of changes.",
    concl="The father's diazepam makes him drowsy in the evenings: no sofa or bed sharing with the baby and no "
          "night feeds by him; the baby sleeps in the mother's crib.",
    ov="The mother's paracetamol raises no concern. The father's evening diazepam: no co-sleeping with him "
       "on a bed or sofa and no night feeds by him; the HV checks the crib."),
    "a partner's benzodiazepine assessed for evening drowsiness and sleep")
add("w4-partner-olanzapine", "ok-partner", PASS, P, partner_swap(
    "med-partner-olanzapine", "Olanzapine 10mg tablets", "10 mg at night",
    sed="yes",
    cap="Partner on olanzapine 10mg nocte (schizophrenia, stable 3y, CMHT). Heavy sleeper after dose; "
        "struggles to wake before 08:00.",
    ss="No co-sleeping with partner in bed/sofa/armchair; no night feeds by him; crib by mum.",
    summary="Baby not exposed. Risk: SUDI if sharing a sleep surface with him while sedated.",
    bf="N/A to feeding - partner's med.",
    recs="CMHT: continue olanzapine (relapse risk if stopped); tell HV of any dose/timing change. HV to "
         "check crib each visit.",
    concl="Partner's olanzapine 10mg nocte sedates him until morning: no co-sleeping with him, no night feeds "
          "by him, crib by mum; HV checks.",
    ov="Mum: paracetamol, no concern. Partner: olanzapine nocte, sedated overnight - no co-sleeping, no "
       "night feeds by him; crib by mum."),
    "a partner's antipsychotic in GP shorthand, with the relapse risk")
add("w4-n-mirtazapine-hv", "ok-plain-english", PASS, N, n_joint(
    [("med-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night")],
    sed="yes",
    cap="Mirtazapine was started at night for low mood and poor sleep after the birth. She feels groggy in "
        "the morning for the first couple of weeks.",
    ss="She should not have the baby in her bed at night or nap with the baby on the sofa while she feels "
       "groggy. Her partner does the first night feed; the baby sleeps in the Moses basket.",
    summary="A small amount passes into breast milk. The baby was not exposed before birth.",
    bf="She can keep breastfeeding. Watch the baby for unusual sleepiness or poor feeding.",
    recs="Keep taking it every night; stopping suddenly can bring the low mood back. GP review in 2 weeks.",
    concl="Mirtazapine at night makes her groggy, so no baby in her bed or on the sofa with her and her "
          "partner does the first night feed; breastfeeding continues with the baby watched for sleepiness.",
    ov="Paracetamol and lactulose raise no concern. Mirtazapine: no co-sleeping while groggy, partner helps "
       "at night, breastfeeding continues with the baby watched for sleepiness."),
    "a health visitor's plain account of a sedating antidepressant started after birth")
add("w4-n-amitriptyline-pharmacist", "ok-pharmacist", PASS, N, n_joint(
    [("med-amitriptyline", "Amitriptyline 10mg tablets", "10 mg at night")],
    sed="yes",
    cap="Amitriptyline 10 mg at night restarted for migraine prophylaxis; mild morning drowsiness reported.",
    ss="Low-dose tricyclic: mild sedation at night, so no bed-sharing; baby in the Moses basket by the bed.",
    summary="Amitriptyline and nortriptyline reach milk in very small amounts; infant levels usually "
            "undetectable at 10 mg.",
    bf="Compatible with breastfeeding at 10 mg; watch the baby for drowsiness or poor feeding.",
    recs="Do not stop abruptly once established; review at 3 months.",
    concl="Amitriptyline 10 mg at night is compatible with breastfeeding, with the baby watched for "
          "drowsiness; mild night sedation means no bed-sharing, baby in the Moses basket.",
    ov="Paracetamol and lactulose raise no concern. Amitriptyline 10 mg: breastfeeding continues with the "
       "baby watched for drowsiness; no bed-sharing."),
    "a pharmacist's low-dose tricyclic assessment")
add("w4-m-both-plain-english", "ok-joint", PASS, M, both_m(
    {"sed": "yes", "cap": "She takes methadone every day and is doing well. It makes her sleepy for a few hours.",
     "ss": "The baby must never sleep in her bed or on the sofa with her after her dose. Cot in her room.",
     "summary": "The baby may have withdrawal after birth, usually from day 2 or 3.",
     "nwp": "The baby stays in hospital at least 3 days to be checked; the health visitor checks again to day 8.",
     "bf": "Breastfeeding is safe and good for the baby.",
     "recs": "She must not cut down on her own. The drug service will tell the midwife of changes.",
     "concl": "Methadone carries on. The baby is checked for withdrawal for at least 3 days; breastfeeding is "
              "encouraged; the baby sleeps in the cot because methadone makes her sleepy."},
    {"sed": "no", "cap": "Sertraline keeps her low mood away; when she stopped before, she became ill again.",
     "summary": "The baby might be shaky or breathe fast for a day or two.",
     "bf": "She can breastfeed while taking sertraline.",
     "recs": "Keep taking sertraline every day.",
     "concl": "Sertraline carries on. The midwife checks the baby for shakiness and fast breathing in the "
              "first days; breastfeeding is fine."},
    "Methadone and sertraline both carry on. The baby stays at least 3 days for checks; breastfeeding is "
    "encouraged; the baby always sleeps in the cot because methadone makes mum sleepy."),
    "both assessments in plain English")


# ============================================================================================================
# MUST REFUSE: whole assessments that look busy and say nothing.

LABEL = {MA: "methadone", SA: "sertraline", LA: "lithium", VA: "valproate", FA: "diazepam and pregabalin",
         PA: "quetiapine", CA: "citalopram"}
SEDATION = {MA: "yes", SA: "no", LA: "no", VA: "no", FA: "yes", PA: "yes", CA: "no"}
OVERALL_NAMES = {M: "methadone and sertraline", L: "lithium", V: "valproate", F: "diazepam and pregabalin",
                 P: "quetiapine and paracetamol", C: "citalopram"}

Template = Callable[[str], dict[str, str]]
OverallTemplate = Callable[[str], str]


def hollow_whole(aid: str, tmpl: Template, ov: OverallTemplate | None = None,
                 disguise: Callable[[str], str] | None = None) -> Mutation:
    """Every answer of one assessment filled from a template (the medicine's name put in), optionally
    disguised, with every item the assessment has written, and the overall conclusion too when given."""
    texts = tmpl(LABEL[aid])
    if disguise is not None:
        texts = {k: disguise(v) for k, v in texts.items()}
    muts = [whole(aid, sed=SEDATION[aid], cap=texts["cap"], ss=texts["ss"], summary=texts["summary"],
                  nwp=texts["nwp"], bf=texts["bf"], recs=texts["recs"], concl=texts["concl"])]
    if ov is not None:
        otext = ov(OVERALL_NAMES[ASM_OF[aid]])
        muts.append(overall(disguise(otext) if disguise else otext))
    return chain(*muts)


def t_process(med: str) -> dict[str, str]:
    return {
        "cap": f"Capacity in relation to {med} has been assessed in line with the relevant procedure and the "
               "outcome recorded on the system.",
        "ss": "Safe sleep has been reviewed as part of the standard assessment process and documented.",
        "summary": f"The impact of {med} on the baby has been considered and the assessment completed.",
        "nwp": "The neonatal plan has been reviewed and finalised through the usual process.",
        "bf": "Breastfeeding has been reviewed and documented in accordance with the pathway.",
        "recs": "Recommendations have been made, recorded and actioned in line with the protocol, and the "
                "record updated accordingly.",
        "concl": f"The {med} assessment has been completed in full, all relevant information has been gathered, "
                 "reviewed and documented, and the outcome has been recorded and uploaded in line with local "
                 "procedures and the agreed pathway.",
    }


def ov_process(meds: str) -> str:
    return (f"All assessments of {meds} have been completed, reviewed and signed off; the record is complete "
            "and has been uploaded and processed in line with the pathway.")


def t_who_told(med: str) -> dict[str, str]:
    return {
        "cap": f"Discussed {med} with the patient, her partner and the team.",
        "ss": "Health visitor informed. Midwife aware. Social worker updated by telephone.",
        "summary": "Paediatric team made aware by email. Neonatal unit notified.",
        "nwp": "Neonatal team aware and copied in.",
        "bf": "Infant feeding team informed.",
        "recs": "GP, midwife, health visitor and pharmacist all informed; copies of the letter sent to all "
                "parties.",
        "concl": f"Everyone involved has been told about the {med}: the midwife, health visitor, social worker, "
                 "paediatric team and pharmacist have all been informed and are aware, and the family has been "
                 "spoken to.",
    }


def ov_who_told(meds: str) -> str:
    return (f"All professionals have been informed about {meds}: midwife, health visitor, GP and social worker "
            "are aware, and the family have been told.")


def t_generic(med: str) -> dict[str, str]:
    return {
        "cap": f"Mum on {med}. Like every new parent she will need support and rest.",
        "ss": "Usual safe sleep advice given as for every family.",
        "summary": "All babies need love, warmth, feeding and regular checks.",
        "nwp": "Routine newborn care as for any baby.",
        "bf": "Usual feeding advice given as for all mothers.",
        "recs": "Attend all appointments, keep the baby warm, and contact the GP or 111 if worried.",
        "concl": f"With {med}, as for any family, the baby should be kept warm, fed regularly and cuddled, the "
                 "parents should attend every appointment, rest when they can and ring the GP or 111 if they "
                 "are ever worried.",
    }


def ov_generic(meds: str) -> str:
    return (f"For {meds}, as for every family: keep the baby warm and fed, attend all appointments, and ring "
            "the GP or 111 if worried.")


def t_restated(med: str) -> dict[str, str]:
    return {
        "cap": f"Impact of {med} on the mother's parenting capacity: assessed.",
        "ss": "Safe sleep and co-sleeping advice given.",
        "summary": f"Impact of {med} on the baby: considered.",
        "nwp": "Neonatal withdrawal observation plan: in place.",
        "bf": "Breastfeeding advice: given.",
        "recs": f"Recommendations regarding {med}: made.",
        "concl": f"Conclusion regarding {med}: the impact on the mother and the impact on the baby have both "
                 "been assessed, the withdrawal plan, the safe sleep advice and the breastfeeding advice have "
                 "all been addressed, and recommendations have been made.",
    }


def ov_restated(meds: str) -> str:
    return (f"Overall conclusion regarding {meds}: each medicine has been assessed, its impact on the mother "
            "and the baby considered, and an overall conclusion reached.")


def t_padding(med: str) -> dict[str, str]:
    return {
        "cap": "She arrived on time by bus and was pleasant throughout; the waiting room was busy.",
        "ss": "It was raining heavily when she left and she had forgotten her umbrella.",
        "summary": "The clinic ran about twenty minutes late because of a fire alarm test.",
        "nwp": "The car park barrier was broken again this morning.",
        "bf": "She mentioned her sister is visiting from Leeds next week.",
        "recs": "Reception to update her mobile number; the practice newsletter was handed over.",
        "concl": f"{med.capitalize()} reviewed today. The clinic was very busy this morning, the weather was "
                 "wet and windy, she came by bus with her sister and the consultation ran late because of the "
                 "fire alarm test.",
    }


def ov_padding(meds: str) -> str:
    return (f"{meds.capitalize()} reviewed. It was a busy Tuesday clinic; the lifts were out of order, and the "
            "next clinic is in a fortnight.")


def t_generic_terms(med: str) -> dict[str, str]:
    return {
        "cap": f"Like any new mother on {med}, she will be tired and need support; no medicine to be stopped "
               "without advice.",
        "ss": "Standard safe sleep advice as for every baby: on the back, in a cot, in the parents' room.",
        "summary": "Every baby needs feeding, warmth and regular checks, whatever medicines the parents take.",
        "nwp": "Routine newborn observations on the postnatal ward, as for any baby.",
        "bf": "Breastfeeding is best for every baby where possible.",
        "recs": "Do not stop any medicine without advice; attend all appointments; ring 111 if worried.",
        "concl": f"As for every family, with {med}: the baby sleeps on its back in a cot, is breastfed where "
                 "possible and has routine newborn observations like any baby, and no medicine is stopped "
                 "without advice.",
    }


def ov_generic_terms(meds: str) -> str:
    return (f"With {meds}, as for every family: the baby sleeps on its back in a cot, breastfeeding where "
            "possible, routine newborn checks, and no medicine stopped without advice.")


HOLLOW: list[tuple[str, str, Template, OverallTemplate]] = [
    ("process", "hollow-process", t_process, ov_process),
    ("who-told", "hollow-who-told", t_who_told, ov_who_told),
    ("generic", "hollow-generic", t_generic, ov_generic),
    ("generic-terms", "hollow-generic", t_generic_terms, ov_generic_terms),
    ("restated", "hollow-restated", t_restated, ov_restated),
    ("padding", "hollow-padding", t_padding, ov_padding),
]

for _tag, _cat, _tmpl, _ov in HOLLOW:
    for _aid in (MA, SA, LA, VA, FA, PA, CA):
        _short = LABEL[_aid].split()[0]
        add(f"h4-{_tag}-{_short}", _cat, REFUSE, ASM_OF[_aid], hollow_whole(_aid, _tmpl, _ov),
            f"every answer of the {LABEL[_aid]} assessment, and the overall conclusion, in the '{_tag}' style: "
            "busy, and nothing about this medicine and this baby (MA103/MA104/MA124/MA125)")


# A template copied across the two assessments of M with only the medicine's name changed.

def copied(tmpl: Template) -> Mutation:
    return chain(hollow_whole(MA, tmpl), hollow_whole(SA, tmpl))


def t_copy_plausible(med: str) -> dict[str, str]:
    return {
        "cap": f"Stable on {med}; stopping it would risk relapse.",
        "ss": "Never share a bed or sofa with the baby; cot in the parents' room.",
        "summary": f"The baby may show signs after birth because of {med}.",
        "nwp": "Observe on the postnatal ward for 72 hours per the local guideline.",
        "bf": "Compatible with breastfeeding.",
        "recs": f"Continue {med}; tell maternity and the health visitor of any change.",
        "concl": f"Continue {med}: the baby is observed for 72 hours on the postnatal ward, breastfeeding is "
                 "supported and the baby sleeps in the cot, never in the parents' bed.",
    }


def t_copy_checklist(med: str) -> dict[str, str]:
    return {
        "cap": f"{med.capitalize()} reviewed; parenting unaffected.",
        "ss": "Cot in the parents' room; no bed-sharing.",
        "summary": f"{med.capitalize()}: baby to be monitored after birth.",
        "nwp": "Postnatal ward observation as per guideline, 72 hours.",
        "bf": "Breastfeeding supported.",
        "recs": f"{med.capitalize()} unchanged; review at 6 weeks.",
        "concl": f"{med.capitalize()} unchanged. Baby: 72 hours of observation on the postnatal ward and "
                 "monitoring at home; breastfeeding supported; cot, no bed-sharing; review at 6 weeks.",
    }


add("h4-copied-plausible-m", "hollow-copied-template", REFUSE, M, copied(t_copy_plausible),
    "one plausible assessment pasted for methadone and for sertraline with only the name changed: written "
    "about neither (MA121)")
add("h4-copied-checklist-m", "hollow-copied-template", REFUSE, M, copied(t_copy_checklist),
    "a checklist assessment pasted for both medicines, names swapped (MA121)")
add("h4-copied-process-m", "hollow-copied-template", REFUSE, M, copied(t_process),
    "a process template pasted for both medicines (MA121/MA124)")
add("h4-copied-plausible-m-fullwidth", "hollow-copied-template", REFUSE, M,
    chain(hollow_whole(MA, t_copy_plausible), hollow_whole(SA, t_copy_plausible, disguise=full_width)),
    "the pasted template with the sertraline copy in full-width letters (MA121, normalised)")


# A conclusion about a different medicine than the one assessed (every other answer about that one too).

def t_about(other: str) -> Template:
    def tmpl(med: str) -> dict[str, str]:
        return {
            "cap": f"Stable on {other} for a year; relapsed when she last stopped {other}.",
            "ss": f"{other.capitalize()} is not sedating at this dose; safe sleep advice given.",
            "summary": f"{other.capitalize()} in late pregnancy: small risk of adaptation signs in the baby.",
            "nwp": "Midwife to watch for jitteriness and poor feeding for 48 hours.",
            "bf": f"{other.capitalize()} is compatible with breastfeeding.",
            "recs": f"Continue {other}; GP review at 6 weeks.",
            "concl": f"Continue {other}: the baby is watched for adaptation signs for 48 hours and breastfeeding "
                     "is supported.",
        }

    return tmpl


for _aid, _other, _what in [
    (MA, "sertraline", "the methadone assessment concluding on sertraline (listed, but not this assessment's)"),
    (SA, "citalopram", "the sertraline assessment concluding on citalopram (not in the list)"),
    (CA, "sertraline", "the citalopram assessment concluding on sertraline (not in the list)"),
    (LA, "sertraline", "the lithium assessment concluding on sertraline (not in the list)"),
    (VA, "lamotrigine", "the valproate assessment concluding on lamotrigine (not in the list)"),
]:
    add(f"h4-wrong-medicine-{LABEL[_aid].split()[0]}", "hollow-wrong-medicine", REFUSE, ASM_OF[_aid],
        hollow_whole(_aid, t_about(_other)), f"{_what}: nothing concluded on the medicine assessed (MA119/MA120)")


# A partner's sedating medicine "assessed" without ever a word about sleep, beds or night care.

def partner_no_sleep(cap: str, ss: str, summary: str, recs: str, concl: str, ov: str) -> Mutation:
    return chain(whole(PA, sed="yes", cap=cap, ss=ss, summary=summary, bf="Feeding unaffected: his medicine.",
                       recs=recs, concl=concl), overall(ov))


add("h4-partner-sleep-mental-health", "hollow-partner-sleep", REFUSE, P, partner_no_sleep(
    "Father stable on quetiapine 300 mg for bipolar disorder; engaged with the CMHT, attends every review.",
    "He is under the CMHT and his mental state is stable; his care coordinator visits monthly.",
    "The baby is not exposed to the father's quetiapine.",
    "Quetiapine continues; do not stop abruptly because of relapse risk; CMHT to review in three months.",
    "The father's quetiapine continues because stopping risks relapse of his bipolar disorder; the CMHT "
    "follows him up and the baby is not exposed to his medicine.",
    "Mother's paracetamol no concern. Father's quetiapine continues with CMHT follow-up; the baby is not "
    "exposed."),
    "the father's heavily sedating quetiapine 'assessed' all about his mental health: sleep never addressed "
    "(MA122/MA125)")
add("h4-partner-sleep-driving", "hollow-partner-sleep", REFUSE, P, partner_no_sleep(
    "Father takes quetiapine; told not to drive or operate machinery if affected, and to avoid alcohol.",
    "Advised about alcohol and driving with quetiapine; DVLA rules explained.",
    "The father's quetiapine does not pass to the baby.",
    "Avoid alcohol; do not drive if affected; continue quetiapine; do not stop it suddenly.",
    "The father's quetiapine continues; he will not drive if affected and will avoid alcohol, and the baby "
    "is not exposed to his medicine.",
    "Paracetamol for the mother; the father's quetiapine continues with advice on alcohol and driving; the "
    "baby is not exposed."),
    "a partner's sedative 'assessed' for driving and alcohol, never for sharing a bed with the baby (MA122/MA125)")
add("h4-partner-sleep-storage", "hollow-partner-sleep", REFUSE, P, partner_no_sleep(
    "The father keeps his quetiapine in a locked cupboard; he is well and shares care in the day.",
    "Medicines locked away out of the baby's reach; the cupboard was seen.",
    "The baby cannot be exposed: tablets stored safely.",
    "Keep quetiapine locked away; continue it as prescribed; do not stop suddenly.",
    "The father's quetiapine is stored in a locked cupboard out of the baby's reach and continues as "
    "prescribed; the baby is not exposed to it.",
    "The mother takes paracetamol; the father's quetiapine is locked away from the baby and continues."),
    "safe storage answered in the safe-sleep box of a partner's sedative; sleep never addressed (MA125/MA122)")
add("h4-partner-sleep-swapped-mirtazapine", "hollow-partner-sleep", REFUSE, P, chain(
    replace_medicine("med-partner-quetiapine",
                     medicine("med-partner-mirtazapine", "Mirtazapine 45mg tablets", "45 mg at night", "2024-02-05",
                              other_prescriber({"ods_code": "Y90005", "name": "Elm Park Surgery"}), taken_by="partner",
                              last_changed="2025-10-13")),
    whole(PA, sed="yes", cap="The father's depression is well controlled on mirtazapine 45 mg; he is back at work.",
          ss="His mood is good and he is engaging with talking therapy.",
          summary="The baby is not exposed to the father's mirtazapine.", bf="Not affected.",
          recs="Continue mirtazapine; do not stop abruptly; GP review in three months.",
          concl="The father's mirtazapine continues because his depression is well controlled and stopping "
                "risks relapse; the baby is not exposed."),
    overall("The mother's paracetamol raises no concern; the father's mirtazapine continues and the baby is "
            "not exposed to it.")),
    "a partner's mirtazapine 'assessed' on his mood alone, sleep never addressed (MA122/MA125)")


# Disguised: the hollow templates written with look-alike letters and invisible characters.

def _cyr(text: str) -> str:
    return homoglyphs(text, "aeopcx")


def _greek(text: str) -> str:
    return homoglyphs(text, "aoi", variant=1)


def _zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def _shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=2)


def _zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=4)


DISGUISES: list[tuple[str, Callable[[str], str]]] = [
    ("cyrillic", _cyr), ("greek", _greek), ("zwsp", _zwsp), ("soft-hyphen", _shy), ("zwj", _zwj),
    ("fullwidth", full_width),
]

for _n, (_dname, _fn) in enumerate(DISGUISES):
    for _tag, _tmpl, _ov, _aid in [
        ("process", t_process, ov_process, (MA, LA, FA)[_n % 3]),
        ("who-told", t_who_told, ov_who_told, (CA, PA, VA)[_n % 3]),
        ("restated", t_restated, ov_restated, (SA, FA, MA)[_n % 3]),
    ]:
        add(f"h4-{_dname}-{_tag}-{LABEL[_aid].split()[0]}", "hollow-disguised", REFUSE, ASM_OF[_aid],
            hollow_whole(_aid, _tmpl, _ov, disguise=_fn),
            f"the '{_tag}' template on the {LABEL[_aid]} assessment, every answer disguised ({_dname}): refused "
            "like the plain text")

add("h4-cyrillic-partner-sleep", "hollow-disguised", REFUSE, P, chain(
    partner_no_sleep(
        _cyr("Father stable on quetiapine 300 mg; engaged with the CMHT."),
        _cyr("His care coordinator visits monthly and his mental state is stable."),
        _cyr("The baby is not exposed to the father's quetiapine."),
        _cyr("Continue quetiapine; do not stop abruptly; CMHT review in three months."),
        _cyr("The father's quetiapine continues because stopping risks relapse; the CMHT follows him up and "
             "the baby is not exposed."),
        _cyr("Paracetamol for the mother; the father's quetiapine continues with CMHT follow-up."))),
    "the partner's sedative assessed without sleep, in Cyrillic look-alikes (MA122/MA125)")


def _check_disguises_change_text() -> None:
    for _name, fn in DISGUISES:
        assert fn("Discussed with the patient") != "Discussed with the patient", _name


_check_disguises_change_text()


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F4CASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:26} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':26} refuse {sum(c.expect == REFUSE for c in F4CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F4CASES):3}")
