"""A forty-sixth independent "fresh" batch of red-team cases for the share gate: the adversary, seventh round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. The hollow conclusions here are built to look substantive; beside almost
each one is a near miss that must pass: the same text with one real decision about this baby added. It covers:

* class-facts: long texts of true general statements about the medicine's class, with nothing about this baby;
* template-prompts: the template's prompts paraphrased into a conclusion-shaped text;
* conditional: plans whose every action is conditional, deferred, or for someone to decide later;
* wrong-subject: conclusions for the wrong medicine or the wrong person (the partner's medicine under the
  mother's, the mother's under the baby, the mother alone);
* told-when: reports of who was told and when, with no content;
* options: questions and lists of options with no choice made;
* tbc: "to be confirmed" in many wordings;
* contradictions: "no concerns" or advice that contradicts the record's own answers (and the formula-fed baby,
  which is not a contradiction);
* reworded-copies: one conclusion under two medicines, reworded only by the name, reordered or by synonyms;
* padding: real but irrelevant clinical sentences (the mother's dental appointment) around nothing;
* disguise: about a fifth of the batch, hollow and good texts in look-alike letters, zero-width and format
  characters, soft hyphens, bidi controls, full-width and combining marks.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh46_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

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
    conclusion,
    overall,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words

F46CASES: list[Case] = []

CATEGORIES = (
    "class-facts",
    "template-prompts",
    "conditional",
    "wrong-subject",
    "told-when",
    "options",
    "tbc",
    "contradictions",
    "reworded-copies",
    "padding",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F46CASES.append(Case(f"f46-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return conclusion("asm-methadone", text)


def sert(text: str) -> Mutation:
    return conclusion("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return conclusion("asm-lithium", text)


def valp(text: str) -> Mutation:
    return conclusion("asm-valproate", text)


def quet(text: str) -> Mutation:
    return conclusion("asm-partner-quetiapine", text)


def dzp(text: str) -> Mutation:
    return conclusion("asm-diazepam-pregabalin", text)


def combining(text: str, mark: str = "\u0300") -> str:
    """A combining grave accent after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def pair(
    name: str,
    category: str,
    base: str,
    hollow: str,
    decision: str,
    why_bad: str,
    why_ok: str,
    *,
    setter: Callable[[str], Mutation],
) -> None:
    """A hollow text (refuse) and the same text with one real decision about this baby added (pass)."""
    put = setter
    bad(f"{name}", category, base, put(hollow), why_bad)
    ok(f"{name}-decided", category, base, put(hollow.rstrip() + " " + decision), why_ok)


# ============================================================================================================
# class-facts: true general statements about the class, nothing about this baby (MA103 [general]).

_MD_DECISION = (
    "For this baby: at least 72 hours on the postnatal ward with withdrawal scoring, and she must never "
    "share a bed or sofa with the baby after her dose."
)

pair(
    "methadone-opioid-textbook",
    "class-facts",
    M,
    "Methadone is a long-acting synthetic opioid with a half-life of more than a day. Opioids cross the placenta, "
    "and between half and three quarters of exposed newborns develop neonatal abstinence syndrome, typically from "
    "two to three days after delivery. Small amounts pass into breast milk. Opioid sedation raises the risk of "
    "sudden infant death when an adult shares a bed.",
    _MD_DECISION,
    "a pharmacology paragraph: every claim is what opioids or newborns in general do (MA103)",
    "the same paragraph, then the plan for this baby",
    setter=meth,
)

pair(
    "sertraline-ssri-textbook",
    "class-facts",
    M,
    "Sertraline is a selective serotonin reuptake inhibitor. In late pregnancy SSRIs are linked with poor neonatal "
    "adaptation in up to a third of exposed neonates and with a small rise in persistent pulmonary hypertension of "
    "the newborn, about 3 per 1,000. Sertraline reaches breast milk in very low amounts.",
    "Sertraline 100 mg continues because relapse would harm her and the baby; the midwife scores the baby for "
    "adaptation signs alongside the withdrawal observations.",
    "SSRI facts for any pregnancy: nothing concluded on this mother or baby (MA103)",
    "the facts, then the decision and who watches the baby",
    setter=sert,
)

pair(
    "lithium-textbook",
    "class-facts",
    L,
    "Lithium has a narrow therapeutic range and its clearance rises in pregnancy and falls sharply after delivery. "
    "First-trimester exposure is associated with cardiac malformations such as Ebstein's anomaly. Lithium passes "
    "freely into breast milk, and neonates exposed near term can show hypotonia, lethargy and hypothyroidism.",
    "Lithium continues at 800 mg with levels within 24 hours of birth; the baby has a paediatric review after "
    "birth and is bottle fed.",
    "lithium's general pharmacology: nothing on this pregnancy (MA103/MA124)",
    "the pharmacology, then this baby's review and feeding",
    setter=lith,
)

pair(
    "valproate-textbook",
    "class-facts",
    V,
    "Valproate is the most teratogenic of the commonly used antiseizure medicines: around 1 in 10 exposed "
    "pregnancies have a major malformation, including neural tube defects, and 3 to 4 in 10 children have later "
    "neurodevelopmental problems. Abrupt withdrawal of any antiseizure medicine can provoke seizures.",
    "So valproate continues unchanged until the urgent neurology review, never stopped abruptly, and this baby has "
    "early fetal medicine review and a detailed anomaly scan.",
    "valproate's risks in general, which this pregnancy already knows: no plan (MA103)",
    "the risks, then the plan for this pregnancy",
    setter=valp,
)

