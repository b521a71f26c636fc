"""An eighty-first independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
twenty-sixth round, against the readings of "decides nothing" landed in the hour before it.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About four in five records are good clinical work that uses a shape the gate
now reads as deciding nothing, BESIDE a real decision; the rest are hollow near misses that decide nothing and
must still be refused. It covers:

* ``inverted-conditions``: "were she to ...", "should she wish to ...", "had the baby been ..." followed by
  would/could/might, next to a plan that is decided (a decision followed by a contingency);
* ``own-verb-deferrals``: "left to the discretion of", "could be discussed", "remain to be worked through", "for
  the conference to determine", about a minor detail or a PRN medicine beside a decided plan, and the words before
  such a deferral that are not its subject;
* ``depending-on``: "depending on ..." with the default plan stated, or with either branch inside a fixed plan;
* ``options-chosen``: options listed under a heading with the one chosen, in every phrasing of choosing;
* ``wishes``: hopes and "would ideally like" beside firm plans;
* ``should-were``: "should" as an obligation and "were" as a plain past;
* ``disguise``: a fifth more, good and hollow texts from above in look-alike letters, zero-width characters,
  soft hyphens, bidi isolates and full width; the disguised verdict equals the plain one.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh81_cases`` for the
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
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F81CASES: list[Case] = []

CATEGORIES = (
    "inverted-conditions",
    "own-verb-deferrals",
    "depending-on",
    "options-chosen",
    "wishes",
    "should-were",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F81CASES.append(Case(f"f81-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def isolate_words(text: str) -> str:
    """Each word wrapped in a left-to-right isolate and its pop."""
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def soft_hyphens(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def zero_width(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def cyrillic(text: str) -> str:
    return homoglyphs(text, "aeopcsx")


def greek(text: str) -> str:
    return homoglyphs(text, "aiov", variant=1)


# ------------------------------------------------------------------------------------------------------------
# inverted-conditions: "were she to ...", "should she wish to ..." beside a decision.
IC = "inverted-conditions"

IC_METH = (
    "Methadone continues at 60 mg daily through pregnancy. Were she to miss two or more doses, the drug service "
    "would contact the community midwife the same day. The baby will be observed on the postnatal ward for NAS for "
    "at least 72 hours; breastfeeding is encouraged on a stable dose; no co-sleeping after her dose."
)
ok("ic-meth-decision-then-were-missed", IC, M, meth(IC_METH), "a decision followed by a contingency for missed doses")
IC_SERT = (
    "Sertraline 100 mg continues. Should she wish to reduce it after delivery, she would do that only with the GP at "
    "the 6-week check. The midwife watches the baby for adaptation symptoms for 48 hours after birth, and "
    "sertraline is fine with breastfeeding."
)
ok("ic-sert-should-she-wish-after", IC, M, sert(IC_SERT), "continues; 'should she wish' only governs a later reduction")
IC_CIT = (
    "Should the baby be jittery or feed poorly in the first 48 hours, the paediatric SHO would be called. That "
    "observation is the plan: citalopram 20 mg continues through pregnancy and breastfeeding, and the midwife "
    "observes the baby for 48 hours after birth."
)
ok("ic-cit-condition-first-decision-after", IC, C, cit(IC_CIT), "the contingency comes first, the decision follows")
IC_LITH = (
    "Lithium (Priadel) 800 mg nocte continues, with levels 4-weekly, weekly from 36/40 and within 24 h of delivery. "
    "Were labour to be prolonged, the obstetric team would recheck the level and give IV fluids. Baby: paediatric "
    "r/v after birth for floppiness, poor feeding and thyroid; bottle fed as lithium passes into breast milk."
)
ok("ic-lith-were-labour-prolonged", IC, L, lith(IC_LITH), "a decided plan with a labour contingency")
IC_VALP = (
    "Sodium valproate 500 mg bd continues unchanged until neurology see her this week; she must not stop it. Were "
    "she to have a seizure, she would go to A&E and the on-call neurologist would be contacted. The baby was exposed "
    "in the first trimester, so a detailed anomaly scan and fetal medicine review are booked. Folic acid 5 mg "
    "continues."
)
ok("ic-valp-were-seizure", IC, V, valp(IC_VALP), "continues, must not stop; the seizure contingency is extra")
IC_DZP = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Should she wish to start the diazepam taper before the "
    "6-week review, the GP would see her first. She must never sleep with the baby on a bed, sofa or armchair; the "
    "foster carer does the night feeds and watches for late withdrawal until day 8."
)
ok("ic-dzp-should-she-wish-taper", IC, F, dzp(IC_DZP), "both continue; an earlier taper is only a contingency")
IC_QUET = (
    "Daniel's quetiapine 300 mg at night continues. He does no night feeds and never shares a bed, sofa or "
    "armchair with the baby; Chloe does the nights and the baby sleeps in the next-to-me crib. Were his dose to go "
    "up, his GP would tell the health visitor that week."
)
ok("ic-quet-were-dose-up", IC, P, quet(IC_QUET), "a partner's plan with a contingency at the end")
ok(
    "ic-overall-meth-sert-should-relapse",
    IC,
    M,
    overall(
        "Methadone 60 mg and sertraline 100 mg both continue. Baby: 72 h NAS obs on the PNW, HV to check for late "
        "signs to day 8; breastfeeding encouraged; no co-sleeping after her methadone. Should she relapse on "
        "heroin, the drug worker would call a professionals' meeting within a week."
    ),
    "decided overall plan with a relapse contingency",
)
ok(
    "ic-overall-lith-were-unwell",
    IC,
    L,
    overall(
        "Continue lithium (Priadel) 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of birth. "
        "The baby has a paediatric review after birth and is bottle fed. Were she to become unwell after the "
        "birth, the perinatal team would see her the same day."
    ),
    "'were she to become unwell' beside a full plan",
)
ok(
    "ic-overall-valp-should-neuro-advise",
    IC,
    V,
    overall(
        "Sodium valproate continues unchanged; do not stop it. Urgent neurology review this week and early fetal "
        "medicine review for the baby's first-trimester exposure. Folic acid 5 mg started. Should neurology advise "
        "a switch, the GP would make it only from their written plan."
    ),
    "the switch contingency follows a decided plan",
)
ok(
    "ic-overall-cit-if-she-were",
    IC,
    C,
    overall(
        "Continue citalopram 20 mg through pregnancy and breastfeeding. Midwife to observe the baby for 48 hours "
        "for adaptation symptoms. If she were to feel low after the birth, the health visitor would bring the "
        "mood review forward from the 6-week check."
    ),
    "'if she were to' beside imperatives",
)
ok(
    "ic-overall-dzp-were-placement-end",
    IC,
    F,
    overall(
        "Diazepam and pregabalin continue; both sedate her. No bed, sofa or armchair sharing, no feeding lying "
        "down; the foster carer does the night feeds. Late withdrawal possible to day 8. Were the placement to "
        "end, this plan would go with the baby to the next carer."
    ),
    "a contingency about the placement after the plan",
)
ok(
    "ic-overall-quet-should-he-wish",
    IC,
    P,
    overall(
        "Paracetamol for Chloe raises no concern. Daniel's quetiapine sedates him heavily at night: he does no "
        "night feeds and never sleeps with the baby on a bed, sofa or armchair. Should he wish to take it earlier, "
        "he would see his GP first; the health visitor keeps checking the crib."
    ),
    "'should he wish' after a decided partner plan",
)
ok(
    "ic-dzp-had-preterm-counterfactual",
    IC,
    F,
    dzp(
        "Had the baby been born preterm, SCBU would have been needed; she was born at term and rooms in with the "
        "foster carer. Diazepam and pregabalin continue; no co-sleeping or feeding lying down, the foster carer "
        "does the night feeds and watches for late withdrawal until day 8."
    ),
    "an inverted 'had' counterfactual followed by what is the case and the plan",
)
ok(
    "ic-meth-were-plain-subjunctive-after-decision",
    IC,
    M,
    meth(
        "Plan: methadone 60 mg od continues, supervised. NAS: 72 h observation on PNW with scoring; HV for late "
        "signs to day 8. BF encouraged. Safe sleep: no co-sleeping, cot in parents' room. Were she to be "
        "admitted, the ward would confirm the last dose with the pharmacy before giving one."
    ),
    "SOAP-style plan with a trailing admission contingency",
)

bad(
    "ic-meth-only-conditionals",
    IC,
    M,
    meth(
        "Were she to stop methadone, the baby could withdraw in the womb and she might relapse; should the dose "
        "rise, the baby's withdrawal after birth might be worse."
    ),
    "nothing but inverted conditions with could/might (MA103)",
)
bad(
    "ic-lith-should-she-wish-only",
    IC,
    L,
    lith(
        "Should she wish to stop lithium, the perinatal team would advise against it, and were the baby to be "
        "floppy at birth, a paediatric review might be arranged."
    ),
    "two inverted conditions, no decision (MA103)",
)
bad(
    "ic-quet-were-daniel-only",
    IC,
    P,
    quet(
        "Were Daniel to take his quetiapine before night feeds, sleeping with the baby on the sofa could be "
        "dangerous; should he wish to change his dose, his GP would review it."
    ),
    "the partner's risk only as conditions (MA103)",
)
bad(
    "ic-overall-dzp-only-conditions",
    IC,
    F,
    overall(
        "Should the mother wish to reduce diazepam or pregabalin, a taper would be considered; were the baby to "
        "show late withdrawal, the foster carer might call the neonatal unit."
    ),
    "overall of conditions only (MA103)",
)
bad(
    "ic-cit-were-stopped-only",
    IC,
    C,
    cit(
        "Were citalopram to be stopped, relapse could follow, and should the baby be jittery after birth, the "
        "midwife might ask for a review."
    ),
    "conditions with could/might only (MA103)",
)
# ------------------------------------------------------------------------------------------------------------
# own-verb-deferrals: a minor detail or a PRN left to someone, beside a decided plan.
DV = "own-verb-deferrals"

DV_METH = (
    "Methadone 60 mg daily continues through pregnancy and the baby is observed for NAS for 72 hours on the "
    "postnatal ward, with the choice of side room left to the discretion of the ward sister. Breastfeeding is "
    "encouraged; no co-sleeping after her dose."
)
ok("dv-meth-side-room-discretion", DV, M, meth(DV_METH), "the deferral's subject is the side room, not the plan")
DV_QUET = (
    "Chloe's paracetamol is PRN at her own discretion. Daniel's quetiapine 300 mg nocte continues; he does no night "
    "feeds after it and never shares a bed or sofa with the baby, who sleeps in the crib on Chloe's side; the HV "
    "checks at each visit."
)
ok("dv-quet-prn-discretion", DV, P, quet(DV_QUET), "'PRN at her discretion' is a prescription, not a deferral")
DV_LITH = (
    "Lithium (Priadel) 800 mg continues through pregnancy with levels monthly, weekly from 36 weeks and within 24 "
    "hours of birth. A taper could be discussed once she has been well for a year after the birth, not before. The "
    "baby has a paediatric review after birth and is bottle fed."
)
ok("dv-lith-taper-later-discussed", DV, L, lith(DV_LITH), "'a taper could be discussed' a year on, beside the plan")
DV_CIT = (
    "Citalopram 20 mg continues; the midwife watches the baby for adaptation symptoms for 48 hours after birth and "
    "breastfeeding is supported. The wording of the letter to the health visitor is for the practice to determine."
)
ok("dv-cit-letter-wording-practice", DV, C, cit(DV_CIT), "a clerical detail for the practice to determine")
DV_SERT = (
    "Sertraline 100 mg continues, as stopping led to relapse before. The maternity team observes the baby for "
    "adaptation symptoms after birth, and breastfeeding is fine. Whether the 6-week mood check is by phone or face "
    "to face is left to her and the GP."
)
ok("dv-sert-phone-or-face", DV, M, sert(DV_SERT), "the format of a check left to her, the plan decided")
DV_VALP = (
    "Sodium valproate 500 mg bd continues until neurology see her this week; she must not stop it suddenly. The "
    "baby has first-trimester exposure, so a fetal medicine scan is booked. The finer points of contraception "
    "after the birth remain to be worked through with her at the postnatal check. Folic acid 5 mg continues."
)
ok("dv-valp-contraception-later", DV, V, valp(DV_VALP), "a later detail to work through, beside decided care")
DV_DZP = (
    "Diazepam 5 mg tds continues, tapering by 1 mg a fortnight from the 6-week review; pregabalin 150 mg bd "
    "continues. The order of the taper steps (morning or evening dose first) is left to the discretion of the GP. "
    "She must not sleep with the baby on a bed or sofa; the foster carer does the night feeds and watches for late "
    "withdrawal to day 8."
)
ok("dv-dzp-taper-order-discretion", DV, F, dzp(DV_DZP), "which dose is cut first is discretion within a stated taper")
ok(
    "dv-overall-meth-sert-conference",
    DV,
    M,
    overall(
        "Whether the social worker stays involved is for the child protection conference to determine; the "
        "medication plan is decided. Methadone 60 mg and sertraline 100 mg continue; the baby has 72 hours of "
        "withdrawal observation on the postnatal ward; breastfeeding encouraged; no co-sleeping after methadone."
    ),
    "the conference decides social work, not the medicines; the plan follows",
)
ok(
    "dv-overall-dzp-court-contact",
    DV,
    F,
    overall(
        "Contact arrangements are for the court to determine; the medication plan is not. Diazepam and pregabalin "
        "continue; no bed, sofa or armchair sharing, no feeding lying down, the foster carer does night feeds, and "
        "late withdrawal is watched for until day 8."
    ),
    "the court's business named and set apart from the plan",
)
ok(
    "dv-overall-lith-induction-discretion",
    DV,
    L,
    overall(
        "Lithium (Priadel) 800 mg continues, withheld at the onset of labour and restarted after birth with a level "
        "within 24 hours. Timing of induction is left to the discretion of the obstetric consultant. The baby has a "
        "paediatric review after birth and is bottle fed."
    ),
    "obstetric timing left to the consultant beside a decided lithium plan",
)
ok(
    "dv-overall-valp-minor-detail",
    DV,
    V,
    overall(
        "Valproate continues unchanged until the urgent neurology review; do not stop it. Fetal medicine review "
        "and a detailed anomaly scan for the baby. Folic acid 5 mg. The day of the scan is left to the antenatal "
        "clinic."
    ),
    "the scan's day is the clinic's; that there is a scan is decided",
)
ok(
    "dv-overall-quet-visit-day-family",
    DV,
    P,
    overall(
        "Daniel's quetiapine sedates him at night, so he does no night feeds after his dose and never co-sleeps with "
        "the baby on a bed, sofa or armchair. Chloe's paracetamol is no concern. Which evening the health visitor "
        "calls to see the crib is for the family to determine."
    ),
    "the visit's evening is the family's to choose",
)
ok(
    "dv-meth-subject-before-is-narrow",
    DV,
    M,
    meth(
        "Her methadone continues at 60 mg, and the time of her last antenatal drug screen is left to the drug "
        "service. At birth the baby is scored for withdrawal for 72 hours; breastfeeding is encouraged; the cot is "
        "by her bed, no co-sleeping."
    ),
    "the deferral's own subject is the drug screen's time, not the methadone before the comma",
)
ok(
    "dv-sert-could-be-discussed-then-no",
    DV,
    M,
    sert(
        "A switch from sertraline could be discussed, but she and the GP agreed it continues at 100 mg: relapse is "
        "the bigger risk. The baby is observed for adaptation symptoms after birth; breastfeeding is fine."
    ),
    "'could be discussed, but ... agreed' decides",
)

bad(
    "dv-meth-all-discretion",
    DV,
    M,
    meth(
        "Methadone dosing, the baby's observation after birth and feeding are left to the discretion of the drug "
        "service and the maternity team."
    ),
    "everything handed to others (MA103)",
)
bad(
    "dv-lith-discussed-worked-through",
    DV,
    L,
    lith(
        "A lithium taper could be discussed, and the baby's review after birth remains to be worked through with "
        "paediatrics."
    ),
    "two own-verb deferrals, nothing decided (MA103)",
)
bad(
    "dv-dzp-conference-determine",
    DV,
    F,
    dzp(
        "Diazepam and pregabalin, and the baby's sleeping and withdrawal plan, are for the child protection "
        "conference to determine."
    ),
    "the whole plan for the conference to determine (MA103)",
)
bad(
    "dv-overall-valp-worked-through",
    DV,
    V,
    overall("Whether valproate continues and what the baby needs remain to be worked through at neurology clinic."),
    "deferral with its own verb, nothing decided (MA103)",
)
bad(
    "dv-quet-family-discretion",
    DV,
    P,
    quet("Daniel's quetiapine and where the baby sleeps at night are left to the family's discretion."),
    "the partner's safe sleep left to the family (MA103)",
)
# ------------------------------------------------------------------------------------------------------------
# depending-on: the default plan stated, or either branch inside a fixed plan.
DO = "depending-on"

DO_VALP = (
    "Valproate 500 mg bd continues for now and she must not stop it. Depending on the neurology review this week "
    "it may be switched, but until then it continues. The baby has a detailed anomaly scan and fetal medicine "
    "review for the first-trimester exposure; folic acid 5 mg continues."
)
ok("do-valp-default-continues", DO, V, valp(DO_VALP), "the default is stated: it continues until then")
DO_LITH = (
    "Lithium (Priadel) 800 mg continues. Depending on the 36-week level the dose may be trimmed; otherwise 800 mg "
    "runs through delivery with a level within 24 h. Baby: paediatric r/v after birth; bottle feeding."
)
ok("do-lith-default-800", DO, L, lith(DO_LITH), "'depending on' a level, default dose stated")
DO_METH = (
    "Methadone 60 mg continues. The baby has 72 hours of NAS observation on the postnatal ward; depending on the "
    "scores, either the baby goes home on day 4 or moves to SCBU for treatment. Breastfeeding is encouraged; no "
    "co-sleeping after her dose."
)
ok("do-meth-either-after-fixed-obs", DO, M, meth(DO_METH), "the observation is fixed; the branches are its outcome")
DO_CIT = (
    "Citalopram 20 mg continues. The midwife observes the baby for 48 hours after birth; depending on feeding, "
    "either discharge on day 2 or a paediatric review, but the 48-hour observation is fixed. Breastfeeding "
    "supported."
)
ok("do-cit-either-after-fixed", DO, C, cit(DO_CIT), "either/or inside a decided observation")
DO_DZP = (
    "Depending on the baby's weight at the day-10 check, the health visitor comes weekly or fortnightly; the rest "
    "stands either way: diazepam and pregabalin continue, no co-sleeping, the foster carer does the night feeds, "
    "and late withdrawal is watched for to day 8."
)
ok("do-dzp-visit-frequency", DO, F, dzp(DO_DZP), "only the visit frequency depends; the plan is stated")
DO_QUET = (
    "Depending on his shift he takes his quetiapine at 9 or 10 pm; either way he does no night feeds after it and "
    "never shares a bed or sofa with the baby. Chloe does the nights; the health visitor checks the crib."
)
ok("do-quet-timing-either-way", DO, P, quet(DO_QUET), "the dose time varies; the safe-sleep plan does not")
ok(
    "do-sert-default-stated",
    DO,
    M,
    sert(
        "Sertraline 100 mg continues unchanged; depending on her EPDS at 36 weeks the perinatal team may see her "
        "sooner. The baby is watched for adaptation symptoms after birth; breastfeeding fine."
    ),
    "a sooner review depends on a score; the medicine plan does not",
)
ok(
    "do-overall-meth-sert-default",
    DO,
    M,
    overall(
        "Methadone 60 mg and sertraline 100 mg continue. Depending on the NAS scores the baby may need SCBU; by "
        "default the baby stays on the postnatal ward with her for at least 72 hours. Breastfeeding encouraged; no "
        "co-sleeping after methadone; HV and social worker see the cot before discharge."
    ),
    "'by default' names the plan beside 'depending on'",
)
ok(
    "do-overall-lith-either-way",
    DO,
    L,
    overall(
        "Lithium (Priadel) 800 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth. "
        "Depending on how labour goes, delivery is either on the labour ward or by caesarean; either way the baby "
        "has a paediatric review after birth and is bottle fed."
    ),
    "either/or about the mode of birth, plan fixed either way",
)

bad(
    "do-sert-either-or-only",
    DO,
    M,
    sert(
        "Depending on her mood at 36 weeks, sertraline will either continue or be reduced, and the baby will "
        "either be observed after birth or not."
    ),
    "alternatives with no default (MA103)",
)
bad(
    "do-valp-either-switch",
    DO,
    V,
    valp(
        "Depending on the neurology opinion, valproate will either be continued or switched to another "
        "antiepileptic, and the baby's scans depend on that."
    ),
    "the whole plan hangs on an opinion (MA103)",
)
bad(
    "do-overall-dzp-conference",
    DO,
    F,
    overall(
        "Depending on the conference outcome, diazepam and pregabalin will either continue or taper, and the baby "
        "will either stay in the placement or go home."
    ),
    "overall as alternatives (MA103)",
)
bad(
    "do-overall-lith-levels",
    DO,
    L,
    overall(
        "Depending on levels, lithium will either continue at 800 mg or be reduced, and depending on the birth, "
        "the baby will either go to the postnatal ward or to SCBU."
    ),
    "alternatives only (MA103)",
)
# ------------------------------------------------------------------------------------------------------------
# options-chosen: options under a heading with the one chosen, in every phrasing of choosing.
OP = "options-chosen"

OP_METH = (
    "Options discussed: (a) continue methadone at 60 mg; (b) a slow reduction; (c) a change of opioid substitute. "
    "She opted for (a). The baby will need 72 h NAS observation on the PNW; breastfeeding encouraged; no co-sleeping "
    "after the dose."
)
ok("op-meth-she-opted-for", OP, M, meth(OP_METH), "'she opted for (a)' chooses")
OP_LITH = (
    "Options: (1) continue lithium; (2) change to an antipsychotic; (3) stop before delivery. Agreed plan is (1): "
    "Priadel 800 mg continues with levels monthly, weekly from 36/40 and within 24 h of birth; baby has a "
    "paediatric r/v after birth and is bottle fed."
)
ok("op-lith-agreed-plan-is", OP, L, lith(OP_LITH), "'agreed plan is (1)' chooses")
OP_DZP = (
    "Options were to taper diazepam now or after the 6-week review; we went with after the review. Pregabalin "
    "continues unchanged. No co-sleeping or feeding lying down; the foster carer does the night feeds and watches for "
    "late withdrawal to day 8."
)
ok("op-dzp-we-went-with", OP, F, dzp(OP_DZP), "'we went with' chooses")
OP_VALP = (
    "Two options: keep valproate until neurology see her, or stop it now. Stopping suddenly risks status "
    "epilepticus, so she preferred to keep it: valproate 500 mg bd continues. The baby was exposed in the first "
    "trimester and has a fetal medicine scan; folic acid 5 mg continues."
)
ok("op-valp-she-preferred", OP, V, valp(OP_VALP), "'she preferred to keep it' chooses")
OP_CIT = (
    "Options: A) continue citalopram 20 mg; B) reduce to 10 mg from 36 weeks. Decision: continue (A). The midwife "
    "observes the baby for 48 hours for adaptation symptoms; breastfeeding supported."
)
ok("op-cit-decision-continue", OP, C, cit(OP_CIT), "'Decision: continue' chooses")
OP_QUET = (
    "Options for nights: (a) Daniel takes his quetiapine earlier and does the 10 pm feed; (b) Chloe does all night "
    "feeds. The parents chose (b): Daniel does no night feeds after his dose and never shares a bed or sofa with the "
    "baby; the HV checks the crib."
)
ok("op-quet-parents-chose", OP, P, quet(OP_QUET), "'the parents chose (b)' chooses")
ok(
    "op-sert-continuing-was-chosen",
    OP,
    M,
    sert(
        "Choices were to continue, reduce or stop sertraline; continuing at 100 mg was chosen because stopping led "
        "to relapse before. The baby is observed for adaptation symptoms after birth; breastfeeding fine."
    ),
    "a passive 'was chosen' chooses",
)
ok(
    "op-overall-meth-sert-selected",
    OP,
    M,
    overall(
        "Plan options: (i) continue methadone and sertraline; (ii) reduce methadone before birth. Selected: (i). "
        "The baby has 72 hours of withdrawal observation on the postnatal ward; breastfeeding encouraged; no "
        "co-sleeping after methadone."
    ),
    "'Selected: (i)' chooses",
)
ok(
    "op-overall-dzp-conference-settled",
    OP,
    F,
    overall(
        "Options put to the meeting: (a) stop diazepam now; (b) taper diazepam from 6 weeks with pregabalin "
        "unchanged. The meeting settled on (b). No bed or sofa sharing with the baby, no feeding lying down, foster "
        "carer does the night feeds; late withdrawal watched to day 8."
    ),
    "'settled on (b)' chooses",
)
ok(
    "op-overall-lith-option-2-chosen",
    OP,
    L,
    overall(
        "Options: 1. stop lithium; 2. continue lithium (Priadel) 800 mg with close levels. Option 2 recommended "
        "and accepted by her. Levels monthly, weekly from 36 weeks and within 24 hours of birth; baby reviewed by "
        "paediatrics after birth; bottle feeding."
    ),
    "'recommended and accepted' chooses",
)
ok(
    "op-overall-valp-bullets-favoured",
    OP,
    V,
    overall(
        "Options:\n- continue valproate until neurology review\n- stop now\nFavoured and agreed: continue; do not "
        "stop abruptly. Fetal medicine review and anomaly scan for the baby; folic acid 5 mg started."
    ),
    "bulleted options with 'favoured and agreed'",
)
ok(
    "op-overall-quet-going-with",
    OP,
    P,
    overall(
        "Options for nights were for Daniel to move his quetiapine dose or for Chloe to take every night feed; "
        "they are going with Chloe doing the nights. He never sleeps with the baby on a bed, sofa or armchair; "
        "Chloe's paracetamol is no concern; the HV keeps checking the crib."
    ),
    "'going with' chooses",
)

bad(
    "op-meth-options-no-choice",
    OP,
    M,
    meth(
        "Options for methadone: (a) continue at 60 mg; (b) reduce slowly; (c) switch. Options for the baby: (a) "
        "observation on the postnatal ward; (b) SCBU admission."
    ),
    "options listed, none chosen (MA103)",
)
bad(
    "op-overall-lith-options-only",
    OP,
    L,
    overall(
        "Options: (1) continue lithium with monthly levels; (2) switch; (3) stop before delivery. For the baby: "
        "(1) postnatal ward; (2) SCBU."
    ),
    "options only (MA103)",
)
bad(
    "op-valp-options-no-choice",
    OP,
    V,
    valp(
        "Options: (a) valproate continues; (b) switch to another antiepileptic; (c) reduce the dose. For the "
        "baby: (a) anomaly scan; (b) fetal echo."
    ),
    "options under a heading, no choosing word (MA103)",
)
bad(
    "op-dzp-options-inline",
    OP,
    F,
    dzp(
        "Options: continue diazepam and pregabalin, taper diazepam, or taper both; the baby to sleep in the "
        "foster carer's room or in the mother's room."
    ),
    "inline options with no choice (MA103)",
)
# ------------------------------------------------------------------------------------------------------------
# wishes: hopes beside firm plans.
WI = "wishes"

WI_METH = (
    "We hope she can keep to 60 mg of methadone, and it continues at that dose: the baby is observed for 72 hours "
    "for NAS on the postnatal ward, breastfeeding is encouraged, and there is no co-sleeping after her dose."
)
ok("wi-meth-hope-and-continues", WI, M, meth(WI_METH), "a hope beside the decision")
WI_LITH = (
    "She would ideally like to breastfeed, but lithium passes into breast milk, so the agreed plan is bottle "
    "feeding. Lithium (Priadel) 800 mg continues; the baby has a paediatric review and a lithium level after birth."
)
ok("wi-lith-ideally-but-agreed", WI, L, lith(WI_LITH), "'would ideally like' overruled by an agreed plan")
WI_CIT = (
    "She hopes to come off citalopram one day; for now it continues at 20 mg. The midwife observes the baby for 48 "
    "hours for adaptation symptoms; breastfeeding supported."
)
ok("wi-cit-hopes-for-now", WI, C, cit(WI_CIT), "'for now it continues' beside a hope")
WI_DZP = (
    "Kayleigh would ideally like to have the baby with her overnight; she cannot while diazepam and pregabalin "
    "sedate her, so the foster carer does all night feeds and there is no bed or sofa sharing. Diazepam taper from "
    "6 weeks; pregabalin unchanged; late withdrawal watched to day 8."
)
ok("wi-dzp-ideally-cannot", WI, F, dzp(WI_DZP), "the wish is named and refused with the plan")
WI_QUET = (
    "The family hope Daniel can do some night feeds later on; for now he does none after his quetiapine and never "
    "sleeps with the baby on a bed or sofa. The crib has been seen; the HV keeps checking."
)
ok("wi-quet-hope-later", WI, P, quet(WI_QUET), "a hope for later; the plan for now")
ok(
    "wi-valp-hopes-to-switch",
    WI,
    V,
    valp(
        "She hopes to switch from valproate; until neurology see her it continues at 500 mg bd and must not be "
        "stopped suddenly. The baby has a fetal medicine review and detailed anomaly scan; folic acid 5 mg "
        "continues."
    ),
    "'until ... it continues' beside a hope",
)
ok(
    "wi-overall-meth-sert-would-like",
    WI,
    M,
    overall(
        "She would like to reduce methadone after the birth; for now methadone 60 mg and sertraline 100 mg "
        "continue. The baby has 72 hours of NAS observation; breastfeeding encouraged; no co-sleeping; HV and "
        "social worker see the cot before discharge."
    ),
    "a wish beside a firm plan",
)
ok(
    "wi-overall-lith-we-hope",
    WI,
    L,
    overall(
        "We hope for a vaginal birth at term. Lithium (Priadel) 800 mg continues with levels monthly, weekly from "
        "36 weeks and within 24 hours of birth; the baby has a paediatric review after birth; she will bottle "
        "feed; perinatal team review within a week of the birth."
    ),
    "a hope about the birth beside a full plan",
)
ok(
    "wi-overall-cit-keen-but-agreed",
    WI,
    C,
    overall(
        "She is keen to stop citalopram, but agreed it continues at 20 mg through pregnancy and breastfeeding. "
        "Midwife observes the baby for 48 hours; GP mood review at the 6-week check."
    ),
    "'keen to' beside 'agreed it continues'",
)

bad(
    "wi-sert-ideally-hope",
    WI,
    M,
    sert("She would ideally like to stay on sertraline, and we hope the baby will be well after the birth."),
    "wishes only (MA103)",
)
bad(
    "wi-overall-lith-hopes",
    WI,
    L,
    overall(
        "We hope lithium can continue and that the baby will feed well; the team would ideally like a paediatric "
        "review."
    ),
    "hopes and wishes only (MA103)",
)
bad(
    "wi-quet-hope-sleep-safely",
    WI,
    P,
    quet(
        "We hope Daniel will keep his quetiapine away from night-times and would ideally like the baby to sleep safely."
    ),
    "the partner's safe sleep only wished for (MA103)",
)
bad(
    "wi-overall-cit-would-like",
    WI,
    C,
    overall("She would like citalopram to continue and hopes the baby will settle after birth."),
    "wishes only (MA103)",
)
# ------------------------------------------------------------------------------------------------------------
# should-were: "should" as an obligation, "were" as a plain past.
SW = "should-were"

SW_METH = (
    "Methadone 60 mg should continue through pregnancy. The baby should be observed for 72 hours on the postnatal "
    "ward for NAS; she should not co-sleep after her dose, and breastfeeding should be encouraged."
)
ok("sw-meth-should-obligation", SW, M, meth(SW_METH), "'should' as obligation throughout")
SW_LITH = (
    "Her lithium levels were stable at 0.6 to 0.7 all pregnancy, so lithium (Priadel) 800 mg continues. The baby "
    "should have a paediatric review after birth for floppiness and poor feeding, and is bottle fed."
)
ok("sw-lith-were-stable", SW, L, lith(SW_LITH), "'were stable' is a plain past")
SW_CIT = (
    "Her PHQ-9 scores were under 5 all trimester; citalopram 20 mg continues. The baby should be watched for 48 "
    "hours for adaptation symptoms; breastfeeding is encouraged."
)
ok("sw-cit-scores-were", SW, C, cit(SW_CIT), "'were' of past scores, 'should' of observation")
SW_DZP = (
    "The newborn checks were normal and the withdrawal scores were low on days 1 to 3. Diazepam and pregabalin "
    "continue; she should never share a bed or sofa with the baby; the foster carer does the night feeds and "
    "watches for late withdrawal to day 8."
)
ok("sw-dzp-checks-were-normal", SW, F, dzp(SW_DZP), "past results then a plan")
SW_VALP = (
    "Her last seizures were in 2024. Valproate 500 mg bd should not be stopped suddenly and continues until the "
    "urgent neurology review; the baby should have a detailed anomaly scan with fetal medicine. Folic acid 5 mg "
    "continues."
)
ok("sw-valp-should-not-stop", SW, V, valp(SW_VALP), "'should not be stopped' is an instruction")
SW_QUET = (
    "His doses were moved to 9 pm last month. He should do no night feeds after his quetiapine and should never "
    "sleep with the baby on a bed, sofa or armchair; Chloe does the nights and the HV checks the crib."
)
ok("sw-quet-doses-were-moved", SW, P, quet(SW_QUET), "'were moved' past, 'should' obligation")
ok(
    "sw-overall-meth-sert-should",
    SW,
    M,
    overall(
        "Methadone and sertraline should both continue unchanged. The baby should have 72 hours of withdrawal "
        "observation on the postnatal ward; breastfeeding should be supported; there should be no co-sleeping "
        "after methadone."
    ),
    "an overall conclusion in 'should'",
)
ok(
    "sw-overall-dzp-were-should",
    SW,
    F,
    overall(
        "The baby's withdrawal scores were low and feeding was good on the ward. Diazepam and pregabalin continue; "
        "she should not share a bed, sofa or armchair with the baby or feed lying down, and the foster carer "
        "should do the night feeds; late withdrawal signs are watched for to day 8."
    ),
    "past results and obligations",
)
ok(
    "sw-overall-valp-were-told",
    SW,
    V,
    overall(
        "The risks to the baby were explained today. Valproate continues unchanged until urgent neurology review; "
        "she should not stop it abruptly; fetal medicine review is booked for the baby; folic acid 5 mg started."
    ),
    "a past account beside a plan",
)

bad(
    "sw-meth-should-be-considered",
    SW,
    M,
    meth("Methadone should be looked at, and the baby's needs after birth should be thought about by the team."),
    "'should' of thinking, not acting (MA103)",
)
bad(
    "sw-lith-were-accounts",
    SW,
    L,
    lith("The lithium levels were reviewed and the perinatal team were involved; the baby's care was considered."),
    "accounts in 'were' only (MA103)",
)
bad(
    "sw-dzp-were-gone-through",
    SW,
    F,
    dzp(
        "Diazepam and pregabalin were reviewed, and the baby's sleeping and withdrawal were gone through with the "
        "foster carer."
    ),
    "passive accounts only (MA103)",
)
# ------------------------------------------------------------------------------------------------------------
# A second pass over the same readings: the template's own items, semicolons, letters, numbered lines.
M_NW = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
M_BF = "assessments#asm-methadone.impact_on_baby.breastfeeding"
M_SS = "assessments#asm-methadone.impact_on_mother.safe_sleep"
F_NW = "assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan"
P_SS = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"

ok(
    "ic-item-meth-nw-were-scores",
    IC,
    M,
    set_(
        M_NW,
        "Observe on the PNW for 72 hours with NAS scoring; were scores to reach the threshold twice, the baby would "
        "go to SCBU for treatment.",
    ),
    "the withdrawal item: a plan, then what would follow a threshold",
)
ok(
    "ic-item-meth-ss-should-drowsy",
    IC,
    M,
    set_(
        M_SS,
        "Never share a bed or sofa with the baby after her dose; cot in the parents' room. Should she be unusually "
        "drowsy, her partner would take over the baby's care.",
    ),
    "safe-sleep advice, then a contingency",
)
ok(
    "ic-item-quet-ss-should-nap",
    IC,
    P,
    set_(
        P_SS,
        "At night he never sleeps with the baby and does no feeds after his dose; the crib is on Chloe's side. "
        "Should he wish to nap in the day, he would hand the baby to Chloe first.",
    ),
    "the partner's safe-sleep item with a daytime contingency",
)
ok(
    "ic-lith-were-it-stopped-reason",
    IC,
    L,
    lith(
        "Lithium continues at 800 mg: were it stopped, the risk of postpartum psychosis would rise steeply. Levels "
        "monthly, weekly from 36 weeks and within 24 hours of birth; the baby has a paediatric review after birth "
        "and is bottle fed."
    ),
    "an inverted condition as the reason after a decision",
)
bad(
    "ic-item-meth-nw-were-only",
    IC,
    M,
    set_(M_NW, "Were the baby to show signs of withdrawal, scoring might be started and SCBU could be involved."),
    "the withdrawal item only a condition with might/could (MA125)",
)

ok(
    "dv-item-meth-bf-timing-left",
    DV,
    M,
    set_(
        M_BF,
        "Breastfeeding is encouraged on a stable methadone dose; the timing of feeds around her dose is left to her.",
    ),
    "the item answers; a detail is left to the mother",
)
ok(
    "dv-item-dzp-nw-log-discretion",
    DV,
    F,
    set_(
        F_NW,
        "Foster carer watches for tremor, poor feeding and inconsolable crying until day 8 and calls the neonatal "
        "unit for any of them; the form of the daily log is left to the foster carer's discretion.",
    ),
    "a watch with a threshold; the log's format left to the carer",
)
ok(
    "dv-lith-level-venue-her-choice",
    DV,
    L,
    lith(
        "Lithium (Priadel) 800 mg continues, with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
        "whether the 36-week level is taken at the surgery or the hospital is for her to decide. The baby has a "
        "paediatric review after birth and is bottle fed."
    ),
    "the venue of one blood test is hers to decide",
)
ok(
    "dv-sert-venue-semicolon",
    DV,
    M,
    sert(
        "Sertraline 100 mg continues and the baby is watched after birth for adaptation symptoms; the venue of the "
        "6-week check remains to be worked through. Breastfeeding is fine on sertraline."
    ),
    "a deferral after a semicolon whose own subject is a venue",
)
ok(
    "dv-dzp-with-schedule-to-be-worked-out",
    DV,
    F,
    dzp(
        "Diazepam and pregabalin continue and she never sleeps with the baby on a bed or sofa, with the exact "
        "taper schedule to be worked out by the GP at 6 weeks. The foster carer does the night feeds and watches "
        "for late withdrawal until day 8."
    ),
    "a trailing 'with ... to be worked out' about the taper's steps",
)
bad(
    "dv-item-meth-nw-neonatal-discretion",
    DV,
    M,
    set_(M_NW, "The baby's observation after birth is left to the discretion of the neonatal team."),
    "the withdrawal item handed to another team (MA125)",
)

ok(
    "do-meth-scoring-start-either-way",
    DO,
    M,
    meth(
        "Depending on when she last doses, scoring starts on the ward at 12 or 24 hours; either way the baby is "
        "observed for at least 72 hours for NAS. Methadone 60 mg continues; breastfeeding encouraged; no "
        "co-sleeping."
    ),
    "'either way' after a semicolon states the fixed observation",
)
ok(
    "do-overall-lith-in-all-cases",
    DO,
    L,
    overall(
        "Depending on the day of delivery, the level is taken on the ward or in clinic; in all cases within 24 "
        "hours of birth. Lithium (Priadel) 800 mg continues; the baby has a paediatric review after birth and is "
        "bottle fed."
    ),
    "'in all cases' after a semicolon fixes the plan",
)
ok(
    "do-cit-whatever-then-depending",
    DO,
    C,
    cit(
        "Citalopram 20 mg continues whatever the scan shows; depending on the baby's first feeds, the midwife may "
        "extend the 48-hour observation. Breastfeeding supported."
    ),
    "a decision, then an extension that depends on feeding",
)
ok(
    "do-overall-valp-meanwhile",
    DO,
    V,
    overall(
        "Depending on the neurology review, valproate may later be switched; meanwhile it continues unchanged and "
        "must not be stopped abruptly. Fetal medicine review and anomaly scan for the baby; folic acid 5 mg."
    ),
    "'meanwhile it continues' after the depending clause",
)
bad(
    "do-dzp-foster-carer-view",
    DO,
    F,
    dzp(
        "Depending on the foster carer's view, the baby sleeps in her room or in the mother's, and diazepam and "
        "pregabalin either continue or taper."
    ),
    "alternatives only (MA103)",
)

ok(
    "op-overall-dzp-plan-b",
    OP,
    F,
    overall(
        "Options: (a) taper diazepam now; (b) taper after 6 weeks with pregabalin unchanged. Plan: (b). No bed, "
        "sofa or armchair sharing with the baby; the foster carer does night feeds; late withdrawal watched to "
        "day 8."
    ),
    "'Plan: (b)' chooses",
)
ok(
    "op-meth-numbered-plan-equals",
    OP,
    M,
    meth(
        "Options\n1. continue methadone 60 mg\n2. reduce by 5 mg fortnightly\nPlan = 1.\nBaby: NAS obs 72 h on PNW; "
        "BF encouraged; no co-sleeping after dose."
    ),
    "numbered lines with 'Plan = 1'",
)
ok(
    "op-cit-chose-over",
    OP,
    C,
    cit(
        "She chose to continue citalopram 20 mg over reducing it, the other option discussed. The midwife observes "
        "the baby for 48 hours for adaptation symptoms; breastfeeding supported."
    ),
    "'chose ... over' names the choice and the rejected option",
)
ok(
    "op-valp-letter-elected",
    OP,
    V,
    valp(
        "Dear colleague, we discussed continuing valproate or stopping it. She elected to continue until neurology "
        "see her this week, as stopping risks seizures. The baby has had first-trimester exposure and a fetal "
        "medicine scan is booked; folic acid 5 mg continues."
    ),
    "a letter: 'she elected to continue'",
)
bad(
    "op-quet-options-only",
    OP,
    P,
    quet(
        "Options for night-time care: Daniel to do no night feeds, or Daniel to move his quetiapine to the early "
        "evening, or Chloe to do all feeds and keep the baby in the crib."
    ),
    "options for the baby's nights, none chosen (MA103)",
)

ok(
    "wi-sert-would-prefer-but",
    WI,
    M,
    sert(
        "She would prefer not to take sertraline in pregnancy, but it continues at 100 mg because relapse is the "
        "greater risk. The baby is observed for adaptation symptoms after birth; breastfeeding is fine."
    ),
    "'would prefer not', then the decision",
)
ok(
    "wi-overall-valp-hopes-breastfeed",
    WI,
    V,
    overall(
        "She hopes to breastfeed, and the neurologist agrees that is fine on valproate. Valproate continues "
        "unchanged until urgent neurology review; do not stop abruptly. Fetal medicine review for the baby; folic "
        "acid 5 mg started."
    ),
    "a hope that is then agreed",
)
ok(
    "wi-dzp-carer-would-like-support",
    WI,
    F,
    dzp(
        "The foster carer would like more support at night, so the HV will call weekly. Diazepam and pregabalin "
        "continue; no bed or sofa sharing with the baby, no feeding lying down; late withdrawal watched to day 8."
    ),
    "the carer's wish met by a plan",
)
bad(
    "wi-meth-hope-only",
    WI,
    M,
    meth("We hope methadone can stay at 60 mg and that the baby will not need SCBU after birth."),
    "a hope only (MA103)",
)

ok(
    "sw-item-meth-ss-should",
    SW,
    M,
    set_(M_SS, "She should never share a bed or sofa with the baby after her dose; the cot is in the parents' room."),
    "'should never' in the safe-sleep item",
)
ok(
    "sw-overall-cit-should",
    SW,
    C,
    overall(
        "Citalopram 20 mg should continue through pregnancy and breastfeeding; the midwife should watch the baby "
        "for 48 hours for adaptation symptoms, and the GP reviews her mood at 6 weeks."
    ),
    "'should' as obligation in the overall",
)
ok(
    "sw-overall-lith-were-levels",
    SW,
    L,
    overall(
        "Lithium levels were 0.6 to 0.8 throughout. Lithium (Priadel) 800 mg should continue with levels weekly "
        "from 36 weeks and within 24 hours of birth; the baby should have a paediatric review; bottle feeding."
    ),
    "'were' of past levels, 'should' of the plan",
)
bad(
    "sw-quet-should-be-considered",
    SW,
    P,
    quet("Daniel's quetiapine should be considered when the baby's sleeping arrangements are thought about."),
    "'should be considered' decides nothing (MA103)",
)

# ------------------------------------------------------------------------------------------------------------
# disguise: texts from above, disguised; the verdict must equal the plain one.
DG = "disguise"


def _disguises() -> dict[str, tuple[str, Callable[[str], str]]]:
    return {
        "cyr": ("Cyrillic look-alike letters", cyrillic),
        "grk": ("Greek look-alike letters", greek),
        "zw": ("zero-width spaces", zero_width),
        "shy": ("soft hyphens", soft_hyphens),
        "iso": ("bidi isolates", isolate_words),
        "fw": ("full width", full_width),
    }


DISGUISES = _disguises()
GOOD_DISGUISED: list[tuple[str, str, Callable[[str], Mutation], str, str]] = [
    ("ic-meth", M, meth, IC_METH, "cyr"),
    ("ic-sert", M, sert, IC_SERT, "zw"),
    ("ic-cit", C, cit, IC_CIT, "shy"),
    ("ic-lith", L, lith, IC_LITH, "iso"),
    ("ic-valp", V, valp, IC_VALP, "fw"),
    ("ic-dzp", F, dzp, IC_DZP, "grk"),
    ("ic-quet", P, quet, IC_QUET, "zw"),
    ("dv-meth", M, meth, DV_METH, "shy"),
    ("dv-quet", P, quet, DV_QUET, "cyr"),
    ("dv-lith", L, lith, DV_LITH, "zw"),
    ("dv-cit", C, cit, DV_CIT, "iso"),
    ("dv-dzp", F, dzp, DV_DZP, "fw"),
    ("do-valp", V, valp, DO_VALP, "cyr"),
    ("do-meth", M, meth, DO_METH, "grk"),
    ("do-quet", P, quet, DO_QUET, "shy"),
    ("op-meth", M, meth, OP_METH, "zw"),
    ("op-lith", L, lith, OP_LITH, "cyr"),
    ("op-cit", C, cit, OP_CIT, "fw"),
    ("op-dzp", F, dzp, OP_DZP, "iso"),
    ("wi-lith", L, lith, WI_LITH, "shy"),
    ("wi-quet", P, quet, WI_QUET, "grk"),
    ("sw-meth", M, meth, SW_METH, "cyr"),
    ("sw-valp", V, valp, SW_VALP, "zw"),
]
for _stem, _base, _where, _text, _how in GOOD_DISGUISED:
    _label, _fn = DISGUISES[_how]
    ok(f"dg-{_stem}-{_how}", DG, _base, _where(_fn(_text)), f"good text above in {_label}: must still pass")

BAD_DISGUISED: list[tuple[str, str, Callable[[str], Mutation], str, str]] = [
    (
        "ic-meth-only",
        M,
        meth,
        "Were she to stop methadone, the baby could withdraw in the womb; should she relapse, the baby might need "
        "SCBU.",
        "cyr",
    ),
    (
        "dv-lith-discussed",
        L,
        lith,
        "A lithium taper could be discussed, and the baby's paediatric review remains to be worked through.",
        "zw",
    ),
    (
        "do-sert-either",
        M,
        sert,
        "Depending on her mood, sertraline will either continue or stop, and the baby will either be observed or not.",
        "shy",
    ),
    (
        "op-valp-options",
        V,
        valp,
        "Options: (a) valproate continues; (b) switch to another antiepileptic. For the baby: (a) anomaly scan; "
        "(b) fetal echo.",
        "iso",
    ),
    (
        "wi-cit-hopes",
        C,
        cit,
        "She would ideally like to stay on citalopram, and we hope the baby settles after birth.",
        "fw",
    ),
    (
        "dv-dzp-conference",
        F,
        dzp,
        "Diazepam and pregabalin, and the baby's safe sleep and withdrawal plan, are for the conference to determine.",
        "grk",
    ),
]
for _stem, _base, _where, _text, _how in BAD_DISGUISED:
    _label, _fn = DISGUISES[_how]
    bad(f"dg-{_stem}-{_how}", DG, _base, _where(_fn(_text)), f"hollow text in {_label}: must still refuse (MA103)")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F81CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F81CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F81CASES):3}"
    )
