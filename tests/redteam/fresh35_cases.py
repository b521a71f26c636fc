"""A thirty-fifth independent "fresh" batch of red-team cases for the share gate: medicine names as clinicians
write them, fourth sweep.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the examples and the reference code lists, not from
the gate's code or its word lists. The brands are those of codelists-more/brand-names.csv that no earlier batch
(tests/redteam/*cases*.py) used; the VMP names are copied verbatim from the code lists. The lens:

* ``brand``: an unused brand in the medicine list with a complete assessment (pass; the father's sedating
  medicine by brand, an antidepressant, buprenorphine, valproate or carbamazepine by brand) against the same
  kind of brand listed with no assessment, with a wrong reason or with no classification at all (refuse);
* ``vmp``: dm+d VMP names verbatim, with strength, form, salt and modified-release wording, both ways;
* ``misspelling``: one and two edits from a medicine of concern, read as that medicine both ways;
* ``near-miss``: real medicines of no concern one or two letters (or one word) from a medicine of concern
  (hydralazine / hydroxyzine, levocetirizine / levetiracetam, Zyrtec / Zytram, Piriteze / Piriton, Maxitrol /
  Maxitram, Motilium / Motipress, Invita D3 / Invega, Dalacin C / Dalmane, Forceval / Fortral), classified with
  the clinician's reason (pass), and the medicine of concern carrying the look-alike's harmless reason (refuse);
* ``combination``: combination products whose concern is one ingredient (Cuprofen PLUS, Zestoretic, Panadol
  NightPain ...) unassessed (refuse) or assessed for that ingredient (pass), beside their single-ingredient
  siblings of no concern (Cuprofen, Panadol Extra, Feminax Express);
* ``disguise``: look-alike letters, zero-width characters, soft hyphens, bidi controls, full-width forms inside
  the names, both ways;
* ``unlisted``: a brand of concern named only in a conclusion and missing from the list (refuse), beside English
  words a letter or two from a brand ("divan", "moderate", "vertigo", "sterile", "amiss").

The medicines of no concern are real dm+d products outside every concern list (mappings/codelists/more-classes.md
names cetirizine and domperidone as deliberately outside). No clinical code is used or invented: renamed
medicines lose their code, so medicines of concern draw only the MA118 warning. ``test_fresh_records.py`` runs
them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh35_cases`` for the counts per category.
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
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words

F35CASES: list[Case] = []

CATEGORIES = ("brand", "vmp", "misspelling", "near-miss", "combination", "disguise", "unlisted")


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F35CASES.append(Case(f"f35-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(name: str, dose: str, reason: str | None, *, started: str = "2026-04-05", partner: bool = False) -> Mutation:
    """One more medicine, uncoded and unassessed, with the clinician's reason if given."""
    more: dict[str, object] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if partner:
        more["taken_by"] = "partner"
    return add_medicine(medicine("med-f35", name, dose, started, gp_prescriber(RIVERSIDE), **more))


def _rename(mid: str, name: str) -> Mutation:
    """The medicine renamed as written, its code (if any) dropped: only the name can be read."""

    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


# Plausible, wrong reasons: none makes a medicine of concern safe to leave unassessed.
W_PAIN = "Short course for pain after the birth; she expects to stop it within the fortnight."
W_MOOD = "Long-standing treatment for her mood; she is settled on it and the practice repeats it."
W_HOSP = "Hospital-led: the consultant prescribes and monitors it, so the practice only records it."
W_NIGHT = "Bought from the pharmacy for the odd bad night; she takes it rarely."
W_BP = "For her blood pressure; the antenatal clinic already checks her pressure at each visit."
W_RHEUM = "For her rheumatoid arthritis; the rheumatologist manages it and sees her every three months."
W_SEIZ = "For epilepsy, well controlled for years; the neurologist is content with it."
W_COUGH = "A bottle of cough medicine from the chemist for a winter cold; a few doses only."

# ============================================================================================================
# brand: unused brands of concern, unassessed with a wrong reason or with no classification (refuse).

_BRAND_BAD = [
    ("sinequan", N, "Sinequan 25mg caps", "50 mg at night", W_MOOD, "doxepin"),
    ("surmontil", N, "Surmontil 50mg caps", "50 mg at night", W_MOOD, "trimipramine"),
    ("tofranil", N, "Tofranil 25mg tabs", "75 mg at night", W_MOOD, "imipramine"),
    ("allegron", N, "Allegron 25mg tabs", "50 mg at night", W_MOOD, "nortriptyline"),
    ("ludiomil", N, "Ludiomil 75mg tabs", "75 mg at night", W_MOOD, "maprotiline"),
    ("valdoxan", N, "Valdoxan 25mg tabs", "25 mg at bedtime", W_MOOD, "agomelatine"),
    ("nardil", N, "Nardil 15mg tabs", "15 mg three times a day", W_MOOD, "phenelzine (MAOI)"),
    ("manerix", N, "Manerix 150mg tabs", "150 mg twice a day", W_MOOD, "moclobemide"),
    ("haldol", N, "Haldol 1.5mg tabs", "1.5 mg at night", W_HOSP, "haloperidol"),
    ("risperdal", N, "Risperdal 1mg tabs", "2 mg at night", W_HOSP, "risperidone"),
    ("latuda", N, "Latuda 37mg tabs", "37 mg with the evening meal", W_HOSP, "lurasidone"),
    ("denzapine", N, "Denzapine 100mg tabs", "300 mg at night", W_HOSP, "clozapine"),
    ("dalmane", N, "Dalmane 15mg caps", "15 mg at night", W_NIGHT, "flurazepam"),
    ("zimovane-ls", N, "Zimovane LS 3.75mg tabs", "3.75 mg at night", W_NIGHT, "zopiclone"),
    ("zytram", N, "Zytram SR 150mg tabs", "150 mg twice a day", W_PAIN, "tramadol modified-release"),
    ("oxypro", N, "Oxypro 10mg MR tabs", "10 mg twice a day", W_PAIN, "oxycodone modified-release"),
    ("carace", M, "Carace 10mg tabs", "10 mg once daily", W_BP, "lisinopril, an ACE inhibitor in pregnancy"),
    ("amias", M, "Amias 8mg tabs", "8 mg once daily", W_BP, "candesartan, an angiotensin II blocker"),
    ("maxtrex", M, "Maxtrex 2.5mg tabs", "15 mg once a week", W_RHEUM, "methotrexate"),
    ("myfortic", M, "Myfortic 360mg GR tabs", "720 mg twice a day", W_HOSP, "mycophenolate"),
    ("coumadin", M, "Coumadin 3mg tabs", "3 mg once daily", W_HOSP, "warfarin"),
    ("timonil", M, "Timonil Retard 200mg tabs", "400 mg twice a day", W_SEIZ, "carbamazepine"),
    ("matever", M, "Matever 500mg tabs", "750 mg twice a day", W_SEIZ, "levetiracetam"),
    ("revlimid", M, "Revlimid 10mg caps", "10 mg once daily", W_HOSP, "lenalidomide (pregnancy prevention)"),
]
for _n, _b, _name, _dose, _r, _what in _BRAND_BAD:
    bad(
        f"unassessed-{_n}",
        "brand",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: of concern, unassessed, with a reason that does not make it safe (MA101)",
    )

