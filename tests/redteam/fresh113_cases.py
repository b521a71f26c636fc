"""A hundred-and-thirteenth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
seventeenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
About a third is good, complete work in every register that must pass; a third is hollow or disguised
conclusions; a third is names and facts, each with its twin:

* ``registers``: complete work as GP letters, SOAP, midwife shorthand, discharge summaries, partner assessments,
  foster placements, pharmacist, HV, social worker, perinatal mental health and drug service letters, letters
  to named professionals and to the mother, joint assessments with headings, long conclusions with aims,
  questions answered and hopes beside real plans (pass);
* ``hollow``: non-answers, deferrals anywhere, department hand-offs, goals with no act, plans for the reader,
  copy-paste with edits, filler, dismissals (refuse), with substantive twins;
* ``joint``: joint assessments and overall conclusions that drop a medicine or name it by class only (refuse),
  or name each (pass);
* ``plans``: withdrawn, left to her wish, an earlier pregnancy's plan, medicines as actors, roles ruled out,
  timings that clash, a sedated partner doing nights (refuse), with twins;
* ``names``: brands no earlier corpus used, misspellings, combination products, English-word brands,
  unlicensed products, invisible or look-alike characters inside a name, each against a near miss that is a
  different, harmless real medicine (pass);
* ``dates``: impossible calendar dates and dates at a field's edge (refuse), with boundary twins (pass);
* ``routes``: forms given by a route they cannot take, in dose lines and conclusions, and twins;
* ``doses``: doses in a conclusion against the list (tenfold, mg against micrograms, the split, frequency),
  and twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh113_cases`` for the counts per category.
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
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F113CASES: list[Case] = []

CATEGORIES = (
    "registers",
    "hollow",
    "joint",
    "plans",
    "names",
    "dates",
    "routes",
    "doses",
    "disguise",
)

RG, HO, JT, PL, NM, DT, RT, DS, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F113CASES.append(Case(f"f113-{name}", category, expect, base, mutate, why))


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
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


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


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f113") -> Mutation:
    """A medicine added to the postnatal record with nothing of concern, with or without a classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **fields))


def on_n(name: str, category: str, expect: Expect, mutate: Mutation, why: str) -> None:
    add(name, category, expect, N, mutate, why)


# ============================================================================================================
# registers: complete work in every register (pass).

