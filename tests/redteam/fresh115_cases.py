"""A hundred-and-fifteenth independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, eighteenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
About a third is good, complete work that must pass; a third is hollow or disguised conclusions; a third is
names and facts, each with its twin:

* ``registers``: complete work as GP letters, letters to the mother and to named professionals, SOAP, midwife
  shorthand, discharge summaries, partner and foster assessments, pharmacist, HV, social worker, perinatal
  mental health and drug service letters, questions answered, long conclusions with aims and hopes beside
  plans (must pass), and copy-and-paste with edits (refuse);
* ``hollow``: non-answers, deferrals anywhere, hand-offs to a department, goals with no act (refuse), with
  substantive twins;
* ``joint``: joint assessments and overall conclusions that drop a medicine or name it only by class
  (refuse), or name each, brand names included (pass);
* ``plans``: plans withdrawn, left to her wish or her asking, a previous pregnancy's or a sibling's plan,
  medicines as actors, roles ruled out, timings that clash, a sedated partner doing nights (refuse), twins;
* ``names``: the two brands no earlier corpus used, misspellings of every class, near misses that are a
  different harmless medicine, combination products, unlicensed products, invisible or look-alike characters
  inside a name, each against its twin;
* ``dates``: impossible dates at the edges, and boundary dates that can be true;
* ``routes``: forms given by routes they cannot take, in the list and in a conclusion, and twins;
* ``doses``: doses in a conclusion against the list (split, frequency, tenfold, mg against micrograms) and
  twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh115_cases`` for the counts per category.
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
    _merge_m,
    _partner_joint,
    add_medicine,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F115CASES: list[Case] = []

CATEGORIES = (
    "registers",
    "hollow",
    "joint",
    "plans",
    "names",
    "dates",
    "routes",
    "doses",
    "disguise",
)

RG, HO, JT, PL, NM, DT, RT, DS, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F115CASES.append(Case(f"f115-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f115") -> Mutation:
    """A medicine added to the postnatal record with nothing of concern, with or without a classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, "2026-04-04", gp_prescriber(RIVERSIDE), **fields))


def on_n(name: str, category: str, expect: Expect, mutate: Mutation, why: str) -> None:
    add(name, category, expect, N, mutate, why)


# ============================================================================================================
# registers: complete work in every register (pass); copy-paste with edits (refuse).

