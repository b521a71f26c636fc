"""A twenty-second independent "fresh" batch of red-team cases for the share gate: medicine names as clinicians
write them.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the record schema and the examples, not from the
gate's code or its word lists. The lens is a systematic sweep of medicine names. A seeded random draw
(random.Random(22)) of ingredients from every class of concern in ../shared/reference/codes/codelists and
codelists-more (opioid substitution, opioids and their combinations, benzodiazepines and z-drugs,
gabapentinoids, antidepressants, antipsychotics, lithium, valproate and the other antiepileptics, the teratogens
of teratogens.md, sedating antihistamines, other sedating medicines), and of brands from
codelists-more/brand-names.csv that no earlier batch used, is put UNASSESSED into a pass example's medicines
list and must be refused (MA101; MA117 cannot be satisfied by a reason for a medicine of concern). Most carry a
plausible but wrong not_of_concern_reason, so that only recognising the name refuses the record. The names are
written as clinicians write them:

* ``ingredients``: the plain generic name of the draw, uncoded or with its real dm+d code;
* ``brands``: a brand not used before;
* ``typos``: one letter wrong, two swapped, a letter doubled or dropped, a spelling by sound, split by a space
  or hyphen;
* ``glued``: strength and form run into the name, upper case, abbreviations UK clinicians use;
* ``disguise``: Cyrillic and Greek look-alike letters, zero-width characters, soft hyphens, full-width and
  combining marks inside the name;
* ``look-alikes``: a product of concern beside its namesake of no concern (Nurofen Plus / Nurofen);
* ``assessed``: the medicine of concern assessed and concluded on by its brand or a misspelling (must pass),
  and a medicine covered by an assessment whose conclusion never names it (must refuse).

Beside them, must-pass near misses: real medicines of no concern whose names are close to one of concern
(loratadine / lorazepam, valaciclovir / valsartan, Epimax / Epilim, Ventolin / Venlalic), correctly spelt and
with ordinary typos, each with the clinician's reason it raises no concern (the record model's
not_of_concern_reason, since an uncoded medicine medassess may not know needs one).

Medicines named here are real; every code is copied from the reference code lists. ``test_fresh_records.py``
runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh22_cases`` for the counts per category.
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
    V,
    add_medicine,
    chain,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words

F22CASES: list[Case] = []

CATEGORIES = (
    "ingredients",
    "brands",
    "typos",
    "glued",
    "disguise",
    "look-alikes",
    "assessed",
)

DMD = "https://dmd.nhs.uk"


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F22CASES.append(Case(f"f22-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def extra(
    name: str,
    dose: str,
    reason: str | None = None,
    *,
    code: tuple[str, str] | None = None,
    started: str = "2026-04-03",
    taken_by: str | None = None,
) -> Mutation:
    """One more medicine, unassessed: the clinician's reason if given, the real dm+d code if given."""
    more: dict[str, object] = {}
    if reason:
        more["not_of_concern_reason"] = reason
    if code:
        more["code"] = {"system": DMD, "code": code[0], "display": code[1]}
    if taken_by:
        more["taken_by"] = taken_by
    return add_medicine(medicine("med-f22", name, dose, started, gp_prescriber(RIVERSIDE), **more))


def combining(text: str, mark: str = "\u0300") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


# Plausible, wrong reasons a busy clinician might give; none makes a medicine of concern safe to leave out.
R_SETTLED = "Long-standing prescription; she is settled on it and the prescriber sees no reason to change."
R_SHORT = "Short course only for pain after the birth; she will stop it within the week."
R_SLEEP = "Bought over the counter to help her sleep; she takes it only on bad nights."
R_MOOD = "For her mood; she has been well on it for two years and wants to carry on."
R_SPECIALIST = "Prescribed and monitored by the hospital specialist team, not by the practice."
R_BP = "For her blood pressure; the hospital team are aware and it is reviewed at each antenatal visit."


# ============================================================================================================
# ingredients: the plain generic names of the seeded draw, unassessed on the postnatal breastfeeding record (N)
# or, for the teratogens and antiepileptics, on the antenatal record (M).