pair(
    "quetiapine-textbook",
    "class-facts",
    P,
    "Quetiapine is a sedating second-generation antipsychotic whose sedation is greatest in the first hours after "
    "an evening dose. Adults sedated by medicines who share a bed, sofa or armchair with an infant raise the risk "
    "of sudden infant death considerably.",
    "The father therefore does no night feeds after his dose and never sleeps with the baby on a bed, sofa or "
    "armchair; the baby sleeps in the crib on the mother's side.",
    "the partner's medicine in general: nothing said of this father or baby (MA103)",
    "the general risk, then what this father must not do",
    setter=quet,
)

pair(
    "benzo-gabapentinoid-textbook",
    "class-facts",
    F,
    "Diazepam and pregabalin are both sedating and both can cause neonatal withdrawal; together they depress "
    "breathing more than either alone. Diazepam has a long half-life and active metabolites, and first-trimester "
    "pregabalin carries a small excess of major malformations.",
    "Here both continue unchanged for now: the mother must not co-sleep or feed lying down, the foster carer does "
    "night feeds, and late withdrawal is watched for until day 8.",
    "class pharmacology of the two medicines: no word of this baby (MA103)",
    "the pharmacology, then the placement's plan",
    setter=dzp,
)

bad(
    "methadone-rates-only",
    "class-facts",
    M,
    meth(
        "Methadone: 60 to 80% of exposed neonates show withdrawal signs, 30 to 50% need morphine, onset is usually at "
        "48 to 96 hours, and mean hospital stay is longer than for other newborns."
    ),
    "only rates and general course, no claim about this baby (MA103: a rate is no measure of this case)",
)
ok(
    "methadone-rates-then-stay",
    "class-facts",
    M,
    meth(
        "Methadone: most exposed neonates show some withdrawal signs, so this baby stays on the postnatal ward for at "
        "least 72 hours of scoring, breastfeeding is encouraged to soften the signs, and no co-sleeping after a dose."
    ),
    "a rate, then this baby's stay",
)


# ============================================================================================================
# template-prompts: the template's questions, paraphrased into a conclusion (MA103: prompts strung together).

pair(
    "methadone-prompts-as-headings",
    "template-prompts",
    M,
    "Methadone: impact on the baby; neonatal withdrawal observation plan per local guideline; breastfeeding advice "
    "for this medicine; safe sleep and co-sleeping advice; recommendations for each professional.",
    "Outcome: the baby is observed for withdrawal for at least 72 hours on the ward, breastfeeding is encouraged, "
    "and she must never co-sleep after her dose.",
    "the template's prompts as a list of headings (MA103)",
    "the headings, then the answers",
    setter=meth,
)

pair(
    "methadone-prompts-to-include",
    "template-prompts",
    M,
    "Methadone conclusion to cover what the medicine means for the baby, whether sedation affects her care of the "
    "baby, the observation plan after birth, and the feeding advice.",
    "Covered: methadone 60 mg continues, the baby has 72 hours of withdrawal scoring, and breastfeeding is "
    "supported with no co-sleeping after a dose.",
    "a paraphrase of the prompts as a to-do list for the writer (MA103)",
    "the to-do list, then each point answered",
    setter=meth,
)

pair(
    "lithium-prompt-how",
    "template-prompts",
    L,
    "Lithium: how the medicine affects the baby before and after birth, how feeding will be managed and how "
    "levels will be monitored around delivery.",
    "The baby has a paediatric review after birth, is bottle fed, and her lithium level is taken within 24 hours "
    "of delivery.",
    "clauses opening on 'how' to the end of the sentence: questions without their marks (MA103)",
    "the questions, then the answers",
    setter=lith,
)

pair(
    "partner-prompts",
    "template-prompts",
    P,
    "Father's quetiapine: does it cause sedation that could affect caring for the baby; impact on his capacity to "
    "care for the baby; safe sleep and co-sleeping advice given.",
    "Yes: he is too sedated to do night feeds or share a bed or sofa with the baby, so the mother does all night "
    "care and the baby sleeps in its own crib.",
    "the partner's prompts strung together (MA103)",
    "the prompts, then the answer",
    setter=quet,
)

pair(
    "diazepam-prompts-describe",
    "template-prompts",
    F,
    "Describe what diazepam and pregabalin mean for the baby in the placement and set out who does what for "
    "sleep, feeding and withdrawal observation.",
    "In short: no co-sleeping or feeding lying down by the mother, night feeds by the foster carer, and late "
    "withdrawal watched for until day 8.",
    "an instruction to the writer, not to the professionals (MA103)",
    "the instruction, then what was decided",
    setter=dzp,
)

bad(
    "overall-prompt-restated",
    "template-prompts",
    M,
    overall(
        "Overall written conclusion across methadone and sertraline: the baby's risks, the observation plan, feeding "
        "and sleep advice, and what the midwife, health visitor and GP must each do."
    ),
    "the overall prompt restated with the topics it asks about (MA103)",
)
ok(
    "overall-prompt-then-answers",
    "template-prompts",
    M,
    overall(
        "Across methadone and sertraline: both continue; the baby is scored for withdrawal and adaptation for 72 hours "
        "on the ward, breastfeeding is supported, and no co-sleeping after a methadone dose, checked at the home visit."
    ),
    "a lead-in, then the answers",
)


