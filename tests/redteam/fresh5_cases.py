"""A seventh, independent batch of red-team cases for the share gate (the fifth "fresh" batch).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give.
This batch covers what the earlier corpora touched lightly:

* partners: a range of partner medicines (methadone, buprenorphine, pregabalin, gabapentin, diazepam,
  zopiclone, mirtazapine, olanzapine, promethazine, amitriptyline, codeine), partners who do or do not share
  night care, a sedating medicine taken in the morning only, a medicine the partner has stopped, and the
  partner's medicine dismissed in new ways ("his GP manages it", "he sleeps downstairs anyway", reasons that
  are not about sleep), with sedation coded yes, no or unknown and texts that agree or contradict;
* overall conclusions: good synthesising ones, and hollow ones ("see individual assessments", "as above",
  a list of the medicines, a copy of one assessment, advice that fits every family);
* postnatal specifics: a baby on SCBU or the neonatal unit, foster and kinship placements, discharge "other"
  with and without a place, safe sleep advice given or not, sleeping arrangements real or hollow;
* antenatal teratogens: valproate and topiramate with and without the pregnancy prevention programme,
  specialist and scan plans; methotrexate, mycophenolate, warfarin and isotretinoin; lithium with levels;
* the must-refuse styles disguised (Cyrillic and Greek look-alikes, zero-width characters, soft hyphens,
  full-width letters, mixtures).

Only real medicines and UK brands are used; no clinical code is invented: medicines swapped in here are
recorded uncoded (a warning, never a refusal).

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh5_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    DERMATOLOGY,
    PASS,
    REFUSE,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    Record,
    V,
    chain,
    conclusion_of,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F5CASES: list[Case] = []

CATEGORIES = (
    "ok-partner",
    "ok-overall",
    "ok-postnatal",
    "ok-teratogen",
    "ok-lithium",
    "bad-partner",
    "bad-overall",
    "bad-postnatal",
    "bad-teratogen",
    "bad-disguised",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F5CASES.append(Case(name, category, expect, base, mutate, why))


MA, SA, LA, VA, FA, PA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine",
)
ELM = {"ods_code": "Y90005", "name": "Elm Park Surgery"}
RHEUMATOLOGY = {"ods_code": "Y90750", "name": "Castleford Royal Rheumatology Department"}
RENAL = {"ods_code": "Y90760", "name": "Castleford Royal Renal Transplant Unit"}
ANTICOAG = {"ods_code": "Y90770", "name": "Castleford Royal Anticoagulation Clinic"}


def whole(aid: str, *, sed: str, cap: str, summary: str, recs: str, concl: str, ss: str | None = None,
          nwp: str | None = None, bf: str | None = None) -> Mutation:
    """Every free-text answer of one assessment replaced (items not given are left out, not kept)."""

    def mutate(doc: Record) -> None:
        a = next(x for x in doc["assessments"] if x["id"] == aid)
        mother: Record = {"sedation": sed, "parenting_capacity": cap}
        if ss is not None:
            mother["safe_sleep"] = ss
        baby: Record = {"summary": summary}
        if nwp is not None:
            baby["neonatal_withdrawal_plan"] = nwp
        if bf is not None:
            baby["breastfeeding"] = bf
        a["impact_on_mother"] = mother
        a["impact_on_baby"] = baby
        a["recommendations"] = recs
        a["conclusion"] = concl

    return mutate


# ============================================================================================================
# Partners: the father's quetiapine swapped for another medicine, every answer of his assessment rewritten.

def pmed(mid: str, name: str, dose: str, **extra: str) -> Record:
    return medicine(mid, name, dose, "2024-02-05", other_prescriber(ELM), taken_by="partner",
                    last_changed="2025-10-13", **extra)


PBF = "Not affected: the medicine is the father's, and the baby takes none of it."


def partner(med: Record, *, ov: str, arrangements: str | None = None, bf: str = PBF, **texts: str) -> Mutation:
    steps = [replace_medicine("med-partner-quetiapine", med), whole(PA, bf=bf, **texts), overall(ov)]
    if arrangements is not None:
        steps.append(set_("safeguarding.sleeping_arrangements", arrangements))
    return chain(*steps)


def okp(name: str, med: Record, why: str, **kw: str) -> None:
    add(f"f5-ok-partner-{name}", "ok-partner", PASS, P, partner(med, **kw), why)


def badp(name: str, med: Record, why: str, **kw: str) -> None:
    add(f"f5-bad-partner-{name}", "bad-partner", REFUSE, P, partner(med, **kw), why)


METHADONE = pmed("med-partner-methadone", "Methadone 1mg/ml oral solution", "40 mg (40 ml) each morning, supervised")
SUBUTEX = pmed("med-partner-buprenorphine", "Subutex 8mg sublingual tablets", "12 mg each morning, supervised")
PREGABALIN = pmed("med-partner-pregabalin", "Pregabalin 75mg capsules", "75 mg each morning only")
GABAPENTIN = pmed("med-partner-gabapentin", "Gabapentin 300mg capsules", "600 mg three times a day")
DIAZEPAM = pmed("med-partner-diazepam", "Diazepam 5mg tablets", "5 mg at night")
ZOPICLONE = pmed("med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night, no more than three nights a week")
MIRTAZAPINE = pmed("med-partner-mirtazapine", "Mirtazapine 30mg tablets", "30 mg at night")
OLANZAPINE = pmed("med-partner-olanzapine", "Olanzapine 10mg tablets", "10 mg at night")
PHENERGAN = pmed("med-partner-promethazine", "Phenergan 25mg tablets", "25 mg at night when needed")
AMITRIPTYLINE = pmed("med-partner-amitriptyline", "Amitriptyline 10mg tablets", "20 mg at night for migraine prevention")
CODEINE = pmed("med-partner-codeine", "Codeine phosphate 30mg tablets", "30 mg up to four times a day")
ZOPICLONE_STOPPED = pmed("med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", stopped="2026-05-01")
DIAZEPAM_STOPPED = pmed("med-partner-diazepam", "Diazepam 2mg tablets", "2 mg three times a day",
                        stopped="2026-04-20")

okp("methadone-morning", METHADONE, "a partner's morning methadone: daytime drowsiness and the sofa addressed",
    sed="yes",
    cap="The father takes methadone 40 mg each morning under supervision from Hampton Drug and Alcohol Service; "
        "he is drowsy for a few hours from late morning and alert by the evening.",
    ss="He must not nap with the baby on the sofa, armchair or bed in the hours after his dose; the baby naps "
       "in the Moses basket downstairs and sleeps at night in the crib on the mother's side.",
    summary="The baby is not exposed to the father's methadone. The risk is a drowsy adult falling asleep "
            "holding the baby, and the baby reaching his methadone bottle at home.",
    recs="Methadone kept in the locked box supplied by the pharmacy. Do not stop methadone suddenly: the drug "
         "service alone changes the dose and tells the health visitor. Health visitor checks the daytime and "
         "night sleep places at each visit.",
    concl="The father's morning methadone makes him drowsy until mid-afternoon, so he never naps with the baby "
          "on a sofa, armchair or bed; the baby naps in the Moses basket and sleeps at night in the mother's "
          "crib; his methadone is locked away.",
    ov="The mother takes only paracetamol. The father's morning methadone: no napping with the baby on a sofa, "
       "armchair or bed while he is drowsy, baby in the Moses basket by day and the crib by night, methadone "
       "locked away from the baby.")
okp("buprenorphine-night-feeds", SUBUTEX, "buprenorphine: not drowsy by night, shares night feeds, sedation yes",
    sed="yes",
    cap="The father takes Subutex (buprenorphine) 12 mg each morning; it makes him a little drowsy for an hour "
        "or two after the dose and not at all by the evening. He shares the night feeds with the mother.",
    ss="He does his night feeds sitting up in a chair in a lit room and puts the baby back in the crib before "
       "he lies down; never in his bed or on the sofa. No night feeds if he has taken anything extra.",
    summary="The baby is not exposed to the father's buprenorphine; the risk is an adult falling asleep with "
            "the baby during a night feed.",
    recs="Keep taking buprenorphine as prescribed; do not stop abruptly. If he feels drowsy at night he hands "
         "the feed to the mother. Health visitor to review the night routine at 2 and 6 weeks.",
    concl="The father's buprenorphine causes brief morning drowsiness only, so he can share night feeds, sitting "
          "up and returning the baby to the crib every time; never bed or sofa sharing with the baby.",
    ov="The mother's paracetamol raises no concern. The father's buprenorphine: he shares night feeds sitting "
       "up and puts the baby back in the crib each time; no bed or sofa sharing; the health visitor reviews "
       "this at 2 and 6 weeks.")
okp("pregabalin-morning-only", PREGABALIN, "pregabalin taken in the morning only: night care with the baby addressed",
    sed="yes",
    cap="Dad takes pregabalin 75 mg in the morning only, for nerve pain; a bit drowsy mid-morning, fine by "
        "the afternoon and at night.",
    ss="No dozing with the baby on the sofa or bed mid-morning; he does the late evening feed, long after "
       "the dose. Baby sleeps in the crib by mum's side of the bed.",
    summary="Baby not exposed. Risk is dad nodding off with the baby on a sofa mid-morning.",
    recs="Not to change to a night-time dose without telling the HV, as that would change who does night "
         "feeds. Do not stop pregabalin suddenly; GP reviews dose.",
    concl="Dad's morning pregabalin makes him drowsy mid-morning only: no dozing with the baby on the sofa or "
          "bed then; he can do the late evening feed, and the baby sleeps in the crib by mum.",
    ov="Mum on paracetamol only. Dad's pregabalin is taken in the morning: no dozing with the baby mid-morning, "
       "evening feeds by him are safe, baby in the crib by mum at night.")
okp("gabapentin-tds", GABAPENTIN, "gabapentin three times a day: no night care by him",
    sed="yes",
    cap="The father takes gabapentin 600 mg three times a day for neuropathic pain after a spinal injury; he is "
        "drowsy through the day and sleeps deeply at night.",
    ss="He should not sleep with the baby on any bed, sofa or armchair, and should not do night feeds. The "
       "baby sleeps in the crib on the mother's side; he gives daytime bottle feeds sitting up.",
    summary="The baby is not exposed to his gabapentin; the danger is sharing a sleep surface with a sedated "
            "adult.",
    recs="Continue gabapentin; do not stop suddenly. Pain clinic review planned for March. Health visitor to "
         "check the crib and the night routine.",
    concl="The father's gabapentin makes him drowsy by day and a heavy sleeper at night: no bed, sofa or "
          "armchair sharing with the baby and no night feeds by him; the crib stays on the mother's side.",
    ov="Paracetamol only for the mother. The father's gabapentin causes drowsiness: no bed, sofa or armchair "
       "sharing with the baby, no night feeds by him; the health visitor checks the crib.")
okp("diazepam-night", DIAZEPAM, "partner's night-time diazepam, mother does nights",
    sed="yes",
    cap="Father takes diazepam 5 mg at night for anxiety; hard to wake until morning.",
    ss="Never in bed or on the sofa with the baby after his dose; the mother does the night feeds; the baby "
       "sleeps in a cot in their room on her side.",
    summary="Baby not exposed to the father's diazepam; risk is co-sleeping with a sedated adult.",
    recs="GP to review diazepam and plan a slow reduction; not to stop abruptly (withdrawal fits). If the "
         "mother is unwell, another adult does nights, not him.",
    concl="The father's night-time diazepam makes him hard to wake: no co-sleeping with the baby in bed or on "
          "the sofa and no night feeds by him; the mother does nights and the cot is on her side.",
    ov="The mother's paracetamol: no concern. The father's diazepam at night: no co-sleeping with him and no "
       "night feeds by him; if the mother is unwell another adult does the nights.")
okp("zopiclone-alternate-nights", ZOPICLONE, "zopiclone only on the nights he is not on feeds",
    sed="yes",
    cap="The father takes zopiclone 7.5 mg on up to three nights a week for insomnia; on those nights he sleeps "
        "heavily. The parents alternate nights with the baby.",
    ss="He takes zopiclone only on the mother's nights and then does no feeds; on his own nights he takes "
       "none. He never sleeps with the baby in his bed or on the sofa; the baby sleeps in the crib in their "
       "room.",
    summary="The baby is not exposed to his zopiclone; the risk is an adult sedated by a sleeping tablet "
            "caring for or sleeping beside the baby.",
    recs="GP to review the zopiclone at his next appointment with a view to stopping. Health visitor to ask "
         "about the rota at each visit.",
    concl="The father takes zopiclone only on nights the mother does the feeds, never on his own nights with "
          "the baby; no bed or sofa sharing with the baby at any time; crib in their room.",
    ov="The mother takes paracetamol only. The father's zopiclone: only on the mother's nights, never when he "
       "does night feeds, no bed or sofa sharing with the baby; the health visitor checks the rota.")
okp("mirtazapine-spare-room", MIRTAZAPINE, "he sleeps in the spare room AND the baby's place is stated",
    sed="yes",
    cap="The father takes mirtazapine 30 mg at night for depression and sleeps very deeply afterwards.",
    ss="He sleeps in the spare room for now and does no night care; the baby sleeps in the next-to-me crib "
       "beside the mother, and he does not take the baby into the spare room or onto the sofa.",
    summary="No exposure for the baby. The risk is the baby sleeping next to a deeply sedated adult.",
    recs="Continue mirtazapine; stopping suddenly risks relapse and discontinuation symptoms. Health visitor "
         "to see the sleeping arrangements at the next visit.",
    concl="The father's mirtazapine makes him sleep very deeply, so he sleeps in the spare room and does no "
          "night care; the baby stays in the crib beside the mother and never in his bed or on the sofa.",
    ov="Nothing of concern in the mother's medicines. The father's mirtazapine: he sleeps in the spare room, "
       "does no night care, and the baby sleeps in the crib beside the mother.",
    arrangements="Next-to-me crib beside the mother; the father sleeps in the spare room while on mirtazapine. "
                 "Seen by the health visitor on 2026-05-28.")
okp("olanzapine-early-feed", OLANZAPINE, "olanzapine: the 10pm feed before his dose and none after",
    sed="yes",
    cap="Father takes olanzapine 10 mg at 11pm for schizophrenia, stable for 3 years; drowsy and hard to rouse "
        "within an hour of the dose until morning.",
    ss="He gives the 10pm feed before his dose and then hands over; no feeds, bed-sharing or sofa sleeping "
       "with the baby after 11pm. Baby in the crib on the mother's side.",
    summary="The baby is not exposed; the risk is an adult heavily sedated by olanzapine sleeping next to the "
            "baby.",
    recs="Keep taking olanzapine: stopping risks relapse. Early intervention team and GP to tell the health "
         "visitor if the dose or time changes.",
    concl="The father's olanzapine sedates him from about midnight: he does the 10pm feed before his dose and "
          "nothing after; no bed or sofa sharing with the baby; crib on the mother's side.",
    ov="The mother's paracetamol is not a concern. The father's night-time olanzapine: 10pm feed by him before "
       "the dose, no night care after it, never sharing a bed or sofa with the baby.")
okp("phenergan-prn", PHENERGAN, "promethazine when needed: no feeds on those nights",
    sed="yes",
    cap="The father takes Phenergan (promethazine) 25 mg on nights he cannot sleep, about twice a week; it "
        "leaves him groggy until the morning.",
    ss="On nights he takes it he does no feeds and the baby stays in the crib beside the mother; never in bed "
       "or on the sofa with him after a dose.",
    summary="The baby is not exposed. A groggy adult sharing a bed or sofa with the baby is the risk.",
    recs="Tell the mother each time he takes a tablet so she knows she has the night. GP to consider stopping "
         "it. Health visitor to check the crib.",
    concl="On nights the father takes promethazine he is groggy until morning: he does no feeds then and never "
          "shares a bed or sofa with the baby; the baby sleeps in the crib beside the mother.",
    ov="The mother takes paracetamol. The father's occasional promethazine: on those nights no feeds by him "
       "and no bed or sofa sharing; the baby sleeps in the crib beside the mother.")
okp("amitriptyline-low-dose", AMITRIPTYLINE, "low-dose amitriptyline still assessed for sleep",
    sed="yes",
    cap="The father takes amitriptyline 20 mg at night for migraine prevention; he says it makes him sleep "
        "soundly and he is slow to wake.",
    ss="Even at this low dose he should not share a bed or sofa with the baby after taking it, and the mother "
       "does the night feeds; the baby sleeps in the crib on her side.",
    summary="The baby is not exposed to his amitriptyline; the risk is co-sleeping with a sound-asleep adult.",
    recs="Continue amitriptyline; do not stop it suddenly (rebound migraine, discontinuation symptoms); the GP "
         "reviews it in six months. Health visitor checks the sleeping place.",
    concl="The father's amitriptyline 20 mg makes him slow to wake at night, so no bed or sofa sharing with the "
          "baby and no night feeds by him; the crib is on the mother's side.",
    ov="No concern with the mother's paracetamol. The father's night-time amitriptyline means no bed or sofa "
       "sharing with the baby and no night feeds by him; crib on the mother's side.")
okp("codeine-daytime", CODEINE, "partner's codeine for back pain, daytime drowsiness",
    sed="yes",
    cap="The father takes codeine phosphate 30 mg up to four times a day for a back injury; it makes him "
        "drowsy, mostly in the afternoon.",
    ss="No dozing off holding the baby on the sofa or bed; the baby naps in the pram or Moses basket and "
       "sleeps in the crib at night; the mother does the night feeds while he is on codeine.",
    summary="The baby is not exposed to his codeine. The risk is a drowsy adult falling asleep with the baby.",
    recs="GP to review pain relief in two weeks and reduce codeine; not to be stopped abruptly after weeks of "
         "daily use. Keep codeine locked away.",
    concl="The father's codeine makes him drowsy: no dozing with the baby on the sofa or bed, no night feeds by "
          "him while he takes it, and the baby naps in the Moses basket and sleeps in the crib.",
    ov="The mother's paracetamol raises no concern. The father's codeine causes drowsiness: no sofa or bed "
       "sleeping with the baby and no night feeds by him; the GP reviews the codeine in two weeks.")
okp("zopiclone-stopped", ZOPICLONE_STOPPED, "partner stopped zopiclone before the assessment, sedation no",
    sed="no",
    cap="The father stopped zopiclone on 1 May 2026, four weeks before the birth, and has taken none since; he "
        "is sleeping naturally and wakes easily for the baby.",
    ss="No longer sedated; he shares the night feeds. Both parents advised never to sleep with the baby on a "
       "sofa or in their bed; the baby sleeps in the crib on the mother's side.",
    summary="The baby is not exposed. Zopiclone was stopped before the birth, so no adult in the home is "
            "sedated by it.",
    recs="If he restarts zopiclone or any sleeping tablet, his GP to tell the health visitor and he stops doing "
         "night feeds on the nights he takes it.",
    concl="The father stopped zopiclone before the birth and is not sedated, so he can share night feeds; the "
          "baby sleeps in the crib and never in a bed or on a sofa with either parent.",
    ov="The mother's paracetamol raises no concern. The father stopped zopiclone in May: not sedated, shares "
       "night feeds, baby in the crib; his GP tells the health visitor if he restarts.")
okp("diazepam-stopped", DIAZEPAM_STOPPED, "partner finished a diazepam reduction in April",
    sed="no",
    cap="The father finished a supervised diazepam reduction on 20 April 2026 and takes no sedating medicine "
        "now; alert and well, sharing the care day and night.",
    ss="No sedation now. Safe sleep discussed with both parents: crib in their room, no sofa or bed sharing "
       "with the baby.",
    summary="Not exposed. With diazepam stopped, the father is not sedated when he cares for the baby at "
            "night.",
    recs="Relapse of anxiety or any restart of diazepam to be shared with the health visitor by his GP, as it "
         "would change who does the night feeds.",
    concl="The father's diazepam was stopped in April after a slow reduction; he is not sedated and shares "
          "night care; the baby sleeps in the crib in their room, never in a bed or on a sofa.",
    ov="Paracetamol only for the mother. The father's diazepam was stopped in April: no sedation now, he shares "
       "night care, and the baby sleeps in the crib.")
okp("buprenorphine-not-drowsy", SUBUTEX, "sedation no, text says plainly he is not drowsy (negation)",
    sed="no",
    cap="The father has been on Subutex 12 mg each morning for three years; he is not drowsy on this dose and "
        "is alert in the evenings and at night.",
    ss="Not drowsy, so he does night feeds; still, like any parent, never on a sofa or in bed with the baby; "
       "crib in their room.",
    summary="The baby is not exposed to his buprenorphine.",
    recs="Continue buprenorphine; do not stop abruptly. If he is ever drowsy, or takes anything else, the "
         "mother does that night's feeds. Drug service to tell the health visitor of any dose change.",
    concl="The father's buprenorphine does not make him drowsy on this stable dose, so he shares night feeds; "
          "the baby sleeps in the crib and never on a sofa or in bed with him.",
    ov="The mother's paracetamol raises no concern. The father's buprenorphine: not drowsy, shares night feeds, "
       "baby in the crib and never on a sofa or in bed with him; dose changes go to the health visitor.")
okp("olanzapine-gp-manages-plus", OLANZAPINE, "'his GP manages it' written, with the sleep answer too",
    sed="yes",
    cap="His GP manages his olanzapine 10 mg at night; he is well. He sleeps heavily after the dose.",
    ss="His GP manages the medicine, but the baby's sleep is settled here: after his dose he does no feeds "
       "and never sleeps with the baby in bed or on the sofa; crib on the mother's side.",
    summary="The baby is not exposed; the risk is co-sleeping with a heavily sedated adult.",
    recs="His GP to tell the health visitor of any change in dose or timing. Do not stop olanzapine suddenly.",
    concl="The father's olanzapine, managed by his GP, makes him sleep heavily: no night feeds by him after the "
          "dose and no bed or sofa sharing with the baby; crib beside the mother.",
    ov="The mother's paracetamol: no concern. The father's night-time olanzapine: no night feeds by him after "
       "the dose, no bed or sofa sharing; his GP tells the health visitor of any change.")
okp("methadone-kinship-nights", METHADONE, "partner's methadone; grandmother stays for nights",
    sed="yes",
    cap="The father takes methadone 40 mg each morning; drowsy for several hours afterwards. The mother is "
        "recovering from a caesarean section.",
    ss="While the mother recovers, the maternal grandmother stays and does the night feeds. The father never "
       "naps with the baby on the sofa or bed; the baby sleeps in the crib in the parents' room.",
    summary="Not exposed to his methadone; the risk is the drowsy adult sleeping with the baby.",
    recs="Methadone locked away at home. The drug service changes the dose and tells the health visitor. "
         "Review the night arrangements when the grandmother leaves.",
    concl="The father's methadone makes him drowsy after his morning dose: he never naps with the baby on a "
          "sofa or bed; the grandmother does night feeds while the mother recovers; crib in the parents' room.",
    ov="The mother's paracetamol: no concern. The father's methadone: no napping with the baby on a sofa or "
       "bed, the grandmother does nights for now, crib in the parents' room; review when she leaves.")

# Partner: refused.
badp("diazepam-gp-manages", DIAZEPAM, "'his GP manages it' in place of the safe-sleep answer",
     sed="yes",
     cap="Father takes diazepam 5 mg at night; his own GP prescribes it.",
     ss="His GP manages it.",
     summary="The baby is not exposed to the father's diazepam.",
     recs="No action for the maternity team; his GP manages his diazepam.",
     concl="The father's diazepam is prescribed and managed by his own GP at Elm Park Surgery, so there is no "
           "action for the baby's team.",
     ov="The mother's paracetamol raises no concern and the father's diazepam is managed by his own GP.")
badp("zopiclone-downstairs", ZOPICLONE, "'he sleeps downstairs anyway': where the baby sleeps never said",
     sed="yes",
     cap="Father takes zopiclone 7.5 mg some nights.",
     ss="He sleeps downstairs anyway.",
     summary="The baby is not exposed to the father's zopiclone.",
     recs="Continue zopiclone as prescribed by his GP.",
     concl="The father's zopiclone is not a concern for the baby because he sleeps downstairs anyway.",
     ov="The mother's paracetamol and the father's zopiclone raise no concern for the baby; he sleeps "
        "downstairs anyway.")
badp("olanzapine-not-breastfeeding", OLANZAPINE, "fake reason: 'not relevant as he is not breastfeeding'",
     sed="yes",
     cap="The father takes olanzapine 10 mg at night; drowsy after it.",
     ss="Not relevant as he is not breastfeeding.",
     summary="The baby is not exposed to the father's olanzapine.",
     recs="Continue olanzapine; do not stop suddenly.",
     concl="The father's olanzapine continues; as he is not the one breastfeeding, it does not reach the baby "
           "and there is nothing further for the baby.",
     ov="The mother's paracetamol raises no concern; the father's olanzapine does not reach the baby.")
badp("codeine-for-back", CODEINE, "fake reason: 'prescribed for his back, not for sleep'",
     sed="yes",
     cap="The father takes codeine 30 mg four times a day for back pain.",
     ss="Not applicable: the codeine is for his back, not a sleeping tablet.",
     summary="The baby is not exposed to the father's codeine.",
     recs="GP to review his back pain in two weeks.",
     concl="The father's codeine is for back pain and is not a sleeping tablet, so it has no bearing on the "
           "baby's care.",
     ov="The mother's paracetamol and the father's codeine for back pain raise no concern for the baby.")
badp("mirtazapine-no-but-drowsy", MIRTAZAPINE, "sedation coded 'no' beside 'very drowsy after his dose' (MA127)",
     sed="no",
     cap="The father takes mirtazapine 30 mg at night and is very drowsy and hard to wake after his dose.",
     ss="He does no night feeds after his dose and never shares a bed or sofa with the baby; crib beside the "
        "mother.",
     summary="The baby is not exposed to his mirtazapine.",
     recs="Continue mirtazapine; health visitor checks the crib.",
     concl="The father's mirtazapine leaves him very drowsy at night, so he does no night feeds and never "
           "shares a bed or sofa with the baby; the crib is beside the mother.",
     ov="The mother's paracetamol raises no concern. The father's mirtazapine: no night feeds by him and no bed "
        "or sofa sharing with the baby.")
badp("olanzapine-unknown", OLANZAPINE, "sedation 'unknown', nothing about how it affects him or the baby's sleep",
     sed="unknown",
     cap="The father started olanzapine 10 mg at night last month; not yet known how it affects him.",
     ss="To be reviewed once he has settled on it.",
     summary="The baby is not exposed to the father's olanzapine.",
     recs="Review the father's olanzapine at the 6-week check.",
     concl="The father's olanzapine was started recently and its effect on him is not yet known; it will be "
           "reviewed at the 6-week check. The baby is not exposed.",
     ov="The mother's paracetamol raises no concern. The father's olanzapine is new and will be reviewed at "
        "the 6-week check.")
badp("gabapentin-driving", GABAPENTIN, "safe-sleep box about driving and alcohol",
     sed="yes",
     cap="The father takes gabapentin 600 mg three times a day; drowsy through the day.",
     ss="Advised not to drive if drowsy and to avoid alcohol with gabapentin.",
     summary="The baby is not exposed to his gabapentin.",
     recs="Continue gabapentin; do not stop suddenly; no driving if drowsy.",
     concl="The father's gabapentin continues; he will not drive if drowsy and will avoid alcohol; the baby "
           "is not exposed to it.",
     ov="The mother's paracetamol raises no concern; the father's gabapentin continues with advice about "
        "driving and alcohol.")
badp("amitriptyline-low-dose-no-issue", AMITRIPTYLINE, "dismissed as 'low dose, no issue'",
     sed="yes",
     cap="The father takes amitriptyline 20 mg at night for migraine.",
     ss="Low dose only, so no issue.",
     summary="The baby is not exposed to his amitriptyline.",
     recs="Continue amitriptyline for migraine prevention.",
     concl="The father's amitriptyline is at a low migraine dose, so it is no issue for the baby or his care.",
     ov="The mother's paracetamol and the father's low-dose amitriptyline raise no issue for the baby.")
badp("phenergan-leaflet", PHENERGAN, "'Leaflet given.' as the safe-sleep answer for promethazine",
     sed="yes",
     cap="Father takes Phenergan 25 mg when he cannot sleep; groggy the next morning.",
     ss="Leaflet given.",
     summary="The baby is not exposed to the father's promethazine.",
     recs="Leaflet given; GP to review.",
     concl="The father's promethazine was discussed and a leaflet was given; the baby is not exposed to it.",
     ov="The mother's paracetamol raises no concern; the father's promethazine was discussed and a leaflet "
        "given.")
badp("methadone-drug-service-aware", METHADONE, "'Drug service aware.' as the safe-sleep answer",
     sed="yes",
     cap="The father takes methadone 40 mg each morning, supervised; drowsy for hours after the dose.",
     ss="Drug service aware.",
     summary="The baby is not exposed to the father's methadone.",
     recs="Drug service aware of the baby's birth.",
     concl="The father's methadone continues under the drug service, who are aware of the birth; the baby is "
           "not exposed to it.",
     ov="The mother's paracetamol raises no concern; the father's methadone continues under the drug service.")
badp("diazepam-as-advised", DIAZEPAM, "'As advised.' as the safe-sleep answer",
     sed="yes",
     cap="The father takes diazepam 5 mg at night; sleeps heavily.",
     ss="As advised.",
     summary="The baby is not exposed to the father's diazepam.",
     recs="As advised by his GP.",
     concl="The father's diazepam continues as advised by his GP; the baby is not exposed to his medicine.",
     ov="The mother's paracetamol raises no concern; the father's diazepam continues as advised.")
add("f5-bad-partner-buprenorphine-advice-not-given", "bad-partner", REFUSE, P, chain(
    partner(SUBUTEX, sed="yes",
            cap="The father takes Subutex 12 mg each morning; drowsy for an hour or two after it.",
            ss="No napping with the baby on a sofa or bed after his dose; crib on the mother's side at night.",
            summary="The baby is not exposed; the risk is a drowsy adult sleeping with the baby.",
            recs="Do not stop buprenorphine abruptly; drug service to tell the health visitor of changes.",
            concl="The father's buprenorphine makes him drowsy after the morning dose, so no napping with the "
                  "baby on a sofa or bed; the crib stays on the mother's side.",
            ov="The mother's paracetamol raises no concern. The father's buprenorphine: no napping with the "
               "baby on a sofa or bed after his dose."),
    set_("safeguarding.safe_sleep_advice_given", False)),
    "the record says safe sleep advice was NOT given, with a partner on buprenorphine (MA126)")
add("f5-bad-partner-pregabalin-advice-not-given", "bad-partner", REFUSE, P, chain(
    partner(PREGABALIN, sed="yes",
            cap="Dad takes pregabalin 75 mg in the morning; drowsy mid-morning.",
            ss="No dozing with the baby on the sofa or bed mid-morning; crib by mum at night.",
            summary="Baby not exposed; risk is dad falling asleep holding the baby.",
            recs="Do not stop pregabalin suddenly; GP reviews dose.",
            concl="Dad's pregabalin makes him drowsy mid-morning: no dozing with the baby on the sofa or bed; "
                  "crib by mum at night.",
            ov="Mum on paracetamol. Dad's pregabalin: no dozing with the baby mid-morning; crib by mum."),
    set_("safeguarding.safe_sleep_advice_given", False)),
    "safe sleep advice recorded as not given with a partner on pregabalin (MA126)")

# ============================================================================================================
# Overall conclusions.

def okov(name: str, base: str, text: str, why: str) -> None:
    add(f"f5-ok-overall-{name}", "ok-overall", PASS, base, overall(text), why)


def badov(name: str, base: str, text: str, why: str) -> None:
    add(f"f5-bad-overall-{name}", "bad-overall", REFUSE, base, overall(text), why)


okov("methadone-sertraline-synthesis", M,
     "Two medicines, one plan for the baby: methadone 60 mg and sertraline 100 mg both continue. After birth the "
     "baby stays at least 72 hours for withdrawal scoring, which also covers the milder sertraline adaptation "
     "signs; breastfeeding is encouraged on both. Because methadone makes her drowsy after each dose, the baby "
     "sleeps in the cot in the parents' room and never in their bed or on the sofa.",
     "synthesises both assessments into one plan")
okov("methadone-sertraline-short", M,
     "Continue methadone and sertraline. Baby: 72 h withdrawal observation on the postnatal ward, breastfeeding "
     "supported, cot not bed (methadone drowsiness).", "short but complete overall conclusion")
okov("foster-synthesis", F,
     "The mother's diazepam and pregabalin continue unchanged for now, with a slow diazepam reduction to be "
     "agreed at 6 weeks. The baby was observed for withdrawal for 5 days and may still show late signs until "
     "day 8. In the placement the foster carer does the night feeds and the baby sleeps in the cot in her room, "
     "because the mother is too sedated to share a bed or sofa with the baby or feed lying down.",
     "foster placement overall conclusion naming both medicines and the placement plan")
okov("partner-synthesis", P,
     "Only the father's medicine bears on the baby: his quetiapine 300 mg at night leaves him hard to wake, so "
     "he does no night feeds and never shares a bed, sofa or armchair with the baby. The mother's paracetamol "
     "is of no concern. The baby sleeps in the next-to-me crib on the mother's side, checked by the health "
     "visitor.", "partner overall conclusion, the mother's medicine also named")
okov("lithium-synthesis", L,
     "Lithium (Priadel) 800 mg continues because relapse after birth, including postpartum psychosis, is the "
     "greater danger. Levels monthly, weekly from 36 weeks and within 24 hours of delivery; the baby has a "
     "paediatric review after birth for floppiness, poor feeding and thyroid effects; bottle feeding agreed as "
     "breastfeeding is not advised on lithium.", "lithium overall conclusion with levels and the baby's plan")
okov("valproate-synthesis", V,
     "Sodium valproate continues unchanged until the urgent neurology review, as stopping suddenly risks "
     "seizures. The baby was exposed in the first trimester: fetal medicine review and a detailed anomaly scan "
     "have been requested, and folic acid 5 mg started. The annual risk acknowledgement form is on file.",
     "valproate overall conclusion with specialist and scan plans")

badov("see-individual", M, "See individual assessments.", "pointer only")
badov("as-above", F, "As above.", "pointer only")
badov("see-individual-named", F, "See the individual assessments for diazepam and pregabalin above.",
      "pointer that names the medicines and says nothing")
badov("lists-medicines", M,
      "Methadone 1mg/ml oral solution 60 mg once daily (supervised); sertraline 50mg tablets, 100 mg once daily.",
      "only lists the medicines and doses")
badov("lists-medicines-foster", F,
      "Current medicines: diazepam 5 mg three times a day; pregabalin 150 mg twice a day.",
      "only lists the medicines")
badov("copies-methadone", M, conclusion_of(M, "asm-methadone"),
      "the methadone assessment's conclusion copied as the overall conclusion; sertraline left out")
badov("every-family", L,
      "All babies should sleep on their back in a cot in the parents' room for the first six months; parents "
      "should not smoke, should feed responsively and should attend every health visitor check.",
      "advice for every family; lithium never named")
badov("every-pregnancy", V,
      "Every woman taking medicines in pregnancy should discuss them with her GP or midwife, take folic acid and "
      "attend her antenatal appointments.", "advice for every pregnancy; valproate never named")
badov("lithium-see-assessment", L, "Lithium: please see assessment above for details.", "pointer naming lithium")
badov("partner-as-per", P, "Quetiapine (father) and paracetamol (mother): as per assessments.",
      "names the medicines, concludes nothing")

# ============================================================================================================
# Postnatal specifics: foster, kinship, SCBU and the neonatal unit, discharge "other", safe sleep recorded.

def okpn(name: str, base: str, mutate: Mutation, why: str) -> None:
    add(f"f5-ok-postnatal-{name}", "ok-postnatal", PASS, base, mutate, why)


def badpn(name: str, base: str, mutate: Mutation, why: str) -> None:
    add(f"f5-bad-postnatal-{name}", "bad-postnatal", REFUSE, base, mutate, why)


okpn("scbu-admission", F, chain(
    set_("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan",
         "Admitted to SCBU on day 2 with tremor and poor feeding; withdrawal scores settled without morphine and "
         "she returned to the postnatal ward on day 5. The foster carer and health visitor watch for late signs "
         "until day 8 and call the neonatal unit for feeding problems or inconsolable crying."),
    overall("Diazepam and pregabalin continue for now, with a slow diazepam reduction planned. The baby needed "
            "SCBU for withdrawal on days 2 to 5 and may still show late signs until day 8. The mother is "
            "sedated: no bed, sofa or armchair sharing and no feeding lying down; the foster carer does the "
            "night feeds and the cot is in her room.")),
    "baby's SCBU stay for withdrawal recorded in the plan and the overall conclusion")
okpn("nnu-then-placement", F, chain(
    set_("safeguarding.discharge_to", "other"),
    set_("safeguarding.discharge_details",
         "Baby stays on the neonatal unit at Millbrook General for feeding support, then goes with her mother "
         "to the parent-and-baby foster placement with Sandra Hollis (Brightwater Fostering)."),
    set_("safeguarding.sleeping_arrangements",
         "On the neonatal unit, an incubator then a cot; in the placement, a cot in the foster carer's bedroom, "
         "seen by the health visitor on 2026-06-13.")),
    "discharge 'other' with the neonatal unit and the placement named")
okpn("kinship-aunt", F, chain(
    set_("safeguarding.discharge_to", "kinship-carer"),
    set_("safeguarding.sleeping_arrangements",
         "Cot in the maternal aunt's bedroom at her home; the aunt, approved as a kinship foster carer, does the "
         "night feeds. Seen by the health visitor on 2026-06-13."),
    overall("Diazepam and pregabalin continue for now, with a slow diazepam reduction planned. The baby may "
            "show late withdrawal until day 8. The mother is sedated by her medicines: she never shares a bed, "
            "sofa or armchair with the baby and does not feed lying down; in the kinship placement the aunt "
            "does the night feeds and the cot is in her room.")),
    "kinship placement with the aunt, sleeping place and night care stated")
okpn("other-grandmother", P, chain(
    set_("safeguarding.discharge_to", "other"),
    set_("safeguarding.discharge_details",
         "Mother and baby staying with the maternal grandmother at her home in Millbrook for the first month; "
         "the father visits by day and does not stay overnight."),
    set_("safeguarding.sleeping_arrangements",
         "Next-to-me crib beside the mother's bed at the grandmother's house; seen by the health visitor on "
         "2026-05-28.")),
    "discharge 'other' with the place and people named")
okpn("real-arrangements-cot-room", P, set_(
    "safeguarding.sleeping_arrangements",
    "Cot against the mother's side of the bed in the main bedroom, firm flat mattress, no pillows or bumpers; "
    "the father sleeps on the far side. Seen by the health visitor on 2026-05-28."),
    "sleeping arrangements described in full")
okpn("foster-carer-only", F, chain(
    set_("safeguarding.discharge_to", "foster-carer"),
    set_("safeguarding.sleeping_arrangements",
         "Cot in the foster carer's bedroom; the mother has supervised contact in the day and no overnight "
         "care. Seen by the health visitor on 2026-06-13."),
    overall("The mother's diazepam and pregabalin continue, with a slow diazepam reduction planned. The baby "
            "is placed with a foster carer; she may show late withdrawal signs until day 8. During contact the "
            "mother is drowsy from her medicines, so she must never fall asleep with the baby on a sofa, bed or "
            "armchair, and the foster carer does all night care with the cot in her room.")),
    "baby placed with a foster carer alone; contact and sleep planned")

badpn("other-no-place", F, set_("safeguarding.discharge_to", "other"),
      "discharge 'other' with no place or carer recorded (MA128)")
badpn("other-tbc", F, chain(set_("safeguarding.discharge_to", "other"), set_("safeguarding.discharge_details", "TBC")),
      "discharge 'other', details 'TBC' (MA128)")
badpn("other-see-notes", P,
      chain(set_("safeguarding.discharge_to", "other"), set_("safeguarding.discharge_details", "See notes.")),
      "discharge 'other', details 'See notes.' (MA128)")
badpn("foster-advice-not-given", F, set_("safeguarding.safe_sleep_advice_given", False),
      "sedated mother in a foster placement and safe sleep advice recorded as not given (MA126)")
badpn("partner-advice-not-given", P, set_("safeguarding.safe_sleep_advice_given", False),
      "father on quetiapine and safe sleep advice recorded as not given (MA126)")
badpn("foster-safe-sleep-as-advised", F, chain(
    set_("assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep", "As advised."),
    set_("safeguarding.sleeping_arrangements", "Cot.")),
    "the sedated mother's safe-sleep box 'As advised.' and arrangements 'Cot.' (MA125)")
badpn("partner-safe-sleep-cot", P, chain(
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Cot."),
    set_("safeguarding.sleeping_arrangements", "As advised.")),
    "the father's safe-sleep box only 'Cot.' (MA125)")

# ============================================================================================================
# Antenatal teratogens (the valproate record: 8 weeks, unplanned) and lithium with levels.

def teratogen(med: Record | None, *, ov: str, **texts: str) -> Mutation:
    steps = [] if med is None else [replace_medicine("med-valproate", med)]
    return chain(*steps, whole(VA, **texts), overall(ov))


def okt(name: str, med: Record | None, why: str, **kw: str) -> None:
    add(f"f5-ok-teratogen-{name}", "ok-teratogen", PASS, V, teratogen(med, **kw), why)


def badt(name: str, med: Record | None, why: str, **kw: str) -> None:
    add(f"f5-bad-teratogen-{name}", "bad-teratogen", REFUSE, V, teratogen(med, **kw), why)


CSS = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
TOPIRAMATE = medicine("med-topiramate", "Topiramate 100mg tablets", "100 mg twice a day", "2020-04-06",
                      other_prescriber({"ods_code": "Y90720", "name": "Castleford Royal Neurology Department"}),
                      last_changed="2024-03-11")
METHOTREXATE = medicine("med-methotrexate", "Methotrexate 2.5mg tablets", "15 mg once a week on Mondays",
                        "2022-01-10", other_prescriber(RHEUMATOLOGY), last_changed="2024-03-11")
MYCOPHENOLATE = medicine("med-mycophenolate", "CellCept 500mg tablets (mycophenolate mofetil)",
                         "1 g twice a day", "2021-06-14", other_prescriber(RENAL), last_changed="2024-03-11")
WARFARIN = medicine("med-warfarin", "Warfarin 3mg tablets", "Dose by INR, currently 5 mg daily", "2018-02-19",
                    other_prescriber(ANTICOAG), last_changed="2024-03-11")
ISOTRETINOIN = medicine("med-isotretinoin", "Isotretinoin 20mg capsules", "20 mg once daily", "2026-01-12",
                        other_prescriber(DERMATOLOGY), stopped="2026-05-14")

okt("valproate-ppp-scan", None, "valproate with ARAF, neurology, fetal medicine and anomaly scan",
    sed="no",
    cap="Juvenile myoclonic epilepsy, seizure-free for two years on valproate. She has signed the annual risk "
        "acknowledgement form under the valproate pregnancy prevention programme (last 2025-11-04); this "
        "pregnancy was unplanned after a missed pill.",
    ss="Not sedating. If seizures return she is not to bath the baby alone or sleep with the baby in her bed.",
    summary="First-trimester valproate exposure: about 1 in 10 babies have a major malformation (including "
            "spina bifida) and up to 4 in 10 later developmental difficulties.",
    bf="Breastfeeding is usually possible on valproate; the plan will be confirmed by the neurologist.",
    recs="Do not stop valproate suddenly. Urgent epilepsy specialist review within 2 weeks to consider a "
         "switch; fetal medicine referral; detailed anomaly scan at 18 to 20 weeks; folic acid 5 mg daily.",
    concl="Valproate continues until the epilepsy specialist reviews it within 2 weeks, because stopping "
          "suddenly risks seizures. The unborn baby has been exposed in the first trimester: fetal medicine "
          "referral and a detailed anomaly scan at 18 to 20 weeks are booked, folic acid 5 mg started.",
    ov="Unplanned pregnancy at 8 weeks on valproate under the pregnancy prevention programme (risk form signed "
       "2025-11-04). Valproate continues pending specialist review in 2 weeks; fetal medicine and a detailed "
       "anomaly scan for the baby; folic acid 5 mg daily.")
okt("topiramate-epilepsy", TOPIRAMATE, "topiramate with the pregnancy prevention programme, specialist and scan",
    sed="no",
    cap="Focal epilepsy controlled on topiramate 100 mg twice daily; last seizure 2023. Topiramate pregnancy "
        "prevention programme: risk acknowledgement form signed with the neurologist in 2025.",
    ss="Topiramate is not sedating for her at this dose; safe sleep advice given.",
    summary="Topiramate in the first trimester raises the risk of cleft lip and palate and of the baby being "
            "small for dates, and may affect neurodevelopment. She is 8 weeks pregnant.",
    bf="Breastfeeding is possible on topiramate with the baby watched for drowsiness and poor feeding; to be "
       "confirmed by the neurologist.",
    recs="Do not stop topiramate abruptly. Urgent neurology review; fetal medicine referral and detailed "
         "anomaly scan with a look at the face and lip; folic acid 5 mg; growth scans in the third trimester.",
    concl="Topiramate continues until the urgent neurology review. The unborn baby is at risk of cleft lip and "
          "palate and poor growth: fetal medicine referral, a detailed anomaly scan and growth scans planned; "
          "folic acid 5 mg started.",
    ov="Unplanned pregnancy at 8 weeks on topiramate under the pregnancy prevention programme. Topiramate "
       "continues pending urgent neurology review; detailed anomaly and growth scans for the baby; folic acid "
       "5 mg daily.")
okt("methotrexate-stopped", METHOTREXATE, "methotrexate stopped at once, folic acid, rheumatology, fetal medicine",
    sed="no",
    cap="Rheumatoid arthritis on methotrexate 15 mg weekly; unplanned pregnancy found at 8 weeks. Well "
        "otherwise; not sedated by methotrexate.",
    ss="Not sedating; safe sleep advice to be given by the midwife later in pregnancy.",
    summary="Methotrexate in the first trimester can cause miscarriage and malformations of the skull, face, "
            "limbs and heart. The last dose was taken 3 days ago.",
    bf="Methotrexate is not advised while breastfeeding; the rheumatologist will choose a compatible medicine "
       "before the birth.",
    recs="Stop methotrexate now (no taper needed). Folic acid 5 mg daily. Urgent rheumatology review to start "
         "a pregnancy-compatible medicine such as hydroxychloroquine. Urgent fetal medicine referral and "
         "detailed anomaly scan.",
    concl="Methotrexate stopped today because of the risk of malformation and miscarriage for the unborn "
          "baby; folic acid 5 mg started; urgent rheumatology review for a safer medicine and fetal medicine "
          "referral for a detailed scan.",
    ov="Unplanned pregnancy at 8 weeks on methotrexate: stopped today, folic acid 5 mg started. The baby needs "
       "fetal medicine review and a detailed anomaly scan; rheumatology to switch to a pregnancy-compatible "
       "medicine.")
okt("mycophenolate-switch", MYCOPHENOLATE, "mycophenolate switched under the transplant team, scan planned",
    sed="no",
    cap="Kidney transplant 2021, stable on CellCept (mycophenolate mofetil) 1 g twice daily, with tacrolimus. "
        "She took part in the mycophenolate pregnancy prevention counselling but conceived unexpectedly.",
    ss="Not sedating.",
    summary="Mycophenolate in pregnancy causes miscarriage in about half and malformations (ear, face, lip, "
            "heart) in about a quarter of exposed pregnancies.",
    bf="Mycophenolate is not advised while breastfeeding; the transplant team will advise before the birth.",
    recs="Do not simply stop: transplant team to switch to azathioprine this week to protect the kidney. "
         "Urgent fetal medicine referral and detailed anomaly scan. Renal and obstetric joint clinic.",
    concl="Mycophenolate is being switched to azathioprine by the transplant team this week, so the kidney is "
          "protected while the unborn baby's exposure ends; urgent fetal medicine review and a detailed scan "
          "are needed because of the risk of malformation.",
    ov="Unplanned pregnancy at 8 weeks on mycophenolate after a kidney transplant: switch to azathioprine this "
       "week under the transplant team; fetal medicine review and detailed anomaly scan for the baby.")
okt("warfarin-to-lmwh", WARFARIN, "warfarin switched to LMWH, cardiology and obstetric haematology",
    sed="no",
    cap="Mechanical mitral valve replacement; anticoagulated with warfarin. Pregnancy confirmed at 8 weeks.",
    ss="Not sedating.",
    summary="Warfarin between 6 and 12 weeks can cause warfarin embryopathy (nasal and bone abnormalities) and "
            "later bleeding in the baby's brain. She is at 8 weeks, inside the window.",
    bf="Warfarin is compatible with breastfeeding after the birth.",
    recs="Switch today to therapeutic enoxaparin with anti-Xa monitoring, agreed with cardiology and the "
         "obstetric haematology clinic; never leave the valve unanticoagulated. Fetal medicine review and "
         "detailed anomaly scan.",
    concl="Warfarin is switched today to enoxaparin because the unborn baby is in the window for warfarin "
          "embryopathy; the valve stays protected under cardiology and obstetric haematology; fetal medicine "
          "review and a detailed scan for the baby.",
    ov="Pregnancy at 8 weeks with a mechanical valve on warfarin: switched today to enoxaparin with anti-Xa "
       "monitoring; fetal medicine and detailed anomaly scan for the baby; specialist joint care.")
okt("isotretinoin-conceived", ISOTRETINOIN, "conceived on isotretinoin; stopped, dermatology and fetal medicine",
    sed="no",
    cap="Took isotretinoin 20 mg daily for acne under the pregnancy prevention programme; pregnancy test "
        "positive on 2026-05-14 and isotretinoin stopped that day.",
    ss="Not sedating.",
    summary="Isotretinoin is highly teratogenic: exposure in early pregnancy carries a high risk of "
            "malformations of the brain, heart, face and ears.",
    bf="Isotretinoin has been stopped and will not be restarted while breastfeeding.",
    recs="Isotretinoin stopped and not to be restarted. Dermatology informed under the pregnancy prevention "
         "programme. Urgent fetal medicine referral to discuss the risks and a detailed anomaly scan, "
         "including fetal echocardiography.",
    concl="Isotretinoin was stopped on the day the pregnancy was found. The unborn baby was exposed in early "
          "pregnancy, so urgent fetal medicine counselling, a detailed anomaly scan and fetal echocardiography "
          "are arranged.",
    ov="Pregnancy found at 8 weeks while on isotretinoin: stopped the same day; dermatology told under the "
       "pregnancy prevention programme; urgent fetal medicine counselling and detailed scans for the baby.")

badt("topiramate-continues-told", TOPIRAMATE, "topiramate continued with no PPP, specialist or scan plan",
     sed="no",
     cap="Epilepsy on topiramate; well controlled.",
     ss="Not sedating.",
     summary="She has been told about topiramate in pregnancy.",
     bf="Discussed.",
     recs="Continue topiramate. Risks discussed.",
     concl="Topiramate continues as her epilepsy is well controlled; she has been told about the risks in "
           "pregnancy.",
     ov="Topiramate continues for her epilepsy; risks discussed with her.")
badt("valproate-no-plan", None, "valproate continued, no specialist, PPP or scan plan",
     sed="no",
     cap="Epilepsy on valproate; seizure-free.",
     ss="Not sedating.",
     summary="First-trimester valproate exposure.",
     bf="Possible on valproate.",
     recs="Continue valproate at the same dose; GP review in 3 months.",
     concl="Valproate continues at the same dose because she is seizure-free; GP review in three months.",
     ov="Valproate continues at the same dose; GP review in three months.")
badt("methotrexate-rheum-aware", METHOTREXATE, "methotrexate continued, 'rheumatology aware'",
     sed="no",
     cap="Rheumatoid arthritis on methotrexate 15 mg weekly.",
     ss="Not sedating.",
     summary="Rheumatology aware of the pregnancy.",
     bf="Rheumatology aware.",
     recs="Rheumatology aware.",
     concl="Methotrexate continued for now; rheumatology aware of the pregnancy.",
     ov="Methotrexate continued; rheumatology aware.")
badt("warfarin-inr-only", WARFARIN, "warfarin continued at 8 weeks with only INR monitoring",
     sed="no",
     cap="Mechanical valve on warfarin.",
     ss="Not sedating.",
     summary="INR stable at 3.0.",
     bf="Warfarin compatible with breastfeeding.",
     recs="Continue warfarin; INR every 2 weeks at the anticoagulation clinic.",
     concl="Warfarin continues with INR checks every two weeks at the anticoagulation clinic.",
     ov="Warfarin continues with INR monitoring.")
badt("mycophenolate-not-relevant", MYCOPHENOLATE, "mycophenolate: harm in the womb dismissed",
     sed="no",
     cap="Kidney transplant, stable on CellCept 1 g twice daily.",
     ss="Not sedating.",
     summary="Not relevant.",
     bf="Not relevant.",
     recs="Continue CellCept; transplant clinic as usual.",
     concl="Mycophenolate continues to protect the transplant; no concerns for the pregnancy.",
     ov="Mycophenolate continues; no concerns.")


def oklith(name: str, why: str, *, ov: str, **texts: str) -> None:
    add(f"f5-ok-lithium-{name}", "ok-lithium", PASS, L, chain(whole(LA, **texts), overall(ov)), why)


oklith("levels-terse", "terse lithium plan with levels, hydration, paediatric review",
       sed="no",
       cap="BPAD, well 4 yrs on Li. High PN relapse risk incl. PP psychosis if stopped.",
       ss="Li not sedating at 800mg. SS advice given.",
       summary="1st trimester Li: small ↑ cardiac anomaly risk; fetal echo 20/40 normal. Near term: neonatal "
               "hypotonia, poor feeding, hypothyroidism possible.",
       nwp="Paeds review at birth; PN ward obs for Li toxicity signs; baby Li level + TFTs if signs.",
       bf="BF not advised on Li; bottle feeding agreed.",
       recs="Li levels 4-weekly, weekly from 36/40, within 24h of delivery. Hydrate in labour. Obstetric + "
            "PMHT dose plan around delivery. PMHT review within 1/52 PN.",
       concl="Cont lithium 800mg: PN relapse risk outweighs risk to baby. Levels 4-wkly, wkly from 36/40 and "
             "within 24h of birth. Baby: paeds review, bottle fed.",
       ov="Cont Priadel 800mg nocte with levels 4-wkly then wkly from 36/40 and <24h PN. Baby: paeds review "
          "at birth, bottle feeding. PMHT review within a week PN.")
oklith("levels-plain", "plain-English lithium plan with levels",
       sed="no",
       cap="She has bipolar disorder and has been well for four years on lithium. Stopping it now would make "
           "a serious relapse after the birth much more likely.",
       ss="Lithium does not make her drowsy at this dose. Safe sleep advice has been given.",
       summary="Lithium early in pregnancy slightly raises the chance of a heart problem in the baby; the heart "
               "scan at 20 weeks was normal. Around the birth, lithium can make a baby floppy, sleepy or slow "
               "to feed, and can affect the thyroid.",
       nwp="A children's doctor will check the baby after birth. The baby will stay on the ward to be watched "
           "for floppiness and poor feeding, with blood tests if needed.",
       bf="Breastfeeding is not recommended on lithium because it passes into breast milk. She will bottle feed.",
       recs="Blood lithium levels every 4 weeks, every week from 36 weeks, and within a day of the birth. Drink "
            "plenty, especially in labour. Give birth in hospital. Perinatal mental health team to see her in "
            "the first week.",
       concl="Lithium continues because the risk of her becoming very unwell after the birth is high. Her "
             "levels are checked more often towards the end of pregnancy and the day after the birth. A "
             "children's doctor checks the baby, who will be bottle fed.",
       ov="Lithium (Priadel) continues with extra blood level checks late in pregnancy and the day after "
          "birth. The baby is checked by a children's doctor and bottle fed. The perinatal team sees her in "
          "the first week after the birth.")
add("f5-bad-teratogen-lithium-bare", "bad-teratogen", REFUSE, L, chain(
    whole(LA, sed="no", cap="Bipolar disorder, stable on lithium.", ss="Not sedating.",
          summary="Lithium in pregnancy.", nwp="Routine.", bf="Bottle feeding.",
          recs="Continue lithium at 800 mg.", concl="Lithium continues at 800 mg at night under the GP."),
    overall("Lithium continues at 800 mg at night.")),
    "lithium continued with no levels, no paediatric review and nothing about the baby")


okov("methadone-sertraline-bullets", M,
     "- Methadone 60 mg: continue, drug service alone changes the dose.\n- Sertraline 100 mg: continue.\n"
     "- Baby: at least 72 hours on the postnatal ward with withdrawal scoring, adaptation signs watched too.\n"
     "- Breastfeeding encouraged on both medicines.\n- Sleep: cot in the parents' room, no bed or sofa sharing "
     "after her methadone dose.", "bullet-list overall conclusion covering both medicines")
okov("methadone-sertraline-midwife", M,
     "Mum stays on methadone and sertraline as now. Baby stays on the ward for at least 3 days so we can score "
     "for withdrawal, breastfeeding is encouraged, and because mum is sleepy after her methadone the baby "
     "always goes back in the cot, never in her bed or on the sofa.", "midwife's plain overall conclusion")
okov("foster-terse", F,
     "Diazepam + pregabalin cont, slow diazepam reduction from 6/52. Baby: late NAS signs possible to d8. Mum "
     "sedated: no bed/sofa/armchair sharing, no feeding lying down; foster carer does nights, cot in her room.",
     "terse foster overall conclusion")
okov("partner-terse", P,
     "Mum: paracetamol only, no concern. Dad: quetiapine 300mg nocte, hard to rouse - no night feeds after his "
     "dose, never bed/sofa/armchair with baby. Baby in next-to-me crib on mum's side; HV rechecks.",
     "terse partner overall conclusion")
okov("partner-health-visitor", P,
     "The father's quetiapine is the one medicine here that matters for the baby: it makes him very hard to "
     "wake at night, so the mother does all the night feeds and the baby is never in bed, on a sofa or in an "
     "armchair with him. The mother's paracetamol is of no concern. I saw the crib on her side of the bed.",
     "health visitor's overall conclusion for a partner record")
okov("lithium-psychiatrist", L,
     "On balance lithium should continue: her risk of postpartum psychosis without it is high. Serum levels "
     "four-weekly, weekly from 36 weeks and within 24 hours of delivery, with a dose plan for labour. The "
     "neonatal team reviews the baby at birth for hypotonia, feeding and thyroid effects, and she will bottle "
     "feed since breastfeeding is not advised.", "psychiatrist's lithium overall conclusion")
okov("valproate-gp-plain", V,
     "She is 8 weeks pregnant and takes sodium valproate for epilepsy. She keeps taking it until the epilepsy "
     "specialist sees her urgently, because stopping could bring on seizures. The baby has been exposed to "
     "valproate, so she is referred for fetal medicine review and a detailed scan; folic acid 5 mg started; "
     "risk form (pregnancy prevention programme) signed 2025-11-04.", "GP's plain valproate overall conclusion")
okpn("partner-scbu-baby", P, chain(
    set_("assessments#asm-partner-quetiapine.impact_on_baby.summary",
         "The baby is not exposed to the father's quetiapine. She spent three days on SCBU for jaundice and is "
         "now home; the risk is co-sleeping with a heavily sedated adult."),
    set_("safeguarding.sleeping_arrangements",
         "Home from SCBU on 2026-05-24; next-to-me crib on the mother's side of the bed, seen by the health "
         "visitor on 2026-05-28.")),
    "baby home after SCBU for jaundice; partner's sedation plan unchanged")
okpn("foster-arrangements-detail", F, set_(
    "safeguarding.sleeping_arrangements",
    "Cot with a firm flat mattress in the foster carer's bedroom; the mother sleeps in the room next door and "
    "does no night care. Seen by the health visitor on 2026-06-13."),
    "foster sleeping arrangements described in full")
okpn("parent-and-baby-unit", F, chain(
    set_("safeguarding.discharge_to", "parent-and-baby-unit"),
    set_("safeguarding.sleeping_arrangements",
         "Cot beside the mother's bed in the parent-and-baby unit, with night staff doing the feeds while she "
         "is sedated. Seen by the health visitor on 2026-06-13."),
    overall("Diazepam and pregabalin continue, with a slow diazepam reduction planned. The baby may show late "
            "withdrawal signs until day 8. The mother is sedated: she must not share a bed, sofa or armchair "
            "with the baby or feed lying down; in the parent-and-baby unit night staff do the feeds and the "
            "cot stays beside her bed.")),
    "parent-and-baby unit with night staff and the cot described")
okt("valproate-specialist-switch", None, "valproate with switch plan to lamotrigine under the specialist",
    sed="no",
    cap="Generalised epilepsy, seizure-free two years on valproate; enrolled in the pregnancy prevention "
        "programme (risk acknowledgement form 2025-11-04). Pregnancy unplanned.",
    ss="Not drowsy on valproate. If a seizure happens after the birth, she should feed the baby sitting on the "
       "floor and never sleep with the baby in her bed.",
    summary="The baby has been exposed to valproate in the first trimester: raised risk of spina bifida, heart "
            "and limb malformations and later learning difficulties.",
    bf="Breastfeeding is possible on valproate or lamotrigine; to be confirmed once the plan is settled.",
    recs="Do not stop valproate suddenly. Epilepsy specialist nurse to see her this week and plan a gradual "
         "switch to lamotrigine; fetal medicine referral; detailed anomaly scan at 20 weeks; folic acid 5 mg.",
    concl="Valproate continues until the epilepsy team plans a gradual switch to lamotrigine this week. The "
          "baby has already been exposed, so she has a fetal medicine referral and a detailed anomaly scan "
          "at 20 weeks; folic acid 5 mg started.",
    ov="Unplanned pregnancy on valproate under the pregnancy prevention programme: no sudden stop, gradual "
       "switch to lamotrigine planned by the epilepsy team, fetal medicine and detailed anomaly scan for the "
       "baby, folic acid 5 mg.")
okt("topiramate-migraine-stopped", medicine(
    "med-topiramate", "Topiramate 50mg tablets", "50 mg twice a day for migraine prevention", "2024-09-02",
    gp_prescriber(CSS), last_changed="2025-01-13"),
    "topiramate for migraine, stopped on finding the pregnancy, scan planned",
    sed="no",
    cap="Topiramate was for migraine prevention, not epilepsy, so it can be stopped straight away with no "
        "seizure risk. Enrolled in the topiramate pregnancy prevention programme; pregnancy unplanned.",
    ss="Not sedating.",
    summary="First-trimester topiramate raises the risk of cleft lip and palate and low birth weight for the "
            "baby.",
    bf="Topiramate stopped; no breastfeeding concern from it.",
    recs="Stop topiramate today. Migraine managed with paracetamol; neurology advice if severe. Fetal medicine "
         "referral and detailed anomaly scan; growth scans later in pregnancy. Folic acid 5 mg.",
    concl="Topiramate stopped today because of the risk of cleft lip and palate and poor growth for the baby; "
          "a detailed anomaly scan and growth scans are arranged, and folic acid 5 mg started.",
    ov="Pregnancy at 8 weeks on topiramate for migraine: stopped today; the baby needs a detailed anomaly scan "
       "and growth scans; folic acid 5 mg daily; pregnancy prevention programme noted.")
oklith("levels-midwife", "midwife's lithium plan with level dates",
       sed="no",
       cap="Bipolar, well on lithium 4 years under the perinatal team. Relapse risk after birth is high.",
       ss="Not drowsy on lithium. Safe sleep talked through; cot in the parents' room.",
       summary="Fetal heart scan at 20 weeks normal. Baby may be floppy or slow to feed after birth because of "
               "lithium, and the thyroid can be affected.",
       nwp="Birth plan: paediatrician to check baby after birth; ward observation for floppiness, poor feeding "
           "and sleepiness; baby's lithium level and thyroid tests if any signs.",
       bf="Not breastfeeding on lithium: bottle feeding agreed and formula ready.",
       recs="Lithium levels booked 4-weekly, weekly from 36 weeks (first on 2026-07-29), and within 24 hours of "
            "birth. Birth in hospital with fluids in labour. Perinatal team to visit in week one.",
       concl="Lithium stays at 800 mg with levels every 4 weeks, weekly from 36 weeks and within 24 hours of "
             "birth. Baby checked by the paediatrician and watched on the ward; bottle fed.",
       ov="Lithium continues with the level timetable agreed (4-weekly, weekly from 36 weeks, within 24 hours "
          "of birth). Baby: paediatric check and ward observation; bottle feeding. Perinatal team in week one.")
okp("codeine-short-course-stopped", pmed("med-partner-codeine", "Codeine phosphate 30mg tablets",
                                         "30 mg four times a day for 5 days", stopped="2026-05-10"),
    "partner's short codeine course finished before the birth",
    sed="no",
    cap="The father took codeine for 5 days after a dental extraction and finished it on 10 May 2026; he takes "
        "nothing sedating now.",
    ss="Not sedated now; he shares night feeds. Baby sleeps in the crib on the mother's side, never in a bed "
       "or on a sofa with either parent.",
    summary="Not exposed; the codeine course ended before the birth.",
    recs="If he needs codeine or any strong painkiller again, he does no night feeds while taking it and the "
         "GP tells the health visitor.",
    concl="The father's codeine course finished before the birth, so he is not sedated and shares night feeds; "
          "the baby sleeps in the crib, never in a bed or on a sofa.",
    ov="The mother's paracetamol raises no concern. The father's short codeine course ended before the birth: "
       "not sedated now, shares nights, baby in the crib.")


# ============================================================================================================
# Disguised: the must-refuse styles above, written with look-alike letters and invisible characters.


def _cyr(text: str) -> str:
    return homoglyphs(text, "aeopcx")


def _greek(text: str) -> str:
    return homoglyphs(text, "aoi", variant=1)


def _zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def _shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def _mixed(text: str) -> str:
    return inside_words(homoglyphs(text, "eo"), "\u2060", every=3)


DISGUISES: list[tuple[str, Callable[[str], str]]] = [
    ("cyrillic", _cyr), ("greek", _greek), ("zwsp", _zwsp), ("soft-hyphen", _shy), ("fullwidth", full_width),
    ("mixed", _mixed),
]


def bad_d(name: str, base: str, mutate: Mutation, why: str) -> None:
    add(f"f5-bad-disguised-{name}", "bad-disguised", REFUSE, base, mutate, why)


for _dname, _fn in DISGUISES:
    bad_d(f"{_dname}-see-individual", M, overall(_fn("See individual assessments.")),
          f"overall conclusion 'See individual assessments.' disguised ({_dname})")
    bad_d(f"{_dname}-gp-manages", P, partner(
        DIAZEPAM, sed="yes", cap=_fn("Father takes diazepam 5 mg at night; his own GP prescribes it."),
        ss=_fn("His GP manages it."), summary=_fn("The baby is not exposed to the father's diazepam."),
        recs=_fn("No action for the maternity team; his GP manages his diazepam."),
        concl=_fn("The father's diazepam is prescribed and managed by his own GP, so there is no action for "
                  "the baby's team."),
        ov=_fn("The mother's paracetamol raises no concern and the father's diazepam is managed by his GP.")),
        f"partner diazepam dismissed as 'his GP manages it', disguised ({_dname})")
    bad_d(f"{_dname}-other-tbc", F, chain(set_("safeguarding.discharge_to", "other"),
                                          set_("safeguarding.discharge_details", _fn("TBC"))),
          f"discharge 'other' with 'TBC' disguised ({_dname})")

bad_d("cyrillic-drowsy-coded-no", P, partner(
    MIRTAZAPINE, sed="no",
    cap=_cyr("The father takes mirtazapine 30 mg at night and is very drowsy and hard to wake after his dose."),
    ss="He does no night feeds after his dose and never shares a bed or sofa with the baby; crib beside the "
       "mother.",
    summary="The baby is not exposed to his mirtazapine.",
    recs="Continue mirtazapine; health visitor checks the crib.",
    concl="The father's mirtazapine: no night feeds after his dose and no bed or sofa sharing with the baby; "
          "the crib stays beside the mother.",
    ov="The mother's paracetamol raises no concern. The father's mirtazapine: no night feeds by him after his "
       "dose and no bed or sofa sharing with the baby."),
    "sedation coded 'no' beside 'very drowsy and hard to wake' in Cyrillic look-alikes (MA127)")
bad_d("greek-leaflet", P, partner(
    PHENERGAN, sed="yes", cap="Father takes Phenergan 25 mg when he cannot sleep; groggy the next morning.",
    ss=_greek("Leaflet given."), summary="The baby is not exposed to the father's promethazine.",
    recs="Leaflet given; GP to review.",
    concl="The father's promethazine was discussed and a leaflet was given; the baby is not exposed to it.",
    ov="The mother's paracetamol raises no concern; the father's promethazine was discussed."),
    "'Leaflet given.' as the safe-sleep answer in Greek look-alikes (MA125)")
bad_d("fullwidth-not-breastfeeding", P, partner(
    OLANZAPINE, sed="yes", cap="The father takes olanzapine 10 mg at night; drowsy after it.",
    ss=full_width("Not relevant as he is not breastfeeding."),
    summary="The baby is not exposed to the father's olanzapine.", recs="Continue olanzapine.",
    concl=full_width("The father's olanzapine continues; it does not reach the baby, so nothing further."),
    ov="The mother's paracetamol raises no concern; the father's olanzapine does not reach the baby."),
    "partner sedation dismissed with a fake reason, full-width letters (MA123)")
bad_d("zwsp-topiramate-told", V, teratogen(
    TOPIRAMATE, sed="no", cap="Epilepsy on topiramate; well controlled.", ss="Not sedating.",
    summary=_zwsp("She has been told about topiramate in pregnancy."), bf="Discussed.",
    recs=_zwsp("Continue topiramate. Risks discussed."),
    concl=_zwsp("Topiramate continues as her epilepsy is well controlled; she has been told about the risks."),
    ov=_zwsp("Topiramate continues for her epilepsy; risks discussed with her.")),
    "topiramate continued with no plan for the unborn baby, zero-width spaces inside words")
bad_d("soft-hyphen-downstairs", P, partner(
    ZOPICLONE, sed="yes", cap="Father takes zopiclone 7.5 mg some nights.", ss=_shy("He sleeps downstairs anyway."),
    summary="The baby is not exposed to the father's zopiclone.", recs="Continue zopiclone.",
    concl=_shy("The father's zopiclone is not a concern for the baby because he sleeps downstairs anyway."),
    ov=_shy("The mother's paracetamol and the father's zopiclone raise no concern for the baby.")),
    "'he sleeps downstairs anyway' with soft hyphens")


def _check_disguises_change_text() -> None:
    for _name, fn in DISGUISES:
        assert fn("His GP manages it") != "His GP manages it", _name


_check_disguises_change_text()


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F5CASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:16} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':16} refuse {sum(c.expect == REFUSE for c in F5CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F5CASES):3}")
