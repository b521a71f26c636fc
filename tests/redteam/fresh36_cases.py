"""A thirty-sixth independent "fresh" batch of red-team cases for the share gate: the adversary, sixth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. The refusals are hollow conclusions and item answers in the shapes earlier
batches used least; beside each is a near miss a clinician would accept, in the same shape, that must pass:

* questions instead of statements, beside a question answered in the next sentence;
* conditionals with no decision, beside conditionals that carry a decision;
* negated plans ("no plan was made for ..."), beside negated instructions ("must not", "will not be stopped");
* the template's prompts and codes pasted back as the answer, beside prompts used as headings with answers;
* a guideline or leaflet quoted at length, beside a short quotation followed by this baby's plan;
* a decision wholly left to a later meeting, beside a decision made now with a meeting adding to it;
* the wrong medicine's concerns (an SSRI answered as an opioid, a partner's medicine answered as the mother's),
  beside the right concerns;
* copies across two medicines with only the name swapped, reordered or in synonyms, beside own conclusions;
* the overall conclusion copied from one assessment where it must cover more, beside single-assessment
  records where repeating the only conclusion is complete;
* near-empty item answers ("as above", "see conclusion", "ditto", "n/a"), beside the same openers followed by
  an answer.

About a quarter of the refusals are disguised (look-alike letters, zero-width and soft hyphens, full-width
forms, bidi controls, combining marks). Medicines named here are real; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh36_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
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
    chain,
    delete,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F36CASES: list[Case] = []

CATEGORIES = (
    "questions",
    "conditionals",
    "negated-plans",
    "template-echo",
    "quoted-guidance",
    "later-meeting",
    "wrong-concerns",
    "name-swap",
    "overall-copy",
    "near-empty-items",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F36CASES.append(Case(f"f36-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def cita(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def zw(text: str) -> str:
    """Zero-width spaces inside words."""
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    """Soft hyphens inside words."""
    return inside_words(text, "\u00ad", every=3)


def cyr(text: str) -> str:
    """Cyrillic look-alikes for a, e, o, c, p."""
    return homoglyphs(text, "aeocp")


def grk(text: str) -> str:
    """Greek look-alikes for o, i, v."""
    return homoglyphs(text, "oiv", variant=1)


def bidi(text: str) -> str:
    """Left-to-right isolates around every word."""
    return " ".join(f"\u2066{w}\u2069" for w in text.split(" "))


def acute(text: str) -> str:
    """A combining acute accent after every vowel."""
    return "".join(ch + "\u0301" if ch in "aeiou" else ch for ch in text)


# ============================================================================================================
# questions: a conclusion of questions states nothing; a question answered in the next sentence does.

bad(
    "q-meth-three-questions",
    "questions",
    M,
    meth(
        "Methadone: will the baby need observing for withdrawal after birth? Is sharing a bed safe after her dose? "
        "Should breastfeeding go ahead?"
    ),
    "three questions, no answer (MA103)",
)
bad(
    "q-sert-what-are-the-risks",
    "questions",
    M,
    sert(
        "Sertraline in late pregnancy: what is this baby's risk of PPHN, and ought the midwife to look for adaptation "
        "symptoms? Is it safe in breast milk?"
    ),
    "questions about the right topics, no answer (MA103)",
)
bad(
    "q-lith-continue-question-mark",
    "questions",
    L,
    lith(
        "Lithium to continue? Does the baby need a paediatric review and a lithium level after delivery, and is "
        "bottle feeding the right choice for her?"
    ),
    "even 'to continue' is asked, not decided (MA103)",
)
bad(
    "q-valp-harmed-question",
    "questions",
    V,
    valp(
        "Valproate: should she carry on taking it? Has first-trimester exposure harmed the baby, and would a fetal "
        "medicine scan show it?"
    ),
    "questions about the exposure (MA103)",
)
bad(
    "q-dzp-who-feeds-question",
    "questions",
    F,
    dzp(
        "Diazepam and pregabalin: can the mother share a bed with the baby? Who does the night feeds in the "
        "placement? How long might withdrawal signs last?"
    ),
    "the night-care questions, unanswered (MA103)",
)
bad(
    "q-overall-m-cyrillic",
    "questions",
    M,
    overall(
        cyr(
            "Methadone and sertraline: will the baby withdraw, and for how long? Is the cot safe, and may she breastfeed "
            "on both of them?"
        )
    ),
    "questions in Cyrillic look-alikes (MA103)",
)
bad(
    "q-quet-zero-width",
    "questions",
    P,
    quet(
        zw(
            "Is the father's quetiapine a danger to the baby at night? Should he sleep with the baby on the sofa, or do "
            "night feeds after his dose?"
        )
    ),
    "questions with zero-width spaces (MA103)",
)

ok(
    "q-meth-answered",
    "questions",
    M,
    meth(
        "Will the baby need observing for withdrawal? Yes: on methadone 60 mg daily the baby stays on the postnatal "
        "ward for at least 72 hours, and the health visitor checks for late signs up to day 8. Sharing a bed is never "
        "safe after her dose; breastfeeding is encouraged."
    ),
    "a question answered at once",
)
ok(
    "q-sert-answered",
    "questions",
    M,
    sert(
        "Is sertraline safe to continue? On balance yes: 100 mg continues because relapse is the larger danger, the "
        "midwife watches the baby for jitteriness and poor feeding in the first two days, and breastfeeding goes "
        "ahead."
    ),
    "a rhetorical question with the decision after it",
)
ok(
    "q-lith-answered",
    "questions",
    L,
    lith(
        "Should lithium stop before the birth? No: it continues at the same dose with levels weekly from 36 weeks. "
        "The baby has a paediatric review and is watched for floppiness and poor feeding, and is bottle fed."
    ),
    "the question answered 'No:' and a plan",
)
ok(
    "q-valp-answered",
    "questions",
    V,
    valp(
        "Can she stop valproate now? Not suddenly: it continues until the urgent neurology review, because a seizure "
        "would endanger her and the baby. The baby was exposed in the first trimester, so the fetal medicine scan has "
        "been requested and folic acid 5 mg started."
    ),
    "the question answered with the reason",
)
ok(
    "q-dzp-answered",
    "questions",
    F,
    dzp(
        "Who feeds the baby at night? The foster carer, while diazepam and pregabalin keep the mother drowsy; she "
        "must never share a bed, sofa or armchair with the baby. The foster carer and health visitor watch for "
        "withdrawal signs until day 8, and both medicines continue for now."
    ),
    "the question answered by who",
)
ok(
    "q-overall-m-answered",
    "questions",
    M,
    overall(
        "What does this mean for the baby? Methadone and sertraline both continue; the baby is observed for at least "
        "72 hours for withdrawal and adaptation symptoms, breastfeeding is supported, and there is no co-sleeping "
        "after the methadone dose; the health visitor sees the cot before discharge."
    ),
    "an overall conclusion led by a question it answers",
)
ok(
    "q-quet-answered",
    "questions",
    P,
    quet(
        "Is the baby safe at night? Only if the father, sedated by his quetiapine, never has the baby in bed or on "
        "the sofa with him and does no night feeds after his dose; the mother does them and the health visitor "
        "checks the crib at each visit."
    ),
    "a question answered with the conditions the family keeps",
)

# ============================================================================================================
# conditionals: only conditions, no decision; conditions beside what is decided.

bad(
    "c-meth-would-be-considered",
    "conditionals",
    M,
    meth(
        "Should the baby show withdrawal signs after birth, scoring would be considered; should methadone make her "
        "drowsy, co-sleeping advice might apply."
    ),
    "conditions whose outcomes are 'would be considered' (MA103)",
)
bad(
    "c-sert-either-way",
    "conditionals",
    M,
    sert(
        "If sertraline were stopped, relapse might follow; if it continues, the baby could have adaptation "
        "symptoms, in which case the midwife would act as needed."
    ),
    "both branches, no choice made (MA103)",
)
bad(
    "c-lith-where-appropriate",
    "conditionals",
    L,
    lith(
        "If lithium levels rise the dose would be looked at, and if the baby is floppy after birth paediatrics "
        "would be involved where appropriate."
    ),
    "conditions with vague outcomes (MA103)",
)
bad(
    "c-valp-options-discussed",
    "conditionals",
    V,
    valp(
        full_width(
            "If the neurologist advises a change, valproate would be adjusted; if the scan shows a problem, options "
            "would be discussed."
        )
    ),
    "conditions only, full-width (MA103)",
)
bad(
    "c-dzp-relevant-guideline",
    "conditionals",
    F,
    dzp(
        "Where diazepam and pregabalin cause drowsiness, night care arrangements would be reviewed; if withdrawal "
        "appears, the relevant guideline would apply."
    ),
    "'would be reviewed', 'would apply' (MA103)",
)
bad(
    "c-quet-then-relevant",
    "conditionals",
    P,
    quet(
        shy(
            "If the father's quetiapine makes him drowsy, and if the baby happens to be in his care at night, then safe "
            "sleep would become relevant."
        )
    ),
    "a chain of ifs ending in 'relevant', soft hyphens (MA103)",
)

ok(
    "c-meth-if-then-decided",
    "conditionals",
    M,
    meth(
        "Methadone 60 mg continues. If the baby scores high on the withdrawal chart during the 72 hours on the ward, "
        "the neonatal team will start treatment; if she feels drowsy, she must put the baby in the cot before she "
        "sleeps. Breastfeeding is encouraged."
    ),
    "conditions beside a decision and instructions",
)
ok(
    "c-sert-if-call",
    "conditionals",
    M,
    sert(
        "Sertraline 100 mg continues through the birth. If the baby is jittery, breathing fast or feeding poorly in "
        "the first two days, the midwife calls the paediatrician. She can breastfeed on sertraline."
    ),
    "a condition with a concrete action",
)
ok(
    "c-lith-if-same-day",
    "conditionals",
    L,
    lith(
        "Lithium continues. If her level is above range the perinatal team lowers the dose the same day; the baby "
        "has a paediatric review at birth, with a lithium level and thyroid test if floppy or feeding poorly, and is "
        "bottle fed."
    ),
    "conditions with who does what and when",
)
ok(
    "c-valp-if-seizure",
    "conditionals",
    V,
    valp(
        "Valproate continues unchanged until neurology sees her this month; if a seizure happens she calls 999. The "
        "baby's first-trimester exposure means a detailed fetal medicine scan is booked and folic acid 5 mg "
        "continues."
    ),
    "a safety-net condition beside the plan",
)
ok(
    "c-dzp-once-dosed",
    "conditionals",
    F,
    dzp(
        "Diazepam and pregabalin continue for now. Once the mother has taken a dose she must not hold the baby while "
        "lying down or share a bed or sofa, and the foster carer does night feeds; if withdrawal signs appear before "
        "day 8 the carer rings the neonatal unit."
    ),
    "conditions that are instructions",
)
ok(
    "c-quet-unless",
    "conditionals",
    P,
    quet(
        "Unless he has missed a dose, the father's quetiapine leaves him too drowsy to wake for the baby, so he must "
        "never bed-share or sleep on the sofa with the baby and does no night feeds; the mother does them and the "
        "crib stays beside her."
    ),
    "'unless' beside a firm rule",
)

# ============================================================================================================
# negated-plans: saying that no plan exists is no plan; a negated instruction is a decision.

bad(
    "n-meth-no-plan-made",
    "negated-plans",
    M,
    meth(
        "Methadone: no plan was made for withdrawal monitoring of the baby, and nothing was agreed about co-sleeping "
        "or breastfeeding."
    ),
    "the issue's shape: a plan said not to exist (MA103)",
)
bad(
    "n-sert-no-decision-reached",
    "negated-plans",
    M,
    sert(
        "Sertraline was not changed at this visit, and no decision on the baby's observations or on breastfeeding "
        "was reached."
    ),
    "an account of what was not decided (MA103)",
)
bad(
    "n-lith-nothing-set-up",
    "negated-plans",
    L,
    lith("No lithium level schedule, paediatric review or feeding plan for the baby has been set up so far."),
    "the missing plan listed (MA103)",
)
bad(
    "n-valp-neither-arranged",
    "negated-plans",
    V,
    valp(
        "Valproate: neither a neurology referral nor a fetal medicine scan has been arranged, and the baby's "
        "exposure was not gone into."
    ),
    "a negated account (MA103)",
)
bad(
    "n-dzp-none-in-place-bidi",
    "negated-plans",
    F,
    dzp(
        bidi(
            "Diazepam and pregabalin: no safe sleep plan, no night-feed plan and no withdrawal watch were put in place "
            "for the baby."
        )
    ),
    "negated plans under bidi isolates (MA103)",
)
bad(
    "n-overall-m-nothing-decided",
    "negated-plans",
    M,
    overall(
        "Methadone and sertraline: nothing has yet been decided for the baby's withdrawal observation, feeding or "
        "sleeping arrangements."
    ),
    "overall: nothing decided (MA103)",
)
bad(
    "n-quet-not-looked-at-cyr",
    "negated-plans",
    P,
    quet(
        cyr(
            "No arrangement was agreed about the father's quetiapine and night care of the baby, and the sleeping "
            "set-up was not looked at."
        )
    ),
    "negated account in Cyrillic look-alikes (MA103)",
)

ok(
    "n-meth-not-to-be-reduced",
    "negated-plans",
    M,
    meth(
        "Methadone is not to be reduced in pregnancy: 60 mg continues. No co-sleeping at any time after her dose; "
        "the baby will not go home before 72 hours of withdrawal observation on the ward, and breastfeeding goes "
        "ahead."
    ),
    "negations that are instructions",
)
ok(
    "n-sert-will-not-stop",
    "negated-plans",
    M,
    sert(
        "Sertraline will not be stopped: 100 mg continues. The baby needs no special care for it, but the midwife "
        "watches for adaptation symptoms for 48 hours, and there is no reason to avoid breastfeeding."
    ),
    "'will not be stopped', 'no reason to avoid'",
)
ok(
    "n-lith-must-not-breastfeed",
    "negated-plans",
    L,
    lith(
        "Lithium is not stopped. The baby must not be breastfed because lithium reaches the milk; bottle feeding is "
        "agreed. No home birth: delivery in hospital with a paediatric review, and the baby's lithium level checked "
        "if drowsy or floppy."
    ),
    "'must not', 'No home birth'",
)
ok(
    "n-valp-must-not-stop",
    "negated-plans",
    V,
    valp(
        "Valproate must not be stopped suddenly, as a seizure would endanger her and the unborn baby. The "
        "first-trimester exposure cannot be undone, so a fetal medicine scan is booked and the neurologist reviews "
        "the treatment urgently."
    ),
    "negations carrying the reason and the plan",
)
ok(
    "n-dzp-neither-stopped",
    "negated-plans",
    F,
    dzp(
        "Neither diazepam nor pregabalin is stopped suddenly. The mother never sleeps with the baby in a bed, sofa or "
        "armchair and does no night feeds while drowsy; the foster carer does them and watches for withdrawal until "
        "day 8."
    ),
    "'neither ... nor' as a decision",
)
ok(
    "n-quet-no-night-feeds",
    "negated-plans",
    P,
    quet(
        "The father does no night feeds after his quetiapine and never shares a bed, sofa or armchair with the "
        "baby; no change to his dose is needed. The health visitor checks the crib at each visit."
    ),
    "negated instructions for the partner",
)

# ============================================================================================================
# template-echo: the form's prompts and code displays pasted back; prompts used as headings with answers.

bad(
    "t-meth-prompts-listed",
    "template-echo",
    M,
    meth(
        "Methadone. Impact on the baby. Neonatal withdrawal observation plan (local guideline). Breastfeeding advice "
        "for this medicine. Safe sleep and co-sleeping advice given."
    ),
    "the item prompts strung together (MA103)",
)
bad(
    "t-sert-written-conclusion-label",
    "template-echo",
    M,
    sert(
        "Sertraline - Written conclusion: Impact on her (or the parent's) capacity to care for the baby; Impact on "
        "the baby; Recommendations."
    ),
    "the prompt 'Written conclusion' and three more (MA103)",
)
bad(
    "t-lith-sedation-prompt",
    "template-echo",
    L,
    lith(
        "Lithium: Does the medicine cause sedation that could affect caring for the baby? Impact on the baby. "
        "Breastfeeding advice for this medicine."
    ),
    "a prompt question and two labels (MA103)",
)
bad(
    "t-valp-overall-prompt-cyr",
    "template-echo",
    V,
    valp(
        cyr(
            "Valproate: Overall written conclusion across all medicines; Impact on the baby; Neonatal withdrawal "
            "observation plan; Breastfeeding advice for this medicine."
        )
    ),
    "prompts in Cyrillic look-alikes (MA103)",
)
bad(
    "t-dzp-code-displays",
    "template-echo",
    F,
    dzp(
        "Diazepam and pregabalin: Sedation risk to care of infant assessed. Impact of maternal medication on baby. "
        "Neonatal withdrawal observation plan. Advice on breastfeeding while taking medication."
    ),
    "the items' code displays pasted in (MA103)",
)
bad(
    "t-overall-m-prompts-zw",
    "template-echo",
    M,
    overall(
        zw(
            "Methadone and sertraline. Overall written conclusion across all medicines. Impact of maternal medication "
            "on baby. Perinatal medication recommendations."
        )
    ),
    "overall: prompts and displays, zero-width (MA103)",
)
bad(
    "t-quet-capacity-prompt",
    "template-echo",
    P,
    quet(
        "Quetiapine (partner): Impact on her (or the parent's) capacity to care for the baby. Safe sleep and "
        "co-sleeping advice given. Impact on the baby."
    ),
    "the partner's prompts (MA103)",
)

ok(
    "t-meth-headings-answered",
    "template-echo",
    M,
    meth(
        "Impact on the baby: withdrawal from methadone is likely, so the baby stays on the ward for at least 72 "
        "hours. Safe sleep: no co-sleeping after her dose, cot in the parents' room. Breastfeeding: encouraged on "
        "her stable 60 mg."
    ),
    "labels used as headings, each answered",
)
ok(
    "t-sert-recommendation-heading",
    "template-echo",
    M,
    sert(
        "Recommendation: sertraline 100 mg continues. Impact on the baby: a small risk of PPHN and of jitteriness "
        "or poor feeding in the first days, which the midwife watches for; breastfeeding is compatible."
    ),
    "'Recommendation:' and 'Impact on the baby:' as headings",
)
ok(
    "t-lith-sedation-answered",
    "template-echo",
    L,
    lith(
        "Sedation: none at this level. Impact on the baby: lithium continues, so a paediatric review after birth "
        "and checks for floppiness and poor feeding. Breastfeeding: not advised, bottle feeding agreed. Her own "
        "levels weekly from 36 weeks."
    ),
    "the prompt's topic answered",
)
ok(
    "t-valp-written-conclusion-heading",
    "template-echo",
    V,
    valp(
        "Written conclusion: valproate continues unchanged until the urgent neurology review. The unborn baby was "
        "exposed in the first trimester, so a detailed fetal medicine scan is needed and has been requested; folic "
        "acid 5 mg daily."
    ),
    "the label 'Written conclusion:' before a real one",
)
ok(
    "t-dzp-sedation-present-then-plan",
    "template-echo",
    F,
    dzp(
        "Sedation risk present: diazepam and pregabalin make the mother drowsy, so she must not co-sleep or feed "
        "lying down. Withdrawal plan: the foster carer watches for tremor and poor feeding until day 8. Both "
        "continue."
    ),
    "a code display used as a heading with the plan",
)
ok(
    "t-quet-capacity-answered",
    "template-echo",
    P,
    quet(
        "Capacity to care at night: the father's quetiapine leaves him too sedated to wake, so the mother does all "
        "night feeds. Safe sleep: the baby sleeps in the crib beside her, never with him on a bed or sofa."
    ),
    "the partner's headings answered",
)

# ============================================================================================================
# quoted-guidance: a guideline or leaflet quoted at length states nothing of this baby; a short quotation
# followed by this baby's plan does.

bad(
    "g-meth-guideline-quoted",
    "quoted-guidance",
    M,
    meth(
        'Methadone: the local guideline states "babies exposed to opioids in utero should be observed for signs of '
        'neonatal abstinence syndrome for a minimum of 72 hours" and "mothers should be advised about the risks '
        'of bed sharing".'
    ),
    "two quotations, no decision (MA103)",
)
bad(
    "g-sert-leaflet-quoted",
    "quoted-guidance",
    M,
    sert(
        'Sertraline - from the leaflet: "SSRIs taken in late pregnancy are associated with a small increased risk '
        'of persistent pulmonary hypertension of the newborn and with poor neonatal adaptation."'
    ),
    "a general statement in quotation marks (MA103)",
)
bad(
    "g-lith-bumps-quoted",
    "quoted-guidance",
    L,
    lith(
        'Lithium, per the BUMPS leaflet: "lithium crosses the placenta and passes into breast milk; babies may be '
        'floppy and feed poorly after birth, and levels should be monitored closely around delivery."'
    ),
    "a leaflet quoted at length (MA103)",
)
bad(
    "g-valp-mhra-quoted-grk",
    "quoted-guidance",
    V,
    valp(
        grk(
            'Valproate: "valproate must not be used in women of childbearing potential unless a pregnancy prevention '
            'programme is in place; exposed babies have around a 10% risk of birth defects."'
        )
    ),
    "a regulator's words in Greek look-alikes (MA103)",
)
bad(
    "g-dzp-charity-quoted",
    "quoted-guidance",
    F,
    dzp(
        'Diazepam and pregabalin: the Lullaby Trust says "never sleep on a sofa or armchair with your baby, and '
        'never share a bed if you have taken medicine that makes you drowsy."'
    ),
    "safe sleep advice quoted, not applied (MA103)",
)
bad(
    "g-quet-leaflet-acute",
    "quoted-guidance",
    P,
    quet(
        acute(
            'Quetiapine (father): the leaflet reads "do not share a bed with a baby if you or your partner take '
            'medicines that cause drowsiness."'
        )
    ),
    "a quotation under combining accents (MA103)",
)

ok(
    "g-meth-quote-then-plan",
    "quoted-guidance",
    M,
    meth(
        'The local guideline asks for "a minimum of 72 hours of observation" after opioid exposure: this baby '
        "will stay on the postnatal ward for 72 hours, with the health visitor checking for late signs to day 8. "
        "Methadone 60 mg continues, breastfeeding is encouraged, and she must not co-sleep."
    ),
    "a short quotation, then this baby's plan",
)
ok(
    "g-sert-quote-then-decision",
    "quoted-guidance",
    M,
    sert(
        'As the leaflet puts it, "the benefits usually outweigh the risks": sertraline 100 mg continues for Jodie, '
        "the midwife watches her baby for jitteriness and fast breathing in the first two days, and breastfeeding "
        "goes ahead."
    ),
    "a quoted verdict applied to her",
)
ok(
    "g-lith-quote-so",
    "quoted-guidance",
    L,
    lith(
        'BUMPS says lithium "passes into breast milk", so this baby will be bottle fed. Lithium continues with '
        "weekly levels from 36 weeks; the baby has a paediatric review after birth with a lithium level if floppy or "
        "slow to feed."
    ),
    "'..., so this baby will be bottle fed'",
)
ok(
    "g-valp-warning-applies",
    "quoted-guidance",
    V,
    valp(
        'The MHRA warning that valproate "can seriously harm an unborn baby" applies here: this baby was exposed '
        "in the first trimester, so a fetal medicine scan is urgent. Valproate continues meanwhile and must not be "
        "stopped suddenly; neurology will review."
    ),
    "a warning quoted, then applied",
)
ok(
    "g-dzp-words-then-plan",
    "quoted-guidance",
    F,
    dzp(
        'In the Lullaby Trust\'s words, "never sleep on a sofa with your baby": the mother, drowsy on diazepam and '
        "pregabalin, sleeps apart from the baby, the foster carer does night feeds, and both watch for withdrawal "
        "signs until day 8. Both medicines continue."
    ),
    "a short quotation and the placement's plan",
)
ok(
    "g-quet-advice-applied",
    "quoted-guidance",
    P,
    quet(
        "The safe sleep leaflet says not to bed-share after sedating medicines, so the father, on quetiapine at "
        "night, never has the baby in bed or on the sofa and does no night feeds; the mother feeds at night and the "
        "health visitor checks the crib."
    ),
    "leaflet advice paraphrased and applied",
)

# ============================================================================================================
# later-meeting: the whole decision left to a later meeting; a decision now, with a meeting adding to it.

bad(
    "m-meth-pre-birth-meeting",
    "later-meeting",
    M,
    meth(
        "Methadone: the plan for the baby will be agreed at the pre-birth planning meeting on 20 March with the drug "
        "service, maternity and children's services."
    ),
    "the decision is for a later meeting (MA103)",
)
bad(
    "m-sert-next-mdt",
    "later-meeting",
    M,
    sert(
        "Sertraline goes to the next perinatal MDT, where the decision about observing the baby and breastfeeding "
        "will be made."
    ),
    "the MDT will decide (MA103)",
)
bad(
    "m-lith-joint-clinic",
    "later-meeting",
    L,
    lith(
        "Lithium management in late pregnancy and after birth, including feeding and the baby's checks, will be "
        "settled at the joint obstetric and psychiatry clinic next month."
    ),
    "everything settled later (MA103)",
)
bad(
    "m-valp-deferred-cyr",
    "later-meeting",
    V,
    valp(
        cyr(
            "Valproate: all decisions about the pregnancy, the baby and the scan are deferred to the neurology meeting "
            "in two weeks."
        )
    ),
    "a deferral in Cyrillic look-alikes (MA103)",
)
bad(
    "m-dzp-conference-will-set",
    "later-meeting",
    F,
    dzp(
        "Diazepam and pregabalin: the child protection conference on Friday will set out night care and the baby's "
        "withdrawal watch."
    ),
    "the conference will set the plan (MA103)",
)
bad(
    "m-overall-m-professionals-meeting-zw",
    "later-meeting",
    M,
    overall(
        zw(
            "Methadone and sertraline: the overall plan for mother and baby is for the professionals' meeting before 36 "
            "weeks to decide."
        )
    ),
    "overall left to a meeting, zero-width (MA103)",
)

ok(
    "m-meth-decided-meeting-adds",
    "later-meeting",
    M,
    meth(
        "Methadone 60 mg continues; the baby will be observed for withdrawal on the ward for at least 72 hours and "
        "she must not co-sleep after a dose. Breastfeeding is encouraged. The pre-birth planning meeting on 20 March "
        "will add the discharge plan."
    ),
    "decided now; the meeting adds to it",
)
ok(
    "m-sert-mdt-confirms-reviewer",
    "later-meeting",
    M,
    sert(
        "Sertraline 100 mg continues and breastfeeding is supported. The midwife watches the baby for adaptation "
        "symptoms for 48 hours after birth. The perinatal MDT next week will confirm who reviews her mood after "
        "delivery."
    ),
    "the MDT settles one detail about the mother",
)
ok(
    "m-lith-clinic-sets-labour-dose",
    "later-meeting",
    L,
    lith(
        "Lithium continues with levels monthly and then weekly from 36 weeks; the baby needs a paediatric review "
        "after birth and is bottle fed. The joint clinic next month will set the dose plan for labour."
    ),
    "a plan now, the labour dose later",
)
ok(
    "m-valp-interim-decision",
    "later-meeting",
    V,
    valp(
        "Valproate continues until the neurology meeting in two weeks decides the rest of the pregnancy's treatment; "
        "it must not be stopped suddenly. The baby's first-trimester exposure needs the fetal medicine scan, booked "
        "for next week."
    ),
    "an interim decision while the meeting is awaited",
)
ok(
    "m-dzp-conference-other-matter",
    "later-meeting",
    F,
    dzp(
        "Diazepam and pregabalin continue. The mother must never share a bed or sofa with the baby, and the foster "
        "carer does night feeds and watches for withdrawal until day 8. Friday's conference reviews the placement, "
        "not this plan."
    ),
    "the meeting is about something else",
)
ok(
    "m-overall-m-meeting-adds",
    "later-meeting",
    M,
    overall(
        "Methadone and sertraline continue. The baby is observed for at least 72 hours for withdrawal and "
        "adaptation, breastfeeding is supported, and there is no co-sleeping after methadone doses. The pre-birth "
        "meeting before 36 weeks adds the discharge arrangements."
    ),
    "overall decided, a meeting adds",
)

# ============================================================================================================
# wrong-concerns: the concern items removed and the conclusion answering another medicine's concerns.

_NO_CITA_BF = delete("assessments#asm-citalopram.impact_on_baby.breastfeeding")
_NO_SERT_BF = delete("assessments#asm-sertraline.impact_on_baby.breastfeeding")
_VALP_RECS = set_(
    "assessments#asm-valproate.recommendations", "Do not stop valproate abruptly. Folic acid 5 mg daily started today."
)
_QSS_W = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"
_NO_QUET_SS = delete("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep")

bad(
    "w-cita-opioid-answer",
    "wrong-concerns",
    C,
    chain(
        _NO_CITA_BF,
        cita(
            "Citalopram continues. The baby will be scored on the abstinence chart every four hours for 72 hours on the "
            "postnatal ward, and she must never share a bed or sofa with the baby."
        ),
    ),
    "an SSRI answered as an opioid; breastfeeding (a breastfed baby) unanswered (MA122)",
)
bad(
    "w-cita-opioid-answer-cyr",
    "wrong-concerns",
    C,
    chain(
        _NO_CITA_BF,
        cita(
            cyr(
                "Citalopram 20 mg carries on. The newborn stays on the ward for three days of abstinence scoring, and the "
                "cot must be seen before discharge."
            )
        ),
    ),
    "the same shape in Cyrillic look-alikes (MA122)",
)
bad(
    "w-sert-sedation-answer",
    "wrong-concerns",
    M,
    chain(
        _NO_SERT_BF,
        sert(
            "Sertraline 100 mg continues; the baby needs 72 hours on the ward for withdrawal observation, and the cot "
            "will be seen at the home visit."
        ),
    ),
    "sertraline answered with methadone's concerns; breastfeeding unanswered (MA122)",
)
bad(
    "w-valp-sleep-answer",
    "wrong-concerns",
    V,
    chain(
        _VALP_RECS,
        valp(
            "Valproate continues and must not be stopped abruptly. She must never co-sleep with the baby after birth, "
            "and the cot will be seen at the postnatal visit."
        ),
    ),
    "valproate answered with safe sleep; the harm in the womb and the scan unanswered (MA122)",
)
bad(
    "w-quet-mothers-concerns",
    "wrong-concerns",
    P,
    chain(
        _NO_QUET_SS,
        quet(
            "The father's quetiapine does not reach the baby, so breastfeeding is unaffected and there is no withdrawal "
            "for the baby to show; his mood is stable and he keeps taking it."
        ),
    ),
    "a partner's sedating medicine answered as the mother's; safe sleep unanswered (MA122)",
)
bad(
    "w-quet-mothers-concerns-shy",
    "wrong-concerns",
    P,
    chain(
        _NO_QUET_SS,
        quet(
            shy(
                "Quetiapine is the father's, so nothing passes to the baby in milk and no neonatal observation is needed; "
                "he stays on 300 mg."
            )
        ),
    ),
    "the same, soft hyphens (MA122)",
)

ok(
    "w-cita-right-answer",
    "wrong-concerns",
    C,
    chain(
        _NO_CITA_BF,
        cita(
            "Citalopram 20 mg continues because stopping led to relapse before. The midwife watches the baby for 48 "
            "hours for adaptation symptoms (jitteriness, fast breathing, poor feeding), with a paediatric review if they "
            "persist. Breastfeeding is supported; a little citalopram reaches the milk, so she watches for a drowsy "
            "baby."
        ),
    ),
    "the SSRI's own concerns, breastfeeding included",
)
ok(
    "w-sert-right-answer",
    "wrong-concerns",
    M,
    chain(
        _NO_SERT_BF,
        sert(
            "Sertraline 100 mg continues to prevent relapse. The midwife watches the baby for adaptation symptoms "
            "alongside the withdrawal observations, and breastfeeding on sertraline is safe and encouraged."
        ),
    ),
    "sertraline's own concerns",
)
ok(
    "w-valp-right-answer",
    "wrong-concerns",
    V,
    chain(
        _VALP_RECS,
        valp(
            "Valproate continues until neurology reviews it and must not be stopped abruptly. The baby was exposed in "
            "the first trimester, with about a 1 in 10 risk of a major malformation, so a detailed anomaly scan and "
            "fetal medicine review are booked; folic acid 5 mg started."
        ),
    ),
    "the harm in the womb answered",
)
ok(
    "w-quet-right-answer",
    "wrong-concerns",
    P,
    chain(
        set_(_QSS_W, "Never with him on a bed, sofa or armchair."),
        quet(
            "The father's quetiapine makes him too drowsy at night to care for the baby: he must never share a bed, "
            "sofa or armchair with the baby and does no night feeds after his dose. The baby sleeps in the next-to-me "
            "crib on the mother's side; the health visitor checks at each visit."
        ),
    ),
    "the partner's safe sleep answered in its own item (the only place it counts) and in the conclusion",
)
ok(
    "w-cita-right-answer-short",
    "wrong-concerns",
    C,
    chain(
        _NO_CITA_BF,
        cita(
            "Citalopram stays at 20 mg. Her baby may be jittery or feed poorly for a day or two, which the midwife "
            "watches for; breastfeeding on citalopram is fine."
        ),
    ),
    "a shorter SSRI answer with breastfeeding",
)
ok(
    "w-sert-right-answer-bf-first",
    "wrong-concerns",
    M,
    chain(
        _NO_SERT_BF,
        sert(
            "Breastfeeding on sertraline is encouraged. Sertraline 100 mg continues, and the paediatric team knows of "
            "the small risk of PPHN; the midwife watches the baby for adaptation symptoms."
        ),
    ),
    "breastfeeding first, then the rest",
)

# ============================================================================================================
# name-swap: one conclusion copied to another medicine with the name swapped, reordered or in synonyms.

_M_OWN = (
    "Methadone 60 mg keeps going unchanged. Her baby will stay on the postnatal ward for three days so "
    "the midwives can look for withdrawal, and she must not share a bed with the baby after a dose."
)
_S_SWAP = _M_OWN.replace("Methadone 60 mg", "Sertraline 100 mg")
_S_REORDER = (
    "She must not share a bed with the baby after a dose, and her baby will stay on the postnatal ward "
    "for three days so the midwives can look for withdrawal. Sertraline 100 mg keeps going unchanged."
)
_S_SYNONYM = (
    "Sertraline 100 mg keeps going unchanged. Her infant will stay on the postnatal ward for three days "
    "so the midwives can look for withdrawal, and she must not bed-share with the infant after a dose."
)
_D_OWN = (
    "Diazepam carries on at the same dose for now. The baby is watched by the foster carer for late "
    "withdrawal until day 8, and the mother never sleeps with the baby on a bed or sofa."
)
_P_SWAP = _D_OWN.replace("Diazepam", "Pregabalin")


def _split_f(diazepam_conclusion: str, pregabalin_conclusion: str) -> Mutation:
    """The foster example's joint assessment split into one assessment per medicine, same items."""

    def mutate(doc: Record) -> None:
        joint = next(a for a in doc["assessments"] if a["id"] == "asm-diazepam-pregabalin")
        first = dict(joint, id="asm-diazepam", medicine_ids=["med-diazepam"], conclusion=diazepam_conclusion)
        second = dict(joint, id="asm-pregabalin", medicine_ids=["med-pregabalin"], conclusion=pregabalin_conclusion)
        doc["assessments"] = [first, second]

    return mutate


