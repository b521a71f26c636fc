"""A fifty-fourth independent "fresh" batch of red-team cases for the share gate: medicine names as clinicians
write them, seventh sweep, and the record's structure at its edges.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the examples and the reference code lists
(codelists-more/brand-names.csv), not from the gate's code or its word lists. Brands were picked from those no
earlier batch names. Categories, each both ways:

* ``brands``: unused brands of concern listed unassessed with a reason that does not clear them (refuse), or
  standing for the assessed medicine and concluded on by brand or ingredient (pass);
* ``vmp-salt``: dm+d VMP strengths and forms, "sugar free", salts and abbreviations of the assessed medicine;
* ``slips``: one-letter slips, transposed and doubled letters, missing spaces and hyphens, both ways;
* ``combination``: combination products split and whole, both ways;
* ``partner``: a partner's sedating medicine by brand, assessed (pass) or only listed (refuse);
* ``unrecognised``: unfamiliar real products with and without the clinician's "not of concern" reason;
* ``unlisted-named``: a conclusion naming a medicine of concern missing from the list, against listed names;
* ``near-miss``: a DIFFERENT real medicine a few letters from one of concern: listed harmlessly (pass), or
  written in a conclusion in place of the medicine it covers (refuse);
* ``routes``: MESH ids, MLLP host:port, https FHIR base URLs and ODS codes at the edges of their forms;
* ``registration``: GMC, NMC, GPhC, HCPC and SWE numbers at the edges of their forms and registers;
* ``dates``: exact margins (EDD against gestation, conception margin, 22 and 42 weeks, today against tomorrow);
* ``disguise``: look-alike letters, invisible and format characters, full-width forms over names and texts.

No clinical code is used or invented: renamed medicines lose their code. ``test_fresh_records.py`` runs them;
the cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh54_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
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

F54CASES: list[Case] = []

CATEGORIES = (
    "brands",
    "vmp-salt",
    "slips",
    "combination",
    "partner",
    "unrecognised",
    "unlisted-named",
    "near-miss",
    "routes",
    "registration",
    "dates",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F54CASES.append(Case(f"f54-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(name: str, dose: str, reason: str | None, *, partner: bool = False) -> Mutation:
    """One more medicine, uncoded and unassessed, with the clinician's reason if given."""
    more: dict[str, Any] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if partner:
        more["taken_by"] = "partner"
    return add_medicine(medicine("med-f54", name, dose, "2025-10-01", gp_prescriber(RIVERSIDE), **more))


def rename(mid: str, name: str) -> Mutation:
    """The medicine renamed as written, its code (if any) dropped: only the name can be read."""

    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


