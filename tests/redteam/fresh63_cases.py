"""A sixty-third independent "fresh" batch of red-team cases for the share gate: medicine names, eighth sweep,
and impossible facts.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About half are GOOD records (they must pass), many in unusual but valid forms;
about a fifth are disguised. It covers:

* ``brands``: brands from codelists-more/brand-names.csv no earlier batch used (venlafaxine, oxycodone, tramadol,
  buprenorphine and fentanyl patches, ACE inhibitors and sartans, mycophenolate, depot antipsychotics, sedating
  antihistamine sleep aids, amoxapine), unassessed (refused) and assessed under the brand (shared);
* ``misspellings``: phonetic spellings, keyboard slips, dropped or doubled letters, unassessed (refused) and as
  the listed name of an assessed medicine whose conclusion spells it right (shared);
* ``partner-brands``: the partner's sedating medicine by brand, unassessed or assessed for co-sleeping;
* ``unrecognised``: products medassess cannot know, without and with the clinician's real "not of concern"
  reason, and medicines of concern a reason cannot clear;
* ``near-misses``: names one or two letters from a medicine of concern that are a DIFFERENT, harmless medicine
  (loratadine, amoxicillin, clotrimazole ...), with their reason, beside the medicine of concern itself;
* ``doses``: dose lines that cannot be (methadone 6000 mg, lithium 0 mg), beside high but real doses;
* ``dates``: 31 April, 29 February in a non-leap year, month 13, a delivery after today, an EDD a year after the
  booking, consent recorded after the record was signed, beside 29 February 2024 and 2000, and an early booking;
* ``routes``: unit separators and spaces in ids and hosts, ports out of range, http for FHIR, credentials,
  malformed MESH ids and ODS codes, beside port 65535, private IP addresses and five-character site codes;
* ``attribution``: registration numbers at each register's edges, a number under two names;
* ``disguise``: about a fifth of the batch, names and conclusions in look-alike letters, zero-width and format
  characters, soft hyphens, bidi controls, full-width and combining marks, judged like the plain text.

Medicines named here are real; no clinical code is invented (renamed medicines lose their code, so a medicine of
concern draws only the MA118 warning). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today
are listed there (strict xfail). Run ``python -m tests.redteam.fresh63_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter

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
    delete,
    gp_prescriber,
    medicine,
    overall_dose,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F63CASES: list[Case] = []

CATEGORIES = (
    "brands",
    "misspellings",
    "partner-brands",
    "unrecognised",
    "near-misses",
    "doses",
    "dates",
    "routes",
    "attribution",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F63CASES.append(Case(f"f63-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(name: str, dose: str, reason: str | None = None, *, partner: bool = False) -> Mutation:
    """One more medicine on a record, uncoded and unassessed, with the clinician's reason if given."""
    more: dict[str, object] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if partner:
        more["taken_by"] = "partner"
    return add_medicine(medicine("med-f63", name, dose, "2026-04-03", gp_prescriber(RIVERSIDE), **more))


def rename(mid: str, name: str) -> Mutation:
    """The medicine renamed as written, its code dropped: only the name can be read."""

    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ============================================================================================================
# Pass builders: the assessed medicine replaced by a brand, its assessment rewritten for the ingredient.


def snri_pass(brand: str, ingr: str = "venlafaxine") -> Mutation:
    """Sertraline (antenatal, with methadone) replaced by a venlafaxine brand."""
    a = "assessments#asm-sertraline"
    return chain(
        rename("med-sertraline", f"{brand} 75mg prolonged-release capsules"),
        set_("medicines#med-sertraline.dose", "150 mg (two capsules) each morning"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Well on {ingr} 150 mg since last summer; two earlier attempts to stop it ended in severe low mood.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"{cap(ingr)} in the last weeks of pregnancy can leave the newborn jittery, sleepy or slow to feed for "
            "a few days, with a small added risk of persistent pulmonary hypertension.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            f"She may breastfeed on {ingr}; the midwife watches the baby's feeding and weight in the first week.",
        ),
        set_(
            f"{a}.recommendations",
            f"Keep {ingr} at 150 mg and never stop it abruptly. Paediatrician told before delivery; adaptation "
            "signs scored on the ward with the withdrawal scores.",
        ),
        set_(
            f"{a}.conclusion",
            f"{brand} ({ingr}) stays at 150 mg: a relapse of her depression would do her and the baby more harm "
            "than the medicine. Her newborn will be scored for jitteriness and poor feeding over the first 72 "
            "hours on the ward, and breastfeeding goes ahead with a check on weight gain.",
        ),
        overall(
            f"Methadone 60 mg and {ingr} ({brand}) 150 mg both continue as they are. The baby stays on the ward "
            "for at least 72 hours, scored for opioid withdrawal and SSRI-type adaptation; breastfeeding is "
            "supported. Methadone makes her drowsy, so the baby sleeps only in the cot; the health visitor and "
            "social worker see it before discharge."
        ),
    )


