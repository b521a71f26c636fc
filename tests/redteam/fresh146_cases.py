"""A hundred-and-forty-sixth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
twenty-seventh round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists, the way an independent tester holding records back would send them. Every category goes both ways:
each hollow, disguised or impossible record is paired with a near miss a clinician could well write that must
pass (complete: each medicine named, what it means for this baby, which named professional does what, when):

* ``restated``: the template's prompts restated as answers ("Impact on baby: considered"); against the same
  headings answered;
* ``discussed``: "discussed", "noted", "aware", "explained" with nothing decided; against "discussed and agreed:"
  followed by the decisions;
* ``noowner``: plans held by no one ("owner tbc", "whoever is on", "to be allocated"); against named holders;
* ``deferral``: deferrals to letters, clinics and other services ("as per the drug service letter", "for the
  obstetric team to decide"); against a full plan that also points to a letter;
* ``brands``: UK brands and repeat-slip lines (brand, strength, form) of medicines of concern, unassessed; against
  the same brands assessed and named by ingredient in the conclusions;
* ``misspelt``: a letter dropped, doubled or swapped, sound-alike spellings, unassessed; against a misspelt list
  entry that is assessed, and real medicines whose names are close to worrying ones;
* ``classified``: medicines of concern explained away with a "not of concern" reason; against harmless medicines
  the clinician classifies with a reason;
* ``dates``: assessments before conception, attestations before the assessments or in the future, gestations past
  44 weeks, deliveries after the attestation, start dates in the future; against boundary dates that are true;
* ``routes``: routes the form cannot take (a patch swallowed, oral solution on the skin, tablets injected), a depot
  given daily, doses far above the licensed maximum; against the same lines written right;
* ``household``: the partner's sedating medicines (zopiclone, mirtazapine, promethazine, pregabalin) unassessed,
  dismissed or left out of the conclusion; against the same assessed for co-sleeping and night feeds;
* ``styles``: good conclusions in real styles (letters, SOAP, bullets, tables flattened to text, shorthand such as
  NAS, SCBU, HV, 36/40, tds, r/v), each beside a hollow one in the same style;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Dates were checked with Python's datetime against the base record's dates. Medicines named here are real UK
medicines and brands; no clinical code is invented (no coded medicine is added). ``test_fresh_records.py`` runs
them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh146_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import (
    ELM_PARK,
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
    edit,
    gp_prescriber,
    medicine,
    other_prescriber,
    overall_dose,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F146CASES: list[Case] = []

CATEGORIES = (
    "restated",
    "discussed",
    "noowner",
    "deferral",
    "brands",
    "misspelt",
    "classified",
    "dates",
    "routes",
    "household",
    "styles",
    "disguise",
)

RS, DS, NO, DF, BR, MS, CL, DT, RT, HH, ST, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F146CASES.append(Case(f"f146-{name}", category, expect, base, mutate, why))


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


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


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


def ok(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, PASS, where, text, why, disguise, pre)


def bad(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    pre: Mutation | None = None,
) -> None:
    case(name, category, REFUSE, where, text, why, disguise, pre)


# ---------------------------------------------------------------------------------------------------- restated
bad(
    "rs-meth-headings-considered",
    RS,
    "meth",
    "Methadone 60 mg. Impact on the baby: considered. Neonatal withdrawal plan: considered. Breastfeeding: "
    "considered. Safe sleep: considered. Recommendation: as per the assessment template.",
    "each template heading answered with 'considered'",
    cyr,
)
ok(
    "rs-meth-headings-answered",
    RS,
    "meth",
    "Methadone 60 mg od continues. Impact on the baby: NAS likely, signs from 48-72 h and up to day 8. Withdrawal "
    "plan: postnatal ward midwives score the baby 4-hourly for at least 72 h; HV checks for late signs at home to day "
    "8. Breastfeeding: encouraged on this stable dose. Safe sleep: Jodie is drowsy after her dose, so the baby never "
    "sleeps in her bed or on the sofa; HV sees the cot at the first visit.",
    "the same headings, each answered with the act, holder and time",
    cyr,
)
bad(
    "rs-sert-question-restated",
    RS,
    "sert",
    "What does sertraline 100 mg mean for this baby, and what should be done about it? This question has been "
    "asked and the assessment has looked at it for Jodie's baby.",
    "the prompt restated and said to be looked at",
)
ok(
    "rs-sert-question-then-answer",
    RS,
    "sert",
    "What does sertraline 100 mg mean for this baby? A small risk of adaptation signs (jitteriness, poor feeding, "
    "fast breathing) in the first 48 h and a very small risk of PPHN. So: sertraline continues; the ward midwife "
    "watches the baby for 48 h after birth and calls the paediatrician if signs persist; breastfeeding supported; "
    "GP reviews Jodie's mood at 6 weeks.",
    "a prompt asked, then answered",
)
bad(
    "rs-lith-template-items",
    RS,
    "lith",
    "Lithium (Priadel) 800 mg nocte: levels - to be addressed; effect on baby - to be addressed; infant feeding - to "
    "be addressed; relapse risk - to be addressed; neonatal review - to be addressed.",
    "every item listed as 'to be addressed'",
    zwsp,
)
ok(
    "rs-lith-items-addressed",
    RS,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels: monthly now, weekly from 36/40 and within 24 h of birth, "
    "arranged by the perinatal psychiatrist. Effect on baby: paediatric review after birth for floppiness, poor "
    "feeding and thyroid function. Infant feeding: bottle, as she plans. Relapse: perinatal MH team sees Rebecca "
    "within a week of delivery.",
    "the same items, each addressed",
    zwj,
)
bad(
    "rs-valp-risk-section",
    RS,
    "valp",
    "Sodium valproate: risk to the fetus - see risk section; plan for the pregnancy - see plan section; referral - "
    "see referral section; folic acid - see medicines section.",
    "each section pointed at, nothing said",
)
ok(
    "rs-valp-sections-filled",
    RS,
    "valp",
    "Sodium valproate 500 mg bd. Risk to the fetus: first-trimester exposure, raised risk of malformations and of "
    "neurodevelopmental problems. Plan: valproate continues unchanged until the neurologist sees Hannah, never "
    "stopped abruptly. Referrals: urgent neurology and fetal medicine sent by the GP this afternoon, with a detailed "
    "anomaly scan at 20 weeks. Folic acid 5 mg daily begun at this appointment.",
    "the same sections written out",
    shy,
)
bad(
    "rs-quet-safe-sleep-yes",
    RS,
    "quet",
    "Daniel's quetiapine: sedating? Yes. Safe sleep relevant? Yes. Night care relevant? Yes. Plan needed? Yes.",
    "yes/no prompts restated with yes, no plan",
)
ok(
    "rs-quet-yes-and-plan",
    RS,
    "quet",
    "Daniel's quetiapine 300 mg nocte: sedating? Yes, very hard to wake for hours. Safe sleep: he never sleeps with "
    "the baby on a bed, sofa or armchair. Night care: Chloe does all night feeds; baby in the crib on her side. "
    "Check: HV looks at the crib at every visit up to 8 weeks.",
    "yes/no prompts with the plan each one needs",
)

# ---------------------------------------------------------------------------------------------------- discussed
bad(
    "ds-meth-discussed-aware",
    DS,
    "meth",
    "Methadone 60 mg and the risk of NAS discussed at length with Jodie; she is aware. Safe sleep discussed. "
    "Breastfeeding discussed. Jodie is aware of all of the above and was given a leaflet.",
    "discussed and aware, nothing decided",
    shy,
)
ok(
    "ds-meth-discussed-and-agreed",
    DS,
    "meth",
    "Discussed with Jodie and agreed: methadone 60 mg daily continues unchanged; the postnatal ward scores the baby "
    "for NAS for at least 72 hours and the health visitor watches for late signs to day 8; she will breastfeed; "
    "because she is drowsy after her dose the baby sleeps in its own cot, never her bed or the sofa, and the HV "
    "sees the cot on the first visit.",
    "discussed, then each decision stated",
    shy,
)
bad(
    "ds-mo-noted",
    DS,
    "mo",
    "Methadone and sertraline noted. Pregnancy noted. Previous engagement with the drug service noted. Partner "
    "noted to be supportive. Social care involvement noted.",
    "a list of things noted",
)
ok(
    "ds-mo-noted-then-plan",
    DS,
    "mo",
    "Noted: good engagement with the drug service. Plan: methadone 60 mg and sertraline 100 mg continue at these "
    "doses. After birth the ward midwives watch the baby for withdrawal and SSRI adaptation for 72 hours, then the "
    "HV to day 8. Breastfeeding encouraged. No bed or sofa sharing because methadone makes Jodie drowsy; the social "
    "worker and HV check the cot before discharge.",
    "a noted history followed by the plan",
    fw,
)
bad(
    "ds-cit-explained",
    DS,
    "cit",
    "Citalopram 20 mg: the possible effects on the baby were explained to Megan and she understood the explanation. "
    "She was receptive and had no further questions at the end of the appointment.",
    "explained and understood, no watch or review",
    greek,
)
ok(
    "ds-cit-explained-and-watch",
    DS,
    "cit",
    "Explained to Megan and agreed with her: citalopram 20 mg continues, as stopping last time brought a relapse. "
    "The midwife watches the baby for 48 hours after birth for jitteriness, poor feeding and fast breathing and "
    "calls the paediatrician if they persist; breastfeeding is supported; the GP reviews her mood at 6 weeks.",
    "explained, with the watch and the review",
)
bad(
    "ds-dzp-aware-of-risks",
    DS,
    "dzp",
    "Kayleigh is aware of the risks of diazepam and pregabalin to the baby, and the foster carer is also aware. "
    "Both were made aware of sedation and safe sleep. Awareness confirmed.",
    "everyone aware, no one does anything",
)
ok(
    "ds-dzp-aware-and-rules",
    DS,
    "dzp",
    "Kayleigh and the foster carer know diazepam 5 mg tds and pregabalin 150 mg bd sedate her, and have agreed: she "
    "never sleeps with the baby on a bed, sofa or armchair and never feeds lying down; the foster carer does every "
    "night feed; both medicines continue, the GP starting a slow diazepam taper at the 6-week review. The foster "
    "carer and HV watch for late withdrawal until day 8.",
    "aware, with what they agreed to do",
)
bad(
    "ds-quet-conversation-had",
    DS,
    "quet",
    "A conversation was had with Daniel and Chloe about his quetiapine and the baby's sleep. Both engaged well with "
    "the conversation and it was a positive discussion.",
    "a conversation had, its outcome not given",
)
ok(
    "ds-quet-conversation-outcome",
    DS,
    "quet",
    "Talked through Daniel's quetiapine 300 mg at night with both parents. Outcome: he does no night feeds and never "
    "sleeps with the baby on the bed, sofa or armchair, as he is very hard to wake; Chloe does the nights, baby in "
    "the next-to-me crib. The health visitor checks the crib at every visit until 8 weeks.",
    "the conversation's outcome",
    fw,
)
bad(
    "ds-lo-acknowledged",
    DS,
    "lo",
    "Lithium (Priadel) acknowledged. Risks in pregnancy acknowledged by Rebecca. Relapse history acknowledged. "
    "Feeding preferences acknowledged.",
    "acknowledged four times, nothing planned",
    bidi,
)

# ---------------------------------------------------------------------------------------------------- noowner
bad(
    "no-meth-owner-tbc",
    NO,
    "meth",
    "Methadone 60 mg od continues. Baby to be watched for NAS after birth - owner TBC. Cot to be checked - owner "
    "TBC. Breastfeeding support - owner TBC.",
    "every act's owner 'TBC'",
    zwj,
)
ok(
    "no-meth-owners-named",
    NO,
    "meth",
    "Methadone 60 mg od continues. Baby watched for NAS after birth - postnatal ward midwives, 4-hourly for 72 h; "
    "late signs - HV, home visits to day 8. Cot - HV checks at the first visit, as Jodie is sleepy after her dose "
    "and must not bed or sofa share. Breastfeeding support - community midwife.",
    "every act's owner named",
    zwj,
)
bad(
    "no-dzp-whoever-is-on",
    NO,
    "dzp",
    "Diazepam and pregabalin continue. Whoever is on shift should keep an eye on the baby at night, and someone "
    "should look at reducing the diazepam at some point.",
    "'whoever is on', 'someone', 'at some point'",
)
ok(
    "no-dzp-shift-named",
    NO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The foster carer does every night feed, because both "
    "sedate Kayleigh; Kayleigh never sleeps with the baby on a bed, sofa or armchair. Dr Pritchard begins a diazepam "
    "reduction at the 6-week review. Foster carer and HV look for late withdrawal signs to day 8.",
    "night care and the reduction each held by a named person",
    bidi,
)
bad(
    "no-lith-to-be-allocated",
    NO,
    "lith",
    "Lithium (Priadel) 800 mg continues. Levels monitoring to be allocated. Neonatal review to be allocated. Postnatal "
    "mental health follow-up to be allocated to a team in due course.",
    "every act 'to be allocated'",
)
ok(
    "no-lith-allocated",
    NO,
    "lith",
    "Lithium (Priadel) 800 mg continues. Levels monitoring: perinatal psychiatrist, monthly, weekly from 36 weeks "
    "and within 24 hours of birth. Neonatal review: paediatrician on the postnatal ward, for floppiness, feeding and "
    "thyroid function. Bottle feeding. Postnatal follow-up: perinatal MH team within a week of birth.",
    "every act allocated",
)
bad(
    "no-valp-somebody",
    NO,
    "valp",
    "Valproate 500 mg bd in early pregnancy. Somebody needs to refer her to neurology and fetal medicine, and "
    "someone should start folic acid.",
    "acts needed, no one does them",
    cyr,
)
ok(
    "no-valp-gp-did",
    NO,
    "valp",
    "Valproate 500 mg bd in early pregnancy continues until neurology review, not stopped abruptly. I (Dr McAllister) "
    "referred Hannah urgently to neurology and to fetal medicine for the early and 20-week anomaly scans, and "
    "prescribed folic acid 5 mg daily, at this consultation. The midwife will support breastfeeding if she chooses.",
    "the GP says what she did",
)
bad(
    "no-po-parents-to-sort",
    NO,
    "po",
    "Paracetamol no concern. Daniel's quetiapine: night-time arrangements for the baby are for the family to sort "
    "out between themselves.",
    "the father's sedation left to the family with no plan",
    zwj,
)
ok(
    "no-po-parents-agreed",
    NO,
    "po",
    "Chloe's paracetamol: no concern for the baby. Daniel's quetiapine 300 mg nocte sedates him heavily, so the "
    "parents have agreed Chloe does every night feed, the baby sleeps in the crib on her side and Daniel never "
    "sleeps with the baby on a bed, sofa or chair. HV Joanna Price checks this at each visit to 8 weeks.",
    "the family's arrangement stated and checked by the HV",
)

# ---------------------------------------------------------------------------------------------------- deferral
bad(
    "df-meth-drug-service-letter",
    DF,
    "meth",
    "Methadone: plan as per the Hampton drug service letter of 14/02/26, which is on file. Please refer to it for "
    "the dose, the neonatal plan and the sleep advice.",
    "the whole plan deferred to a letter",
    greek,
)
ok(
    "df-meth-plan-and-letter",
    DF,
    "meth",
    "Methadone 60 mg once daily continues (the drug service letter of 14/02/26 gives the dosing history). The ward "
    "midwives score the baby for NAS every 4 hours for 72 hours after birth; the HV checks for late signs to day 8. "
    "Breastfeeding encouraged. Jodie is drowsy after dosing: no bed or sofa sharing, and the HV checks the cot at "
    "the first visit.",
    "a letter pointed to, the plan written in full",
    greek,
)
bad(
    "df-sert-obstetric-decide",
    DF,
    "sert",
    "Sertraline 100 mg. What this means for the baby and what should happen after birth is for the obstetric team "
    "to decide at the antenatal clinic.",
    "handed to another team to decide",
)
ok(
    "df-sert-obstetric-informed",
    DF,
    "sert",
    "Sertraline 100 mg daily continues; the obstetric team know at the antenatal clinic. After birth the ward "
    "midwife watches the baby 48 hours for jitteriness, poor feeding and fast breathing, with the paediatrician "
    "called if signs persist; breastfeeding supported; GP reviews Jodie's mood at 6 weeks.",
    "the obstetric team informed, the plan made here",
    shy,
)
bad(
    "df-lith-awaiting-psychiatry",
    DF,
    "lith",
    "Lithium (Priadel) 800 mg. Awaiting advice from perinatal psychiatry; the conclusion will be updated once their "
    "letter arrives.",
    "awaiting another service; nothing concluded",
    fw,
)
ok(
    "df-lith-advice-already-in",
    DF,
    "lith",
    "Lithium (Priadel) 800 mg at night continues, on the perinatal psychiatrist's advice received this week. Levels "
    "monthly, weekly from 36 weeks and within 24 h of birth. The paediatrician reviews the baby after birth for "
    "floppiness, poor feeding and thyroid function. Bottle feeding planned; perinatal team sees Rebecca within a "
    "week of birth.",
    "advice received and the plan stated",
)
bad(
    "df-valp-defer-neurology",
    DF,
    "valp",
    "Sodium valproate in pregnancy: defer to neurology. GP not in a position to comment on the risks to the baby "
    "or the plan.",
    "deferral and a refusal to comment",
    shy,
)
bad(
    "df-fo-see-discharge-summary",
    DF,
    "fo",
    "Diazepam and pregabalin: see the maternity discharge summary and the placement plan for all arrangements.",
    "two documents pointed to",
)
ok(
    "df-fo-summary-and-plan",
    DF,
    "fo",
    "Diazepam and pregabalin continue as in the maternity discharge summary, with a supervised diazepam taper by "
    "the GP from the 6-week review. Both sedate Kayleigh: no bed, sofa or armchair sharing, no feeding lying down; "
    "the foster carer does the night feeds. Foster carer and HV watch for late withdrawal to day 8; the social "
    "worker holds the plan.",
    "a summary pointed to, the plan written",
)
bad(
    "df-co-gp-letter-to-follow",
    DF,
    "co",
    "Citalopram. A GP letter will follow with the conclusions of this assessment.",
    "conclusions promised in a later letter",
)
bad(
    "df-quet-his-gp",
    DF,
    "quet",
    "Daniel's quetiapine is a matter for his own GP at Elm Park Surgery, who has been written to, and is outside "
    "the scope of this assessment.",
    "the father's sedation deferred to his GP as out of scope",
    bidi,
)
ok(
    "df-quet-his-gp-and-plan",
    DF,
    "quet",
    "Daniel's quetiapine 300 mg at night (prescribed by his GP at Elm Park, who has been told of the baby) leaves him "
    "very hard to wake, so he does no night feeds and never shares a bed, sofa or armchair with the baby. Chloe does "
    "the nights; baby in the next-to-me crib; the health visitor checks at each visit to 8 weeks.",
    "his GP told, the plan for the baby here",
)

# ---------------------------------------------------------------------------------------------------- styles
bad(
    "st-meth-letter-hollow",
    ST,
    "meth",
    "Dear colleague, thank you for asking me to see Jodie regarding her methadone 60 mg in pregnancy. I saw her "
    "today and we had a helpful chat. I have nothing further to add at this stage. Kind regards, Dr Shah.",
    "a letter with nothing in it",
)
ok(
    "st-meth-letter-full",
    ST,
    "meth",
    "Dear colleague, I saw Jodie today about methadone 60 mg in pregnancy. It continues unchanged. Her baby is "
    "likely to have withdrawal: please score the baby on the postnatal ward for at least 72 hours; the health "
    "visitor will look for late signs to day 8. She hopes to breastfeed, which I support. She is drowsy after her "
    "dose, so the baby must sleep in its own cot, not her bed or sofa; the HV checks the cot at the first visit. "
    "Kind regards, Dr Shah.",
    "a letter with the plan",
)
bad(
    "st-sert-soap-hollow",
    ST,
    "sert",
    "S: on sertraline 100 mg, feels ok. O: well, settled. A: sertraline in pregnancy. P: continue to monitor.",
    "a SOAP note whose plan is 'continue to monitor'",
    zwsp,
)
ok(
    "st-sert-soap-full",
    ST,
    "sert",
    "S: on sertraline 100 mg, mood good, worried about the baby. O: settled, no suicidal ideation. A: relapse risk "
    "if stopped; small risk of neonatal adaptation and PPHN. P: sertraline continues; ward midwife watches baby 48 h "
    "after birth (jittery, poor feeding, fast breathing) and calls paeds if persisting; breastfeeding OK; GP r/v "
    "mood at 6/52.",
    "a SOAP note with a real plan",
    zwsp,
)
bad(
    "st-mo-table-empty",
    ST,
    "mo",
    "Medicine | Risk to baby | Action | Who | When. Methadone | yes | tbc | tbc | tbc. Sertraline | yes | tbc | tbc "
    "| tbc.",
    "a flattened table whose actions are tbc",
)
ok(
    "st-mo-table-full",
    ST,
    "mo",
    "Medicine | Baby | Action | Who | When. Methadone 60 mg | NAS | withdrawal scoring 4-hourly | ward midwives | "
    "72 h from birth. Methadone | late NAS | home checks | HV | to day 8. Sertraline 100 mg | adaptation | watch for "
    "jitteriness | ward midwife | 48 h. Both | sleep | no bed or sofa sharing, cot checked | SW and HV | before "
    "discharge. Breastfeeding encouraged.",
    "a flattened table with every cell filled",
)
bad(
    "st-dzp-bullets-hollow",
    ST,
    "dzp",
    "- diazepam: reviewed\n- pregabalin: reviewed\n- sedation: discussed\n- safe sleep: discussed\n- withdrawal: "
    "discussed",
    "bullets of 'reviewed' and 'discussed'",
    cyr,
)
ok(
    "st-dzp-bullets-full",
    ST,
    "dzp",
    "- diazepam 5 mg tds + pregabalin 150 mg bd: continue; GP tapers diazepam from the 6/52 r/v\n- sedation: yes, "
    "both\n- safe sleep: Kayleigh never sleeps with the baby on a bed/sofa/armchair, never feeds lying down\n- nights: "
    "foster carer does all feeds\n- withdrawal: foster carer + HV watch for late signs to day 8",
    "bullets, each with its act",
    cyr,
)
bad(
    "st-lith-shorthand-hollow",
    ST,
    "lith",
    "Li (Priadel) 800mg nocte. Perinatal MH aware. ?levels. ?paeds. ?BF. R/v prn.",
    "shorthand question marks and 'r/v prn'",
)
ok(
    "st-lith-shorthand-full",
    ST,
    "lith",
    "Lithium (Priadel) 800mg nocte - cont. Levels monthly, weekly from 36/40, and <24h post delivery - perinatal "
    "psych. Paeds r/v baby post delivery: tone, feeding, TFTs. Bottle feeding (Li in breast milk). Perinatal MH r/v "
    "within 1/52 of delivery (high relapse risk).",
    "GP shorthand with the full plan",
    greek,
)
bad(
    "st-quet-sbar-hollow",
    ST,
    "quet",
    "Situation: father on quetiapine. Background: bipolar disorder. Assessment: sedating. Recommendation: for "
    "consideration.",
    "SBAR with 'for consideration' as its recommendation",
)
ok(
    "st-quet-sbar-full",
    ST,
    "quet",
    "Situation: Daniel, the baby's father, takes quetiapine 300 mg at night. Background: bipolar disorder, well. "
    "Assessment: very hard to wake for hours after his dose - a co-sleeping risk. Recommendation: no night feeds by "
    "Daniel; he never sleeps with the baby on bed, sofa or armchair; Chloe does nights; HV checks the crib each visit "
    "to 8 weeks.",
    "SBAR with a recommendation",
    zwsp,
)
bad(
    "st-cit-shorthand-hollow",
    ST,
    "cit",
    "Citalopram 20mg od. Preg 32/40. Mood ok. Nil else. F/u prn.",
    "shorthand with 'nil else' and 'f/u prn'",
)
ok(
    "st-cit-shorthand-full",
    ST,
    "cit",
    "Citalopram 20mg od - continue (relapsed last time stopped). MW to obs baby 48h post delivery for jitteriness, "
    "poor feeding, tachypnoea; paeds if persisting. BF supported. GP mood r/v at 6/52 PN check.",
    "shorthand with the watch, the holder and the review",
)
bad(
    "st-valp-letter-hollow",
    ST,
    "vo",
    "Dear Dr, re: Hannah, valproate, pregnancy. Many thanks. I would be grateful for your input. Yours sincerely, "
    "Dr McAllister.",
    "a referral letter's courtesies as the conclusion",
    fw,
)
ok(
    "st-valp-letter-full",
    ST,
    "vo",
    "Dear colleagues, Hannah has an unplanned pregnancy at 8 weeks on sodium valproate 500 mg bd. She continues it "
    "unchanged until neurology see her, never stopping abruptly. I have referred her urgently today to neurology and "
    "to fetal medicine for early assessment of the baby and the 20-week anomaly scan, and started folic acid 5 mg. "
    "Yours, Dr McAllister.",
    "a referral letter with the exposure plan",
    cyr,
)

# ---------------------------------------------------------------------------------------------------- medicines
# Unassessed medicines of concern in the postnatal record with nothing of concern (a breastfed baby): refused.


def _extra_n(mid: str, name: str, dose: str, *, started: str = "2026-04-04", **extra: Any) -> Mutation:
    return add_medicine(medicine(mid, name, dose, started, gp_prescriber(RIVERSIDE), **extra))


_UNASSESSED: list[tuple[str, str, str, str, str]] = [
    # category, case name, medicine as written, dose, why
    (BR, "br-espranor", "Espranor 8mg oral lyophilisate", "16 mg once daily, supervised", "buprenorphine brand"),
    (BR, "br-longtec", "Longtec 10mg prolonged-release tablets", "10 mg twice a day", "oxycodone brand"),
    (BR, "br-zydol", "Zydol 50mg capsules", "50 mg up to four times a day when needed", "tramadol brand"),
    (BR, "br-zimovane", "Zimovane 7.5mg tablets", "7.5 mg at night", "zopiclone brand"),
    (BR, "br-sominex", "Sominex 20mg tablets", "20 mg at night when needed", "promethazine sold for sleep"),
    (
        BR,
        "br-tegretol-slip",
        "TEGRETOL RETARD 200MG PROLONGED-RELEASE TABS x56",
        "ONE TWICE DAILY",
        "carbamazepine brand as printed on a repeat slip",
    ),
    (BR, "br-keppra-slip", "Keppra 500mg film-coated tablets (56)", "1 bd", "levetiracetam brand, repeat-slip line"),
    (BR, "br-topamax", "Topamax 50mg tablets", "50 mg twice a day", "topiramate brand (pregnancy prevention)"),
    (BR, "br-camcolit", "Camcolit 400mg modified-release tablets", "800 mg at night", "lithium brand"),
    (MS, "ms-gabapentine", "Gabapentine 300mg capsules", "300 mg three times a day", "a letter added"),
    (MS, "ms-zopiclon", "Zopiclon 7.5mg tablets", "7.5 mg at night", "final e dropped"),
    (MS, "ms-promethazene", "Promethazene 25mg tablets", "25 mg at night", "sound-alike ending"),
    (MS, "ms-carbamazapine", "Carbamazapine 200mg tablets", "200 mg twice a day", "vowel swapped"),
    (MS, "ms-lamotrigene", "Lamotrigene 100mg tablets", "100 mg twice a day", "sound-alike ending"),
    (MS, "ms-clonazepamm", "Clonazepamm 500microgram tablets", "500 micrograms at night", "a letter doubled"),
    (MS, "ms-codiene", "Codiene phosphate 30mg tablets", "30 mg four times a day", "two letters swapped"),
    (MS, "ms-fenobarbital", "Fenobarbital 30mg tablets", "30 mg at night", "sound-alike spelling of phenobarbital"),
]
for _cat, _name, _med, _dose, _why in _UNASSESSED:
    add(_name, _cat, REFUSE, N, _extra_n("med-extra", _med, _dose), f"unassessed medicine of concern: {_why}")


# The same kinds of name, assessed: the list carries the brand or misspelling, the conclusions the ingredient.
def _brand(mid: str, name: str, dose: str | None = None) -> Mutation:
    """The listed medicine written as a brand (or slip line) with no dm+d code, its dates and prescriber kept."""

    def mutate(doc: Record) -> None:
        med = next(m for m in doc["medicines"] if m["id"] == mid)
        med["name"] = name
        med.pop("code", None)
        if dose is not None:
            med["dose"] = dose

    return edit(mutate)


add(
    "br-metharose-assessed",
    BR,
    PASS,
    M,
    _brand("med-methadone", "Metharose 1mg/ml oral solution sugar free"),
    "methadone brand, assessed; the conclusions say methadone",
)
add(
    "br-cipramil-assessed",
    BR,
    PASS,
    C,
    _brand("med-citalopram", "Cipramil 20mg tablets"),
    "citalopram brand, assessed; the conclusions say citalopram",
)
add(
    "br-alzain-assessed",
    BR,
    PASS,
    F,
    _brand("med-pregabalin", "Alzain 75mg capsules"),
    "pregabalin brand, assessed; the conclusions say pregabalin",
)
add(
    "br-seroquel-partner-assessed",
    BR,
    PASS,
    P,
    _brand("med-partner-quetiapine", "Seroquel 100mg tablets"),
    "the father's quetiapine under its brand, assessed",
)
add(
    "br-episenta-assessed",
    BR,
    PASS,
    V,
    _brand("med-valproate", "Episenta 500mg prolonged-release capsules"),
    "valproate brand, assessed; the conclusions say valproate",
)
add(
    "br-dyzantil-slip-assessed",
    BR,
    PASS,
    V,
    _brand("med-valproate", "DYZANTIL 500MG PROLONGED-RELEASE TABS x56", "ONE TWICE DAILY"),
    "valproate brand as on a repeat slip, assessed",
)
add(
    "br-sertraline-slip-assessed",
    BR,
    PASS,
    M,
    set_("medicines#med-sertraline.name", "SERTRALINE 50MG TABS x56"),
    "the list line as printed on a repeat slip, assessed",
)
add(
    "ms-sertaline-assessed",
    MS,
    PASS,
    M,
    set_("medicines#med-sertraline.name", "Sertaline 50mg tablets"),
    "misspelt in the list (r dropped), assessed; the conclusions spell it right",
)
add(
    "ms-pregabalen-assessed",
    MS,
    PASS,
    F,
    set_("medicines#med-pregabalin.name", "Pregabalen 75mg capsules"),
    "misspelt in the list (sound-alike), assessed",
)
add(
    "ms-quetiapene-partner-assessed",
    MS,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetiapene 100mg tablets"),
    "the father's quetiapine misspelt, assessed",
)
add(
    "ms-diazzepam-assessed",
    MS,
    PASS,
    F,
    set_("medicines#med-diazepam.name", "Diazzepam 5mg tablets"),
    "a letter doubled in an assessed medicine",
)
add(
    "ms-citalopran-assessed",
    MS,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Citalopran 20mg tablets"),
    "the last letter swapped in an assessed medicine",
)

# Medicine names in disguise: unassessed, refused; assessed, passed.
add(
    "dg-br-zimovane-zero-width",
    DG,
    REFUSE,
    N,
    _extra_n("med-extra", "Zimo\u200bvane 7.5mg tablets", "7.5 mg at night"),
    "unassessed zopiclone brand with a zero-width space inside the name",
)
add(
    "dg-br-espranor-cyrillic",
    DG,
    REFUSE,
    N,
    _extra_n("med-extra", "\u0415spran\u043er 8mg oral lyophilisate", "16 mg once daily, supervised"),
    "unassessed buprenorphine brand with Cyrillic \u0415 and \u043e",
)
add(
    "dg-br-alzain-soft-hyphen-assessed",
    DG,
    PASS,
    F,
    _brand("med-pregabalin", "Al\u00adzain 75mg capsules"),
    "assessed pregabalin brand with a soft hyphen inside the name: a warning at most",
)

# Harmless medicines whose names are close to worrying ones, classified by the clinician.
_NEAR: list[tuple[str, str, str, str, str, str]] = [
    # category, case name, medicine, dose, reason, why
    (
        MS,
        "ms-near-loratadine",
        "Loratadine 10mg tablets",
        "10 mg once daily for hay fever",
        "A non-sedating antihistamine: no drowsiness, so no effect on safe sleep, and very little passes into breast "
        "milk.",
        "close to lorazepam, a non-sedating antihistamine",
    ),
    (
        MS,
        "ms-near-levothyroxine",
        "Levothyroxine 50microgram tablets",
        "50 micrograms once daily",
        "Thyroid replacement at a physiological dose; needed by her and harmless to the breastfed baby.",
        "close to levetiracetam, a thyroid hormone",
    ),
    (
        MS,
        "ms-near-labetalol",
        "Labetalol 100mg tablets",
        "100 mg twice a day for postnatal blood pressure",
        "Blood pressure treatment after pre-eclampsia, compatible with breastfeeding; the midwife checks her blood "
        "pressure.",
        "close to lamotrigine, an antihypertensive",
    ),
    (
        MS,
        "ms-near-cetirizine",
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "A non-sedating antihistamine at the usual dose, compatible with breastfeeding; no effect on her alertness at "
        "night.",
        "close to sertraline in sound, non-sedating",
    ),
    (
        CL,
        "cl-senna",
        "Senna 7.5mg tablets",
        "Two tablets at night for constipation",
        "A stimulant laxative for a few days after the birth; not absorbed in amounts that reach the baby.",
        "a laxative, classified",
    ),
    (
        CL,
        "cl-nicotine-patch",
        "Nicotinell 21mg/24hours transdermal patches",
        "Apply one patch daily, remove at bedtime",
        "Nicotine replacement to stop smoking; far less harm to the breastfed baby than smoking, and not sedating.",
        "nicotine replacement, classified",
    ),
    (
        CL,
        "cl-depo-provera",
        "Depo-Provera 150mg/1ml suspension for injection",
        "150 mg by deep intramuscular injection every 13 weeks",
        "Progestogen-only contraception, compatible with breastfeeding; no effect on the baby or on her alertness.",
        "contraceptive depot, classified",
    ),
    (
        CL,
        "cl-clotrimazole",
        "Clotrimazole 1% cream",
        "Apply two to three times a day for two weeks",
        "A topical antifungal for nipple thrush; wiped off before feeds, nothing reaches the baby.",
        "a topical antifungal, classified",
    ),
]
for _cat, _name, _med, _dose, _reason, _why in _NEAR:
    add(
        _name,
        _cat,
        PASS,
        N,
        _extra_n("med-extra", _med, _dose, not_of_concern_reason=_reason),
        f"a harmless medicine with the clinician's reason: {_why}",
    )

# Medicines of concern explained away with a "not of concern" reason: still need an assessment.
_EXPLAINED: list[tuple[str, str, str, str, str]] = [
    (
        "cl-zimovane-occasional",
        "Zimovane 7.5mg tablets",
        "7.5 mg at night when needed",
        "Only takes it occasionally, so not a medicine of concern.",
        "zopiclone explained away",
    ),
    (
        "cl-oramorph-short",
        "Oramorph 10mg/5ml oral solution",
        "5 mg up to four times a day when needed",
        "Short course after the caesarean section only; not a concern.",
        "morphine explained away",
    ),
    (
        "cl-phenergan-otc",
        "Phenergan 25mg tablets",
        "25 mg at night",
        "Bought over the counter for sleep; she says it is harmless.",
        "promethazine explained away",
    ),
    (
        "cl-codeine-low-dose",
        "Codeine phosphate 15mg tablets",
        "15 mg four times a day",
        "Low dose, so no concern for breastfeeding.",
        "codeine explained away in a breastfed baby",
    ),
]
for _name, _med, _dose, _reason, _why in _EXPLAINED:
    add(
        _name,
        CL,
        REFUSE,
        N,
        _extra_n("med-extra", _med, _dose, not_of_concern_reason=_reason),
        f"a medicine of concern classified as none: {_why}",
    )

# ---------------------------------------------------------------------------------------------------- dates
_VALP_UNDATED = (
    "Sodium valproate 500 mg twice daily continues unchanged until the neurologist sees Hannah; stopping it "
    "abruptly risks seizures. The baby is exposed in the first trimester, so the GP has referred her urgently to "
    "neurology and to fetal medicine for an early scan and the detailed anomaly scan at 20 weeks, and prescribed "
    "folic acid 5 mg daily. The midwife will support breastfeeding if she chooses it."
)
add(
    "dt-valp-assessed-before-conception",
    DT,
    REFUSE,
    V,
    chain(
        set_("assessments#asm-valproate.date", "2026-02-10"),
        set_("assessments#asm-valproate.conclusion", _VALP_UNDATED),
    ),
    "assessment of the pregnancy dated six weeks before its LMP (EDD 2026-12-30)",
)
add(
    "dt-valp-assessed-day-before",
    DT,
    PASS,
    V,
    chain(
        set_("assessments#asm-valproate.date", "2026-05-19"),
        set_("assessments#asm-valproate.conclusion", _VALP_UNDATED.replace("Hannah;", "Hannah, at 7+6 weeks;")),
    ),
    "assessed the day before the overall conclusion and attestation, within the pregnancy",
)
add(
    "dt-meth-attested-before-assessments",
    DT,
    REFUSE,
    M,
    set_("attestation.at", "2026-02-27T16:40:00+00:00"),
    "attested three days before the assessments it attests",
)
add(
    "dt-meth-attested-next-morning",
    DT,
    PASS,
    M,
    chain(set_("attestation.at", "2026-03-03T09:05:00+00:00"), set_("updated", "2026-03-03T09:10:00+00:00")),
    "attested the morning after the assessments, the update time after it",
)
add(
    "dt-meth-attested-next-year",
    DT,
    REFUSE,
    M,
    set_("attestation.at", "2027-03-02T16:40:00+00:00"),
    "attested in the future",
)
add(
    "dt-m-gestation-45-weeks",
    DT,
    REFUSE,
    M,
    chain(
        set_("pregnancy.edd", "2026-01-26"), set_("pregnancy.gestation", {"weeks": 45, "days": 0, "on": "2026-03-02"})
    ),
    "an antenatal record at 45+0 weeks, EDD five weeks past (agreeing with each other)",
)
add(
    "dt-m-gestation-28-weeks",
    DT,
    PASS,
    M,
    set_("pregnancy.gestation", {"weeks": 28, "days": 0, "on": "2026-03-02"}),
    "gestation ten days off the scan EDD: within the 14-day tolerance",
)
bad(
    "dt-cit-now-46-weeks",
    DT,
    "cit",
    "Citalopram 20 mg od continues at 46/40 today. The midwife watches the baby for 48 h after birth for "
    "jitteriness, poor feeding and fast breathing, paediatrician if persisting; breastfeeding supported; GP reviews "
    "Megan's mood at 6 weeks.",
    "a present gestation past 44 weeks (the record says 32+1 on this date)",
    zwsp,
)
ok(
    "dt-cit-now-32-weeks",
    DT,
    "cit",
    "Citalopram 20 mg od continues at 32+1/40 today. The midwife watches the baby for 48 h after birth for "
    "jitteriness, poor feeding and fast breathing, paediatrician if persisting; breastfeeding supported; GP reviews "
    "Megan's mood at 6 weeks.",
    "the present gestation the record gives",
    zwsp,
)
bad(
    "dt-lith-36-weeks-september",
    DT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, then weekly from 36 weeks (from 2 September 2026), "
    "and within 24 h of birth, by the perinatal psychiatrist. Paediatric review of the baby after birth for tone, "
    "feeding and thyroid function. Bottle feeding. Perinatal team sees Rebecca within a week of birth.",
    "36 weeks tied to a date five weeks off the record's (29 July 2026)",
)
ok(
    "dt-lith-36-weeks-july",
    DT,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues. Levels monthly, then weekly from 36 weeks (from 29 July 2026), and "
    "within 24 h of birth, by the perinatal psychiatrist. Paediatric review of the baby after birth for tone, "
    "feeding and thyroid function. Bottle feeding. Perinatal team sees Rebecca within a week of birth.",
    "36 weeks tied to the right date",
    cyr,
)
add(
    "dt-f-delivered-after-attestation",
    DT,
    REFUSE,
    F,
    set_("pregnancy.delivery_date", "2026-06-20"),
    "a postnatal record attested and assessed before the delivery it records",
)
add(
    "dt-f-delivered-earlier",
    DT,
    PASS,
    F,
    set_("pregnancy.delivery_date", "2026-06-05"),
    "delivered a week before the assessment, which fits the five days on the ward",
)
add(
    "dt-n-delivered-after-attestation",
    DT,
    REFUSE,
    N,
    set_("pregnancy.delivery_date", "2026-04-12"),
    "a postnatal record attested three days before the birth",
)
add(
    "dt-n-delivered-day-earlier",
    DT,
    PASS,
    N,
    set_("pregnancy.delivery_date", "2026-04-01"),
    "a birth one day earlier, still before every date in the record",
)
add(
    "dt-p-quetiapine-changed-next-year",
    DT,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.last_changed", "2027-01-05"),
    "a dose change dated in the future",
)
add(
    "dt-p-paracetamol-planned-stop",
    DT,
    PASS,
    P,
    set_("medicines#med-paracetamol.stopped", "2026-06-04"),
    "a planned end of a short course after the attestation: a stop date may lie ahead",
)
add(
    "dt-v-lawful-basis-before-pregnancy",
    DT,
    REFUSE,
    V,
    set_("lawful_basis.recorded_on", "2025-12-01"),
    "consent to share this pregnancy's assessment recorded months before it began",
)
add(
    "dt-m-sertraline-changed-after-assessment",
    DT,
    REFUSE,
    M,
    set_("medicines#med-sertraline.last_changed", "2026-04-01"),
    "the dose changed a month after the assessment of it",
)

# ---------------------------------------------------------------------------------------------------- routes
_ROUTES: list[tuple[Expect, str, str, str, str, str]] = [
    # expect, case name, base, medicine id, dose line, why
    (
        REFUSE,
        "rt-meth-solution-on-skin",
        M,
        "med-methadone",
        "60 ml applied to the skin once daily",
        "an oral solution applied to the skin",
    ),
    (
        PASS,
        "rt-meth-by-mouth",
        M,
        "med-methadone",
        "60 mg (60 ml) by mouth once daily, supervised consumption at the pharmacy",
        "an oral solution by mouth",
    ),
    (
        REFUSE,
        "rt-sert-tablets-iv",
        M,
        "med-sertraline",
        "Two tablets (100 mg) by intravenous injection once daily",
        "tablets injected into a vein",
    ),
    (
        PASS,
        "rt-sert-swallowed",
        M,
        "med-sertraline",
        "Two tablets (100 mg) swallowed each morning",
        "tablets swallowed",
    ),
    (
        REFUSE,
        "rt-dzp-tablets-im",
        F,
        "med-diazepam",
        "5 mg by intramuscular injection three times a day",
        "tablets given intramuscularly",
    ),
    (PASS, "rt-dzp-oral-tds", F, "med-diazepam", "5 mg orally tds", "tablets orally, tds"),
    (
        REFUSE,
        "rt-quet-tablets-inhaled",
        P,
        "med-partner-quetiapine",
        "300 mg (three tablets) inhaled at night",
        "tablets inhaled",
    ),
    (
        PASS,
        "rt-quet-tablets-nocte",
        P,
        "med-partner-quetiapine",
        "300 mg (3 x 100 mg tabs) PO nocte",
        "tablets PO nocte",
    ),
    (
        REFUSE,
        "rt-valp-gr-tablets-rectal",
        V,
        "med-valproate",
        "500 mg inserted rectally twice a day",
        "gastro-resistant tablets given rectally",
    ),
    (
        PASS,
        "rt-valp-gr-tablets-whole",
        V,
        "med-valproate",
        "500 mg twice a day, swallowed whole, not crushed or chewed",
        "gastro-resistant tablets swallowed whole",
    ),
]
for _expect, _name, _base, _mid, _dose, _why in _ROUTES:
    add(_name, RT, _expect, _base, set_(f"medicines#{_mid}.dose", _dose), f"dose line: {_why}")

add(
    "rt-n-patch-swallowed",
    RT,
    REFUSE,
    N,
    _extra_n(
        "med-extra",
        "NiQuitin 21mg/24hours transdermal patches",
        "Swallow one patch each morning",
        not_of_concern_reason="Nicotine replacement to stop smoking; far less harm to the baby than smoking.",
    ),
    "a transdermal patch taken by mouth",
)
add(
    "rt-n-patch-applied",
    RT,
    PASS,
    N,
    _extra_n(
        "med-extra",
        "NiQuitin 21mg/24hours transdermal patches",
        "Apply one patch to clean, hairless skin each morning",
        not_of_concern_reason="Nicotine replacement to stop smoking; far less harm to the breastfed baby than smoking.",
    ),
    "a transdermal patch applied to the skin",
)
add(
    "rt-n-depot-daily",
    RT,
    REFUSE,
    N,
    _extra_n(
        "med-extra",
        "Sayana Press 104mg/0.65ml suspension for injection",
        "104 mg by subcutaneous injection once daily",
        not_of_concern_reason="Progestogen-only contraception, compatible with breastfeeding.",
    ),
    "a 13-weekly contraceptive depot given every day",
)
add(
    "rt-n-depot-13-weekly",
    RT,
    PASS,
    N,
    _extra_n(
        "med-extra",
        "Sayana Press 104mg/0.65ml suspension for injection",
        "104 mg by subcutaneous injection every 13 weeks",
        not_of_concern_reason="Progestogen-only contraception, compatible with breastfeeding; no effect on the baby.",
    ),
    "the depot every 13 weeks",
)
add(
    "rt-cit-400-mg",
    RT,
    REFUSE,
    C,
    chain(set_("medicines#med-citalopram.dose", "400 mg once daily"), overall_dose("20 mg", "400 mg")),
    "citalopram at ten times its licensed maximum (40 mg)",
)
add(
    "rt-cit-40-mg",
    RT,
    PASS,
    C,
    chain(set_("medicines#med-citalopram.dose", "40 mg (two tablets) once daily"), overall_dose("20 mg", "40 mg")),
    "citalopram at its licensed maximum",
)
add(
    "rt-lith-8000-mg",
    RT,
    REFUSE,
    L,
    chain(
        set_("medicines#med-lithium.dose", "8000 mg at night; brand prescribing (Priadel)"),
        overall_dose("800 mg", "8000 mg"),
    ),
    "lithium at ten times a usual dose, a lethal amount",
)
add(
    "rt-lith-1000-mg",
    RT,
    PASS,
    L,
    chain(
        set_("medicines#med-lithium.dose", "1000 mg at night; brand prescribing (Priadel)"),
        overall_dose("800 mg", "1000 mg"),
    ),
    "lithium at a dose within the usual range",
)

# ---------------------------------------------------------------------------------------------------- household


def _partner_med(mid: str, name: str, dose: str, started: str = "2025-09-01") -> Record:
    return medicine(mid, name, dose, started, other_prescriber(ELM_PARK), taken_by="partner")


def _partner_assessment(
    aid: str, mids: list[str], capacity: str, sleep: str, summary: str, recs: str, text: str
) -> Mutation:
    def mutate(doc: Record) -> None:
        base = next(a for a in doc["assessments"] if a["id"] == "asm-partner-quetiapine")
        new: dict[str, Any] = copy.deepcopy(base)
        new["id"] = aid
        new["medicine_ids"] = mids
        new["impact_on_mother"]["parenting_capacity"] = capacity
        new["impact_on_mother"]["safe_sleep"] = sleep
        new["impact_on_baby"]["summary"] = summary
        new["recommendations"] = recs
        new["conclusion"] = text
        doc["assessments"].append(new)

    return mutate


_ZOPICLONE = _partner_med("med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night")
_ZOP_CAPACITY = (
    "Daniel takes zopiclone 7.5 mg most nights for insomnia as well as his quetiapine, and is very hard "
    "to wake after it."
)
_ZOP_SLEEP = (
    "He must not sleep with the baby on a bed, sofa or armchair after his zopiclone, and does no night "
    "feeds; both parents advised together."
)
_ZOP_SUMMARY = "No direct effect on the baby; the risk is co-sleeping with a heavily sedated father."
_ZOP_RECS = "Health visitor checks the sleeping arrangements at each visit to 8 weeks; his GP tells the HV of changes."
_ZOP_GOOD = (
    "Daniel's zopiclone 7.5 mg at night adds to his quetiapine's sedation: after it he does no night feeds and never "
    "sleeps with the baby on a bed, sofa or armchair. Chloe does the nights with the baby in the crib beside her; "
    "the health visitor checks this at every visit to 8 weeks."
)
_PO_BOTH = (
    "Chloe's paracetamol raises no concern. Daniel's quetiapine and zopiclone sedate him heavily at night: no night "
    "feeds by him, and he never shares a bed, sofa or armchair with the baby, who sleeps in the crib by Chloe. The "
    "health visitor has seen the crib and checks again at each visit."
)
add(
    "hh-partner-zopiclone-unassessed",
    HH,
    REFUSE,
    P,
    add_medicine(_ZOPICLONE),
    "the father's hypnotic, never assessed for co-sleeping",
)
add(
    "hh-partner-sominex-unassessed",
    HH,
    REFUSE,
    P,
    add_medicine(_partner_med("med-partner-sominex", "Sominex 20mg tablets", "20 mg at night when needed")),
    "the father's over-the-counter promethazine, never assessed",
)
add(
    "hh-partner-zopiclone-assessed",
    HH,
    PASS,
    P,
    chain(
        add_medicine(_ZOPICLONE),
        _partner_assessment(
            "asm-partner-zopiclone",
            ["med-partner-zopiclone"],
            _ZOP_CAPACITY,
            _ZOP_SLEEP,
            _ZOP_SUMMARY,
            _ZOP_RECS,
            _ZOP_GOOD,
        ),
        set_("overall_conclusion.text", _PO_BOTH),
    ),
    "the father's zopiclone assessed for night care and co-sleeping, named in the overall",
)
add(
    "hh-partner-zopiclone-noted",
    HH,
    REFUSE,
    P,
    chain(
        add_medicine(_ZOPICLONE),
        _partner_assessment(
            "asm-partner-zopiclone",
            ["med-partner-zopiclone"],
            _ZOP_CAPACITY,
            _ZOP_SLEEP,
            _ZOP_SUMMARY,
            _ZOP_RECS,
            "Daniel's zopiclone noted. Both parents aware of safe sleep. Family coping well.",
        ),
        set_("overall_conclusion.text", _PO_BOTH),
    ),
    "the father's zopiclone 'noted', parents 'aware'",
)
add(
    "hh-po-omits-zopiclone",
    HH,
    REFUSE,
    P,
    chain(
        add_medicine(_ZOPICLONE),
        _partner_assessment(
            "asm-partner-zopiclone",
            ["med-partner-zopiclone"],
            _ZOP_CAPACITY,
            _ZOP_SLEEP,
            _ZOP_SUMMARY,
            _ZOP_RECS,
            _ZOP_GOOD + " Reviewed by the HV.",
        ),
    ),
    "the overall conclusion never names the father's assessed zopiclone",
)
_PREGABALIN_P = _partner_med("med-partner-pregabalin", "Pregabalin 150mg capsules", "150 mg twice a day")


def _joint_p(text: str) -> Mutation:
    return chain(
        add_medicine(_PREGABALIN_P),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", "med-partner-pregabalin"]),
        set_(
            "assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
            "Daniel takes quetiapine 300 mg at night and pregabalin 150 mg twice a day for anxiety; together they "
            "leave him very hard to wake at night.",
        ),
        set_("assessments#asm-partner-quetiapine.conclusion", text),
    )


add(
    "hh-partner-pregabalin-joint-omitted",
    HH,
    REFUSE,
    P,
    _joint_p(
        "Daniel's night-time quetiapine leaves him too drowsy to do night feeds or to share a bed or sofa with "
        "the baby. Chloe does the nights and the baby sleeps in the crib; the HV keeps checking this."
    ),
    "pregabalin joined to the father's assessment, its conclusion names quetiapine only",
)
add(
    "hh-partner-pregabalin-joint-named",
    HH,
    PASS,
    P,
    chain(
        _joint_p(
            "Daniel's quetiapine 300 mg nocte with pregabalin 150 mg bd leaves him very hard to wake: no "
            "night feeds by him and no sleeping with the baby on a bed, sofa or armchair. Chloe does the "
            "nights, baby in the crib on her side; HV checks at every visit to 8 weeks."
        ),
        set_(
            "overall_conclusion.text",
            "Chloe's paracetamol: no concern. Daniel's quetiapine and pregabalin sedate him: he does no night "
            "feeds and never shares a bed, sofa or armchair with the baby, who sleeps in the crib by Chloe; the "
            "HV checks the crib at each visit.",
        ),
    ),
    "both of the father's medicines named with the night plan",
)
add(
    "hh-partner-safe-sleep-not-applicable",
    HH,
    REFUSE,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "Not applicable - the medicine is the father's, not the mother's.",
    ),
    "the father's sedation dismissed from safe sleep as not the mother's",
)
add(
    "hh-partner-safe-sleep-shorthand",
    HH,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "No co-sleeping for Dad (bed/sofa/chair) after his quetiapine; no night feeds by him; baby in the NTM crib "
        "on Mum's side. Both parents advised together 28/5.",
    ),
    "the safe sleep answer in shorthand",
)
bad(
    "hh-quet-not-the-patient",
    HH,
    "quet",
    "Daniel's quetiapine is not Chloe's medication and he is not the patient, so it does not form part of this "
    "assessment of the baby.",
    "the father's sedating medicine ruled out of the assessment",
    greek,
)
ok(
    "hh-quet-grandmother-backup",
    HH,
    "quet",
    "Daniel's quetiapine 300 mg nocte makes him very hard to wake, so he does no night feeds and never sleeps with "
    "the baby on a bed, sofa or armchair. Chloe does the nights; if she is unwell her mother, who lives with them and "
    "takes no sedating medicine, does them instead. The HV checks the crib at each visit to 8 weeks.",
    "another household member named as the back-up for nights",
    greek,
)
bad(
    "hh-po-family-aware",
    HH,
    "po",
    "Paracetamol and Daniel's quetiapine reviewed. Family aware of safe sleep guidance. Nothing further.",
    "the father's sedation 'reviewed', family 'aware'",
)
ok(
    "hh-po-co-sleeping-night-feeds",
    HH,
    "po",
    "Paracetamol (Chloe): no concern. Quetiapine (Daniel): heavy sedation at night, so he does no night feeds and "
    "no co-sleeping on bed, sofa or armchair; Chloe does the night feeds with the baby in the NTM crib. HV has seen "
    "the crib and rechecks at the 6-8 week visit.",
    "the father's sedation with night feeds and co-sleeping settled",
    bidi,
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F146CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F146CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F146CASES):3}"
    )
