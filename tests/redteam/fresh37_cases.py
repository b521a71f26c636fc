"""A thirty-seventh independent "fresh" batch of red-team cases for the share gate: medicine names as clinicians
write them, fifth sweep.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the examples and the reference code lists, not from
the gate's code or its word lists. The brands are those of codelists-more/brand-names.csv that no earlier batch
(tests/redteam/*cases*.py) used, and the ingredients those of the code lists under shared/reference/codes that
no earlier batch named. The lens, in seven categories, each both ways:

* ``unused-brand``: an unused brand of concern (tramadol, oxycodone, fentanyl and buprenorphine patches,
  venlafaxine, fluoxetine, lofepramine, dosulepin, amoxapine, antipsychotics and depots, carbamazepine,
  phenytoin, primidone, levetiracetam, clobazam, diphenhydramine sleep aids, ACE inhibitors and sartans,
  methotrexate, mycophenolate, carbimazole, modafinil, pomalidomide) listed with a wrong reason or none
  (refuse), or assessed and concluded on by brand or ingredient (pass);
* ``unused-ingredient``: ingredients never named before (mianserin, nefazodone, isocarboxazid,
  tranylcypromine, tryptophan, cariprazine, bromazepam, loprazolam, lormetazepam, dipipanone, papaveretum,
  dextropropoxyphene, cilazapril, fosinopril, imidapril, moexipril, zofenopril, eprosartan, azilsartan,
  aliskiren, sacubitril, mycophenolic acid), both ways;
* ``typo``: a transposed, doubled, dropped or swapped letter in a medicine of concern: unassessed (refuse) or
  the assessed medicine listed that way (pass);
* ``spelling-variant``: British and American names and old British Approved Names (sulphate/sulfate,
  phenobarbitone, dothiepin, methotrimeprazine, flupenthixol, trimeprazine, chlorpheniramine, meperidine,
  Dilantin, Klonopin), and a dropped final "e", both ways;
* ``spacing``: a space or hyphen inside a name ("pre gabalin", "carba-mazepine"), both ways;
* ``near-miss``: real medicines of no concern a letter or a syllable from a medicine of concern (lamivudine /
  lamotrigine, tropicamide / topiramate, clobetasone / clobazam, Oraldene / Oramorph, Zovirax / Zomorph,
  fluticasone / fluoxetine, Trandate / tramadol, Oxis / Oxactin, Klaricid / Klonopin, lansoprazole /
  loprazolam, carbomer / carbamazepine) classified with the clinician's reason (pass),
  and English words near a brand in a conclusion (tutor / Dutor, Lamont / Lomont, mandolin / Mandalyn), against
  the medicine of concern carrying the look-alike's harmless reason (refuse);
* ``partner``: the father's sedating medicine by unused brand, ingredient, misspelling or spacing, unassessed
  (refuse) or assessed for co-sleeping and night care (pass).

The medicines of no concern are real dm+d products outside every concern list. No clinical code is used or
invented: renamed medicines lose their code, so medicines of concern draw only the MA118 warning.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh37_cases`` for the counts per category.
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

F37CASES: list[Case] = []

CATEGORIES = ("unused-brand", "unused-ingredient", "typo", "spelling-variant", "spacing", "near-miss", "partner")


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F37CASES.append(Case(f"f37-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(name: str, dose: str, reason: str | None, *, started: str = "2026-04-06", partner: bool = False) -> Mutation:
    """One more medicine, uncoded and unassessed, with the clinician's reason if given."""
    more: dict[str, object] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if partner:
        more["taken_by"] = "partner"
    return add_medicine(medicine("med-f37", name, dose, started, gp_prescriber(RIVERSIDE), **more))


def rename(mid: str, name: str) -> Mutation:
    """The medicine renamed as written, its code (if any) dropped: only the name can be read."""

    def drop_code(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)

    return chain(set_(f"medicines#{mid}.name", name), drop_code)


# Plausible reasons that do not make a medicine of concern safe to leave unassessed.
R_BACK = "For her long-standing back pain; she has taken it for years without any problem."
R_LOW = "Low mood since her teens; settled on it, repeat prescription from the practice."
R_SPEC = "Started and monitored by the hospital specialist; the practice only issues it."
R_SLEEP = "Bought over the counter for poor sleep; she uses it only now and then."
R_PRESS = "Treats her high blood pressure, which is well controlled; checked at every antenatal visit."
R_FITS = "For epilepsy; no seizures for years, neurology discharged her to the practice."
R_JOINT = "For psoriatic arthritis, under rheumatology, which reviews her twice a year."
R_COLD = "A chemist's remedy for a chesty cold, a few nights only."
R_HIS = "His own long-term medicine from his own GP; it has nothing to do with the baby."

# ============================================================================================================
# Pass builders: the assessed medicine swapped for another as written, its assessment rewritten for it.


def partner_pass(name: str, dose: str, item: str, said: str, osaid: str) -> Mutation:
    """The father's quetiapine swapped for another sedating medicine, assessed for co-sleeping and night care."""
    a = "assessments#asm-partner-quetiapine"
    return chain(
        rename("med-partner-quetiapine", name),
        set_("medicines#med-partner-quetiapine.dose", dose),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"The father is on {item} and is groggy and hard to wake at night until the morning. He is well in "
            "himself and looks after the baby for much of the day.",
        ),
        set_(
            f"{a}.conclusion",
            f"The father's {said} leaves him too drowsy to wake reliably at night: he must never have the baby in "
            "his bed or fall asleep holding the baby on the sofa, and he does not do the night feeds while on it. "
            "The mother does the night feeds with the baby in the next-to-me crib, and the health visitor checks "
            "this at each visit.",
        ),
        set_(
            "overall_conclusion.text",
            f"Her paracetamol raises no concern. The father's {osaid} sedates him at night, so no bed, sofa or "
            "armchair sharing with the baby and no night feeds by him; the crib on the mother's side is "
            "seen and safe, and the health visitor keeps checking it.",
        ),
    )