def opioid_pass(name: str, ingr: str, said: str) -> Mutation:
    """Methadone (antenatal, with sertraline) replaced by an opioid painkiller brand."""
    a = "assessments#asm-methadone"
    return chain(
        rename("med-methadone", name),
        set_("medicines#med-methadone.dose", "as set by the pain clinic, unchanged since December"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Takes {ingr} for pain after spinal surgery; sleepy for a few hours after a dose, otherwise "
            "managing well at home.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            f"Breastfeeding on this dose of {ingr} is supported; if the baby becomes sleepy, feeds poorly or "
            "pauses in breathing, she stops and calls the maternity triage line.",
        ),
        set_(
            f"{a}.recommendations",
            f"The pain clinic alone changes the {ingr} dose and tells maternity and the health visitor within "
            "the week; not to be stopped suddenly.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues unchanged through pregnancy: stopping abruptly would leave her in pain and in "
            "withdrawal. Her baby can have opioid withdrawal, so is watched on the postnatal ward for 72 hours "
            "and by the health visitor to day 8; breastfeeding is supported with a watch for sleepiness. No "
            "co-sleeping when she is drowsy after a dose.",
        ),
        overall(
            f"{cap(ingr)} and sertraline stay as they are. After birth the baby is scored for withdrawal and "
            "adaptation on the ward for at least three days; breastfeeding supported. The baby sleeps in the cot "
            "only, never with her when she is drowsy; the social worker and health visitor check the cot."
        ),
    )


def acei_pass(name: str, ingr: str, said: str) -> Mutation:
    """Valproate (unplanned pregnancy, 8 weeks) replaced by an ACE inhibitor, sartan or mycophenolate brand."""
    a = "assessments#asm-valproate"
    return chain(
        rename("med-valproate", name),
        set_("medicines#med-valproate.dose", "One tablet each morning"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Well; {ingr} was started for high blood pressure two years before this unplanned pregnancy.",
        ),
        set_(f"{a}.impact_on_mother.safe_sleep", f"{cap(ingr)} does not make her drowsy; usual safe sleep advice."),
        set_(
            f"{a}.impact_on_baby.summary",
            f"Eight weeks' exposure to {ingr} so far. Taken beyond the first trimester it can damage the baby's "
            "kidneys and cause low amniotic fluid and poor skull growth.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "After the birth the obstetric team will choose a blood pressure medicine suited to breastfeeding.",
        ),
        set_(
            f"{a}.recommendations",
            f"{cap(ingr)} stopped today; nifedipine modified-release 20 mg twice daily started; blood pressure "
            "check in five days. Antenatal clinic referral sent; effective contraception to be planned after "
            "the birth.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} is stopped today and switched to nifedipine, because continuing it past the first "
            "trimester could harm the baby's kidneys and skull growth. Exposure so far is unlikely to cause a "
            "malformation; the antenatal clinic will scan, and contraception will be agreed after the birth.",
        ),
        overall(
            f"Unplanned pregnancy at 8 weeks: {ingr} stopped today and nifedipine started to protect the baby's "
            "kidneys; blood pressure rechecked in five days. Antenatal clinic referral sent for scans; folic "
            "acid 5 mg continues; contraception to be agreed after the birth."
        ),
    )


def partner_pass(name: str, ingr: str, said: str) -> Mutation:
    """The father's quetiapine replaced by another sedating medicine, written as a brand."""
    a = "assessments#asm-partner-quetiapine"
    return chain(
        rename("med-partner-quetiapine", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"The father takes {ingr} and sleeps very deeply for hours afterwards; in the day he is well and "
            "cares for the baby.",
        ),
        set_(
            f"{a}.conclusion",
            f"The father's {said} makes him sleep too deeply to respond to the baby: he must never have the baby "
            "in his bed, on a sofa or in an armchair, and does no night feeds after taking it. The mother does "
            "nights with the crib at her side; the health visitor checks this at each visit.",
        ),
        overall(
            f"Paracetamol for the mother raises no concern. The father's {ingr} sedates him: no co-sleeping with "
            "him anywhere and no night care from him after a dose. The crib stays on the mother's side and the "
            "health visitor keeps checking."
        ),
    )


# ============================================================================================================
# brands: unassessed on the breastfed postnatal record (refused); assessed under the brand (shared).

_BRANDS_UNASSESSED = [
    ("alventa", "Alventa XL 75mg capsules", "75 mg each morning", "venlafaxine"),
    ("rodomel", "Rodomel XL 150mg capsules", "150 mg each morning", "venlafaxine"),
    ("tifaxin", "Tifaxin XL 75mg capsules", "75 mg once daily", "venlafaxine"),
    ("leveraxo", "Leveraxo 10mg prolonged-release tablets", "10 mg twice a day", "oxycodone"),
    ("maneo", "Maneo 100mg prolonged-release tablets", "100 mg twice a day", "tramadol"),
    ("dolocodon", "Dolocodon PR 5mg tablets", "5 mg twice a day", "oxycodone"),
    ("bunov", "Bunov 10micrograms/hour transdermal patches", "One patch every 7 days", "buprenorphine"),
    ("yemex", "Yemex 12micrograms/hour transdermal patches", "One patch every 72 hours", "fentanyl"),
    ("actiq", "Actiq 200microgram lozenges", "One lozenge for breakthrough pain", "fentanyl"),
    ("vascace", "Vascace 2.5mg tablets", "2.5 mg once daily", "cilazapril"),
    ("arzip", "Arzip 500mg tablets", "1 g twice a day", "mycophenolate"),
    ("clopixol-conc", "Clopixol Conc 500mg/ml injection", "250 mg every 2 weeks", "zuclopenthixol depot"),
    ("defanyl", "Defanyl 50mg tablets", "50 mg three times a day", "amoxapine"),
    ("lunox", "Lunox Max Strength Sleep Aid 50mg tablets", "One at night", "diphenhydramine"),
]
for _n, _med, _dose, _ingr in _BRANDS_UNASSESSED:
    bad(
        f"brand-unassessed-{_n}",
        "brands",
        N,
        extra(_med, _dose),
        f"{_ingr} by a brand no batch has used, unassessed (MA101)",
    )

