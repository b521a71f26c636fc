"""A hundred-and-twenty-eighth independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, twenty-first round, in the proportions issue 9 gives for the project's hidden test sets.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work that must pass (terse GP shorthand, midwife notes, letters, SBAR,
bullet lists, plain English for a foster carer, a pharmacist's note, a perinatal psychiatrist's letter, with
brands, misspellings and abbreviations clinicians write); the other half is hollow, disguised or impossible in
each of issue 9's categories. Every shape is paired both ways:

* ``registers``: complete conclusions in every register, with brands and misspellings in the text (pass);
* ``hollow``: non-answers, deferrals, dismissals, filler, repetition, questions and plans held by no one,
  against substantive conclusions that also point elsewhere, say "no concerns" with a reason or use a pointer
  word as an instruction;
* ``copy``: one conclusion pasted under two medicines or everywhere, joint conclusions that drop a medicine,
  against joint conclusions that name both (by brand or class and name);
* ``concerns``: concern items hollow or dismissed, a sedated parent and safe sleep advice not given, coded
  answers against the text, conclusions silent on the baby or on teratogenicity, against shorthand answers;
* ``names``: brands, misspellings, combination products and whole groups (other antiepileptics, teratogens,
  sedating antihistamines, opioids) unassessed or unlisted, against harmless medicines classified and
  assessed medicines written by brand or misspelt;
* ``routes``: routes that cannot deliver and malformed ODS codes, against unusual routes that can;
* ``attribution``: registers that do not fit roles, impossible numbers, one number under two names, a missing
  registration, against good variants;
* ``dates``: assessments before conception, attestation in the future or before the assessments, deliveries and
  consent in the future, EDDs far from the gestation, impossible calendar dates, against dates at the edges;
* ``identities``: a partner with the mother's NHS number, "Yes." as a justification, amendments that say nothing
  or come first, against good variants;
* ``unanswered``: mandatory items removed or answered with placeholders, against answers in words and items that
  do not apply;
* ``facts``: impossible doses and routes on the list or in the conclusion, against their possible twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh128_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import (
    DRUG_SERVICE,
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
    delete,
    gp_prescriber,
    medicine,
    other_prescriber,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F128CASES: list[Case] = []

CATEGORIES = (
    "registers",
    "hollow",
    "copy",
    "concerns",
    "names",
    "routes",
    "attribution",
    "dates",
    "identities",
    "unanswered",
    "facts",
    "disguise",
)

RG, HO, CP, CN, NM, RT, AT, DT, ID, UN, FA, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F128CASES.append(Case(f"f128-{name}", category, expect, base, mutate, why))


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
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def wj(text: str) -> str:
    return inside_words(text, "\u2060", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


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
) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def on(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, expect, base, mutate, why)


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f128", started: str = "2026-04-06") -> Mutation:
    """A medicine added to a postnatal record (base N), with or without the clinician's classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, started, gp_prescriber(RIVERSIDE), **fields))


def field(path: str, value: Any) -> Mutation:
    return set_(path, value)


# Complete bodies written afresh for this batch; each case adds its own point to one of them or replaces one.
METH = (
    "Methadone 60 mg once a day (supervised) continues to delivery with no antenatal reduction. Her baby will be "
    "scored for neonatal abstinence on the postnatal ward for at least 72 hours, and the HV looks for late signs "
    "through day 8. She is encouraged to breastfeed on this stable dose. Each dose makes her drowsy for a few hours, "
    "so the baby never sleeps in her bed or on the sofa; the cot is seen at the first home visit."
)
SERT = (
    "Sertraline 100 mg daily continues: her depression came back the last time it was stopped. The ward midwives "
    "watch the baby for 48 hours after birth for jitteriness, fast breathing or poor feeding, and she can breastfeed "
    "on sertraline. The GP reviews her mood at the 6-week postnatal check."
)
LITH = (
    "Lithium (Priadel) 800 mg at night continues: she relapsed each time it was stopped and postpartum psychosis is "
    "the bigger danger. Lithium levels every 4 weeks, weekly from 36 weeks and within 24 hours of the birth. The "
    "paediatrician reviews the baby after delivery for floppiness, poor feeding and thyroid function. She will bottle "
    "feed, because lithium passes into breast milk."
)
LO = (
    "Lithium 800 mg at night continues; levels monthly, weekly from 36 weeks and within 24 h of delivery. "
    "Paediatric review of the baby after birth for floppiness, feeding and thyroid. Bottle feeding planned, as "
    "breastfeeding is not advised on lithium. Perinatal mental health team to see her in the first week after birth, "
    "when relapse is most likely."
)
VO = (
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues unchanged until the urgent neurology "
    "review, as stopping abruptly risks seizures. First-trimester exposure raises the baby's risk of major "
    "malformations and developmental problems: fetal medicine referral sent today and a detailed scan at 20 weeks. "
    "Folic acid 5 mg started."
)
PO = (
    "Chloe's paracetamol raises no concern for the baby or for breastfeeding. Daniel's quetiapine sedates him "
    "heavily at night: no co-sleeping with him on a bed, sofa or armchair and no night feeds by him after his dose. "
    "The crib has been seen and is safe; the HV checks it at each visit."
)

# ============================================================================================================
# registers: complete work in every register (pass), with brands, misspellings and shorthand.