# ============================================================================================================
# conditional: every action conditional, deferred, or for someone else to decide later (MA103).

pair(
    "methadone-all-ifs",
    "conditional",
    M,
    "If methadone is increased, the baby might need a longer stay; should she become drowsy, co-sleeping advice "
    "would be repeated; if she wants to breastfeed, that could be talked about nearer the time.",
    "Whatever happens, the baby stays on the postnatal ward for at least 72 hours of withdrawal scoring.",
    "conditions followed only by what would or might follow (MA103)",
    "the conditions, then an unconditional decision",
    setter=meth,
)

pair(
    "methadone-others-decide",
    "conditional",
    M,
    "Methadone: paediatrics will decide how long the baby is observed after birth, the health visitor will decide "
    "on the sleeping arrangements at the first visit, and the drug service will decide the dose.",
    "What is already settled: she must never share a bed or sofa with the baby after a dose.",
    "every decision handed to another team for later (MA103)",
    "the hand-offs, then one rule that stands now",
    setter=meth,
)

pair(
    "methadone-depending",
    "conditional",
    M,
    "Methadone: depending on how she is at 36 weeks, the plan for observing the baby may be revisited, and safe "
    "sleep arrangements can be reconsidered as and when required.",
    "Until then the baby's plan is 72 hours on the ward with scoring and a cot, never the parents' bed.",
    "kept open: 'depending on', 'may be revisited', 'as and when' (MA103)",
    "kept open, with the plan that holds until then",
    setter=meth,
)

pair(
    "valproate-could-might",
    "conditional",
    V,
    "Valproate could be switched if neurology agree, the dose might be lowered in time, and an anomaly scan may "
    "be offered if the antenatal clinic consider it appropriate.",
    "Meanwhile valproate continues unchanged, must not be stopped abruptly, and the fetal medicine referral went "
    "today for the baby's detailed scan.",
    "modal possibilities only; nothing decided about the unborn baby (MA103)",
    "the possibilities, then what is done now",
    setter=valp,
)

pair(
    "quetiapine-when-needed",
    "conditional",
    P,
    "Father's quetiapine: if the sleeping arrangements ever change, the health visitor would look at them again; "
    "if his dose goes up, night feeds could be reviewed.",
    "As things stand he does no night feeds after his dose and never sleeps with the baby on a bed or sofa.",
    "conditions about the future only (MA103)",
    "the conditions, then the standing rule",
    setter=quet,
)

pair(
    "lithium-later-team",
    "conditional",
    L,
    "Lithium around delivery is for the obstetric and perinatal teams to agree later; the baby's checks will be "
    "arranged by the paediatricians as they see fit.",
    "Already agreed: the baby is bottle fed, as lithium in breast milk can harm the baby, and has a lithium level "
    "if floppy or feeding poorly.",
    "decisions left to others, later (MA103)",
    "left to others, with what is already agreed",
    setter=lith,
)


# ============================================================================================================
# wrong-subject: the wrong medicine or the wrong person.

bad(
    "methadone-box-about-sertraline",
    "wrong-subject",
    M,
    meth(
        "Alongside methadone, sertraline 100 mg continues: a relapse of her depression would harm her and the baby "
        "more than the small chance of adaptation symptoms, which the midwife scores after birth."
    ),
    "methadone's conclusion concludes only on sertraline: methadone named in passing (MA119/MA103)",
)
ok(
    "methadone-box-about-both",
    "wrong-subject",
    M,
    meth(
        "Alongside sertraline, methadone 60 mg continues unchanged: the baby is scored for withdrawal for 72 hours on "
        "the ward and she must never co-sleep after her dose; breastfeeding is supported."
    ),
    "sertraline in passing, methadone concluded on",
)
bad(
    "babys-methadone",
    "wrong-subject",
    M,
    meth(
        "The baby's methadone continues at 60 mg once daily under supervised consumption, and the baby must not be "
        "put down to sleep in a bed or on a sofa for two hours after its dose."
    ),
    "the mother's medicine and dose given to the baby: an impossible subject (MA103/MA124)",
)
ok(
    "baby-exposed-to-methadone",
    "wrong-subject",
    M,
    meth(
        "The baby has been exposed to methadone all pregnancy and is scored for withdrawal for 72 hours after birth; "
        "the mother's 60 mg daily continues, and she must not share a bed or sofa with the baby after her dose."
    ),
    "the baby's exposure, the mother's dose",
)
bad(
    "mothers-quetiapine",
    "wrong-subject",
    P,
    quet(
        "The mother's night-time quetiapine leaves her too drowsy for night care: the father does the night feeds and "
        "she must never share a bed or sofa with the baby after her dose."
    ),
    "the father's quetiapine given to the mother, the plan inverted onto him (MA120-like)",
)
ok(
    "mother-does-nights-for-his-quetiapine",
    "wrong-subject",
    P,
    quet(
        "Because of the father's night-time quetiapine the mother does every night feed and he must never share a bed "
        "or sofa with the baby after his dose; the health visitor checks the crib at each visit."
    ),
    "the right parent, the mother's part in the plan",
)
bad(
    "lithium-mother-only",
    "wrong-subject",
    L,
    lith(
        "Lithium continues at 800 mg at night; relapse after delivery is the main risk to her, so levels are taken "
        "monthly, weekly from 36 weeks and within 24 hours of delivery, and the perinatal team sees her within a week."
    ),
    "all about the mother; nothing about the baby (MA124)",
)
ok(
    "lithium-mother-then-baby",
    "wrong-subject",
    L,
    lith(
        "Lithium continues at 800 mg at night; relapse after delivery is the main risk to her, so levels are taken "
        "weekly from 36 weeks; the baby has a paediatric review and a lithium level if floppy, and is bottle fed."
    ),
    "the mother's plan, then the baby's",
)
bad(
    "valproate-box-about-folic-acid",
    "wrong-subject",
    V,
    valp(
        "Folic acid 5 mg daily started today and continues until at least 12 weeks, lowering the chance of a neural "
        "tube defect in the baby. Valproate is also on her list."
    ),
    "the folic acid concluded on, valproate only listed (MA119/MA103)",
)
ok(
    "valproate-box-with-folic-acid",
    "wrong-subject",
    V,
    valp(
        "Folic acid 5 mg daily started today. Valproate continues unchanged until the urgent neurology review and must "
        "not be stopped abruptly; the baby, exposed in the first trimester, has early fetal medicine review and a "
        "detailed anomaly scan."
    ),
    "folic acid beside valproate's own decision",
)
bad(
    "overall-paracetamol-only",
    "wrong-subject",
    P,
    overall(
        "Paracetamol 1 g up to four times a day is safe for her and for the breastfed baby and continues as needed for "
        "after-pains. The father's quetiapine is recorded."
    ),
    "the overall conclusion answers for the mother's paracetamol; the partner's quetiapine only recorded (MA119/MA103)",
)
ok(
    "overall-paracetamol-and-quetiapine",
    "wrong-subject",
    P,
    overall(
        "Paracetamol is safe for her and the breastfed baby. The father's quetiapine sedates him heavily at night: he "
        "does no night feeds and never shares a bed, sofa or armchair with the baby; the health visitor checks."
    ),
    "both medicines concluded on",
)


