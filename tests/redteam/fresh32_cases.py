"""A thirty-second independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, eighth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code or its word lists. The lens is the newest readings of MA103/MA104, which set aside clauses of history ("in
2018", "her previous baby"), clauses opening with another person ("her sister", "her mother"), clauses about the
service ("meets monthly", "been trained"), general facts about a medicine ("crosses the placenta") and the form's
parts. Good conclusions carry such clauses AND decide for this baby, in many sentence shapes:

* history-then-plan: history first, then the plan in a new sentence;
* history-joined: history and plan in one sentence, joined by "and", "but", "which means", "therefore", "hence",
  "as a result", "given that", "because";
* plan-then-history: the plan first and the history after it;
* relatives-as-carers: a relative opens the clause and is the one who does the task for this baby;
* previous-baby-reason: a previous baby's outcome, or last year's dose change, given as the reason for this plan;
* service-does-task: the service, described in passing, is who does the task;
* fact-therefore: a general fact about the medicine, then "therefore", "so" or "which is why" and the plan;
* and, in each category, controls: near misses with the deciding clause removed (history, relatives, the service,
  the form or a fact alone), which must be refused.

Each assessment's own items answer its concerns, so only the conclusion is judged. Medicines named here are real;
no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed
there (strict xfail). Run ``python -m tests.redteam.fresh32_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F32CASES: list[Case] = []

CATEGORIES = (
    "history-then-plan",
    "history-joined",
    "plan-then-history",
    "relatives-as-carers",
    "previous-baby-reason",
    "service-does-task",
    "fact-therefore",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F32CASES.append(Case(f"f32-{name}", category, expect, base, mutate, why))


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

# Rows in _GOOD[category], (name, base, mutation, why), must pass; rows in _CONTROLS, (name, category, base,
# mutation, why), must be refused.
_GOOD: dict[str, list[tuple[str, str, Mutation, str]]] = {}

_GOOD["history-then-plan"] = [
    (
        "htp-meth-2018-then-plan",
        M,
        meth(
            "In 2018 she was on 90 mg of methadone and relapsed twice. Methadone now stays at 60 mg daily, the baby "
            "will be scored for withdrawal on the postnatal ward for at least 72 hours, and because of drowsiness "
            "after each dose the baby must sleep in his own cot, never in her bed."
        ),
        "history of 2018, then the dose, the withdrawal scoring and safe sleep for this baby",
    ),
    (
        "htp-sert-last-year-then",
        M,
        sert(
            "Last year she tried to come off sertraline and her depression returned within a month. Sertraline "
            "therefore continues at 50 mg; the midwife will watch the baby for jitteriness and feeding problems in "
            "the first two days, and breastfeeding is encouraged."
        ),
        "last year's relapse, then the decision and the baby's watch",
    ),
    (
        "htp-lith-first-pregnancy",
        L,
        lith(
            "In her first pregnancy she stopped lithium and was admitted with mania at three weeks postpartum. "
            "This time lithium continues at 800 mg with levels every week from 36 weeks; the baby will be born on "
            "the labour ward, reviewed by a paediatrician, and bottle fed."
        ),
        "the first pregnancy, then lithium continued and the baby's review and feeding",
    ),
    (
        "htp-valp-born-in",
        V,
        valp(
            "Her epilepsy began in 2009 and she was born in Poland. Valproate must not be stopped suddenly because "
            "of the risk of seizures, and the unborn baby, exposed since conception, needs detailed anomaly scans "
            "at the fetal medicine unit."
        ),
        "history of her birth and epilepsy, then the stopping risk and the baby's scans",
    ),
    (
        "htp-dzpg-previous-placement",
        F,
        dzpg(
            "She was prescribed diazepam after an assault in 2017 and pregabalin in 2020. Both carry on for now; "
            "they make her drowsy, so she must not sleep with the baby or feed him lying down, and he is to be "
            "watched for late withdrawal, such as poor feeding and a high-pitched cry, until day 8."
        ),
        "history of the prescriptions, then safe sleep and late withdrawal for this baby",
    ),
    (
        "htp-quet-2019-admission",
        P,
        quet(
            "The father was admitted to hospital in 2019 and has taken quetiapine every night since. He is too "
            "drowsy after his dose to wake for the baby, so the mother does all the night feeds and the baby "
            "sleeps in a Moses basket beside her bed, never in the father's bed or on the sofa."
        ),
        "the father's history, then who cares for the baby at night and where the baby sleeps",
    ),
    (
        "htp-cital-2021-then",
        C,
        cital(
            "She first took citalopram in 2021 after a bereavement. Citalopram continues at 20 mg; the baby may be "
            "unsettled or feed poorly for the first 48 hours and the midwife will check on this, and "
            "breastfeeding is safe to continue."
        ),
        "history, then the decision, the baby's adaptation watch and breastfeeding",
    ),
    (
        "htp-overall-m-previous-service",
        M,
        overall(
            "She attended a drug service in Leeds until 2022. Methadone and sertraline both continue unchanged; "
            "the baby will stay on the postnatal ward for at least three days of withdrawal scoring, "
            "breastfeeding is supported, and there must be no co-sleeping while she is drowsy after her dose."
        ),
        "history, then both medicines continued and the plan for the baby",
    ),
    (
        "htp-overall-l-2016",
        L,
        overall(
            "Lithium has kept her well since 2016. Priadel continues at 800 mg with weekly lithium levels from 36 "
            "weeks and a level within 24 hours of birth; a paediatrician will examine the baby, the baby is to be "
            "bottle fed, and the perinatal team will see her in the first week."
        ),
        "history, then the lithium plan and the baby's care",
    ),
    (
        "htp-overall-v-school",
        V,
        overall(
            "She had seizures at school and has been on valproate since she was fifteen. Valproate continues "
            "unchanged until neurology sees her urgently, as stopping abruptly risks seizures; the baby's exposure "
            "means a detailed fetal anomaly scan, and folic acid 5 mg is started."
        ),
        "history, then the decision, the stopping risk and the scans for the baby",
    ),
    (
        "htp-meth-cyrillic",
        M,
        meth(
            homoglyphs(
                "She began methadone in 2015 at a clinic in Hull. Methadone continues at 60 mg; the baby must be "
                "observed for withdrawal for 72 hours and must never share her bed, since she is sleepy after "
                "each dose.",
                "aeo",
            )
        ),
        "history then plan, in Cyrillic look-alikes",
    ),
]

_GOOD["history-joined"] = [
    (
        "hj-meth-and",
        M,
        meth(
            "She has been on methadone since 2014 and it continues at 60 mg daily, with the baby scored for "
            "withdrawal on the ward for at least 72 hours and no bed-sharing because of drowsiness after her dose."
        ),
        "history joined by 'and' to the plan",
    ),
    (
        "hj-sert-but",
        M,
        sert(
            "She stopped sertraline in her last pregnancy in 2020, but this time sertraline continues at 50 mg, as "
            "the risk of relapse is greater than the small risk of a jittery baby, whom the midwife will observe "
            "for two days."
        ),
        "history then 'but' and the plan",
    ),
    (
        "hj-lith-which-means",
        L,
        lith(
            "Her lithium level was toxic in 2022, which means that levels will now be checked monthly, weekly from "
            "36 weeks and within 24 hours of birth; lithium continues, the baby will have a paediatric review and "
            "will be bottle fed."
        ),
        "history joined by 'which means' to the plan",
    ),
    (
        "hj-valp-therefore",
        V,
        valp(
            "She had a prolonged seizure in 2019 when she missed doses, therefore valproate continues unchanged "
            "until neurology review and must not be stopped abruptly; the unborn baby needs an early fetal "
            "medicine scan."
        ),
        "history joined by 'therefore' to the plan",
    ),
    (
        "hj-dzpg-hence",
        F,
        dzpg(
            "She fell asleep holding her first baby on the sofa in 2019, hence no sofa or bed sharing with this "
            "baby on diazepam and pregabalin, night feeds by the foster carer, and observation for late withdrawal "
            "until day 8."
        ),
        "history joined by 'hence' to the plan",
    ),
    (
        "hj-quet-as-a-result",
        P,
        quet(
            "The father's quetiapine dose was doubled last spring and as a result he sleeps very deeply, so he must "
            "not share a bed or sofa with the baby, the mother will give the night feeds, and the baby sleeps in "
            "a cot in their room."
        ),
        "history joined by 'as a result' to the plan",
    ),
    (
        "hj-cital-given-that",
        C,
        cital(
            "Given that she became severely depressed when she stopped citalopram in 2022, citalopram continues "
            "at 20 mg; the midwife will look for poor feeding or irritability in the baby over the first 48 hours "
            "and breastfeeding is supported."
        ),
        "'given that' history, then the plan",
    ),
    (
        "hj-meth-because",
        M,
        meth(
            "Methadone stays at 60 mg because a reduction in 2021 led to heroin use; the baby will be observed "
            "for withdrawal for at least three days, breastfeeding is encouraged, and the baby must sleep alone in "
            "a cot."
        ),
        "plan 'because' of history, then more plan",
    ),
    (
        "hj-overall-f-but",
        F,
        overall(
            "The mother managed alone with her first baby in 2020, but while she takes diazepam and pregabalin the "
            "foster carer will do the night feeds, the baby will never share a bed, sofa or armchair with her, and "
            "he will be watched for late withdrawal until day 8."
        ),
        "history then 'but' and the plan for the baby",
    ),
    (
        "hj-overall-p-and",
        P,
        overall(
            "The father has taken quetiapine since 2018 and the mother's paracetamol raises no concern; he must not "
            "co-sleep with the baby or give night feeds after his evening dose, and the health visitor will check "
            "the cot at each visit."
        ),
        "history joined by 'and' to the plan",
    ),
    (
        "hj-sert-zero-width",
        M,
        sert(
            inside_words(
                "She relapsed after stopping sertraline in 2019, which is why sertraline continues at 50 mg and the "
                "midwife will watch the baby for jitteriness for 48 hours.",
                ZW,
                every=2,
            )
        ),
        "history joined by 'which is why', zero-width spaces inside words",
    ),
    (
        "hj-sert-which-is-why-plain",
        M,
        sert(
            "She relapsed within weeks of stopping sertraline in 2019, which is why sertraline continues at 50 mg, "
            "and the midwife will watch the baby for jitteriness and poor feeding for 48 hours."
        ),
        "history joined by 'which is why' to the plan (the plain twin of the zero-width case)",
    ),
    (
        "hj-lith-but-this-time",
        L,
        lith(
            "Lithium was stopped in her first pregnancy, but this time it continues with weekly levels from 36 "
            "weeks, the baby will be examined by a paediatrician after birth and will be bottle fed."
        ),
        "history then 'but this time' and the plan",
    ),
    (
        "hj-meth-which-is-why",
        M,
        meth(
            "She used heroin on top when her methadone was cut in 2021, which is why methadone stays at 60 mg; "
            "the baby will be scored for withdrawal for 72 hours and must sleep in his own cot."
        ),
        "history joined by 'which is why' to the plan",
    ),
    (
        "hj-quet-but",
        P,
        quet(
            "The father used to do night feeds before he started quetiapine in 2023, but now he must not, and the "
            "baby sleeps in his crib, never in the father's bed or on the sofa with him."
        ),
        "history then 'but' and the plan",
    ),
]

_GOOD["plan-then-history"] = [
    (
        "pth-meth-plan-then-2017",
        M,
        meth(
            "Methadone continues at 60 mg; the baby needs withdrawal scoring for 72 hours and a cot of his own, "
            "since she is drowsy after each dose. She has been stable on this dose since 2017."
        ),
        "plan first, history after",
    ),
    (
        "pth-sert-plan-then-last-year",
        M,
        sert(
            "Sertraline 50 mg should continue and the baby be watched for poor adaptation for two days after "
            "birth. The dose was raised from 25 mg last year when her mood dropped."
        ),
        "plan first, last year's dose change after",
    ),
    (
        "pth-lith-plan-then-history",
        L,
        lith(
            "Lithium continues with weekly levels from 36 weeks; the baby needs a paediatric check after birth and "
            "will be formula fed. She was admitted with psychosis after her first baby was born in 2019."
        ),
        "plan first, then the history behind it",
    ),
    (
        "pth-valp-plan-then-diagnosis",
        V,
        valp(
            "Valproate continues unchanged until the neurologist sees her this week, since stopping suddenly could "
            "cause seizures; the baby has been exposed and needs a detailed anomaly scan. She was diagnosed with "
            "juvenile myoclonic epilepsy in 2011."
        ),
        "plan first, diagnosis history after",
    ),
    (
        "pth-dzpg-plan-then-history",
        F,
        dzpg(
            "The foster carer does all the night feeds, the baby never shares a bed or sofa with his mother while "
            "she takes diazepam and pregabalin, and he is watched for withdrawal until day 8. She has taken "
            "pregabalin since 2020."
        ),
        "plan first, history after",
    ),
    (
        "pth-quet-plan-then-history",
        P,
        quet(
            "The baby sleeps in his own crib and the mother gives the night feeds, because the father's quetiapine "
            "leaves him too sedated to care for the baby at night. He has taken it since his brother's death in "
            "2020."
        ),
        "plan first, the father's history after",
    ),
    (
        "pth-cital-plan-then-first-baby",
        C,
        cital(
            "Citalopram continues at 20 mg, breastfeeding is supported, and the midwife will watch the baby for "
            "jitteriness in the first two days. In her first pregnancy she took it throughout."
        ),
        "plan first, 'in her first pregnancy' after",
    ),
    (
        "pth-overall-m-history-last",
        M,
        overall(
            "Methadone and sertraline continue unchanged; the baby will be scored for withdrawal on the ward for "
            "three days, may breastfeed, and must not co-sleep with her. Her drug use ended in 2016."
        ),
        "plan first, history last",
    ),
    (
        "pth-overall-c-previous",
        C,
        overall(
            "Citalopram 20 mg continues through pregnancy and breastfeeding; the midwife will watch the baby for "
            "adaptation problems for 48 hours and the GP will review her mood at six weeks. Her previous baby was "
            "born at 39 weeks in 2021."
        ),
        "plan first, previous baby after",
    ),
    (
        "pth-overall-v-history-last",
        V,
        overall(
            "Valproate continues until urgent neurology review and is not to be stopped abruptly; the baby needs "
            "fetal medicine scans because of first-trimester exposure, and folic acid 5 mg is started. She had her "
            "last seizure in 2023."
        ),
        "plan first, last seizure after",
    ),
    (
        "pth-lith-soft-hyphen",
        L,
        lith(
            inside_words(
                "Lithium continues with levels weekly from 36 weeks; the baby needs a paediatric review and bottle "
                "feeds. She was last unwell in 2020.",
                SHY,
                every=3,
            )
        ),
        "plan then history, soft hyphens inside words",
    ),
]

_GOOD["relatives-as-carers"] = [
    (
        "rel-meth-mother-night-feeds",
        M,
        meth(
            "Methadone continues at 60 mg and the baby must be scored for withdrawal for 72 hours. Her mother will "
            "do the night feeds while she is drowsy, and the baby sleeps in a cot, never in her bed."
        ),
        "her mother is the carer at night: safe sleep answered",
    ),
    (
        "rel-dzpg-sister-bottles",
        F,
        dzpg(
            "Her sister, who lives with her, will give the baby bottles at night while she is sedated by diazepam "
            "and pregabalin; the baby is never to share a bed or sofa with her and is to be watched for late "
            "withdrawal until day 8."
        ),
        "her sister who lives with her gives the night bottles",
    ),
    (
        "rel-dzpg-grandmother-kinship",
        F,
        dzpg(
            "The maternal grandmother is the kinship carer and will keep the baby in a cot in her own room; the "
            "mother, sedated by diazepam and pregabalin, must not sleep with him, and he is to be observed for late "
            "withdrawal until day 8."
        ),
        "the grandmother is the kinship carer and keeps the baby in a cot",
    ),
    (
        "rel-quet-fathers-mother",
        P,
        quet(
            "The father's mother will stay for the first month and share the night feeds with the mother, because "
            "his quetiapine makes him too sedated to wake for the baby; he must never share a bed or sofa with the "
            "baby."
        ),
        "the father's mother helps at night",
    ),
    (
        "rel-quet-brother-lives-with",
        P,
        quet(
            "The father's brother, who lodges with them, will not care for the baby either. The father's quetiapine "
            "sedates him at night, so the mother alone gives the night feeds and the baby sleeps in a crib in her "
            "room."
        ),
        "a relative opens, then the plan for the baby at night",
    ),
    (
        "rel-meth-aunt-drives",
        M,
        meth(
            "Her aunt will drive her to the drug service each morning so methadone 60 mg continues without missed "
            "doses; the baby will be observed for withdrawal for at least 72 hours and will sleep in a cot beside "
            "her bed, not in it."
        ),
        "her aunt does a task; plan for the baby follows",
    ),
    (
        "rel-lith-mother-bottle",
        L,
        lith(
            "Her mother will make up the formula and help with the night bottles, as breastfeeding is not advised "
            "on lithium; lithium continues with weekly levels from 36 weeks and the baby will be checked by a "
            "paediatrician after birth."
        ),
        "her mother helps with bottle feeding; the plan follows",
    ),
    (
        "rel-cital-partner-mood",
        C,
        cital(
            "Her partner will ring the GP if her mood drops after the birth. Citalopram continues at 20 mg, she may "
            "breastfeed, and the midwife will look for jitteriness or poor feeding in the baby in the first 48 "
            "hours."
        ),
        "her partner does a task; plan follows",
    ),
    (
        "rel-overall-f-grandmother",
        F,
        overall(
            "Her mother, the baby's grandmother, will share the foster carer's night feeds; the baby must not sleep "
            "with his mother while she takes diazepam and pregabalin, and late withdrawal signs are to be looked "
            "for until day 8."
        ),
        "the grandmother shares the night feeds",
    ),
    (
        "rel-overall-p-sister",
        P,
        overall(
            "His sister will sleep over on weeknights to help the mother with feeds, because the father's quetiapine "
            "sedates him heavily; he must not co-sleep with the baby or feed him at night, and the mother's "
            "paracetamol is of no concern."
        ),
        "his sister helps at night; the plan follows",
    ),
    (
        "rel-dzpg-greek-sister",
        F,
        dzpg(
            homoglyphs(
                "Her sister will do the night feeds while diazepam and pregabalin keep her sedated; no bed sharing "
                "with the baby, and he is to be watched for late withdrawal until day 8.",
                "o",
            )
        ),
        "relative as carer, in look-alike letters",
    ),
]

_GOOD["previous-baby-reason"] = [
    (
        "pbr-meth-previous-nicu",
        M,
        meth(
            "Her previous baby needed morphine for withdrawal on the neonatal unit in 2020, so this baby will stay "
            "on the ward for at least five days of withdrawal scoring; methadone continues at 60 mg and the baby "
            "must never share her bed."
        ),
        "the previous baby's outcome as the reason for this baby's stay",
    ),
    (
        "pbr-sert-previous-fine",
        M,
        sert(
            "Her previous baby had no problems after birth on the same dose, which is why sertraline continues at "
            "50 mg; the midwife will still watch this baby for jitteriness for two days."
        ),
        "a good previous outcome as the reason to continue",
    ),
    (
        "pbr-lith-previous-toxicity",
        L,
        lith(
            "Her first baby was floppy and slow to feed after a high lithium level at delivery, so this time the "
            "level is checked within 24 hours of birth, the dose is reviewed at 36 weeks, the baby is seen by a "
            "paediatrician and bottle fed."
        ),
        "the previous baby's problem as the reason for the plan",
    ),
    (
        "pbr-dzpg-previous-removed",
        F,
        dzpg(
            "Her previous baby was taken into care in 2021 after an unsafe sleep; for this baby, diazepam and "
            "pregabalin mean no bed, sofa or chair sharing and night feeds by the foster carer, with late "
            "withdrawal watched for until day 8."
        ),
        "a previous baby's outcome, then the plan for this baby",
    ),
    (
        "pbr-quet-previous-baby-cot",
        P,
        quet(
            "With their previous baby the father dozed off on the sofa holding her; this baby therefore sleeps only "
            "in his crib, and after the father's quetiapine the mother does every night feed."
        ),
        "a previous baby's near miss as the reason for the plan",
    ),
    (
        "pbr-cital-previous-jittery",
        C,
        cital(
            "Her previous baby was jittery for a day after birth; citalopram continues at 20 mg, breastfeeding is "
            "supported, and the midwife will watch this baby for the same signs for 48 hours."
        ),
        "a previous baby's mild adaptation as the reason to watch",
    ),
    (
        "pbr-meth-last-year-dose",
        M,
        meth(
            "Last year methadone was raised from 40 to 60 mg after she used heroin, and that dose continues so that "
            "she stays stable; the baby needs 72 hours of withdrawal observation and his own cot."
        ),
        "last year's dose change as the reason for this year's plan",
    ),
    (
        "pbr-lith-last-year-dose",
        L,
        lith(
            "Last year lithium was cut to 600 mg and she became manic within weeks, so 800 mg continues through "
            "this pregnancy with weekly levels from 36 weeks; the baby will be reviewed by a paediatrician and "
            "bottle fed."
        ),
        "last year's dose change as the reason",
    ),
    (
        "pbr-valp-previous-pregnancy",
        V,
        valp(
            "In her previous pregnancy she switched to lamotrigine and had seizures, so valproate is not to be "
            "stopped abruptly now; it continues until urgent neurology review, and the baby, exposed in the first "
            "trimester, needs a detailed fetal scan."
        ),
        "the previous pregnancy's outcome as the reason",
    ),
    (
        "pbr-overall-m-previous",
        M,
        overall(
            "Her previous baby went home on day 4 after withdrawal scoring; methadone and sertraline both continue, "
            "this baby will again be scored for at least 72 hours, breastfeeding is supported, and there must be "
            "no co-sleeping."
        ),
        "a previous baby's course as the reason, then the plan",
    ),
    (
        "pbr-overall-l-cyrillic",
        L,
        overall(
            homoglyphs(
                "Her first baby needed no special care, so lithium continues with weekly levels from 36 weeks; the "
                "paediatrician will review this baby after birth and the baby will be bottle fed.",
                "ace",
            )
        ),
        "previous baby as reason, in Cyrillic look-alikes",
    ),
]

_GOOD["service-does-task"] = [
    (
        "svc-lith-team-meets-monthly",
        L,
        lith(
            "The perinatal team, which meets monthly, will see her at 34 weeks and the baby after birth; lithium "
            "continues with weekly levels from 36 weeks and the baby will be bottle fed."
        ),
        "the service named as who does the task",
    ),
    (
        "svc-meth-drug-service-trained",
        M,
        meth(
            "The drug service, whose keyworkers have been trained in safe sleep, will check the baby's cot at the "
            "first home visit; methadone continues at 60 mg and the baby will be scored for withdrawal for 72 "
            "hours."
        ),
        "the service (trained) does the cot check",
    ),
    (
        "svc-dzpg-agency-experienced",
        F,
        dzpg(
            "The fostering agency, whose carers are experienced with diazepam, will do the night feeds; the mother "
            "on diazepam and pregabalin must not share a bed or sofa with the baby, and he is watched for late "
            "withdrawal until day 8."
        ),
        "the agency (experienced) does the night feeds",
    ),
    (
        "svc-sert-midwives-fully-staffed",
        M,
        sert(
            "The postnatal ward, fully staffed at weekends, will observe the baby for 48 hours for jitteriness and "
            "feeding problems; sertraline continues at 50 mg and breastfeeding is supported."
        ),
        "the ward (fully staffed) observes the baby",
    ),
    (
        "svc-valp-fetal-unit-weekly",
        V,
        valp(
            "The fetal medicine unit, which runs a clinic every Thursday, will scan the baby for neural tube and "
            "heart defects; valproate continues until neurology reviews it, as stopping suddenly risks seizures."
        ),
        "the fetal medicine unit does the scan",
    ),
    (
        "svc-quet-hv-team",
        P,
        quet(
            "The health visiting team, which has been trained in safer sleep, will check at each visit that the "
            "baby sleeps in his own crib; the father's quetiapine sedates him, so the mother does the night feeds."
        ),
        "the health visiting team (trained) checks the crib",
    ),
    (
        "svc-cital-gp-practice",
        C,
        cital(
            "The practice, which has a perinatal lead GP, will review her mood at six weeks; citalopram continues "
            "at 20 mg, she may breastfeed, and the midwife will check the baby for poor adaptation for 48 hours."
        ),
        "the practice does the review",
    ),
    (
        "svc-meth-neonatal-unit",
        M,
        meth(
            "The neonatal unit, which is experienced with opioid withdrawal, will start morphine if the baby's "
            "withdrawal scores rise; methadone continues at 60 mg and the baby must sleep alone in a cot."
        ),
        "the neonatal unit (experienced) does the treatment",
    ),
    (
        "svc-overall-l-team",
        L,
        overall(
            "Lithium continues at 800 mg; the specialist perinatal team, which moved to Northgate this year, will "
            "see her weekly from 36 weeks and within a week of birth, the paediatrician will examine the baby, and "
            "the baby will be bottle fed."
        ),
        "the team (moved) does the review",
    ),
    (
        "svc-overall-f-social-care",
        F,
        overall(
            "Children's social care, which meets the foster carer monthly, will check that the baby never shares a "
            "bed or sofa with his mother while she takes diazepam and pregabalin; the foster carer does night "
            "feeds and watches for late withdrawal until day 8."
        ),
        "social care (meets monthly) does the check",
    ),
    (
        "svc-sert-full-width",
        M,
        sert(
            full_width(
                "The maternity team, fully staffed at night, will watch the baby for jitteriness for 48 hours; "
                "sertraline continues at 50 mg."
            )
        ),
        "the service (fully staffed) does the task, in full-width letters",
    ),
]

_GOOD["fact-therefore"] = [
    (
        "ft-meth-crosses-therefore",
        M,
        meth(
            "Methadone crosses the placenta, therefore the baby will be scored for withdrawal for at least 72 "
            "hours after birth; methadone 60 mg continues and the baby must not share her bed."
        ),
        "general fact, then 'therefore' and the plan",
    ),
    (
        "ft-sert-ssri-which-is-why",
        M,
        sert(
            "SSRIs are associated with poor neonatal adaptation, which is why the midwife will watch this baby for "
            "jitteriness and feeding difficulty for two days; sertraline continues at 50 mg."
        ),
        "general fact then 'which is why'",
    ),
    (
        "ft-lith-milk-so",
        L,
        lith(
            "Lithium passes into breast milk in large amounts, so this baby will be bottle fed; lithium continues "
            "with weekly levels from 36 weeks and a paediatric review after birth."
        ),
        "general fact then 'so'",
    ),
    (
        "ft-valp-teratogen-therefore",
        V,
        valp(
            "Valproate is a major teratogen, and therefore this baby needs a detailed anomaly scan at the fetal "
            "medicine unit; valproate itself continues until urgent neurology review, since stopping abruptly "
            "risks seizures."
        ),
        "general fact then 'therefore'",
    ),
    (
        "ft-dzpg-long-half-life",
        F,
        dzpg(
            "Diazepam has a long half-life, which is why withdrawal in this baby may appear late, up to day 8; "
            "pregabalin adds to her sedation, so the foster carer does the night feeds and there is no bed or sofa "
            "sharing."
        ),
        "general fact then 'which is why'",
    ),
    (
        "ft-quet-sedating-so",
        P,
        quet(
            "Quetiapine is strongly sedating, so the father must not share a bed or sofa with the baby or give "
            "night feeds after his dose; the mother does the nights and the baby sleeps in a crib."
        ),
        "general fact then 'so'",
    ),
    (
        "ft-cital-breast-milk",
        C,
        cital(
            "Citalopram passes into breast milk only in small amounts, so she can breastfeed; it continues at 20 mg "
            "and the midwife will look for irritability or poor feeding in the baby for 48 hours."
        ),
        "general fact then 'so'",
    ),
    (
        "ft-meth-percent",
        M,
        meth(
            "Up to 60% of babies exposed to methadone need treatment for withdrawal, so this baby will stay on the "
            "ward for scoring for at least 72 hours; methadone continues at 60 mg and she must not co-sleep."
        ),
        "a rate, then 'so' and the plan",
    ),
    (
        "ft-overall-v-fact",
        V,
        overall(
            "Valproate crosses the placenta and harms the developing brain and spine, which is why the baby needs "
            "urgent fetal medicine scans; valproate continues until neurology review, and folic acid 5 mg is "
            "started."
        ),
        "general fact, 'which is why', plan",
    ),
    (
        "ft-overall-p-fact",
        P,
        overall(
            "Quetiapine makes people sleep deeply; hence the father must never co-sleep with the baby and the "
            "mother does the night feeds. The mother's paracetamol raises no concern."
        ),
        "general fact, 'hence', plan",
    ),
    (
        "ft-lith-zero-width",
        L,
        lith(
            inside_words(
                "Lithium can affect the newborn's thyroid and heart, therefore the paediatrician will examine the "
                "baby after birth; lithium continues with weekly levels from 36 weeks and the baby is bottle fed.",
                ZW,
                every=3,
            )
        ),
        "fact then 'therefore', zero-width spaces inside words",
    ),
]

_CONTROLS: list[tuple[str, str, str, Mutation, str]] = [
    (
        "ctl-meth-2018-only",
        "history-then-plan",
        M,
        meth("In 2018 she was on 90 mg of methadone and relapsed twice while living in Hull with her partner."),
        "history only: the plan sentence removed (MA103)",
    ),
    (
        "ctl-sert-last-year-only",
        "plan-then-history",
        M,
        sert("Last year she tried to come off sertraline and her depression returned within a month of stopping."),
        "last year only, nothing decided for this baby (MA103)",
    ),
    (
        "ctl-lith-first-pregnancy-only",
        "history-joined",
        L,
        lith(
            "In her first pregnancy she stopped lithium and was admitted with mania at three weeks postpartum, "
            "and her daughter was born at 37 weeks."
        ),
        "history of the first pregnancy only (MA103)",
    ),
    (
        "ctl-valp-born-in-only",
        "history-then-plan",
        V,
        valp("Her epilepsy began in 2009, two years after she was born in Poland, and valproate was started then."),
        "history only (MA103)",
    ),
    (
        "ctl-quet-2019-only",
        "history-joined",
        P,
        quet(
            "The father was admitted to hospital in 2019 and has taken quetiapine every night since his discharge "
            "that summer."
        ),
        "the father's history only: nothing on co-sleeping or the baby's night care (MA103/MA124)",
    ),
    (
        "ctl-dzpg-sister-only",
        "relatives-as-carers",
        F,
        dzpg(
            "Her sister, who lives with her, took diazepam and pregabalin for years and her two children were "
            "healthy at birth."
        ),
        "another person only (MA103)",
    ),
    (
        "ctl-dzpg-grandmother-only",
        "relatives-as-carers",
        F,
        dzpg("The maternal grandmother was a foster carer herself for twenty years and now lives in Wales."),
        "a relative's history only (MA103)",
    ),
    (
        "ctl-meth-previous-nicu-only",
        "previous-baby-reason",
        M,
        meth("Her previous baby needed morphine for withdrawal on the neonatal unit in 2020 and went home on day 12."),
        "a previous baby only, nothing for this one (MA103)",
    ),
    (
        "ctl-lith-last-year-dose-only",
        "previous-baby-reason",
        L,
        lith("Last year lithium was cut to 600 mg and she became manic within weeks, needing an admission."),
        "last year's dose change only, no plan for this year (MA103)",
    ),
    (
        "ctl-lith-team-meets-only",
        "service-does-task",
        L,
        lith("Lithium: the perinatal team meets monthly and has been fully staffed since the new consultant started."),
        "the service only (MA103)",
    ),
    (
        "ctl-dzpg-agency-experienced-only",
        "service-does-task",
        F,
        dzpg("Diazepam and pregabalin: the fostering agency's carers are experienced with both and have been trained."),
        "the service only (MA103)",
    ),
    (
        "ctl-meth-crosses-only",
        "fact-therefore",
        M,
        meth("Methadone crosses the placenta and has a long half-life in adults and newborns."),
        "general facts only (MA103)",
    ),
    (
        "ctl-sert-ssri-only",
        "fact-therefore",
        M,
        sert(
            "SSRIs such as sertraline are associated with poor neonatal adaptation in up to a third of exposed babies."
        ),
        "general fact with a rate only (MA103)",
    ),
    (
        "ctl-quet-sedating-only",
        "fact-therefore",
        P,
        quet("Quetiapine is a strongly sedating antipsychotic commonly taken at night."),
        "general fact only: nothing on co-sleeping for this baby (MA103/MA124)",
    ),
    (
        "ctl-overall-m-history-only",
        "plan-then-history",
        M,
        overall(
            "Methadone and sertraline: she attended a drug service in Leeds until 2022 and her first child was born "
            "there in 2019."
        ),
        "history only in the overall conclusion (MA103)",
    ),
    (
        "ctl-overall-p-sister-only",
        "relatives-as-carers",
        P,
        overall("Quetiapine: his sister also takes it, and his mother had the same illness in her thirties."),
        "other people only (MA103)",
    ),
    (
        "ctl-cital-form-only",
        "service-does-task",
        C,
        cital("Citalopram: every section of the form is complete and the checklist has been ticked throughout."),
        "the form's parts only (MA103)",
    ),
    (
        "ctl-meth-2015-cyrillic",
        "history-then-plan",
        M,
        meth(homoglyphs("She began methadone in 2015 at a clinic in Hull and moved here in 2020.", "aeo")),
        "history only, in Cyrillic look-alikes (MA103)",
    ),
    (
        "ctl-lith-team-soft-hyphen",
        "service-does-task",
        L,
        lith(
            inside_words(
                "Lithium: the perinatal team, which meets monthly, moved to Northgate this year.",
                SHY,
                every=3,
            )
        ),
        "the service only, soft hyphens inside words (MA103)",
    ),
]

for _category, _rows in _GOOD.items():
    for _n, _b, _m, _w in _rows:
        add(_n, _category, PASS, _b, _m, _w)
for _n, _c, _b, _m, _w in _CONTROLS:
    add(_n, _c, REFUSE, _b, _m, _w)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F32CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:22} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F32CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F32CASES),
        "total",
        len(F32CASES),
    )