def mood_pass(name: str, ingr: str, dose: str, said: str, osaid: str, milk: str) -> Mutation:
    """Sertraline swapped for another antidepressant or antipsychotic as written, its assessment rewritten."""
    a = "assessments#asm-sertraline"
    return chain(
        rename("med-sertraline", name),
        set_("medicines#med-sertraline.dose", dose),
        set_(f"{a}.impact_on_mother.sedation", "yes"),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Well on {ingr} for two years; a previous attempt to stop led to a severe relapse within a month. "
            "Somewhat drowsy for a few hours after the night-time dose.",
        ),
        set_(
            f"{a}.impact_on_mother.safe_sleep",
            "Drowsy at night after her dose: the baby sleeps in the cot beside the bed, never in her bed or on the "
            "sofa with her.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            "Exposure late in pregnancy can cause neonatal adaptation or withdrawal signs (jitteriness, poor "
            "feeding, irritability, drowsiness) in the first days.",
        ),
        set_(f"{a}.impact_on_baby.breastfeeding", milk),
        set_(
            f"{a}.recommendations",
            f"Continue {ingr}; not to be stopped suddenly. Paediatric team told at delivery; the midwife scores "
            "adaptation and withdrawal signs for 72 hours alongside the methadone observations.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues unchanged because stopping it would very likely bring back her illness, which "
            "would harm her and the baby more. The baby is scored for adaptation and withdrawal signs for the "
            "first 72 hours; she is drowsy after the night dose, so the baby sleeps in the cot, not her bed; "
            f"{milk[0].lower()}{milk[1:]}",
        ),
        set_(
            "overall_conclusion.text",
            f"Methadone and {osaid} both continue as they are. The baby stays in for at least 72 hours of "
            "withdrawal and adaptation scoring, and breastfeeding is planned as advised. No co-sleeping after "
            "either dose; the social worker and health visitor see the cot before discharge.",
        ),
    )


def opioid_pass(name: str, ingr: str, dose: str, said: str, osaid: str) -> Mutation:
    """Methadone swapped for an opioid painkiller as written, its assessment rewritten for it."""
    a = "assessments#asm-methadone"
    return chain(
        rename("med-methadone", name),
        set_("medicines#med-methadone.dose", dose),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Takes {ingr} every day for chronic pain after a spinal fusion; drowsy for a few hours after a dose. "
            "The pain clinic has tried to reduce it twice without success.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            f"Breastfeeding is supported at this dose of {ingr}; the baby is watched for drowsiness, poor feeding "
            "and pauses in breathing, and a doctor is called if the baby is hard to wake.",
        ),
        set_(
            f"{a}.recommendations",
            f"Do not stop {ingr} suddenly; the pain clinic manages any reduction, and any change is shared with "
            "maternity and the health visitor in the same week.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues at the same dose through pregnancy, as sudden withdrawal could harm her and the "
            "baby. The baby is observed for opioid withdrawal for at least 72 hours on the ward and by the health "
            "visitor to day 8; breastfeeding is supported with a watch for a sleepy baby. She is drowsy after a "
            "dose, so the baby must sleep in the cot, not her bed or the sofa.",
        ),
        set_(
            "overall_conclusion.text",
            f"{osaid} and sertraline both continue. The baby is watched on the ward for at least 72 hours for "
            "withdrawal and adaptation signs, and breastfeeding is supported. No bed or sofa sharing while she is "
            "drowsy after a dose; the health visitor and social worker see the cot before discharge.",
        ),
    )


def benzo_pass(name: str, ingr: str, said: str, osaid: str) -> Mutation:
    """Diazepam swapped for another benzodiazepine as written, beside the pregabalin."""
    a = "assessments#asm-diazepam-pregabalin"
    return chain(
        rename("med-diazepam", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Together, {ingr} and pregabalin leave her drowsy, most of all at night and for an hour or two after a "
            "dose. With prompting she has cared for the baby on the ward; an awake adult is needed for night feeds.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"Exposed to {ingr} and pregabalin through pregnancy. Withdrawal (irritability, tremor, poor feeding "
            "and sleep) usually begins 2 to 3 days after birth and can appear up to day 8; a benzodiazepine near "
            "birth can also make a baby floppy. The newborn examination was normal.",
        ),
        set_(
            f"{a}.recommendations",
            f"Neither medicine to be stopped suddenly: {ingr} withdrawal risks seizures. The GP agrees a slow "
            "reduction at the 6-week review; weekly prescriptions in the placement; dose changes shared with the "
            "social worker, foster carer and health visitor within the week.",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} with pregabalin makes her markedly drowsy: she must not co-sleep with the baby or feed lying "
            "down, and another adult stays awake for night care in the placement. Late withdrawal is possible "
            "until day 8. Both continue for now, with a slow supervised reduction to follow.",
        ),
        set_(
            "overall_conclusion.text",
            f"{osaid} and pregabalin continue for now and together sedate her: no sharing a bed, sofa or armchair "
            "with the baby, no feeding lying down, and the foster carer does the night feeds. Watch for late "
            "withdrawal until day 8; the foster carer, health visitor and social worker hold this plan.",
        ),
    )


def aed_pass(name: str, ingr: str, risk: str, milk: str, contra: str, said: str, osaid: str) -> Mutation:
    """Valproate swapped for another antiepileptic as written, its assessment rewritten for it."""
    a = "assessments#asm-valproate"
    return chain(
        rename("med-valproate", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"No seizures for three years on {ingr}. Stopping it suddenly could bring seizures back, dangerous to "
            "her and the pregnancy.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"Unplanned pregnancy with first-trimester {ingr} exposure: {risk}. A detailed anomaly scan is needed.",
        ),
        set_(f"{a}.impact_on_baby.breastfeeding", milk),
        set_(
            f"{a}.recommendations",
            f"Do not stop {ingr} abruptly. Urgent neurology review and fetal medicine referral. Folic acid 5 mg "
            f"daily started today. After the birth: {contra}",
        ),
        set_(
            f"{a}.conclusion",
            f"{said} continues unchanged until the neurologist sees her, since a seizure would endanger her and the "
            f"baby. First-trimester exposure: {risk}, so a detailed fetal medicine scan is booked and folic acid "
            f"5 mg started; {milk[0].lower()}{milk[1:]} After the birth: {contra}",
        ),
        set_(
            "overall_conclusion.text",
            f"Unplanned pregnancy at 8 weeks on {osaid}: keep taking it, never stopping abruptly, until the urgent "
            "neurology review. Fetal medicine referral for a detailed scan and folic acid 5 mg started. "
            f"After the birth: {contra}",
        ),
    )


def terat_pass(name: str, ingr: str, risk: str, plan: str, said: str, osaid: str) -> Mutation:
    """Valproate swapped for another teratogen as written, its assessment rewritten for it."""
    a = "assessments#asm-valproate"
    return chain(
        rename("med-valproate", name),
        set_(
            f"{a}.impact_on_mother.parenting_capacity",
            f"Well; {ingr} was prescribed before this unplanned pregnancy, and she has taken it up to now.",
        ),
        set_(
            f"{a}.impact_on_mother.safe_sleep",
            f"{ingr[0].upper()}{ingr[1:]} does not sedate; usual safe sleep advice at the postnatal check.",
        ),
        set_(
            f"{a}.impact_on_baby.summary",
            f"First-trimester {ingr} exposure: {risk}. A detailed anomaly scan is needed.",
        ),
        set_(
            f"{a}.impact_on_baby.breastfeeding",
            "Breastfeeding advice will follow from the treatment she is on at the birth; the replacement chosen is "
            "compatible with breastfeeding.",
        ),
        set_(f"{a}.recommendations", f"{plan} Folic acid 5 mg daily started today. Fetal medicine referral sent."),
        set_(
            f"{a}.conclusion",
            f"{said}: {plan} The baby has been exposed in the first trimester ({risk}), so a detailed fetal "
            "medicine scan is booked; after the birth she needs reliable contraception before any restart.",
        ),
        set_(
            "overall_conclusion.text",
            f"Unplanned pregnancy at 8 weeks on {osaid}. {plan} Fetal medicine referral for a detailed scan; folic "
            "acid 5 mg started; contraception to be planned before any restart after the birth.",
        ),
    )