ok(
    "rg-meth-letter-to-ward-sister",
    RG,
    "meth",
    "Dear Sister Okafor, re Jodie (29+2/40). Methadone 60 mg once daily, supervised at the pharmacy, continues to "
    "term and after delivery; we agreed no reduction in pregnancy. Please keep mother and baby on the postnatal "
    "ward for at least 72 hours of NAS scoring, 4-hourly, with the paediatric SHO called for two scores of 8 or "
    "more. She plans to breastfeed and should be helped to. She is drowsy for a few hours after her dose, so no "
    "bed or sofa sharing; the community midwife will look at the Moses basket at the first home visit. "
    "Kind regards, Dr Shah",
    "a letter to a named ward sister: the dose, the decision, the ward's and the midwife's parts",
    zwsp,
)
ok(
    "rg-sert-pharmacist-note",
    RG,
    "sert",
    "Pharmacist medicines reconciliation: sertraline 50 mg x2 (100 mg) each morning, taken reliably; continue. "
    "For the baby the risk of PPHN is small and poor neonatal adaptation, if it happens, is usually mild and "
    "over within a few days, so the midwife adds jitteriness, fast breathing and poor feeding to the baby's "
    "observations for 48 hours. Sertraline is the SSRI of choice in breastfeeding: she can feed as planned.",
    "a pharmacist's note, complete",
)
ok(
    "rg-mo-joint-with-headings",
    RG,
    "mo",
    "Methadone: 60 mg od continues unchanged, supervised; no detox in pregnancy.\n"
    "Sertraline: 100 mg od continues; mood settled since 20/40.\n"
    "For the baby: at least 72 h on the postnatal ward with NAS scoring, the midwife also noting SSRI adaptation "
    "signs; HV checks for late withdrawal to day 8.\n"
    "Feeding: breastfeeding encouraged on both.\n"
    "Sleep: methadone makes her drowsy, so the baby sleeps in his own cot; SW and HV see the cot before discharge.",
    "a joint overall conclusion with headings, each medicine named",
    shy,
)
ok(
    "rg-lith-letter-to-mother",
    RG,
    "lith",
    "Dear Rebecca, thank you for seeing us today. As we agreed, you will stay on lithium (Priadel) 800 mg at "
    "night, because stopping would put you at high risk of becoming very unwell after the birth. We will check "
    "your lithium level every 4 weeks, then weekly from 36 weeks and within 24 hours of the birth. A "
    "paediatrician will examine your baby after delivery and check for sleepiness, floppiness, feeding and "
    "thyroid problems. Because lithium passes into breast milk, you have chosen to bottle feed, which we support.",
    "a letter to the mother, complete",
)
ok(
    "rg-lo-long-aims-questions-hopes",
    RG,
    "lo",
    "Aims: to keep Rebecca well through pregnancy and the months after the birth, and to keep her baby safe "
    "from lithium effects around delivery.\n\n"
    "Her questions: Will lithium harm the baby? The fetal echo at 20 weeks was normal; the remaining risk is "
    "toxicity in the baby around delivery, which we manage with levels. Can she breastfeed? Not advised on "
    "lithium; she will bottle feed.\n\n"
    "Plan: lithium (Priadel) 800 mg nocte continues; levels 4-weekly, weekly from 36/40 and within 24 h of "
    "delivery; the obstetric team advise on the dose in labour; paediatric review of the baby on day 1 with "
    "thyroid function; perinatal mental health review within 7 days of birth.\n\n"
    "We hope she will feel able to ring the team early if her sleep goes.",
    "several paragraphs with aims, questions answered and a hope beside a real plan",
    greek,
)
ok(
    "rg-valp-neurology-gp-joint",
    RG,
    "valp",
    "Joint GP and neurology telephone discussion: sodium valproate 500 mg bd continues for now and must not be "
    "stopped, as a seizure would endanger her and the pregnancy. The baby was exposed through the first 8 weeks, "
    "which carries about a 1 in 10 risk of a major malformation and a higher risk of developmental problems: "
    "fetal medicine will see her within 2 weeks for a detailed scan, and the neurologist sees her on 27/05 to "
    "decide whether to switch. Folic acid 5 mg od continues to 12 weeks.",
    "a joint neurology and GP assessment, complete",
)
ok(
    "rg-vo-soap",
    RG,
    "vo",
    "S: unplanned pregnancy, LMP-dated 8/40, on sodium valproate 500 mg bd for JME; no seizures for 2 years. "
    "O: well. A: first-trimester valproate exposure; high teratogenic risk. P: continue valproate unchanged - "
    "do not stop; urgent neurology r/v (booked 27/05); fetal medicine referral sent today for early scan; "
    "folic acid 5 mg od started; annual risk form to be re-signed at the neurology visit.",
    "SOAP with assessment and plan",
    cyr,
)
ok(
    "rg-dzp-social-worker-case-note",
    RG,
    "dzp",
    "SW case note: Kayleigh takes diazepam 5 mg tds and pregabalin 150 mg bd; together they make her sleepy, "
    "most after each dose. Agreed with her and the foster carer: contact is supervised by the foster carer, she "
    "never holds the baby when drowsy and never naps with him, and the foster carer does all overnight care. "
    "The baby had mild withdrawal on day 3; the foster carer records feeds and settling and rings SCBU outreach "
    "for tremor or poor feeding up to day 8; HV visits day 6 and day 8. Diazepam taper from 6 weeks via GP.",
    "a social worker's case note, complete",
)
ok(
    "rg-fo-discharge-summary",
    RG,
    "fo",
    "Discharge summary, postnatal ward to foster placement (day 4). Maternal medicines: diazepam 5 mg tds and "
    "pregabalin 150 mg bd, both continuing, both sedating. Baby: NAS scores peaked at 6 on day 3, no treatment "
    "needed; late signs possible to day 8. Plan: foster carer to feed and settle overnight and to ring the "
    "neonatal unit for high-pitched crying, tremor or poor feeds; mum's contact supervised and never while "
    "drowsy; no shared sleep on bed, sofa or chair; HV day 6 and day 8; SW reviews contact at 4 weeks.",
    "a discharge summary naming both medicines",
    bidi,
)
ok(
    "rg-quet-hv-partner-note",
    RG,
    "quet",
    "HV note (partner's medicine): Daniel takes quetiapine 300 mg at about 10 pm and is very hard to rouse until "
    "morning. Agreed with both parents: Chloe does all feeds from 10 pm to 7 am; the baby sleeps in the bedside "
    "crib on Chloe's side; Daniel does not doze with the baby on the sofa in the evening after his dose. I will "
    "recheck the crib and the night routine at the 6-8 week contact.",
    "an HV note on the partner's medicine, complete",
    fw,
)
ok(
    "rg-po-letter-to-father",
    RG,
    "po",
    "Dear Daniel, this is what we agreed about your quetiapine 300 mg at night and your baby. The medicine makes "
    "you very sleepy, so after your dose you should not do night feeds, be left alone with the baby, or fall "
    "asleep with her on the sofa, a chair or in bed. Chloe does the night feeds, and the baby sleeps in her "
    "own crib. Chloe's paracetamol raises no concern. Your health visitor will check the sleeping arrangements "
    "at each visit; please tell your GP before any change of dose.",
    "a letter to the father, complete",
)
ok(
    "rg-cit-midwife-shorthand",
    RG,
    "cit",
    "Citalopram 20 mg od - cont (relapse risk > risk to baby). Baby: small risk PNAS (jittery, tachypnoea, poor "
    "feeding) - MW obs 48 h on PNW. BF supported, low levels in milk. HV informed. GP mood r/v at 6/52 pn.",
    "midwife shorthand, complete",
    zwsp,
)
ok(
    "rg-co-gp-letter",
    RG,
    "co",
    "Dear colleague, citalopram 20 mg once daily continues through pregnancy and breastfeeding: her depression "
    "relapsed when she stopped it in 2024. The midwives will observe the baby for 48 hours after birth for "
    "jitteriness, fast breathing and poor feeding, and the paediatric team will be called if these persist. "
    "I will review her mood at the 6-week check. Amended to add the health visitor as a recipient. Yours, GP",
    "a GP letter, complete (keeps the amendment note)",
)
ok(
    "rg-meth-drug-service-letter",
    RG,
    "meth",
    "Hampton DAS keyworker letter: Jodie has been on methadone 60 mg daily for 14 months, supervised, with "
    "negative urine screens since 16/40. We will not reduce in pregnancy; any change is agreed with maternity "
    "first. The baby is expected to need NAS monitoring for at least 72 hours after birth and the ward will "
    "score him 4-hourly. Breastfeeding is encouraged. She is drowsy after her dose, so no co-sleeping; her "
    "keyworker will reinforce safe sleep at each appointment until 6 weeks after birth.",
    "a drug service letter, complete",
)
ok(
    "rg-dzp-perinatal-mh-letter",
    RG,
    "dzp",
    "Perinatal mental health letter: Kayleigh's anxiety is managed on diazepam 5 mg three times a day and "
    "pregabalin 150 mg twice a day; both continue, with a slow diazepam taper (1 mg a fortnight) from 6 weeks "
    "that we will supervise. Both sedate her, so the foster carer does night care and she must not sleep with "
    "the baby on a bed, sofa or armchair. Late withdrawal in the baby is possible to day 8: the foster carer and "
    "HV look for tremor, poor feeding and inconsolable crying and call the neonatal unit.",
    "a perinatal mental health letter, complete",
)

