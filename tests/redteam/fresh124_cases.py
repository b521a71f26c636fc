"""A hundred-and-twenty-fourth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
twentieth round, in the proportions issue 9 gives for the project's hidden test sets.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work that must pass (terse GP shorthand, midwife notes, letters, SBAR,
bullet lists, plain English for a foster carer, with brands, misspellings and abbreviations clinicians write);
the other half is hollow, disguised or impossible in each of issue 9's categories. Every shape is paired both ways:

* ``registers``: complete conclusions in every register (pass), with brands and misspellings in the text;
* ``hollow``: non-answers, deferrals and dismissals anywhere, filler, repetition, plans held by no one, against
  substantive conclusions that also point elsewhere or use a pointer word as an instruction;
* ``copy``: one conclusion pasted under two medicines, joint conclusions that drop a medicine, against joint
  conclusions that name both;
* ``concerns``: concern items hollow or dismissed, a sedated parent and safe sleep advice not given, against items
  that answer in shorthand;
* ``names``: brands, misspellings, combination products and whole groups (other antiepileptics, teratogens,
  sedating antihistamines, hypnotics) unassessed or called harmless, against harmless look-alikes classified;
* ``routes``: routes that cannot deliver, against unusual routes that can;
* ``attribution``: registers that do not fit roles, impossible numbers, one number under two names, attesters who
  cannot be accountable, against good variants;
* ``dates``: assessments before conception, attestation in the future or too early, deliveries and consent in the
  future, EDDs far from the gestation, impossible calendar dates, against dates at the edges that can be true;
* ``identities``: a partner with the mother's NHS number, "Yes." as a justification, amendments that say nothing,
  against good variants;
* ``unanswered``: mandatory items removed or answered with placeholders, against answers in words;
* ``facts``: impossible doses and routes on the list or in the conclusion, against their possible twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh124_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

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
    delete,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F124CASES: list[Case] = []

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
    F124CASES.append(Case(f"f124-{name}", category, expect, base, mutate, why))


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
    return inside_words(text, "\u200b", every=2)


def zwnj(text: str) -> str:
    return inside_words(text, "\u200c", every=4)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u202a{word}\u202c" for word in text.split(" "))


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


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def on(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, expect, base, mutate, why)


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f124", started: str = "2026-04-05") -> Mutation:
    """A medicine added to the postnatal record (bases N and F), with or without the clinician's classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, started, gp_prescriber(RIVERSIDE), **fields))


def field(path: str, value: Any) -> Mutation:
    return set_(path, value)


# Complete bodies written afresh for this batch; each case adds its own point to one of them.
METH = (
    "Jodie stays on methadone 60 mg od, supervised, to term; no reduction in pregnancy. Her baby will need NAS "
    "scoring on the postnatal ward for a minimum of 72 hours, then the HV checks for late signs until day 8. "
    "Breastfeeding is encouraged on this steady dose. She is sleepy for a few hours after each dose, so the baby "
    "never shares her bed or sofa and sleeps in the cot, which the HV sees on the first visit."
)
SERT = (
    "Sertraline 100 mg od carries on, as stopping it risks a relapse of her depression. The baby may be jittery or "
    "feed poorly for a day or two after birth, so the ward midwives observe for 48 hours; sertraline is fine with "
    "breastfeeding. Her GP reviews her mood at the 6-week check."
)
MO = (
    "Both methadone (60 mg) and sertraline (100 mg) continue unchanged. After birth the baby has 72 h of NAS and "
    "adaptation scoring on the postnatal ward and the HV looks for late signs to day 8. Breastfeeding encouraged. "
    "Methadone makes her drowsy, so no bed or sofa sharing; the HV and social worker see the cot before discharge."
)
CIT = (
    "Megan continues citalopram 20 mg each morning; her anxiety returned when she last stopped it. The midwife "
    "observes the baby for 48 hours after delivery for jitteriness, fast breathing and poor feeding, and "
    "breastfeeding is supported as citalopram is compatible. GP reviews her mood at 6 weeks postnatal."
)
CO = (
    "Citalopram 20 mg daily continues through pregnancy and breastfeeding. The midwife watches the baby for 48 hours "
    "for adaptation signs; GP reviews mood at the 6-week check. Amended version 2 adds the health visitor as a "
    "recipient; the plan is unchanged."
)
LITH = (
    "Lithium (Priadel) 800 mg nocte continues: her relapses followed stopping it, and the postnatal weeks carry a "
    "high risk of psychosis. Levels 4-weekly, weekly from 36/40 and within 24 h of delivery; the obstetric team "
    "holds the dose in labour. The paediatrician examines the baby after birth for floppiness and poor feeding and "
    "checks thyroid function; she will bottle feed, as lithium passes into breast milk."
)
LO = (
    "Lithium 800 mg at night continues with levels monthly, weekly from 36 weeks and within 24 hours of birth. The "
    "paediatrician reviews the baby after delivery for floppiness and thyroid problems. She will bottle feed. The "
    "perinatal mental health team sees her within a week of the birth because relapse is most likely then."
)
VALP = (
    "Sodium valproate 500 mg twice daily continues until the epilepsy team reviews it this week: stopping suddenly "
    "risks seizures that would harm her and the baby. The baby was exposed in the first trimester, so the antenatal "
    "clinic arranges a fetal medicine review and a detailed anomaly scan at 20 weeks. Folic acid 5 mg daily started."
)
VO = (
    "Unplanned pregnancy at 8 weeks on sodium valproate. Valproate continues until the neurologist sees her, "
    "because stopping abruptly risks seizures. The baby's first-trimester exposure means a fetal medicine review and "
    "a detailed anomaly scan at 20 weeks; folic acid 5 mg started today."
)
DZP = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, with a slow diazepam reduction agreed for the 6-week "
    "review. Together they make Kayleigh drowsy: she must not sleep with the baby or feed lying down, and the foster "
    "carer does the night feeds. The foster carer and HV watch the baby for late withdrawal until day 8."
)
FO = (
    "Diazepam and pregabalin continue for now. The main risk to the baby is sedation: no bed, sofa or armchair "
    "sharing, no feeding lying down, and the foster carer does the nights. Late withdrawal is possible to day 8, so "
    "the HV visits on days 5 and 8. The foster carer, HV and social worker all hold this plan."
)
QUET = (
    "Daniel's quetiapine 300 mg at night makes him very hard to wake for several hours. He must not sleep with the "
    "baby on a bed, sofa or chair and does no night feeds after his dose; Chloe does them and the baby sleeps in "
    "the next-to-me crib. The HV checks this at every visit to 8 weeks."
)
PO = (
    "Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: he never co-sleeps "
    "with the baby and does no night feeds after his dose. The crib was seen and is safe; the HV keeps checking at "
    "each visit."
)