ok(
    "rg-meth-letter-to-mother",
    RG,
    "meth",
    "Dear Kayleigh, thank you for coming in at 29 weeks. You will carry on with methadone 60 mg a day from the "
    "chemist, supervised as now. Your baby may have withdrawal symptoms in the first few days, so the ward will "
    "keep you both in for at least 72 hours and score the baby; your health visitor will check again up to day 8. "
    "Breastfeeding is good for your baby on methadone and the midwives will help you with it. Please never sleep "
    "with the baby in your bed or on the sofa after your dose; the midwife will look at the cot at the first "
    "home visit. Best wishes, Dr Shah",
    "a letter to the mother in plain words: dose, baby's withdrawal plan, feeding, safe sleep, who does what",
    bidi,
)
ok(
    "rg-sert-pharmacist-note",
    RG,
    "sert",
    "Pharmacist medicines review at 29/40: sertraline 100 mg od is the right antidepressant to keep going - well "
    "studied in pregnancy and little passes into milk, so breastfeeding is supported. Baby: small risk of poor "
    "neonatal adaptation (jittery, fast breathing, feeding poorly) in the first 48 h; the postnatal ward "
    "midwives will observe for this alongside the methadone scoring. I will flag any OTC purchase that "
    "interacts to the GP.",
    "a pharmacist's note, complete",
)
ok(
    "rg-mo-headed-joint",
    RG,
    "mo",
    "Methadone: continues at 60 mg supervised; baby stays on the postnatal ward for 72 h of NAS scoring and the "
    "HV looks for late signs to day 8.\nSertraline: continues at 100 mg; the midwife watches for adaptation "
    "signs during the same scoring.\nBoth: breastfeeding supported; no co-sleeping after the methadone dose, "
    "and the social worker and HV see the cot before discharge.",
    "a joint overall conclusion with a heading per medicine",
    cyr,
)
ok(
    "rg-meth-drug-service-letter",
    RG,
    "meth",
    "Drug service letter (keyworker J. Byrne, copied to the GP and maternity): methadone 60 mg daily, "
    "supervised, stable for 3 months with clear urine screens. We will hold this dose to delivery and will not "
    "reduce in the third trimester. The baby is likely to have NAS: the postnatal ward scores for at least 72 h "
    "and the HV checks for late signs. Breastfeeding supported. She knows not to share a bed or sofa with the "
    "baby after her dose; I will visit at 36/40 to see the cot.",
    "a drug service letter with its own plan and who acts",
)
ok(
    "rg-meth-questions-answered",
    RG,
    "meth",
    "Her questions, answered. Will the baby withdraw? Probably: the ward will score the baby for 72 h and treat "
    "if needed. Can she breastfeed on methadone 60 mg? Yes, and it may ease withdrawal. Can the baby come into "
    "her bed? No: methadone makes her drowsy, so the cot goes beside the bed and the midwife checks it at the "
    "home visit. Methadone stays at 60 mg daily.",
    "questions with their answers after them",
)
ok(
    "rg-lith-pnmh-letter",
    RG,
    "lith",
    "Perinatal mental health team to Dr Campbell: we agree lithium (Priadel) should continue at 800 mg nocte, as "
    "her relapse risk after delivery is high. Levels monthly, weekly from 36/40 and within 24 h of delivery; "
    "obstetrics to keep her well hydrated in labour. The baby needs a paediatric review after birth for "
    "floppiness, poor feeding and thyroid function. She will bottle feed, as breastfeeding on lithium is not "
    "advised. We will see her within 7 days of the birth.",
    "a perinatal mental health letter to a named GP, complete",
    zwj,
)
ok(
    "rg-lo-long-aims-and-hopes",
    RG,
    "lo",
    "Aim: keep her well through pregnancy and the months after birth. Lithium (Priadel) 800 mg at night "
    "continues: she has been well for five years on it and a relapse after the birth would put her and the "
    "baby at risk. She hopes to avoid admission this time, and the plan is built around that.\n\n"
    "Monitoring: lithium levels monthly, weekly from 36 weeks and within 24 hours of birth; the obstetric team "
    "checks fluid balance in labour.\n\n"
    "Baby: paediatric review after birth for tone, feeding and thyroid function. Bottle feeding, because lithium "
    "passes into milk. The perinatal mental health team sees her within a week of the birth.",
    "a long overall conclusion with an aim and a hope beside the real plan",
)
ok(
    "rg-valp-neurology-letter",
    RG,
    "valp",
    "Neurology (epilepsy nurse copied): 8 weeks pregnant on sodium valproate 500 mg bd. Valproate continues for "
    "now, as stopping suddenly risks convulsive seizures, dangerous for her and the pregnancy. We see her in "
    "urgent clinic within 2 weeks to plan a switch under specialist care. Folic acid 5 mg daily continues. "
    "First-trimester exposure: the fetal medicine unit offers a detailed anomaly scan and the paediatrician "
    "will follow the baby's development after birth.",
    "a neurology letter: continue, why, who acts next, the baby's scans and follow-up",
)
ok(
    "rg-vo-soap",
    RG,
    "vo",
    "S: unplanned pregnancy, on sodium valproate 500 mg bd for JME, seizure free 2 years. O: 8+0/40 by LMP. "
    "A: first-trimester valproate exposure - high risk of malformations and of harm to the baby's development; "
    "seizure risk if stopped abruptly. P: valproate unchanged until urgent neuro r/v (referral sent today); "
    "folic acid 5 mg od started; antenatal clinic for early fetal medicine scan; risk form to be signed at neuro "
    "r/v.",
    "SOAP with an assessment and a plan",
    fw,
)
ok(
    "rg-fo-social-worker-note",
    RG,
    "fo",
    "Social worker case note, placement day 4: the GP's assessment of diazepam and pregabalin was discussed "
    "with the foster carer. Both make mum very drowsy, so she does not hold the baby while sleepy or feed lying "
    "down at contact, and the foster carer does all night care. The baby may still show withdrawal up to day 8; "
    "the carer will phone the neonatal unit for tremor, a high-pitched cry or poor feeding, and the HV visits on "
    "day 6. I review the placement at the looked-after review on 24 June.",
    "a social worker's case note naming both medicines and each person's part",
)
ok(
    "rg-dzp-hv-note",
    RG,
    "dzp",
    "HV note, day 4: baby exposed to diazepam and pregabalin in the womb; feeding 60 ml 3-hourly, no tremor, "
    "settles. Mum's diazepam and pregabalin make her drowsy: contact stays supervised and daytime only and the "
    "foster carer does nights; Moses basket seen in the carer's room. Both medicines continue for now. I will "
    "weigh the baby on day 8 and tell the GP of any late withdrawal signs.",
    "a health visitor's note, complete",
    shy,
)
ok(
    "rg-fo-discharge-summary",
    RG,
    "fo",
    "Postnatal ward discharge to foster placement. Mother on diazepam 5 mg tds and pregabalin 150 mg bd. Baby "
    "scored 4-hourly for 96 h, highest score 5, no treatment. Going out with the foster carer, who does all the "
    "nights; no sleeping with mum at contact; HV visit day 6; GP to begin the diazepam taper from the 6-week "
    "check, pregabalin unchanged.",
    "a discharge summary, complete",
)
ok(
    "rg-quet-partner-assessment",
    RG,
    "quet",
    "Partner assessment: Mr Ahmed takes quetiapine 300 mg at night and is hard to wake until morning. So he does "
    "no night feeds and never sleeps with the baby on the bed or sofa; mum does the nights and the baby sleeps "
    "in the side-car crib. If mum is unwell, her sister stays over to do nights. HV asks about nights at each "
    "contact to 8 weeks.",
    "a partner assessment: sedation, who does nights, a fallback, who checks",
    greek,
)
ok(
    "rg-po-letter-to-named-hv",
    RG,
    "po",
    "Dear Sarah (health visitor), the father takes quetiapine 300 mg at night and is heavily sedated after it. "
    "He must not do night feeds or sleep with the baby on a bed, sofa or chair; the mother does the nights. Her "
    "own paracetamol raises no concern, as very little reaches milk. Please check the sleeping arrangements at "
    "each visit and ring me if they change. Dr Pritchard",
    "a letter to a named health visitor, both parents' medicines named",
)
ok(
    "rg-cit-letter-to-named-midwife",
    RG,
    "cit",
    "Dear Maria, citalopram 20 mg daily continues through pregnancy and breastfeeding; stopping would risk her "
    "depression returning, which was severe in 2023. Baby: please watch for poor neonatal adaptation (jittery, "
    "fast breathing, poor feeding) for 48 h on the postnatal ward; paediatrics only if signs persist. I will see "
    "her for a mood review at 6 weeks. Dr McAllister",
    "a letter to a named midwife, complete",
)
ok(
    "rg-co-midwife-shorthand",
    RG,
    "co",
    "Citalopram 20 mg od - cont thru preg & BF. MW obs baby 48 h for PNAS (jittery/resp/feeds). GP mood r/v "
    "6/52 pn. HV added as recipient 12/02 so she has this before NBV.",
    "midwife shorthand, complete",
    cyr,
)
ok(
    "rg-cit-previous-pregnancy-as-reason",
    RG,
    "cit",
    "In her last pregnancy citalopram was stopped and she became very unwell, so this time citalopram 20 mg od "
    "continues. Baby: small risk of adaptation signs, so the ward midwives observe for 48 h. Breastfeeding is "
    "fine on citalopram and is supported.",
    "a previous pregnancy given as the reason for this one's plan",
)