ok(
    "rg-meth-gp-shorthand",
    RG,
    "meth",
    "Methadone 60mg od supervised - cont to term, no antenatal reduction. Baby: NAS scoring on PNW min 72h, HV late "
    "signs to D8. BF encouraged on stable dose. Drowsy 2-4h post dose -> no bed/sofa sharing, HV to see cot 1st "
    "visit.",
    "terse GP shorthand with every concern answered",
    cyr,
)
ok(
    "rg-sert-midwife-note",
    RG,
    "sert",
    "Midwife note: discussed sertraline with Jodie at 29 weeks. She stays on 100 mg daily because stopping before "
    "led to relapse. We will watch baby on the ward for 48 hrs after birth for jitters, fast breathing and poor "
    "feeds. Happy for her to breastfeed on sertraline. GP to review her mood at the 6 week check.",
    "a midwife's note in the first person",
)
ok(
    "rg-mo-letter",
    RG,
    "mo",
    "Dear colleagues, Jodie continues methadone 60 mg daily and sertraline 100 mg daily without change. Please "
    "score her baby for withdrawal and adaptation on the postnatal ward for at least 72 hours; the HV will then "
    "look for late signs until day 8. Breastfeeding is encouraged. Methadone sedates her after each dose, so the "
    "baby must not share her bed or sofa; the social worker and HV will see the cot before discharge. Yours, "
    "Dr Shah.",
    "a letter to colleagues with 'please' as an instruction",
    zwsp,
)
ok(
    "rg-cit-sbar",
    RG,
    "cit",
    "S: 32/40, on citalopram 20 mg od. B: anxiety/depression, relapsed within 6 weeks of stopping in 2024. A: "
    "benefit of continuing outweighs small risk of PPHN and neonatal adaptation symptoms; compatible with "
    "breastfeeding. R: continue citalopram; midwife to observe baby 48 h post delivery for jitteriness and poor "
    "feeding; GP mood review at 6/52 PN.",
    "SBAR",
)
ok(
    "rg-co-bullets",
    RG,
    "co",
    "- Citalopram 20 mg daily: continue in pregnancy and breastfeeding\n- Baby: midwife watches 48 h after birth "
    "for adaptation signs\n- Mum: GP mood review at 6 weeks postnatal\n- Amendment: HV added as recipient only",
    "a bullet list",
    bidi,
)
ok(
    "rg-lith-psychiatrist-letter",
    RG,
    "lith",
    "I saw Rebecca in the perinatal clinic. Her bipolar disorder has been stable for four years on Priadel "
    "(lithium carbonate) 800 mg nocte and I advise that it continues, as the postpartum relapse risk off lithium "
    "is very high. Serum lithium every four weeks, weekly from 36 weeks and within 24 hours of delivery. The "
    "neonatal team should examine the baby after birth for hypotonia, poor feeding and thyroid dysfunction. She has "
    "chosen to bottle feed, which I support as lithium enters breast milk.",
    "a perinatal psychiatrist's letter",
)
ok(
    "rg-valp-pharmacist",
    RG,
    "valp",
    "Pharmacist review: Epilim (sodium valproate) 500 mg bd - do not stop or reduce before neurology review this "
    "week (seizure risk to mother and fetus). First-trimester exposure: about 1 in 10 risk of major malformation "
    "incl. NTD, and neurodevelopmental risk for the baby; FMU referral and detailed anomaly scan at 20/40 arranged "
    "by the antenatal clinic. Folic acid 5 mg od started today. Breastfeeding advice from neurology once the plan is "
    "set.",
    "a pharmacist's note with the brand",
)
ok(
    "rg-vo-bullets",
    RG,
    "vo",
    "* 8/40, unplanned, on sodium valproate 500 mg bd\n* Keep taking valproate; never stop abruptly (seizures)\n* "
    "Baby at risk of malformations and developmental delay from 1st trimester exposure: FMU referral today, "
    "anomaly scan at 20/40\n* Urgent neuro referral today\n* Folic acid 5 mg daily started",
    "bullets in shorthand",
    shy,
)
ok(
    "rg-dzp-foster-carer-plain",
    RG,
    "dzp",
    "For Sandra: Kayleigh takes Valium (diazepam) 5 mg three times a day and Lyrica (pregabalin) 150 mg twice a "
    "day. Both make her sleepy, so she must never fall asleep with the baby in a bed, on the sofa or in a chair, or "
    "feed him lying down. You do all the night feeds for now. Until day 8 please look out for shaking, poor feeding "
    "or crying that will not settle and ring the neonatal unit if you see them; the HV will also check. Her GP will "
    "plan a slow diazepam reduction at 6 weeks.",
    "plain English for the foster carer, with brands",
    wj,
)
ok(
    "rg-fo-sbar",
    RG,
    "fo",
    "S: day 6, baby in parent and baby foster placement. B: mother on diazepam and pregabalin throughout "
    "pregnancy. A: sedating together; late withdrawal possible to day 8. R: no bed, sofa or armchair sharing, no "
    "feeding lying down, foster carer does nights; HV visits days 5 and 8; SW and foster carer hold this plan.",
    "SBAR for the overall conclusion",
)
ok(
    "rg-quet-hv-note",
    RG,
    "quet",
    "HV new birth visit: dad (Daniel) takes Seroquel (quetiapine) 300 mg nocte and is very hard to rouse for hours "
    "after. Agreed with both parents: Daniel never sleeps with baby on bed/sofa/armchair and does no night feeds "
    "after his dose. Chloe does nights; baby in next-to-me crib. I will check at each contact to 8 weeks.",
    "a health visitor's note with the brand",
    fw,
)
ok(
    "rg-meth-methadose-brand",
    RG,
    "meth",
    "Methadose (methadone) 60 mg daily supervised continues unchanged. Expect neonatal abstinence: the ward midwives "
    "score the baby 4-hourly for at least 72 hours and the HV watches for late signs to day 8. Breastfeeding is "
    "encouraged. She is sleepy after each dose, so no co-sleeping or sofa sleeping; the HV sees the moses basket at "
    "the first visit.",
    "the brand with the ingredient",
)
ok(
    "rg-dzp-misspelt",
    RG,
    "dzp",
    "Diazapam 5 mg tds and pregablin 150 mg bd continue; a gradual diazapam taper is planned at the 6-week review. "
    "Both sedate Kayleigh: no co-sleeping, no feeding lying down, and the foster carer does the night feeds. Late "
    "withdrawal signs possible until day 8: foster carer and HV to watch.",
    "both medicines misspelt as clinicians type them",
    cyr,
)
ok(
    "rg-sert-setraline-misspelt",
    RG,
    "sert",
    "Setraline 100 mg od continues - relapse risk if stopped. Baby: 48 h obs by ward midwives for jitteriness and "
    "poor feeding after birth. Fine to breastfeed. GP mood r/v at 6/52.",
    "issue 9's misspelling in the conclusion",
)