_INGREDIENTS = [
    # (name, base, medicine name, dose, reason, code, class)
    ("clobazam", N, "Clobazam 10mg tablets", "10 mg at night", R_SETTLED, None, "benzodiazepine"),
    (
        "chlordiazepoxide",
        N,
        "Chlordiazepoxide 10mg capsules",
        "10 mg three times a day",
        R_SHORT,
        None,
        "benzodiazepine",
    ),
    ("zaleplon", N, "Zaleplon 10mg capsules", "10 mg at night", R_SLEEP, None, "z-drug"),
    (
        "levomepromazine",
        N,
        "Levomepromazine 25mg tablets",
        "25 mg at night",
        R_SPECIALIST,
        None,
        "sedating antipsychotic",
    ),
    (
        "benperidol",
        N,
        "Benperidol 250microgram tablets",
        "250 micrograms twice a day",
        R_SPECIALIST,
        None,
        "antipsychotic",
    ),
    ("nortriptyline", N, "Nortriptyline 10mg tablets", "20 mg at night", R_SETTLED, None, "tricyclic antidepressant"),
    ("trimipramine", N, "Trimipramine 25mg tablets", "50 mg at night", R_MOOD, None, "tricyclic antidepressant"),
    ("vortioxetine", N, "Vortioxetine 10mg tablets", "10 mg once daily", R_MOOD, None, "antidepressant"),
    ("moclobemide", N, "Moclobemide 150mg tablets", "150 mg twice a day", R_MOOD, None, "MAOI"),
    ("pentazocine", N, "Pentazocine 25mg tablets", "25 mg four times a day when needed", R_SHORT, None, "opioid"),
    (
        "nalbuphine",
        N,
        "Nalbuphine 10mg/1ml solution for injection ampoules",
        "10 mg once, given on the ward",
        R_SHORT,
        None,
        "opioid",
    ),
    ("cyproheptadine", N, "Cyproheptadine 4mg tablets", "4 mg at night", R_SLEEP, None, "sedating antihistamine"),
    (
        "clemastine",
        N,
        "Clemastine 1mg tablets",
        "1 mg twice a day for hay fever",
        R_SLEEP,
        None,
        "sedating antihistamine",
    ),
    (
        "alimemazine",
        N,
        "Alimemazine 10mg tablets",
        "10 mg at night for itching",
        R_SLEEP,
        None,
        "sedating antihistamine",
    ),
    ("levetiracetam", M, "Levetiracetam 500mg tablets", "500 mg twice a day", R_SPECIALIST, None, "antiepileptic"),
    (
        "perindopril",
        M,
        "Perindopril erbumine 4mg tablets",
        "4 mg once daily",
        R_BP,
        None,
        "ACE inhibitor, harm to the unborn baby",
    ),
    ("captopril", M, "Captopril 25mg tablets", "25 mg twice a day", R_BP, None, "ACE inhibitor"),
    ("acitretin", M, "Acitretin 25mg capsules", "25 mg once daily", R_SPECIALIST, None, "oral retinoid (PPP)"),
    ("mycophenolate", M, "Mycophenolate mofetil 500mg tablets", "1 g twice a day", R_SPECIALIST, None, "teratogen"),
    (
        "sinepin-coded",
        N,
        "Sinepin 25mg capsules",
        "25 mg at night",
        R_MOOD,
        ("11044311000001104", "Sinepin 25mg capsules"),
        "doxepin, with its real dm+d code",
    ),
    (
        "loxapac-coded",
        N,
        "Loxapac 10mg capsules",
        "10 mg twice a day",
        R_SPECIALIST,
        ("3872811000001108", "Loxapac 10mg capsules"),
        "loxapine, with its real dm+d code",
    ),
]
for _n, _base, _name, _dose, _reason, _code, _w in _INGREDIENTS:
    bad(
        f"ing-{_n}",
        "ingredients",
        _base,
        extra(_name, _dose, _reason, code=_code),
        f"unassessed medicine of concern: {_w} (MA101)",
    )

bad(
    "ing-zaleplon-partner",
    "ingredients",
    P,
    extra("Zaleplon 10mg capsules", "10 mg at night", R_SLEEP, started="2025-09-01", taken_by="partner"),
    "the father's unassessed z-drug: co-sleeping and night care unassessed (MA101)",
)

_NEAR_INGREDIENTS = [
    (
        "loratadine",
        "Loratadine 10mg tablets",
        "10 mg once daily for hay fever",
        "Non-sedating antihistamine; very little reaches breast milk and it does not make the baby drowsy.",
        "lorazepam",
    ),
    (
        "valaciclovir",
        "Valaciclovir 500mg tablets",
        "500 mg twice a day for 5 days",
        "Antiviral for a cold sore outbreak; compatible with breastfeeding, nothing for the baby to watch for.",
        "valsartan",
    ),
    (
        "clotrimazole",
        "Clotrimazole 1% cream",
        "Apply two to three times a day to the rash",
        "Antifungal cream on the skin; almost none is absorbed, so no effect on breastfeeding or the baby.",
        "clonazepam",
    ),
    (
        "tranexamic-acid",
        "Tranexamic acid 500mg tablets",
        "1 g three times a day for 3 days",
        "For heavy bleeding after the birth; short course, compatible with breastfeeding.",
        "trazodone",
    ),
    (
        "metronidazole",
        "Metronidazole 400mg tablets",
        "400 mg three times a day for 7 days",
        "Antibiotic for a wound infection; small amounts in breast milk at this dose, the baby can feed as usual.",
        "methotrexate",
    ),
    (
        "docusate",
        "Docusate sodium 100mg capsules",
        "100 mg twice a day",
        "Stool softener after the birth; compatible with breastfeeding and no effect on the baby.",
        "dosulepin",
    ),
    (
        "fluconazole",
        "Fluconazole 150mg capsules",
        "One capsule as a single dose",
        "Single dose for vaginal thrush; compatible with breastfeeding.",
        "fluoxetine",
    ),
    (
        "carbocisteine",
        "Carbocisteine 375mg capsules",
        "750 mg three times a day",
        "Mucolytic for her chest; not sedating and not a concern for the breastfed baby.",
        "carbamazepine",
    ),
    (
        "chloramphenicol",
        "Chloramphenicol 0.5% eye drops",
        "One drop every 2 hours for 2 days, then four times a day",
        "Eye drops for conjunctivitis; negligible amounts reach the milk, breastfeeding continues.",
        "chlorphenamine",
    ),
    (
        "hydrocortisone",
        "Hydrocortisone 1% cream",
        "Apply thinly twice a day",
        "Mild steroid cream for eczema on her arms; wash off before feeds if near the breast.",
        "hydroxyzine",
    ),
]
for _n, _name, _dose, _reason, _near in _NEAR_INGREDIENTS:
    ok(
        f"near-{_n}",
        "ingredients",
        N,
        extra(_name, _dose, _reason),
        f"a medicine of no concern whose name is close to {_near}, with the clinician's reason",
    )


