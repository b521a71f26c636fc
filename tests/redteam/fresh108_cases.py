"""A hundred-and-eighth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
fifteenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
About a third is good, complete work in every register that must pass; a third is hollow or disguised
conclusions; a third is names and facts (brands, misspellings, near misses, combination products, disguised
names, unrecognised products, impossible dates and routes, doses against the list), each with its twin:

* ``registers``: complete work as GP letters, SOAP, midwife shorthand, discharge summaries, pharmacist, HV,
  social worker, perinatal mental health and drug service letters (must pass), and copy-and-paste with edits;
* ``hollow``: non-answers, deferrals anywhere, dismissals, filler (refuse), with substantive twins;
* ``joint``: joint assessments and overall conclusions that drop a medicine (refuse), or name each (pass);
* ``plans``: no one and no time, withdrawn, left to her wish, a previous pregnancy's plan, medicines as actors,
  roles ruled out, timings that clash (refuse), with twins;
* ``names``: brand names, misspellings, combination products, invisible characters inside a name, unrecognised
  products, each against a near miss that is a different, harmless real medicine (pass);
* ``dates``: dates at every field's edge that cannot be true (refuse) and boundary dates that can (pass);
* ``routes``: a depot by mouth, a liquid injected, eye drops swallowed, a patch swallowed (refuse), and twins;
* ``doses``: doses in a conclusion against the list (tenfold, the split wrong, a pair swapped), and twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh108_cases`` for the counts per category.
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

F108CASES: list[Case] = []

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
    F108CASES.append(Case(f"f108-{name}", category, expect, base, mutate, why))


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


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f108") -> Mutation:
    """A medicine added to the postnatal record with nothing of concern, with or without a classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **fields))


def on_n(name: str, category: str, expect: Expect, mutate: Mutation, why: str) -> None:
    add(name, category, expect, N, mutate, why)


# ============================================================================================================
# registers: complete work in every register (pass); copy-paste with edits and registers with nothing in them
# (refuse).