# ============================================================================================================
# hollow: non-answers, deferrals, dismissals, filler, repetition, questions, plans held by no one.

bad(
    "ho-meth-no-concerns-noted",
    HO,
    "meth",
    "No concerns regarding the methadone prescription noted at this stage of the pregnancy.",
    "a long non-answer with no reason",
    greek,
)
ok(
    "ho-meth-no-concerns-with-reason",
    HO,
    "meth",
    "No concerns about her methadone use: she has been stable on 60 mg daily for months with no on-top use. It "
    "continues. The baby will still need at least 72 hours of withdrawal scoring on the postnatal ward and HV checks "
    "to day 8. Breastfeeding encouraged. No bed or sofa sharing after her dose; HV to see the cot.",
    "near miss: 'no concerns' with the reason and the plan",
)
bad(
    "ho-sert-as-per-letter",
    HO,
    "sert",
    "Sertraline: as per the perinatal mental health letter dated 14/01/2026, plan as discussed there.",
    "a deferral to a dated letter",
    zwsp,
)
ok(
    "ho-sert-see-also-in-summary",
    HO,
    "sert",
    "See also the perinatal mental health letter of 14 January. In summary: sertraline 100 mg daily continues to "
    "prevent relapse; the ward midwives watch the baby for 48 hours for adaptation signs; breastfeeding is fine; GP "
    "mood review at 6 weeks.",
    "near miss: a pointer followed by the conclusion",
    zwsp,
)
bad(
    "ho-lith-pending-padded",
    HO,
    "lith",
    "Lithium: pending review by perinatal psychiatry, pending levels, pending the consultant's decision, pending "
    "further discussion.",
    "'pending' padded to length",
    shy,
)
ok(
    "ho-lith-pending-levels-with-plan",
    HO,
    "lith",
    "Pending this week's level, lithium 800 mg at night continues; relapse after birth is the greater danger. "
    "Levels monthly, weekly from 36 weeks and within 24 hours of birth. Paediatric review of the baby after "
    "delivery for floppiness, poor feeding and thyroid. Bottle feeding, as lithium enters breast milk.",
    "near miss: 'pending' one result, with the plan",
)
bad(
    "ho-valp-lorem",
    HO,
    "valp",
    "Sodium valproate lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "filler after the medicine name",
    fw,
)
bad(
    "ho-cit-repeated",
    HO,
    "cit",
    "Citalopram continue continue continue continue continue continue continue continue continue continue.",
    "one word repeated",
)
bad(
    "ho-dzp-long-na",
    HO,
    "dzp",
    "Diazepam and pregabalin: not applicable to this episode of care and not relevant to the baby or the placement.",
    "a long-form 'not applicable' for sedating medicines",
    bidi,
)
ok(
    "ho-dzp-na-breastfeeding-only",
    HO,
    "dzp",
    "Breastfeeding advice is not applicable, as the baby is bottle fed. Diazepam 5 mg tds and pregabalin 150 mg bd "
    "continue and together sedate Kayleigh, so no co-sleeping or lying-down feeds and the foster carer does the "
    "nights. Foster carer and HV watch for late withdrawal to day 8; slow diazepam reduction from 6 weeks.",
    "near miss: 'not applicable' for the one concern that truly does not apply",
)
bad(
    "ho-quet-out-of-scope",
    HO,
    "quet",
    "Quetiapine is the father's own medicine and so is outside the scope of this maternal medication assessment.",
    "a partner's sedating medicine dismissed",
    cyr,
)
ok(
    "ho-quet-fathers-with-plan",
    HO,
    "quet",
    "Although the quetiapine is the father's, it matters for the baby: Daniel is heavily sedated for hours after his "
    "300 mg night dose. He must not share a bed, sofa or armchair with the baby and does no night feeds; Chloe does "
    "them, baby in the next-to-me crib. HV to check at each visit to 8 weeks.",
    "near miss: 'the father's medicine' as the reason it matters",
)
bad(
    "ho-mo-mdt-to-follow",
    HO,
    "mo",
    "Methadone and sertraline discussed at the MDT; outcome to follow in the minutes once they are circulated.",
    "the outcome deferred to minutes",
)
ok(
    "ho-mo-mdt-outcome",
    HO,
    "mo",
    "Methadone and sertraline were discussed at the MDT on 2 March. Outcome: both continue at the same doses; the "
    "baby has at least 72 h of withdrawal and adaptation scoring on the postnatal ward and HV checks to day 8; "
    "breastfeeding encouraged; methadone sedates her, so no co-sleeping, and the SW and HV see the cot before "
    "discharge.",
    "near miss: the MDT's outcome written out",
    shy,
)
bad(
    "ho-vo-pointers",
    HO,
    "vo",
    "Sodium valproate: MHRA guidance followed. Risks as per the PPP leaflet. Refer to the neurology letter.",
    "three pointers and no conclusion",
    greek,
)
ok(
    "ho-vo-leaflet-and-plan",
    HO,
    "vo",
    "She was given the MHRA valproate pregnancy leaflet and we went through it. Sodium valproate continues unchanged "
    "until urgent neurology review, as stopping abruptly risks seizures. The baby has first-trimester exposure with "
    "raised risks of malformation and developmental delay: fetal medicine referral today, detailed scan at 20 "
    "weeks. Folic acid 5 mg started.",
    "near miss: a leaflet given and the plan",
)
bad(
    "ho-sert-questions",
    HO,
    "sert",
    "Sertraline - continue? Risk to the baby? Breastfeeding? To be discussed at her next antenatal appointment.",
    "questions and a deferral",
    bidi,
)
bad(
    "ho-meth-no-one-holds",
    HO,
    "meth",
    "Methadone 60 mg daily continues. The baby should be watched for withdrawal at some point after birth and the "
    "sleeping arrangements should be looked at sometime. Breastfeeding is fine.",
    "the withdrawal watch and safe sleep held by no one, at no time",
)