# ============================================================================================================
# brands: brands of concern not used by earlier batches (the seeded draw), unassessed.

_BRANDS = [
    ("venlalic", N, "Venlalic XL 75mg tablets", "75 mg once daily", R_MOOD, None, "venlafaxine"),
    ("mentaven", N, "Mentaven XL 150mg capsules", "150 mg once daily", R_MOOD, None, "venlafaxine"),
    (
        "dolmatil-coded",
        N,
        "Dolmatil 200mg tablets",
        "200 mg twice a day",
        R_SPECIALIST,
        ("44411000001109", "Dolmatil 200mg tablets"),
        "sulpiride, with its real dm+d code",
    ),
    ("serenace", N, "Serenace 500microgram capsules", "500 micrograms twice a day", R_SPECIALIST, None, "haloperidol"),
    ("dozic", N, "Dozic 1mg/ml oral liquid", "1 mg twice a day", R_SPECIALIST, None, "haloperidol"),
    (
        "stelazine-coded",
        N,
        "Stelazine 1mg tablets",
        "1 mg twice a day",
        R_SETTLED,
        ("325311000001103", "Stelazine 1mg tablets"),
        "trifluoperazine, with its real dm+d code",
    ),
    ("tavegil", N, "Tavegil 1mg tablets", "1 mg twice a day", R_SLEEP, None, "clemastine (sedating)"),
    ("allerief", N, "Allerief 4mg tablets", "4 mg at night", R_SLEEP, None, "chlorphenamine (sedating)"),
    ("itzenal", N, "Itzenal 10mg tablets", "10 mg at night", R_SLEEP, None, "alimemazine (sedating)"),
    ("solpaflex", N, "Solpaflex tablets", "Two tablets three times a day", R_SHORT, None, "ibuprofen with codeine"),
    (
        "victanyl",
        N,
        "Victanyl 25micrograms/hour transdermal patches",
        "One patch every 72 hours",
        R_SPECIALIST,
        None,
        "fentanyl",
    ),
    (
        "reletrans",
        N,
        "Reletrans 10micrograms/hour transdermal patches",
        "One patch every 7 days",
        R_SHORT,
        None,
        "buprenorphine",
    ),
    ("myloxifin", N, "Myloxifin 10mg modified-release tablets", "10 mg twice a day", R_SHORT, None, "oxycodone"),
    ("lynlor", N, "Lynlor 5mg capsules", "5 mg every 6 hours when needed", R_SHORT, None, "oxycodone"),
    (
        "zomestine-coded",
        N,
        "Zomestine 10mg modified-release tablets",
        "10 mg twice a day",
        R_SHORT,
        ("32135311000001106", "Zomestine 10mg modified-release tablets"),
        "an opioid, with its real dm+d code",
    ),
    ("lithonate", N, "Lithonate 400mg modified-release tablets", "800 mg at night", R_SPECIALIST, None, "lithium"),
    (
        "orlept",
        M,
        "Orlept 200mg gastro-resistant tablets",
        "400 mg twice a day",
        R_SPECIALIST,
        None,
        "sodium valproate",
    ),
    (
        "syonell",
        M,
        "Syonell 500mg gastro-resistant tablets",
        "500 mg twice a day",
        R_SPECIALIST,
        None,
        "valproate semisodium",
    ),
    (
        "myfenax-coded",
        M,
        "Myfenax 500mg tablets",
        "1 g twice a day",
        R_SPECIALIST,
        ("18163911000001106", "Myfenax 500mg tablets"),
        "mycophenolate, with its real dm+d code",
    ),
    ("olmetec", M, "Olmetec 20mg tablets", "20 mg once daily", R_BP, None, "olmesartan (ARB)"),
    ("accupro", M, "Accupro 10mg tablets", "10 mg once daily", R_BP, None, "quinapril (ACE inhibitor)"),
    (
        "methofill",
        M,
        "Methofill 10mg/0.2ml solution for injection pre-filled syringes",
        "10 mg once a week",
        R_SPECIALIST,
        None,
        "methotrexate",
    ),
]
for _n, _base, _name, _dose, _reason, _code, _w in _BRANDS:
    bad(
        f"brand-{_n}",
        "brands",
        _base,
        extra(_name, _dose, _reason, code=_code),
        f"unassessed brand of concern: {_w} (MA101)",
    )