# ============================================================================================================
# registers: complete work in every register (pass), some disguised.

ok(
    "rg-meth-gp-shorthand",
    RG,
    "meth",
    "Methadone 60mg od supervised - cont, no reduction antenatally. Baby: NAS scoring on PNW min 72h, HV to D8 for "
    "late signs. BF encouraged. Drowsy 2-4h post dose -> no co-sleeping, cot only; HV to see cot at 1st visit.",
    "terse GP shorthand, complete",
    cyr,
)
ok(
    "rg-sert-misspelt",
    RG,
    "sert",
    "Setraline 100 mg daily continues unchanged: the risk of her depression returning is greater than the small "
    "risk to the baby. The midwives watch the baby for 48 hours for poor feeding and jitteriness; breastfeeding is "
    "compatible. GP mood review at the postnatal check.",
    "the ingredient misspelt as issue 9 quotes it",
)
ok(
    "rg-mo-bullets",
    RG,
    "mo",
    "- Methadone 60 mg daily: continue, supervised\n- Sertraline 100 mg daily: continue\n- Baby: NAS and adaptation "
    "scoring on the postnatal ward for 72 h; HV checks for late signs to day 8\n- Feeding: breastfeeding "
    "encouraged with both\n- Sleep: methadone sedates her, so no co-sleeping; SW and HV see the cot before "
    "discharge",
    "a bullet list naming both medicines, every concern",
    bidi,
)
ok(
    "rg-lith-pnmh-note",
    RG,
    "lith",
    "Perinatal MH review: lithium (Priadel) 800 mg on continues - relapse risk after birth is high. Plan: Li levels "
    "4-weekly, weekly from 36/40, within 24h of delivery; hold dose in labour. Paeds to review baby day 1 for "
    "hypotonia, poor feeding, TFTs. Bottle feeding agreed (lithium in breast milk).",
    "a perinatal mental health note in shorthand",
    greek,
)
ok(
    "rg-valp-epilim-neurology",
    RG,
    "valp",
    "Epilim (sodium valproate) 500 mg bd continues until she sees the epilepsy nurse this week; a sudden stop risks "
    "seizures that would harm her and the pregnancy. The baby was exposed through the first trimester: fetal "
    "medicine review and a detailed anomaly scan at 20 weeks are booked. Folic acid 5 mg daily from today.",
    "the brand Epilim beside the ingredient",
    shy,
)
ok(
    "rg-vo-sbar",
    RG,
    "vo",
    "Situation: unplanned pregnancy at 8 weeks on sodium valproate. Assessment: first-trimester exposure raises the "
    "baby's risk of malformations and later learning difficulties. Recommendation: continue valproate until "
    "neurology review this week (do not stop abruptly); fetal medicine review and anomaly scan at 20 weeks; folic "
    "acid 5 mg started.",
    "SBAR overall conclusion",
)
ok(
    "rg-dzp-foster-carer-plain",
    RG,
    "dzp",
    "For Sandra, the foster carer: Kayleigh takes diazepam and pregabalin, which make her sleepy, especially at "
    "night. She must never sleep with the baby in a bed, sofa or armchair, or feed lying down; you do the night "
    "feeds. Until day 8 the baby may show late withdrawal (shaking, poor feeding, crying that will not settle): "
    "ring the neonatal unit if so. Both medicines continue, with a slow diazepam reduction from 6 weeks.",
    "plain English written to the named foster carer",
    fw,
)
ok(
    "rg-quet-hv-note",
    RG,
    "quet",
    "HV new birth visit: dad (Daniel) takes quetiapine 300 mg nocte and is very hard to rouse for hours. Agreed: "
    "he does no night feeds and never sleeps with the baby on the bed, sofa or chair; Chloe does nights; baby in "
    "the next-to-me crib, seen today. I will recheck at each contact to 8 weeks.",
    "a health visitor's note about the father",
    cyr,
)
ok(
    "rg-po-letter-to-father-gp",
    RG,
    "po",
    "To Elm Park Surgery: Daniel's quetiapine 300 mg at night leaves him heavily sedated, so he must not share a "
    "bed or sofa with his baby or do night feeds after his dose. Chloe does the nights; the crib is safe and the HV "
    "checks it at each visit. Please tell the HV of any change to his dose. Chloe's paracetamol raises no concern.",
    "a letter to the father's GP",
)
ok(
    "rg-lith-misspelt-lithuim",
    RG,
    "lith",
    "Lithuim 800 mg at night continues: stopping would put her at high risk of relapse after the birth. Levels "
    "monthly, weekly from 36 weeks and within 24 hours of delivery. The baby has a paediatric review for "
    "floppiness and thyroid problems; she will bottle feed.",
    "a misspelling of lithium in the conclusion",
)

# ============================================================================================================
# hollow: non-answers, deferrals, dismissals, filler, repetition, plans held by no one; with near misses.