# ============================================================================================================
# copy: one conclusion pasted under two medicines or everywhere; joint conclusions that drop a medicine.

_PASTE = (
    "Methadone and sertraline: both continue. The baby is observed on the postnatal ward after delivery and the "
    "HV follows up at home; breastfeeding is supported; no co-sleeping after a sedating dose, cot checked at home."
)
on(
    "cp-same-under-both",
    CP,
    REFUSE,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", _PASTE),
        set_("assessments#asm-sertraline.conclusion", _PASTE),
    ),
    "one conclusion pasted under the methadone and the sertraline assessments",
)
on(
    "cp-same-everywhere",
    CP,
    REFUSE,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", _PASTE),
        set_("assessments#asm-sertraline.conclusion", _PASTE),
        set_("overall_conclusion.text", _PASTE),
    ),
    "one generic conclusion under every part",
)
on(
    "cp-shared-sentence-own-plans",
    CP,
    PASS,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", "Both medicines were reviewed with Jodie today. " + METH),
        set_("assessments#asm-sertraline.conclusion", "Both medicines were reviewed with Jodie today. " + SERT),
    ),
    "near miss: one shared opening sentence, each conclusion its own",
)
bad(
    "cp-dzp-omits-pregabalin",
    CP,
    "dzp",
    "Diazepam 5 mg tds continues with a slow taper from 6 weeks. It makes Kayleigh drowsy, so she must not sleep "
    "with the baby or feed lying down; the foster carer does all nights. Foster carer and HV watch for late "
    "withdrawal until day 8.",
    "a joint assessment's conclusion that never names pregabalin",
    zwsp,
)
ok(
    "cp-dzp-gabapentinoid-named",
    CP,
    "dzp",
    "Diazepam 5 mg tds and the gabapentinoid pregabalin 150 mg bd continue; diazepam tapers slowly from 6 weeks. "
    "Both sedate Kayleigh: no co-sleeping, no feeding lying down, foster carer does the nights. Foster carer and HV "
    "watch the baby for late withdrawal until day 8.",
    "near miss: pregabalin named with its class",
)
bad(
    "cp-mo-omits-sertraline",
    CP,
    "mo",
    "Methadone 60 mg daily continues. Baby: at least 72 h of NAS scoring on the postnatal ward, then HV checks to "
    "day 8. Breastfeeding encouraged. No co-sleeping, as she is drowsy after each dose; SW and HV see the cot.",
    "an overall conclusion that drops sertraline",
    shy,
)
ok(
    "cp-mo-ssri-named",
    CP,
    "mo",
    "Methadone 60 mg daily and her SSRI, sertraline 100 mg, continue. Baby: at least 72 h of withdrawal and "
    "adaptation scoring on the postnatal ward, then HV checks to day 8. Breastfeeding encouraged. Methadone sedates "
    "her, so no co-sleeping; SW and HV see the cot.",
    "near miss: both named",
)

# ============================================================================================================
# concerns: concern items and conclusions that leave a class's concern unanswered.

on(
    "cn-meth-plan-per-guideline",
    CN,
    REFUSE,
    M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan", "As per guideline."),
    "the withdrawal plan is a pointer",
)
on(
    "cn-meth-plan-shorthand",
    CN,
    PASS,
    M,
    set_(
        "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
        "NAS obs on PNW min 72h per local guideline; HV to look for late signs to D8.",
    ),
    "near miss: the withdrawal plan in shorthand",
)
on(
    "cn-sert-bf-na",
    CN,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "n/a"),
    "breastfeeding dismissed for a mother who plans to breastfeed",
)
on(
    "cn-sert-bf-terse",
    CN,
    PASS,
    M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "OK to BF; watch for sleepy baby or poor feeds."),
    "near miss: breastfeeding answered in shorthand",
)
on(
    "cn-quet-safe-sleep-na",
    CN,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Not applicable - father's medicine."),
    "a partner's sedating medicine dismissed for safe sleep",
)
on(
    "cn-quet-safe-sleep-terse",
    CN,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "Dad never to sleep with baby on bed/sofa/chair, no night feeds post dose; mum does nights, crib by her bed.",
    ),
    "near miss: the partner's safe sleep in shorthand",
)
on(
    "cn-p-advice-not-given",
    CN,
    REFUSE,
    P,
    set_("safeguarding.safe_sleep_advice_given", False),
    "a sedated father and the record says safe sleep advice was not given",
)
on(
    "cn-f-sedation-no",
    CN,
    REFUSE,
    F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_mother.sedation", "no"),
    "sedation coded 'no' beside 'cause drowsiness' in the same assessment",
)
bad(
    "cn-lith-silent-on-baby",
    CN,
    "lith",
    "Lithium 800 mg nocte continues; the postpartum relapse risk is high. Levels monthly, weekly from 36 weeks and "
    "within 24 hours of delivery; perinatal team review in the first week after birth.",
    "nothing about what lithium means for the baby",
    zwsp,
)
bad(
    "cn-valp-silent-on-exposure",
    CN,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology reviews it: stopping suddenly risks seizures. Folic acid "
    "5 mg started and she sees the epilepsy nurse next week.",
    "first-trimester valproate with no word of the baby's exposure",
    cyr,
)
ok(
    "cn-valp-exposure-shorthand",
    CN,
    "valp",
    "Valproate 500mg bd: cont until urgent neuro r/v (abrupt stop = seizure risk to mum and fetus). 1st trimester "
    "exposure -> high risk NTD/major malformation and neurodevelopmental harm to baby; FMU referral + detailed "
    "USS at 20/40 by ANC. Folic acid 5mg od started.",
    "near miss: teratogenicity in shorthand",
)
bad(
    "cn-dzp-no-withdrawal",
    CN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a slow diazepam reduction at 6 weeks. Both sedate "
    "Kayleigh: she must not co-sleep or feed lying down, and the foster carer does the nights.",
    "benzodiazepine and gabapentinoid with no late-withdrawal watch for the baby",
)