bad(
    "s-sert-name-swapped",
    "name-swap",
    M,
    chain(meth(_M_OWN), sert(_S_SWAP)),
    "methadone's conclusion under sertraline with the name and dose swapped (MA121)",
)
bad(
    "s-sert-reordered",
    "name-swap",
    M,
    chain(meth(_M_OWN), sert(_S_REORDER)),
    "the same sentences in another order (MA121)",
)
bad(
    "s-sert-synonyms",
    "name-swap",
    M,
    chain(meth(_M_OWN), sert(_S_SYNONYM)),
    "the copy with 'infant' and 'bed-share' (MA121)",
)
bad(
    "s-sert-swapped-cyr",
    "name-swap",
    M,
    chain(meth(_M_OWN), sert(cyr(_S_SWAP))),
    "the swapped copy in Cyrillic look-alikes (MA121)",
)
bad(
    "s-f-split-swapped",
    "name-swap",
    F,
    _split_f(_D_OWN, _P_SWAP),
    "split foster assessments, pregabalin's a copy of diazepam's (MA121)",
)
bad("s-f-split-swapped-zw", "name-swap", F, _split_f(_D_OWN, zw(_P_SWAP)), "the same with zero-width spaces (MA121)")

ok(
    "s-sert-own-same-frame",
    "name-swap",
    M,
    chain(
        meth(_M_OWN),
        sert(
            "Sertraline 100 mg keeps going unchanged. Her baby has a small risk of PPHN and of jitteriness in the first "
            "days, which the paediatric team knows about, and she can breastfeed on it."
        ),
    ),
    "the same opening frame, sertraline's own content",
)
ok(
    "s-sert-shares-one-line",
    "name-swap",
    M,
    chain(
        meth(_M_OWN),
        sert(
            "Sertraline 100 mg continues because stopping risks relapse. The midwife looks for adaptation symptoms in "
            "the baby during the same three days on the ward, and breastfeeding is encouraged."
        ),
    ),
    "leans on the methadone plan, with its own risks",
)
ok(
    "s-f-split-own",
    "name-swap",
    F,
    _split_f(
        _D_OWN,
        (
            "Pregabalin continues too; first-trimester exposure slightly raised the malformation risk, but the newborn "
            "examination was normal. It adds to the mother's drowsiness, so the foster carer does the night feeds."
        ),
    ),
    "split foster assessments, each with its own conclusion",
)
ok(
    "s-f-split-own-diazepam-floppy",
    "name-swap",
    F,
    _split_f(
        (
            "Diazepam continues for now, with a slow reduction at 6 weeks because sudden stopping risks seizures. It can "
            "make the baby floppy and slow to feed, and it makes the mother drowsy: no bed or sofa sharing."
        ),
        _P_SWAP,
    ),
    "diazepam's own conclusion beside pregabalin's",
)
ok(
    "s-meth-own-sert-own",
    "name-swap",
    M,
    chain(
        meth(
            "Methadone 60 mg daily continues with the drug service. The baby needs three days of withdrawal observation "
            "on the ward and health visitor checks to day 8; no bed sharing after a dose; breastfeeding is encouraged."
        ),
        sert(
            "Sertraline continues at 100 mg: relapse of her depression is the bigger risk. The baby's small risks "
            "(PPHN, adaptation) are watched for by the midwife, and breastfeeding is supported."
        ),
    ),
    "two conclusions in parallel form, different content",
)
ok(
    "s-sert-as-for-methadone",
    "name-swap",
    M,
    chain(
        meth(_M_OWN),
        sert(
            "Sertraline 100 mg continues; as for methadone, the baby stays on the ward for three days, where the "
            "midwives also look for adaptation symptoms and PPHN. Sertraline is fine in breast milk."
        ),
    ),
    "'as for methadone' plus sertraline's own points",
)