bad(
    "brand-serenace-partner",
    "brands",
    P,
    extra("Serenace 1.5mg tablets", "1.5 mg at night", R_SPECIALIST, started="2024-06-01", taken_by="partner"),
    "the father's unassessed haloperidol brand: his sedation and the baby's care unassessed (MA101)",
)

_NEAR_BRANDS = [
    (
        "epimax",
        "Epimax original cream",
        "Apply to dry skin as often as needed",
        "Emollient cream for dry skin; not absorbed, no effect on the baby or on breastfeeding.",
        "Epilim and Epimaz (carbamazepine)",
    ),
    (
        "ventolin",
        "Ventolin Evohaler 100micrograms/dose inhaler",
        "Two puffs when needed for wheeze",
        "Salbutamol inhaler for asthma; inhaled, compatible with breastfeeding.",
        "Venlalic",
    ),
    (
        "sudocrem",
        "Sudocrem antiseptic healing cream",
        "Apply to the sore skin twice a day",
        "Barrier cream for sore skin; applied externally, nothing reaches the baby through the milk.",
        "Subutex",
    ),
    (
        "buscopan",
        "Buscopan 10mg tablets",
        "10 mg three times a day when needed",
        "Hyoscine butylbromide for cramps; hardly absorbed from the gut, compatible with breastfeeding.",
        "buprenorphine",
    ),
    (
        "cosmocol",
        "Cosmocol oral powder sachets",
        "One sachet twice a day",
        "Macrogol laxative; not absorbed, compatible with breastfeeding.",
        "Cozaar",
    ),
    (
        "oilatum",
        "Oilatum emollient bath additive",
        "Add to the bath water daily",
        "Emollient for dry skin in the bath; not absorbed, no effect on the baby or on breastfeeding.",
        "Olmetec",
    ),
]
for _n, _name, _dose, _reason, _near in _NEAR_BRANDS:
    ok(
        f"near-brand-{_n}",
        "brands",
        N,
        extra(_name, _dose, _reason),
        f"a product of no concern whose name is close to {_near}, with the clinician's reason",
    )


# ============================================================================================================
# typos: medicines of concern as clinicians mistype them, unassessed, each with a plausible reason.

_TYPOS = [
    ("mirtazepine", "Mirtazepine 15mg tablets", "15 mg at night", R_SLEEP, "mirtazapine, one vowel wrong"),
    ("escitalorpam", "Escitalorpam 10mg tablets", "10 mg once daily", R_MOOD, "escitalopram, two letters swapped"),
    ("risperdione", "Risperdione 1mg tablets", "1 mg at night", R_SPECIALIST, "risperidone, two letters swapped"),
    ("fluvoxamine-doubled", "Fluvoxxamine 50mg tablets", "50 mg at night", R_MOOD, "fluvoxamine, a letter doubled"),
    ("trazadone", "Trazadone 50mg capsules", "50 mg at night", R_SLEEP, "trazodone, the usual misspelling"),
    ("zolpidem-dropped", "Zolpidm 5mg tablets", "5 mg at night", R_SLEEP, "zolpidem, a letter dropped"),
    (
        "tramadol-dropped",
        "Tramdol 50mg capsules",
        "50 mg up to four times a day",
        R_SHORT,
        "tramadol, a letter dropped",
    ),
    (
        "paliperidone-doubled",
        "Palliperidone 3mg prolonged-release tablets",
        "3 mg once daily",
        R_SPECIALIST,
        "paliperidone, a letter doubled",
    ),
    ("lamotrigene", "Lamotrigene 100mg tablets", "100 mg twice a day", R_SETTLED, "lamotrigine, one vowel wrong"),
    (
        "morfine",
        "Morfine sulfate 10mg/5ml oral solution",
        "5 ml every 4 hours when needed",
        R_SHORT,
        "morphine spelt by sound",
    ),
    ("kwetiapine", "Kwetiapine 25mg tablets", "25 mg at night", R_SLEEP, "quetiapine spelt by sound"),
    ("dyazepam-sound", "Dyazepam 2mg tablets", "2 mg three times a day", R_SETTLED, "diazepam spelt by sound"),
    (
        "gaba-pentin-split",
        "Gaba pentin 300mg capsules",
        "300 mg three times a day",
        R_SHORT,
        "gabapentin split by a space",
    ),
    ("pregab-alin-hyphen", "Prega-balin 75mg capsules", "75 mg twice a day", R_SETTLED, "pregabalin split by a hyphen"),
    ("sertra-line-split", "Sertra line 50mg tablets", "50 mg once daily", R_MOOD, "sertraline split by a space"),
    (
        "co-dydramol-no-hyphen",
        "Codydramol 10/500 tablets",
        "Two tablets four times a day",
        R_SHORT,
        "co-dydramol without its hyphen (dihydrocodeine)",
    ),
    ("promethazene", "Promethazene 25mg tablets", "25 mg at night", R_SLEEP, "promethazine, one vowel wrong"),
    ("topiramte", "Topiramte 50mg tablets", "50 mg twice a day", R_SPECIALIST, "topiramate, a letter dropped"),
]
for _n, _name, _dose, _reason, _w in _TYPOS:
    _base = M if _n in ("topiramte", "lamotrigene") else N
    bad(f"typo-{_n}", "typos", _base, extra(_name, _dose, _reason), f"unassessed medicine of concern: {_w} (MA101)")