for _n, _b, _name, _dose, _what in [
    ("solian-no-reason", N, "Solian 200mg tabs", "200 mg twice a day", "amisulpride"),
    ("prozit-no-reason", N, "Prozit 20mg caps", "20 mg each morning", "fluoxetine"),
    ("tapclob-no-reason", N, "Tapclob 10mg tabs", "10 mg at night", "clobazam"),
    ("zestril-no-reason", M, "Zestril 5mg tabs", "5 mg once daily", "lisinopril"),
]:
    bad(
        f"unassessed-{_n}",
        "brand",
        _b,
        extra(_name, _dose, None),
        f"'{_name}' ({_what}) listed with neither an assessment nor a classification (MA101)",
    )

for _n, _name, _dose, _what in [
    ("partner-haldol", "Haldol 5mg tabs", "5 mg at night", "haloperidol"),
    ("partner-sinequan", "Sinequan 50mg caps", "100 mg at night", "doxepin"),
    ("partner-zytram", "Zytram SR 100mg tabs", "100 mg twice a day", "tramadol"),
    ("partner-dalmane", "Dalmane 30mg caps", "30 mg at night", "flurazepam"),
]:
    bad(
        f"unassessed-{_n}",
        "brand",
        P,
        extra(_name, _dose, W_HOSP, started="2025-09-01", partner=True),
        f"the father's {_what} by brand ('{_name}'), sedating, never assessed for co-sleeping (MA101)",
    )


# ------------------------------------------------------------------------------------------------------------
# Pass builders: the same kinds of names, assessed and concluded on.


def _partner(name: str, dose: str, item: str, said: str, osaid: str) -> Mutation:
    """The father's quetiapine swapped for another sedating medicine, assessed for co-sleeping and night care."""
    a = "assessments#asm-partner-quetiapine"
    return chain(
        _rename("med-partner-quetiapine", name),
        set_("medicines#med-partner-quetiapine.dose", dose),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"The father takes {item} at bedtime; he sleeps very deeply and is hard to rouse for several hours "
            "afterwards. He is well and does much of the daytime care.",
        ),
        set_(
            f"{a}.conclusion",
            f"The father's {said} at bedtime leaves him deeply asleep and slow to wake, so he must not have the "
            "baby in bed with him, doze with the baby on a sofa or chair, or take the night feeds after his dose. "
            "The mother covers the night feeds, the baby sleeps in the next-to-me crib, and the health visitor "
            "reviews this at every contact.",
        ),
        set_(
            "overall_conclusion.text",
            f"Paracetamol for the mother raises no concern. The father's {osaid} makes him heavily drowsy at "
            "night: he must not share a bed, sofa or chair with the baby or do night feeds after his dose, and "
            "the health visitor keeps checking the crib.",
        ),
    )


_MILK = {
    "fluoxetine": "Breastfeeding is possible; fluoxetine lingers, so the baby is watched for irritability, poor "
    "feeding and poor weight gain.",
    "venlafaxine": "Breastfeeding is compatible; the baby is watched for drowsiness and poor feeding.",
    "duloxetine": "Little reaches the milk; breastfeeding is supported with the baby watched for drowsiness and "
    "poor feeding.",
}


def _antidep(name: str, ingr: str, dose: str, said: str, osaid: str) -> Mutation:
    """Sertraline swapped for another antidepressant as written, its assessment rewritten for it."""
    a = "assessments#asm-sertraline"
    return chain(
        _rename("med-sertraline", name),
        set_("medicines#med-sertraline.dose", dose),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Mood stable on {ingr}; she relapsed within weeks when she stopped an antidepressant in 2023.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            "Small absolute risk of persistent pulmonary hypertension of the newborn and of neonatal adaptation "
            "signs (jitteriness, poor feeding, irritability) in the first days.",
        ),
        set_(f"{a}.impact_on_baby.breastfeeding", _MILK[ingr]),
        set_(
            f"{a}.recommendations",
            f"Continue {ingr}. Paediatric team to be told at delivery; midwife to score adaptation signs alongside "
            "the methadone withdrawal scoring.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues at the same dose: a relapse of her depression would do more harm to her and the "
            "baby than the small risk of adaptation signs such as jitteriness and poor feeding, which the "
            "midwives score for the first 72 hours. Breastfeeding is supported, with the baby watched for poor "
            "feeding.",
        ),
        set_(
            "overall_conclusion.text",
            f"Methadone and {osaid} both continue unchanged. The baby stays on the ward for at least 72 hours of "
            "withdrawal and adaptation scoring; breastfeeding is supported. She must not co-sleep after her "
            "methadone dose, and the health visitor checks the cot before discharge.",
        ),
    )


def _bup(name: str, said: str, osaid: str) -> Mutation:
    """Methadone swapped for buprenorphine as written, its assessment rewritten for it."""
    a = "assessments#asm-methadone"
    return chain(
        _rename("med-methadone", name),
        set_("medicines#med-methadone.dose", "14 mg once daily, supervised"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "Stable on 14 mg for four months, supervised at the pharmacy; drug screens clear. Mildly drowsy for a "
            "few hours after each dose.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Very little buprenorphine reaches the baby through milk; breastfeeding is encouraged.",
        ),
        set_(
            f"{a}.recommendations",
            "No reduction of buprenorphine without the drug service; dose changes shared with maternity and "
            "the health visitor within the week.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} 14 mg daily continues through pregnancy: relapse to street opioids would endanger the baby "
            "far more. The baby may withdraw after birth, so is scored on the ward for at least 72 hours and by "
            "the health visitor for late signs to day 8; breastfeeding is encouraged. She can be drowsy after a "
            "dose, so the baby never sleeps in her bed or on the sofa, and the cot is checked at home.",
        ),
        set_(
            "overall_conclusion.text",
            f"{osaid} and sertraline continue unchanged. The baby is scored for withdrawal on the ward for at "
            "least 72 hours and breastfeeding is encouraged. No co-sleeping when she is drowsy after a dose; the "
            "health visitor and social worker see the sleeping arrangements before discharge.",
        ),
    )