# ============================================================================================================
# unused-brand: refuse (unassessed, wrong reason or none).

_BRAND_BAD = [
    ("zeridame", N, "Zeridame SR 100mg tabs", "100 mg twice a day", R_BACK, "tramadol"),
    ("tradorec", N, "Tradorec XL 200mg tabs", "200 mg once daily", R_BACK, "tramadol"),
    ("oxeltra", N, "Oxeltra 10mg MR tabs", "10 mg twice a day", R_BACK, "oxycodone"),
    ("reltebon", N, "Reltebon 20mg MR tabs", "20 mg twice a day", R_BACK, "oxycodone"),
    ("matrifen", N, "Matrifen 12micrograms/hour patches", "one patch every 72 hours", R_BACK, "fentanyl"),
    ("transtec", N, "Transtec 35micrograms/hour patches", "one patch twice a week", R_BACK, "buprenorphine"),
    ("vexarin", N, "Vexarin XL 75mg tabs", "75 mg each morning", R_LOW, "venlafaxine"),
    ("oxactin", N, "Oxactin 20mg caps", "20 mg each morning", R_LOW, "fluoxetine"),
    ("feprapax", N, "Feprapax 70mg/5ml oral suspension", "5 ml twice a day", R_LOW, "lofepramine"),
    ("prepadine", N, "Prepadine 75mg tabs", "75 mg at night", R_LOW, "dosulepin"),
    ("asendis", N, "Asendis 50mg tabs", "100 mg at night", R_LOW, "amoxapine"),
    ("sulpor", N, "Sulpor 200mg/5ml oral solution", "200 mg twice a day", R_SPEC, "sulpiride"),
    ("xeplion", N, "Xeplion 100mg prolonged-release injection", "100 mg once a month", R_SPEC, "paliperidone depot"),
    ("epimaz-retard", M, "Epimaz Retard 200mg tabs", "400 mg twice a day", R_FITS, "carbamazepine"),
    ("perizam", M, "Perizam 10mg tabs", "10 mg at night", R_FITS, "clobazam"),
    ("histergan", N, "Histergan 25mg tabs", "50 mg at night", R_SLEEP, "diphenhydramine"),
    ("coversyl-arginine", M, "Coversyl Arginine 5mg tabs", "5 mg once daily", R_PRESS, "perindopril"),
    ("innovace", M, "Innovace 10mg tabs", "10 mg once daily", R_PRESS, "enalapril"),
    ("edarbi", M, "Edarbi 40mg tabs", "40 mg once daily", R_PRESS, "azilsartan"),
    ("nordimet", M, "Nordimet 15mg pre-filled pen", "15 mg once a week", R_JOINT, "methotrexate"),
    ("ceptava", M, "Ceptava 360mg GR tabs", "720 mg twice a day", R_SPEC, "mycophenolate"),
    ("neomercazole", M, "NeoMercazole 20mg tabs", "20 mg once daily", R_SPEC, "carbimazole"),
    ("provigil", M, "Provigil 100mg tabs", "200 mg each morning", R_SPEC, "modafinil"),
    ("imnovid", M, "Imnovid 4mg caps", "4 mg once daily, days 1-21", R_SPEC, "pomalidomide (pregnancy prevention)"),
]
for _n, _b, _name, _dose, _r, _what in _BRAND_BAD:
    bad(
        f"brand-unassessed-{_n}",
        "unused-brand",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: of concern, unassessed, with a reason that does not clear it (MA101)",
    )
for _n, _b, _name, _dose, _what in [
    ("tilodol-bare", N, "Tilodol SR 100mg tabs", "100 mg twice a day", "tramadol"),
    ("desitrend-bare", M, "Desitrend 500mg granules in sachet", "500 mg twice a day", "levetiracetam"),
    ("terrazine-bare", N, "Terrazine 1mg tabs", "1 mg twice a day", "trifluoperazine"),
    ("lunox-bare", N, "Lunox Sleep Aid 50mg tabs", "one at bedtime", "diphenhydramine"),
]:
    bad(
        f"brand-{_n}",
        "unused-brand",
        _b,
        extra(_name, _dose, None),
        f"'{_name}' ({_what}) listed with neither an assessment nor a classification (MA101/MA117)",
    )