ok(
    "rg-meth-gp-letter",
    RG,
    "meth",
    "Dear colleagues, I saw Jodie today at 29/40. She remains on methadone 60 mg daily, supervised, and is "
    "stable. We agreed she stays on this dose to term. The baby is likely to need NAS monitoring: please keep "
    "mother and baby in for 72 h of scoring on the postnatal ward, and HV to look for late signs to day 8. "
    "Breastfeeding is encouraged. Yours sincerely, Dr Shah",
    "a GP letter with the dose, the decision, the ward's and HV's parts",
)
ok(
    "rg-meth-soap",
    RG,
    "meth",
    "S: on methadone 60 mg od supervised, no on-top use. O: 29+2/40, engaged with drug service. A: stable; NAS "
    "likely. P: continue methadone unchanged; postnatal ward NAS scoring 72 h; no bed/sofa sharing after her "
    "dose, cot in parents' room (midwife to see at first home visit); BF encouraged.",
    "SOAP: assessment and plan with the people who act",
    zwsp,
)
ok(
    "rg-sert-midwife-shorthand",
    RG,
    "sert",
    "Sertraline 100 mg od - cont. Low risk to baby; BF ok. Paeds not needed routinely. MW to obs baby 24 h "
    "for jitteriness/poor feeding (PNAS) with the methadone obs. HV aware. Mood r/v by GP 6/52 pn.",
    "midwife shorthand, complete",
    fw,
)
ok(
    "rg-dzp-discharge-summary",
    RG,
    "dzp",
    "Discharge summary (SCBU to foster placement, day 4): baby exposed to diazepam 5 mg tds and pregabalin "
    "150 mg bd in utero. Withdrawal scores settled, no treatment needed. Plan: foster carer to give all care "
    "overnight; mum's contact supervised by day and never asleep with the baby; HV to see on day 6 and day 8 for "
    "late withdrawal; GP to review mum's diazepam and pregabalin reduction in 4 weeks.",
    "a discharge summary naming both medicines, the baby's course and each person's part",
)
ok(
    "rg-dzp-social-worker-note",
    RG,
    "dzp",
    "Case note (allocated SW): mum's prescribed diazepam and pregabalin make her drowsy. Contact plan: "
    "supervised contact three times a week at the family centre; she must not feed or hold the baby lying down "
    "or when sleepy. Foster carer has the baby overnight. HV will share late withdrawal checks with me by "
    "day 8; GP reviews her doses next month.",
    "a social worker's note with the medicines, the contact rules and the professionals",
    cyr,
)
ok(
    "rg-quet-partner-assessment",
    RG,
    "quet",
    "Partner assessment: Daniel takes quetiapine 300 mg at night and is heavily sedated for around 8 hours. He "
    "will not do night feeds or sleep with the baby in the bed or on the sofa; Chloe does night care. He is well "
    "and caring by day. HV to review the sleeping arrangements at the new birth visit.",
    "a partner assessment: sedation, who does nights, the HV's check",
)
ok(
    "rg-lith-pmh-letter",
    RG,
    "lith",
    "Perinatal mental health clinic letter: Rebecca stays on lithium (Priadel 800 mg nocte) given her high "
    "postpartum relapse risk. Levels 4-weekly, weekly from 36/40, and 12 h post-delivery; obstetric team to "
    "stop lithium at onset of labour and restart after. Neonatal team to check the baby's tone, feeding and "
    "thyroid; formula feeding as planned. PMH nurse to visit weekly for 6 weeks postnatally.",
    "a perinatal mental health letter, complete",
    cyr,
)
ok(
    "rg-valp-pharmacist-note",
    RG,
    "valp",
    "Pharmacist note: sodium valproate 500 mg bd, unplanned pregnancy at 8/40. Fetal exposure in the first "
    "trimester is established: risk of malformations and developmental delay. Not stopped abruptly. Urgent "
    "neurology review (referred today) to consider switching; folic acid 5 mg started; detailed anomaly scan "
    "at 20/40 by the fetal medicine unit.",
    "a pharmacist's note: exposure, risk, urgent actions by name",
    shy,
)
ok(
    "rg-cit-hv-note",
    RG,
    "cit",
    "HV antenatal contact: citalopram 20 mg daily continues; mood good. Explained a small risk of poor "
    "neonatal adaptation - midwives will observe baby for 24 h after birth. Breastfeeding is fine on "
    "citalopram. I will review mood at the new birth visit and at 6-8 weeks.",
    "an HV note with the observation plan and review",
)
ok(
    "rg-mo-drug-service-letter",
    RG,
    "mo",
    "Drug service to GP and maternity: Jodie is stable on methadone 60 mg daily (supervised) and takes "
    "sertraline 100 mg for mood. Both continue. Baby to be scored for neonatal withdrawal for 72 h on the "
    "postnatal ward; breastfeeding supported; no co-sleeping after her dose. Her keyworker will attend the "
    "pre-birth planning meeting at 32/40.",
    "a drug service letter naming both medicines and the plan",
)
bad(
    "rg-sert-paste-methadone-edit",
    RG,
    "sert",
    "Sertraline 60 mg daily, supervised, continues unchanged; the baby will be observed for withdrawal for at "
    "least 72 hours on the postnatal ward, and the health visitor will check for late signs up to day 8.",
    "the methadone plan pasted with the name swapped: a supervised 60 mg sertraline dose is not hers",
)
bad(
    "rg-meth-soap-empty",
    RG,
    "meth",
    "S: methadone. O: see notes. A: as before. P: as before.",
    "SOAP headings with nothing under them",
    bidi,
)
bad(
    "rg-lith-letter-shell",
    RG,
    "lith",
    "Dear colleague, thank you for asking me to see this lady regarding her lithium. I have seen her and "
    "discussed matters. Kind regards.",
    "a letter with no content",
)
bad(
    "rg-quet-partner-template",
    RG,
    "quet",
    "Partner assessment: [insert medicine] [insert impact on baby] [insert plan]. Quetiapine.",
    "an unfilled template",
)

# ============================================================================================================
# hollow: non-answers, deferrals anywhere, dismissals, filler.

bad(
    "ho-meth-deferral-mid",
    HO,
    "meth",
    "Methadone: the plan for mother and baby is set out in full in the Hampton drug service letter of "
    "28 February, which should be read alongside this record.",
    "a deferral in the middle of a sentence; nothing decided here",
    greek,
)
ok(
    "ho-meth-letter-plus-plan",
    HO,
    "meth",
    "Methadone 60 mg daily continues (drug service letter 28/2 agrees). Baby: NAS scoring for 72 h on the "
    "postnatal ward and HV checks to day 8; breastfeeding encouraged; no bed-sharing after her dose.",
    "twin: the letter is mentioned and the plan is here",
)
bad(
    "ho-sert-dismissal-long",
    HO,
    "sert",
    "There are no particular issues arising from the sertraline that would need to be flagged to anyone at "
    "this stage of the pregnancy.",
    "a dismissal with no reason, padded",
    cyr,
)
ok(
    "ho-sert-no-concern-with-reason",
    HO,
    "sert",
    "No specific concern about sertraline 100 mg: it is one of the preferred antidepressants in pregnancy and "
    "breastfeeding. Midwives to watch the baby for jitteriness or poor feeding in the first 24 h; GP reviews "
    "her mood at 36/40.",
    "twin: 'no concern' with a reason and a plan",
)
bad(
    "ho-dzp-filler",
    HO,
    "dzp",
    "Diazepam pregabalin noted noted noted. Assessment assessment completed completed. Plan plan as discussed "
    "discussed discussed.",
    "repetition filler",
)
bad(
    "ho-dzp-awaiting",
    HO,
    "dzp",
    "Diazepam and pregabalin: awaiting input from the foster team and the drug service before any view is "
    "formed about the baby.",
    "a deferral to others, nothing formed",
    zwsp,
)
bad(
    "ho-valp-na-long",
    HO,
    "valp",
    "Valproate: this section is not considered applicable to the current circumstances of this pregnancy.",
    "a long-form not applicable for a teratogen in the first trimester",
)
bad(
    "ho-lith-ongoing",
    HO,
    "lith",
    "Lithium: situation ongoing, under review, monitoring continues, will update in due course.",
    "phrases with no plan, no one and no time",
    fw,
)
bad(
    "ho-cit-for-info",
    HO,
    "cit",
    "For information only: citalopram is prescribed. No action required by receiving clinicians.",
    "says no one need act; no view on the baby",
)
ok(
    "ho-cit-short-complete",
    HO,
    "cit",
    "Citalopram 20 mg od to continue. Baby: midwife obs 24 h for PNAS (jittery, poor feeding). BF fine. "
    "Mood r/v by GP at 36/40.",
    "twin: short and complete",
    greek,
)
bad(
    "ho-quet-lorem",
    HO,
    "quet",
    "Quetiapine lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "filler text after the name",
)
bad(
    "ho-valp-see-neuro",
    HO,
    "valp",
    "In summary, regarding sodium valproate: kindly see the neurology correspondence for the outcome.",
    "'in summary' followed by a deferral",
    cyr,
)

