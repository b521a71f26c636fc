"""A hundred-and-nineteenth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
nineteenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
About a third is good, complete work in every register that must pass; a third is hollow or disguised
conclusions; a third is names and facts (brands, misspellings, near misses, combination products, unlicensed
products, disguised names, impossible dates and routes, doses against the list), each with its twin:

* ``registers``: complete work as GP letters, SOAP, midwife shorthand, discharge summaries, partner and foster
  assessments, pharmacist, HV, social worker, perinatal mental health and drug service letters, letters to named
  professionals and to the mother, headed joint assessments and long conclusions with aims beside real plans;
* ``hollow``: non-answers, deferrals anywhere, goals with no act, plans for the reader, department hand-offs;
* ``copy``: copy and paste with edits between medicines, and joint assessments that drop a medicine;
* ``plans``: plans withdrawn, left to her wish, an earlier pregnancy's or a sibling's plan, medicines as actors,
  roles ruled out, timings that clash, a sedated partner doing nights, plans narrowed to nothing, acts given to
  people with no role (refuse), with twins;
* ``names``: brands, misspellings, combination products, unlicensed products, invisible or look-alike
  characters inside a name, against near misses that are different harmless real medicines;
* ``facts``: impossible dates and routes, doses against the list (tenfold, split, frequency, mg vs micrograms);
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh119_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
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
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F119CASES: list[Case] = []

CATEGORIES = (
    "registers",
    "hollow",
    "copy",
    "plans",
    "names",
    "facts",
    "disguise",
)

RG, HO, CP, PL, NM, FA, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F119CASES.append(Case(f"f119-{name}", category, expect, base, mutate, why))


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


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=3)


def wj(text: str) -> str:
    return inside_words(text, "\u2060", every=4)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f119") -> Mutation:
    """A medicine added to the postnatal record with nothing of concern, with or without a classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, "2026-04-06", gp_prescriber(RIVERSIDE), **fields))


def on(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, expect, base, mutate, why)


# ============================================================================================================
# registers: complete work in every register (pass).