# unused-brand: pass (assessed).
ok(
    "brand-mabron-for-methadone",
    "unused-brand",
    M,
    opioid_pass("Mabron 100mg MR tabs", "tramadol", "100 mg twice a day", "Mabron (tramadol)", "Mabron"),
    "tramadol by the brand Mabron, assessed for withdrawal, sedation and breastfeeding",
)
ok(
    "brand-onexila-for-methadone",
    "unused-brand",
    M,
    opioid_pass("Onexila XL 20mg tabs", "oxycodone", "20 mg twice a day", "Onexila XL", "oxycodone (Onexila XL)"),
    "oxycodone by the brand Onexila, assessed",
)
ok(
    "brand-transtec-for-methadone",
    "unused-brand",
    M,
    opioid_pass(
        "Transtec 52.5micrograms/hour patches", "buprenorphine", "one patch twice a week", "Transtec", "Transtec"
    ),
    "buprenorphine patches by the brand Transtec, assessed",
)
_MILK_VEN = "Breastfeeding is compatible; the baby is watched for drowsiness and poor feeding."
_MILK_FLX = "Breastfeeding can go ahead; fluoxetine builds up, so the baby's feeding, settling and weight are watched."
_MILK_TCA = "Little reaches the milk, so breastfeeding is supported, with the baby watched for drowsiness."
ok(
    "brand-venladex-for-sertraline",
    "unused-brand",
    M,
    mood_pass("Venladex XL 75mg tabs", "venlafaxine", "150 mg each morning", "Venladex XL", "venlafaxine", _MILK_VEN),
    "venlafaxine by the brand Venladex, assessed",
)
ok(
    "brand-ranflutin-for-sertraline",
    "unused-brand",
    M,
    mood_pass(
        "Ranflutin 20mg caps", "fluoxetine", "20 mg each morning", "Ranflutin (fluoxetine)", "Ranflutin", _MILK_FLX
    ),
    "fluoxetine by the brand Ranflutin, assessed",
)
ok(
    "brand-gamanil-for-sertraline",
    "unused-brand",
    M,
    mood_pass("Gamanil 70mg tabs", "lofepramine", "70 mg twice a day", "Gamanil", "lofepramine (Gamanil)", _MILK_TCA),
    "lofepramine by the brand Gamanil, assessed",
)
ok(
    "brand-thaden-for-sertraline",
    "unused-brand",
    M,
    mood_pass("Thaden 75mg tabs", "dosulepin", "75 mg at night", "Thaden (dosulepin)", "Thaden", _MILK_TCA),
    "dosulepin by the brand Thaden, assessed",
)
ok(
    "brand-curatil-for-valproate",
    "unused-brand",
    V,
    aed_pass(
        "Curatil Prolonged Release 400mg tabs",
        "carbamazepine",
        "about 1 in 20 babies has a major malformation, around twice the background rate",
        "Breastfeeding is compatible; the baby is watched for drowsiness and poor feeding.",
        "a copper coil or progestogen injection, as carbamazepine weakens the pill and implant.",
        "Curatil (carbamazepine)",
        "Curatil",
    ),
    "carbamazepine by the brand Curatil, assessed in an unplanned pregnancy",
)
ok(
    "brand-epanutin-infatabs-for-valproate",
    "unused-brand",
    V,
    aed_pass(
        "Epanutin Infatabs 50mg chewable tabs",
        "phenytoin",
        "about 1 in 16 babies has a major malformation, above the background rate",
        "Breastfeeding is compatible with phenytoin; the baby is watched for drowsiness and poor feeding.",
        "a copper coil or progestogen injection, since phenytoin weakens hormonal contraception.",
        "Epanutin Infatabs (phenytoin)",
        "phenytoin (Epanutin Infatabs)",
    ),
    "phenytoin by the brand Epanutin Infatabs, assessed",
)
ok(
    "brand-desitrend-for-valproate",
    "unused-brand",
    V,
    aed_pass(
        "Desitrend 500mg granules in sachet",
        "levetiracetam",
        "the malformation risk is close to the background rate of about 3 in 100",
        "Breastfeeding is supported; the baby is watched for drowsiness and poor feeding.",
        "any method she chooses, as levetiracetam does not weaken hormonal contraception.",
        "Desitrend",
        "levetiracetam (Desitrend)",
    ),
    "levetiracetam by the brand Desitrend, assessed",
)
ok(
    "brand-jylamvo-for-valproate",
    "unused-brand",
    V,
    terat_pass(
        "Jylamvo 2mg/ml oral solution",
        "methotrexate",
        "a raised risk of miscarriage and of skull, heart and limb malformations",
        "Methotrexate stopped today on rheumatology's advice; as stopping it without cover would risk a flare of "
        "her arthritis, sulfasalazine starts today instead.",
        "Jylamvo (methotrexate)",
        "Jylamvo",
    ),
    "methotrexate by the brand Jylamvo, stopped and assessed for the baby",
)
ok(
    "brand-neomercazole-for-valproate",
    "unused-brand",
    V,
    terat_pass(
        "NeoMercazole 5mg tabs",
        "carbimazole",
        "a small risk of scalp, gut and facial malformations",
        "Switch today from carbimazole to propylthiouracil for the first trimester, with endocrinology checking "
        "her thyroid every 4 weeks.",
        "NeoMercazole",
        "carbimazole (NeoMercazole)",
    ),
    "carbimazole by the brand NeoMercazole, switched and assessed",
)
ok(
    "brand-tolura-for-valproate",
    "unused-brand",
    V,
    terat_pass(
        "Tolura 40mg tabs",
        "telmisartan",
        "little excess risk so early, but later exposure harms the baby's kidneys and skull",
        "Telmisartan stopped today; as her blood pressure would rise untreated, which would endanger her and the "
        "baby, labetalol starts today, with a pressure check in a week.",
        "Tolura (telmisartan)",
        "Tolura",
    ),
    "telmisartan by the brand Tolura, stopped and assessed",
)

# ============================================================================================================
# unused-ingredient: refuse and pass.

_ING_BAD = [
    ("mianserin", N, "Mianserin 30mg tablets", "30 mg at night", R_LOW),
    ("isocarboxazid", N, "Isocarboxazid 10mg tablets", "10 mg three times a day", R_LOW),
    ("tranylcypromine", N, "Tranylcypromine 10mg tablets", "10 mg twice a day", R_LOW),
    ("tryptophan", N, "Tryptophan 500mg tablets", "1 g three times a day", R_LOW),
    ("cariprazine", N, "Cariprazine 3mg capsules", "3 mg once daily", R_SPEC),
    ("loprazolam", N, "Loprazolam 1mg tablets", "1 mg at bedtime", R_SLEEP),
    ("lormetazepam", N, "Lormetazepam 1mg tablets", "1 mg at bedtime", R_SLEEP),
    ("dipipanone", N, "Dipipanone 10mg / Cyclizine 30mg tablets", "one tablet every 6 hours", R_BACK),
    ("papaveretum", N, "Papaveretum 15.4mg/1ml solution for injection", "7.7 mg every 4 hours when needed", R_BACK),
    ("cilazapril", M, "Cilazapril 2.5mg tablets", "2.5 mg once daily", R_PRESS),
    ("fosinopril", M, "Fosinopril 10mg tablets", "10 mg once daily", R_PRESS),
    ("imidapril", M, "Imidapril 10mg tablets", "10 mg once daily", R_PRESS),
    ("eprosartan", M, "Eprosartan 600mg tablets", "600 mg once daily", R_PRESS),
    ("aliskiren", M, "Aliskiren 150mg tablets", "150 mg once daily", R_PRESS),
    ("sacubitril", M, "Sacubitril 24mg / Valsartan 26mg tablets", "one tablet twice a day", R_SPEC),
    ("mycophenolic-acid", M, "Mycophenolic acid 180mg gastro-resistant tablets", "720 mg twice a day", R_SPEC),
]
for _n, _b, _name, _dose, _r in _ING_BAD:
    bad(
        f"ing-unassessed-{_n}",
        "unused-ingredient",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is of concern, unassessed with a reason that does not clear it (MA101)",
    )