# ============================================================================================================
# names: brands, misspellings, combinations and whole groups; harmless medicines classified.

_HARMLESS = "Taken for a minor complaint; raises no concern for the baby and is compatible with breastfeeding."

for _slug, _name, _dose, _why in [
    ("phenobarbital", "Phenobarbital 30mg tablets", "30 mg at night", "another antiepileptic"),
    ("methotrexate", "Methotrexate 2.5mg tablets", "7.5 mg once a week", "a teratogen and cytotoxic"),
    ("zapain", "Zapain 30mg/500mg capsules", "Two capsules four times a day", "co-codamol by brand"),
    ("gabapentin-zwj", "Gaba\u200dpentin 300mg capsules", "300 mg three times a day", "a zero-width joiner in a name"),
]:
    on(f"nm-{_slug}-unassessed", NM, REFUSE, N, extra(_name, _dose, None), f"{_why}, not assessed")

on(
    "nm-co-dydramol-called-harmless",
    NM,
    REFUSE,
    N,
    extra("Co-dydramol 10mg/500mg tablets", "Two tablets four times a day", _HARMLESS),
    "a dihydrocodeine combination classified as of no concern",
)
on(
    "nm-gaviscon-classified",
    NM,
    PASS,
    N,
    extra(
        "Gaviscon Advance oral suspension",
        "10 ml after meals and at bedtime",
        "Alginate antacid for heartburn; not absorbed to any extent, no effect on the breastfed baby.",
    ),
    "near miss: a harmless brand classified with its reason",
)
on(
    "nm-unknown-unclassified",
    NM,
    REFUSE,
    N,
    extra("Bach Rescue Night spray", "Four sprays at bedtime", None),
    "a sleep remedy neither recognised nor classified",
)
on(
    "nm-subutex-added-antenatal",
    NM,
    REFUSE,
    M,
    add_medicine(
        medicine(
            "med-f128-bup",
            "Subutex 8mg sublingual tablets",
            "8 mg once daily",
            "2026-02-20",
            other_prescriber(DRUG_SERVICE),
        )
    ),
    "buprenorphine by brand added with no assessment",
)
on(
    "nm-methadose-listed",
    NM,
    PASS,
    M,
    set_("medicines#med-methadone.name", "Methadose 1mg/ml oral concentrate"),
    "near miss: methadone listed by brand, still assessed",
)
on(
    "nm-lyrica-listed",
    NM,
    PASS,
    F,
    set_("medicines#med-pregabalin.name", "Lyrica 75mg capsules"),
    "near miss: pregabalin listed by brand, still assessed",
)
bad(
    "nm-sert-phenergan-unlisted",
    NM,
    "sert",
    SERT + " She also takes Phenergan most nights to help her sleep.",
    "a sedating antihistamine named in the conclusion, not on the list",
    greek,
)
ok(
    "nm-sert-phenergan-advised-against",
    NM,
    "sert",
    SERT + " She has been advised not to buy Phenergan or other sleep remedies, as they would make her drowsy.",
    "near miss: a sedating antihistamine named only as advice against it",
)
on(
    "nm-warfarin-antenatal-unassessed",
    NM,
    REFUSE,
    C,
    add_medicine(
        medicine("med-f128-warf", "Warfarin 3mg tablets", "3 mg once daily", "2025-11-01", gp_prescriber(RIVERSIDE))
    ),
    "a teratogen on an antenatal list with no assessment",
)

# ============================================================================================================
# routes.

on("rt-mesh-tbc", RT, REFUSE, M, set_("recipients#rcp-hv.route.mailbox", "tbc"), "a MESH mailbox 'tbc'")
on("rt-mesh-other-box", RT, PASS, M, set_("recipients#rcp-hv.route.mailbox", "X26HC013"), "near miss: another box")
on("rt-mllp-dash", RT, REFUSE, V, set_("recipients#rcp-maternity.route.host", "-"), "an MLLP host '-'")
on(
    "rt-mllp-ip",
    RT,
    PASS,
    V,
    set_("recipients#rcp-maternity.route.host", "10.42.7.15"),
    "near miss: an MLLP host given as an IP address",
)
on(
    "rt-fhir-port",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "near miss: https with a port",
)
on(
    "rt-manual-as-discussed",
    RT,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "As discussed."),
    "a manual route that is no instruction",
)
on(
    "rt-manual-sw-hands",
    RT,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Social worker Leanne Moss hands a sealed printed copy to Sandra Hollis at the placement on the day it is "
        "signed and goes through it with her.",
    ),
    "near miss: a hand-over described",
)
on("rt-ods-short", RT, REFUSE, C, set_("recipients#rcp-hv.organisation.ods_code", "Y9"), "an ODS code 'Y9'")
on(
    "rt-ods-trust",
    RT,
    PASS,
    C,
    set_("recipients#rcp-maternity.organisation.ods_code", "RTH"),
    "near miss: a three-character trust ODS code",
)