# Hollow or withdrawn versions of good registers (refuse).

bad(
    "rg-sert-paste-from-methadone-edit",
    RG,
    "sert",
    "Sertraline 100 mg once daily should continue throughout the pregnancy. The baby is likely to need observation "
    "for neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the cot "
    "must be checked at the home visit.",
    "the methadone conclusion pasted with the name and dose swapped: sedation after each dose is methadone's",
)
bad(
    "rg-lith-letter-no-content",
    RG,
    "lith",
    "Dear Rebecca, thank you for coming to see us today about your lithium. It was good to meet you and your "
    "partner. We talked through everything together and you had the chance to ask questions. With best wishes, "
    "the perinatal team.",
    "a courteous letter that concludes nothing",
    cyr,
)
# ============================================================================================================
# hollow: non-answers, deferrals anywhere, hand-offs, goals, the reader's plan, filler, dismissals; with twins.

bad(
    "ho-meth-as-per-joint-plan",
    HO,
    "meth",
    "Methadone: plan as per the joint drug service and maternity plan agreed in January, which remains current. "
    "Jodie is happy with it.",
    "a deferral to another plan",
    greek,
)
ok(
    "ho-meth-joint-plan-then-content",
    HO,
    "meth",
    "The joint drug service and maternity plan from January still stands, in summary: methadone 60 mg daily "
    "continues unreduced; the baby is scored for NAS for 72 hours on the postnatal ward; breastfeeding is "
    "encouraged; no bed or sofa sharing because she is drowsy after each dose, which the CMW checks at home.",
    "twin: the plan pointed to, and then written out",
)
bad(
    "ho-meth-semicolon-deferral",
    HO,
    "meth",
    "Methadone 60 mg od continues; for the baby's NAS monitoring, feeding and sleep arrangements refer to the "
    "maternity birth plan dated 14/02.",
    "the baby's part deferred after a semicolon",
    zwsp,
)
bad(
    "ho-sert-bracketed-deferral",
    HO,
    "sert",
    "Sertraline 100 mg continues (for the baby's observations and feeding, see the paediatric alert on BadgerNet).",
    "the baby's part deferred inside brackets",
)
bad(
    "ho-sert-aim-only",
    HO,
    "sert",
    "Sertraline: the aim is for mum to stay well through pregnancy and for the baby to adapt smoothly after "
    "birth, feeding well at the breast.",
    "a goal with no act",
    shy,
)
ok(
    "ho-sert-aim-with-acts",
    HO,
    "sert",
    "Aim: mum stays well and the baby adapts smoothly. So sertraline 100 mg od continues, the midwife observes "
    "the baby for 48 hours for jitteriness and poor feeding, and breastfeeding is supported on the ward.",
    "twin: the aim, and the acts that meet it",
)
bad(
    "ho-lith-over-to-receiving-team",
    HO,
    "lith",
    "Lithium: over to the receiving team to arrange levels through to delivery, a paediatric check of the baby "
    "and advice on feeding.",
    "the plan handed to whoever receives the record",
    fw,
)
ok(
    "ho-lith-named-teams-do-it",
    HO,
    "lith",
    "Lithium continues. The perinatal team arranges levels 4-weekly and weekly from 36 weeks; the labour ward "
    "takes a level within 24 hours of birth; the paediatric registrar checks the baby on day 1; she bottle feeds.",
    "twin: each act held by a named team",
)
bad(
    "ho-valp-departments-own-it",
    HO,
    "valp",
    "Valproate: the baby's risk from first-trimester exposure now sits with fetal medicine and the valproate "
    "dose with neurology; the practice has no further role.",
    "a department hand-off with no plan",
)
bad(
    "ho-dzp-nothing-new",
    HO,
    "dzp",
    "Diazepam and pregabalin: nothing new to report since the last review; mother and baby doing well in placement.",
    "a non-answer",
    cyr,
)
bad(
    "ho-quet-fathers-not-ours",
    HO,
    "quet",
    "Quetiapine is prescribed to the father by his own GP, so it falls outside this assessment of the mother and "
    "baby; he is aware of it.",
    "a partner's sedating medicine dismissed as not ours",
)
ok(
    "ho-quet-his-gp-and-ours",
    HO,
    "quet",
    "Quetiapine is prescribed to the father by his own GP, but it matters for the baby: at 300 mg at night he "
    "is too drowsy to wake, so he does no night feeds, never sleeps with the baby on a bed or sofa, and Chloe "
    "keeps the crib by her side. The HV checks this at each visit.",
    "twin: the same opening, then the baby's safe sleep answered",
)
bad(
    "ho-po-filler-repeated",
    HO,
    "po",
    "Paracetamol fine. Quetiapine fine. Baby fine. Sleep fine. Feeding fine. Father fine. Mother fine.",
    "a verdict word said of each topic",
)
bad(
    "ho-cit-no-change-as-before",
    HO,
    "cit",
    "Citalopram: no change. Baby: as expected. Feeding: as planned. Follow-up: as usual.",
    "headings with empty answers",
    bidi,
)
bad(
    "ho-co-will-be-revisited",
    HO,
    "co",
    "Citalopram and the baby's needs after birth will be revisited nearer the time, once she has seen the "
    "perinatal team and her preferences about feeding are clearer.",
    "a deferral to later",
)
ok(
    "ho-co-revisit-after-a-plan",
    HO,
    "co",
    "Citalopram 20 mg continues now. Midwives watch the baby for 48 hours after birth for adaptation signs; "
    "feeding choice stays hers, and breastfeeding on citalopram is supported. GP reviews mood at 6 weeks.",
    "twin: a plan now, with her choice supported",
)
bad(
    "ho-vo-lorem-clinical",
    HO,
    "vo",
    "Valproate valproate pregnancy risk risk plan plan review review neurology neurology baby baby folic folic.",
    "repetition of clinical words",
)
bad(
    "ho-fo-discussed-at-core-group",
    HO,
    "fo",
    "Diazepam and pregabalin were discussed at the core group on 10/06 and the minutes hold the agreed actions "
    "for the foster carer, health visitor and social worker.",
    "the actions are in the minutes, not here",
    greek,
)
ok(
    "ho-fo-core-group-then-actions",
    HO,
    "fo",
    "Core group 10/06 agreed for diazepam and pregabalin: the foster carer does all night care; mum never sleeps "
    "with the baby on a bed, sofa or chair; HV visits day 6 and day 8 for late withdrawal; SW reviews contact "
    "in 4 weeks; both medicines continue with a GP-led diazepam taper from 6 weeks.",
    "twin: the meeting named and its actions written",
)
# ============================================================================================================
# joint: joint assessments and overall conclusions that drop a medicine, or name it only by its class.