_NEAR_TYPOS = [
    (
        "amoxicilin",
        "Amoxicilin 500mg capsules",
        "500 mg three times a day for 5 days",
        "Antibiotic for mastitis; compatible with breastfeeding, which should continue on the affected side.",
    ),
    (
        "loratidine",
        "Loratidine 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for hay fever; compatible with breastfeeding and does not make the baby drowsy.",
    ),
    (
        "lansoprazol",
        "Lansoprazol 15mg capsules",
        "15 mg once daily",
        "For heartburn; very little reaches the breast milk and it has no effect on the baby.",
    ),
    (
        "ibuprofin",
        "Ibuprofin 400mg tablets",
        "400 mg three times a day with food",
        "Anti-inflammatory for after-pains; the preferred painkiller while breastfeeding.",
    ),
    (
        "cetirizene",
        "Cetirizene 10mg tablets",
        "10 mg once daily",
        "Non-sedating antihistamine for hives; compatible with breastfeeding at this dose.",
    ),
    (
        "metronidazol",
        "Metronidazol 400mg tablets",
        "400 mg twice a day for 7 days",
        "Antibiotic for bacterial vaginosis; the baby can keep breastfeeding at this dose.",
    ),
]
for _n, _name, _dose, _reason in _NEAR_TYPOS:
    ok(
        f"near-typo-{_n}",
        "typos",
        N,
        extra(_name, _dose, _reason),
        "a medicine of no concern with an ordinary typo, classified by the clinician",
    )


# ============================================================================================================
# glued: strength and form run into the name, upper case, and UK clinicians' abbreviations.

_GLUED = [
    ("sertraline100mg", "Sertraline100mg tablets", "100 mg once daily", R_MOOD, "sertraline, strength glued"),
    ("zopiclone3-75mg", "Zopiclone3.75mg", "3.75 mg at night", R_SLEEP, "zopiclone, strength glued, no form"),
    ("mirtazapine15mgtabs", "Mirtazapine15mgtabs", "15 mg at night", R_SLEEP, "mirtazapine, strength and form glued"),
    (
        "cocodamol-30-500-glued",
        "Cocodamol30/500",
        "Two tablets four times a day",
        R_SHORT,
        "co-codamol glued to its strength",
    ),
    ("duloxetine-caps", "Duloxetine60mgcaps", "60 mg once daily", R_MOOD, "duloxetine, strength and form glued"),
    ("quetiapine-upper", "QUETIAPINE 25MG TABLETS", "25 mg at night", R_SLEEP, "quetiapine in capitals"),
    (
        "amitriptyline-upper-glued",
        "AMITRIPTYLINE10MG",
        "10 mg at night",
        R_SLEEP,
        "amitriptyline in capitals, strength glued",
    ),
    ("mst-continus", "MST Continus 10mg tablets", "10 mg twice a day", R_SHORT, "MST (morphine sulfate m/r)"),
    ("mst-bare", "MST 15mg bd", "15 mg twice a day", R_SHORT, "MST and its dose only"),
    ("oxycontin", "OxyContin 10mg tablets", "10 mg twice a day", R_SHORT, "OxyContin (oxycodone)"),
    ("shortec", "Shortec 5mg capsules", "5 mg every 4 to 6 hours when needed", R_SHORT, "Shortec (oxycodone)"),
    ("dhc-continus", "DHC Continus 60mg tablets", "60 mg twice a day", R_SHORT, "DHC (dihydrocodeine m/r)"),
    (
        "oramorph-abbrev",
        "Oramorph 10mg/5ml",
        "2.5 ml every 4 hours when needed",
        R_SHORT,
        "Oramorph (morphine oral solution)",
    ),
    (
        "bup-nal",
        "Bup/nal 8mg/2mg SL tablets",
        "8 mg once daily",
        R_SPECIALIST,
        "buprenorphine with naloxone, abbreviated",
    ),
    ("li-carb", "Li carb 400mg MR", "800 mg at night", R_SPECIALIST, "lithium carbonate, abbreviated"),
    (
        "na-valproate",
        "Na valproate 500mg EC",
        "500 mg twice a day",
        R_SPECIALIST,
        "sodium valproate, abbreviated (antenatal)",
    ),
]
for _n, _name, _dose, _reason, _w in _GLUED:
    _base = M if _n == "na-valproate" else N
    bad(f"glued-{_n}", "glued", _base, extra(_name, _dose, _reason), f"unassessed medicine of concern: {_w} (MA101)")