ok(
    "ing-mianserin-for-sertraline",
    "unused-ingredient",
    M,
    mood_pass("Mianserin 10mg tablets", "mianserin", "30 mg at night", "Mianserin", "mianserin", _MILK_TCA),
    "mianserin, sedating, assessed for adaptation, sleep and breastfeeding",
)
ok(
    "ing-isocarboxazid-for-sertraline",
    "unused-ingredient",
    M,
    mood_pass(
        "Isocarboxazid 10mg tablets",
        "isocarboxazid",
        "10 mg three times a day",
        "Isocarboxazid",
        "isocarboxazid",
        "Breastfeeding data are scarce for this MAOI, so the baby is watched closely for poor feeding, jitteriness "
        "and drowsiness, with formula top-ups if needed.",
    ),
    "an MAOI, isocarboxazid, assessed",
)
ok(
    "ing-cariprazine-for-sertraline",
    "unused-ingredient",
    M,
    mood_pass(
        "Cariprazine 1.5mg capsules",
        "cariprazine",
        "3 mg once daily",
        "Cariprazine",
        "cariprazine",
        "Cariprazine lingers for weeks and little is known of it in milk; she wishes to breastfeed, so the baby is "
        "watched for drowsiness, poor feeding and stiff or floppy movements.",
    ),
    "cariprazine, an antipsychotic, assessed with a watch on the breastfed baby",
)
ok(
    "ing-lormetazepam-for-diazepam",
    "unused-ingredient",
    F,
    benzo_pass("Lormetazepam 1mg tablets", "lormetazepam", "Lormetazepam", "Lormetazepam"),
    "lormetazepam beside pregabalin, assessed for sedation and withdrawal",
)
ok(
    "ing-loprazolam-for-diazepam",
    "unused-ingredient",
    F,
    benzo_pass("Loprazolam 1mg tablets", "loprazolam", "Loprazolam at night", "Loprazolam"),
    "loprazolam beside pregabalin, assessed",
)
ok(
    "ing-dipipanone-for-methadone",
    "unused-ingredient",
    M,
    opioid_pass(
        "Dipipanone 10mg / Cyclizine 30mg tablets",
        "dipipanone",
        "one tablet three times a day",
        "Dipipanone with cyclizine",
        "Dipipanone",
    ),
    "dipipanone (Diconal's ingredient), an opioid, assessed",
)
ok(
    "ing-fosinopril-for-valproate",
    "unused-ingredient",
    V,
    terat_pass(
        "Fosinopril 20mg tablets",
        "fosinopril",
        "little excess risk so early, but ACE inhibitors later in pregnancy damage the baby's kidneys",
        "Fosinopril stopped today; uncontrolled blood pressure would harm her and the baby, so nifedipine starts "
        "today and her pressure is rechecked within a week.",
        "Fosinopril",
        "fosinopril",
    ),
    "fosinopril, an ACE inhibitor, stopped and assessed",
)
ok(
    "ing-mycophenolic-acid-for-valproate",
    "unused-ingredient",
    V,
    terat_pass(
        "Mycophenolic acid 360mg gastro-resistant tablets",
        "mycophenolic acid",
        "a high risk of miscarriage and of ear, lip and heart malformations",
        "Mycophenolic acid stopped today by the renal team; stopping it without cover would risk rejection of her "
        "kidney transplant, so azathioprine starts today in its place.",
        "Mycophenolic acid",
        "mycophenolic acid",
    ),
    "mycophenolic acid, stopped and assessed",
)

# ============================================================================================================
# typo: one slip from a medicine of concern, read as that medicine both ways.

_TYPO_BAD = [
    ("metahdone", N, "Metahdone 1mg/ml oral solution", "40 mg once daily", R_SPEC, "methadone, h and a swapped"),
    ("buprenorpine", N, "Buprenorpine 8mg SL tabs", "8 mg once daily", R_SPEC, "buprenorphine, h dropped"),
    ("diazepma", N, "Diazepma 2mg tabs", "2 mg three times a day", R_SLEEP, "diazepam, m and a swapped"),
    ("lorazapam", N, "Lorazapam 1mg tabs", "1 mg at night", R_SLEEP, "lorazepam, e for a"),
    ("temazapam", N, "Temazapam 10mg tabs", "10 mg at night", R_SLEEP, "temazepam, e for a"),
    ("zolpidam", N, "Zolpidam 5mg tabs", "5 mg at bedtime", R_SLEEP, "zolpidem, e for a"),
    ("gabapenitn", N, "Gabapenitn 300mg caps", "300 mg three times a day", R_BACK, "gabapentin, t and i swapped"),
    ("oxycodoen", N, "Oxycodoen 5mg caps", "5 mg every 6 hours", R_BACK, "oxycodone, end swapped"),
    ("fluoxitine", N, "Fluoxitine 20mg caps", "20 mg each morning", R_LOW, "fluoxetine, i for e"),
    ("duloxatine", N, "Duloxatine 60mg caps", "60 mg once daily", R_LOW, "duloxetine, a for e"),
    ("carbamazipine", M, "Carbamazipine 200mg tabs", "200 mg twice a day", R_FITS, "carbamazepine, i for e"),
    ("phenytion", M, "Phenytion 100mg caps", "300 mg at night", R_FITS, "phenytoin, o and i swapped"),
    ("valpoate", M, "Sodium valpoate 200mg tabs", "400 mg twice a day", R_FITS, "valproate, r dropped"),
    ("mettotrexate", M, "Mettotrexate 2.5mg tabs", "10 mg once a week", R_JOINT, "methotrexate, h for t"),
]
for _n, _b, _name, _dose, _r, _what in _TYPO_BAD:
    bad(
        f"typo-unassessed-{_n}",
        "typo",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what}: unassessed, with a reason that does not clear it (MA101)",
    )
bad(
    "typo-clonazapam-bare",
    "typo",
    N,
    extra("Clonazapam 500microgram tabs", "0.5 mg at night", None),
    "clonazepam misspelt, no assessment, no classification (MA101/MA117)",
)

_TYPO_RENAME = [
    ("methadoen", M, "med-methadone", "Methadoen 1mg/ml oral solution", "methadone"),
    ("meathadone", M, "med-methadone", "Meathadone 1mg/ml oral solution", "methadone"),
    ("sertralline", M, "med-sertraline", "Sertralline 50mg tablets", "sertraline"),
    ("diazpeam", F, "med-diazepam", "Diazpeam 5mg tablets", "diazepam"),
    ("pregbalin", F, "med-pregabalin", "Pregbalin 75mg capsules", "pregabalin"),
    ("pregaballin", F, "med-pregabalin", "Pregaballin 75mg capsules", "pregabalin"),
    ("lithium-carbonte", L, "med-lithium", "Lithium carbonte 400mg modified-release tablets (Priadel)", "lithium"),
    ("lihtium", L, "med-lithium", "Lihtium carbonate 400mg MR tablets (Priadel)", "lithium"),
    ("valprote", V, "med-valproate", "Sodium valprote 500mg gastro-resistant tablets", "valproate"),
    ("qeutiapine", P, "med-partner-quetiapine", "Qeutiapine 100mg tablets", "quetiapine"),
]
for _n, _b, _mid, _name, _ing in _TYPO_RENAME:
    ok(
        f"typo-assessed-{_n}",
        "typo",
        _b,
        rename(_mid, _name),
        f"the assessed {_ing} listed as '{_name}': a slip in the list, its assessment and conclusions name {_ing}",
    )