def _carba(name: str, said: str, osaid: str) -> Mutation:
    """Valproate swapped for carbamazepine as written, its assessment rewritten for it."""
    a = "assessments#asm-valproate"
    return chain(
        _rename("med-valproate", name),
        set_("medicines#med-valproate.dose", "400 mg twice a day"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            "Seizure-free for three years on carbamazepine. Stopping it suddenly risks seizures, which would "
            "endanger her and the pregnancy.",
        ),
        set_(
            f"{a}.impact_on_mother.safe_sleep",
            "Not sedating at this dose. If seizures return after birth she should not bath the baby alone or "
            "have the baby in her bed.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            "Unplanned pregnancy with first-trimester carbamazepine exposure: the chance of a major malformation, "
            "including a neural tube defect, is about 1 in 20, roughly twice the background risk. A detailed "
            "anomaly scan is needed.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Breastfeeding is compatible with carbamazepine; the baby is watched for drowsiness, poor feeding "
            "and jaundice.",
        ),
        set_(
            f"{a}.recommendations",
            "Do not stop carbamazepine abruptly. Urgent neurology review and antenatal clinic referral for fetal "
            "medicine review. Folic acid 5 mg daily started today. After the birth she needs a copper coil or "
            "progestogen injection, as carbamazepine makes the pill and implant unreliable.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues unchanged until the neurologist sees her, as a seizure would endanger her and the "
            "baby. The baby was exposed in the first trimester, with about a 1 in 20 chance of a major "
            "malformation, so an early fetal medicine scan is booked and folic acid 5 mg started; breastfeeding "
            "is compatible. After the birth she needs a copper coil or injection, which carbamazepine does not "
            "weaken, to prevent another unplanned pregnancy.",
        ),
        set_(
            "overall_conclusion.text",
            f"Unplanned pregnancy at 8 weeks on {osaid}: continue it unchanged until the urgent neurology review, "
            "never stopping abruptly. Fetal medicine referral for a detailed scan and folic acid 5 mg started; "
            "breastfeeding is compatible; a copper coil or injection after the birth, as carbamazepine weakens "
            "hormonal contraception.",
        ),
    )


# brand: assessed (pass).
_PARTNER_BRANDS = [
    ("haldol", "Haldol 5mg tabs", "5 mg at night", "Haldol (haloperidol) 5 mg", "Haldol", "haloperidol (Haldol)"),
    ("risperdal", "Risperdal 2mg tabs", "4 mg at night", "Risperdal 4 mg", "Risperdal (risperidone)", "Risperdal"),
    ("solian", "Solian 400mg tabs", "400 mg at night", "Solian (amisulpride)", "amisulpride (Solian)", "Solian"),
    ("sinequan", "Sinequan 25mg caps", "75 mg at night", "Sinequan 75 mg", "Sinequan", "doxepin (Sinequan)"),
    ("surmontil", "Surmontil 50mg caps", "100 mg at night", "Surmontil 100 mg", "Surmontil", "Surmontil"),
    ("tofranil", "Tofranil 25mg tabs", "75 mg at night", "Tofranil 75 mg", "Tofranil (imipramine)", "Tofranil"),
    ("zimovane-ls", "Zimovane LS 3.75mg tabs", "3.75 mg at night", "Zimovane LS", "Zimovane LS", "zopiclone"),
    ("dalmane", "Dalmane 15mg caps", "15 mg at night", "Dalmane 15 mg", "Dalmane (flurazepam)", "Dalmane"),
    ("periactin", "Periactin 4mg tabs", "4 mg at night", "Periactin 4 mg", "Periactin", "cyproheptadine"),
    ("zytram", "Zytram SR 150mg tabs", "150 mg at night", "Zytram SR 150 mg", "Zytram (tramadol)", "Zytram"),
    ("mxl", "MXL 30mg caps", "30 mg once daily at night", "MXL morphine 30 mg", "MXL morphine", "MXL morphine"),
    ("neulactil", "Neulactil 10mg tabs", "10 mg at night", "Neulactil 10 mg", "Neulactil", "pericyazine"),
]
for _n, _name, _dose, _item, _said, _os in _PARTNER_BRANDS:
    ok(
        f"partner-assessed-{_n}",
        "brand",
        P,
        _partner(_name, _dose, _item, _said, _os),
        f"the father's '{_name}' assessed for co-sleeping and night care; conclusions call it '{_said}'",
    )

