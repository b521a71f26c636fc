"""A hundred-and-thirty-second independent "fresh" batch of red-team cases for the share gate: a held-out-style
mix, twenty-second round, in the proportions issue 9 gives for the project's hidden test sets.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. About half is good, complete work that must pass (terse GP shorthand, midwife notes, letters, SBAR,
bullet lists, plain English for a foster carer, a pharmacist's note, a perinatal psychiatrist's letter, a health
visitor's handover, with UK brands, misspellings and abbreviations clinicians write); the other half is hollow,
disguised or impossible in each of issue 9's categories. Every shape is paired both ways:

* ``registers``: complete conclusions in every register and length, with brands and misspellings (pass);
* ``hollow``: non-answers, deferrals, dismissals, filler, repetition, questions and plans held by no one, against
  substantive conclusions that also point elsewhere or say "no concerns" with a reason;
* ``copy``: one conclusion pasted under two medicines or everywhere, joint conclusions that drop a medicine,
  against joint conclusions that name both (by brand or misspelt);
* ``concerns``: concern items hollow or dismissed, coded answers against the text, conclusions silent on the baby,
  on teratogenicity or on lithium levels, against shorthand answers;
* ``names``: brands, misspellings, combination products and whole groups unassessed, unlisted or called harmless,
  against harmless medicines classified and assessed medicines written by brand;
* ``routes``: routes that cannot deliver and malformed ODS codes or telephones, against unusual routes that can;
* ``attribution``: registers that do not fit roles, impossible numbers, one number under two names, a missing
  registration, an unaccountable signer, against good variants;
* ``dates``: assessments before conception, attestation in the future or before the assessments, deliveries and
  consent in the future, EDDs far from the gestation, impossible calendar dates, against dates at the edges;
* ``identities``: a partner with the mother's NHS number or name, hollow justifications and amendment reasons,
  against good variants;
* ``unanswered``: mandatory items removed or answered with placeholders, against answers in words and items that
  do not apply;
* ``facts``: impossible doses and routes on the list or in the conclusion, against their possible twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh132_cases`` for the counts per category.
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
    _split_f,
    add_medicine,
    chain,
    delete,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F132CASES: list[Case] = []

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
    F132CASES.append(Case(f"f132-{name}", category, expect, base, mutate, why))


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


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f132", started: str = "2026-04-05") -> Mutation:
    """A medicine added to a postnatal record (base N), with or without the clinician's classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, started, gp_prescriber(RIVERSIDE), **fields))


def field(path: str, value: Any) -> Mutation:
    return set_(path, value)


# Complete bodies written afresh for this batch; each case adds its own point to one of them or replaces one.
METH = (
    "Jodie stays on methadone 60 mg daily, supervised, with no reduction before the birth. Her baby is likely to "
    "withdraw: the postnatal ward midwives score the baby for NAS for at least three days, and the health visitor "
    "watches for late signs until day 8. She can breastfeed on this steady dose and is encouraged to. She is sleepy "
    "for some hours after each dose, so the baby must never sleep in her bed or on the sofa; the HV sees the cot at "
    "the first home visit."
)
METH_NOWATCH = (
    "Jodie stays on methadone 60 mg daily, supervised, with no reduction before the birth. She can breastfeed on "
    "this steady dose and is encouraged to. She is sleepy for some hours after each dose, so the baby must never "
    "sleep in her bed or on the sofa; the HV sees the cot at the first home visit."
)
SERT = (
    "Sertraline 100 mg once daily continues, since a relapse of her depression would put her and the baby at more "
    "risk than the medicine does. After delivery the midwives observe the baby for 48 hours for jitteriness, fast "
    "breathing and poor feeding. Breastfeeding on sertraline is fine. The GP reviews her mood at the 6-week "
    "postnatal check."
)
MO = (
    "Methadone 60 mg and sertraline 100 mg both continue unchanged. The baby is scored for withdrawal and SSRI "
    "adaptation on the postnatal ward for at least 72 hours, then the health visitor watches to day 8. "
    "Breastfeeding is encouraged. Methadone makes her drowsy, so no bed or sofa sharing; the social worker and HV "
    "see the cot before the baby goes home."
)
CIT = (
    "Citalopram 20 mg each day continues: when she last came off it her anxiety and low mood came back within "
    "weeks. The midwife looks out for adaptation signs in the baby (jitters, fast breathing, poor feeding) for the "
    "first 48 hours after birth. She can breastfeed on citalopram. Her GP reviews her mood at the 6-week check."
)
LITH = (
    "Lithium (Priadel) 800 mg at night carries on, as the chance of a relapse or postpartum psychosis after the "
    "birth is high without it. Serum lithium levels every 4 weeks, weekly from 36 weeks and within 24 hours after "
    "delivery. The paediatric team reviews the baby after birth for floppiness, poor feeding and thyroid problems. "
    "She will bottle feed, as lithium gets into breast milk."
)
LO = (
    "Priadel (lithium) 800 mg nocte continues with levels monthly, then weekly from 36 weeks, and within 24 hours of "
    "birth. Baby reviewed by the paediatrician after delivery. Bottle feeding, since breastfeeding on lithium is not "
    "advised. The perinatal mental health team sees her in the first week after the birth, when relapse is most "
    "likely."
)
VALP = (
    "Sodium valproate 500 mg twice a day continues until the neurologist reviews her; stopping it suddenly could "
    "bring on seizures. The baby has been exposed during the first trimester, which raises the risk of major "
    "malformations such as spina bifida and of later learning difficulties, so an early fetal medicine review and "
    "detailed scan are arranged. Folic acid 5 mg started today."
)
VO = (
    "Unplanned pregnancy on sodium valproate. Valproate stays at 500 mg bd until the urgent neurology review; no "
    "abrupt stop, for fear of seizures. First-trimester exposure puts the baby at raised risk of malformations and "
    "developmental problems: fetal medicine referral and detailed anomaly scan requested. Folic acid 5 mg daily "
    "started."
)
DZP = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day both continue; the GP plans a slow diazepam "
    "reduction with her from the 6-week review. Together they make Kayleigh drowsy, so she must never share a bed, "
    "sofa or armchair with the baby or feed lying down, and the foster carer does the night feeds. The foster carer "
    "and HV watch the baby for late withdrawal until day 8."
)
FO = (
    "Diazepam and pregabalin continue unchanged for now. Their sedation is the main risk to the baby: no co-sleeping "
    "on a bed, sofa or armchair, no feeding lying down, and the foster carer does the nights. Late withdrawal signs "
    "are watched for until day 8 by the foster carer and HV. The foster carer, health visitor and social worker all "
    "hold this plan."
)
QUET = (
    "Daniel takes quetiapine 300 mg at night and is very hard to rouse for hours afterwards. He must never sleep "
    "with the baby on a bed, sofa or armchair, and he does no night feeds after his dose. Chloe does the nights and "
    "the baby sleeps in the next-to-me crib on her side; the health visitor checks this at each visit."
)
PO = (
    "Chloe's only medicine is paracetamol, which raises no concern for the baby or for breastfeeding. Daniel's "
    "quetiapine leaves him heavily sedated at night, so he never co-sleeps with the baby on a bed, sofa or armchair "
    "and does no night feeds after his dose. The crib arrangement has been seen; the HV keeps checking it."
)