# ============================================================================================================
# told-when: who was told and when, no content (MA103: an account of what was sent).

pair(
    "methadone-circulation",
    "told-when",
    M,
    "Methadone plan explained to her on 2 March; the community midwife, health visitor and drug service key worker "
    "were informed on 3 March, and the social worker by telephone on 4 March.",
    "They were told that the baby stays on the ward 72 hours for withdrawal scoring and that she must never "
    "co-sleep after a dose.",
    "a circulation list with dates (MA103)",
    "the circulation, then what they were told",
    setter=meth,
)

pair(
    "lithium-copies",
    "told-when",
    L,
    "Lithium: Dr Osei, the obstetric registrar and the labour ward coordinator have been informed, the GP was "
    "copied in on 6 May and she was handed her own copy at the clinic.",
    "The message is that the baby needs a paediatric review after birth and must be bottle fed, not breastfed.",
    "who knows, nothing of what (MA103)",
    "who knows, and what they know",
    setter=lith,
)

pair(
    "quetiapine-both-told",
    "told-when",
    P,
    "Father's quetiapine: both parents were spoken to together at home on 28 May, and the health visitor team "
    "leader was informed by email the same afternoon.",
    "Agreed with them: he never sleeps with the baby on a bed or sofa and does no night feeds after his dose.",
    "a report of a conversation (MA103)",
    "the conversation's outcome",
    setter=quet,
)

pair(
    "placement-briefed",
    "told-when",
    F,
    "Diazepam and pregabalin: the foster carer was briefed at discharge on 12 June, the health visitor by email on "
    "13 June and the social worker at the strategy meeting on 15 June.",
    "The brief: no co-sleeping or feeding lying down by the mother, the foster carer does night feeds, and late "
    "withdrawal signs are watched for until day 8.",
    "a briefing log (MA103)",
    "the briefing log, then the brief",
    setter=dzp,
)

bad(
    "overall-distribution-list",
    "told-when",
    M,
    overall(
        "Methadone and sertraline: this overall conclusion goes to the maternity unit by MLLP, the health visitor by "
        "MESH and the drug service by post, all on 2 March, with the mother's agreement."
    ),
    "where the record goes, not what it says (MA103)",
)
ok(
    "overall-distribution-and-plan",
    "told-when",
    M,
    overall(
        "Methadone and sertraline both continue; the baby has 72 hours of withdrawal and adaptation scoring on the ward "
        "and never sleeps in the parents' bed. This goes to maternity, the health visitor and the drug service today."
    ),
    "the plan, then where it goes",
)


# ============================================================================================================
# options: questions and options, no choice made (MA103: questions, lists of options).

pair(
    "methadone-options",
    "options",
    M,
    "Methadone: continue at 60 mg, reduce slowly before delivery, or change to another opioid substitute? The "
    "baby's observation could be on the ward or at home with daily midwife visits.",
    "Chosen: continue at 60 mg, and the baby is observed on the ward for at least 72 hours.",
    "options listed, none chosen (MA103)",
    "the options, then the choice",
    setter=meth,
)

pair(
    "lithium-options",
    "options",
    L,
    "Options for lithium: continue through delivery, reduce before the birth, or stop; feed by breast or by bottle; "
    "deliver at Northgate or at the regional unit.",
    "Decision: continue lithium, deliver at Northgate with a paediatric review of the baby, and bottle feed.",
    "three lists of options, no decision (MA103)",
    "the options, then the decision",
    setter=lith,
)