ok(
    "olena-for-sertraline",
    "brand",
    M,
    _antidep("Olena 20mg caps", "fluoxetine", "20 mg each morning", "Olena (fluoxetine)", "Olena"),
    "fluoxetine by the brand Olena, assessed for adaptation and breastfeeding",
)
ok(
    "prozit-for-sertraline",
    "brand",
    M,
    _antidep("Prozit 20mg caps", "fluoxetine", "20 mg each morning", "Prozit", "fluoxetine (Prozit)"),
    "fluoxetine by the brand Prozit, assessed",
)
ok(
    "depalta-for-sertraline",
    "brand",
    M,
    _antidep("Depalta 60mg GR caps", "duloxetine", "60 mg once daily", "Depalta (duloxetine)", "Depalta"),
    "duloxetine by the brand Depalta, assessed",
)
ok(
    "winfex-for-sertraline",
    "brand",
    M,
    _antidep("Winfex XL 150mg caps", "venlafaxine", "150 mg once daily", "Winfex XL", "venlafaxine (Winfex XL)"),
    "venlafaxine by the brand Winfex, assessed",
)
ok(
    "politid-for-sertraline",
    "brand",
    M,
    _antidep("Politid XL 75mg tabs", "venlafaxine", "150 mg once daily", "Politid XL (venlafaxine)", "Politid"),
    "venlafaxine by the brand Politid, assessed",
)
ok(
    "prefibin-for-methadone",
    "brand",
    M,
    _bup("Prefibin 8mg SL tabs", "Prefibin (buprenorphine)", "Prefibin"),
    "buprenorphine by the brand Prefibin, assessed for withdrawal, sedation and breastfeeding",
)
ok(
    "timonil-for-valproate",
    "brand",
    V,
    _carba("Timonil Retard 400mg tabs", "Timonil Retard (carbamazepine)", "Timonil Retard"),
    "carbamazepine by brand in an unplanned pregnancy, assessed with contraception after birth",
)
ok(
    "carbagen-for-valproate",
    "brand",
    V,
    _carba("Carbagen SR 400mg tabs", "Carbagen SR", "carbamazepine (Carbagen)"),
    "carbamazepine by another brand, assessed",
)
ok(
    "depakin-listed",
    "brand",
    V,
    _rename("med-valproate", "Depakin 500mg gastro-resistant tabs"),
    "the assessed valproate listed by the brand Depakin; its conclusions name valproate",
)
ok(
    "epilim-chronosphere-listed",
    "brand",
    V,
    _rename("med-valproate", "Epilim Chronosphere MR 500mg granules"),
    "the assessed valproate listed as Epilim Chronosphere modified-release granules",
)

# ============================================================================================================
# vmp: dm+d VMP names verbatim, unassessed (refuse) and assessed (pass).

_VMP_BAD = [
    ("tramadol-100-mr-tabs", N, "Tramadol 100mg modified-release tablets", "100 mg twice a day", W_PAIN),
    ("oxycodone-10-mr-tabs", N, "Oxycodone 10mg modified-release tablets", "10 mg twice a day", W_PAIN),
    ("morphine-10-mr-caps", N, "Morphine 10mg modified-release capsules", "10 mg twice a day", W_PAIN),
    ("trimipramine-50-caps", N, "Trimipramine 50mg capsules", "50 mg at night", W_MOOD),
    ("flurazepam-15-caps", N, "Flurazepam 15mg capsules", "15 mg at night", W_NIGHT),
    ("chlordiazepoxide-5-tabs", N, "Chlordiazepoxide 5mg tablets", "5 mg three times a day", W_MOOD),
    ("phenelzine-15-tabs", N, "Phenelzine 15mg tablets", "15 mg three times a day", W_MOOD),
    ("lurasidone-37-tabs", N, "Lurasidone 37mg tablets", "37 mg with the evening meal", W_HOSP),
    ("paliperidone-3-mr-tabs", N, "Paliperidone 3mg modified-release tablets", "6 mg each morning", W_HOSP),
    ("pericyazine-solution", N, "Pericyazine 10mg/5ml oral solution", "5 ml at night", W_HOSP),
    ("promethazine-hcl-25", N, "Promethazine hydrochloride 25mg tablets", "25 mg at night", W_NIGHT),
    ("venlafaxine-75-mr-caps", N, "Venlafaxine 75mg modified-release capsules", "150 mg once daily", W_MOOD),
    ("carbamazepine-200-mr", M, "Carbamazepine 200mg modified-release tablets", "400 mg twice a day", W_SEIZ),
    ("mycophenolate-mofetil-500", M, "Mycophenolate mofetil 500mg tablets", "1 g twice a day", W_HOSP),
    ("methotrexate-2-5", M, "Methotrexate 2.5mg tablets", "15 mg once a week", W_RHEUM),
    ("carbimazole-5", M, "Carbimazole 5mg tablets", "10 mg once daily", W_HOSP),
    ("candesartan-8", M, "Candesartan 8mg tablets", "8 mg once daily", W_BP),
    ("phenobarbital-30", M, "Phenobarbital 30mg tablets", "60 mg at night", W_SEIZ),
]
for _n, _b, _name, _dose, _r in _VMP_BAD:
    bad(
        f"vmp-unassessed-{_n}",
        "vmp",
        _b,
        extra(_name, _dose, _r),
        f"the VMP '{_name}' verbatim, of concern, unassessed with a wrong reason (MA101)",
    )

_VMP_PARTNER_OK = [
    ("haloperidol-1-5", "Haloperidol 1.5mg tablets", "3 mg at night", "haloperidol 3 mg"),
    ("doxepin-10-caps", "Doxepin 10mg capsules", "30 mg at night", "doxepin 30 mg"),
    ("trimipramine-50-caps", "Trimipramine 50mg capsules", "100 mg at night", "trimipramine 100 mg"),
    ("amisulpride-100", "Amisulpride 100mg tablets", "200 mg at night", "amisulpride 200 mg"),
    ("clozapine-25-odt", "Clozapine 25mg orodispersible tablets sugar free", "200 mg at night", "clozapine"),
    ("tramadol-100-mr-caps", "Tramadol 100mg modified-release capsules", "100 mg at night", "tramadol MR"),
    ("paliperidone-3-mr", "Paliperidone 3mg modified-release tablets", "6 mg at night", "paliperidone"),
]
for _n, _name, _dose, _item in _VMP_PARTNER_OK:
    _ing = _item.split()[0]
    ok(
        f"vmp-partner-{_n}",
        "vmp",
        P,
        _partner(_name, _dose, _item, _ing, _ing),
        f"the father's '{_name}' (dm+d VMP verbatim), assessed for co-sleeping and night care",
    )

ok(
    "vmp-venlafaxine-75-mr",
    "vmp",
    M,
    _antidep(
        "Venlafaxine 75mg modified-release capsules", "venlafaxine", "150 mg once daily", "Venlafaxine", "venlafaxine"
    ),
    "venlafaxine by its VMP name, assessed",
)
ok(
    "vmp-duloxetine-30-gr",
    "vmp",
    M,
    _antidep("Duloxetine 30mg gastro-resistant capsules", "duloxetine", "60 mg once daily", "Duloxetine", "duloxetine"),
    "duloxetine by its VMP name, assessed",
)
ok(
    "vmp-fluoxetine-solution",
    "vmp",
    M,
    _antidep("Fluoxetine 20mg/5ml oral solution", "fluoxetine", "5 ml each morning", "Fluoxetine liquid", "fluoxetine"),
    "fluoxetine oral solution by its VMP name, assessed",
)
ok(
    "vmp-buprenorphine-2-sl",
    "vmp",
    M,
    _bup("Buprenorphine 2mg sublingual tablets sugar free", "Buprenorphine", "Buprenorphine"),
    "buprenorphine by its VMP name, assessed",
)
ok(
    "vmp-carbamazepine-200-mr",
    "vmp",
    V,
    _carba("Carbamazepine 200mg modified-release tablets", "Carbamazepine MR", "carbamazepine"),
    "carbamazepine MR by its VMP name, assessed",
)
ok(
    "vmp-sodium-valproate-200-gr",
    "vmp",
    V,
    _rename("med-valproate", "Sodium valproate 200mg gastro-resistant tablets"),
    "the valproate listed by another VMP of the same drug, uncoded; conclusions name valproate",
)