# ============================================================================================================
# joint: joint assessments and overall conclusions that drop a medicine, or name each.

bad(
    "jt-dzp-drops-pregabalin",
    JT,
    "dzp",
    "Diazepam 5 mg tds causes daytime drowsiness, so the foster carer does all night care and the baby never "
    "sleeps with mum. HV to look for late withdrawal to day 8; GP plans a slow reduction.",
    "a joint assessment of two medicines that names one",
    shy,
)
ok(
    "jt-dzp-headed-both",
    JT,
    "dzp",
    "Diazepam: 5 mg tds, drowsy; GP to plan a slow taper from next month.\nPregabalin: 150 mg bd, adds to the "
    "drowsiness; not to be stopped suddenly.\nBaby: foster carer does all night care; HV checks for late "
    "withdrawal until day 8.",
    "twin: each medicine under its own heading, the baby's plan after",
)
bad(
    "jt-mo-drops-sertraline",
    JT,
    "mo",
    "Methadone continues at 60 mg daily. Baby to be observed for withdrawal for 72 h on the postnatal ward; "
    "breastfeeding encouraged; no sofa or bed sharing after her dose; HV to check for late signs.",
    "the overall conclusion leaves out sertraline",
)
ok(
    "jt-mo-both-bullets",
    JT,
    "mo",
    "- Methadone 60 mg daily: continue; NAS scoring 72 h on the postnatal ward; HV late checks to day 8.\n"
    "- Sertraline 100 mg daily: continue; midwife to note any jitteriness.\n"
    "- Breastfeeding encouraged; no bed/sofa sharing after her methadone dose.",
    "twin: bullets naming both",
    shy,
)
bad(
    "jt-fo-drops-diazepam",
    JT,
    "fo",
    "Pregabalin makes mum drowsy: foster carer does all overnight care; supervised contact only; HV checks "
    "the baby for late withdrawal until day 8.",
    "the overall conclusion drops diazepam",
    zwsp,
)
ok(
    "jt-fo-both",
    JT,
    "fo",
    "Mum's diazepam and pregabalin both sedate: the foster carer does all overnight care, contact is "
    "supervised and never with mum asleep, and the HV checks the baby for late withdrawal to day 8. GP will "
    "start a diazepam taper next month.",
    "twin: names both",
)
bad(
    "jt-mo-the-two",
    JT,
    "mo",
    "Both of her medicines continue unchanged. The baby will be scored for withdrawal for 72 h on the ward and "
    "the HV will check for late signs; breastfeeding is encouraged.",
    "'both of her medicines' names neither",
)
bad(
    "jt-fo-benzo-and-gabapentinoid",
    JT,
    "fo",
    "Her benzodiazepine and gabapentinoid both sedate: carer does nights, contact supervised, HV checks for "
    "late withdrawal to day 8.",
    "class names instead of the medicines",
)

# ============================================================================================================
# plans: who, when, withdrawn, her wish, a previous pregnancy, medicines as actors, roles ruled out, timing.