bad(
    "ho-meth-no-concerns-this-time",
    HO,
    "meth",
    "No concerns regarding methadone 60 mg daily identified at this time; she remains stable and engaged with "
    "the service.",
    "a long non-answer with no reason",
    cyr,
)
ok(
    "ho-meth-no-concerns-with-reason",
    HO,
    "meth",
    "No concerns about her stability: she is engaged and her screens are clear. Methadone 60 mg daily continues; "
    "the baby needs 72 hours of NAS scoring on the ward and HV checks to day 8. Breastfeeding is encouraged. She "
    "is drowsy after doses, so no bed or sofa sharing; cot seen at the first home visit.",
    "'no concerns' about one thing inside a full plan",
)
bad(
    "ho-sert-as-per-pnmh-letter",
    HO,
    "sert",
    "Sertraline: as per perinatal mental health letter dated 14 February, which sets out the plan for mother and baby.",
    "a deferral to a letter",
    zwnj,
)
ok(
    "ho-sert-see-also-letter",
    HO,
    "sert",
    "See also the perinatal mental health letter of 14 February. In short: sertraline 100 mg daily continues "
    "because of her relapse risk; the midwives observe the baby for 48 h for jitteriness and poor feeding; "
    "breastfeeding is compatible; GP mood review at 6 weeks.",
    "a pointer beside a substantive conclusion (issue 9's false refusal)",
)
bad(
    "ho-lith-pending-padded",
    HO,
    "lith",
    "Lithium plan pending review by the perinatal psychiatrist at the next clinic appointment, pending discussion "
    "with the obstetric team.",
    "'pending review' padded to length",
)
ok(
    "ho-lith-review-with-plan",
    HO,
    "lith",
    "Lithium 800 mg at night continues now; the perinatal psychiatrist reviews it again at 32 weeks. Levels monthly "
    "then weekly from 36 weeks and within 24 h of birth; the paediatrician checks the baby for floppiness and "
    "thyroid problems; bottle feeding agreed.",
    "a later review beside a plan that decides now",
)
bad(
    "ho-valp-lorem",
    HO,
    "valp",
    "Valproate lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
    "et dolore magna aliqua.",
    "filler",
)
bad(
    "ho-dzp-repeated",
    HO,
    "dzp",
    "Diazepam and pregabalin: monitor baby. Monitor baby. Monitor baby. Monitor baby. Monitor baby. Monitor baby. "
    "Monitor baby.",
    "one phrase repeated",
)
bad(
    "ho-dzp-long-na",
    HO,
    "dzp",
    "Diazepam and pregabalin: this section is not applicable to this patient at the present time and has been "
    "left intentionally blank.",
    "a long-form 'not applicable'",
    greek,
)
ok(
    "ho-cit-please-see-baby",
    HO,
    "cit",
    "Citalopram 20 mg continues. Please see the baby at 24 and 48 hours for jitteriness, fast breathing and poor "
    "feeding; breastfeeding is supported as citalopram is compatible. GP mood review at 6 weeks, as her anxiety "
    "returned when she stopped before.",
    "'please see the baby' is an instruction (issue 9's false refusal)",
    shy,
)
bad(
    "ho-po-reader-to-action",
    HO,
    "po",
    "Quetiapine (father) and paracetamol (mother) noted. Whoever receives this letter should ensure safe sleeping "
    "arrangements are in place for the baby.",
    "the plan given to the reader, held by no one",
    fw,
)
ok(
    "ho-po-hv-to-ensure",
    HO,
    "po",
    "Chloe's paracetamol: no concern. Daniel's quetiapine: heavy sedation at night, so he never sleeps with the "
    "baby on a bed or sofa and does no night feeds after his dose. The HV ensures the crib stays beside Chloe and "
    "rechecks the sleeping arrangements at each visit.",
    "the same act held by the HV",
)
bad(
    "ho-fo-aim-only",
    HO,
    "fo",
    "Diazepam and pregabalin: the aim is a safe night-time routine for the baby and no withdrawal going unnoticed "
    "in the placement.",
    "a goal with no act or owner",
)
ok(
    "ho-fo-aim-with-acts",
    HO,
    "fo",
    "Aim: safe nights for the baby. Diazepam and pregabalin continue; Kayleigh is drowsy on them, so the foster "
    "carer does every night feed and the baby sleeps in the carer's room, never in a bed or on a sofa with mum. "
    "The HV checks for late withdrawal on days 5 and 8.",
    "the aim beside the acts that meet it",
    zwsp,
)

# ============================================================================================================
# copy: copy and paste, joint coverage.

_PASTE = (
    "Continue the current dose. The baby needs observation after birth on the postnatal ward for 72 hours; "
    "breastfeeding is supported; she must not co-sleep after a dose and the HV checks the cot at the home visit."
)
on(
    "cp-same-text-both-medicines",
    CP,
    REFUSE,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", "Methadone and sertraline: " + _PASTE),
        set_("assessments#asm-sertraline.conclusion", "Methadone and sertraline: " + _PASTE),
    ),
    "one conclusion pasted under two different medicines",
)
bad(
    "cp-dzp-omits-pregabalin",
    CP,
    "dzp",
    "Diazepam 5 mg tds continues, with a slow reduction from the 6-week review. It makes Kayleigh drowsy: no "
    "sleeping with the baby, no feeding lying down, foster carer does the nights. Foster carer and HV watch for "
    "late withdrawal to day 8.",
    "a joint assessment's conclusion that never names pregabalin",
    cyr,
)
ok(
    "cp-dzp-brand-lyrica",
    CP,
    "dzp",
    "Diazepam 5 mg tds and Lyrica 150 mg bd continue, diazepam to be reduced slowly from 6 weeks. Both make "
    "Kayleigh drowsy: no sleeping with the baby, no feeding lying down, foster carer does the nights. Foster carer "
    "and HV watch for late withdrawal to day 8.",
    "pregabalin named by its brand",
)
bad(
    "cp-mo-omits-sertraline",
    CP,
    "mo",
    "Methadone 60 mg continues. The baby has 72 h of NAS scoring on the postnatal ward, then HV checks to day 8. "
    "Breastfeeding encouraged. No co-sleeping because she is drowsy after each dose; cot seen before discharge.",
    "an overall conclusion that drops sertraline",
    greek,
)
ok(
    "cp-mo-misspelt-both",
    CP,
    "mo",
    "Metadone 60 mg and sertaline 100 mg both continue. The baby has 72 h of NAS and adaptation scoring on the "
    "postnatal ward, then HV checks to day 8. Breastfeeding encouraged. No co-sleeping, as methadone sedates her; "
    "cot seen before discharge by the SW and HV.",
    "both medicines named with slips of spelling",
    shy,
)
bad(
    "cp-fo-pregabalin-deferred",
    CP,
    "fo",
    "Diazepam continues with a slow reduction from 6 weeks; no co-sleeping, the foster carer does the nights and "
    "the HV checks for late withdrawal to day 8. Pregabalin: see the pain clinic letter.",
    "one medicine decided, the other deferred",
)