# ============================================================================================================
# misspelling: one and two edits from a medicine of concern.

_MIS_BAD = [
    ("haloperidal", N, "Haloperidal 1.5mg tabs", "1.5 mg at night", W_HOSP, "haloperidol, one letter"),
    ("halaperidal", N, "Halaperidal 1.5mg tabs", "1.5 mg at night", W_HOSP, "haloperidol, two letters"),
    ("resperadone", N, "Resperadone 1mg tabs", "2 mg at night", W_HOSP, "risperidone, two letters"),
    ("amisulpiride", N, "Amisulpiride 200mg tabs", "200 mg twice a day", W_HOSP, "amisulpride, one added"),
    ("nortryptiline", N, "Nortryptiline 10mg tabs", "30 mg at night", W_MOOD, "nortriptyline, two swapped vowels"),
    ("doxepine", N, "Doxepine 25mg caps", "50 mg at night", W_MOOD, "doxepin, one added"),
    ("imipramin", N, "Imipramin 25mg tabs", "50 mg at night", W_MOOD, "imipramine, one dropped"),
    ("zopiclon", N, "Zopiclon 7.5mg tabs", "7.5 mg at night", W_NIGHT, "zopiclone, one dropped"),
    ("clobazem", N, "Clobazem 10mg tabs", "10 mg at night", W_NIGHT, "clobazam, one letter"),
    ("tramodol", N, "Tramodol 50mg caps", "50 mg four times a day", W_PAIN, "tramadol, one letter"),
    ("oxicodene", N, "Oxicodene 5mg caps", "5 mg four-hourly", W_PAIN, "oxycodone, two letters"),
    ("morfine", N, "Morfine sulfate 10mg MR tabs", "10 mg twice a day", W_PAIN, "morphine by sound, two edits"),
    ("cyproheptidine", N, "Cyproheptidine 4mg tabs", "4 mg at night", W_NIGHT, "cyproheptadine, one letter"),
    ("diphenhydramin", N, "Diphenhydramin 50mg tabs", "50 mg at night", W_NIGHT, "diphenhydramine, one dropped"),
    ("carbamezapine", M, "Carbamezapine 200mg tabs", "200 mg twice a day", W_SEIZ, "carbamazepine, two letters"),
    ("levetiracetem", M, "Levetiracetem 500mg tabs", "500 mg twice a day", W_SEIZ, "levetiracetam, one letter"),
    ("lisinoprel", M, "Lisinoprel 10mg tabs", "10 mg once daily", W_BP, "lisinopril, one letter"),
    ("candesarten", M, "Candesarten 8mg tabs", "8 mg once daily", W_BP, "candesartan, one letter"),
    ("mycofenolate", M, "Mycofenolate 500mg tabs", "1 g twice a day", W_HOSP, "mycophenolate, two edits"),
    ("methotrexat", M, "Methotrexat 2.5mg tabs", "10 mg once a week", W_RHEUM, "methotrexate, one dropped"),
    ("carbimazol", M, "Carbimazol 5mg tabs", "15 mg once daily", W_HOSP, "carbimazole, one dropped"),
    ("warfrin", M, "Warfrin 3mg tabs", "3 mg once daily", W_HOSP, "warfarin, one dropped"),
]
for _n, _b, _name, _dose, _r, _what in _MIS_BAD:
    bad(
        f"misspelt-unassessed-{_n}",
        "misspelling",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: of concern, unassessed with a wrong reason (MA101)",
    )

_MIS_LIST_OK = [
    ("methadon", M, "med-methadone", "Methadon 1mg/ml oral solution", "one letter dropped"),
    ("metadone", M, "med-methadone", "Metadone 1mg/ml oral solution", "the h dropped"),
    ("methadnoe", M, "med-methadone", "Methadnoe 1mg/ml oral solution", "two letters swapped"),
    ("sertaline", M, "med-sertraline", "Sertaline 50mg tablets", "the r dropped"),
    ("setralin", M, "med-sertraline", "Setralin 50mg tablets", "two letters dropped"),
    ("lithum", L, "med-lithium", "Lithum carbonate 400mg modified-release tablets (Priadel)", "the i dropped"),
    ("diazapam", F, "med-diazepam", "Diazapam 5mg tablets", "one vowel"),
    ("pregabaline", F, "med-pregabalin", "Pregabaline 75mg capsules", "one letter added"),
    ("sodium-valproat", V, "med-valproate", "Sodium valproat 500mg gastro-resistant tablets", "the e dropped"),
]
for _n, _b, _mid, _name, _w in _MIS_LIST_OK:
    ok(
        f"misspelt-listed-{_n}",
        "misspelling",
        _b,
        _rename(_mid, _name),
        f"the assessed medicine listed as '{_name}' ({_w}), uncoded; its conclusions name it correctly",
    )

