"""A sixty-fifth independent "fresh" batch of red-team cases for the share gate: good conclusions that must not
be refused, a broad sweep of the ways UK clinicians really write.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json, every one of them used as a base)
with the verdict the gate must give, written from the issue, the rule catalogue (docs/rules.md), README.md, the
templates and the examples, not from the gate's code or its word lists. About nine in ten are GOOD conclusions
(they must pass): complete and clinically sound, each naming every medicine it covers, saying what it means for
this baby and what the professionals must do, with the overall conclusion naming every assessed medicine; the
assessments' own items, left as shipped, answer each class's concerns. About one in ten is a hollow near miss in
the same style (it must be refused). About a fifth are disguised. The styles, one category each:

* ``soap-notes``: GP consultation notes in S/O/A/P shorthand;
* ``discharge``: discharge-summary style, TTO lists, ward handover;
* ``clinic-letters``: perinatal psychiatry and specialist letters to the GP, with pleasantries and sign-offs;
* ``midwife-hv``: midwife booking notes and health visitor primary-visit notes;
* ``pharmacist``: medication reviews with tables of medicines and plans;
* ``social-care``: social worker pre-birth and placement extracts, the foster carer's plan;
* ``views-and-plans``: her view and the team's decision, numbered plans;
* ``shorthand``: NAS, NOWS, SCBU, NNU, PNW, HV, MW, CPN, PMHT, BF, FF, EBM, SIDS, OD, BD, TDS, nocte, PRN, mane;
* ``dates-doses``: dates, times and doses in every UK shape;
* ``context``: brands, the partner's medicines, the baby's own treatment, medicines ruled out or from her
  history, guidelines (NICE CG192, MHRA valproate);
* ``unusual-english``: passive voice, fragments, verbless lists, questions answered;
* ``disguise``: look-alike letters, zero-width and format characters, soft hyphens, bidi controls, full-width
  and combining marks on good conclusions and on hollow ones, judged like the plain text.

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh65_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    PASS,
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
    V,
    add_medicine,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces

F65CASES: list[Case] = []

CATEGORIES = (
    "soap-notes",
    "discharge",
    "clinic-letters",
    "midwife-hv",
    "pharmacist",
    "social-care",
    "views-and-plans",
    "shorthand",
    "dates-doses",
    "context",
    "unusual-english",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F65CASES.append(Case(f"f65-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def c(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def o(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def n_overall(text: str) -> Mutation:
    """An overall conclusion added to the postnatal record that has no assessment."""
    return set_("overall_conclusion", {"text": text, "author": SHAH, "date": "2026-04-09"})


def n_extra(name: str, dose: str, reason: str) -> Mutation:
    """One more medicine on the postnatal record, with the clinician's 'not of concern' reason."""
    return add_medicine(
        medicine("med-f65", name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), not_of_concern_reason=reason)
    )


def combining(text: str) -> str:
    """A combining acute accent after every vowel."""
    return "".join(ch + "\u0301" if ch in "aeiou" else ch for ch in text)


MET = "asm-methadone"
SER = "asm-sertraline"
LI = "asm-lithium"
VPA = "asm-valproate"
DP = "asm-diazepam-pregabalin"
PQ = "asm-partner-quetiapine"
CIT = "asm-citalopram"

# ============================================================================================================
# soap-notes

ok(
    "soap-methadone-full",
    "soap-notes",
    M,
    c(
        MET,
        "S: Jodie on methadone 60 mg supervised daily, no on-top use, wants to breastfeed. O: well, 29+2/40. "
        "A: stable on methadone; baby at high risk of withdrawal after birth. P: continue same dose, no self-"
        "reduction; baby to stay on the postnatal ward at least 72 h for withdrawal scoring; BF encouraged; no "
        "co-sleeping because she is drowsy after her dose, MW to see the cot at the first visit.",
    ),
    "a complete SOAP note",
)
ok(
    "soap-sertraline-brief",
    "soap-notes",
    M,
    c(
        SER,
        "S: low mood well controlled. A: sertraline 100 mg is keeping her well; stopping would risk relapse. "
        "P: continue sertraline. Baby may be jittery or feed poorly in the first days (and small PPHN risk): "
        "paediatric team aware, MW to observe alongside the withdrawal scores. Fine with breastfeeding.",
    ),
    "SOAP without the O line",
)
ok(
    "soap-citalopram",
    "soap-notes",
    C,
    c(
        CIT,
        "S - anxious about the baby, mood good. O - 32/40, looks well. A - citalopram 20 mg working; relapse "
        "within 6 weeks last time she stopped. P - carry on citalopram 20 mg. Tell her MW so the baby is watched "
        "for adaptation signs (jittery, fast breathing, poor feeds) for 48 h after birth. Can breastfeed.",
    ),
    "dash-separated SOAP headings",
)
ok(
    "soap-valproate-overall",
    "soap-notes",
    V,
    o(
        "S: 8/40 unplanned, on sodium valproate 500 mg BD for epilepsy, seizure free 2 yrs. A: first-trimester "
        "valproate exposure - high risk of malformation and neurodevelopmental harm for this baby. P: do not stop "
        "valproate abruptly (seizure risk to mother and baby); urgent neurology and fetal medicine referrals sent "
        "today; folic acid 5 mg started; anomaly scan to be booked by the antenatal clinic."
    ),
    "an overall SOAP plan naming valproate",
)
ok(
    "soap-partner-quetiapine",
    "soap-notes",
    P,
    c(
        PQ,
        "S: partner Daniel takes quetiapine 300 mg nocte, hard to rouse after it. A: sedated parent = co-sleeping "
        "and SIDS risk for the baby. P: Daniel not to share a bed, sofa or chair with the baby or do night feeds "
        "after his quetiapine; Chloe does nights, crib by her side; HV to check sleeping set-up each visit.",
    ),
    "SOAP note about the father's medicine",
)
ok(
    "soap-lithium-overall",
    "soap-notes",
    L,
    o(
        "A: bipolar, well 4 yrs on lithium (Priadel) 800 mg nocte, 24/40. P: continue lithium; levels 4-weekly, "
        "weekly from 36/40 and within 24 h of delivery; deliver in hospital; paediatric review of the baby after "
        "birth for floppiness, poor feeding and thyroid; plans to bottle feed as BF not advised; PMHT to see her "
        "within a week of birth."
    ),
    "an overall A/P note",
)
bad(
    "soap-methadone-plan-elsewhere",
    "soap-notes",
    M,
    c(MET, "S: on methadone. O: NAD. A: methadone in pregnancy. P: as per drug service letter."),
    "SOAP headings around nothing: the plan is a pointer",
)

# ============================================================================================================
# discharge