bad(
    "rg-sert-methadone-text-edited",
    RG,
    "sert",
    "Sertraline 100 mg a day should continue to term. The baby is likely to need observation for "
    "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the cot "
    "must be checked at the home visit.",
    "the methadone conclusion pasted under sertraline with the name and dose edited: sertraline neither "
    "withdraws nor sedates like this",
)
bad(
    "rg-quet-mother-text-edited",
    RG,
    "quet",
    "The father's quetiapine should continue: the risk of relapse outweighs the small risks to the baby, which "
    "the maternity team will watch for after birth.",
    "the sertraline template pasted for a partner's medicine: nothing on his sedation or the baby's sleep",
    zwj,
)
bad(
    "rg-lith-valproate-text-edited",
    RG,
    "lith",
    "Lithium must continue until the psychiatrist reviews it: stopping suddenly risks relapse. The baby has been "
    "exposed in the first trimester, so an urgent review and early fetal medicine assessment are needed; "
    "referrals sent today.",
    "the valproate conclusion edited for lithium at 24 weeks: no levels, no birth plan, no feeding",
)
bad(
    "rg-dzp-soap-findings-only",
    RG,
    "dzp",
    "S: mum tired, taking diazepam and pregabalin as prescribed. O: baby day 4, feeding 60 ml, weight down 6%.",
    "a SOAP note with findings only: no assessment or plan",
)

# ============================================================================================================
# hollow: non-answers, deferrals anywhere, hand-offs, goals with no act; substantive twins.

bad(
    "ho-meth-no-change-in-concerns",
    HO,
    "meth",
    "Methadone: no change in concerns since the last visit, as before.",
    "a non-answer: nothing said, nothing to compare it with",
    cyr,
)
bad(
    "ho-lith-discussed-at-length",
    HO,
    "lith",
    "Lithium discussed at length today with her and her husband; both understand and are content.",
    "a consultation recorded, not a conclusion",
)
bad(
    "ho-valp-goal-only",
    HO,
    "valp",
    "Valproate: the aim is to reduce the risks to this baby as far as we possibly can, and everyone involved is "
    "committed to that.",
    "a goal with no act, no one and no time",
    zwj,
)
bad(
    "ho-vo-baby-deferred-mid-text",
    HO,
    "vo",
    "Sodium valproate 500 mg bd continues until the neurology appointment. For everything concerning the baby, "
    "refer to the fetal medicine letter of 22/05. Folic acid 5 mg started.",
    "the baby's part deferred in the middle of the text; nothing said of the baby",
)
bad(
    "ho-lith-paeds-will-be-in-touch",
    HO,
    "lith",
    "Lithium (Priadel) carries on. The paediatric department will be in touch with the family about what the "
    "baby needs after birth, and the perinatal team will advise on the rest.",
    "hand-offs to departments: no levels, no feeding, no baby plan",
    greek,
)
bad(
    "ho-dzp-to-be-confirmed-at-strategy",
    HO,
    "dzp",
    "Diazepam and pregabalin: the safe care plan for nights will be confirmed at the strategy meeting on 20 June, "
    "and the withdrawal plan once the neonatal team has written.",
    "deferrals to a meeting and to a letter awaited",
)
bad(
    "ho-co-as-per-amended-letter",
    HO,
    "co",
    "Citalopram - as per the amended antenatal letter of 12 February, copied to the health visitor.",
    "a pointer to a letter, and an account of copying",
    fw,
)
bad(
    "ho-meth-nothing-new-to-add",
    HO,
    "meth",
    "Methadone 60 mg - nothing new to add to what the team already knows; she is well known to all services.",
    "a dismissal padded with what services know",
)
bad(
    "ho-quet-reader-should-assess",
    HO,
    "quet",
    "The father's quetiapine: the health visitor reading this should assess whether he is safe to care for the "
    "baby at night and plan accordingly.",
    "the assessment handed to the reader",
    shy,
)
ok(
    "ho-vo-see-also-then-substance",
    HO,
    "vo",
    "See also the neurology letter. In short: sodium valproate 500 mg bd continues until the urgent neurology "
    "appointment next week and must not be stopped abruptly (seizure risk). First-trimester exposure puts the "
    "baby at high risk, so a fetal medicine scan is booked at 12 and 20 weeks; folic acid 5 mg od started "
    "today.",
    "a pointer with the substance after it",
    cyr,
)
ok(
    "ho-po-no-concern-with-reason",
    HO,
    "po",
    "Paracetamol for the mother: no concern, as little passes into milk and it does not sedate. The father's "
    "quetiapine 300 mg nocte sedates him heavily, so mum does the nights, no bed or sofa sharing with him, and "
    "the crib stays beside mum's bed; the HV checks this at each visit.",
    "'no concern' with its reason, and the partner's medicine fully answered",
)
ok(
    "ho-lith-instruction-please-see",
    HO,
    "lith",
    "Lithium 800 mg nocte (Priadel) continues; levels monthly, weekly from 36/40 and within 24 h of birth. "
    "Please ask the paediatric registrar to see the baby within 24 hours of birth for tone, feeding and "
    "thyroid function. Bottle feeding, as agreed, because of lithium in milk.",
    "an instruction, not a deferral",
)
ok(
    "ho-dzp-meeting-as-well-as-plan",
    HO,
    "dzp",
    "Diazepam and pregabalin both continue for now and make mum drowsy: no co-sleeping or feeding lying down, "
    "and the foster carer does all nights. Baby may show late withdrawal to day 8; carer and HV watch for it. "
    "The strategy meeting on 20 June will also review contact, but this plan stands from today.",
    "a meeting mentioned beside a plan that stands now",
)