bad(
    "pl-meth-no-one-no-time",
    PL,
    "meth",
    "Methadone 60 mg daily continues. Withdrawal monitoring should be arranged at some point and safe sleep "
    "advice given as appropriate.",
    "no one acts and no time is set",
    cyr,
)
bad(
    "pl-meth-withdrawn",
    PL,
    "meth",
    "Methadone 60 mg daily continues; NAS scoring for 72 h on the postnatal ward was planned, but this plan has "
    "now been withdrawn and no replacement agreed.",
    "the plan is withdrawn with nothing in its place",
)
ok(
    "pl-meth-plan-replaced",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The 72 h ward stay was replaced after her request: transitional care "
    "for 72 h with NAS scoring by the neonatal nurses, then HV checks to day 8. No bed-sharing after her dose.",
    "twin: the plan changed and the new one is stated",
)
bad(
    "pl-lith-her-wish",
    PL,
    "lith",
    "Lithium: whether to continue through the third trimester and how to feed the baby are left to her to "
    "decide when she feels ready.",
    "left to her wish; no clinical decision or safety plan",
    zwsp,
)
ok(
    "pl-lith-shared-decision",
    PL,
    "lith",
    "After discussion Rebecca chose to continue lithium 800 mg at night; we agree given her relapse history. "
    "Levels weekly from 36/40 and within 12 h of delivery; the paediatrician reviews the baby before "
    "discharge; formula feeding, as lithium passes into milk.",
    "twin: her choice, recorded, with the plan that follows",
    bidi,
)
bad(
    "pl-valp-last-pregnancy",
    PL,
    "valp",
    "Sodium valproate: the plan is as in her 2021 pregnancy, which went well, with the same scans and the same "
    "neurology follow-up.",
    "a previous pregnancy's plan stands in for this one",
)
ok(
    "pl-valp-this-pregnancy",
    PL,
    "valp",
    "Sodium valproate 500 mg bd: this pregnancy was unplanned and exposure at 8/40 is established. Do not stop "
    "abruptly. Neurology to review within 2 weeks about switching; fetal medicine anomaly scan at 20/40; "
    "folic acid 5 mg daily to 12/40.",
    "twin: this pregnancy's plan",
)
bad(
    "pl-dzp-medicines-act",
    PL,
    "dzp",
    "Diazepam and pregabalin will look after the mother's anxiety and pain, and will settle down by themselves "
    "once the baby is home.",
    "medicines as actors; no person does anything for the baby",
    greek,
)
bad(
    "pl-quet-hv-ruled-out",
    PL,
    "quet",
    "Dad's quetiapine 300 mg at night: no health visitor involvement is needed and no one will review the "
    "sleeping arrangements.",
    "every role ruled out for a sedated father of a newborn",
)
ok(
    "pl-quet-hv-in",
    PL,
    "quet",
    "Dad's quetiapine 300 mg at night sedates him: he never shares a bed or sofa with the baby; mum does night "
    "feeds. HV to review the crib and night routine at the new birth visit (day 10-14).",
    "twin: the HV's part and time stated",
    zwsp,
)
bad(
    "pl-meth-timing-clash",
    PL,
    "meth",
    "Methadone 60 mg daily continues. Baby to be discharged home at 24 hours and observed on the postnatal ward "
    "for withdrawal for 72 hours; HV to visit on day 10.",
    "discharge at 24 h and 72 h ward observation cannot both happen",
)
bad(
    "pl-cit-timing-clash",
    PL,
    "cit",
    "Citalopram 20 mg continues. Baby to go home 6 hours after birth, and midwives to observe the baby on the "
    "postnatal ward for 24 hours for poor neonatal adaptation. BF fine; GP mood review at 36/40.",
    "discharge at 6 h and 24 h ward observation cannot both happen",
)
bad(
    "pl-sert-someone",
    PL,
    "sert",
    "Sertraline 100 mg continues. Someone should keep an eye on the baby after birth and somebody will review "
    "her mood later on.",
    "'someone' and 'later on'",
    shy,
)
ok(
    "pl-sert-named",
    PL,
    "sert",
    "Sertraline 100 mg od continues. Postnatal midwives observe the baby for 24 h for jitteriness and poor "
    "feeding; breastfeeding is fine. GP reviews her mood at the 6-week check.",
    "twin: named people and times",
)

# ============================================================================================================
# names: brands and misspellings of concern classified as harmless (refuse), near misses that are different
# harmless medicines (pass), combination products, invisible characters, unrecognised products.

_HARMLESS = "Bought for a short course; the pharmacist has checked it is not of concern while breastfeeding."

for _slug, _name, _dose in [
    ("brimisol-tramadol", "Brimisol PR 100mg tablets", "100 mg twice a day"),
    ("curatil-carbamazepine", "Curatil Prolonged Release 200mg tablets", "200 mg twice a day"),
    ("dothapax-dosulepin", "Dothapax 75mg tablets", "75 mg at night"),
    ("arava-leflunomide", "Arava 10mg tablets", "10 mg once daily"),
    ("busiete-buprenorphine", "Busiete 2mg sublingual tablets", "2 mg once daily"),
    ("liskantin-primidone", "Liskantin Saft 25mg/ml oral suspension", "250 mg at night"),
    ("misspelt-tramadole", "Tramadole 50mg capsules", "50 mg four times a day"),
    ("misspelt-carbamazapine", "Carbamazapine 200mg tablets", "200 mg twice a day"),
    ("combo-paracetamol-codeine", "Paracetamol and codeine 500mg/30mg tablets", "Two tablets four times a day"),
    ("zw-tramadol", "Tra\u200bma\u200bdol 50mg capsules", "50 mg four times a day"),
    ("cyrillic-gabapentin", "G\u0430bapentin 300mg capsules", "300 mg three times a day"),
    ("shy-dosulepin", "Dosu\u00adlepin 75mg tablets", "75 mg at night"),
]:
    on_n(
        f"nm-{_slug}-called-harmless",
        NM,
        REFUSE,
        extra(_name, _dose, _HARMLESS),
        f"a medicine of concern ({_name!r}) classified as harmless instead of being assessed",
    )

