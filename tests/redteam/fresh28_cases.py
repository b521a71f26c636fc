"""A twenty-eighth independent "fresh" batch of red-team cases for the share gate: the adversary, fifth round.

The gate now reads statements: it sets aside questions, conditions with nothing promised, passive accounts,
labels, deferrals, cancelled claims, paperwork sentences, rules for every baby and copied medicine lists. This
batch looks for hollow conclusions that still get through, each carrying its medicine's name, the baby and the
concern words, and a claim-shaped verb, but deciding nothing for this mother and this baby:

* process-meta: statements about the template, the form, the audit or the pathway ("every section is complete");
* circular: the plan said to be itself in longer words ("withdrawal will be managed as withdrawal is managed");
* praise: praise of the assessment or of the team's work instead of its conclusion;
* about-team: claims about the team, the clinic or the ward (staffing, training, rota, track record);
* generic-advice: advice true of any baby ("babies need feeding, warmth and a safe place to sleep");
* leaflet: drug-leaflet sentences about the medicine in general, nothing about this baby;
* other-person: the only claim concerns another person (a sister, a cousin, the mother's mother) or a past
  pregnancy;
* topic-lists: lists of topics with verbs that decide nothing ("withdrawal: considered; sleep: considered");
* markup-filler: emoji, HTML or markdown markup and filler words ("blah blah", "lorem ipsum") around topic words;
* disguise: one hollow and one good text of each kind above under look-alike letters from other scripts,
  zero-width and format characters, soft hyphens, bidi controls, full-width forms and combining marks.

Each refusal has a pass twin of the same shape with real content: a sentence that decides something for this
baby (what happens with the medicine, what it means for the baby, what the professionals must do). Every case is
ONE mutation of a shipped pass example (one assessment's conclusion or the overall conclusion), written from the
issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's code or
its word lists. Medicines named here are the examples' own; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh28_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words

F28CASES: list[Case] = []

CATEGORIES = (
    "process-meta",
    "circular",
    "praise",
    "about-team",
    "generic-advice",
    "leaflet",
    "other-person",
    "topic-lists",
    "markup-filler",
    "disguise",
)

# where each conclusion lives: (example, path)
_AT: dict[str, tuple[str, str]] = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "m-all": (M, "overall_conclusion.text"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "l-all": (L, "overall_conclusion.text"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "v-all": (V, "overall_conclusion.text"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "p-all": (P, "overall_conclusion.text"),
    "dp": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
    "f-all": (F, "overall_conclusion.text"),
    "cit": (C, "assessments#asm-citalopram.conclusion"),
}

Row = tuple[str, str, str, str]
"""(name, where, text, why)"""


def add(name: str, category: str, expect: Expect, where: str, text: str, why: str) -> None:
    assert category in CATEGORIES, category
    base, path = _AT[where]
    mutate: Mutation = set_(path, text)
    F28CASES.append(Case(f"f28-{name}", category, expect, base, mutate, why))


def rows(category: str, hollow: list[Row], good: list[Row]) -> None:
    for name, where, text, why in hollow:
        add(name, category, REFUSE, where, text, why)
    for name, where, text, why in good:
        add(name, category, PASS, where, text, why)


# ============================================================================================================
# process-meta: what is said of the form, the template, the audit or the pathway (MA103).

rows(
    "process-meta",
    [
        (
            "pm-meth-sections-complete",
            "meth",
            "Every section of the methadone assessment is complete and must stay complete; the baby's withdrawal, "
            "feeding and sleep sections are all filled in.",
            "the form's completeness, with 'must' about the form",
        ),
        (
            "pm-lith-doc-standard",
            "lith",
            "This lithium assessment meets the trust's documentation standard in full: the baby's paediatric review, "
            "levels and feeding sections are all present and signed.",
            "a documentation standard, nothing decided",
        ),
        (
            "pm-sert-fields-locked",
            "sert",
            "All fields for sertraline are mandatory and validated; the adaptation and relapse boxes for the baby will "
            "remain locked after sign-off.",
            "what the software does with the boxes",
        ),
        (
            "pm-valp-checklist-ticked",
            "valp",
            "The valproate checklist is fully complete: pregnancy prevention, fetal risk and the baby's scans each have "
            "a tick, and the audit will count it next quarter.",
            "ticks and an audit, nothing for the baby",
        ),
        (
            "pm-quet-page-two",
            "quet",
            "The father's quetiapine section is fully documented; co-sleeping and night care for the baby are each "
            "covered on page two, which will be scanned into the notes.",
            "where the answer is filed, not the answer",
        ),
        (
            "pm-m-all-read-with-record",
            "m-all",
            "Methadone and sertraline: this overall conclusion summarises the record above and must be read with it; "
            "every heading on withdrawal, feeding and safe sleep for the baby is accounted for.",
            "a summary that points to the record and counts headings",
        ),
        (
            "pm-dp-pathway-steps",
            "dp",
            "The diazepam and pregabalin review follows the trust's twelve-step assessment pathway exactly, and each "
            "step about the baby's sedation, withdrawal and sleep is documented before sharing.",
            "the pathway followed, nothing concluded",
        ),
    ],
    [
        (
            "pm-meth-complete-then-plan",
            "meth",
            "Every section of the methadone template is complete, and its answer is clear: methadone 60 mg continues, "
            "the baby stays on the ward for at least 72 hours of withdrawal scoring, and she must never bed-share "
            "after a dose.",
            "the form's completeness, then the decision",
        ),
        (
            "pm-lith-standard-then-plan",
            "lith",
            "Documented to the trust standard: lithium 800 mg continues with a level within 24 hours of birth; the baby "
            "is reviewed by a paediatrician after birth and is bottle fed, as lithium passes into breast milk.",
            "a process label heading a real plan",
        ),
        (
            "pm-sert-sections-then-plan",
            "sert",
            "All sections completed. Sertraline 100 mg continues because stopping risks relapse; the baby is watched "
            "for jitteriness and poor feeding for 48 hours, and breastfeeding can go ahead.",
            "a process sentence beside the decision",
        ),
        (
            "pm-valp-checklist-then-plan",
            "valp",
            "Checklist complete, and what it decides: valproate continues until the neurologist sees her this week, "
            "since stopping risks seizures; the baby was exposed in the first trimester, so the fetal medicine unit "
            "will offer a detailed anomaly scan at 20 weeks.",
            "the checklist, then what follows for the baby",
        ),
        (
            "pm-quet-section-then-plan",
            "quet",
            "The father's section is complete: his quetiapine makes him too drowsy at night to wake for the baby, so he "
            "must not share a bed or sofa with the baby and the mother does all night feeds; the baby sleeps in the "
            "crib.",
            "the section's state, then the safe-sleep decision",
        ),
        (
            "pm-m-all-stands-alone",
            "m-all",
            "This summary stands alone: methadone and sertraline both continue; the baby is scored for withdrawal for "
            "at least 72 hours on the postnatal ward, breastfeeding is encouraged, and no co-sleeping after the "
            "methadone dose.",
            "a meta opening, then both medicines decided",
        ),
        (
            "pm-dp-pathway-then-plan",
            "dp",
            "Following the pathway, diazepam and pregabalin continue for now with a supervised diazepam taper; the "
            "mother must not co-sleep or feed lying down, and the baby is watched for late withdrawal until day 8.",
            "the pathway named, with the plan",
        ),
    ],
)


# ============================================================================================================
# circular: the plan said to be itself (MA103).

rows(
    "circular",
    [
        (
            "circ-meth-managed-as-managed",
            "meth",
            "The plan for methadone and the baby is as planned: withdrawal will be managed as withdrawal is managed, "
            "and the baby will sleep where the baby sleeps.",
            "three things said to be themselves",
        ),
        (
            "circ-sert-does-what-it-does",
            "sert",
            "Sertraline will do what sertraline does, and the baby's adaptation after birth will be whatever it turns "
            "out to be.",
            "a tautology and an empty prediction",
        ),
        (
            "circ-lith-review-it-needs",
            "lith",
            "Lithium continues to be managed as lithium is managed; the baby's review will be the review the baby "
            "needs.",
            "circular: managed as managed, the review it needs",
        ),
        (
            "circ-p-all-arrangement",
            "p-all",
            "The father's quetiapine is what it is: the baby's sleeping arrangement is the arrangement, and the "
            "co-sleeping rules are the co-sleeping rules.",
            "each thing is itself",
        ),
        (
            "circ-valp-risk-it-carries",
            "valp",
            "Valproate's risk to the unborn baby is the risk that valproate carries, and the pregnancy will be as safe "
            "as it is.",
            "a risk said to be itself",
        ),
        (
            "circ-dp-decided-as-decided",
            "dp",
            "Diazepam and pregabalin are decided as decided: the baby's sedation risk stays the sedation risk, and the "
            "withdrawal watch is the usual watch.",
            "decided as decided",
        ),
        (
            "circ-l-all-outcome",
            "l-all",
            "Lithium: the outcome for mother and baby will be the outcome, and feeding will be done the way feeding is "
            "done.",
            "the outcome will be the outcome",
        ),
    ],
    [
        (
            "circ-meth-stands-as-made",
            "meth",
            "The plan stands as made at booking: methadone 60 mg continues, the baby is scored for withdrawal every "
            "four hours for at least 72 hours, and the baby sleeps in a cot beside the bed, never in it.",
            "'the plan stands' with the plan",
        ),
        (
            "circ-sert-as-it-is",
            "sert",
            "Sertraline continues as it is, because her depression came back when she stopped it before; the baby may "
            "be jittery or feed poorly in the first two days, and the midwife checks for this before discharge.",
            "'as it is' with a reason and a plan",
        ),
        (
            "circ-lith-as-before",
            "lith",
            "Lithium is managed as before: levels monthly, weekly from 36 weeks and within 24 hours of birth; the baby "
            "needs a paediatric review after birth, and she will bottle feed.",
            "'as before' spelled out",
        ),
        (
            "circ-p-all-stays",
            "p-all",
            "The father's quetiapine stays as it is, and so must the arrangement that makes it safe: the baby sleeps in "
            "its own crib, never in a bed or on a sofa with him, and the mother does the night feeds; her paracetamol "
            "raises no concern.",
            "'stays as it is' with the arrangement",
        ),
        (
            "circ-valp-risk-is-real",
            "valp",
            "Valproate's risk to the unborn baby is real, as about one in ten exposed babies has a major malformation; "
            "she continues it until the urgent neurology review, as stopping risks seizures, and the fetal medicine "
            "unit will scan the baby at 20 weeks.",
            "the risk stated, then what follows",
        ),
        (
            "circ-dp-as-decided",
            "dp",
            "Diazepam and pregabalin stay as decided at the planning meeting: both continue, with diazepam reduced by "
            "1 mg every fortnight under supervision; the baby must not sleep with the mother and is watched for late "
            "withdrawal to day 8.",
            "'as decided' followed by the decision",
        ),
        (
            "circ-l-all-outcome-depends",
            "l-all",
            "Lithium continues at 800 mg at night with levels weekly from 36 weeks and within 24 hours of birth; the "
            "baby's outcome depends on that level, so the paediatrician reviews the baby at birth; she bottle feeds, "
            "as planned, and the perinatal team sees her within a week of birth.",
            "'the outcome' tied to a plan",
        ),
    ],
)


# ============================================================================================================
# praise: praise of the assessment or the team instead of a conclusion (MA103).

rows(
    "praise",
    [
        (
            "praise-meth-exemplary",
            "meth",
            "An exemplary methadone assessment: thorough, balanced and clearly written, with excellent attention to the "
            "baby's withdrawal, feeding and sleep.",
            "praise with topic words",
        ),
        (
            "praise-sert-model",
            "sert",
            "Sertraline: a model of good practice, carefully considered and well evidenced for mother and baby alike.",
            "praise only",
        ),
        (
            "praise-lith-proud",
            "lith",
            "A lithium review of the highest quality; the team should be proud of how carefully the baby's needs were "
            "weighed.",
            "praise with 'should' about pride",
        ),
        (
            "praise-valp-benchmark",
            "valp",
            "Valproate: outstanding, comprehensive work on fetal risk and pregnancy prevention that will be a "
            "benchmark for the practice.",
            "praise with 'will be' about a benchmark",
        ),
        (
            "praise-quet-superb",
            "quet",
            "The father's quetiapine was assessed superbly; the safe sleep discussion for the baby was sensitive and "
            "complete.",
            "praise of a discussion",
        ),
        (
            "praise-m-all-first-class",
            "m-all",
            "Methadone and sertraline: excellent joined-up work; everyone did a first-class job on the baby's "
            "withdrawal and safe sleep.",
            "praise of everyone",
        ),
        (
            "praise-cit-compassionate",
            "cit",
            "Citalopram: a careful, compassionate and thorough assessment that gives full weight to relapse and to the "
            "baby's adaptation.",
            "praise of the weighing, no verdict",
        ),
    ],
    [
        (
            "praise-meth-then-answer",
            "meth",
            "A thorough assessment leads to a clear answer: methadone continues at 60 mg; the baby needs at least 72 "
            "hours of withdrawal observation on the ward, breastfeeding is encouraged, and no co-sleeping after any "
            "dose.",
            "praise opening a real conclusion",
        ),
        (
            "praise-sert-evidenced",
            "sert",
            "Well evidenced: sertraline continues, since relapse would harm her and the baby more than the small risk "
            "of adaptation signs, which the midwife checks for in the first 48 hours; breastfeeding is fine.",
            "a compliment word, then the verdict",
        ),
        (
            "praise-lith-good-work",
            "lith",
            "Good work by the team has given a clear plan: lithium continues with a level within 24 hours of birth; "
            "the baby is reviewed by a paediatrician after birth for floppiness or poor feeding, and is bottle fed.",
            "praise then the plan",
        ),
        (
            "praise-valp-history",
            "valp",
            "Excellent history taking shows the pregnancy is unplanned at 8 weeks: valproate continues until the "
            "urgent neurology review, as stopping risks seizures; the baby was exposed in the first trimester, so a "
            "fetal medicine scan is needed.",
            "praise beside the decision",
        ),
        (
            "praise-quet-engaged",
            "quet",
            "The father engaged well: his quetiapine leaves him heavily sedated at night, so he must not sleep with "
            "the baby on a bed or sofa or do night feeds; the baby sleeps in its crib and the mother does the feeds.",
            "praise of the father, then the safe-sleep decision",
        ),
        (
            "praise-m-all-one-plan",
            "m-all",
            "Good joint work gives one plan: methadone and sertraline continue; the baby is observed for withdrawal for "
            "at least 72 hours, breastfeeding is supported, and no co-sleeping after the methadone dose.",
            "praise then both medicines decided",
        ),
        (
            "praise-cit-careful",
            "cit",
            "A careful assessment: citalopram 20 mg continues, since relapse outweighs the small risk of adaptation "
            "signs; the midwife watches the baby for these in the first 48 hours, and breastfeeding is supported.",
            "an adjective, then the decision",
        ),
    ],
)


# ============================================================================================================
# about-team: claims about the team, the clinic or the ward, not this mother and baby (MA103/MA124).

rows(
    "about-team",
    [
        (
            "team-meth-track-record",
            "meth",
            "The drug service, midwife and health visitor work closely together and have a strong track record with "
            "methadone and babies at risk of withdrawal.",
            "the team's track record",
        ),
        (
            "team-sert-staffing",
            "sert",
            "The perinatal team will be fully staffed from March and has capacity to see mothers on sertraline and "
            "their babies promptly.",
            "staffing news",
        ),
        (
            "team-lith-clinic-days",
            "lith",
            "The lithium clinic now runs on Tuesdays and Thursdays, and two paediatric consultants cover newborn "
            "reviews.",
            "the clinic's timetable",
        ),
        (
            "team-valp-new-building",
            "valp",
            "The neurology department moves to the new building in spring; its valproate and pregnancy service will "
            "continue to take referrals about fetal risk.",
            "a department's move",
        ),
        (
            "team-quet-trained",
            "quet",
            "The health visiting team has recently been trained in safe sleep and in partners' sedating medicines such "
            "as quetiapine.",
            "the team's training",
        ),
        (
            "team-m-all-meets-monthly",
            "m-all",
            "The team that assessed methadone and sertraline communicates well and meets monthly to discuss babies at "
            "risk of withdrawal.",
            "how the team works",
        ),
        (
            "team-dp-experienced",
            "dp",
            "Staff on the postnatal ward are experienced with diazepam and pregabalin, and the foster carer has looked "
            "after babies with sedation and withdrawal needs before.",
            "others' experience, nothing decided here",
        ),
    ],
    [
        (
            "team-meth-share-plan",
            "meth",
            "The drug service, midwife and health visitor share one plan: methadone continues at 60 mg; the baby is "
            "scored for withdrawal for at least 72 hours on the ward, and the health visitor checks the cot at the "
            "first home visit, as there must be no co-sleeping.",
            "the team given the plan",
        ),
        (
            "team-sert-sees-her",
            "sert",
            "The perinatal team sees her within two weeks of birth; sertraline continues meanwhile because stopping "
            "risks relapse, and the baby is watched for poor feeding or jitteriness for 48 hours; breastfeeding is "
            "supported.",
            "a team with a task and a decision",
        ),
        (
            "team-lith-clinic-checks",
            "lith",
            "The lithium clinic checks her level weekly from 36 weeks and within 24 hours of birth; the paediatrician "
            "reviews the baby after birth, and the baby is bottle fed because lithium passes into breast milk.",
            "the clinic's task for this pregnancy",
        ),
        (
            "team-valp-neurology-week",
            "valp",
            "Neurology sees her within a week about switching valproate; until then it continues, as stopping risks "
            "seizures, and the antenatal clinic arranges a fetal medicine scan because the baby was exposed in the "
            "first trimester.",
            "a department with a task and a decision",
        ),
        (
            "team-quet-hv-checks",
            "quet",
            "The health visitor will check at every visit that the baby sleeps in its own crib; the father's "
            "quetiapine sedates him, so he must never sleep with the baby on a bed or sofa, and the mother does the "
            "night feeds.",
            "the health visitor's task",
        ),
        (
            "team-m-all-before-discharge",
            "m-all",
            "The team meets before discharge to confirm the plan: methadone and sertraline continue; the baby stays "
            "at least 72 hours for withdrawal scoring, breastfeeding is supported, and the baby sleeps in a cot, not "
            "with a parent.",
            "a meeting beside the plan",
        ),
        (
            "team-dp-carer-feeds",
            "dp",
            "The foster carer does the night feeds while the mother is sedated by diazepam and pregabalin; the baby "
            "never sleeps on a bed, sofa or armchair with her, and the foster carer and health visitor watch for late "
            "withdrawal until day 8; both medicines continue for now.",
            "the carer's role in this plan",
        ),
    ],
)


# ============================================================================================================
# generic-advice: what is true of any baby says nothing of this one (MA103).

rows(
    "generic-advice",
    [
        (
            "gen-meth-warmth-love",
            "meth",
            "With methadone as with everything, babies need feeding, warmth, love and a safe place to sleep, and every "
            "newborn should be seen by a midwife.",
            "advice for any baby",
        ),
        (
            "gen-sert-all-babies-cry",
            "sert",
            "Sertraline or not, all babies cry, all babies feed often, and every parent benefits from rest and "
            "support.",
            "true of every family",
        ),
        (
            "gen-lith-heel-prick",
            "lith",
            "Lithium aside, like every baby this one will need its routine newborn checks, the heel prick and its "
            "immunisations.",
            "routine care for every baby",
        ),
        (
            "gen-quet-back-to-sleep",
            "quet",
            "Whatever the father's quetiapine, babies should always be placed on their back to sleep in a smoke-free "
            "home, as for any family.",
            "general safe-sleep advice, nothing on his sedation",
        ),
        (
            "gen-valp-every-pregnancy",
            "valp",
            "Valproate aside, every pregnant woman should take folic acid, eat well and attend her antenatal "
            "appointments, and all babies are offered a newborn examination.",
            "advice for every pregnancy",
        ),
        (
            "gen-dp-newborns-sleep",
            "dp",
            "Diazepam and pregabalin: newborns generally sleep sixteen hours a day and feed every two to three hours, "
            "which is normal for any baby.",
            "a fact about all newborns",
        ),
        (
            "gen-m-all-breast-is-best",
            "m-all",
            "Methadone and sertraline: breast is best for all babies and safe sleep saves lives, as every parent is "
            "told.",
            "slogans for every parent",
        ),
    ],
    [
        (
            "gen-meth-beyond-warmth",
            "meth",
            "Beyond the warmth and feeding any baby needs, this baby needs at least 72 hours on the ward with "
            "withdrawal scoring because of methadone, and must never share a bed with her after a dose; methadone "
            "continues at 60 mg.",
            "the general, then this baby",
        ),
        (
            "gen-sert-besides-usual",
            "sert",
            "Besides the usual newborn care, this baby is checked for jitteriness, fast breathing and poor feeding in "
            "the first 48 hours because of sertraline, which continues; breastfeeding is encouraged.",
            "'usual care' and the specific plan",
        ),
        (
            "gen-lith-on-top",
            "lith",
            "On top of the routine newborn checks, this baby needs a paediatric review after birth and a lithium level "
            "from the mother within 24 hours of birth; lithium continues and the baby is bottle fed.",
            "routine checks plus the lithium plan",
        ),
        (
            "gen-quet-and-more",
            "quet",
            "Back to sleep in a smoke-free room, as for any baby, and more in this family: the father's quetiapine "
            "sedates him, so the baby never sleeps beside him on a bed or sofa and the mother does the night feeds.",
            "general advice, then the sedation decision",
        ),
        (
            "gen-valp-folic-higher",
            "valp",
            "Folic acid, as for any pregnancy, but 5 mg because of valproate, which continues until the urgent "
            "neurology review; the baby was exposed in the first trimester, so the fetal medicine unit will scan the "
            "baby at 20 weeks.",
            "the general advice made particular",
        ),
        (
            "gen-dp-hard-to-spot",
            "dp",
            "Newborns sleep much of the day, which makes sedation hard to spot: with diazepam and pregabalin "
            "continuing, the foster carer wakes the baby for feeds every three hours, the baby never sleeps with the "
            "mother, and late withdrawal is watched for until day 8.",
            "a general fact that drives this plan",
        ),
        (
            "gen-m-all-for-this-baby",
            "m-all",
            "Methadone and sertraline continue; for this baby, breastfeeding is encouraged as it eases withdrawal, "
            "withdrawal scoring runs for at least 72 hours, and the baby sleeps in a cot, never with a parent after "
            "the methadone dose.",
            "for this baby",
        ),
    ],
)


# ============================================================================================================
# leaflet: a drug-leaflet sentence about the medicine in general, nothing on this baby (MA103/MA124).

rows(
    "leaflet",
    [
        (
            "leaf-meth-half-life",
            "meth",
            "Methadone is a synthetic opioid agonist with a long half-life; it can cause neonatal abstinence syndrome, "
            "respiratory depression and sedation, and passes into breast milk in small amounts.",
            "what methadone does in general",
        ),
        (
            "leaf-sert-ssri-class",
            "sert",
            "Sertraline is a selective serotonin reuptake inhibitor; in late pregnancy SSRIs are associated with poor "
            "neonatal adaptation and, rarely, persistent pulmonary hypertension of the newborn.",
            "the SSRI class in general",
        ),
        (
            "leaf-lith-narrow-range",
            "lith",
            "Lithium has a narrow therapeutic range, is excreted by the kidneys and crosses the placenta; levels can "
            "rise in dehydration and newborns can show hypotonia.",
            "a pharmacology summary",
        ),
        (
            "leaf-valp-percentages",
            "valp",
            "Sodium valproate is highly teratogenic: around 10% of exposed babies have major malformations and up to "
            "40% have neurodevelopmental problems; a pregnancy prevention programme applies to all women who could "
            "become pregnant.",
            "the regulator's warning, nothing for this pregnancy",
        ),
        (
            "leaf-quet-side-effects",
            "quet",
            "Quetiapine is an atypical antipsychotic whose common side effects include drowsiness, dizziness and "
            "weight gain; sedating medicines raise the risk of sudden infant death when a parent co-sleeps.",
            "side effects and a general risk",
        ),
        (
            "leaf-dp-additive",
            "dp",
            "Benzodiazepines such as diazepam and gabapentinoids such as pregabalin cause drowsiness and together have "
            "additive sedative effects; both can cause withdrawal in newborns exposed in the womb.",
            "class effects in general",
        ),
        (
            "leaf-cit-qt",
            "cit",
            "Citalopram is an SSRI that can prolong the QT interval; neonatal adaptation syndrome occurs in up to a "
            "third of babies exposed in late pregnancy.",
            "leaflet facts",
        ),
    ],
    [
        (
            "leaf-meth-so-this-baby",
            "meth",
            "Methadone's long half-life means this baby's withdrawal may start late, so the baby stays on the ward for "
            "at least 72 hours of scoring; methadone 60 mg continues, breastfeeding is encouraged, and no co-sleeping "
            "after her dose.",
            "the pharmacology, then what it means here",
        ),
        (
            "leaf-sert-so-checked",
            "sert",
            "SSRIs such as sertraline can cause poor adaptation after birth, so this baby is checked for jitteriness "
            "and feeding problems for 48 hours; sertraline continues to prevent relapse, and breastfeeding is "
            "supported.",
            "the class effect, then the plan",
        ),
        (
            "leaf-lith-so-bottle",
            "lith",
            "Lithium crosses the placenta and into breast milk, so the baby is bottle fed and reviewed by a "
            "paediatrician after birth for floppiness; lithium continues, with her level checked within 24 hours of "
            "birth.",
            "the fact, then the decision",
        ),
        (
            "leaf-valp-so-scan",
            "valp",
            "Valproate is highly teratogenic and this baby was exposed through the first trimester, so the fetal "
            "medicine unit will scan at 20 weeks; valproate continues until neurology review within a week, as "
            "stopping risks seizures.",
            "the risk applied to this baby",
        ),
        (
            "leaf-quet-so-crib",
            "quet",
            "Quetiapine causes heavy drowsiness, so the father must not share a bed, sofa or armchair with the baby or "
            "give night feeds after his dose; the baby sleeps in its own crib and the mother feeds at night.",
            "the side effect, then the arrangement",
        ),
        (
            "leaf-dp-so-carer",
            "dp",
            "Diazepam and pregabalin add to each other's sedation, so the mother must not co-sleep or feed the baby "
            "lying down and the foster carer does night feeds; the baby is watched for withdrawal until day 8, and "
            "both continue for now.",
            "additive sedation, then the plan",
        ),
        (
            "leaf-cit-so-midwife",
            "cit",
            "Citalopram can cause adaptation signs in a third of exposed babies, so the midwife checks this baby's "
            "feeding, breathing and tone for 48 hours; citalopram 20 mg continues, and breastfeeding is supported.",
            "the statistic, then what the midwife does",
        ),
    ],
)


# ============================================================================================================
# other-person: the only claim is about someone else or another pregnancy (MA103/MA124).

rows(
    "other-person",
    [
        (
            "other-meth-2018-daughter",
            "meth",
            "In her first pregnancy on methadone, in 2018, her daughter was scored for withdrawal for five days and "
            "was breastfed without problems.",
            "a past baby, nothing for this one",
        ),
        (
            "other-sert-sister",
            "sert",
            "Her sister took sertraline through both her pregnancies, and both babies fed well and had no adaptation "
            "problems.",
            "the sister's babies",
        ),
        (
            "other-lith-her-mother",
            "lith",
            "Her mother took lithium for thirty years without kidney problems and has strong views about "
            "breastfeeding.",
            "the grandmother's history",
        ),
        (
            "other-valp-cousin",
            "valp",
            "Her cousin's baby, exposed to valproate in 2015, was born with spina bifida, which is why she is so "
            "frightened about this pregnancy.",
            "a cousin's baby",
        ),
        (
            "other-quet-brother",
            "quet",
            "The father's brother also takes quetiapine and sleeps very deeply; he lives abroad and has never met the "
            "baby.",
            "the uncle, who never meets the baby",
        ),
        (
            "other-dp-previous-baby",
            "dp",
            "Diazepam and pregabalin: her previous baby, born in 2021, was adopted after a withdrawal stay on the "
            "neonatal unit.",
            "the previous baby",
        ),
        (
            "other-m-all-partner-son",
            "m-all",
            "Methadone and sertraline: her partner came off methadone last year and sleeps better now, and her older "
            "son is settled at school.",
            "the partner and the older son",
        ),
    ],
    [
        (
            "other-meth-2018-so-five",
            "meth",
            "Her daughter needed five days of withdrawal scoring in 2018, so this baby stays at least five days on the "
            "ward; methadone 60 mg continues, breastfeeding is encouraged as before, and the baby sleeps in a cot.",
            "the past baby informs this plan",
        ),
        (
            "other-sert-unlike-sister",
            "sert",
            "Unlike her sister, she relapsed when she last stopped sertraline, so it continues; this baby is watched "
            "for adaptation signs for 48 hours, and breastfeeding is supported.",
            "another person as contrast",
        ),
        (
            "other-lith-this-baby",
            "lith",
            "Whatever her mother's experience, this baby is bottle fed because lithium passes into breast milk; "
            "lithium continues with a level within 24 hours of birth, and a paediatrician reviews the baby after "
            "birth.",
            "the grandmother named, then this baby",
        ),
        (
            "other-valp-cousin-so-scan",
            "valp",
            "Her cousin's experience is why she wants to stop, but she must not stop valproate suddenly, as seizures "
            "harm her and the unborn baby; it continues until neurology sees her, and a fetal medicine scan checks "
            "this baby for spina bifida.",
            "the cousin named, then the decision",
        ),
        (
            "other-quet-visitor",
            "quet",
            "Her brother-in-law, who stays some weekends, takes no sedating medicine; the father's quetiapine does, so "
            "the father must never sleep with the baby on a bed or sofa, and the mother does the night feeds with the "
            "baby in its crib.",
            "another adult named, then the father's plan",
        ),
        (
            "other-dp-after-previous",
            "dp",
            "After her previous baby's stay on the neonatal unit, this baby is watched for withdrawal until day 8 by "
            "the foster carer and health visitor; diazepam and pregabalin continue for now, and the mother must not "
            "co-sleep or feed lying down.",
            "the previous baby, then this one",
        ),
        (
            "other-m-all-partner-off",
            "m-all",
            "Her partner no longer takes methadone; she continues methadone and sertraline, the baby is observed for "
            "withdrawal for at least 72 hours, breastfeeding is encouraged, and no co-sleeping after her dose.",
            "the partner mentioned beside the plan",
        ),
    ],
)


# ============================================================================================================
# topic-lists: topics with verbs that decide nothing (MA103).

rows(
    "topic-lists",
    [
        (
            "list-meth-considered",
            "meth",
            "Methadone. Withdrawal: considered. Breastfeeding: considered. Sleep: considered. Sedation: considered. "
            "Baby: considered.",
            "every topic 'considered'",
        ),
        (
            "list-sert-reviewed",
            "sert",
            "Sertraline - adaptation: reviewed; relapse: reviewed; feeding: reviewed; baby: reviewed.",
            "every topic 'reviewed'",
        ),
        (
            "list-lith-covered",
            "lith",
            "Lithium: levels - covered; paediatric review of the baby - covered; breastfeeding - covered; relapse - "
            "covered.",
            "every topic 'covered'",
        ),
        (
            "list-valp-ticks",
            "valp",
            "Valproate: teratogenicity \u2713, pregnancy prevention \u2713, fetal scan \u2713, folic acid \u2713, "
            "neurology \u2713.",
            "topics ticked",
        ),
        (
            "list-quet-looked-at",
            "quet",
            "Father's quetiapine | sedation: looked at | co-sleeping: looked at | night feeds: looked at | baby's "
            "crib: looked at",
            "topics 'looked at'",
        ),
        (
            "list-dp-yes",
            "dp",
            "Diazepam/pregabalin \u2014 sedation (yes), co-sleeping (yes), withdrawal (yes), night feeds (yes), "
            "placement (yes).",
            "topics with 'yes'",
        ),
        (
            "list-m-all-explored",
            "m-all",
            "Methadone and sertraline; withdrawal, adaptation, breastfeeding, co-sleeping, relapse: all explored with "
            "the baby in mind.",
            "topics 'explored'",
        ),
        (
            "list-cit-addressed",
            "cit",
            "Citalopram: relapse \u2014 addressed; neonatal adaptation \u2014 addressed; breastfeeding \u2014 "
            "addressed.",
            "topics 'addressed'",
        ),
    ],
    [
        (
            "list-meth-decided",
            "meth",
            "Methadone: continue 60 mg. Withdrawal: baby scored on the ward for at least 72 hours. Breastfeeding: "
            "encouraged. Sleep: cot only, never the parents' bed.",
            "each topic decided",
        ),
        (
            "list-sert-decided",
            "sert",
            "Sertraline - continue; relapse risk too high to stop. Baby - watch for jitteriness and poor feeding for "
            "48 hours. Feeding - breastfeed as planned.",
            "each topic decided",
        ),
        (
            "list-lith-decided",
            "lith",
            "Lithium: continue 800 mg. Levels: weekly from 36 weeks, within 24 hours of birth. Baby: paediatric "
            "review after birth. Feeding: bottle, not breast.",
            "each topic decided",
        ),
        (
            "list-valp-decided",
            "valp",
            "Valproate: continue until neurology review; do not stop suddenly. Baby: exposed in the first trimester, "
            "detailed anomaly scan at 20 weeks. Folic acid: 5 mg daily. Contraception: restart after the birth.",
            "each topic decided",
        ),
        (
            "list-quet-decided",
            "quet",
            "Father's quetiapine | sedation: heavy after his dose | co-sleeping: never, not on a bed or sofa | night "
            "feeds: the mother's | baby's sleep: own crib",
            "each topic decided",
        ),
        (
            "list-dp-decided",
            "dp",
            "Diazepam/pregabalin \u2014 continue, diazepam tapered under supervision; co-sleeping: never; night feeds: "
            "the foster carer; baby's withdrawal: watch until day 8.",
            "each topic decided",
        ),
        (
            "list-m-all-decided",
            "m-all",
            "Methadone and sertraline: both continue. Baby: withdrawal scoring for at least 72 hours; breastfeeding "
            "encouraged; a cot, no co-sleeping after the methadone dose.",
            "each topic decided",
        ),
        (
            "list-cit-decided",
            "cit",
            "Citalopram: continue 20 mg. Relapse: likely if stopped. Baby: watch for adaptation signs for 48 hours. "
            "Breastfeeding: supported.",
            "each topic decided",
        ),
    ],
)


# ============================================================================================================
# markup-filler: emoji, markup and filler around topic words (MA103/MA113).

rows(
    "markup-filler",
    [
        (
            "mark-meth-thumbs",
            "meth",
            "**Methadone** \U0001f44d\U0001f44d \u2014 baby \U0001f37c withdrawal \U0001f634 co-sleeping "
            "\u2705\u2705\u2705 all good!!! \U0001f642",
            "emoji and 'all good'",
        ),
        (
            "mark-sert-lorem",
            "sert",
            "<b>Sertraline</b> <i>baby</i> <u>adaptation</u><br/> lorem ipsum dolor sit amet, relapse and feeding.",
            "HTML tags and lorem ipsum",
        ),
        (
            "mark-lith-etc",
            "lith",
            "### Lithium ### ... baby ... levels ... feeding ... etc etc etc ... ok ... fine ...",
            "a heading and filler",
        ),
        (
            "mark-valp-blah",
            "valp",
            "Valproate :) :) :) fetal risk, pregnancy prevention, scan... blah blah blah... will sort it!!!",
            "smileys, 'blah' and an empty promise",
        ),
        (
            "mark-quet-emoji",
            "quet",
            "~~~ Quetiapine (dad) ~~~ \U0001f4a4\U0001f4a4\U0001f4a4 baby \U0001f476 bed \U0001f6cf\ufe0f sofa "
            "\U0001f6cb\ufe0f \U0001f6ab\u2753",
            "emoji pictures of the topics",
        ),
        (
            "mark-m-all-wiki",
            "m-all",
            "[[Methadone]] {{sertraline}} ::baby:: ::withdrawal:: ::breastfeeding:: ::co-sleeping:: \u2014 asdf "
            "qwerty.",
            "wiki markup and keyboard mash",
        ),
        (
            "mark-dp-um-yeah",
            "dp",
            "Diazepam + pregabalin = \U0001f634\U0001f634 \u2192 \U0001f476 \u26a0\ufe0f\u26a0\ufe0f ... um, yeah, "
            "basically, you know, sedation and withdrawal and stuff.",
            "emoji arrows and verbal filler",
        ),
    ],
    [
        (
            "mark-meth-good",
            "meth",
            "**Methadone** 60 mg continues. \U0001f476 The baby is scored for withdrawal for at least 72 hours on the "
            "ward; breastfeeding is encouraged; **no co-sleeping** after any dose \u2705",
            "markdown and emoji around a real plan",
        ),
        (
            "mark-sert-good",
            "sert",
            "<b>Sertraline</b> continues, as stopping risks relapse.<br/>The baby is checked for jitteriness and poor "
            "feeding for 48 hours; breastfeeding is supported.",
            "HTML tags around a real plan",
        ),
        (
            "mark-lith-good",
            "lith",
            "### Lithium\n- continues, 800 mg at night\n- level within 24 hours of birth\n- baby: paediatric review "
            "after birth\n- feeding: bottle, as lithium enters breast milk",
            "a markdown list that decides",
        ),
        (
            "mark-valp-good",
            "valp",
            "Valproate :) continues until the urgent neurology review - stopping suddenly risks seizures! The baby was "
            "exposed in the first trimester, so the fetal medicine unit will scan at 20 weeks; folic acid 5 mg "
            "started.",
            "a smiley in a real plan",
        ),
        (
            "mark-quet-good",
            "quet",
            "\U0001f4a4 The father's quetiapine sedates him heavily: he must not share a bed or sofa with the baby "
            "\U0001f476 and does no night feeds after his dose; the baby sleeps in its own crib \U0001f6cf\ufe0f and "
            "the mother feeds at night.",
            "emoji in a real plan",
        ),
        (
            "mark-m-all-good",
            "m-all",
            "**Summary:** methadone and sertraline continue. The baby: at least 72 hours of withdrawal scoring; "
            "breastfeeding encouraged; a cot, no co-sleeping after the methadone dose.",
            "a bold label over a plan",
        ),
        (
            "mark-dp-good",
            "dp",
            "Diazepam + pregabalin continue for now \u26a0\ufe0f sedation: the mother must not co-sleep or feed lying "
            "down; the foster carer does night feeds; the baby is watched for late withdrawal until day 8.",
            "a warning sign in a real plan",
        ),
    ],
)


# ============================================================================================================
# disguise: one hollow and one good text of each kind, disguised. The gate must judge them as the plain text.


def _combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def _bidi(text: str) -> str:
    """Left-to-right isolates around every word and a right-to-left mark after each comma."""
    return " ".join(f"\u2066{w}\u2069" for w in text.split(" ")).replace(",", ",\u200f")


_DISGUISES: dict[str, Callable[[str], str]] = {
    "cyrillic": lambda t: homoglyphs(t, "aeopc"),
    "greek": lambda t: homoglyphs(t, "aoi", variant=1),
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "zwj": lambda t: inside_words(t, "\u200d", every=3),
    "soft-hyphen": lambda t: inside_words(t, SOFT_HYPHEN, every=3),
    "bidi": _bidi,
    "full-width": full_width,
    "combining": _combining,
    "word-joiner": lambda t: inside_words(t, "\u2060", every=4),
    "bom": lambda t: inside_words(t, "\ufeff", every=5),
}

_D_ROWS: list[tuple[str, str, str, str, str, str]] = [
    # (kind, disguise, where, hollow text, good text, what it is)
    (
        "process",
        "cyrillic",
        "meth",
        "The methadone template has been completed in full and every section, including the baby's withdrawal, "
        "feeding and co-sleeping, must now be signed by the author.",
        "The methadone template is complete: methadone 60 mg continues, the baby is scored for withdrawal for at "
        "least 72 hours on the ward, and she must never share a bed with the baby after a dose.",
        "process",
    ),
    (
        "circular",
        "zwsp",
        "sert",
        "Sertraline stays what sertraline is, and the baby's adaptation will be the baby's adaptation.",
        "Sertraline continues because stopping it risks relapse; the midwife checks the baby for jitteriness and "
        "poor feeding for 48 hours after birth.",
        "circular",
    ),
    (
        "praise",
        "full-width",
        "lith",
        "Lithium: superb, meticulous work that deserves recognition for how it weighs the baby's feeding and review.",
        "Lithium continues with a level within 24 hours of birth; a paediatrician reviews the baby after birth, "
        "and the baby is bottle fed.",
        "praise",
    ),
    (
        "team",
        "soft-hyphen",
        "valp",
        "The neurology secretaries now answer valproate and pregnancy queries within two working days, including "
        "questions about fetal risk.",
        "Valproate continues until the urgent neurology review, as stopping risks seizures; the baby was exposed "
        "in the first trimester, so the fetal medicine unit scans at 20 weeks.",
        "about-team",
    ),
    (
        "generic",
        "bidi",
        "quet",
        "Regardless of quetiapine, every baby should have a firm flat mattress, a clear cot and a room at a "
        "comfortable temperature.",
        "Because quetiapine sedates the father, he must never sleep with the baby on a bed or sofa; the mother "
        "does the night feeds and the baby sleeps in its own crib.",
        "generic-advice",
    ),
    (
        "leaflet",
        "greek",
        "dp",
        "Diazepam is a long-acting benzodiazepine and pregabalin is an anticonvulsant; both are controlled drugs "
        "and can cause sedation and withdrawal in newborns.",
        "Diazepam and pregabalin both continue for now; the mother must not co-sleep or feed lying down, the "
        "foster carer does night feeds, and the baby is watched for withdrawal until day 8.",
        "leaflet",
    ),
    (
        "other",
        "combining",
        "m-all",
        "Methadone and sertraline: her best friend also took both medicines in pregnancy, and her baby is now a "
        "healthy toddler who was breastfed.",
        "Methadone and sertraline both continue; the baby is scored for withdrawal for at least 72 hours on the "
        "ward, breastfeeding is encouraged, and the baby sleeps in a cot, never with a parent.",
        "other-person",
    ),
    (
        "lists",
        "zwj",
        "cit",
        "Citalopram \u2014 relapse: discussed; adaptation: discussed; feeding: discussed; the baby: discussed.",
        "Citalopram \u2014 continue 20 mg; relapse likely if stopped; baby: watch for adaptation signs for 48 "
        "hours; breastfeeding supported.",
        "topic-lists",
    ),
    (
        "markup",
        "word-joiner",
        "quet",
        "<p>Quetiapine</p> <p>dad</p> <p>baby</p> <p>co-sleeping</p> <p>n/a n/a n/a</p>",
        "<p>The father's quetiapine sedates him: the baby never sleeps beside him on a bed or sofa, and the "
        "mother does the night feeds.</p>",
        "markup-filler",
    ),
    (
        "leaflet2",
        "bom",
        "lith",
        "Lithium salts are used to prevent mania and depression; the drug crosses the placenta and is found in "
        "breast milk.",
        "Lithium is found in breast milk, so this baby is bottle fed; lithium continues, with her level checked "
        "within 24 hours of birth, and a paediatrician reviews the baby after birth.",
        "leaflet",
    ),
]
for _kind, _dis, _where, _hollow, _good, _of in _D_ROWS:
    _f = _DISGUISES[_dis]
    add(f"dis-{_kind}-{_dis}-hollow", "disguise", REFUSE, _where, _f(_hollow), f"{_of}, hollow, in {_dis} disguise")
    add(f"dis-{_kind}-{_dis}-good", "disguise", PASS, _where, _f(_good), f"{_of}, good, in {_dis} disguise")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F28CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F28CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F28CASES),
        "total",
        len(F28CASES),
    )
