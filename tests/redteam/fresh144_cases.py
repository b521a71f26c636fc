"""A hundred-and-forty-fourth independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against the last stop's newest readings (fresh140 to fresh142 and mutation round 45).

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About four in five records are good, complete work that legitimately uses a surface the newest
readings act on (must pass); a few are paired with a near miss that really is defective (must refuse):

* ``reconcile`` (MA120): a reconciliation whose "Continue:" holds the medicine of concern and whose "Stopped:",
  "Avoided:", "Not started:", "Previous medicines:" or "Alternatives considered:" hold others; a medicine given on
  the ward then stopped; a habit she "used to buy"; against unlisted medicines she still takes;
* ``decision`` (MA103): labelled decision parts ("Plan:", "Recommendation:", "Actions:", "Outcome:",
  "Conclusion:", a concern's heading) that decide, "Plan: as above" after a complete plan, a pointer followed by
  the plan itself; against parts that defer, wait or hand over with nothing decided;
* ``heading`` (MA123): "<concern>: not applicable" that is true and says why, beside the other concerns answered;
  against bare heading dismissals, a father's risk dismissed "as he is the father";
* ``ended`` (MA122): holders who moved trust with a successor named, a foster carer replaced, a phone contact
  followed by a home visit to weigh, a crib returned once the cot came, a watch ended as planned; against the
  aside form, a withdrawal not replaced, acts needing the baby set at a phone contact;
* ``sleep`` (MA127): sofa naps ruled out, a bed shared by the adults, crib checks and the watch kept in the overall
  conclusion; against sofa naps and a bed with the baby allowed, checks dropped;
* ``levels`` (MA127): lithium levels before and after birth with dates, bloods as levels, a levels question
  answered by the plan; against levels only after birth, bloods ruled out;
* ``dates`` (MA017): a day-N check dated on its day, a birth told by its date before the attestation; against a
  check dated too soon, a birth dated after the attestation;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Every date was checked with Python's datetime against the base record's dates. Medicines named here are real; no
clinical code is invented (no coded medicine is added). ``test_fresh_records.py`` runs them; the cases the gate
gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh144_cases`` for the counts
per category.
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
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F144CASES: list[Case] = []

CATEGORIES = (
    "reconcile",
    "decision",
    "heading",
    "ended",
    "sleep",
    "levels",
    "dates",
    "disguise",
)

RC, DP, HD, EN, SL, LV, DT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F144CASES.append(Case(f"f144-{name}", category, expect, base, mutate, why))


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


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2067{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None,
    pre: Mutation | None = None,
) -> None:
    base, setter = SETTERS[where]
    mutate = setter(text) if pre is None else chain(pre, setter(text))
    add(name, category, expect, base, mutate, why)
    if disguise is not None:
        dmutate = setter(disguise(text)) if pre is None else chain(pre, setter(disguise(text)))
        add(f"dg-{name}", DG, expect, base, dmutate, f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


# Complete bodies written afresh for this batch; each case adds its own point to one of them.
METH_DOSE = (
    "Methadone 60 mg once daily, supervised, carries on through pregnancy, as stopping risks relapse to street use."
)
METH_BABY = (
    "The baby stays on the postnatal ward for 72 hours of NAS scoring by the midwives, then the HV watches for late "
    "withdrawal at visits to day 8."
)
METH_FEED = "Breastfeeding is encouraged and eases withdrawal."
METH_SLEEP = (
    "She is sleepy for a few hours after each dose, so the baby never shares her bed or sofa; the HV checks the cot "
    "at the first home visit."
)
METH = " ".join((METH_DOSE, METH_BABY, METH_FEED, METH_SLEEP))
SERT = (
    "Sertraline 100 mg once daily continues, since a relapse of her depression would harm her and the baby more "
    "than the drug. The ward midwives watch the baby for 48 hours for jitteriness, fast breathing and poor feeding; "
    "breastfeeding on sertraline is fine; the GP reviews her mood at the 6-week check."
)
MO = (
    "Methadone 60 mg and sertraline 100 mg both continue unchanged, to keep her well and off street drugs. The baby "
    "has 72 hours of NAS and adaptation scoring on the postnatal ward, then the HV watches for late signs to day 8. "
    "Breastfeeding is encouraged. Methadone makes her drowsy after each dose, so no bed or sofa sharing; the HV and "
    "Marcus Reed see the cot before discharge."
)
CIT = (
    "Citalopram 20 mg daily continues, as a relapse of her anxiety would cost more than the small risks to the "
    "baby. The midwife watches the baby for 48 hours after birth for jitteriness, poor feeding and fast breathing; "
    "breastfeeding is supported; the GP reviews her mood at the 6-week check."
)
CO_AMEND = "Amended on 2026-02-12 to add the health visitor as a recipient."
LITH_DOSE = (
    "Lithium (Priadel) 800 mg at night continues: her risk of relapse after birth is high and outweighs the risks "
    "to the baby."
)
LITH_LEVELS = (
    "Levels every 4 weeks, weekly from 36 weeks (29 July) and within 24 hours of birth, by the perinatal team."
)
LITH_BABY = (
    "The baby has a paediatric review after birth for signs of toxicity; breastfeeding is not advised and she will "
    "bottle feed."
)
LITH = " ".join((LITH_DOSE, LITH_LEVELS, LITH_BABY))
LO_TAIL = (
    "The paediatrician reviews the baby after birth; she will bottle feed, as breastfeeding is not advised. The "
    "perinatal mental health team sees her within a week of birth, given her high relapse risk."
)
VALP = (
    "Sodium valproate 500 mg twice a day continues until the urgent neurology review, since stopping suddenly risks "
    "seizures that would harm her and the baby. The baby was exposed through the first trimester, so the risk of "
    "malformations and later developmental problems is real; fetal medicine review and a detailed anomaly scan are "
    "requested. Folic acid 5 mg daily started today."
)
VO_HEAD = "Unplanned pregnancy at 8 weeks on sodium valproate 500 mg twice a day."
VO_FORM = "Annual risk acknowledgement form status recorded."
DZP_DOSE = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue for now, with a supervised diazepam "
    "taper from the 6-week review."
)
DZP_SLEEP = (
    "Together they sedate Kayleigh heavily: she must never share a bed, sofa or chair with the baby or feed lying "
    "down, and Sandra Hollis, the foster carer, does every night feed."
)
DZP_WATCH = "Sandra and the HV watch the baby for late withdrawal until day 8."
DZP = " ".join((DZP_DOSE, DZP_SLEEP, DZP_WATCH))
FO_DOSE = "Diazepam and pregabalin continue for now, with a supervised diazepam taper planned."
FO_SLEEP = (
    "Their sedation is the main risk: no bed, sofa or chair sharing, no feeding lying down, and Sandra Hollis, the "
    "foster carer, does the night feeds."
)
FO_WATCH = "Late withdrawal is possible until day 8, so Sandra and the HV watch for it."
FO_HOLD = "The foster carer, the HV and Leanne Moss, the social worker, all hold this plan."
FO = " ".join((FO_DOSE, FO_SLEEP, FO_WATCH, FO_HOLD))
QUET_HEAD = "Daniel's quetiapine 300 mg at night leaves him heavily sedated until morning."
QUET_NIGHTS = (
    "He does no night feeds and never sleeps with the baby on a bed, sofa or chair; Chloe does the nights and the "
    "baby sleeps in its own crib by her bed."
)
QUET_HV = "The HV checks the crib and the night routine at each visit to 8 weeks."
QUET = " ".join((QUET_HEAD, QUET_NIGHTS, QUET_HV))
PO_PARA = "Chloe's paracetamol raises no concern for the baby or for breastfeeding."
PO_QUET = (
    "Daniel's quetiapine 300 mg at night sedates him heavily: no co-sleeping with him on a bed, sofa or chair, and "
    "no night feeds by him after his dose."
)
PO_CHECK = "The crib was seen and is safe; the HV keeps checking it at each visit."
PO = " ".join((PO_PARA, PO_QUET, PO_CHECK))

# ---------------------------------------------------------------------------------------------------- reconcile
ok(
    "rc-meth-continue-and-stopped",
    RC,
    "meth",
    "Medicines reconciliation at 29 weeks. Continue: methadone 60 mg once daily, supervised. Stopped: codeine "
    "30 mg (stopped at booking by the drug service). " + METH_BABY + " " + METH_FEED + " " + METH_SLEEP,
    "methadone under Continue, an unlisted opioid under Stopped",
    cyr,
)
ok(
    "rc-mo-continue-both-stopped-diazepam",
    RC,
    "mo",
    "Continue: methadone 60 mg once daily; sertraline 100 mg once daily. Stopped: diazepam 2 mg, stopped in 2025 "
    "by the drug service. The baby has 72 hours of NAS and adaptation scoring on the postnatal ward, then the HV "
    "watches for late signs to day 8. Breastfeeding is encouraged. Methadone leaves her drowsy after each dose, so "
    "no bed or sofa sharing; the HV and Marcus Reed see the cot before discharge. Both medicines continue to keep "
    "her well.",
    "both listed medicines under Continue, a benzodiazepine under Stopped",
)
ok(
    "rc-cit-avoided-paroxetine",
    RC,
    "cit",
    "Continue: citalopram 20 mg daily. Avoided: paroxetine, given the heart defect signal in early pregnancy. "
    + CIT.split(". ", 1)[1],
    "an avoided antidepressant under its heading",
    zwsp,
)
ok(
    "rc-lith-previous-medicines",
    RC,
    "lith",
    "Previous medicines: sodium valproate (stopped in 2019, long before this pregnancy); olanzapine 10 mg (stopped "
    "in 2023 for weight gain). Current: lithium (Priadel) 800 mg at night, which continues, as her relapse risk "
    "after birth is high. " + LITH_LEVELS + " " + LITH_BABY,
    "old medicines under Previous medicines, lithium current",
)
ok(
    "rc-valp-alternatives-considered",
    RC,
    "valp",
    "Alternatives considered: lamotrigine; levetiracetam. Neither is started today: the neurologist weighs a switch "
    "at the urgent review. " + VALP,
    "other antiepileptics under Alternatives considered, nothing switched",
    shy,
)
ok(
    "rc-dzp-morphine-given-then-stopped",
    RC,
    "dzp",
    "Morphine 10 mg oral solution was given once on the labour ward and then stopped before she came to the "
    "placement. " + DZP,
    "a ward opioid given then stopped in one sentence",
)
ok(
    "rc-meth-used-to-buy-diazepam",
    RC,
    "meth",
    "She used to buy diazepam on the street; none since 2024, and her urine screens agree. " + METH,
    "a past habit she used to buy",
    greek,
)
ok(
    "rc-po-not-started-ibuprofen",
    RC,
    "po",
    "Not started: ibuprofen, as paracetamol alone controls her pain. " + PO,
    "a medicine not started under its heading",
)
ok(
    "rc-fo-stopped-co-codamol",
    RC,
    "fo",
    "Stopped: co-codamol 30/500, on day 2, as it added to her sedation. " + FO,
    "a combination opioid under Stopped in the overall",
    cyr,
)
ok(
    "rc-sert-stopped-fluoxetine",
    RC,
    "sert",
    "Stopped: fluoxetine 20 mg (switched to sertraline in 2024). Continue: " + SERT[0].lower() + SERT[1:],
    "an old SSRI under Stopped, sertraline under Continue",
)
ok(
    "rc-lith-not-started-lamotrigine",
    RC,
    "lith",
    LITH + " Not started: lamotrigine, which she declined as less protective for her.",
    "a declined mood stabiliser under Not started",
)
ok(
    "rc-mo-switch-will-not-happen",
    RC,
    "mo",
    "A switch to buprenorphine was raised at booking; the switch will not happen, since she is stable on methadone. "
    + MO,
    "an option raised then called off",
    zwsp,
)
ok(
    "rc-dzp-stopped-heading-now",
    RC,
    "dzp",
    "Continue: diazepam 5 mg three times a day; pregabalin 150 mg twice a day. Given in hospital, now stopped: "
    "dihydrocodeine 30 mg. The supervised diazepam taper starts at the 6-week review. " + DZP_SLEEP + " " + DZP_WATCH,
    "a ward-only opioid under a '..., now stopped:' heading",
)
ok(
    "rc-quet-his-previous-medicines",
    RC,
    "quet",
    "Previous medicines (Daniel): mirtazapine 30 mg, stopped in 2025. " + QUET,
    "the father's old medicine under a Previous heading",
)
ok(
    "rc-co-avoided-and-continue",
    RC,
    "co",
    "Continue: citalopram 20 mg through pregnancy and breastfeeding, to prevent relapse. Avoided: sertraline "
    "switch, as she relapsed on it in 2022. The midwife watches the baby for adaptation signs for the first 48 "
    "hours; the GP reviews her mood at 6 weeks. " + CO_AMEND,
    "an avoided switch under its heading in the overall",
)
bad(
    "rc-meth-continue-unlisted-diazepam",
    RC,
    "meth",
    "Continue: methadone 60 mg once daily, supervised; diazepam 5 mg at night. Stopped: codeine 30 mg. "
    + METH_BABY
    + " "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "an unlisted benzodiazepine continued under Continue",
    cyr,
)
bad(
    "rc-cit-stopped-none-mirtazapine",
    RC,
    "cit",
    "Stopped: none. Continue: citalopram 20 mg daily and mirtazapine 15 mg at night. " + CIT.split(". ", 1)[1],
    "an empty Stopped list, then an unlisted medicine continued",
)
bad(
    "rc-lith-stopped-then-restarted",
    RC,
    "lith",
    "Stopped: quetiapine 50 mg, at 6 weeks. She restarted quetiapine 50 mg at night last week for sleep. " + LITH,
    "an unlisted sedating medicine stopped then restarted",
)
bad(
    "rc-dzp-given-then-continues",
    RC,
    "dzp",
    "Morphine 10 mg oral solution was given on the labour ward and continues at home every 4 hours when needed. " + DZP,
    "an unlisted opioid given on the ward that continues",
)

# ---------------------------------------------------------------------------------------------------- decision
METH_HEADED = (
    "Methadone: 60 mg once daily, supervised, continues unchanged. Baby: 72 hours of NAS scoring on the postnatal "
    "ward by the midwives, then the HV watches for late withdrawal to day 8. Feeding: breastfeeding encouraged. "
    "Sleep: she is drowsy after each dose, so no bed or sofa sharing; the HV checks the cot at the first home visit."
)
ok(
    "dp-meth-plan-as-above",
    DP,
    "meth",
    METH_HEADED + " Plan: as above.",
    "'Plan: as above' after headed lines that decide",
    fw,
)
ok(
    "dp-lith-see-letter-which-sets-out",
    DP,
    "lith",
    "Plan: see letter of 3 May, which sets out: lithium (Priadel) 800 mg at night continues, as relapse after birth "
    "is likely without it; levels every 4 weeks, weekly from 36 weeks (29 July) and within 24 hours of birth; a "
    "paediatric review of the baby after birth; bottle feeding, as breastfeeding is not advised.",
    "a pointer to a letter followed by the plan itself",
    cyr,
)
ok(
    "dp-cit-history-then-recommendation",
    DP,
    "cit",
    "Background: anxiety with panic since 2019, well on citalopram for three years; two relapses when she stopped "
    "it. Recommendation: continue citalopram 20 mg daily; the midwife watches the baby for 48 hours after birth for "
    "jitteriness and poor feeding; breastfeeding is supported; the GP reviews her mood at the 6-week check.",
    "a history then a Recommendation that decides",
)
ok(
    "dp-valp-outcome-decided",
    DP,
    "valp",
    "Seen today at 8 weeks, unplanned, on valproate since 2015 for generalised epilepsy. Outcome: sodium valproate "
    "500 mg twice a day continues, not stopped suddenly, until the urgent neurology review (referral sent today); "
    "the baby has been exposed in the first trimester, so fetal medicine review and a detailed scan are requested "
    "for malformations; folic acid 5 mg started.",
    "an Outcome that decides after a short history",
    shy,
)
ok(
    "dp-dzp-actions-with-owners",
    DP,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day both sedate her. Actions: Sandra Hollis, the "
    "foster carer, does every night feed while Kayleigh is sedated, and the baby never shares a bed, sofa or chair "
    "with her; Sandra and the HV watch for late withdrawal until day 8; the GP starts a supervised diazepam taper "
    "at the 6-week review, and both continue until then.",
    "Actions with owners and times",
)
ok(
    "dp-quet-safe-sleep-heading",
    DP,
    "quet",
    QUET_HEAD + " Safe sleep: Daniel never sleeps with the baby on a bed, sofa or chair after his dose; the baby "
    "sleeps in its crib and Chloe does the night feeds. Follow-up: the HV checks the crib at each visit to 8 weeks.",
    "a concern's heading that decides",
)
ok(
    "dp-mo-conclusion-pointer-and-plan",
    DP,
    "mo",
    "Conclusion: see also the drug service letter of 20 February. " + MO,
    "a pointer beside a full plan under Conclusion",
    greek,
)
ok(
    "dp-sert-plan-review-at-six-weeks",
    DP,
    "sert",
    "Plan: sertraline 100 mg once daily continues, and the dose is looked at again at the 6-week check depending on "
    "her mood. The ward midwives watch the baby for 48 hours for jitteriness and poor feeding; she can breastfeed; "
    "stopping now would risk relapse.",
    "a plan decided now with a later review",
)
ok(
    "dp-fo-outcome-handed-with-decision",
    DP,
    "fo",
    "Outcome: diazepam and pregabalin continue, with a supervised diazepam taper from 6 weeks; the plan is handed to "
    "Sandra Hollis, the foster carer, who does every night feed, and the HV, who watches for late withdrawal until "
    "day 8. No bed, sofa or chair sharing with Kayleigh and no feeding lying down. Leanne Moss, the social worker, "
    "holds the plan too.",
    "a decided plan handed to its holders",
)
ok(
    "dp-lo-plan-as-above-after-lines",
    DP,
    "lo",
    "Lithium: Priadel 800 mg at night continues. Levels: every 4 weeks, weekly from 36 weeks (29 July) and within "
    "24 hours of birth. Baby: paediatric review after birth. Feeding: bottle, as breastfeeding is not advised. "
    "Mood: the perinatal team sees her within a week of birth, given her high relapse risk. Plan: as above.",
    "'Plan: as above' closing headed lines of the overall",
)
ok(
    "dp-quet-plan-as-discussed-then-set-out",
    DP,
    "quet",
    "Plan, as discussed with Chloe and Daniel on 28 May: "
    + QUET_NIGHTS
    + " "
    + QUET_HV
    + " "
    + "Daniel's quetiapine 300 mg at night sedates him until morning.",
    "'as discussed' followed by the plan itself",
)
ok(
    "dp-vo-recommendation-urgent",
    DP,
    "vo",
    VO_HEAD + " Recommendation: continue valproate unchanged and do not stop it abruptly; urgent referrals to "
    "neurology and to the antenatal clinic for fetal medicine review of the baby's risk of malformations; folic "
    "acid 5 mg started. " + VO_FORM,
    "a Recommendation that decides in the overall",
)
bad(
    "dp-meth-history-plan-deferred",
    DP,
    "meth",
    "On methadone since 2023 after years of heroin use; stable, supervised at the chemist, no street use since "
    "last summer; her partner is supportive and she attends every appointment. Plan: to be decided at the drug "
    "service review in April.",
    "a long history, then a Plan that waits",
    fw,
)
bad(
    "dp-lith-plan-see-letter-only",
    DP,
    "lith",
    "Bipolar I since 2014, two admissions, well on lithium (Priadel) for six years; severe postpartum relapse risk. "
    "Plan: see letter of 3 May.",
    "a history, then only a pointer",
)
bad(
    "dp-cit-recommendation-pending",
    DP,
    "cit",
    "Anxiety since 2019, well on citalopram 20 mg for three years, two relapses off it. Recommendation: pending "
    "the obstetric review at 34 weeks.",
    "a Recommendation left pending",
)
bad(
    "dp-dzp-actions-handed-over",
    DP,
    "dzp",
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day since 2024 for anxiety and pain; she moved "
    "to the placement with the baby on 12 June. Actions: handed over to the placement team to decide.",
    "Actions handed over with nothing decided",
)
bad(
    "dp-mo-plan-as-above-only-history",
    DP,
    "mo",
    "History: methadone since 2023, supervised daily; sertraline since 2024 for depression; no street drugs since "
    "last summer. Plan: as above.",
    "'Plan: as above' where above is only history",
)

# ---------------------------------------------------------------------------------------------------- heading
ok(
    "hd-cit-withdrawal-na-reasoned",
    HD,
    "cit",
    "Neonatal withdrawal: not applicable, as citalopram is not an opioid or a benzodiazepine; the baby is watched "
    "instead for adaptation signs. " + CIT,
    "a true heading dismissal with its reason, the other concerns answered",
    zwsp,
)
ok(
    "hd-lith-withdrawal-na-reasoned",
    HD,
    "lith",
    LITH + " Neonatal withdrawal: not applicable, since lithium causes no withdrawal; the baby's risk is toxicity, "
    "which the paediatric review covers.",
    "withdrawal not applicable to lithium, said why",
)
ok(
    "hd-valp-withdrawal-na-reasoned",
    HD,
    "valp",
    VALP + " Withdrawal in the baby: not applicable to valproate, whose risks are malformation and development.",
    "withdrawal not applicable to valproate, said why",
    cyr,
)
ok(
    "hd-quet-feeding-na-reasoned",
    HD,
    "quet",
    QUET + " Breastfeeding: not applicable to Daniel's medicine, as he does not feed the baby breast milk.",
    "feeding not applicable to the father's medicine, said why",
)
ok(
    "hd-sert-withdrawal-na-relapse-answered",
    HD,
    "sert",
    "Withdrawal: not applicable, sertraline is not a drug of dependence; adaptation is watched instead. Relapse: "
    "high if stopped, so sertraline 100 mg daily continues. Baby: the ward midwives watch for 48 hours for "
    "jitteriness and poor feeding. Feeding: breastfeeding is fine. Follow-up: GP mood review at 6 weeks.",
    "a headed list, one heading truly not applicable, the rest answered",
    greek,
)
ok(
    "hd-dzp-womb-na-postnatal",
    HD,
    "dzp",
    DZP + " Harm in the womb: not applicable now, as the baby was born on 8 June and had a normal newborn check.",
    "harm in the womb not applicable after the birth, said why",
)
ok(
    "hd-po-paracetamol-na",
    HD,
    "po",
    "Mother's medicines: not a concern, paracetamol only, fine with breastfeeding. " + PO_QUET + " " + PO_CHECK,
    "the mother's paracetamol dismissed with a reason, the father's risk answered",
)
ok(
    "hd-meth-teratogen-na",
    HD,
    "meth",
    METH + " Malformations: not applicable, methadone is not known to cause them and the anomaly scan was normal.",
    "malformations not applicable to methadone, said why",
)
ok(
    "hd-lo-withdrawal-na",
    HD,
    "lo",
    "Lithium (Priadel) 800 mg at night continues, with " + LITH_LEVELS[0].lower() + LITH_LEVELS[1:] + " Neonatal "
    "withdrawal: not applicable to lithium, which the paediatric review replaces with checks for toxicity. " + LO_TAIL,
    "withdrawal not applicable in the overall, said why",
)
bad(
    "hd-meth-withdrawal-na-bare",
    HD,
    "meth",
    METH_DOSE + " Neonatal withdrawal: not applicable. Breastfeeding is encouraged. " + METH_SLEEP,
    "the methadone baby's withdrawal dismissed under its heading",
    cyr,
)
bad(
    "hd-lith-relapse-na",
    HD,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Risk of relapse: n/a. " + LITH_LEVELS + " " + LITH_BABY,
    "lithium relapse dismissed under its heading",
)
bad(
    "hd-quet-father-dismissed",
    HD,
    "quet",
    QUET_HEAD + " Safe sleep: not applicable, as he is the father. The HV visits at 8 weeks.",
    "the father's sedation risk dismissed because he is the father",
)

# ---------------------------------------------------------------------------------------------------- ended
ok(
    "en-meth-hv-moved-trust-successor",
    EN,
    "meth",
    METH_DOSE + " The baby stays on the postnatal ward for 72 hours of NAS scoring by the midwives. Gemma Price, the "
    "HV named at booking, moved to another trust in February. Ruth Ellis is now her HV and watches for late "
    "withdrawal at visits to day 8. " + METH_FEED + " " + METH_SLEEP,
    "an HV who moved trust, the new HV named",
    shy,
)
ok(
    "en-dzp-foster-carer-replaced",
    EN,
    "dzp",
    DZP_DOSE + " Together they sedate Kayleigh heavily: she must never share a bed, sofa or chair with the baby or "
    "feed lying down. The first foster carer withdrew on 10 June and was replaced by Sandra Hollis, who does every "
    "night feed. " + DZP_WATCH,
    "a foster carer who withdrew and was replaced in the same sentence",
    cyr,
)
ok(
    "en-quet-phone-then-home-visit-weigh",
    EN,
    "quet",
    QUET_HEAD + " " + QUET_NIGHTS + " The HV rings Chloe on day 12 (30 May), then weighs the baby and checks the "
    "crib at a home visit on 1 June, and visits again at 8 weeks.",
    "a phone contact followed by a home visit to weigh",
)
ok(
    "en-quet-crib-back-when-cot-came",
    EN,
    "quet",
    QUET_HEAD + " He does no night feeds and never sleeps with the baby on a bed, sofa or chair; Chloe does the "
    "nights. The borrowed crib went back once the cot came on 25 May, and the baby sleeps in the cot by her bed. "
    + QUET_HV,
    "a crib returned once the cot came",
    greek,
)
ok(
    "en-dzp-no-observation-after-day-8",
    EN,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " Sandra and the HV watch the baby for late withdrawal; no further observation "
    "after day 8, as planned.",
    "a watch that ends at day 8 as planned",
)
ok(
    "en-meth-keyworker-retired-took-over",
    EN,
    "meth",
    "Her keyworker retired in January; Liam Doyle took over and supervises the daily dose. " + METH,
    "a keyworker retired, a successor named",
)
ok(
    "en-po-night-cover-fell-through-sister",
    EN,
    "po",
    PO_PARA + " " + PO_QUET + " His mother's night cover fell through, so Chloe's sister now stays and shares the "
    "nights with Chloe. " + PO_CHECK,
    "night cover that fell through with a replacement in the sentence",
)
ok(
    "en-mo-ward-bed-rebooked",
    EN,
    "mo",
    MO + " The ward bed for scoring was cancelled when the induction moved and rebooked for the new date.",
    "a booking cancelled and rebooked",
)
ok(
    "en-cit-midwife-moved-team",
    EN,
    "cit",
    CIT.split(". ", 1)[0] + ". Her booking midwife moved to another team in January. Kate Barnes is now her "
    "community midwife and watches the baby for 48 hours after birth for jitteriness, poor feeding and fast "
    "breathing; breastfeeding is supported; the GP reviews her mood at the 6-week check.",
    "a midwife who moved team, told plainly, the new one named",
)
ok(
    "en-fo-sw-left-new-named",
    EN,
    "fo",
    FO_DOSE + " " + FO_SLEEP + " " + FO_WATCH + " The first social worker left the service in May; Leanne Moss "
    "now holds the case, with the foster carer and the HV.",
    "a social worker who left, the successor named",
)
ok(
    "en-quet-video-call-and-visit",
    EN,
    "quet",
    QUET + " A video call on day 12 (30 May) checks how Chloe is coping with the nights, and the HV weighs the baby "
    "at the clinic on 1 June.",
    "a video call beside a weighing at the clinic",
)
bad(
    "en-meth-hv-moved-aside",
    EN,
    "meth",
    METH_DOSE + " The baby stays on the postnatal ward for 72 hours of NAS scoring by the midwives, then Gemma "
    "Price, the HV, who has moved to another trust, watches for late withdrawal to day 8. "
    + METH_FEED
    + " "
    + METH_SLEEP,
    "the watch given to an HV who has moved trust",
    shy,
)
bad(
    "en-dzp-foster-carer-withdrew",
    EN,
    "dzp",
    DZP_DOSE + " Together they sedate Kayleigh heavily: she must never share a bed, sofa or chair with the baby or "
    "feed lying down. The foster carer who was to do the night feeds withdrew on 10 June. The HV watches the baby "
    "for late withdrawal until day 8.",
    "the night-feed holder withdrew, no replacement",
)
bad(
    "en-quet-weigh-at-phone-contact",
    EN,
    "quet",
    QUET_HEAD + " " + QUET_NIGHTS + " The HV weighs the baby and checks the crib at the phone contact on day 12 "
    "(30 May).",
    "acts needing the baby set at a phone contact",
)
bad(
    "en-po-night-cover-fell-through",
    EN,
    "po",
    PO_PARA + " Daniel's quetiapine 300 mg at night sedates him heavily, so his own mother, Joyce, was to stay and "
    "do the nights. Joyce's night cover fell through last week. " + PO_CHECK,
    "the night cover ended with nothing instead",
)
bad(
    "en-dzp-watch-called-off",
    EN,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The HV's visits to watch for late withdrawal were called off.",
    "the withdrawal watch called off with nothing in its place",
)

# ---------------------------------------------------------------------------------------------------- sleep
ok(
    "sl-meth-no-sofa-naps",
    SL,
    "meth",
    METH_DOSE + " " + METH_BABY + " " + METH_FEED + " She is sleepy after each dose: no bed sharing and no sofa naps "
    "with the baby, even in the daytime; the HV checks the cot at the first home visit.",
    "sofa naps ruled out",
    fw,
)
ok(
    "sl-quet-bed-with-chloe",
    SL,
    "quet",
    QUET_HEAD + " He sleeps in the main bed with Chloe after his dose, and the baby sleeps in its own crib on her "
    "side; Daniel does no night feeds and never has the baby on a sofa or chair. " + QUET_HV,
    "a bed shared by the adults, the baby in its crib",
    cyr,
)
ok(
    "sl-po-crib-checks-kept",
    SL,
    "po",
    PO_PARA + " " + PO_QUET + " The crib was seen on 28 May; the HV checks it again at every visit to 8 weeks.",
    "the overall keeps the crib checks",
)
ok(
    "sl-fo-watch-kept",
    SL,
    "fo",
    FO_DOSE
    + " "
    + FO_SLEEP
    + " The HV and Sandra watch the baby at the placement for late withdrawal until day 8. "
    + FO_HOLD,
    "the overall keeps the watch",
)
ok(
    "sl-dzp-naps-in-cot",
    SL,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " Daytime naps are in the cot too, never on the sofa with Kayleigh. " + DZP_WATCH,
    "naps in the cot, the sofa ruled out",
)
ok(
    "sl-mo-partner-bed-baby-moses",
    SL,
    "mo",
    MO + " She shares her bed with her partner only; the moses basket is beside the bed.",
    "the adults' bed, the baby in a moses basket",
)
ok(
    "sl-quet-chair-feeds-awake",
    SL,
    "quet",
    QUET + " Chloe feeds the baby in the chair awake and puts it back in the crib after each feed.",
    "a chair used awake for feeds, the crib after",
)
bad(
    "sl-quet-sofa-nap-allowed",
    SL,
    "quet",
    QUET_HEAD + " Chloe does the night feeds and the baby sleeps in its crib at night. An afternoon sofa nap with "
    "the baby on Daniel's chest is fine. " + QUET_HV,
    "a sofa nap with the sedated father allowed",
)
bad(
    "sl-meth-bed-with-baby-and-partner",
    SL,
    "meth",
    METH_DOSE + " " + METH_BABY + " " + METH_FEED + " The baby may sleep in the big bed with her and her partner "
    "after her dose.",
    "the baby allowed in the bed after a sedating dose",
)
bad(
    "sl-po-crib-checks-dropped",
    SL,
    "po",
    PO_PARA + " " + PO_QUET + " The crib was seen; no further checks of the crib are needed.",
    "the overall drops the crib checks",
)
bad(
    "sl-fo-watch-dropped",
    SL,
    "fo",
    FO_DOSE + " " + FO_SLEEP + " No watch for withdrawal is needed once they leave the ward. " + FO_HOLD,
    "the overall drops the withdrawal watch",
)

# ---------------------------------------------------------------------------------------------------- levels
ok(
    "lv-lith-before-and-after-dated",
    LV,
    "lith",
    LITH_DOSE + " Lithium levels every 4 weeks now (next on 3 June), weekly from 36 weeks (29 July), within 24 hours "
    "of birth and on days 3 and 7 after it, by the perinatal team. " + LITH_BABY,
    "levels planned before and after birth with their dates",
    greek,
)
ok(
    "lv-lith-bloods-as-levels",
    LV,
    "lith",
    LITH_DOSE + " Lithium bloods every 4 weeks, weekly from 36 weeks (29 July) and within 24 hours of birth; thyroid "
    "and kidney bloods at 28 weeks too. " + LITH_BABY,
    "blood tests as the levels, kept",
)
ok(
    "lv-lith-question-answered",
    LV,
    "lith",
    LITH_DOSE + " Can her levels stop once she is delivered? No: they are checked within 24 hours of birth and "
    "weekly for the first month, as well as every 4 weeks now and weekly from 36 weeks. " + LITH_BABY,
    "a levels question answered by the plan",
    shy,
)
ok(
    "lv-lo-levels-both-sides-of-birth",
    LV,
    "lo",
    "Lithium (Priadel) 800 mg at night continues. Levels every 4 weeks until 36 weeks (29 July), then weekly until "
    "delivery, within 24 hours of birth and weekly for 4 weeks after. " + LO_TAIL,
    "levels before and after birth in the overall",
)
ok(
    "lv-lith-levels-restart-after-labour",
    LV,
    "lith",
    LITH_DOSE + " " + LITH_LEVELS + " Lithium is paused in labour and restarted after birth, with a level 12 hours "
    "after the first dose back. " + LITH_BABY,
    "a pause in labour with the levels kept",
)
ok(
    "lv-lith-no-sodium-bloods-needed",
    LV,
    "lith",
    LITH + " No extra glucose tests are needed for her.",
    "another analyte's tests ruled out, levels kept",
)
bad(
    "lv-lith-levels-start-postnatal",
    LV,
    "lith",
    LITH_DOSE + " Levels start at the postnatal check. " + LITH_BABY,
    "levels begun only after birth",
    cyr,
)
bad(
    "lv-lith-no-bloods-until-birth",
    LV,
    "lith",
    LITH_DOSE + " No blood tests are needed until after the birth. " + LITH_BABY,
    "bloods under lithium ruled out in pregnancy",
)
bad(
    "lv-lo-levels-stop-at-delivery",
    LV,
    "lo",
    "Lithium (Priadel) 800 mg at night continues, with levels every 4 weeks and weekly from 36 weeks; no levels are "
    "taken after delivery. " + LO_TAIL,
    "levels dropped after birth, when toxicity is likeliest",
)

# ---------------------------------------------------------------------------------------------------- dates
ok(
    "dt-dzp-day-5-check-13-june",
    DT,
    "dzp",
    DZP_DOSE + " " + DZP_SLEEP + " The community midwife's day 5 check on 13 June found no withdrawal signs; Sandra "
    "and the HV keep watching until day 8.",
    "a day 5 check dated on day 5 (birth 8 June)",
    zwsp,
)
ok(
    "dt-quet-day-10-visit-28-may",
    DT,
    "quet",
    QUET_HEAD + " " + QUET_NIGHTS + " The HV's day-10 visit is on 28 May, and she checks the crib at each visit to "
    "8 weeks.",
    "a day-10 visit dated on day 10 (birth 18 May)",
)
ok(
    "dt-fo-born-on-8-june",
    DT,
    "fo",
    "The baby, born on 8 June, went to the placement with Kayleigh. " + FO,
    "a birth told by its date, before the attestation",
    cyr,
)
ok(
    "dt-po-six-week-check-29-june",
    DT,
    "po",
    PO + " The GP's 6-week check of mother and baby is on 29 June.",
    "a 6-week check dated at 6 weeks",
)
ok(
    "dt-meth-first-child-born-2021",
    DT,
    "meth",
    "Her first child, born on 3 March 2021, lives with her. " + METH,
    "an earlier child's birth told by its date",
)
ok(
    "dt-dzp-day-14-visit-22-june",
    DT,
    "dzp",
    DZP + " The HV's day-14 visit to the placement is on 22 June.",
    "a day-14 visit on day 14",
)
ok(
    "dt-quet-8-week-visit-13-july",
    DT,
    "quet",
    QUET_HEAD + " " + QUET_NIGHTS + " The HV checks the crib at each visit, the last being the 8-week visit on 13 "
    "July.",
    "an 8-week visit dated at 8 weeks",
)
bad(
    "dt-dzp-day-10-visit-15-june",
    DT,
    "dzp",
    DZP + " The HV's day-10 visit is on 15 June.",
    "a day-10 visit dated on day 7",
)
bad(
    "dt-po-six-week-check-8-june",
    DT,
    "po",
    PO + " The GP's 6-week check of mother and baby is on 8 June.",
    "a 6-week check dated at 3 weeks",
)
bad(
    "dt-fo-born-after-attestation",
    DT,
    "fo",
    "The baby, born at 37 weeks on 20 June, went to the placement with Kayleigh. " + FO,
    "a birth told by a date after the attestation",
)
bad(
    "dt-quet-day-14-visit-25-may",
    DT,
    "quet",
    QUET + " The HV's day-14 visit is on 25 May.",
    "a day-14 visit dated on day 7",
)


# ---------------------------------------------------------------------------------------------------- more near misses that pass
ok(
    "rc-mo-options-weighed-chosen",
    RC,
    "mo",
    "Options weighed: a switch to buprenorphine; a higher methadone dose. Chosen: methadone 60 mg once daily "
    "unchanged, with sertraline 100 mg, as both keep her stable. The baby has 72 hours of NAS and adaptation "
    "scoring on the postnatal ward, then the HV watches for late signs to day 8. Breastfeeding is encouraged. "
    "Methadone leaves her drowsy, so no bed or sofa sharing; the HV and Marcus Reed see the cot before discharge.",
    "options under 'Options weighed', the chosen plan named",
    fw,
)
ok(
    "rc-lith-withheld-nsaids",
    RC,
    "lith",
    LITH + " Withheld: ibuprofen and other anti-inflammatories, which raise lithium levels; paracetamol for pain "
    "instead.",
    "painkillers withheld under their heading for a lithium reason",
)
ok(
    "rc-fo-stopped-before-discharge",
    RC,
    "fo",
    "Stopped before discharge: oxycodone 5 mg and cyclizine 50 mg, both given after the caesarean. " + FO,
    "ward medicines under a 'Stopped before discharge' heading",
)
ok(
    "rc-cit-previous-sertraline",
    RC,
    "cit",
    CIT + " Previous medicines: sertraline 50 mg (2021 to 2022), stopped for nausea.",
    "an earlier SSRI under Previous medicines",
    greek,
)
ok(
    "rc-vo-previous-carbamazepine",
    RC,
    "vo",
    VO_HEAD + " Previous medicines: carbamazepine 400 mg, stopped in 2014 for a rash. Valproate continues "
    "unchanged until the urgent neurology review and must not be stopped abruptly; the baby's exposure carries a "
    "risk of malformations and developmental problems, so fetal medicine review is requested urgently. Folic acid "
    "5 mg started. " + VO_FORM,
    "an old antiepileptic under Previous medicines in the overall",
)
ok(
    "dp-cit-conclusion-short",
    DP,
    "cit",
    "Conclusion: continue citalopram 20 mg, as her relapse risk is high; the midwife watches the baby for "
    "adaptation signs for 48 hours after birth; breastfeed; GP mood review at 6 weeks.",
    "a short complete plan under Conclusion",
)
ok(
    "dp-meth-plan-also-in-letter",
    DP,
    "meth",
    "Plan (also in the drug service letter of 20 February): " + METH,
    "a pointer in brackets before the plan itself",
    zwsp,
)
ok(
    "dp-dzp-plan-reviewed-at-conference",
    DP,
    "dzp",
    "Plan: " + DZP + " The plan is reviewed at the case conference on 26 June.",
    "a decided plan with a later review",
)
ok(
    "dp-po-outcome-as-above",
    DP,
    "po",
    "Mother: paracetamol only, no concern for the baby or feeding. Father: quetiapine 300 mg at night sedates him "
    "heavily, so no co-sleeping with him on a bed, sofa or chair and no night feeds by him. Sleep: crib seen and "
    "safe; the HV checks it at each visit. Outcome: as above.",
    "'Outcome: as above' after headed lines that decide",
)
ok(
    "dp-sert-actions-numbered",
    DP,
    "sert",
    "Actions: 1. Sertraline 100 mg once daily continues, as relapse would harm her and the baby (GP). 2. The ward "
    "midwives watch the baby for 48 hours for jitteriness and poor feeding. 3. Breastfeeding supported by the "
    "midwife. 4. Mood review at the 6-week check (GP).",
    "numbered Actions with owners",
)
ok(
    "hd-vo-withdrawal-na",
    HD,
    "vo",
    VO_HEAD + " Valproate continues unchanged until the urgent neurology review; it must not be stopped abruptly. "
    "Malformations: a real risk after first-trimester exposure, so fetal medicine review is requested urgently. "
    "Neonatal withdrawal: not applicable to valproate, which causes none. Folic acid 5 mg started. " + VO_FORM,
    "withdrawal not applicable to valproate in the overall, the teratogen risk answered",
)
ok(
    "hd-po-feeding-na-father",
    HD,
    "po",
    PO_PARA
    + " "
    + PO_QUET
    + " Breastfeeding: not applicable to his quetiapine, which does not reach the baby. "
    + PO_CHECK,
    "feeding not applicable to the father's medicine in the overall, said why",
)
ok(
    "en-meth-hv-on-leave-cover",
    EN,
    "meth",
    METH_DOSE + " " + "The baby stays on the postnatal ward for 72 hours of NAS scoring by the midwives. The named "
    "HV is on maternity leave until September, so Ruth Ellis covers and watches for late withdrawal at visits on "
    "days 3 and 8. " + METH_FEED + " " + METH_SLEEP,
    "an HV on leave, the cover named in the sentence",
)
ok(
    "en-dzp-unit-bed-replaced",
    EN,
    "dzp",
    "A mother-and-baby unit bed fell through when the unit closed, and the foster placement with Sandra Hollis "
    "replaced it. " + DZP,
    "a plan that fell through, replaced in its sentence",
    shy,
)
ok(
    "en-lith-coordinator-moved-osei",
    EN,
    "lith",
    LITH + " Her care coordinator moved to another trust in April. Dr Samuel Osei now leads her care and sees her "
    "within a week of birth.",
    "a coordinator who moved trust, told plainly, with the successor",
)
ok(
    "en-mo-sw-moved-team-reed",
    EN,
    "mo",
    MO + " The social worker first allocated moved to another team in January, and Marcus Reed now holds the case.",
    "a social worker who moved team, the successor in the sentence",
)
ok(
    "sl-quet-no-naps-day-or-night",
    SL,
    "quet",
    QUET_HEAD + " " + QUET_NIGHTS + " No sofa or armchair naps with the baby either, day or night. " + QUET_HV,
    "sofa and chair naps ruled out",
    cyr,
)
ok(
    "sl-dzp-carer-bed-with-husband",
    SL,
    "dzp",
    DZP + " Sandra sleeps in her own bed with her husband, the baby in a cot beside it.",
    "the carer's bed with an adult, the baby in a cot",
)
ok(
    "lv-lo-bloods-dated",
    LV,
    "lo",
    "Lithium (Priadel) 800 mg at night continues. Lithium level bloods on 3 June, then every 4 weeks, weekly from "
    "29 July (36 weeks), within 24 hours of birth and weekly for 4 weeks after. " + LO_TAIL,
    "dated lithium bloods before and after birth in the overall",
)
ok(
    "lv-lith-baby-bloods-apart",
    LV,
    "lith",
    LITH + " The paediatrician checks the baby's own lithium level and thyroid after birth.",
    "the baby's bloods beside the mother's levels",
)
ok(
    "lv-lith-levels-since-booking",
    LV,
    "lith",
    LITH_DOSE + " Levels have been every 4 weeks since booking and stay so; weekly from 36 weeks (29 July) and within "
    "24 hours of birth. " + LITH_BABY,
    "levels carried on from booking",
    fw,
)
ok(
    "dt-fo-day-8-is-16-june",
    DT,
    "fo",
    FO_DOSE + " " + FO_SLEEP + " Late withdrawal is possible until day 8 (16 June), so Sandra and the HV watch "
    "for it. " + FO_HOLD,
    "day 8 dated on its day",
)
ok(
    "dt-po-day-12-call-and-visit",
    DT,
    "po",
    PO + " The HV rings on day 12 (30 May) and visits on day 14 (1 June) to see the crib again.",
    "a call and a visit dated on their days",
)
ok(
    "dt-dzp-born-at-39-weeks",
    DT,
    "dzp",
    "Born at 39 weeks on 8 June, the baby is now in the placement with Kayleigh. " + DZP,
    "a birth told short by its date, before the attestation",
    greek,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F144CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F144CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F144CASES):3}"
    )