ok(
    "misspelt-partner-haloperidal",
    "misspelling",
    P,
    _partner("Haloperidal 5mg tabs", "5 mg at night", "haloperidol 5 mg", "haloperidol", "haloperidol"),
    "the father's haloperidol misspelt in the list, assessed",
)
ok(
    "misspelt-partner-quietapine",
    "misspelling",
    P,
    _partner("Quietapine 100mg tablets", "300 mg at night", "quetiapine 300 mg", "quetiapine", "quietapine"),
    "the father's quetiapine misspelt (two edits) in the list and the overall conclusion, assessed",
)
ok(
    "misspelt-partner-amitryptilline",
    "misspelling",
    P,
    _partner("Amitryptilline 25mg tabs", "50 mg at night", "amitriptyline 50 mg", "amitriptyline", "amitriptyline"),
    "the father's amitriptyline misspelt (two edits), assessed",
)
ok(
    "misspelt-fluoxatine",
    "misspelling",
    M,
    _antidep("Fluoxatine 20mg caps", "fluoxetine", "20 mg each morning", "Fluoxetine", "fluoxatine"),
    "fluoxetine misspelt in the list and the overall conclusion, assessed",
)
ok(
    "misspelt-venlafaxene",
    "misspelling",
    M,
    _antidep("Venlafaxene XL 75mg caps", "venlafaxine", "150 mg once daily", "Venlafaxine", "venlafaxine"),
    "venlafaxine misspelt in the list, assessed",
)
ok(
    "misspelt-carbamazapine",
    "misspelling",
    V,
    _carba("Carbamazapine 200mg MR tabs", "Carbamazepine", "carbamazapine"),
    "carbamazepine misspelt in the list and the overall conclusion, assessed",
)

# ============================================================================================================
# near-miss: real medicines of no concern near one of concern, classified (pass); the medicine of concern with
# the look-alike's harmless reason (refuse).

_NEAR_OK = [
    (
        "hydralazine",
        "Hydralazine 25mg tabs",
        "25 mg three times a day",
        "For raised blood pressure after pre-eclampsia; not sedating and compatible with breastfeeding.",
        "hydroxyzine",
    ),
    (
        "levocetirizine",
        "Levocetirizine 5mg tabs",
        "5 mg once daily",
        "Non-sedating antihistamine for hay fever; little passes into milk and the baby is not made drowsy.",
        "levetiracetam",
    ),
    (
        "zyrtec",
        "Zyrtec 10mg tabs",
        "10 mg once daily",
        "Cetirizine for hay fever; non-sedating at this dose and compatible with breastfeeding.",
        "Zytram",
    ),
    (
        "piriteze",
        "Piriteze Allergy 10mg tabs",
        "10 mg once daily",
        "Cetirizine for itchy eyes and sneezing; the non-drowsy one, compatible with breastfeeding.",
        "Piriton Allergy",
    ),
    (
        "maxitrol",
        "Maxitrol eye drops",
        "one drop four times a day for 5 days",
        "Steroid and antibiotic eye drops for an inflamed eye; the tiny dose does not reach the baby.",
        "Maxitram",
    ),
    (
        "motilium",
        "Motilium 10mg tabs",
        "10 mg three times a day",
        "Domperidone from the infant feeding team to help her milk supply; the baby gets very little and it does not "
        "sedate.",
        "Motipress",
    ),
    (
        "invita-d3",
        "Invita D3 25,000 unit oral solution",
        "one ampoule a month",
        "Vitamin D for low levels; safe in breastfeeding.",
        "Invega",
    ),
    (
        "dalacin-c",
        "Dalacin C 150mg caps",
        "300 mg four times a day for 7 days",
        "Clindamycin for a wound infection; compatible with breastfeeding, watch the baby's nappies for loose stools.",
        "Dalmane",
    ),
    (
        "forceval",
        "Forceval caps",
        "one daily",
        "Multivitamin and mineral supplement after a big blood loss; nothing in it reaches the baby in harmful amounts.",
        "Fortral",
    ),
]
for _n, _name, _dose, _r, _near in _NEAR_OK:
    ok(
        f"near-{_n}",
        "near-miss",
        N,
        extra(_name, _dose, _r),
        f"'{_name}' raises no concern (near {_near}); classified with the clinician's reason",
    )

_NEAR_BAD = [
    (
        "hydroxyzine-bp-reason",
        "Hydroxyzine 25mg tabs",
        "25 mg at night",
        "For raised blood pressure after pre-eclampsia.",
        "hydroxyzine, a sedating antihistamine",
    ),
    (
        "levetiracetam-hayfever-reason",
        "Levetiracetam 500mg tabs",
        "500 mg twice a day",
        "For hay fever; little passes into milk.",
        "levetiracetam, an antiepileptic",
    ),
    (
        "zytram-cetirizine-reason",
        "Zytram SR 75mg tabs",
        "75 mg twice a day",
        "Cetirizine for hay fever; non-sedating at this dose.",
        "tramadol",
    ),
    (
        "piriton-non-drowsy-reason",
        "Piriton Allergy 4mg tabs",
        "4 mg at night",
        "The non-drowsy hay fever tablet; compatible with breastfeeding.",
        "chlorphenamine, sedating",
    ),
    (
        "maxitram-eye-drop-reason",
        "Maxitram SR 100mg caps",
        "100 mg twice a day",
        "Eye drops for an inflamed eye; the tiny dose does not reach the baby.",
        "tramadol",
    ),
    (
        "motipress-milk-reason",
        "Motipress tabs",
        "one at night",
        "From the infant feeding team to help her milk supply.",
        "nortriptyline with fluphenazine",
    ),
    (
        "invega-vitamin-reason",
        "Invega 6mg MR tabs",
        "6 mg each morning",
        "Vitamin D for low levels; safe in breastfeeding.",
        "paliperidone",
    ),
    (
        "dalmane-antibiotic-reason",
        "Dalmane 15mg caps",
        "15 mg at night",
        "Antibiotic for a wound infection, seven days.",
        "flurazepam",
    ),
]
for _n, _name, _dose, _r, _what in _NEAR_BAD:
    bad(
        f"near-{_n}",
        "near-miss",
        N,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: the medicine of concern with the look-alike's reason, unassessed (MA101)",
    )

# ============================================================================================================
# combination: a combination product whose concern is one ingredient.