bad(
    "jt-mo-methadone-only",
    JT,
    "mo",
    "Methadone 60 mg continues; baby to have 72 h NAS obs on the postnatal ward, breastfeeding encouraged, no "
    "co-sleeping, and the HV and SW see the sleeping set-up before discharge.",
    "the overall conclusion drops sertraline",
    zwsp,
)
bad(
    "jt-fo-gabapentinoid-by-class",
    JT,
    "fo",
    "Diazepam continues with a planned taper; her gabapentinoid is unchanged. Both sedate her: no shared sleep "
    "on a bed, sofa or chair, the foster carer does night feeds, and late withdrawal is watched for to day 8 by "
    "the foster carer and HV.",
    "pregabalin named only by its class",
)
bad(
    "jt-dzp-benzo-and-pregabalin",
    JT,
    "dzp",
    "Her benzodiazepine and pregabalin both continue; together they cause marked sedation, so she must not "
    "co-sleep or feed lying down and another adult stays awake at night in the placement. The baby may show "
    "late withdrawal to day 8.",
    "diazepam named only by its class",
    shy,
)
ok(
    "jt-dzp-benzo-named-too",
    JT,
    "dzp",
    "Her benzodiazepine (diazepam 5 mg tds) and pregabalin 150 mg bd both continue; together they sedate her, "
    "so she must not co-sleep or feed lying down and the foster carer stays awake for night feeds. The baby may "
    "show late withdrawal to day 8, which the HV checks on day 6 and day 8.",
    "twin: the class with the medicine's name",
)
bad(
    "jt-mo-ssri-by-class",
    JT,
    "mo",
    "Methadone and her SSRI continue unchanged. Postnatal ward NAS scoring for 72 hours, including SSRI "
    "adaptation signs; breastfeeding encouraged; no co-sleeping after her methadone dose; HV and SW check the "
    "cot before discharge.",
    "sertraline named only by its class",
)
ok(
    "jt-mo-both-in-one-line",
    JT,
    "mo",
    "Methadone 60 mg and sertraline 100 mg, both daily, continue unchanged. Baby: 72 h NAS scoring on the "
    "postnatal ward with SSRI adaptation signs noted; BF encouraged; no co-sleeping after her methadone dose; "
    "HV and SW check the cot before discharge.",
    "twin: both named in one line",
    cyr,
)
bad(
    "jt-fo-pregabalin-only",
    JT,
    "fo",
    "Pregabalin 150 mg bd continues. She is drowsy with it, so the foster carer does night feeds and she never "
    "sleeps with the baby; HV watches for late withdrawal to day 8; SW reviews contact at 4 weeks.",
    "the overall conclusion drops diazepam",
)
ok(
    "jt-fo-each-under-heading",
    JT,
    "fo",
    "Diazepam: 5 mg tds continues, taper from 6 weeks under the GP.\nPregabalin: 150 mg bd continues.\n"
    "Baby: both sedate mum, so the foster carer does night care and mum never sleeps with him; late withdrawal "
    "possible to day 8, HV visits day 6 and 8; SW reviews contact at 4 weeks.",
    "twin: each under its heading",
)
ok(
    "jt-po-father-only",
    JT,
    "po",
    "Daniel's quetiapine sedates him heavily at night: he does no night feeds and never sleeps with the baby on a "
    "bed, sofa or chair; Chloe keeps the crib by her bed, and the HV checks this at each visit.",
    "paracetamol is on the list but not assessed: the overall conclusion names every assessed medicine",
)