ok(
    "typo-assessed-lorazapam-for-diazepam",
    "typo",
    F,
    benzo_pass("Lorazapam 1mg tablets", "lorazepam", "Lorazepam", "Lorazepam"),
    "lorazepam listed misspelt 'Lorazapam', assessed and concluded on as lorazepam",
)
ok(
    "typo-assessed-tramdaol-for-methadone",
    "typo",
    M,
    opioid_pass("Tramdaol 50mg capsules", "tramadol", "50 mg four times a day", "Tramadol", "Tramadol"),
    "tramadol listed misspelt 'Tramdaol', assessed",
)

# ============================================================================================================
# spelling-variant: British/American names, old British Approved Names, a dropped final "e".

_VAR_BAD = [
    ("morphine-sulphate", N, "Morphine sulphate 10mg/5ml oral solution", "5 ml every 4 hours", R_BACK, "morphine"),
    ("phenobarbitone", M, "Phenobarbitone 30mg tablets", "60 mg at night", R_FITS, "phenobarbital (old BAN)"),
    ("dothiepin", N, "Dothiepin 75mg tablets", "75 mg at night", R_LOW, "dosulepin (old BAN)"),
    ("methotrimeprazine", N, "Methotrimeprazine 25mg tablets", "25 mg at night", R_SPEC, "levomepromazine"),
    ("flupenthixol", N, "Flupenthixol 1mg tablets", "1 mg each morning", R_LOW, "flupentixol (old BAN)"),
    ("trimeprazine", N, "Trimeprazine tartrate 10mg tablets", "10 mg at night", R_SLEEP, "alimemazine (old BAN)"),
    ("chlorpheniramine", N, "Chlorpheniramine 4mg tablets", "4 mg at night", R_SLEEP, "chlorphenamine (US/old)"),
    ("meperidine", N, "Meperidine 50mg tablets", "50 mg every 4 hours", R_BACK, "pethidine (US name)"),
    ("dilantin", M, "Dilantin Infatabs 50mg", "100 mg twice a day", R_FITS, "phenytoin (US brand)"),
    ("klonopin", N, "Klonopin 0.5mg tablets", "0.5 mg twice a day", R_SLEEP, "clonazepam (US brand)"),
    ("zopiclon-no-e-partner", P, "Zopiclon 7.5mg tablets", "7.5 mg at night", R_HIS, "zopiclone, final e dropped"),
]
for _n, _b, _name, _dose, _r, _what in _VAR_BAD:
    bad(
        f"var-unassessed-{_n}",
        "spelling-variant",
        _b,
        extra(_name, _dose, _r, partner=_b == P),
        f"'{_name}' is {_what}: of concern, unassessed with a reason that does not clear it (MA101)",
    )
bad(
    "var-codeine-phosphate-bare",
    "spelling-variant",
    N,
    extra("Codein phosphate 30mg tablets", "30 mg four times a day", None),
    "codeine written without its final e, no assessment, no classification (MA101/MA117)",
)

ok(
    "var-morphine-sulphate-for-methadone",
    "spelling-variant",
    M,
    opioid_pass(
        "Morphine sulphate 10mg modified-release tablets",
        "morphine",
        "10 mg twice a day",
        "Morphine sulphate",
        "Morphine",
    ),
    "morphine sulphate (British spelling) assessed and concluded on",
)
ok(
    "var-morphine-sulfate-for-methadone",
    "spelling-variant",
    M,
    opioid_pass(
        "Morphine sulfate 30mg modified-release capsules",
        "morphine",
        "30 mg twice a day",
        "Morphine",
        "Morphine sulfate",
    ),
    "morphine sulfate (dm+d spelling) assessed",
)
ok(
    "var-phenobarbitone-for-valproate",
    "spelling-variant",
    V,
    aed_pass(
        "Phenobarbitone 30mg tablets",
        "phenobarbital",
        "about 1 in 16 babies has a major malformation, above the background rate",
        "Breastfeeding is possible but the baby can become sleepy, so feeding and alertness are watched closely.",
        "a copper coil or progestogen injection, as phenobarbital weakens hormonal contraception.",
        "Phenobarbitone (phenobarbital)",
        "phenobarbitone",
    ),
    "phenobarbital listed and concluded on by its old name, assessed",
)
ok(
    "var-dothiepin-for-sertraline",
    "spelling-variant",
    M,
    mood_pass(
        "Dothiepin 25mg capsules", "dosulepin", "75 mg at night", "Dothiepin (dosulepin)", "dothiepin", _MILK_TCA
    ),
    "dosulepin by its old name dothiepin, assessed",
)
ok(
    "var-chlorpheniramine-partner",
    "spelling-variant",
    P,
    partner_pass(
        "Chlorpheniramine 4mg tablets", "8 mg at night", "chlorpheniramine 8 mg", "chlorpheniramine", "chlorphenamine"
    ),
    "the father's chlorphenamine by its American name, assessed for co-sleeping",
)
ok(
    "var-flupenthixol-partner",
    "spelling-variant",
    P,
    partner_pass("Flupenthixol 3mg tablets", "6 mg at night", "flupenthixol 6 mg", "flupenthixol", "flupentixol"),
    "the father's flupentixol by its old name, assessed",
)
ok(
    "var-klonopin-for-diazepam",
    "spelling-variant",
    F,
    benzo_pass("Klonopin 0.5mg tablets", "clonazepam", "Klonopin (clonazepam)", "Clonazepam"),
    "clonazepam by its American brand, assessed",
)
ok(
    "var-diazepam-tablet-singular",
    "spelling-variant",
    F,
    rename("med-diazepam", "Diazepam 5mg tablet"),
    "'tablet' for 'tablets' in the assessed diazepam's name changes nothing",
)

# ============================================================================================================
# spacing: a space or hyphen inside a name.

_SPACE_BAD = [
    ("pre-gabalin", N, "Pre gabalin 75mg capsules", "75 mg twice a day", R_BACK, "pregabalin"),
    ("carba-mazepine", M, "Carba-mazepine 200mg tablets", "200 mg twice a day", R_FITS, "carbamazepine"),
    ("mirta-zapine", N, "Mirta zapine 15mg tablets", "15 mg at night", R_LOW, "mirtazapine"),
    ("tra-madol", N, "Tra madol 50mg capsules", "50 mg four times a day", R_BACK, "tramadol"),
    ("dia-zepam", N, "Dia-zepam 2mg tablets", "2 mg at night", R_SLEEP, "diazepam"),
    ("ven-lafaxine", N, "Ven-lafaxine 75mg tablets", "75 mg twice a day", R_LOW, "venlafaxine"),
    ("oxy-codone", N, "Oxy codone 5mg capsules", "5 mg every 6 hours", R_BACK, "oxycodone"),
    ("co-proxamol", N, "Co proxamol tablets", "two tablets up to four times a day", R_BACK, "co-proxamol"),
    ("levo-mepromazine", N, "Levo-mepromazine 25mg tablets", "12.5 mg at night", R_SPEC, "levomepromazine"),
    ("meth-adone", N, "Meth adone 1mg/ml oral solution", "30 mg once daily", R_SPEC, "methadone"),
]
for _n, _b, _name, _dose, _r, _what in _SPACE_BAD:
    bad(
        f"space-unassessed-{_n}",
        "spacing",
        _b,
        extra(_name, _dose, _r),
        f"'{_name}' is {_what} split by a space or hyphen: unassessed with a wrong reason (MA101)",
    )