ok(
    "rg-meth-drug-service-letter",
    RG,
    "meth",
    "Hampton Drug and Alcohol Service to Dr Shah: Jodie's methadone stays at 60 mg once daily, supervised at "
    "the chemist, through to delivery; no split dose is needed at present. Her urine screens have been clear "
    "since October. The baby should stay on the postnatal ward for at least 72 hours of withdrawal scoring, and "
    "breastfeeding is encouraged as it eases NAS. Her keyworker will see her weekly until the birth.",
    "a drug service letter: the dose continued, the baby's scoring, feeding, who sees her",
    cyr,
)
ok(
    "rg-sert-pharmacist-note",
    RG,
    "sert",
    "Pharmacist medicines review: sertraline 100 mg once a day is the preferred SSRI in pregnancy and while "
    "breastfeeding, with low levels in milk. It continues unchanged. The midwives will watch the baby for "
    "jitteriness, fast breathing and poor feeding over the first 2 days; GP reviews her mood at 6 weeks.",
    "a pharmacist's note, complete",
)
ok(
    "rg-mo-headed-joint",
    RG,
    "mo",
    "Methadone: continues at 60 mg daily; baby scored for NAS on the postnatal ward for at least 72 h.\n"
    "Sertraline: continues at 100 mg daily; baby watched for adaptation signs in the same period.\n"
    "Feeding: breastfeeding encouraged with both.\n"
    "Sleep: no co-sleeping after her methadone dose; health visitor and social worker see the cot before "
    "discharge.",
    "a joint overall conclusion with headings, both medicines named",
    wj,
)
ok(
    "rg-cit-letter-to-mother",
    RG,
    "cit",
    "Dear Amy, thank you for coming in today. We agreed you will keep taking citalopram 20 mg each morning "
    "through the rest of your pregnancy and while you breastfeed, because stopping now risks your depression "
    "coming back. Your baby may be a little jittery or sleepy for a day or two; the midwives will check on this "
    "before you go home. I will see you for your mood at your 6-week check.",
    "a letter to the mother, complete",
    greek,
)
ok(
    "rg-co-letter-to-named-midwife",
    RG,
    "co",
    "Dear Sister Okafor, Amy remains well on citalopram 20 mg daily at 32/40 and will continue it. Please observe "
    "her baby for 48 hours after delivery for poor neonatal adaptation (tremor, feeding, breathing) and support "
    "breastfeeding, which is compatible. I will review her mood at the postnatal check; the HV is now copied in.",
    "a letter to a named midwife, complete",
)
ok(
    "rg-lith-pnmh-letter",
    RG,
    "lith",
    "Perinatal mental health clinic: lithium (Priadel) 800 mg at night is to continue; her last two "
    "relapses followed stopping it. Levels monthly now, weekly from 36/40, and within 24 hours of delivery, "
    "with the dose held in labour. The neonatal team examines the baby after birth for floppiness and checks "
    "thyroid function; she will bottle feed as advised.",
    "a perinatal mental health letter, complete",
    shy,
)
ok(
    "rg-lo-long-with-aims",
    RG,
    "lo",
    "Our aim is to keep her well after the birth, when her risk of a bipolar relapse is highest.\n\n"
    "To do that, lithium 800 mg at night continues. The GP practice takes levels monthly, and the antenatal "
    "clinic weekly from 36 weeks; the labour ward takes one within 24 hours of birth and withholds the dose "
    "during labour.\n\nFor the baby: a paediatrician reviews the baby on the postnatal ward on day one. She will "
    "bottle feed. We hope she can go home on day 2, and the perinatal team sees her at home within a week.",
    "several paragraphs with an aim and a hope beside real plans with people and times",
)
ok(
    "rg-valp-neurology-soap",
    RG,
    "valp",
    "S: unplanned pregnancy, LMP-dated 8/40, no seizures for 3 years. O: on sodium valproate 500 mg bd. A: the "
    "baby has had first-trimester valproate exposure; stopping abruptly risks seizures in pregnancy. P: continue "
    "valproate; urgent neurology appointment booked for next week to plan a switch; fetal medicine scan at "
    "20/40; folic acid 5 mg daily to 12/40.",
    "SOAP with an assessment and plan",
    zwj,
)
ok(
    "rg-vo-questions-answered",
    RG,
    "vo",
    "Her questions, answered: Is the baby harmed? Valproate in early pregnancy raises the risk of malformations "
    "and of later learning problems, so a detailed fetal medicine scan is booked for 20 weeks. Should she stop "
    "it? No: sodium valproate continues at 500 mg twice a day until neurology, who see her urgently, agree a "
    "switch. Folic acid 5 mg continues to 12 weeks.",
    "questions answered, each with its answer",
)
ok(
    "rg-dzp-sw-case-note",
    RG,
    "dzp",
    "Social worker case note: mum's diazepam 5 mg tds and pregabalin 150 mg bd leave her drowsy. Baby is in "
    "foster care under the interim care order; mum's contact is supervised, she must not hold the baby lying "
    "down or doze with her. The foster carer does all night care and watches for late withdrawal to day 8. I "
    "review contact at the LAC review in 4 weeks.",
    "a social worker's case note, complete",
    bidi,
)
ok(
    "rg-fo-discharge-summary",
    RG,
    "fo",
    "SCBU discharge summary day 5: baby exposed to diazepam and pregabalin; scores settled, no treatment "
    "needed. Discharged to foster carer, who does every night feed. Mum, still sedated on both medicines, may "
    "hold the baby awake and seated, never in bed or on a sofa. HV to see baby on day 7 and 8 for late "
    "withdrawal; social worker holds this plan.",
    "a discharge summary for the overall conclusion, complete",
)
ok(
    "rg-quet-partner-assessment",
    RG,
    "quet",
    "Partner assessment (Daniel, dad): quetiapine 300 mg at 10 pm leaves him very hard to rouse until the "
    "morning. He does not do night feeds and will never fall asleep with the baby on the sofa or in bed; the "
    "baby sleeps in the next-to-me crib on mum's side. He does the evening bath before his dose. HV checks the "
    "arrangement at every visit to 8 weeks.",
    "a partner assessment, complete",
    cyr,
)
ok(
    "rg-po-hv-note",
    RG,
    "po",
    "HV new birth visit: mum on paracetamol only, no concern. Dad's quetiapine 300 mg nocte makes him deeply "
    "sedated: crib seen beside mum's bed, mum does the nights, dad not to nap with baby on the settee after his "
    "tablets. Will recheck at 6-8 wks and sooner if mum is unwell.",
    "an HV note in shorthand, complete",
)
ok(
    "rg-meth-midwife-shorthand",
    RG,
    "meth",
    "Methadone 60mg od (supervised) - cont to term. Baby: NAS scoring 4-hrly on PNW min 72h, Finnegan; paeds "
    "if 2 scores >8. BF encouraged. No co-sleeping (sedation post dose) - MW to check Moses basket at 1st "
    "home visit.",
    "midwife shorthand, complete",
    fw,
)
ok(
    "rg-dzp-headed-joint",
    RG,
    "dzp",
    "Diazepam 5 mg tds - continues, taper planned by GP from 6 weeks.\nPregabalin 150 mg bd - continues.\n"
    "Together: marked sedation. Mum never sleeps with baby or feeds lying down; an adult who is awake does "
    "night care in the placement.\nBaby: late withdrawal possible to day 8 - foster carer and HV to watch.",
    "a headed joint assessment of two medicines",
)
ok(
    "rg-sert-see-also-then-content",
    RG,
    "sert",
    "See also the perinatal team's letter of 20/2. In short: sertraline 100 mg daily continues because the "
    "benefit to her mood outweighs the small risk to the baby; the ward observes the baby for 24 hours for "
    "adaptation signs, and she can breastfeed.",
    "a substantive conclusion that also points to a letter",
)
ok(
    "rg-co-gp-letter-long",
    RG,
    "co",
    "Summary for maternity and the health visitor. Citalopram 20 mg once daily continues through pregnancy "
    "and breastfeeding; she relapsed when she stopped it in 2023.\n\nAfter birth the midwife watches the baby "
    "for 48 hours for tremor, irritability and feeding difficulty, and the baby stays on the ward for at least "
    "24 hours. The GP reviews her mood at the 6-week check; the HV asks about it at each contact.",
    "a long GP letter with reasons and each professional's part",
    cyr,
)
ok(
    "rg-quet-letter-to-father",
    RG,
    "quet",
    "Dear Daniel, as we discussed, your quetiapine at night makes you too sleepy to look after the baby safely "
    "overnight. Please do not do night feeds after your tablets, and never sleep on a bed or sofa with the baby. "
    "Sarah will do the nights and the baby will sleep in her own crib. Your health visitor will check how this "
    "is going at each visit.",
    "a letter to the father, complete",
    shy,
)