for _slug, _name, _dose, _reason in [
    ("pregaday-not-pregabalin", "Pregaday tablets", "One tablet daily", "Iron and folic acid for postnatal anaemia."),
    (
        "carbocisteine-not-carbamazepine",
        "Carbocisteine 375mg capsules",
        "Two capsules three times a day",
        "A mucolytic for her chest; no sedation and compatible with breastfeeding.",
    ),
    (
        "tranexamic-not-tramadol",
        "Tranexamic acid 500mg tablets",
        "1 g three times a day for 4 days",
        "For heavy lochia; compatible with breastfeeding, not sedating.",
    ),
    (
        "loratadine-not-lorazepam",
        "Loratadine 10mg tablets",
        "10 mg once daily",
        "A non-sedating antihistamine for hay fever; compatible with breastfeeding.",
    ),
    (
        "lansoprazole-not-lamotrigine",
        "Lansoprazole 15mg capsules",
        "15 mg once daily",
        "For reflux; compatible with breastfeeding, no effect on the baby's alertness.",
    ),
    (
        "mebeverine-not-methadone",
        "Mebeverine 135mg tablets",
        "135 mg three times a day",
        "For bowel spasm; minimal passage into milk, not sedating.",
    ),
]:
    on_n(f"nm-{_slug}", NM, PASS, extra(_name, _dose, _reason), "a harmless medicine near a worrying name, classified")

on_n(
    "nm-raspberry-leaf-unclassified",
    NM,
    REFUSE,
    extra("Raspberry leaf capsules (bought online)", "Two capsules daily", None),
    "an unrecognised product with no classification",
)
on_n(
    "nm-raspberry-leaf-classified",
    NM,
    PASS,
    extra(
        "Raspberry leaf capsules (bought online)",
        "Two capsules daily",
        "A herbal supplement with no sedative, opioid or hormonal action; she will stop it if the baby feeds "
        "poorly. Midwife aware.",
    ),
    "twin: the same product with the clinician's classification",
)
add(
    "nm-rewisca-pregabalin-brand",
    NM,
    PASS,
    F,
    set_("medicines#med-pregabalin.name", "Rewisca 75mg capsules"),
    "pregabalin by a brand; the conclusion names pregabalin",
)
add(
    "nm-synastone-methadone-brand",
    NM,
    PASS,
    M,
    set_("medicines#med-methadone.name", "Synastone 1mg/ml oral solution"),
    "methadone by a brand; the conclusions name methadone",
)
add(
    "nm-pregabaline-misspelt-assessed",
    NM,
    PASS,
    F,
    set_("medicines#med-pregabalin.name", "Pregabaline 75mg capsules"),
    "a misspelt pregabalin on the list, assessed and named",
)
add(
    "nm-sertraline-swapped-for-sumatriptan",
    NM,
    REFUSE,
    M,
    set_("medicines#med-sertraline.name", "Sumatriptan 50mg tablets"),
    "the listed product is a different real medicine from the one the assessment names",
)

# ============================================================================================================
# dates: at every field's edge.


def _d(path: str, value: str) -> Mutation:
    return set_(path, value)