_NEAR_GLUED = [
    (
        "amoxicillin500mg",
        "Amoxicillin500mg caps",
        "500 mg three times a day for 5 days",
        "Antibiotic for a chest infection; compatible with breastfeeding.",
    ),
    (
        "loratadine-upper",
        "LORATADINE 10MG TABLETS",
        "10 mg once daily",
        "Non-sedating antihistamine for hay fever; compatible with breastfeeding.",
    ),
    (
        "ferrous-fumarate-glued",
        "Ferrous fumarate210mg tablets",
        "210 mg twice a day",
        "Iron for anaemia after the birth; compatible with breastfeeding, may darken the baby's stools.",
    ),
    (
        "feso4-abbrev",
        "FeSO4 200mg tablets",
        "200 mg twice a day",
        "Ferrous sulfate for postpartum anaemia; compatible with breastfeeding.",
    ),
    (
        "gtn-ointment",
        "Rectogesic 0.4% rectal ointment",
        "Apply twice a day for an anal fissure",
        "Glyceryl trinitrate ointment for a fissure after the birth; applied locally, compatible with breastfeeding.",
    ),
]
for _n, _name, _dose, _reason in _NEAR_GLUED:
    ok(
        f"near-glued-{_n}",
        "glued",
        N,
        extra(_name, _dose, _reason),
        "a medicine of no concern glued, in capitals or abbreviated, classified by the clinician",
    )


# ============================================================================================================
# disguise: look-alike and invisible characters inside the name of a medicine of concern (must refuse) and of
# a medicine of no concern with its reason (must pass).

_DISGUISED = [
    ("cyrillic-diazepam", homoglyphs("Diazepam 2mg tablets", "ae"), R_SETTLED, "Cyrillic a and e in diazepam"),
    ("greek-codeine", homoglyphs("Codeine 30mg tablets", "o", variant=1), R_SHORT, "Greek omicron in codeine"),
    (
        "zero-width-tramadol",
        inside_words("Tramadol 50mg capsules", "\u200b"),
        R_SHORT,
        "zero-width spaces inside tramadol",
    ),
    (
        "word-joiner-zopiclone",
        inside_words("Zopiclone 7.5mg tablets", "\u2060", every=2),
        R_SLEEP,
        "word joiners inside zopiclone",
    ),
    (
        "soft-hyphen-quetiapine",
        "Quetia" + SOFT_HYPHEN + "pine 50mg tablets",
        R_SLEEP,
        "a soft hyphen inside quetiapine",
    ),
    ("full-width-pregabalin", full_width("Pregabalin 75mg capsules"), R_SETTLED, "pregabalin in full-width"),
    (
        "combining-olanzapine",
        combining("Olanzapine 5mg tablets"),
        R_SPECIALIST,
        "combining grave accents on olanzapine's vowels",
    ),
    ("bidi-promethazine", "\u2066Promethazine\u2069 25mg tablets", R_SLEEP, "promethazine inside bidi isolates"),
    (
        "cyrillic-brand-orlept",
        homoglyphs("Orlept 500mg gastro-resistant tablets", "Oe"),
        R_SPECIALIST,
        "Orlept (sodium valproate) with a Cyrillic O and e (antenatal)",
    ),
    (
        "zwnj-citalopram",
        inside_words("Citalopram 20mg tablets", "\u200c", every=3),
        R_MOOD,
        "zero-width non-joiners inside citalopram",
    ),
]
for _n, _name, _reason, _w in _DISGUISED:
    _base = M if "orlept" in _n else N
    bad(
        f"dis-{_n}",
        "disguise",
        _base,
        extra(_name, "As directed", _reason),
        f"unassessed medicine of concern: {_w} (MA101)",
    )

_NEAR_DISGUISED = [
    (
        "cyrillic-loratadine",
        homoglyphs("Loratadine 10mg tablets", "oa"),
        "Non-sedating antihistamine for hay fever; compatible with breastfeeding.",
    ),
    (
        "zero-width-clotrimazole",
        inside_words("Clotrimazole 2% cream", "\u200b"),
        "Antifungal cream for thrush; applied locally, compatible with breastfeeding.",
    ),
    (
        "full-width-senna",
        full_width("Senna 7.5mg tablets"),
        "Stimulant laxative at night for a few days; compatible with breastfeeding.",
    ),
    (
        "soft-hyphen-valaciclovir",
        "Vala" + SOFT_HYPHEN + "ciclovir 500mg tablets",
        "Antiviral for a cold sore; compatible with breastfeeding.",
    ),
]
for _n, _name, _reason in _NEAR_DISGUISED:
    ok(
        f"near-dis-{_n}",
        "disguise",
        N,
        extra(_name, "As directed", _reason),
        "a medicine of no concern in disguise, classified by the clinician: judged like the plain name",
    )


# ============================================================================================================
# look-alikes: a product of concern beside its namesake of no concern.