# ============================================================================================================
# attribution.

on(
    "at-hv-gmc",
    AT,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7034567"}),
    "a health visitor registered with the GMC",
)
on(
    "at-hv-other-nmc",
    AT,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.author",
        {
            "name": {"given": ["Tomasz"], "family": "Nowak"},
            "role": "health-visitor",
            "registration": {"body": "NMC", "number": "09I2345E"},
            "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
        },
    ),
    "near miss: another health visitor with an NMC PIN",
)
on(
    "at-number-two-names",
    AT,
    REFUSE,
    L,
    set_("attestation.by.name", {"prefix": "Dr", "given": ["Amir"], "family": "Patel"}),
    "Dr Campbell's GMC number under another name",
)
on(
    "at-number-initial",
    AT,
    PASS,
    L,
    set_("attestation.by.name", {"prefix": "Dr", "given": ["R"], "family": "Campbell"}),
    "near miss: the same doctor with an initial",
)
on(
    "at-no-registration",
    AT,
    REFUSE,
    V,
    delete("assessments#asm-valproate.author.registration"),
    "an assessment author with no registration",
)
on(
    "at-pharmacist-gphc",
    AT,
    PASS,
    V,
    set_(
        "assessments#asm-valproate.author",
        {
            "name": {"given": ["Imran"], "family": "Qureshi"},
            "role": "clinical-pharmacist",
            "registration": {"body": "GPhC", "number": "2076543"},
            "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        },
    ),
    "near miss: the practice pharmacist with a GPhC number",
)

# ============================================================================================================
# dates.

on(
    "dt-lith-before-conception",
    DT,
    REFUSE,
    L,
    set_("assessments#asm-lithium.date", "2025-09-30"),
    "an assessment seven weeks before this pregnancy began",
)
on(
    "dt-lith-just-after-conception",
    DT,
    PASS,
    L,
    set_("assessments#asm-lithium.date", "2025-12-10"),
    "near miss: an assessment early in the pregnancy",
)
on("dt-attested-2099", DT, REFUSE, V, set_("attestation.at", "2099-05-20T17:00:00+00:00"), "attested in 2099")
on(
    "dt-attested-two-days-later",
    DT,
    PASS,
    V,
    chain(set_("attestation.at", "2026-05-22T09:15:00+00:00"), set_("updated", "2026-05-22T09:20:00+00:00")),
    "near miss: attested two days after the assessment",
)
on("dt-delivery-future", DT, REFUSE, P, set_("pregnancy.delivery_date", "2027-01-10"), "a delivery in the future")
on(
    "dt-delivery-earlier",
    DT,
    PASS,
    P,
    set_("pregnancy.delivery_date", "2026-05-17"),
    "near miss: a delivery a day earlier, still before everything dated after it",
)
on("dt-consent-future", DT, REFUSE, L, set_("lawful_basis.recorded_on", "2027-02-01"), "consent in the future")
on(
    "dt-consent-day-before",
    DT,
    PASS,
    L,
    set_("lawful_basis.recorded_on", "2026-05-05"),
    "near miss: consent recorded the day before",
)
on("dt-edd-far", DT, REFUSE, C, set_("pregnancy.edd", "2026-08-24"), "an EDD twenty weeks from what 32+1 implies")
on("dt-edd-13-days", DT, PASS, C, set_("pregnancy.edd", "2026-04-19"), "near miss: an EDD 13 days off, inside 14")
on("dt-edd-15-days", DT, REFUSE, C, set_("pregnancy.edd", "2026-04-21"), "an EDD 15 days off, past the 14 allowed")
bad(
    "dt-meth-april-31",
    DT,
    "meth",
    METH + " Her next drug service review is on 31 April 2026.",
    "a date that does not exist",
)
ok(
    "dt-meth-april-30",
    DT,
    "meth",
    METH + " Her next drug service review is on 30 April 2026.",
    "near miss: a date that exists",
)

# ============================================================================================================
# identities.

on("id-partner-mothers-nhs", ID, REFUSE, P, set_("partner.nhs_number", "9990004145"), "the partner has her number")
on("id-partner-other-nhs", ID, PASS, P, set_("partner.nhs_number", "9990004315"), "near miss: another valid number")
on("id-justification-yes", ID, REFUSE, F, set_("lawful_basis.justification", "Yes."), "'Yes.' as the justification")
on(
    "id-justification-terse-reason",
    ID,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        "No consent from mum. Shared because the foster carer must know about the sedation to keep the baby safe at "
        "night; agreed with the safeguarding lead.",
    ),
    "near miss: a terse reason",
)
on("id-amended-says-nothing", ID, REFUSE, C, set_("amendment_reason", "Amended."), "an amendment that says nothing")
on(
    "id-amended-first-version",
    ID,
    REFUSE,
    M,
    chain(set_("status", "amended"), set_("amendment_reason", "Social worker's telephone number corrected.")),
    "a record marked amended in its first version",
)
on(
    "id-amended-second-version",
    ID,
    PASS,
    M,
    chain(
        set_("status", "amended"),
        set_("version", 2),
        set_("amendment_reason", "Social worker's telephone number corrected; the assessment is unchanged."),
    ),
    "near miss: an amendment in version 2 that says what changed",
)

# ============================================================================================================
# unanswered: mandatory items.