bad(
    "rg-meth-soap-findings-only",
    RG,
    "meth",
    "S: on methadone 60 mg daily, feels settled, no on-top use. O: 29+2/40, BP normal, growth on the 50th "
    "centile on scan.",
    "SOAP findings with no assessment and no plan",
    cyr,
)
bad(
    "rg-co-letter-pleasantries",
    RG,
    "co",
    "Dear colleague, many thanks for seeing this pleasant lady on citalopram, who I know well. I would be "
    "grateful for your thoughts and kind help. With best wishes and thanks again.",
    "a GP letter of pleasantries: no conclusion",
)
bad(
    "rg-fo-discharge-header-only",
    RG,
    "fo",
    "Discharge summary. Mother: diazepam, pregabalin. Baby: born 08/06/2026, SCBU day 1-4. Destination: foster "
    "placement. GP: Millbrook Medical Centre. HV: informed.",
    "a discharge summary's headings filled with facts, no plan for the baby",
)
bad(
    "rg-quet-hv-template-left",
    RG,
    "quet",
    "HV note - [partner's medication: quetiapine] [impact on safe sleep: enter here] [plan and who does it: "
    "enter here]",
    "an HV template's prompts left in the box",
)

# ============================================================================================================
# hollow: non-answers, deferrals anywhere, goals with no act, plans for the reader, department hand-offs.

bad(
    "ho-meth-seen-and-stable-only",
    HO,
    "meth",
    "Seen today at the surgery with her partner. Methadone was reviewed in detail and she is stable and "
    "engaged. All the options were explored and documented in the consultation notes.",
    "an account of a consultation: nothing follows for the baby",
    cyr,
)
bad(
    "ho-sert-deferral-middle",
    HO,
    "sert",
    "Sertraline: she is keen to stay on it, and the plan for the baby is as outlined in the perinatal psychiatry "
    "letter dated 14/02/2026, which we hold on file.",
    "a deferral in the middle of a sentence, with a wish",
)
bad(
    "ho-lith-goals-only",
    HO,
    "lith",
    "Aims: 1. keep lithium levels in range through pregnancy. 2. a safe delivery for mother and baby. 3. no "
    "relapse after birth. 4. the baby's wellbeing protected.",
    "goals with no act, no one, no time",
    zwj,
)
ok(
    "ho-lith-goals-with-acts",
    HO,
    "lith",
    "Aim: lithium levels 0.5-0.8 mmol/L through pregnancy; the GP checks them monthly and the antenatal clinic "
    "weekly from 36 weeks. The dose is omitted in labour and a level taken within 24 h of birth. The "
    "paediatrician checks the baby's tone and thyroid on day 1; she bottle feeds.",
    "twin: the aims beside the acts that meet them",
)
bad(
    "ho-valp-for-the-reader",
    HO,
    "valp",
    "Valproate in pregnancy: the receiving clinician should ensure a neurology review and fetal medicine scan "
    "are arranged and should advise her about the risks to the baby as appropriate.",
    "a plan given only to the reader",
    fw,
)
bad(
    "ho-dzp-department-hand-off",
    HO,
    "dzp",
    "Diazepam and pregabalin: the neonatal unit will determine how the baby is monitored, and safe sleeping "
    "and contact are matters for children's social care to decide at the next strategy meeting.",
    "every decision handed to another department",
)
bad(
    "ho-quet-nothing-to-add",
    HO,
    "quet",
    "Quetiapine is the father's medicine, not the mother's. Nothing further to add from a GP perspective; "
    "no issues identified at this stage.",
    "a partner's sedating medicine dismissed",
    greek,
)
ok(
    "ho-quet-not-mothers-but-answered",
    HO,
    "quet",
    "Quetiapine is the father's medicine, not the mother's, so the baby is not exposed to it through milk. The "
    "risk is his heavy sedation at night: he will not share a bed or sofa with the baby or do night feeds after "
    "his dose, and the HV checks the crib at each visit.",
    "twin: the partner's medicine, its sedation and the baby's sleep answered",
)
bad(
    "ho-co-awaiting-everything",
    HO,
    "co",
    "Citalopram 20 mg. Awaiting the perinatal mental health opinion, the paediatric view on observation and "
    "the midwife's feeding assessment before anything is finalised.",
    "everything awaited",
)
bad(
    "ho-mo-padded-pending",
    HO,
    "mo",
    "Methadone and sertraline: pending the multidisciplinary pre-birth planning meeting in April, at which "
    "the drug service, the maternity team, the health visitor and children's social care will all attend and "
    "contribute their views.",
    "a pending meeting padded with its attendees",
    bidi,
)
ok(
    "ho-mo-meeting-plus-plan",
    HO,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue unchanged. The baby stays on the postnatal ward at least "
    "72 hours for NAS scoring; breastfeeding supported; no co-sleeping. The pre-birth meeting in April will "
    "confirm these with the social worker and health visitor, who see the cot before discharge.",
    "twin: a meeting named beside a plan made now",
)
bad(
    "ho-vo-risk-figures-only",
    HO,
    "vo",
    "Sodium valproate is associated with a 10% risk of major malformations and up to 40% of exposed children "
    "have neurodevelopmental problems. The MHRA advises specialist review for all women of childbearing "
    "potential on valproate.",
    "general figures and reported guidance, nothing of this pregnancy",
)
bad(
    "ho-fo-form-only",
    HO,
    "fo",
    "Diazepam and pregabalin section complete. All template boxes ticked, safeguarding tab completed, and the "
    "overall conclusion signed off by the GP in line with the practice audit.",
    "the form's parts only",
    shy,
)
bad(
    "ho-po-sleep-fine-fine-fine",
    HO,
    "po",
    "Paracetamol: fine. Dad's quetiapine: fine. Sleeping: fine. Feeding: fine. Baby: fine.",
    "verdict words with no content, topic by topic",
)
ok(
    "ho-po-verdicts-with-reasons",
    HO,
    "po",
    "Paracetamol: fine, no effect on the baby. Dad's quetiapine: sedates him heavily at night, so he does no "
    "night feeds and never sleeps with the baby. Sleeping: crib beside mum, seen by the HV, who rechecks at 6 "
    "weeks.",
    "twin: each verdict with its reason and act",
)
bad(
    "ho-cit-question-back",
    HO,
    "cit",
    "Citalopram in late pregnancy - is the baby at risk of adaptation problems, and should she breastfeed? "
    "Who will observe the baby after delivery, and for how long?",
    "questions with no answer",
    wj,
)