# ============================================================================================================
# concerns: concern items and safe sleep.

on(
    "cn-meth-plan-paeds-aware",
    CN,
    REFUSE,
    M,
    set_("assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan", "Paeds aware."),
    "the withdrawal plan says only who knows",
)
on(
    "cn-meth-plan-shorthand",
    CN,
    PASS,
    M,
    set_(
        "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
        "NAS obs 4-hrly on PNW x72h min; HV to check for late signs to D8.",
    ),
    "the withdrawal plan in shorthand",
)
on(
    "cn-sert-bf-na",
    CN,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", "N/A"),
    "breastfeeding dismissed for a breastfeeding mother",
)
on(
    "cn-quet-safe-sleep-not-applicable",
    CN,
    REFUSE,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "Not applicable - the medicine is the father's.",
    ),
    "a partner's sedating medicine dismissed as not applicable",
)
on(
    "cn-quet-safe-sleep-terse",
    CN,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "Dad: no bed/sofa sharing with baby, no night feeds after his dose. Baby in next-to-me crib on mum's side.",
    ),
    "the partner's safe sleep answered in shorthand",
)
on(
    "cn-advice-not-given-partner",
    CN,
    REFUSE,
    P,
    set_("safeguarding.safe_sleep_advice_given", False),
    "a sedated father and the record says safe sleep advice was not given",
)
on(
    "cn-quet-sedation-no-contradicted",
    CN,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.sedation", "no"),
    "sedation coded no beside 'very hard to wake'",
)
bad(
    "cn-lith-no-baby",
    CN,
    "lith",
    "Lithium 800 mg at night continues; her relapse risk after delivery is high. Levels monthly, weekly from 36 "
    "weeks and within 24 hours of delivery; the perinatal team sees her within a week.",
    "says nothing of what lithium means for the baby",
    shy,
)
bad(
    "cn-valp-no-fetal",
    CN,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology reviews it: stopping suddenly risks seizures. Folic "
    "acid 5 mg started and she will see the epilepsy nurse next week.",
    "first-trimester valproate with no word of harm in the womb",
    zwnj,
)
ok(
    "cn-valp-fetal-shorthand",
    CN,
    "valp",
    "Valproate 500mg bd - cont pending urgent neuro r/v (no abrupt stop: seizure risk to her and fetus). 1st "
    "trimester exposure: high risk of NTD and neurodevelopmental harm to baby -> FMU referral, detailed anomaly USS "
    "20/40. Folic acid 5mg started.",
    "teratogenicity answered in shorthand",
    bidi,
)
bad(
    "cn-dzp-baby-drug-does-nights",
    CN,
    "dzp",
    "Diazepam and pregabalin continue unchanged; the pregabalin will keep the baby settled at night and the "
    "diazepam will see to the night feeds, so there is no withdrawal concern.",
    "medicines given the baby's care",
    cyr,
)

# ============================================================================================================
# names: brands, misspellings, combinations, whole groups; with harmless look-alikes classified.

_HARMLESS = "Bought over the counter for a minor complaint; no concern for the baby, compatible with breastfeeding."

for _slug, _name, _dose, _why in [
    ("mysoline-unassessed", "Mysoline 250mg tablets", "250 mg twice a day", "primidone, another antiepileptic"),
    ("cellcept-unassessed", "CellCept 500mg tablets", "1 g twice a day", "mycophenolate, a teratogen"),
    (
        "tramadol-zero-width",
        "Trama\u200bdol 50mg capsules",
        "50 mg four times a day",
        "a zero-width space inside tramadol",
    ),
    (
        "codeine-cyrillic",
        "C\u043ede\u0456ne phosphate 30mg tablets",
        "30 mg four times a day",
        "codeine with Cyrillic look-alike letters",
    ),
]:
    on(f"nm-{_slug}", NM, REFUSE, N, extra(_name, _dose, None), _why)

on(
    "nm-co-dydramol-called-harmless",
    NM,
    REFUSE,
    N,
    extra("Co-dydramol 10mg/500mg tablets", "Two tablets four times a day", _HARMLESS),
    "a combination with dihydrocodeine classified harmless",
)

for _slug, _name, _dose, _reason in [
    (
        "miconazole-gel-nipples",
        "Miconazole 20mg/g oral gel",
        "Apply to the nipples after each feed",
        "Treats nipple thrush; the baby's mouth is treated at the same time; no sedation or withdrawal risk.",
    ),
]:
    on(f"nm-{_slug}", NM, PASS, N, extra(_name, _dose, _reason), "a harmless medicine, classified with its reason")