on("un-looked-after-removed", UN, REFUSE, M, delete("safeguarding.looked_after"), "looked-after never answered")
on(
    "un-safe-sleep-advice-removed",
    UN,
    REFUSE,
    P,
    delete("safeguarding.safe_sleep_advice_given"),
    "after birth, safe sleep advice never answered",
)
on("un-sleeping-dash", UN, REFUSE, F, set_("safeguarding.sleeping_arrangements", "-"), "sleeping arrangements '-'")
on(
    "un-sleeping-words",
    UN,
    PASS,
    P,
    set_(
        "safeguarding.sleeping_arrangements",
        "Baby in a next-to-me crib beside Chloe; Daniel sleeps on the far side. HV saw it on 28 May.",
    ),
    "near miss: sleeping arrangements in words",
)
on(
    "un-discharge-antenatal-unasked",
    UN,
    PASS,
    M,
    delete("safeguarding.discharge_to"),
    "near miss: before birth, where the baby is discharged to is not yet asked",
)

# ============================================================================================================
# facts: impossible doses and routes.

on(
    "fa-meth-zero-dose",
    FA,
    REFUSE,
    M,
    set_("medicines#med-methadone.dose", "0 mg (0 ml) once daily, supervised consumption"),
    "a dose of nothing",
)
on(
    "fa-meth-dose-reworded",
    FA,
    PASS,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) each morning, supervised at the community pharmacy"),
    "near miss: the same dose reworded",
)
on(
    "fa-dzp-tablets-iv",
    FA,
    REFUSE,
    F,
    set_("medicines#med-diazepam.dose", "5 mg three times a day by intravenous injection"),
    "tablets given intravenously",
)
on(
    "fa-dzp-tablets-oral",
    FA,
    PASS,
    F,
    set_("medicines#med-diazepam.dose", "5 mg by mouth three times a day"),
    "near miss: tablets by mouth",
)
on(
    "fa-quet-inhaled",
    FA,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg inhaled at night"),
    "tablets inhaled",
)
on(
    "fa-valp-swallowed-whole",
    FA,
    PASS,
    V,
    set_("medicines#med-valproate.dose", "500 mg twice a day, swallowed whole with water"),
    "near miss: gastro-resistant tablets swallowed whole",
)
bad(
    "fa-lith-tenfold",
    FA,
    "lith",
    LITH.replace("800 mg at night continues", "8000 mg at night continues"),
    "the conclusion gives ten times the listed dose",
)
ok(
    "fa-lith-tablets-counted",
    FA,
    "lith",
    LITH.replace("800 mg at night continues", "800 mg (two 400 mg tablets) at night continues"),
    "near miss: the dose and the tablets that make it",
)

# ============================================================================================================
# harder shapes: placeholders, pointer words used as instructions, class words for names, near-miss names,
# edges of routes, ages, attesters and doses.

bad(
    "ho-meth-xxx-cells",
    HO,
    "meth",
    "Methadone 60 mg once daily continues. Baby: XXX. Breastfeeding: XXX. Sleep and sedation: XXX. HV: XXX.",
    "template cells left as XXX",
    greek,
)
ok(
    "ho-lith-nil-by-mouth",
    HO,
    "lith",
    LITH + " If she is nil by mouth in labour, the obstetric team omits that night's dose and rechecks the level.",
    "near miss: 'nil by mouth' as a plan, not a placeholder",
)
ok(
    "ho-sert-please-refer-instruction",
    HO,
    "sert",
    SERT + " Please refer her to the perinatal mental health team if her mood drops after the birth.",
    "near miss: 'please refer' as an instruction, not a deferral",
    zwsp,
)
ok(
    "ho-meth-induction-tbc",
    HO,
    "meth",
    METH + " The date of the induction is TBC; the obstetric team will book it for 39 weeks.",
    "near miss: one date TBC in a complete conclusion",
)
bad(
    "cp-fo-classes-only",
    CP,
    "fo",
    "Her benzodiazepine and gabapentinoid both continue. Sedation is the main risk: no bed, sofa or armchair "
    "sharing, no feeding lying down, the foster carer does all nights. Late withdrawal possible to day 8: HV visits "
    "days 5 and 8.",
    "an overall conclusion naming classes, never the medicines",
)
ok(
    "nm-sert-lustral-only",
    NM,
    "sert",
    "Lustral 100 mg daily continues - her depression relapsed off it. Ward midwives observe the baby 48 h after "
    "delivery for jitteriness and feeding problems. Breastfeeding is fine on Lustral. GP mood review at 6 weeks.",
    "sertraline named only by its UK brand",
)
bad(
    "nm-cit-escitalopram-instead",
    NM,
    "cit",
    "Escitalopram 10 mg daily continues, as her anxiety relapsed off it. The midwife observes the baby for 48 hours "
    "after birth for adaptation signs; breastfeeding is supported. GP mood review at the 6-week check.",
    "a different real medicine named in place of citalopram",
)
on(
    "nm-nurofen-plus-unassessed",
    NM,
    REFUSE,
    N,
    extra("Nurofen Plus tablets", "Two tablets three times a day", None),
    "ibuprofen with codeine by brand, not assessed",
)
on(
    "nm-topamax-unassessed",
    NM,
    REFUSE,
    N,
    extra("Topamax 50mg tablets", "50 mg twice a day", None),
    "topiramate by brand, an antiepileptic, not assessed",
)
on(
    "nm-cetirizine-classified",
    NM,
    PASS,
    N,
    extra(
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for hay fever; little passes into milk, no drowsiness for mother or baby.",
    ),
    "near miss: a non-sedating antihistamine classified",
)
on(
    "rt-fhir-http",
    RT,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL without https",
)
on("dt-mother-born-2021", DT, REFUSE, V, set_("mother.birth_date", "2021-05-03"), "a mother aged five")
on("dt-mother-aged-17", DT, PASS, V, set_("mother.birth_date", "2009-02-03"), "near miss: a mother aged 17")
on(
    "at-social-worker-attests-as-other",
    AT,
    REFUSE,
    F,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Leanne"], "family": "Moss"},
            "role": "other",
            "registration": {"body": "SWE", "number": "SW104472"},
            "organisation": {"ods_code": "Y90310", "name": "Millbrook Children's Services"},
        },
    ),
    "the social worker, recorded with role 'other', attests the medication assessment",
)
on(
    "at-midwife-attests",
    AT,
    PASS,
    C,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Nia"], "family": "Pryce"},
            "role": "community-midwife",
            "registration": {"body": "NMC", "number": "05H1234W"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Community Midwives"},
        },
    ),
    "near miss: the community midwife, NMC-registered, attests an antenatal record",
)
bad(
    "fa-sert-thousand-mg",
    FA,
    "sert",
    SERT.replace("Sertraline 100 mg daily", "Sertraline 1000 mg daily"),
    "the conclusion gives ten times the listed 100 mg",
    cyr,
)
ok(
    "fa-sert-two-tablets",
    FA,
    "sert",
    SERT.replace("Sertraline 100 mg daily", "Sertraline 100 mg (two 50 mg tablets) daily"),
    "near miss: the dose and its tablets",
)
on(
    "fa-meth-injected",
    FA,
    REFUSE,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) once daily by intramuscular injection"),
    "an oral solution injected",
)