_PAIRS = [
    # (name, concern name, concern reason, concern why, near name, near reason)
    (
        "nurofen",
        "Nurofen Plus tablets",
        R_SHORT,
        "ibuprofen with codeine",
        "Nurofen 200mg tablets",
        "Ibuprofen for after-pains; the preferred painkiller while breastfeeding.",
    ),
    (
        "solpadeine",
        "Solpadeine Plus capsules",
        R_SHORT,
        "paracetamol, codeine and caffeine",
        "Solpadeine Headache soluble tablets",
        "Paracetamol and caffeine for a headache; compatible with breastfeeding in ordinary amounts.",
    ),
    (
        "co-amoxiclav",
        "Co-dydramol 10mg/500mg tablets",
        R_SHORT,
        "dihydrocodeine in a co- name",
        "Co-amoxiclav 500mg/125mg tablets",
        "Antibiotic for a wound infection; compatible with breastfeeding, watch the baby for loose stools.",
    ),
    (
        "hydroxychloroquine",
        "Hydroxyzine 25mg tablets",
        R_SLEEP,
        "hydroxyzine (sedating antihistamine)",
        "Hydroxychloroquine 200mg tablets",
        "For her lupus, continued through pregnancy and breastfeeding on specialist advice; safe for the baby.",
    ),
    (
        "lorazepam",
        "Lorazepam 1mg tablets",
        R_SETTLED,
        "lorazepam",
        "Loratadine 10mg oral solution",
        "Non-sedating antihistamine liquid for hay fever; compatible with breastfeeding.",
    ),
    (
        "zirtek",
        "Zispin 15mg tablets",
        R_SLEEP,
        "mirtazapine",
        "Zirtek Allergy 10mg tablets",
        "Cetirizine for hay fever; non-sedating at this dose and compatible with breastfeeding.",
    ),
    (
        "piriteze",
        "Piriton 4mg tablets",
        R_SLEEP,
        "chlorphenamine (sedating)",
        "Piriteze Allergy 10mg tablets",
        "Cetirizine for hay fever; non-sedating, compatible with breastfeeding.",
    ),
    (
        "benylin",
        "Benylin Chesty Coughs Original",
        R_SLEEP,
        "diphenhydramine in a cough syrup",
        "Benylin Mucus Cough Max Menthol",
        "Guaifenesin cough syrup; not sedating, short use while breastfeeding.",
    ),
]
for _n, _bad, _bad_reason, _bad_w, _good, _good_reason in _PAIRS:
    bad(
        f"pair-{_n}-concern",
        "look-alikes",
        N,
        extra(_bad, "As directed", _bad_reason),
        f"unassessed medicine of concern: {_bad_w}, beside a namesake of no concern (MA101)",
    )
    ok(
        f"pair-{_n}-no-concern",
        "look-alikes",
        N,
        extra(_good, "As directed", _good_reason),
        "the namesake of no concern, with the clinician's reason",
    )


# ============================================================================================================
# assessed: the medicine of concern assessed and concluded on by its brand or a misspelling (must pass); and a
# second medicine covered by an assessment whose conclusion never names it (must refuse).


def _rename(path: str, name: str) -> Mutation:
    return chain(set_(f"medicines#{path}.name", name), set_(f"medicines#{path}.code", None))


ok(
    "litarex-assessed",
    "assessed",
    L,
    chain(
        _rename("med-lithium", "Litarex 564mg modified-release tablets"),
        set_("medicines#med-lithium.dose", "1128 mg at night; brand prescribing (Litarex)"),
        set_(
            "assessments#asm-lithium.conclusion",
            "Litarex (lithium citrate) continues, as relapse after birth is the greater danger to mother and baby. "
            "Levels monthly, weekly from 36 weeks and within 24 hours of delivery; paediatric review of the baby "
            "after birth; she will bottle feed, as breastfeeding on lithium is not advised.",
        ),
        set_(
            "overall_conclusion.text",
            "Continue Litarex, her lithium, with levels monthly, weekly from 36 weeks and within a day of birth. The "
            "baby needs a paediatric review after birth and will be bottle fed. Perinatal mental health team to see "
            "her within a week of delivery because of the high relapse risk.",
        ),
    ),
    "lithium by a brand not used before, assessed; the conclusions say Litarex and lithium",
)
ok(
    "lithonate-assessed-brand-only",
    "assessed",
    L,
    chain(
        _rename("med-lithium", "Lithonate 400mg modified-release tablets"),
        set_("medicines#med-lithium.dose", "800 mg at night; brand prescribing (Lithonate)"),
        set_(
            "assessments#asm-lithium.conclusion",
            "Lithonate 800 mg at night continues: stopping would risk a severe relapse after birth. Levels monthly, "
            "weekly from 36 weeks and within 24 hours of delivery; the baby has a paediatric review after birth; "
            "she will bottle feed rather than breastfeed.",
        ),
    ),
    "a lithium brand named only by its brand in the assessment's conclusion",
)
ok(
    "orlept-assessed",
    "assessed",
    V,
    chain(
        _rename("med-valproate", "Orlept 500mg gastro-resistant tablets"),
        set_(
            "assessments#asm-valproate.conclusion",
            "Orlept (sodium valproate) must not be stopped before the neurologist sees her: a sudden stop risks "
            "seizures that would endanger her and the pregnancy. The baby was exposed in the first trimester, so "
            "early fetal medicine review and a detailed anomaly scan are arranged; folic acid 5 mg started today.",
        ),
    ),
    "a valproate brand not used before, assessed and concluded on by brand",
)
ok(
    "orlept-overall-by-brand",
    "assessed",
    V,
    chain(
        _rename("med-valproate", "Orlept 500mg gastro-resistant tablets"),
        set_(
            "overall_conclusion.text",
            "Unplanned pregnancy at 8 weeks on Orlept 500 mg twice a day. Do not stop it abruptly; urgent neurology "
            "review of the treatment and fetal medicine review with an anomaly scan for the exposed baby; folic acid "
            "5 mg started. Annual risk form status recorded.",
        ),
    ),
    "the overall conclusion names the valproate only by its brand",
)
ok(
    "sertaline-misspelt-in-conclusion",
    "assessed",
    M,
    set_(
        "assessments#asm-sertraline.conclusion",
        "Sertaline continues: relapse of her depression would harm her and the baby more than the small risk of "
        "adaptation signs, which the midwives will look for in the first two days after birth.",
    ),
    "sertraline misspelt in its own conclusion, with a real decision",
)
ok(
    "metadone-misspelt-in-overall",
    "assessed",
    M,
    set_(
        "overall_conclusion.text",
        "Metadone 60 mg and sertraline 100 mg both continue. The baby stays on the postnatal ward for withdrawal "
        "scoring for at least 72 hours; breastfeeding is encouraged; no co-sleeping after a dose, and the social "
        "worker and health visitor see the cot before discharge.",
    ),
    "methadone misspelt by sound in the overall conclusion",
)
ok(
    "diazapam-misspelt-in-list-and-conclusion",
    "assessed",
    F,
    chain(
        _rename("med-diazepam", "Diazapam 5mg tablets"),
        set_(
            "assessments#asm-diazepam-pregabalin.conclusion",
            "Diazapam and pregabalin sedate her, most in the hours after each dose: she must never sleep with the "
            "baby on a bed, sofa or armchair or feed lying down, and another adult stays awake at night in the "
            "placement. Late withdrawal signs are possible until day 8; both continue, with a slow diazepam "
            "reduction planned.",
        ),
    ),
    "diazepam misspelt in the list and its conclusion, assessed",
)
ok(
    "quetiapine-brand-seroquel-partner",
    "assessed",
    P,
    chain(
        _rename("med-partner-quetiapine", "Seroquel 100mg tablets"),
        set_(
            "assessments#asm-partner-quetiapine.conclusion",
            "The father's Seroquel at night leaves him too sedated to look after the baby or share a bed, sofa or "
            "armchair with the baby after his dose. The mother does every night feed and the baby sleeps in its own "
            "crib; the health visitor checks this at each visit.",
        ),
    ),
    "the partner's quetiapine by brand, assessed for safe sleep and the baby's care",
)
ok(
    "homoglyph-name-assessed",
    "assessed",
    M,
    chain(
        _rename("med-sertraline", homoglyphs("Sertraline 50mg tablets", "ae")),
        set_(
            "assessments#asm-sertraline.conclusion",
            "Sertraline 100 mg continues: stopping risks a relapse that would harm her and the baby; the midwives "
            "watch the baby for adaptation signs for 48 hours, and breastfeeding is supported.",
        ),
    ),
    "the listed name in Cyrillic look-alikes; the assessment covers it and the conclusion names it plainly",
)