ok(
    "dc-diazepam-pregabalin",
    "discharge",
    F,
    c(
        DP,
        "Discharged to parent-and-baby foster placement on day 5. TTO: diazepam 5 mg TDS, pregabalin 150 mg BD, "
        "unchanged. Baby scored for withdrawal on PNW; mild signs day 3, no treatment. Late withdrawal possible "
        "until day 8: foster carer and HV to watch. Mum drowsy on both medicines, so no co-sleeping or feeding "
        "lying down; foster carer does night feeds. Diazepam to be tapered slowly by the GP from 6 weeks.",
    ),
    "a discharge summary with TTOs",
)
ok(
    "dc-overall-foster",
    "discharge",
    F,
    o(
        "Discharge summary: mother and baby discharged together to the foster placement. Diazepam and pregabalin "
        "unchanged on discharge; both sedate her, so night feeds by the foster carer and never a shared bed, sofa "
        "or armchair. Baby may still withdraw up to day 8; HV visiting day 10. Social worker has the plan."
    ),
    "overall conclusion as a discharge summary",
)
ok(
    "dc-partner-postnatal",
    "discharge",
    P,
    o(
        "Postnatal discharge: Chloe takes paracetamol only, no concern for the baby. Her partner's quetiapine "
        "sedates him heavily at night, so he must not co-sleep with the baby or give night feeds after his dose; "
        "next-to-me crib seen at discharge. HV to recheck the sleeping arrangements at each visit."
    ),
    "discharge note naming the partner's medicine",
)
ok(
    "dc-methadone-handover",
    "discharge",
    M,
    c(
        MET,
        "For handover at delivery: methadone 60 mg daily continues through labour and after birth (confirm last "
        "supervised dose with the pharmacy). Baby to the postnatal ward, not home, for a minimum of 72 hours of "
        "withdrawal scoring; NNU if scores rise. Breastfeeding encouraged. Mum sedated after doses, so baby sleeps "
        "in a cot, never in her bed; community MW to check the cot.",
    ),
    "ward handover style",
)
ok(
    "dc-sertraline-ward",
    "discharge",
    M,
    c(
        SER,
        "Ward plan for sertraline: continue 100 mg. The baby will be observed for neonatal adaptation (jitters, "
        "poor feeding, breathing) together with the methadone withdrawal scores; paediatrician to review if "
        "breathing is fast. Sertraline is fine in breastfeeding. Mood to be reviewed before discharge.",
    ),
    "a ward plan",
)
ok(
    "dc-citalopram-overall",
    "discharge",
    C,
    o(
        "Anticipated delivery plan: citalopram 20 mg continues in labour and postnatally. Baby to be observed for 48 "
        "hours for adaptation symptoms; paediatric review if they persist. Breastfeeding supported. GP to review "
        "her mood at the 6-week check; HV informed."
    ),
    "a delivery plan",
)
bad(
    "dc-diazepam-tto-only",
    "discharge",
    F,
    c(DP, "Discharged. TTO: diazepam 5 mg TDS, pregabalin 150 mg BD. Follow up as per discharge letter."),
    "a discharge line listing medicines and pointing at a letter",
)

# ============================================================================================================
# clinic-letters

ok(
    "letter-lithium-dear-dr",
    "clinic-letters",
    L,
    c(
        LI,
        "Dear Dr Campbell, thank you for asking us to see Rebecca. We agreed together that lithium (Priadel) "
        "should continue, as the risk of a postpartum relapse is far greater than the risk to the baby. Please "
        "arrange levels monthly, weekly from 36 weeks and within 24 hours of birth. The baby will need a "
        "paediatric review for floppiness, poor feeding and thyroid function; she will bottle feed. With best "
        "wishes, perinatal psychiatry.",
    ),
    "a letter with a greeting and a sign-off",
)
ok(
    "letter-methadone-drug-service",
    "clinic-letters",
    M,
    c(
        MET,
        "Dear Dr Shah, I saw Jodie at the antenatal drug clinic. She is doing well on methadone 60 mg and we will "
        "not change the dose before delivery. Her baby is likely to withdraw, so please make sure the maternity "
        "team plans at least 72 hours on the ward; breastfeeding is very welcome. She gets sleepy after dosing, so "
        "we have talked about never sharing a bed or sofa with the baby. Kind regards.",
    ),
    "a drug service letter to the GP",
)
ok(
    "letter-valproate-neuro",
    "clinic-letters",
    V,
    c(
        VPA,
        "Many thanks for the urgent referral. I have seen Hannah today. She should keep taking valproate 500 mg "
        "twice daily for now: abrupt withdrawal risks status epilepticus. I have explained the roughly 10% risk of "
        "major malformation and the risk to the baby's development; a fetal medicine scan is booked. Please "
        "continue folic acid 5 mg. Yours sincerely, epilepsy specialist nurse.",
    ),
    "a neurology reply, opening with thanks",
)
ok(
    "letter-citalopram-pmht",
    "clinic-letters",
    C,
    c(
        CIT,
        "Dear Dr McAllister, re: Megan. Citalopram 20 mg should continue in pregnancy and after birth; we both "
        "felt the relapse risk was too high to stop. Please let maternity know so the baby can be observed for "
        "adaptation symptoms in the first 48 hours. She can breastfeed. I would be grateful if you could review "
        "her mood at 6 weeks postnatal. Best wishes.",
    ),
    "'re:' line and 'I would be grateful'",
)
ok(
    "letter-partner-quetiapine",
    "clinic-letters",
    P,
    c(
        PQ,
        "Dear colleague, I am writing about Daniel, Chloe's partner, who takes quetiapine 300 mg at night. "
        "It leaves him deeply asleep, so he must not sleep with the baby on a bed or sofa and should not do night "
        "feeds after his dose; Chloe will do the nights. I have asked the health visitor to look at the "
        "sleeping arrangements at every visit. Thank you for your help.",
    ),
    "a letter about the father",
)
ok(
    "letter-overall-methadone-sertraline",
    "clinic-letters",
    M,
    o(
        "Summary for the GP and maternity: methadone 60 mg and sertraline 100 mg both continue unchanged. The baby "
        "should stay on the ward for withdrawal and adaptation observation for at least 72 hours. Breastfeeding is "
        "supported with both. No co-sleeping because of methadone sedation; social worker and HV to see the cot "
        "before discharge. Thank you for involving us."
    ),
    "an overall summary with thanks",
)
bad(
    "letter-lithium-pleasantries-only",
    "clinic-letters",
    L,
    c(
        LI,
        "Dear Dr Campbell, thank you for asking me to see Rebecca, who takes lithium (Priadel). We had a long and "
        "helpful discussion today. My full letter will follow. Kind regards.",
    ),
    "pleasantries and a promise, nothing decided",
)

# ============================================================================================================
# midwife-hv