# ============================================================================================================
# registers: complete work in every register and length (pass), with brands, misspellings and shorthand.

ok(
    "rg-meth-gp-terse",
    RG,
    "meth",
    "Methadone 60mg OD supervised: cont, no AN wean. Baby: NAS scoring on PNW >=72h; HV for late signs to D8. BF "
    "encouraged (stable dose). Drowsy post-dose, so no bed/sofa sharing; HV checks cot at 1st visit.",
    "terse GP shorthand, every concern answered",
    cyr,
)
ok(
    "rg-meth-physeptone-letter",
    RG,
    "meth",
    "Dear colleagues, I saw Jodie today with her keyworker. She takes Physeptone 60 mg once a day under supervised "
    "consumption and is stable; we agreed there will be no reduction before the birth, because relapse to street "
    "opioids would be far more dangerous for her baby. The baby is likely to show withdrawal, so please score the "
    "baby on the postnatal ward for at least 72 hours; the health visitor will look for late signs until day 8. "
    "Breastfeeding is safe on this dose and I have encouraged it. Because she is sleepy after each dose, the baby "
    "must always sleep in the cot, never in her bed or on the sofa, and the HV will see the cot at the first visit. "
    "Yours sincerely, Dr Priya Shah.",
    "a long letter naming methadone only by a UK brand",
)
ok(
    "rg-sert-lustral-midwife",
    RG,
    "sert",
    "Midwife note - Lustral 100 mg daily to continue; her last relapse came weeks after stopping. On the ward I will "
    "watch the baby for 48 h for jitteriness, fast breathing and feeding trouble. Fine to breastfeed. GP to check "
    "her mood at 6 weeks.",
    "a midwife's note with sertraline by brand",
)
ok(
    "rg-sert-setraline-misspelt",
    RG,
    "sert",
    "Setraline 100 mg od continues - relapse is the bigger risk to mum and baby. Midwives to observe baby 48 h "
    "post delivery for poor feeding, jitters or fast breathing. Breastfeeding compatible. GP mood review 6/52 "
    "postnatal.",
    "sertraline with its common misspelling",
)
ok(
    "rg-mo-sbar",
    RG,
    "mo",
    "S: Jodie, on methadone 60 mg and sertraline 100 mg daily. B: Stable on both; drug service supervises the "
    "methadone. A: The baby is likely to withdraw and may show SSRI adaptation signs; methadone makes her drowsy. "
    "R: Continue both unchanged. Ward midwives score the baby for at least 72 h after birth, HV to day 8. "
    "Breastfeeding encouraged. No bed or sofa sharing; SW and HV see the cot before discharge.",
    "SBAR with every concern answered",
    bidi,
)
ok(
    "rg-mo-one-line",
    RG,
    "mo",
    "Methadone 60 mg + sertraline 100 mg unchanged; baby NAS/adaptation scores on PNW 72 h then HV to D8; BF "
    "encouraged; methadone sedates her, so no co-sleeping - SW and HV to see cot pre-discharge.",
    "one terse line that is still complete",
)
ok(
    "rg-cit-cipramil-letter",
    RG,
    "cit",
    "Dear midwife, Megan continues Cipramil (citalopram) 20 mg daily; a past attempt to stop led to relapse. Please "
    "observe her baby for 48 hours after the birth for jitteriness, rapid breathing and poor feeding, and ask the "
    "paediatric team to review if these persist. She may breastfeed. I will review her mood at the 6-week check. "
    "Kind regards, Dr McAllister.",
    "a short letter, citalopram by brand and name",
)
ok(
    "rg-co-bullets",
    RG,
    "co",
    "- Citalopram 20 mg daily: continue in pregnancy and while breastfeeding\n- Baby: midwife watches for "
    "adaptation signs for 48 h after birth\n- Mood: GP review at the 6-week check; perinatal MH if it dips",
    "a bullet list that is the plan",
    greek,
)
ok(
    "rg-lith-psychiatrist-letter",
    RG,
    "lith",
    "Perinatal psychiatry review. Rebecca has bipolar disorder and has been well on lithium for four years; each "
    "earlier attempt to stop ended in relapse, and the weeks after birth carry a high risk of postpartum psychosis. "
    "My advice is that Priadel 800 mg at night continues. Please check her lithium level every 4 weeks, weekly from "
    "36 weeks and within 24 hours of delivery, and keep her well hydrated in labour. The baby should have a "
    "paediatric review after birth for floppiness, poor feeding and thyroid function. She has chosen to bottle feed, "
    "which I support, as lithium passes into breast milk. I will see her within a week of the birth.",
    "a perinatal psychiatrist's letter",
)
ok(
    "rg-lo-terse",
    RG,
    "lo",
    "Lithium 800mg ON cont. Levels q4w, weekly from 36/40, within 24h post delivery. Paeds r/v baby after birth "
    "(tone, feeding, TFTs). Bottle feeding - BF not advised on lithium. PMHT to see her in first week postpartum "
    "(high relapse risk).",
    "GP shorthand for the overall conclusion",
    shy,
)
ok(
    "rg-valp-epilim",
    RG,
    "valp",
    "Epilim 500 mg bd carries on for now - an abrupt stop risks seizures for her and the pregnancy. First-trimester "
    "exposure means a high risk to the baby of neural tube and other major malformations and of later "
    "neurodevelopmental problems; urgent fetal medicine review and detailed scan booked, and neurology are reviewing "
    "her treatment this week. Folic acid 5 mg started today.",
    "valproate named only by its UK brand",
)
ok(
    "rg-vo-pharmacist",
    RG,
    "vo",
    "Pharmacist note: sodium valproate 500 mg twice daily is a known teratogen and this pregnancy was unplanned. "
    "Do not stop it abruptly (seizure risk); continue until the urgent neurology review. The baby is at raised risk "
    "of malformations and developmental delay after first-trimester exposure: fetal medicine referral made. Folic "
    "acid 5 mg daily supplied.",
    "a practice pharmacist's note",
)
ok(
    "rg-dzp-pregablin-misspelt",
    RG,
    "dzp",
    "Diazepam 5mg tds + pregablin 150mg bd continue; slow diazepam taper from the 6/52 review. Both sedating: no "
    "co-sleeping, no feeding lying down, foster carer does nights. FC and HV watch for late withdrawal to D8.",
    "pregabalin with a common misspelling",
)

# ============================================================================================================
# hollow: non-answers, deferrals, dismissals, filler and repetition; against substantive ones that point elsewhere.