_COMBO_BAD = [
    ("cuprofen-plus", N, "Cuprofen PLUS tabs", "two tablets three times a day", W_PAIN, "ibuprofen with codeine"),
    ("feminax-period-pain", N, "Feminax Period Pain tabs", "two tablets four times a day", W_PAIN, "co-codamol"),
    ("codafen-continus", N, "Codafen Continus tabs", "two tablets twice a day", W_PAIN, "ibuprofen with codeine"),
    ("dypracet", N, "Dypracet 10mg/500mg tabs", "two tablets four times a day", W_PAIN, "co-dydramol"),
    ("galake", N, "Galake tabs", "two tablets four times a day", W_PAIN, "co-dydramol"),
    (
        "panadol-nightpain",
        N,
        "Panadol NightPain tabs",
        "two tablets at bedtime",
        W_NIGHT,
        "paracetamol with diphenhydramine",
    ),
    ("covonia-night", N, "Covonia night time formula", "15 ml at bedtime", W_COUGH, "diphenhydramine"),
    ("boots-night-cough", N, "Boots Night Cough Relief", "10 ml at bedtime", W_COUGH, "diphenhydramine"),
    ("phenergan-comp", N, "Phenergan comp expect", "10 ml at night", W_COUGH, "promethazine"),
    ("zestoretic", M, "Zestoretic 20/12.5 tabs", "one tablet once daily", W_BP, "lisinopril with hydrochlorothiazide"),
    ("co-diovan", M, "Co-Diovan 80/12.5 tabs", "one tablet once daily", W_BP, "valsartan with a thiazide"),
    ("coaprovel", M, "CoAprovel 150/12.5 tabs", "one tablet once daily", W_BP, "irbesartan with a thiazide"),
    ("exforge", M, "Exforge 5/80 tabs", "one tablet once daily", W_BP, "amlodipine with valsartan"),
    ("tarka", M, "Tarka 180/2 MR caps", "one capsule once daily", W_BP, "verapamil with trandolapril"),
    ("cozaar-comp", M, "Cozaar-Comp 50/12.5 tabs", "one tablet once daily", W_BP, "losartan with a thiazide"),
]
for _n, _b, _name, _dose, _r, _what in _COMBO_BAD:
    bad(
        f"combo-unassessed-{_n}",
        "combination",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: the concern is one ingredient; unassessed with a wrong reason (MA101)",
    )

_COMBO_PARTNER_OK = [
    (
        "panadol-nightpain",
        "Panadol NightPain tabs",
        "two tablets every night",
        "Panadol NightPain (paracetamol with diphenhydramine)",
        "Panadol NightPain",
        "Panadol NightPain",
    ),
    (
        "cuprofen-plus",
        "Cuprofen PLUS tabs",
        "two tablets at night for back pain",
        "Cuprofen PLUS (ibuprofen with codeine)",
        "Cuprofen PLUS",
        "codeine (Cuprofen PLUS)",
    ),
    (
        "co-dydramol",
        "Co-dydramol 10mg/500mg tablets",
        "two tablets at night",
        "co-dydramol",
        "co-dydramol (dihydrocodeine with paracetamol)",
        "co-dydramol",
    ),
    (
        "codafen-continus",
        "Codafen Continus tabs",
        "two tablets at night",
        "Codafen Continus",
        "Codafen Continus (ibuprofen with codeine)",
        "Codafen Continus",
    ),
]
for _n, _name, _dose, _item, _said, _os in _COMBO_PARTNER_OK:
    ok(
        f"combo-partner-{_n}",
        "combination",
        P,
        _partner(_name, _dose, _item, _said, _os),
        f"the father's '{_name}' (sedating ingredient) assessed for co-sleeping and night care",
    )

_COMBO_NEAR_OK = [
    (
        "cuprofen-ibuprofen-only",
        "Cuprofen Maximum Strength 400mg tabs",
        "400 mg three times a day for 3 days",
        "Ibuprofen alone, no codeine; short course for perineal pain, compatible with breastfeeding.",
        "Cuprofen PLUS",
    ),
    (
        "panadol-extra",
        "Panadol Extra tabs",
        "two tablets up to four times a day",
        "Paracetamol with caffeine, no sedating ingredient; limit tea and coffee so the baby is not unsettled.",
        "Panadol NightPain",
    ),
    (
        "feminax-express",
        "Feminax Express 342mg tabs",
        "two tablets three times a day for 3 days",
        "Ibuprofen lysine for after-pains; no codeine, compatible with breastfeeding.",
        "Feminax Period Pain",
    ),
    (
        "gaviscon-advance",
        "Gaviscon Advance oral suspension",
        "10 ml after meals and at bedtime",
        "Alginate antacid for heartburn; acts in the stomach, nothing reaches the baby.",
        "Galake",
    ),
]
for _n, _name, _dose, _r, _near in _COMBO_NEAR_OK:
    ok(
        f"combo-{_n}",
        "combination",
        N,
        extra(_name, _dose, _r),
        f"'{_name}' has no ingredient of concern (sibling of {_near}); classified with the reason",
    )

# ============================================================================================================
# disguise: the names above in look-alike letters, invisible characters and full width, both ways.

_DIS_BAD = [
    ("haldol-cyrillic", N, homoglyphs("Haldol 1.5mg tabs", "aoH"), "1.5 mg at night", W_HOSP),
    ("sinequan-zero-width", N, inside_words("Sinequan 25mg caps", "\u200b", every=2), "50 mg at night", W_MOOD),
    ("zytram-soft-hyphen", N, inside_words("Zytram SR 150mg tabs", SOFT_HYPHEN, every=2), "150 mg twice a day", W_PAIN),
    ("dalmane-full-width", N, full_width("Dalmane 15mg caps"), "15 mg at night", W_NIGHT),
    ("tofranil-bidi", N, inside_words("Tofranil 25mg tabs", "\u202e", every=3), "75 mg at night", W_MOOD),
    ("carace-greek", M, homoglyphs("Carace 10mg tabs", "ae", variant=1), "10 mg once daily", W_BP),
    ("maxtrex-word-joiner", M, inside_words("Maxtrex 2.5mg tabs", "\u2060", every=1), "15 mg once a week", W_RHEUM),
    (
        "cuprofen-plus-zwnj",
        N,
        inside_words("Cuprofen PLUS tabs", "\u200c", every=3),
        "two tablets three times a day",
        W_PAIN,
    ),
    ("zestoretic-cyrillic", M, homoglyphs("Zestoretic 20/12.5 tabs", "eoc"), "one tablet once daily", W_BP),
    (
        "tramadol-vmp-soft-hyphen",
        N,
        inside_words("Tramadol 100mg modified-release tablets", SOFT_HYPHEN, every=3),
        "100 mg twice a day",
        W_PAIN,
    ),
]
for _n, _b, _name, _dose, _r in _DIS_BAD:
    bad(
        f"disguised-unassessed-{_n}",
        "disguise",
        _b,
        extra(_name, _dose, _r),
        "a medicine of concern in disguise, unassessed, with a reason that does not make it safe (MA101)",
    )