# ============================================================================================================
# copy: copy-and-paste with edits, joint assessments that drop a medicine.

_METH_SWAPPED = (
    "Sertraline 100 mg should continue through the pregnancy. The baby is likely to need observation for "
    "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the cot "
    "must be checked at the home visit."
)
bad(
    "cp-sert-methadone-text-renamed",
    CP,
    "sert",
    _METH_SWAPPED,
    "the methadone conclusion pasted under sertraline with the name and dose changed",
)
on(
    "cp-sert-identical-to-methadone",
    CP,
    REFUSE,
    M,
    set_(
        "assessments#asm-sertraline.conclusion",
        "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for "
        "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the "
        "cot must be checked at the home visit.",
    ),
    "the methadone conclusion pasted verbatim under sertraline",
)
bad(
    "cp-dzp-drops-pregabalin",
    CP,
    "dzp",
    "Diazepam 5 mg three times a day sedates her: she must not co-sleep or feed the baby lying down, and "
    "another adult who is awake does the nights in the placement. The foster carer watches for late withdrawal "
    "to day 8, and the GP plans a slow diazepam reduction.",
    "a joint assessment whose conclusion never names pregabalin",
    cyr,
)
ok(
    "cp-dzp-names-both-lower-case",
    CP,
    "dzp",
    "diazepam 5mg tds + pregabalin 150mg bd = sedated mum. no co-sleeping, no lying-down feeds; foster carer "
    "does nights. late w/drawal possible to d8, HV d6 + d8. GP to start diazepam taper at 6/52 pn.",
    "twin: shorthand naming both",
)
bad(
    "cp-mo-drops-sertraline",
    CP,
    "mo",
    "Methadone 60 mg continues to term. The baby is scored for withdrawal on the postnatal ward for 72 "
    "hours, breastfeeding encouraged, and the cot seen by the health visitor before discharge.",
    "an overall conclusion that never names sertraline",
)
bad(
    "cp-fo-drops-diazepam",
    CP,
    "fo",
    "Pregabalin continues at 150 mg twice daily and sedates mum: the foster carer does every night feed, mum's "
    "contact is supervised and awake, and the HV sees the baby on day 8 for late withdrawal.",
    "an overall conclusion that never names diazepam",
    fw,
)
ok(
    "cp-fo-brand-names-both",
    CP,
    "fo",
    "Mum's Lyrica (pregabalin) and diazepam both continue and together sedate her. The foster carer does every "
    "night feed; mum's contact is supervised and she never sleeps with the baby. HV sees the baby on days 6 "
    "and 8 for late withdrawal; GP reviews the doses in a month.",
    "twin: one medicine by brand with its ingredient, the other by name",
)
bad(
    "cp-cit-sertraline-text-reused",
    CP,
    "cit",
    "Sertraline should continue: relapse risk outweighs the small risks to the baby, which the maternity team "
    "will watch for after the birth.",
    "another record's sertraline conclusion pasted for citalopram: names the wrong medicine",
)
bad(
    "cp-quet-mothers-lithium-text",
    CP,
    "quet",
    "Quetiapine should continue: the risk of relapse after birth outweighs the risks to the baby, which are "
    "being managed. Levels monthly; the baby needs a paediatric review; breastfeeding is not advised.",
    "the mother's lithium conclusion edited for the father's quetiapine: nothing of his sedation or the cot",
)