_P_JOINT_OVERALL = (
    "Mum's paracetamol: no concern, very little reaches milk. Dad takes quetiapine 300 mg nightly and "
    "promethazine 25 mg on bad nights; both leave him hard to wake, so he does no feeds after his doses and never "
    "sleeps with the baby on a bed, sofa or armchair. Mum does the nights; the HV checks the crib each visit."
)

# ============================================================================================================
# joint: a joint assessment or the overall conclusion must name each medicine it covers.

bad(
    "jt-mo-only-sertraline",
    JT,
    "mo",
    "Sertraline continues at 100 mg. The baby is observed on the postnatal ward for 72 hours and breastfeeding "
    "is supported; no co-sleeping, and the social worker and health visitor see the cot before discharge.",
    "the overall conclusion never names methadone",
    bidi,
)
bad(
    "jt-fo-pregabalin-by-class",
    JT,
    "fo",
    "Diazepam and her nerve-pain capsules continue for now. Sedation is the main risk to the baby: no bed or sofa "
    "sharing, no feeding lying down, and the foster carer does the nights. Late withdrawal possible to day 8; "
    "foster carer, HV and social worker all hold this plan.",
    "pregabalin described, never named",
)
add(
    "jt-merged-antidepressant-by-class",
    JT,
    REFUSE,
    M,
    _merge_m(
        "Methadone 60 mg and her SSRI both continue unchanged. The baby is likely to need 72 hours of NAS "
        "scoring, and the midwife also watches for adaptation signs. Breastfeeding supported; no co-sleeping, "
        "and the cot is checked at the home visit."
    ),
    "a joint assessment of methadone and sertraline naming sertraline only by class",
)
add(
    "jt-partner-sleeping-tablets-unnamed",
    JT,
    REFUSE,
    P,
    _partner_joint(
        "The father's quetiapine and his sleeping tablets leave him too sedated to care for the baby at night or "
        "to share a bed or sofa with the baby. The mother does the night feeds and the baby sleeps in the crib; "
        "the HV keeps checking.",
        _P_JOINT_OVERALL,
    ),
    "promethazine covered by the assessment, called only 'sleeping tablets'",
)
add(
    "jt-partner-phenergan-brand",
    JT,
    PASS,
    P,
    _partner_joint(
        "The father's quetiapine and Phenergan leave him too sedated to care for the baby at night or to share a "
        "bed or sofa with the baby. The mother does the night feeds and the baby sleeps in the crib; the HV keeps "
        "checking this.",
        _P_JOINT_OVERALL,
    ),
    "promethazine named by its brand",
)
add(
    "jt-merged-both-named-shorthand",
    JT,
    PASS,
    M,
    _merge_m(
        "Methadone 60 mg + sertraline 100 mg: both cont. unchanged (relapse risk). Baby: NAS scoring >=72 h on "
        "PN ward, MW also obs for SSRI adaptation signs; HV late signs to day 8. BF supported on both. No "
        "co-sleeping after methadone dose; cot checked at home visit."
    ),
    "a joint assessment in shorthand naming both",
)
ok(
    "jt-fo-lyrica-and-valium-brands",
    JT,
    "fo",
    "Valium (diazepam) and Lyrica (pregabalin) continue for now and both sedate: no bed, sofa or armchair "
    "sharing, no feeding lying down, foster carer does nights while mum is drowsy. Late withdrawal possible to "
    "day 8; foster carer, HV and social worker hold this plan.",
    "brands with their ingredients in brackets",
    zwj,
)
bad(
    "jt-mo-methadone-and-the-other",
    JT,
    "mo",
    "Methadone and the other medicine both continue. NAS scoring on the ward for 72 hours; breastfeeding "
    "supported. No co-sleeping because of methadone sedation; SW and HV see the cot before discharge.",
    "'the other medicine' is not a name",
)

# ============================================================================================================
# plans: withdrawn, her wish, her asking, a previous pregnancy's or sibling's plan, medicines as actors, roles
# ruled out, timings that clash, a sedated partner doing nights; with twins.

