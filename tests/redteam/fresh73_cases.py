"""A seventy-third independent "fresh" batch of red-team cases for the share gate: good conclusions that must not
be refused, second broad sweep, in the voices the held-out set is most likely to use.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About nine in ten are good records written as UK clinicians write them in
GP systems (EMIS/SystmOne free text) that must pass; the rest are hollow near misses in the same voices that
must be refused:

* ``telegraphic``: notes with abbreviations and no verbs ("Cont. through preg + PN. BF OK.");
* ``we-agreed``: notes in the first person plural ("We agreed ...", "we will ...");
* ``uncertainty``: uncertainty recorded honestly, and a decision made anyway ("evidence is limited, but on
  balance we continue");
* ``risky-words``: words the gate reads as risk used soundly: "withdrawal" for NAS, "do not stop", "would" in
  advice, "may" as permission, "whether" answered, "provided" in a firm plan;
* ``guidance-dates``: guidance quoted then applied; past events dated before the signature, future events
  after it, written as plans;
* ``spellings``: British and US spellings, and typos in ordinary words (never in medicine names);
* ``long-asides``: long conclusions (300+ words) with asides about the family, the clinic and the history;
* ``multi-medicine``: overall and joint conclusions with a plan per medicine;
* ``partner``: the father's sedating medicine and the co-sleeping decisions around it;
* ``brand-generic``: brands and generics named together ("Epilim (sodium valproate)", "Priadel", "Lustral");
* ``lists-tables``: conclusions as bulleted lists, numbered lists and pipe tables;
* ``not-of-concern``: the postnatal record with nothing of concern: an added overall conclusion and added
  products with the clinician's own "not of concern" reason, in the same voices;
* ``disguise``: a fifth of the texts above under look-alike letters, zero-width and format characters, soft
  hyphens, bidi marks, full-width forms and combining marks.

Every must-pass conclusion names each medicine it covers, says what it means for this baby and what the
professionals must do; every overall conclusion names each assessed medicine; each class's concerns stay
answered by the example's items. Medicines named here are real; no clinical code is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh73_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
    SHAH,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    V,
    add_medicine,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F73CASES: list[Case] = []

CATEGORIES = (
    "telegraphic",
    "we-agreed",
    "uncertainty",
    "risky-words",
    "guidance-dates",
    "spellings",
    "long-asides",
    "multi-medicine",
    "partner",
    "brand-generic",
    "lists-tables",
    "not-of-concern",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F73CASES.append(Case(f"f73-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def c(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def o(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def n_overall(text: str) -> Mutation:
    """An overall conclusion added to the postnatal record that has no assessment."""
    return set_("overall_conclusion", {"text": text, "author": SHAH, "date": "2026-04-09"})


def n_extra(name: str, dose: str, reason: str) -> Mutation:
    """One more product on the postnatal record, with the clinician's 'not of concern' reason."""
    return add_medicine(
        medicine("med-f73", name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), not_of_concern_reason=reason)
    )


def combining(text: str) -> str:
    """A combining grave accent after every vowel."""
    return "".join(ch + "\u0300" if ch in "aeiou" else ch for ch in text)