# ============================================================================================================
# plans: withdrawn, left to her wish, an earlier pregnancy's plan, medicines as actors, roles ruled out,
# timings that clash, a sedated partner doing nights; with twins.

bad(
    "pl-dzp-plan-declined-nothing-instead",
    PL,
    "dzp",
    "Diazepam and pregabalin: a diazepam taper and foster-carer night feeds were proposed, but Kayleigh has "
    "declined both and the placement has not yet agreed anything instead. The baby may show late withdrawal.",
    "the plan withdrawn, nothing in its place",
    fw,
)
bad(
    "pl-quet-dad-does-2am-feed",
    PL,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him drowsy. Because Chloe is exhausted, Daniel will do the 2 am "
    "and 5 am feeds and the baby will sleep in the crib on his side of the bed.",
    "night care given to the sedated father",
    greek,
)
ok(
    "pl-quet-dad-does-evening-feed",
    PL,
    "quet",
    "Daniel's quetiapine 300 mg makes him drowsy from his 10 pm dose until morning. He does the 7 pm feed "
    "before his dose; Chloe does all feeds after 10 pm and the crib is on her side. He must not nap with the "
    "baby on the sofa. HV to check at each visit.",
    "twin: the father's feed before his dose",
)
bad(
    "pl-po-left-to-the-couple",
    PL,
    "po",
    "Chloe's paracetamol raises no concern. Whether Daniel does night feeds after his quetiapine, and whether "
    "the baby sleeps in their bed, is for the couple to decide; the HV will go along with their choice.",
    "the safety of the baby left to the couple's wish",
)
bad(
    "pl-lith-if-she-asks",
    PL,
    "lith",
    "Lithium continues. Levels and a paediatric check of the baby can be arranged if Rebecca asks for them; "
    "she can breastfeed if she wishes.",
    "the baby's review left to her asking, breastfeeding on lithium left to her wish",
)
ok(
    "pl-lith-her-choice-informed",
    PL,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels 4-weekly then weekly from 36 weeks are booked by the "
    "perinatal team; paediatrics check the baby on day 1. We advised against breastfeeding because lithium "
    "passes into milk; she chose to bottle feed.",
    "twin: the reviews booked, her choice informed",
)
bad(
    "pl-cit-same-as-2023",
    PL,
    "cit",
    "Citalopram: same arrangement as with her son in 2023 - midwife obs, breastfeeding, GP review. Nothing to add.",
    "a sibling's plan given as this baby's",
    zwsp,
)
ok(
    "pl-cit-as-2023-restated",
    PL,
    "cit",
    "As with her son in 2023, citalopram 20 mg od continues; the midwife observes this baby for 48 hours for "
    "adaptation signs, breastfeeding is supported, and the GP reviews her mood at 6 weeks postnatally.",
    "twin: the earlier plan restated as now",
)
bad(
    "pl-co-medicine-does-the-care",
    PL,
    "co",
    "Continue citalopram 20 mg. Citalopram will keep her settled, will look after the baby's feeding and will "
    "see her through the 6-week check.",
    "the medicine given the professionals' acts",
)
bad(
    "pl-fo-hv-not-allocated",
    PL,
    "fo",
    "Diazepam and pregabalin continue; both sedate mum, so the foster carer does night care. Late withdrawal to "
    "day 8 is to be picked up by the health visitor, although no health visitor is allocated to the placement "
    "until January.",
    "the watch given to a role that does not exist yet",
)
bad(
    "pl-meth-72h-but-home-at-24h",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The baby will be scored for NAS for 72 hours on the postnatal ward; "
    "mother and baby are planned for discharge home at 24 hours. Breastfeeding encouraged; no co-sleeping.",
    "timings that clash: 72 hours of scoring, home at 24 hours",
    cyr,
)
ok(
    "pl-meth-72h-then-home",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The baby will be scored for NAS for 72 hours on the postnatal ward and "
    "go home after that if scores stay below 8; breastfeeding encouraged; no co-sleeping after her dose.",
    "twin: home after the scoring",
)
bad(
    "pl-lith-levels-after-birth-only",
    PL,
    "lith",
    "Lithium 800 mg continues. Levels weekly from 40 weeks; the baby's paediatric review at 6 weeks of age; "
    "bottle feeding.",
    "timings that miss the window: levels from 40 weeks, the baby's review at 6 weeks",
)
bad(
    "pl-valp-stop-now",
    PL,
    "valp",
    "She has been told to stop sodium valproate today because of the pregnancy. The baby has had first-trimester "
    "exposure; fetal medicine referral sent.",
    "valproate stopped abruptly in an epileptic pregnancy, against the record's own items",
)
# ============================================================================================================
# names: medicines of concern as clinicians write them, added to the postnatal record and not assessed
# (refuse, whatever classification is given), and harmless near misses with a classification (pass).