bad(
    "pl-cit-observation-withdrawn",
    PL,
    "cit",
    "Citalopram 20 mg continues. The midwife was going to observe the baby for 48 hours after birth, but this "
    "has now been cancelled. Breastfeeding is supported.",
    "the baby's observation withdrawn with no reason",
    cyr,
)
bad(
    "pl-co-her-wish-and-asking",
    PL,
    "co",
    "Citalopram 20 mg to continue if she wishes; the baby can be checked after birth if she asks for it, and a "
    "mood review can be booked whenever she would like one.",
    "every part left to her wish or her asking",
)
ok(
    "pl-co-her-wish-with-decision",
    PL,
    "co",
    "She wanted to keep taking citalopram and we agree, because her relapse risk is high: citalopram 20 mg od "
    "continues through pregnancy and breastfeeding. Midwife observes the baby for 48 h for adaptation signs; GP "
    "mood review at 6 weeks, sooner if she asks.",
    "her wish beside a decision, and 'sooner if she asks' beside a fixed review",
)
bad(
    "pl-meth-sibling-plan",
    PL,
    "meth",
    "Methadone 60 mg continues. For the baby after birth, follow the plan that was used for her son in 2023.",
    "a sibling's plan stands in for this baby's",
    zwj,
)
bad(
    "pl-sert-last-pregnancy-plan",
    PL,
    "sert",
    "Sertraline: same plan as in her last pregnancy, which worked well; nothing different this time.",
    "a previous pregnancy's plan, not said",
)
bad(
    "pl-meth-medicine-protects-baby",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The methadone will keep the baby settled after birth and protect it from "
    "withdrawal, and it will look after her sleep too.",
    "the medicine as the actor, and a false reassurance: no observation, no safe sleep",
)
ok(
    "pl-meth-medicine-cause-people-act",
    PL,
    "meth",
    "Methadone 60 mg daily continues under the drug service. Methadone may cause NAS, so the ward scores the "
    "baby for at least 72 h and the HV looks for late signs to day 8. It makes her drowsy after each dose: no "
    "bed or sofa sharing, cot checked at the home visit. BF supported.",
    "the medicine causes; people act",
)
bad(
    "pl-sert-hv-ruled-out-then-acts",
    PL,
    "sert",
    "Sertraline 100 mg continues. No health visitor involvement is needed for this family; the health visitor "
    "will watch the baby at home for adaptation signs in the first week.",
    "a role ruled out, then given the only act",
    greek,
)
ok(
    "pl-po-sw-ruled-out-hv-acts",
    PL,
    "po",
    "No social worker is needed: there are no safeguarding concerns. The father's quetiapine 300 mg at night "
    "sedates him, so he does no night feeds and never sleeps with the baby on a bed or sofa; the mother's "
    "paracetamol raises no concern. The HV checks the sleeping arrangements at each visit to 8 weeks.",
    "a role ruled out with its reason, the acts given to others",
)
bad(
    "pl-meth-timings-clash",
    PL,
    "meth",
    "Methadone continues at 60 mg. Mother and baby go home on day 2; NAS scoring on the postnatal ward for "
    "72 hours begins on day 4. Breastfeeding supported; no co-sleeping.",
    "ward scoring begins after the baby has gone home",
)
ok(
    "pl-meth-timings-fit",
    PL,
    "meth",
    "Methadone continues at 60 mg. NAS scoring on the postnatal ward from birth for at least 72 h, so no "
    "discharge before day 3; HV visits on day 5 and day 8 for late signs. Breastfeeding supported; no "
    "co-sleeping after her dose.",
    "timings that fit together",
    bidi,
)
bad(
    "pl-quet-sedated-father-does-nights",
    PL,
    "quet",
    "The father takes quetiapine 300 mg at 10 pm. He will do the night feeds after his dose so the mother can "
    "rest, and the baby sleeps in the Moses basket beside him; the HV will check the basket.",
    "a partner sedated by his dose doing the night feeds",
)
ok(
    "pl-quet-father-evening-feed-before-dose",
    PL,
    "quet",
    "The father's quetiapine 300 mg at 10 pm sedates him heavily until morning. He does the 7 pm feed and bath "
    "before his dose and no feeds after it; he never sleeps with the baby on a bed or sofa. The mother does the "
    "night feeds, the baby in the crib by her side; the HV checks this at each visit.",
    "the father cares before his dose, not after",
    cyr,
)
bad(
    "pl-fo-foster-carer-discretion",
    PL,
    "fo",
    "Diazepam and pregabalin continue. Night care is left to the foster carer's discretion, and mum may sleep "
    "with the baby at contact if she feels alert enough.",
    "left to discretion, and a permission to co-sleep while on two sedatives",
)
bad(
    "pl-lith-plan-for-the-reader",
    PL,
    "lo",
    "Lithium (Priadel) 800 mg continues. Whoever receives this record should arrange levels, a paediatric review "
    "and the feeding plan as they see fit.",
    "the plan given to the reader, no one named",
    shy,
)
bad(
    "pl-valp-plan-taken-back",
    PL,
    "valp",
    "Valproate 500 mg bd continues and the urgent neurology referral was made today; on reflection the referral "
    "has been withdrawn and the fetal medicine scan will not be booked.",
    "the plan withdrawn in the same conclusion",
)
ok(
    "pl-valp-referral-changed-not-withdrawn",
    PL,
    "valp",
    "Valproate 500 mg bd continues, not to be stopped abruptly (seizures). The routine neurology referral was "
    "withdrawn and replaced today by an urgent one, appointment within 2 weeks; fetal medicine scan booked for "
    "first-trimester exposure; folic acid 5 mg started.",
    "a referral withdrawn and replaced by a better one",
)
bad(
    "pl-dzp-sedated-mum-nights-at-placement",
    PL,
    "dzp",
    "Diazepam and pregabalin continue; mum does the night feeds on Tuesdays and Thursdays when she stays over at "
    "the placement, and the baby may show withdrawal up to day 8.",
    "the sedated mother doing nights",
    greek,
)