ok("brand-venlafaxine-viepax", "brands", M, snri_pass("ViePax"), "venlafaxine as ViePax, assessed")
ok("brand-venlafaxine-venlasov", "brands", M, snri_pass("Venlasov"), "venlafaxine as Venlasov, assessed")
ok("brand-venlafaxine-tardcaps", "brands", M, snri_pass("Tardcaps"), "venlafaxine as Tardcaps, assessed")
ok(
    "brand-oxycodone-carexil",
    "brands",
    M,
    opioid_pass("Carexil 20mg prolonged-release tablets", "oxycodone", "Oxycodone (Carexil) 20 mg twice daily"),
    "oxycodone as Carexil, assessed",
)
ok(
    "brand-oxycodone-oxyargin",
    "brands",
    M,
    opioid_pass("Oxyargin 10mg prolonged-release tablets", "oxycodone", "Oxyargin, her oxycodone,"),
    "oxycodone as Oxyargin, assessed",
)
ok(
    "brand-buprenorphine-bupeaze",
    "brands",
    M,
    opioid_pass("Bupeaze 20micrograms/hour transdermal patches", "buprenorphine", "The buprenorphine patch (Bupeaze)"),
    "a buprenorphine patch brand, assessed",
)
ok(
    "brand-fentanyl-opiodur",
    "brands",
    M,
    opioid_pass("Opiodur 25micrograms/hour transdermal patches", "fentanyl", "Fentanyl by Opiodur patch"),
    "a fentanyl patch brand, assessed",
)
ok(
    "brand-tramadol-aceon",
    "brands",
    M,
    opioid_pass("Aceon 100mg prolonged-release tablets", "tramadol", "Tramadol (Aceon 100 mg twice a day)"),
    "tramadol as Aceon, assessed",
)
ok(
    "brand-acei-odrik",
    "brands",
    V,
    acei_pass("Odrik 2mg capsules", "trandolapril", "Trandolapril (Odrik)"),
    "trandolapril as Odrik, assessed as a teratogen",
)
ok(
    "brand-acei-tensopril",
    "brands",
    V,
    acei_pass("Tensopril 25mg tablets", "captopril", "Captopril, written as Tensopril,"),
    "captopril as Tensopril, assessed",
)
ok(
    "brand-acei-pralenal",
    "brands",
    V,
    acei_pass("Pralenal 10mg tablets", "enalapril", "Enalapril (Pralenal 10 mg)"),
    "enalapril as Pralenal, assessed",
)
ok(
    "brand-sartan-sabervel",
    "brands",
    V,
    acei_pass("Sabervel 150mg tablets", "irbesartan", "Irbesartan (Sabervel)"),
    "irbesartan as Sabervel, assessed",
)
ok(
    "brand-acei-caralpha",
    "brands",
    V,
    acei_pass("Caralpha 10mg tablets", "lisinopril", "Lisinopril (Caralpha)"),
    "lisinopril as Caralpha, assessed",
)

# ============================================================================================================
# misspellings: as clinicians type them. Unassessed on the breastfed record (refused); as the listed name of an
# assessed medicine whose conclusions spell it right (shared).

_MISSPELT_UNASSESSED = [
    ("sertaline", "Sertaline 100mg tablets", "100 mg once daily", "sertraline, phonetic"),
    ("lamotrigene", "Lamotrigene 100mg tablets", "100 mg twice a day", "lamotrigine, phonetic"),
    ("metadone", "Metadone 1mg/ml oral solution", "40 ml once daily, supervised", "methadone, h dropped"),
    ("olanzepine", "Olanzepine 10mg tablets", "10 mg at night", "olanzapine, vowel swapped"),
    ("gabapenten", "Gabapenten 300mg capsules", "300 mg three times a day", "gabapentin, vowel swapped"),
    ("kepra", "Kepra 500mg tablets", "500 mg twice a day", "Keppra (levetiracetam), double p dropped"),
    ("citalopran", "Citalopran 20mg tablets", "20 mg once daily", "citalopram, keyboard slip m to n"),
    ("zoplicone", "Zoplicone 7.5mg tablets", "7.5 mg at night", "zopiclone, letters transposed"),
    ("amitryptiline", "Amitryptiline 10mg tablets", "10 mg at night", "amitriptyline, y and i swapped"),
    ("carbamazapine", "Carbamazapine 200mg tablets", "200 mg twice a day", "carbamazepine, vowel swapped"),
    ("lorazepan", "Lorazepan 1mg tablets", "1 mg when needed", "lorazepam, keyboard slip"),
    ("promethazene", "Promethazene 25mg tablets", "25 mg at night", "promethazine, phonetic"),
]
for _n, _med, _dose, _why in _MISSPELT_UNASSESSED:
    bad(f"misspelt-unassessed-{_n}", "misspellings", N, extra(_med, _dose), f"{_why}, unassessed (MA101/MA117)")