_HARMLESS = "Over the counter; she says it is harmless and it is not a concern for the baby."

for _slug, _name, _dose in [
    ("rapifen-alfentanil", "Rapifen 500micrograms/ml solution for injection", "As directed by the pain team"),
    ("care-sleep-aid-diphenhydramine", "Care Night Time Sleep Aid 50mg tablets", "50 mg at night when needed"),
    ("lunox-diphenhydramine", "Lunox Max Strength Sleep Aid 50mg tablets", "One tablet at bedtime"),
    ("bells-chesty-cough-diphenhydramine", "Bell's Dual Action Chesty Cough oral solution", "10 ml at night"),
    ("diconal-dipipanone", "Diconal 10mg/30mg tablets", "One tablet every 6 hours when needed"),
    ("durogesic-dtrans-fentanyl", "Durogesic DTrans 12micrograms/hour transdermal patches", "One patch every 72 hours"),
    ("venlaneo-venlafaxine", "Venlaneo XL 75mg capsules", "75 mg once daily"),
    ("optimax-tryptophan", "Optimax 500mg tablets", "1 g three times a day"),
    ("risperdal-quicklet", "Risperdal Quicklet 1mg orodispersible tablets", "1 mg at night"),
    ("migraine-relief-co-codamol", "Migraine Relief tablets", "Two tablets up to four times a day"),
    ("dental-pain-relief-co-dydramol", "Dental Pain Relief tablets", "Two tablets every 6 hours"),
    ("misspelt-quetiapene", "Quetiapene 25mg tablets", "25 mg at night"),
    ("misspelt-amitryptiline", "Amitryptiline 10mg tablets", "10 mg at night"),
    ("misspelt-zopiclon", "Zopiclon 7.5mg tablets", "7.5 mg at night"),
    ("misspelt-oxycodon", "Oxycodon 5mg capsules", "5 mg every 4 to 6 hours"),
    ("combo-paracetamol-dihydrocodeine", "Paracetamol and dihydrocodeine 500mg/10mg tablets", "Two tablets qds"),
    ("shy-morphine", "Mor\u00adphine sulfate 10mg/5ml oral solution", "5 mg every 4 hours when needed"),
    ("zw-zopiclone", "Zop\u200biclone 3.75mg tablets", "3.75 mg at night"),
    ("fullwidth-tramadol", "\uff34\uff52\uff41\uff4d\uff41\uff44\uff4f\uff4c 50mg capsules", "50 mg qds"),
    ("cyrillic-codeine", "\u0421odeine phosphate 30mg tablets", "30 mg four times a day"),
    ("greek-promethazine", "Pr\u03bfmethazine 25mg tablets", "25 mg at night"),
]:
    on_n(
        f"nm-{_slug}-called-harmless",
        NM,
        REFUSE,
        extra(_name, _dose, _HARMLESS),
        f"a medicine of concern ({_name!r}) classified as harmless instead of being assessed",
    )

for _slug, _name, _dose, _reason in [
    (
        "hydrocortisone-not-hydrocodone",
        "Hydrocortisone 1% cream",
        "Apply thinly twice a day for 7 days",
        "A mild topical steroid for eczema on her hands; negligible absorption, compatible with breastfeeding.",
    ),
    (
        "nystatin-not-nitrazepam",
        "Nystatin 100,000units/ml oral suspension",
        "1 ml four times a day for 7 days",
        "For oral thrush; not absorbed, no effect on the baby's alertness.",
    ),
    (
        "prednisolone-not-pregabalin",
        "Prednisolone 5mg tablets",
        "30 mg once daily for 5 days",
        "A short course for asthma; small amounts in milk, not sedating, compatible with breastfeeding.",
    ),
    (
        "lamisil-cream-not-lamictal",
        "Lamisil 1% cream",
        "Apply once daily for 2 weeks",
        "Terbinafine cream for athlete's foot, not on the breast; negligible absorption.",
    ),
    (
        "cefalexin-not-cipralex",
        "Cefalexin 500mg capsules",
        "500 mg three times a day for 7 days",
        "An antibiotic for a urinary infection; compatible with breastfeeding, watch the baby's nappies.",
    ),
    (
        "clotrimazole-not-clonazepam",
        "Clotrimazole 500mg pessary",
        "One pessary at night, once",
        "For vaginal thrush; negligible absorption, no effect on the baby.",
    ),
]:
    on_n(f"nm-{_slug}", NM, PASS, extra(_name, _dose, _reason), "a harmless medicine near a worrying name, classified")