on(
    "nm-ibuprofen-postnatal",
    NM,
    PASS,
    N,
    extra("Ibuprofen 400mg tablets", "400 mg three times a day with food", None),
    "ibuprofen after the birth: of no concern at this stage",
)
on(
    "nm-mystery-unclassified",
    NM,
    REFUSE,
    N,
    extra("Kalms Night tablets", "Two tablets at bedtime", None),
    "a herbal sleep product neither recognised nor classified",
)
on(
    "nm-cipramil-brand-list",
    NM,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Cipramil 20mg tablets"),
    "citalopram listed by its brand, still assessed",
)
on(
    "nm-quetiapene-misspelt-list",
    NM,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetiapene 100mg tablets"),
    "a misspelt name for an assessed medicine",
)
on(
    "nm-pregabalin-soft-hyphen",
    NM,
    PASS,
    F,
    set_("medicines#med-pregabalin.name", "Prega\u00adbalin 75mg capsules"),
    "a soft hyphen inside an assessed medicine's name",
)
bad(
    "nm-sert-piriton-unlisted",
    NM,
    "sert",
    SERT + " She also takes Piriton at night for her hay fever.",
    "a sedating antihistamine named in the conclusion, not on the list",
    zwsp,
)
ok(
    "nm-sert-piriton-avoided",
    NM,
    "sert",
    SERT + " She has been told not to buy Piriton or Nytol for sleep, as they would add drowsiness.",
    "sedating antihistamines named only as advice against them",
)
on(
    "nm-f-zopiclone-added-unassessed",
    NM,
    REFUSE,
    F,
    extra("Zopiclone 3.75mg tablets", "3.75 mg at night", None, started="2026-06-10"),
    "a hypnotic added to a sedated mother's list with no assessment",
)

# ============================================================================================================
# routes: routes that cannot deliver, against unusual routes that can.

on("rt-fhir-empty-url", RT, REFUSE, L, set_("recipients#rcp-maternity.route.base_url", ""), "an empty FHIR URL")
on(
    "rt-fhir-trailing-slash",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate.example/R4/"),
    "twin: https with a trailing slash",
)
on(
    "rt-manual-mum-passes-on",
    RT,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "Mum will pass it on to the foster carer."),
    "a parent asked to pass the record on",
)
on(
    "rt-manual-posted",
    RT,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Posted first class by the practice secretary to the foster carer's home address on the day of signing.",
    ),
    "twin: a described hand-over by post",
)
on(
    "rt-foster-mesh",
    RT,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route", {"kind": "mesh", "mailbox": "X26BW002"}),
    "a MESH mailbox for a private person",
)

# ============================================================================================================
# attribution.

_MIDWIFE_GMC = {
    "name": {"given": ["Anna"], "family": "Lowe"},
    "role": "registered-midwife",
    "registration": {"body": "GMC", "number": "7098761"},
    "organisation": {"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
}
_PHARMACIST = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}
on(
    "at-midwife-with-gmc",
    AT,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.author", _MIDWIFE_GMC),
    "a midwife registered with the GMC",
)
on(
    "at-practice-pharmacist",
    AT,
    PASS,
    M,
    set_("assessments#asm-sertraline.author", _PHARMACIST),
    "twin: the practice's own clinical pharmacist with a GPhC number",
)
on(
    "at-number-two-names",
    AT,
    REFUSE,
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Helen"], "family": "Shaw"}),
    "the same GMC number under another name",
)
on(
    "at-number-initial",
    AT,
    PASS,
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["P."], "family": "Shah"}),
    "twin: the same person with an initial",
)
on("at-attester-other", AT, REFUSE, P, set_("attestation.by.role", "other"), "an attester of role 'other'")
on(
    "at-attester-no-registration",
    AT,
    REFUSE,
    C,
    delete("attestation.by.registration"),
    "an attester with no registration",
)

# ============================================================================================================
# dates.

on(
    "dt-assessment-before-conception",
    DT,
    REFUSE,
    V,
    chain(set_("assessments#asm-valproate.date", "2025-11-20")),
    "an assessment four months before this pregnancy began",
)
on(
    "dt-attested-tomorrow",
    DT,
    REFUSE,
    V,
    set_("attestation.at", "2026-12-04T09:00:00+00:00"),
    "attested the day after today",
)
on(
    "dt-attested-yesterday",
    DT,
    PASS,
    V,
    set_("attestation.at", "2026-12-02T16:00:00+00:00"),
    "twin: attested yesterday, long after the assessment",
)
on("dt-delivery-future", DT, REFUSE, F, set_("pregnancy.delivery_date", "2026-12-20"), "a delivery in the future")
on("dt-consent-future", DT, REFUSE, M, set_("lawful_basis.recorded_on", "2027-01-05"), "consent in the future")
on(
    "dt-edd-twenty-weeks-off",
    DT,
    REFUSE,
    L,
    set_("pregnancy.edd", "2027-01-13"),
    "an EDD twenty weeks from what 24+0 implies",
)
bad(
    "dt-lith-gestation-now-wrong",
    DT,
    "lith",
    "Now at 34 weeks, she continues lithium 800 mg at night. Levels weekly from 36 weeks and within 24 h of birth; "
    "paediatric review of the baby for floppiness and thyroid problems; bottle feeding agreed.",
    "a present gestation ten weeks from the record's 24+0",
)
ok(
    "dt-lith-gestation-history",
    DT,
    "lith",
    "Booked at 11 weeks on lithium 800 mg at night, which continues. Levels monthly, weekly from 36 weeks and within "
    "24 h of birth; paediatric review of the baby for floppiness and thyroid problems; bottle feeding agreed.",
    "twin: a gestation in the history",
    cyr,
)
on(
    "dt-pre-conception-inside-pregnancy",
    DT,
    REFUSE,
    V,
    set_("assessments#asm-valproate.pre_conception", True),
    "an assessment marked pre-conception dated inside the pregnancy",
)

# ============================================================================================================
# identities.