ok(
    "mw-booking-valproate",
    "midwife-hv",
    V,
    o(
        "Booking at 8 weeks: Hannah takes sodium valproate for epilepsy. Advised not to stop it suddenly, as a "
        "seizure could harm her and the baby. The baby has been exposed in the first trimester, so she is referred "
        "to fetal medicine and has been urgently referred to neurology; folic acid 5 mg started. Consultant-led care."
    ),
    "a midwife booking note",
)
ok(
    "mw-booking-methadone",
    "midwife-hv",
    M,
    c(
        MET,
        "Booking MW note: methadone 60 mg via supervised consumption. Discussed that the baby will probably need "
        "to stay in for at least 3 days after birth for withdrawal checks. She plans to breastfeed, which we "
        "encourage. Safe sleep talked through - she knows she must not co-sleep after her methadone; cot to be "
        "seen at the home visit.",
    ),
    "a booking note",
)
ok(
    "hv-primary-visit-quetiapine",
    "midwife-hv",
    P,
    c(
        PQ,
        "HV primary visit day 12: baby asleep in the next-to-me crib on mum's side. Dad takes quetiapine at night "
        "and is hard to wake; both parents know he must not have the baby in bed or on the sofa with him and that "
        "mum does the night feeds. Will check again at each contact to 8 weeks.",
    ),
    "a health visitor primary visit",
)
ok(
    "hv-primary-visit-foster",
    "midwife-hv",
    F,
    c(
        DP,
        "HV primary visit at the foster placement: Kayleigh is still on diazepam and pregabalin and is drowsy in the "
        "evenings. Baby in a cot in the foster carer's room, foster carer doing nights; never to share a bed or feed "
        "lying down with mum. Baby feeding well, no tremor; foster carer knows the late withdrawal signs to day 8.",
    ),
    "a health visitor note at a placement",
)
ok(
    "hv-n-overall",
    "midwife-hv",
    N,
    n_overall(
        "HV new birth visit: Aisha takes paracetamol for perineal pain and lactulose for constipation. Both are "
        "safe while breastfeeding and neither affects the baby. Baby feeding well; Moses basket by the bed; safe "
        "sleep discussed. No further action for the HV beyond the routine contacts."
    ),
    "an added overall conclusion on the nothing-concerning record",
)
ok(
    "mw-citalopram-antenatal",
    "midwife-hv",
    C,
    c(
        CIT,
        "Antenatal contact 32 weeks: citalopram 20 mg continued, as stopping made her relapse. Explained that her "
        "baby might be jittery or slow to feed for a day or two and will be watched by us for 48 hours after birth; "
        "paediatrician if it carries on. Happy to breastfeed on citalopram.",
    ),
    "a midwife contact note",
)
bad(
    "hv-quetiapine-nil-concerns",
    "midwife-hv",
    P,
    c(PQ, "HV visit: dad's quetiapine discussed. Nil concerns. Routine HV contacts."),
    "a dismissal in health visitor style",
)

# ============================================================================================================
# pharmacist

ok(
    "pharm-table-methadone-sertraline",
    "pharmacist",
    M,
    o(
        "Medicine | Plan | Baby\n"
        "Methadone 60 mg OD | continue, supervised | withdrawal obs >=72 h on ward; no co-sleeping (sedation)\n"
        "Sertraline 100 mg OD | continue | adaptation signs and small PPHN risk; paeds aware\n"
        "Both compatible with breastfeeding. Any change to be shared with maternity and HV the same week."
    ),
    "a medicines table with a plan per row",
)
ok(
    "pharm-review-diazepam-pregabalin",
    "pharmacist",
    F,
    c(
        DP,
        "Pharmacist medication review. Diazepam 5 mg TDS and pregabalin 150 mg BD: additive CNS depression, so she "
        "must never co-sleep or feed lying down; foster carer covers nights. Neither to be stopped abruptly "
        "(diazepam: seizures). The baby is at risk of late withdrawal until day 8 - foster carer and HV to watch. "
        "Suggest GP-led diazepam taper of 10% every 2 weeks from the 6-week check.",
    ),
    "a pharmacist review with a taper suggestion",
)
ok(
    "pharm-lithium-interactions",
    "pharmacist",
    L,
    c(
        LI,
        "Lithium (Priadel) 800 mg nocte - continue, brand-specific. Avoid NSAIDs and dehydration, especially in "
        "labour. Levels 4-weekly, weekly from 36/40, and within 24 h postpartum. Baby: paediatric review after "
        "birth for lithium toxicity and thyroid. Not for breastfeeding; formula feeding planned.",
    ),
    "a pharmacist line by line",
)
ok(
    "pharm-citalopram-table",
    "pharmacist",
    C,
    o(
        "Drug | Decision | Baby\nCitalopram 20 mg OD | continue | 48 h observation for adaptation; breastfeeding OK\n"
        "Follow-up: GP mood review at 6 weeks; maternity team informed."
    ),
    "a short table as the overall conclusion",
)
ok(
    "pharm-n-gaviscon",
    "pharmacist",
    N,
    n_extra(
        "Gaviscon Advance oral suspension",
        "10 ml after meals and at bedtime when needed",
        "Alginate antacid for heartburn; acts in the stomach, is not absorbed and does not reach breast milk, so "
        "no risk to the breastfed baby. No monitoring needed.",
    ),
    "a pharmacist's not-of-concern reason",
)
ok(
    "pharm-valproate-ppp",
    "pharmacist",
    V,
    c(
        VPA,
        "Valproate: continue 500 mg BD until neurology review - do not stop abruptly (seizure risk). Pregnancy "
        "prevention programme not in place as pregnancy was unplanned; baby exposed in first trimester - high risk "
        "of malformation and developmental problems. Urgent neuro and fetal medicine referrals sent. Folic acid "
        "5 mg OD started today.",
    ),
    "pharmacist's valproate note",
)
bad(
    "pharm-table-reviewed-only",
    "pharmacist",
    F,
    c(DP, "Medicine | Action\nDiazepam 5 mg TDS | reviewed\nPregabalin 150 mg BD | reviewed"),
    "a table whose only entry is 'reviewed'",
)

# ============================================================================================================
# social-care

