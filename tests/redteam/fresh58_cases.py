"""A fifty-eighth independent "fresh" batch of red-team cases for the share gate: the adversary, ninth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. A careless clinician (or integrator) writes text that LOOKS substantive, in
shapes earlier batches did not try; beside each hollow shape is a near miss that decides clearly in similar
words. It covers:

* ``no-actor``: plans with no actor and no time ("monitoring as appropriate", "to be actioned accordingly"),
  beside plans that say who does what and when;
* ``mother-only``: conclusions about the mother's condition only (mood, relapse, seizures, keeping well) with
  nothing for the baby, beside the same reasons carried through to the baby;
* ``restated-list``: conclusions that only restate the medicine list and the template's answers (name, dose,
  prescriber, "sedation: yes"), beside terse lists that decide;
* ``narrative``: first-person accounts of the consultation with no decision ("I saw her today, we talked
  about ..."), beside first-person accounts that decide;
* ``superlatives``: confident but empty claims ("the safest possible plan is in place"), beside plans that use
  the same words and then say what the plan is;
* ``overall-copied``: the overall conclusion pasted into every assessment of different medicines, beside
  records with one assessment whose overall box repeats it (no copy across medicines);
* ``partner-as-mother``: the father's sedating quetiapine assessed with a plan that is the mother's (her dose,
  her breastfeeding, her withdrawal), beside plans for his sedation and the baby's care;
* ``contradictions``: a conclusion that says the opposite of the assessment's own items in new words, beside
  conclusions that agree;
* ``dates-in-words``: date fields written in words, and impossible dates in words inside a plan, beside plans
  that give true dates in words;
* ``disguise``: about a fifth of the batch, hollow and good texts of the shapes above in look-alike letters,
  zero-width and format characters, soft hyphens, bidi controls, full-width and combining marks.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh58_cases`` for the
counts per category.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    V,
    _split_f,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F58CASES: list[Case] = []

CATEGORIES = (
    "no-actor",
    "mother-only",
    "restated-list",
    "narrative",
    "superlatives",
    "overall-copied",
    "partner-as-mother",
    "contradictions",
    "dates-in-words",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F58CASES.append(Case(f"f58-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


# Which assessment a short key writes to, and on which example.
_WHERE = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "fost": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "ovM": (M, "overall_conclusion.text"),
    "ovL": (L, "overall_conclusion.text"),
    "ovV": (V, "overall_conclusion.text"),
    "ovF": (F, "overall_conclusion.text"),
    "ovP": (P, "overall_conclusion.text"),
}


def put(key: str, text: str) -> tuple[str, Mutation]:
    base, path = _WHERE[key]
    return base, set_(path, text)


def pairs(category: str, hollow: dict[str, str], good: dict[str, str], bwhy: str, gwhy: str) -> None:
    for key, text in hollow.items():
        base, mut = put(key, text)
        bad(f"{category}-{key.lower()}-hollow", category, base, mut, bwhy)
    for key, text in good.items():
        base, mut = put(key, text)
        ok(f"{category}-{key.lower()}-decided", category, base, mut, gwhy)


# ============================================================================================================
# no-actor

NO_ACTOR_BAD = {
    "meth": "Methadone: monitoring as appropriate, with support offered where indicated and review in due course.",
    "sert": "Sertraline: ongoing monitoring and appropriate follow-up to be arranged as needed going forward.",
    "lith": "Lithium: levels to be monitored and relevant follow-up to be actioned accordingly by the relevant teams.",
    "valp": "Valproate: appropriate steps to be taken and the risks to be kept under active review throughout.",
    "fost": "Diazepam and pregabalin: close monitoring and safety netting to continue as required at all times.",
    "quet": "Quetiapine: the position will be kept under review and acted upon as appropriate by those involved.",
    "ovM": "Methadone and sertraline: monitoring and support as appropriate, with follow-up via the usual processes.",
}
NO_ACTOR_OK = {
    "meth": "Methadone continues at 60 mg. The midwives observe the baby for withdrawal on the postnatal ward for "
    "at least 72 hours and the health visitor checks for late signs until day 8; breastfeeding goes ahead, and "
    "as she is drowsy after each dose the baby sleeps in its own cot.",
    "sert": "Sertraline stays at 100 mg because stopping risks her depression returning; the midwife watches the "
    "baby for adaptation symptoms over the first three days and breastfeeding continues.",
    "lith": "Lithium continues: the midwife takes levels every four weeks and weekly from 36 weeks, the hospital "
    "checks a level within 24 hours of birth, the paediatrician reviews the baby after delivery, and she bottle "
    "feeds because lithium passes into milk.",
    "valp": "Valproate continues unchanged until the neurologist sees her urgently; the GP sent referrals today to "
    "neurology and fetal medicine because the baby was exposed in the first trimester, and folic acid 5 mg daily "
    "started today.",
    "fost": "Diazepam and pregabalin continue for now. The foster carer does every night feed and the baby sleeps "
    "in a cot in her room because the mother is drowsy after each dose; the health visitor watches for late "
    "withdrawal until day 8.",
    "quet": "The father's quetiapine 300 mg leaves him hard to wake at night, so from tonight he does no night feeds "
    "and never sleeps with the baby on a bed or sofa; the mother does the night feeds and the health visitor "
    "checks the crib at each visit.",
    "ovM": "Methadone and sertraline continue. The ward observes the baby for withdrawal for 72 hours, the health "
    "visitor looks for late signs until day 8, breastfeeding is backed, and because methadone makes her drowsy "
    "the baby sleeps in its own cot, seen by the social worker before discharge.",
}
pairs(
    "no-actor",
    NO_ACTOR_BAD,
    NO_ACTOR_OK,
    "a plan with no actor, no time and no decision for the baby",
    "who does what and when, for this baby",
)

# ============================================================================================================
# mother-only

MOTHER_BAD = {
    "meth": "Methadone keeps her stable and away from heroin; she is engaging well with her keyworker and her mood "
    "is good at present.",
    "sert": "Sertraline keeps her depression in remission; her mood is the best it has been in years and she wants "
    "to stay on it.",
    "lith": "Lithium has kept her bipolar disorder settled for four years and the risk of a postpartum relapse is "
    "high, so her mental health must come first.",
    "valp": "Valproate controls her epilepsy well; she has had no seizures in two years and is keen to keep driving.",
    "fost": "Diazepam and pregabalin help her anxiety and nerve pain; she feels calmer and is sleeping better on them.",
    "ovL": "Lithium keeps her well; the perinatal mental health team are pleased with her mood and she has good "
    "insight into her relapse signs.",
}
MOTHER_OK = {
    "meth": "Methadone keeps her stable and away from heroin, so it continues at 60 mg; her baby will be watched "
    "for withdrawal on the ward for 72 hours, she can breastfeed, and the baby sleeps in its own cot because "
    "she is drowsy after doses.",
    "sert": "Sertraline keeps her depression in remission, so it continues; the baby may be jittery or feed "
    "poorly for a few days, which the midwife will watch for, and she can breastfeed.",
    "lith": "Lithium has kept her well for four years and a postpartum relapse is likely without it, so it "
    "continues with levels monthly then weekly from 36 weeks; the baby needs a paediatric review after birth "
    "and will be bottle fed.",
    "valp": "Valproate controls her epilepsy, so it is not stopped before the urgent neurology review; the baby was "
    "exposed in the first trimester, so fetal medicine will see her early, and folic acid 5 mg is started.",
    "fost": "Diazepam and pregabalin ease her anxiety and nerve pain but make her drowsy, so she never shares a "
    "bed or sofa with the baby and the foster carer does the night feeds; the baby is watched for withdrawal "
    "until day 8.",
    "ovL": "Lithium keeps her well and continues with monthly levels, weekly from 36 weeks; the baby has a "
    "paediatric review after birth and is bottle fed, and the perinatal team sees her within a week of delivery.",
}
pairs(
    "mother-only",
    MOTHER_BAD,
    MOTHER_OK,
    "only the mother's condition: nothing for the baby",
    "the mother's reasons carried through to the baby's care",
)

# ============================================================================================================
# restated-list

LIST_BAD = {
    "meth": "Methadone 1mg/ml oral solution, 60 mg once daily, supervised consumption. Sedation: yes. "
    "Breastfeeding: yes. Neonatal withdrawal plan: yes.",
    "sert": "Sertraline 50mg tablets. Dose: two tablets (100 mg) once daily. Started June 2025. Prescriber: "
    "Riverside Surgery. Sedation: no.",
    "ovM": "Medicines: methadone 1mg/ml oral solution 60 mg daily; sertraline 50mg tablets 100 mg daily. "
    "Assessments completed for both.",
    "lith": "Lithium carbonate 400mg modified-release tablets (Priadel). Sedation: no. Feeding: bottle. Stage: "
    "antenatal, 24 weeks.",
    "valp": "Sodium valproate 500mg gastro-resistant tablets; folic acid 5mg tablets. Stage: antenatal, 8 weeks. "
    "Feeding: not known.",
    "quet": "Quetiapine 100mg tablets, 300 mg at night, taken by partner, prescribed by Elm Park Surgery. "
    "Sedation: yes.",
}
LIST_OK = {
    "meth": "Methadone 60 mg daily, supervised: continue. Sedating, so no bed or sofa sharing; baby observed 72 "
    "hours on the ward for withdrawal; breastfeed.",
    "sert": "Sertraline 100 mg daily: continue, as stopping risks relapse. Baby: midwife watches for adaptation "
    "signs for 3 days; breastfeeding fine.",
    "ovM": "Methadone 60 mg and sertraline 100 mg daily: both continue. Baby observed for withdrawal 72 hours on "
    "the ward; breastfeeding supported; no co-sleeping because methadone sedates; cot seen before discharge.",
    "lith": "Lithium (Priadel) 800 mg at night: continue. Levels monthly, weekly from 36 weeks, within 24 hours "
    "of birth. Baby: paediatric review after birth. Bottle feeding, as lithium enters milk.",
    "valp": "Sodium valproate: continue until urgent neurology review, never stopped abruptly. Baby exposed in "
    "first trimester: fetal medicine referral sent today. Folic acid 5 mg daily from today.",
    "quet": "Father's quetiapine 300 mg at night: heavily sedating. He does no night feeds and never sleeps beside "
    "the baby; mother does night feeds; crib checked by the health visitor each visit.",
}
pairs(
    "restated-list",
    LIST_BAD,
    LIST_OK,
    "only the medicine list and the template's answers restated",
    "terse, list-like, but decides for the baby",
)

# ============================================================================================================
# narrative

NARR_BAD = {
    "meth": "I saw Jodie today and we talked about her methadone and how she is feeling about the birth. She asked "
    "a lot of questions and I answered them.",
    "sert": "We had a long chat about sertraline this morning. I went through the leaflet with her and she said she "
    "would think it over.",
    "lith": "I met her with her partner today. We discussed lithium, her previous episodes and her hopes for the "
    "birth at some length.",
    "valp": "I saw her in clinic after the positive test. We talked through valproate and what it might mean, and "
    "she was understandably upset.",
    "fost": "I visited the placement this afternoon and spoke with the mother and the foster carer about diazepam "
    "and pregabalin. It was a useful conversation.",
    "quet": "I saw both parents at the new baby check and we chatted about the father's quetiapine and how nights "
    "are going.",
    "ovV": "I saw her today and we discussed valproate and folic acid at length. She is going to talk it over with "
    "her partner.",
}
NARR_OK = {
    "meth": "I saw Jodie today and we agreed methadone stays at 60 mg. I have told the ward to observe her baby for "
    "withdrawal for 72 hours; she will breastfeed, and because she is drowsy after each dose the baby will sleep "
    "in its own cot, not her bed.",
    "sert": "We talked about sertraline this morning and agreed she continues 100 mg, because stopping risks her "
    "depression returning. I have asked the midwife to watch the baby for adaptation signs in the first days; "
    "breastfeeding is fine.",
    "lith": "I met her with her partner today and we decided lithium continues. I have arranged levels monthly and "
    "weekly from 36 weeks; the paediatrician will review the baby after birth, and she will bottle feed.",
    "valp": "I saw her after the positive test. Valproate continues unchanged until neurology reviews her urgently; "
    "I referred her today to neurology and fetal medicine because the baby was exposed early, and started folic "
    "acid 5 mg.",
    "fost": "I visited the placement and agreed with the foster carer that diazepam and pregabalin continue, the "
    "foster carer does all night feeds, and the mother never sleeps with the baby on a bed or sofa; I will review "
    "late withdrawal signs at day 8.",
    "quet": "I saw both parents at the baby check. The father's quetiapine makes him very hard to wake, so we agreed "
    "he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; I will check the crib at "
    "every visit.",
    "ovV": "I saw her today: valproate continues until neurology reviews her urgently, I referred her today to fetal "
    "medicine because the baby was exposed in the first trimester, and she started folic acid 5 mg.",
}
pairs(
    "narrative",
    NARR_BAD,
    NARR_OK,
    "a first-person account of the consultation with no decision",
    "first person, and it decides for the baby",
)

# ============================================================================================================
# superlatives

SUPER_BAD = {
    "meth": "Methadone: the safest possible plan is in place and every risk to the baby has been fully addressed to "
    "the highest standard.",
    "sert": "Sertraline: an excellent, gold-standard plan that leaves nothing to chance and fully protects mother "
    "and baby.",
    "lith": "Lithium: optimal, comprehensive, evidence-based care is in place and the best possible outcome is "
    "expected.",
    "valp": "Valproate: the most robust plan achievable has been agreed, with every safeguard in place.",
    "fost": "Diazepam and pregabalin: exemplary multi-agency arrangements ensure the baby is completely safe.",
    "quet": "Quetiapine: the father's situation is handled in the best way possible and the baby could not be safer.",
    "ovF": "Diazepam and pregabalin: a first-class, fully joined-up plan is in place for this family.",
}
SUPER_OK = {
    "meth": "Methadone continues at 60 mg. The safest plan for the baby is 72 hours of withdrawal observation on "
    "the ward, breastfeeding, and a cot of its own because she is drowsy after each dose.",
    "sert": "Sertraline continues at 100 mg, the best balance for her and the baby, whose small risk of adaptation "
    "symptoms the midwife will watch for after birth; breastfeeding is fine.",
    "lith": "Lithium continues, the best option given her high relapse risk: levels monthly then weekly from 36 "
    "weeks, a paediatric review of the baby after birth, and bottle feeding.",
    "valp": "Valproate continues until the neurologist's urgent review, the safest course while seizures are a "
    "risk; early fetal medicine review for the exposed baby and folic acid 5 mg from today.",
    "fost": "Diazepam and pregabalin continue. The safest arrangement is the foster carer doing all night feeds "
    "with the baby in a cot in her room; the mother never shares a bed or sofa with the baby, and late "
    "withdrawal is watched for until day 8.",
    "quet": "The father's quetiapine makes him hard to wake. The safest plan: he never sleeps with the baby on a "
    "bed, sofa or armchair and does no night feeds; the mother feeds at night and the health visitor checks "
    "the crib.",
    "ovF": "Diazepam and pregabalin continue. The best protection for the baby is no bed, sofa or armchair sharing, "
    "night feeds by the foster carer, and watching for late withdrawal until day 8; the social worker and health "
    "visitor hold this plan.",
}
pairs(
    "superlatives",
    SUPER_BAD,
    SUPER_OK,
    "confident superlatives with nothing said about what the plan is",
    "the same confident words, then the plan itself",
)

# ============================================================================================================
# overall-copied: one text pasted into assessments of different medicines.

_OV_M_NEW = (
    "Methadone and sertraline both continue at their current doses. The baby is observed for withdrawal and "
    "adaptation signs for 72 hours on the ward and breastfeeding is backed; methadone sedates her, so the "
    "baby sleeps in its own cot, which the health visitor sees at the first visit."
)


def _paste_m(text: str, *, overall_too: bool = True) -> Mutation:
    steps = [
        set_("assessments#asm-methadone.conclusion", text),
        set_("assessments#asm-sertraline.conclusion", text),
    ]
    if overall_too:
        steps.append(set_("overall_conclusion.text", text))
    return chain(*steps)


bad("pasted-new-overall-into-both", "overall-copied", M, _paste_m(_OV_M_NEW), "one text pasted in all three boxes")
bad(
    "pasted-shipped-overall-into-both",
    "overall-copied",
    M,
    _paste_m(
        "Continue methadone and sertraline unchanged. Plan for neonatal withdrawal observation on the postnatal "
        "ward; breastfeeding supported. No co-sleeping because of methadone sedation; the social worker and "
        "health visitor will see the sleeping arrangements before discharge.",
        overall_too=False,
    ),
    "the shipped overall conclusion pasted under both medicines' assessments",
)
bad(
    "pasted-with-name-prefixes",
    "overall-copied",
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", "Methadone. " + _OV_M_NEW),
        set_("assessments#asm-sertraline.conclusion", "Sertraline. " + _OV_M_NEW),
        set_("overall_conclusion.text", _OV_M_NEW),
    ),
    "the overall pasted under both assessments with only a name in front",
)
_OV_F_NEW = (
    "Diazepam and pregabalin continue for now; she is drowsy after doses, so she never shares a bed, sofa or "
    "armchair with the baby, the foster carer does night feeds, and late withdrawal is watched for until day 8."
)
bad(
    "pasted-split-foster",
    "overall-copied",
    F,
    chain(_split_f(_OV_F_NEW, _OV_F_NEW), set_("overall_conclusion.text", _OV_F_NEW)),
    "the joint overall pasted under separate diazepam and pregabalin assessments",
)
ok(
    "split-foster-own-texts",
    "overall-copied",
    F,
    chain(
        _split_f(
            "Diazepam makes her drowsy and near birth can leave a baby floppy: she never shares a bed or sofa with "
            "the baby, the foster carer does night feeds, and diazepam comes down slowly from the 6-week review.",
            "Pregabalin adds to her drowsiness and the baby may show withdrawal until day 8, which the foster "
            "carer and health visitor watch for; pregabalin continues unchanged for now.",
        ),
        set_("overall_conclusion.text", _OV_F_NEW),
    ),
    "split assessments each with its own conclusion, and an overall of its own",
)
ok(
    "own-texts-three-boxes",
    "overall-copied",
    M,
    chain(
        set_(
            "assessments#asm-methadone.conclusion",
            "Methadone stays at 60 mg: the baby is observed for withdrawal for 72 hours, breastfeeding is backed, "
            "and as she is drowsy after each dose the baby sleeps in its own cot.",
        ),
        set_(
            "assessments#asm-sertraline.conclusion",
            "Sertraline stays at 100 mg so her depression does not return; the midwife watches the baby for "
            "adaptation signs in the first days and breastfeeding is fine.",
        ),
        set_("overall_conclusion.text", _OV_M_NEW),
    ),
    "three boxes, three texts, each deciding",
)
_L_ONE = (
    "Lithium continues at 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of birth; the "
    "paediatrician reviews the baby after delivery, she bottle feeds, and the perinatal team sees her within a week."
)
ok(
    "single-lithium-overall-repeats",
    "overall-copied",
    L,
    chain(set_("assessments#asm-lithium.conclusion", _L_ONE), set_("overall_conclusion.text", _L_ONE)),
    "one assessment: the overall box repeating it copies nothing across medicines",
)
_P_ONE = (
    "The father's quetiapine leaves him deeply asleep for hours after his dose, so he does no night feeds and never "
    "shares a bed, sofa or armchair with the baby; the mother does the night feeds and the health visitor checks."
)
ok(
    "single-partner-overall-repeats",
    "overall-copied",
    P,
    chain(set_("assessments#asm-partner-quetiapine.conclusion", _P_ONE), set_("overall_conclusion.text", _P_ONE)),
    "one assessment: the overall box repeating it",
)
ok(
    "single-foster-overall-repeats",
    "overall-copied",
    F,
    chain(
        set_("assessments#asm-diazepam-pregabalin.conclusion", _OV_F_NEW), set_("overall_conclusion.text", _OV_F_NEW)
    ),
    "one joint assessment of both medicines: the overall repeating it",
)

# ============================================================================================================
# partner-as-mother: the father's quetiapine given the mother's plan.

PARTNER_BAD = {
    "a": "Quetiapine: she should continue her medicine, breastfeeding is compatible and the baby should be watched "
    "for withdrawal after birth.",
    "b": "Quetiapine continues; the mother is advised not to co-sleep after her dose and the health visitor will "
    "check her mood.",
    "c": "Quetiapine passes into milk in low amounts only, so she can keep feeding the baby; the health visitor "
    "will review her at 6 weeks.",
    "d": "Quetiapine: her mental health is stable and she is coping well with the baby, so no change to her dose is "
    "needed.",
    "e": "Quetiapine is safe for her to take while caring for the baby; her own GP will review the dose at her "
    "postnatal check.",
}
PARTNER_OK = {
    "a": "Quetiapine is the father's, so the baby is not exposed through milk and she can keep breastfeeding; the "
    "risk is his heavy sleep, so he never shares a bed or sofa with the baby, does no night feeds, and the health "
    "visitor checks the crib.",
    "b": "Quetiapine (the father's, 300 mg at night): he must not co-sleep with the baby on any bed, sofa or "
    "armchair or do night feeds after his dose; the mother does those feeds and the health visitor checks the "
    "arrangements each visit.",
    "c": "Her partner's quetiapine sedates him heavily: the baby sleeps in the crib on her side, he does no night "
    "care after his dose, and the health visitor checks this at each visit in the first 8 weeks.",
    "d": "Quetiapine: his mental health is stable, but the drug leaves him hard to wake, so he never sleeps with "
    "the baby on a bed or sofa and leaves night feeds to the mother; the health visitor checks the crib.",
}
for _k, _t in PARTNER_BAD.items():
    bad(
        f"partner-mother-plan-{_k}",
        "partner-as-mother",
        P,
        set_("assessments#asm-partner-quetiapine.conclusion", _t),
        "the father's medicine concluded on as if it were the mother's",
    )
for _k, _t in PARTNER_OK.items():
    ok(
        f"partner-own-plan-{_k}",
        "partner-as-mother",
        P,
        set_("assessments#asm-partner-quetiapine.conclusion", _t),
        "the father's sedation and the baby's night care decided",
    )
bad(
    "partner-overall-mothers-plan",
    "partner-as-mother",
    P,
    set_(
        "overall_conclusion.text",
        "Paracetamol and quetiapine are both fine for her to take while breastfeeding; she should keep taking them "
        "and see her GP at six weeks.",
    ),
    "the overall treats the father's quetiapine as hers and says nothing of his sedation",
)
ok(
    "partner-overall-his-plan",
    "partner-as-mother",
    P,
    set_(
        "overall_conclusion.text",
        "Her paracetamol is no concern while breastfeeding. The father's quetiapine sedates him at night, so he "
        "does no night feeds and never shares a bed, sofa or armchair with the baby; the health visitor checks.",
    ),
    "the overall gives the father's quetiapine its own plan",
)

# ============================================================================================================
# contradictions

CONTRA_BAD = {
    "meth": "Methadone continues; as she is not drowsy on it, the baby can settle in her bed with her at night and "
    "be breastfed there. The ward observes for withdrawal for 72 hours.",
    "lith": "Lithium continues with levels as planned; she may breastfeed her baby as normal and the paediatrician "
    "will see the baby after birth.",
    "fost": "Diazepam and pregabalin cause her no drowsiness, so the mother takes over night feeds in the "
    "placement straight away; the baby is watched for withdrawal until day 8.",
    "sert": "Sertraline is being stopped this week as her mood is fine now; the baby will be watched for "
    "adaptation signs and can be breastfed.",
    "quet": "The father's quetiapine does not make him drowsy, so he can share night feeds and the baby can nap "
    "beside him; the health visitor will check the crib.",
}
CONTRA_OK = {
    "meth": "Methadone continues; she is drowsy for hours after each dose, so the baby never settles in her bed, "
    "sleeps in its own cot and is breastfed while she sits up. The ward observes for withdrawal for 72 hours.",
    "lith": "Lithium continues with levels as planned; she will bottle feed because lithium passes into milk, and "
    "the paediatrician will see the baby after birth.",
    "fost": "Diazepam and pregabalin make her drowsy, so the foster carer keeps the night feeds in the placement "
    "for now; the mother never shares a bed or sofa with the baby, and withdrawal is watched for until day 8.",
    "sert": "Sertraline stays at 100 mg this week and beyond, as her mood depends on it; the baby will be watched "
    "for adaptation signs and can be breastfed.",
    "quet": "The father's quetiapine makes him very drowsy, so he does not share night feeds and the baby never naps "
    "beside him; the health visitor will check the crib.",
}
pairs(
    "contradictions",
    CONTRA_BAD,
    CONTRA_OK,
    "the conclusion says the opposite of the assessment's own items",
    "the conclusion agrees with the items",
)

# ============================================================================================================
# dates-in-words

for _n, _base, _path, _val in [
    ("assessment-date", M, "assessments#asm-methadone.date", "2 March 2026"),
    ("overall-date", M, "overall_conclusion.date", "second of March 2026"),
    ("edd", M, "pregnancy.edd", "fifteenth of May 2026"),
    ("lawful-basis", M, "lawful_basis.recorded_on", "March 2nd, 2026"),
    ("gestation-on", L, "pregnancy.gestation.on", "6th May 2026"),
    ("delivery-date", P, "pregnancy.delivery_date", "eighteenth May twenty twenty-six"),
]:
    bad(f"words-{_n}", "dates-in-words", _base, set_(_path, _val), "a date field written in words cannot be read")

bad(
    "impossible-thirtieth-february",
    "dates-in-words",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        "Valproate continues until the neurology appointment on the thirtieth of February; the baby was exposed in "
        "the first trimester, so fetal medicine sees her that week; folic acid 5 mg from today.",
    ),
    "the plan hangs on a date that does not exist",
)
bad(
    "impossible-thirty-first-june",
    "dates-in-words",
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.conclusion",
        "Diazepam and pregabalin continue until the review on the thirty-first of June; the foster carer does "
        "night feeds, no bed or sofa sharing, and late withdrawal is watched for until day 8.",
    ),
    "the plan's review is on a date that does not exist",
)
ok(
    "words-edd-in-text",
    "dates-in-words",
    M,
    set_(
        "assessments#asm-methadone.conclusion",
        "Methadone continues at 60 mg. From the birth, due the fifteenth of May, the ward observes the baby for "
        "withdrawal for 72 hours; breastfeeding is supported, and the baby sleeps in its own cot as she is drowsy "
        "after doses.",
    ),
    "a true date in words inside a decided plan",
)
ok(
    "words-36-weeks-date",
    "dates-in-words",
    L,
    set_(
        "assessments#asm-lithium.conclusion",
        "Lithium continues: levels monthly, weekly from the twenty-ninth of July (36 weeks), and within 24 hours of "
        "birth; the paediatrician reviews the baby after delivery, and she bottle feeds.",
    ),
    "36 weeks written as its true date",
)
ok(
    "words-neurology-june",
    "dates-in-words",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        "Valproate continues until the neurology appointment on the third of June; the baby was exposed in the "
        "first trimester, so fetal medicine sees her the same week; folic acid 5 mg from today.",
    ),
    "a true future date in words",
)
ok(
    "words-day-eight-date",
    "dates-in-words",
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.conclusion",
        "Diazepam and pregabalin continue until the six-week review on the twentieth of July; the foster carer "
        "does night feeds, no bed or sofa sharing, and late withdrawal is watched for until the sixteenth of June "
        "(day 8).",
    ),
    "day 8 and the six-week review written as their true dates",
)
ok(
    "words-eight-weeks-date",
    "dates-in-words",
    P,
    set_(
        "assessments#asm-partner-quetiapine.conclusion",
        "The father's quetiapine sedates him at night: he never co-sleeps with the baby and does no night feeds "
        "after his dose; the health visitor checks the crib at each visit until the thirteenth of July.",
    ),
    "eight weeks after the birth written as its true date",
)

# ============================================================================================================
# disguise: hollow and good texts above, disguised.


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel, then NFC-composed where a precomposed letter exists."""
    return unicodedata.normalize("NFC", "".join(ch + mark if ch in "aeiou" else ch for ch in text))


