"""A forty-fourth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, thirteenth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About four in five are GOOD records aimed at the readings docs/rules.md gives
for MA103, MA119, MA120, MA122, MA124, MA125 and MA127; beside each shape are near misses, the same texts with the
decision taken out, that must be refused. The shapes, one category each:

* conditions: a decision inside or beside a condition ("If the scores rise, the neonatal team will ...");
* negations: negated instructions ("must not co-sleep", "is not to be stopped") and a "not drowsy" beside sedation
  "no";
* decided-now: a decision made today beside a later meeting or clinic that only confirms it;
* rates: rates and shares applied to this baby ("so Jodie's baby will ...");
* services: names of programmes and services, English, Scottish and Welsh (Family Nurse Partnership, Flying
  Start, the Health Visiting Universal Pathway, Healthy Child Wales Programme, Children's Social Care);
* questions: questions answered in the same sentence or the next;
* pointers: a pointer to a letter or plan followed by the answer;
* names-dates: the parents' and the baby's names, dates with months, times of day;
* on-file: "on file" beside a real plan;
* terse-items: item answers that are terse but specific (shorthand, abbreviations);
* guidelines: answers that name a guideline AND say what it means for this baby;
* partner-sleep: a partner's sedating medicine with specific safe-sleep and night-care plans;
* structured: long conclusions with headings, numbered or bulleted plans, British spellings;
* disguise: a fifth of the good texts, and some of the hollow ones, again in disguise (look-alike letters,
  zero-width characters, soft hyphens, bidi controls, full-width forms, combining marks): judged like the plain
  text.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh44_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

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
    V,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words, swap_spaces

F44CASES: list[Case] = []

CATEGORIES = (
    "conditions",
    "negations",
    "decided-now",
    "rates",
    "services",
    "questions",
    "pointers",
    "names-dates",
    "on-file",
    "terse-items",
    "guidelines",
    "partner-sleep",
    "structured",
    "disguise",
)

Where = Callable[[str], Mutation]


def concl(assessment: str) -> Where:
    return lambda text: set_(f"assessments#{assessment}.conclusion", text)


def item(assessment: str, path: str) -> Where:
    return lambda text: set_(f"assessments#{assessment}.{path}", text)


def overall() -> Where:
    return lambda text: set_("overall_conclusion.text", text)


MET = concl("asm-methadone")
SER = concl("asm-sertraline")
LIT = concl("asm-lithium")
VAL = concl("asm-valproate")
DZP = concl("asm-diazepam-pregabalin")
QUE = concl("asm-partner-quetiapine")
CIT = concl("asm-citalopram")
ALL = overall()
MET_NAS = item("asm-methadone", "impact_on_baby.neonatal_withdrawal_plan")
MET_SLEEP = item("asm-methadone", "impact_on_mother.safe_sleep")
LIT_NAS = item("asm-lithium", "impact_on_baby.neonatal_withdrawal_plan")
LIT_SLEEP = item("asm-lithium", "impact_on_mother.safe_sleep")
LIT_MILK = item("asm-lithium", "impact_on_baby.breastfeeding")
CIT_NAS = item("asm-citalopram", "impact_on_baby.neonatal_withdrawal_plan")
CIT_MILK = item("asm-citalopram", "impact_on_baby.breastfeeding")
DZP_SLEEP = item("asm-diazepam-pregabalin", "impact_on_mother.safe_sleep")
QUE_SLEEP = item("asm-partner-quetiapine", "impact_on_mother.safe_sleep")
SER_MILK = item("asm-sertraline", "impact_on_baby.breastfeeding")

_TEXTS: list[tuple[str, str, Expect, str, Where, str, str]] = []


def _add(name: str, category: str, expect: Expect, base: str, where: Where, text: str, why: str) -> None:
    assert category in CATEGORIES, category
    F44CASES.append(Case(f"f44-{name}", category, expect, base, where(text), why))
    _TEXTS.append((name, category, expect, base, where, text, why))


def ok(name: str, category: str, base: str, where: Where, text: str, why: str) -> None:
    _add(name, category, PASS, base, where, text, why)


def bad(name: str, category: str, base: str, where: Where, text: str, why: str) -> None:
    _add(name, category, REFUSE, base, where, text, why)


# Parents: M Jodie; L Rebecca; V Hannah; F Kayleigh (baby in a foster placement); P Chloe and Daniel (father,
# quetiapine); C Megan.

# ============================================================================================================
# conditions: a decision inside or beside a condition.
CAT = "conditions"
ok(
    "cond-met-scores-rise",
    CAT,
    M,
    MET,
    "If the baby's withdrawal scores rise above the threshold on the postnatal ward, the neonatal team will start "
    "treatment on the unit; until then Jodie stays on methadone 60 mg, keeps breastfeeding, and never has the baby in "
    "her bed after a dose.",
    "a condition with what the team will do, beside the standing plan",
)
ok(
    "cond-cit-mood-dips",
    CAT,
    C,
    CIT,
    "If Megan's mood dips after the birth, the perinatal team will see her within a week rather than stopping "
    "citalopram. The midwife will watch the baby for jitteriness and fast breathing for 48 hours, and breastfeeding "
    "goes ahead.",
    "a condition that decides, then the baby's plan",
)
ok(
    "cond-lit-should-floppy",
    CAT,
    L,
    LIT,
    "Should the baby be floppy or feed poorly after birth, the paediatrician will check a lithium level and thyroid "
    "function the same day. Lithium continues at 800 mg with levels every four weeks, and Rebecca will bottle feed.",
    "'should ...' with 'will check': a decision inside a condition",
)
ok(
    "cond-que-earlier-dose",
    CAT,
    P,
    QUE,
    "If Daniel ever takes his quetiapine earlier in the evening, he will hand the baby to Chloe before the dose and "
    "will not do the night feeds; whatever the time, the baby sleeps in the crib, never on a sofa or in bed with him.",
    "a condition with its consequence for the partner's night care",
)
ok(
    "cond-dzp-unless-gp",
    CAT,
    F,
    DZP,
    "Unless the GP agrees a change at the 6-week review, diazepam and pregabalin stay at the current doses. While "
    "Kayleigh is drowsy the foster carer keeps the baby in the cot in her own room and does every night feed, and the "
    "baby is watched for late withdrawal to day 8.",
    "'unless' beside a plan in force now",
)
ok(
    "cond-val-scan-shows",
    CAT,
    V,
    VAL,
    "Because the baby was exposed to valproate in the first trimester, Hannah has the detailed anomaly scan at 20 "
    "weeks; if it shows a neural tube defect, the fetal medicine team will see her within the week. Valproate "
    "continues at 500 mg twice daily and must not be stopped abruptly.",
    "a conditional next step beside the decision",
)
ok(
    "cond-overall-met-needs-treatment",
    CAT,
    M,
    ALL,
    "If the baby needs treatment for withdrawal, Jodie will be offered a room on the neonatal unit so she can keep "
    "breastfeeding. Methadone 60 mg and sertraline 100 mg continue unchanged; there is no co-sleeping after her "
    "methadone dose, and the cot is checked before discharge.",
    "an overall conclusion opening on a condition that decides",
)
ok(
    "cond-ser-when-jittery",
    CAT,
    M,
    SER,
    "When the baby is jittery or breathing fast in the first two days, the midwife will call the paediatrician; "
    "sertraline 100 mg continues because stopping led to relapse before, and breastfeeding is fine.",
    "'when ...' followed by the midwife's action",
)
bad(
    "cond-met-would-consider",
    CAT,
    M,
    MET,
    "If the baby shows signs of withdrawal, the team would consider what to do; should Jodie become drowsy on "
    "methadone, co-sleeping might be looked at again.",
    "the same shape with only what would or might follow (MA103)",
)
bad(
    "cond-cit-act-accordingly",
    CAT,
    C,
    CIT,
    "If problems arise with citalopram after the birth, the baby and Megan will be managed accordingly.",
    "a condition without what follows it (MA103)",
)

# ============================================================================================================
# negations: negated instructions decide.
CAT = "negations"
ok(
    "neg-met-must-not-three",
    CAT,
    M,
    MET,
    "Jodie must not co-sleep with the baby on any surface after her methadone, must not reduce the 60 mg dose on her "
    "own, and the baby must not go home before 72 hours of withdrawal observation. Breastfeeding should not be "
    "stopped because of methadone.",
    "a conclusion made of negated instructions",
)
ok(
    "neg-que-item-must-not",
    CAT,
    P,
    QUE_SLEEP,
    "Daniel must not sleep with the baby on the sofa, in the armchair or in the bed, and must not give night feeds "
    "after his 10 pm quetiapine; the baby's crib stays on Chloe's side.",
    "negated instructions in the partner's safe sleep answer",
)
ok(
    "neg-dzp-neither-stopped",
    CAT,
    F,
    DZP,
    "Neither diazepam nor pregabalin is to be stopped suddenly. Kayleigh must not lie down with the baby to feed or "
    "hold the baby on the sofa when drowsy; the foster carer, not Kayleigh, does the night feeds until the baby is "
    "past day 8 and free of withdrawal signs.",
    "'neither ... is to be stopped' and 'must not'",
)
ok(
    "neg-lit-not-drowsy",
    CAT,
    L,
    LIT_SLEEP,
    "Not drowsy on lithium at this level. She should still not share a bed with the baby, and the Moses basket stays "
    "beside her bed.",
    "'not drowsy' beside sedation 'no' is agreement, not contradiction (MA127)",
)
ok(
    "neg-cit-not-cut-down",
    CAT,
    C,
    CIT,
    "Citalopram is not to be stopped or cut down in pregnancy: Megan relapsed the last time. The baby should not be "
    "discharged before the 48-hour check for adaptation signs, and breastfeeding need not be delayed.",
    "negated instructions, with the reason",
)
ok(
    "neg-val-not-halved",
    CAT,
    V,
    VAL,
    "Valproate must not be stopped or halved before the neurologist sees Hannah this week, as a seizure would endanger "
    "her and the baby. The unborn baby was exposed in the first trimester, so she must not miss the fetal medicine "
    "review or the detailed anomaly scan.",
    "negated instructions about the medicine and the baby's scan",
)
ok(
    "neg-que-never-alone",
    CAT,
    P,
    QUE,
    "Daniel is never to be alone with the baby overnight after his quetiapine, never to doze with the baby on his "
    "chest, and not to take the baby into the parents' bed; the crib on Chloe's side is where the baby sleeps.",
    "'never to ...' as instructions in the partner's conclusion",
)
bad(
    "neg-met-nothing-decided",
    CAT,
    M,
    MET,
    "No plan was made for co-sleeping and nothing has yet been decided about methadone, the baby's withdrawal or "
    "breastfeeding.",
    "an account that nothing was done (MA103)",
)
bad(
    "neg-que-not-discussed",
    CAT,
    P,
    QUE_SLEEP,
    "Not yet discussed with Daniel.",
    "the partner's safe sleep answer says nothing of where the baby sleeps (MA125)",
)

# ============================================================================================================
# decided-now: a decision made today beside a later meeting.
CAT = "decided-now"
ok(
    "now-met-prebirth-confirms",
    CAT,
    M,
    MET,
    "Decided today: methadone stays at 60 mg and the baby will be observed on the postnatal ward for at least 72 "
    "hours; no co-sleeping after a dose. The pre-birth planning meeting on 14 April will confirm who visits after "
    "discharge.",
    "the decision is made now; the meeting only confirms visits",
)
ok(
    "now-cit-not-left",
    CAT,
    C,
    CIT,
    "Citalopram 20 mg continues, decided today with Megan rather than left for the antenatal clinic. The midwife will "
    "watch the baby for adaptation signs for 48 hours after birth and she will breastfeed; the 36-week appointment "
    "only rechecks her mood.",
    "a decision now beside a later appointment",
)
ok(
    "now-lit-delivery-later",
    CAT,
    L,
    LIT,
    "Lithium continues now at 800 mg. The delivery plan will be finalised at the joint obstetric and perinatal clinic "
    "at 34 weeks, but it is already settled that the baby has a paediatric review and a lithium level after birth and "
    "is bottle fed.",
    "'will be finalised' beside what is already settled",
)
ok(
    "now-val-neuro-friday",
    CAT,
    V,
    VAL,
    "Valproate continues at today's dose and is not stopped. Neurology will decide on Friday whether to switch, but "
    "the unborn baby's exposure is already known, so the detailed anomaly scan is booked for 20 weeks whatever "
    "neurology decides.",
    "a hand-off of one question beside decisions made now",
)
ok(
    "now-dzp-overall-taper-later",
    CAT,
    F,
    ALL,
    "Diazepam and pregabalin carry on at the same doses now; the taper will be agreed at the 6-week review. From "
    "tonight the baby sleeps in the foster carer's room and the foster carer does the night feeds while Kayleigh is "
    "drowsy; late withdrawal checks go on to day 8.",
    "the taper is deferred, the baby's plan is not",
)
ok(
    "now-que-overall-core-group",
    CAT,
    P,
    ALL,
    "Chloe's paracetamol raises nothing for the baby. Daniel's quetiapine makes him hard to wake, so from now he does "
    "no night feeds and never sleeps with the baby on a sofa or bed; the core group on 10 June will look at the plan "
    "again, but it applies today.",
    "a plan in force now beside a later review",
)
ok(
    "now-ser-next-clinic",
    CAT,
    M,
    SER,
    "Sertraline 100 mg continues from today without a break; the baby will be watched for adaptation symptoms "
    "alongside the withdrawal scoring and may be breastfed. Her dose will be discussed again at the next clinic only "
    "if her mood changes.",
    "'will be discussed at the next clinic' as a conditional extra",
)
bad(
    "now-met-prebirth-only",
    CAT,
    M,
    MET,
    "Methadone, the baby's withdrawal observation and co-sleeping will be agreed at the pre-birth planning meeting on "
    "14 April.",
    "the same meeting with the decision taken out (MA103)",
)
bad(
    "now-lit-clinic-only",
    CAT,
    L,
    LIT,
    "Whether lithium continues, and the baby's feeding and paediatric review, will be decided at the joint obstetric "
    "and perinatal clinic at 34 weeks.",
    "everything handed to a later clinic (MA103)",
)
bad(
    "now-dzp-overall-review-only",
    CAT,
    F,
    ALL,
    "Diazepam and pregabalin, the baby's sleep and the night feeds will be discussed at the 6-week review.",
    "everything handed to the 6-week review (MA103)",
)

# ============================================================================================================
# rates: rates and shares applied to this baby.
CAT = "rates"
ok(
    "rate-met-half-so-hers",
    CAT,
    M,
    MET,
    "About half of babies exposed to methadone need treatment, so Jodie's baby will stay on the postnatal ward for at "
    "least 72 hours with scoring every 4 hours. Methadone 60 mg continues, breastfeeding is encouraged and there is no "
    "co-sleeping after a dose.",
    "a population share, then what it means for this baby",
)
ok(
    "rate-cit-pphn-weighed",
    CAT,
    C,
    CIT,
    "The baby's risk of PPHN is around 3 in 1,000 on citalopram against 1 to 2 in 1,000 otherwise. That small rise "
    "does not outweigh Megan's relapse risk, so citalopram continues, she breastfeeds, and the midwife checks the "
    "baby's breathing and feeding for 48 hours.",
    "a rate applied to this baby and weighed",
)
ok(
    "rate-val-one-in-ten",
    CAT,
    V,
    VAL,
    "This baby has roughly a 1 in 10 chance of a major malformation after first-trimester valproate, so Hannah is "
    "offered the detailed anomaly scan at 20 weeks and a fetal echocardiogram. Valproate continues until neurology "
    "reviews it and is never stopped suddenly.",
    "'this baby has a 1 in 10 chance'",
)
ok(
    "rate-lit-heart-scan",
    CAT,
    L,
    LIT,
    "Her baby's risk of a heart defect from lithium is small, and the 20-week heart scan was normal. Lithium "
    "continues with levels; Rebecca will bottle feed, and the baby sees the paediatrician after birth for floppiness "
    "and feeding.",
    "a risk to this baby with a result, and the plan",
)
ok(
    "rate-dzp-percent",
    CAT,
    F,
    DZP,
    "First-trimester pregabalin raised this baby's malformation risk from about 4.1% to 5.6%, and the newborn "
    "examination was normal. Diazepam and pregabalin continue; Kayleigh is drowsy after doses and never sleeps with "
    "the baby, the foster carer does nights, and late withdrawal is watched for to day 8.",
    "percentages for this baby, with a result and the plan",
)
ok(
    "rate-ser-most-babies-but",
    CAT,
    M,
    SER,
    "Most babies exposed to sertraline late in pregnancy have no adaptation problems, but this baby will be watched "
    "for jitteriness and poor feeding with the methadone scoring. Sertraline 100 mg continues and breastfeeding is "
    "supported.",
    "a general share contrasted with this baby's plan",
)
bad(
    "rate-met-general-only",
    CAT,
    M,
    MET,
    "About half of babies exposed to methadone in pregnancy need treatment for neonatal abstinence syndrome, usually "
    "by day 3.",
    "a general share only: nothing for this baby (MA103)",
)
bad(
    "rate-val-general-only",
    CAT,
    V,
    VAL,
    "Around 1 in 10 babies exposed to valproate have a major malformation and 3 to 4 in 10 develop learning "
    "difficulties.",
    "general rates only (MA103)",
)

# ============================================================================================================
# services: names of programmes and services.
CAT = "services"
ok(
    "svc-cit-universal-pathway",
    CAT,
    C,
    CIT,
    "Citalopram continues. The midwife checks the baby for adaptation signs over 48 hours, breastfeeding goes ahead, "
    "and the Health Visiting Universal Pathway team will see Megan and the baby at home from day 11.",
    "a Scottish service name beside the plan",
)
ok(
    "svc-met-fnp",
    CAT,
    M,
    MET,
    "Methadone continues at 60 mg under the Hampton Drug and Alcohol Service. The Family Nurse Partnership nurse "
    "will visit weekly after birth; the baby stays on the ward for 72 hours of withdrawal scoring, breastfeeding is "
    "supported, and no co-sleeping.",
    "a programme's name beside a plan",
)
ok(
    "svc-val-overall-ppp",
    CAT,
    V,
    ALL,
    "Valproate continues unchanged while the epilepsy specialist nurse service reviews Hannah this week; she must not "
    "stop it. The baby's first-trimester exposure means a fetal medicine review and a 20-week anomaly scan; folic acid "
    "5 mg continues. Her Valproate Pregnancy Prevention Programme form is in date.",
    "programme names in a good overall conclusion",
)
ok(
    "svc-que-overall-flying-start",
    CAT,
    P,
    ALL,
    "Chloe's paracetamol has no effect on the baby. Daniel's quetiapine sedates him at night: he never co-sleeps with "
    "the baby or does night feeds after his dose. The Flying Start health visitor will check the crib at each visit "
    "until 8 weeks.",
    "a Welsh programme beside the partner plan",
)
ok(
    "svc-lit-lothian",
    CAT,
    L,
    LIT,
    "Lithium continues at 800 mg. The NHS Lothian perinatal mental health service will see Rebecca within a week of "
    "birth; the baby has a paediatric review and a lithium level after birth and will be bottle fed.",
    "a Scottish health board's service",
)
ok(
    "svc-dzp-overall-childrens-social-care",
    CAT,
    F,
    ALL,
    "Diazepam and pregabalin continue; Kayleigh is drowsy after doses, so the foster carer does night feeds and the "
    "baby sleeps in the cot in her room. Children's Social Care and the health visitor hold this plan, and the baby "
    "is checked for late withdrawal up to day 8.",
    "'Children's' in a service name beside real baby words",
)
ok(
    "svc-cit-overall-healthy-child-wales",
    CAT,
    C,
    ALL,
    "Continue citalopram 20 mg; the baby is checked for jitteriness and breathing for 48 hours and breastfeeding "
    "continues. Megan's mood is reviewed at six weeks, and the Healthy Child Wales Programme visits begin at 10 days.",
    "a Welsh programme beside a complete plan",
)
ok(
    "svc-ser-iapt",
    CAT,
    M,
    SER,
    "Sertraline 100 mg continues, with Talking Therapies support booked for after the birth; the baby will be watched "
    "for adaptation symptoms with the withdrawal scoring, and breastfeeding is compatible.",
    "a therapy service beside the plan",
)
bad(
    "svc-cit-referred-only",
    CAT,
    C,
    CIT,
    "Citalopram: referred to the Healthy Child Wales Programme and the perinatal mental health service.",
    "service names only, 'Child' in a programme name (MA124/MA103)",
)
bad(
    "svc-overall-fnp-plan",
    CAT,
    M,
    ALL,
    "Methadone and sertraline: as per the Family Nurse Partnership plan.",
    "a pointer to a programme's plan (MA103)",
)

# ============================================================================================================
# questions: answered in the same sentence or the next.
CAT = "questions"
ok(
    "q-met-three-answered",
    CAT,
    M,
    MET,
    "Will the baby withdraw? Probably, so the baby stays on the postnatal ward for 72 hours of scoring. Can Jodie "
    "breastfeed on methadone 60 mg? Yes, and she is encouraged to. Is co-sleeping safe after a dose? No, and the cot "
    "will be seen.",
    "questions each answered at once",
)
ok(
    "q-lit-yes",
    CAT,
    L,
    LIT,
    "Can lithium continue? Yes: relapse after birth is the bigger risk, so 800 mg continues with levels; the baby gets "
    "a paediatric review after birth and Rebecca will bottle feed.",
    "a question answered in the same sentence",
)
ok(
    "q-cit-no-relapse",
    CAT,
    C,
    CIT,
    "Should Megan stop citalopram? No, she relapsed last time; the baby will be watched for adaptation symptoms for "
    "48 hours and breastfeeding continues.",
    "'No' answering a question",
)
ok(
    "q-que-night-feeds",
    CAT,
    P,
    QUE,
    "Is it safe for Daniel to do night feeds after quetiapine? No: he is too hard to wake, so Chloe does them and the "
    "baby sleeps in the crib beside her, never in bed or on the sofa with him.",
    "the partner's question answered",
)
ok(
    "q-dzp-item-where",
    CAT,
    F,
    DZP_SLEEP,
    "Where does the baby sleep? In a cot in the foster carer's room. Kayleigh never shares a bed, sofa or armchair "
    "with the baby and does not feed lying down.",
    "an item answer that asks and answers",
)
ok(
    "q-val-what-now",
    CAT,
    V,
    VAL,
    "What happens now? Valproate continues unchanged until neurology reviews Hannah, with no sudden stop, and the "
    "baby's first-trimester exposure is followed up with a detailed anomaly scan and a fetal medicine review.",
    "'What happens now?' then the answer",
)
bad(
    "q-met-only-questions",
    CAT,
    M,
    MET,
    "Will the baby withdraw from methadone? Can Jodie breastfeed? Is co-sleeping safe after a dose?",
    "the same questions with the answers taken out (MA103)",
)
bad(
    "q-dzp-item-question",
    CAT,
    F,
    DZP_SLEEP,
    "Where will the baby sleep when Kayleigh is drowsy?",
    "a question in the safe sleep box (MA125)",
)

# ============================================================================================================
# pointers: a pointer followed by the answer.
CAT = "pointers"
ok(
    "ptr-ser-psychiatry-in-short",
    CAT,
    M,
    SER,
    "See the perinatal psychiatry letter for the detail; in short, sertraline 100 mg continues because relapse is the "
    "greater risk, the baby is watched for adaptation symptoms with the withdrawal scoring, and breastfeeding is fine.",
    "a pointer followed by the conclusion",
)
ok(
    "ptr-val-neurology-letter",
    CAT,
    V,
    VAL,
    "As per the neurology letter of 20 May: valproate continues at 500 mg twice daily until a switch is agreed and is "
    "never stopped abruptly. The unborn baby's exposure means a detailed anomaly scan at 20 weeks and a fetal medicine "
    "review.",
    "'as per' followed by the plan",
)
ok(
    "ptr-lit-overall-refer-summary",
    CAT,
    L,
    ALL,
    "Refer to the perinatal mental health plan for relapse signs. In summary: lithium continues with levels up to and "
    "after birth, the baby has a paediatric review and is bottle fed, and Rebecca delivers in hospital.",
    "a pointer then 'In summary:' and the plan",
)
ok(
    "ptr-met-item-see-then",
    CAT,
    M,
    MET_NAS,
    "See the NAS care pathway: the baby stays on the postnatal ward for 72 hours with scoring, and the health visitor "
    "looks for late signs to day 8.",
    "an item answer that points and then answers",
)
ok(
    "ptr-dzp-placement-plan",
    CAT,
    F,
    DZP,
    "The placement plan has the full detail. Diazepam and pregabalin continue; Kayleigh must never sleep with the "
    "baby on a bed or sofa, the foster carer does nights, and the baby is watched for late withdrawal to day 8.",
    "a pointer first, the decision after",
)
bad(
    "ptr-val-letter-only",
    CAT,
    V,
    VAL,
    "As per the neurology letter of 20 May regarding valproate and the pregnancy.",
    "the pointer with the plan taken out (MA103)",
)
bad(
    "ptr-lit-overall-only",
    CAT,
    L,
    ALL,
    "Refer to the perinatal mental health plan for lithium and the baby.",
    "a pointer to a plan (MA103)",
)

# ============================================================================================================
# names-dates: the parents' and the baby's names, months and times of day.
CAT = "names-dates"
ok(
    "nd-dzp-lily-mae",
    CAT,
    F,
    DZP,
    "Lily-Mae is 4 days old and was exposed to diazepam and pregabalin throughout pregnancy; the foster carer will "
    "watch her for late withdrawal until 16 June. Both medicines continue for now. Kayleigh is drowsy after her 8 am, "
    "2 pm and 10 pm doses, so she never holds Lily-Mae lying down and the foster carer does the night feeds.",
    "the baby's name, a date and times of day",
)
ok(
    "nd-que-noah",
    CAT,
    P,
    QUE,
    "Daniel takes his quetiapine at 10 pm; from then until 7 am he does not look after baby Noah. Chloe does the "
    "night feeds, and Noah sleeps in the next-to-me crib, never in the bed or on the sofa with his dad.",
    "the parents' and baby's names and times of day",
)
ok(
    "nd-met-mid-may",
    CAT,
    M,
    MET,
    "The baby is due in mid-May and will stay on the ward for at least 72 hours of withdrawal scoring. Jodie takes "
    "methadone 60 mg each morning at the pharmacy; she is encouraged to breastfeed and will not bed-share after a "
    "dose.",
    "a month, a time of day and the plan",
)
ok(
    "nd-lit-late-july",
    CAT,
    L,
    LIT,
    "Lithium 800 mg at night continues; from 36 weeks in late July levels are weekly, and one is taken within 24 "
    "hours of the birth in late August. The baby has a paediatric review after birth and Rebecca bottle feeds.",
    "months in the level plan",
)
ok(
    "nd-val-12-august",
    CAT,
    V,
    VAL,
    "Valproate continues until neurology sees Hannah on 27 May and must not be stopped suddenly. Because the baby was "
    "exposed in the first trimester, the detailed anomaly scan is booked for 12 August at 20 weeks.",
    "dates with months beside the plan",
)
ok(
    "nd-cit-item-2021",
    CAT,
    C,
    CIT_MILK,
    "Megan breastfed her first child on citalopram in 2021 without problems; she will breastfeed again, and the "
    "midwife will check the baby's feeding and weight on day 5.",
    "a year, her name and a plan in the breastfeeding answer",
)
ok(
    "nd-que-item-evening",
    CAT,
    P,
    QUE_SLEEP,
    "Daniel gives the 9 pm bottle before his quetiapine at 10 pm and then goes to bed; Chloe does the 2 am feed, and "
    "the baby stays in the crib on her side, never in the bed with him.",
    "times of day in the partner's answer",
)
bad(
    "nd-dzp-seen-at",
    CAT,
    F,
    DZP,
    "Baby Lily-Mae, born on 8 June, and Kayleigh were seen at 2 pm on 12 June about diazepam and pregabalin.",
    "names, dates and times with the decision taken out (MA103/MA124)",
)
bad(
    "nd-cit-item-talked",
    CAT,
    C,
    CIT_MILK,
    "Talked through with Megan on 10 February.",
    "a dated talk, no breastfeeding answer (MA125)",
)

# ============================================================================================================
# on-file: "on file" beside a real plan.
CAT = "on-file"
ok(
    "file-val-form-on-file",
    CAT,
    V,
    VAL,
    "The signed annual risk acknowledgement form is on file. Valproate continues until the neurologist reviews it "
    "this week and must not be stopped abruptly; the baby's first-trimester exposure means a 20-week anomaly scan and "
    "a fetal medicine review.",
    "'on file' beside the decision",
)
ok(
    "file-met-letter-on-file",
    CAT,
    M,
    MET,
    "Drug service letter on file. Methadone stays at 60 mg; the baby will be scored for withdrawal on the ward for 72 "
    "hours, breastfeeding is encouraged, and Jodie must not share a bed or sofa with the baby after a dose.",
    "a letter on file, then the plan",
)
ok(
    "file-lit-item-alert",
    CAT,
    L,
    LIT_NAS,
    "Paediatric alert on file: the baby is reviewed at birth and watched on the postnatal ward for floppiness and "
    "poor feeding, with a lithium level if signs appear.",
    "'on file' leading an item answer",
)
ok(
    "file-que-overall-plan",
    CAT,
    P,
    ALL,
    "Safe sleep plan on file and seen at home: Daniel's quetiapine means he never sleeps with the baby on a bed or "
    "sofa and does no night feeds; Chloe's paracetamol is of no concern for the baby.",
    "'on file' with the plan itself",
)
ok(
    "file-cit-kept-on-file",
    CAT,
    C,
    CIT,
    "Citalopram 20 mg continues; the relapse history is kept on file. The baby is checked by the midwife for "
    "adaptation signs over 48 hours, and Megan will breastfeed.",
    "'on file' inside a good conclusion",
)
bad(
    "file-val-only",
    CAT,
    V,
    VAL,
    "Valproate risk acknowledgement form and neurology letter on file.",
    "'on file' with the plan taken out (MA103)",
)
bad(
    "file-lit-item-only",
    CAT,
    L,
    LIT_NAS,
    "Paediatric alert on file.",
    "an item that only says something is filed (MA125)",
)

# ============================================================================================================
# terse-items: terse but specific item answers.
CAT = "terse-items"
ok(
    "terse-met-nas",
    CAT,
    M,
    MET_NAS,
    "PN ward 72h, scored 4-hourly; HV late signs to day 8.",
    "shorthand that says where, how long and who",
)
ok("terse-met-sleep", CAT, M, MET_SLEEP, "Cot by bed. No sofa or bed sharing post-dose.", "two terse instructions")
ok(
    "terse-cit-milk",
    CAT,
    C,
    CIT_MILK,
    "BF fine on citalopram; watch baby's feeding.",
    "'BF' as breastfeeding with a verdict",
)
ok(
    "terse-dzp-sleep",
    CAT,
    F,
    DZP_SLEEP,
    "Cot in FC's room; FC does nights; no bed/sofa with mum.",
    "abbreviations for the foster carer",
)
ok(
    "terse-que-sleep",
    CAT,
    P,
    QUE_SLEEP,
    "Crib Chloe's side; Dad no nights post-dose, never bed/sofa with baby.",
    "a terse partner answer with where and who",
)
ok(
    "terse-lit-milk",
    CAT,
    L,
    LIT_MILK,
    "Not advised: lithium in milk. Formula from birth.",
    "a negated verdict and the plan",
)
ok("terse-ser-milk", CAT, M, SER_MILK, "OK to breastfeed on sertraline.", "a short verdict")
bad("terse-met-nas-hollow", CAT, M, MET_NAS, "Per guideline.", "a terse pointer (MA125)")
bad("terse-dzp-sleep-hollow", CAT, F, DZP_SLEEP, "Advice given to mum.", "a terse report (MA125)")

# ============================================================================================================
# guidelines: a guideline named AND what it means here.
CAT = "guidelines"
ok(
    "gl-met-nas-trust",
    CAT,
    M,
    MET_NAS,
    "The Trust NAS guideline applies: for this baby that means 72 hours on the postnatal ward with 4-hourly scoring, "
    "and treatment by the neonatal team only if two scores in a row reach the threshold.",
    "a guideline named and applied to this baby",
)
ok(
    "gl-cit-nice",
    CAT,
    C,
    CIT,
    "NICE CG192 supports continuing an antidepressant where relapse risk is high, and here it is: citalopram 20 mg "
    "continues, the midwife watches the baby for 48 hours for adaptation signs, and Megan breastfeeds.",
    "a guideline named and applied",
)
ok(
    "gl-val-mhra",
    CAT,
    V,
    VAL,
    "The MHRA valproate guidance applies to Hannah: she stays on valproate until the specialist review this week, "
    "without stopping abruptly, and the baby, exposed in the first trimester, needs the detailed anomaly scan and "
    "fetal medicine review.",
    "national guidance and what it means here",
)
ok(
    "gl-que-lullaby",
    CAT,
    P,
    QUE_SLEEP,
    "Lullaby Trust safe sleep advice applied to this family: Daniel never sleeps with the baby on a bed or sofa, does "
    "no night feeds after his dose, and the baby sleeps on its back in the crib by Chloe.",
    "a charity's advice made specific",
)
ok(
    "gl-lit-milk-ukdilas",
    CAT,
    L,
    LIT_MILK,
    "Following the UK Drugs in Lactation Advisory Service advice on lithium and breast milk, Rebecca will bottle "
    "feed this baby from birth.",
    "a named advice service and the decision",
)
ok(
    "gl-dzp-local",
    CAT,
    F,
    DZP,
    "Per the local neonatal abstinence guideline the baby was observed for 5 days; after discharge the foster carer "
    "watches for late withdrawal to day 8. Diazepam and pregabalin continue, and Kayleigh does not share a bed or "
    "sofa with the baby while drowsy.",
    "'per the local guideline' with what was and will be done",
)
bad(
    "gl-cit-names-only",
    CAT,
    C,
    CIT,
    "Citalopram: NICE CG192 and the local perinatal guideline apply.",
    "guidelines named, nothing applied (MA103)",
)
bad(
    "gl-que-lullaby-only",
    CAT,
    P,
    QUE_SLEEP,
    "Lullaby Trust safe sleep guidance applies.",
    "a guideline in the safe sleep box (MA125)",
)

# ============================================================================================================
# partner-sleep: the father's sedating medicine with specific plans.
CAT = "partner-sleep"
ok(
    "ps-que-other-side",
    CAT,
    P,
    QUE,
    "Daniel's quetiapine 300 mg at 10 pm leaves him hard to wake until morning. The baby sleeps in the crib on "
    "Chloe's side, Daniel sleeps on the far side of the bed away from the crib, and he never naps with the baby on the "
    "sofa in the evening.",
    "a specific arrangement for the partner",
)
ok(
    "ps-que-item-grandmother",
    CAT,
    P,
    QUE_SLEEP,
    "On nights Chloe is away, the baby stays with her mother, not with Daniel, as he cannot wake after quetiapine; at "
    "home the crib stays on Chloe's side of the bed.",
    "who has the baby when the mother is away",
)
ok(
    "ps-que-last-bottle",
    CAT,
    P,
    QUE,
    "While Daniel takes quetiapine, night care of the baby is Chloe's: he gives the last bottle at 9 pm before his "
    "dose, then does nothing more for the baby until morning, and never shares a bed, sofa or armchair with the baby.",
    "night care handed over before the dose",
)
ok(
    "ps-overall-sister",
    CAT,
    P,
    ALL,
    "Chloe's paracetamol is fine with breastfeeding. Because of Daniel's quetiapine, if Chloe is unwell her sister "
    "stays overnight to do the night feeds, since he must not; the baby never sleeps in the parents' bed or on the "
    "sofa with him.",
    "a contingency plan for night care",
)
ok(
    "ps-que-item-spare-room",
    CAT,
    P,
    QUE_SLEEP,
    "Daniel sleeps in the spare room on weeknights; the baby's crib stays in the main bedroom with Chloe, and he does "
    "no night feeds.",
    "where each person sleeps",
)
ok(
    "ps-que-hard-to-wake",
    CAT,
    P,
    QUE,
    "Quetiapine makes Daniel very drowsy and hard to wake for several hours, which is why he must not share a bed or "
    "sofa with the baby; the health visitor will check at each visit that the crib is in use and that Chloe does the "
    "night feeds.",
    "sedation stated with sedation 'yes' and the plan",
)
bad(
    "ps-que-item-sleeps-soundly",
    CAT,
    P,
    QUE_SLEEP,
    "Daniel sleeps soundly on his quetiapine and the baby sleeps through.",
    "how people sleep, not where the baby sleeps (MA125)",
)
bad(
    "ps-que-considered",
    CAT,
    P,
    QUE,
    "Daniel's quetiapine has been considered in relation to the baby and safe sleep.",
    "a passive account over topic words (MA103)",
)

# ============================================================================================================
# structured: headings, numbered plans, British spellings.
CAT = "structured"
ok(
    "st-met-headings",
    CAT,
    M,
    MET,
    "Decision: continue methadone 60 mg daily.\nFor the baby: observation for neonatal abstinence syndrome on the "
    "postnatal ward for at least 72 hours; health visitor to check for late signs to day 8.\nFeeding: breastfeeding "
    "encouraged.\nSleep: no co-sleeping after a dose; cot to be seen at the first home visit.",
    "a conclusion under headings",
)
ok(
    "st-dzp-overall-numbered",
    CAT,
    F,
    ALL,
    "Summary\n1. Diazepam and pregabalin continue; the GP organises the diazepam taper from the 6-week review.\n2. "
    "Sedation: Kayleigh must not share a bed, sofa or armchair with the baby; the foster carer does night feeds.\n3. "
    "Withdrawal: the foster carer and health visitor watch for late signs to day 8 and ring the neonatal unit with "
    "any worry.",
    "a numbered overall plan",
)
ok(
    "st-lit-bullets",
    CAT,
    L,
    LIT,
    "Plan\n- Lithium: continue 800 mg; levels 4-weekly, weekly from 36 weeks, and within 24 h of birth.\n- Labour: "
    "keep well hydrated; the obstetric anaesthetist is aware.\n- Baby: paediatric review after birth; observe for "
    "floppiness and poor feeding; bottle feeding because lithium passes into breast milk.",
    "a bulleted plan",
)
ok(
    "st-cit-overall-british",
    CAT,
    C,
    ALL,
    "Citalopram continues through pregnancy and breastfeeding. The midwife will monitor the baby for jitteriness, "
    "poor feeding and fast breathing in the first 48 hours and will contact paediatrics if these signs persist. "
    "Megan's mood will be reassessed at her 6-week check, and the health visitor is now a recipient.",
    "British spellings in a plain overall conclusion",
)
ok(
    "st-met-overall-sections",
    CAT,
    M,
    ALL,
    "Methadone: continue 60 mg; baby observed 72 h for withdrawal; no co-sleeping after her dose.\nSertraline: "
    "continue 100 mg; paediatric team aware of possible adaptation symptoms.\nFeeding: breastfeeding encouraged on "
    "both.\nSafeguarding: social worker and health visitor to see the cot before discharge.",
    "an overall conclusion in labelled sections",
)
ok(
    "st-val-numbered",
    CAT,
    V,
    VAL,
    "1. Valproate 500 mg twice daily continues; do not stop abruptly.\n2. Urgent neurology review to consider a "
    "safer alternative.\n3. The baby's first-trimester exposure: detailed anomaly scan and fetal medicine review.\n4. "
    "Folic acid 5 mg daily to 12 weeks.",
    "a numbered plan",
)
ok(
    "st-que-colour-organised",
    CAT,
    P,
    QUE,
    "Organised with both parents: Daniel's quetiapine at night makes him too drowsy to care for the baby, so he "
    "never sleeps beside the baby on a bed or sofa; the crib's position by Chloe was recognised as safe by the health "
    "visitor, who will keep checking.",
    "British spellings (organised, recognised) in a partner conclusion",
)
bad(
    "st-met-headings-empty",
    CAT,
    M,
    MET,
    "Decision:\nFor the baby:\nFeeding:\nSleep:\nMethadone: see above.",
    "headings with nothing under them (MA103)",
)
bad(
    "st-dzp-overall-numbered-hollow",
    CAT,
    F,
    ALL,
    "Summary\n1. Diazepam and pregabalin reviewed.\n2. Sedation discussed.\n3. Withdrawal considered.",
    "numbered accounts only (MA103)",
)

# ============================================================================================================
# disguise: a fifth of the good texts, and some hollow ones, again in disguise.


def _combining(text: str) -> str:
    return "".join(ch + "\u0301" if ch in "aeiou" else ch for ch in text)


_DISGUISES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("cyrillic", lambda t: homoglyphs(t, "aeoc")),
    ("zwsp", lambda t: inside_words(t, "\u200b", every=3)),
    ("shy", lambda t: inside_words(t, "\u00ad", every=4)),
    ("bidi", lambda t: inside_words(t, "\u2066", every=5)),
    ("fullwidth", full_width),
    ("combining", _combining),
    ("greek-nbsp", lambda t: swap_spaces(homoglyphs(t, "aiop", variant=1))),
    ("wj", lambda t: inside_words(t, "\u2060", every=2)),
)

_plain_pass = [t for t in _TEXTS if t[2] == PASS]
_plain_refuse = [t for t in _TEXTS if t[2] == REFUSE]
for _n, (_name, _cat, _exp, _base, _where, _text, _why) in enumerate(_plain_pass[::4]):
    _kind, _fn = _DISGUISES[_n % len(_DISGUISES)]
    F44CASES.append(
        Case(f"f44-dis-{_kind}-{_name}", "disguise", PASS, _base, _where(_fn(_text)), f"{_why}, in disguise ({_kind})")
    )
for _n, (_name, _cat, _exp, _base, _where, _text, _why) in enumerate(_plain_refuse[::3]):
    _kind, _fn = _DISGUISES[(_n + 3) % len(_DISGUISES)]
    F44CASES.append(
        Case(
            f"f44-dis-{_kind}-{_name}", "disguise", REFUSE, _base, _where(_fn(_text)), f"{_why}, in disguise ({_kind})"
        )
    )


# ============================================================================================================


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F44CASES)


if __name__ == "__main__":
    tally = counts()
    for category in CATEGORIES:
        print(f"{category:16} refuse {tally[(category, REFUSE)]:3}  pass {tally[(category, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(v for (_, e), v in tally.items() if e == REFUSE):3}  "
        f"pass {sum(v for (_, e), v in tally.items() if e == PASS):3}"
    )