# ============================================================================================================
# plans: withdrawn, her wish, an earlier pregnancy's or sibling's plan, medicines as actors, roles ruled out,
# timings that clash, a sedated partner doing nights, plans narrowed to nothing, acts given to no role.

bad(
    "pl-meth-withdrawn",
    PL,
    "meth",
    "Methadone 60 mg daily continues and the baby was to be scored on the postnatal ward for 72 hours; that "
    "plan has since been cancelled and no scoring is now arranged. No co-sleeping was also discussed but not "
    "agreed.",
    "the plan withdrawn and the advice not agreed",
    greek,
)
ok(
    "pl-meth-changed-not-withdrawn",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The scoring plan has changed: instead of 72 hours on the postnatal ward, "
    "the baby will be scored for 5 days because she also takes sertraline. No co-sleeping after her dose; the "
    "midwife checks the cot at the first home visit; breastfeeding supported.",
    "twin: a plan changed, not withdrawn",
)
bad(
    "pl-sert-her-choice",
    PL,
    "sert",
    "Whether to carry on with sertraline, and whether the baby is watched after the birth, is entirely up to "
    "her; we will go along with whatever she decides nearer the time.",
    "the decision left to her wish, later",
    zwj,
)
ok(
    "pl-sert-her-informed-choice",
    PL,
    "sert",
    "She has chosen, after discussion, to continue sertraline 100 mg: the benefit to her mood outweighs the "
    "small risk to the baby. The ward observes the baby for 24 hours for adaptation signs; breastfeeding is "
    "fine with sertraline.",
    "twin: her choice recorded with the decision and the baby's plan",
)
bad(
    "pl-lith-last-pregnancy",
    PL,
    "lith",
    "In her 2022 pregnancy lithium was continued, levels were done every month and the baby had a paediatric "
    "review on day 1 and was bottle fed. That all went smoothly.",
    "an earlier pregnancy's plan told as a story, no plan now",
)
ok(
    "pl-lith-as-last-time-now",
    PL,
    "lith",
    "As in 2022, lithium continues at 800 mg at night. Levels monthly now and weekly from 36/40, one within "
    "24 h of birth; the paediatrician reviews the baby on day 1; she will bottle feed again.",
    "twin: last time's plan restated as now",
)
bad(
    "pl-fo-siblings-plan",
    PL,
    "fo",
    "Diazepam and pregabalin: her older son, born in 2024, was placed with the same foster carer, who did all "
    "the night feeds and took him to the HV clinic; that arrangement worked well for him.",
    "a sibling's arrangements, nothing for this baby",
    cyr,
)
bad(
    "pl-lith-medicine-acts",
    PL,
    "lith",
    "Lithium will keep her mood stable after the birth and will protect the baby from the effects of a "
    "relapse; the Priadel looks after both of them.",
    "the medicine as the one who acts; no levels, no baby review",
)
bad(
    "pl-dzp-mother-does-nights",
    PL,
    "dzp",
    "Diazepam and pregabalin sedate her heavily at night; nevertheless mum will do the night feeds in the "
    "placement so the foster carer can rest, and the baby sleeps in her room.",
    "the sedated mother given the night care",
)
bad(
    "pl-quet-dad-does-nights",
    PL,
    "quet",
    "Dad's quetiapine 300 mg at 10 pm knocks him out until morning. To let mum sleep, he will do the 2 am and "
    "5 am feeds and the baby will sleep in the crib beside him; HV aware.",
    "the sedated partner doing nights",
    bidi,
)
ok(
    "pl-quet-dad-does-evenings",
    PL,
    "quet",
    "Dad's quetiapine 300 mg at 10 pm leaves him deeply asleep overnight. He does the 7 pm feed and bath "
    "before his tablets; mum does every feed from 10 pm to 7 am, and the crib stays on her side. HV to check "
    "at each visit.",
    "twin: the partner's care placed before his dose",
)
bad(
    "pl-meth-timings-clash",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The baby will be scored for withdrawal on the postnatal ward for 72 "
    "hours, and mother and baby will be discharged home 6 hours after delivery. No co-sleeping; breastfeeding "
    "supported.",
    "72 hours of ward scoring and discharge at 6 hours cannot both happen",
    fw,
)
bad(
    "pl-lith-level-timing-clash",
    PL,
    "lith",
    "Lithium 800 mg at night continues. A level will be taken within 24 hours of birth, at the six-week "
    "postnatal check; the paediatrician reviews the baby on day 1; she will bottle feed.",
    "a level within 24 hours of birth placed at six weeks",
)
bad(
    "pl-dzp-narrowed-to-nothing",
    PL,
    "dzp",
    "Diazepam and pregabalin make her drowsy. She must not co-sleep with the baby, except at night and at nap "
    "times; the foster carer checks on the baby when she is able to.",
    "the rule narrowed to nothing, the check held by no time",
)
ok(
    "pl-dzp-narrowed-sensibly",
    PL,
    "dzp",
    "Diazepam and pregabalin make her drowsy. She may hold and feed the baby sitting up while awake and "
    "supervised, never lying down and never at night; the foster carer does all night care and watches for "
    "late withdrawal signs to day 8.",
    "twin: a rule with a reasoned exception",
)
bad(
    "pl-po-child-does-nights",
    PL,
    "po",
    "Paracetamol: no concern. Dad is sedated by quetiapine at night, so their 11-year-old daughter will give "
    "the night bottles, and the baby will sleep in the girl's bed with her.",
    "the night care given to a child with no role, bed sharing with a child",
)
bad(
    "pl-mo-roles-ruled-out",
    PL,
    "mo",
    "Methadone and sertraline continue. The health visitor, who is not involved in this family, will check the "
    "cot; the social worker, whose case is closed, will see the baby at home after discharge.",
    "acts given to roles the text rules out",
    shy,
)
ok(
    "pl-mo-hv-not-yet-but-will",
    PL,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. The health visitor has not met her yet and will do an "
    "antenatal visit at 34/40 and check the cot; the baby stays 72 h on the ward for NAS scoring; breastfeeding "
    "encouraged; no co-sleeping after her dose.",
    "twin: a role not yet involved who takes on the act",
)
bad(
    "pl-vo-neighbour-checks",
    PL,
    "vo",
    "Sodium valproate continues unchanged. Her neighbour, who is a retired nurse, will keep an eye on whether "
    "she takes it and tell her if anything looks wrong with the pregnancy.",
    "the act given to someone with no role; no neurology or scan",
)

