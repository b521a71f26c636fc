"""A thirty-fourth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, ninth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About six in seven are GOOD records, whose conclusions (or concern answers) a
strict reader might wrongly set aside; each shape has a minimal hollow twin with the substance removed, which must
be refused. The shapes, one category each:

* previous-pregnancy: a previous pregnancy or baby is mentioned, then the decision for this one;
* general-fact: a general fact about the medicine or its class, then the decision for this baby;
* team-meeting: the team, the service or a meeting is mentioned, then what happens for this baby;
* talk-agreed: a talk happened AND what was agreed, in conclusions and in the items ("Discussed at booking: she
  will ...");
* other-medicines: a planned start, a switch considered, or a medicine stopped before pregnancy named beside the
  current ones;
* family-carers: grandparents, sisters, aunts and partners named as the ones who do the baby's care;
* shorthand: NAS, SCBU, HV, MW, SW, FC, CP plan, BF, EBM, obs, FNP, r/v, nocte, and medicine names shortened only as
  clinicians write them (Li, Na valproate, diaz);
* short-complete: two short sentences that still decide everything;
* bullets: hyphen, bullet-character, asterisk and numbered lists over new lines;
* nations: Welsh and Scottish NHS terms (health boards, Flying Start, Healthy Child Wales, GIRFEC, named person,
  Child's Plan, Ysbyty Gwynedd);
* pointer-after: a pointer to another letter AFTER a full decision.

Each assessment's own items answer its concerns, so only the text mutated is judged. Medicines named here are
real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are
listed there (strict xfail). Run ``python -m tests.redteam.fresh34_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F34CASES: list[Case] = []

CATEGORIES = (
    "previous-pregnancy",
    "general-fact",
    "team-meeting",
    "talk-agreed",
    "other-medicines",
    "family-carers",
    "shorthand",
    "short-complete",
    "bullets",
    "nations",
    "pointer-after",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F34CASES.append(Case(f"f34-{name}", category, expect, base, mutate, why))


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


def item(assessment: str, path: str) -> Callable[[str], Mutation]:
    """A setter for one concern item of an assessment."""

    def setter(text: str) -> Mutation:
        return set_(f"assessments#{assessment}.{path}", text)

    return setter


meth_bf = item("asm-methadone", "impact_on_baby.breastfeeding")
meth_ss = item("asm-methadone", "impact_on_mother.safe_sleep")
meth_nwp = item("asm-methadone", "impact_on_baby.neonatal_withdrawal_plan")
quet_ss = item("asm-partner-quetiapine", "impact_on_mother.safe_sleep")
cital_bf = item("asm-citalopram", "impact_on_baby.breastfeeding")
cital_nwp = item("asm-citalopram", "impact_on_baby.neonatal_withdrawal_plan")
dzpg_ss = item("asm-diazepam-pregabalin", "impact_on_mother.safe_sleep")
lith_bf = item("asm-lithium", "impact_on_baby.breastfeeding")

ZW = "\u200b"
SHY = "\u00ad"

# Rows in _GOOD[category], (name, base, mutation, why), must pass; rows in _CONTROLS, (name, category, base,
# mutation, why), must be refused.
_GOOD: dict[str, list[tuple[str, str, Mutation, str]]] = {}

_GOOD["previous-pregnancy"] = [
    (
        "pp-meth-last-baby-morphine",
        M,
        meth(
            "In her last pregnancy the baby needed oral morphine on SCBU for withdrawal, so this baby will be scored on "
            "the postnatal ward for at least 72 hours with a low threshold for SCBU; methadone stays at 60 mg and there "
            "is no co-sleeping after her dose."
        ),
        "a previous baby's withdrawal as the reason for this baby's watch",
    ),
    (
        "pp-sert-stopped-first",
        M,
        sert(
            "Sertraline was stopped in her first pregnancy and she became severely depressed; this time it continues at "
            "100 mg, the midwife will watch the newborn for adaptation signs for 48 hours, and breastfeeding is "
            "encouraged."
        ),
        "a previous pregnancy's relapse, then this pregnancy's decision",
    ),
    (
        "pp-lith-first-baby-drowsy",
        L,
        lith(
            "Her first baby was breastfed on lithium and became drowsy with a high level; this baby will be formula "
            "fed, lithium continues at 800 mg, and the paediatrician reviews the baby within a day of birth."
        ),
        "a first baby's toxicity, then feeding and review for this baby",
    ),
    (
        "pp-valp-son-2019",
        V,
        valp(
            "Her son, born in 2019 after valproate exposure, has developmental delay; for this pregnancy valproate "
            "continues only until neurology reviews it this week, she must not stop it suddenly, and the baby needs a "
            "detailed fetal anomaly scan."
        ),
        "an older child's outcome, then the plan for this pregnancy",
    ),
    (
        "pp-dzpg-sofa-before",
        F,
        dzpg(
            "With her previous baby she fell asleep feeding on the sofa; for this baby, while diazepam and pregabalin "
            "continue, the foster carer gives every night feed, she never feeds lying down or shares a sofa or bed, "
            "and withdrawal is watched for until day 8."
        ),
        "a previous near miss, then this baby's safe sleep",
    ),
    (
        "pp-quet-armchair",
        P,
        quet(
            "After their first child was born he did night feeds on quetiapine and dozed off in the armchair holding "
            "her; this time he does no night feeds after his dose, and the baby sleeps in the crib beside the mother."
        ),
        "the older child's near miss, then who does nights now",
    ),
    (
        "pp-cital-jittery-day",
        C,
        cital(
            "Her first baby was jittery for a day on citalopram and settled without treatment; this baby will be "
            "watched by the midwife for the same signs for 48 hours, citalopram continues, and breastfeeding is fine."
        ),
        "a first baby's mild adaptation, then this baby's watch",
    ),
    (
        "pp-overall-m-readmitted",
        M,
        overall(
            "In 2021 her first baby went home on day 3 and was readmitted with late withdrawal; this time, with "
            "methadone and sertraline unchanged, the baby stays on the ward for at least 5 days and the health visitor "
            "checks on day 8. Breastfeeding is encouraged; no co-sleeping after her dose."
        ),
        "an earlier readmission as the reason for a longer stay",
    ),
    (
        "pp-overall-c-uneventful",
        C,
        overall(
            "Her last pregnancy on citalopram was uneventful for the baby; citalopram continues at 20 mg, the midwife "
            "watches this baby for adaptation signs for 48 hours, breastfeeding is supported, and the GP reviews her "
            "mood at six weeks."
        ),
        "an uneventful previous pregnancy, then the same plan for this one",
    ),
    (
        "pp-lith-cyrillic",
        L,
        lith(
            homoglyphs(
                "In her second pregnancy lithium was stopped and she was admitted with psychosis; lithium now continues, "
                "the baby is reviewed by the paediatrician after birth and bottle fed.",
                "aeo",
            )
        ),
        "previous pregnancy then decision, in Cyrillic look-alikes",
    ),
]

_GOOD["general-fact"] = [
    (
        "gf-meth-crosses-therefore",
        M,
        meth(
            "Methadone crosses the placenta and about half of exposed babies need treatment for withdrawal; this baby "
            "will therefore be scored on the ward for 72 hours, breastfeeding on her stable dose is encouraged, and she "
            "will not co-sleep."
        ),
        "a general rate, then 'therefore' and this baby's plan",
    ),
    (
        "gf-sert-tiny-milk",
        M,
        sert(
            "SSRIs such as sertraline pass into breast milk only in tiny amounts, so she can breastfeed; the baby will "
            "be watched for jitteriness in the first two days and sertraline continues at 100 mg."
        ),
        "a class fact about milk, then the verdict for her baby",
    ),
    (
        "gf-lith-half-level",
        L,
        lith(
            "Lithium reaches breast milk at up to half the maternal level, so this baby will be formula fed; lithium "
            "continues, and the baby has a paediatric review after birth."
        ),
        "a fact about milk, then the feeding decision",
    ),
    (
        "gf-valp-most-teratogenic",
        V,
        valp(
            "Valproate is the most teratogenic antiepileptic; as this baby was exposed through the first trimester, a "
            "detailed anomaly scan is needed, and valproate must not be stopped suddenly before neurology reviews her."
        ),
        "a general fact, then this baby's scan",
    ),
    (
        "gf-dzpg-additive",
        F,
        dzpg(
            "Benzodiazepines and gabapentinoids add to each other's sedation; with diazepam and pregabalin together she "
            "must not share a bed or sofa with the baby, the foster carer does night feeds, and the baby is watched "
            "for withdrawal to day 8."
        ),
        "a class interaction, then the rules for this baby",
    ),
    (
        "gf-quet-deep-sleep",
        P,
        quet(
            "Quetiapine at night causes deep sleep for several hours; for this family that means the father does no "
            "night feeds after his dose and never has the baby in his bed or on the sofa with him."
        ),
        "a drug fact, then 'for this family'",
    ),
    (
        "gf-cital-most-data",
        C,
        cital(
            "Citalopram is among the SSRIs with the most pregnancy data; it continues at 20 mg, the midwife watches the "
            "baby for adaptation signs for 48 hours, and breastfeeding is supported."
        ),
        "a reassurance fact, then the plan",
    ),
    (
        "gf-overall-f-late-onset",
        F,
        overall(
            "Withdrawal from diazepam and pregabalin can begin late in newborns, so this baby is watched by the foster "
            "carer and health visitor until day 8; both medicines continue, and the mother must not co-sleep or feed "
            "lying down."
        ),
        "late onset in general, then this baby's watch",
    ),
    (
        "gf-overall-p-sids",
        P,
        overall(
            "Co-sleeping with a sedated adult is a known cause of sudden infant death; the father takes quetiapine at "
            "night, so he must not share a bed, sofa or armchair with the baby and does no night feeds after his dose."
        ),
        "an epidemiological fact, then the rule for this father",
    ),
    (
        "gf-overall-l-clearance",
        L,
        overall(
            "Kidneys clear lithium faster in pregnancy and slower straight after birth; Priadel continues with levels "
            "weekly from 36 weeks and within 24 hours of delivery, the baby has a paediatric review, and she will bottle "
            "feed."
        ),
        "physiology in general, then the level plan and the baby",
    ),
]

_GOOD["team-meeting"] = [
    (
        "tm-meth-prebirth-agreed",
        M,
        meth(
            "The pre-birth planning meeting on 10 March agreed: methadone stays at 60 mg, the baby stays on the "
            "postnatal ward for 72 hours of withdrawal scoring, breastfeeding is encouraged, and the cot is checked "
            "before discharge because she is drowsy after her dose."
        ),
        "a meeting, then what it decided for the baby",
    ),
    (
        "tm-sert-pmh-advise",
        M,
        sert(
            "The perinatal mental health team, who saw her on Tuesday, advise that sertraline continues; the baby will "
            "be observed for jitteriness and feeding difficulty for 48 hours after birth, and breastfeeding is "
            "supported."
        ),
        "the team's advice spelt out",
    ),
    (
        "tm-lith-joint-clinic",
        L,
        lith(
            "At the joint obstetric and psychiatry clinic we agreed lithium continues; the baby will be delivered in "
            "hospital, reviewed by the paediatrician within 24 hours, and formula fed."
        ),
        "a clinic, then the plan",
    ),
    (
        "tm-valp-mdt-thursday",
        V,
        valp(
            "The epilepsy MDT meets on Thursday to plan any switch, but valproate must not be stopped before then; the "
            "baby has been exposed since conception, so a detailed anomaly scan is booked with fetal medicine."
        ),
        "a future meeting beside a full decision",
    ),
    (
        "tm-dzpg-core-group",
        F,
        dzpg(
            "The core group, with the social worker, foster carer and health visitor, holds this plan: diazepam and "
            "pregabalin continue unchanged for now, the mother never sleeps with the baby on a bed or sofa, the foster "
            "carer does night feeds, and the baby is watched for withdrawal until day 8."
        ),
        "the core group named, then the plan it holds",
    ),
    (
        "tm-quet-service-clinic",
        P,
        quet(
            "Our health visiting service runs a safe sleep clinic; for this family, the father's quetiapine means he "
            "must not take the baby into bed or onto the sofa, and the mother does the night feeds with the crib on her "
            "side."
        ),
        "the service described, then this family's rule",
    ),
    (
        "tm-cital-perinatal-lead",
        C,
        cital(
            "Our practice's perinatal lead reviewed this with me: citalopram continues at 20 mg; the midwife will watch "
            "the baby for adaptation signs for two days, and breastfeeding can continue."
        ),
        "a colleague, then the plan",
    ),
    (
        "tm-overall-f-discharge",
        F,
        overall(
            "The discharge planning meeting on the ward agreed: diazepam and pregabalin continue; the baby sleeps in "
            "the foster carer's room and the foster carer does nights; no co-sleeping with the mother; watch for late "
            "withdrawal until day 8."
        ),
        "a meeting's agreement spelt out",
    ),
    (
        "tm-overall-l-perinatal-mdt",
        L,
        overall(
            "The perinatal MDT, with obstetrics and neonates, agreed that lithium continues with a level within 24 "
            "hours of birth; the baby has a paediatric review and observation for poor feeding and floppiness, and will "
            "be bottle fed."
        ),
        "an MDT's decision spelt out",
    ),
    (
        "tm-meth-zero-width",
        M,
        meth(
            inside_words(
                "The drug service keyworker and I agree that methadone continues at 60 mg; the baby will be scored for "
                "withdrawal for 72 hours, she may breastfeed, and the baby sleeps in a cot, never her bed.",
                ZW,
                every=3,
            )
        ),
        "the service then the plan, with zero-width spaces inside words",
    ),
]

_GOOD["talk-agreed"] = [
    (
        "ta-meth-bf-booking",
        M,
        meth_bf("Discussed at booking: she will breastfeed, which is safe on her stable methadone dose."),
        "item: a talk, then what she will do",
    ),
    (
        "ta-meth-ss-both-parents",
        M,
        meth_ss(
            "Discussed with both parents at 28 weeks: the baby will sleep in a cot in their room, never in their bed "
            "or on the sofa after her dose."
        ),
        "item: a talk, then where the baby sleeps",
    ),
    (
        "ta-meth-nwp-32-weeks",
        M,
        meth_nwp(
            "Talked through at the 32-week clinic: the baby stays on the postnatal ward for at least 72 hours of "
            "withdrawal scoring, and the health visitor checks for late signs to day 8."
        ),
        "item: a talk, then the observation plan",
    ),
    (
        "ta-quet-ss-new-birth",
        P,
        quet_ss(
            "Agreed with Chloe and Daniel at the new birth visit: he does no night feeds after his dose and the baby "
            "sleeps in the crib on her side, never in bed or on the sofa with him."
        ),
        "item: agreed, then what was agreed",
    ),
    (
        "ta-cital-bf-28-weeks",
        C,
        cital_bf(
            "Discussed at 28 weeks: she plans to breastfeed, which is fine on citalopram; the midwife will check the "
            "baby is feeding well and not drowsy."
        ),
        "item: a talk, then the feeding plan",
    ),
    (
        "ta-cital-nwp-explained",
        C,
        cital_nwp(
            "Explained at the antenatal visit: the midwife will watch the baby for jitteriness, poor feeding and fast "
            "breathing for 48 hours, with a paediatric review if signs persist."
        ),
        "item: explained, then the watch",
    ),
    (
        "ta-dzpg-ss-gone-through",
        F,
        dzpg_ss(
            "Gone through with her and the foster carer on the ward: she never shares a bed, sofa or armchair with the "
            "baby, and the foster carer does every night feed."
        ),
        "item: a talk, then the rules",
    ),
    (
        "ta-meth-concl-booking",
        M,
        meth(
            "We talked the plan through at booking and agreed it: methadone stays at 60 mg, the baby is scored for "
            "withdrawal for at least 72 hours, and she will breastfeed and use the cot, never her bed."
        ),
        "conclusion: a talk and what was agreed",
    ),
    (
        "ta-lith-concl-partner",
        L,
        lith(
            "Discussed with Rebecca and her partner: lithium continues at 800 mg, the baby is reviewed by the "
            "paediatrician after birth, and they have chosen formula feeding."
        ),
        "conclusion: a talk and its outcome",
    ),
    (
        "ta-overall-v-urgent",
        V,
        overall(
            "Discussed at today's urgent appointment, and she agreed: valproate continues until neurology see her this "
            "week and must not be stopped abruptly; the baby needs a detailed anomaly scan; folic acid 5 mg started."
        ),
        "overall: a talk and what was agreed",
    ),
    (
        "ta-lith-bf-full-width",
        L,
        lith_bf(
            full_width("Discussed at 30 weeks: she will bottle feed, because lithium in breast milk can harm the baby.")
        ),
        "item: a talk and the decision, in full-width letters",
    ),
]

_GOOD["other-medicines"] = [
    (
        "om-valp-lamotrigine-next-week",
        V,
        valp(
            "Valproate continues for now and must not be stopped abruptly; neurology plan a switch to lamotrigine, to "
            "be started next week; the baby needs a detailed anomaly scan because of first-trimester exposure."
        ),
        "a planned start named beside the current medicine",
    ),
    (
        "om-sert-fluoxetine-stopped",
        M,
        sert(
            "She stopped fluoxetine before this pregnancy because of insomnia; sertraline continues at 100 mg, the "
            "midwife will watch the baby for adaptation for 48 hours, and breastfeeding is fine."
        ),
        "a medicine stopped before pregnancy",
    ),
    (
        "om-lith-olanzapine-stopped",
        L,
        lith(
            "Olanzapine was stopped before conception; lithium alone continues, the baby will have a paediatric review "
            "after birth, and bottle feeding is agreed."
        ),
        "a medicine stopped before conception",
    ),
    (
        "om-meth-came-off-bupe",
        M,
        meth(
            "She came off buprenorphine before this pregnancy and methadone 60 mg continues; the baby is observed for "
            "withdrawal for at least 72 hours, breastfeeding is encouraged, and no co-sleeping after a dose."
        ),
        "a previous substitute stopped before pregnancy",
    ),
    (
        "om-dzpg-zopiclone-not-restart",
        F,
        dzpg(
            "Zopiclone was stopped in pregnancy and must not be restarted; diazepam and pregabalin continue, the mother "
            "must not share a bed or sofa with the baby, and the baby is watched for withdrawal until day 8."
        ),
        "a stopped medicine that must not be restarted",
    ),
    (
        "om-cital-switched-from-sert",
        C,
        cital(
            "She switched from sertraline to citalopram two years before this pregnancy; citalopram continues at 20 mg, "
            "the midwife will watch the baby for adaptation signs for 48 hours, and breastfeeding is supported."
        ),
        "switched from one medicine to the listed one",
    ),
    (
        "om-quet-mirtazapine-stopped",
        P,
        quet(
            "He stopped mirtazapine last year; his quetiapine continues at night, so he does no night feeds after his "
            "dose and never sleeps with the baby on the sofa or in bed."
        ),
        "a partner's stopped medicine",
    ),
    (
        "om-overall-m-diazepam-stopped",
        M,
        overall(
            "Methadone and sertraline continue unchanged; she stopped diazepam before pregnancy and must not restart "
            "it. The baby needs at least 72 hours of withdrawal observation, breastfeeding is encouraged, and no "
            "co-sleeping after her dose."
        ),
        "a stopped benzodiazepine beside the current medicines",
    ),
    (
        "om-overall-l-lamotrigine-rejected",
        L,
        overall(
            "Lithium continues; a switch to lamotrigine was considered and rejected because of her relapse history. "
            "The baby has a paediatric review after birth and will be bottle fed; a lithium level within 24 hours of "
            "birth."
        ),
        "a switch considered and rejected",
    ),
    (
        "om-overall-c-sert-2023",
        C,
        overall(
            "Citalopram 20 mg continues; sertraline was stopped in 2023. The baby will be watched for adaptation signs "
            "for 48 hours by the midwife and breastfeeding is supported."
        ),
        "a medicine stopped years ago",
    ),
    (
        "om-overall-v-levetiracetam-if",
        V,
        overall(
            "Valproate continues unchanged and must not be stopped abruptly; if neurology switch her, levetiracetam "
            "will be started under their care. The unborn baby needs an early detailed anomaly scan; folic acid 5 mg "
            "started."
        ),
        "a possible future start named",
    ),
]

_GOOD["family-carers"] = [
    (
        "fc-meth-mother-moves-in",
        M,
        meth(
            "Methadone continues at 60 mg; her mother will move in for the first month and do the night feeds after the "
            "evening dose, the baby sleeps in his own cot, and the ward scores him for withdrawal for 72 hours."
        ),
        "her mother as the night carer",
    ),
    (
        "fc-quet-grandmother-late-shifts",
        P,
        quet(
            "The father's quetiapine means he must not do night feeds; the mother and, on her late shifts, the paternal "
            "grandmother do them, and the baby sleeps in a crib, never in the father's bed or on the sofa."
        ),
        "a grandmother does the nights",
    ),
    (
        "fc-dzpg-carers-daughter",
        F,
        dzpg(
            "Diazepam and pregabalin continue; the foster carer and her adult daughter share the night feeds, the "
            "mother never sleeps with the baby on a bed or sofa, and both carers watch for late withdrawal until day 8."
        ),
        "the foster carer's daughter shares care",
    ),
    (
        "fc-lith-sister-night-bottles",
        L,
        lith(
            "Lithium continues; her sister will stay for the first two weeks to give night bottles so that Rebecca "
            "sleeps, which protects against relapse, and the baby is reviewed by the paediatrician and formula fed."
        ),
        "a sister gives night bottles",
    ),
    (
        "fc-sert-aunt-midwife",
        M,
        sert(
            "Sertraline continues; her aunt, a retired midwife, will help her establish breastfeeding, and the baby "
            "will be watched for jitteriness and poor feeding for 48 hours after birth."
        ),
        "an aunt supports feeding",
    ),
    (
        "fc-cital-mil-2am",
        C,
        cital(
            "Citalopram continues at 20 mg; her partner's mother will give the 2 am feed with expressed milk so she can "
            "rest, the midwife will watch the baby for adaptation signs for 48 hours, and breastfeeding is otherwise "
            "supported."
        ),
        "the partner's mother gives a feed",
    ),
    (
        "fc-valp-husband-bath",
        V,
        valp(
            "Valproate must not be stopped abruptly; her husband will bath the baby and her mother will stay for the "
            "first week in case of a seizure, and the unborn baby needs a detailed anomaly scan at fetal medicine."
        ),
        "the husband and mother as carers around seizure risk",
    ),
    (
        "fc-overall-p-grandma",
        P,
        overall(
            "The father's quetiapine sedates him heavily at night; grandma does the night feeds when the mother works, "
            "the baby never sleeps with the father in bed or on the sofa, and the health visitor checks the crib."
        ),
        "'grandma' does the night feeds",
    ),
    (
        "fc-overall-f-carers-husband",
        F,
        overall(
            "Diazepam and pregabalin continue; the foster carer's husband gives the early morning feed, the mother never "
            "shares a bed or sofa with the baby, and late withdrawal is watched for until day 8."
        ),
        "the foster carer's husband gives a feed",
    ),
    (
        "fc-overall-m-nan",
        M,
        overall(
            "Methadone and sertraline continue; her nan will stay for the first fortnight and do the night feeds while "
            "she is drowsy after her dose, the baby is observed for withdrawal for 72 hours, and breastfeeding is "
            "supported."
        ),
        "'her nan' as the night carer",
    ),
]

_GOOD["shorthand"] = [
    (
        "sh-meth-nas-pnw",
        M,
        meth(
            "Methadone 60 mg OD continues. Baby for NAS obs on PNW for at least 72 h, SCBU if scores rise; HV to check "
            "for late signs to D8. BF encouraged; no co-sleeping post-dose, cot seen by MW."
        ),
        "NAS, PNW, SCBU, HV, BF, MW, OD",
    ),
    (
        "sh-sert-pphn",
        M,
        sert(
            "Sertraline 100 mg continues (relapse risk). MW to obs baby for poor neonatal adaptation and PPHN signs for "
            "first 48 h; BF fine."
        ),
        "MW, obs, PPHN, BF",
    ),
    (
        "sh-lith-li-levels",
        L,
        lith(
            "Li continues; levels 4-weekly, weekly from 36/40 and within 24 h of delivery. Baby: paeds r/v at birth, "
            "obs for floppiness and poor feeding, TFTs if signs. Formula feeding, not BF."
        ),
        "'Li', r/v, TFTs, 36/40",
    ),
    (
        "sh-valp-na-valproate",
        V,
        valp(
            "Na valproate: do not stop abruptly (seizure risk). Baby exposed in T1: FMU referral for detailed anomaly "
            "scan; urgent neuro r/v re switch. Folic acid 5 mg started."
        ),
        "'Na valproate', T1, FMU, neuro r/v",
    ),
    (
        "sh-dzpg-diaz-taper",
        F,
        dzpg(
            "Diazepam and pregabalin continue for now, slow diaz taper from the 6/52 r/v. Mum drowsy post-dose: no "
            "co-sleeping or sofa, no lying-down feeds; FC does nights. Baby: watch for late withdrawal to D8; HV and SW "
            "hold the plan."
        ),
        "'diaz', 6/52, FC, HV, SW",
    ),
    (
        "sh-quet-nocte",
        P,
        quet(
            "Dad's quetiapine 300 mg nocte: very sedated, so no co-sleeping with him (bed, sofa, chair) and no night "
            "feeds by him post-dose. Baby in SNM crib on mum's side; HV to check each visit to 8/52."
        ),
        "nocte, SNM crib, HV, 8/52",
    ),
    (
        "sh-cital-ebm",
        C,
        cital(
            "Citalopram 20 mg OD continues; MW obs for adaptation (jittery, poor feeding, tachypnoea) first 48 h; BF "
            "or EBM both fine."
        ),
        "OD, MW, obs, BF, EBM",
    ),
    (
        "sh-overall-m-cp-plan",
        M,
        overall(
            "Methadone + sertraline unchanged. Baby: NAS obs at least 72 h on PNW (SCBU if needed), SSRI adaptation obs "
            "alongside; BF encouraged, EBM if on SCBU; no co-sleeping post-dose; SW + HV to see cot pre-discharge; CP "
            "plan includes safe sleep."
        ),
        "CP plan, EBM, SW, HV",
    ),
    (
        "sh-overall-f-fnp",
        F,
        overall(
            "Diazepam/pregabalin continue. FC does night feeds; no co-sleeping or sofa with mum; baby obs for late "
            "withdrawal to D8 by FC and the FNP nurse; CP plan holds this."
        ),
        "FNP, FC, CP plan",
    ),
    (
        "sh-overall-p-hv-nbv",
        P,
        overall(
            "Dad on quetiapine nocte, heavily sedated: no bed/sofa sharing with baby, no night feeds by him. Mum does "
            "nights, baby in crib; HV checked at NBV and will recheck each contact."
        ),
        "NBV, HV, nocte",
    ),
]

_GOOD["short-complete"] = [
    (
        "sc-meth",
        M,
        meth(
            "Methadone 60 mg continues. The baby needs 72 hours of withdrawal scoring, may breastfeed, and must never "
            "share her bed."
        ),
        "two sentences with decision, watch, feeding and sleep",
    ),
    (
        "sc-sert",
        M,
        sert(
            "Sertraline 100 mg continues. Midwife to watch the baby for jitteriness for 48 hours; breastfeeding is "
            "fine."
        ),
        "two sentences",
    ),
    (
        "sc-lith",
        L,
        lith(
            "Lithium continues, with a level within 24 hours of birth. The paediatrician reviews the baby, who will be "
            "formula fed."
        ),
        "two sentences",
    ),
    (
        "sc-valp",
        V,
        valp(
            "Valproate continues until neurology review; never stop it suddenly. The exposed baby needs a detailed "
            "anomaly scan."
        ),
        "two sentences",
    ),
    (
        "sc-dzpg",
        F,
        dzpg(
            "Diazepam and pregabalin continue; no co-sleeping or lying-down feeds. The foster carer does nights and "
            "watches for withdrawal to day 8."
        ),
        "two sentences, both medicines",
    ),
    (
        "sc-quet",
        P,
        quet(
            "His quetiapine stays; he does no night feeds. The baby sleeps in the crib by the mother, never in bed or on "
            "the sofa with him."
        ),
        "two sentences",
    ),
    (
        "sc-cital",
        C,
        cital(
            "Citalopram continues at 20 mg. The midwife watches the baby for adaptation signs for 48 hours; "
            "breastfeeding is fine."
        ),
        "two sentences",
    ),
    (
        "sc-overall-m",
        M,
        overall(
            "Methadone and sertraline continue. Baby: 72 hours of withdrawal and adaptation watch, breastfeeding, cot "
            "only."
        ),
        "two sentences, both medicines",
    ),
    (
        "sc-overall-l",
        L,
        overall("Lithium continues with levels weekly from 36 weeks. Baby: paediatric review at birth, formula feeds."),
        "two sentences",
    ),
    (
        "sc-overall-p-soft-hyphen",
        P,
        overall(
            "Dad's quetiapine sedates him at night, so no night feeds or co-sleeping by him. Baby sleeps in the crib "
            "beside mum.".replace("sedates", "se" + SHY + "dates").replace("co-sleeping", "co-slee" + SHY + "ping")
        ),
        "two sentences with soft hyphens",
    ),
]

_GOOD["bullets"] = [
    (
        "bl-meth-hyphens",
        M,
        meth(
            "- Methadone 60 mg continues unchanged\n- Baby: withdrawal scoring on the ward for at least 72 hours\n"
            "- Breastfeeding encouraged\n- No co-sleeping; cot checked at the home visit"
        ),
        "hyphen bullets",
    ),
    (
        "bl-sert-dots",
        M,
        sert(
            "\u2022 Sertraline 100 mg continues (relapse risk if stopped)\n\u2022 Midwife to watch the baby for poor "
            "adaptation for 48 h\n\u2022 Breastfeeding fine"
        ),
        "bullet characters",
    ),
    (
        "bl-lith-numbered",
        L,
        lith(
            "1. Lithium continues at 800 mg.\n2. Levels weekly from 36 weeks and within 24 h of birth.\n3. Paediatric "
            "review of the baby after birth.\n4. Bottle feeding, as lithium enters breast milk."
        ),
        "a numbered list",
    ),
    (
        "bl-valp-asterisks",
        V,
        valp(
            "* Do not stop valproate abruptly: seizure risk\n* Neurology review this week about switching\n* Detailed "
            "anomaly scan for the baby at fetal medicine\n* Folic acid 5 mg daily"
        ),
        "asterisk bullets",
    ),
    (
        "bl-dzpg-header",
        F,
        dzpg(
            "Plan:\n- diazepam and pregabalin continue, slow diazepam taper from 6 weeks\n- never share a bed, sofa or "
            "armchair with the baby\n- foster carer does night feeds\n- watch for late withdrawal to day 8"
        ),
        "a header then bullets in lower case",
    ),
    (
        "bl-quet-dots",
        P,
        quet(
            "\u2022 Father on quetiapine at night, hard to wake\n\u2022 No night feeds by him after his dose\n\u2022 "
            "Baby never in bed, sofa or armchair with him\n\u2022 Crib on the mother's side"
        ),
        "bullets, no verbs in some",
    ),
    (
        "bl-cital-semicolon-lines",
        C,
        cital(
            "Citalopram:\n- continue 20 mg;\n- midwife to watch the baby for jitteriness and poor feeding for 48 h;\n"
            "- breastfeeding supported."
        ),
        "a label line and bullets ending in semicolons",
    ),
    (
        "bl-overall-f",
        F,
        overall(
            "- Diazepam and pregabalin continue\n- Mother must not co-sleep or feed lying down\n- Foster carer does "
            "night feeds\n- Late withdrawal possible until day 8: call the neonatal unit for tremor or poor feeding"
        ),
        "overall as bullets",
    ),
    (
        "bl-overall-p",
        P,
        overall(
            "\u2022 Father's quetiapine: heavy sedation at night\n\u2022 No co-sleeping with him on a bed, sofa or "
            "armchair\n\u2022 No night feeds by him after his dose\n\u2022 Health visitor checks the crib each visit"
        ),
        "overall as bullets",
    ),
    (
        "bl-overall-m-lettered",
        M,
        overall(
            "a) Methadone and sertraline continue unchanged\nb) Baby observed for withdrawal for 72 h, and for SSRI "
            "adaptation\nc) Breastfeeding supported\nd) No co-sleeping after her dose"
        ),
        "a lettered list",
    ),
]

_GOOD["nations"] = [
    (
        "na-meth-girfec",
        M,
        meth(
            "Methadone 60 mg continues from the community pharmacy; the baby will have NAS scoring in the neonatal unit "
            "for at least 72 hours, she will breastfeed, and the baby sleeps in a cot, never her bed; the named person "
            "and the Child's Plan under GIRFEC hold the safe sleep plan."
        ),
        "Scottish terms: named person, GIRFEC",
    ),
    (
        "na-lith-glan-clwyd",
        L,
        lith(
            "Lithium continues, with levels weekly from 36 weeks; she delivers at Ysbyty Glan Clwyd, where the "
            "paediatrician will review the baby for floppiness and poor feeding; bottle feeding is agreed, and Uned "
            "Gobaith will offer her a bed if she relapses."
        ),
        "Welsh hospital and unit names",
    ),
    (
        "na-valp-betsi",
        V,
        valp(
            "Valproate must not be stopped abruptly; the Betsi Cadwaladr epilepsy nurse sees her this week about a "
            "switch, and the unborn baby needs a detailed anomaly scan at the fetal medicine unit in Ysbyty Gwynedd."
        ),
        "a Welsh health board and hospital",
    ),
    (
        "na-sert-uhvp",
        M,
        sert(
            "Sertraline continues, as relapse would harm her and the baby more; the community midwife will watch the "
            "baby for jitteriness and poor feeding for 48 hours, breastfeeding is fine, and the health visitor follows "
            "the Universal Health Visiting Pathway."
        ),
        "Scottish pathway name",
    ),
    (
        "na-dzpg-childs-plan",
        F,
        dzpg(
            "Diazepam and pregabalin continue under the Child's Plan; the foster carer does the night feeds, the mother "
            "never shares a bed or sofa with the baby, and late withdrawal signs are watched for until day 8."
        ),
        "Child's Plan",
    ),
    (
        "na-quet-flying-start",
        P,
        quet(
            "The father's quetiapine leaves him heavily sedated at night, so he does no night feeds and never sleeps "
            "with the baby in bed or on the sofa; the baby sleeps in the crib by the mother, and the Flying Start health "
            "visitor checks this under the Healthy Child Wales Programme."
        ),
        "Welsh programmes",
    ),
    (
        "na-cital-health-board",
        C,
        cital(
            "Citalopram continues; the community midwife watches the baby for adaptation signs for 48 hours, "
            "breastfeeding is supported, and the health board's specialist perinatal mental health team sees her at 32 "
            "weeks."
        ),
        "a health board",
    ),
    (
        "na-overall-m-cdat",
        M,
        overall(
            "Methadone and sertraline continue; the Community Drug and Alcohol Team keeps methadone unchanged; the baby "
            "will be observed in the neonatal unit at Ysbyty Gwynedd for at least 72 hours for withdrawal; "
            "breastfeeding supported; no co-sleeping after her dose, checked by the Flying Start health visitor."
        ),
        "Welsh service and hospital names",
    ),
    (
        "na-overall-v-nhs-lothian",
        V,
        overall(
            "Valproate continues until the NHS Lothian epilepsy service sees her this week; stopping abruptly risks "
            "seizures; the unborn baby needs a detailed anomaly scan at the Simpson fetal medicine unit, and folic acid "
            "5 mg is started."
        ),
        "a Scottish board",
    ),
    (
        "na-overall-l-livingston",
        L,
        overall(
            "Lithium continues with a level within 24 hours of birth; the baby is reviewed by the paediatrician and "
            "bottle fed; if she relapses, the Mother and Baby Unit at St John's, Livingston, will admit her with the "
            "baby."
        ),
        "a Scottish mother and baby unit",
    ),
]

_GOOD["pointer-after"] = [
    (
        "pa-meth-drug-service",
        M,
        meth(
            "Methadone 60 mg continues unchanged; the baby will be scored for withdrawal on the postnatal ward for at "
            "least 72 hours, breastfeeding is supported, and no co-sleeping after her dose. The drug service letter of "
            "24 February gives her dosing history."
        ),
        "a pointer after the full decision",
    ),
    (
        "pa-sert-see-also",
        M,
        sert(
            "Sertraline continues at 100 mg because relapse is the bigger risk; the midwife will watch the baby for "
            "jitteriness and poor feeding for 48 hours, and breastfeeding is fine. See also the psychiatry letter."
        ),
        "'see also' after the decision",
    ),
    (
        "pa-lith-clinic-letter",
        L,
        lith(
            "Lithium continues, levels weekly from 36 weeks and within 24 hours of birth; the baby has a paediatric "
            "review and will be bottle fed. Details of the delivery plan are in the obstetric clinic letter."
        ),
        "a pointer to details after the decision",
    ),
    (
        "pa-valp-neurology-letter",
        V,
        valp(
            "Valproate must not be stopped suddenly; the unborn baby needs a detailed anomaly scan at fetal medicine "
            "because of first-trimester exposure. The neurology letter will follow about any switch."
        ),
        "'will follow' after the decision",
    ),
    (
        "pa-dzpg-placement-plan",
        F,
        dzpg(
            "Diazepam and pregabalin continue; the mother never shares a bed or sofa with the baby, the foster carer "
            "does nights, and withdrawal is watched for until day 8. The placement plan has the carers' contact "
            "numbers."
        ),
        "a pointer to contacts after the decision",
    ),
    (
        "pa-quet-his-gp",
        P,
        quet(
            "The father's quetiapine sedates him at night, so he does no night feeds and never shares a bed or sofa with "
            "the baby, who sleeps in the crib by the mother. His GP's letter of 2 May lists his dose."
        ),
        "a pointer to his GP letter",
    ),
    (
        "pa-cital-leaflet",
        C,
        cital(
            "Citalopram continues at 20 mg; the midwife watches the baby for adaptation signs for 48 hours, and "
            "breastfeeding is supported. The BUMPS leaflet was given for her own reading."
        ),
        "a leaflet after the plan",
    ),
    (
        "pa-overall-m-as-per-letter",
        M,
        overall(
            "Methadone and sertraline continue unchanged; the baby stays on the ward for 72 hours of withdrawal and "
            "adaptation observation, breastfeeding is supported, and no co-sleeping after her dose. Dose history as per "
            "the drug service letter."
        ),
        "'as per letter' after the decision",
    ),
    (
        "pa-overall-f-court-report",
        F,
        overall(
            "Diazepam and pregabalin continue; the mother must not co-sleep or feed lying down, the foster carer does "
            "night feeds, and late withdrawal is watched for until day 8. The social worker's court report covers contact."
        ),
        "a pointer to another document for another subject",
    ),
    (
        "pa-overall-c-see-letter",
        C,
        overall(
            "Continue citalopram 20 mg; the midwife watches the baby for adaptation signs for 48 hours, breastfeeding is "
            "supported, and the GP reviews her mood at six weeks. See the antenatal clinic letter for the birth plan."
        ),
        "'see letter' last",
    ),
]

_CONTROLS: list[tuple[str, str, str, Mutation, str]] = [
    (
        "ctl-pp-meth-history-only",
        "previous-pregnancy",
        M,
        meth(
            "In her last pregnancy she took methadone and the baby needed oral morphine on SCBU for withdrawal for ten "
            "days."
        ),
        "only the previous baby; nothing decided for this one (MA103/MA124)",
    ),
    (
        "ctl-pp-lith-history-only",
        "previous-pregnancy",
        L,
        lith("Her first baby was breastfed on lithium in 2019 and became drowsy with a high lithium level."),
        "only the first baby's history (MA103)",
    ),
    (
        "ctl-gf-meth-fact-only",
        "general-fact",
        M,
        meth(
            "Methadone crosses the placenta, and 50 to 80% of exposed babies show withdrawal signs, usually by day 3."
        ),
        "only what methadone does in general (MA103)",
    ),
    (
        "ctl-gf-valp-fact-only",
        "general-fact",
        V,
        valp(
            "Valproate is the most teratogenic antiepileptic, with a 1 in 10 risk of major malformation in exposed "
            "babies."
        ),
        "only a general fact (MA103)",
    ),
    (
        "ctl-tm-meth-meeting-only",
        "team-meeting",
        M,
        meth(
            "Methadone was discussed at the pre-birth planning meeting on 10 March with the drug service, the midwife "
            "and the social worker."
        ),
        "an account of a meeting (MA103)",
    ),
    (
        "ctl-tm-lith-mdt-monthly",
        "team-meeting",
        L,
        lith("Lithium: the perinatal MDT meets monthly and will review the baby's plan at its next meeting."),
        "the service, and a deferral (MA103)",
    ),
    (
        "ctl-ta-meth-bf-aware",
        "talk-agreed",
        M,
        meth_bf("Discussed at booking; she is aware."),
        "item: only a report of a talk and who knows (MA125)",
    ),
    (
        "ctl-ta-meth-concl-agreed",
        "talk-agreed",
        M,
        meth(
            "Methadone: discussed at length with Jodie at booking and she agreed with everything said about the baby."
        ),
        "conclusion: a talk and an agreement to nothing stated (MA103)",
    ),
    (
        "ctl-om-sert-history-only",
        "other-medicines",
        M,
        sert("She stopped fluoxetine before this pregnancy because of insomnia, and sertraline was started in 2024."),
        "only the medicine history (MA103/MA124)",
    ),
    (
        "ctl-om-valp-switch-only",
        "other-medicines",
        V,
        valp("Valproate: a switch to lamotrigine is planned by neurology next week."),
        "a planned start only; nothing for the baby (MA124/MA104)",
    ),
    (
        "ctl-fc-meth-relatives-only",
        "family-carers",
        M,
        meth("Methadone: her mother lives nearby and her sister has three children of her own."),
        "relatives' lives, not care of this baby (MA103)",
    ),
    (
        "ctl-fc-quet-grandmother-only",
        "family-carers",
        P,
        quet("The father's quetiapine: the paternal grandmother is retired and visits on Sundays."),
        "a relative's life, nothing about where the baby sleeps (MA103)",
    ),
    (
        "ctl-sh-meth-topic-abbrevs",
        "shorthand",
        M,
        meth("Methadone: NAS, SCBU, BF, HV, MW - d/w."),
        "abbreviated topics and 'discussed with' (MA103/MA104)",
    ),
    (
        "ctl-sh-lith-reviewed-aware",
        "shorthand",
        L,
        lith("Li: r/v'd, noted, paeds aware, f/u PNMH."),
        "reviewed, noted, aware, follow-up: nothing decided (MA103/MA104)",
    ),
    (
        "ctl-sc-meth-baby-noted",
        "short-complete",
        M,
        meth("Methadone continues. Baby noted."),
        "two sentences with nothing for the baby (MA104)",
    ),
    (
        "ctl-sc-cital-reviewed",
        "short-complete",
        C,
        cital("Citalopram: continue. Reviewed with her today."),
        "two sentences, nothing for the baby (MA104/MA124)",
    ),
    (
        "ctl-bl-meth-topics",
        "bullets",
        M,
        meth("- Methadone\n- Baby\n- Withdrawal\n- Breastfeeding\n- Co-sleeping"),
        "a bulleted list of topics (MA103)",
    ),
    (
        "ctl-bl-sert-process",
        "bullets",
        M,
        sert("\u2022 Sertraline reviewed\n\u2022 Risks discussed\n\u2022 Plan agreed with her"),
        "bulleted process words (MA103)",
    ),
    (
        "ctl-na-meth-referred",
        "nations",
        M,
        meth(
            "Methadone: referred to the Community Drug and Alcohol Team and the Flying Start health visitor under the "
            "Healthy Child Wales Programme."
        ),
        "referrals, nothing decided (MA103)",
    ),
    (
        "ctl-na-lith-named-person",
        "nations",
        L,
        lith("Lithium: GIRFEC named person informed; Child's Plan to follow."),
        "informed, and a deferral (MA103)",
    ),
    (
        "ctl-pa-meth-letter-only",
        "pointer-after",
        M,
        meth("Methadone: please see the drug service letter of 24 February, which sets out the plan for the baby."),
        "only a pointer (MA103)",
    ),
    (
        "ctl-pa-overall-m-as-per",
        "pointer-after",
        M,
        overall("Methadone and sertraline: for the baby's plan see the clinic letter; both as per that letter."),
        "only pointers (MA103)",
    ),
]

# Harder shapes: the deciding clause carries no medicine name, a keep-open or "awaiting" clause stands beside the
# decision, a Welsh-language aside, a pointer that says "full".
_GOOD["previous-pregnancy"] += [
    (
        "pp-meth-this-time-colon",
        M,
        meth(
            "Last time methadone was reduced to 30 mg in the third trimester and she relapsed on heroin. This time: no "
            "reduction before birth, the baby stays on the ward for 72 hours of withdrawal scoring, cot only."
        ),
        "the decision sentence names no medicine; 'this time' carries it",
    ),
    (
        "pp-sert-as-with-previous",
        M,
        sert(
            "As with her previous baby, who was well, sertraline continues at 100 mg; the midwife watches this baby "
            "for adaptation signs for 48 hours and breastfeeding is encouraged."
        ),
        "'as with her previous baby'",
    ),
]
_GOOD["team-meeting"] += [
    (
        "tm-dzpg-strategy-may-add",
        F,
        dzpg(
            "The strategy meeting next week may add to this, but for now diazepam and pregabalin continue, the "
            "foster carer does all night feeds, the mother never shares a bed or sofa with the baby, and withdrawal is "
            "watched for until day 8."
        ),
        "a keep-open clause about a meeting beside a full decision",
    ),
    (
        "tm-valp-awaiting-meanwhile",
        V,
        valp(
            "Awaiting the neurology letter; meanwhile valproate continues and must not be stopped abruptly, and the "
            "baby needs the detailed anomaly scan at fetal medicine, already booked."
        ),
        "'awaiting' then 'meanwhile'",
    ),
]
_GOOD["pointer-after"] += [
    (
        "pa-meth-full-plan-elsewhere",
        M,
        meth(
            "Methadone stays at 60 mg; the baby is scored for withdrawal for 72 hours on the ward, breastfeeding is "
            "encouraged, and she must not co-sleep. For the full pre-birth plan see the social care letter."
        ),
        "'for the full plan see' after the decision",
    ),
    (
        "pa-lith-as-discussed",
        L,
        lith(
            "Lithium continues at 800 mg; the baby has a paediatric review after birth and is bottle fed, and a lithium "
            "level is taken within 24 hours of delivery, as discussed at the pre-birth meeting."
        ),
        "'as discussed' at the end of a decision",
    ),
]
_GOOD["nations"] += [
    (
        "na-meth-welsh-aside",
        M,
        meth(
            "Methadone 60 mg continues; the baby is scored for withdrawal on the ward at Ysbyty Gwynedd for 72 hours, "
            "breastfeeding is encouraged, and the baby sleeps in a cot, never her bed. Trafodwyd y cynllun yn Gymraeg."
        ),
        "a full plan then a Welsh-language sentence (the plan was discussed in Welsh)",
    ),
    (
        "na-quet-bilingual-label",
        P,
        quet(
            "Casgliad / Conclusion: the father's quetiapine makes him hard to wake at night, so he does no night feeds "
            "and never sleeps with the baby on the sofa or in bed; the crib stays by the mother."
        ),
        "a bilingual Welsh/English label",
    ),
]
_GOOD["short-complete"] += [
    (
        "sc-lith-terse",
        L,
        lith("Lithium continues. Baby: paediatric review, formula feeds."),
        "two terse sentences that still decide",
    ),
]
_GOOD["family-carers"] += [
    (
        "fc-quet-gran-does-nights",
        P,
        quet("Gran does nights while he is on quetiapine; he never has the baby in bed or on the sofa with him."),
        "'gran' as the carer, short",
    ),
]
_GOOD["shorthand"] += [
    (
        "sh-meth-tds-obs-chart",
        M,
        meth(
            "Methadone 60 mg OD, no change. NAS obs chart 4-hourly from birth for at least 72 h; BF with support; "
            "baby in cot, not parents' bed."
        ),
        "obs chart, BF, OD",
    ),
]
_GOOD["bullets"] += [
    (
        "bl-meth-nested",
        M,
        meth(
            "Methadone 60 mg continues.\nBaby:\n  - withdrawal scoring for 72 h on the ward\n  - breastfeeding "
            "encouraged\n  - cot in the parents' room, no co-sleeping"
        ),
        "a sentence then nested bullets",
    ),
]
_CONTROLS += [
    (
        "ctl-pp-meth-this-time-only",
        "previous-pregnancy",
        M,
        meth(
            "Last time methadone was reduced to 30 mg in the third trimester and she relapsed on heroin. This time "
            "will be different."
        ),
        "history and an empty promise (MA103)",
    ),
    (
        "ctl-na-meth-welsh-only",
        "nations",
        M,
        meth("Methadone: trafodwyd y cynllun yn Gymraeg gyda'r fydwraig a'r ymwelydd iechyd."),
        "only 'the plan was discussed in Welsh with the midwife and health visitor' (MA103/MA104/MA113)",
    ),
]

for _category, _rows in _GOOD.items():
    for _n, _b, _m, _w in _rows:
        add(_n, _category, PASS, _b, _m, _w)
for _n, _c, _b, _m, _w in _CONTROLS:
    add(_n, _c, REFUSE, _b, _m, _w)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F34CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:22} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F34CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F34CASES),
        "total",
        len(F34CASES),
    )