bad(
    "ho-meth-nothing-noted",
    HO,
    "meth",
    "Nothing of note regarding the methadone identified at this time; we will continue to monitor as appropriate "
    "and act accordingly.",
    "a long non-answer with no reason",
    cyr,
)
bad(
    "ho-lith-awaiting-review",
    HO,
    "lith",
    "Lithium: awaiting review. Awaiting the perinatal team's review; decisions about lithium awaiting that review, "
    "and the plan awaiting confirmation once the review has happened.",
    "'awaiting review' padded to length",
)
bad(
    "ho-valp-filler",
    HO,
    "valp",
    "Sodium valproate. Dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua ut enim ad minim veniam.",
    "lorem-ipsum filler after the medicine name",
)
bad(
    "ho-dzp-repeated",
    HO,
    "dzp",
    "Diazepam and pregabalin: sedation sedation sedation sedation sedation sedation sedation sedation sedation "
    "sedation sedation sedation.",
    "one word repeated",
)
bad(
    "ho-quet-long-na",
    HO,
    "quet",
    "Not applicable in this case, as the quetiapine is prescribed to the baby's father rather than to the mother "
    "herself.",
    "a long-form 'not applicable' for a sedated partner",
    greek,
)
bad(
    "ho-mo-questions",
    HO,
    "mo",
    "Methadone and sertraline: does the baby need withdrawal scoring? Should she breastfeed? Who checks the cot? "
    "To be discussed.",
    "questions in place of answers",
)
bad(
    "ho-fo-no-holder",
    HO,
    "fo",
    "Diazepam and pregabalin continue. Sedation should ideally be borne in mind and the sleeping arrangements "
    "considered at some stage; withdrawal may need to be looked at.",
    "a plan held by no one at no time",
    shy,
)
ok(
    "ho-meth-letter-then-summary",
    HO,
    "meth",
    "The drug service letter of January has her dose history. In short: " + METH,
    "a substantive conclusion that also points to a letter",
    cyr,
)
ok(
    "ho-sert-please-see-baby",
    HO,
    "sert",
    SERT + " Please see the baby at home within 48 hours of discharge if the ward has any feeding concern.",
    "'please see' as an instruction, not a deferral",
)
ok(
    "ho-po-no-concerns-reasoned",
    HO,
    "po",
    "No concerns about Chloe's paracetamol: it is safe in breastfeeding and does not affect the baby. The concern is "
    "Daniel's quetiapine, which sedates him heavily at night: he never shares a bed, sofa or armchair with the baby "
    "and does no night feeds. The HV has seen the crib and checks it at each visit.",
    "'no concerns' with its reason, beside the concern that applies",
    zwsp,
)
ok(
    "ho-vo-pending-with-plan",
    HO,
    "vo",
    "Valproate 500 mg bd continues pending the urgent neurology review this week, because stopping it abruptly could "
    "cause seizures. The baby was exposed in the first trimester (raised risk of malformations and learning "
    "difficulties): fetal medicine review and detailed anomaly scan requested. Folic acid 5 mg daily started.",
    "'pending' beside a substantive plan",
)

# ============================================================================================================
# copy: one conclusion pasted under two medicines or everywhere; joint conclusions that drop a medicine.

_PASTE = (
    "Methadone and sertraline both carry on. The ward watches the baby after birth and the HV follows up; "
    "breastfeeding is supported; she must not share a bed with the baby after a sedating dose."
)
on(
    "cp-paste-meth-sert",
    CP,
    REFUSE,
    M,
    chain(
        set_("assessments#asm-methadone.conclusion", _PASTE),
        set_("assessments#asm-sertraline.conclusion", _PASTE),
    ),
    "one conclusion pasted under the methadone and sertraline assessments",
)
on(
    "cp-paste-split-f",
    CP,
    REFUSE,
    F,
    _split_f(DZP, DZP),
    "the joint text pasted under separate diazepam and pregabalin assessments",
)
on(
    "cp-split-f-own",
    CP,
    PASS,
    F,
    _split_f(
        "Diazepam 5 mg tds continues with a slow taper from the 6-week review. It makes Kayleigh drowsy, so no "
        "bed, sofa or armchair sharing and no feeding lying down; the foster carer does nights. Foster carer and HV "
        "watch the baby for late withdrawal signs to day 8.",
        "Pregabalin 150 mg bd continues for now. It adds to her drowsiness: no co-sleeping, another adult awake for "
        "night feeds. The newborn check was normal after first-trimester exposure; late withdrawal is watched for to "
        "day 8 by the foster carer and HV.",
    ),
    "near miss: separate assessments, each its own conclusion",
)
bad(
    "cp-dzp-drops-pregabalin",
    CP,
    "dzp",
    "Diazepam 5 mg tds continues and tapers slowly from 6 weeks. Kayleigh is drowsy on it: never a bed, sofa or "
    "armchair with the baby, no feeding lying down, foster carer on nights. Foster carer and HV watch the baby for "
    "late withdrawal to day 8.",
    "a joint conclusion that never names pregabalin",
    fw,
)
ok(
    "cp-dzp-lyrica-brand",
    CP,
    "dzp",
    "Diazepam 5 mg tds and Lyrica 150 mg bd both continue, with a diazepam taper from 6 weeks. Both sedate Kayleigh: "
    "never a bed, sofa or armchair with the baby, no feeding lying down, foster carer on nights. Foster carer and HV "
    "watch the baby for late withdrawal to day 8.",
    "near miss: pregabalin named by its brand",
)
bad(
    "cp-mo-drops-methadone",
    CP,
    "mo",
    "Sertraline 100 mg continues. Baby: 48 h adaptation watch on the postnatal ward, HV follows up at home. "
    "Breastfeeding encouraged. SW and HV see the cot before discharge.",
    "an overall conclusion that drops methadone",
    greek,
)
ok(
    "cp-mo-brands",
    CP,
    "mo",
    "Physeptone 60 mg and Lustral 100 mg both continue. Baby: at least 72 h of withdrawal and adaptation scoring on "
    "the postnatal ward, HV to day 8. Breastfeeding encouraged. Methadone sedates her, so no co-sleeping; SW and HV "
    "see the cot.",
    "near miss: both named by brand",
)

# ============================================================================================================
# concerns: concern items and conclusions that leave a class's concern unanswered.