def meth_c(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert_c(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def quet_c(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def fost_c(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# Reasons a clinician might give that do not clear a medicine of concern.
R_BACK = "Issued by the pain clinic for a slipped disc two years ago; she says it keeps her working."
R_LOW = "Long-standing repeat for low mood from her previous practice; she does not want it changed."
R_HIS = "The partner's own repeat from his own surgery; he keeps the box in a locked cupboard."
R_BP = "Started by the renal clinic for blood pressure; readings have been fine at each antenatal check."
R_SKIN = "Started by the hospital specialist for her skin; the practice only issues the repeat."

# ============================================================================================================
# brands


def venla_pass(name: str, said: str, osaid: str) -> Mutation:
    """Sertraline replaced by venlafaxine as written, its assessment rewritten for it."""
    a = "assessments#asm-sertraline"
    return chain(
        rename("med-sertraline", name),
        set_("medicines#med-sertraline.dose", "150 mg once daily with breakfast"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "Mood settled on venlafaxine 150 mg; each past attempt to stop brought back depression within weeks.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            "Possible neonatal adaptation signs (jitteriness, fast breathing, poor feeding) in the first days and "
            "a small risk of persistent pulmonary hypertension of the newborn.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Breastfeeding can go ahead; venlafaxine reaches the milk in small amounts, so watch for a sleepy baby.",
        ),
        set_(
            f"{a}.recommendations",
            "Continue venlafaxine 150 mg and do not stop it suddenly. Midwives to watch for adaptation signs "
            "alongside the withdrawal scoring.",
        ),
        sert_c(
            f"{said} stays at 150 mg, because stopping would bring back her depression. Her baby may be jittery, "
            "breathe fast or feed poorly for the first few days, so the midwives check for this during the "
            "withdrawal scoring; breastfeeding goes ahead with a watch for sleepiness.",
        ),
        overall(
            f"Keep methadone and {osaid} as they are. The baby is scored for withdrawal and adaptation signs for at "
            "least 72 hours on the ward and breastfeeding is backed. Methadone makes her drowsy after each dose, "
            "so the baby never lies in her bed or on the sofa; the health visitor sees the cot.",
        ),
    )


ok(
    "venlafaxine-vaxalin-brand-only",
    "brands",
    M,
    venla_pass("Vaxalin 75mg prolonged-release capsules", "Vaxalin", "Vaxalin"),
    "a venlafaxine brand, concluded on by its brand alone",
)
ok(
    "venlafaxine-tonpular-ingredient",
    "brands",
    M,
    venla_pass("Tonpular XL 150mg capsules", "Venlafaxine", "venlafaxine"),
    "a venlafaxine brand, concluded on by ingredient",
)
ok(
    "venlafaxine-majoven-both",
    "brands",
    M,
    venla_pass("Majoven XL 150mg tablets", "Venlafaxine (Majoven XL)", "venlafaxine (Majoven)"),
    "brand and ingredient both written",
)
ok(
    "venlafaxine-trixat-lowercase",
    "brands",
    M,
    venla_pass("trixat XL 150mg capsules", "Trixat", "trixat"),
    "brand typed in lower case in the list",
)
ok(
    "venlafaxine-ranfaxine",
    "brands",
    M,
    venla_pass("Ranfaxine 150mg prolonged-release capsules", "Ranfaxine", "Ranfaxine"),
    "another venlafaxine brand",
)

_BRAND_UNASSESSED = [
    ("abstral-fentanyl", "Abstral 100microgram sublingual tablets", "one tablet for breakthrough pain", R_BACK),
    ("candox-oxycodone", "Candox 10mg capsules", "one capsule four times a day", R_BACK),
    ("oldaram-tramadol", "Oldaram 50mg capsules", "two capsules up to four times a day", R_BACK),
    ("rebrikel-buprenorphine", "Rebrikel 8mg sublingual tablets", "8 mg daily", R_BACK),
    ("venaxx-venlafaxine", "Venaxx XL 75mg tablets", "one tablet daily", R_LOW),
    ("dothapax-dosulepin", "Dothapax 75mg tablets", "one at night", R_LOW),
    ("sulpitil-sulpiride", "Sulpitil 200mg tablets", "one tablet twice a day", R_LOW),
    ("metoject-methotrexate", "Metoject PEN 15mg solution for injection", "once weekly", R_SKIN),
    ("zlatal-methotrexate", "Zlatal 2.5mg tablets", "six tablets once a week", R_SKIN),
    ("triapin-ramipril", "Triapin 5mg/5mg prolonged-release tablets", "one daily", R_BP),
    ("teveten-eprosartan", "Teveten 600mg tablets", "one daily", R_BP),
    ("morphgesic-morphine", "Morphgesic SR 30mg tablets", "one twice a day", R_BACK),
    ("depixol-conc-flupentixol", "Depixol Conc 100mg/ml solution for injection", "every two weeks", R_LOW),
    ("lamictal-mono-lamotrigine", "Lamictal Monotherapy 100mg tablets", "one twice a day", R_LOW),
]
for _n, _name, _dose, _r in _BRAND_UNASSESSED:
    bad(
        f"unassessed-{_n}",
        "brands",
        M,
        extra(_name, _dose, _r),
        "an unused brand of a medicine of concern, listed unassessed with a reason that does not clear it",
    )

# ============================================================================================================
# vmp-salt: the assessed methadone as dm+d and clinicians write it; its conclusion says "methadone".

for _n, _name in [
    ("sugar-free", "Methadone 1mg/ml oral solution sugar free"),
    ("hydrochloride-sf", "Methadone hydrochloride 1mg/ml oral solution sugar free"),
    ("ten-mg-per-ml", "Methadone 10mg/ml oral solution"),
    ("hcl-abbrev", "Methadone HCl 1 mg/ml oral soln S/F"),
    ("mixture", "Methadone Mixture 1mg/1ml (DTF)"),
    ("upper-case", "METHADONE 1MG/ML ORAL SOLUTION SUGAR FREE"),
    ("tablets", "Methadone 5mg tablets"),
]:
    ok(
        f"methadone-{_n}",
        "vmp-salt",
        M,
        rename("med-methadone", _name),
        "the assessed methadone in a dm+d or shorthand form",
    )
ok(
    "sertraline-hydrochloride",
    "vmp-salt",
    M,
    rename("med-sertraline", "Sertraline hydrochloride 100mg tablets"),
    "the salt of the assessed sertraline",
)
ok(
    "lithium-citrate-liquid",
    "vmp-salt",
    L,
    rename("med-lithium", "Lithium citrate 520mg/5ml oral solution"),
    "another lithium salt; the conclusion says lithium",
)
ok(
    "valproate-semisodium",
    "vmp-salt",
    V,
    rename("med-valproate", "Sodium valproate 200mg/5ml oral solution sugar free"),
    "liquid valproate, sugar free",
)
ok(
    "diazepam-rectal",
    "vmp-salt",
    F,
    rename("med-diazepam", "Diazepam 2mg/5ml oral suspension sugar free"),
    "a diazepam liquid",
)
ok(
    "quetiapine-fumarate-xl",
    "vmp-salt",
    P,
    rename("med-partner-quetiapine", "Quetiapine fumarate 300mg modified-release tablets"),
    "the partner's quetiapine by salt and form",
)
bad(
    "methadone-salt-unassessed-in-l",
    "vmp-salt",
    L,
    extra("Methadone hydrochloride 1mg/ml oral solution sugar free", "40 ml daily", R_BACK),
    "methadone by its salt, listed beside lithium and not assessed",
)
bad(
    "dosulepin-hcl-unassessed",
    "vmp-salt",
    M,
    extra("Dosulepin hydrochloride 75mg tablets", "at night", R_LOW),
    "a tricyclic by its salt, unassessed",
)
bad(
    "codeine-phosphate-unassessed",
    "vmp-salt",
    M,
    extra("Codeine phosphate 30mg tablets", "one four times a day", R_BACK),
    "an opioid by its salt beside methadone, unassessed",
)
bad(
    "zopiclone-abbrev-unassessed",
    "vmp-salt",
    P,
    extra("Zopiclone 7.5mg tabs", "1 nocte", R_LOW),
    "a hypnotic in prescription shorthand, unassessed in a postnatal record",
)

# ============================================================================================================
# slips: misspelt concerning medicines left unassessed (refuse); the assessed medicine misspelt (pass).

for _n, _name, _r in [
    ("pregablin", "Pregablin 75mg capsules", R_BACK),
    ("tramdaol", "Tramdaol 50mg capsules", R_BACK),
    ("oxycoddone", "Oxycoddone 5mg capsules", R_BACK),
    ("mirtazepine", "Mirtazepine 15mg tablets", R_LOW),
    ("dihydrocodiene", "Dihydrocodiene 30mg tablets", R_BACK),
    ("carbamazapine", "Carbamazapine 200mg tablets", R_LOW),
    ("topirimate", "Topirimate 50mg tablets", R_LOW),
    ("promethazene", "Promethazene 25mg tablets", R_LOW),
    ("gabapentinn", "Gabapentinn 300mg capsules", R_BACK),
    ("quetiapinexl", "QuetiapineXL 50mg tablets", R_LOW),
]:
    bad(
        f"unassessed-{_n}",
        "slips",
        M,
        extra(_name, "as directed", _r),
        "a slip of a medicine of concern, unassessed with a reason that does not clear it",
    )
ok(
    "methadone-missing-e",
    "slips",
    M,
    rename("med-methadone", "Methadon 1mg/ml oral solution"),
    "one letter dropped from the assessed methadone",
)
ok(
    "methadone-transposed",
    "slips",
    M,
    rename("med-methadone", "Metahdone 1mg/ml oral solution"),
    "two letters swapped in the assessed methadone",
)
ok(
    "sertraline-doubled",
    "slips",
    M,
    rename("med-sertraline", "Serttraline 50mg tablets"),
    "a doubled letter in the assessed sertraline",
)
ok(
    "sertraline-no-space",
    "slips",
    M,
    rename("med-sertraline", "Sertraline50mg tablets"),
    "no space between name and strength",
)
ok("diazapam", "slips", F, rename("med-diazepam", "Diazapam 5mg tablets"), "a vowel slip in the assessed diazepam")
ok("pregabaline", "slips", F, rename("med-pregabalin", "Pregabaline 75mg capsules"), "an extra letter")
ok(
    "quetiapene",
    "slips",
    P,
    rename("med-partner-quetiapine", "Quetiapene 100mg tablets"),
    "a slip in the partner's assessed quetiapine",
)
ok(
    "sodium-hyphen-valproate",
    "slips",
    V,
    rename("med-valproate", "Sodium-valproate 500mg gastro-resistant tablets"),
    "a hyphen where a space belongs",
)
ok(
    "lithium-carbonte",
    "slips",
    L,
    rename("med-lithium", "Lithium carbonte 400mg modified-release tablets"),
    "a slip in the salt, not the ingredient",
)

# ============================================================================================================
# combination


for _n, _name in [
    ("cocodamol-whole", "Co-codamol 30mg/500mg tablets"),
    ("cocodamol-split", "Codeine phosphate 30mg / paracetamol 500mg tablets"),
    ("migraine-relief", "Migraine Relief tablets (co-codamol 8/500)"),
    ("dental-pain-relief", "Dental Pain Relief tablets (dihydrocodeine and paracetamol)"),
    ("paracetamol-dhc", "Paracetamol and dihydrocodeine 500mg/10mg tablets"),
]:
    bad(
        f"unassessed-{_n}",
        "combination",
        M,
        extra(_name, "two up to four times a day", R_BACK),
        "an opioid combination beside methadone, unassessed",
    )
for _n, _name, _r in [
    (
        "co-amoxiclav",
        "Co-amoxiclav 500mg/125mg tablets",
        "A five-day antibiotic course for a urine infection; safe in pregnancy and for the baby.",
    ),
    (
        "gaviscon-double",
        "Gaviscon Double Action liquid",
        "An antacid for heartburn in late pregnancy; not absorbed and no effect on the baby.",
    ),
    (
        "ferrous-vitc",
        "Ferrous fumarate and ascorbic acid tablets",
        "Iron with vitamin C for anaemia found at booking; no effect on the baby's withdrawal or sleep.",
    ),
]:
    ok(
        f"harmless-{_n}",
        "combination",
        M,
        extra(_name, "as directed", _r),
        "a harmless combination with the clinician's reason",
    )


def partner_cocodamol(text: str, otext: str) -> Mutation:
    def link(doc: Record) -> None:
        for a in doc["assessments"]:
            if a["id"] == "asm-partner-quetiapine":
                a["medicine_ids"].append("med-f54")

    return chain(
        extra("Co-codamol 30mg/500mg tablets", "two tablets at night for back pain", None, partner=True),
        edit_fn(link),
        quet_c(text),
        overall(otext),
    )


def edit_fn(f: Any) -> Mutation:
    result: Mutation = f
    return result


ok(
    "partner-cocodamol-assessed",
    "combination",
    P,
    partner_cocodamol(
        "The father's quetiapine and his night-time co-codamol together leave him deeply asleep for hours, so he "
        "must not sleep beside the baby in a bed, on a sofa or in a chair, and he does no night feeds. The baby "
        "sleeps in the crib by the mother; the health visitor checks this at every visit.",
        "Paracetamol for the mother raises no concern. The father's quetiapine and co-codamol make him too drowsy "
        "at night to share any sleep surface with the baby or do night feeds; the mother feeds at night and the "
        "health visitor keeps checking the crib.",
    ),
    "the partner's combination product assessed with his quetiapine, named in both conclusions",
)
bad(
    "partner-cocodamol-omitted",
    "combination",
    P,
    partner_cocodamol(
        "The father's quetiapine leaves him deeply asleep for hours, so he must not sleep beside the baby in a bed, "
        "on a sofa or in a chair, and he does no night feeds. The baby sleeps in the crib by the mother; the health "
        "visitor checks this at every visit.",
        "Paracetamol for the mother raises no concern. The father's quetiapine and co-codamol make him too drowsy "
        "at night to share any sleep surface with the baby or do night feeds; the mother feeds at night and the "
        "health visitor keeps checking the crib.",
    ),
    "the assessment covers co-codamol but its conclusion never names it (MA119)",
)

# ============================================================================================================
# partner


def partner_rename(name: str, said: str) -> Mutation:
    return chain(
        rename("med-partner-quetiapine", name),
        quet_c(
            f"The father's {said} at night leaves him too heavily asleep to wake for the baby, so he never shares "
            "a bed, sofa or armchair with the baby and does no night feeds after his dose. The mother does the "
            "night feeds with the baby in the next-to-me crib; the health visitor checks at each visit.",
        ),
    )


ok(
    "partner-brand-sulpitil-assessed",
    "partner",
    P,
    chain(
        partner_rename("Sulpitil 400mg tablets", "Sulpitil"),
        overall(
            "Paracetamol for the mother raises no concern. The father's sulpiride (Sulpitil) makes him drowsy at "
            "night, so he shares no sleep surface with the baby and does no night feeds; the health visitor keeps "
            "checking the crib."
        ),
    ),
    "the partner's medicine by an unused brand, assessed and concluded on by brand",
)
ok(
    "partner-brand-risperdal-quicklet",
    "partner",
    P,
    chain(
        partner_rename("Risperdal Quicklet 2mg orodispersible tablets", "risperidone"),
        overall(
            "Paracetamol for the mother raises no concern. His risperidone leaves him hard to rouse at night: no "
            "co-sleeping with him and no night feeds by him; the mother feeds and the health visitor checks the "
            "crib each visit."
        ),
    ),
    "brand in the list, ingredient in the conclusions",
)
for _n, _name in [
    ("oxyact", "Oxyact 20mg tablets"),
    ("candox", "Candox 5mg capsules"),
    ("risperdal-consta", "Risperdal Consta 37.5mg injection"),
    ("dozol-night", "Benylin Children's Night Coughs"),
    ("tilofyl-patch", "Tilofyl 25micrograms/hour transdermal patches"),
]:
    bad(
        f"partner-unassessed-{_n}",
        "partner",
        P,
        extra(_name, "at night", R_HIS, partner=True),
        "a partner's sedating medicine by brand, listed and not assessed for co-sleeping and the baby's care",
    )
ok(
    "partner-harmless-brand-with-reason",
    "partner",
    P,
    extra(
        "Ifirmasta 150mg tablets",
        "one daily",
        "The father's irbesartan for blood pressure; it does not make him drowsy and has no bearing on the baby's "
        "care or sleep.",
        partner=True,
    ),
    "a partner's non-sedating brand with the clinician's reason",
)

# ============================================================================================================
# unrecognised

_UNREC = [
    (
        "multi-mam",
        "Multi-Mam nipple balm",
        "Nipple balm for sore nipples while breastfeeding; safe for the baby, who may feed straight after.",
    ),
    (
        "sudocrem",
        "Sudocrem antiseptic healing cream",
        "Barrier cream on a small patch of eczema; nothing reaches the baby and it has no effect on the pregnancy.",
    ),
    (
        "anusol",
        "Anusol cream",
        "Haemorrhoid cream used for a few days after birth; no effect on breastfeeding or the baby.",
    ),
    (
        "bio-oil",
        "Bio-Oil skincare oil",
        "Oil rubbed on stretch marks; not a medicine taken by mouth and harmless to the pregnancy.",
    ),
    (
        "rescue-remedy",
        "Bach Rescue Remedy drops",
        "Flower remedy in alcohol-free drops; she has used it rarely and it raises no concern for the baby.",
    ),
    (
        "pregnacare",
        "Pregnacare Original tablets",
        "A pregnancy multivitamin with folic acid and vitamin D at standard doses; good for the pregnancy.",
    ),
]
for _n, _name, _r in _UNREC:
    ok(
        f"{_n}-with-reason",
        "unrecognised",
        N,
        extra(_name, "as needed", _r),
        "an unfamiliar product with the clinician's explicit reason it raises no concern",
    )
for _n, _name, _r in _UNREC[:5]:
    bad(
        f"{_n}-no-reason",
        "unrecognised",
        N,
        extra(_name, "as needed", None),
        "an unrecognised product with no classification",
    )
bad(
    "natracalm-hollow-reason",
    "unrecognised",
    N,
    extra("Natracalm tablets", "one at night", "Not of concern."),
    "the classification is a bare label, not a reason",
)
bad(
    "kwells-na-reason",
    "unrecognised",
    N,
    extra("Kwells 300 microgram tablets", "for travel", "n/a"),
    "a placeholder reason",
)

# ============================================================================================================
# unlisted-named

bad(
    "methadone-mentions-prenotrix",
    "unlisted-named",
    M,
    meth_c(
        "Methadone 60 mg continues through pregnancy and she also takes Prenotrix from a friend. The baby needs at "
        "least 72 hours of withdrawal scoring; breastfeeding is backed on a stable dose and, as she is drowsy "
        "after doses, the baby sleeps only in the cot."
    ),
    "a buprenorphine brand of concern in the conclusion and not in the list (MA120)",
)
bad(
    "sertraline-mentions-venaxx",
    "unlisted-named",
    M,
    sert_c(
        "Sertraline 100 mg continues alongside her Venaxx each morning; the baby may be jittery or feed poorly in "
        "the first days and the midwives watch for it, and breastfeeding goes ahead because relapse is the bigger "
        "risk."
    ),
    "a venlafaxine brand named in the conclusion, missing from the list",
)
bad(
    "overall-mentions-oldaram",
    "unlisted-named",
    M,
    overall(
        "Methadone, sertraline and Oldaram all continue unchanged. The baby is observed for withdrawal on the ward "
        "for at least 72 hours, breastfeeding is backed, and because of sedation there is no co-sleeping; the "
        "health visitor sees the cot."
    ),
    "a tramadol brand in the overall conclusion, not in the list",
)
bad(
    "partner-mentions-zopiclone",
    "unlisted-named",
    P,
    quet_c(
        "The father's quetiapine and zopiclone at night leave him hard to wake, so he never shares a bed, sofa or "
        "chair with the baby and does no night feeds; the mother feeds at night and the health visitor checks the "
        "crib."
    ),
    "a hypnotic of the partner's named in the conclusion, not listed",
)
ok(
    "lithium-by-priadel-only",
    "unlisted-named",
    L,
    overall(
        "Priadel continues at 800 mg nightly, with levels monthly, then weekly from 36 weeks and within a day of "
        "birth. The baby gets a paediatric check for floppiness and poor feeding after birth; she will bottle feed. "
        "The perinatal team sees her in the first week after the birth because relapse is likely."
    ),
    "the listed lithium by the brand written in its own name",
)
ok(
    "methadone-naloxone-kit",
    "unlisted-named",
    M,
    meth_c(
        "Methadone stays at 60 mg; she keeps a take-home naloxone kit. The baby is watched for withdrawal for at "
        "least 72 hours on the ward, breastfeeding is supported, and as each dose makes her drowsy the baby sleeps "
        "in the cot, never in her bed."
    ),
    "naloxone is a rescue kit, not a medicine of concern",
)
ok(
    "partner-mentions-paracetamol",
    "unlisted-named",
    P,
    overall(
        "The mother's paracetamol is of no concern for the baby. The father's quetiapine leaves him too sedated at "
        "night to share a bed, sofa or chair with the baby or do night feeds; the mother does them, and the health "
        "visitor keeps checking the crib."
    ),
    "a listed harmless medicine named",
)

# ============================================================================================================
# near-miss

for _n, _name, _r in [
    (
        "sertaconazole",
        "Sertaconazole 2% cream",
        "Antifungal cream for athlete's foot; barely absorbed and no effect on the baby.",
    ),
    (
        "fenticonazole",
        "Fenticonazole 600mg vaginal capsule",
        "A single antifungal pessary for thrush; safe in pregnancy and no effect on the baby.",
    ),
    (
        "diltiazem-cream",
        "Diltiazem 2% cream",
        "Applied to an anal fissure twice a day for six weeks; tiny absorption and no effect on the baby.",
    ),
    (
        "mometasone-spray",
        "Mometasone 50micrograms/dose nasal spray",
        "Nasal steroid for hay fever; negligible absorption and safe in pregnancy.",
    ),
    (
        "clotrimazole",
        "Clotrimazole 1% cream",
        "Antifungal cream for a skin rash; no effect on the pregnancy or the baby.",
    ),
]:
    ok(
        f"harmless-{_n}",
        "near-miss",
        M,
        extra(_name, "as directed", _r),
        "a different, harmless medicine a few letters from one of concern, with its reason",
    )
bad(
    "methyldopa-for-methadone",
    "near-miss",
    M,
    meth_c(
        "Methyldopa 60 mg daily should carry on through the pregnancy. The baby will probably need observing for "
        "withdrawal; breastfeeding is fine. She is drowsy after each dose, so no co-sleeping and the cot is checked."
    ),
    "the conclusion names methyldopa, not the methadone it covers (MA119)",
)
bad(
    "sertaconazole-for-sertraline",
    "near-miss",
    M,
    sert_c(
        "Sertaconazole should carry on: relapse is a greater danger than the small risks to the baby, which the "
        "maternity team will look for after birth."
    ),
    "the conclusion names an antifungal, not the sertraline it covers",
)
bad(
    "diltiazem-for-diazepam",
    "near-miss",
    F,
    fost_c(
        "Diltiazem and pregabalin together make mum drowsy: she must not co-sleep or feed lying down, and the foster "
        "carer does night feeds. Late withdrawal signs are watched for up to day 8 by the foster carer and health "
        "visitor."
    ),
    "diltiazem in place of diazepam: diazepam is not named",
)
bad(
    "quinapril-for-quetiapine",
    "near-miss",
    P,
    quet_c(
        "The father's night-time quinapril makes him too sedated to look after the baby at night or share a bed or "
        "sofa with the baby; the mother does night feeds and the health visitor keeps checking."
    ),
    "quinapril in place of quetiapine: quetiapine is not named",
)
bad(
    "lidocaine-for-lithium",
    "near-miss",
    L,
    overall(
        "Continue lidocaine 800 mg at night with levels monthly and weekly from 36 weeks. Paediatric review of the "
        "baby after birth; she will bottle feed. The perinatal team reviews her within a week of birth."
    ),
    "the overall conclusion names lidocaine, never lithium",
)

# ============================================================================================================
# routes


def route(rid: str, r: dict[str, Any]) -> Mutation:
    return set_(f"recipients#{rid}.route", r)


for _n, _mb in [("ods3-form", "RX1OT042"), ("digits-late", "A8K2MB01"), ("all-but-one-digit", "X2600001")]:
    ok(f"mesh-{_n}", "routes", M, route("rcp-hv", {"kind": "mesh", "mailbox": _mb}), "a well-formed MESH id")
for _n, _mb, _w in [
    ("lowercase", "x26hc003", "lower case"),
    ("hyphen", "X26-HC03", "a hyphen inside"),
    ("space", "X26 HC03", "a space inside"),
    ("all-digits", "26000003", "no letter"),
    ("all-letters", "XHCHVBOX", "no digit"),
    ("repeated", "00000000", "one character repeated"),
]:
    bad(f"mesh-{_n}", "routes", M, route("rcp-hv", {"kind": "mesh", "mailbox": _mb}), f"a MESH id with {_w}")
for _n, _h, _p in [
    ("ipv4", "10.42.7.19", 2575),
    ("nhs-fqdn", "mllp.castleford.nhs.uk", 2575),
    ("high-port", "tie.castleford.nhs.uk", 65535),
]:
    ok(
        f"mllp-{_n}",
        "routes",
        V,
        route("rcp-maternity", {"kind": "mllp", "host": _h, "port": _p}),
        "an MLLP host that can be reached",
    )
for _n, _h, _p in [
    ("bare-hostname", "maternityinterface", 2575),
    ("loopback", "127.0.0.1", 2575),
    ("link-local", "169.254.12.7", 2575),
    ("any-address", "0.0.0.0", 2575),
    ("invalid-domain", "tie.castleford.invalid", 2575),
    ("bad-octet", "10.42.7.256", 2575),
    ("port-zero", "tie.castleford.nhs.uk", 0),
    ("port-over", "tie.castleford.nhs.uk", 65536),
]:
    bad(
        f"mllp-{_n}",
        "routes",
        V,
        route("rcp-maternity", {"kind": "mllp", "host": _h, "port": _p}),
        "an MLLP endpoint that names no reachable server",
    )


def fhir(url: str) -> Mutation:
    def mutate(doc: Record) -> None:
        for r in doc["recipients"]:
            if r["route"]["kind"] == "fhir":
                r["route"]["base_url"] = url

    return mutate


for _n, _u in [
    ("port-trailing-slash", "https://fhir.northgate.nhs.uk:8443/R4/"),
    ("deep-path", "https://api.northgate.nhs.uk/maternity/fhir/R4"),
]:
    ok(f"fhir-{_n}", "routes", L, fhir(_u), "a well-formed https FHIR base URL")
for _n, _u in [
    ("plain-http", "http://fhir.northgate.nhs.uk/R4"),
    ("credentials", "https://gp:secret@fhir.northgate.nhs.uk/R4"),
    ("query", "https://fhir.northgate.nhs.uk/R4?_format=json"),
    ("fragment", "https://fhir.northgate.nhs.uk/R4#top"),
    ("localhost", "https://localhost/fhir/R4"),
    ("single-label", "https://fhirserver/R4"),
]:
    bad(f"fhir-{_n}", "routes", L, fhir(_u), "a FHIR base URL that cannot be a receiving server")
for _n, _c in [("three-char", "RX1"), ("five-char-site", "RX1CC"), ("letter-five-digits", "B86041")]:
    ok(
        f"ods-{_n}",
        "routes",
        M,
        set_("recipients#rcp-hv.organisation.ods_code", _c),
        "an ODS code of a shape ODS issues",
    )
for _n, _c in [
    ("four-char", "RX1C"),
    ("seven-char", "Y905000"),
    ("two-letters-four-digits", "YY9050"),
    ("no-letter", "90500"),
    ("repeated", "AAAAA"),
    ("hyphen", "Y90-500"),
]:
    bad(f"ods-{_n}", "routes", M, set_("recipients#rcp-hv.organisation.ods_code", _c), "an ODS code of no ODS shape")
ok(
    "manual-handover",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route",
        {
            "kind": "manual",
            "description": "The ward midwife gives the foster carer a printed copy at discharge and "
            "goes through the safe sleep section with her.",
        },
    ),
    "a manual hand-over described",
)
bad(
    "manual-pending",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route", {"kind": "manual", "description": "Hand-over arrangements pending."}),
    "a manual route still to be arranged",
)

# ============================================================================================================
# registration: the sertraline assessment's author (M) or the partner assessment's (P).

SA = "assessments#asm-sertraline.author"
PA = "assessments#asm-partner-quetiapine.author"


def reg(path: str, body: str, number: str) -> Mutation:
    return set_(f"{path}.registration", {"body": body, "number": number})


def author(path: str, role: str, body: str, number: str, given: str = "Nadia", family: str = "Okafor") -> Mutation:
    return set_(
        path,
        {
            "name": {"given": [given], "family": family},
            "role": role,
            "registration": {"body": body, "number": number},
            "organisation": RIVERSIDE,
        },
    )


ok("gmc-other-gp", "registration", M, author(SA, "general-practitioner", "GMC", "7130582"), "a GP with 7 digits")
bad("gmc-six-digits", "registration", M, author(SA, "general-practitioner", "GMC", "713058"), "GMC 6 digits")
bad("gmc-eight-digits", "registration", M, author(SA, "general-practitioner", "GMC", "71305824"), "GMC 8 digits")
bad("gmc-letter-o", "registration", M, author(SA, "general-practitioner", "GMC", "7O30582"), "letter O for zero")
bad("gmc-all-sevens", "registration", M, author(SA, "general-practitioner", "GMC", "7777777"), "one digit repeated")
ok(
    "gmc-zeros-inside",
    "registration",
    M,
    author(SA, "general-practitioner", "GMC", "7000001"),
    "mostly zeros but not all one digit",
)
ok("nmc-hv", "registration", P, reg(PA, "NMC", "09J2281E"), "an NMC number of the form")
bad("nmc-digit-last", "registration", P, reg(PA, "NMC", "09J22817"), "NMC ending in a digit")
bad("nmc-one-leading-digit", "registration", P, reg(PA, "NMC", "9J2281E"), "NMC with one leading digit")
bad("nmc-all-ones", "registration", P, reg(PA, "NMC", "11A1111A"), "NMC digits all the same")
bad("gmc-for-hv", "registration", P, reg(PA, "GMC", "7130582"), "a health visitor on the GMC register")
ok("gphc-pharmacist", "registration", M, author(SA, "clinical-pharmacist", "GPhC", "2071946"), "GPhC 7 digits from 2")
bad("gphc-starts-3", "registration", M, author(SA, "clinical-pharmacist", "GPhC", "3071946"), "GPhC not from 2")
bad("gphc-six", "registration", M, author(SA, "clinical-pharmacist", "GPhC", "207194"), "GPhC 6 digits")
bad("gphc-for-gp", "registration", M, author(SA, "general-practitioner", "GPhC", "2071946"), "a GP on GPhC")
ok("hcpc-paramedic-5", "registration", M, author(SA, "other", "HCPC", "PA31842"), "HCPC paramedic, 5 digits")
ok("hcpc-ot-6", "registration", M, author(SA, "other", "HCPC", "OT120457"), "HCPC OT, 6 digits")
bad("hcpc-four-digits", "registration", M, author(SA, "other", "HCPC", "PA3184"), "HCPC with 4 digits")
bad("hcpc-seven-digits", "registration", M, author(SA, "other", "HCPC", "OT1204571"), "HCPC with 7 digits")
ok("swe-social-worker", "registration", M, author(SA, "other", "SWE", "SW104388"), "SWE number")
bad("swe-no-prefix", "registration", M, author(SA, "other", "SWE", "104388"), "SWE without SW")
bad(
    "same-number-two-names",
    "registration",
    M,
    author(SA, "general-practitioner", "GMC", "7012345", "Daniel", "Shah"),
    "Dr Priya Shah's GMC number under another given name",
)
ok(
    "same-number-initial",
    "registration",
    M,
    author(SA, "general-practitioner", "GMC", "7012345", "P.", "Shah"),
    "the same clinician written with an initial",
)

# ============================================================================================================
# dates (the corpus is judged on 2026-12-03).

ok("edd-14-days-off", "dates", M, set_("pregnancy.edd", "2026-05-30"), "EDD 14 days from the gestation's: at tolerance")
bad("edd-15-days-off", "dates", M, set_("pregnancy.edd", "2026-05-31"), "EDD 15 days from the gestation's")
ok("edd-14-days-early", "dates", M, set_("pregnancy.edd", "2026-05-02"), "14 days the other way")
bad("edd-15-days-early", "dates", M, set_("pregnancy.edd", "2026-05-01"), "15 days the other way")
ok(
    "assessment-at-conception-margin",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-03-11"),
    "assessed exactly 14 days before the pregnancy began (EDD 2026-12-30 - 280)",
)
bad(
    "assessment-past-conception-margin",
    "dates",
    V,
    set_("assessments#asm-valproate.date", "2026-03-10"),
    "assessed 15 days before the pregnancy began",
)
ok("consent-at-margin", "dates", V, set_("lawful_basis.recorded_on", "2026-03-11"), "lawful basis at the margin")
bad("consent-before-margin", "dates", V, set_("lawful_basis.recorded_on", "2026-03-10"), "lawful basis before it")
ok("delivery-22-weeks", "dates", N, set_("pregnancy.edd", "2026-08-06"), "born exactly 18 weeks before the EDD")
bad("delivery-before-22-weeks", "dates", N, set_("pregnancy.edd", "2026-08-07"), "born 18 weeks and a day early")
ok("delivery-42-weeks", "dates", N, set_("pregnancy.edd", "2026-03-05"), "born exactly 28 days after the EDD")
bad("delivery-after-42-weeks", "dates", N, set_("pregnancy.edd", "2026-03-04"), "born 29 days after the EDD")
ok("attested-today", "dates", M, set_("attestation.at", "2026-12-03T09:15:00+00:00"), "attested today")
bad("attested-tomorrow", "dates", M, set_("attestation.at", "2026-12-04T09:15:00+00:00"), "attested tomorrow")
ok("updated-today-late", "dates", M, set_("updated", "2026-12-03T23:50:00+00:00"), "updated late today")
bad("updated-tomorrow-early", "dates", M, set_("updated", "2026-12-04T00:10:00+00:00"), "updated tomorrow")
ok(
    "paracetamol-started-today",
    "dates",
    P,
    set_("medicines#med-paracetamol.started", "2026-12-03"),
    "a harmless medicine started today",
)
bad(
    "paracetamol-started-tomorrow",
    "dates",
    P,
    set_("medicines#med-paracetamol.started", "2026-12-04"),
    "a start date tomorrow",
)
bad("overall-dated-tomorrow", "dates", M, set_("overall_conclusion.date", "2026-12-04"), "overall conclusion tomorrow")

# ============================================================================================================
# disguise

CYR = "aeopcx"
ok(
    "cyrillic-methadone-name",
    "disguise",
    M,
    rename("med-methadone", homoglyphs("Methadone 1mg/ml oral solution", CYR)),
    "the assessed methadone with look-alike letters in the list",
)
ok(
    "zwsp-sertraline-name",
    "disguise",
    M,
    rename("med-sertraline", inside_words("Sertraline 50mg tablets", "\u200b")),
    "zero-width spaces inside the assessed sertraline",
)
ok(
    "soft-hyphen-quetiapine",
    "disguise",
    P,
    rename("med-partner-quetiapine", inside_words("Quetiapine 100mg tablets", "\u00ad", every=3)),
    "soft hyphens inside the partner's quetiapine",
)
ok(
    "full-width-brand-vaxalin",
    "disguise",
    M,
    venla_pass(full_width("Vaxalin") + " 75mg capsules", "Vaxalin", "Vaxalin"),
    "a full-width brand in the list",
)
bad(
    "cyrillic-candox-unassessed",
    "disguise",
    M,
    extra(homoglyphs("Candox 10mg capsules", CYR), "qds", R_BACK),
    "an oxycodone brand in look-alike letters, unassessed",
)
bad(
    "zwj-oldaram-unassessed",
    "disguise",
    M,
    extra(inside_words("Oldaram 50mg capsules", "\u200d"), "qds", R_BACK),
    "a tramadol brand with zero-width joiners, unassessed",
)
bad(
    "bidi-pregabalin-unassessed",
    "disguise",
    M,
    extra("\u202eniladagerP\u202c 75mg capsules", "bd", R_BACK),
    "pregabalin written backwards under a right-to-left override",
)
bad(
    "combining-tramadol-unassessed",
    "disguise",
    M,
    extra("".join(c + "\u0301" if c in "aeiou" else c for c in "Tramadol 50mg capsules"), "qds", R_BACK),
    "tramadol with combining accents, unassessed",
)
bad(
    "full-width-oxyact-partner",
    "disguise",
    P,
    extra(full_width("Oxyact") + " 20mg tablets", "at night", R_HIS, partner=True),
    "a partner's oxycodone brand in full-width, unassessed",
)
bad(
    "zwsp-conclusion-methyldopa",
    "disguise",
    M,
    meth_c(
        inside_words(
            "Methyldopa 60 mg continues. The baby is scored for withdrawal for 72 hours; breastfeeding is fine, and as "
            "she is drowsy after doses the baby never shares her bed.",
            "\u200b",
            every=2,
        )
    ),
    "a near-miss conclusion under zero-width spaces: methadone still not named",
)
bad(
    "cyrillic-unlisted-prenotrix",
    "disguise",
    M,
    meth_c(
        homoglyphs(
            "Methadone 60 mg goes on and she also buys Prenotrix on the street. The baby needs 72 hours of withdrawal "
            "scoring; breastfeeding is backed, and as she is drowsy the baby sleeps in the cot only.",
            "o",
        )
    ),
    "an unlisted buprenorphine brand hidden by look-alike letters",
)
ok(
    "full-width-good-methadone",
    "disguise",
    M,
    meth_c(
        full_width(
            "Methadone stays at 60 mg for the pregnancy. The baby is scored for withdrawal for 72 hours on the ward and "
            "by the health visitor to day 8; breastfeeding is backed, and she is drowsy after each dose so the baby "
            "sleeps only in the cot."
        )
    ),
    "a good conclusion in full-width forms",
)
ok(
    "nbsp-good-sertraline",
    "disguise",
    M,
    sert_c(
        "Sertraline\u00a0100\u00a0mg continues because stopping risks a relapse of her depression; the baby may be "
        "jittery or feed poorly at first and the midwives look for this, and breastfeeding is fine."
    ),
    "no-break spaces inside a good conclusion",
)
bad(
    "zwsp-mesh-placeholder",
    "disguise",
    M,
    route("rcp-hv", {"kind": "mesh", "mailbox": "0\u200b0000000"}),
    "a repeated-character MESH id with a zero-width space inside",
)
bad(
    "full-width-ods-repeated",
    "disguise",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", full_width("AAAAA")),
    "a placeholder ODS code in full-width letters",
)
bad(
    "soft-hyphen-manual-tbc",
    "disguise",
    F,
    set_("recipients#rcp-foster-carer.route", {"kind": "manual", "description": "t\u00adb\u00adc"}),
    "a placeholder hand-over with soft hyphens",
)
bad(
    "cyrillic-registration-two-names",
    "disguise",
    M,
    author(SA, "general-practitioner", "GMC", "7012345", homoglyphs("Daniel", "ae"), homoglyphs("Shah", "a")),
    "Dr Shah's number under another given name in look-alike letters",
)
ok(
    "cyrillic-registration-same-person",
    "disguise",
    M,
    author(SA, "general-practitioner", "GMC", "7012345", homoglyphs("Priya", "a"), homoglyphs("Shah", "a")),
    "the same clinician's name in look-alike letters",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F54CASES)
    for cat in CATEGORIES:
        print(f"{cat:16} refuse {counts[(cat, REFUSE)]:3}  pass {counts[(cat, PASS)]:3}")
    print(
        f"{'total':16} refuse {sum(c.expect == REFUSE for c in F54CASES):3}  pass "
        f"{sum(c.expect == PASS for c in F54CASES):3}"
    )
