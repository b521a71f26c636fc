"""A second red-team corpus for the share gate (issue 9): HOLLOW records the first corpus did not try.

Written by thinking like someone who wants a hollow record past the gate. Every case is one small mutation of
a shipped pass example (examples/pass/*.json) with ONE defect, or (``PASS``) a near miss beside a family that a
careful clinician could write and that must not be refused. Nothing here rewords cases.py: the phrasings,
disguises, names, routes and dates are new.

``test_hollow_records.py`` runs them; the cases the gate gets wrong today are listed there (xfail, strict).
Run ``python -m tests.redteam.hollow_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.redteam.cases import (
    CASTLE_STREET,
    MILLBROOK,
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
    Record,
    V,
    add_medicine,
    chain,
    conclusion,
    conclusion_of,
    delete,
    gp_prescriber,
    medicine,
    overall,
    overall_of,
    set_,
)

HCASES: list[Case] = []

CATEGORIES = (
    "process-statement",
    "circular",
    "deferral-new",
    "dismissal-new",
    "padding",
    "wrong-medicine",
    "repetition-new",
    "filler-language",
    "disguise-new",
    "names-brand",
    "names-misspelt",
    "names-split-salt-combo",
    "names-unlisted",
    "routes-new",
    "attribution-new",
    "dates-new",
    "identities-new",
    "unanswered-new",
    "partner-sedation",
    "items-hollow",
    "copy-paste-new",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    HCASES.append(Case(name, category, expect, base, mutate, why))


MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
LC = conclusion_of(L, "asm-lithium")
VC = conclusion_of(V, "asm-valproate")
FC = conclusion_of(F, "asm-diazepam-pregabalin")
PC = conclusion_of(P, "asm-partner-quetiapine")
CC = conclusion_of(C, "asm-citalopram")
MO, LO, VO, FO, PO, CO = (overall_of(s) for s in (M, L, V, F, P, C))


def meth(text: str) -> Mutation:
    return conclusion("asm-methadone", text)


def sert(text: str) -> Mutation:
    return conclusion("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return conclusion("asm-lithium", text)


def valp(text: str) -> Mutation:
    return conclusion("asm-valproate", text)


def dzpg(text: str) -> Mutation:
    return conclusion("asm-diazepam-pregabalin", text)


def quet(text: str) -> Mutation:
    return conclusion("asm-partner-quetiapine", text)


def cital(text: str) -> Mutation:
    return conclusion("asm-citalopram", text)


# ============================================================================================================
# process-statement: says a process happened (MDT, counselling, leaflets, EMIS) and concludes nothing.

add("proc-methadone-plan-as-per-mdt", "process-statement", REFUSE, M,
    meth("Methadone: plan for mother and baby as per MDT. Baby's needs fully considered by the multidisciplinary team."),
    "'as per MDT' is a pointer to a meeting whose outcome is never written")
add("proc-sertraline-mdt-outcome-communicated", "process-statement", REFUSE, M,
    sert("Sertraline: MDT outcome communicated to the mother; baby's plan agreed in principle by all parties."),
    "an outcome was communicated; what it was is not said")
add("proc-methadone-patient-aware-of-risks", "process-statement", REFUSE, M,
    meth("Methadone: mother made aware of risks to her baby, leaflet provided, safety-netting advice given, "
         "she verbalised understanding."),
    "'patient aware of risks': which risks, and what happens, is never written")
add("proc-lithium-counselled-shared-decision", "process-statement", REFUSE, L,
    lith("Lithium: counselled thoroughly about risks to the baby; shared decision-making undertaken; she consents "
         "to the plan."),
    "counselling and consent about an unwritten plan")
add("proc-valproate-gp-to-review", "process-statement", REFUSE, V,
    valp("Valproate: fetal risks acknowledged by the mother. GP to review."),
    "'GP to review' with nothing concluded about the exposed fetus")
add("proc-valproate-safety-netted", "process-statement", REFUSE, V,
    valp("Valproate and the unborn baby: safety-netted, red flags explained, she knows how to seek help."),
    "safety-netting language without the risk or the plan")
add("proc-dzpg-discussed-at-length", "process-statement", REFUSE, F,
    dzpg("Diazepam and pregabalin: the baby's safety was explored at length with mum and the foster carer; all "
         "questions answered to their satisfaction."),
    "a long conversation, no content")
add("proc-citalopram-counselled-documented", "process-statement", REFUSE, C,
    cital("Citalopram: baby considered, mother counselled, shared plan made and documented contemporaneously."),
    "process words only")
add("proc-methadone-see-emis-consultation", "process-statement", REFUSE, M,
    meth("Methadone: baby plan - see EMIS consultation of 02/03."),
    "'see EMIS consultation'")
add("proc-sertraline-see-systmone-journal", "process-statement", REFUSE, M,
    sert("Sertraline: baby plan is in the SystmOne journal (tabbed journal, 02/03/2026, Dr Shah)."),
    "a pointer into SystmOne written without the word 'see'")
add("proc-lithium-refer-perinatal-team-assessment", "process-statement", REFUSE, L,
    lith("Lithium: the perinatal team's assessment of the baby's risk stands and should be followed by everyone."),
    "'refer to the perinatal team's assessment' without a pointer verb")
add("proc-methadone-managed-per-local-policy", "process-statement", REFUSE, M,
    meth("Methadone: baby to be managed according to local policy and the trust's neonatal pathway."),
    "a policy named instead of a plan")
add("proc-sertraline-relevant-professionals", "process-statement", REFUSE, M,
    sert("Sertraline: the baby will be managed appropriately by the relevant professionals involved in her care."),
    "who and what are both missing")
add("proc-dzpg-per-strategy-meeting", "process-statement", REFUSE, F,
    dzpg("Diazepam and pregabalin: baby's plan per the safeguarding strategy meeting held on the ward."),
    "'per' a meeting: a pointer whose noun is not 'letter'")
add("proc-quetiapine-per-hv", "process-statement", REFUSE, P,
    quet("Quetiapine (father): baby plan per health visiting team, leaflets given, both parents engaged."),
    "the father's sedation is never concluded")
add("proc-overall-methadone-sertraline-mdt-minutes", "process-statement", REFUSE, M,
    overall("Methadone and sertraline: multi-agency meeting held, outcome shared with parents, baby's plan in "
            "the MDT minutes circulated by the chair."),
    "overall: an MDT outcome held elsewhere")
add("proc-overall-lithium-psychiatry-plan-followed", "process-statement", REFUSE, L,
    overall("Lithium: psychiatry's plan for the baby to be followed by all professionals; psychiatry holds the plan."),
    "overall: the plan lives with psychiatry")

add("proc-near-miss-mdt-with-plan", "process-statement", PASS, M,
    meth("Agreed at the MDT on 28/02: methadone 60 mg daily continues unchanged. The baby is likely to need "
         "observation for neonatal withdrawal for at least 72 hours; breastfeeding is encouraged. She is drowsy "
         "after each dose, so no co-sleeping and the cot is checked at the first home visit."),
    "an MDT named as the source of a plan that is written out")
add("proc-near-miss-gp-to-review-inside-plan", "process-statement", PASS, V,
    valp("Valproate continues unchanged until the urgent neurology review, because stopping suddenly risks "
         "seizures. The baby was exposed in the first trimester, so a fetal medicine scan is requested and folic "
         "acid 5 mg started. GP to review at 12 weeks with the neurology plan."),
    "'GP to review' at the end of a real conclusion")

# ============================================================================================================
# circular: restates the question or the medicine as its own answer.

add("circ-methadone-conclusion-is-as-concluded", "circular", REFUSE, M,
    meth("Methadone conclusion for the baby: the conclusion reached for the baby regarding methadone is the "
         "conclusion stated here."),
    "self-referential")
add("circ-sertraline-risk-is-its-risk", "circular", REFUSE, M,
    sert("Sertraline: the risk to the baby from sertraline is the risk that sertraline carries for a baby."),
    "tautology")
add("circ-lithium-assessed-effect-on-baby", "circular", REFUSE, L,
    lith("Lithium has been assessed for its effect on the baby, and its effect on the baby has been assessed."),
    "chiasmus with no content")
add("circ-valproate-risk-where-risk", "circular", REFUSE, V,
    valp("Valproate: where there is a risk to the baby the risk will be managed, and where there is none it will "
         "not be."),
    "a conditional that decides nothing")
add("circ-dzpg-baby-plan-is-baby-plan", "circular", REFUSE, F,
    dzpg("Diazepam and pregabalin: the baby plan is the plan for the baby in the placement, as planned."),
    "plan, plan, planned")
add("circ-quetiapine-father-medicine-father", "circular", REFUSE, P,
    quet("Quetiapine is the father's medicine and the father takes it as the father's medicine around the baby."),
    "restates who takes it")
add("circ-methadone-continue-current-management", "circular", REFUSE, M,
    meth("Methadone: continue current management of mother and baby; baby plan unchanged from last time."),
    "'continue current management' when no management is written anywhere")
add("circ-citalopram-appropriate-for-baby", "circular", REFUSE, C,
    cital("Citalopram is appropriate or inappropriate for the baby depending on the circumstances of the baby."),
    "both ways at once")

add("circ-near-miss-restates-then-decides", "circular", PASS, C,
    cital("The question was whether citalopram is safe to continue for the baby: it is. The risk of relapse "
          "outweighs the small risk of neonatal adaptation symptoms, which the midwife will watch for in the first "
          "48 hours; breastfeeding is supported."),
    "restates the question, then answers it")

# ============================================================================================================
# deferral-new: the conclusion is elsewhere, in phrasings the lexicon may not hold.

add("defer-plan-as-previously-documented", "deferral-new", REFUSE, L,
    lith("Lithium: baby plan as previously documented by the perinatal psychiatrist."),
    "'as previously documented'")
add("defer-under-review-with-padding", "deferral-new", REFUSE, M,
    meth("Methadone and the baby: under review by the drug service, the obstetric team and the neonatal unit."),
    "'under review' padded with teams")
add("defer-revisit-when-time-allows", "deferral-new", REFUSE, L,
    lith("Lithium and the baby: will revisit when time allows and add the plan later."),
    "a promise without the lexicon's words")
add("defer-neurology-to-decide", "deferral-new", REFUSE, V,
    valp("Valproate: neurology to decide everything about the baby; GP not in a position to comment."),
    "hands the whole conclusion to another team")
add("defer-leave-it-to-maternity", "deferral-new", REFUSE, M,
    sert("Sertraline: leave it to maternity to decide about the baby after delivery."),
    "'leave it to maternity'")
add("defer-ask-drug-worker", "deferral-new", REFUSE, M,
    meth("Methadone: for the baby's plan please contact her drug worker at the Hampton Drug and Alcohol Service."),
    "contact someone else for the conclusion")
add("defer-outcome-of-scan-will-inform", "deferral-new", REFUSE, V,
    valp("Valproate: the anomaly scan result will inform the plan for the baby."),
    "a conclusion that depends on an event and states nothing now")
add("defer-copy-held-by-social-worker", "deferral-new", REFUSE, F,
    dzpg("Diazepam and pregabalin: the social worker holds a copy of the baby's plan."),
    "the plan is with the social worker")
add("defer-overall-see-individual-entries-no-verb", "deferral-new", REFUSE, M,
    overall("Methadone and sertraline: individual entries hold the conclusions for the baby."),
    "overall points at the parts without 'see'")
add("defer-overall-valproate-letter-to-come", "deferral-new", REFUSE, V,
    overall("Sodium valproate and folic acid: neurology's letter, when it comes, will set out the plan for the baby."),
    "overall waits for a letter")

add("defer-near-miss-contact-drug-worker-if", "deferral-new", PASS, M,
    meth("Methadone 60 mg daily continues; she must not reduce it without the drug service. The baby is likely to "
         "need observation for neonatal withdrawal for at least 72 hours; breastfeeding is encouraged. No "
         "co-sleeping because she is drowsy after each dose. Contact her drug worker if she misses two doses."),
    "a contact instruction inside a real conclusion")

# ============================================================================================================
# dismissal-new: dismisses without the lexicon's words, or with a reason that is no reason.

add("dismiss-no-worries-for-baby", "dismissal-new", REFUSE, M,
    meth("Methadone: no worries for the baby. Mum sensible and well supported."),
    "'no worries'")
add("dismiss-low-risk-to-baby", "dismissal-new", REFUSE, M,
    sert("Sertraline: low risk to baby. Mum brought her older child, who was very well behaved."),
    "'low risk' without saying what the risk is or what to watch for")
add("dismiss-baby-should-be-fine", "dismissal-new", REFUSE, L,
    lith("Lithium: baby should be fine. Mother organised and has already packed her hospital bag."),
    "'should be fine'")
add("dismiss-minimal-fetal-risk-reassured", "dismissal-new", REFUSE, V,
    valp("Valproate: minimal risk to the fetus at this dose, mother reassured and happy to proceed."),
    "a false reassurance about first-trimester valproate")
add("dismiss-sedation-not-significant", "dismissal-new", REFUSE, F,
    dzpg("Diazepam and pregabalin: sedation not thought significant for the baby; foster carer very experienced."),
    "dismisses the sedation concern")
add("dismiss-nothing-untoward", "dismissal-new", REFUSE, C,
    cital("Citalopram: nothing untoward for baby, carry on as before."),
    "'nothing untoward'")
add("dismiss-no-red-flags", "dismissal-new", REFUSE, V,
    valp("Valproate: baby okay, no red flags identified, nothing to escalate."),
    "'no red flags'")
add("dismiss-happy-nothing-to-flag", "dismissal-new", REFUSE, L,
    lith("Lithium: happy with things for baby, nothing to flag up, carry on."),
    "'nothing to flag'")
add("dismiss-zero-concerns", "dismissal-new", REFUSE, M,
    sert("Sertraline: zero concerns for the baby, all is grand."),
    "'zero concerns'")
add("dismiss-unremarkable-perinatal", "dismissal-new", REFUSE, M,
    meth("Methadone: perinatally uneventful, baby not expected to be affected in any meaningful way."),
    "methadone with NAS risk called uneventful")
add("dismiss-overall-all-in-order", "dismissal-new", REFUSE, F,
    overall("Diazepam and pregabalin: everything in order for the baby in the placement, no further input needed."),
    "overall 'everything in order'")
add("dismiss-overall-reassuring", "dismissal-new", REFUSE, L,
    overall("Lithium: reassuring picture for the baby overall; nothing more for maternity to do."),
    "overall 'reassuring'")

add("dismiss-near-miss-low-risk-with-what", "dismissal-new", PASS, M,
    sert("Low risk to the baby from sertraline: about 3 in 1,000 for PPHN and a small chance of jitteriness or "
         "poor feeding in the first days, which the maternity team will watch for. Sertraline continues because "
         "stopping risks relapse; compatible with breastfeeding."),
    "'low risk' followed by the risk and the plan")

# ============================================================================================================
# padding: a hollow core padded with real-sounding sentences about the weather, the appointment, workload.

add("pad-weather-sertraline", "padding", REFUSE, M,
    sert("Sertraline and the baby: GP to look at this next week. It was a cold, rainy morning and the waiting room "
         "was packed; she arrived soaked but cheerful and had walked from the bus station."),
    "weather padding around a deferral")
add("pad-workload-lithium", "padding", REFUSE, L,
    lith("Lithium and the baby: will revisit. Extremely busy surgery today with forty patients booked and two "
         "doctors off sick, so this entry is brief and written between appointments."),
    "workload padding")
add("pad-appointment-valproate", "padding", REFUSE, V,
    valp("Valproate: baby risk to be looked at by neurology. Telephone consultation lasting ten minutes; the line "
         "kept dropping and a callback was arranged for Tuesday afternoon at two o'clock."),
    "appointment logistics as padding")
add("pad-parking-dzpg", "padding", REFUSE, F,
    dzpg("Diazepam and pregabalin: the baby's plan lives with the social worker. Meeting held in room 4; parking "
         "was difficult and the foster carer kindly brought biscuits for everyone."),
    "room, parking, biscuits")
add("pad-garden-quetiapine", "padding", REFUSE, P,
    quet("Quetiapine (father) and the baby: health visitor aware. Lovely sunny visit, garden well kept, friendly "
         "dog kept outside in the yard throughout, and the kettle was on."),
    "home-visit pleasantries")
add("pad-it-problems-methadone", "padding", REFUSE, M,
    meth("Methadone: baby's plan sits with the maternity team and I have emailed them. Clinic ran late today "
         "because of staff sickness and the computer system crashing twice before lunch."),
    "IT and staffing padding")
add("pad-surgery-notices-overall", "padding", REFUSE, M,
    overall("Methadone and sertraline. Baby. Car park resurfacing next week, so please use the side entrance; "
            "reception now closes at 6.30 pm and flu clinics run on Saturday mornings."),
    "practice notices as an overall conclusion")
add("pad-personal-chat-citalopram", "padding", REFUSE, C,
    cital("Citalopram and baby: nothing to add. She has chosen the name Olivia, the nursery is painted yellow, "
          "and her sister is visiting from Leeds for the birth."),
    "personal chat after a dismissal")
add("pad-clinician-diary-lithium-overall", "padding", REFUSE, L,
    overall("Lithium: the baby's plan is pending. I am on annual leave from Friday for two weeks; my colleague Dr "
            "Campbell covers my list and urgent results."),
    "the clinician's leave arrangements")

add("pad-near-miss-weather-relevant", "padding", PASS, P,
    quet("Heatwave forecast this week: the baby must be kept cool and never put to sleep next to the father after "
         "his night-time quetiapine, which leaves him too sedated to respond. The mother does the night feeds and "
         "the baby sleeps in the next-to-me crib; the health visitor will check this at each visit."),
    "the weather used for a real instruction")

# ============================================================================================================
# wrong-medicine: the conclusion of another patient's medicine, or one naming the wrong medicine.

add("wrong-sertraline-conclusion-names-citalopram-brand", "wrong-medicine", REFUSE, M,
    sert(SC.replace("Sertraline", "Cipramil")),
    "the sertraline conclusion names Cipramil (citalopram), a medicine not on the list")
add("wrong-quetiapine-conclusion-names-olanzapine", "wrong-medicine", REFUSE, P,
    quet(PC.replace("quetiapine", "olanzapine")),
    "another patient's conclusion about olanzapine")
add("wrong-dzpg-names-gabapentin", "wrong-medicine", REFUSE, F,
    dzpg(FC.replace("pregabalin", "gabapentin")),
    "names gabapentin instead of pregabalin")
add("wrong-valproate-conclusion-is-lamotrigines", "wrong-medicine", REFUSE, V,
    valp(VC.replace("Valproate", "Lamotrigine")),
    "a lamotrigine conclusion under valproate")
add("wrong-methadone-conclusion-about-buprenorphine", "wrong-medicine", REFUSE, M,
    meth(MC.replace("Methadone 60 mg daily", "Buprenorphine 16 mg daily")),
    "the methadone assessment concludes about buprenorphine")
add("wrong-methadone-conclusion-brand-of-other", "wrong-medicine", REFUSE, M,
    meth(MC.replace("Methadone", "Subutex")),
    "Subutex (buprenorphine) named instead of methadone")
add("wrong-lithium-other-mothers-dose-and-name", "wrong-medicine", REFUSE, L,
    lith("Lithium: Jodie's baby is likely to need observation for neonatal withdrawal from her 90 mg methadone "
         "dose; cot checked at the home visit."),
    "another patient's methadone conclusion pasted under lithium, lithium name left at the front")
add("wrong-overall-citalopram-for-sertraline", "wrong-medicine", REFUSE, M,
    overall(MO.replace("sertraline", "citalopram")),
    "overall names citalopram instead of sertraline")
add("wrong-sertraline-misspelt-other-ssri", "wrong-medicine", REFUSE, M,
    sert(SC.replace("Sertraline", "Fluoxetene")),
    "a misspelt other SSRI instead of sertraline")
add("wrong-citalopram-conclusion-escitalopram", "wrong-medicine", REFUSE, C,
    cital(CC.replace("Citalopram", "Escitalopram")),
    "escitalopram is a different medicine that contains the name citalopram")

add("wrong-near-miss-brand-of-right-medicine", "wrong-medicine", PASS, M,
    sert(SC.replace("Sertraline", "Sertraline (Lustral)")),
    "the right medicine with its brand")

# ============================================================================================================
# repetition-new

add("rep-case-and-punctuation-variants", "repetition-new", REFUSE, M,
    meth("Methadone: baby observed for withdrawal. METHADONE - BABY OBSERVED FOR WITHDRAWAL! methadone; baby "
         "observed for withdrawal? Methadone... baby observed for withdrawal."),
    "one sentence four times in different case and punctuation")
add("rep-bullets", "repetition-new", REFUSE, L,
    lith("Lithium:\n- baby paediatric review\n- baby paediatric review\n- baby paediatric review\n- baby paediatric "
         "review\n- baby paediatric review"),
    "a bulleted list of one item")
add("rep-numbered", "repetition-new", REFUSE, M,
    sert("Sertraline 1) baby adaptation watch 2) baby adaptation watch 3) baby adaptation watch 4) baby adaptation "
         "watch 5) baby adaptation watch"),
    "a numbered list of one item")
add("rep-hyphen-chained", "repetition-new", REFUSE, M,
    meth("Methadone: withdrawal-withdrawal-withdrawal-withdrawal-withdrawal observation of the baby, "
         "co-sleeping-co-sleeping-co-sleeping advice."),
    "repetition glued with hyphens into single tokens")
add("rep-no-spaces", "repetition-new", REFUSE, V,
    valp("Valproate fetal risk: babybabybabybabybabybabybaby fetalfetalfetalfetalfetal scanscanscanscanscan."),
    "repetition with the spaces removed")
add("rep-homoglyph-varied-copies", "repetition-new", REFUSE, L,
    lith("Lithium baby plan. L\u0456thium baby plan. Lithium b\u0430by plan. Lithium baby pl\u0430n. "
         "Lith\u0456um b\u0430by plan. Lithium baby \u0440lan."),
    "each copy disguised differently, so raw word counts see different words")
add("rep-zero-width-varied-copies", "repetition-new", REFUSE, F,
    dzpg("Diazepam pregabalin baby sleep. Diazepam pregabalin ba\u200bby sleep. Diazepam pregabalin baby sl\u200beep. "
         "Diazepam pregabalin b\u200daby sleep. Diazepam pregabalin baby s\u2060leep."),
    "copies split differently by zero-width characters")
add("rep-synonym-wheel", "repetition-new", REFUSE, P,
    quet("Quetiapine: baby watched, baby observed, baby monitored, baby checked, baby seen, baby looked at, baby "
         "kept an eye on."),
    "a thesaurus wheel around one noun")
add("rep-two-sentences-alternating", "repetition-new", REFUSE, C,
    cital("Citalopram: baby fine. Mum fine. Baby fine. Mum fine. Baby fine. Mum fine. Baby fine. Mum fine."),
    "two phrases alternating")

add("rep-near-miss-structured-headings", "repetition-new", PASS, M,
    meth("Methadone - baby: observe for neonatal withdrawal for at least 72 hours, HV to check for late signs to "
         "day 8.\nMethadone - feeding: breastfeeding encouraged on a stable dose.\nMethadone - sleep: drowsy after "
         "each dose, so no co-sleeping; cot checked at the first home visit.\nMethadone - dose: 60 mg daily "
         "continues."),
    "repeated headings over different content")

# ============================================================================================================
# filler-language: Latin, French, Welsh, pseudo-English, boilerplate.

add("lang-latin", "filler-language", REFUSE, M,
    meth("Methadone: infans periculum habet, mater medicamentum continuat, somnus separatus necessarius est."),
    "Latin")
add("lang-french-dismissal", "filler-language", REFUSE, M,
    sert("Sertraline: rien \u00e0 signaler pour le b\u00e9b\u00e9, tout va bien, on verra plus tard."),
    "French 'nothing to report, all fine, we'll see'")
add("lang-spanish-dismissal", "filler-language", REFUSE, L,
    lith("Lithium: sin problemas para el beb\u00e9, todo bien, nada m\u00e1s que a\u00f1adir."),
    "Spanish dismissal")
add("lang-german-dismissal", "filler-language", REFUSE, V,
    valp("Valproat: keine Bedenken f\u00fcr das Baby, alles in Ordnung, weiter wie bisher."),
    "German dismissal")
add("lang-welsh-dismissal", "filler-language", REFUSE, C,
    cital("Citalopram: dim pryderon am y babi, popeth yn iawn, dim byd i ychwanegu."),
    "Welsh 'no worries about the baby, everything fine'")
add("lang-pseudo-english", "filler-language", REFUSE, M,
    meth("Methadone: the babyness is wellful plannified with observationing of withdrawalment and sleepage "
         "arrangementry."),
    "pseudo-English")
add("lang-corporate-jargon", "filler-language", REFUSE, M,
    sert("Sertraline: leverage synergistic baby-centric paradigms going forward, ensuring holistic stakeholder "
         "alignment and robust deliverables across the piece."),
    "real English words, no meaning")
add("lang-email-disclaimer", "filler-language", REFUSE, L,
    lith("Lithium. Baby. This message is confidential and intended solely for the addressee; if you have received "
         "it in error please notify the sender and delete all copies."),
    "an email disclaimer")
add("lang-signature-block", "filler-language", REFUSE, V,
    valp("Valproate. Baby. Kind regards, Dr Fiona McAllister, Castle Street Surgery, telephone 01632 960000, sent "
         "from my iPhone."),
    "a signature block")
add("lang-template-instruction-left-in", "filler-language", REFUSE, L,
    lith("Lithium: [Enter conclusion here - state the risk to the baby, the plan for breastfeeding and who will "
         "observe the newborn after birth.]"),
    "the template's prompt left in as the conclusion")
add("lang-template-prompt-methadone", "filler-language", REFUSE, M,
    meth("Methadone: free-text box - type the impact on the baby and the plan for neonatal withdrawal here."),
    "another template prompt")
add("lang-reversed-text", "filler-language", REFUSE, F,
    dzpg("Diazepam and pregabalin: ybab eht htiw peels-oc ton tsum rehtom eht, devresbo eb lliw ybab."),
    "text written backwards")
add("lang-poem", "filler-language", REFUSE, P,
    quet("Quetiapine: the baby sleeps beneath the silver moon, the night is long, the morning comes too soon."),
    "verse with sleep words")

add("lang-near-miss-interpreter", "filler-language", PASS, M,
    sert("Discussed through a Polish interpreter (Pani Nowak): sertraline 100 mg continues because stopping risks "
         "relapse. Small risk of PPHN and of jitteriness or poor feeding in the first days, which the maternity "
         "team will watch for; compatible with breastfeeding."),
    "a foreign name and honorific inside an English conclusion")
add("lang-near-miss-welsh-place", "filler-language", PASS, C,
    cital("Citalopram 20 mg continues: relapse risk outweighs the small risk of neonatal adaptation symptoms. "
          "Midwife at Ysbyty Glan Clwyd to watch the baby for 48 hours after birth; breastfeeding supported."),
    "a Welsh hospital name")

# ============================================================================================================
# disguise-new: hollow phrases in disguises beyond Cyrillic/Greek and zero-width spaces.

_HOLLOW_PLAIN = "Methadone: no concerns for the baby at this time."
_DEFER_PLAIN = "Methadone: baby plan pending, see letter."


def _arm(text: str) -> str:  # Armenian look-alikes
    return text.replace("o", "\u0585").replace("n", "\u0578").replace("u", "\u057d").replace("h", "\u0570")


def _cherokee(text: str) -> str:  # Cherokee look-alikes (upper case)
    table = {"S": "\u13da", "E": "\u13ac", "L": "\u13de", "T": "\u13a2", "R": "\u13a1", "A": "\u13aa",
             "C": "\u13df", "O": "\u13be", "N": "\u13c1", "P": "\u13e2", "D": "\u13a0", "G": "\u13c0",
             "H": "\u13bb", "M": "\u13b7", "W": "\u13b3", "K": "\u13e6", "B": "\u13f4", "V": "\u13d9"}
    return "".join(table.get(ch, ch) for ch in text)


def _math_bold(text: str) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def _math_script(text: str) -> str:  # mathematical sans-serif italic
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr(0x1D622 + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def _insert(text: str, mark: str, every: int = 2) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if ch.isalpha() and i % every == 0:
            out.append(mark)
    return "".join(out)


def _tag(text: str) -> str:  # tag characters U+E0000-E007F inside words
    return _insert(text, "\U000E0061", 3)


_DISGUISES: list[tuple[str, str, str]] = [
    ("armenian-no-concerns", "Methadone: " + _arm("no concerns") + " for the baby at this time.", "Armenian o/n"),
    ("armenian-pending", "Methadone: baby plan " + _arm("pending") + ", see letter.", "Armenian in 'pending'"),
    ("cherokee-see-letter", "Methadone: baby plan " + _cherokee("PENDING") + ", " + _cherokee("SEE LETTER") + ".",
     "Cherokee capitals"),
    ("cherokee-no-concerns", "Methadone: " + _cherokee("NO CONCERNS") + " FOR THE BABY AT THIS TIME.",
     "Cherokee capitals in the dismissal"),
    ("math-bold", "Methadone: " + _math_bold("no concerns") + " for the baby at this time.", "mathematical bold"),
    ("math-sans-italic", "Methadone: baby plan " + _math_script("pending") + ", " + _math_script("see letter") + ".",
     "mathematical sans-serif italic"),
    ("fullwidth-whole", "\uff2d\uff45\uff54\uff48\uff41\uff44\uff4f\uff4e\uff45: \uff4e\uff4f \uff43\uff4f\uff4e"
     "\uff43\uff45\uff52\uff4e\uff53 for the baby at this time.", "full-width letters"),
    ("zwj-inside-words", "Methadone: n\u200do con\u200dcer\u200dns for the baby at this time.", "ZWJ inside words"),
    ("soft-hyphen-pending", "Methadone: baby plan pen\u00added\u00ading, see let\u00adter.", "soft hyphens"),
    ("combining-acute", "Methadone: n\u0301o\u0301 co\u0301nce\u0301rns for the baby at this time.",
     "combining acute accents on the dismissal"),
    ("combining-dot-below", "Methadone: baby plan pe\u0323ndi\u0323ng, se\u0323e\u0323 le\u0323tter.",
     "combining dots below"),
    ("combining-grapheme-joiner", "Methadone: no\u034f con\u034fcerns for the baby at this time.",
     "U+034F combining grapheme joiner (invisible)"),
    ("rlo-reversed", "Methadone: \u202esnrecnoc on\u202c for the baby at this time.",
     "right-to-left override showing 'no concerns' from reversed letters"),
    ("rli-isolate", "Methadone: baby plan \u2067pending\u2069, \u2068see letter\u2069.", "bidi isolates"),
    ("nbsp-narrow", "Methadone:\u00a0no\u202fconcerns\u00a0for the baby at this time.", "no-break spaces"),
    ("tag-characters", "Methadone: " + _tag("no concerns") + " for the baby at this time.",
     "tag characters U+E0061 inside words"),
    ("variation-selectors", "Methadone: n\ufe0fo c\ufe0fon\ufe0fcerns for the baby at this time.",
     "variation selectors U+FE0F"),
    ("variation-selectors-supplement", "Methadone: baby plan pe\U000E0100nding, s\U000E0101ee letter.",
     "variation selectors supplement U+E0100"),
    ("hangul-filler-space", "Methadone: no\u3164concerns for the baby at this time.",
     "Hangul filler U+3164 standing for a space"),
    ("invisible-separator", "Methadone: no\u2063concerns for the baby at\u2062this time.",
     "invisible separator / times U+2063, U+2062"),
    ("mongolian-vowel-separator", "Methadone: no\u180e con\u180ecerns for the baby at this time.",
     "U+180E"),
    ("braille-blank", "Methadone: no\u2800concerns for the baby at this time.", "braille blank U+2800 as a space"),
    ("khmer-inherent-vowel", "Methadone: no con\u17b4cerns for the baby at this time.", "Khmer U+17B4 (invisible)"),
    ("mixed-armenian-cyrillic-greek", "Methadone: \u0578\u03bf c\u043encerns for the baby at this time.",
     "three scripts in one phrase"),
    ("small-caps-latin", "Methadone: \u0274\u1d0f \u1d04\u1d0f\u0274\u1d04\u1d07\u0280\u0274s for the baby at this time.",
     "Latin small capitals (IPA block)"),
    ("superscript-letters", "Methadone: \u207f\u1d52 concerns for the baby at this time.", "superscript n, o"),
    ("circled-letters", "Methadone: \u24dd\u24de \u24d2\u24de\u24dd\u24d2\u24d4\u24e1\u24dd\u24e2 for the baby at this time.",
     "circled letters"),
    ("halfwidth-fullwidth-mix", "Methadone: ｎo ｃoncerns for the baby at this time.", "one full-width letter a word"),
]
for _label, _text, _why in _DISGUISES:
    add(f"disg-{_label}", "disguise-new", REFUSE, M, meth(_text), f"{_why}: disguised '{_HOLLOW_PLAIN}' family")

add("disg-plain-control-dismissal", "disguise-new", REFUSE, M, meth(_HOLLOW_PLAIN),
    "the undisguised text: the disguised versions must be judged like it")
add("disg-plain-control-deferral", "disguise-new", REFUSE, M, meth(_DEFER_PLAIN), "the undisguised deferral")
add("disg-near-miss-typographic", "disguise-new", PASS, M,
    meth("Methadone 60\u00a0mg daily continues \u2014 the baby is likely to need observation for neonatal "
         "withdrawal (\u2265\u00a072\u00a0hours); breastfeeding is \u2018encouraged\u2019. No co\u2011sleeping: "
         "she\u2019s drowsy after each dose; the cot is checked at the first home visit."),
    "real typography: no-break spaces, em dash, smart quotes, non-breaking hyphen, \u2265")
add("disg-near-miss-accented-name", "disguise-new", PASS, M,
    meth("Methadone 60 mg daily continues; Zo\u00eb (the mother's sister) helps at night. The baby is likely to need "
         "observation for neonatal withdrawal for 72 hours; breastfeeding encouraged; no co-sleeping because she is "
         "drowsy after each dose, and the cot is checked at the first home visit."),
    "a precomposed accented name is ordinary text")

# ============================================================================================================
# Medicines of concern added to the list, unassessed, with the clinician's 'not of concern' classification the
# gate accepts only for medicines it cannot recognise. A medicine of concern must be recognised whatever its
# spelling, so each must be refused (MA101) whatever the reason says.

_REASON = "Taken occasionally for pain, short course only."


def _unassessed(base: str, name: str, *, reason: str = _REASON, taken_by: str | None = None, **extra: Any) -> Mutation:
    org = {M: RIVERSIDE, L: {"ods_code": "Y90004", "name": "Northgate Health Centre"}, V: CASTLE_STREET,
           N: RIVERSIDE, F: MILLBROOK, P: MILLBROOK, C: CASTLE_STREET}[base]
    started = {M: "2026-02-10", L: "2026-04-20", V: "2026-05-01", N: "2026-04-03", F: "2026-06-09",
               P: "2026-05-19", C: "2026-01-20"}[base]
    med: Record = medicine("med-extra", name, "as directed", started, gp_prescriber(org),
                           not_of_concern_reason=reason, **extra)
    if taken_by:
        med["taken_by"] = taken_by
    return add_medicine(med)


_BRANDS = [
    ("zomorph", N, "Zomorph 10mg modified-release capsules", "morphine"),
    ("mst-continus", N, "MST Continus 10mg tablets", "morphine"),
    ("sevredol", N, "Sevredol 10mg tablets", "morphine"),
    ("oxynorm", F, "OxyNorm 5mg capsules", "oxycodone"),
    ("palexia", N, "Palexia 50mg tablets", "tapentadol"),
    ("zydol", N, "Zydol 50mg capsules", "tramadol"),
    ("butrans", N, "BuTrans 5micrograms/hour transdermal patches", "buprenorphine"),
    ("buvidal", M, "Buvidal 96mg/0.27ml prolonged-release injection", "buprenorphine"),
    ("espranor", M, "Espranor 8mg oral lyophilisates", "buprenorphine"),
    ("solpadol", N, "Solpadol 30mg/500mg effervescent tablets", "codeine"),
    ("kapake", N, "Kapake 30mg/500mg tablets", "codeine"),
    ("migraleve", N, "Migraleve Pink tablets", "codeine, buclizine"),
    ("syndol", N, "Syndol tablets", "codeine, doxylamine"),
    ("paramol", N, "Paramol 7.46mg/500mg tablets", "dihydrocodeine"),
    ("dhc-continus", N, "DHC Continus 60mg tablets", "dihydrocodeine"),
    ("valium", N, "Valium 2mg tablets", "diazepam"),
    ("ativan", N, "Ativan 1mg tablets", "lorazepam"),
    ("zimovane", N, "Zimovane 7.5mg tablets", "zopiclone"),
    ("stilnoct", N, "Stilnoct 10mg tablets", "zolpidem"),
    ("neurontin", N, "Neurontin 300mg capsules", "gabapentin"),
    ("alzain", N, "Alzain 75mg capsules", "pregabalin"),
    ("epilim-chrono", V, "Epilim Chrono 500 prolonged-release tablets", "valproate"),
    ("depakote", V, "Depakote 250mg gastro-resistant tablets", "valproate semisodium"),
    ("tegretol", V, "Tegretol Retard 200mg tablets", "carbamazepine"),
    ("lamictal", V, "Lamictal 100mg tablets", "lamotrigine"),
    ("keppra", V, "Keppra 500mg tablets", "levetiracetam"),
    ("topamax", V, "Topamax 25mg tablets", "topiramate"),
    ("vimpat", V, "Vimpat 100mg tablets", "lacosamide"),
    ("epidyolex", V, "Epidyolex 100mg/ml oral solution", "cannabidiol (antiepileptic)"),
    ("diacomit", V, "Diacomit 250mg capsules", "stiripentol (antiepileptic)"),
    ("fintepla", V, "Fintepla 2.2mg/ml oral solution", "fenfluramine (antiepileptic)"),
    ("li-liquid", L, "Li-Liquid 509mg/5ml oral solution", "lithium citrate"),
    ("camcolit", L, "Camcolit 400 modified-release tablets", "lithium carbonate"),
    ("roaccutane", V, "Roaccutane 20mg capsules", "isotretinoin"),
    ("neotigason", V, "Neotigason 25mg capsules", "acitretin"),
    ("cellcept", V, "CellCept 500mg tablets", "mycophenolate"),
    ("arava", V, "Arava 10mg tablets", "leflunomide"),
    ("aubagio", V, "Aubagio 14mg tablets", "teriflunomide (teratogen)"),
    ("tracleer", V, "Tracleer 62.5mg tablets", "bosentan (teratogen)"),
    ("cytotec-arthrotec", V, "Arthrotec 50 gastro-resistant tablets", "diclofenac with misoprostol (teratogen)"),
    ("phenergan", N, "Phenergan 25mg tablets", "promethazine"),
    ("night-nurse", N, "Night Nurse capsules", "promethazine, paracetamol, dextromethorphan"),
    ("nytol", N, "Nytol One-A-Night 50mg tablets", "diphenhydramine"),
    ("stugeron", N, "Stugeron 15mg tablets", "cinnarizine (sedating antihistamine)"),
    ("valoid", N, "Valoid 50mg tablets", "cyclizine"),
    ("seroquel", N, "Seroquel XL 50mg tablets", "quetiapine"),
    ("zispin", N, "Zispin SolTab 15mg orodispersible tablets", "mirtazapine"),
    ("lioresal", N, "Lioresal 10mg tablets", "baclofen (sedating)"),
]
for _label, _base, _name, _ingredient in _BRANDS:
    add(f"brand-{_label}", "names-brand", REFUSE, _base, _unassessed(_base, _name),
        f"{_name!r} is {_ingredient}: a medicine of concern, unassessed, marked not of concern")

_MISSPELT = [
    ("mehtadone", M, "Mehtadone 1mg/ml oral solution", "transposition"),
    ("methaddone", M, "Methaddone 1mg/ml oral solution", "doubled letter"),
    ("metadone", M, "Metadone 1mg/ml oral solution", "missing letter"),
    ("bupernorphine", M, "Bupernorphine 8mg sublingual tablets", "common transposition"),
    ("buprenorphin", M, "Buprenorphin 8mg sublingual tablets", "missing final e"),
    ("prebagalin", N, "Prebagalin 75mg capsules", "transposition"),
    ("pregablin", N, "Pregablin 75mg capsules", "missing letter"),
    ("diazpam", N, "Diazpam 5mg tablets", "missing letter"),
    ("diazepan", N, "Diazepan 5mg tablets", "last letter wrong"),
    ("quetiepine", N, "Quetiepine 25mg tablets", "vowel swapped"),
    ("valporate", V, "Sodium valporate 200mg tablets", "common transposition"),
    ("lithuim", L, "Lithuim carbonate 200mg tablets", "transposition"),
    ("carbamazapine", V, "Carbamazapine 200mg tablets", "common misspelling"),
    ("lamotrigene", V, "Lamotrigene 50mg tablets", "vowel swapped"),
    ("topirimate", V, "Topirimate 25mg tablets", "vowel swapped"),
    ("levetiracetem", V, "Levetiracetem 500mg tablets", "vowel swapped"),
    ("codiene", N, "Codiene phosphate 30mg tablets", "common transposition"),
    ("dihydrocodiene", N, "Dihydrocodiene 30mg tablets", "transposition"),
    ("tramadole", N, "Tramadole 50mg capsules", "extra letter"),
    ("oxycodon", N, "Oxycodon 5mg capsules", "missing letter"),
    ("zoplicone", N, "Zoplicone 7.5mg tablets", "transposition"),
    ("mirtazepine", N, "Mirtazepine 15mg tablets", "common misspelling"),
    ("olanzepine", N, "Olanzepine 5mg tablets", "common misspelling"),
    ("promethazene", N, "Promethazene 25mg tablets", "vowel swapped"),
    ("clonazepan", N, "Clonazepan 500microgram tablets", "last letter wrong"),
    ("methotrexat", V, "Methotrexat 2.5mg tablets", "missing final e"),
    ("isotretinion", V, "Isotretinion 20mg capsules", "transposition"),
    ("mycophenolat", V, "Mycophenolat mofetil 500mg tablets", "missing final e"),
    ("warfrin", V, "Warfrin 3mg tablets", "missing letter"),
    ("gabapentine", N, "Gabapentine 300mg capsules", "extra letter"),
    ("subutecks", M, "Subutecks 8mg sublingual tablets", "a brand spelt as it sounds"),
    ("metadoan", M, "Metadoan 1mg/ml oral solution", "spelt as it sounds"),
    ("kwetiapeen", N, "Kwetiapeen 25mg tablets", "spelt as it sounds"),
    ("lamotrijeen", V, "Lamotrijeen 50mg tablets", "spelt as it sounds"),
]
for _label, _base, _name, _how in _MISSPELT:
    add(f"misspelt-{_label}", "names-misspelt", REFUSE, _base, _unassessed(_base, _name),
        f"{_name!r}: {_how}; unassessed and marked not of concern")

_SPLIT = [
    ("metha-done", M, "Metha done 1mg/ml oral solution", "space inside the name"),
    ("pre-gabalin", N, "Pre-gabalin 75mg capsules", "hyphen inside the name"),
    ("dia-zepam-slash", N, "Dia/zepam 5mg tablets", "slash inside the name"),
    ("val-pro-ate", V, "Sodium val-pro-ate 200mg tablets", "two hyphens"),
    ("lamo-trigine-dot", V, "Lamo.trigine 50mg tablets", "full stop inside the name"),
    ("spaced-letters", N, "Q U E T I A P I N E 25mg tablets", "letter-spaced capitals"),
    ("methadone-hcl", M, "Methadone hydrochloride 10mg tablets", "salt"),
    ("codeine-phosphate", N, "Codeine phosphate 15mg/5ml oral solution", "salt"),
    ("morphine-sulfate", N, "Morphine sulfate 10mg/5ml oral solution", "salt"),
    ("lithium-citrate", L, "Lithium citrate 520mg/5ml oral solution", "salt"),
    ("promethazine-teoclate", N, "Promethazine teoclate 25mg tablets", "salt"),
    ("quetiapine-fumarate", N, "Quetiapine fumarate 25mg tablets", "salt"),
    ("buprenorphine-naloxone", M, "Buprenorphine 8mg / Naloxone 2mg sublingual tablets", "combination"),
    ("paracetamol-codeine", N, "Paracetamol 500mg / Codeine 30mg tablets", "combination, harmless name first"),
    ("paracetamol-dihydrocodeine", N, "Paracetamol and dihydrocodeine 500/10 tablets", "combination"),
    ("co-codamol-spaced", N, "Co codamol 30/500 tablets", "co-name with a space"),
    ("cocodamol", N, "Cocodamol 30/500 tablets", "co-name run together"),
    ("co-dydramol-typo", N, "Co-dydramole 10/500 tablets", "co-name misspelt"),
    ("ibuprofen-codeine", N, "Ibuprofen 200mg + codeine 12.8mg tablets", "combination with '+'"),
    ("paracetamol-promethazine", N, "Paracetamol with promethazine night-time capsules", "combination"),
]
for _label, _base, _name, _how in _SPLIT:
    add(f"split-{_label}", "names-split-salt-combo", REFUSE, _base, _unassessed(_base, _name),
        f"{_name!r}: {_how}; unassessed and marked not of concern")

_UNLISTED = [
    ("diamorphine", N, "Diamorphine 10mg injection", "opioid"),
    ("meptazinol", N, "Meptazinol 200mg tablets", "opioid"),
    ("nabilone", N, "Nabilone 1mg capsules", "sedating cannabinoid"),
    ("sativex", N, "Sativex oromucosal spray", "nabiximols, sedating"),
    ("ketamine", N, "Ketamine 50mg/5ml oral solution", "sedating, dependence"),
    ("esketamine", N, "Spravato 28mg nasal spray", "esketamine, sedating"),
    ("sultiame", V, "Ospolot 200mg tablets", "sultiame, antiepileptic"),
    ("misoprostol", V, "Misoprostol 200microgram tablets", "teratogen, abortifacient"),
    ("ribavirin", V, "Ribavirin 200mg capsules", "teratogen"),
    ("ambrisentan", V, "Ambrisentan 5mg tablets", "teratogen (PPP)"),
    ("doxycycline", V, "Doxycycline 100mg capsules", "tetracycline, contraindicated in pregnancy"),
    ("thalidomide", V, "Thalidomide 50mg capsules", "the archetypal teratogen"),
    ("oral-tretinoin", V, "Tretinoin 10mg capsules", "oral retinoid, teratogen"),
    ("temazepam", N, "Temazepam 10mg tablets", "benzodiazepine"),
    ("oxazepam", N, "Oxazepam 10mg tablets", "benzodiazepine"),
    ("chloral", N, "Chloral hydrate 143.3mg/5ml oral solution", "sedative"),
    ("prochlorperazine", N, "Prochlorperazine 5mg tablets", "phenothiazine, sedating"),
    ("doxylamine", N, "Doxylamine 25mg tablets", "sedating antihistamine"),
]
for _label, _base, _name, _what in _UNLISTED:
    add(f"unlisted-{_label}", "names-unlisted", REFUSE, _base, _unassessed(_base, _name),
        f"{_name!r} ({_what}): of concern but maybe in no list; unassessed and marked not of concern")

add("names-near-miss-unrecognised-harmless-with-reason", "names-unlisted", PASS, N,
    _unassessed(N, "Emollin aerosol spray", reason="Emollient spray for dry skin; not absorbed."),
    "a genuinely harmless unrecognised product with the clinician's reason")
add("names-near-miss-salt-in-list-assessed", "names-split-salt-combo", PASS, M,
    set_("medicines#med-methadone.name", "Methadone hydrochloride 1mg/ml oral solution"),
    "the assessed methadone written with its salt")
add("names-near-miss-brand-in-list-assessed", "names-brand", PASS, M,
    set_("medicines#med-sertraline.name", "Lustral 50mg tablets"),
    "the assessed sertraline written as its brand; the conclusions name sertraline")
add("names-near-miss-harmless-lookalike", "names-misspelt", PASS, N,
    _unassessed(N, "Mebeverine 135mg tablets", reason="Antispasmodic for irritable bowel; not sedating, minimal "
                "absorption into breast milk."),
    "mebeverine is near 'methadone' in letters, but a different, harmless medicine")
add("names-near-miss-sound-alike-harmless", "names-misspelt", PASS, N,
    _unassessed(N, "Setirizeen 10mg tablets", reason="Cetirizine, an antihistamine that does not sedate; "
                "minimal transfer into breast milk."),
    "cetirizine spelt as it sounds: near sertraline in sound, but a different, harmless medicine")

# A coded medicine is judged by its code: a concerning medicine given a harmless product's dm+d code.
add("names-concerning-name-harmless-code", "names-unlisted", REFUSE, N,
    add_medicine(medicine("med-extra", "Pregabalin 75mg capsules", "75 mg twice daily", "2026-04-03",
                          gp_prescriber(RIVERSIDE),
                          code={"system": "https://dmd.nhs.uk", "code": "322236009",
                                "display": "Paracetamol 500mg tablets"})),
    "pregabalin named, paracetamol's dm+d code attached: name and code disagree, a medicine of concern")
add("names-concerning-name-unknown-code", "names-unlisted", REFUSE, N,
    add_medicine(medicine("med-extra", "Diazepam 5mg tablets", "5 mg at night", "2026-04-03",
                          gp_prescriber(RIVERSIDE),
                          code={"system": "https://dmd.nhs.uk", "code": "12345611000001109",
                                "display": "Diazepam 5mg tablets"})),
    "diazepam with an unknown code: the name still says diazepam")

# ============================================================================================================
# routes-new

def _mesh(rid: str, box: str) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "mesh", "mailbox": box})


def _mllp(rid: str, host: str, port: int = 2575) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "mllp", "host": host, "port": port})


def _fhir(rid: str, url: str) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "fhir", "base_url": url})


def _manual(rid: str, text: str) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "manual", "description": text})


for _label, _box in [
    ("notknown", "NOTKNOWN"), ("awaitingid", "AWAITINGID"), ("askreception", "ASKRECEPTION"),
    ("zeros", "00000000"), ("mailbox1", "MAILBOX1"), ("abcdef", "ABCDEF"), ("cyrillic-n-c", "X26\u041d\u0421003"),
    ("email-address", "hv.hampton@nhs.net"), ("with-space", "X26 HC003"), ("lowercase-tbc", "tbctbc"),
    ("url", "https://mesh.nhs.uk/X26HC003"),
]:
    add(f"route-mesh-{_label}", "routes-new", REFUSE, M, _mesh("rcp-hv", _box),
        f"MESH mailbox {_box!r} cannot be a mailbox id")
for _label, _host, _port in [
    ("loopback-ip", "127.0.0.1", 2575), ("loopback-short", "127.1", 2575), ("loopback-decimal", "2130706433", 2575),
    ("ipv6-loopback", "::1", 2575), ("any-address", "0.0.0.0", 2575), ("localhost-domain", "localhost.localdomain", 2575),
    ("scheme-in-host", "mllp://maternity-interface.castleford.example", 2575), ("spaces-in-host", "maternity interface castleford", 2575),
    ("port-zero", "maternity-interface.castleford.example", 0), ("invalid-tld", "maternity.invalid", 2575),
    ("dash-host", "-", 2575), ("host-with-port", "maternity-interface.castleford.example:2575", 2575),
]:
    add(f"route-mllp-{_label}", "routes-new", REFUSE, V, _mllp("rcp-maternity", _host, _port),
        f"MLLP host {_host!r} port {_port} cannot deliver")
for _label, _url in [
    ("single-slash", "https:/maternity.northgate.example/fhir/R4"), ("localhost", "https://localhost/fhir/R4"),
    ("loopback-ip", "https://127.0.0.1/fhir/R4"), ("credentials", "https://admin:admin@maternity.northgate.example/fhir"),
    ("backslashes", "https:\\\\maternity.northgate.example\\fhir"), ("space-in-host", "https://maternity .northgate.example/fhir"),
    ("no-dot-host", "https://tbc/fhir"), ("bad-port", "https://maternity.northgate.example:99999/fhir"),
    ("file-scheme", "file:///srv/fhir"), ("ws-scheme", "wss://maternity.northgate.example/fhir"),
    ("ipv6-loopback", "https://[::1]/fhir"),
]:
    add(f"route-fhir-{_label}", "routes-new", REFUSE, L, _fhir("rcp-maternity", _url),
        f"FHIR base URL {_url!r} cannot deliver")
for _label, _text in [
    ("usual-route", "Via usual route."), ("usual-arrangements", "Usual arrangements apply."),
    ("when-seen", "Will hand over when seen."), ("given-to-mum", "Given to mum to pass on."),
    ("verbal-only", "Verbal handover only."), ("post-address-unknown", "Posted, address to follow."),
    ("collect-some-point", "Foster carer to collect from reception at some point."),
    ("as-discussed", "As discussed with the team."), ("phoned", "Phoned."),
]:
    add(f"route-manual-{_label}", "routes-new", REFUSE, F, _manual("rcp-foster-carer", _text),
        f"manual route {_text!r} says nothing deliverable")
add("route-near-miss-fhir-port", "routes-new", PASS, L,
    _fhir("rcp-maternity", "https://maternity.northgate.example:8443/fhir/R4"), "a real FHIR URL with a port")
add("route-near-miss-mllp-private-ip", "routes-new", PASS, V,
    _mllp("rcp-maternity", "10.20.30.40", 2575), "a private-network interface engine by IP")
add("route-near-miss-manual-posted", "routes-new", PASS, F,
    _manual("rcp-foster-carer", "Posted first class to the foster carer at the placement address on 12/06/2026 and "
                                "receipt confirmed by telephone on 13/06/2026."),
    "a real manual hand-over")

# ============================================================================================================
# attribution-new

def _author(aid: str, **fields: Any) -> Mutation:
    def mutate(doc: Record) -> None:
        a = next(x for x in doc["assessments"] if x["id"] == aid)
        a["author"] = {**a["author"], **fields}
    return mutate


add("attr-midwife-gmc", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"given": ["Anna"], "family": "Lowe"}, role="community-midwife",
            registration={"body": "GMC", "number": "7099887"}),
    "a midwife with a GMC number")
add("attr-hv-gphc", "attribution-new", REFUSE, P,
    _author("asm-partner-quetiapine", registration={"body": "GPhC", "number": "2099881"}),
    "a health visitor with a GPhC number")
add("attr-pharmacist-nmc", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"given": ["Imran"], "family": "Haq"}, role="pharmacist",
            registration={"body": "NMC", "number": "12A3456E"}),
    "a pharmacist with an NMC PIN")
add("attr-gp-hcpc", "attribution-new", REFUSE, M,
    _author("asm-sertraline", registration={"body": "HCPC", "number": "PA12345"}),
    "a GP with an HCPC number")
add("attr-psychiatrist-swe", "attribution-new", REFUSE, L,
    _author("asm-lithium", registration={"body": "SWE", "number": "SW12345"}),
    "a psychiatrist registered with Social Work England")
add("attr-gmc-all-nines", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
            registration={"body": "GMC", "number": "9999999"}),
    "an impossible GMC number of nines")
add("attr-gmc-letter-o-for-zero", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
            registration={"body": "GMC", "number": "7O12345"}),
    "a GMC number with a letter O")
add("attr-gmc-six-digits", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
            registration={"body": "GMC", "number": "701234"}),
    "a six-digit GMC number")
add("attr-one-number-arabic-indic-digits", "attribution-new", REFUSE, M,
    set_("attestation.by", {**SHAH, "name": {"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
                            "registration": {"body": "GMC", "number": "\u0667\u0660\u0661\u0662\u0663\u0664\u0665"}}),
    "Shah's GMC number in Arabic-Indic digits under another name")
add("attr-one-number-with-prefix", "attribution-new", REFUSE, M,
    set_("attestation.by", {**SHAH, "name": {"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
                            "registration": {"body": "GMC", "number": "GMC7012345"}}),
    "Shah's GMC number with a 'GMC' prefix under another name")
add("attr-one-number-spaced", "attribution-new", REFUSE, M,
    set_("attestation.by", {**SHAH, "name": {"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
                            "registration": {"body": "GMC", "number": "701 2345"}}),
    "Shah's GMC number with a space under another name")
add("attr-one-number-fullwidth", "attribution-new", REFUSE, M,
    set_("attestation.by", {**SHAH, "name": {"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"},
                            "registration": {"body": "GMC", "number": "\uff17\uff10\uff11\uff12\uff13\uff14\uff15"}}),
    "Shah's GMC number in full-width digits under another name")
add("attr-one-number-name-homoglyph-different-person", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"prefix": "Dr", "given": ["Priya"], "family": "Shaw"}),
    "one GMC number, Shah and Shaw")
add("attr-name-placeholder-locum", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"given": ["Duty"], "family": "Doctor"}),
    "'Duty Doctor' is not a name")
add("attr-name-placeholder-tbc", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"family": "TBC"}),
    "author name TBC")
add("attr-name-invisible", "attribution-new", REFUSE, M,
    _author("asm-sertraline", name={"given": ["\u200b"], "family": "\u200b"}),
    "an invisible author name")
add("attr-role-other", "attribution-new", REFUSE, M,
    _author("asm-sertraline", role="other"),
    "role 'other' with a GMC number: no accountable role")
add("attr-attester-role-other", "attribution-new", REFUSE, C,
    set_("attestation.by.role", "other"),
    "an attester with role 'other'")
add("attr-attester-name-placeholder", "attribution-new", REFUSE, L,
    set_("attestation.by.name", {"given": ["Practice"], "family": "Admin"}),
    "attested by 'Practice Admin' with a GP's number")
add("attr-near-miss-hv-nmc", "attribution-new", PASS, M,
    _author("asm-sertraline", name={"given": ["Sara"], "family": "Okafor"}, role="health-visitor",
            registration={"body": "NMC", "number": "09C1234E"}),
    "a health visitor with an NMC PIN")
add("attr-near-miss-same-person-initial", "attribution-new", PASS, M,
    _author("asm-sertraline", name={"prefix": "Dr", "given": ["Priya"], "family": "SHAH"}),
    "the same person, surname in capitals")

# ============================================================================================================
# dates-new

add("dates-mother-born-2019", "dates-new", REFUSE, M, set_("mother.birth_date", "2019-08-14"),
    "a mother aged six")
add("dates-mother-born-1900", "dates-new", REFUSE, L, set_("mother.birth_date", "1900-01-01"),
    "a mother aged 126")
add("dates-mother-born-after-assessment", "dates-new", REFUSE, V, set_("mother.birth_date", "2026-06-01"),
    "born after her own assessment")
add("dates-medicine-started-future", "dates-new", REFUSE, M, chain(set_("medicines#med-sertraline.started", "2027-06-10"), set_("medicines#med-sertraline.last_changed", "2027-06-10")),
    "a medicine started in the future")
add("dates-medicine-changed-future", "dates-new", REFUSE, M,
    set_("medicines#med-methadone.last_changed", "2027-01-15"), "a dose change dated in the future")
add("dates-gestation-45-weeks", "dates-new", REFUSE, C,
    chain(set_("pregnancy.gestation", {"weeks": 45, "days": 0, "on": "2026-04-06"}), set_("pregnancy.edd", "2026-02-09")),
    "45 weeks' gestation, EDD made to agree")
add("dates-gestation-on-future", "dates-new", REFUSE, M,
    chain(set_("pregnancy.gestation", {"weeks": 29, "days": 2, "on": "2027-03-02"}), set_("pregnancy.edd", "2027-05-15")),
    "gestation recorded on a future date, EDD made to agree")
add("dates-delivery-after-attestation", "dates-new", REFUSE, F, set_("pregnancy.delivery_date", "2026-06-20"),
    "a postnatal record attested six days before the birth")
add("dates-delivery-two-years-earlier", "dates-new", REFUSE, P, set_("pregnancy.delivery_date", "2024-05-18"),
    "'postnatal' two years after the birth, with a conclusion about a newborn")
add("dates-cpp-ended-future", "dates-new", REFUSE, F, set_("safeguarding.child_protection_plan_ended", "2027-06-10"),
    "a plan that ended in the future")
add("dates-consent-before-pregnancy", "dates-new", REFUSE, L, set_("lawful_basis.recorded_on", "2019-05-06"),
    "consent recorded seven years before this pregnancy")
add("dates-updated-before-assessment", "dates-new", REFUSE, M, set_("updated", "2026-02-01T09:00:00+00:00"),
    "the record last updated a month before its assessments")
add("dates-updated-future", "dates-new", REFUSE, M, set_("updated", "2031-03-02T16:40:00+00:00"),
    "the record updated in 2031")
add("dates-attestation-timezone-before", "dates-new", REFUSE, L, set_("attestation.at", "2026-05-05T23:30:00-10:00"),
    "a local date before the assessments (UTC 2026-05-06 09:30)")
add("dates-assessment-after-delivery-antenatal", "dates-new", REFUSE, C,
    chain(set_("assessments#asm-citalopram.date", "2026-06-10"), set_("overall_conclusion.date", "2026-06-10"),
          set_("attestation.at", "2026-06-10T09:25:00+00:00"), set_("updated", "2026-06-10T09:25:00+00:00")),
    "an 'antenatal' assessment two months after the EDD")
add("dates-near-miss-young-mother", "dates-new", PASS, M, set_("mother.birth_date", "2009-08-14"),
    "a sixteen-year-old mother is possible")
add("dates-near-miss-consent-day-before", "dates-new", PASS, L, set_("lawful_basis.recorded_on", "2026-05-05"),
    "consent recorded the day before the assessment")

# ============================================================================================================
# identities-new

add("id-partner-mothers-nhs-spaced", "identities-new", REFUSE, P, set_("partner.nhs_number", "999 000 4145"),
    "the mother's NHS number, spaced")
add("id-partner-mothers-nhs-dashed", "identities-new", REFUSE, P, set_("partner.nhs_number", "999-000-4145"),
    "the mother's NHS number, dashed")
add("id-partner-mothers-nhs-fullwidth", "identities-new", REFUSE, P,
    set_("partner.nhs_number", "\uff19\uff19\uff19\uff10\uff10\uff10\uff14\uff11\uff14\uff15"),
    "the mother's NHS number in full-width digits")
add("id-partner-mothers-nhs-arabic-indic", "identities-new", REFUSE, P,
    set_("partner.nhs_number", "\u0669\u0669\u0669\u0660\u0660\u0660\u0664\u0661\u0664\u0665"),
    "the mother's NHS number in Arabic-Indic digits")
add("id-partner-is-the-mother-by-name", "identities-new", REFUSE, P,
    set_("partner.name", {"given": ["Chloe"], "family": "Adeyemi-Example"}),
    "the partner is recorded under the mother's own name: the mother listed as her own partner")
add("id-justification-as-per-policy", "identities-new", REFUSE, F,
    set_("lawful_basis.justification", "As per local safeguarding policy and procedures."),
    "a justification pointing at a policy")
add("id-justification-lead-agreed", "identities-new", REFUSE, F,
    set_("lawful_basis.justification", "Agreed by the practice safeguarding lead."),
    "who agreed, not why")
add("id-justification-legal-citation-only", "identities-new", REFUSE, F,
    set_("lawful_basis.justification", "GDPR Article 6(1)(e) and Article 9(2)(h); DPA 2018 Schedule 1."),
    "a citation, no reason about this child")
add("id-justification-safeguarding-concerns", "identities-new", REFUSE, F,
    set_("lawful_basis.justification", "Safeguarding concerns. Safeguarding concerns. Safeguarding concerns."),
    "one phrase repeated")
add("id-amendment-minor-changes", "identities-new", REFUSE, C, set_("amendment_reason", "Minor changes made."),
    "'minor changes'")
add("id-amendment-as-requested", "identities-new", REFUSE, C,
    set_("amendment_reason", "Amended as requested by the practice manager."), "who asked, not what changed")
add("id-amendment-per-mdt", "identities-new", REFUSE, C, set_("amendment_reason", "Updated following MDT."),
    "following a meeting")
add("id-amendment-version-bump", "identities-new", REFUSE, C, set_("amendment_reason", "Version 2 of this record."),
    "'version 2'")
add("id-near-miss-justification-real", "identities-new", PASS, F,
    set_("lawful_basis.justification", "Mother declined; the foster carer must know the night-time sedation risk and "
                                       "the no-co-sleeping plan to keep the baby safe, so sharing without consent is "
                                       "necessary and proportionate (DPA 2018 Sch 1 para 18)."),
    "a reason with a citation")

# ============================================================================================================
# unanswered-new: explicit nulls, placeholders in the safeguarding answers.

for _label, _field in [("cpp", "child_protection_plan"), ("care-order", "care_order"), ("looked-after", "looked_after"),
                       ("discharge-to", "discharge_to"), ("safe-sleep-advice", "safe_sleep_advice_given")]:
    add(f"unans-null-{_label}", "unanswered-new", REFUSE, N, set_(f"safeguarding.{_field}", None),
        f"{_field} sent as JSON null: never answered must not read as no")
add("unans-sleeping-arrangements-tbc", "unanswered-new", REFUSE, N,
    set_("safeguarding.sleeping_arrangements", "To be seen."), "postnatal sleeping arrangements 'to be seen'")
add("unans-sleeping-arrangements-as-discussed", "unanswered-new", REFUSE, P,
    set_("safeguarding.sleeping_arrangements", "As discussed with HV."), "'as discussed'")
add("unans-sleeping-arrangements-empty", "unanswered-new", REFUSE, F,
    set_("safeguarding.sleeping_arrangements", "   "), "blank")
add("unans-sleeping-arrangements-removed-sedated-mother", "unanswered-new", REFUSE, F,
    delete("safeguarding.sleeping_arrangements"), "after birth, a sedated mother, where the baby sleeps unanswered")
add("unans-social-worker-placeholder", "unanswered-new", REFUSE, M,
    set_("safeguarding.social_worker", {"name": {"given": ["Duty"], "family": "Team"},
                                        "organisation": {"ods_code": "Y90300", "name": "Hampton Children's Services"},
                                        "telephone": "tbc"}),
    "child protection plan, social worker 'Duty Team', telephone tbc")
add("unans-social-worker-phone-zeros", "unanswered-new", REFUSE, M,
    set_("safeguarding.social_worker.telephone", "00000 000000"), "an impossible telephone number")
add("unans-discharge-other-postnatal", "unanswered-new", REFUSE, N,
    set_("safeguarding.discharge_to", "other"), "discharged to 'other', not said where")
add("unans-discharge-other-details-see-sw-notes", "unanswered-new", REFUSE, P,
    chain(set_("safeguarding.discharge_to", "other"), set_("safeguarding.discharge_details", "See SW notes.")),
    "discharged to 'other', the place only pointed to")
add("unans-discharge-other-details-template-1-2-0", "unanswered-new", REFUSE, N,
    chain(set_("template.version", "1.2.0"), set_("safeguarding.discharge_to", "other"),
          set_("safeguarding.discharge_details", "TBC")),
    "on the form that asks it, the place still 'TBC'")
add("unans-near-miss-discharge-other-details-real", "unanswered-new", PASS, F,
    chain(set_("safeguarding.discharge_to", "other"),
          set_("safeguarding.discharge_details", "To the paternal grandmother, 12 Mill Lane, Hampton, who cares for the "
                                                 "baby; the mother stays there too.")),
    "discharged to 'other' with the place and the carer")
add("unans-safe-sleep-advice-false-sedated-partner", "unanswered-new", REFUSE, P,
    set_("safeguarding.safe_sleep_advice_given", False), "no safe-sleep advice with a sedated father at home")
add("unans-sedation-unknown-methadone", "unanswered-new", REFUSE, M,
    set_("assessments#asm-methadone.impact_on_mother.sedation", "unknown"), "methadone sedation 'unknown'")
add("unans-near-miss-sleeping-arrangements-real", "unanswered-new", PASS, N,
    set_("safeguarding.sleeping_arrangements", "Own cot in the parents' room, seen at the new birth visit on 10/04."),
    "a real answer")

# ============================================================================================================
# partner-sedation: a partner's sedating medicine dismissed in new ways.

add("partner-safe-sleep-mother-main-carer", "partner-sedation", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Father's medicine; mother is the main carer."),
    "dismissed by saying who the main carer is")
add("partner-safe-sleep-standard-advice", "partner-sedation", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Standard safe sleep advice given."),
    "generic advice for a heavily sedated father")
add("partner-safe-sleep-not-relevant-with-fake-reason", "partner-sedation", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
         "Not relevant to the baby as the father is not breastfeeding."),
    "'not relevant' with a reason that is no reason")
add("partner-safe-sleep-disguised-na", "partner-sedation", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "\u039d/\u0391"),
    "Greek N/A")
add("partner-safe-sleep-only-mothers-meds", "partner-sedation", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
         "Only the mother's medicines bear on the baby's sleep."),
    "a false rule as the answer")
add("partner-conclusion-no-impact-fake-reason", "partner-sedation", REFUSE, P,
    quet("Father's quetiapine: no impact on the baby because the mother is breastfeeding and he is not."),
    "dismissal by a reason about breast milk, ignoring sedation")
add("partner-conclusion-his-business", "partner-sedation", REFUSE, P,
    quet("Quetiapine is a matter for the father and his own GP; it has no bearing on the baby's care."),
    "dismissed as someone else's business")
add("partner-conclusion-unaffected", "partner-sedation", REFUSE, P,
    quet("Quetiapine: dad's tablet, so the baby is unaffected. He is a lovely, supportive father."),
    "'unaffected'")
add("partner-conclusion-disguised-not-applicable", "partner-sedation", REFUSE, P,
    quet("Quetiapine (father): n\u200bo\u200bt a\u200bp\u200bp\u200bl\u200bi\u200bc\u200ba\u200bb\u200bl\u200be "
         "to the baby, as he is not the one who gave birth."),
    "'not applicable' with zero-width spaces between letters")
add("partner-sedation-answered-no", "partner-sedation", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.sedation", "no"),
    "300 mg quetiapine at night recorded as not sedating")
add("partner-new-medicine-unassessed-dismissed", "partner-sedation", REFUSE, P,
    _unassessed(P, "Zopiclone 7.5mg tablets", reason="Father's own medicine, not the mother's.", taken_by="partner"),
    "the father's zopiclone, unassessed, classified away as 'father's own medicine'")
add("partner-new-brand-unassessed-dismissed", "partner-sedation", REFUSE, P,
    _unassessed(P, "Sominex 20mg tablets", reason="Father's over-the-counter sleeping tablet, not the mother's.",
                taken_by="partner"),
    "the father's Sominex (promethazine), unassessed")
add("partner-overall-paracetamol-only", "partner-sedation", REFUSE, P,
    overall("The mother's paracetamol raises no concern; the father's quetiapine does not affect the baby."),
    "overall dismisses the father's sedation")
add("partner-near-miss-no-milk-but-sedation", "partner-sedation", PASS, P,
    quet("The father's quetiapine does not reach the baby through milk, but it sedates him heavily at night: he "
         "must not share a bed, sofa or armchair with the baby or do night feeds after his dose. The mother does "
         "the night feeds and the baby sleeps in the next-to-me crib; the health visitor will check at each visit."),
    "the milk point made, then the sedation answered")

# ============================================================================================================
# items-hollow: the template's other answers, hollow in new ways.

add("item-withdrawal-plan-as-per-guideline", "items-hollow", REFUSE, M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan", "As per guideline."),
    "a guideline named, no plan")
add("item-withdrawal-plan-paeds-aware", "items-hollow", REFUSE, F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan", "Paeds aware."),
    "someone is aware")
add("item-breastfeeding-leaflet-given", "items-hollow", REFUSE, M,
    set_("assessments#asm-methadone.impact_on_baby.breastfeeding", "Leaflet given."),
    "a leaflet, not an answer")
add("item-breastfeeding-see-lactmed", "items-hollow", REFUSE, M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "Check LactMed / UKDILAS."),
    "a pointer to a database")
add("item-impact-summary-risks-explained", "items-hollow", REFUSE, V,
    set_("assessments#asm-valproate.impact_on_baby.summary", "Risks explained to mother."),
    "teratogenic risk 'explained', not written")
add("item-safe-sleep-usual-advice", "items-hollow", REFUSE, M,
    set_("assessments#asm-methadone.impact_on_mother.safe_sleep", "Usual advice."),
    "'usual advice' for a sedated mother")
add("item-recommendations-continue", "items-hollow", REFUSE, L,
    set_("assessments#asm-lithium.recommendations", "Continue."),
    "one word")
add("item-recommendations-as-per-psychiatry", "items-hollow", REFUSE, L,
    set_("assessments#asm-lithium.recommendations", "As per psychiatry."),
    "a team named")
add("item-near-miss-breastfeeding-short", "items-hollow", PASS, M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "Compatible; low levels in milk."),
    "short and real")

# ============================================================================================================
# More near misses, one beside each family that had none nearby.

add("dismiss-near-miss-no-red-flags-then-plan", "dismissal-new", PASS, V,
    valp("No red flags today: no seizures since conception and she is taking valproate as prescribed. Valproate "
         "continues until the urgent neurology review because stopping suddenly risks seizures; the baby was exposed "
         "in the first trimester, so a fetal medicine scan is requested and folic acid 5 mg started."),
    "'no red flags' about the mother, followed by the baby's plan")
add("pad-near-miss-appointment-context", "padding", PASS, M,
    meth("Telephone consultation with her drug worker on the line. Methadone 60 mg daily continues unchanged. The "
         "baby is likely to need observation for neonatal withdrawal for at least 72 hours; breastfeeding is "
         "encouraged. She is drowsy after each dose, so no co-sleeping; the cot is checked at the first home visit."),
    "the appointment named, then the conclusion")
add("partner-near-miss-mother-main-carer-with-plan", "partner-sedation", PASS, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
         "The mother is the main carer at night. The father never sleeps with the baby on a bed, sofa or chair after "
         "his quetiapine dose, and does no night feeds; the baby sleeps in the next-to-me crib."),
    "'main carer' followed by the safe sleep plan for the father")
add("item-near-miss-withdrawal-per-guideline-with-plan", "items-hollow", PASS, M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
         "Observe on the postnatal ward for at least 72 hours with NAS scoring per the local guideline; health "
         "visitor checks for late signs to day 8."),
    "a guideline named beside the plan")
add("id-near-miss-amendment-specific", "identities-new", PASS, C,
    set_("amendment_reason", "Added the Castleford health visiting service as a recipient; conclusions unchanged."),
    "says what changed")
add("route-near-miss-mesh-ot-form", "routes-new", PASS, M, _mesh("rcp-hv", "X26OT003"),
    "a MESH mailbox in the ODS + OT + digits form")

# ============================================================================================================
# copy-paste-new: the methadone conclusion pasted under sertraline, altered just enough to look different.

_MC_SENTENCES = [x.strip() for x in MC.split(". ") if x.strip()]
add("copy-sentences-reordered", "copy-paste-new", REFUSE, M,
    sert(". ".join(reversed([x.replace("Methadone 60 mg daily", "Sertraline 100 mg daily").rstrip(".")
                             for x in _MC_SENTENCES])) + "."),
    "the methadone conclusion's sentences in reverse order under sertraline (withdrawal, co-sleeping)")
add("copy-synonyms-swapped", "copy-paste-new", REFUSE, M,
    sert("Sertraline 100 mg daily ought to continue throughout the pregnancy. The infant is expected to require "
         "monitoring for neonatal withdrawal; breast feeding is backed. Drowsiness after every dose means no bed "
         "sharing and the crib should be inspected at the house visit."),
    "the methadone conclusion with every other word swapped for a synonym, pasted under sertraline")
add("copy-padded-with-unique-tail", "copy-paste-new", REFUSE, M,
    sert(MC.replace("Methadone 60 mg daily", "Sertraline 100 mg daily") + " Sertraline is a selective serotonin "
         "reuptake inhibitor first licensed in the UK in 1990 and is widely prescribed in general practice."),
    "the methadone conclusion pasted under sertraline, with a unique trivia sentence to dilute similarity")
add("copy-overall-pasted-into-part", "copy-paste-new", REFUSE, M,
    sert(MO),
    "the overall conclusion pasted under sertraline: it talks about methadone's withdrawal and sedation")
add("copy-near-miss-shared-sentence", "copy-paste-new", PASS, M,
    sert("Sertraline 100 mg continues because stopping risks relapse. The maternity team will watch the baby for "
         "PPHN and adaptation symptoms (jitteriness, poor feeding) in the first days, alongside the withdrawal "
         "observations. Compatible with breastfeeding."),
    "shares the observation plan with methadone, says its own thing")

# Disguises that beat the normaliser where the plain text is refused (MA103) on its dismissal alone.
_PREG = "Methadone: {} for the baby or the pregnancy at all."
add("disg-plain-control-pregnancy", "disguise-new", REFUSE, M, meth(_PREG.format("no concerns")),
    "plain control: refused for the dismissal")
add("disg-small-caps-pregnancy", "disguise-new", REFUSE, M,
    meth(_PREG.format("\u0274\u1d0f \u1d04\u1d0f\u0274\u1d04\u1d07\u0280\u0274s")),
    "'no concerns' in Latin small capitals (U+0274 U+1D0F ...), which NFKC leaves alone")
add("disg-cherokee-pregnancy", "disguise-new", REFUSE, M,
    meth(_PREG.format("\u13c1\u13be \u13df\u13be\u13c1\u13df\u13ac\u13a1\u13c1\u13da")),
    "'NO CONCERNS' in Cherokee capitals")
add("disg-rlo-three-dismissals", "disguise-new", REFUSE, M,
    meth("Methadone: baby \u202esnrecnoc on\u202c, mother \u202esnrecnoc on\u202c, maternity "
         "\u202esnrecnoc on\u202c."),
    "three right-to-left-overridden 'no concerns' (stored reversed, displayed forwards)")
add("dismiss-no-concerns-raised-by-list", "dismissal-new", REFUSE, M,
    meth("Methadone and the baby: no concerns raised by maternity, midwife or drug worker."),
    "a dismissal padded with who did not raise concerns")


def counts() -> dict[tuple[str, str], int]:
    return dict(sorted(Counter((c.category, c.expect) for c in HCASES).items()))


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in counts().items():
        print(f"{category:26} {expect:7} {n}")
    print("total", len(HCASES), "refuse", sum(c.expect == REFUSE for c in HCASES),
          "pass", sum(c.expect == PASS for c in HCASES))