# ============================================================================================================
# names: medicines of concern classified as harmless (refuse) under brands no earlier corpus used, misspellings
# of every class, combination products and characters hidden inside the name; near misses that are different,
# harmless medicines (pass); unlicensed products with and without the clinician's classification.

_HARMLESS = "Short course from the GP; checked as not of concern while breastfeeding."

for _slug, _name, _dose in [
    ("epilim-intravenous", "Epilim Intravenous 400mg powder and solvent for solution for injection", "As directed"),
    ("rapifen-intensive-care", "Rapifen Intensive Care 5mg/ml solution for injection", "As directed"),
    ("metadone", "Metadone 1mg/ml oral solution", "30 ml once daily"),
    ("buprenorphin", "Buprenorphin 2mg sublingual tablets", "4 mg once daily"),
    ("lithum", "Lithum carbonate 400mg tablets", "400 mg at night"),
    ("topiramte", "Topiramte 50mg tablets", "50 mg twice a day"),
    ("isotretinion", "Isotretinion 20mg capsules", "20 mg once daily"),
    ("methotrexat", "Methotrexat 2.5mg tablets", "7.5 mg once a week"),
    ("hydroxizine", "Hydroxizine 25mg tablets", "25 mg at night"),
    ("zopiclon", "Zopiclon 7.5mg tablets", "7.5 mg at night"),
    ("mirtazepine", "Mirtazepine 15mg tablets", "15 mg at night"),
    ("dihydrocodiene", "Dihydrocodiene 30mg tablets", "30 mg four times a day"),
    ("citalopam", "Citalopam 20mg tablets", "20 mg once daily"),
    ("combo-tramadol-paracetamol", "Tramadol and paracetamol 37.5mg/325mg tablets", "Two tablets four times a day"),
    ("combo-codeine-ibuprofen", "Codeine and ibuprofen 12.8mg/200mg tablets", "Two tablets three times a day"),
    (
        "combo-night-cold-remedy",
        "Paracetamol, promethazine and dextromethorphan oral solution",
        "20 ml at night",
    ),
    ("combo-diphenhydramine", "Paracetamol and diphenhydramine 500mg/25mg tablets", "Two tablets at night"),
    ("wj-methadone", "Metha\u2060done 1mg/ml oral solution", "40 ml once daily"),
    ("shy-diazepam", "Di\u00adaze\u00adpam 2mg tablets", "2 mg three times a day"),
    ("zwnj-zopiclone", "Zo\u200cpi\u200cclone 3.75mg tablets", "3.75 mg at night"),
    ("cyrillic-promethazine", "Prom\u0435thazine 25mg tablets", "25 mg at night"),
    (
        "fullwidth-mirtazapine",
        "\uff2d\uff49\uff52\uff54\uff41\uff5a\uff41\uff50\uff49\uff4e\uff45 15mg tablets",
        "15 mg at night",
    ),
]:
    on_n(
        f"nm-{_slug}-called-harmless",
        NM,
        REFUSE,
        extra(_name, _dose, _HARMLESS),
        f"a medicine of concern ({_name!r}) classified as harmless instead of being assessed",
    )

for _slug, _name, _dose, _reason in [
    (
        "metformin-not-methadone",
        "Metformin 500mg tablets",
        "500 mg twice a day",
        "Gestational diabetes, continued for 2 weeks postnatally; compatible with breastfeeding, no sedation.",
    ),
    (
        "labetalol-not-lamotrigine",
        "Labetalol 200mg tablets",
        "200 mg twice a day",
        "Postnatal blood pressure; compatible with breastfeeding, midwife checks BP.",
    ),
    (
        "cetirizine-not-sertraline",
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for hay fever; compatible with breastfeeding.",
    ),
    (
        "diclofenac-not-diazepam",
        "Diclofenac sodium 50mg gastro-resistant tablets",
        "50 mg three times a day for 3 days",
        "Perineal pain after the tear; short course, compatible with breastfeeding, not sedating.",
    ),
    (
        "docusate-not-dosulepin",
        "Docusate sodium 100mg capsules",
        "100 mg twice a day",
        "Stool softener after the repair; not absorbed in amounts that matter.",
    ),
    (
        "clotrimazole-not-clonazepam",
        "Clotrimazole 1% cream",
        "Apply twice a day to the nipples",
        "Topical antifungal for nipple thrush; wiped off before feeds.",
    ),
    (
        "loperamide-not-lorazepam",
        "Loperamide 2mg capsules",
        "2 mg after each loose stool, up to 8 mg a day",
        "Short course for diarrhoea; minimal passage into milk, not sedating.",
    ),
    (
        "co-amoxiclav-combination",
        "Co-amoxiclav 500mg/125mg tablets",
        "One tablet three times a day for 7 days",
        "Wound infection; compatible with breastfeeding, watch the baby's nappies for thrush.",
    ),
    (
        "zw-ibuprofen",
        "Ibu\u200bprofen 400mg tablets",
        "400 mg three times a day",
        "Perineal pain; compatible with breastfeeding.",
    ),
    (
        "cyrillic-cetirizine",
        "\u0421etirizine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine; compatible with breastfeeding.",
    ),
    (
        "fenugreek-classified",
        "Fenugreek seed capsules (bought online)",
        "Two capsules three times a day",
        "Herbal galactagogue she chose; no sedative or opioid action, midwife weighs the baby weekly.",
    ),
    (
        "domperidone-off-label-classified",
        "Domperidone 10mg tablets",
        "10 mg three times a day for 2 weeks",
        "Off-label to increase milk supply, agreed with the infant feeding lead; tiny amounts in milk, ECG normal.",
    ),
]:
    on_n(f"nm-{_slug}", NM, PASS, extra(_name, _dose, _reason), "a harmless medicine, classified with its reason")