ok(
    "disguised-partner-risperdal-cyrillic",
    "disguise",
    P,
    _partner(homoglyphs("Risperdal 2mg tabs", "ieopa"), "4 mg at night", "Risperdal 4 mg", "Risperdal", "Risperdal"),
    "the father's Risperdal in look-alike letters in the list, assessed",
)
ok(
    "disguised-partner-sinequan-zero-width",
    "disguise",
    P,
    _partner(
        "Sinequan 25mg caps",
        "75 mg at night",
        "Sinequan 75 mg",
        inside_words("Sinequan", "\u200b") + " (doxepin)",
        "Sinequan",
    ),
    "the father's Sinequan with zero-width spaces in his conclusion, assessed",
)
ok(
    "disguised-olena-soft-hyphen",
    "disguise",
    M,
    _antidep(
        inside_words("Olena 20mg caps", SOFT_HYPHEN, every=2),
        "fluoxetine",
        "20 mg each morning",
        "Olena (fluoxetine)",
        "Olena",
    ),
    "fluoxetine as Olena with soft hyphens in the list, assessed",
)
ok(
    "disguised-depakin-full-width",
    "disguise",
    V,
    _rename("med-valproate", full_width("Depakin 500mg GR tabs")),
    "the assessed valproate listed as full-width Depakin",
)
ok(
    "disguised-near-zyrtec-cyrillic",
    "disguise",
    N,
    extra(
        homoglyphs("Zyrtec 10mg tabs", "ey"),
        "10 mg once daily",
        "Cetirizine for hay fever; non-sedating at this dose and compatible with breastfeeding.",
    ),
    "Zyrtec in look-alike letters, classified: must not become Zytram",
)
ok(
    "disguised-near-hydralazine-soft-hyphen",
    "disguise",
    N,
    extra(
        inside_words("Hydralazine 25mg tabs", SOFT_HYPHEN, every=3),
        "25 mg three times a day",
        "For raised blood pressure after pre-eclampsia; not sedating and compatible with breastfeeding.",
    ),
    "hydralazine with soft hyphens, classified: must not become hydroxyzine",
)
ok(
    "disguised-partner-zytram-bidi",
    "disguise",
    P,
    _partner(
        inside_words("Zytram SR 150mg tabs", "\u200e", every=2),
        "150 mg at night",
        "Zytram SR 150 mg",
        "Zytram (tramadol)",
        "Zytram",
    ),
    "the father's Zytram with left-to-right marks inside, assessed",
)

# ============================================================================================================
# unlisted: a brand of concern named only in a conclusion (refuse), beside English words near a brand (pass).

_CORE = (
    "Methadone and sertraline carry on at the same doses. The baby is scored for withdrawal on the ward for at "
    "least 72 hours and breastfeeding is supported; she must not share a bed or sofa with the baby after her "
    "methadone dose, and the health visitor sees the cot before discharge."
)


def _m_overall(sentence: str) -> Mutation:
    return set_("overall_conclusion.text", f"{_CORE} {sentence}")


_UNLISTED_BAD = [
    ("sinequan", "She also keeps taking Sinequan 25 mg at night for sleep.", "doxepin by brand"),
    ("haldol", "Her Haldol 1.5 mg at night carries on as the psychiatrist advised.", "haloperidol by brand"),
    ("zytram", "Zytram 150 mg twice a day for her back continues unchanged.", "tramadol by brand"),
    ("carace", "Carace 10 mg for her blood pressure also continues.", "lisinopril in pregnancy"),
    ("maxtrex", "She stays on Maxtrex 10 mg weekly for her arthritis.", "methotrexate in pregnancy"),
    ("cuprofen-plus", "She takes Cuprofen PLUS most days for headaches.", "codeine in a combination"),
    ("tramadol-vmp", "Tramadol 100mg modified-release tablets twice a day also continue.", "a VMP name"),
    ("zopiclon-misspelt", "Her zopiclon at night continues.", "zopiclone misspelt"),
]
for _n, _s, _w in _UNLISTED_BAD:
    bad(
        f"unlisted-{_n}",
        "unlisted",
        M,
        _m_overall(_s),
        f"the overall conclusion continues {_w}, which the medicine list lacks (MA120)",
    )
bad(
    "unlisted-partner-risperdal",
    "unlisted",
    P,
    set_(
        "overall_conclusion.text",
        "The mother's paracetamol raises no concern. The father's quetiapine and his Risperdal both make him very "
        "drowsy at night: no bed, sofa or chair sharing with the baby and no night feeds by him after his doses; the "
        "health visitor checks the crib at each visit.",
    ),
    "the father's Risperdal named beside his quetiapine, missing from the list (MA120)",
)
bad(
    "unlisted-sinequan-cyrillic",
    "unlisted",
    M,
    _m_overall("She also keeps taking " + homoglyphs("Sinequan", "ea") + " 25 mg at night."),
    "as unlisted-sinequan, the brand in look-alike letters (MA120)",
)
bad(
    "unlisted-haldol-zero-width",
    "unlisted",
    M,
    _m_overall("Her " + inside_words("Haldol", "\u200b") + " 1.5 mg at night continues."),
    "as unlisted-haldol, zero-width spaces inside the brand (MA120)",
)

_UNLISTED_OK = [
    ("divan", "The spare divan in the lounge is not a safe place for her to doze with the baby.", "Diovan"),
    ("moderate", "Her cravings are moderate and she attends every keywork session.", "Modecate"),
    ("vertigo", "The vertigo she had in early pregnancy has settled without treatment.", "Vertigon"),
    ("sterile", "Feeds if needed are made up with freshly boiled water in sterile bottles.", "Staril"),
    ("amiss", "If anything seems amiss with the baby's feeding, the midwife is phoned the same day.", "Amias"),
]
for _n, _s, _near in _UNLISTED_OK:
    ok(
        f"english-{_n}",
        "unlisted",
        M,
        _m_overall(_s),
        f"a complete overall conclusion; '{_n}' is an English word near the brand {_near}, not a medicine",
    )
ok(
    "english-moderate-cyrillic",
    "unlisted",
    M,
    _m_overall(homoglyphs("Her cravings are moderate now.", "oe")),
    "'moderate' in look-alike letters beside a complete overall conclusion, not Modecate",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F35CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:14} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F35CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F35CASES),
        "total",
        len(F35CASES),
    )