on(
    "cn-meth-plan-terse",
    CN,
    PASS,
    M,
    set_(
        "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
        "Finnegan/NAS scores 4-hourly on PNW for 72h minimum; HV to check for late signs up to D8.",
    ),
    "near miss: the withdrawal plan in shorthand",
)
on(
    "cn-meth-bf-na",
    CN,
    REFUSE,
    M,
    set_("assessments#asm-methadone.impact_on_baby.breastfeeding", "N/A."),
    "breastfeeding dismissed for a mother who plans to breastfeed on methadone",
)
on(
    "cn-meth-bf-terse",
    CN,
    PASS,
    M,
    set_("assessments#asm-methadone.impact_on_baby.breastfeeding", "BF fine on stable dose - encouraged."),
    "near miss: breastfeeding answered in shorthand",
)
on(
    "cn-quet-sleep-dismissed",
    CN,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Does not apply: dad's own tablets."),
    "a partner's sedating medicine dismissed for safe sleep",
)
on(
    "cn-quet-sleep-terse",
    CN,
    PASS,
    P,
    set_(
        "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
        "Dad: no bed/sofa/chair sleeping with baby, no night feeds after his dose. Mum on nights, crib her side.",
    ),
    "near miss: the partner's safe sleep in shorthand",
)
on(
    "cn-m-sleep-advice-false",
    CN,
    REFUSE,
    M,
    set_("safeguarding.safe_sleep_advice_given", False),
    "a sedated mother and the record says safe sleep advice was not given",
)
on(
    "cn-meth-sedation-no",
    CN,
    REFUSE,
    M,
    set_("assessments#asm-methadone.impact_on_mother.sedation", "no"),
    "sedation coded 'no' beside 'sedation peaks two to four hours after the dose'",
)
bad(
    "cn-cit-silent-on-baby",
    CN,
    "cit",
    "Citalopram 20 mg daily continues, as a past attempt to stop led to relapse within six weeks. GP reviews her "
    "mood at the 6-week postnatal check and sooner if she feels worse.",
    "nothing about what citalopram means for the baby",
    shy,
)
bad(
    "cn-valp-no-teratogenicity",
    CN,
    "valp",
    "Sodium valproate 500 mg bd continues until the neurologist sees her, as a sudden stop risks seizures. Folic "
    "acid 5 mg started; she has an appointment with the epilepsy nurse next week.",
    "first-trimester valproate with no word of the baby's exposure",
)
ok(
    "cn-valp-teratogen-shorthand",
    CN,
    "valp",
    "Valproate 500 bd - cont until urgent neuro r/v, do not stop abruptly (seizures). 1st trim exposure: ~10% "
    "major malformation incl. NTD, up to 30-40% neurodevelopmental problems for baby. FMU referral + detailed "
    "anomaly USS. Folic acid 5mg od from today.",
    "near miss: teratogenicity in shorthand",
)
bad(
    "cn-lith-no-levels",
    CN,
    "lith",
    "Lithium (Priadel) 800 mg at night carries on because relapse after birth is likely without it. The "
    "paediatrician reviews the baby after delivery for floppiness, poor feeding and thyroid problems. Bottle feeding "
    "is planned, as lithium passes into breast milk.",
    "lithium continued through delivery with no level monitoring",
)
bad(
    "cn-dzp-no-withdrawal-watch",
    CN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue with a slow diazepam taper from 6 weeks. Both make Kayleigh "
    "drowsy: she must not co-sleep or feed lying down, and the foster carer does all night feeds.",
    "a benzodiazepine and a gabapentinoid with no late-withdrawal watch",
    cyr,
)
bad(
    "cn-meth-cosleep-allowed",
    CN,
    "meth",
    METH_NOWATCH.replace(
        "so the baby must never sleep in her bed or on the sofa; the HV sees the cot at the first home visit",
        "but co-sleeping in her bed is fine once the baby is feeding well",
    )
    + " The ward scores the baby for NAS for 72 hours and the HV checks to day 8.",
    "co-sleeping allowed with a sedated mother",
)
on(
    "cn-f-sleep-advice-words",
    CN,
    PASS,
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep",
        "Never a bed, sofa or armchair with the baby; no lying-down feeds at night. Cot in the foster carer's room; "
        "foster carer does nights.",
    ),
    "near miss: the safe-sleep item rewritten, still answered",
)

# ============================================================================================================
# names: brands, misspellings, combinations and whole groups; harmless medicines classified.

_HARMLESS = "Taken for a minor complaint; raises no concern for the baby or for breastfeeding."

for _slug, _name, _dose, _why in [
    ("primidone", "Primidone 50mg tablets", "50 mg at night", "another antiepileptic"),
    ("tegretol", "Tegretol 200mg tablets", "200 mg twice a day", "carbamazepine by brand"),
    ("mycophenolate", "Mycophenolate mofetil 500mg tablets", "1 g twice a day", "a teratogen"),
    ("gabapentine", "Gabapentine 300mg capsules", "300 mg three times a day", "gabapentin misspelt"),
]:
    on(f"nm-{_slug}-unassessed", NM, REFUSE, N, extra(_name, _dose, None), f"{_why}, not assessed")

on(
    "nm-solpadol-called-harmless",
    NM,
    REFUSE,
    N,
    extra("Solpadol 30mg/500mg effervescent tablets", "Two tablets four times a day", _HARMLESS),
    "a codeine combination classified as of no concern",
)
on(
    "nm-senna-classified",
    NM,
    PASS,
    N,
    extra(
        "Senna 7.5mg tablets",
        "Two tablets at night",
        "Stimulant laxative for constipation after the birth; negligible amounts in breast milk, no effect on the "
        "baby.",
    ),
    "near miss: a harmless laxative classified with its reason",
)
on(
    "nm-ferrous-classified",
    NM,
    PASS,
    N,
    extra(
        "Ferrous fumarate 210mg tablets",
        "One tablet twice a day",
        "Iron for postnatal anaemia; safe with breastfeeding, no sedation, no effect on the baby.",
    ),
    "near miss: iron classified with its reason",
)
on(
    "nm-herbal-unclassified",
    NM,
    REFUSE,
    N,
    extra("Valerian root night-time capsules", "Two capsules at bedtime", None),
    "a sleep remedy neither recognised nor classified",
)
on(
    "nm-physeptone-listed",
    NM,
    PASS,
    M,
    set_("medicines#med-methadone.name", "Physeptone 1mg/ml oral solution"),
    "near miss: methadone listed by brand, still assessed",
)
on(
    "nm-priadel-listed",
    NM,
    PASS,
    L,
    set_("medicines#med-lithium.name", "Priadel 400mg prolonged-release tablets"),
    "near miss: lithium listed by brand only",
)
bad(
    "nm-sert-nytol-unlisted",
    NM,
    "sert",
    SERT + " She also takes Nytol from the chemist most nights to get off to sleep.",
    "a sedating antihistamine taken, named in the conclusion, not on the list",
    zwsp,
)
ok(
    "nm-sert-nytol-avoid",
    NM,
    "sert",
    SERT + " She has been told not to buy Nytol or other sleep aids, which would add drowsiness.",
    "near miss: a sedating antihistamine named only as advice against it",
)
on(
    "nm-espranor-added",
    NM,
    REFUSE,
    M,
    add_medicine(
        medicine(
            "med-f132-bup",
            "Espranor 8mg oral lyophilisates",
            "8 mg once daily",
            "2026-02-16",
            gp_prescriber(RIVERSIDE),
        )
    ),
    "buprenorphine by brand added with no assessment",
)
bad(
    "nm-valp-lamotrigine-instead",
    NM,
    "valp",
    VALP.replace("Sodium valproate 500 mg twice a day", "Lamotrigine 100 mg twice a day"),
    "a different antiepileptic named in place of valproate",
)
on(
    "nm-methotrexate-antenatal",
    NM,
    REFUSE,
    L,
    add_medicine(
        medicine(
            "med-f132-mtx", "Methotrexate 2.5mg tablets", "10 mg once a week", "2026-01-12", gp_prescriber(RIVERSIDE)
        )
    ),
    "a teratogen on an antenatal list with no assessment",
)