# ============================================================================================================
# names: brands, misspellings, combinations, unlicensed products, disguised names, near misses.

_HARMLESS = "Bought over the counter for a few days; the community pharmacist said it was fine while breastfeeding."

for _slug, _name, _dose in [
    ("phenergan-nightime", "Phenergan Nightime 25mg tablets", "25 mg at night"),
    ("lloyds-sleep-aid", "Lloydspharmacy Extra Strength Sleep Aid 50mg tablets", "50 mg at bedtime"),
    ("dilantin-infatabs", "Dilantin Infatabs 50mg chewable tablets", "100 mg twice a day"),
    ("enodama-primidone", "Enodama 50mg tablets", "250 mg at night"),
    ("ebetrex-methotrexate", "Ebetrex 10mg tablets", "10 mg once a week"),
    ("dozic-haloperidol", "Dozic 1mg/ml oral liquid", "2 mg at night"),
    ("duciltia-duloxetine", "Duciltia 60mg gastro-resistant capsules", "60 mg once daily"),
    ("dypracet-codydramol", "Dypracet 10mg/500mg tablets", "Two tablets four times a day"),
    ("syndol", "Syndol tablets", "Two tablets every 6 hours when needed"),
    ("solpadeine-max", "Solpadeine Max tablets", "Two tablets up to four times a day"),
    ("nurofen-plus", "Nurofen Plus tablets", "Two tablets three times a day"),
    ("misspelt-quetiapene", "Quetiapene 25mg tablets", "25 mg at night"),
    ("misspelt-amitryptiline", "Amitryptiline 10mg tablets", "10 mg at night"),
    ("misspelt-zopiclon", "Zopiclon 7.5mg tablets", "7.5 mg at night"),
    ("misspelt-promethazene", "Promethazene 25mg tablets", "25 mg at night"),
    ("zwj-oxycodone", "Oxy\u200dcodone 5mg capsules", "5 mg every 6 hours when needed"),
    ("greek-omicron-codeine", "C\u03bfdeine 30mg tablets", "30 mg four times a day"),
    ("fullwidth-tramadol", "\uff34\uff52\uff41\uff4d\uff41\uff44\uff4f\uff4c 50mg capsules", "50 mg four times a day"),
    ("shy-gabapentin", "Gaba\u00adpen\u00adtin 300mg capsules", "300 mg three times a day"),
]:
    on(
        f"nm-{_slug}-called-harmless",
        NM,
        REFUSE,
        N,
        extra(_name, _dose, _HARMLESS),
        f"a medicine of concern ({_name!r}) classified as harmless instead of being assessed",
    )

for _slug, _name, _dose, _reason in [
    (
        "fluconazole-not-fluoxetine",
        "Fluconazole 150mg capsules",
        "150 mg single dose",
        "A single dose for vaginal thrush; compatible with breastfeeding, no effect on the baby's alertness.",
    ),
    (
        "lamisil-not-lamictal",
        "Lamisil 1% cream",
        "Apply twice a day to the feet for 2 weeks",
        "Terbinafine cream for athlete's foot; negligible absorption, away from the breast.",
    ),
    (
        "clotrimazole-not-clonazepam",
        "Clotrimazole 1% cream",
        "Apply two to three times a day",
        "An antifungal cream; not absorbed to any degree, not sedating.",
    ),
    (
        "cetirizine-not-sedating",
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "A non-sedating antihistamine for hay fever; compatible with breastfeeding.",
    ),
    (
        "clobetasone-not-clobazam",
        "Clobetasone butyrate 0.05% cream",
        "Apply thinly once a day for 7 days",
        "A mild steroid cream for eczema on her hands; washed off before handling the baby.",
    ),
    (
        "hydrocortisone-not-hydroxyzine",
        "Hydrocortisone 1% cream",
        "Apply twice a day",
        "A mild steroid cream for a rash; no systemic effect, compatible with breastfeeding.",
    ),
    (
        "unlicensed-vitamin-d",
        "Vitamin D3 25 microgram capsules (food supplement)",
        "One capsule daily",
        "A vitamin D supplement as advised for breastfeeding mothers; not a medicine of concern.",
    ),
    (
        "milk-thistle-classified",
        "Milk thistle capsules (bought online)",
        "One capsule daily",
        "A herbal product she bought to help her milk supply; no sedative or opioid action. The midwife has "
        "advised her to stop it if the baby becomes unsettled.",
    ),
]:
    on(f"nm-{_slug}", NM, PASS, N, extra(_name, _dose, _reason), "a harmless medicine near a worrying name, classified")