ok(
    "misspelt-metadone-assessed",
    "misspellings",
    M,
    rename("med-methadone", "Metadone 1mg/ml oral solution"),
    "methadone misspelt in the list, assessed; conclusions spell it right",
)
ok(
    "misspelt-methadon-assessed",
    "misspellings",
    M,
    rename("med-methadone", "Methadon 1mg/ml oral soln"),
    "final e dropped, as in German spelling",
)
ok(
    "misspelt-sertaline-assessed",
    "misspellings",
    M,
    rename("med-sertraline", "Sertaline 50mg tablets"),
    "sertraline, phonetic, assessed",
)
ok(
    "misspelt-sertrakine-assessed",
    "misspellings",
    M,
    rename("med-sertraline", "Sertrakine 50mg tablets"),
    "keyboard slip l to k, assessed",
)
ok(
    "misspelt-lithum-assessed",
    "misspellings",
    L,
    rename("med-lithium", "Lithum carbonate 400mg modified-release tablets"),
    "lithium, i dropped, assessed",
)
ok(
    "misspelt-diazepm-assessed",
    "misspellings",
    F,
    rename("med-diazepam", "Diazepm 5mg tablets"),
    "diazepam, a dropped a, assessed",
)
ok(
    "misspelt-pregabalinn-assessed",
    "misspellings",
    F,
    rename("med-pregabalin", "Pregabalinn 75mg capsules"),
    "pregabalin, letter doubled, assessed",
)
ok(
    "misspelt-valproat-assessed",
    "misspellings",
    V,
    rename("med-valproate", "Sodium valproat 500mg gastro-resistant tablets"),
    "valproate, e dropped, assessed",
)
ok(
    "misspelt-quetiapene-partner-assessed",
    "misspellings",
    P,
    rename("med-partner-quetiapine", "Quetiapene 100mg tablets"),
    "the father's quetiapine misspelt, assessed",
)

# ============================================================================================================
# partner-brands: the father's sedating medicine by a brand.

for _n, _med, _dose, _ingr in [
    ("depixol", "Depixol Low Volume 100mg/ml injection", "100 mg every 2 weeks", "flupentixol depot"),
    ("abilify-maintena", "Abilify Maintena 400mg injection", "400 mg monthly", "aripiprazole depot"),
    ("nightcalm", "Galpharm One A Night Nightcalm 50mg tablets", "One at night", "diphenhydramine"),
    ("clopixol-acuphase", "Clopixol Acuphase 50mg/ml injection", "given on the ward last week", "zuclopenthixol"),
]:
    bad(
        f"partner-unassessed-{_n}",
        "partner-brands",
        P,
        extra(_med, _dose, partner=True),
        f"the father's {_ingr} by brand, not assessed for co-sleeping (MA101)",
    )

ok(
    "partner-lloyds-sleep-aid-assessed",
    "partner-brands",
    P,
    partner_pass(
        "Lloydspharmacy Extra Strength Sleep Aid 50mg tablets",
        "diphenhydramine",
        "diphenhydramine sleep aid (Lloydspharmacy)",
    ),
    "a sleep aid brand for the father, assessed",
)
ok(
    "partner-depixol-assessed",
    "partner-brands",
    P,
    partner_pass(
        "Depixol Low Volume 100mg/ml injection",
        "flupentixol depot injection",
        "fortnightly flupentixol depot (Depixol)",
    ),
    "the father's depot by brand, assessed",
)
ok(
    "partner-defanyl-assessed",
    "partner-brands",
    P,
    partner_pass("Defanyl 50mg tablets", "amoxapine", "amoxapine (Defanyl) at night"),
    "a tricyclic by brand for the father, assessed",
)
ok(
    "partner-fedril-assessed",
    "partner-brands",
    P,
    partner_pass("Fedril night cough linctus", "diphenhydramine", "Fedril linctus, which holds diphenhydramine,"),
    "a sedating cough remedy brand for the father, assessed",
)

# ============================================================================================================
# unrecognised: products medassess cannot know need the clinician's real classification.

R_CREAM = "An emollient cream for dry skin on her hands; not absorbed in any amount that could reach the baby."
R_DROPS = "Lubricating eye drops for dry eyes; they act on the eye only and do not reach breast milk."
R_SALT = "Oral rehydration sachets used for two days of diarrhoea; salts and glucose only, safe in breastfeeding."
R_PESSARY = "A single vaginal pessary for thrush, acting locally; safe for the breastfed baby."

