"""A ninety-fourth independent "fresh" batch of red-team cases for the share gate: the adversary, fifteenth
round, in fluent clinical register.

Conclusions and item answers a reviewer must refuse that read like real work, so only reading what they SAY
exposes them; each family paired with near-miss twins (must pass) that differ by the one thing that makes them
substantive. Written from issue 9, docs/rules.md, README.md and the shipped examples, not from the gate's code
or its word lists, and avoiding fresh90's strategies.

* ``mother-only``: every action is for the mother's own health (her BP, bloods, dentist, mood clinic), nothing
  for the baby, sometimes dressed "for the baby's sake";
* ``false-premise``: reassurance resting on a fact the record contradicts (a "low dose" the list shows is not,
  "she has stopped" a medicine the list shows current, a partner's medicine "stopped");
* ``threshold-no-action``: a threshold is set and crossing it only gets written down;
* ``open-question``: the plan ends in the questions it should have answered;
* ``unreal-tense``: future perfect of assumption or a hypothetical past ("would have been observed");
* ``loop-delegation``: each professional follows the other's plan, and no one holds one;
* ``hedged``: every verb negated or hedged ("will not necessarily", "may not need to");
* ``pharmacology``: the medicine's licence and pharmacology with "for this pregnancy" appended;
* ``wrong-stage``: an antenatal birth plan in a postnatal record;
* ``sibling``: the plan is for an older child in care proceedings;
* ``wrong-medicine``: a joint or overall conclusion that decides only for one of its medicines;
* ``unendorsed``: views attributed to a named source ("the drug service feels ...") and never adopted;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added here).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh94_cases`` for the counts per category.
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
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F94CASES: list[Case] = []

CATEGORIES = (
    "mother-only",
    "false-premise",
    "threshold-no-action",
    "open-question",
    "unreal-tense",
    "loop-delegation",
    "hedged",
    "pharmacology",
    "wrong-stage",
    "sibling",
    "wrong-medicine",
    "unendorsed",
    "disguise",
)

MO_, FP, TH, OQ, UT, LD, HG, PH, WS, SB, WM, UE, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F94CASES.append(Case(f"f94-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "meth-nwp": (M, _at("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan")),
    "meth-ss": (M, _at("assessments#asm-methadone.impact_on_mother.safe_sleep")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "cit-nwp": (C, _at("assessments#asm-citalopram.impact_on_baby.neonatal_withdrawal_plan")),
    "cit-rec": (C, _at("assessments#asm-citalopram.recommendations")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "lith-nwp": (L, _at("assessments#asm-lithium.impact_on_baby.neonatal_withdrawal_plan")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "dzp-ss": (F, _at("assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep")),
    "dzp-nwp": (F, _at("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
    "quet-ss": (P, _at("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" if n % 3 == 0 else word for n, word in enumerate(text.split(" ")))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def bad(name: str, category: str, where: str, text: str, why: str, *, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def ok(name: str, category: str, where: str, text: str, why: str, *, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


# ============================================================================================================
# mother-only: every action is for her own health; nothing for the baby.

bad(
    "mo-meth-bp-dentist-pnmh",
    MO_,
    "meth",
    "Methadone 60 mg od continues, supervised at Boots. For the baby's sake her BP and urine are checked at "
    "every antenatal visit, she sees the community dentist next week for the abscess, and the PNMH clinic "
    "reviews her mood in April.",
    "'for the baby's sake' dresses up a plan made only of her BP, teeth and mood",
    disguise=cyr,
)
ok(
    "mo-meth-bp-dentist-pnmh-plus-nas",
    MO_,
    "meth",
    "Methadone 60 mg od continues, supervised at Boots. Her BP and urine at every antenatal visit and the "
    "dentist next week for the abscess. For the baby: NAS scoring on the postnatal ward for at least 72 hours, "
    "breastfeeding supported, and no co-sleeping because she is drowsy after her dose.",
    "the same maternal plan, plus what the ward does for the baby",
)
bad(
    "mo-lith-thyroid-renal",
    MO_,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Everything that protects this baby starts with mum: TFTs and "
    "U&Es at 28/40, levels monthly then weekly from 36/40, and the perinatal team to see her within a week "
    "of delivery.",
    "every action is a test or review of her; the baby's paediatric review and feeding are absent",
)
ok(
    "mo-lith-thyroid-renal-plus-paeds",
    MO_,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues: TFTs and U&Es at 28/40, levels monthly then weekly from "
    "36/40 and within 24 h of delivery. The baby has a paediatric review after birth (tone, feeding, "
    "thyroid) and is bottle fed, as breastfeeding is not advised on lithium.",
    "her monitoring plus the baby's review and feeding",
)
bad(
    "mo-valp-seizure-diary-dvla",
    MO_,
    "valp",
    "Sodium valproate 500 mg bd must not be stopped suddenly. For this pregnancy she keeps a seizure diary, "
    "has been told not to drive until the DVLA is informed, and will follow a sleep routine to keep her "
    "seizure threshold up.",
    "her seizure care only; the exposed baby gets no fetal medicine review or scan",
)
ok(
    "mo-valp-seizure-diary-plus-fmu",
    MO_,
    "valp",
    "Sodium valproate 500 mg bd must not be stopped suddenly; seizure diary, no driving. The baby was "
    "exposed in the first trimester: urgent neurology review, and fetal medicine to see her for a detailed "
    "anomaly scan at 20 weeks; folic acid 5 mg started.",
    "her seizure care plus the exposed baby's scans",
    disguise=zwsp,
)
bad(
    "mo-quet-father-hba1c-cpn",
    MO_,
    "quet",
    "Father's quetiapine 300 mg at night: his GP will check his weight, lipids and HbA1c, his CPN sees him "
    "fortnightly, and he has been referred to the smoking cessation service, which will help the whole "
    "family.",
    "his metabolic monitoring only; nothing of the baby's night care or sleep",
)
ok(
    "mo-quet-father-hba1c-plus-nights",
    MO_,
    "quet",
    "Father's quetiapine 300 mg at night: his GP checks his weight and HbA1c. It sedates him heavily, so "
    "after his dose he does no night feeds and never sleeps with the baby on a bed or sofa; the baby sleeps "
    "in the crib on the mother's side and the HV keeps checking.",
    "his monitoring plus the baby's sleep and night feeds",
)
bad(
    "mo-dzp-back-pain-dentist",
    MO_,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The GP reviews her back pain in two weeks, she "
    "sees the dentist on Friday and the perinatal team follows her mood; all of this supports her "
    "parenting in the placement.",
    "her pain, teeth and mood; nothing on sedation, co-sleeping or the baby's withdrawal",
)
ok(
    "mo-dzp-back-pain-plus-baby",
    MO_,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; GP reviews her back pain in two weeks. Both sedate: "
    "she must not share a bed or sofa with the baby, the foster carer does night feeds, and the baby is "
    "watched for late withdrawal until day 8.",
    "her review plus the baby's safe sleep and withdrawal watch",
    disguise=shy,
)
bad(
    "mo-cit-iron-gtt",
    MO_,
    "cit",
    "Citalopram 20 mg od continues. Ferrous fumarate for her Hb of 98, BP and urine at each visit, and the "
    "midwife books her GTT at 28 weeks - good for mum and baby alike.",
    "anaemia and glucose tests for her; the baby is named only as a beneficiary",
)
ok(
    "mo-cit-iron-plus-adaptation",
    MO_,
    "cit",
    "Citalopram 20 mg od continues; ferrous fumarate for her Hb of 98. After birth the midwife watches the "
    "baby for jitteriness, poor feeding or fast breathing for 48 hours, and breastfeeding is supported.",
    "her iron plus the baby's observation and feeding",
)
bad(
    "mo-mo-overall-mums-health",
    MO_,
    "mo",
    "Methadone and sertraline both continue. Mum's health plan: keyworker fortnightly, hep C PCR repeated, "
    "smear due after delivery, and the GP reviews her sertraline dose at the 6-week check.",
    "the overall conclusion plans only the mother's care",
)
bad(
    "mo-meth-nwp-her-withdrawal",
    MO_,
    "meth-nwp",
    "Split dosing for her if she feels withdrawal in the third trimester; the drug service checks her "
    "for withdrawal symptoms at each pick-up.",
    "the baby's withdrawal plan is about the mother's own withdrawal",
)
ok(
    "mo-meth-nwp-baby-scored",
    MO_,
    "meth-nwp",
    "Baby to stay on the postnatal ward for 72 hours with Finnegan scoring 4-hourly; two scores of 8 or more "
    "mean a paediatric review for oral morphine. Her own split dosing is the drug service's.",
    "the baby's plan, with a note of hers",
)

# ============================================================================================================
# false-premise: reassurance resting on a fact the record contradicts.

bad(
    "fp-meth-low-dose-no-obs",
    FP,
    "meth",
    "She is on a low dose of methadone, so the baby is not expected to withdraw and will go home with the "
    "usual day-1 discharge; breastfeeding encouraged; cot beside the bed.",
    "60 mg is not a low dose, and NAS observation is dropped on that premise",
    disguise=greek,
)
ok(
    "fp-meth-60mg-obs",
    FP,
    "meth",
    "Methadone 60 mg is a moderate dose and NAS is likely: the baby stays 72 hours on the postnatal ward "
    "with scoring; breastfeeding encouraged; cot beside the bed and no co-sleeping after her dose.",
    "the dose is read truly and the baby is observed",
)
bad(
    "fp-sert-stopped-at-booking",
    FP,
    "sert",
    "Sertraline was stopped at booking, so the baby has nothing to adapt from and the maternity team need "
    "do nothing extra after birth.",
    "the list shows sertraline 100 mg current; the reassurance rests on a false stop",
    disguise=zwsp,
)
ok(
    "fp-sert-continues-watch",
    FP,
    "sert",
    "Sertraline 100 mg continues (she stopped it once and relapsed), so the maternity team will watch the "
    "baby for jitteriness and feeding problems for 48 hours after birth.",
    "the true state, and the baby is watched",
)
bad(
    "fp-lith-stopped-first-trimester",
    FP,
    "lith",
    "Lithium was stopped in the first trimester, so the baby has had no exposure since 12 weeks and needs "
    "no paediatric review; bottle feeding is her choice.",
    "lithium 800 mg is current; the baby's review is dropped on that premise",
)
ok(
    "fp-lith-current-paeds",
    FP,
    "lith",
    "Lithium (Priadel) 800 mg continues through pregnancy, so the baby is exposed to the end: paediatric "
    "review after birth with a lithium level, levels for her weekly from 36/40; bottle feeding, as "
    "breastfeeding is not advised.",
    "the exposure read truly",
)
bad(
    "fp-valp-200mg-below-threshold",
    FP,
    "valp",
    "At 200 mg a day valproate is well below the dose linked to malformations, so the baby needs no fetal "
    "medicine review and the pregnancy can be booked routinely; do not stop abruptly.",
    "the list shows 1,000 mg a day; the anomaly review is dropped on a false dose",
)
ok(
    "fp-valp-1g-fmu",
    FP,
    "valp",
    "Valproate 1 g a day (500 mg bd) in the first trimester is a high-risk exposure for the baby: urgent "
    "neurology review, fetal medicine referral for detailed scans, folic acid 5 mg; she must not stop "
    "abruptly.",
    "the dose read truly, and the baby is scanned",
    disguise=fw,
)
bad(
    "fp-quet-father-stopped",
    FP,
    "quet",
    "The father stopped his quetiapine before the birth, so he is not sedated and can share night feeds; "
    "the baby may sleep in the parents' bed when settling.",
    "quetiapine 300 mg is his current medicine; bed sharing is allowed on a false stop",
)
ok(
    "fp-quet-father-current",
    FP,
    "quet",
    "The father still takes quetiapine 300 mg at night, so he is sedated: no night feeds after his dose, no "
    "bed or sofa sharing with the baby, and the baby settles in the crib on the mother's side; HV to check.",
    "the partner's medicine read truly",
)
bad(
    "fp-dzp-occasional",
    FP,
    "dzp",
    "She only takes diazepam occasionally and pregabalin at a starter dose, so sedation is minimal: she can "
    "do night feeds herself and the baby needs no special watching.",
    "the list shows diazepam 5 mg tds and pregabalin 300 mg a day; safety dropped on a false premise",
)
ok(
    "fp-dzp-regular",
    FP,
    "dzp",
    "She takes diazepam 5 mg three times a day and pregabalin 150 mg twice a day, so sedation is significant: "
    "no night feeds by her while drowsy, no bed or sofa sharing, and the baby is watched for withdrawal to day 8.",
    "the doses read truly",
)
bad(
    "fp-cit-not-in-milk",
    FP,
    "cit",
    "Citalopram at 20 mg does not pass into breast milk, so breastfeeding needs no watching and the baby "
    "can be discharged at 6 hours as normal.",
    "citalopram does pass into milk; the baby's watch is dropped on a false fact",
)
ok(
    "fp-cit-in-milk-small",
    FP,
    "cit",
    "Citalopram 20 mg continues. Small amounts pass into breast milk, so breastfeeding is supported with the "
    "midwife watching the baby for drowsiness or poor feeding, and adaptation signs for 48 hours.",
    "the fact read truly, and the baby is watched",
)
bad(
    "fp-mo-both-stopped",
    FP,
    "mo",
    "Methadone and sertraline were both weaned off in the second trimester, so there is no risk of "
    "withdrawal for the baby and routine postnatal care applies; breastfeeding supported.",
    "both medicines are current; the overall reassurance rests on a false stop",
    disguise=bidi,
)

# ============================================================================================================
# threshold-no-action: a threshold is set; crossing it only gets noted.

bad(
    "th-meth-finnegan-noted",
    TH,
    "meth",
    "Methadone 60 mg continues. If the baby's Finnegan scores exceed 8 twice, this will be noted in the "
    "baby's chart; if she is drowsy after her dose, this will be recorded; breastfeeding to be documented.",
    "each threshold ends in a note, not an action",
)
ok(
    "th-meth-finnegan-morphine",
    TH,
    "meth",
    "Methadone 60 mg continues. If the baby's Finnegan scores are 8 or more twice, the paediatric registrar "
    "reviews and starts oral morphine; she must not co-sleep as she is drowsy after her dose; breastfeeding "
    "supported.",
    "the threshold leads to an action",
    disguise=cyr,
)
bad(
    "th-cit-nwp-written-in-notes",
    TH,
    "cit-nwp",
    "Should jitteriness, poor feeding or grunting be seen in the first 48 hours, it will be written in the "
    "maternity notes.",
    "the withdrawal plan only records the signs",
)
ok(
    "th-cit-nwp-paeds-review",
    TH,
    "cit-nwp",
    "Should jitteriness, poor feeding or grunting be seen in the first 48 hours, the midwife asks the "
    "paediatrician to review the baby before discharge.",
    "the signs lead to a review",
)
bad(
    "th-lith-level-filed",
    TH,
    "lith",
    "Lithium 800 mg continues. If the baby's lithium level at birth is above 1.0 mmol/L the result will be "
    "filed; if she becomes unwell postnatally, it will be logged with the PNMH team.",
    "thresholds with nothing done when they are crossed",
    disguise=fw,
)
ok(
    "th-lith-level-scbu",
    TH,
    "lith",
    "Lithium 800 mg continues. If the baby's lithium level at birth is above 1.0 mmol/L, the baby goes to "
    "SCBU for fluids and repeat levels; bottle feeding, as breastfeeding is not advised; PNMH within a week.",
    "the threshold leads to SCBU",
)
bad(
    "th-dzp-foster-carer-notes",
    TH,
    "dzp",
    "Diazepam and pregabalin continue. If the baby is jittery or feeding poorly before day 8 the foster "
    "carer will make a note of it, and if the mother is drowsy at night this will be observed.",
    "the withdrawal and sedation thresholds lead nowhere",
    disguise=zwsp,
)
ok(
    "th-dzp-foster-carer-phones",
    TH,
    "dzp",
    "Diazepam and pregabalin continue. If the baby is jittery or feeding poorly before day 8 the foster "
    "carer phones the HV the same day for a paediatric review; if the mother is drowsy she does not handle "
    "the baby at night and never shares a bed or sofa with it.",
    "the thresholds lead to actions",
)
bad(
    "th-quet-sofa-documented",
    TH,
    "quet",
    "If the father is found asleep with the baby on the sofa after his quetiapine, this will be documented "
    "by the HV at the next contact.",
    "the danger named is only to be documented",
)
bad(
    "th-valp-scan-abnormal-recorded",
    TH,
    "valp",
    "Valproate continues and must not stop abruptly. If the 20-week scan shows a neural tube defect, this "
    "will be recorded on the maternity system; if seizures increase, they will be counted in her diary.",
    "thresholds without actions; no referral decided",
)
ok(
    "th-valp-scan-abnormal-fmu",
    TH,
    "valp",
    "Valproate continues until neurology review and must not stop abruptly. Fetal medicine will do a detailed "
    "scan at 20 weeks; if it shows a neural tube defect, the fetal medicine consultant sees her within a "
    "week to plan the baby's care.",
    "the scan is booked and its result acted on",
)
bad(
    "th-meth-ss-logged",
    TH,
    "meth-ss",
    "If she is found dozing with the baby in the bed after her dose, this will be logged for the core group.",
    "safe sleep answered only by logging the danger",
)
ok(
    "th-meth-ss-cot",
    TH,
    "meth-ss",
    "Never share a bed or sofa with the baby after her dose; the cot is in the parents' room. If she is "
    "found dozing with the baby, the HV calls the social worker that day.",
    "the advice given, and a finding acted on",
)

# ============================================================================================================
# open-question: the plan ends in the questions it should have answered.

bad(
    "oq-meth-who-scores",
    OQ,
    "meth",
    "Methadone continues. The baby will need NAS observation after birth - but who does the scoring "
    "overnight, for how many days, and can she breastfeed while on 60 mg?",
    "the plan's key facts are asked, not answered",
)
ok(
    "oq-meth-who-scores-answered",
    OQ,
    "meth",
    "Methadone 60 mg continues. Who scores the baby overnight? The postnatal ward midwives, 4-hourly for "
    "72 hours. Breastfeeding is encouraged, and no co-sleeping because of sedation after her dose.",
    "the question is answered at once",
)
bad(
    "oq-fo-who-does-nights",
    OQ,
    "fo",
    "Diazepam and pregabalin continue for now; the baby must not withdraw unnoticed. Who will do the night "
    "feeds at the placement, and who watches for withdrawal until day 8?",
    "who does the nights and who watches for withdrawal are left as questions",
    disguise=shy,
)
ok(
    "oq-fo-who-does-nights-answered",
    OQ,
    "fo",
    "Diazepam and pregabalin continue for now. The foster carer does the night feeds and watches for "
    "withdrawal until day 8, calling the HV if the baby is jittery or feeding poorly; no bed or sofa sharing "
    "for the mother.",
    "the same plan with the answers",
)
bad(
    "oq-po-nights-crib",
    OQ,
    "po",
    "Paracetamol raises no concern. The father's quetiapine sedates him at night: who does the night feeds "
    "when the mother is back at work, and does the baby sleep in the parents' bed or the crib?",
    "the household's night care is left as a question",
)
bad(
    "oq-lith-day5",
    OQ,
    "lith",
    "Lithium continues at 800 mg nocte with levels weekly from 36/40. Does the baby need a paediatric "
    "review after birth, and who would take the baby's lithium level - the ward or the day-5 visit?",
    "whether the baby is reviewed at all, and by whom, is asked, not arranged",
)
ok(
    "oq-lith-day5-answered",
    OQ,
    "lith",
    "Lithium continues at 800 mg nocte with levels weekly from 36/40. The baby has a paediatric review on "
    "the ward before discharge, with a lithium level at 24 hours; bottle feeding, as breastfeeding is not "
    "advised.",
    "the review placed and timed",
)
bad(
    "oq-valp-who-refers",
    OQ,
    "valp",
    "Valproate continues and must not be stopped abruptly. Fetal medicine referral: GP or midwife? Does the "
    "baby need a fetal echo as well as the anomaly scan?",
    "the referral and scans are open questions",
)
bad(
    "oq-cit-rec-questions",
    OQ,
    "cit-rec",
    "Continue citalopram 20 mg? Does the maternity team need to know before delivery? Who reviews her mood at 6 weeks?",
    "the recommendations are all questions",
)
ok(
    "oq-cit-rec-answered",
    OQ,
    "cit-rec",
    "Continue citalopram 20 mg? Yes. The maternity team to know before delivery; the GP reviews her mood at "
    "the 6-week check.",
    "the question answered, then the actions",
    disguise=greek,
)

# ============================================================================================================
# unreal-tense: future perfect of assumption, or a hypothetical past.

bad(
    "ut-meth-future-perfect-assumed",
    UT,
    "meth",
    "By the time of birth the methadone will have been discussed at the pre-birth meeting, the baby's "
    "observation will have been arranged, and safe sleep will have been covered, as it always is.",
    "assumes the plan will exist; says nothing of what it is",
)
bad(
    "ut-sert-could-have",
    UT,
    "sert",
    "Sertraline could have continued, and the maternity team would then have watched the baby for "
    "adaptation after birth.",
    "a hypothetical past; no decision now",
)
ok(
    "ut-sert-decided",
    UT,
    "sert",
    "Sertraline continues, and the maternity team will watch the baby for adaptation for 48 hours after birth.",
    "the same in the plain future",
    disguise=cyr,
)
bad(
    "ut-lith-ideally-switched",
    UT,
    "lith",
    "Ideally lithium would have been switched before conception, and the baby would then have needed no "
    "paediatric review and could have been breastfed.",
    "what might have been; nothing decided for this baby",
)
ok(
    "ut-lith-ideally-but-now",
    UT,
    "lith",
    "Ideally lithium would have been reviewed before conception; now it continues at 800 mg, the baby has a "
    "paediatric review after birth, and bottle feeding as breastfeeding is not advised.",
    "a regret, then the decision",
)
bad(
    "ut-quet-ought-to-have",
    UT,
    "quet",
    "The father ought to have moved his quetiapine earlier so that he would have been alert for night "
    "feeds, and the crib should have been on the mother's side.",
    "a counterfactual past about his dose and the crib",
)
ok(
    "ut-quet-now-moved",
    UT,
    "quet",
    "The father's quetiapine has been moved to 9 pm; he is still too sedated for night feeds, so the mother "
    "does them, and the crib stays on her side, never the bed or sofa with him; the HV to check.",
    "what is decided now",
    disguise=shy,
)
bad(
    "ut-dzp-no-doubt",
    UT,
    "dzp",
    "The baby will, no doubt, have been monitored for withdrawal on the ward, and the foster carer will "
    "have been told about diazepam and pregabalin and safe sleep by now.",
    "presumptive future perfect: an assumption, not a plan",
    disguise=greek,
)
bad(
    "ut-valp-had-she-known",
    UT,
    "valp",
    "Had she been referred before conception, valproate would have been switched to lamotrigine and the "
    "baby would have been spared first-trimester exposure.",
    "a hypothetical past about another course; nothing decided for this baby",
)
ok(
    "ut-valp-since-exposed",
    UT,
    "valp",
    "She was not referred before conception, so the baby has had first-trimester valproate exposure: "
    "valproate continues until urgent neurology review, do not stop abruptly, and fetal medicine scans at "
    "12 and 20 weeks.",
    "the history, then the decision",
)
bad(
    "ut-mo-would-have-liked",
    UT,
    "mo",
    "We would have liked methadone reduced before birth, and sertraline would ideally have been at a lower "
    "dose; the baby would then have needed less observation.",
    "wishes and counterfactuals, no overall decision",
)

# ============================================================================================================
# loop-delegation: each professional follows the other's plan.

bad(
    "ld-meth-hv-midwife-loop",
    LD,
    "meth",
    "Methadone continues. The health visitor will follow the midwife's plan for the baby, and the midwife "
    "will follow the health visitor's; the drug service will follow both.",
    "the plans point at each other; there is no plan",
    disguise=fw,
)
ok(
    "ld-meth-one-plan-followed",
    LD,
    "meth",
    "Methadone 60 mg continues. The midwife's plan: NAS scoring for 72 hours on the ward, breastfeeding "
    "supported, no co-sleeping. The health visitor follows this plan from day 10.",
    "one plan written, then followed",
)
bad(
    "ld-fo-foster-carer-social-worker",
    LD,
    "fo",
    "Diazepam and pregabalin continue. The foster carer will do what the social worker advises about night "
    "care, and the social worker will advise what the foster carer thinks best; the HV supports both.",
    "night care delegated in a loop",
    disguise=bidi,
)
ok(
    "ld-fo-social-worker-decides",
    LD,
    "fo",
    "Diazepam and pregabalin continue. The social worker has agreed with the foster carer: the foster carer "
    "does all night feeds, the baby sleeps in the cot in her room, and she watches for withdrawal to day 8.",
    "the loop closed by a decision",
)
bad(
    "ld-cit-nwp-loop",
    LD,
    "cit-nwp",
    "The midwife will follow the paediatrician's plan, and the paediatrician will follow the midwife's.",
    "the withdrawal plan is a loop",
)
bad(
    "ld-lith-paeds-pnmh-loop",
    LD,
    "lith",
    "Lithium continues. Paediatrics will act on the perinatal team's plan for the baby and the perinatal "
    "team will act on paediatrics' plan; levels as the obstetricians advise, as the psychiatrist advises.",
    "each team defers to the other",
)
bad(
    "ld-quet-hv-gp-loop",
    LD,
    "quet",
    "The father's quetiapine: the HV will do whatever his GP decides about the baby's sleep, and his GP "
    "will go along with the HV.",
    "safe sleep delegated in a loop",
    disguise=zwsp,
)
ok(
    "ld-quet-hv-decides",
    LD,
    "quet",
    "The father's quetiapine sedates him: the HV has agreed with both parents that he does no night feeds "
    "after his dose and never shares a bed or sofa with the baby; the crib stays on the mother's side.",
    "one agreed plan",
)
bad(
    "ld-vo-neuro-fmu-loop",
    LD,
    "vo",
    "Sodium valproate: neurology will wait for fetal medicine's view, fetal medicine will wait for "
    "neurology's, and the GP will then act on whichever comes first.",
    "the overall plan waits on itself",
)

# ============================================================================================================
# hedged: every verb negated or hedged.

bad(
    "hg-meth-may-not-need",
    HG,
    "meth",
    "Methadone may not need to change. The baby will not necessarily need observation for withdrawal, "
    "breastfeeding might not be a problem, and co-sleeping may or may not be advisable.",
    "every verb hedged; nothing decided",
)
ok(
    "hg-meth-will-not-change",
    HG,
    "meth",
    "Methadone will not change: 60 mg daily. The baby must not go home before 72 hours of NAS observation; "
    "she must not co-sleep; breastfeeding is not discouraged.",
    "decisive negations",
    disguise=cyr,
)
bad(
    "hg-valp-may-not-have-to",
    HG,
    "valp",
    "Valproate may not have to stop; a fetal medicine review may not be needed, and neurology might not "
    "need to see her urgently.",
    "hedged negatives throughout",
)
ok(
    "hg-valp-must-not-stop",
    HG,
    "valp",
    "Valproate must not stop abruptly. The baby needs a fetal medicine review and detailed scans; neurology "
    "sees her urgently this week.",
    "decided negation and actions",
)
bad(
    "hg-quet-might-not",
    HG,
    "quet",
    "The father might not need to avoid night feeds after his quetiapine; the baby may not have to sleep "
    "in its own crib, and the HV may not need to check.",
    "every verb hedged, and the hedges loosen the safety",
    disguise=cyr,
)
bad(
    "hg-sert-need-not-necessarily",
    HG,
    "sert",
    "Sertraline need not necessarily continue, and the maternity team need not necessarily watch the baby after birth.",
    "hedged non-decisions",
)
ok(
    "hg-sert-need-not-stop",
    HG,
    "sert",
    "Sertraline need not stop: it continues at 100 mg, and the maternity team watch the baby for adaptation "
    "for 48 hours after birth.",
    "'need not stop' followed by the decision",
)
bad(
    "hg-dzp-not-always",
    HG,
    "dzp",
    "Diazepam and pregabalin will not always need to continue; the baby will not necessarily show "
    "withdrawal, and the mother may not always be too sedated to share a bed.",
    "hedges, one loosening safe sleep",
    disguise=shy,
)
bad(
    "hg-lith-perhaps",
    HG,
    "lith",
    "Lithium perhaps continues; the baby possibly needs a paediatric review, and breastfeeding is perhaps "
    "not advisable.",
    "every clause hedged with perhaps or possibly",
)
ok(
    "hg-lith-perhaps-one",
    HG,
    "lith",
    "Lithium continues at 800 mg; the baby has a paediatric review after birth and is bottle fed, as "
    "breastfeeding is not advised; perhaps levels fortnightly in the second trimester if stable.",
    "one hedge beside firm decisions",
)
bad(
    "hg-cit-nwp-may-not",
    HG,
    "cit-nwp",
    "The baby may not need watching for adaptation symptoms, and may or may not need a paediatric review.",
    "the item answer hedges itself away",
)

# ============================================================================================================
# pharmacology: licence and pharmacology with "for this pregnancy" appended.

bad(
    "ph-meth-mu-agonist",
    PH,
    "meth",
    "Methadone: full mu-opioid agonist, half-life 24 to 36 hours, licensed for opioid dependence; crosses "
    "the placenta and enters breast milk in small amounts - all relevant for this pregnancy.",
    "pharmacology with 'this pregnancy' appended",
)
ok(
    "ph-meth-mu-agonist-so",
    PH,
    "meth",
    "Methadone is a long-acting opioid that crosses the placenta, so for this pregnancy it continues at 60 mg, "
    "the baby is scored for NAS for 72 hours, breastfeeding is supported and no co-sleeping after her dose.",
    "pharmacology, then what follows for this baby",
)
bad(
    "ph-lith-narrow-index",
    PH,
    "lith",
    "Lithium: narrow therapeutic index, renally cleared; clearance rises in the second trimester and falls "
    "abruptly after delivery; Ebstein's anomaly reported - noted for this pregnancy.",
    "a drug monograph with 'this pregnancy' appended",
    disguise=bidi,
)
ok(
    "ph-lith-narrow-index-so",
    PH,
    "lith",
    "Lithium has a narrow therapeutic index and clearance falls after delivery, so in this pregnancy her "
    "levels are weekly from 36/40 and within 24 hours of birth, the baby has a paediatric review, and she "
    "bottle feeds.",
    "pharmacology applied to this case",
)
bad(
    "ph-valp-licence",
    PH,
    "valp",
    "Sodium valproate: contraindicated in pregnancy for epilepsy unless there is no suitable alternative; "
    "about 10% risk of malformations and up to 40% of neurodevelopmental disorders; applies to this "
    "pregnancy.",
    "licence and rates, with 'applies to this pregnancy'",
    disguise=shy,
)
bad(
    "ph-quet-h1",
    PH,
    "quet",
    "Quetiapine: atypical antipsychotic; H1 antagonism gives marked sedation, peaking at 1 to 2 hours; "
    "relevant to this baby's household.",
    "pharmacology with 'this household' appended",
)
ok(
    "ph-quet-h1-so",
    PH,
    "quet",
    "Quetiapine's antihistamine effect sedates the father heavily for hours after his 10 pm dose, so he "
    "never sleeps with the baby on a bed or sofa and does no night feeds; the HV keeps checking.",
    "pharmacology applied to this baby's nights",
)
bad(
    "ph-cit-qt",
    PH,
    "cit",
    "Citalopram: SSRI licensed for depression and panic disorder; QT prolongation above 40 mg; PPHN about 3 "
    "per 1,000 exposed pregnancies - for this pregnancy.",
    "a monograph with 'for this pregnancy'",
)
bad(
    "ph-dzp-gaba",
    PH,
    "dzp",
    "Diazepam: benzodiazepine, GABA-A modulator, half-life up to 100 hours with active metabolite; "
    "pregabalin: gabapentinoid, renally excreted - both pertinent to this postnatal period.",
    "pharmacology of both medicines, 'this postnatal period' appended",
    disguise=cyr,
)
ok(
    "ph-dzp-gaba-so",
    PH,
    "dzp",
    "Diazepam's long half-life and pregabalin's sedation add up, so in this placement she never shares a bed "
    "or sofa with the baby, the foster carer does night feeds, and the baby is watched for withdrawal until "
    "day 8.",
    "pharmacology applied to the baby's care",
)

# ============================================================================================================
# wrong-stage: an antenatal birth plan in a postnatal record.

bad(
    "ws-dzp-birth-plan-36",
    WS,
    "dzp",
    "Diazepam and pregabalin continue to delivery. At 36/40 the birth plan will say the baby needs NAS "
    "observation; anaesthetic review before labour; she must not co-sleep after the birth.",
    "a birth plan for a baby already born on 8 June",
)
ok(
    "ws-dzp-was-planned-now",
    WS,
    "dzp",
    "Diazepam and pregabalin were reviewed at 36/40 and continue. Now the baby is born: watch for late "
    "withdrawal until day 8, the foster carer does night feeds, and no bed or sofa sharing for the mother.",
    "antenatal history, then the postnatal plan",
)
bad(
    "ws-quet-before-baby-arrives",
    WS,
    "quet",
    "The father's quetiapine: the birth plan at 36 weeks will say he does not stay overnight on the "
    "labour ward after his dose; the parents will buy a crib before the baby arrives.",
    "an antenatal plan in a record made after the birth",
    disguise=greek,
)
ok(
    "ws-quet-now-home",
    WS,
    "quet",
    "The father's quetiapine: since the birth he has done no night feeds after his dose and never shares a "
    "bed or sofa with the baby; the crib is on the mother's side, seen by the HV at the new birth visit.",
    "the postnatal plan",
)
bad(
    "ws-fo-antenatal-booking",
    WS,
    "fo",
    "Diazepam and pregabalin continue through the rest of pregnancy. Delivery at Castleford with neonatal "
    "team aware; pre-birth conference to decide placement; safe sleep to be taught in the antenatal class.",
    "the overall conclusion plans a pregnancy that has ended",
)
bad(
    "ws-po-antenatal",
    WS,
    "po",
    "Paracetamol is fine in pregnancy. The father's quetiapine: at the 34-week visit the midwife will "
    "discuss where the baby will sleep once born, and a crib will be ordered.",
    "antenatal planning in a postnatal record",
)
ok(
    "ws-po-postnatal",
    WS,
    "po",
    "Paracetamol raises no concern for breastfeeding. The father's quetiapine sedates him at night: no bed "
    "or sofa sharing with him, no night feeds after his dose; the crib on the mother's side was seen safe and "
    "the HV keeps checking.",
    "the postnatal overall plan",
    disguise=cyr,
)
bad(
    "ws-dzp-nwp-at-delivery",
    WS,
    "dzp-nwp",
    "At delivery the neonatal team will be told; observation to be planned at the 36-week visit.",
    "a withdrawal plan for a birth that has happened, deferred to a visit that will not come",
)

# ============================================================================================================
# sibling: the plan is for an older child.

bad(
    "sb-meth-3yo-proceedings",
    SB,
    "meth",
    "Methadone continues. Her three-year-old is in care proceedings: he stays with the maternal "
    "grandmother, contact is supervised twice a week, and the final hearing is listed for June.",
    "the plan is for the sibling",
)
ok(
    "sb-meth-3yo-plus-baby",
    SB,
    "meth",
    "Methadone 60 mg continues. Her three-year-old stays with the grandmother under the care proceedings. "
    "For this baby: NAS scoring for 72 hours on the ward, breastfeeding supported, and no co-sleeping after "
    "her dose.",
    "the sibling noted, the baby planned",
    disguise=zwsp,
)
bad(
    "sb-fo-6yo-kinship",
    SB,
    "fo",
    "Diazepam and pregabalin continue. Her son, aged 6, remains in kinship care under a care order; the social "
    "worker will arrange supervised contact at the family centre and a parenting assessment for him.",
    "the overall plan is for her older son",
)
ok(
    "sb-fo-6yo-plus-baby",
    SB,
    "fo",
    "Diazepam and pregabalin continue. Her 6-year-old remains in kinship care. For the baby in the placement: "
    "the foster carer does night feeds, no bed or sofa sharing for the mother, and withdrawal is watched to "
    "day 8.",
    "the sibling noted, the baby planned",
)
bad(
    "sb-mo-sister-school",
    SB,
    "mo",
    "Methadone and sertraline continue. The older sister (7) is on a child protection plan for neglect: "
    "school nurse to monitor attendance and weight, and the core group meets monthly.",
    "the overall plan is for the sister",
    disguise=cyr,
)
bad(
    "sb-dzp-toddler-section-20",
    SB,
    "dzp",
    "Diazepam and pregabalin: her toddler, accommodated under section 20, must not be left with her when she "
    "is drowsy, and contact is in the daytime only.",
    "sedation planned for the toddler's contact, not the newborn",
)
ok(
    "sb-dzp-toddler-and-baby",
    SB,
    "dzp",
    "Diazepam and pregabalin continue. Contact with her toddler is daytime only, and for the newborn the "
    "same applies: she never shares a bed or sofa with the baby, the foster carer does nights, and "
    "withdrawal is watched to day 8.",
    "both children planned",
)
bad(
    "sb-quet-stepson",
    SB,
    "quet",
    "The father's quetiapine: his 9-year-old son from a previous relationship no longer stays over on "
    "weekends, as agreed with the child's mother and his social worker.",
    "the safety plan is for his older son",
)

# ============================================================================================================
# wrong-medicine: a joint or overall conclusion decides for one of its medicines only.

bad(
    "wm-dzp-pregabalin-only",
    WM,
    "dzp",
    "Diazepam and pregabalin reviewed together. Pregabalin continues at 150 mg bd; it sedates, so she must "
    "not co-sleep or feed lying down, and the baby may withdraw up to day 8.",
    "diazepam named only in the heading; the decision is pregabalin's",
)
ok(
    "wm-dzp-both",
    WM,
    "dzp",
    "Diazepam and pregabalin both continue (5 mg tds, 150 mg bd); together they sedate, so she must not "
    "co-sleep or feed lying down, and the baby may withdraw up to day 8.",
    "both medicines decided",
    disguise=fw,
)
bad(
    "wm-mo-sertraline-only",
    WM,
    "mo",
    "Methadone and sertraline reviewed. Sertraline continues unchanged; the maternity team watch the baby "
    "for adaptation after birth and breastfeeding is supported.",
    "methadone is named and left undecided",
)
ok(
    "wm-mo-both",
    WM,
    "mo",
    "Methadone and sertraline continue unchanged. The baby is scored for NAS for 72 hours and watched for "
    "SSRI adaptation; breastfeeding supported; no co-sleeping after her methadone.",
    "both decided",
    disguise=zwsp,
)
bad(
    "wm-fo-diazepam-only",
    WM,
    "fo",
    "On diazepam and pregabalin. Diazepam is reduced by 1 mg a fortnight under the GP; it sedates, so no "
    "bed or sofa sharing, the foster carer does night feeds, and the baby is watched for withdrawal to day 8.",
    "pregabalin is only on her list; nothing decided for it",
)
bad(
    "wm-mo-methadone-only",
    WM,
    "mo",
    "Methadone and sertraline: methadone 60 mg continues with 72 hours of NAS scoring for the baby and no "
    "co-sleeping; breastfeeding encouraged.",
    "sertraline named only as a heading word",
)
ok(
    "wm-mo-methadone-and-sert",
    WM,
    "mo",
    "Methadone 60 mg continues with 72 hours of NAS scoring for the baby and no co-sleeping; sertraline "
    "100 mg continues too, with the baby watched for adaptation; breastfeeding encouraged.",
    "both decided",
)
bad(
    "wm-dzp-diazepam-taper-pregabalin-aside",
    WM,
    "dzp",
    "Alongside pregabalin, diazepam is tapered by 2 mg a week; she must not share a bed with the baby and "
    "the baby is scored for withdrawal until day 8.",
    "pregabalin only in an aside",
)

# ============================================================================================================
# unendorsed: views attributed to a named source, never adopted.

bad(
    "ue-meth-drug-service-feels",
    UE,
    "meth",
    "The drug service feels methadone 60 mg should continue and that the baby will probably need NAS "
    "observation; the family nurse thinks co-sleeping is best avoided and breastfeeding might be fine.",
    "others' views reported; the author decides nothing",
    disguise=shy,
)
ok(
    "ue-meth-i-agree",
    UE,
    "meth",
    "I agree with the drug service: methadone 60 mg continues, the baby is observed for NAS for 72 hours, "
    "no co-sleeping after her dose, and breastfeeding is supported.",
    "the source's view adopted",
)
bad(
    "ue-valp-neuro-view",
    UE,
    "valp",
    "Neurology is of the view that valproate should continue until clinic; fetal medicine would like to see "
    "her; the epilepsy nurse wonders about folic acid.",
    "views and wishes of others",
)
ok(
    "ue-valp-on-neuro-advice",
    UE,
    "valp",
    "On neurology's advice valproate continues until clinic and is not stopped abruptly; I have referred her "
    "to fetal medicine for detailed scans of the baby and started folic acid 5 mg.",
    "advice acted on by the author",
    disguise=bidi,
)
bad(
    "ue-lith-psychiatrist-opinion",
    UE,
    "lith",
    "The perinatal psychiatrist's opinion is that lithium should continue and that the baby might benefit "
    "from a paediatric review; the obstetrician is not sure about breastfeeding.",
    "opinions reported, the feeding question left open",
)
bad(
    "ue-quet-cpn-feels",
    UE,
    "quet",
    "His CPN feels the father's quetiapine is fine and that he can probably manage night feeds; the mother "
    "reports the crib is next to her.",
    "an unendorsed view that also loosens the baby's safety",
)
ok(
    "ue-quet-cpn-but-hv",
    UE,
    "quet",
    "His CPN reports he is stable on quetiapine 300 mg, but it still sedates him at night: he does no night "
    "feeds after his dose and never shares a bed or sofa with the baby; the HV checks the crib.",
    "the source's report, then a decision",
)
bad(
    "ue-cit-psychiatry-suggests",
    UE,
    "cit",
    "Psychiatry suggests citalopram continue; the paediatric team has said the baby may need watching; the "
    "infant feeding lead is supportive of breastfeeding.",
    "three reported stances, none adopted",
    disguise=greek,
)
bad(
    "ue-dzp-social-worker-believes",
    UE,
    "dzp",
    "The social worker believes diazepam and pregabalin are best continued, and the foster carer is of the "
    "opinion that the baby should sleep in her room; the HV feels withdrawal is unlikely.",
    "views of others, including a dismissal of withdrawal",
)
ok(
    "ue-dzp-agreed-at-meeting",
    UE,
    "dzp",
    "Agreed with the social worker and foster carer: diazepam and pregabalin continue, the baby sleeps in "
    "the cot in the foster carer's room with no bed or sofa sharing, and the baby is watched for withdrawal "
    "to day 8.",
    "an agreement that decides",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F94CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F94CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F94CASES):3}"
    )
