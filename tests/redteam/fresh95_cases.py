"""A ninety-fifth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
twelfth round, in the proportions a reviewer's held-out set would use.

Written from issue 9, docs/rules.md, README.md, the templates and the shipped examples, not from the gate's code
or its word lists. Every shipped pass example is a base. About a third is good, complete clinical work that must
pass, in varied registers (GP letters, SOAP notes, midwife shorthand, discharge summaries, partner assessments,
foster placements, pharmacist notes, instructions that look like pointers); a third is hollow or disguised
conclusions (non-answers such as "risks and benefits discussed, patient happy", deferrals anywhere, dismissals,
filler, repetition, copy and paste with the medicine's name swapped, joint assessments missing a medicine, praise,
circular talk, plans with no one and no time), each with good twins; a third is names and facts: brands from
codelists-more/brand-names.csv that earlier batches barely used, misspelt by a letter or two (dropped, doubled,
phonetic); antiepileptics and teratogens the shipped code lists do not hold (zonisamide, eslicarbazepine,
vigabatrin, macitentan, carbimazole) given a wrong "no concern" reason; near misses that are a different real
medicine (Pregaday, Zomig, Epimax, trimethoprim, Mucogel: no concern, each with its reason); combination
products; look-alike and invisible characters inside a name; dates at each field's edge (conception margin, EDD
tolerance, attestation and delivery by a day); routes, attribution, identities (an NHS number written with
spaces), amendment reasons and lawful-basis reasons. About a fifth is disguised with look-alike letters,
zero-width characters, soft hyphens, bidi isolates or full width; a disguised text's verdict equals the plain one.

Categories:

* ``good``: complete conclusions in many registers (must pass), and half-done twins (refuse);
* ``hollow``: non-answers, deferrals, dismissals, filler, repetition, praise, circular talk, plans with no one
  and no time (refuse), with near misses that say something and also point elsewhere (pass);
* ``copy-joint``: conclusions pasted, or pasted with the name swapped, joint conclusions missing a medicine
  (refuse), and good joint or brand-named conclusions (pass);
* ``names``: brands and misspellings of medicines of concern given a wrong "no concern" reason (refuse), brand or
  misspelt names assessed and named (pass), harmless near misses with a reason (pass);
* ``groups``: combination products, teratogens and antiepileptics beyond the shipped lists, unrecognised
  products with and without the clinician's classification;
* ``facts``: dates, routes, attribution, identities, amendment and lawful basis, both ways;
* ``disguise``: texts and names from above disguised; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh95_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

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
    add_medicine,
    chain,
    delete,
    edit,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F95CASES: list[Case] = []

CATEGORIES = ("good", "hollow", "copy-joint", "names", "groups", "facts", "disguise")
GD, HO, CJ, NM, GR, FA, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F95CASES.append(Case(f"f95-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
CASTLE = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
NORTHGATE = {"ods_code": "Y90004", "name": "Northgate Health Centre"}

_COLE = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": RIVERSIDE,
}


def _n_overall(text: str) -> Mutation:
    return set_("overall_conclusion", {"text": text, "author": _COLE, "date": "2026-04-09"})


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
    "no": (N, _n_overall),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeocp")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwnj(text: str) -> str:
    return inside_words(text, "\u200c", every=2)


def wj(text: str) -> str:
    return inside_words(text, "\u2060", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def text_case(
    name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None = None
) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    text_case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    text_case(name, category, REFUSE, where, text, why, disguise)


def both(*pairs: tuple[str, str]) -> Mutation:
    """Several conclusions set at once (where, text)."""
    return chain(*(SETTERS[where][1](text) for where, text in pairs))


def med(
    mid: str,
    name: str,
    dose: str,
    started: str,
    org: dict[str, str],
    reason: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    m: dict[str, Any] = {
        "id": mid,
        "name": name,
        "dose": dose,
        "started": started,
        "prescriber": {"kind": "gp-practice", "organisation": org},
        **extra,
    }
    if reason is not None:
        m["not_of_concern_reason"] = reason
    return m


def join(asm: str, mid: str) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        for a in doc["assessments"]:
            if a["id"] == asm:
                a["medicine_ids"].append(mid)

    return edit(mutate)


_BASE_ORG: dict[str, tuple[dict[str, str], str]] = {
    N: (RIVERSIDE, "2026-04-05"),
    V: (CASTLE, "2026-05-01"),
    C: (CASTLE, "2025-11-20"),
    L: (NORTHGATE, "2025-12-01"),
    M: (RIVERSIDE, "2025-12-15"),
    F: (MILLBROOK, "2026-06-10"),
    P: (MILLBROOK, "2026-05-19"),
}


def added(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    medname: str,
    dose: str,
    why: str,
    reason: str | None = None,
    **extra: Any,
) -> None:
    """One medicine added to a shipped example, unassessed, with or without a 'no concern' reason."""
    org, started = _BASE_ORG[base]
    mid = "med-" + name.split("-")[-1]
    add(name, category, expect, base, add_medicine(med(mid, medname, dose, started, org, reason, **extra)), why)


# ============================================================================================================
# good: complete work in many registers. Must pass; half-done twins must refuse.

ok(
    "gd-meth-core-group-letter",
    GD,
    "meth",
    "Dear Marcus, for the core group: Jodie stays on methadone 60 mg daily, supervised at the pharmacy, through "
    "the birth and after it; cutting down now would put her and the baby at more risk than staying stable. The "
    "baby is expected to show withdrawal, so the plan is at least 72 hours on the postnatal ward with NAS "
    "scoring and the neonatal team on call, then HV visits looking for late signs to day 8. Breastfeeding is "
    "encouraged. She is drowsy after her dose, so the baby sleeps in his own cot, which you and the HV will see "
    "before discharge.",
    "a letter to the social worker naming methadone, the baby's risks and who does what",
)
ok(
    "gd-meth-midwife-shorthand",
    GD,
    "meth",
    "Methadone 60mg od supervised - no change to delivery. High NAS risk: PNW min 72h, NAS scores 4-hrly, NNU "
    "r/v if scoring high. BF encouraged. Drowsy 1-2h post dose so no co-sleeping; Moses basket to be seen by MW "
    "at the 36/40 home visit. Keyworker + SW aware.",
    "midwife shorthand with plan, owners and times",
    disguise=cyr,
)
ok(
    "gd-meth-bullets-please-see",
    GD,
    "meth",
    "- Methadone 60 mg: continue, no reduction in pregnancy.\n- Baby: NAS likely; at least 72 h on the "
    "postnatal ward with scoring.\n- HV: please see the baby at home within 48 hours of discharge and look for "
    "late withdrawal until day 8.\n- Feeding: breastfeeding supported on this stable dose.\n- Sleep: sedated "
    "after dosing, so cot only, never bed or sofa.",
    "bullets; 'please see the baby' is an instruction, not a deferral",
)
ok(
    "gd-sert-pharmacist-note",
    GD,
    "sert",
    "Pharmacist review: sertraline 100 mg daily continues, since her depression came back when she tried to stop "
    "it last year. The baby may be jittery or feed poorly in the first 48 hours; the ward midwives will watch for "
    "this alongside the withdrawal scoring, and paediatrics know of the small PPHN risk. Sertraline is a "
    "preferred antidepressant in breastfeeding. GP to review her mood at 6 weeks postnatal.",
    "a pharmacist's note, complete",
    disguise=fw,
)
ok(
    "gd-sert-refer-if-breathing",
    GD,
    "sert",
    "Sertraline 100 mg stays. Please refer the baby to the neonatal team if breathing is fast or laboured in the "
    "first 48 hours (PPHN, about 3 in 1,000); otherwise the midwife watches for jitteriness and poor feeding. Fine "
    "to breastfeed. Mood review by the GP at the 6-week check.",
    "'please refer' is an instruction with a trigger",
    disguise=zwnj,
)
bad(
    "gd-sert-decision-only",
    GD,
    "sert",
    "Sertraline 100 mg once daily will continue unchanged for the rest of the pregnancy.",
    "half done: a decision about the medicine, nothing about the baby",
)
ok(
    "gd-mo-core-group-summary",
    GD,
    "mo",
    "Summary for the core group: methadone 60 mg and sertraline 100 mg both carry on unchanged. The baby stays on "
    "the postnatal ward for at least 72 hours of withdrawal scoring for the methadone and is watched for SSRI "
    "adaptation signs; the HV looks for late signs to day 8. Breastfeeding encouraged on both. Methadone "
    "sedation means no bed or sofa sharing; the social worker and HV see the sleeping set-up before the baby "
    "goes home.",
    "overall naming both, with owners",
)
bad(
    "gd-mo-both-continue-only",
    GD,
    "mo",
    "Methadone and sertraline: both to continue at current doses, reviewed at each antenatal appointment.",
    "half done: nothing for the baby",
)
ok(
    "gd-cit-soap",
    GD,
    "cit",
    "S: mood good, keen to breastfeed. O: 32+1/40, citalopram 20 mg od since 2024. A: benefit of continuing "
    "citalopram outweighs the small PPHN and adaptation risks to the baby. P: continue citalopram 20 mg; MW "
    "observes baby 48 h for poor neonatal adaptation; paeds aware re PPHN; BF supported; GP r/v mood 36/40 and "
    "6/52 PN.",
    "SOAP, complete",
)
ok(
    "gd-co-letter-to-maternity",
    GD,
    "co",
    "To the maternity unit: citalopram 20 mg daily continues to term and after delivery. Please observe the "
    "baby for 48 hours for jitteriness, poor feeding or breathing difficulty, and tell the paediatrician given "
    "the small PPHN risk. Breastfeeding is fine on citalopram. The health visitor now has this assessment and "
    "will ask about her mood and the baby's feeding at the new birth visit.",
    "a letter to maternity, complete",
    disguise=bidi,
)
ok(
    "gd-lith-psychiatry-letter",
    GD,
    "lith",
    "Lithium (Priadel) 800 mg nocte continues: her risk of relapse after the birth is high. Levels 4-weekly, "
    "weekly from 36/40 and within 24 h of delivery; obstetric team to omit lithium in established labour and "
    "recheck the level. Baby: paeds r/v at birth for floppiness, poor feeding or lethargy; fetal echo normal. "
    "She will bottle feed, as we advise on lithium. Perinatal MH team review fortnightly after birth.",
    "psychiatrist's letter, complete",
)
ok(
    "gd-lith-no-concerns-because",
    GD,
    "lith",
    "No concerns about lithium in breast milk, because she is bottle feeding from birth. Lithium continues at "
    "800 mg with levels monthly, weekly from 36 weeks and within a day of delivery; the paediatrician checks "
    "the baby for lithium toxicity (floppy, sleepy, poor feeding) after birth; perinatal MH review fortnightly "
    "postpartum.",
    "'no concerns' with a reason and a plan",
)
ok(
    "gd-lo-gp-summary",
    GD,
    "lo",
    "Lithium continues through pregnancy and after birth, with levels monthly, weekly from 36 weeks and within a "
    "day of delivery. A paediatrician will check the baby after birth for lithium effects (drowsiness, poor "
    "feeding, floppiness); she is bottle feeding. The perinatal mental health team sees her fortnightly for the "
    "first 3 months; HV to look out for early signs of relapse.",
    "GP overall, complete",
)
ok(
    "gd-valp-urgent-referral",
    GD,
    "valp",
    "Urgent referral: unplanned pregnancy at 8 weeks on sodium valproate 500 mg bd for epilepsy, seizure-free 2 "
    "years. I have advised her not to stop valproate suddenly, as a seizure would endanger her and the "
    "pregnancy. Baby: about a 1 in 10 chance of a major malformation and up to 4 in 10 of developmental "
    "problems; she is booked for a detailed anomaly scan and fetal medicine counselling. Neurology to decide on "
    "any switch within 2 weeks; the paediatrician will follow the baby's development.",
    "a referral letter that decides and plans",
    disguise=greek,
)
ok(
    "gd-valp-as-per-letter-then-plan",
    GD,
    "valp",
    "As per my letter to neurology today: valproate continues unchanged until the epilepsy team sees her within "
    "two weeks, because stopping risks seizures. The baby has a raised risk of malformation and developmental "
    "problems; detailed scan booked through maternity and paediatric follow-up after birth.",
    "a pointer followed by a decision and plan",
    disguise=shy,
)
bad(
    "gd-valp-risk-only",
    GD,
    "valp",
    "Valproate in the first trimester carries a well-known risk of malformations and neurodevelopmental harm.",
    "half done: a general fact, no decision, no plan",
)
ok(
    "gd-vo-pharmacist",
    GD,
    "vo",
    "Sodium valproate continues at the same dose for now; abrupt withdrawal risks seizures. The epilepsy nurse "
    "sees her within a fortnight to plan any change; maternity books a detailed scan at 20 weeks because of the "
    "baby's exposure to valproate, and the paediatrician follows development after birth. Folic acid 5 mg "
    "continues to 12 weeks.",
    "overall, complete",
)
ok(
    "gd-dzp-foster-carer-note",
    GD,
    "dzp",
    "For the foster carer and social worker: mum stays on diazepam 5 mg tds and pregabalin 150 mg bd for now, "
    "to be tapered slowly by the GP. Both make her drowsy, so she must never sleep with the baby on a bed, sofa "
    "or chair, and the foster carer does all night feeds. The baby was exposed to both in pregnancy and may show "
    "late withdrawal (jittery, high-pitched cry, poor feeding) until about day 8: ring the neonatal team if seen. "
    "HV visits weekly.",
    "foster placement note, complete",
)
ok(
    "gd-dzp-shorthand-bf-na",
    GD,
    "dzp",
    "Diazepam + pregabalin: both cont, slow GP taper from 6/52. Sedation: no co-sleeping, FC does nights. Baby: "
    "late w/d signs to D8, FC to call NNU if jittery or not feeding. BF: n/a, bottle fed. HV weekly, SW at core "
    "group.",
    "'n/a' for breastfeeding is true of a bottle-fed baby, beside a full plan",
    disguise=wj,
)
ok(
    "gd-fo-discharge-summary",
    GD,
    "fo",
    "Discharge summary: diazepam and pregabalin continue unchanged until the GP starts a slow taper. Baby "
    "scored for withdrawal for 5 days on the ward and needed no treatment; late signs are possible to day 8 and "
    "the foster carer knows what to look for. Both medicines sedate, so mother never sleeps with the baby and "
    "feeds only when fully awake with the carer present. HV and SW visits booked for week 1.",
    "discharge summary, complete",
    disguise=cyr,
)
ok(
    "gd-quet-hv-with-dad",
    GD,
    "quet",
    "HV assessment with dad present: his quetiapine 300 mg at night leaves him very hard to rouse until morning, "
    "so he will not share a bed or sofa with the baby and does not do night feeds; mum does nights with the "
    "next-to-me crib. The baby is not exposed to his medicine. HV to recheck the sleep set-up at each contact "
    "until 8 weeks; his GP is aware.",
    "partner assessment, complete",
    disguise=greek,
)
ok(
    "gd-po-letter-to-dads-gp",
    GD,
    "po",
    "Dear colleague, your patient's quetiapine 300 mg at night is unchanged; because it sedates him deeply "
    "overnight we agreed he does not sleep with the baby on any surface and the mother covers the night feeds. "
    "The mother's own paracetamol raises no concern for the baby or for breastfeeding. The health visitor will "
    "check the sleeping arrangements at every visit to 8 weeks.",
    "a letter to the father's GP, complete",
)
bad(
    "gd-quet-advice-no-person",
    GD,
    "quet",
    "Quetiapine is sedating. Safe sleep advice matters in every household with a newborn.",
    "half done: a general fact and advice for any baby, nothing about this father",
)
ok(
    "gd-no-pharmacist-postnatal",
    GD,
    "no",
    "Postnatal medicines review: paracetamol for perineal pain and lactulose for constipation only; neither is a "
    "concern for breastfeeding or the baby's sleep. HV to ask about pain and bowels at the new birth visit.",
    "nothing of concern, said with reasons",
    disguise=fw,
)

# ============================================================================================================
# hollow: non-answers, deferrals, dismissals, filler, repetition, praise, circular talk. Refuse; near misses pass.

bad(
    "ho-meth-as-per-everyone",
    HO,
    "meth",
    "Methadone: continue as per drug service. Baby: as per paediatric plan. Feeding: as per midwife. Sleep: as per HV.",
    "every part defers",
    disguise=wj,
)
bad(
    "ho-meth-circular",
    HO,
    "meth",
    "Methadone was considered in detail today, and the plan that follows from this review reflects everything "
    "that was considered about methadone in it.",
    "circular talk",
)
bad(
    "ho-meth-risks-discussed-happy",
    HO,
    "meth",
    "Methadone. Risks/benefits discussed, pt understands and agrees with plan. Safety-netted. Leaflet given.",
    "a process note, no decision or plan",
    disguise=cyr,
)
bad(
    "ho-meth-questions-for-later",
    HO,
    "meth",
    "Methadone questions raised today: should the dose change? will the baby need NAS care? can she breastfeed? "
    "To be answered at the next appointment.",
    "questions only, answers deferred",
    disguise=bidi,
)
bad(
    "ho-meth-semicolon-pointers",
    HO,
    "meth",
    "Methadone 60 mg; plan per the drug service's antenatal letter; baby per the neonatal guideline; sleep per the HV.",
    "pointers after semicolons",
)
bad(
    "ho-sert-soap-as-discussed",
    HO,
    "sert",
    "S: on sertraline, no new issues. O: well, 29/40. A: sertraline in pregnancy. P: as discussed with her.",
    "a SOAP note whose assessment and plan are empty",
)
bad(
    "ho-meth-her-choice",
    HO,
    "meth",
    "If methadone stays at 60 mg the baby may need NAS care; if she reduces, perhaps less. Her choice, to be "
    "revisited.",
    "two paths, no decision, no one and no time",
)
ok(
    "ho-meth-see-also-then-plan",
    HO,
    "meth",
    "See also the drug service's letter. Methadone 60 mg continues to delivery; baby on the postnatal ward 72 h "
    "minimum with NAS scoring, HV checks to day 8; breastfeeding supported; drowsy after dose, so no bed sharing "
    "and the cot is checked at the first visit.",
    "a pointer first, then a complete plan",
)
bad(
    "ho-sert-praise",
    HO,
    "sert",
    "Jodie has done amazingly well on sertraline and everyone involved is so proud of her; she is a lovely "
    "mum-to-be and this baby is in safe hands.",
    "praise",
)
bad(
    "ho-sert-discussed-happy",
    HO,
    "sert",
    "Sertraline 100 mg. Discussed. Risks and benefits explained. Patient happy. Leaflet given.",
    "the commonest non-answer",
    disguise=shy,
)
ok(
    "ho-sert-discussed-then-decided",
    HO,
    "sert",
    "Risks and benefits of sertraline discussed at length and leaflet given. Decision: sertraline 100 mg "
    "continues, as stopping risks relapse. Baby observed 48 h on the postnatal ward for adaptation signs and "
    "paeds aware of the small PPHN risk; breastfeeding supported.",
    "the same opening with a decision and plan",
)
bad(
    "ho-cit-monitor-as-appropriate",
    HO,
    "cit",
    "Citalopram continues. The baby will be monitored as appropriate and the family advised as and when needed.",
    "a plan with no one and no time",
)
bad(
    "ho-co-badgernet",
    HO,
    "co",
    "Citalopram - all as per the birth plan held on BadgerNet; nothing further to record here.",
    "deferral to the maternity system",
)
bad(
    "ho-lith-mdt-later",
    HO,
    "lith",
    "Lithium - for discussion at the next perinatal MDT; outcome to follow in due course.",
    "deferral to a meeting",
)
bad(
    "ho-lith-repetition",
    HO,
    "lith",
    "Lithium continue. Lithium continue. Lithium levels, lithium levels. Baby, baby. Plan plan plan plan.",
    "repetition",
)
bad(
    "ho-lith-pleasantries-letter",
    HO,
    "lith",
    "Dear Dr Campbell, many thanks for asking me to see Rebecca about her lithium in pregnancy. It was a pleasure "
    "to meet her and her partner today. I will write again in due course. Kind regards, Dr Osei.",
    "a letter that says nothing",
    disguise=shy,
)
bad(
    "ho-valp-lorem",
    HO,
    "valp",
    "Valproate: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "filler",
)
bad(
    "ho-valp-ppp-form",
    HO,
    "valp",
    "Valproate risks are as documented in her annual risk acknowledgement form; nothing further to add here.",
    "deferral to a form, dismissal",
)
bad(
    "ho-valp-na-at-gestation",
    HO,
    "valp",
    "Valproate: N/A at this gestation, will revisit later in the pregnancy.",
    "dismissal and a deferral",
)
bad(
    "ho-dzp-no-issues",
    HO,
    "dzp",
    "Diazepam and pregabalin: no issues identified, mum managing well with baby, no further action.",
    "dismissal without a reason",
)
bad(
    "ho-dzp-in-due-course",
    HO,
    "dzp",
    "Diazepam and pregabalin: the baby will be looked after properly and the mother supported appropriately by "
    "the relevant professionals in due course.",
    "no one, no time, nothing decided",
    disguise=greek,
)
bad(
    "ho-quet-not-baby-med",
    HO,
    "quet",
    "Quetiapine belongs to the father and so is not part of this baby's medication risk; not applicable.",
    "the partner's sedating medicine dismissed",
    disguise=cyr,
)
bad(
    "ho-po-noted-fine",
    HO,
    "po",
    "Father's quetiapine noted. Mother's paracetamol fine. Nothing else to add.",
    "noted, fine, nothing",
)
bad(
    "ho-mo-previous-notes",
    HO,
    "mo",
    "Methadone and sertraline: plan unchanged from the previous assessment (see notes dated 14/01/2026).",
    "deferral to earlier notes",
)
ok(
    "ho-mo-unchanged-and-says-it",
    HO,
    "mo",
    "Plan unchanged from January and restated here: methadone 60 mg and sertraline 100 mg continue; baby 72 h "
    "on the postnatal ward for withdrawal scoring and SSRI adaptation; breastfeeding encouraged; no shared "
    "sleeping after her methadone dose, with the HV and SW checking the cot.",
    "'unchanged' with the plan restated",
    disguise=greek,
)

# ============================================================================================================
# copy-joint: copy and paste, copy with the name swapped, joint conclusions missing a medicine.

_SHARED = (
    "Methadone and sertraline continue unchanged; the baby is observed on the postnatal ward for at least 72 "
    "hours for withdrawal and adaptation signs, breastfeeding is supported and no co-sleeping after her dose."
)
add(
    "cj-m-same-text-both",
    CJ,
    REFUSE,
    M,
    both(("meth", _SHARED), ("sert", _SHARED)),
    "one conclusion under two separate assessments",
)
_METH_OWN = (
    "Methadone 60 mg continues to delivery. Baby on the postnatal ward 72 hours with NAS scoring; HV watches for "
    "late withdrawal to day 8. Breastfeeding encouraged. Drowsy after each dose, so the cot only."
)
add(
    "cj-m-name-swapped",
    CJ,
    REFUSE,
    M,
    both(("meth", _METH_OWN), ("sert", _METH_OWN.replace("Methadone 60 mg", "Sertraline 100 mg"))),
    "methadone's conclusion pasted under sertraline with only the name and dose changed",
)
_GENERIC = "Continue current medication; the baby will be monitored after birth and the family supported by the team."
add(
    "cj-m-generic-everywhere",
    CJ,
    REFUSE,
    M,
    both(("meth", "Methadone: " + _GENERIC), ("sert", "Sertraline: " + _GENERIC), ("mo", _GENERIC)),
    "one generic conclusion everywhere, a name stuck on the front",
)
bad(
    "cj-dzp-pregabalin-only",
    CJ,
    "dzp",
    "Pregabalin continues with a slow taper; she must not co-sleep and the foster carer does night feeds; the "
    "baby is watched for late withdrawal to day 8 and the HV visits weekly.",
    "joint assessment never names diazepam",
    disguise=cyr,
)
bad(
    "cj-dzp-diazepam-deferred",
    CJ,
    "dzp",
    "Pregabalin continues, tapered by the GP; no co-sleeping, foster carer does nights, baby watched for late "
    "withdrawal to day 8. Diazepam: see the psychiatry letter.",
    "diazepam named only in a deferral",
    disguise=zwnj,
)
bad(
    "cj-fo-omits-diazepam",
    CJ,
    "fo",
    "Pregabalin carries on for now with a taper; no co-sleeping; late withdrawal watched to day 8 by the foster "
    "carer and HV.",
    "overall omits diazepam",
)
bad(
    "cj-mo-omits-sertraline",
    CJ,
    "mo",
    "Methadone continues at 60 mg; baby on the postnatal ward for 72 hours of NAS scoring; breastfeeding "
    "encouraged; no co-sleeping after her dose.",
    "overall omits sertraline",
)
ok(
    "cj-dzp-brand-names",
    CJ,
    "dzp",
    "Valium and Lyrica both continue for now, with a GP-led taper. Together they make her drowsy: no sharing a "
    "bed, sofa or chair with the baby and the foster carer does night feeds. The baby may show late withdrawal "
    "until day 8; the carer knows to call the neonatal team. HV weekly.",
    "joint conclusion naming both medicines by brand",
)
add(
    "cj-m-one-sentence-shared",
    CJ,
    PASS,
    M,
    both(
        (
            "meth",
            "Methadone 60 mg continues; the baby will need NAS scoring for at least 72 hours on the ward and HV "
            "checks to day 8; breastfeeding encouraged; she is drowsy after dosing, so no bed sharing. Maternity "
            "and the HV have this plan.",
        ),
        (
            "sert",
            "Sertraline 100 mg continues to prevent relapse; the baby is watched for 48 hours for jitteriness or "
            "fast breathing and paeds know of the PPHN risk; compatible with breastfeeding. Maternity and the HV "
            "have this plan.",
        ),
    ),
    "two different conclusions sharing one closing sentence",
)
ok(
    "cj-fo-each-named",
    CJ,
    "fo",
    "Diazepam: continue, taper later. Pregabalin: continue, taper later. Both sedate, so no co-sleeping and "
    "carer-led night feeds; baby watched for late withdrawal to day 8 by the foster carer and HV.",
    "each medicine named in its own line, then a joint plan",
)

# ============================================================================================================
# names: brands and misspellings of medicines of concern with a wrong "no concern" reason (refuse); assessed
# brands and harmless near misses (pass).

_WRONG = "Long-standing; she is well on it, has had no side effects and wants to carry on taking it."

added(
    "nm-abtardd-oxycodone",
    NM,
    REFUSE,
    M,
    "Abtardd 10mg prolonged-release tablets",
    "one twice a day",
    "Abtard (oxycodone) with a doubled letter",
    _WRONG,
)
added(
    "nm-acupro-quinapril",
    NM,
    REFUSE,
    C,
    "Acupro 10mg tablets",
    "one daily",
    "Accupro (quinapril, an ACE inhibitor) with a letter dropped, in pregnancy",
    _WRONG,
)
added(
    "nm-coumadine-warfarin",
    NM,
    REFUSE,
    L,
    "Coumadine 3mg tablets",
    "as per INR clinic",
    "Coumadin (warfarin) with a letter added, in pregnancy",
    _WRONG,
)
added(
    "nm-asendys-amoxapine",
    NM,
    REFUSE,
    N,
    "Asendys 50mg tablets",
    "one at night",
    "Asendis (amoxapine) spelt by sound",
    _WRONG,
)
added(
    "nm-mysolin-primidone",
    NM,
    REFUSE,
    N,
    "Mysolin 250mg tablets",
    "one twice a day",
    "Mysoline (primidone) with the last letter dropped",
    _WRONG,
)
added(
    "nm-kilkoff-diphenhydramine",
    NM,
    REFUSE,
    N,
    "Kilkoff Expectorant oral solution",
    "10 ml at night",
    "Kilkof Expectorant (diphenhydramine) with a doubled letter",
    _WRONG,
)
added(
    "nm-kilkof-first-word",
    NM,
    REFUSE,
    N,
    "Kilkof oral solution",
    "10 ml at night",
    "Kilkof (diphenhydramine) by the first word of its brand",
    _WRONG,
)
added(
    "nm-pulmo-baily-codeine",
    NM,
    REFUSE,
    N,
    "Pulmo Baily syrup",
    "15 ml three times a day",
    "Pulmo Bailly (codeine with guaiacol) with a letter dropped",
    _WRONG,
)
added(
    "nm-palexya-tapentadol",
    NM,
    REFUSE,
    N,
    "Palexya 50mg tablets",
    "one every 6 hours",
    "Palexia (tapentadol) with y for i",
    _WRONG,
)
added(
    "nm-meptid-meptazinol",
    NM,
    REFUSE,
    N,
    "Meptid 200mg tablets",
    "one every 4 hours when needed",
    "meptazinol, an opioid, by brand",
    _WRONG,
)
added(
    "nm-frisum-clobazam",
    NM,
    REFUSE,
    F,
    "Frisum 10mg tablets",
    "one at night",
    "Frisium (clobazam) with a letter dropped, beside two sedatives",
    _WRONG,
)
added(
    "nm-zopiclon-partner",
    NM,
    REFUSE,
    P,
    "Zopiclon 7.5mg tablets",
    "one at night",
    "zopiclone without its e, the father's",
    _WRONG,
    taken_by="partner",
)
added(
    "nm-sulpor-partner",
    NM,
    REFUSE,
    P,
    "Sulpor 200mg/5ml oral solution",
    "5 ml twice a day",
    "Sulpor (sulpiride, an antipsychotic), the father's",
    _WRONG,
    taken_by="partner",
)
added(
    "nm-covonya-night",
    NM,
    REFUSE,
    N,
    "Covonya Night Time Formula",
    "10 ml at night",
    "Covonia Night Time Formula (diphenhydramine) spelt by sound",
    _WRONG,
)
added(
    "nm-abilify-maintina-partner",
    NM,
    REFUSE,
    P,
    "Abilify Maintina 400mg injection",
    "monthly depot",
    "Abilify Maintena misspelt, the father's antipsychotic depot",
    _WRONG,
    taken_by="partner",
)
added(
    "nm-covonia-dry-tickly",
    NM,
    PASS,
    N,
    "Covonia Dry and Tickly Cough Linctus",
    "5 ml three times a day",
    "a Covonia product with no antihistamine, classified",
    "Glycerol and sugar syrup for a dry cough; no sedative in it, no effect on the baby or on breastfeeding.",
)
added(
    "nm-calpol-six-plus",
    NM,
    PASS,
    N,
    "Calpol Six Plus oral suspension",
    "20 ml four times a day",
    "a Calpol product that is paracetamol only (not Calpol Night), classified",
    "Paracetamol liquid she prefers to tablets; compatible with breastfeeding, no effect on the baby's sleep.",
)
added(
    "nm-nurofen-plain",
    NM,
    PASS,
    N,
    "Nurofen 200mg tablets",
    "two three times a day with food",
    "ibuprofen alone (not Nurofen Plus) after the birth, classified",
    "Ibuprofen for after-pains; compatible with breastfeeding after the birth, short course with food.",
)
added(
    "nm-pregaday",
    NM,
    PASS,
    V,
    "Pregaday tablets",
    "one daily",
    "an iron and folic acid supplement, not pregabalin",
    "Iron and folic acid supplement for anaemia in pregnancy; no effect on the baby beyond treating her anaemia.",
)
added(
    "nm-zomig",
    NM,
    PASS,
    N,
    "Zomig 2.5mg tablets",
    "one at onset of migraine",
    "zolmitriptan, not Zomorph",
    "Triptan for migraine attacks; very little passes into breast milk, not sedating, no effect on the baby's sleep.",
)
added(
    "nm-epimax",
    NM,
    PASS,
    N,
    "Epimax Original cream",
    "apply twice a day",
    "an emollient, not Epilim",
    "Emollient cream for dry skin, used on the skin only; no effect on breastfeeding or the baby.",
)
added(
    "nm-trimethoprim",
    NM,
    PASS,
    N,
    "Trimethoprim 200mg tablets",
    "one twice a day for 3 days",
    "an antibiotic, not trimipramine",
    "Three-day antibiotic course for a urine infection; compatible with breastfeeding in a healthy term baby.",
)
added(
    "nm-mucogel",
    NM,
    PASS,
    N,
    "Mucogel suspension",
    "10 ml after meals",
    "co-magaldrox antacid, 'co-' but not co-codamol",
    "Antacid that acts in the stomach and is hardly absorbed; no effect on the baby or on feeding.",
)
added(
    "nm-oilatum",
    NM,
    PASS,
    N,
    "Oilatum Junior bath additive",
    "in the baby's bath",
    "an unrecognised product with the clinician's classification",
    "Bath emollient for the baby's dry skin; used on the skin, not taken by the mother.",
)
added(
    "nm-hydromol-no-reason",
    NM,
    REFUSE,
    N,
    "Hydromol Intensive cream",
    "apply twice a day",
    "an unrecognised product with no classification",
)
added(
    "nm-bio-oil-reason-na",
    NM,
    REFUSE,
    N,
    "Bio-Oil skincare oil",
    "apply twice a day",
    "a 'no concern' reason that says nothing",
    "N/A",
)
added(
    "nm-movelat-reason-fine",
    NM,
    REFUSE,
    N,
    "Movelat gel",
    "apply three times a day",
    "a 'no concern' reason that says nothing",
    "Fine.",
)

_PALEXIA_F = med("med-palexia", "Palexia 50mg tablets", "one every 6 hours when needed", "2026-06-09", MILLBROOK)
add(
    "nm-palexia-assessed-jointly",
    NM,
    PASS,
    F,
    chain(
        add_medicine(_PALEXIA_F),
        join("asm-diazepam-pregabalin", "med-palexia"),
        SETTERS["dzp"][1](
            "Diazepam, pregabalin and Palexia (tapentadol, for her pelvic pain) all continue for now, with a GP "
            "taper of each. Together they sedate her: never sleeping with the baby on any surface, and the foster "
            "carer does night feeds. The baby may show late withdrawal to day 8; the carer calls the neonatal "
            "team if seen. HV weekly."
        ),
        SETTERS["fo"][1](
            "Diazepam, pregabalin and tapentadol continue while the GP plans a taper; all sedate, so no "
            "co-sleeping and carer-led nights; baby watched for late withdrawal to day 8 by the carer and HV."
        ),
    ),
    "a tapentadol brand added to the joint assessment and named in both conclusions",
)
add(
    "nm-zonegran-assessed-named",
    NM,
    PASS,
    V,
    chain(
        add_medicine(med("med-zonegran", "Zonegran 100mg capsules", "100 mg twice a day", "2025-03-10", CASTLE)),
        join("asm-valproate", "med-zonegran"),
        SETTERS["valp"][1](
            "Valproate and Zonegran (zonisamide) both continue until neurology sees her within two weeks; "
            "stopping either suddenly risks seizures. The baby's risk of malformation and developmental problems "
            "is raised, mostly by valproate; detailed scan booked and paediatric follow-up after birth."
        ),
        SETTERS["vo"][1](
            "Valproate and zonisamide continue unchanged pending urgent neurology review; detailed anomaly scan "
            "for the baby and paediatric follow-up of development after birth; folic acid 5 mg continues."
        ),
    ),
    "an antiepileptic by brand added to the assessment and named in both conclusions",
)

# ============================================================================================================
# groups: antiepileptics and teratogens beyond the shipped lists, combination products.

added(
    "gr-zonegran-reason",
    GR,
    REFUSE,
    V,
    "Zonegran 100mg capsules",
    "100 mg twice a day",
    "zonisamide, an antiepileptic, with a wrong reason",
    _WRONG,
)
added(
    "gr-zebinix-reason",
    GR,
    REFUSE,
    V,
    "Zebinix 800mg tablets",
    "one daily",
    "eslicarbazepine, an antiepileptic, with a wrong reason",
    _WRONG,
)
added(
    "gr-opsumit-reason",
    GR,
    REFUSE,
    L,
    "Opsumit 10mg tablets",
    "one daily",
    "macitentan, an endothelin receptor antagonist with a pregnancy prevention programme",
    _WRONG,
)
added(
    "gr-neo-mercazole-reason",
    GR,
    REFUSE,
    C,
    "Neo-Mercazole 20mg tablets",
    "one daily",
    "carbimazole in pregnancy (MHRA: embryopathy, contraception advice)",
    _WRONG,
)
added(
    "gr-paramol-reason",
    GR,
    REFUSE,
    N,
    "Paramol tablets",
    "two every 6 hours",
    "dihydrocodeine with paracetamol",
    "Paracetamol-based painkiller for after-pains, a few days only.",
)
added(
    "gr-migraleve-pink-reason",
    GR,
    REFUSE,
    N,
    "Migraleve Pink tablets",
    "two at onset",
    "codeine, buclizine and paracetamol",
    "A migraine tablet she has used for years without problems.",
)
added(
    "gr-co-diovan-reason",
    GR,
    REFUSE,
    C,
    "Co-Diovan 80mg/12.5mg tablets",
    "one daily",
    "valsartan with a thiazide, in pregnancy",
    "Blood pressure tablet, well controlled, from her GP.",
)
added(
    "gr-trandolopril-reason",
    GR,
    REFUSE,
    M,
    "Trandolopril 1mg capsules",
    "one daily",
    "trandolapril misspelt, a near miss to tramadol and itself an ACE inhibitor in pregnancy",
    "Blood pressure capsule since 2023; well controlled.",
)
added(
    "gr-rescue-remedy",
    GR,
    PASS,
    N,
    "Rescue Remedy dropper",
    "four drops when anxious",
    "a flower remedy with the clinician's classification",
    "Flower remedy with no active medicine in it; a few drops a day have no effect on the baby or on feeding.",
)
added(
    "gr-co-magaldrox",
    GR,
    PASS,
    N,
    "Co-magaldrox 195mg/220mg/5ml oral suspension",
    "10 ml four times a day",
    "a 'co-' antacid, not an opioid combination",
    "Aluminium and magnesium antacid; acts in the stomach, not absorbed, safe while breastfeeding.",
)
added(
    "gr-nuromol",
    GR,
    PASS,
    N,
    "Nuromol tablets",
    "one three times a day with food",
    "ibuprofen with paracetamol after the birth, classified",
    "Ibuprofen with paracetamol for after-pains; both are compatible with breastfeeding after the birth.",
)

# ============================================================================================================
# disguised names: look-alike and invisible characters inside the name of a medicine of concern, given a wrong
# reason. The verdict equals the plain name's.

added(
    "dg-nm-tramadol-zwsp",
    DG,
    REFUSE,
    N,
    "Tram\u200badol 50mg capsules",
    "one every 6 hours",
    "a zero-width space inside tramadol",
    "Short course for perineal pain.",
)
added(
    "dg-nm-codeine-cyrillic-c",
    DG,
    REFUSE,
    N,
    "\u0421odeine 30mg tablets",
    "one four times a day",
    "Cyrillic Es for the C of codeine",
    "Short course for perineal pain.",
)
added(
    "dg-nm-promethazine-shy",
    DG,
    REFUSE,
    N,
    "Pro\u00admeth\u00adazine 25mg tablets",
    "one at night",
    "soft hyphens inside promethazine",
    "Helps her sleep; nothing else to say.",
)
added(
    "dg-nm-zopiclone-fw",
    DG,
    REFUSE,
    N,
    "\uff3a\uff4f\uff50\uff49\uff43\uff4c\uff4f\uff4e\uff45 7.5mg tablets",
    "one at night",
    "full-width zopiclone",
    "Helps her sleep; nothing else to say.",
)
added(
    "dg-nm-sertraline-greek-o-i",
    DG,
    REFUSE,
    N,
    "Sertrαl\u03b9ne 50mg tablets",
    "one daily",
    "Greek alpha and iota inside sertraline",
    "For mood, from the GP.",
)
added(
    "dg-nm-trimethoprim-zwj",
    DG,
    PASS,
    N,
    "Trimetho\u200dprim 200mg tablets",
    "one twice a day for 3 days",
    "a zero-width joiner in a harmless antibiotic, classified",
    "Three-day antibiotic course for cystitis; compatible with breastfeeding in a healthy term baby.",
)

# ============================================================================================================
# facts: dates, routes, attribution, identities, amendment, lawful basis.

# dates. L: pregnancy began 2025-11-19 (EDD 2026-08-26 and 24+0 on 2026-05-06); margin 14 days.
add(
    "fa-l-assessed-15-days-before-conception",
    FA,
    REFUSE,
    L,
    chain(set_("assessments#asm-lithium.date", "2025-11-04"), set_("overall_conclusion.date", "2025-11-04")),
    "assessment and overall dated 15 days before the pregnancy began, not marked pre-conception",
)
add(
    "fa-m-edd-14-days-from-gestation",
    FA,
    PASS,
    M,
    set_("pregnancy.edd", "2026-05-30"),
    "EDD 14 days from what 29+2 on 2026-03-02 implies (2026-05-16): inside the tolerance",
)
add(
    "fa-m-edd-16-days-from-gestation",
    FA,
    REFUSE,
    M,
    set_("pregnancy.edd", "2026-06-01"),
    "EDD 16 days from what the gestation implies",
)
add(
    "fa-m-attested-day-before-assessment",
    FA,
    REFUSE,
    M,
    set_("attestation.at", "2026-03-01T16:40:00+00:00"),
    "attested the day before the assessments it attests",
)
add(
    "fa-m-attested-tomorrow",
    FA,
    REFUSE,
    M,
    chain(set_("attestation.at", "2026-12-04T09:00:00+00:00"), set_("updated", "2026-12-04T09:05:00+00:00")),
    "attested tomorrow (today is 2026-12-03)",
)
add(
    "fa-v-attested-months-later",
    FA,
    PASS,
    V,
    chain(set_("attestation.at", "2026-06-03T09:00:00+00:00"), set_("updated", "2026-06-03T09:05:00+00:00")),
    "attested two weeks after the assessment: late but possible",
)
add("fa-f-delivery-tomorrow", FA, REFUSE, F, set_("pregnancy.delivery_date", "2026-12-04"), "delivery in the future")
add(
    "fa-v-consent-future",
    FA,
    REFUSE,
    V,
    set_("lawful_basis.recorded_on", "2026-12-10"),
    "consent recorded in the future",
)
add("fa-l-mother-born-2016", FA, REFUSE, L, set_("mother.birth_date", "2016-12-19"), "a mother aged nine")
add("fa-l-mother-aged-45", FA, PASS, L, set_("mother.birth_date", "1981-02-01"), "a mother of 45: possible")
bad(
    "fa-lith-date-31-june",
    FA,
    "lith",
    "Lithium 800 mg continues; levels monthly, weekly from 36 weeks and within 24 hours of delivery; first level "
    "after the dose change on 31/06/2026. Baby checked by the paediatrician after birth for floppiness and poor "
    "feeding; bottle feeding as advised; perinatal MH review fortnightly after birth.",
    "a written date that does not exist",
)
ok(
    "fa-lith-date-30-june",
    FA,
    "lith",
    "Lithium 800 mg continues; levels monthly, weekly from 36 weeks and within 24 hours of delivery; next level "
    "on 30/06/2026. Baby checked by the paediatrician after birth for floppiness and poor feeding; bottle "
    "feeding as advised; perinatal MH review fortnightly after birth.",
    "twin with a real date",
    disguise=zwnj,
)

# routes
add(
    "fa-m-mesh-with-space",
    FA,
    REFUSE,
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26 HC003"),
    "a MESH mailbox with a space in it",
)
add(
    "fa-v-mllp-host-is-url",
    FA,
    REFUSE,
    V,
    set_("recipients#rcp-maternity.route.host", "https://maternity-interface.castleford.example"),
    "a URL given as an MLLP host",
)
add(
    "fa-v-mllp-ip-host",
    FA,
    PASS,
    V,
    set_("recipients#rcp-maternity.route.host", "10.12.4.20"),
    "an internal IP address is a host that can be reached",
)
add(
    "fa-l-fhir-http",
    FA,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL without https",
)
add(
    "fa-l-fhir-port-trailing-slash",
    FA,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4/"),
    "a FHIR base URL with a port and a trailing slash",
)
add(
    "fa-f-manual-by-hand",
    FA,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "By hand."),
    "a manual route with no instruction",
)
add(
    "fa-f-manual-posted-good",
    FA,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Given in person to the foster carer by the ward midwife at discharge, with a copy posted first class "
        "to the placement address held by children's services.",
    ),
    "a manual route with a real instruction",
)
add(
    "fa-c-ods-trust-three",
    FA,
    PASS,
    C,
    set_("recipients#rcp-maternity.organisation.ods_code", "RXR"),
    "a three-character trust code is a form ODS issues",
)
add(
    "fa-f-sw-phone-international",
    FA,
    PASS,
    F,
    set_("safeguarding.social_worker.telephone", "+44 1632 960456"),
    "the same number written internationally",
)

# attribution
add(
    "fa-p-hv-with-gmc",
    FA,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7089123"}),
    "a health visitor registered with the GMC",
)
add(
    "fa-p-hv-nmc-other-pin",
    FA,
    PASS,
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "NMC", "number": "09C1234E"}),
    "a health visitor with another well-formed NMC PIN",
)
add(
    "fa-f-assessed-by-social-worker",
    FA,
    REFUSE,
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.author",
        {
            "name": {"given": ["Leanne"], "family": "Moss"},
            "role": "social-worker",
            "registration": {"body": "SWE", "number": "SW123456"},
            "organisation": {"ods_code": "Y90310", "name": "Millbrook Children's Services"},
        },
    ),
    "a medication assessment signed by the social worker",
)
add(
    "fa-l-one-gmc-two-names",
    FA,
    REFUSE,
    L,
    set_("overall_conclusion.author.registration.number", "7056789"),
    "Dr Campbell given Dr Osei's GMC number",
)
add(
    "fa-c-attester-no-registration",
    FA,
    REFUSE,
    C,
    delete("attestation.by.registration"),
    "an attester without a registration",
)

# identities, amendment, lawful basis
add(
    "fa-p-partner-nhs-spaced",
    FA,
    REFUSE,
    P,
    set_("partner.nhs_number", "999 000 4145"),
    "the mother's NHS number, written with spaces, given to the partner",
)
add(
    "fa-p-partner-nhs-bad-check",
    FA,
    REFUSE,
    P,
    set_("partner.nhs_number", "9990004294"),
    "a partner NHS number that fails its check digit",
)
add(
    "fa-f-justification-as-above",
    FA,
    REFUSE,
    F,
    set_("lawful_basis.justification", "As above."),
    "sharing without consent justified by nothing",
)
add(
    "fa-f-justification-good",
    FA,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        "Shared without her agreement because the baby is under an interim care order and the placement must "
        "know that both of her medicines sedate her; the risk to the baby outweighs her objection.",
    ),
    "a justification with a reason",
)
add(
    "fa-c-amended-updated", FA, REFUSE, C, set_("amendment_reason", "Updated."), "an amendment reason that says nothing"
)
add(
    "fa-c-amended-good",
    FA,
    PASS,
    C,
    set_(
        "amendment_reason",
        "The community midwives' MESH mailbox was corrected after a failed delivery; no clinical content changed.",
    ),
    "an amendment reason that says what changed",
)
add(
    "fa-v-amended-first-version",
    FA,
    REFUSE,
    V,
    chain(set_("status", "amended"), set_("amendment_reason", "Recipient list corrected.")),
    "an amended first version",
)

# disguised facts: reasons and routes judged as their plain text.
add(
    "dg-fa-f-justification-as-above-fw",
    DG,
    REFUSE,
    F,
    set_("lawful_basis.justification", fw("As above.")),
    "'As above.' in full width",
)
add(
    "dg-fa-f-justification-good-cyr",
    DG,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        cyr(
            "Shared without her agreement because the baby is under an interim care order and the placement "
            "must know that both of her medicines sedate her; the risk to the baby outweighs her objection."
        ),
    ),
    "a justification with a reason, Cyrillic look-alikes",
)
add(
    "dg-fa-c-amended-good-shy",
    DG,
    PASS,
    C,
    set_(
        "amendment_reason",
        shy("The community midwives' MESH mailbox was corrected after a failed delivery; no clinical content changed."),
    ),
    "an amendment reason with soft hyphens",
)
add(
    "dg-fa-c-amended-updated-zwnj",
    DG,
    REFUSE,
    C,
    set_("amendment_reason", zwnj("Updated.")),
    "'Updated.' with zero-width non-joiners",
)
add(
    "dg-fa-f-manual-posted-good-bidi",
    DG,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        bidi(
            "Given in person to the foster carer by the ward midwife at discharge, with a copy posted first "
            "class to the placement address held by children's services."
        ),
    ),
    "a manual route with a real instruction, in bidi isolates",
)
add(
    "dg-fa-f-manual-by-hand-cyr",
    DG,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", cyr("By hand.")),
    "'By hand.' in Cyrillic look-alikes",
)
added(
    "dg-nm-zomig-cyr",
    DG,
    PASS,
    N,
    cyr("Zomig 2.5mg tablets"),
    "one at onset of migraine",
    "zolmitriptan in Cyrillic look-alikes, classified",
    "Triptan for migraine attacks; very little passes into breast milk and it does not sedate her.",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F95CASES)
    for category in CATEGORIES:
        print(f"{category:12} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':12} refuse {sum(c.expect == REFUSE for c in F95CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F95CASES):3}"
    )
