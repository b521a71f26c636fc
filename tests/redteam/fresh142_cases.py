"""A hundred-and-forty-second independent "fresh" batch of red-team cases for the share gate: a false-refusal
hunt against long, structured conclusions.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. Most of it is the long work careful clinicians write (200-500 words), each text complete: it names
every medicine it covers, says what it means for this baby, who does what and when, and answers the class's
concerns. Such texts carry many surfaces a text-reading gate can misread: negations in a history, professionals
who have since left, plans that were cancelled and replaced, plans for other children, other people's doses,
"not applicable" where it is true, dates in many UK formats. A few are paired with a must-refuse near miss (the
same long text with its plan paragraph hollow, deferred, contradicted or held by no one):

* ``letter``: a perinatal psychiatrist's or GP's letter, a history paragraph then the plan;
* ``discharge``: a postnatal discharge summary under headings (Mother / Baby / Feeding / Sleep / Follow-up /
  Safeguarding);
* ``sbar``: an SBAR handover (Situation / Background / Assessment / Recommendation);
* ``minute``: a case-conference or MDT minute with actions, owners and dates;
* ``reconcile``: a pharmacist's medicines reconciliation: stopped, started, continued, and why;
* ``changed``: a plan that changed during the pregnancy ("first planned X; after the scan, Y instead");
* ``contingency``: plans for what may happen ("if she goes into labour early", "should she relapse");
* ``quoted``: quoted advice, what the leaflet says, what she was told;
* ``numbers``: doses, levels with units and ranges, scores, weights, dates in many UK formats, all agreeing with
  the record;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Every date was checked with Python's datetime against the base record's dates. Medicines named here are real; no
clinical code is invented (no coded medicine is added). ``test_fresh_records.py`` runs them; the cases the gate
gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh142_cases`` for the counts
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

F142CASES: list[Case] = []

CATEGORIES = (
    "letter",
    "discharge",
    "sbar",
    "minute",
    "reconcile",
    "changed",
    "contingency",
    "quoted",
    "numbers",
    "disguise",
)

LT, DC, SB, MN, RC, CH, CT, QT, NU, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F142CASES.append(Case(f"f142-{name}", category, expect, base, mutate, why))


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


# Complete plan paragraphs written afresh for this batch; each long text adds its history, headings or numbers.
METH_PLAN = (
    "Plan: methadone 60 mg once daily, supervised at the pharmacy, continues unchanged to delivery and after it; "
    "there will be no reduction in the third trimester, because a fall in dose risks a return to heroin. The baby "
    "is likely to withdraw: the postnatal ward midwives score the baby 4-hourly for at least 72 hours on the local "
    "NAS chart, and the health visitor looks for late signs at home up to day 8. Breastfeeding on a stable dose is "
    "encouraged, and the infant feeding team will help her on the ward. Methadone makes her drowsy for two to four "
    "hours after each dose, so she must never share a bed or sofa with the baby; the cot stands in her bedroom and "
    "the health visitor sees it at the first home visit."
)
SERT_PLAN = (
    "Plan: sertraline 100 mg once daily continues through the rest of the pregnancy and after the birth, because a "
    "relapse of her depression would harm her and the baby more than the small risks of the drug. The midwives "
    "watch the baby for 48 hours after birth for jitteriness, fast breathing and poor feeding, alongside the "
    "methadone scoring, and the paediatric team know before delivery. Sertraline is compatible with "
    "breastfeeding. Dr Shah reviews her mood at 36 weeks and at the 6-week postnatal check, and the perinatal "
    "mental health team see her sooner if her mood drops."
)
MO_PLAN = (
    "Methadone 60 mg and sertraline 100 mg both continue unchanged. The baby needs at least 72 hours of NAS and "
    "adaptation scoring by the postnatal ward midwives, then the health visitor watches for late withdrawal to day "
    "8. Breastfeeding is encouraged on both medicines. Methadone sedates her after each dose: no bed or sofa "
    "sharing, the cot in her room, seen by the health visitor at the first home visit. Marcus Reed, her social "
    "worker, holds the child protection plan, and the drug service keyworker tells maternity and the health "
    "visitor of any dose change the same week."
)
CIT_PLAN = (
    "Plan: citalopram 20 mg once daily continues to delivery and afterwards. The ward midwives watch the baby for "
    "48 hours after birth for adaptation signs (jitteriness, fast breathing, poor feeding), and the paediatrician "
    "reviews the baby if the signs last beyond that. She plans to breastfeed, which is compatible with citalopram; "
    "the midwife will watch the baby's feeding and alertness. I review her mood at the 6-week postnatal check, "
    "sooner if she or the health visitor raise a concern."
)
LITH_PLAN = (
    "Plan: lithium (Priadel) 800 mg at night continues, and the brand is not switched. Levels are taken 12 hours "
    "after the dose every 4 weeks, weekly from 36 weeks and within 24 hours of the birth, aiming for 0.6-0.8 "
    "mmol/L; the practice nurse takes them and Dr Osei reviews each result. When labour starts she omits her dose, "
    "and the obstetric team check a level and keep her well hydrated; lithium restarts after the birth once the "
    "level and her fluid balance allow. The baby has a paediatric review after birth for floppiness, poor feeding "
    "and thyroid problems. She will bottle feed, as lithium passes into breast milk. The perinatal mental health "
    "team see her within a week of the birth because of the high risk of relapse."
)
VALP_PLAN = (
    "Plan: sodium valproate 500 mg twice a day continues unchanged until the neurology review, which Grace "
    "Adebayo, the epilepsy specialist nurse, has booked within two weeks; stopping suddenly risks seizures and "
    "status epilepticus. The baby has been exposed in the first trimester, so the antenatal clinic refers her to "
    "fetal medicine for a detailed anomaly scan at 20 weeks, and folic acid 5 mg daily started today. "
    "Breastfeeding is usually possible on valproate, and the neurologist confirms it once the plan for the rest of "
    "the pregnancy is agreed. After the birth she needs highly effective contraception under the pregnancy "
    "prevention programme if valproate continues; I will discuss this with her at the postnatal review."
)
DZP_PLAN = (
    "Plan: diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue unchanged for now, "
    "prescribed weekly while she is in the placement; Dr Pritchard agrees a slow diazepam reduction with her at "
    "the 6-week review, because stopping suddenly risks seizures. Both medicines sedate her: she must never share "
    "a bed, sofa or armchair with the baby or feed lying down, and Sandra Hollis, the foster carer, does every "
    "night feed while she is drowsy. The foster carer and the health visitor watch for late withdrawal until day "
    "8 and ring the neonatal unit for poor feeding, tremor or inconsolable crying. The baby is bottle fed, so no "
    "advice on these medicines in breast milk is needed."
)
QUET_PLAN = (
    "Plan: Daniel's quetiapine 300 mg at night continues unchanged, prescribed by Elm Park Surgery; it leaves him "
    "very hard to wake for several hours. He must never sleep with the baby on a bed, sofa or armchair and does no "
    "night feeds after his dose; Chloe does the night feeds and the baby sleeps in the next-to-me crib on her side "
    "of the bed. The baby is not exposed to his medicine, so feeding is unaffected. Joanna Price, the health "
    "visitor, checks the sleeping arrangements at every visit to 8 weeks, and Elm Park Surgery tells her of any "
    "change in his dose or timing."
)
PO_PLAN = (
    "Chloe's paracetamol raises no concern for the baby or for feeding. Daniel's quetiapine 300 mg at night "
    "sedates him heavily: he never sleeps with the baby on a bed, sofa or armchair and does no night feeds after "
    "his dose, so Chloe does the nights and the baby sleeps in the next-to-me crib beside her. The health visitor "
    "checks the sleeping arrangements at every visit to 8 weeks."
)
FO_PLAN = (
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction agreed at the 6-week review. Both "
    "sedate Kayleigh: no bed, sofa or armchair sharing, no feeding lying down, and the foster carer does the night "
    "feeds while she is drowsy. Late withdrawal signs are possible until day 8; the foster carer and the health "
    "visitor watch for them. The baby is bottle fed. The foster carer, the health visitor and Leanne Moss, the "
    "social worker, all hold this plan."
)

# ---------------------------------------------------------------------------------------------------- letter
METH_HISTORY = (
    "Dear colleagues, I saw Jodie today with her drug service keyworker. History: this is her third pregnancy. "
    "Her first son, born in 2017, was treated on SCBU for neonatal abstinence syndrome for eleven days; she was "
    "then using street heroin and had no substitute prescribing. Her second pregnancy, in 2020, ended in a "
    "miscarriage at 9 weeks. She took an overdose of heroin and alcohol in 2019 and spent two nights in intensive "
    "care; there has been no overdose since. She started methadone with the drug service in November 2024 at 30 "
    "mg, was titrated to 70 mg over the spring, and asked to come down to 60 mg on 1 December 2025 because she "
    "felt too drowsy in the afternoons. She has not used heroin since the summer, and her urine screens are clear. "
    "Her previous keyworker, who knew her well, has since left the service; Dr Shah prescribes her antidepressant."
)
ok(
    "lt-meth-third-pregnancy-history",
    LT,
    "meth",
    METH_HISTORY + " " + METH_PLAN,
    "a letter whose history holds an earlier baby's NAS, a miscarriage, an overdose, dose changes and a keyworker "
    "who has left; the plan paragraph is complete",
    cyr,
)
bad(
    "lt-meth-history-plan-to-follow",
    LT,
    "meth",
    METH_HISTORY + " Plan: to follow after the professionals meeting; please refer to the drug service's letter "
    "for the details of the baby's care.",
    "the same history, the plan paragraph deferred to another letter",
    cyr,
)
bad(
    "lt-meth-gone-keyworker-holds-plan",
    LT,
    "meth",
    METH_HISTORY.replace(
        "Her previous keyworker, who knew her well, has since left the service; Dr Shah prescribes her antidepressant.",
        "Her keyworker, Sam Ellis, tells maternity and the health visitor of any change in her methadone dose, "
        "though Sam Ellis left the drug service last month.",
    )
    + " "
    + METH_PLAN,
    "a current duty given to a keyworker the same sentence says has left, no successor named",
)
ok(
    "lt-meth-keyworker-left-successor",
    LT,
    "meth",
    METH_HISTORY.replace(
        "Her previous keyworker, who knew her well, has since left the service; Dr Shah prescribes her antidepressant.",
        "Her keyworker, Sam Ellis, left the drug service in January; Priya Kaur has taken over and tells maternity "
        "and the health visitor of any change in her methadone dose the same week.",
    )
    + " "
    + METH_PLAN,
    "a keyworker who left, with the successor named holding the duty",
)
ok(
    "lt-sert-history",
    LT,
    "sert",
    "History: Jodie has had depression since her teens. Fluoxetine in 2020 was stopped after two months because "
    "of nausea, and she was previously prescribed mirtazapine, which made her too sleepy. Sertraline 50 mg was "
    "started on 10 June 2025, before this pregnancy, after a relapse following her mother's death, and went up to "
    "100 mg on 22 September 2025 when her low mood returned. She has never been admitted; her 2019 overdose was "
    "of heroin and alcohol, not of her antidepressant, and she has no thoughts of self-harm now. She is frightened "
    "that sertraline will harm the baby and asked whether to stop. " + SERT_PLAN,
    "a history of antidepressants stopped and doses raised, with the plan",
    greek,
)
LITH_HISTORY = (
    "Dear Dr Nair, thank you for asking me to see Rebecca in the perinatal clinic. History: bipolar I disorder "
    "since 2012. Her first pregnancy, in 2018, was unmedicated: she developed postpartum psychosis on day 5 and "
    "spent six weeks in the mother and baby unit; her daughter, now seven, is well. Lithium was restarted on 15 "
    "March 2021 and she has been well since. A reduction to 600 mg in 2023 was followed by hypomania within a "
    "month, so 800 mg was resumed, and the last change, on 4 August 2025, moved her to the single nightly dose of "
    "Priadel. Her previous psychiatrist, Dr Harland, has since retired, and I have taken over her care. She took "
    "an overdose of paracetamol in 2013 and none since. The detailed fetal heart scan at 20 weeks was normal."
)
ok(
    "lt-lith-psychiatrist-letter",
    LT,
    "lith",
    LITH_HISTORY + " " + LITH_PLAN,
    "a psychiatrist's letter: earlier postpartum psychosis, a trial reduction, a retired consultant replaced, "
    "an old overdose; the plan paragraph is complete",
    greek,
)
bad(
    "lt-lith-psychiatrist-plan-hollow",
    LT,
    "lith",
    LITH_HISTORY + " Plan: as discussed in clinic today. The usual perinatal pathway applies, and all of the "
    "above has been taken into account.",
    "the same history, the plan paragraph hollow",
)
ok(
    "lt-valp-epilepsy-history",
    LT,
    "valp",
    "History: Hannah has had generalised epilepsy since the age of 14. Lamotrigine was stopped in 2019 because "
    "seizures broke through, and sodium valproate was started on 2 September 2019; the dose went up to 500 mg "
    "twice a day on 11 March 2024 after a seizure at work, and she has been seizure-free for two years. The "
    "risks of valproate in pregnancy were explained at each annual review under the pregnancy prevention "
    "programme, and she had a contraceptive implant, which was removed in February for heavy bleeding; this "
    "pregnancy is unplanned and she has no other children. She rang the surgery in tears, having read that "
    "valproate harms babies. " + VALP_PLAN,
    "a history of a stopped antiepileptic, dose changes, the PPP and a removed implant, with the plan",
    zwsp,
)
ok(
    "lt-quet-hv-letter",
    LT,
    "quet",
    "History: this is the couple's first baby together. Daniel has bipolar disorder; before quetiapine he had a "
    "manic episode in 2023 and one admission, and none since. He started quetiapine in February 2024, and his "
    "GP raised it to 300 mg at night in October 2025 after a short relapse. His older son from an earlier "
    "relationship, now nine, stays alternate weekends and takes no medicines. His previous community psychiatric "
    "nurse has since left, and his care is now with his GP at Elm Park Surgery. Chloe says he sleeps through the "
    "baby crying for several hours after his dose. " + QUET_PLAN,
    "a health visitor's letter with the father's history, an older child and a nurse who has left",
)
DZP_HISTORY = (
    "History: Kayleigh was started on pregabalin by the pain clinic in July 2025 for nerve pain after an ankle "
    "fracture, and the dose was raised to 150 mg twice a day on 12 January 2026. Diazepam was started in October "
    "2025 for severe anxiety, and its dose was last changed on 16/02/2026. She took an overdose of paracetamol "
    "in 2022 and none since. Her older child, now four, lives with his grandmother under a special guardianship "
    "order. The baby was born on 8 June 2026 at 39 weeks by normal delivery, was observed on the postnatal ward "
    "under the neonatal abstinence guideline, and had mild irritability on day 3 that needed no treatment."
)
ok(
    "lt-dzp-gp-letter",
    LT,
    "dzp",
    DZP_HISTORY + " " + DZP_PLAN,
    "a GP's letter: how both medicines started and changed, an old overdose, an older child in kinship care, "
    "the baby's ward stay; then the plan",
    shy,
)
bad(
    "lt-dzp-plan-in-hands-of-placement",
    LT,
    "dzp",
    DZP_HISTORY + " Plan: the baby's sleep, feeds and any later signs are in the hands of the placement team and "
    "covered in the fostering agency's plan; diazepam and pregabalin continue.",
    "the same history, the plan handed over to another team's plan with no act of its own",
)
ok(
    "lt-co-gp-letter",
    LT,
    "co",
    "Dear midwife, I saw Megan at 32 weeks with her partner. History: anxiety and depression since 2016. She "
    "tapered citalopram to 10 mg in late 2024, her anxiety came back within six weeks, and the dose went back to "
    "20 mg on 15 January 2025, months before this pregnancy. She has had no admissions and no self-harm. Her "
    "first pregnancy, in 2021, was on citalopram too; that baby had a day of fast breathing and was fine. "
    "Conclusion: citalopram 20 mg once daily continues through pregnancy and breastfeeding, because relapse is "
    "the greater risk. The ward midwives watch this baby for 48 hours after birth for jitteriness, fast breathing "
    "and poor feeding, and the paediatrician reviews the baby if signs persist. Breastfeeding is supported. I "
    "review her mood at the 6-week postnatal check, and the health visitor asks about it at the new birth visit.",
    "an overall GP letter with an earlier pregnancy on the same drug and a taper before this one",
    fw,
)
ok(
    "lt-vo-letter",
    LT,
    "vo",
    "Dear Grace, thank you for seeing Hannah urgently. Summary: an unplanned pregnancy at 8 weeks by dates on "
    "sodium valproate 500 mg twice a day, for generalised epilepsy, seizure-free for two years. She had been "
    "counselled under the pregnancy prevention programme and had an implant, since removed; she has not stopped "
    "or missed any doses. Conclusion: valproate continues unchanged until your review, as stopping suddenly "
    "risks seizures and status epilepticus. The baby has been exposed in the first trimester; the antenatal "
    "clinic arranges a fetal medicine referral and a detailed anomaly scan at 20 weeks, and folic acid 5 mg "
    "daily began today. Breastfeeding is usually possible on valproate, which the neurologist will confirm. "
    "After the birth, if valproate continues, she needs highly effective contraception; I will arrange it at "
    "the postnatal check.",
    "an overall referral letter to the epilepsy nurse with the decided plan",
)

# ---------------------------------------------------------------------------------------------------- discharge
DZP_DISCHARGE = (
    "Discharge summary, postnatal ward to the Brightwater placement, 12/06/2026. "
    "Mother: Kayleigh, day 4 after a normal delivery on 08/06/2026. Diazepam 5 mg three times a day and "
    "pregabalin 150 mg twice a day continue unchanged; both make her drowsy, worst in the two hours after each "
    "dose. Dr Pritchard agrees a slow diazepam reduction with her at the 6-week review; neither medicine is to be "
    "stopped suddenly. "
    "Baby: observed on the postnatal ward under the neonatal abstinence guideline since birth; mild irritability "
    "on day 3, highest score 6, no treatment needed. Newborn examination normal. Late withdrawal signs remain "
    "possible until day 8. "
    "Feeding: bottle fed with first infant formula, 60-75 ml every 3 hours and feeding well, so no advice on "
    "these medicines in breast milk is needed. "
)
DZP_DISCHARGE_SLEEP = (
    "Sleep: cot in the foster carer's room. Kayleigh must not share a bed, sofa or armchair with the baby or feed "
    "lying down; Sandra Hollis, the foster carer, does every night feed while she is drowsy. "
)
DZP_DISCHARGE_TAIL = (
    "Follow-up: the health visitor visits the placement on day 6 and day 8 and looks for late withdrawal; the "
    "foster carer rings the neonatal unit for poor feeding, tremor or inconsolable crying; GP 6-week check for "
    "mother and baby. "
    "Safeguarding: interim care order; Leanne Moss, the social worker, holds the plan and visits weekly."
)
ok(
    "dc-dzp-headed-summary",
    DC,
    "dzp",
    DZP_DISCHARGE + DZP_DISCHARGE_SLEEP + DZP_DISCHARGE_TAIL,
    "a discharge summary under Mother / Baby / Feeding / Sleep / Follow-up / Safeguarding, every heading answered",
    zwsp,
)
bad(
    "dc-dzp-sleep-heading-deferred",
    DC,
    "dzp",
    DZP_DISCHARGE + "Sleep: as per the placement's own policy. " + DZP_DISCHARGE_TAIL,
    "the same summary with the Sleep heading deferred: nothing says the sedated mother must not share a bed",
)
ok(
    "dc-fo-headed-summary",
    DC,
    "fo",
    "Discharge summary for the placement, 12 June 2026. Mother: diazepam and pregabalin continue at the same "
    "doses, and both sedate Kayleigh; a slow diazepam taper is agreed for the 6-week review. Baby: born on 8 June "
    "2026, observed for 5 days on the postnatal ward with mild signs on day 3 and no treatment; late withdrawal "
    "is still possible until day 8. Feeding: formula, by bottle, going well. Sleep: cot in the foster carer's "
    "room; no bed, sofa or armchair sharing with Kayleigh and no feeding lying down; the foster carer does every "
    "night feed. Follow-up: the health visitor sees the baby at the placement on day 6 and day 8 and the foster "
    "carer watches between visits; GP 6-week checks. Safeguarding: interim care order; the foster carer, health "
    "visitor and Leanne Moss, the social worker, all hold this plan, and Leanne Moss reviews it at the looked "
    "after review.",
    "the overall conclusion as a headed discharge summary",
)
PO_DISCHARGE = (
    "Discharge from community midwifery care, day 10 (28 May 2026). "
    "Mother: Chloe, delivered on 18 May 2026 and recovering well; paracetamol 1 g when needed for perineal pain "
    "raises no concern for the baby or for feeding. Mood good, EPDS 5. "
    "Baby: 3.41 kg today against a birth weight of 3.32 kg; jaundice resolved; blood spot taken on day 5. "
    "Feeding: mixed, breast by day and a formula bottle at 10 pm; Daniel's medicine does not reach the baby. "
)
PO_DISCHARGE_SLEEP = (
    "Sleep: Daniel takes quetiapine 300 mg at night and is very hard to wake afterwards, so he never sleeps with "
    "the baby on a bed, sofa or armchair and does no night feeds after his dose; Chloe does the nights, and the "
    "baby sleeps in the next-to-me crib on her side. "
)
PO_DISCHARGE_TAIL = (
    "Follow-up: the health visitor took over care today and checks the sleeping arrangements at every visit to 8 "
    "weeks; GP 6-week check for Chloe and the baby; Elm Park Surgery tells the health visitor of any change in "
    "Daniel's dose. Safeguarding: no concerns and no social care involvement."
)
ok(
    "dc-po-community-discharge",
    DC,
    "po",
    PO_DISCHARGE + PO_DISCHARGE_SLEEP + PO_DISCHARGE_TAIL,
    "a community midwife's discharge summary under headings; 'no concerns' under Safeguarding is true",
    cyr,
)
bad(
    "dc-po-sleep-not-applicable",
    DC,
    "po",
    PO_DISCHARGE + "Sleep: not applicable, as the medicine is the father's. " + PO_DISCHARGE_TAIL,
    "the same summary dismissing safe sleep for the sedated father as not applicable",
)
ok(
    "dc-quet-headed-na-true",
    DC,
    "quet",
    "Handover to the health visiting team, 28/05/2026. Father: Daniel takes quetiapine 300 mg at night for "
    "bipolar disorder, unchanged since October 2025; he is well but very hard to wake for several hours after "
    "his dose. Breastfeeding: not applicable to his medicine, which never reaches the baby; Chloe mixed feeds. "
    "Sleep: he never sleeps with the baby on a bed, sofa or armchair and does no night feeds after his dose; "
    "Chloe does the nights, and the baby sleeps in the next-to-me crib on her side of the bed. Follow-up: Joanna "
    "Price checks the crib and who does the nights at every visit to 8 weeks; Elm Park Surgery tells her of any "
    "change in his dose or timing. Safeguarding: not applicable; no social care involvement.",
    "'not applicable' where true (his medicine and breast milk; no social care), sleep fully answered",
    greek,
)

# ---------------------------------------------------------------------------------------------------- sbar
METH_SBAR_SBA = (
    "Situation: Jodie is 29+2 weeks pregnant today and takes methadone 60 mg once daily, supervised, with "
    "sertraline 100 mg; she is under a child protection plan. Background: methadone since November 2024, last "
    "changed on 1 December 2025 (down from 70 mg because of afternoon drowsiness); no heroin use since the summer "
    "on clear urine screens; her first son, born in 2017, needed treatment for withdrawal. Assessment: she is "
    "stable, and the dose should not change before delivery; the baby is likely to show withdrawal from day 2 to "
    "day 8; she is drowsy for two to four hours after each dose. "
)
ok(
    "sb-meth-sbar",
    SB,
    "meth",
    METH_SBAR_SBA + "Recommendation: continue methadone 60 mg unchanged. Postnatal ward midwives score the baby "
    "4-hourly for at least 72 hours; the health visitor checks for late signs to day 8. Breastfeeding is "
    "encouraged. No bed or sofa sharing after her dose; the health visitor sees the cot at the first home visit. "
    "The keyworker tells maternity of any dose change the same week.",
    "an SBAR handover with every part and a decided recommendation",
    bidi,
)
bad(
    "sb-meth-sbar-recommendation-open",
    SB,
    "meth",
    METH_SBAR_SBA + "Recommendation: for discussion at the next MDT, and for whoever receives this handover to decide.",
    "the same SBAR with the recommendation left open and given to the reader",
)
ok(
    "sb-cit-sbar",
    SB,
    "cit",
    "Situation: Megan is 32+1 weeks pregnant and takes citalopram 20 mg once daily for anxiety and depression; "
    "she plans to breastfeed. Background: the dose was last changed on 15/01/2025, before this pregnancy, after a "
    "taper to 10 mg led to relapse within six weeks; no admissions. Assessment: well on citalopram; late "
    "pregnancy SSRI exposure carries a small risk of adaptation signs and of persistent pulmonary hypertension of "
    "the newborn (about 3 in 1,000). Recommendation: citalopram continues at 20 mg. The midwives watch the baby "
    "for 48 hours after birth for jitteriness, poor feeding and fast breathing, with a paediatric review if "
    "signs persist. Breastfeeding is supported on citalopram. GP mood review at the 6-week check.",
    "an SBAR on the citalopram assessment; a general risk figure beside the plan",
)
ok(
    "sb-lith-sbar",
    SB,
    "lith",
    "S - Rebecca, 24 weeks, bipolar I disorder, takes lithium (Priadel) 800 mg at night; plans to bottle feed. "
    "B - postpartum psychosis after her first baby in 2018, when she was off lithium; well since lithium "
    "restarted in 2021; last level 0.71 mmol/L. The fetal heart scan at 20 weeks was normal. "
    "A - relapse risk after birth is high and outweighs the baby's risks; lithium near term can make the baby "
    "floppy, sleepy and slow to feed and can affect the thyroid. "
    "R - continue lithium 800 mg. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth, by "
    "the practice nurse, target 0.6-0.8 mmol/L. Omit the dose at the onset of labour; obstetric team to keep her "
    "hydrated and check a level. Paediatric review of the baby after birth, with a lithium level and thyroid "
    "tests if signs appear. Bottle feeding, as lithium passes into milk. Perinatal team to see her within a week "
    "of the birth.",
    "an SBAR with the letters as headings (S - ... R -), not a SOAP note",
    shy,
)
ok(
    "sb-dzp-sbar-handover",
    SB,
    "dzp",
    "Situation: handover from the postnatal ward to the health visitor, day 4; Kayleigh and the baby go to a "
    "parent-and-baby foster placement today. Background: diazepam 5 mg three times a day and pregabalin 150 mg "
    "twice a day throughout pregnancy; the baby had mild withdrawal signs on day 3, untreated; bottle fed. "
    "Assessment: Kayleigh is drowsy after each dose and struggled to wake for night feeds on the ward; the "
    "baby's late withdrawal window runs to day 8. Recommendation: both medicines continue for now, with a slow "
    "diazepam taper agreed by Dr Pritchard at the 6-week review. No bed, sofa or armchair sharing and no "
    "feeding lying down; the foster carer does the night feeds. The health visitor visits on day 6 and day 8 for "
    "late signs, and the foster carer rings the neonatal unit for poor feeding or tremor. Formula feeding, so no "
    "breast milk advice needed.",
    "an SBAR ward-to-community handover",
)
ok(
    "sb-quet-sbar",
    SB,
    "quet",
    "Situation: new baby at home, 10 days old; the father, Daniel, takes quetiapine 300 mg at night. "
    "Background: bipolar disorder, stable on this dose since October 2025; well. Assessment: he is very hard to "
    "wake for several hours after the dose, so sleeping with the baby on a bed or sofa, or doing night feeds, "
    "would put the baby at risk of sudden infant death; the baby is not exposed to the drug itself. "
    "Recommendation: he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; Chloe "
    "does the nights and the baby sleeps in the next-to-me crib beside her. Daniel's quetiapine continues, "
    "prescribed by Elm Park Surgery, which tells the health visitor of any dose change. The health visitor "
    "checks the arrangements at every visit to 8 weeks.",
    "an SBAR on the partner's quetiapine",
    fw,
)

# ---------------------------------------------------------------------------------------------------- minute
MO_MINUTE_HEAD = (
    "Pre-birth planning meeting, Riverside Surgery, 2 March 2026. Present: Dr Priya Shah (GP), Anna Lowe "
    "(community midwife), Marcus Reed (social worker), the drug service keyworker and the health visitor. "
    "Apologies: the perinatal psychiatrist. "
)
ok(
    "mn-mo-pre-birth-meeting",
    MN,
    "mo",
    MO_MINUTE_HEAD + "Decisions: methadone 60 mg and sertraline 100 mg both continue unchanged; breastfeeding is "
    "encouraged on both; methadone sedates her after each dose, so no bed or sofa sharing. Actions: 1. Anna Lowe "
    "to send the NAS plan to the postnatal ward by 20 March 2026: at least 72 hours of 4-hourly scoring for "
    "withdrawal and adaptation. 2. Keyworker to keep methadone supervised and to tell maternity and the health "
    "visitor of any dose change the same week. 3. Dr Shah to review mood and sertraline at 36 weeks. 4. Health "
    "visitor to see the cot at the first home visit and to watch for late withdrawal to day 8. 5. Marcus Reed to "
    "reconvene the core group at 34 weeks (3 April 2026).",
    "a minute with attendees, apologies, decisions and numbered actions with owners and dates",
    fw,
)
bad(
    "mn-mo-discussed-actions-nil",
    MN,
    "mo",
    MO_MINUTE_HEAD + "Discussed: methadone and sertraline; the baby's withdrawal; breastfeeding; safe sleep; "
    "the child protection plan. Actions: nil at present; to reconvene when the drug service report arrives.",
    "the same minute, a talk list and an empty action list",
)
ok(
    "mn-fo-core-group",
    MN,
    "fo",
    "Core group meeting, postnatal ward, 12 June 2026. Present: Kayleigh, Sandra Hollis (foster carer), Leanne "
    "Moss (social worker), the ward midwife, the health visitor, Dr Pritchard by phone. Agreed: diazepam and "
    "pregabalin continue unchanged for now; both sedate Kayleigh, so she never shares a bed, sofa or armchair "
    "with the baby and does not feed lying down. The baby is bottle fed. Actions: Sandra Hollis does every night "
    "feed while Kayleigh is drowsy, from discharge today. Health visitor visits on 14 and 16 June 2026 for late "
    "withdrawal signs to day 8. Dr Pritchard sets out a diazepam reduction at the 6-week review in the week of "
    "20 July 2026. Leanne Moss reviews the placement agreement by 26 June 2026. Next meeting: 10 July 2026.",
    "a core group minute with owners and dates after the assessment date",
)
ok(
    "mn-lo-perinatal-mdt",
    MN,
    "lo",
    "Perinatal MDT, 6 May 2026. Present: Dr Samuel Osei (perinatal psychiatrist), the obstetric consultant, the "
    "specialist midwife, the GP. Outcome: lithium (Priadel) 800 mg at night continues, because relapse after "
    "birth is likely without it. Actions: practice nurse - levels every 4 weeks, then weekly from 36 weeks (from "
    "29 July 2026) and within 24 hours of birth, target 0.6-0.8 mmol/L, results to Dr Osei. Obstetric team - "
    "birth in hospital; omit the dose in labour, fluids and a level on the labour ward. Neonatal team - "
    "paediatric review of the baby after birth for floppiness, poor feeding and thyroid function. Specialist "
    "midwife - bottle feeding plan, as breastfeeding is not advised on lithium. Dr Osei - perinatal team visit "
    "within a week of birth.",
    "an MDT minute; a gestation tied to its dated week",
    cyr,
)
ok(
    "mn-vo-joint-clinic-plan",
    MN,
    "vo",
    "Planning note, 20/05/2026: GP, epilepsy specialist nurse by phone. Decision: sodium valproate 500 mg twice "
    "a day continues unchanged until neurology has reviewed it; she must not stop or cut down. Actions: Grace "
    "Adebayo (ESN) to see her in the neurology clinic by 3 June 2026 to review treatment in pregnancy. Antenatal "
    "clinic to refer to fetal medicine for the detailed anomaly scan at 20 weeks (12 August 2026), as the baby "
    "has been exposed in the first trimester. GP: folic acid 5 mg daily from today. Breastfeeding is usually "
    "possible on valproate; the neurologist confirms it. Contraception after the birth under the pregnancy "
    "prevention programme, at the postnatal check.",
    "a planning note whose scan date fits the gestation",
)
bad(
    "mn-vo-actions-owner-tbc",
    MN,
    "vo",
    "Planning note, 20/05/2026. Topics discussed: sodium valproate in pregnancy; first-trimester exposure; "
    "seizure risk; breastfeeding; contraception after the birth. Actions: to be arranged. Owner: tbc. Date: tbc.",
    "a minute of topics, its actions held by no one and dated nowhere",
)

# ---------------------------------------------------------------------------------------------------- reconcile
MO_RECONCILE = (
    "Medicines reconciliation at the antenatal clinic, 2 March 2026, checked against the GP record, the drug "
    "service and the community pharmacy. Continued: methadone 1 mg/ml oral solution, 60 mg (60 ml) once daily, "
    "supervised; dose confirmed with the pharmacy, last changed on 01/12/2025 from 70 mg. Sertraline 100 mg once "
    "daily (two 50 mg tablets), last changed on 22/09/2025. Stopped: co-codamol 30/500, which she had been buying "
    "for back pain, stopped today because it adds to the sedation of methadone and to the baby's withdrawal; "
    "paracetamol alone instead. "
)
MO_RECONCILE_TAIL = (
    "What it means: the baby is likely to need at least 72 hours of NAS scoring by the postnatal ward midwives, "
    "and the health visitor watches for late signs to day 8; breastfeeding is encouraged on both medicines; "
    "methadone sedates her, so no bed or sofa sharing. The community pharmacist tells the drug service and Dr "
    "Shah of any missed supervised dose the same day."
)
ok(
    "rc-mo-pharmacist-reconciliation",
    RC,
    "mo",
    MO_RECONCILE + "Started: none. Declined: nicotine patches. " + MO_RECONCILE_TAIL,
    "a reconciliation naming a combination painkiller stopped and why, beside the continued medicines",
    greek,
)
bad(
    "rc-mo-started-unlisted-pregabalin",
    RC,
    "mo",
    MO_RECONCILE + "Started: pregabalin 75 mg twice a day, begun by the pain clinic last week for sciatica, "
    "which she takes every day. " + MO_RECONCILE_TAIL,
    "the same reconciliation telling a gabapentinoid she now takes that the medicine list does not hold",
)
ok(
    "rc-dzp-discharge-reconciliation",
    RC,
    "dzp",
    "Ward pharmacist's reconciliation on discharge to the placement, 12/06/2026. Continued: diazepam 5 mg three "
    "times a day; pregabalin 150 mg (two 75 mg capsules) twice a day; 7 days supplied today, then weekly "
    "prescriptions from the GP while she is in the placement. Stopped: cyclizine, given on the labour ward for "
    "vomiting, stopped on day 1 because it added to her drowsiness. Avoided: codeine for perineal pain, for the "
    "same reason. Started: none. What it means for the baby: both medicines sedate Kayleigh, so she must not share "
    "a bed, sofa or armchair with the baby or feed lying down, and the foster carer does the night feeds. The "
    "baby may still show late withdrawal until day 8; the foster carer and the health visitor watch for it. The "
    "baby is formula fed, so breast milk is not a question. Dr Pritchard plans a slow diazepam reduction at the "
    "6-week review; neither medicine is stopped suddenly.",
    "a discharge reconciliation: a sedating antiemetic stopped, codeine avoided",
    cyr,
)
ok(
    "rc-quet-father-medicines",
    RC,
    "quet",
    "Daniel's medicines, checked with Elm Park Surgery on 28/05/2026: quetiapine 300 mg (three 100 mg tablets) "
    "at night, last changed on 13 October 2025 from 200 mg; no other regular medicines. He stopped "
    "promethazine, which he used to buy for sleep, in April on his GP's advice, because it added to the sedation. "
    "What it means for the baby: the baby is not exposed to his medicine, but he is very hard to wake for "
    "several hours after his dose. He never sleeps with the baby on a bed, sofa or armchair and does no night "
    "feeds; Chloe does them and the baby sleeps in the next-to-me crib beside her. The health visitor checks "
    "this at every visit to 8 weeks, and his GP tells her of any dose change.",
    "the father's reconciliation: a sedating antihistamine stopped, with the plan",
)
ok(
    "rc-lith-booking-reconciliation",
    RC,
    "lith",
    "Pharmacist's reconciliation for the perinatal clinic, 06/05/2026. Continued: lithium carbonate "
    "modified-release (Priadel) 800 mg at night, prescribed by brand, unchanged since 04/08/2025. Stopped: "
    "ibuprofen, which she took for headaches, stopped at booking because anti-inflammatories raise lithium "
    "levels and are avoided in pregnancy; paracetamol instead. Not to be started without advice: diuretics and "
    "ACE inhibitors, which also raise levels. What it means: lithium continues because relapse after birth is "
    "the greater danger. Levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth, target 0.6-0.8 "
    "mmol/L, taken by the practice nurse. The baby has a paediatric review after birth for floppiness, poor "
    "feeding and thyroid problems. Bottle feeding is planned, since lithium passes into breast milk. The "
    "perinatal team see her within a week of the birth.",
    "a reconciliation naming medicines stopped and to avoid, with the lithium plan",
)
ok(
    "rc-valp-reconciliation",
    RC,
    "valp",
    "Reconciliation, 20 May 2026. Continued: sodium valproate 500 mg gastro-resistant tablets twice a day, "
    "unchanged since 11/03/2024; not to be stopped or cut down before neurology has reviewed it, as seizures "
    "would endanger her and the pregnancy. Started today: folic acid 5 mg once daily, until at least 12 weeks. "
    "Stopped: none. What it means for the baby: first-trimester exposure to valproate raises the chance of "
    "malformations and of later learning and developmental problems, so the antenatal clinic refers her to fetal "
    "medicine for a detailed scan at 20 weeks, and Grace Adebayo sees her within two weeks to review the "
    "treatment. Breastfeeding is usually possible on valproate, to be confirmed by the neurologist. Highly "
    "effective contraception after the birth if valproate continues; the GP arranges it at the postnatal check.",
    "a reconciliation for valproate with folic acid started",
    shy,
)
ok(
    "rc-cit-reconciliation",
    RC,
    "cit",
    "Reconciliation at the 32-week visit, 10 February 2026. Continued: citalopram 20 mg once daily, unchanged "
    "since 15 January 2025. Stopped: none. Over the counter: she had been offered an antihistamine for hay fever "
    "and chose loratadine, a non-sedating one. What it means for the baby: a small chance of adaptation signs "
    "(jitteriness, fast breathing, poor feeding) in the first 48 hours; the ward midwives watch for them and the "
    "paediatrician reviews the baby if they persist. Breastfeeding is compatible with citalopram and she plans "
    "to breastfeed. Citalopram continues because relapse would be the greater harm; GP mood review at the "
    "6-week check.",
    "a reconciliation naming a non-sedating antihistamine she chose",
)

# ---------------------------------------------------------------------------------------------------- changed
ok(
    "ch-meth-reduction-abandoned",
    CH,
    "meth",
    "How the plan changed: at booking in October 2025 we first planned a slow methadone reduction to 40 mg by 32 "
    "weeks. After the dose came down from 70 mg to 60 mg on 1 December 2025 she reported strong cravings and "
    "used heroin once, so the reduction was stopped, and 60 mg now continues unchanged to delivery instead. "
    + METH_PLAN,
    "a reduction first planned, then abandoned and replaced by the plan given",
    zwsp,
)
bad(
    "ch-meth-hv-visits-cancelled",
    CH,
    "meth",
    "How the plan changed: at booking we first planned a slow methadone reduction to 40 mg, but after cravings "
    "in December it was stopped and 60 mg continues unchanged to delivery. Breastfeeding is encouraged. She is "
    "drowsy after each dose, so she must never share a bed or sofa with the baby, and the cot is in her bedroom. "
    "The postnatal ward watches the baby for 24 hours. The health visitor's checks for late withdrawal to day 8 "
    "were cancelled when she moved area.",
    "the late-withdrawal checks cancelled with nothing in their place",
)
ok(
    "ch-lith-switch-abandoned",
    CH,
    "lith",
    "How the plan changed: at booking the obstetrician suggested switching from lithium to quetiapine. After "
    "the detailed fetal heart scan at 20 weeks was normal, and because she relapsed badly off lithium in 2018, "
    "we agreed with her to stay on lithium; the switch will not happen. " + LITH_PLAN,
    "a switch first suggested, then dropped, the other medicine never taken",
)
ok(
    "ch-valp-stop-replaced",
    CH,
    "valp",
    "How the plan changed: when she rang on 18 May she had already decided to stop valproate that day. After "
    "the on-call neurologist advised against stopping abruptly, she agreed instead to keep taking 500 mg twice a "
    "day, and she has missed no doses. " + VALP_PLAN,
    "her own plan to stop, replaced the same day by continuing",
)
ok(
    "ch-dzp-nights-replaced",
    CH,
    "dzp",
    "How the plan changed: before the birth the plan was a mother and baby unit; when no bed was available, the "
    "local authority arranged the Brightwater placement instead. On the ward the first plan was for Kayleigh to "
    "do the night feeds with prompting; after day 2, when she could not be woken for the 2 am feed, that plan was "
    "replaced, and the foster carer now does every night feed. " + DZP_PLAN,
    "a unit replaced by a placement, and her night feeds replaced by the carer's",
    bidi,
)
ok(
    "ch-quet-timing-kept",
    CH,
    "quet",
    "How the plan changed: Daniel first asked to move his quetiapine to 8 pm so that he could do the late feed; "
    "his GP advised against it because his sleep would suffer, so the timing stays at 10 pm and Chloe does the "
    "nights instead. " + QUET_PLAN,
    "a change of dosing time proposed and turned down, the nights given to the mother",
)
ok(
    "ch-co-switch-not-made",
    CH,
    "co",
    "How the plan changed: in late 2024 she tapered citalopram to 10 mg; her anxiety returned within six weeks "
    "and the dose went back to 20 mg on 15 January 2025. At booking we first planned to switch her to "
    "sertraline instead of citalopram, since it has more breastfeeding data; as she is well and a switch risks "
    "relapse, we kept citalopram. Conclusion: citalopram 20 mg once daily continues through pregnancy and "
    "breastfeeding. The ward midwives watch the baby for 48 hours after birth for adaptation signs and call the "
    "paediatrician if they last longer. I review her mood at the 6-week postnatal check.",
    "a switch planned at booking and not made",
    cyr,
)
bad(
    "ch-co-plan-pending-scan",
    CH,
    "co",
    "How the plan changed: in late 2024 she tapered citalopram to 10 mg and relapsed, so 20 mg was restarted on "
    "15 January 2025. At booking we first planned to continue it; now everything depends on the growth scan "
    "result, expected next week, and the plan for the baby, feeding and her mood will be decided then.",
    "the history of a change, then the whole plan made to wait on a result",
)

# ---------------------------------------------------------------------------------------------------- contingency
ok(
    "ct-meth-early-labour-relapse",
    CT,
    "meth",
    METH_PLAN + " Contingencies: if she goes into labour early, before 37 weeks, the neonatal team attend the "
    "birth and the baby is scored on the neonatal unit rather than the ward; methadone is given as usual on the "
    "labour ward once the pharmacy has confirmed the dose. Should she miss three or more doses, the drug service "
    "reassesses her before restarting the full dose. Should she relapse to heroin, the keyworker tells Marcus "
    "Reed and the community midwife the same day, and the social worker reviews the plan for the baby's "
    "discharge.",
    "contingencies each with what follows and who does it",
    cyr,
)
bad(
    "ct-meth-contingencies-only-hedged",
    CT,
    "meth",
    "Methadone 60 mg once daily continues. Contingencies: if the baby shows withdrawal, scoring would be "
    "considered. Should she wish to breastfeed, this could be reviewed. If sedation became a problem, advice on "
    "sleep might be given. Should she relapse, the team will act accordingly.",
    "the plan made only of conditions with what might follow or nothing decided",
)
ok(
    "ct-lith-toxicity-labour-relapse",
    CT,
    "lith",
    LITH_PLAN + " If she vomits, has diarrhoea or becomes dehydrated, she stops lithium for that day and the "
    "practice checks a level the same day. Should her level come back above 1.0 mmol/L, Dr Osei lowers the dose "
    "and repeats the level within a week. If she goes into labour before 36 weeks, the labour ward checks a level "
    "on arrival and the neonatal team review the baby. Should she stop sleeping or her mood lift after the birth, "
    "her partner rings the perinatal team's crisis line the same night.",
    "toxicity, preterm labour and relapse contingencies, each decided",
    greek,
)
ok(
    "ct-valp-seizure-miscarriage",
    CT,
    "valp",
    VALP_PLAN + " If she has a seizure before the neurology appointment, she goes to A&E and the on-call "
    "neurologist is called; she must not stop valproate. Should she miscarry, the early pregnancy unit sees her "
    "and the neurology review still goes ahead, because her treatment needs reviewing either way.",
    "seizure and miscarriage contingencies",
)
ok(
    "ct-fo-placement-breakdown",
    CT,
    "fo",
    FO_PLAN + " If the placement breaks down, the baby does not go into Kayleigh's sole care at night: Leanne "
    "Moss arranges an emergency placement the same day. Should Kayleigh be too drowsy to feed safely in the "
    "daytime, the foster carer takes over that feed and tells the health visitor. If the baby feeds poorly, "
    "trembles or cries inconsolably before day 8, the foster carer rings the neonatal unit straight away.",
    "contingencies for a placement breakdown, daytime drowsiness and late withdrawal",
    fw,
)
ok(
    "ct-quet-chloe-away",
    CT,
    "quet",
    QUET_PLAN + " Should Chloe be unwell or away overnight, her mother stays to do the night feeds; Daniel does "
    "not do them. If Daniel misses a dose and cannot sleep, he still does not take the baby into bed with him.",
    "contingencies that keep the nights from the sedated father",
)
ok(
    "ct-cit-relapse-self-harm",
    CT,
    "cit",
    CIT_PLAN + " Should her mood drop after the birth, the health visitor completes an EPDS and the GP sees her "
    "within a week. If she has any thoughts of self-harm, the crisis team sees her the same day. If the baby is "
    "breathing fast or is blue, the midwives call the paediatrician at once.",
    "relapse and neonatal contingencies, each decided",
)
bad(
    "ct-lith-depending-on-level",
    CT,
    "lith",
    "Lithium (Priadel) 800 mg at night. Depending on the next level, the plan will be either to continue, to "
    "lower the dose or to switch. If the baby is affected, the paediatricians would be involved. Should she "
    "relapse, the perinatal team could be asked to see her.",
    "alternatives left open and conditions with only what might follow",
)

# ---------------------------------------------------------------------------------------------------- quoted
ok(
    "qt-meth-leaflet-and-her-words",
    QT,
    "meth",
    'We went through the Best Beginnings leaflet on methadone in pregnancy together. It says "most babies '
    'whose mothers take methadone will need extra care after birth", and she asked what that means for her '
    'baby. She said, "I don\'t want my baby to go through what my first one did." ' + METH_PLAN,
    "a leaflet quoted and her own words quoted, then the plan",
    shy,
)
ok(
    "qt-cit-what-she-was-told",
    QT,
    "cit",
    'She was told, "Keep taking citalopram; stopping suddenly can make you unwell," and she agreed. The '
    "leaflet she was given says that most babies are not affected. " + CIT_PLAN,
    "advice quoted, then the plan",
)
ok(
    "qt-lith-nice-applied",
    QT,
    "lith",
    "NICE advises that lithium levels are checked more often in pregnancy and that breastfeeding is not "
    "recommended. In line with NICE, the practice nurse takes her level every 4 weeks, then weekly from 36 "
    "weeks and within 24 hours of the birth, and she will bottle feed. Lithium (Priadel) 800 mg at night "
    "continues, because she became psychotic after her first baby when she was off it. She omits the dose when "
    "labour starts, and the labour ward checks a level and keeps her hydrated. The paediatrician reviews the "
    "baby after birth for floppiness, poor feeding and thyroid problems. The perinatal team see her within a "
    "week of the birth.",
    "guidance reported, then guidance applied to her",
    bidi,
)
ok(
    "qt-valp-mhra-and-her",
    QT,
    "valp",
    "The MHRA states that valproate must not be used in pregnancy unless no other treatment works. For Hannah, "
    "already 8 weeks pregnant on it, stopping abruptly is now the greater danger, so the MHRA's warning shapes "
    "what happens next rather than meaning she stops today. " + VALP_PLAN,
    "the regulator's warning reported, then applied to her case",
)
ok(
    "qt-quet-lullaby-leaflet",
    QT,
    "quet",
    "The Lullaby Trust leaflet we left with them says never to sleep on a sofa or armchair with a baby, and that "
    "the risk is much higher if a parent has taken medicine that makes them drowsy. This applies to Daniel after "
    "his quetiapine 300 mg at night. " + QUET_PLAN,
    "a safe-sleep leaflet quoted, then applied to the father",
)
bad(
    "qt-dzp-quotes-only",
    QT,
    "dzp",
    'The leaflet says "do not share a bed with your baby if you have taken medicines that make you drowsy". '
    "The local guideline states that babies exposed to benzodiazepines or gabapentinoids should be observed for "
    "withdrawal for at least 72 hours. NICE advises that women taking diazepam and pregabalin are told about "
    'sedation. Kayleigh said, "I know all this already."',
    "only what a leaflet, a guideline and NICE say, and her words: nothing of this baby's plan",
)
ok(
    "qt-mo-her-question-answered",
    QT,
    "mo",
    'She asked, "Will my baby have to go to the special care unit like my first one?" Our answer: probably '
    "not. " + MO_PLAN,
    "a quoted question with its answer, then the plan",
)

# ---------------------------------------------------------------------------------------------------- numbers
LITH_LEVELS = (
    "Results this pregnancy: lithium 0.68 mmol/L on 14/01/2026, 0.74 mmol/L on 11 Feb 2026, 0.61 mmol/L on "
    "11.03.26 and {last} on 28 April 2026 (target 0.6-0.8 mmol/L, 12 h after the dose). eGFR above 90 "
    "mL/min/1.73m2 and TSH 1.8 mU/L on 28/04/2026. Weight 71.4 kg at booking, 76.0 kg today. "
)
ok(
    "nu-lith-levels-many-formats",
    NU,
    "lith",
    LITH_LEVELS.format(last="0.71 mmol/L") + LITH_PLAN,
    "levels with units, ranges and dates in four UK formats inside the pregnancy",
    zwsp,
)
bad(
    "nu-lith-level-impossible",
    NU,
    "lith",
    LITH_LEVELS.format(last="71 mmol/L") + LITH_PLAN,
    "the same results with a level no living person has",
)
METH_NUMBERS = (
    "Doses: 30 mg from 04/11/2024, 50 mg from January 2025, 70 mg from 5 May 2025 and 60 mg since 1st December "
    "2025 (60 ml of the 1 mg/ml solution, supervised daily). Urine screens: negative for opiates other than "
    "methadone on 12/01/2026 and 16 Feb 2026. {edd}; 29+2 weeks today. Weight 68 kg. "
)
ok(
    "nu-meth-doses-and-dates",
    NU,
    "meth",
    METH_NUMBERS.format(edd="EDD 15/05/2026") + METH_PLAN,
    "a dose history and dates in several UK formats that agree with the record",
    fw,
)
bad(
    "nu-meth-edd-month-out",
    NU,
    "meth",
    METH_NUMBERS.format(edd="EDD 15/07/2026") + METH_PLAN,
    "the same numbers with an EDD two months from the record's",
)
DZP_NUMBERS = (
    "Numbers: born 08/06/2026 at 39+2 weeks, weight 3.34 kg; 3.18 kg on day 4 (4.8% down). Withdrawal scores: "
    "highest 6 on day 3 ({day3}), 4 or under since. Feeds 60-75 ml every 3 hours. Kayleigh: diazepam 5 mg three "
    "times a day (15 mg a day) and pregabalin 150 mg twice a day (300 mg a day). "
)
ok(
    "nu-dzp-scores-weights",
    NU,
    "dzp",
    DZP_NUMBERS.format(day3="10/06/2026") + DZP_PLAN,
    "scores, weights, feeds and day totals that add up",
    cyr,
)
bad(
    "nu-dzp-score-date-impossible",
    NU,
    "dzp",
    DZP_NUMBERS.format(day3="31/06/2026") + DZP_PLAN,
    "the same numbers with a date June does not have",
)
ok(
    "nu-valp-dating",
    NU,
    "valp",
    "Dates: LMP 25/03/2026, so 8+0 weeks today and EDD 30.12.2026 by dates; dating scan booked for 3 June 2026 "
    "at 10 weeks; detailed anomaly scan at 20 weeks, in the week of 12 August 2026. Valproate 500 mg twice a day "
    "(1 g a day), unchanged since 11/03/2024. " + VALP_PLAN,
    "LMP, gestation, EDD and scans that agree with each other and the record",
)
bad(
    "nu-valp-scan-weekday-wrong",
    NU,
    "valp",
    "Dates: LMP 25/03/2026, so 8+0 weeks today and EDD 30.12.2026 by dates; dating scan booked for Tuesday 3 "
    "June 2026 at 10 weeks. Valproate 500 mg twice a day (1 g a day), unchanged since 11/03/2024. " + VALP_PLAN,
    "a weekday that 3 June 2026 is not (a Wednesday)",
)
ok(
    "nu-cit-scores-and-scan",
    NU,
    "cit",
    "Numbers: EPDS 6 on 10/02/2026 (it was 14 in January 2025, before the dose went back up); GAD-7 5. 32+1 "
    "weeks today, EDD 06/04/2026. Growth scan at 28 weeks: estimated weight 1.2 kg, on the 50th centile. "
    "Citalopram 20 mg once daily since 15/01/2025. " + CIT_PLAN,
    "scores, a gestation and EDD that agree, a past scan",
    greek,
)
ok(
    "nu-quet-baby-weights",
    NU,
    "quet",
    "Numbers: the baby weighed 3.32 kg at birth on 18/05/2026 and 3.41 kg today, day 10 (28.05.26). Daniel "
    "takes quetiapine 300 mg (3 x 100 mg) at about 10 pm and is hard to wake until about 5 am. " + QUET_PLAN,
    "weights and times, then the plan",
)
ok(
    "nu-po-doses-and-ceiling",
    NU,
    "po",
    "Chloe takes paracetamol 1 g up to four times a day when needed (no more than 4 g in 24 hours) for "
    "perineal pain; it raises no concern for the baby or for breastfeeding. Daniel takes quetiapine 300 mg at "
    "10 pm and is very hard to wake for about seven hours after it, so he never sleeps with the baby on a bed, "
    "sofa or armchair and does no night feeds; Chloe does the nights, and the baby sleeps in the next-to-me crib "
    "beside her. The health visitor checks this at each visit to 8 weeks (the 8-week visit is planned for the "
    "week of 13 July 2026).",
    "a dose with its day ceiling and a dated 8-week visit that fits the birth",
)
ok(
    "nu-mo-numbers",
    NU,
    "mo",
    "29+2/40 today (EDD 15.05.2026). Methadone 60 mg (60 ml) once daily, supervised, since 01/12/2025; "
    "sertraline 100 mg once daily since 22/09/2025; both continue unchanged. The baby is scored 4-hourly for at "
    "least 72 h on the postnatal ward, for withdrawal and SSRI adaptation, then the health visitor looks for "
    "late signs to day 8. Breastfeeding encouraged on both. Methadone sedates her for 2-4 h after each dose: no "
    "bed or sofa sharing, cot by her bed, seen at the first home visit. Marcus Reed, social worker, holds the "
    "child protection plan; the core group meets at 34/40.",
    "gestations, dates and doses written as clinicians write them",
)

# ---------------------------------------------------------------------------------------------------- more long texts
ok(
    "lt-lith-header-and-signature",
    LT,
    "lith",
    "Re: Rebecca Lindqvist-Example, DOB 19/12/1990, NHS 999 000 2665. Diagnosis: bipolar I disorder, well on "
    "lithium. " + LITH_PLAN + " Yours sincerely, Dr Samuel Osei, Consultant Perinatal Psychiatrist. cc: GP, "
    "community midwife, health visitor.",
    "a letter header with her date of birth and a signature block and copy list round the plan",
    fw,
)
ok(
    "lt-mo-sister-on-methadone",
    LT,
    "mo",
    "Family: her sister, who lives on the same estate, is on a methadone programme of her own at 90 mg and has "
    "offered to help in the day; she will not care for the baby overnight or after her dose. Jodie's mother "
    "will stay for the first two weeks and does not take any sedating medicines. " + MO_PLAN,
    "another person's methadone and dose in the family paragraph, then the plan",
    greek,
)
ok(
    "lt-fo-older-child-contact",
    LT,
    "fo",
    FO_PLAN + " Her older son, now four, stays with his grandmother under a special guardianship order; his "
    "Saturday contact with Kayleigh stays supervised, and Leanne Moss arranges it around the baby's feeds.",
    "a plan for an older child beside this baby's",
)
ok(
    "lt-lo-negations-in-history",
    LT,
    "lo",
    "History: she has never missed a level, has never been toxic, and has not been admitted since the mother and "
    "baby unit in 2018; there is no family history of heart defects, and she does not drink. None of this "
    "changes the risk after birth, which remains high. Lithium (Priadel) 800 mg at night continues, with levels "
    "every 4 weeks, weekly from 36 weeks and within 24 hours of birth. The baby has a paediatric review after "
    "birth for floppiness and thyroid problems. She will bottle feed, as lithium passes into breast milk. The "
    "perinatal mental health team see her within a week of the birth, and Dr Osei reviews the dose after it.",
    "negations in the history, then the plan",
    cyr,
)
ok(
    "ct-vo-contingencies",
    CT,
    "vo",
    "Sodium valproate 500 mg twice a day continues unchanged until the urgent neurology review; she must not "
    "stop it abruptly. The baby has been exposed in the first trimester: fetal medicine referral and a detailed "
    "anomaly scan at 20 weeks, and folic acid 5 mg daily from today. If she has a seizure before the neurology "
    "appointment, she goes to A&E and the on-call neurologist is called. Should neurology switch her to another "
    "antiepileptic, the change is made slowly under their supervision and the GP updates this record. "
    "Breastfeeding is usually possible on valproate, which the neurologist will confirm. After the birth she "
    "needs highly effective contraception if valproate continues; the GP arranges it.",
    "overall contingencies for a seizure and a later switch",
    zwsp,
)
ok(
    "sb-co-sbar",
    SB,
    "co",
    "Situation: 32+1 weeks, on citalopram 20 mg once daily, planning to breastfeed. Background: anxiety and "
    "depression, relapse within six weeks of a taper in late 2024; well since the dose went back to 20 mg. "
    "Assessment: the relapse risk outweighs the small risks of adaptation signs and pulmonary hypertension in the "
    "baby. Recommendation: continue citalopram through pregnancy and breastfeeding; the ward midwives watch the "
    "baby for 48 hours after birth for adaptation signs; paediatric review if they persist; GP mood review at "
    "the 6-week postnatal check; the health visitor asks about her mood at the new birth visit.",
    "an overall SBAR",
)
ok(
    "dc-fo-bulleted-lines",
    DC,
    "fo",
    "Discharge plan - placement\n"
    "- Medicines: diazepam 5 mg three times a day and pregabalin 150 mg twice a day continue; slow diazepam "
    "taper from the 6-week review, never stopped suddenly.\n"
    "- Sedation: both make Kayleigh drowsy. No bed, sofa or armchair sharing with the baby; no feeding lying "
    "down.\n"
    "- Nights: Sandra Hollis, the foster carer, does every night feed.\n"
    "- Baby: late withdrawal possible to day 8; the foster carer and the health visitor watch for poor feeding, "
    "tremor and crying, and ring the neonatal unit.\n"
    "- Feeding: bottle, formula.\n"
    "- Social care: Leanne Moss visits weekly under the interim care order.",
    "a bulleted discharge plan with line breaks",
    shy,
)
ok(
    "dc-quet-bulleted-lines",
    DC,
    "quet",
    "Health visitor's plan after the new birth visit, 28/05/2026\n"
    "1. Daniel's quetiapine 300 mg at night continues, prescribed by Elm Park Surgery.\n"
    "2. He is very hard to wake for hours after the dose: he never sleeps with the baby on a bed, sofa or "
    "armchair, and does no night feeds.\n"
    "3. Chloe does the night feeds; the baby sleeps in the next-to-me crib on her side.\n"
    "4. The baby does not receive his medicine, so feeding is unaffected.\n"
    "5. I check the crib and who does the nights at every visit to 8 weeks.",
    "a numbered plan with line breaks, written in the first person by the health visitor",
)
ok(
    "mn-po-new-birth-visit-actions",
    MN,
    "po",
    "New birth visit note, 28 May 2026, with both parents. Chloe's paracetamol raises no concern. Daniel's "
    "quetiapine 300 mg at night makes him very hard to wake. Agreed: he never sleeps with the baby on a bed, "
    "sofa or armchair and does no night feeds; Chloe does them; the baby sleeps in the next-to-me crib beside "
    "her. Actions: health visitor - check the sleeping arrangements at each contact to 8 weeks; Elm Park "
    "Surgery - tell the health visitor of any change to Daniel's dose or timing; Chloe - ring the health visitor "
    "if Daniel has to care for the baby alone overnight.",
    "a visit note with agreed points and actions by owner",
    bidi,
)
ok(
    "rc-po-ward-opioid-stopped",
    RC,
    "po",
    "Chloe's medicines: dihydrocodeine was given on the ward after the birth and was stopped on day 2; she now "
    "takes paracetamol 1 g when needed only, which raises no concern for the baby or for breastfeeding. "
    "Daniel's quetiapine 300 mg at night sedates him heavily: he never sleeps with the baby on a bed, sofa or "
    "armchair and does no night feeds, so Chloe does the nights and the baby sleeps in the next-to-me crib "
    "beside her. The health visitor checks this at every visit to 8 weeks.",
    "an opioid given on the ward and stopped, told in a sentence",
)
ok(
    "ch-lo-birthplace-changed",
    CH,
    "lo",
    "How the plan changed: at booking she hoped to give birth at the midwife-led unit; after the 20-week scan "
    "and the MDT, birth is now planned on the consultant unit, where the baby can be reviewed and her level "
    "checked. Lithium (Priadel) 800 mg at night continues, with levels every 4 weeks, weekly from 36 weeks and "
    "within 24 hours of the birth. The paediatrician reviews the baby after birth for floppiness, poor feeding "
    "and thyroid problems. She will bottle feed. The perinatal team see her within a week of the birth, as the "
    "risk of relapse is high.",
    "a place of birth first hoped for, then changed, with the plan",
)
ok(
    "ct-mo-early-labour",
    CT,
    "mo",
    MO_PLAN + " If she goes into labour before 37 weeks, the baby is scored on the neonatal unit and the "
    "labour ward gives her usual methadone dose once the pharmacy has confirmed it. Should her mood drop, Dr "
    "Shah sees her within a week.",
    "overall contingencies for early labour and low mood",
)
ok(
    "nu-fo-dated-visits",
    NU,
    "fo",
    "Born 08/06/2026; observed for 5 days on the ward (highest score 6 on day 3). " + FO_PLAN + " The health "
    "visitor's day-6 visit is on 14 June 2026 and the day-8 visit on 16 June 2026; the 6-week checks are in the "
    "week of 20 July 2026.",
    "dated visits that fall where the baby's age puts them",
    fw,
)
ok(
    "qt-fo-what-the-carer-was-told",
    QT,
    "fo",
    'Sandra Hollis was told at the discharge meeting: "Kayleigh must not have the baby in bed with her or on '
    'the sofa, and you do the night feeds." ' + FO_PLAN,
    "the advice quoted as given to the carer, then the plan",
)
ok(
    "sb-valp-sbar",
    SB,
    "valp",
    "Situation: unplanned pregnancy, 8+0 weeks today, on sodium valproate 500 mg twice a day. Background: "
    "generalised epilepsy, seizure-free for two years; counselled under the pregnancy prevention programme. "
    "Assessment: the baby has been exposed in the first trimester, with about a 1 in 10 chance of a major "
    "malformation and a higher chance of developmental problems; stopping suddenly risks status epilepticus. "
    "Recommendation: continue valproate unchanged until the epilepsy specialist nurse and neurologist review it "
    "within two weeks; folic acid 5 mg daily from today; the antenatal clinic refers to fetal medicine for a "
    "detailed scan at 20 weeks. Breastfeeding is usually possible; the neurologist confirms it. Contraception "
    "after the birth under the pregnancy prevention programme.",
    "an SBAR for valproate with the risk figures and the decided plan",
)
ok(
    "mn-meth-professionals-meeting",
    MN,
    "meth",
    "Professionals meeting, 02/03/2026. Present: Dr Shah, Anna Lowe, Marcus Reed, the keyworker. The previous "
    "social worker, who wrote the first plan, has since moved teams. Agreed: methadone 60 mg once daily, "
    "supervised, continues to delivery, with no reduction. Actions: Anna Lowe tells the postnatal ward the baby "
    "needs 72 hours of NAS scoring; the health visitor checks for late signs to day 8; breastfeeding is "
    "encouraged and the infant feeding team support it; because methadone makes her drowsy, no bed or sofa "
    "sharing, and the health visitor checks the cot at the first home visit; the keyworker tells everyone of a "
    "dose change the same week.",
    "a meeting minute noting a social worker who moved teams, the plan held by those present",
)

# ---------------------------------------------------------------------------------------------------- long composites
# Whole documents of 300-500 words: history, numbers, the plan and contingencies together, as a careful clinician
# writes them; and a few near misses with one defect buried in the long text.
METH_CONTINGENCY = (
    " Contingencies: if she goes into labour before 37 weeks, the neonatal team attend the birth and score the "
    "baby on the neonatal unit; the labour ward gives her usual methadone once the pharmacy confirms the dose. "
    "Should she relapse to heroin, the keyworker tells Marcus Reed and Anna Lowe the same day."
)
ok(
    "lt-meth-whole-letter",
    LT,
    "meth",
    METH_HISTORY + " " + METH_NUMBERS.format(edd="EDD 15/05/2026") + METH_PLAN + METH_CONTINGENCY,
    "a whole letter: history, numbers, plan and contingencies (about 450 words)",
    zwsp,
)
bad(
    "lt-meth-whole-letter-cosleep-buried",
    LT,
    "meth",
    METH_HISTORY
    + " "
    + METH_NUMBERS.format(edd="EDD 15/05/2026")
    + METH_PLAN
    + METH_CONTINGENCY
    + " On nights when she feels alert after her dose she may have the baby in bed with her for the early feed.",
    "the same long letter with bed sharing after a sedating dose allowed in its last sentence",
)
ok(
    "lt-sert-whole-letter",
    LT,
    "sert",
    "History: depression since her teens; fluoxetine in 2020 was stopped after two months for nausea. "
    "Sertraline 50 mg was started on 10 June 2025, before this pregnancy, and raised to 100 mg on 22 September "
    '2025 when her mood dipped after a bereavement. No admissions; no self-harm now. She asked, "Should I stop '
    "it for the baby's sake?\" We talked through the leaflet on antidepressants in pregnancy, which says most "
    "babies are not affected. " + SERT_PLAN + " Should her mood drop in the third trimester, Dr Shah sees her "
    "within a week and the perinatal team are asked to advise; if she has thoughts of self-harm, the crisis team "
    "sees her the same day. If the baby is jittery or breathing fast, the midwives call the paediatrician, and "
    "the NAS scoring chart notes SSRI adaptation signs separately from methadone withdrawal.",
    "a whole sertraline letter with history, a quoted question, the plan and contingencies",
)
ok(
    "lt-lith-whole-letter",
    LT,
    "lith",
    LITH_HISTORY + " " + LITH_LEVELS.format(last="0.71 mmol/L") + LITH_PLAN + " If she vomits or becomes "
    "dehydrated she stops lithium for that day and the practice checks a level the same day. Should she stop "
    "sleeping or her mood lift after the birth, her partner rings the perinatal crisis line that night.",
    "a whole psychiatrist's letter, about 480 words",
    cyr,
)
bad(
    "lt-lith-whole-letter-weekday-wrong",
    LT,
    "lith",
    LITH_HISTORY + " " + LITH_LEVELS.format(last="0.71 mmol/L") + LITH_PLAN + " Weekly levels start on "
    "Tuesday 29 July 2026, at 36 weeks.",
    "the same long letter with one weekday that 29 July 2026 is not (a Wednesday)",
)
ok(
    "lt-valp-whole-letter",
    LT,
    "valp",
    "History: generalised epilepsy since the age of 14. Lamotrigine was stopped in 2019 because seizures broke "
    "through, and valproate was started on 2 September 2019, raised to 500 mg twice a day on 11 March 2024 after "
    "a seizure at work; seizure-free for two years since. She was counselled under the pregnancy prevention "
    "programme each year and had an implant, removed in February. Dates: LMP 25/03/2026, so 8+0 weeks today, "
    'EDD 30.12.2026. She said, "I read that valproate harms babies - should I just stop?" ' + VALP_PLAN + " If "
    "she has a seizure before the appointment, she goes to A&E and the on-call neurologist is called. Should "
    "she miscarry, the early pregnancy unit sees her and the neurology review still goes ahead.",
    "a whole valproate letter: history, dates, her question, the plan, contingencies",
    greek,
)
ok(
    "lt-dzp-whole-letter",
    LT,
    "dzp",
    DZP_HISTORY + " " + DZP_NUMBERS.format(day3="10/06/2026") + DZP_PLAN + " If the placement breaks down, the "
    "baby does not go into Kayleigh's sole care at night; Leanne Moss arranges an emergency placement the same "
    "day. Should Kayleigh be too drowsy in the daytime, the foster carer takes over that feed too.",
    "a whole GP letter for the placement, about 420 words",
    bidi,
)
bad(
    "lt-dzp-whole-letter-born-date-wrong",
    LT,
    "dzp",
    DZP_HISTORY.replace("born on 8 June 2026", "born on 31 June 2026")
    + " "
    + DZP_NUMBERS.format(day3="10/06/2026")
    + DZP_PLAN,
    "the same long letter giving a birth date June does not have",
)
ok(
    "lt-quet-whole-letter",
    LT,
    "quet",
    "History: this is the couple's first baby together. Daniel has bipolar disorder; he had a manic episode and "
    "one admission in 2023, before quetiapine, and none since. Quetiapine was started in February 2024 and "
    "raised to 300 mg at night on 13 October 2025 after a short relapse. His older son, now nine, stays "
    "alternate weekends and takes no medicines. His previous community psychiatric nurse has since left, and "
    "his GP at Elm Park Surgery now manages his care. Chloe says he sleeps through the baby crying for hours "
    "after his dose. The Lullaby Trust leaflet we left says never to sleep on a sofa or armchair with a baby. "
    + QUET_PLAN
    + " Should Chloe be unwell or away overnight, her mother stays to do the night feeds; Daniel "
    "does not. If Daniel misses a dose and cannot sleep, he still does not take the baby into bed with him.",
    "a whole health visitor's letter on the father's medicine",
    fw,
)
ok(
    "dc-po-whole-summary",
    DC,
    "po",
    PO_DISCHARGE + PO_DISCHARGE_SLEEP + PO_DISCHARGE_TAIL + " Contingencies: should Chloe be away or unwell "
    "overnight, her mother does the night feeds, not Daniel; if his dose or timing changes, Elm Park Surgery "
    "tells the health visitor the same week, and she reviews the plan at her next visit. Leaflets given: the "
    "Lullaby Trust safer sleep guide and the local infant feeding leaflet.",
    "a whole discharge summary with contingencies and leaflets",
    shy,
)
ok(
    "mn-fo-whole-minute",
    MN,
    "fo",
    DZP_DISCHARGE.replace(
        "Discharge summary, postnatal ward to the Brightwater placement, 12/06/2026. ",
        "Discharge planning meeting, 12/06/2026. ",
    )
    + DZP_DISCHARGE_SLEEP
    + DZP_DISCHARGE_TAIL
    + " Actions: Sandra Hollis - every night feed from today; "
    "health visitor - visits on 14 and 16 June 2026; Dr Pritchard - diazepam reduction plan at the 6-week "
    "review; Leanne Moss - placement review by 26 June 2026.",
    "a whole discharge planning minute with headings and actions",
)
ok(
    "mn-lo-whole-minute",
    MN,
    "lo",
    "Perinatal MDT, 6 May 2026. Present: Dr Samuel Osei, the obstetric consultant, the specialist midwife, the "
    "GP. Background: bipolar I disorder; postpartum psychosis after her first baby in 2018, off lithium; well "
    "since lithium restarted on 15 March 2021. She has never been toxic and has not been admitted since 2018. "
    "Results: 0.71 mmol/L on 28/04/2026, TSH normal. The detailed fetal heart scan at 20 weeks was normal. "
    "Outcome: lithium (Priadel) 800 mg at night continues, because relapse after birth is likely without it. "
    "Actions: practice nurse - levels every 4 weeks, weekly from 36 weeks (from 29 July 2026) and within 24 "
    "hours of the birth, target 0.6-0.8 mmol/L, results to Dr Osei. Obstetric team - birth on the consultant "
    "unit; the dose omitted in labour, fluids and a level on the labour ward. Neonatal team - paediatric review "
    "of the baby after birth for floppiness, poor feeding and thyroid function. Specialist midwife - bottle "
    "feeding plan, as breastfeeding is not advised on lithium. Dr Osei - the perinatal team see her within a "
    "week of the birth. Contingency: should she stop sleeping or become elated after the birth, her partner "
    "rings the crisis line that night and the perinatal team see her the next day.",
    "a whole MDT minute with history, results, actions and a contingency",
    zwsp,
)
ok(
    "sb-co-whole-sbar",
    SB,
    "co",
    "Situation: Megan, 32+1 weeks today (EDD 06/04/2026), takes citalopram 20 mg once daily and plans to "
    "breastfeed. Background: anxiety and depression since 2016; a taper to 10 mg in late 2024 led to relapse "
    "within six weeks, and the dose went back to 20 mg on 15 January 2025, before this pregnancy. Her first "
    "baby, born in 2021 on citalopram, had a day of fast breathing and was well. EPDS 6 today. Assessment: "
    "relapse is the greater risk; the baby has a small chance of adaptation signs and of persistent pulmonary "
    "hypertension of the newborn (about 3 in 1,000). Recommendation: citalopram continues through pregnancy "
    "and breastfeeding. The ward midwives watch the baby for 48 hours after birth for jitteriness, fast "
    "breathing and poor feeding, and the paediatrician reviews the baby if signs persist. The health visitor "
    "asks about her mood at the new birth visit; the GP reviews it at the 6-week check. Should her mood drop, "
    "the GP sees her within a week; any thoughts of self-harm, the crisis team the same day.",
    "a whole overall SBAR with an earlier baby, a score and contingencies",
)
ok(
    "rc-vo-whole-reconciliation",
    RC,
    "vo",
    "Medicines reconciliation and plan, 20 May 2026. Continued: sodium valproate 500 mg gastro-resistant "
    "tablets twice a day, unchanged since 11/03/2024. Started today: folic acid 5 mg once daily, until at least "
    "12 weeks. Stopped: none. History: lamotrigine was stopped in 2019 because seizures broke through; her "
    "contraceptive implant was removed in February. What it means: the baby has been exposed to valproate in "
    "the first trimester, which raises the chance of malformations and later developmental problems, so the "
    "antenatal clinic refers her to fetal medicine for a detailed anomaly scan at 20 weeks. Valproate continues "
    "unchanged until Grace Adebayo and the neurologist review it within two weeks, because stopping suddenly "
    "risks seizures and status epilepticus. Breastfeeding is usually possible on valproate; the neurologist "
    "confirms it. After the birth she needs highly effective contraception if valproate continues; the GP "
    "arranges it at the postnatal check. If she has a seizure before the appointment, she goes to A&E.",
    "a whole overall reconciliation for valproate",
)

# ---------------------------------------------------------------------------------------------------- more surfaces
ok(
    "lt-meth-first-son-given-morphine",
    LT,
    "meth",
    "History: her first son, born in 2017, was given oral morphine on SCBU for eleven days for withdrawal, when "
    "she was using heroin with no prescription. She has been on methadone from the drug service since November "
    "2024, at 60 mg since 1 December 2025, with clear screens. " + METH_PLAN,
    "an earlier baby's own treatment named in the history",
)
ok(
    "lt-lith-retired-started-it",
    LT,
    "lith",
    "History: Dr Harland, who has since retired, restarted her lithium in March 2021 and reviewed it every year; "
    "I took over her care this spring. " + LITH_PLAN,
    "a retired consultant's past acts, the plan held by the writer and named teams",
)
ok(
    "lt-lo-due-with-aside",
    LT,
    "lo",
    "The pregnancy, at 24 weeks, is due at the end of August. Lithium (Priadel) 800 mg at night continues, with "
    "levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth, taken by the practice nurse. The "
    "baby has a paediatric review after birth for floppiness and thyroid problems. She will bottle feed, as "
    "lithium passes into breast milk. The perinatal team see her within a week of the birth because the risk of "
    "relapse is high.",
    "the due month after an aside of the gestation, both agreeing with the record",
)
ok(
    "lt-lith-level-came-to",
    NU,
    "lith",
    "Her level, taken on 28 April 2026 twelve hours after the dose, came to 0.71 mmol/L, inside the target of "
    "0.6-0.8 mmol/L. " + LITH_PLAN,
    "a level told as a result with an aside and 'came to'",
)
ok(
    "dc-quet-antenatal-advice-reported",
    DC,
    "quet",
    "At the 36-week antenatal visit the midwife went through safe sleep with both parents, and the plan made "
    "then still stands. " + QUET_PLAN,
    "antenatal care reported in a postnatal record, then the current plan",
)
ok(
    "dc-fo-pre-birth-conference-source",
    DC,
    "fo",
    "As agreed at the pre-birth conference, the foster carer does every night feed. " + FO_PLAN,
    "the pre-birth conference cited as the plan's source in a postnatal record",
    cyr,
)
ok(
    "dc-quet-sofa-alone",
    DC,
    "quet",
    QUET_PLAN + " On nights when the baby is unsettled, Daniel is going to sleep on the sofa on his own, "
    "without the baby, so that Chloe and the baby have the bedroom.",
    "the sedated father sleeping on the sofa alone, not with the baby",
)
ok(
    "dc-po-grandmother-zopiclone",
    DC,
    "po",
    PO_PLAN + " Chloe's mother, who stays over on Friday nights, takes zopiclone of her own, so she does not do "
    "the night feeds or sleep with the baby on those nights; Chloe does them.",
    "a grandmother's sedating medicine with a plan that keeps the nights from her",
)
ok(
    "ch-quet-wants-nights-supported",
    CH,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine 300 mg at night sedates him heavily, so he never "
    "sleeps with the baby on a bed, sofa or armchair. Chloe wants to do all the night feeds herself, which we "
    "support; Daniel does the 7 am feed once he is awake. The baby sleeps in the next-to-me crib beside Chloe, "
    "and the health visitor checks this at every visit to 8 weeks.",
    "the unsedated mother's wish to do the nights, supported",
)
ok(
    "nu-fo-weekday-dates",
    NU,
    "fo",
    FO_PLAN + " Dates: health visitor on Tue 16 June (day 8), GP 6-week checks on Mon 20 July 2026, looked "
    "after review on Friday 26 June 2026.",
    "weekdays that match their dates, with and without a year",
    greek,
)
ok(
    "nu-valp-dates-many-formats",
    NU,
    "vo",
    "Dates: 8+0/40 on 20.05.26 by LMP (25th March 2026); EDD 30/12/2026. Neurology by 3rd June; the 20-week "
    "scan in the week of 12 Aug 2026. Valproate 500 mg bd continues unchanged until neurology reviews it, as "
    "stopping abruptly risks seizures. The baby has been exposed in the first trimester: fetal medicine "
    "referral for the detailed scan, and folic acid 5 mg daily from today. Breastfeeding is usually possible; "
    "the neurologist confirms it. Contraception after the birth under the pregnancy prevention programme, "
    "arranged by the GP.",
    "dates in many UK formats that all agree",
)
ok(
    "sb-meth-route-words",
    SB,
    "meth",
    "Situation: methadone 60 mg is given as a single daily oral dose, supervised at the pharmacy. Background: "
    "stable since the dose came down on 1 December 2025. Assessment: withdrawal in the baby is likely; she is "
    "drowsy after each dose. Recommendation: " + METH_PLAN.replace("Plan: ", ""),
    "route words beside the oral solution that fit it",
)
ok(
    "mn-mo-plans-for-future-pregnancy",
    MN,
    "mo",
    MO_PLAN + " For any future pregnancy, she will be referred to the specialist midwife at booking. Her "
    "partner's own drug service appointments are not part of this plan.",
    "a plan for a future pregnancy beside this one",
)
ok(
    "ct-dzp-no-reason-review",
    CT,
    "dzp",
    DZP_PLAN + " There is no reason to expect a problem after day 8, but if the baby becomes unsettled later, "
    "the health visitor reviews the baby the same week.",
    "a negated expectation and a decided contingency",
)
ok(
    "qt-cit-leaflet-says-not-applicable",
    QT,
    "cit",
    CIT_PLAN + " The leaflet's section on co-sleeping with sedating medicines is not applicable, since "
    "citalopram does not make her drowsy; she has had the usual safer sleep advice.",
    "'not applicable' where true: citalopram is not sedating",
    zwsp,
)
bad(
    "qt-quet-leaflet-not-applicable",
    QT,
    "quet",
    "The Lullaby Trust leaflet's section on co-sleeping with sedating medicines is not applicable here, since "
    "the medicine is Daniel's, not Chloe's. Daniel's quetiapine 300 mg at night continues, prescribed by Elm "
    "Park Surgery. The baby is not exposed to his medicine. The health visitor visits at 8 weeks.",
    "the sedated father's co-sleeping risk dismissed as not applicable",
)

# ---------------------------------------------------------------------------------------------------- reconciliation headings
# A pharmacist's reconciliation sorts medicines under headings; only "Continued" and "Started" are taken now.
RECON_INTRO = "Medicines reconciliation, checked against the GP record and the community pharmacy. "
ok(
    "rc-meth-allergy-line",
    RC,
    "meth",
    RECON_INTRO + "Allergies: codeine (vomiting as a child). Continued: methadone 60 mg once daily, "
    "supervised. " + METH_PLAN,
    "an allergy line naming an opioid",
)
ok(
    "rc-meth-held-heading",
    RC,
    "meth",
    RECON_INTRO + "Held: co-codamol, withheld since booking because it adds to the sedation of methadone and "
    "to the baby's withdrawal. Continued: methadone 60 mg once daily, supervised. " + METH_PLAN,
    "a combination painkiller under a Held heading, withheld since booking",
)
ok(
    "rc-meth-not-started-declined",
    RC,
    "meth",
    RECON_INTRO + "Not started: pregabalin, which the pain clinic offered for sciatica; she declined it "
    "because of the baby. Continued: methadone 60 mg once daily, supervised. " + METH_PLAN,
    "a gabapentinoid offered and declined, under a Not started heading",
    greek,
)
ok(
    "rc-meth-alternative-considered",
    RC,
    "meth",
    RECON_INTRO + "Alternatives considered: buprenorphine, which she did not want to switch to in pregnancy. "
    "Continued: methadone 60 mg once daily, supervised. " + METH_PLAN,
    "another substitute considered and not chosen",
)
ok(
    "rc-meth-otc-not-since-booking",
    RC,
    "meth",
    RECON_INTRO + "Over the counter: she used to buy Nytol for sleep but has not taken any since booking. "
    "Continued: methadone 60 mg once daily, supervised. " + METH_PLAN,
    "a sedating antihistamine brand not taken since booking",
)
ok(
    "rc-meth-no-longer-takes-list",
    RC,
    "meth",
    RECON_INTRO + "Medicines she no longer takes: diazepam (stopped in 2023), zopiclone (stopped in 2024). "
    "Continued: methadone 60 mg once daily, supervised. " + METH_PLAN,
    "a heading of medicines she no longer takes, each with its stop year",
)
ok(
    "rc-lith-previous-medicines",
    RC,
    "lith",
    RECON_INTRO + "Previous medicines: olanzapine 2012-2015 (weight gain), sodium valproate 2015-2018 (stopped "
    "before her first pregnancy). Continued: lithium (Priadel) 800 mg at night. " + LITH_PLAN,
    "earlier medicines with their years under a Previous heading",
    cyr,
)
ok(
    "ch-lith-options-chosen",
    CH,
    "lith",
    "Options weighed: switching to quetiapine; staying on lithium. Chosen: staying on lithium, as she relapsed "
    "off it after her first baby. " + LITH_PLAN,
    "options listed, one chosen by name in the next line",
)
ok(
    "ch-valp-alternatives-for-neurology",
    CH,
    "valp",
    "Alternatives for neurology to weigh: lamotrigine or levetiracetam; no switch is made before that review. "
    + VALP_PLAN,
    "other antiepileptics left to neurology to weigh, no switch made now",
)
ok(
    "rc-dzp-ward-only-stopped",
    RC,
    "dzp",
    "Discharge medicines: diazepam 5 mg three times a day, pregabalin 150 mg twice a day. Ward-only medicines, "
    "now stopped: cyclizine 50 mg, and morphine 10 mg given once after the birth. " + DZP_PLAN,
    "ward-only medicines listed as now stopped",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F142CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F142CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F142CASES):3}"
    )