pair(
    "valproate-questions",
    "options",
    V,
    "Should valproate continue, be switched or be tapered? Would she like a detailed anomaly scan? Does she want "
    "to consider other options for the pregnancy?",
    "Answered today: valproate continues unchanged until neurology review, never stopped abruptly, and she has "
    "accepted early fetal medicine review and the anomaly scan for the baby.",
    "only questions (MA103)",
    "the questions, then their answers",
    setter=valp,
)

pair(
    "quetiapine-either-or",
    "options",
    P,
    "Father's quetiapine: either he takes his dose earlier in the evening, or he sleeps in the spare room, or the "
    "mother does all the night feeds; the couple will think about which suits them.",
    "For now the mother does all the night feeds and the baby sleeps in the crib on her side of the bed.",
    "alternatives, no choice (MA103)",
    "alternatives, then what happens now",
    setter=quet,
)

pair(
    "placement-menu",
    "options",
    F,
    "Diazepam and pregabalin: reduce one, both or neither; night feeds by the foster carer, or by the mother with "
    "another adult awake; the reduction could start at 6 or at 12 weeks.",
    "Chosen: both continue for now, no co-sleeping, and the foster carer does every night feed.",
    "a menu of choices, none made (MA103)",
    "the menu, then the choices made",
    setter=dzp,
)


# ============================================================================================================
# tbc: "to be confirmed" in many wordings (MA103 deferrals).

_TBC = [
    (
        "yet-to-be-finalised",
        M,
        meth,
        "Methadone dose for the rest of pregnancy to be confirmed; length of the baby's ward stay yet to be finalised; "
        "sleeping arrangements not yet settled.",
        "What is settled: no co-sleeping after a dose, and at least 72 hours of withdrawal scoring for the baby.",
    ),
    (
        "tba-details-to-follow",
        M,
        meth,
        "Methadone: baby's observation plan TBA; breastfeeding and safe sleep details to follow once the drug service "
        "replies.",
        "In any case the baby is scored for withdrawal for 72 hours on the postnatal ward.",
    ),
    (
        "firmed-up",
        M,
        meth,
        "Methadone plan for the baby pending confirmation; withdrawal observation arrangements still being firmed up "
        "with the neonatal team.",
        "The minimum is fixed: 72 hours on the ward, and never a shared bed or sofa after her dose.",
    ),
    (
        "sign-off-awaited",
        M,
        meth,
        "Methadone — sign-off of the baby's withdrawal and safe sleep plan is outstanding; an update will follow in "
        "due course.",
        "Until then: the baby stays 72 hours for scoring and sleeps in a cot, never in the parents' bed.",
    ),
    (
        "lithium-tbd",
        L,
        lith,
        "Lithium: dose around delivery TBD; the baby's review arrangements to be agreed; feeding to be decided nearer "
        "the time.",
        "Decided already: the baby has a paediatric review after birth and is bottle fed, not breastfed.",
    ),
    (
        "valproate-unconfirmed",
        V,
        valp,
        "Valproate: plan unconfirmed at present; the fetal medicine appointment date is still to be confirmed by the "
        "antenatal clinic.",
        "Valproate continues unchanged and must not be stopped abruptly until the neurologist sees her.",
    ),
    (
        "quetiapine-to-be-clarified",
        P,
        quet,
        "Father's quetiapine: night-time arrangements for the baby still to be clarified with the couple at the next "
        "visit.",
        "Clear now: he must never share a bed, sofa or armchair with the baby after his dose.",
    ),
    (
        "placement-provisional",
        F,
        dzp,
        "Diazepam and pregabalin: the plan is provisional and remains open to confirmation by the placement's review "
        "panel.",
        "The part that is not provisional: the mother never co-sleeps, and the foster carer does night feeds.",
    ),
]
_put: Callable[[str], Mutation]  # where a text goes: one assessment's conclusion
for _n, _base, _put, _hollow, _decision in _TBC:
    pair(
        f"tbc-{_n}",
        "tbc",
        _base,
        _hollow,
        _decision,
        "'to be confirmed' in another wording, with nothing decided (MA103)",
        "the open questions, then a decision about this baby",
        setter=_put,
    )


# ============================================================================================================
# contradictions: conclusions against the record's own answers.