on_n(
    "nm-cbd-oil-unclassified",
    NM,
    REFUSE,
    extra("CBD oil 5% drops (bought online)", "Three drops under the tongue at night", None),
    "an unlicensed product with no classification",
)
on_n(
    "nm-kratom-called-harmless",
    NM,
    REFUSE,
    extra(
        "Kratom capsules (bought online)",
        "Two capsules twice a day",
        "A herbal supplement she buys online; natural, so not a concern.",
    ),
    "an unlicensed opioid-acting product classified as harmless: its classification gives no true reason",
)
on_n(
    "nm-ferrous-unlicensed-import-classified",
    NM,
    PASS,
    extra(
        "Ferrous bisglycinate 25mg capsules (food supplement)",
        "One capsule daily",
        "Iron supplement for postnatal anaemia; not sedating, compatible with breastfeeding. HV aware.",
    ),
    "a supplement with its classification",
)
add(
    "nm-metharose-methadone-brand",
    NM,
    PASS,
    M,
    set_("medicines#med-methadone.name", "Metharose 1mg/ml oral solution sugar free"),
    "methadone by a brand; the conclusions name methadone",
)
add(
    "nm-dyzantil-valproate-brand",
    NM,
    PASS,
    V,
    set_("medicines#med-valproate.name", "Dyzantil 500mg prolonged-release tablets"),
    "sodium valproate by a brand; the conclusions name valproate",
)
add(
    "nm-citalapram-misspelt-assessed",
    NM,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Citalapram 20mg tablets"),
    "a misspelt citalopram, assessed and named",
)
add(
    "nm-quetiapin-misspelt-assessed",
    NM,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetiapin 100mg tablets"),
    "a misspelt quetiapine, assessed and named",
)
add(
    "nm-citalopram-swapped-for-cetirizine",
    NM,
    REFUSE,
    C,
    set_("medicines#med-citalopram.name", "Cetirizine 10mg tablets"),
    "the listed product is a different real medicine from the one the assessment names",
)
add(
    "nm-quetiapine-swapped-for-quinine",
    NM,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quinine sulfate 300mg tablets"),
    "the listed product is a different real medicine from the one the assessment names",
)
# ============================================================================================================
# dates: impossible calendar dates and dates at a field's edge, and twins.

add("dt-delivery-june-31", DT, REFUSE, F, set_("pregnancy.delivery_date", "2026-06-31"), "there is no 31 June")
add("dt-delivery-june-7", DT, PASS, F, set_("pregnancy.delivery_date", "2026-06-07"), "twin: a day earlier, possible")
add(
    "dt-lactulose-started-april-31",
    DT,
    REFUSE,
    N,
    set_("medicines#med-lactulose.started", "2026-04-31"),
    "there is no 31 April",
)
add(
    "dt-lactulose-started-april-30",
    DT,
    PASS,
    N,
    set_("medicines#med-lactulose.started", "2026-04-30"),
    "twin: 30 April",
)
add("dt-mother-born-2027", DT, REFUSE, M, set_("mother.birth_date", "2027-01-01"), "a mother born after today")
add("dt-mother-eighteen", DT, PASS, M, set_("mother.birth_date", "2008-01-10"), "twin: an 18-year-old mother")
add("dt-edd-17-days-off", DT, REFUSE, M, set_("pregnancy.edd", "2026-06-02"), "EDD 17 days from the gestation")
add("dt-edd-13-days-off", DT, PASS, M, set_("pregnancy.edd", "2026-05-29"), "twin: 13 days, within the margin")
add(
    "dt-gestation-28-weeks-on-edd-of-8",
    DT,
    REFUSE,
    V,
    set_("pregnancy.gestation.weeks", 28),
    "28 weeks on a date the EDD makes 8 weeks",
)
add(
    "dt-gestation-9-weeks",
    DT,
    PASS,
    V,
    set_("pregnancy.gestation.weeks", 9),
    "twin: a week's difference, dating rounding",
)
add(
    "dt-attested-in-2099",
    DT,
    REFUSE,
    C,
    set_("attestation.at", "2099-02-12T10:00:00+00:00"),
    "an attestation in 2099",
)
add(
    "dt-lithium-assessed-after-edd",
    DT,
    REFUSE,
    L,
    set_("assessments#asm-lithium.date", "2026-09-30"),
    "an antenatal assessment five weeks after the EDD, and after the record's attestation",
)
add(
    "dt-lithium-assessed-day-before",
    DT,
    PASS,
    L,
    set_("assessments#asm-lithium.date", "2026-05-05"),
    "twin: assessed the day before the record's date",
)

# ============================================================================================================
# routes: forms given by a route they cannot take, and twins.