# ============================================================================================================
# overall-copy: the overall conclusion repeats one assessment where it must cover more; with one assessment,
# repeating it is complete.

_M_METH = (
    "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for "
    "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and "
    "the cot must be checked at the home visit."
)
_M_SERT = (
    "Sertraline should continue: the risk of relapse outweighs the small risks to the baby, which the "
    "maternity team will watch for after birth."
)

bad(
    "o-m-methadone-verbatim",
    "overall-copy",
    M,
    overall(_M_METH),
    "the overall conclusion is methadone's; sertraline not covered (MA119/MA121)",
)
bad(
    "o-m-sertraline-verbatim",
    "overall-copy",
    M,
    overall(_M_SERT),
    "the overall conclusion is sertraline's (MA119/MA121)",
)
bad(
    "o-m-methadone-and-sertraline-inserted",
    "overall-copy",
    M,
    overall(_M_METH.replace("Methadone 60 mg daily", "Methadone 60 mg daily and sertraline")),
    "methadone's conclusion with 'and sertraline' inserted (MA121)",
)
bad(
    "o-m-methadone-reordered",
    "overall-copy",
    M,
    overall(
        "Sedation after each dose means no co-sleeping and the cot must be checked at the home visit. The baby is "
        "likely to need observation for neonatal withdrawal; breastfeeding is supported. Methadone 60 mg daily "
        "should continue through pregnancy."
    ),
    "methadone's sentences reordered (MA119/MA121)",
)
bad(
    "o-m-methadone-padded",
    "overall-copy",
    M,
    overall(_M_METH + " Sertraline also continues."),
    "methadone's conclusion padded with one line naming sertraline (MA121)",
)
bad(
    "o-m-methadone-full-width",
    "overall-copy",
    M,
    overall(full_width(_M_METH)),
    "methadone's conclusion, full-width (MA119/MA121)",
)
bad(
    "o-f-split-overall-is-diazepam",
    "overall-copy",
    F,
    chain(
        _split_f(
            _D_OWN,
            (
                "Pregabalin continues too; first-trimester exposure slightly raised the malformation risk, but the newborn "
                "examination was normal. It adds to the mother's drowsiness, so the foster carer does the night feeds."
            ),
        ),
        overall(_D_OWN),
    ),
    "split assessments; the overall repeats diazepam's (MA119/MA121)",
)