# ============================================================================================================
# routes.

on("rt-mesh-xs", RT, REFUSE, M, set_("recipients#rcp-sw.route.mailbox", "XXXXXXXX"), "a MESH mailbox of placeholder Xs")
on(
    "rt-fhir-empty-host",
    RT,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://"),
    "a FHIR base URL with no host",
)
on(
    "rt-fhir-trailing-slash",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate-maternity.example/R4/"),
    "near miss: a FHIR base URL with a trailing slash",
)
on(
    "rt-manual-dash",
    RT,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "-"),
    "a manual hand-over described by a dash",
)
on(
    "rt-manual-posted",
    RT,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Sealed copy posted first class to the placement address held by Brightwater Fostering; the social worker "
        "rings Sandra to go through it the day it arrives.",
    ),
    "near miss: a posted copy with a call to explain it",
)
on(
    "rt-foster-carer-mllp",
    RT,
    REFUSE,
    F,
    set_(
        "recipients#rcp-foster-carer.route",
        {"kind": "mllp", "host": "interface.brightwater.example", "port": 2575},
    ),
    "a private foster carer given a system interface",
)
on(
    "rt-ods-letters",
    RT,
    REFUSE,
    P,
    set_("recipients#rcp-hv.organisation.ods_code", "ZZZZZZZZZZ"),
    "an ODS code of ten Zs",
)
on(
    "rt-ods-site",
    RT,
    PASS,
    P,
    set_("recipients#rcp-midwife.organisation.ods_code", "RXF01"),
    "near miss: a five-character trust site code",
)
on("rt-sw-phone-tbc", RT, REFUSE, F, set_("safeguarding.social_worker.telephone", "TBC"), "a social worker phone 'TBC'")
on(
    "rt-p-no-hv",
    RT,
    REFUSE,
    P,
    delete("recipients[0]"),
    "a postnatal record not shared with the health visitor",
)

# ============================================================================================================
# attribution.