ok(
    "sw-pre-birth-methadone",
    "social-care",
    M,
    o(
        "Pre-birth assessment extract: Jodie is stable on methadone and sertraline, both to continue. Her baby "
        "will stay in hospital for at least 72 hours to be watched for withdrawal. She is sleepy after her "
        "methadone, so the baby must sleep in a cot; the social worker and HV will see the cot before discharge. "
        "Breastfeeding is supported."
    ),
    "a social worker's extract",
)
ok(
    "sw-foster-plan",
    "social-care",
    F,
    o(
        "Placement plan for the foster carer: Kayleigh continues diazepam and pregabalin, which make her sleepy. "
        "Baby never to sleep with her in a bed, sofa or armchair; no feeding lying down; foster carer does night "
        "feeds. Watch the baby for tremor, high-pitched crying and poor feeding until day 8 and call the HV if "
        "seen. Any change in her medicines will be shared by the GP the same week."
    ),
    "instructions to a foster carer",
)
ok(
    "sw-partner-quetiapine",
    "social-care",
    P,
    o(
        "Social care note: Chloe's paracetamol is no concern. Daniel takes quetiapine at night and cannot safely "
        "care for the baby overnight; he has agreed not to co-sleep or do night feeds after his dose. The HV will "
        "monitor sleeping arrangements; if Chloe becomes unwell, the plan for night care will be reviewed with us."
    ),
    "a social worker's note about the father",
)
ok(
    "sw-lithium-network",
    "social-care",
    L,
    o(
        "For the professionals' network: Rebecca will continue lithium throughout pregnancy; stopping could cause "
        "a severe relapse after birth. Baby to be checked by a paediatrician after birth. She will bottle feed. "
        "The perinatal mental health team will see her within a week of birth; lithium levels continue monthly "
        "then weekly from 36 weeks."
    ),
    "a network summary",
)
ok(
    "sw-diazepam-conference",
    "social-care",
    F,
    c(
        DP,
        "Child protection conference summary: diazepam and pregabalin are prescribed and will continue for now; "
        "they sedate Kayleigh, so she must not share a bed or sofa with the baby or feed lying down, and the foster "
        "carer stays awake for night feeds. Baby may have late withdrawal to day 8. Slow diazepam reduction to "
        "be agreed with the GP.",
    ),
    "a conference summary",
)
bad(
    "sw-quetiapine-deferred-to-meeting",
    "social-care",
    P,
    c(PQ, "Father's quetiapine noted by social care. To be discussed at the next core group meeting."),
    "a social care deferral",
)

# ============================================================================================================
# views-and-plans

ok(
    "view-sertraline-her-choice",
    "views-and-plans",
    M,
    c(
        SER,
        "Her view: she wants to stay on sertraline, having become very unwell when she stopped before. Team "
        "decision: agreed, continue 100 mg. The baby may have mild adaptation symptoms and there is a small PPHN "
        "risk, so paediatrics will be told and the midwife will observe. Sertraline is compatible with "
        "breastfeeding.",
    ),
    "her view, then the team's decision",
)
ok(
    "plan-numbered-methadone",
    "views-and-plans",
    M,
    c(
        MET,
        "Plan: 1. Methadone 60 mg daily continues; no reduction without the drug service. 2. Baby to stay at least "
        "72 h on the PNW for withdrawal scoring; HV to look for late signs to day 8. 3. Breastfeeding encouraged. "
        "4. No co-sleeping after her dose; cot checked at the first home visit.",
    ),
    "a numbered plan",
)
ok(
    "plan-numbered-valproate",
    "views-and-plans",
    V,
    o(
        "1) Continue sodium valproate; never stop suddenly. 2) Urgent neurology review of her epilepsy treatment. "
        "3) Fetal medicine review and detailed anomaly scan for the baby's valproate exposure. 4) Folic acid 5 mg "
        "daily. 5) Risk acknowledgement form status recorded."
    ),
    "a numbered overall plan",
)
ok(
    "view-lithium-decision",
    "views-and-plans",
    L,
    c(
        LI,
        "Rebecca's view: she would rather stay well than stop lithium, and understands the small heart risk, now "
        "excluded by a normal scan. Decision: continue lithium with monthly levels, weekly from 36 weeks and a level "
        "within 24 hours of delivery; the baby to be reviewed by the paediatrician; bottle feeding chosen as "
        "breastfeeding is not advised.",
    ),
    "her view and the decision",
)
ok(
    "view-citalopram-shared-decision",
    "views-and-plans",
    C,
    c(
        CIT,
        "Shared decision: citalopram continues at 20 mg. Megan's wish is to avoid a relapse like the last one. For "
        "her baby: a small risk of PPHN and of adaptation symptoms; midwives to observe for 48 hours. Breastfeeding "
        "supported.",
    ),
    "a shared decision note",
)
ok(
    "plan-bullets-partner",
    "views-and-plans",
    P,
    c(
        PQ,
        "- Daniel's quetiapine 300 mg nocte: sedating.\n- He must not bed-share, sofa-share or do night feeds "
        "after his dose.\n- Chloe does nights; baby in the crib beside her.\n- HV to check the sleeping set-up each "
        "visit to 8 weeks.",
    ),
    "a bulleted plan",
)
bad(
    "plan-numbered-deferrals",
    "views-and-plans",
    V,
    c(VPA, "1. Valproate - awaiting neurology. 2. Plan tbc. 3. Letter to follow."),
    "a numbered list of deferrals",
)

# ============================================================================================================
# shorthand

ok(
    "sh-methadone-nas",
    "shorthand",
    M,
    c(
        MET,
        "Methadone 60 mg OD, cont. High risk NAS/NOWS: baby on PNW min 72 h, NNU/SCBU if scores high. BF "
        "encouraged. Sedated post-dose - no co-sleeping (SIDS); MW/HV to check cot at 1st visit.",
    ),
    "NAS, NOWS, PNW, NNU, SCBU, BF, SIDS",
)
ok(
    "sh-diazepam-tds",
    "shorthand",
    F,
    c(
        DP,
        "Diazepam 5 mg TDS + pregabalin 150 mg BD cont. Sedation ++ - no co-sleeping / no feeding lying down, FC "
        "does nights. Baby FF; NAS signs possible to D8 - FC + HV to monitor. Diazepam taper at 6/52 by GP.",
    ),
    "TDS, BD, FF, D8, 6/52",
)
ok(
    "sh-lithium-nocte",
    "shorthand",
    L,
    c(
        LI,
        "Li (Priadel) 800 mg nocte cont. Levels 4/52, weekly from 36/40, <24 h post delivery. Baby: paed r/v at "
        "birth (floppy, poor feeding, TFTs). Not for BF - FF planned. PMHT r/v within 1/52 of birth.",
    ),
    "Li, nocte, 4/52, 36/40, TFTs, FF, PMHT",
)
ok(
    "sh-quetiapine-prn",
    "shorthand",
    P,
    c(
        PQ,
        "FOB on quetiapine 300 mg nocte - v. sedated. No co-sleeping/sofa with baby, no night feeds by him post "
        "dose (SIDS risk). Mum does nights, baby in side crib. HV to r/v sleep set-up every contact to 8/52.",
    ),
    "FOB, v., r/v, 8/52",
)
ok(
    "sh-citalopram-ebm",
    "shorthand",
    C,
    c(
        CIT,
        "Citalopram 20 mg mane - cont. Relapse <6/52 when stopped before. Baby: obs 48 h for PNAS/adaptation, "
        "paeds if persists. BF/EBM fine. GP mood r/v at 6/52 PN.",
    ),
    "mane, PNAS, EBM, PN",
)
ok(
    "sh-overall-cpn",
    "shorthand",
    M,
    o(
        "Methadone + sertraline cont. unchanged. Baby: NAS obs >=72 h on PNW. BF supported. No co-sleeping (methadone "
        "sedation). SW + HV to see cot pre-discharge. CPN to continue mood monitoring."
    ),
    "a shorthand overall conclusion",
)
bad(
    "sh-lithium-tbc",
    "shorthand",
    L,
    c(LI, "Li (Priadel): d/w PMHT, plan TBC, r/v 2/52."),
    "shorthand for 'to be confirmed'",
)