_SPACE_RENAME = [
    ("pre-gabalin", F, "med-pregabalin", "Pre gabalin 75mg capsules", "pregabalin"),
    ("dia-zepam", F, "med-diazepam", "Dia-zepam 5mg tablets", "diazepam"),
    ("meth-adone", M, "med-methadone", "Meth-adone 1mg/ml oral solution", "methadone"),
    ("ser-traline", M, "med-sertraline", "Ser traline 50mg tablets", "sertraline"),
    ("lith-ium", L, "med-lithium", "Lith ium carbonate 400mg modified-release tablets (Priadel)", "lithium"),
    ("sodium-val-proate", V, "med-valproate", "Sodium val-proate 500mg gastro-resistant tablets", "valproate"),
    ("que-tiapine", P, "med-partner-quetiapine", "Que tiapine 100mg tablets", "quetiapine"),
]
for _n, _b, _mid, _name, _ing in _SPACE_RENAME:
    ok(
        f"space-assessed-{_n}",
        "spacing",
        _b,
        rename(_mid, _name),
        f"the assessed {_ing} listed as '{_name}'; its assessment and conclusions name {_ing}",
    )
ok(
    "space-carba-mazepine-for-valproate",
    "spacing",
    V,
    aed_pass(
        "Carba-mazepine 200mg modified-release tablets",
        "carbamazepine",
        "roughly 1 in 20 babies has a major malformation, about double the background rate",
        "Breastfeeding can go ahead; the baby is watched for sleepiness, poor feeding and jaundice.",
        "an injection or copper coil, because carbamazepine makes the pill and implant unreliable.",
        "Carbamazepine",
        "carbamazepine",
    ),
    "carbamazepine hyphenated in the list, assessed and concluded on",
)
ok(
    "space-tra-madol-for-methadone",
    "spacing",
    M,
    opioid_pass("Tra-madol 50mg capsules", "tramadol", "100 mg four times a day", "Tramadol at this dose", "Tramadol"),
    "tramadol hyphenated in the list, assessed",
)

# ============================================================================================================
# near-miss: real medicines of no concern close to one of concern, classified (pass); the medicine of concern
# carrying the look-alike's harmless reason (refuse); English words near a brand in a conclusion (pass).

_NEAR_OK = [
    (
        "lamivudine",
        "Lamivudine 100mg tablets",
        "100 mg once daily",
        "Lamivudine for chronic hepatitis B, managed by hepatology; continued in pregnancy, no effect on the baby's "
        "sleep, feeding or development expected.",
        "lamotrigine",
    ),
    (
        "tropicamide",
        "Tropicamide 1% eye drops 0.5ml unit dose",
        "one drop each eye once at the eye clinic",
        "Eye drops used once to widen the pupils for a retinal check; nothing reaches the baby.",
        "topiramate",
    ),
    (
        "clobetasone",
        "Clobetasone butyrate 0.05% cream",
        "apply thinly twice a day for a week",
        "A mild steroid cream for eczema on her hands; too little is absorbed to affect the baby or the milk.",
        "clobazam",
    ),
    (
        "oraldene",
        "Oraldene 0.1% mouthwash",
        "15 ml rinse twice a day",
        "Antiseptic mouthwash (hexetidine) for a sore mouth; rinsed and spat out, not swallowed.",
        "Oramorph",
    ),
    (
        "zovirax",
        "Zovirax 5% cream",
        "apply five times a day for five days",
        "Aciclovir cream for a cold sore; she keeps the baby's face away from the sore and washes her hands.",
        "Zomorph",
    ),
    (
        "fluticasone",
        "Fluticasone propionate 50micrograms/dose nasal spray",
        "two sprays each nostril daily",
        "A steroid nasal spray for hay fever; almost none is absorbed, safe in breastfeeding.",
        "fluoxetine",
    ),
    (
        "trandate",
        "Trandate 100mg tablets",
        "100 mg twice a day",
        "Labetalol for postnatal blood pressure, compatible with breastfeeding; the midwife checks her pressure.",
        "tramadol",
    ),
    (
        "oxis",
        "Oxis 6 Turbohaler",
        "one inhalation twice a day",
        "Formoterol inhaler for asthma, continued through pregnancy and breastfeeding as usual.",
        "Oxactin",
    ),
    (
        "klaricid",
        "Klaricid 250mg tablets",
        "250 mg twice a day for 7 days",
        "Clarithromycin for a chest infection, a short course; compatible with breastfeeding.",
        "Klonopin",
    ),
    (
        "lansoprazole",
        "Lansoprazole 15mg gastro-resistant capsules",
        "15 mg each morning",
        "For heartburn; compatible with breastfeeding and with no effect on the baby.",
        "loprazolam",
    ),
    (
        "carbomer",
        "Carbomer 980 0.2% eye gel",
        "one drop each eye four times a day",
        "Lubricating eye gel for dry eyes; nothing reaches the baby.",
        "carbamazepine",
    ),
]
for _n, _name, _dose, _r, _near in _NEAR_OK:
    ok(
        f"near-classified-{_n}",
        "near-miss",
        N,
        extra(_name, _dose, _r),
        f"'{_name}' is close to {_near} but is not of concern; classified with the clinician's reason",
    )

_NEAR_BAD = [
    (
        "lamotrigine-as-hep-b",
        "Lamotrigine 100mg tablets",
        "100 mg twice a day",
        "For chronic hepatitis B, managed by hepatology; no effect on the baby expected.",
    ),
    (
        "topiramate-as-eye-drops",
        "Topiramate 50mg tablets",
        "50 mg twice a day",
        "Used once at the eye clinic; nothing reaches the baby.",
    ),
    (
        "clobazam-as-cream",
        "Clobazam 10mg tablets",
        "10 mg at night",
        "A mild treatment for eczema on her hands; too little is absorbed to affect the baby.",
    ),
    (
        "oramorph-as-mouthwash",
        "Oramorph 10mg/5ml oral solution",
        "5 ml every 4 hours",
        "For a sore mouth; rinsed and spat out.",
    ),
    (
        "zomorph-as-cold-sore",
        "Zomorph 10mg modified-release capsules",
        "10 mg twice a day",
        "For a cold sore; a five-day course only.",
    ),
    (
        "tramadol-as-bp",
        "Tramadol 50mg capsules",
        "50 mg four times a day",
        "For postnatal blood pressure; the midwife checks her pressure.",
    ),
    (
        "loprazolam-as-heartburn",
        "Loprazolam 1mg tablets",
        "1 mg at night",
        "For heartburn at night; no effect on the baby.",
    ),
    (
        "oxactin-as-inhaler",
        "Oxactin 20mg capsules",
        "20 mg each morning",
        "Her asthma treatment, continued through pregnancy as usual.",
    ),
]
for _n, _name, _dose, _r in _NEAR_BAD:
    bad(
        f"near-{_n}",
        "near-miss",
        N,
        extra(_name, _dose, _r),
        f"'{_name}' is of concern whatever the look-alike's reason says: a reason cannot clear it (MA101)",
    )