for _n, _med, _dose, _r in [
    ("aqueous-gel", "Zerodouble gel", "Apply to dry skin twice daily", R_CREAM),
    ("hypromellose", "Hypromellose 0.3% eye drops", "One drop in each eye four times a day", R_DROPS),
    ("rehydration", "Dioralyte sachets", "One sachet after each loose stool", R_SALT),
    ("gyno-pessary", "Gyno-Daktarin 1200mg vaginal capsule", "One at night, once", R_PESSARY),
]:
    bad(
        f"unrecognised-{_n}-unclassified",
        "unrecognised",
        N,
        extra(_med, _dose),
        "uncoded, not of concern and not common: the clinician must classify it (MA117)",
    )
    ok(
        f"unrecognised-{_n}-classified",
        "unrecognised",
        N,
        extra(_med, _dose, _r),
        "the same product with a real reason it raises no concern",
    )
bad(
    "unrecognised-reason-see-notes",
    "unrecognised",
    N,
    extra("Zerodouble gel", "Twice daily", "See GP notes."),
    "a reason that points elsewhere and says nothing (MA117)",
)
bad(
    "unrecognised-reason-fine",
    "unrecognised",
    N,
    extra("Hypromellose 0.3% eye drops", "Four times a day", "Fine, no issues, fine."),
    "a reason that is filler (MA117)",
)
bad(
    "unrecognised-concern-reason-oxycodone",
    "unrecognised",
    N,
    extra(
        "Oxycodone 5mg capsules",
        "5 mg every 4 hours when needed",
        "Given by the ward for pain after her caesarean; she takes it at most twice a day.",
    ),
    "a reason cannot clear an opioid for a breastfed baby: it needs an assessment (MA101)",
)

# ============================================================================================================
# near-misses: a different, harmless medicine one or two letters from a medicine of concern (shared with its
# reason); the medicine of concern itself with the same kind of reason (refused).

_NEAR = [
    (
        "loratadine",
        "Loratadine 10mg tablets",
        "10 mg once daily",
        "A non-sedating antihistamine for hay fever; very little reaches breast milk and the baby is unaffected.",
        "lorazepam",
        "Lorazepam 1mg tablets",
        "1 mg at night",
    ),
    (
        "amoxicillin",
        "Amoxicillin 500mg capsules",
        "500 mg three times a day for 5 days",
        "A five-day antibiotic course for a chest infection; safe while breastfeeding, may loosen the baby's stools.",
        "amitriptyline",
        "Amitriptyline 10mg tablets",
        "10 mg at night",
    ),
    (
        "clotrimazole",
        "Clotrimazole 1% cream",
        "Apply twice daily to the rash",
        "An antifungal cream for a skin rash under the breast, washed off before feeds; no risk to the baby.",
        "clonazepam",
        "Clonazepam 500microgram tablets",
        "500 micrograms at night",
    ),
    (
        "cetirizine",
        "Cetirizine 10mg tablets",
        "10 mg once daily",
        "A low-sedation antihistamine for hay fever at the usual dose; compatible with breastfeeding.",
        "sertraline",
        "Sertraline 50mg tablets",
        "50 mg once daily",
    ),
    (
        "metformin",
        "Metformin 500mg tablets",
        "500 mg twice a day",
        "For polycystic ovary syndrome since before pregnancy; compatible with breastfeeding, baby well.",
        "methadone",
        "Methadone 1mg/ml oral solution",
        "30 ml once daily",
    ),
    (
        "clobetasone",
        "Clobetasone butyrate 0.05% cream",
        "Apply thinly once daily for a week",
        "A mild steroid cream for eczema on her wrist; too little absorbed to reach the baby.",
        "clobazam",
        "Clobazam 10mg tablets",
        "10 mg at night",
    ),
    (
        "propranolol",
        "Propranolol 10mg tablets",
        "10 mg twice a day when needed",
        "Low-dose propranolol for palpitations; little reaches breast milk and the baby is feeding and growing well.",
        "promethazine",
        "Promethazine 25mg tablets",
        "25 mg at night",
    ),
    (
        "seretide",
        "Seretide 125 Evohaler",
        "Two puffs twice a day",
        "Her usual asthma inhaler; inhaled doses are tiny and safe in breastfeeding.",
        "sertraline-seroxat",
        "Seroxat 20mg tablets",
        "20 mg once daily",
    ),
]
for _n, _med, _dose, _r, _cn, _cmed, _cdose in _NEAR:
    ok(
        f"near-{_n}-with-reason",
        "near-misses",
        N,
        extra(_med, _dose, _r),
        f"{_med.split()[0]} is not {_cn}: a harmless medicine with its reason",
    )
    bad(
        f"near-{_cn}-with-reason",
        "near-misses",
        N,
        extra(_cmed, _cdose, _r),
        f"{_cmed.split()[0]} itself, of concern: a reason cannot replace its assessment (MA101)",
    )

# ============================================================================================================
# doses: dose lines that cannot be, beside high but real ones.