def soft_hyphens(text: str) -> str:
    """A soft hyphen in the middle of every word of six letters or more."""
    return " ".join(w[: len(w) // 2] + "\u00ad" + w[len(w) // 2 :] if len(w) >= 6 else w for w in text.split(" "))


MET = "asm-methadone"
SER = "asm-sertraline"
LI = "asm-lithium"
VPA = "asm-valproate"
DP = "asm-diazepam-pregabalin"
PQ = "asm-partner-quetiapine"
CIT = "asm-citalopram"

# Texts reused by the disguise category (each also appears plain in its own category).
T: dict[str, str] = {}

# ============================================================================================================
# telegraphic: EMIS/SystmOne shorthand, no verbs.

T["tel-met"] = (
    "Methadone 60mg OD supervised. Cont. through preg + PN, no self-reduction. Baby: NAS likely - PNW obs min "
    "72h, NNU if scores up; HV late signs to D8. BF OK on stable dose. Drowsy post-dose: NO co-sleeping, cot in "
    "parents' rm, MW to see at 1st HV."
)
ok("tel-methadone", "telegraphic", M, c(MET, T["tel-met"]), "shorthand methadone plan, verbless")
T["tel-ser"] = (
    "Sertraline 100mg OD. Cont. through preg + PN. BF OK - low milk levels, monitor feeding/sleepiness. Baby: "
    "small PPHN risk + adaptation sx, MW obs alongside NAS scoring. PNMH r/v 2/52 PN. HV aware."
)
ok("tel-sertraline", "telegraphic", M, c(SER, T["tel-ser"]), "the brief's own example note, shorthand")
ok(
    "tel-lithium",
    "telegraphic",
    L,
    c(
        LI,
        "Li 800mg nocte - cont. Levels 4/52, wkly from 36/40, <24h PN. Hydration ++ in labour. Baby: paeds r/v at "
        "birth, obs floppiness/poor feeding/lethargy, TFTs + Li level if sx. Bottle feeding - not for BF. PNMH r/v "
        "within 1/52 of delivery.",
    ),
    "lithium in shorthand",
)
ok(
    "tel-valproate",
    "telegraphic",
    V,
    c(
        VPA,
        "Valproate 500mg BD - cont. for now, DO NOT stop abruptly (seizure risk to her + fetus). 8/40, 1st trim "
        "exposure: ~10% MCM, NDD risk. Urgent neuro + FMU refs sent today; anomaly scan needed. Folic acid 5mg OD "
        "started.",
    ),
    "valproate in shorthand",
)
ok(
    "tel-diazepam-pregabalin",
    "telegraphic",
    F,
    c(
        DP,
        "Diazepam 5mg TDS + pregabalin 150mg BD: sedation ++, esp. evenings/nights. No co-sleeping, no feeds lying "
        "down; FC does nights. Baby: late w/d poss to D8 - FC/HV obs tremor, poor feeds, high-pitched cry -> NNU. "
        "Both cont.; slow diazepam wean from 6/52 r/v.",
    ),
    "joint shorthand plan",
)
ok(
    "tel-partner",
    "telegraphic",
    P,
    c(
        PQ,
        "Dad (Daniel) - quetiapine 300mg nocte, v. hard to rouse for hrs post-dose. NO bed/sofa/armchair sharing "
        "with baby; no night feeds by dad after dose. Mum does nights, baby in next-to-me crib her side. HV to "
        "check at each visit to 8/52.",
    ),
    "partner's plan in shorthand",
)
ok(
    "tel-citalopram",
    "telegraphic",
    C,
    c(
        CIT,
        "Citalopram 20mg OD - cont. (relapse <6/52 when stopped before). Baby: PPHN ~3/1000 + adaptation sx, MW obs "
        "1st 48h, paeds if persisting. BF fine, watch for drowsy/poor feeding. GP mood r/v 6/52 PN.",
    ),
    "citalopram in shorthand",
)
ok(
    "tel-overall-m",
    "telegraphic",
    M,
    o(
        "Methadone 60mg + sertraline 100mg: both cont. Baby - NAS + SSRI adaptation obs PNW min 72h; BF supported; "
        "no co-sleeping (methadone sedation). SW + HV to see sleeping arrangements pre-discharge."
    ),
    "overall in shorthand, each medicine named",
)
bad(
    "tel-hollow-methadone",
    "telegraphic",
    M,
    c(MET, "Methadone - r/v'd. D/w pt. Plan as per DAS letter. F/u PRN."),
    "shorthand for 'reviewed, discussed, plan in the drug service letter, follow up as needed': a deferral (MA103)",
)
bad(
    "tel-hollow-overall-c",
    "telegraphic",
    C,
    o("Citalopram - ?cont. TBC at next appt. Pt aware."),
    "a question, a 'to be confirmed' and awareness: nothing decided (MA103)",
)

# ============================================================================================================
# we-agreed: first person plural.

T["we-met"] = (
    "We agreed with Jodie and her key worker that methadone stays at 60 mg daily and that she will not cut down "
    "on her own. We have told the maternity team to expect the baby to need at least 72 hours of withdrawal "
    "observation on the ward, and we will ask the health visitor to look for late signs until day 8. We support "
    "breastfeeding. Because she is drowsy after each dose, we agreed no co-sleeping; the cot will be seen at the "
    "first visit."
)
ok("we-methadone", "we-agreed", M, c(MET, T["we-met"]), "first person plural with the decisions")
ok(
    "we-sertraline",
    "we-agreed",
    M,
    c(
        SER,
        "We talked it through and we are keeping sertraline at 100 mg: when she stopped before she became very "
        "unwell. We will ask the midwife to look out for jitteriness, fast breathing and poor feeding in the baby in "
        "the first days, and we are happy for her to breastfeed.",
    ),
    "we-voice decision for sertraline",
)
ok(
    "we-lithium",
    "we-agreed",
    L,
    c(
        LI,
        "We (Rebecca, her partner, the perinatal psychiatrist and I) agreed lithium continues at 800 mg at night. We "
        "will check levels monthly, weekly from 36 weeks and within 24 hours of the birth. We have asked the "
        "paediatricians to review the baby after birth for floppiness, poor feeding and thyroid problems. We advised "
        "against breastfeeding and she will bottle feed.",
    ),
    "a joint decision in 'we'",
)
ok(
    "we-valproate",
    "we-agreed",
    V,
    c(
        VPA,
        "We agreed she keeps taking valproate exactly as now until neurology see her, because a seizure would put her "
        "and the baby at risk. We explained the baby has been exposed in the first trimester and we have referred her "
        "today for urgent neurology review and early fetal medicine assessment with a detailed anomaly scan. We "
        "started folic acid 5 mg.",
    ),
    "we-voice valproate",
)
ok(
    "we-dp",
    "we-agreed",
    F,
    c(
        DP,
        "We have agreed with Kayleigh and the foster carer that diazepam and pregabalin carry on for now, and we will "
        "plan a slow diazepam reduction at 6 weeks. Both make her sleepy, so we agreed she will never sleep with the "
        "baby on a bed, sofa or armchair, and the foster carer does the night feeds. We asked the foster carer and "
        "health visitor to watch the baby for late withdrawal until day 8.",
    ),
    "we-voice joint plan",
)
ok(
    "we-partner",
    "we-agreed",
    P,
    c(
        PQ,
        "We saw both parents together. We agreed Daniel's quetiapine continues but he will not do night feeds or "
        "sleep with the baby on a bed, sofa or chair after his dose, as he is very hard to wake. Chloe does the "
        "nights and the baby sleeps in the crib on her side; we will ask the health visitor to check this each "
        "visit.",
    ),
    "we-voice partner plan",
)
ok(
    "we-overall-v",
    "we-agreed",
    V,
    o(
        "We agreed sodium valproate continues unchanged until the urgent neurology review; she must not stop it "
        "suddenly. We referred her today to neurology and the antenatal clinic so the baby can have an early fetal "
        "medicine review and a detailed anomaly scan. We started folic acid 5 mg daily."
    ),
    "we-voice overall",
)
bad(
    "we-hollow-discussed",
    "we-agreed",
    M,
    c(
        SER,
        "We discussed sertraline at length today and we went through everything together; we are all on the same page.",
    ),
    "'we' with only an account of talking: nothing decided, nothing for the baby (MA103/MA124)",
)

# ============================================================================================================
# uncertainty: honest about what is not known, and decides anyway.

T["unc-ser"] = (
    "The evidence on sertraline in late pregnancy is limited and not all of it agrees, but on balance we continue "
    "100 mg: the risk of her relapsing is clearer than the small risk to the baby. The midwife will watch the "
    "baby for adaptation signs for the first 48 hours, and breastfeeding is fine."
)
ok("unc-sertraline", "uncertainty", M, c(SER, T["unc-ser"]), "'limited evidence, but on balance we continue'")
ok(
    "unc-methadone",
    "uncertainty",
    M,
    c(
        MET,
        "Nobody can say in advance how much withdrawal the baby will have; around half of babies in her position need "
        "treatment, but we cannot predict which. So methadone 60 mg continues, the baby stays on the ward for at "
        "least 72 hours of scoring, and there is no co-sleeping after her dose. Breastfeeding is encouraged.",
    ),
    "unpredictability stated, then the plan",
)
ok(
    "unc-lithium",
    "uncertainty",
    L,
    c(
        LI,
        "I am not certain how she will be after the birth, and that is exactly why lithium continues at 800 mg: the "
        "risk of a postpartum relapse is high. The baby will have a paediatric review after birth and watching for "
        "floppiness and poor feeding; she will bottle feed, not breastfeed.",
    ),
    "'not certain' as the reason to continue",
)
ok(
    "unc-valproate",
    "uncertainty",
    V,
    c(
        VPA,
        "It is too soon to know whether the baby has been harmed, and the scan cannot rule everything out. Until "
        "neurology see her urgently, valproate continues, because stopping suddenly risks seizures; the fetal medicine "
        "team will do a detailed anomaly scan. Folic acid 5 mg started.",
    ),
    "'too soon to know' about harm, followed by decisions",
)
ok(
    "unc-dp",
    "uncertainty",
    F,
    c(
        DP,
        "Less is known about pregabalin in pregnancy than about diazepam, and how much of the baby's day-3 signs came "
        "from which is unclear. Either way both continue for now with a slow diazepam reduction later; the mother must "
        "not co-sleep while sedated, and the foster carer and HV watch the baby for late withdrawal to day 8.",
    ),
    "uncertainty about which medicine, decided either way",
)
ok(
    "unc-citalopram",
    "uncertainty",
    C,
    c(
        CIT,
        "Hard to be sure the benefit outweighs the risk in every case, but for Megan it does: she relapsed within six "
        "weeks last time. Citalopram 20 mg continues; the midwife watches the baby for adaptation symptoms for 48 "
        "hours, and breastfeeding is supported with a watch for drowsiness.",
    ),
    "'hard to be sure', then 'for Megan it does'",
)
bad(
    "unc-hollow-lithium",
    "uncertainty",
    L,
    c(
        LI,
        "Lithium: difficult to say at this stage, as the evidence for the baby is mixed; too early to say what is "
        "best.",
    ),
    "only uncertainty: nothing decided (MA103)",
)
bad(
    "unc-hollow-overall-f",
    "uncertainty",
    F,
    o(
        "Diazepam and pregabalin: the picture is unclear, nothing can be ruled out for the baby, and it is hard to "
        "know."
    ),
    "commits to nothing (MA103)",
)

# ============================================================================================================
# risky-words: "withdrawal", "stop", "would", "may", "whether", "provided", used soundly.

ok(
    "risky-withdrawal-nas",
    "risky-words",
    M,
    c(
        MET,
        "Methadone continues at 60 mg. Withdrawal in the baby (NAS) is expected: withdrawal scoring on the postnatal "
        "ward for at least 72 hours, and the HV checks for late withdrawal to day 8. No co-sleeping after her dose; "
        "breastfeeding helps with withdrawal and is encouraged.",
    ),
    "'withdrawal' four times, each about the baby's NAS",
)
T["risky-stop"] = (
    "Do not stop sertraline, and do not let anyone stop it in labour or on the ward: 100 mg continues. The "
    "baby will be watched for adaptation signs for 48 hours by the midwife; breastfeeding is fine."
)
ok("risky-do-not-stop", "risky-words", M, c(SER, T["risky-stop"]), "'stop' only inside 'do not stop'")
ok(
    "risky-would",
    "risky-words",
    L,
    c(
        LI,
        "Stopping lithium would put her at high risk of postpartum psychosis, which would be far worse for the baby, "
        "so it continues at 800 mg with levels monthly, weekly from 36 weeks and within 24 hours of birth. The baby "
        "has a paediatric review after birth; she will bottle feed.",
    ),
    "'would' in the reason, the decision after",
)
ok(
    "risky-may-permission",
    "risky-words",
    M,
    c(
        MET,
        "Methadone 60 mg continues. She may breastfeed, and we encourage it. The baby will be observed for withdrawal "
        "on the ward for at least 72 hours; the baby may go home after that only if scores are low. No co-sleeping after a "
        "dose.",
    ),
    "'may' as permission",
)
ok(
    "risky-whether",
    "risky-words",
    V,
    c(
        VPA,
        "Whether valproate should be switched is for the urgent neurology review to decide, but until then it "
        "continues unchanged, as stopping suddenly risks seizures. Whether or not it changes, the baby was exposed in "
        "the first trimester, so she is referred today for early fetal medicine review and a detailed anomaly scan.",
    ),
    "'whether' clauses answered by decisions",
)
ok(
    "risky-provided",
    "risky-words",
    F,
    c(
        DP,
        "Provided the foster carer stays in the placement, night feeds remain with her: diazepam and pregabalin both "
        "continue and sedate the mother, so she must never co-sleep or feed lying down. The baby is watched for late "
        "withdrawal until day 8 by the foster carer and health visitor.",
    ),
    "'provided' heading a firm plan",
)
ok(
    "risky-should-not-stop",
    "risky-words",
    C,
    c(
        CIT,
        "Citalopram 20 mg should not be stopped: last time she relapsed within six weeks. The baby is watched by the "
        "midwife for adaptation symptoms for 48 hours and seen by paediatrics if they persist; breastfeeding is "
        "supported.",
    ),
    "'should not be stopped'",
)
ok(
    "risky-if-then",
    "risky-words",
    P,
    c(
        PQ,
        "If the father takes his quetiapine, he does not do the night feeds and does not sleep with the baby in a bed, "
        "on a sofa or in an armchair; he takes it every night, so the mother does all night feeds and the baby sleeps "
        "in the crib on her side. The HV checks at each visit.",
    ),
    "a condition that is met every night",
)
bad(
    "risky-hollow-would-consider",
    "risky-words",
    M,
    c(MET, "Should the baby show withdrawal, methadone would be looked at again and scoring would be considered."),
    "only what would follow a condition: nothing decided (MA103)",
)

# ============================================================================================================
# guidance-dates: guidance quoted then applied; dates before the signature are past, after it are plans.

ok(
    "gd-nice-applied",
    "guidance-dates",
    M,
    c(
        SER,
        "NICE CG192 says the risks of stopping an antidepressant must be weighed against the small risks to the "
        "baby; for Jodie that means sertraline 100 mg continues. As the guideline advises, the midwife watches the "
        "baby for adaptation signs in the first days; breastfeeding is supported.",
    ),
    "guidance quoted then applied",
)
ok(
    "gd-mhra-applied",
    "guidance-dates",
    V,
    c(
        VPA,
        "The MHRA says valproate must not be used in pregnancy unless nothing else works, but it also warns against "
        "stopping it suddenly. Applied to Hannah: valproate continues until the urgent neurology review, and the baby, "
        "exposed in the first trimester, needs early fetal medicine review and a detailed anomaly scan; referrals "
        "sent 20/05/2026.",
    ),
    "MHRA quoted, then applied; referral dated the signing day",
)
ok(
    "gd-past-before-signature",
    "guidance-dates",
    M,
    c(
        MET,
        "Methadone was increased to 60 mg on 01/12/2025 and she has been stable since. It continues unchanged. The "
        "baby will need at least 72 hours of withdrawal observation on the ward; breastfeeding is encouraged; no "
        "co-sleeping after a dose, and the cot will be seen at the first home visit.",
    ),
    "a past change dated before the signature",
)
ok(
    "gd-future-after-signature",
    "guidance-dates",
    L,
    c(
        LI,
        "Lithium 800 mg at night continues. Next level booked for 03/06/2026, then weekly from 36 weeks and within 24 "
        "hours of birth. The baby will have a paediatric review after birth for floppiness and poor feeding; she will "
        "bottle feed. PNMH to see her within a week of delivery.",
    ),
    "a future level written as a booking",
)
ok(
    "gd-scan-done-then-booked",
    "guidance-dates",
    L,
    o(
        "Lithium (Priadel) 800 mg at night continues. The fetal heart scan on 08/04/2026 was normal; the growth scan "
        "is booked for 17/06/2026. Levels monthly, weekly from 36 weeks, within 24 hours of birth. Paediatric review "
        "of the baby after birth; bottle feeding. Perinatal team review within a week of birth."
    ),
    "a past scan before the signature, a future scan as a booking",
)
ok(
    "gd-bumps-applied",
    "guidance-dates",
    P,
    c(
        PQ,
        "The Lullaby Trust advice is never to sleep with a baby after taking medicine that makes you drowsy. For this "
        "family that means the father, on quetiapine 300 mg at night, never shares a bed, sofa or armchair with the "
        "baby and does no night feeds; the mother does the nights and the HV checks the crib.",
    ),
    "safe sleep guidance, then this family",
)
ok(
    "gd-attested-day",
    "guidance-dates",
    F,
    c(
        DP,
        "Seen on the ward on 12/06/2026 with the foster carer. Diazepam and pregabalin continue; a slow diazepam "
        "reduction is planned from the 6-week review on or after 20/07/2026. The mother must not co-sleep or feed "
        "lying down while sedated; the baby is watched for late withdrawal until day 8.",
    ),
    "seen on the assessment date, a review planned later",
)
bad(
    "gd-hollow-guidance-only",
    "guidance-dates",
    C,
    c(
        CIT,
        "NICE advises that citalopram in pregnancy is associated with a small risk of PPHN and neonatal adaptation "
        "syndrome in babies.",
    ),
    "guidance reported and nothing applied to this baby (MA103)",
)
bad(
    "gd-report-after-signature",
    "guidance-dates",
    M,
    c(
        MET,
        "Methadone 60 mg continues. The drug service saw her on 20/03/2026 and the dose was confirmed. The baby "
        "needs 72 hours of withdrawal observation; no co-sleeping after a dose; breastfeeding encouraged.",
    ),
    "reports as done an event dated after the record was attested on 2026-03-02 (MA017)",
)

ok(
    "gd-active-past-before",
    "guidance-dates",
    M,
    c(
        MET,
        "The drug service saw her on 24/02/2026 and confirmed she is stable: methadone 60 mg continues. The baby needs "
        "at least 72 hours of withdrawal observation on the ward; no co-sleeping after a dose; breastfeeding "
        "encouraged.",
    ),
    "an active past report dated before the signature",
)
ok(
    "gd-citalopram-we-overall",
    "guidance-dates",
    C,
    o(
        "We continue citalopram 20 mg through pregnancy and breastfeeding, as NICE advises for a woman who relapsed "
        "when she stopped. Midwife watches the baby for adaptation symptoms for 48 hours after birth; GP mood review "
        "at the 6-week check, due around 18/05/2026."
    ),
    "guidance applied; a future review as a plan",
)

# ============================================================================================================
# spellings: British and US spelling, typos in ordinary words.

ok(
    "sp-us-spelling",
    "spellings",
    M,
    c(
        MET,
        "Methadone 60 mg continues. The baby will be observed in the postnatal ward for withdrawal for at least 72 "
        "hours; the pediatric team will be called if scores rise. Breastfeeding is favored and encouraged. She is "
        "sedated after her dose, so no co-sleeping; the crib will be checked at the home visit.",
    ),
    "US spellings: pediatric, favored",
)
ok(
    "sp-british-spelling",
    "spellings",
    L,
    c(
        LI,
        "Lithium continues at 800 mg: the risk of a relapse after the birth outweighs the risks to the baby. The "
        "paediatric team will see the baby after birth and look for floppiness, poor feeding and an underactive "
        "thyroid; haematology not needed. She has chosen to bottle feed as breastfeeding is not advised.",
    ),
    "British spellings: paediatric, haematology",
)
T["sp-typos"] = (
    "Sertraline 100 mg to contiue as befor: she was very unwel last time it stoped. The midwfie will keep an eye on "
    "the baby for jitterines and poor feeding in the frist two days; breastfeeding is fine."
)
ok(
    "sp-typos-ordinary",
    "spellings",
    M,
    c(SER, T["sp-typos"]),
    "typos in ordinary words (contiue, befor, unwel, midwfie, frist), the medicine spelt right",
)
ok(
    "sp-typos-partner",
    "spellings",
    P,
    c(
        PQ,
        "Fathers quetiapine makes him very drowzy at night, so he musnt sleep with the baby in the bed or on the "
        "settee and dosent do night feeds after his dose. Mum does the nights and baby sleeps in the crib her side; HV "
        "to check every vist.",
    ),
    "typos and missing apostrophes in a partner plan",
)
ok(
    "sp-typos-valproate",
    "spellings",
    V,
    c(
        VPA,
        "Valproate must carry on untill the nuerologist has seen her - stoping suddenly could cause seizures. Baby "
        "exposed in the first trimester so urgent neurology and fetal medicine referals done today, incl. detailed "
        "anomaly scan. Folic acid 5 mg startd.",
    ),
    "typos in a valproate plan",
)
ok(
    "sp-american-dp",
    "spellings",
    F,
    c(
        DP,
        "Diazepam and pregabalin continue for now; a gradual diazepam taper will be scheduled at the 6-week visit. "
        "Both are sedating, so mom must not co-sleep or nurse lying down, and the foster mom handles night feedings. "
        "Baby to be monitored for late withdrawal through day 8 by the foster carer and health visitor.",
    ),
    "US words: mom, nurse, feedings, scheduled",
)
bad(
    "sp-hollow-typos",
    "spellings",
    M,
    c(MET, "Methadone - no concerens at this tiem, nothign to add."),
    "a dismissal with typos (MA103)",
)

ok(
    "sp-british-overall-v",
    "spellings",
    V,
    o(
        "Sodium valproate continues unchanged; she recognises she must not stop it suddenly. We have organised urgent "
        "neurology and antenatal clinic referrals so the baby, exposed in the first trimester, has an early fetal "
        "medicine review and a detailed anomaly scan. Folic acid 5 mg daily started."
    ),
    "British -ise spellings",
)

# ============================================================================================================
# long-asides: 300+ words with asides.

T["long-met"] = (
    "Long consultation today with Jodie, who came with her mum (her mum is very supportive and will be staying "
    "for the first fortnight after the birth, which is good news). Methadone: she has been on 60 mg daily, "
    "supervised at the chemist on the high street, since the last increase in December, and the drug service tell "
    "us there has been no on-top use. The plan is that methadone 60 mg continues unchanged through the rest of "
    "the pregnancy and after the birth; she must not cut down on her own, and any change goes through her key "
    "worker, who will tell maternity and the health visitor the same week. For the baby: neonatal withdrawal is "
    "likely, and signs usually start two to three days after birth but can come as late as day 8. So the baby will "
    "stay on the postnatal ward for at least 72 hours with withdrawal scoring under the local guideline, and the "
    "neonatal unit will be called if scores rise or the baby feeds poorly. After discharge the health visitor "
    "will look for late signs (a high-pitched cry, tremor, poor feeding, loose stools) until day 8. "
    "Breastfeeding: she wants to breastfeed and we encourage it, as only small amounts of methadone pass into "
    "breast milk and it can ease the baby's withdrawal; she knows not to stop breastfeeding suddenly. Safe sleep: "
    "she gets drowsy two to four hours after her dose, so she must never share a bed or sofa with the baby, "
    "especially after the dose, and the cot in their room will be seen at the first home visit (her flat is on "
    "the third floor, by the way, and the lift is often broken, so the midwife should allow time). As an aside, "
    "she asked about travel to her sister's in Leeds after the birth; that is fine once the baby is discharged, "
    "provided the travel cot goes with them. The social worker, Marcus, is aware of this plan and will see the "
    "sleeping arrangements before discharge."
)
ok("long-methadone", "long-asides", M, c(MET, T["long-met"]), "a long note with family, flat and travel asides")
ok(
    "long-overall-f",
    "long-asides",
    F,
    o(
        "This is a long note because the placement is new and several people will read it. Diazepam 5 mg three times "
        "a day and pregabalin 150 mg twice a day both continue for now. Kayleigh has taken them for most of the "
        "pregnancy (the pregabalin since last July, first for back pain and then for anxiety), and stopping either "
        "suddenly is dangerous: diazepam withdrawal can cause fits. The GP will agree a slow diazepam reduction with "
        "her at the six-week review, one step at a time, and any change will be shared with the social worker, the "
        "foster carer and the health visitor the same week. For the baby, the main risk is sedation. Together the two "
        "medicines make her drowsy, worst in the hour or two after each dose and at night. So she must never share a "
        "bed, sofa or armchair with the baby, must not feed lying down, and at night another adult must be awake: for "
        "now the foster carer, Sandra, does the night feeds and the cot stays in Sandra's room. The baby had mild "
        "withdrawal signs on day 3 on the ward and needed no treatment; late signs can still come up to day 8, so "
        "Sandra and the health visitor will watch for tremor, poor feeding and crying that will not settle, and call "
        "the neonatal unit if they see them. The baby is bottle fed, which Kayleigh chose herself. (She also asked "
        "whether she can take the baby to her nan's for the afternoon next week: that is a matter for the social "
        "worker and the contact plan, not for this note.) The interim care order does not change any of the above; "
        "everyone holding this plan has a copy, and the health visitor saw the cot at the placement on 13/06/2026."
    ),
    "a long overall with an aside about contact",
)
ok(
    "long-partner",
    "long-asides",
    P,
    c(
        PQ,
        "Saw Chloe and Daniel together at the ten-day visit, with the baby asleep in the car seat throughout (who was "
        "feeding well and has regained birth weight, which the midwife was pleased about). Daniel has taken "
        "quetiapine 300 mg at night for bipolar disorder for two years; he has been well on it and his own GP at Elm "
        "Park manages it. He told us frankly that after his dose he is very hard to wake for several hours; Chloe "
        "confirmed she sometimes cannot rouse him. That is the risk to the baby: an adult that deeply asleep must "
        "never have a baby in the bed or on the sofa with him. So the plan, agreed by both: Daniel does not do night "
        "feeds or settle the baby after his dose; he does not sleep on the sofa with the baby at any time; Chloe does "
        "the night feeds, and the baby sleeps in the next-to-me crib on her side of the bed. If Chloe is unwell and "
        "Daniel has to do nights, he will speak to his GP first about the timing of his dose, and the health visitor "
        "must be told. The health visitor will check the sleeping arrangements at each visit for the first 8 weeks. "
        "On a lighter note, they have a dog who sleeps downstairs, which is fine. Daniel's quetiapine itself does not "
        "reach the baby, and breastfeeding is not affected by it.",
    ),
    "a long partner plan with asides about weight and the dog",
)
bad(
    "long-hollow",
    "long-asides",
    L,
    c(
        LI,
        "Long chat with Rebecca today, who was in good spirits; she had come straight from work and was a little "
        "late because of the roadworks on the ring road, which everyone is complaining about. We talked about her "
        "lithium, her family, her plans for maternity leave and the nursery they are decorating (yellow, as they do "
        "not know the sex). Her partner could not come as he was on a late shift. She asked a lot of good questions "
        "about the baby and about the pregnancy and we went through them together. She has read the leaflets and is "
        "well informed. Her mum and sister live nearby and will help. All in all a pleasant and productive "
        "appointment; the lithium was discussed in full and she is aware of the issues.",
    ),
    "a long pleasant account: lithium only 'discussed', nothing decided for the baby (MA103/MA124)",
)

# ============================================================================================================
# multi-medicine: a plan per medicine.

ok(
    "mm-overall-per-medicine",
    "multi-medicine",
    M,
    o(
        "Methadone: continue 60 mg; baby on the ward at least 72 hours for withdrawal scoring; no co-sleeping after a "
        "dose. Sertraline: continue 100 mg; midwife to watch for adaptation signs alongside. Both are compatible with "
        "breastfeeding, which we support."
    ),
    "a plan per medicine, then one for both",
)
ok(
    "mm-overall-paragraphs",
    "multi-medicine",
    M,
    o(
        "Methadone 60 mg once daily continues under the drug service. The baby will probably withdraw and needs "
        "scoring on the postnatal ward for at least 72 hours, then HV checks to day 8. No co-sleeping after her dose."
        "\n\nSertraline 100 mg continues: relapse would harm her and the baby. Paediatrics aware at delivery for the "
        "small PPHN risk.\n\nBreastfeeding encouraged on both."
    ),
    "paragraph per medicine",
)
ok(
    "mm-joint-dp-per-medicine",
    "multi-medicine",
    F,
    c(
        DP,
        "Diazepam: continue 5 mg three times a day; slow reduction from the 6-week review; never stop suddenly. "
        "Pregabalin: continue 150 mg twice a day unchanged. Together they sedate her, so no co-sleeping and no "
        "feeding lying down; the foster carer does night feeds. The baby is watched for late withdrawal to day 8.",
    ),
    "a joint conclusion with a line per medicine",
)
ok(
    "mm-overall-f-per-medicine",
    "multi-medicine",
    F,
    o(
        "Diazepam continues, with a slow reduction from 6 weeks. Pregabalin continues unchanged. Both sedate the "
        "mother: no bed, sofa or armchair sharing with the baby, no feeding lying down, and the foster carer does the "
        "night feeds. The baby may still show late withdrawal to day 8; the foster carer and HV watch for it."
    ),
    "each medicine decided, then the shared plan",
)
ok(
    "mm-overall-p-both-parents",
    "multi-medicine",
    P,
    o(
        "Mum's paracetamol is of no concern for the baby or breastfeeding. Dad's quetiapine 300 mg at night sedates "
        "him heavily: he never sleeps with the baby on a bed, sofa or armchair and does no night feeds after it; the "
        "baby sleeps in the crib on mum's side and the health visitor keeps checking."
    ),
    "the mother's medicine and the father's, each decided",
)
ok(
    "mm-overall-v-folic",
    "multi-medicine",
    V,
    o(
        "Sodium valproate: continue unchanged until urgent neurology review; do not stop abruptly. Folic acid: 5 mg "
        "daily started today, until at least 12 weeks. Baby: first-trimester valproate exposure, so early fetal "
        "medicine review and detailed anomaly scan; referrals sent."
    ),
    "a line per medicine, then the baby",
)
bad(
    "mm-sertraline-only-listed",
    "multi-medicine",
    M,
    o(
        "Methadone: continue 60 mg; baby on the ward for at least 72 hours of withdrawal scoring; no co-sleeping "
        "after a dose; breastfeeding supported. Sertraline: as discussed."
    ),
    "sertraline only deferred (MA119/MA103)",
)
bad(
    "mm-pregabalin-omitted",
    "multi-medicine",
    F,
    c(
        DP,
        "Diazepam continues, with a slow reduction from the 6-week review. It sedates the mother, so no co-sleeping "
        "and no feeding lying down; the foster carer does night feeds. The baby is watched for late withdrawal to "
        "day 8.",
    ),
    "the joint conclusion never names pregabalin (MA119)",
)

# ============================================================================================================
# partner: the father's sedating medicine.

ok(
    "pt-he-never",
    "partner",
    P,
    c(
        PQ,
        "He is heavily sedated for hours after his quetiapine, so the baby never sleeps with him: no bed, no sofa, no "
        "armchair. Night feeds are done by the mother; the baby's crib is on her side. Health visitor to check each "
        "visit to 8 weeks.",
    ),
    "a pronoun-led partner plan",
)
ok(
    "pt-both-parents-advised",
    "partner",
    P,
    c(
        PQ,
        "Both parents advised together: the father's quetiapine makes him too drowsy at night to care for the baby, "
        "so he does not do night feeds and never shares a bed or sofa with the baby. The baby sleeps in the next-to-me "
        "crib by the mother. HV will check the sleeping arrangements at every visit.",
    ),
    "'both parents' and 'the father'",
)
ok(
    "pt-daniel-named",
    "partner",
    P,
    c(
        PQ,
        "Daniel's quetiapine 300 mg at night continues under his own GP. It leaves him very hard to wake, so Daniel "
        "must not sleep with the baby in the bed or on the settee, and Chloe does the night feeds with the baby in "
        "the crib on her side; the health visitor checks this.",
    ),
    "the partner by name",
)
ok(
    "pt-daytime-fine",
    "partner",
    P,
    c(
        PQ,
        "Dad's quetiapine is taken at 10 pm; in the daytime he is alert and shares the baby's care. At night he is "
        "heavily sedated, so he does no night feeds and the baby never sleeps with him on a bed or sofa; the crib "
        "stays on mum's side. HV checks each visit.",
    ),
    "daytime care allowed, night care excluded",
)
ok(
    "pt-overall-paracetamol-quetiapine",
    "partner",
    P,
    o(
        "Paracetamol (the mother's, for after-pains) raises no concern. The father's quetiapine 300 mg at night is "
        "the risk: he sleeps very deeply after it, so no co-sleeping with him anywhere and no night feeds by him; the "
        "mother does nights and the baby sleeps in the crib beside her. The HV will keep checking."
    ),
    "overall naming both parents' medicines",
)
ok(
    "pt-if-mum-unwell",
    "partner",
    P,
    c(
        PQ,
        "The father's quetiapine makes him too sleepy at night to wake for the baby, so the mother does the night "
        "feeds and the baby sleeps in its own crib; he never shares a bed or sofa with the baby. If the mother "
        "becomes unwell, his GP reviews the timing of his dose before he takes on any night care.",
    ),
    "a contingency beside a firm plan",
)
bad(
    "pt-hollow-his-business",
    "partner",
    P,
    c(PQ, "Quetiapine is the father's own medicine and a matter for his GP; not relevant to the baby."),
    "dismisses the co-sleeping risk from a sedated father (MA103/MA123)",
)
bad(
    "pt-hollow-noted",
    "partner",
    P,
    o("Father's quetiapine noted. Mother's paracetamol noted. Family aware."),
    "noted and aware: nothing decided (MA103)",
)

# ============================================================================================================
# brand-generic: brands and generics named together.

T["bg-epilim"] = (
    "Epilim (sodium valproate) 500 mg twice a day continues until the urgent neurology review; she must not stop "
    "it suddenly because of the seizure risk to her and the baby. First-trimester exposure: referred today for "
    "early fetal medicine review and a detailed anomaly scan; folic acid 5 mg started."
)
ok("bg-epilim-conclusion", "brand-generic", V, c(VPA, T["bg-epilim"]), "'Epilim (sodium valproate)' in the conclusion")
ok(
    "bg-priadel",
    "brand-generic",
    L,
    c(
        LI,
        "Priadel (lithium carbonate) 800 mg at night continues, on brand, with levels monthly, weekly from 36 weeks "
        "and within 24 hours of the birth. The baby needs a paediatric review after birth; bottle feeding as lithium "
        "passes into breast milk.",
    ),
    "'Priadel (lithium carbonate)'",
)
ok(
    "bg-lustral",
    "brand-generic",
    M,
    c(
        SER,
        "Lustral (sertraline) 100 mg daily continues - she relapsed off it before. The baby will be watched by the "
        "midwife for adaptation signs in the first days, alongside the withdrawal scoring; breastfeeding supported.",
    ),
    "'Lustral (sertraline)'",
)
ok(
    "bg-physeptone",
    "brand-generic",
    M,
    c(
        MET,
        "Methadone (dispensed as Physeptone) 60 mg daily continues under supervision. The baby needs at least 72 "
        "hours of withdrawal observation on the ward and HV checks to day 8; breastfeeding encouraged; no co-sleeping "
        "after her dose.",
    ),
    "a methadone brand beside the generic",
)
ok(
    "bg-lyrica",
    "brand-generic",
    F,
    c(
        DP,
        "Diazepam and Lyrica (pregabalin) continue for now; diazepam to be reduced slowly from 6 weeks. Both make her "
        "drowsy, so she must not co-sleep or feed lying down; the foster carer does night feeds. Baby watched for late "
        "withdrawal until day 8.",
    ),
    "'Lyrica (pregabalin)'",
)
ok(
    "bg-cipramil",
    "brand-generic",
    C,
    o(
        "Citalopram (Cipramil) 20 mg continues through pregnancy and breastfeeding. Midwife to watch the baby for "
        "adaptation symptoms in the first 48 hours; GP mood review at 6 weeks. Health visitor added as a recipient on "
        "2026-02-12."
    ),
    "'Citalopram (Cipramil)' in the overall",
)
bad(
    "bg-hollow-epilim",
    "brand-generic",
    V,
    c(VPA, "Epilim (sodium valproate): see the neurology letter; awaiting the epilepsy nurse."),
    "brand and generic named, then only pointers (MA103)",
)

# ============================================================================================================
# lists-tables.

T["lt-bullets"] = (
    "Methadone - plan:\n- Continue 60 mg once daily, supervised\n- Baby: at least 72 h withdrawal scoring on the "
    "postnatal ward; HV checks to day 8\n- Breastfeeding: encouraged\n- Safe sleep: no co-sleeping after her dose; "
    "cot seen at first home visit"
)
ok("lt-bullets-methadone", "lists-tables", M, c(MET, T["lt-bullets"]), "a bulleted plan")
ok(
    "lt-numbered-lithium",
    "lists-tables",
    L,
    c(
        LI,
        "Lithium:\n1. Continue 800 mg at night.\n2. Levels monthly, weekly from 36 weeks, within 24 h of birth.\n3. "
        "Baby: paediatric review after birth; watch for floppiness, poor feeding.\n4. Feeding: bottle (not advised to "
        "breastfeed on lithium).\n5. PNMH review within a week of birth.",
    ),
    "a numbered plan",
)
T["lt-table"] = (
    "| Medicine | Decision | Baby |\n|---|---|---|\n| Methadone 60 mg | continue | 72 h withdrawal scoring on "
    "PNW; no co-sleeping after dose |\n| Sertraline 100 mg | continue | midwife watches for adaptation signs |\n"
    "Breastfeeding supported for both."
)
ok("lt-table-overall", "lists-tables", M, o(T["lt-table"]), "a pipe table, one row per medicine")
ok(
    "lt-semicolon-list-partner",
    "lists-tables",
    P,
    c(
        PQ,
        "Father's quetiapine: sedated for hours after 10 pm dose; no night feeds by him; no bed/sofa/armchair sharing "
        "with baby; baby in crib on mother's side; HV checks each visit.",
    ),
    "a semicolon list",
)
ok(
    "lt-table-f",
    "lists-tables",
    F,
    o(
        "Medicine | Plan\nDiazepam | continue; slow reduction from 6 weeks\nPregabalin | continue unchanged\nBaby | "
        "no co-sleeping or feeding lying down (both sedate mum); foster carer does nights; watch for late withdrawal "
        "to day 8"
    ),
    "a table without pipes at the edges",
)
ok(
    "lt-headed-valproate",
    "lists-tables",
    V,
    c(
        VPA,
        "Decision: valproate continues until urgent neurology review.\nWhy: stopping suddenly risks seizures.\nBaby: "
        "first-trimester exposure; early fetal medicine review and detailed anomaly scan requested.\nStarted: folic "
        "acid 5 mg.",
    ),
    "labelled lines",
)
ok(
    "lt-bullets-citalopram",
    "lists-tables",
    C,
    c(
        CIT,
        "* Citalopram 20 mg: continue (relapsed within 6 weeks of stopping before)\n* Baby: midwife watches for "
        "adaptation symptoms for 48 h; paeds if they persist\n* Feeding: breastfeeding supported; watch for a drowsy "
        "baby",
    ),
    "asterisk bullets",
)
bad(
    "lt-hollow-table",
    "lists-tables",
    M,
    o("| Medicine | Decision |\n|---|---|\n| Methadone | see DAS letter |\n| Sertraline | see PNMH letter |"),
    "a table of pointers (MA103)",
)
bad(
    "lt-hollow-checklist",
    "lists-tables",
    C,
    c(CIT, "Citalopram:\n- Risks discussed: yes\n- Leaflet given: yes\n- Plan agreed: yes"),
    "a ticked checklist with no content (MA103)",
)

# ============================================================================================================
# not-of-concern: the postnatal record with nothing of concern.

ok(
    "nc-overall-telegraphic",
    "not-of-concern",
    N,
    n_overall(
        "Paracetamol 1g QDS PRN + lactulose 15ml BD - both fine with BF, no effect on baby, not sedating. No change. "
        "Moses basket by bed, safe sleep advice given. HV/MW to carry on as usual."
    ),
    "a shorthand overall on a record with nothing of concern",
)
ok(
    "nc-overall-we",
    "not-of-concern",
    N,
    n_overall(
        "We went through Aisha's medicines: paracetamol for perineal pain and lactulose for constipation are both "
        "safe while breastfeeding and do not make her drowsy, so we agreed no change and nothing extra for the baby; "
        "the midwife and health visitor carry on with routine care."
    ),
    "a we-voice overall",
)
ok(
    "nc-gaviscon",
    "not-of-concern",
    N,
    n_extra(
        "Gaviscon Advance oral suspension",
        "10 ml after meals and at night",
        "Heartburn. Not absorbed to any extent - no effect on BF or baby. OK.",
    ),
    "a telegraphic not-of-concern reason",
)
ok(
    "nc-ferrous",
    "not-of-concern",
    N,
    n_extra(
        "Ferrous fumarate 210mg tablets",
        "One tablet twice a day",
        "For postnatal anaemia (Hb 92). Safe in breastfeeding; may cause constipation - already on lactulose.",
    ),
    "iron with a reason in clinician's voice",
)
ok(
    "nc-cetirizine",
    "not-of-concern",
    N,
    n_extra(
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "Hayfever. Non-sedating antihistamine, fine with breastfeeding at this dose; told to stop if baby drowsy.",
    ),
    "an antihistamine described as non-sedating",
)
ok(
    "nc-ibuprofen",
    "not-of-concern",
    N,
    n_extra(
        "Ibuprofen 400mg tablets",
        "400 mg three times a day with food",
        "Perineal pain, short course. Compatible with BF (tiny amounts in milk). No concern for baby.",
    ),
    "ibuprofen with a reason",
)
ok(
    "nc-overall-long",
    "not-of-concern",
    N,
    n_overall(
        "Postnatal medication review at day 7. Aisha is taking paracetamol 1 g when needed for perineal pain and "
        "lactulose 15 ml twice a day for constipation. Neither makes her drowsy and neither reaches the baby in any "
        "amount that matters, so breastfeeding continues as it is and no extra checks on the baby are needed. She "
        "knows not to take codeine-containing painkillers while breastfeeding. The Moses basket by the bed was "
        "discussed and is the right place for the baby to sleep."
    ),
    "a longer overall, with advice against codeine-based painkillers",
)
bad("nc-hollow-overall", "not-of-concern", N, n_overall("N/A - nothing to add."), "a placeholder overall (MA103)")
bad(
    "nc-hollow-reason",
    "not-of-concern",
    N,
    n_extra("Fluoxetine 20mg capsules", "20 mg once daily", "Not of concern."),
    "an SSRI dismissed with no reason and no assessment (MA101)",
)

# ============================================================================================================
# disguise: about a fifth of the good texts above, and hollow ones, disguised.

_DIS_GOOD: list[tuple[str, str, str, str, Callable[[str], str], str]] = [
    ("hg-tel-met", M, MET, "tel-met", lambda t: homoglyphs(t, "aeo"), "Cyrillic look-alikes"),
    ("zw-tel-ser", M, SER, "tel-ser", lambda t: inside_words(t, "\u200b", every=2), "zero-width spaces"),
    ("fw-we-met", M, MET, "we-met", full_width, "full-width forms"),
    ("shy-unc-ser", M, SER, "unc-ser", soft_hyphens, "soft hyphens"),
    ("lrm-risky-stop", M, SER, "risky-stop", lambda t: t.replace(" ", " \u200e", 8), "left-to-right marks"),
    ("comb-sp-typos", M, SER, "sp-typos", combining, "combining grave accents"),
    ("zwj-long-met", M, MET, "long-met", lambda t: inside_words(t, "\u200d", every=5), "zero-width joiners"),
    ("hg-bg-epilim", V, VPA, "bg-epilim", lambda t: homoglyphs(t, "aeoc", variant=0), "look-alikes in a brand name"),
    ("wj-lt-bullets", M, MET, "lt-bullets", lambda t: inside_words(t, "\u2060", every=3), "word joiners"),
    ("fw-hg-we-met", M, MET, "we-met", lambda t: homoglyphs(t, "o"), "Cyrillic o only"),
    ("shy-long-met", M, MET, "long-met", soft_hyphens, "soft hyphens through a long note"),
    ("nbsp-tel-met", M, MET, "tel-met", lambda t: t.replace(" ", "\u00a0"), "no-break spaces"),
]
for _n, _b, _a, _k, _fn, _w in _DIS_GOOD:
    ok(f"dis-{_n}", "disguise", _b, c(_a, _fn(T[_k])), f"a good conclusion under {_w}")

ok("dis-table-homoglyph", "disguise", M, o(homoglyphs(T["lt-table"], "ae")), "a good table under look-alikes")
ok("dis-table-bidi", "disguise", M, o("\u2068" + T["lt-table"] + "\u2069"), "a good table inside bidi isolates")
ok(
    "dis-fw-partner",
    "disguise",
    P,
    c(
        PQ,
        full_width(
            "Dad takes quetiapine at night and is very hard to wake: no bed or sofa sharing with the baby, no night feeds "
            "by him; mum does nights, crib on her side; HV checks."
        ),
    ),
    "a full-width partner plan",
)
ok(
    "dis-zw-nc-overall",
    "disguise",
    N,
    n_overall(
        inside_words(
            "Paracetamol and lactulose are both fine with breastfeeding and not sedating: no change, nothing extra for the "
            "baby; the health visitor continues routine visits.",
            "\u200c",
            every=2,
        )
    ),
    "zero-width non-joiners in an overall",
)
ok(
    "dis-comb-lithium",
    "disguise",
    L,
    c(
        LI,
        combining(
            "Lithium continues at 800 mg at night with levels monthly, weekly from 36 weeks and within 24 hours of birth; "
            "the baby has a paediatric review after birth; bottle feeding."
        ),
    ),
    "combining accents over a lithium plan",
)
ok(
    "dis-hg-dp",
    "disguise",
    F,
    c(
        DP,
        homoglyphs(
            "Diazepam and pregabalin continue; both sedate her, so no co-sleeping and no feeding lying down, and the "
            "foster carer does night feeds. The baby is watched for late withdrawal until day 8.",
            "aeopc",
        ),
    ),
    "Cyrillic look-alikes over a joint plan",
)
ok(
    "dis-shy-citalopram",
    "disguise",
    C,
    o(
        soft_hyphens(
            "Citalopram 20 mg continues through pregnancy and breastfeeding; the midwife watches the baby for adaptation "
            "symptoms for 48 hours; GP reviews mood at the 6-week check."
        )
    ),
    "soft hyphens in the overall",
)
bad(
    "dis-hg-hollow-tel",
    "disguise",
    M,
    c(MET, homoglyphs("Methadone - r/v'd. D/w pt. Plan as per DAS letter.", "aeo")),
    "a shorthand deferral in look-alike letters (MA103)",
)
bad(
    "dis-zw-hollow-unc",
    "disguise",
    L,
    c(LI, inside_words("Lithium: difficult to say, too early to say, hard to know at this stage.", "\u200b")),
    "uncertainty only, with zero-width spaces (MA103)",
)
bad(
    "dis-fw-hollow-partner",
    "disguise",
    P,
    c(PQ, full_width("Quetiapine is the father's own medicine; not relevant to the baby.")),
    "a full-width dismissal (MA103/MA123)",
)
bad(
    "dis-comb-hollow-checklist",
    "disguise",
    C,
    c(CIT, combining("Citalopram: risks discussed yes, leaflet given yes, plan agreed yes.")),
    "a checklist under combining marks",
)
bad(
    "dis-rlo-hollow",
    "disguise",
    V,
    c(VPA, "Valproate: \u202e.rettel ygoloruen eht ees\u202c"),
    "'see the neurology letter.' under a right-to-left override (MA103)",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((case.category, case.expect) for case in F73CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(case.expect == PASS for case in F73CASES),
        "refuse",
        sum(case.expect == REFUSE for case in F73CASES),
        "total",
        len(F73CASES),
    )