def _words(said: str) -> Mutation:
    return set_(
        "assessments#asm-partner-quetiapine.conclusion",
        f"The father's quetiapine at night leaves him heavily asleep; {said} He must not share a bed, sofa or "
        "chair with the baby or do the night feeds after his tablets, the mother feeds at night with the crib "
        "beside her, and the health visitor checks the sleeping set-up at every visit.",
    )


ok(
    "near-word-tutor",
    "near-miss",
    P,
    _words("he works days as a college tutor, so night care is the mother's."),
    "'tutor' is an English word one letter from the brand Dutor (duloxetine), not a medicine",
)
ok(
    "near-word-lamont",
    "near-miss",
    P,
    _words("Nurse Lamont from the health visiting team saw the crib and agreed the plan with both parents."),
    "'Lamont' is a surname one letter from the brand Lomont (lofepramine)",
)
ok(
    "near-word-mandolin",
    "near-miss",
    P,
    _words("he plays the mandolin in a pub band some evenings and takes his dose when he gets home."),
    "'mandolin' is one letter from the brand Mandalyn (diphenhydramine)",
)

# ============================================================================================================
# partner: the father's sedating medicine by unused brand, ingredient, misspelling or spacing.

_PARTNER_BAD = [
    ("benquil", "Benquil 0.25mg tabs", "0.25 mg twice a day", "benperidol"),
    ("levinan", "Levinan 25mg tabs", "25 mg at night", "levomepromazine"),
    ("halkid", "Halkid 5mg tabs", "5 mg at night", "haloperidol"),
    ("zypadhera", "Zypadhera 300mg injection", "300 mg every two weeks", "olanzapine depot"),
    ("numark-sleep-aid", "Numark Night Time Sleep Aid 50mg tabs", "one at bedtime", "diphenhydramine"),
    ("bromazepam", "Bromazepam 3mg tablets", "3 mg at night", "bromazepam"),
    ("nefazodone", "Nefazodone 100mg tablets", "200 mg twice a day", "nefazodone"),
    ("lormetazepam", "Lormetazepam 500microgram tablets", "1 mg at night", "lormetazepam"),
    ("typo-mirtazpine", "Mirtazpine 45mg tablets", "45 mg at night", "mirtazapine (a dropped a)"),
    ("typo-olanzapien", "Olanzapien 10mg tablets", "10 mg at night", "olanzapine (end swapped)"),
    ("space-zopi-clone", "Zopi clone 7.5mg tablets", "7.5 mg at night", "zopiclone split by a space"),
    ("typo-dihydrocodiene", "Dihydrocodiene 30mg tablets", "30 mg at night", "dihydrocodeine (i and e swapped)"),
]
for _n, _name, _dose, _what in _PARTNER_BAD:
    bad(
        f"partner-unassessed-{_n}",
        "partner",
        P,
        extra(_name, _dose, R_HIS, started="2025-08-11", partner=True),
        f"the father's '{_name}' ({_what}) sedates him, never assessed for co-sleeping; 'his own' clears nothing "
        "(MA101)",
    )
bad(
    "partner-psytixol-bare",
    "partner",
    P,
    extra("Psytixol 100mg/ml depot injection", "100 mg every two weeks", None, started="2025-08-11", partner=True),
    "the father's flupentixol depot by brand, with neither assessment nor classification (MA101/MA117)",
)

_PARTNER_OK = [
    (
        "benquil",
        "Benquil 0.25mg tabs",
        "0.25 mg twice a day",
        "benperidol 0.5 mg a day",
        "Benquil (benperidol)",
        "Benquil",
    ),
    ("levinan", "Levinan 25mg tabs", "50 mg at night", "levomepromazine 50 mg", "Levinan", "levomepromazine (Levinan)"),
    ("prazine", "Prazine 50mg tabs", "100 mg at night", "promazine 100 mg", "Prazine (promazine)", "Prazine"),
    ("reagila", "Reagila 3mg caps", "3 mg in the evening", "cariprazine 3 mg", "Reagila", "cariprazine (Reagila)"),
    (
        "trevicta",
        "Trevicta 350mg prolonged-release injection",
        "350 mg every three months",
        "paliperidone by three-monthly injection",
        "Trevicta injection",
        "paliperidone (Trevicta)",
    ),
    (
        "care-sleep-aid",
        "Care Night Time Sleep Aid 50mg tabs",
        "one at bedtime",
        "a diphenhydramine sleep aid",
        "diphenhydramine sleep aid",
        "diphenhydramine",
    ),
    (
        "lentizol",
        "Lentizol 50mg MR caps",
        "100 mg at night",
        "amitriptyline 100 mg",
        "Lentizol (amitriptyline)",
        "Lentizol",
    ),
    ("bromazepam", "Bromazepam 3mg tablets", "3 mg at night", "bromazepam 3 mg", "bromazepam", "bromazepam"),
    ("typo-mirtazpine", "Mirtazpine 45mg tablets", "45 mg at night", "mirtazapine 45 mg", "mirtazapine", "mirtazapine"),
    ("space-zopi-clone", "Zopi clone 7.5mg tablets", "7.5 mg at night", "zopiclone 7.5 mg", "zopiclone", "zopiclone"),
]
for _n, _name, _dose, _item, _said, _os in _PARTNER_OK:
    ok(
        f"partner-assessed-{_n}",
        "partner",
        P,
        partner_pass(_name, _dose, _item, _said, _os),
        f"the father's '{_name}' assessed for co-sleeping and night care; conclusions call it '{_said}'",
    )
ok(
    "partner-assessed-mylafent",
    "partner",
    P,
    partner_pass(
        "Mylafent 25micrograms/hour patches",
        "one patch every 72 hours",
        "fentanyl by patch",
        "fentanyl patch (Mylafent)",
        "Mylafent fentanyl patch",
    ),
    "the father's fentanyl patch by brand, assessed for co-sleeping",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F37CASES)


if __name__ == "__main__":  # pragma: no cover
    got = counts()
    for cat in CATEGORIES:
        print(f"{cat:20} refuse {got[(cat, REFUSE)]:3}  pass {got[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F37CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F37CASES):3}  all {len(F37CASES)}"
    )