on_n(
    "nm-fenugreek-unclassified",
    NM,
    REFUSE,
    extra("Fenugreek seed capsules (bought online)", "Two capsules three times a day", None),
    "an unlicensed herbal product with no code and no classification",
)
on_n(
    "nm-domperidone-off-label-unclassified",
    NM,
    REFUSE,
    extra("Domperidone 10mg tablets", "10 mg three times a day for 2 weeks", None),
    "an off-label medicine with no code, neither assessed nor classified",
)
ok(
    "nm-valp-epilim-in-conclusion",
    NM,
    "valp",
    "Epilim (sodium valproate) 500 mg bd continues until the urgent neurology review: stopping suddenly risks "
    "seizures. First-trimester exposure puts the baby at high risk, so neurology and fetal medicine referrals "
    "were sent today and folic acid 5 mg started.",
    "the listed medicine named by its brand",
)
bad(
    "nm-meth-unlisted-oxynorm",
    NM,
    "meth",
    "Methadone 60 mg daily continues. She also takes Oxynorm for back pain, which adds to her drowsiness: NAS "
    "scoring on the ward for 72 h, breastfeeding supported, no co-sleeping, cot checked at the home visit.",
    "an opioid she takes named in the conclusion, missing from the list",
)
ok(
    "nm-meth-oxynorm-denied",
    NM,
    "meth",
    "Methadone 60 mg daily continues; she denies any Oxynorm or other on-top use. NAS scoring on the ward for "
    "72 h, breastfeeding supported, no co-sleeping after her dose, cot checked at the home visit.",
    "a medicine she is said not to use",
)
add(
    "nm-partner-seroquel-listed",
    NM,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Seroquel 100mg tablets"),
    "the partner's medicine listed by its brand; the conclusion's ingredient still names it",
)
add(
    "nm-sert-renamed-selegiline",
    NM,
    REFUSE,
    M,
    set_("medicines#med-sertraline.name", "Selegiline 5mg tablets"),
    "a near miss that is a different real medicine: the conclusion assesses sertraline, which the list no longer has",
)

# ============================================================================================================
# dates: impossible at the edge, and boundary dates that can be true.

add(
    "dt-cit-assessment-before-conception",
    DT,
    REFUSE,
    C,
    set_("assessments#asm-citalopram.date", "2025-06-01"),
    "an assessment a month before the pregnancy began, not marked as pre-conception advice",
)
add(
    "dt-v-edd-seventeen-days-off",
    DT,
    REFUSE,
    V,
    set_("pregnancy.edd", "2027-01-16"),
    "EDD 17 days from the date the recorded gestation gives",
)
add(
    "dt-v-edd-thirteen-days-off",
    DT,
    PASS,
    V,
    set_("pregnancy.edd", "2027-01-12"),
    "13 days: within the allowed margin",
)
add(
    "dt-p-partner-medicine-starts-next-week",
    DT,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.started", "2026-12-10"),
    "a medicine started in the future",
)
add(
    "dt-p-partner-medicine-started-2023",
    DT,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.started", "2023-09-01"),
    "started earlier than listed, still before its last change and the assessment",
)
add(
    "dt-l-updated-next-morning",
    DT,
    PASS,
    L,
    set_("updated", "2026-05-07T09:00:00+00:00"),
    "updated the morning after attestation",
)
add("dt-m-mother-born-1913", DT, REFUSE, M, set_("mother.birth_date", "1913-04-01"), "a 113-year-old pregnancy")
add("dt-m-mother-born-1983", DT, PASS, M, set_("mother.birth_date", "1983-02-28"), "43 years old: possible")
add("dt-n-delivery-feb-29", DT, REFUSE, N, set_("pregnancy.delivery_date", "2026-02-29"), "no 29 February in 2026")
add("dt-m-assessment-nov-31", DT, REFUSE, M, set_("assessments#asm-methadone.date", "2025-11-31"), "no 31 November")
add(
    "dt-n-delivery-month-earlier",
    DT,
    PASS,
    N,
    set_("pregnancy.delivery_date", "2026-03-01"),
    "an earlier delivery date; the medicines started after it",
)

# ============================================================================================================
# routes: the list's forms given by routes they cannot take, and in conclusions; with twins.

