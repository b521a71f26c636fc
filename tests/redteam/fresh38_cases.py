"""A thirty-eighth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, tenth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About five in six are GOOD records whose conclusions a strict reader might
wrongly set aside, aimed at the readings the gate gained most recently; each shape has minimal hollow twins with
the substance removed, which must be refused. The shapes, one category each:

* would-plans: British plans written with "would" ("she would continue ...", "the plan would be ...");
* conditional-decides: a conditional escalation ("if the baby scores 8 or more twice, morphine would be started")
  beside what is done anyway;
* negative-openers: sentences that open with "no", "nothing", "none" or "neither" and still decide;
* meeting-adds: a decision made now, with a meeting, review or conference adding to it;
* pointer-answer: a pointer to the record's own parts ("see recommendations:", "as per summary,") followed by
  the answer;
* rates-applied: a population rate applied to this baby ("about half ... so hers will be scored for 5 days");
* programmes: service and programme names (Flying Start, Sure Start, Healthy Child Programme, children's
  services, CAMHS, Family Nurse Partnership) beside real decisions;
* headings: "Plan:", "Baby:", "Mum:", "Methadone and sertraline:" headings in single and joint conclusions, and
  a conclusion that mentions another of her medicines beside its own decision;
* what-how: sentences that open with "What" or "How" and state ("What matters most for the baby is ...");
* spelling-words: misspellings of a LISTED medicine inside conclusions ("sertaline", "methadon", "Quetiapin"),
  and rare English words that sit near medicine names (carafe, moraine, iodine, valance, citadel).

A few good and hollow texts are disguised (look-alike letters, zero-width characters, soft hyphens, full-width
forms) to check that they are judged like the plain text. Each assessment's own items answer its concerns, so
only the text mutated is judged. Medicines named here are real; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh38_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, _merge_m, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F38CASES: list[Case] = []

CATEGORIES = (
    "would-plans",
    "conditional-decides",
    "negative-openers",
    "meeting-adds",
    "pointer-answer",
    "rates-applied",
    "programmes",
    "headings",
    "what-how",
    "spelling-words",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F38CASES.append(Case(f"f38-{name}", category, expect, base, mutate, why))


def concl(assessment: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment}.conclusion", text)


def meth(text: str) -> Mutation:
    return concl("asm-methadone", text)


def sert(text: str) -> Mutation:
    return concl("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return concl("asm-lithium", text)


def valp(text: str) -> Mutation:
    return concl("asm-valproate", text)


def dzpg(text: str) -> Mutation:
    return concl("asm-diazepam-pregabalin", text)


def quet(text: str) -> Mutation:
    return concl("asm-partner-quetiapine", text)


def cital(text: str) -> Mutation:
    return concl("asm-citalopram", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


ZW = "\u200b"
SHY = "\u00ad"

# Rows in GOOD[category], (name, base, mutation, why), must pass; rows in HOLLOW[category] must be refused.
GOOD: dict[str, list[tuple[str, str, Mutation, str]]] = {c: [] for c in CATEGORIES}
HOLLOW: dict[str, list[tuple[str, str, Mutation, str]]] = {c: [] for c in CATEGORIES}

# ============================================================================================================
# would-plans

GOOD["would-plans"] += [
    (
        "wd-meth-she-would-continue",
        M,
        meth(
            "She would continue methadone 60 mg and the baby would be observed on the ward for 72 hours for "
            "withdrawal; she would breastfeed, and the baby would sleep in his own cot, never in her bed."
        ),
        "a plan told entirely in the British 'would'",
    ),
    (
        "wd-meth-plan-would-be",
        M,
        meth(
            "The plan would be to keep methadone at 60 mg, score the baby for withdrawal on the postnatal ward for at "
            "least three days, and support breastfeeding; no bed sharing after her dose."
        ),
        "'the plan would be' followed by the plan",
    ),
    (
        "wd-sert-advice-would-be",
        M,
        sert(
            "My advice would be to carry on with sertraline 100 mg, as a relapse of her depression would harm her "
            "and the baby more than the small risks; the midwife would check the newborn for jitteriness and "
            "breathing for 48 hours."
        ),
        "'my advice would be' with the advice",
    ),
    (
        "wd-lith-we-would-recommend",
        L,
        lith(
            "We would recommend lithium stays at 800 mg with levels weekly from 36 weeks; the baby would be formula "
            "fed and seen by the paediatrician within 24 hours of birth."
        ),
        "'we would recommend' with the recommendation",
    ),
    (
        "wd-valp-would-not-stop",
        V,
        valp(
            "She would not stop valproate until the neurologist has seen her this week, because a seizure would "
            "harm her and the pregnancy; the baby would have an early fetal medicine scan and she would stay on "
            "folic acid 5 mg."
        ),
        "'would not' as a firm instruction",
    ),
    (
        "wd-quet-he-would-not",
        P,
        quet(
            "Daniel would take no part in night feeds after his quetiapine and would never sleep with the baby on a "
            "bed or sofa; Chloe would do the nights, and the health visitor would look at the crib again next week."
        ),
        "who does what, told with 'would'",
    ),
    (
        "wd-overall-m-would",
        M,
        overall(
            "Methadone and sertraline would both continue unchanged. The baby would stay on the postnatal ward for "
            "at least 72 hours of withdrawal scoring, breastfeeding would be encouraged, and the health visitor "
            "would check the cot before discharge; no co-sleeping."
        ),
        "an overall plan in 'would'",
    ),
    (
        "wd-cital-id-suggest",
        C,
        cital(
            "I would suggest citalopram 20 mg carries on: stopping would likely bring back her depression. The "
            "midwife would watch the baby for adaptation signs for two days, and breastfeeding would go ahead."
        ),
        "'I would suggest' then the suggestion",
    ),
]
HOLLOW["would-plans"] += [
    (
        "wd-ctl-meth-would-be-discussed",
        M,
        meth("The plan for methadone would be discussed with her and the baby's needs would be looked at in time."),
        "'would be discussed' and 'looked at in time': nothing decided (MA103)",
    ),
    (
        "wd-ctl-sert-would-be-reviewed",
        M,
        sert("Sertraline would be reviewed as and when it would be appropriate to do so."),
        "a deferral in 'would' with no content (MA103)",
    ),
    (
        "wd-ctl-overall-would-depend",
        M,
        overall("What would happen with methadone and sertraline would depend on how things would go."),
        "'would depend' and nothing else (MA103)",
    ),
]

# ============================================================================================================
# conditional-decides

GOOD["conditional-decides"] += [
    (
        "cd-meth-if-scores-8",
        M,
        meth(
            "Methadone stays at 60 mg and the baby is scored for withdrawal on the ward for 72 hours whatever "
            "happens; if he scores 8 or more twice, morphine would be started on SCBU. Breastfeeding is encouraged "
            "and he sleeps in his own cot."
        ),
        "an escalation beside what is done anyway",
    ),
    (
        "cd-meth-unless-signs",
        M,
        meth(
            "The baby goes home on day 4 unless there are withdrawal signs, in which case he stays; methadone "
            "continues unchanged, breastfeeding is supported and the health visitor checks him for late signs on "
            "day 8."
        ),
        "an 'unless' with a default decision",
    ),
    (
        "cd-sert-should-she-feel-low",
        M,
        sert(
            "Sertraline 100 mg continues; should she feel low after the birth she is to call the perinatal mental "
            "health team the same day. The baby is watched for 48 hours for adaptation signs and may be breastfed."
        ),
        "'should she ...' beside a decision",
    ),
    (
        "cd-lith-if-level-high",
        L,
        lith(
            "Lithium continues at 800 mg; if a level comes back above 0.8 the dose drops by 200 mg the same day. The "
            "baby will be bottle fed and checked by the paediatrician for floppiness and thyroid function."
        ),
        "a rule for a level beside the decision",
    ),
    (
        "cd-valp-if-neurology-switch",
        V,
        valp(
            "Valproate 500 mg twice a day carries on for now and must not be stopped suddenly; if neurology switch "
            "her to another medicine, the switch is done over weeks. Folic acid 5 mg continues and the baby has a "
            "fetal medicine scan at 12 weeks."
        ),
        "a future switch beside the present plan",
    ),
    (
        "cd-dzpg-if-drowsy",
        F,
        dzpg(
            "Diazepam and pregabalin continue at the same doses; the foster carer gives all night feeds, and if the "
            "mother is drowsy during a daytime visit she does not hold the baby unsupervised. Withdrawal is watched "
            "for until day 8."
        ),
        "a condition on contact beside the decisions",
    ),
    (
        "cd-quet-if-dose-moved",
        P,
        quet(
            "No night care from Daniel after his quetiapine; if his dose is moved to the evening, he still does not "
            "share a bed or sofa with the baby. Chloe does night feeds, the baby sleeps in the crib."
        ),
        "a change of timing answered in advance",
    ),
    (
        "cd-overall-c-if-jittery",
        C,
        overall(
            "Citalopram 20 mg continues through pregnancy and breastfeeding. If the baby is jittery or breathing "
            "fast, the midwife calls the paediatrician; otherwise routine postnatal care, with a GP mood review at "
            "six weeks."
        ),
        "'if ... otherwise' both branches decided",
    ),
]
HOLLOW["conditional-decides"] += [
    (
        "cd-ctl-meth-if-anything-changes",
        M,
        meth("If anything changes with methadone or the baby, the plan would be revisited."),
        "only a condition with an empty consequence (MA103)",
    ),
    (
        "cd-ctl-lith-if-needed",
        L,
        lith("If needed, lithium will be looked at again, and if the baby needs anything, that will be arranged."),
        "conditions whose consequences are empty (MA103)",
    ),
    (
        "cd-ctl-cital-if-so",
        C,
        cital("If citalopram turns out to matter for the baby, then it will be dealt with if so."),
        "a conditional about nothing (MA103)",
    ),
]

# ============================================================================================================
# negative-openers

GOOD["negative-openers"] += [
    (
        "ng-meth-no-change",
        M,
        meth(
            "No change to her methadone dose: 60 mg daily. The baby stays 72 hours on the ward for withdrawal "
            "scoring, breastfeeding is encouraged, and he sleeps in a cot beside her bed."
        ),
        "opens with 'No change' and decides",
    ),
    (
        "ng-quet-neither-parent",
        P,
        quet(
            "Neither parent will co-sleep with the baby: Daniel because his quetiapine leaves him heavily sedated, "
            "Chloe because she will be up for the night feeds; the baby sleeps in the crib."
        ),
        "opens with 'Neither' and decides",
    ),
    (
        "ng-meth-nothing-by-mouth",
        M,
        meth(
            "Nothing by mouth for the baby beyond breast milk unless the paediatrician advises; methadone carries on "
            "at 60 mg, withdrawal scoring runs for 72 hours, and there is no bed sharing."
        ),
        "opens with 'Nothing' as an instruction",
    ),
    (
        "ng-sert-none-of-signs",
        M,
        sert(
            "None of the sertraline risks to the baby outweigh a relapse, so it continues at 100 mg; the midwife "
            "watches for adaptation signs for 48 hours and breastfeeding is fine."
        ),
        "opens with 'None' as a weighing",
    ),
    (
        "ng-lith-not-breastfed",
        L,
        lith(
            "No breastfeeding on lithium: the baby will have formula. Lithium stays at 800 mg with levels weekly "
            "from 36 weeks and within a day of birth, and the paediatrician reviews the baby."
        ),
        "opens with 'No breastfeeding' as a decision",
    ),
    (
        "ng-dzpg-nobody-sleeps",
        F,
        dzpg(
            "Nobody shares a bed, sofa or armchair with the baby: diazepam and pregabalin sedate the mother, so the "
            "foster carer does night feeds. Both continue unchanged; withdrawal signs watched until day 8."
        ),
        "opens with 'Nobody' and decides",
    ),
    (
        "ng-valp-never-stop",
        V,
        valp(
            "Never stop valproate suddenly: seizures would endanger her and the baby. It continues until neurology "
            "review this week; fetal medicine scan arranged and folic acid 5 mg started."
        ),
        "opens with 'Never' as an instruction",
    ),
    (
        "ng-overall-p-none-for-mother",
        P,
        overall(
            "None of Chloe's medicines (paracetamol only) affect the baby. Daniel's quetiapine does: he gives no "
            "night feeds after his dose and never sleeps with the baby on a bed or sofa; the health visitor keeps "
            "checking the crib."
        ),
        "opens with 'None' and then the partner's plan",
    ),
    (
        "ng-cital-no-reason-to-stop",
        C,
        cital(
            "No reason to stop citalopram: her depression would return. The baby is watched for 48 hours for "
            "adaptation signs by the midwife, and she can breastfeed."
        ),
        "opens with 'No reason to stop'",
    ),
]
HOLLOW["negative-openers"] += [
    (
        "ng-ctl-meth-no-change-nothing",
        M,
        meth("No change. Nothing further. None for methadone."),
        "negatives with nothing to negate (MA103)",
    ),
    (
        "ng-ctl-quet-neither-here",
        P,
        quet("Neither here nor there as regards quetiapine and the baby."),
        "an idiom of dismissal (MA103/MA105)",
    ),
    (
        "ng-ctl-sert-nothing-to-add",
        M,
        sert("Nothing to add about sertraline; no comment on the baby."),
        "dismissal with no content (MA103/MA105)",
    ),
]

# ============================================================================================================
# meeting-adds

GOOD["meeting-adds"] += [
    (
        "mt-meth-prebirth-confirms",
        M,
        meth(
            "Methadone continues at 60 mg; the baby stays on the ward for at least 72 hours of withdrawal scoring "
            "and sleeps in his own cot. The pre-birth meeting will confirm the discharge plan."
        ),
        "a decision now with a meeting confirming discharge",
    ),
    (
        "mt-sert-mdt-aware",
        M,
        sert(
            "Sertraline 100 mg continues, as relapse risk outweighs the small newborn risks; the midwife watches "
            "for adaptation for 48 hours. The perinatal MDT next month will add a postnatal mood plan."
        ),
        "a later MDT adds to a made decision",
    ),
    (
        "mt-lith-joint-clinic",
        L,
        lith(
            "Lithium stays at 800 mg at night. The baby is formula fed and reviewed by the paediatrician on day 1. "
            "The joint obstetric and psychiatry clinic at 34 weeks will set the plan for levels in labour."
        ),
        "a clinic adding detail to a decided plan",
    ),
    (
        "mt-dzpg-core-group",
        F,
        dzpg(
            "Diazepam and pregabalin continue; the foster carer does every night feed and the mother never sleeps "
            "with the baby. The core group on Thursday will agree how the diazepam reduction is supervised."
        ),
        "a core group adding the reduction's detail",
    ),
    (
        "mt-valp-neurology-then",
        V,
        valp(
            "Valproate continues unchanged; do not stop it suddenly. The fetal medicine scan is booked for 12 weeks "
            "and folic acid 5 mg started; the neurology appointment this week will decide any switch."
        ),
        "the present plan, and neurology deciding the switch",
    ),
    (
        "mt-overall-f-review-adds",
        F,
        overall(
            "Diazepam and pregabalin continue. No bed, sofa or armchair sharing; the foster carer does night feeds "
            "and watches for late withdrawal until day 8. The looked-after child review on 20 June will add contact "
            "arrangements."
        ),
        "an overall plan with a review adding to it",
    ),
    (
        "mt-quet-case-conference",
        P,
        quet(
            "Daniel gives no night feeds after his quetiapine and never sleeps with the baby on a bed or sofa; the "
            "baby sleeps in the crib. The child in need meeting next week will hear this plan."
        ),
        "a meeting told of a plan already made",
    ),
]
HOLLOW["meeting-adds"] += [
    (
        "mt-ctl-meth-prebirth-decides",
        M,
        meth("Methadone: the pre-birth meeting will decide everything for the baby."),
        "a decision wholly left to a meeting (MA103/MA106)",
    ),
    (
        "mt-ctl-dzpg-core-group-only",
        F,
        dzpg("Diazepam and pregabalin to be discussed at the core group on Thursday."),
        "only a future discussion (MA103/MA106)",
    ),
]

# ============================================================================================================
# pointer-answer

GOOD["pointer-answer"] += [
    (
        "pt-meth-see-recs-colon",
        M,
        meth(
            "See recommendations: methadone stays at 60 mg, the baby is scored for withdrawal for 72 hours on the "
            "ward, she breastfeeds, and there is no co-sleeping."
        ),
        "'See recommendations:' followed by the answer",
    ),
    (
        "pt-sert-as-per-summary",
        M,
        sert(
            "As per summary, she continues sertraline 100 mg; the risk to the baby is small and the midwife will "
            "watch for adaptation symptoms for 48 hours. Breastfeeding is supported."
        ),
        "'As per summary,' then the conclusion",
    ),
    (
        "pt-lith-as-above",
        L,
        lith(
            "As above, lithium continues at 800 mg with levels weekly from 36 weeks; the baby is bottle fed and the "
            "paediatrician checks him within 24 hours of birth."
        ),
        "'As above,' then the plan",
    ),
    (
        "pt-valp-see-section",
        V,
        valp(
            "See the impact section for detail; in short, valproate continues until neurology review, is never "
            "stopped abruptly, and the baby gets an early fetal medicine assessment."
        ),
        "'see ... in short' then the plan",
    ),
    (
        "pt-quet-per-safe-sleep",
        P,
        quet(
            "Per the safe sleep section: Daniel does no night care after his quetiapine and never shares a bed or "
            "sofa with the baby, who sleeps in the crib."
        ),
        "'Per the safe sleep section:' then the answer",
    ),
    (
        "pt-overall-c-see-assessment",
        C,
        overall(
            "See the citalopram assessment: continue 20 mg through pregnancy and breastfeeding, the midwife watches "
            "the baby for adaptation for 48 hours, and the GP reviews her mood at six weeks."
        ),
        "the overall points to the assessment and answers",
    ),
    (
        "pt-dzpg-see-recs-both",
        F,
        dzpg(
            "See recommendations; both diazepam and pregabalin continue, the foster carer takes the night feeds, "
            "and late withdrawal is watched for until day 8."
        ),
        "a pointer with a semicolon then the answer",
    ),
]
HOLLOW["pointer-answer"] += [
    (
        "pt-ctl-meth-see-recs",
        M,
        meth("Methadone: see recommendations."),
        "only a pointer (MA103/MA106)",
    ),
    (
        "pt-ctl-sert-as-per-summary",
        M,
        sert("Sertraline as per summary and as above."),
        "only pointers (MA103/MA106)",
    ),
]

# ============================================================================================================
# rates-applied

GOOD["rates-applied"] += [
    (
        "rt-meth-half-so-hers",
        M,
        meth(
            "About half of babies exposed to methadone need treatment for withdrawal, so hers will be scored on the "
            "ward for 5 days; methadone continues at 60 mg, she breastfeeds, and the cot is beside her bed."
        ),
        "a rate applied to this baby",
    ),
    (
        "rt-sert-3-in-1000",
        M,
        sert(
            "Sertraline's risk of persistent pulmonary hypertension is about 3 in 1,000, small beside a relapse, so "
            "it continues at 100 mg; the midwife checks the baby's breathing and colour for 48 hours."
        ),
        "a risk figure weighed for this pregnancy",
    ),
    (
        "rt-valp-one-in-ten",
        V,
        valp(
            "Around one in ten babies exposed to valproate have a major malformation, so this baby has a detailed "
            "scan at 12 and 20 weeks; valproate continues until the neurologist sees her, and is never stopped "
            "suddenly."
        ),
        "a malformation rate leading to this baby's scans",
    ),
    (
        "rt-lith-ebstein",
        L,
        lith(
            "Ebstein's anomaly is rare with lithium, well under 1 in 100, but the baby has a fetal echo at 20 weeks; "
            "lithium stays at 800 mg, and the baby will be formula fed."
        ),
        "a rare risk and the check it prompts",
    ),
    (
        "rt-cital-third-jittery",
        C,
        cital(
            "Up to a third of babies exposed to citalopram late in pregnancy are jittery for a day or two, so the "
            "midwife will watch this baby for 48 hours; citalopram continues and breastfeeding is fine."
        ),
        "a proportion applied to this baby's watch",
    ),
    (
        "rt-dzpg-day-8",
        F,
        dzpg(
            "Most babies show benzodiazepine withdrawal in the first week and some as late as day 8, so this baby is "
            "watched by the foster carer until day 8; diazepam and pregabalin continue, night feeds by the carer."
        ),
        "timing figures applied to this baby",
    ),
    (
        "rt-overall-m-most",
        M,
        overall(
            "Most babies exposed to methadone show withdrawal within 72 hours, so this baby stays on the ward for "
            "at least that long; methadone and sertraline continue, breastfeeding encouraged, no co-sleeping."
        ),
        "an overall conclusion applying a rate",
    ),
]
HOLLOW["rates-applied"] += [
    (
        "rt-ctl-meth-half-only",
        M,
        meth("About half of babies exposed to methadone in the womb need treatment for withdrawal."),
        "a population rate, nothing about this baby (MA103)",
    ),
    (
        "rt-ctl-valp-rate-only",
        V,
        valp(
            "Valproate: around one in ten exposed babies have a major malformation and up to four in ten have "
            "developmental problems."
        ),
        "general rates only, no plan for this pregnancy (MA103)",
    ),
]

# ============================================================================================================
# programmes

GOOD["programmes"] += [
    (
        "pg-meth-flying-start",
        M,
        meth(
            "Methadone continues at 60 mg. The baby is scored for withdrawal on the ward for 72 hours; after "
            "discharge the Flying Start health visitor sees them weekly and checks the cot, with no bed sharing."
        ),
        "Flying Start as the service that does a check",
    ),
    (
        "pg-sert-sure-start",
        M,
        sert(
            "Sertraline 100 mg continues. The midwife watches the baby for adaptation for 48 hours; she will join "
            "the Sure Start baby group, and the GP reviews her mood at six weeks."
        ),
        "Sure Start beside the decisions",
    ),
    (
        "pg-quet-hcp",
        P,
        quet(
            "Under the Healthy Child Programme the health visitor will see the crib at every contact; Daniel does no "
            "night feeds after his quetiapine and never sleeps with the baby on a bed or sofa."
        ),
        "Healthy Child Programme contacts carrying the check",
    ),
    (
        "pg-dzpg-childrens-services",
        F,
        dzpg(
            "Children's services keep the baby in the foster placement: diazepam and pregabalin continue, the "
            "foster carer does night feeds, the mother never sleeps with the baby, and withdrawal is watched to day "
            "8."
        ),
        "children's services beside the safe sleep plan",
    ),
    (
        "pg-lith-camhs",
        L,
        lith(
            "Lithium continues at 800 mg. Her teenage son has CAMHS support, so she will not be alone at night "
            "after the birth; the baby is formula fed and seen by the paediatrician within a day."
        ),
        "CAMHS for an older child, beside the decisions",
    ),
    (
        "pg-cital-fnp",
        C,
        cital(
            "Citalopram 20 mg continues; the Family Nurse Partnership nurse will watch the baby with the midwife for "
            "adaptation signs in the first 48 hours and support breastfeeding."
        ),
        "the Family Nurse Partnership doing the watch",
    ),
    (
        "pg-overall-m-start4life",
        M,
        overall(
            "Methadone and sertraline continue unchanged. The baby stays on the ward 72 hours for withdrawal; "
            "breastfeeding supported through the Start for Life infant feeding team; no co-sleeping, checked by the "
            "health visitor."
        ),
        "Start for Life beside the overall plan",
    ),
]
HOLLOW["programmes"] += [
    (
        "pg-ctl-meth-programmes-only",
        M,
        meth("Methadone: Flying Start, Sure Start and the Healthy Child Programme are all involved."),
        "only names of programmes (MA103)",
    ),
    (
        "pg-ctl-quet-services-aware",
        P,
        quet("Children's services and CAMHS are aware of the quetiapine."),
        "services are aware; nothing decided for the baby (MA103)",
    ),
]

# ============================================================================================================
# headings

GOOD["headings"] += [
    (
        "hd-meth-plan-baby",
        M,
        meth(
            "Plan: methadone 60 mg unchanged. Baby: withdrawal scoring on the ward for 72 hours, breastfed, own cot "
            "with no bed sharing."
        ),
        "'Plan:' and 'Baby:' headings with content",
    ),
    (
        "hd-merged-heading-both",
        M,
        _merge_m(
            "Methadone and sertraline: both continue at 60 mg and 100 mg. Baby: withdrawal and adaptation watch on "
            "the ward for 72 hours; breastfeeding supported; no co-sleeping, cot checked at the home visit."
        ),
        "a joint conclusion headed with both names",
    ),
    (
        "hd-overall-m-per-medicine",
        M,
        overall(
            "Methadone: continue 60 mg; baby on the ward 72 hours for withdrawal, no co-sleeping. Sertraline: "
            "continue 100 mg; midwife watches for adaptation. Feeding: breastfeeding encouraged."
        ),
        "an overall conclusion headed per medicine",
    ),
    (
        "hd-meth-mentions-sertraline",
        M,
        meth(
            "Methadone continues at 60 mg (her sertraline is assessed separately and also continues). The baby is "
            "scored for withdrawal for 72 hours on the ward, breastfed, and sleeps in his own cot."
        ),
        "mentions another of her medicines beside its own decision",
    ),
    (
        "hd-sert-mentions-methadone",
        M,
        sert(
            "Sertraline stays at 100 mg; because the baby is already on withdrawal scoring for methadone, the "
            "midwife adds adaptation signs to the same chart for 48 hours. Breastfeeding is fine."
        ),
        "sertraline's plan tied to methadone's scoring",
    ),
    (
        "hd-lith-mum-baby",
        L,
        lith(
            "Mum: lithium 800 mg continues, levels weekly from 36 weeks. Baby: formula fed, paediatric review "
            "within 24 hours of birth."
        ),
        "'Mum:' and 'Baby:' headings",
    ),
    (
        "hd-quet-night-day",
        P,
        quet(
            "Nights: Chloe does all feeds, baby in the crib. Daniel: no night care and no bed or sofa sleeping with "
            "the baby after his quetiapine."
        ),
        "'Nights:' and a person as headings",
    ),
    (
        "hd-valp-decision-next",
        V,
        valp(
            "Decision: continue valproate unchanged, never stop suddenly. Next: neurology this week, fetal medicine "
            "scan for the baby at 12 weeks, folic acid 5 mg daily."
        ),
        "'Decision:' and 'Next:' headings",
    ),
    (
        "hd-dzpg-risk-plan",
        F,
        dzpg(
            "Risk: diazepam plus pregabalin sedate her. Plan: both continue, no co-sleeping or feeding lying down, "
            "foster carer does the nights, withdrawal watched to day 8."
        ),
        "'Risk:' and 'Plan:' headings",
    ),
    (
        "hd-valp-mentions-folic",
        V,
        valp(
            "Valproate continues until neurology review and is not stopped abruptly; folic acid goes up to 5 mg. "
            "The baby will have early fetal medicine assessment for malformations."
        ),
        "folic acid mentioned beside valproate's decision",
    ),
]
HOLLOW["headings"] += [
    (
        "hd-ctl-meth-headings-empty",
        M,
        meth("Plan: methadone. Baby: withdrawal. Feeding: breastfeeding. Sleep: co-sleeping."),
        "headings over topic words only (MA103/MA104)",
    ),
    (
        "hd-ctl-merged-heading-only",
        M,
        _merge_m("Methadone and sertraline: see above. Baby: see above."),
        "headings over pointers (MA103)",
    ),
]

# ============================================================================================================
# what-how

GOOD["what-how"] += [
    (
        "wh-meth-what-matters",
        M,
        meth(
            "What matters most for the baby is 72 hours on the ward for withdrawal scoring; methadone continues at "
            "60 mg, breastfeeding is encouraged and the baby never sleeps in her bed."
        ),
        "'What matters most ... is' states",
    ),
    (
        "wh-cital-how-she-feeds",
        C,
        cital(
            "How she feeds is her choice: breastfeeding is supported on citalopram, which continues at 20 mg. The "
            "midwife watches the baby for adaptation for 48 hours."
        ),
        "'How she feeds is her choice:' then the answer",
    ),
    (
        "wh-sert-what-we-agreed",
        M,
        sert(
            "What we agreed: sertraline 100 mg continues, the midwife watches for adaptation signs for two days, "
            "and she breastfeeds."
        ),
        "'What we agreed:' then the agreement",
    ),
    (
        "wh-quet-how-nights-work",
        P,
        quet(
            "How the nights work: Chloe feeds, the baby sleeps in the crib, and Daniel, sedated by quetiapine, does "
            "not hold or sleep with the baby after his dose."
        ),
        "'How the nights work:' then the arrangements",
    ),
    (
        "wh-lith-what-changes",
        L,
        lith(
            "What changes at birth is the lithium level: it is checked within 24 hours and the dose may drop; the "
            "baby is formula fed and seen by the paediatrician. Lithium continues at 800 mg until then."
        ),
        "'What changes ... is' with the plan",
    ),
    (
        "wh-valp-what-she-must",
        V,
        valp(
            "What she must not do is stop valproate suddenly; it continues until neurology review, and the baby "
            "has an early fetal medicine assessment."
        ),
        "'What she must not do is'",
    ),
    (
        "wh-overall-f-how-safe",
        F,
        overall(
            "How the baby is kept safe: diazepam and pregabalin continue, but the mother never sleeps with the baby "
            "or feeds lying down, the foster carer does night feeds, and withdrawal is watched to day 8."
        ),
        "'How the baby is kept safe:' then the plan",
    ),
]
HOLLOW["what-how"] += [
    (
        "wh-ctl-meth-what-next",
        M,
        meth("What happens next with methadone and how the baby does remain to be seen."),
        "what/how with nothing stated (MA103)",
    ),
    (
        "wh-ctl-cital-how-is-the-question",
        C,
        cital("How citalopram affects the baby, and what to do about it, is the question."),
        "the question restated (MA103)",
    ),
]

# ============================================================================================================
# spelling-words

GOOD["spelling-words"] += [
    (
        "sp-sert-sertaline",
        M,
        sert(
            "Sertaline stays at 100 mg, as relapse would harm her and the baby more; the midwife watches the baby "
            "for 48 hours for adaptation and breastfeeding is fine."
        ),
        "the listed sertraline misspelt 'sertaline'",
    ),
    (
        "sp-meth-methadon",
        M,
        meth(
            "Methadon 60 mg continues. The baby is scored for withdrawal for 72 hours on the postnatal ward, she "
            "breastfeeds, and there is no co-sleeping after her dose."
        ),
        "the listed methadone misspelt 'methadon'",
    ),
    (
        "sp-quet-quetiapin",
        P,
        quet(
            "Daniel's quetiapin sedates him heavily, so he does no night feeds and never sleeps with the baby on a "
            "bed or sofa; the baby sleeps in the crib by Chloe."
        ),
        "the listed quetiapine misspelt 'quetiapin'",
    ),
    (
        "sp-dzpg-diazapam-pregablin",
        F,
        dzpg(
            "Diazapam and pregablin continue unchanged; no co-sleeping or feeding lying down, the foster carer does "
            "night feeds, and the baby is watched for withdrawal until day 8."
        ),
        "both listed medicines misspelt",
    ),
    (
        "sp-meth-carafe",
        M,
        meth(
            "Methadone continues at 60 mg. She keeps a carafe of water by the bed for night feeds but the baby "
            "sleeps in his own cot; withdrawal scoring for 72 hours on the ward."
        ),
        "'carafe', an English word, beside methadone",
    ),
    (
        "sp-meth-moraine-ward",
        M,
        meth(
            "Methadone stays at 60 mg; the baby is scored for withdrawal for 72 hours on Moraine Ward, breastfeeds, "
            "and sleeps in a cot, never in her bed."
        ),
        "'Moraine', a ward's name, near 'morphine'",
    ),
    (
        "sp-lith-iodine-diet",
        L,
        lith(
            "Lithium continues at 800 mg and her thyroid is checked each trimester, with iodine from dairy and fish "
            "in her diet; the baby is formula fed and the paediatrician checks the baby's thyroid after birth."
        ),
        "'iodine' in her diet beside lithium",
    ),
    (
        "sp-quet-valance",
        P,
        quet(
            "The crib's loose valance has been removed; Daniel, sedated by quetiapine, does no night care and does "
            "not share a bed or sofa with the baby."
        ),
        "'valance' near the baby's crib",
    ),
    (
        "sp-cital-citadel",
        C,
        cital(
            "Citalopram 20 mg continues. The midwife from Citadel Road clinic will watch the baby for adaptation for "
            "48 hours; breastfeeding is supported."
        ),
        "'Citadel', a road's name, near 'citalopram'",
    ),
    (
        "sp-overall-m-misspelt-both",
        M,
        overall(
            "Methadon and sertaline both continue unchanged. The baby stays on the ward 72 hours for withdrawal "
            "scoring, breastfeeding is encouraged, and the health visitor checks the cot; no co-sleeping."
        ),
        "the overall conclusion with both listed medicines misspelt",
    ),
    (
        "sp-meth-methadone-homoglyph",
        M,
        meth(
            homoglyphs(
                "Methadone continues at 60 mg; the baby has 72 hours of withdrawal scoring on the ward and "
                "sleeps in his own cot.",
                "aeo",
            )
        ),
        "a good conclusion in look-alike letters",
    ),
    (
        "sp-sert-zero-width",
        M,
        sert(
            inside_words(
                "Sertraline continues at 100 mg; the midwife watches the baby for adaptation for 48 hours.", ZW, every=3
            )
        ),
        "a good conclusion with zero-width spaces inside words",
    ),
    (
        "sp-lith-soft-hyphen",
        L,
        lith(
            inside_words(
                "Lithium stays at 800 mg; the baby is formula fed and seen by the paediatrician on day 1.", SHY, every=4
            )
        ),
        "a good conclusion with soft hyphens",
    ),
]
HOLLOW["spelling-words"] += [
    (
        "sp-ctl-sert-sertaline-only",
        M,
        sert("Sertaline."),
        "only the misspelt name (MA103)",
    ),
    (
        "sp-ctl-meth-carafe-only",
        M,
        meth("Methadone: a carafe of water by the bed."),
        "an English word, nothing about the baby (MA103)",
    ),
    (
        "sp-ctl-meth-homoglyph-hollow",
        M,
        meth(homoglyphs("Methadone: the plan would be discussed in due course.", "aeo")),
        "a hollow deferral in look-alike letters (MA103)",
    ),
    (
        "sp-ctl-cital-full-width-hollow",
        C,
        cital(full_width("Citalopram: as per summary.")),
        "a pointer only, in full-width forms (MA103)",
    ),
]

# ============================================================================================================
# Second pass: harder variants of each shape.

GOOD["would-plans"] += [
    (
        "wd-meth-shed-contraction",
        M,
        meth(
            "She'd stay on methadone 60 mg and the baby'd be watched on the ward for three days for withdrawal; "
            "she'd breastfeed and he'd sleep in his own cot."
        ),
        "contracted 'she'd', 'baby'd', 'he'd'",
    ),
    (
        "wd-dzpg-would-be-reasonable",
        F,
        dzpg(
            "It would be reasonable to keep diazepam and pregabalin at their doses for now, provided the foster "
            "carer does every night feed and the mother never sleeps beside the baby; withdrawal is watched to day 8."
        ),
        "'it would be reasonable to' with the decision and its condition",
    ),
    (
        "wd-lith-baby-would-be-best",
        L,
        lith(
            "The baby would be best formula fed, as lithium passes into breast milk; lithium would stay at 800 mg "
            "and the paediatrician would check the baby within 24 hours."
        ),
        "'would be best' as a recommendation",
    ),
]
HOLLOW["would-plans"] += [
    (
        "wd-ctl-lith-would-be-nice",
        L,
        lith("It would be nice if lithium and the baby could be looked at sometime."),
        "a wish, no decision (MA103)",
    ),
]

GOOD["conditional-decides"] += [
    (
        "cd-meth-if-first",
        M,
        meth(
            "If the baby scores 8 or more twice, morphine would be started on SCBU; until then he stays on the "
            "postnatal ward for at least 72 hours of scoring. Methadone continues at 60 mg and she breastfeeds."
        ),
        "the conditional first, then what is done anyway",
    ),
    (
        "cd-sert-provided",
        M,
        sert(
            "Provided her mood stays settled, sertraline remains at 100 mg through the birth; the newborn is "
            "watched for 48 hours for adaptation, and breastfeeding goes ahead."
        ),
        "'provided' with the decision",
    ),
    (
        "cd-quet-in-the-event",
        P,
        quet(
            "In the event that Chloe is unwell, her mother stays over to do the night feeds, because Daniel's "
            "quetiapine rules him out of night care; the baby always sleeps in the crib."
        ),
        "'in the event that' with a named fallback carer",
    ),
]

GOOD["negative-openers"] += [
    (
        "ng-meth-no-no-no",
        M,
        meth(
            "No co-sleeping, no sofa sleeping, no smoking near the baby. Methadone stays at 60 mg and the baby is "
            "scored for withdrawal for 72 hours; breastfeeding encouraged."
        ),
        "three 'no' instructions then the decision",
    ),
    (
        "ng-overall-m-neither-stops",
        M,
        overall(
            "Neither methadone nor sertraline is stopped or reduced. The baby has 72 hours of withdrawal scoring on "
            "the ward, breastfeeding is encouraged, and the cot is seen by the health visitor; no bed sharing."
        ),
        "'Neither ... nor' as a decision on both",
    ),
    (
        "ng-lith-nothing-changes",
        L,
        lith(
            "Nothing changes before 36 weeks: lithium 800 mg with monthly levels, then weekly. The baby is formula "
            "fed and has a paediatric review after birth."
        ),
        "'Nothing changes before ...:' with the plan",
    ),
]
HOLLOW["negative-openers"] += [
    (
        "ng-ctl-lith-none-known",
        L,
        lith("None known; nothing of note regarding lithium."),
        "'None known' and 'nothing of note' (MA103/MA105)",
    ),
]

GOOD["meeting-adds"] += [
    (
        "mt-sert-pending-but",
        M,
        sert(
            "Pending the perinatal psychiatry review in May, sertraline stays at 100 mg; the midwife watches the "
            "baby for 48 hours for adaptation, and she may breastfeed."
        ),
        "'pending' a review, with the decision stated",
    ),
    (
        "mt-cital-to-be-confirmed",
        C,
        cital(
            "Citalopram 20 mg continues and the baby is watched for adaptation for 48 hours; the birth plan meeting "
            "at 36 weeks will confirm who on the ward does the checks."
        ),
        "'will confirm who' beside a made decision",
    ),
]

GOOD["pointer-answer"] += [
    (
        "pt-meth-recs-stand",
        M,
        meth(
            "The recommendations stand: methadone is not cut without the drug service, the baby has 72 hours of "
            "withdrawal scoring, breastfeeding goes ahead, and the baby never sleeps in her bed."
        ),
        "'The recommendations stand:' then what they are",
    ),
    (
        "pt-quet-as-summarised",
        P,
        quet(
            "As summarised above, Daniel's quetiapine makes him unsafe for night care: Chloe does the night feeds "
            "and the baby sleeps in the crib, never on a bed or sofa with him."
        ),
        "'As summarised above,' then the plan",
    ),
]
HOLLOW["pointer-answer"] += [
    (
        "pt-ctl-quet-refer-to-summary",
        P,
        quet("Quetiapine: please refer to the summary and the safe sleep section above."),
        "an instruction to read elsewhere, nothing stated (MA103/MA106)",
    ),
]

GOOD["rates-applied"] += [
    (
        "rt-lith-percent-level",
        L,
        lith(
            "Lithium clearance rises by up to half in pregnancy, so her levels are checked weekly from 36 weeks "
            "and within 24 hours of birth; 800 mg continues, and the baby is formula fed and seen by the "
            "paediatrician."
        ),
        "a physiological rate applied to her monitoring",
    ),
    (
        "rt-quet-odds",
        P,
        quet(
            "Sleeping beside a sedated adult multiplies the risk of sudden infant death many times, so the baby "
            "never sleeps with Daniel after his quetiapine; Chloe does the nights."
        ),
        "a relative risk applied to this baby's sleep",
    ),
]

GOOD["programmes"] += [
    (
        "pg-meth-best-start",
        M,
        meth(
            "Methadone continues at 60 mg; the baby has 72 hours of withdrawal scoring. Her Best Start grant buys a "
            "cot, so the baby will not sleep in her bed, and she breastfeeds."
        ),
        "a grant scheme's name beside the decisions",
    ),
    (
        "pg-valp-family-hub",
        V,
        valp(
            "Valproate continues until neurology review this week and is not stopped suddenly; the fetal medicine "
            "scan is at 12 weeks. The Family Hub midwife will see her weekly until then."
        ),
        "a Family Hub midwife beside the plan",
    ),
]
HOLLOW["programmes"] += [
    (
        "pg-ctl-cital-referred-fnp",
        C,
        cital("Citalopram: Family Nurse Partnership and Sure Start have been informed."),
        "only who was informed (MA103)",
    ),
]

GOOD["headings"] += [
    (
        "hd-cital-outcome",
        C,
        cital(
            "Outcome: citalopram 20 mg continues. Infant: 48 hours of observation by the midwife for adaptation; "
            "breastfeeding supported."
        ),
        "'Outcome:' and 'Infant:' headings",
    ),
    (
        "hd-overall-p-mother-father",
        P,
        overall(
            "Mother: paracetamol only, no concern for the baby. Father: quetiapine at night, so no night feeds and "
            "no bed or sofa sharing by him; health visitor to keep checking the crib."
        ),
        "'Mother:' and 'Father:' headings in the overall conclusion",
    ),
]

GOOD["what-how"] += [
    (
        "wh-meth-what-this-means",
        M,
        meth(
            "What this means for the baby: 72 hours of withdrawal scoring on the ward, breastfeeding, and a cot of "
            "his own. Methadone continues at 60 mg."
        ),
        "'What this means for the baby:' then the answer",
    ),
    (
        "wh-dzpg-how-long",
        F,
        dzpg(
            "How long to watch: until day 8, for late withdrawal from diazepam and pregabalin, which both continue. "
            "Who does nights: the foster carer; the mother never sleeps with the baby."
        ),
        "'How long ...:' and 'Who ...:' answered",
    ),
    (
        "wh-sert-what-to-watch",
        M,
        sert(
            "What to watch for: jitteriness, poor feeding and fast breathing in the first 48 hours, by the midwife. "
            "Sertraline continues at 100 mg and breastfeeding is supported."
        ),
        "'What to watch for:' then the signs and who watches",
    ),
]
HOLLOW["what-how"] += [
    (
        "wh-ctl-quet-what-how-who",
        P,
        quet("Quetiapine: what, how and who for the baby's nights to be worked out."),
        "what/how/who left unworked (MA103)",
    ),
]

GOOD["spelling-words"] += [
    (
        "sp-lith-lithum",
        L,
        lith(
            "Lithum continues at 800 mg with weekly levels from 36 weeks; the baby is formula fed and the "
            "paediatrician sees the baby on day 1."
        ),
        "the listed lithium misspelt 'lithum'",
    ),
    (
        "sp-valp-valporate",
        V,
        valp(
            "Valporate is not to be stopped suddenly and continues until neurology review this week; the baby has "
            "an early fetal medicine scan, and folic acid 5 mg continues."
        ),
        "the listed valproate misspelt 'valporate'",
    ),
    (
        "sp-cital-citalopam",
        C,
        cital(
            "Citalopam 20 mg continues; the midwife will look for adaptation signs in the baby for 48 hours and "
            "breastfeeding is supported."
        ),
        "the listed citalopram misspelt 'citalopam'",
    ),
    (
        "sp-dzpg-lithograph",
        F,
        dzpg(
            "Diazepam and pregabalin continue. The foster carer, whose flat is above the lithograph studio, does "
            "every night feed; the mother never sleeps with the baby, and withdrawal is watched to day 8."
        ),
        "'lithograph' near 'lithium'",
    ),
]

for _category in CATEGORIES:
    for _n, _b, _m, _w in GOOD[_category]:
        add(_n, _category, PASS, _b, _m, _w)
    for _n, _b, _m, _w in HOLLOW[_category]:
        add(_n, _category, REFUSE, _b, _m, _w)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F38CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:22} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F38CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F38CASES),
        "total",
        len(F38CASES),
    )