bad(
    "covered-not-named-zomestine",
    "assessed",
    M,
    chain(
        extra("Zomestine 10mg modified-release tablets", "10 mg twice a day", None),
        set_("assessments#asm-methadone.medicine_ids", ["med-methadone", "med-f22"]),
    ),
    "an opioid brand covered by the methadone assessment whose conclusion never names it (MA119)",
)
bad(
    "covered-not-named-venzip",
    "assessed",
    M,
    chain(
        extra("Venzip XL 75mg capsules", "75 mg once daily", None),
        set_("assessments#asm-sertraline.medicine_ids", ["med-sertraline", "med-f22"]),
    ),
    "a venlafaxine brand covered by the sertraline assessment, never named in a conclusion (MA119)",
)
ok(
    "covered-same-ingredient-tenprolide",
    "assessed",
    P,
    chain(
        extra("Tenprolide XL 50mg tablets", "50 mg at night", None, started="2025-02-01", taken_by="partner"),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", "med-f22"]),
    ),
    "a quetiapine brand (Tenprolide XL) of the father's beside his quetiapine, covered by the same assessment; "
    "the conclusions name its ingredient",
)
bad(
    "covered-not-named-loxapac",
    "assessed",
    P,
    chain(
        extra("Loxapac 10mg capsules", "10 mg at night", None, started="2025-02-01", taken_by="partner"),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", "med-f22"]),
    ),
    "the father's loxapine by brand covered by his quetiapine assessment, never named in a conclusion (MA119)",
)
bad(
    "covered-not-named-rivotril",
    "assessed",
    V,
    chain(
        extra("Rivotril 500microgram tablets", "500 micrograms at night", None, started="2025-05-01"),
        set_("assessments#asm-valproate.medicine_ids", ["med-valproate", "med-f22"]),
    ),
    "clonazepam by brand covered by the valproate assessment, never named (MA119)",
)
bad(
    "brand-conclusion-names-other",
    "assessed",
    L,
    chain(
        _rename("med-lithium", "Litarex 564mg modified-release tablets"),
        set_(
            "assessments#asm-lithium.conclusion",
            "Quetiapine continues, as relapse after birth is the greater danger; levels monthly, weekly from 36 "
            "weeks and within 24 hours of birth; paediatric review of the baby; bottle feeding, not breastfeeding.",
        ),
    ),
    "the lithium brand's conclusion names another medicine and never lithium or Litarex (MA119/MA120)",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F22CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F22CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F22CASES),
        "total",
        len(F22CASES),
    )
