"""A fourth, independent batch of red-team cases for the share gate (the second "fresh" batch).

Each case is ONE small mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate
must give. The batch leans on the gate's newest rules, both ways:

* must PASS: complete records whose good text happens to hold the words the newest rules look for: drowsiness
  words beside a coded sedation "no" (MA127) in negation, history, instruction and the baby's own signs;
  safe-sleep answers that dismiss one thing and answer sleep in the next clause (MA123); deferral words
  ("will be decided", "sits with", "covers", "sets out", "to advise", "to confirm", "once received") beside a
  real conclusion (MA103); justifications for sharing without consent that give a real reason while using
  the words of the legal basis (MA402); conclusions that name medicines she does not take, as history, advice
  or negation (MA120); postnatal babies discharged to "other" with the place and carer given (MA016/MA128);
  medicines written as brands, misspellings, sound-alikes and digit look-alikes; Welsh and Polish names; long
  texts and lists.
* must REFUSE: hollow or wrong records in new wordings and in disguise (Cyrillic and Greek look-alike letters,
  zero-width characters, soft hyphens, full-width letters), including disguised triggers of the newest rules.

Only real medicines and real UK brands are used (mappings/brand-names.csv); no clinical code is invented: the
medicines added here are recorded uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh2_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

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
    N,
    P,
    V,
    chain,
    conclusion,
    overall,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words
from tests.redteam.fresh_cases import asm, drop_code, rename_everywhere, unassessed

F2CASES: list[Case] = []

CATEGORIES = (
    "ok-sedation-words",
    "ok-safe-sleep-clauses",
    "ok-deferral-words",
    "ok-justification",
    "ok-medicine-history",
    "ok-discharge-other",
    "ok-names-as-written",
    "ok-voices",
    "contradiction-disguised",
    "safe-sleep-dismissed",
    "deferral-disguised",
    "justification-hollow",
    "unlisted-medicine",
    "discharge-place",
    "hollow-disguised",
    "item-hollow",
    "name-unassessed",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F2CASES.append(Case(name, category, expect, base, mutate, why))


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)

ZWSP, WJ, BOM = "\u200b", "\u2060", "\ufeff"


def cap(aid: str, text: str) -> Mutation:
    return asm(aid, "impact_on_mother.parenting_capacity", text)


def sleep(aid: str, text: str) -> Mutation:
    return asm(aid, "impact_on_mother.safe_sleep", text)


def recs(aid: str, text: str) -> Mutation:
    return asm(aid, "recommendations", text)


def no_consent(text: str, on: str) -> Mutation:
    return set_("lawful_basis", {"basis": "safeguarding-without-consent", "justification": text, "recorded_on": on})


def discharged_other(details: str | None, *, version: str | None = None) -> Mutation:
    steps = [set_("safeguarding.discharge_to", "other")]
    if details is not None:
        steps.append(set_("safeguarding.discharge_details", details))
    if version is not None:
        steps.append(set_("template.version", version))
    return chain(*steps)


# ============================================================================================================
# MUST PASS. MA127: sedation coded "no" while the text speaks of drowsiness without saying she is drowsy.

add("s2-sert-no-drowsiness", "ok-sedation-words", PASS, M,
    cap(SA, "Mood settled on 100 mg; no drowsiness, managing her toddler and work without difficulty."),
    "'no drowsiness' is the reason sedation is coded no")
add("s2-cital-not-drowsy", "ok-sedation-words", PASS, C,
    cap(CA, "Not drowsy on 20 mg; anxiety well controlled and she is driving to work daily."),
    "'not drowsy' agrees with sedation no")
add("s2-lith-denies-sleepy", "ok-sedation-words", PASS, L,
    cap(LA, "Well for four years on lithium; denies feeling sleepy in the day. The weeks after birth carry a high "
            "relapse risk, including postpartum psychosis."),
    "'denies feeling sleepy' agrees with sedation no")
add("s2-sert-drowsiness-settled", "ok-sedation-words", PASS, M,
    cap(SA, "Some drowsiness in the first fortnight after the dose went up in September; that has settled and she "
            "is alert through the day. Stopping risks relapse of depression."),
    "drowsiness that has settled: she is not sedated now, so 'no' is right")
add("s2-cital-previously-drowsy", "ok-sedation-words", PASS, C,
    cap(CA, "Previously drowsy on 40 mg in 2024; alert since the dose was reduced to 20 mg. Anxiety and mood are "
            "well controlled."),
    "drowsiness on an earlier, higher dose: history, not her state now")
add("s2-val-tell-gp-if-drowsy", "ok-sedation-words", PASS, V,
    recs(VA, "Do not stop valproate abruptly. Urgent neurology referral and fetal medicine review; folic acid 5 mg "
             "daily from today. Tell the GP if drowsy or unsteady, which could mean the level is too high."),
    "an instruction for if she becomes drowsy")
add("s2-cital-baby-drowsy-watch", "ok-sedation-words", PASS, C,
    conclusion(CA, "Citalopram 20 mg continues through pregnancy: relapse off it was rapid. The baby's drowsiness, "
                   "jitteriness or poor feeding in the first 48 hours are the signs the midwife watches for; small "
                   "PPHN risk; breastfeeding supported."),
    "the baby's drowsiness as a sign to watch")
add("s2-lith-toxicity-drowsy", "ok-sedation-words", PASS, L,
    recs(LA, "Lithium levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth. Drowsiness, coarse "
             "tremor or vomiting are signs of toxicity: she goes straight to the maternity assessment unit. Keep "
             "well hydrated in labour; perinatal team review within a week of birth."),
    "drowsiness named as a toxicity sign")
add("s2-sert-drowsiness-nil", "ok-sedation-words", PASS, M,
    cap(SA, "Mood: stable on 100 mg. Drowsiness: nil. Relapse risk high if stopped."),
    "form shorthand 'Drowsiness: nil' means none")
add("s2-cital-drowsy-question-no", "ok-sedation-words", PASS, C,
    cap(CA, "Drowsy? No. Sleep and appetite normal; caring for herself and the home; relapsed within six weeks "
            "when she last stopped."),
    "question-and-answer shorthand: 'Drowsy? No.'")
add("s2-lith-drowsiness-resolved", "ok-sedation-words", PASS, L,
    cap(LA, "Bipolar disorder, well for four years. Drowsiness resolved within a week of the 2025 dose change; "
            "alert and active now. High relapse risk after birth."),
    "drowsiness that resolved long ago")
add("s2-val-initially-sleepy", "ok-sedation-words", PASS, V,
    cap(VA, "Initially sleepy when valproate was started in 2019, fully alert for years since. Seizure-free for two "
            "years; a sudden stop risks status epilepticus."),
    "sleepiness when the medicine was started years ago")
add("s2-sert-stopped-feeling-sleepy", "ok-sedation-words", PASS, M,
    cap(SA, "She stopped feeling sleepy after the first two weeks on sertraline and is bright and engaged at "
            "appointments. Relapse risk if stopped."),
    "'stopped feeling sleepy': not sedated now")
add("s2-cital-sedation-absent", "ok-sedation-words", PASS, C,
    cap(CA, "Sedation: absent. Mood and anxiety well controlled; relapse within six weeks when last stopped."),
    "'Sedation: absent.'")
add("s2-lith-first-baby-drowsy", "ok-sedation-words", PASS, L,
    conclusion(LA, "Lithium 800 mg nightly continues; relapse after birth is the greater danger. Her first baby was "
                   "drowsy and slow to feed for a day on the same dose, so this newborn has a paediatric review at "
                   "birth and a lithium level if floppy or feeding poorly; bottle feeding; her levels monthly, "
                   "weekly from 36 weeks and within 24 hours of delivery."),
    "an earlier baby's drowsiness, not the mother's")
add("s2-sert-sleepy-from-night-feeds-not-med", "ok-sedation-words", PASS, M,
    sleep(SA, "Sertraline does not make her sleepy and she is not sedated at night; cot in the parents' room and "
              "the usual safe sleep advice given for after the birth."),
    "a safe-sleep answer that denies sedation")

# MA123: safe-sleep answers that dismiss one thing and answer sleep in the next clause.

add("ss2-p-not-mothers-but-sleep", "ok-safe-sleep-clauses", PASS, P,
    sleep(PA, "It is not the mother's medicine, but that changes nothing for sleep: he must never share a bed, sofa "
              "or armchair with the baby after his dose, and the baby sleeps in the crib on her side."),
    "'not the mother's' followed by the safe sleep answer")
add("ss2-p-bf-na-sleep-answered", "ok-safe-sleep-clauses", PASS, P,
    sleep(PA, "Breastfeeding advice not applicable as it is his medicine. Sleep: he must not fall asleep with the "
              "baby on a bed, sofa or chair, and does no night feeds after his 10 pm dose."),
    "'not applicable' scoped to breastfeeding; sleep answered")
add("ss2-p-crib-no-concerns-he-is-risk", "ok-safe-sleep-clauses", PASS, P,
    sleep(PA, "No concerns about the crib itself, which I saw set up correctly; the risk is him. Never to sleep "
              "with the baby on the bed or sofa after his quetiapine; mother does night care."),
    "'no concerns' about the crib, the sedated father answered")
add("ss2-p-not-relevant-feeding-relevant-sleep", "ok-safe-sleep-clauses", PASS, P,
    sleep(PA, "Not relevant to feeding; very relevant to sleep: he sleeps in the spare room on nights he takes it "
              "and never naps with the baby on the sofa."),
    "'not relevant to feeding' then sleep")
add("ss2-p-na-night-feeds-spare-room", "ok-safe-sleep-clauses", PASS, P,
    sleep(PA, "N/A for night feeds as he sleeps in the spare room after his dose; he never holds the baby on the "
              "sofa in the evening and the baby sleeps in the next-to-me crib by the mother."),
    "'N/A ... as he sleeps in the spare room' answers (the rule's own example, extended)")
add("ss2-m-cot-no-concerns-no-bedshare", "ok-safe-sleep-clauses", PASS, M,
    sleep(MA, "No concerns with the cot, seen today beside the parents' bed; she must not share a bed or sofa with "
              "the baby after her dose, and feeds sitting up in a chair."),
    "'no concerns' about the cot, bed and sofa sharing answered")
add("ss2-f-bf-na-sleep-answered", "ok-safe-sleep-clauses", PASS, F,
    sleep(FA, "Breastfeeding not applicable (bottle fed). For sleep: never share a bed, sofa or armchair with the "
              "baby, no feeding lying down; the cot stays in the foster carer's room."),
    "bottle fed so breastfeeding n/a; sleep fully answered")
add("ss2-p-not-mothers-partner-polish", "ok-safe-sleep-clauses", PASS, P,
    chain(set_("partner.name", {"given": ["Łukasz"], "family": "Wiśniewski"}),
          sleep(PA, "Łukasz's tablets, not the mother's, yet the sleeping risk is his: he must not sleep with the "
                    "baby in the bed or on the sofa and does no night feeds after his dose.")),
    "a Polish partner; 'not the mother's' beside the sleep answer")
add("ss2-p-no-issues-with-basket", "ok-safe-sleep-clauses", PASS, P,
    sleep(PA, "No issues with the sleeping space itself. He is heavily sedated after his dose, so he never shares "
              "a bed or sofa with the baby; the mother or her sister does any feed after 10 pm."),
    "'no issues' about the space; sedation answered")
add("ss2-m-not-relevant-until-birth-plan", "ok-safe-sleep-clauses", PASS, M,
    sleep(MA, "Not relevant until the birth, when it matters a great deal: never share a bed or sofa with the baby "
              "after her methadone; Moses basket by the bed, to be seen at the first home visit."),
    "'not relevant until' followed by the plan for after birth")

# MA103: deferral words beside a real conclusion.

add("d2-meth-sits-with-drug-service", "ok-deferral-words", PASS, M,
    conclusion(MA, "Methadone 60 mg daily continues; any change sits with the drug service, who will tell maternity "
                   "and the HV the same week. The baby needs withdrawal scoring for at least 72 hours on the "
                   "postnatal ward and HV checks for late signs to day 8. Breastfeeding encouraged; no co-sleeping "
                   "after her dose."),
    "'sits with' about dose changes, the conclusion stands")
add("d2-val-will-be-decided-alternative", "ok-deferral-words", PASS, V,
    conclusion(VA, "The choice of any alternative will be decided by neurology at the urgent review. Until then "
                   "valproate continues unchanged because a sudden stop risks seizures; the unborn baby was exposed "
                   "in the first trimester, so a fetal medicine review and a detailed anomaly scan at 20 weeks are "
                   "booked, with folic acid 5 mg daily."),
    "'will be decided' about the future choice; the interim plan is full")
add("d2-lith-birth-plan-sets-out", "ok-deferral-words", PASS, L,
    conclusion(LA, "The birth plan sets out the dose timing around delivery. Lithium 800 mg continues at night with "
                   "levels monthly, weekly from 36 weeks and within 24 hours of birth; the newborn has a paediatric "
                   "review for floppiness and poor feeding; she bottle feeds because lithium passes into breast "
                   "milk."),
    "'sets out' in a clause of its own, the conclusion follows")
add("d2-cital-letter-covers-history", "ok-deferral-words", PASS, C,
    conclusion(CA, "The PMHT letter covers her psychiatric history. For the pregnancy: citalopram 20 mg continues as "
                   "relapse risk is high; the baby may be jittery or feed poorly for 48 hours and has a small PPHN "
                   "risk, so the midwife observes after birth; breastfeeding is encouraged."),
    "'the letter covers' her history; the conclusion is written")
add("d2-sert-paeds-to-advise", "ok-deferral-words", PASS, M,
    conclusion(SA, "Sertraline 100 mg continues because she relapsed off it. The midwife observes the baby for "
                   "adaptation signs for 48 hours alongside the withdrawal scoring; if the baby is jittery, "
                   "paediatrician to advise. Small PPHN risk; fine to breastfeed."),
    "'paediatrician to advise' ends one clause of a complete conclusion")
add("d2-val-clinic-to-confirm", "ok-deferral-words", PASS, V,
    conclusion(VA, "Valproate 500 mg twice daily continues until neurology sees her within two weeks; do not stop "
                   "abruptly. Fetal medicine review and a detailed anomaly scan for the exposed baby; folic acid 5 mg "
                   "started. Appointment dates for the antenatal clinic to confirm."),
    "'to confirm' about appointment dates")
add("d2-overall-m-once-received", "ok-deferral-words", PASS, M,
    overall("Methadone 60 mg and sertraline 100 mg continue. The health visitor will add the visit date once "
            "received from maternity. The baby needs withdrawal observation for at least 72 hours; breastfeeding "
            "is supported; there must be no co-sleeping after the methadone dose."),
    "'once received' about a visit date")
add("d2-overall-f-will-be-decided", "ok-deferral-words", PASS, F,
    overall("Whether the placement extends past 12 weeks will be decided at the looked-after review. Meanwhile "
            "diazepam and pregabalin continue, the mother never shares a bed, sofa or armchair with the baby, the "
            "foster carer does the night feeds, and the baby is watched for late withdrawal to day 8."),
    "'will be decided' about the placement's length")
add("d2-quet-gp-covers-dose", "ok-deferral-words", PASS, P,
    conclusion(PA, "His GP's repeat template covers the quetiapine dose. What matters for the baby: Daniel is too "
                   "sedated at night to share a bed, sofa or armchair with the baby or do night feeds; the mother "
                   "does the nights and the HV checks the crib at each visit."),
    "'covers' about the dose; the safe-sleep conclusion follows")
add("d2-meth-rests-with-nnu-length", "ok-deferral-words", PASS, M,
    conclusion(MA, "Methadone continues at 60 mg; she must not reduce it before birth. Withdrawal observation for at "
                   "least 72 hours on the postnatal ward; the length of any longer stay rests with the neonatal "
                   "unit. Breastfeeding encouraged, which eases withdrawal. Drowsy after dosing, so no co-sleeping."),
    "'rests with' about the length of stay")

# MA402: genuine reasons in the words of the legal basis.

add("j2-f-vital-interests-left-ward", "ok-justification", PASS, F,
    set_("lawful_basis.justification",
         "Vital interests of the baby: the mother left the ward against advice last night and the foster carer "
         "must know about her diazepam and pregabalin sedation before the first unsupervised contact."),
    "'vital interests' followed by the concrete reason")
add("j2-f-necessary-capacity", "ok-justification", PASS, F,
    set_("lawful_basis.justification",
         "Necessary because the mother lacks capacity at present (postnatal psychosis being assessed) and the "
         "foster carer needs the sedation and withdrawal plan today; agreed with the named nurse."),
    "'necessary' with the reason: capacity and the foster carer's need")
add("j2-f-public-interest-violent-father", "ok-justification", PASS, F,
    set_("lawful_basis.justification",
         "In the public interest and the baby's: the father threatened staff when told of an earlier referral, and "
         "asking now would alert him and risk the baby being taken from the placement."),
    "'public interest' with the risk that seeking consent carries")
add("j2-f-policy-plus-reason", "ok-justification", PASS, F,
    set_("lawful_basis.justification",
         "Trust policy allows this, and here the reason is specific: the interim care order names the foster "
         "carer, who must know of the mother's night-time sedation and the baby's late withdrawal signs from the "
         "first night."),
    "'policy' named, then the specific reason")
add("j2-m-necessary-missed-doses", "ok-justification", PASS, M,
    no_consent("Necessary to protect the unborn baby: she has missed three supervised methadone doses this month "
               "and the child protection plan needs the midwife and social worker to know the withdrawal and "
               "co-sleeping risks before the birth.", "2026-03-02"),
    "a child protection plan and missed doses, in the words 'necessary to protect'")
add("j2-p-public-interest-father-refuses", "ok-justification", PASS, P,
    no_consent("Public interest test met: the father will not let his GP be told, yet he is heavily sedated by "
               "quetiapine at night and the baby sleeps beside the parents' bed; the health visitor and his GP must "
               "know to plan the baby's safe sleep.", "2026-05-28"),
    "the father's refusal overridden for the baby's safe sleep")
add("j2-f-vital-interests-overdose", "ok-justification", PASS, F,
    set_("lawful_basis.justification",
         "Vital interests: she took an overdose of her pregabalin on day 2 and is on the psychiatric ward; the baby "
         "is in the placement and the carer must be told of the withdrawal signs to expect."),
    "an overdose and an inpatient mother")

# MA120: medicines named as history, advice or negation.

add("h2-meth-used-to-take-bup", "ok-medicine-history", PASS, M,
    conclusion(MA, "Methadone 60 mg daily continues; she used to take buprenorphine but was less stable on it. The "
                   "baby is likely to need withdrawal observation for at least 72 hours; breastfeeding is encouraged; "
                   "no co-sleeping because she is drowsy after dosing."),
    "'used to take buprenorphine'")
add("h2-meth-trial-of-pregabalin", "ok-medicine-history", PASS, M,
    conclusion(MA, "Methadone 60 mg once daily continues through pregnancy. She had a trial of pregabalin for "
                   "anxiety in 2023, long finished. The baby needs withdrawal scoring for at least 72 hours and HV "
                   "checks to day 8; breastfeeding supported; no bed or sofa sharing after her dose."),
    "'had a trial of pregabalin' in 2023")
add("h2-sert-was-on-citalopram", "ok-medicine-history", PASS, M,
    conclusion(SA, "She was on citalopram before this pregnancy and changed to sertraline 100 mg, which now "
                   "continues because relapse off treatment was severe. The baby has a small PPHN risk and may show "
                   "adaptation signs, watched for by the midwife; compatible with breastfeeding."),
    "'was on citalopram'")
add("h2-meth-never-prescribed-pregabalin", "ok-medicine-history", PASS, M,
    conclusion(MA, "Methadone 60 mg continues. She has never been prescribed pregabalin or gabapentin and the drug "
                   "service confirms none on top. The baby needs neonatal withdrawal observation for at least 72 "
                   "hours; breastfeeding encouraged; no co-sleeping after her dose."),
    "'never been prescribed pregabalin or gabapentin'")
add("h2-meth-tested-negative-benzos", "ok-medicine-history", PASS, M,
    conclusion(MA, "Methadone 60 mg continues unchanged; urine screens tested negative for diazepam and other "
                   "benzodiazepines all year. The baby will be observed for withdrawal for at least 72 hours; "
                   "breastfeeding encouraged; no co-sleeping after her dose."),
    "'tested negative for diazepam'")
add("h2-lith-valproate-stopped-years-ago", "ok-medicine-history", PASS, L,
    conclusion(LA, "Lithium 800 mg nightly continues; valproate was stopped in 2019, long before this pregnancy. "
                   "The baby has a paediatric review at birth for floppiness, poor feeding and thyroid problems; "
                   "bottle feeding; her levels monthly, weekly from 36 weeks and within 24 hours of birth."),
    "'valproate was stopped in 2019'")
add("h2-cital-sertraline-tried-first", "ok-medicine-history", PASS, C,
    conclusion(CA, "Citalopram 20 mg continues. Sertraline was tried first in 2023 and gave her headaches. The "
                   "baby's small PPHN risk and possible jitteriness in the first 48 hours are watched for by the "
                   "midwife; breastfeeding supported."),
    "'sertraline was tried first'")
add("h2-p-used-to-take-diazepam", "ok-medicine-history", PASS, P,
    conclusion(PA, "Daniel's quetiapine 300 mg at night leaves him hard to wake, so he never shares a bed, sofa or "
                   "armchair with the baby and does no night feeds. He used to take diazepam as well but has not "
                   "for two years. The mother does the nights; the HV checks the crib."),
    "the partner's past diazepam")
add("h2-val-took-lamotrigine-before", "ok-medicine-history", PASS, V,
    conclusion(VA, "She took lamotrigine before 2019 without seizure control. Valproate continues at 500 mg twice a "
                   "day until neurology sees her urgently; no sudden stop. The baby was exposed in the first "
                   "trimester: fetal medicine review and detailed anomaly scan; folic acid 5 mg daily."),
    "'took lamotrigine before 2019'")
add("h2-f-weaned-off-zopiclone", "ok-medicine-history", PASS, F,
    conclusion(FA, "Diazepam and pregabalin continue for now and both sedate: never share a bed, sofa or armchair "
                   "with the baby, no feeding lying down, foster carer does nights. She was weaned off zopiclone "
                   "in pregnancy. Baby watched for late withdrawal to day 8; slow diazepam reduction from 6 weeks."),
    "'weaned off zopiclone'")

# MA016/MA128: postnatal babies discharged to "other", the place and carer given.

add("dc2-n-other-grandmother", "ok-discharge-other", PASS, N,
    discharged_other("With the mother to the maternal grandmother's home, 22 Willow Crescent, Hampton, for the "
                     "first six weeks; grandmother's telephone on the midwife's record."),
    "the grandmother's home, with the mother")
add("dc2-n-other-refuge", "ok-discharge-other", PASS, N,
    discharged_other("With the mother to a women's refuge in Castleford (address withheld for safety; contact via "
                     "the refuge manager through the health visiting team)."),
    "a refuge, address withheld for safety but reachable")
add("dc2-p-other-sister-flat", "ok-discharge-other", PASS, P,
    discharged_other("With both parents to the mother's sister's flat, 7 Quay Street, Hampton, while their own flat "
                     "is repaired; back home by 2026-06-30."),
    "a temporary address with both parents")
add("dc2-n-other-v120", "ok-discharge-other", PASS, N,
    discharged_other("With her mother to the mother-and-baby unit bed at the hostel, 4 Mill Lane, Hampton; key "
                     "worker Sara Evans.", version="1.2.0"),
    "template 1.2.0's discharge-details item answered")
add("dc2-p-other-v120-welsh", "ok-discharge-other", PASS, P,
    discharged_other("With both parents to the paternal grandparents' farm, Fferm Tŷ Gwyn, Llanfair, for two weeks "
                     "after the birth, then home.", version="1.2.0"),
    "a Welsh address on template 1.2.0")
add("dc2-n-other-army-quarters", "ok-discharge-other", PASS, N,
    discharged_other("With both parents to service family quarters at 9 Barracks Road, Castleford, where the father "
                     "is posted; the unit's health visitor has been told."),
    "service family quarters")

# Medicines as written: brands, misspellings, sound-alikes, digit look-alikes, abbreviations.

add("nm2-f-pregaba1in-in-list", "ok-names-as-written", PASS, F,
    chain(set_("medicines#med-pregabalin.name", "Pregaba1in 75mg capsules"), drop_code("med-pregabalin")),
    "the list spells pregabalin with a digit 1; the conclusions name pregabalin")
add("nm2-m-methad0ne-in-list", "ok-names-as-written", PASS, M,
    chain(set_("medicines#med-methadone.name", "Methad0ne 1mg/ml oral solution"), drop_code("med-methadone")),
    "the list spells methadone with a digit 0")
add("nm2-meth-metadone-conclusion", "ok-names-as-written", PASS, M,
    conclusion(MA, "Metadone 60 mg daily carries on unchanged, dispensed and supervised by the chemist. The baby is "
                   "likely to need withdrawal observation for 72 hours or more, HV checking for late signs to day 8; "
                   "breastfeeding encouraged; sedated after her dose so no co-sleeping."),
    "'Metadone' spelt by sound in the conclusion")
add("nm2-val-vpa-abbrev", "ok-names-as-written", PASS, V,
    conclusion(VA, "VPA 500 mg BD continues pending nothing: do not stop abruptly, seizure risk to her and the "
                   "fetus. Exposed baby needs fetal medicine r/v and detailed anomaly scan at 20/40; folic acid 5 mg "
                   "OD started; urgent neuro r/v booked for within 2/52."),
    "valproate written as VPA")
add("nm2-lith-li-abbrev", "ok-names-as-written", PASS, L,
    conclusion(LA, "Li 800 mg nocte continues - PP psychosis risk high off it. Li levels 4-weekly, weekly from 36/40 "
                   "and <24 h after delivery. Newborn: paeds r/v at birth for floppiness and poor feeding, TFTs if "
                   "signs. Bottle feeding as Li passes into breast milk."),
    "lithium written as Li")
add("nm2-p-kwetiapine-list", "ok-names-as-written", PASS, P,
    chain(set_("medicines#med-partner-quetiapine.name", "Kwetiapine 100mg tablets"),
          drop_code("med-partner-quetiapine")),
    "the partner's quetiapine written by sound in the list; the texts name quetiapine")
add("nm2-dzpg-lyrica-valium-style", "ok-names-as-written", PASS, F,
    conclusion(FA, "Diazepam 5 mg TDS and Lyrica 150 mg BD both continue for now; together they sedate her, most "
                   "at night, so she never shares a bed, sofa or armchair with the baby and the foster carer does "
                   "all night feeds. Late withdrawal possible until day 8. No sudden stop of either."),
    "pregabalin by its brand Lyrica")
add("nm2-sert-lustral-setralin", "ok-names-as-written", PASS, M,
    conclusion(SA, "Sertralin (Lustral) 100 mg continues: she relapsed when it was stopped. Small risk of PPHN and "
                   "of adaptation symptoms in the baby for the first days; the maternity team observes alongside "
                   "the withdrawal scoring; compatible with breastfeeding."),
    "'Sertralin' with the brand in brackets")
add("nm2-cital-citalopram-typo-cap", "ok-names-as-written", PASS, C,
    conclusion(CA, "CITALOPRAM 20MG OD CONTINUES (RELAPSE IN 6/52 LAST TIME OFF IT). BABY: SMALL PPHN RISK, "
                   "JITTERY/POOR FEEDING POSSIBLE FIRST 48H - MW TO OBSERVE, PAEDS IF PERSISTS. BF SUPPORTED."),
    "capitals with shorthand")
add("nm2-f-diazepam-typo-diazpam-list", "ok-names-as-written", PASS, F,
    chain(set_("medicines#med-diazepam.name", "Diazpam 5mg tablets"), drop_code("med-diazepam")),
    "the list drops a letter from diazepam; the conclusions name diazepam")

# Many voices: bullets, long prose, Welsh and Polish names, midwife and pharmacist voices.

add("v2-meth-midwife-voice", "ok-voices", PASS, M,
    conclusion(MA, "From the community midwife: Jodie stays on methadone 60 mg, collected daily from the chemist. "
                   "Her baby will stay with us on the postnatal ward for at least three days so we can score for "
                   "withdrawal, and I will pass the late-signs checklist to the health visitor for day 8. We will "
                   "help her breastfeed. She is sleepy after her dose, so baby sleeps in the cot, never in her bed "
                   "or on the sofa."),
    "a midwife's first-person voice")
add("v2-sert-pharmacist-voice", "ok-voices", PASS, M,
    conclusion(SA, "Pharmacist review: sertraline 100 mg is the preferred SSRI in pregnancy and breastfeeding and "
                   "should continue, as stopping risks relapse. Neonatal effects: small PPHN risk, transient "
                   "adaptation signs (jitteriness, poor feeding) in the first days; the midwife observes the baby "
                   "alongside withdrawal scoring. Milk levels are low: breastfeed."),
    "a clinical pharmacist's voice")
add("v2-overall-m-triangle-bullets", "ok-voices", PASS, M,
    overall("Plan for Jodie and the baby:\n\u25b8 methadone 60 mg and sertraline 100 mg unchanged\n\u25b8 baby: NAS "
            "scoring at least 72 h on the postnatal ward, HV late-signs check to day 8\n\u25b8 breastfeeding "
            "encouraged on both\n\u25b8 no co-sleeping after the methadone dose; cot seen by SW and HV"),
    "triangle bullets")
add("v2-overall-f-lettered-list", "ok-voices", PASS, F,
    overall("(a) Diazepam and pregabalin continue, no sudden stop. (b) Both sedate: no bed, sofa or armchair "
            "sharing with the baby and no feeding lying down. (c) Foster carer does night feeds. (d) Late "
            "withdrawal signs possible until day 8; foster carer and HV watch. (e) Diazepam tapered slowly from the "
            "6-week review."),
    "a lettered list")
add("v2-val-long-prose", "ok-voices", PASS, V,
    conclusion(VA, "This is an unplanned pregnancy, found at eight weeks, in a woman who has taken sodium valproate "
                   "500 mg twice a day since 2019 and has been free of seizures for two years. Valproate is the "
                   "anticonvulsant with the highest risk to an unborn baby: about one baby in ten exposed in the first "
                   "trimester has a major malformation, including spina bifida, and up to four in ten have later "
                   "problems with learning and development. That exposure has already happened, and stopping "
                   "valproate suddenly now would put her at risk of seizures, including status epilepticus, which "
                   "would endanger both of them. So valproate continues unchanged until the epilepsy team sees her "
                   "urgently; I have referred her today, and to the antenatal clinic for a fetal medicine review and "
                   "a detailed anomaly scan. Folic acid 5 mg daily started today. We talked through the risks "
                   "together and she wishes to continue the pregnancy."),
    "a long GP narrative")
add("v2-m-welsh-author", "ok-voices", PASS, M,
    rename_everywhere("Shah", {"prefix": "Dr", "given": ["Gwenllian"], "family": "ap Dafydd"}),
    "a Welsh author name in every part she signs")
add("v2-m-polish-social-worker", "ok-voices", PASS, M,
    set_("safeguarding.social_worker.name", {"given": ["Agnieszka"], "family": "Krzyżanowska"}),
    "a Polish social worker's name")
add("v2-m-welsh-mother-llyr", "ok-voices", PASS, M,
    set_("mother.name", {"given": ["Eluned"], "family": "Llŷr-Example"}),
    "a Welsh mother's name with a circumflexed y")
add("v2-quet-hv-shorthand", "ok-voices", PASS, P,
    conclusion(PA, "NBV 28/5: dad (Daniel) quetiapine 300mg nocte for BPAD - v. hard to wake post-dose. Plan: no "
                   "co-sleeping with dad in bed/sofa/chair, no night feeds by dad after his dose. Mum does nights; "
                   "baby in NTM crib her side (seen). HV to r/v sleep set-up every contact to 8/52."),
    "health visitor new-birth-visit shorthand")
add("v2-cital-welsh-phrase", "ok-voices", PASS, C,
    conclusion(CA, "Citalopram 20 mg yn parhau (continues): relapse risk outweighs the small risks to the baby - "
                   "PPHN about 3 in 1,000 and jitteriness or poor feeding in the first 48 hours, which the midwife "
                   "watches for. Bwydo ar y fron: breastfeeding supported."),
    "a bilingual Welsh-English conclusion")
add("v2-lith-psychiatrist-letter-style", "ok-voices", PASS, L,
    conclusion(LA, "Impression: bipolar affective disorder, euthymic on lithium carbonate (Priadel) 800 mg nocte. "
                   "Recommendation: continue lithium; postpartum relapse risk is around 1 in 2 off treatment. "
                   "Neonate: paediatric review at birth; observe for hypotonia, poor suck and lethargy; check "
                   "neonatal lithium level and TFTs if present. Feeding: formula, as lithium enters breast milk."),
    "a psychiatrist's impression-and-recommendation style")
add("v2-overall-p-long", "ok-voices", PASS, P,
    overall("Mother: paracetamol only, which raises no concern for the baby. Father: quetiapine 300 mg each night "
            "for bipolar disorder; he is very hard to wake for several hours afterwards, and that is the main risk "
            "to the baby in this home. He must never fall asleep with the baby on a bed, sofa or armchair and does "
            "no night feeds or settling after his dose. The mother does the nights and the baby sleeps in the "
            "next-to-me crib on her side, which the health visitor has seen and will keep checking for eight weeks."),
    "a long overall conclusion for a partner record")
add("v2-dzpg-fc-plain-words", "ok-voices", PASS, F,
    conclusion(FA, "For the foster carer, in plain words: Mum's diazepam and pregabalin make her very sleepy, "
                   "especially at night. She must never sleep with the baby in a bed, on a sofa or in an armchair, "
                   "and should not feed lying down; you do the night feeds. Watch the baby until day 8 for shaking, "
                   "poor feeding or crying that will not settle and ring the neonatal unit if you see them. Neither "
                   "medicine is stopped suddenly; the diazepam will come down slowly from six weeks."),
    "written directly to the foster carer")

# ============================================================================================================
# MUST REFUSE. MA127: sedation coded "no" beside text saying she is sedated, plain and disguised.

add("x2-sert-drowsy-afternoons", "contradiction-disguised", REFUSE, M,
    cap(SA, "Mood better on 100 mg but she is drowsy most afternoons and has fallen asleep while feeding."),
    "sedation 'no' beside 'she is drowsy most afternoons' (MA127), plain")
add("x2-cital-cyrillic-drowsy", "contradiction-disguised", REFUSE, C,
    cap(CA, homoglyphs("Very drowsy for hours after each dose since the increase; anxiety controlled.", "o")),
    "'Very drowsy' with Cyrillic o beside sedation 'no' (MA127)")
add("x2-lith-zw-hard-to-wake", "contradiction-disguised", REFUSE, L,
    sleep(LA, "She is " + inside_words("hard to wake", ZWSP) + " at night since the dose went up; partner does the "
              "night feeds; cot beside the bed."),
    "'hard to wake' split by zero-width spaces beside sedation 'no' (MA127)")
add("x2-val-fullwidth-sleepy", "contradiction-disguised", REFUSE, V,
    cap(VA, "Seizure-free for two years. " + full_width("Sleepy") + " all day on valproate and napping each "
            "afternoon."),
    "'Sleepy' in full-width letters beside sedation 'no' (MA127)")
add("x2-sert-soft-hyphen-sedated", "contradiction-disguised", REFUSE, M,
    sleep(SA, "Quite se\u00adda\u00adted in the evenings on sertraline; partner to do the first night feed after the "
              "birth."),
    "'sedated' with soft hyphens beside sedation 'no' (MA127)")
add("x2-p-coded-no-greek", "contradiction-disguised", REFUSE, P,
    chain(asm(PA, "impact_on_mother.sedation", "no"),
          cap(PA, homoglyphs("The father sleeps heavily for hours after his quetiapine and is out cold by 11 pm.",
                             "eo", variant=1))),
    "the father coded not sedated beside 'sleeps heavily' and 'out cold' with Greek/Cyrillic letters (MA127)")
add("x2-cital-bom-groggy", "contradiction-disguised", REFUSE, C,
    recs(CA, "Continue citalopram 20 mg. " + inside_words("Groggy", BOM) + " until midday, so she is not to bath "
             "the baby alone in the mornings. GP mood review at 6 weeks."),
    "'Groggy' with BOMs inside beside sedation 'no' (MA127)")
add("x2-sert-drowsy-so-does-not-drive", "contradiction-disguised", REFUSE, M,
    cap(SA, "Drowsy after each dose, so she does not drive in the mornings; mood otherwise stable on 100 mg."),
    "'Drowsy after each dose' beside sedation 'no'; the consequence 'so she does not drive' is no negation of it "
    "(MA127)")
add("x2-sert-dozes-off", "contradiction-disguised", REFUSE, M,
    cap(SA, "Dozes off on the sofa most evenings since starting sertraline; mood otherwise stable."),
    "'dozes off on the sofa' beside sedation 'no' (MA127)")
add("x2-lith-conclusion-knocked-out", "contradiction-disguised", REFUSE, L,
    conclusion(LA, "Lithium 800 mg continues. She is " + homoglyphs("knocked out", "o") + " for the night after her "
                   "dose, so her partner does the night feeds; the baby has a paediatric review at birth; bottle "
                   "feeding; levels monthly then weekly from 36 weeks."),
    "'knocked out' with Cyrillic o in the conclusion beside sedation 'no' (MA127)")
add("x2-p-coded-no-plain", "contradiction-disguised", REFUSE, P,
    asm(PA, "impact_on_mother.sedation", "no"),
    "the father coded not sedated while the record says he is very hard to wake (MA127)")

# MA123: a sedating medicine's safe sleep dismissed, in disguise.

add("sd2-p-greek-na", "safe-sleep-dismissed", REFUSE, P,
    sleep(PA, "\u039d/\u0391 as partner."),
    "'N/A as partner' with Greek capital Nu and Alpha (MA123)")
add("sd2-p-zw-not-mothers", "safe-sleep-dismissed", REFUSE, P,
    sleep(PA, inside_words("Not relevant - it is the father's medicine, not the mother's.", ZWSP, every=2)),
    "'not relevant: the father's medicine' with zero-width spaces (MA123)")
add("sd2-p-fullwidth-na", "safe-sleep-dismissed", REFUSE, P,
    sleep(PA, full_width("Not applicable.")),
    "'Not applicable.' in full-width letters (MA123)")
add("sd2-p-soft-hyphen-no-concerns", "safe-sleep-dismissed", REFUSE, P,
    sleep(PA, inside_words("No concerns; partner only.", SOFT_HYPHEN, every=2)),
    "'No concerns; partner only.' with soft hyphens (MA123)")
add("sd2-m-not-yet-born", "safe-sleep-dismissed", REFUSE, M,
    sleep(MA, "Not applicable at this stage - baby not yet born."),
    "a sedating methadone's safe sleep dismissed because the baby is unborn (MA123)")
add("sd2-p-nothing-to-add-his", "safe-sleep-dismissed", REFUSE, P,
    sleep(PA, "Nothing to add: his tablets, his business."),
    "dismissed as the father's own business (MA123)")
add("sd2-p-cyrillic-not-relevant-sleep", "safe-sleep-dismissed", REFUSE, P,
    sleep(PA, homoglyphs("Not relevant to the baby's sleep.", "eao")),
    "the rule's own dismissal with Cyrillic letters (MA123)")
add("sd2-f-wj-na-mother", "safe-sleep-dismissed", REFUSE, F,
    sleep(FA, inside_words("N/A - mother in placement.", WJ)),
    "the mother's sedation dismissed because she is in a placement, word joiners inside (MA123)")

# MA103: new deferral wordings, disguised.

add("df2-meth-zw-will-be-decided", "deferral-disguised", REFUSE, M,
    conclusion(MA, inside_words("Methadone: how long the baby stays in will be decided by the neonatal team.",
                                ZWSP, every=3)),
    "'will be decided by' with zero-width spaces (MA103)")
add("df2-lith-cyrillic-rests-with", "deferral-disguised", REFUSE, L,
    conclusion(LA, homoglyphs("Lithium: the decision about the baby rests with the perinatal psychiatrist.", "aeo")),
    "'rests with' with Cyrillic letters (MA103)")
add("df2-val-fullwidth-to-advise", "deferral-disguised", REFUSE, V,
    conclusion(VA, full_width("Valproate: neurology and fetal medicine to advise.")),
    "'to advise' in full-width letters (MA103)")
add("df2-cital-sets-out", "deferral-disguised", REFUSE, C,
    conclusion(CA, "Citalopram: the maternity letter sets out everything needed for the baby."),
    "a letter that 'sets out' the plan (MA103)")
add("df2-sert-soft-finalised", "deferral-disguised", REFUSE, M,
    conclusion(SA, inside_words("Sertraline: the baby's plan will be finalised once the paediatric opinion is "
                                "received.", SOFT_HYPHEN, every=3)),
    "'will be finalised once received' with soft hyphens (MA103)")
add("df2-dzpg-matter-for", "deferral-disguised", REFUSE, F,
    conclusion(FA, "Diazepam and pregabalin: what happens with the baby at night is a matter for the supervising "
                   "social worker."),
    "'is a matter for' the social worker (MA103)")
add("df2-quet-greek-letter-covers", "deferral-disguised", REFUSE, P,
    conclusion(PA, homoglyphs("Quetiapine (father): the community mental health team letter covers safe sleep for "
                              "the baby.", "io", variant=1)),
    "a letter that 'covers' safe sleep, Greek iota and omicron (MA103)")
add("df2-overall-m-to-confirm", "deferral-disguised", REFUSE, M,
    overall(inside_words("Methadone and sertraline: overall plan for the baby to confirm.", WJ, every=2)),
    "overall 'to confirm' with word joiners (MA103)")
add("df2-overall-v-awaiting-tba", "deferral-disguised", REFUSE, V,
    overall(homoglyphs("Valproate: awaiting neurology; fetal plan tba.", "ae")),
    "overall 'awaiting ... tba' with Cyrillic letters (MA103)")
add("df2-meth-bracket-prompt", "deferral-disguised", REFUSE, M,
    conclusion(MA, inside_words("[Enter the conclusion for methadone and the baby here]", ZWSP, every=4)),
    "a form prompt left in the box, zero-width spaces inside (MA103)")
add("df2-sert-lies-with-obstetrics", "deferral-disguised", REFUSE, M,
    conclusion(SA, "Sertraline: responsibility for the baby's plan lies with obstetrics."),
    "'lies with obstetrics' (MA103)")
add("df2-lith-on-receipt", "deferral-disguised", REFUSE, L,
    conclusion(LA, "Lithium: plan for the newborn on receipt of the fetal echo report."),
    "'on receipt of' a report (MA103)")

# MA402: hollow justifications for sharing without consent.

add("jh2-f-cyrillic-vital", "justification-hollow", REFUSE, F,
    set_("lawful_basis.justification", homoglyphs("Vital interests.", "aie")),
    "'Vital interests.' with Cyrillic letters (MA402)")
add("jh2-f-necessary-proportionate", "justification-hollow", REFUSE, F,
    set_("lawful_basis.justification", "Necessary and proportionate in the public interest."),
    "legal labels only: 'necessary and proportionate', 'public interest' (MA402)")
add("jh2-f-fullwidth-policy", "justification-hollow", REFUSE, F,
    set_("lawful_basis.justification", full_width("Per trust policy on sharing without consent.")),
    "a policy named, full-width letters (MA402)")
add("jh2-f-zw-dpa-schedule", "justification-hollow", REFUSE, F,
    set_("lawful_basis.justification", inside_words("In line with the Data Protection Act 2018, Schedule 8.", ZWSP)),
    "an Act and a schedule named, zero-width spaces inside (MA402)")
add("jh2-m-soft-safeguarding-necessary", "justification-hollow", REFUSE, M,
    no_consent(inside_words("Safeguarding concern, sharing necessary.", SOFT_HYPHEN, every=2), "2026-03-02"),
    "'safeguarding concern, sharing necessary' with soft hyphens (MA402)")
add("jh2-p-public-task", "justification-hollow", REFUSE, P,
    no_consent("Lawful basis: public task; duty to share.", "2026-05-28"),
    "the Article 6 basis 'public task' named, no reason (MA402)")
add("jh2-f-as-discussed-lead", "justification-hollow", REFUSE, F,
    set_("lawful_basis.justification", "As discussed with the safeguarding lead."),
    "a pointer to a conversation (MA402)")
add("jh2-f-best-interests", "justification-hollow", REFUSE, F,
    set_("lawful_basis.justification", "Best interests of the child."),
    "'best interests of the child': a label, not a reason (MA402)")

# MA120: a conclusion relies on a medicine of concern the list does not hold.

add("ul2-overall-m-diazepam", "unlisted-medicine", REFUSE, M,
    overall("Methadone 60 mg, sertraline 100 mg and diazepam 5 mg at night all continue. The baby needs withdrawal "
            "observation for at least 72 hours; breastfeeding supported; no co-sleeping after her doses."),
    "diazepam continues but is not in the list (MA120)")
add("ul2-cital-pregabalin", "unlisted-medicine", REFUSE, C,
    conclusion(CA, "Citalopram 20 mg and pregabalin 75 mg twice daily continue; the midwife watches the baby for "
                   "adaptation and withdrawal signs in the first 48 hours; small PPHN risk; breastfeeding "
                   "supported."),
    "pregabalin continues but is not in the list (MA120)")
add("ul2-lith-cyrillic-quetiapine", "unlisted-medicine", REFUSE, L,
    conclusion(LA, "Lithium 800 mg and " + homoglyphs("quetiapine", "ea") + " 50 mg at night continue; the baby has "
                   "a paediatric review at birth for floppiness and poor feeding; bottle feeding; levels monthly, "
                   "weekly from 36 weeks."),
    "quetiapine (Cyrillic e and a) continues but is not in the list (MA120)")
add("ul2-overall-p-mother-codeine", "unlisted-medicine", REFUSE, P,
    overall("The mother takes codeine 30 mg four times a day for perineal pain and paracetamol. The father's "
            "quetiapine sedates him heavily: no co-sleeping with him, no night feeds by him; crib seen, HV to keep "
            "checking."),
    "the mother's codeine relied on but not listed (MA120)")
add("ul2-val-zw-lamotrigine", "unlisted-medicine", REFUSE, V,
    conclusion(VA, "Valproate 500 mg twice daily and " + inside_words("lamotrigine", ZWSP, every=3) + " 100 mg daily "
                   "continue until neurology review; no sudden stop; the exposed baby needs fetal medicine review "
                   "and an anomaly scan; folic acid 5 mg."),
    "lamotrigine (zero-width spaces inside) continues but is not in the list (MA120)")
add("ul2-overall-f-methadone", "unlisted-medicine", REFUSE, F,
    overall("Diazepam, pregabalin and her methadone 40 mg continue. All sedate: no bed, sofa or armchair sharing "
            "with the baby, foster carer does night feeds; late withdrawal possible until day 8."),
    "methadone relied on but not listed (MA120)")

# MA128/MA109/MA016: the baby's destination unknown, or a baby born recorded as unborn.

add("dp2-n-other-no-details", "discharge-place", REFUSE, N,
    discharged_other(None),
    "discharged to 'other' with no place or carer (MA128)")
add("dp2-n-other-zw-tbc", "discharge-place", REFUSE, N,
    discharged_other(inside_words("TBC", ZWSP)),
    "'TBC' with zero-width spaces (MA128)")
add("dp2-n-other-fullwidth-other", "discharge-place", REFUSE, N,
    discharged_other(full_width("Other")),
    "'Other' in full-width letters names no place (MA128)")
add("dp2-p-other-cyrillic-as-discussed", "discharge-place", REFUSE, P,
    discharged_other(homoglyphs("As discussed with the social worker.", "aeo")),
    "'as discussed' with Cyrillic letters (MA128)")
add("dp2-n-other-v120-see-notes", "discharge-place", REFUSE, N,
    discharged_other("See notes.", version="1.2.0"),
    "template 1.2.0 discharge details 'See notes.' (MA109/MA128)")
add("dp2-n-other-to-be-confirmed", "discharge-place", REFUSE, N,
    discharged_other("To be confirmed by children's services."),
    "'to be confirmed' by another service (MA128)")
add("dp2-v-antenatal-delivered", "discharge-place", REFUSE, V,
    set_("pregnancy.delivery_date", "2026-11-20"),
    "an antenatal record giving a past delivery date (MA016)")
add("dp2-c-antenatal-delivered-v100", "discharge-place", REFUSE, C,
    set_("pregnancy.delivery_date", "2026-04-01"),
    "an antenatal record on template 1.0.0 giving a past delivery date (MA016)")
add("dp2-n-other-soft-pending", "discharge-place", REFUSE, N,
    discharged_other(inside_words("Pending placement.", SOFT_HYPHEN, every=2)),
    "'Pending placement.' with soft hyphens (MA128)")

# Hollow conclusions in disguise.

add("hd2-meth-cyrillic-no-concerns", "hollow-disguised", REFUSE, M,
    conclusion(MA, homoglyphs("Methadone: no concerns for the baby.", "oc")),
    "'no concerns' with Cyrillic o and c (MA103)")
add("hd2-sert-bidi-pending", "hollow-disguised", REFUSE, M,
    conclusion(SA, "Sertraline: \u200epending\u200f review for the baby."),
    "'pending review' wrapped in direction marks (MA103)")
add("hd2-cital-fullwidth-na", "hollow-disguised", REFUSE, C,
    conclusion(CA, "Citalopram: " + full_width("N/A") + " for the baby."),
    "'N/A' in full-width letters (MA103)")
add("hd2-val-greek-as-per-plan", "hollow-disguised", REFUSE, V,
    conclusion(VA, homoglyphs("Valproate: baby as per neurology letter.", "aeo", variant=1)),
    "'as per neurology letter' with Greek alpha/omicron (MA103)")
add("hd2-overall-l-zw-nothing-of-note", "hollow-disguised", REFUSE, L,
    overall(inside_words("Lithium: nothing of note for the baby.", ZWSP, every=2)),
    "overall 'nothing of note' with zero-width spaces (MA103)")
add("hd2-dzpg-soft-all-fine", "hollow-disguised", REFUSE, F,
    conclusion(FA, inside_words("Diazepam and pregabalin: all fine for the baby.", SOFT_HYPHEN)),
    "'all fine' with soft hyphens (MA103)")
add("hd2-quet-mixed-minimal-risk", "hollow-disguised", REFUSE, P,
    conclusion(PA, inside_words(homoglyphs("Quetiapine (father): minimal risk to the baby.", "ia"), WJ, every=3)),
    "'minimal risk' with Cyrillic letters and word joiners (MA103)")
add("hd2-meth-fullwidth-plan-mdt", "hollow-disguised", REFUSE, M,
    conclusion(MA, full_width("Methadone: plan for the baby as per MDT.")),
    "'as per MDT' in full-width letters (MA103/MA104)")

# MA125: an item that answers a concern is written but says nothing, in disguise.

add("ih2-meth-greek-paeds-aware", "item-hollow", REFUSE, M,
    asm(MA, "impact_on_baby.neonatal_withdrawal_plan", homoglyphs("Paeds aware.", "ae", variant=1)),
    "'Paeds aware.' with Greek/Cyrillic letters as the withdrawal plan (MA125)")
add("ih2-p-zw-advice-given", "item-hollow", REFUSE, P,
    sleep(PA, inside_words("Safe sleep advice given.", ZWSP)),
    "'Safe sleep advice given.' for a sedated father, zero-width spaces (MA125)")
add("ih2-f-fullwidth-leaflet", "item-hollow", REFUSE, F,
    asm(FA, "impact_on_baby.neonatal_withdrawal_plan", full_width("Leaflet given.")),
    "'Leaflet given.' in full-width letters as the withdrawal plan (MA125)")
add("ih2-m-soft-usual-advice", "item-hollow", REFUSE, M,
    sleep(MA, inside_words("Usual advice.", SOFT_HYPHEN)),
    "'Usual advice.' with soft hyphens as methadone's safe sleep (MA125)")

# MA101/MA117: medicines of concern written as brands, sound-alikes and look-alikes, left unassessed.

for _n, _name, _what in [
    ("zimovane", "Zimovane 7.5mg tablets", "zopiclone"),
    ("zomorph", "Zomorph 10mg modified-release capsules", "morphine"),
    ("oramorph", "Oramorph 10mg/5ml oral solution", "morphine"),
    ("zydol", "Zydol 50mg capsules", "tramadol"),
    ("neurontin", "Neurontin 300mg capsules", "gabapentin"),
    ("zyprexa", "Zyprexa 5mg tablets", "olanzapine"),
    ("depakote", "Depakote 250mg gastro-resistant tablets", "valproate semisodium"),
    ("camcolit", "Camcolit 400mg modified-release tablets", "lithium"),
    ("phenergan", "Phenergan 25mg tablets", "promethazine"),
    ("nytol-one-a-night", "Nytol One-A-Night 50mg tablets", "diphenhydramine"),
    ("alzain", "Alzain 75mg capsules", "pregabalin"),
    ("efexor", "Efexor XL 75mg capsules", "venlafaxine"),
    ("tegretol", "Tegretol 200mg tablets", "carbamazepine"),
    ("piriton", "Piriton 4mg tablets", "chlorphenamine"),
]:
    add(f"nu2-brand-{_n}", "name-unassessed", REFUSE, N, unassessed(N, _name),
        f"{_name} is {_what}: a medicine of concern, unassessed, marked not of concern (MA101)")

for _n, _name, _why in [
    ("quetiap1ne", "Quetiap1ne 25mg tablets", "quetiapine with a digit 1 for i"),
    ("zopiclone-cyrillic-o", "Z\u043epiclone 3.75mg tablets", "zopiclone with a Cyrillic o"),
    ("pregabalin-soft-hyphen", "Pre\u00adga\u00adbalin 50mg capsules", "pregabalin with soft hyphens"),
    ("zydol-fullwidth", full_width("Zydol") + " 50mg capsules", "Zydol in full-width letters"),
    ("gabapenteen", "Gabapenteen 300mg capsules", "gabapentin spelt by sound"),
    ("mirtazapeen", "Mirtazapeen 15mg tablets", "mirtazapine spelt by sound"),
    ("seretraline", "Seretraline 50mg tablets", "sertraline with an extra letter"),
    ("lorazepam-zwnj", "Lora\u200czepam 1mg tablets", "lorazepam split by a zero-width non-joiner"),
    ("codeine-greek", "C\u03bfdeine 30mg tablets", "codeine with a Greek omicron"),
]:
    add(f"nu2-{_n}", "name-unassessed", REFUSE, N, unassessed(N, _name),
        f"{_why}: a medicine of concern, unassessed, marked not of concern (MA101/MA117)")

add("nu2-partner-zimovane", "name-unassessed", REFUSE, P,
    unassessed(P, "Zimovane 7.5mg tablets", reason="His own sleeping tablet; the baby is not exposed to it at all.",
               taken_by="partner"),
    "the father's zopiclone (sedating) unassessed, called irrelevant as the baby is not exposed (MA101)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F2CASES)



if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:26} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':26} refuse {sum(c.expect == REFUSE for c in F2CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F2CASES):3}")