on(
    "id-partner-mothers-nhs",
    ID,
    REFUSE,
    P,
    set_("partner.nhs_number", "9990004145"),
    "the partner with the mother's NHS number",
)
on("id-partner-no-nhs", ID, PASS, P, delete("partner.nhs_number"), "twin: the partner's NHS number not known")
on("id-justification-yes", ID, REFUSE, F, set_("lawful_basis.justification", "Yes."), "'Yes.' as the justification")
on(
    "id-justification-reason",
    ID,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        "Kayleigh refused consent; sharing without it because the foster carer cannot keep the baby safe at night "
        "without knowing about the sedation.",
    ),
    "twin: a reason",
)
on("id-amended-updated", ID, REFUSE, C, set_("amendment_reason", "Record updated."), "an amendment that says nothing")
on(
    "id-amended-reason-terse",
    ID,
    PASS,
    C,
    set_("amendment_reason", "HV added as recipient; assessment unchanged."),
    "twin: a terse amendment that says what changed",
)

# ============================================================================================================
# unanswered: mandatory items.

on(
    "un-cpp-removed",
    UN,
    REFUSE,
    L,
    delete("safeguarding.child_protection_plan"),
    "the child protection plan question never answered",
)
on("un-care-order-removed", UN, REFUSE, P, delete("safeguarding.care_order"), "care order never answered")
on(
    "un-sleeping-tbc",
    UN,
    REFUSE,
    F,
    set_("safeguarding.sleeping_arrangements", "TBC"),
    "sleeping arrangements a placeholder",
)
on(
    "un-sleeping-words",
    UN,
    PASS,
    F,
    set_(
        "safeguarding.sleeping_arrangements",
        "Cot in Sandra's bedroom at the placement; Kayleigh's room is next door. Seen by the HV on 13 June.",
    ),
    "twin: sleeping arrangements in words",
)
on(
    "un-discharge-other-tbc",
    UN,
    REFUSE,
    P,
    chain(set_("safeguarding.discharge_to", "other"), set_("safeguarding.discharge_details", "tbc")),
    "discharged to 'other' with no place",
)
on(
    "un-discharge-other-place",
    UN,
    PASS,
    P,
    chain(
        set_("safeguarding.discharge_to", "other"),
        set_(
            "safeguarding.discharge_details",
            "To the maternal grandmother's house, 12 Oak Lane, Millbrook, with both parents staying there for "
            "the first month.",
        ),
    ),
    "twin: discharged to 'other' with the place and carers",
)

# ============================================================================================================
# facts: impossible doses and routes.

on(
    "fa-diazepam-negative",
    FA,
    REFUSE,
    F,
    set_("medicines#med-diazepam.dose", "-5 mg three times a day"),
    "a negative dose",
)
on(
    "fa-diazepam-range",
    FA,
    PASS,
    F,
    set_("medicines#med-diazepam.dose", "2.5 mg to 5 mg three times a day"),
    "twin: a range",
)
on(
    "fa-quetiapine-iv",
    FA,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) IV at night"),
    "tablets intravenously",
)
on(
    "fa-quetiapine-by-mouth",
    FA,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) by mouth at night"),
    "twin: tablets by mouth",
)
bad(
    "fa-meth-patch",
    FA,
    "meth",
    "The methadone patch continues at the same strength. The baby has 72 h of NAS scoring on the ward and HV "
    "checks to day 8; breastfeeding encouraged; no bed sharing as she is drowsy after her dose.",
    "a patch for an oral solution",
)

# ============================================================================================================
# more good work across the bases, some disguised, with near misses.

ok(
    "rg-dzp-sbar",
    RG,
    "dzp",
    "S: day 6 postnatal, bottle fed, in a parent-and-baby foster placement. B: diazepam 5 mg tds and pregabalin "
    "150 mg bd all pregnancy. A: both sedate Kayleigh, worst at night; late withdrawal possible to day 8. R: both "
    "continue, diazepam tapered slowly from 6 weeks; no co-sleeping or lying-down feeds; foster carer does nights; "
    "foster carer and HV watch for late signs.",
    "SBAR for the joint assessment",
    cyr,
)
bad(
    "ho-sert-generic-class-fact",
    HO,
    "sert",
    "Sertraline is an SSRI. SSRIs cross the placenta and are associated with poor neonatal adaptation in up to "
    "30% of exposed babies.",
    "only what the class does in general",
    cyr,
)
ok(
    "ho-sert-class-fact-applied",
    HO,
    "sert",
    "Sertraline crosses the placenta, so this baby is observed by the ward midwives for 48 hours for jitteriness "
    "and poor feeding. Sertraline 100 mg continues, as her depression relapsed when she stopped; breastfeeding is "
    "compatible.",
    "twin: the class fact applied to this baby",
)

# ============================================================================================================
# harder probes: the held-out sets' shapes at their edges.

bad(
    "ho-meth-concerns-as-topics",
    HO,
    "meth",
    "Methadone 60 mg daily: NAS scoring, safe sleep and breastfeeding for the baby are all covered in the drug "
    "service's birth plan, which maternity already holds.",
    "the concerns named only as topics of a plan held elsewhere",
    shy,
)
bad(
    "ho-meth-as-per-list",
    HO,
    "meth",
    "Methadone continues. Baby: as per NAS guideline. Sleep: as per safe sleep leaflet. Feeding: as per infant "
    "feeding team.",
    "every concern deferred under its own heading",
    cyr,
)
ok(
    "ho-meth-full-details-elsewhere",
    HO,
    "meth",
    "Full details are in the drug service letter; in short, methadone 60 mg once daily continues to term. The ward "
    "scores the baby for NAS for at least 72 hours and the HV checks to day 8. Breastfeeding is encouraged. She is "
    "drowsy after each dose, so the baby never sleeps in her bed or on the sofa; the HV sees the cot.",
    "a pointer first, then the conclusion itself",
    bidi,
)
bad(
    "ho-meth-all-explained",
    HO,
    "meth",
    "The baby's withdrawal risk, her drowsiness after methadone and breastfeeding were all explained to Jodie, "
    "who understood and had no questions.",
    "an account of what was explained, not the plan",
    fw,
)
bad(
    "ho-cit-condition-would",
    HO,
    "cit",
    "Citalopram 20 mg: should the baby show adaptation signs after birth, observation would be considered and "
    "feeding support might be offered.",
    "a condition with only what might follow",
    zwsp,
)
ok(
    "ho-cit-condition-decides",
    HO,
    "cit",
    "Citalopram 20 mg daily continues, as her anxiety relapsed off it. The midwife observes the baby for 48 hours; "
    "if the baby shows jitteriness or fast breathing, she calls the paediatrician that day. Breastfeeding is "
    "supported.",
    "twin: a condition with what will be done",
    greek,
)