ok(
    "o-l-single-verbatim",
    "overall-copy",
    L,
    overall(
        "Lithium should continue: the risk of relapse after birth outweighs the risks to the baby, which are being "
        "managed. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby needs a paediatric "
        "review; breastfeeding is not advised."
    ),
    "one assessment: its conclusion is the whole picture",
)
ok(
    "o-f-single-joint-verbatim",
    "overall-copy",
    F,
    overall(
        "Diazepam and pregabalin together cause significant sedation: the mother must not co-sleep or feed the baby "
        "lying down, and night care in the placement needs another adult awake. The baby may show late withdrawal "
        "up to day 8. Both medicines continue unchanged for now, with a supervised diazepam reduction planned."
    ),
    "one joint assessment naming both: repeating it is complete",
)
ok(
    "o-v-single-verbatim",
    "overall-copy",
    V,
    overall(
        "Valproate must continue until the neurologist reviews it: stopping suddenly risks seizures. The baby has "
        "been exposed in the first trimester, so an urgent neurology review and early fetal medicine assessment are "
        "needed; referrals sent today and folic acid 5 mg started."
    ),
    "one assessment, repeated",
)
ok(
    "o-p-single-verbatim",
    "overall-copy",
    P,
    overall(
        "The father's night-time quetiapine makes him too sedated to care for the baby safely at night or to share a "
        "bed or sofa with the baby. The mother does the night feeds and the baby sleeps in its own crib; the health "
        "visitor will keep checking this."
    ),
    "the only assessed medicine is the partner's",
)
ok(
    "o-c-single-verbatim",
    "overall-copy",
    C,
    overall(
        "Citalopram should continue: the risk of relapse outweighs the small risks to the baby, which the midwife "
        "will watch for after birth. Breastfeeding is supported."
    ),
    "one assessment, repeated",
)
ok(
    "o-m-own-words-both",
    "overall-copy",
    M,
    overall(
        "Methadone and sertraline both carry on at the same doses. Together they mean the baby stays on the ward for "
        "at least three days for withdrawal and adaptation signs; she can breastfeed on both; and because methadone "
        "sedates her, the baby sleeps in a cot, checked at the home visit."
    ),
    "the overall in its own words",
)
ok(
    "o-m-sertraline-first",
    "overall-copy",
    M,
    overall(
        "Sertraline 100 mg and methadone 60 mg both continue, as stopping either risks relapse. The paediatric team "
        "will know of the PPHN risk; the baby is observed for 72 hours for withdrawal, breastfeeding is supported, "
        "and no bed sharing after methadone."
    ),
    "the overall covering both, sertraline first",
)