# ============================================================================================================
# dates-doses

ok(
    "dd-methadone-dates",
    "dates-doses",
    M,
    c(
        MET,
        "Methadone 60mg/60ml o.d. since 01/12/2025 - continue, same dose to delivery (EDD 15.05.26). Baby to be "
        "observed on the ward for 72 hrs minimum for withdrawal, late signs up to day 8 by the HV. Breast feeding "
        "encouraged. Drowsy 2-4 h post dose: no co-sleeping; cot check at first home visit.",
    ),
    "slash and dot dates, 60mg/60ml, o.d., hrs",
)
ok(
    "dd-lithium-mg-litre",
    "dates-doses",
    L,
    c(
        LI,
        "Lithium carbonate (Priadel) 800 milligrams at 22:00. Target level 0.6-0.8 mmol/L; next levels 03 Jun 2026, "
        "then weekly from w/c 15 July, and within 24 h of birth. The baby needs a paediatric review after birth; "
        "formula feeding, as breastfeeding is not advised on lithium.",
    ),
    "mmol/L, 22:00, '03 Jun 2026', 'w/c 15 July'",
)
ok(
    "dd-valproate-lmp",
    "dates-doses",
    V,
    c(
        VPA,
        "LMP 25/03/2026, EDD 30th Dec 2026. Valproate 1 g/day (500 mg b.d.): continue until the neurologist "
        "reviews it - stopping suddenly could cause seizures. Exposed in the 1st trimester: baby at risk of major "
        "malformation; urgent fetal medicine scan and neurology review requested 20/5/26. Folic acid 5mg started.",
    ),
    "LMP, EDD, ordinal date, 1 g/day, b.d.",
)
ok(
    "dd-pregabalin-diazepam-times",
    "dates-doses",
    F,
    c(
        DP,
        "Diazepam 5 mg at 08:00, 14:00 and 22:00 plus pregabalin 150 mg 8am and 8pm: both continue. Drowsiest "
        "after the 10pm doses, so the foster carer covers night feeds and mum never co-sleeps or feeds lying "
        "down. Baby born 8 June 2026 - watch for late withdrawal to 16 June. Diazepam reduction from mid-July.",
    ),
    "24-hour and am/pm times, worded dates",
)
ok(
    "dd-citalopram-fortnight",
    "dates-doses",
    C,
    o(
        "Citalopram twenty milligrams once a day carries on through pregnancy (EDD 6th April) and breastfeeding. "
        "Baby: adaptation watch for 2 days after birth by the midwife. GP mood review 6 weeks after delivery, "
        "mid-May 2026."
    ),
    "a dose in words, an ordinal EDD",
)
ok(
    "dd-quetiapine-time",
    "dates-doses",
    P,
    c(
        PQ,
        "Daniel's quetiapine (3 x 100 mg at about 21:30) leaves him unrousable till around 03:00-04:00. So: no "
        "bed/sofa sharing with the baby, no feeds by him after 21:30; Chloe does nights. HV checking at each visit "
        "until the 8-week check (mid-July).",
    ),
    "'3 x 100 mg', time ranges",
)
bad(
    "dd-sertraline-see-letter-dated",
    "dates-doses",
    M,
    c(SER, "Sertraline 100 mg - see PMHT letter dated 02.03.26."),
    "a dose and a date around a pointer",
)

# ============================================================================================================
# context: brands, partner, the baby's own treatment, ruled out, history, guidelines

ok(
    "ctx-lustral-brand",
    "context",
    M,
    c(
        SER,
        "Sertraline (Lustral) 100 mg continues: relapse risk is high if stopped. Baby: small PPHN risk and "
        "possible poor adaptation for a few days; midwife will watch with the withdrawal checks and the "
        "paediatric team knows. Breastfeeding is fine on sertraline.",
    ),
    "the brand in brackets",
)
ok(
    "ctx-baby-morphine",
    "context",
    M,
    c(
        MET,
        "Methadone 60 mg continues. The baby is likely to withdraw; if the scores stay high the neonatal team "
        "may treat the baby with oral morphine on NNU. At least 72 hours on the ward. Breastfeeding encouraged, "
        "as it eases withdrawal. Sedation after her dose: baby in a cot, never in her bed.",
    ),
    "the baby's own treatment by the neonatal team",
)
ok(
    "ctx-ruled-out-lamotrigine",
    "context",
    V,
    c(
        VPA,
        "Valproate continues until neurology see her: sudden withdrawal risks seizures. Switching to lamotrigine "
        "was discussed but is for the neurologist to weigh. The baby has had first-trimester exposure, so fetal "
        "medicine review and a detailed anomaly scan are booked; folic acid 5 mg started.",
    ),
    "an option weighed, not taken",
)
ok(
    "ctx-mhra-valproate",
    "context",
    V,
    o(
        "Per MHRA valproate guidance: unplanned pregnancy on sodium valproate at 8 weeks. Do not stop abruptly; "
        "urgent specialist neurology review. The baby's exposure means a high risk of birth defects and "
        "developmental disorders: fetal medicine review and anomaly scan requested. Folic acid 5 mg started."
    ),
    "guidance named as a basis, not a deferral",
)
ok(
    "ctx-nice-cg192-citalopram",
    "context",
    C,
    c(
        CIT,
        "In line with NICE CG192, citalopram 20 mg continues because the risk of relapse outweighs the small "
        "risks to the baby (PPHN, adaptation symptoms). The midwife will observe the baby for 48 hours after "
        "birth. Breastfeeding supported.",
    ),
    "NICE CG192 cited beside a decision",
)
ok(
    "ctx-history-fluoxetine",
    "context",
    C,
    c(
        CIT,
        "Fluoxetine was stopped in 2022 and citalopram has suited her since. Citalopram 20 mg continues; "
        "stopping it previously led to relapse. Baby to be watched for adaptation symptoms for 48 hours by the "
        "midwife. She can breastfeed.",
    ),
    "a medicine from her history",
)
ok(
    "ctx-avoid-codeine",
    "context",
    P,
    o(
        "Chloe's paracetamol is safe in breastfeeding; avoid codeine-based painkillers. Daniel's quetiapine makes "
        "him heavily sedated at night: no co-sleeping with him on a bed, sofa or armchair and no night feeds after "
        "his dose. HV will check the crib arrangement at each visit."
    ),
    "a medicine advised against",
)
ok(
    "ctx-priadel-brand",
    "context",
    L,
    o(
        "Priadel (lithium carbonate) 800 mg continues, brand prescribing. Levels monthly, weekly from 36 weeks and "
        "within 24 hours of birth. The baby needs a paediatric review after birth. She will formula feed. PMHT "
        "review within a week of delivery."
    ),
    "brand first",
)
ok(
    "ctx-instead-of-zopiclone",
    "context",
    F,
    c(
        DP,
        "Diazepam and pregabalin continue. She asked for sleeping tablets; zopiclone was discussed but ruled out, "
        "as it would add to the sedation. Both medicines already make her drowsy: no co-sleeping, no feeding lying "
        "down, foster carer does nights. Late withdrawal possible to day 8. Slow diazepam reduction planned.",
    ),
    "a medicine ruled out",
)
ok(
    "ctx-partner-pronoun",
    "context",
    P,
    c(
        PQ,
        "His quetiapine (Seroquel) is taken at night and sedates him: he must not share a bed or sofa with the "
        "baby or give night feeds after it. Chloe does the nights; crib by her side. The HV reviews this at each "
        "visit; his GP to tell the HV of any dose change.",
    ),
    "the partner's brand with a pronoun",
)
bad("ctx-priadel-as-per-psychiatrist", "context", L, c(LI, "Priadel - as per psychiatrist."), "a brand and a pointer")