bad(
    "methadone-no-concerns-for-baby",
    "contradictions",
    M,
    meth("Methadone raises no concerns for the baby at all: she continues 60 mg daily unchanged under supervision."),
    "'no concerns for the baby' while its own items plan withdrawal observation and no co-sleeping (MA103)",
)
ok(
    "methadone-no-concerns-about-stability",
    "contradictions",
    M,
    meth(
        "Methadone raises no concerns about her stability: 60 mg daily continues, the baby is still observed 72 hours "
        "for withdrawal, and she must never co-sleep after a dose."
    ),
    "'no concerns' about her stability, with the baby's risks concluded on",
)
bad(
    "quetiapine-not-sedating",
    "contradictions",
    P,
    quet(
        "The father's quetiapine does not sedate him, so he can share the night feeds and settle the baby in the big "
        "bed as he likes."
    ),
    "against the record: sedation 'yes', hard to wake; and invites co-sleeping (MA127/MA103)",
)
ok(
    "quetiapine-sedating-daytime-care",
    "contradictions",
    P,
    quet(
        "The father's quetiapine does not affect him in the daytime, so he shares day care; at night he is too sedated "
        "to do feeds or to sleep with the baby on a bed or sofa."
    ),
    "the sedation pattern as recorded",
)
bad(
    "lithium-breastfeeding-encouraged",
    "contradictions",
    L,
    lith(
        "Lithium continues at 800 mg with levels within 24 hours of birth, and breastfeeding is encouraged from the "
        "first day; the baby needs no particular checks."
    ),
    "against its own items: breastfeeding not advised, paediatric review needed (a contradiction of the record)",
)
ok(
    "lithium-bottle-feeding-as-recorded",
    "contradictions",
    L,
    lith(
        "Lithium continues at 800 mg with levels within 24 hours of birth; breastfeeding is not advised, so she will "
        "bottle feed from the first day, and the baby has a paediatric review."
    ),
    "as the record says",
)
bad(
    "valproate-no-risk-to-pregnancy",
    "contradictions",
    V,
    valp(
        "Valproate carries no particular risk in this pregnancy and continues at 500 mg twice a day with no further "
        "action needed for the unborn baby."
    ),
    "a dismissal of the harm the record describes (1 in 10 malformations) (MA103)",
)
ok(
    "valproate-risk-and-action",
    "contradictions",
    V,
    valp(
        "Valproate carries a real risk to this unborn baby, so early fetal medicine review and an anomaly scan are "
        "booked; it continues at 500 mg twice a day until neurology review, never stopped abruptly."
    ),
    "the risk, and the action",
)
ok(
    "placement-formula-no-bf-advice",
    "contradictions",
    F,
    dzp(
        "Diazepam and pregabalin continue for now; the baby has been formula fed from birth, so no breast milk advice is "
        "needed. No co-sleeping or feeding lying down by the mother; foster carer does night feeds; late withdrawal "
        "watched until day 8."
    ),
    "no breastfeeding advice for a formula-fed baby is not a contradiction",
)
bad(
    "placement-nothing-to-watch",
    "contradictions",
    F,
    dzp(
        "Diazepam and pregabalin need nothing watched for in the baby and no change to the mother's care of the baby; "
        "both continue."
    ),
    "against its own items: withdrawal until day 8 and sedation (MA103)",
)


# ============================================================================================================
# reworded-copies: one conclusion under two medicines (MA121).


def _two(meth_text: str, sert_text: str) -> Mutation:
    return chain(meth(meth_text), sert(sert_text))


_COPY = (
    "{d} continues unchanged through the pregnancy; the baby will be watched closely after birth on the "
    "postnatal ward, and the mother is supported to breastfeed."
)
bad(
    "copy-name-swap",
    "reworded-copies",
    M,
    _two(_COPY.format(d="Methadone"), _COPY.format(d="Sertraline")),
    "the same sentence under two medicines, only the name changed (MA121)",
)
ok(
    "copy-name-swap-own-decisions",
    "reworded-copies",
    M,
    _two(
        _COPY.format(d="Methadone") + " She must never co-sleep after her dose.",
        "Sertraline continues as stopping risks relapse; the midwife scores the baby for adaptation signs and breast "
        "milk levels are too low to matter.",
    ),
    "each medicine with its own text",
)
bad(
    "copy-reordered",
    "reworded-copies",
    M,
    _two(
        "Methadone 60 mg continues. The baby is observed after birth by the midwife. Breastfeeding is encouraged.",
        "Breastfeeding is encouraged. The baby is observed after birth by the midwife. Sertraline 100 mg continues.",
    ),
    "the same three sentences in another order (MA121)",
)
ok(
    "copy-reordered-own",
    "reworded-copies",
    M,
    _two(
        "Methadone 60 mg continues. The baby is scored for withdrawal on the ward for 72 hours. Breastfeeding is "
        "encouraged, but no co-sleeping after a dose.",
        "Sertraline 100 mg continues to prevent relapse. The midwife watches for jitteriness and poor feeding from "
        "adaptation. Breast milk levels are tiny.",
    ),
    "three sentences each, different content",
)
bad(
    "copy-synonyms",
    "reworded-copies",
    M,
    _two(
        "Methadone goes on unchanged; the baby is monitored after delivery on the ward and bed sharing is to be "
        "avoided; breastfeeding is encouraged.",
        "Sertraline goes on unaltered; the infant is monitored after birth on the ward and co-sleeping is to be "
        "avoided; breast feeding is encouraged.",
    ),
    "the second is the first in synonyms (MA121)",
)
_DZ = (
    "Diazepam continues at 5 mg three times a day; it makes the mother drowsy, so she does not co-sleep and the "
    "foster carer does the night feeds, and the baby is watched for late withdrawal to day 8."
)
_PG = (
    "Pregabalin continues at 150 mg twice a day; it makes the mother drowsy, so she does not co-sleep and the "
    "foster carer does the night feeds, and the baby is watched for late withdrawal to day 8."
)


def _split(diazepam_text: str, pregabalin_text: str) -> Mutation:
    return _split_f(diazepam_text, pregabalin_text)