add(
    "rt-l-lithium-subcut",
    RT,
    REFUSE,
    L,
    set_("medicines#med-lithium.dose", "800 mg by subcutaneous injection at night; brand prescribing (Priadel)"),
    "modified-release tablets injected",
)
add(
    "rt-l-lithium-orally",
    RT,
    PASS,
    L,
    set_("medicines#med-lithium.dose", "800 mg orally at night; brand prescribing (Priadel)"),
    "tablets by mouth",
)
add(
    "rt-c-citalopram-inhaled",
    RT,
    REFUSE,
    C,
    set_("medicines#med-citalopram.dose", "20 mg inhaled once daily"),
    "tablets inhaled",
)
add("rt-c-citalopram-po", RT, PASS, C, set_("medicines#med-citalopram.dose", "20 mg PO once daily"), "tablets PO")
add(
    "rt-n-paracetamol-pr",
    RT,
    PASS,
    N,
    set_("medicines#med-paracetamol.dose", "1 g PR up to four times a day when needed for perineal pain"),
    "tablets given rectally: unusual, used",
)
add(
    "rt-n-paracetamol-nebulised",
    RT,
    REFUSE,
    N,
    set_("medicines#med-paracetamol.dose", "1 g nebulised up to four times a day when needed"),
    "tablets nebulised",
)
add(
    "rt-p-quetiapine-im",
    RT,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) IM at night"),
    "tablets by intramuscular injection",
)
bad(
    "rt-sert-subcut-in-conclusion",
    RT,
    "sert",
    "Sertraline 100 mg s/c daily continues: relapse risk outweighs the small risk to the baby; the ward "
    "midwives observe the baby for 48 h for adaptation signs and breastfeeding is supported.",
    "tablets given subcutaneously in the conclusion",
)
ok(
    "rt-sert-po-in-conclusion",
    RT,
    "sert",
    "Sertraline 100 mg po daily continues: relapse risk outweighs the small risk to the baby; the ward midwives "
    "observe the baby for 48 h for adaptation signs and breastfeeding is supported.",
    "tablets by mouth in the conclusion",
)
bad(
    "rt-meth-suppositories-in-conclusion",
    RT,
    "meth",
    "Methadone suppositories 60 mg daily continue to delivery. NAS scoring on the ward for 72 h; "
    "breastfeeding supported; no co-sleeping after her dose, cot checked at the home visit.",
    "an oral solution called suppositories",
)

# ============================================================================================================
# doses: a conclusion's dose against the list (split, frequency, tenfold, mg against micrograms); twins.

_MRE = (
    " continues to delivery under the drug service. NAS scoring on the postnatal ward for 72 h, HV to day 8; "
    "breastfeeding supported; no co-sleeping after her dose."
)
bad("ds-meth-tenfold", DS, "meth", "Methadone 600 mg daily" + _MRE, "tenfold the listed 60 mg", fw)
ok("ds-meth-in-ml", DS, "meth", "Methadone 60 ml daily" + _MRE, "the listed volume of a 1 mg/ml solution")
_SRE = (
    " continues: relapse risk outweighs the small risk to the baby, so the ward midwives observe for adaptation "
    "signs for 48 h; breastfeeding supported."
)
bad("ds-sert-split-bd", DS, "sert", "Sertraline 50 mg bd" + _SRE, "split in two against a once-daily line")
ok("ds-sert-two-tablets", DS, "sert", "Sertraline, two 50 mg tablets once a day," + _SRE, "the line's split")
_DRE = (
    " Both sedate: no co-sleeping or feeding lying down; the foster carer does the nights. Late withdrawal "
    "possible to day 8; HV and carer watch."
)
bad(
    "ds-dzp-diazepam-bd",
    DS,
    "dzp",
    "Diazepam 5 mg bd and pregabalin 150 mg bd continue." + _DRE,
    "diazepam twice a day against three times a day",
)
ok(
    "ds-dzp-diazepam-day-total",
    DS,
    "dzp",
    "Diazepam 15 mg a day and pregabalin 300 mg a day continue." + _DRE,
    "the day's totals",
)
bad(
    "ds-dzp-pregabalin-day-half",
    DS,
    "dzp",
    "Diazepam continues; pregabalin 150 mg daily continues." + _DRE,
    "150 mg a day against 300 mg a day",
    shy,
)
_LRE = (
    " continues; levels monthly, weekly from 36/40 and within 24 h of birth. Paediatric review of the baby after "
    "birth; bottle feeding because of lithium in milk."
)
bad("ds-lith-micrograms", DS, "lith", "Priadel 800 micrograms at night" + _LRE, "micrograms for milligrams")
ok("ds-lith-nocte", DS, "lith", "Lithium 800mg nocte" + _LRE, "the listed dose in shorthand")
_CRE = (
    " continues through pregnancy and breastfeeding; the midwife watches the baby for adaptation signs for 48 h "
    "and the GP reviews mood at 6 weeks."
)
bad("ds-cit-tenfold", DS, "cit", "Citalopram 200 mg daily" + _CRE, "tenfold", greek)
bad("ds-cit-micrograms", DS, "cit", "Citalopram 20 micrograms daily" + _CRE, "micrograms for milligrams")
ok("ds-cit-od", DS, "cit", "Citalopram 20mg od" + _CRE, "the listed dose")
_QRE = (
    " sedates him heavily: he does no night feeds and never shares a bed or sofa with the baby; the mother does "
    "nights and the HV checks."
)
bad("ds-quet-tenth", DS, "quet", "The father's quetiapine 30 mg at night" + _QRE, "a tenth of the listed dose")
ok("ds-quet-nocte", DS, "quet", "The father's quetiapine 300mg nocte" + _QRE, "the listed dose")
_VRE = (
    " continues until the urgent neurology review, not to be stopped abruptly. First-trimester exposure: fetal "
    "medicine scan booked; folic acid 5 mg started."
)
bad("ds-valp-once-daily", DS, "valp", "Valproate 500 mg once daily" + _VRE, "once a day against twice a day")
ok("ds-valp-gram-a-day", DS, "valp", "Valproate 1 g a day" + _VRE, "the day's total in grams")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F115CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F115CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F115CASES):3}"
    )