# ============================================================================================================
# unusual-english

ok(
    "ue-passive",
    "unusual-english",
    M,
    c(
        SER,
        "Sertraline to be continued at 100 mg, relapse having followed previous attempts to stop. Baby to be "
        "observed for adaptation symptoms alongside the withdrawal observations; paediatricians to be informed of "
        "the small PPHN risk. Breastfeeding not affected.",
    ),
    "passive infinitives",
)
ok(
    "ue-fragments",
    "unusual-english",
    F,
    c(
        DP,
        "Diazepam and pregabalin. Both continuing. Both sedating. So: no bed-sharing, no sofa, no feeding lying "
        "down. Night feeds - foster carer. Baby - withdrawal watch to day 8. Diazepam - slow taper, GP, 6 weeks.",
    ),
    "verbless fragments",
)
ok(
    "ue-question-answered",
    "unusual-english",
    L,
    c(
        LI,
        "Should lithium stop in pregnancy? No: continue, because postpartum relapse is the bigger danger. "
        "Levels monthly, weekly from 36 weeks and within 24 h of birth. Baby checked by a paediatrician after "
        "birth. Breastfeeding? Not advised; formula feeding planned.",
    ),
    "questions answered",
)
ok(
    "ue-long-sentence",
    "unusual-english",
    V,
    c(
        VPA,
        "Given that she has been seizure free on valproate and that stopping it suddenly could bring on seizures "
        "dangerous to both her and the baby, valproate is continued until the urgent neurology review, while the "
        "baby's first-trimester exposure is assessed by fetal medicine, and folic acid 5 mg is started.",
    ),
    "one long subordinate sentence",
)
ok(
    "ue-list-no-verbs",
    "unusual-english",
    C,
    o(
        "Citalopram 20 mg: unchanged. Baby: 48-hour watch for adaptation symptoms, midwife. Feeding: breast, fine "
        "with citalopram. Mood: GP review, 6 weeks postnatal."
    ),
    "a verbless list",
)
ok(
    "ue-we-voice",
    "unusual-english",
    P,
    c(
        PQ,
        "We have agreed with Chloe and Daniel that, because his quetiapine makes him so sleepy, he will never "
        "sleep with the baby in bed or on the sofa and will not do night feeds after taking it; Chloe will. We "
        "(the HV team) will look at the sleeping arrangements at each visit.",
    ),
    "'we' with the act",
)
ok(
    "ue-inverted",
    "unusual-english",
    M,
    c(
        MET,
        "Continue she will on methadone 60 mg: no change before birth. Watched for withdrawal her baby must be, 72 "
        "hours at least on the ward. Encouraged is breastfeeding. In a cot the baby sleeps, never in her bed, as "
        "she is drowsy after each dose.",
    ),
    "inverted word order",
)
bad(
    "ue-fragments-hollow",
    "unusual-english",
    M,
    c(MET, "Methadone. Noted. Reviewed. Nothing further."),
    "fragments saying nothing",
)

# ============================================================================================================
# disguise (a fifth of the batch)

_MET_GOOD = (
    "Methadone 60 mg continues unchanged to delivery. Baby to be observed for withdrawal on the ward for 72 "
    "hours or more; health visitor to look for late signs to day 8. Breastfeeding encouraged. No co-sleeping, "
    "as she is drowsy after her dose: cot checked at home."
)
_SER_GOOD = (
    "Sertraline 100 mg carries on, stopping having caused relapse. For the baby: watch for adaptation symptoms "
    "and the small PPHN risk with the paediatric team. Compatible with breastfeeding."
)
_LI_GOOD = (
    "Lithium (Priadel) goes on: relapse after birth is the bigger risk. Levels monthly, then weekly from 36 "
    "weeks and within 24 hours of birth. Baby to see a paediatrician after birth; formula feeding as "
    "breastfeeding is not advised."
)
_VPA_GOOD = (
    "Keep taking valproate until neurology review; stopping suddenly risks seizures. Baby exposed in the "
    "first trimester: fetal medicine scan and urgent neurology review requested. Folic acid 5 mg started."
)
_DP_GOOD = (
    "Diazepam and pregabalin unchanged for now. She is sedated, so never a shared bed or sofa and no feeding "
    "lying down; foster carer does nights. Baby watched for late withdrawal to day 8. Slow diazepam taper later."
)
_PQ_GOOD = (
    "Father's quetiapine at night sedates him: no co-sleeping with the baby and no night feeds after his dose. "
    "Mother does nights, crib beside her; HV checks at every visit."
)
_CIT_GOOD = (
    "Citalopram 20 mg to continue, relapse being likely otherwise. Midwife to watch the baby for adaptation "
    "symptoms for 48 hours; breastfeeding is fine."
)