on(
    "nm-milk-thistle-unclassified",
    NM,
    REFUSE,
    N,
    extra("Milk thistle capsules (bought online)", "One capsule daily", None),
    "an unlicensed herbal product neither recognised nor classified by the clinician",
)
on(
    "nm-melatonin-imported-unclassified",
    NM,
    REFUSE,
    N,
    extra("Melatonin 3mg tablets (imported, unlicensed)", "3 mg at bedtime", None),
    "an unlicensed sleep product, not classified: it may sedate the mother at night",
)
on(
    "nm-cyrillic-pregabalin-renamed",
    NM,
    PASS,
    F,
    set_("medicines#med-pregabalin.name", "Pr\u0435gabalin 75mg capsules"),
    "a look-alike letter inside a listed, assessed medicine's name: still pregabalin (a warning at most)",
)
on(
    "nm-zw-quetiapine-renamed",
    NM,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetia\u200bpine 100mg tablets"),
    "a zero-width space inside an assessed medicine's name: still quetiapine",
)
on(
    "nm-lustral-brand",
    NM,
    PASS,
    M,
    set_("medicines#med-sertraline.name", "Lustral 50mg tablets"),
    "sertraline by its brand, still assessed and named by ingredient in the conclusions",
)
on(
    "nm-citalopram-misspelt-list",
    NM,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Citalopran 20mg tablets"),
    "a one-letter misspelling of an assessed medicine: still citalopram",
)
on(
    "nm-sertraline-swapped-for-selegiline",
    NM,
    REFUSE,
    M,
    set_("medicines#med-sertraline.name", "Selegiline 5mg tablets"),
    "a different real medicine near sertraline: the conclusions assess sertraline, which is no longer listed",
)

# ============================================================================================================
# facts: impossible dates and routes, doses against the list, each with its twin.

on("fa-assessment-april-31", FA, REFUSE, L, set_("assessments#asm-lithium.date", "2026-04-31"), "no 31 April")
on(
    "fa-assessment-april-30",
    FA,
    PASS,
    L,
    chain(set_("assessments#asm-lithium.date", "2026-04-30")),
    "twin: 30 April, a week before the overall conclusion",
)
on(
    "fa-medicine-started-after-assessment",
    FA,
    REFUSE,
    F,
    set_("medicines#med-diazepam.started", "2026-07-01"),
    "the diazepam assessed on 12 June was started in July",
)
on(
    "fa-attested-before-assessment",
    FA,
    REFUSE,
    L,
    set_("attestation.at", "2026-05-05T12:25:00+00:00"),
    "the record attested the day before the assessment it attests",
)
on(
    "fa-attested-next-week",
    FA,
    PASS,
    L,
    set_("attestation.at", "2026-05-13T09:10:00+00:00"),
    "twin: attested a week after the assessment",
)
on(
    "fa-edd-gestation-mismatch",
    FA,
    REFUSE,
    C,
    set_("pregnancy.edd", "2026-06-20"),
    "32+1 on 10 Feb cannot give an EDD in late June",
)
on(
    "fa-diazepam-im",
    FA,
    REFUSE,
    F,
    set_("medicines#med-diazepam.dose", "5 mg IM three times a day"),
    "tablets injected",
)
on(
    "fa-diazepam-by-mouth",
    FA,
    PASS,
    F,
    set_("medicines#med-diazepam.dose", "5 mg by mouth three times a day"),
    "twin: tablets by mouth",
)
on(
    "fa-methadone-nebulised",
    FA,
    REFUSE,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) nebulised once daily, supervised"),
    "an oral solution nebulised",
)
on(
    "fa-quetiapine-subcut",
    FA,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg subcutaneously at night"),
    "tablets injected under the skin",
)
bad(
    "fa-sert-150-vs-100",
    FA,
    "sert",
    "Sertraline 150 mg daily continues: the benefit to her mood outweighs the small risk to the baby, whom the "
    "ward observes for 24 hours for adaptation signs. Breastfeeding is fine.",
    "a dose in the conclusion the list does not give (100 mg)",
)
ok(
    "fa-sert-two-50s",
    FA,
    "sert",
    "Sertraline continues as two 50 mg tablets each morning: the benefit to her mood outweighs the small risk to "
    "the baby, whom the ward observes for 24 hours for adaptation signs. Breastfeeding is fine.",
    "twin: the dose as two tablets of the strength",
)
bad(
    "fa-lith-micrograms",
    FA,
    "lith",
    "Lithium 800 micrograms at night continues. Levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth; paediatric review of the baby on day 1; bottle feeding.",
    "micrograms for milligrams",
)
bad(
    "fa-valp-500-daily-split",
    FA,
    "valp",
    "Sodium valproate 500 mg daily continues until neurology review: stopping suddenly risks seizures. The "
    "baby was exposed in the first trimester, so fetal medicine will scan at 20 weeks; folic acid 5 mg started.",
    "a day's dose half the line's 500 mg twice a day",
)
ok(
    "fa-valp-1g-daily",
    FA,
    "valp",
    "Sodium valproate 1 g a day (500 mg bd) continues until neurology review: stopping suddenly risks seizures. "
    "The baby was exposed in the first trimester, so fetal medicine will scan at 20 weeks; folic acid 5 mg "
    "started.",
    "twin: the day's total",
)
bad(
    "fa-dzp-tenfold",
    FA,
    "dzp",
    "Diazepam 50 mg tds and pregabalin 150 mg bd continue; together they sedate her, so she never sleeps with "
    "the baby and the foster carer does the nights. Late withdrawal possible to day 8; HV to see the baby.",
    "diazepam tenfold",
)
ok(
    "fa-dzp-daily-totals",
    FA,
    "dzp",
    "Diazepam 15 mg a day and pregabalin 300 mg a day continue; together they sedate her, so she never sleeps "
    "with the baby and the foster carer does the nights. Late withdrawal possible to day 8; HV to see the baby.",
    "twin: each day's total",
)
bad(
    "fa-quet-30-nocte",
    FA,
    "quet",
    "Father's quetiapine 30 mg nocte continues and makes him drowsy overnight: mum does the night feeds, the "
    "baby sleeps in her own crib and he never naps with her on the sofa. HV checks each visit.",
    "a tenth of the listed 300 mg",
)
bad(
    "fa-pregabalin-300-bd",
    FA,
    "fo",
    "Diazepam 5 mg tds and pregabalin 300 mg bd continue and sedate mum: foster carer does nights, contact "
    "supervised and awake, HV day 6 and 8 for late withdrawal, GP reviews the doses next month.",
    "the frequency doubles the listed 150 mg twice a day",
    greek,
)