# ============================================================================================================
# a second sweep: good work whose words sound like dismissal or pointers, names misspelt or by brand only, and
# records that contradict their own facts.

ok(
    "rg-mo-numbered",
    RG,
    "mo",
    "1. Methadone 60 mg od and sertraline 100 mg od: continue, no changes.\n2. Baby: at least 72 h NAS and adaptation "
    "scoring on the postnatal ward, then HV checks for late signs to day 8.\n3. Feeding: breastfeeding encouraged."
    "\n4. Sleep: methadone sedates her, so no bed or sofa sharing; SW and HV see the cot before discharge.",
    "a numbered list that is the plan, not pointers",
)
ok(
    "rg-meth-physeptone",
    RG,
    "meth",
    "Physeptone 60 mg daily, supervised, continues unchanged to term. Expect withdrawal in the baby: ward midwives "
    "score for at least 72 h after birth, HV checks for late signs to day 8. Breastfeeding encouraged. Sleepy after "
    "each dose, so never bed or sofa sharing; HV sees the cot on the first visit.",
    "methadone named only by a UK brand",
)
ok(
    "rg-valp-valporate-misspelt",
    RG,
    "valp",
    "Sodium valporate 500 mg bd continues until the epilepsy team sees her this week - stopping suddenly risks "
    "seizures. The baby was exposed in the first trimester (raised risk of spina bifida and other malformations and "
    "of learning difficulties): fetal medicine review and anomaly scan at 20 weeks via the antenatal clinic. Folic "
    "acid 5 mg daily started today.",
    "valproate with its common transposition",
    shy,
)
ok(
    "ho-quet-no-exposure-but-sleep",
    HO,
    "quet",
    "No risk to the baby from exposure, as Daniel's quetiapine does not reach the baby; the danger is sleep. He is "
    "very hard to wake after his 300 mg night dose, so he never sleeps with the baby on a bed, sofa or armchair and "
    "does no night feeds. Chloe does the nights; crib beside her; HV checks each visit.",
    "'no risk' of exposure, with the risk that does apply",
)
ok(
    "ho-po-breastfeeding-not-relevant",
    HO,
    "po",
    "Breastfeeding is not affected: the quetiapine is Daniel's and Chloe takes only paracetamol. What matters is his "
    "sedation at night: no co-sleeping with him on a bed, sofa or armchair and no night feeds by him after his dose. "
    "The HV has seen the crib and checks it each visit.",
    "'not affected' for the one concern that does not apply, with the one that does",
    fw,
)
ok(
    "cp-po-quetiapine-only",
    CP,
    "po",
    "Daniel's quetiapine 300 mg at night makes him very hard to wake: he must never share a bed, sofa or armchair "
    "with the baby and does no night feeds after his dose. Chloe does the nights, baby in the next-to-me crib; HV "
    "checks at each visit until 8 weeks.",
    "an overall conclusion naming the one assessed medicine, not the paracetamol",
)
bad(
    "cp-sert-methadone-text-renamed",
    CP,
    "sert",
    METH.replace("Methadone 60 mg once a day (supervised)", "Sertraline 100 mg once a day").replace(
        "neonatal abstinence", "adaptation"
    ),
    "the methadone conclusion renamed for sertraline: sedation told against the coded 'no'",
)
bad(
    "ho-meth-see-above",
    HO,
    "meth",
    "Methadone 60 mg once daily: for the baby's withdrawal plan, sleep advice and feeding please see the sections "
    "above; nothing further to add in this conclusion.",
    "the conclusion points to its own items and concludes nothing",
    cyr,
)
bad(
    "cn-lith-breastfeed-against-record",
    CN,
    "lith",
    LITH.replace(
        "She will bottle feed, because lithium passes into breast milk.",
        "She will breastfeed, and lithium in breast milk is no concern.",
    ),
    "breastfeeding on lithium called no concern against the record's own 'not advised' and bottle feeding",
)
on(
    "rt-sw-phone-zeros",
    RT,
    REFUSE,
    M,
    set_("safeguarding.social_worker.telephone", "00000 000000"),
    "the social worker's telephone all zeros",
)
on(
    "rt-sw-phone-mobile",
    RT,
    PASS,
    M,
    set_("safeguarding.social_worker.telephone", "07700 900461"),
    "near miss: a mobile number",
)
on(
    "rt-c-no-maternity",
    RT,
    REFUSE,
    C,
    chain(delete("recipients[1]"), delete("recipients[0]")),
    "an antenatal record shared with neither the maternity unit nor the midwife",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F128CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F128CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F128CASES):3}"
    )