ok("dis-cyr-methadone", "disguise", M, c(MET, homoglyphs(_MET_GOOD, "aeo")), "Cyrillic a, e, o throughout")
ok("dis-greek-sertraline", "disguise", M, c(SER, homoglyphs(_SER_GOOD, "oiv", variant=1)), "Greek o, i, v")
ok("dis-zw-lithium", "disguise", L, c(LI, inside_words(_LI_GOOD, "\u200b", every=3)), "zero-width spaces")
ok("dis-shy-valproate", "disguise", V, c(VPA, inside_words(_VPA_GOOD, "\u00ad", every=4)), "soft hyphens")
ok("dis-fw-quetiapine", "disguise", P, c(PQ, full_width(_PQ_GOOD)), "full-width letters")
ok("dis-comb-citalopram", "disguise", C, c(CIT, combining(_CIT_GOOD)), "combining acute accents on vowels")
ok(
    "dis-bidi-diazepam",
    "disguise",
    F,
    c(DP, "\u202a" + _DP_GOOD.replace("Diazepam", "\u2066Diazepam\u2069") + "\u202c"),
    "bidi embedding and isolates",
)
ok(
    "dis-nbsp-dashes-methadone",
    "disguise",
    M,
    c(
        MET,
        swap_dashes(
            swap_spaces(
                "Methadone - 60 mg - continues. Baby: withdrawal obs on the ward >= 72 h, late signs to day 8 by the HV. "
                "Breastfeeding - yes. Co-sleeping - no, she is drowsy post-dose; cot check at the home visit.",
                "\u202f",
            )
        ),
    ),
    "narrow no-break spaces and en dashes",
)
ok(
    "dis-wj-overall-m",
    "disguise",
    M,
    o(
        inside_words(
            "Methadone and sertraline continue. Baby to be observed 72 hours for withdrawal and adaptation; "
            "breastfeeding supported; no co-sleeping because of methadone sedation; cot seen before discharge.",
            "\u2060",
            every=2,
        )
    ),
    "word joiners in the overall conclusion",
)
ok(
    "dis-cyr-overall-f",
    "disguise",
    F,
    o(
        homoglyphs(
            "Diazepam and pregabalin continue. Night feeds by the foster carer; never a shared bed, sofa or armchair "
            "with the sedated mother; late withdrawal watch to day 8; plan shared with HV and social worker.",
            "cepx",
        )
    ),
    "Cyrillic c, e, p, x in the overall conclusion",
)
ok(
    "dis-zwj-overall-v",
    "disguise",
    V,
    o(
        inside_words(
            "Continue sodium valproate, never stop suddenly. Urgent neurology and fetal medicine referrals for the "
            "baby's first-trimester exposure; anomaly scan; folic acid 5 mg.",
            "\u200d",
            every=5,
        )
    ),
    "zero-width joiners in the overall conclusion",
)
ok(
    "dis-fw-overall-c",
    "disguise",
    C,
    o(
        full_width(
            "Citalopram 20 mg continues. Baby observed 48 h for adaptation symptoms. Breastfeeding OK. GP mood check "
            "at 6 weeks."
        )
    ),
    "a full-width overall conclusion",
)
ok(
    "dis-bom-overall-l",
    "disguise",
    L,
    o(
        "\ufeff"
        + inside_words(
            "Lithium continues with levels monthly, weekly from 36 weeks and within 24 h of birth; paediatric review of "
            "the baby; formula feeding; perinatal team within a week of birth.",
            "\ufeff",
            every=6,
        )
    ),
    "byte-order marks inside words",
)
ok(
    "dis-cyr-n-reason",
    "disguise",
    N,
    n_extra(
        "Cetirizine 10mg tablets",
        "10 mg once daily for hay fever",
        homoglyphs(
            "Non-sedating antihistamine for hay fever at a standard dose; very little passes into breast milk and "
            "the baby is not expected to be affected.",
            "aoe",
        ),
    ),
    "a not-of-concern reason in look-alike letters",
)
ok(
    "dis-shy-overall-p",
    "disguise",
    P,
    o(
        inside_words(
            "Chloe's paracetamol is no concern. Daniel's quetiapine sedates him at night, so no co-sleeping with him "
            "and no night feeds after his dose; HV will recheck the crib set-up.",
            "\u00ad",
            every=3,
        )
    ),
    "soft hyphens in the overall conclusion",
)
ok(
    "dis-greek-diazepam-sh",
    "disguise",
    F,
    c(
        DP,
        homoglyphs(
            "Diazepam 5 mg TDS + pregabalin 150 mg BD continue. Sedated: no co-sleeping/feeding lying down, FC does "
            "nights. Late NAS possible to D8, FC and HV to watch. Taper diazepam from 6/52.",
            "aio",
            variant=1,
        ),
    ),
    "Greek letters in shorthand",
)
ok(
    "dis-comb-partner",
    "disguise",
    P,
    c(
        PQ,
        combining(
            "Daniel's night quetiapine makes him hard to wake: no sharing a bed or sofa with the baby, no night feeds "
            "after it; Chloe does nights. HV to keep checking."
        ),
    ),
    "combining marks in the partner's conclusion",
)
ok(
    "dis-zwnj-sertraline-letter",
    "disguise",
    M,
    c(
        SER,
        inside_words(
            "Dear Dr Shah, sertraline 100 mg should carry on; she relapsed when she stopped it. The baby may show "
            "adaptation symptoms and has a small PPHN risk, so paediatrics will be told. Fine for breastfeeding. "
            "Kind regards.",
            "\u200c",
            every=4,
        ),
    ),
    "zero-width non-joiners in a letter",
)
ok(
    "dis-fw-lithium-sh",
    "disguise",
    L,
    c(
        LI,
        full_width(
            "Li (Priadel) 800 mg nocte cont. Levels 4-weekly, weekly from 36/40, <24 h postpartum. Paed r/v of baby. "
            "FF as BF not advised."
        ),
    ),
    "full-width shorthand",
)
bad(
    "dis-cyr-sertraline-see-letter",
    "disguise",
    M,
    c(SER, homoglyphs("Sertraline: as discussed, see PMHT letter.", "eao")),
    "a disguised deferral",
)
bad(
    "dis-zw-citalopram-nil",
    "disguise",
    C,
    c(CIT, inside_words("Citalopram reviewed at clinic. Nil concerns. Continue as before.", "\u200b", every=2)),
    "a disguised dismissal",
)
bad(
    "dis-fw-overall-quetiapine-noted",
    "disguise",
    P,
    o(full_width("Paracetamol and the father's quetiapine noted. Plan as per HV.")),
    "a full-width hollow overall conclusion",
)

# ============================================================================================================
# a second sweep, one or two more per style