bad(
    "dose-methadone-6000mg",
    "doses",
    M,
    set_("medicines#med-methadone.dose", "6000 mg (6000 ml) once daily"),
    "no one takes 6000 mg of methadone; the conclusion's 60 mg contradicts the list",
)
bad(
    "dose-lithium-0mg",
    "doses",
    L,
    set_("medicines#med-lithium.dose", "0 mg at night"),
    "a dose of nothing for a medicine she takes and the conclusion continues at 800 mg",
)
bad(
    "dose-sertraline-minus",
    "doses",
    M,
    set_("medicines#med-sertraline.dose", "-100 mg once daily"),
    "a negative dose cannot be",
)
ok(
    "dose-methadone-120mg",
    "doses",
    M,
    set_("medicines#med-methadone.dose", "120 mg (120 ml) once daily, split"),
    "a high but real methadone dose",
)
ok(
    "dose-lithium-1-2g",
    "doses",
    L,
    # The base's overall conclusion restated the old dose: a self-contradiction the case did not intend.
    chain(
        set_("medicines#med-lithium.dose", "1.2 g at night (three tablets)"),
        overall_dose("800 mg at night", "1.2 g at night"),
    ),
    "grams for lithium, a real dose",
)
ok(
    "dose-sertraline-half-tablet",
    "doses",
    M,
    set_("medicines#med-sertraline.dose", "\u00bd tablet (25 mg) nightly"),
    "a vulgar fraction in a dose",
)

# ============================================================================================================
# dates: dates that cannot be, beside odd dates that can.

bad("date-31-april", "dates", M, set_("medicines#med-sertraline.started", "2025-04-31"), "April has 30 days")
bad("date-29-feb-2027", "dates", L, set_("medicines#med-lithium.started", "2023-02-29"), "2023 is not a leap year")
bad("date-month-13", "dates", V, set_("medicines#med-valproate.last_changed", "2024-13-11"), "there is no month 13")
bad("date-day-zero", "dates", F, set_("pregnancy.delivery_date", "2026-06-00"), "there is no day 0")
bad(
    "date-delivery-after-today",
    "dates",
    N,
    set_("pregnancy.delivery_date", "2026-12-04"),
    "the baby cannot have been born tomorrow (MA012)",
)
bad(
    "date-edd-a-year-after-booking",
    "dates",
    M,
    chain(set_("pregnancy.edd", "2027-03-10"), delete("pregnancy.gestation")),
    "an EDD 53 weeks after the assessments: the pregnancy had not begun (MA212/MA013)",
)
bad(
    "date-consent-after-signature",
    "dates",
    N,
    set_("lawful_basis.recorded_on", "2026-05-20"),
    "consent recorded six weeks after the record was last updated and attested (MA013)",
)
bad("date-mother-born-29-feb-2001", "dates", N, set_("mother.birth_date", "2001-02-29"), "2001 is not a leap year")
bad(
    "date-attested-before-delivery",
    "dates",
    F,
    set_("pregnancy.delivery_date", "2026-06-15"),
    "a postnatal record attested before the birth it describes (MA013)",
)
ok(
    "date-started-29-feb-2024",
    "dates",
    L,
    set_("medicines#med-lithium.started", "2024-02-29"),
    "29 February 2024, a leap day",
)
ok(
    "date-mother-born-29-feb-2000",
    "dates",
    N,
    set_("mother.birth_date", "2000-02-29"),
    "2000 was a leap year (divisible by 400)",
)
ok(
    "date-stop-planned-29-feb-2028",
    "dates",
    V,
    set_("medicines#med-folic-acid.stopped", "2028-02-29"),
    "a planned stop on a future leap day: MA010 allows a stop date ahead",
)
ok(
    "date-early-booking",
    "dates",
    M,
    chain(
        set_("pregnancy.edd", "2026-11-02"), set_("pregnancy.gestation", {"weeks": 5, "days": 0, "on": "2026-03-02"})
    ),
    "a booking at 5 weeks with the EDD it implies",
)
ok(
    "date-consent-before-signature",
    "dates",
    N,
    set_("lawful_basis.recorded_on", "2026-04-03"),
    "consent recorded the day after the birth, before the review",
)

# ============================================================================================================
# routes: addresses that cannot deliver, beside unusual ones that can.

