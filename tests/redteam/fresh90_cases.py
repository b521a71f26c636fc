"""A ninetieth independent "fresh" batch of red-team cases for the share gate: the adversary, thirteenth
round, in fluent clinical register.

Conclusions and item answers that a reviewer must refuse but that are written as UK clinicians write, with real
content words, so only reading what they SAY exposes them; each paired with near-miss twins (must pass) that
differ by the one thing that makes them substantive. Written from issue 9, docs/rules.md, README.md and the
shipped examples, not from the gate's code or its word lists.

* ``contradiction``: a conclusion that contradicts itself or the record (continue and stop the same medicine, a
  dose other than the list's, breastfeeding encouraged for a bottle-fed baby, a birth reported as past in an
  antenatal record);
* ``wrong-person``: a plan for the previous baby, a sibling, or the mother's other condition only;
* ``risks-no-decision``: risks listed, weighed and explained, and nothing decided;
* ``conditional``: everything hangs on an event that is never resolved;
* ``no-actor``: actions with no actor, no time and no place; reassurance addressed to nobody;
* ``minutes``: minutes of a meeting that record who attended and what was covered, not the outcome;
* ``template-echo``: a conclusion that restates the template's questions or headings;
* ``wrong-class``: a plan copied from another medicine's class (pregnancy prevention for methadone, lithium
  levels for sertraline, NAS scoring for a partner's quetiapine);
* ``off-topic``: text that answers the mother's questions about something else (travel, diet, work, the car);
* ``stale-dates``: follow-ups booked as future on dates already past when the assessment was written;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added here).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh90_cases`` for the counts per category.
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
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, ZERO_WIDTH, full_width, homoglyphs, inside_words

F90CASES: list[Case] = []

CATEGORIES = (
    "contradiction",
    "wrong-person",
    "risks-no-decision",
    "conditional",
    "no-actor",
    "minutes",
    "template-echo",
    "wrong-class",
    "off-topic",
    "stale-dates",
    "disguise",
)

CT, WP, RD, CO, NA, MI, TE, WC, OT, SD, DG = CATEGORIES

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
    "meth-rec": (M, _at("assessments#asm-methadone.recommendations")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "lith-bf": (L, _at("assessments#asm-lithium.impact_on_baby.breastfeeding")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "dzp-nwp": (F, _at("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
    "quet-ss": (P, _at("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep")),
}

TEXTS: dict[str, str] = {}
WHERE: dict[str, str] = {}


def add(name: str, category: str, expect: Expect, where: str, text: str, why: str) -> None:
    assert category in CATEGORIES, category
    base, setter = SETTERS[where]
    TEXTS[name] = text
    WHERE[name] = where
    F90CASES.append(Case(f"f90-{name}", category, expect, base, setter(text), why))


R, G = REFUSE, PASS


# ============================================================================================================
# contradiction: the conclusion contradicts itself or the record.

add(
    "ct-meth-continue-and-come-off",
    CT,
    R,
    "meth",
    "Methadone 60 mg daily continues through the pregnancy, and she is to come off methadone completely this "
    "week. The baby will need observation for neonatal withdrawal for at least 72 hours on the postnatal ward; "
    "no co-sleeping after her dose, and the health visitor will see the cot.",
    "continues and comes off the same medicine in one breath: the reader cannot tell which",
)
add(
    "ct-meth-continue-taper-after-birth",
    CT,
    G,
    "meth",
    "Methadone 60 mg daily continues through the pregnancy; any slow reduction with the drug service starts no "
    "earlier than 6 weeks after birth. The baby will need observation for neonatal withdrawal for at least 72 "
    "hours on the postnatal ward; no co-sleeping after her dose, and the health visitor will see the cot.",
    "twin: continue now, reduce later, one plan",
)
add(
    "ct-sert-dose-in-words-half",
    CT,
    R,
    "sert",
    "Sertraline carries on at her usual dose of fifty milligrams once a day, unchanged, because stopping has "
    "led to relapse before. The baby may show adaptation symptoms (jitteriness, poor feeding) in the first 48 "
    "hours, which the midwife will watch for alongside the withdrawal observations.",
    "the list says 100 mg; 'fifty milligrams unchanged' contradicts it",
)
add(
    "ct-sert-dose-in-words-right",
    CT,
    G,
    "sert",
    "Sertraline carries on at her usual dose of one hundred milligrams once a day, unchanged, because stopping "
    "has led to relapse before. The baby may show adaptation symptoms (jitteriness, poor feeding) in the first "
    "48 hours, which the midwife will watch for alongside the withdrawal observations.",
    "twin: the listed dose in words",
)
add(
    "ct-meth-dose-far-from-name",
    CT,
    R,
    "meth",
    "Methadone is to continue at the dose she has been stable on for three months, 90 mg daily, supervised. "
    "The baby needs at least 72 hours' observation for NAS on the postnatal ward and HV checks to day 8; "
    "breastfeeding encouraged; no co-sleeping after her dose.",
    "the list says 60 mg; 90 mg written more than a few words after the name",
)
add(
    "ct-meth-dose-far-from-name-right",
    CT,
    G,
    "meth",
    "Methadone is to continue at the dose she has been stable on for three months, 60 mg daily, supervised. "
    "The baby needs at least 72 hours' observation for NAS on the postnatal ward and HV checks to day 8; "
    "breastfeeding encouraged; no co-sleeping after her dose.",
    "twin: the listed dose",
)
add(
    "ct-fo-breastfeed-bottle-fed-baby",
    CT,
    R,
    "fo",
    "Diazepam and pregabalin continue for now. Both pass into breast milk only in small amounts, so she is "
    "encouraged to breastfeed and the midwife will support latching at each visit. No bed, sofa or armchair "
    "sharing; the foster carer does night feeds while she is drowsy; late withdrawal signs possible until day 8.",
    "the baby is bottle fed by choice (record and item): breastfeeding advice for a baby who is not breastfed",
)
add(
    "ct-fo-bottle-fed-baby-right",
    CT,
    G,
    "fo",
    "Diazepam and pregabalin continue for now. The baby is bottle fed, so their passage into breast milk does "
    "not arise; the foster carer makes up the feeds. No bed, sofa or armchair sharing; the foster carer does "
    "night feeds while she is drowsy; late withdrawal signs possible until day 8.",
    "twin: feeding as recorded",
)
add(
    "ct-lo-breastfeed-on-lithium",
    CT,
    R,
    "lo",
    "Continue lithium (Priadel) 800 mg at night, levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. Paediatric review of the baby after birth. She is keen to breastfeed and the midwife will help her "
    "put the baby to the breast within the first hour. Perinatal team review within a week of birth.",
    "the record says bottle, and the item says breastfeeding is not advised on lithium",
)
add(
    "ct-lo-bottle-on-lithium",
    CT,
    G,
    "lo",
    "Continue lithium (Priadel) 800 mg at night, levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. Paediatric review of the baby after birth. Breastfeeding is not advised on lithium, so she will "
    "bottle feed from birth with the midwife's support. Perinatal team review within a week of birth.",
    "twin: feeding advice as the item gives it",
)
add(
    "ct-meth-birth-told-as-past",
    CT,
    R,
    "meth",
    "Methadone 60 mg continued through the pregnancy. The baby was observed for 72 hours on the postnatal ward, "
    "scored low throughout and went home on day 5 breastfeeding well; the health visitor saw the cot at the new "
    "birth visit and no co-sleeping was agreed.",
    "an antenatal record at 29 weeks reporting the birth and discharge as done",
)
add(
    "ct-meth-birth-told-as-plan",
    CT,
    G,
    "meth",
    "Methadone 60 mg continues through the pregnancy. The baby will be observed for 72 hours on the postnatal "
    "ward and can go home from day 5 if scores stay low; breastfeeding is encouraged; the health visitor will "
    "see the cot at the new birth visit, and there must be no co-sleeping after her dose.",
    "twin: the same plan in the future",
)
add(
    "ct-valp-continues-and-stopped-today",
    CT,
    R,
    "valp",
    "Sodium valproate must not be stopped suddenly and continues at 500 mg twice daily; she stopped taking "
    "valproate today on my advice. First-trimester exposure for the baby: urgent fetal medicine scan and "
    "neurology review requested; folic acid 5 mg started.",
    "continues and stopped today, both said of valproate",
)
add(
    "ct-quet-sedated-father-does-nights",
    CT,
    R,
    "quet",
    "The father's quetiapine 300 mg at night makes him very hard to wake, so he does all the night feeds and the "
    "baby sleeps in the crib on his side of the bed; the health visitor will check this at each visit.",
    "the sedated parent given the night care: the plan contradicts its own reason",
)
add(
    "ct-quet-sedated-father-no-nights",
    CT,
    G,
    "quet",
    "Because the father's quetiapine 300 mg at night leaves him very hard to wake, the mother does all the night "
    "feeds and the baby sleeps in the next-to-me crib on her side, never his; he must not fall asleep with the "
    "baby on the sofa. Health visitor to check at each visit for 8 weeks.",
    "twin: the night care with the parent who is not sedated",
)
add(
    "ct-cit-continue-and-stopped",
    CT,
    R,
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding, as the relapse risk outweighs the small "
    "risks to the baby; citalopram stopped today because she is pregnant. Midwife to watch for adaptation "
    "symptoms for 48 hours after birth.",
    "continued and stopped today in the same conclusion",
)
add(
    "ct-cit-asked-to-stop-declined",
    CT,
    G,
    "cit",
    "Citalopram 20 mg continues through pregnancy and breastfeeding. She asked about stopping because she is "
    "pregnant, but the last attempt led to relapse within six weeks, so we agreed she will not. Midwife to watch "
    "the baby for adaptation symptoms (jitteriness, poor feeding, fast breathing) for 48 hours after birth.",
    "twin: stopping discussed and declined",
)

# ============================================================================================================
# wrong-person: a plan for the previous baby, a sibling, another baby, the next pregnancy, another condition.

add(
    "wp-meth-previous-baby-only",
    WP,
    R,
    "meth",
    "Methadone 60 mg daily continues. Her first baby, born in 2022 while she was on methadone, needed oral "
    "morphine for NAS and three weeks on SCBU; that little boy now lives with his grandmother, is thriving and "
    "has his two-year check with the health visitor next month.",
    "everything about the previous baby; nothing for this one",
)
add(
    "wp-meth-previous-baby-then-this-one",
    WP,
    G,
    "meth",
    "Methadone 60 mg daily continues. Her first baby, born in 2022 on methadone, needed treatment for NAS on "
    "SCBU, so this baby is likely to withdraw too: observe on the postnatal ward for at least 72 hours with NAS "
    "scoring, neonatal team aware before delivery, HV to check for late signs to day 8. No co-sleeping after her "
    "dose.",
    "twin: the previous baby as the reason for this baby's plan",
)
add(
    "wp-quet-older-sister-only",
    WP,
    R,
    "quet",
    "The father's quetiapine 300 mg at night means he sleeps heavily, so their four-year-old daughter no longer "
    "climbs into the parents' bed at night and now sleeps in her own room with a stair gate; the health visitor "
    "will review her toileting and sleep at the next visit.",
    "the plan is for the four-year-old; the newborn's sleep is not mentioned",
)
add(
    "wp-quet-older-sister-and-baby",
    WP,
    G,
    "quet",
    "The father's quetiapine 300 mg at night means he sleeps heavily. Their four-year-old sleeps in her own "
    "room, and the newborn sleeps in the next-to-me crib on the mother's side; he must never share a bed, sofa or "
    "armchair with the baby after his dose and does no night feeds. HV checks at each visit for 8 weeks.",
    "twin: the sibling mentioned and the baby's sleep decided",
)
add(
    "wp-meth-asthma-inhaler-only",
    WP,
    R,
    "meth",
    "Methadone 60 mg continues. Her asthma is well controlled on the beclometasone inhaler, which is safe in "
    "pregnancy and breastfeeding, so the baby needs no extra checks for it; inhaler technique reviewed and "
    "asthma review booked with the practice nurse at 34 weeks.",
    "the methadone assessment concludes about her inhaler: withdrawal and sedation unanswered",
)
add(
    "wp-dzp-foster-carers-own-baby",
    WP,
    R,
    "dzp",
    "Diazepam and pregabalin continue unchanged. The foster carer's own baby, who is six months old, sleeps in a "
    "separate room and will not share the nursery; the foster carer keeps her own medicines locked away from her "
    "baby and the older children, and the social worker will check storage in the placement weekly.",
    "another family's baby; nothing on this baby's withdrawal or the mother's sedation",
)
add(
    "wp-dzp-storage-and-this-baby",
    WP,
    G,
    "dzp",
    "Diazepam and pregabalin continue unchanged and make Kayleigh drowsy, so she must never share a bed, sofa or "
    "armchair with her baby, and the foster carer does the night feeds. Her baby may show late withdrawal signs "
    "up to day 8. Both medicines are kept locked away from the foster carer's own children; the social worker "
    "checks storage weekly.",
    "twin: the storage point beside this baby's plan",
)
add(
    "wp-valp-next-pregnancy-only",
    WP,
    R,
    "valp",
    "Sodium valproate continues at 500 mg twice daily until neurology review. For any future pregnancy she should "
    "be switched before conception under the Pregnancy Prevention Programme, with folic acid 5 mg started three "
    "months before trying, and she will be offered long-acting contraception after this pregnancy.",
    "plans for the next pregnancy; this baby's first-trimester exposure is not addressed",
)
add(
    "wp-valp-this-and-next-pregnancy",
    WP,
    G,
    "valp",
    "Sodium valproate continues at 500 mg twice daily until the urgent neurology review; she must not stop it "
    "suddenly. The baby in this pregnancy has had first-trimester exposure (about 1 in 10 risk of a major "
    "malformation), so a fetal medicine scan is requested; folic acid 5 mg started today. Before any future "
    "pregnancy she should be switched under the Pregnancy Prevention Programme.",
    "twin: this baby first, the next pregnancy after",
)
add(
    "wp-lith-her-kidneys-only",
    WP,
    R,
    "lith",
    "Lithium continues at 800 mg. Her own thyroid and kidney function are checked every six months; TSH was "
    "normal in April and eGFR stable; she is to drink plenty of fluids in hot weather and the perinatal team "
    "will keep an eye on her mood.",
    "the mother's monitoring only",
)
add(
    "wp-sert-partners-mood-only",
    WP,
    R,
    "sert",
    "Sertraline 100 mg continues for her. Her partner's own low mood was talked about, and he will see his GP "
    "this week to review his depression and drinking; the family support worker will visit the home "
    "fortnightly to support both parents before the baby arrives.",
    "the partner's health; nothing on what sertraline means for this baby",
)

# ============================================================================================================
# risks-no-decision: risks weighed or listed, nothing decided.

add(
    "rd-meth-weighed-no-verdict",
    RD,
    R,
    "meth",
    "Methadone in pregnancy makes it likely that the baby will withdraw after birth, and sedation after each "
    "dose puts the baby at risk if she co-sleeps; on the other hand, reducing methadone risks relapse to heroin, "
    "which is more dangerous for her and the baby. These risks were weighed carefully with her today.",
    "the balance is described and never struck",
)
add(
    "rd-meth-weighed-with-verdict",
    RD,
    G,
    "meth",
    "Methadone in pregnancy makes it likely that the baby will withdraw after birth, and sedation after each "
    "dose puts the baby at risk if she co-sleeps; reducing it risks relapse to heroin. On balance methadone "
    "60 mg continues unchanged: the baby will be observed for 72 hours on the postnatal ward, and she has agreed "
    "not to co-sleep after her dose.",
    "twin: the same weighing, then the verdict and plan",
)
add(
    "rd-lith-benefits-risks-list",
    RD,
    R,
    "lith",
    "Lithium. Benefits: prevents relapse and postpartum psychosis; well for four years. Risks: Ebstein's "
    "anomaly from first-trimester exposure; floppiness and hypothyroidism in the baby near term; toxicity "
    "through breast milk; maternal toxicity if dehydrated in labour.",
    "a pros-and-cons list with no decision",
)
add(
    "rd-lith-benefits-risks-decision",
    RD,
    G,
    "lith",
    "Lithium. Benefits: prevents relapse and postpartum psychosis; well for four years. Risks: floppiness and "
    "hypothyroidism in the baby near term; toxicity through breast milk. Decision: continue lithium 800 mg; "
    "paediatric review and observation of the baby after birth; bottle feeding agreed; levels weekly from 36/40.",
    "twin: the list, then the decision",
)
add(
    "rd-valp-two-paths",
    RD,
    R,
    "valp",
    "Sodium valproate in this pregnancy: staying on it keeps her seizure-free but exposes the baby further to "
    "the risk of malformation and developmental harm; switching to another antiepileptic lowers the risk to the "
    "baby but may bring seizures back during the changeover, with danger to both.",
    "two paths described, neither chosen",
)
add(
    "rd-valp-two-paths-chosen",
    RD,
    G,
    "valp",
    "Sodium valproate: staying on it keeps her seizure-free but exposes the baby further; switching may bring "
    "seizures back. For now valproate continues unchanged, because a seizure is the greater immediate danger; "
    "the baby has had first-trimester exposure, so the fetal medicine scan is booked and neurology sees her this "
    "week to plan a switch.",
    "twin: a path chosen, with its reason",
)
add(
    "rd-quet-risk-only",
    RD,
    R,
    "quet",
    "The father takes quetiapine 300 mg at night, which is strongly sedating. A sedated adult sharing a bed or "
    "sofa with a baby is a recognised cause of sudden infant death, and night feeds by a sedated parent carry a "
    "risk of the baby being dropped or smothered.",
    "the risk described, no arrangement made",
)
add(
    "rd-quet-risk-then-arrangement",
    RD,
    G,
    "quet",
    "The father takes quetiapine 300 mg at night, which is strongly sedating, and a sedated adult sharing a bed "
    "or sofa with a baby is a recognised cause of sudden infant death. So he will not do night feeds or sleep with "
    "the baby on a bed or sofa; the mother does nights and the baby sleeps in her crib. HV checks each visit.",
    "twin: the risk, then the arrangement",
)
add(
    "rd-dzp-finely-poised",
    RD,
    R,
    "dzp",
    "Diazepam and pregabalin both sedate; the baby has withdrawn mildly and may show late signs; a reduction "
    "risks maternal seizures and distress, while continuing them keeps the co-sleeping risk high in a placement "
    "where night care is shared. The balance of these risks is finely poised.",
    "risks on both sides and 'finely poised': no decision",
)

# ============================================================================================================
# conditional: everything hangs on an event never resolved.

add(
    "co-meth-all-ifs",
    CO,
    R,
    "meth",
    "If she relapses to heroin, methadone will be increased and the baby will need longer observation for "
    "withdrawal; if she remains stable, the plan will be revisited at 36 weeks; if she decides to breastfeed, the "
    "drug service will be told.",
    "every plan is conditional; what happens now is never said",
)
add(
    "co-meth-default-and-if",
    CO,
    G,
    "meth",
    "Methadone 60 mg daily continues. The baby will be observed for at least 72 hours on the postnatal ward for "
    "withdrawal; if she relapses to heroin, the drug service will increase the dose and the paediatric team will "
    "extend the observation to 5 days. No co-sleeping after her dose.",
    "twin: a default plan, with the condition on top",
)
add(
    "co-sert-depends-on-mood",
    CO,
    R,
    "sert",
    "Whether sertraline stays at 100 mg will depend on how she feels after the growth scan: if her mood dips she "
    "stays on it, and if she feels well she may come down to 50 mg; the paediatric team will be told once she "
    "decides.",
    "the decision hangs on a later feeling; nothing for the baby",
)
add(
    "co-lith-may-or-may-not",
    CO,
    R,
    "lith",
    "Lithium at 800 mg may continue or may be switched, depending on the perinatal psychiatrist's view at 28 "
    "weeks; the plan for the baby after birth will follow from whichever is chosen.",
    "open either way, the baby's plan following an unmade choice",
)
add(
    "co-dzp-when-placement-ends",
    CO,
    R,
    "dzp",
    "When the placement ends and Kayleigh goes home with the baby, diazepam and pregabalin will need a fresh look "
    "at sedation and night care, and the plan for the baby's sleep will be agreed with whoever is at home then.",
    "all in a future that is not here; nothing for now",
)
add(
    "co-dzp-now-and-when-placement-ends",
    CO,
    G,
    "dzp",
    "Diazepam and pregabalin continue and sedate Kayleigh, so in the placement the foster carer does night feeds "
    "and the baby sleeps in a cot in the carer's room; she must never share a bed or sofa with the baby. Late "
    "withdrawal signs are possible until day 8. Before the placement ends, the social worker will hold a "
    "discharge meeting to agree who does night care at home.",
    "twin: now decided, the future planned",
)
add(
    "co-vo-once-known",
    CO,
    R,
    "vo",
    "Once neurology have seen her, sodium valproate will either continue or be switched, and once the fetal "
    "medicine scan is done the baby's risks will be clearer; once both are known, the plan for pregnancy, birth "
    "and feeding will be written.",
    "'once' three times: the plan is written later",
)
add(
    "co-quet-should-the-mother",
    CO,
    R,
    "quet",
    "Should the mother become unwell and the father take over night care, his quetiapine would need reviewing "
    "and the baby's sleeping place reconsidering; should his dose change, the health visitor would be told.",
    "only what would follow events that may never happen",
)
add(
    "co-cit-if-symptoms-with-default",
    CO,
    G,
    "cit",
    "Citalopram 20 mg continues. After birth the midwife observes the baby for 48 hours; if jitteriness, poor "
    "feeding or fast breathing appear, she calls the paediatric team the same day. Breastfeeding supported.",
    "twin: a condition with a default and an actor",
)

# ============================================================================================================
# no-actor: actions with no one, no time, no place; reassurance to nobody.

add(
    "na-meth-to-be-list",
    NA,
    R,
    "meth",
    "Methadone to continue. Observation of the baby for withdrawal to be arranged. Co-sleeping to be discussed. "
    "Cot to be checked. Breastfeeding to be supported. Dose changes to be shared.",
    "a to-do list: no one, no time, no place, no duration",
)
add(
    "na-meth-to-be-list-owned",
    NA,
    G,
    "meth",
    "Methadone 60 mg continues. Midwives to observe the baby on the postnatal ward for at least 72 hours for "
    "withdrawal; HV to check for late signs to day 8 and to see the cot at the first home visit; no co-sleeping "
    "after her dose; breastfeeding supported by the infant feeding team.",
    "twin: each action owned and timed",
)
add(
    "na-quet-reassurance",
    NA,
    R,
    "quet",
    "Quetiapine at night is a well-established treatment for the father and there is no reason for anyone to "
    "worry about the baby; everything is in hand and the baby will be fine, as he is very settled and devoted "
    "to the family.",
    "reassurance to nobody, no arrangement for nights",
)
add(
    "na-po-someone-somebody",
    NA,
    R,
    "po",
    "Paracetamol raises no concern. As for the father's quetiapine, someone will keep an eye on the baby's "
    "sleeping arrangements at some point, and somebody should mention night feeds to the family when there is a "
    "chance.",
    "'someone', 'at some point', 'somebody ... when there is a chance'",
)
add(
    "na-po-named-and-timed",
    NA,
    G,
    "po",
    "Paracetamol raises no concern for the baby. The father's quetiapine sedates him at night: the health visitor "
    "will check the sleeping arrangements at each visit for 8 weeks, he does no night feeds after his dose, and "
    "the baby sleeps in the crib on the mother's side.",
    "twin: the HV, each visit, 8 weeks",
)
add(
    "na-lith-will-be-done",
    NA,
    R,
    "lith",
    "Lithium continues at the same dose through pregnancy. Levels will be done. The baby will be reviewed after "
    "birth. Feeding will be sorted out. Delivery will be planned nearer the time.",
    "passive futures: who, when, what feeding",
)
add(
    "na-fo-everyone-aware",
    NA,
    R,
    "fo",
    "Diazepam and pregabalin continue for now. All agencies are fully aware of the sedation risk and the "
    "withdrawal window, everybody knows their role, and the plan for the baby's nights is understood by all "
    "concerned.",
    "awareness claimed; the plan is never written",
)
add(
    "na-fo-everyone-named",
    NA,
    G,
    "fo",
    "Diazepam and pregabalin continue for now and sedate the mother. The foster carer does the night feeds and "
    "the baby sleeps in a cot in her room; no bed, sofa or armchair sharing. The health visitor and foster carer "
    "watch for late withdrawal signs until day 8 and call the neonatal unit for tremor or poor feeding.",
    "twin: who does what",
)
add(
    "na-meth-nwp-observed",
    NA,
    R,
    "meth-nwp",
    "The baby will be watched closely after delivery and looked after appropriately.",
    "a withdrawal plan with no one, no time, no place, no threshold",
)
add(
    "na-meth-nwp-owned",
    NA,
    G,
    "meth-nwp",
    "Midwives score the baby 4-hourly on the postnatal ward for at least 72 h; paediatrician if two scores are "
    "8 or more; HV checks for late signs to day 8.",
    "twin: who, where, how long, threshold",
)

# ============================================================================================================
# minutes: who attended and what was covered, no outcome.

add(
    "mi-mo-pre-birth-attendance",
    MI,
    R,
    "mo",
    "Pre-birth planning meeting held on 2 March 2026 at Riverside Surgery. Present: Dr Shah (GP), Marcus Reed "
    "(social worker), the community midwife, the drug service keyworker and the health visitor. Methadone, "
    "sertraline, neonatal withdrawal, safe sleep and breastfeeding were each discussed in turn and everyone "
    "contributed.",
    "minutes: attendance and agenda, no outcome",
)
add(
    "mi-mo-pre-birth-outcome",
    MI,
    G,
    "mo",
    "Pre-birth meeting 2 March 2026 (GP, social worker, midwife, drug service keyworker, HV). Outcome: methadone "
    "60 mg and sertraline 100 mg continue unchanged; the baby will be observed for at least 72 hours on the "
    "postnatal ward for withdrawal and SSRI adaptation; breastfeeding encouraged; no co-sleeping after her "
    "methadone dose, and the social worker and HV see the cot before discharge.",
    "twin: the same meeting with its outcome",
)
add(
    "mi-fo-strategy-discussion",
    MI,
    R,
    "fo",
    "Strategy discussion 11/06/2026, chaired by the team manager; attended by the foster carer, Leanne Moss "
    "(social worker), the ward sister, the health visitor and Dr Pritchard. Diazepam and pregabalin, the baby's "
    "withdrawal scores and the night-time arrangements in the placement were all considered. Actions were "
    "allocated to each agency.",
    "who came and what was considered; the actions are not written",
)
add(
    "mi-lo-mdt-agenda",
    MI,
    R,
    "lo",
    "Perinatal MDT 6 May: consultant perinatal psychiatrist, obstetrician, specialist midwife, Dr Campbell. "
    "Agenda: lithium (Priadel) 800 mg at night; levels; delivery; the baby after birth; feeding. Each item was "
    "taken in turn and the discussion was full and helpful.",
    "an agenda, not a conclusion",
)
add(
    "mi-lo-mdt-agreed",
    MI,
    G,
    "lo",
    "Perinatal MDT 6 May (psychiatrist, obstetrician, specialist midwife, GP) agreed: lithium (Priadel) 800 mg at "
    "night continues; levels monthly, weekly from 36/40 and within 24 h of birth; deliver in hospital; paediatric "
    "review of the baby after birth for floppiness, poor feeding and thyroid function; bottle feeding, as lithium "
    "passes into breast milk.",
    "twin: what the MDT agreed",
)
add(
    "mi-quet-home-visit-log",
    MI,
    R,
    "quet",
    "Joint home visit 28/05 with the health visitor: both parents present; the father's quetiapine 300 mg nocte, "
    "the bedroom layout and the next-to-me crib were gone through; the parents asked good questions and the "
    "visit lasted an hour.",
    "a visit log: what was gone through, not what was found or agreed",
)
add(
    "mi-quet-home-visit-findings",
    MI,
    G,
    "quet",
    "Joint home visit 28/05 with the HV, both parents present. The father's quetiapine 300 mg nocte leaves him "
    "hard to wake, so the baby sleeps in the next-to-me crib on the mother's side, he never shares a bed, sofa or "
    "armchair with the baby, and she does the night feeds. HV to recheck at each visit.",
    "twin: the visit and what it settled",
)
add(
    "mi-vo-call-log",
    MI,
    R,
    "vo",
    "Telephone consultation 20/05/2026, 14:10, 12 minutes. Spoke to the patient about sodium valproate and the "
    "pregnancy; her mother was on speaker; neurology and the antenatal clinic were mentioned; she was tearful "
    "but engaged.",
    "a call log; nothing decided about valproate or the baby",
)

# ============================================================================================================
# template-echo: the template's questions or headings restated.

add(
    "te-sert-headings",
    TE,
    R,
    "sert",
    "Sertraline - impact on the baby; neonatal adaptation plan; breastfeeding advice; recommendations for the "
    "midwife; review date for the GP.",
    "headings only",
)
add(
    "te-lith-describes-itself",
    TE,
    R,
    "lith",
    "This lithium conclusion covers the risk to the baby, the monitoring of levels, the plan for delivery, the "
    "paediatric review after birth and the advice on feeding, as the template requires.",
    "says what the conclusion covers instead of covering it",
)
add(
    "te-quet-prompts-ticked",
    TE,
    R,
    "quet",
    "Partner's medicine (quetiapine): effect on the father's alertness at night - assessed; safe sleep "
    "arrangements for the baby - assessed; night feeds - assessed; health visitor informed - yes.",
    "each prompt answered 'assessed'",
)
add(
    "te-quet-prompts-answered",
    TE,
    G,
    "quet",
    "Partner's medicine (quetiapine 300 mg nocte): father's alertness at night - very hard to wake for hours; "
    "safe sleep - he never sleeps with the baby on a bed, sofa or armchair; night feeds - the mother does them "
    "all; HV - checks the crib at each visit for 8 weeks.",
    "twin: the same prompts with answers",
)
add(
    "te-dzp-sections-addressed",
    TE,
    R,
    "dzp",
    "Diazepam and pregabalin: sedation and parenting capacity; safe sleep and co-sleeping; neonatal withdrawal "
    "and late signs; breastfeeding; recommendations for professionals. All sections addressed in full above.",
    "the template's sections, then a pointer upwards",
)
add(
    "te-dzp-sections-answered",
    TE,
    G,
    "dzp",
    "Diazepam and pregabalin: sedation - drowsy after each dose and at night; safe sleep - never a bed, sofa or "
    "armchair with the baby, no feeding lying down; withdrawal - mild on day 3, late signs possible to day 8; "
    "night care - the foster carer; feeding - bottle. Both continue, diazepam tapered from the 6-week review.",
    "twin: the same headings answered",
)
add(
    "te-mo-restates-questions",
    TE,
    R,
    "mo",
    "For methadone and sertraline, the overall conclusion must state what they mean for the baby, what "
    "observation the baby needs after birth, whether breastfeeding is advised, and what the midwife, health "
    "visitor and social worker must do.",
    "the template's instruction copied in as the conclusion",
)

# ============================================================================================================
# wrong-class: a plan copied from another class.

add(
    "wc-meth-pregnancy-prevention",
    WC,
    R,
    "meth",
    "Methadone 60 mg daily continues. As a known teratogen it needs the Pregnancy Prevention Programme: the annual "
    "risk acknowledgement form is signed, highly effective contraception will follow the birth, and a detailed "
    "anomaly scan is booked for the baby.",
    "valproate's plan for methadone; withdrawal and sedation unanswered",
)
add(
    "wc-meth-not-teratogen-nas",
    WC,
    G,
    "meth",
    "Methadone 60 mg daily continues. It is not a teratogen, so no pregnancy prevention programme applies; the "
    "risk to the baby is withdrawal after birth, so the baby will be observed for at least 72 hours on the "
    "postnatal ward with HV checks to day 8. No co-sleeping after her dose; breastfeeding encouraged.",
    "twin: the PPP named to set it aside, the right plan",
)
add(
    "wc-sert-lithium-plan",
    WC,
    R,
    "sert",
    "Sertraline 100 mg continues with levels monthly, weekly from 36 weeks and within 24 hours of birth; plenty "
    "of fluids in labour; the baby needs a paediatric review for floppiness and thyroid problems and should be "
    "bottle fed.",
    "lithium's plan for sertraline, and against its own breastfeeding item",
)
add(
    "wc-quet-nas-scoring",
    WC,
    R,
    "quet",
    "The father's quetiapine 300 mg at night: the baby is to be scored for neonatal abstinence syndrome every 4 "
    "hours for 72 hours on the postnatal ward, and the midwife will watch feeds for signs of withdrawal through "
    "breast milk.",
    "the baby is not exposed to the father's medicine; co-sleeping with a sedated father unanswered",
)
add(
    "wc-quet-no-scoring-safe-sleep",
    WC,
    G,
    "quet",
    "The baby is not exposed to the father's quetiapine, so no NAS scoring is needed. The risk is co-sleeping with "
    "him while he is heavily sedated after his 300 mg dose, so he must never share a bed, sofa or armchair with the "
    "baby and does no night feeds; HV checks at each visit.",
    "twin: scoring set aside, the real risk answered",
)
add(
    "wc-valp-nas-and-sedation",
    WC,
    R,
    "valp",
    "Sodium valproate 500 mg bd continues until the neurologist reviews it. The baby will need observation for "
    "neonatal withdrawal for 72 hours after birth, and there must be no co-sleeping after her evening dose because "
    "of sedation.",
    "an opioid plan for valproate; first-trimester exposure not mentioned",
)
add(
    "wc-cit-supervised-consumption",
    WC,
    R,
    "cit",
    "Citalopram 20 mg continues under daily supervised consumption at the community pharmacy, with the drug "
    "service keyworker told of any missed doses; the baby will be scored for withdrawal on the ward for 5 days "
    "before discharge.",
    "methadone's arrangements copied onto citalopram",
)
add(
    "wc-lith-contraception-while-pregnant",
    WC,
    R,
    "lith",
    "Lithium 800 mg continues. She is on the Pregnancy Prevention Programme and has been counselled about highly "
    "effective contraception, to be fitted at the six-week check; the annual risk acknowledgement form is signed.",
    "pregnancy prevention for a woman 24 weeks pregnant; nothing on the baby",
)
add(
    "wc-valp-ppp-applied-right",
    WC,
    G,
    "valp",
    "Sodium valproate continues unchanged until neurology review this week; she must not stop it suddenly. Under "
    "the Pregnancy Prevention Programme an unplanned pregnancy means urgent specialist review: the baby has had "
    "first-trimester exposure, so a fetal medicine scan is requested and folic acid 5 mg started today.",
    "twin: the PPP where it belongs, with this baby's plan",
)

# ============================================================================================================
# off-topic: the mother's questions about something else answered.

add(
    "ot-meth-travel",
    OT,
    R,
    "meth",
    "She asked whether she can take her methadone abroad for her sister's wedding in Spain at 30 weeks: the drug "
    "service will give her a letter, she carries it in hand luggage in the labelled bottle, and the midwife will "
    "write a fitness-to-fly letter as the airline asks for one after 28 weeks.",
    "travel answered; the baby's withdrawal and sleep never",
)
add(
    "ot-meth-travel-and-plan",
    OT,
    G,
    "meth",
    "Methadone 60 mg continues. The baby will be observed for at least 72 hours on the postnatal ward for "
    "withdrawal, and she must not co-sleep after her dose. She may take methadone to her sister's wedding in "
    "Spain at 30 weeks: the drug service gives her a letter and she carries it in hand luggage.",
    "twin: travel after the conclusion",
)
add(
    "ot-sert-diet",
    OT,
    R,
    "sert",
    "Sertraline 100 mg is fine with her vegetarian diet and can be taken with food; she asked about caffeine and "
    "was advised to keep under 200 mg a day, avoid liquorice and take vitamin D 10 micrograms daily, which the "
    "midwife will also recommend.",
    "diet answered; nothing on what sertraline means for the baby",
)
add(
    "ot-lith-night-shifts",
    OT,
    R,
    "lith",
    "Lithium (Priadel) is compatible with her return to work as a nurse on nights after maternity leave, provided "
    "she keeps hydrated on shift; occupational health will do a risk assessment and she may ask for day shifts "
    "for the first three months back.",
    "her work answered; the baby not at all",
)
add(
    "ot-dzp-driving",
    OT,
    R,
    "dzp",
    "Diazepam and pregabalin both impair driving: she must not drive while drowsy, and should carry her "
    "prescription as it is an offence to drive above the diazepam limit. The foster carer will drive her to clinic "
    "appointments with the baby in the car seat.",
    "driving answered; co-sleeping and withdrawal not",
)
add(
    "ot-dzp-driving-and-plan",
    OT,
    G,
    "dzp",
    "Diazepam and pregabalin continue and make her drowsy, so she must never share a bed, sofa or armchair with "
    "the baby, the foster carer does night feeds, and late withdrawal signs are watched for until day 8. She must "
    "not drive while drowsy either; the foster carer drives her to clinic.",
    "twin: driving as an extra",
)
add(
    "ot-vo-vaccines",
    OT,
    R,
    "vo",
    "Sodium valproate: she asked about the whooping cough and flu vaccines in pregnancy, which are safe with "
    "valproate and recommended to protect the baby in the first weeks of life; the practice nurse will give the "
    "flu vaccine this week and pertussis from 16 weeks.",
    "vaccines answered; the baby's first-trimester valproate exposure not",
)
add(
    "ot-quet-weight-walks",
    OT,
    R,
    "quet",
    "The father's quetiapine has caused weight gain, so he has been referred to the practice weight management "
    "programme with lipids and HbA1c in July; he is keen to take the baby out on long walks in the pram to get "
    "fitter.",
    "his weight answered; night-time sedation and the baby's sleep not",
)
add(
    "ot-quet-weight-and-sleep",
    OT,
    G,
    "quet",
    "The father's quetiapine 300 mg at night makes him hard to wake, so he does no night feeds and never sleeps "
    "with the baby on a bed, sofa or armchair; the baby sleeps in the crib on the mother's side and the HV checks "
    "at each visit. It has also caused weight gain, for which he is referred to the weight programme.",
    "twin: the weight after the sleep plan",
)

# ============================================================================================================
# stale-dates: follow-ups booked as future on dates already past.
# Assessment dates: M 2026-03-02, C 2026-02-10, L 2026-05-06, V 2026-05-20, P 2026-05-28, F 2026-06-12.

add(
    "sd-meth-cot-visit-before-assessment",
    SD,
    R,
    "meth",
    "Methadone 60 mg continues. The baby will be observed for at least 72 hours for withdrawal on the postnatal "
    "ward; the health visitor will do an antenatal home visit on 16 February 2026 to see the cot, and there must "
    "be no co-sleeping after her dose.",
    "a visit 'will' happen on a date two weeks before the assessment",
)
add(
    "sd-meth-cot-visit-after-assessment",
    SD,
    G,
    "meth",
    "Methadone 60 mg continues. The baby will be observed for at least 72 hours for withdrawal on the postnatal "
    "ward; the health visitor will do an antenatal home visit on 16 March 2026 to see the cot, and there must be "
    "no co-sleeping after her dose.",
    "twin: the visit after the assessment",
)
add(
    "sd-valp-reviews-already-past",
    SD,
    R,
    "valp",
    "Sodium valproate must not be stopped suddenly. The baby has had first-trimester exposure, so the urgent "
    "neurology review will be on 2 May 2026 and the fetal medicine scan on 12/05/2026; folic acid 5 mg started "
    "today.",
    "'urgent' reviews planned for dates before the assessment of 20 May",
)
add(
    "sd-valp-reviews-upcoming",
    SD,
    G,
    "valp",
    "Sodium valproate must not be stopped suddenly. The baby has had first-trimester exposure, so the urgent "
    "neurology review will be on 27 May 2026 and the fetal medicine scan on 03/06/2026; folic acid 5 mg started "
    "today.",
    "twin: the reviews ahead",
)
add(
    "sd-lith-next-level-past",
    SD,
    R,
    "lith",
    "Lithium continues; the next level is due on 28/04/2026 and then weekly from 36 weeks; the baby will have a "
    "paediatric review after birth for floppiness and poor feeding, and she will bottle feed as breastfeeding is "
    "not advised.",
    "the 'next' level dated before the assessment of 6 May",
)
add(
    "sd-lith-next-level-ahead",
    SD,
    G,
    "lith",
    "Lithium continues; the next level is due on 03/06/2026 and then weekly from 36 weeks; the baby will have a "
    "paediatric review after birth for floppiness and poor feeding, and she will bottle feed as breastfeeding is "
    "not advised.",
    "twin: the next level ahead",
)
add(
    "sd-quet-new-birth-visit-past",
    SD,
    R,
    "quet",
    "The father's quetiapine 300 mg at night makes him hard to wake, so he must not share a bed or sofa with the "
    "baby or do night feeds; the health visitor will check the crib at the new birth visit on 20 May 2026.",
    "the only check is booked for a date before the assessment of 28 May",
)
add(
    "sd-quet-next-visit-ahead",
    SD,
    G,
    "quet",
    "The father's quetiapine 300 mg at night makes him hard to wake, so he must not share a bed or sofa with the "
    "baby or do night feeds; the health visitor will check the crib at her next visit on 4 June 2026 and at each "
    "visit after.",
    "twin: the check ahead",
)
add(
    "sd-fo-taper-before-birth",
    SD,
    R,
    "fo",
    "Diazepam and pregabalin continue; the supervised diazepam reduction will start at the review on 1 June 2026. "
    "No bed, sofa or armchair sharing; the foster carer does night feeds; late withdrawal signs possible until "
    "day 8.",
    "a reduction that 'will start' on a date before the birth and the assessment",
)
add(
    "sd-co-six-week-check-past",
    SD,
    R,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding. The midwife will watch the baby for adaptation "
    "symptoms in the first 48 hours; GP mood review at the 6-week check on 15 January 2026.",
    "a postnatal check dated before the assessment and months before the EDD",
)
add(
    "sd-co-six-week-check-ahead",
    SD,
    G,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding. The midwife will watch the baby for adaptation "
    "symptoms in the first 48 hours; GP mood review at the 6-week check in mid-May 2026.",
    "twin: the check after the EDD",
)

# ============================================================================================================
# More of the same lenses: item answers and the overall conclusions.

add(
    "ct-vo-birth-told-at-8-weeks",
    CT,
    R,
    "vo",
    "Sodium valproate continues unchanged. The newborn examination was normal, the baby went home with both "
    "parents on day 2 breastfeeding, and the health visitor has done the new birth visit; she must not stop "
    "valproate abruptly.",
    "a record at 8 weeks' gestation reporting a newborn examination and discharge",
)
add(
    "ct-vo-birth-planned-at-8-weeks",
    CT,
    G,
    "vo",
    "Sodium valproate continues unchanged: she must not stop it abruptly, and neurology sees her "
    "this week to plan a switch. The baby has had first-trimester exposure, so the fetal medicine scan is booked; "
    "after birth the baby will have a full newborn examination by the paediatrician. Folic acid 5 mg daily.",
    "twin: the newborn examination as a plan",
)
add(
    "wp-meth-ss-toddler",
    WP,
    R,
    "meth-ss",
    "Her toddler sleeps in a cot in his own room with a baby monitor, and she has a stair gate fitted.",
    "the safe sleep answer is the toddler's",
)
add(
    "wp-meth-ss-this-baby",
    WP,
    G,
    "meth-ss",
    "Never to share a bed or sofa with the new baby after her dose; the baby sleeps in a cot in the parents' room "
    "(the toddler has his own room); HV to see the cot at the first home visit.",
    "twin: this baby's sleep, the toddler in passing",
)
add(
    "wp-quet-ss-older-child",
    WP,
    R,
    "quet-ss",
    "The older child sleeps in the bottom bunk in the back bedroom, well away from the father's room.",
    "the safe sleep answer places the older child, not the baby",
)
add(
    "wp-quet-ss-baby-placed",
    WP,
    G,
    "quet-ss",
    "The baby sleeps in the next-to-me crib on the mother's side; he never shares a bed, sofa or armchair with "
    "the baby after his dose and does no night feeds.",
    "twin: the baby placed",
)
add(
    "wp-dzp-nwp-previous-baby",
    WP,
    R,
    "dzp-nwp",
    "Her previous baby was observed for 5 days on SCBU in 2023 and needed no treatment for withdrawal.",
    "the withdrawal plan is the previous baby's history",
)
add(
    "wp-dzp-nwp-this-baby",
    WP,
    G,
    "dzp-nwp",
    "Observed 5 days on the postnatal ward; mild signs day 3, no treatment. Foster carer and HV to watch for late "
    "signs to day 8 and ring the neonatal unit for tremor, poor feeding or inconsolable crying.",
    "twin: this baby's observation and who watches next",
)
add(
    "rd-dzp-decided",
    RD,
    G,
    "dzp",
    "Diazepam and pregabalin both sedate, and a sudden reduction risks seizures. Decision: both continue "
    "unchanged for now with a supervised diazepam taper from the 6-week review; Kayleigh never shares a bed or "
    "sofa with the baby and the foster carer does nights; late withdrawal signs watched for to day 8.",
    "twin: risks, then the decision",
)
add(
    "rd-mo-risk-register",
    RD,
    R,
    "mo",
    "Methadone: neonatal withdrawal (high), sedation and co-sleeping (high), relapse on reduction (moderate). "
    "Sertraline: PPHN (low), neonatal adaptation (moderate), relapse on stopping (high). Social care involved; "
    "child protection plan in place.",
    "a risk register with ratings and no plan",
)
add(
    "rd-mo-risk-register-with-actions",
    RD,
    G,
    "mo",
    "Methadone: withdrawal likely, so the baby is observed 72 h on the postnatal ward; sedation, so no "
    "co-sleeping and the cot is seen before discharge. Sertraline: adaptation symptoms possible, watched for "
    "alongside. Both medicines continue unchanged; breastfeeding encouraged.",
    "twin: each risk with its action",
)
add(
    "te-sert-headings-answered",
    TE,
    G,
    "sert",
    "Sertraline - impact on the baby: small PPHN risk, adaptation symptoms possible; plan: midwife observes 48 h "
    "after birth alongside withdrawal scoring; breastfeeding: compatible; continue 100 mg; GP mood review at 6 "
    "weeks.",
    "twin: the headings with answers",
)
add(
    "na-lith-owned",
    NA,
    G,
    "lith",
    "Lithium continues at 800 mg through pregnancy. The perinatal team checks levels monthly and weekly from 36 "
    "weeks; the obstetric team plans delivery in hospital; the paediatrician reviews the baby after birth for "
    "floppiness and poor feeding; she bottle feeds.",
    "twin: each action with its owner",
)
add(
    "ot-vo-vaccines-and-exposure",
    OT,
    G,
    "vo",
    "Sodium valproate continues until neurology sees her this week; she must not stop it suddenly. The baby has "
    "had first-trimester exposure, so the fetal medicine scan is booked and folic acid 5 mg started. She also "
    "asked about vaccines: flu and whooping cough are safe with valproate and will be given.",
    "twin: the vaccines after the plan",
)
add(
    "co-lo-unless-default",
    CO,
    G,
    "lo",
    "Lithium (Priadel) 800 mg at night continues unless a level is toxic, when the perinatal team reduces it the "
    "same day. Levels monthly, weekly from 36 weeks, within 24 h of birth; paediatric review of the baby after "
    "birth; bottle feeding, as breastfeeding is not advised; perinatal review within a week of birth.",
    "twin: 'unless' on top of a decided plan",
)
add(
    "mi-fo-strategy-outcome",
    MI,
    G,
    "fo",
    "Strategy discussion 11/06/2026 (foster carer, social worker, ward sister, HV, GP) agreed: diazepam and "
    "pregabalin continue and sedate the mother, so the foster carer does night feeds and the baby sleeps in her "
    "room; no bed, sofa or armchair sharing; late withdrawal signs watched for until day 8.",
    "twin: the discussion and its outcome",
)

# ============================================================================================================
# Further twins and probes in the same lenses.

add(
    "sd-valp-scan-note-and-started-today",
    SD,
    G,
    "valp",
    "Sodium valproate continues; she must not stop it suddenly, as a seizure would endanger her and the baby. "
    "The baby has had first-trimester exposure: fetal medicine scan on 3 June 2026; folic acid 5 mg started "
    "today.",
    "a booked scan written as a note, then a start today: nothing after the attestation is reported as done",
)
add(
    "sd-lith-past-scan-reported",
    SD,
    G,
    "lith",
    "Lithium continues at 800 mg: relapse after birth is the greater risk. The fetal heart scan on 18/03/2026 was "
    "normal. The paediatrician reviews the baby after birth for floppiness, poor feeding and thyroid problems; "
    "levels weekly from 36 weeks and within 24 h of birth; bottle feeding, as lithium passes into breast milk.",
    "a past result dated before the assessment, rightly reported as done",
)
add(
    "ct-sert-dose-as-tablets",
    CT,
    G,
    "sert",
    "Sertraline 100 mg (two 50 mg tablets) once daily continues: stopping has caused relapse before. The baby may "
    "show adaptation symptoms in the first 48 hours; the midwife observes alongside the withdrawal scoring. "
    "Compatible with breastfeeding.",
    "the dose with its tablets: no contradiction",
)
add(
    "wp-quet-first-child-then-now",
    WP,
    G,
    "quet",
    "With their first child, before he started quetiapine, the father did the night feeds; now his 300 mg at night "
    "leaves him very hard to wake, so the mother does them and the baby sleeps in her crib, and he never shares a "
    "bed, sofa or armchair with the baby. HV checks each visit.",
    "the first child as contrast, this baby's nights decided",
)
add(
    "ot-cit-hair-dye-hot-tub",
    OT,
    R,
    "cit",
    "Citalopram 20 mg: she asked whether hair dye, hot tubs and her nightly glass of camomile tea are safe with it; "
    "hair dye is fine after 12 weeks, hot tubs should be avoided in pregnancy, and camomile tea is fine in "
    "moderation. The midwife has the leaflet on lifestyle in pregnancy.",
    "lifestyle questions answered; the baby's adaptation and feeding not",
)
add(
    "ot-sert-diet-and-plan",
    OT,
    G,
    "sert",
    "Sertraline 100 mg continues, since stopping led to relapse. The baby may have adaptation symptoms in the first "
    "days, which the midwife watches for alongside the withdrawal observations; sertraline is compatible with "
    "breastfeeding. Her vegetarian diet makes no difference to it.",
    "twin: the diet after the plan",
)
add(
    "co-cit-once-born-decided",
    CO,
    G,
    "cit",
    "Citalopram 20 mg continues. Once the baby is born, the midwife observes for jitteriness, poor feeding and fast "
    "breathing for 48 hours and calls the paediatrician if they persist; breastfeeding is supported.",
    "'once' as a time, with a decided plan",
)
add(
    "mi-meth-soap",
    MI,
    G,
    "meth",
    "S: stable, no on-top use. O: 29+2/40, methadone 60 mg supervised. A: baby likely to need NAS observation; "
    "sedation 2-4 h post dose. P: continue methadone 60 mg; PNW obs for at least 72 h, HV late signs to D8; no "
    "co-sleeping; breastfeeding encouraged.",
    "a SOAP note whose A and P conclude",
)
add(
    "mi-meth-supervision-only",
    MI,
    R,
    "meth",
    "Methadone case brought to safeguarding supervision on 2 March 2026 with the named midwife and the drug "
    "service team leader; the case was reflected on in depth and supervision notes were saved to the record.",
    "supervision recorded; nothing concluded",
)
add(
    "na-quet-letter-style",
    NA,
    G,
    "quet",
    "Dear colleague, the father takes quetiapine 300 mg at night and is very hard to wake afterwards. We have "
    "agreed that he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; the baby sleeps "
    "in the crib on the mother's side. Please check this at each health visitor contact for 8 weeks.",
    "a letter to the health visitor with an instruction",
)
add(
    "te-lith-headed-answers",
    TE,
    G,
    "lith",
    "Impact on baby: slight first-trimester heart risk (scan normal); floppiness, poor feeding and thyroid "
    "problems possible near birth. Plan: continue lithium 800 mg; levels weekly from 36/40; paediatric review "
    "after birth; bottle feeding.",
    "template headings, each answered",
)
add(
    "rd-valp-numbered",
    RD,
    G,
    "valp",
    "Valproate: 1) continue 500 mg bd, never stop suddenly (seizure risk to her and the baby); 2) the baby has "
    "first-trimester exposure: fetal medicine scan and detailed anomaly scan requested; 3) neurology review this "
    "week to consider a switch; 4) folic acid 5 mg daily.",
    "a numbered plan",
)
add(
    "ct-dzp-continue-and-stop-pregabalin",
    CT,
    R,
    "dzp",
    "Diazepam and pregabalin both continue unchanged, and pregabalin stops tomorrow. Kayleigh must never share a "
    "bed or sofa with the baby and the foster carer does nights; late withdrawal signs watched for to day 8.",
    "pregabalin continues unchanged and stops tomorrow",
)
add(
    "wc-dzp-lithium-levels",
    WC,
    R,
    "dzp",
    "Diazepam and pregabalin continue with serum levels every 4 weeks and within 24 hours of any dose change; "
    "the baby should have thyroid function checked at the newborn examination.",
    "a lithium-style plan for two sedatives; sedation, safe sleep and late withdrawal unanswered",
)


# ============================================================================================================
# disguise: texts from above, disguised; the verdict equals the plain one.


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopcx")


def greek(text: str) -> str:
    return homoglyphs(text, "aiov", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, ZERO_WIDTH[0], every=3)


def zwj(text: str) -> str:
    return inside_words(text, ZERO_WIDTH[2], every=2)


def shy(text: str) -> str:
    return inside_words(text, SOFT_HYPHEN, every=4)


def bidi(text: str) -> str:
    isolate, pop = BIDI_CONTROLS[7], BIDI_CONTROLS[10]
    return " ".join(f"{isolate}{word}{pop}" if len(word) > 5 else word for word in text.split(" "))


def wide(text: str) -> str:
    first, _, rest = text.partition(". ")
    return full_width(first) + (". " + rest if rest else "")


DISGUISES: dict[str, Callable[[str], str]] = {
    "cyr": cyr,
    "greek": greek,
    "zwsp": zwsp,
    "zwj": zwj,
    "shy": shy,
    "bidi": bidi,
    "wide": wide,
}

_DISGUISED: tuple[tuple[str, str], ...] = (
    ("ct-meth-continue-and-come-off", "cyr"),
    ("ct-meth-continue-taper-after-birth", "zwsp"),
    ("ct-fo-breastfeed-bottle-fed-baby", "shy"),
    ("ct-lo-breastfeed-on-lithium", "bidi"),
    ("ct-meth-birth-told-as-past", "greek"),
    ("ct-meth-birth-told-as-plan", "cyr"),
    ("ct-quet-sedated-father-does-nights", "zwj"),
    ("wp-meth-previous-baby-only", "wide"),
    ("wp-meth-previous-baby-then-this-one", "shy"),
    ("wp-dzp-foster-carers-own-baby", "cyr"),
    ("wp-valp-next-pregnancy-only", "zwsp"),
    ("rd-meth-weighed-no-verdict", "shy"),
    ("rd-meth-weighed-with-verdict", "greek"),
    ("rd-quet-risk-only", "cyr"),
    ("co-meth-all-ifs", "zwj"),
    ("co-meth-default-and-if", "wide"),
    ("co-dzp-when-placement-ends", "bidi"),
    ("na-meth-to-be-list", "cyr"),
    ("na-po-someone-somebody", "zwsp"),
    ("na-po-named-and-timed", "shy"),
    ("mi-mo-pre-birth-attendance", "greek"),
    ("mi-lo-mdt-agreed", "zwj"),
    ("te-quet-prompts-ticked", "wide"),
    ("te-dzp-sections-answered", "cyr"),
    ("wc-meth-pregnancy-prevention", "bidi"),
    ("wc-quet-no-scoring-safe-sleep", "zwsp"),
    ("ot-meth-travel", "shy"),
    ("ot-dzp-driving-and-plan", "cyr"),
    ("sd-valp-reviews-already-past", "greek"),
    ("sd-quet-new-birth-visit-past", "zwj"),
)

for _plain, _how in _DISGUISED:
    _case = next(c for c in F90CASES if c.name == f"f90-{_plain}")
    _base, _setter = SETTERS[WHERE[_plain]]
    F90CASES.append(
        Case(
            f"f90-dg-{_plain}",
            DG,
            _case.expect,
            _base,
            _setter(DISGUISES[_how](TEXTS[_plain])),
            f"{_case.why} [disguised: {_how}]",
        )
    )


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F90CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F90CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F90CASES):3}"
    )