ok(
    "soap2-diazepam-impression",
    "soap-notes",
    F,
    c(
        DP,
        "Imp: sedation from diazepam + pregabalin; baby at risk from co-sleeping and of late withdrawal. Plan: "
        "both continue for now (never stop suddenly - seizures); no bed/sofa/armchair sharing, no feeding lying "
        "down, FC does nights; FC/HV watch for withdrawal to day 8; GP diazepam taper from 6 weeks.",
    ),
    "'Imp:' and 'Plan:' headings",
)
ok(
    "dc2-lithium-postnatal-plan",
    "discharge",
    L,
    c(
        LI,
        "Postnatal plan written antenatally: lithium (Priadel) restarted/continued at 800 mg nocte straight after "
        "delivery, level within 24 h. Baby: paediatric review, observed on the ward for floppiness, poor feeding and "
        "lethargy; TFTs and lithium level if signs. Formula feeding. PMHT visit within 7 days.",
    ),
    "a birth plan in discharge style",
)
ok(
    "letter2-valproate-gp-reply",
    "clinic-letters",
    V,
    o(
        "Thank you, Dr McAllister. To summarise: Hannah is 8 weeks pregnant on sodium valproate 500 mg twice daily. "
        "She must not stop it abruptly. Because the baby has been exposed in the first trimester, I have referred "
        "her urgently to fetal medicine for a detailed scan and to the epilepsy team; folic acid 5 mg started. "
        "Warm regards."
    ),
    "an overall conclusion as a reply letter",
)
ok(
    "mw2-partner-community",
    "midwife-hv",
    P,
    o(
        "Community MW day 5: Chloe using paracetamol PRN only, fine with breastfeeding and formula top-ups. "
        "Daniel's quetiapine makes him very drowsy overnight - he will not co-sleep or do night feeds after his "
        "dose; baby in the side crib with Chloe. HV handover done; she will recheck at each visit."
    ),
    "community midwife note, PRN",
)
ok(
    "pharm2-sertraline-level",
    "pharmacist",
    M,
    c(
        SER,
        "Sertraline 100 mg: continue. Relative infant dose in breast milk is low - breastfeeding OK. Late-pregnancy "
        "exposure: possible neonatal adaptation syndrome and small PPHN risk; flag to paediatrics, MW to observe. "
        "Do not stop suddenly (relapse, discontinuation symptoms).",
    ),
    "a pharmacist's relative infant dose",
)
ok(
    "sw2-citalopram-early-help",
    "social-care",
    C,
    o(
        "Early help note: Megan will keep taking citalopram 20 mg, which keeps her well. The midwife will watch "
        "the baby for 48 hours after birth for jitteriness or poor feeding. She can breastfeed. Her GP will review "
        "her mood at 6 weeks; no safeguarding concern from her medicine."
    ),
    "an early help note",
)
ok(
    "vp2-her-view-declined",
    "views-and-plans",
    F,
    c(
        DP,
        "Kayleigh asked to stop the diazepam straight away; advised against, as sudden withdrawal can cause "
        "seizures, and she agreed to a slow reduction with the GP from 6 weeks. Diazepam and pregabalin continue "
        "meanwhile and make her drowsy: no co-sleeping or feeding lying down, foster carer does nights. Baby "
        "watched for late withdrawal until day 8.",
    ),
    "her wish, the advice and what was agreed",
)
ok(
    "sh2-valproate-ppp-esn",
    "shorthand",
    V,
    c(
        VPA,
        "VPA 500 mg BD - cont, do NOT stop abruptly (sz risk). 1st trim exposure: high risk MCMs/neurodevelopment. "
        "Urgent ESN/neuro + FMU referral sent; detailed USS. FA 5 mg OD started.",
    ),
    "VPA, sz, MCMs, ESN, FMU, USS, FA",
)
ok(
    "dd2-citalopram-dates",
    "dates-doses",
    C,
    c(
        CIT,
        "Citalopram 20mg od (since Jan 2025) to continue beyond EDD 06/04/26 - relapse within 6/52 of stopping "
        "last time. Newborn to be watched for adaptation problems for 48hrs post delivery; paediatric review if "
        "symptoms persist. Breast-feeding compatible.",
    ),
    "compact dates and doses",
)
ok(
    "ctx2-partner-methadone-not-hers",
    "context",
    P,
    c(
        PQ,
        "Daniel's quetiapine: sedating at night, so he must not co-sleep with the baby on any surface or do night "
        "feeds after his dose; Chloe does nights and the crib is beside her. HV to check at every visit. He denies "
        "any other sedatives or alcohol.",
    ),
    "a denial of other use",
)
ok(
    "ctx2-baby-phenobarbital",
    "context",
    F,
    c(
        DP,
        "Diazepam and pregabalin continue for now. Baby: late withdrawal signs possible to day 8; if severe, the "
        "neonatal team may give the baby phenobarbital. Mother sedated on both: no co-sleeping, no feeding lying "
        "down, foster carer does night feeds. Slow diazepam taper at 6 weeks.",
    ),
    "the baby's possible treatment named",
)
ok(
    "ue2-because-clauses",
    "unusual-english",
    L,
    o(
        "Because relapse after birth would be dangerous, lithium continues; because lithium reaches the baby, a "
        "paediatrician sees the baby after birth and she bottle feeds; because levels change near term, they are "
        "checked monthly, weekly from 36 weeks and within 24 hours of birth."
    ),
    "parallel 'because' clauses",
)
ok(
    "ue2-n-reason-fragment",
    "unusual-english",
    N,
    n_extra(
        "Lansoprazole 15mg capsules",
        "15 mg once daily",
        "Reflux. Low dose, short course. Tiny amounts in milk; no effect on the baby expected. Nothing for the HV "
        "to watch.",
    ),
    "a reason in fragments",
)
ok(
    "dis2-lrm-overall-m",
    "disguise",
    M,
    o(
        "\u200e"
        + inside_words(
            "Methadone 60 mg and sertraline 100 mg continue. Baby on the ward for at least 72 h for withdrawal "
            "scoring; breastfeeding encouraged; cot, not her bed, because methadone sedates her.",
            "\u200e",
            every=5,
        )
    ),
    "left-to-right marks",
)
ok(
    "dis2-greek-valproate-letter",
    "disguise",
    V,
    c(
        VPA,
        homoglyphs(
            "Dear Dr McAllister, Hannah should continue valproate for now: stopping abruptly risks seizures. Her baby "
            "was exposed in the first trimester; fetal medicine scan and urgent neurology review arranged. Folic acid "
            "5 mg started. Best wishes.",
            "aop",
            variant=1,
        ),
    ),
    "Greek letters in a letter",
)
bad(
    "dis2-shy-valproate-awaiting",
    "disguise",
    V,
    o(inside_words("Valproate: awaiting neurology. Will update when the letter arrives.", "\u00ad", every=2)),
    "a soft-hyphenated deferral",
)


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F65CASES))


if __name__ == "__main__":
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:16} {expect:7} {n}")
    print("refuse", sum(c.expect == REFUSE for c in F65CASES), "pass", sum(c.expect == PASS for c in F65CASES))