for _key, _label, _amount, _classified, _expect, _what in [
    (
        "piriteze-classified",
        "Piriteze Allergy 10mg tablets",
        "One tablet daily",
        "Cetirizine, a non-sedating antihistamine for hay fever; compatible with breastfeeding.",
        PASS,
        "a non-sedating brand next to Piriton, classified",
    ),
    (
        "piriton-unassessed",
        "Piriton 4mg tablets",
        "4 mg at night",
        None,
        REFUSE,
        "chlorphenamine, a sedating antihistamine, unassessed",
    ),
    (
        "lamisil-classified",
        "Lamisil 250mg tablets",
        "250 mg once daily for 6 weeks",
        "Terbinafine for a fungal nail infection; not an antiepileptic; little passes into milk.",
        PASS,
        "a brand near Lamictal, classified",
    ),
    (
        "lamictal-unassessed",
        "Lamictal 100mg tablets",
        "100 mg twice a day",
        None,
        REFUSE,
        "lamotrigine, an antiepileptic, unassessed",
    ),
    ("diazapam-misspelt", "Diazapam 2mg tablets", "2 mg at night", None, REFUSE, "diazepam misspelt, unassessed"),
    (
        "solpadeine-max-unassessed",
        "Solpadeine Max tablets",
        "Two tablets up to four times a day",
        None,
        REFUSE,
        "paracetamol with codeine, a line extension, unassessed",
    ),
]:
    on(f"nm-{_key}", NM, _expect, N, extra(_label, _amount, _classified), _what)

on(
    "dt-assessment-inside-margin",
    DT,
    PASS,
    V,
    set_("assessments#asm-valproate.date", "2026-03-15"),
    "an assessment ten days before the EDD-dated conception, inside the documented margin",
)
on("dt-edd-thirteen-days", DT, PASS, L, set_("pregnancy.edd", "2026-09-08"), "an EDD 13 days from the gestation")
bad(
    "dt-meth-29-feb-2026",
    DT,
    "meth",
    METH + " Pre-birth planning meeting held on 29 February 2026.",
    "29 February of a year that is not a leap year",
    fw,
)
ok(
    "dt-meth-28-feb",
    DT,
    "meth",
    METH.replace("od, supervised", "once daily, supervised") + " Pre-birth planning meeting held on 28 February.",
    "twin: a real date",
)

on(
    "rt-fhir-homograph",
    RT,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://m\u0430ternity.northgate.example/fhir/R4"),
    "a Cyrillic letter in the host",
)
on(
    "rt-fhir-a-label",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://xn--maternit-i1a.example/fhir/R4"),
    "an internationalised host in its A-label form",
)
on(
    "rt-manual-by-hand",
    RT,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "By hand."),
    "a manner of hand-over naming no one",
)

on(
    "at-pharmacist-gmc",
    AT,
    REFUSE,
    N,
    set_("attestation.by.registration", {"body": "GMC", "number": "7081234"}),
    "a clinical pharmacist on the GMC register",
)


# ============================================================================================================
# hollow for the baby beside a medicine continued: the medicine decided, the baby's care left to habit, a pathway,
# an account or what someone knows; each with its twin that gives the care.

bad(
    "ho-sert-the-usual",
    HO,
    "sert",
    "Sertraline 100 mg continues. Baby: the usual. Feeding: the usual. Mood: the usual review.",
    "headings answered with 'the usual'",
    greek,
)
ok(
    "ho-sert-the-usual-spelt-out",
    HO,
    "sert",
    "Sertraline 100 mg continues. Baby: the usual 48 h of observation by the ward midwives for jitteriness and poor "
    "feeding. Feeding: breastfeeding is fine on sertraline. Mood: GP review at 6 weeks.",
    "twin: 'the usual' followed by what it is",
)
bad(
    "ho-sert-pathway",
    HO,
    "sert",
    "Sertraline 100 mg continues; the baby is to be managed in line with the trust's SSRI pathway, feeding likewise.",
    "the baby's care deferred to a pathway",
)
ok(
    "ho-sert-pathway-applied",
    HO,
    "sert",
    "Sertraline 100 mg daily continues, and the baby is managed on the trust's SSRI pathway: the ward midwives "
    "observe for 48 hours for jitteriness and poor feeding, and breastfeeding is supported.",
    "twin: the pathway applied, its acts written",
)
bad(
    "ho-lith-gone-through",
    HO,
    "lith",
    "Lithium 800 mg nocte continues. Levels, the baby's review after birth and feeding were gone through in detail "
    "with Rebecca and her partner.",
    "the baby's care as topics gone through",
)
ok(
    "ho-lith-gone-through-then-plan",
    HO,
    "lith",
    "Gone through in detail with Rebecca and her partner: lithium 800 mg nocte continues; levels monthly, weekly "
    "from 36 weeks and within 24 h of birth; the paediatrician reviews the baby for floppiness and thyroid "
    "problems; she will bottle feed.",
    "twin: what was gone through, written",
)
bad(
    "ho-valp-taken-into-account",
    HO,
    "valp",
    "Valproate 500 mg bd continues. The baby's risk of malformation from first-trimester exposure has been fully "
    "taken into account by all parties.",
    "the fetal risk 'taken into account', no scan, no referral",
    zwnj,
)
bad(
    "ho-dzp-carer-knows",
    HO,
    "dzp",
    "Diazepam and pregabalin continue. The foster carer knows about withdrawal and sleep, so nothing further is "
    "needed for the baby.",
    "a dismissal because someone knows",
)
ok(
    "ho-dzp-carer-knows-and-does",
    HO,
    "dzp",
    "Diazepam and pregabalin continue. The foster carer knows the withdrawal signs and does every night feed, so "
    "Kayleigh, drowsy on both, never sleeps with the baby; the HV checks for late withdrawal on days 5 and 8.",
    "twin: what the carer knows and does",
)
bad(
    "ho-cit-as-she-sees-fit",
    HO,
    "cit",
    "Citalopram 20 mg continues; the midwife will keep an eye on things with the baby after birth as she sees fit, "
    "breastfeeding fine.",
    "the baby's watch left to the midwife's choice, with no time or signs",
)
ok(
    "ho-cit-as-for-any-baby",
    HO,
    "cit",
    "Citalopram 20 mg continues; the midwife observes the baby for 48 hours after birth for jitteriness and poor "
    "feeding, as she would for any SSRI-exposed baby, and breastfeeding is fine.",
    "twin: the watch with its time and signs",
)
bad(
    "ho-meth-full-picture",
    HO,
    "meth",
    "Methadone 60 mg od continues. The baby's NAS scoring, her safe sleeping and feeding are in the hands of the "
    "maternity team, who have the full picture.",
    "the baby's care handed to a team with no plan",
)
ok(
    "ho-meth-full-picture-plan",
    HO,
    "meth",
    "Methadone 60 mg od continues. The maternity team, who have the full picture, score the baby for NAS for 72 h "
    "on the postnatal ward; the HV checks to day 8; breastfeeding encouraged; no co-sleeping as she is drowsy after "
    "doses.",
    "twin: the team's plan written",
)