bad(
    "fa-meth-6-mg",
    FA,
    "meth",
    "Methadone 6 mg daily continues to term, supervised. The baby stays on the postnatal ward for 72 hours of "
    "NAS scoring; breastfeeding encouraged; no co-sleeping after her dose, cot checked at the home visit.",
    "a tenth of the listed 60 mg",
)
ok(
    "fa-meth-60-ml",
    FA,
    "meth",
    "Methadone 60 ml (1 mg/ml) daily continues to term, supervised. The baby stays on the postnatal ward for "
    "72 hours of NAS scoring; breastfeeding encouraged; no co-sleeping after her dose, cot checked at the home "
    "visit.",
    "twin: the dose as the volume of the 1 mg/ml solution",
    zwj,
)
on(
    "nm-co-amoxiclav-not-co-codamol",
    NM,
    PASS,
    N,
    extra(
        "Co-amoxiclav 500mg/125mg tablets",
        "One tablet three times a day for 7 days",
        "An antibiotic for mastitis; compatible with breastfeeding, may loosen the baby's stools only.",
    ),
    "a combination antibiotic whose name is near co-codamol, classified",
)
on(
    "nm-feminax-called-harmless",
    NM,
    REFUSE,
    N,
    extra("Feminax Period Pain tablets", "Two tablets up to four times a day", _HARMLESS),
    "a brand of co-codamol classified as harmless instead of being assessed",
)
bad(
    "ho-meth-semicolon-deferral",
    HO,
    "meth",
    "Methadone 60 mg continues unchanged; for the baby's observation after birth, safe sleep and feeding, "
    "refer to the neonatal abstinence guideline and the drug service's care plan.",
    "the dose stated, every concern for the baby deferred after a semicolon",
    shy,
)
bad(
    "ho-mo-recipients-to-action",
    HO,
    "mo",
    "Methadone and sertraline continue. Recipients to action: neonatal withdrawal scoring, safe sleeping "
    "check, breastfeeding support and the mood review, as per local policy.",
    "the acts given to whoever receives it",
)
ok(
    "ho-mo-named-roles-to-action",
    HO,
    "mo",
    "Methadone 60 mg and sertraline 100 mg continue. Actions: postnatal ward - NAS scoring for 72 h; midwife - "
    "breastfeeding support and cot check; HV and social worker - see the sleeping arrangements before "
    "discharge; GP - mood review at 6 weeks.",
    "twin: each act given to a named role",
    fw,
)
bad(
    "pl-fo-hv-before-birth-of-placement",
    PL,
    "fo",
    "Diazepam and pregabalin continue and sedate mum, so the foster carer does all the nights. The HV will see "
    "the baby in the placement on day 3 to check for late withdrawal, and the baby moves from SCBU to the "
    "placement on day 10.",
    "the HV's placement visit falls a week before the baby reaches the placement",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F119CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F119CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F119CASES):3}"
    )