bad(
    "route-mesh-unit-separator",
    "routes",
    N,
    set_("recipients#rcp-hv.route.mailbox", "X26HC\u001f003"),
    "a unit separator inside a MESH id (MA307)",
)
bad(
    "route-mesh-space",
    "routes",
    N,
    set_("recipients#rcp-hv.route.mailbox", "X26HC 003"),
    "a space inside a MESH id (MA307)",
)
bad("route-mesh-too-short", "routes", N, set_("recipients#rcp-hv.route.mailbox", "X26H3"), "five characters (MA307)")
bad(
    "route-mesh-letters-only",
    "routes",
    N,
    set_("recipients#rcp-midwife.route.mailbox", "XHCMIDWF"),
    "no digit: not a mailbox id (MA307)",
)
bad(
    "route-fhir-http",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "plain http to another organisation (MA308)",
)
bad(
    "route-fhir-credentials",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://gp:Passw0rd@maternity.northgate.example/fhir/R4"),
    "credentials in the URL (MA308)",
)
bad(
    "route-fhir-space-in-host",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity northgate.example/fhir/R4"),
    "a space in the host (MA308)",
)
bad("route-mllp-port-zero", "routes", V, set_("recipients#rcp-maternity.route.port", 0), "port 0 cannot be dialled")
bad("route-mllp-port-65536", "routes", V, set_("recipients#rcp-maternity.route.port", 65536), "beyond 65535")
bad(
    "route-mllp-host-unit-separator",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface\u001f.castleford.example"),
    "a control character in the host (MA308)",
)
bad(
    "route-mllp-host-bad-ip",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "10.20.300.4"),
    "300 is not an octet (MA308)",
)
bad(
    "route-mllp-link-local",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "169.254.10.20"),
    "a link-local address (MA308)",
)
bad(
    "route-mllp-host-with-port",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "maternity-interface.castleford.example:2575"),
    "host:port in the host field is not a host name (MA308)",
)
bad(
    "route-manual-placeholder",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", "Will be arranged by the ward when possible."),
    "a hand-over still to be arranged (MA309)",
)
bad(
    "route-ods-four-chars",
    "routes",
    N,
    set_("recipients#rcp-hv.organisation.ods_code", "Y905"),
    "four characters: no ODS shape (MA310)",
)
bad(
    "route-ods-letter-o",
    "routes",
    N,
    set_("recipients#rcp-hv.organisation.ods_code", "Y9O5OO"),
    "letter O for zero: neither a site code nor a practice code (MA310)",
)
ok("route-mllp-port-65535", "routes", V, set_("recipients#rcp-maternity.route.port", 65535), "the highest port")
ok(
    "route-mllp-private-ip",
    "routes",
    V,
    set_("recipients#rcp-maternity.route.host", "10.152.14.7"),
    "an HSCN-style private address",
)
ok(
    "route-fhir-port-and-path",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/api/fhir/R4/"),
    "a port and a trailing slash",
)
ok(
    "route-fhir-upper-case-scheme",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "HTTPS://Maternity.Northgate.example/fhir/R4"),
    "the scheme and host in capitals",
)
ok(
    "route-ods-five-char-site",
    "routes",
    N,
    set_("recipients#rcp-hv.organisation.ods_code", "RXH01"),
    "a five-character trust site code",
)
ok(
    "route-ods-three-char-trust",
    "routes",
    N,
    set_("recipients#rcp-midwife.organisation.ods_code", "RXH"),
    "a three-character trust code",
)
ok(
    "route-mesh-other-mailbox",
    "routes",
    N,
    set_("recipients#rcp-hv.route.mailbox", "RXH01HV9"),
    "another well-formed mailbox id",
)
ok(
    "route-manual-real",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Sealed printed copy given by hand to the foster carer, Mrs Okafor, when she collected the baby from "
        "ward 7 on 2026-06-12; she signed the ward's hand-over sheet.",
    ),
    "a real hand-over with who, where and when",
)

# ============================================================================================================
# attribution: registration numbers at each register's edges.

_A = "assessments#asm-methadone.author.registration.number"
_PQ = "assessments#asm-partner-quetiapine.author.registration.number"
_AT = "attestation.by.registration.number"
bad("reg-gmc-six-digits", "attribution", M, set_(_A, "701234"), "GMC numbers have 7 digits (MA204)")
bad("reg-gmc-eight-digits", "attribution", M, set_(_A, "70123456"), "8 digits (MA204)")
bad("reg-gmc-all-sevens", "attribution", M, set_(_A, "7777777"), "one digit repeated (MA208)")
bad("reg-gphc-starts-3", "attribution", N, set_(_AT, "3087654"), "GPhC numbers start with 2 (MA204)")
bad("reg-gphc-all-twos", "attribution", N, set_(_AT, "2222222"), "one digit repeated (MA208)")
bad("reg-nmc-digits-swapped", "attribution", P, set_(_PQ, "1A23456B"), "NMC: 2 digits, a letter ... (MA204)")
bad("reg-nmc-all-zero", "attribution", P, set_(_PQ, "00A0000A"), "all zeros (MA208)")
bad(
    "reg-gphc-for-gp",
    "attribution",
    M,
    set_("assessments#asm-methadone.author.registration", {"body": "GPhC", "number": "2012345"}),
    "a GP registered with the pharmacy register (MA207)",
)
bad(
    "reg-one-number-two-names",
    "attribution",
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Tom"], "family": "Hartley"}),
    "Dr Shah's GMC number 7012345 under another name (MA209)",
)
ok("reg-gmc-low-edge", "attribution", M, set_(_A, "1000001"), "an old low GMC number, 7 digits")
ok("reg-gmc-high-edge", "attribution", M, set_(_A, "7999998"), "a high GMC number")
ok("reg-gphc-low-edge", "attribution", N, set_(_AT, "2000017"), "a low GPhC number starting with 2")
ok("reg-nmc-edge-letters", "attribution", P, set_(_PQ, "99Z0001Z"), "NMC shape with Z letters")
ok("reg-nmc-high-edge", "attribution", P, set_(_PQ, "99Y9998Z"), "NMC shape at its high edge")