# ============================================================================================================
# labels, habits and later meetings for the baby; shorthand and advice that names other medicines.

bad(
    "ho-dzp-kept-in-mind",
    HO,
    "dzp",
    "Diazepam and pregabalin: both continue. Baby: withdrawal is a possibility and sleep is a factor; these will be "
    "kept in mind by all involved.",
    "labels and a hedge held by everyone and no one",
    shy,
)
ok(
    "ho-dzp-possibility-then-plan",
    HO,
    "dzp",
    "Diazepam and pregabalin: both continue. Baby: withdrawal is possible to day 8, so the foster carer and HV watch "
    "for tremor and poor feeding. Both sedate Kayleigh, so she never shares a bed or sofa with the baby and the "
    "foster carer does the nights.",
    "twin: the possibility with who watches and the sleep rule",
)
bad(
    "ho-lith-usual-precautions",
    HO,
    "lith",
    "Lithium 800 mg at night continues. Regarding the baby, the usual precautions apply, and feeding is her choice.",
    "'the usual precautions' for the baby, feeding left open against the advice",
)
ok(
    "ho-lith-usual-precautions-listed",
    HO,
    "lith",
    "Lithium 800 mg at night continues. Regarding the baby, the usual precautions apply: a paediatric review after "
    "birth for floppiness and thyroid problems, with a lithium level if signs appear. She will bottle feed, as "
    "advised. Levels monthly, weekly from 36 weeks.",
    "twin: the precautions listed",
)
bad(
    "ho-meth-pre-birth-meeting",
    HO,
    "meth",
    "Methadone 60 mg once daily continues to delivery. Plan for the baby: to be agreed at the pre-birth meeting in "
    "April; sleep and feeding likewise.",
    "the baby's plan deferred to a later meeting",
    fw,
)
ok(
    "ho-meth-pre-birth-meeting-confirms",
    HO,
    "meth",
    "Methadone 60 mg once daily continues to delivery. The pre-birth meeting in April confirms the details, but the "
    "plan stands now: 72 h of NAS scoring on the postnatal ward, HV to day 8, breastfeeding encouraged, no "
    "co-sleeping after her dose.",
    "twin: a later meeting beside a plan that stands",
)
ok(
    "rg-dzp-shorthand-names",
    RG,
    "dzp",
    "Diaz 5mg tds + pregab 150mg bd: cont, diaz taper from 6/52. Both sedate mum -> no co-sleeping, no feeding lying "
    "down, FC does all nights. FC + HV to watch for late NAS to D8.",
    "clinicians' shorthand for both medicines",
)
ok(
    "rg-valp-sod-val",
    RG,
    "valp",
    "Sod val 500mg bd: continue until epilepsy nurse r/v this week - abrupt stop risks seizures (harm to her + "
    "fetus). 1st trimester exposure: FMU referral and detailed anomaly USS at 20/40 to look for NTD/cardiac defects. "
    "Folic acid 5mg od started.",
    "'Sod val' in a GP's shorthand",
    cyr,
)
ok(
    "nm-meth-co-codamol-advised-against",
    NM,
    "meth",
    "Methadone 60 mg od continues unchanged to term. Baby: NAS scoring on the PNW for 72 h, HV to D8. BF encouraged. "
    "She is drowsy after her dose, so no co-sleeping - cot to be seen by HV. Avoid codeine-containing painkillers "
    "such as co-codamol after delivery; paracetamol is fine.",
    "a combination product named only in advice against it",
)
bad(
    "nm-meth-co-codamol-taken",
    NM,
    "meth",
    "Methadone 60 mg od continues unchanged to term. Baby: NAS scoring on the PNW for 72 h, HV to D8. BF "
    "encouraged. She is drowsy after her dose, so no co-sleeping - cot to be seen by HV. She also takes co-codamol "
    "30/500 for back pain.",
    "twin: the combination taken but not on the list",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F124CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F124CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F124CASES):3}"
    )