add(
    "rt-sertraline-inhaled",
    RT,
    REFUSE,
    M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) inhaled once daily"),
    "tablets inhaled",
)
add(
    "rt-sertraline-swallowed",
    RT,
    PASS,
    M,
    set_("medicines#med-sertraline.dose", "Two tablets (100 mg) swallowed once daily"),
    "twin: tablets swallowed",
)
add(
    "rt-lactulose-subcut",
    RT,
    REFUSE,
    N,
    set_("medicines#med-lactulose.dose", "15 ml by subcutaneous injection twice a day"),
    "an oral solution injected under the skin",
)
add(
    "rt-lactulose-rectal",
    RT,
    PASS,
    N,
    set_("medicines#med-lactulose.dose", "15 ml rectally twice a day as an enema"),
    "twin: an oral liquid given rectally, a route clinicians use",
)
on_n(
    "rt-hydrocortisone-cream-swallowed",
    RT,
    REFUSE,
    extra(
        "Hydrocortisone 1% cream",
        "5 g by mouth twice a day",
        "A mild topical steroid for eczema; negligible absorption, compatible with breastfeeding.",
    ),
    "a cream swallowed",
)
on_n(
    "rt-paracetamol-suppository-swallowed",
    RT,
    REFUSE,
    extra(
        "Paracetamol 1g suppositories",
        "One suppository swallowed four times a day",
        "Simple analgesia; compatible with breastfeeding.",
    ),
    "a suppository swallowed",
)
on_n(
    "rt-paracetamol-suppository-rectal",
    RT,
    PASS,
    extra(
        "Paracetamol 1g suppositories",
        "One suppository rectally up to four times a day",
        "Simple analgesia; compatible with breastfeeding.",
    ),
    "twin: a suppository given rectally",
)
bad(
    "rt-quet-depot-in-conclusion",
    RT,
    "quet",
    "Daniel's quetiapine depot injection every 4 weeks keeps him sedated at night, so Chloe does the night feeds, "
    "the baby sleeps in her own crib, and he never sleeps with her on the sofa; the HV checks at each visit.",
    "the conclusion gives tablets as a depot injection",
)
ok(
    "rt-quet-tablets-at-night",
    RT,
    "quet",
    "Daniel's quetiapine tablets, 300 mg at night, sedate him heavily, so Chloe does the night feeds, the baby "
    "sleeps in her own crib, and he never sleeps with her on the sofa; the HV checks at each visit.",
    "twin: the tablets named as they are",
)
bad(
    "rt-cit-citalopram-iv",
    RT,
    "cit",
    "Citalopram 20 mg IV once daily continues: relapse risk outweighs the small risks to the baby; midwife obs "
    "48 h for adaptation signs; breastfeeding supported; GP mood review at 6 weeks.",
    "the conclusion gives tablets intravenously",
)

# ============================================================================================================
# doses: a conclusion's dose against the list, and twins.

bad(
    "ds-sert-tenfold",
    DS,
    "sert",
    "Sertraline 1000 mg daily continues: relapse off it is likely; the midwife observes the baby for 48 h for "
    "jitteriness and poor feeding; breastfeeding is fine.",
    "tenfold the listed 100 mg",
    zwsp,
)
ok(
    "ds-sert-right-dose",
    DS,
    "sert",
    "Sertraline 100 mg daily continues: relapse off it is likely; the midwife observes the baby for 48 h for "
    "jitteriness and poor feeding; breastfeeding is fine.",
    "twin: the listed dose",
)
bad(
    "ds-cit-micrograms",
    DS,
    "cit",
    "Citalopram 20 micrograms once daily continues: relapse risk outweighs the small risks to the baby; midwife "
    "obs 48 h for adaptation signs; breastfeeding supported.",
    "micrograms for milligrams: a thousandth of the dose",
    fw,
)
bad(
    "ds-dzp-pregabalin-300-bd",
    DS,
    "dzp",
    "Diazepam 5 mg tds continues and pregabalin 300 mg bd continues. Both sedate her: no co-sleeping or feeding "
    "lying down; the foster carer does nights; the HV watches for late withdrawal to day 8.",
    "pregabalin 300 mg twice a day against a line of 150 mg twice a day",
)
ok(
    "ds-dzp-pregabalin-300-a-day",
    DS,
    "dzp",
    "Diazepam 5 mg tds continues and pregabalin 300 mg a day continues. Both sedate her: no co-sleeping or "
    "feeding lying down; the foster carer does nights; the HV watches for late withdrawal to day 8.",
    "twin: the day's total",
)
bad(
    "ds-dzp-diazepam-once-daily",
    DS,
    "dzp",
    "Diazepam 5 mg once daily continues, as does pregabalin 150 mg bd. Both sedate her: no co-sleeping or "
    "feeding lying down; the foster carer does nights; the HV watches for late withdrawal to day 8.",
    "once daily against a line of three times a day",
)
bad(
    "ds-lith-tenth",
    DS,
    "lith",
    "Lithium 80 mg at night continues: relapse risk after birth outweighs the risks to the baby. Levels 4-weekly, "
    "weekly from 36/40 and within 24 h of birth; paediatric review of the baby; she bottle feeds.",
    "a tenth of the listed 800 mg",
)
ok(
    "ds-valp-day-total",
    DS,
    "valp",
    "Valproate 1 g a day continues, not to be stopped: seizures would endanger her and the baby. The baby's "
    "first-trimester exposure needs a detailed scan at fetal medicine; neurology sees her urgently; folic acid "
    "5 mg started.",
    "twin: the day's total of 500 mg bd",
)
bad(
    "ds-meth-6-ml",
    DS,
    "meth",
    "Methadone 6 ml daily continues through pregnancy. The baby needs 72 h of NAS scoring on the ward; "
    "breastfeeding is supported; no co-sleeping after her dose.",
    "6 ml against a line of 60 ml",
)
ok(
    "ds-meth-60-ml",
    DS,
    "meth",
    "Methadone 60 ml daily continues through pregnancy. The baby needs 72 h of NAS scoring on the ward; "
    "breastfeeding is supported; no co-sleeping after her dose.",
    "twin: the listed volume",
)
bad(
    "ds-quet-micrograms",
    DS,
    "quet",
    "Daniel's quetiapine 300 micrograms at night sedates him: Chloe does the night feeds, the crib is on her "
    "side, and he never naps with the baby on the sofa. HV checks each visit.",
    "micrograms for milligrams",
    cyr,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F113CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F113CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F113CASES):3}"
    )