bad(
    "copy-split-placement",
    "reworded-copies",
    F,
    _split(_DZ, _PG),
    "split assessments with one text, the name and dose changed (MA121)",
)
ok(
    "copy-split-placement-own",
    "reworded-copies",
    F,
    _split(
        _DZ,
        (
            "Pregabalin continues at 150 mg twice a day and adds to her evening drowsiness, so another adult stays awake "
            "for night feeds; the newborn check was normal despite first-trimester exposure."
        ),
    ),
    "pregabalin's own text (its withdrawal item answers the rest)",
)
bad(
    "overall-copies-methadone",
    "reworded-copies",
    M,
    chain(
        meth(
            "Methadone and the baby: 72 hours of ward scoring for withdrawal, breastfeeding supported, and never a "
            "shared bed or sofa after her dose."
        ),
        overall(
            "Methadone, sertraline and the baby: 72 hours of ward scoring for withdrawal, breastfeeding supported, "
            "and never a shared bed or sofa after her dose."
        ),
    ),
    "the overall conclusion repeats methadone's, sertraline only added to the list (MA121/MA119)",
)
ok(
    "overall-own-with-methadone",
    "reworded-copies",
    M,
    chain(
        meth(
            "Methadone and the baby: 72 hours of ward scoring for withdrawal, breastfeeding supported, and never a "
            "shared bed or sofa after her dose."
        ),
        overall(
            "Methadone and sertraline both continue. The ward scores the baby for withdrawal and SSRI adaptation "
            "together for 72 hours; breastfeeding is fine with both; the cot is checked at the home visit."
        ),
    ),
    "an overall conclusion of its own",
)


# ============================================================================================================
# padding: real but irrelevant clinical sentences around nothing (MA103: padding is no reason; MA124).

pair(
    "methadone-dental",
    "padding",
    M,
    "Methadone reviewed. She has a dental appointment on 14 March for a filling, had her flu vaccine in October, "
    "her blood pressure today was 112/70 and she plans to move house in April.",
    "For the baby: withdrawal scoring for 72 hours on the ward, and no co-sleeping after her dose.",
    "her dentist, vaccine, blood pressure and house move: nothing on methadone and the baby (MA103/MA124)",
    "the same padding, then the plan for the baby",
    setter=meth,
)

pair(
    "lithium-checkups",
    "padding",
    L,
    "Lithium: her dental check-up is due, she had the whooping cough vaccine at 20 weeks, her wrist splint for "
    "carpal tunnel was fitted last week, and she is sleeping well.",
    "For the baby: a paediatric review after birth and bottle feeding, as lithium reaches breast milk.",
    "real clinical sentences about something else (MA103/MA124)",
    "the same, then the baby's plan",
    setter=lith,
)

pair(
    "quetiapine-physical-health",
    "padding",
    P,
    "Father's quetiapine: his annual physical health check in April showed normal weight and glucose, he sees the "
    "dentist next week and he is back at work full time.",
    "At night he is too sedated to care for the baby: no night feeds and never a bed or sofa with the baby.",
    "his health checks, nothing about the baby's sleep (MA103)",
    "the same, then the safe sleep plan",
    setter=quet,
)

pair(
    "valproate-hay-fever",
    "padding",
    V,
    "Valproate reviewed at the same appointment as her hay fever and a verruca; she was given a sick note for work "
    "and advice on a low-salt diet.",
    "Valproate continues unchanged until the urgent neurology review; the baby has early fetal medicine review and "
    "an anomaly scan.",
    "other problems dealt with the same day: nothing on valproate (MA103/MA124)",
    "the same, then the valproate decision",
    setter=valp,
)

pair(
    "placement-admin",
    "padding",
    F,
    "Diazepam and pregabalin: she has an eye test booked, her housing benefit form was completed, her smear is "
    "due in September and her asthma inhaler technique was checked.",
    "For the baby: no co-sleeping by the mother, night feeds by the foster carer, late withdrawal watched to day 8.",
    "her other health and admin (MA103/MA124)",
    "the same, then the baby's plan",
    setter=dzp,
)


# ============================================================================================================
# disguise: hollow and good texts in disguise, judged as the plain text.

_DG_HOLLOW: list[tuple[str, str, Callable[[str], Mutation], Callable[[str], str], str]] = [
    (
        "homoglyph-textbook",
        M,
        meth,
        lambda t: homoglyphs(t, "aeo"),
        "Methadone is a synthetic opioid; opioids cross the placenta, most exposed neonates show withdrawal signs, and "
        "sedated adults who bed-share raise the risk of sudden infant death.",
    ),
    (
        "zero-width-circulation",
        M,
        meth,
        lambda t: inside_words(t, "\u200b"),
        "Methadone plan explained to her and the key worker on 2 March and the health visitor told on 4 March.",
    ),
    (
        "soft-hyphen-options",
        L,
        lith,
        lambda t: inside_words(t, SOFT_HYPHEN, every=3),
        "Lithium: continue, reduce or stop before delivery? Breast or bottle? Northgate or the regional unit?",
    ),
    (
        "full-width-tbc",
        V,
        valp,
        full_width,
        "Valproate: plan to be confirmed; fetal medicine date yet to be finalised; details to follow.",
    ),
    (
        "bidi-isolate-others-decide",
        P,
        quet,
        lambda t: "\u2067" + t + "\u2069",
        "Father's quetiapine: the health visitor will decide the night arrangements for the baby at a later visit.",
    ),
    (
        "combining-padding",
        M,
        meth,
        combining,
        "Methadone reviewed; her dental appointment is on 14 March and her flu vaccine was given in October.",
    ),
    (
        "word-joiner-prompts",
        F,
        dzp,
        lambda t: inside_words(t, "\u2060", every=2),
        "Diazepam and pregabalin: impact on the baby; withdrawal observation plan; safe sleep advice; breastfeeding "
        "advice; recommendations.",
    ),
    (
        "greek-ifs",
        M,
        meth,
        lambda t: homoglyphs(t, "aoi", variant=1),
        "If methadone goes up the baby might stay longer; if she is drowsy co-sleeping advice could be repeated.",
    ),
    (
        "zwnj-no-concerns",
        M,
        meth,
        lambda t: inside_words(t, "\u200c", every=2),
        "Methadone raises no concerns for the baby at all and continues unchanged.",
    ),
    (
        "bom-mothers-quetiapine",
        P,
        quet,
        lambda t: inside_words(t, "\ufeff", every=4),
        "The mother's night-time quetiapine makes her too drowsy for night care, so the father does all night feeds.",
    ),
    (
        "ltr-override-lithium-mother-only",
        L,
        lith,
        lambda t: "\u202d" + t + "\u202c",
        "Lithium continues at 800 mg; levels weekly from 36 weeks; the perinatal team sees her within a week of "
        "delivery.",
    ),
]
for _n, _base, _put, _hide, _text in _DG_HOLLOW:
    bad(
        f"dg-{_n}", "disguise", _base, _put(_hide(_text)), "a hollow text of this batch in disguise (as its plain form)"
    )