_DISGUISES = {
    "cyr": lambda t: homoglyphs(t, "aceopxyMTHS"),
    "greek": lambda t: homoglyphs(t, "aiopv", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "bidi": lambda t: inside_words(t, "\u202e", every=4),
    "wj": lambda t: inside_words(t, "\u2060"),
    "fullwidth": full_width,
    "combining": combining,
}

_DIS_BAD = [
    ("cyr", "meth", NO_ACTOR_BAD),
    ("greek", "sert", MOTHER_BAD),
    ("zwsp", "lith", SUPER_BAD),
    ("shy", "valp", NARR_BAD),
    ("bidi", "fost", SUPER_BAD),
    ("wj", "quet", CONTRA_BAD),
    ("fullwidth", "ovM", NO_ACTOR_BAD),
    ("combining", "meth", NARR_BAD),
    ("cyr", "quet", NARR_BAD),
    ("zwsp", "ovL", MOTHER_BAD),
    ("greek", "lith", CONTRA_BAD),
    ("shy", "fost", MOTHER_BAD),
    ("fullwidth", "sert", SUPER_BAD),
]
_DIS_OK = [
    ("cyr", "meth", NO_ACTOR_OK),
    ("greek", "sert", MOTHER_OK),
    ("zwsp", "lith", SUPER_OK),
    ("shy", "valp", NARR_OK),
    ("bidi", "fost", SUPER_OK),
    ("wj", "quet", CONTRA_OK),
    ("fullwidth", "ovM", NO_ACTOR_OK),
    ("combining", "meth", NARR_OK),
    ("cyr", "quet", NARR_OK),
    ("zwsp", "ovL", MOTHER_OK),
    ("greek", "lith", CONTRA_OK),
    ("shy", "fost", MOTHER_OK),
]
for _d, _key, _src in _DIS_BAD:
    _base, _mut = put(_key, _DISGUISES[_d](_src[_key]))
    bad(f"dis-{_d}-{_key.lower()}-hollow", "disguise", _base, _mut, f"a hollow text in disguise ({_d})")
for _d, _key, _src in _DIS_OK:
    _base, _mut = put(_key, _DISGUISES[_d](_src[_key]))
    ok(f"dis-{_d}-{_key.lower()}-decided", "disguise", _base, _mut, f"a good text in disguise ({_d})")
_base, _mut = put("quet", homoglyphs(PARTNER_BAD["b"], "aeopc"))
bad("dis-cyr-partner-mother-plan", "disguise", _base, _mut, "the mother's plan for his quetiapine, in Cyrillic")
_base, _mut = put("quet", homoglyphs(PARTNER_OK["b"], "aeopc"))
ok("dis-cyr-partner-own-plan", "disguise", _base, _mut, "his own plan, in Cyrillic")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F58CASES)
    for cat in CATEGORIES:
        print(f"{cat:20} refuse={counts[(cat, REFUSE)]:3} pass={counts[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse={sum(c.expect == REFUSE for c in F58CASES):3} "
        f"pass={sum(c.expect == PASS for c in F58CASES):3}"
    )