# ============================================================================================================
# near-empty-items: "as above", "see conclusion", "ditto", "n/a" as an item's answer; the same openers followed
# by an answer.

_QSS = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"
_MNWP = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
_MBF = "assessments#asm-methadone.impact_on_baby.breastfeeding"
_CNWP = "assessments#asm-citalopram.impact_on_baby.neonatal_withdrawal_plan"
_FSS = "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep"
_LNWP = "assessments#asm-lithium.impact_on_baby.neonatal_withdrawal_plan"

bad(
    "e-quet-safe-sleep-na",
    "near-empty-items",
    P,
    set_(_QSS, "n/a"),
    "the issue's shape: 'n/a' for a partner's sedating medicine (MA123/MA125)",
)
bad("e-quet-safe-sleep-ditto", "near-empty-items", P, set_(_QSS, "Ditto."), "'Ditto.' (MA125)")
bad("e-meth-nwp-as-above", "near-empty-items", M, set_(_MNWP, "As above."), "'As above.' (MA125)")
bad("e-meth-bf-see-conclusion", "near-empty-items", M, set_(_MBF, "See conclusion."), "'See conclusion.' (MA125)")
bad("e-cita-nwp-ditto", "near-empty-items", C, set_(_CNWP, "ditto"), "'ditto' (MA125)")
bad(
    "e-f-safe-sleep-as-above",
    "near-empty-items",
    F,
    set_(_FSS, "As above"),
    "'As above' for a sedated mother's safe sleep (MA125)",
)
bad(
    "e-lith-nwp-see-conclusion",
    "near-empty-items",
    L,
    set_(_LNWP, "see conclusion"),
    "'see conclusion' for the baby's checks (MA125)",
)
bad(
    "e-quet-safe-sleep-na-full-width",
    "near-empty-items",
    P,
    set_(_QSS, full_width("N/A")),
    "'N/A' full-width (MA123/MA125)",
)
bad(
    "e-meth-nwp-as-above-cyr",
    "near-empty-items",
    M,
    set_(_MNWP, cyr("As above.")),
    "'As above.' in Cyrillic look-alikes (MA125)",
)