# ============================================================================================================
# disguise: the same names and texts in look-alike letters and invisible characters, judged like the plain text.

bad(
    "dis-cyrillic-alventa",
    "disguise",
    N,
    extra(homoglyphs("Alventa XL 75mg capsules", "ae"), "75 mg daily"),
    "Cyrillic a and e inside an unassessed venlafaxine brand",
)
bad(
    "dis-zwsp-leveraxo",
    "disguise",
    N,
    extra(inside_words("Leveraxo 10mg tablets", "\u200b"), "10 mg twice a day"),
    "zero-width spaces inside an unassessed oxycodone brand",
)
bad(
    "dis-soft-hyphen-metadone",
    "disguise",
    N,
    extra("Meta\u00addone 1mg/ml oral solution", "40 ml daily"),
    "a soft hyphen inside a misspelt methadone, unassessed",
)
bad(
    "dis-full-width-kepra",
    "disguise",
    N,
    extra(full_width("Kepra") + " 500mg tablets", "500 mg twice a day"),
    "full-width letters: Keppra misspelt, unassessed",
)
bad(
    "dis-bidi-vascace",
    "disguise",
    N,
    extra("\u202eVascace\u202c 2.5mg tablets", "2.5 mg daily"),
    "bidi controls around a cilazapril brand, unassessed",
)
bad(
    "dis-combining-lorazepan",
    "disguise",
    N,
    extra("".join(c + "\u0300" if c in "aeo" else c for c in "Lorazepan 1mg tablets"), "1 mg at night"),
    "combining graves over a misspelt lorazepam, unassessed",
)
bad(
    "dis-cyrillic-partner-depixol",
    "disguise",
    P,
    extra(homoglyphs("Depixol Low Volume 100mg/ml injection", "eo"), "every 2 weeks", partner=True),
    "Cyrillic letters in the father's unassessed depot brand",
)
bad(
    "dis-zwj-hollow-venlafaxine-conclusion",
    "disguise",
    M,
    chain(
        snri_pass("ViePax"),
        set_(
            "assessments#asm-sertraline.conclusion",
            inside_words("ViePax (venlafaxine) has been reviewed and the assessment is complete.", "\u200d"),
        ),
    ),
    "a hollow conclusion under zero-width joiners (MA103)",
)
bad(
    "dis-unclassified-gel-nbsp-reason",
    "disguise",
    N,
    extra("Zerodouble gel", "Twice daily", "\u00a0\u200b\u00a0"),
    "a reason made only of invisible characters (MA117)",
)
ok(
    "dis-cyrillic-viepax-assessed",
    "disguise",
    M,
    chain(snri_pass("ViePax"), rename("med-sertraline", homoglyphs("ViePax 75mg prolonged-release capsules", "ae"))),
    "Cyrillic letters in an assessed brand's listed name: a warning at most",
)
ok(
    "dis-zwsp-metadone-assessed",
    "disguise",
    M,
    rename("med-methadone", inside_words("Metadone 1mg/ml oral solution", "\u200b")),
    "zero-width spaces in the listed name of assessed methadone",
)
ok(
    "dis-full-width-odrik-assessed",
    "disguise",
    V,
    chain(
        acei_pass("Odrik 2mg capsules", "trandolapril", "Trandolapril (Odrik)"),
        rename("med-valproate", full_width("Odrik") + " 2mg capsules"),
    ),
    "full-width letters in an assessed brand's name",
)
ok(
    "dis-soft-hyphen-loratadine-reason",
    "disguise",
    N,
    extra(
        "Lora\u00adtadine 10mg tablets",
        "10 mg daily",
        "A non-sedating hay fever tablet; negligible amounts in breast milk and no effect on the baby.",
    ),
    "a soft hyphen in a harmless medicine with its reason",
)
ok(
    "dis-combining-overall-methadone",
    "disguise",
    M,
    overall(
        "".join(
            c + "\u0301" if c in "aeiou" else c
            for c in "Methadone and sertraline go on unchanged. The newborn is observed for withdrawal for at least "
            "72 hours on the ward; breastfeeding encouraged. Cot only, no co-sleeping after her dose; the "
            "health visitor checks the cot at the first visit."
        )
    ),
    "a complete overall conclusion with combining accents on every vowel",
)
ok(
    "dis-bidi-quetiapene-partner",
    "disguise",
    P,
    rename("med-partner-quetiapine", "\u2066Quetiapene\u2069 100mg tablets"),
    "bidi isolates around the father's misspelt quetiapine, assessed",
)
ok(
    "dis-cyrillic-reason-dioralyte",
    "disguise",
    N,
    extra("Dioralyte sachets", "After each loose stool", homoglyphs(R_SALT, "aeo")),
    "a real reason in Cyrillic look-alikes",
)


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F63CASES))


if __name__ == "__main__":
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:16} {expect:7} {n}")
    print("refuse", sum(c.expect == REFUSE for c in F63CASES), "pass", sum(c.expect == PASS for c in F63CASES))