on(
    "at-midwife-gmc",
    AT,
    REFUSE,
    C,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Bethan"], "family": "Rees"},
            "role": "community-midwife",
            "registration": {"body": "GMC", "number": "7098123"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Community Midwives"},
        },
    ),
    "a midwife registered with the GMC",
)
on(
    "at-midwife-nmc",
    AT,
    PASS,
    C,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Bethan"], "family": "Rees"},
            "role": "community-midwife",
            "registration": {"body": "NMC", "number": "11C4567E"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Community Midwives"},
        },
    ),
    "near miss: the midwife with an NMC PIN",
)
on(
    "at-gmc-zeros",
    AT,
    REFUSE,
    V,
    set_("assessments#asm-valproate.author.registration.number", "0000000"),
    "a GMC number of all zeros",
)
on(
    "at-number-under-two-names",
    AT,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Helen"], "family": "Okoro"}),
    "Dr Shah's GMC number under another doctor's name",
)
on(
    "at-same-name-initials",
    AT,
    PASS,
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["P"], "family": "Shah"}),
    "near miss: the same doctor with her initial",
)
on(
    "at-attester-unregistered",
    AT,
    REFUSE,
    P,
    delete("attestation.by.registration"),
    "an attester with no registration",
)
on(
    "at-pharmacist-nmc",
    AT,
    REFUSE,
    V,
    set_(
        "assessments#asm-valproate.author",
        {
            "name": {"given": ["Leah"], "family": "Ward"},
            "role": "clinical-pharmacist",
            "registration": {"body": "NMC", "number": "14D2345F"},
            "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        },
    ),
    "a pharmacist registered with the NMC",
)
on(
    "at-pharmacist-gphc",
    AT,
    PASS,
    V,
    set_(
        "assessments#asm-valproate.author",
        {
            "name": {"given": ["Leah"], "family": "Ward"},
            "role": "clinical-pharmacist",
            "registration": {"body": "GPhC", "number": "2081234"},
            "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        },
    ),
    "near miss: the pharmacist with a GPhC number",
)
on(
    "at-social-worker-assesses",
    AT,
    REFUSE,
    L,
    set_(
        "assessments#asm-lithium.author",
        {
            "name": {"given": ["Owen"], "family": "Baptiste"},
            "role": "other",
            "registration": {"body": "SWE", "number": "SW118734"},
            "organisation": {"ods_code": "Y90320", "name": "Northgate Children's Services"},
        },
    ),
    "the social worker, as role 'other', signs the lithium medication assessment",
)

# ============================================================================================================
# dates.

on(
    "dt-valp-before-conception",
    DT,
    REFUSE,
    V,
    set_("assessments#asm-valproate.date", "2026-01-15"),
    "an assessment months before this pregnancy began",
)
on(
    "dt-valp-early-pregnancy",
    DT,
    PASS,
    V,
    set_("assessments#asm-valproate.date", "2026-05-06"),
    "near miss: an assessment a fortnight earlier in the pregnancy",
)
on(
    "dt-f-attested-before-assessment",
    DT,
    REFUSE,
    F,
    set_("attestation.at", "2026-06-11T09:00:00+00:00"),
    "attested a day before the assessment it attests",
)
on(
    "dt-f-attested-same-day",
    DT,
    PASS,
    F,
    set_("attestation.at", "2026-06-12T18:30:00+00:00"),
    "near miss: attested the evening of the assessment",
)
on("dt-f-delivery-future", DT, REFUSE, F, set_("pregnancy.delivery_date", "2027-02-08"), "a delivery in the future")
on(
    "dt-f-delivery-earlier",
    DT,
    PASS,
    F,
    set_("pregnancy.delivery_date", "2026-06-06"),
    "near miss: a delivery two days earlier",
)
on("dt-p-consent-future", DT, REFUSE, P, set_("lawful_basis.recorded_on", "2027-05-28"), "consent a year ahead")
on("dt-m-edd-far", DT, REFUSE, M, set_("pregnancy.edd", "2026-10-02"), "an EDD twenty weeks from what 29+2 implies")
on("dt-m-edd-near", DT, PASS, M, set_("pregnancy.edd", "2026-05-25"), "near miss: an EDD ten days off")
on(
    "dt-p-partner-change-future",
    DT,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.last_changed", "2027-02-05"),
    "the partner's medicine last changed in the future",
)
bad(
    "dt-lith-june-31",
    DT,
    "lith",
    LITH + " Her next lithium level is on 31 June 2026.",
    "a date that does not exist",
    cyr,
)
ok(
    "dt-lith-june-30",
    DT,
    "lith",
    LITH + " Her next lithium level is on 30 June 2026.",
    "near miss: a real date to come",
)

# ============================================================================================================
# identities.

on("id-partner-her-number", ID, REFUSE, P, set_("partner.nhs_number", "9990004145"), "the partner has her number")
on(
    "id-partner-her-name",
    ID,
    REFUSE,
    P,
    set_("partner.name", {"given": ["Chloe"], "family": "Adeyemi-Example"}),
    "the partner recorded under the mother's own name",
)
on(
    "id-partner-no-number",
    ID,
    PASS,
    P,
    delete("partner.nhs_number"),
    "near miss: the partner's number left out when not known",
)
on(
    "id-justification-reasoned",
    ID,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        "She would not agree to share with the placement; we share without consent because the foster carer needs "
        "to know about her sedation to keep the baby safe at night. Agreed with the safeguarding lead.",
    ),
    "near miss: a reasoned justification",
)
on("id-amend-updated", ID, REFUSE, C, set_("amendment_reason", "Record updated."), "an amendment that says nothing")
on(
    "id-amend-terse",
    ID,
    PASS,
    C,
    set_("amendment_reason", "HV service added as a recipient; the clinical content is unchanged."),
    "near miss: a terse amendment that says what changed",
)

# ============================================================================================================
# unanswered: mandatory items.

on("un-m-cpp-removed", UN, REFUSE, M, delete("safeguarding.child_protection_plan"), "child protection never answered")
on("un-f-care-order-removed", UN, REFUSE, F, delete("safeguarding.care_order"), "care order never answered")
on(
    "un-p-sleeping-tbc",
    UN,
    REFUSE,
    P,
    set_("safeguarding.sleeping_arrangements", "tbc"),
    "sleeping arrangements 'tbc' after birth",
)
on(
    "un-f-sleeping-words",
    UN,
    PASS,
    F,
    set_(
        "safeguarding.sleeping_arrangements",
        "Cot beside the foster carer's bed; Kayleigh sleeps in the next room. HV saw it on 13 June.",
    ),
    "near miss: sleeping arrangements in words",
)
on(
    "un-c-discharge-unasked",
    UN,
    PASS,
    C,
    delete("safeguarding.discharge_to"),
    "near miss: before birth, discharge is not yet asked",
)

# ============================================================================================================
# facts: impossible doses and routes.

on(
    "fa-pgb-capsules-subcut",
    FA,
    REFUSE,
    F,
    set_("medicines#med-pregabalin.dose", "150 mg (two capsules) by subcutaneous injection twice a day"),
    "capsules injected under the skin",
)
on(
    "fa-pgb-capsules-oral",
    FA,
    PASS,
    F,
    set_("medicines#med-pregabalin.dose", "150 mg (two capsules) by mouth twice a day"),
    "near miss: capsules by mouth",
)
on(
    "fa-cit-negative",
    FA,
    REFUSE,
    C,
    set_("medicines#med-citalopram.dose", "-20 mg once daily"),
    "a dose below zero",
)
on(
    "fa-meth-skin",
    FA,
    REFUSE,
    M,
    set_("medicines#med-methadone.dose", "60 mg (60 ml) applied to the skin once daily"),
    "an oral solution applied to the skin",
)
on(
    "fa-meth-ml-wording",
    FA,
    PASS,
    M,
    set_("medicines#med-methadone.dose", "60 ml of 1 mg/ml (60 mg) daily, supervised at the pharmacy"),
    "near miss: the same dose in millilitres first",
)
bad(
    "fa-lith-tenth",
    FA,
    "lith",
    LITH.replace("800 mg at night carries on", "80 mg at night carries on"),
    "the conclusion gives a tenth of the listed 800 mg",
    greek,
)
ok(
    "fa-lith-two-tablets",
    FA,
    "lith",
    LITH.replace("800 mg at night carries on", "800 mg (2 x 400 mg tablets) at night carries on"),
    "near miss: the dose and its tablets",
)
on(
    "fa-quet-nasal",
    FA,
    REFUSE,
    P,
    set_("medicines#med-partner-quetiapine.dose", "300 mg nasal spray at night"),
    "tablets given as a nasal spray",
)

# ============================================================================================================
# a second sweep: more registers and disguised near misses, so about half the batch passes.

ok(
    "rg-meth-bullets",
    RG,
    "meth",
    "* Methadone 60 mg daily (supervised): no change before delivery\n* Baby: NAS scoring on the postnatal ward for "
    "72 h or more; HV looks for late signs to day 8\n* Feeding: breastfeeding encouraged\n* Sleep: drowsy after "
    "doses, so never in her bed or on the sofa with the baby; HV sees the cot",
    "a bullet list with every concern",
    fw,
)
ok(
    "rg-quet-sbar",
    RG,
    "quet",
    "S: Father on quetiapine 300 mg at night. B: Bipolar disorder, well; very hard to wake after his dose. A: Risk "
    "to the baby is from sleeping with a sedated adult. R: Daniel never sleeps with the baby on a bed, sofa or "
    "armchair and does no night feeds; Chloe does nights, crib by her side; HV checks each visit.",
    "SBAR on the partner's medicine",
    shy,
)
ok(
    "rg-fo-long",
    RG,
    "fo",
    "Kayleigh continues diazepam 5 mg three times a day and pregabalin 150 mg twice a day while she and the baby are "
    "in the parent-and-baby placement; the GP will plan a slow diazepam reduction with her at the 6-week review. "
    "The biggest risk to the baby is her drowsiness: she must not share a bed, sofa or armchair with the baby or "
    "feed lying down, and the foster carer does the night feeds. The baby may still show late withdrawal until day "
    "8, and the foster carer and health visitor know the signs. The social worker, foster carer and HV all hold "
    "this plan.",
    "a long overall conclusion",
)
ok(
    "rg-po-terse",
    RG,
    "po",
    "Mum: paracetamol only - no issue for baby or BF. Dad: quetiapine 300mg ON, heavily sedated -> never co-sleeps "
    "on bed/sofa/chair, no night feeds. Crib seen and safe; HV rechecks each visit.",
    "terse shorthand for the overall conclusion",
    greek,
)

bad(
    "ho-cit-per-guideline",
    HO,
    "cit",
    "Citalopram: managed per local guideline; no further comment required from primary care at present.",
    "a deferral and dismissal",
    bidi,
)
bad(
    "ho-vo-na",
    HO,
    "vo",
    "Valproate - N/A at present; not relevant to the current episode of care. Nil else.",
    "a dismissal of valproate in pregnancy",
    fw,
)

# ============================================================================================================
# a third sweep: harder shapes both ways.

ok(
    "rg-dzp-soap-nad",
    RG,
    "dzp",
    "S: Kayleigh, day 4 post delivery, on diazepam 5 mg tds and pregabalin 150 mg bd. O: baby's newborn check NAD; "
    "mild tremor day 3, settled. A: both medicines sedate her; late withdrawal possible to day 8. P: both continue, "
    "slow diazepam taper from 6/52; never a bed, sofa or armchair with the baby, no feeding lying down; foster carer "
    "does nights; foster carer and HV watch for withdrawal to day 8.",
    "SOAP note with 'NAD' as a finding",
)
ok(
    "rg-lith-li-abbrev",
    RG,
    "lith",
    "Li (Priadel) 800 mg nocte to continue - high risk of postpartum relapse off it. Li levels 4-weekly, weekly from "
    "36/40 and within 24 h of delivery. Paeds to review baby after birth for hypotonia, poor feeding and thyroid. "
    "Bottle feeding, as Li passes into breast milk.",
    "lithium abbreviated Li beside its brand",
)
ok(
    "ho-lith-bf-na-reasoned",
    HO,
    "lith",
    LITH.replace(
        "She will bottle feed, as lithium gets into breast milk.",
        "Breastfeeding: not applicable, as she has chosen to bottle feed because lithium gets into breast milk.",
    ),
    "'not applicable' for breastfeeding, with its reason",
    zwsp,
)
ok(
    "nm-cit-past-fluoxetine",
    NM,
    "cit",
    "Citalopram 20 mg daily continues; she took fluoxetine until 2023 but switched because of side effects, and her "
    "last attempt to stop an antidepressant led to relapse. Midwife to watch the baby for 48 h after birth for "
    "adaptation signs; breastfeeding supported; GP mood review at 6 weeks.",
    "a past medicine named as history, not one she takes",
)
ok(
    "rg-valp-epilim-chrono",
    RG,
    "vo",
    "Epilim Chrono (sodium valproate) 500 mg bd continues until the urgent neurology review - never stop it suddenly "
    "because of seizure risk. First-trimester exposure gives this baby a raised risk of spina bifida, other major "
    "malformations and later learning difficulties: fetal medicine review and a detailed anomaly scan requested. "
    "Folic acid 5 mg daily started today.",
    "valproate by brand and name in the overall conclusion",
)
bad(
    "ho-mo-all-per",
    HO,
    "mo",
    "Methadone and sertraline: plan as per MDT. Baby's care as per neonatal team protocol; feeding as per midwife; "
    "sleeping arrangements as per the health visitor's assessment.",
    "every part a pointer to someone else's plan",
    cyr,
)
bad(
    "cn-meth-bf-contraindicated",
    CN,
    "meth",
    METH.replace(
        "She can breastfeed on this steady dose and is encouraged to.",
        "Breastfeeding is contraindicated on methadone and she must bottle feed.",
    ),
    "breastfeeding forbidden against the record's own 'compatible and encouraged'",
)
bad(
    "cn-quet-dad-nights",
    CN,
    "quet",
    "Daniel's quetiapine 300 mg at night continues as before. Daniel does the night feeds so that Chloe can rest. "
    "The HV visits at 8 weeks.",
    "the sedated father given the night care",
    greek,
)
bad(
    "cn-valp-no-risk-yet",
    CN,
    "valp",
    "Sodium valproate 500 mg twice a day continues until neurology reviews it, as stopping suddenly risks seizures. "
    "There is no risk to the baby from valproate at this early stage of pregnancy. Folic acid 5 mg started today.",
    "first-trimester valproate exposure dismissed as no risk",
)
bad(
    "fa-sert-double",
    FA,
    "sert",
    SERT.replace("Sertraline 100 mg once daily", "Sertraline 200 mg once daily"),
    "the conclusion gives twice the listed 100 mg",
)
bad(
    "dt-mo-34-weeks-now",
    DT,
    "mo",
    "She is 34 weeks pregnant today. " + MO,
    "a present gestation five weeks from the record's 29+2",
    shy,
)
ok(
    "dt-mo-29-weeks-now",
    DT,
    "mo",
    "She is 29 weeks pregnant today. " + MO,
    "near miss: the present gestation the record gives",
)
bad(
    "dt-co-due-july",
    DT,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding; the baby is due in mid-July. Midwife to watch "
    "for adaptation signs for 48 hours after birth; GP mood review at the 6-week check.",
    "a due month three months from the EDD",
)
ok(
    "dt-co-due-april",
    DT,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding; the baby is due in early April. Midwife to "
    "watch for adaptation signs for 48 hours after birth; GP mood review at the 6-week check.",
    "near miss: the due month the EDD gives",
)
on(
    "rt-mllp-bare-host",
    RT,
    REFUSE,
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface"),
    "an MLLP host that is no fully qualified name",
)
on(
    "rt-fhir-ip",
    RT,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://10.20.30.40/fhir/R4"),
    "near miss: a FHIR base URL on a private IP address",
)
on(
    "at-obstetrician-nmc",
    AT,
    REFUSE,
    V,
    set_(
        "assessments#asm-valproate.author",
        {
            "name": {"prefix": "Dr", "given": ["Maria"], "family": "Costa"},
            "role": "obstetrician",
            "registration": {"body": "NMC", "number": "09A1234C"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Maternity Unit"},
        },
    ),
    "an obstetrician registered with the NMC",
)
on(
    "at-nurse-nmc",
    AT,
    PASS,
    M,
    set_(
        "assessments#asm-sertraline.author",
        {
            "name": {"given": ["Ruth"], "family": "Akande"},
            "role": "nurse",
            "registration": {"body": "NMC", "number": "16E3456G"},
            "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
        },
    ),
    "near miss: the practice nurse prescriber with an NMC PIN",
)

ok(
    "rg-quet-question-answer",
    RG,
    "quet",
    "Sedation? Yes: Daniel is very hard to wake after his quetiapine 300 mg at night. Safe sleep? He never sleeps "
    "with the baby on a bed, sofa or armchair and does no night feeds; Chloe does the nights, crib on her side. Who "
    "checks? The health visitor, at every visit until 8 weeks.",
    "questions each answered in the same line",
    cyr,
)
ok(
    "rg-fo-dont-plain",
    RG,
    "fo",
    "Kayleigh's diazepam and pregabalin carry on for now and make her very sleepy. Don't let her sleep with the baby "
    "in a bed, on the sofa or in an armchair, and don't let her feed the baby lying down; the foster carer does the "
    "night feeds. The baby could still show withdrawal until day 8 (shaking, poor feeding, crying that won't "
    "settle): the foster carer and HV watch for it, and the social worker has this plan too.",
    "plain English with contractions",
)
ok(
    "rg-po-leaflet-link",
    RG,
    "po",
    "Chloe takes only paracetamol, which is fine in breastfeeding and does not affect the baby. Daniel's quetiapine "
    "makes him very drowsy at night: he must never sleep with the baby on a bed, sofa or armchair and does no night "
    "feeds. The crib was seen and is safe; the HV checks it every visit and gave them the Lullaby Trust leaflet "
    "(www.lullabytrust.org.uk).",
    "a leaflet's web address inside a complete conclusion",
)
ok(
    "rg-meth-24h-times",
    RG,
    "meth",
    "Methadone 60 mg supervised at 0900 daily - no change before delivery. She is drowsiest 1100-1300, so the baby "
    "never sleeps in her bed or on the sofa, and the HV will see the cot at the first visit. Ward midwives score the "
    "baby for NAS for 72 h minimum after birth; HV for late signs to day 8. Breastfeeding encouraged.",
    "24-hour clock times",
)
on(
    "id-amend-who-when",
    ID,
    REFUSE,
    M,
    chain(
        set_("status", "amended"),
        set_("version", 2),
        set_("amendment_reason", "Amended by Dr Shah at Riverside Surgery on 2026-03-02."),
    ),
    "an amendment that says who and when, not what changed",
)
on("id-p-consent-yes", ID, REFUSE, P, set_("lawful_basis.justification", "Yes."), "'Yes.' as the justification")
on(
    "id-f-justification-as-discussed",
    ID,
    REFUSE,
    F,
    set_("lawful_basis.justification", "As discussed with the social worker."),
    "a justification that points to a conversation",
)

# ============================================================================================================
# a fourth sweep: present gestations, the baby's age and done events against the record's dates; pointers and
# "n/a" with reasons; sedated parents given the bed or the nights.

ok(
    "ho-quet-bf-na-reasoned",
    HO,
    "quet",
    "Breastfeeding: n/a, as the quetiapine is Daniel's. The risk is his sedation: he is very hard to wake after 300 "
    "mg at night, so he never sleeps with the baby on a bed, sofa or armchair and does no night feeds. Chloe does "
    "the nights, crib by her side; HV checks each visit.",
    "breastfeeding 'n/a' for the father's medicine, with the concern that applies answered",
)
ok(
    "ho-mo-plan-see-also",
    HO,
    "mo",
    "Plan (see also the drug service letter of 12 February): " + MO,
    "a pointer in a heading before a complete plan",
)
ok(
    "rg-fo-ico-shorthand",
    RG,
    "fo",
    "ICO in place, M&B in foster placement. Diazepam 5mg tds + pregabalin 150mg bd cont; both sedating so no "
    "co-sleeping on bed/sofa/armchair, no feeding lying down, FC does nights. Late withdrawal watch to D8 by FC and "
    "HV. SW, FC and HV all hold this plan.",
    "shorthand with ICO, M&B, FC and SW",
)
ok(
    "rg-valp-araf",
    RG,
    "valp",
    "Valproate 500mg bd - do NOT stop (seizure risk); cont until urgent neuro r/v. ARAF last signed 04/11/2025. Baby "
    "exposed in 1st trimester: ~1 in 10 major malformation, up to 4 in 10 neurodevelopmental problems; early FMU "
    "review + detailed anomaly scan booked. Folic acid 5mg started today.",
    "shorthand with the risk form and figures, and the plan for the unborn baby",
)
ok(
    "rg-cit-pnas",
    RG,
    "cit",
    "Citalopram 20mg OD - continue (relapsed when stopped before). Baby: obs for PNAS (poor neonatal adaptation) for "
    "48h post delivery by MW; BF fine; GP mood r/v 6/52 PN.",
    "PNAS spelt out once",
)
ok(
    "nm-sert-mirtazapine-considered",
    NM,
    "sert",
    SERT + " Mirtazapine was considered instead but not started, as sertraline works for her.",
    "near miss: another medicine named as considered and not started",
)
ok(
    "dt-co-32-weeks-today",
    DT,
    "co",
    "She is 32 weeks today. Citalopram 20 mg continues through pregnancy and breastfeeding. Midwife to watch the "
    "baby for adaptation signs for 48 hours after birth; GP mood review at the 6-week check.",
    "near miss: the present gestation the record gives",
)
bad(
    "dt-co-36-weeks-today",
    DT,
    "co",
    "She is 36 weeks today. Citalopram 20 mg continues through pregnancy and breastfeeding. Midwife to watch the "
    "baby for adaptation signs for 48 hours after birth; GP mood review at the 6-week check.",
    "a present gestation four weeks from the record's 32+1",
)
ok("dt-vo-8-40-today", DT, "vo", "8/40 today, unplanned. " + VO, "near miss: 8/40 as the record gives")
bad("dt-vo-12-40-today", DT, "vo", "12/40 today, unplanned. " + VO, "12/40 against the record's 8+0", zwsp)
ok(
    "dt-quet-10-days-old",
    DT,
    "quet",
    QUET + " The baby is now 10 days old and feeding well.",
    "near miss: the baby's age on the assessment's date",
)
bad(
    "dt-quet-3-weeks-old",
    DT,
    "quet",
    QUET + " The baby is now 3 weeks old and feeding well.",
    "the baby's age a week and a half past the assessment's date",
)
ok(
    "dt-meth-cot-seen-before",
    DT,
    "meth",
    METH + " The HV already saw the planned cot on 27 February 2026.",
    "near miss: a done event before the record",
)
bad(
    "dt-meth-cot-seen-after",
    DT,
    "meth",
    METH + " The HV checked the cot on 5 March 2026.",
    "a done event dated after the record was attested",
)
bad(
    "ho-sert-fine-fine",
    HO,
    "sert",
    "Sertraline 100 mg once daily continues. Baby: fine. Feeding: fine. Mood: fine. Nothing else.",
    "'fine' under every heading",
)
bad(
    "cn-lith-baby-will-be-fine",
    CN,
    "lith",
    LITH.replace(
        "The paediatric team reviews the baby after birth for floppiness, poor feeding and thyroid problems.",
        "The baby will be fine after birth and will let us know if anything is wrong.",
    ),
    "the baby's review after lithium replaced by reassurance and the baby as the only actor",
)
bad(
    "cn-dzp-bed-early-feed",
    CN,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, slow diazepam taper from 6 weeks. Kayleigh may have the "
    "baby in bed with her for the early morning feed only. Foster carer and HV watch for late withdrawal to day 8.",
    "bed sharing allowed for a sedated mother",
    bidi,
)
bad(
    "fa-meth-weekend-90",
    FA,
    "meth",
    METH.replace("60 mg daily", "60 mg daily (90 mg on Saturdays for the weekend take-home)"),
    "the conclusion gives a dose the dose line does not",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F132CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F132CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F132CASES):3}"
    )