ok(
    "e-quet-as-above-then-answer",
    "near-empty-items",
    P,
    set_(
        _QSS,
        "As above: he never sleeps with the baby on a bed, sofa or chair and does no night feeds after his "
        "dose; the baby's crib is on the mother's side.",
    ),
    "'As above:' followed by the answer",
)
ok(
    "e-meth-nwp-empty",
    "near-empty-items",
    M,
    delete(_MNWP),
    "the item left empty where the conclusion answers it (rules: leave the item empty)",
)
ok(
    "e-meth-bf-see-conclusion-then-answer",
    "near-empty-items",
    M,
    set_(_MBF, "See conclusion; in short, breastfeeding on her stable methadone dose is safe and encouraged."),
    "'See conclusion;' with the answer in short",
)
ok(
    "e-cita-nwp-same-as-last",
    "near-empty-items",
    C,
    set_(
        _CNWP,
        "Same as for her last baby: the midwife observes for jitteriness, fast breathing and poor feeding "
        "for 48 hours, with a paediatric review if they persist.",
    ),
    "'Same as ...:' followed by the plan",
)
ok(
    "e-f-safe-sleep-as-agreed",
    "near-empty-items",
    F,
    set_(
        _FSS,
        "As agreed on the ward: she never shares a bed, sofa or armchair with the baby, and the cot is in the "
        "foster carer's room.",
    ),
    "'As agreed' followed by the plan",
)
ok(
    "e-quet-na-with-reason",
    "near-empty-items",
    P,
    set_(
        _QSS,
        "Not applicable to night feeds, which the mother does; he never lies down with the baby on a sofa or "
        "bed after his dose, and the crib stays on her side.",
    ),
    "'not applicable' with the sleeping plan as reason",
)
ok(
    "e-lith-nwp-na-toxicity-instead",
    "near-empty-items",
    L,
    set_(
        _LNWP,
        "No withdrawal as such; instead the baby is checked after birth for lithium toxicity (floppiness, "
        "poor feeding) with a lithium level if signs appear.",
    ),
    "'no withdrawal as such' followed by the checks",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F36CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F36CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F36CASES),
        "total",
        len(F36CASES),
    )