bad(
    "dg-copy-homoglyph-name-swap",
    "disguise",
    M,
    _two(
        homoglyphs(_COPY.format(d="Methadone").replace("postnatal", "maternity"), "ae"),
        _COPY.format(d="Sertraline").replace("postnatal", "maternity"),
    ),
    "a name-swapped copy, one side in Cyrillic look-alikes (MA121)",
)

_DG_GOOD: list[tuple[str, str, Callable[[str], Mutation], Callable[[str], str], str]] = [
    (
        "homoglyph-textbook-decided",
        M,
        meth,
        lambda t: homoglyphs(t, "aeo"),
        "Methadone is a synthetic opioid that crosses the placenta, so this baby is scored for withdrawal for 72 hours "
        "on the ward and she must never bed-share after a dose.",
    ),
    (
        "zero-width-circulation-decided",
        M,
        meth,
        lambda t: inside_words(t, "\u200b", every=3),
        "Methadone plan told to the key worker and health visitor on 4 March: the baby stays 72 hours on the ward for "
        "withdrawal scoring and sleeps in a cot.",
    ),
    (
        "soft-hyphen-options-decided",
        L,
        lith,
        lambda t: inside_words(t, SOFT_HYPHEN, every=4),
        "Lithium: continue or stop? Continue, with a level within 24 hours of birth; the baby is bottle fed and has a "
        "paediatric review after birth.",
    ),
    (
        "full-width-tbc-decided",
        V,
        valp,
        full_width,
        "Valproate continues unchanged, never stopped abruptly; fetal medicine date to be confirmed, but the baby's "
        "anomaly scan is requested today.",
    ),
    (
        "bidi-isolate-decided",
        P,
        quet,
        lambda t: "\u2068" + t + "\u2069",
        "Father's quetiapine: he does no night feeds after his dose and never shares a bed or sofa with the baby; the "
        "health visitor checks the crib each visit.",
    ),
    (
        "combining-padding-decided",
        M,
        meth,
        combining,
        "Methadone 60 mg continues; the baby is scored for withdrawal for 72 hours and never shares her bed. Her dental "
        "appointment is on 14 March.",
    ),
    (
        "word-joiner-placement-decided",
        F,
        dzp,
        lambda t: inside_words(t, "\u2060", every=2),
        "Diazepam and pregabalin continue; no co-sleeping or feeding lying down by the mother, the foster carer does "
        "night feeds and watches for late withdrawal to day 8.",
    ),
    (
        "greek-ifs-decided",
        M,
        meth,
        lambda t: homoglyphs(t, "aoi", variant=1),
        "If the baby shows withdrawal signs the midwife starts scoring four-hourly; methadone continues and the baby "
        "stays at least 72 hours on the ward.",
    ),
    (
        "zwnj-stability-decided",
        M,
        meth,
        lambda t: inside_words(t, "\u200c", every=2),
        "Methadone raises no concerns about her stability; the baby is scored for withdrawal for 72 hours and never "
        "co-sleeps with her after a dose.",
    ),
    (
        "bom-fathers-quetiapine",
        P,
        quet,
        lambda t: inside_words(t, "\ufeff", every=4),
        "The father's night-time quetiapine makes him too drowsy for night care, so the mother does all night feeds "
        "and the baby sleeps in its own crib.",
    ),
    (
        "ltr-override-lithium-baby",
        L,
        lith,
        lambda t: "\u202d" + t + "\u202c",
        "Lithium continues at 800 mg with levels weekly from 36 weeks; the baby has a paediatric review after birth "
        "and is bottle fed.",
    ),
    (
        "nbsp-overall-good",
        M,
        overall,
        lambda t: t.replace(" ", "\u00a0"),
        "Methadone and sertraline continue unchanged; the baby is scored for withdrawal and adaptation for 72 hours, "
        "breastfeeding is supported, and no co-sleeping after a methadone dose.",
    ),
]
for _n, _base, _put, _hide, _text in _DG_GOOD:
    ok(f"dg-{_n}", "disguise", _base, _put(_hide(_text)), "a good text of this batch in disguise")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F46CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F46CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F46CASES),
        "total",
        len(F46CASES),
    )