add("dt-delivery-tomorrow", DT, REFUSE, F, _d("pregnancy.delivery_date", "2026-12-04"), "delivery in the future")
add(
    "dt-delivery-on-assessment-day",
    DT,
    PASS,
    F,
    _d("pregnancy.delivery_date", "2026-06-12"),
    "delivery on the day of the assessment: possible",
)
add("dt-assessment-feb-30", DT, REFUSE, M, _d("assessments#asm-methadone.date", "2026-02-30"), "no 30 February")
add(
    "dt-assessment-29-feb-nonleap",
    DT,
    REFUSE,
    M,
    _d("assessments#asm-sertraline.date", "2026-02-29"),
    "2026 is not a leap year",
)
add("dt-edd-20-weeks-off", DT, REFUSE, V, _d("pregnancy.edd", "2027-05-19"), "EDD 20 weeks from the gestation")
add("dt-edd-one-day-off", DT, PASS, V, _d("pregnancy.edd", "2026-12-29"), "a day's difference: dating rounding")
add(
    "dt-attested-tomorrow",
    DT,
    REFUSE,
    L,
    _d("attestation.at", "2026-12-04T09:00:00+00:00"),
    "attested after today",
)
add(
    "dt-attested-before-assessment",
    DT,
    REFUSE,
    L,
    _d("attestation.at", "2026-05-05T12:25:00+00:00"),
    "attested the day before the assessment it attests",
)
add(
    "dt-attested-same-minute-as-update",
    DT,
    PASS,
    L,
    _d("attestation.at", "2026-05-06T12:30:00+00:00"),
    "attestation at the minute of the last update: possible",
)
add(
    "dt-mother-a-day-short-of-ten",
    DT,
    REFUSE,
    V,
    _d("mother.birth_date", "2016-05-21"),
    "nine years old on the day of the update",
)
add("dt-mother-aged-sixty-six", DT, REFUSE, V, _d("mother.birth_date", "1960-05-03"), "a 66-year-old natural pregnancy")
add("dt-mother-aged-forty-five", DT, PASS, V, _d("mother.birth_date", "1981-01-15"), "45 years old: possible")
add(
    "dt-started-in-future",
    DT,
    REFUSE,
    N,
    _d("medicines#med-lactulose.started", "2026-12-20"),
    "a medicine started after today",
)
add(
    "dt-started-on-delivery-day",
    DT,
    PASS,
    N,
    _d("medicines#med-lactulose.started", "2026-04-02"),
    "started on the day of delivery",
)
add(
    "dt-assessment-before-conception",
    DT,
    REFUSE,
    V,
    chain(_d("assessments#asm-valproate.date", "2025-11-20"), _d("overall_conclusion.date", "2025-11-20")),
    "an assessment of this pregnancy months before conception",
)
add(
    "dt-assessment-at-seven-weeks",
    DT,
    PASS,
    V,
    _d("assessments#asm-valproate.date", "2026-05-13"),
    "assessed at 7 weeks, a week before the recorded gestation: possible",
)
add(
    "dt-consent-recorded-future",
    DT,
    REFUSE,
    N,
    _d("lawful_basis.recorded_on", "2026-12-31"),
    "consent recorded after today",
)
add(
    "dt-consent-on-delivery-day",
    DT,
    PASS,
    N,
    _d("lawful_basis.recorded_on", "2026-04-02"),
    "consent recorded on the day of delivery: possible",
)

# ============================================================================================================
# routes: forms given by a route they cannot take, and their twins.

add(
    "rt-methadone-iv",
    RT,
    REFUSE,
    M,
    _d("medicines#med-methadone.dose", "60 mg (60 ml) intravenously once daily, supervised"),
    "an oral solution injected",
)
add(
    "rt-methadone-by-mouth",
    RT,
    PASS,
    M,
    _d("medicines#med-methadone.dose", "60 mg (60 ml) by mouth once daily, supervised consumption"),
    "twin: the oral solution by mouth",
)
add(
    "rt-diazepam-im",
    RT,
    REFUSE,
    F,
    _d("medicines#med-diazepam.dose", "5 mg by intramuscular injection three times a day"),
    "tablets injected",
)
add(
    "rt-lactulose-iv",
    RT,
    REFUSE,
    N,
    _d("medicines#med-lactulose.dose", "15 ml intravenously twice a day"),
    "an oral solution given IV",
)
on_n(
    "rt-depo-provera-by-mouth",
    RT,
    REFUSE,
    extra(
        "Medroxyprogesterone acetate 150mg/1ml suspension for injection",
        "150 mg by mouth every 12 weeks",
        "Postnatal contraception; progestogen-only, compatible with breastfeeding.",
    ),
    "a depot injection taken by mouth",
)
on_n(
    "rt-depo-provera-im",
    RT,
    PASS,
    extra(
        "Medroxyprogesterone acetate 150mg/1ml suspension for injection",
        "150 mg by deep intramuscular injection every 12 weeks",
        "Postnatal contraception; progestogen-only, compatible with breastfeeding.",
    ),
    "twin: the depot given IM",
)
on_n(
    "rt-chloramphenicol-drops-swallowed",
    RT,
    REFUSE,
    extra(
        "Chloramphenicol 0.5% eye drops",
        "One drop orally four times a day",
        "For conjunctivitis; tiny systemic dose, compatible with breastfeeding.",
    ),
    "eye drops swallowed",
)
on_n(
    "rt-chloramphenicol-drops-in-eye",
    RT,
    PASS,
    extra(
        "Chloramphenicol 0.5% eye drops",
        "One drop into both eyes four times a day for 5 days",
        "For conjunctivitis; tiny systemic dose, compatible with breastfeeding.",
    ),
    "twin: eye drops in the eye",
)
on_n(
    "rt-nicotine-patch-swallowed",
    RT,
    REFUSE,
    extra(
        "Nicotine 21mg/24hours transdermal patches",
        "One patch swallowed each morning",
        "Smoking cessation; nicotine replacement is safer than smoking while breastfeeding.",
    ),
    "a patch swallowed",
)
on_n(
    "rt-nicotine-patch-applied",
    RT,
    PASS,
    extra(
        "Nicotine 21mg/24hours transdermal patches",
        "Apply one patch each morning to clean skin; remove at bedtime",
        "Smoking cessation; nicotine replacement is safer than smoking while breastfeeding.",
    ),
    "twin: the patch applied",
)
bad(
    "rt-dzp-conclusion-patch",
    RT,
    "dzp",
    "The diazepam patch and pregabalin 150 mg bd continue; both sedate. Foster carer does nights; HV checks for "
    "late withdrawal to day 8; GP to review doses next month.",
    "a conclusion naming a patch for tablets",
)
ok(
    "rt-dzp-conclusion-tablets",
    RT,
    "dzp",
    "Diazepam 5 mg tablets tds and pregabalin 150 mg bd continue; both sedate. Foster carer does nights; HV "
    "checks for late withdrawal to day 8; GP to review both doses next month.",
    "twin: the form on the list",
)

# ============================================================================================================
# doses: in the conclusion against the list.

bad(
    "ds-meth-tenfold",
    DS,
    "meth",
    "Methadone 600 mg daily continues supervised. Baby: NAS scoring 72 h on the postnatal ward, HV to day 8; "
    "breastfeeding encouraged; no bed-sharing after her dose.",
    "tenfold the listed dose",
    cyr,
)
ok(
    "ds-meth-right",
    DS,
    "meth",
    "Methadone 60 mg daily continues supervised. Baby: NAS scoring for 72 hours on the postnatal ward, HV to "
    "day 8; breastfeeding encouraged; no bed sharing after her dose.",
    "twin: the listed dose",
    zwsp,
)
bad(
    "ds-dzp-split-wrong",
    DS,
    "dzp",
    "Pregabalin 150 mg three times a day and diazepam 5 mg tds both sedate her: foster carer does nights; HV "
    "checks for late withdrawal to day 8; GP to review next month.",
    "pregabalin is 150 mg twice a day, not three times",
)
ok(
    "ds-dzp-split-right",
    DS,
    "dzp",
    "Pregabalin 150 mg twice a day (300 mg a day) and diazepam 5 mg tds both sedate her: foster carer does "
    "nights; HV checks for late withdrawal to day 8; GP to review next month.",
    "twin: the split as listed",
)
bad(
    "ds-mo-pair-swapped",
    DS,
    "mo",
    "Methadone 100 mg daily continues. Sertraline 60 mg daily continues. Baby: withdrawal scoring 72 h on the "
    "ward, HV checks to day 8, breastfeeding encouraged, no bed sharing after her dose.",
    "the two doses swapped between the medicines",
    zwsp,
)
ok(
    "ds-mo-pair-right",
    DS,
    "mo",
    "Methadone 60 mg daily continues. Sertraline 100 mg daily continues. Baby: withdrawal scoring for 72 h on "
    "the ward, HV checks to day 8, breastfeeding encouraged, no bed sharing after her dose.",
    "twin: each dose its own",
)
bad(
    "ds-lith-tenfold",
    DS,
    "lith",
    "Lithium 8000 mg at night continues; levels weekly from 36/40; paediatric review of the baby before "
    "discharge; formula feeding.",
    "tenfold",
)
ok(
    "ds-lith-two-tablets",
    DS,
    "lith",
    "Lithium 800 mg at night (two 400 mg Priadel) continues; levels weekly from 36/40; paediatric review of "
    "the baby before discharge; formula feeding.",
    "twin: the dose and tablets as listed",
)
bad(
    "ds-quet-tenth",
    DS,
    "quet",
    "Quetiapine 30 mg at night sedates dad: no bed or sofa sharing with the baby; mum does night feeds; HV to "
    "check the sleeping arrangements at the new birth visit.",
    "a tenth of the listed dose",
)
ok(
    "ds-quet-right",
    DS,
    "quet",
    "Quetiapine 300 mg at night sedates dad: no bed or sofa sharing with the baby; mum does night feeds; HV to "
    "check the sleeping arrangements at the new birth visit.",
    "twin: the listed dose",
)
bad(
    "ds-cit-tenfold",
    DS,
    "cit",
    "Citalopram 200 mg once daily continues; midwives observe the baby for 24 h; breastfeeding fine; GP mood "
    "review at 36/40.",
    "tenfold",
    fw,
)
bad(
    "ds-valp-daily-total-as-dose",
    DS,
    "valp",
    "Valproate 1000 mg twice a day: exposure established at 8/40; neurology review within 2 weeks; anomaly "
    "scan at 20/40; folic acid 5 mg.",
    "the day's total written as each dose",
)
ok(
    "ds-valp-daily-total",
    DS,
    "valp",
    "Valproate 1000 mg a day (500 mg bd): exposure established at 8/40; neurology review within 2 weeks; "
    "anomaly scan at 20/40 by fetal medicine; folic acid 5 mg daily.",
    "twin: the day's total as a day's",
)


# ============================================================================================================
# second pass: more of each, written after a first look at the counts (not at the verdicts' reasons).

bad(
    "ho-sert-deferral-after-semicolon",
    HO,
    "sert",
    "Sertraline 100 mg once daily continues; for what this means for the baby, refer to the maternity notes.",
    "the only words about the baby are a deferral after a semicolon",
)
bad(
    "pl-lith-next-pregnancy",
    PL,
    "lith",
    "Lithium: in any future pregnancy she should be referred to perinatal mental health before conception and "
    "have levels checked monthly from the first trimester.",
    "a plan for a future pregnancy, nothing for this one",
    cyr,
)
bad(
    "pl-quet-dad-does-nights",
    PL,
    "quet",
    "Quetiapine 300 mg at night for dad. To let mum rest, dad will do all the night feeds and settle the baby "
    "beside him in the big bed; HV to visit at 6 weeks.",
    "the sedated father is given the night care and bed-sharing: a plan against the concern",
)
bad(
    "jt-mo-ssri-for-sertraline",
    JT,
    "mo",
    "Methadone 60 mg daily and her SSRI continue. Baby: withdrawal scoring 72 h on the postnatal ward, HV "
    "checks to day 8; breastfeeding encouraged; no bed sharing after her methadone dose.",
    "sertraline only as its class",
)
bad(
    "ds-mo-sertraline-tenfold-in-pair",
    DS,
    "mo",
    "Methadone 60 mg and sertraline 1000 mg daily both continue. Baby: withdrawal scoring for 72 h on the "
    "ward; HV checks to day 8; breastfeeding encouraged; no bed sharing after her dose.",
    "the second medicine's dose tenfold in a pair",
)
bad(
    "ds-quet-ml-for-tablets",
    DS,
    "quet",
    "Quetiapine 300 ml at night sedates dad: no bed or sofa sharing with the baby; mum does night feeds; HV to "
    "check the crib at the new birth visit.",
    "a volume for tablets",
)
add(
    "rt-sertraline-inhaled",
    RT,
    REFUSE,
    M,
    _d("medicines#med-sertraline.dose", "Two puffs (100 mg) once daily"),
    "tablets inhaled",
)
add(
    "rt-sertraline-swallowed",
    RT,
    PASS,
    M,
    _d("medicines#med-sertraline.dose", "Two tablets (100 mg) swallowed whole once daily"),
    "twin: tablets swallowed",
)
for _slug, _name, _dose in [
    ("tramquel-tramadol", "Tramquel SR 100mg tablets", "100 mg twice a day"),
    ("cynril-fentanyl", "Cynril 100microgram sublingual tablets", "100 micrograms when needed"),
]:
    on_n(
        f"nm-{_slug}-called-harmless",
        NM,
        REFUSE,
        extra(_name, _dose, _HARMLESS),
        f"a medicine of concern ({_name!r}) classified as harmless instead of being assessed",
    )
add(
    "dt-gestation-dated-future",
    DT,
    REFUSE,
    V,
    chain(_d("pregnancy.gestation.on", "2026-12-05")),
    "a gestation measured on a day after today",
)
add(
    "dt-overall-before-assessments",
    DT,
    REFUSE,
    M,
    _d("overall_conclusion.date", "2026-02-27"),
    "the overall conclusion written before the assessments it concludes",
)
add(
    "dt-updated-forty-minutes-before-attestation",
    DT,
    PASS,
    M,
    _d("updated", "2026-03-02T16:00:00+00:00"),
    "a stale save time the same day: a warning (MA015), the conclusions are not in doubt",
)
ok(
    "rg-vo-neurology-letter",
    RG,
    "vo",
    "Neurology and GP joint view: sodium valproate 500 mg bd has exposed this pregnancy in the first "
    "trimester. Do not stop it suddenly (seizure risk to mother and baby). Neurology clinic within 2 weeks to "
    "plan a switch; fetal medicine scan at 20/40; folic acid 5 mg to 12/40; pregnancy prevention discussed "
    "for after the birth.",
    "a joint neurology/GP overall conclusion, complete",
)
ok(
    "rg-po-hv-handover",
    RG,
    "po",
    "HV handover: the baby's father takes quetiapine 300 mg nocte and is very drowsy overnight. Agreed: mum "
    "does all night feeds, baby in her own crib, dad never naps with her on the sofa. HV to recheck at the "
    "6-8 week contact; GP aware. Mum's paracetamol raises no concern.",
    "an HV handover, complete",
    fw,
)
ok(
    "rg-co-soap",
    RG,
    "co",
    "A: citalopram 20 mg od, mood stable at 32/40. P: continue citalopram; midwives observe baby 24 h for "
    "poor neonatal adaptation; breastfeeding supported; GP mood r/v 6/52 postnatal; HV informed.",
    "SOAP A/P for the overall conclusion",
)
ok(
    "rg-fo-foster-placement",
    RG,
    "fo",
    "Placement plan: mum takes diazepam 5 mg tds and pregabalin 150 mg bd, both sedating. Baby placed with "
    "foster carer; supervised contact only, never while mum is drowsy. HV sees baby day 6 and day 8 for late "
    "withdrawal; SW reviews contact at 4 weeks; GP reviews mum's doses next month.",
    "a foster placement overall conclusion, complete",
    greek,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F108CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F108CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F108CASES):3}"
    )
